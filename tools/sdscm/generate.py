"""Benchmark generation: datasets with exact ground truth, in the paper's column layout.

Per dataset k: one phrasing per variable drawn from the spec (as in the paper), its own noise
seed, the observational world plus `do(T = t)` for every treatment value, all with shared noise.

Files in `out_dir` (the layout `python -m eval sdscm --data out_dir` reads):
- `sdscm_{k:05d}.csv`: the ground truth in the paper's layout (`X0..`, `logP(X{t}=j)`,
  `logP(X{y}=k)`, `X{i}|do(X{t}=j)`, `logP(X{y}=k)|do(X{t}=j)`) plus the per-unit `ITE`
  (treated minus control).
- `observed/sdscm_{k:05d}.csv`: what an analyst sees: the observed `X{i}` (value indices;
  exogenous ones dropped with `hidden="exogenous"`), treatment `X{t}`, outcome `logP(X{y}=o)`, `X{y}`.
- `ground_truth.json`: column roles (treatment, outcome, treatment_values, covariates, hidden =
  the exogenous variables), spec, model, seed, and per dataset its exact ATE, phrasings and noise
  seed. Datasets already listed are skipped (resumable).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from copilot.errors import UserError
from copilot.results import GenerateResult
from copilot.task import GenerateTask
from tools.sdscm.engine import Samples, sample
from tools.sdscm.lm import LM, load_lm
from tools.sdscm.dag_spec import dag_spec
from tools.sdscm.spec import Spec, load_spec


def dataset_seed(seed: int, k: int) -> int:
    """Noise seed of dataset k (independent streams per dataset)."""
    return int(np.random.SeedSequence([seed, k]).generate_state(1)[0])


def dataset_phrasing(spec: Spec, seed: int, k: int) -> list[int]:
    """One phrasing per variable for dataset k, drawn uniformly as in the paper."""
    rng = np.random.default_rng([seed, k, 7])
    return [int(rng.integers(len(v.phrasings))) for v in spec.variables]


def treatment_values(spec: Spec) -> list[int]:
    t = spec.index(spec.treatment)
    return list(spec.treatment_values) if spec.treatment_values else list(range(len(spec.variables[t].candidates)))


def frames(spec: Spec, s: Samples, hidden: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame, float]:
    """(observed table, truth table in the paper's layout, exact ATE) from samples whose worlds are
    [observational, do(T=t) for t in treatment_values(spec)]."""
    t, y, o = spec.index(spec.treatment), spec.index(spec.outcome), spec.outcome_value
    tv = treatment_values(spec)
    V = len(spec.variables)
    truth: dict[str, np.ndarray] = {f"X{i}": s.values[0, :, i] for i in range(V)}
    for j in range(len(spec.variables[t].candidates)):
        truth[f"logP(X{t}={j})"] = s.logp[0][t][:, j]
    for k in range(len(spec.variables[y].candidates)):
        truth[f"logP(X{y}={k})"] = s.logp[0][y][:, k]
    for w, tval in enumerate(tv, start=1):
        do = f"do(X{t}={tval})"
        for i in range(V):
            truth[f"X{i}|{do}"] = s.values[w, :, i]
        for k in range(len(spec.variables[y].candidates)):
            truth[f"logP(X{y}={k})|{do}"] = s.logp[w][y][:, k]
    ctrl = s.logp[1][y][:, o]
    if len(tv) == 2:
        truth["ITE"] = s.logp[2][y][:, o] - ctrl
    else:
        for w, tval in enumerate(tv[1:], start=2):
            truth[f"ITE(X{t}={tval})"] = s.logp[w][y][:, o] - ctrl
    truth_df = pd.DataFrame(truth)
    ate = float(truth_df["ITE"].mean()) if "ITE" in truth_df else float(truth_df[f"ITE(X{t}={tv[-1]})"].mean())
    keep = [i for i in range(V) if not (hidden == "exogenous" and spec.variables[i].exogenous) or i in (t, y)]
    obs = pd.DataFrame({f"X{i}": s.values[0, :, i] for i in keep})
    obs[f"logP(X{y}={o})"] = s.logp[0][y][:, o]
    return obs, truth_df, ate


def columns_info(spec: Spec) -> dict:
    """Which columns play which role (the evaluation reads this): covariates = all pre-treatment
    variables, hidden = the exogenous ones (dropped in the hidden-confounding setting)."""
    t, y = spec.index(spec.treatment), spec.index(spec.outcome)
    desc = spec.descendants(t)
    hid = [i for i, v in enumerate(spec.variables) if v.exogenous and i not in (t, y)]
    covs = [i for i in range(len(spec.variables)) if i not in (t, y) and i not in desc]
    return {
        "treatment": f"X{t}",
        "outcome": f"logP(X{y}={spec.outcome_value})",
        "outcome_value_column": f"X{y}",
        "covariates": [f"X{i}" for i in covs],
        "hidden": [f"X{i}" for i in hid],  # removed in the evaluation's 'hidden' setting
        "ite": "ITE",
        "treatment_values": treatment_values(spec),
        "names": {f"X{i}": v.name for i, v in enumerate(spec.variables)},
    }


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    df.to_csv(tmp)
    os.replace(tmp, path)


def check_settings(spec: Spec, hidden: str | None) -> str | None:
    if spec.treatment is None or spec.outcome is None:
        raise UserError(f"Spec {spec.name!r} names no treatment and outcome.", "Add `treatment` and `outcome` to the spec.")
    if hidden not in (None, "none", "exogenous"):
        raise UserError(f"Unknown --hidden {hidden!r}.", "Use 'exogenous' (hide exogenous variables) or leave it out.")
    return None if hidden == "none" else hidden


def open_manifest(spec: Spec, out: Path, params: dict) -> dict:
    """The folder's manifest (new, or the earlier run's when the settings match: resume)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "observed").mkdir(exist_ok=True)
    manifest = {**columns_info(spec), "params": params, "spec": spec.model_dump(), "datasets": {}}
    path = out / "ground_truth.json"
    if path.exists():
        old = json.loads(path.read_text())
        if old.get("params") != params:
            raise UserError(
                f"{out} holds datasets made with other settings ({old.get('params')}).",
                "Use a new --out folder, or the same spec, model, rows, seed and --hidden to resume.",
            )
        manifest["datasets"] = old.get("datasets", {})
    return manifest


