"""Analysis of one message: tokens (typos snapped onto cue/column words), variable mentions, row
conditions ('among people over 60') and the skeleton with every mention replaced by `<k>`."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from copilot.understand.conditions import extract_conditions, group_heading
from copilot.understand.contrast import drop_other_arm
from copilot.understand.measure_units import rate_twins, unit_word
from copilot.understand.rival import outside_rival, rival_clause, skeleton_words, without_rival
from copilot.understand.restate import (absorb_restated_phrases, said_again, merge_compounds, merge_restated,
                                        merge_said_twice, resolve_twins_by_identifier)
from copilot.understand.qualifiers import apply_qualifiers, qualifier_words
from copilot.understand.unit_mentions import drop_time_references, drop_unit_nouns
from copilot.understand.mention_filters import (comparative_before, drop_active_verb, drop_actor, drop_adjustment_cues,
                                                drop_comparative_modifier, drop_durations, drop_fixed_phrases,
                                                drop_gerund_before_object, drop_method_words, drop_noun_adjunct,
                                                drop_passive_verb, drop_possessor, drop_rule_words, drop_whole_of_share,
                                                gerund_before_object, hedge_participle, owned_at, qualifier_phrase,
                                                object_of_action, time_units_spend, units_and_their_verb,
                                                verb_of_variable)
from copilot.understand.free_mentions import find_free_mentions
from copilot.understand.mentions import LOOSE_MATCH, MECHANISM_VERBS, find_column_mentions, Mention
from copilot.understand.typos import fix_typos
from copilot.understand.idioms import read_idioms
from copilot.understand.text import NUMBER_WORDS, ColumnInfo, columns_from_profile, parse_number, stem, tokenize
from copilot.task import Condition
from copilot.understand.evidence import bind_identifiers, join_spaced_names, sentinel_column


_DROP_IN_SKELETON = {"the", "a", "an", "this", "that", "these", "those", "my", "our", "their", "your", "its",
                     "his", "her", "some", "any", "really", "actually", "truly", "even", "just", "also",
                     "significantly", "meaningfully", "causally", "directly", "statistically", "on-average",
                     "somehow", "possibly", "exactly", "ever", "much", "all"}


# how much, said between a passive verb and its agent ("lowered more by", "driven mainly by")
_DEGREE = r"(?:more|less|further|most|much|significantly|substantially|mainly|mostly|largely|partly|chiefly)"


# multi-word cues glued into one token so that e.g. a bare "by" can only mean "broken down by"
_GLUE = [
    (r"\b(caused|affected|influenced|driven|determined|impacted|shaped|changed|increased|reduced|boosted|"
     r"improved|hurt|harmed|lowered|raised|helped|damaged|worsened|promoted|predicted|altered|confounded) "
     rf"(?:{_DEGREE} )?by\b", r"\1_by"),  # "is LDL lowered more by higher doses"
    # other causal verbs in the passive ("pushed up by", "suppressed by"): the agent after "by" is the cause
    (r"\b(?:pushed|driven|dragged|held|brought|pulled) (?:up|down|back) by\b|\b(?:suppressed|depressed|slowed|"
     r"slowed down|sped up|shortened|lengthened|elevated|decreased|inflated|dampened|hampered|hindered|undermined|"
     r"strengthened|weakened|triggered|spurred|fuell?ed|prevented|lifted|shifted|swayed|aggravated|exacerbated|"
     rf"eased|stimulated|accelerated|delayed|cut|pushed) (?:{_DEGREE} )?by\b", "changed_by"),
    # "how are sales affected when a shop raises its prices": the clause after "when" holds the cause
    (r"\b((?:is|are|was|were|be|get|gets)(?: (?![,;:?.!])[^ ]+){1,8}) (affected|influenced|impacted|changed|hurt|"
     r"harmed|helped|improved|damaged|lowered|raised|reduced|increased|boosted|worsened) (?:when|if|once|whenever)\b",
     r"\1 \2_by"),
    (r"\b(mediated|explained|accounted for|moderated|modified|carried|transmitted|channell?ed) (by|through)\b",
     lambda m: m.group(1).replace(" ", "_") + "_" + m.group(2)),
    (r"\bconfounding (?:by|from|through|via)\b", "confounding_by"),  # names a confounder, not a group ("by" alone)
    (r"\bon average\b", "on-average"),
    # "what does X do to the chance of being in remission": the chance of Y is Y (a binary outcome)
    (r"\b(?:the |their |its )?(?:chance|chances|odds|probability|likelihood) of (?:being |getting |having |staying |"
     r"becoming )?(?:in )?(?=[a-z])(?![a-z]+ing\b)", ""),  # not "the chance of triggering a slide"
    (r"\bas well as\b", "and"),
    (r"\bbroken down by\b", "broken_down_by"),
    (r"\bwhat would happen\b|\bwhat will happen\b|\bwhat happens\b|\bwhat happened\b", "what_happens"),
    (r"\b([a-z]+)-(in|on|up)s\b", r"\1-\2"),  # "move-ins" ~ move_in_cnt: the plural of a phrasal noun
]
# any other verb in the passive ("is distress relieved by more sessions", "is preterm birth made less likely by
# monitoring", "is erosion made worse by"), except participles that measure, sort or serve rather than cause
_PASSIVE = re.compile(r"\b((?:made|rendered) (?:(?:more|less) [a-z]+|worse|better|[a-z]{2,}er)|[a-z]{3,}ed) by\b"
                      r"(?! (?:\d|the end\b|the time\b|"
                      r"(?:week|month|year|day|age|grade)s?\b|then\b|now\b|far\b|chance\b|default\b))")  # "by 12 months"
_NOT_CAUSING = frozenset(
    "measured defined followed grouped split stratified divided multiplied sorted ranked owned used reported rated "
    "assessed recorded paid offered delivered supervised operated managed staffed served indicated represented "
    "captured denoted coded labelled labeled weighted scaled normalised normalized adjusted controlled matched "
    "conditioned indexed identified quantified proxied approximated covered accompanied preceded replaced visited "
    "attended treated funded provided called named installed bred hosted organised organized suggested recommended "
    "proposed chosen decided approved generated produced issued".split())
_MODALS = [[w] for w in ("can", "could", "may", "might", "must", "will", "would", "shall", "should")]
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\b")


def _describes_identifier(tokens: list[str], phrase: Mention, mentions: list[Mention]) -> bool:
    """'seasonally adjusted sales (sales_kg_adj)': words right before a variable named by its identifier,
    qualifiers only between, describe that variable (no variable of their own to ask about)."""
    gap = 0
    while phrase.end + gap < len(tokens) and tokens[phrase.end + gap] in qualifier_words():
        gap += 1
    return any(m.identifier and m.start == phrase.end + gap for m in mentions)


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


# texting shorthand and slips for the words that carry a question's structure ("who shd get a grant", "wich")
_SHORTHAND_FOR = {"shd": "should", "shld": "should", "shud": "should", "wd": "would", "wud": "would", "cuz": "because",
                  "abt": "about", "thru": "through", "wich": "which", "whcih": "which", "waht": "what", "hwo": "how",
                  "b/c": "because", "ppl": "people", "w/out": "without", "ought to": "should"}
_SHORTHAND = re.compile(r"(?i)(?<![\w/])(?:" + "|".join(re.escape(k) for k in _SHORTHAND_FOR) + r")(?![\w/])")


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
    text = group_heading(text)  # "40 acre orchards: ...", "urban precincts: ..."
    text = _SHORTHAND.sub(lambda m: _SHORTHAND_FOR[m.group(0).lower()], text)  # "who shd get ...", "b/c"
    text = _PER_UNIT.sub(r"\1 per \2", text)  # "units/hr" ~ units_per_hr (but "queues/callers" stays a list)
    text = re.sub(r"\(([^()]{1,40})\)", r" \1 ", text)  # "(bmi)" -> " bmi "
    raw_tokens = tokenize(text)
    col_vocab = {w for c in columns for w in c.words}
    tokens = read_idioms(fix_typos(raw_tokens, col_vocab), [c.words for c in columns])
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
            text_ = texts[min(k, len(texts) - 1)]
            # in another case a name with a separator is still code (visitor_sat_v2 for VISITOR_SAT_V2)
            if m.column in text_ or (m.column.lower() in text_.lower() and re.search(r"\w[_.]\w", text_)):
                fixed_at.add(m.start)
            seen[m.column] = k + 1
    kept = drop_unit_nouns(tokens, mentions, columns, fixed_at)
    # the units a question is about ("on jobs that had ..."): no variable, so no phrase to ground either
    unit_spans = {(m.start, m.end) for m in mentions if m not in kept}
    mentions = drop_durations(tokens, drop_time_references(tokens, kept, fixed_at, frozenset(c.name for c in columns if c.type == "date")), fixed_at)
    mentions = drop_adjustment_cues(tokens, drop_fixed_phrases(tokens, mentions, fixed_at), fixed_at)
    mentions = drop_actor(tokens, drop_rule_words(tokens, mentions, fixed_at), fixed_at)
    before = drop_possessor(tokens, mentions, fixed_at, words_of := {c.name: c.words for c in columns})
    mentions = drop_whole_of_share(tokens, drop_noun_adjunct(tokens, before, fixed_at, words_of), fixed_at, words_of)
    modifiers = {(m.start, m.end) for m in before if m not in mentions}  # "owl boxes": owl is no phrase either
    unit_spans |= modifiers
    mentions = drop_active_verb(tokens, drop_passive_verb(tokens, drop_method_words(tokens, mentions, fixed_at), fixed_at),
                                fixed_at)
    numeric = frozenset(c.name for c in columns if c.type == "numeric")
    name_words = frozenset(w for c in columns for w in c.words)
    mentions = drop_comparative_modifier(tokens, drop_gerund_before_object(tokens, mentions, fixed_at, numeric),
                                         fixed_at, numeric, name_words)
    mentions = rate_twins(tokens, apply_qualifiers(tokens, mentions, columns, fixed_at=fixed_at), columns)
    mentions = merge_restated(tokens, [dataclasses.replace(m, identifier=True) if m.start in fixed_at else m
                                       for m in mentions])
    mentions = resolve_twins_by_identifier(tokens, mentions, {c.name: c.words for c in columns}, qualifier_words())
    stems_of = {c.name: tuple(dict.fromkeys([*c.stems, *(w for a in c.aliases for w in a)])) for c in columns}
    binary = frozenset(c.name for c in columns if c.type == "binary")
    mentions = merge_said_twice(tokens, merge_compounds(mentions, stems_of, binary, tokens))
    taken = {k for m in mentions for k in range(m.start, m.end)}
    free = find_free_mentions(tokens, taken)
    if not has_data:
        mentions, unmatched = free, []
    else:
        name_stems = {stem(w) for w in col_vocab}
        yes_no_stems = {s for c in columns if c.type == "binary" for s in c.stems}  # ("lighting a piece")
        starts = {m.start: m.column for m in mentions}
        unmatched = [f for f in free if not junk_phrase(f.text) and not verb_of_variable(tokens, f, mentions, name_stems)
                     and not comparative_before(tokens, f, mentions, numeric, name_words)
                     and not (gerund_before_object(tokens, f, starts) and stem(tokens[f.start]) not in yes_no_stems)
                     and not hedge_participle(tokens, f) and not qualifier_phrase(tokens, f, taken, name_stems)
                     and not time_units_spend(tokens, f, starts) and not object_of_action(tokens, f, starts)
                     and (f.start, f.end) not in unit_spans and not _describes_identifier(tokens, f, mentions)
                     # ("twelve-month client retention": nor the modifier with the words before it)
                     and not any(s > f.start and e == f.end for s, e in modifiers)]
    # "or do coppiced territories just happen to be in woodland": a rival explanation restricts no rows
    rival = rival_clause(tokens)
    conditions, used = extract_conditions(without_rival(tokens, rival), mentions, columns, has_data)
    # "bakeries that use pine honey" (honeyType == pine): the column's own word after the value is the condition's
    cond_columns = {c.column for c in conditions}
    used |= {k for m in mentions if m.column in cond_columns and m.start - 1 in used and not m.identifier
             for k in range(m.start, m.end)}
    # a mention swallowed by a condition plays no role; free phrases inside conditions neither; nor a loose match
    # of a column a condition names by its identifier ("how often the trees are wounded ..., treeDbhCm=30 only")
    # (not a yes/no column, whose condition may say the treated group: "among those who got it (`x` = 1)")
    named_in_condition = {c.column for c in conditions if c.column in bound_text and c.column not in binary}
    mentions = [m for m in mentions if not any(k in used for k in range(m.start, m.end)) and not (
        m.column in named_in_condition and not m.identifier and m.score < LOOSE_MATCH)]
    unmatched = [m for m in unmatched if not any(k in used for k in range(m.start, m.end))]
    # "when classes are 6 hours long": the unit after a condition's value is that condition's, not a variable
    cond_stems = {u for c in conditions for s in stems_of.get(c.column, ()) for u in (s, unit_word(s))}
    # ("when gold trades at 2000 USD an ounce": what a value is per, too)
    unmatched = [u for u in unmatched if not (u.start - 1 in used and {w for t in tokens[u.start:u.end]
                                                                       for w in (stem(t), unit_word(t))} & cond_stems)
                 and not (u.end - u.start == 1 and u.start - 2 in used and tokens[u.start - 1] in {"a", "an", "per"})]
    if not has_data:
        mentions = [m for m in mentions if not junk_phrase(m.text)]
    mentions, unmatched = absorb_restated_phrases(tokens, mentions, unmatched)
    mentions, unmatched = said_again(tokens, mentions, unmatched)
    mentions, unmatched = outside_rival(rival, mentions, unmatched)
    if has_data:  # "local vs visiting surgeons": the other level of a binary, not a second variable
        mentions, unmatched = drop_other_arm(tokens, mentions, unmatched, {c.name: c.type for c in columns})
    # "cut the plant's energy use": a free word owning a variable names the units, not a variable
    starts = {m.start for m in mentions}
    # ("improve players' handicaps": a plural owner, its apostrophe a token of its own; "the cat's 12-month weight")
    unmatched = [u for u in unmatched if not (_owns(tokens, u.end) and owned_at(tokens, u.end, starts) in starts)]
    # a verb after a modal ("the price a mill can fetch") is no variable, nor that clause's subject after one
    ends = {m.end for m in mentions}
    # (not a modal that opens the question: "can meditation lower stress" keeps "meditation")
    unmatched = [u for u in unmatched if not (u.end - u.start == 1 and tokens[u.start - 1:u.start] in _MODALS and
                                              u.start >= 2 and tokens[u.start - 2] not in {".", "?", "!", ";"} or
                                              tokens[u.end:u.end + 1] in _MODALS and u.start - 1 in ends and
                                              tokens[u.start - 1] in ("a", "an", "the", "each", "every"))]
    # "when a cafe raises its price": the subject whose own variable its verb acts on names the units
    # (a unit said with "a" / "each": "does meditation lower their stress" keeps its phrase)
    unmatched = [u for u in unmatched if not (u.end - u.start == 1 and u.end + 2 in starts and tokens[u.end].isalpha()
                                              and tokens[u.end + 1:u.end + 2] in (["its"], ["their"])
                                              and tokens[u.start - 1:u.start] in (["a"], ["an"], ["each"], ["every"]))]
    binary_spans = {(m.start, m.end) for m in mentions if m.column in binary}
    unmatched = [u for u in unmatched if not units_and_their_verb(tokens, u, starts, binary_spans, name_words)]
    # "how much of that works by lifting sales": the verb of a pathway, not a variable
    unmatched = [u for u in unmatched if not (u.end - u.start == 1 and tokens[u.start] in MECHANISM_VERBS and
                                              tokens[u.end:u.end + 1] in (["by"], ["through"], ["via"]))]
    # "which landowners should get them": the units a decision picks, not a variable
    unmatched = [u for u in unmatched if not (tokens[u.start - 1:u.start] == ["which"] and u.start > 0 and
                                              tokens[u.end:u.end + 1] in (["should"], ["would"], ["could"], ["to"]))]
    # "effect of the dentists' age" (n_dentists): a loose match owning a free word names the units; the
    # free word is the variable
    # (not where the owned words are an effect, "the booster's protection", or name the column's other words,
    # "the coach's years of experience" ~ coach_yrs)
    owned = {u.start: u for u in unmatched}
    info = {c.name: c for c in columns}
    mentions = [m for m in mentions if not (m.loose and not m.identifier and m.end + 1 in owned and _owns(tokens, m.end)
                                            and not _effect_or_own(tokens, owned[m.end + 1], info.get(m.column)))]
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


_AUXILIARIES = frozenset({"did", "does", "do", "would", "will", "could", "might", "can"})


_EFFECT_WORDS = frozenset({"effect", "effects", "impact", "impacts", "protection", "protective", "benefit", "benefits",
                           "influence", "role", "contribution", "response", "advantage"})


def _effect_or_own(tokens: list[str], u: Mention, owner: ColumnInfo | None) -> bool:
    """The words a variable's owner has are its effect ("the programme's protective effect") or words of
    the owner's own column ("the coach's years" ~ coach_yrs)."""
    said = tokens[u.start:u.end]
    if _EFFECT_WORDS & set(said):
        return True
    own = {w for s in owner.stems for w in (s, unit_word(s))} if owner is not None else set()
    return any(stem(t) in own or unit_word(t) in own for t in said)


