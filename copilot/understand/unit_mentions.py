"""Mentions that name the units a question is about, or a time, not a variable: "which herds should get
it" (herd_sz), "fewer players churn" (playerAge), "for which tour companies" (TOUR_LEN_MIN), "last year's
CPUE" (the `year` column), "keep students enrolled" (enroll_date). Split from `qualifiers.py`; names written
as code always stay."""

from __future__ import annotations

import re

from copilot.understand.mentions import Mention
from copilot.understand.phrase_words import _CHANGE_VERBS
from copilot.understand.qualifiers import _plain, qualifier_words
from copilot.understand.text import ColumnInfo, stem
from copilot.understand.units import _plural, said_of_a_unit


_UNIT_ARTICLE = {"a", "an", "each", "every", "per", "for", "among", "in", "of"}
_UNIT_CLAUSE = {"with", "that", "who", "which", "where", "whose", "without", "having"}
_PICK_NEXT = {"should", "to", "would", "could", "get", "deserve", "need", "ought", "must", "/", "or"}
_COUNT_WORDS = {"cnt", "count", "counts", "n", "num", "number", "total", "qty"}
_KIND_WORDS = {"type", "kind", "class", "category", "cat", "group", "grp"}  # a name's word for the units' kind
_CAUSATIVE = {"help", "helps", "helped", "helping", "make", "makes", "made", "making", "let", "lets", "letting"}
_UNIT_LEAD = {"which", "what", "whose", "fewer", "many", "all", "these", "those", "other", "more", "most"}
_AMOUNT_LEAD = {"fewer", "many", "more", "most"}
# what may follow a counted noun that ends the phrase ("fewer sunburns if they had ...", "more falls?"):
# the noun is then the thing counted, not the units doing something ("fewer players churn")
_PHRASE_END = {"?", ".", ",", "!", ";", ":", "if", "had", "than", "over", "in", "at", "per", "after", "within",
               "by", "and", "or", "during", "across", "from", "each", "every", "a", "an", "the", "this", "next", ""}


