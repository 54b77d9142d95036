"""The relation tool: parsing every statement form, each relation type, inconsistent premises,
routing (split_question), and the equivalence-class logic checked against networkx and causal-learn."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from causallearn.graph.Dag import Dag
from causallearn.graph.GraphNode import GraphNode
from causallearn.utils.DAG2CPDAG import dag2cpdag

from copilot.errors import UserError
from copilot.paths import shared_data_dir
from copilot.task import RelationTask
from tools.relations import run, split_question
from tools.relations_logic import (
    Statement,
    d_separated,
    dag_edges,
    equivalence_class,
    holds,
    v_structures,
)
from copilot.understand.premises import parse_hypothesis, parse_premise

TEST_CSV = shared_data_dir() / "corr2cause" / "test.csv"

# A -> C <- B, C -> D: the collider fixes every edge (Meek R1 orients C -> D).
COLLIDER_CHAIN = (
    "Suppose there is a closed system of 4 variables, A, B, C and D. All the statistical relations among these "
    "4 variables are as follows: A correlates with C. A correlates with D. B correlates with C. B correlates with D. "
    "C correlates with D. However, A is independent of B. A and D are independent given B and C. "
    "A and D are independent given C. B and D are independent given A and C. B and D are independent given C."
)
CHAIN = "A correlates with B. B correlates with C. A correlates with C. A and C are independent given B."


def decide(premise: str, hypothesis: str):
    return run(RelationTask(premise=premise, hypothesis=hypothesis), draw=False)


# ---------------------------------------------------------------------------------------------
# relation types


@pytest.mark.parametrize(
    "hypothesis, relation, valid",
    [
        ("A directly causes C.", "parent", True),
        ("C directly causes D.", "parent", True),
        ("D directly causes C.", "parent", False),
        ("A directly causes D.", "parent", False),
        ("C is directly caused by A.", "child", True),
        ("D is a child of C.", "child", True),
        ("C is a child of D.", "child", False),
        ("A is a cause for D, but not a direct one.", "non-parent ancestor", True),
        ("A causes C, but not directly.", "non-parent ancestor", False),
        ("D is a descendant of B, but not a child of B.", "non-child descendant", True),
        ("C is an effect of B, but not a direct effect.", "non-child descendant", False),
        ("A causes something else which causes D.", "mediated ancestor", True),
        ("B causes something else which causes C.", "mediated ancestor", False),
        ("There exists at least one collider (i.e., common effect) of A and B.", "has_collider", True),
        ("A and D have a common effect.", "has_collider", False),
        ("There exists at least one confounder (i.e., common cause) of A and B.", "has_confounder", False),
        ("Some variable directly causes both C and D.", "has_confounder", False),
        ("A causes D.", "ancestor", True),
        ("D causes A.", "ancestor", False),
        ("D is caused by B.", "descendant", True),
    ],
)
def test_each_relation_type_on_a_fully_oriented_class(hypothesis, relation, valid):
    result = decide(COLLIDER_CHAIN, hypothesis)
    assert result.consistent and result.n_dags == 1
    assert result.relation == relation
    assert result.valid is valid
    assert result.witness_dag is not None
    assert {str(e) for e in result.witness_dag} == {"A -> C", "B -> C", "C -> D"}


def test_undetermined_direction_is_not_valid_and_counts_the_class():
    # chain / fork: A - B - C with B in the separating set: 3 DAGs, no direction is certain
    result = decide(CHAIN, "A directly causes B.")
    assert result.n_dags == 3 and result.n_dags_holding == 1 and result.valid is False
    assert {e.type for e in result.cpdag_edges} == {"--"}
    confounder = decide(CHAIN, "There is a common cause of A and C.")
    assert confounder.relation == "has_confounder" and confounder.n_dags_holding == 1 and not confounder.valid
    assert "1 of the 3 DAGs" in confounder.reason


@pytest.mark.shared_data("corr2cause/test.csv")
def test_mediated_path_and_non_parent_ancestor_differ_when_both_paths_exist():
    # benchmark item 232: B -> C -> D and B -> D in the only DAG of the class
    data = pd.read_csv(TEST_CSV)
    premise, _ = split_question(data["input"][232])
    assert decide(premise, "B causes something else which causes D.").valid is True
    assert decide(premise, "B is a cause for D, but not a direct one.").valid is False
    assert decide(premise, "B directly causes D.").valid is True


@pytest.mark.shared_data("corr2cause/test.csv")
def test_benchmark_item_553_every_dag_has_a_common_effect():
    data = pd.read_csv(TEST_CSV)
    premise, hypothesis = split_question(data["input"][553])
    result = decide(premise, hypothesis)
    assert result.relation == "has_collider" and result.n_dags == 32 and result.valid is True


# ---------------------------------------------------------------------------------------------
# statement forms


@pytest.mark.parametrize(
    "sentence, independent, given",
    [
        ("A correlates with B.", False, set()),
        ("A is correlated with B.", False, set()),
        ("A and B are correlated.", False, set()),
        ("There is a correlation between A and B.", False, set()),
        ("A is statistically dependent on B.", False, set()),
        ("A and B are associated.", False, set()),
        ("A is not independent of B.", False, set()),
        ("A is independent of B.", True, set()),
        ("However, A is independent of B.", True, set()),
        ("A and B are independent.", True, set()),
        ("A and B are uncorrelated.", True, set()),
        ("There is no correlation between A and B.", True, set()),
        ("A does not correlate with B.", True, set()),
        ("A and B are independent given C.", True, {"C"}),
        ("A and B are independent given C and D.", True, {"C", "D"}),
        ("A and B are independent given C, D, and E.", True, {"C", "D", "E"}),
        ("Given C, D and E, A and B are independent.", True, {"C", "D", "E"}),
        ("Conditional on C and D, A and B are uncorrelated.", True, {"C", "D"}),
        ("A is independent of B conditional on C.", True, {"C"}),
        ("A and B are independent when controlling for C and E.", True, {"C", "E"}),
        ("Once we control for D, A is independent of B.", True, {"D"}),
        ("A and B become independent once C and D are known.", True, {"C", "D"}),
        ("A and B are independent when holding C fixed.", True, {"C"}),
        ("A and B are dependent given C.", False, {"C"}),
    ],
)
def test_statement_forms(sentence, independent, given):
    premise = parse_premise("Suppose there is a closed system of 5 variables, A, B, C, D and E. " + sentence)
    assert len(premise.statements) == 1
    s = premise.statements[0]
    names = premise.variables
    assert {names[s.x], names[s.y]} == {"A", "B"}
    assert s.independent is independent
    assert {names[g] for g in s.given} == given


def test_multi_word_names_with_and_without_a_variable_list():
    listed = parse_premise(
        "Consider a closed system with 3 variables: ice cream sales, daily temperature and drowning incidents. "
        "Ice cream sales correlates with daily temperature. Given daily temperature, ice cream sales and "
        "drowning incidents are independent. Daily temperature is associated with drowning incidents."
    )
    assert listed.variables == ["ice cream sales", "daily temperature", "drowning incidents"]
    assert [(s.x, s.y, set(s.given), s.independent) for s in listed.statements] == [
        (0, 1, set(), False),
        (0, 2, {1}, True),
        (1, 2, set(), False),
    ]
    unlisted = parse_premise(
        "Ice cream sales are correlated with drowning incidents, daily temperature is associated with ice cream "
        "sales, and daily temperature correlates with drowning incidents, but ice cream sales and drowning "
        "incidents are independent given daily temperature."
    )
    assert set(unlisted.variables) == {"ice cream sales", "drowning incidents", "daily temperature"}
    assert len(unlisted.statements) == 4
    result = decide(
        " ".join(s.text + "." for s in unlisted.statements), "Ice cream sales directly causes drowning incidents."
    )
    assert result.valid is False and result.n_dags == 3


def test_single_letter_names_are_case_sensitive_but_long_names_are_not():
    premise = parse_premise("A correlates with B. B correlates with C. A is independent of C.")
    hypothesis = parse_hypothesis("There exists at least one collider (i.e., common effect) of A and C.", premise.variables)
    assert (hypothesis.relation, hypothesis.x, hypothesis.y) == ("has_collider", "A", "C")
    assert parse_hypothesis("a cause of c? No: Is A a direct cause of B?", premise.variables).relation == "parent"


@pytest.mark.parametrize(
    "hypothesis, relation, x, y",
    [
        ("A is a direct cause of B", "parent", "A", "B"),
        ("B is directly caused by A", "child", "B", "A"),
        ("A has a direct causal effect on B", "parent", "A", "B"),
        ("B is a direct effect of A", "child", "B", "A"),
        ("A causes B only indirectly, not directly", "non-parent ancestor", "A", "B"),
        ("B is an effect of A, but not a direct effect", "non-child descendant", "B", "A"),
        ("A causes some other variable that in turn causes B", "mediated ancestor", "A", "B"),
        ("There is a causal chain from A to B through another variable", "mediated ancestor", "A", "B"),
        ("B is caused by something that A causes", "mediated descendant", "B", "A"),
        ("A and B share at least one common child", "has_collider", "A", "B"),
        ("There is a variable that both A and B directly cause", "has_collider", "A", "B"),
        ("A and B are both directly caused by some other variable", "has_confounder", "A", "B"),
        ("A and B share at least one common parent", "has_confounder", "A", "B"),
        ("Is A an ancestor of B?", "ancestor", "A", "B"),
    ],
)
def test_hypothesis_paraphrases(hypothesis, relation, x, y):
    parsed = parse_hypothesis(hypothesis, ["A", "B", "C"])
    assert (parsed.relation, parsed.x, parsed.y) == (relation, x, y)


def test_unreadable_input_raises_user_error():
    with pytest.raises(UserError):
        parse_premise("The weather is nice today.")
    with pytest.raises(UserError):
        parse_hypothesis("A directly causes Z.", ["A", "B"])
    with pytest.raises(UserError):
        parse_hypothesis("A and B are great.", ["A", "B"])
    with pytest.raises(UserError, match="exactly two"):
        parse_premise("Suppose a closed system of 3 variables, A, B and C. A correlates with B with C.")


# ---------------------------------------------------------------------------------------------
# inconsistent premises


@pytest.mark.parametrize(
    "premise, problem",
    [
        ("A correlates with B. A is independent of B.", "contradict"),
        # C is in one separating set of A and B but not in the other: no faithful DAG
        ("A correlates with C. B correlates with C. A is independent of B. A and B are independent given C.", "faithful"),
        # a closed system with no edges, yet A and C are (by omission) marginally dependent
        (
            "Suppose a closed system of 3 variables, A, B and C. A is independent of B. B is independent of C. "
            "A and C are independent given B.",
            "not among the statements",
        ),
        # two colliders put opposite arrowheads on B - C (A -> B <- C and B -> C <- D), closed world
        (
            "Suppose a closed system of 4 variables, A, B, C and D. A correlates with B. B correlates with C. "
            "C correlates with D. A is independent of C. B is independent of D. A is independent of D. "
            "A and D are independent given B. A and D are independent given C. A and D are independent given B and C.",
            "opposite directions",
        ),
    ],
)
def test_inconsistent_statements_are_reported(premise, problem):
    result = decide(premise, "A directly causes B.")
    assert result.consistent is False and result.valid is None and result.n_dags == 0
    assert "No DAG is faithful" in result.reason and problem in result.reason


def test_open_world_messages_accept_unstated_implied_independencies():
    # no "closed system": A and B independent given C is implied by the only graphs, though not stated
    result = decide("A is independent of B and of C. B correlates with C.", "B directly causes C.")
    assert result.consistent and result.n_dags == 2 and result.valid is False
    assert any("did not state" in w and "A and B are independent given C" in w for w in result.warnings)
    closed = decide("Suppose a closed system of 3 variables, A, B and C. A is independent of B. A is independent "
                    "of C. B correlates with C.", "B directly causes C.")
    assert closed.consistent is False and "A and B are independent given C" in closed.reason


def test_partial_statement_lists_warn_about_the_closed_world_reading():
    complete = decide("A correlates with B. B correlates with C. A is independent of C.", "A and C have a common effect.")
    assert complete.valid is True and not any("closed" in w for w in complete.warnings)
    # nothing said about A and C: read as dependent, so all three are adjacent (6 DAGs)
    partial = decide("A correlates with B. B correlates with C.", "A directly causes C.")
    assert partial.n_dags == 6 and partial.n_dags_holding == 3 and partial.valid is False
    assert any("closed" in w for w in partial.warnings)


def test_run_draws_the_equivalence_class(tmp_path, monkeypatch):
    monkeypatch.setenv("COPILOT_FIGURE_DIR", str(tmp_path))
    result = run(RelationTask(premise=CHAIN, hypothesis="A directly causes B."))
    assert len(result.figures) == 1
    path = Path(result.figures[0].path)
    assert path.exists() and path.read_bytes()[:4] == b"\x89PNG"


# ---------------------------------------------------------------------------------------------
# routing


def test_split_question_benchmark_format():
    text = "Premise: Suppose there is a closed system of 2 variables, A and B. A correlates with B.\nHypothesis: A directly causes B."
    assert split_question(text) == (
        "Suppose there is a closed system of 2 variables, A and B. A correlates with B.",
        "A directly causes B.",
    )


@pytest.mark.parametrize(
    "message, relation, valid",
    [
        ("A correlates with B, B correlates with C, and A is independent of C. Does A cause C?", "ancestor", False),
        ("A correlates with B. B correlates with C. A is independent of C. Do A and C have a common effect?", "has_collider", True),
        (
            "Smoking is correlated with tar deposits. Tar deposits correlate with cancer. Smoking and cancer are "
            "correlated. Given tar deposits, smoking and cancer are independent. Does smoking directly cause cancer?",
            "parent",
            False,
        ),
        ("Rain is independent of the sprinkler. Rain correlates with wet grass. The sprinkler correlates with wet "
         "grass. Is wet grass directly caused by rain?", "child", True),
    ],
)
def test_split_question_routes_natural_messages(message, relation, valid):
    split = split_question(message)
    assert split is not None
    result = decide(*split)
    assert result.relation == relation and result.valid is valid


@pytest.mark.parametrize(
    "message",
    [
        "Does smoking cause cancer?",
        "What is the average effect of the treatment on the outcome?",
        "Is A correlated with B? Does A cause B?",
        "Estimate the effect of price on sales, controlling for season.",
        "",
    ],
)
def test_split_question_leaves_other_messages_alone(message):
    assert split_question(message) is None


# ---------------------------------------------------------------------------------------------
# the logic against independent implementations


def _random_dag(n: int, p: float, rng: random.Random) -> tuple[int, ...]:
    order = rng.sample(range(n), n)
    parents = [0] * n
    for i, j in itertools.combinations(range(n), 2):
        if rng.random() < p:
            parents[order[j]] |= 1 << order[i]
    return tuple(parents)


def _statements_of(parents: tuple[int, ...]) -> list[Statement]:
    n = len(parents)
    out = []
    for x, y in itertools.combinations(range(n), 2):
        rest = [v for v in range(n) if v not in (x, y)]
        for size in range(len(rest) + 1):
            for given in itertools.combinations(rest, size):
                if d_separated(parents, x, y, sum(1 << g for g in given)):
                    out.append(Statement(x, y, frozenset(given), True))
                elif not given:
                    out.append(Statement(x, y, frozenset(), False))
    return out


def _nx(parents: tuple[int, ...]) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(parents)))
    graph.add_edges_from(dag_edges(parents))
    return graph


def test_d_separation_matches_networkx():
    rng = random.Random(0)
    for _ in range(40):
        parents = _random_dag(6, 0.4, rng)
        graph = _nx(parents)
        for x, y in itertools.combinations(range(6), 2):
            rest = [v for v in range(6) if v not in (x, y)]
            for given in itertools.chain.from_iterable(itertools.combinations(rest, k) for k in range(5)):
                expected = nx.is_d_separator(graph, {x}, {y}, set(given))
                assert d_separated(parents, x, y, sum(1 << g for g in given)) == expected


def _cpdag_causallearn(parents: tuple[int, ...]):
    nodes = [GraphNode(f"X{i}") for i in range(len(parents))]
    dag = Dag(nodes)
    for a, b in dag_edges(parents):
        dag.add_directed_edge(nodes[a], nodes[b])
    return dag2cpdag(dag).graph.tolist()


def _brute_force_class(n: int, statements: list[Statement]) -> set[tuple[int, ...]]:
    """Every orientation of the skeleton whose d-separations (networkx) are exactly the stated ones."""
    independent = {(frozenset((s.x, s.y)), s.given) for s in statements if s.independent}
    skeleton = [p for p in itertools.combinations(range(n), 2) if not any(k[0] == frozenset(p) for k in independent)]
    found = set()
    for bits in range(1 << len(skeleton)):
        parents = [0] * n
        for k, (a, b) in enumerate(skeleton):
            if bits >> k & 1:
                a, b = b, a
            parents[b] |= 1 << a
        graph = _nx(tuple(parents))
        if not nx.is_directed_acyclic_graph(graph):
            continue
        ok = all(
            nx.is_d_separator(graph, {x}, {y}, set(given)) == ((frozenset((x, y)), frozenset(given)) in independent)
            for x, y in itertools.combinations(range(n), 2)
            for k in range(n - 1)
            for given in itertools.combinations([v for v in range(n) if v not in (x, y)], k)
        )
        if ok:
            found.add(tuple(parents))
    return found


def test_equivalence_class_matches_brute_force_and_causallearn_cpdag():
    rng = random.Random(1)
    for trial in range(12):
        n = 4 + trial % 2
        truth = _random_dag(n, 0.5, rng)
        mec = equivalence_class(n, _statements_of(truth))
        assert mec.consistent, mec.problem
        assert truth in mec.dags
        assert set(mec.dags) == _brute_force_class(n, _statements_of(truth))
        cpdags = {str(_cpdag_causallearn(dag)) for dag in mec.dags}
        assert len(cpdags) == 1  # one class: causal-learn maps every member to the same CPDAG
        assert all(v_structures(dag) == v_structures(truth) for dag in mec.dags)


def test_holds_definitions_on_a_small_dag():
    # 0 -> 1 -> 2, 0 -> 2, 3 -> 2
    parents = (0, 0b0001, 0b1011, 0)
    assert holds("parent", parents, 0, 1) and not holds("parent", parents, 1, 0)
    assert holds("child", parents, 2, 3)
    assert holds("mediated ancestor", parents, 0, 2) and not holds("non-parent ancestor", parents, 0, 2)
    assert holds("has_collider", parents, 0, 3) and holds("has_collider", parents, 1, 3)
    assert holds("has_confounder", parents, 1, 2) and not holds("has_confounder", parents, 0, 3)
    assert holds("descendant", parents, 2, 0) and holds("non-child descendant", parents, 2, 0) is False


def test_a_class_too_large_to_enumerate_is_refused():
    # 4 variables, nothing independent: a complete graph has 4! = 24 DAGs; a limit of 10 must refuse, not guess
    statements = [Statement(x, y, frozenset(), False) for x, y in itertools.combinations(range(4), 2)]
    assert len(equivalence_class(4, statements).dags) == 24
    with pytest.raises(UserError, match="too many"):
        equivalence_class(4, statements, limit=10)


@pytest.mark.parametrize(
    "message, valid",
    [
        ("A correlates with B, B correlates with C, and A is independent of C. Do A and C have a common effect?", True),
        (
            "Premise: Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations "
            "among these 3 variables are as follows: A correlates with B. A correlates with C. B correlates with C. "
            "However, A and C are independent given B.\nHypothesis: A directly causes C.",
            False,
        ),
    ],
)
def test_the_agent_parser_routes_relation_messages_to_this_tool(message, valid):
    from copilot.parse import parse_question

    outcome = parse_question(message)
    assert isinstance(outcome.task, RelationTask)
    assert run(outcome.task, draw=False).valid is valid
