"""Causal discovery: background knowledge (required and forbidden edges, tiers).

Why a module of its own: causal-learn takes knowledge in PC and FCI, not in GES, and DirectLiNGAM
takes it as path constraints; so the knowledge is checked for contradictions first, handed to the
library where it can use it, and enforced on every result afterwards, each change reported.
"""

from __future__ import annotations

from copilot.errors import UserError
from copilot.results import Edge
from copilot.task import DiscoverTask


def background_knowledge(task: DiscoverTask):
    """causal-learn BackgroundKnowledge from the task (None if the task states none)."""
    if not (task.required_edges or task.forbidden_edges or task.tiers):
        return None
    from causallearn.graph.GraphNode import GraphNode
    from causallearn.utils.PCUtils.BackgroundKnowledge import BackgroundKnowledge

    bk = BackgroundKnowledge()
    for a, b in task.forbidden_edges:
        bk.add_forbidden_by_node(GraphNode(a), GraphNode(b))
    for a, b in task.required_edges:
        bk.add_required_by_node(GraphNode(a), GraphNode(b))
    for level, tier in enumerate(task.tiers):
        for name in tier:
            bk.add_node_to_tier(GraphNode(name), level)
    return bk


def check_knowledge(task: DiscoverTask) -> None:
    """Refuse contradictory background knowledge with a message that names the conflict."""
    tier_of: dict[str, int] = {}
    for level, tier in enumerate(task.tiers):
        for name in tier:
            if name in tier_of and tier_of[name] != level:
                raise UserError(f"'{name}' is in two tiers.", "Put each variable in one tier only.")
            tier_of[name] = level
    forbidden = set(map(tuple, task.forbidden_edges))
    for a, b in task.required_edges:
        if a == b:
            raise UserError(f"The required edge {a} -> {b} is a self-loop.", "Name two different variables.")
        if (a, b) in forbidden:
            raise UserError(f"The edge {a} -> {b} is both required and forbidden.", "Keep only one of the two.")
        if a in tier_of and b in tier_of and tier_of[a] > tier_of[b]:
            raise UserError(
                f"The required edge {a} -> {b} points from a later tier to an earlier one.",
                "Fix the tiers (earliest first) or the required edge.",
            )
        if (b, a) in set(map(tuple, task.required_edges)):
            raise UserError(f"Both {a} -> {b} and {b} -> {a} are required.", "A DAG can hold only one of them.")


def is_forbidden(task: DiscoverTask, a: str, b: str) -> bool:
    """Is the edge a -> b ruled out by the forbidden list or the tiers?"""
    if (a, b) in {tuple(e) for e in task.forbidden_edges}:
        return True
    tier_of = {name: level for level, tier in enumerate(task.tiers) for name in tier}
    return a in tier_of and b in tier_of and tier_of[a] > tier_of[b]


def enforce_knowledge(edges: list[Edge], task: DiscoverTask, method: str) -> tuple[list[Edge], list[str]]:
    """Make the result honour the background knowledge; every change is reported.

    Applied to every method as a last step: removes adjacencies forbidden both ways, reverses or
    orients edges whose direction is forbidden, and adds required edges the search did not find.
    """
    notes: list[str] = []
    out: list[Edge] = []
    for e in edges:
        a, b = e.source, e.target
        fab, fba = is_forbidden(task, a, b), is_forbidden(task, b, a)
        if fab and fba:
            notes.append(f"Removed {e}: the background knowledge forbids an edge between {a} and {b} in either direction.")
            continue
        if e.type == "->" and fab:
            notes.append(f"{method} found {a} -> {b}, which the background knowledge forbids; it is shown as {b} -> {a}.")
            e = Edge(source=b, target=a, type="->", stability=e.stability)
        elif e.type == "--" and (fab or fba):
            e = Edge(source=b, target=a, type="->", stability=e.stability) if fab else Edge(source=a, target=b, type="->", stability=e.stability)
        out.append(e)
    for a, b in task.required_edges:
        found = [e for e in out if {e.source, e.target} == {a, b}]
        if not found:
            notes.append(f"{method} did not find the required edge {a} -> {b}; it was added because the background knowledge requires it.")
            out.append(Edge(source=a, target=b, type="->"))
            continue
        e = found[0]
        if not (e.type == "->" and e.source == a):
            if e.type in ("->",):
                notes.append(f"{method} found {e}, but {a} -> {b} is required; it is shown as required.")
            out[out.index(e)] = Edge(source=a, target=b, type="->", stability=e.stability)
    return out, notes
