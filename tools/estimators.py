"""One registry of ATE/CATE estimators, shared by the CATE tool and the SD-SCM benchmark.

Why a registry: the tool and the evaluation must run *the same* estimator code, so that the
benchmark numbers describe what users get. Each entry takes arrays (outcome `Y`, treatment `T`,
effect modifiers `X`, extra controls `W`) and returns a `CateFit` with the ATE, its 95% interval
where the estimator offers one, and one CATE per unit.

Confidence intervals:
- linear_dml, linear_dr: econml's asymptotic (statsmodels-style) inference.
- causal_forest, forest_dr: econml's bootstrap-of-little-bags inference of the forest.
- s/t/x_learner: econml `BootstrapInference` when `n_bootstrap > 0`, else none (the default,
  because refitting the learner B times is the dominant cost in a benchmark).
- diff_in_means: Welch (unequal-variance) normal interval.
- ols: `Y ~ T + X + W` by least squares with HC1 heteroskedasticity-robust standard errors.

First-stage (nuisance) models default to standardised LassoCV / LogisticRegressionCV: on the
SD-SCM benchmark (one-hot categorical covariates) they beat 50-tree random forests by a wide
margin and are what econml's own 'auto' selection picks there (see eval/sdscm.py). Everything is
deliberately modest (2-fold cross-fitting, 100-tree causal forests, single-threaded) so that a
benchmark of 100 datasets x 9 estimators x 2 settings runs on two cores.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
from scipy import stats

from copilot.errors import UserError

ESTIMATORS: tuple[str, ...] = (
    "linear_dml",
    "causal_forest",
    "linear_dr",
    "forest_dr",
    "s_learner",
    "t_learner",
    "x_learner",
    "diff_in_means",
    "ols",
)

NUISANCES: tuple[str, ...] = ("linear", "forest")
# Estimators that need effect modifiers X (they model effect heterogeneity over X).
NEEDS_X: frozenset[str] = frozenset({"causal_forest", "forest_dr", "s_learner", "t_learner", "x_learner"})
# Estimators that only make sense for a binary treatment.
BINARY_ONLY: frozenset[str] = frozenset(
    {"linear_dr", "forest_dr", "s_learner", "t_learner", "x_learner", "diff_in_means"}
)


@dataclass
class CateFit:
    """What every estimator returns. `cate` has one entry per row of the input."""

    name: str
    ate: float
    ate_ci: tuple[float, float] | None
    cate: np.ndarray
    feature_importance: dict[str, float] | None
    model: object


# ---------------------------------------------------------------------------------------------
# input handling


def _as_2d(a, what: str, n: int) -> np.ndarray | None:
    if a is None:
        return None
    arr = np.asarray(a, dtype=float)
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim != 2 or arr.shape[0] != n:
        raise UserError(f"{what} has {arr.shape[0] if arr.ndim else 0} rows but the outcome has {n}; pass one row per unit.")
    if arr.shape[1] == 0:
        return None
    if not np.all(np.isfinite(arr)):
        raise UserError(f"{what} contains missing or infinite values; drop or impute those rows first.")
    return arr


def _prepare(name, Y, T, X, W, discrete_treatment):
    if name not in ESTIMATORS:
        raise UserError(f"Unknown estimator {name!r}.", hint=f"Choose one of: {', '.join(ESTIMATORS)}.")
    y = np.asarray(Y, dtype=float).reshape(-1)
    n = y.shape[0]
    if n < 10:
        raise UserError(f"Only {n} rows: an effect estimate needs at least 10 (better hundreds).")
    if not np.all(np.isfinite(y)):
        raise UserError("The outcome contains missing or infinite values; drop or impute those rows first.")
    t = np.asarray(T, dtype=float).reshape(-1)
    if t.shape[0] != n:
        raise UserError(f"The treatment has {t.shape[0]} rows but the outcome has {n}.")
    if not np.all(np.isfinite(t)):
        raise UserError("The treatment contains missing values; drop those rows first.")
    levels = np.unique(t)
    if levels.size < 2:
        raise UserError("The treatment is constant, so there is nothing to compare; pick a column that varies.")
    if discrete_treatment or name in BINARY_ONLY:
        if levels.size != 2:
            raise UserError(
                f"Estimator {name!r} needs a binary treatment but it has {levels.size} distinct values.",
                hint="Recode it into two groups (e.g. above/below a threshold) or use linear_dml / ols with a continuous treatment.",
            )
        t = (t == levels[1]).astype(int)  # lower value = control, higher = treated
        for arm, label in ((0, "control"), (1, "treated")):
            if int((t == arm).sum()) < 2:
                raise UserError(f"The {label} group has fewer than 2 rows; an effect cannot be estimated.")
    x = _as_2d(X, "X (effect modifiers)", n)
    w = _as_2d(W, "W (controls)", n)
    if name in NEEDS_X and x is None:
        raise UserError(f"Estimator {name!r} needs at least one effect modifier (X); pass covariates as X.")
    return y, t, x, w, bool(discrete_treatment or name in BINARY_ONLY)


def _names(feature_names, x: np.ndarray | None) -> list[str]:
    if x is None:
        return []
    if feature_names is not None and len(feature_names) == x.shape[1]:
        return [str(f) for f in feature_names]
    return [f"x{i}" for i in range(x.shape[1])]


# ---------------------------------------------------------------------------------------------
# nuisance models (modest on purpose)


def _forest_reg(seed: int):
    from sklearn.ensemble import RandomForestRegressor

    return RandomForestRegressor(n_estimators=50, min_samples_leaf=5, max_features=0.5, n_jobs=1, random_state=seed)


def _forest_clf(seed: int):
    from sklearn.ensemble import RandomForestClassifier

    return RandomForestClassifier(n_estimators=50, min_samples_leaf=5, max_features=0.5, n_jobs=1, random_state=seed)


def _lasso(seed: int):
    from sklearn.linear_model import LassoCV
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LassoCV(cv=3, n_jobs=1, random_state=seed))


def _logistic(seed: int):
    from sklearn.linear_model import LogisticRegressionCV
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegressionCV(cv=3, max_iter=1000, n_jobs=1, random_state=seed))


def _model_y(nuisance: str, seed: int):
    return _lasso(seed) if nuisance == "linear" else _forest_reg(seed)


def _model_t(discrete: bool, nuisance: str, seed: int):
    if nuisance == "linear":
        return _logistic(seed) if discrete else _lasso(seed)
    return _forest_clf(seed) if discrete else _forest_reg(seed)


def _gb_reg(seed: int):
    from sklearn.ensemble import GradientBoostingRegressor

    return GradientBoostingRegressor(n_estimators=100, max_depth=3, learning_rate=0.1, subsample=0.8, random_state=seed)


def _xw(x, w):
    parts = [p for p in (x, w) if p is not None]
    return np.hstack(parts) if parts else None


# ---------------------------------------------------------------------------------------------
# estimators


def _interval(lo, hi) -> tuple[float, float] | None:
    lo, hi = float(np.ravel(lo)[0]), float(np.ravel(hi)[0])
    if not (np.isfinite(lo) and np.isfinite(hi)):
        return None
    return (lo, hi)


def _econml_dml(name, y, t, x, w, discrete, seed, names, nuisance):
    from econml.dml import CausalForestDML, LinearDML

    common = dict(model_y=_model_y(nuisance, seed), model_t=_model_t(discrete, nuisance, seed), discrete_treatment=discrete, cv=2, random_state=seed)
    if name == "linear_dml":
        est = LinearDML(**common)
    else:
        est = CausalForestDML(**common, n_estimators=100, min_samples_leaf=10, max_samples=0.45, n_jobs=1)
    est.fit(y, t, X=x, W=w)
    kw = {"T0": 0, "T1": 1} if discrete else {}
    if x is None:
        cate = np.full(y.shape[0], float(np.ravel(est.effect(None, **kw))[0]))
    else:
        cate = np.ravel(est.effect(x, **kw))
    ate = float(np.ravel(est.ate(x, **kw))[0])
    ci = _interval(*est.ate_interval(x, alpha=0.05, **kw))
    importance = None
    if name == "causal_forest":
        importance = dict(zip(names, map(float, np.ravel(est.feature_importances_))))
    elif x is not None:
        importance = dict(zip(names, map(float, np.abs(np.ravel(est.coef_)))))
    return ate, ci, cate, importance, est


def _econml_dr(name, y, t, x, w, seed, names, nuisance):
    from econml.dr import ForestDRLearner, LinearDRLearner

    common = dict(model_propensity=_model_t(True, nuisance, seed), model_regression=_model_y(nuisance, seed), cv=2,
                  random_state=seed)
    if name == "linear_dr":
        est = LinearDRLearner(**common)
    else:
        est = ForestDRLearner(**common, n_estimators=100, min_samples_leaf=10, max_samples=0.45, n_jobs=1)
    est.fit(y, t, X=x, W=w)
    if x is None:
        cate = np.full(y.shape[0], float(np.ravel(est.effect(None))[0]))
    else:
        cate = np.ravel(est.effect(x))
    ate = float(np.ravel(est.ate(x))[0])
    ci = _interval(*est.ate_interval(x, alpha=0.05))
    importance = None
    if name == "forest_dr":
        importance = dict(zip(names, map(float, np.ravel(est.feature_importances_(T=1)))))
    elif x is not None:
        importance = dict(zip(names, map(float, np.abs(np.ravel(est.coef_(T=1))))))
    return ate, ci, cate, importance, est


def _econml_meta(name, y, t, x, w, seed, n_bootstrap, nuisance):
    from econml.inference import BootstrapInference
    from econml.metalearners import SLearner, TLearner, XLearner

    xx = _xw(x, w)  # meta-learners have no separate W: controls join the features
    if name == "s_learner":
        est = SLearner(overall_model=_gb_reg(seed))
    elif name == "t_learner":
        est = TLearner(models=_gb_reg(seed))
    else:
        est = XLearner(models=_gb_reg(seed), cate_models=_gb_reg(seed), propensity_model=_model_t(True, nuisance, seed))
    inference = BootstrapInference(n_bootstrap_samples=n_bootstrap, n_jobs=1) if n_bootstrap > 0 else None
    est.fit(y, t, X=xx, inference=inference)
    cate = np.ravel(est.effect(xx))
    ate = float(cate.mean())
    ci = _interval(*est.ate_interval(xx, alpha=0.05)) if inference is not None else None
    return ate, ci, cate, None, est


def _diff_in_means(y, t):
    y1, y0 = y[t == 1], y[t == 0]
    ate = float(y1.mean() - y0.mean())
    se = float(np.sqrt(y1.var(ddof=1) / y1.size + y0.var(ddof=1) / y0.size))
    z = stats.norm.ppf(0.975)
    return ate, (float(ate - z * se), float(ate + z * se)), np.full(y.shape[0], ate)


def _ols(y, t, x, w, names):
    """Least squares of Y on [1, T, X, W] with HC1 robust standard errors.

    Not statsmodels' OLS: the SD-SCM benchmark's one-hot designs (every level plus an intercept) are
    rank-deficient, and statsmodels' default pseudo-inverse then misestimates the treatment
    coefficient where `lstsq` matches a full-rank refit (`python -m eval bench-fits`; numbers in
    docs/benchmarks.md)."""
    parts = [np.ones((y.shape[0], 1)), t.reshape(-1, 1).astype(float)] + [p for p in (x, w) if p is not None]
    design = np.hstack(parts)
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    resid = y - design @ beta
    n, k = design.shape
    bread = np.linalg.pinv(design.T @ design)
    meat = (design * resid[:, None] ** 2).T @ design
    cov = bread @ meat @ bread * (n / max(n - k, 1))
    ate = float(beta[1])
    se = float(np.sqrt(max(cov[1, 1], 0.0)))
    z = stats.norm.ppf(0.975)
    importance = None
    if x is not None:
        importance = dict(zip(names, map(float, np.abs(beta[2 : 2 + x.shape[1]]))))
    return ate, (float(ate - z * se), float(ate + z * se)), np.full(n, ate), importance, {"coef": beta, "cov": cov}


def fit_estimator(
    name: str,
    Y,
    T,
    X=None,
    W=None,
    *,
    seed: int = 0,
    discrete_treatment: bool = True,
    feature_names: list[str] | None = None,
    n_bootstrap: int = 0,
    nuisance: str = "linear",
) -> CateFit:
    """Fit estimator `name` on outcome Y, treatment T, effect modifiers X and controls W.

    Binary treatments are recoded so the lower value is control and the higher is treated.
    `n_bootstrap` only affects the meta-learners (their CI is a bootstrap, off by default).
    `nuisance` picks the first-stage models of the DML/DR estimators: "linear" (standardised
    LassoCV for outcomes, LogisticRegressionCV for propensities: econml's classic defaults) or
    "forest" (50-tree random forests).
    Raises `UserError` for inputs a user can fix (constant treatment, missing values, ...).
    """
    if nuisance not in NUISANCES:
        raise UserError(f"Unknown nuisance models {nuisance!r}.", hint=f"Choose one of: {', '.join(NUISANCES)}.")
    y, t, x, w, discrete = _prepare(name, Y, T, X, W, discrete_treatment)
    names = _names(feature_names, x)
    np.random.seed(seed)  # some econml paths draw from the global generator
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if name in ("linear_dml", "causal_forest"):
            ate, ci, cate, imp, model = _econml_dml(name, y, t, x, w, discrete, seed, names, nuisance)
        elif name in ("linear_dr", "forest_dr"):
            ate, ci, cate, imp, model = _econml_dr(name, y, t, x, w, seed, names, nuisance)
        elif name in ("s_learner", "t_learner", "x_learner"):
            ate, ci, cate, imp, model = _econml_meta(name, y, t, x, w, seed, n_bootstrap, nuisance)
        elif name == "diff_in_means":
            ate, ci, cate = _diff_in_means(y, t)
            imp, model = None, None
        else:
            ate, ci, cate, imp, model = _ols(y, t, x, w, names)
    return CateFit(name=name, ate=float(ate), ate_ci=ci, cate=np.asarray(cate, dtype=float), feature_importance=imp, model=model)


__all__ = ["ESTIMATORS", "NUISANCES", "CateFit", "fit_estimator"]
