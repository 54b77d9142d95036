"""Near-synonym columns that differ by a time or scale qualifier (`sbp` / `sbp_followup`,
`hba1c` / `hba1c_fu`, `yield_t_ha` / `yield_t_ha_prev`, `earn30` / `earn30_log`).

Word matching finds the shared stem and cannot tell these apart; the question usually can ("follow-up
HbA1c", "baseline scc", "last season's yield", "earnings in logs"). When the words right around a
mention say a qualifier and the data has the mention's column with that qualifier's suffix, the mention
is that sibling. Exact identifiers are bound before this and never change.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from copilot.understand import vocab
from copilot.understand.count_words import counted_among
from copilot.understand.match_words import _code_of, _cut_ok
from copilot.understand.mentions import Mention
from copilot.understand.measure_units import unit_word
from copilot.understand.times import _IN_DAYS, _said_time, time_families, timed_twins
from copilot.understand.text import ABBREVIATIONS, ColumnInfo, _is_id, parse_number, spells_column, stem, tokenize


def _plain(tok: str) -> str:
    return tok.replace("-", "").replace("'s", "").replace("’s", "")


def siblings(columns: list[ColumnInfo]) -> dict[str, dict[str, str]]:
    """{column: {qualifier group: sibling column}}: columns whose names are the same words but for one
    suffix word of a group at either end (`sbp` / `sbp_followup`, `bmi_bl` / `bmi_fu`)."""
    groups = vocab("qualifiers")["groups"]
    families: dict[tuple[str, ...], dict[str, str]] = {}
    for c in columns:
        words = tuple(c.words)
        if len(words) > 2 and words[-2] == "v" and words[-1].isdigit():  # repeatRateV2: (repeat, rate, v2)
            words = words[:-2] + ("v" + words[-1],)
        families.setdefault(words, {}).setdefault("", c.name)
        if len(words) < 2:
            continue
        if _earlier_period(words):  # visitorsPerDayLastYr / visitorsPerDay
            families.setdefault(words[:-2], {}).setdefault("baseline", c.name)
        for base, extra in ((words[:-1], words[-1]), (words[1:], words[0])):
            bare = re.sub(r"(?<=[a-z]{2})\d+$", "", extra)  # cpue_lag1 / cpue: "lag1" is a lag
            for name, group in groups.items():
                if extra in group["suffixes"] or bare in group["suffixes"]:
                    families.setdefault(base, {}).setdefault(name, c.name)
    out: dict[str, dict[str, str]] = {}
    for members in families.values():
        if len(members) > 1:
            for col in members.values():
                out.setdefault(col, {}).update({g: other for g, other in members.items() if g and other != col})
    return out


_ARTICLES = {"the", "a", "an", "their", "its", "our"}
# a name that ends in an earlier period ("LastYr", "_prev_month") measures its twin as it was then
_EARLIER = frozenset({"last", "prev", "prior", "previous"})
_PERIODS = frozenset({"yr", "year", "y", "mo", "month", "wk", "week", "qtr", "quarter", "season"})


def said_qualifier(tokens: list[str], m: Mention, others: set[int] = frozenset()) -> str | None:
    """The qualifier group the words inside the mention, the three words before it or the words right
    after it say, if exactly one. Words of another variable's name (`others`, token positions) qualify
    nothing here ("the effect of brine pretreatment on sales" asks for no baseline of sales)."""
    groups = vocab("qualifiers")["groups"]
    window = [t for k, t in enumerate(tokens[max(0, m.start - 3):m.end], max(0, m.start - 3)) if k not in others]
    # "pre-move poverty", "post-op pain": a qualifier written as a hyphenated prefix
    before = [_plain(t) for t in window] + [t.split("-")[0] for t in window if "-" in t.strip("-")]
    after = " ".join(_plain(t) for t in tokens[m.end:m.end + 4])
    # "the change in EUI", "the biggest improvement in sprint times": the phrase ends right at the variable
    lead = " " + " ".join(_plain(t) for t in tokens[max(0, m.start - 4):m.start] if t not in _ARTICLES)
    hits = {name for name, g in groups.items()
            if any(w in g["words"] for w in before) or any(after.startswith(_plain(p)) for p in g["after"])
            or any(lead.endswith(" " + p) for p in g.get("before", ()))}
    return hits.pop() if len(hits) == 1 else None


def apply_qualifiers(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                     fixed_at: set[int]) -> list[Mention]:
    """Mentions moved to the qualified sibling column their words ask for (`fixed_at`: start tokens of
    identifiers written as code, which never move): a qualifier word ('follow-up', 'baseline'), a time
    ('90-day churn' -> churned90d, 'season-2 win rate' -> win_rate_s2), and, when nothing qualifies a
    variable, its current value rather than its baseline ('yield' -> yield_t_ha, not yield_t_ha_prev)."""
    sib = siblings(columns)
    times = time_families(columns)
    pairs = before_after(columns)
    out = []
    for m in mentions:
        if m.start in fixed_at or not m.column or spells_column(m.text, m.column) and any(
                w in qualifier_words() or any(ch.isdigit() for ch in w) for w in m.text.lower().split()[1:]):
            out.append(m)  # (a name written word for word with its qualifier: "controlling for members start")
            continue
        others = {k for o in mentions if o is not m for k in range(o.start, o.end)}
        m = _not_the_denominator(m, columns) if tokens[m.start - 1:m.start] not in (["per"], ["each"], ["every"]) else m
        m = counted_among(tokens, m, columns)  # "the number of pitchers": PITCHER_CNT_*, not PITCHER_HT_CM
        paired = is_baseline(m.column, columns) or m.column in pairs.values()
        group = said_qualifier(tokens, m, others) if sib.get(m.column) or m.column in times or m.alternatives or paired else None
        if group == "change" and "change" not in sib.get(m.column, {}):
            group = None  # "the yield gain" with no change column: the value after treatment, as for "yield"
        target = sib.get(m.column, {}).get(group or "") or _twin_said(m.column, pairs, group)
        if not target and m.column not in times and (tagged := timed_twins(m.column, columns)):
            # "12-month HbA1c" over hba1c / hba1c_12m: the twin tagged with the time said beside the words
            target = _said_time(tokens, m, tagged)
        if not target and m.column in times:
            before = [c for c, (_, u) in times[m.column].items() if u == "b"]
            if group == "baseline" and len(before) == 1:  # "baseline KOOS" beside koos_12w: koos_bl
                target = before[0]
            elif group == "followup" and _FINAL & set(tokens[max(0, m.start - 3):m.start]):
                target = _last_measured(times[m.column])  # "the final pH" over ph_d3 / ph_d21: ph_d21
            else:
                target = _said_time(tokens, m, times[m.column])
        said_before = set(tokenize(m.text)) & set(vocab("qualifiers")["groups"]["baseline"]["words"])
        # (a name written as it is, "sbp" beside sbp_followup, is that column; "rent burden" may be either)
        if not target and group is None and is_baseline(m.column, columns) and not said_before and \
                not (m.text.lower() == m.column.lower() and m.column in pairs):
            # ("prior injury" names the baseline itself); 'yields' over yield_prev / yield_barrels: the
            # one rival that is no baseline holds the value after treatment
            current = [a for a in m.alternatives if not is_baseline(a, columns)]
            target = _current_of(m.column, columns) or (current[0] if len(current) == 1 else None)
        valued = any(parse_number(t) is not None for t in tokens[m.end:m.end + 4])  # "an ADL score of 6": a state
        if not target and group is None and m.column in times and not valued:
            # a baseline and one later measurement (fev1_bl, fev1_wk52), or two calendar years
            # (listeners_2022, listeners_2023), no time said: the later one
            later = [c for c, (_, u) in times[m.column].items() if u != "b"]
            # (or two quarters far enough apart to be a before and an after: bookingsQ1, bookingsQ4)
            # (or two seasons or survey waves: win_rate_s1, win_rate_s2)
            # (or two time points: sales_t1, sales_t2)
            years = sorted((n, c) for c, (n, u) in times[m.column].items() if u == "" and n > 1900 or u in "qstv" and u)
            seasons = {u for _, (_, u) in times[m.column].items()} <= {"s", "v", "t"}
            if len(years) == 2 and years[0][0] < 1900 and years[1][0] - years[0][0] < 2 and not seasons:
                years = []  # falls_q1 / falls_q2: two parallel windows, not a before and an after
            if len(later) == 1 and len(times[m.column]) == 2:
                target = later[0]
            elif len(years) == 2 == len(times[m.column]) and set(m.alternatives) <= set(times[m.column]):
                target = years[-1][1]
        if not target and m.alternatives:
            target = _word_said_beside(tokens, m, columns) or _number_said_beside(tokens, m)
        if not target and not m.identifier:
            target = _twin_word_beside(tokens, m, columns, others=others)
        # the words chose (even the column already matched): no rival left to ask about
        out.append(dataclasses.replace(m, column=target, alternatives=[]) if target else m)
    return out


_FINAL = frozenset({"final", "endline", "exit"})


def _last_measured(family: dict[str, tuple[int, str]]) -> str | None:
    """The member measured last of one variable's times in days (ph_d21 of ph_d3 / ph_d21)."""
    timed = sorted((n * _IN_DAYS[u], c) for c, (n, u) in family.items() if u in _IN_DAYS)
    return timed[-1][1] if len(timed) >= 2 and timed[-1][0] > timed[-2][0] else None


