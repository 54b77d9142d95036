"""Times in column names and in questions: `churned30d`, `hba1c_m12`, `score_2019` carry a time tag,
and "within 90 days", "a year later", "the 2023 season" say one. Matching the two tells apart the
columns of one variable measured at several times, and names the column a phrase means when the time
is all that the phrase and the name share ("road accidents within a year" ~ crash_12m)."""

from __future__ import annotations

import re

from copilot.understand import vocab
from copilot.understand.degree_words import noun_dimension
from copilot.understand.mentions import Mention
from copilot.understand.text import NUMBER_WORDS, ColumnInfo, name_parts, number_word_first

_UNITS = {"d": "d", "day": "d", "days": "d", "w": "w", "wk": "w", "wks": "w", "week": "w", "weeks": "w",
          "m": "m", "mo": "m", "mos": "m", "month": "m", "months": "m", "y": "y", "yr": "y", "yrs": "y",
          "year": "y", "years": "y", "q": "q", "quarter": "q", "quarters": "q", "s": "s", "season": "s",
          "seasons": "s", "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "next": "", "wave": "v",
          "v": "v", "grade": "g", "g": "g", "t": "t", "": ""}
_NAME_TIME = re.compile(r"^([a-z]*?)(\d+)([a-z]*)$")
# a period word that ends a name without a number: one such period (dropout_halfyear, rebooked_quarter)
_PERIOD_NAMES = {"day": (1, "d"), "wk": (1, "w"), "week": (1, "w"), "fortnight": (2, "w"), "mo": (1, "m"),
                 "month": (1, "m"), "qtr": (1, "q"), "quarter": (1, "q"), "halfyear": (6, "m"), "yr": (1, "y"),
                 "year": (1, "y")}
_PERIOD_ADJ = {"daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
               "quarterly": "quarter", "annual": "year", "yearly": "year"}
_SAID_TIME = [re.compile(r"\b(\d+)[- ]?(days?|d|weeks?|wks?|w|months?|mos?|m|years?|yrs?|y|hours?|hrs?|h|quarters?|seasons?)\b"),
              re.compile(r"\b(days?|weeks?|wk|months?|years?|yrs?|y|quarters?|q|seasons?|s|waves?|grades?)[- ]?(\d+)\b"),
              re.compile(r"\b((?:19|20)\d\d)\b"),
              # one period said without a number: "within a month", "over the quarter", "a year on"
              re.compile(r"\b(?:a|an|the|one|next|following|first|single|past|coming|whole|entire|full)[- ]"
                         r"(days?|weeks?|fortnights?|months?|quarters?|years?)\b"),
              re.compile(rf"\b({'|'.join(_PERIOD_ADJ)})\b")]
_DAY_WINDOWS = frozenset({14, 28, 30, 60, 90, 180, 365})
_IN_DAYS = {"d": 1.0, "w": 7.0, "m": 30.44, "q": 91.31, "y": 365.25, "h": 1 / 24}


def _time_of(name: str, period_words: bool = False) -> tuple[tuple[str, ...], tuple[int, str]] | None:
    """(family key, (number, unit)) of a column whose last name part is a time: churned30d, churnedD30,
    mace_3y, win_rate_s2, hba1c_m12, score_2019, trips_next90; with `period_words`, also a name that ends in a
    period word (complaints_week) -- a time only beside a twin that ends in another (complaints_month): alone,
    VISITORS_YR is a yearly count, no window."""
    parts = name_parts(name)
    if not parts:
        return None
    if len(parts) > 1 and parts[-1] in vocab("qualifiers")["groups"]["baseline"]["suffixes"]:
        return tuple(parts[:-1]), (0, "b")  # hba1c_bl beside hba1c_m12: the time before
    m = _NAME_TIME.match(parts[-1])
    if not m and period_words and len(parts) > 1 and parts[-1] in _PERIOD_NAMES:
        return tuple(parts[:-1]), _PERIOD_NAMES[parts[-1]]  # complaints_week / complaints_month, CRIME_RPT_QTR
    if not m:
        return None
    pre, num, post = m.groups()
    if pre in _UNITS and post in _UNITS and (pre == "" or post == ""):
        unit, stem_part = _UNITS[pre or post], ""
    elif post in _UNITS and pre:
        unit, stem_part = _UNITS[post], pre  # churned30d
    else:
        return None
    if unit == "" and len(num) == 2 and not pre:
        # yld_kg_ha_21 / yld_kg_ha_23, readmit_30 / readmit_90: a two-digit number with no unit, a time
        # only when the words say one ("2023", "within 90 days")
        return tuple(parts[:-1]), (int(num), "?")
    if unit == "" and len(num) != 4 and not pre:
        return None  # a bare number ("x_2") is not a time
    return tuple(parts[:-1]) + ((stem_part,) if stem_part else ()), (int(num), unit)


