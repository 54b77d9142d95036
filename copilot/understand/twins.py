"""Twin columns a role's words fit equally (churned30d / churned90d, sbp / dbp, poverty_rate / poverty_ratio,
diet_quality / diet_quality_v2, LIGHT_POLL_IDX / LIGHT_POLLUTION_RATIO): which one the words beside the
mention pick, or one short question naming both. Split from `clarify.py`."""

from __future__ import annotations

import re
from typing import Any

from copilot.understand.analysis import Analysis
from copilot.understand.base import ParseOutcome
from copilot.understand.clarify import ask_for
from copilot.understand.degree_words import dimension_of
from copilot.understand.match_words import MEASURE_UNITS
from copilot.understand.phrase_words import COMPARATIVES
from copilot.understand.text import DETERMINERS, ColumnInfo, name_parts, spells_column, tokenize
from copilot.understand.typos import _known_words


def _same_word(x: str, y: str) -> bool:
    """One name word, maybe written shorter in one name (poll ~ pollution, moist ~ moisture); not a word
    that another word extends into a compound (road ~ roadkill: ROAD_KM is no twin of ROADKILL_POST)."""
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    rest = long_[len(short):]
    return len(short) >= 4 and long_.startswith(short) and not (len(rest) >= 3 and rest in _known_words())


def _shortened(x: str, y: str) -> bool:
    """One word written shorter in the other name (poll / pollution; not a plural: loan / loans)."""
    return _same_word(x, y) and abs(len(x) - len(y)) >= 3


def _words_fit(text: str, c: ColumnInfo) -> bool:
    """Every word of the phrase is a word of the column's name, maybe written shorter there."""
    words = [w.replace("-", "") for w in tokenize(text) if w not in DETERMINERS and re.search(r"[a-z]", w)]
    return bool(words) and all(any(_same_word(w, x) for x in c.words) for w in words)


def _twins(a: ColumnInfo, b: ColumnInfo) -> bool:
    """Columns that differ in one name word only (poverty_rate / poverty_ratio, sbp / dbp, couponSent /
    couponRedeemed, LIGHT_POLL_IDX / LIGHT_POLLUTION_RATIO): words that fit one fit the other unless they say
    that word."""
    wa, wb = _glued(a.words), _glued(b.words)
    differ = [(x, y) for x, y in zip(wa, wb) if x != y and not _shortened(x, y)]
    # (or one measure in two units of mass per area: YLD_KGHA / YLD_T_HA)
    if (ua := _unit_tail(a.words)) and (ub := _unit_tail(b.words)) and ua[0] == ub[0] and ua[1] != ub[1]:
        return True
    # (not a digit version: insp_score / insp_score2 are two versions, read by `_versions`)
    return len(wa) == len(wb) and len(differ) == 1 and not _digit_version(*differ[0])


def _digit_version(x: str, y: str) -> bool:
    """One word is the other with a number after it (score / score2)."""
    return x != y and (x == y.rstrip("0123456789") or y == x.rstrip("0123456789"))


def _glued(words: list[str] | tuple[str, ...]) -> list[str]:
    """A name's words with a number kept on the word before it: DNF_RATE_LAST5 is dnf, rate, last5 (a twin
    of DNF_RATE_SEASON), as mhd_m3 is mhd, m3."""
    out: list[str] = []
    for w in words:
        if w.isdigit() and out and out[-1].isalpha():
            out[-1] += w
        else:
            out.append(w)
    return out


# a version's suffix and the words that name it: a lab reading is another version of the measure (peakpower /
# peakpower_lab, OIL_PCT / OIL_PCT_LAB, "lab-measured"), and so is an adjusted one (LGE_PTS / LGE_PTS_ADJ, "the
# adjusted NPS"), a standardised or a corrected one (cpue / cpue_std, SUBSIDENCE_CM / SUBSIDENCE_CM_CORR)
_SUFFIX_SAID = (("lab", r"\blab(?:oratory)?\b"), ("adj(?:usted)?", r"\badj(?:usted)?\b(?! for)"),
                ("std", r"\b(?:std|standardi[sz]ed)\b"), ("corr(?:ected)?", r"\bcorr(?:ected)?\b"))
