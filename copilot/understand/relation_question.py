"""Splitting a free-text message into Corr2Cause (premise, hypothesis): stated (in)dependencies plus a
causal claim. Language work, so it lives beside the question parser (the relation tool and the
parser both route with it)."""

from __future__ import annotations

import re

from copilot.errors import UserError
from copilot.understand.premise_lex import CAUSAL, DEPENDENT, INDEPENDENT
from copilot.understand.premises import parse_hypothesis, parse_premise


_HYPOTHESIS_MARK = re.compile(r"\bhypothesis\s*:", re.I)
_QUESTION_LEAD = re.compile(
    r"^(?:(?:so|then|now|thus|hence|therefore|question|claim)\s*[,:]?\s*)?"
    r"(?:(?:can|could|may|do|does|did|is|are|would|should|must)\s+(?:we|i|you|one|it)\s+"
    r"(?:conclude|infer|say|deduce|tell|know|follow|be\s+(?:sure|concluded|inferred))\s*(?:that|whether|if)?\s*|"
    r"is\s+it\s+(?:true|the\s+case|possible|certain|necessarily\s+true)\s+that\s+|"
    r"(?:does|do|did|is|are|was|were|has|have)\s+(?=\S))",
    re.I,
)


def _var(name: str, one_letter: bool) -> str:
    """A variable of a shorthand statement: one letter (and digits) beside a word shorthand ("A indep B";
    never "dep score"), any word beside a symbol ("smoking ⊥ cancer")."""
    return rf"\b(?P<{name}>[A-Za-z]\d{{0,2}})\b" if one_letter else rf"(?P<{name}>[A-Za-z]\w{{0,30}})"


# "| B, C" or "| B and C" ("| B, X1 not⫫ X2": X1 starts the next statement, not the conditioning set)
_GIVEN = (r"(?:\s*\|\s*(?P<given>[A-Za-z]\w{0,30}(?:\s*(?:,|and)\s*[A-Za-z]\w{0,30}"
          r"(?!\w|\s*(?:not\b|⊥|⫫|⟂|_\|\|_|/⊥|indep\b|corr\b|correl\b|dep\b)))*))?")
_NOT_HOLD = r"(?P<fails>\s+(?:does not|doesn't|do not|don't) hold\b)?"  # "A ⊥ B | C does not hold"
# shorthand statements (symbols and abbreviations only; sentences with the full words are the premise
# reader's own)
_SHORTHAND = [
    re.compile(_var("x", False) + r"\s*(?:(?P<neg>not\s*(?:⊥|⫫|⟂|_\|\|_)|⊥̸|⫫̸|⟂̸|/⊥)|⊥|⫫|⟂|_\|\|_)\s*" + _var("y", False)
               + _GIVEN + _NOT_HOLD),
    re.compile(_var("x", True) + r"\s+(?:(?P<neg>not\s+indep)|indep|(?P<cor>corr|correl|dep))\s+" + _var("y", True)
               + _GIVEN + _NOT_HOLD, re.I),
]


def spell_out(text: str) -> str:
    """Shorthand (in)dependence statements as sentences ("A indep B | C" -> "A is independent of B given
    C"); a leading "premises:" or "given:" label is dropped. Text without shorthand comes back unchanged."""
    def words(m: re.Match) -> str:
        x, y, given = m["x"], m["y"], f" given {m['given']}" if m["given"] else ""
        if m.groupdict().get("cor"):
            return f"{x} is {'not ' if m['fails'] else ''}correlated with {y}{given}"
        negated = bool(m["neg"]) != bool(m["fails"])
        return f"{x} is {'not ' if negated else ''}independent of {y}{given}"
    out = text
    for rx in _SHORTHAND:
        out = rx.sub(words, out)
    if out == text:
        return text
    out = re.sub(r"^\s*(?:premises?|given|(?:statistical\s+)?facts?)\s*:\s*", "", out, flags=re.I)
    out = re.sub(r"\s*;\s*", ". ", out)
    # "hypothesis: C causes A. true?" -> the claim alone
    return re.sub(r"\.?\s*(?:true|right|correct|yes or no|valid)\s*\?\s*$", "?", out, flags=re.I)


def split_question(text: str) -> tuple[str, str] | None:
    """(premise, hypothesis) when `text` states (in)dependencies plus a causal claim/question, else None.

    Handles the benchmark's "Premise: ... Hypothesis: ..." format and natural messages such as
    "A correlates with B, B correlates with C and A is independent of C. Does A cause C?".
    """
    if not text or not text.strip():
        return None
    mark = _HYPOTHESIS_MARK.search(text)
    if mark:
        premise, hypothesis = text[: mark.start()].strip(), text[mark.end():].strip()
        premise = re.sub(r"^\s*premise\s*:\s*", "", premise, flags=re.I)
        stated = INDEPENDENT.search(premise) or DEPENDENT.search(premise)  # "Our hypothesis: ..." is no premise
        return (premise, hypothesis) if premise and hypothesis and stated else None
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if s.strip()]
    claim_index = None
    for i in range(len(sentences) - 1, -1, -1):
        s = sentences[i]
        statistical = INDEPENDENT.search(s) or DEPENDENT.search(s)
        if CAUSAL.search(s) and (s.endswith("?") or not statistical):
            claim_index = i
            break
    if claim_index is None:
        return None
    claim = sentences[claim_index]
    premise_sentences = [s for j, s in enumerate(sentences) if j != claim_index]
    if any(s.endswith("?") for s in premise_sentences):
        return None  # a question about correlations is not a statement of them
    if not premise_sentences:
        # one sentence: "Given that A correlates with B ..., does A cause C?"
        # ("given A indep B, A corr C — is C a collider?": a dash may close the premise too)
        parts = re.split(r"(?:,|\s[—–-]{1,2})\s*(?=(?:so\s+|then\s+)?(?:does|do|is|are|can|could|would|must)\b)",
                         claim, maxsplit=1)
        if len(parts) != 2:
            return None
        premise_sentences, claim = [re.sub(r"^(?:given(?:\s+that)?|if|suppose(?:\s+that)?)\s+", "", parts[0], flags=re.I)], parts[1]
    premise = " ".join(premise_sentences)
    if not (INDEPENDENT.search(premise) or DEPENDENT.search(premise)):
        return None
    hypothesis = _QUESTION_LEAD.sub("", claim.strip()).rstrip("?").strip()
    # "Does A cause C" -> "A cause C": the parser reads verb stems, so no re-inflection is needed
    try:
        parsed = parse_premise(premise)
        parse_hypothesis(hypothesis, parsed.variables)
    except UserError:
        return None
    return premise, hypothesis
