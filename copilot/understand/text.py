"""Text side of question understanding: tokens, light stemming, typo repair, and what the parser
knows about a column (its words, stems and aliases)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable

from copilot.understand import vocab
from copilot.understand.word_forms import _IRREGULAR


# (a minus sign before a number said on its own is the number's: "at -10C", not "at - 10c")
_TOKEN_RE = re.compile(r"'s\b|(?<![\w)\]])-\d+(?:\.\d+)?[a-z]*\b|"
                       r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)(?!,\d)|\d+\.\d+|[a-z0-9]+(?:[-'][a-z0-9]+)*|->|→|[<>]=?|==?|[^\sa-z0-9]")


def tokenize(text: str) -> list[str]:
    """Lower-case word/punctuation tokens; `snake_case` and `camelCase` names split into words."""
    # camelCase -> camel Case; codes stay whole: a capital that starts a letter-digit-letter code ("HbA1c"),
    # one small letter before an acronym ("eGFR", "mRS")
    # and a unit or measure of two or three letters stays whole ("pH", "kWh", "mAh")
    text = re.sub(r"(?<=[a-z])(?<!\b[a-z])([A-Z])(?!\d[a-z])|(?<=\b[a-z])([A-Z])(?![A-Z]|\d[a-z]|[a-z]{0,2}(?![A-Za-z0-9]))",
                  r" \1\2", text)
    text = re.sub(r"([A-Za-z]\d+)(?=[A-Z][a-z])", r"\1 ", text)  # fuelL100Pre -> fuel L100 Pre
    # letters with accents as plain letters ("piñatas", "résumé", "café" are one word each)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")
    text = text.lower().replace("_", " ")
    text = re.sub(r"[`\"“”‘’]", " ", text)
    text = re.sub(r"(?:(?<=[a-z])|(?<=[a-z]\d)|(?<=[a-z]\d\d))'s\b", " 's", text)  # "bob's", "CO2's" (not "1990's")
    return _TOKEN_RE.findall(text)


def hyphens_joined(tok: str) -> str:
    """A hyphenated word written as one ("warm-up" -> warmup, "phq-9" -> phq9); '' for any other token
    (and for "30-day", which starts with a number)."""
    joined = tok.replace("-", "")
    return joined if "-" in tok and joined.isalnum() and not tok[0].isdigit() else ""


_SUFFIXES = ("ational", "ships", "ship", "ments", "ment", "ness", "ences", "ence", "ances", "ance", "ions", "ion", "ings", "ing", "ers", "ies", "ied", "ed", "er", "es", "s", "ly")


# British spellings written the American way, so both sides of a match agree
_BRITISH = [(re.compile(r"(?<=[a-z]{3})our(?=s?$|ed$|ing$|hood|ite|able|al$)"), "or"),
            (re.compile(r"(?<=[a-z]{2})([bt])re(s?)$"), r"\1er\2"),
            (re.compile(r"(?<=[a-z])ae(?=[a-z])"), "e"),
            (re.compile(r"rrhoea"), "rrhea"),
            (re.compile(r"(?<=[a-z]{3})iz(e|ed|es|ing|ation|ations)$"), r"is\1"),
            (re.compile(r"gramme(s?)$"), r"gram\1")]


_WHOLE = frozenset({"rating", "rate"})  # words the suffix stripper leaves whole


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, symmetric suffix stripper: 'smoking', 'smoker', 'smokes' -> 'smok'.

    Only equality of stems matters (both sides go through the same function), so crude is fine.
    """
    w = word.lower().strip("'")
    w = _IRREGULAR.get(w, w)  # "leave the platform" ~ left_platform; "ads" ~ ad (before the short-word return)
    if len(w) >= 9 and w.endswith("bility") and w.isalpha():
        w = w[:-5] + "le"  # a quality's noun as its adjective: "more flexible" ~ flexibility_after
    if w.endswith(("mice", "geese")) and w not in ("mice", "geese"):  # and in compounds: dormice ~ dormouse
        w = w[:-4] + "mouse" if w.endswith("mice") else w[:-5] + "goose"
    if len(w) <= 3 or not w.isalpha() or w in _WHOLE:
        return w
    if len(w) > 4 and w.endswith("ie"):  # "movie" and "movies" (-> movy) stem alike, as "cookie" ~ cookies_ok
        return stem(w[:-2] + "y")
    for rx, rep in _BRITISH:  # fibre ~ fiber, behaviour ~ behavior, anaemia ~ anemia, randomized ~ randomised
        w = rx.sub(rep, w)
    for suf in _SUFFIXES:
        # (a short -y verb too: dried, tries ~ dry, try)
        if w.endswith(suf) and (len(w) - len(suf) >= 3 or suf in ("ies", "ied") and len(w) == 5):
            if suf in ("ies", "ied") or suf == "ness" and w[-5] == "i" and w != "business":
                # the -y word stems as the -y word does alone: supplies ~ supply, readiness ~ ready
                return stem(w[: -len(suf)].removesuffix("i") + "y")
            elif suf == "s" and w.endswith("ss") or suf == "ly" and w[-3] in "ai":
                continue  # (family ~ families: "-ily" is kept, as "-ies" becomes "-y"; so are anomaly, goalie)
            else:
                w = w[: -len(suf)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":  # 'stopped' -> 'stopp' -> 'stop'
        w = w[:-1]
    return w


# a negation typed without its apostrophe ("riders who didnt take it"): the cue patterns write "didn't"
_BARE_NEGATION = re.compile(r"(?i)\b(do|does|did|is|are|was|were|has|have|had|would|could|should)nt\b")


def restore_apostrophes(text: str) -> str:
    """'didnt' -> "didn't", 'doesnt' -> "doesn't": one spelling for the negations the cues read."""
    return _BARE_NEGATION.sub(lambda m: m.group(1) + "n't", text)


def norm_phrase(text: str | None) -> str:
    """Canonical form of a variable phrase for comparisons: stems of content words, joined by spaces."""
    if not text:
        return ""
    toks = [t for t in tokenize(text) if t.isalnum() or "-" in t or "'" in t]
    toks = [t for t in toks if t not in DETERMINERS and t != "'s"]
    return " ".join(stem(t) for t in toks)


_SHORT_WORDS = {"as", "at", "in", "on", "of", "or", "is", "it", "to", "by", "we", "us", "an", "be", "do", "go", "he",
                "me", "my", "no", "so", "up", "if", "hi", "ok", "am", "vs", "id", "ie", "eg"}


DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her",
    "some", "any", "each", "every",
}


