"""Finding the variables a question mentions: data columns (exact, unordered, fuzzy and partial
alias matches) when there is a profile, free noun phrases when not."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from copilot.understand.phrase_words import (_ADJ_OK, _BREAK, COMPARATIVES, _ADJUSTMENT_VERBS, _GENERIC_WORDS,
                                             MEASURE_HEADS, _CHANGE_VERBS, is_content, verb_then_object)
from copilot.understand.match_words import (_READ_AS, _abbreviation, _code_of, _seq_score, _spells, _tok_match,
                                           agent_noun_of, consonant_code_spans, longest_codes, parts_in_name)
from copilot.understand.role_words import _CV
from copilot.understand.degree_words import (amount_per_period, comparative_alone, dimension_of, how_adjective,
                                             measure_noun, sized_noun, writes_dimension)
from copilot.understand.initials import _initialisms, _initials_then_number, _word_then_initials
from copilot.understand.versus import levels_compared
from copilot.understand.text import (_SHORT_WORDS, DETERMINERS, FUNCTION_WORDS, STOP_INSIDE,
                                     TIME_UNIT_WORDS, ColumnInfo, _is_id, hyphens_joined, name_parts,
                                     number_word_first, parse_number, stem, synonyms, tokenize)


LOOSE_MATCH = 0.9  # a mention scored below this matched its column only in part or by spelling


@dataclass
class Mention:
    """A span of the question that names a variable: a data column or, with no data, a free phrase."""

    start: int  # token index
    end: int  # exclusive
    text: str
    column: str | None = None
    score: float = 1.0
    alternatives: list[str] = field(default_factory=list)  # other columns that fit about as well
    identifier: bool = False  # the user wrote the column's name as code (`wt82_71`, soil_nitrogen_post)

    @property
    def loose(self) -> bool:
        """A partial or fuzzy match of one word ('trip' ~ tripKm), not the name nor an identifier."""
        return self.end - self.start == 1 and self.score < LOOSE_MATCH and not self.identifier

    @property
    def key(self) -> str:
        return self.column or self.text


_PER_TIME_WORDS = frozenset({"hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually"})
_ONE_TIME = frozenset({"hour", "day", "week", "month", "year"})
_COUNTED_TIMES = frozenset({"years", "yrs", "days", "hours", "hrs", "months", "mos", "weeks", "wks"})


def _at_least(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'2+ doses' ~ TT2PLUS, '4+ visits' ~ anc_4plus: a count written with a plus sign, and the noun it
    counts, name the column whose name writes that count and "plus"."""
    out: list[tuple[float, int, int, str]] = []
    for i in range(len(tokens) - 1):
        if not tokens[i].isdigit() or tokens[i + 1] != "+":
            continue
        end = i + 3 if i + 2 < len(tokens) and tokens[i + 2].isalpha() and tokens[i + 2] not in FUNCTION_WORDS else i + 2
        out += [(0.95, i, end, c.name) for c in columns if not _is_id(c) and any(
            c.words[k:k + 2] == [tokens[i], "plus"] for k in range(len(c.words) - 1))]
    return out


