"""What drives the heterogeneity, and the effect at a given value of another variable.

Two questions a CATE answer must get right (issue 14, §4 and §5):

- *Which variables drive the differences?* econml's split-count importance of a causal forest
  favours variables with many distinct values, and a linear model's |coefficient| depends on each
  variable's unit; both named the wrong driver on a benchmark. Here each modifier is ranked by the
  share of the estimated CATE's variance that depends on it: its columns are permuted across rows
  and the CATE predictions recomputed (Jansen's total-effect estimator,
  S_j = E[(tau(X) - tau(X with column j permuted))^2] / (2 Var tau(X))). For effects additive in the
  modifiers the shares are the variance shares and sum to one; interactions make them sum to more.
- *What is the effect when Z = v?* For a continuous Z, the estimated effect averaged over the
  sample with Z set to v (every other modifier keeps its observed value: a partial-dependence
  average, not "other modifiers at their means"); for a categorical Z (or a numeric one with few
  levels that has v among them), the average effect in the rows where Z = v. The interval is the
  estimator's own (`ate_interval` on those rows).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from copilot.errors import UserError
from copilot.results import AtEffect
from tools.prep import finite_or_none, match_level

MAX_PERMUTATION_ROWS = 2000  # the ranking is stable well below this; more rows only cost time
FEW_LEVELS = 10  # a numeric column with at most this many values is treated as groups in `at`
META = {"s_learner", "t_learner", "x_learner"}


def _kwargs(fit) -> dict:
    """The treatment contrast econml needs for a discrete DML/forest model (0 -> 1)."""
    discrete = bool(getattr(fit.model, "discrete_treatment", getattr(fit.model, "_discrete_treatment", False)))
    return {"T0": 0, "T1": 1} if fit.name in {"linear_dml", "causal_forest"} and discrete else {}


def predictor(fit, w: np.ndarray | None) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """f(x_rows, row_index) -> CATE for those rows (meta-learners also need the rows' controls)."""
    kw = _kwargs(fit)

    def predict(x: np.ndarray, rows: np.ndarray) -> np.ndarray:
        if fit.name in META:
            xx = x if w is None else np.hstack([x, w[rows]])
            return np.ravel(fit.model.effect(xx))
        return np.ravel(fit.model.effect(x, **kw))

    return predict


def modifier_shares(
    predict: Callable[[np.ndarray, np.ndarray], np.ndarray],
    x: np.ndarray,
    blocks: dict[str, list[int]],
    *,
    seed: int = 0,
    repeats: int = 3,
) -> dict[str, float] | None:
    """Share of the CATE predictions' variance that depends on each modifier (see module doc).

    `blocks` maps a modifier to its columns in `x` (a categorical's dummies move together).
    None when the predictions barely vary (nothing to attribute). Sorted, largest first.
    """
    rng = np.random.default_rng(seed)
    rows = np.arange(len(x))
    if len(rows) > MAX_PERMUTATION_ROWS:
        rows = np.sort(rng.choice(rows, MAX_PERMUTATION_ROWS, replace=False))
    xs = x[rows]
    base = predict(xs, rows)
    var = float(np.var(base))
    if not np.isfinite(var) or var <= 1e-12 * max(1.0, float(np.mean(base)) ** 2):
        return None
    shares: dict[str, float] = {}
    for name, cols in blocks.items():
        if not cols:
            continue
        total = 0.0
        for _ in range(repeats):
            shuffled = xs.copy()
            shuffled[:, cols] = xs[rng.permutation(len(rows))][:, cols]
            total += float(np.mean((base - predict(shuffled, rows)) ** 2)) / (2 * var)
        shares[name] = float(min(1.0, total / repeats))
    return dict(sorted(shares.items(), key=lambda kv: -kv[1]))


def is_group_column(series: pd.Series) -> bool:
    """Whether `at` means 'the rows of this group' (text, bool, or few numeric levels) rather than 'set to'."""
    if pd.api.types.is_bool_dtype(series) or not pd.api.types.is_numeric_dtype(series):
        return True
    return series.nunique() <= FEW_LEVELS


def _match_group(series: pd.Series, value) -> object:
    """The level of `series` equal to `value` (numbers and their text compare equal), or UserError."""
    levels = list(pd.unique(series.dropna()))
    level = match_level(levels, value)
    if level is not None:
        return level
    shown = ", ".join(str(v) for v in sorted(levels, key=str)[:15])
    raise UserError(
        f"'{series.name}' never takes the value {value!r} in the rows used, so there is no group to estimate the effect in.",
        f"Its values are: {shown}.",
    )


def effect_at(
    fit,
    at: dict[str, float | str],
    raw: pd.DataFrame,
    x: np.ndarray,
    w: np.ndarray | None,
    blocks: dict[str, list[int]],
    warn: list[str],
) -> AtEffect:
    """The average CATE with Z set to each continuous value in `at`, within the groups of the categorical ones."""
    mask = np.ones(len(raw), dtype=bool)
    x_set = x.copy()
    set_vars: list[str] = []
    group_vars: list[str] = []
    for name, value in at.items():
        series = raw[name]
        if is_group_column(series):
            level = _match_group(series, value)
            mask &= (series == level).to_numpy()
            group_vars.append(name)
            continue
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise UserError(f"'{name}' is numeric but the value asked for is {value!r}.", "Give a number.") from None
        lo, hi = float(series.min()), float(series.max())
        if not lo <= v <= hi:
            raise UserError(
                f"{name} = {value} is outside the data's range ({lo:g} to {hi:g}); an effect there would be "
                "an extrapolation the data cannot support.",
                f"Ask for a value between {lo:g} and {hi:g}.",
            )
        near = float(np.mean(np.abs(series.to_numpy(float) - v) <= 0.05 * (hi - lo)))
        if near < 0.02:
            warn.append(
                f"Only {near:.1%} of the rows have {name} within 5% of its range of {value}: the effect there "
                "leans on the model's extrapolation."
            )
        (col,) = blocks[name]
        x_set[:, col] = v
        set_vars.append(name)
    if not mask.any():
        raise UserError("No rows match all the values asked for together.", "Ask for fewer or other values.")
    rows = np.flatnonzero(mask)
    xs = x_set[rows]
    effect = float(np.mean(predictor(fit, w)(xs, rows)))
    lo_ci, hi_ci = _interval(fit, xs, None if w is None else w[rows])
    if lo_ci is None or hi_ci is None:
        warn.append(f"{fit.name} gives no confidence interval for the effect at the values asked for.")
    parts = []
    if set_vars:
        parts.append(
            "with " + " and ".join(set_vars) + " set to the value asked for in every row and the other "
            "modifiers at their observed values (averaged over the sample)"
        )
    if group_vars:
        parts.append("within the rows where " + " and ".join(group_vars) + " has the value asked for")
    return AtEffect(at=dict(at), effect=effect, ci_low=lo_ci, ci_high=hi_ci, n_rows=int(len(rows)),
                    averaging="; ".join(parts))


def _interval(fit, xs: np.ndarray, w_rows: np.ndarray | None) -> tuple[float | None, float | None]:
    """The estimator's 95% interval for the mean effect over rows `xs` (None, None without inference)."""
    try:
        if fit.name in META:
            interval = fit.model.ate_interval(xs if w_rows is None else np.hstack([xs, w_rows]), alpha=0.05)
        else:
            interval = fit.model.ate_interval(xs, alpha=0.05, **_kwargs(fit))
    except Exception:  # an estimator without inference here
        return None, None
    return finite_or_none(np.ravel(interval[0])[0]), finite_or_none(np.ravel(interval[1])[0])


def effect_curve_figure(fit, raw: pd.DataFrame, x: np.ndarray, w: np.ndarray | None, col: int, name: str, value: float,
                        treatment: str, outcome: str, *, seed: int = 0, points: int = 9, max_rows: int = 1000):
    """The sample-averaged effect as `name` is set to each of its deciles (95% band), the asked value marked."""
    import matplotlib.pyplot as plt

    rng = np.random.default_rng(seed)
    rows = np.arange(len(x)) if len(x) <= max_rows else np.sort(rng.choice(len(x), max_rows, replace=False))
    grid = np.unique(np.append(np.quantile(raw[name].to_numpy(float), np.linspace(0.05, 0.95, points)), value))
    predict = predictor(fit, w)
    mean, low, high = [], [], []
    for v in grid:
        xs = x[rows].copy()
        xs[:, col] = v
        mean.append(float(np.mean(predict(xs, rows))))
        lo, hi = _interval(fit, xs, None if w is None else w[rows])
        low.append(np.nan if lo is None else lo)
        high.append(np.nan if hi is None else hi)
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot(grid, mean, color="tab:blue", label="average effect with this value")
    if not np.all(np.isnan(low)):
        ax.fill_between(grid, low, high, color="tab:blue", alpha=0.2, label="95% CI")
    ax.axvline(value, color="tab:red", ls="--", label=f"{name} = {value:g}")
    ax.axhline(0, color="black", lw=0.8, ls=":")
    ax.set_xlabel(name)
    ax.set_ylabel(f"effect of {treatment} on {outcome}")
    ax.set_title(f"Effect as {name} varies (other modifiers as observed)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


__all__ = ["effect_at", "effect_curve_figure", "is_group_column", "modifier_shares", "predictor"]
