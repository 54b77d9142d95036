"""Question -> task JSON. Structure does the heavy lifting; the language model only breaks ties.

Steps (each a plain function):
1. `analyze`: tokens (typos snapped onto cue/column words), variable *mentions* (data columns via
   `copilot.parse_text`, or free noun phrases when there is no CSV), row conditions ("among people
   over 60"), and a *skeleton* of the question with every mention replaced by `<k>`.
2. Role patterns over the skeleton vote for treatment / outcome / mediator / modifier / covariate.
3. Kind cues (graph words, mediation words, "for whom", generation verbs, stated correlations, ...)
   pick the task kind; every candidate interpretation is built as a valid `Task`.
4. When the structure is weak the LM breaks the tie: for an undirected pair it compares the raw
   log-likelihoods of "X on Y" and "Y on X" (same tokens, so no length bias) and may flip the
   word-order default only on a strong preference; for two kinds within 0.25 it scores their
   readings with the calibrated `lm.choose`. Measured on eval/data/questions.jsonl, wider LM
   authority changed answers only for the worse, so structure decides everything else. Without
   an LM the best structural candidate wins (confidence says how close the runner-up was).
5. Something essential missing or a column that is not in the data -> a short clarifying question
   plus `pending` (the partial task JSON) that the next message completes.
`previous` turns follow-ups ("and adjusting for age?", "now by gender", "what about X instead?")
into edits of the previous task.

Without data, variables are free noun phrases without determiners or change verbs: "the effect of
raising the minimum wage on teen employment" -> treatment "minimum wage", outcome "teen employment".
`profile` may be a `copilot.data.DataProfile`, a list of column names, or a list of
{name, type, examples} dicts.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from copilot.parse_text import (
    _is_content,
    ColumnInfo,
    Mention,
    columns_from_profile,
    find_column_mentions,
    find_free_mentions,
    fix_typos,
    norm_phrase,
    stem,
    tokenize,
)
from copilot.understand.evidence import bind_identifiers, sentinel_column
from copilot.understand import vocab
from copilot.understand.ground import ground_phrase, max_phrases
from copilot.understand.guided import guided_task, supports_guided
from copilot.understand.kind import predict as predict_kind
from copilot.task import AteTask, CateTask, Condition, MediationTask, PolicyTask, Task, parse_task, task_to_dict
from copilot.understand.fields import (
    audit_fields,
    estimand,
    find_instrument,
    is_audit,
    is_policy,
    maximize,
    policy_group_nouns,
    split_at,
)


class ParseOutcome(BaseModel):
    """What the parser understood; `task` is None when it must ask back first."""

    task: Task | None = None
    clarification: str | None = None
    pending: dict | None = None
    confidence: float = 1.0
    alternatives: list[dict] = Field(default_factory=list)
    mentions: dict[str, str] = Field(default_factory=dict)
    features: dict[str, float] = Field(default_factory=dict, exclude=True)  # kind-model inputs (for training)


# ============================================================================ analysis

_DROP_IN_SKELETON = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "their", "your", "its",
                     "his", "her", "some", "any", "really", "actually", "truly", "even", "just", "also",
                     "significantly", "meaningfully", "causally", "directly", "statistically", "on-average",
                     "somehow", "possibly", "exactly", "ever", "much", "all"}

# multi-word cues glued into one token so that e.g. a bare "by" can only mean "broken down by"
_GLUE = [
    (r"\b(caused|affected|influenced|driven|determined|impacted|shaped|changed|increased|reduced|boosted|"
     r"improved|hurt|harmed|lowered|raised|helped|damaged|worsened|promoted|predicted|altered|confounded) by\b", r"\1_by"),
    (r"\b(mediated|explained|accounted for|moderated|modified|carried|transmitted|channell?ed) (by|through)\b",
     lambda m: m.group(1).replace(" ", "_") + "_" + m.group(2)),
    (r"\bon average\b", "on-average"),
    (r"\bas well as\b", "and"),
    (r"\bbroken down by\b", "broken_down_by"),
    (r"\bwhat would happen\b|\bwhat will happen\b|\bwhat happens\b|\bwhat happened\b", "what_happens"),
]


@dataclass
class Analysis:
    question: str
    tokens: list[str]
    mentions: list[Mention]  # column mentions (or free phrases when there is no data)
    unmatched: list[Mention]  # free phrases that match no column (only with data)
    conditions: list[Condition]
    skeleton: str  # column mentions only (or free phrases when there is no data)
    columns: list[ColumnInfo]
    text: str  # normalised question (typos fixed), for cue regexes
    used_tokens: set[int] = field(default_factory=set)
    all_mentions: list[Mention] = field(default_factory=list)  # column mentions + unmatched phrases
    skeleton_all: str = ""  # skeleton over `all_mentions`


def _number(tok: str) -> float | None:
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


_GT = {"over", "above", "older", "more", "greater", "exceeding", ">", "beyond", "past"}
_GE = {"least", ">=", "or older", "and older", "and over", "and up", "or more", "plus", "+"}
_LT = {"under", "below", "younger", "less", "fewer", "<", "lower"}
_LE = {"most", "<=", "or younger", "and younger", "and under", "or less", "or fewer"}
_GROUP_NOUNS = {"people", "patients", "customers", "users", "adults", "individuals", "those", "ones", "folks",
                "respondents", "participants", "women", "men", "employees", "workers", "kids", "children",
                "students", "subjects", "members", "clients", "shoppers", "persons", "seniors", "aged", "age",
                "ages", "applicants", "buyers", "visitors", "households", "everyone", "anyone"}
_FEMALE = {"women", "woman", "female", "females", "girls", "girl", "ladies", "mothers", "moms"}
_MALE = {"men", "man", "male", "males", "boys", "boy", "gentlemen", "fathers", "dads"}


def _age_column(columns: list[ColumnInfo]) -> str | None:
    for c in columns:
        if c.stems and c.stems[-1] in {"ag", "age"} or c.name.lower() in {"age", "age_years", "years_old"}:
            return c.name
    return None


def _gender_column(columns: list[ColumnInfo]) -> ColumnInfo | None:
    for c in columns:
        if set(c.stems) & {"sex", "gender", "femal", "mal"}:
            return c
    return None


def _gender_value(col: ColumnInfo, female: bool) -> float | str:
    if set(col.stems) & {"femal"}:
        return 1 if female else 0
    if set(col.stems) & {"mal"} and not set(col.stems) & {"sex", "gender"}:
        return 0 if female else 1
    for ex in col.examples:
        low = ex.lower()
        if female and (low in {"f", "female", "woman", "women", "w"}):
            return ex
        if not female and low in {"m", "male", "man", "men"}:
            return ex
    return "female" if female else "male"


def extract_conditions(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                       has_data: bool) -> tuple[list[Condition], set[int]]:
    """Row filters: 'over 60' / 'with bmi above 30' / 'age > 60' / 'among women' / 'where region is north'."""
    conditions: list[Condition] = []
    used: set[int] = set()
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    n = len(tokens)
    age_col = _age_column(columns) if has_data else "age"
    for i, tok in enumerate(tokens):
        op = None
        j = i + 1
        two = " ".join(tokens[i:i + 2])
        if tok in {"over", "above", "exceeding", "beyond"} or two in {"older than", "more than", "greater than", "higher than", "bigger than", "larger than"}:
            op, j = ">", (i + 2 if two.endswith("than") else i + 1)
        elif tok in {"under", "below"} or two in {"younger than", "less than", "fewer than", "lower than", "smaller than"}:
            op, j = "<", (i + 2 if two.endswith("than") else i + 1)
        elif two in {"at least"}:
            op, j = ">=", i + 2
        elif two in {"at most"}:
            op, j = "<=", i + 2
        elif tok in {">", "<", ">=", "<=", "="}:
            op, j = ("==" if tok == "=" else tok), i + 1
        if op is None or j >= n:
            continue
        value = _number(tokens[j])
        if value is None:
            continue
        # which column?
        col = None
        k = i - 1
        while k >= 0 and tokens[k] in {"is", "are", "was", "of", "whose", "with", "a", "an", "the", "being", "aged"}:
            k -= 1
        if k >= 0 and (k + 1) in by_end:
            col = by_end[k + 1].key
            used.update(range(by_end[k + 1].start, by_end[k + 1].end))
        elif i > 0 and tokens[i - 1] == "aged" or (j + 1 < n and tokens[j + 1] in {"years", "yrs", "yo"}) or \
                (k >= 0 and tokens[k] in _GROUP_NOUNS):
            col = age_col
        if col is None:
            continue
        # "60 and older" style after the number flips nothing; "over 60" is strict
        conditions.append(Condition(column=col, op=op, value=value))
        used.update(range(i, j + 1))
    # "60 and older", "65+"
    for i, tok in enumerate(tokens):
        value = _number(tok)
        if value is None or i in used:
            continue
        tail = " ".join(tokens[i + 1:i + 3])
        op = None
        if tail in {"and older", "or older", "and over", "and up", "or more", "and above", "or above"} or \
                (i + 1 < n and tokens[i + 1] == "+"):
            op = ">="
        elif tail in {"and younger", "or younger", "and under", "or less", "and below", "or below"}:
            op = "<="
        if op and age_col:
            prev = tokens[i - 1] if i else ""
            col = by_end[i].key if i in by_end else age_col
            if prev in {"aged", "age", "ages"} or i in by_end or any(t in _GROUP_NOUNS for t in tokens[max(0, i - 3):i]) \
                    or "years" in tokens[i + 1:i + 4]:
                conditions.append(Condition(column=col, op=op, value=value))
                used.update(range(i, i + 3))
    # gender words after "among / for / in / only"
    gcol = _gender_column(columns) if has_data else None
    for i, tok in enumerate(tokens):
        if tok in _FEMALE | _MALE and i > 0 and tokens[i - 1] in {"among", "for", "in", "only", "just", "of"}:
            if i + 2 < n and tokens[i + 1] in {"and", "vs", "versus", "or"} and tokens[i + 2] in _FEMALE | _MALE:
                continue  # "for men and women" contrasts groups: a modifier, not a filter
            if i >= 2 and tokens[i - 2] in {"between", "differ", "different", "differently"}:
                continue
            if gcol is not None:
                conditions.append(Condition(column=gcol.name, op="==", value=_gender_value(gcol, tok in _FEMALE)))
            elif not has_data:
                conditions.append(Condition(column="sex", op="==", value="female" if tok in _FEMALE else "male"))
            else:
                continue
            used.add(i)
    # "where region is north", "with region = north", "region == 'north'"
    for m in mentions:
        k = m.end
        if k + 1 < n and tokens[k] in {"is", "=", "==", "equals"} and m.start > 0 and \
                tokens[m.start - 1] in {"where", "when", "with", "whose", "if"}:
            value_tok = tokens[k + 1]
            if value_tok in {"a", "an", "the"} and k + 2 < n:
                value_tok = tokens[k + 2]
            num = _number(value_tok)
            col = next((c for c in columns if c.name == m.column), None)
            val: float | str = num if num is not None else value_tok
            if col and col.examples and num is None:
                val = next((e for e in col.examples if e.lower() == value_tok), value_tok)
            conditions.append(Condition(column=m.key, op="==", value=val))
            used.update(range(m.start, k + 2))
    # "among smokers" / "only for treated units" with a binary column; "in the north" with a categorical value
    if has_data:
        for m in mentions:
            if m.start == 0 or m.start in used:
                continue
            prev = tokens[m.start - 1]
            prev2 = tokens[m.start - 2] if m.start >= 2 else ""
            col = next((c for c in columns if c.name == m.column), None)
            if col is not None and col.type == "binary" and (prev in {"among", "only", "within"} or
                                                             prev2 in {"only", "restricted", "limited"}):
                yes = next((e for e in col.examples if e.lower() in {"1", "true", "yes", "1.0"}), 1)
                conditions.append(Condition(column=col.name, op="==", value=_number(str(yes)) if _number(str(yes)) is not None else yes))
                used.update(range(m.start, m.end))
        for c in columns:
            if c.type not in {"categorical", "binary", "text"}:
                continue
            for ex in c.examples:
                low = ex.lower()
                if len(low) < 3 or _number(low) is not None:
                    continue
                for i, tok in enumerate(tokens):
                    if tok == low and i not in used and i > 0 and (
                        tokens[i - 1] in {"among", "in", "only", "for", "within"}
                        or (i >= 2 and tokens[i - 2] in {"among", "in", "only", "for", "within"})
                    ):
                        if any(mm.start <= i < mm.end for mm in mentions):
                            continue
                        conditions.append(Condition(column=c.name, op="==", value=ex))
                        used.add(i)
    uniq: dict[str, Condition] = {}
    for c in conditions:
        uniq[f"{c.column}{c.op}{c.value}"] = c
    return list(uniq.values()), used


def analyze(question: str, profile: Any = None) -> Analysis:
    """Tokens, mentions, conditions and the role skeleton of one message."""
    columns = columns_from_profile(profile)
    has_data = bool(columns)
    names = [c.name for c in columns]
    text, bound = bind_identifiers(question, names)  # hard evidence first: exact identifiers bind
    bound_text = {b.column: b.text for b in bound}
    text = text.replace("→", " -> ").replace("⟶", " -> ")
    text = re.sub(r"\(([^()]{1,40})\)", r" \1 ", text)  # "(bmi)" -> " bmi "
    raw_tokens = tokenize(text)
    col_vocab = {w for c in columns for w in c.words}
    tokens = fix_typos(raw_tokens, col_vocab)
    joined = " ".join(tokens)
    for pat, rep in _GLUE:
        joined = re.sub(pat, rep, joined)
    tokens = joined.split(" ")
    mentions = find_column_mentions(tokens, columns) if has_data else []
    if bound:
        forced = [Mention(i, i + 1, bound_text.get(col, col), col, 1.0)
                  for i, tok in enumerate(tokens) if (col := sentinel_column(tok, names))]
        mentions = sorted([m for m in mentions if not any(sentinel_column(tokens[k], names)
                                                          for k in range(m.start, m.end))] + forced,
                          key=lambda m: m.start)
    taken = {k for m in mentions for k in range(m.start, m.end)}
    free = find_free_mentions(tokens, taken)
    if not has_data:
        mentions, unmatched = free, []
    else:
        unmatched = [f for f in free if not _junk_phrase(f.text)]
    conditions, used = extract_conditions(tokens, mentions + ([] if has_data else []), columns, has_data)
    # a mention swallowed by a condition plays no role; free phrases inside conditions neither
    mentions = [m for m in mentions if not any(k in used for k in range(m.start, m.end))]
    unmatched = [m for m in unmatched if not any(k in used for k in range(m.start, m.end))]
    if not has_data:
        mentions = [m for m in mentions if not _junk_phrase(m.text)]
    allm = sorted(mentions + unmatched, key=lambda m: m.start)
    skeleton = _skeleton(tokens, mentions, used)
    skeleton_all = _skeleton(tokens, allm, used)
    return Analysis(question, tokens, mentions, unmatched, conditions, skeleton, columns, " ".join(tokens), used,
                    allm, skeleton_all)


def _skeleton(tokens: list[str], mentions: list[Mention], used: set[int]) -> str:
    """The question with mention k replaced by `<k>` and condition tokens by `cond`."""
    out: list[str] = []
    i = 0
    starts = {m.start: (k, m) for k, m in enumerate(mentions)}
    while i < len(tokens):
        if i in starts:
            k, m = starts[i]
            out.append(f"<{k}>")
            i = m.end
            continue
        t = tokens[i]
        if i in used:
            if not out or out[-1] != "cond":
                out.append("cond")
        elif t in {"<", ">", "<=", ">="}:
            out.append({"<": "lt", ">": "gt", "<=": "le", ">=": "ge"}[t])
        elif t not in _DROP_IN_SKELETON and t not in {":", "-", "–", "—"}:
            out.append(t)
        i += 1
    return " ".join(out)


_GENERIC_UNMATCHED = {"people", "person", "patients", "patient", "customers", "customer", "users", "user",
                      "students", "student", "kids", "children", "employees", "workers", "counties", "county",
                      "farms", "farm", "individuals", "participants", "members", "clients", "adults", "men", "women",
                      "teenagers", "teens", "program", "programme", "policy", "intervention", "treatment",
                      "outcome", "risk", "chance", "odds", "likelihood", "probability", "levels", "level",
                      "rates", "rate", "scores", "score", "amount", "number", "share", "units", "ones", "guests",
                      "guest", "households", "visitors", "shoppers", "residents", "families", "respondents",
                      "subjects", "buyers", "applicants", "firms", "companies", "stores", "schools", "hospitals",
                      "regions", "countries", "cities", "states", "teams", "accounts", "folks", "kids"}
_JUNK = {"question", "quick question", "hey", "hi", "hello", "thanks", "please", "folks", "team", "guys",
         "boss", "manager", "someone", "everyone", "idea", "sense", "clue", "answer", "number", "numbers",
         "estimate", "result", "results", "way", "stuff", "today", "yesterday", "now", "recently", "lately",
         "last year", "this year", "next year", "week", "month", "year", "spreadsheet", "csv", "file", "table",
         "sheet", "study", "survey", "experiment", "trial", "report", "paper", "project", "company", "firm",
         "analyst", "research", "researcher", "job", "boss", "work", "office", "client", "point", "case",
         "cases", "sure", "honest", "curious", "intuition", "hunch", "gut", "feeling", "feel", "hope", "hoping",
         "exact", "doubt", "finding", "findings", "impression", "colleague", "colleagues", "team", "meeting",
         "statistics", "stats", "population", "sample", "everybody", "anybody", "claim", "claims"}


def _junk_phrase(text: str) -> bool:
    t = text.lower().strip()
    if t in _JUNK or all(w in _JUNK for w in t.split()):
        return True
    return len(t) < 2


# ============================================================================ roles

_M = r"<(\d+)>"
_G = lambda k: rf"(?:[a-z0-9'_-]+ ){{0,{k}}}"  # noqa: E731  up to k filler words
_CV = (
    r"(?:cause|causes|caused|affect|affects|affected|influence|influences|impact|impacts|increase|increases|"
    r"decrease|decreases|reduce|reduces|raise|raises|lower|lowers|improve|improves|boost|boosts|drive|drives|"
    r"hurt|hurts|harm|harms|help|helps|change|changes|determine|determines|shape|shapes|lead to|leads to|led to|"
    r"result in|results in|contribute to|contributes to|matter for|matters for|make a difference (?:to|in|for)|"
    r"translate into|translates into|pay off in|move|moves|cut|cuts|shift|shifts|prevent|prevents|"
    r"protect against|protects against|lift|lifts|push|pushes|spur|spurs|worsen|worsens|promote|promotes|"
    r"damage|damages|alter|alters|do anything (?:for|to)|does anything (?:for|to)|have an effect on|"
    r"have any effect on|has an effect on|have an impact on|has an impact on|have any impact on|"
    r"make|makes|get people to|encourage|encourages|discourage|discourages|cure|cures|bring down|brings down|"
    r"bring up|brings up|drag down|drags down|pull down|pulls down|eat into|eats into|cause higher|cause lower|"
    r"increase the|decrease the|have an influence on|exert|->|=>|causally affect|causing|affecting|influencing|"
    r"impacting|increasing|decreasing|reducing|raising|lowering|improving|boosting|driving|hurting|harming|"
    r"helping|changing|leading to|resulting in|contributing to|preventing|promoting|worsening|cutting|"
    r"making|pushing|lifting)"
)
_PART = (r"(?:caused_by|affected_by|influenced_by|driven_by|determined_by|impacted_by|shaped_by|changed_by|"
         r"increased_by|reduced_by|boosted_by|improved_by|hurt_by|harmed_by|lowered_by|raised_by|helped_by|"
         r"damaged_by|worsened_by|promoted_by|predicted_by|altered_by)")
_EFFECT_NOUN = (r"(?:effect|effects|impact|impacts|influence|consequence|consequences|role|contribution|benefit|"
                r"benefits|return|returns|causal-effect|ate|payoff|effectiveness|efficacy|impact|ace|influence|"
                r"implications|repercussions|upshot|difference)")

# (regex, {group index -> role}, weight).  Roles: t, y, m, g.
_ROLE_PATTERNS: list[tuple[str, dict[int, str], float]] = [
    (rf"{_EFFECT_NOUN} (?:of|from) {_G(3)}{_M} {_G(4)}(?:on|upon|for|in|to|towards|regarding) {_G(3)}{_M}", {1: "t", 2: "y"}, 3.0),
    (rf"{_M} (?:'s )?{_EFFECT_NOUN} (?:on|upon|for|in) {_G(3)}{_M}", {1: "t", 2: "y"}, 3.0),
    (rf"{_M} {_G(4)}{_CV}(?! by) {_G(3)}{_M}", {1: "t", 2: "y"}, 2.5),
    (rf"{_M} {_G(5)}{_PART} {_G(3)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} (?:~|regressed (?:causally )?on|as (?:a )?function of|explained_by|modell?ed on) {_G(1)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} {_G(2)}(?:does|do|did|can|could|would|will|is|are) {_G(3)}{_M} {_G(2)}{_CV} (?:it|them|this|that)\b",
     {1: "y", 2: "t"}, 3.0),
    (rf"{_M} {_G(5)}(?:it|they|this) {_G(3)}(?:if|when|after|once) {_G(4)}{_M}", {1: "y", 2: "t"}, 2.8),
    (rf"to (?:maximi[sz]e|minimi[sz]e|optimi[sz]e|improve|increase|reduce|lower|raise|boost|cut|decrease) {_G(2)}{_M}",
     {1: "y"}, 2.5),
    (rf"{_M} {_G(1)}by {_G(2)}{_M} ?,? which (?:then |in turn )?{_CV} {_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.5),
    (rf"{_M} {_G(2)}(?:depend|depends|dependent|rely|relies|respond|responds|react|reacts|sensitive|responsive) "
     rf"(?:on|to|upon) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.5),
    (rf"{_M} {_G(4)}(?:because of|due to|as a result of|thanks to|attributable to|in response to|result of|"
     rf"caused_by|following) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.5),
    (rf"what_happens to {_G(2)}{_M} {_G(6)}(?:if|when|after|once|as|with) {_G(6)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"(?:if|when|after|once|suppose|imagine) {_G(6)}{_M} {_G(8)}what_happens to {_G(2)}{_M}", {1: "t", 2: "y"}, 3.0),
    (rf"(?:if|when|after|once|suppose|imagine) {_G(6)}{_M} {_G(3)}, {_G(6)}{_M}", {1: "t", 2: "y"}, 1.8),
    (rf"(?:if|when|once|after|suppose) (?:\S+ ){{0,6}}?{_M} {_G(4)}(?:, )?(?:would|will|does|do|did|could|might|is|are|can) "
     rf"{_G(2)}{_M}", {1: "t", 2: "y"}, 2.2),
    (rf"(?:would|will|does|do|did|could|might|can|is|are|was|were|how|how much) {_G(2)}{_M} {_G(4)}"
     rf"(?:go up|go down|rise|fall|drop|increase|decrease|improve|change|get better|get worse|decline|grow|"
     rf"shrink|respond|be higher|be lower|be different|higher|lower|better|worse|more|less|increased|"
     rf"decreased|improved|changed|budge|move|differ|different|go|react|shift) {_G(5)}"
     rf"(?:if|when|with|after|once|under|given|for|because|as) {_G(6)}{_M}", {1: "y", 2: "t"}, 2.2),
    (rf"(?:would|will|could|might) {_G(1)}{_M} {_G(4)}(?:if|when|once|after) {_G(6)}{_M}", {1: "y", 2: "t"}, 2.0),
    (rf"(?:does|do|did|can|could|would|will|is|are|has|have) {_G(3)}{_M} {_G(3)}(?:matter|work|help|pay off|"
     rf"make a difference|make any difference|do anything|have an effect|have any effect|have an impact|"
     rf"have any impact|pay|worth it|move the needle) {_G(4)}(?:for|on|to|in|with|regarding) {_G(3)}{_M}",
     {1: "t", 2: "y"}, 2.5),
    (rf"(?:treatment|exposure|intervention|treatment variable|independent variable|cause variable|"
     rf"causal variable|treatment column|exposure variable)s? (?:(?:is|=|:|be|as|being|would be) {_G(2)})?{_M}", {1: "t"}, 3.5),
    (rf"{_M} (?:->|=>|→) {_M} (?:->|=>|→) {_M}", {1: "t", 2: "m", 3: "y"}, 3.5),
    (rf"{_M} (?:as|is|be) (?:the )?(?:treatment|exposure|intervention|cause|independent variable)", {1: "t"}, 3.5),
    (rf"(?:outcome|target|dependent variable|response variable|outcome variable|outcome column|effect variable)s? "
     rf"(?:(?:is|=|:|be|as|being|would be|in terms of) {_G(2)})?{_M}", {1: "y"}, 3.5),
    (rf"in terms of {_G(1)}{_M}", {1: "y"}, 2.0),
    (rf"{_M} (?:as|is|be) (?:the )?(?:outcome|target|response|dependent variable)", {1: "y"}, 3.5),
    (rf"(?:relationship|link|association|connection|relation|causation|causality) (?:between|of|from) "
     rf"{_G(2)}{_M} (?:and|&|with|to) {_G(2)}{_M}", {1: "t", 2: "y"}, 1.5),
    (rf"{_M} (?:->|=>|causes|cause|on) {_M}", {1: "t", 2: "y"}, 1.4),
    (rf"(?:on|upon) {_G(2)}{_M}", {1: "y"}, 0.8),
    (rf"(?:effect|impact|influence|benefit) (?:of|from) {_G(3)}{_M}", {1: "t"}, 1.0),
    (rf"(?:increasing|raising|cutting|lowering|reducing|changing|giving|offering|introducing|assigning|receiving|"
     rf"getting|taking|adopting|providing|improving|expanding|adding|removing|banning|subsidizing|implementing|"
     rf"launching|sending|switching|using|having|being|doing|joining|attending|enrolling|participating|"
     rf"increase|raise|cut|lower|reduce|give|offer|introduce|provide|expand|add|remove|ban|implement|launch|"
     rf"send|switch|double|halve|doubling|halving|invest|investing|spending more on|spend more on) "
     rf"{_G(1)}{_M}", {1: "t"}, 0.6),
    (rf"{_M} {_G(3)}(?:for|among|in|between) {_G(2)}(?:those|people|patients|customers|users|students|units|individuals|"
     rf"firms|kids|children|employees|workers|households|companies|schools|ones|participants|clients|stores|"
     rf"shops|regions|countries|hospitals|counties|states|cities|districts|teams|accounts|visitors)"
     rf" (?:who|that|which|with|in|on|getting|receiving|given|taking) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.0),
    (rf"(?:compare|comparing|contrast) {_G(2)}{_M} {_G(6)}(?:with|without|by|across|between) {_G(3)}{_M}", {1: "y", 2: "t"}, 1.5),
    (rf"(?:does|do|did|would|will|can|could) {_G(3)}{_M} {_G(3)}(?:pay off|work|help|succeed)\b", {1: "t"}, 1.0),
    # mediators
    (rf"(?:how much|how|what share|what fraction|what part|what portion|what proportion|what percent\w*) of "
     rf"(?:\S+ ){{0,10}}?(?:is |are |was )?(?:due to|because of|attributable to|explained_by|accounted_for_by) "
     rf"{_G(2)}{_M}", {1: "m"}, 3.5),
    (rf"(?:is|are|was|were) {_M} (?:a |the |an )?(?:mediator|mechanism|channel|pathway|reason|link|intermediate)",
     {1: "m"}, 3.0),
    (rf"(?:through(?! which)|thru|via|mediated_by|mediated_through|channelled_through|channeled_through|transmitted_through|"
     rf"carried_through|by way of|by means of|operating through|operates through|operate through|working through|"
     rf"works through|passing through|passes through|pass through|goes through|go through|going through|"
     rf"flows through|flow through|runs through|run through|routed through|by changing|by increasing|by reducing|"
     rf"by lowering|by raising|by improving|because it changes|because it raises|because it lowers|because it "
     rf"increases|because it reduces|because it improves|because they change) {_G(2)}{_M}", {1: "m"}, 3.0),
    (rf"{_M} (?:as|is|being|acts as|act as|serves as|serve as|plays|play|being) (?:a |the |an )?(?:mediator|"
     rf"mediating|channel|mechanism|pathway|intermediate|intermediary|go-between|middle step|link)", {1: "m"}, 3.0),
    (rf"(?:mediator|mediating variable|channel|mechanism|pathway|intermediate|intermediary|mediators)s? "
     rf"(?:(?:is|=|:|be|of|like|such as|being) {_G(1)})?{_M}", {1: "m"}, 3.0),
    (rf"(?:{_EFFECT_NOUN}|it|this|that) (?:\S+ ){{0,10}}?(?:explained_by|accounted_for_by|carried_by|transmitted_by) {_G(2)}{_M}", {1: "m"}, 3.0),
    (rf"(?:mediating|intermediary|intermediate|indirect) (?:role|effect|path|pathway) (?:of|via|through) {_G(1)}{_M}", {1: "m"}, 3.0),
    (rf"(?:does|do|did|is|could|can) {_M} (?:mediate|mediates|explain|explains|account for|transmit|carry)", {1: "m"}, 2.5),
    (rf"{_M} (?:mediates|mediate|mediated)\b", {1: "m"}, 2.5),
    # modifiers (CATE)
    (rf"(?:differ|differs|different|differently|difference|differences|vary|varies|varying|variation|"
     rf"heterogeneous|heterogeneity|heterogenous|heterogeneity|moderated_by|modified_by|broken_down_by|split|"
     rf"stratified|segmented|disaggregated|separately|breakdown|break down|conditional|depend|depends|dependent) "
     rf"{_G(2)}(?:by|across|between|among|amongst|for different|depending on|according to|based on|within|in each|"
     rf"over|with|on|along) {_G(2)}{_M}", {1: "g"}, 3.0),
    (rf"(?:moderated_by|modified_by|moderator|effect modifier|modifier|broken_down_by|stratify by|split by|segment by|"
     rf"subgroups of|subgroup of|segments of|subgroups by|breakdown by|break down by|break it down by|"
     rf"depending on|as a function of|varies with|vary with|varying with|differ with|differs with|"
     rf"changes with|change with|interacts with|interact with|interaction with) {_G(1)}{_M}", {1: "g"}, 3.0),
    (rf"{_M} (?:as|is) (?:a |an |the )?(?:moderator|effect modifier|modifier)", {1: "g"}, 3.0),
    (rf"(?:does|do|did|could) {_M} (?:moderate|modify|change the effect|alter the effect)", {1: "g"}, 3.0),
    (rf"(?:^| )(?:by|across|per|for each|for every|within each|in each|among different|between different|"
     rf"for different|in different|over different|for various|across different|for all) {_M}"
     rf"(?: (?:group|groups|segment|segments|level|levels|category|categories|band|bands|bracket|brackets|"
     rf"subgroup|subgroups|cohort|cohorts|type|types|tier|tiers|bucket|buckets|quantiles?|quartiles?|deciles?))?"
     rf"(?: |$)", {1: "g"}, 2.0),
    (rf"(?:for|among|in|between) (?:older|younger|richer|poorer|high|low|higher|lower|new|returning|"
     rf"different|various|male|female|heavy|light|frequent|occasional|small|large|big) {_G(1)}(?:and|vs|versus|or|"
     rf"compared to|compared with) {_G(2)}(?:older|younger|richer|poorer|high|low|higher|lower|new|returning|"
     rf"heavy|light|frequent|occasional|small|large|big) {_G(1)}{_M}", {1: "g"}, 2.5),
    (rf"(?:which|what|what kind of|what kinds of|what type of|what types of) {_M} {_G(4)}(?:benefit|benefits|"
     rf"respond|responds|gain|gains|react|reacts|profit)", {1: "g"}, 2.5),
    (rf"(?:low|high|lower|higher|older|younger|different) (?:vs|versus|and|or|compared to|compared with) "
     rf"(?:low|high|lower|higher|older|younger|different) {_M}", {1: "g"}, 2.5),
]
_ROLE_REGEX = [(re.compile(p), groups, w) for p, groups, w in _ROLE_PATTERNS]

_COVARIATE_CUE = re.compile(
    r"(?:controlling for|control for|controlled for|controls for|controls|adjusting for|adjust for|adjusted for|"
    r"adjustment for|accounting for|account for|accounted for|holding|hold|keeping|keep|taking into account|"
    r"take into account|net of|correcting for|correct for|corrected for|with controls for|covariates|covariate|"
    r"confounders|confounder|confounded_by|adjustment set|conditioning on|condition on|partialling out|"
    r"partial out|partialing out|factoring in|factor in|after controlling for|after adjusting for|"
    r"blocking on|stratifying on|while controlling for|while adjusting for|adjusting|controlling|"
    r"considering|while accounting for|and also for|also for)\b"
)


def _names_next(window: list[str]) -> bool:
    """Plain words up to a variable mention: the words describe the variable that follows."""
    for t in window:
        if re.fullmatch(_M, t):
            return True
        if not _is_content(t):
            return False
    return False


@dataclass
class Roles:
    votes: dict[int, dict[str, float]]  # mention index -> role -> weight
    covariates: list[int]
    directional: bool  # a pattern, not mere order, fixed treatment vs outcome


def role_votes(an: Analysis, skeleton: str | None = None) -> Roles:
    skeleton = an.skeleton if skeleton is None else skeleton
    votes: dict[int, dict[str, float]] = {}
    directional = False
    mentions = an.mentions if skeleton is an.skeleton or skeleton == an.skeleton else an.all_mentions
    first: dict[str, int] = {}
    canon = {k: first.setdefault(m.key, k) for k, m in enumerate(mentions)}  # one index per variable
    for rx, groups, weight in _ROLE_REGEX:
        for match in rx.finditer(skeleton):
            for gi, role in groups.items():
                k = canon.get(int(match.group(gi)), int(match.group(gi)))
                votes.setdefault(k, {}).setdefault(role, 0.0)
                votes[k][role] += weight
                if role in "ty" and weight >= 1.4:
                    directional = True
            # overlapping matches: also search from one token later
    covariates: list[int] = []
    # "adjust only for x" / "control just for x" read as "adjust for x" (the follow-up handles "only").
    cue_text = re.sub(r"\b(\w+) (?:only|just) for\b", r"\1 for", skeleton)
    for cue in _COVARIATE_CUE.finditer(cue_text):
        rest = cue_text[cue.end():].split()
        for pos, tok in enumerate(rest):
            m = re.fullmatch(_M, tok)
            if m:
                covariates.append(canon.get(int(m.group(1)), int(m.group(1))))
                continue
            # "..., and prior earnings <re74>, <re75>": up to two plain words naming the next listed variable
            if covariates and _is_content(tok) and _names_next(rest[pos + 1:pos + 3]):
                continue
            if tok in {",", "and", "or", "&", "plus", "+", "/", "both", "also", "for", "the", "of", ":", "like", "only", "just",
                       "such", "as", "things", "stuff", "constant", "fixed", "all", "variables", "e.g.", "etc",
                       "usual", "demographics", "including"}:
                if tok in {"constant", "fixed"}:
                    break
                continue
            break
    for m in re.finditer(rf"{_M} (?:(?:is|are|as|being|be) )?(?:a |an |the |possible |potential |likely )?"
                         r"(?:confounder|confounders|covariate|covariates|control variable|control|controls)\b", skeleton):
        covariates.append(canon.get(int(m.group(1)), int(m.group(1))))
    return Roles(votes, list(dict.fromkeys(covariates)), directional)


# ============================================================================ kind cues

def _has(rx: str, text: str) -> bool:
    return re.search(rx, text) is not None


_DISCOVER_WEAK_RX = (
    r"causal (?:relation|relations|relationship|relationships|links?|connections?)\b|"
    r"(?:which|what) (?:of (?:these|the) )?(?:factors?|variables?|columns?|features?|things|drivers?|"
    r"predictors?|ones) (?:cause|causes|drive|drives|affect|affects|influence|influences|determine|"
    r"determines|matter|explain|impact|impacts|are causes|are drivers|actually drive|really drive|really "
    r"cause|actually cause|actually affect|really affect|really matter)|"
    r"what (?:affects|influences|determines|explains|impacts) "
)
_DISCOVER_RX = (
    r"causal (?:graph|structure|diagram|network|dag|model|map|skeleton|ordering|order|pathways|web|picture|"
    r"story|mechanisms among|mechanisms between)|\bdags?\b|connected causally|causally connected|"
    r"causally (?:related|relate|connect|connected|linked|link|interact)\w*|(?:connect|relate|link)\w* causally|"
    r"causally related|causally relate|relate to each other|related to each other|interrelat|"
    r"how everything|everything (?:is |are )?(?:connected|related)|"
    r"structure learning|structural learning|causal discovery|\bdiscover|\buncover|\bmap out|"
    r"what causes what|what drives what|what affects what|what influences what|which causes which|"
    r"(?:draw|map|sketch|learn|find|recover|infer|build|estimate|construct|show|give|plot|visuali[sz]e|get)"
    r" (?:me )?(?:a |the |an )?(?:causal )?(?:graph|structure|dag|diagram|network)|"
    r"\b(?:pc|fci|ges|lingam|notears) (?:algorithm|method)|(?:run|use|try|apply) (?:the )?(?:pc|fci|ges|lingam)\b|"
    r"how (?:are|do|is) .{0,80}(?:causally )?(?:related|connected|relate|connect|linked|interrelated|interact)|"
    r"who causes what|(?:causes|drivers|determinants|root causes?|causal factors|causal drivers) (?:of|behind|for)|"
    r"what (?:causes|drives) |causal relationships? (?:among|between|in)|cause-effect relationships|"
    r"cause and effect relationships|causal links? (?:among|between|in)|causal ordering|"
    r"causal connections|directions? of causation|which way (?:the )?(?:arrows?|causation) (?:point|go|run)|"
    r"arrows? (?:between|among)|skeleton|markov equivalence|equivalence class|causal web|web of causes"
)
_MEDIATION_RX = (
    r"mediat|indirect effect|direct effect|natural direct|natural indirect|through which|mechanism|pathway|"
    r"\bchannel|goes through|go through|runs through|passes through|flows through|by way of|how much of .{0,60}"
    r"(?:effect|impact|benefit|gap|increase|drop|change)|what (?:share|fraction|portion|part|proportion|percent"
    r"|percentage) of|(?:share|fraction|portion|part|proportion|percentage) of (?:the |that |this |its )?"
    r"(?:effect|impact|benefit)|explained_by|accounted_for_by|\bvia\b|\bthrough\b|because it|by changing|"
    r"by increasing|by reducing|by lowering|by raising|by improving"
)
_CATE_RX = (
    r"for whom|who benefits|who would benefit|who gains|heterogene|heterogenous|subgroups?|uplift|personali[sz]"
    r"|individuali[sz]ed|individual(?:-level)? (?:treatment )?effects?|\bcate\b|conditional (?:average )?"
    r"(?:treatment )?effects?|moderat|effect modif|best responders|most responsive|respond best|"
    r"benefit(?:s|ed)? (?:the )?most|gain(?:s)? (?:the )?most|helps? (?:the )?most|works? best|"
    r"(?:effect|impact|benefit|it|treatment|gain|lift|response|this|that|results?|returns?|effectiveness|"
    r"efficacy|payoff)\b.{0,60}\b(?:differ|differs|different|differently|vary|varies|varying|depend on|"
    r"depends on|change with|changes with|larger for|smaller for|bigger for|stronger for|weaker for|"
    r"same for|consistent across|the same across|larger among|stronger among|weaker among|bigger among)|"
    r"(?:differ|differs|different|vary|varies|varying) (?:across|by|between) .{0,40}(?:groups|segments|"
    r"types|levels|categories|subgroups|cohorts)|broken_down_by|\bsplit by\b|\bbreak (?:it |this |that )?down\b|"
    r"stratif|segment|which (?:customers|patients|people|students|users|employees|groups?|segments?|units|"
    r"kinds?|types?|clients|members|stores|schools|subgroups|workers|firms|kids|children|households|"
    r"shoppers|individuals|participants|regions|companies|applicants|visitors) .{0,40}(?:benefit|respond|"
    r"gain|react|profit|most|least|more|less)|target(?:ing)? (?:the )?(?:right|best)|whom should|"
    r"who should (?:we|i) (?:target|treat|give|send|offer)|for which|\bwho\b.{0,40}\b(?:most|best)\b|"
    r"same for everyone|same for all|works? better for|work(?:s|ed)? (?:better|worse|differently) (?:for|in|among)|"
    r"better for some|for some .{0,30} than (?:for )?others|(?:across|by|for) different|for men and women|for women and men|"
    r"between men and women|for boys and girls|effect by|effects by|impact by|by (?:\w+ ){0,1}(?:group|segment|"
    r"level|category|band|bracket|subgroup|cohort|tier|bucket|quantile|quartile|decile)s?\b"
)
_EFFECT_RX = (
    r"effect|impact|influenc|\bcaus|affect|increas|decreas|reduc|rais|lower|improv|boost|\bdrive|\bhurt|harm|"
    r"\bhelp|chang|determin|lead to|leads to|led to|result in|contribut|matter|make a difference|differen|"
    r"what_happens|what if|would .* if|\bif we\b|\bif i\b|\bate\b|treatment|counterfactual|worth it|pay off|"
    r"\bwork\b|\bworks\b|\bworked\b|payoff|benefit|depend|respon|react|because of|due to|->|=>|efficacy|"
    r"effectiv|\bcut\b|\bcuts\b|prevent|protect|\bmove|spur|promot|damag|worsen|alter|uplift|\blift\b|"
    r"attribut|returns? to|gain|\bmake\b|\bmakes\b|\bget\b|encourag|discourag|\bcure|shift|bring|drag|pull|"
    r"\beat into|better|worse|higher|lower|outcome|\bvs\b|versus|compared|compare|causal|cause|exert|"
    r"translate|yield|payback|go up|go down|boosts|push|save|saves|cost us|costs"
)
_GENERATE_VERB = (r"\b(?:generate|generating|simulate|simulating|simulation|synthesi[sz]e|synthesi[sz]ing|"
                  r"sample|sampling|draw|create|produce|make|give me|spit out|fabricate|build|spin up|"
                  r"mock up|need|want|get me|output|write out|dump)\b")
_GENERATE_OBJ = (r"\b(?:rows?|samples?|datasets?|data ?sets?|records?|observations?|units?|draws?|replicates?|"
                 r"replications?|synthetic|fake|artificial|simulated|toy data|sd-scm|sdscm|scm|"
                 r"structural causal model|semi-synthetic|benchmark data|mock data)\b")
_UNSUPPORTED_RX: list[tuple[str, str, float]] = [
    (r"\b(?:rain|snow|sunny|storm|hail|windy)\w*\b.{0,30}\b(?:tomorrow|today|tonight|weekend|this week|next week)|"
     r"\bweather\b|\bforecast(?:ing)? (?:for|the) (?:tomorrow|weekend|weather)|\brain(?:ing)? tomorrow|temperature tomorrow",
     "I only answer causal questions about data (effects, mediation, causal graphs) — not weather or general knowledge.", 5.0),
    (r"\bjoke\b|\bpoem\b|\bhaiku\b|\bsong\b|\brecipe\b|\bstory about\b|\bcapital of\b|\btranslate\b|who won|"
     r"\bmovie\b|\brestaurant\b|\bflight\b|\bhoroscope\b|\bbirthday\b|\bessay\b|write me an email|"
     r"tell me about yourself|who are you|what can you do|how are you",
     "That is not a causal question. I can estimate the effect of one variable on another, find who benefits "
     "most, split an effect through a mediator, learn a causal graph, reason from stated correlations, or "
     "generate synthetic data from an SD-SCM.", 5.0),
    (r"\bforecast|\bpredict|\bprediction|\bprojection|next (?:month|quarter|year|week)'?s?|will .{0,30} be next|"
     r"train (?:a |an )?(?:model|classifier|regressor|neural)|machine learning model|feature importance|"
     r"accuracy of",
     "Prediction and forecasting are not causal questions. I can estimate how much one variable changes "
     "another (an effect), for whom it changes most, or learn the causal graph.", 3.0),
    (r"(?:what|whats)(?: 's| is| are)? (?:the )?(?:mean|average|median|max|maximum|min|minimum|sum|total|"
     r"standard deviation|variance|distribution|range|mode|count)\b(?! (?:treatment |causal )?effect)|"
     r"\bhow many\b|"
     r"\b(?:plot|chart|histogram|scatter ?plot|bar chart|pie chart|visuali[sz]e)\b(?!.{0,30}graph)|"
     r"summary statistics|describe the data|descriptive stat|clean the data|impute|missing values|"
     r"(?:sort|filter|group|list) (?:the )?(?:rows|data|table)|\btop \d+\b|\bschema of\b|\bpivot\b|\bsort\b|\brank\b|"
     r"\bwhich \w+ (?:has|have|had) the (?:highest|lowest|most|least|largest|smallest|biggest)\b|"
     r"(?:show|give|tell|get|compute|calculate|list|report)(?: me)? (?:the )?(?:mean|average|median|max|maximum|"
     r"min|minimum|sum|total|count|distribution|breakdown of)\b(?! (?:treatment |causal )?effect)|"
     r"(?:what|whats|compute|calculate|show|give|find|get|measure|how strong|how big|how large|how high)"
     r"(?: 's| is| are)? (?:me )?(?:the )?(?:strength of (?:the )?)?(?:correlation|covariance)|"
     r"\b(?:is|are) [\w ]{1,40} correlated\b|correlation (?:matrix|coefficient)|"
     r"\bsql\b|write (?:some |a )?(?:code|function|script|query)|export|convert .{0,20} to (?:csv|excel|json)",
     "That is a descriptive or data-handling request, not a causal question. I can estimate the causal effect "
     "of one column on another (with confounders adjusted), find heterogeneous effects, split an effect "
     "through a mediator, or learn a causal graph of the columns.", 2.6),
    (r"difference[- ]in[- ]differences|\bdid design|synthetic control|regression discontinuity|\brdd\b|"
     r"granger|time[- ]series|interrupted time|event study|panel fixed effects|survival analysis|hazard ratio",
     "That design is not supported. I can estimate average effects by adjustment (regression, propensity "
     "weighting, DML) or with an instrument, conditional effects, mediation, and causal graphs.", 4.0),
    (r"\bprove\b.{0,40}\bcaus|\bguarantee\b", "I cannot prove causation; I can estimate an effect under stated "
     "assumptions (no unobserved confounding) and run refutation checks.", 3.0),
]

_SPEC_NAMES = ("confounder", "collider", "mediator", "instrument", "breast_cancer", "breast cancer")


# ============================================================================ main entry

def parse_question(question: str, profile: Any = None, lm: Any = None, previous: Task | None = None,
                   pending: dict | None = None) -> ParseOutcome:
    """Understand one message: a new question, an answer to a clarifying question, or a follow-up."""
    q = (question or "").strip()
    if not q:
        return ParseOutcome(task=None, clarification="What would you like to know? For example: "
                            "'What is the effect of X on Y?'", confidence=0.0)
    if pending:
        answered = _answer_pending(q, pending, profile, lm)
        if answered is not None:
            return answered
    an = analyze(q, profile)
    if previous is not None:
        follow = _follow_up(q, an, previous, profile, lm)
        if follow is not None:
            return follow
    out = _interpret(an, lm, q)
    if supports_guided(lm) and out.task is not None and out.task.kind in {"ate", "cate", "mediation", "discover", "policy"}:
        guided = guided_task(lm, q, [c.name for c in an.columns])
        if guided is not None:
            return _reconcile(out, guided, an, q)
    return out


def _reconcile(out: ParseOutcome, guided: dict, an: Analysis, q: str) -> ParseOutcome:
    """Structure checks the server's guided reading: agreement or exact identifiers keep the structural
    task (it carries more fields); otherwise ask which of the two readings was meant."""
    mine = task_to_dict(out.task)
    roles = ("kind", "treatment", "outcome", "mediator")
    if all(mine.get(f) == guided.get(f) for f in roles if f != "mediator" or mine["kind"] == "mediation"):
        return out
    exact = {m.column for m in an.mentions if m.column and m.score >= 0.97}
    if mine.get("treatment") in exact and mine.get("outcome") in exact or mine["kind"] == "discover" and \
            guided["kind"] == "discover":
        return out
    keep = {"ate": ("instrument", "estimand", "covariates"), "cate": ("covariates",), "policy": ("covariates",),
            "mediation": ("mediator", "covariates"), "discover": ()}.get(guided["kind"], ())
    task = {"kind": guided["kind"], "question": q, **{k: guided.get(k) for k in keep if guided.get(k) not in (None, [])}}
    if guided["kind"] != "discover":
        task.update(treatment=guided.get("treatment"), outcome=guided.get("outcome"))
    if _incomplete(task):
        return out
    try:
        parse_task(task)
    except ValidationError:
        return out
    reading = {"ate": "the average effect", "cate": "how the effect varies", "mediation": "the mediated part of the effect",
               "policy": "who should be treated", "discover": "the causal graph"}[guided["kind"]]
    if guided["kind"] != "discover":
        reading += f" of {task['treatment']} on {task['outcome']}"
    first = Candidate(mine, out.confidence, _describe(mine))
    return _ask_reading(first, Candidate(task, 0.0, reading), an)


def _describe(task: dict) -> str:
    kind = task["kind"]
    if kind == "discover":
        return "the causal graph"
    head = {"ate": "the average effect", "cate": "how the effect varies", "mediation": "the part of the effect",
            "policy": "who should be treated"}.get(kind, kind)
    tail = f" through {task['mediator']}" if kind == "mediation" else ""
    return f"{head} of {task.get('treatment')} on {task.get('outcome')}{tail}"


# ---------------------------------------------------------------------------- interpretation

@dataclass
class Candidate:
    task: dict
    score: float
    reading: str  # plain-English reading, for the LM and the UI




def _interpret(an: Analysis, lm: Any, q: str) -> ParseOutcome:
    text = an.text
    has_data = bool(an.columns)
    mentions_map = {m.text: m.column for m in an.mentions if m.column}

    # --- relation (stated correlations + causal claim)
    rel = _split_relation(q)
    if rel is not None and (not has_data or len({m.column for m in an.mentions if m.column}) < 2
                            or _has(r"premise|hypothesis|independent of|are independent|correlates with|"
                                    r"correlated with", text)):
        premise, hypothesis = rel
        task = {"kind": "relation", "premise": premise, "hypothesis": hypothesis, "question": q}
        return _done(task, 0.95, [], mentions_map)

    # --- generation
    if is_audit(text):
        return _audit_task(an, q)

    gen = _generate_task(an, q)
    if gen is not None:
        return gen

    if lm is not None and has_data and an.unmatched:
        an = _ground_unmatched(an, lm, q)
        mentions_map = {m.text: m.column for m in an.mentions if m.column}
    roles = role_votes(an)
    ms = an.mentions
    inst = _apply_instrument(an, roles)
    effect_cue = _has(_EFFECT_RX, text)
    discover_strong = _has(_DISCOVER_RX, text)
    discover_cue = discover_strong or _has(_DISCOVER_WEAK_RX, text)
    unsupported_hit = next(((reason, w) for rx, reason, w in _UNSUPPORTED_RX if _has(rx, text)), None)
    unsupported_reason = unsupported_hit[0] if unsupported_hit else None

    # --- roles: mediator and modifier first, then treatment/outcome from what is left
    def best(role: str, exclude: set[int]) -> int | None:
        cands = [(v.get(role, 0.0), -k) for k, v in roles.votes.items() if k not in exclude and v.get(role, 0) > 0]
        return -max(cands)[1] if cands else None

    def same(a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and ms[a].key == ms[b].key

    taken: set[int] = set(roles.covariates) | ({k for k in range(len(ms)) if ms[k].key == ms[inst].key}
                                               if inst is not None else set())
    mediator = best("m", set())
    modifier_ids = [k for k, v in roles.votes.items() if v.get("g", 0) >= 2.0 and v.get("g", 0) >= max(v.get("t", 0), v.get("y", 0))]
    # a mention voted both as treatment/outcome and mediator: the stronger role wins
    if mediator is not None:
        v = roles.votes[mediator]
        if max(v.get("t", 0), v.get("y", 0)) > v["m"] + 0.5:
            mediator = None
    if mediator is not None:
        taken.add(mediator)
    taken |= set(modifier_ids)
    t = best("t", taken)
    y = best("y", taken | ({t} if t is not None else set()))
    if t is not None and y is not None and same(t, y):
        y = best("y", taken | {k for k in range(len(ms)) if ms[k].key == ms[t].key})
    # fill from order when a role is empty
    free = [k for k in range(len(ms)) if k not in taken and k != t and k != y
            and not (t is not None and same(k, t)) and not (y is not None and same(k, y))]
    seen_keys: set[str] = set()
    free_cols = [k for k in free if (ms[k].column or not has_data)
                 and not (ms[k].key in seen_keys or seen_keys.add(ms[k].key))]
    if t is None and y is None and len(free_cols) >= 2:
        t, y = free_cols[0], free_cols[1]
    elif t is None and free_cols:
        t = free_cols[0] if y is None or free_cols[0] != y else (free_cols[1] if len(free_cols) > 1 else None)
    elif y is None and free_cols:
        after = [k for k in free_cols if t is None or ms[k].start > ms[t].start]
        y = (after or free_cols)[0]
    directional = roles.directional
    keys_ty = {ms[k].key for k in (t, y) if k is not None}
    modifier_ids = [k for k in modifier_ids if ms[k].key not in keys_ty]

    # --- kind
    mediation_cue = _has(_MEDIATION_RX, text)
    cate_cue = _has(_CATE_RX, text) or bool(modifier_ids)
    n_vars = len({m.key for m in ms if m.column or not has_data})

    kind_scores: dict[str, float] = {}
    if discover_cue:
        kind_scores["discover"] = 3.0
    if mediator is not None:
        kind_scores["mediation"] = 3.5
    elif mediation_cue and n_vars >= 3:
        kind_scores["mediation"] = 2.0
    if cate_cue:
        kind_scores["cate"] = 3.0 if modifier_ids else 2.8
    if effect_cue and t is not None and y is not None:
        kind_scores["ate"] = 2.5 if directional else 1.8
    elif t is not None and y is not None and has_data:
        kind_scores["ate"] = 1.0  # two columns named together, no cue: an effect question is the likely reading
    if unsupported_hit:
        weight = unsupported_hit[1]
        explicit = _has(r"effect|impact|\bcaus|affect|influenc|mediat|graph|\bdag\b", text)
        kind_scores["unsupported"] = weight if (weight > 3.0 or not explicit) else 1.0
    # discovery phrasing that names a single target ("what drives churn?") beats an ATE without a clear cause
    if discover_cue and not directional:
        kind_scores["discover"] = 3.6
    if discover_cue and not discover_strong and n_vars == 2 and t is not None and y is not None:
        kind_scores["discover"] = 1.5  # "X and Y: what's the causal relationship?" names a pair: an effect
    if discover_cue and directional and n_vars >= 3 and _has(r"(?:which|what) (?:of )?", text):
        kind_scores["discover"] = 3.6
    if "ate" in kind_scores and max(kind_scores.get("cate", 0), kind_scores.get("mediation", 0)) >= 2.8:
        kind_scores["ate"] = min(kind_scores["ate"], 1.5)  # a specific cue beats the generic effect reading
    if "mediation" in kind_scores and "cate" in kind_scores and mediator is not None and not modifier_ids:
        kind_scores["cate"] -= 1.5
    if not kind_scores:
        if not effect_cue and not discover_cue:
            reason = unsupported_reason or (
                "That does not look like a causal question. I can estimate the effect of one variable on another "
                "(e.g. 'What is the effect of X on Y?'), find who benefits most, split an effect through a "
                "mediator, learn a causal graph, reason from stated correlations, or generate SD-SCM data.")
            return _done({"kind": "unsupported", "reason": reason, "question": q}, 0.8, [], mentions_map)
        kind_scores["ate"] = 1.0
    cues = {
        "cue_discover_strong": float(discover_strong), "cue_discover": float(discover_cue),
        "cue_mediation": float(mediation_cue), "cue_cate": float(_has(_CATE_RX, text)), "cue_effect": float(effect_cue),
        "cue_unsupported": unsupported_hit[1] if unsupported_hit else 0.0, "has_data": float(has_data),
        "n_vars": min(n_vars, 6) / 6, "directional": float(directional), "vote_mediator": float(mediator is not None),
        "vote_modifier": float(bool(modifier_ids)), "has_t": float(t is not None), "has_y": float(y is not None),
        **{f"score_{k}": kind_scores.get(k, 0.0) for k in ("ate", "cate", "mediation", "discover", "unsupported")},
    }

    ranked = sorted(kind_scores.items(), key=lambda kv: -kv[1])
    cands: list[Candidate] = []
    for kind, score in ranked:
        cands += _build(kind, score, an, t, y, mediator, modifier_ids, roles, directional, q, unsupported_reason)
    cands = [c for c in cands if c is not None]
    if not cands:
        return _clarify_missing(an, t, y, mediator, ranked[0][0], q)
    cands.sort(key=lambda c: -c.score)
    for c in cands:
        c.task = _add_fields(c.task, an, inst)

    # unmatched phrase in a role slot when there is data -> ask (missing column)
    missing = _missing_column(an, roles, cands[0])
    if missing is not None:
        return missing

    confidence = _confidence(cands)
    if lm is not None and len(cands) > 1 and _lm_should_decide(cands):
        chosen, confidence = _lm_choose(lm, q, cands)
        cands = [chosen] + [c for c in cands if c is not chosen]
    top = cands[0]
    incomplete = _incomplete(top.task)
    if incomplete:
        out = _ask_for(top.task, incomplete, an, q)
        out.features = cues
        return out
    other = _second_opinion(cues, q, text, top, lambda k: [
        Candidate(_add_fields(c.task, an, inst), c.score, c.reading)
        for c in _build(k, 0.0, an, t, y, mediator, modifier_ids, roles, directional, q, unsupported_reason)])
    if other is not None:
        out = _ask_reading(top, other, an)
        out.features = cues
        return out
    alternatives = [{"task": c.task, "score": round(c.score, 3), "reading": c.reading} for c in cands[1:5]]
    out = _done(top.task, confidence, alternatives, mentions_map)
    out.features = cues
    return out


def _is_reversal(a: Candidate, b: Candidate) -> bool:
    return a.task["kind"] == b.task["kind"] and a.task.get("treatment") == b.task.get("outcome") \
        and a.task.get("outcome") == b.task.get("treatment")


def _lm_should_decide(cands: list[Candidate]) -> bool:
    """Consult the LM only where structure has nothing to go on.

    Direction (same tokens both ways) is where the model's knowledge helps; choosing between kinds
    is left to it only on a near tie: on the benchmark, letting Qwen-0.5B arbitrate kinds within a
    1.0 structural margin changed 2 of 379 answers, both for the worse.
    """
    gap = cands[0].score - cands[1].score
    if any(_is_reversal(cands[0], c) and cands[0].score - c.score < 1.0 for c in cands[1:]):
        return True
    return gap < 0.25


def _confidence(cands: list[Candidate]) -> float:
    if len(cands) == 1:
        return 0.9
    gap = cands[0].score - cands[1].score
    return round(min(0.95, 0.5 + 0.15 * gap), 3)


def _var(an: Analysis, k: int | None) -> str | None:
    if k is None:
        return None
    m = an.mentions[k]
    return m.column if m.column else m.text


def _build(kind: str, score: float, an: Analysis, t: int | None, y: int | None, mediator: int | None,
           modifier_ids: list[int], roles: Roles, directional: bool, q: str, reason: str | None) -> list[Candidate]:
    """Valid candidate tasks of one kind (plus the reversed reading when the direction is a guess)."""
    has_data = bool(an.columns)
    conds = [c.model_dump() for c in an.conditions]
    role_ids = {t, y, mediator, *modifier_ids}
    cov_ids = [k for k in roles.covariates if k not in role_ids]
    covs = list(dict.fromkeys(v for v in (_var(an, k) for k in cov_ids) if v)) or None
    out: list[Candidate] = []
    T, Y = _var(an, t), _var(an, y)
    if kind == "discover":
        names = [m.key for m in an.mentions if m.column or not has_data]
        variables = list(dict.fromkeys(names)) if (has_data and len(set(names)) >= 3 and
                                                   _has(r"\b(?:among|between|of|for|with|using|only|just|"
                                                        r"limited to|restricted to)\b", an.text)) else None
        task = {"kind": "discover", "variables": variables, "conditions": conds, "question": q}
        method = _method(an.text, ("pc", "fci", "ges", "lingam"))
        if method:
            task["method"] = method
        out.append(Candidate(task, score, "learn the causal graph" + (f" of {', '.join(variables)}" if variables else "")))
    elif kind == "unsupported":
        out.append(Candidate({"kind": "unsupported", "reason": reason or "not a causal question", "question": q},
                             score, "not a causal question"))
    elif kind in {"ate", "cate", "mediation"}:
        if T is None or Y is None:
            task = {"kind": kind, "treatment": T, "outcome": Y, "question": q}
            if kind == "mediation":
                task["mediator"] = _var(an, mediator)
            out.append(Candidate(task, score - 2.0, f"{kind} (incomplete)"))
            return out
        base = {"treatment": T, "outcome": Y, "covariates": covs, "conditions": conds, "question": q}
        if kind == "ate":
            task = {"kind": "ate", **base}
            method = _method(an.text, ("dml", "propensity_weighting", "linear_regression"))
            if method:
                task["method"] = method
            out.append(Candidate(task, score, f"the average effect of {T} on {Y}"))
        elif kind == "cate":
            mods = list(dict.fromkeys(v for v in (_var(an, k) for k in modifier_ids) if v and v not in {T, Y})) or None
            if mods is None and not has_data:
                mods = _gender_modifier(an.text)
            task = {"kind": "cate", **base, "modifiers": mods}
            method = _method(an.text, ("causal_forest", "linear_dml", "dr_learner", "s_learner", "t_learner", "x_learner"))
            if method:
                task["method"] = method
            by = f" by {', '.join(mods)}" if mods else ""
            out.append(Candidate(task, score, f"how the effect of {T} on {Y} varies{by}"))
        else:
            M = _var(an, mediator)
            if M is None:
                # the third variable named is the mediator ("X, M and Y")
                rest = [k for k in range(len(an.mentions)) if k not in {t, y} and k not in cov_ids
                        and (an.mentions[k].column or not has_data)
                        and an.mentions[k].key not in {T, Y}]
                M = _var(an, rest[0]) if rest else None
            if M is None:
                out.append(Candidate({"kind": "mediation", **base, "mediator": None}, score - 2.0, "mediation (incomplete)"))
                return out
            task = {"kind": "mediation", **base, "mediator": M}
            out.append(Candidate(task, score, f"how much of the effect of {T} on {Y} goes through {M}"))
        if not directional and kind != "mediation":
            rev = dict(out[-1].task, treatment=Y, outcome=T)
            out.append(Candidate(rev, score - 0.6, out[-1].reading.replace(f"of {T} on {Y}", f"of {Y} on {T}")))
    return out


def _gender_modifier(text: str) -> list[str] | None:
    if _has(r"\b(?:men and women|women and men|male and female|female and male|gender|sex|boys and girls|"
            r"girls and boys|males and females|females and males)\b", text):
        return ["gender"]
    return None


def _method(text: str, allowed: tuple[str, ...]) -> str | None:
    table = {
        "pc": r"\bpc\b", "fci": r"\bfci\b", "ges": r"\bges\b", "lingam": r"\blingam\b",
        "dml": r"\bdml\b|double(?:/| |-)?(?:debiased )?machine learning|double ml",
        "propensity_weighting": r"propensity|\bipw\b|inverse probability", "linear_regression": r"linear regression|\bols\b",
        "causal_forest": r"causal forest", "linear_dml": r"linear dml", "dr_learner": r"dr[- ]learner|doubly robust",
        "s_learner": r"s[- ]learner", "t_learner": r"t[- ]learner", "x_learner": r"x[- ]learner",
    }
    for name in allowed:
        if _has(table[name], text):
            return name
    return None


def _split_relation(q: str) -> tuple[str, str] | None:
    if not (_STAT_RX.search(q) or re.search(r"hypothesis\s*:", q, re.I)):
        return None  # no stated (in)dependence: skip importing the relation tool (causal-learn is slow to load)
    try:
        from tools.relations import split_question
    except ImportError:  # the relation tool is optional for the parser
        split_question = None
    if split_question is not None:
        try:
            got = split_question(q)
        except Exception:  # noqa: BLE001 - a routing helper must never break parsing
            got = None
        if got:
            return got
    # "Hypothesis: ... Premise: ..." (reversed order)
    m = re.match(r"\s*hypothesis\s*:(.+?)premise\s*:(.+)$", q, re.I | re.S)
    if m:
        return m.group(2).strip(), m.group(1).strip()
    m = re.search(r"hypothesis\s*:", q, re.I)
    if m:
        premise = re.sub(r"^\s*premise\s*:\s*", "", q[: m.start()], flags=re.I).strip()
        return (premise, q[m.end():].strip()) if premise else None
    return _split_relation_fallback(q)


_STAT_RX = re.compile(r"\b(?:correlat\w*|independent|associated|dependent|uncorrelated|unrelated)\b", re.I)
_CLAIM_RX = re.compile(r"\b(?:caus\w*|collider|confounder|mediator|parent|child|ancestor|descendant|common cause|"
                       r"common effect|effect|"
                       r"directly|affects?)\b", re.I)


def _split_relation_fallback(q: str) -> tuple[str, str] | None:
    """Stated (in)dependencies + a causal claim, when the relation tool's splitter declines."""
    n_stat = len(_STAT_RX.findall(q))
    if n_stat < 2 and not (n_stat == 1 and re.search(r"\b[A-Z]\b.*\b[A-Z]\b", q)):
        return None
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+", q.strip()) if x.strip()]
    claim_i = next((i for i in range(len(sentences) - 1, -1, -1)
                    if _CLAIM_RX.search(sentences[i]) and (sentences[i].endswith("?") or not _STAT_RX.search(sentences[i]))),
                   None)
    if claim_i is None:
        return None
    claim = sentences[claim_i]
    premise = " ".join(x for j, x in enumerate(sentences) if j != claim_i)
    if not premise:
        parts = re.split(r",\s*(?=(?:so\s+|then\s+)?(?:does|do|is|are|can|could|would|must)\b)", claim)
        if len(parts) < 2:
            return None
        premise, claim = ", ".join(parts[:-1]), parts[-1]
        premise = re.sub(r"^(?:given\s+that|if|suppose(?:\s+that)?)\s+", "", premise, flags=re.I)
    if not _STAT_RX.search(premise):
        return None
    hypothesis = re.sub(r"^(?:so\s+|then\s+)?(?:can we conclude that|can we say that|does it follow that|"
                        r"is it true that)\s*", "", claim.strip(), flags=re.I).rstrip("?").strip()
    return premise, hypothesis