def _two_letter_codes(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'their PR' ~ prBaseline / prFollowUp: a two-letter word that is no English word and opens the names
    of columns (which their other words then tell apart)."""
    out: list[tuple[float, int, int, str]] = []
    for i, t in enumerate(tokens):
        if len(t) != 2 or not t.isalpha() or t in _SHORT_WORDS or t in DETERMINERS or t in FUNCTION_WORDS:
            continue
        owners = [c.name for c in columns if not _is_id(c) and len(c.words) > 1 and c.words[0] == t]
        out += [(0.6, i, i + 1, name) for name in owners]
    return out


def _spells_initials(span: tuple[str, ...], alias: tuple[str, ...], col: ColumnInfo) -> bool:
    """False where `alias` is the initials made from the column's own words (FERM_TEMP_C -> ftc) and the
    phrase is neither that acronym nor words that begin with its first letters one by one ("neighbourhood
    poverty" ~ nbhd_poverty_rate, npr): such a code is an acronym the question may write ("FTC"), not a
    cryptic name whose letters hide inside words ("food-safety certification" is no f-t-c, "further
    changes" no FERMENT_TEMP_C, "advertising" no avgDayRate)."""
    if not col.initials or alias != (col.initials,):
        return True
    return span == alias if len(span) == 1 else col.initials.startswith("".join(w[:1] for w in span))


def _works_by(tokens: list[str], i: int) -> bool:
    """'seems to work by lowering defects', 'works through', 'is thought to act by', 'flows through': the verb
    of a mechanism story, not `WORKERS` nor flowSpeedMs."""
    return tokens[i] in MECHANISM_VERBS and tokens[i + 1:i + 2] in (["by"], ["through"], ["via"])


MECHANISM_VERBS = frozenset({"work", "works", "worked", "working", "act", "acts", "acted", "acting", "operate",
                             "operates", "flow", "flows", "flowed", "flowing", "pass", "passes", "passed", "passing",
                             "run", "runs", "ran", "running"})


def _adjusting(tokens: list[str], i: int) -> bool:
    """A verb of adjustment ("controlling for", "holding age fixed"); "conditioning" or "matching" before
    a noun ("the conditioning programme", "a matching grant") is part of a name."""
    if tokens[i] in {"adjust", "control", "account", "correct"} and tokens[i + 1:i + 2] == ["for"]:
        return True  # "Adjust for median age": the verb, not revenue_adjusted
    return tokens[i] in _ADJUSTMENT_VERBS and not (  # ("the adjusted NPS" ~ NPS_ADJ: a version's name)
        tokens[i] in {"conditioning", "matching", "adjusted"} and i + 1 < len(tokens) and tokens[i + 1].isalpha()
        and tokens[i + 1] not in {"on", "upon", "for", "by", "to", "with", "against", "at"})


def _split_words(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'E. coli' ~ ECOLI_CFU, 'FeNO' (read as 'fe no') ~ feno_ppb, 'day care' ~ daycare_hrs: two written
    words (or a letter, a full stop and a word) that together are one word of a column's name."""
    out: list[tuple[float, int, int, str]] = []
    for i in range(len(tokens) - 1):
        k = i + 2 if tokens[i + 1] == "." and len(tokens[i]) == 1 and i + 2 < len(tokens) else i + 1
        a, b = tokens[i], tokens[k]
        if not (a.isalpha() and b.isalpha()) or len(a + b) < 4 or a in DETERMINERS or b in DETERMINERS:
            continue
        # (or their stems, either way round: "weight cutting", "cutting weight" ~ weightcut)
        sa, sb = stem(a), stem(b)
        joined = {a + b, sa + sb, sb + sa} if len(sa + sb) >= 6 else {a + b}
        owners = [c for c in columns if not _is_id(c) and (a + b in c.words or joined & set(c.stems))]
        for c in owners:
            # of twins (ecoli_cfu, ecoli_cfu_lag1) the plain one first; the other stays an alternative
            plain = 0.005 * (min(len(o.words) for o in owners) - len(c.words))
            # (a compound of two whole words outranks one of them alone: "weight cutting" is not `weight`)
            whole = 0.02 if a + b not in c.words else 0.0
            out.append(((1.0 if len(c.words) == 1 else 0.8) - 0.05 * (len(owners) - 1) + plain + whole, i, k + 1, c.name))
    return out




def find_column_mentions(tokens: list[str], columns: list[ColumnInfo]) -> list[Mention]:
    """Spans that name columns: exact/unordered/fuzzy alias matches, then partial single-word ones."""
    # a hyphenated word inside a longer phrase is one word ("tele check-ins" ~ tele_checkin)
    stems = [stem(hyphens_joined(t) or t) for t in tokens]
    name_stems = {s for c in columns for s in c.stems}
    names_in_words = {tuple(c.words) for c in columns}
    cands: list[tuple[float, int, int, str]] = []
    n = len(tokens)
    # "(`region` = BS)": a level of a category written as its value names no column (bait_sqd's initials)
    levels = {str(v).lower() for c in columns if c.type in ("categorical", "text") for v in c.examples} \
        if {"=", "=="} & set(tokens) else set()
    for i in range(n):
        if not (tokens[i].isalnum() or "-" in tokens[i]) or tokens[i] in DETERMINERS or tokens[i] in STOP_INSIDE \
                or _adjusting(tokens, i) or _works_by(tokens, i) or tokens[i - 1:i] in (["="], ["=="]) and tokens[i] in levels:
            continue
        # "plastic-lined ponds" ~ lined_pond: a hyphenated first word may name the column by its last part
        # (not where the whole word is a name's word: "off-peak kWh" is offpeak_kwh, not peak_kwh; not "30-day")
        head, _, last = tokens[i].rpartition("-")
        last_part = stem(last) if head.replace("-", "").isalpha() and last and \
            stem(tokens[i].replace("-", "")) not in name_stems else None
        for j in range(i + 1, min(n, i + 6) + 1):
            if not (tokens[j - 1].isalnum() or "-" in tokens[j - 1]) or j - 1 > i and _adjusting(tokens, j - 1) \
                    and tuple(tokens[i:j]) not in names_in_words:
                break  # (nor over "adjusting for": "spend adjusting for age" is no spend_adjusted; but "deploy
                # predator control for the best Y" ~ predatorControl: the whole name)
            span = tuple(stems[k] for k in range(i, j) if tokens[k] not in STOP_INSIDE)
            if not span or tokens[j - 1] in STOP_INSIDE:
                continue
            joined = ""
            if "-" in tokens[i] and j == i + 1:  # "click-through-rate"
                span = tuple(stem(p) for p in tokens[i].split("-") if p not in STOP_INSIDE) or span  # on-time ~ on_time
                joined = tokens[i].replace("-", "")
            tail = (last_part,) + span[1:] if last_part and j > i + 1 else None
            for col in columns:
                # the name without its time tag ranks below a span that also says the time ("2021 math scores")
                best = max(max(_seq_score(span, a), _seq_score(tail, a) - 0.02 if tail else 0.0)
                           - (0.05 if a == col.untimed else 0.0) for a in col.aliases if _spells_initials(span, a, col))
                if not best and joined:  # "warm-up" ~ warmup; "re-reports" ~ RERPT_6M: its letters spell the code
                    best = max(_seq_score((stem(joined),), a) for a in col.aliases) or \
                        (0.78 if any(len(a) == 1 and _spells(joined, a[0]) for a in col.aliases) else 0.0)
                if _is_id(col) and best < 0.97:
                    continue  # identifiers only by their exact name ("students" is not student_id)
                if j == i + 1 and tokens[i] in FUNCTION_WORDS and best < 0.97:
                    continue  # "goes through oil yield": a function word names no column by its letters (throughput)
                if best > 0 and best <= 0.8 and len(span) > max(len(a) for a in col.aliases) and \
                        "on" in tokens[i + 1:j - 1] and tokens[i - 1:i] == ["of"] and tokens[i - 2:i - 1] in _EFFECT_OF:
                    continue  # "effect of low-noise shells on complaints": the effect's "on", inside no one name
                if best > 0:
                    # a longer span ranks first, but a word like "on" inside it counts less: "vaccination
                    # on brd incidence" is vax_brd on brd_incidence, not "vaccination on brd" + "incidence"
                    inner = sum(1 for k in range(i + 1, j - 1) if tokens[k] in STOP_INSIDE)
                    cands.append((best + 0.01 * (j - i) - 0.015 * inner, i, j, col.name))
    # a code spelt by initials yields to a column the same words name word for word ("starter culture" is
    # starter_cult, not the "sc" of crunch_sc)
    worded = {(i, j) for score, i, j, _ in cands if score >= 0.8}
    cands += [c for c in _initialisms(tokens, columns) + _word_then_initials(tokens, columns)
              + _initials_then_number(tokens, columns) if c[1:3] not in worded]
    cands += _split_words(tokens, columns)
    cands += _two_letter_codes(tokens, columns) + _at_least(tokens, columns) + how_adjective(tokens, columns)
    cands += levels_compared(tokens, columns) + comparative_alone(tokens, columns) + measure_noun(tokens, columns) \
        + amount_per_period(tokens, columns)
    cands += sized_noun(tokens, columns) + consonant_code_spans(tokens, columns)
    # partial: one question word equal to a distinctive word of a multi-word column ("score" -> exam_score)
    spelt = {c.name: _spelt_out(c) for c in columns}
    by_name = {c.name: c for c in columns}
    for i, t in enumerate(tokens):
        one_word = hyphens_joined(t)  # "warm-up" ~ nm_warmup, "PHQ-9" ~ phq9_bl ("first-year" is not first_gen)
        hyphened, t = bool(one_word), one_word or t
        # "fev1" ~ fev1_wk52, exactly ("180g" ~ hvy_180g: a number and its unit, where one name has it)
        coded = not hyphened and bool(re.fullmatch(r"[a-z]+\d[a-z0-9]*|\d+[a-z]+", t))
        hyphened = hyphened or coded
        if not (t.isalpha() or hyphened) or len(t) < 3 or t in DETERMINERS or t in _GENERIC_WORDS or \
                _adjusting(tokens, i) or _works_by(tokens, i) or t in FUNCTION_WORDS:
            continue
        st = stem(t)
        if i > 0 and parse_number(tokens[i - 1]) is not None and t in TIME_UNIT_WORDS or \
                tokens[i - 1:i] == ["how"] and dimension_of(t):
            continue  # "at 12 months" is a time, not earnings_monthly; "how long" is read as a dimension
        if i > 1 and is_content(tokens[i - 1]) and not {tokens[i - 1], tokens[i - 1].split("-")[0]} & _ADJ_OK and \
                tokens[i - 1] not in COMPARATIVES and not t.endswith("ed") and \
                not any(ch.isdigit() for ch in tokens[i - 1]) and not _time_span_word(tokens[i - 1]) and \
                not tokens[i - 1].endswith("ing") and tokens[i - 2] in DETERMINERS | STOP_INSIDE | {"with", "about"} and \
                not verb_then_object(tokens, i, name_stems):
            continue  # "the minimum wage" is not "hourly_wage" (but "an order priced at" is price_usd)
        # "follow-up appointments" ~ followUpNeeded90d: a hyphenated word whose parts are the name's words in a row
        pieces = tuple(stem(p) for p in tokens[i].split("-") if p) if hyphened and not coded else ()
        # the word as written where its stem loses letters a code keeps ("rating" ~ rtg, stemmed "rat") or
        # is a verb of change ("booster" ~ bst, stemmed "boost"): a code names the noun (not a plural:
        # "hours" ~ hrs is a unit, "drivers" ~ drv the units themselves)
        raw_code = not hyphened and t != st and t.isalpha() and t not in _BREAK and not t.endswith("s")
        # "earnings" ~ inc_fu: a synonym of a code's word spelt out, said as a noun of the measure (not the units,
        # "schools that installed ...", nor a verb, "paying for a coach")
        nxt = tokens[i + 1] if i + 1 < n else ""
        by_synonym = not (t.endswith("s") and nxt in _UNITS_NEXT or t.endswith("ing") and nxt in _VERB_NEXT)
        # "speak more each week" says how often: no word of weeksEnrolled
        per_time = t in _ONE_TIME and i > 0 and tokens[i - 1] in {"each", "every", "per"}
        if coded:  # "fev1" ~ fev1_wk52, "d30" ~ retainedD30: a code is one of the name's parts as written, exactly
            owners = [c.name for c in columns if not _is_id(c) and len(parts := tokenize(c.name)) > 1 and t in parts]
            owners = owners if t[0].isalpha() or len(owners) == 1 else []
        else:
            # ("yearly revenue" says when revenue is counted: no word of instructorYears)
            owners = [c.name for c in columns if len(c.stems) > 1 and not _is_id(c) and not agent_noun_of(t, c.words)
                      and not ((t in _PER_TIME_WORDS or per_time and not (_PER_TIME_WORDS | {"per"}) & set(c.words))
                               and _COUNTED_TIMES & set(c.words))
                      and (any(st == s if hyphened else _tok_match(st, s) >= 0.8 or _code_of(_READ_AS.get(st, st), s)
                               or raw_code and _code_of(t, s) for s in c.stems)
                           # ("tarsiers" ~ tars_n, whose "s" the stem cuts to a prefix too short)
                           or any(w.endswith("s") and len(stem(w)) < 4 <= len(w) and _abbreviation(t, w) >= 0.8
                                  for w in c.words)
                           or parts_in_name(pieces, c) or st in spelt[c.name] or by_synonym and synonyms(st) & spelt[c.name])]
        if len(owners) > 1 and not coded:
            owners = longest_codes(t, st, raw_code, owners, {o: by_name[o].stems for o in owners})
        # "longer sessions" beside sessionsPerWk and avgSessionMin: the comparative says which dimension
        dims = dimension_of(tokens[i - 1]) if i > 0 and tokens[i - 1] in COMPARATIVES else frozenset()
        measured = [o for o in owners if writes_dimension(by_name[o].words, dims, {"per"})]
        owners = measured or owners
        for owner in owners:
            info = by_name[owner]
            exact = coded or st in info.stems or parts_in_name(pieces, info)
            cands.append(((0.8 if exact else 0.6) - 0.05 * (len(owners) - 1), i, i + 1, owner))
    cands.sort(key=lambda c: (-c[0], c[1]))
    taken = [False] * n
    mentions: list[Mention] = []
    for score, i, j, col in cands:
        if any(taken[i:j]):
            continue
        alts = sorted({c for s, a, b, c in cands if a == i and b == j and c != col and s >= score - 0.02})
        # of twins that differ only by a plural (concussion, concussions), the one the words spell exactly
        spelt = [c for c in [col, *alts] if c.lower() == "".join(tokens[i:j])]
        # ("ride length" beside rideMins and riderAge: of a tie, the one with the word as said, not its agent noun)
        worded = [c for c in (col, *alts) if tokens[i] in by_name[c].words] if alts and j == i + 1 else []
        agent_nouns = {tokens[i] + e for e in ("r", "er", "rs", "ers")}
        if alts and len(spelt) == 1:
            col, alts = spelt[0], []
        elif len(worded) == 1 and all(agent_nouns & set(by_name[c].words) for c in {col, *alts} - set(worded)):
            col, alts = worded[0], []
        # of a tie, a column named as a random draw (PROMO_LOTTERY beside SOCIAL_PROMO) is the instrument: "the
        # promotion" names the other, unless the words say the draw
        if alts and _DRAW_WORDS & set(by_name[col].words) and not _DRAW_WORDS & set(tokens):
            plain = [a for a in alts if not _DRAW_WORDS & set(by_name[a].words)]
            if plain:
                col, alts = plain[0], sorted({col, *alts} - {plain[0]})
        for k in range(i, j):
            taken[k] = True
        mentions.append(Mention(i, j, " ".join(tokens[i:j]), col, round(min(score, 1.0), 3), alts))
    return _joined_names(tokens, sorted(mentions, key=lambda m: m.start))


_DRAW_WORDS = frozenset({"lottery", "lotto", "random", "randomised", "randomized", "instrument", "iv"})
# abbreviations whose word says what kind of quantity, not which variable (hrs, pct, num, tx)
_GENERIC_SPELT = frozenset(stem(w) for w in "years number percent average quantity amount hours minutes people count "
                           "volume duration frequency treatment history speed distance control".split())


_UNITS_NEXT = frozenset({"that", "who", "which", "where", "with", "without", "whose"})
_VERB_NEXT = frozenset({"for", "off", "back", "into", "up", "down"})


def _spelt_out(col: ColumnInfo) -> set[str]:
    """A name's abbreviations spelt out as one word each ("haemoglobin" of hb_gdl; not "hours" of hrs), and
    a letter-and-number code kept whole (o2 of O2_POST, which "oxygen" names)."""
    return {w for a in col.aliases if a != col.stems and (len(a) == len(col.stems) or "".join(a) == "".join(col.stems))
            for w in a} - set(col.stems) - _GENERIC_SPELT


_EFFECT_OF = (["effect"], ["effects"], ["impact"], ["influence"])


def _time_span_word(tok: str) -> bool:
    """A time span written with a number word ("three-year", "six-month"), which qualifies the noun after it
    as "3-year" does."""
    written = number_word_first(tok)
    return written != tok and written.partition("-")[2] in TIME_UNIT_WORDS | {"quarter", "season"}  # "second-quarter"


_COUNTS = frozenset({"count", "counts"})


def _after_another_name(mentions: list[Mention], m: Mention) -> bool:
    """The name right before `m` is another column's, which `m` is no word of ("12-month injury count" ~
    hand_inj_12m beside bskt_cnt_wk: the count is of the injuries)."""
    before = next((p for p in mentions if p.end == m.start), None)
    return before is not None and not before.identifier and before.column not in (None, m.column) and \
        m.column not in before.alternatives and before.column not in m.alternatives


def _names_its_own(word: str) -> bool:
    """A plain noun that could head a variable's name by itself ('antibody'), not an adjective, a
    comparative, a verb form or a function word."""
    return len(word) >= 4 and word.isalpha() and is_content(word) and word not in FUNCTION_WORDS | DETERMINERS \
        and not word.endswith(("er", "est", "ed", "ing", "ly", "al", "ic", "ive", "ous", "ful", "less")) \
        and not re.fullmatch(_CV, word)


def _joined_names(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """'yellow fever cases' ~ yf_case_12m: a span that fits several columns (yf_campaign, yf_case_12m)
    and the word right after it, which names one of them, are one name. A verb of change that only
    partly names a column, right before or after another name, is the verb."""
    out: list[Mention] = []
    starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
    chain = bool({"->", "→", "=>"} & set(tokens))
    for m in mentions:
        if m.loose and tokens[m.start] in _CHANGE_VERBS and (m.end in starts or m.start in ends or m.end + 1 in starts and
                                                             re.fullmatch(r"\d+-[a-z]+", tokens[m.end])) and \
                (m.start == 0 or tokens[m.start - 1] not in DETERMINERS):
            continue  # ("to cut 28-day defects" beside cut_wdth_mm: a window between)
        if m.loose and m.score <= 0.6 and m.start > 0 and tokens[m.start] in MEASURE_HEADS | _COUNTS \
                and _names_its_own(tokens[m.start - 1]) and (m.start not in ends or _after_another_name(mentions, m)):
            # "antibody levels" is no edu_lvl: a near match of a measure word, the thing measured before it; where
            # that thing is named, the measure word is the end of its name ("12-month injury count" ~ hand_inj_12m)
            if out and out[-1].end == m.start:
                p = out[-1]
                out[-1] = Mention(p.start, m.end, " ".join(tokens[p.start:m.end]), p.column, p.score, p.alternatives)
            continue
        if m.loose and tokens[m.end:m.end + 1] in (["more"], ["less"], ["fewer"]) and m.end + 1 in starts and \
                tokens[m.start - 1:m.start] == ["to"]:
            continue  # "encouraged to play more games per week": the verb of the variable after it
        prev = out[-1] if out else None
        # ("shark bycatch" ~ sharkBycatchN beside bigeyeBycatchPct: the next word fits the name this one picked;
        # "a -> longer surface intervals -> c" ~ surfaceIntervalMin: two loose words of one name between two
        # arrows of a written chain, no rival to either, are one step of it; "numbat numbers" ~ numb_3y: a loose
        # word right before a whole word of the same name is one mention with it)
        shared = None if prev is None or prev.end != m.start or prev.identifier or m.identifier else \
            m.column if prev.alternatives and m.column in prev.alternatives else \
            prev.column if prev.column != m.column and prev.column in m.alternatives else \
            m.column if m.column == prev.column and (prev.loose or m.loose) and not prev.alternatives \
            and not m.alternatives and (chain or not (prev.loose and m.loose)) else None
        if shared is not None:
            alts = prev.alternatives if shared == prev.column else []
            out[-1] = Mention(prev.start, m.end, " ".join(tokens[prev.start:m.end]), shared, max(prev.score, m.score),
                              alts)
            continue
        out.append(m)
    # "the average perch length in cm" (perchCpue_post, meanLenCm): a loose word right before a name said in
    # several words is what that name measures, the head of the compound is the variable (not where the head's
    # words are in the loose word's name too, "repeat clients" beside clients, nor where the head only spells a
    # code by its initials, "fibre target grams" ~ tg_mmol)
    # (with a noun between, "armadillo leprosy prevalence at follow-up", the name's span takes the words before it)
    kept: list[Mention] = []
    for k, m in enumerate(out):
        if k + 1 < len(out) and _modifies(tokens, m, out[k + 1]):
            if out[k + 1].start > m.end:
                head = out[k + 1]
                out[k + 1] = Mention(m.start, head.end, " ".join(tokens[m.start:head.end]), head.column, head.score,
                                     head.alternatives)
            continue
        kept.append(m)
    return kept


# words between two names that join clauses or qualify the verb ("retention once beach type is controlled for")
_NOT_NOUNS = frozenset("once when while unless until since whether where then than also even still just only "
                       "ever never very much more most less least both either neither".split())


def _modifies(tokens: list[str], m: Mention, head: Mention) -> bool:
    """`m`, a loose word, only says what the name right after it measures ("perch" before "length in cm"), maybe
    with one noun between ("armadillo leprosy prevalence at follow-up": not armadillo_density)."""
    between = tokens[m.end:head.start]
    if between and not (len(between) == 1 and len(between[0]) >= 4 and between[0].isalpha() and is_content(between[0])
                        and not re.search(r"(?:s|ed|ing|ly)$", between[0]) and not re.fullmatch(_CV, between[0])
                        and between[0] not in _NOT_NOUNS | MEASURE_HEADS | {"time"}):  # ("more sim time pass ...")
        return False
    if not (m.loose and head.end - head.start >= 2 and not head.loose and
            head.column != m.column and not tokens[m.start].endswith("s") and tokens[m.start].isalpha()):
        return False
    words = [t for t in tokens[head.start:head.end] if t.isalpha()]
    initials = "".join(t[0] for t in words)
    return not any(len(t) >= 3 and t[:4] in (m.column or "").lower() for t in words) and \
        not (len(initials) >= 2 and any(p.startswith(initials) for p in name_parts(head.column or "")))
