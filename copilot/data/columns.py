"""Column names as people type them: one normal form, the closest existing names, and a clear error.

A question, a reply to "did you mean …?" and a task field all name columns loosely ("Education",
"treatmnt"); every place that compares names uses `normal_name`, so they agree on what matches.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from copilot.errors import UserError


def normal_name(name: str) -> str:
    """`name` lower-cased with everything but letters and digits removed ("Wt82_71" -> "wt8271")."""
    return re.sub(r"[^a-z0-9]+", "", str(name).lower())


def closest_columns(name: str, available: Iterable[str], n: int = 3) -> list[str]:
    """The `n` column names most like `name` (case, spacing and punctuation ignored first)."""
    available = [str(a) for a in available]
    key = normal_name(name)
    exact = [a for a in available if normal_name(a) == key and key]
    contains = [
        a
        for a in available
        if min(len(key), len(normal_name(a))) >= 3 and (key in normal_name(a) or normal_name(a) in key)
    ]
    by_norm: dict[str, list[str]] = {}
    for a in available:
        by_norm.setdefault(normal_name(a), []).append(a)
    fuzzy = [a for m in difflib.get_close_matches(key, list(by_norm), n=n, cutoff=0.5) for a in by_norm[m]]
    raw = difflib.get_close_matches(name, available, n=n, cutoff=0.5)
    return list(dict.fromkeys(exact + fuzzy + raw + contains))[:n]


def suggest_columns(name: str, available: list[str]) -> str:
    """The hint for an unknown column: the closest names, else the columns there are."""
    close = closest_columns(name, available)
    if close:
        return f"Did you mean {' or '.join(repr(c) for c in close)}?"
    shown = ", ".join(available[:12]) + (", ..." if len(available) > 12 else "")
    return f"The columns are: {shown}."


def require_columns(names: Iterable[str], available: Iterable[str]) -> None:
    """Raise a UserError naming each unknown column and the closest existing ones."""
    available = [str(a) for a in available]
    missing = [n for n in dict.fromkeys(names) if n not in available]
    if not missing:
        return
    if len(missing) == 1:
        raise UserError(f"Column '{missing[0]}' is not in the data.", suggest_columns(missing[0], available))
    hints = " ".join(f"For '{m}': {suggest_columns(m, available)}" for m in missing)
    raise UserError(f"Columns {', '.join(repr(m) for m in missing)} are not in the data.", hints)
