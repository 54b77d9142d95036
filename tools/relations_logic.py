"""The causal reasoning behind the relation tool: statements -> equivalence class -> verdict.

Assuming a closed system and faithfulness, the stated (conditional) independencies are exactly the
d-separations of the true DAG; every unstated one is a dependence. So: the skeleton joins the pairs
that no statement separates, an unshielded triple X - Z - Y is a collider iff Z is in no separating
set of X and Y, Meek's rules orient what follows (causal-learn's PC orientation utilities), and the
Markov equivalence class (MEC) is enumerated by orienting the remaining undirected edges one at a
time under Meek closure. The class is then checked against *every* statement by d-separation: if the
d-separations of its DAGs differ from the statements, no DAG is faithful to them (inconsistent).

Graphs are small (Corr2Cause has at most 6 variables), so nodes are ints and node sets are bitmasks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
from causallearn.graph.GraphClass import CausalGraph
from causallearn.utils.PCUtils.Meek import meek
from causallearn.utils.PCUtils.UCSepset import uc_sepset

from copilot.errors import UserError
from copilot.understand.premise_lex import Statement  # the premise reader's output, defined beside it

RELATIONS: tuple[str, ...] = (
    "parent",
    "child",
    "non-parent ancestor",
    "non-child descendant",
    "has_collider",
    "has_confounder",
    "mediated ancestor",
    "mediated descendant",
    "ancestor",
    "descendant",
)
MAX_VARIABLES = 12  # the d-separation check is exhaustive over conditioning sets


@dataclass
class EquivalenceClass:
    """The MEC implied by the statements (empty `dags` when the statements are inconsistent)."""

    n: int
    consistent: bool
    dags: list[tuple[int, ...]] = field(default_factory=list)  # each DAG: parent bitmask per node
    directed: set[tuple[int, int]] = field(default_factory=set)  # CPDAG: compelled edges
    undirected: set[frozenset[int]] = field(default_factory=set)  # CPDAG: reversible edges
    problem: str = ""  # why the statements are inconsistent
    implied: list[str] = field(default_factory=list)  # independencies implied but not stated (open world)


_BITS: list[tuple[int, ...]] = [tuple(i for i in range(MAX_VARIABLES) if m >> i & 1) for m in range(1 << MAX_VARIABLES)]


def _bits(mask: int) -> tuple[int, ...]:
    """The members of a node bitmask (table lookup: this is the innermost loop)."""
    return _BITS[mask]


def _ancestors(parents: tuple[int, ...] | list[int], seed_mask: int) -> int:
    """Bitmask of `seed_mask` and all its ancestors."""
    result, frontier = seed_mask, seed_mask
    while frontier:
        new = 0
        for i in _bits(frontier):
            new |= parents[i]
        frontier = new & ~result
        result |= new
    return result


def d_separated(parents: tuple[int, ...] | list[int], x: int, y: int, given: int) -> bool:
    """x and y d-separated by the node set `given` (moralised ancestral graph criterion)."""
    n = len(parents)
    anc = _ancestors(parents, (1 << x) | (1 << y) | given)
    neighbours = [0] * n
    for child in _bits(anc):
        pa = parents[child] & anc
        for p in _bits(pa):
            neighbours[p] |= 1 << child
            neighbours[child] |= 1 << p
            neighbours[p] |= pa & ~(1 << p)  # marry co-parents
    seen, frontier = 1 << x, 1 << x
    blocked = given
    while frontier:
        new = 0
        for i in _bits(frontier):
            new |= neighbours[i]
        new &= ~seen & ~blocked
        if new >> y & 1:
            return False
        seen |= new
        frontier = new
    return True


def _is_acyclic(parents: list[int]) -> bool:
    remaining = (1 << len(parents)) - 1
    while remaining:
        sources = [i for i in _bits(remaining) if not parents[i] & remaining]
        if not sources:
            return False
        for i in sources:
            remaining &= ~(1 << i)
    return True


def v_structures(parents: tuple[int, ...] | list[int]) -> set[tuple[int, int, int]]:
    """Unshielded colliders (a, z, b) with a < b: a -> z <- b, a and b not adjacent."""
    n = len(parents)
    adj = [parents[i] for i in range(n)]
    for c in range(n):
        for p in _bits(parents[c]):
            adj[p] |= 1 << c
    found = set()
    for z in range(n):
        for a, b in combinations(_bits(parents[z]), 2):
            if not adj[a] >> b & 1:
                found.add((a, z, b))
    return found


def _meek_closure(n: int, directed: set[tuple[int, int]], undirected: set[frozenset[int]]) -> None:
    """Apply Meek's rules R1-R4 in place until nothing changes (fast bitmask version for enumeration)."""

    def adjacent(a: int, b: int) -> bool:
        return (a, b) in directed or (b, a) in directed or frozenset((a, b)) in undirected

    changed = True
    while changed:
        changed = False
        for edge in list(undirected):
            a, b = tuple(edge)
            for u, v in ((a, b), (b, a)):
                others = [w for w in range(n) if w not in (u, v)]
                # R1: w -> u - v, w and v not adjacent  =>  u -> v
                r1 = any((w, u) in directed and not adjacent(w, v) for w in others)
                # R2: u -> w -> v  =>  u -> v
                r2 = any((u, w) in directed and (w, v) in directed for w in others)
                # R3: u - w1 -> v, u - w2 -> v, w1 and w2 not adjacent  =>  u -> v
                kites = [w for w in others if frozenset((u, w)) in undirected and (w, v) in directed]
                r3 = any(not adjacent(w1, w2) for w1, w2 in combinations(kites, 2))
                # R4: u - w1 -> w2 -> v, w1 and v not adjacent, u adjacent to w2  =>  u -> v
                r4 = any(
                    frozenset((u, w1)) in undirected
                    and (w1, w2) in directed
                    and (w2, v) in directed
                    and not adjacent(w1, v)
                    and adjacent(u, w2)
                    for w1 in others
                    for w2 in others
                    if w1 != w2
                )
                if r1 or r2 or r3 or r4:
                    undirected.discard(edge)
                    directed.add((u, v))
                    changed = True
                    break


