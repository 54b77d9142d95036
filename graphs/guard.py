"""The check step's guard for web sessions: confine what a task may name, bound what it may ask for.

`confine(task, sandbox)` returns the task the server will run (a `generate`'s outputs go to a folder the
server chose inside the session's folder) or raises a UserError that says what is allowed. A spec may be
a bundled one (anything in `tools/sdscm/specs`, or the paper's config) or a file this session uploaded;
never another path on the server. Without a sandbox (CLI, Python API) nothing is confined.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from copilot.errors import UserError
from copilot.safety import Sandbox, check_model_name


def _bundled_spec_path(name: str) -> Path | None:
    """The bundled spec a name or path stands for, or None."""
    from tools.sdscm.spec import PAPER_CONFIG, SPEC_DIR

    root = SPEC_DIR.resolve()
    if name == "breast_cancer":
        return PAPER_CONFIG if PAPER_CONFIG.is_file() else None
    if "/" not in name and "\\" not in name and name not in {".", ".."}:
        for ext in ("", ".json", ".yaml", ".yml"):
            candidate = (root / f"{name}{ext}").resolve()
            if candidate.parent == root and candidate.is_file():
                return candidate
    path = Path(name).expanduser()
    if path.is_absolute():
        resolved = path.resolve()
        if resolved.is_file() and (resolved.is_relative_to(root) or resolved == PAPER_CONFIG.resolve()):
            return resolved
    return None


def confine_spec(spec: str, sandbox: Sandbox) -> str:
    """The path the server reads for `spec`, if the session may name it (else a UserError)."""
    bundled = _bundled_spec_path(spec)
    if bundled is not None:
        return str(bundled)
    if sandbox.owns(spec):
        return str(Path(spec).resolve())
    from tools.sdscm.spec import bundled_specs

    raise UserError(
        f"In the web app a spec must be one shipped with the copilot or a file you uploaded; {spec!r} is neither.",
        f"Bundled specs: {', '.join(bundled_specs())}.",
    )


def confine(task, sandbox: Sandbox):
    """The task as the server will run it for this session, or a UserError (paths, limits, models)."""
    limits = sandbox.limits
    kind = task.kind
    if kind == "generate":
        limits.refuse("rows", task.rows, "max_rows", "rows")
        limits.refuse("datasets", task.datasets, "max_datasets", "datasets")
        update = {} if task.edges else {"spec": confine_spec(task.spec, sandbox)}  # a graph from the question names no file
        if task.out_dir is not None and not sandbox.inside(task.out_dir):
            raise UserError(
                f"In the web app I choose where generated files go (your session's folder), so I cannot write to "
                f"{task.out_dir!r}.",
                "Leave `out_dir` out; the files can be downloaded with the answer.",
            )
        if task.out_dir is None:
            out = Path(sandbox.root) / f"generated-{uuid.uuid4().hex[:8]}"
            update["out_dir"] = str(out)
        return task.model_copy(update=update)
    if kind == "audit":
        limits.refuse("units", task.units, "max_units", "units")
        check_model_name(task.model, os.environ.get("COPILOT_MODEL"))  # the operator's own model is allowed
        if task.spec == "decision" or _bundled_spec_path(task.spec) is None and _bundled_spec_path(f"audit_{task.spec}"):
            return task  # the generic decision spec, or a bundled scenario by its short name: no file to confine
        return task.model_copy(update={"spec": confine_spec(task.spec, sandbox)})
    if kind == "mediation":
        limits.refuse("n_bootstrap", task.n_bootstrap, "max_bootstrap", "bootstrap resamples")
    if kind == "discover":
        limits.refuse("bootstrap", task.bootstrap, "max_bootstrap", "bootstrap resamples")
    return task


def check_table_rows(n_rows: int, sandbox: Sandbox) -> None:
    """An uploaded table over the operator's row limit is refused with the limit named."""
    sandbox.limits.refuse("a table of rows", n_rows, "max_table_rows", "table rows")


__all__ = ["check_table_rows", "confine", "confine_spec"]