def _generate_task(an: Analysis, q: str) -> ParseOutcome | None:
    text = an.text
    verb = re.search(_GENERATE_VERB, text)
    obj = re.search(_GENERATE_OBJ, text)
    strong = _has(r"sd-?scm|synthetic|simulat|structural causal model|\bscm\b|fake data|semi-synthetic", text)
    spec_named = any(re.search(rf"\b{n}\b", text) for n in _SPEC_NAMES) or bool(re.search(r"\.(?:json|ya?ml)\b", q))
    if verb and spec_named and _has(r"\b(?:data|example|spec|model)\b", text):
        obj = obj or re.search(r"\bdata\b", text)
    if not ((verb and obj) or (strong and (verb or obj))):
        return None
    if not strong and not spec_named and not _has(r"\b\d[\d,]*k?\s+(?:rows?|samples?|datasets?|records?|observations?|units?|"
                               r"draws?|replicates?|people|patients|customers|students)\b", text):
        return None
    if _has(r"effect of|impact of|does .{1,40} (?:affect|cause|increase|reduce)", text) and not strong:
        return None
    task: dict[str, Any] = {"kind": "generate", "question": q}
    rows = re.search(r"\b(\d[\d,]*k?)\s+(?:rows?|samples?|records?|observations?|units?|draws?|people|patients|"
                     r"customers|students|individuals|subjects)\b", text)
    if rows:
        task["rows"] = int(_number(rows.group(1)) or 1000)
    ds = re.search(r"\b(\d[\d,]*k?)\s+(?:datasets?|data sets?|replicates?|replications?|copies|versions)\b", text)
    if ds:
        task["datasets"] = int(_number(ds.group(1)) or 1)
    spec = re.search(r"([\w./~-]+\.(?:json|ya?ml))", q)
    if spec:
        task["spec"] = spec.group(1)
    else:
        for name in _SPEC_NAMES:
            if re.search(rf"\b{name}\b", text):
                task["spec"] = name.replace(" ", "_")
                break
    interventions = {}
    for m in re.finditer(r"do\s*\(\s*([\w ]+?)\s*=\s*([\w. -]+?)\s*\)", q, re.I):
        interventions[m.group(1).strip()] = m.group(2).strip()
    for m in re.finditer(r"(?:setting|set|forcing|force|fix|fixing|intervene on|intervening on)\s+([\w]+)\s+"
                         r"(?:to|=|at)\s+([\w.-]+)", q, re.I):
        interventions.setdefault(m.group(1), m.group(2))
    if interventions:
        task["interventions"] = interventions
    out = re.search(r"(?:into|to|in|under)\s+(?:the\s+)?(?:folder|directory|dir)\s+([\w./~-]+)", q, re.I)
    if out:
        task["out_dir"] = out.group(1)
    if "spec" not in task:
        return ParseOutcome(
            task=None,
            clarification="Which SD-SCM should I sample from? Bundled examples: confounder, collider, mediator, "
            "instrument — or give the path of a JSON/YAML spec.",
            pending={**task, "_awaiting": {"field": "spec", "options": list(_SPEC_NAMES[:4])}},
            confidence=0.6,
        )
    return _done(task, 0.9, [], {})


