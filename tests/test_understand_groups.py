"""Fifth round of question understanding (copilot/understand: points, restate, mentions, roles, text), on
the real parser without a language model: groups written as binary columns, values in units the column
name does not spell, a variable restated by its identifier, row identifiers, and nouns made from verbs."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.task import AteTask, CateTask, MediationTask, PolicyTask


def _profile(cols: dict[str, str]) -> list[dict]:
    return [{"name": c, "type": t, "examples": []} for c, t in cols.items()]


CLINIC = _profile({"mrn": "id", "age": "numeric", "age_head": "numeric", "aura": "binary", "flood_week": "binary",
                   "single_carer": "binary", "nerve_block": "binary", "pain_bl": "numeric", "pain_m3": "numeric",
                   "readmit_30d": "binary", "temperature": "numeric", "distance_home": "numeric", "wind_kts": "numeric", "ward_temp_c": "numeric"})


@pytest.mark.parametrize("question,at", [
    ("Effect of `nerve_block` on `pain_m3` for patients with aura.", {"aura": 1}),
    ("During flood weeks, does the nerve block still lower pain_m3?", {"flood_week": 1}),
    ("Under the condition that the family has a single carer, what is the effect of nerve_block on pain_m3?",
     {"single_carer": 1}),
    ("What does nerve_block do to pain_m3 on a 95F day?", {"temperature": 95}),
    ("effect of nerve_block on pain_m3 for patients living 12 km from home", {"distance_home": 12}),
    ("What does nerve_block do to pain_m3 when the wind blows at 25 knots?", {"wind_kts": 25}),
    ("Effect of nerve_block on pain_m3 at 18 °C.", {"ward_temp_c": 18}),
    ("For household heads aged 70, what does nerve_block do to pain_m3?", {"age_head": 70}),
])
def test_groups_and_values_in_units_the_name_does_not_spell(question, at):
    out = parse_question(question, CLINIC, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert (out.task.treatment, out.task.outcome) == ("nerve_block", "pain_m3")
    assert out.task.at == at


def test_patients_with_a_treatment_are_not_a_group_without_a_group_word():
    """'Do patients with a nerve block have less pain?' names the treatment, not a subgroup."""
    out = parse_question("Do patients with a nerve_block have lower pain_m3?", CLINIC, lm=None)
    assert isinstance(out.task, AteTask) and out.task.treatment == "nerve_block"


SCHOOL = _profile({"child": "id", "staff_ratio": "numeric", "literacy_score": "numeric", "literacy_score_v2": "numeric",
                   "fulltime": "binary", "vocab_followup": "numeric", "retained": "binary", "rent": "numeric",
                   "belonging": "numeric", "ward": "categorical", "charlson": "numeric"})


def test_an_identifier_that_restates_a_variable_names_which_twin():
    task = parse_question("Does a lower staff ratio cause higher literacy? Use the revised test, `literacy_score_v2`.",
                          SCHOOL, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("staff_ratio", "literacy_score_v2")
    # without a cue that it restates, a second identifier of the family is its own variable
    task = parse_question("effect of literacy score on literacy_score_v2", SCHOOL, lm=None).task
    assert task is None or (task.treatment, task.outcome) != ("literacy_score_v2", "literacy_score_v2")


def test_a_row_identifier_takes_no_role_and_nouns_reach_their_verbs():
    """`child` is the profile's id column: 'which children' names the units, not the treatment. 'retention'
    is `retained` (not the look-alike `rent`)."""
    task = parse_question("which children should be assigned full-time places (`fulltime`) to maximise `vocab_followup`?",
                          SCHOOL, lm=None).task
    assert isinstance(task, PolicyTask) and task.treatment == "fulltime"
    task = parse_question("How much of the fulltime effect on retention runs through belonging?", SCHOOL, lm=None).task
    assert isinstance(task, MediationTask) and (task.outcome, task.mediator) == ("retained", "belonging")


def test_a_list_after_adjusted_for_does_not_take_the_outcome():
    task = parse_question("Estimate the ATE of `fulltime` on `vocab_followup`, adjusted for `ward` and `charlson`.",
                          SCHOOL, lm=None).task
    assert isinstance(task, AteTask) and task.outcome == "vocab_followup"
    assert sorted(task.covariates or []) == ["charlson", "ward"]


HEPC = _profile({"subj_id": "id", "adher_pct": "numeric", "svr12": "binary", "svr24": "binary", "gt": "categorical",
                 "preop_vlcd": "binary", "bmi_12m": "numeric", "diet_adher": "numeric", "wellbeing_score": "numeric",
                 "wellbeing_index": "numeric", "diet_quality": "numeric", "diet_quality_v2": "numeric",
                 "machines": "numeric", "wait_evening": "numeric"})


def test_initials_of_a_coded_name_and_words_not_misspelt(gate_off):
    """'sustained virologic response at 12 weeks' ~ svr12 ('response' is not a misspelt 'responds');
    'very low calorie diet' ~ preop_vlcd. (The reading, with the am-I-sure gate off: with the gate the
    misspelt question may be put to the user to confirm.)"""
    task = parse_question("effect of adherence percentage on sustained virologic response at 12 weeks, control for gt",
                          HEPC, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("adher_pct", "svr12")
    task = parse_question("efect of pre-op very low calorie diet on 12 month bmi", HEPC, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("preop_vlcd", "bmi_12m")
    task = parse_question("Do extra voting machines shorten the queue in the evening?", HEPC, lm=None).task
    assert isinstance(task, AteTask) and (task.treatment, task.outcome) == ("machines", "wait_evening")


def test_versions_of_a_measure_and_an_index_measure_are_asked_about():
    out = parse_question("effect of diet_adher on diet quality", HEPC, lm=None)
    assert out.task is None and "diet_quality_v2" in (out.clarification or "")
    out = parse_question("effect of diet_adher on the new diet quality score (v2)", HEPC, lm=None)
    assert out.task is None or out.task.outcome == "diet_quality_v2"  # never the old one
    out = parse_question("effect of diet_adher on wellbeing", HEPC, lm=None)
    assert out.task is None and "wellbeing_index" in (out.clarification or "")


RENTALS = [{"name": "listingId", "type": "id", "examples": ["L1"]},
           {"name": "instantBook", "type": "binary", "examples": ["0", "1"]},
           {"name": "reviewScore", "type": "numeric", "examples": ["4.2"]},
           {"name": "propertyType", "type": "categorical", "examples": ["entireHome", "privateRoom", "sharedRoom"]},
           {"name": "region", "type": "categorical", "examples": ["East Africa", "West Africa"]},
           {"name": "isPremium", "type": "binary", "examples": ["0", "1"]},
           {"name": "churned90d", "type": "binary", "examples": ["0", "1"]}]


@pytest.mark.parametrize("question,at", [
    ("cate instantBook -> reviewScore | propertyType=privateRoom", {"propertyType": "privateRoom"}),
    ("cate instantBook -> reviewScore | region = East Africa", {"region": "East Africa"}),
])
def test_a_level_after_a_bar_is_the_point_even_when_split_into_words(question, at):
    task = parse_question(question, RENTALS, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome, task.at) == ("instantBook", "reviewScore", at)


def test_a_yes_no_question_about_two_variables_is_asked_about_not_turned_away():
    out = parse_question("Does a paid membership stop people from leaving the site?", RENTALS, lm=None)
    assert out.task is None or out.task.kind != "unsupported"
    assert out.task is not None or out.clarification


def test_a_time_tag_said_after_a_dated_column_is_no_value(gate_off):
    cols = _profile({"case_number": "id", "language_classes": "binary", "employed_12m": "binary",
                     "earnings_monthly": "numeric", "age_head": "numeric"})
    task = parse_question("Which new arrivals should be prioritised for language classes to maximise employment at "
                          "12 months?", cols, lm=None).task
    assert isinstance(task, PolicyTask) and (task.treatment, task.outcome) == ("language_classes", "employed_12m")


def test_a_group_said_with_an_adjective_or_a_level_followed_by_only():
    cols = [{"name": "nb_id", "type": "id", "examples": []}, {"name": "sex", "type": "categorical", "examples": ["F", "M"]},
            {"name": "dcc", "type": "binary", "examples": []}, {"name": "nec", "type": "binary", "examples": []},
            {"name": "season", "type": "categorical", "examples": ["summer", "winter"]}]
    task = parse_question("Among baby boys, does delayed cord clamping lower the risk of necrotising enterocolitis?",
                          cols, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome, task.at) == ("dcc", "nec", {"sex": "M"})
    task = parse_question("dcc -> nec, summer only", cols, lm=None).task
    assert isinstance(task, CateTask) and task.at == {"season": "summer"}


def test_identifiers_that_restate_a_pathway_story_are_not_asked_about_again():
    cols = _profile({"order_id": "id", "drone_dlv": "binary", "dlv_min": "numeric", "csat": "numeric",
                     "dist_km": "numeric"})
    q = ("Drones seem to please customers by arriving faster, which in turn raises the satisfaction score (csat). "
         "How much of drone_dlv's effect on csat runs through dlv_min?")
    task = parse_question(q, cols, lm=None).task
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.outcome, task.mediator) == ("drone_dlv", "csat", "dlv_min")


@pytest.mark.parametrize("question,at", [
    ("For septic patients, does rapid testing (pcr_rdt) lower mort_30d?", {"sepsis_dx": 1}),
    ("Effect of `pcr_rdt` on `mort_30d` in cirrhotic patients.", {"cirrh": 1}),
])
def test_a_patient_group_named_by_the_adjective_of_its_condition(question, at):
    cols = _profile({"enc_id": "id", "sepsis_dx": "binary", "cirrh": "binary", "pcr_rdt": "binary", "mort_30d": "binary"})
    task = parse_question(question, cols, lm=None).task
    assert isinstance(task, CateTask) and (task.treatment, task.outcome, task.at) == ("pcr_rdt", "mort_30d", at)
