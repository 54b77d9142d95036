"""tools.mediation: natural direct/indirect effects with bootstrap CIs, linear and binary cases."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from copilot.errors import UserError
from copilot.task import MediationTask
from tools.adjustment import derived_from_outcome
from tools.mediation import dowhy_two_stage, linear_effects, run


def linear_data(n=2000, seed=0):
    """NDE = 1.0, NIE = 0.8 * 1.5 = 1.2; w confounds everything."""
    rng = np.random.default_rng(seed)
    w = rng.normal(size=n)
    t = (rng.random(n) < 1 / (1 + np.exp(-w))).astype(int)
    m = 0.8 * t + 0.5 * w + rng.normal(size=n)
    y = 1.0 * t + 1.5 * m + 0.3 * w + rng.normal(size=n)
    return pd.DataFrame({"t": t, "m": m, "y": y, "w": w})


def test_linear_mediation_recovers_nde_nie():
    df = linear_data()
    res = run(MediationTask(treatment="t", outcome="y", mediator="m", n_bootstrap=100), df)
    assert res.method.startswith("two-stage linear regression (dowhy)")
    assert res.adjustment_set == ["w"]
    assert res.nde_ci[0] < 1.0 < res.nde_ci[1]
    assert res.nie_ci[0] < 1.2 < res.nie_ci[1]
    assert res.total_ci[0] < 2.2 < res.total_ci[1]
    assert res.proportion_ci[0] < 1.2 / 2.2 < res.proportion_ci[1]
    assert res.total_effect == pytest.approx(res.nde + res.nie)
    assert Path(res.figures[0].path).read_bytes()[:4] == b"\x89PNG"


def test_dowhy_and_numpy_two_stage_agree():
    df = linear_data(n=500, seed=1)
    ref = dowhy_two_stage(df, "t", "m", "y", ["w"])
    mine = linear_effects(df.t.to_numpy(float), df.m.to_numpy(), df.y.to_numpy(), df[["w"]].to_numpy())
    assert ref["nde"] == pytest.approx(mine["nde"], rel=1e-6)
    assert ref["nie"] == pytest.approx(mine["nie"], rel=1e-6)
    # a dose contrast scales linearly
    scaled = dowhy_two_stage(df, "t", "m", "y", ["w"], contrast=(1.0, 3.0))
    assert scaled["nie"] == pytest.approx(2 * ref["nie"], rel=1e-6)


def _binary_truth(a=(-0.5, 1.2, 0.5), b=(-1.0, 0.7, 1.0, 0.3), n=400_000, seed=9):
    """NDE/NIE of the binary model below by Monte Carlo over potential outcomes."""
    rng = np.random.default_rng(seed)
    w = rng.normal(size=n)
    pm = lambda t: 1 / (1 + np.exp(-(a[0] + a[1] * t + a[2] * w)))  # noqa: E731
    py = lambda t, m: 1 / (1 + np.exp(-(b[0] + b[1] * t + b[2] * m + b[3] * w)))  # noqa: E731
    ey = lambda t, tm: np.mean(pm(tm) * py(t, 1) + (1 - pm(tm)) * py(t, 0))  # noqa: E731
    return ey(1, 0) - ey(0, 0), ey(1, 1) - ey(1, 0)


def test_binary_mediator_and_outcome_by_simulation():
    rng = np.random.default_rng(3)
    n = 4000
    w = rng.normal(size=n)
    t = (rng.random(n) < 1 / (1 + np.exp(-0.5 * w))).astype(int)
    m = (rng.random(n) < 1 / (1 + np.exp(-(-0.5 + 1.2 * t + 0.5 * w)))).astype(int)
    y = (rng.random(n) < 1 / (1 + np.exp(-(-1.0 + 0.7 * t + 1.0 * m + 0.3 * w)))).astype(int)
    df = pd.DataFrame({"t": t, "m": np.where(m == 1, "yes", "no"), "y": y, "w": w})
    nde, nie = _binary_truth()
    res = run(MediationTask(treatment="t", outcome="y", mediator="m", n_bootstrap=100), df)
    assert res.method.startswith("mediation formula by simulation (logistic mediator model, logistic outcome model")
    assert res.nde_ci[0] < nde < res.nde_ci[1]
    assert res.nie_ci[0] < nie < res.nie_ci[1]
    assert 0 < res.proportion_mediated < 1


def test_simulation_matches_linear_on_linear_data():
    df = linear_data(n=1500, seed=4)
    lin = run(MediationTask(treatment="t", outcome="y", mediator="m", method="linear", n_bootstrap=0), df)
    sim = run(MediationTask(treatment="t", outcome="y", mediator="m", method="simulation", n_bootstrap=0), df)
    assert sim.nie == pytest.approx(lin.nie, abs=0.1) and sim.nde == pytest.approx(lin.nde, abs=0.1)
    assert lin.nde_ci is None  # no bootstrap asked


def test_bad_inputs():
    df = linear_data(n=200)
    with pytest.raises(UserError, match="mediator 't' must differ"):
        run(MediationTask(treatment="t", outcome="y", mediator="t"), df)
    with pytest.raises(UserError, match="same value in every usable row"):
        run(MediationTask(treatment="t", outcome="y", mediator="m", n_bootstrap=0), df.assign(m=1.0))
    with pytest.raises(UserError, match="Column 'M ' is not in the data. Did you mean 'm'"):
        run(MediationTask(treatment="t", outcome="y", mediator="M "), df)
    with pytest.raises(UserError, match="Only 10 usable rows"):
        run(MediationTask(treatment="t", outcome="y", mediator="m", covariates=["w"]), df.assign(w=np.where(np.arange(200) < 10, 1.0, np.nan)))



def test_reason_for_dropping_a_mediator_derived_column_keeps_column_names():
    """A column computed from the mediator is left out, and the reason names the mediator as it is
    spelled: a mediator called `outcomescore` must not be reported as `mediatorscore`."""
    df = linear_data(n=600, seed=4).rename(columns={"m": "outcomescore"})
    df["outcomescore_scaled"] = 2 * df["outcomescore"] + 1
    res = run(MediationTask(treatment="t", outcome="y", mediator="outcomescore", n_bootstrap=0), df)
    assert "outcomescore_scaled" not in res.adjustment_set
    note = next(w for w in res.warnings if w.startswith("Not adjusted for:"))
    assert "outcomescore_scaled (plausibly post-treatment: its name contains the mediator's name 'outcomescore'" in note
    assert "computed from the mediator)" in note and "mediatorscore" not in note


def test_derived_reason_says_the_role_and_keeps_the_name():
    df = pd.DataFrame({"outcome_score": np.arange(40.0), "outcome_score_log": np.log1p(np.arange(40.0)), "z": np.arange(40) % 2})
    why = derived_from_outcome(df, "outcome_score_log", "outcome_score", role="mediator")
    assert why == "its name contains the mediator's name 'outcome_score', so it is probably computed from the mediator"
    df["rescaled"] = 3 * df["outcome_score"] + 1
    assert derived_from_outcome(df, "rescaled", "outcome_score", role="mediator") == (
        "it is an almost exact function of the mediator (rank correlation 1.000)")
