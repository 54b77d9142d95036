"""`python -m eval agent --data DIR [--out OUT] [--limit N]`: the copilot end to end on SD-SCM data.

Why: the estimator benchmark (`eval sdscm`) scores estimators given the right columns; this suite
scores what a user actually gets. Per dataset it writes one natural-language question (phrasing
varied from the variables' names and descriptions), hands the question and a user-facing table to
`Copilot.ask`, and compares the answer with the dataset's known truth:

- parsed right: the task is an effect question with the right treatment and outcome columns;
- ATE error: the answer's estimate minus the true sample ATE (mean of the exact per-unit effects
  `outcome|do(T=1) - outcome|do(T=0)`);
- coverage: whether the answer's 95% interval contains the true ATE;
- seconds per question (model already loaded).

The user-facing table hides everything a user would not have: only the covariates (all of them,
or with the exogenous ones hidden: `--setting hidden`), the treatment and the outcome are kept,
renamed from `X0..X13` to meaningful names with text values using the SD-SCM config (the paper's
`breast_cancer_config.json` by default). Results are written per item to `OUT/items.jsonl`
(an interrupted run resumes), then `OUT/metrics.json`, `OUT/report.md` and PNG plots.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from pathlib import Path

import numpy as np

from copilot.errors import UserError
from copilot.paths import shared_data_dir
from eval import harness
from eval.agent_case import SETTINGS, Item, build_case
from eval.sdscm_data import dataset_stem, discover

DEFAULT_CONFIG = shared_data_dir() / "sdscm_bcancer" / "breast_cancer_config.json"

_COPILOTS: dict[str, object] = {}


def _copilot(model: str):
    """One copilot per process and model (the model loads once)."""
    if model not in _COPILOTS:
        from graphs.agent import Copilot

        _COPILOTS[model] = Copilot(lm=model).load()
    return _COPILOTS[model]


def evaluate(item: Item) -> dict:
    """Ask the copilot one question about one dataset and score the answer against the truth."""
    frame, tcol, ycol, truth, question, _ = build_case(item)
    copilot = _copilot(item.model)
    start = time.perf_counter()
    answer = copilot.ask(question, data=frame, thread_id=item.key)
    seconds = time.perf_counter() - start
    task = answer.task or {}
    kind_ok = task.get("kind") in {"ate", "cate"}
    parsed_right = bool(kind_ok and task.get("treatment") == tcol and task.get("outcome") == ycol)
    estimate = ci_low = ci_high = None
    result = answer.result
    if result is not None and result.kind == "ate":
        estimate, ci_low, ci_high = result.estimate, result.ci_low, result.ci_high
    elif result is not None and result.kind == "cate":
        estimate, ci_low, ci_high = result.ate, result.ate_ci_low, result.ate_ci_high
    covered = None if ci_low is None or ci_high is None else bool(ci_low <= truth <= ci_high)
    return {
        "lm": item.lm,
        "dataset": dataset_stem(Path(item.path)),
        "setting": item.setting,
        "question": question,
        "expected": {"kind": "ate", "treatment": tcol, "outcome": ycol},
        "task": task or None,
        "kind_ok": kind_ok,
        "parsed_right": parsed_right,
        "true_ate": truth,
        "estimate": estimate,
        "ci_low": ci_low,
        "ci_high": ci_high,
        "ate_error": None if estimate is None else estimate - truth,
        "covered": covered,
        "method": getattr(result, "method", None),
        "answer_error": answer.error,
        "clarification": answer.clarification,
        "ask_seconds": round(seconds, 3),
        "n_rows": len(frame),
    }


# --------------------------------------------------------------------------------------------- metrics


def _finite(values) -> list[float]:
    return [float(v) for v in values if v is not None and math.isfinite(float(v))]


def summarize(records: list[dict]) -> dict:
    """Parse accuracy, ATE error (RMSE, MAE, R² across datasets), coverage, seconds per question."""
    ok = [r for r in records if "ask_seconds" in r]
    answered = [r for r in ok if r.get("estimate") is not None]
    errs = np.array(_finite(r["ate_error"] for r in answered))
    truths = np.array([r["true_ate"] for r in answered], dtype=float)
    ests = np.array([r["estimate"] for r in answered], dtype=float)
    r2 = None
    if len(answered) >= 2 and float(np.sum((truths - truths.mean()) ** 2)) > 0:
        r2 = 1.0 - float(np.sum((truths - ests) ** 2)) / float(np.sum((truths - truths.mean()) ** 2))
    covered = [r["covered"] for r in answered if r.get("covered") is not None]
    secs = [r["ask_seconds"] for r in ok]
    n = len(ok)
    return {
        "n": n,
        "n_failed_items": len(records) - n,
        "parsed_right": sum(r["parsed_right"] for r in ok) / n if n else None,
        "kind_accuracy": sum(r["kind_ok"] for r in ok) / n if n else None,
        "answered": len(answered) / n if n else None,
        "clarifications": sum(1 for r in ok if r.get("clarification")),
        "answer_errors": sum(1 for r in ok if r.get("answer_error")),
        "ate_rmse": float(np.sqrt(np.mean(errs**2))) if len(errs) else None,
        "ate_mae": float(np.mean(np.abs(errs))) if len(errs) else None,
        "ate_bias": float(np.mean(errs)) if len(errs) else None,
        "ate_r2": r2,
        "coverage": sum(covered) / len(covered) if covered else None,
        "median_seconds": statistics.median(secs) if secs else None,
        "mean_seconds": statistics.fmean(secs) if secs else None,
    }


def write_report(out: Path, metrics: dict, records: list[dict]) -> Path:
    groups = metrics["groups"]
    rows = [
        [g, m["n"], m["parsed_right"], m["answered"], m["ate_rmse"], m["ate_r2"], m["coverage"], m["median_seconds"]]
        for g, m in groups.items()
    ]
    lines = [
        "# Agent end to end on SD-SCM datasets",
        "",
        f"Command: `{metrics['run']['command']}` — model `{metrics['run']['model']}`, seed {metrics['run']['seed']}.",
        "",
        "One natural-language question per dataset through `Copilot.ask`; the truth is the dataset's exact "
        "sample ATE from its counterfactual columns.",
        "",
        harness.markdown_table(
            ["lm / setting", "n", "parsed right", "answered", "ATE RMSE", "ATE R²", "95% coverage", "median s/question"],
            rows,
        ),
        "",
        "![estimated vs true ATE](ate_scatter.png)",
        "",
    ]
    wrong = [r for r in records if "ask_seconds" in r and not r["parsed_right"]][:20]
    if wrong:
        lines += ["## Questions not parsed right", ""]
        for r in wrong:
            got = r.get("task") or {}
            lines.append(f"- `{r['dataset']}`: “{r['question']}” → {got.get('kind')} "
                         f"T={got.get('treatment')} Y={got.get('outcome')}"
                         + (f" (asked back: {r['clarification']})" if r.get("clarification") else ""))
        lines.append("")
    path = out / "report.md"
    path.write_text("\n".join(lines))
    return path


# --------------------------------------------------------------------------------------------- main


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m eval agent", description=__doc__.split("\n\n")[0])
    p.add_argument("--data", required=True, help="an LM folder of SD-SCM datasets, or a folder of LM folders")
    p.add_argument("--out", default="eval_out/agent", help="output folder (items.jsonl, metrics.json, report.md)")
    p.add_argument("--limit", type=int, default=None, help="at most N datasets per LM folder")
    p.add_argument("--setting", choices=SETTINGS, default="all", help="covariates in the table: all, or exogenous hidden")
    p.add_argument("--model", default="default", help="language model for the copilot (none = structural parsing only)")
    p.add_argument("--config", default=str(DEFAULT_CONFIG), help="SD-SCM config naming the variables")
    harness.add_common_args(p)
    return p


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        found = discover(args.data)
    except UserError as exc:
        print(f"error: {exc}")
        return 2
    config = args.config if Path(args.config).is_file() else None
    items = [
        Item(lm=lm, path=str(p), index=i, setting=args.setting, model=args.model, seed=args.seed, config=config)
        for lm, files in found.items()
        for i, p in enumerate(files[: args.limit] if args.limit else files)
    ]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    executor = harness.make_executor(args.jobs)
    if args.jobs == 1:
        print(f"Loading the copilot (model: {args.model})…", flush=True)
        _copilot(args.model)
    summary = harness.run_items(items, evaluate, out / "items.jsonl", key=lambda it: it.key, executor=executor,
                                desc="agent questions", fresh=args.fresh)
    records = summary.records
    groups: dict[str, dict] = {}
    for lm in found:
        subset = [r for r in records if r.get("lm") == lm]
        if subset:
            groups[f"{lm} / {args.setting}"] = summarize(subset)
    metrics = {
        **summarize(records),
        "groups": groups,
        "run": harness.run_info(["agent", *argv], seed=args.seed, executor=executor, model=args.model,
                                setting=args.setting, seconds=round(summary.seconds, 1)),
        "errors": [{"key": r["key"], "error": r["error"]} for r in summary.errors],
    }
    harness.write_json(out / "metrics.json", metrics)
    panels = {
        g: ([r["true_ate"] for r in records if r.get("lm") == g.split(" / ")[0] and r.get("estimate") is not None],
            [r["estimate"] for r in records if r.get("lm") == g.split(" / ")[0] and r.get("estimate") is not None])
        for g in groups
    }
    if any(x for x, _ in panels.values()):
        harness.scatter_grid(panels, out / "ate_scatter.png", title="Agent: estimated vs true ATE")
    write_report(out, metrics, records)
    m = metrics
    print(
        f"{m['n']} questions: parsed right {harness.fmt(m['parsed_right'], 3)}, answered {harness.fmt(m['answered'], 3)}, "
        f"ATE RMSE {harness.fmt(m['ate_rmse'], 4)}, coverage {harness.fmt(m['coverage'], 3)}, "
        f"median {harness.fmt(m['median_seconds'], 2)} s/question  ->  {out / 'metrics.json'}"
    )
    return 0 if not summary.n_errors else 1


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
