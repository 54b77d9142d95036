"""Where a conditional effect is evaluated, adjustment sets and paraphrases beside identifiers
(copilot/understand: points, fields.split_at, roles, evidence), on the real parser. The am-I-sure gate
is switched off: these tests are about the reading (the gate's own tests are in test_understand.py),
and a refit of the gate may move its threshold past any one of these short questions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from copilot.data import profile as make_profile
from copilot.parse import parse_question
from copilot.task import AteTask, CateTask

pytestmark = pytest.mark.usefixtures("gate_off")


def _profile(cols: dict[str, str], levels: dict[str, list[str]] | None = None) -> list[dict]:
    levels = levels or {}
    return [{"name": c, "type": t, "examples": levels.get(c, [])} for c, t in cols.items()]


COURIERS = _profile(
    {"courierId": "id", "surgeBonus": "binary", "churned30d": "binary", "completedTrips": "numeric",
     "vehicleType": "categorical", "city": "categorical", "tenureMo": "numeric", "female": "binary",
     "age_yrs": "numeric"},
    {"vehicleType": ["bicycle", "scooter", "car"], "city": ["mexico_city", "bogota", "lima"], "female": ["0", "1"]})


@pytest.mark.parametrize("question,at", [
    ("surgeBonus effect on completedTrips for bicycle couriers", {"vehicleType": "bicycle"}),
    ("what would the surge bonus do to completedTrips in mexico_city specifically", {"city": "mexico_city"}),
    ("Effect of surgeBonus on completedTrips when vehicleType = 'scooter'", {"vehicleType": "scooter"}),
    ("How does surgeBonus change completedTrips for a courier who has been with us for 2 months?", {"tenureMo": 2}),
    ("For a 30-year-old courier, what does surgeBonus do to completedTrips?", {"age_yrs": 30}),
])
def test_effect_for_a_group_or_at_a_value_is_a_conditional_effect_there(question, at):
    out = parse_question(question, COURIERS, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("surgeBonus", "completedTrips")
    assert out.task.at == at


def test_a_level_that_names_the_treatment_is_not_a_group():
    prof = _profile({"matchmakingVersion": "categorical", "sessionsPerWeek": "numeric", "region": "categorical"},
                    {"matchmakingVersion": ["mm_a", "mm_b"], "region": ["eu", "na"]})
    out = parse_question("The new matchmaking (mm_b) rolled out randomly. Did it change sessionsPerWeek?", prof, lm=None)
    assert isinstance(out.task, AteTask) and not out.task.conditions


def test_a_binary_group_is_a_point_of_a_conditional_effect_and_a_range_stays_a_filter():
    """'among women', '(dm = 1)': the effect at a level of another variable, like any category;
    'aged 50 and older' is a range of rows, not a point."""
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"age": rng.integers(20, 80, 200), "sex": rng.choice(["F", "M"], 200),
                       "dm": rng.integers(0, 2, 200),
                       "statin_use": rng.integers(0, 2, 200), "cholesterol": rng.normal(200, 20, 200)})
    out = parse_question("Do statins lower cholesterol among women?", make_profile(df), lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"sex": "F"} and not out.task.conditions
    out = parse_question("For participants with diabetes (dm = 1), does statin use reduce cholesterol?",
                         make_profile(df), lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"dm": 1}
    out = parse_question("Do statins lower cholesterol among women aged 50 and older?", make_profile(df), lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"sex": "F"}
    assert [(c.column, c.op, c.value) for c in out.task.conditions] == [("age", ">=", 50)]


@pytest.mark.parametrize("question,cols,at", [
    ("For a 2,500 sq ft home, what does ecoModeEnabled do to energyKwhMonthly?",
     {"homeSqft": "numeric", "ecoModeEnabled": "binary", "energyKwhMonthly": "numeric", "occupancyHrs": "numeric"},
     {"homeSqft": 2500}),
    ("effect of observer on bycatch_kg for a 25 m vessel",
     {"vessel_len_m": "numeric", "observer": "binary", "bycatch_kg": "numeric", "crew_n": "numeric"}, {"vessel_len_m": 25}),
    ("effect of prescribed_burn on fire_sev on slopes of 20 degrees",
     {"slope_deg": "numeric", "prescribed_burn": "binary", "fire_sev": "numeric", "aspect_deg": "numeric"}, {"slope_deg": 20}),
    ("effect of thinning on dbh_cm for a 40-year-old stand",
     {"stand_age_yrs": "numeric", "thinning": "binary", "dbh_cm": "numeric", "slope_deg": "numeric"}, {"stand_age_yrs": 40}),
])
def test_numbers_in_a_columns_unit_point_at_that_column(question, cols, at):
    out = parse_question(question, _profile(cols), lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert out.task.at == at


def test_two_columns_in_the_same_unit_are_not_guessed():
    cols = _profile({"slope_deg": "numeric", "aspect_deg": "numeric", "burn": "binary", "severity": "numeric"})
    out = parse_question("effect of burn on severity at 20 degrees", cols, lm=None)
    assert out.task is None or not getattr(out.task, "at", None)


NHEFS = ["seqn", "qsmk", "wt71", "wt82_71", "sbp", "age", "sex", "race", "educ", "smokeintensity", "smokeyrs",
         "exercise", "active"]


@pytest.mark.parametrize("question,covariates", [
    ("Effect of qsmk on wt82_71, with age, sex, race and educ as potential confounders.", {"age", "sex", "race", "educ"}),
    ("Using age, sex, race and smokeyrs as the adjustment set, estimate the ATE of qsmk on wt82_71.",
     {"age", "sex", "race", "smokeyrs"}),
    ("Among people of the same age, sex and race, does quitting smoking (qsmk) change weight gain (wt82_71)?",
     {"age", "sex", "race"}),
    ("Effect of qsmk on wt82_71 for people matched on age and smokeintensity", {"age", "smokeintensity"}),
    ("ATE qsmk -> wt82_71 adj age sex race", {"age", "sex", "race"}),
    ("qsmk effect on wt82_71. adjust: age sex educ", {"age", "sex", "educ"}),
    ("ATE qsmk -> wt82_71 | age, sex, smokeyrs", {"age", "sex", "smokeyrs"}),
    ("qsmk -> wt82_71, with age, sex and exercise in the adjustment set", {"age", "sex", "exercise"}),
    ("the effect of qsmk on wt82_71 once age, educ and active are taken into account", {"age", "educ", "active"}),
])
def test_adjustment_sets_written_in_other_ways(question, covariates):
    out = parse_question(question, NHEFS, lm=None)
    assert isinstance(out.task, AteTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("qsmk", "wt82_71")
    assert set(out.task.covariates or []) == covariates


@pytest.mark.parametrize("question", [
    "Does quitting smoking (qsmk) change weight gain (wt82_71)?",
    "What is the effect of quitting smoking (qsmk) on weight change between 1971 and 1982 (wt82_71)?",
])
def test_a_paraphrase_before_an_identifier_stops_at_a_verb_but_keeps_a_noun(question):
    out = parse_question(question, NHEFS, lm=None)
    assert isinstance(out.task, AteTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("qsmk", "wt82_71")


@pytest.mark.parametrize("question,cols,outcome", [
    ("Who should get surgeBonus so that 90-day churn is as low as possible?",
     ["courierId", "surgeBonus", "churned30d", "churned90d", "city"], "churned90d"),
    ("Does the school programme reduce 12-month ED visits?", ["kid_id", "school_prog", "ed_visits_6m", "ed_visits_12m"],
     "ed_visits_12m"),
    ("Does bootcamp raise season-2 win rate?", ["pid", "bootcamp", "win_rate_s1", "win_rate_s2"], "win_rate_s2"),
    ("Is HbA1c at month 12 lowered by the meal kit?", ["pid", "meal_kit", "hba1c_bl", "hba1c_m12"], "hba1c_m12"),
    ("Did the reform change math scores in 2021?", ["school", "reform", "score_2019", "score_2021"], "score_2021"),
    ("Does fertiliser use increase yield?", ["farm", "fertiliser", "yield_t_ha", "yield_t_ha_prev"], "yield_t_ha"),
])
def test_the_time_a_question_names_picks_the_column_measured_then(question, cols, outcome):
    out = parse_question(question, cols, lm=None)
    assert out.task is not None, out.clarification
    assert out.task.outcome == outcome


@pytest.mark.parametrize("question,cols,options", [
    ("does the incentive push reduce churn?", ["wid", "incentivePush", "churned30d", "churned90d"], ["churned30d", "churned90d"]),
    ("Does poverty raise police spending (police_spend_pc)?", ["town", "poverty_rate", "poverty_ratio", "police_spend_pc"],
     ["poverty_rate", "poverty_ratio"]),
])
def test_words_that_fit_two_twin_columns_are_asked_about(question, cols, options):
    out = parse_question(question, cols, lm=None)
    assert out.task is None and out.pending is not None
    assert sorted(out.pending.options) == options and all(o in out.clarification for o in options)


def test_a_written_identifier_or_a_baseline_twin_is_not_asked_about():
    out = parse_question("does incentivePush reduce churned30d, i.e. churn?", ["wid", "incentivePush", "churned30d", "churned90d"], lm=None)
    assert out.task is not None and out.task.outcome == "churned30d"
    out = parse_question("Does fertiliser use increase yield?", ["farm", "fertiliser", "yield_t_ha", "yield_t_ha_prev"], lm=None)
    assert out.task is not None and out.task.outcome == "yield_t_ha"


@pytest.mark.parametrize("question,cols,at", [
    ("if storm_days were 20, what would trim_km do to saidi?", {"storm_days": "numeric", "trim_km": "numeric", "saidi": "numeric"},
     {"storm_days": 20}),
    ("For a claim of $20,000, how much does fastTrack change daysToSettle?",
     {"claim": "numeric", "fastTrack": "binary", "daysToSettle": "numeric"}, {"claim": 20000}),
    ("effect of adherence on ldl_c at adherence_pct of 90%",
     {"adherence": "binary", "adherence_pct": "numeric", "ldl_c": "numeric"}, {"adherence_pct": 90}),
])
def test_more_ways_to_write_a_point(question, cols, at):
    out = parse_question(question, _profile(cols), lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert out.task.at == at


def test_a_word_is_no_value_of_a_number_column_and_short_codes_are_levels():
    prof = _profile({"temp": "numeric", "defect_rate": "numeric", "humidity_pct": "numeric"})
    out = parse_question("What's the impact of temp on defect_rate when humidity is high (humidity_pct=70)?", prof, lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"humidity_pct": 70}
    prof = _profile({"tutorialSkipped": "binary", "levelReached": "numeric", "country": "categorical"},
                    {"country": ["BR", "US", "IN"]})
    out = parse_question("Effect of tutorialSkipped on levelReached for players in BR", prof, lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"country": "BR"}


@pytest.mark.parametrize("question,cols,outcome", [
    ("Does the robot reduce mean time to repair?", ["robot", "mttr_hrs", "crew_n"], "mttr_hrs"),
    ("effect of arm on overall survival", ["arm", "os_mo", "pfs_mo"], "os_mo"),
    ("is low birth weight reduced by the cash transfer", ["cash_transfer", "lbw", "bw_g"], "lbw"),
    ("Is readmission within 30 days reduced by med_recon?", ["pid", "med_recon", "readmit_30d", "readmit_90d"], "readmit_30d"),
])
def test_initials_and_time_spans_ground_the_outcome(question, cols, outcome):
    out = parse_question(question, cols, lm=None)
    assert out.task is not None, out.clarification
    assert out.task.outcome == outcome


def test_sentence_words_are_no_initials():
    out = parse_question("Does the training change employed_6m?", ["job_training", "release_dt", "employed_6m"], lm=None)
    assert out.task is not None and out.task.treatment == "job_training"


@pytest.mark.parametrize("question,cols,mediator", [
    ("Does the visa waiver (visa_waiver) raise arrivals partly because airlines add seats (flight_seats)?",
     ["dest", "visa_waiver", "arrivals", "flight_seats", "exch_rate"], "flight_seats"),
    ("Is the link between feeder_age and saidi_min explained by more frequent interruptions (saifi)?",
     ["feeder", "feeder_age", "saidi_min", "saifi", "crews"], "saifi"),
    ("Does physical therapy (pt_home) reduce falls_90d by improving adl_d60?", ["pid", "pt_home", "falls_90d", "adl_d60"],
     "adl_d60"),
])
def test_mediation_asked_as_a_story(question, cols, mediator):
    out = parse_question(question, cols, lm=None)
    assert out.task is not None and out.task.kind == "mediation", out.clarification
    assert out.task.mediator == mediator


def test_a_level_right_after_its_column_and_a_year():
    prof = _profile({"pm_sched": "binary", "mttr_hrs": "numeric", "line": "categorical"}, {"line": ["A", "B", "C"]})
    out = parse_question("How much would pm_sched cut mttr_hrs on line C?", prof, lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"line": "C"}
    out = parse_question("the effect of union on hours in 1995", _profile({"union": "binary", "hours": "numeric", "year": "numeric"}), lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"year": 1995}


@pytest.mark.parametrize("question,cols,roles", [
    ("How much are passenger complaints pushed up by a last-minute gate change?",
     ["flight", "gate_change", "pax_complaints", "dep_delay_min"], ("gate_change", "pax_complaints")),
    ("Is regeneration suppressed by beetle infestation?", ["stand", "beetle_infest", "regen_seedlings_ha", "thinning"],
     ("beetle_infest", "regen_seedlings_ha")),
    ("How much is yield raised by drip irrigation?", ["farm", "drip_irrig", "yield_t_ha", "yield_t_ha_prev"],
     ("drip_irrig", "yield_t_ha")),
])
def test_passive_causal_verbs_and_the_current_value(question, cols, roles):
    out = parse_question(question, cols, lm=None)
    assert out.task is not None, out.clarification
    assert (out.task.treatment, out.task.outcome) == roles


def test_an_instrument_exploited_as_exogenous_variation_and_id_like_columns():
    cols = ["case", "judge_id", "pretrial_detained", "rearrest_3yr"]
    q = ("Exploit the as-good-as-random assignment of judges (judge_id) as exogenous variation in pretrial_detained "
         "to estimate its effect on rearrest_3yr")
    task = parse_question(q, cols, lm=None).task
    assert (task.treatment, task.outcome, task.instrument) == ("pretrial_detained", "rearrest_3yr", "judge_id")
    out = parse_question("should drive_thru be added everywhere or only in some stores to improve csat?",
                         ["store_no", "drive_thru", "csat", "region"], lm=None)
    assert out.task is None or "store_no" not in {out.task.treatment, getattr(out.task, "outcome", None)}


@pytest.mark.parametrize("question,kind", [
    ("What's the return rate by device?", "unsupported"),
    ("Summarise basal_area by soil_type.", "unsupported"),
    ("Which variables in this data set affect which others?", "discover"),
    ("Which of rainfall_mm, wealth_idx and hb_gdl drive the others?", "discover"),
    ("What is the effect of coupon on spend by device?", "cate"),
])
def test_breakdowns_are_not_effects_and_which_causes_which_is_discovery(question, kind):
    cols = ["device", "returned", "coupon", "spend", "basal_area", "soil_type", "rainfall_mm", "wealth_idx", "hb_gdl"]
    out = parse_question(question, cols, lm=None)
    assert out.task is not None and out.task.kind == kind, out.clarification


def test_target_as_a_verb_and_a_goal_keep_the_roles_apart():
    out = parse_question("Should we target air_filters at particular schools? The goal is to increase absences.",
                         ["school", "air_filters", "absences", "test_scores"], lm=None)
    assert out.task is not None and (out.task.treatment, out.task.outcome) == ("air_filters", "absences")


def test_thousands_and_a_mediator_the_treatment_produces():
    prof = _profile({"default_rate_pct": "numeric", "contrib_rate": "numeric", "salary_k": "numeric"})
    out = parse_question("If someone earns 30k, what does default_rate_pct do to contrib_rate?", prof, lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"salary_k": 30}
    out = parse_question("Does compat_v3 raise first_dates because it produces more matches_7d?",
                         ["user", "compat_v3", "first_dates", "matches_7d"], lm=None)
    assert out.task is not None and (out.task.kind, out.task.mediator) == ("mediation", "matches_7d")


def test_an_audit_named_by_its_decision_noun_and_the_persons_attribute():
    task = parse_question("Is the scholarship decision produced by our language model influenced by the applicant's religion?").task
    assert (task.kind, task.treatment, task.outcome) == ("audit", "religion", "scholarship decision")
    task = parse_question("Audit whether the model's auto insurance premium quote depends on the driver's zip code.").task
    assert task.treatment == "zip_code"


FREIGHT = _profile({"SHIP_ID": "id", "EXPEDITE": "binary", "DELAY_HRS": "numeric", "DIST_KM": "numeric",
                    "contract_type": "categorical", "bldg_type": "categorical", "yr_built": "numeric",
                    "price_usd": "numeric", "employment": "categorical", "age": "numeric"},
                   {"contract_type": ["month_to_month", "annual"], "bldg_type": ["school", "office"],
                    "employment": ["employed", "student"]})


@pytest.mark.parametrize("question,at", [
    ("What would expediting do to DELAY_HRS on a 3,000 km lane?", {"DIST_KM": 3000}),
    ("For a customer on a month-to-month contract, what does EXPEDITE do to DELAY_HRS?",
     {"contract_type": "month_to_month"}),
    ("EXPEDITE effect on DELAY_HRS in schools", {"bldg_type": "school"}),
    ("if the building dates from 1925, what is the EXPEDITE effect on DELAY_HRS", {"yr_built": 1925}),
    ("For an order priced at $1,899, what does EXPEDITE do to DELAY_HRS?", {"price_usd": 1899}),
])
def test_points_in_plural_hyphenated_year_and_participle_forms(question, at):
    out = parse_question(question, FREIGHT, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert (out.task.treatment, out.task.outcome, out.task.at) == ("EXPEDITE", "DELAY_HRS", at)


def test_a_column_named_in_an_adjustment_list_is_not_one_of_its_levels():
    out = parse_question("effect of EXPEDITE on DELAY_HRS, adjusting for age, employment and DIST_KM", FREIGHT, lm=None)
    assert isinstance(out.task, AteTask) and out.task.covariates == ["age", "employment", "DIST_KM"]


CLIENTS = _profile({"client_id": "id", "tele_checkin": "binary", "falls_6m": "numeric", "lives_alone": "binary",
                    "female_head": "binary", "phq9_bl": "numeric", "phq9_w12": "numeric", "star_rating": "numeric",
                    "voted_2020": "binary"})


@pytest.mark.parametrize("question,at", [
    ("Effect of tele check-ins on falls for a client who lives alone", {"lives_alone": 1}),
    ("effect of tele_checkin on falls_6m for female-headed households", {"female_head": 1}),
    ("effect of tele_checkin on falls_6m for someone starting at a PHQ-9 of 20", {"phq9_bl": 20}),
    ("tele_checkin → falls_6m for 5-star clients", {"star_rating": 5}),
])
def test_binary_descriptions_of_the_units_and_numbered_words_are_points(question, at):
    out = parse_question(question, CLIENTS, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert (out.task.treatment, out.task.outcome, out.task.at) == ("tele_checkin", "falls_6m", at)


def test_controlling_for_a_binary_column_is_no_group():
    out = parse_question("Effect of tele_checkin on falls_6m, controlling for voted_2020 and lives_alone.", CLIENTS, lm=None)
    assert isinstance(out.task, AteTask) and out.task.covariates == ["voted_2020", "lives_alone"]


SMS = _profile({"pt_id": "id", "sms_reminders": "binary", "tx_success": "binary", "hiv_pos": "binary",
                "smear_pos": "binary", "controller_adherence": "numeric", "age": "numeric", "phq9_bl": "numeric",
                "phq9_w12": "numeric", "dx": "categorical"})


@pytest.mark.parametrize("question,covariates", [
    ("keeping HIV status and smear status the same, what do SMS reminders do to treatment success?",
     ["hiv_pos", "smear_pos"]),
    ("Effect of sms_reminders on tx_success, controlling for age and dx", ["age", "dx"]),
    ("Effect of sms_reminders on tx_success, adjusting for baseline PHQ-9, age and diagnosis.", ["phq9_bl", "age", "dx"]),
])
def test_adjustment_lists_with_descriptive_words_and_qualified_codes(question, covariates):
    out = parse_question(question, SMS, lm=None)
    assert isinstance(out.task, AteTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("sms_reminders", "tx_success")
    assert out.task.covariates == covariates
