"""Shared evaluation harness: executors, resumable per-item JSONL, run metadata, report helpers.

Why: every suite (sdscm, agent, parse, corr2cause) evaluates many independent items. They all
want the same things: a progress bar, a JSONL file written one item at a time so an interrupted
run resumes where it stopped, parallelism over items, and a seed recorded with every record.
Evaluators are plain module-level functions `fn(item) -> dict`; *how* they are run is an
`Executor`, so a cluster executor (e.g. Ray) can replace joblib without touching the evaluators.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tqdm import tqdm

# ---------------------------------------------------------------------------------------------
# executors


class Executor(Protocol):
    """Runs `fn` over items and yields results as they finish (any order).

    `fn` and the items must be picklable (module-level function, plain data) so that process-
    and cluster-based executors can ship them. A Ray executor only needs this one method:
    `ray.remote(fn)` per item, then `ray.wait` in a loop, yielding each finished result.
    """

    name: str

    def imap_unordered(self, fn: Callable[[Any], dict], items: Sequence[Any]) -> Iterator[dict]: ...


@dataclass
class SerialExecutor:
    """In-process, one item at a time (the default; easiest to debug)."""

    name: str = "serial"

    def imap_unordered(self, fn, items):
        for item in items:
            yield fn(item)


@dataclass
class JoblibExecutor:
    """Local processes via joblib/loky; results stream back as each item finishes."""

    n_jobs: int = 2
    name: str = "joblib"

    def imap_unordered(self, fn, items):
        from joblib import Parallel, delayed

        parallel = Parallel(n_jobs=self.n_jobs, return_as="generator_unordered", batch_size=1)
        yield from parallel(delayed(fn)(item) for item in items)


@dataclass
class RayExecutor:
    """Ray tasks: a local Ray instance by default, an existing cluster with `address` ("auto" or
    "ray://host:10001"). Items go out as `ray.remote(fn)` tasks, at most `n_jobs` in flight
    (None = as many as the cluster's CPUs), and stream back through `ray.wait` as each finishes."""

    n_jobs: int | None = 2
    address: str | None = None
    name: str = "ray"

    def imap_unordered(self, fn, items):
        from tools.sdscm.cluster import ray_init

        ray = ray_init(self.address, self.n_jobs)
        remote = ray.remote(num_cpus=1)(_apply)
        limit = self.n_jobs if self.n_jobs and self.n_jobs > 0 else max(1, int(ray.cluster_resources().get("CPU", 1)))
        pending, queue = [], list(items)
        while queue or pending:
            while queue and len(pending) < limit:
                pending.append(remote.remote(fn, queue.pop(0)))
            done, pending = ray.wait(pending, num_returns=1)
            yield ray.get(done[0])


def _apply(fn, item) -> dict:
    """`fn(item)` as a Ray task (Ray takes functions, not callable objects such as `_Guarded`)."""
    return fn(item)


def make_executor(jobs: int, backend: str = "joblib", address: str | None = None) -> Executor:
    """`--jobs 1` runs in-process; more uses joblib processes (`-1` = every core), or Ray tasks
    with `backend="ray"` (a local Ray, or the cluster at `address`; Ray is used whenever an
    address is given)."""
    if backend == "ray" or address:
        return RayExecutor(n_jobs=None if jobs < 1 else jobs, address=address)
    if jobs == 1:
        return SerialExecutor()
    return JoblibExecutor(n_jobs=jobs)


def add_executor_args(parser) -> None:
    """`--executor joblib|ray` and `--address` (a Ray cluster) for suites that offer Ray."""
    parser.add_argument("--executor", choices=["joblib", "ray"], default="joblib", help="how --jobs run: joblib processes or Ray tasks")
    parser.add_argument("--address", default=None, help="an existing Ray cluster ('auto' or ray://host:10001); implies --executor ray")


# ---------------------------------------------------------------------------------------------
# resumable per-item JSONL


def read_jsonl(path: str | Path) -> list[dict]:
    """Records of a JSONL file; a torn last line (from a killed run) is skipped."""
    path = Path(path)
    if not path.exists():
        return []
    records = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return records


def _append_jsonl(path: Path, record: dict) -> None:
    with path.open("a") as handle:
        handle.write(json.dumps(record, default=_json_default) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def _json_default(obj):
    try:
        import numpy as np

        if isinstance(obj, np.generic):
            return obj.item()
        if isinstance(obj, np.ndarray):
            return obj.tolist()
    except ImportError:  # pragma: no cover
        pass
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


@dataclass
class _Guarded:
    """Wraps an evaluator so one failing item becomes an error record, not a dead run."""

    fn: Callable[[Any], dict]
    key: Callable[[Any], str]
    seed_of: Callable[[Any], int | None]

    def __call__(self, item) -> dict:
        start = time.perf_counter()
        key = self.key(item)
        try:
            record = dict(self.fn(item))
        except Exception as exc:  # noqa: BLE001 - recorded, reported, retried on resume
            record = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc(limit=5)}
        record["key"] = key
        record.setdefault("seed", self.seed_of(item))
        record.setdefault("seconds", round(time.perf_counter() - start, 4))
        return record


@dataclass
class RunSummary:
    records: list[dict]
    n_new: int
    n_resumed: int
    n_errors: int
    seconds: float
    errors: list[dict] = field(default_factory=list)


def run_items(
    items: Iterable[Any],
    fn: Callable[[Any], dict],
    jsonl_path: str | Path,
    *,
    key: Callable[[Any], str],
    executor: Executor | None = None,
    seed_of: Callable[[Any], int | None] = lambda item: getattr(item, "seed", None),
    desc: str = "items",
    fresh: bool = False,
) -> RunSummary:
    """Evaluate every item not already in `jsonl_path` and append each result as it arrives.

    Records from an earlier run with the same key are reused (resume); earlier error records are
    retried. `fresh=True` deletes the file first. Returns every record for the given items, in
    item order. Each record carries `key`, `seed` and `seconds`.
    """
    jsonl_path = Path(jsonl_path)
    jsonl_path.parent.mkdir(parents=True, exist_ok=True)
    if fresh and jsonl_path.exists():
        jsonl_path.unlink()
    items = list(items)
    keys = [key(item) for item in items]
    if len(set(keys)) != len(keys):
        raise ValueError("item keys must be unique")
    done = {r["key"]: r for r in read_jsonl(jsonl_path) if "key" in r and "error" not in r}
    todo = [item for item, k in zip(items, keys) if k not in done]
    executor = executor or SerialExecutor()
    start = time.perf_counter()
    new: dict[str, dict] = {}
    guarded = _Guarded(fn, key, seed_of)
    with tqdm(total=len(items), initial=len(items) - len(todo), desc=desc, unit="item", dynamic_ncols=True) as bar:
        for record in executor.imap_unordered(guarded, todo):
            _append_jsonl(jsonl_path, record)
            new[record["key"]] = record
            bar.update(1)
            if "error" in record:
                bar.write(f"[error] {record['key']}: {record['error']}")
    merged = {**done, **new}
    records = [merged[k] for k in keys if k in merged]
    errors = [r for r in records if "error" in r]
    return RunSummary(
        records=records,
        n_new=len(new),
        n_resumed=len(items) - len(todo),
        n_errors=len(errors),
        seconds=time.perf_counter() - start,
        errors=errors,
    )


# ---------------------------------------------------------------------------------------------
# run metadata and reports


def run_info(argv: Sequence[str], *, seed: int, executor: Executor, **extra) -> dict:
    """What a reader needs to reproduce a run: command, seed, executor, versions, time."""
    import numpy

    info = {
        "command": "python -m eval " + " ".join(argv),
        "seed": seed,
        "executor": executor.name,
        "n_jobs": getattr(executor, "n_jobs", 1),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "numpy": numpy.__version__,
        "started_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    for module in ("econml", "sklearn", "torch"):
        try:
            info[module] = __import__(module).__version__
        except Exception:  # noqa: BLE001 - optional
            pass
    info.update(extra)
    return info


def write_json(path: str | Path, obj: Any) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=2, default=_json_default, allow_nan=True) + "\n")
    return path


