"""Readings of the sixty-ninth round (issue 12, the second round of the fifty-fourth stop), on the real parser without
a language model:
- an arrow chain whose middle or last name is followed by its time or version ("sparring -> injury in 6m -> win
  pct v2") is still treatment -> mediator -> outcome;
- "among the <units> that were not treated", "that went untreated": the effect on the untreated (ATC).
Wordings and columns differ from the dev questions (w82) the rules were found on. Each test fails on the parser
of the start of this round (f5a791d)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_an_arrow_chain_with_a_time_after_a_name(task_of):
    cols = _cols({"pupil": ("id", ["p1"]), "tutoring_hrs": ("numeric", [0, 10]), "absence_3m": ("numeric", [0, 20]),
                  "grade_v2": ("numeric", [1, 9]), "school": ("categorical", ["a", "b"])})
    task = task_of("tutoring -> absence in 3m -> grade v2, mediation", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "tutoring_hrs", "absence_3m", "grade_v2")


def test_the_units_that_were_not_treated(task_of):
    cols = _cols({"calf": ("id", ["c1"]), "dewormed": ("binary", [0, 1]), "gain_kg": ("numeric", [10, 90]),
                  "farm": ("categorical", ["x", "y"])})
    task = task_of("What would deworming have done to gain_kg among the calves that were not treated?", cols)
    assert (task.kind, task.treatment, task.outcome, task.estimand) == ("ate", "dewormed", "gain_kg", "atc")
    task = task_of("effect of dewormed on gain_kg for the calves that went untreated", cols)
    assert task.estimand == "atc"
