"""Causal discovery with causal-learn: PC, FCI, GES and DirectLiNGAM behind one `run(task, data)`.

Why this shape: the agent, UI and evaluation only need "which graph, learned how, and how sure";
the choice of algorithm and test follows the data's column types (continuous -> Fisher-z / BIC,
discrete -> chi-square / BDeu), background knowledge is passed to the library where it supports it
and enforced (with a warning for every change) where it does not, and bootstrap resampling says how
stable each edge is. The second half of the module holds what the tests and benchmarks need to check
accuracy: samplers for known graphs, the true CPDAG, SHD and edge F1, and `benchmark()`.
"""

from __future__ import annotations

import contextlib
import io
import math
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from pydantic import BaseModel
from tqdm.auto import tqdm

from copilot.data import apply_conditions, looks_like_identifier, profile, require_columns
from copilot.errors import UserError
from copilot.results import DiscoveryResult, Edge
from copilot.task import DiscoverTask
from tools.prep import drop_incomplete

KCI_MAX_ROWS = 800  # KCI builds n x n kernel matrices; 800 rows x 3 variables already take ~30 s here
DISCRETE_MAX_INT_LEVELS = 5  # an integer column with at most this many values counts as discrete
MAX_CATEGORIES = 30  # more levels than this cannot be tested with a contingency table
# Quantile bins for continuous columns when a discrete test must see them. Coarse bins leave
# residual dependence through a binned variable (spurious edges with many rows); too fine bins make
# sparse tables. 8 recovered a 5-variable mixed chain at 1k, 3k and 10k rows where 3-4 bins did not.
def bins_for(n_rows: int) -> int:
    return 5 if n_rows < 1000 else 8
DEEP_GRAPH_VARS = 30  # above this many variables, PC/FCI condition on at most 3 others
_SYMMETRIC = {"--", "<->", "o-o"}
# causal-learn's rule for conflicting colliders: 3 = keep the collider with the stronger evidence.
# On 25 random 8-node graphs (5k rows) it gave the lowest mean SHD: 2.4 vs 2.6 (default 2) and 3.2 (0).
UC_PRIORITY = 3
LABELS = {"pc": "PC", "fci": "FCI", "ges": "GES", "lingam": "DirectLiNGAM"}


# ============================================================== preparing the data


@dataclass
class Prepared:
    """The numeric table discovery runs on, with what was done to get it."""

    frame: pd.DataFrame  # numeric: continuous as float, discrete as integer codes
    kinds: dict[str, str]  # column -> continuous / binary / ordinal / categorical
    n_dropped: int
    warnings: list[str] = field(default_factory=list)
    codes: dict[str, list[str]] = field(default_factory=dict)  # categorical column -> level per code

    @property
    def names(self) -> list[str]:
        return list(self.frame.columns)

    def discrete(self) -> list[str]:
        return [c for c, k in self.kinds.items() if k != "continuous"]

    def continuous(self) -> list[str]:
        return [c for c, k in self.kinds.items() if k == "continuous"]


