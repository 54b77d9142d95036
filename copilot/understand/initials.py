"""Column names spelt by initials: 'mean time to repair' ~ mttr_hrs, 'low birth weight' ~ lbw, 'SGLT2
inhibitor' ~ sglt2i. Split from `mentions.py`; `find_column_mentions` ranks these candidates with the rest."""

from __future__ import annotations

import functools
import re

from copilot.understand import vocab
from copilot.understand.match_words import _qualifier
from copilot.understand.phrase_words import _INITIAL_SKIP, _INITIALS_ALSO, DECIDE_VERBS, is_content
from copilot.understand.text import ABBREVIATIONS, DETERMINERS, NUMBER_WORDS, ColumnInfo, _is_id, name_parts, stem
from copilot.understand.typos import _known_words


_QUESTION_OPENERS = {"what", "whats", "which", "how", "hows", "who", "whos", "why", "where", "when", "whether"}


_ONSETS = frozenset("bl br ch cl cr dr dw fl fr gl gr gw kl kn kr ph pl pr ps sc sh sk sl sm sn sp sq st sw th tr tw "
                    "wh wr".split())


def _initialism(word: str) -> bool:
    """A column word that reads as letters, not a word: mttr, pdc, os, lbw, dmft (no vowel, or three letters or
    fewer), cpue (two first consonants no English word starts with)."""
    return word.isalpha() and 2 <= len(word) <= 5 and (
        len(word) <= 3 or not set(word) & set("aeiou")
        or len(word) == 4 and not set(word[:2]) & set("aeiouy") and word[:2] not in _ONSETS)


