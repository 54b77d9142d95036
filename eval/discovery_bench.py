"""`python -m eval bench-discovery [--rows N ...]`: time and score each discovery method on known graphs.

Why it lives in eval/: samplers for known DAGs, the true CPDAG and graph scores (SHD, skeleton and
oriented F1) are what the tests and the benchmark use to check the discovery tool's accuracy; the
tool itself never needs them.
"""

from __future__ import annotations

import argparse
import math
import time
from typing import Any

import numpy as np
import pandas as pd
from pydantic import BaseModel

from copilot.results import Edge
from copilot.task import DiscoverTask
from tools.discovery import run
from tools.discovery_plan import plan
from tools.discovery_prepare import prepare_data
from tools.discovery_search import edge_key, search, typed_edges


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
    typed, _ = typed_edges(dag2cpdag(dag))
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
            search(pl, pl.matrix, prep.names, task, None, seed)
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



def main(argv: list[str]) -> int:
    """Print the benchmark table (the former `python -m tools.discovery [rows ...]`)."""
    p = argparse.ArgumentParser(prog="python -m eval bench-discovery", description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, nargs="+", default=[5_000, 50_000])
    p.add_argument("--vars", type=int, default=10, help="variables in the random DAG (1.5 edges per variable)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    print(f"{'method':<10}{'rows':>8}{'run s':>8}{'search s':>10}{'SHD':>6}{'skelF1':>8}{'orientF1':>10}")
    for r in benchmark(rows=tuple(args.rows), n_vars=args.vars, seed=args.seed):
        shd = "-" if r["shd"] is None else r["shd"]
        print(f"{r['method']:<10}{r['rows']:>8}{r['seconds']:>8.2f}{r['search_seconds']:>10.2f}{shd:>6}"
              f"{r['skeleton_f1']:>8.2f}{r['oriented_f1']:>10.2f}")
    print("run s: the whole tool (data checks, search, PNG); search s: the causal-learn search alone. "
          "SHD against the true CPDAG (DAG for lingam; none for FCI's PAG).")
    return 0
