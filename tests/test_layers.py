"""The layer rule holds in code, not only in the design document.

`ui/`, `eval/` → `graphs/` → `tools/` → `copilot/`: a module may import its own layer's
packages and the layers below it, never one above. Entry points (`__main__.py`) sit on top of
everything and are exempt. Module-level imports inside one layer must not form a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

from copilot.paths import REPO_ROOT

LAYER = {"copilot": 0, "tools": 1, "graphs": 2, "ui": 3, "eval": 3}


def _modules() -> dict[str, Path]:
    found = {}
    for top in LAYER:
        for path in (REPO_ROOT / top).rglob("*.py"):
            parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _imports(path: Path, module_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {n for n in names if n.split(".")[0] in LAYER}


def test_no_module_imports_a_layer_above_it():
    wrong = []
    for name, path in _modules().items():
        if path.name == "__main__.py":
            continue
        here = LAYER[name.split(".")[0]]
        for imported in _imports(path, module_level_only=False):
            top = imported.split(".")[0]
            if LAYER[top] > here or (LAYER[top] == here and top != name.split(".")[0]):
                wrong.append(f"{name} imports {imported}")
    assert not wrong, "wrong-way imports:\n" + "\n".join(sorted(set(wrong)))


def test_module_level_imports_have_no_cycle():
    modules = _modules()
    graph = nx.DiGraph()
    for name, path in modules.items():
        for imported in _imports(path, module_level_only=True):
            target = imported
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                graph.add_edge(name, target)
    cycles = list(nx.simple_cycles(graph))
    assert not cycles, f"import cycles: {cycles[:5]}"