def drop_unit_nouns(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                    fixed_at: set[int]) -> list[Mention]:
    """Drop mentions that name no variable. "which herds should get it" -> herd_sz, "fewer players churn"
    -> playerAge: a plural noun
    after which/fewer/all/a number names the units the question is about, and matching it to a column
    that only starts with that word (a size, an age, an id of the unit) would make that column a role."""
    words = {c.name: c.words for c in columns}
    grouping = {c.name for c in columns if c.type in {"categorical", "text", "id"}}
    ids = {c.name for c in columns if c.type == "id"}
    examples = {c.name: c.examples for c in columns}
    dates = {c.name for c in columns if c.type == "date"}
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        tok = tokens[m.start] if m.end - m.start == 1 else ""
        prev = tokens[m.start - 1] if m.start else ""
        cw = words.get(m.column or "", [])
        nxt = tokens[m.end] if m.end < len(tokens) else ""
        # ... unless the column's other words only say when it was measured (FALLS_POST: "the most falls"),
        # or count the noun after a number ("with 100000 followers" ~ follower_cnt)
        counted = prev.replace(",", "").isdigit() and bool(set(cw[1:]) & _COUNT_WORDS) or \
            prev in _AMOUNT_LEAD and "per" in cw[1:]  # "more sessions" ~ sessionsPerWk: the noun counted per week
        same_word = len(cw) >= 2 and tok.rstrip("s") == cw[0].rstrip("s") and not counted and not all(
            w in qualifier_words() or any(ch.isdigit() for ch in w) or len(w) == 1 for w in cw[1:])  # falls_6m: 6, m
        unit = m.start not in fixed_at and same_word and (
            # (not the object of a verb: "running more workshops keeps members")
            (tok.endswith("s") and ((prev in _UNIT_LEAD and not (prev in _AMOUNT_LEAD and (
                nxt in _PHRASE_END or m.start >= 2 and tokens[m.start - 2].endswith("ing"))))
                                    or prev.replace(",", "").isdigit()
                                    # "which sheep flocks should ...": one word of description between
                                    or tokens[m.start - 2:m.start - 1] == ["which"] and prev.isalpha() and nxt in _PICK_NEXT))
            # "in a herd with ...", "for herds that don't ...": the unit a clause describes ("when a ward has 12
            # nurses": a condition said of it)
            or (prev in _UNIT_ARTICLE and nxt in _UNIT_CLAUSE) or said_of_a_unit(tokens, m.start, m.end)
            # "stop the worms crawling out", "keep the pupils from leaving": the units an act is kept from
            or (prev == "the" and tok.endswith("s") and tokens[m.start - 2:m.start - 1] in (["stop"], ["keep"], ["prevent"])
                and (nxt.endswith("ing") or nxt == "from"))
            # "when the crane had a tracking unit fitted"
            or (prev == "the" and tokens[m.start - 2:m.start - 1] in (["when"], ["if"], ["where"], ["once"])
                and nxt in {"has", "had"} and tokens[m.end + 1:m.end + 2] in (["a"], ["an"]))
            or (prev == "the" and tok.endswith("s") and nxt in _UNIT_CLAUSE)  # "the mothers who did not join"
            # "giving translators an English template": who receives what is given
            or (tok.endswith("s") and prev in _GIVING and nxt in {"a", "an", "the", "extra", "more", "free"}))
        # "which vineyard blocks should we irrigate", "for which kinds of cases should ...": the units a
        # decision rule picks, named by a grouping column, are not what is given to them
        lead = [t for t in tokens[max(0, m.start - 3):m.start] if t not in {"kinds", "types", "of", "sorts"}]
        picked = m.start not in fixed_at and m.column in grouping and (
            lead[-1:] in (["which"], ["whom"]) or (lead[-2:-1] == ["which"] and lead[-1].isalpha())) and \
            tokens[m.end - 1].endswith("s") and nxt in _PICK_NEXT
        # a qualifier word alone ("log", "post", "baseline") says how a variable is measured, not which one
        qualifier_only = m.start not in fixed_at and tok and _plain(tok) in qualifier_words()
        # "which drivers should ...", "for which runners do ...", "for runners who wore ...", "do roasters
        # that train ...", "for wells in the programme": the units, even where the plural only partly
        # matches a word of a longer name (years_driving, long_runs, roast_level, WELL_AGE_YR)
        partial_unit = m.start not in fixed_at and not m.identifier and tok.endswith("s") and \
            m.score < 0.95 and len(cw) >= 2 and (
                ((prev in {"which", "whose"} or tokens[m.start - 2:m.start - 1] == ["which"] and prev.isalpha())
                 and nxt in _PICK_NEXT | {"do", "does", "did", "is", "are", "benefit", "gain", "see"})  # "which print shops do"
                or nxt in {"who", "whose"} or nxt == "for" and tokens[m.end + 1:m.end + 2] == ["whom"]  # "to the drivers for whom"
                or (prev in {"for", "among", "do", "at"} and nxt in {"that", "in"}) or (prev == "on" and nxt == "that")
                or (prev in {"prioritise", "prioritize", "rank", "target"} and nxt in {"for", "by"}))  # "prioritise walls for"
        # "for which tour companies does ...": a loose word that only describes the units named after it
        nxt2 = tokens[m.end + 1] if m.end + 1 < len(tokens) else ""
        unit_modifier = m.start not in fixed_at and not m.identifier and m.score < 0.95 and m.end - m.start == 1 and \
            prev in {"which", "whose"} and _plural(nxt) and m.end not in starts and \
            nxt2 in _PICK_NEXT | {"do", "does", "did", "see", "benefit", "gain"}
        # "for farms that ...", "which groves ...": the plural of an id column's name is the units themselves
        # (and a date column's: "pharmacy-led campaigns" is no campaign_start; "the plant's energy use")
        # an id column is never a role: its name as a word ("a paid choir master") names the unit
        id_units = m.start not in fixed_at and not m.identifier and (m.column in ids or m.column in dates and tok.endswith("s"))
        # "help harpoon crews land more swordfish" (CREW_SIZE, LANDINGS): the units a causative verb makes do
        # the next variable's verb
        lead2 = [t for t in tokens[max(0, m.start - 2):m.start] if t not in {"the", "their", "its", "our"}]
        made_to = bool(lead2) and lead2[-1] in _CAUSATIVE or \
            len(lead2) == 2 and lead2[0] in _CAUSATIVE and lead2[1].isalpha()  # "help harpoon crews"
        causee = m.start not in fixed_at and not m.identifier and m.score < 0.95 and m.end - m.start == 1 and \
            tok.endswith("s") and made_to and (m.end in starts or m.end + 1 in starts and
                                               tokens[m.end] in {"more", "less", "better", "worse"}  # "make riders more confident"
                                               or tokens[m.end] in _CHANGE_VERBS)  # "helps firms cut down on ..."
        # "the harvest per acre" (YIELD_LB_AC beside ACRES): the unit a rate is counted in, not a variable
        # ("the price charged per session": a participle between)
        rate_unit = m.start not in fixed_at and not m.identifier and m.end - m.start == 1 and prev == "per" and \
            not tok.endswith("s") and any((o.end == m.start - 1 or o.end == m.start - 2 and re.fullmatch(
                r"[a-z]{3,}ed", tokens[m.start - 2])) and o.column != m.column for o in mentions)
        # "an enclosure before release" (RELEASED_N): the event a time is told by, not the count of it
        event_time = m.start not in fixed_at and not m.identifier and m.loose and m.end - m.start == 1 and \
            prev in {"before", "after", "until", "following"} and bool(set(cw) & _COUNT_WORDS) and tok not in cw
        # "how long teams take", "does it speed teams up" (teamType): the units themselves, not their kind
        kind_of = m.start not in fixed_at and not m.identifier and m.score < 0.95 and tok.endswith("s") and \
            len(cw) == 2 and cw[1] in _KIND_WORDS and stem(tok) == stem(cw[0]) and \
            prev not in {str(e).lower() for e in examples.get(m.column or "", [])}
        if not unit and not qualifier_only and not picked and not partial_unit and not id_units and not unit_modifier \
                and not causee and not rate_unit and not event_time and not kind_of:
            out.append(m)
    return out


