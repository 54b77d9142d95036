"""Task fields beyond kind and roles: instrument, estimand, the `at` point of a conditional effect,
policy questions and language-model audits.

Each reader is a plain function over the normalised text or the skeleton (variables as `<k>`), with
its cue vocabulary in `vocab/fields.json` / `vocab/audit.json`. A named instrument must never become
the treatment, and "on those who took part" asks for a different number (the ATT) than the ATE:
a parser that drops these fields answers a different question without saying so.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any, Callable

from copilot.task import Condition
from copilot.understand import vocab
from copilot.understand.text import name_words, stem


@functools.lru_cache(maxsize=None)
def _rx(name: str, key: str) -> re.Pattern:
    return re.compile(vocab(name)[key])


def find_instrument(skeleton: str) -> tuple[int | None, int | None]:
    """(mention index of the named instrument, index of the variable it instruments) in a skeleton."""
    voc = vocab("fields")
    inst = instrumented = None
    for pattern, group in voc["instrument_skeleton"]:
        m = re.search(pattern, skeleton)
        if m:
            inst = int(m.group(group))
            break
    for pattern, group in voc["instrumented_skeleton"]:
        m = re.search(pattern, skeleton)
        if m and int(m.group(group)) != inst:
            instrumented = int(m.group(group))
            break
    return inst, instrumented


def estimand(text: str, tokens: list[str] | None = None, treatment_spans: list[tuple[int, int]] | None = None,
             mention_tokens: set[int] = frozenset(), treatment_stems: frozenset[str] = frozenset()) -> str:
    """'att' for the effect on those treated ("on those who took part"), 'atc' on the untreated, else 'ate'.

    Beyond the phrase lists: a relative clause about the units that names the treatment ("for athletes
    who took creatine", "among households that were actually visited by a CHW", "for herds that don't
    do teat dipping", "for districts that got a barrier" with `barrier_installed`) restricts the effect
    to the treated, or with a negation to the untreated; so does a short units phrase that names it
    ("among adopters" of `stove_adopt`, "for club members", "for households without a tank")."""
    if _rx("fields", "atc").search(text):
        return "atc"
    if _rx("fields", "att").search(text) or _WITHOUT_IT.search(text):
        return "att"
    if tokens and (treatment_spans or treatment_stems):
        return _estimand_from_clause(tokens, treatment_spans or [], mention_tokens, treatment_stems,
                                     counterfactual=bool(_COUNTERFACTUAL.search(text)))
    return "ate"


# the counterfactual mood: "would … have", "had they", "if they had", "had been": a question about what
# would have happened to units that did not get the treatment names them as the subject, with no "for"
_COUNTERFACTUAL = re.compile(r"\bwould(?:n't| not)? (?:\S+ ){0,8}?have\b|\bhad (?:they|it|those|these|he|she)\b|"
                             r"\bif (?:they|it|he|she) had\b|\bhad been\b|\bif (?:\S+ ){1,9}?had\b|"
                             # "would the guides who haven't done it see fewer injuries if they did?"
                             r"\bwould\b.{0,120}\bif (?:they|it|he|she) (?:did|do|were)\b|"
                             # "if orchards that don't bag their fruit started doing it, what would happen"
                             r"\bif (?:\S+ ){1,9}?(?:started|began|switched|adopted|took up|were to)\b.{0,80}\b(?:would|what_happens)\b|"
                             # "would non-endorsed shops export more if a player endorsed them?"
                             r"\bwould\b.{0,120}\bif (?:\S+ ){1,6}?[a-z]+ed (?:them|it)\b")


# "… had they not been mulched": what the treated would have had without it
_WITHOUT_IT = re.compile(r"\bhad (?:they|it|he|she) (?:not|never) (?:been )?[a-z]+ed\b")
_CLAUSE_INTRO = {"for", "among", "on", "in", "of", "at"}
_RELATIVE = {"who", "that", "which", "where", "whose"}
_CLAUSE_END = {",", ".", "?", ";", ":", "what", "how", "is", "does", "do", "did", "would", "will", "compared"}
_NEGATION = {"not", "n't", "never", "no", "without", "skipped", "refused", "declined", "missed"}
_ANAPHORA = {"it", "one", "them"}
# verbs that alone say the units took the treatment up ("the venues that converted")
_ADOPTED = {"converted", "adopted", "switched", "participated", "enrolled", "joined", "complied", "upgraded",
            "signed", "opted", "subscribed", "registered", "migrated", "transitioned"}


_STAYED = {"stuck", "stayed", "kept", "remained", "continued"}
_SWITCH = {"switching", "switch", "switched", "moving", "move", "moved", "changing", "change", "changed", "converting",
           "convert", "upgrading", "upgrade"}
_UNITS_INTRO = {"for", "among", "at"}
_AGENT_SUFFIXES = ("ers", "ees", "ants", "ents", "ists", "ors")


def _estimand_from_clause(tokens: list[str], treatment_spans: list[tuple[int, int]],
                          mention_tokens: set[int] = frozenset(), treatment_stems: frozenset[str] = frozenset(),
                          counterfactual: bool = False) -> str:
    inside = {k for a, b in treatment_spans for k in range(a, b)}
    # the treatment said again in another form ("Fairtrade certification" ... "the plots not certified")
    starts = {tokens[k][:6] for k in inside if len(tokens[k]) >= 6 and tokens[k].isalpha()}

    def names_it(k: int) -> bool:  # the treatment itself, or a word of its column's name ("barrier", "owner-operators")
        # (a part of a hyphenated word too: "the non-certified plantations" of "GAP certification")
        return k in inside or any(stem(part) in treatment_stems or len(part) >= 6 and part[:6] in starts
                                  for part in tokens[k].split("-") if len(part) >= 3)

    if counterfactual and _untreated_subject(tokens, names_it, mention_tokens):
        return "atc"
    intros = _CLAUSE_INTRO | ({"if", "would"} if counterfactual else set())
    for i, tok in enumerate(tokens):
        if tok not in intros:
            continue
        rel = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j] in _RELATIVE), None)
        if rel is None:
            verdict = _units_phrase(tokens, i, names_it) if tok in _UNITS_INTRO else None
            if verdict:
                return verdict
            continue
        # "for athletes who ...": the words between name the units, never a variable ("on basket value ... who");
        # a plural noun right before "who/that" is the units' name even where it fits a column loosely
        # ("on routes that ran storytime" ~ route_km, "for the complaints that were fast-tracked")
        head = rel - 1 if rel - 1 > i and re.fullmatch(r"[a-z]{3,}[^s]s", tokens[rel - 1]) else None
        if any(tokens[k] in _CLAUSE_END or (k in mention_tokens and k != head) for k in range(i + 1, rel)):
            continue
        end = next((k for k in range(rel + 1, min(rel + 14, len(tokens))) if tokens[k] in _CLAUSE_END - {"do", "did", "is"}),
                   min(rel + 14, len(tokens)))
        clause = range(rel + 1, end)
        # "at the venues that converted", "for the firms that took it up": the clause's verb says they adopted it
        verb = clause.start + 1 if tokens[clause.start:clause.start + 1] == ["actually"] else clause.start
        adopted = len(clause) <= 3 and verb < end and tokens[verb] in _ADOPTED
        # "what would epoxy have done for the shapers who still use polyester resin": units that kept what
        # they had, asked what the treatment would have done
        if counterfactual and tokens[verb:verb + 1] == ["still"]:
            return "atc"
        if any(names_it(k) or tokens[k] in _ANAPHORA for k in clause) or adopted:
            negated = any(tokens[k] in _NEGATION or tokens[k].endswith("n't") for k in clause)
            return "atc" if negated else "att"
        # "for bands that stuck with sheepskin, how much would switching to synthetic bags have lifted ...":
        # units that kept something else, asked what taking the treatment up would have done
        if counterfactual and tokens[verb:verb + 2] in ([w, "with"] for w in _STAYED) and any(
                tokens[k] in _SWITCH and tokens[k + 1:k + 2] == ["to"] and any(names_it(j) for j in range(k + 2, min(k + 6, len(tokens))))
                for k in range(end, len(tokens))):
            return "atc"
    return "ate"


def _untreated_subject(tokens: list[str], names_it: Callable[[int], bool], mention_tokens: set[int]) -> bool:
    """In a counterfactual question, units said to lack the treatment: "would the plants without a
    sorter have had …", "if the sites without dynamic control had it", "the non-member households"."""
    for k, tok in enumerate(tokens):
        if tok == "without" and k > 0 and tokens[k - 1].endswith("s") and k - 1 not in mention_tokens:
            j = k + 1 + (tokens[k + 1:k + 2] in (["a"], ["an"], ["the"], ["any"]))
            # the treatment's word may follow a modifier ("the firms without surge-style pricing")
            lacked = list(itertools.takewhile(lambda i: tokens[i] not in _CLAUSE_END, range(j, min(j + 3, len(tokens)))))
            if any(names_it(i) for i in lacked):
                return True
        if tok.startswith("non-") and names_it(k) and k + 1 < len(tokens) and tokens[k + 1].endswith("s"):
            return True
    return False


def _units_phrase(tokens: list[str], i: int, names_it: Callable[[int], bool]) -> str | None:
    """'att'/'atc' for a short units phrase closed by punctuation or a new clause that names the
    treatment beside the units ("for club members", "for households without a tank") or as the units
    themselves ("among adopters"); None otherwise ("for coastal farms" is a subgroup, not the treated)."""
    # ("for the children not in the phonics programme": a negated phrase may run two words longer)
    reach = 9 if {"not", "without"} & set(tokens[i + 1:i + 5]) else 7
    end = next((k for k in range(i + 1, min(i + reach, len(tokens))) if tokens[k] in _CLAUSE_END), None)
    if end is None and len(tokens) - i - 1 <= 5:
        end = len(tokens)
    if end is None or end - i - 1 < 1:
        return None
    phrase = range(i + 1, end)
    negated = any(tokens[k] in _NEGATION for k in phrase)
    # "for the clubs not currently running one": a negated phrase may name the treatment by "one" / "it"
    named = [k for k in phrase if names_it(k) or negated and tokens[k] in _ANAPHORA]
    if not named:
        return None
    units = [k for k in phrase if k not in named and tokens[k] not in _NEGATION | {"the", "a", "an", "with"}]
    if not units and not any(tokens[k].endswith(_AGENT_SUFFIXES) for k in named):
        return None  # "for the coupon" is the treatment, not the units who took it
    return "atc" if negated or any(tokens[k] == "non" or tokens[k].startswith("non-") for k in phrase) else "att"


def _numeric(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def split_at(conditions: list[Condition], roles: set[str]) -> tuple[list[Condition], dict[str, Any]]:
    """Equalities on another variable are where a conditional effect is evaluated (`CateTask.at`), not
    row filters: at a point of a graded variable ('when class_ratio = 0.2', 'with egfr = 45': no row
    may equal 0.2 exactly), and at a level of a categorical or binary one ('for bicycle couriers',
    'in the Gulu district', 'among women', '(dm = 1)'): the question asks for the effect at a value of
    another variable, which the CATE tool estimates within that group. Ranges ('aged 50 and older')
    stay row filters."""
    keep: list[Condition] = []
    at: dict[str, Any] = {}
    for c in conditions:
        num = _numeric(c.value)
        if c.op == "==" and num is not None and c.column not in roles:
            if num >= 1000 and re.search(r"(?:_|(?<=[a-z]))[kK]$", c.column):
                num = num / 1000  # "earns 30k" in a column counted in thousands (salary_k) is 30
            at[c.column] = int(num) if float(num).is_integer() else num
        elif c.op == "==" and num is None and c.column not in roles:
            at[c.column] = c.value
        else:
            keep.append(c)
    return keep, at


def is_policy(text: str) -> bool:
    """'which customers should get the coupon?', 'what dose should we choose?': a decision rule."""
    return bool(_rx("fields", "policy").search(text))


def maximize(text: str, outcome: str | None = None) -> bool:
    """False when the user wants the outcome small ('to minimise side effects', 'lower LDL'), or says no
    direction and the outcome is one that is better small ('who gets dmp_enr, objective debt_12m': the
    policy should not raise debt)."""
    if _rx("fields", "minimize").search(text):
        return False
    if outcome and not _rx("fields", "goal_up").search(text):
        voc = vocab("fields")
        words = {stem(w) for w in name_words(outcome)}
        if words & {stem(w) for w in voc["good_when_named_with"]}:
            return True  # wasteDivertedKg, costSaved: the bad thing kept away is the good outcome
        return not words & {stem(w) for w in voc["lower_is_better"]}
    return True


def policy_group_nouns() -> set[str]:
    return set(vocab("fields")["policy_group_nouns"])


def is_audit(text: str) -> bool:
    """A request to audit a language model's decisions for a causal dependence on an attribute: the
    audit cue, or a language model, a decision it makes and a personal attribute in one question."""
    if _rx("audit", "cue").search(text) and (_rx("audit", "strong").search(text) or re.search(r"\bmodel\b", text)):
        return True
    return bool(_rx("audit", "model_words").search(text) and (_rx("audit", "decision_verbs").search(text)
                                                            or decision_phrase(text) is not None)
                and _attribute(text) is not None)


def _attribute(text: str) -> str | None:
    """The personal attribute the audit changes: a named one ('race', 'zip code') first, else the one a
    value word points to ('female' -> gender, 'an immigrant' -> immigration status)."""
    voc = vocab("audit")
    tool = r"(?:\s?'s)? (?:llms?|models?|chatbots?|assistants?|bots?|agents?|tools?|claims?|systems?)\b"
    def plural(a: str) -> str:  # "nationality" also as "nationalities"
        return rf"\b{re.escape(a)}(?:s|es)?\b" + (rf"|\b{re.escape(a[:-1])}ies\b" if a.endswith("y") else "")

    heads = rf"\s+(?:{'|'.join(map(re.escape, voc['decision_heads'] + voc['decision_heads_generic']))})\b"
    named = sorted((m.start(), -len(a), a) for a in voc["attributes"] for m in re.finditer(plural(a), text)
                   if not re.match(tool, text[m.end():])  # "our insurance LLM" is the tool, not the attribute
                   and not re.match(heads, text[m.end():])  # "insurance premium" is the decision audited
                   and not re.search(r"\b(?:same|opposite)[- ]$", text[:m.start()]))  # "same-sex": an orientation
    if named:
        # "the driver's zip code" over "auto insurance premium": the attribute is the person's
        owned = [(pos, a) for pos, _, a in named if re.search(r"(?:'s|their|his|her)\s*$", text[max(0, pos - 12):pos])]
        return (owned or [(pos, a) for pos, _, a in named])[0][1]  # the longest name where two start together
    # the longest word where two start together: "african american english" is a dialect, not a race
    by_word = sorted((m.start(), -len(w), a) for a, words in voc["attribute_words"].items() for w in words
                     for m in re.finditer(rf"\b{re.escape(w)}\b", text))
    # "if the name sounded Hispanic": an origin said only through the name audits the name
    said_by_name = re.search(r"\bnames?\b", text) is not None
    if by_word:
        return "name" if said_by_name and by_word[0][2] in _ORIGINS else by_word[0][2]
    # "if the CV said 'she' instead of 'he'": pronouns swapped
    if re.search(rf"\b{_PRONOUN}\b ?'? (?:instead of|rather than|for|vs\.?|versus|to|with) '? ?{_PRONOUN}\b", text):
        return "gender"
    # "Pakistani instead of Canadian": a nationality said by its adjective
    if any(re.search(rf"\b{re.escape(adj)}\b", text) for adj in vocab("countries").get("demonyms", {})):
        return "name" if said_by_name else "nationality"
    # "if the patient is 75 instead of 35": two ages swapped, no attribute named
    if re.search(r"\b(?:1[01]\d|\d{1,2}) (?:instead of|rather than|versus|vs\.?|and not) (?:1[01]\d|\d{1,2})\b(?! ?[%$£€k])", text):
        return "age"
    # a name swap that signals no attribute named ("named Jamal rather than Greg", "swap 'Emily Walsh' for
    # 'Lakisha Washington'"): the name is the attribute
    return "name" if re.search(r"\bnamed?\b|\b(?:swap|switch|replace)\w* ' ?[a-z]+(?: [a-z]+)? ' (?:for|with) '", text) \
        else None


_PRONOUN = r"(?:she|he|her|him|his|hers|they|them)"
_ORIGINS = frozenset({"race", "ethnicity", "nationality", "religion"})


def decision_phrase(text: str) -> str | None:
    """The decision audited, as the question names it: the first decision noun that is not used as a verb,
    with the nouns of its compound ('credit limit decision', 'pain medication dose', 'loan approval'): up
    to two words before it that are not sentence words, and decision nouns right after it."""
    voc = vocab("audit")
    generic, specific = set(voc["decision_heads_generic"]), set(voc["decision_heads"])
    heads = generic | specific
    skip = set(voc["not_modifiers"]) | _SENTENCE_WORDS
    verb = re.search(r"\bapprov(?:e|es|ed|ing)? (?:the |a |an |their |same |his |her )*(\w+)", text)
    if verb and verb.group(1) in specific:
        return f"{verb.group(1)} approval"  # "approve the same loan"
    tools = {"chatbot", "assistant", "bot", "llm", "model", "tool", "system", "ai", "gpt", "screener", "agent",
             "officer", "advisor", "adviser", "recruiter", "reviewer", "underwriter", "grader", "marker", "assessor",
             "engine"}  # "an LLM loan officer": the tool's role, not the decision
    stops = skip | tools
    tokens = re.findall(r"[a-z0-9][a-z0-9'-]*|[,;:]|->|=>|→", text)  # punctuation ends a compound ("age, hiring decision")
    for i, tok in enumerate(tokens):
        if tok not in heads:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in _PEOPLE:
            continue  # "to rank loan applicants": the people decided about, not the decision
        prev = tokens[i - 1] if i else ""
        # "the interest rate an AI adviser suggests", "the insurance quote an AI agent gives": a noun after its
        # modifier, the object of the clause that follows
        noun_after_modifier = _modifier(prev, stops | _VERB_LEADS | {"it", "they", "we", "you", "i"}) and \
            nxt in {"a", "an"}
        if nxt in {"a", "an", "the", "their", "his", "her", "its", "them", "him"} and \
                re.fullmatch(voc["decision_verbs"], tok) and not noun_after_modifier or nxt in tools:
            continue  # "offer a price", "rate the applicant": a verb ("the decision the bot makes" is not); "our triage chatbot": the tool
        if (prev in tools | _VERB_LEADS or nxt in _COMPARATIVES and not re.search(r"(?:tion|ment|al)s?$", tok)) \
                and re.fullmatch(voc["decision_verbs"], tok):
            continue  # "the bot offer refunds", "to price", "offer bigger discounts": a verb
        end = i + 1
        while end < len(tokens) and tokens[end] in heads and end - i < 3:
            end += 1  # "credit limit decision"
        start = i
        while start > 0 and i - start < 2 and _modifier(tokens[start - 1], stops) and \
                tokens[start - 2:start - 1] != ["to"]:
            start -= 1  # "pain medication", "clinical trial" (not the verb of "to rank loan applicants")
        if start == i and end == i + 1 and tok in generic and tok not in _STANDS_ALONE and prev != "its":
            continue  # a generic head alone ("the decision") names nothing, unless the tool's ("its shortlisting")
        return " ".join(tokens[start:end])
    return f"{verb.group(1)} approval" if verb else _decision_object(text)


# words before a decision noun that make it a verb ("the bot offer refunds", "to price"), and after it
_VERB_LEADS = {"to", "does", "do", "did", "would", "will", "could", "can", "should", "may", "might"}
_COMPARATIVES = {"bigger", "smaller", "higher", "lower", "different", "more", "less"}  # "offer bigger discounts"
# words that end a decision's compound on the left: verbs, auxiliaries, prepositions, conjunctions
_SENTENCE_WORDS = {"to", "for", "of", "in", "on", "at", "by", "with", "from", "about", "and", "or", "but", "than",
                   "does", "do", "did", "is", "are", "was", "were", "be", "been", "would", "will", "could", "should",
                   "can", "may", "might", "whether", "if", "when", "change", "changes", "changed", "flip", "flips",
                   "give", "gives", "suggest", "suggests", "make", "makes", "recommend", "recommends", "set", "sets",
                   "quote", "quotes", "propose", "proposes", "assign", "assigns", "offer", "offers", "order", "orders",
                   "audit", "check", "test", "measure", "see", "grant", "grants", "affect", "affects", "draft", "drafts",
                   "decide", "decides", "issue", "issues", "same", "identical", "otherwise", "rather", "fewer",
                   "shorter", "longer", "worse", "better", "bigger", "smaller", "less", "more", "often", "only", "just"}
_PEOPLE = {"applicants", "applicant", "customers", "customer", "patients", "patient", "candidates", "candidate",
           "borrowers", "borrower", "students", "student", "clients", "client", "users", "user", "seekers", "officers"}
# generic heads that name a decision on their own ("the model's approval changes")
_STANDS_ALONE = {"approval", "approvals", "ranking", "eligibility", "classification", "offer", "quote", "assessment",
                 "recommendation", "recommendations", "priority"}


def _modifier(word: str, stops: set[str]) -> bool:
    """A word that can be part of a decision's compound on its left ('pain', 'credit', 'fraud-review')."""
    return len(word) > 2 and word not in stops and not word.endswith(("'s", "ly")) and word[0].isalpha()


_TOOL_OWNS = re.compile(r"\b(?:llm|model|chatbot|assistant|bot|ai|gpt[\w.-]*|tool|system|screener|tutor|recruiter|"
                        r"adviser|advisor|agent|reviewer|grader)\s?'s "
                        r"((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) (?=depends?\b|changes?\b|differs?\b|vary|varies|is |are |"
                        r"different\b|higher\b|lower\b|the same\b|"
                        r"influenc|affect|shifts?\b|respond|moves?\b|gets?\b|causally|when\b|if\b|for\b)")
_TOOL_GIVES = re.compile(r"\b(?:recommend|give|assign|quote|suggest|offer|set)s? (?:(?:a|an|the|its|their|different|"
                         r"lower|higher|worse|better|bigger|smaller|more|less|fewer|same)\s+)*((?:[a-z][\w-]* ){0,2}?[a-z][\w-]*)"
                         r" (?=to\b|for\b|if\b|when\b|depending\b|than\b|because\b|based\b|less\b|more\b)")


def _decision_object(text: str) -> str | None:
    """A decision no vocabulary names, read from the sentence: what the tool owns ("the chatbot's tenant
    screening outcome changes"), or what it gives ("give worse customer service replies to")."""
    for rx in (_TOOL_OWNS, _TOOL_GIVES):
        m = rx.search(text)
        if m:
            words = [w for w in m.group(1).split() if w not in {"a", "an", "the", "its", "their", "different", "same"}
                     and w not in _COMPARATIVES]
            if words:
                return " ".join(words[-3:])
    return None


def audit_fields(text: str) -> tuple[dict[str, Any], list[str]]:
    """(spec/treatment/outcome guessed from the wording, specs that fit equally well when ambiguous).
    A decision none of the bundled scenarios makes is audited with the generic `decision` spec: auditing
    the clinical scenario's therapy for a question about loan approvals would answer another question."""
    voc = vocab("audit")
    specs = voc["specs"]
    named = [s for s in specs if re.search(rf"\b{s}\b(?:\s+(?:spec|audit|example|scenario|setting))?", text)
             and re.search(rf"\b{s}\s+(?:spec|audit|example|scenario|setting)|\b(?:spec|use|with)\s+(?:the\s+)?{s}\b", text)]
    treatment = (_attribute(text) or "").replace(" ", "_") or None
    phrase = decision_phrase(text)
    if named:
        return {"kind": "audit", "spec": named[0], "treatment": treatment, "outcome": specs[named[0]]["outcome"]}, []
    if phrase is not None:
        fits = [s for s, info in specs.items() if phrase in info.get("decisions", [])]
        if fits:
            return {"kind": "audit", "spec": fits[0], "treatment": treatment, "outcome": phrase}, []
        return {"kind": "audit", "spec": "decision", "treatment": treatment, "outcome": phrase}, []
    ambiguous: list[str] = []
    hits = {s: sum(bool(re.search(rf"\b{re.escape(w)}\b", text)) for w in info["words"]) for s, info in specs.items()}
    top = max(hits.values())
    if top == 0:
        # no decision named and no word of any bundled scenario ("would our assistant grade an essay
        # differently"): the default scenario's therapy would answer another question, so the decision is asked
        return {"kind": "audit", "spec": "decision", "treatment": treatment, "outcome": None}, []
    best = [s for s, h in hits.items() if h == top and h > 0]
    spec = best[0] if len(best) == 1 else voc["default_spec"]
    if len(best) > 1:
        ambiguous = best
    return {"kind": "audit", "spec": spec, "treatment": treatment, "outcome": specs[spec]["outcome"]}, ambiguous
