"""Readings of the seventy-first round (issue 12, the second round of the fifty-fifth stop), on the real parser without
a language model:
- "at 18-count mesh", "running a 20-inch bar": a number joined to a word, right before a numeric column, is its value;
- "the LLM we use for loan pre-screening ... its loan approval": the task the tool serves is no decision;
- "works by sharpening clarity (clar_idx), which then wins races (race_win).": the story's last link is the outcome;
- "pts" is points ("competition points" ~ comp_pts);
- "handing out free helmets": the verb of the action, its object the treatment;
- "(effect on the treated)" after a paraphrase: the ATT, and "treated" names no variable;
- NAME / NAME_adj: an adjusted measure is another version, so the bare words ask which ("adjusted" picks it).
Wordings and columns differ from the dev questions (w84) the rules were found on. Each test fails on the parser
of the start of this round (6f6f4f0)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_number_joined_to_a_word_before_a_numeric_column(task_of):
    cols = _cols({"quilter": ("id", ["q1"]), "thimble": ("binary", [0, 1]), "finger_pain": ("numeric", [0, 10]),
                  "needle": ("numeric", [5, 9, 12]), "hours": ("numeric", [1, 20])})
    task = task_of("effect of thimble on finger_pain with a 12-gauge needle", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "thimble", "finger_pain", {"needle": 12})


def test_the_task_a_tool_serves_is_no_decision(audit_of):
    task = audit_of("Would the assistant we use for admission pre-screening change its admission decision if the "
                    "applicant's religion were switched, all else equal?")
    assert task.outcome == "admission decision"


def test_a_story_whose_last_link_restates_a_name(task_of):
    cols = _cols({"boat": ("id", ["b1"]), "coached": ("binary", [0, 1]), "stroke_sync": ("numeric", [0, 1]),
                  "race_win": ("binary", [0, 1]), "crew_age": ("numeric", [18, 40])})
    task = task_of("Coaching works by tightening stroke timing (stroke_sync), which then wins regattas (race_win). "
                   "Split the effect of coached into direct and indirect parts.", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "coached", "stroke_sync",
                                                                        "race_win")


def test_pts_are_points(task_of):
    cols = _cols({"team": ("id", ["t1"]), "analyst": ("binary", [0, 1]), "league_pts": ("numeric", [0, 90]),
                  "league_rank": ("numeric", [1, 20])})
    task = task_of("Did hiring an analyst raise league points?", cols)
    assert (task.treatment, task.outcome) == ("analyst", "league_pts")


def test_handing_out_free_things(task_of):
    cols = _cols({"rider": ("id", ["r1"]), "helmets": ("binary", [0, 1]), "head_injury": ("binary", [0, 1]),
                  "age": ("numeric", [16, 70])})
    task = task_of("Give a rule for handing out free helmets that minimises head_injury.", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "helmets", "head_injury")


def test_the_effect_on_the_treated_in_brackets(task_of):
    cols = _cols({"shop": ("id", ["s1"]), "loyalty_app": ("binary", [0, 1]), "repeat_visits": ("numeric", [0, 30]),
                  "region": ("categorical", ["n", "s"])})
    task = task_of("Among the shops that launched it, what did the loyalty app do to repeat visits (effect on the "
                   "treated)?", cols)
    assert (task.kind, task.treatment, task.outcome, task.estimand) == ("ate", "loyalty_app", "repeat_visits", "att")
    task = task_of("What did loyalty_app do to repeat_visits (effect on the treated)?", cols)
    assert task.estimand == "att"


def test_an_adjusted_measure_is_another_version(task_of):
    from copilot.parse import parse_question

    cols = _cols({"club": ("id", ["c1"]), "new_kit": ("binary", [0, 1]), "match_pts": ("numeric", [0, 90]),
                  "match_pts_adj": ("numeric", [0, 90]), "budget": ("numeric", [1, 9])})
    out = parse_question("Does the new kit raise match points?", cols, lm=None)
    assert out.task is None and "match_pts_adj" in (out.clarification or "")
    assert task_of("Does the new kit raise adjusted match points?", cols).outcome == "match_pts_adj"
