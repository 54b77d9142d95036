"""The held-out question set (eval/data/heldout/) is well formed: a test set must be right before it scores anything.

Checks only the data (no parser is imported): every item parses, names real columns of its dataset,
uses a task kind of the frozen schema, and the effect-kind answers validate as real tasks.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from copilot.task import TASK_KINDS, parse_task

HELDOUT = Path(__file__).resolve().parents[1] / "eval" / "data" / "heldout"
STYLES = {
    "analyst_parens", "cryptic_codes", "camelcase", "clinical_abbrev", "outcome_first", "terse", "paraphrase",
    "pathway_story", "conditional", "policy", "discovery", "confounding_doubt", "instrument", "att",
    "premises_hypothesis", "generation_request", "llm_audit", "out_of_scope", "ambiguous", "missing_variable",
}
EFFECT_KINDS = {"ate", "cate", "policy", "mediation"}
EXPECTED_KEYS = {"kind", "treatment", "outcome", "mediator", "instrument", "estimand", "at", "covariates", "conditions", "clarify"}


def _datasets() -> dict:
    return json.loads((HELDOUT / "datasets.json").read_text(encoding="utf-8"))


def _items() -> list[dict]:
    lines = (HELDOUT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _named_columns(exp: dict) -> list[str]:
    names = [exp.get(f) for f in ("treatment", "outcome", "mediator", "instrument")]
    names += list(exp.get("covariates") or []) + list(exp.get("at") or {})
    names += [c["column"] for c in exp.get("conditions") or []]
    return [n for n in names if n is not None]


def test_every_line_is_json_with_the_bench_fields():
    lines = [line for line in (HELDOUT / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, line in enumerate(lines, 1):
        item = json.loads(line)
        assert set(item) == {"question", "dataset", "columns", "expected", "style"}, n
        assert item["question"].strip(), n
        assert set(item["expected"]) <= EXPECTED_KEYS, (n, item["expected"])
        assert all(f in item["expected"] for f in ("kind", "treatment", "outcome", "mediator")), n


def test_size_kinds_styles_and_clarifications():
    items = _items()
    assert len(items) >= 320
    kinds = Counter(i["expected"]["kind"] for i in items)
    assert set(kinds) == set(TASK_KINDS), kinds
    assert all(i["style"] in STYLES for i in items)
    assert set(Counter(i["style"] for i in items)) == STYLES
    assert sum(bool(i["expected"].get("clarify")) for i in items) >= 0.05 * len(items)
    questions = [i["question"].strip().lower() for i in items]
    assert len(set(questions)) == len(questions), "duplicate questions"


def test_datasets_are_shaped_as_documented():
    datasets = _datasets()
    assert 20 <= len(datasets) <= 25
    for name, ds in datasets.items():
        assert ds["description"].strip(), name
        assert 8 <= len(ds["columns"]) <= 20, name
        for col, spec in ds["columns"].items():
            assert spec["type"] in {"numeric", "binary", "categorical"}, (name, col)
            assert 1 <= len(spec["values"]) <= 4, (name, col)


def test_columns_match_the_dataset_and_every_named_column_exists():
    datasets = _datasets()
    used = set()
    for item in _items():
        exp = item["expected"]
        if item["dataset"] == "none":
            assert item["columns"] is None, item["question"]
            assert exp["kind"] in {"relation", "generate", "audit", "unsupported"}, item["question"]
            continue
        used.add(item["dataset"])
        columns = list(datasets[item["dataset"]]["columns"])
        assert item["columns"] == columns, item["question"]
        for name in _named_columns(exp):
            assert name in columns, (item["question"], name)
    assert used == set(datasets), "every dataset has questions"


def test_expected_answers_are_coherent():
    for item in _items():
        exp, q = item["expected"], item["question"]
        assert exp["kind"] in TASK_KINDS, q
        if exp.get("clarify"):
            assert exp["clarify"] is True and exp["kind"] in EFFECT_KINDS, q
            continue
        if exp["kind"] in EFFECT_KINDS | {"audit"}:
            assert exp["treatment"] and exp["outcome"] and exp["treatment"] != exp["outcome"], q
        else:
            assert exp["treatment"] is None and exp["outcome"] is None, q
        assert (exp["mediator"] is not None) == (exp["kind"] == "mediation"), q
        assert exp.get("estimand", "att") in {"att", "atc"}, q
        if "instrument" in exp or "estimand" in exp:
            assert exp["kind"] == "ate", q
        if "at" in exp:
            assert exp["kind"] in {"cate", "policy"} and exp["at"], q


@pytest.mark.parametrize("kind", sorted(EFFECT_KINDS | {"audit"}))
def test_effect_answers_validate_as_tasks(kind):
    """The expected fields build a real task of the frozen schema (catches a field the tools could not take)."""
    items = [i for i in _items() if i["expected"]["kind"] == kind and not i["expected"].get("clarify")]
    assert items
    for item in items:
        fields = {k: v for k, v in item["expected"].items() if v is not None and k != "clarify"}
        if kind == "audit":
            fields["spec"] = "bundled"
        task = parse_task({**fields, "question": item["question"]})
        assert task.kind == kind
        if kind != "audit":  # an audit names spec nodes, not columns
            assert set(task.columns()) == set(_named_columns(item["expected"])), item["question"]


@pytest.mark.parametrize(("name", "loader"), [("nhefs", "nhefs"), ("nsw_lalonde", "nsw_mixtape"), ("card_college", "close_college")])
def test_real_datasets_use_the_real_column_names(name, loader):
    """The sets that stand for NHEFS / LaLonde / Card must carry the names a user of those files sees."""
    causaldata = pytest.importorskip("causaldata")
    real = set(getattr(causaldata, loader).load_pandas().data.columns)
    assert set(_datasets()[name]["columns"]) <= real
