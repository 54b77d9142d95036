"""Row conditions of one message: 'over 60', 'with bmi above 30', 'age > 60', 'among women', 'in the
north', 'for indoor venues': the rows a question restricts its effect to, as column comparisons.
Split from `analysis.py`, which finds the mentions these read."""

from __future__ import annotations

import re


from copilot.task import Condition
from copilot.understand.beside import points_beside
from copilot.understand.levels import category_values
from copilot.understand.measure_units import named_after_unit, unit_at
from copilot.understand.mentions import Mention
from copilot.understand.points import kept_as_fraction, level_written, point_values
from copilot.understand.units import _plural, describes_units, subject_of_point, switched_on, units_then_attribute
from copilot.understand.phrase_words import _BREAK
from copilot.understand.text import TIME_UNIT_WORDS, ColumnInfo, parse_number, stem


_GROUP_NOUNS = {"people", "patients", "customers", "users", "adults", "individuals", "those", "ones", "folks",
                "respondents", "participants", "women", "men", "employees", "workers", "kids", "children",
                "students", "subjects", "members", "clients", "shoppers", "persons", "seniors", "aged", "age",
                "ages", "applicants", "buyers", "visitors", "households", "everyone", "anyone"}


_PERSON = frozenset("customer client patient child kid student pupil member user person applicant employee worker "
                    "driver rider buyer visitor participant respondent tenant borrower guest owner mother father "
                    "woman man passenger caller claimant resident adult".split())
_FEMALE = {"women", "woman", "female", "females", "girls", "girl", "ladies", "mothers", "moms"}


_MALE = {"men", "man", "male", "males", "boys", "boy", "gentlemen", "fathers", "dads"}


_AGE_UNITS = {"yrs", "yr", "years", "year", "y", "yo", "mo", "months", "month", "wks", "weeks", "at", "baseline", "bl"}


_AGE_STATS = {"mean", "avg", "average", "median"}  # kids.age.mean: the units' ages summed up


def _age_column(columns: list[ColumnInfo], tokens: list[str] = ()) -> str | None:
    """The column 'a 7-year-old' / 'aged 60' refers to: the one age column, else the age column whose
    other words the question uses ('a 40-year-old stand' -> stand_age_yrs), else the plain one (age_yrs)."""
    ages = [c for c in columns if c.type != "categorical" and (
        c.stems and c.stems[-1] in {"ag", "age"} or c.name.lower() in {"age", "age_years", "years_old"}
        or "age" in c.words and set(c.words) - {"age"} <= _AGE_UNITS | _AGE_STATS | set(c.words[:c.words.index("age")])
        or c.words[:1] == ["age"] and c.type == "numeric")]  # age_head, age_mother
    if len(ages) <= 1:
        return ages[0].name if ages else None
    said = {stem(t) for t in tokens}
    named = [c for c in ages if {stem(w) for w in set(c.words) - {"age"} - _AGE_UNITS} & said]
    plain = [c for c in ages if set(c.words) - {"age"} <= _AGE_UNITS]
    return (named or plain or ages)[0].name


_GENDER_STEMS = {"sex", stem("gender")}  # (stem() reads "gender" as "gend")


def _gender_column(columns: list[ColumnInfo]) -> ColumnInfo | None:
    for c in columns:
        if set(c.stems) & (_GENDER_STEMS | {"femal", "mal"}):
            return c
    return None


def _gender_value(col: ColumnInfo, female: bool) -> float | str:
    if set(col.stems) & {"femal"}:
        return 1 if female else 0
    if set(col.stems) & {"mal"} and not set(col.stems) & _GENDER_STEMS:
        return 0 if female else 1
    coded = {e.strip().lower() for e in col.examples} <= {"0", "1", "0.0", "1.0", "true", "false"}
    if coded and set(col.words) & {"f", "fem", "w"}:  # sex_f, SEX_F: 1 = female
        return 1 if female else 0
    if coded and set(col.words) & {"m", "male"}:  # sex_m: 1 = male
        return 0 if female else 1
    for ex in col.examples:
        low = ex.lower()
        if female and (low in {"f", "female", "woman", "women", "w"}):
            return ex
        if not female and low in {"m", "male", "man", "men"}:
            return ex
    return "female" if female else "male"