# ---------------------------------------------------------------------------- completion and clarification

_REQUIRED = {"ate": ("treatment", "outcome"), "cate": ("treatment", "outcome"), "policy": ("treatment", "outcome"),
             "audit": ("treatment", "spec"),
             "mediation": ("treatment", "outcome", "mediator"), "generate": ("spec",)}
_QUESTION_FOR = {
    "treatment": "Which variable is the treatment (the cause you want the effect of)?",
    "outcome": "Which variable is the outcome (the thing that might be affected)?",
    "mediator": "Which variable is the mediator (the step in between)?",
    "spec": "Which SD-SCM should I sample from? (confounder, collider, mediator, instrument, or a spec path)",
}
_POLICY_QUESTION = {"treatment": "Which treatment should the policy assign?",
                    "outcome": "Which outcome should the policy improve (and should it be large or small)?"}
_AUDIT_QUESTION = {"treatment": "Which attribute should the audit change (e.g. race, gender, age)?",
                   "spec": "Which audit scenario: clinical, hiring or demand?"}


def _incomplete(task: dict) -> list[str]:
    return [f for f in _REQUIRED.get(task["kind"], ()) if not task.get(f)]


def _ask_for(task: dict, missing: list[str], an: Analysis, q: str, options: list[str] | None = None) -> ParseOutcome:
    field_ = missing[0]
    opts = options if options is not None else [c.name for c in an.columns][:12]
    msg = {"policy": _POLICY_QUESTION, "audit": _AUDIT_QUESTION}.get(task["kind"], {}).get(field_) or _QUESTION_FOR[field_]
    if task.get("treatment") and field_ == "outcome":
        msg = f"The effect of {task['treatment']} on what? " + msg
    elif task.get("outcome") and field_ == "treatment":
        msg = f"The effect of what on {task['outcome']}? " + msg
    if opts:
        msg += " Columns: " + ", ".join(opts) + "."
    pending = {**{k: v for k, v in task.items() if v is not None}, "question": q,
               "_awaiting": {"field": field_, "options": opts}}
    return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.3,
                        mentions={m.text: m.column for m in an.mentions if m.column})


