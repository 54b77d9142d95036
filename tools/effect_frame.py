"""The ATE tool's analysis frame: numeric complete rows under safe names, and common support.

Why a module of its own: what the estimators see (which rows survive, what each column became,
which contrast is estimated, which units are comparable across arms) is decided here once, and
every later stage (model, estimate, refute, sensitivity) reads the same `Frame`.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from tools.prep import check_not_all_missing, drop_incomplete, encode_features
from copilot.errors import UserError
from copilot.task import AteTask
from tools import ate_estimators as ests
from tools.identification import Plan, safe_names


@dataclass
class Frame:
    """Numeric complete rows under safe names, and what each original column became."""

    df: pd.DataFrame
    names: dict[str, str]  # encoded column -> safe name
    T: str
    Y: str
    adj: list[str]  # safe names of the adjustment columns
    groups: dict[str, list[str]]  # adjustment column -> its safe encoded names
    extra: dict[str, list[str]]  # front-door / instrument column -> safe encoded names
    contrast: tuple[float, float]
    n_dropped: int
    constant: list[str]
    used_adjustment: list[str]


def analysis_frame(task: AteTask, data: pd.DataFrame, plan: Plan, t_values, y_values, binary: bool, warn: list[str]) -> Frame:
    extra_cols = plan.frontdoor + ([plan.instrument] if plan.instrument else [])
    check_not_all_missing(data, [task.treatment, task.outcome, *plan.adjustment, *extra_cols])
    base = pd.DataFrame({task.treatment: t_values, task.outcome: y_values}, index=data.index)
    feats, mapping = encode_features(data, list(dict.fromkeys(plan.adjustment + extra_cols)))
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
    if binary or task.treatment_values is None:
        contrast = (0.0, 1.0)
        if not binary:
            warn.append(f"'{task.treatment}' is continuous: the effect is that of a one-unit increase (assumed linear).")
    else:
        contrast = (float(task.treatment_values[0]), float(task.treatment_values[1]))
    names = safe_names(frame.columns)
    enc = lambda col: [names[e] for e in mapping.get(col, []) if e in frame.columns]  # noqa: E731
    groups = {c: enc(c) for c in plan.adjustment if enc(c)}
    return Frame(
        df=frame.rename(columns=names), names=names, T=names[task.treatment], Y=names[task.outcome],
        adj=[e for g in groups.values() for e in g], groups=groups, extra={c: enc(c) for c in extra_cols},
        contrast=contrast, n_dropped=n_dropped, constant=constant, used_adjustment=list(groups),
    )


def common_support(fr: Frame, target: str, warn: list[str]):
    """Propensity overlap for a yes/no treatment with covariates: trims `fr.df` to the common support
    when overlap is poor (saying so) and returns (overlap, propensity scores, top IPW weight share)."""
    e = ests.propensity(fr.df, fr.T, fr.adj)
    overlap, keep = ests.check_overlap(fr.df[fr.T].to_numpy(), e)
    if overlap.n_trimmed:
        t_kept = fr.df[fr.T].to_numpy()[keep]
        if min(int((t_kept == 1).sum()), int((t_kept == 0).sum())) < 5:
            raise UserError(
                f"The treated and untreated units barely overlap: {overlap.share_extreme:.0%} have a propensity score "
                f"below {ests.EXTREME} or above {1 - ests.EXTREME}, and fewer than 5 units of one arm lie in the common support.",
                "Compare groups that are alike in the covariates, or drop a covariate that nearly determines the treatment.",
            )
        fr.df, e = fr.df[keep], e[keep]
        warn.append(f"Poor overlap: {overlap.share_extreme:.0%} of units have a propensity score below {ests.EXTREME} or "
                    f"above {1 - ests.EXTREME}; {overlap.n_trimmed:,} units outside the common support were left out, "
                    "so the effect is that of the units comparable across arms.")
    _, top_weight = ests.ipw(fr.df[fr.Y].to_numpy(float), fr.df[fr.T].to_numpy(float), e, target)
    return overlap, e, top_weight
