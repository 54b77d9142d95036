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

import re
import time

from copilot.errors import UserError
from copilot.results import Edge, RelationResult
from copilot.task import RelationTask
from tools.relations_logic import RELATIONS, dag_edges, equivalence_class, holds
from copilot.understand.premise_lex import _CAUSAL, _DEPENDENT, _INDEPENDENT
from copilot.understand.premises import parse_hypothesis, parse_premise

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
}


def describe(relation: str, x: str, y: str) -> str:
    """The hypothesis in plain words, e.g. 'A directly causes B'."""
    return _PHRASE[relation].format(x=x, y=y)


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
    claim = describe(hypothesis.relation, hypothesis.x, hypothesis.y)
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
    common = dict(variables=names, relation=hypothesis.relation, x=hypothesis.x, y=hypothesis.y, warnings=warnings)
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
    verdicts = [holds(hypothesis.relation, dag, ix, iy) for dag in mec.dags]
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
        figures.append(draw_graph(names, cpdag, title, highlight={hypothesis.x, hypothesis.y}, stem="relation_cpdag"))
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


_HYPOTHESIS_MARK = re.compile(r"\bhypothesis\s*:", re.I)
_QUESTION_LEAD = re.compile(
    r"^(?:(?:so|then|now|thus|hence|therefore|question|claim)\s*[,:]?\s*)?"
    r"(?:(?:can|could|may|do|does|did|is|are|would|should|must)\s+(?:we|i|you|one|it)\s+"
    r"(?:conclude|infer|say|deduce|tell|know|follow|be\s+(?:sure|concluded|inferred))\s*(?:that|whether|if)?\s*|"
    r"is\s+it\s+(?:true|the\s+case|possible|certain|necessarily\s+true)\s+that\s+|"
    r"(?:does|do|did|is|are|was|were|has|have)\s+(?=\S))",
    re.I,
)


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
        return (premise, hypothesis) if premise and hypothesis else None
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+|\n+", text.strip()) if s.strip()]
    claim_index = None
    for i in range(len(sentences) - 1, -1, -1):
        s = sentences[i]
        statistical = _INDEPENDENT.search(s) or _DEPENDENT.search(s)
        if _CAUSAL.search(s) and (s.endswith("?") or not statistical):
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
        parts = re.split(r",\s*(?=(?:so\s+|then\s+)?(?:does|do|is|are|can|could|would|must)\b)", claim, maxsplit=1)
        if len(parts) != 2:
            return None
        premise_sentences, claim = [re.sub(r"^(?:given\s+that|if|suppose(?:\s+that)?)\s+", "", parts[0], flags=re.I)], parts[1]
    premise = " ".join(premise_sentences)
    if not (_INDEPENDENT.search(premise) or _DEPENDENT.search(premise)):
        return None
    hypothesis = _QUESTION_LEAD.sub("", claim.strip()).rstrip("?").strip()
    # "Does A cause C" -> "A cause C": the parser reads verb stems, so no re-inflection is needed
    try:
        parsed = parse_premise(premise)
        parse_hypothesis(hypothesis, parsed.variables)
    except UserError:
        return None
    return premise, hypothesis


__all__ = ["RELATIONS", "describe", "run", "split_question"]
