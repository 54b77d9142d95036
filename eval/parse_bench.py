"""`python -m eval parse --data FILE --out DIR [--model NAME]`: score question -> task parsing.

Each line of FILE: `{"question": ..., "columns": [...] or null, "dataset": name, "split": train|dev|test,
"expected": {"kind", "treatment", "outcome", "mediator"[, "clarify": true][, "instrument", "estimand",
"at", "covariates", "spec"]}}`. The optional fields are compared only when given. With columns, variables must equal the column names;
without, free phrases are compared by `norm_phrase` (lower case, no determiners, crude stems).
`"clarify": true` means the right answer is a clarifying question (e.g. a column that is not in
the data): it counts as exact when the parser asks back and as a right kind when the partial
task's kind matches.

Reports per split exact_match, kind_accuracy, clarifications, silently_wrong (a task returned that is
not the expected one, without asking back), identifiers_honoured (of the items whose question writes a
role's column name verbatim, the share where every such column got its expected role or the parser asked
back) and median seconds per question.
Writes DIR/metrics.json (the same, plus a per-kind table) and
DIR/failures.jsonl (every item whose kind or fields were wrong, with what the parser produced).
"""

from __future__ import annotations

import argparse
import json
import re
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


EXTRA_FIELDS = ("instrument", "estimand", "at", "covariates", "spec")


def predicted_fields(outcome: ParseOutcome) -> dict[str, Any]:
    """kind, roles and the optional fields of the parsed task, or of the pending partial task."""
    if outcome.task is not None:
        d = outcome.task.model_dump()
    else:
        d = {k: v for k, v in (outcome.pending.task if outcome.pending else {}).items() if not k.startswith("_")}
    return {"kind": d.get("kind"), **{f: d.get(f) for f in FIELDS + EXTRA_FIELDS}, "asked": outcome.task is None}


def same_variable(expected: str | None, got: str | None, free: bool) -> bool:
    if expected is None or got is None:
        return expected is None and got is None
    if free:
        return norm_phrase(expected) == norm_phrase(got)
    return expected == got


def _same_extra(name: str, expected: Any, got: Any, free: bool) -> bool:
    if name == "estimand":
        return (expected or "ate") == (got or "ate")
    if name == "covariates":
        exp = {norm_phrase(x) if free else x for x in expected or []}
        return exp == {norm_phrase(x) if free else x for x in got or []}
    if name == "at":
        exp, got = expected or {}, got or {}
        return set(exp) == set(got) and all(str(exp[k]) == str(got[k]) or _num_eq(exp[k], got[k]) for k in exp)
    if name == "spec":
        return (expected or "").lower() == (got or "").lower()
    return same_variable(expected, got, free)


