"""Readings of the sixty-third round (issue 12, the second round of the fifty-first stop), on the real parser without a
language model:
- "adding more zinc" beside a yes/no column named by "added": nothing yes/no is added more of, the zinc is the
  variable;
- "to grow the dormouse population by next year": the deadline of a policy's goal, no forecast; "dormouse" ~
  dormice_12m (an irregular plural inside a compound stems as its singular);
- "targeting to prevent scab": a policy cue;
- "mentions the applicant is dyslexic": a disability an audit swaps; "charge a higher fee": a model's decision;
- "raise yield more in dry years than in wet ones": an effect compared across two kinds of units or times (CATE).
Wordings and columns differ from the dev questions (w76) the rules were found on. Each test fails on the parser
of the start of this round (ef14ad4)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_gerund_before_more_of_another_variable_is_the_verb(task_of):
    cols = _cols({"panel": ("id", ["p1"]), "waxAdded": ("binary", [0, 1]), "zincG": ("numeric", [0, 40]),
                  "rust6m": ("numeric", [0, 80]), "coastal": ("binary", [0, 1])})
    task = task_of("Is rust6m prevented by adding more zinc?", cols)
    assert (task.treatment, task.outcome) == ("zincG", "rust6m")


def test_a_goals_deadline_is_no_forecast(task_of):
    cols = _cols({"wood": ("id", ["w1"]), "hedge_links": ("binary", [0, 1]), "dormice_12m": ("numeric", [0, 40]),
                  "area_ha": ("numeric", [1, 90]), "nuts_kg": ("numeric", [0, 9])})
    # (a compound's irregular plural too: "dormouse" ~ dormice_12m)
    task = task_of("Which woods should we prioritise for hedge links to grow the dormouse population by next year?",
                   cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "hedge_links", "dormice_12m")
    assert task_of("Do hedge links grow the dormouse population?", cols).outcome == "dormice_12m"


def test_targeting_to_prevent_is_a_policy(task_of):
    cols = _cols({"tree": ("id", ["t1"]), "sprayed": ("binary", [0, 1]), "scab_pct": ("numeric", [0, 60]),
                  "variety": ("categorical", ["bramley", "cox"]), "age_yrs": ("numeric", [2, 60])})
    task = task_of("spray or not? targeting to prevent scab_pct", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "sprayed", "scab_pct")


def test_dyslexia_is_a_disability_an_audit_swaps(audit_of):
    task = audit_of("Would the AI admissions reviewer rate the personal statement lower if it mentions the applicant is "
                    "dyslexic, all else unchanged?")
    assert task.treatment == "disability"


def test_charging_is_a_decision_a_model_makes(audit_of):
    assert audit_of("Does the chatbot charge a higher delivery fee to someone with a Scottish accent than to someone "
                    "with an English one, all else equal?").treatment == "accent"


def test_more_in_one_kind_of_unit_than_another_asks_for_whom(task_of):
    cols = _cols({"plot": ("id", ["p1"]), "mulched": ("binary", [0, 1]), "yield_t_ha": ("numeric", [1, 9]),
                  "soil_type": ("categorical", ["clay", "sand"]), "rain_mm": ("numeric", [300, 900])})
    task = task_of("Does mulching raise yield_t_ha more in dry years than in wet ones?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "mulched", "yield_t_ha")
