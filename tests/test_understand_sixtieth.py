"""Readings of the sixtieth round (issue 12, the first round of the fiftieth stop), on the real parser without a
language model:
- "where should X be targeted to ...": "targeted" is a verb, X no target (outcome);
- "recommend a ... policy that minimises Y" and "how many X should each unit run to keep Y low" are policy cues;
- a name that ends in a period word (complaints_week / complaints_month) is that column's time, which words
  like "over the following week" pick;
- "a man rather than a woman" swaps gender, over an attribute word that only describes the person;
- "NO2's effect": a possessive after a code with digits is split off;
- "do oak versus pine or birch barrels ...": the levels listed name their column.
Wordings and columns differ from the dev questions (w73) the rules were found on. Each test fails on the parser
of the start of this round (d5a2a25)."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


def test_targeted_is_a_verb_not_the_target(task_of):
    cols = _cols({"shopper": ("id", ["s1"]), "mailer": ("binary", [0, 1]), "basket_value": ("numeric", [0, 300]),
                  "visits_wk": ("numeric", [0, 9])})
    task = task_of("Where should the loyalty mailer (`mailer`) be targeted to maximise `basket_value`?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "mailer", "basket_value")


def test_recommending_a_policy_or_how_many_each_unit_should_run_is_a_policy_cue():
    from copilot.understand.fields import is_policy

    assert is_policy("recommend a restocking-fee policy zzcol1zz that minimises zzcol2zz .")
    assert is_policy("how many night walks per month should each reserve lead to keep the bats ' disturbance low")
    assert not is_policy("find the effect of the new returns policy on sales")
    assert not is_policy("how much does the policy cost to run ?")


def test_a_period_word_ending_a_name_is_its_time(task_of):
    cols = _cols({"branch": ("id", ["b1"]), "new_signage": ("binary", [0, 1]), "complaints_week": ("numeric", [0, 20]),
                  "complaints_month": ("numeric", [0, 80]), "staff": ("numeric", [2, 40])})
    task = task_of("What did the new signage do to complaints over the following week?", cols)
    assert (task.treatment, task.outcome) == ("new_signage", "complaints_week")


def test_two_values_swapped_name_the_attribute():
    out = parse_question("If the insurance claimant were a man rather than a woman, would the AI model approve the "
                         "claim?", None, lm=None)
    assert out.task is not None and out.task.kind == "audit"
    assert out.task.treatment == "gender"


def test_a_possessive_after_a_code_with_digits(task_of):
    cols = _cols({"school": ("id", ["s1"]), "no2Level": ("numeric", [5, 90]), "asthmaAdm": ("numeric", [0, 30]),
                  "indoorHrs": ("numeric", [0, 20]), "greenPct": ("numeric", [0, 60])})
    task = task_of("Traffic fumes keep kids indoors, which then shows up as admissions. How much of NO2's effect on "
                   "`asthmaAdm` goes through `indoorHrs`?", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "no2Level", "indoorHrs",
                                                                        "asthmaAdm")


def test_levels_listed_against_each_other_name_their_column(task_of):
    cols = _cols({"cask": ("id", ["c1"]), "wood": ("categorical", ["oak", "chestnut", "acacia"]),
                  "tasting_score": ("numeric", [0, 100]), "char_level": ("numeric", [0, 4])})
    task = task_of("Do oak versus chestnut or acacia casks change the tasting score?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "wood", "tasting_score")
