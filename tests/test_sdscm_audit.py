"""LLM audits on the real embedded SmolLM2: exact zero where the outcome cannot see the treatment,
a real effect where it can, the same numbers through the log-probability interface and a real
OpenAI-compatible server, the explanation's numbers, and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from copilot.errors import UserError
from copilot.explain import check_numbers, explain
from copilot.results import parse_result
from copilot.task import AuditTask
from tools.sdscm.audit import run
from tools.sdscm.lm import load_lm

ROOT = Path(__file__).resolve().parent.parent


def _spec(outcome_parents: list[str]) -> dict:
    """Group -> (maybe) verdict; `note` is a second root the verdict may see instead."""
    return {
        "name": "tiny_audit",
        "variables": [
            {"name": "group", "candidates": ["red", "blue"], "exogenous": True,
             "phrasings": [{"prefix": "The team is ", "suffix": "."}, {"prefix": "Team colour: ", "suffix": "."}]},
            {"name": "note", "candidates": ["late", "early"], "exogenous": True,
             "phrasings": [{"prefix": "The report came ", "suffix": "."}, {"prefix": "Delivery: ", "suffix": "."}]},
            {"name": "verdict", "candidates": ["good", "bad"], "parents": outcome_parents,
             "phrasings": [{"prefix": "The work is ", "suffix": "."}, {"prefix": "Verdict: ", "suffix": "."}]},
        ],
    }


@pytest.fixture(scope="module")
def lm():
    return load_lm("smollm2")


@pytest.fixture()
def spec_file(tmp_path):
    def write(parents):
        path = tmp_path / f"audit_{'_'.join(parents)}.json"
        path.write_text(json.dumps(_spec(parents)))
        return str(path)
    return write


def _task(path: str, **kw) -> AuditTask:
    return AuditTask(spec=path, treatment="group", outcome="verdict", units=24, **kw)


def test_effect_is_exactly_zero_when_the_outcome_cannot_see_the_treatment(lm, spec_file):
    r = run(_task(spec_file(["note"])), lm=lm)
    assert r.exactly_zero and r.ate == 0.0 and r.ci_low == 0.0 == r.ci_high
    assert r.phrasing_effects == [0.0, 0.0] and r.share_units_changed == 0.0
    assert r.model == "smollm2" and r.phrasings == 2 and r.units == 24
    text = explain(_task(spec_file(["note"])), r)
    assert "exactly 0" in text and "smollm2" in text and check_numbers(text, None, r)


def test_effect_is_exact_and_nonzero_when_it_can(lm, spec_file):
    path = spec_file(["group", "note"])
    r = run(_task(path, treatment_values=("red", "blue"), outcome_value="good"), lm=lm)
    assert not r.exactly_zero and abs(r.ate) > 1e-4
    assert r.ate == pytest.approx(r.p_treated - r.p_control, abs=1e-12)
    assert r.ate == pytest.approx(np.mean(r.phrasing_effects), abs=1e-12)
    assert r.ci_low < r.ate < r.ci_high and r.se_phrasings is not None
    # two outcome values: the effects on P(good) and P(bad) cancel exactly
    assert r.value_effects["good"] == pytest.approx(-r.value_effects["bad"], abs=1e-9)
    assert r.value_effects["good"] == pytest.approx(r.ate, abs=1e-9)
    # the same numbers through the text-only interface (what a server offers), to rounding
    from copilot.lm import get_lm

    text_lm = get_lm("smollm2")
    t = run(_task(path, treatment_values=("red", "blue"), outcome_value="good"), lm=text_lm)
    assert t.backend.startswith("log-probabilities") and t.model == "smollm2"
    assert t.ate == pytest.approx(r.ate, abs=0.03)
    parsed = parse_result(r.model_dump(mode="json"))
    assert parsed.kind == "audit"
    assert check_numbers(explain(_task(path), r), _task(path), r)


def test_shifted_variables_and_direct_effect(lm):
    r = run(AuditTask(spec="audit_demand", treatment="price", outcome="demand", units=16), lm=lm)
    assert r.direct_effect is not None and r.control == "$3" and r.treated == "$6"
    assert r.shifted_tv["economy"] > 0  # the price sentence changes what the model writes about the economy
    text = explain(AuditTask(spec="audit_demand", treatment="price", outcome="demand"), r)
    assert "direct effect" in text and check_numbers(text, None, r)
    if r.shifted:  # the price moved what the model writes about the economy for some units
        assert "economy" in r.shifted and any("shifts" in w for w in r.warnings)
    else:  # nothing moved: holding it fixed is the same computation
        assert r.direct_effect == pytest.approx(r.ate, abs=1e-12)


def test_bad_audit_input_is_a_clear_error(lm):
    with pytest.raises(UserError, match="not a value of the treatment"):
        run(AuditTask(spec="audit_clinical", treatment="race", outcome="therapy", treatment_values=("White", "Martian")), lm=lm)
    with pytest.raises(UserError, match="Unknown variable 'gender'"):
        run(AuditTask(spec="audit_hiring", treatment="gender", outcome="decision"), lm=lm)


@pytest.fixture(scope="module")
def server_url():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COPILOT_TORCH_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "copilot.lm_server", "--model", "smollm2", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)
    try:
        line = proc.stdout.readline()
        assert line.startswith("listening on "), f"server did not start: {line!r}"
        yield line.split()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_audit_through_an_openai_compatible_server(server_url, spec_file):
    r = run(_task(spec_file(["note"]), model=f"openai:{server_url}"))
    assert r.exactly_zero and r.model.startswith("openai:") and server_url.rstrip("/") in r.model
    nz = run(_task(spec_file(["group"]), model=f"openai:{server_url}"))
    assert not nz.exactly_zero and nz.ate != 0


@pytest.mark.slow
def test_shipped_example_runs_from_the_cli():
    task = {"kind": "audit", "spec": "audit_clinical", "treatment": "race", "outcome": "therapy",
            "treatment_values": ["White", "Black"], "units": 12, "model": "smollm2"}
    proc = subprocess.run([sys.executable, "-m", "copilot", "ask", "--model", "none", "--task", json.dumps(task), "--json"],
                          capture_output=True, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["result"]["kind"] == "audit" and out["result"]["model"] == "smollm2"
    assert out["result"]["control"] == "White" and out["result"]["treated"] == "Black" and out["result"]["phrasings"] == 2
    assert "smollm2" in out["explanation"] and "P(therapy = cardiac catheterization)" in out["explanation"]


@pytest.mark.parametrize("question,spec,attribute,decision", [
    ("Does the chatbot's loan approval depend on the applicant's nationality?", "decision", "nationality", "loan approval"),
    ("Would GPT-4 suggest a different opioid dose if the patient were a woman instead of a man?", "decision", "gender",
     "opioid dose"),
    ("Is the language model's bail recommendation causally affected by the defendant's race?", "decision", "race", "bail recommendation"),
    ("Test whether GPT's hiring decision changes with the candidate's age.", "hiring", "age", "hiring decision"),
    ("Does our LLM recommend a different therapy when the patient is Black instead of white?", "clinical", "race", "therapy"),
])
def test_an_audit_asked_about_any_decision_audits_that_decision(question, spec, attribute, decision, lm):
    from copilot.parse import parse_question
    from tools.sdscm.audit import audit_spec

    task = parse_question(question).task
    assert isinstance(task, AuditTask)
    assert (task.spec, task.treatment, task.outcome) == (spec, attribute, decision)
    loaded = audit_spec(task)  # the generic spec for a decision no bundled scenario makes; the bundled one by its short name
    assert {task.treatment, task.outcome} <= set(loaded.names)


def test_the_generic_decision_spec_runs_on_a_real_model(lm):
    task = AuditTask(spec="decision", treatment="nationality", outcome="loan approval", units=8)
    r = run(task, lm=lm)
    assert (r.treatment, r.outcome, r.control, r.treated) == ("nationality", "loan approval", "American", "Nigerian")
    assert r.outcome_value == "favourable" and -1.0 <= r.ate <= 1.0 and r.ci_low <= r.ate <= r.ci_high


def test_an_attribute_without_known_values_says_how_to_give_them():
    from tools.sdscm.decision_spec import decision_spec

    with pytest.raises(UserError, match="treatment_values"):
        decision_spec("shoe size", "loan approval")
    assert decision_spec("shoe size", "loan approval", ("small", "large"))["variables"][1]["candidates"] == ["small", "large"]
