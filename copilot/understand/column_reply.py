"""Reading the reply to "I couldn't find a column called `x` … did you mean …?".

The agent's check step asks this when a task names a column the data lacks (a typo, an edited
task JSON); the reply names the column meant, and that name replaces the missing one everywhere in
the task. Kept apart from `clarify` because the reply is matched against the table's column names
(spelling, case, "yes", an option's number), not read as a question.
"""

from __future__ import annotations

import re
from typing import Any

from copilot.task import parse_task
from copilot.understand.base import ParseOutcome, Pending
from copilot.understand.text import columns_from_profile


def replace_name(obj: Any, old: str, new: str) -> Any:
    """Replace a column name everywhere it appears in a task JSON (strings, lists, conditions)."""
    if isinstance(obj, str):
        return new if obj == old else obj
    if isinstance(obj, list):
        return [replace_name(x, old, new) for x in obj]
    if isinstance(obj, tuple):
        return tuple(replace_name(x, old, new) for x in obj)
    if isinstance(obj, dict):
        return {k: (v if k in {"question", "kind", "method", "op", "value"} else replace_name(v, old, new)) for k, v in obj.items()}
    return obj


def resolve_column_reply(message: str, options: list[str], available: list[str]) -> str | None:
    """The column a reply to "did you mean …?" names, or None if it names none.

    Accepts the exact name, the name in other spelling/case, "yes" (first option), an option's
    number ("2"), or a reply that contains exactly one column name.
    """
    from copilot.data import closest_columns, normal_name

    text = message.strip().strip("`'\".!?")
    if not text:
        return None
    low = text.lower()
    if options and low in {"yes", "y", "yes please", "yep", "correct", "right", "that one", "sure", "ok", "okay"}:
        return options[0]
    if low.isdigit() and 1 <= int(low) <= len(options):
        return options[int(low) - 1]
    key = normal_name(text)
    for name in options + available:
        if normal_name(name) == key:
            return name
    # "I meant income" / "use `income` please": one column name inside the reply
    words = set(re.findall(r"[a-z0-9]+", low))
    inside = [
        name for name in available
        if (normal_name(name) and re.search(rf"(?<![a-z0-9]){re.escape(name.lower())}(?![a-z0-9])", low))
        or (normal_name(name) in words)
    ]
    inside = list(dict.fromkeys(inside))
    if len(inside) == 1:
        return inside[0]
    if len(key) >= 3 and len(text.split()) <= 3:
        close = closest_columns(text, available, n=1)
        if close:
            return close[0]
    return None


def answer_column(reply: str, pending: Pending, profile: Any) -> ParseOutcome | None:
    """The task with the missing name replaced by the column the reply names; None when the reply
    names no column (it is then read as a new question). The task's own question text is kept."""
    available = [c.name for c in columns_from_profile(profile)]
    if not available or pending.missing is None:
        return None
    chosen = resolve_column_reply(reply, list(pending.options), available)
    if chosen is None:
        return None
    task = parse_task(replace_name(pending.task, pending.missing, chosen))
    return ParseOutcome(task=task, confidence=1.0, mentions={pending.missing: chosen})  # the user named it
