"""Explanations of the effects estimated on a table: average effects (with refutations and sensitivity),
heterogeneous effects, policies and mediation. Each states its headline number first, then what it rests on.
"""

from __future__ import annotations

from typing import Any

from copilot.explain.formatting import (
    at_words,
    bullets,
    ci,
    closing,
    code_names,
    conditions_line,
    fmt,
    includes_zero,
    mentions_confounding,
    pct,
    sample_line,
    share_text,
    warning_lines,
)
from copilot.results import CateResult, EffectResult, MediationResult, PolicyResult

_TARGET_WORDS = {
    "ate": ("average effect", "on average over everyone"),
    "att": ("average effect on the treated (ATT)", "on average for those who were treated"),
    "atc": ("average effect on the untreated (ATC)", "on average for those who were not treated"),
}


def _sensitivity_lines(r: EffectResult) -> list[str]:
    """The one-sentence answer to 'how much would hidden confounding have to matter?', plus the E-value."""
    s = r.sensitivity
    if s is None:
        return []
    strongest = next((b for b in s.benchmarks if b.adjusted_estimate is not None), None)
    line = (
        f"Sensitivity: an unobserved confounder would need to explain {share_text(s.robustness_value)} of the residual variance "
        f"of both `{r.treatment}` and `{r.outcome}` to remove the effect (robustness value; {share_text(s.robustness_value_ci)} "
        "to make the 95% CI include zero)"
    )
    if s.benchmarks:
        b = s.benchmarks[0]
        stronger = s.robustness_value > max(b.r2_treatment, b.r2_outcome)
        line += (
            f" — {'more' if stronger else 'less'} than the strongest observed covariate, `{b.covariate}`, explains "
            f"({share_text(b.r2_treatment)} of the treatment's, {share_text(b.r2_outcome)} of the outcome's)"
            + ("" if stronger else ", so a hidden confounder of that strength could remove the effect")
        )
    line += "."
    out = [line]
    if strongest is not None and strongest.adjusted_ci is not None:
        out.append(
            f"A confounder as strong as `{strongest.covariate}` would move the linear-regression estimate of the average effect "
            f"from {fmt(s.estimate)} "
            f"to {fmt(strongest.adjusted_estimate)} ({ci(*strongest.adjusted_ci)})."
        )
    if s.e_value is not None:
        out.append(
            f"E-value: {fmt(s.e_value)} (for the CI: {fmt(s.e_value_ci)}): a confounder would need a risk ratio of at least that "
            f"with both treatment and outcome to explain the effect away (risk ratio taken from the control risk {fmt(s.baseline_risk)})."
        )
    return out


def explain_effect(task: Any, r: EffectResult) -> str:
    name, whose = _TARGET_WORDS.get(r.target, _TARGET_WORDS["ate"])
    head = (
        f"**Estimated {name} of `{r.treatment}` on `{r.outcome}`: {fmt(r.estimate)}** "
        f"({r.target.upper()}; {ci(r.ci_low, r.ci_high)}; method: {r.method}, {r.estimand} identification)."
    )
    if r.treatment_values is not None:
        control, treated = r.treatment_values
        contrast = f"Moving `{r.treatment}` from {control} to {treated} changes `{r.outcome}` by {fmt(r.estimate)} {whose}."
    else:
        contrast = f"A one-unit increase in `{r.treatment}` changes `{r.outcome}` by {fmt(r.estimate)} {whose}."
    zero = includes_zero(r.ci_low, r.ci_high)
    signif = None
    if zero is True:
        signif = "The interval includes zero, so the data are consistent with no effect."
    elif zero is False:
        signif = "The interval excludes zero."
    lines: list[str | None] = [contrast, signif, f"Adjusted for: {code_names(r.adjustment_set)}."]
    by_reason: dict[str, list[str]] = {}
    for col, why in r.adjustment_reasons.items():
        if why != "you named it":
            by_reason.setdefault(why, []).append(col)
    for why, cols in by_reason.items():
        lines.append(f"Adjusted for {code_names(cols)}: {why}.")
    for col, why in r.excluded_columns.items():
        lines.append(f"Not adjusted for `{col}`: {why}.")
    lines.append(r.adjustment_evidence)
    if r.alternative is not None:
        a = r.alternative
        lines.append(
            f"Alternative adjustment set, side by side: {a.why} gives {fmt(a.estimate)} ({ci(a.ci_low, a.ci_high)}; {a.method})"
            + (f", against {fmt(a.main_set_estimate)} with the main set in the same model." if a.main_set_estimate is not None else ".")
        )
    lines.append(conditions_line(task))
    lines.append(sample_line(r))
    if r.overlap is not None:
        o = r.overlap
        lines.append(
            f"Overlap: propensity scores run from {fmt(o.propensity_treated.get('min'))} to {fmt(o.propensity_treated.get('max'))} "
            f"among the treated and {fmt(o.propensity_control.get('min'))} to {fmt(o.propensity_control.get('max'))} among the "
            f"untreated; {share_text(o.share_extreme)} are extreme"
            + (f"; {o.n_trimmed:,} units were trimmed: {o.trim_rule}." if o.n_trimmed else ".")
        )
    if r.other_estimates:
        others = "; ".join(f"{e.method}: {fmt(e.estimate)} ({ci(e.ci_low, e.ci_high)})" for e in r.other_estimates)
        lines.append(f"Other estimators: {others}.")
    lines.append(r.disagreement)
    for ref in r.refutations:
        detail = []
        if ref.new_effect is not None:
            detail.append(f"new effect {fmt(ref.new_effect)}")
        if ref.p_value is not None:
            detail.append(f"p = {fmt(ref.p_value)}")
        status = "passed" if ref.passed else "FAILED"
        # The tool's own detail already states the new effect and the tolerance; otherwise list the numbers.
        body = ref.detail or ", ".join(detail)
        lines.append(f"Refutation — {ref.name}: {status}" + (f" — {body}" if body else "") + ".")
    lines += _sensitivity_lines(r)
    if r.estimand in {"backdoor", "adjustment"} and not mentions_confounding(r):
        lines.append(
            "Caveat: this is causal only if the adjustment set blocks every confounding path "
            "(no unobserved confounding); a variable you did not measure could bias it."
        )
    lines += warning_lines(r)
    return head + "\n\n" + bullets(lines)


