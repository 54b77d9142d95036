"""Explanations of causal structure: a graph learned from data, and a claim checked against stated
(in)dependencies (Corr2Cause-style questions).
"""

from __future__ import annotations

from typing import Any

from copilot.explain.formatting import bullets, closing, code_names, pct, warning_lines
from copilot.results import DiscoveryResult, RelationResult

_EDGE_WORDS = {
    "->": "directed (cause → effect)",
    "--": "undirected (direction not identifiable from these data)",
    "<->": "bidirected (a hidden common cause)",
    "o->": "partially oriented (circle mark: could also be confounded)",
    "o-o": "unoriented (circle marks)",
}


def explain_discovery(task: Any, r: DiscoveryResult) -> str:
    head = f"**Causal graph over {len(r.nodes)} variables with {len(r.edges)} edges** (method: {r.method})."
    lines: list[str | None] = [f"Why this method: {r.method_reason}"]
    for etype, words in _EDGE_WORDS.items():
        edges = [e for e in r.edges if e.type == etype]
        if not edges:
            continue
        shown = ", ".join(
            f"`{e.source}` {e.type} `{e.target}`" + (f" ({pct(e.stability)} of resamples)" if e.stability is not None else "")
            for e in edges
        )
        lines.append(f"{words[0].upper()}{words[1:]}: {shown}.")
    isolated = [n for n in r.nodes if not any(n in (e.source, e.target) for e in r.edges)]
    if isolated:
        lines.append(f"No edges: {code_names(isolated)}.")
    shown_params = {
        k: v for k, v in r.parameters.items()
        if isinstance(v, (int, float, str, bool)) and k not in {"n_rows", "n_variables", "seed"}
    }
    if shown_params:
        lines.append("Parameters: " + ", ".join(f"{k} = {v}" for k, v in shown_params.items()) + ".")
    return closing(head, lines, task, r, "Caveat: a learned graph is only as good as its assumptions (faithfulness, "
                   "no hidden common causes unless the method allows them, enough data); check edges against "
                   "domain knowledge.")


def _relation_words(r: RelationResult) -> str:
    x, y = f"`{r.x}`", f"`{r.y}`"
    words = {
        "parent": f"{x} directly causes {y} (is its parent)",
        "child": f"{x} is directly caused by {y} (is its child)",
        "non-parent ancestor": f"{x} causes {y} only indirectly (ancestor, not parent)",
        "non-child descendant": f"{x} is an indirect effect of {y} (descendant, not child)",
        "has_collider": f"{x} and {y} have a common effect (a collider)",
        "has_confounder": f"{x} and {y} have a common cause (a confounder)",
        "named_confounder": f"`{r.z}` directly causes both {x} and {y} (a confounder of the pair)",
        "named_collider": f"`{r.z}` is directly caused by both {x} and {y} (a collider of the pair)",
        "named_mediator": f"`{r.z}` lies on a causal path between {x} and {y} (a mediator)",
    }
    return words.get(r.relation, f"{x} is a {r.relation} of {y}")


def explain_relation(task: Any, r: RelationResult) -> str:
    hypothesis = getattr(task, "hypothesis", None)
    if not r.consistent or r.valid is None:
        verdict = "the stated (in)dependencies are inconsistent: no causal graph is faithful to them"
    elif r.valid:
        verdict = "yes, the hypothesis follows"
    else:
        verdict = "no, the hypothesis does not follow"
    head = f"**Answer: {verdict}.**"
    lines: list[str | None] = []
    if hypothesis:
        lines.append(f"Hypothesis: {hypothesis}")
    lines.append(f"Relation checked: {_relation_words(r)}.")
    if r.consistent:
        lines.append(
            f"{r.n_dags} causal graph{'s' if r.n_dags != 1 else ''} fit{'' if r.n_dags != 1 else 's'} the statements; "
            f"the hypothesis holds in {r.n_dags_holding} of them "
            "(it follows only if it holds in all)."
        )
    lines.append(f"Reason: {r.reason}")
    if r.cpdag_edges:
        lines.append("Equivalence class: " + ", ".join(f"`{e.source}` {e.type} `{e.target}`" for e in r.cpdag_edges) + ".")
    lines += warning_lines(r)
    return head + "\n\n" + bullets(lines)
