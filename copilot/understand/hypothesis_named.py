"""A claim about a third, named variable and a pair ("does C confound A and B", "is B a mediator between A and
C", "is C a common effect of A and B", "are A and B both caused by C"): the role the named variable plays for
the pair, checked by the relation tool over every DAG of the equivalence class."""

from __future__ import annotations

import re

from copilot.understand.premise_lex import COLLIDER, CONFOUNDER, TOKEN, ParsedHypothesis

_MEDIATOR = re.compile(r"\bmediat\w*|\bintermediate\b|\bin\s+between\b|\bon\s+the\s+(?:causal\s+)?path\b|\bchain\b",
                       re.I)
_BY = re.compile("\\bby\\s+\u27e6(\\d+)\u27e7")  # "mediated by C", "both caused by C"
_AS = re.compile("\u27e6(\\d+)\u27e7\\s+as\\s+(?:a|an|the|their|its)\\b")  # "have C as a common cause"


def named_third(masked: str, tokens: list[str]) -> ParsedHypothesis | None:
    """`masked`: the claim with its three variables as tokens; `tokens`: their names by token index. The
    variable the role is said of is the one written first, unless the claim says it after "by" or before
    "as a"; None when the claim gives the third variable no role of a confounder, collider or mediator."""
    words = TOKEN.sub(" V ", masked)
    role = "named_collider" if COLLIDER.search(words) else "named_confounder" if CONFOUNDER.search(words) \
        else "named_mediator" if _MEDIATOR.search(words) else None
    if role is None:
        return None
    order = list(dict.fromkeys(tokens[int(k)] for k in TOKEN.findall(masked)))
    said = _BY.search(masked) or _AS.search(masked)
    z = tokens[int(said.group(1))] if said else order[0]
    x, y = [name for name in order if name != z][:2]
    return ParsedHypothesis(role, x, y, z)