def _as_fraction(cond: Condition, tokens: list[str], columns: list[ColumnInfo]) -> Condition:
    """'where bespoke work is 80% of output' (bespoke_share: 0.62, 0.8): a percentage said of a column
    the data keeps as a fraction is that fraction."""
    col = next((c for c in columns if c.name == cond.column), None)
    if col is None or not isinstance(cond.value, (int, float)) or not 1 < cond.value <= 100 or not kept_as_fraction(col):
        return cond
    said = f"{cond.value:g}"
    if not any(t == said and tokens[k + 1:k + 2] in (["%"], ["percent"]) or t == said + "%"
               for k, t in enumerate(tokens)):
        return cond
    return cond.model_copy(update={"value": cond.value / 100})


def _in_thousands(cond: Condition, tokens: list[str], columns: list[ColumnInfo]) -> Condition:
    """'where income is 40k' (income: 28, 52, 110): a value written in thousands of a column the data keeps
    in thousands is the number as written (40), not 40,000."""
    col = next((c for c in columns if c.name == cond.column), None)
    if col is None or col.type != "numeric" or not isinstance(cond.value, (int, float)) or cond.value < 1000:
        return cond
    said = f"{cond.value / 1000:g}"
    if not any(re.fullmatch(rf"\$?{re.escape(said)}k", t) for t in tokens):
        return cond
    kept = [v for v in (parse_number(str(e)) for e in col.examples) if v is not None]
    if not kept or max(kept) >= 1000 or not min(kept) / 10 <= cond.value / 1000 <= max(kept) * 10:
        return cond
    return cond.model_copy(update={"value": cond.value / 1000})


def _heads_an_effect(tokens: list[str], end: int) -> bool:
    """The mention ending at `end` is the cause of an effect named right after it ("<x> effect on", "<x>'s
    impact", "<x> -> <y>")."""
    nxt = tokens[end:end + 2]
    return nxt[:1] in (["effect"], ["effects"], ["impact"], ["->"]) or nxt in (["'s", "effect"], ["'s", "impact"])


def _is_level(word: str, columns: list[ColumnInfo]) -> bool:
    """The word is a level of a categorical column ('rural' of cityType)."""
    return any(c.type == "categorical" and word in {str(e).strip().lower() for e in c.examples} for c in columns)


_YES_VALUES = {"1", "true", "yes", "1.0"}
_NO_VALUES = {"0", "false", "no", "0.0"}
_ARTICLES = {"a", "an", "any", "the"}


def _before_articles(tokens: list[str], start: int) -> int:
    """The position of the last word before `start` that is no article (-1 when there is none)."""
    j = start - 1
    while j >= 0 and tokens[j] in _ARTICLES:
        j -= 1
    return j


def _units_with(tokens: list[str], m: Mention, by_end: dict[int, Mention]) -> bool | None:
    """A yes/no column said of the units with "with" / "without" / "with no", the phrase closing the
    clause: "for makers without a school contract, ...", "among farms with no irrigation?", "among
    makers with school contracts". None when not so written; else whether the units lack it."""
    j = _before_articles(tokens, m.start)
    lacks = j >= 0 and tokens[j] == "no"
    j -= lacks
    if j < 2 or tokens[j] not in {"with", "without", "lacking"} or not re.fullmatch(r"[a-z]{3,}s", tokens[j - 1]) \
            or j in by_end or tokens[j - 2] not in {"for", "among", "in", "at", "the", "those"}:
        return None
    if tokens[m.end:m.end + 1] not in ([], [","], ["?"], ["."], [";"], ["!"], [":"]):
        return None
    # the column is the treatment itself where fewer than two other variables are named ("do items break less
    # often at sites with mentoring?") or the question says it back ("for sites without online booking, what
    # would adding it do", "for makers with school contracts, what did the contract do"): the treated or the
    # untreated units (fields.estimand), not a group
    others = {o.column for o in by_end.values() if o.column != m.column}
    if len(others) < 2 or "would" in tokens or {"it", "one", "them"} & set(tokens[m.end:]) or any(
            o.column == m.column for o in by_end.values() if o.start > m.end):
        return None
    return lacks or tokens[j] in {"without", "lacking"}