ORDINALS = {w: i for i, w in enumerate("zero first second third fourth fifth sixth".split())} | {
    w: i for i, w in enumerate("zero one two three four five six".split())} | {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_VALUE_LEAD = {"of", "at", "=", ">", "<", ">=", "<=", "over", "under", "above", "below", "than", "is", "to"}


def _number_said_beside(tokens: list[str], m: Mention) -> str | None:
    return numbered_twin(tokens, m.start, m.end, [m.column, *m.alternatives])


def numbered_twin(tokens: list[str], start: int, end: int, options: list[str]) -> str | None:
    """Of twins whose names differ only in one number (vax_uptake_1d_pct / vax_uptake_2d_pct, dose1 /
    dose2), the one whose number is said in or right beside the words start:end as a count or an
    ordinal ("first-dose uptake", "2-dose completion", "uptake of dose 2"), never as a value ("of 2")."""
    numbers = [re.findall(r"\d+", o) for o in options]
    if len(options) < 2 or len({re.sub(r"\d+", "#", o) for o in options}) != 1 or \
            any(len(n) != len(numbers[0]) for n in numbers):
        return None
    diff = [i for i in range(len(numbers[0])) if len({n[i] for n in numbers}) > 1]
    if len(diff) != 1:
        return None
    said: set[int] = set()
    for k in range(max(0, start - 3), min(len(tokens), end + 2)):
        if k > 0 and tokens[k - 1] in _VALUE_LEAD:
            continue
        for part in tokens[k].split("-"):  # "first-dose", "dose-2", "2-dose"
            if part.isdigit() and len(part) <= 2:
                said.add(int(part))
            elif part in ORDINALS:
                said.add(ORDINALS[part])
    hits = [o for o, n in zip(options, numbers) if int(n[diff[0]]) in said]
    return hits[0] if len(hits) == 1 else None


# "the number of injuries", "how many falls": the count among a count and a rate (inj_cnt, inj_rate)
_COUNT_SAID = {"number": ("cnt", "count", "num", "n"), "many": ("cnt", "count", "num", "n")}


def _not_the_denominator(m: Mention, columns: list[ColumnInfo]) -> Mention:
    """"visits" beside balls_per_visit, visits_before, visits_after: of the columns a word fits equally, one that
    has it only after "per" counts something per visit; the word names the others first (the caller keeps "for
    each bale", "per bale", which say the "per")."""
    words = {c.name: c.words for c in columns}
    said = {stem(t) for t in m.text.lower().split()}

    def per_only(col: str) -> bool:
        w = words.get(col, [])
        return any(stem(x) in said for x in w) and all(k > 0 and w[k - 1] == "per" for k, x in enumerate(w) if stem(x) in said)

    if not m.alternatives or not per_only(m.column or "") or all(per_only(a) for a in m.alternatives):
        return m
    rest = [a for a in m.alternatives if not per_only(a)]
    return dataclasses.replace(m, column=rest[0], alternatives=rest[1:] + [m.column])


def _word_said_beside(tokens: list[str], m: Mention, columns: list[ColumnInfo]) -> str | None:
    """Of the columns a mention fits equally, the one whose own distinguishing word is said within three
    words of it ("attempt more quizzes" ~ quiz_attempts, not quiz_avg)."""
    info = {c.name: c for c in columns}
    options = [o for o in [m.column, *m.alternatives] if o in info]
    if len(options) < 2:
        return None
    # a name's words and their spelled-out forms (avg ~ "average")
    words = {o: set(info[o].stems).union(*info[o].aliases) for o in options}
    shared = set.intersection(*words.values())
    near = {stem(t) for t in tokens[max(0, m.start - 3):m.start] + tokens[m.end:m.end + 3] if len(t) > 3}
    near |= {w for t in tokens[max(0, m.start - 3):m.start] for w in _COUNT_SAID.get(t, ())}
    hits = [o for o in options if (words[o] - shared) & near]
    if not hits:  # "Q1 bags" ~ BAGS_Q1 beside BAGS_Q4, PRICE_BAG: a period tag said as one word
        tags = {_period_tag(t) for t in tokens[max(0, m.start - 3):m.start] + tokens[m.end:m.end + 3]} - {None}
        hits = [o for o in options if any(info[o].words[k:k + 2] == list(tag) for tag in tags
                                          for k in range(len(info[o].words) - 1))]
    return hits[0] if len(hits) == 1 else None


# a quarter said in words, and its tag ("fourth-quarter", "October-December" ~ q4)
_QUARTERS = {"first-quarter": "1", "second-quarter": "2", "third-quarter": "3", "fourth-quarter": "4",
             "january-march": "1", "april-june": "2", "july-september": "3", "october-december": "4"}


def _period_tag(word: str) -> tuple[str, str] | None:
    """The (letter, number) a name writes for a period said as one word: "q4", "y2", "w1", "fourth-quarter"."""
    if (tag := re.fullmatch(r"([a-z])(\d{1,2})", word)) is not None:
        return tag.group(1), tag.group(2)
    return ("q", _QUARTERS[word]) if word in _QUARTERS else None


def baseline_of(column: str, columns: list[ColumnInfo]) -> set[str]:
    """The columns that hold `column`'s value before treatment (its baseline / previous sibling)."""
    sib = siblings(columns).get(column, {})
    out = {sib["baseline"]} if "baseline" in sib else set()
    fam = time_families(columns).get(column, {})
    return out | {c for c, (_, u) in fam.items() if u == "b"}


# a period said as an adjective, and the name parts that write it ("annual violations" ~ viol_yr)
_PERIOD_WORDS = {"annual": {"yr", "y", "year", "annual"}, "annually": {"yr", "y", "year", "annual"},
                 "yearly": {"yr", "y", "year", "annual"}, "quarterly": {"qtr", "q", "quarter"},
                 "monthly": {"mo", "mth", "m", "month"}, "weekly": {"wk", "w", "pw", "week"}, "daily": {"d", "day"},
                 # "a year of retention" ~ retention12m; "morning queues" ~ queue_am
                 "year": {"12m", "1y", "12mo", "52w"}, "yearlong": {"12m", "1y", "12mo", "52w"},
                 "morning": {"am", "morn"}, "mornings": {"am", "morn"}, "afternoon": {"pm"}, "afternoons": {"pm"},
                 "evening": {"pm", "eve"}, "evenings": {"pm", "eve"}}


# units a name part may write, when a word of the question names them ("yield per hectare" ~ yld_kg_ha)
_UNIT_PARTS = frozenset({"ha", "kg", "km", "mi", "ft", "mm", "cm", "ml", "usd", "kts"})


def _names_part(word: str, part: str) -> bool:
    """A question word that writes a name part: the same stem, its start (adjusted ~ adj), its consonant
    code, or the period it names (annual ~ yr)."""
    w = word.lower()
    return stem(w) == stem(part) or len(part) >= 3 and w.startswith(part) and _cut_ok(w, part) or _code_of(stem(w), part) or \
        part in _PERIOD_WORDS.get(w, ()) or stem(ABBREVIATIONS.get(part, "")) == stem(w) or \
        part in _UNIT_PARTS and unit_word(w) == part  # weekday ~ wkday, "per hectare" ~ ha


def _twin_word_beside(tokens: list[str], m: Mention, columns: list[ColumnInfo], others: set[int]) -> str | None:
    """'inflation-adjusted repair cost' ~ repair_cost_adj beside repair_cost, 'annual permit violations' ~
    permit_viol_yr beside permit_viol_qtr: a word right before the mention (or right after it) writes
    the one name part by which a twin of the matched column differs from it."""
    info = {c.name: c for c in columns}
    own = info.get(m.column or "")
    if own is None or not own.words:
        return None
    bw = list(own.words)

    def differing(c: ColumnInfo) -> tuple[str | None, str | None]:
        cw = list(c.words)
        if len(cw) == len(bw) + 1 and (cw[:-1] == bw or cw[1:] == bw):
            return (cw[-1] if cw[:-1] == bw else cw[0]), None
        if len(cw) == len(bw) > 1 and cw[:-1] == bw[:-1] and cw[-1] != bw[-1]:
            return cw[-1], bw[-1]
        return None, None

    # the words right beside it ("weekend occupancy"), and one further that is no other variable's ("does
    # the course reduce triggered avalanches": the course is the treatment, not avalanche_course's twin word)
    beside = [k for k in (m.start - 1, m.end) if 0 <= k < len(tokens)] + \
        [k for k in (m.start - 2,) if k >= 0 and k not in others]
    # (not the verb of an adjustment: "spend adjusting for bride age" is no `spend adjusted`)
    beside = [k for k in beside if not (tokens[k + 1:k + 2] == ["for"] and tokens[k].startswith(("adjust", "control")))]
    near = [p for k in beside for p in tokens[k].split("-") if len(p) >= 3 and p.isalpha()]
    said = [p for t in tokens[m.start:m.end] for p in t.split("-")]
    hits = []
    for c in columns:
        if c.name == own.name or _is_id(c):
            continue
        theirs, mine = differing(c)
        if theirs and any(_names_part(p, theirs) for p in near) and \
                not (mine and any(_names_part(p, mine) for p in near + said)):
            hits.append(c.name)
    return hits[0] if len(hits) == 1 else None


def _current_of(column: str, columns: list[ColumnInfo]) -> str | None:
    """The one column holding a baseline column's value after treatment: the same words without the
    baseline suffix (yield_t_ha for yield_t_ha_prev), or with a follow-up suffix instead (bmi_fu for bmi_bl)."""
    words = next((c.words for c in columns if c.name == column), [])
    groups = vocab("qualifiers")["groups"]
    base = words[:-1] if words and words[-1] in groups["baseline"]["suffixes"] else \
        words[:-2] if _earlier_period(words) else words[1:]
    follow = set(groups["followup"]["suffixes"])
    found = [c.name for c in columns if c.name != column and (c.words == base or c.words[:-1] == base and c.words[-1] in follow)]
    if not found:  # prior_inj beside inj_6m: the one measurement of the same thing at a later time
        base_stems = tuple(stem(w) for w in base)
        found = [c.name for c in columns if c.name != column and c.untimed and c.untimed == base_stems]
    return found[0] if len(found) == 1 else before_after(columns).get(column)


def is_baseline(column: str, columns: list[ColumnInfo]) -> bool:
    """A column holding a value before treatment (`bmi_bl`, `ridership_prev`, `income_pre`)."""
    words = next((c.words for c in columns if c.name == column), [])
    suffixes = vocab("qualifiers")["groups"]["baseline"]["suffixes"]
    return bool(words) and (words[-1] in suffixes or words[0] in suffixes or _earlier_period(words)) or \
        column in before_after(columns)


def _earlier_period(words: list[str] | tuple[str, ...]) -> bool:
    """A name that ends in an earlier period ("visitorsPerDayLastYr", "sales_prev_month")."""
    return len(words) > 2 and words[-2] in _EARLIER and words[-1] in _PERIODS


def _twin_said(column: str, pairs: dict[str, str], group: str | None) -> str | None:
    """Of a before/after pair named anywhere in the names (`before_after`), the one the qualifier said
    picks: 'end-of-course reading' ~ reading_level_exit, 'an entry weight of 350 kg' ~ wt_in_kg."""
    if group not in ("baseline", "followup"):
        return None
    after = pairs.get(column)
    before = [b for b, a in pairs.items() if a == column]
    if group == "followup":
        return after or (column if before else None)
    return before[0] if len(before) == 1 else (column if after else None)


def before_after(columns: list[ColumnInfo]) -> dict[str, str]:
    """{column: the one column that measures it again after treatment} (`_after_twin`), for every column
    that has such a twin: worked out once per set of names (`is_baseline` asks for every mention)."""
    return dict(_before_after(tuple((c.name, tuple(c.words)) for c in columns)))


@functools.lru_cache(maxsize=256)
def _before_after(names: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, str], ...]:
    columns = [ColumnInfo(name=n, words=list(w)) for n, w in names]
    return tuple((c.name, after) for c in columns if (after := _after_twin(c.name, columns)))


