"""An SD-SCM written from a graph the user gave ("Z -> X -> Y, Z -> Y", "smoking causes tar ...").

The language model defines the structural equations, as in every SD-SCM; what the user's graph does
not say is filled with plain defaults that the answer states: each variable takes two ordered text
values ("low", "high"), written as "<name> is low.", and variables the question calls hidden are
exogenous (dropped from the observed table). The treatment and outcome of the ground truth are chosen
from the graph: the outcome is the last sink written, the treatment the first-written variable on a
path into it that has causes of its own (so "Z -> X -> Y, Z -> Y" gives X -> Y, not the confounder Z).
"""

from __future__ import annotations

import networkx as nx

from copilot.errors import UserError

NAME = "dag"
VALUES = ["low", "high"]


def _as_written(edges: list[tuple[str, str]]) -> list[str]:
    return list(dict.fromkeys(n for e in edges for n in e))


def roles(edges: list[tuple[str, str]]) -> tuple[str, str]:
    """(treatment, outcome) for the ground truth of a user-given graph."""
    g = nx.DiGraph(edges)
    order = _as_written(edges)
    sinks = [n for n in order if g.out_degree(n) == 0]
    outcome = sinks[-1]
    ancestors = nx.ancestors(g, outcome)
    inner = [n for n in order if n in ancestors and g.in_degree(n) > 0]
    roots = [n for n in order if n in ancestors]
    return (inner or roots)[0], outcome


def dag_spec(edges: list[tuple[str, str]], latent: list[str] = ()) -> dict:
    """The spec (a dict for `load_spec`) of the graph `edges`; a clear error for a cycle or no edge."""
    if not edges:
        raise UserError("The graph has no edges.", "Write it as 'A -> B, B -> C' or 'A causes B'.")
    g = nx.DiGraph(edges)
    if not nx.is_directed_acyclic_graph(g):
        cycle = " -> ".join(a for a, _ in nx.find_cycle(g))
        raise UserError(f"The graph has a cycle ({cycle}), so it is not a DAG.", "Remove one edge of the cycle.")
    treatment, outcome = roles(edges)
    position = {n: i for i, n in enumerate(_as_written(edges))}
    order = list(nx.lexicographical_topological_sort(g, key=position.__getitem__))
    variables = []
    for n in order:
        parents = [a for a, b in edges if b == n]
        variables.append({
            "name": n, "candidates": list(VALUES), "parents": parents,
            "exogenous": n in latent and not parents,
            "phrasings": [{"prefix": f"{n[:1].upper()}{n[1:]} is ", "suffix": "."},
                          {"prefix": f"The level of {n} is ", "suffix": "."}],
        })
    arrows = ", ".join(f"{a} -> {b}" for a, b in edges)
    return {"name": NAME, "description": f"The graph given in the question: {arrows}; each variable low or high.",
            "variables": variables, "treatment": treatment, "outcome": outcome, "outcome_value": 1}
