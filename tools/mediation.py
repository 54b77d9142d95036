"""Mediation: how much of the treatment's effect goes through the mediator?

Two methods, both with bootstrap confidence intervals (percentile, `task.n_bootstrap` resamples):
- `linear`: dowhy's two-stage regression (identify the natural direct and indirect effect on the
  graph T -> M -> Y, T -> Y, W -> {T, M, Y}; estimate with linear first and second stages). The
  bootstrap re-fits the same two linear stages with numpy, which is what dowhy computes, only
  without its per-call overhead (a test checks they agree).
- `simulation`: the mediation formula / g-computation (Imai, Keele & Tingley 2010) with a logistic
  model for a binary mediator or outcome and a linear-Gaussian one otherwise, and a treatment x
  mediator interaction in the outcome model. Expectations over a binary mediator are exact; over a
  continuous mediator they average `N_DRAWS` draws per unit from the mediator model.

`auto` picks `linear` when mediator and outcome are both continuous, else `simulation`.
Effects contrast treatment `control -> treated` (0 -> 1 for a yes/no treatment, one unit for a
continuous one unless `treatment_values` says otherwise).
"""

from __future__ import annotations

import time
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402
from tqdm.auto import tqdm  # noqa: E402

from copilot.data import apply_conditions  # noqa: E402
from copilot.errors import UserError  # noqa: E402
from copilot.figures import save_figure  # noqa: E402
from copilot.results import MediationResult  # noqa: E402
from copilot.task import MediationTask  # noqa: E402
from tools.prep import (  # noqa: E402
    check_effect_columns, check_not_all_missing, drop_incomplete, encode_features, encode_treatment,
    numeric_outcome,
)

N_DRAWS = 30  # mediator draws per unit (continuous mediator in the simulation method)


# ---------------------------------------------------------------- the two estimators


def _ols(design: np.ndarray, y: np.ndarray) -> np.ndarray:
    beta, *_ = np.linalg.lstsq(design, y, rcond=None)
    return beta


def linear_effects(t: np.ndarray, m: np.ndarray, y: np.ndarray, w: np.ndarray | None, contrast=(0.0, 1.0)) -> dict[str, float]:
    """Product-of-coefficients mediation (Baron-Kenny / two-stage regression): NIE = a*b, NDE = c'."""
    ones = np.ones((len(t), 1))
    parts = [ones, t[:, None]] + ([w] if w is not None else [])
    a = _ols(np.hstack(parts), m)[1]
    coef = _ols(np.hstack([ones, t[:, None], m[:, None]] + ([w] if w is not None else [])), y)
    delta = contrast[1] - contrast[0]
    nde = float(coef[1] * delta)
    nie = float(a * coef[2] * delta)
    return {"nde": nde, "nie": nie, "total": nde + nie}


class Logistic:
    """Logistic regression by Newton-Raphson (IRLS) with a tiny ridge: the bootstrap refits it
    hundreds of times, and a few numpy solves are much cheaper than statsmodels' Logit (the ratio is
    in docs/benchmarks.md; `python -m eval bench-fits` measures it). The ridge keeps separable
    bootstrap resamples finite."""

    def __init__(self, x: np.ndarray, y: np.ndarray, ridge: float = 1e-6, max_iter: int = 50):
        design = np.hstack([np.ones((len(x), 1)), x])
        beta = np.zeros(design.shape[1])
        penalty = ridge * np.eye(design.shape[1])
        penalty[0, 0] = 0.0
        for _ in range(max_iter):
            p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -30, 30)))
            grad = design.T @ (y - p) - penalty @ beta
            hess = (design * (p * (1 - p))[:, None]).T @ design + penalty
            step = np.linalg.solve(hess + 1e-10 * np.eye(len(beta)), grad)
            beta = beta + step
            if np.max(np.abs(step)) < 1e-8:
                break
        self.beta = beta

    def prob(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-np.clip(x @ self.beta[1:] + self.beta[0], -30, 30)))