def _after_twin(column: str, columns: list[ColumnInfo]) -> str | None:
    """The one column that measures a column again after treatment, its before-word anywhere in the name
    and an after-word in its place in the twin's: yield_pre_kg_m2 / yield_post_kg_m2,
    reading_level_entry / reading_level_exit, thc_pct_preharv / thc_pct_harv."""
    words = next((c.words for c in columns if c.name == column), [])
    pairs = vocab("qualifiers")["before_after"]
    before = set(vocab("qualifiers")["groups"]["baseline"]["suffixes"]) | set(pairs["before"])
    after = set(vocab("qualifiers")["groups"]["followup"]["suffixes"]) | set(pairs["after"])
    found = set()
    for i, w in enumerate(words):
        rest = w[3:] if w.startswith("pre") and len(w) >= 6 else None  # preharv ~ harv / postharv
        if w not in before and rest is None:
            continue
        for c in columns:
            if c.name == column or len(c.words) != len(words) or c.words[:i] != words[:i] or c.words[i + 1:] != words[i + 1:]:
                continue
            if (w in before and c.words[i] in after) or (rest and c.words[i] in (rest, "post" + rest)):
                found.add(c.name)
    if not found and words:  # rent_burden / rent_burden_post: the bare name is the value before
        found = {c.name for c in columns if len(c.words) == len(words) + 1 and c.words[:-1] == words
                 and c.words[-1] in _AFTER_TAGS}
    return found.pop() if len(found) == 1 else None


# an after-word a follow-up adds to the bare name of its baseline (not a window: wt / wt_12m are parallel)
_AFTER_TAGS = frozenset({"fu", "followup", "post", "after", "end", "endline", "final", "exit", "later"})


@functools.lru_cache(maxsize=1)
def qualifier_words() -> frozenset[str]:
    """Words that say how or when a variable is measured ("baseline", "post", "last"), not which one (a
    change said, "change", "gain", is a verb as often: not one of them)."""
    groups = [g for name, g in vocab("qualifiers")["groups"].items() if name != "change"]
    return frozenset(w for g in groups for w in g["words"] + g["suffixes"] if not w.isdigit())
