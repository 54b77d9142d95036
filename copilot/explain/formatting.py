"""Shared formatting of explanations: numbers to 3 significant digits, intervals, shares, name lists,
and the lines every result kind ends with (rows restricted, sample, warnings).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any


def fmt(x: float | int | None) -> str:
    """A number with 3 significant digits (never fewer than the integer part); '—' for missing."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    x = float(x)
    if x == 0:
        return "0"
    mag = math.floor(math.log10(abs(x)))
    if mag < -4 or mag >= 15:
        return f"{x:.2e}"
    decimals = max(0, 2 - mag)
    text = f"{x:,.{decimals}f}"
    return text


def pct(x: float | None) -> str:
    """A share as a percentage with one decimal."""
    if x is None or not math.isfinite(float(x)):
        return "n/a"
    return f"{100 * float(x):.1f}%"


def ci(low: float | None, high: float | None) -> str:
    """'95% CI a to b', or a plain statement that there is none."""
    if low is None or high is None:
        return "no confidence interval available"
    return f"95% CI {fmt(low)} to {fmt(high)}"


def code_names(items: Iterable[str]) -> str:
    """Column names as `code`, comma-separated ('nothing' for none)."""
    items = [f"`{i}`" for i in items]
    return ", ".join(items) if items else "nothing"


def sample_line(result: Any) -> str | None:
    """Rows used and dropped, when the tool counted them."""
    if result.n_rows_used is None:
        return None
    text = f"Sample: {result.n_rows_used:,} rows used"
    if result.n_rows_dropped:
        text += f" ({result.n_rows_dropped:,} dropped for missing values)"
    return text + "."


def conditions_line(task: Any) -> str | None:
    """The task's row filters, when it has any."""
    conds = getattr(task, "conditions", None) or []
    if not conds:
        return None
    return "Rows restricted to " + " and ".join(f"`{c.column}` {c.op} {c.value}" for c in conds) + "."


def mentions_confounding(result: Any) -> bool:
    """The tool already warned about confounding: don't repeat the generic caveat."""
    return any("confound" in w.lower() for w in result.warnings)


def warning_lines(result: Any) -> list[str]:
    """The tool's caveats, each marked so the reader cannot miss it."""
    return [f"⚠️ {w}" for w in result.warnings]


def bullets(lines: Iterable[str | None]) -> str:
    """A markdown list of the lines that are not empty."""
    return "\n".join(f"- {line}" for line in lines if line)


def closing(head: str, lines: list[str | None], task: Any, result: Any, caveat: str,
            *, unless_warned: bool = False) -> str:
    """The explanation's end, the same for every table-based kind: the rows restricted, the sample,
    the kind's caveat (with `unless_warned`, left out when the tool already warned about confounding),
    then the tool's own warnings."""
    lines = [*lines, conditions_line(task), sample_line(result)]
    if not (unless_warned and mentions_confounding(result)):
        lines.append(caveat)
    return head + "\n\n" + bullets([*lines, *warning_lines(result)])


def includes_zero(low: float | None, high: float | None) -> bool | None:
    """Whether the interval contains zero (None without an interval)."""
    if low is None or high is None:
        return None
    return low <= 0 <= high


def share_text(x: float) -> str:
    """A share as a percentage with enough digits to stay non-zero (0.004 -> '0.4%')."""
    for digits in (0, 1, 2, 3):
        text = f"{100 * x:.{digits}f}%"
        if float(text[:-1]) != 0 or x == 0:
            return text
    return f"{100 * x:.3f}%"


def at_words(at: dict) -> str:
    """`{age: 30.0}` -> '`age` = 30' (the values a conditional effect or policy is evaluated at)."""
    def show(v: Any) -> str:
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)

    return " and ".join(f"`{k}` = {show(v)}" for k, v in at.items())
