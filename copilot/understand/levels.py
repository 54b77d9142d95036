"""Levels of a categorical column written in a question ('in the north', "for customers in region
'north'", 'gold-tier members', 'busia county'): the group a question asks about, as the column's
equality. Split from `points.py`, which reads numeric point values."""

from __future__ import annotations

import functools
import os
import re

from copilot.task import Condition
from copilot.understand import vocab
from copilot.understand.match_words import consonant_skeleton
from copilot.understand.mentions import Mention
from copilot.understand.text import FUNCTION_WORDS, ColumnInfo, hyphens_joined, parse_number, stem, tokenize
from copilot.understand.typos import _known_words
from copilot.understand.versus import sets_levels_against


# past participles that open a group said before a comma ("Sold online, does ...")
_IRREGULAR_PARTICIPLES = {"sold", "kept", "made", "built", "held", "bought", "fed", "bred", "run", "caught", "taught",
                          "brought", "paid", "shot", "spun", "won", "lost", "sent", "set", "put", "cut", "dug", "hung"}


def _after_participle(tokens: list[str], start: int) -> bool:
    """The question opens with one past participle right before `start` ("Sold online, ...")."""
    return start == 1 and (re.fullmatch(r"[a-z]+(?:ed|en|wn)", tokens[0]) is not None
                           or tokens[0] in _IRREGULAR_PARTICIPLES)


# (and a condition said outright: "under the condition that the horn is external", "provided", "assuming")
_GROUP_INTRO = {"among", "in", "only", "for", "within", "from", "of", "at", "with", "whose", "where", "when", "if", "on",
                "during", "under", "condition", "provided", "assuming", "supposing"}
_GIVEN = [["effect", "of"], ["impact", "of"], *([w] for w in ("received", "receive", "receiving", "given", "got"))]
_SHORT_WORDS = {"us", "in", "or", "on", "at", "it", "is", "an", "as", "be", "by", "do", "go", "he", "if", "me", "my",
                "no", "of", "so", "to", "up", "we", "ok", "hi", "am", "id"}
# a day or month written out, for data that stores its three-letter abbreviation
_CALENDAR = {stem(full): full[:3] for full in (
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december").split()}
_BEFORE_WORDS = {"prev", "previous", "prior", "preceding", "last"}  # a column of what came before (prev_crop)
_NOT_A_LEVEL = {"yes", "no", "none", "other", "unknown", "true", "false", "all", "any", "both", "missing", "na"}


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, list[str]]:
    """{country name: its adjectives} ("argentina": ["argentine", "argentinian"])."""
    out: dict[str, list[str]] = {}
    for adjective, country in vocab("countries").get("demonyms", {}).items():
        out.setdefault(country, []).append(adjective)
    return out


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, list[str]]:
    """{ISO or postal code: the names of the countries, states or provinces it stands for}."""
    names: dict[str, list[str]] = {}
    voc = vocab("countries")
    for name, codes in [*voc["countries"].items(), *voc.get("subdivisions", {}).items(), *voc.get("compass", {}).items()]:
        for code in codes:
            names.setdefault(code, []).append(name)
    for adjective, country in voc.get("demonyms", {}).items():  # "German sellers" ~ DE
        for code in voc["countries"][country]:
            names[code].append(adjective)
    return names


def _level_spellings(examples: list[str]) -> list[tuple[str, list[str]]]:
    """(level, words that write it): the level itself, and for a country code the country's names
    ('players in Brazil' ~ BR or BRA)."""
    names, adjectives = _country_names(), _demonyms()
    return [(ex, tokenize(ex)) for ex in examples] + [
        (ex, name.split()) for ex in examples if ex.isupper() for name in names.get(ex.strip(), [])] + [
        (ex, adj.split()) for ex in examples for adj in adjectives.get(ex.strip().lower(), [])] + [  # "Argentine clubs"
        (ex, [noun]) for ex in examples for noun in _ANIMAL_OF.get(ex.strip().lower(), ())] + [  # "for cats" ~ feline
        (ex, words) for ex in examples for words in _band_spellings(ex)]


def _band_spellings(level: str) -> list[list[str]]:
    """An age band written as a code, u18 or o60: 'under-18s', 'under 18s', 'over-60s' (as sports and
    surveys write them)."""
    m = re.fullmatch(r"([uo])-?(\d{1,2})", level.strip().lower())
    if not m:
        return []
    word, n = ("under" if m.group(1) == "u" else "over"), m.group(2)
    return [[f"{word}-{n}s"], [f"{word}-{n}"], [word, f"{n}s"], [word, n], [f"{m.group(1)}-{n}"], [f"{m.group(1)}{n}s"]]