def _cpdag_with_causallearn(
    n: int, adjacent_pairs: set[frozenset[int]], sepsets: dict[frozenset[int], list[frozenset[int]]]
) -> tuple[set[tuple[int, int]], set[frozenset[int]], bool]:
    """PC's orientation phase with causal-learn: unshielded colliders from the separating sets, then Meek.

    Returns (directed, undirected, conflict) where conflict means two colliders put opposite
    arrowheads on one edge (no DAG has both).
    """
    cg = CausalGraph(n)
    for i, j in combinations(range(n), 2):
        if frozenset((i, j)) not in adjacent_pairs:
            cg.G.remove_edge(cg.G.get_edge(cg.G.nodes[i], cg.G.nodes[j]))
            sets = [tuple(sorted(s)) for s in sepsets.get(frozenset((i, j)), [])]
            cg.sepset[i, j] = cg.sepset[j, i] = sets
    cg = uc_sepset(cg, priority=1)  # priority 1: a conflict shows up as a bidirected edge
    cg = meek(cg)
    graph = cg.G.graph
    directed: set[tuple[int, int]] = set()
    undirected: set[frozenset[int]] = set()
    conflict = False
    for i, j in combinations(range(n), 2):
        a, b = graph[i, j], graph[j, i]
        if a == 0 and b == 0:
            continue
        if a == -1 and b == 1:
            directed.add((i, j))
        elif a == 1 and b == -1:
            directed.add((j, i))
        elif a == -1 and b == -1:
            undirected.add(frozenset((i, j)))
        else:
            conflict = True
    return directed, undirected, conflict


