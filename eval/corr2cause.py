"""`python -m eval corr2cause`: score the relation tool on a Corr2Cause CSV.

Every item goes through the same path as a user's message: `split_question` routes the text,
`tools.relations.run` decides it. We report F1 (valid class), precision, recall and accuracy against
the published labels and against the labels corrected by the logic
(`eval/data/corr2cause_label_corrections.csv`: every item where the published label differs from
what the statements imply, with the equivalence class and a DAG that shows it), per template and per
number of variables, the seconds taken, and the misclassified items with reasons.

    python -m eval corr2cause [--data PATH] [--out DIR] [--limit N]
    python -m eval corr2cause --robustness          # the test set and every robustness set in eval/data
    python -m eval corr2cause --write-corrections   # regenerate the corrections file from the test set

Where the logic and the published labels differ (33 of 1,162 items; every one re-derived in the tests by
brute force over the skeleton's orientations with networkx d-separation): 8 "X directly causes Y"
labelled 0 although X -> Y in every DAG of the class; 13 common-effect items (4 labelled 0 although every
DAG has a common child, 9 labelled 1 although some DAG has none: those 9 share a common *descendant*,
but so do the 4, so no reading of "common effect" fits all 13 labels); 4 common-cause items labelled 1
although some DAG has no common parent; 7 "X is a cause for Y, but not a direct one" (6 labelled 1 where
X -> Y is in every DAG, 1 labelled 0 where X is an indirect-only cause in every DAG); 1 "X causes
something else which causes Y" (item 788, labelled 0 although C -> D -> F in every DAG; the 12 other
items where X both causes Y directly and through another variable are labelled 1).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from copilot.paths import shared_data_dir
from copilot.task import RelationTask
from eval.harness import markdown_table, write_json
from tools.relations import dag_text, run, split_question

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = shared_data_dir() / "corr2cause" / "test.csv"
CORRECTIONS = HERE / "data" / "corr2cause_label_corrections.csv"
ROBUSTNESS_SETS = ("paraphrased", "renamed", "paraphrased_renamed")
DEFAULT_OUT = Path("runs") / "corr2cause"


def evaluate_item(text: str) -> dict:
    """Route and decide one item; prediction 1 = the hypothesis follows (inconsistent counts as 0)."""
    split = split_question(text)
    if split is None:
        return {"prediction": 0, "error": "not routed: no statements + causal claim found"}
    try:
        result = run(RelationTask(premise=split[0], hypothesis=split[1]), draw=False)
    except Exception as exc:  # noqa: BLE001 - an item that fails is reported, not fatal
        return {"prediction": 0, "error": f"{type(exc).__name__}: {exc}"}
    return {
        "prediction": int(bool(result.valid)),
        "error": "",
        "consistent": result.consistent,
        "relation": result.relation,
        "x": result.x,
        "y": result.y,
        "n_dags": result.n_dags,
        "n_dags_holding": result.n_dags_holding,
        "equivalence_class": dag_text(result.cpdag_edges),
        "witness_dag": dag_text(result.witness_dag),
        "reason": result.reason,
    }


def score(labels: list[int], predictions: list[int]) -> dict:
    """F1, precision and recall of the valid class (label 1) and accuracy, with the confusion counts."""
    pairs = list(zip(labels, predictions))
    tp = sum(1 for y, p in pairs if y == 1 and p == 1)
    fp = sum(1 for y, p in pairs if y == 0 and p == 1)
    fn = sum(1 for y, p in pairs if y == 1 and p == 0)
    tn = sum(1 for y, p in pairs if y == 0 and p == 0)
    # undefined (None) rather than 0 when a group has no valid items and none predicted valid
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if tp + fp + fn == 0:
        f1 = None
    else:
        f1 = 2 * tp / (2 * tp + fp + fn)
    accuracy = (tp + tn) / len(pairs) if pairs else None
    pct = lambda v: None if v is None else round(100 * v, 2)  # noqa: E731
    return {
        "f1": pct(f1),
        "precision": pct(precision),
        "recall": pct(recall),
        "accuracy": pct(accuracy),
        "n": len(pairs),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def corrected_labels(data: pd.DataFrame, corrections_path: Path | None) -> tuple[list[int] | None, int, str]:
    """The published labels with the logic's corrections applied, matched by row (None if they do not fit).

    A correction applies only where the row's published label and template are the ones recorded,
    so a different CSV (or a slice of the test set) never receives a wrong correction.
    """
    if corrections_path is None or not Path(corrections_path).exists():
        return None, 0, "no corrections file"
    corrections = pd.read_csv(corrections_path)
    labels = [int(v) for v in data["label"]]
    applied = 0
    for _, c in corrections.iterrows():
        row = int(c["row"])
        if row >= len(data):
            continue
        if int(data["label"].iloc[row]) != int(c["published_label"]) or data["template"].iloc[row] != c["template"]:
            return None, 0, f"corrections do not match this file (row {row})"
        labels[row] = int(c["logic_label"])
        applied += 1
    return labels, applied, str(corrections_path)


def _groups(frame: pd.DataFrame, key: str, label_col: str) -> dict:
    table = {}
    for value, group in frame.groupby(key, sort=True):
        s = score(group[label_col].astype(int).tolist(), group["prediction"].astype(int).tolist())
        s["n_differ_from_label"] = int((group[label_col] != group["prediction"]).sum())
        table[str(value)] = s
    return table


def evaluate(data: pd.DataFrame, corrections_path: Path | None = CORRECTIONS, progress: bool = True) -> tuple[pd.DataFrame, dict]:
    """Per-item records and the metrics dict for a Corr2Cause-format frame."""
    missing = {"input", "label"} - set(data.columns)
    if missing:
        raise SystemExit(f"the CSV needs the columns input,label(,num_variables,template); missing {sorted(missing)}")
    data = data.reset_index(drop=True)
    if "template" not in data:
        data["template"] = "unknown"
    if "num_variables" not in data:
        data["num_variables"] = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    records = []
    for row, text in enumerate(tqdm(data["input"], desc="corr2cause", unit="item", disable=not progress)):
        records.append({"row": row, **evaluate_item(text)})
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    frame = pd.DataFrame(records)
    frame["label"] = data["label"].astype(int)
    frame["template"] = data["template"]
    frame["num_variables"] = data["num_variables"]
    frame["hypothesis"] = [t.split("Hypothesis:")[-1].strip() if "Hypothesis:" in t else t[-200:] for t in data["input"]]
    corrected, n_applied, source = corrected_labels(data, corrections_path)
    frame["corrected_label"] = corrected if corrected is not None else frame["label"]

    metrics = score(frame["label"].tolist(), frame["prediction"].tolist())
    metrics.update(
        {
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu_seconds, 2),  # wall time is noisy on a shared machine
            "items_per_second": round(len(frame) / seconds, 1) if seconds else None,
            "device": "cpu (no model: deterministic reasoning)",
            "n_items": len(frame),
            "n_predicted_valid": int(frame["prediction"].sum()),
            "n_inconsistent": int((frame.get("consistent") == False).sum()) if "consistent" in frame else 0,  # noqa: E712
            "n_errors": int((frame["error"] != "").sum()),
            "n_differ_from_published": int((frame["prediction"] != frame["label"]).sum()),
            "per_template": _groups(frame, "template", "label"),
            "per_num_variables": _groups(frame, "num_variables", "label"),
        }
    )
    if corrected is not None:
        metrics["corrected"] = score(corrected, frame["prediction"].tolist())
        metrics["corrected"].update(
            {
                "n_corrections_applied": n_applied,
                "source": source,
                "n_differ_from_corrected": int((frame["prediction"] != frame["corrected_label"]).sum()),
            }
        )
    else:
        metrics["corrected"] = {"note": source}
    return frame, metrics


_DETAIL_COLUMNS = [
    "row", "template", "num_variables", "label", "corrected_label", "prediction", "hypothesis", "relation", "x", "y",
    "n_dags", "n_dags_holding", "equivalence_class", "witness_dag", "reason", "error",
]


def write_outputs(frame: pd.DataFrame, metrics: dict, out: Path, name: str = "") -> None:
    """metrics.json, predictions.csv (row,prediction), misclassified.csv and summary.md."""
    out.mkdir(parents=True, exist_ok=True)
    write_json(out / "metrics.json", metrics)
    frame[["row", "prediction"]].to_csv(out / "predictions.csv", index=False)
    columns = [c for c in _DETAIL_COLUMNS if c in frame.columns]
    frame.loc[frame["prediction"] != frame["label"], columns].to_csv(out / "misclassified.csv", index=False)
    if "corrected_label" in frame:
        frame.loc[frame["prediction"] != frame["corrected_label"], columns].to_csv(
            out / "misclassified_vs_corrected.csv", index=False
        )
    (out / "summary.md").write_text(summary_markdown(metrics, name) + "\n")


def summary_markdown(metrics: dict, name: str = "") -> str:
    keys = ("f1", "precision", "recall", "accuracy", "n", "tp", "fp", "fn", "tn")
    lines = [f"# Corr2Cause {name}".rstrip(), ""]
    lines.append(markdown_table(["labels", *keys], [["published", *(metrics[k] for k in keys)]] + (
        [["corrected by logic", *(metrics["corrected"][k] for k in keys)]] if "f1" in metrics["corrected"] else []
    ), digits=2))
    lines += ["", f"{metrics['n_items']} items in {metrics['seconds']} s ({metrics['cpu_seconds']} s CPU); "
              f"{metrics['n_inconsistent']} inconsistent, "
              f"{metrics['n_errors']} errors; {metrics['n_differ_from_published']} differ from the published label.", ""]
    for title, key in (("template", "per_template"), ("variables", "per_num_variables")):
        rows = [[k, v["n"], v["f1"], v["precision"], v["recall"], v["accuracy"], v["n_differ_from_label"]]
                for k, v in metrics[key].items()]
        lines += [markdown_table([title, "n", "f1", "precision", "recall", "accuracy", "differ"], rows, digits=2), ""]
    return "\n".join(lines)


def write_corrections(frame: pd.DataFrame, path: Path = CORRECTIONS) -> int:
    """Record every item where the logic differs from the published label (the corrections file)."""
    differ = frame.loc[frame["prediction"] != frame["label"]].copy()
    differ = differ.rename(columns={"label": "published_label", "prediction": "logic_label"})
    columns = ["row", "template", "num_variables", "published_label", "logic_label", "hypothesis", "relation",
               "n_dags", "n_dags_holding", "equivalence_class", "witness_dag", "reason"]
    path.parent.mkdir(parents=True, exist_ok=True)
    differ[columns].to_csv(path, index=False)
    return len(differ)


def _read(path: str | Path, limit: int | None) -> pd.DataFrame:
    path = Path(path)
    if not path.exists():
        raise SystemExit(f"no such file: {path} (pass --data PATH to a Corr2Cause CSV: input,label,num_variables,template)")
    data = pd.read_csv(path)
    return data.head(limit) if limit else data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval corr2cause", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="Corr2Cause CSV (input,label,num_variables,template)")
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="output folder")
    parser.add_argument("--limit", type=int, default=None, help="only the first N items")
    parser.add_argument("--corrections", default=str(CORRECTIONS), help="label corrections file ('' = none)")
    parser.add_argument("--robustness", action="store_true", help="also run every robustness set in eval/data")
    parser.add_argument("--write-corrections", action="store_true", help="rewrite the corrections file from --data")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    out = Path(args.out)
    corrections = Path(args.corrections) if args.corrections else None

    data = _read(args.data, args.limit)
    frame, metrics = evaluate(data, None if args.write_corrections else corrections, progress=not args.quiet)
    if args.write_corrections:
        n = write_corrections(frame, corrections or CORRECTIONS)
        print(f"wrote {n} corrections to {corrections or CORRECTIONS}")
        frame, metrics = evaluate(data, corrections, progress=False)
    write_outputs(frame, metrics, out if not args.robustness else out / "original", "original")
    print(summary_markdown(metrics, Path(args.data).name))
    if not args.robustness:
        return 0

    rows = [["original", metrics["f1"], metrics["corrected"].get("f1"), metrics["accuracy"], 0, metrics["seconds"]]]
    report = {"original": {"f1": metrics["f1"], "corrected_f1": metrics["corrected"].get("f1"), "seconds": metrics["seconds"]}}
    for name in ROBUSTNESS_SETS:
        path = HERE / "data" / f"corr2cause_{name}.csv.gz"
        set_frame, set_metrics = evaluate(_read(path, args.limit), corrections, progress=not args.quiet)
        write_outputs(set_frame, set_metrics, out / name, name)
        changed = set_frame.loc[set_frame["prediction"] != frame["prediction"], "row"].tolist()
        report[name] = {
            "data": str(path),
            "f1": set_metrics["f1"],
            "corrected_f1": set_metrics["corrected"].get("f1"),
            "accuracy": set_metrics["accuracy"],
            "n_predictions_changed": len(changed),
            "rows_changed": changed,
            "seconds": set_metrics["seconds"],
        }
        rows.append([name, set_metrics["f1"], set_metrics["corrected"].get("f1"), set_metrics["accuracy"], len(changed),
                     set_metrics["seconds"]])
    write_json(out / "robustness.json", report)
    table = markdown_table(["set", "f1 (published)", "f1 (corrected)", "accuracy", "predictions changed", "seconds"],
                           rows, digits=2)
    (out / "robustness.md").write_text("# Corr2Cause robustness\n\n" + table + "\n")
    print("\n" + table)
    return 1 if any(r[4] for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
