"""Analysis of one message: tokens (typos snapped onto cue/column words), variable mentions, row
conditions ('among people over 60') and the skeleton with every mention replaced by `<k>`."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from copilot.understand.beside import points_beside
from copilot.understand.levels import category_values
from copilot.understand.points import describes_units, level_written, point_values
from copilot.understand.restate import absorb_restated_phrases, merge_restated, resolve_twins_by_identifier
from copilot.understand.qualifiers import apply_qualifiers, drop_time_references, drop_unit_nouns, qualifier_words
from copilot.understand.mentions import drop_adjustment_cues, find_column_mentions, find_free_mentions, Mention
from copilot.understand.typos import fix_typos
from copilot.understand.text import (TIME_UNIT_WORDS, ColumnInfo, columns_from_profile, parse_number, stem,
                                     tokenize)
from copilot.task import Condition
from copilot.understand.evidence import bind_identifiers, join_spaced_names, sentinel_column


_DROP_IN_SKELETON = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "their", "your", "its",
                     "his", "her", "some", "any", "really", "actually", "truly", "even", "just", "also",
                     "significantly", "meaningfully", "causally", "directly", "statistically", "on-average",
                     "somehow", "possibly", "exactly", "ever", "much", "all"}


# multi-word cues glued into one token so that e.g. a bare "by" can only mean "broken down by"
_GLUE = [
    (r"\b(caused|affected|influenced|driven|determined|impacted|shaped|changed|increased|reduced|boosted|"
     r"improved|hurt|harmed|lowered|raised|helped|damaged|worsened|promoted|predicted|altered|confounded) by\b", r"\1_by"),
    # other causal verbs in the passive ("pushed up by", "suppressed by"): the agent after "by" is the cause
    (r"\b(?:pushed|driven|dragged|held|brought|pulled) (?:up|down|back) by\b|\b(?:suppressed|depressed|slowed|"
     r"slowed down|sped up|shortened|lengthened|elevated|decreased|inflated|dampened|hampered|hindered|undermined|"
     r"strengthened|weakened|triggered|spurred|fuell?ed|prevented|lifted|shifted|swayed|aggravated|exacerbated|"
     r"eased|stimulated|accelerated|delayed|cut|pushed) by\b", "changed_by"),
    (r"\b(mediated|explained|accounted for|moderated|modified|carried|transmitted|channell?ed) (by|through)\b",
     lambda m: m.group(1).replace(" ", "_") + "_" + m.group(2)),
    (r"\bconfounding (?:by|from|through|via)\b", "confounding_by"),  # names a confounder, not a group ("by" alone)
    (r"\bon average\b", "on-average"),
    (r"\bas well as\b", "and"),
    (r"\bbroken down by\b", "broken_down_by"),
    (r"\bwhat would happen\b|\bwhat will happen\b|\bwhat happens\b|\bwhat happened\b", "what_happens"),
]
# any other verb in the passive ("is distress relieved by more sessions", "is preterm birth made less likely by
# monitoring"), except participles that measure, sort or serve rather than cause
_PASSIVE = re.compile(r"\b((?:made|rendered) (?:more|less) [a-z]+|[a-z]{3,}ed) by\b(?! (?:\d|the end\b|the time\b|"
                      r"(?:week|month|year|day|age|grade)s?\b|then\b|now\b|far\b|chance\b|default\b))")  # "by 12 months"
_NOT_CAUSING = frozenset(
    "measured defined followed grouped split stratified divided multiplied sorted ranked owned used reported rated "
    "assessed recorded paid offered delivered supervised operated managed staffed served indicated represented "
    "captured denoted coded labelled labeled weighted scaled normalised normalized adjusted controlled matched "
    "conditioned indexed identified quantified proxied approximated covered accompanied preceded replaced visited "
    "attended treated funded provided called named installed bred hosted organised organized suggested recommended "
    "proposed chosen decided approved generated produced issued".split())
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\b")


def _verb_of_variable(tokens: list[str], phrase: Mention, mentions: list[Mention], name_stems: set[str]) -> bool:
    """'lowered by showing the safety video': a lone gerund right before a variable (an article or 'more'
    between) is the verb that governs it, not a variable of its own."""
    tok = tokens[phrase.start]
    if phrase.end - phrase.start != 1 or not tok.endswith("ing") or stem(tok) in name_stems:
        return False
    k = phrase.end + (tokens[phrase.end:phrase.end + 1] in (["the"], ["a"], ["an"], ["more"], ["less"], ["their"]))
    return any(m.start == k for m in mentions)


def _glue_passive(joined: str) -> str:
    """'<y> relieved by <t>' -> '<y> changed_by <t>' when a form of 'be' opens the clause before it."""
    def swap(m: re.Match) -> str:
        clause = re.split(r"[,;:?.!]", joined[:m.start()])[-1]
        return "changed_by" if m.group(1) not in _NOT_CAUSING and _BE.search(clause) else m.group(0)
    return _PASSIVE.sub(swap, joined)


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
    hints: dict[str, list[str]] = field(default_factory=dict)  # phrase -> columns the model ranked first


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


_AGE_UNITS = {"yrs", "yr", "years", "year", "y", "yo", "mo", "months", "month", "wks", "weeks", "at", "baseline", "bl"}


def _age_column(columns: list[ColumnInfo], tokens: list[str] = ()) -> str | None:
    """The column 'a 7-year-old' / 'aged 60' refers to: the one age column, else the age column whose
    other words the question uses ('a 40-year-old stand' -> stand_age_yrs), else the plain one (age_yrs)."""
    ages = [c for c in columns if c.type != "categorical" and (
        c.stems and c.stems[-1] in {"ag", "age"} or c.name.lower() in {"age", "age_years", "years_old"}
        or "age" in c.words and set(c.words) - {"age"} <= _AGE_UNITS | {"age"} | set(c.words[:c.words.index("age")])
        or c.words[:1] == ["age"] and c.type == "numeric")]  # age_head, age_mother
    if len(ages) <= 1:
        return ages[0].name if ages else None
    said = {stem(t) for t in tokens}
    named = [c for c in ages if {stem(w) for w in set(c.words) - {"age"} - _AGE_UNITS} & said]
    plain = [c for c in ages if set(c.words) - {"age"} <= _AGE_UNITS]
    return (named or plain or ages)[0].name


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
    age_col = _age_column(columns, tokens) if has_data else "age"
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
        value = parse_number(tokens[j])
        if value is None:
            continue
        # which column?
        col = None
        k = i - 1
        while k >= 0 and tokens[k] in {"is", "are", "was", "of", "whose", "with", "a", "an", "the", "being", "aged"}:
            k -= 1
        if k >= 0 and (k + 1) in by_end:
            named = next((c for c in columns if c.name == by_end[k + 1].key), None)
            if named is not None and j + 1 < n and tokens[j + 1] in TIME_UNIT_WORDS and \
                    f"{value:g}" in named.words and tok == "over":
                continue  # "vandalism over 12 months" (vandalism_12m): the column's own window, not a threshold
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
        value = parse_number(tok)
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
    lead = {"among", "for", "in", "only", "just", "of"}
    for i, tok in enumerate(tokens):
        if tok in _FEMALE | _MALE and i > 0 and (tokens[i - 1] in lead or i > 1 and tokens[i - 2] in lead - {"of"}
                                                  and tokens[i - 1] in {"baby", "young", "older", "adult", "teenage"}):
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
        # "cate hbpm nicu_adm, site=C": in a terse list, a column set equal to a value after a comma or
        # another column's name is a group too
        listed = m.start in by_end or tokens[m.start - 1] in {",", ";", "and"}
        if k + 1 < n and m.start > 0 and (tokens[k] in {"is", "=", "==", "equals"} and tokens[m.start - 1] in
                                          {"where", "when", "with", "whose", "if"} or tokens[k] in {"=", "=="}
                                          and (tokens[m.start - 1] in {"for", "at", "among", "in", "|", "given"}
                                               or listed and (m.identifier or tokens[m.start:m.end] == [m.key.lower()]))):
            value_tok = tokens[k + 1]
            if value_tok in {"a", "an", "the", "'"} and k + 2 < n:
                value_tok = tokens[k + 2]
            num = parse_number(value_tok)
            col = next((c for c in columns if c.name == m.column), None)
            if num is None and col is not None and col.type == "numeric":
                continue  # "when humidity is high (humidity_pct=70)": a word is no value of a number column
            val: float | str = num if num is not None else value_tok
            end = k + 2
            if col and col.examples and (num is None or col.type == "categorical"):  # "prot_ur = 2+": the level
                val, end = level_written(tokens, k + 1, col.examples) or (val, end)
            conditions.append(Condition(column=m.key, op="==", value=val))
            used.update(range(m.start, end))
    # "among smokers" / "only for treated units" with a binary column; "in the north" with a categorical value
    if has_data:
        for m in mentions:
            if m.start == 0 or m.start in used:
                continue
            prev = tokens[m.start - 1]
            prev2 = tokens[m.start - 2] if m.start >= 2 else ""
            col = next((c for c in columns if c.name == m.column), None)
            if col is not None and col.type == "binary" and (prev in {"among", "only", "within"} or
                                                             prev2 in {"only", "restricted", "limited"}
                                                             or describes_units(tokens, m)):
                yes = next((e for e in col.examples if e.lower() in {"1", "true", "yes", "1.0"}), 1)
                conditions.append(Condition(column=col.name, op="==", value=parse_number(str(yes)) if parse_number(str(yes)) is not None else yes))
                used.update(range(m.start, m.end))
        conditions += category_values(tokens, mentions, columns, used)
    for cond, spans in point_values(tokens, mentions, used, age_col if has_data else None, columns):
        if not spans & used:
            conditions.append(cond)
            used |= spans
    if has_data:
        for cond, spans in points_beside(tokens, mentions, used, columns):
            conditions.append(cond)
            used |= spans
    uniq: dict[str, Condition] = {}
    for c in conditions:
        uniq[f"{c.column}{c.op}{c.value}"] = c
    return list(uniq.values()), used


def analyze(question: str, profile: Any = None) -> Analysis:
    """Tokens, mentions, conditions and the role skeleton of one message."""
    columns = columns_from_profile(profile)
    has_data = bool(columns)
    names = [c.name for c in columns]
    # E[Y | do(X=a)] - E[Y | do(X=b)] is the effect of X on Y written in do-notation
    question_ = re.sub(r"E\s*\[\s*([\w.]+)\s*\|\s*do\s*\(\s*([\w.]+)\s*=[^)]*\)\s*\]\s*[-−]\s*"
                       r"E\s*\[\s*\1\s*\|\s*do\s*\(\s*\2\s*=[^)]*\)\s*\]", r"the effect of \2 on \1", question)
    # "Y <- X" (or "Y ← X") is the arrow written from the effect back to its cause: X -> Y
    question_ = re.sub(r"([\w.]+)\s*(?:<-{1,2}|←|⟵)\s*([\w.]+)", r"\2 -> \1", question_)
    question_ = join_spaced_names(question_, names)
    text, bound = bind_identifiers(question_, names)  # hard evidence first: exact identifiers bind
    bound_text = {b.column: b.text for b in bound}
    text = text.replace("→", " -> ").replace("⟶", " -> ")
    text = re.sub(r"(?i)\bw/o\b", " without ", text)  # "w/o a guide", "spaces w/ a laser cutter"
    text = re.sub(r"(?i)\bw/(?=\s)", " with ", text)
    text = _PER_UNIT.sub(r"\1 per \2", text)  # "units/hr" ~ units_per_hr (but "queues/callers" stays a list)
    text = re.sub(r"\(([^()]{1,40})\)", r" \1 ", text)  # "(bmi)" -> " bmi "
    raw_tokens = tokenize(text)
    col_vocab = {w for c in columns for w in c.words}
    tokens = fix_typos(raw_tokens, col_vocab)
    joined = " ".join(tokens)
    for pat, rep in _GLUE:
        joined = re.sub(pat, rep, joined)
    tokens = _glue_passive(joined).split(" ")
    mentions = find_column_mentions(tokens, columns) if has_data else []
    mentions = sorted(mentions + _acronyms(question, tokens, mentions, columns), key=lambda m: m.start)
    if bound:
        forced = [Mention(i, i + 1, bound_text.get(col, col), col, 1.0)
                  for i, tok in enumerate(tokens) if (col := sentinel_column(tok, names))]
        mentions = sorted([m for m in mentions if not any(sentinel_column(tokens[k], names)
                                                          for k in range(m.start, m.end))] + forced,
                          key=lambda m: m.start)
    # an identifier written as code (`sbp`, hba1c_fu) is fixed; one written as a word in other case ("HbA1c")
    # may still take a qualifier said beside it ("follow-up HbA1c" -> hba1c_fu)
    occurrences: dict[str, list[str]] = {}
    for b in bound:
        occurrences.setdefault(b.column, []).append(b.text)
    seen: dict[str, int] = {}
    fixed_at = set()
    for m in mentions:
        if m.column in occurrences and sentinel_column(tokens[m.start], names):
            k = seen.get(m.column, 0)
            texts = occurrences[m.column]
            if m.column in texts[min(k, len(texts) - 1)]:
                fixed_at.add(m.start)
            seen[m.column] = k + 1
    mentions = drop_time_references(tokens, drop_unit_nouns(tokens, mentions, columns, fixed_at), fixed_at)
    mentions = drop_adjustment_cues(tokens, mentions, fixed_at)
    mentions = apply_qualifiers(tokens, mentions, columns, fixed_at=fixed_at)
    mentions = merge_restated(tokens, [dataclasses.replace(m, identifier=True) if m.start in fixed_at else m
                                       for m in mentions])
    mentions = resolve_twins_by_identifier(tokens, mentions, {c.name: c.words for c in columns}, qualifier_words())
    taken = {k for m in mentions for k in range(m.start, m.end)}
    free = find_free_mentions(tokens, taken)
    if not has_data:
        mentions, unmatched = free, []
    else:
        name_stems = {stem(w) for w in col_vocab}
        unmatched = [f for f in free if not junk_phrase(f.text) and not _verb_of_variable(tokens, f, mentions, name_stems)]
    conditions, used = extract_conditions(tokens, mentions + ([] if has_data else []), columns, has_data)
    # a mention swallowed by a condition plays no role; free phrases inside conditions neither
    mentions = [m for m in mentions if not any(k in used for k in range(m.start, m.end))]
    unmatched = [m for m in unmatched if not any(k in used for k in range(m.start, m.end))]
    if not has_data:
        mentions = [m for m in mentions if not junk_phrase(m.text)]
    mentions, unmatched = absorb_restated_phrases(tokens, mentions, unmatched)
    allm = sorted(mentions + unmatched, key=lambda m: m.start)
    skeleton = build_skeleton(tokens, mentions, used)
    skeleton_all = build_skeleton(tokens, allm, used)
    return Analysis(question, tokens, mentions, unmatched, conditions, skeleton, columns, " ".join(tokens), used,
                    allm, skeleton_all)


_PER_UNIT = re.compile(r"\b([A-Za-z]+)/(hrs?|h|hours?|days?|d|wks?|weeks?|mo|months?|yrs?|years?|capita|person|km|mi|"
                       r"kg|l|dl|ml|min|mins|sec|s)\b")


def _acronyms(question: str, tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo]) -> list[Mention]:
    """'does MLF lower TA' ~ ta_gl, 'the OS benefit' ~ os_mo: a two-letter word written in capitals that
    is a word of one column's name (too short to match as a word written in lower case)."""
    caps = {w.lower() for w in re.findall(r"\b[A-Z]{2}\b", question)}
    taken = {k for m in mentions for k in range(m.start, m.end)}
    out = []
    for i, tok in enumerate(tokens):
        if tok in caps and i not in taken and tok not in {"us", "uk", "eu", "ok", "id", "it", "or", "in", "on", "at"}:
            owners = [c.name for c in columns if tok in c.words and c.type != "id" and not c.name.lower().endswith("id")]
            if len(owners) == 1:
                out.append(Mention(i, i + 1, tok, owners[0], 0.8))
    return out


def build_skeleton(tokens: list[str], mentions: list[Mention], used: set[int]) -> str:
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


GENERIC_UNMATCHED = {"people", "person", "patients", "patient", "customers", "customer", "users", "user",
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
         "statistics", "stats", "population", "sample", "everybody", "anybody", "claim", "claims", "confounders",
         "confounder", "confounding", "chance", "coincidence", "luck", "goal", "aim", "objective", "kpi",
         "biggest", "most", "best", "rule", "rules", "assignment rule", "targeting rule", "decision rule",
         "treatment rule", "allocation rule", "policy rule"}


_TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
               "quarter", "quarters", "next", "first", "following", "last", "past", "within", "over", "the", "a", "of"}


def junk_phrase(text: str) -> bool:
    """A phrase that names no variable: small talk, or only a time span ('30 days', 'the next 90 days')."""
    t = text.lower().strip()
    if t in _JUNK or all(w in _JUNK for w in t.split()):
        return True
    if all(w in _TIME_WORDS or parse_number(w) is not None for w in re.split(r"[\s-]+", t) if w):
        return True
    return len(t) < 2