# a species level written as its Latin adjective ("for cats" ~ spp feline)
_ANIMAL_OF = {"canine": ("dog",), "feline": ("cat",), "equine": ("horse",), "bovine": ("cow", "cattle"),
              "porcine": ("pig",), "ovine": ("sheep",), "caprine": ("goat",), "avian": ("bird",)}


_NOT_AN_INITIAL = frozenset({"the", "a", "an", "for", "in", "on", "at", "to", "with", "by", "among", "and", "of"})


def _split_spellings(tokens: list[str], examples: list[str]) -> list[tuple[str, list[str]]]:
    """(level, the question's words that write it) where the words split what the level writes whole: a
    camelCase name read as two words ('SunGold orchards' ~ SUNGOLD) or a code's initials ('the Bay of
    Plenty' ~ BOP, 'intensive care unit' ~ ICU; first and last word no function word)."""
    out = []
    for ex in examples:
        low = ex.strip().lower()
        if len(low) >= 5 and low.isalpha():
            out += [(ex, tokens[i:i + 2]) for i in range(len(tokens) - 1) if tokens[i] + tokens[i + 1] == low]
        # 'tier-1 cities', 'tier 1 cities' ~ tier1: a level of letters and a number, written apart
        if len(low) >= 4 and low.isalnum() and re.fullmatch(r"[a-z]+\d+|\d+[a-z]+", low):
            out += [(ex, [t]) for t in set(tokens) if "-" in t and t.replace("-", "") == low]
            out += [(ex, tokens[i:i + 2]) for i in range(len(tokens) - 1) if tokens[i] + tokens[i + 1] == low]
        if ex.strip().isupper() and ex.strip().isalpha() and 3 <= len(low) <= 4:
            w = len(low)
            out += [(ex, tokens[i:i + w]) for i in range(len(tokens) - w + 1)
                    if all(t.isalpha() for t in tokens[i:i + w]) and "".join(t[0] for t in tokens[i:i + w]) == low
                    and tokens[i] not in _NOT_AN_INITIAL and tokens[i + w - 1] not in _NOT_AN_INITIAL
                    and len(tokens[i]) >= 3 and len(tokens[i + w - 1]) >= 3]
    return out


def _level_in_paraphrase(tokens: list[str], mentions: list[Mention], c: ColumnInfo) -> str | None:
    """'among gas station retailers (store_type)': a level written in the paraphrase the identifier
    replaced, after a group word, is the group."""
    for m in mentions:
        if not (m.identifier and m.column == c.name) or "(" not in m.text:
            continue
        said = " ".join(tokenize(m.text.split("(")[0]))
        before = [t for t in tokens[max(0, m.start - 3):m.start] if t != "the"]
        if not before or before[-1] not in _GROUP_INTRO - {"of"}:
            continue
        hits = [ex for ex, words in _level_spellings(c.examples)
                if words and re.search(r"(?<!\w)" + re.escape(" ".join(words)) + r"(?!\w)", said)]
        hits.sort(key=len, reverse=True)  # "sandy loam", not "loam"
        if hits and (len(hits) == 1 or len(hits[0]) > len(hits[1])):
            return hits[0]
    return None


_LOW_END = {"poorest", "lowest", "bottom", "least", "first"}
_HIGH_END = {"richest", "wealthiest", "highest", "top", "last"}
_RANKED = {"quintile", "quartile", "tercile", "tertile", "decile", "band", "bracket", "tier"}


def _ranked_end(tokens: list[str], c: ColumnInfo) -> str | None:
    """'in the poorest wealth quintile' ~ Q1 of WEALTH_Q (levels Q1..Q5): the lowest or highest of
    ranked levels (a letter and a number), said after a group word."""
    codes = [(int(m.group(2)), ex) for ex in c.examples if (m := re.fullmatch(r"\s*([A-Za-z])(\d)\s*", ex))]
    if len(codes) < 3 or len(codes) != len(c.examples) or len({ex.strip()[0].lower() for _, ex in codes}) != 1:
        return None
    for i, tok in enumerate(tokens):
        end = min(codes) if tok in _LOW_END else max(codes) if tok in _HIGH_END else None
        if end is None or not any(t in _RANKED for t in tokens[i + 1:i + 3]):
            continue
        if any(t in _GROUP_INTRO for t in tokens[max(0, i - 3):i]):
            return end[1]
    return None


