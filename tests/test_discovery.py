"""Causal discovery: accuracy on data from known graphs, background knowledge, bootstrap, data handling."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from copilot.errors import UserError
from copilot.results import Edge
from copilot.task import Condition, DiscoverTask
from eval.discovery_bench import compare, sample_discrete, sample_linear, true_cpdag
from tools.discovery import run
from tools.discovery_search import edge_key

# A fixed 8-node DAG: two colliders (C, E), a chain, a fork, a long-range edge.
NODES = list("ABCDEFGH")
DAG = [("A", "C"), ("B", "C"), ("C", "D"), ("D", "E"), ("B", "F"), ("F", "E"), ("E", "G"), ("F", "H"), ("A", "H")]
# A 7-node discrete DAG (binary and ternary variables).
D_NODES = ["smoke", "age", "tar", "cough", "cancer", "xray", "visit"]
D_DAG = [("age", "smoke"), ("smoke", "tar"), ("tar", "cancer"), ("age", "cancer"), ("cancer", "xray"), ("cancer", "cough"), ("visit", "xray")]
D_LEVELS = {"smoke": 2, "age": 3, "tar": 2, "cough": 2, "cancer": 2, "xray": 3, "visit": 2}


@pytest.fixture(scope="module", autouse=True)
def _figure_dir(tmp_path_factory):
    old = os.environ.get("COPILOT_FIGURE_DIR")
    os.environ["COPILOT_FIGURE_DIR"] = str(tmp_path_factory.mktemp("figures"))
    yield
    if old is None:
        os.environ.pop("COPILOT_FIGURE_DIR", None)
    else:
        os.environ["COPILOT_FIGURE_DIR"] = old


@pytest.fixture(scope="module")
def gaussian() -> pd.DataFrame:
    return sample_linear(NODES, DAG, 2000, seed=0)


@pytest.fixture(scope="module")
def discrete() -> pd.DataFrame:
    return sample_discrete(D_NODES, D_DAG, 4000, seed=0, levels=D_LEVELS)


def _strs(result) -> set[str]:
    return {str(e) for e in result.edges}


# ------------------------------------------------------------------ scoring itself


def test_compare_counts_structural_differences():
    truth = [Edge(source="a", target="b"), Edge(source="b", target="c", type="--")]
    same = compare(truth, list(truth))
    assert same.shd == 0 and same.skeleton_f1 == 1.0
    flipped = compare(truth, [Edge(source="b", target="a"), Edge(source="c", target="b", type="--")])
    assert flipped.shd == 1 and flipped.skeleton_f1 == 1.0  # '--' is symmetric, the arrow is not
    assert flipped.oriented_precision == 0.0
    missing = compare(truth, [Edge(source="a", target="b"), Edge(source="a", target="c")])
    assert missing.shd == 2 and missing.skeleton_f1 == pytest.approx(0.5)
    assert edge_key(Edge(source="y", target="x", type="<->")) == ("x", "y", "<->")


def test_true_cpdag_keeps_compelled_arrows_only():
    cpdag = {str(e) for e in true_cpdag(["x", "y", "z"], [("x", "y"), ("y", "z")])}
    assert cpdag == {"x -- y", "y -- z"}  # a chain's orientation is not identifiable
    collider = {str(e) for e in true_cpdag(["x", "y", "z"], [("x", "z"), ("y", "z")])}
    assert collider == {"x -> z", "y -> z"}


# ------------------------------------------------------------------ accuracy on known graphs


def test_pc_fisherz_recovers_linear_gaussian_dag(gaussian):
    result = run(DiscoverTask(), gaussian)
    score = compare(true_cpdag(NODES, DAG), result.edges, true_dag=DAG)
    print(f"\nPC Fisher-z, 8-node linear-Gaussian DAG, 2k rows: {score}")
    assert result.method == "pc" and result.parameters["ci_test"] == "fisherz"
    assert "Fisher-z" in result.method_reason and "continuous" in result.method_reason
    assert score.skeleton_f1 >= 0.9
    assert score.shd <= 2
    assert score.oriented_precision >= 0.8
    assert result.nodes == NODES and result.n_rows_used == 2000 and result.n_rows_dropped == 0
    assert Path(result.figures[0].path).read_bytes()[:4] == b"\x89PNG"


def test_ges_bic_recovers_linear_gaussian_dag(gaussian):
    result = run(DiscoverTask(method="ges"), gaussian)
    score = compare(true_cpdag(NODES, DAG), result.edges, true_dag=DAG)
    print(f"\nGES BIC, 8-node linear-Gaussian DAG, 2k rows: {score}")
    assert result.parameters["score"] == "BIC"
    assert score.skeleton_f1 >= 0.9 and score.shd <= 2


def test_pc_chisq_recovers_discrete_dag(discrete):
    result = run(DiscoverTask(), discrete)
    score = compare(true_cpdag(D_NODES, D_DAG), result.edges, true_dag=D_DAG)
    print(f"\nPC chi-square, 7-node discrete DAG, 4k rows: {score}")
    assert result.parameters["ci_test"] == "chisq"
    assert "discrete" in result.method_reason and "chi-square" in result.method_reason
    assert score.skeleton_f1 >= 0.85
    assert score.shd <= 3


def test_ges_bdeu_on_discrete_dag(discrete):
    result = run(DiscoverTask(method="ges"), discrete)
    score = compare(true_cpdag(D_NODES, D_DAG), result.edges, true_dag=D_DAG)
    print(f"\nGES BDeu, 7-node discrete DAG, 4k rows: {score}")
    assert result.parameters["score"] == "BDeu"
    assert score.skeleton_f1 >= 0.8


def test_lingam_orients_every_edge_with_non_gaussian_noise():
    data = sample_linear(NODES, DAG, 2000, seed=0, noise="uniform")
    result = run(DiscoverTask(method="lingam"), data)
    score = compare([Edge(source=a, target=b) for a, b in DAG], result.edges, true_dag=DAG)
    print(f"\nDirectLiNGAM, 8-node linear DAG with uniform noise, 2k rows: {score}")
    assert all(e.type == "->" for e in result.edges)
    assert score.oriented_f1 >= 0.9
    assert not any("Gaussian" in w for w in result.warnings)


def test_lingam_warns_when_noise_is_gaussian(gaussian):
    result = run(DiscoverTask(method="lingam", variables=["A", "B", "C", "D"]), gaussian)
    assert any("look Gaussian" in w for w in result.warnings)


def test_fci_marks_a_hidden_common_cause():
    rng = np.random.default_rng(1)
    n = 3000
    hidden, c, d = rng.normal(size=(3, n))
    data = pd.DataFrame({"a": hidden + c + rng.normal(size=n), "b": hidden + d + rng.normal(size=n), "c": c, "d": d})
    result = run(DiscoverTask(method="fci"), data)
    print(f"\nFCI with a hidden confounder of a and b: {sorted(_strs(result))}")
    assert "a <-> b" in _strs(result) or "b <-> a" in _strs(result)
    assert {"c o-> a", "d o-> b"} <= _strs(result)
    assert "hidden common causes" in result.method_reason


# ------------------------------------------------------------------ background knowledge


@pytest.fixture(scope="module")
def chain() -> pd.DataFrame:
    rng = np.random.default_rng(2)
    n = 2000
    x = rng.normal(size=n)
    y = x + rng.normal(size=n)
    z = y + rng.normal(size=n)
    w = 0.8 * z + rng.normal(size=n)
    return pd.DataFrame({"x": x, "y": y, "z": z, "w": w})


def test_tiers_orient_a_chain_that_data_alone_cannot(chain):
    plain = run(DiscoverTask(), chain)
    assert _strs(plain) == {"x -- y", "y -- z", "z -- w"}
    for method in ("pc", "fci", "ges"):
        tiered = run(DiscoverTask(method=method, tiers=[["x"], ["y"], ["z", "w"]]), chain)
        assert _strs(tiered) == {"x -> y", "y -> z", "z -> w"}, method
        assert tiered.parameters["background_knowledge"]["tiers"] == [["x"], ["y"], ["z", "w"]]
    # The data are Gaussian, so DirectLiNGAM needs the whole order from the tiers.
    ordered = run(DiscoverTask(method="lingam", tiers=[["x"], ["y"], ["z"], ["w"]]), chain)
    assert _strs(ordered) == {"x -> y", "y -> z", "z -> w"}


def test_forbidden_and_required_edges_are_honoured_and_reported(chain):
    task = dict(forbidden_edges=[("y", "z"), ("z", "y")], required_edges=[("x", "w")])
    for method in ("pc", "ges"):
        result = run(DiscoverTask(method=method, **task), chain)
        names = {frozenset((e.source, e.target)) for e in result.edges}
        assert frozenset(("y", "z")) not in names, method
        assert "x -> w" in _strs(result), method
        assert any("required edge x -> w" in w for w in result.warnings), method
    ges = run(DiscoverTask(method="ges", **task), chain)
    assert any("GES in causal-learn takes no background knowledge" in w for w in ges.warnings)
    lingam = run(DiscoverTask(method="lingam", forbidden_edges=[("x", "y")], tiers=[["y"], ["x", "z", "w"]]), chain)
    assert "y -> x" in _strs(lingam) and "x -> y" not in _strs(lingam)
    assert any("path constraints" in w for w in lingam.warnings)


def test_contradictory_knowledge_is_refused(chain):
    with pytest.raises(UserError, match="both required and forbidden"):
        run(DiscoverTask(required_edges=[("x", "y")], forbidden_edges=[("x", "y")]), chain)
    with pytest.raises(UserError, match="later tier"):
        run(DiscoverTask(required_edges=[("z", "x")], tiers=[["x"], ["z"]]), chain)
    with pytest.raises(UserError, match="not among the chosen variables"):
        run(DiscoverTask(variables=["x", "y"], required_edges=[("x", "z")]), chain)


# ------------------------------------------------------------------ bootstrap


def test_bootstrap_stability_is_seeded_and_meaningful(chain):
    noisy = chain.assign(noise=np.random.default_rng(3).normal(size=len(chain)))
    first = run(DiscoverTask(bootstrap=30, seed=7), noisy)
    again = run(DiscoverTask(bootstrap=30, seed=7), noisy)
    assert [(str(e), e.stability) for e in first.edges] == [(str(e), e.stability) for e in again.edges]
    assert all(0.0 <= e.stability <= 1.0 for e in first.edges)
    strong = {str(e): e.stability for e in first.edges}
    assert strong["x -- y"] >= 0.9 and strong["z -- w"] >= 0.9
    assert not any("noise" in (e.source, e.target) for e in first.edges)
    assert first.parameters["bootstrap"] == 30


# ------------------------------------------------------------------ data handling


def test_mixed_table_is_cleaned_encoded_and_explained():
    rng = np.random.default_rng(4)
    n = 1500
    x = rng.normal(size=n)
    y = x + rng.normal(size=n)
    z = y + rng.normal(size=n)
    frame = pd.DataFrame(
        {
            "id": np.arange(n),
            "x": x,
            "colour": np.where(x > 0.5, "red", np.where(x < -0.5, "blue", "green")),
            "y": y,
            "z": z,
            "note": [f"free text comment number {i} about the visit" for i in range(n)],
            "day": pd.date_range("2020-01-01", periods=n).astype(str),
        }
    )
    frame.loc[:19, "y"] = np.nan
    result = run(DiscoverTask(), frame)
    assert result.nodes == ["x", "colour", "y", "z"]
    assert result.n_rows_dropped == 20 and result.n_rows_used == n - 20
    joined = " ".join(result.warnings)
    for fragment in ("'id' because it looks like a row identifier", "'note' because it is a text column",
                     "'day' because it is a date column", "Dropped 20 of 1500 rows", "quantile bins"):
        assert fragment in joined
    assert result.parameters["category_codes"] == {"colour": ["blue", "green", "red"]}
    assert result.parameters["ci_test"] == "chisq" and "unordered categories (colour)" in result.method_reason
    skeleton = {frozenset((e.source, e.target)) for e in result.edges}
    assert {frozenset(("x", "colour")), frozenset(("x", "y")), frozenset(("y", "z"))} <= skeleton
    assert frozenset(("x", "z")) not in skeleton


def test_conditions_filter_rows_before_discovery(chain):
    result = run(DiscoverTask(conditions=[Condition(column="x", op=">", value=0)]), chain)
    assert result.n_rows_used == int((chain["x"] > 0).sum())


def test_user_errors_say_what_to_do(chain):
    with pytest.raises(UserError, match="Did you mean 'x'"):
        run(DiscoverTask(variables=["X", "y"]), chain)
    with pytest.raises(UserError, match="at least two usable variables"):
        run(DiscoverTask(variables=["x"]), chain)
    with pytest.raises(UserError, match="collinear"):
        run(DiscoverTask(), chain.assign(copy=chain["x"] + chain["y"]))
    with pytest.raises(UserError, match="Only 20 usable rows; at least 30"):
        run(DiscoverTask(), chain.head(20))


def test_kci_runs_on_request_on_a_seeded_subsample(chain, monkeypatch):
    monkeypatch.setattr("tools.discovery_plan.KCI_MAX_ROWS", 100)  # the real cap is 800; keep the test quick
    result = run(DiscoverTask(ci_test="kci", variables=["x", "y", "z"]), chain.head(200))
    assert result.parameters["ci_test"] == "kci" and result.parameters["n_rows"] == 100
    assert any("random 100 of the 200 rows" in w for w in result.warnings)
    assert {frozenset(("x", "y")), frozenset(("y", "z"))} <= {frozenset((e.source, e.target)) for e in result.edges}


def test_missing_table_is_a_user_error():
    with pytest.raises(UserError, match="needs a data table"):
        run(DiscoverTask(), None)


def test_benchmark_times_and_scores_every_method():
    from eval.discovery_bench import benchmark

    rows = benchmark(rows=(300,), n_vars=5, methods=("pc", "fci", "pc-chisq"), seed=1)
    assert [r["method"] for r in rows] == ["pc", "fci", "pc-chisq"]
    for r in rows:
        assert r["rows"] == 300 and r["seconds"] >= r["search_seconds"] > 0
        assert 0.0 <= r["skeleton_f1"] <= 1.0
    assert next(r for r in rows if r["method"] == "fci")["shd"] is None
