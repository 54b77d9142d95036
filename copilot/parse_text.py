"""Text side of question understanding: tokens, light stemming, typo repair, and finding the
variables a question mentions (data columns when there is a profile, free noun phrases when not).

Kept separate from `copilot/parse.py` so that role and kind logic read as rules over *mentions*
rather than over raw characters.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

# ---------------------------------------------------------------- tokens and stems

_TOKEN_RE = re.compile(r"'s\b|\d+\.\d+|[a-z0-9]+(?:[-'][a-z0-9]+)*|->|→|[<>]=?|=|[^\sa-z0-9]")


def tokenize(text: str) -> list[str]:
    """Lower-case word/punctuation tokens; `snake_case` and `camelCase` names split into words."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)  # camelCase -> camel Case
    text = text.lower().replace("_", " ")
    text = re.sub(r"[`\"“”‘’]", " ", text)
    text = re.sub(r"(?<=[a-z])'s\b", " 's", text)
    return _TOKEN_RE.findall(text)


_SUFFIXES = ("ational", "ships", "ship", "ments", "ment", "ness", "ences", "ence", "ances", "ance", "ions", "ion", "ings", "ing", "ers", "ies", "ied", "ed", "er", "es", "s", "ly")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, symmetric suffix stripper: 'smoking', 'smoker', 'smokes' -> 'smok'.

    Only equality of stems matters (both sides go through the same function), so crude is fine.
    """
    w = word.lower().strip("'")
    if len(w) <= 3 or not w.isalpha():
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            if suf in ("ies", "ied"):
                w = w[: -len(suf)] + "y"
            elif suf == "s" and w.endswith("ss"):
                continue
            else:
                w = w[: -len(suf)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":  # 'stopped' -> 'stopp' -> 'stop'
        w = w[:-1]
    return w


def norm_phrase(text: str | None) -> str:
    """Canonical form of a variable phrase for comparisons: stems of content words, joined by spaces."""
    if not text:
        return ""
    toks = [t for t in tokenize(text) if t.isalnum() or "-" in t or "'" in t]
    toks = [t for t in toks if t not in _DETERMINERS and t != "'s"]
    return " ".join(stem(t) for t in toks)


# ---------------------------------------------------------------- vocabularies

_SHORT_WORDS = {"as", "at", "in", "on", "of", "or", "is", "it", "to", "by", "we", "us", "an", "be", "do", "go", "he",
                "me", "my", "no", "so", "up", "if", "hi", "ok", "am", "vs", "id", "ie", "eg"}
_DETERMINERS = {
    "the", "a", "an", "this", "that", "these", "those", "my", "our", "your", "their", "its", "his", "her",
    "some", "any", "each", "every",
}
_STOP_INSIDE = {"of", "the", "a", "an", "per", "in", "on", "and", "to", "for"}

# Generic abbreviations of variable names (short form -> words); both directions are tried.
ABBREVIATIONS: dict[str, str] = {
    "bmi": "body mass index", "bp": "blood pressure", "sbp": "systolic blood pressure",
    "dbp": "diastolic blood pressure", "hr": "heart rate", "gpa": "grade point average",
    "ses": "socioeconomic status", "los": "length of stay", "ctr": "click through rate",
    "gdp": "gross domestic product", "cpi": "consumer price index", "iq": "intelligence quotient",
    "ldl": "ldl cholesterol", "hba1c": "blood sugar", "edu": "education", "educ": "education",
    "inc": "income", "yrs": "years", "num": "number", "pct": "percent", "avg": "average",
    "hh": "household", "emp": "employment", "unemp": "unemployment", "exp": "experience",
    "qty": "quantity", "amt": "amount", "rev": "revenue", "ad": "advertising", "ads": "advertising",
    "promo": "promotion", "temp": "temperature", "wt": "weight", "ht": "height", "dx": "diagnosis",
    "rx": "prescription", "tx": "treatment", "trt": "treatment", "hrs": "hours", "mins": "minutes",
    "min": "minutes", "sat": "sat score", "ppl": "people", "dept": "department", "mgmt": "management",
    "perf": "performance", "sal": "salary", "att": "attendance", "vax": "vaccination",
}

# Common synonyms of variable words (stem level, symmetric).
_SYNONYM_GROUPS: list[set[str]] = [
    {"sex", "gender"},
    {"incom", "earning", "salary", "wag", "pay"},
    {"spend", "spending", "expenditur"},
    {"purchas", "buy", "bought"},
    {"ag", "old"},
    {"smok", "smoker", "cigarett"},
    {"exercis", "workout", "physical activity"},
    {"weight", "bodyweight"},
    {"discount", "coupon", "voucher"},
    {"advertis", "ad", "marketing"},
    {"school", "schooling", "educat"},
    {"test scor", "exam scor", "scor"},
    {"unemploy", "joblessness"},
    {"satisfact", "happiness"},
    {"tutor", "tutoring"},
    {"attend", "attendanc"},
    {"depress", "depression"},
    {"chur", "churn", "cancel"},
    {"vaccin", "vaccinat", "vax", "jab"},
    {"sleep", "sleeping"},
    {"price", "pric", "cost"},
]


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


# Words that carry the question's structure; typo repair snaps near-misses onto these.
CUE_WORDS = (
    "effect effects affect affects affected affecting impact impacts impacted influence influences influenced "
    "cause causes caused causing causal causally increase increases decrease decreases reduce reduces reduced "
    "improve improves improved raise raises lower lowers boost boosts mediate mediates mediated mediating mediator "
    "mediation indirect direct through via controlling control adjusting adjust adjusted accounting account "
    "holding constant among between across differ differs different difference vary varies varying variation "
    "heterogeneous heterogeneity subgroup subgroups depending depends whether estimate estimated estimating "
    "compute calculate discover discovery structure graph diagram network relationships relationship generate "
    "simulate synthetic sample dataset datasets rows correlates correlated correlation independent independence "
    "hypothesis premise treatment outcome average conditional weather explain explained mechanism pathway "
    "channel moderated moderator benefit benefits respond responds which what does would should effectiveness"
).split()

# A few hundred frequent English words that must never be "corrected" into cue words.
_COMMON = set(
    (
        "the be to of and a in that have i it for not on with he as you do at this but his by from they we say her "
        "she or an will my one all would there their what so up out if about who get which go me when make can like "
        "time no just him know take people into year your good some could them see other than then now look only come "
        "its over think also back after use two how our work first well way even new want because any these give day "
        "most us is are was were been has had did does data dataset cases case costs cost sales sale rates rate price "
        "prices patients patient customers customer students student users user group groups women men people age "
        "aged older younger income wages wage score scores test tests exam health hours hour days week weeks months "
        "month years school class classes program programs training job jobs effectively affecting defect defects "
        "reflect reflects detect select selected infect infected perfect impacts impact lowered lower power tower "
        "adjacent constants constant convert region regions state states country countries store stores stories "
        "meditation medication medications meditate story ratio rations ration action actions active activity deduce reduce induce produce produced product "
        "products process differently difficult difficulty among amount amounts account accounts direction directly "
        "correct corrected collect collected connect connected protect protected respect expected expect affected "
        "cases causes cause clause clauses pause paused house houses diagram program grams grants grant graph graphs "
        "graduate graduated gradient structure structured vary very various variance variant versus verses"
    ).split()
)


def fix_typos(tokens: list[str], extra_vocab: Iterable[str] = ()) -> list[str]:
    """Snap misspelt words onto cue words or column words (difflib, conservative cut-offs)."""
    vocab = set(CUE_WORDS) | set(extra_vocab)
    vocab_stems = {stem(w) for w in extra_vocab} | {stem(w) for w in CUE_WORDS}
    vocab_list = sorted(vocab)
    out = []
    for tok in tokens:
        if len(tok) < 5 or not tok.isalpha() or tok in vocab or tok in _COMMON or stem(tok) in vocab_stems:
            out.append(tok)
            continue
        cutoff = 0.86 if len(tok) < 7 else 0.82
        match = difflib.get_close_matches(tok, vocab_list, n=1, cutoff=cutoff)
        out.append(match[0] if match else tok)
    return out


# ---------------------------------------------------------------- column aliases


def name_words(name: str) -> list[str]:
    """Words of a column name: `hours_studied` -> ['hours', 'studied']; `BMI` -> ['bmi']."""
    return [t for t in tokenize(name) if t.isalnum() or "-" in t]


@dataclass
class ColumnInfo:
    """What the parser needs to know about a column."""

    name: str
    type: str = "numeric"
    examples: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    stems: tuple[str, ...] = ()
    aliases: list[tuple[str, ...]] = field(default_factory=list)  # stem sequences

    @classmethod
    def build(cls, name: str, type_: str = "numeric", examples: Iterable[Any] = ()) -> "ColumnInfo":
        words = name_words(name)
        stems = tuple(stem(w) for w in words if w not in _STOP_INSIDE) or tuple(stem(w) for w in words)
        aliases: list[tuple[str, ...]] = [stems]
        # abbreviation -> words ("bmi" column matches "body mass index")
        joined = "".join(words)
        if joined in ABBREVIATIONS:
            aliases.append(tuple(stem(w) for w in ABBREVIATIONS[joined].split() if w not in _STOP_INSIDE))
        expanded = []
        for w in words:
            expanded += ABBREVIATIONS.get(w, w).split()
        exp_stems = tuple(stem(w) for w in expanded if w not in _STOP_INSIDE)
        if exp_stems != stems:
            aliases.append(exp_stems)
        # words -> abbreviation ("body_mass_index" column matches "BMI"); initials of 2+ words
        if len(words) >= 2:
            initials = "".join(w[0] for w in words if w not in _STOP_INSIDE)
            if len(initials) >= 3 or (len(initials) == 2 and initials not in _SHORT_WORDS):
                aliases.append((initials,))
        for short, long_ in ABBREVIATIONS.items():
            long_stems = tuple(stem(w) for w in long_.split() if w not in _STOP_INSIDE)
            if long_stems == stems and len(stems) > 1:
                aliases.append((short,))
        return cls(name, type_, [str(e) for e in examples], words, stems, list(dict.fromkeys(aliases)))


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
    return out


# ---------------------------------------------------------------- mentions


@dataclass
class Mention:
    """A span of the question that names a variable: a data column or, with no data, a free phrase."""

    start: int  # token index
    end: int  # exclusive
    text: str
    column: str | None = None
    score: float = 1.0
    alternatives: list[str] = field(default_factory=list)  # other columns that fit about as well

    @property
    def key(self) -> str:
        return self.column or self.text


@functools.lru_cache(maxsize=65536)
def _tok_match(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if b in synonyms(a):
        return 0.8
    if len(a) >= 4 and len(b) >= 4 and a[0] == b[0]:  # a typo rarely hits the first letter: weight is not height
        r = difflib.SequenceMatcher(None, a, b).ratio()
        if r >= 0.8:
            return r * 0.95
    return 0.0


def _seq_score(span: tuple[str, ...], alias: tuple[str, ...]) -> float:
    """How well a question span (stems) names an alias (stems): ordered, then unordered, then fuzzy."""
    if not span or not alias:
        return 0.0
    if span == alias:
        return 1.0
    if len(span) == len(alias):
        if sorted(span) == sorted(alias):
            return 0.97
        scores = [_tok_match(a, b) for a, b in zip(span, alias)]
        if all(scores):
            return 0.9 * min(scores)
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
    # a multi-word phrase that is the head of a longer name: "blood pressure" ~ systolic_bp (bp = blood pressure)
    if 2 <= len(span) == len(alias) - 1 and tuple(alias[1:]) == span:
        return 0.75
    # synonym of a multi-word alias collapsed into one word or vice versa ("earnings" vs "income")
    if len(span) == 1 and " ".join(alias) in synonyms(span[0]):
        return 0.8
    if len(alias) == 1 and " ".join(span) in synonyms(alias[0]):
        return 0.8
    # written together or apart: "burned out" ~ "burnout", "work load" ~ "workload"
    a, b = "".join(span), "".join(alias)
    if len(a) >= 6 and len(b) >= 6 and abs(len(a) - len(b)) <= 2 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.85:
        return 0.85
    return 0.0


_ADJ_OK = {"daily", "weekly", "monthly", "annual", "yearly", "average", "mean", "total", "overall", "current",
           "new", "their", "his", "her", "its", "student", "students", "customer", "customers", "patient",
           "patients", "employee", "employees", "user", "users", "worker", "workers", "county", "farm", "crop",
           "people", "kids", "children"}


def _is_id(col: ColumnInfo) -> bool:
    return bool(col.words) and col.words[-1] in {"id", "ids", "key", "uuid", "index"} or col.name.lower() in {"id", "index"}


def find_column_mentions(tokens: list[str], columns: list[ColumnInfo]) -> list[Mention]:
    """Spans that name columns: exact/unordered/fuzzy alias matches, then partial single-word ones."""
    stems = [stem(t) for t in tokens]
    cands: list[tuple[float, int, int, str]] = []
    n = len(tokens)
    for i in range(n):
        if not (tokens[i].isalnum() or "-" in tokens[i]) or tokens[i] in _DETERMINERS or tokens[i] in _STOP_INSIDE:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if not (tokens[j - 1].isalnum() or "-" in tokens[j - 1]):
                break
            span = tuple(stems[k] for k in range(i, j) if tokens[k] not in _STOP_INSIDE)
            if not span or tokens[j - 1] in _STOP_INSIDE:
                continue
            if "-" in tokens[i] and j == i + 1:  # "click-through-rate"
                span = tuple(stem(p) for p in tokens[i].split("-"))
            for col in columns:
                best = max(_seq_score(span, a) for a in col.aliases)
                if _is_id(col) and best < 0.97:
                    continue  # identifiers only by their exact name ("students" is not student_id)
                if best > 0:
                    cands.append((best + 0.01 * (j - i), i, j, col.name))
    # partial: one question word equal to a distinctive word of a multi-word column ("score" -> exam_score)
    for i, t in enumerate(tokens):
        if not t.isalpha() or len(t) < 3 or t in _DETERMINERS or t in _GENERIC_WORDS:
            continue
        st = stem(t)
        if i > 1 and _is_content(tokens[i - 1]) and tokens[i - 1] not in _ADJ_OK and \
                not tokens[i - 1].endswith("ing") and tokens[i - 2] in _DETERMINERS | _STOP_INSIDE | {"with", "about"}:
            continue  # "the minimum wage" is not "hourly_wage": the modifier word says it is another variable
        owners = [c.name for c in columns if len(c.stems) > 1 and not _is_id(c)
                  and any(_tok_match(st, s) >= 0.8 for s in c.stems)]
        for owner in owners:
            exact = any(s == st for s in next(c for c in columns if c.name == owner).stems)
            cands.append(((0.8 if exact else 0.6) - 0.05 * (len(owners) - 1), i, i + 1, owner))
    cands.sort(key=lambda c: (-c[0], c[1]))
    taken = [False] * n
    mentions: list[Mention] = []
    for score, i, j, col in cands:
        if any(taken[i:j]):
            continue
        alts = sorted({c for s, a, b, c in cands if a == i and b == j and c != col and s >= score - 0.02})
        for k in range(i, j):
            taken[k] = True
        mentions.append(Mention(i, j, " ".join(tokens[i:j]), col, round(min(score, 1.0), 3), alts))
    return sorted(mentions, key=lambda m: m.start)


# Words that end a free phrase: function words, question words, and the cue vocabulary.
_BREAK = set(
    (
        "the a an this that these those my our your their its his her some any each every all both either neither "
        "i we you they it he she me us them one ones someone anyone everyone myself ourselves "
        "is are was were be been being am do does did done doing have has had having can could would should will "
        "shall may might must 's isn aren don doesn didn wouldn won can't don't doesn't isn't "
        "what which who whom whose how why when where whether if unless "
        "of on in for to from by with without about at as into onto upon than then and or but so because through "
        "via across among amongst between over under above below after before while vs versus per within during "
        "against toward towards like along around beyond instead rather "
        "effect effects impact impacts influence influences affect affects affected affecting cause causes caused "
        "causing causal causally increase increases increased increasing decrease decreases decreased decreasing "
        "reduce reduces reduced reducing raise raises raised raising lower lowers lowered lowering cut cuts cutting "
        "improve improves improved improving boost boosts boosted boosting change changes changed changing drive "
        "drives driven driving lead leads led leading results resulting contribute contributes determine "
        "determines matter matters help helps helped hurt hurts harm harms mediate mediates mediated mediating "
        "mediator mediation moderate moderated moderator moderates go goes going gone went happen happens happened "
        "get gets getting got give giving given gives receive receiving received take taking took make makes making "
        "estimate estimated estimating compute calculate measure measured quantify assess evaluate analyze analyse "
        "tested check find figure tell show know want wondering wonder curious interested trying try need "
        "please thanks thank hi hello hey ok okay so well really actually much more less most least very also just "
        "only even still exactly roughly overall average on-average typically generally significantly basically "
        "there here not no yes way thing things anything something data dataset analysis question variable "
        "using "
        "variables column columns relationship relationships association link connection role part share fraction "
        "proportion portion amount lot bit kind sort whole goes explained explain explains account accounts "
        "accounted accounting adjusting adjust adjusted controlling control controlled holding hold constant "
        "fixed keeping conditional conditioning net differ differs different difference vary varies varying "
        "depend depends depending dependent subgroup subgroups heterogeneous heterogeneity groups group benefit "
        "benefits benefited respond responds response someone people person folks would-be outcome treatment "
        "indirect direct total causal-effect ate cate average due thanks result "
        "actual true real big small large strong weak positive negative similar same other another else "
        "what's how's it's that's there's let's i'm we're i'd we'd you're "
        "up down out off away back high higher highest low lower lowest better best worse worst good bad "
        "more fewer less least most bigger smaller larger greater mostly mainly largely partly primarily "
        "simply mean means meant debating debate suspect suspects believe believes feel guess hope "
        "turn turned turning start started starting stop stopped stopping put set setting begin began keep kept "
        "launch launched roll rolled introduce introduced require required requiring offer offered send sent "
        "switch switched enable enabled disable disabled allow allowed ban banned "
        "draw sketch map plot build learn recover infer uncover run apply tell give "
        "think suppose say said seems seem look looking see saw run used answer "
        "correlate correlates correlated correlation independent dependent hypothesis premise "
        "graph structure diagram network dag model discover discovery generate simulate sample synthetic "
        "everything anything nothing choose chose pick select decide minimise minimize maximise maximize optimise "
        "optimize effective effectiveness efficacious efficacy instrument instruments instrumental iv"
    ).split()
)
_GENERIC_WORDS = {"people", "person", "patients", "patient", "customers", "customer", "users", "user", "students",
                  "student", "group", "groups", "level", "levels", "rate", "status", "number", "total", "amount",
                  "time", "type", "days", "day", "value", "values", "index", "count", "score", "scores", "flag",
                  "years", "year", "hours", "change", "data", "effect", "outcome", "treatment", "high", "low",
                  "has", "had", "have", "the", "and", "any", "not", "one", "two", "per", "was", "are", "used",
                  "use", "new", "old", "did", "does", "got", "get", "can"}
_GENERIC_WORDS |= {"guests", "guest", "households", "household", "visitors", "members", "clients", "workers",
                   "employees", "participants", "individuals", "families", "residents", "shoppers"}
_GENERIC_WORDS -= {"score", "scores", "rate", "status", "level", "levels", "index", "count", "hours", "days",
                   "treatment", "outcome"}

# A free phrase "X of Y" stays whole when X measures Y ("hours of sleep", "years of schooling").
_MEASURE_HEADS = {"hours", "hour", "years", "year", "number", "amount", "level", "levels", "length", "rate",
                  "quality", "size", "frequency", "dose", "days", "minutes", "share", "percentage", "price",
                  "cost", "duration", "risk", "likelihood", "probability", "quantity", "degree", "intensity",
                  "use", "hours", "nights", "weeks", "months", "units", "cups", "glasses", "servings", "sense",
                  "lack", "loss", "rates", "cups", "pounds"}


_TO_HEADS = {"access", "exposure", "proximity", "distance", "adherence", "time", "commute", "closeness", "return",
             "returns", "travel"}


def find_free_mentions(tokens: list[str], skip: set[int] | None = None) -> list[Mention]:
    """Maximal runs of content words (no function or cue words) = candidate variable phrases."""
    skip = skip or set()
    mentions: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if i in skip or not _is_content(t):
            i += 1
            continue
        j = i
        while j < n and j not in skip and _is_content(tokens[j]) and j - i < 6:
            j += 1
        # "hours of sleep", "length of stay", "access to healthcare"
        while (
            j + 1 < n and (tokens[j] == "of" and tokens[j - 1] in _MEASURE_HEADS
                           or tokens[j] == "to" and tokens[j - 1] in _TO_HEADS) and j + 1 not in skip
            and (_is_content(tokens[j + 1]) or (tokens[j + 1] in {"the", "a", "an"} and j + 2 < n
                                               and j + 2 not in skip and _is_content(tokens[j + 2])))
        ):
            j += 2 if _is_content(tokens[j + 1]) else 3
            while j < n and j not in skip and _is_content(tokens[j]) and j - i < 8:
                j += 1
        mentions.append(Mention(i, j, " ".join(tokens[i:j]).replace(" 's", "'s"), None, 0.5))
        i = j
    return mentions


def _is_content(tok: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z0-9'-]*", tok)) and tok not in _BREAK and not re.fullmatch(r"\d+", tok)