def _stem_parts(word: str) -> str:
    """A hyphenated word stemmed part by part ("B-roads" ~ "B-road")."""
    return "-".join(stem(p) for p in word.split("-"))


def _same_by_stem(word: str, level: str) -> bool:
    """'schools' ~ school, 'B-roads' ~ B-road: the level inflected; not another word that only the
    stemmer's dropped final 'e' makes alike ("in care" is no cause 'car', "a pine" no 'pin')."""
    # (nor a function word shorter than the level: "adjusting for ELEV_M and ASPECT" says no RANGE 'ANDES'; "for
    # does" is 'doe')
    return _stem_parts(word) == _stem_parts(level) and word + "e" != level and level + "e" != word and \
        not (word in FUNCTION_WORDS and len(word) < len(level))


def _compound_of(word: str, level: str) -> bool:
    """'heavyweights' ~ heavy: the level (4+ letters) joined to an English noun."""
    rest = stem(word[len(level):]) if word.startswith(level) else ""
    return len(level) >= 4 and level.isalpha() and len(rest) >= 4 and rest in _known_words()


def _other_form(word: str, level: str) -> bool:
    """'heavily thinned' ~ HEAVY (the adverb of an adjective level), 'northern' ~ north, 'Galician' ~ galicia;
    'pistachio-glazed' ~ pistache, 'vanilla' ~ vanille (a level spelt in another language: the same long start, only
    vowels after it)."""
    word, level = word.split("-")[0].lower(), level.lower()
    if word.endswith("ily") and word[:-3] + "y" == level:
        return True
    if word.endswith("ern") and word[:-3] == level and len(level) >= 4:  # "in northern shops" ~ north
        return True
    # "in Galician quarries" ~ galicia, "Tibetan herders" ~ tibet: a place's adjective in -n / -an / -ian
    if len(level) >= 4 and level.isalpha() and (word in (level + "an", level + "ian") or level.endswith("a") and word == level + "n"):
        return True
    if len(word) < 7 or len(level) < 7 or not (word.isalpha() and level.isalpha()):
        return False
    n = len(os.path.commonprefix([word, level]))
    return n >= 6 and n >= max(len(word), len(level)) - 2 and n < max(len(word), len(level)) and \
        set(word[n:] + level[n:]) <= set("aeiou")


def _adjective_before_name(word: str, level: str, after: list[str], c: ColumnInfo) -> bool:
    """'on sandy soils' ~ sand of soil_type: the level's adjective in -y, right before the column's own word."""
    return len(level) >= 4 and level.isalpha() and word == level.lower() + "y" and bool(after) \
        and stem(after[0]) in c.stems


# the nouns of a time or a state a weather-like adjective describes ("on snowy days", "in windy conditions")
_STATE_NOUNS = frozenset({"day", "days", "night", "nights", "morning", "mornings", "weather", "conditions", "weekends"})


def _adjective_of_state(tokens: list[str], i: int, level: str) -> bool:
    """'on snowy trails' ~ snow, "when it's foggy" ~ FOG: the level's adjective in -y (doubling a last consonant,
    dropping a last e: foggy, icy), said of the units' plural noun, of a day or weather, or after "it's"."""
    word, level = tokens[i], level.lower()
    if len(level) < 3 or not level.isalpha() or word not in {level + "y", level + level[-1] + "y", level[:-1] + "y"} \
            or word == level[:-1] + "y" and not level.endswith("e"):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return after in _STATE_NOUNS or (len(after) > 3 and after.endswith("s") and after.isalpha()) or \
        tokens[max(0, i - 2):i] in (["it", "'s"], ["it", "is"], ["it", "was"])


def _consonant_code(word: str, code: str) -> bool:
    """`code` writes `word` by its first letter and consonants (grp ~ group, dept ~ department)."""
    return len(code) >= 3 and code.isalpha() and not set(code[1:]) & set("aeiou") and \
        consonant_skeleton(word).startswith(code)