def simulation_effects(
    t: np.ndarray,
    m: np.ndarray,
    y: np.ndarray,
    w: np.ndarray | None,
    *,
    m_binary: bool,
    y_binary: bool,
    contrast=(0.0, 1.0),
    seed: int = 0,
) -> dict[str, float]:
    """Natural effects by the mediation formula with parametric mediator and outcome models.

    E[Y(t, M(t'))] = average over units of E[Y | T=t, M=m, W] integrated over m ~ P(M | T=t', W).
    NDE = E[Y(1, M(0))] - E[Y(0, M(0))], NIE = E[Y(1, M(1))] - E[Y(1, M(0))].
    """
    n = len(t)
    w_ = w if w is not None else np.empty((n, 0))
    t0, t1 = contrast

    def med_design(tv):
        return np.hstack([np.full((n, 1), tv), w_])

    def out_design(tv, mv):
        tcol = np.full((n, 1), tv)
        return np.hstack([tcol, mv[:, None], tcol * mv[:, None], w_])

    obs_med = np.hstack([t[:, None], w_])
    obs_out = np.hstack([t[:, None], m[:, None], (t * m)[:, None], w_])
    if y_binary:
        out_model = Logistic(obs_out, y)

        def ey(tv, mv):
            return out_model.prob(out_design(tv, mv))
    else:
        beta = _ols(np.hstack([np.ones((n, 1)), obs_out]), y)

        def ey(tv, mv):
            return np.hstack([np.ones((n, 1)), out_design(tv, mv)]) @ beta

    if m_binary:
        med_model = Logistic(obs_med, m)

        def potential(tv, tm):
            p1 = med_model.prob(med_design(tm))
            return float(np.mean(p1 * ey(tv, np.ones(n)) + (1 - p1) * ey(tv, np.zeros(n))))
    else:
        gamma = _ols(np.hstack([np.ones((n, 1)), obs_med]), m)
        resid_sd = float(np.std(m - np.hstack([np.ones((n, 1)), obs_med]) @ gamma, ddof=obs_med.shape[1] + 1))
        noise = np.random.default_rng(seed).normal(size=(N_DRAWS, n)) * resid_sd  # shared across arms

        def potential(tv, tm):
            mean_m = np.hstack([np.ones((n, 1)), med_design(tm)]) @ gamma
            if not y_binary:  # linear in m: the mean mediator gives the exact expectation
                return float(np.mean(ey(tv, mean_m)))
            return float(np.mean([np.mean(ey(tv, mean_m + e)) for e in noise]))

    y11, y10, y00 = potential(t1, t1), potential(t1, t0), potential(t0, t0)
    return {"nde": y10 - y00, "nie": y11 - y10, "total": y11 - y00}


def dowhy_two_stage(frame: pd.DataFrame, treatment: str, mediator: str, outcome: str, controls: list[str], contrast=(0.0, 1.0)) -> dict[str, float]:
    """NDE and NIE from dowhy's identification + two-stage regression estimator.

    dowhy is asked for the 0 -> 1 contrast and the effects are scaled by `treated - control`
    (exact for linear stages): dowhy 0.14 splits NDE/NIE wrongly for other control values.
    """
    from dowhy import CausalModel
    from dowhy.causal_estimators.linear_regression_estimator import LinearRegressionEstimator

    names = {c: f"v{i}" for i, c in enumerate([treatment, mediator, outcome, *controls])}
    df = frame[list(names)].rename(columns=names)
    T, M, Y = names[treatment], names[mediator], names[outcome]
    edges = [(T, M), (M, Y), (T, Y)] + [(names[c], v) for c in controls for v in (T, M, Y)]
    model = CausalModel(df, T, Y, graph=nx.DiGraph(edges))
    out = {}
    for key, estimand_type in (("nde", "nonparametric-nde"), ("nie", "nonparametric-nie")):
        identified = model.identify_effect(estimand_type=estimand_type, proceed_when_unidentifiable=True)
        est = model.estimate_effect(
            identified,
            method_name="mediation.two_stage_regression",
            control_value=0,
            treatment_value=1,
            confidence_intervals=False,
            test_significance=False,
            method_params={"first_stage_model": LinearRegressionEstimator, "second_stage_model": LinearRegressionEstimator},
        )
        out[key] = float(np.ravel(est.value)[0]) * (contrast[1] - contrast[0])
    out["total"] = out["nde"] + out["nie"]
    return out


