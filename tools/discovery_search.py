"""Causal discovery, one search: causal-learn's PC, FCI, GES or DirectLiNGAM on a numeric matrix.

`search` runs the planned algorithm once with the background knowledge enforced; the tool calls it
for the answer and `bootstrap_stability` calls it on each row resample. Edges come back typed
(`->`, `--`, `<->`, `o->`, `o-o`) whatever the library's graph class.
"""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np
from tqdm.auto import tqdm

from copilot.errors import UserError
from copilot.results import Edge
from copilot.task import DiscoverTask
from tools.discovery_knowledge import enforce_knowledge
from tools.discovery_plan import LABELS, Plan, non_gaussian_share

SYMMETRIC = {"--", "<->", "o-o"}  # edge types whose direction carries no meaning
# causal-learn's rule for conflicting colliders: 3 = keep the collider with the stronger evidence.
# On 25 random 8-node graphs (5k rows) it gave the lowest mean SHD: 2.4 vs 2.6 (default 2) and 3.2 (0).
UC_PRIORITY = 3


def typed_edges(graph) -> tuple[list[Edge], list[str]]:
    """causal-learn GeneralGraph -> typed edges."""
    from causallearn.graph.Endpoint import Endpoint

    T, A, C = Endpoint.TAIL.value, Endpoint.ARROW.value, Endpoint.CIRCLE.value  # Endpoint is not hashable
    # (mark at node 1, mark at node 2) -> (edge type, whether node 2 is the source)
    types = {(T, A): ("->", False), (A, T): ("->", True), (T, T): ("--", False),
             (A, A): ("<->", False), (C, A): ("o->", False), (A, C): ("o->", True)}
    edges, notes = [], []
    for e in graph.get_graph_edges():
        a, b = e.get_node1().get_name(), e.get_node2().get_name()
        m1, m2 = e.get_endpoint1().value, e.get_endpoint2().value  # the marks at a and at b
        # o-o, or the rare tail-circle marks (selection bias), shown as o-o
        kind, flipped = types.get((m1, m2), ("o-o", False))
        if kind == "o-o" and C in (m1, m2) and T in (m1, m2):
            notes.append(f"The edge between {a} and {b} has a tail and a circle mark; it is shown as o-o.")
        edges.append(Edge(source=b, target=a, type=kind) if flipped else Edge(source=a, target=b, type=kind))
    return edges, notes


def _singular_error(exc: Exception) -> UserError:
    return UserError(
        f"Two or more variables are perfectly collinear, so the independence test cannot run ({exc}).",
        "Leave out columns that are exact copies or sums of others.",
    )


# Singular values below this share of the largest one count as zero: the correlation matrix's
# condition number is their squared ratio, so 1e-8 means > 1e16, where its inverse is rounding noise.
COLLINEAR_RTOL = 1e-8


def collinear_columns(X: np.ndarray, names: list[str], rtol: float = COLLINEAR_RTOL) -> list[str] | None:
    """The columns that enter an exact linear dependence, or None when the matrix has full rank.

    Rank from the SVD of the standardised columns, with a tolerance relative to the largest
    singular value: whether a matrix inverse happens to fail depends on the BLAS's rounding (so
    on the machine), the singular values' ratio does not.
    """
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] < 2 or X.shape[0] < 2:
        return None
    sd = X.std(axis=0)
    if np.any(sd == 0):
        return None  # constant columns are reported by the data checks
    Z = (X - X.mean(axis=0)) / sd
    _, s, vt = np.linalg.svd(Z, full_matrices=False)
    if s[-1] > rtol * s[0]:
        return None
    null = np.abs(vt[-1])
    return [n for n, w in zip(names, null) if w > 1e-3 * null.max()]


def _run_pc(X, names, pl: Plan, alpha: float, bk) -> tuple[list[Edge], list[str]]:
    from causallearn.search.ConstraintBased.PC import pc

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cg = pc(X, alpha=alpha, indep_test=pl.ci_test, stable=True, uc_priority=UC_PRIORITY, background_knowledge=bk,
                    show_progress=False, node_names=names, max_k=None if pl.depth < 0 else pl.depth)
    except ValueError as exc:
        if "singular" in str(exc).lower():
            raise _singular_error(exc) from exc
        raise
    edges, notes = typed_edges(cg.G)
    if any(e.type == "<->" for e in edges):
        notes.append("PC found conflicting collider orientations (shown as <->); the tests disagree, so treat those edges with care.")
    return edges, notes


def _run_fci(X, names, pl: Plan, alpha: float, bk) -> tuple[list[Edge], list[str]]:
    from causallearn.search.ConstraintBased.FCI import fci

    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):  # FCI prints its BK steps
            warnings.simplefilter("ignore")
            graph, _ = fci(X, independence_test_method=pl.ci_test, alpha=alpha, depth=pl.depth,
                           background_knowledge=bk, show_progress=False, node_names=names)
    except ValueError as exc:
        if "singular" in str(exc).lower():
            raise _singular_error(exc) from exc
        raise
    return typed_edges(graph)


