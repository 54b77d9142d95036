"""tools.effects: ATE through dowhy recovers known effects, the LaLonde experiment, and rejects bad input."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from copilot.data import load_table
from copilot.errors import UserError
from copilot.task import AteTask, Condition
from tools.adjustment import choose_adjustment, derived_from_outcome
from tools.effects import run

FAST = dict(n_bootstrap=30, n_refute=3)


def confounded(n=1500, seed=0, effect=2.0):
    """Binary treatment confounded by x1, x2 and a categorical; plus an outcome-derived column and an id."""
    rng = np.random.default_rng(seed)
    x1, x2 = rng.normal(size=n), rng.normal(size=n)
    city = rng.choice(["Oslo", "Rome", "Lima"], n)
    p = 1 / (1 + np.exp(-(1.0 * x1 - 0.7 * x2 + 0.5 * (city == "Rome"))))
    t = (rng.random(n) < p).astype(int)
    y = effect * t + 1.5 * x1 + 1.0 * x2 + 1.0 * (city == "Rome") + rng.normal(size=n)
    return pd.DataFrame(
        {"customer_id": np.arange(n), "x1": x1, "x2": x2, "city": city, "t": t, "y": y, "y_rank": pd.Series(y).rank()}
    )


def test_binary_treatment_recovered_by_every_estimator():
    df = confounded()
    naive = df.loc[df.t == 1, "y"].mean() - df.loc[df.t == 0, "y"].mean()
    res = run(AteTask(treatment="t", outcome="y", seed=1), df, **FAST)
    assert res.estimand == "backdoor"
    assert sorted(res.adjustment_set) == ["city", "x1", "x2"]
    assert "y_rank" in res.excluded_columns and "post-treatment" in res.excluded_columns["y_rank"]
    assert "identifier" in res.excluded_columns["customer_id"]
    rows = [(res.method, res.estimate, res.ci_low, res.ci_high)] + [
        (r.method, r.estimate, r.ci_low, r.ci_high) for r in res.other_estimates
    ]
    assert {r[0] for r in rows} == {"linear regression", "propensity-score weighting", "double machine learning (LinearDML)"}
    for method, est, lo, hi in rows:
        assert lo < 2.0 < hi, (method, est, lo, hi)
        assert not (lo < naive < hi), "the confounded difference in means must lie outside the adjusted CI"
    assert res.method == "double machine learning (LinearDML)"
    assert res.n_rows_used == 1500 and res.n_rows_dropped == 0
    assert [r.name for r in res.refutations] == ["placebo treatment", "random common cause", "data subset"]
    assert all(r.passed for r in res.refutations), res.refutations
    assert abs(res.refutations[0].new_effect) < 0.3
    assert Path(res.figures[0].path).read_bytes()[:4] == b"\x89PNG"


def test_continuous_treatment_with_stated_covariates_and_missing_rows():
    rng = np.random.default_rng(3)
    n = 1200
    z = rng.normal(size=n)
    dose = 2 + z + rng.normal(size=n)
    y = 0.5 * dose + 2 * z + rng.normal(size=n)
    df = pd.DataFrame({"dose": dose, "z": z, "y": y})
    df.loc[:49, "z"] = np.nan
    res = run(AteTask(treatment="dose", outcome="y", covariates=["z"], method="linear_regression", refute=False), df, **FAST)
    assert res.ci_low < 0.5 < res.ci_high
    assert res.n_rows_dropped == 50 and res.n_rows_used == n - 50
    assert any("Dropped 50 of 1" in w and "missing value" in w for w in res.warnings)
    assert any("one-unit increase" in w for w in res.warnings)
    assert "propensity" not in " ".join(r.method for r in res.other_estimates)


@pytest.fixture(scope="module")
def nsw_csv(tmp_path_factory):
    causaldata = pytest.importorskip("causaldata")
    path = tmp_path_factory.mktemp("nsw") / "nsw.csv"
    causaldata.nsw_mixtape.load_pandas().data.to_csv(path, index=False)
    return path


def test_lalonde_nsw_difference_in_means_and_adjusted(nsw_csv):
    df = load_table(nsw_csv)
    plain = run(AteTask(treatment="treat", outcome="re78", covariates=[]), df, **FAST)
    assert plain.method == "linear regression" and plain.estimand == "adjustment"
    assert plain.estimate == pytest.approx(1794.34, abs=1.0)
    assert plain.ci_low < 1794 < plain.ci_high and plain.ci_low > 0
    assert any("Nothing was adjusted for" in w for w in plain.warnings)
    adjusted = run(AteTask(treatment="treat", outcome="re78", seed=0), df, **FAST)
    assert {"age", "educ", "re74", "re75", "black"} <= set(adjusted.adjustment_set)
    assert "data_id" in adjusted.excluded_columns  # constant column
    assert "re75" not in adjusted.excluded_columns  # pre-treatment earnings are not 'derived from re78'
    # The experiment is randomised: adjustment moves the estimate little.
    assert 1000 < adjusted.estimate < 2600
    assert adjusted.ci_low < 1794 < adjusted.ci_high
    assert adjusted.treatment_values == (0, 1)


def test_graph_backdoor_frontdoor_and_instrument():
    rng = np.random.default_rng(5)
    n = 2000
    u = rng.normal(size=n)
    t = (u + rng.normal(size=n) > 0).astype(int)
    m = 1.5 * t + rng.normal(size=n)
    y = 2.0 * m + 2.0 * u + rng.normal(size=n)
    df = pd.DataFrame({"t": t, "m": m, "y": y})
    # u is unobserved: the back door is closed only through the front door (truth 1.5 * 2.0 = 3.0)
    res = run(AteTask(treatment="t", outcome="y", graph=[("u", "t"), ("u", "y"), ("t", "m"), ("m", "y")]), df, **FAST)
    assert res.estimand == "frontdoor"
    assert res.ci_low < 3.0 < res.ci_high
    assert any("unobserved: u" in w for w in res.warnings)

    # back door with a graph: adjust for the confounder, not the collider
    c = rng.normal(size=n)
    t2 = (c + rng.normal(size=n) > 0).astype(int)
    y2 = 1.0 * t2 + c + rng.normal(size=n)
    coll = t2 + y2 + rng.normal(size=n)
    df2 = pd.DataFrame({"c": c, "t": t2, "y": y2, "coll": coll})
    res2 = run(AteTask(treatment="t", outcome="y", method="linear_regression", graph=[("c", "t"), ("c", "y"), ("t", "y"), ("t", "coll"), ("y", "coll")]), df2, **FAST)
    assert res2.estimand == "backdoor" and res2.adjustment_set == ["c"]
    assert "coll" in res2.excluded_columns
    assert res2.ci_low < 1.0 < res2.ci_high

    # instrument named in the task (truth 1.0; u confounds)
    zi = rng.normal(size=n)
    t3 = zi + u + rng.normal(size=n)
    y3 = 1.0 * t3 + 2 * u + rng.normal(size=n)
    res3 = run(AteTask(treatment="t", outcome="y", instrument="z", covariates=[]), pd.DataFrame({"z": zi, "t": t3, "y": y3}), **FAST)
    assert res3.estimand == "iv"
    assert res3.ci_low < 1.0 < res3.ci_high


def test_instrument_valid_only_given_a_covariate_is_adjusted_by_2sls():
    # x drives the instrument and the outcome, u confounds t and y (truth 2.0): ignoring x biases IV
    rng = np.random.default_rng(0)
    n = 3000
    x, u = rng.normal(size=n), rng.normal(size=n)
    z = (rng.random(n) < 1 / (1 + np.exp(-2 * x))).astype(int)
    t = 0.8 * z + 0.5 * u + 0.7 * x + rng.normal(size=n)
    y = 2.0 * t + 1.5 * u + 2.0 * x + rng.normal(size=n)
    df = pd.DataFrame({"x": x, "z": z, "t": t, "y": y})
    res = run(AteTask(treatment="t", outcome="y", instrument="z", covariates=["x"]), df, **FAST)
    assert res.estimand == "iv" and res.adjustment_set == ["x"]
    assert res.method.startswith("two-stage least squares")
    assert res.ci_low < 2.0 < res.ci_high
    wald = next(r for r in res.other_estimates if r.method.startswith("instrumental variable"))
    assert abs(wald.estimate - 2.0) > 1.0  # the covariate-blind Wald estimate is badly off here
    assert res.refutations  # refuted through dowhy's own IV estimator


def test_text_treatment_with_two_levels_and_conditions():
    df = confounded(n=800, seed=2)
    df["arm"] = np.where(df.t == 1, "drug", "placebo")
    df = df.drop(columns=["t"])
    res = run(
        AteTask(treatment="arm", outcome="y", covariates=["x1", "x2", "city"], method="linear_regression",
                conditions=[Condition(column="x2", op=">", value=-5)], refute=False),
        df, **FAST,
    )
    assert res.treatment_values == ("placebo", "drug")
    assert res.ci_low < 2.0 < res.ci_high


def test_post_treatment_detection():
    rng = np.random.default_rng(0)
    y = rng.normal(size=300)
    df = pd.DataFrame({
        "y": y, "t": rng.integers(0, 2, 300), "pre": rng.normal(size=300),
        "y_high": (y > 0).astype(int), "log_y_plus": np.exp(y), "sales": rng.normal(size=300),
    })
    assert derived_from_outcome(df, "y_high", "y") is not None  # a cut of the outcome
    assert derived_from_outcome(df, "log_y_plus", "y") is not None  # a monotone function
    assert derived_from_outcome(df, "pre", "y") is None
    used, excluded = choose_adjustment(df.rename(columns={"y": "sales_2024", "sales": "sales_2023"}), "t", "sales_2024")
    assert "sales_2023" in used  # similar name, but the outcome's name is not part of it
    # unique integers are an identifier only when they count rows or are named like one
    ids = pd.DataFrame({"t": df.t, "y": df.y, "row": np.arange(300) + 1, "income": rng.permutation(10**6)[:300], "user_key": rng.permutation(300) * 7})
    used, excluded = choose_adjustment(ids, "t", "y")
    assert used == ["income"] and set(excluded) == {"row", "user_key"}


@pytest.mark.parametrize(
    "task_kwargs, mutate, message",
    [
        (dict(treatment="t", outcome="Y rank"), None, "Column 'Y rank' is not in the data. Did you mean 'y_rank'"),
        (dict(treatment="t", outcome="y"), lambda d: d.assign(t=1), "same value \\(1\\) in every usable row"),
        (dict(treatment="t", outcome="y"), lambda d: d.head(20), "Only 20 usable rows"),
        (dict(treatment="t", outcome="y", covariates=["empty"]), lambda d: d.assign(empty=np.nan), "'empty' is entirely missing"),
        (dict(treatment="t", outcome="t"), None, "treatment and the outcome are the same column"),
        (dict(treatment="t", outcome="city"), None, "outcome 'city' is text with 3 values"),
        (dict(treatment="city", outcome="y"), None, "treatment 'city' has 3 text values.*Say which two values"),
        (dict(treatment="t", outcome="y", conditions=[Condition(column="x1", op=">", value=99)]), None, "No rows are left"),
        (dict(treatment="t", outcome="y", graph=[("t", "y"), ("y", "x1"), ("x1", "t")]), None, "graph has a cycle"),
        (dict(treatment="x1", outcome="y", method="propensity_weighting"), None, "needs a yes/no treatment"),
        (dict(treatment="t", outcome="y", covariates=[], method="dml"), None, "needs covariates to adjust for"),
    ],
)
def test_bad_inputs_say_what_to_do(task_kwargs, mutate, message):
    df = confounded(n=200, seed=4)
    if mutate is not None:
        df = mutate(df)
    with pytest.raises(UserError, match=message):
        run(AteTask(refute=False, **task_kwargs), df, **FAST)
