"""Reading an ATE answer: the alternative adjustment set's estimate, why estimators disagree, the figure."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from copilot.results import AlternativeEstimate, EffectResult, EstimateRow  # noqa: E402
from copilot.task import AteTask  # noqa: E402
from tools import ate_estimators as ests  # noqa: E402
from tools.identification import Plan  # noqa: E402
from tools.prep import encode_features  # noqa: E402

LABELS = {"linear_regression": "linear regression", "propensity_weighting": "propensity-score weighting"}


def alternative(task: AteTask, data: pd.DataFrame, t_values, y_values, plan: Plan, contrast) -> AlternativeEstimate | None:
    """Linear regression under the other reading of weak evidence: without the columns that cannot be
    placed before the treatment, and with those a learned graph (only) called descendants."""
    import statsmodels.api as sm

    if plan.kind != "backdoor" or not (plan.uncertain or plan.graph_excluded):
        return None
    keep = [c for c in plan.adjustment if c not in plan.uncertain] + plan.graph_excluded
    base = pd.DataFrame({"__t": t_values, "__y": y_values}, index=data.index)
    feats, mapping = encode_features(data, list(dict.fromkeys(keep + plan.adjustment)))
    frame = pd.concat([base, feats], axis=1).dropna()
    frame = frame.loc[:, frame.nunique() > 1]
    if "__t" not in frame or len(frame) <= frame.shape[1] + 2:
        return None
    scale = contrast[1] - contrast[0]

    def ols(cols: list[str]) -> tuple[float, float, float]:
        enc = [e for c in cols for e in mapping.get(c, []) if e in frame.columns]
        fit = sm.OLS(frame["__y"].astype(float), sm.add_constant(frame[["__t", *enc]].astype(float), has_constant="add")).fit()
        lo, hi = sorted(float(v) * scale for v in fit.conf_int().loc["__t"])
        return float(fit.params["__t"]) * scale, lo, hi

    est, lo, hi = ols(keep)
    main, _, _ = ols(plan.adjustment)
    parts = []
    if plan.uncertain:
        parts.append(f"without {', '.join(plan.uncertain)} (no evidence that they precede the treatment)")
    if plan.graph_excluded:
        parts.append(f"with {', '.join(plan.graph_excluded)} (in case the learned graph's orientation is wrong)")
    return AlternativeEstimate(adjustment_set=keep, estimate=est, ci_low=lo, ci_high=hi, main_set_estimate=main,
                               method=LABELS["linear_regression"] + " (average effect, all rows)",
                               why="adjusting " + " and ".join(parts))


def disagreement(rows: list[EstimateRow], main: EstimateRow, overlap, top_weight: float | None) -> str | None:
    """Why the estimators disagree by more than the primary CI's width, from the diagnostics at hand."""
    spread = [r.estimate for r in rows]
    if len(spread) < 2 or main.ci_low is None or main.ci_high is None:
        return None
    width = main.ci_high - main.ci_low
    if max(spread) - min(spread) <= width:
        return None
    by = {r.method: r.estimate for r in rows}
    w = by.get(LABELS["propensity_weighting"])
    parts = [f"The estimators differ by {max(spread) - min(spread):.4g}, more than the {width:.4g} width of the main CI."]
    if w is not None and (overlap is not None and (overlap.share_extreme > ests.EXTREME or (top_weight or 0) > 0.05)):
        parts.append(
            f"Weighting ({w:.4g}) leans on few units: {overlap.share_extreme:.0%} of propensity scores are below "
            f"{ests.EXTREME} or above {1 - ests.EXTREME}"
            + (f" and one unit carries {top_weight:.0%} of its arm's weight" if top_weight else "")
            + ", so it is the least reliable estimate here; regression and DML instead extrapolate with their outcome models."
        )
    else:
        parts.append(
            "Regression assumes each covariate acts linearly, weighting relies only on the propensity model, and DML fits "
            "both flexibly: their disagreement means the functional form matters, and DML (the main estimate) is the least "
            "dependent on it."
        )
    return " ".join(parts)


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
    ax.set_title(f"{result.target.upper()}, 95% CI")
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


__all__ = ["alternative", "ate_figure", "disagreement"]