def prepare_data(task: DiscoverTask, data: pd.DataFrame) -> Prepared:
    """Filter rows, pick usable columns, drop incomplete rows (counted) and encode categoricals.

    Text and date columns are dropped with a warning (a CI test cannot use them); so are constant
    columns and, when the user did not name the variables, ID-like and mostly-missing columns.
    """
    require_columns(task.columns(), data.columns)
    df = apply_conditions(data, task.conditions)
    named = list(dict.fromkeys(task.variables)) if task.variables else None
    candidates = named or [str(c) for c in df.columns]
    knowledge_vars = {v for edge in task.required_edges + task.forbidden_edges for v in edge}
    knowledge_vars |= {v for tier in task.tiers for v in tier}
    if named:
        outside = sorted(knowledge_vars - set(named))
        if outside:
            raise UserError(
                f"The background knowledge names {', '.join(map(repr, outside))}, which "
                f"{'is' if len(outside) == 1 else 'are'} not among the chosen variables.",
                "Add them to the variables or remove them from the required/forbidden edges and tiers.",
            )
    prof = profile(df[candidates])
    warn: list[str] = []
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for col in prof.columns:
        name = col.name
        why = None
        if col.type in ("text", "date"):
            why = f"it is a {col.type} column"
        elif col.n_distinct == 0:
            why = "it is entirely missing"
        elif col.n_distinct == 1:
            why = "it has the same value in every row"
        elif not named and col.missing_share > 0.5:
            why = f"{col.missing_share:.0%} of its values are missing"
        elif col.type == "categorical" and col.n_distinct > MAX_CATEGORIES:
            why = f"it has {col.n_distinct} categories (at most {MAX_CATEGORIES} can be tested)"
        elif (
            not named
            and col.type == "numeric"
            and looks_like_identifier(df[name], name)
        ):
            why = "it looks like a row identifier"
        if why:
            if name in knowledge_vars:
                raise UserError(f"'{name}' cannot be used for discovery because {why}.", "Remove it from the background knowledge.")
            warn.append(f"Left out '{name}' because {why}.")
            continue
        keep.append(name)
        series = df[name]
        if col.type == "binary":
            kinds[name] = "binary"
        elif col.type == "categorical":
            kinds[name] = "categorical"
        else:
            values = series.dropna().astype(float)
            is_int = bool(np.all(np.isclose(values, np.round(values))))
            kinds[name] = "ordinal" if is_int and col.n_distinct <= DISCRETE_MAX_INT_LEVELS else "continuous"
    if len(keep) < 2:
        raise UserError(
            f"Discovery needs at least two usable variables; found {len(keep)}"
            + (f" ({', '.join(keep)})" if keep else "")
            + ".",
            "Choose more numeric or categorical columns (text and date columns cannot be used).",
        )
    used, n_dropped = drop_incomplete(df[keep], warn)
    frame = pd.DataFrame(index=used.index)
    codes: dict[str, list[str]] = {}
    for name in keep:
        series = used[name]
        if kinds[name] in ("continuous", "ordinal") or (kinds[name] == "binary" and pd.api.types.is_numeric_dtype(series)):
            if pd.api.types.is_bool_dtype(series):
                series = series.astype(int)
            frame[name] = series.astype(float)
            if kinds[name] == "binary":  # 0/1 codes in the data's own order
                levels = sorted(series.unique())
                frame[name] = series.map({v: i for i, v in enumerate(levels)}).astype(float)
        else:
            levels = sorted(series.astype(str).unique())
            codes[name] = levels
            frame[name] = series.astype(str).map({v: i for i, v in enumerate(levels)}).astype(float)
        if frame[name].nunique() < 2:  # constant after the rows with missing values went
            warn.append(f"Left out '{name}' because it is constant in the complete rows.")
            frame = frame.drop(columns=name)
            kinds.pop(name)
    if frame.shape[1] < 2:
        raise UserError("Fewer than two variables vary in the complete rows.", "Choose other columns or loosen the conditions.")
    return Prepared(frame=frame, kinds=kinds, n_dropped=n_dropped, warnings=warn, codes=codes)


# ============================================================== choosing the method


@dataclass
class Plan:
    method: str  # pc / fci / ges / lingam
    ci_test: str | None  # fisherz / chisq / gsq / kci for pc and fci
    score: str | None  # BIC / BDeu for ges
    matrix: np.ndarray
    reason: str
    depth: int = -1
    warnings: list[str] = field(default_factory=list)
    binned: list[str] = field(default_factory=list)


def non_gaussian_share(X: np.ndarray) -> float:
    """Share of columns whose skew or excess kurtosis is clearly non-Gaussian.

    Under normality skew ~ N(0, 6/n) and excess kurtosis ~ N(0, 24/n); a column is flagged beyond
    4 standard errors (and beyond 0.3 / 0.5 in absolute terms, so huge samples do not flag trivia).
    """
    if X.size == 0:
        return 0.0
    from scipy import stats

    n = X.shape[0]
    skew = np.abs(stats.skew(X, axis=0))
    kurt = np.abs(stats.kurtosis(X, axis=0))
    flags = (skew > max(0.3, 4 * math.sqrt(6 / n))) | (kurt > max(0.5, 4 * math.sqrt(24 / n)))
    return float(np.mean(flags))


