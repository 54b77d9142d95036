"""Corr2Cause-style reasoning: does a causal hypothesis follow from stated (in)dependencies?

`run(task)` parses the premise and the hypothesis (`copilot.understand.premises`), builds the Markov
equivalence class the statements imply under faithfulness and a closed system
(`tools.relations_logic`: skeleton and separating sets, colliders, Meek's rules, every DAG of the
class), and calls the hypothesis valid iff it holds in every DAG of the class. The result carries the
class (as a CPDAG drawing), its size, how many DAGs satisfy the hypothesis and a witness DAG: one where
it fails when the answer is "no", one of the class when it is "yes".
`split_question(text)` lets the agent route free text here.
"""

from __future__ import annotations

import time

from copilot.results import Edge, RelationResult
from copilot.task import RelationTask
from tools.relations_logic import RELATIONS, dag_edges, equivalence_class, holds
from copilot.understand.premises import parse_hypothesis, parse_premise
from copilot.understand.relation_question import split_question

_PHRASE = {
    "parent": "{x} directly causes {y}",
    "child": "{y} directly causes {x}",
    "non-parent ancestor": "{x} causes {y}, but not directly",
    "non-child descendant": "{y} causes {x}, but not directly",
    "mediated ancestor": "{x} causes something else which causes {y}",
    "mediated descendant": "{y} causes something else which causes {x}",
    "ancestor": "{x} causes {y} (directly or not)",
    "descendant": "{y} causes {x} (directly or not)",
    "has_collider": "{x} and {y} have a common effect",
    "has_confounder": "{x} and {y} have a common cause",
    "named_confounder": "{z} directly causes both {x} and {y} (a confounder of the pair)",
    "named_collider": "{z} is directly caused by both {x} and {y} (a collider of the pair)",
    "named_mediator": "{z} lies on a causal path between {x} and {y} (a mediator)",
}


def describe(relation: str, x: str, y: str, z: str | None = None) -> str:
    """The hypothesis in plain words, e.g. 'A directly causes B'."""
    return _PHRASE[relation].format(x=x, y=y, z=z)


def _holds(relation: str, dag: tuple[int, ...], x: int, y: int, z: int | None) -> bool:
    """`holds`, and the roles of a named third variable: a common parent of the pair, a common child of it,
    or on a directed path from one to the other."""
    if relation == "named_confounder":
        return holds("parent", dag, z, x) and holds("parent", dag, z, y)
    if relation == "named_collider":
        return holds("parent", dag, x, z) and holds("parent", dag, y, z)
    if relation == "named_mediator":
        return any(holds("ancestor", dag, a, z) and holds("ancestor", dag, z, b) for a, b in ((x, y), (y, x)))
    return holds(relation, dag, x, y)


def _edges(names: list[str], pairs: list[tuple[int, int]]) -> list[Edge]:
    return [Edge(source=names[a], target=names[b], type="->") for a, b in pairs]


def dag_text(edges: list[Edge] | None) -> str:
    """'A -> B, B -> C' (or 'no edges')."""
    return ", ".join(str(e) for e in edges or []) or "no edges"


def run(task: RelationTask, data=None, draw: bool = True) -> RelationResult:
    """Decide the hypothesis of `task` from its premise. `data` is unused (the statements are the data).

    `draw=False` skips the PNG of the equivalence class (the benchmark scores 1,162 items).
    """
    started = time.perf_counter()
    premise = parse_premise(task.premise)
    hypothesis = parse_hypothesis(task.hypothesis, premise.variables)
    names = premise.variables
    ix, iy = names.index(hypothesis.x), names.index(hypothesis.y)
    iz = names.index(hypothesis.z) if hypothesis.z else None
    claim = describe(hypothesis.relation, hypothesis.x, hypothesis.y, hypothesis.z)
    warnings = [f"Ignored a sentence with no (in)dependence in it: '{s}'." for s in premise.ignored]
    mec = equivalence_class(len(names), premise.statements, closed_world=premise.complete, names=names)
    stated_pairs = {(s.x, s.y) for s in premise.statements}
    n_pairs = len(names) * (len(names) - 1) // 2
    if not premise.complete and len(stated_pairs) < n_pairs:
        warnings.append(
            f"The statements mention {len(stated_pairs)} of the {n_pairs} pairs of variables; a pair with no "
            "stated independence is taken to be dependent (closed system)."
        )
    if mec.consistent and mec.implied:
        shown = "; ".join(mec.implied[:3]) + (f"; and {len(mec.implied) - 3} more" if len(mec.implied) > 3 else "")
        warnings.append(
            f"The answer assumes independencies you did not state but the graphs imply ({shown}); "
            "if one of them is false, no DAG fits the statements."
        )
    common = dict(variables=names, relation=hypothesis.relation, x=hypothesis.x, y=hypothesis.y, z=hypothesis.z,
                  warnings=warnings)
    if not mec.consistent:
        return RelationResult(
            **common,
            valid=None,
            consistent=False,
            n_dags=0,
            reason=(
                f"No DAG is faithful to these statements ({mec.problem}), so the claim '{claim}' "
                "cannot be decided: check the statements for a typo or a missing independence."
            ),
            seconds=time.perf_counter() - started,
        )
    verdicts = [_holds(hypothesis.relation, dag, ix, iy, iz) for dag in mec.dags]
    n_holding = sum(verdicts)
    valid = n_holding == len(verdicts)
    witness = mec.dags[0] if valid else mec.dags[verdicts.index(False)]
    witness_edges = _edges(names, dag_edges(witness))
    cpdag = _edges(names, sorted(mec.directed)) + [
        Edge(source=names[min(e)], target=names[max(e)], type="--") for e in sorted(mec.undirected, key=sorted)
    ]
    size = f"{len(mec.dags)} DAG{'s' if len(mec.dags) != 1 else ''}"
    if valid:
        reason = (
            f"Yes: '{claim}' holds in all {size} of the equivalence class the statements imply "
            f"(e.g. {dag_text(witness_edges)})."
        )
    else:
        reason = (
            f"No: '{claim}' holds in only {n_holding} of the {size} of the equivalence class; "
            f"it fails in {dag_text(witness_edges)}, which fits every statement."
        )
    figures = []
    if draw:
        from tools.drawing import draw_graph  # matplotlib only when a figure is wanted

        title = f"Equivalence class ({size}): '—' = direction not determined"
        shown = {hypothesis.x, hypothesis.y} | ({hypothesis.z} if hypothesis.z else set())
        figures.append(draw_graph(names, cpdag, title, highlight=shown, stem="relation_cpdag"))
    return RelationResult(
        **common,
        valid=valid,
        consistent=True,
        n_dags=len(mec.dags),
        n_dags_holding=n_holding,
        cpdag_edges=cpdag,
        witness_dag=witness_edges,
        reason=reason,
        figures=figures,
        seconds=time.perf_counter() - started,
    )


__all__ = ["RELATIONS", "describe", "run", "split_question"]