# (the suffix after a separator, or capitalised after a lower-case letter: peakpowerLab)
_VERSION = re.compile(r"(?:[_ ]?v(?:er)?\d+|[_ ]new|[_ ]revised|[_ ]rev|[_ ]old|[_ ]orig|" + "|".join(
    rf"[_ ]{suffix}|(?-i:(?<=[a-z]){suffix[0].upper()}{suffix[1:]})" for suffix, _ in _SUFFIX_SAID) + r")$", re.IGNORECASE)


# a second version written as a digit right after the name (reading / reading2, HLTH_INSP_SCR2), the
# plain name being a column too (mhd_m3 / mhd_m6 are months, and neither is the other's plain name)
_DIGIT_VERSION = re.compile(r"(?<=[A-Za-z]{2})[2-9]$")


def _versions(col: str, info: dict[str, ColumnInfo]) -> list[str]:
    """Other versions of one measure (diet_quality / diet_quality_v2, blunderRate / blunderRateV2): words
    that fit one fit the other unless they say which version."""
    base = _VERSION.sub("", col)
    return [c for c in info if c != col and (
        _same_base(_VERSION.sub("", c), base) and bool(_VERSION.search(c) or _VERSION.search(col))
        or _DIGIT_VERSION.sub("", c) == col or _DIGIT_VERSION.sub("", col) == c)]


_RATE_SUFFIX = re.compile(r"[_ ]?(?:rt|rate|ratio|pct|percent)$", re.IGNORECASE)
_COUNT_SAID = re.compile(r"\b(?:number|count|how many|total)\b")
_RATE_SAID = re.compile(r"\b(?:rates?|ratios?|rt|share|percent(?:age)?|proportion|pct|fraction)\b|%")


def _rates_of(col: str, info: dict[str, ColumnInfo]) -> list[str]:
    """The rate beside a numeric count of the same name (nestSuccess / nestSuccessRate, MARGIN / MARGIN_PCT)."""
    return [a for a in info if a != col and a.lower().startswith(col.lower()) and _RATE_SUFFIX.fullmatch(a[len(col):])
            and info[a].type == info[col].type == "numeric"]


def _same_base(a: str, b: str) -> bool:
    """One measure's name, the one maybe written shorter (SOIL_MOIST / SOIL_MOISTURE of SOIL_MOISTURE_V2)."""
    if a == b:
        return True
    pa, pb = name_parts(a), name_parts(b)
    # (or three letters the other word starts with, two letters short of it: GEM_VALUE of GEM_VAL_V2; not REV_WK of
    # REVIEWS_WK_V2)
    return len(pa) == len(pb) and all(_same_word(x, y) or min(len(x), len(y)) == 3 and abs(len(x) - len(y)) <= 2
                                      and x.isalpha() and y.isalpha() and (x.startswith(y) or y.startswith(x))
                                      for x, y in zip(pa, pb))


def _version_fits(col: str, beside: str) -> bool:
    """The words beside a mention pick this version: 'new', 'revised', 'v2' a versioned name; 'old',
    'original' the plain one. Without such words, or when they point at the other version, ask."""
    newer = re.search(r"\b(?:v[2-9]|new|newer|revised|updated|latest|second)\b", beside.lower()) or any(
        re.search(f"{suffix}$", col, re.IGNORECASE) and re.search(said, beside.lower()) for suffix, said in _SUFFIX_SAID)
    older = re.search(r"\b(?:v1|old|older|original|first|raw|unadjusted)\b", beside.lower())
    versioned = bool(_VERSION.search(col) or _DIGIT_VERSION.search(col))
    return bool(newer and versioned and not older or older and not versioned and not newer)


_VERSION_WORD = r"(?:v[1-9]|new|newer|old|older|original|revised|updated|latest|first|second)\b"
_VERSION_SAID = re.compile(rf"\b(?:on|in|using|by|under|with|per) (?:the |their |our |a )?{_VERSION_WORD}"
                           r"(?: [a-z0-9-]+){0,2}? (?:scale|survey|measure|version|reading|index|score|rating|form|"
                           r"questionnaire|instrument|metric|measurement)s?\b")
_VERSION_USE = re.compile(rf"^[.?!;] (?:please )?(?:use|using|take) (?:the )?{_VERSION_WORD}")


def _version_said_after(tokens: list[str], end: int) -> str:
    """A version named later in the clause ("taste ratings on the new scale", "on the v2 survey"), as words
    to read beside the mention ("" when none)."""
    stop = next((k for k in range(end, len(tokens)) if tokens[k] in {".", "?", "!", ";"}), len(tokens))
    # (or told in a sentence of its own: "... would the set come out firmer? Use the newer set rating.")
    hit = _VERSION_SAID.search(" ".join(tokens[end:stop])) or _VERSION_USE.search(" ".join(tokens[stop:]))
    return " " + hit.group(0) if hit else ""


