"""An optional language-model paraphrase of an explanation, kept only when its numbers check out.

The deterministic text (`explain`) is always the answer; a paraphrase is appended only if it states the
headline number and no number absent from the result or task (copilot/explain/numbers.py).
"""

from __future__ import annotations

from typing import Any

from copilot.explain.kinds import explain
from copilot.explain.numbers import check_numbers, names_in, numbers_in

_REPHRASE_SYSTEM = (
    "You explain causal-analysis results to a non-expert in two or three plain sentences. "
    "Use only the numbers given; never invent, round differently or compute new numbers."
)


def explain_with_lm(task: Any, result: Any, lm: Any, max_new_tokens: int = 120) -> tuple[str, bool]:
    """Deterministic text plus an LM paraphrase when the paraphrase passes the number check.

    Returns (text, paraphrase_used). The paraphrase must state the headline number and no
    number absent from the result/task; else it is dropped and the deterministic text stands.
    """
    base = explain(task, result)
    if lm is None or result is None:
        return base, False
    headline = base.split("\n\n", 1)[0]
    prompt = lm.format_chat(_REPHRASE_SYSTEM, f"Result:\n{headline}\n\nExplain it in plain words.")
    try:
        paraphrase = lm.generate(prompt, max_new_tokens=max_new_tokens, chat=False).strip()
    except Exception:  # the paraphrase is optional; the deterministic text is the answer
        return base, False
    if not accept_paraphrase(paraphrase, headline, task, result):
        return base, False
    return f"{base}\n\n**In plain words:** {paraphrase}", True


def accept_paraphrase(paraphrase: str, headline: str, task: Any, result: Any) -> bool:
    """Keep an LM paraphrase only if it adds no number and keeps the headline's first number."""
    if not paraphrase or len(paraphrase) < 20:
        return False
    if not check_numbers(paraphrase, task, result):
        return False
    names = names_in(task, result)
    head_numbers = numbers_in(headline, names)
    if head_numbers:
        first = head_numbers[0]
        said = numbers_in(paraphrase, names)
        if not any(abs(abs(t.value) - abs(first.value)) <= 0.5 * 10 ** (-first.decimals) + 1e-12 for t in said):
            return False
    return True
