"""Readings of the fifteenth round (issue 12), on the real parser without a language model:
- a phrase no column's words fit, right beside a time that exactly one free column is measured at, is
  that column ("the fewest road accidents within a year" -> crash_12m); a rate ("monthly sales") or a
  time another named variable already carries is no such time, and two columns at that time still ask;
- a before-word anywhere in a name marks a baseline when a twin carries an after-word in its place
  (harvest_pre_kg / harvest_post_kg, score_entry / score_exit, brix_preharv / brix_harv): with no
  version said the variable after treatment is the outcome; two quarters far apart are a before and an
  after (salesQ1 / salesQ4), two next to each other stay two windows to ask about;
- typo repair leaves English words alone (the embedding model's word list): "operator" is no misspelt
  "moderator", nor "thought" a misspelt "through";
- a goal said as an amount ("if we want fewer complaints", "aiming at higher brix") names a policy's outcome;
- a time of measurement before a name word ("end-of-course score", "end-of-season harvest") picks the
  after twin of a before/after pair.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each reading (and the vote) fails on the parser of the start of this round
(0bdb1c7); the guards (a rate; neighbouring quarters ask) pass on both."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


FLEET = _cols({
    "driver_id": ("id", ["D1"]), "dashcam": ("binary", [0, 1]), "age": ("numeric", [25, 40, 60]),
    "crash_12m": ("numeric", [0, 1, 2]), "fuel_l_wk": ("numeric", [200, 300]), "depot": ("categorical", ["N", "S"]),
    "sales_30d": ("numeric", [100, 400]), "tenure_yrs": ("numeric", [1, 5, 10]),
})
ORCHARD = _cols({
    "plot_id": ("id", ["P1"]), "netting": ("binary", [0, 1]), "harvest_pre_kg": ("numeric", [300, 500]),
    "harvest_post_kg": ("numeric", [320, 540]), "brix_preharv": ("numeric", [10, 14]), "brix_harv": ("numeric", [12, 16]),
    "score_entry": ("numeric", [40, 60]), "score_exit": ("numeric", [50, 70]), "mentor": ("binary", [0, 1]),
    "salesQ1": ("numeric", [10, 20]), "salesQ4": ("numeric", [12, 25]), "returnsQ1": ("numeric", [1, 2]),
    "returnsQ2": ("numeric", [1, 3]), "ads": ("binary", [0, 1]),
})


def test_a_time_said_beside_an_unmatched_phrase_names_the_one_column_at_that_time(task_of):
    task = task_of("Which drivers should get a dashcam if the goal is the fewest road accidents within a year?", FLEET)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "dashcam", "crash_12m")
    task = task_of("Is the number of road accidents within a year reduced by the dashcam?", FLEET)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "dashcam", "crash_12m")


def test_a_rate_is_not_a_window(gate_off):
    out = parse_question("Does the dashcam change monthly tips?", FLEET, lm=None)  # (takings now reads as sales)
    assert out.task is None or getattr(out.task, "outcome", None) != "sales_30d"


def test_a_before_word_inside_a_name_marks_the_baseline(task_of):
    assert task_of("Does netting increase the harvest?", ORCHARD).outcome == "harvest_post_kg"
    assert task_of("Does netting raise sugar content (brix) at picking?", ORCHARD).outcome == "brix_harv"
    assert task_of("mentor -> score ate", ORCHARD).outcome == "score_exit"
    assert task_of("mentor -> entry score ate", ORCHARD).outcome == "score_entry"  # the before-word said


def test_quarters_far_apart_are_before_and_after_and_neighbours_still_ask(task_of, gate_off):
    assert task_of("Do ads bring in more sales?", ORCHARD).outcome == "salesQ4"
    out = parse_question("Do ads cut returns?", ORCHARD, lm=None)
    assert out.task is None and "returnsQ1" in out.clarification and "returnsQ2" in out.clarification


def test_typo_repair_leaves_english_words_alone():
    import pytest

    from copilot.understand.typos import _spelt_right, fix_typos

    if not _spelt_right():
        pytest.skip("the sentence-embedding package (its word list) is not installed")
    words = "the operator thought the dedicated pending heterogenity".split()
    assert fix_typos(words) == "the operator thought the dedicated pending heterogeneity".split()


STORES = _cols({
    "store_id": ("id", ["S1"]), "self_checkout": ("binary", [0, 1]), "complaints_n": ("numeric", [0, 4, 9]),
    "floor_m2": ("numeric", [300, 900]), "region": ("categorical", ["N", "S"]), "staff_n": ("numeric", [5, 20]),
})


def test_a_goal_said_as_an_amount_votes_for_the_outcome(task_of):
    from copilot.understand.analysis import analyze
    from copilot.understand.roles import role_votes

    an = analyze("Which stores should get self-checkout if we want fewer complaints?", STORES)
    votes = {an.all_mentions[k].key: v for k, v in role_votes(an, an.skeleton_all).votes.items()}
    assert votes["complaints_n"].get("y", 0.0) > 0 and "t" not in votes["complaints_n"]
    task = task_of("Which stores should get self-checkout if we want fewer complaints?", STORES)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "self_checkout", "complaints_n")


def test_a_time_of_measurement_before_a_name_word_picks_the_twin(task_of):
    assert task_of("Does the mentor's effect on end-of-course score vary with age?", ORCHARD).outcome == "score_exit"
    assert task_of("Does netting raise the end-of-season harvest?", ORCHARD).outcome == "harvest_post_kg"