def _clarify_missing(an: Analysis, t: int | None, y: int | None, mediator: int | None, kind: str, q: str) -> ParseOutcome:
    task = {"kind": kind, "treatment": _var(an, t), "outcome": _var(an, y), "question": q}
    if kind == "mediation":
        task["mediator"] = _var(an, mediator)
    return _ask_for(task, _incomplete(task) or ["treatment"], an, q)


def _closest(name: str, columns: list[ColumnInfo], n: int = 3) -> list[str]:
    names = [c.name for c in columns]
    try:
        from copilot.data import closest_columns

        got = closest_columns(name, names, n=n)
    except Exception:  # noqa: BLE001
        got = []
    got = list(dict.fromkeys(got + difflib.get_close_matches(name.replace(" ", "_"), names, n=n, cutoff=0.3)))
    return (got + [x for x in names if x not in got])[: max(n, 5)]


def _missing_column(an: Analysis, roles: Roles, top: Candidate) -> ParseOutcome | None:
    """With data: a role filled (by a strong pattern) with a phrase that is no column -> ask which column."""
    if not an.columns or top.task["kind"] not in {"ate", "cate", "mediation"} or not an.unmatched:
        return None
    all_roles = role_votes(an, an.skeleton_all)
    col_votes = {an.all_mentions[k].column: v for k, v in all_roles.votes.items() if an.all_mentions[k].column}
    col_starts = {m.start for m in an.mentions}
    col_ends = {m.end for m in an.mentions}
    for k, v in all_roles.votes.items():
        m = an.all_mentions[k]
        if m.column is not None or max(v.values()) < 2.5 or _junk_phrase(m.text) or \
                m.text.split()[-1] in _GENERIC_UNMATCHED or len(m.text) < 3:
            continue
        # "risk of <heart disease>", "<free lunch> program": a word hanging on a column mention
        if m.end in col_starts or m.start in col_ends or (m.end + 1 in col_starts and an.tokens[m.end] == "of"):
            continue
        role = max(v, key=v.get)
        field_ = {"t": "treatment", "y": "outcome", "m": "mediator"}.get(role)
        if field_ is None:
            continue
        assigned = top.task.get(field_)
        if assigned is not None and col_votes.get(assigned, {}).get(role, 0.0) > v[role]:
            continue  # the structure already found a column for this role
        # the slot was filled from a weaker mention: the phrase the user meant is missing from the data
        opts = _closest(m.text, an.columns)
        task = {kk: vv for kk, vv in top.task.items() if kk not in {"treatment", "outcome", "mediator"}}
        for kk, vv in all_roles.votes.items():  # keep the roles that columns do fill
            mm = an.all_mentions[kk]
            r = max(vv, key=vv.get)
            f = {"t": "treatment", "y": "outcome", "m": "mediator"}.get(r)
            if mm.column and f and f != field_ and f not in task:
                task[f] = mm.column
        for f in ("treatment", "outcome", "mediator"):
            if f != field_ and f not in task and top.task.get(f) and top.task.get(f) not in task.values():
                task[f] = top.task[f]
        msg = (f"I couldn't find a column for '{m.text}' in your data. Which column is the {field_}? "
               f"Closest: {', '.join(opts)}.")
        pending = {**{kk: vv for kk, vv in task.items() if vv is not None}, "_awaiting": {"field": field_, "options": opts}}
        return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.3,
                            mentions={mm.text: mm.column for mm in an.mentions if mm.column})
    return None


