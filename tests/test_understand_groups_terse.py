"""Readings fixed in the eighth round (issue 12), on the real parser without a language model: groups
written as a level in a terse prefix, a number inside a terse name, a column's own
time window that is no threshold, effects on the units that took the treatment, decision rules asked
with a goal, a terse mediation list, codes that stay whole when tokenized, and requests that are not
causal. The gate is switched off: these tests are about the reading, not about whether the copilot is
sure of it. Wordings and columns differ from the dev questions the rules were found on."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.task import AteTask, CateTask, MediationTask, PolicyTask
from copilot.understand import gate
from copilot.understand.text import ColumnInfo, name_words, tokenize

DISTRICTS = [{"name": "district_id", "type": "id"}, {"name": "area", "type": "categorical", "examples": ["urban", "rural"]},
             {"name": "subsidy", "type": "binary", "examples": ["0", "1"]}, {"name": "uptake_pct", "type": "numeric"},
             {"name": "burglaries_6m", "type": "numeric"}, {"name": "burglaries_12m", "type": "numeric"},
             {"name": "street_lights", "type": "binary", "examples": ["0", "1"]}]
FARMS = [{"name": "farm_id", "type": "id"}, {"name": "farm_type", "type": "categorical", "examples": ["coastal", "inland"]},
         {"name": "irrigation", "type": "binary", "examples": ["0", "1"]}, {"name": "yield_t", "type": "numeric"},
         {"name": "plot_ha", "type": "numeric"}]
CLINIC = ["pt_id", "age", "dose_mg", "statin", "ldl_12m", "ldl_bl", "egfr", "hba1c_bl", "hba1c_m12", "diet_kit"]
STONES = ["kid_id", "age", "stone_mm", "lithotripsy", "stone_free_3m", "clinic"]
STORES = ["store_id", "region", "self_checkout", "wait_min", "loyalty_app", "sales_mo", "staff_n"]


pytestmark = pytest.mark.usefixtures("gate_off")


@pytest.mark.parametrize("question,cols,roles,at", [
    # a level written as a terse prefix before a colon
    ("coastal farms: effect of irrigation on yield_t", FARMS, ("irrigation", "yield_t"), {"farm_type": "coastal"}),
    # a number written inside a terse name ("stone 6 mm" ~ stone_mm)
    ("stone 6 mm: effect of lithotripsy on stone_free_3m", STONES, ("lithotripsy", "stone_free_3m"), {"stone_mm": 6}),
])
def test_groups_and_points_written_tersely(question, cols, roles, at, task_of):
    task = task_of(question, cols)
    assert isinstance(task, CateTask)
    assert (task.treatment, task.outcome) == roles
    assert {k: (float(v) if isinstance(v, (int, float)) else v) for k, v in task.at.items()} == \
        {k: (float(v) if isinstance(v, (int, float)) else v) for k, v in at.items()}


def test_a_columns_own_window_is_no_threshold(task_of):
    task = task_of("Do street lights cut burglaries over 12 months?", DISTRICTS)
    assert isinstance(task, AteTask)
    assert (task.treatment, task.outcome) == ("street_lights", "burglaries_12m")
    assert not task.conditions
    # a threshold in another unit than the column's window stays a threshold
    task = task_of("For patients with age over 60, what is the effect of statin on ldl_12m?", CLINIC)
    assert [(c.column, c.op) for c in task.conditions] == [("age", ">")]


@pytest.mark.parametrize("question", [
    "At stores that adopted self-checkout, how much did it change wait_min?",
    "How did self_checkout affect wait_min at the stores that installed it?",
])
def test_the_effect_on_the_units_that_took_the_treatment(question, task_of):
    task = task_of(question, STORES)
    assert (task.treatment, task.outcome) == ("self_checkout", "wait_min")
    assert task.estimand == "att"


@pytest.mark.parametrize("question", [
    "Which stores should roll out the loyalty_app to maximise sales_mo?",
    "Where should we launch the loyalty app if we want sales_mo as high as possible?",
    "which stores get loyalty_app, objective sales_mo",
])
def test_a_decision_asked_with_a_goal_is_a_policy(question, task_of):
    task = task_of(question, STORES)
    assert isinstance(task, PolicyTask)
    assert (task.treatment, task.outcome) == ("loyalty_app", "sales_mo")


def test_who_gains_most_without_a_decision_stays_a_conditional_effect(task_of):
    task = task_of("Which regions get the most sales_mo out of the loyalty_app?", STORES)
    assert isinstance(task, CateTask)


def test_a_policy_goal_without_its_action_asks_for_the_action_and_keeps_the_goal():
    out = parse_question("Which stores should get kiosks to maximise sales_mo?", STORES, lm=None)
    assert out.task is None and out.pending is not None
    assert out.pending.awaiting == "treatment"
    assert out.pending.task.get("outcome") == "sales_mo" and out.pending.task.get("treatment") is None


def test_a_policy_reading_is_named_as_a_decision_when_confirmed(monkeypatch):
    monkeypatch.setattr(gate, "threshold", lambda: 1.01)  # always unsure: the one reading is confirmed
    out = parse_question("Which stores should get the loyalty app to maximise monthly sales?", STORES, lm=None)
    assert out.clarification is not None and "average effect" not in out.clarification
    assert "loyalty_app" in out.clarification and "sales_mo" in out.clarification


def test_a_terse_mediation_list_is_the_path_in_order(task_of):
    task = task_of("mediation statin ldl_12m egfr", CLINIC)
    assert isinstance(task, MediationTask)
    assert (task.treatment, task.mediator, task.outcome) == ("statin", "ldl_12m", "egfr")


@pytest.mark.parametrize("question", [
    "What's the difference between a median and a mode?",
    "Cluster the stores by region and staff_n.",
    "Run k-means on sales_mo and wait_min.",
])
def test_requests_that_are_not_causal(question):
    out = parse_question(question, STORES, lm=None)
    assert out.task is not None and out.task.kind == "unsupported", out.clarification


def test_codes_stay_whole_and_names_split_the_same_way(task_of):
    assert tokenize("HbA1c eGFR mRS") == ["hba1c", "egfr", "mrs"]
    assert tokenize("addToCart nVisits retainedD30") == ["add", "to", "cart", "n", "visits", "retained", "d30"]
    assert name_words("vo2max_pre") == ["vo2max", "pre"] and name_words("vo2max_post") == ["vo2max", "post"]
    assert name_words("churned30d") == ["churned", "30", "d"] and name_words("wt82_71") == ["wt82", "71"]
    assert ("rv",) not in ColumnInfo.build("rating_v2").aliases  # a version code is no word of the initials
    # one letter and a number is a tag that splits off (u5, v2); a number before a capitalised word splits
    assert name_words("diarrhea_u5_rate") == ["diarrhea", "u", "5", "rate"]
    assert name_words("fuelL100Pre") == ["fuel", "l", "100", "pre"]
    task = task_of("Is HbA1c at month 12 lowered by the diet kit?", CLINIC)
    assert (task.treatment, task.outcome) == ("diet_kit", "hba1c_m12")


@pytest.mark.parametrize("question", [
    "Is there a causal link between staff_n and wait_min?",
    "what's the causal relationship between staff_n and wait_min",
])
def test_a_pair_linked_without_a_direction_is_asked_which_way(question, task_of):
    out = parse_question(question, STORES, lm=None)
    assert out.task is None and out.pending is not None and len(out.pending.readings) == 2
    ways = {(r["treatment"], r["outcome"]) for r in out.pending.readings}
    assert ways == {("staff_n", "wait_min"), ("wait_min", "staff_n")}
    # a link said to be causal or not, in the order written, keeps that order
    task = task_of("Is the link between staff_n and wait_min causal?", STORES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "staff_n", "wait_min")


def test_how_many_more_after_a_treatment_is_an_effect_and_a_count_is_not(task_of):
    task = task_of("How many more minutes of wait_min do shoppers face after getting self_checkout?", STORES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "self_checkout", "wait_min")
    out = parse_question("How many stores have self_checkout?", STORES, lm=None)
    assert out.task is not None and out.task.kind == "unsupported"


def test_a_request_for_direct_and_indirect_parts_asks_for_a_missing_mediator():
    out = parse_question("Does loyalty_app raise sales_mo? Split the effect into direct and indirect parts.", STORES,
                         lm=None)
    assert out.task is None and out.pending is not None and out.pending.awaiting == "mediator"
    assert out.pending.task.get("kind") == "mediation"


@pytest.mark.parametrize("question,hypothesis", [
    ("premises: X corr Y, X corr Z, Y indep Z. does X cause Y?", "X cause Y"),
    ("P ⊥ Q, P not⊥ R, Q not⊥ R. Does R cause P?", "R cause P"),
    ("premise: P indep Q; P corr R; Q corr R; P dep Q | R. hypothesis: R causes P. true?", "R causes P?"),
])
def test_shorthand_premises_are_a_relation_question(question, hypothesis):
    out = parse_question(question, None, lm=None)
    assert out.task is not None and out.task.kind == "relation", out.clarification
    assert "independent of" in out.task.premise and "corr " not in out.task.premise
    assert out.task.hypothesis == hypothesis


def test_shorthand_premises_reach_the_relation_tool():
    from tools.relations import run

    out = parse_question("premises: X corr Y, X corr Z, Y indep Z. does X cause Y?", None, lm=None)
    result = run(out.task, draw=False)
    assert result.valid is False and result.consistent  # Y -> X <- Z: X causes neither


@pytest.mark.parametrize("question", [
    "coupon rollout policy, minimise churn_90d",
    "treatment assignment policy coupon, objective maximise spend",
    "send the coupon where? objective spend",
])
def test_terse_decision_rules_are_policies(question, task_of):
    task = task_of(question, ["cust_id", "coupon", "spend", "churn_90d", "age"])
    assert isinstance(task, PolicyTask) and task.treatment == "coupon"


@pytest.mark.parametrize("question,attribute", [
    ("Is the hotel booking assistant's room upgrade offer sensitive to the guest's religion, all else equal?", "religion"),
    ("Would our claims triage model's payout recommendation change if the claimant were divorced instead of married?",
     "marital_status"),
    ("Does the chatbot's tenancy recommendation change for applicants named DeShawn rather than applicants named Connor?",
     "name"),
    # a name that signals an attribute audits the attribute
    ("Would the LLM's loan decision change if the applicant's name signalled a different religion?", "religion"),
])
def test_audits_named_in_other_words(question, attribute, task_of):
    task = task_of(question, None)
    assert task.kind == "audit" and task.treatment == attribute


def test_a_baseline_named_as_such_stays_the_baseline(task_of):
    cols = ["athlete_id", "sport", "prior_inj", "warmup", "inj_6m", "load_au"]
    task = task_of("Does the warmup cut injuries? Adjust for sport, prior injury and load_au.", cols)
    assert (task.treatment, task.outcome) == ("warmup", "inj_6m") and "prior_inj" in task.covariates


def test_shorthand_is_only_read_beside_single_letters_or_symbols():
    from copilot.understand.relation_question import spell_out

    assert spell_out("Does dep score improve with therapy?") == "Does dep score improve with therapy?"
    assert spell_out("X1 ⫫ X3 | X2, X1 not⫫ X2. Does X3 cause X1?") == \
        "X1 is independent of X3 given X2, X1 is not independent of X2. Does X3 cause X1?"
    assert spell_out("P corr R; P ⊥ Q | R does not hold. Does R cause P?") == \
        "P is correlated with R. P is not independent of Q given R. Does R cause P?"


def test_an_identifier_with_digits_before_a_colon_carries_no_value(task_of):
    task = task_of("wt82_71: effect of qsmk", ["seqn", "qsmk", "wt82_71", "age", "sbp"])
    assert task.kind == "ate" and not getattr(task, "at", None)
