"""Am I sure? A small learned model of whether a parsed task is the one the user meant.

Most silently wrong answers have the right kind and a wrong role: a fuzzy column match, a role filled by
word order, a reading that barely beat the next one. The features below say how the reading was reached;
a logistic regression fitted on the train questions (`python -m eval parse-train --gate`) turns them
into P(right), and below a threshold chosen on dev the copilot asks which of its two best readings was
meant instead of answering. A question back costs a click; a wrong number costs a decision.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from typing import Any, Iterator

from copilot.understand import VOCAB_DIR

MODEL_FILE = VOCAB_DIR / "gate.json"
KINDS = ("ate", "cate", "mediation", "policy", "discover")


def features(an: Any, top: Any, cands: list, votes: dict[int, dict[str, float]], directional: bool,
             written_as_code: set[str]) -> dict[str, float]:
    """How the reading `top` was reached (all in [0, 1] or small counts)."""
    task = top.task
    kind = task.get("kind")
    scores = {}
    voted = {}
    for k, m in enumerate(an.mentions):
        scores[m.key] = max(scores.get(m.key, 0.0), float(m.score))
        v = votes.get(k, {})
        voted[m.key] = max(voted.get(m.key, 0.0), v.get("t", 0.0), v.get("y", 0.0), v.get("m", 0.0))
    # the kind model's own probabilities are left out: it is fitted on these questions, and whether the
    # kind is right is kind.decide's business; the gate judges how the roles were found
    out = {
        "directional": float(directional),
        "n_mentions": min(len({m.key for m in an.mentions}), 8) / 8,
        "n_unmatched": min(len(an.unmatched), 4) / 4,
        "n_candidates": min(len(cands), 6) / 6,
        "gap": min(cands[0].score - cands[1].score, 3.0) / 3 if len(cands) > 1 else 1.0,
        **{f"kind_{k}": float(kind == k) for k in KINDS},
    }
    for role, field in (("t", "treatment"), ("y", "outcome"), ("m", "mediator")):
        col = task.get(field)
        present = col is not None
        out[f"{role}_present"] = float(present)
        out[f"{role}_code"] = float(present and col in written_as_code)
        out[f"{role}_match"] = scores.get(col, 0.0) if present else 0.0
        out[f"{role}_voted"] = min(voted.get(col, 0.0), 4.0) / 4 if present else 0.0
    return out


@functools.lru_cache(maxsize=1)
def load() -> dict | None:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.is_file() else None


def p_right(feats: dict[str, float], model: dict | None = None) -> float | None:
    """P(the reading is the expected task) under `model` (default: the shipped one), or None."""
    model = model or load()
    if model is None:
        return None
    z = model["intercept"] + sum(w * (feats.get(n, 0.0) - m) / (s or 1.0)
                                 for n, w, m, s in zip(model["features"], model["coef"], model["mean"], model["scale"]))
    return 1.0 / (1.0 + math.exp(-z))


@contextlib.contextmanager
def switched_off() -> Iterator[None]:
    """Parse without the gate (fitting it, or fitting the kind model it sits after, must not see it)."""
    global load
    shipped = load
    load = lambda: None  # noqa: E731
    try:
        yield
    finally:
        load = shipped


def threshold() -> float:
    model = load()
    return model["threshold"] if model else 0.0


def reading_key(task: dict) -> tuple:
    """What makes two readings different for the gate: the kind and the roles."""
    return tuple(task.get(f) for f in ("kind", "treatment", "outcome", "mediator"))


def other_reading(top: Any, cands: list) -> Any | None:
    """The best candidate that reads the question differently (kind or roles), if any."""
    return next((c for c in cands if reading_key(c.task) != reading_key(top.task)), None)