def explain_cate(task: Any, r: CateResult) -> str:
    head = (
        f"**Average effect of `{r.treatment}` on `{r.outcome}`: {fmt(r.ate)}** "
        f"({ci(r.ate_ci_low, r.ate_ci_high)}; method: {r.method}), and it varies across units."
    )
    lines: list[str | None] = []
    if r.at_effect is not None:
        a = r.at_effect
        lines.append(f"Overall, as above: {fmt(r.ate)} ({ci(r.ate_ci_low, r.ate_ci_high)}).")
        head = (
            f"**Effect of `{r.treatment}` on `{r.outcome}` at {at_words(a.at)}: {fmt(a.effect)}** "
            f"({ci(a.ci_low, a.ci_high)}; method: {r.method}; {a.n_rows:,} rows, {a.averaging})."
        )
    if r.cate_quantiles:
        qs = ", ".join(f"{k}: {fmt(v)}" for k, v in r.cate_quantiles.items())
        lines.append(f"Individual effects by quantile — {qs}.")
    lines.append(f"Effect modifiers: {code_names(r.modifiers)}.")
    if r.subgroups:
        by = f" by `{r.subgroup_variable}`" if r.subgroup_variable else ""
        rows = "; ".join(
            f"{g.label} (n = {g.n:,}): {fmt(g.effect)}"
            + (f" [{fmt(g.ci_low)}, {fmt(g.ci_high)}]" if g.ci_low is not None and g.ci_high is not None else "")
            for g in r.subgroups
        )
        lines.append(f"Subgroups{by}: {rows}.")
        best = max(r.subgroups, key=lambda g: g.effect)
        worst = min(r.subgroups, key=lambda g: g.effect)
        if best.label != worst.label:
            lines.append(
                f"The effect is largest for {best.label} ({fmt(best.effect)}) and smallest for "
                f"{worst.label} ({fmt(worst.effect)})."
            )
    if r.modifier_importance:
        top = list(r.modifier_importance.items())[:5]
        lines.append(
            "What drives the differences (share of the estimated effects' variation that depends on each modifier, "
            "by permuting it): " + ", ".join(f"`{k}` {pct(v)}" for k, v in top) + "."
        )
    elif r.feature_importance:
        top = sorted(r.feature_importance.items(), key=lambda kv: -abs(kv[1]))[:5]
        lines.append("Strongest modifiers: " + ", ".join(f"`{k}` ({fmt(v)})" for k, v in top) + ".")
    if r.uplift_auuc is not None:
        lines.append(f"Uplift: AUUC {fmt(r.uplift_auuc)}" + (f", Qini {fmt(r.qini)}" if r.qini is not None else "") + ".")
    return closing(head, lines, task, r, "Caveat: individual effects assume no unobserved confounding given the "
                   "covariates; treat subgroup differences as hypotheses unless their intervals separate.",
                   unless_warned=True)


