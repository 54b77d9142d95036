"""Benchmark generation over Ray workers: thousands of datasets on a machine or a cluster.

Each worker is a Ray actor holding one copy of the model (loaded once) and makes whole datasets
(`generate.make_dataset`): datasets are independent, so they spread with no communication but
the dataset index out and a small manifest entry back. The driver alone writes the manifest,
after each dataset, so a run killed at any point resumes without recomputing a finished dataset.
A local Ray is started by default; `address` joins an existing cluster (every node needs the
project installed and the model available).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from tqdm.auto import tqdm

from copilot.errors import UserError
from copilot.results import GenerateResult
from tools.sdscm.generate import check_settings, finished, make_dataset, open_manifest, params_of, save_manifest, summarize
from tools.sdscm.spec import Spec


def ray_init(address: str | None = None, num_cpus: int | None = None):
    """Connect to `address` (an existing cluster) or start a local Ray with `num_cpus` slots, once
    per process; the project's modules reach the workers through PYTHONPATH (the local default)."""
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - ray is a project dependency
        raise UserError("Ray is not installed.", "Reinstall the project (ray is in pyproject.toml).") from exc
    if not ray.is_initialized():
        root = str(Path(__file__).resolve().parents[2])
        path = os.pathsep.join(p for p in [root, os.environ.get("PYTHONPATH", "")] if p)
        kwargs: dict = {"runtime_env": {"env_vars": {"PYTHONPATH": path}}} if address is None else {}
        if address is None and num_cpus and num_cpus > 0:
            kwargs["num_cpus"] = num_cpus
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level="ERROR", **kwargs)
    return ray


class _Worker:
    """One model copy; makes datasets on request (becomes a Ray actor in `generate_ray`)."""

    def __init__(self, spec_dump: dict, model: str | None, dtype: str | None, threads: int, expected_dtype: str):
        import torch

        from tools.sdscm.lm import load_lm
        from tools.sdscm.spec import Spec

        self.spec = Spec.model_validate(spec_dump)
        self.lm = load_lm(model, dtype=dtype)
        torch.set_num_threads(max(1, threads))  # after the load (the loader sets its own)
        got = str(self.lm.dtype).replace("torch.", "")
        if got != expected_dtype:  # every dataset of a folder must come from the same computation
            raise UserError(f"A worker chose {got}, the run was started with {expected_dtype}.", "Pass --dtype explicitly.")

    def ready(self) -> str:
        return f"{os.uname().nodename}:{os.getpid()}"

    def make(self, k: int, rows: int, seed: int, hidden: str | None, base: dict, out: str, unit_chunk: int) -> tuple[int, str, dict, str]:
        stem, entry = make_dataset(self.spec, self.lm, k, rows=rows, seed=seed, hidden=hidden, base=base, out=Path(out), unit_chunk=unit_chunk)
        return k, stem, entry, f"{os.uname().nodename}:{os.getpid()}"


def generate_ray(
    spec: Spec,
    *,
    datasets: int,
    rows: int,
    out_dir: str | Path,
    workers: int = 2,
    address: str | None = None,
    model: str | None = None,
    dtype: str | None = None,
    seed: int = 0,
    hidden: str | None = None,
    base_interventions: dict | None = None,
    unit_chunk: int = 1024,
    progress: bool = True,
) -> GenerateResult:
    """`generate.generate` with the datasets spread over `workers` Ray actors (one model copy each)."""
    import torch

    from copilot.lm import resolve_name
    from tools.sdscm.lm import resolve_dtype

    if workers < 1:
        raise UserError("--workers must be at least 1.")
    hidden = check_settings(spec, hidden)
    out = Path(out_dir).resolve()
    base = dict(base_interventions or {})
    name = resolve_name(model)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    chosen, _ = resolve_dtype(device, dtype)
    params = params_of(spec, name, chosen, rows, seed, hidden, base)
    manifest = open_manifest(spec, out, params)
    todo = [k for k in range(datasets) if not finished(out, manifest, k)]
    t0 = time.perf_counter()
    startup = 0.0
    used: dict[str, int] = {}
    if todo:
        ray = ray_init(address, None if address else workers)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
        wanted = os.environ.get("COPILOT_TORCH_THREADS", "")
        threads = int(wanted) if wanted.isdigit() else (max(1, cores // workers) if address is None else 1)
        actor = ray.remote(num_cpus=1 if address is None else threads)(_Worker)
        pool = [actor.remote(spec.model_dump(), name, dtype, threads, params["dtype"]) for _ in range(min(workers, len(todo)))]
        ray.get([w.ready.remote() for w in pool])  # Ray and the model loads: start-up, reported apart
        startup = time.perf_counter() - t0
        queue, pending = list(todo), {}
        bar = tqdm(total=datasets, initial=datasets - len(todo), desc=f"sd-scm {spec.name} ({len(pool)} workers)", disable=not progress)
        for w in pool:
            if queue:
                pending[w.make.remote(queue.pop(0), rows, seed, hidden, base, str(out), unit_chunk)] = w
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            w = pending.pop(done[0])
            k, stem, entry, where = ray.get(done[0])
            manifest["datasets"][stem] = entry
            save_manifest(out, manifest)  # after each dataset: a killed run loses at most the ones in flight
            used[where] = used.get(where, 0) + 1
            bar.update(1)
            bar.set_postfix(ate=f"{entry['true_ate']:+.3f}")
            if queue:
                pending[w.make.remote(queue.pop(0), rows, seed, hidden, base, str(out), unit_chunk)] = w
        bar.close()
        for w in pool:
            ray.kill(w)
    seconds = time.perf_counter() - t0
    steady = seconds - startup if todo else 0.0
    result = summarize(spec, out, manifest, datasets=datasets, rows=rows, model=name, rows_done=rows * len(todo),
                       seconds=seconds, hidden=hidden)
    result.warnings.append(f"{len(todo)} dataset(s) made now by {len(used)} worker process(es), {datasets - len(todo)} resumed; "
                           f"{3600 * len(todo) / seconds:.1f} datasets/hour wall time, {3600 * len(todo) / steady:.1f} after "
                           f"{startup:.0f} s of start-up (Ray, model loads)." if todo and steady > 0 else
                           f"All {datasets} dataset(s) were already there: nothing recomputed.")
    return result
