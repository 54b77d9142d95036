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
from copilot.understand.text import (NUMBER_WORDS, TIME_UNIT_WORDS, ColumnInfo, name_words, number_word_first,
                                     parse_number, stem)
from copilot.understand.times import _UNITS as _PERIOD
from copilot.understand.measure_units import (_COUNT_WORDS, _plausible, _CURRENCY, _LINK, _TIME_UNITS, _UNIT, _UNIT_WORDS,
                                              _names_unit_of, _time_tagged, _unit_column, _unit_follows, is_unit_of,
                                              _value_of_unit_column, named_after_unit, unit_at, unit_word)

_UNIT_INTRO = {"for", "in", "when", "if", "with", "whose", "where", "at", "having", "who", "that", "which", "someone", "among",
               "somebody", "anyone"}
_RANGE_TAIL = {"and older", "or older", "and over", "and up", "or more", "and above", "or above", "and younger",
               "or younger", "and under", "or less", "and below", "or below", "to", "-"}
_AGE = re.compile(r"(\d+(?:\.\d+)?)-?(?:year|yr)s?-?olds?")
_AGE_YOUNG = re.compile(r"(\d+(?:\.\d+)?)-?(month|mo|week|wk)s?-?olds?")
_YEARS_OLD = frozenset({"year old", "years old", "yr old", "year olds", "yr olds"})  # "for 9 year olds"


def level_written(tokens: list[str], start: int, examples: list[str]) -> tuple[str, int] | None:
    """(level, end) for a level written over several tokens: 'glacier_bay', 'privateRoom', 'East Africa'
    and 'vendorB' are split by the tokenizer; the longest run of tokens that spells one level names it."""
    def flat(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())
    levels = {flat(e): e for e in examples}
    for w in (4, 3, 2, 1):
        if start + w <= len(tokens) and (hit := levels.get(flat("".join(tokens[start:start + w])))):
            return hit, start + w
    return None