def _binned(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = frame.copy()
    for c in columns:
        out[c] = pd.qcut(frame[c], bins_for(len(frame)), labels=False, duplicates="drop").astype(float)
    return out


def plan(task: DiscoverTask, prep: Prepared, seed: int | None = None) -> Plan:
    """Pick the algorithm and its test/score from the task and the data's types and size, and say why."""
    seed = task.seed if seed is None else seed
    frame = prep.frame
    n, p = frame.shape
    cont, disc = prep.continuous(), prep.discrete()
    unordered = [c for c in disc if prep.kinds[c] == "categorical"]
    notes: list[str] = []
    parts: list[str] = []
    method = task.method
    if method == "auto":
        method = "pc"
        parts.append(
            f"PC was chosen: it handles {p} variables and {n:,} rows quickly, needs no parametric form beyond the CI test, "
            "and returns the equivalence class (edges the data cannot orient stay undirected)"
        )
    else:
        parts.append(f"{LABELS[method]} was requested")

    types = (
        "all continuous" if not disc else "all discrete" if not cont else f"mixed ({len(cont)} continuous, {len(disc)} discrete)"
    )
    matrix = frame.to_numpy(dtype=float)
    binned: list[str] = []
    ci_test = score = None
    depth = -1

    def discrete_matrix() -> np.ndarray:
        nonlocal binned
        if cont:
            binned = list(cont)
            notes.append(
                f"Continuous columns {', '.join(cont)} were cut into {bins_for(n)} quantile bins so that a discrete test can use "
                "them; binning can leave weak dependence through a binned variable, so extra edges next to them are possible."
            )
            return _binned(frame, cont).to_numpy(dtype=float)
        return matrix

    if method in ("pc", "fci"):
        ci_test = task.ci_test
        if ci_test == "auto":
            if not disc:
                ci_test = "fisherz"
                parts.append("the data are all continuous, so the CI test is Fisher-z (partial correlation)")
            elif not cont:
                ci_test = "chisq"
                parts.append("the data are all discrete, so the CI test is chi-square on the category codes")
            elif unordered:
                ci_test = "chisq"
                parts.append(
                    f"the data are {types} with unordered categories ({', '.join(unordered)}), so the CI test is "
                    "chi-square with the continuous columns binned"
                )
            else:
                ci_test = "fisherz"
                parts.append(
                    f"the data are {types}, and the discrete columns are binary or ordered, so Fisher-z is used "
                    "with them as numbers (an approximation)"
                )
        else:
            parts.append(f"with the {ci_test} test as requested")
        if ci_test in ("chisq", "gsq"):
            matrix = discrete_matrix()
        elif ci_test == "fisherz" and unordered:
            notes.append(
                f"Fisher-z treats the category codes of {', '.join(unordered)} as numbers; chi-square (ci_test='chisq') suits unordered categories better."
            )
        elif ci_test == "kci" and n > KCI_MAX_ROWS:
            rows = np.random.default_rng(seed).choice(n, KCI_MAX_ROWS, replace=False)
            matrix = matrix[np.sort(rows)]
            notes.append(f"KCI is slow (n x n kernels): it ran on a random {KCI_MAX_ROWS:,} of the {n:,} rows (seed {seed}).")
        if p > DEEP_GRAPH_VARS:
            depth = 3
            parts.append(f"with {p} variables the conditioning sets are capped at 3 variables to keep the run short")
        if method == "fci":
            parts.append("FCI allows for hidden common causes, so edges may be <-> or carry circle marks")
    elif method == "ges":
        if not disc:
            score = "BIC"
            parts.append("the data are all continuous, so GES scores graphs with the linear-Gaussian BIC")
        elif not cont or unordered:
            score = "BDeu"
            matrix = discrete_matrix()
            parts.append(f"the data are {types}, so GES scores graphs with BDeu on the category codes")
        else:
            score = "BIC"
            parts.append(f"the data are {types} with binary/ordered discrete columns, so GES uses the BIC with them as numbers")
    elif method == "lingam":
        if disc:
            notes.append(
                f"DirectLiNGAM assumes continuous, non-Gaussian variables; {', '.join(disc)} "
                f"{'is' if len(disc) == 1 else 'are'} discrete, so edges at those columns are unreliable."
            )
        parts.append("DirectLiNGAM assumes a linear model with non-Gaussian noise and no hidden common causes, and orients every edge")
    if task.method == "auto" and cont and not disc and n >= 200:
        share = non_gaussian_share(frame[cont].to_numpy(dtype=float))
        if share >= 0.5:
            parts.append(
                f"{share:.0%} of the columns are clearly non-Gaussian; if the relations are linear, method 'lingam' could orient more edges"
            )
    if n < 10 * p:
        notes.append(f"Only {n} rows for {p} variables: independence tests have little power, so edges may be missing.")
    reason = "; ".join(parts) + "."
    reason = reason[0].upper() + reason[1:]
    return Plan(method=method, ci_test=ci_test, score=score, matrix=matrix, reason=reason, depth=depth, warnings=notes, binned=binned)


# ============================================================== background knowledge


def _knowledge(task: DiscoverTask):
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


def _check_knowledge(task: DiscoverTask) -> None:
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


def _forbidden(task: DiscoverTask, a: str, b: str) -> bool:
    """Is the edge a -> b ruled out by the forbidden list or the tiers?"""
    if (a, b) in {tuple(e) for e in task.forbidden_edges}:
        return True
    tier_of = {name: level for level, tier in enumerate(task.tiers) for name in tier}
    return a in tier_of and b in tier_of and tier_of[a] > tier_of[b]


def _enforce_knowledge(edges: list[Edge], task: DiscoverTask, method: str) -> tuple[list[Edge], list[str]]:
    """Make the result honour the background knowledge; every change is reported.

    Applied to every method as a last step: removes adjacencies forbidden both ways, reverses or
    orients edges whose direction is forbidden, and adds required edges the search did not find.
    """
    notes: list[str] = []
    out: list[Edge] = []
    for e in edges:
        a, b = e.source, e.target
        fab, fba = _forbidden(task, a, b), _forbidden(task, b, a)
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


# ============================================================== running one search


def _typed_edges(graph) -> tuple[list[Edge], list[str]]:
    """causal-learn GeneralGraph -> typed edges."""
    from causallearn.graph.Endpoint import Endpoint

    T, A, C = Endpoint.TAIL, Endpoint.ARROW, Endpoint.CIRCLE
    edges, notes = [], []
    for e in graph.get_graph_edges():
        a, b = e.get_node1().get_name(), e.get_node2().get_name()
        m1, m2 = e.get_endpoint1(), e.get_endpoint2()  # the marks at a and at b
        if (m1, m2) == (T, A):
            edges.append(Edge(source=a, target=b, type="->"))
        elif (m1, m2) == (A, T):
            edges.append(Edge(source=b, target=a, type="->"))
        elif (m1, m2) == (T, T):
            edges.append(Edge(source=a, target=b, type="--"))
        elif (m1, m2) == (A, A):
            edges.append(Edge(source=a, target=b, type="<->"))
        elif (m1, m2) == (C, A):
            edges.append(Edge(source=a, target=b, type="o->"))
        elif (m1, m2) == (A, C):
            edges.append(Edge(source=b, target=a, type="o->"))
        else:  # o-o, or the rare tail-circle marks (selection bias), shown as o-o
            if C in (m1, m2) and T in (m1, m2):
                notes.append(f"The edge between {a} and {b} has a tail and a circle mark; it is shown as o-o.")
            edges.append(Edge(source=a, target=b, type="o-o"))
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
    singular value: whether a matrix inverse happens to fail depends on BLAS rounding (it did
    not on an AVX2 EPYC), the singular values' ratio does not.
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
    edges, notes = _typed_edges(cg.G)
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
    return _typed_edges(graph)


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
    return _typed_edges(graph)


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


def _search(pl: Plan, X: np.ndarray, names: list[str], task: DiscoverTask, bk, seed: int) -> tuple[list[Edge], list[str]]:
    """One run of the planned algorithm, knowledge enforced; used for the answer and for each resample."""
    if pl.method == "pc":
        edges, notes = _run_pc(X, names, pl, task.alpha, bk)
    elif pl.method == "fci":
        edges, notes = _run_fci(X, names, pl, task.alpha, bk)
    elif pl.method == "ges":
        edges, notes = _run_ges(X, names, pl, bk)
    else:
        edges, notes = _run_lingam(X, names, task, seed)
    edges, more = _enforce_knowledge(edges, task, LABELS[pl.method])
    return sorted(edges, key=lambda e: (names.index(e.source), names.index(e.target))), notes + more


def edge_key(e: Edge) -> tuple[str, str, str]:
    """Identity of a typed edge: direction matters for -> and o->, not for --, <->, o-o."""
    if e.type in _SYMMETRIC:
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
            edges, _ = _search(pl, sample, names, task, bk, seed)
        except (UserError, ValueError, np.linalg.LinAlgError):
            continue
        done += 1
        for key in {edge_key(e) for e in edges}:
            counts[key] = counts.get(key, 0) + 1
    return {k: v / done for k, v in counts.items()} if done else {}


# ============================================================== the tool


def run(task: DiscoverTask, data: pd.DataFrame) -> DiscoveryResult:
    """Learn a causal graph of the task's variables; the result says how and why."""
    from tools.drawing import draw_graph

    started = time.perf_counter()
    if data is None or not isinstance(data, pd.DataFrame):
        raise UserError("Causal discovery needs a data table.", "Upload a CSV (or TSV/Parquet) file with one column per variable.")
    _check_knowledge(task)
    prep = prepare_data(task, data)
    pl = plan(task, prep)
    names = prep.names
    bk = _knowledge(task) if pl.method in ("pc", "fci", "ges") else None
    linear = pl.ci_test == "fisherz" or pl.score == "BIC" or pl.method == "lingam"
    if linear and (dependent := collinear_columns(pl.matrix, names)):
        raise UserError(
            f"The variables {', '.join(dependent)} are perfectly collinear (one is an exact linear function of the "
            "others), so the independence tests and scores cannot run.",
            "Leave out columns that are exact copies or sums of others.",
        )
    edges, notes = _search(pl, pl.matrix, names, task, bk, task.seed)
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


# ============================================================== known graphs: sampling and scoring


def random_dag(n_nodes: int, n_edges: int, seed: int = 0) -> tuple[list[str], list[tuple[str, str]]]:
    """A random DAG with names X1..Xn (edges respect a random order)."""
    rng = np.random.default_rng(seed)
    names = [f"X{i + 1}" for i in range(n_nodes)]
    order = rng.permutation(n_nodes)
    pairs = [(order[i], order[j]) for i in range(n_nodes) for j in range(i + 1, n_nodes)]
    chosen = rng.choice(len(pairs), size=min(n_edges, len(pairs)), replace=False)
    return names, [(names[pairs[k][0]], names[pairs[k][1]]) for k in sorted(chosen)]


def _topological(nodes: list[str], edges: list[tuple[str, str]]) -> list[str]:
    import networkx as nx

    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    return list(nx.topological_sort(g))


def sample_linear(
    nodes: list[str], edges: list[tuple[str, str]], n: int, seed: int = 0, noise: str = "gaussian",
    weight_range: tuple[float, float] = (0.5, 1.5),
) -> pd.DataFrame:
    """Linear SEM data from a DAG: each node = sum of signed random weights x parents + noise."""
    rng = np.random.default_rng(seed)
    data: dict[str, np.ndarray] = {}
    for v in _topological(nodes, edges):
        if noise == "gaussian":
            x = rng.normal(size=n)
        elif noise == "uniform":
            x = rng.uniform(-math.sqrt(3), math.sqrt(3), size=n)
        elif noise == "exponential":
            x = rng.exponential(size=n) - 1.0
        else:
            raise ValueError(f"unknown noise {noise!r}")
        for a, b in edges:
            if b == v:
                w = rng.uniform(*weight_range) * rng.choice([-1.0, 1.0])
                x = x + w * data[a]
        data[v] = x
    return pd.DataFrame({v: data[v] for v in nodes})


def sample_discrete(
    nodes: list[str], edges: list[tuple[str, str]], n: int, seed: int = 0, levels: int | dict[str, int] = 2,
    strength: tuple[float, float] = (1.5, 2.5),
) -> pd.DataFrame:
    """Categorical data from a DAG: each level's logit is a random strong linear function of the parents."""
    rng = np.random.default_rng(seed)
    k_of = {v: (levels if isinstance(levels, int) else levels[v]) for v in nodes}
    data: dict[str, np.ndarray] = {}
    for v in _topological(nodes, edges):
        k = k_of[v]
        logits = np.zeros((n, k))
        for a, b in edges:
            if b == v:
                parent = data[a] / max(1, k_of[a] - 1) * 2 - 1  # scaled to [-1, 1]
                w = rng.uniform(*strength, size=k - 1) * rng.choice([-1.0, 1.0], size=k - 1)
                logits[:, 1:] += np.outer(parent, w)  # level 0 is the reference
        probs = np.exp(logits - logits.max(axis=1, keepdims=True))
        probs /= probs.sum(axis=1, keepdims=True)
        u = rng.uniform(size=(n, 1))
        data[v] = np.minimum((u > probs.cumsum(axis=1)).sum(axis=1), k - 1)
    return pd.DataFrame({v: data[v] for v in nodes})


def true_cpdag(nodes: list[str], edges: list[tuple[str, str]]) -> list[Edge]:
    """The Markov equivalence class (CPDAG) of a DAG, by causal-learn's dag2cpdag."""
    from causallearn.graph.Dag import Dag
    from causallearn.graph.GraphNode import GraphNode
    from causallearn.utils.DAG2CPDAG import dag2cpdag

    graph_nodes = {v: GraphNode(v) for v in nodes}
    dag = Dag(list(graph_nodes.values()))
    for a, b in edges:
        dag.add_directed_edge(graph_nodes[a], graph_nodes[b])
    typed, _ = _typed_edges(dag2cpdag(dag))
    return typed


class GraphScore(BaseModel):
    """How close an estimated graph is to the truth."""

    shd: int  # pairs whose adjacency or edge mark differs
    skeleton_precision: float
    skeleton_recall: float
    skeleton_f1: float
    oriented_precision: float  # estimated -> edges that match the true DAG's direction
    oriented_recall: float  # true DAG edges recovered with the right direction
    oriented_f1: float


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def compare(truth: list[Edge], estimate: list[Edge], true_dag: list[tuple[str, str]] | None = None) -> GraphScore:
    """SHD between typed graphs (e.g. true CPDAG vs estimated CPDAG) and skeleton / oriented F1.

    Oriented scores are against `true_dag` when given (else the directed edges of `truth`).
    """
    def marks(edges: list[Edge]) -> dict[frozenset, tuple]:
        out = {}
        for e in edges:
            out[frozenset((e.source, e.target))] = edge_key(e)
        return out

    t, s = marks(truth), marks(estimate)
    shd = sum(1 for pair in set(t) | set(s) if t.get(pair) != s.get(pair))
    tp = len(set(t) & set(s))
    sk_p = tp / len(s) if s else 1.0
    sk_r = tp / len(t) if t else 1.0
    directed_truth = set(true_dag) if true_dag is not None else {(e.source, e.target) for e in truth if e.type == "->"}
    directed_est = {(e.source, e.target) for e in estimate if e.type == "->"}
    hit = len(directed_truth & directed_est)
    or_p = hit / len(directed_est) if directed_est else (1.0 if not directed_truth else 0.0)
    or_r = hit / len(directed_truth) if directed_truth else 1.0
    return GraphScore(
        shd=shd, skeleton_precision=round(sk_p, 4), skeleton_recall=round(sk_r, 4), skeleton_f1=round(_f1(sk_p, sk_r), 4),
        oriented_precision=round(or_p, 4), oriented_recall=round(or_r, 4), oriented_f1=round(_f1(or_p, or_r), 4),
    )


def benchmark(
    rows: tuple[int, ...] = (5_000, 50_000),
    n_vars: int = 10,
    methods: tuple[str, ...] = ("pc", "fci", "ges", "lingam", "pc-chisq"),
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Time (and score) each method on data sampled from a known random DAG.

    Continuous methods get linear data (uniform noise, so LiNGAM's assumption holds and PC/GES are
    unaffected); `pc-chisq` gets binary data from the same DAG. Returns one dict per (method, rows)
    with `seconds` (the whole `run`, PNG included) and `search_seconds` (the algorithm alone).
    """
    names, dag = random_dag(n_vars, int(1.5 * n_vars), seed=seed)
    truth = true_cpdag(names, dag)
    # Warm-up: importing causal-learn, sklearn and matplotlib takes seconds; time the searches only.
    for name in methods:
        method, _, test = name.partition("-")
        small = sample_discrete(names, dag, 200, seed=seed) if test else sample_linear(names, dag, 200, seed=seed, noise="uniform")
        run(DiscoverTask(method=method, ci_test=test or "auto"), small)
    results = []
    for n in rows:
        continuous = sample_linear(names, dag, n, seed=seed, noise="uniform")
        discrete = sample_discrete(names, dag, n, seed=seed)
        for name in methods:
            method, _, test = name.partition("-")
            frame = discrete if test in ("chisq", "gsq") else continuous
            task = DiscoverTask(method=method, ci_test=test or "auto", seed=seed)
            start = time.perf_counter()
            result = run(task, frame)
            seconds = time.perf_counter() - start
            # The search alone (no data checks, no drawing), to separate the algorithm from the overhead.
            prep = prepare_data(task, frame)
            pl = plan(task, prep)
            start = time.perf_counter()
            _search(pl, pl.matrix, prep.names, task, None, seed)
            search_seconds = time.perf_counter() - start
            against = [Edge(source=a, target=b) for a, b in dag] if method == "lingam" else truth
            score = compare(against, result.edges, true_dag=dag).model_dump()
            if method == "fci":  # a PAG's circle marks are not CPDAG marks: only the skeleton compares
                score["shd"] = None
            results.append(
                {"method": name, "rows": n, "vars": n_vars, "seconds": round(seconds, 3),
                 "search_seconds": round(search_seconds, 3), **score}
            )
    return results


def main(argv: list[str] | None = None) -> int:
    """`python -m tools.discovery [rows ...]`: print the benchmark table."""
    import sys

    argv = list(sys.argv[1:] if argv is None else argv)
    rows = tuple(int(a) for a in argv) or (5_000, 50_000)
    print(f"{'method':<10}{'rows':>8}{'run s':>8}{'search s':>10}{'SHD':>6}{'skelF1':>8}{'orientF1':>10}")
    for r in benchmark(rows=rows):
        shd = "-" if r["shd"] is None else r["shd"]
        print(f"{r['method']:<10}{r['rows']:>8}{r['seconds']:>8.2f}{r['search_seconds']:>10.2f}{shd:>6}"
              f"{r['skeleton_f1']:>8.2f}{r['oriented_f1']:>10.2f}")
    print("run s: the whole tool (data checks, search, PNG); search s: the causal-learn search alone. "
          "SHD against the true CPDAG (DAG for lingam; none for FCI's PAG).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