# Function words: never the start of a column's name, however close their letters ("into" ~ introPrice).
FUNCTION_WORDS = frozenset(
    "the a an this that these those my our your their its his her some any each every all both either neither "
    "i we you they it he she me us them is are was were be been being am do does did done have has had can could would "
    "should will shall may might must what which who whom whose how why when where whether if unless of on in for to "
    "from by with without about at as into onto upon than then and or but so because through via across among amongst "
    "between over under above below after before while vs versus per within during against toward towards like along "
    "around beyond instead rather".split())


STOP_INSIDE = {"of", "the", "a", "an", "per", "in", "on", "and", "to", "for"}


# Abbreviations of variable names (short form -> words; both directions are tried): vocab/abbreviations.json
ABBREVIATIONS: dict[str, str] = dict(vocab("abbreviations")["abbreviations"])


# Common synonyms of variable words (stem level, symmetric): vocab/synonyms.json
_SYNONYM_GROUPS: list[set[str]] = [set(g["stems"]) for g in vocab("synonyms")["groups"]]


_SYNONYM_STEMS: list[frozenset[str]] = []


@functools.lru_cache(maxsize=4096)
def synonyms(st: str) -> frozenset[str]:
    """Stems that name the same kind of variable as stem `st` (both raw and stemmed forms are listed)."""
    if not _SYNONYM_STEMS:
        _SYNONYM_STEMS.extend(frozenset(g | {" ".join(stem(w) for w in x.split()) for x in g}) for g in _SYNONYM_GROUPS)
    out = {st}
    for group in _SYNONYM_STEMS:
        if st in group:
            out |= group
    return frozenset(out)