def _num_eq(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


def score_item(item: dict, pred: dict) -> tuple[bool, bool]:
    """(kind right, exact match). Roles compare always (absent = None, except for `audit`, whose spec
    nodes are compared only when given); the optional fields (instrument, estimand, at, covariates,
    spec) compare when the item gives them."""
    exp = item["expected"]
    free = item.get("columns") is None
    if exp.get("clarify"):
        kind_ok = pred["kind"] == exp["kind"] or (pred["asked"] and pred["kind"] is None)
        return kind_ok, bool(pred["asked"])
    kind_ok = pred["kind"] == exp["kind"] and not pred["asked"]
    roles = [f for f in FIELDS if f in exp] if exp["kind"] == "audit" else list(FIELDS)
    exact = kind_ok and all(same_variable(exp.get(f), pred.get(f), free) for f in roles)
    exact = exact and all(_same_extra(f, exp[f], pred.get(f), free) for f in EXTRA_FIELDS if f in exp)
    return kind_ok, exact


def profile_for(item: dict, datasets: dict[str, dict] | None) -> Any:
    """The parser's view of the item's data: a column profile from the datasets file, else the names."""
    cols = item.get("columns")
    if cols is None:
        return None
    info = (datasets or {}).get(item.get("dataset") or "", {}).get("columns") or {}
    if not info:
        return cols
    def examples(c: str) -> list[str]:  # as copilot.data.profile: every level of a categorical, else five values
        shown = [str(v) for v in (info.get(c) or {}).get("values", [])]
        return shown if (info.get(c) or {}).get("type") == "categorical" else shown[:5]

    return [{"name": c, "type": (info.get(c) or {}).get("type", "numeric"), "examples": examples(c)} for c in cols]


def named_roles(item: dict) -> list[str]:
    """The expected roles whose column name the question writes verbatim (any case, as a whole token)."""
    if not item.get("columns"):
        return []
    exp, q = item["expected"], item["question"]
    return [f for f in FIELDS + ("instrument",) if exp.get(f) and
            re.search(r"(?<![\w.])" + re.escape(str(exp[f])) + r"(?![\w.])", q, re.IGNORECASE)]


def identifiers_honoured(item: dict, pred: dict) -> bool | None:
    """None when no role is named verbatim; else whether each named role came back as expected (or
    the parser asked): an explicit identifier must never be overridden silently."""
    roles = named_roles(item)
    if not roles:
        return None
    return bool(pred["asked"]) or all(pred.get(f) == item["expected"][f] for f in roles)


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


def _summary(rows: list[dict]) -> dict[str, Any]:
    n = len(rows)
    if not n:
        return {"n": 0}
    secs = [r["seconds"] for r in rows]
    named = [r["ids_honoured"] for r in rows if r.get("ids_honoured") is not None]
    return {
        "n": n,
        "exact_match": round(sum(r["exact"] for r in rows) / n, 4),
        "kind_accuracy": round(sum(r["kind_ok"] for r in rows) / n, 4),
        "clarifications": sum(r["asked"] for r in rows),
        "silently_wrong": round(sum(r["silently_wrong"] for r in rows) / n, 4),
        "identifiers_named": len(named),
        "identifiers_honoured": round(sum(named) / len(named), 4) if named else None,
        "median_seconds": round(statistics.median(secs), 4),
    }


def run(items: list[dict], lm: Any = None, progress: bool = True,
        datasets: dict[str, dict] | None = None) -> tuple[dict, list[dict]]:
    """Parse every item; return (metrics, failures).

    `silently_wrong`: a task came back (no question asked) and it is not the expected one -- the
    failure a user cannot see. Asking back on an item that did not need it is a clarification, not
    an error in this count.
    """
    # lazy imports (the relation tool pulls in causal-learn) happen once per process: not timed
    parse_question("warm-up: what is the effect of a on b?", ["a", "b"], lm=None)
    parse_question("A correlates with B. A is independent of C. Does A cause B?", None, lm=None)
    if lm is not None:  # first forward pass allocates and tunes kernels: part of loading, not of parsing
        parse_question("warm-up: what is the effect of a on b?", ["a", "b", "c"], lm=lm)
    counter = CountingLM(lm) if lm is not None else None
    rows: list[dict] = []
    failures: list[dict] = []
    for item in tqdm(items, desc="parse", disable=not progress, unit="q"):
        calls_before = counter.calls if counter else 0
        started = time.perf_counter()
        outcome = parse_question(item["question"], profile_for(item, datasets), lm=counter)
        seconds = time.perf_counter() - started
        used_lm = bool(counter and counter.calls > calls_before)
        pred = predicted_fields(outcome)
        kind_ok, exact = score_item(item, pred)
        kind = item["expected"]["kind"] + ("/clarify" if item["expected"].get("clarify") else "")
        rows.append({"kind": kind, "split": item.get("split", "dev"), "kind_ok": kind_ok, "exact": exact,
                     "asked": pred["asked"], "silently_wrong": (not exact) and not pred["asked"],
                     "seconds": seconds, "used_lm": used_lm,
                     "ids_honoured": identifiers_honoured(item, pred)})
        if not exact:
            failures.append({"question": item["question"], "columns": item.get("columns"),
                             "expected": item["expected"], "got": pred, "clarification": outcome.clarification,
                             "kind_ok": kind_ok, "used_lm": used_lm, "split": item.get("split", "dev")})
    n = len(items)
    seconds = [r["seconds"] for r in rows]
    metrics = {
        **_summary(rows),
        "per_kind": {k: _summary([r for r in rows if r["kind"] == k]) for k in sorted({r["kind"] for r in rows})},
        "per_split": {k: _summary([r for r in rows if r["split"] == k]) for k in sorted({r["split"] for r in rows})},
        "lm_consulted_questions": sum(r["used_lm"] for r in rows),
        "median_seconds": round(statistics.median(seconds), 4) if seconds else 0.0,
        "mean_seconds": round(statistics.fmean(seconds), 4) if seconds else 0.0,
        "p90_seconds": round(sorted(seconds)[int(0.9 * (n - 1))], 4) if seconds else 0.0,
        "max_seconds": round(max(seconds), 4) if seconds else 0.0,
    }
    if not n:
        metrics.update({"kind_accuracy": 0.0, "exact_match": 0.0, "clarifications": 0, "silently_wrong": 0.0})
    return metrics, failures


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval parse", description=__doc__.splitlines()[0])
    ap.add_argument("--data", action="append", default=None,
                    help="a questions.jsonl file (repeatable; default: eval/data/questions.jsonl). Items of a file "
                    "other than the default without a 'split' are reported under the file's name.")
    ap.add_argument("--split", action="append", default=None,
                    help="only items of this split (repeatable: --split train --split dev); default: all")
    ap.add_argument("--datasets", default=None,
                    help='JSON file {dataset: {"columns": {col: {"type": ..., "values": [...]}}}}: column profiles '
                    "for the parser (default: column names only)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", default=None,
                    help="language model name (default: $COPILOT_MODEL or the embedded default); 'none' = structure only")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    default = str(Path(__file__).parent / "data" / "questions.jsonl")
    items = []
    for path in args.data or [default]:
        tag = "" if path == default else Path(path).stem
        for it in load_items(path):
            split = it.get("split") or tag or "dev"
            if args.split and split not in set(args.split):
                continue
            items.append({**it, "split": f"{split}/{tag}" if tag and tag != split else split})
    items = items[: args.limit]
    datasets = json.loads(Path(args.datasets).read_text(encoding="utf-8")) if args.datasets else None
    lm, model_name, load_s = None, "none", 0.0
    if (args.model or "").lower() != "none":
        from copilot.lm import get_lm, resolve_name

        model_name = resolve_name(args.model)
        started = time.perf_counter()
        lm = get_lm(args.model)
        load_s = time.perf_counter() - started
    metrics, failures = run(items, lm, datasets=datasets)
    metrics = {"model": model_name, "model_load_seconds": round(load_s, 2), "data": args.data or [default],
               "splits": args.split, **metrics}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    with (out / "failures.jsonl").open("w") as f:
        for fail in failures:
            f.write(json.dumps(fail) + "\n")
    print(json.dumps({k: v for k, v in metrics.items() if k not in {"per_kind", "per_split"}}, indent=2))
    for split, row in metrics["per_split"].items():
        print(f"  split {split:<14} {_line(row)}")
    for kind, row in metrics["per_kind"].items():
        print(f"  {kind:<20} {_line(row)}")
    print(f"wrote {out / 'metrics.json'} and {out / 'failures.jsonl'} ({len(failures)} failures)")
    return 0


def _line(row: dict) -> str:
    return (f"n={row['n']:<4} exact={row['exact_match']:.3f} kind={row['kind_accuracy']:.3f} "
            f"silently_wrong={row['silently_wrong']:.3f} asked={row['clarifications']:<3} "
            f"ids_honoured={row['identifiers_honoured'] if row['identifiers_honoured'] is not None else '-'} "
            f"median_s={row['median_seconds']:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
