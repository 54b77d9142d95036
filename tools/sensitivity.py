"""How strong would an unmeasured confounder have to be to explain the effect away?

Omitted-variable-bias sensitivity of Cinelli & Hazlett (2020), the method of dowhy's
`add_unobserved_common_cause(simulation_method="linear-partial-R2")` and of sensemakr, computed
here from one statsmodels OLS fit of the outcome and one of the treatment on the same design:
dowhy's refuter refits its own regression through its estimator and draws its own plot, which this
module does not need (the measurement is in docs/benchmarks.md; `tests/test_sensitivity.py` checks
that both give the same robustness value). For a binary outcome the E-value (VanderWeele & Ding
2017) is added, from the risk ratio implied by the risk difference and the control group's risk.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from copilot.results import SensitivityBenchmark, SensitivityResult

N_BENCHMARKS = 3  # the strongest observed covariates shown as reference points


def _partial_r2(fit, names: list[str]) -> float:
    """Partial R² of a column group in an OLS fit, from its Wald F statistic (t² for one column)."""
    df = float(fit.df_resid)
    if len(names) == 1:
        t = float(fit.tvalues[names[0]])
        return t * t / (t * t + df)
    b = fit.params[names].to_numpy()
    cov = fit.cov_params().loc[names, names].to_numpy()
    f = float(b @ np.linalg.pinv(cov) @ b) / len(names)
    return f * len(names) / (f * len(names) + df)


def robustness_value(t_stat: float, dof: float, q: float = 1.0, alpha: float | None = None) -> float:
    """RV_q (alpha None) or RV_{q,alpha}: the partial R² a confounder needs with both treatment and
    outcome to reduce the estimate by 100q% (or to make its (1-alpha) CI reach that value)."""
    fq = q * abs(t_stat) / np.sqrt(dof)
    if alpha is None:
        return float(0.5 * (np.sqrt(fq**4 + 4 * fq**2) - fq**2))
    f_crit = abs(stats.t.ppf(alpha / 2, dof - 1)) / np.sqrt(dof - 1)
    fqa = fq - f_crit
    if fqa < 0:
        return 0.0
    rv = 0.5 * (np.sqrt(fqa**4 + 4 * fqa**2) - fqa**2)
    if fq > 1 / f_crit:
        rv = (fq**2 - f_crit**2) / (1 + fq**2)
    return float(rv)


def _adjusted(est: float, se: float, dof: float, r2d: float, r2y: float) -> tuple[float, float, float]:
    """Estimate and 95% CI after removing the bias of a confounder with partial R²s (r2d, r2y), toward zero."""
    bias = np.sqrt(r2y * r2d / (1 - r2d)) * se * np.sqrt(dof)
    adj = np.sign(est) * (abs(est) - bias)
    adj_se = np.sqrt((1 - r2y) / (1 - r2d)) * se * np.sqrt(dof / (dof - 1))
    z = stats.t.ppf(0.975, dof - 1)
    return float(adj), float(adj - z * adj_se), float(adj + z * adj_se)


def e_value(rr: float) -> float:
    """VanderWeele & Ding's E-value of a risk ratio."""
    rr = 1 / rr if rr < 1 else rr
    return float(rr + np.sqrt(rr * (rr - 1)))


