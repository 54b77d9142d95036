"""`python -m copilot`: ATE, CATE, mediation and discovery questions end to end on CSVs with a
known truth, plus the no-CSV path, chat, schema and clean user errors (exit 2, no traceback).

The command runs in-process (`copilot.__main__.main`) so the models and tools load once; one
test runs the real `python -m copilot` subprocess.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from copilot.__main__ import main

REPO = Path(__file__).resolve().parents[1]


def _ask(capsys, *args: str) -> tuple[int, dict]:
    code = main(["ask", *args, "--json", "--model", "none"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _answered(capsys, data: Path, question: str, **task_fields) -> dict:
    """Ask with --json; the command succeeds, the task has `task_fields`; returns the result."""
    code, out = _ask(capsys, str(data), question)
    assert code == 0, out
    assert {key: out["task"][key] for key in task_fields} == task_fields
    return out["result"]


@pytest.fixture(scope="module")
def csvs(tmp_path_factory) -> dict[str, Path]:
    rng = np.random.default_rng(11)
    root = tmp_path_factory.mktemp("cli")
    n = 800
    # ATE: smoking lowers income by 3, confounded by age.
    age = rng.uniform(20, 80, n)
    smoker = (rng.random(n) < 1 / (1 + np.exp(-(age - 50) / 10))).astype(int)
    income = 20 + 0.2 * age - 3 * smoker + rng.normal(0, 1, n)
    pd.DataFrame({"age": age, "smoker": smoker, "income": income}).to_csv(root / "ate.csv", index=False)
    # CATE: a tutoring programme helps more motivated students: effect = 1 + 4 * motivation (ATE = 3).
    motivation = rng.uniform(0, 1, n)
    prior = rng.normal(50, 10, n)
    tutoring = (rng.random(n) < 0.5).astype(int)
    score = 0.5 * prior + 2 * motivation + tutoring * (1 + 4 * motivation) + rng.normal(0, 0.5, n)
    pd.DataFrame({"motivation": motivation, "prior_score": prior, "tutoring": tutoring, "exam_score": score}).to_csv(
        root / "cate.csv", index=False
    )
    # Mediation: training raises skills (0.8), skills raise salary (1.5), direct effect 0.5.
    # NIE = 0.8 * 1.5 = 1.2, NDE = 0.5, total = 1.7.
    experience = rng.normal(5, 2, n)
    training = (rng.random(n) < 0.5).astype(int)
    skills = 0.8 * training + 0.3 * experience + rng.normal(0, 1, n)
    salary = 0.5 * training + 1.5 * skills + 0.4 * experience + rng.normal(0, 1, n)
    pd.DataFrame({"experience": experience, "training": training, "skills": skills, "salary": salary}).to_csv(
        root / "mediation.csv", index=False
    )
    # Discovery: rain -> wet_grass <- sprinkler, wet_grass -> slippery (linear Gaussian).
    rain = rng.normal(0, 1, 2000)
    sprinkler = rng.normal(0, 1, 2000)
    wet = 0.9 * rain + 0.9 * sprinkler + rng.normal(0, 0.5, 2000)
    slippery = 0.9 * wet + rng.normal(0, 0.5, 2000)
    pd.DataFrame({"rain": rain, "sprinkler": sprinkler, "wet_grass": wet, "slippery": slippery}).to_csv(
        root / "discovery.csv", index=False
    )
    return {p.stem: p for p in root.glob("*.csv")}


def test_ate_question_end_to_end(capsys, csvs):
    code, out = _ask(capsys, str(csvs["ate"]), "What is the effect of smoker on income?")
    assert code == 0, out
    assert out["task"]["kind"] == "ate" and out["task"]["treatment"] == "smoker" and out["task"]["outcome"] == "income"
    assert out["result"]["estimate"] == pytest.approx(-3, abs=0.3)
    assert out["result"]["ci_low"] < -3 < out["result"]["ci_high"]
    assert out["explanation"].startswith("**Estimated average effect")


def test_cate_question_end_to_end(capsys, csvs):
    result = _answered(capsys, csvs["cate"], "How does the effect of tutoring on exam_score vary with motivation?",
                       kind="cate", treatment="tutoring")
    assert result["ate"] == pytest.approx(3, abs=0.4)
    q = result["cate_quantiles"]
    keys = sorted(q, key=lambda k: float(k.rstrip("%")))
    assert q[keys[-1]] - q[keys[0]] > 1.5  # effects really vary (true 10%..90% spread = 3.2)
    if result["subgroups"] and result["subgroup_variable"] == "motivation":
        effects = [g["effect"] for g in result["subgroups"]]
        assert effects[-1] > effects[0] + 1.5


def test_mediation_question_end_to_end(capsys, csvs):
    result = _answered(capsys, csvs["mediation"], "How much of the effect of training on salary goes through skills?",
                       kind="mediation", mediator="skills")
    assert result["nie"] == pytest.approx(1.2, abs=0.25)
    assert result["nde"] == pytest.approx(0.5, abs=0.25)
    assert result["total_effect"] == pytest.approx(1.7, abs=0.3)


def test_discovery_question_end_to_end(capsys, csvs):
    code, out = _ask(capsys, str(csvs["discovery"]), "What causes what in this data? Learn the causal graph.")
    assert code == 0, out
    assert out["task"]["kind"] == "discover"
    edges = {(e["source"], e["target"], e["type"]) for e in out["result"]["edges"]}
    skeleton = {frozenset((s, t)) for s, t, _ in edges}
    assert skeleton == {frozenset(p) for p in [("rain", "wet_grass"), ("sprinkler", "wet_grass"), ("wet_grass", "slippery")]}
    # the collider is identifiable: both arrows point into wet_grass, and so does the chain onwards
    assert ("rain", "wet_grass", "->") in edges and ("sprinkler", "wet_grass", "->") in edges
    assert ("wet_grass", "slippery", "->") in edges


def test_json_output_keeps_its_keys_and_bytes():
    """`--json` prints the answer's task, result, explanation, clarification, error and figures, in that
    order, indented by 2: the same bytes as before the web app and the CLI shared `answer_payload`."""
    from copilot.__main__ import answer_json
    from copilot.results import Figure, RelationResult
    from graphs.agent import Answer

    figure = Figure(title="Graph", path="/tmp/g.png")
    asked_back = Answer(thread_id="t1", task={"kind": "ate", "treatment": "a"}, explanation="Which outcome?",
                        clarification="Which outcome?", figures=[figure], confidence=0.5, mentions={"a": "a"})
    assert answer_json(asked_back) == (
        '{\n  "task": {\n    "kind": "ate",\n    "treatment": "a"\n  },\n  "result": null,\n'
        '  "explanation": "Which outcome?",\n  "clarification": "Which outcome?",\n  "error": null,\n'
        '  "figures": [\n    {\n      "title": "Graph",\n      "path": "/tmp/g.png"\n    }\n  ]\n}'
    )
    result = RelationResult(variables=["A", "B"], relation="parent", x="A", y="B", valid=False, consistent=True,
                            n_dags=2, reason="r", figures=[figure])
    text = answer_json(asked_back.model_copy(update={"result": result, "clarification": None}))
    assert json.loads(text)["result"] == result.model_dump(mode="json")
    assert text == json.dumps(json.loads(text), indent=2)


def test_plain_text_output_and_question_without_csv(capsys):
    code = main(["ask", "--model", "none", "A correlates with B. B correlates with C. A is independent of C. Does A cause C?"])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("**Answer: no")


def test_missing_column_and_non_causal_questions_get_helpful_replies(capsys, csvs):
    code, out = _ask(capsys, str(csvs["ate"]), "What's the weather going to be tomorrow?")
    assert code == 0 and out["task"]["kind"] == "unsupported" and "average effects" in out["explanation"]
    code, out = _ask(capsys, str(csvs["ate"]), "What is the effect of smoker on happiness?")
    assert code == 3 and out["clarification"] and out["result"] is None  # 3 = asked back


def test_user_errors_exit_2_without_traceback(capsys, tmp_path):
    assert main(["ask", str(tmp_path / "nope.csv"), "effect of a on b", "--model", "none"]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err
    bad = tmp_path / "short.csv"
    bad.write_text("a,b\n1,2\n3,4\n")
    assert main(["ask", str(bad), "effect of a on b", "--model", "none"]) == 2
    assert "rows" in capsys.readouterr().err
    assert main(["ask", str(bad), "--model", "none"]) == 2  # a data file and no question
    assert "no question" in capsys.readouterr().err


def test_chat_keeps_the_conversation(capsys, monkeypatch, csvs):
    lines = "How does the effect of tutoring on exam_score vary with motivation?\nnow by prior_score\nquit\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(lines))
    assert main(["chat", str(csvs["cate"]), "--json", "--model", "none"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert len(answers) == 2
    assert answers[0]["task"]["modifiers"] == ["motivation"]
    second = answers[1]["task"]
    assert second["kind"] == "cate" and second["treatment"] == "tutoring" and second["outcome"] == "exam_score"
    assert "prior_score" in second["modifiers"] and "prior_score" in answers[1]["result"]["modifiers"]


def test_schema_subprocess():
    proc = subprocess.run([sys.executable, "-m", "copilot", "schema"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    schema = json.loads(proc.stdout)
    kinds = set(schema["discriminator"]["mapping"])
    assert kinds == {"discover", "ate", "cate", "policy", "mediation", "relation", "generate", "audit", "unsupported"}
    proc = subprocess.run([sys.executable, "-m", "copilot", "ask", "--model", "none", "missing.csv", "effect of a on b"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "does not exist" in proc.stderr
