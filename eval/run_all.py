"""`python -m eval all [--out OUT] [--only a,b] [--limit N]`: every suite with small defaults.

Why: one command that says how far to trust the copilot today — question parsing, Corr2Cause
reasoning, our estimators on the SD-SCM benchmark, and the agent end to end — in under 15 minutes
on a laptop-class CPU. Each suite is another module's `main(argv)`; a suite that is not installed
yet is skipped with a clear message, and one that fails does not stop the others.
Writes `OUT/<suite>/…` (each suite's own outputs) and `OUT/summary.json` + `OUT/report.md`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from copilot.paths import shared_data_dir
from eval import harness

SHARED_DATA = shared_data_dir()


@dataclass(frozen=True)
class Suite:
    name: str
    module: str
    argv: Callable[[Path, Path, int | None], list[str]]  # (suite out dir, shared data root, --limit) -> argv
    note: str


def _lim(limit: int | None, default: int) -> str:
    return str(limit if limit is not None else default)


SUITES: tuple[Suite, ...] = (
    Suite("parse", "eval.parse_bench",
          lambda out, data, limit: ["--out", str(out), "--limit", _lim(limit, 1000)],
          "question -> task parsing, all of eval/data/questions.jsonl, default LM"),
    Suite("corr2cause", "eval.corr2cause",
          lambda out, data, limit: ["--data", str(data / "corr2cause" / "test.csv"), "--out", str(out),
                                    "--limit", _lim(limit, 2000), "--quiet"],
          "relation tool on the whole Corr2Cause test set"),
    Suite("sdscm", "eval.sdscm",
          lambda out, data, limit: ["--data", str(data / "sdscm_bcancer"), "--out", str(out), "--limit", _lim(limit, 100),
                                    "--estimators", "linear_dml,causal_forest,diff_in_means,ols", "--jobs", "2"],
          "paper's estimators on all (up to 100) datasets per LM, both covariate settings, 2 processes"),
    Suite("agent", "eval.agent",
          lambda out, data, limit: ["--data", str(data / "sdscm_bcancer"), "--out", str(out), "--limit", _lim(limit, 25)],
          "the copilot end to end, 25 questions per LM"),
)


def run_suite(suite: Suite, out: Path, data: Path, limit: int | None) -> dict:
    """Run one suite's `main`; never raises (a broken suite is reported, the others still run)."""
    argv = suite.argv(out / suite.name, data, limit)
    started = time.perf_counter()
    try:
        module = importlib.import_module(suite.module)
    except ModuleNotFoundError as exc:
        if exc.name == suite.module:
            print(f"[{suite.name}] skipped: {suite.module} is not there yet")
            return {"suite": suite.name, "status": "skipped", "reason": f"{suite.module} not found", "argv": argv}
        return {"suite": suite.name, "status": "failed", "error": f"import: {exc}", "argv": argv}
    except Exception as exc:  # noqa: BLE001 - a suite that cannot even be imported is reported, not fatal
        return {"suite": suite.name, "status": "failed", "error": f"import: {type(exc).__name__}: {exc}", "argv": argv}
    print(f"\n=== {suite.name}: python -m eval {suite.name} {' '.join(argv)}", flush=True)
    try:
        code = module.main(argv)
        status = "ok" if not code else f"exit {code}"
        error = None
    except SystemExit as exc:  # argparse and some suites exit instead of returning
        code = exc.code if isinstance(exc.code, int) else 1
        status, error = ("ok" if not code else f"exit {code}"), None if not code else str(exc)
    except Exception as exc:  # noqa: BLE001 - reported in the summary
        status, error = "failed", f"{type(exc).__name__}: {exc}"
        traceback.print_exc()
    seconds = round(time.perf_counter() - started, 1)
    metrics_path = out / suite.name / "metrics.json"
    record = {"suite": suite.name, "status": status, "seconds": seconds, "argv": argv, "note": suite.note}
    if error:
        record["error"] = error
    if metrics_path.is_file():
        record["metrics"] = str(metrics_path)
    print(f"[{suite.name}] {status} in {seconds:.0f} s", flush=True)
    return record


def write_summary(out: Path, records: list[dict], seconds: float) -> Path:
    harness.write_json(out / "summary.json", {"seconds": round(seconds, 1), "suites": records})
    lines = ["# Causal copilot: all evaluation suites", "", f"Total wall time {seconds:.0f} s.", ""]
    rows = []
    for r in records:
        report = out / r["suite"] / "report.md"
        link = f"[{r['suite']}/report.md]({r['suite']}/report.md)" if report.is_file() else "–"
        rows.append([r["suite"], r["status"], r.get("seconds"), r.get("note", r.get("reason", "")), link])
    lines.append(harness.markdown_table(["suite", "status", "seconds", "what", "report"], rows, digits=1))
    for r in records:
        if r.get("error"):
            lines += ["", f"**{r['suite']}** error: `{r['error']}`"]
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n")
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval all", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="eval_out/all", help="output folder, one subfolder per suite")
    parser.add_argument("--only", default=None, help="comma-separated suites: " + ",".join(s.name for s in SUITES))
    parser.add_argument("--limit", type=int, default=None, help="override every suite's item limit (e.g. 2 for a smoke run)")
    parser.add_argument("--data-root", default=str(SHARED_DATA), help="the shared data folder (corr2cause/, sdscm_bcancer/)")
    args = parser.parse_args(argv)
    names = [s.name for s in SUITES]
    chosen = names if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in chosen if n not in names]
    if unknown:
        print(f"error: unknown suites {unknown}; choose from {names}")
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    records = [run_suite(s, out, Path(args.data_root), args.limit) for s in SUITES if s.name in chosen]
    seconds = time.perf_counter() - started
    report = write_summary(out, records, seconds)
    print("\n" + report.read_text())
    print(json.dumps({r["suite"]: r["status"] for r in records}))
    return 0 if all(r["status"] in ("ok", "skipped") for r in records) else 1


if __name__ == "__main__":  # pragma: no cover
    import sys

    raise SystemExit(main(sys.argv[1:]))
