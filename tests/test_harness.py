"""The evaluation harness: resumable JSONL, error records, executors, report helpers."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eval import harness


def square(item: dict) -> dict:
    """Module-level (picklable) evaluator used with the process executor."""
    if item.get("fail"):
        raise RuntimeError(f"bad item {item['i']}")
    return {"value": item["i"] ** 2}


def test_run_items_writes_one_record_per_item_and_resumes(tmp_path: Path):
    calls: list[int] = []

    def fn(item):
        calls.append(item["i"])
        return square(item)

    items = [{"i": i, "seed": 7} for i in range(5)]
    path = tmp_path / "items.jsonl"
    first = harness.run_items(items[:3], fn, path, key=lambda it: f"k{it['i']}", seed_of=lambda it: it["seed"])
    assert first.n_new == 3 and first.n_resumed == 0
    assert [json.loads(line)["value"] for line in path.read_text().splitlines()] == [0, 1, 4]
    assert all(r["seed"] == 7 and r["seconds"] >= 0 for r in first.records)

    second = harness.run_items(items, fn, path, key=lambda it: f"k{it['i']}")
    assert second.n_resumed == 3 and second.n_new == 2
    assert calls == [0, 1, 2, 3, 4]  # nothing ran twice
    assert [r["value"] for r in second.records] == [0, 1, 4, 9, 16]  # item order, not finish order

    fresh = harness.run_items(items[:1], fn, path, key=lambda it: f"k{it['i']}", fresh=True)
    assert fresh.n_new == 1 and len(path.read_text().splitlines()) == 1


def test_errors_are_recorded_and_retried(tmp_path: Path):
    path = tmp_path / "items.jsonl"
    items = [{"i": 0}, {"i": 1, "fail": True}]
    summary = harness.run_items(items, square, path, key=lambda it: str(it["i"]))
    assert summary.n_errors == 1 and "bad item 1" in summary.errors[0]["error"]
    fixed = [{"i": 0}, {"i": 1}]
    again = harness.run_items(fixed, square, path, key=lambda it: str(it["i"]))
    assert again.n_resumed == 1 and again.n_new == 1 and again.n_errors == 0
    assert [r["value"] for r in again.records] == [0, 1]


def test_torn_last_line_is_ignored(tmp_path: Path):
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"key": "0", "value": 0}) + "\n" + '{"key": "1", "val')
    assert harness.read_jsonl(path) == [{"key": "0", "value": 0}]
    summary = harness.run_items([{"i": 0}, {"i": 1}], square, path, key=lambda it: str(it["i"]))
    assert summary.n_resumed == 1 and [r["value"] for r in summary.records] == [0, 1]


def test_duplicate_keys_rejected(tmp_path: Path):
    with pytest.raises(ValueError, match="unique"):
        harness.run_items([{"i": 0}, {"i": 0}], square, tmp_path / "x.jsonl", key=lambda it: str(it["i"]))


def test_joblib_executor_runs_in_processes(tmp_path: Path):
    executor = harness.make_executor(2)
    assert isinstance(executor, harness.JoblibExecutor) and executor.n_jobs == 2
    assert isinstance(harness.make_executor(1), harness.SerialExecutor)
    items = [{"i": i} for i in range(6)]
    summary = harness.run_items(items, square, tmp_path / "p.jsonl", key=lambda it: str(it["i"]), executor=executor)
    assert [r["value"] for r in summary.records] == [i * i for i in range(6)]


def test_report_helpers(tmp_path: Path):
    table = harness.markdown_table(["a", "b"], [["x", 0.123456], ["y", None], ["z", float("nan")]], digits=3)
    assert table.splitlines()[2] == "| x | 0.123 |" and "| y | – |" in table and "| z | – |" in table
    png = harness.scatter_grid({"one": ([0, 1, 2], [0.1, 1.1, 1.9]), "two": ([0, 1], [1, 0])}, tmp_path / "s.png", title="t")
    bars = harness.grouped_bars({"g1": {"a": 0.9, "b": None}, "g2": {"a": 0.5, "b": 1.0}}, tmp_path / "b.png",
                                title="t", ylabel="y", reference=0.95)
    for path in (png, bars):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 2000
    info = harness.run_info(["x"], seed=3, executor=harness.SerialExecutor())
    assert info["seed"] == 3 and info["command"] == "python -m eval x" and "numpy" in info


@pytest.mark.shared_data("corr2cause/test.csv")
def test_run_all_runs_suites_and_skips_missing(tmp_path: Path, monkeypatch):
    """`python -m eval all` on a smoke slice: a real suite runs, a missing one is skipped, not fatal."""
    from eval import run_all

    data = run_all.SHARED_DATA
    missing = run_all.Suite("ghost", "eval.no_such_suite", lambda out, d, limit: [], "not written yet")
    monkeypatch.setattr(run_all, "SUITES", (*run_all.SUITES, missing))
    out = tmp_path / "all"
    code = run_all.main(["--only", "corr2cause,ghost", "--limit", "5", "--out", str(out), "--data-root", str(data)])
    summary = json.loads((out / "summary.json").read_text())
    status = {s["suite"]: s["status"] for s in summary["suites"]}
    assert status == {"corr2cause": "ok", "ghost": "skipped"} and code == 0
    assert (out / "corr2cause").is_dir() and "| ghost | skipped |" in (out / "report.md").read_text()
    assert run_all.main(["--only", "nope", "--out", str(out)]) == 2


@pytest.mark.slow
def test_ray_executor_runs_items_on_a_local_ray(tmp_path: Path):
    """The Ray backend of the executor interface: items go out as Ray tasks, results stream back."""
    import ray

    executor = harness.make_executor(2, "ray")
    assert isinstance(executor, harness.RayExecutor) and executor.n_jobs == 2
    assert isinstance(harness.make_executor(1, address="auto"), harness.RayExecutor)
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])  # this test module is not on the workers' path
    items = [{"i": i} for i in range(5)]
    summary = harness.run_items(items, square, tmp_path / "r.jsonl", key=lambda it: str(it["i"]), executor=executor)
    assert [r["value"] for r in summary.records] == [i * i for i in range(5)] and summary.n_new == 5
    again = harness.run_items(items, square, tmp_path / "r.jsonl", key=lambda it: str(it["i"]), executor=executor)
    assert again.n_new == 0 and again.n_resumed == 5
