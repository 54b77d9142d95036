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
    out = parse_question("Use an LLM to propose plausible variables and mechanisms for a hospital readmission SCM, "
                         "then generate data from it.")
    assert out.task is None and "Which SD-SCM" in out.clarification and "modifier" in out.clarification


@pytest.mark.parametrize("question", [
    "Build a simulated heterogeneous-effect dataset for testing CATE estimators.",
    "Generate a heterogeneous-treatment-effect benchmark where the effect grows with age, for testing CATE estimators.",
    "Build a semi-synthetic dataset for testing uplift models: binary treatment, heterogeneous effect by age.",
    "Create a synthetic dataset where the treatment effect varies with age, 500 rows.",
])
def test_a_benchmark_for_conditional_effects_samples_the_modifier_example(question):
    task = parse_question(question).task
    assert isinstance(task, GenerateTask) and task.spec == "modifier"


@pytest.mark.parametrize("question", [
    "Make a semi-synthetic dataset with a known ground-truth ATE of 2 so I can test estimators.",
    "I need a semi-synthetic benchmark with ground-truth ATE to validate our pipeline — please generate one.",
    "Create a fake call-centre dataset where the treatment effect of a new script on CSAT is known to be 0.3.",
    "Build a synthetic benchmark with known ground-truth ATE of 3.5, treatment assigned by a logistic function of two "
    "covariates.",
    "Simulate an observational study where the naive estimate is biased but adjusting for W recovers the true effect.",
])
def test_a_benchmark_with_an_effect_to_recover_samples_the_confounded_example(question):
    task = parse_question(question).task
    assert isinstance(task, GenerateTask) and task.spec == "confounder"


@pytest.mark.parametrize("question,edges", [
    ("Sample 2000 rows from this structural causal model: X1 := N(0,1); X2 := 0.5*X1 + N(0,1); X3 := X1 - X2 + N(0,0.5).",
     [("X1", "X2"), ("X1", "X3"), ("X2", "X3")]),
    ("Sample 2000 observations from the SCM X1 := N(0,1), X2 := 0.5*X1 + e2, Y := X1 - X2 + eps_y.",
     [("X1", "X2"), ("X1", "Y"), ("X2", "Y")]),
])
def test_assignments_with_numbered_noise_terms_are_the_graph(question, edges):
    task = parse_question(question).task
    assert isinstance(task, GenerateTask) and task.spec == "dag" and task.edges == edges


@pytest.mark.parametrize("question,nodes", [
    ("Simulate data from a linear SCM with 8 nodes and random edge weights, Gaussian noise.", 8),
    ("Generate 3 synthetic datasets from random DAGs with 10 nodes each for testing causal discovery methods.", 10),
    ("produce simulated data with known ground-truth causal graph, 8 nodes, for evaluating discovery algorithms", 8),
    ("Use a language model to invent realistic column names and mechanisms for a five-variable causal graph and generate "
     "data from it.", 5),
    ("Sample 1,000 observations from a nonlinear structural causal model over X1..X6 with a random sparse DAG.", 6),
    ("need a synthetic causal benchmark: 10 vars, random sparse DAG, additive noise, 10k rows", 10),
])
def test_a_graph_of_a_given_size_is_a_random_dag_over_that_many_variables(question, nodes):
    task = parse_question(question).task
    assert isinstance(task, GenerateTask) and task.spec == "dag"
    assert {n for e in task.edges for n in e} <= {f"X{i}" for i in range(1, nodes + 1)}
    assert f"X{nodes}" in {n for e in task.edges for n in e} or len(task.edges) >= nodes - 1
    assert task.edges == parse_question(question).task.edges  # the same request, the same graph


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
