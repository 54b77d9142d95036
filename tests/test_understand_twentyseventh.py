"""Readings of the twenty-seventh round (issue 12), on the real parser without a language model:
- a time said beside a variable picks its time-tagged twin even when the plain name is a column too
  ("24-week FEV1" over fev1 / fev1_24w), and a column's time tag written as a number ("the goal is 12m
  sales" ~ sales12m) is no value of it;
- a change said of a variable ("the change in X", "improvement in X") picks its change twin (x / x_chg),
  and leaves the value after treatment where the data has no such twin;
- a pathway told as a story ("X works by V-ing M, which then turns into Y"; "does X cut M and thereby
  raise Y") reads M as the mediator;
- "N years old" beside a time-tagged column in years is an age ("fields that are 6 years old" is no value
  of YIELD_Y3), and "driven up by larger groups" is no breakdown by group;
- a code made of a word and the initials of the next ("SGLT2 inhibitor" ~ sglt2i), "organic matter" ~ om;
  "be started on X" is the action's verb (not dialysis_start); "for which tour operators" names units;
  "the income boost from X" names the outcome; units that "still use" something else are the untreated.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (7f87fda),
except the one that guards the change rule where the data has no change twin."""

from __future__ import annotations

from column_specs import columns as _cols


CLINIC = _cols({
    "pt_id": ("id", ["p1"]), "age": ("numeric", [30, 80]), "inhaler": ("binary", [0, 1]),
    "rehab": ("binary", [0, 1]), "fev1": ("numeric", [1.2, 3.9]), "fev1_24w": ("numeric", [1.1, 4.0]),
    "steps": ("numeric", [2000, 9000]), "steps_chg": ("numeric", [-500, 3000]), "visits": ("numeric", [0, 9]),
})
SHOPS = _cols({
    "shopId": ("id", ["s1"]), "region": ("categorical", ["north", "south"]), "loyaltyApp": ("binary", [0, 1]),
    "crewSize": ("numeric", [2, 9]), "repeatRate": ("numeric", [0.1, 0.6]), "sales12m": ("numeric", [1e4, 9e4]),
    "sales3m": ("numeric", [2e3, 3e4]), "basketValue": ("numeric", [5, 40]), "complaintsPre": ("numeric", [0, 9]),
    "complaintsPost": ("numeric", [0, 9]),
})
FIELDS = _cols({
    "FIELD_ID": ("id", ["f1"]), "FIELD_AGE": ("numeric", [1, 20]), "COVER": ("binary", [0, 1]),
    "SOIL_N": ("numeric", [5, 60]), "YIELD_Y3": ("numeric", [2, 9]), "WEEDS_PRE": ("numeric", [0, 50]),
    "WEEDS_POST": ("numeric", [0, 50]),
})


def test_a_time_said_picks_the_time_tagged_twin_of_a_plain_name(task_of):
    task = task_of("What is the effect of the inhaler on 24-week FEV1?", CLINIC)
    assert (task.treatment, task.outcome) == ("inhaler", "fev1_24w")
    task = task_of("Does the inhaler change FEV1 at 24 weeks?", CLINIC)
    assert task.outcome == "fev1_24w"


def test_a_time_tag_written_as_a_number_is_no_value(task_of):
    task = task_of("Should every shop get the loyalty app, or only some, if the goal is 12m sales?", SHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "loyaltyApp", "sales12m")
    assert not task.conditions


def test_a_change_said_picks_the_change_twin(task_of):
    task = task_of("How much does rehab do to the change in steps?", CLINIC)
    assert (task.treatment, task.outcome) == ("rehab", "steps_chg")
    task = task_of("Which patients should get rehab to get the biggest improvement in steps?", CLINIC)
    assert (task.kind, task.outcome) == ("policy", "steps_chg")


def test_a_change_said_without_a_change_twin_is_the_value_after(task_of):
    task = task_of("Which shops see the biggest drop in complaints from the loyalty app?", SHOPS)
    assert (task.kind, task.outcome) == ("cate", "complaintsPost")


