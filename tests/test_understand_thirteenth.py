"""Readings of the thirteenth round (issue 12), on the real parser without a language model:
- a period said without a number ("over the quarter", "within a year") or in other units ("three
  months" for a 90-day column) picks its member of a time family;
- terse commands: "col=level" after a comma is a group, a level written like a number ("2+") stays
  that level, a goal word opening a clause ("min y") names the policy's outcome and its direction;
- "revised" picks a `_v2` twin; a unit the name does not write ("4500 m altitude") makes a point;
- audits by an age swap or a grader's mark "sensitive to" an attribute; the tool's role ("an LLM bail
  officer") is not the decision audited;
- any verb in the passive after a form of "be" makes the agent after "by" the cause; a lone gerund
  before a variable is its verb;
- a hyphenated first word names a column by its last part; "the higher Y at ponds with X ... or just
  because they have better Z" (Z a confounder); a phrase fitting only the baseline of a named variable
  is that variable; a level inflected like a verb before "through" is no group; "caseworkers steer
  into" spells no initialism and names the policy's action.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each of the 20 readings fails on the parser of the start of this
round (c648a7a); the three guards ("next year's" is a date, a percent's scale, "by 12 months") pass
on both."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from column_specs import columns as _cols


DEPOTS = _cols({
    "depot_id": ("id", ["D1", "D2"]), "route_opt": ("binary", [0, 1]), "driver_bonus": ("binary", [0, 1]),
    "late_30d": ("numeric", [2, 9, 30]), "late_90d": ("numeric", [6, 25, 80]), "fleet_size": ("numeric", [8, 20, 60]),
    "elev_m": ("numeric", [10, 300, 1200]), "zone": ("categorical", ["EAST", "WEST", "HILL"]),
    "risk_band": ("categorical", ["1+", "2+", "3+"]), "csat": ("numeric", [60, 75, 90]),
    "csat_v2": ("numeric", [58, 77, 91]),
})
KIDNEY = _cols({
    "pt_id": ("id", ["K1", "K2"]), "sglt2": ("binary", [0, 1]), "diet_coach": ("binary", [0, 1]),
    "egfr_6m": ("numeric", [30, 45, 70]), "egfr_12m": ("numeric", [28, 44, 71]), "age": ("numeric", [40, 60, 80]),
})
HIVES = _cols({
    "hive_id": ("id", ["H1", "H2"]), "mite_strip": ("binary", [0, 1]), "honey_kg": ("numeric", [5, 20, 40]),
    "altitude": ("numeric", [200, 900, 1600]), "colony_loss": ("binary", [0, 1]),
})
PHYSIO = _cols({
    "pt_id": ("id", ["P1", "P2"]), "physio_n": ("numeric", [0, 6, 12]), "balance_cls": ("binary", [0, 1]),
    "pain_vas": ("numeric", [1, 5, 9]), "fall_12m": ("binary", [0, 1]), "readmit_12m": ("binary", [0, 1]),
    "age": ("numeric", [60, 72, 88]),
})


@pytest.mark.parametrize("question,cols,outcome", [
    ("Did route optimisation cut late deliveries over the quarter?", DEPOTS, "late_90d"),
    ("Does route optimisation reduce late deliveries in the following three months?", DEPOTS, "late_90d"),
    ("Does the driver bonus reduce late deliveries within a month?", DEPOTS, "late_30d"),
    ("Does an SGLT2 inhibitor protect kidney function (eGFR) over a year?", KIDNEY, "egfr_12m"),
])
def test_a_period_said_picks_its_time_column(question, cols, outcome, task_of):
    assert task_of(question, cols).outcome == outcome


def test_next_years_value_is_a_date_not_a_window(gate_off):
    # "next year's eGFR": the words date the variable; they are no 12-month window to pick by
    out = parse_question("What does diet coaching do to next year's eGFR?", KIDNEY, lm=None)
    assert out.task is None or out.task.outcome != "egfr_12m", out.task


@pytest.mark.parametrize("question,at", [
    ("cate route_opt late_90d, zone=HILL", {"zone": "HILL"}),
    ("Estimate the CATE of `route_opt` on `late_90d` for `risk_band` = 3+.", {"risk_band": "3+"}),
])
def test_a_column_set_equal_to_a_level_is_a_group(question, at, task_of):
    task = task_of(question, DEPOTS)
    assert task.kind == "cate" and task.at == at, task


def test_a_goal_word_opening_a_terse_clause_names_the_outcome(task_of):
    task = task_of("allocation rule driver_bonus, min late_30d", DEPOTS)
    assert (task.kind, task.treatment, task.outcome, task.maximize) == ("policy", "driver_bonus", "late_30d", False)


def test_revised_picks_the_v2_twin(task_of):
    assert task_of("Does route optimisation raise the revised csat score?", DEPOTS).outcome == "csat_v2"


def test_a_unit_the_name_does_not_write_still_makes_a_point(task_of):
    task = task_of("At 1200 m altitude, what do mite strips do to honey yield?", HIVES)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "mite_strip", "honey_kg", {"altitude": 1200})


@pytest.mark.parametrize("question,attribute", [
    ("Would the AI triage assistant set a different priority if the caller were 80 rather than 30?", "age"),
    ("Is the LLM marker's exam mark sensitive to the pupil's religion when nothing else changes?", "religion"),
])
def test_audits_asked_by_an_age_swap_or_a_sensitive_mark(question, attribute, task_of):
    task = task_of(question, None)
    assert (task.kind, task.treatment) == ("audit", attribute), task


def test_a_percent_before_a_plain_column_is_no_point_of_that_scale(task_of):
    # "at 40% fleet use (fleet_size = 0.4)" is not fleet_size = 40: a percent's scale is the column's to say
    task = task_of("For depots at 40% fleet_size (fleet_size = 0.4), what does route_opt do to late_90d?", DEPOTS)
    assert task.at == {"fleet_size": 0.4}, task


@pytest.mark.parametrize("question,treatment,outcome", [
    # any verb in the passive: the agent after "by" is the cause
    ("Is back pain (pain_vas) relieved by more physio sessions (physio_n)?", "physio_n", "pain_vas"),
    ("Is a fall made less likely by the balance class?", "balance_cls", "fall_12m"),
    # a lone gerund before the variable is its verb ("lowered by offering the balance class")
    ("Are falls over a year lowered by offering the balance class?", "balance_cls", "fall_12m"),
])
def test_passive_verbs_and_gerunds_leave_the_roles_to_the_variables(question, treatment, outcome, task_of):
    task = task_of(question, PHYSIO)
    assert (task.treatment, task.outcome) == (treatment, outcome), task


def test_by_and_a_time_is_no_agent(gate_off):
    # "readmitted by 12 months": a deadline, not the cause
    out = parse_question("Split the effect of physio_n on being readmitted by 12 months into direct and indirect "
                         "parts through pain_vas", PHYSIO, lm=None)
    assert out.task is None or out.task.treatment != "readmit_12m", out.task


def test_the_tools_role_is_no_decision(task_of):
    task = task_of("Does an LLM bail officer treat defendants differently by religion, all else equal? "
                   "Does the release recommendation flip?", None)
    assert (task.kind, task.outcome) == ("audit", "release recommendation"), task


PONDS = _cols({
    "pond_id": ("id", ["P1", "P2"]), "pond_area_ha": ("numeric", [0.5, 1, 3]), "lined_pond": ("binary", [0, 1]),
    "aerator_on": ("binary", [0, 1]), "disease_outbreak": ("binary", [0, 1]), "harvest_kg_pre": ("numeric", [100, 400]),
    "harvest_kg_post": ("numeric", [120, 450]), "site_grade": ("categorical", ["good", "fair", "poor"]),
    "feed_type": ("categorical", ["pellet", "mash", "pass"]),
})


def test_a_hyphenated_first_word_names_the_column_by_its_last_part(task_of):
    # "plastic-lined ponds" is lined_pond, not pond_area_ha
    task = task_of("Do plastic-lined ponds have fewer disease outbreaks?", PONDS)
    assert (task.treatment, task.outcome) == ("lined_pond", "disease_outbreak"), task


def test_a_rival_explanation_names_a_confounder_and_the_level_at_units_with_x_names_the_outcome(task_of):
    task = task_of("Is the higher harvest_kg_post at ponds with aerator_on causal, or just because those ponds "
                   "have better site_grade?", PONDS)
    assert (task.kind, task.treatment, task.outcome, task.covariates) == \
        ("ate", "aerator_on", "harvest_kg_post", ["site_grade"]), task


METERS = _cols({
    "home_id": ("id", ["H1", "H2"]), "smart_meter": ("binary", [0, 1]), "kwh_month_pre": ("numeric", [200, 400]),
    "kwh_month_post": ("numeric", [190, 380]), "occupants": ("numeric", [1, 3, 5]),
})


def test_a_phrase_fitting_only_the_baseline_of_a_named_variable_is_that_variable(task_of):
    # "the electricity a home uses per month": "month" is kwh_month_post; "electricity" is not the baseline
    task = task_of("Does a smart meter lower the electricity a home uses per month?", METERS)
    assert (task.treatment, task.outcome) == ("smart_meter", "kwh_month_post"), task


def test_a_verb_inflected_like_a_level_is_no_group(task_of):
    # "passes through" is a verb, not feed_type = pass
    task = task_of("How much of `lined_pond`' effect on `disease_outbreak` passes through `aerator_on`?", PONDS)
    assert (task.kind, task.treatment, task.mediator) == ("mediation", "lined_pond", "aerator_on"), task
    assert not task.conditions, task


DEBT = _cols({
    "client_id": ("id", ["C1", "C2"]), "dmp_enr": ("binary", [0, 1]), "cs_post": ("numeric", [520, 640, 710]),
    "dflt_6m": ("binary", [0, 1]), "dflt_12m": ("binary", [0, 1]), "age": ("numeric", [25, 40, 61]),
})


def test_a_subject_and_its_verb_spell_no_initialism_and_steer_into_names_the_action(task_of):
    # "caseworkers steer into": c + s is no credit score (cs_post); "steer into X" is the policy's action
    task = task_of("Which clients should caseworkers steer into a debt management plan so that fewer of them "
                   "default within a year?", DEBT)
    assert (task.kind, task.treatment, task.outcome, task.maximize) == ("policy", "dmp_enr", "dflt_12m", False), task