def fmt(value: Any, digits: int = 4) -> str:
    """A table cell: numbers rounded, missing values as an en dash."""
    if value is None:
        return "–"
    if isinstance(value, float):
        if value != value:  # NaN
            return "–"
        return f"{value:.{digits}f}"
    return str(value)


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 4) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(fmt(v, digits) for v in row) + " |")
    return "\n".join(lines)


def _save(fig, path: str | Path) -> Path:
    """Lay out, write the PNG (making its folder), and free the figure."""
    import matplotlib.pyplot as plt

    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def scatter_grid(
    panels: dict[str, tuple[Sequence[float], Sequence[float]]],
    path: str | Path,
    *,
    title: str,
    xlabel: str = "true ATE",
    ylabel: str = "estimated ATE",
    ncols: int = 3,
) -> Path:
    """One scatter per panel (e.g. per estimator) with the y = x line; returns the PNG path."""
    plt = _plt()
    import math

    n = max(len(panels), 1)
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols, 3.3 * nrows), squeeze=False)
    for ax, (label, (x, y)) in zip(axes.flat, panels.items()):
        ax.scatter(x, y, s=10, alpha=0.7)
        values = [v for v in list(x) + list(y) if v == v]
        if values:
            lo, hi = min(values), max(values)
            pad = 0.05 * (hi - lo or 1.0)
            ax.plot([lo - pad, hi + pad], [lo - pad, hi + pad], "k--", lw=0.8)
        ax.set_title(label, fontsize=9)
        ax.set_xlabel(xlabel, fontsize=8)
        ax.set_ylabel(ylabel, fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in list(axes.flat)[len(panels) :]:
        ax.axis("off")
    fig.suptitle(title)
    return _save(fig, path)


def grouped_bars(
    groups: dict[str, dict[str, float | None]],
    path: str | Path,
    *,
    title: str,
    ylabel: str,
    reference: float | None = None,
) -> Path:
    """Bars per category, one colour per group (e.g. coverage per estimator per setting)."""
    plt = _plt()
    import numpy as np

    # categories without any value (e.g. estimators with no interval) get no empty slot
    categories = list(dict.fromkeys(c for values in groups.values() for c, v in values.items() if v is not None))
    width = 0.8 / max(len(groups), 1)
    fig, ax = plt.subplots(figsize=(min(12, max(6, 1.2 * len(categories))), 3.8))
    positions = np.arange(len(categories))
    for i, (group, values) in enumerate(groups.items()):
        heights = [values.get(c) for c in categories]
        heights = [np.nan if h is None else h for h in heights]
        ax.bar(positions + i * width - 0.4 + width / 2, heights, width, label=group)
    if reference is not None:
        ax.axhline(reference, color="k", ls="--", lw=0.8)
    ax.set_xticks(positions)
    ax.set_xticklabels(categories, rotation=30, ha="right", fontsize=8)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(fontsize=8)
    return _save(fig, path)


def add_common_args(parser) -> None:
    """`--out`, `--jobs`, `--seed`, `--fresh`: the options every suite shares."""
    parser.add_argument("--jobs", type=int, default=1, help="parallel workers over items (joblib); 1 = in-process")
    parser.add_argument("--seed", type=int, default=0, help="base seed; each item's seed is recorded")
    parser.add_argument("--fresh", action="store_true", help="ignore earlier per-item results instead of resuming")


__all__ = [
    "Executor",
    "JoblibExecutor",
    "RayExecutor",
    "RunSummary",
    "SerialExecutor",
    "add_common_args",
    "add_executor_args",
    "grouped_bars",
    "make_executor",
    "markdown_table",
    "read_jsonl",
    "run_info",
    "run_items",
    "scatter_grid",
    "write_json",
]
