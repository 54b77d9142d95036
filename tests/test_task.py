"""The task JSON and the result models: validation, discriminator, schema."""

import json

import pytest
from pydantic import ValidationError

from copilot.results import EffectResult, parse_result, result_schema
from copilot.task import TASK_KINDS, AteTask, MediationTask, parse_task, task_schema, task_to_dict


def test_each_kind_round_trips_through_json():
    examples = [
        {"kind": "discover", "variables": ["a", "b"], "tiers": [["a"], ["b"]]},
        {"kind": "ate", "treatment": "smoking", "outcome": "heart_disease", "covariates": ["age"]},
        {"kind": "cate", "treatment": "coupon", "outcome": "spend", "modifiers": ["age"], "at": {"age": 60}},
        {"kind": "policy", "treatment": "coupon", "outcome": "spend", "features": ["age"]},
        {"kind": "mediation", "treatment": "exercise", "outcome": "bp", "mediator": "bmi"},
        {"kind": "relation", "premise": "A correlates with B.", "hypothesis": "A directly causes B."},
        {"kind": "generate", "spec": "confounder", "rows": 50},
        {"kind": "audit", "spec": "clinical", "treatment": "race", "outcome": "therapy"},
        {"kind": "unsupported", "reason": "not a causal question"},
    ]
    assert sorted(e["kind"] for e in examples) == sorted(TASK_KINDS)
    for example in examples:
        task = parse_task(example)
        assert task.kind == example["kind"]
        assert parse_task(json.dumps(task_to_dict(task))) == task


def test_columns_lists_every_named_variable_once():
    task = parse_task(
        {
            "kind": "mediation",
            "treatment": "x",
            "outcome": "y",
            "mediator": "m",
            "covariates": ["age", "x"],
            "conditions": [{"column": "age", "op": ">", "value": 60}],
        }
    )
    assert isinstance(task, MediationTask)
    assert task.columns() == ["x", "y", "age", "m"]


def test_invalid_tasks_are_refused():
    with pytest.raises(ValidationError):
        parse_task({"kind": "ate", "treatment": "x"})  # no outcome
    with pytest.raises(ValidationError):
        parse_task({"kind": "teleport"})
    with pytest.raises(ValidationError):
        AteTask(treatment="x", outcome="y", surprise=1)  # unknown field


def test_schemas_name_every_kind():
    schema = json.dumps(task_schema())
    for kind in TASK_KINDS:
        assert f'"{kind}"' in schema
    assert "EffectResult" in json.dumps(result_schema())


def test_result_round_trip():
    result = EffectResult(
        treatment="t", outcome="y", estimate=1.5, ci_low=1.0, ci_high=2.0, method="linear_regression",
        estimand="backdoor", adjustment_set=["age"], n_rows_used=100,
    )
    assert parse_result(result.model_dump_json()) == result