def name_words(name: str) -> list[str]:
    """Words of a column name: `hours_studied` -> ['hours', 'studied']; `BMI` -> ['bmi']."""
    words = [t for t in tokenize(name) if t.isalnum() or "-" in t]
    # letters and digits apart, word by word, where a word has a real word in it (churned30d -> churned 30 d),
    # is a time tag (6m, yr2) or one letter and a number (u5, p90, v2); a code stays whole (re78, wt82_71,
    # fev1, vo2max_post -> vo2max post)
    out: list[str] = []
    for w in words:
        parts = re.findall(r"[a-z]+|\d+", w)
        # (and a before/after tag with its days: arts_pre30 -> arts pre 30, as arts_post30 -> arts post 30)
        tag = len(parts) == 2 and (parts[1].isdigit() and (parts[0] in TIME_UNIT_WORDS or len(parts[0]) == 1
                                                           or parts[0] in {"pre", "bl", "fu"})
                                   or parts[0].isdigit() and parts[1] in TIME_UNIT_WORDS)
        # a code and its time tag: vo2max12m -> vo2max 12 m, dnf30d -> dnf 30 d (not t2d)
        timed = re.fullmatch(r"([a-z]+\d+[a-z]+|[a-z]{2,})(\d+)(d|w|m|y|h|wk|mo|yr|wks|mos|yrs)", w)
        out += parts if tag or any(len(p) >= 4 and p.isalpha() for p in parts) else list(timed.groups()) if timed else [w]
    return out


def name_parts(name: str) -> list[str]:
    """A column name cut at separators and camelCase humps, lower-cased, letters and digits kept together
    (`hba1c_12m` -> ['hba1c', '12m'], `sub90d` -> ['sub90d'], `churnedD30` -> ['churned', 'd30'])."""
    return [p.lower() for p in re.split(r"[_.\-\s]+|(?<=[a-z])(?=[A-Z])", name) if p]