_TIME_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "season", "term", "semester"})
_TIME_DEIXIS = frozenset({"last", "previous", "prior", "this", "next", "same", "following", "preceding", "past"})


def drop_time_references(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                         dates: frozenset[str] = frozenset()) -> list[Mention]:
    """"last year's CPUE", "the previous month's E. coli": the time word dates the variable after it (a
    lag), it is not the data's `year` column; "next season" is a time, not the `season_dt` date column; "planting
    trees closer", "opening an online shop", "keep students enrolled": the act whose date a date column keeps is
    no variable of its own (unless a time follows: "shops opened after 2019")."""
    return [m for m in mentions if m.start in fixed_at or m.end - m.start != 1 or (
                tokens[m.start] not in _TIME_NOUNS or m.start == 0 or tokens[m.start - 1] not in _TIME_DEIXIS
                or tokens[m.end:m.end + 1] != ["'s"] and m.column not in dates)
            and not (m.column in dates and (tokens[m.start].endswith("ing") or tokens[m.start].endswith("ed") and not (
                tokens[m.end:m.end + 1] and (tokens[m.end] in _DATE_INTRO or tokens[m.end][:1].isdigit()))))]


_DATE_INTRO = frozenset({"before", "after", "in", "on", "since", "during", "by", "until", "between", "from", "at"})


_GIVING = frozenset("give gives giving gave offer offers offering offered send sends sending sent provide provides "
                    "providing provided grant grants granting granted assign assigns assigning assigned".split())