def _owns(tokens: list[str], k: int) -> bool:
    """Token k is a possessive marker: "'s", or "'" after a plural ("players' handicaps")."""
    return tokens[k:k + 1] == ["'s"] or tokens[k:k + 1] == ["'"] and tokens[k - 1].endswith("s")


def build_skeleton(tokens: list[str], mentions: list[Mention], used: set[int]) -> str:
    """The question with mention k replaced by `<k>` and condition tokens by `cond` (a rival
    explanation's lead as `or confounded_by`)."""
    out: list[str] = []
    i = 0
    starts = {m.start: (k, m) for k, m in enumerate(mentions)}
    rival = skeleton_words(tokens)
    while i < len(tokens):
        if i in rival and i not in starts:
            if rival[i]:
                out.append(rival[i])
            i += 1
            continue
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
        elif t == "that" and i > 0 and tokens[i - 1] in _AUXILIARIES:
            out.append("it")  # "how much did that raise Y": "that" takes up the treatment, as "it" does
        elif t not in _DROP_IN_SKELETON and t not in {":", "-", "–", "—"}:
            out.append(t)
        i += 1
    return " ".join(out)


GENERIC_UNMATCHED = {"people", "person", "patients", "patient", "customers", "customer", "users", "user",
                      "students", "student", "kids", "children", "employees", "workers", "counties", "county",
                      "farms", "farm", "individuals", "participants", "members", "clients", "adults", "men", "women",
                      "teenagers", "teens", "program", "programme", "policy", "intervention", "treatment",
                      "drug", "medication", "treated", "untreated",  # ("effect on the treated": the estimand)
                      "outcome", "risk", "chance", "odds", "likelihood", "probability", "levels", "level",
                      "rates", "rate", "scores", "score", "amount", "number", "share", "units", "ones", "guests",
                      "guest", "households", "visitors", "shoppers", "residents", "families", "respondents",
                      "subjects", "buyers", "applicants", "firms", "companies", "stores", "schools", "hospitals",
                      "regions", "countries", "cities", "states", "teams", "accounts", "folks", "kids", "players", "player",
                      "athletes", "athlete", "pupils", "learners", "clubs", "member", "team", "animal", "animals"}