def _initialisms(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'mean time to repair' -> mttr_hrs, 'overall survival' -> os_mo, 'low birth weight' -> lbw,
    'proportion of days covered' -> pdc_12m: the initials of consecutive words spell a column word."""
    short: dict[str, list[str]] = {}
    for c in columns:
        if not _is_id(c):
            for w in c.words:
                code = re.sub(r"\d+$", "", w)  # svr12 ~ "sustained virologic response at 12 weeks"
                # (not co2 ~ "car ownership": two letters left of a chemical formula spell too much)
                if _initialism(w) or code != w and len(code) >= 3 and _initialism(code):
                    short.setdefault(code if code != w else w, []).append(c.name)
    # a longer name word that is no English word, spelt letter by letter by as many words in a row, small ones
    # too ("signals passed at danger" ~ spad_incidents_post)
    spelt_whole: dict[str, list[str]] = {}
    for c in columns:
        for w in c.words:
            if not _is_id(c) and w.isalpha() and 4 <= len(w) <= 5 and w not in short and w not in _known_words():
                spelt_whole.setdefault(w, []).append(c.name)
    if not short and not spelt_whole:
        return []
    out: list[tuple[float, int, int, str]] = []
    codes = {w for c in columns for w in c.words if len(w) <= 3 and w.isalpha()}
    for i, first in enumerate(tokens):
        if not first[:1].isalpha() or first in _INITIAL_SKIP or first in DETERMINERS or first == "per" or \
                first.replace("'", "") in _QUESTION_OPENERS or first in DECIDE_VERBS:  # ("whats the knit" spells no wk,
            continue  # "prioritise birds" no blood_pb)
        full = kept = ""
        for j in range(i, min(len(tokens), i + 6)):
            tok = tokens[j]
            if j > i and tok in codes and tok not in _INITIAL_SKIP and tok != "per":  # ("bales per hour" ~ Bph)
                break  # "a starting pH" (ph_bl) is no "sp" (herb_sp): a code said as itself spells nothing
            # ("characters per second" ~ cps: after "per", "second" is a unit, no ordinal)
            if not tok[:1].isalpha() or tok not in _INITIALS_ALSO and not is_content(tok) or \
                    tok in NUMBER_WORDS and tokens[j - 1:j] != ["per"] or \
                    tok == "matter" and {"does", "do", "did"} & set(tokens[max(0, j - 4):j]):
                break  # "does the training" / "how big" are no variable's name, nor "does the membrane matter"
            if tok.endswith("ly") and len(tok) > 4 and not (j + 1 < len(tokens) and is_content(tokens[j + 1])):
                break  # "cut caries directly or ...": an adverb spells no code (region_cd), "monthly revenue" may
            letters = "".join(p[0] for p in tok.split("-") if p)
            full += letters
            # ("loss-of-motor-control" ~ lmc: the small words inside a hyphened phrase are skipped too)
            kept += "" if tok in _INITIAL_SKIP else "".join(p[0] for p in tok.split("-") if p and p not in _INITIAL_SKIP)
            if len(full) < 2 or tokens[j] in _INITIAL_SKIP or tokens[j] == "per":  # ("save per" is no wood_sp)
                continue
            # "counsellors steer into": two letters spelt by a subject and its verb, whose object follows
            verb_next = tokens[j + 1:j + 2] in (["into"], ["onto"], ["towards"])
            for spelled in {full, kept}:
                # a code with a listed meaning, spelt only by skipping a small word, is spelt by its meaning
                # ("budgeting on police" is no bp, blood pressure; "water table" may be wt)
                meaning = ABBREVIATIONS.get(spelled)
                if meaning and spelled != full and [stem(t) for t in tokens[i:j + 1] if t not in _INITIAL_SKIP] != \
                        [stem(w) for w in meaning.split() if w not in _INITIAL_SKIP]:
                    continue
                # ("foot traffic" beside footTrafficWk is those words, not the initials of sqFt)
                if len(spelled) == 2 and (_words_of_a_column(tokens[i:j + 1], columns)
                                          or _shortened_in_a_column(tokens[i:j + 1], columns)):
                    continue  # ("disease outbreaks" beside dis_outbrk spells no do of do_mgl)
                whole = spelt_whole.get(spelled, []) if spelled == full and len(full) == j + 1 - i else []
                for col in ([] if len(spelled) == 2 and verb_next else short.get(spelled, []) + whole):
                    # ("biocide loading" beside biocide_pct is no "bl", baseline, of barn_cov_pct_bl; "plants at
                    # harvest", whose head noun is a word of HARVEST_HT_CM, is no pH)
                    # (nor is "dwell time" beside dwell_min the dt of open_dt: a word of a name that is that word
                    # and a unit or a time)
                    if len(spelled) == 2 and (spelled in _tags() and _names_another(tokens[i:j + 1], col, columns)
                                              or _names_another(tokens[j:j + 1], col, columns)
                                              or _names_a_measure(tokens[i:j + 1], col, columns)
                                              or _the_unit_of(spelled, col, columns)
                                              or _a_later_tag(spelled, col, columns, tokens[i:j + 1])):
                        continue
                    if j > i or "-" in tok:
                        out.append((0.93 + 0.01 * (j + 1 - i), i, j + 1, col))
    return out


@functools.cache
def _tags() -> frozenset[str]:
    """The name parts that say when or how a variable is measured (bl, fu, pre, v2)."""
    groups = [g for name, g in vocab("qualifiers")["groups"].items() if name != "change"]
    return frozenset(w for g in groups for w in g["words"] + g["suffixes"])


def _names_another(words: list[str], col: str, columns: list[ColumnInfo]) -> bool:
    """A word of the span is a whole word of another column's name (not an id's)."""
    stems = {stem(w) for w in words if w not in _INITIAL_SKIP and len(w) >= 4}
    return any(stems & set(c.stems) for c in columns if c.name != col and not _is_id(c))


def _names_a_measure(words: list[str], col: str, columns: list[ColumnInfo]) -> bool:
    """A word of the span is a word of another column's name whose other words are only a unit, a time or a
    version (dwell_min for "dwell time")."""
    stems = {stem(w) for w in words if w not in _INITIAL_SKIP and len(w) >= 4}
    return any(stems & set(c.stems) and all(_qualifier(w) for w, s in zip(c.words, c.stems) if s not in stems)
               for c in columns if c.name != col and not _is_id(c))


def _the_unit_of(code: str, col: str, columns: list[ColumnInfo]) -> bool:
    """The code is a unit the name writes after what it measures ("collector market" spells no cm of dia_cm, "meal on
    the leaves" no ml of WATER_ML_WK); not a period, which a word may name by its first letters ("monthly outreach"
    ~ vis_per_mo)."""
    words = next((c.words for c in columns if c.name == col), [])
    return len(words) >= 2 and code in words[1:] and code in _units_no_period() and words[0] != code


def _a_later_tag(code: str, col: str, columns: list[ColumnInfo], span: list[str]) -> bool:
    """The two letters are the word ending the name, what it measures having been written before them
    ("carrying a throw" spells no ct of SWIM_CT, "share of completed" no sc of anx_sc, "the add-on extend" no ae
    of grade3_ae), where the words write no other word of the name ("predictive maintenance" ~ maint_pm) and
    are no time ("last year" ~ attd_ly); not a period ("monthly outreach" ~ vis_per_mo) nor a time tag (bl,
    fu: left to the rules of timed twins)."""
    words = next((c.words for c in columns if c.name == col), [])
    return len(words) >= 2 and words[-1] == code != words[0] and code not in _periods() and code not in _tags() \
        and stem(span[-1]) not in _TIME_NOUNS \
        and not any(len(w) >= 3 and (t.startswith(w) or w.startswith(t)) for t in span for w in words[:-1])


_TIME_NOUNS = frozenset(stem(w) for w in ("year", "month", "week", "day", "quarter", "season"))


@functools.cache
def _periods() -> frozenset[str]:
    from copilot.understand.measure_units import _TIME_UNITS  # (measure_units reads mentions, which reads this)

    return _TIME_UNITS


@functools.cache
def _units_no_period() -> frozenset[str]:
    from copilot.understand.measure_units import _UNIT  # (measure_units reads mentions, which reads this)

    return frozenset(_UNIT.values()) - _periods()


def _words_of_a_column(words: list[str], columns: list[ColumnInfo]) -> bool:
    """Every word is a word of one column's name: the words name it, they spell no other column's code."""
    stems = [stem(w) for w in words if w not in _INITIAL_SKIP]
    return len(stems) >= 2 and any(all(s in c.stems for s in stems) for c in columns if not _is_id(c))


def _shortened_in_a_column(words: list[str], columns: list[ColumnInfo]) -> bool:
    """Each word is written shortened by its own word of one column's name: the name's word starts with the
    word's first letter and keeps its letters in order (dis ~ disease, outbrk ~ outbreaks)."""
    said = [w for w in words if w not in _INITIAL_SKIP]

    def shortens(part: str, word: str) -> bool:
        rest = iter(word)
        return len(part) >= 3 and part.isalpha() and part[0] == word[0] and all(ch in rest for ch in part)

    if len(said) < 2:
        return False
    for c in columns:
        if _is_id(c):
            continue
        parts = [{p for p in c.words if shortens(p, w)} for w in said]  # the name's words that shorten each word
        if all(parts) and len(set().union(*parts)) >= len(said):
            return True
    return False


