"""`explain(task, result)`: the deterministic, numbers-first explanation, chosen by the result's kind.

One explanation function per result model (copilot/results.py); a new result kind adds one line to
`EXPLAINERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from copilot.explain.effects import explain_cate, explain_effect, explain_mediation, explain_policy
from copilot.explain.sdscm import explain_audit, explain_generate
from copilot.explain.structure import explain_discovery, explain_relation
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

EXPLAINERS: dict[type, Callable[[Any, Any], str]] = {
    EffectResult: explain_effect,
    CateResult: explain_cate,
    PolicyResult: explain_policy,
    MediationResult: explain_mediation,
    DiscoveryResult: explain_discovery,
    RelationResult: explain_relation,
    GenerateResult: explain_generate,
    AuditResult: explain_audit,
}

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
    for kind, explainer in EXPLAINERS.items():
        if isinstance(result, kind):
            return explainer(task, result)
    raise TypeError(f"no explanation for result of type {type(result).__name__}")


def capabilities() -> str:
    """What the copilot can do (for replies to questions it cannot answer)."""
    return _CAPABILITIES
