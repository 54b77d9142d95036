"""Readings of the sixty-first round (issue 12, the second round of the fiftieth stop), on the real parser without a
language model:
- an audit that names its attribute ("an ethnicity audit", "(gender identity)") audits that one, over the values
  swapped; an attribute's word right before a person noun ("the insurance claimant") only describes the person;
- "a nudge policy for cutting no-shows": the action names the policy, the goal follows;
- "for the promoted entries" (WEB_PROMO, beside PROMO_LOTTERY) and "the shops that adopted X ... compared with if they had not" ask for
  the effect on the treated;
- a phrase that fits a column named as a random draw (VOUCHER_LOTTERY) and another equally names the other.
Wordings and columns differ from the dev questions (w74) the rules were found on. Each test fails on the parser
of the start of this round (8255b73)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_named_attribute_is_audited_over_the_values_swapped(audit_of):
    assert audit_of("Would the hiring assistant rank a Black rather than a white candidate differently with identical "
                    "CVs? It is meant as an ethnicity audit.").treatment == "ethnicity"
    assert audit_of("Does the triage bot's referral change when the patient is described as non-binary (gender "
                    "identity) instead of cisgender, all else equal?").treatment.replace("_", " ") == "gender identity"


def test_an_attribute_word_before_a_person_only_describes_the_person(audit_of):
    task = audit_of("Would the AI model set a different premium if the insurance customer were a woman, not a man?")
    assert task.treatment == "gender"


def test_a_policy_named_by_its_action_then_its_goal(task_of):
    cols = _cols({"patient": ("id", ["p1"]), "nudge_sms": ("binary", [0, 1]), "no_shows": ("numeric", [0, 6]),
                  "age": ("numeric", [18, 90]), "distance_km": ("numeric", [0, 40])})
    task = task_of("nudge_sms policy for cutting no_shows", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "nudge_sms", "no_shows")


def test_for_the_promoted_units_is_the_effect_on_the_treated(task_of):
    cols = _cols({"ENTRY_ID": ("id", ["e1"]), "PROMO_LOTTERY": ("binary", [0, 1]), "WEB_PROMO": ("binary", [0, 1]),
                  "BOOKINGS_POST": ("numeric", [0, 900]), "BOOKINGS_PRE": ("numeric", [0, 900]),
                  "SCHOOL_ENTRY": ("binary", [0, 1])})
    task = task_of("effect of WEB_PROMO on BOOKINGS_POST for the promoted entries, adjusting for BOOKINGS_PRE", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("WEB_PROMO", "BOOKINGS_POST", "att")


def test_units_that_adopted_it_against_had_they_not_is_the_effect_on_the_treated(task_of):
    cols = _cols({"shopId": ("id", ["s1"]), "selfCheckout": ("binary", [0, 1]), "queueMinPost": ("numeric", [0, 30]),
                  "queueMinPre": ("numeric", [0, 30]), "staffN": ("numeric", [2, 40])})
    task = task_of("How did the shops that installed self-checkout do on queue time afterwards compared with if they "
                   "had not installed it?", cols)
    assert (task.treatment, task.estimand) == ("selfCheckout", "att")


def test_a_random_draw_column_is_not_what_the_plain_words_name(task_of):
    cols = _cols({"pupil": ("id", ["p1"]), "VOUCHER_LOTTERY": ("binary", [0, 1]), "SCHOOL_VOUCHER": ("binary", [0, 1]),
                  "ATTENDANCE_PCT": ("numeric", [50, 100]), "INCOME_K": ("numeric", [5, 90])})
    task = task_of("In rural districts, what is the voucher effect on attendance?", cols)
    assert task.treatment == "SCHOOL_VOUCHER"