_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "should", "to"})


def _measured_after(tokens: list[str], j: int, mentions: list[Mention], columns: list[ColumnInfo]) -> Mention | None:
    """The numeric column named right after a number's unit ("10 years of experience", "5 years' tenure")."""
    m, linked = named_after_unit(tokens, j, mentions)
    if not linked or not tokens[j + 1].isalpha():
        return None
    col = next((c for c in columns if m is not None and c.name == m.column), None)
    return m if col is not None and col.type == "numeric" else None


def extract_conditions(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                       has_data: bool) -> tuple[list[Condition], set[int]]:
    """Row filters: 'over 60' / 'with bmi above 30' / 'age > 60' / 'among women' / 'where region is north'."""
    conditions: list[Condition] = []
    used: set[int] = set()
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
        elif tok in {">", "<", ">=", "<=", "=", "=="}:
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
        if (after := _measured_after(tokens, j, mentions, columns)) is not None:
            col = after.key  # "tappers with more than 10 years of experience" ~ yrs_exp, not tap_freq nor the age
            used.update(range(after.start, after.end))
        elif k >= 0 and (k + 1) in by_end:
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
    # "when the customer is 75": a person said to be a number, and nothing after it, is that old
    for i in range(1, n - 2):
        if has_data and age_col and tokens[i] in _PERSON and tokens[i - 1] in {"the", "a"} and tokens[i + 1] == "is" and \
                (v := parse_number(tokens[i + 2])) is not None and 0 < v < 120 and i + 2 not in used and \
                tokens[i + 3:i + 4] in ([], [","], ["?"], ["."], [";"], ["and"]):
            conditions.append(Condition(column=age_col, op="==", value=v))
            used.update(range(i, i + 3))
    # gender words after "among / for / in / only"
    gcol = _gender_column(columns) if has_data else None
    lead = {"among", "for", "in", "only", "just", "of"}
    for i, tok in enumerate(tokens):
        # ("wax_tech -> xc_time_post, women only": the group, then "only", after a comma or at the start)
        alone_only = tokens[i + 1:i + 2] == ["only"] and (i == 0 or tokens[i - 1] in {",", ";", ":", "("})
        if tok in _FEMALE | _MALE and (alone_only or i > 0 and (
                tokens[i - 1] in lead or i > 1 and tokens[i - 2] in lead - {"of"}
                and tokens[i - 1] in {"baby", "young", "older", "adult", "teenage"})):
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
        after_article = m.start > 1 and tokens[m.start - 1] in {"the", "its", "their"}
        lead = tokens[m.start - 2] if after_article else tokens[m.start - 1]
        if k + 1 < n and m.start > 0 and (tokens[k] in {"is", "=", "==", "equals"} and lead in
                                          {"where", "when", "with", "whose", "if"} or tokens[k] in {"=", "=="}
                                          and (tokens[m.start - 1] in {"for", "at", "among", "in", "|", "given"}
                                               # ("(`region` = BS)": a column written as code, anywhere)
                                               or m.identifier or listed and tokens[m.start:m.end] == [m.key.lower()])):
            value_tok, at = tokens[k + 1], k + 1
            if value_tok in {"a", "an", "the", "'"} and k + 2 < n:
                value_tok, at = tokens[k + 2], k + 2
            num = parse_number(value_tok)
            col = next((c for c in columns if c.name == m.column), None)
            if num is None and col is not None and col.type == "numeric":
                continue  # "when humidity is high (humidity_pct=70)": a word is no value of a number column
            if after_article and not (col is not None and col.examples and num is None and
                                                    level_written(tokens, at, col.examples)):
                continue  # ("when the venue is a barn": after an article, only a level the column has)
            val: float | str = num if num is not None else value_tok
            end = k + 2
            if col and col.examples and (num is None or col.type == "categorical"):  # "prot_ur = 2+": the level
                val, end = level_written(tokens, at, col.examples) or (val, max(end, at + 1))
            elif num is not None and unit_at(tokens, end):
                end += 1  # "when wind is 20 knots": the unit goes with the value
            conditions.append(Condition(column=m.key, op="==", value=val))
            used.update(range(m.start, end))
    # "among smokers" / "only for treated units" with a binary column; "in the north" with a categorical value
    if has_data:
        for m in mentions:
            if m.start == 0 and tokens[m.end:m.end + 1] != ["only"] or m.start in used:
                continue
            prev = tokens[m.start - 1] if m.start else ""
            prev2 = tokens[m.start - 2] if m.start >= 2 else ""
            col = next((c for c in columns if c.name == m.column), None)
            if col is not None and col.type != "binary" and prev in {"among", "only"} and m.alternatives:
                # "among chain delis" (coldChainTemp or chainMember): of two names the word fits, the binary
                col = next((c for c in columns if c.name in m.alternatives and c.type == "binary"), col)
            if col is not None and col.type == "binary" and m.end - m.start == 1 and \
                    re.fullmatch(r"[a-z]{2,}[^s]s", tokens[m.start]) and \
                    any(_is_level(" ".join(tokens[k:m.start]), columns) for k in range(max(0, m.start - 3), m.start)):
                continue  # "among rural shops" (cityType rural), "Eisenia fetida bins": the units' noun after a level
            if col is not None and col.type == "binary" and _heads_an_effect(tokens, m.end):
                continue  # "among DWC systems autoDosing effect on phAvg": the treatment, not a second group
            # "villages in a corridor: beehive effect on damage": the group heads a terse question
            header = ":" in tokens[m.end:m.end + 2] and ":" not in tokens[:m.start] and m.start <= 4 and \
                bool({"in", "among", "with", "within", "inside", "without"} & set(tokens[:m.start]))
            lacks = _units_with(tokens, m, by_end)
            if lacks is None and header:  # "shops with no online listing: ..." is the group without it
                lacks = tokens[max(0, _before_articles(tokens, m.start))] in {"no", "without", "lacking"} or None
            if prev == "only" and prev2 in _MODALS:
                continue  # "we can only cull at ten sites": the action a budget limits, not a group
            during = prev == "during" or prev in {"the", "a"} and prev2 == "during"  # "during the dry season"
            # "diabetics only: does ...": the units named, then "only"
            only = tokens[m.end:m.end + 1] == ["only"] and _plural(tokens[m.end - 1]) and \
                tokens[m.end + 1:m.end + 2] in ([], [":"], [","], ["?"], ["."])  # (not "bread bowls only where ...")
            if col is not None and col.type == "binary" and (prev in {"among", "only"} or header or during or only or
                                                             # ("we can only staff lifeguards at ...": a verb)
                                                             prev2 in {"only", "restricted", "limited"} and prev in
                                                             {"for", "in", "among", "at", "to", "with", "the", "on"}
                                                             or describes_units(tokens, m) or lacks is not None
                                                             or units_then_attribute(tokens, m, mentions)):
                value = next((e for e in col.examples if e.lower() in (_NO_VALUES if lacks else _YES_VALUES)),
                             0 if lacks else 1)
                num = parse_number(str(value))
                conditions.append(Condition(column=col.name, op="==", value=num if num is not None else value))
                used.update(range(m.start, m.end + 2 * switched_on(tokens, m)))
        conditions += category_values(tokens, mentions, columns, used)
    for cond, spans in point_values(tokens, mentions, used, age_col if has_data else None, columns):
        if not spans & used:
            conditions.append(cond)
            used |= spans | subject_of_point(tokens, mentions, spans, cond.column)
    if has_data:
        for cond, spans in points_beside(tokens, mentions, used, columns):
            conditions.append(cond)
            used |= spans
    uniq: dict[str, Condition] = {}
    for c in (_in_thousands(_as_fraction(cond, tokens, columns), tokens, columns) for cond in conditions):
        uniq[f"{c.column}{c.op}{c.value}"] = c
    return list(uniq.values()), used


