"""`python -m eval agent` on a tiny slice of the paper's SD-SCM data (2 datasets), no LM."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.agent import DEFAULT_CONFIG, main
from eval.agent_case import TEMPLATES, Item, build_case, load_config, make_question, naming_from_config
from eval.harness import read_jsonl

DATA = DEFAULT_CONFIG.parent / "gpt2"
pytestmark = pytest.mark.shared_data("sdscm_bcancer/gpt2", "sdscm_bcancer/breast_cancer_config.json")


def _slice(tmp_path: Path, n: int = 2) -> Path:
    """A folder of the first n datasets (symlinks: the shared data are never copied)."""
    folder = tmp_path / "gpt2"
    folder.mkdir()
    for src in sorted(DATA.glob("*.csv.gz"))[:n]:
        (folder / src.name).symlink_to(src)
    return folder


def test_user_table_is_renamed_from_the_config_and_hides_the_truth():
    path = sorted(DATA.glob("*.csv.gz"))[0]
    frame, tcol, ycol, truth, question, naming = build_case(
        Item(lm="gpt2", path=str(path), index=0, setting="all", model="none", seed=0, config=str(DEFAULT_CONFIG))
    )
    assert tcol == "pd_l1_level" and ycol == "log_prob_aromatase_inhibitor_therapy"
    assert set(frame[tcol]) == {"low", "high"}
    assert len(frame.columns) == 14 and not any("|do(" in c or c.startswith("logP") for c in frame.columns)
    assert "age" in frame.columns and frame["age"].dtype.kind == "i"
    assert -1 < truth < 1 and "PD-L1 level" in question
    hidden, *_ = build_case(Item(lm="gpt2", path=str(path), index=0, setting="hidden", model="none", seed=0,
                                 config=str(DEFAULT_CONFIG)))
    assert len(hidden.columns) == 10 and "age" not in hidden.columns


def test_phrasings_vary_across_datasets():
    naming = naming_from_config(load_config(DEFAULT_CONFIG), "X12", "logP(X13=0)", [f"X{i}" for i in range(12)], "0", "1")
    questions = {make_question(naming, "X12", "logP(X13=0)", i) for i in range(len(TEMPLATES))}
    assert len(questions) == len(TEMPLATES)


def test_summary_metrics_from_records():
    from eval.agent import summarize

    records = [
        {"ask_seconds": 2.0, "parsed_right": True, "kind_ok": True, "estimate": 0.5, "true_ate": 0.4, "ate_error": 0.1,
         "covered": True},
        {"ask_seconds": 4.0, "parsed_right": False, "kind_ok": True, "estimate": 0.1, "true_ate": 0.2, "ate_error": -0.1,
         "covered": False, "clarification": None},
        {"ask_seconds": 3.0, "parsed_right": False, "kind_ok": False, "estimate": None, "true_ate": 0.3, "ate_error": None,
         "covered": None, "clarification": "Which column is the outcome?"},
        {"key": "broken", "error": "ValueError: bad file"},
    ]
    m = summarize(records)
    assert m["n"] == 3 and m["n_failed_items"] == 1
    assert m["parsed_right"] == pytest.approx(1 / 3) and m["kind_accuracy"] == pytest.approx(2 / 3)
    assert m["answered"] == pytest.approx(2 / 3) and m["clarifications"] == 1
    assert m["ate_rmse"] == pytest.approx(0.1) and m["ate_bias"] == pytest.approx(0.0, abs=1e-12)
    assert m["ate_r2"] == pytest.approx(1 - 0.02 / 0.02)  # truths 0.4, 0.2: SS_tot = 0.02, SS_res = 0.02
    assert m["coverage"] == 0.5 and m["median_seconds"] == 3.0


# Slow: dowhy's back-door identification enumerates adjustment sets over the one-hot covariates
# (~1 min per question on this machine with 12 categorical covariates).
@pytest.mark.slow
def test_eval_agent_on_a_tiny_slice_writes_metrics_and_resumes(tmp_path):
    data = _slice(tmp_path)
    out = tmp_path / "out"
    assert main(["--data", str(data), "--out", str(out), "--model", "none"]) == 0
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["n"] == 2 and metrics["parsed_right"] == 1.0 and metrics["answered"] == 1.0
    assert metrics["ate_rmse"] < 0.05  # true ATEs here are ~0.01 on the log-probability scale
    assert metrics["median_seconds"] > 0
    records = read_jsonl(out / "items.jsonl")
    assert len(records) == 2 and all(r["seed"] == 0 for r in records)
    # coverage counts the intervals that contain the true ATE: here the first dataset's misses it
    # (true -0.00274, 95% CI about [-0.00228, 0.00179]) and the second's contains it
    assert [r["covered"] for r in sorted(records, key=lambda r: r["dataset"])] == [False, True]
    assert all(r["covered"] == (r["ci_low"] <= r["true_ate"] <= r["ci_high"]) for r in records)
    assert metrics["coverage"] == 0.5
    assert (out / "report.md").read_text().startswith("# Agent end to end")
    assert (out / "ate_scatter.png").stat().st_size > 0
    # a second run resumes: nothing is asked again
    before = (out / "items.jsonl").read_text()
    assert main(["--data", str(data), "--out", str(out), "--model", "none"]) == 0
    assert (out / "items.jsonl").read_text() == before