def _run_ges(X, names, pl: Plan, bk) -> tuple[list[Edge], list[str]]:
    from causallearn.graph.GraphClass import CausalGraph
    from causallearn.search.ScoreBased.GES import ges
    from causallearn.utils.PCUtils import Meek
    from causallearn.utils.PCUtils.BackgroundKnowledgeOrientUtils import orient_by_background_knowledge

    score_func = "local_score_BIC" if pl.score == "BIC" else "local_score_BDeu"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        record = ges(X, score_func=score_func, node_names=names)
    graph = record["G"]
    if bk is not None:
        # GES itself takes no background knowledge: orient the CPDAG's undirected edges by it and
        # propagate with Meek's rules (what PC does after its skeleton); the rest is enforced after.
        for edge in list(graph.get_graph_edges()):  # adjacencies ruled out both ways go first
            a, b = edge.get_node1(), edge.get_node2()
            if bk.is_forbidden(a, b) and bk.is_forbidden(b, a):
                graph.remove_edge(edge)
        cg = CausalGraph(len(names), names)
        cg.G = graph
        orient_by_background_knowledge(cg, bk)
        graph = Meek.meek(cg, background_knowledge=bk).G
    return typed_edges(graph)


def _run_lingam(X, names, task: DiscoverTask, seed: int) -> tuple[list[Edge], list[str]]:
    from causallearn.search.FCMBased.lingam import DirectLiNGAM
    from causallearn.search.FCMBased.lingam.utils import make_prior_knowledge

    index = {n: i for i, n in enumerate(names)}
    prior = None
    if task.tiers or task.required_edges:
        # DirectLiNGAM's prior knowledge is about directed *paths*: tiers say "no path from a later
        # tier to an earlier one"; a required edge a -> b says "a is an ancestor of b".
        no_paths = [
            (index[b], index[a])
            for i, early in enumerate(task.tiers)
            for late in task.tiers[i + 1 :]
            for a in early
            for b in late
        ]
        paths = [(index[a], index[b]) for a, b in task.required_edges]
        prior = make_prior_knowledge(len(names), paths=paths or None, no_paths=no_paths or None)
    Xs = (X - X.mean(axis=0)) / X.std(axis=0)
    model = DirectLiNGAM(random_state=seed, prior_knowledge=prior)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(Xs)
    B = model.adjacency_matrix_  # B[i, j] != 0 means j -> i
    edges = [
        Edge(source=names[j], target=names[i], type="->")
        for i in range(len(names))
        for j in range(len(names))
        if i != j and abs(B[i, j]) > 1e-8
    ]
    notes = []
    residuals = Xs - Xs @ B.T  # the estimated noise terms
    if non_gaussian_share(residuals) < 0.5:
        notes.append(
            "Most estimated noise terms look Gaussian; DirectLiNGAM's orientations rely on non-Gaussian noise, so its "
            "directions may be arbitrary here (PC or GES would leave such edges undirected)."
        )
    return edges, notes


def search(pl: Plan, X: np.ndarray, names: list[str], task: DiscoverTask, bk, seed: int) -> tuple[list[Edge], list[str]]:
    """One run of the planned algorithm, knowledge enforced; used for the answer and for each resample."""
    if pl.method == "pc":
        edges, notes = _run_pc(X, names, pl, task.alpha, bk)
    elif pl.method == "fci":
        edges, notes = _run_fci(X, names, pl, task.alpha, bk)
    elif pl.method == "ges":
        edges, notes = _run_ges(X, names, pl, bk)
    else:
        edges, notes = _run_lingam(X, names, task, seed)
    edges, more = enforce_knowledge(edges, task, LABELS[pl.method])
    return sorted(edges, key=lambda e: (names.index(e.source), names.index(e.target))), notes + more


def edge_key(e: Edge) -> tuple[str, str, str]:
    """Identity of a typed edge: direction matters for -> and o->, not for --, <->, o-o."""
    if e.type in SYMMETRIC:
        a, b = sorted((e.source, e.target))
        return (a, b, e.type)
    return (e.source, e.target, e.type)


def bootstrap_stability(
    pl: Plan, names: list[str], task: DiscoverTask, bk, n_resamples: int, seed: int
) -> dict[tuple[str, str, str], float]:
    """Share of row resamples (with replacement, seeded) in which each typed edge appears."""
    rng = np.random.default_rng(seed)
    counts: dict[tuple[str, str, str], int] = {}
    n = pl.matrix.shape[0]
    done = 0
    for _ in tqdm(range(n_resamples), desc="bootstrap", leave=False, disable=n_resamples < 5):
        rows = rng.integers(0, n, n)
        sample = pl.matrix[rows]
        if np.any(np.nanstd(sample, axis=0) == 0):  # a column became constant: this resample says nothing
            continue
        try:
            edges, _ = search(pl, sample, names, task, bk, seed)
        except (UserError, ValueError, np.linalg.LinAlgError):
            continue
        done += 1
        for key in {edge_key(e) for e in edges}:
            counts[key] = counts.get(key, 0) + 1
    return {k: v / done for k, v in counts.items()} if done else {}