@dataclass
class ColumnInfo:
    """What the parser needs to know about a column."""

    name: str
    type: str = "numeric"
    examples: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    stems: tuple[str, ...] = ()
    aliases: list[tuple[str, ...]] = field(default_factory=list)  # stem sequences
    untimed: tuple[str, ...] = ()  # the aliases' stems without the name's time tag (RERPT_6M -> rerpt)
    initials: str = ""  # the alias made of its words' initials (FERM_TEMP_C -> ftc), if it has one

    @classmethod
    def build(cls, name: str, type_: str = "numeric", examples: Iterable[Any] = ()) -> "ColumnInfo":
        words = name_words(name)
        stems = tuple(stem(w) for w in words if w not in STOP_INSIDE) or tuple(stem(w) for w in words)
        aliases: list[tuple[str, ...]] = [stems]
        # abbreviation -> words ("bmi" column matches "body mass index")
        joined = "".join(words)
        if joined in ABBREVIATIONS:
            aliases.append(tuple(stem(w) for w in ABBREVIATIONS[joined].split() if w not in STOP_INSIDE))
        expanded = []
        for w in words:
            expanded += ABBREVIATIONS.get(w, w).split()
        exp_stems = tuple(stem(w) for w in expanded if w not in STOP_INSIDE)
        if exp_stems != stems:
            aliases.append(exp_stems)
        # a letter-and-number code kept whole ("vitamin K2" ~ vit_k2, "B12" ~ VIT_B12): not a time, version,
        # season or grade tag, which stay split
        raw = [t for t in tokenize(name) if t.isalnum()]
        if any(re.fullmatch(r"[a-z]\d{1,2}", t) and t[0] not in "dwmyhqsvtg" for t in raw):
            aliases.append(tuple(stem(w) for w in raw if w not in STOP_INSIDE))
        untimed_words = _untimed(words)
        untimed = tuple(stem(w) for w in untimed_words if w not in STOP_INSIDE) if untimed_words != words else ()
        if untimed:  # RERPT_6M ~ "re-reports", retained_yr2 ~ "retained" (twins then compete)
            aliases.append(untimed)
        # words -> abbreviation ("body_mass_index" column matches "BMI"); initials of 2+ words
        # (of the words proper: a time tag or version code is no word, so rating_v2 is not "rv")
        tags = {i for i, w in enumerate(untimed_words[:-1]) if len(w) == 1 and untimed_words[i + 1].isdigit()}
        lettered = [w for i, w in enumerate(untimed_words) if w.isalpha() and i not in tags]
        initials = ""
        if len(lettered) >= 2:
            initials = "".join(w[0] for w in lettered if w not in STOP_INSIDE)
            plain = not any(ch.isdigit() for ch in name)  # two letters are initials of plain words only
            if len(initials) >= 3 or (len(initials) == 2 and plain and initials not in _SHORT_WORDS):
                aliases.append((initials,))
            else:
                initials = ""
        for short, long_ in ABBREVIATIONS.items():
            long_stems = tuple(stem(w) for w in long_.split() if w not in STOP_INSIDE)
            if long_stems == stems and len(stems) > 1:
                aliases.append((short,))
        return cls(name, type_, [str(e) for e in examples], words, stems, list(dict.fromkeys(aliases)), untimed,
                   initials if (initials,) != stems else "")


NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())} | {
    "eighteen": "18", "twenty-four": "24", "thirty": "30", "sixty": "60", "ninety": "90",
    "first": "1", "second": "2", "third": "3", "fourth": "4"}  # "in the first year" = within 1 year


def number_word_first(tok: str) -> str:
    """A hyphenated word that starts with a number word, written with the digits ("three-year" -> "3-year")."""
    head, _, rest = tok.partition("-")
    return f"{NUMBER_WORDS[head]}-{rest}" if rest and head in NUMBER_WORDS else tok


TIME_UNIT_WORDS = {"d", "w", "wk", "wks", "m", "mo", "mos", "y", "yr", "yrs", "h", "hr", "hrs", "day", "days",
                   "week", "weeks", "month", "months", "year", "years"}


def _untimed(words: list[str]) -> list[str]:
    """A name's words without its time tag (a number beside a unit word, or a year): the variable the
    name measures at some time, which a question often names without saying when. A number alone
    (Q16_CANVASSED, latency.p99) is no time."""
    drop: set[int] = set()
    for i, w in enumerate(words):
        if re.fullmatch(r"(?:19|20)\d\d", w):
            drop.add(i)
        elif w.isdigit():
            units = [k for k in (i - 1, i + 1) if 0 <= k < len(words) and words[k] in TIME_UNIT_WORDS]
            if units:
                drop |= {i, units[0]}
    keep = [w for i, w in enumerate(words) if i not in drop]
    return keep if drop and any(len(w) >= 3 for w in keep) else words


def columns_from_profile(profile: Any) -> list[ColumnInfo]:
    """Accept a `copilot.data.DataProfile`, a list of names, or a list of dicts with name/type/examples."""
    if profile is None:
        return []
    cols = getattr(profile, "columns", profile)
    out = []
    for c in cols:
        if isinstance(c, str):
            out.append(ColumnInfo.build(c))
        elif isinstance(c, dict):
            out.append(ColumnInfo.build(c["name"], c.get("type", "numeric"), c.get("examples", [])))
        else:
            out.append(ColumnInfo.build(c.name, getattr(c, "type", "numeric"), getattr(c, "examples", [])))
    out = _split_run_together(out)
    # a name's words without its time tag belong to the column named just that (turnout beside turnout_2016)
    plain = {c.stems for c in out}
    for c in out:
        c.aliases = [a for a in c.aliases if a == c.stems or a not in plain]
    return out


