"""Conditional effects / uplift: for whom does the treatment work best?

The estimators come from the shared registry `tools.estimators` (the same code the SD-SCM
benchmark scores), so what users get is what the benchmark measured. This module chooses the
effect modifiers and controls, runs one estimator, and summarises its per-unit effects: ATE with
CI, CATE quantiles, a subgroup table over quartiles (or levels) of the strongest modifier, feature
importance where the estimator has it, a CATE histogram and, for a binary outcome and treatment,
a Qini / uplift curve computed on cross-fitted (out-of-fold) predictions.
"""

from __future__ import annotations

import time
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from copilot.data import apply_conditions  # noqa: E402
from copilot.errors import UserError  # noqa: E402
from copilot.figures import save_figure  # noqa: E402
from copilot.results import CateResult, Subgroup  # noqa: E402
from copilot.task import CateTask  # noqa: E402
from tools.estimators import fit_estimator  # noqa: E402
from tools.heterogeneity import (  # noqa: E402
    effect_at,
    effect_curve_figure,
    is_group_column,
    modifier_shares,
    predictor,
)
from tools.prep import (  # noqa: E402
    check_effect_columns, check_not_all_missing, drop_incomplete, encode_features, encode_treatment, finite_or_none,
    numeric_outcome,
)

# Task method -> registry estimator.
METHOD_TO_ESTIMATOR = {
    "linear_dml": "linear_dml",
    "causal_forest": "causal_forest",
    "dr_learner": "linear_dr",
    "s_learner": "s_learner",
    "t_learner": "t_learner",
    "x_learner": "x_learner",
}
FOREST_MAX_ROWS = 20_000  # above this, `auto` picks LinearDML: the forest's fit time grows much faster with rows
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)


def choose_estimator(method: str, binary: bool, n_rows: int) -> tuple[str, str | None]:
    """(registry name, a note when `auto` made a choice the user should know about)."""
    if method != "auto":
        return METHOD_TO_ESTIMATOR[method], None
    if not binary:
        return "linear_dml", "The treatment is continuous, so LinearDML (effects linear in the modifiers) was used."
    if n_rows > FOREST_MAX_ROWS:
        return "linear_dml", (
            f"With {n_rows} rows LinearDML (effects linear in the modifiers) was used for speed; "
            "ask for causal_forest to find non-linear differences."
        )
    return "causal_forest", None


# ---------------------------------------------------------------- uplift


