"""`python -m eval parse --data FILE --out DIR [--model NAME]`: score question -> task parsing.

Each line of FILE: `{"question": ..., "columns": [...] or null, "expected": {"kind", "treatment",
"outcome", "mediator"[, "clarify": true]}}`. With columns, variables must equal the column names;
without, free phrases are compared by `norm_phrase` (lower case, no determiners, crude stems).
`"clarify": true` means the right answer is a clarifying question (e.g. a column that is not in
the data): it counts as exact when the parser asks back and as a right kind when the partial
task's kind matches.

Writes DIR/metrics.json (kind_accuracy, exact_match, per-kind table, seconds per question) and
DIR/failures.jsonl (every item whose kind or fields were wrong, with what the parser produced).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from tqdm import tqdm

from copilot.parse import ParseOutcome, parse_question
from copilot.parse_text import norm_phrase

FIELDS = ("treatment", "outcome", "mediator")


def load_items(path: str | Path) -> list[dict]:
    """Read a questions.jsonl file (blank lines and `//` comments skipped)."""
    items = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        item = json.loads(line)
        if "question" not in item or "expected" not in item or "kind" not in item["expected"]:
            raise SystemExit(f"{path}:{n}: each line needs 'question' and 'expected.kind'")
        items.append(item)
    return items


def predicted_fields(outcome: ParseOutcome) -> dict[str, Any]:
    """kind/treatment/outcome/mediator of the parsed task, or of the pending partial task."""
    if outcome.task is not None:
        d = outcome.task.model_dump()
    else:
        d = {k: v for k, v in (outcome.pending or {}).items() if not k.startswith("_")}
    return {"kind": d.get("kind"), **{f: d.get(f) for f in FIELDS}, "asked": outcome.task is None}


def same_variable(expected: str | None, got: str | None, free: bool) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if free:
        return norm_phrase(expected) == norm_phrase(got)
    return expected == got


def score_item(item: dict, pred: dict) -> tuple[bool, bool]:
    """(kind right, exact match)."""
    exp = item["expected"]
    free = item.get("columns") is None
    if exp.get("clarify"):
        kind_ok = pred["kind"] == exp["kind"] or (pred["asked"] and pred["kind"] is None)
        return kind_ok, bool(pred["asked"])
    kind_ok = pred["kind"] == exp["kind"] and not pred["asked"]
    exact = kind_ok and all(same_variable(exp.get(f), pred.get(f), free) for f in FIELDS)
    return kind_ok, exact


class CountingLM:
    """Wraps a language model to count the questions on which the parser consulted it."""

    def __init__(self, lm: Any):
        self.lm, self.calls = lm, 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.lm, name)
        if name in {"choose", "logprobs", "generate"}:
            def counted(*args: Any, **kwargs: Any) -> Any:
                self.calls += 1
                return attr(*args, **kwargs)
            return counted
        return attr


def run(items: list[dict], lm: Any = None, progress: bool = True) -> tuple[dict, list[dict]]:
    """Parse every item; return (metrics, failures)."""
    # lazy imports (the relation tool pulls in causal-learn) happen once per process: not timed
    parse_question("warm-up: what is the effect of a on b?", ["a", "b"], lm=None)
    parse_question("A correlates with B. A is independent of C. Does A cause B?", None, lm=None)
    if lm is not None:  # first forward pass allocates and tunes kernels: part of loading, not of parsing
        lm.logprobs(["Question: warm-up\nThe user wants"], [[" the average effect", " the causal graph"]])
    counter = CountingLM(lm) if lm is not None else None
    n_lm_questions = 0
    per_kind: dict[str, dict[str, int]] = {}
    seconds: list[float] = []
    failures: list[dict] = []
    n_kind = n_exact = n_asked = 0
    per_split: dict[str, dict[str, int]] = {}
    for item in tqdm(items, desc="parse", disable=not progress, unit="q"):
        calls_before = counter.calls if counter else 0
        started = time.perf_counter()
        outcome = parse_question(item["question"], item.get("columns"), lm=counter)
        seconds.append(time.perf_counter() - started)
        used_lm = bool(counter and counter.calls > calls_before)
        n_lm_questions += used_lm
        pred = predicted_fields(outcome)
        kind_ok, exact = score_item(item, pred)
        kind = item["expected"]["kind"] + ("/clarify" if item["expected"].get("clarify") else "")
        row = per_kind.setdefault(kind, {"n": 0, "kind_ok": 0, "exact": 0})
        row["n"] += 1
        row["kind_ok"] += kind_ok
        row["exact"] += exact
        n_kind += kind_ok
        n_exact += exact
        n_asked += pred["asked"]
        if not exact:
            failures.append({"question": item["question"], "columns": item.get("columns"),
                             "expected": item["expected"], "got": pred, "clarification": outcome.clarification,
                             "kind_ok": kind_ok, "used_lm": used_lm, "split": item.get("split", "dev")})
        split = per_split.setdefault(item.get("split", "dev"), {"n": 0, "kind_ok": 0, "exact": 0})
        split["n"] += 1
        split["kind_ok"] += kind_ok
        split["exact"] += exact
    n = len(items)
    metrics = {
        "n": n,
        "kind_accuracy": round(n_kind / n, 4) if n else 0.0,
        "exact_match": round(n_exact / n, 4) if n else 0.0,
        "clarifications": n_asked,
        "per_kind": {
            k: {**v, "kind_accuracy": round(v["kind_ok"] / v["n"], 4), "exact_match": round(v["exact"] / v["n"], 4)}
            for k, v in sorted(per_kind.items())
        },
        "per_split": {
            k: {**v, "kind_accuracy": round(v["kind_ok"] / v["n"], 4), "exact_match": round(v["exact"] / v["n"], 4)}
            for k, v in sorted(per_split.items())
        },
        "lm_consulted_questions": n_lm_questions,
        "median_seconds": round(statistics.median(seconds), 4) if seconds else 0.0,
        "mean_seconds": round(statistics.fmean(seconds), 4) if seconds else 0.0,
        "p90_seconds": round(sorted(seconds)[int(0.9 * (n - 1))], 4) if seconds else 0.0,
        "max_seconds": round(max(seconds), 4) if seconds else 0.0,
    }
    return metrics, failures


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval parse", description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).parent / "data" / "questions.jsonl"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", default=None,
                    help="language model name (default: $COPILOT_MODEL or the embedded default); 'none' = structure only")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    items = load_items(args.data)[: args.limit]
    lm, model_name, load_s = None, "none", 0.0
    if (args.model or "").lower() != "none":
        from copilot.lm import get_lm, resolve_name

        model_name = resolve_name(args.model)
        started = time.perf_counter()
        lm = get_lm(args.model)
        load_s = time.perf_counter() - started
    metrics, failures = run(items, lm)
    metrics = {"model": model_name, "model_load_seconds": round(load_s, 2), "data": str(args.data), **metrics}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    with (out / "failures.jsonl").open("w") as f:
        for fail in failures:
            f.write(json.dumps(fail) + "\n")
    print(json.dumps({k: v for k, v in metrics.items() if k not in {"per_kind", "per_split"}}, indent=2))
    for split, row in metrics["per_split"].items():
        print(f"  split {split:<14} n={row['n']:<4} kind={row['kind_accuracy']:.3f} exact={row['exact_match']:.3f}")
    for kind, row in metrics["per_kind"].items():
        print(f"  {kind:<20} n={row['n']:<4} kind={row['kind_accuracy']:.3f} exact={row['exact_match']:.3f}")
    print(f"wrote {out / 'metrics.json'} and {out / 'failures.jsonl'} ({len(failures)} failures)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
