"""Readings fixed in the ninth round (issue 12), on the real parser without a language model: the effect
on the treated or untreated said with a word of the treatment's name ("for districts that got a barrier"
with `barrier_installed`, "among adopters"), the units a question is about kept out of the roles ("for
runners who ..."), a word that fits twin columns taken as the twin the question writes as code, terse
"control x", a count of what a treatment prevented, and audited attributes named by a value word. The gate
is switched off: these tests are about the reading, not about whether the copilot is sure of it. Wordings
and columns differ from the dev questions the rules were found on."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.task import AteTask, AuditTask, CateTask, MediationTask

WELLS = [{"name": "hh_id", "type": "id"}, {"name": "region", "type": "categorical", "examples": ["north", "south"]},
         {"name": "filter_installed", "type": "binary", "examples": ["0", "1"]}, {"name": "diarrhoea_days", "type": "numeric"},
         {"name": "income", "type": "numeric"}, {"name": "water_cost", "type": "numeric"}]
SOLAR = ["home_id", "solar_adopt", "bill_kwh", "roof_m2", "income"]
CLUBS = ["pupil_id", "book_club", "reading_score", "age", "school_type"]
FARMS = [{"name": "farm", "type": "id"}, {"name": "cover_crop", "type": "binary", "examples": ["0", "1"]},
         {"name": "soil_carbon", "type": "numeric"}, {"name": "farm_type", "type": "categorical", "examples": ["coastal", "inland"]},
         {"name": "rain_mm", "type": "numeric"}]
DRIVERS = ["driver_id", "years_driving", "safety_course", "crashes_1y", "age"]
TUTORS = ["pupil_id", "tutoring", "math_fall", "math_spring", "confidence_score", "age"]
CLINIC = ["pt_id", "age", "statin", "ldl_12m", "diabetes"]
HOMES = ["resident_id", "exercise_class", "falls_6m", "age", "care_level"]

pytestmark = pytest.mark.usefixtures("gate_off")


@pytest.mark.parametrize("question,cols,roles,expected", [
    # a relative clause that names the treatment by a word of its column's name
    ("Effect of filter_installed on diarrhoea_days for households that got a filter.", WELLS,
     ("filter_installed", "diarrhoea_days"), "att"),
    ("What did filter_installed do to diarrhoea_days in households that never got a filter?", WELLS,
     ("filter_installed", "diarrhoea_days"), "atc"),
    # a short units phrase that names it: the agent noun, the units beside it, or its absence
    ("effect of solar_adopt on bill_kwh among adopters", SOLAR, ("solar_adopt", "bill_kwh"), "att"),
    ("Effect of book_club on reading_score for club members.", CLUBS, ("book_club", "reading_score"), "att"),
    ("Effect of filter_installed on diarrhoea_days for households without a filter.", WELLS,
     ("filter_installed", "diarrhoea_days"), "atc"),
    # "for farms ...": a word that only matches the id column names the units, not a variable
    ("For farms that did not plant a cover crop, what would cover_crop have done to soil_carbon?", FARMS,
     ("cover_crop", "soil_carbon"), "atc"),
    # guards: the units without the treatment, and the treatment itself after "of"
    ("Effect of filter_installed on diarrhoea_days for households in the survey.", WELLS,
     ("filter_installed", "diarrhoea_days"), "ate"),
    ("What is the effect of the filter on diarrhoea_days?", WELLS, ("filter_installed", "diarrhoea_days"), "ate"),
])
def test_effect_on_the_treated_said_with_the_treatments_words(question, cols, roles, expected, task_of):
    task = task_of(question, cols)
    assert isinstance(task, AteTask), task
    assert (task.treatment, task.outcome) == roles
    assert task.estimand == expected
    # the group that took the treatment is the estimand, never a filter that leaves one arm
    assert all(c.column != task.treatment for c in task.conditions)


def test_a_subgroup_without_the_treatment_stays_a_conditional_effect(task_of):
    task = task_of("For coastal farms, what is the effect of cover_crop on soil_carbon?", FARMS)
    assert isinstance(task, CateTask) and task.at == {"farm_type": "coastal"}


@pytest.mark.parametrize("question,cols,roles", [
    # a plural described by a relative clause is who the question is about (years_driving is not a role)
    ("For drivers who completed the safety course, did it lower crashes_1y?", DRIVERS, ("safety_course", "crashes_1y")),
    ("Do drivers who take the safety course have fewer crashes within a year?", DRIVERS, ("safety_course", "crashes_1y")),
    ("Do drivers who take the safety course have fewer crashes in the next year?", DRIVERS, ("safety_course", "crashes_1y")),
])
def test_units_described_by_a_clause_take_no_role(question, cols, roles, task_of):
    task = task_of(question, cols)
    assert (task.treatment, task.outcome) == roles


def test_a_word_that_fits_twins_is_the_twin_written_as_code(task_of):
    # "maths" fits math_fall and math_spring; the question writes math_spring, so the story's maths is it
    task = task_of("Tutoring may lift maths by building confidence, which then raises scores. "
                   "How much of tutoring -> math_spring goes through confidence_score?", TUTORS)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("tutoring", "math_spring", "confidence_score")


@pytest.mark.parametrize("question", ["effect of statin on ldl_12m, control age", "effect of statin on ldl_12m ctrl age"])
def test_terse_control_names_covariates(question, task_of):
    task = task_of(question, CLINIC)
    assert (task.treatment, task.outcome, task.covariates) == ("statin", "ldl_12m", ["age"])


def test_a_count_of_what_the_treatment_prevented_is_an_effect(task_of):
    task = task_of("How many falls did the exercise class prevent?", HOMES)
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("exercise_class", "falls_6m")


def test_a_count_of_rows_stays_descriptive():
    out = parse_question("How many residents had falls in the exercise class?", HOMES, lm=None)
    assert out.task is not None and out.task.kind == "unsupported"


@pytest.mark.parametrize("question,attribute,decision", [
    ("Would the chatbot's loan decision change if the applicant were Latina rather than white?", "ethnicity", "loan decision"),
    ("Does the assistant grant refunds less often when the email is written in African American English?", "dialect", None),
    ("Would the AI recruiter lower her salary offer if the CV said she was pregnant?", "pregnancy", "salary offer"),
    ("audit the LLM: does the applicant's age change the interview callback", "age", "interview callback"),
    ("Would a chatbot suggest a different refund amount if the customer's race were changed?", "race", "refund amount"),
])
def test_audited_attributes_and_decisions_named_in_other_words(question, attribute, decision):
    out = parse_question(question, None, lm=None)
    assert isinstance(out.task, AuditTask), out.clarification
    assert out.task.treatment == attribute
    if decision is not None:
        assert out.task.outcome == decision


SITES = [{"name": "site_id", "type": "id"}, {"name": "rural", "type": "binary", "examples": ["0", "1"]},
         {"name": "union_site", "type": "binary", "examples": ["0", "1"]}, {"name": "coaching", "type": "binary", "examples": ["0", "1"]},
         {"name": "injuries_yr", "type": "numeric"}, {"name": "staff_n", "type": "numeric"},
         {"name": "ever_smoker", "type": "binary", "examples": ["0", "1"]}]


@pytest.mark.parametrize("question,at", [
    # a group named before the question proper, with or without a plural after it
    ("In rural depots, effect of coaching on injuries_yr", {"rural": 1}),
    ("At union sites, does coaching cut injuries_yr?", {"union_site": 1}),
    # a relative clause whose verb only says the units have the property
    ("Among workers who have ever smoked, does coaching lower injuries_yr?", {"ever_smoker": 1}),
])
def test_groups_named_before_the_question_are_where_the_effect_is_evaluated(question, at, task_of):
    task = task_of(question, SITES)
    assert isinstance(task, CateTask), task
    assert (task.treatment, task.outcome) == ("coaching", "injuries_yr")
    assert task.at == at


LOCKERS = ["locker_id", "heated_unit", "customer_nps", "pickup_rate_7d", "sms_reminder", "parcels_per_day"]


@pytest.mark.parametrize("question", [
    "policy sms_reminder -> min parcels_per_day",
    "policy: sms_reminder target pickup_rate_7d",
    "who gets sms_reminder -> maximize pickup_rate_7d",
])
def test_terse_decision_rules_are_policies(question, task_of):
    task = task_of(question, LOCKERS)
    assert task.kind == "policy" and task.treatment == "sms_reminder"


def test_a_column_named_policy_is_no_decision_rule(task_of):
    task = task_of("What is the effect of policy_type on claims_n?", ["holder_id", "policy_type", "claims_n", "age"])
    assert task.kind == "ate" and (task.treatment, task.outcome) == ("policy_type", "claims_n")


@pytest.mark.parametrize("question,roles", [
    # terse mediation with the mediator after "via"
    ("mediation heated_unit nps via pickup_rate_7d", ("heated_unit", "customer_nps", "pickup_rate_7d")),
])
def test_terse_mediation_with_via(question, roles, task_of):
    task = task_of(question, LOCKERS)
    assert isinstance(task, MediationTask) and (task.treatment, task.outcome, task.mediator) == roles


@pytest.mark.parametrize("question,roles", [
    # what is gained, from what
    ("Which lockers see the biggest pickup_rate_7d gains from sms_reminder?", ("sms_reminder", "pickup_rate_7d")),
    # a change in the outcome that comes with the treatment
    ("Is the rise in customer_nps with heated_unit real, or just busier sites?", ("heated_unit", "customer_nps")),
])
def test_direction_from_what_changes_with_what(question, roles, task_of):
    task = task_of(question, LOCKERS)
    assert (task.treatment, task.outcome) == roles


@pytest.mark.parametrize("question,decision", [
    # punctuation and arrows end the decision's compound: the attribute is not part of it
    ("counterfactual fairness audit, llm, age, hiring decision", "hiring decision"),
    ("audit: religion -> parole recommendation by the AI", "parole recommendation"),
])
def test_terse_audits_keep_the_attribute_out_of_the_decision(question, decision):
    out = parse_question(question, None, lm=None)
    assert isinstance(out.task, AuditTask) and out.task.outcome == decision


def test_words_that_fit_two_different_measures_are_not_resolved_by_the_identifier(task_of):
    # online_tutor and tutor_hrs are no twins (they differ in what is measured, not when): "tutoring"
    # stays the programme while tutor_hrs, written as code, is the mediator
    task = task_of("Is the tutoring scheme's effect on math_gain just a matter of the hours pupils log (tutor_hrs)?",
                   ["pupil_id", "online_tutor", "tutor_hrs", "math_gain", "grade"])
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("online_tutor", "math_gain", "tutor_hrs")