def _two_levels_joined(tokens: list[str], c: ColumnInfo) -> bool:
    """Two one-word levels of the column said together ("dogs and cats", "clay or sand")."""
    at = {i: ex for ex, words in _level_spellings(c.examples) if len(words) == 1 and len(words[0]) >= 3
          for i, t in enumerate(tokens) if t == words[0] or _same_by_stem(t, words[0])}
    return any(at[j] != at[i] and set(tokens[i + 1:j]) <= {"and", "or", ",", "&", "/", "vs", "versus"}
               for i in at for j in at if i < j <= i + 2)


def category_values(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo], used: set[int]) -> list[Condition]:
    """'in the north', "for customers in region 'north'", 'gold-tier members': a level of a categorical
    column, written inside a description of the units (a group word up to four words before it, or
    before the column's name written just ahead of it), is that column's equality. Levels are the
    profile's example values; 'the new matchmaking (mm_b)' names a treatment level, not a group."""
    out: list[Condition] = []
    n = len(tokens)
    inside = {k for m in mentions for k in range(m.start, m.end)}
    binary = {c.name for c in columns if c.type == "binary"}
    # "effect of fluralaner", "wombats that received fluralaner" beside flur_trt: an arm given, named by a yes/no
    # column, is the treatment, no group of trt_arm
    given_by = {k: m.column for m in mentions if m.column in binary
                and (lead := [t for t in tokens[max(0, m.start - 3):m.start] if t not in ("the", "a", "an")][-2:])
                and (lead in _GIVEN or lead[-1:] in _GIVEN) for k in range(m.start, m.end)}
    # a word that is a level exactly outranks a name it only starts ("a feedlot herd": housing, not feed_eff)
    weak = {m.start for m in mentions if m.loose}
    # levels of two or more words written out exactly ("for Lucknow_49": the cultivar, not the district
    # Lucknow): a shorter level of another column inside one is no level of its own
    written = [(k, k + len(words), c.name) for c in columns if c.type in {"categorical", "binary", "text"}
               for _, words in _level_spellings(c.examples) if len(words) > 1
               for k in range(n - len(words) + 1) if tokens[k:k + len(words)] == words]
    for c in columns:
        if c.type not in {"categorical", "binary", "text"}:
            continue
        own = {k for m in mentions if m.column == c.name for k in range(m.start, m.end)}
        given = {k for k, col in given_by.items() if col != c.name}
        # "onrab vs raboral": two levels set against each other name the column (a mention), no group
        contrasted = {k for m in mentions if m.column == c.name
                      and sets_levels_against(m.text) for k in range(m.start, m.end)}
        if _two_levels_joined(tokens, c):
            continue  # "for dogs and cats": both levels, the whole data, no group
        level = _level_in_paraphrase(tokens, mentions, c) or _ranked_end(tokens, c)
        if level is not None:
            out.append(Condition(column=c.name, op="==", value=level))
            continue
        after_name = {m.end for m in mentions if m.column == c.name}  # "line C", "ward B": any level
        # "after a fallow" ~ prev_crp: what came before is said with "after"
        intro = _GROUP_INTRO | ({"after", "following"} if set(c.words) & _BEFORE_WORDS else set())
        # "busia county, dewormed on absence_days": a level right before the name, where two other
        # variables are named (the treatment and the outcome; "cbt therapy" alone is a treatment level)
        others = {m.column for m in mentions if m.column and m.column != c.name}
        before_name = {m.start for m in mentions if m.column == c.name} if len(others) >= 2 else set()
        # "IMD quintile q1" (imd_q): the name's abbreviated word spelt out between the name and the level
        after_name |= {m.end + 1 for m in mentions if m.column == c.name and m.end < n and tokens[m.end].isalpha()
                       and m.end not in inside and any((tokens[m.end].startswith(w) or _consonant_code(tokens[m.end], w))
                                                       and tokens[m.end] != w
                                                       for w in c.words if w not in tokenize(m.text))}  # "soil group D" (soil_grp)
        # "teams in division C" (league_div): the name's word spelt out, unmatched, then the level
        after_name_or_word = after_name | {k + 1 for k in range(n - 1) if k not in inside and tokens[k].isalpha()
                                           and len(tokens[k]) > 3 and any(len(w) >= 3 and tokens[k].startswith(w) for w in c.words)}
        # the longest spelling claims its words first ("Mexico City" is CDMX, not the MEX of "Mexico")
        for ex, words in sorted(_level_spellings(c.examples) + _split_spellings(tokens, c.examples),
                                key=lambda s: -len(s[1])):
            if len(words) > 1 and "-".join(words) in tokens:
                words = ["-".join(words)]  # "a month-to-month contract" ~ month_to_month
            low = " ".join(words)
            # "BR", "KR", "B2"; a two-letter code right after a group word ("in uc pts")
            short_code = len(low) == 2 and low not in _SHORT_WORDS and (ex.isupper() or re.fullmatch(r"[a-z]\d", low) or any(
                tokens[k] == low and tokens[k - 1] in {"among", "in", "for", "within"} for k in range(1, n)))
            if not words or parse_number(low) is not None or low in _NOT_A_LEVEL:
                continue
            named_before = after_name if low in {"a", "i"} else after_name_or_word  # (not "division a")
            if len(low) < 3 and not short_code and not any(tokens[k:k + len(words)] == words for k in named_before) \
                    and not any(tokens[k - len(words):k] == words for k in before_name):
                continue
            w = len(words)
            for i in range(n - w + 1):
                if any(k in used or k in contrasted or k in given for k in range(i, i + w)) or any(
                        a <= i and i + w <= b and b - a > w and col != c.name for a, b, col in written):
                    continue
                span = tokens[i:i + w]
                last = span[-1]
                if span[:-1] != words[:-1] or not (last == words[-1] or last.startswith(words[-1] + "-") or (
                        hyphens_joined(last) == words[-1]) or (
                        len(last) >= 3 and _same_by_stem(last, words[-1]) and i + w - 1 not in own)
                        or _CALENDAR.get(stem(last)) == low  # "on Sundays" ~ Sun
                        or _compound_of(last, words[-1]) or _other_form(last, words[-1])
                        or _adjective_before_name(last, words[-1], tokens[i + w:i + w + 1], c)
                        or w == 1 and _adjective_of_state(tokens, i, words[-1])):
                    continue  # "in schools" ~ school, "on B-roads" ~ B-road, "co-op seed" ~ coop (not the column's own
                    # name: employment)
                if i > 0 and parse_number(tokens[i - 1]) is not None:
                    continue  # "reopenings within 30 days" beside shiftType == day: a count of units, no group
                if last != words[-1] and tokens[i + w:i + w + 1] in (["through"], ["via"], ["by"]):
                    continue  # "effect on harvest_value passes through retention": a verb, not the level 'pass
                if any(k in inside and k not in own for k in range(i, i + w)) and not (
                        w == 1 and i in weak and _stem_parts(span[0]) == _stem_parts(words[0])):
                    continue  # part of another variable's name
                start = min([m.start for m in mentions if m.column == c.name and m.end in (i, i - 1)] + [i])
                # ("On the Kennet & Avon (kennet_avon)": the level said, then written as code)
                reach = 7 if w > 1 and words[0] in tokens[max(0, i - 4):i] else 4
                before = [t for t in tokens[max(0, start - 9):start] if t != "'"][-reach:]
                # "hardwood mills: effect of ...", "sawdust (softWood) mills: ...": the group heads the question
                terse = ":" in tokens[i + w:i + w + 3] and ":" not in tokens[:i] and \
                    (start == 0 or start <= 3 and not any(k in inside for k in range(start)))
                # "Sold online, does ...", "Online, does ...": the group heads the question before a comma
                terse = terse or tokens[i + w:i + w + 1] == [","] and (start == 0 or _after_participle(tokens, start)) \
                    and not any(k in inside for k in range(start))
                if not any(t in intro for t in before) and tokens[i + w:i + w + 1] != ["only"] and not terse \
                        and i + w not in before_name:
                    continue  # "in the north", "lifeguards -> incidents, summer only", "busia county"
                k = start - 1
                while k > 0 and tokens[k] in ("the", "a", "an"):
                    k -= 1
                if tokens[k:k + 1] == ["of"] and k > 0 and tokens[k - 1].endswith("ing") and \
                        not any(t in intro - {"of"} for t in before):
                    continue  # "does UV cleaning of the basin prevent ...": what an act is done to, no group
                out.append(Condition(column=c.name, op="==", value=ex))
                # "among stage IVB patients": the name right after a group word describes the group too
                # (not in "the effect of deadline mode (cohort vs self-paced)")
                lead = [t for t in tokens[max(0, start - 2):start] if t != "the"]
                named = start < i and bool(lead) and lead[-1] in _GROUP_INTRO - {"of"}
                used.update(range(start if named else i, i + w))
    return out
