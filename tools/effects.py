"""Average treatment effects with dowhy: identify, estimate three ways, refute.

Identification: a given graph (back-door, else front-door, else instrumental variable, as dowhy
finds them), else an instrument when one is named, else adjustment for the stated covariates,
else for every other column that is plausibly pre-treatment (the outcome, columns derived from it,
identifiers and free text are left out, and the result says which and why).

Estimation: linear regression (analytic CI), propensity-score weighting (bootstrap CI) and
double machine learning (econml LinearDML through dowhy; nuisance models chosen between Lasso/logistic and gradient boosting; analytic CI). Refutation: placebo
treatment, random common cause and data subset, run with dowhy on the primary estimator
(on linear regression when the primary is DML, to keep the run short; the detail says so).

`run(task, data)` dispatches a `CateTask` to `tools.cate.run`.
"""

from __future__ import annotations

import logging
import re
import time
import warnings
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from copilot.data import (  # noqa: E402
    apply_conditions,
    check_effect_columns,
    check_not_all_missing,
    drop_incomplete,
    column_type,
    encode_features,
    encode_treatment,
    finite_or_none,
    numeric_outcome,
)
from copilot.errors import UserError  # noqa: E402
from copilot.figures import save_figure  # noqa: E402
from copilot.results import CateResult, EffectResult, EstimateRow, Refutation  # noqa: E402
from copilot.task import AteTask, CateTask  # noqa: E402

METHOD_LABELS = {
    "linear_regression": "linear regression",
    "propensity_weighting": "propensity-score weighting",
    "dml": "double machine learning (LinearDML)",
    "iv": "instrumental variable (Wald / 2SLS)",
    "iv_2sls": "two-stage least squares (instrument, with covariates)",
    "frontdoor": "front-door two-stage regression",
}
N_BOOTSTRAP = 100  # bootstrap resamples for CIs dowhy has no formula for
N_REFUTE = 10  # simulations per refuter


# ---------------------------------------------------------------- adjustment set


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", str(name).lower())


def derived_from_outcome(frame: pd.DataFrame, column: str, outcome: str) -> str | None:
    """Why `column` looks derived from the outcome (so adjusting for it would be post-treatment), or None.

    Name test: the outcome's name is part of the column's name (`re78_log`, `log_re78`).
    Value tests: a near-deterministic monotone function (|Spearman| >= 0.98), or a cut of the
    outcome (the column's groups do not overlap in outcome values, e.g. `high = y > 10`).
    """
    key = _norm(outcome)
    if len(key) >= 3 and key in _norm(column) and _norm(column) != key:
        return f"its name contains the outcome's name '{outcome}', so it is probably computed from the outcome"
    pair = frame[[column, outcome]].dropna()
    if len(pair) < 10:
        return None
    x, y = pair[column], pair[outcome]
    x_num = pd.api.types.is_numeric_dtype(x) and not pd.api.types.is_bool_dtype(x)
    y_num = pd.api.types.is_numeric_dtype(y) and not pd.api.types.is_bool_dtype(y)
    if x_num and y_num and x.nunique() > 2 and y.nunique() > 2:
        rho = x.rank().corr(y.rank())
        if np.isfinite(rho) and abs(rho) >= 0.98:
            return f"it is an almost exact function of the outcome (rank correlation {rho:.3f})"
    if y_num and 2 <= x.nunique() <= 10:
        groups = [g for _, g in y.groupby(x.astype(str)) if len(g) >= 3]
        if len(groups) >= 2:
            spans = sorted((g.min(), g.max()) for g in groups)
            if all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1)):
                return "its groups split the outcome's values without overlap, so it is a cut of the outcome"
    if not y_num or y.nunique() <= 10:
        if x.nunique() == y.nunique() and pd.crosstab(x.astype(str), y.astype(str)).gt(0).sum(axis=1).eq(1).all():
            return "it is a one-to-one relabelling of the outcome"
    return None


def _looks_like_identifier(series: pd.Series, name: str) -> bool:
    """A unique-per-row column named like an id, holding text codes, or counting 0..n-1 / 1..n."""
    if re.search(r"(^|[^a-z])id($|[^a-z])|^id|id$|index|uuid|key$", str(name).lower()):
        return True
    if not pd.api.types.is_numeric_dtype(series):
        return True
    values = series.dropna()
    if pd.api.types.is_integer_dtype(values) or (values == values.round()).all():
        return float(values.max() - values.min()) == len(values) - 1
    return False


