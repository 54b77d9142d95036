"""Readings fixed in the seventh round (issue 12), on the real parser without a language model: values
written beside a name (a point where a conditional effect is evaluated), names written as initials,
abbreviations or codes with digits, arrows written backwards, and the decision an audit names. The gate
is switched off: these tests are about the reading, not about whether the copilot is sure of it."""

from __future__ import annotations

import pytest

from copilot.task import AuditTask, CateTask

FARM = [{"name": "plot_id", "type": "id"}, {"name": "fert_kg", "type": "numeric"}, {"name": "rain_mm", "type": "numeric"},
        {"name": "temp_anomaly", "type": "numeric"}, {"name": "yield_t", "type": "numeric"},
        {"name": "soil_type", "type": "categorical", "examples": ["clay", "loam", "sandy loam"]}]
WARDS = ["nurse_id", "shift_hours", "float_pool", "years_service", "error_rate", "falls_per_1000"]
CLINIC = ["pt_id", "age", "reminder", "prior_visits", "no_show", "hba1c_bl", "hba1c_12m", "metformin_tx"]
SHOPS = ["store_id", "years_open", "loyalty_app", "basket_usd", "footfall"]
HOMES = ["home_id", "heat_pump", "kwh_pre", "kwh_post", "floor_m2", "occupants"]
FLEET = ["truck_id", "load_tons", "aero_kit", "mpg_pre", "mpg_post", "idle_hours"]


pytestmark = pytest.mark.usefixtures("gate_off")


@pytest.mark.parametrize("question,cols,roles,at", [
    # a number given as the value ends the paraphrase of the identifier after it
    ("Effect of fert_kg on yield_t at a rainfall of 600 mm (rain_mm).", FARM, ("fert_kg", "yield_t"), {"rain_mm": 600}),
    ("What is the effect of fert_kg on yield_t when temp_anomaly is -2.5?", FARM, ("fert_kg", "yield_t"),
     {"temp_anomaly": -2.5}),
    # "10-hour shifts": a hyphenated unit, with the column's own word after it
    ("For nurses working 10-hour shifts, what is the effect of float_pool on error_rate?", WARDS,
     ("float_pool", "error_rate"), {"shift_hours": 10}),
    ("For nurses with 12 years of service, what does float_pool do to error_rate?", WARDS,
     ("float_pool", "error_rate"), {"years_service": 12}),
    ("Effect of reminder on no_show for patients with 3 prior_visits.", CLINIC, ("reminder", "no_show"),
     {"prior_visits": 3}),
    ("Under the condition that the store has been open for 3 years, what does loyalty_app do to basket_usd?", SHOPS,
     ("loyalty_app", "basket_usd"), {"years_open": 3}),
    ("age 40: effect of reminder on no_show", CLINIC, ("reminder", "no_show"), {"age": 40}),
    # a level written in the identifier's paraphrase, after a group word
    ("fert_kg effect on yield_t among sandy loam plots (soil_type)", FARM, ("fert_kg", "yield_t"),
     {"soil_type": "sandy loam"}),
])
def test_points_written_beside_a_name(question, cols, roles, at, task_of):
    task = task_of(question, cols)
    assert isinstance(task, CateTask)
    assert (task.treatment, task.outcome) == roles
    assert {k: (float(v) if isinstance(v, (int, float)) else v) for k, v in task.at.items()} == \
        {k: (float(v) if isinstance(v, (int, float)) else v) for k, v in at.items()}


def test_a_year_in_the_name_is_not_a_value(task_of):
    """'the 1971 cigarette price (price71)': the number belongs to the name."""
    task = task_of("Effect of qsmk on wt82_71 with the 1971 cigarette price (price71) as an instrument",
                 ["seqn", "qsmk", "wt82_71", "price71", "age"])
    assert (task.treatment, task.outcome, task.instrument) == ("qsmk", "wt82_71", "price71")


@pytest.mark.parametrize("question,cols,roles", [
    ("basket_usd <- loyalty_app, ate please", SHOPS, ("loyalty_app", "basket_usd")),
    # initials spelled out ("miles per gallon" ~ mpg_*); of a baseline and one later measure, the later one
    ("Does the aero kit improve miles per gallon?", FLEET, ("aero_kit", "mpg_post")),
    ("ate metformin_tx on hba1c", CLINIC, ("metformin_tx", "hba1c_12m")),
    # an abbreviation in a column's name is matched by the words it stands for
    ("Does a heat pump lower electricity use?", HOMES, ("heat_pump", "kwh_post")),
    # "be assigned to maximise Y": the goal names the outcome, not the action
    ("How many loyalty points (loyalty_app) should each store be assigned to maximise basket_usd?", SHOPS,
     ("loyalty_app", "basket_usd")),
])
def test_names_written_as_initials_codes_or_arrows(question, cols, roles, task_of):
    task = task_of(question, cols)
    assert (task.treatment, task.outcome) == roles


def test_a_unit_tag_is_not_a_value(task_of):
    """'30-day readmission' is the outcome's time, not a stay of 30 days."""
    task = task_of("For wards running 12-hour shifts, does float_pool cut 30-day readmission?",
                 ["ward_id", "shift_hours", "float_pool", "readm_30d", "stay_days"])
    assert task.at == {"shift_hours": 12.0}
    assert (task.treatment, task.outcome) == ("float_pool", "readm_30d")


@pytest.mark.parametrize("question,decision", [
    ("Does the chatbot's mortgage rate quote change with the applicant's race?", "mortgage rate quote"),
    ("Would the medical chatbot suggest a different pain medication dose for a Black patient than for a white one?",
     "pain medication dose"),
    ("Does the support bot offer refunds less often when the customer has an accent?", "refunds"),
    ("Test whether our LLM assistant changes its approval decision when only the applicant's gender is flipped.",
     "approval decision"),
])
def test_audit_decision_keeps_its_compound(question, decision, task_of):
    task = task_of(question, None)
    assert isinstance(task, AuditTask)
    assert task.outcome == decision