def test_a_pathway_told_as_a_story(task_of):
    task = task_of("The loyalty app works by lifting repeatRate, which then turns into a bigger basketValue. "
                   "Separate the direct and indirect effects.", SHOPS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "loyaltyApp", "repeatRate",
                                                                        "basketValue")
    task = task_of("Rehab seems to work by adding visits, which then turns into better FEV1 at week 24. Split "
                   "that into direct and indirect parts.", CLINIC)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "rehab", "visits", "fev1_24w")


def test_a_chain_told_with_thereby(task_of):
    task = task_of("Does COVER lower WEEDS_POST and thereby raise YIELD_Y3?", FIELDS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "COVER", "WEEDS_POST",
                                                                        "YIELD_Y3")


def test_years_old_is_an_age_not_a_year_tag(task_of):
    task = task_of("For fields that are 6 years old, what does cover cropping do to year-3 yield?", FIELDS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "COVER", "YIELD_Y3", {"FIELD_AGE": 6.0})


def test_a_cause_said_by_its_size_is_no_breakdown(task_of):
    task = task_of("Are complaints afterwards driven up by larger groups, i.e. the effect of crewSize on "
                   "complaintsPost?", SHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "crewSize", "complaintsPost")


NEPHRO = _cols({
    "mrn": ("id", ["m1"]), "ckd_stage": ("categorical", ["3a", "3b", "4"]), "sglt2i": ("binary", [0, 1]),
    "acei_arb": ("binary", [0, 1]), "dialysis_start": ("binary", [0, 1]), "egfr_12m": ("numeric", [15, 90]),
    "uacr": ("numeric", [3, 300]), "soil_om_pct": ("numeric", [1, 6]),
})
ORCHARD = _cols({
    "orchard_id": ("id", ["o1"]), "tour_len_min": ("numeric", [30, 90]), "netting": ("binary", [0, 1]),
    "fruit_loss_pct": ("numeric", [0, 40]), "net_income": ("numeric", [1e3, 9e3]), "bee_hives": ("numeric", [0, 9]),
    "soil_type": ("categorical", ["sandy", "clay"]), "soil_om_pre": ("numeric", [1, 6]),
    "soil_om_post": ("numeric", [1, 6]), "organic_cert": ("binary", [0, 1]), "compost": ("binary", [0, 1]),
})


def test_a_word_then_the_initials_of_the_next_is_a_code(task_of):
    task = task_of("Which patients should be put on an SGLT2 inhibitor to keep uacr down?", NEPHRO)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "sglt2i", "uacr")


def test_be_started_on_is_the_verb_of_the_action(task_of):
    task = task_of("Which patients should be started on an SGLT2 inhibitor to keep their eGFR at 12 months up?",
                   NEPHRO)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "sglt2i", "egfr_12m")


def test_organic_matter_spells_om(task_of):
    task = task_of("On clay soils, does compost raise soil organic matter?", ORCHARD)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "compost", "soil_om_post",
                                                                  {"soil_type": "clay"})


def test_a_word_that_only_describes_the_units_named_after_it(gate_off):
    from copilot.parse import parse_question
    out = parse_question("For which tour operators does netting help the most?", ORCHARD, lm=None)
    assert out.task is None or out.task.outcome != "tour_len_min"


def test_a_boost_from_x_names_the_outcome_before_it(task_of):
    task = task_of("Does the income boost from netting grow with the number of bee hives?", ORCHARD)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "netting", "net_income")


def test_units_that_still_use_something_else_are_the_untreated(task_of):
    task = task_of("What would the loyalty app have done to repeatRate for the shops that still use paper loyalty "
                   "cards?", SHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("loyaltyApp", "repeatRate", "atc")


def test_words_that_look_like_other_requests_inside_a_causal_question(gate_off):
    from copilot.parse import parse_question
    kinds = {}
    for question in ("Does predictive maintenance cut repeatRate?",
                     "How much is repeatRate pushed up or down by the loyalty app?",
                     "What share of the loyalty app's effect on basketValue comes via repeatRate?",
                     "How many complaints does the loyalty app take off complaintsPost?"):
        out = parse_question(question, SHOPS, lm=None)
        kinds[question] = out.task.kind if out.task is not None else "asked"
    assert "unsupported" not in kinds.values(), kinds