def choose_adjustment(
    data: pd.DataFrame, treatment: str, outcome: str, *, exclude: Iterable[str] = ()
) -> tuple[list[str], dict[str, str]]:
    """All other columns except plausibly post-treatment or unusable ones; returns (used, {excluded: why})."""
    excluded: dict[str, str] = {}
    used: list[str] = []
    skip = {treatment, outcome, *exclude}
    n = len(data)
    for col in data.columns:
        if col in skip:
            continue
        series = data[col]
        if series.isna().all():
            excluded[col] = "it is entirely missing"
            continue
        if series.nunique(dropna=True) < 2:
            excluded[col] = "it is constant"
            continue
        if series.isna().mean() > 0.5:
            excluded[col] = f"{series.isna().mean():.0%} of its values are missing"
            continue
        kind = column_type(series)
        if kind == "text":
            excluded[col] = "it is free text"
            continue
        if kind == "categorical" and series.nunique() > 50:
            excluded[col] = f"it has {series.nunique()} categories, too many to adjust for"
            continue
        reason = derived_from_outcome(data, col, outcome)
        if reason:
            excluded[col] = f"plausibly post-treatment: {reason}"
            continue
        if series.nunique() == n and _looks_like_identifier(series, col):
            excluded[col] = "it is a row identifier (a different value in every row)"
            continue
        used.append(col)
    return used, excluded


# ---------------------------------------------------------------- dowhy helpers


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


SELECT_MAX_ROWS = 20_000  # above this, gradient boosting alone (enough data for it; selection is slow)


def _dml_params(binary: bool, seed: int, n_rows: int) -> dict:
    """LinearDML nuisance models. Up to SELECT_MAX_ROWS rows each nuisance is chosen by 3-fold CV
    between a linear model (Lasso / logistic) and gradient boosting, scored by squared error and
    log-loss: boosting alone is biased on small samples with near-linear confounding, and econml's
    own selection scores classifiers by accuracy, which cannot tell good propensities apart."""
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    from sklearn.linear_model import LassoCV, LogisticRegression
    from sklearn.model_selection import GridSearchCV
    from sklearn.pipeline import Pipeline

    hgb_y = HistGradientBoostingRegressor(max_iter=100, random_state=seed)
    hgb_t = HistGradientBoostingClassifier(max_iter=100, random_state=seed) if binary else HistGradientBoostingRegressor(max_iter=100, random_state=seed)
    if n_rows > SELECT_MAX_ROWS:
        model_y, model_t = hgb_y, hgb_t
    else:
        model_y = GridSearchCV(
            Pipeline([("m", hgb_y)]), {"m": [LassoCV(random_state=seed), hgb_y]}, scoring="neg_mean_squared_error", cv=3
        )
        lin_t = LogisticRegression(max_iter=1000) if binary else LassoCV(random_state=seed)
        model_t = GridSearchCV(
            Pipeline([("m", hgb_t)]), {"m": [lin_t, hgb_t]}, scoring="neg_log_loss" if binary else "neg_mean_squared_error", cv=3
        )
    return {
        "init_params": {"model_y": model_y, "model_t": model_t, "discrete_treatment": binary, "cv": 3, "random_state": seed},
        "fit_params": {},
    }


class _PlainEstimate:
    """An estimate made outside dowhy, with the two methods the rows need."""

    def __init__(self, value: float, ci: tuple[float, float]):
        self.value, self._ci = value, ci

    def get_confidence_intervals(self):
        return self._ci


def _iv_2sls(model, contrast: tuple[float, float]) -> _PlainEstimate:
    """Two-stage least squares with the covariates in both stages: the instrument only has to be
    valid given them (dowhy's IV estimator drops covariates, which biases the effect when they
    confound the instrument). Classical (homoskedastic) standard errors."""
    import statsmodels.api as sm
    from statsmodels.sandbox.regression.gmm import IV2SLS

    df = model._data
    T, Y = model._treatment[0], model._outcome[0]
    covariates = list(model._common_causes or [])
    exog = sm.add_constant(df[[T] + covariates].astype(float), has_constant="add")
    inst = sm.add_constant(df[list(model._instruments) + covariates].astype(float), has_constant="add")
    fit = IV2SLS(df[Y].astype(float), exog, inst).fit()
    scale = contrast[1] - contrast[0]
    lo, hi = (float(v) * scale for v in fit.conf_int().loc[T])
    return _PlainEstimate(float(fit.params[T]) * scale, (min(lo, hi), max(lo, hi)))


