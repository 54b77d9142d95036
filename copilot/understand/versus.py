"""Two levels of one category set against each other ("the ONRAB-versus-RABORAL difference", "effect of aerial
vs hand drops"): the comparison is that column's effect, so the pair names the column (a mention), not a
group of it. `levels.py` leaves such a pair alone."""

from __future__ import annotations

from copilot.understand.text import ColumnInfo


VERSUS = frozenset({"vs", "versus", "v"})  # the words that set two levels against each other


def levels_compared(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'the ONRAB-versus-RABORAL difference', 'effect of aerial vs hand drops': two levels of one categorical
    column set against each other, said as the thing compared (after "the", "of", "compare", or before
    "difference", "effect"), name that column, not a group of it ("for which kinds of branches (urban vs
    rural)" names the groups)."""
    out: list[tuple[float, int, int, str]] = []
    for c in columns:
        levels = {str(v).lower() for v in c.examples} if c.type == "categorical" else set()
        for i, t in enumerate(tokens if len(levels) >= 2 else []):
            a, vs, b = (t.split("-") + ["", "", ""])[:3] if t.count("-") == 2 else ("", "", "")
            if vs in VERSUS and a != b and {a, b} <= levels:
                span = (i, i + 1)
            elif t in VERSUS and 0 < i < len(tokens) - 1 and tokens[i - 1] != tokens[i + 1] and \
                    {tokens[i - 1], tokens[i + 1]} <= levels:
                span = (i - 1, i + 2)
            else:
                continue
            if tokens[span[0] - 1:span[0]] in ([], ["the"], ["of"], ["compare"], ["comparing"], ["between"]) or \
                    tokens[span[1]:span[1] + 1] in (["difference"], ["gap"], ["contrast"], ["comparison"], ["effect"]):
                out.append((0.92, *span, c.name))
    return out