def time_families(columns: list[ColumnInfo]) -> dict[str, dict[str, tuple[int, str]]]:
    """{column: {member: (number, unit)}} for columns that differ only by a time tag (two or more; a
    baseline suffix is the time before, `(0, "b")`)."""
    fams: dict[tuple[str, ...], dict[str, tuple[int, str]]] = {}
    for c in columns:
        got = _time_of(c.name, period_words=True)
        if got:
            fams.setdefault(got[0], {})[c.name] = got[1]
    return {c: fam for fam in fams.values() if len(fam) > 1 and any(u != "b" for _, u in fam.values()) for c in fam}


def timed_twins(column: str, columns: list[ColumnInfo]) -> dict[str, tuple[int, str]]:
    """{twin: (number, unit)}: the columns named `column` plus a time tag (hba1c_12m for hba1c), the name
    maybe cut short (sub_90d for subscribed)."""
    name = tuple(name_parts(column))
    return {c.name: t[1] for c in columns if (t := _time_of(c.name)) and _cut_name(t[0], name) and t[1][1] != "b"}


def _cut_name(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """`short` is `name` with words maybe cut to their first three or more letters (sub ~ subscribed)."""
    return len(short) == len(name) and all(s == w or len(s) >= 3 and w.startswith(s) for s, w in zip(short, name))


def _period(groups: tuple[str, ...]) -> tuple[int, str]:
    """(number, unit) of a time said: ("90", "days"), ("week", "12"), ("2019",), or one period ("quarter")."""
    if len(groups) == 1 and not groups[0].isdigit():  # "over the quarter", "monthly"
        word = _PERIOD_ADJ.get(groups[0], groups[0]).removesuffix("s")
        return (2, "w") if word == "fortnight" else (1, _UNITS.get(word, word[0]))
    if groups[0].isdigit():
        return int(groups[0]), (_UNITS.get(groups[1], groups[1][0]) if len(groups) > 1 else "")
    return int(groups[1]), _UNITS.get(groups[0], groups[0][0])


def _same_span(n: int, u: str, num: int, unit: str) -> bool:
    """Two times that are the same length in other units: 12m = 1 year, 90d = 3 months = a quarter."""
    if u not in _IN_DAYS or unit not in _IN_DAYS or (u == unit and n != num):
        return False
    a, b = n * _IN_DAYS[u], num * _IN_DAYS[unit]
    return abs(a - b) <= 0.1 * max(a, b)


def _said_time(tokens: list[str], m: Mention, family: dict[str, tuple[int, str]],
               reach: tuple[int, int] = (5, 6)) -> str | None:
    """The family member whose time the words nearest the mention say ('within 90 days', '3-year')."""
    lo, hi = max(0, m.start - reach[0]), min(len(tokens), m.end + reach[1])
    found: list[tuple[int, int, str]] = []
    for k in range(lo, hi):
        # "six months" = "6 months", "second-year" = "2-year", "half-year" / "half a year" = "6 months"
        text = " ".join(NUMBER_WORDS.get(t, number_word_first(t)) for t in tokens[k:k + 2])
        if tokens[k] in ("half-year", "half-yearly") or tokens[k:k + 3] == ["half", "a", "year"]:
            text = "6 months"
        for rx in _SAID_TIME:
            hit = rx.match(text) or ("-" in tokens[k] and rx.search(tokens[k]))  # "next-90-day"
            if not hit or tokens[k + 2:k + 3] == ["'s"]:  # "next year's sales": a date, not a window
                continue
            num, unit = _period(hit.groups())
            dist = m.start - k if k < m.start else max(0, k - m.end + 1)
            for col, (n, u) in family.items():
                if u == "?":  # a bare two-digit name part: a year said ("2023 yield") or the number with a unit
                    if not unit and num > 1900 and num % 100 == n or unit and num == n:
                        found.append((dist, k, col))
                    continue
                if u != "b" and (n == num and (u == unit or not u or not unit) or _same_span(n, u, num, unit)
                                 # (repeat30 / repeat90: a bare window in days, "within three months" = 90)
                                 or not u and n in _DAY_WINDOWS and _same_span(n, "d", num, unit)):
                    found.append((dist, k, col))
            break
    if not found:
        return None
    found.sort()
    best = [c for d, _, c in found if d == found[0][0]]
    return best[0] if len(set(best)) == 1 else None


def one_measure(options: list[str], columns: list[ColumnInfo]) -> dict[str, tuple[int, str]] | None:
    """{option: (number, unit)} where the options are two or more columns that are one measure taken at
    several times (yld_kg_ha_y1, yld_kg_ha_y2; wt_kg_bl, wt_kg_6m); None otherwise."""
    family = time_families(columns).get(options[0], {}) if options else {}
    if len(options) < 2 or not all(c in family for c in options):
        return None
    return {c: family[c] for c in options}


def timed_candidate(tokens: list[str], m: Mention, candidates: list[str], columns: list[ColumnInfo],
                    reach: tuple[int, int] = (5, 6)) -> str | None:
    """Of a phrase's grounding candidates that are one column measured at several times (yld_kg_ha_y1,
    yld_kg_ha_y2), the one whose time the words around the phrase say ('second-year yield'), within
    `reach` words before and after it."""
    family = one_measure(candidates, columns)
    return _said_time(tokens, m, family, reach) if family else None


def said_time_column(tokens: list[str], m: Mention, free: list[ColumnInfo], taken_tokens: set[int],
                     taken: set[str]) -> str | None:
    """The one column a phrase no column's words fit names by the time said beside it: "motor scores
    at 12 months" ~ updrs3_12m when no other free column is measured at 12 months."""
    tagged = {c.name: t[1] for c in free if (t := _time_of(c.name)) and (t[1][1] in _IN_DAYS or t[1][0] > 1900)}
    # only a time said right at the phrase ("overdose within 6 months"), not one that qualifies another
    # variable further off, nor a rate ("monthly revenue" is no 30-day window)
    near = [t if m.start - 2 <= k < m.end + 4 and k not in taken_tokens and t not in _PERIOD_ADJ else ""
            for k, t in enumerate(tokens)]
    col = _said_time(near, m, tagged) if tagged else None
    words = {w for c in free if c.name == col for w in c.words}
    # ("lynx body weight after one year" is no SURV_1Y: the phrase names a dimension the name does not write)
    if col is None or any((dims := noun_dimension(t)) and not dims & words for t in tokens[m.start:m.end]) \
            or any((tt := _time_of(t)) and _same_span(*tagged[col], *tt[1]) for t in taken):
        return None  # "three-month spending" beside spend_90d: the time is that variable's, already named
    return col


def time_said_in_sentence(tokens: list[str], m: Mention, options: list[str], columns: list[ColumnInfo]) -> str | None:
    """Of twins measured at several times, the one whose time the mention's sentence says further off
    ("How many vehicle deaths did the structures prevent in the first year" ~ VEH_MORT_1Y)."""
    start = max((k + 1 for k in range(m.start) if tokens[k] in (".", "?", "!", ";")), default=0)
    end = next((k for k in range(m.end, len(tokens)) if tokens[k] in (".", "?", "!", ";")), len(tokens))
    return timed_candidate(tokens[:end], m, options, columns, (m.start - start, end - m.end))
