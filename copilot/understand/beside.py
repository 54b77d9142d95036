"""A number no other rule took is the value of the column written beside it.

"holding GDP per capita at 40000", "a baseline HbA1c of 9%", "clay moisture 18%", "wind averages 30
km/h" (the column named just before the number, joined by a linking word or none), "for a household of
5", "for groups of 6" (a noun that names a column's word, then "of", then the number), "users doing 3
sessions a week", "a patient on 12 medications" (the number, then words that name the column). Each
is the point where the question wants the effect: `column == number`, which `fields.split_at` turns
into a CATE at that point. Checks that keep a number that is no point out: the column is numeric, the
number lies near the values the data shows, and two other variables are named (the treatment and the
outcome), so "what happens to sales if price is 20" stays a question about price.
"""

from __future__ import annotations

import re
from typing import Any

from copilot.task import Condition
from copilot.understand.ground import _word_relates
from copilot.understand.measure_units import _UNIT_WORDS, _plausible, unit_word
from copilot.understand.points import _SHARE_WORDS, _percent_like, kept_as_fraction
from copilot.understand.text import TIME_UNIT_WORDS, ColumnInfo, parse_number

# a share said in words, of a column that keeps shares ("two thirds" reads its "two" as the numerator)
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}
# words that may stand between a column's name and its value ("at", "of", "is charging", "averages")
_LINK = frozenset("at of is are was were = a an the about around roughly approximately near exactly averages "
                  "averaging average equal equals with has have having makes make up charging charges running "
                  "runs set held fixed being be say".split())
# column words that say how a value is counted, not what it is ("n_meds", "sessionsPerWk")
_COUNTING = frozenset("n num no nr count cnt per total avg mean pct percent share rate".split())


def _relates(word: str, col_word: str) -> bool:
    if word in TIME_UNIT_WORDS or col_word in TIME_UNIT_WORDS:
        return unit_word(word) == unit_word(col_word)
    return _word_relates(word, col_word) or len(col_word) >= 3 and word.startswith(col_word)


def _named_by(words: list[str], columns: list[ColumnInfo]) -> ColumnInfo | None:
    """The numeric column `words` name best ("3 sessions a week" -> sessionsPerWk, "a household of" ->
    hh_size): a word names each of its content words but at most one ("size"), one of them more than a
    time unit; None when no column or several fit equally."""
    words = [w for w in words if w.isalpha()]
    best: list[tuple[int, ColumnInfo]] = []
    for c in columns:
        content = [w for w in c.words if w not in _COUNTING]
        if c.type != "numeric" or not content or not words:
            continue
        named = [cw for cw in content if any(_relates(w, cw) for w in words)]
        if len(named) < max(1, len(content) - 1) or all(cw in TIME_UNIT_WORDS for cw in named):
            continue
        best.append((len(named) - len(content), c))
    if not best:
        return None
    top = max(s for s, _ in best)
    fits = [c for s, c in best if s == top]
    return fits[0] if len(fits) == 1 else None


def _numeric_of(m: Any, value: float, info: dict[str, ColumnInfo]) -> ColumnInfo | None:
    """The column of a mention a number is a value of: its own, else the first of the columns it fits about
    as well that is numeric and near the number ("runs of 100" ~ limitedRun or runSize: runSize)."""
    for name in [m.column] + list(m.alternatives):
        c = info.get(name)
        if c is not None and c.type == "numeric" and _plausible(value, c):
            return c
    return info.get(m.column)


def _mention_after(tokens: list[str], i: int, starts: dict[int, Any], taken: set[int]) -> Any | None:
    """The mention right after the number at `i`, past at most two unit tokens and then "of". Not a year
    ("the 2023 harvest"), the top of a scale ("the 1-7 engagement rating") or a share of the units ("30% of
    feeders")."""
    if re.fullmatch(r"(?:19|20)\d\d", tokens[i]) or i >= 2 and tokens[i - 1] in {"-", "–", "—", "to"} and \
            parse_number(tokens[i - 2]) is not None or tokens[i + 1:i + 2] in (["%"], ["percent"], ["pct"]):
        return None
    j, units = i + 1, 0
    while j < len(tokens) and units < 2 and j not in starts and tokens[j] in _UNIT_WORDS | {"²", "³"}:
        j, units = j + 1, units + 1
    if units and tokens[j:j + 1] == ["of"]:
        j += 1
    m = starts.get(j)
    if m is None or set(range(m.start, m.end)) & taken or m.column is None:
        return None
    return m


