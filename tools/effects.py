"""Average treatment effects in dowhy's shape: model -> identify -> estimate -> refute -> sensitivity.

`run(task, data)` reads top to bottom through small stages:
- `plan_adjustment`: what identifies the effect. A given graph (back-door, else front-door, else
  instrument, as dowhy finds them; the ID algorithm says when nothing identifies it), else a named
  instrument, else the named covariates, else a default set built from evidence (tools.adjustment:
  time order in names, outcome ingredients, a graph learned on the data), every column's fate stated.
- `analysis_frame` (tools.effect_frame): numeric complete rows; for a yes/no treatment with
  covariates, `common_support` checks propensity overlap and trims to it when overlap is poor.
- `build_model` / `identify`: a dowhy CausalModel and its identified estimand.
- `estimate`: linear regression (dowhy), propensity weighting and double ML (tools.ate_estimators),
  for the target population asked for (ATE, ATT or ATC).
- `refute`: dowhy's placebo, random-common-cause and subset refuters on the fast estimator.
- sensitivity to an unobserved confounder (tools.sensitivity), and the figures.

CATE tasks go to `tools.cate.run`; the agent's router (`graphs.nodes.run_tool_for`) chooses the tool.
"""

from __future__ import annotations

import logging
import time
import warnings
from concurrent.futures import ThreadPoolExecutor

import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from copilot.data import apply_conditions  # noqa: E402
from copilot.errors import UserError  # noqa: E402
from copilot.figures import save_figure  # noqa: E402
from copilot.results import EffectResult, EstimateRow, Refutation  # noqa: E402
from copilot.task import AteTask  # noqa: E402
from tools import ate_estimators as ests  # noqa: E402
from tools import sensitivity as sens  # noqa: E402
from tools import effect_report as report  # noqa: E402
from tools.effect_report import ate_figure  # noqa: E402
from tools.effect_frame import Frame, analysis_frame, common_support  # noqa: E402
from tools.identification import Plan, plan_adjustment  # noqa: E402
from tools.prep import check_effect_columns, encode_treatment, finite_or_none, numeric_outcome  # noqa: E402
from tools.refutation import refute  # noqa: E402

METHOD_LABELS = {
    "linear_regression": "linear regression",
    "propensity_weighting": "propensity-score weighting",
    "dml": "double machine learning (LinearDML)",
    "iv": "instrumental variable (Wald / 2SLS)",
    "iv_2sls": "two-stage least squares (instrument, with covariates)",
    "frontdoor": "front-door two-stage regression",
}
N_BOOTSTRAP = 100  # bootstrap resamples for CIs dowhy has no formula for (IV, front door)
# Simulations per refuter, sized to the CI: the mean of n placebo estimates has sd se/sqrt(n), so with
# n = 5 a sound model exceeds the +-1.96 se tolerance with probability ~1e-5 (n = 1 would fail 5% of the time).
N_REFUTE = 5


