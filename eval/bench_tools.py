"""`python -m eval bench [--rows 5000 50000] [--out FILE]`: time each causal tool on synthetic data.

The data (10 columns: six confounders of which one categorical, a binary treatment, a mediator,
a continuous outcome, a binary outcome) have known effects, so each timing line also shows the
estimate next to the truth: a fast wrong tool would be visible. Each tool runs with its defaults
(ATE: three estimators + three refuters; CATE: `auto`; mediation: `auto`, 200 bootstraps;
discovery: PC with Fisher-z on the 10 numeric columns). Times are wall-clock on a shared machine
and include model fitting, bootstraps and figure drawing, but not the one-off library imports.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

TRUE_ATE = 2.0  # t on y: direct 1.0 + through m 0.8 * 1.25 = 1.0
TRUE_NDE, TRUE_NIE = 1.0, 1.0


def synthetic(n: int, seed: int = 0) -> pd.DataFrame:
    """Confounded binary treatment, a mediator, a heterogeneous effect on a binary outcome."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 5))
    region = rng.choice(["north", "south", "east"], n)
    logit = 0.6 * x[:, 0] - 0.5 * x[:, 1] + 0.3 * x[:, 2] + 0.4 * (region == "south")
    t = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    m = 0.8 * t + 0.5 * x[:, 0] + rng.normal(size=n)
    y = 1.0 * t + 1.25 * m + x[:, 0] + 0.5 * x[:, 1] - 0.5 * x[:, 2] + 0.3 * (region == "south") + rng.normal(size=n)
    buy = (rng.random(n) < 1 / (1 + np.exp(-(-0.5 + (0.5 + x[:, 3]) * t + 0.3 * x[:, 0])))).astype(int)
    frame = pd.DataFrame(x, columns=[f"x{i}" for i in range(1, 6)])
    frame["region"] = region
    frame["t"], frame["m"], frame["y"], frame["buy"] = t, m, y, buy
    return frame


def _time(fn):
    started, cpu = time.perf_counter(), time.process_time()
    out = fn()
    _time.cpu = time.process_time() - cpu  # CPU seconds of all threads: less sensitive to others' load than wall time
    return time.perf_counter() - started, out


def bench(rows: list[int], tools: list[str], seed: int = 0) -> list[dict]:
    from copilot.task import AteTask, CateTask, DiscoverTask, MediationTask
    from tools import cate, effects, mediation

    # Warm the imports (dowhy, econml, causal-learn) so that they are not timed.
    import dowhy  # noqa: F401
    import econml.dml  # noqa: F401

    records = []
    jobs = [(n, tool) for n in rows for tool in tools]
    for n, tool in tqdm(jobs, desc="bench"):
        data = synthetic(n, seed)
        if tool == "ate":
            sec, res = _time(lambda: effects.run(AteTask(treatment="t", outcome="y", covariates=["x1", "x2", "x3", "x4", "x5", "region"], seed=seed), data))
            detail = {"estimate": res.estimate, "ci": [res.ci_low, res.ci_high], "truth": TRUE_ATE, "method": res.method,
                      "others": {r.method: r.estimate for r in res.other_estimates}}
        elif tool == "cate":
            sec, res = _time(lambda: cate.run(CateTask(treatment="t", outcome="buy", covariates=["x1", "x2", "x3", "x4", "x5", "region"], seed=seed), data))
            detail = {"ate": res.ate, "method": res.method, "strongest_modifier": res.subgroup_variable, "qini": res.qini}
        elif tool == "mediation":
            sec, res = _time(lambda: mediation.run(MediationTask(treatment="t", outcome="y", mediator="m", covariates=["x1", "x2", "x3", "region"], seed=seed), data))
            detail = {"nde": res.nde, "nde_ci": res.nde_ci, "nie": res.nie, "nie_ci": res.nie_ci, "truth": [TRUE_NDE, TRUE_NIE], "method": res.method}
        elif tool == "discover":
            from tools import discovery

            cols = ["x1", "x2", "x3", "x4", "x5", "t", "m", "y", "buy"]
            numeric = data[cols].copy()
            numeric["region_south"] = (data["region"] == "south").astype(float)
            sec, res = _time(lambda: discovery.run(DiscoverTask(method="pc", ci_test="fisherz", seed=seed), numeric.astype(float)))
            detail = {"method": res.method, "edges": len(res.edges)}
        else:
            raise SystemExit(f"unknown tool {tool!r}; choose from ate, cate, mediation, discover")
        records.append({"tool": tool, "rows": n, "seconds": round(sec, 2), "cpu_seconds": round(_time.cpu, 2), **detail})
        tqdm.write(f"{tool:<10} {n:>7} rows  {sec:7.2f} s  {json.dumps(detail, default=str)}")
    return records


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m eval bench", description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, nargs="+", default=[5000, 50000])
    p.add_argument("--tools", default="ate,cate,mediation,discover")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", default=None, help="write the timings as JSON here")
    args = p.parse_args(argv)
    records = bench(args.rows, [t.strip() for t in args.tools.split(",") if t.strip()], args.seed)
    print(f"\n{'tool':<10} {'rows':>7} {'seconds':>8} {'cpu s':>8}   (load average {os.getloadavg()[0]:.1f})")
    for r in records:
        print(f"{r['tool']:<10} {r['rows']:>7} {r['seconds']:>8.2f} {r['cpu_seconds']:>8.2f}")
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(records, indent=2, default=str))
    return 0