def points_beside(tokens: list[str], mentions: list[Any], used: set[int],
                  columns: list[ColumnInfo]) -> list[tuple[Condition, set[int]]]:
    """(condition, token positions it consumed) for each free number read as a column's value."""
    info = {c.name: c for c in columns}
    in_mention = {k for m in mentions for k in range(m.start, m.end)}
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    keys = {m.key for m in mentions}
    out: list[tuple[Condition, set[int]]] = []
    taken = set(used)
    n = len(tokens)
    for i, tok in enumerate(tokens):
        value = parse_number(tok)
        fraction = value is None and tok in _FRACTIONS and tokens[i - 1:i] != ["the"]  # ("the third year")
        if fraction:  # "when tourists make up half the students" (tourists_share: 0.05, 0.3, 0.7)
            value = _FRACTIONS[tok] * (2 if tokens[i - 1:i] == ["two"] else 3 if tokens[i - 1:i] == ["three"] else 1)
        if value is None or i in taken:
            continue
        col, span = None, set()
        if i in in_mention:
            # "users commuting 25 km" (commuteKm), "cafes open 2 days a month" (openDaysPerMonth): a number
            # inside the words that name a numeric column, not the number its name writes (churn_90d)
            m = next(m for m in mentions if m.start <= i < m.end)
            if m.start == i or m.column not in info or any(f"{value:g}" in w for w in info[m.column].words):
                continue
            col, span = info[m.column], set(range(m.start, m.end))
        # the column named just before: "GDP per capita at 40000", "clay moisture 18%"
        k = i
        while k > 0 and i - k < 3 and tokens[k - 1] in _LINK and k not in by_end:  # ("runs of 100": the name)
            k -= 1
        m = by_end.get(k)
        if col is None and m is not None and m.column in info and not (set(range(m.start, m.end)) & taken):
            col, span = _numeric_of(m, value, info), set(range(m.start, i + 1))  # ("runs of 100": runSize)
        # "a household of 5", "groups of 6": a noun naming the column, then "of"
        elif col is None and i >= 2 and tokens[i - 1] == "of" and i - 2 not in in_mention:
            col, span = _named_by([tokens[i - 2]], columns), {i - 2, i - 1, i}
        # "40 machines" (N_MACH), "farms of 20 ha" (HA), "500 m² of greenhouse" (greenhouse_area): the number,
        # then a mention of a numeric column, after at most two unit tokens and "of"
        if col is None and (after := _mention_after(tokens, i, by_start, taken)) is not None:
            col, span = _numeric_of(after, value, info), set(range(i, after.end))
        # "3 sessions a week", "12 medications": the number, then words naming the column
        if col is None:
            after = []
            for j in range(i + 1, min(i + 4, n)):
                if j in in_mention or j in taken or not tokens[j].isalpha():
                    break
                after.append(tokens[j])
            col, span = _named_by(after, columns), set(range(i, i + 1 + len(after)))
        if fraction and col is not None and not kept_as_fraction(col):
            col, value = (col, value * 100) if set(col.words) & _SHARE_WORDS and _percent_like(col) else (None, value)
        if fraction and col is not None and any((v := parse_number(t)) is not None and _plausible(v, col) for t in tokens):
            continue  # "about half their emails (email_open_rate 0.48)": the number written out wins
        if col is None or col.type != "numeric" or not _plausible(value, col):
            continue
        if len(keys - {col.name}) < 2:
            continue  # the treatment and the outcome must be named besides the point
        if i + 2 < n and tokens[i + 1] in {"to", "-", "and", "or"} and parse_number(tokens[i + 2]) is not None:
            continue  # "aged 50 to 65": a range
        unit = tokens[i + 1] if i + 1 < n and tokens[i + 1] in TIME_UNIT_WORDS and \
            tokens[i + 2:i + 3] not in (["²"], ["³"]) else None  # ("500 m²" is an area)
        if unit and (f"{value:g}" in col.words or not any(_relates(unit, w) for w in col.words if w in TIME_UNIT_WORDS)):
            continue  # "hba1c at 12 months", "insecurity at 6 months" (_6mo): a time ("20 years driving" is a value)
        out.append((Condition(column=col.name, op="==", value=value), span))
        taken |= span
    return out