_AMOUNT = re.compile(r"\b(?:more|less|fewer|extra|additional|longer|shorter|higher|lower|bigger|smaller|larger|size|"
                     r"amount|amounts|dose|doses|dosage|level|levels|number|much|many|hours?|days?|weeks?|months?|"
                     r"minutes?|intensity|duration|length|type|types|kind|kinds|which|value|rate|per|\d[\d.,]*)\b")


def _part_said(tokens: list[str], m: Any, own: ColumnInfo, rival: ColumnInfo) -> bool:
    """A word beside the mention writes the one name part that sets the matched column apart from its
    twin ("morning queues": queue_am, not queue_pm; "evening waits": wait_pm). A number and its unit count as
    one part (retention12m: "12m")."""
    from copilot.understand.qualifiers import _names_part

    a, b = list(own.words), list(rival.words)
    if len(a) != len(b):  # (WAIT_MIN_AVG / WAIT_MIN_P90: a number kept on its word)
        a, b = _glued(a), _glued(b)
    diff = [k for k in range(len(a)) if len(a) == len(b) and a[k] != b[k]]
    if len(diff) != 1:
        return False
    k = diff[0]
    unit = a[k + 1] if k + 1 < len(a) and a[k].isdigit() and a[k + 1].isalpha() and len(a[k + 1]) <= 2 else ""
    mine, theirs = a[k] + unit, b[k] + unit  # retention12m: (retention, 12, m) -> "12m"
    after = (m.end, m.end + 1) if tokens[m.end:m.end + 1] == ["per"] else (m.end,)  # "yield per hectare"
    near = [p for k in (m.start - 2, m.start - 1, *after) if 0 <= k < len(tokens)
            for p in tokens[k].split("-") if len(p) >= 3 and p.isalpha()]
    return any(_names_part(p, mine) for p in near) and not any(_names_part(p, theirs) for p in near)


_AREA = {"ha": "ha", "hectare": "ha", "hectares": "ha", "m2": "m2", "acre": "ac", "acres": "ac", "ac": "ac"}


def _unit_of(words: list[str] | tuple[str, ...]) -> str | None:
    """The unit a name's own words write: one unit ("l", "kg"), or a mass per area ("t ha", glued "kgha")."""
    from copilot.understand.measure_units import unit_word

    mass = MEASURE_UNITS | {"t"}
    if len(words) == 2 and unit_word(words[0]) in mass and words[1] in _AREA:
        return f"{unit_word(words[0])}/{_AREA[words[1]]}"
    if len(words) != 1:
        return None
    word = words[0]
    if unit_word(word) in MEASURE_UNITS:
        return unit_word(word)
    return next((f"{unit_word(word[:k])}/{_AREA[word[k:]]}" for k in range(1, len(word))
                 if unit_word(word[:k]) in mass and word[k:] in _AREA), None)


