"""Readings fixed in the tenth round (issue 12), on the real parser without a language model: a span
that reaches over "on" to a column does not swallow the start of the next variable's name, a name
written as two words ("E. coli", "FeNO" read as "fe no") is one column word, and an identifier the
user wrote that takes no role fills the role a loose one-word match held. The gate is switched off:
these tests are about the reading, not about whether the copilot is sure of it. Wordings and columns
differ from the dev questions the rules were found on."""

from __future__ import annotations

import pytest

from copilot.task import AteTask, CateTask, MediationTask, PolicyTask

HERDS = ["farm_id", "vax_flu", "flu_cases", "milk_yield", "herd_size"]
WELLS = ["well_id", "chlorinated", "ECOLI_MPN", "turbidity", "depth_m"]
LUNGS = ["pt_id", "inhaler", "feno_ppb", "fev1_pct", "age"]
RIDES = ["trip_id", "promoApplied", "tripKm", "rated", "driverTenure"]
JOBS = ["person_id", "voucher", "mother_age", "back_at_work", "earnings", "married"]
LINES = ["line_id", "supplier_b", "resin_temp", "defect_rt", "shift"]

pytestmark = pytest.mark.usefixtures("gate_off")


def test_a_span_over_on_leaves_the_next_name_whole(task_of):
    # "vaccination on flu" would fit vax_flu, but then "cases" is left over: flu_cases is the outcome
    task = task_of("What is the effect of vaccination on flu cases?", HERDS)
    assert isinstance(task, AteTask)
    assert (task.treatment, task.outcome) == ("vax_flu", "flu_cases")


@pytest.mark.parametrize("question,cols,roles", [
    ("Does chlorination lower E. coli counts in the wells?", WELLS, ("chlorinated", "ECOLI_MPN")),
    ("Does the inhaler bring FeNO down?", LUNGS, ("inhaler", "feno_ppb")),
])
def test_a_name_written_as_two_words_is_one_column_word(question, cols, roles, task_of):
    task = task_of(question, cols)
    assert (task.treatment, task.outcome) == roles


@pytest.mark.parametrize("question,cols,roles", [
    # "trip" fits tripKm loosely; the user wrote `rated` for the outcome and it has no other role
    ("Does a promo code (promoApplied) change the chance that a trip gets rated (rated)?", RIDES,
     ("promoApplied", "rated")),
    # "mothers" fits mother_age loosely: the identifier the user wrote after the clause is the outcome
    ("Effect of the job voucher (voucher) on whether mothers return to work (back_at_work), adjusting for married.",
     JOBS, ("voucher", "back_at_work")),
])
def test_a_written_identifier_without_a_role_takes_the_loose_one(question, cols, roles, task_of):
    task = task_of(question, cols)
    assert (task.treatment, task.outcome) == roles


def test_a_written_identifier_with_a_role_stays_where_it_is(task_of):
    # guard: every identifier already has a role (earnings is a modifier), so nothing moves
    task = task_of("How does the effect of voucher on back_at_work vary with earnings (earnings)?", JOBS)
    assert isinstance(task, CateTask)
    assert (task.treatment, task.outcome) == ("voucher", "back_at_work")


def test_a_policy_outcome_written_as_code_beats_a_loose_word(task_of):
    # "resin" fits resin_temp loosely; defect_rt, written as code, is the outcome
    task = task_of("Which lines should get supplier_b's resin if we want defect_rt as low as possible?", LINES)
    assert isinstance(task, PolicyTask)
    assert (task.treatment, task.outcome) == ("supplier_b", "defect_rt")


TB = ["case_id", "dot_given", "tx_success", "age", "hiv_pos"]
SQUAD = ["player_id", "warmup_prog", "inj_12m", "acwr", "position"]
CLINIC = ["pt_id", "biologic", "dlqi_wk12", "pasi_wk12", "age"]
PUMPS = ["pump_id", "smart_sensor", "repair_visits", "outages_90d", "pump_age"]
SHOPS = ["shop_id", "ad_budget", "footfall", "sales_k", "staff_n", "median_income"]
DELIVERY = ["order_id", "snowFlag", "lateFlag", "stars", "distanceKm"]


def test_a_word_the_identifier_abbreviates_belongs_to_its_paraphrase(task_of):
    # "treatment" before (tx_success) is part of the name, not a label that makes tx_success the treatment
    task = task_of("Does giving DOT (dot_given) raise treatment success (tx_success)? Adjust for age.", TB)
    assert (task.treatment, task.outcome) == ("dot_given", "tx_success")


@pytest.mark.parametrize("question,cols,roles", [
    ("What is the injury reduction from the warm-up programme for players with an acwr of 1.2?", SQUAD,
     ("warmup_prog", "inj_12m")),
    ("For patients on the biologic, what did it do to their DLQI at week 12?", CLINIC, ("biologic", "dlqi_wk12")),
    ("For pumps that never got a smart sensor, what would it have done to their outages over 90 days?", PUMPS,
     ("smart_sensor", "outages_90d")),
])
def test_a_change_or_a_deed_names_the_outcome_it_acts_on(question, cols, roles, task_of):
    task = task_of(question, cols)
    assert (task.treatment, task.outcome) == roles


def test_a_chain_told_in_order_puts_the_middle_link_in_the_middle(task_of):
    task = task_of("Smart sensors trigger more repair visits, which then lower outages over 90 days. "
                   "Decompose the effect.", PUMPS)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.mediator, task.outcome) == ("smart_sensor", "repair_visits", "outages_90d")


