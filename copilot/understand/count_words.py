"""A count said in words ("the number of pitchers", "how many falls", "more traps") among the columns a
word fits equally: PITCHER_HT_CM, PITCHER_CNT_BL and PITCHER_CNT_12M all hold "pitcher", and only the two
that count it fit "the number of pitchers". `qualifiers.apply_qualifiers` then picks among those (a time
said, the later of a baseline and a follow-up)."""

from __future__ import annotations

import dataclasses

from copilot.understand.mentions import Mention
from copilot.understand.text import ColumnInfo

_COUNT_PARTS = frozenset({"cnt", "count", "counts", "num", "n", "number", "no", "qty", "total", "tally"})
_RATE_PARTS = frozenset({"dens", "density", "rate", "pct", "per", "share", "ratio", "prop", "frac"})


def _count_said(tokens: list[str], m: Mention) -> str | None:
    """"number" for "the number of X" / "how many X"; "more" for a plural X right after "more" / "fewer"."""
    if tokens[max(0, m.start - 2):m.start] in (["number", "of"], ["how", "many"]):
        return "number"
    word = tokens[m.end - 1]
    more = tokens[m.start - 1:m.start] in (["more"], ["fewer"]) and m.end - m.start == 1 and \
        word.endswith("s") and not word.endswith("ss")
    return "more" if more else None


def counted_among(tokens: list[str], m: Mention, columns: list[ColumnInfo]) -> Mention:
    """`m` narrowed to the rivals that count its word, when the words say a count and some rivals do not."""
    said = _count_said(tokens, m) if m.alternatives and m.column else None
    if said is None:
        return m
    info = {c.name: c for c in columns}
    options = [o for o in [m.column, *m.alternatives] if o in info]
    counts = [o for o in options if _COUNT_PARTS & set(info[o].words) and info[o].type == "numeric"]
    if not counts or len(counts) == len(options):
        return m
    if said == "more" and any(_RATE_PARTS & set(info[o].words) for o in options if o not in counts):
        return m  # "more holes" beside hole_cnt and hole_dens: as many per crumpet, or as dense; still both
    return dataclasses.replace(m, column=counts[0], alternatives=counts[1:])