def save_manifest(out: Path, manifest: dict) -> None:
    path = out / "ground_truth.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1))
    os.replace(tmp, path)


def finished(out: Path, manifest: dict, k: int) -> dict | None:
    """Dataset k's manifest entry if its files are all there (a finished dataset is never recomputed)."""
    stem = f"sdscm_{k:05d}"
    entry = manifest["datasets"].get(stem)
    if entry and (out / entry["observed"]).exists() and (out / f"{stem}.csv").exists():
        return entry
    return None


def make_dataset(spec: Spec, lm: LM, k: int, *, rows: int, seed: int, hidden: str | None, base: dict, out: Path,
                 unit_chunk: int = 1024, progress: bool = False) -> tuple[str, dict]:
    """Sample dataset k and write its two CSVs (atomically); returns (stem, manifest entry)."""
    stem = f"sdscm_{k:05d}"
    phr = dataset_phrasing(spec, seed, k)
    s = sample(spec, rows, lm, interventions=[{spec.treatment: tv} for tv in treatment_values(spec)], base=base,
               seed=dataset_seed(seed, k), phrasing=phr, progress=progress, unit_chunk=unit_chunk)
    obs, truth, ate = frames(spec, s, hidden)
    data_name, truth_name = f"observed/{stem}.csv", f"{stem}.csv"
    _write_csv(obs, out / data_name)
    _write_csv(truth, out / truth_name)
    return stem, {"observed": data_name, "true_ate": ate, "true_effect_by": effect_by_root(spec, truth),
                  "phrasing": phr, "noise_seed": dataset_seed(seed, k), "seconds": round(s.seconds, 3)}


def effect_by_root(spec: Spec, truth: pd.DataFrame) -> dict[str, dict[str, float]]:
    """{root variable: {its value: mean ITE}}: the true conditional effects by each cause with no parents
    other than the treatment (a benchmark for conditional effects, such as `modifier`'s age); empty when the
    treatment has more than two values."""
    if "ITE" not in truth:
        return {}
    t = spec.index(spec.treatment)
    out = {}
    for i, v in enumerate(spec.variables):
        if i != t and not v.parents and i != spec.index(spec.outcome):
            means = truth.groupby(f"X{i}")["ITE"].mean()
            out[v.name] = {v.candidates[int(j)]: float(m) for j, m in means.items()}
    return out


def params_of(spec: Spec, model: str, dtype, rows: int, seed: int, hidden: str | None, base: dict) -> dict:
    return {"spec": spec.name, "model": model, "dtype": str(dtype).replace("torch.", ""), "rows": rows, "seed": seed,
            "hidden": hidden, "interventions": base}


