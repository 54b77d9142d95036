"""Graph drawing: a real PNG, each edge type drawn distinctly, parents above children."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest
from matplotlib.patches import ArrowStyle, Circle, Ellipse, FancyArrowPatch

from copilot.results import Edge
from tools.drawing import _edge_path, _inside, _semi_axes, draw_graph, layout, render


@pytest.fixture(autouse=True)
def _figure_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COPILOT_FIGURE_DIR", str(tmp_path))


def _edge(a: str, b: str, kind: str = "->", stability: float | None = None) -> Edge:
    return Edge(source=a, target=b, type=kind, stability=stability)


MIXED = [
    _edge("smoking", "tar"),
    _edge("age", "smoking", "--"),
    _edge("genetics", "cancer", "<->"),
    _edge("income", "smoking", "o->"),
    _edge("age", "income", "o-o"),
    _edge("tar", "cancer"),
]


def _patches(fig, kind):
    return [p for ax in fig.axes for p in ax.patches if isinstance(p, kind)]


def test_draw_graph_writes_a_png(tmp_path):
    figure = draw_graph(["a", "b", "c"], [_edge("a", "b"), _edge("b", "c", "--")], title="toy")
    assert figure.title == "toy"
    assert figure.path.startswith(str(tmp_path))
    with open(figure.path, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    assert not plt.get_fignums(), "the figure is closed after saving"


def test_each_edge_type_is_drawn_distinctly():
    fig = render(["smoking", "tar", "cancer", "age", "genetics", "income"], MIXED, highlight={"smoking"})
    arrows = {p.get_gid(): p for p in _patches(fig, FancyArrowPatch)}
    assert len(arrows) == len(MIXED)
    style = {gid: type(p.get_arrowstyle()) for gid, p in arrows.items()}
    assert style["edge:smoking->tar"] is ArrowStyle.CurveFilledB  # one head
    assert style["edge:age--smoking"] is ArrowStyle.Curve  # no head
    assert style["edge:genetics<->cancer"] is ArrowStyle.CurveFilledAB  # two heads
    assert style["edge:incomeo->smoking"] is ArrowStyle.CurveFilledB
    assert style["edge:ageo-oincome"] is ArrowStyle.Curve
    # Circle marks: one at the source of o->, one at each end of o-o.
    circles = sorted(p.get_gid() for p in _patches(fig, Circle) if (p.get_gid() or "").startswith("circle:"))
    assert circles == ["circle:age:income", "circle:income:age", "circle:income:smoking"]
    # Colours tell the families apart: directed, undirected, bidirected, circle marks.
    colours = {arrows[g].get_edgecolor() for g in ("edge:smoking->tar", "edge:age--smoking", "edge:genetics<->cancer", "edge:incomeo->smoking")}
    assert len(colours) == 4
    # The highlighted node is filled differently.
    fills = {p.get_gid(): p.get_facecolor() for p in _patches(fig, Ellipse)}
    assert fills["node:smoking"] != fills["node:tar"]
    plt.close(fig)


def test_layered_layout_puts_parents_above_children():
    edges = [_edge("a", "b"), _edge("a", "c"), _edge("b", "d"), _edge("c", "d"), _edge("d", "e"), _edge("f", "e")]
    pos = layout(list("abcdef"), edges)
    for e in edges:
        assert pos[e.source][1] > pos[e.target][1], e


def test_long_edges_bend_around_other_nodes():
    nodes = ["a", "b", "c", "d"]
    edges = [_edge("a", "b"), _edge("b", "c"), _edge("c", "d"), _edge("a", "d")]
    pos = layout(nodes, edges)
    axes = {n: _semi_axes(n) for n in nodes}
    path = _edge_path(edges[-1], pos, axes)
    assert not any(_inside(p, pos[n], axes[n]) for p in path for n in ("b", "c"))


def test_nodes_only_named_by_edges_are_added_and_empty_graph_draws():
    fig = render(["x"], [_edge("x", "y")])
    assert {p.get_gid() for p in _patches(fig, Ellipse)} == {"node:x", "node:y"}
    plt.close(fig)
    assert draw_graph([], [], title="nothing").path.endswith(".png")
    # Bootstrap stabilities are written on the edges.
    fig = render(["x", "y"], [_edge("x", "y", stability=0.75)])
    assert "0.75" in [t.get_text() for ax in fig.axes for t in ax.texts]
    plt.close(fig)
