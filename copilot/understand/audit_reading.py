"""Reading a request to audit a language model's decisions (Bynum & Cho 2024): whether the question is one,
the personal attribute it changes and the decision it audits, as the question names them. Split from
`fields.py`; the cue vocabulary is `vocab/audit.json`."""

from __future__ import annotations

import re
from typing import Any

from copilot.understand import vocab
from copilot.understand.fields import _rx


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
                   and not re.match(_PERSON_AFTER, text[m.end():])  # "the insurance applicant were a woman": the person
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
    if re.search(r"\bnamed?\b|\b(?:swap|switch|replace)\w* ' ?[a-z]+(?: [a-z]+)? ' (?:for|with) '", text):
        return "name"
    # "if the student is described as having dyslexia, nothing else changed": the trait the swap writes in
    trait = _DESCRIBED_AS.search(text)
    return trait.group(1) if trait and _ALL_ELSE_EQUAL.search(text) else None


_DESCRIBED_AS = re.compile(r"\b(?:described|listed|presented|identified|introduced) as (?:having |being )?(?:an? )?"
                           r"([a-z][a-z-]{2,}(?: [a-z-]{3,})?)(?= ?(?:,|\.|\?|;|$| instead\b| rather\b| and nothing\b))")
_ALL_ELSE_EQUAL = re.compile(r"\b(?:nothing else|all else|everything else|otherwise (?:identical|the same|equal)|"
                             r"else (?:equal|the same|unchanged|held fixed))")


_PRONOUN = r"(?:she|he|her|him|his|hers|they|them)"
# a person noun right after an attribute's word makes the word a description of the person ("the insurance
# applicant"), not the attribute swapped
_PERSON_AFTER = re.compile(r"\s+(?:applicants?|claimants?|customers?|clients?|patients?|borrowers?|tenants?|"
                           r"policyholders?|holders?|buyers?|members?|users?)\b")
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
             "officer", "advisor", "adviser", "lm", "recruiter", "reviewer", "underwriter", "grader", "marker", "assessor",
             "engine"}  # "an LLM loan officer": the tool's role, not the decision
    stops = skip | tools
    tokens = re.findall(r"[a-z0-9][a-z0-9'-]*|[,;:]|->|=>|→", text)  # punctuation ends a compound ("age, hiring decision")
    for i, tok in enumerate(tokens):
        if tok not in heads:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in _PEOPLE:
            continue  # "to rank loan applicants": the people decided about, not the decision
        if nxt not in heads and ("-" in nxt or nxt.endswith("ing") and len(nxt) > 5) and \
                any(t in heads for t in tokens[i + 2:]):
            continue  # "the LLM we use for loan pre-screening ... its loan approval": the task it serves, no decision
        prev = tokens[i - 1] if i else ""
        # "the interest rate an AI adviser suggests", "the insurance quote an AI agent gives": a noun after its
        # modifier, the object of the clause that follows
        noun_after_modifier = _modifier(prev, stops | _VERB_LEADS | {"it", "they", "we", "you", "i"}) and \
            nxt in {"a", "an"}
        if tok in _VERB_IS_DECISION and _said_by_tool(tokens[:i], tools) and _person_or_manner_after(tokens, i):
            return tok  # "would the language model still shortlist the person?": the tool's decision, said as its verb
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
        if start == i and end == i + 1 and tok in generic and tok not in _STANDS_ALONE and prev != "its" and \
                prev not in _COMPARATIVES:  # ("give it a lower score": the score it gives)
            continue  # a generic head alone ("the decision") names nothing, unless the tool's ("its shortlisting")
        return " ".join(tokens[start:end])
    return f"{verb.group(1)} approval" if verb else _decision_object(text)


def _said_by_tool(before: list[str], tools: set[str]) -> bool:
    """The words before a verb end with its subject, the tool ("the LLM would still", "the LM")."""
    words = [w for w in before[-4:] if w not in {"still", "not", "also", "then", "now", "really", "actually"}]
    return bool(words) and (words[-1] in tools or words[-1] in _VERB_LEADS - {"to"} and len(words) > 1
                            and words[-2] in tools)


def _person_or_manner_after(tokens: list[str], i: int) -> bool:
    """The verb at `i` takes a person ("shortlist the person", "shortlist her") or a manner ("differently")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if nxt in {"the", "a", "an", "this", "that"} and i + 2 < len(tokens) else nxt
    return after in _PEOPLE | {"person", "people", "him", "her", "them", "someone"} or \
        after.endswith("ly") and after not in {"only", "early"}


# decision verbs whose noun is the same word ("would the model still shortlist her": the shortlist); each is
# also one of the vocabulary's `decision_verbs`
_VERB_IS_DECISION = {"shortlist", "grade", "flag"}
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
    head, _, tail = word.rpartition("-")  # ("the GPT-based shortlist decision": the tool, no kind of decision)
    return len(word) > 2 and word not in stops and not word.endswith(("'s", "ly")) and word[0].isalpha() and \
        not (head and (head.split("-")[0] in stops or tail in {"based", "powered", "driven", "generated", "assisted"}))


# ("the AI admissions reader's decision": a tool named by "AI" and its job)
_TOOL_OWNS = re.compile(r"\b(?:llm|lm|model|chatbot|assistant|bot|ai|gpt[\w.-]*|tool|system|screener|tutor|recruiter|"
                        r"adviser|advisor|agent|reviewer|grader|ai(?: [a-z][\w-]*){1,2})\s?'s "
                        r"((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*) (?=depends?\b|changes?\b|differs?\b|vary|varies|is |are |be |was |were |"
                        r"different\b|higher\b|lower\b|the same\b|"
                        r"influenc|affect|shifts?\b|respond|moves?\b|gets?\b|causally|when\b|if\b|for\b)")
_TOOL_GIVES = re.compile(r"\b(?:recommend|give|assign|quote|suggest|offer|set|award|grant)s? (?:(?:a|an|the|its|their|different|"
                         r"lower|higher|worse|better|bigger|smaller|more|less|fewer|same)\s+)*((?:[a-z][\w-]* ){0,2}?[a-z][\w-]*)"
                         r" (?=to\b|for\b|if\b|when\b|depending\b|than\b|because\b|based\b|less\b|more\b|differently\b)")
# "would the LLM still recommend an interview?": the one noun the tool recommends, ending the clause
_TOOL_RECOMMENDS = re.compile(r"\b(?:llm|lm|model|chatbot|assistant|bot|ai|gpt[\w.-]*|tool|system|screener)\b(?: [a-z']+){0,2}? "
                              r"(?:recommend|offer|suggest|grant)s? (?:(?:an?|the) )?([a-z][\w-]*)\s*(?:[?.!;]|$)")


def _decision_object(text: str) -> str | None:
    """A decision no vocabulary names, read from the sentence: what the tool owns ("the chatbot's tenant
    screening outcome changes"), or what it gives ("give worse customer service replies to")."""
    for rx in (_TOOL_OWNS, _TOOL_GIVES, _TOOL_RECOMMENDS):
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