def summarize(spec: Spec, out: Path, manifest: dict, *, datasets: int, rows: int, model: str, rows_done: int,
              seconds: float, hidden: str | None) -> GenerateResult:
    """The GenerateResult of datasets 0..datasets-1 in `out` (all finished)."""
    t = spec.index(spec.treatment)
    stems = [f"sdscm_{k:05d}" for k in range(datasets)]
    entries = [manifest["datasets"][s] for s in stems]
    files = [str(out / "ground_truth.json")] + [str(out / p) for s, e in zip(stems, entries) for p in (f"{s}.csv", e["observed"])]
    ates = [e["true_ate"] for e in entries]
    by: dict[str, dict[str, list[float]]] = {}  # (manifests written before this field have none)
    for e in entries:
        for name, means in (e.get("true_effect_by") or {}).items():
            for value, m in means.items():
                by.setdefault(name, {}).setdefault(value, []).append(m)
    warnings = []
    if datasets > 1:
        warnings.append(f"true_ate is the mean over {datasets} datasets; each dataset's ATE is in ground_truth.json.")
    if hidden:
        warnings.append(f"Hidden from observed/*.csv: {', '.join(columns_info(spec)['hidden']) or 'none'}.")
    return GenerateResult(
        spec_name=spec.name,
        out_dir=str(out),
        files=files,
        rows=rows,
        datasets=datasets,
        model=model,
        treatment=f"X{t} ({spec.treatment})",
        outcome=f"logP(X{spec.index(spec.outcome)}={spec.outcome_value}) ({spec.outcome} = {spec.variables[spec.index(spec.outcome)].candidates[spec.outcome_value]!r})",
        true_ate=float(np.mean(ates)) if ates else None,
        true_effect_by={n: {v: float(np.mean(ms)) for v, ms in vals.items()} for n, vals in by.items()},
        rows_per_s=rows_done / seconds if seconds > 0 else None,
        n_rows_used=rows * datasets,
        seconds=seconds,
        warnings=warnings,
    )


def generate(
    spec: Spec,
    lm: LM,
    *,
    datasets: int,
    rows: int,
    out_dir: str | Path,
    seed: int = 0,
    hidden: str | None = None,
    base_interventions: dict | None = None,
    progress: bool = True,
    unit_chunk: int = 1024,
) -> GenerateResult:
    """Write `datasets` CSVs of `rows` units each plus their ground truth; resumes a partial run.
    In-process, one model; `tools.sdscm.cluster.generate_ray` spreads the datasets over Ray workers."""
    hidden = check_settings(spec, hidden)
    out = Path(out_dir)
    base = dict(base_interventions or {})
    manifest = open_manifest(spec, out, params_of(spec, lm.name, lm.dtype, rows, seed, hidden, base))
    rows_done, seconds = 0, 0.0
    bar = tqdm(range(datasets), desc=f"sd-scm {spec.name}", disable=not progress)
    for k in bar:
        if finished(out, manifest, k):
            continue
        stem, entry = make_dataset(spec, lm, k, rows=rows, seed=seed, hidden=hidden, base=base, out=out,
                                   unit_chunk=unit_chunk, progress=progress)
        manifest["datasets"][stem] = entry
        save_manifest(out, manifest)
        rows_done += rows
        seconds += entry["seconds"]
        bar.set_postfix(ate=f"{entry['true_ate']:+.3f}")
    return summarize(spec, out, manifest, datasets=datasets, rows=rows, model=lm.name, rows_done=rows_done,
                     seconds=seconds, hidden=hidden)


def run(task: GenerateTask, data=None, lm: LM | None = None) -> GenerateResult:
    """The agent's entry point: sample `task.rows` x `task.datasets` from the spec `task.spec`.

    `task.interventions` applies do(X=x) to every world (the data come from the intervened model).
    `data` is unused: an SD-SCM makes its own data.
    """
    t0 = time.perf_counter()
    spec = load_spec(dag_spec(task.edges, task.latent) if task.edges else task.spec)
    lm = lm or load_lm()
    out = task.out_dir or tempfile.mkdtemp(prefix=f"sdscm-{spec.name}-")
    result = generate(spec, lm, datasets=task.datasets, rows=task.rows, out_dir=out, seed=task.seed,
                      base_interventions=task.interventions, progress=False,
                      hidden="exogenous" if task.latent else None)
    result.seconds = time.perf_counter() - t0
    return result
