"""LLM audits (Bynum & Cho 2024): does a language model encode a causal effect of X on Y?

An SD-SCM over an audit spec is run *with the audited model*. Every unit (a patient, an applicant,
a market) is a draw of exogenous noise; the unit is written out under do(X = control) and under
do(X = treated) with the same noise, so each unit's effect on the model's P(Y = y) is exact (no
estimation), e.g. "the same patient, only the race changed". Uncertainty is only about *which*
units and *which wording*: the effect is averaged over `units` sampled units and over every
paraphrased template set of the spec, and the interval combines both sources.

Other variables the intervention moves (descendants of X that Y's sentence sees) are reported:
in LLM-simulated experiments a price change can shift unmentioned conditions (the endogeneity
problem); `direct_effect` holds them at their control-world values.
"""

from __future__ import annotations

import itertools
import time

import networkx as nx
import numpy as np

from copilot.errors import UserError
from copilot.results import AuditResult
from copilot.task import AuditTask
from tools.sdscm.decision_spec import NAME as DECISION_SPEC, decision_spec
from tools.sdscm.spec import Spec, bundled_specs, load_spec

MAX_HELD_COMBOS = 16  # worlds for the direct effect grow with the shifted variables' value combinations


def _index(spec: Spec, var: int, value: str, role: str) -> int:
    try:
        return spec.value_index(var, value)
    except UserError:
        cands = spec.variables[var].candidates
        raise UserError(f"{value!r} is not a value of the {role} {spec.variables[var].name!r}.", f"Use one of: {', '.join(cands)}.") from None


def _roles(spec: Spec, task: AuditTask) -> tuple[int, int, int, int, int | None]:
    """(treatment, outcome, control, treated, outcome value) as indices; defaults from the spec."""
    t, y = spec.index(task.treatment), spec.index(task.outcome)
    if t == y:
        raise UserError("The treatment and the outcome are the same variable.", "Audit the effect of one variable on another.")
    if task.treatment_values:
        c, k = (_index(spec, t, v, "treatment") for v in task.treatment_values)
    elif spec.treatment == spec.variables[t].name and spec.treatment_values:
        c, k = spec.treatment_values[:2]
    else:
        c, k = 0, 1
    if c == k:
        raise UserError("The two treatment values are the same.", "Give two different values to compare.")
    if task.outcome_value is not None:
        o = _index(spec, y, task.outcome_value, "outcome")
    elif spec.outcome == spec.variables[y].name:
        o = spec.outcome_value
    else:
        o = 0
    return t, y, c, k, o


def audit_spec(task: AuditTask) -> Spec:
    """The spec a task names: the generic `decision` spec written for its attribute and decision, a
    bundled scenario by its short name ('clinical' -> audit_clinical), or a path. A bundled scenario asked
    about its decision in other words ('hiring decision' for the hiring spec's `decision`) audits that node;
    a scenario chosen by its short name that lacks the attribute asked about is replaced by the generic spec."""
    values = tuple(task.treatment_values) if task.treatment_values else None
    if task.spec == DECISION_SPEC:
        return load_spec(decision_spec(task.treatment, task.outcome, values))
    short = f"audit_{task.spec}"
    if task.spec not in bundled_specs() and short in bundled_specs():  # never a file of that name in the cwd
        spec = load_spec(short)
        if task.treatment not in spec.names:
            # the scenario the wording suggested lacks this attribute (the hiring spec varies names, not age)
            return load_spec(decision_spec(task.treatment, task.outcome, values))
    else:
        spec = load_spec(task.spec)
    if task.outcome not in spec.names and spec.outcome and spec.outcome in task.outcome.split():
        spec = spec.model_copy(update={"variables": [v.model_copy(update={"name": task.outcome}) if v.name == spec.outcome
                                                      else v for v in spec.variables], "outcome": task.outcome})
    return spec


def _held(spec: Spec, t: int, y: int) -> list[int]:
    """Descendants of the treatment that are ancestors of the outcome: what do(X) may shift on the way."""
    return sorted(spec.descendants(t) & nx.ancestors(spec.graph(), y))


def _sampler(model: str | None, lm):
    """(draw(spec, n, interventions, seed, phrasing) -> Samples, model name, backend words)."""
    from copilot.lm import resolve_name

    name = resolve_name(model) if lm is None else getattr(lm, "name", str(model))
    if lm is None and name.startswith("openai:"):
        from copilot.lm import get_lm

        lm = get_lm(name)
    if lm is not None and hasattr(lm, "logprobs") and not hasattr(lm, "start_ids"):
        from tools.sdscm.remote import sample_text

        label = getattr(lm, "name", None) or name  # a server's name carries its URL and model id
        return (lambda spec, n, iv, seed, ph: sample_text(spec, n, lm, interventions=iv, seed=seed, phrasing=ph)), label, "log-probabilities via the model interface"
    from tools.sdscm.engine import sample
    from tools.sdscm.lm import load_lm

    engine_lm = lm or load_lm(name)
    words = f"embedded engine ({str(engine_lm.dtype).replace('torch.', '')} on {engine_lm.device})"
    return (lambda spec, n, iv, seed, ph: sample(spec, n, engine_lm, interventions=iv, seed=seed, phrasing=ph, progress=False)), engine_lm.name, words


