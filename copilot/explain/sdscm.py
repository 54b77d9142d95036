"""Explanations of SD-SCM results: synthetic datasets generated, and a language model's causal audit
(the exact effect in its counterfactual worlds).
"""

from __future__ import annotations

from typing import Any

from copilot.explain.formatting import bullets, ci, code_names, fmt, includes_zero, pct, warning_lines
from copilot.results import AuditResult, GenerateResult


def explain_generate(task: Any, r: GenerateResult) -> str:
    head = (
        f"**Generated {r.datasets:,} dataset(s) of {r.rows:,} rows from the SD-SCM `{r.spec_name}`** "
        f"(language model: {r.model})."
    )
    lines: list[str | None] = [f"Files in `{r.out_dir}`: {code_names(r.files[:10])}" + (" …" if len(r.files) > 10 else "") + "."]
    if r.treatment and r.outcome:
        lines.append(f"Treatment `{r.treatment}`, outcome `{r.outcome}`.")
    if r.true_ate is not None:
        lines.append(f"True average effect (exact, from the counterfactual worlds): {fmt(r.true_ate)}.")
    for name, by_value in r.true_effect_by.items():
        said = ", ".join(f"{value} {fmt(effect)}" for value, effect in by_value.items())
        lines.append(f"True effect by {name}: {said} (each unit's own effect is the `ITE` column of the truth CSV).")
    if r.rows_per_s is not None:
        lines.append(f"Speed: {fmt(r.rows_per_s)} rows/s.")
    lines += warning_lines(r)
    return head + "\n\n" + bullets(lines)


def explain_audit(task: Any, r: AuditResult) -> str:
    """Numbers first: the effect on the model's P(outcome) with its interval, then what it rests on."""
    pp = lambda x: ("+" if x > 0 else "") + fmt(x)  # noqa: E731 - a difference of probabilities
    if r.exactly_zero:
        head = (f"**The model `{r.model}` does not change P({r.outcome} = {r.outcome_value}) when `{r.treatment}` changes "
                f"from {r.control} to {r.treated}: the effect is exactly 0 for every one of {r.units:,} units.**")
    else:
        verdict = "encodes an effect" if not includes_zero(r.ci_low, r.ci_high) else "shows no clear effect"
        head = (f"**The model `{r.model}` {verdict} of `{r.treatment}` on `{r.outcome}`: changing {r.treatment} from "
                f"{r.control} to {r.treated} for the same units (same noise, same other causes), moves P({r.outcome} = {r.outcome_value}) by "
                f"{pp(r.ate)} ({ci(r.ci_low, r.ci_high)}).**")
    lines: list[str | None] = [
        f"P({r.outcome} = {r.outcome_value}): {pct(r.p_control)} under do({r.treatment} = {r.control}), "
        f"{pct(r.p_treated)} under do({r.treatment} = {r.treated}).",
        f"Exact per-unit effects (the same unit in both worlds, shared noise) over {r.units:,} units and "
        f"{r.phrasings} phrasings; per phrasing: " + ", ".join(pp(e) for e in r.phrasing_effects) + ".",
        f"Per-unit effects: 5% / 50% / 95% quantiles {pp(r.unit_quantiles['5%'])}, {pp(r.unit_quantiles['50%'])}, "
        f"{pp(r.unit_quantiles['95%'])}; the sampled {r.outcome} differs for {pct(r.share_units_changed)} of units."
        if r.unit_quantiles else None,
        "Effect on every value: " + ", ".join(f"{v}: {pp(e)}" for v, e in r.value_effects.items()) + "." if len(r.value_effects) > 2 else None,
        ("do(" + r.treatment + ") also moves the model's distribution of " + ", ".join(f"{k} (mean total variation {fmt(v)})" for k, v in r.shifted_tv.items())
         + f"; holding {'them' if len(r.shifted_tv) > 1 else 'it'} at the {r.control}-world values gives a direct effect of {pp(r.direct_effect)}."
         if r.direct_effect is not None and r.shifted_tv else None),
        f"Audited model: `{r.model}` ({r.backend}); spec `{r.spec_name}`.",
    ]
    lines += warning_lines(r)
    return head + "\n\n" + bullets(lines)
