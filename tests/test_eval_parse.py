"""`python -m eval parse`: metrics, per-kind table, failures file, and the shipped benchmark's shape."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from eval.__main__ import main as eval_main
from eval.parse_bench import load_items, run, same_variable, score_item

DATA = Path(__file__).resolve().parents[1] / "eval" / "data" / "questions.jsonl"


def test_shipped_benchmark_is_large_and_varied():
    items = load_items(DATA)
    assert len(items) >= 300
    kinds = Counter(i["expected"]["kind"] for i in items)
    assert {"discover", "ate", "cate", "mediation", "relation", "generate", "unsupported"} <= set(kinds)
    datasets = {tuple(i["columns"]) for i in items if i["columns"]}
    assert len(datasets) >= 6
    assert sum(i["columns"] is None for i in items) >= 30
    assert len({i["question"] for i in items}) == len(items), "duplicate questions"
    for item in items:  # expected columns exist in the item's data
        if item["columns"] and not item["expected"].get("clarify"):
            for f in ("treatment", "outcome", "mediator"):
                value = item["expected"].get(f)
                assert value is None or value in item["columns"], (item["question"], value)


def test_scoring_rules():
    item = {"question": "q", "columns": None, "expected": {"kind": "ate", "treatment": "the test scores",
                                                            "outcome": "sleep", "mediator": None}}
    good = {"kind": "ate", "treatment": "test score", "outcome": "sleep", "mediator": None, "asked": False}
    assert score_item(item, good) == (True, True)
    assert score_item(item, {**good, "outcome": "sleep quality"}) == (True, False)
    assert score_item(item, {**good, "kind": "cate"}) == (False, False)
    assert score_item(item, {**good, "asked": True}) == (False, False)
    clarify = {"question": "q", "columns": ["a"], "expected": {"kind": "ate", "clarify": True}}
    assert score_item(clarify, {**good, "asked": True}) == (True, True)
    assert score_item(clarify, good) == (True, False)
    assert same_variable("spend", "spend", free=False) and not same_variable("spend", "Spend", free=False)


def test_run_counts_failures(tmp_path):
    items = [
        {"question": "What is the effect of smoking on blood pressure?", "columns": ["smoker", "blood_pressure"],
         "expected": {"kind": "ate", "treatment": "smoker", "outcome": "blood_pressure", "mediator": None}},
        # deliberately wrong expectation: must show up as a failure
        {"question": "Draw the causal graph", "columns": ["a", "b"],
         "expected": {"kind": "ate", "treatment": "a", "outcome": "b", "mediator": None}},
    ]
    metrics, failures = run(items, lm=None, progress=False)
    assert metrics["n"] == 2 and metrics["exact_match"] == 0.5 and metrics["kind_accuracy"] == 0.5
    assert metrics["per_kind"]["ate"]["n"] == 2
    assert len(failures) == 1 and failures[0]["got"]["kind"] == "discover"


def test_cli_writes_metrics_and_failures(tmp_path, capsys):
    none = {"treatment": None, "outcome": None, "mediator": None}
    items = [  # three the rule-based parser gets right, one whose expectation is deliberately wrong
        {"question": "What is the effect of smoking on blood pressure?", "columns": ["smoker", "blood_pressure"],
         "split": "dev", "expected": {"kind": "ate", "treatment": "smoker", "outcome": "blood_pressure", "mediator": None}},
        {"question": "Draw the causal graph of these variables.", "columns": ["a", "b", "c"], "split": "dev",
         "expected": {"kind": "discover", **none}},
        {"question": "A correlates with B. B correlates with C. However, A is independent of C. Does B cause C?",
         "columns": None, "split": "test", "expected": {"kind": "relation", **none}},
        {"question": "What's the weather tomorrow in Paris?", "columns": None, "split": "test",
         "expected": {"kind": "ate", "treatment": "weather", "outcome": "paris", "mediator": None}},
    ]
    data = tmp_path / "q.jsonl"
    data.write_text("\n".join(json.dumps(x) for x in items) + "\n")
    out = tmp_path / "out"
    assert eval_main(["parse", "--data", str(data), "--out", str(out), "--model", "none"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["n"] == 4 and metrics["model"] == "none"
    assert metrics["exact_match"] == 0.75 and metrics["kind_accuracy"] == 0.75
    assert metrics["clarifications"] == 0 and metrics["silently_wrong"] == 0.25
    assert {k: (v["n"], v["exact_match"]) for k, v in metrics["per_kind"].items()} == {
        "ate": (2, 0.5), "discover": (1, 1.0), "relation": (1, 1.0)}
    assert {k: (v["n"], v["exact_match"]) for k, v in metrics["per_split"].items()} == {"dev/q": (2, 1.0), "test/q": (2, 0.5)}
    assert metrics["median_seconds"] > 0
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [(f["question"], f["got"]["kind"]) for f in failures] == [(items[3]["question"], "unsupported")]
    assert "exact_match" in capsys.readouterr().out


def test_optional_fields_and_silently_wrong():
    cols = ["qsmk", "wt82_71", "tax71", "age"]
    items = [
        {"question": "Using tax71 as an instrument for qsmk, what is the effect on wt82_71?", "columns": cols,
         "split": "dev", "expected": {"kind": "ate", "treatment": "qsmk", "outcome": "wt82_71", "mediator": None,
                                      "instrument": "tax71", "estimand": "ate"}},
        # deliberately wrong expected instrument: a task comes back without a question -> silently wrong
        {"question": "Using tax71 as an instrument for qsmk, what is the effect on wt82_71 ?", "columns": cols,
         "split": "test", "expected": {"kind": "ate", "treatment": "qsmk", "outcome": "wt82_71", "mediator": None,
                                       "instrument": "age"}},
        {"question": "What is the effect of qsmk on wt82_71 when age = 50?", "columns": cols, "split": "dev",
         "expected": {"kind": "cate", "treatment": "qsmk", "outcome": "wt82_71", "mediator": None, "at": {"age": 50}}},
    ]
    metrics, failures = run(items, lm=None, progress=False)
    assert metrics["per_split"]["dev"]["exact_match"] == 1.0
    assert metrics["per_split"]["test"]["silently_wrong"] == 1.0 and metrics["silently_wrong"] == round(1 / 3, 4)
    assert len(failures) == 1 and failures[0]["got"]["instrument"] == "tax71"
    for key in ("exact_match", "kind_accuracy", "clarifications", "silently_wrong", "median_seconds"):
        assert key in metrics["per_split"]["dev"]
