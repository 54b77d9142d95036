"""Draw a causal graph (DAG, CPDAG, PAG) as a PNG with networkx + matplotlib.

Each edge type is drawn distinctly, because the type *is* the answer:
`->` a black arrow, `--` a plain grey line (orientation unknown), `<->` a dashed red double
arrow (latent confounding), `o->` / `o-o` blue lines with hollow circle marks (FCI: "could be
either mark"). Graphviz's `dot` layout is used only when both the `dot` program and pydot /
pygraphviz are installed; otherwise a layered layout (parents above children) is computed here,
falling back to Kamada-Kawai when the graph has no usable ordering.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")  # headless: figures are files, never windows

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Circle, Ellipse, FancyArrowPatch  # noqa: E402
from matplotlib.path import Path  # noqa: E402

from copilot.figures import save_figure  # noqa: E402
from copilot.results import Edge, Figure  # noqa: E402

# End marks per edge type: (mark at source, mark at target); "tail", "arrow" or "circle".
END_MARKS: dict[str, tuple[str, str]] = {
    "->": ("tail", "arrow"),
    "--": ("tail", "tail"),
    "<->": ("arrow", "arrow"),
    "o->": ("circle", "arrow"),
    "o-o": ("circle", "circle"),
}
EDGE_STYLE: dict[str, dict] = {
    "->": {"color": "#222222", "linestyle": "-", "label": "A → B: A causes B"},
    "--": {"color": "#888888", "linestyle": "-", "label": "A — B: adjacent, direction unknown"},
    "<->": {"color": "#c0392b", "linestyle": "--", "label": "A ↔ B: latent common cause"},
    "o->": {"color": "#2e6da4", "linestyle": "-", "label": "A o→ B: B not a cause of A"},
    "o-o": {"color": "#2e6da4", "linestyle": ":", "label": "A o-o B: adjacent, marks undetermined"},
}

_CHAR_W = 0.085  # inches per label character at 10 pt
_NODE_H = 0.2  # ellipse semi-axis (inches), vertical
_MARK_R = 0.055  # circle-mark radius (inches)
_LAYER_GAP = 1.25  # inches between layers
_NODE_GAP = 0.45  # minimum free space between neighbouring nodes in a layer (inches)


def _semi_axes(label: str) -> tuple[float, float]:
    return (max(0.3, 0.5 * len(label) * _CHAR_W + 0.14), _NODE_H)


def _graphviz_layout(graph: nx.DiGraph) -> dict[str, tuple[float, float]] | None:
    """Graphviz's `dot` layout when the program and a Python binding exist, else None."""
    if shutil.which("dot") is None:
        return None
    try:
        try:
            pos = nx.nx_agraph.graphviz_layout(graph, prog="dot")
        except ImportError:
            pos = nx.nx_pydot.graphviz_layout(graph, prog="dot")
    except Exception:  # a broken graphviz install must not stop the drawing
        return None
    # dot uses points with y upwards; convert to inches.
    return {n: (x / 72.0 * 1.3, y / 72.0 * 1.3) for n, (x, y) in pos.items()}


def _layered_layout(nodes: list[str], edges: list[Edge]) -> dict[str, tuple[float, float]] | None:
    """Parents above children: layers from the directed edges, ordered by barycentres.

    Returns None when the directed part has a cycle or there is no directed edge to order by.
    """
    directed = nx.DiGraph()
    directed.add_nodes_from(nodes)
    directed.add_edges_from((e.source, e.target) for e in edges if e.type in ("->", "o->"))
    if directed.number_of_edges() == 0 or not nx.is_directed_acyclic_graph(directed):
        return None
    depth = {n: d for d, layer in enumerate(nx.topological_generations(directed)) for n in layer}
    # Pull each parentless node down to just above its highest child (short edges read better) ...
    for n in nodes:
        children = list(directed.successors(n))
        if directed.in_degree(n) == 0 and children:
            depth[n] = min(depth[c] for c in children) - 1
    # ... and put a node with only non-directed edges on the row of a neighbour.
    for e in edges:
        if e.type in ("->", "o->"):
            continue
        for a, b in ((e.source, e.target), (e.target, e.source)):
            if directed.degree(a) == 0 and directed.degree(b) > 0:
                depth[a] = depth[b]
    layers = [sorted([n for n in nodes if depth[n] == d], key=nodes.index) for d in sorted(set(depth.values()))]
    if max(len(layer) for layer in layers) > max(5, math.ceil(math.sqrt(len(nodes))) + 2):
        return None  # too flat: one wide row reads worse than a force layout
    neighbours = nx.Graph()
    neighbours.add_nodes_from(nodes)
    neighbours.add_edges_from((e.source, e.target) for e in edges)
    order = {n: float(i) for layer in layers for i, n in enumerate(layer)}
    for sweep in range(4):  # barycentre heuristic, alternating down and up sweeps
        sequence = layers[1:] if sweep % 2 == 0 else layers[-2::-1]
        for layer in sequence:
            bary = {}
            for n in layer:
                adjacent = [order[m] for m in neighbours[n] if m not in layer]
                bary[n] = sum(adjacent) / len(adjacent) if adjacent else order[n]
            layer.sort(key=lambda n: (bary[n], nodes.index(n)))
            for i, n in enumerate(layer):
                order[n] = float(i)
    pos: dict[str, tuple[float, float]] = {}
    widths = []
    for layer in layers:
        sizes = [2 * _semi_axes(n)[0] + _NODE_GAP for n in layer]
        widths.append(sum(sizes))
    total = max(widths)
    for row, (layer, width) in enumerate(zip(layers, widths)):
        x = (total - width) / 2
        for n in layer:
            size = 2 * _semi_axes(n)[0] + _NODE_GAP
            pos[n] = (x + size / 2, -row * _LAYER_GAP)
            x += size
    return pos