def _quiet():
    for name in ("dowhy", "dowhy.causal_model", "dowhy.causal_estimator", "dowhy.causal_refuter"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _ci(estimate) -> tuple[float | None, float | None]:
    try:
        ci = estimate.get_confidence_intervals()
    except Exception:  # some estimators cannot produce one; the row then has no CI
        return None, None
    if ci is None:
        return None, None
    arr = np.asarray(ci, dtype=float).ravel()
    if arr.size < 2:
        return None, None
    lo, hi = finite_or_none(arr[0]), finite_or_none(arr[-1])
    if lo is not None and hi is not None and lo > hi:
        lo, hi = hi, lo
    return lo, hi


# ---------------------------------------------------------------- 3. model and identification


def build_model(fr: Frame, plan: Plan):
    """The dowhy CausalModel for the plan's identification strategy."""
    from dowhy import CausalModel

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if plan.kind == "frontdoor":
            fd = [e for c in plan.frontdoor for e in fr.extra[c]]
            g = nx.DiGraph([(fr.T, m) for m in fd] + [(m, fr.Y) for m in fd] + [("U", fr.T), ("U", fr.Y)])
            return CausalModel(fr.df, fr.T, fr.Y, graph=g)
        if plan.kind == "iv":
            z = fr.extra.get(plan.instrument, [])
            if not z:
                raise UserError(f"The instrument '{plan.instrument}' is constant in the usable rows.", "Choose another instrument.")
            return CausalModel(fr.df, fr.T, fr.Y, common_causes=fr.adj or None, instruments=z)
        return CausalModel(fr.df, fr.T, fr.Y, common_causes=fr.adj or None)


def identify(model, plan: Plan):
    """The estimand. The adjustment set is already chosen, so dowhy is asked for exactly that set: its
    default search enumerates subsets of the common causes, exponential in their number (timing in
    docs/benchmarks.md)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        method = "default" if plan.kind == "frontdoor" else "maximal-adjustment"
        return model.identify_effect(method_name=method, proceed_when_unidentifiable=True)


# ---------------------------------------------------------------- 4. estimation


def choose_methods(task: AteTask, plan: Plan, fr: Frame, binary: bool, warn: list[str]) -> list[str]:
    """Estimators to run, primary first."""
    if plan.kind == "frontdoor":
        methods = ["frontdoor"]
    elif plan.kind == "iv":
        methods = ["iv_2sls", "iv"] if fr.adj else ["iv"]
    else:
        methods = ["linear_regression"]
        if task.method in ("propensity_weighting", "dml") and not fr.adj:
            raise UserError(
                f"The {METHOD_LABELS[task.method]} estimator needs covariates to adjust for, and there are none.",
                "Name the covariates (common causes), or use linear regression (a difference in means here).",
            )
        if binary and fr.adj:  # with nothing to adjust for it would be the difference in means again
            methods.append("propensity_weighting")
        elif task.method == "propensity_weighting":
            raise UserError(
                "Propensity-score weighting needs a yes/no treatment, and this one is continuous.",
                "Use linear regression or DML, or give two treatment values to compare.",
            )
        elif not binary:
            warn.append("Propensity-score weighting was skipped: it needs a yes/no treatment.")
        if fr.adj:
            methods.append("dml")
    if task.method != "auto" and plan.kind == "backdoor":
        primary = task.method
        methods += [] if primary in methods else [primary]
    else:
        if task.method != "auto":
            warn.append(f"The requested method '{task.method}' does not apply to a {plan.kind} estimand; used {methods[0]}.")
        primary = "dml" if "dml" in methods else methods[0]
    return [primary] + [m for m in methods if m != primary]


def _iv_2sls(fr: Frame, instrument: list[str]) -> ests.PlainEstimate:
    """Two-stage least squares with the covariates in both stages: the instrument only has to be
    valid given them (dowhy's IV estimator drops covariates, which biases the effect when they
    confound the instrument). Classical (homoskedastic) standard errors."""
    import statsmodels.api as sm
    from statsmodels.sandbox.regression.gmm import IV2SLS

    df = fr.df
    exog = sm.add_constant(df[[fr.T] + fr.adj].astype(float), has_constant="add")
    inst = sm.add_constant(df[instrument + fr.adj].astype(float), has_constant="add")
    fit = IV2SLS(df[fr.Y].astype(float), exog, inst).fit()
    scale = fr.contrast[1] - fr.contrast[0]
    lo, hi = (float(v) * scale for v in fit.conf_int().loc[fr.T])
    return ests.PlainEstimate(float(fit.params[fr.T]) * scale, (min(lo, hi), max(lo, hi)))


def _estimate_one(method: str, model, identified, fr: Frame, plan: Plan, *, binary: bool, target: str, seed: int,
                  n_bootstrap: int, e: np.ndarray | None):
    if method in ("iv", "frontdoor"):  # dowhy's bootstrap resamples from the global generator (DML, in
        np.random.seed(seed)  # another thread, takes its seed as random_state and never touches it)
    common = dict(control_value=fr.contrast[0], treatment_value=fr.contrast[1], confidence_intervals=True, target_units="ate")
    if method == "linear_regression":
        if target != "ate" and binary and fr.adj:
            return ests.regression_target(fr.df, fr.T, fr.Y, fr.adj, target)
        return model.estimate_effect(identified, method_name="backdoor.linear_regression", **common)
    if method == "propensity_weighting":
        est, _ = ests.ipw(fr.df[fr.Y].to_numpy(float), fr.df[fr.T].to_numpy(float), e, target)
        return est
    if method == "dml":
        return ests.dml(fr.df, fr.T, fr.Y, fr.adj, binary=binary, contrast=fr.contrast, target=target if binary else "ate", seed=seed)
    if method == "iv_2sls":
        return _iv_2sls(fr, fr.extra[plan.instrument])
    if method == "iv":
        return model.estimate_effect(identified, method_name="iv.instrumental_variable",
                                     method_params={"num_simulations": n_bootstrap}, **common)
    if method == "frontdoor":
        return model.estimate_effect(identified, method_name="frontdoor.two_stage_regression",
                                     method_params={"num_simulations": n_bootstrap}, **common)
    raise ValueError(method)


def estimate(methods: list[str], model, identified, fr: Frame, plan: Plan, *, binary: bool, target: str, seed: int,
             n_bootstrap: int, e, warn: list[str], primary: str) -> tuple[list[EstimateRow], dict]:
    """Each estimator's row; a failing estimator other than the primary is reported, not fatal."""
    rows: list[EstimateRow] = []
    estimates: dict = {}
    for method in methods:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                est = _estimate_one(method, model, identified, fr, plan, binary=binary, target=target, seed=seed,
                                    n_bootstrap=n_bootstrap, e=e)
        except UserError:
            raise
        except Exception as exc:  # an estimator failing on odd data is reported, the others still run
            if method == primary:
                raise UserError(
                    f"The {METHOD_LABELS[method]} estimator failed on this data ({exc}).",
                    "Try another method, fewer covariates, or check the treatment and outcome columns.",
                ) from exc
            warn.append(f"The {METHOD_LABELS[method]} estimator failed: {exc}")
            continue
        value = finite_or_none(np.ravel(est.value)[0])
        if value is None:
            warn.append(f"The {METHOD_LABELS[method]} estimate was not a finite number and is left out.")
            continue
        lo, hi = _ci(est)
        estimates[method] = (est, (lo, hi))
        rows.append(EstimateRow(method=METHOD_LABELS[method], estimate=value, ci_low=lo, ci_high=hi))
    return rows, estimates


# ---------------------------------------------------------------- 5. refutation (tools.refutation)


def _single_threaded(fn, *args, **kwargs):
    """OpenMP thread limits are per thread: a worker thread must set its own (else sklearn's boosting
    spins two OpenMP threads against the main thread's work)."""
    with threadpool_limits(1):
        return fn(*args, **kwargs)


def _refute_fast(model, identified, estimates: dict, fr: Frame, plan: Plan, *, binary, seed, n_bootstrap, n_refute, e, warn):
    """Refute with the fast dowhy estimator of this estimand (linear regression for a back door)."""
    on = {"backdoor": "linear_regression", "iv": "iv", "frontdoor": "frontdoor"}[plan.kind]
    if on in estimates and not isinstance(estimates[on][0], ests.PlainEstimate):
        est, ci = estimates[on]
    elif on == "linear_regression":  # ATT/ATC rows come from statsmodels: refute dowhy's ATE regression
        est = _estimate_one(on, model, identified, fr, plan, binary=binary, target="ate", seed=seed, n_bootstrap=n_bootstrap, e=e)
        ci = _ci(est)
    else:
        warn.append(f"No refutation was run: dowhy's refuters cannot re-run the {METHOD_LABELS[on]} estimator.")
        return []
    return refute(model, identified, est, ci=ci, seed=seed, n_sims=n_refute, on_label=METHOD_LABELS[on])


# ---------------------------------------------------------------- the tool


def run(task: AteTask, data: pd.DataFrame, *, n_bootstrap: int = N_BOOTSTRAP, n_refute: int = N_REFUTE) -> EffectResult:
    """Estimate the effect of `task.treatment` on `task.outcome` (CATE tasks go to tools.cate, via graphs/)."""
    if not isinstance(task, AteTask):
        raise UserError(f"The effects tool answers 'ate' questions, not '{task.kind}'.")
    _quiet()
    started = time.perf_counter()
    warn: list[str] = []
    # Graph nodes absent from the data are latent (unobserved) variables; only named columns must exist.
    check_effect_columns(task.model_copy(update={"graph": None}), data)
    data = apply_conditions(data, task.conditions, warn)
    t_values, levels, binary, notes = encode_treatment(data[task.treatment], task.treatment, task.treatment_values)
    y_values, y_notes = numeric_outcome(data[task.outcome], task.outcome)
    warn += notes + y_notes
    target = task.estimand
    if target != "ate" and not binary:
        warn.append(f"The effect on the {'treated' if target == 'att' else 'untreated'} needs a yes/no treatment; "
                    "this one is continuous, so the average effect (ATE) is reported.")
        target = "ate"

    plan = plan_adjustment(task, data, t_values, y_values, warn)
    fr = analysis_frame(task, data, plan, t_values, y_values, binary, warn)
    overlap, e, top_weight = None, None, None
    if plan.kind == "backdoor" and binary and fr.adj:
        overlap, e, top_weight = common_support(fr, target, warn)

    with threadpool_limits(1), ThreadPoolExecutor(1) as pool:
        model = build_model(fr, plan)
        identified = identify(model, plan)
        methods = choose_methods(task, plan, fr, binary, warn)
        common = dict(binary=binary, target=target, seed=task.seed, n_bootstrap=n_bootstrap, e=e, warn=warn, primary=methods[0])
        # DML is the slow estimator: it fits in a second thread while the refuters and the sensitivity
        # analysis run here (both threads are single-threaded in BLAS/OpenMP, so two cores are used).
        slow = pool.submit(_single_threaded, estimate, ["dml"], model, identified, fr, plan, **common) if "dml" in methods else None
        rows, estimates = estimate([m for m in methods if m != "dml"], model, identified, fr, plan, **common)
        refutations: list[Refutation] = []
        if task.refute and n_refute > 0:
            refutations = _refute_fast(model, identified, estimates, fr, plan, binary=binary, seed=task.seed,
                                       n_bootstrap=n_bootstrap, n_refute=n_refute, e=e, warn=warn)
        sensitivity = None
        if plan.kind == "backdoor":
            sensitivity = sens.analyse(fr.df, fr.T, fr.Y, fr.groups, scale=fr.contrast[1] - fr.contrast[0])
        if slow is not None:
            more_rows, more = slow.result()
            rows, estimates = rows + more_rows, {**estimates, **more}
    if not rows:
        raise UserError("No estimator produced an effect for this data.", "Check the treatment and outcome columns.")
    order = {METHOD_LABELS[m]: i for i, m in enumerate(methods)}
    rows.sort(key=lambda r: order[r.method])
    primary = methods[0] if methods[0] in estimates else next(m for m in methods if m in estimates)

    if plan.kind == "backdoor" and not fr.adj and not task.graph:
        warn.append("Nothing was adjusted for, so this is a plain comparison of the groups: "
                    "a causal effect only if the treatment was randomised (or nothing confounds it).")
    main_row = next(r for r in rows if r.method == METHOD_LABELS[primary])
    failed = [r.name for r in refutations if not r.passed]
    if failed:
        warn.append(f"Refutation{'s' if len(failed) > 1 else ''} not passed: {', '.join(failed)}; treat the estimate with care.")
    disagreement = report.disagreement(rows, main_row, overlap, top_weight)
    if disagreement:
        warn.append("The estimators disagree by more than the CI width; the model choice matters here.")
    alternative = report.alternative(task, data, t_values, y_values, plan, fr.contrast)
    if alternative is not None:
        warn.append("The evidence for part of the adjustment set is weak: compare the alternative set's estimate.")
    label = {"backdoor": "backdoor" if (task.graph or plan.adjustment) else "adjustment", "iv": "iv", "frontdoor": "frontdoor"}
    if fr.constant:
        warn.append(f"Constant in the usable rows, so not adjusted for: {', '.join(fr.constant)}.")
    result = EffectResult(
        treatment=task.treatment, outcome=task.outcome,
        estimate=main_row.estimate, ci_low=main_row.ci_low, ci_high=main_row.ci_high, method=main_row.method,
        estimand=label[plan.kind], target=target,
        adjustment_set=fr.used_adjustment,
        adjustment_reasons={c: plan.reasons[c] for c in fr.used_adjustment if c in plan.reasons},
        adjustment_evidence=plan.evidence,
        excluded_columns=plan.excluded,
        treatment_values=tuple(_plain(v) for v in (levels if binary else fr.contrast)) if (binary or task.treatment_values) else None,
        other_estimates=[r for r in rows if r is not main_row],
        refutations=refutations, overlap=overlap, sensitivity=sensitivity, alternative=alternative, disagreement=disagreement,
        warnings=warn, n_rows_used=len(fr.df), n_rows_dropped=fr.n_dropped,
    )
    result.figures.append(save_figure(ate_figure(result), f"ate_{task.treatment}_{task.outcome}", "Average effect by method, with refutations"))
    if sensitivity is not None:
        result.figures.append(save_figure(sens.contour_figure(sensitivity, task.treatment, task.outcome),
                                          f"sensitivity_{task.treatment}_{task.outcome}", "Sensitivity to an unobserved confounder"))
    result.figures += plan.figures
    result.seconds = time.perf_counter() - started
    return result


def _plain(value):
    """numpy scalars to Python values (for the JSON result)."""
    if isinstance(value, np.generic):
        return value.item()
    return value



__all__ = ["METHOD_LABELS", "ate_figure", "run"]
