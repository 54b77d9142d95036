"""How well a question's words name a column's words: exact, synonym, typo, a word cut short or
written as its consonants (`conc` ~ concentrate, `mgmt` ~ management), initials (`qsmk` ~ "quit
smoking"), and phrase-level order, subset and run-together rules. Split from `mentions.py`, which
finds the spans these score."""

from __future__ import annotations

import difflib
import functools
import itertools
import re

from copilot.understand.phrase_words import _BREAK, COMPARATIVES
from copilot.understand.role_words import CHANGE_VERBS
from copilot.understand.typos import _known_words, two_words
from copilot.understand.text import ABBREVIATIONS, FUNCTION_WORDS, NUMBER_WORDS, ColumnInfo, stem, synonyms

_CHANGE_STEMS = frozenset(stem(v) for v in CHANGE_VERBS)


@functools.lru_cache(maxsize=65536)
def _tok_match(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if len(a) >= 5 and a[:-1] == b[:-1] and {a[-1], b[-1]} == {"y", "i"}:
        return 1.0  # chilies ~ chili: the stems chily / chili (-ies is read as -y)
    if len(a) >= 5 and len(b) >= 5 and _american(a) == _american(b):
        return 0.97  # haemoglobin ~ hemoglobin, colour ~ color, centre ~ center
    if b in synonyms(a):
        return 0.8
    if len(a) >= 4 and len(b) >= 4 and (b.startswith(a) and b[len(a):] in _QUALITY
                                         or a.startswith(b) and a[len(b):] in _QUALITY):
        return 0.9  # an adjective and the noun of its quality: "less acid" ~ acidity, humid ~ humidity
    if len(a) >= 6 and (a[-3:] in ("ent", "ant") and b == a[:-1] + "cy" or b[-3:] in ("ent", "ant") and a == b[:-1] + "cy"):
        return 0.9  # frequent ~ frequency, vacant ~ vacancy, efficient ~ efficiency
    if a in _READ_AS:  # "the harvest" read as yield (yield_kg, yld), though "yield" is no harvest_labour
        return min(_tok_match(_READ_AS[a], b), 0.8)
    # a typo rarely hits the first letter (weight is not height), nor turns one word into another (send ~ spend)
    if len(a) >= 4 and len(b) >= 4 and a[0] == b[0] and not two_words(a, b):
        r = difflib.SequenceMatcher(None, a, b).ratio()
        # a word spelt right is no typo of a longer or other word ("how much" ~ mulch_cm), though a name may
        # write it short (dlay ~ delay) or extend it (hospital ~ hospitalised)
        # a column word cut short (b): inhib ~ inhibitors, educ ~ education, unemp ~ unemployment; in
        # either spelling of -ise/-ize (SENSITIZ ~ "sensitisation")
        # (not a qualifier: "prioritised" is no prior_dose_n, "posters" no post)
        cut = 0.82 if (a.startswith(b) or _zed(a).startswith(_zed(b))) and len(b) >= 0.5 * len(a) and _cut_ok(a, b) \
            else 0.0
        # (nor a word spelt right that starts with another, "ready" ~ read, "county" ~ count)
        if r >= 0.8 and (a not in _known_words() or len(b) < len(a) or b.startswith(a) and _may_extend(a, b)) \
                and (not a.startswith(b) or _cut_ok(a, b) or stem(a) == stem(b) or a[len(b):] in _DERIVED):
            return max(r * 0.95, cut)  # (imperv ~ "impervious": a cut, not a typo, however close)
        if cut:
            return cut
    return _abbreviation(a, b)


_QUALITY = frozenset({"ness", "ity"})  # acid ~ acidity (firm ~ firmness mostly stem alike already)
# a question word read as a column's word, one way only ("top speed" ~ SPEED_MAX_KMH, but "to max visits" is no
# pistachio_topping)
_READ_AS = {"harvest": "yield", "harvests": "yield", "acidity": "ph", "top": "max", "typical": "avg"}
_DERIVED = frozenset({"al", "ally", "ly", "ness", "ment", "ive"})  # seasonal ~ season, regional ~ region
_INFLECTED = frozenset({"s", "es", "d", "ed", "er", "al", "ly", "t"})  # weigh ~ weight


def _may_extend(a: str, b: str) -> bool:
    """A column word `b` may write the question's word `a` with an ending (cost ~ costs, rent ~ rental),
    but not as another word a letter or two longer ("count" is no country, "cart" no carton)."""
    return b[len(a):] in _INFLECTED or len(b) - len(a) > 2 or b not in _known_words()
_NO_CUT = frozenset({"prior", "post", "pre", "prev", "base", "final", "last", "later"})


def _cut_ok(a: str, b: str) -> bool:
    """`b` may be `a` cut short, unless `b` is a qualifier and the rest of `a` no word of its own
    ("prioritised" is no prior_dose_n; "post-period" is post and period), nor a word a letter or two
    longer than `b`, both spelt right ("county" is no count)."""
    if _two_words_apart(a, b):
        return False
    return b not in _NO_CUT or a[len(b):] in _known_words()


def _two_words_apart(a: str, b: str) -> bool:
    """`a` and the shorter `b` are both words spelt right, a letter or two apart ("county" / "count")."""
    return len(a) - len(b) <= 2 and a in _known_words() and b in _known_words()


def _american(word: str) -> str:
    """A word in American spelling: ae/oe -> e, our -> or, -is-/-ys- -> -iz-/-yz-, -tre -> -ter."""
    word = word.replace("ae", "e").replace("oe", "e").replace("our", "or").replace("ys", "yz")
    return re.sub(r"tre$", "ter", _zed(word))


def _zed(word: str) -> str:
    """British -is- spellings in American form (sensitisation ~ sensitization, organise ~ organize)."""
    return word.replace("isat", "izat").replace("ise", "ize").replace("ising", "izing")


@functools.lru_cache(maxsize=1)
def _break_stems() -> frozenset[str]:
    return frozenset(_BREAK | {stem(w) for w in _BREAK})


def _abbreviation(a: str, b: str) -> float:
    """A column word written as a code of the question's word: conc ~ concentrate, mort ~ mortality (a
    prefix of 4+ letters), mlk ~ milk, yld ~ yield, hrs ~ hours, pct ~ percent (its consonants in order).
    Kept below the partial-match bar (0.8) unless it is a long prefix: alone, a code is weak evidence."""
    if len(b) < 3 or len(a) <= len(b) or a[0] != b[0] or not b.isalpha() or not a.isalpha() or a in _break_stems() \
            or a in NUMBER_WORDS:  # "in the first year" is no GENE_FLOW_FST
        return 0.0
    if len(b) >= 4 and a.startswith(b) and _cut_ok(a, b):
        return 0.8
    if not any(ch in "aeiou" for ch in b[1:]):
        listed = ABBREVIATIONS.get(b, "")
        if " " not in listed and listed and stem(a) != stem(listed) and not a.startswith(b):
            return 0.0  # a code listed for one word writes that word only ("production" is no pct: percent)
        it = iter(a)
        if all(ch in it for ch in b):
            return 0.78
    return 0.0


def _spells(word: str, code: str) -> bool:
    """`code` (4+ letters, at most one vowel after its first letter) is `word`'s letters in order,
    from its first: rerpt ~ rereports, selfexcl ~ self-exclusion."""
    if len(code) < 4 or len(word) <= len(code) or not code.isalpha() or code[0] != word[0] \
            or sum(ch in "aeiou" for ch in code[1:]) > 1:
        return False
    it = iter(word)
    return all(ch in it for ch in code)


def _contracted(word: str, code: str) -> bool:
    """`code` spells `word` (see `_spells`) keeping its first two letters and its last: dismt ~ dismount, govt ~
    government, dept ~ department."""
    return _spells(word, code) and code[:2] == word[:2] and code[-1] == word[-1]


def consonant_skeleton(word: str) -> str:
    """A word's first letter and its consonants after it (group -> grp, department -> dprtmnt)."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in "aeiou")


def _code_of(word: str, code: str) -> bool:
    """A column word that is a code of the question's word, written with its consonants: dmg ~ damage,
    mgmt ~ management (3+ letters, no vowel after the first)."""
    if len(code) < 3 or not code.isalpha() or set(code[1:]) & set("aeiou") or not _abbreviation(word, code):
        return False
    skeleton = consonant_skeleton(word)
    # its start (inj ~ injury, occ ~ occupancy), the start of its consonants (anl ~ analysis), most of its
    # consonants (hrs is not "hardest"), or a contraction of 4+ letters that keeps the stem's last letter
    # too (nbhd ~ neighbourhood)
    return word.startswith(code) or skeleton.startswith(code) or len(code) >= 0.65 * len(skeleton) or \
        len(code) >= 4 and code[-1] == word[-1]


def _coded_words(span: tuple[str, ...], alias: tuple[str, ...], scores: list[float]) -> bool:
    """A name whose words are the phrase's words, some written whole and the rest cut to a short
    prefix or their consonants: tele_aud ~ "tele-audiology", fam_pres ~ "family preservation".
    One word written whole, or every word cut to its start (two or more words), is what makes a
    3-letter cut credible."""
    whole = any(sc >= 0.95 for sc in scores)
    # (or one word cut to its start and the others to their consonants' start: vid_anl ~ "video analysis")
    # (or a contraction that keeps the word's first letters and its last: dismt_drl ~ "dismount drill")
    cut = len(span) >= 2 and any(len(b) >= 3 and (a.startswith(b) or _contracted(a, b)) and a != b
                                 for a, b in zip(span, alias))
    for sc, a, b in zip(scores, span, alias):
        if sc and whole:
            continue
        # (beside a word cut or whole, two consonants may write a word: rej_rt ~ "reject rate", wholesale_pr ~
        # "wholesale price")
        code = b.rstrip("0123456789")  # (diarr_ep2 as diarr_ep: twins stay twins)
        pair = (cut or whole) and len(code) == 2 and code.isalpha() and len(a) >= 3 and a[0] == code[0] \
            and code[1] not in "aeiou" and code[1] in a[1:]
        if not (pair or len(b) >= 3 and b.isalpha() and a.isalpha() and len(a) > len(b) and a[0] == b[0]
                and (a.startswith(b) and (len(span) > 1 or _one_word_cut(a, b)) or whole and _abbreviation(a, b)
                     or cut and (_code_of(a, b) or _contracted(a, b)))) \
                or a in _break_stems() and not pair:
            return False
    return True


def _one_word_cut(a: str, b: str) -> bool:
    """A word alone that starts with a one-word name is that name cut short (robotic ~ robot, prevalence ~ prev),
    unless both are words a letter or two apart that no ending joins ("agent" is no code of Age)."""
    return not _two_words_apart(a, b) or a[len(b):] in _INFLECTED | {"ic"}


def agent_noun_of(word: str, name_words: list[str] | tuple[str, ...]) -> bool:
    """"callers" beside callsPerHr: the word names who does what a plural name word counts (calls: call + er), not
    that count (an agent noun of a singular word may name the units by it: "an 8th grader" ~ grade)."""
    return word not in name_words and any(w.endswith("s") and word in (w[:-1] + "er", w[:-1] + "ers")
                                          for w in name_words if len(w) >= 4)


def _letters_abbreviate(span: tuple[str, ...], code: str) -> bool:
    """`code` (3-6 letters, at most one vowel) spells the span: every word's first letter, in order,
    then letters of that word (qsmk = q-uit s-mo-k-ing). Longer or vowel-rich names are words, not codes; nor does a
    verb of change start one ("raise the cocoon" is no RACE, stemmed "rac": the verb acts on what follows)."""
    if not (3 <= len(code) <= 6 and code.isalpha() and sum(ch in "aeiou" for ch in code) <= 1):
        return False
    if span[0] in _CHANGE_STEMS:
        return False
    if any(len(w) < 3 or not w.isalpha() or w in _BREAK for w in span):
        return False  # only content words spell a code ("should be prescribed" is not sbp)
    i = 0
    for word in span:
        if i >= len(code) or word[0] != code[i]:
            return False
        i += 1
        for ch in word[1:]:
            if i < len(code) and ch == code[i]:
                i += 1
    return i == len(code)


def _seq_score(span: tuple[str, ...], alias: tuple[str, ...]) -> float:
    """How well a question span (stems) names an alias (stems): ordered, then unordered, then fuzzy."""
    if not span or not alias:
        return 0.0
    if span == alias:
        return 1.0
    # a phrase that is the synonym of one name word, the others only qualifiers: "stress hormones" ~ cortisol_followup
    said = [j for j, b in enumerate(alias) if len(span) >= 2 and " ".join(span) in synonyms(b)]
    if said and all(_qualifier(b) for j, b in enumerate(alias) if j != said[0]):
        return 0.785
    if len(span) == len(alias):
        if sorted(span) == sorted(alias):
            return 0.97
        scores = [_tok_match(a, b) for a, b in zip(span, alias)]
        if all(scores):
            # one word whole and the rest close or coded ("ICU admission" ~ icu_adm) outranks its words alone
            return max(0.9 * min(scores), 0.8 if max(scores) >= 0.95 else 0.0)
        if _coded_words(span, alias, scores):
            # (one word whole, the rest coded: above that word alone, "retail price" ~ retail_pr)
            return 0.86 if max(scores) >= 0.95 else 0.8
        if _names_content(span, alias):  # "weekly sales" ~ sales_wk
            return 0.85
        if 2 <= len(span) <= 3 and any(  # "parental substance use" ~ SUB_USE_PAR: the coded words in another order
                _coded_words(span, p, [_tok_match(a, b) for a, b in zip(span, p)]) for p in itertools.permutations(alias)
                if p != alias and all(a == b or _cut_ok(a, b) for a, b in zip(span, p))):  # not "preventing injuries" ~ injuries_prev
            return 0.78
        used: set[int] = set()
        total = []
        for a in span:
            best, bj = 0.0, -1
            for j, b in enumerate(alias):
                if j not in used and _tok_match(a, b) > best:
                    best, bj = _tok_match(a, b), j
            if bj < 0:
                return 0.0
            used.add(bj)
            total.append(best)
        return 0.88 * min(total)
    # a modifier word between the name's words: "yaw control upgrade" ~ yaw_upgr
    if len(span) == len(alias) + 1 >= 3:
        for k in range(1, len(span) - 1):
            if not span[k].isalpha() or span[k] in _EFFECT_STEMS or span[k] in _COMPARATIVE_STEMS:
                continue  # "slopes of 20 degrees" is a point value, not a longer name ("restoration effect on
                # donations" no restoration_done; "caught heavier after" no catch_after: a comparative says
                # another measure)
            rest = span[:k] + span[k + 1:]
            scores = [_tok_match(a, b) for a, b in zip(rest, alias)]
            if all(scores) or _coded_words(rest, alias, scores):
                return 0.8  # above the partial match of one of its words, which it contains
    # a cryptic code built from the phrase's letters: "quit smoking" ~ qsmk (each word's first letter, in order)
    if len(alias) == 1 and 2 <= len(span) <= 3 and _letters_abbreviate(span, alias[0]):
        return 0.7
    # a multi-word phrase that is the head of a longer name: "blood pressure" ~ systolic_bp (bp = blood pressure)
    # (above one of its words alone where the word left out only says the number is an index: "boat traffic" ~
    # boat_traffic_idx)
    if 2 <= len(span) == len(alias) - 1 and (left_out := [alias[i] for i in range(len(alias))
                                                          if alias[:i] + alias[i + 1:] == span]):
        # (a before / after tag left out, the span says all the name's content: "passenger satisfaction" ~
        # pax_sat_post above "passenger" ~ pax_n; not a unit, which a twin may write otherwise: fuel_used_kg /
        # fuel_used_l)
        return 0.785 if left_out[0] in _INDEX_WORDS else 0.86 if left_out[0] in _BEFORE_AFTER else 0.75
    # the name's content words in any order, its other words only qualifiers: "weekly bookings" ~
    # bookingsPerWkPost, "cutting weight" ~ wt_cut_kg (weight cut, in kg)
    if 2 <= len(span) < len(alias) and _names_content(span, alias):
        return 0.785  # (with its length, above one of its words alone)
    # the same, with the content words cut short: "salmonella prevalence" ~ SAL_PREV_POST
    # (one word whole, as where the lengths are equal, outranks that word alone: "jaguar density" ~ jag_dens_post,
    # not rd_dens)
    core = tuple(w for w in alias if not _qualifier(w))
    scores = [_tok_match(a, b) for a, b in zip(span, core)]
    if 2 <= len(span) == len(core) < len(alias) and _coded_words(span, core, scores):
        return 0.86 if max(scores) >= 0.95 else 0.785
    # synonym of a multi-word alias collapsed into one word or vice versa ("earnings" vs "income")
    if len(span) == 1 and " ".join(alias) in synonyms(span[0]):
        return 0.8
    if len(alias) == 1 and " ".join(span) in synonyms(alias[0]):
        return 0.8
    # written together or apart: "burned out" ~ "burnout", "work load" ~ "workload" (one word, not with a
    # time tag the name adds: "revenue" is no more rev_7d than rev_28d)
    # (not with a function word at either end: "what does anti-fouling do" is no "antifouldo")
    a, b = "".join(span), "".join(alias)
    # (where the name ends in a unit the words leave out, the words before it, letter for letter but one: "harvest"
    # ~ harvest_kg, "fuel use" ~ fuel_used_l and fuel_used_kg alike; not "blooms six" ~ BLOOM_SIZE_CM, nor a code the
    # words only start with, "patrols" ~ patr_km; a time tag's letter is no unit: hb_6m is 6 months)
    if len(alias) > len(span) and alias[-1] in MEASURE_UNITS and not alias[-2].isdigit():
        core = "".join(alias[:-1])
        close = min(len(a), len(core)) >= 6 and abs(len(a) - len(core)) <= 1 and (a.startswith(core) or core.startswith(a))
        return 0.85 if close and not FUNCTION_WORDS & {span[0], span[-1]} else 0.0
    if len(a) >= 6 and len(b) >= 6 and abs(len(a) - len(b)) <= 2 and not FUNCTION_WORDS & {span[0], span[-1]} and (len(span) > 1 or re.sub(r"\D", "", a) ==
                                                                       re.sub(r"\D", "", b)) \
            and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
        return 0.85
    return 0.0


_COMPARATIVE_STEMS = frozenset(stem(w) for w in COMPARATIVES)
# units of measure a name may end in (not a time, a count or a share, which are windows and rates; nor an area,
# which a name mostly divides by: rev_per_sqft)
MEASURE_UNITS = frozenset("l kg g ml mg mm cm km m mi ft lb usd eur gbp c f kts deg".split())
_EFFECT_STEMS = frozenset({"effect", "impact", "influ", "benefit"})  # (stems) the effect said, no word of a name
_INDEX_WORDS = frozenset({"idx", "index"})  # (stems) a name's word that says its number is an index
_BEFORE_AFTER = frozenset("post pre bl base baselin fu followup after aft befor".split())  # (stems) a time of measuring
# words of a name that qualify its variable (a time, a version, a unit) rather than name it
_QUALIFIER_WORDS = frozenset("post pre bl base baselin fu followup after befor per pw wk wks mo mos yr yrs d m w y h hr hrs min kg km mi g "
                             "mg pct usd gbp eur n cnt count num tot total avg mean".split())
# a time span's stem (stem() reads "weekly" as "week", "monthly" as "month") and the unit a name writes it in
# ("weekly" ~ wk)
_PER_TIME = {"week": {"wk", "w", "pw"}, "month": {"mo", "m"}, "day": {"d"}, "daily": {"day", "d"}, "annual": {"yr", "year", "y"},
             "year": {"yr", "y"}}


def _qualifier(word: str) -> bool:
    """A time, a version or a unit: post, bl, wk, kg, 12m, 24 (not das28 nor lag4, which name things)."""
    return word in _QUALIFIER_WORDS or re.fullmatch(r"\d+[a-z]{0,2}", word) is not None


_CURRENCIES = frozenset({"usd", "gbp", "eur"})
# (stems) a sum of money, which a name may write as its currency alone
_MONEY_STEMS = frozenset(stem(w) for w in "price cost value fee fare amount money spend payment revenue".split())


def _names_content(span: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    """Each of the span's words names a different word of the alias, at least one of them a word that
    is no qualifier, and the alias words left over are only qualifiers (a time, a version, a unit)."""
    left, named = list(alias), False
    for a in span:
        hit = next((b for b in left if _tok_match(a, b) >= 0.78 or b in _PER_TIME.get(a, ())
                    or b in _CURRENCIES and a in _MONEY_STEMS), None)  # "hammer price" ~ HAMMER_GBP
        if hit is None:
            return False
        named = named or not _qualifier(hit)
        left.remove(hit)
    return named and all(_qualifier(b) for b in left)



def longest_codes(word: str, st: str, raw_code: bool, owners: list[str], stems_of: dict[str, tuple[str, ...]]) -> list[str]:
    """Of the columns that own a question word only as a code of it, those whose code spells most of it:
    "transit" is trnst_min (all its consonants), not brm_trn (their first three). Owners by a word match
    stay."""
    read = _READ_AS.get(st, st)

    def code_length(owner: str) -> int:
        stems = stems_of[owner]
        if any(_tok_match(st, s) >= 0.8 for s in stems):
            return 0
        return max((len(s) for s in stems if _code_of(read, s) or raw_code and _code_of(word, s)), default=0)

    length = {o: code_length(o) for o in owners}
    best = max(length.values(), default=0)
    return owners if best < 4 else [o for o in owners if length[o] in (0, best)]


def consonant_code_spans(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """A name of two or three codes, each the start of a word's consonants, the words in a row (or parts of
    one hyphenated word): trn_wks ~ "training weeks", rlg_ldr ~ "religious-leader" (one code alone is weak
    evidence; every word of a phrase coded in order is not). Whole words, not stems: "leader" keeps the r of
    ldr."""
    out: list[tuple[float, int, int, str]] = []
    for col in columns:
        codes = col.words
        if not 2 <= len(codes) <= 3 or not all(len(b) >= 3 and b.isalpha() and not set(b[1:]) & set("aeiou")
                                               for b in codes):
            continue
        n = len(codes)
        for i in range(len(tokens)):
            for phrase, end in ((tokens[i:i + n], i + n), (tokens[i].split("-"), i + 1)):
                if len(phrase) == n and all(p.isalpha() and len(p) > len(b) and consonant_skeleton(p).startswith(b)
                                            for p, b in zip(phrase, codes)):
                    out.append((0.86, i, end, col.name))
    return out


def parts_in_name(pieces: tuple[str, ...], col: ColumnInfo) -> bool:
    """A hyphenated word's parts are consecutive words of the name, its small words too ("on-time" ~
    ON_TIME_POST, whose stems leave out "on"). Nothing to do for a word without a hyphen (no pieces)."""
    return len(pieces) > 1 and (in_a_row(pieces, col.stems) or in_a_row(pieces, tuple(stem(w) for w in col.words)))


def in_a_row(pieces: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """Two or more pieces that are consecutive words of a name."""
    k = len(pieces)
    return k > 1 and all(p.isalpha() for p in pieces) and any(stems[j:j + k] == pieces for j in range(len(stems) - k + 1))