def _answer_pending(q: str, pending: dict, profile: Any, lm: Any) -> ParseOutcome | None:
    """The message answers our clarifying question: fill the awaited field and try again."""
    awaiting = pending.get("_awaiting") or {}
    field_ = awaiting.get("field")
    if not field_:
        return None
    options: list[str] = awaiting.get("options") or []
    if field_ == "reading":
        return _answer_reading(q, pending, options)
    an = analyze(q, profile)
    value = None
    low = q.strip().lower().strip(".!?")
    ordinals = {"first": 0, "1": 0, "second": 1, "2": 1, "third": 2, "3": 2, "last": -1}
    for word, idx in ordinals.items():
        if options and re.search(rf"\b{word}\b", low) and len(low.split()) <= 4:
            value = options[idx]
    if value is None:
        cols = [m.column for m in an.mentions if m.column]
        if cols:
            value = cols[0]
    if value is None and options:
        for o in options:
            if norm_phrase(o) and norm_phrase(o) in norm_phrase(q) or low == o.lower():
                value = o
                break
        if value is None:
            close = difflib.get_close_matches(low.replace(" ", "_"), options, n=1, cutoff=0.6)
            value = close[0] if close else None
    if value is None and not an.columns:
        phrases = [m.text for m in an.mentions]
        value = phrases[0] if phrases else (q.strip().strip(".!?") or None)
    if value is None:
        # a new question rather than an answer
        if len(an.mentions) >= 2 or _has(_EFFECT_RX, an.text):
            return None
        return ParseOutcome(task=None, clarification=f"Sorry, I didn't catch that. {_QUESTION_FOR.get(field_, '')}"
                            + (f" Options: {', '.join(options)}." if options else ""), pending=pending, confidence=0.2)
    task = {k: v for k, v in pending.items() if not k.startswith("_")}
    task[field_] = value.replace(" ", "_") if field_ == "spec" else value
    missing = _incomplete(task)
    if missing:
        return _ask_for(task, missing, an, task.get("question") or q)
    return _done(task, 0.9, [], {m.text: m.column for m in an.mentions if m.column})