def uplift_curves(y: np.ndarray, t: np.ndarray, score: np.ndarray) -> dict[str, np.ndarray | float]:
    """Qini and cumulative uplift curves for units ranked by `score` (highest predicted uplift first).

    qini(k) = Y1(k) - Y0(k) * N1(k) / N0(k)  (Radcliffe), uplift(k) = (Y1/N1 - Y0/N0)(k) * k, where
    Y1(k), N1(k) are the summed outcome and count of treated units among the top k (Y0, N0 for
    control). The Qini coefficient is the area between the Qini curve and the random-targeting line,
    and AUUC the area under the uplift curve, both divided by n^2 (so in outcome units per unit).
    """
    order = np.argsort(-score, kind="stable")
    y, t = y[order], t[order]
    n = len(y)
    n1 = np.cumsum(t == 1)
    n0 = np.cumsum(t == 0)
    y1 = np.cumsum(np.where(t == 1, y, 0.0))
    y0 = np.cumsum(np.where(t == 0, y, 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        qini = y1 - np.where(n0 > 0, y0 * n1 / n0, 0.0)
        uplift = np.where((n1 > 0) & (n0 > 0), y1 / np.maximum(n1, 1) - y0 / np.maximum(n0, 1), 0.0) * np.arange(1, n + 1)
    k = np.arange(1, n + 1)
    random_qini = qini[-1] * k / n
    random_uplift = uplift[-1] * k / n
    return {
        "fraction": k / n,
        "qini": qini,
        "uplift": uplift,
        "random_qini": random_qini,
        "random_uplift": random_uplift,
        "qini_coefficient": float(np.sum(qini - random_qini) / n**2),
        "auuc": float(np.sum(uplift) / n**2),
    }


def _uplift_figure(curves: dict, treatment: str, outcome: str):
    fig, axes = plt.subplots(1, 2, figsize=(10, 4))
    f = curves["fraction"]
    axes[0].plot(f, curves["qini"], label="model ranking")
    axes[0].plot(f, curves["random_qini"], "--", color="gray", label="random targeting")
    axes[0].set_title(f"Qini curve (Qini coefficient {curves['qini_coefficient']:.4g})")
    axes[0].set_ylabel(f"extra {outcome} (count)")
    axes[1].plot(f, curves["uplift"], label="model ranking")
    axes[1].plot(f, curves["random_uplift"], "--", color="gray", label="random targeting")
    axes[1].set_title(f"Cumulative uplift (AUUC {curves['auuc']:.4g})")
    for ax in axes:
        ax.set_xlabel(f"share targeted with {treatment} (highest predicted effect first)")
        ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def _histogram(cate: np.ndarray, ate: float, treatment: str, outcome: str, method: str):
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.hist(cate, bins=40, color="tab:blue", alpha=0.8)
    ax.axvline(ate, color="tab:red", ls="--", label=f"ATE {ate:.3g}")
    ax.axvline(0, color="black", lw=0.8, ls=":")
    ax.set_xlabel(f"estimated effect of {treatment} on {outcome} per unit")
    ax.set_ylabel("units")
    ax.set_title(f"Distribution of conditional effects ({method})")
    ax.legend()
    fig.tight_layout()
    return fig


def _subgroup_bars(subgroups: list[Subgroup], variable: str, treatment: str, outcome: str, ate: float):
    """Average effect per subgroup of the strongest modifier, with intervals where the estimator gives them."""
    fig, ax = plt.subplots(figsize=(6, 0.5 * len(subgroups) + 1.6))
    labels = [f"{s.label} (n={s.n})" for s in subgroups]
    effects = np.array([s.effect for s in subgroups])
    has_ci = all(s.ci_low is not None and s.ci_high is not None for s in subgroups)
    err = np.array([[s.effect - s.ci_low for s in subgroups], [s.ci_high - s.effect for s in subgroups]]) if has_ci else None
    ax.barh(labels, effects, xerr=err, color="tab:blue", alpha=0.8, capsize=4)
    ax.axvline(ate, color="tab:red", ls="--", label=f"ATE {ate:.3g}")
    ax.axvline(0, color="black", lw=0.8, ls=":")
    ax.invert_yaxis()
    ax.set_xlabel(f"average effect of {treatment} on {outcome}")
    ax.set_title(f"Effect by {variable}" + (" (95% CI)" if has_ci else ""))
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------- summaries


def _importance_by_column(importance: dict[str, float] | None, mapping: dict[str, list[str]], x_cols: list[str]) -> dict[str, float] | None:
    """Sum the importance of a categorical's dummy columns back onto the column."""
    if not importance:
        return None
    out: dict[str, float] = {}
    for col in mapping:
        values = [importance.get(e, 0.0) for e in mapping[col] if e in x_cols]
        if values:
            out[col] = float(sum(values))
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def _strongest_modifier(importance: dict[str, float] | None, cate: np.ndarray, modifiers: list[str], raw: pd.DataFrame) -> str:
    """Fallback driver when the permutation ranking is unavailable: the top-importance modifier, else
    the one whose groups' mean CATE varies most."""
    if importance:
        return next(iter(importance))
    best, best_spread = modifiers[0], -1.0
    for col in modifiers:
        groups = _groups(raw[col])
        means = pd.Series(cate, index=raw.index).groupby(groups, observed=True).mean()
        spread = float(means.max() - means.min()) if len(means) > 1 else 0.0
        if spread > best_spread:
            best, best_spread = col, spread
    return best


def _groups(series: pd.Series) -> pd.Series:
    """Quartiles of a numeric column with many values, else its levels."""
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series) and series.nunique() > 4:
        return pd.qcut(series, 4, duplicates="drop").astype(str)
    return series.astype(str)


def _subgroups(fit, raw: pd.DataFrame, x: np.ndarray | None, variable: str) -> list[Subgroup]:
    """Mean CATE per quartile/level of `variable`, with the estimator's interval where it has one."""
    groups = _groups(raw[variable])
    out = []
    for label in groups.drop_duplicates().tolist():
        mask = (groups == label).to_numpy()
        if mask.sum() == 0:
            continue
        lo = hi = None
        if x is not None and hasattr(fit.model, "ate_interval") and fit.name not in {"s_learner", "t_learner", "x_learner"}:
            try:
                kw = {"T0": 0, "T1": 1} if fit.name in {"linear_dml", "causal_forest"} and _is_discrete(fit.model) else {}
                interval = fit.model.ate_interval(x[mask], alpha=0.05, **kw)
                lo, hi = finite_or_none(np.ravel(interval[0])[0]), finite_or_none(np.ravel(interval[1])[0])
            except Exception:  # an estimator without subgroup inference: the row has no CI
                lo = hi = None
        out.append(
            Subgroup(label=f"{variable} in {label}" if label.startswith(("(", "[")) else f"{variable} = {label}",
                     n=int(mask.sum()), effect=float(fit.cate[mask].mean()), ci_low=lo, ci_high=hi)
        )
    def key(s: Subgroup):
        text = s.label.split(" in ", 1)[-1]
        try:
            return (0, float(text.strip("([").split(",")[0]))
        except ValueError:
            return (1, s.label)
    return sorted(out, key=key)


def _is_discrete(model) -> bool:
    return bool(getattr(model, "discrete_treatment", getattr(model, "_discrete_treatment", False)))


# ---------------------------------------------------------------- the tool


def run(task: CateTask, data: pd.DataFrame, *, n_bootstrap: int = 20) -> CateResult:
    """Heterogeneous effects of `task.treatment` on `task.outcome` over the effect modifiers."""
    from tools.covariates import covariates_for

    started = time.perf_counter()
    warn: list[str] = []
    check_effect_columns(task, data)
    data = apply_conditions(data, task.conditions, warn)
    t_values, levels, binary, notes = encode_treatment(data[task.treatment], task.treatment, task.treatment_values)
    warn += notes
    y_values, y_notes = numeric_outcome(data[task.outcome], task.outcome)
    warn += y_notes
    y_binary = set(pd.unique(y_values.dropna())) <= {0.0, 1.0}

    covariates = covariates_for(data, task.treatment, task.outcome, task.covariates, warn, said="Not used as covariates:")
    modifiers = list(task.modifiers) if task.modifiers else list(covariates)
    for name in task.at:  # the effect at Z = v needs Z among the modifiers
        if name in (task.treatment, task.outcome):
            raise UserError(f"'{name}' is the {'treatment' if name == task.treatment else 'outcome'}; "
                            "an effect 'at a value' needs another variable.", "Name a covariate, e.g. age = 40.")
        if name not in modifiers:
            modifiers.append(name)
    modifiers = [m for m in modifiers if m not in (task.treatment, task.outcome)]
    if not modifiers:
        raise UserError(
            "Conditional effects need at least one effect modifier, and none was given or found.",
            "Name the columns the effect may depend on (e.g. age, segment).",
        )
    controls = [c for c in covariates if c not in modifiers]
    check_not_all_missing(data, modifiers + controls)

    base = pd.DataFrame({"__t": t_values, "__y": y_values}, index=data.index)
    x_frame, x_map = encode_features(data, modifiers)
    w_frame, _ = encode_features(data, controls)
    frame, n_dropped = drop_incomplete(pd.concat([base, x_frame, w_frame.add_prefix("__w_")], axis=1), warn)
    x_cols = [c for c in x_frame.columns if frame[c].nunique() > 1]
    w_cols = [c for c in frame.columns if c.startswith("__w_") and frame[c].nunique() > 1]
    if not x_cols:
        raise UserError("Every effect modifier is constant in the usable rows.", "Choose modifiers that vary.")
    raw = data.loc[frame.index]
    Y = frame["__y"].to_numpy(float)
    T = frame["__t"].to_numpy(float)
    X = frame[x_cols].to_numpy(float)
    W = frame[w_cols].to_numpy(float) if w_cols else None

    name, note = choose_estimator(task.method, binary, len(frame))
    if note:
        warn.append(note)
    if not binary and name in {"linear_dr", "s_learner", "t_learner", "x_learner"}:
        raise UserError(
            f"The {task.method} estimator needs a yes/no treatment, and '{task.treatment}' is continuous.",
            "Use linear_dml or causal_forest, or give two treatment values to compare.",
        )
    with warnings.catch_warnings(), threadpool_limits(1):
        warnings.simplefilter("ignore")
        fit = fit_estimator(
            name, Y, T, X, W, seed=task.seed, discrete_treatment=binary, feature_names=x_cols, n_bootstrap=n_bootstrap
        )
        curves = None
        if binary and y_binary:
            curves = _cross_fitted_uplift(name, Y, T, X, W, seed=task.seed)

    importance = _importance_by_column(fit.feature_importance, x_map, x_cols)
    blocks = {m: [x_cols.index(c) for c in x_map.get(m, []) if c in x_cols] for m in modifiers}
    predict = predictor(fit, W)
    shares = modifier_shares(predict, X, blocks, seed=task.seed)
    at_effect = None
    if task.at:
        constant = [z for z in task.at if not blocks.get(z)]
        if constant:
            raise UserError(f"'{constant[0]}' has one value in the usable rows, so the effect cannot vary with it.",
                            "Ask about a variable that varies.")
        at_effect = effect_at(fit, task.at, raw, X, W, blocks, warn)
    if fit.ate_ci is None:
        warn.append(f"{name} gives no confidence interval here.")
    cate = fit.cate
    quantiles = {f"{int(q * 100)}%": float(np.quantile(cate, q)) for q in QUANTILES}
    if shares is None:
        warn.append("The estimated effects barely vary across units, so no modifier drives a difference.")
    strongest = next(iter(shares)) if shares else _strongest_modifier(None, cate, modifiers, raw)
    subgroups = _subgroups(fit, raw, X, strongest)
    if not binary:
        warn.append(f"'{task.treatment}' is continuous: effects are per one-unit increase.")

    result = CateResult(
        treatment=task.treatment,
        outcome=task.outcome,
        method=name,
        modifiers=modifiers,
        ate=float(fit.ate),
        ate_ci_low=fit.ate_ci[0] if fit.ate_ci else None,
        ate_ci_high=fit.ate_ci[1] if fit.ate_ci else None,
        cate_quantiles=quantiles,
        subgroups=subgroups,
        subgroup_variable=strongest,
        feature_importance=importance,
        modifier_importance=shares,
        at_effect=at_effect,
        warnings=warn,
        n_rows_used=len(frame),
        n_rows_dropped=n_dropped,
    )
    result.figures.append(save_figure(_histogram(cate, fit.ate, task.treatment, task.outcome, name), f"cate_{task.treatment}_{task.outcome}", "Distribution of conditional effects"))
    if subgroups:
        result.figures.append(save_figure(_subgroup_bars(subgroups, strongest, task.treatment, task.outcome, fit.ate), f"subgroups_{task.treatment}_{strongest}", f"Effect by subgroup of {strongest}"))
    if at_effect is not None and len(task.at) == 1 and not is_group_column(raw[next(iter(task.at))]):
        z = next(iter(task.at))
        fig = effect_curve_figure(fit, raw, X, W, blocks[z][0], z, float(task.at[z]), task.treatment, task.outcome, seed=task.seed)
        result.figures.append(save_figure(fig, f"effect_at_{z}", f"Effect as {z} varies"))
    if curves is not None:
        result.qini = curves["qini_coefficient"]
        result.uplift_auuc = curves["auuc"]
        result.figures.append(save_figure(_uplift_figure(curves, task.treatment, task.outcome), f"uplift_{task.treatment}_{task.outcome}", "Qini and uplift curves (out-of-fold)"))
    result.seconds = time.perf_counter() - started
    return result


def _cross_fitted_uplift(name, Y, T, X, W, *, seed: int) -> dict | None:
    """Uplift curves from 2-fold out-of-fold CATE predictions (in-sample curves would flatter the model)."""
    rng = np.random.default_rng(seed)
    fold = rng.permutation(len(Y)) % 2
    score = np.empty(len(Y))
    for k in (0, 1):
        train, test = fold != k, fold == k
        if len(np.unique(T[train])) < 2:
            return None
        part = fit_estimator(
            name, Y[train], T[train], X[train], None if W is None else W[train], seed=seed, discrete_treatment=True
        )
        score[test] = _predict(part, X[test], W[test] if W is not None else None)
    return uplift_curves(Y, T, score)


def _predict(fit, x: np.ndarray, w: np.ndarray | None) -> np.ndarray:
    """CATE of a fitted registry estimator for new rows."""
    model = fit.model
    if fit.name in {"s_learner", "t_learner", "x_learner"}:
        xx = x if w is None else np.hstack([x, w])
        return np.ravel(model.effect(xx))
    kw = {"T0": 0, "T1": 1} if fit.name in {"linear_dml", "causal_forest"} else {}
    return np.ravel(model.effect(x, **kw))


__all__ = ["METHOD_TO_ESTIMATOR", "choose_estimator", "run", "uplift_curves"]
