"""Two levels of one category set against each other ("the ONRAB-versus-RABORAL difference", "effect of aerial
vs hand drops"): the comparison is that column's effect, so the pair names the column (a mention), not a
group of it. `levels.py` leaves such a pair alone."""

from __future__ import annotations

import re

from copilot.understand.text import ColumnInfo, stem


VERSUS = frozenset({"vs", "versus", "v"})  # the words that set two levels against each other


def levels_compared(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'the ONRAB-versus-RABORAL difference', 'effect of aerial vs hand drops', 'a trotting rather than walking
    gait': two levels of one categorical column set against each other, said as the thing compared (after
    "the", "a", "of", "compare", or before "difference", "effect" or the column's own word), name that column,
    not a group of it ("for which kinds of branches (urban vs rural)" names the groups)."""
    out: list[tuple[float, int, int, str]] = []
    for c in columns:
        levels = {stem(str(v).lower()) for v in c.examples} if c.type == "categorical" else set()
        for i, t in enumerate(tokens if len(levels) >= 2 else []):
            a, vs, b = (t.split("-") + ["", "", ""])[:3] if t.count("-") == 2 else ("", "", "")
            gap = next((len(w) for w in _AGAINST if tokens[i:i + len(w)] == w), 0)
            if vs in VERSUS and a != b and {stem(a), stem(b)} <= levels:
                span = (i, i + 1)
            elif gap and 0 < i < len(tokens) - gap and tokens[i - 1] != tokens[i + gap] and \
                    {stem(tokens[i - 1]), stem(tokens[i + gap])} <= levels:
                span = (i - 1, i + gap + 1)
            else:
                continue
            while span[1] + 1 < len(tokens) and tokens[span[1]] in {"or", "and", ","} and stem(tokens[span[1] + 1]) in levels:
                span = (span[0], span[1] + 2)  # "aquasoil versus sand or gravel": the rest of the levels listed
            # ("rather than" and "instead of" set one level against the other wherever they stand)
            # (or opening a yes/no question: "does aquasoil versus sand or gravel change ...")
            if gap > 1 or tokens[span[0] - 1:span[0]] in ([], ["the"], ["a"], ["an"], ["of"], ["compare"], ["comparing"],
                                                          ["between"]) or \
                    span[0] == 1 and tokens[0] in _AUXILIARIES or \
                    tokens[span[1]:span[1] + 1] in (["difference"], ["gap"], ["contrast"], ["comparison"], ["effect"]) or \
                    span[1] < len(tokens) and stem(tokens[span[1]]) in {stem(w) for w in c.words}:
                out.append((0.92, *span, c.name))
    return out


_AUXILIARIES = frozenset({"does", "do", "did", "is", "are", "was", "were", "would", "will", "can", "could", "has", "have"})
# the words between two levels set against each other
_INSTEAD = [["rather", "than"], ["instead", "of"]]
_AGAINST = [[w] for w in VERSUS] + _INSTEAD


def sets_levels_against(text: str) -> bool:
    """A mention's words set two levels against each other ("aerial vs hand", "krypton instead of argon")."""
    words = re.split(r"[\s-]", text)
    return bool(VERSUS & set(words)) or any(words[k:k + len(w)] == w for w in _INSTEAD for k in range(len(words)))