def group_said_back(text: str, conditions: list[Condition], columns: list[ColumnInfo]) -> str | None:
    """"Among students whose parents were involved, how much did that lift their grades?": with no
    treatment named elsewhere, the one yes/no group the question picks out, said back by "that" / "it",
    is the treatment (the effect on that group is then the estimand)."""
    binary = {c.name for c in columns if c.type == "binary"}
    groups = [c.column for c in conditions if c.op == "==" and c.column in binary]
    # (the group told by a clause about the units: "for smokers, does it lower BP" says no treatment)
    said_back = re.search(r"\b(?:who|whose|which|where)\b.{1,80}\b(?:did|does|do|would|will|has|had) (?:that|it|this)\b",
                          text) or \
        re.search(r"\b(?:who|that|which)\s+(?:adopted|took up|joined|installed|introduced|switched to|received|got|had|"  # "for firms that
                  r"enrolled in|signed up for|started|bought|added|opened|used|underwent|attended|completed|were given|"
                  r"zzcol\d+zz)\b.{1,80}\b(?:the|an|its|"  # adopted X, what
                  r"their) (?:effect|impact)\b(?! of\b)", text)  # was the effect on Y": the effect of what they adopted
    # (an identifier in parentheses takes its paraphrase, verb and all, into its placeholder: "that zzcol5zz")
    return groups[0] if len(groups) == 1 and said_back else None


