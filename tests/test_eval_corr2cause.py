"""`python -m eval corr2cause` on slices of the real test file, the robustness sets, and the label
corrections (each re-derived by brute force over the skeleton's orientations with networkx)."""

from __future__ import annotations

import itertools
import json

import networkx as nx
import pandas as pd
import pytest

from eval import corr2cause
from eval.corr2cause_perturb import SETS, build, parse_item, render, set_path
from tools.relations import split_question
from copilot.understand.premises import parse_hypothesis, parse_premise

TEST_CSV = corr2cause.DEFAULT_DATA
pytestmark = pytest.mark.shared_data("corr2cause/test.csv")


@pytest.fixture(scope="module")
def test_data() -> pd.DataFrame:
    return pd.read_csv(TEST_CSV)


def test_cli_on_a_slice_writes_every_output(tmp_path):
    rc = corr2cause.main(["--data", str(TEST_CSV), "--out", str(tmp_path), "--limit", "120", "--quiet"])
    assert rc == 0
    metrics = json.loads((tmp_path / "metrics.json").read_text())
    for key in ("f1", "precision", "recall", "accuracy", "per_template", "per_num_variables", "seconds", "corrected"):
        assert key in metrics
    assert metrics["n_items"] == 120 and metrics["n_errors"] == 0 and metrics["n_inconsistent"] == 0
    predictions = pd.read_csv(tmp_path / "predictions.csv")
    assert list(predictions.columns) == ["row", "prediction"] and predictions["row"].tolist() == list(range(120))
    # rows 0-114 carry no correction: the logic agrees with every published label there; row 115 is the
    # first disagreement (every DAG of its class has a common effect of A and B, the label says no)
    misclassified = pd.read_csv(tmp_path / "misclassified.csv")
    assert misclassified["row"].tolist() == [115]
    assert misclassified.loc[0, "n_dags"] == misclassified.loc[0, "n_dags_holding"] == 10
    assert metrics["corrected"]["n_corrections_applied"] == 1 and metrics["corrected"]["accuracy"] == 100.0
    assert set(metrics["per_template"]) == set(pd.read_csv(TEST_CSV).head(120)["template"])


def test_score_counts_the_valid_class():
    s = corr2cause.score([1, 1, 0, 0, 1], [1, 0, 0, 1, 1])
    assert (s["tp"], s["fp"], s["fn"], s["tn"]) == (2, 1, 1, 1)
    assert s["f1"] == pytest.approx(66.67) and s["accuracy"] == 60.0
    assert corr2cause.score([0, 0], [0, 0])["f1"] is None


def test_corrections_file_lists_each_disagreement_with_class_and_witness(test_data):
    corrections = pd.read_csv(corr2cause.CORRECTIONS)
    assert len(corrections) == 33 and 553 in corrections["row"].tolist()
    for _, c in corrections.iterrows():
        assert test_data["label"][c["row"]] == c["published_label"] != c["logic_label"]
        assert test_data["template"][c["row"]] == c["template"]
        assert c["witness_dag"] and c["equivalence_class"] and c["reason"]
        # a "yes" holds in every DAG; a "no" is shown by a DAG where it fails
        assert (c["n_dags_holding"] == c["n_dags"]) == (c["logic_label"] == 1)


def _brute_force_label(text: str) -> int:
    """Independent re-derivation: every acyclic orientation of the skeleton whose networkx d-separations are
    exactly the stated independencies, then the relation in each (no Meek rules, no shared enumeration)."""
    premise, hypothesis = split_question(text)
    parsed = parse_premise(premise)
    hyp = parse_hypothesis(hypothesis, parsed.variables)
    n = len(parsed.variables)
    independent = {(frozenset((s.x, s.y)), s.given) for s in parsed.statements if s.independent}
    separated_pairs = {pair for pair, _ in independent}
    skeleton = [p for p in itertools.combinations(range(n), 2) if frozenset(p) not in separated_pairs]
    x, y = parsed.variables.index(hyp.x), parsed.variables.index(hyp.y)
    verdicts = []
    for bits in range(1 << len(skeleton)):
        graph = nx.DiGraph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from((b, a) if bits >> k & 1 else (a, b) for k, (a, b) in enumerate(skeleton))
        if not nx.is_directed_acyclic_graph(graph):
            continue
        if any(
            nx.is_d_separator(graph, {u}, {v}, set(given)) != ((frozenset((u, v)), frozenset(given)) in independent)
            for u, v in itertools.combinations(range(n), 2)
            for k in range(n - 1)
            for given in itertools.combinations([w for w in range(n) if w not in (u, v)], k)
        ):
            continue
        children = lambda node: set(graph.successors(node))  # noqa: E731
        relation = hyp.relation
        if relation == "parent":
            verdicts.append(graph.has_edge(x, y))
        elif relation == "non-parent ancestor":
            verdicts.append(nx.has_path(graph, x, y) and not graph.has_edge(x, y))
        elif relation == "mediated ancestor":
            verdicts.append(any(nx.has_path(graph, c, y) for c in children(x) if c != y))
        elif relation == "has_collider":
            verdicts.append(bool(children(x) & children(y)))
        elif relation == "has_confounder":
            verdicts.append(bool(set(graph.predecessors(x)) & set(graph.predecessors(y))))
        else:
            raise AssertionError(relation)
    assert verdicts, "the statements should admit at least one DAG"
    return int(all(verdicts))


def test_small_corrections_hold_by_brute_force(test_data):
    corrections = pd.read_csv(corr2cause.CORRECTIONS)
    small = corrections[corrections["num_variables"] <= 5]
    assert len(small) >= 5
    for _, c in small.iterrows():
        assert _brute_force_label(test_data["input"][c["row"]]) == c["logic_label"], c["row"]


@pytest.mark.slow
def test_every_correction_holds_by_brute_force(test_data):
    for _, c in pd.read_csv(corr2cause.CORRECTIONS).iterrows():
        assert _brute_force_label(test_data["input"][c["row"]]) == c["logic_label"], c["row"]


def test_perturbation_round_trips_and_is_reproducible(test_data):
    import random

    for text in test_data["input"][:200]:
        assert render(parse_item(text), random.Random(0), paraphrase=False, names={}) == text.strip()
    head = test_data.head(30)
    for which in SETS:
        stored = pd.read_csv(set_path(which)).head(30)
        rebuilt = build(head, which, seed=0)
        assert stored["input"].tolist() == rebuilt["input"].tolist()
        assert stored["label"].tolist() == head["label"].tolist()


@pytest.mark.parametrize("which", SETS)
def test_robustness_sets_give_identical_predictions_on_a_sample(test_data, which):
    rows = list(range(0, len(test_data), 29)) + [232, 553, 788]  # every template and size, and the hard cases
    perturbed = pd.read_csv(set_path(which))
    for row in rows:
        original = corr2cause.evaluate_item(test_data["input"][row])
        changed = corr2cause.evaluate_item(perturbed["input"][row])
        assert changed["error"] == "" and original["prediction"] == changed["prediction"], (row, changed)


@pytest.mark.slow
def test_full_test_set_and_robustness_sets(tmp_path):
    rc = corr2cause.main(["--out", str(tmp_path), "--robustness", "--quiet"])
    report = json.loads((tmp_path / "robustness.json").read_text())
    assert rc == 0
    assert all(report[name]["n_predictions_changed"] == 0 for name in SETS)
    metrics = json.loads((tmp_path / "original" / "metrics.json").read_text())
    assert metrics["n_differ_from_published"] == 33 and metrics["corrected"]["f1"] == 100.0
    assert metrics["seconds"] < 60
