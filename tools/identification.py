"""Stage 1 of the ATE tool: what identifies the effect, and every column's fate.

A given graph is read by dowhy (back door, else front door, else instrument); when none exists the
ID algorithm says whether any formula identifies the effect from the observed variables, with
latent nodes (graph nodes absent from the data) projected to bidirected edges. Without a graph the
named covariates are used, else the evidence-based default set of `tools.adjustment`.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd

from copilot.errors import UserError
from copilot.task import AteTask
from tools.adjustment import default_adjustment


def safe_names(columns) -> dict[str, str]:
    """dowhy parses names in formulas and graphs: give every column a plain identifier."""
    return {c: f"v{i}" for i, c in enumerate(columns)}


def graph_nodes(graph: list[tuple[str, str]]) -> list[str]:
    return list(dict.fromkeys(v for edge in graph for v in edge))


@dataclass
class Plan:
    kind: str  # backdoor | frontdoor | iv
    adjustment: list[str]
    frontdoor: list[str] = field(default_factory=list)
    instrument: str | None = None
    excluded: dict[str, str] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    uncertain: list[str] = field(default_factory=list)
    graph_excluded: list[str] = field(default_factory=list)
    evidence: str | None = None
    figures: list = field(default_factory=list)


def _id_algorithm_says(task: AteTask, observed: set[str]) -> tuple[str, str]:
    """('identifiable' | 'not identifiable' | 'undecided', formula or why), from dowhy's ID algorithm on the
    graph with latent nodes projected to bidirected edges."""
    from dowhy.causal_identifier import id_identifier
    from dowhy.utils.ordered_set import OrderedSet

    nodes = graph_nodes(task.graph)
    obs = [v for v in nodes if v in observed]
    idx = {v: i for i, v in enumerate(obs)}
    adj = np.zeros((len(obs), len(obs)))
    directed = nx.DiGraph()
    directed.add_nodes_from(obs)
    bidirected: set[frozenset] = set()
    for a, b in task.graph:
        if a in idx and b in idx:
            adj[idx[a], idx[b]] = 1
            directed.add_edge(a, b)
    for u in (v for v in nodes if v not in observed):
        children = [b for a, b in task.graph if a == u and b in idx]
        for i, a in enumerate(children):
            for b in children[i + 1:]:
                adj[idx[a], idx[b]] = adj[idx[b], idx[a]] = 1  # a <-> b
                bidirected.add(frozenset((a, b)))
    t, y = task.treatment, task.outcome
    if directed.has_edge(t, y) and frozenset((t, y)) in bidirected:
        return "not identifiable", f"`{t}` -> `{y}` and an unobserved common cause of both (a bow arc)"
    # dowhy's public `identify_effect_id` takes a DiGraph, which cannot hold a <-> b (a 2-cycle); its
    # adjacency-matrix core takes bidirected edges as symmetric entries.
    core = getattr(id_identifier, "__adjacency_matrix_identify_effect")
    order = list(nx.topological_sort(directed))
    try:
        expr = core(np.asmatrix(adj), OrderedSet([t]), OrderedSet([y]), OrderedSet(order), OrderedSet(obs))
    except Exception as exc:  # dowhy 0.14's core fails on some graphs with bidirected edges
        return "undecided", f"dowhy's ID algorithm failed on this graph ({type(exc).__name__})"
    text = "" if expr is None else str(expr).strip()  # None (or this text) means a hedge was found
    if text in ("", "None", "The graph is not identifiable."):
        # dowhy 0.14's ID also returns None for the identifiable napkin graph, so this is not proof
        return "undecided", "dowhy's ID algorithm found no formula, but it misses some identifiable graphs such as the napkin"
    return "identifiable", text


def _graph_plan(task: AteTask, data: pd.DataFrame, t_values, y_values, warn: list[str]) -> Plan:
    from dowhy import CausalModel

    nodes = graph_nodes(task.graph)
    missing = [v for v in (task.treatment, task.outcome) if v not in nodes]
    if missing:
        raise UserError(
            f"The graph has no node for {', '.join(repr(v) for v in missing)}.",
            "Add edges that connect the treatment and the outcome, or leave the graph out.",
        )
    latent = [v for v in nodes if v not in data.columns]
    if latent:
        warn.append(f"Graph nodes not in the data were treated as unobserved: {', '.join(latent)}.")
    names = safe_names([c for c in data.columns if c in nodes] + latent)
    inv = {v: k for k, v in names.items()}
    g = nx.DiGraph([(names[a], names[b]) for a, b in task.graph])
    if not nx.is_directed_acyclic_graph(g):
        raise UserError("The given graph has a cycle.", "Give a directed acyclic graph (no variable may cause itself).")
    observed = [c for c in data.columns if c in nodes]
    probe = data[observed].rename(columns=names).copy()
    probe[names[task.treatment]] = t_values
    probe[names[task.outcome]] = y_values
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ident = CausalModel(probe.dropna(), names[task.treatment], names[task.outcome], graph=g).identify_effect(
            proceed_when_unidentifiable=False
        )
    plan = Plan(kind="backdoor", adjustment=[])
    observed_safe = {names[c] for c in observed}

    def usable(variables) -> bool:  # dowhy may offer a set that contains unobserved (latent) nodes
        return bool(variables) and all(v in observed_safe for v in variables)

    backdoor_vars = ident.get_backdoor_variables() if ident.estimands.get("backdoor") is not None else None
    if backdoor_vars is not None and (not backdoor_vars or usable(backdoor_vars)):
        plan.adjustment = [inv[v] for v in ident.get_backdoor_variables()]
    elif usable(ident.get_frontdoor_variables()):
        plan.kind, plan.frontdoor = "frontdoor", [inv[v] for v in ident.get_frontdoor_variables()]
    elif usable(ident.get_instrumental_variables()):
        plan.kind, plan.instrument = "iv", inv[ident.get_instrumental_variables()[0]]
    else:
        verdict, detail = _id_algorithm_says(task, set(data.columns))
        if verdict == "identifiable":
            raise UserError(
                "With this graph the effect is identifiable by the ID algorithm, but not by a back-door set, a front-door "
                f"set or an instrument, which are the estimators available: P({task.outcome} | do({task.treatment})) = {detail}",
                "Measure a confounder that closes the back door, or estimate the formula above by hand.",
            )
        if verdict == "not identifiable":
            raise UserError(
                f"With this graph the effect is not identifiable from the observed variables: {detail}, so no "
                "adjustment, front door or instrument can separate the confounding from the effect.",
                "Measure the unobserved confounders, add an instrument, or check the graph's edges.",
            )
        raise UserError(
            "With this graph the effect cannot be identified by a back-door set, a front-door set or an instrument; "
            f"whether another formula identifies it is undecided ({detail}).",
            "Measure the unobserved confounders, add an instrument, or check the graph's edges.",
        )
    used = set(plan.adjustment + plan.frontdoor + [task.treatment, task.outcome] + ([plan.instrument] if plan.instrument else []))
    plan.excluded = {c: "not needed for identification under the given graph" for c in data.columns if c not in used}
    plan.reasons = {c: "it closes a back-door path in the given graph" for c in plan.adjustment}
    return plan


def plan_adjustment(task: AteTask, data: pd.DataFrame, t_values, y_values, warn: list[str]) -> Plan:
    """Identification strategy and the columns it uses, each column's fate with its reason."""
    if task.graph:
        plan = _graph_plan(task, data, t_values, y_values, warn)
    elif task.covariates is not None:
        adj = [c for c in task.covariates if c not in (task.treatment, task.outcome)]
        plan = Plan(kind="iv" if task.instrument else "backdoor", adjustment=adj, instrument=task.instrument,
                    reasons={c: "you named it" for c in adj})
    else:
        exclude = [task.instrument] if task.instrument else []
        probe = data.copy()
        probe[task.treatment], probe[task.outcome] = t_values, y_values
        choice = default_adjustment(probe, task.treatment, task.outcome, exclude=exclude, seed=task.seed)
        plan = Plan(kind="iv" if task.instrument else "backdoor", adjustment=choice.used, instrument=task.instrument,
                    excluded=choice.excluded, reasons=choice.kept, uncertain=choice.uncertain, evidence=choice.evidence,
                    graph_excluded=choice.graph_excluded,
                    figures=[choice.graph_figure] if choice.graph_figure is not None else [])
        if task.instrument:
            plan.excluded[task.instrument] = "it is the instrument"
        if choice.used:
            warn.append(
                "No covariates were given, so the estimate adjusts for the columns the evidence places before the "
                "treatment; it is unbiased only if these include all common causes."
            )
    if plan.instrument and plan.instrument in (task.treatment, task.outcome):
        raise UserError("The instrument must differ from the treatment and the outcome.", "Name another column as instrument.")
    return plan


__all__ = ["Plan", "graph_nodes", "plan_adjustment", "safe_names"]