_JUNK = {"drop", "drops", "bump", "bumps", "gain", "gains", "jump", "rise", "dip", "lift", "improvement", "reduction",
         "terms", "question", "quick question", "hey", "hi", "hello", "thanks", "please", "folks", "team", "guys",
         "boss", "manager", "someone", "everyone", "idea", "sense", "clue", "answer", "number", "numbers", "estimate",
         "result", "results", "way", "stuff", "today", "yesterday", "now", "recently", "lately", "last year",
         "this year", "next year", "week", "month", "year", "spreadsheet", "csv", "file", "table", "sheet", "study",
         "survey", "experiment", "trial", "report", "paper", "project", "company", "firm", "analyst", "research",
         "researcher", "job", "work", "office", "client", "point", "case", "cases", "sure", "honest", "curious",
         "intuition", "hunch", "gut", "feeling", "feel", "hope", "hoping", "exact", "doubt", "finding", "findings",
         "impression", "colleague", "colleagues", "meeting", "statistics", "stats", "population", "sample",
         "everybody", "anybody", "claim", "claims", "confounders", "confounder", "confounding", "chance",
         "coincidence", "luck", "goal", "aim", "objective", "kpi", "biggest", "most", "best", "rule", "rules",
         "assignment rule", "targeting rule", "decision rule", "treatment rule", "allocation rule", "policy rule",
         "outside", "outdoors", "indoors", "overnight"}


_TIME_WORDS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
               "quarter", "quarters", "season", "seasons", "next", "first", "following", "last", "past", "within", "over", "the", "a", "of"}


def junk_phrase(text: str) -> bool:
    """A phrase that names no variable: small talk, or only a time span ('30 days', 'the next 90 days')."""
    t = text.lower().strip()
    if t in _JUNK or all(w in _JUNK for w in t.split()):
        return True
    if all(w in _TIME_WORDS or w in NUMBER_WORDS or parse_number(w) is not None for w in re.split(r"[\s-]+", t) if w):
        return True
    return len(t) < 2