def _answer_reading(q: str, pending: dict, options: list[str]) -> ParseOutcome | None:
    """'1', 'the second', or words of one reading pick that reading's task; anything else is a new question."""
    low = q.strip().lower().strip(".!?")
    tasks = pending.get("_readings") or []
    pick = None
    for word, idx in {"1": 0, "first": 0, "one": 0, "former": 0, "2": 1, "second": 1, "two": 1, "latter": 1}.items():
        if re.search(rf"\b{word}\b", low) and len(low.split()) <= 5:
            pick = idx
    if pick is None:
        overlap = [len(set(tokenize(low)) & set(tokenize(o))) for o in options]
        if overlap and max(overlap) > 0 and overlap.count(max(overlap)) == 1 and len(low.split()) <= 8:
            pick = overlap.index(max(overlap))
    if pick is None or pick >= len(tasks):
        return None
    return _done(tasks[pick], 0.9, [], {})


def _done(task: dict, confidence: float, alternatives: list[dict], mentions: dict) -> ParseOutcome:
    clean = {k: v for k, v in task.items() if not k.startswith("_")}
    try:
        parsed = parse_task(clean)
    except ValidationError as exc:  # a bug, but the user gets a question instead of a crash
        return ParseOutcome(task=None, clarification=f"I could not build a valid task ({exc.errors()[0]['msg']}). "
                            "Could you rephrase, naming the treatment and the outcome?", confidence=0.0)
    return ParseOutcome(task=parsed, confidence=confidence, alternatives=alternatives,
                        mentions={k: v for k, v in mentions.items() if v})


