"""Causal discovery, step two: which algorithm and which test or score, and why.

The choice follows the task and the data's column types and size (continuous -> Fisher-z / BIC,
discrete -> chi-square / BDeu, mixed -> binned or numeric codes), and the reason is written out so
the answer can say how the graph was learned.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from copilot.task import DiscoverTask
from tools.discovery_prepare import Prepared

# KCI builds n x n kernel matrices, so its time grows with the square of the rows; above this many
# rows it runs on a seeded subsample (the time it takes is in docs/benchmarks.md).
KCI_MAX_ROWS = 800
# Quantile bins for continuous columns when a discrete test must see them. Coarse bins leave
# residual dependence through a binned variable (spurious edges with many rows); too fine bins make
# sparse tables. 8 recovered a 5-variable mixed chain at 1k, 3k and 10k rows where 3-4 bins did not.
def bins_for(n_rows: int) -> int:
    return 5 if n_rows < 1000 else 8
DEEP_GRAPH_VARS = 30  # above this many variables, PC/FCI condition on at most 3 others
LABELS = {"pc": "PC", "fci": "FCI", "ges": "GES", "lingam": "DirectLiNGAM"}


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
