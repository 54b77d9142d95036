"""The frozen held-out sets written by data-only sessions (heldout2-9) and the dev sets beside them are well
formed: every label names columns of its dataset and a task kind of the schema, so a score on them measures
the parser and not a typo in a label. Data only; no parser is imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from copilot.task import TASK_KINDS

DATA = Path(__file__).resolve().parents[1] / "eval" / "data"
SETS = [(DATA / f"heldout{k}", "questions.jsonl", "datasets.json") for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79)] + \
    [(DATA, f"dev_extra_w{k}.jsonl", "extra_datasets.json") for k in (14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90)]


def _named(exp: dict) -> list[str]:
    names = [exp.get(f) for f in ("treatment", "outcome", "mediator", "instrument")]
    return [n for n in names + list(exp.get("covariates") or []) + list(exp.get("at") or {}) if n is not None]


@pytest.mark.parametrize("folder,questions,datasets", SETS, ids=lambda v: getattr(v, "name", v))
def test_labels_name_columns_of_their_dataset(folder, questions, datasets):
    profiles = json.loads((folder / datasets).read_text(encoding="utf-8"))
    items = [json.loads(line) for line in (folder / questions).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(items) >= 280
    for item in items:
        exp = item["expected"]
        assert exp["kind"] in TASK_KINDS, item["question"]
        if item["dataset"] == "none" or exp["kind"] == "audit":
            continue
        columns = set(profiles[item["dataset"]]["columns"])
        assert set(_named(exp)) <= columns, (item["question"], set(_named(exp)) - columns)