def _word_then_initials(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'SGLT2 inhibitor' ~ sglt2i, 'ACE inhibitors' ~ acei: a column word that is one word of the question
    followed by the initials of the words after it (not a plural: "prices" is no "price s...")."""
    out: list[tuple[float, int, int, str]] = []
    for c in columns:
        if _is_id(c):
            continue
        for w in set(name_parts(c.name)):  # sglt2i, not sglt 2 i
            for i, tok in enumerate(tokens):
                if len(tok) < 3 or not w.startswith(tok) or len(w) - len(tok) not in (1, 2) or \
                        w[len(tok):] in {"s", "es"} or not is_content(tok):  # ("for toddlers" is no fort_cereal)
                    continue
                rest = tokens[i + 1:i + 1 + len(w) - len(tok)]
                if len(rest) == len(w) - len(tok) and all(len(t) >= 4 and t.isalpha() and is_content(t) for t in rest) \
                        and "".join(t[0] for t in rest) == w[len(tok):]:
                    out.append((0.93, i, i + 1 + len(rest), c.name))
    return out


def _initials_then_number(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'their average of 5', 'average-of-five times' ~ ao5_post: a name's word of letters and a number (ao5, ao12)
    spelt by the initials of the words just before that number, said in digits or in a word."""
    codes: dict[tuple[str, str], list[str]] = {}
    for c in columns:
        for w in [] if _is_id(c) else c.words:
            if hit := re.fullmatch(r"([a-z]{2,4})(\d{1,2})", w):
                codes.setdefault((hit.group(1), hit.group(2)), []).append(c.name)
    if not codes:
        return []
    # the question's words, a hyphenated one split, each with the token it is part of
    parts = [(p, k) for k, t in enumerate(tokens) for p in t.split("-") if p]
    out: list[tuple[float, int, int, str]] = []
    for (letters, digits), owners in codes.items():
        for e, (p, k) in enumerate(parts):
            span = parts[e - len(letters):e] if e >= len(letters) else []
            if NUMBER_WORDS.get(p, p) == digits and span and all(q.isalpha() for q, _ in span) and \
                    "".join(q[0] for q, _ in span) == letters:
                out += [(0.93, span[0][1], k + 1, o) for o in owners]
    return out
