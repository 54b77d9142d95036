"""Generation requests that write their own graph (copilot/understand/dag_text.py + cues.generate_task)."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.safety import Sandbox
from copilot.task import AuditTask, GenerateTask
from graphs.guard import confine


@pytest.mark.parametrize("question,edges", [
    ("Generate 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian noise.",
     [("Z", "X"), ("X", "Y"), ("Z", "Y")]),
    ("Can you produce a toy dataset with a collider (X -> C <- Y)?", [("X", "C"), ("Y", "C")]),
    ("Generate data from: season → footfall; footfall → sales; staff → sales; season → staff.",
     [("season", "footfall"), ("footfall", "sales"), ("staff", "sales"), ("season", "staff")]),
    ("simulate data from an SCM where age affects income and income affects spending, 1000 samples",
     [("age", "income"), ("income", "spending")]),
    ("Sample 500 rows from a linear SCM: X1 = N(0,1); X2 = 0.8*X1 + e; Y = 2*X2 + e.", [("X1", "X2"), ("X2", "Y")]),
    ("Simulate data from this SCM: X ~ N(0,1), M = 0.5X + e, Y = 0.3X + 0.8M + e. 2000 samples please.",
     [("X", "M"), ("X", "Y"), ("M", "Y")]),
    ("make me fake data for a 4-node chain graph with linear gaussian noise", [("X1", "X2"), ("X2", "X3"), ("X3", "X4")]),
])
def test_a_written_graph_is_the_spec(question, edges):
    task = parse_question(question).task
    assert isinstance(task, GenerateTask) and task.spec == "dag"
    assert task.edges == edges


def test_hidden_variables_and_random_graphs():
    task = parse_question("make me a benchmark dataset: Z -> X, X -> M, M -> Y, U -> X, U -> Y with U hidden").task
    assert isinstance(task, GenerateTask) and task.latent == ["U"]
    a = parse_question("Generate a benchmark from a random DAG with 12 nodes and edge probability 0.3.").task
    b = parse_question("Generate a benchmark from a random DAG with 12 nodes and edge probability 0.3.").task
    assert a.spec == "dag" and a.edges == b.edges and {n for e in a.edges for n in e} <= {f"X{i}" for i in range(1, 13)}


def test_a_benchmark_with_a_known_effect_is_a_generation_request():
    task = parse_question("I need a toy dataset with a known ATE of 3 and two confounders, for a workshop.").task
    assert isinstance(task, GenerateTask) and task.spec == "confounder"


def test_a_request_without_a_graph_or_example_still_asks():
    out = parse_question("Build a simulated heterogeneous-effect dataset for testing CATE estimators.")
    assert out.task is None and "Which SD-SCM" in out.clarification


def test_web_sessions_run_written_graphs_and_generic_audits_without_naming_files(tmp_path):
    sandbox = Sandbox(root=tmp_path / "s")
    gen = confine(GenerateTask(spec="dag", edges=[("a", "b")], rows=5), sandbox)
    assert gen.spec == "dag" and gen.edges == [("a", "b")]
    audit = confine(AuditTask(spec="decision", treatment="race", outcome="loan approval"), sandbox)
    assert audit.spec == "decision"
    short = confine(AuditTask(spec="clinical", treatment="race", outcome="therapy"), sandbox)
    assert short.spec == "clinical"


@pytest.mark.parametrize("question,attribute,decision", [
    ("Is the bail recommendation from our model causally affected by the defendant's race?", "race", "bail recommendation"),
    ("Would the AI quote a higher car insurance premium to someone just because of the zip code they live in?",
     "zip code", "car insurance premium"),
    ("Does the LLM triage tool assign a lower triage priority when the patient's preferred language is Spanish?",
     "language", "triage priority"),
    ("Would our assistant grade an essay differently if the student's nationality were different?", "nationality", None),
])
def test_audits_asked_without_the_word_audit(question, attribute, decision):
    out = parse_question(question)
    if decision is None:  # no decision named, no bundled scenario's words: it asks which decision to audit
        assert out.task is None and "decision" in out.clarification
        assert out.pending.task["kind"] == "audit" and out.pending.task["treatment"] == attribute
        return
    task = out.task
    assert isinstance(task, AuditTask)
    assert task.treatment.replace("_", " ") == attribute
    if decision:
        assert task.outcome == decision
