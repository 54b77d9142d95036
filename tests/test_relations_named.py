"""Claims about a third, named variable ("does C confound A and B", "is B a mediator between A and C", "is C a
collider of A and B"): read by the hypothesis parser and decided by the relation tool over every DAG of the
equivalence class, with the same exactness as the Corr2Cause pair relations. And a premise sentence that
states one pair twice with opposite polarity ("A and B are correlated but become independent once we
condition on C") gives both statements."""

from __future__ import annotations

import pytest

from copilot.task import RelationTask
from copilot.understand.cues import split_relation
from copilot.understand.premises import parse_hypothesis, parse_premise
from tools.relations import run

COLLIDER = "A correlates with C. B correlates with C. A is independent of B."
# A -> C <- B, C -> D: every edge compelled, so C mediates A and D in the one DAG of the class
COMPELLED_CHAIN = (COLLIDER + " C correlates with D. A correlates with D. B correlates with D. A is independent of D "
                   "given C. B is independent of D given C.")
# A - B - C with A independent of C given B: a chain either way or a fork (three DAGs)
UNDECIDED = "A correlates with B. B correlates with C. A correlates with C. A is independent of C given B."


@pytest.mark.parametrize("claim,expected", [
    ("Does C confound A and B?", ("named_confounder", "A", "B", "C")),
    ("Is B a mediator between A and C?", ("named_mediator", "A", "C", "B")),
    ("Is the link between A and C mediated by B?", ("named_mediator", "A", "C", "B")),
    ("Are A and B both caused by C?", ("named_confounder", "A", "B", "C")),
    ("Do A and B have C as a common effect?", ("named_collider", "A", "B", "C")),
])
def test_the_role_and_the_variable_it_is_said_of(claim, expected):
    h = parse_hypothesis(claim, ["A", "B", "C"])
    assert (h.relation, h.x, h.y, h.z) == expected


@pytest.mark.parametrize("premise,claim,valid,n_dags,n_holding", [
    (COLLIDER, "Is C a collider of A and B?", True, 1, 1),
    (COLLIDER, "Does C confound A and B?", False, 1, 0),
    (COLLIDER, "Is C a mediator between A and B?", False, 1, 0),
    (COMPELLED_CHAIN, "Does C mediate between A and D?", True, 1, 1),
    (UNDECIDED, "Does B mediate between A and C?", False, 3, 2),
    (UNDECIDED, "Is B a confounder of A and C?", False, 3, 1),
])
def test_decided_over_the_equivalence_class(premise, claim, valid, n_dags, n_holding):
    p, h = split_relation(f"{premise} {claim}")
    r = run(RelationTask(premise=p, hypothesis=h, question=f"{premise} {claim}"), draw=False)
    assert (r.valid, r.n_dags, r.n_dags_holding) == (valid, n_dags, n_holding)
    assert r.z is not None and r.z in claim and r.reason.startswith("Yes" if valid else "No")


@pytest.mark.parametrize("sentence,statements", [
    ("A and B are correlated but become independent once we condition on C.", [(0, 1, (), False), (0, 1, (2,), True)]),
    ("A and B are correlated but independent given C.", [(0, 1, (), False), (0, 1, (2,), True)]),
    ("A and C are independent, but they become correlated given B.", [(0, 1, (), True), (0, 1, (2,), False)]),
])
def test_one_pair_stated_twice_with_opposite_polarity(sentence, statements):
    premise = parse_premise(sentence)
    assert [(s.x, s.y, tuple(sorted(s.given)), s.independent) for s in premise.statements] == statements