def _force_layout(nodes: list[str], edges: list[Edge]) -> dict[str, tuple[float, float]]:
    """Kamada-Kawai (deterministic), scaled so that the widest labels do not collide."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        raw = {nodes[0]: (0.0, 0.0), nodes[1]: (1.0, 0.0)}
    else:
        raw = nx.kamada_kawai_layout(graph) if graph.number_of_edges() else nx.circular_layout(graph)
    widest = max(2 * _semi_axes(n)[0] for n in nodes)
    closest = min(
        math.dist(raw[a], raw[b]) for i, a in enumerate(nodes) for b in nodes[i + 1 :]
    ) or 1e-3
    scale = max(1.4, widest + _NODE_GAP) / closest
    scale = min(scale, 9.0 / max(1e-9, max(math.dist(raw[a], (0, 0)) for a in nodes)))  # cap ~18 in wide
    scale = max(scale, 1.6)
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}


def layout(nodes: list[str], edges: list[Edge]) -> dict[str, tuple[float, float]]:
    """Node positions in inches (graphviz `dot` if installed, else layered, else force-directed)."""
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    return _graphviz_layout(graph) or _layered_layout(nodes, edges) or _force_layout(nodes, edges)


def _inside(point: tuple[float, float], center: tuple[float, float], axes: tuple[float, float], grow: float = 0.0) -> bool:
    return ((point[0] - center[0]) / (axes[0] + grow)) ** 2 + ((point[1] - center[1]) / (axes[1] + grow)) ** 2 <= 1.0


def _curve(start: tuple[float, float], end: tuple[float, float], bend: float, n: int = 80) -> list[tuple[float, float]]:
    """A quadratic Bezier from `start` to `end` whose control point sits `bend` x length to the side."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    control = ((start[0] + end[0]) / 2 - bend * dy, (start[1] + end[1]) / 2 + bend * dx)
    points = []
    for i in range(n + 1):
        t = i / n
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        points.append((a * start[0] + b * control[0] + c * end[0], a * start[1] + b * control[1] + c * end[1]))
    return points


def _edge_path(e: Edge, pos: dict, axes: dict) -> list[tuple[float, float]]:
    """Centre-to-centre polyline for an edge: straight if it clears every other node, else bent around them."""
    others = [n for n in pos if n not in (e.source, e.target)]
    best, best_hits = None, None
    for bend in (0.0, 0.18, -0.18, 0.32, -0.32, 0.5, -0.5):
        points = _curve(pos[e.source], pos[e.target], bend)
        hits = sum(any(_inside(p, pos[n], axes[n], grow=0.08) for p in points) for n in others)
        if best_hits is None or hits < best_hits:
            best, best_hits = points, hits
        if hits == 0:
            break
    return best


def _draw_edge(ax, e: Edge, pos: dict, axes: dict) -> None:
    source_mark, target_mark = END_MARKS[e.type]
    style = EDGE_STYLE[e.type]
    points = _edge_path(e, pos, axes)
    # Clip to the node outlines, then leave room for hollow circle marks.
    points = [p for p in points if not _inside(p, pos[e.source], axes[e.source]) and not _inside(p, pos[e.target], axes[e.target])]
    if len(points) < 2:  # nodes overlap; nothing sensible to draw
        return
    for at_source, mark in ((True, source_mark), (False, target_mark)):
        if mark != "circle":
            continue
        anchor = points[0] if at_source else points[-1]
        nxt = points[1] if at_source else points[-2]
        length = math.dist(anchor, nxt) or 1e-9
        ux, uy = (nxt[0] - anchor[0]) / length, (nxt[1] - anchor[1]) / length
        center = (anchor[0] + _MARK_R * ux, anchor[1] + _MARK_R * uy)
        owner, other = (e.source, e.target) if at_source else (e.target, e.source)
        ax.add_patch(Circle(center, _MARK_R, facecolor="white", edgecolor=style["color"], lw=1.3, zorder=5,
                            gid=f"circle:{owner}:{other}"))
        kept = [p for p in points if math.dist(p, anchor) > 2 * _MARK_R]
        points = kept if len(kept) >= 2 else points
    lw = 1.6 if e.stability is None else 0.6 + 2.2 * e.stability
    ax.add_patch(
        FancyArrowPatch(
            path=Path(points), arrowstyle=_arrowstyle(source_mark, target_mark), mutation_scale=14,
            color=style["color"], linestyle=style["linestyle"], lw=lw, zorder=2, gid=f"edge:{e.source}{e.type}{e.target}",
        )
    )
    if e.stability is not None:
        mid = points[len(points) // 2]
        ax.text(*mid, f"{e.stability:.2f}", fontsize=8, ha="center", va="center", color=style["color"], zorder=4,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.85})