# ---------------------------------------------------------------------------- fields beyond roles


def _apply_instrument(an: Analysis, roles: Roles) -> int | None:
    """A named instrument takes no other role; the variable it instruments is the treatment."""
    inst, instrumented = find_instrument(an.skeleton)
    if inst is None or inst >= len(an.mentions):
        return None
    key = an.mentions[inst].key
    same = {k for k, m in enumerate(an.mentions) if m.key == key}
    for k in same:
        roles.votes.pop(k, None)
    roles.covariates[:] = [k for k in roles.covariates if k not in same]
    if instrumented is not None and instrumented < len(an.mentions):
        canon = next(k for k, m in enumerate(an.mentions) if m.key == an.mentions[instrumented].key)
        roles.votes.setdefault(canon, {})
        roles.votes[canon]["t"] = roles.votes[canon].get("t", 0.0) + 3.5
    return inst


def _add_fields(task: dict, an: Analysis, inst: int | None) -> dict:
    """Instrument, estimand, the `at` point and the policy reading, on one candidate task."""
    kind = task["kind"]
    if kind not in {"ate", "cate", "mediation"}:
        return task
    text = an.text
    roles = {task.get("treatment"), task.get("outcome"), task.get("mediator")}
    conds = [Condition(**c) if isinstance(c, dict) else c for c in task.get("conditions") or []]
    kept, at = split_at(conds, text, roles)
    if is_policy(text) and kind in {"ate", "cate"}:
        pair = [v for v in (task.get("treatment"), task.get("outcome")) if v is not None]
        if not an.columns:
            groups = policy_group_nouns()
            pair = [v for v in pair if v.lower() not in groups]
        out = {"kind": "policy", "treatment": pair[0] if pair else None, "outcome": pair[1] if len(pair) > 1 else None,
               "covariates": task.get("covariates"), "conditions": [c.model_dump() for c in kept], "at": at,
               "maximize": maximize(text), "question": task.get("question")}
        return out
    if at and kind in {"ate", "cate"}:
        task = _as_kind(task, "cate")
        task["conditions"] = [c.model_dump() for c in kept]
        task["at"] = at
        return task
    if kind == "ate":
        task = dict(task)
        if inst is not None:
            task["instrument"] = _var(an, inst)
        est = estimand(text)
        if est != "ate":
            task["estimand"] = est
    return task


def _ground_unmatched(an: Analysis, lm: Any, q: str) -> Analysis:
    """Phrases in a role slot that name no column by their words: the model picks a column or none."""
    votes = role_votes(an, an.skeleton_all).votes
    phrases = [an.all_mentions[k] for k, v in votes.items()
               if an.all_mentions[k].column is None and max(v.get(r, 0.0) for r in "tym") >= 0.6
               and not _junk_phrase(an.all_mentions[k].text) and len(an.all_mentions[k].text) >= 3
               and an.all_mentions[k].text.split()[-1] not in _GENERIC_UNMATCHED]
    if not phrases:
        return an
    taken = {m.column for m in an.mentions}
    grounded: list[Mention] = []
    for m in sorted(phrases, key=lambda m: m.start)[:max_phrases()]:
        names = [c.name for c in an.columns if c.name not in taken]
        col, prob = ground_phrase(lm, q, m.text, names)
        if col is not None:
            grounded.append(Mention(m.start, m.end, m.text, col, round(prob, 3)))
            taken.add(col)
    if not grounded:
        return an
    spans = {(g.start, g.end) for g in grounded}
    mentions = sorted(an.mentions + grounded, key=lambda m: m.start)
    unmatched = [u for u in an.unmatched if (u.start, u.end) not in spans]
    allm = sorted(mentions + unmatched, key=lambda m: m.start)
    return dataclasses.replace(an, mentions=mentions, unmatched=unmatched, all_mentions=allm,
                               skeleton=_skeleton(an.tokens, mentions, an.used_tokens),
                               skeleton_all=_skeleton(an.tokens, allm, an.used_tokens))


def _second_opinion(cues: dict, q: str, text: str, top: "Candidate", build: Any) -> "Candidate | None":
    """The learned kind model's reading when it confidently disagrees with the structural one."""
    probs = predict_kind(cues, q)
    if not probs or top.task["kind"] not in probs or is_policy(text) or top.task.get("at"):
        return None
    settings = vocab("kind_decision")
    best = max(probs, key=probs.get)
    if best == top.task["kind"] or probs[best] < settings["ask_min_probability"] or \
            probs[top.task["kind"]] > settings["ask_max_rule_probability"]:
        return None
    built = [c for c in build(best) if c.task.get("treatment", 1) is not None and c.task.get("outcome", 1) is not None
             and not _incomplete(c.task)]
    return built[0] if built else None


def _ask_reading(top: "Candidate", other: "Candidate", an: Analysis) -> ParseOutcome:
    """One short question naming the two readings; the answer picks one (`_answer_pending`)."""
    readings = [top.reading, other.reading]
    msg = f"Do you want {readings[0]} (1), or {readings[1]} (2)?"
    pending = {**{k: v for k, v in top.task.items() if v is not None},
               "_awaiting": {"field": "reading", "options": readings}, "_readings": [top.task, other.task]}
    return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.5,
                        mentions={m.text: m.column for m in an.mentions if m.column})


def _audit_task(an: Analysis, q: str) -> ParseOutcome:
    """Audit a language model's decisions: spec, attribute (treatment) and decision (outcome)."""
    task, ambiguous = audit_fields(an.text)
    task["question"] = q
    if ambiguous:
        msg = f"Which audit scenario fits: {' or '.join(ambiguous)}?"
        pending = {**{k: v for k, v in task.items() if v is not None and k != "spec"},
                   "_awaiting": {"field": "spec", "options": ambiguous}}
        return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.4)
    missing = _incomplete(task)
    if missing:
        return _ask_for(task, missing, an, q, options=[])
    return _done(task, 0.8, [], {})


