"""tools.policy: treatment policies learned and evaluated on data with a known optimal policy."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from copilot.errors import UserError
from copilot.explain import check_numbers, explain
from copilot.task import PolicyTask
from tools.policy import run


def threshold_data(n=2000, seed=0):
    """Treating helps by x (so the optimal policy treats exactly when x > 0); x2 confounds; seg is noise.
    Optimal value E[x * 1{x > 0}] = 1/sqrt(2*pi) = 0.399; treat-all and treat-none are both worth 0."""
    rng = np.random.default_rng(seed)
    x, x2, seg = rng.normal(size=n), rng.normal(size=n), rng.choice(["a", "b", "c"], n)
    t = (rng.random(n) < 1 / (1 + np.exp(-0.7 * x2))).astype(int)
    return pd.DataFrame({"x": x, "x2": x2, "seg": seg, "t": t, "y": x2 + t * x + rng.normal(size=n)})


def test_learned_rule_matches_the_optimal_policy_and_beats_treat_all_and_none():
    df = threshold_data()
    task = PolicyTask(treatment="t", outcome="y")
    res = run(task, df)
    assert res.kind == "policy" and res.method == "policy_tree" and res.levels == ["0", "1"]
    # the rule: treat when x is above a threshold near 0
    assert [r.action for r in res.rules] == ["0", "1"]
    low, high = res.rules
    assert low.rule.startswith("x ≤ ") and high.rule.startswith("x > ")
    assert abs(float(high.rule.split("> ")[1])) < 0.25
    assert sum(r.n for r in res.rules) == len(df)
    learned, none, everyone = res.values
    assert none.name == "treat no one (0)" and everyone.name == "treat everyone (1)"
    assert learned.ci_low < 1 / np.sqrt(2 * np.pi) < learned.ci_high
    assert none.ci_low < 0 < none.ci_high and everyone.ci_low < 0 < everyone.ci_high
    assert all(g.ci_low > 0 for g in res.gains)  # beats both baselines, with intervals above zero
    assert res.assigned_share["1"] == pytest.approx((df.x > 0).mean(), abs=0.08)
    assert [f.title for f in res.figures] == ["Policy tree (who gets what)", "Value of each policy (95% CI)"]
    assert all(Path(f.path).read_bytes()[:4] == b"\x89PNG" for f in res.figures)
    text = explain(task, res)
    assert text.startswith("**A policy tree deciding `t` gives mean `y` 0.4") and "Who gets what: x ≤" in text
    assert check_numbers(text, task, res)


def test_minimising_flips_the_rule():
    df = threshold_data(n=1500, seed=1)
    res = run(PolicyTask(treatment="t", outcome="y", maximize=False, features=["x"]), df)
    # treat when x is low (that lowers y): every treated leaf lies below a cut near 0, the untreated above it
    treated = [r for r in res.rules if r.action == "1"]
    assert treated and res.rules[-1].action == "0" and res.rules[-1].rule.startswith("x > ")
    assert abs(float(res.rules[-1].rule.split("> ")[1])) < 0.25
    assert res.assigned_share["1"] == pytest.approx((df.x < 0).mean(), abs=0.08)
    assert res.values[0].value < min(v.value for v in res.values[1:])
    assert all(g.ci_high < 0 for g in res.gains)
    assert any("Smaller y is better" in w for w in res.warnings)


def dose_data(n=2000, seed=2):
    """Three doses; in segment a the highest dose is best (+2 per level), in b the lowest (-1 per level)."""
    rng = np.random.default_rng(seed)
    seg = rng.choice(["a", "b"], n)
    age = rng.uniform(20, 70, n)
    dose = rng.integers(0, 3, n)
    slope = np.where(seg == "a", 2.0, -1.0)
    return pd.DataFrame({"seg": seg, "age": age, "dose": dose, "y": slope * dose + 0.05 * age + rng.normal(size=n)})


def test_best_level_per_segment_for_a_multi_valued_treatment():
    df = dose_data()
    for segment, best in (("a", "2"), ("b", "0")):
        task = PolicyTask(treatment="dose", outcome="y", features=[], at={"seg": segment})
        res = run(task, df)
        assert res.method == "best_level" and res.levels == ["0", "1", "2"] and res.best_level == best
        assert res.n_rows_used == int((df.seg == segment).sum())
        assert all(g.ci_low > 0 for g in res.gains)  # clearly better than each other dose
        text = explain(task, res)
        assert text.startswith(f"**Best single option for units with `seg` = {segment}: `dose` = {best}**")
        assert check_numbers(text, task, res)
    tree = run(PolicyTask(treatment="dose", outcome="y"), df)  # a tree over seg and age finds the split
    assert {r.rule: r.action for r in tree.rules} == {"seg ≠ b": "2", "seg = b": "0"}


def test_continuous_treatment_is_banded_and_continuous_at_is_a_window():
    rng = np.random.default_rng(4)
    n = 2000
    z, price = rng.uniform(0, 1, n), rng.uniform(0, 10, n)
    df = pd.DataFrame({"z": z, "price": price, "sales": -((price - 8 * z) ** 2) / 10 + rng.normal(size=n)})
    res = run(PolicyTask(treatment="price", outcome="sales", features=[], at={"z": 0.9}), df)
    assert len(res.levels) == 3 and res.best_level.startswith("price in [6.")  # near z = 0.9 the best price is 7.2
    assert any("cut into 3 bands" in w for w in res.warnings) and any("near 0.9" in w for w in res.warnings)
    assert res.n_rows_used == 400
    with pytest.raises(UserError, match="outside the data's range"):
        run(PolicyTask(treatment="price", outcome="sales", at={"z": 3.0}), df)


def test_policy_forest():
    df = threshold_data(n=1200, seed=3)
    res = run(PolicyTask(treatment="t", outcome="y", features=["x", "x2"], method="policy_forest"), df)
    assert res.method == "policy_forest" and not res.rules and res.gains[0].ci_low > 0
    assert res.assigned_share["1"] == pytest.approx((df.x > 0).mean(), abs=0.1)


def test_bad_inputs():
    df = threshold_data(n=300, seed=3)
    with pytest.raises(UserError, match="one value, so there is nothing"):
        run(PolicyTask(treatment="t", outcome="y"), df.assign(t=1))
    with pytest.raises(UserError, match="Only 5 usable rows got t = 1"):
        run(PolicyTask(treatment="t", outcome="y"), df.assign(t=(np.arange(len(df)) < 5).astype(int)))
    with pytest.raises(UserError, match="never equals 'z'"):
        run(PolicyTask(treatment="t", outcome="y", at={"seg": "z"}), df)
    with pytest.raises(UserError, match="at least one feature"):
        run(PolicyTask(treatment="t", outcome="y", features=[], method="policy_tree"), df)


def test_policy_task_json_runs_through_the_agent():
    from graphs.agent import Copilot

    df = threshold_data(n=1200, seed=5)
    answer = Copilot(lm=None).run_task(
        {"kind": "policy", "treatment": "t", "outcome": "y", "features": ["x"], "covariates": ["x", "x2"]},
        data=df, thread_id="policy",
    )
    assert answer.error is None, answer.explanation
    assert answer.result.kind == "policy" and answer.task["kind"] == "policy"
    assert [r.action for r in answer.result.rules] == ["0", "1"]
    assert answer.explanation.startswith("**A policy tree deciding `t`")
    assert answer.figures and all(f.path.endswith(".png") for f in answer.figures)


def test_lalonde_training_policy():
    """NSW experiment (causaldata): who should get job training to raise 1978 earnings?"""
    causaldata = pytest.importorskip("causaldata")
    df = causaldata.nsw_mixtape.load_pandas().data
    task = PolicyTask(treatment="treat", outcome="re78", features=["age", "educ", "re75"],
                      covariates=["age", "educ", "black", "hisp", "marr", "nodegree", "re74", "re75"])
    res = run(task, df)
    learned, none, everyone = res.values
    # a randomised experiment: treat-none / treat-all values must cover the control / treated arms' mean earnings
    assert none.ci_low < df.re78[df.treat == 0].mean() < none.ci_high
    assert everyone.ci_low < df.re78[df.treat == 1].mean() < everyone.ci_high
    text = explain(task, res)
    assert check_numbers(text, task, res)
    if not all(g.ci_low > 0 for g in res.gains):  # no rule that clearly beats a uniform choice: the text says so
        assert "does not clearly beat" in text