def _words(column: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", column)}


def _in_unit_description(tokens: list[str], start: int, reach: int = 7) -> bool:
    """Inside a description of the units ('for a ...', 'when ...', 'on a 3,000 km lane', 'on 2 ha plots')."""
    return any(t in _UNIT_INTRO for t in tokens[max(0, start - reach):start]) or \
        tokens[max(0, start - 2):start] in (["on", "a"], ["on", "an"]) or _sized_after_on(tokens, start)


def _sized_after_on(tokens: list[str], start: int) -> bool:
    """'on 20-acre farms', 'on 2 ha plots': 'on' right before a size in a unit that is no time ('the
    effect on 30-day churn' names a window of the outcome) and no share ('on 10% of users')."""
    size = re.fullmatch(r"\d+(?:\.\d+)?(?:-([a-z]+))?", tokens[start]) if start < len(tokens) else None
    # (or "on farms of 100 ha": the units, then "of" and their size)
    units_of = start >= 3 and tokens[start - 3] == "on" and tokens[start - 1] == "of" and \
        re.fullmatch(r"[a-z]{3,}s", tokens[start - 2]) is not None
    if tokens[start - 1:start] != ["on"] and not units_of or size is None:
        return False
    unit = size.group(1) or (tokens[start + 1] if start + 1 < len(tokens) else "")
    return unit.isalpha() and unit not in TIME_UNIT_WORDS and unit_word(unit) not in _TIME_UNITS | {"pct"} and \
        (size.group(1) is not None or unit in _UNIT_WORDS)  # (not "the effect on 2021 math")


def _percent_like(c: ColumnInfo) -> bool:
    """A numeric column whose example values all lie between 0 and 100, some above 1, and whose name
    writes no other unit (dist_hf_km: 80 is never "80%")."""
    kept = [parse_number(str(e)) for e in c.examples]
    return c.type == "numeric" and bool(kept) and all(v is not None and 0 <= v <= 100 for v in kept) and \
        any(v > 1 for v in kept) and not set(c.words) & (_UNIT_WORDS | TIME_UNIT_WORDS)


def kept_as_fraction(c: ColumnInfo) -> bool:
    """The column's example values are shares between 0 and 1 (0.62, 0.8), not only 0/1 flags."""
    kept = [parse_number(str(e)) for e in c.examples]
    return bool(kept) and all(v is not None and 0 <= v <= 1 for v in kept) and not all(v in (0, 1) for v in kept)


_SHARE_WORDS = frozenset({"pct", "percent", "share", "rate", "ratio", "prop", "proportion", "frac", "fraction"})


def _share_named_after(tokens: list[str], i: int, by_start: dict[int, Mention], info: dict) -> Mention | None:
    """'where 85% of stock is ready-to-eat' (rte_share), 'a school where 40% of pupils get free meals'
    (free_meals_pct): a percentage, then in a few plain words the name of a column that keeps a share."""
    if tokens[i + 1:i + 2] not in (["%"], ["percent"]) or tokens[i - 1:i] in (["a"], ["an"], ["the"]):
        return None  # ("what does a 10% discount_pct do": a dose of the treatment, no group)
    named: list[Mention] = []
    for j in range(i + 2, min(len(tokens), i + 8)):
        m = by_start.get(j)
        if m is not None and m.column:
            named.append(m)
        elif not tokens[j].replace("-", "").isalpha():
            break
    if len(named) > 1 and tokens[named[0].start - 1] == "of":
        named = named[1:]  # "40% of pupils get free meals": the share is of the pupils, the column is the meals
    c = info.get(named[0].column) if named else None
    if c is None or c.type != "numeric":
        return None
    # (or right after the sign, a column whose values read as percentages: "at 75% hydration" ~ choux_hyd)
    return named[0] if set(c.words) & _SHARE_WORDS or kept_as_fraction(c) or \
        named[0].start == i + 2 and not named[0].identifier and _percent_like(c) else None


_NOT_UNIT_OF = frozenset({"because", "due", "thanks", "owing", "instead", "ahead", "regardless", "out", "most",
                          "all", "some", "each", "none", "any", "many", "both", "one", "two", "three"})


def _measured_after_unit(tokens: list[str], i: int, mentions: list[Mention], info: dict, unit_col: str) -> bool:
    """The noun after the number's unit names another numeric column in that unit ("20 years' experience",
    "5 years of tenure"): the value is that column's, not the other column the unit alone fits."""
    m, _ = named_after_unit(tokens, i, mentions)
    col = info.get(getattr(m, "column", None) or "")
    return col is not None and col.name != unit_col and col.type == "numeric" and \
        is_unit_of(tokens[i + 1], col)


# the words before a time tag of a column named elsewhere ("at 12 weeks", "in the previous 24 hours")
_BEFORE_A_TAG = frozenset({"at", "after", "by", "previous", "past", "last", "first", "next", "within", "prior"})


def _time_tag_of_named(tokens: list[str], i: int, mentions: list[Mention]) -> bool:
    """The number at `i` and the time unit after it are the time tag of a column the question names
    ("VO2 at 12 weeks" with vo2_12w named; "the 10 year warranty", warranty_10y, the name right after it)."""
    if i + 1 >= len(tokens) or tokens[i + 1] not in TIME_UNIT_WORDS and unit_word(tokens[i + 1]) not in _TIME_UNITS:
        return False
    if any(m.start == i + 2 and m.column and tokens[i] in re.findall(r"\d+", m.column) for m in mentions):
        return True
    # ("20 mm of rain in the previous 24 hours", RAIN_MM_24H: the window of the rain, no trip of 24 hours)
    if i == 0 or tokens[i - 1] not in _BEFORE_A_TAG:
        return False
    return any(m.column and tokens[i] in re.findall(r"\d+", m.column) and not (m.start <= i < m.end) for m in mentions)


def _ordinal_point(tokens: list[str], i: int, columns: list[ColumnInfo]) -> tuple[Condition, set[int]] | None:
    """An ordinal before the word that names a numeric column ("14th-century" ~ century == 14, "3rd grade" ~
    grade == 3): the column's value, when exactly one numeric column is named by that word alone."""
    hit = re.fullmatch(r"(\d+)(?:st|nd|rd|th)(?:-([a-z]+))?", tokens[i])
    word = hit and (hit.group(2) or (tokens[i + 1] if i + 1 < len(tokens) else None))
    if not word:
        return None
    named = [c.name for c in columns if c.type == "numeric" and len(c.words) == 1 and stem(c.words[0]) == stem(word)]
    if not named and hit.group(2):  # ("12th-century folios" ~ centuryMade: the word the name starts with)
        named = [c.name for c in columns if c.type == "numeric" and c.words and stem(c.words[0]) == stem(word)]
    if len(named) != 1:
        return None
    return Condition(column=named[0], op="==", value=int(hit.group(1))), {i} if hit.group(2) else {i, i + 1}


def point_values(tokens: list[str], mentions: list[Mention], used: set[int], age_col: str | None,
                 columns: list[ColumnInfo] = ()) -> list[tuple[Condition, set[int]]]:
    """(condition, token positions it consumed) for each point value described in words."""
    out: list[tuple[Condition, set[int]]] = []
    n = len(tokens)
    by_start = {m.start: m for m in mentions}
    info = {c.name: c for c in columns}
    years = [c.name for c in columns if c.type == "numeric" and c.words and (
        c.words[-1] in {"year", "yr"} or c.words[0] in {"year", "yr"} and len(c.words) == 2)]  # yr_built
    year_col = years[0] if len(years) == 1 else None
    for m in mentions:
        if m.start in used or m.column is None:
            continue
        if m.start == 0 and m.end + 1 < n and tokens[m.end + 1] in {":", ";"} and \
                (v := parse_number(tokens[m.end])) is not None:
            out.append((Condition(column=m.column, op="==", value=v), set(range(m.start, m.end + 2))))
            continue  # "bmi 35: effect of bio_tx on ...": a terse point before the question
        inner = [v for k in range(m.start, m.end) if (v := parse_number(tokens[k])) is not None]
        if m.start == 0 and len(inner) == 1 and tokens[m.end:m.end + 1] in ([":"], [";"]):
            out.append((Condition(column=m.column, op="==", value=inner[0]), set(range(m.start, m.end + 1))))
            continue  # "stone 8 mm: effect of mex on sf_1m": the number written inside the name
        if not _in_unit_description(tokens, m.start) and not _unit_follows(tokens, m, info.get(m.column)):
            continue
        if (c := info.get(m.column)) is not None and c.type == "date":
            continue  # "whose admission creatinine is 2.0": a date takes no number; the next name may
        # "<column> of 4", "<column> is 0.45", "<column> 10" (level 10)
        k = m.end
        if k + 1 < n and tokens[k].isalpha() and tokens[k] not in _LINK and tokens[k + 1] in _LINK:
            k += 1  # "a charlson index of 4": one word of the name the column lacks
        while k < n and k - m.end < 4 and tokens[k] in _LINK:
            k += 1
        col_info = info.get(m.column)
        if col_info is not None and col_info.type == "categorical" and col_info.examples and \
                all(parse_number(str(e)) is None for e in col_info.examples):
            continue  # "when the shop is 1500 sq ft" beside shopRegion (north, south): no number is its level
        if col_info is not None and col_info.type == "numeric" and tokens[k:k + 1] == ["for"] and k + 2 < n and \
                (v := parse_number(tokens[k + 1])) is not None and is_unit_of(tokens[k + 2], col_info):
            # "a roastery open for 5 years" ~ years_open: the column's own unit after "for"
            out.append((Condition(column=m.column, op="==", value=v), set(range(m.start, k + 3))))
            continue
        sign = 1
        if tokens[k:k + 1] == ["-"] and k > m.end and k + 1 < n and parse_number(tokens[k + 1]) is not None:
            sign, k = -1, k + 1  # "the rainfall anomaly is -1.5"
        # (or a column whose values could be percentages: "when sea ice cover is at 40%" ~ sea_ice: 10, 40, 85)
        pct_column = col_info is not None and (bool({"pct", "percent", "share", "rate"} & set(col_info.words))
                                               or _percent_like(col_info))
        # ("when peening three times a week" ~ peen_freq == 3: a count of times said in a word)
        said = "" if k >= n else NUMBER_WORDS.get(tokens[k], tokens[k]) if tokens[k + 1:k + 2] == ["times"] else tokens[k]
        if k < n and k not in used and (v := parse_number(said)) is not None and \
                (pct_column or not (k + 1 < n and tokens[k + 1] in {"%", "percent"})):
            if tokens[k - 1] in _CURRENCY and col_info is not None and \
                    not _unit_column([tokens[k], _CURRENCY[tokens[k - 1]]], 0, [col_info]) and \
                    _unit_column([tokens[k], _CURRENCY[tokens[k - 1]]], 0, list(columns)):
                continue  # "where the bench costs £1200" beside benches_sold: a sum of money is the price's
            if k + 1 < n and tokens[k + 1] in {"and", "or", "+", "to", "-", "through"}:
                continue  # "60 and older", "65+", "60 to 70": ranges, read elsewhere
            if " ".join(tokens[k + 1:k + 3]) in _YEARS_OLD:
                continue  # "<outcome> for a 65 year old": a person's age, read below
            if k + 1 < n and tokens[k + 1] in TIME_UNIT_WORDS and tokens[k] in re.findall(r"\d+", m.column):
                continue  # "employment at 12 months" ~ employed_12m: the column's time tag, not a value
            if _value_of_unit_column(tokens, m, k, info, list(columns)):
                continue
            after = k + 2 if tokens[k + 1:k + 2] in (["%"], ["percent"]) else k + 1
            # (but not the named column's own unit: "rainfall is 10 mm" ~ rainMm, the "mm" no mediaMentions)
            own_unit = col_info is not None and after < n and tokens[after] in _UNIT_WORDS and \
                is_unit_of(tokens[after], col_info)
            if not own_unit and any(o.start == after and o.column != m.column for o in mentions):
                continue  # "returnsPct at 70% room humidity": the value is the next variable's
            column = age_col if tokens[m.start] == "aged" and age_col else m.column  # "heads aged 50" ~ age_head
            if (ci := info.get(column)) is not None and ci.type == "binary" and sign * v not in (0, 1):
                continue  # "when the shop is 1500 sq ft" beside webShop: a yes/no column takes no count
            # (the unit after the number goes with it: "when wind is 20 knots", "a race distance of 500 km")
            unit = unit_at(tokens, k + 1)
            out.append((Condition(column=column, op="==", value=sign * v), set(range(m.start, k + 1 + unit))))
    for i, tok in enumerate(tokens):
        if i in used:
            continue
        # "700 mm of rain", "5 years of tenure": a number, a unit word and/or "of", then a column (the
        # unit may itself be part of the column's name: "700 mm" ~ rainfall_mm)
        glued = re.fullmatch(r"(-?\d+(?:\.\d+)?)([a-z]{1,4})", tok)  # "at 90F" ~ temp_f, "700mm" ~ rain_mm
        # "12-hour shifts" ~ shift_hours: a hyphenated unit, when the word after it names the same column
        hyphen = re.fullmatch(r"(\d+(?:\.\d+)?)-([a-z]+)", tok)
        glued = glued or hyphen
        if glued and any(_time_tagged(c.words, glued.group(1), glued.group(2)) for c in columns):
            continue  # "the goal is 12m revenue" (revenue12m): a column's time tag, not a value
        if glued and not hyphen and any(re.search(rf"(?<!\d){re.escape(tok)}(?!\d)", re.sub(r"[^a-z0-9]", "", c.name.lower()))
                                        for c in columns):
            continue  # "who gains most in 5k pace" (pace5kPost): a number and unit a name writes, no value
        if glued and glued.group(2) in _UNIT_WORDS and _in_unit_description(tokens, i):
            hit = _unit_column([glued.group(1), glued.group(2)] + tokens[i + 1:i + 3], 0, list(columns))
            # ("a 4-person shop" ~ staffCount: a head count is no time tag)
            if hit and hyphen and unit_word(glued.group(2)) != "n" and (
                    not (i + 1 < n and (stem(tokens[i + 1]) in info[hit[0]].stems  # ("a 30-minute consultation" ~ consult_min)
                                        or getattr(by_start.get(i + 1), "column", None) == hit[0]))
                    or glued.group(1) in re.findall(r"\d+", hit[0])):
                hit = None  # "30-day readmission", "30-day churn" (churned30d): a time tag, not a value
            if hit:
                span = set(range(i, i + hit[1] - 1))
                if hyphen and (after := by_start.get(i + 1)) is not None and after.column == hit[0]:
                    span |= set(range(after.start, after.end))  # "10-day trips" ~ tripLengthDays: the noun too
                # "at a griddle temperature of 200C" ~ grdl_temp_c: the name said before its value goes with it
                named = next((m for m in mentions if m.column == hit[0] and m.end <= i and
                              all(t in _LINK for t in tokens[m.end:i])), None)
                span |= set(range(named.start, i)) if named is not None and i - named.end <= 2 else set()
                out.append((Condition(column=hit[0], op="==", value=parse_number(glued.group(1))), span))
                continue
        # "at 18-count mesh" ~ CANVAS_MESH == 18, "running a 20-inch bar" ~ bar_length == 20: a number joined to a word
        # the name does not write (no time: "30-day churn" is a window), right before a numeric column it fits
        if hyphen and (named := by_start.get(i + 1)) is not None and (c := info.get(named.column or "")) is not None \
                and c.type == "numeric" and not re.search(r"\d", c.name) and hyphen.group(2) not in TIME_UNIT_WORDS \
                and unit_word(hyphen.group(2)) not in _TIME_UNITS and _in_unit_description(tokens, i) \
                and len(set(c.examples)) > 2 and _plausible(v := float(hyphen.group(1)), c):
            out.append((Condition(column=named.column, op="==", value=v), set(range(i, named.end))))
            continue
        if (hit := _ordinal_point(tokens, i, columns)) is not None:
            out.append(hit)  # "for 14th-century frescoes" ~ century == 14, "3rd grade pupils" ~ grade == 3
            continue
        if (v := parse_number(tok)) is not None and _in_unit_description(tokens, i) and \
                (share := _share_named_after(tokens, i, by_start, info)) is not None:
            out.append((Condition(column=share.column, op="==", value=v), set(range(i, share.end))))
            continue
        if (v := parse_number(tok)) is not None and _in_unit_description(tokens, i) and \
                " ".join(tokens[i + 1:i + 3]) not in _YEARS_OLD:  # ("75 years old" is an age, no driverTenureYrs)
            if _time_tag_of_named(tokens, i, mentions):
                continue  # "does the plan improve VO2 at 12 weeks" (vo2_12w): the named column's time tag
            hit = _unit_column(tokens, i, list(columns)) if i + 1 not in by_start else None
            if hit and _measured_after_unit(tokens, i, mentions, info, hit[0]):
                hit = None  # "weavers with 20 years' experience" ~ yrs_exp, not bed_age_yr: read below
            if hit is None and i > 0 and tokens[i - 1] in _CURRENCY:
                hit = _unit_column([tok, _CURRENCY[tokens[i - 1]]], 0, list(columns))
                named = [by_start[j] for j in (i + 1, i + 2, i + 3) if j in by_start]
                # ("£12 a ticket" beside ticketPrice: the price's own name after its value)
                own = hit and named and named[0].column == hit[0] and tokens[i + 1:named[0].start] in ([], ["a"], ["per"])
                hit = (hit[0], named[0].end if own else i + 1) if hit and (own or not named) else None
            # "80% load" ~ load_pct, but "a 10% discount" names no unit's value unless the word is the column's
            # (or a word the name abbreviates: "a 10% deductible" ~ ded_pct)
            named_after = bool(hit) and i + 2 < n and tokens[i + 1] == "%" and (
                stem(tokens[i + 2]) in info[hit[0]].stems or any(len(w) >= 3 and w.isalpha() and w not in _UNIT_WORDS
                                                               and tokens[i + 2].startswith(w) for w in info[hit[0]].words))
            if hit and (tokens[i + 1:i + 2] != ["%"] or named_after):
                end = hit[1] + (1 if named_after and hit[1] == i + 2 else 0)
                k = end
                while k < n and k - end < 3 and tokens[k] in {"from", "to", "of", "the", "away", "a", "an"}:
                    k += 1
                if k > end and k in by_start and by_start[k].column == hit[0]:
                    end = by_start[k].end  # "20 km from the clinic" ~ distance_to_clinic_km: the name, after its value
                out.append((Condition(column=hit[0], op="==", value=v), set(range(i, end))))
                continue
            # "in 25 km/h wind" ~ wind == 25: a rate's unit the name does not write, then the numeric column
            rate_unit = tokens[i + 1:i + 4]
            if len(rate_unit) == 3 and rate_unit[1] in {"per", "/"} and rate_unit[0] in _UNIT_WORDS and \
                    rate_unit[2] in _UNIT_WORDS and (named := by_start.get(i + 4)) is not None and \
                    (c := info.get(named.column or "")) is not None and c.type == "numeric" and not re.search(r"\d", c.name):
                out.append((Condition(column=named.column, op="==", value=v), set(range(i, named.end))))
                continue
            for j in (i + 1, i + 2, i + 3):
                between = [t for t in tokens[i + 1:j] if t != "'"]  # "10 years' experience"
                if j in by_start and by_start[j].column and tok in re.findall(r"\d+", by_start[j].column):
                    break  # "adjusting for the 2019 score" ~ math_score_2019: the name's own tag, not a value
                if j in by_start and (c := info.get(by_start[j].column or "")) is not None and c.type == "binary" \
                        and v not in (0, 1):
                    continue  # "3 beaver families": a yes/no column (BEAVERS_RELEASED) counts nothing
                if j in by_start and by_start[j].column and (
                        (j == i + 1 and by_start[j].identifier and info.get(by_start[j].column) is not None
                         and info[by_start[j].column].type == "numeric")  # "for youth with 2 prior_arrests"
                        or (j == i + 1 and tokens[j].isalpha() and (len(tokens[j]) <= 4 or tokens[j] in _words(by_start[j].column)
                                                                 or _names_unit_of(tokens, i, by_start[j], info)
                                                                 # "serves 5000 subscribers" ~ subs_count
                                                                 or by_start[j].end == j + 1 and by_start[j].score >= 0.6
                                                                 and tokens[j] not in TIME_UNIT_WORDS
                                                                 and tokens[j + 1:j + 2] != ["of"]
                                                                 and (c := info.get(by_start[j].column)) is not None
                                                                 and c.type == "numeric"))
                        or (between and between[-1] == "of" and all(t.isalpha() for t in between)
                            and not set(between[:-1]) & _NOT_UNIT_OF)  # not "2022 because of tsetse trapping"
                        # "clubs charging £400 in fees", "meeting 3 times a week" ~ meetings_per_week, "at 5
                        # shillings a jerrycan" ~ price_per_jerrycan: an amount in, or per, the named quantity
                        or (between == ["in"] or 0 < len(between) <= 2 and between[-1] in {"a", "an", "per", "each"}
                            and all(t.isalpha() for t in between) and "per" in _words(by_start[j].column))
                        and (c := info.get(by_start[j].column)) is not None and c.type == "numeric"
                        # "for firms with 20 full-time staff" ~ staff_fte (fte: full time equivalent): words
                        # of the name's own, between the number and the rest of the name
                        or (between and all(t[:1].isalpha() for t in between) and (c := info.get(by_start[j].column))
                            is not None and c.type == "numeric" and {stem(p) for t in between for p in t.split("-") if p}
                            <= {w for a in c.aliases for w in a})
                        # "at 4500 m altitude": a unit the name does not write, then the numeric column
                        # ("m" is metres there: a name with no number holds no time window)
                        # "where there are 3 beaver families" ~ FAMILY_N: one word describing what a count column counts
                        or (len(between) == 1 and between[0].isalpha() and j == by_start[j].end - 1
                            and (c := info.get(by_start[j].column)) is not None and c.type == "numeric"
                            and bool(_COUNT_WORDS & set(c.words)))
                        or (len(between) == 1 and between[0] in _UNIT_WORDS and unit_word(between[0]) != "pct"  # 80% = 0.8?
                            and (c := info.get(by_start[j].column)) is not None and c.type == "numeric"
                            and not re.search(r"\d", c.name)
                            # ("the 10 km cross-country time" is the race's length, no time of 10)
                            and not (unit_word(between[0]) in {"km", "mi"} and "time" in c.words)
                            # ("a 12 months revenue" is a window; "makers with 20 years experience" a value)
                            and (between[0] not in TIME_UNIT_WORDS or between[0] == "m"
                                 or i > 0 and tokens[i - 1] in {"with", "having", "has", "had"}))):
                    out.append((Condition(column=by_start[j].column, op="==", value=v), set(range(i, by_start[j].end))))
                    break
        # "for an 8th grader" ~ grade_lvl: an ordinal right before a numeric column's word
        ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", tok)
        if ordinal and i + 1 in by_start and (c := info.get(by_start[i + 1].column or "")) and c.type == "numeric" \
                and _in_unit_description(tokens, i):
            out.append((Condition(column=c.name, op="==", value=int(ordinal.group(1))), set(range(i, by_start[i + 1].end))))
            continue
        # "in 1995": a year, when the data has a year column
        if year_col and i > 0 and tokens[i - 1] in {"in", "during", "for", "from", "since"} and \
                re.fullmatch(r"(?:19|20)\d\d", tok):
            out.append((Condition(column=year_col, op="==", value=int(tok)), {i}))
            continue
        # "for 5-star properties" ~ star_rating: a number joined to a word of one numeric column
        hit = re.fullmatch(r"(\d+(?:\.\d+)?)-([a-z]{3,})", number_word_first(tok))  # (and "three-storey")
        if hit and _in_unit_description(tokens, i):
            owners = [c.name for c in columns if c.type == "numeric" and stem(hit.group(2)) in c.stems
                      and hit.group(2) not in _UNIT]
            # ("for 1000-piece puzzles" beside pieceCount and missingPieceRate: the one that counts the word)
            counts = [o for o in owners if set(info[o].words) - {hit.group(2)} <= _COUNT_WORDS
                      and len(info[o].words) >= 2]
            owners = counts if len(owners) > 1 and len(counts) == 1 else owners
            if len(owners) == 1:
                out.append((Condition(column=owners[0], op="==", value=parse_number(hit.group(1))), {i}))
                continue
        # "aged 60" (a point; "aged 60 and older" is a range, read elsewhere)
        if age_col and i > 0 and tokens[i - 1] == "aged" and (v := parse_number(tok)) is not None and \
                " ".join(tokens[i + 1:i + 3]) not in _RANGE_TAIL and tokens[i + 1:i + 2] not in (["+"], ["to"], ["-"], ["through"]):
            out.append((Condition(column=age_col, op="==", value=v), {i - 1, i}))
            continue
        # "a 16-year-old", "a 65 year old visitor"
        # ("when the vehicle is 10 years old": said of the units further back)
        if age_col and _in_unit_description(tokens, i, 6 if tokens[i - 1:i] in (["is"], ["was"], ["are"]) else 3):
            # (also "11.5 years old", and "11.5-year-old" written as "11.5" + "year-old")
            said_old = " ".join(tokens[i + 1:i + 3]) in _YEARS_OLD or \
                [t for t in tokens[i + 1:i + 3] if t != "-"][:1] in (["year-old"], ["year-olds"], ["years-old"], ["yr-old"])
            whole = _AGE.fullmatch(tok) or (re.fullmatch(r"\d+(?:\.\d+)?", tok) and said_old
                                            and _AGE.fullmatch(tok + "-year-old"))
            # "for 6-month-olds" where the age is kept in months (age_months, age_mo)
            young = _AGE_YOUNG.fullmatch(tok)
            if young and _PERIOD[young.group(2)] in {_PERIOD.get(w) for w in name_words(age_col)}:
                whole = young
            if whole:
                out.append((Condition(column=age_col, op="==", value=parse_number(whole.group(1))), {i}))
    return out
