"""Result -> explanation text: numbers first, and only numbers the tools computed.

`explain(task, result)` is deterministic: a bold headline with the estimate and its interval,
then the method, adjustment set, sample size, refutations, and caveats, per result kind.
A language model may add a plain-words paraphrase (`explain_with_lm`), but the paraphrase is
kept only if every number in it also appears in the result or task (`check_numbers`);
otherwise the deterministic text stands alone. That is how the copilot stays truthful while
still letting the model make the text friendlier.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from copilot.results import (
    AuditResult,
    CateResult,
    DiscoveryResult,
    EffectResult,
    GenerateResult,
    MediationResult,
    PolicyResult,
    RelationResult,
)

# A number: optional sign, digits with optional thousands separators, decimals, exponent, percent.
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?P<sign>[-−+])?(?P<body>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?P<exp>[eE][-+]?\d+)?(?P<pct>\s?%)?(?![\w])"
)
# Phrases whose digits are not claims about the data (the CI level we always use).
_IGNORED_PHRASES = re.compile(r"95\s?%\s*(?:confidence interval|CI|interval|intervals)", re.IGNORECASE)
_CODE_SPAN = re.compile(r"`[^`]*`")


class NumberToken(BaseModel):
    """A number found in text, with the precision it was written to (for rounding-aware matching)."""

    text: str
    value: float
    decimals: int
    percent: bool = False
    scientific: bool = False


# ----------------------------------------------------------------------------- numbers


def numbers_in(text: str, ignore: Iterable[str] = ()) -> list[NumberToken]:
    """Every number stated in `text`.

    Digits inside identifiers (`X12`, `logP(X13=0)`), inside `code spans`, inside any name in
    `ignore` (column names, method names) and in the phrase "95% CI" are not numbers the text
    claims, so they are skipped.
    """
    cleaned = _CODE_SPAN.sub(" ", text)
    for name in sorted({n for n in ignore if n}, key=len, reverse=True):
        cleaned = cleaned.replace(name, " ")
    cleaned = _IGNORED_PHRASES.sub(" ", cleaned)
    tokens: list[NumberToken] = []
    for m in _NUMBER_RE.finditer(cleaned):
        body = m.group("body").replace(",", "")
        sign = -1.0 if m.group("sign") in {"-", "−"} else 1.0
        exp = m.group("exp") or ""
        try:
            value = sign * float(body + exp)
        except ValueError:  # pragma: no cover - the regex only admits floats
            continue
        decimals = len(body.split(".")[1]) if "." in body else 0
        tokens.append(
            NumberToken(
                text=m.group(0).strip(),
                value=value,
                decimals=decimals,
                percent=bool(m.group("pct")),
                scientific=bool(exp),
            )
        )
    return tokens


def _collect_numbers(obj: Any, out: list[tuple[float, bool]]) -> None:
    """(value, is_percent) for numeric leaves, numbers written inside strings/keys, and list lengths."""
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, (int, float)):
        if math.isfinite(float(obj)):
            out.append((float(obj), False))
        return
    if isinstance(obj, str):
        out.extend((t.value, t.percent) for t in numbers_in(obj))
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            _collect_numbers(key, out)
            _collect_numbers(value, out)
        return
    if isinstance(obj, (list, tuple)):
        out.append((float(len(obj)), False))
        for item in obj:
            _collect_numbers(item, out)


def source_numbers(*objects: Any) -> list[tuple[float, bool]]:
    """All numbers a truthful explanation may state about these results/tasks (pydantic or JSON),
    as (value, written_as_percent)."""
    out: list[tuple[float, bool]] = []
    for obj in objects:
        if obj is None:
            continue
        if isinstance(obj, BaseModel):
            obj = obj.model_dump(mode="json")
        _collect_numbers(obj, out)
    return out


def _matches(token: NumberToken, source: tuple[float, bool]) -> bool:
    """True if `source`, rounded the way the token was written, gives the token.

    A share is stated as a percentage (0.42 -> "42%"), a percentage as it was written ("10%");
    a plain number never turns into a percentage ("2.05" is not "2.05%"). Signs may drop
    ("decreases by 0.5" for -0.5).
    """
    value, is_pct = source
    if token.percent:
        scaled = value if is_pct else value * 100
    else:
        scaled = value / 100 if is_pct else value
    candidates = [scaled, -scaled]
    if is_pct and not token.percent:
        candidates += [value, -value]  # "the 10th percentile" for the "10%" quantile
    for v in candidates:
        if token.scientific:
            if v == token.value or (token.value != 0 and abs(v - token.value) <= abs(token.value) * 0.05):
                return True
            continue
        tol = 0.5 * 10 ** (-token.decimals) + 1e-9 * max(1.0, abs(v))
        if abs(v - token.value) <= tol:
            return True
    return False


def unsupported_numbers(text: str, sources: Iterable[tuple[float, bool]], ignore: Iterable[str] = ()) -> list[str]:
    """The numbers in `text` that do not come from `sources` (empty list = the text is truthful)."""
    pool = list(sources)
    bad = []
    for token in numbers_in(text, ignore):
        if not any(_matches(token, s) for s in pool):
            bad.append(token.text)
    return bad


def check_numbers(text: str, task: Any, result: Any) -> bool:
    """Whether every number in `text` appears in the result (or the task that produced it)."""
    return not unsupported_numbers(text, source_numbers(result, task), ignore=names_in(task, result))


def names_in(*objects: Any) -> list[str]:
    """Variable and method names whose digits are part of a name, not a claim (e.g. `X12`)."""
    names: set[str] = set()

    def visit(obj: Any, key: str | None = None) -> None:
        if isinstance(obj, BaseModel):
            obj = obj.model_dump(mode="json")
        if isinstance(obj, dict):
            for k, v in obj.items():
                visit(v, k)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                visit(item, key)
        elif isinstance(obj, str) and key in _NAME_KEYS:
            names.add(obj)

    for obj in objects:
        if obj is not None:
            visit(obj)
    return sorted(names, key=len, reverse=True)


_NAME_KEYS = {
    "treatment", "outcome", "mediator", "covariates", "modifiers", "adjustment_set", "variables", "nodes",
    "source", "target", "method", "column", "x", "y", "subgroup_variable", "instrument", "name",
    "spec_name", "model", "estimand", "title",
}


# ----------------------------------------------------------------------------- formatting


def fmt(x: float | int | None) -> str:
    """A number with 3 significant digits (never fewer than the integer part); '—' for missing."""
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    x = float(x)
    if x == 0:
        return "0"
    mag = math.floor(math.log10(abs(x)))
    if mag < -4 or mag >= 15:
        return f"{x:.2e}"
    decimals = max(0, 2 - mag)
    text = f"{x:,.{decimals}f}"
    return text


def pct(x: float | None) -> str:
    """A share as a percentage with one decimal."""
    if x is None or not math.isfinite(float(x)):
        return "n/a"
    return f"{100 * float(x):.1f}%"


def ci(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "no confidence interval available"
    return f"95% CI {fmt(low)} to {fmt(high)}"


def _names(items: Iterable[str]) -> str:
    items = [f"`{i}`" for i in items]
    return ", ".join(items) if items else "nothing"


def _sample(result: Any) -> str | None:
    if result.n_rows_used is None:
        return None
    text = f"Sample: {result.n_rows_used:,} rows used"
    if result.n_rows_dropped:
        text += f" ({result.n_rows_dropped:,} dropped for missing values)"
    return text + "."


def _conditions(task: Any) -> str | None:
    conds = getattr(task, "conditions", None) or []
    if not conds:
        return None
    return "Rows restricted to " + " and ".join(f"`{c.column}` {c.op} {c.value}" for c in conds) + "."


def _mentions_confounding(result: Any) -> bool:
    """The tool already warned about confounding: don't repeat the generic caveat."""
    return any("confound" in w.lower() for w in result.warnings)


