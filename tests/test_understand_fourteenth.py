"""Readings of the fourteenth round (issue 12), on the real parser without a language model:
- a two-digit name part is a year when a year is said ("the 2024 cocoa harvest" -> cocoa_kg_24); with
  no year said the parser still asks which one;
- "confounding by X" names a confounder, not a group; a terse "adj" before variables is the adjustment
  cue, not the name part of income_adj;
- an identifier's bonus goes only to a role it was voted for ("the coaching effect on a1c12m" keeps
  a1c12m the outcome);
- ages written "9.5 years old" or "averaging 7.5 years old" are points; a number with a unit after a
  unit noun ("farms 3 km from the market") is the unit's column, not the noun's, and so is one after a
  shorter name ("the aspirin dose is 150 mg" -> aspirin_dose_mg, not aspirin);
- names written run together (visitsbefore / visitsafter) read as their words; a name and a tag with
  a digit written apart ("moodScore v2") are the tagged column;
- "an allocation policy ... that maximises" is a policy even when a paraphrase stands before the
  identifier; "the higher Y on X farms" reads X as the treatment of the units it names.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each reading fails on the parser of the start of this round
(00a72b2); the guard (no year said: ask) passes on both."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from column_specs import columns as _cols


COCOA = _cols({
    "farm_id": ("id", ["F1"]), "shade_trees": ("binary", [0, 1]), "cocoa_kg_22": ("numeric", [300, 500]),
    "cocoa_kg_24": ("numeric", [320, 540]), "farm_sz": ("numeric", [1, 3, 6]), "dist_mkt_km": ("numeric", [2, 8, 20]),
    "coop": ("binary", [0, 1]), "rainfall_mm": ("numeric", [900, 1500]), "soil_ph": ("numeric", [5.5, 6.5]),
    "income_adj": ("numeric", [800, 1200]), "income": ("numeric", [900, 1300]),
})
CLINIC = _cols({
    "pt_id": ("id", ["P1"]), "coach": ("binary", [0, 1]), "visitsbefore": ("numeric", [2, 5]),
    "visitsafter": ("numeric", [1, 4]), "age": ("numeric", [5, 9, 14]), "a1c12m": ("numeric", [6.5, 8.0]),
    "region": ("categorical", ["N", "S"]), "moodScore": ("numeric", [3, 7]), "moodScoreV2": ("numeric", [3, 8]),
})


def test_a_year_said_picks_the_two_digit_year_column(task_of):
    assert task_of("Did shade trees raise the 2024 cocoa harvest?", COCOA).outcome == "cocoa_kg_24"


def test_no_year_said_still_asks_which_year(gate_off):
    out = parse_question("Did shade trees raise the cocoa harvest?", COCOA, lm=None)
    assert out.task is None and "cocoa_kg_22" in out.clarification and "cocoa_kg_24" in out.clarification


def test_confounding_by_names_confounders(task_of):
    task = task_of("Is the effect of coop on cocoa_kg_24 real, or just confounding by rainfall_mm and soil_ph?", COCOA)
    assert (task.treatment, task.outcome) == ("coop", "cocoa_kg_24")
    assert task.covariates == ["rainfall_mm", "soil_ph"]


def test_terse_adj_is_the_adjustment_cue(task_of):
    task = task_of("ate coop on cocoa_kg_24 adj farm_sz, soil_ph", COCOA)
    assert (task.outcome, task.covariates) == ("cocoa_kg_24", ["farm_sz", "soil_ph"])


def test_identifier_keeps_the_role_it_was_voted_for(task_of):
    task = task_of("how does the coaching effect on a1c12m change with age", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "coach", "a1c12m")


def test_averaging_years_old_is_an_age_point(task_of):
    task = task_of("For children averaging 7.5 years old, what does the coach do to visits?", CLINIC)
    assert (task.kind, task.at) == ("cate", {"age": 7.5})


def test_a_unit_after_a_unit_noun_belongs_to_its_column(task_of):
    task = task_of("For farms 3 km from the market, what does joining the coop do to the 2024 cocoa harvest?", COCOA)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "coop", "cocoa_kg_24", {"dist_mkt_km": 3})


def test_run_together_name_reads_as_words(task_of):
    task = task_of("Does coaching cut clinic visits?", CLINIC)
    assert (task.treatment, task.outcome) == ("coach", "visitsafter")


def test_a_tag_written_apart_joins_its_name(task_of):
    assert task_of("effect of coach on moodScore v2", CLINIC).outcome == "moodScoreV2"


def test_allocation_policy_that_maximises(task_of):
    task = task_of("Derive an outreach allocation policy (`coach`) that maximises wellbeing measured by higher "
                   "`moodScoreV2`.", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "coach", "moodScoreV2")


def test_higher_y_on_units_named_by_the_treatment(task_of):
    task = task_of("Is the higher cocoa_kg_24 on coop farms real, or just confounding by rainfall_mm and soil_ph?", COCOA)
    assert (task.treatment, task.outcome, task.covariates) == ("coop", "cocoa_kg_24", ["rainfall_mm", "soil_ph"])


ASPIRIN = _cols({
    "pt_id": ("id", ["P1"]), "aspirin": ("binary", [0, 1]), "aspirin_dose_mg": ("numeric", [75, 150, 300]),
    "nurse_call": ("binary", [0, 1]), "er_visit_30": ("binary", [0, 1]), "er_visit_90": ("binary", [0, 1]),
})


def test_a_value_in_another_columns_unit_is_that_columns_point(task_of):
    task = task_of("When the aspirin dose is 150 mg, what does the nurse call do to ER visits within 30 days?", ASPIRIN)
    assert (task.kind, task.outcome, task.at) == ("cate", "er_visit_30", {"aspirin_dose_mg": 150})