def _value_text(v: Any) -> str:
    return f"{fmt(v.value)} ({ci(v.ci_low, v.ci_high)})"


def _clearly_better(gain: Any, maximize: bool) -> bool:
    if gain.ci_low is None or gain.ci_high is None:
        return False
    return gain.ci_low > 0 if maximize else gain.ci_high < 0


def explain_policy(task: Any, r: PolicyResult) -> str:
    goal = "higher" if r.maximize else "lower"
    at = f" for units with {at_words(r.at)}" if r.at else ""
    lines: list[str | None] = []
    if r.method == "best_level":
        best = next((v for v in r.values if v.name.endswith(f": {r.best_level}") or v.name.endswith(f"({r.best_level})")), None)
        head = (
            f"**Best single option{at}: `{r.treatment}` = {r.best_level}**, mean `{r.outcome}` "
            f"{_value_text(best) if best else 'n/a'} ({goal} is better; doubly-robust estimate)."
        )
    else:
        learned, *baselines = r.values
        base_text = "; ".join(f"{b.name}: {_value_text(b)}" for b in baselines)
        head = (
            f"**A {r.method.replace('_', ' ')} deciding `{r.treatment}`{at} gives mean `{r.outcome}` "
            f"{_value_text(learned)}**, against {base_text} ({goal} is better; held-out, doubly-robust)."
        )
        if r.rules:
            lines.append("Who gets what: " + "; ".join(
                f"{rule.rule} → `{r.treatment}` = {rule.action} ({rule.n:,} rows, {pct(rule.share)})" for rule in r.rules
            ) + ".")
    if r.assigned_share and r.method != "best_level":
        lines.append("Share given each option: " + ", ".join(f"{k}: {pct(v)}" for k, v in r.assigned_share.items()) + ".")
    for v in r.values if r.method == "best_level" else []:
        lines.append(f"Mean `{r.outcome}` with {v.name}: {_value_text(v)}.")
    for gain in r.gains:
        zero = includes_zero(gain.ci_low, gain.ci_high)
        verdict = " — not clearly different from zero" if zero else (" — clearly better" if _clearly_better(gain, r.maximize) else "")
        lines.append(f"Difference, {gain.name}: {_value_text(gain)}{verdict}.")
    if r.method != "best_level" and r.gains and not all(_clearly_better(g, r.maximize) for g in r.gains):
        lines.append("The learned policy does not clearly beat giving everyone the same option: the data do not "
                     "support treating people differently.")
    if len(r.rules) == 1:
        lines.append(f"The tree fitted on all rows gives everyone `{r.treatment}` = {r.rules[0].action}; the held-out "
                     "value differs from that baseline because trees fitted on parts of the data split differently.")
    if r.features:
        lines.append(f"The decision may use: {code_names(r.features)}.")
    lines.append(f"Adjusted for (outcome and propensity models): {code_names(r.adjustment_set)}.")
    return closing(head, lines, task, r, (
        "Caveat: values assume no unobserved confounding of the treatment given the adjusted columns"
        + ("." if r.method == "best_level" else "; the policy's value is estimated on rows its policy did not see "
           "(cross-fitting), the rules shown are refitted on all rows.")
    ))


def _ci_pair(pair: tuple[float, float] | None) -> str:
    return ci(*pair) if pair else "no confidence interval available"


def explain_mediation(task: Any, r: MediationResult) -> str:
    head = (
        f"**Total effect of `{r.treatment}` on `{r.outcome}`: {fmt(r.total_effect)}** ({_ci_pair(r.total_ci)}); "
        f"**indirect effect through `{r.mediator}` (NIE): {fmt(r.nie)}** ({_ci_pair(r.nie_ci)}); "
        f"**direct effect (NDE): {fmt(r.nde)}** ({_ci_pair(r.nde_ci)})."
    )
    lines: list[str | None] = []
    if r.proportion_mediated is not None:
        lines.append(
            f"Proportion mediated: {pct(r.proportion_mediated)}"
            + (f" (95% CI {pct(r.proportion_ci[0])} to {pct(r.proportion_ci[1])})" if r.proportion_ci else "")
            + "."
        )
    lines.append(f"Method: {r.method}.")
    lines.append(f"Adjusted for: {code_names(r.adjustment_set)}.")
    return closing(head, lines, task, r, "Caveat: natural direct/indirect effects also assume no unobserved "
                   "confounding of the mediator–outcome relation, and that no confounder of it is itself affected "
                   "by the treatment.", unless_warned=True)