# ---------------------------------------------------------------- figure


def mediation_figure(result: MediationResult):
    labels = ["direct (NDE)", "indirect (NIE)", "total"]
    values = [result.nde, result.nie, result.total_effect]
    cis = [result.nde_ci, result.nie_ci, result.total_ci]
    fig, ax = plt.subplots(figsize=(6, 4))
    err = np.array([[v - ci[0], ci[1] - v] if ci else [0, 0] for v, ci in zip(values, cis)]).T
    ax.bar(labels, values, color=["tab:blue", "tab:orange", "tab:gray"], yerr=err, capsize=6)
    ax.axhline(0, color="black", lw=0.8)
    share = f", {result.proportion_mediated:.0%} mediated" if result.proportion_mediated is not None else ""
    ax.set_title(f"{result.treatment} -> {result.mediator} -> {result.outcome}{share}")
    ax.set_ylabel(f"effect on {result.outcome} (95% CI)")
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------- the tool


def _is_binary01(values: np.ndarray) -> bool:
    return set(np.unique(values)) <= {0.0, 1.0}


def run(task: MediationTask, data: pd.DataFrame, *, progress: bool = False) -> MediationResult:
    """Natural direct and indirect effects of `task.treatment` on `task.outcome` through `task.mediator`."""
    from tools.covariates import covariates_for

    started = time.perf_counter()
    warn: list[str] = []
    check_effect_columns(task, data)
    if task.mediator in (task.treatment, task.outcome):
        raise UserError(
            f"The mediator '{task.mediator}' must differ from the treatment and the outcome.",
            "Name the variable through which the treatment may act.",
        )
    data = apply_conditions(data, task.conditions, warn)
    t_values, levels, t_binary, notes = encode_treatment(data[task.treatment], task.treatment, task.treatment_values)
    warn += notes
    y_values, y_notes = numeric_outcome(data[task.outcome], task.outcome)
    m_values, m_notes = numeric_outcome(data[task.mediator], task.mediator, role="mediator")
    warn += y_notes + m_notes

    controls = covariates_for(data, task.treatment, task.outcome, task.covariates, warn, said="Not adjusted for:",
                              mediator=task.mediator)
    check_not_all_missing(data, controls)
    w_frame, w_map = encode_features(data, controls)
    frame, n_dropped = drop_incomplete(
        pd.concat([pd.DataFrame({"t": t_values, "m": m_values, "y": y_values}, index=data.index), w_frame.add_prefix("w:")], axis=1),
        warn,
    )
    if frame["t"].nunique() < 2:
        raise UserError(f"The treatment '{task.treatment}' does not vary in the usable rows.", "Use more rows or another treatment.")
    if frame["m"].nunique() < 2:
        raise UserError(
            f"The mediator '{task.mediator}' has the same value in every usable row, so nothing can pass through it.",
            "Choose a mediator that varies.",
        )
    w_cols = [c for c in frame.columns if c.startswith("w:") and frame[c].nunique() > 1]
    t = frame["t"].to_numpy(float)
    m = frame["m"].to_numpy(float)
    y = frame["y"].to_numpy(float)
    w = frame[w_cols].to_numpy(float) if w_cols else None
    m_binary, y_binary = _is_binary01(m), _is_binary01(y)
    if t_binary or task.treatment_values is None:
        contrast = (0.0, 1.0)
    else:
        contrast = (float(task.treatment_values[0]), float(task.treatment_values[1]))
    if not t_binary and task.treatment_values is None:
        warn.append(f"'{task.treatment}' is continuous: effects are for a one-unit increase.")

    method = task.method
    if method == "auto":
        method = "simulation" if (m_binary or y_binary) else "linear"
    if method == "linear" and (m_binary or y_binary):
        warn.append(
            "The linear method treats the binary "
            + " and ".join(v for v, b in ((task.mediator, m_binary), (task.outcome, y_binary)) if b)
            + " as continuous (a linear probability model); the simulation method models it with a logistic regression."
        )

    def estimate(idx: np.ndarray | None, seed: int) -> dict[str, float]:
        tt, mm, yy = (t, m, y) if idx is None else (t[idx], m[idx], y[idx])
        ww = w if (w is None or idx is None) else w[idx]
        if method == "linear":
            return linear_effects(tt, mm, yy, ww, contrast)
        return simulation_effects(tt, mm, yy, ww, m_binary=m_binary, y_binary=y_binary, contrast=contrast, seed=seed)

    # One BLAS thread: hundreds of small solves are far slower with many threads on a busy machine.
    with warnings.catch_warnings(), threadpool_limits(1):
        warnings.simplefilter("ignore")
        if method == "linear":
            renamed = frame[["t", "m", "y", *w_cols]].copy()
            point = dowhy_two_stage(renamed, "t", "m", "y", w_cols, contrast)
            method_label = "two-stage linear regression (dowhy)"
        else:
            point = estimate(None, task.seed)
            kinds = f"{'logistic' if m_binary else 'linear'} mediator model, {'logistic' if y_binary else 'linear'} outcome model"
            method_label = f"mediation formula by simulation ({kinds}, treatment x mediator interaction)"

        draws = []
        rng = np.random.default_rng(task.seed)
        iterator = range(task.n_bootstrap)
        if progress:
            iterator = tqdm(iterator, desc="mediation bootstrap", leave=False)
        for b in iterator:
            idx = rng.integers(0, len(t), len(t))
            if np.unique(t[idx]).size < 2 or np.unique(m[idx]).size < 2:
                continue
            try:
                draws.append(estimate(idx, task.seed + b + 1))
            except (ValueError, np.linalg.LinAlgError):  # a degenerate resample (e.g. one class only) is skipped
                continue

    def ci(key: str) -> tuple[float, float] | None:
        vals = np.array([d[key] for d in draws], dtype=float)
        vals = vals[np.isfinite(vals)]
        if len(vals) < 10:
            return None
        return float(np.quantile(vals, 0.025)), float(np.quantile(vals, 0.975))

    total = point["total"]
    proportion = point["nie"] / total if abs(total) > 1e-12 else None
    prop_ci = None
    if draws:
        ratios = np.array([d["nie"] / d["total"] for d in draws if abs(d["total"]) > 1e-12])
        if len(ratios) >= 10:
            prop_ci = (float(np.quantile(ratios, 0.025)), float(np.quantile(ratios, 0.975)))
    total_ci = ci("total")
    if task.n_bootstrap and len(draws) < 10:
        warn.append("Too few usable bootstrap resamples for confidence intervals.")
    if total_ci and total_ci[0] <= 0 <= total_ci[1]:
        warn.append("The total effect's CI includes 0, so the proportion mediated is not meaningful.")
        prop_ci = None
    if proportion is not None and (proportion < 0 or proportion > 1):
        warn.append("The direct and indirect effects have opposite signs, so the proportion mediated is outside 0-1.")
    warn.append(
        "Natural effects assume no unmeasured confounding of treatment-outcome, treatment-mediator and "
        "mediator-outcome, and no confounder of the mediator that the treatment affects."
    )
    adjustment = [c for c in controls if any(f"w:{e}" in w_cols for e in w_map.get(c, []))]
    result = MediationResult(
        treatment=task.treatment,
        outcome=task.outcome,
        mediator=task.mediator,
        method=method_label,
        total_effect=total,
        total_ci=total_ci,
        nde=point["nde"],
        nde_ci=ci("nde"),
        nie=point["nie"],
        nie_ci=ci("nie"),
        proportion_mediated=proportion,
        proportion_ci=prop_ci,
        adjustment_set=adjustment,
        warnings=warn,
        n_rows_used=len(frame),
        n_rows_dropped=n_dropped,
    )
    result.figures.append(
        save_figure(mediation_figure(result), f"mediation_{task.treatment}_{task.mediator}_{task.outcome}", "Direct and indirect effects")
    )
    result.seconds = time.perf_counter() - started
    return result


__all__ = ["dowhy_two_stage", "linear_effects", "mediation_figure", "run", "simulation_effects"]