def _enumerate(
    n: int,
    directed: set[tuple[int, int]],
    undirected: set[frozenset[int]],
    colliders: set[tuple[int, int, int]],
    limit: int,
) -> list[tuple[int, ...]]:
    """Every DAG that orients the PDAG's undirected edges without a cycle or a new collider."""
    out: list[tuple[int, ...]] = []

    def recurse(d: set[tuple[int, int]], u: set[frozenset[int]]) -> None:
        if len(out) >= limit:
            return
        if not u:
            parents = [0] * n
            for a, b in d:
                parents[b] |= 1 << a
            if _is_acyclic(parents) and v_structures(parents) == colliders:
                out.append(tuple(parents))
            return
        edge = min(u, key=lambda e: tuple(sorted(e)))
        a, b = sorted(edge)
        for orient in ((a, b), (b, a)):
            d2, u2 = set(d), set(u)
            u2.discard(edge)
            d2.add(orient)
            _meek_closure(n, d2, u2)
            recurse(d2, u2)

    recurse(set(directed), set(undirected))
    return out


def equivalence_class(
    n: int,
    statements: list[Statement],
    limit: int = 200_000,
    closed_world: bool = True,
    names: list[str] | None = None,
) -> EquivalenceClass:
    """The Markov equivalence class faithful to `statements` over variables 0..n-1 (closed world).

    `closed_world=True` (Corr2Cause: "all the statistical relations are as follows") requires the class's
    d-separations to be exactly the stated independencies. Otherwise unstated pairs are still taken as
    adjacent, but independencies the class implies and nobody stated are allowed (and listed in `implied`):
    people rarely spell out every conditional independence. Raises UserError when the class is too large to enumerate exactly (more than `limit` DAGs): a
    verdict over part of the class would not be a verdict.
    """
    if n > MAX_VARIABLES:
        raise UserError(f"At most {MAX_VARIABLES} variables are supported, got {n}.", hint="State fewer variables.")
    stated: dict[tuple[frozenset[int], frozenset[int]], Statement] = {}
    for s in statements:
        previous = stated.get(s.key)
        if previous is not None and previous.independent != s.independent:
            return EquivalenceClass(
                n, False, problem=f"the statements contradict each other: '{previous.text}' vs '{s.text}'"
            )
        stated[s.key] = s
    independent = {key for key, s in stated.items() if s.independent}
    sepsets: dict[frozenset[int], list[frozenset[int]]] = {}
    for pair, given in independent:
        sepsets.setdefault(pair, []).append(given)
    adjacent = {frozenset(p) for p in combinations(range(n), 2)} - set(sepsets)

    # Unshielded triples: Z is a collider iff it lies in no separating set of the pair.
    colliders = set()
    for pair, sets in sepsets.items():
        a, b = sorted(pair)
        for z in range(n):
            if frozenset((a, z)) in adjacent and frozenset((b, z)) in adjacent:
                inside = [z in s for s in sets]
                if not any(inside):
                    colliders.add((a, z, b))
                elif not all(inside):
                    label = (lambda i: names[i]) if names else str
                    listed = " / ".join(sorted("{" + ", ".join(label(v) for v in sorted(s)) + "}" for s in sets))
                    return EquivalenceClass(
                        n,
                        False,
                        problem=f"faithfulness fails: {label(z)} is in some of the sets that make {label(a)} and "
                        f"{label(b)} independent but not in others ({listed})",
                    )

    directed, undirected, conflict = _cpdag_with_causallearn(n, adjacent, sepsets)
    if conflict:
        return EquivalenceClass(n, False, problem="two colliders need opposite directions on the same edge")
    dags = _enumerate(n, directed, undirected, colliders, limit)
    if len(dags) >= limit:
        raise UserError(
            f"The statements leave more than {limit:,} DAGs possible; too many to check each one.",
            hint="Add the independencies you know (fewer correlations means fewer possible DAGs).",
        )
    if not dags:
        return EquivalenceClass(
            n, False, problem="orienting the colliders forces a directed cycle or an extra collider"
        )
    mismatch, implied = _check(n, dags[0], stated, closed_world, names)
    if mismatch:
        return EquivalenceClass(n, False, problem=mismatch)
    return EquivalenceClass(n, True, dags=dags, directed=directed, undirected=undirected, implied=implied)


