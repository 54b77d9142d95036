"""Values written with units, counts, ordinals and calendar words; clauses of means and reason; decisions
an audit names in its own words (copilot/understand: points, qualifiers, analysis, evidence, roles,
fields), on the real parser."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.task import AteTask, AuditTask, CateTask, MediationTask, PolicyTask


def _profile(cols: dict[str, str], levels: dict[str, list[str]] | None = None) -> list[dict]:
    levels = levels or {}
    return [{"name": c, "type": t, "examples": levels.get(c, [])} for c, t in cols.items()]


LEARNERS = _profile({"learner_id": "id", "reminder_email": "binary", "hrs_per_wk": "numeric", "completed": "binary",
                     "quiz_avg": "numeric", "follower_cnt": "numeric", "grade_lvl": "numeric", "tenureYrs": "numeric",
                     "year": "numeric", "exper": "numeric"})
PLANT = _profile({"line_id": "id", "mold_temp_c": "numeric", "defect_rate": "numeric", "load_pct": "numeric",
                  "temp_f": "numeric", "minutes_pg": "numeric", "weekday": "categorical", "stage": "categorical",
                  "arm": "binary", "pfs_mo": "numeric"},
                 {"weekday": ["Mon", "Sat", "Sun"], "stage": ["IIIA", "IVB"]})


@pytest.mark.parametrize("question,cols,at", [
    ("If a learner studies 1 hour per week, what would the reminder email do to completed?", LEARNERS, {"hrs_per_wk": 1}),
    ("For an account with 100000 followers, what does reminder_email do to completed?", LEARNERS, {"follower_cnt": 100000}),
    ("How much would reminder_email raise completed for an 8th grader?", LEARNERS, {"grade_lvl": 8}),
    ("For members with 10 years of tenure, what does reminder_email do to completed?", LEARNERS, {"tenureYrs": 10}),
    ("reminder_email effect on completed for learners with 5 years of experience", LEARNERS, {"exper": 5}),
    ("when the line is running at 80% load, what does raising mold_temp_c do to defect_rate?", PLANT, {"load_pct": 80}),
    ("When the plant is at 90F, what's the effect of mold_temp_c on defect_rate?", PLANT, {"temp_f": 90}),
    ("If an operator logs 35 minutes per game, what does mold_temp_c do to defect_rate?", PLANT, {"minutes_pg": 35}),
    ("mold_temp_c effect on defect_rate on Sundays", PLANT, {"weekday": "Sun"}),
])
def test_values_written_with_units_counts_ordinals_and_days(question, cols, at):
    out = parse_question(question, cols, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert out.task.at == at


def test_a_number_before_a_time_tag_or_a_percent_of_units_is_no_point(gate_off):
    cols = _profile({"loan_id": "id", "advisorMeeting": "binary", "defaulted24m": "binary", "defaulted12m": "binary",
                     "discount_pct": "numeric", "renewed": "binary"})
    task = parse_question("how much does advisorMeeting reduce 24m default?", cols, lm=None).task
    assert isinstance(task, AteTask) and task.outcome == "defaulted24m"
    task = parse_question("For customers, what does a 10% discount_pct do to renewed?", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("discount_pct", "renewed")


def test_a_column_that_names_a_group_is_not_the_treatment():
    """'Among stage IVB patients': `stage` describes who; with no other treatment named, ask."""
    out = parse_question("Among stage IVB patients, how much does the add-on extend pfs_mo?", PLANT, lm=None)
    assert out.task is None and "treatment" in (out.clarification or "")
    out = parse_question("Among stage IVB patients, how much does arm extend pfs_mo?", PLANT, lm=None)
    assert isinstance(out.task, CateTask) and out.task.treatment == "arm" and out.task.at == {"stage": "IVB"}


def test_the_value_of_a_named_identifier_in_quotes():
    cols = _profile({"firm_id": "id", "mentoring": "binary", "employees_post": "numeric",
                     "industry_naics": "categorical"}, {"industry_naics": ["44", "72", "81"]})
    task = parse_question("mentoring effect on employees_post for restaurants (industry_naics '72')", cols, lm=None).task
    assert isinstance(task, CateTask) and {k: str(int(v)) for k, v in task.at.items()} == {"industry_naics": "72"}


@pytest.mark.usefixtures("gate_off")  # the reading, not whether the gate is sure of it
def test_follow_up_twin_plural_after_most_and_capital_two_letter_codes():
    cols = _profile({"resident_id": "id", "EXER_PROG": "binary", "FALLS_PRE": "numeric", "FALLS_POST": "numeric",
                     "AGE_YRS": "numeric"})
    task = parse_question("Which residents should be enrolled in the exercise programme first, to prevent the most "
                          "falls?", cols, lm=None).task
    assert isinstance(task, PolicyTask) and (task.treatment, task.outcome) == ("EXER_PROG", "FALLS_POST")
    wine = _profile({"lot_no": "id", "mlf": "binary", "ta_gl": "numeric", "ph": "numeric"})
    task = parse_question("does mlf lower TA", wine, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("mlf", "ta_gl")


@pytest.mark.parametrize("question", [
    "Impact of the e-filing rollout (`e_filing`) on time to disposition (`days_to_disposition`)",
    "Effect of e-filing (e_filing) on the days to disposition (days_to_disposition)",
])
def test_a_time_to_an_event_before_an_identifier_is_one_paraphrase(question):
    cols = ["case_id", "e_filing", "days_to_disposition", "settled", "continuances"]
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("e_filing", "days_to_disposition")


@pytest.mark.parametrize("question,cols,roles", [
    ("Does extra programming increase circulation because it drives visits?",
     ["branch_id", "programs_mo", "circ_per_capita", "visits_k"], ("programs_mo", "circ_per_capita", "visits_k")),
    ("Does e-filing shorten time to disposition by cutting continuances?",
     ["case_id", "e_filing", "days_to_disposition", "continuances"], ("e_filing", "days_to_disposition", "continuances")),
    ("Does load management reduce injuries because it cuts minutes per game?",
     ["player_id", "load_mgmt", "inj_games_missed", "minutes_pg"], ("load_mgmt", "inj_games_missed", "minutes_pg")),
])
def test_a_clause_of_means_or_reason_names_the_mediator_not_the_outcome(question, cols, roles):
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == roles


@pytest.mark.parametrize("question,attribute,decision", [
    ("Counterfactual fairness check: does the chatbot's tenant screening outcome change if the applicant's marital "
     "status is flipped?", "marital status", "tenant screening outcome"),
    ("Does the AI's injury-return clearance for athletes depend on their race?", "race", "injury-return clearance"),
    ("does the llm give worse customer service replies to people who write with a non-native accent",
     "accent", "customer service replies"),
    ("If I swap the applicant's age from 30 to 65 in the prompt, does the model change its hiring decision?",
     "age", "hiring decision"),
    ("Test if the LLM's scholarship recommendation changes when only the student's socioeconomic background is "
     "swapped.", "socioeconomic background", "scholarship recommendation"),
])
def test_an_audit_decision_named_in_the_sentence_not_a_bundled_default(question, attribute, decision):
    task = parse_question(question, None, lm=None).task
    assert isinstance(task, AuditTask)
    assert (task.treatment.replace("_", " "), task.outcome) == (attribute, decision)


@pytest.mark.parametrize("question,covariates", [
    ("Is wifi_sessions driven by longer opening hours (open_hrs) once you net out median household income and the "
     "poverty rate?", ["median_hh_income", "poverty_rate"]),
    ("After we account for the patient's age, sex and Charlson score, does longer stay (open_hrs) cause more "
     "wifi_sessions?", ["age", "sex", "charlson"]),
    ("Effect of open_hrs on wifi_sessions, net of staffing (staff_count) and city", ["staff_count", "city"]),
    ("Effect of open_hrs on wifi_sessions (covariates age, charlson)", ["age", "charlson"]),
    ("Comparing branches with the same poverty rate and the same number of prior lines, does open_hrs raise "
     "wifi_sessions?", ["poverty_rate", "prior_lines"]),
    ("Effect of open_hrs on wifi_sessions, accounting for city, loan amount and years in business",
     ["city", "loan_amt_k", "yrs_in_business"]),
])
def test_adjustment_lists_in_more_forms(question, covariates):
    cols = ["branch_id", "open_hrs", "wifi_sessions", "median_hh_income", "poverty_rate", "age", "sex", "charlson",
            "staff_count", "city", "prior_lines", "loan_amt_k", "yrs_in_business"]
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("open_hrs", "wifi_sessions")
    assert sorted(task.covariates or []) == sorted(covariates)


def test_a_qualifier_written_as_a_hyphenated_prefix_picks_the_twin():
    cols = ["hh_id", "mobility_counsel", "nbhd_poverty_pre", "nbhd_poverty_post", "hh_size", "city"]
    task = parse_question("Does mobility counselling change neighbourhood poverty, controlling for pre-move poverty, "
                          "household size and city?", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("mobility_counsel", "nbhd_poverty_post")
    assert sorted(task.covariates or []) == ["city", "hh_size", "nbhd_poverty_pre"]


def test_a_variable_with_a_role_is_not_also_adjusted_for():
    cols = ["hh_id", "LATRINE_USE", "SCHOOL_ABS_DAYS", "HH_SIZE", "MOTHER_EDU"]
    task = parse_question("is school absence reduced by latrine use, after we account for household size and "
                          "mother's education", cols, lm=None).task
    assert isinstance(task, AteTask) and task.outcome == "SCHOOL_ABS_DAYS"
    assert "SCHOOL_ABS_DAYS" not in (task.covariates or [])


@pytest.mark.parametrize("question,roles", [
    ("Which vineyard blocks should we irrigate to maximise critic_score?", ("irrigated", "critic_score")),
    ("For which kinds of blocks should hearings be remote to minimise continuances?", ("hearing_remote", "continuances")),
    ("How should tutor hours be allocated across students to raise critic scores most?", ("tutor_hours", "critic_score")),
])
def test_units_a_rule_picks_are_not_the_treatment_and_a_goal_is_the_outcome(question, roles):
    cols = _profile({"vineyard_block": "categorical", "irrigated": "binary", "critic_score": "numeric",
                     "hearing_remote": "binary", "continuances": "numeric", "tutor_hours": "numeric"},
                    {"vineyard_block": ["north_a", "south_b"]})
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, PolicyTask) and (task.treatment, task.outcome) == roles


def test_twins_are_asked_about_on_the_reading_answered_unless_a_word_or_time_beside_them_decides():
    loans = ["loan_id", "sba_guarantee", "rateDiscount", "default_12m", "default_24m", "fico"]
    out = parse_question("Does the SBA guarantee reduce defaults?", loans, lm=None)
    assert out.task is None and "default_12m or default_24m" in (out.clarification or "")
    task = parse_question("Should rateDiscount go to everyone or be targeted? We want the lowest default rate in the "
                          "first year.", loans, lm=None).task
    assert isinstance(task, PolicyTask) and task.outcome == "default_12m"
    task = parse_question("Does rateDiscount cut default within 2 years?", loans, lm=None).task
    assert isinstance(task, AteTask) and task.outcome == "default_24m"
    quiz = ["learner_id", "certificate_paid", "final_score", "quiz_attempts", "quiz_avg"]
    task = parse_question("Does paying for a certificate improve final scores by making people attempt more quizzes?",
                          quiz, lm=None).task
    assert isinstance(task, MediationTask) and task.mediator == "quiz_attempts"


@pytest.mark.parametrize("question,at", [
    ("What does the starterPackOffer do to iapSpendUsd for players in Brazil?", {"country": "BR"}),
    ("starterPackOffer effect on iapSpendUsd in the United Kingdom", {"country": "UK"}),
    ("how does starterPackOffer affect iapSpendUsd for a feedlot player", {"housing": "feedlot"}),
])
def test_country_names_and_exact_levels_are_groups(question, at):
    cols = _profile({"playerId": "id", "starterPackOffer": "binary", "iapSpendUsd": "numeric", "feed_eff": "numeric",
                     "country": "categorical", "housing": "categorical"},
                    {"country": ["US", "BR", "UK", "DE"], "housing": ["pasture", "feedlot", "barn"]})
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome) == ("starterPackOffer", "iapSpendUsd")
    assert task.at == at


def test_an_effect_larger_for_a_described_group_is_conditional():
    cols = ["player_id", "load_mgmt", "inj_games_missed", "age"]
    task = parse_question("Does load management reduce injuries more for older players?", cols, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome) == ("load_mgmt", "inj_games_missed")


def test_british_spellings_irregular_verbs_and_audits_the_data_records():
    cols = ["subj_id", "fiber_g", "bacteroides_rel", "diet_type", "site_id", "warn_label", "left_platform",
            "ppe_audit", "lti_rate"]
    task = parse_question("Does fibre change bacteroides_rel after conditioning on diet type?", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.covariates) == ("fiber_g", ["diet_type"])
    task = parse_question("do warning labels make people leave the platform", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("warn_label", "left_platform")
    task = parse_question("Do PPE audits reduce the lost-time injury rate (lti_rate)?", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("ppe_audit", "lti_rate")


def test_per_written_as_a_slash_and_a_contraction_keeping_the_last_letter():
    cols = ["shift_id", "site", "wms_upgrade", "units_per_hr", "hh_id", "voucher_used", "nbhd_poverty_post"]
    task = parse_question("is throughput (units/hr) raised by the WMS upgrade", cols, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("wms_upgrade", "units_per_hr")
    out = parse_question("What did voucher_used do to neighbourhood poverty?", cols, lm=None)
    assert isinstance(out.task, AteTask) and out.task.outcome == "nbhd_poverty_post"


def test_a_follow_up_word_before_a_twin_and_a_rule_named_as_such():
    cols = _profile({"uid": "id", "content_removed": "binary", "toxicity_pre": "numeric", "toxicity_post": "numeric",
                     "verified": "binary", "temp_suspend": "binary"})
    task = parse_question("Is the effect of content removal on subsequent toxicity different for verified accounts?",
                          cols, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome) == ("content_removed", "toxicity_post")
    out = parse_question("Who should we suspend temporarily? We need an assignment rule that lowers toxicity_post the "
                         "most", cols, lm=None)
    assert isinstance(out.task, PolicyTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("temp_suspend", "toxicity_post")


def test_baseline_said_before_a_dated_column_picks_its_baseline_twin():
    cols = ["pt_id", "home_ex", "koos_bl", "koos_12w", "surgery_type", "mtx_dose_mg", "crp_bl", "crp_w24", "age"]
    task = parse_question("Effect of a home exercise programme (home_ex) on 12-week KOOS (koos_12w), holding baseline "
                          "KOOS and surgery type fixed.", cols, lm=None).task
    assert isinstance(task, AteTask) and sorted(task.covariates or []) == ["koos_bl", "surgery_type"]
    task = parse_question("Does a higher mtx_dose_mg lower CRP at 24 weeks, holding baseline CRP and age fixed?",
                          cols, lm=None).task
    assert isinstance(task, AteTask) and task.outcome == "crp_w24" and sorted(task.covariates or []) == ["age", "crp_bl"]
    task = parse_question("effect of home_ex on koos_12w | covars age surgery_type", cols, lm=None).task
    assert isinstance(task, AteTask) and sorted(task.covariates or []) == ["age", "surgery_type"]