def _arrowstyle(source_mark: str, target_mark: str) -> str:
    head_a = "<|" if source_mark == "arrow" else ""
    head_b = "|>" if target_mark == "arrow" else ""
    return f"{head_a}-{head_b}"


def render(
    nodes: list[str],
    edges: list[Edge],
    title: str = "",
    highlight: set[str] | None = None,
):
    """Build the matplotlib figure (not saved); `draw_graph` saves it. Split out so tests can inspect it."""
    nodes = list(dict.fromkeys([*nodes, *(v for e in edges for v in (e.source, e.target))]))
    highlight = set(highlight or ())
    if not nodes:
        fig, ax = plt.subplots(figsize=(3, 1.5))
        ax.text(0.5, 0.5, "(no variables)", ha="center", va="center")
        ax.set_axis_off()
        if title:
            ax.set_title(title)
        return fig
    pos = layout(nodes, edges)
    axes = {n: _semi_axes(n) for n in nodes}
    xs = [pos[n][0] for n in nodes]
    ys = [pos[n][1] for n in nodes]
    pad = 0.4
    x0 = min(x - axes[n][0] for n, x in zip(nodes, xs)) - pad
    x1 = max(x + axes[n][0] for n, x in zip(nodes, xs)) + pad
    y0, y1 = min(ys) - _NODE_H - pad, max(ys) + _NODE_H + pad
    legend_types = [t for t in END_MARKS if any(e.type == t for e in edges)]
    legend_h = 0.3 * len(legend_types) + (0.2 if legend_types else 0)
    width, height = x1 - x0, y1 - y0
    fig = plt.figure(figsize=(max(width, 4.0), height + legend_h + (0.4 if title else 0)))
    ax = fig.add_axes((0, (legend_h) / fig.get_figheight(), 1, height / fig.get_figheight()))
    # 1 data unit = 1 inch: ellipses stay ellipses, labels fit their nodes.
    extra = (fig.get_figwidth() - width) / 2
    ax.set_xlim(x0 - extra, x1 + extra)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal")
    ax.set_axis_off()

    for n in nodes:
        face = "#ffe08a" if n in highlight else "#e8f1fb"
        edge_color = "#b7791f" if n in highlight else "#2e6da4"
        ax.add_patch(
            Ellipse(pos[n], 2 * axes[n][0], 2 * axes[n][1], facecolor=face, edgecolor=edge_color, lw=1.4, zorder=3, gid=f"node:{n}")
        )
        ax.text(*pos[n], n, ha="center", va="center", fontsize=10, zorder=4, fontweight="bold" if n in highlight else None)

    for e in edges:
        _draw_edge(ax, e, pos, axes)

    if legend_types:
        handles = [
            Line2D([], [], color=EDGE_STYLE[t]["color"], linestyle=EDGE_STYLE[t]["linestyle"], lw=1.6,
                   label=EDGE_STYLE[t]["label"])
            for t in legend_types
        ]
        if any(e.stability is not None for e in edges):
            handles.append(Line2D([], [], color="none", label="numbers: share of bootstrap resamples with the edge"))
        fig.legend(handles=handles, loc="lower center", frameon=False, fontsize=8.5, ncol=1)
    if title:
        fig.suptitle(title, fontsize=11, y=1.0 - 0.05 / fig.get_figheight())
    return fig


def draw_graph(
    nodes: list[str],
    edges: list[Edge],
    title: str = "",
    highlight: set[str] | None = None,
    stem: str = "graph",
) -> Figure:
    """Draw the graph and save it as a PNG (via `copilot.figures.save_figure`); returns its `Figure`."""
    fig = render(nodes, edges, title=title, highlight=highlight)
    return save_figure(fig, stem, title or "Causal graph")


def edges_from_pairs(pairs: Iterable[tuple[str, str]], type: str = "->") -> list[Edge]:
    """Convenience for callers holding plain (cause, effect) pairs."""
    return [Edge(source=a, target=b, type=type) for a, b in pairs]


__all__ = ["END_MARKS", "EDGE_STYLE", "draw_graph", "edges_from_pairs", "layout", "render"]
