"""Grounding by the language model over a closed set: which column (or none) does a phrase name?

Structure finds the phrases and their roles; when a phrase in a role slot matches no column by
name ("blood pressure" for `systolic_bp`, "walk more" for `daily_steps`), the model chooses among
the data's columns plus "none" with constrained scoring (`lm.choose`: log-probabilities
renormalised over the allowed answers, so no length bias). It binds only when the choice is
clear; otherwise the parser asks back, naming the closest columns.
"""

from __future__ import annotations

import math
from typing import Any

from copilot.understand import vocab


def _probabilities(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def ground_phrase(lm: Any, question: str, phrase: str, columns: list[str]) -> tuple[str | None, float, list[str]]:
    """(the column the phrase names, or None; the model's probability for its choice; the columns by
    the model's preference, for a question back when it is unsure)."""
    if lm is None or not columns:
        return None, 0.0, []
    voc = vocab("ground")
    prompt = voc["prefix"] + voc["item"].format(columns=", ".join(columns), question=question.strip(),
                                                phrase=phrase)
    options = [f" {c}" for c in columns] + [f" {voc['none']}"]
    try:
        best, scores = lm.choose(prompt, options)
    except Exception:  # noqa: BLE001 - a model failure leaves the phrase unmatched (the parser asks)
        return None, 0.0, []
    probs = _probabilities(list(scores))
    ranked = sorted(probs, reverse=True)
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
    order = [columns[i] for i in sorted(range(len(columns)), key=lambda i: -probs[i])]
    if best == len(columns) or probs[best] < voc["min_probability"] or margin < voc["min_margin"]:
        return None, probs[best], order
    return columns[best], probs[best], order


def max_phrases() -> int:
    return int(vocab("ground")["max_phrases"])