def _unit_tail(words: list[str] | tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """A name's words before a mass-per-area unit at its end, and the unit (yld, "kg/ha" of YLD_KGHA)."""
    for k in (2, 1):
        if len(words) > k and (u := _unit_of(words[-k:])) is not None and "/" in u:
            return tuple(words[:-k]), u
    return None


def _unit_said(tokens: list[str], m: Any, options: list[str], info: dict[str, ColumnInfo]) -> str | None:
    """Of twins whose names differ only by a unit (fuel_used_l / fuel_used_kg), the one whose unit is said within
    a few words of the mention ("fuel burned in litres", "the litres of fuel")."""
    from copilot.understand.measure_units import unit_word

    units = {}
    shared = set.intersection(*(set(info[x].words) for x in options))
    for o in options:
        if (u := _unit_of([w for w in info[o].words if w not in shared])) is None:
            return None
        units[o] = u
    window = tokens[max(0, m.start - 3):m.start] + tokens[m.end:m.end + 4]
    near = {unit_word(w) for w in window} | {  # ("yield in tonnes/ha": YLD_T_HA, not YLD_KGHA)
        f"{unit_word(a)}/{_AREA.get(b)}" for a, p, b in zip(window, window[1:], window[2:]) if p in ("/", "per")}
    fits = [o for o, u in units.items() if u in near]
    return fits[0] if len(fits) == 1 else None


def _received(options: list[str], info: dict[str, ColumnInfo], tokens: list[str], m: Any) -> str | None:
    """Of a treatment's twins, the one binary column (photo_tx beside photo_hrs, coupon_sent beside
    coupon_value) when the words name the treatment plainly: an effect of phototherapy is of receiving it.
    Words of amount or type around it ("longer phototherapy", "the size of the rebate") leave it asked."""
    binary = [o for o in options if info[o].type == "binary"]
    if len(binary) != 1 or len(options) != 2:
        return None
    near = " ".join(tokens[max(0, m.start - 4):m.end + 2])
    return None if _AMOUNT.search(near) else binary[0]


def _extended_by(word: str, col: ColumnInfo, info: dict[str, ColumnInfo]) -> str | None:
    """The one column whose name is `col`'s and one word more, that word the start of `word` (adjusted ~ adj)."""
    own = set(col.words)
    longer = [c.name for c in info.values() if c.name != col.name and own < set(c.words)
              and len(c.words) == len(col.words) + 1 and all(len(w) >= 3 and word.startswith(w) for w in set(c.words) - own)]
    return longer[0] if len(longer) == 1 else None


def ambiguous_role(an: Analysis, task: dict, q: str) -> ParseOutcome | None:
    """A role filled by words that fit two twin columns equally ('churn' over churned30d and churned90d,
    'blood pressure' over sbp and dbp, 'poverty' over poverty_rate and poverty_ratio) -> ask which one.
    A baseline sibling is no rival (an effect is on the value after treatment), nor is a column whose
    name the question writes."""
    from copilot.understand.qualifiers import baseline_of, is_baseline
    from copilot.understand.times import time_families, time_said_in_sentence

    info = {c.name: c for c in an.columns}
    times = time_families(an.columns)
    taken = {task.get(f) for f in ("treatment", "outcome", "mediator")}
    written = {m.column for m in an.mentions if m.identifier}
    # "effect of copper_vat on grade" (grade, grade_revised): where the question writes compound column names,
    # a word that is a whole column's name is written too
    if any(m.identifier and re.search(r"_|[a-z][A-Z]", m.column or "") for m in an.mentions):
        written |= {m.column for m in an.mentions if m.column and m.text == m.column}  # ("the rating" is no RATING)
    # "effect of Courier Delivery on Client Rating" (Client Rating, Client Rating v2): a name of plain words with
    # spaces is written in full where the words are the name ("review score" is no spelling of reviewScore)
    written |= {m.column for m in an.mentions if m.column and " " in m.column.strip()
                and m.text.lower() == m.column.lower()}
    # "mediated by the adjusted NPS" (NPS, NPS_ADJ): a written name after the one word its longer twin adds
    for m in an.mentions:
        twin = _extended_by(an.tokens[m.start - 1], info[m.column], info) if m.identifier and m.start and \
            m.column in info else None
        for field_ in ("treatment", "outcome", "mediator"):
            if twin and task.get(field_) == m.column and twin not in taken:
                task[field_] = twin
    for field_ in ("treatment", "outcome", "mediator"):
        col = task.get(field_)
        if not col or col in written or col not in info:
            continue
        before = baseline_of(col, an.columns)
        col_is_baseline = is_baseline(col, an.columns)
        for m in an.mentions:
            if m.column != col:
                continue
            if not spells_column(m.text, col) and any(o is not m and o.column == col and spells_column(o.text, col)
                                                      for o in an.mentions):
                break  # "fewer alterations ... goes through the alteration rate": the name is written elsewhere
            if m.alternatives and any(o is not m and o.column == col and o.text == m.text and not o.alternatives
                                      for o in an.mentions):
                continue  # "lowers cub survival. ... effect on 1-year cub survival": said once with its time
            # (a twin whose name writes the words shorter may not have come up: "light pollution" beside
            # LIGHT_POLLUTION_RATIO fits LIGHT_POLL_IDX as well; nor one whose number makes its name a word
            # longer: "the DNF rate" fits DNF_RATE_SEASON and DNF_RATE_LAST5 and says neither; times are read in
            # qualifiers)
            shorter = [a for a in info if a != col and a not in m.alternatives and _twins(info[col], info[a])
                       and (any(_shortened(x, y) for x, y in zip(info[col].words, info[a].words))
                            or _words_fit(m.text, info[col]) and a not in times.get(col, {})
                            and len(info[col].words) < len(info[a].words))
                       and _words_fit(m.text, info[a])]
            rivals = [a for a in [*m.alternatives, *shorter] if a not in taken and a in info and a not in before
                      and not (is_baseline(a, an.columns) and not col_is_baseline)
                      and (a in times.get(col, {}) or _twins(info[col], info[a]))]
            # (not a time tag: "next year's eGFR" dates the variable, it picks no 12-month window)
            said = [a for a in rivals if _part_said(an.tokens, m, info[a], info[col])
                    and not any(ch.isdigit() for w in set(info[a].words) ^ set(info[col].words) for ch in w)]
            if len(said) == 1:  # "yield per hectare" read as yld_kg_tr beside yld_kg_ha: the twin the words name
                task[field_] = said[0]
                break
            if (by_unit := _unit_said(an.tokens, m, [col, *rivals], info)) is not None:
                task[field_] = by_unit  # "fuel burned in litres": fuel_used_l, not fuel_used_kg
                break
            # (the part said beside any mention of the column: "shorten the queue ... through the average wait")
            rivals = [a for a in rivals if not any(_part_said(an.tokens, o, info[col], info[a])
                                                   for o in an.mentions if o.column == col)]
            beside = " ".join(an.tokens[max(0, m.start - 2):m.end + 3]) + _version_said_after(an.tokens, m.end)
            versions = _versions(col, info)
            if m.text.lower() == col.lower():  # ("does it cut opex?" beside opex_adj, cpue_std: the name as written)
                versions = [v for v in versions if not any(re.search(f"{suffix}$", v, re.IGNORECASE)
                                                           for suffix, _ in _SUFFIX_SAID)]
            picked = [c for c in [col, *versions] if (c == col or c not in taken) and _version_fits(c, beside)]
            if not rivals and versions and len(picked) == 1 and picked[0] != col:
                task[field_] = picked[0]  # "taste ratings on the new scale": the words name the other version
                break
            rivals = rivals or [a for a in versions if a not in taken and not _version_fits(col, beside)]
            # "lower pup survival" (pup_surv, pup_surv_rt): a count and its rate, the words saying neither ("the pup
            # survival rate": the rate)
            rates = [a for a in _rates_of(col, info) if a not in taken and m.text.lower() != col.lower()]
            if len(rates) == 1 and _RATE_SAID.search(beside):
                task[field_] = rates[0]
                break
            counted = _COUNT_SAID.search(" ".join(an.tokens[max(0, m.start - 4):m.end]))  # ("the number of dogs dropped")
            rivals = rivals or [a for a in rates if not counted]
            if not rivals:
                continue
            options = [col] + rivals
            if (timed := time_said_in_sentence(an.tokens, m, options, an.columns)) is not None:
                task[field_] = timed
                break
            if field_ == "treatment" and (given := _received(options, info, an.tokens, m)) is not None:
                task[field_] = given  # "the effect of phototherapy" (photo_tx, not photo_hrs): receiving it
                break
            # "a thicker coat" (coat_um, not coat_type), "more boxes" (box_count): more of a quantity, where the
            # name writes the dimension the comparative names ("a longer lane" beside lane_km stays asked)
            word_before = an.tokens[m.start - 1] if m.start else ""
            dims = dimension_of(word_before)
            numeric = [o for o in options if info[o].type == "numeric" and (not dims or dims & set(info[o].words))]
            if word_before in COMPARATIVES | {"more", "fewer", "less"} and len(numeric) == 1:
                task[field_] = numeric[0]
                break
            # "sleep longer" (slp_hrs, not slp_qual): a comparative of a dimension right after, which one twin writes
            word_after = an.tokens[m.end] if m.end < len(an.tokens) else ""
            dims_after = dimension_of(word_after) if word_after.endswith("er") else frozenset()
            sized = [o for o in options if info[o].type == "numeric" and dims_after & set(info[o].words)]
            if len(sized) == 1:
                task[field_] = sized[0]
                break
            partial = {**{k: v for k, v in task.items() if v is not None}, field_: None}
            out = ask_for(partial, [field_], an, q, options=options)
            out.clarification = f"By '{m.text}', do you mean {', '.join(options[:-1])} or {options[-1]}?"
            return out
    return None