def _describe(x: int, y: int, given: tuple[int, ...], names: list[str] | None) -> str:
    label = (lambda i: names[i]) if names else str
    text = f"{label(x)} and {label(y)} are independent"
    return text + (f" given {', '.join(label(g) for g in given)}" if given else "")


def _check(
    n: int, parents: tuple[int, ...], stated: dict, closed_world: bool, names: list[str] | None
) -> tuple[str, list[str]]:
    """(problem, implied): problem is '' when the DAG honours the statements. With `closed_world`, its
    d-separations must be exactly the stated independencies; otherwise every stated relation must hold
    and `implied` lists the independencies the DAG adds that nobody stated."""
    implied: list[str] = []
    for x, y in combinations(range(n), 2):
        rest = [v for v in range(n) if v not in (x, y)]
        for size in range(len(rest) + 1):
            for given in combinations(rest, size):
                sep = d_separated(parents, x, y, sum(1 << g for g in given))
                s = stated.get((frozenset((x, y)), frozenset(given)))
                if s is None and not closed_world:
                    if sep:
                        implied.append(_describe(x, y, given, names))
                    continue
                claimed_independent = bool(s and s.independent)
                if sep == claimed_independent:
                    continue
                which = f"'{s.text}'" if s and s.text else f"'{_describe(x, y, given, names)}'"
                if sep:
                    if s is None:
                        return (
                            f"every DAG with this skeleton and these colliders implies {which}, which is not "
                            "among the statements (a closed system lists all its independencies)",
                            implied,
                        )
                    return f"every DAG with this skeleton and these colliders makes {which} false", implied
                return f"no DAG with this skeleton and these colliders has {which}", implied
    return "", implied


def _descendants_mask(parents: tuple[int, ...], x: int) -> int:
    n = len(parents)
    children = [0] * n
    for c in range(n):
        for p in _bits(parents[c]):
            children[p] |= 1 << c
    result, frontier = 0, 1 << x
    while frontier:
        new = 0
        for i in _bits(frontier):
            new |= children[i]
        frontier = new & ~result
        result |= new
    return result


def holds(relation: str, parents: tuple[int, ...], x: int, y: int) -> bool:
    """Does `relation(x, y)` hold in the DAG? (x parent of y, x child of y, ... as named in RELATIONS)."""
    is_parent = bool(parents[y] >> x & 1)
    is_child = bool(parents[x] >> y & 1)
    if relation == "parent":
        return is_parent
    if relation == "child":
        return is_child
    if relation in ("ancestor", "non-parent ancestor"):
        ancestor = bool(_descendants_mask(parents, x) >> y & 1)
        return ancestor and (relation == "ancestor" or not is_parent)
    if relation in ("descendant", "non-child descendant"):
        descendant = bool(_descendants_mask(parents, y) >> x & 1)
        return descendant and (relation == "descendant" or not is_child)
    if relation == "mediated ancestor":  # a directed path x -> z -> ... -> y through another variable
        return any(parents[c] >> x & 1 and _descendants_mask(parents, c) >> y & 1 for c in range(len(parents)) if c != y)
    if relation == "mediated descendant":
        return holds("mediated ancestor", parents, y, x)
    if relation == "has_collider":
        return any(parents[z] >> x & 1 and parents[z] >> y & 1 for z in range(len(parents)) if z not in (x, y))
    if relation == "has_confounder":
        return bool(parents[x] & parents[y])
    raise ValueError(f"unknown relation {relation!r}; expected one of {RELATIONS}")


def dag_edges(parents: tuple[int, ...]) -> list[tuple[int, int]]:
    """(cause, effect) pairs of a DAG."""
    return [(p, c) for c in range(len(parents)) for p in _bits(parents[c])]


def parents_to_matrix(parents: tuple[int, ...]) -> np.ndarray:
    """Adjacency matrix m[i, j] = 1 iff i -> j (for cross-checks with other libraries)."""
    n = len(parents)
    m = np.zeros((n, n), dtype=int)
    for i, j in dag_edges(parents):
        m[i, j] = 1
    return m