def _estimate(model, estimand, method: str, *, binary: bool, contrast: tuple[float, float], seed: int, n_bootstrap: int):
    """One dowhy estimate with its 95% CI."""
    np.random.seed(seed)  # dowhy's bootstrap resamples from the global generator
    common = dict(control_value=contrast[0], treatment_value=contrast[1], confidence_intervals=True, target_units="ate")
    if method == "linear_regression":
        return model.estimate_effect(estimand, method_name="backdoor.linear_regression", **common)
    if method == "propensity_weighting":
        return model.estimate_effect(
            estimand,
            method_name="backdoor.propensity_score_weighting",
            method_params={"weighting_scheme": "ips_weight", "num_simulations": n_bootstrap},
            **common,
        )
    if method == "dml":
        return model.estimate_effect(
            estimand, method_name="backdoor.econml.dml.LinearDML", method_params=_dml_params(binary, seed, len(model._data)), **common
        )
    if method == "iv_2sls":
        return _iv_2sls(model, contrast)
    if method == "iv":
        return model.estimate_effect(
            estimand, method_name="iv.instrumental_variable", method_params={"num_simulations": n_bootstrap}, **common
        )
    if method == "frontdoor":
        return model.estimate_effect(
            estimand,
            method_name="frontdoor.two_stage_regression",
            method_params={"num_simulations": n_bootstrap},
            **common,
        )
    raise ValueError(method)


def _refute(model, estimand, estimate, *, ci: tuple, seed: int, n_sims: int, on_method: str) -> list[Refutation]:
    """Placebo treatment, random common cause, data subset; pass/fail by a stated tolerance."""
    value = float(estimate.value)
    lo, hi = ci
    tol = (hi - lo) / 2 if lo is not None and hi is not None else 0.1 * abs(value)
    tol = max(tol, 1e-9)
    note = f" (refuted with the {METHOD_LABELS[on_method]} estimator, {n_sims} simulations)"
    out: list[Refutation] = []
    specs = [
        ("placebo treatment", "placebo_treatment_refuter", {"placebo_type": "permute"}),
        ("random common cause", "random_common_cause", {}),
        ("data subset", "data_subset_refuter", {"subset_fraction": 0.8}),
    ]
    for label, name, kwargs in specs:
        np.random.seed(seed)
        try:
            ref = model.refute_estimate(estimand, estimate, method_name=name, num_simulations=n_sims, random_state=seed, **kwargs)
        except Exception as exc:  # a refuter that cannot run is reported, never hidden
            out.append(Refutation(name=label, passed=False, detail=f"could not run: {exc}"))
            continue
        new = finite_or_none(np.ravel(ref.new_effect)[0])
        if new is None:
            out.append(Refutation(name=label, passed=False, detail="the refuter returned no effect" + note))
            continue
        if label == "placebo treatment":
            passed = abs(new) < tol
            detail = (
                f"a randomly permuted treatment gives {new:.4g}; it should be near 0 "
                f"(within ±{tol:.3g}, the estimate's CI half-width)"
            )
        else:
            passed = abs(new - value) < tol
            what = "adding a random common cause" if label == "random common cause" else "re-estimating on random 80% subsets"
            detail = f"{what} gives {new:.4g} vs {value:.4g}; it should stay within ±{tol:.3g} (the CI half-width)"
        out.append(Refutation(name=label, new_effect=new, passed=passed, detail=detail + note))
    return out


def _safe_names(columns: Iterable[str]) -> dict[str, str]:
    """dowhy parses names in formulas and graphs: give every column a plain identifier."""
    return {c: f"v{i}" for i, c in enumerate(columns)}


# ---------------------------------------------------------------- figure


