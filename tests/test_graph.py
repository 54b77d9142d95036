"""The agent's routing and its one ask-back mechanism.

`graphs.graph.route` alone decides where a turn goes, from what the steps wrote; every question back
(the parser's or the check step's) is one `Pending` in the thread's state, answered by the parser.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from copilot.data import profile
from copilot.parse import answer_pending, parse_question
from copilot.understand.base import Pending
from graphs.agent import Copilot
from graphs.graph import route


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    age = rng.uniform(20, 80, 400)
    smoker = (rng.random(400) < (age - 10) / 90).astype(int)
    income = 20 + 0.2 * age - 3 * smoker + rng.normal(0, 1, 400)
    return pd.DataFrame({"age": age.round(1), "smoker": smoker, "income": income.round(3)})


ATE = {"kind": "ate", "treatment": "smoker", "outcome": "income"}


@pytest.mark.parametrize(
    "state, expected",
    [
        ({"task": ATE}, "check"),  # understood, not yet checked
        ({"task": ATE, "checked": True}, "run_tool"),
        ({"task": {"kind": "unsupported", "reason": "x"}, "checked": True}, "explain"),
        ({"task": ATE, "checked": True, "result": {"kind": "ate"}}, "explain"),
        ({"task": ATE, "clarification": "Which column?"}, "clarify"),
        ({"clarification": "What would you like to know?"}, "clarify"),
        ({"task": ATE, "error": "No rows left."}, "fail"),
        ({"task": ATE, "checked": True, "error": "the tool failed"}, "fail"),
    ],
)
def test_route_reads_the_state(state, expected):
    assert route(state) == expected


def test_the_graph_shows_every_way_a_turn_can_go():
    graph = Copilot(lm=None).graph.get_graph()
    edges = {(e.source, e.target) for e in graph.edges}
    assert edges == {
        ("__start__", "understand"),
        ("understand", "check"), ("understand", "clarify"), ("understand", "fail"),
        ("check", "run_tool"), ("check", "explain"), ("check", "clarify"), ("check", "fail"),
        ("run_tool", "explain"), ("run_tool", "fail"),
        ("explain", "__end__"), ("clarify", "__end__"), ("fail", "__end__"),
    }


def test_parser_and_check_step_questions_are_one_pending_answered_by_the_parser(frame):
    copilot = Copilot(lm=None)
    copilot.ask("what's the effect of smoking?", data=frame, thread_id="role")
    asked_by_parser = Pending.model_validate(copilot.remembered("role")["pending"])
    assert asked_by_parser.awaiting == "outcome" and asked_by_parser.task["treatment"] == "smoker"

    answer = copilot.run_task({**ATE, "treatment": "smokers", "refute": False}, data=frame, thread_id="col")
    assert "`smokers`" in answer.clarification
    asked_by_check = Pending.model_validate(copilot.remembered("col")["pending"])
    assert (asked_by_check.awaiting, asked_by_check.missing, asked_by_check.options[0]) == ("column", "smokers", "smoker")

    # the check step's question is answered by the parser's one path, outside the graph too
    done = parse_question("yes", profile(frame), pending=asked_by_check.model_dump(mode="json"))
    assert (done.task.treatment, done.task.outcome, done.mentions) == ("smoker", "income", {"smokers": "smoker"})
    assert done.task.question is None  # the reply is not the question
    final = copilot.ask("yes", thread_id="col")
    assert final.error is None and final.task["treatment"] == "smoker"
    assert final.result.estimate == pytest.approx(-3, abs=0.4)
    assert copilot.remembered("col")["pending"] is None  # answered: no question stays open


def test_a_table_answers_a_question_that_waited_for_data(frame):
    waiting = Pending(awaiting="data", task={**ATE, "question": "effect of smoker on income"},
                      question="effect of smoker on income")
    assert answer_pending("here it is", waiting, None, None) is None  # still no table: read as a new message
    done = answer_pending("here it is", waiting, profile(frame), None)
    assert (done.task.kind, done.task.treatment, done.task.outcome) == ("ate", "smoker", "income")
    assert done.task.question == "effect of smoker on income"
    # a full question sent with the table is that question, not an answer
    assert answer_pending("what is the effect of age on income?", waiting, profile(frame), None) is None


def test_a_reply_that_cannot_complete_the_task_is_read_as_a_new_question(frame):
    broken = Pending(awaiting="column", task={"kind": "ate", "treatment": "smokers"}, missing="smokers",
                     options=["smoker"])  # no outcome: the completed task would not be valid
    assert answer_pending("yes", broken, profile(frame), None) is None
    fresh = parse_question("what is the effect of age on income?", profile(frame), pending=broken)
    assert (fresh.task.treatment, fresh.task.outcome) == ("age", "income")