def group_doubted(text: str, conditions: list[Condition]) -> str | None:
    """"Is the higher place rate among water-walker horses causal?", "is the higher score of wild-yeast batches
    real?": with no treatment named elsewhere, a difference between the one group picked out and the rest,
    doubted, is the effect of what sets the group apart (its column, a level of it too)."""
    doubted = re.search(r"^(?:is|are|was|were) (?:the |this |that )?(?:higher|lower|bigger|smaller|larger|greater|better|"
                        r"worse|zzcol\d+zz)\b[^?.!;]{1,80}\b(?:among|of|for|in|with)\b[^?.!;]{1,80}\b(?:causal|real|genuine)\b", text) \
        or re.search(r"^(?:is|are|was|were) [^?.!;]{1,60}\b(?:higher|lower|bigger|smaller|larger|greater|better|worse|more|"
                     r"fewer|less) (?:for|among|in|with|at)\b[^?.!;]{1,60}, or (?:is it |are they |it's )?(?:just |only |simply )?"
                     r"(?:that|because|due to|confound)", text)  # "are admissions lower for hot-meal clients, or is it just ..."
    groups = [c.column for c in conditions if c.op == "=="]
    return groups[0] if doubted and len(groups) == 1 else None


def group_heading(text: str) -> str:
    """A heading that names the units before a colon is the group asked about: "40 acre orchards: ...",
    "urban precincts: ...", "Android users only: ..." read as "for ..., " (not "Causal effects: ...": a heading
    of cue words)."""
    text = re.sub(r"^\s*(\d[\d.,]*\s*[a-z][\w-]*(?: [\w-]+){0,2}) ?: ", r"for \1, ", text)
    head = re.match(r"(?i)^\s*((?:[a-z][\w-]* ){1,2}[a-z][\w-]{2,}s)(?: only)?\s*:\s+", text)
    # (nor "assign on-site technicians: which venues first ...": an action, then the question about it)
    if head and not any(w.lower() in _BREAK for w in head.group(1).split()) and \
            not re.match(r"(?i)(?:which|who|whom|what|where|how)\b", text[head.end():]):
        text = f"among {head.group(1)}, {text[head.end():]}"
    return text

