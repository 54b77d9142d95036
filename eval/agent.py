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
import json
import math
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from copilot.errors import UserError
from copilot.paths import shared_data_dir
from eval import harness

DEFAULT_CONFIG = shared_data_dir() / "sdscm_bcancer" / "breast_cancer_config.json"
SETTINGS = ("all", "hidden")

# Words that carry no meaning in a candidate value when it becomes part of a column name.
_FILLER = {"a", "an", "the", "of", "with", "such", "as", "and", "initiate", "administer", "start", "begin", "regimen",
           "combination", "treatment", "to"}


# --------------------------------------------------------------------------------------------- naming


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


@dataclass(frozen=True)
class Naming:
    """Meaningful names for one dataset's columns, and the words a question uses for them."""

    columns: dict[str, str]  # raw column -> user-facing column
    values: dict[str, dict[str, str]]  # raw column -> {raw value: text value}
    treatment_words: str
    outcome_words: str
    treatment_low: str
    treatment_high: str
    domain: str


def load_config(path: str | Path | None) -> dict | None:
    if path is None:
        return None
    path = Path(path)
    if not path.is_file():
        return None
    return json.loads(path.read_text())


def naming_from_config(config: dict | None, treatment: str, outcome: str, covariates: list[str], control: str, treated: str) -> Naming:
    """Names from the SD-SCM config (variable names, candidate values); raw names where it has none."""
    variables = (config or {}).get("setup_sequence_sample_space") or []
    columns: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    used: set[str] = set()

    def var_of(col: str) -> dict | None:
        m = re.fullmatch(r"X(\d+)", col)
        if m and int(m.group(1)) < len(variables):
            return variables[int(m.group(1))]
        return None

    def unique(name: str) -> str:
        base, k = name, 2
        while name in used:
            name = f"{base}_{k}"
            k += 1
        used.add(name)
        return name

    for col in [*covariates, treatment]:
        var = var_of(col)
        if var is None:
            columns[col] = unique(slug(col) or col)
            continue
        columns[col] = unique(slug(var["variable_name"]))
        candidates = [str(c) for c in var.get("candidate_set") or []]
        if candidates:
            values[col] = {str(i): c for i, c in enumerate(candidates)}

    # The outcome: log-probability of one candidate value of the outcome node (paper: logP(X13=0)).
    m = re.fullmatch(r"logP\(X(\d+)=(\d+)\)", outcome)
    if m and int(m.group(1)) < len(variables):
        var = variables[int(m.group(1))]
        choice = str((var.get("candidate_set") or [m.group(2)])[int(m.group(2))])
        words = [w for w in re.findall(r"[A-Za-z0-9-]+", choice) if w.lower() not in _FILLER][:4]
        subject = " ".join(words) or var["variable_name"]
        columns[outcome] = unique("log_prob_" + slug(subject))
        outcome_words = f"log probability of {subject}"
    else:
        columns[outcome] = unique(slug(outcome) or outcome)
        outcome_words = columns[outcome].replace("_", " ")

    t_var = var_of(treatment)
    treatment_words = t_var["variable_name"] if t_var else columns[treatment].replace("_", " ")
    t_values = values.get(treatment, {})
    domain = "breast cancer patients" if config and "cancer" in str(config.get("experiment_name", "")) else "these units"
    return Naming(
        columns=columns, values=values, treatment_words=treatment_words, outcome_words=outcome_words,
        treatment_low=t_values.get(control, control), treatment_high=t_values.get(treated, treated), domain=domain,
    )


# --------------------------------------------------------------------------------------------- questions

# Varied styles: interrogative, imperative, conversational, terse, with names in backticks or
# parentheses, with a preamble, with typos. `{t}`/`{y}` are words, `{tc}`/`{yc}` column names.
TEMPLATES: tuple[str, ...] = (
    "What is the effect of {t} on the {y}?",
    "Estimate the average treatment effect of `{tc}` on `{yc}`.",
    "I'm analysing {domain}. On average, how much does {t} change the {y}?",
    "how does {t} impact {y}",
    "Could you compute the causal effect of {t} ({tc}) on {y} ({yc})?",
    "ATE of {tc} on {yc} please",
    "If {t} went from {low} to {high}, what would happen to the {y}?",
    "Quantify the impact of {t} on the {y}, adjusting for the other variables.",
    "whats the average causal efect of {t} on {y}?",
    "Our team wants to know whether {t} causes a change in the {y}. What's the effect size?",
    "Is there a causal effect of {t} on the {y}? Give me the estimate with a confidence interval.",
    "Does {t} affect {y}?",
)


def make_question(naming: Naming, treatment: str, outcome: str, index: int, seed: int = 0) -> str:
    """One question for a dataset: the style rotates with the dataset index (shifted by the seed)."""
    template = TEMPLATES[(index + seed) % len(TEMPLATES)]
    return template.format(
        t=naming.treatment_words, y=naming.outcome_words, tc=naming.columns[treatment], yc=naming.columns[outcome],
        low=naming.treatment_low, high=naming.treatment_high, domain=naming.domain,
    )


# --------------------------------------------------------------------------------------------- items


@dataclass(frozen=True)
class Item:
    lm: str
    path: str
    index: int
    setting: str
    model: str
    seed: int
    config: str | None

    @property
    def key(self) -> str:
        return f"{self.lm}/{_stem(self.path)}/{self.setting}"


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in (".csv.gz", ".csv"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


def build_case(item: Item) -> tuple[pd.DataFrame, str, str, float, str, Naming]:
    """(user-facing table, treatment column, outcome column, true sample ATE, question, naming)."""
    from eval.sdscm import _default_hidden, _pre_treatment_nodes, load_spec

    path = Path(item.path)
    spec = load_spec(path)
    raw = pd.read_csv(path)
    col0, col1 = spec.ite_columns()
    missing = [c for c in (spec.treatment, spec.outcome, col0, col1) if c not in raw.columns]
    if missing:
        raise UserError(f"{path.name} lacks {missing}; it needs the counterfactual columns to know the truth.")
    covariates = spec.covariates if spec.covariates is not None else _pre_treatment_nodes(raw, spec)
    if item.setting == "hidden":
        hidden = set(spec.hidden if spec.hidden is not None else _default_hidden(raw, spec))
        covariates = [c for c in covariates if c not in hidden]
    truth = float((raw[col1].astype(float) - raw[col0].astype(float)).mean())
    config = load_config(item.config)
    naming = naming_from_config(config, spec.treatment, spec.outcome, covariates, spec.control, spec.treated)
    frame = pd.DataFrame(index=raw.index)
    for col in [*covariates, spec.treatment, spec.outcome]:
        series = raw[col]
        mapping = naming.values.get(col)
        if mapping:
            series = series.map(lambda v, m=mapping: m.get(str(int(v)) if float(v).is_integer() else str(v), v))
            if all(str(v).isdigit() for v in mapping.values()):
                series = series.astype(int)  # e.g. age 25..85 stays numeric
        frame[naming.columns[col]] = series
    question = make_question(naming, spec.treatment, spec.outcome, item.index, item.seed)
    return frame, naming.columns[spec.treatment], naming.columns[spec.outcome], truth, question, naming


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
        "dataset": _stem(item.path),
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
    from eval.sdscm import discover

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