def test_the_mediator_is_the_identifier_written_for_it(task_of):
    task = task_of("A bigger ad budget brings in more sales. Is that because it pays for more staff (staff_n)?", SHOPS)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("ad_budget", "sales_k", "staff_n")


def test_the_mediator_is_never_the_treatment(task_of):
    task = task_of("Snow seems to hurt stars. Is that mostly because snowy orders arrive late? Decompose it.", DELIVERY)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("snowFlag", "stars", "lateFlag")


REEFS = ["reef_id", "year", "no_take_zone", "fish_biomass", "fish_biomass_lag1", "sst_anom"]


def test_last_years_value_is_the_lag_column_not_the_year(task_of):
    # "last year's fish biomass" is fish_biomass_lag1 (a lag named lagN), and "year" there is no column
    task = task_of("How much is fish biomass raised by a no-take zone, after we account for the temperature "
                   "anomaly (sst_anom) and last year's fish biomass?", REEFS)
    assert (task.treatment, task.outcome) == ("no_take_zone", "fish_biomass")
    assert set(task.covariates) == {"sst_anom", "fish_biomass_lag1"}


PLANTS = ["plant_id", "membrane_upgrade", "violations_qtr", "violations_yr", "opex", "opex_adj"]


@pytest.mark.parametrize("question,outcome", [
    ("Which plants should get the membrane upgrade to minimise annual violations?", "violations_yr"),
    ("Does the membrane upgrade cut inflation-adjusted opex?", "opex_adj"),
    ("Does the membrane upgrade cut opex?", "opex"),  # guard: no word beside it, the plain twin
])
def test_a_word_beside_the_name_picks_the_twin_it_writes(question, outcome, task_of):
    task = task_of(question, PLANTS)
    assert (task.treatment, task.outcome) == ("membrane_upgrade", outcome)


FACTORY = ["line_id", "pm_plan", "oee_pct", "mtbf_hrs", "shift"]
KIDS = ["child_id", "smoke_exposure", "fev1_pct", "feno_ppb", "age_yrs"]


def test_a_name_spelt_by_initials_may_hold_between(task_of):
    task = task_of("How much of pm_plan's effect on OEE comes via a longer mean time between failures?", FACTORY)
    assert isinstance(task, MediationTask)
    assert task.mediator == "mtbf_hrs"


def test_words_restated_by_a_variable_are_that_variable(task_of):
    # "airway inflammation" names no column; "as measured by FeNO" restates it as feno_ppb
    task = task_of("Does smoke exposure lower fev1_pct through airway inflammation as measured by FeNO?", KIDS)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("smoke_exposure", "fev1_pct", "feno_ppb")


SHOPS_EU = [{"name": "seller_id", "type": "id"}, {"name": "promo", "type": "binary", "examples": ["0", "1"]},
            {"name": "gmv", "type": "numeric"},
            {"name": "country", "type": "categorical", "examples": ["US", "UK", "DE", "FR"]}]
ROADS = [{"name": "segment_id", "type": "id"}, {"name": "speed_camera", "type": "binary", "examples": ["0", "1"]},
         {"name": "crash_rate", "type": "numeric"},
         {"name": "road_type", "type": "categorical", "examples": ["motorway", "A-road", "B-road"]}]
AREAS = [{"name": "area_id", "type": "id"}, {"name": "levy", "type": "binary", "examples": ["0", "1"]},
         {"name": "admissions", "type": "numeric"},
         {"name": "dep_q", "type": "categorical", "examples": ["q1", "q2", "q3", "q4", "q5"]}]


@pytest.mark.parametrize("question,cols,at", [
    ("promo on gmv for French sellers", SHOPS_EU, {"country": "FR"}),
    ("effect of speed_camera on crash_rate on A-roads", ROADS, {"road_type": "A-road"}),
    ("In dep quintile q2, what is the effect of the levy on admissions?", AREAS, {"dep_q": "q2"}),
])
def test_a_group_written_as_a_level_in_other_words(question, cols, at, task_of):
    task = task_of(question, cols)
    assert isinstance(task, CateTask) and task.at == at


@pytest.mark.parametrize("question,attribute,decision", [
    ("Does the chatbot decide on promotion differently for pregnant staff with identical reviews?", "pregnancy",
     "promotion"),
    ("If only the caller's dialect changes, does the AI agent's fraud flag change?", "dialect", "fraud flag"),
    # a value word names the attribute; "the decision the AI suggests" is a noun, not a verb
    ("Would the LLM change its physiotherapy referral if the patient were deaf, all else equal?", "disability",
     "physiotherapy referral"),
    ("If a tenant is described as lesbian, does the rental decision the AI suggests change?", "sexual_orientation",
     "rental decision"),
])
def test_an_audited_decision_named_by_its_noun(question, attribute, decision):
    from copilot.parse import parse_question
    from copilot.task import AuditTask
    task = parse_question(question, None, lm=None).task
    assert isinstance(task, AuditTask)
    assert (task.treatment, task.outcome) == (attribute, decision)


SITES = ["site_id", "fire_training", "fire_started", "awareness_post", "region"]


def test_a_twin_word_of_another_variable_picks_no_twin(task_of):
    # "training" two words before "started fires" is the treatment, not fire_started's twin word
    task = task_of("Does the training cut started fires because it raises awareness (awareness_post)? "
                   "Decompose it.", SITES)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("fire_training", "fire_started", "awareness_post")
