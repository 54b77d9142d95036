"""Ties the structure cannot break: the language model compares directions (same tokens both ways)
or, on a near tie, readings of different kinds."""

from __future__ import annotations

from typing import Any

from copilot.understand.base import Candidate


def _is_reversal(a: Candidate, b: Candidate) -> bool:
    return a.task["kind"] == b.task["kind"] and a.task.get("treatment") == b.task.get("outcome") \
        and a.task.get("outcome") == b.task.get("treatment")


def lm_should_decide(cands: list[Candidate]) -> bool:
    """Consult the LM only where structure has nothing to go on.

    Direction (same tokens both ways) is where the model's knowledge helps; choosing between kinds
    is left to it only on a near tie: on the benchmark, letting Qwen-0.5B arbitrate kinds within a
    1.0 structural margin changed 2 of 379 answers, both for the worse.
    """
    gap = cands[0].score - cands[1].score
    if any(_is_reversal(cands[0], c) and cands[0].score - c.score < 1.0 for c in cands[1:]):
        return True
    return gap < 0.25


def reading_confidence(cands: list[Candidate]) -> float:
    if len(cands) == 1:
        return 0.9
    gap = cands[0].score - cands[1].score
    return round(min(0.95, 0.5 + 0.15 * gap), 3)


_KIND_PROMPT = "Question: {q}\nThe user wants"


_DIRECTION_PROMPT = "Question: {q}\nThe question asks for the causal effect of"


def _readable(name: str | None) -> str:
    return (name or "").replace("_", " ")


def _kind_reading(c: Candidate) -> str:
    t = c.task
    T, Y = _readable(t.get("treatment")), _readable(t.get("outcome"))
    return {
        "ate": f" the average effect of {T} on {Y}",
        "cate": f" to know for whom the effect of {T} on {Y} is largest",
        "mediation": f" the part of the effect of {T} on {Y} that goes through {_readable(t.get('mediator'))}",
        "discover": " the causal graph of the data",
        "unsupported": " something that is not a causal question",
    }.get(t["kind"], " " + c.reading)


def lm_choose(lm: Any, q: str, cands: list[Candidate]) -> tuple[Candidate, float]:
    """Let the LM break a tie the structure could not.

    Two readings that differ only in direction ("X on Y" vs "Y on X") contain the same tokens, so
    their raw log-likelihoods compare fairly and carry the model's sense of which way causation
    plausibly runs (calibration would cancel exactly that prior). Readings of different kinds
    differ in length and wording, so they go through the calibrated `lm.choose`.
    """
    top = cands[0]
    second = next((c for c in cands[1:] if _is_reversal(top, c) and top.score - c.score < 1.0), cands[1])
    qline = q.strip().replace("\n", " ")
    try:
        if _is_reversal(top, second):
            opts = [f" {_readable(c.task['treatment'])} on {_readable(c.task['outcome'])}" for c in (top, second)]
            a, b = lm.logprobs([_DIRECTION_PROMPT.format(q=qline)], [opts])[0]
            # Measured: Qwen-0.5B's preference mostly mirrors the question's word order (which the
            # structural default already uses), so only a strong preference may flip it.
            if b - a > 3.0:
                return second, round(min(0.9, 0.5 + 0.1 * (b - a)), 3)
            return top, round(min(0.9, 0.5 + 0.1 * max(a - b, 0.0)), 3)
        by_kind: dict[str, Candidate] = {}
        for c in cands:
            by_kind.setdefault(c.task["kind"], c)
        group = list(by_kind.values())[:4]
        _, scores = lm.choose(_KIND_PROMPT.format(q=qline), [_kind_reading(c) for c in group])
    except Exception:  # noqa: BLE001 - an LM failure falls back to the structural choice
        return cands[0], reading_confidence(cands)
    # the structure keeps a say: its score (scaled) is added to the model's calibrated preference
    combined = [sc + 1.5 * c.score for sc, c in zip(scores, group)]
    best = max(range(len(group)), key=lambda i: combined[i])
    ordered = sorted(combined, reverse=True)
    gap = ordered[0] - ordered[1] if len(ordered) > 1 else 2.0
    return group[best], round(min(0.95, 0.5 + 0.1 * gap), 3)