# ---------------------------------------------------------------------------- language model

_KIND_PROMPT = "Question: {q}\nThe user wants"
_DIRECTION_PROMPT = "Question: {q}\nThe question asks for the causal effect of"


def _readable(name: str | None) -> str:
    return (name or "").replace("_", " ")


def _kind_reading(c: Candidate) -> str:
    t = c.task
    T, Y = _readable(t.get("treatment")), _readable(t.get("outcome"))
    return {
        "ate": f" the average effect of {T} on {Y}",
        "cate": f" to know for whom the effect of {T} on {Y} is largest",
        "mediation": f" the part of the effect of {T} on {Y} that goes through {_readable(t.get('mediator'))}",
        "discover": " the causal graph of the data",
        "unsupported": " something that is not a causal question",
    }.get(t["kind"], " " + c.reading)


def _lm_choose(lm: Any, q: str, cands: list[Candidate]) -> tuple[Candidate, float]:
    """Let the LM break a tie the structure could not.

    Two readings that differ only in direction ("X on Y" vs "Y on X") contain the same tokens, so
    their raw log-likelihoods compare fairly and carry the model's sense of which way causation
    plausibly runs (calibration would cancel exactly that prior). Readings of different kinds
    differ in length and wording, so they go through the calibrated `lm.choose`.
    """
    top = cands[0]
    second = next((c for c in cands[1:] if _is_reversal(top, c) and top.score - c.score < 1.0), cands[1])
    qline = q.strip().replace("\n", " ")
    try:
        if _is_reversal(top, second):
            opts = [f" {_readable(c.task['treatment'])} on {_readable(c.task['outcome'])}" for c in (top, second)]
            a, b = lm.logprobs([_DIRECTION_PROMPT.format(q=qline)], [opts])[0]
            # Measured: Qwen-0.5B's preference mostly mirrors the question's word order (which the
            # structural default already uses), so only a strong preference may flip it.
            if b - a > 3.0:
                return second, round(min(0.9, 0.5 + 0.1 * (b - a)), 3)
            return top, round(min(0.9, 0.5 + 0.1 * max(a - b, 0.0)), 3)
        by_kind: dict[str, Candidate] = {}
        for c in cands:
            by_kind.setdefault(c.task["kind"], c)
        group = list(by_kind.values())[:4]
        _, scores = lm.choose(_KIND_PROMPT.format(q=qline), [_kind_reading(c) for c in group])
    except Exception:  # noqa: BLE001 - an LM failure falls back to the structural choice
        return cands[0], _confidence(cands)
    # the structure keeps a say: its score (scaled) is added to the model's calibrated preference
    combined = [sc + 1.5 * c.score for sc, c in zip(scores, group)]
    best = max(range(len(group)), key=lambda i: combined[i])
    ordered = sorted(combined, reverse=True)
    gap = ordered[0] - ordered[1] if len(ordered) > 1 else 2.0
    return group[best], round(min(0.95, 0.5 + 0.1 * gap), 3)


# ---------------------------------------------------------------------------- follow-ups

_FOLLOW_RX = re.compile(
    r"^(?:and|what about|how about|now|also|but|ok|okay|instead|same|then|what if|try|redo|rerun|re-run|only|"
    r"just|this time|plus|with|without|using|use|split|break|do it|can you also|could you also|again|and now|"
    r"next|same thing|same but|repeat|let's|lets|ok now|okay now|great|thanks|cool|nice|hmm|and what|and if|"
    r"include|add|drop|remove|exclude|restrict|limit|for|among|by|through|via|adjust|control|reverse|flip|"
    r"swap|other way|the other way|switch)\b"
)


_KIND_MODELS = {"ate": AteTask, "cate": CateTask, "mediation": MediationTask, "policy": PolicyTask}


def _as_kind(task: dict, kind: str) -> dict:
    """The fields of `task` that a task of `kind` accepts (method reset: each kind has its own)."""
    allowed = set(_KIND_MODELS[kind].model_fields) - {"method"}
    out = {k: v for k, v in task.items() if k in allowed}
    out["kind"] = kind
    return out


def _follow_up(q: str, an: Analysis, previous: Task, profile: Any, lm: Any) -> ParseOutcome | None:
    """Edit the previous task when the message is a follow-up rather than a new question."""
    text = an.text
    prev = task_to_dict(previous)
    standalone = _interpret(an, lm, q)
    st = standalone.task
    looks_follow = bool(_FOLLOW_RX.search(text)) or _has(r"\binstead\b|\bas well\b|\btoo\b|\bsame\b|"
                                                         r"other way|reverse|this time", text)
    if st is not None and st.kind in {"ate", "cate", "mediation", "discover", "relation", "generate"} and not looks_follow:
        return None
    only_covariates = {m.key for m in an.mentions} <= {an.mentions[k].key for k in role_votes(an).covariates}
    if st is not None and st.kind in {"ate", "cate", "mediation"} and looks_follow and \
            not _has(r"\binstead\b|\bas well\b|\btoo\b|\bsame\b", text) and len(an.mentions) >= 2 and \
            role_votes(an).directional and not only_covariates:
        return None
    if prev["kind"] not in {"ate", "cate", "mediation", "discover"}:
        return None if st is not None else standalone
    roles = role_votes(an)
    ms = an.mentions
    task = dict(prev)
    task["question"] = q
    changed: list[str] = []
    covs = [ms[k].key for k in roles.covariates if ms[k].column or not an.columns]
    if covs and prev["kind"] != "discover":
        # "adjusting only for age" replaces the adjustment set; "and adjusting for age" adds to it.
        kept = [] if _has(r"\b(?:only|just)\b", text) else (prev.get("covariates") or [])
        task["covariates"] = list(dict.fromkeys(kept + covs))
        changed.append("covariates")
    if _has(r"without (?:any )?(?:the )?(?:controls|covariates|adjustment)|no (?:controls|covariates|adjustment)|"
            r"unadjusted|raw difference", text) and prev["kind"] != "discover":
        task["covariates"] = []
        changed.append("covariates")
    mods = [k for k, v in roles.votes.items() if v.get("g", 0) >= 2.0]
    if not mods and _has(r"^(?:and |now |ok |okay |what about |how about |then |also )*(?:split |broken_down_by |break it down |"
                         r"separately )?(?:by|across|per|for each|for different)\b", text):
        mods = [k for k in range(len(ms)) if ms[k].column or not an.columns][:1]
    mediator = next((k for k, v in roles.votes.items() if v.get("m", 0) >= 2.5), None)
    if mediator is None and _has(r"^(?:and |now |what about |how about |then )*(?:through|via)\b", text) and ms:
        mediator = 0
    if mods and prev["kind"] in {"ate", "cate", "mediation"}:
        names = [ms[k].key for k in mods]
        task = _as_kind(task, "cate") if prev["kind"] != "cate" else task
        task["modifiers"] = list(dict.fromkeys((prev.get("modifiers") or []) + names))
        changed.append("modifiers")
    elif mediator is not None and prev["kind"] in {"ate", "cate", "mediation"}:
        task = _as_kind(task, "mediation") if prev["kind"] != "mediation" else task
        task["mediator"] = ms[mediator].key
        changed.append("mediator")
    if an.conditions:
        task["conditions"] = [c for c in prev.get("conditions", [])] + [c.model_dump() for c in an.conditions]
        changed.append("conditions")
    if _has(r"everyone|whole sample|all (?:rows|people|patients|customers|the data)|no filter|drop the filter|"
            r"without the filter|remove the filter", text):
        task["conditions"] = []
        changed.append("conditions")
    if prev["kind"] != "discover" and _has(r"other way (?:a)?round|reverse|flip|opposite direction|swap (?:them|the roles)|"
                                            r"switch (?:them|the roles)|the reverse", text):
        task["treatment"], task["outcome"] = prev["outcome"], prev["treatment"]
        changed.append("direction")
    method = _method(text, ("dml", "propensity_weighting", "linear_regression")) if task["kind"] == "ate" else \
        _method(text, ("causal_forest", "linear_dml", "dr_learner", "s_learner", "t_learner", "x_learner")) \
        if task["kind"] == "cate" else _method(text, ("pc", "fci", "ges", "lingam")) if task["kind"] == "discover" else None
    if method:
        task["method"] = method
        changed.append("method")
    if _has(r"just the average|average effect|overall effect|ignore the (?:groups|modifiers)", text) and \
            prev["kind"] in {"cate", "mediation"}:
        task = _as_kind(task, "ate")
        changed.append("kind")
    # swaps: "what about income instead?", "on X instead", "X as the outcome"
    used_ids = set(roles.covariates) | set(mods) | ({mediator} if mediator is not None else set())
    rest = [k for k in range(len(ms)) if k not in used_ids and (ms[k].column or not an.columns)]
    if rest and prev["kind"] != "discover" and "direction" not in changed:
        new = ms[rest[0]].key
        v = roles.votes.get(rest[0], {})
        replace_of = re.search(r"instead of (?:the )?(.+?)(?:\?|$|,)", text)
        target = None
        if v.get("y", 0) > v.get("t", 0) or _has(r"\bon\s+<", an.skeleton) or _has(r"as (?:the )?outcome", text):
            target = "outcome"
        elif v.get("t", 0) > 0 or _has(r"as (?:the )?(?:treatment|cause|exposure)", text):
            target = "treatment"
        elif replace_of:
            old = norm_phrase(replace_of.group(1))
            for f in ("treatment", "outcome", "mediator"):
                if prev.get(f) and norm_phrase(prev[f]) == old:
                    target = f
        if target is None:
            target = _guess_swap(new, prev, an, lm, q)
        if new not in {task.get("treatment"), task.get("outcome"), task.get("mediator")}:
            task[target] = new
            changed.append(target)
    if not changed:
        if st is not None:
            return None
        return ParseOutcome(task=None, clarification="How should I change the previous analysis? For example "
                            "'adjusting for age', 'by gender', 'through bmi', or 'with income as the outcome'.",
                            pending=None, confidence=0.2)
    return _done(task, 0.85, [], {m.text: m.column for m in ms if m.column})


def _guess_swap(new: str, prev: dict, an: Analysis, lm: Any, q: str) -> str:
    """Which role a bare 'what about X instead?' replaces: the LM when present, else the most similar role."""
    if lm is not None:
        t, y = prev["treatment"], prev["outcome"]
        options = [f" the average effect of {new} on {y}", f" the average effect of {t} on {new}"]
        prompt = (f"Earlier question: the effect of {t} on {y}.\nFollow-up: {q}\nThe follow-up asks for:")
        try:
            idx, _ = lm.choose(prompt, options)
            return "treatment" if idx == 0 else "outcome"
        except Exception:  # noqa: BLE001
            pass
    types = {c.name: c.type for c in an.columns}
    if types:
        nt = types.get(new)
        if nt and nt == types.get(prev["treatment"]) and nt != types.get(prev["outcome"]):
            return "treatment"
    sim_t = difflib.SequenceMatcher(None, new, prev["treatment"]).ratio()
    sim_y = difflib.SequenceMatcher(None, new, prev["outcome"]).ratio()
    if abs(sim_t - sim_y) > 0.2:
        return "treatment" if sim_t > sim_y else "outcome"
    # words that usually name outcomes vs. things one does or receives
    words = {stem(w) for w in tokenize(new)}
    if words & _OUTCOME_WORDS:
        return "outcome"
    if words & _TREATMENT_WORDS:
        return "treatment"
    return "outcome"


_OUTCOME_WORDS = {stem(w) for w in (
    "rate score risk disease pressure cholesterol spend spending churn income wage wages earnings yield retention "
    "satisfaction mortality death deaths outcome sales revenue profit grade grades gpa test exam health weight "
    "bmi burnout attrition cases hospitalization employment productivity happiness wellbeing anxiety depression "
    "cancer diabetes purchase purchased clicks conversion visits length stay").split()}
_TREATMENT_WORDS = {stem(w) for w in (
    "smoking smoker exercise treatment program training campaign coupon discount policy mandate tutoring "
    "use drug dose therapy intervention subsidy ad advertising email notification notifications onboarding "
    "remote statin vaccine vaccination fertilizer irrigation pesticide alcohol diet sleep study hours "
    "schooling education union married membership member").split()}


__all__ = ["ParseOutcome", "analyze", "parse_question", "stem", "norm_phrase"]
