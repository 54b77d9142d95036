"""The LangGraph agent end to end: real parser, real tools, real checkpointer.

Most tests run without a language model (`lm=None`: the parser's structural path) so the suite
stays fast; one slow test runs the embedded default model.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from graphs.agent import Answer, Copilot


def health_frame(n: int = 800, seed: int = 0) -> pd.DataFrame:
    """Smoking lowers income by 3 (true ATE = -3), confounded by age; gender modifies nothing."""
    rng = np.random.default_rng(seed)
    age = rng.uniform(20, 80, n)
    smoker = (rng.random(n) < 1 / (1 + np.exp(-(age - 50) / 10))).astype(int)
    gender = rng.choice(["female", "male"], n)
    income = 20 + 0.2 * age - 3 * smoker + rng.normal(0, 1, n)
    return pd.DataFrame({"age": age.round(1), "smoker": smoker, "gender": gender, "income": income.round(3)})


@pytest.fixture(scope="module")
def copilot() -> Copilot:
    return Copilot(lm=None)


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return health_frame()


def test_ate_question_is_answered_with_the_right_number(copilot, frame):
    answer = copilot.ask("What is the effect of smoker on income?", data=frame, thread_id="ate")
    assert isinstance(answer, Answer) and answer.error is None, answer.explanation
    assert answer.task["kind"] == "ate" and answer.task["treatment"] == "smoker" and answer.task["outcome"] == "income"
    assert answer.result.kind == "ate"
    assert answer.result.estimate == pytest.approx(-3, abs=0.3)
    assert answer.result.ci_low < -3 < answer.result.ci_high
    assert "age" in answer.result.adjustment_set
    assert answer.explanation.startswith("**Estimated average effect of `smoker` on `income`")


def test_follow_ups_modify_the_previous_task_and_data_stays_with_the_thread(copilot, frame):
    first = copilot.ask("effect of smoker on income", data=frame, thread_id="follow")
    assert first.task["kind"] == "ate" and first.task["covariates"] is None
    second = copilot.ask("and adjusting for age?", thread_id="follow")  # no data passed: the thread has it
    assert second.error is None, second.explanation
    assert second.task["kind"] == "ate" and second.task["treatment"] == "smoker" and second.task["outcome"] == "income"
    assert second.task["covariates"] == ["age"]
    assert second.result.adjustment_set == ["age"]
    third = copilot.ask("now by gender", thread_id="follow")
    assert third.task["kind"] == "cate" and third.task["modifiers"] == ["gender"], third.task
    assert third.result.kind == "cate" and third.result.ate == pytest.approx(-3, abs=0.4)


def test_a_cancelled_turn_is_dropped_by_restoring_the_state_before_it(copilot, frame):
    copilot.ask("effect of smoker on income", data=frame, thread_id="undo")
    before = copilot.remembered("undo")
    assert len(before["history"]) == 2 and before["data_ref"]
    copilot.ask("now by gender", thread_id="undo")  # the turn the UI cancelled: it still lands on "undo"
    copilot.restore("undo-2", before)
    assert copilot.history("undo-2") == before["history"]
    assert copilot.current_task("undo-2")["kind"] == "ate"
    follow = copilot.ask("and adjusting for age?", thread_id="undo-2")  # the table and task came along
    assert follow.error is None, follow.explanation
    assert follow.task["kind"] == "ate" and follow.task["covariates"] == ["age"]
    assert follow.result.estimate == pytest.approx(-3, abs=0.3)
    assert len(copilot.history("undo-2")) == 4 and len(copilot.history("undo")) == 4


def test_non_causal_question_gets_a_helpful_reply(copilot, frame):
    answer = copilot.ask("What's the weather like in Paris tomorrow?", data=frame, thread_id="weather")
    assert answer.error is None and answer.result is None
    assert answer.task["kind"] == "unsupported"
    assert "average effects" in answer.explanation  # says what it can do instead
    # the thread's runnable task is not replaced by the unsupported one
    copilot.run_task({"kind": "ate", "treatment": "smoker", "outcome": "income", "refute": False}, thread_id="weather")
    copilot.ask("what is the meaning of life?", thread_id="weather")
    assert copilot.current_task("weather")["treatment"] == "smoker"


def test_missing_column_asks_back_with_closest_names_and_the_reply_resumes(copilot, frame):
    answer = copilot.run_task({"kind": "ate", "treatment": "smokers", "outcome": "incme", "refute": False}, data=frame,
                              thread_id="miss")
    assert answer.clarification and answer.result is None and answer.error is None
    assert "`smokers`" in answer.clarification and "`smoker`" in answer.clarification
    reply = copilot.ask("smoker", thread_id="miss")
    assert reply.clarification and "`incme`" in reply.clarification and "`income`" in reply.clarification
    final = copilot.ask("yes", thread_id="miss")  # "yes" takes the first suggestion
    assert final.error is None, final.explanation
    assert final.task["treatment"] == "smoker" and final.task["outcome"] == "income"
    assert final.result.estimate == pytest.approx(-3, abs=0.3)


def test_parser_clarification_round_trip(copilot, frame):
    answer = copilot.ask("does smoking affect wealth?", data=frame, thread_id="clar")
    assert answer.clarification and answer.result is None and answer.task is None
    assert "income" in answer.clarification  # the closest columns are offered
    final = copilot.ask("income", thread_id="clar")
    assert final.clarification is None and final.error is None, final.explanation
    assert final.task["treatment"] == "smoker" and final.task["outcome"] == "income"
    assert final.result.estimate == pytest.approx(-3, abs=0.3)


def test_question_needing_data_without_data_asks_for_it_then_resumes(copilot, frame):
    answer = copilot.ask("What is the effect of smoker on income?", thread_id="nodata")
    assert answer.clarification and "CSV" in answer.clarification and answer.result is None
    final = copilot.ask("here is the file", data=frame, thread_id="nodata")
    assert final.error is None, final.explanation
    assert final.task["treatment"] == "smoker" and final.result.estimate == pytest.approx(-3, abs=0.3)


def test_constant_treatment_and_tool_errors_become_friendly_messages(copilot, frame):
    df = frame.assign(exposed=1, arm=np.resize(["a", "b", "c"], len(frame)))
    answer = copilot.ask("What is the effect of exposed on income?", data=df, thread_id="const")
    assert answer.error and "same value" in answer.error and answer.result is None
    assert answer.explanation.startswith("**I couldn't answer that.**")
    # a three-level text treatment: the effects tool raises a UserError, the agent relays it
    answer = copilot.run_task({"kind": "ate", "treatment": "arm", "outcome": "income"}, data=df, thread_id="arm")
    assert answer.error and "arm" in answer.error and answer.result is None
    # conditions that leave no rows
    answer = copilot.run_task({"kind": "ate", "treatment": "smoker", "outcome": "income",
                               "conditions": [{"column": "age", "op": ">", "value": 500}]}, data=df, thread_id="cond")
    assert answer.error and "No rows" in answer.error


def test_edited_task_is_run_and_becomes_the_threads_task(copilot, frame):
    answer = copilot.run_task({"kind": "ate", "treatment": "smoker", "outcome": "income", "covariates": [],
                               "method": "linear_regression", "refute": False}, data=frame, thread_id="edit")
    assert answer.error is None and answer.result.adjustment_set == []
    assert answer.result.estimate > -2  # unadjusted, the estimate is biased upwards (smokers are older; age raises income)
    assert copilot.current_task("edit")["covariates"] == []
    bad = copilot.run_task({"kind": "ate", "treatment": "smoker"}, thread_id="edit")
    assert bad.error and "outcome" in bad.error


def test_relation_question_needs_no_data(copilot):
    answer = copilot.ask("A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?",
                         thread_id="rel")
    assert answer.error is None and answer.result.kind == "relation"
    assert answer.result.valid is True and answer.explanation.startswith("**Answer: yes")


def test_discovery_question(copilot, frame):
    answer = copilot.ask("Which variables cause which? Learn the causal graph.", data=frame, thread_id="disc")
    assert answer.error is None and answer.result.kind == "discover", answer.explanation
    pairs = {frozenset((e.source, e.target)) for e in answer.result.edges}
    assert frozenset(("smoker", "income")) in pairs and frozenset(("age", "income")) in pairs
    assert answer.figures and answer.figures[0].path.endswith(".png")


def test_threads_are_isolated_reset_forgets_and_progress_is_reported(copilot, frame):
    seen: list[tuple[float, str]] = []
    copilot.ask("How does the effect of smoker on income vary by gender?", data=frame, thread_id="iso-a",
                progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    other = copilot.ask("and adjusting for age?", thread_id="iso-b")
    assert other.result is None  # thread b has neither data nor a previous task
    assert copilot.current_task("iso-a") is not None
    copilot.reset("iso-a")
    assert copilot.current_task("iso-a") is None and copilot.history("iso-a") == []


def test_bad_data_file_is_a_friendly_error(copilot, tmp_path):
    path = tmp_path / "tiny.csv"
    path.write_text("a,b\n1,2\n")
    answer = copilot.ask("effect of a on b", data=path, thread_id="bad")
    assert answer.error and "rows" in answer.error and answer.result is None


@pytest.mark.slow
def test_default_model_answers_an_ate_question(frame):
    copilot = Copilot(lm="default", use_lm_for_explanation=True)
    answer = copilot.ask("Hi! I'd like to know how much smoking changes people's income, on average.", data=frame)
    assert answer.error is None, answer.explanation
    assert answer.task["treatment"] == "smoker" and answer.task["outcome"] == "income"
    assert answer.result.estimate == pytest.approx(-3, abs=0.3)
    from copilot.explain import check_numbers
    from copilot.task import parse_task

    assert check_numbers(answer.explanation.split("\n\n_Understood as")[0], parse_task(answer.task), answer.result)


@pytest.mark.parametrize(
    "reply, expected",
    [
        ("income", "income"),
        ("Income", "income"),
        ("yes", "income"),  # the first suggestion
        ("2", "income_log"),  # the second suggestion
        ("I meant `income_log`", "income_log"),
        ("use age please", "age"),
        ("incme", "income"),  # a typo in the reply
        ("what is the weather like?", None),
    ],
)
def test_replies_to_did_you_mean_name_a_column(reply, expected):
    from copilot.understand.column_reply import resolve_column_reply

    assert resolve_column_reply(reply, ["income", "income_log"], ["age", "income", "income_log", "smoker"]) == expected