def _warnings(result: Any) -> list[str]:
    return [f"⚠️ {w}" for w in result.warnings]


def _bullets(lines: Iterable[str | None]) -> str:
    return "\n".join(f"- {line}" for line in lines if line)


def _includes_zero(low: float | None, high: float | None) -> bool | None:
    if low is None or high is None:
        return None
    return low <= 0 <= high


# ----------------------------------------------------------------------------- per kind


_TARGET_WORDS = {
    "ate": ("average effect", "on average over everyone"),
    "att": ("average effect on the treated (ATT)", "on average for those who were treated"),
    "atc": ("average effect on the untreated (ATC)", "on average for those who were not treated"),
}


def _pct(x: float) -> str:
    """A share as a percentage with enough digits to stay non-zero (0.004 -> '0.4%')."""
    for digits in (0, 1, 2, 3):
        text = f"{100 * x:.{digits}f}%"
        if float(text[:-1]) != 0 or x == 0:
            return text
    return f"{100 * x:.3f}%"


def _sensitivity_lines(r: EffectResult) -> list[str]:
    """The one-sentence answer to 'how much would hidden confounding have to matter?', plus the E-value."""
    s = r.sensitivity
    if s is None:
        return []
    strongest = next((b for b in s.benchmarks if b.adjusted_estimate is not None), None)
    line = (
        f"Sensitivity: an unobserved confounder would need to explain {_pct(s.robustness_value)} of the residual variance "
        f"of both `{r.treatment}` and `{r.outcome}` to remove the effect (robustness value; {_pct(s.robustness_value_ci)} "
        "to make the 95% CI include zero)"
    )
    if s.benchmarks:
        b = s.benchmarks[0]
        stronger = s.robustness_value > max(b.r2_treatment, b.r2_outcome)
        line += (
            f" — {'more' if stronger else 'less'} than the strongest observed covariate, `{b.covariate}`, explains "
            f"({_pct(b.r2_treatment)} of the treatment's, {_pct(b.r2_outcome)} of the outcome's)"
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


def _explain_effect(task: Any, r: EffectResult) -> str:
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
    zero = _includes_zero(r.ci_low, r.ci_high)
    signif = None
    if zero is True:
        signif = "The interval includes zero, so the data are consistent with no effect."
    elif zero is False:
        signif = "The interval excludes zero."
    lines: list[str | None] = [contrast, signif, f"Adjusted for: {_names(r.adjustment_set)}."]
    by_reason: dict[str, list[str]] = {}
    for col, why in r.adjustment_reasons.items():
        if why != "you named it":
            by_reason.setdefault(why, []).append(col)
    for why, cols in by_reason.items():
        lines.append(f"Adjusted for {_names(cols)}: {why}.")
    for col, why in r.excluded_columns.items():
        lines.append(f"Not adjusted for `{col}`: {why}.")
    lines.append(r.adjustment_evidence)
    if r.alternative is not None:
        a = r.alternative
        lines.append(
            f"Alternative adjustment set, side by side: {a.why} gives {fmt(a.estimate)} ({ci(a.ci_low, a.ci_high)}; {a.method})"
            + (f", against {fmt(a.main_set_estimate)} with the main set in the same model." if a.main_set_estimate is not None else ".")
        )
    lines.append(_conditions(task))
    lines.append(_sample(r))
    if r.overlap is not None:
        o = r.overlap
        lines.append(
            f"Overlap: propensity scores run from {fmt(o.propensity_treated.get('min'))} to {fmt(o.propensity_treated.get('max'))} "
            f"among the treated and {fmt(o.propensity_control.get('min'))} to {fmt(o.propensity_control.get('max'))} among the "
            f"untreated; {_pct(o.share_extreme)} are extreme"
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
    if r.estimand in {"backdoor", "adjustment"} and not _mentions_confounding(r):
        lines.append(
            "Caveat: this is causal only if the adjustment set blocks every confounding path "
            "(no unobserved confounding); a variable you did not measure could bias it."
        )
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _at_words(at: dict) -> str:
    def show(v: Any) -> str:
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)

    return " and ".join(f"`{k}` = {show(v)}" for k, v in at.items())


def _explain_cate(task: Any, r: CateResult) -> str:
    head = (
        f"**Average effect of `{r.treatment}` on `{r.outcome}`: {fmt(r.ate)}** "
        f"({ci(r.ate_ci_low, r.ate_ci_high)}; method: {r.method}), and it varies across units."
    )
    lines: list[str | None] = []
    if r.at_effect is not None:
        a = r.at_effect
        lines.append(f"Overall, as above: {fmt(r.ate)} ({ci(r.ate_ci_low, r.ate_ci_high)}).")
        head = (
            f"**Effect of `{r.treatment}` on `{r.outcome}` at {_at_words(a.at)}: {fmt(a.effect)}** "
            f"({ci(a.ci_low, a.ci_high)}; method: {r.method}; {a.n_rows:,} rows, {a.averaging})."
        )
    if r.cate_quantiles:
        qs = ", ".join(f"{k}: {fmt(v)}" for k, v in r.cate_quantiles.items())
        lines.append(f"Individual effects by quantile — {qs}.")
    lines.append(f"Effect modifiers: {_names(r.modifiers)}.")
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
    lines.append(_conditions(task))
    lines.append(_sample(r))
    if not _mentions_confounding(r):
        lines.append(
            "Caveat: individual effects assume no unobserved confounding given the covariates; "
            "treat subgroup differences as hypotheses unless their intervals separate."
        )
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _value_text(v: Any) -> str:
    return f"{fmt(v.value)} ({ci(v.ci_low, v.ci_high)})"


def _clearly_better(gain: Any, maximize: bool) -> bool:
    if gain.ci_low is None or gain.ci_high is None:
        return False
    return gain.ci_low > 0 if maximize else gain.ci_high < 0


def _explain_policy(task: Any, r: PolicyResult) -> str:
    goal = "higher" if r.maximize else "lower"
    at = f" for units with {_at_words(r.at)}" if r.at else ""
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
        zero = _includes_zero(gain.ci_low, gain.ci_high)
        verdict = " — not clearly different from zero" if zero else (" — clearly better" if _clearly_better(gain, r.maximize) else "")
        lines.append(f"Difference, {gain.name}: {_value_text(gain)}{verdict}.")
    if r.method != "best_level" and r.gains and not all(_clearly_better(g, r.maximize) for g in r.gains):
        lines.append("The learned policy does not clearly beat giving everyone the same option: the data do not "
                     "support treating people differently.")
    if len(r.rules) == 1:
        lines.append(f"The tree fitted on all rows gives everyone `{r.treatment}` = {r.rules[0].action}; the held-out "
                     "value differs from that baseline because trees fitted on parts of the data split differently.")
    if r.features:
        lines.append(f"The decision may use: {_names(r.features)}.")
    lines.append(f"Adjusted for (outcome and propensity models): {_names(r.adjustment_set)}.")
    lines.append(_conditions(task))
    lines.append(_sample(r))
    lines.append(
        "Caveat: values assume no unobserved confounding of the treatment given the adjusted columns"
        + ("." if r.method == "best_level" else "; the policy's value is estimated on rows its policy did not see "
           "(cross-fitting), the rules shown are refitted on all rows.")
    )
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _ci_pair(pair: tuple[float, float] | None) -> str:
    return ci(*pair) if pair else "no confidence interval available"


def _explain_mediation(task: Any, r: MediationResult) -> str:
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
    lines.append(f"Adjusted for: {_names(r.adjustment_set)}.")
    lines.append(_conditions(task))
    lines.append(_sample(r))
    if not _mentions_confounding(r):
        lines.append(
            "Caveat: natural direct/indirect effects also assume no unobserved confounding of the "
            "mediator–outcome relation, and that no confounder of it is itself affected by the treatment."
        )
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


_EDGE_WORDS = {
    "->": "directed (cause → effect)",
    "--": "undirected (direction not identifiable from these data)",
    "<->": "bidirected (a hidden common cause)",
    "o->": "partially oriented (circle mark: could also be confounded)",
    "o-o": "unoriented (circle marks)",
}


def _explain_discovery(task: Any, r: DiscoveryResult) -> str:
    head = f"**Causal graph over {len(r.nodes)} variables with {len(r.edges)} edges** (method: {r.method})."
    lines: list[str | None] = [f"Why this method: {r.method_reason}"]
    for etype, words in _EDGE_WORDS.items():
        edges = [e for e in r.edges if e.type == etype]
        if not edges:
            continue
        shown = ", ".join(
            f"`{e.source}` {e.type} `{e.target}`" + (f" ({pct(e.stability)} of resamples)" if e.stability is not None else "")
            for e in edges
        )
        lines.append(f"{words[0].upper()}{words[1:]}: {shown}.")
    isolated = [n for n in r.nodes if not any(n in (e.source, e.target) for e in r.edges)]
    if isolated:
        lines.append(f"No edges: {_names(isolated)}.")
    shown_params = {
        k: v for k, v in r.parameters.items()
        if isinstance(v, (int, float, str, bool)) and k not in {"n_rows", "n_variables", "seed"}
    }
    if shown_params:
        lines.append("Parameters: " + ", ".join(f"{k} = {v}" for k, v in shown_params.items()) + ".")
    lines.append(_conditions(task))
    lines.append(_sample(r))
    lines.append(
        "Caveat: a learned graph is only as good as its assumptions (faithfulness, no hidden common "
        "causes unless the method allows them, enough data); check edges against domain knowledge."
    )
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _relation_words(r: RelationResult) -> str:
    x, y = f"`{r.x}`", f"`{r.y}`"
    words = {
        "parent": f"{x} directly causes {y} (is its parent)",
        "child": f"{x} is directly caused by {y} (is its child)",
        "non-parent ancestor": f"{x} causes {y} only indirectly (ancestor, not parent)",
        "non-child descendant": f"{x} is an indirect effect of {y} (descendant, not child)",
        "has_collider": f"{x} and {y} have a common effect (a collider)",
        "has_confounder": f"{x} and {y} have a common cause (a confounder)",
    }
    return words.get(r.relation, f"{x} is a {r.relation} of {y}")


def _explain_relation(task: Any, r: RelationResult) -> str:
    hypothesis = getattr(task, "hypothesis", None)
    if not r.consistent or r.valid is None:
        verdict = "the stated (in)dependencies are inconsistent: no causal graph is faithful to them"
    elif r.valid:
        verdict = "yes, the hypothesis follows"
    else:
        verdict = "no, the hypothesis does not follow"
    head = f"**Answer: {verdict}.**"
    lines: list[str | None] = []
    if hypothesis:
        lines.append(f"Hypothesis: {hypothesis}")
    lines.append(f"Relation checked: {_relation_words(r)}.")
    if r.consistent:
        lines.append(
            f"{r.n_dags} causal graph{'s' if r.n_dags != 1 else ''} fit{'' if r.n_dags != 1 else 's'} the statements; "
            f"the hypothesis holds in {r.n_dags_holding} of them "
            "(it follows only if it holds in all)."
        )
    lines.append(f"Reason: {r.reason}")
    if r.cpdag_edges:
        lines.append("Equivalence class: " + ", ".join(f"`{e.source}` {e.type} `{e.target}`" for e in r.cpdag_edges) + ".")
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _explain_generate(task: Any, r: GenerateResult) -> str:
    head = (
        f"**Generated {r.datasets:,} dataset(s) of {r.rows:,} rows from the SD-SCM `{r.spec_name}`** "
        f"(language model: {r.model})."
    )
    lines: list[str | None] = [f"Files in `{r.out_dir}`: {_names(r.files[:10])}" + (" …" if len(r.files) > 10 else "") + "."]
    if r.treatment and r.outcome:
        lines.append(f"Treatment `{r.treatment}`, outcome `{r.outcome}`.")
    if r.true_ate is not None:
        lines.append(f"True average effect (exact, from the counterfactual worlds): {fmt(r.true_ate)}.")
    if r.rows_per_s is not None:
        lines.append(f"Speed: {fmt(r.rows_per_s)} rows/s.")
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


def _explain_audit(task: Any, r: AuditResult) -> str:
    """Numbers first: the effect on the model's P(outcome) with its interval, then what it rests on."""
    pp = lambda x: ("+" if x > 0 else "") + fmt(x)  # noqa: E731 - a difference of probabilities
    if r.exactly_zero:
        head = (f"**The model `{r.model}` does not change P({r.outcome} = {r.outcome_value}) when `{r.treatment}` changes "
                f"from {r.control} to {r.treated}: the effect is exactly 0 for every one of {r.units:,} units.**")
    else:
        verdict = "encodes an effect" if not _includes_zero(r.ci_low, r.ci_high) else "shows no clear effect"
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
    lines += _warnings(r)
    return head + "\n\n" + _bullets(lines)


_CAPABILITIES = (
    "I can estimate average effects (\"what is the effect of X on Y?\"), heterogeneous effects "
    "(\"for whom does X work best?\"), mediation (\"how much of X's effect on Y goes through M?\"), "
    "learn a causal graph from a CSV (\"what causes what?\"), check a causal claim against stated "
    "correlations, and generate synthetic data from an SD-SCM."
)


def explain(task: Any, result: Any) -> str:
    """The deterministic, numbers-first explanation of `result` (markdown)."""
    if getattr(task, "kind", None) == "unsupported":
        return f"**I can't answer that as a causal question.** {task.reason}\n\n{_CAPABILITIES}"
    if result is None:
        return "No result was computed."
    if isinstance(result, EffectResult):
        return _explain_effect(task, result)
    if isinstance(result, CateResult):
        return _explain_cate(task, result)
    if isinstance(result, PolicyResult):
        return _explain_policy(task, result)
    if isinstance(result, MediationResult):
        return _explain_mediation(task, result)
    if isinstance(result, DiscoveryResult):
        return _explain_discovery(task, result)
    if isinstance(result, RelationResult):
        return _explain_relation(task, result)
    if isinstance(result, GenerateResult):
        return _explain_generate(task, result)
    if isinstance(result, AuditResult):
        return _explain_audit(task, result)
    raise TypeError(f"no explanation for result of type {type(result).__name__}")


def capabilities() -> str:
    """What the copilot can do (for replies to questions it cannot answer)."""
    return _CAPABILITIES


# ----------------------------------------------------------------------------- LM paraphrase

_REPHRASE_SYSTEM = (
    "You explain causal-analysis results to a non-expert in two or three plain sentences. "
    "Use only the numbers given; never invent, round differently or compute new numbers."
)


def explain_with_lm(task: Any, result: Any, lm: Any, max_new_tokens: int = 120) -> tuple[str, bool]:
    """Deterministic text plus an LM paraphrase when the paraphrase passes the number check.

    Returns (text, paraphrase_used). The paraphrase must state the headline number and no
    number absent from the result/task; else it is dropped and the deterministic text stands.
    """
    base = explain(task, result)
    if lm is None or result is None:
        return base, False
    headline = base.split("\n\n", 1)[0]
    prompt = lm.format_chat(_REPHRASE_SYSTEM, f"Result:\n{headline}\n\nExplain it in plain words.")
    try:
        paraphrase = lm.generate(prompt, max_new_tokens=max_new_tokens, chat=False).strip()
    except Exception:  # the paraphrase is optional; the deterministic text is the answer
        return base, False
    if not accept_paraphrase(paraphrase, headline, task, result):
        return base, False
    return f"{base}\n\n**In plain words:** {paraphrase}", True


def accept_paraphrase(paraphrase: str, headline: str, task: Any, result: Any) -> bool:
    """Keep an LM paraphrase only if it adds no number and keeps the headline's first number."""
    if not paraphrase or len(paraphrase) < 20:
        return False
    if not check_numbers(paraphrase, task, result):
        return False
    names = names_in(task, result)
    head_numbers = numbers_in(headline, names)
    if head_numbers:
        first = head_numbers[0]
        said = numbers_in(paraphrase, names)
        if not any(abs(abs(t.value) - abs(first.value)) <= 0.5 * 10 ** (-first.decimals) + 1e-12 for t in said):
            return False
    return True


__all__ = [
    "NumberToken",
    "accept_paraphrase",
    "capabilities",
    "check_numbers",
    "explain",
    "explain_with_lm",
    "fmt",
    "numbers_in",
    "source_numbers",
    "unsupported_numbers",
]
