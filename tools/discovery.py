"""Causal discovery with causal-learn: PC, FCI, GES and DirectLiNGAM behind one `run(task, data)`.

Why this shape: the agent, UI and evaluation only need "which graph, learned how, and how sure";
the choice of algorithm and test follows the data's column types (continuous -> Fisher-z / BIC,
discrete -> chi-square / BDeu), background knowledge is passed to the library where it supports it
and enforced (with a warning for every change) where it does not, and bootstrap resampling says how
stable each edge is. The steps live in `discovery_prepare` (usable columns), `discovery_plan`
(algorithm and test, with the reason), `discovery_knowledge` and `discovery_search`
(causal-learn); the benchmark against known graphs is `eval/discovery_bench.py`.
"""

from __future__ import annotations

import time
from typing import Any

import pandas as pd

from copilot.errors import UserError
from copilot.results import DiscoveryResult
from copilot.task import DiscoverTask
from tools.discovery_knowledge import background_knowledge, check_knowledge
from tools.discovery_plan import LABELS, bins_for, plan
from tools.discovery_prepare import prepare_data
from tools.discovery_search import bootstrap_stability, collinear_columns, edge_key, search


def run(task: DiscoverTask, data: pd.DataFrame) -> DiscoveryResult:
    """Learn a causal graph of the task's variables; the result says how and why."""
    from tools.drawing import draw_graph

    started = time.perf_counter()
    if data is None or not isinstance(data, pd.DataFrame):
        raise UserError("Causal discovery needs a data table.", "Upload a CSV (or TSV/Parquet) file with one column per variable.")
    check_knowledge(task)
    prep = prepare_data(task, data)
    pl = plan(task, prep)
    names = prep.names
    bk = background_knowledge(task) if pl.method in ("pc", "fci", "ges") else None
    linear = pl.ci_test == "fisherz" or pl.score == "BIC" or pl.method == "lingam"
    if linear and (dependent := collinear_columns(pl.matrix, names)):
        raise UserError(
            f"The variables {', '.join(dependent)} are perfectly collinear (one is an exact linear function of the "
            "others), so the independence tests and scores cannot run.",
            "Leave out columns that are exact copies or sums of others.",
        )
    edges, notes = search(pl, pl.matrix, names, task, bk, task.seed)
    warns = prep.warnings + pl.warnings + notes
    knowledge_applied = None
    if task.required_edges or task.forbidden_edges or task.tiers:
        knowledge_applied = {
            "pc": "passed to causal-learn's PC (skeleton and orientation); required edges the tests removed are added back",
            "fci": "passed to causal-learn's FCI (skeleton and orientation rules); required edges the tests removed are added back",
            "ges": "GES in causal-learn takes no background knowledge: it was applied after the search, orienting undirected "
            "edges and propagating with Meek's rules; forbidden adjacencies were removed and required edges added afterwards",
            "lingam": "tiers and required edges were given to DirectLiNGAM as path constraints (causal order); forbidden "
            "edges were removed after the fit, which does not refit the other coefficients",
        }[pl.method]
        if pl.method in ("ges", "lingam"):
            warns.append(f"Background knowledge: {knowledge_applied}.")
    parameters: dict[str, Any] = {"alpha": task.alpha} if pl.method in ("pc", "fci") else {}
    if pl.ci_test:
        parameters["ci_test"] = pl.ci_test
        parameters["stable"] = True
        parameters["max_conditioning_set"] = None if pl.depth < 0 else pl.depth
    if pl.score:
        parameters["score"] = pl.score
    if pl.method == "lingam":
        parameters["measure"] = "pwling"
    if pl.binned:
        parameters["binned_columns"] = pl.binned
        parameters["bins"] = bins_for(int(pl.matrix.shape[0]))
    parameters["n_rows"] = int(pl.matrix.shape[0])
    parameters["n_variables"] = len(names)
    parameters["variable_types"] = prep.kinds
    if prep.codes:
        parameters["category_codes"] = prep.codes
    if knowledge_applied:
        parameters["background_knowledge"] = {
            "required_edges": [list(e) for e in task.required_edges],
            "forbidden_edges": [list(e) for e in task.forbidden_edges],
            "tiers": task.tiers,
            "how_applied": knowledge_applied,
        }
    parameters["seed"] = task.seed
    if task.bootstrap:
        shares = bootstrap_stability(pl, names, task, bk, task.bootstrap, task.seed)
        edges = [e.model_copy(update={"stability": round(shares.get(edge_key(e), 0.0), 4)}) for e in edges]
        mine = {edge_key(e) for e in edges}
        others = sorted(((k, v) for k, v in shares.items() if k not in mine and v >= 0.25), key=lambda kv: -kv[1])
        parameters["bootstrap"] = task.bootstrap
        parameters["bootstrap_other_edges"] = {f"{a} {t} {b}": round(v, 4) for (a, b, t), v in others}
        shaky = [str(e) for e in edges if (e.stability or 0) < 0.5]
        if shaky:
            warns.append(f"Unstable edges (in fewer than half of {task.bootstrap} resamples): {', '.join(shaky)}.")
    title = LABELS[pl.method]
    detail = pl.ci_test or pl.score or ""
    figure = draw_graph(names, edges, title=f"Causal graph ({title}{', ' + detail if detail else ''}, n={pl.matrix.shape[0]:,})", stem="discovery")
    return DiscoveryResult(
        nodes=names,
        edges=edges,
        method=pl.method,
        method_reason=pl.reason,
        parameters=parameters,
        figures=[figure],
        warnings=warns,
        n_rows_used=int(len(prep.frame)),
        n_rows_dropped=int(prep.n_dropped),
        seconds=round(time.perf_counter() - started, 3),
    )
