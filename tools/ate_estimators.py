"""Average-effect estimators the ATE tool runs beside dowhy's linear regression, for ATE, ATT or ATC.

Why not all through dowhy: its propensity weighting has no analytic interval (a 100-resample
bootstrap was a third of the answer's time; docs/benchmarks.md), its linear regression estimates ATT only
through effect modifiers with a bootstrap interval (minutes on LaLonde-CPS), and its econml
wrapper adds nothing to econml's own `ate_interval`. So: weighting is a weighted least-squares
fit (statsmodels, robust HC1 errors, Hajek-normalised weights for the target population), the
regression ATT/ATC centres the covariates at the target group's means in a model with
treatment x covariate interactions (the treatment coefficient is then the target's average), and
DML is econml's LinearDML with nuisance models picked once by cross-validation.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from copilot.results import Overlap

EXTREME = 0.05  # propensities outside [EXTREME, 1 - EXTREME] count as extreme
TRIM_WHEN = 0.10  # trim to common support when more than this share of units is extreme
SELECT_ROWS = 3000  # nuisance-model selection runs on at most this many rows


class PlainEstimate:
    """An estimate made outside dowhy, with the two members the rows need."""

    def __init__(self, value: float, ci: tuple[float, float]):
        self.value, self._ci = value, ci

    def get_confidence_intervals(self):
        return self._ci


def propensity(frame: pd.DataFrame, treatment: str, covariates: list[str]) -> np.ndarray:
    """P(treated | covariates) from a standardised, lightly penalised logistic regression."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X = frame[covariates].to_numpy(dtype=float)
    t = frame[treatment].to_numpy(dtype=float)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=10.0, max_iter=2000))
    return model.fit(X, t).predict_proba(X)[:, 1]


def _quantiles(e: np.ndarray) -> dict[str, float]:
    if e.size == 0:
        return {}
    qs = np.quantile(e, [0, 0.05, 0.5, 0.95, 1])
    return {k: float(v) for k, v in zip(("min", "5%", "50%", "95%", "max"), qs)}


def check_overlap(t: np.ndarray, e: np.ndarray) -> tuple[Overlap, np.ndarray]:
    """Overlap diagnostics and a keep-mask: when many propensities are extreme, keep the common
    support (drop units whose propensity lies outside the other arm's range)."""
    treated = t == 1
    extreme = float(np.mean((e < EXTREME) | (e > 1 - EXTREME)))
    keep = np.ones(t.size, dtype=bool)
    rule = None
    if extreme > TRIM_WHEN:
        lo, hi = max(e[treated].min(), e[~treated].min()), min(e[treated].max(), e[~treated].max())
        keep = (e >= lo) & (e <= hi)
        rule = f"kept units whose propensity lies in both arms' range [{lo:.3g}, {hi:.3g}] (common support)"
    ov = Overlap(
        propensity_treated=_quantiles(e[treated]),
        propensity_control=_quantiles(e[~treated]),
        share_extreme=extreme,
        n_trimmed=int((~keep).sum()),
        trim_rule=rule,
        ok=extreme <= TRIM_WHEN,
    )
    return ov, keep


def weights(t: np.ndarray, e: np.ndarray, target: str) -> np.ndarray:
    """Inverse-probability weights that reweight both arms to the target population."""
    e = np.clip(e, 1e-6, 1 - 1e-6)
    if target == "att":
        return np.where(t == 1, 1.0, e / (1 - e))
    if target == "atc":
        return np.where(t == 1, (1 - e) / e, 1.0)
    return np.where(t == 1, 1 / e, 1 / (1 - e))


def ipw(y: np.ndarray, t: np.ndarray, e: np.ndarray, target: str) -> tuple[PlainEstimate, float]:
    """Hajek weighting estimate as weighted least squares of y on [1, t] with HC1 errors; also the
    largest unit's share of the total weight (a diagnostic of unstable weights)."""
    import statsmodels.api as sm

    w = weights(t, e, target)
    fit = sm.WLS(y, sm.add_constant(t.astype(float)), weights=w).fit(cov_type="HC1")
    lo, hi = fit.conf_int()[1]
    top = float(max(w[t == 1].max() / w[t == 1].sum(), w[t == 0].max() / w[t == 0].sum()))
    return PlainEstimate(float(fit.params[1]), (float(lo), float(hi))), top


