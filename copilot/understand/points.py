"""Point values written in words: "for a plot that gets 700 mm of rain", "a patient with a charlson
index of 4", "for a 16-year-old", "a player who reaches level 10", "in a precinct where 2016 turnout
was 0.45". Each is `column == value` about the unit the question describes; `fields.split_at` then
makes graded ones the point where a conditional effect is evaluated (`CateTask.at`).

Only inside a description of a unit ("for / in / when / if / with / whose / where ..." within a few
words before), so "the effect of 2 doses" or "wave 2 data" stay what they are.
"""

from __future__ import annotations

import re

from copilot.task import Condition
from copilot.understand.mentions import Mention
from copilot.understand.text import ColumnInfo

_UNIT_INTRO = {"for", "in", "when", "if", "with", "whose", "where", "at", "having", "who", "that", "which", "someone",
               "somebody", "anyone"}
_LINK = {"of", "is", "was", "=", "==", "equals", "equal", "to", "at", "about", "around", "roughly", "a", "an", "the",
         "reaches", "reached", "reaching", "gets", "got", "has", "had", "scores", "scored", "scoring", "of about"}
_RANGE_TAIL = {"and older", "or older", "and over", "and up", "or more", "and above", "or above", "and younger",
               "or younger", "and under", "or less", "and below", "or below", "to", "-"}
_AGE = re.compile(r"(\d+(?:\.\d+)?)-?(?:year|yr)s?-?old")


def _num(tok: str) -> float | int | None:
    try:
        v = float(tok.replace(",", ""))
    except ValueError:
        return None
    return int(v) if v.is_integer() else v


def _words(column: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", column)}


def _in_unit_description(tokens: list[str], start: int, reach: int = 7) -> bool:
    return any(t in _UNIT_INTRO for t in tokens[max(0, start - reach):start])


def point_values(tokens: list[str], mentions: list[Mention], used: set[int], age_col: str | None) -> list[tuple[Condition, set[int]]]:
    """(condition, token positions it consumed) for each point value described in words."""
    out: list[tuple[Condition, set[int]]] = []
    n = len(tokens)
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.start in used or m.column is None or not _in_unit_description(tokens, m.start):
            continue
        # "<column> of 4", "<column> is 0.45", "<column> 10" (level 10)
        k = m.end
        if k + 1 < n and tokens[k].isalpha() and tokens[k] not in _LINK and tokens[k + 1] in _LINK:
            k += 1  # "a charlson index of 4": one word of the name the column lacks
        while k < n and k - m.end < 4 and tokens[k] in _LINK:
            k += 1
        if k < n and k not in used and (v := _num(tokens[k])) is not None and not (k + 1 < n and tokens[k + 1] in {"%", "percent"}):
            if k + 1 < n and (tokens[k + 1] in {"and", "or"} or tokens[k + 1] in {"+"}):
                continue  # "60 and older", "65+": ranges, read elsewhere
            out.append((Condition(column=m.column, op="==", value=v), set(range(m.start, k + 1))))
    for i, tok in enumerate(tokens):
        if i in used:
            continue
        # "700 mm of rain", "5 years of tenure": a number, a unit word and/or "of", then a column (the
        # unit may itself be part of the column's name: "700 mm" ~ rainfall_mm)
        if (v := _num(tok)) is not None and _in_unit_description(tokens, i):
            for j in (i + 1, i + 2, i + 3):
                between = tokens[i + 1:j]
                if j in by_start and by_start[j].column and (
                        (j == i + 1 and tokens[j].isalpha() and (len(tokens[j]) <= 4 or tokens[j] in _words(by_start[j].column)))
                        or (between and between[-1] == "of" and all(t.isalpha() for t in between))):
                    out.append((Condition(column=by_start[j].column, op="==", value=v), set(range(i, by_start[j].end))))
                    break
        # "aged 60" (a point; "aged 60 and older" is a range, read elsewhere)
        if age_col and i > 0 and tokens[i - 1] == "aged" and (v := _num(tok)) is not None and \
                " ".join(tokens[i + 1:i + 3]) not in _RANGE_TAIL and tokens[i + 1:i + 2] not in (["+"], ["to"], ["-"], ["through"]):
            out.append((Condition(column=age_col, op="==", value=v), {i - 1, i}))
            continue
        # "a 16-year-old", "a 65 year old visitor"
        if age_col and _in_unit_description(tokens, i, 3):
            whole = _AGE.fullmatch(tok) or (re.fullmatch(r"\d+", tok) and " ".join(tokens[i + 1:i + 3]) in
                                            {"year old", "years old", "yr old"} and _AGE.fullmatch(tok + "-year-old"))
            if whole:
                out.append((Condition(column=age_col, op="==", value=_num(whole.group(1))), {i}))
    return out