# the second word of a name written run together ("attendanceafter", "repeatvisits"): a time qualifier, or a
# measure word when another column corroborates the first word
_RUN_TOGETHER_TIME = frozenset({"before", "after", "pre", "post", "prev", "baseline", "followup"})
_RUN_TOGETHER_MEASURE = frozenset({"size", "rate", "ratio", "count", "score", "total", "amount", "length", "level",
                                   "days", "hours", "visits", "time", "price", "cost", "share", "index", "fee",
                                   "fees", "number", "sessions", "minutes", "weeks", "months", "years"})


def _split_run_together(columns: list[ColumnInfo]) -> list[ColumnInfo]:
    """Columns whose name is words run together in lower case (attendancebefore / attendanceafter,
    repeatvisits / repeatrate) get the words apart, as if written attendance_after: the question says
    "attendance". Split only where the data shows the cut: a time word after it, or a measure word with
    the same first word in another column (so "separate" or "holidays" stay whole)."""
    words_of = {c.name: [w for w in c.words if w.isalpha()] for c in columns}

    def cut(word: str, own: str) -> tuple[str, str] | None:
        for k in range(4, len(word) - 2):
            head, tail = word[:k], word[k:]
            if tail in _RUN_TOGETHER_TIME:
                return head, tail
            if tail in _RUN_TOGETHER_MEASURE and any(
                    name != own and any(w == head or w.startswith(head) and w[k:] in _RUN_TOGETHER_MEASURE | _RUN_TOGETHER_TIME
                                        for w in ws) for name, ws in words_of.items()):
                return head, tail
        return None

    out = []
    for c in columns:
        plain = c.name.replace("_", "").isalpha() and c.name == c.name.lower()  # not camelCase or CODES
        parts = [cut(w, c.name) if plain and w.isalpha() and len(w) >= 8 else None for w in c.words]
        if not any(parts):
            out.append(c)
            continue
        written = "_".join("_".join(p) if p else w for w, p in zip(c.words, parts))
        split = ColumnInfo.build(written, c.type, c.examples)
        split.name = c.name
        split.aliases.append(c.stems)  # the run-together word still names it
        out.append(split)
    return out


def parse_number(tok: str) -> float | None:
    """A number as people write it: '1,200', '$5k', '30%', '2.5m' (None for a word)."""
    t = tok.replace(",", "").replace("$", "").replace("%", "")
    mult = 1.0
    if t.endswith("k") and t[:-1].replace(".", "", 1).isdigit():
        t, mult = t[:-1], 1e3
    elif t.endswith("m") and t[:-1].replace(".", "", 1).isdigit():
        t, mult = t[:-1], 1e6
    try:
        value = float(t) * mult
    except ValueError:
        return None
    return int(value) if value.is_integer() else value


def spells_column(text: str, column: str) -> bool:
    """The words write the column's name word for word ('members start' ~ "members start", 'alteration
    rate' ~ alteration_rate): the name itself, whatever twins it has."""
    return " ".join(text.lower().replace("_", " ").split()) == " ".join(column.lower().replace("_", " ").split())


def _is_id(col: ColumnInfo) -> bool:
    """A row identifier: typed so by the profile (`mrn`, `child`), or named so (student_id, case_no); an
    "..._index" is a measure (wellbeing_index, barthel_index), "index" alone a row number."""
    return col.type == "id" or bool(col.words) and col.words[-1] in {"id", "ids", "key", "uuid", "no", "nr"} \
        or col.name.lower() in {"id", "index"}