def analyse(
    frame: pd.DataFrame, treatment: str, outcome: str, groups: dict[str, list[str]], *, scale: float = 1.0
) -> SensitivityResult | None:
    """Sensitivity of the linear-regression estimate of `treatment` on `outcome` adjusting for `groups`
    ({original column: its encoded columns in `frame`}); `scale` turns the coefficient into the
    contrast reported (control -> treated value). None when there is nothing to fit."""
    import statsmodels.api as sm

    cols = [c for enc in groups.values() for c in enc]
    y = frame[outcome].astype(float)
    X = sm.add_constant(frame[[treatment, *cols]].astype(float), has_constant="add")
    if len(frame) <= X.shape[1] + 2:
        return None
    fit_y = sm.OLS(y, X).fit()
    est, se, dof = float(fit_y.params[treatment]) * scale, float(fit_y.bse[treatment]) * abs(scale), float(fit_y.df_resid)
    t_stat = float(fit_y.tvalues[treatment])
    benchmarks: list[SensitivityBenchmark] = []
    if cols:
        fit_d = sm.OLS(frame[treatment].astype(float), sm.add_constant(frame[cols].astype(float), has_constant="add")).fit()
        for name, enc in groups.items():
            enc = [c for c in enc if c in fit_y.params.index and c in fit_d.params.index]
            if not enc:
                continue
            r2d, r2y = _partial_r2(fit_d, enc), _partial_r2(fit_y, enc)
            benchmarks.append(SensitivityBenchmark(covariate=name, r2_treatment=r2d, r2_outcome=r2y))
        benchmarks.sort(key=lambda b: -min(b.r2_treatment, b.r2_outcome))
        benchmarks = benchmarks[:N_BENCHMARKS]
        for b in benchmarks:
            # a confounder as strong as this covariate (k = 1), with sensemakr's bounds
            r2dz = b.r2_treatment / (1 - b.r2_treatment)
            if r2dz < 1:
                r2zx = b.r2_treatment**2 / ((1 - b.r2_treatment) * (1 - b.r2_treatment))
                r2yz = min(1.0, ((1 + np.sqrt(r2zx)) / np.sqrt(1 - r2zx)) ** 2 * (b.r2_outcome / (1 - b.r2_outcome)))
                if r2yz < 1:
                    b.bound_r2_treatment, b.bound_r2_outcome = float(r2dz), float(r2yz)
                    b.adjusted_estimate, lo, hi = _adjusted(est, se, dof, r2dz, r2yz)
                    b.adjusted_ci = (lo, hi)
    result = SensitivityResult(
        estimate=est,
        standard_error=se,
        dof=int(dof),
        partial_r2_treatment=t_stat**2 / (t_stat**2 + dof),
        robustness_value=robustness_value(t_stat, dof),
        robustness_value_ci=robustness_value(t_stat, dof, alpha=0.05),
        benchmarks=benchmarks,
    )
    binary_y = set(np.unique(y.to_numpy())) <= {0.0, 1.0}
    if binary_y:
        treated = frame[treatment].astype(float) == frame[treatment].astype(float).max()
        p0 = float(y[~treated].mean())
        if 0 < p0 < 1:
            ci = (est - 1.96 * se, est + 1.96 * se)
            rr = (p0 + est) / p0
            if rr > 0:
                result.e_value = e_value(rr)
                near = min(ci, key=abs) if (ci[0] > 0) == (ci[1] > 0) else 0.0
                rr_ci = (p0 + near) / p0
                result.e_value_ci = e_value(rr_ci) if rr_ci > 0 and near != 0 else 1.0
                result.baseline_risk = p0
    return result


def contour_figure(s: SensitivityResult, treatment: str, outcome: str):
    """Bias-adjusted estimate over confounder strength (partial R² with treatment x with outcome),
    the zero line in red, the observed covariates' bounds as reference points."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    top = max([0.4, 1.5 * s.robustness_value] + [1.2 * (b.bound_r2_treatment or 0) for b in s.benchmarks]
              + [1.2 * (b.bound_r2_outcome or 0) for b in s.benchmarks])
    top = min(top, 0.99)
    grid = np.linspace(0, top, 60)
    r2d, r2y = np.meshgrid(grid, grid)
    bias = np.sqrt(r2y * r2d / (1 - r2d)) * s.standard_error * np.sqrt(s.dof)
    adj = np.sign(s.estimate) * (abs(s.estimate) - bias)
    fig, ax = plt.subplots(figsize=(5.5, 4.6))
    cs = ax.contour(r2d, r2y, adj, levels=8, colors="gray", linewidths=0.8)
    ax.clabel(cs, fontsize=7, fmt="%.3g")
    ax.contour(r2d, r2y, adj, levels=[0], colors="red", linewidths=1.6, linestyles="--")
    ax.plot([s.robustness_value], [s.robustness_value], "D", color="red")
    ax.annotate(f"RV = {s.robustness_value:.1%}", (s.robustness_value, s.robustness_value), xytext=(5, 5),
                textcoords="offset points", fontsize=8, color="red")
    for b in s.benchmarks:
        if b.bound_r2_treatment is not None:
            ax.plot([b.bound_r2_treatment], [b.bound_r2_outcome], "^", color="black")
            ax.annotate(f"1x {b.covariate}", (b.bound_r2_treatment, b.bound_r2_outcome), xytext=(4, -10),
                        textcoords="offset points", fontsize=8)
    ax.set_xlabel(f"partial R² of the confounder with {treatment}")
    ax.set_ylabel(f"partial R² of the confounder with {outcome}")
    ax.set_title(f"Estimate after an unobserved confounder (now {s.estimate:.3g}); red = 0", fontsize=9)
    fig.tight_layout()
    return fig


__all__ = ["analyse", "contour_figure", "e_value", "robustness_value"]