def ate_figure(result: EffectResult):
    """Estimates with 95% CIs per method, and refutation effects next to the estimate."""
    rows = [EstimateRow(method=result.method, estimate=result.estimate, ci_low=result.ci_low, ci_high=result.ci_high)]
    rows += result.other_estimates
    n_panels = 2 if result.refutations else 1
    fig, axes = plt.subplots(1, n_panels, figsize=(5.5 * n_panels, 0.6 * len(rows) + 2.2), squeeze=False)
    ax = axes[0][0]
    for i, row in enumerate(rows):
        color = "tab:blue" if i == 0 else "tab:gray"
        if row.ci_low is not None and row.ci_high is not None:
            ax.errorbar(
                row.estimate, i, xerr=[[row.estimate - row.ci_low], [row.ci_high - row.estimate]], fmt="o", color=color, capsize=4
            )
        else:
            ax.plot(row.estimate, i, "o", color=color)
    ax.axvline(0, color="black", lw=0.8, ls=":")
    ax.set_yticks(range(len(rows)), [r.method for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel(f"effect of {result.treatment} on {result.outcome}")
    ax.set_title("Average effect, 95% CI")
    if result.refutations:
        ax2 = axes[0][1]
        labels = [r.name for r in result.refutations]
        values = [r.new_effect if r.new_effect is not None else np.nan for r in result.refutations]
        colors = ["tab:green" if r.passed else "tab:red" for r in result.refutations]
        ax2.barh(range(len(labels)), values, color=colors)
        ax2.axvline(result.estimate, color="tab:blue", ls="--", label="estimate")
        ax2.axvline(0, color="black", lw=0.8, ls=":")
        ax2.set_yticks(range(len(labels)), labels)
        ax2.invert_yaxis()
        ax2.set_title("Refutations (green = passed)")
        ax2.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------- the tool


def _graph_nodes(graph: list[tuple[str, str]]) -> list[str]:
    return list(dict.fromkeys(v for edge in graph for v in edge))


def run(
    task: AteTask | CateTask, data: pd.DataFrame, *, n_bootstrap: int = N_BOOTSTRAP, n_refute: int = N_REFUTE
) -> EffectResult | CateResult:
    """Estimate the average effect of `task.treatment` on `task.outcome` (a CateTask goes to tools.cate)."""
    if isinstance(task, CateTask):
        from tools.cate import run as run_cate

        return run_cate(task, data)
    if not isinstance(task, AteTask):
        raise UserError(f"The effects tool answers 'ate' and 'cate' questions, not '{task.kind}'.")
    from dowhy import CausalModel

    _quiet()
    started = time.perf_counter()
    warn: list[str] = []
    graph_nodes = _graph_nodes(task.graph) if task.graph else []
    # Graph nodes absent from the data are latent (unobserved) variables; only named columns must exist.
    check_effect_columns(task.model_copy(update={"graph": None}), data)
    data = apply_conditions(data, task.conditions, warn)

    treat_raw = data[task.treatment]
    t_values, levels, binary, notes = encode_treatment(treat_raw, task.treatment, task.treatment_values)
    warn += notes
    y_values, y_notes = numeric_outcome(data[task.outcome], task.outcome)
    warn += y_notes

    # ---- what to adjust for
    excluded: dict[str, str] = {}
    instrument = task.instrument
    estimand_kind = "backdoor"
    frontdoor_vars: list[str] = []
    if task.graph:
        unknown_in_graph = [v for v in (task.treatment, task.outcome) if v not in graph_nodes]
        if unknown_in_graph:
            raise UserError(
                f"The graph has no node for {', '.join(repr(v) for v in unknown_in_graph)}.",
                "Add edges that connect the treatment and the outcome, or leave the graph out.",
            )
        latent = [v for v in graph_nodes if v not in data.columns]
        if latent:
            warn.append(f"Graph nodes not in the data were treated as unobserved: {', '.join(latent)}.")
        names = _safe_names([c for c in data.columns if c in graph_nodes] + latent)
        inv = {v: k for k, v in names.items()}
        g = nx.DiGraph([(names[a], names[b]) for a, b in task.graph])
        if not nx.is_directed_acyclic_graph(g):
            raise UserError("The given graph has a cycle.", "Give a directed acyclic graph (no variable may cause itself).")
        observed = [c for c in data.columns if c in graph_nodes]
        probe = data[observed].rename(columns=names).copy()
        probe[names[task.treatment]] = t_values
        probe[names[task.outcome]] = y_values
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ident = CausalModel(probe.dropna(), names[task.treatment], names[task.outcome], graph=g).identify_effect(
                proceed_when_unidentifiable=False
            )
        backdoor = ident.estimands.get("backdoor")
        if backdoor is not None:
            adjustment = [inv[v] for v in ident.get_backdoor_variables()]
        elif ident.get_frontdoor_variables():
            estimand_kind = "frontdoor"
            frontdoor_vars = [inv[v] for v in ident.get_frontdoor_variables()]
            adjustment = []
        elif ident.get_instrumental_variables():
            estimand_kind = "iv"
            instrument = inv[ident.get_instrumental_variables()[0]]
            adjustment = []
        else:
            raise UserError(
                "With this graph the effect is not identifiable: no back-door set, front-door set or instrument exists.",
                "Measure the unobserved confounders, add an instrument, or check the graph's edges.",
            )
        excluded = {
            c: "not needed for identification under the given graph"
            for c in data.columns
            if c not in adjustment + [task.treatment, task.outcome] + frontdoor_vars + ([instrument] if instrument else [])
        }
    elif task.covariates is not None:
        adjustment = [c for c in task.covariates if c not in (task.treatment, task.outcome)]
        if instrument:
            estimand_kind = "iv"
    else:
        adjustment, excluded = choose_adjustment(
            data, task.treatment, task.outcome, exclude=[instrument] if instrument else []
        )
        if instrument:
            estimand_kind = "iv"
            excluded[instrument] = "it is the instrument"
        if adjustment:
            warn.append(
                "No covariates were given, so the estimate adjusts for every other column that looks pre-treatment; "
                "it is unbiased only if these include all common causes and none is affected by the treatment."
            )
    if instrument and instrument in (task.treatment, task.outcome):
        raise UserError("The instrument must differ from the treatment and the outcome.", "Name another column as instrument.")

    # ---- the analysis frame: numeric, complete rows
    extra = frontdoor_vars + ([instrument] if instrument else [])
    used_cols = [task.treatment, task.outcome, *adjustment, *extra]
    check_not_all_missing(data, used_cols)
    base = pd.DataFrame({task.treatment: t_values, task.outcome: y_values}, index=data.index)
    feats, mapping = encode_features(data, list(dict.fromkeys(adjustment + extra)))
    frame, n_dropped = drop_incomplete(pd.concat([base, feats], axis=1), warn)
    if frame[task.treatment].nunique() < 2:
        raise UserError(
            f"After dropping rows with missing values the treatment '{task.treatment}' no longer varies.",
            "Use fewer covariates with missing values, or fill them in.",
        )
    if binary:
        counts = frame[task.treatment].value_counts()
        if counts.min() < 5:
            raise UserError(
                f"Only {int(counts.min())} rows are in one treatment group; an effect cannot be estimated reliably.",
                "Use more data or another treatment.",
            )
    constant = [c for c in feats.columns if c in frame and frame[c].nunique() < 2]
    frame = frame.drop(columns=constant)
    adj_encoded = [e for c in adjustment for e in mapping.get(c, []) if e in frame.columns]
    if binary:
        contrast = (0.0, 1.0)
        shown_values = levels
    elif task.treatment_values is not None:
        contrast = (float(task.treatment_values[0]), float(task.treatment_values[1]))
        shown_values = contrast
    else:
        contrast = (0.0, 1.0)
        shown_values = None
        warn.append(f"'{task.treatment}' is continuous: the effect is that of a one-unit increase (assumed linear).")

    names = _safe_names(frame.columns)
    df = frame.rename(columns=names)
    T, Y = names[task.treatment], names[task.outcome]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if estimand_kind == "frontdoor":
            fd_enc = [e for c in frontdoor_vars for e in mapping.get(c, []) if e in frame.columns]
            g = nx.DiGraph([(T, names[m]) for m in fd_enc] + [(names[m], Y) for m in fd_enc] + [("U", T), ("U", Y)])
            model = CausalModel(df, T, Y, graph=g)
        elif estimand_kind == "iv":
            z_enc = [e for e in mapping.get(instrument, []) if e in frame.columns]
            if not z_enc:
                raise UserError(f"The instrument '{instrument}' is constant in the usable rows.", "Choose another instrument.")
            model = CausalModel(df, T, Y, common_causes=[names[c] for c in adj_encoded] or None, instruments=[names[z] for z in z_enc])
        else:
            model = CausalModel(df, T, Y, common_causes=[names[c] for c in adj_encoded] or None)
        # The adjustment set is already chosen (from the graph, the task or the data), so ask dowhy for
        # exactly that set: its default search enumerates subsets of the common causes, which takes
        # minutes once one-hot encoding makes dozens of them (19 s for 40 binary columns here, 0.06 s this way).
        identify_method = "default" if estimand_kind == "frontdoor" else "maximal-adjustment"
        identified = model.identify_effect(method_name=identify_method, proceed_when_unidentifiable=True)

        if estimand_kind == "frontdoor":
            methods = ["frontdoor"]
        elif estimand_kind == "iv":
            methods = ["iv_2sls", "iv"] if adj_encoded else ["iv"]
        else:
            methods = ["linear_regression"]
            if task.method in ("propensity_weighting", "dml") and not adj_encoded:
                raise UserError(
                    f"The {METHOD_LABELS[task.method]} estimator needs covariates to adjust for, and there are none.",
                    "Name the covariates (common causes), or use linear regression (a difference in means here).",
                )
            if binary and adj_encoded:  # with nothing to adjust for it would be the difference in means again
                methods.append("propensity_weighting")
            elif task.method == "propensity_weighting":
                raise UserError(
                    "Propensity-score weighting needs a yes/no treatment, and this one is continuous.",
                    "Use linear regression or DML, or give two treatment values to compare.",
                )
            elif not binary:
                warn.append("Propensity-score weighting was skipped: it needs a yes/no treatment.")
            if adj_encoded:
                methods.append("dml")
        if task.method != "auto" and estimand_kind == "backdoor":
            if task.method not in methods:
                methods.append(task.method)
            primary = task.method
        elif task.method != "auto":
            warn.append(f"The requested method '{task.method}' does not apply to a {estimand_kind} estimand; used {methods[0]}.")
            primary = methods[0]
        else:
            primary = "dml" if "dml" in methods else methods[0]
        methods = [primary] + [m for m in methods if m != primary]

        rows: list[EstimateRow] = []
        estimates = {}
        with threadpool_limits(1):
            for method in methods:
                try:
                    est = _estimate(
                        model, identified, method, binary=binary, contrast=contrast, seed=task.seed, n_bootstrap=n_bootstrap
                    )
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
            if not rows:
                raise UserError("No estimator produced an effect for this data.", "Check the treatment and outcome columns.")
            if primary not in estimates:
                primary = next(iter(estimates))

            refutations: list[Refutation] = []
            if task.refute and n_refute > 0:
                # refuters re-run a dowhy estimator: refute the closest one dowhy has
                fallback = {"dml": "linear_regression", "iv_2sls": "iv"}.get(primary)
                on = fallback if fallback in estimates else primary
                est, ci = estimates[on]
                if isinstance(est, _PlainEstimate):
                    warn.append(f"No refutation was run: dowhy's refuters cannot re-run the {METHOD_LABELS[on]} estimator.")
                else:
                    refutations = _refute(model, identified, est, ci=ci, seed=task.seed, n_sims=n_refute, on_method=on)

    if estimand_kind == "backdoor" and not adj_encoded and not task.graph:
        warn.append(
            "Nothing was adjusted for, so this is a plain comparison of the groups: "
            "a causal effect only if the treatment was randomised (or nothing confounds it)."
        )
    main_row = next(r for r in rows if r.method == METHOD_LABELS[primary])
    failed = [r.name for r in refutations if not r.passed]
    if failed:
        warn.append(f"Refutation{'s' if len(failed) > 1 else ''} not passed: {', '.join(failed)}; treat the estimate with care.")
    spread = [r.estimate for r in rows]
    if len(spread) > 1 and main_row.ci_low is not None and main_row.ci_high is not None:
        if max(spread) - min(spread) > (main_row.ci_high - main_row.ci_low):
            warn.append("The estimators disagree by more than the CI width; the model choice matters here.")
    estimand_label = {"backdoor": "backdoor" if (task.graph or adjustment) else "adjustment", "iv": "iv", "frontdoor": "frontdoor"}
    result = EffectResult(
        treatment=task.treatment,
        outcome=task.outcome,
        estimate=main_row.estimate,
        ci_low=main_row.ci_low,
        ci_high=main_row.ci_high,
        method=main_row.method,
        estimand=estimand_label[estimand_kind],
        adjustment_set=[c for c in adjustment if any(e in frame.columns for e in mapping.get(c, []))],
        excluded_columns=excluded,
        treatment_values=tuple(_plain(v) for v in shown_values) if shown_values is not None else None,
        other_estimates=[r for r in rows if r is not main_row],
        refutations=refutations,
        warnings=warn,
        n_rows_used=len(frame),
        n_rows_dropped=n_dropped,
    )
    if constant:
        result.warnings.append(f"Constant in the usable rows, so not adjusted for: {', '.join(constant)}.")
    result.figures.append(save_figure(ate_figure(result), f"ate_{task.treatment}_{task.outcome}", "Average effect by method, with refutations"))
    result.seconds = time.perf_counter() - started
    return result


def _plain(value):
    """numpy scalars to Python values (for the JSON result)."""
    if isinstance(value, np.generic):
        return value.item()
    return value


__all__ = ["METHOD_LABELS", "ate_figure", "choose_adjustment", "derived_from_outcome", "run"]
