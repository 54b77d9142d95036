"""The estimator registry recovers a known effect on confounded synthetic data."""

from __future__ import annotations

import numpy as np
import pytest

from copilot.errors import UserError
from tools.estimators import ESTIMATORS, CateFit, fit_estimator


def _confounded(n: int = 600, seed: int = 0):
    """Y = 1 + 2*X0 + (1 + X1) * T + noise, T depends on X0: the naive contrast is biased."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    p = 1 / (1 + np.exp(-1.5 * x[:, 0]))
    t = rng.binomial(1, p)
    tau = 1.0 + x[:, 1]
    y = 1.0 + 2.0 * x[:, 0] + tau * t + rng.normal(scale=0.5, size=n)
    return y, t, x, tau


@pytest.fixture(scope="module")
def data():
    return _confounded()


@pytest.mark.parametrize("name", [n for n in ESTIMATORS if n != "diff_in_means"])
def test_adjusting_estimators_recover_ate(name, data):
    y, t, x, tau = data
    fit = fit_estimator(name, y, t, x, seed=1, feature_names=["a", "b", "c"])
    assert isinstance(fit, CateFit) and fit.name == name
    assert fit.cate.shape == (len(y),)
    assert abs(fit.ate - tau.mean()) < 0.25, (name, fit.ate, tau.mean())
    if fit.ate_ci is not None:
        lo, hi = fit.ate_ci
        assert lo < fit.ate < hi and hi - lo < 1.0


def test_confounding_biases_diff_in_means(data):
    y, t, x, tau = data
    naive = fit_estimator("diff_in_means", y, t)
    adjusted = fit_estimator("ols", y, t, x)
    assert naive.ate - tau.mean() > 1.0  # X0 raises both T and Y
    assert abs(adjusted.ate - tau.mean()) < 0.15
    assert naive.ate_ci[0] < naive.ate < naive.ate_ci[1]


def test_heterogeneity_is_found_and_attributed(data):
    y, t, x, tau = data
    fit = fit_estimator("causal_forest", y, t, x, seed=0, feature_names=["a", "b", "c"])
    assert np.corrcoef(fit.cate, tau)[0, 1] > 0.7
    # the modifier b matters, the irrelevant c does not (a can score too: it drives confounding)
    assert fit.feature_importance["b"] > 10 * fit.feature_importance["c"]
    lin = fit_estimator("linear_dml", y, t, x, seed=0, feature_names=["a", "b", "c"])
    assert abs(lin.model.coef_[1] - 1.0) < 0.25


def test_same_seed_same_numbers(data):
    y, t, x, _ = data
    a = fit_estimator("forest_dr", y, t, x, seed=3)
    b = fit_estimator("forest_dr", y, t, x, seed=3)
    assert a.ate == b.ate and np.allclose(a.cate, b.cate)


def test_meta_learner_bootstrap_ci(data):
    y, t, x, tau = data
    fit = fit_estimator("t_learner", y[:300], t[:300], x[:300], n_bootstrap=10, seed=0)
    assert fit.ate_ci is not None and fit.ate_ci[0] < fit.ate < fit.ate_ci[1]


def test_treatment_coded_as_two_labels(data):
    y, t, x, _ = data
    a = fit_estimator("ols", y, t, x)
    b = fit_estimator("ols", y, np.where(t == 1, 7.0, 3.0), x)  # higher value = treated
    assert a.ate == pytest.approx(b.ate)


def test_continuous_treatment_dml():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(600, 2))
    t = x[:, 0] + rng.normal(size=600)
    y = 0.5 * t + x[:, 0] + rng.normal(scale=0.3, size=600)
    fit = fit_estimator("linear_dml", y, t, x, discrete_treatment=False, seed=0)
    assert abs(fit.ate - 0.5) < 0.1


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"name": "magic"}, "Unknown estimator"),
        ({"T": np.ones(100)}, "constant"),
        ({"T": np.arange(100) % 3}, "binary"),
        ({"name": "causal_forest", "X": None}, "effect modifier"),
        ({"X": np.full((100, 1), np.nan)}, "missing"),
    ],
)
def test_user_errors(kwargs, message):
    rng = np.random.default_rng(0)
    args = {"name": "t_learner", "Y": rng.normal(size=100), "T": np.arange(100) % 2, "X": rng.normal(size=(100, 2))}
    args.update(kwargs)
    with pytest.raises(UserError, match=message):
        fit_estimator(args.pop("name"), args.pop("Y"), args.pop("T"), args.pop("X"))


def test_forest_nuisance_option(data):
    y, t, x, tau = data
    fit = fit_estimator("linear_dr", y, t, x, seed=0, nuisance="forest")
    assert abs(fit.ate - tau.mean()) < 0.3
    with pytest.raises(UserError, match="nuisance"):
        fit_estimator("linear_dml", y, t, x, nuisance="boosting")