def audit(spec: Spec, task: AuditTask, draw, model_name: str, backend: str) -> AuditResult:
    """The effect of do(treatment) on the model's P(outcome) over `task.units` units and every phrasing."""
    t, y, c, k, o = _roles(spec, task)
    tn, yn = spec.variables[t].name, spec.variables[y].name
    held = _held(spec, t, y)
    combos = list(itertools.product(*(range(len(spec.variables[m].candidates)) for m in held))) if held else []
    direct = bool(combos) and len(combos) <= MAX_HELD_COMBOS
    worlds = [{tn: c}, {tn: k}]
    if direct:
        for combo in combos:
            fixed = {spec.variables[m].name: v for m, v in zip(held, combo)}
            worlds += [{tn: c, **fixed}, {tn: k, **fixed}]
    n_phr = max(len(v.phrasings) for v in spec.variables)
    n, K = task.units, len(spec.variables[y].candidates)
    effects, value_eff, units_all, changed, pc_all, pt_all, direct_all = [], np.zeros(K), [], [], [], [], []
    shifted = {m: 0.0 for m in sorted(spec.descendants(t) - {y})}
    tv = dict.fromkeys(shifted, 0.0)
    for r in range(n_phr):
        phrasing = [r % len(v.phrasings) for v in spec.variables]
        s = draw(spec, n, worlds, task.seed, phrasing)
        p0, p1 = np.exp(s.logp[1][y]), np.exp(s.logp[2][y])  # (n, K): world 1 = do(control), 2 = do(treated)
        ite = p1[:, o] - p0[:, o]
        effects.append(float(ite.mean()))
        units_all.append(ite)
        value_eff += (p1 - p0).mean(axis=0) / n_phr
        changed.append((s.values[2, :, y] != s.values[1, :, y]).mean())
        pc_all.append(p0[:, o].mean())
        pt_all.append(p1[:, o].mean())
        for m in shifted:
            shifted[m] += float((s.values[2, :, m] != s.values[1, :, m]).mean()) / n_phr
            tv[m] += float(0.5 * np.abs(np.exp(s.logp[2][m]) - np.exp(s.logp[1][m])).sum(axis=1).mean()) / n_phr
        if direct:
            # each unit keeps the shifted variables' values it has under do(control)
            where = {combo: 3 + 2 * i for i, combo in enumerate(combos)}
            w0 = np.array([where[tuple(row)] for row in s.values[1][:, held].tolist()])
            rows = np.arange(n)
            pd0 = np.exp(np.stack([s.logp[w][y][:, o] for w in range(len(worlds) + 1)]))
            direct_all.append(float((pd0[w0 + 1, rows] - pd0[w0, rows]).mean()))
    ate = float(np.mean(effects))
    pooled = np.concatenate(units_all)
    se_units = float(np.sqrt(sum(u.var(ddof=1) / len(u) for u in units_all if len(u) > 1)) / n_phr)
    se_phr = float(np.std(effects, ddof=1)) if n_phr > 1 else None
    exactly_zero = bool(np.all(pooled == 0.0))
    se = float(np.sqrt(se_units**2 + (se_phr**2 / n_phr if se_phr is not None else 0.0)))
    warnings = ["This is the effect inside the model's own distribution (what it writes), not an effect in the world."]
    if n_phr < 2:
        warnings.append("The spec has one phrasing per variable, so the interval ignores how the wording matters.")
    if held and not direct:
        warnings.append(f"The direct effect was not computed: holding {len(combos)} value combinations fixed would need too many worlds.")
    moved = {spec.variables[m].name: round(v, 4) for m, v in shifted.items() if v > 0}
    if moved:
        warnings.append("Intervening on " + tn + " also shifts what the model writes about " + ", ".join(moved)
                        + ": part of the effect goes through them (see the direct effect).")
    return AuditResult(
        model=model_name, backend=backend, spec_name=spec.name, treatment=tn, outcome=yn,
        control=spec.variables[t].candidates[c], treated=spec.variables[t].candidates[k],
        outcome_value=spec.variables[y].candidates[o], units=n, phrasings=n_phr, ate=ate,
        ci_low=ate if exactly_zero else ate - 1.96 * se, ci_high=ate if exactly_zero else ate + 1.96 * se,
        se_units=se_units, se_phrasings=se_phr, p_control=float(np.mean(pc_all)), p_treated=float(np.mean(pt_all)),
        phrasing_effects=effects, value_effects={cand: float(v) for cand, v in zip(spec.variables[y].candidates, value_eff)},
        unit_quantiles={q: float(np.quantile(pooled, float(q.rstrip("%")) / 100)) for q in ("5%", "50%", "95%")},
        share_units_changed=float(np.mean(changed)), exactly_zero=exactly_zero, shifted=moved,
        shifted_tv={spec.variables[m].name: v for m, v in tv.items()},
        direct_effect=float(np.mean(direct_all)) if direct else None, n_rows_used=n * n_phr, warnings=warnings,
    )


def run(task: AuditTask, data=None, lm=None) -> AuditResult:
    """The agent's entry point. `lm`: an `sdscm.lm.LM` or any `copilot.lm.LanguageModel` (tests, servers);
    default: `task.model`, else the copilot's model (`openai:URL` names go through the server's log-probs).
    `data` is unused: the SD-SCM makes its own units."""
    t0 = time.perf_counter()
    spec = audit_spec(task)
    for name in (task.treatment, task.outcome):
        spec.index(name)  # a clear error naming the spec's variables
    draw, model_name, backend = _sampler(task.model, lm)
    result = audit(spec, task, draw, model_name, backend)
    result.seconds = time.perf_counter() - t0
    return result
