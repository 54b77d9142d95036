"""Task fields beyond kind and roles: instrument, estimand, the `at` point of a conditional effect,
policy questions and language-model audits.

Each reader is a plain function over the normalised text or the skeleton (variables as `<k>`), with
its cue vocabulary in `vocab/fields.json` / `vocab/audit.json`. A named instrument must never become
the treatment, and "on those who took part" asks for a different number (the ATT) than the ATE:
a parser that drops these fields answers a different question without saying so.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from copilot.task import Condition
from copilot.understand import vocab


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
             mention_tokens: set[int] = frozenset()) -> str:
    """'att' for the effect on those treated ("on those who took part"), 'atc' on the untreated, else 'ate'.

    Beyond the phrase lists: a relative clause about the units that names the treatment ("for athletes
    who took creatine", "among households that were actually visited by a CHW", "for herds that don't
    do teat dipping") restricts the effect to the treated, or with a negation to the untreated."""
    if _rx("fields", "atc").search(text):
        return "atc"
    if _rx("fields", "att").search(text):
        return "att"
    if tokens and treatment_spans:
        return _estimand_from_clause(tokens, treatment_spans, mention_tokens)
    return "ate"


_CLAUSE_INTRO = {"for", "among", "on", "in", "of"}
_RELATIVE = {"who", "that", "which", "where", "whose"}
_CLAUSE_END = {",", ".", "?", ";", ":", "what", "how", "is", "does", "do", "did", "would", "will", "compared"}
_NEGATION = {"not", "n't", "never", "no", "without", "skipped", "refused", "declined", "missed"}
_ANAPHORA = {"it", "one", "them"}


def _estimand_from_clause(tokens: list[str], treatment_spans: list[tuple[int, int]],
                          mention_tokens: set[int] = frozenset()) -> str:
    inside = {k for a, b in treatment_spans for k in range(a, b)}
    for i, tok in enumerate(tokens):
        if tok not in _CLAUSE_INTRO:
            continue
        rel = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j] in _RELATIVE), None)
        # "for athletes who ...": the words between name the units, never a variable ("on basket value ... who")
        if rel is None or any(tokens[k] in _CLAUSE_END or k in mention_tokens for k in range(i + 1, rel)):
            continue
        end = next((k for k in range(rel + 1, min(rel + 14, len(tokens))) if tokens[k] in _CLAUSE_END - {"do", "did", "is"}),
                   min(rel + 14, len(tokens)))
        clause = range(rel + 1, end)
        names_treatment = any(k in inside for k in clause) or any(tokens[k] in _ANAPHORA for k in clause)
        if names_treatment:
            negated = any(tokens[k] in _NEGATION or tokens[k].endswith("n't") for k in clause)
            return "atc" if negated else "att"
    return "ate"


def _numeric(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def split_at(conditions: list[Condition], text: str, roles: set[str],
             binary: set[str] = frozenset()) -> tuple[list[Condition], dict[str, Any]]:
    """Equalities at a point of a graded variable ('when class_ratio = 0.2', 'with egfr = 45') are
    where a conditional effect is evaluated (`CateTask.at`), not row filters: no row may equal 0.2
    exactly. A category of another variable ('for bicycle couriers', 'when region is north', 'in
    the Gulu district') is such a point too: the question asks for the effect at a value of another
    variable, which the CATE tool estimates within that group. Equalities on 0/1 and on the two
    levels of a binary column ('among nodegree = 1', 'among smokers', 'among women') stay row filters."""
    keep: list[Condition] = []
    at: dict[str, Any] = {}
    for c in conditions:
        num = _numeric(c.value)
        if c.op == "==" and num is not None and num not in (0.0, 1.0) and c.column not in roles:
            at[c.column] = int(num) if float(num).is_integer() else num
        elif c.op == "==" and num is None and c.column not in roles and c.column not in binary:
            at[c.column] = c.value
        else:
            keep.append(c)
    return keep, at


def is_policy(text: str) -> bool:
    """'which customers should get the coupon?', 'what dose should we choose?': a decision rule."""
    return bool(_rx("fields", "policy").search(text))


def maximize(text: str) -> bool:
    """False when the user wants the outcome small ('to minimise side effects', 'lower LDL')."""
    return not _rx("fields", "minimize").search(text)


def policy_group_nouns() -> set[str]:
    return set(vocab("fields")["policy_group_nouns"])


def is_audit(text: str) -> bool:
    """A request to audit a language model's decisions for a causal dependence on an attribute."""
    return bool(_rx("audit", "cue").search(text)) and bool(_rx("audit", "strong").search(text) or
                                                           re.search(r"\bmodel\b", text))


def audit_fields(text: str) -> tuple[dict[str, Any], list[str]]:
    """(spec/treatment/outcome guessed from the wording, specs that fit equally well when ambiguous)."""
    voc = vocab("audit")
    specs = voc["specs"]
    named = [s for s in specs if re.search(rf"\b{s}\b(?:\s+(?:spec|audit|example|scenario|setting))?", text)
             and re.search(rf"\b{s}\s+(?:spec|audit|example|scenario|setting)|\b(?:spec|use|with)\s+(?:the\s+)?{s}\b", text)]
    hits = {s: sum(bool(re.search(rf"\b{re.escape(w)}\b", text)) for w in info["words"]) for s, info in specs.items()}
    ambiguous: list[str] = []
    if named:
        spec = named[0]
    else:
        top = max(hits.values())
        best = [s for s, h in hits.items() if h == top and h > 0]
        spec = best[0] if len(best) == 1 else voc["default_spec"]
        if len(best) > 1:
            ambiguous = best
    attrs = sorted(((m.start(), a) for a in voc["attributes"] for m in re.finditer(rf"\b{re.escape(a)}\b", text)))
    treatment = attrs[0][1].replace(" ", "_") if attrs else None
    return {"kind": "audit", "spec": spec, "treatment": treatment, "outcome": specs[spec]["outcome"]}, ambiguous