def regression_target(frame: pd.DataFrame, treatment: str, outcome: str, covariates: list[str], target: str) -> PlainEstimate:
    """OLS with treatment x covariate interactions, covariates centred at the target group's means
    (treated for ATT, controls for ATC): the treatment coefficient is the target's average effect."""
    import statsmodels.api as sm

    t = frame[treatment].to_numpy(dtype=float)
    X = frame[covariates].to_numpy(dtype=float)
    group = t == 1 if target == "att" else t == 0
    Xc = X - X[group].mean(axis=0)
    design = np.column_stack([np.ones_like(t), t, Xc, Xc * t[:, None]])
    fit = sm.OLS(frame[outcome].to_numpy(dtype=float), design).fit(cov_type="HC1")
    lo, hi = fit.conf_int()[1]
    return PlainEstimate(float(fit.params[1]), (float(lo), float(hi)))


def _pick(candidates: list, X: np.ndarray, target: np.ndarray, scoring: str, seed: int):
    """The candidate with the best held-out score (fit on half of at most SELECT_ROWS rows, scored on
    the other half): one fit per candidate, because selection is only a screen before cross-fitting."""
    from sklearn.base import clone
    from sklearn.metrics import get_scorer

    rng = np.random.default_rng(seed)
    idx = rng.permutation(len(X))[:SELECT_ROWS]
    half = len(idx) // 2
    fit_i, test_i = idx[:half], idx[half:]
    if len(np.unique(target[fit_i])) < 2 or len(np.unique(target[test_i])) < 2:
        return clone(candidates[0])
    scorer = get_scorer(scoring)
    scores = [scorer(clone(m).fit(X[fit_i], target[fit_i]), X[test_i], target[test_i]) for m in candidates]
    return clone(candidates[int(np.argmax(scores))])


def dml(frame: pd.DataFrame, treatment: str, outcome: str, covariates: list[str], *, binary: bool,
        contrast: tuple[float, float], target: str, seed: int) -> PlainEstimate:
    """econml LinearDML. Each nuisance is chosen between a linear model (Lasso / logistic) and
    gradient boosting by squared error / log-loss (boosting alone is biased on small samples with
    near-linear confounding; econml's own selection scores classifiers by accuracy). For ATT/ATC the
    effect is linear in the covariates and averaged over the target group."""
    from econml.dml import LinearDML
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    from sklearn.linear_model import LassoCV, LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    W = frame[covariates].to_numpy(dtype=float)
    t = frame[treatment].to_numpy(dtype=float)
    y = frame[outcome].to_numpy(dtype=float)
    model_y = _pick([make_pipeline(StandardScaler(), LassoCV(random_state=seed)),
                     HistGradientBoostingRegressor(max_iter=100, random_state=seed)], W, y, "neg_mean_squared_error", seed)
    if binary:
        model_t = _pick([make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
                         HistGradientBoostingClassifier(max_iter=100, random_state=seed)], W, t, "neg_log_loss", seed)
    else:
        model_t = _pick([make_pipeline(StandardScaler(), LassoCV(random_state=seed)),
                         HistGradientBoostingRegressor(max_iter=100, random_state=seed)], W, t, "neg_mean_squared_error", seed)
    est = LinearDML(model_y=model_y, model_t=model_t, discrete_treatment=binary, cv=2, random_state=seed)
    kw = {"T0": 0, "T1": 1} if binary else {"T0": contrast[0], "T1": contrast[1]}
    if target == "ate":
        est.fit(y, t, X=None, W=W)
        value = float(np.ravel(est.ate(**kw))[0])
        lo, hi = est.ate_interval(alpha=0.05, **kw)
    else:
        est.fit(y, t, X=W, W=None)
        rows = W[t == 1] if target == "att" else W[t == 0]
        value = float(np.ravel(est.ate(rows, **kw))[0])
        lo, hi = est.ate_interval(rows, alpha=0.05, **kw)
    return PlainEstimate(value, (float(np.ravel(lo)[0]), float(np.ravel(hi)[0])))


__all__ = ["PlainEstimate", "check_overlap", "dml", "ipw", "propensity", "regression_target", "weights"]
