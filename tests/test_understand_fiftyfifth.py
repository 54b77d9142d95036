"""Readings of the fifty-fifth round (issue 12, the third round of the forty-seventh stop), on the real parser
without a language model:
- "ought to" is "should" (a policy question), and "the aim" is no AI (no audit of a language model);
- "the cause-effect graph" asks for causal discovery;
- "X fills M, which then raises Y": "fill" is a verb of change in a chain;
- "controlling for break-ins beforehand": the baseline twin;
- a word a column has only after "per" (balls_per_visit) names the columns that count it first (visits_after);
- two initials spelt by words one of which is another column's word ("delivery time" beside event_dt,
  delivery_min) spell no code;
- "give it a lower score" (a resume's, not the hiring decision): a generic decision after a comparative is
  the one audited.
Wordings and columns differ from the dev questions (w68) the rules were found on. Each test fails on the parser
of the start of this round (f088b95)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_ought_to_is_should_and_the_aim_is_no_ai(task_of):
    cols = _cols({"clinic": ("id", ["c1"]), "late_slots": ("binary", [0, 1]), "noshow_rate": ("numeric", [0, 1]),
                  "patient_age": ("numeric", [18, 90])})
    task = task_of("Decide which clinics ought to offer late slots if the aim is a lower noshow_rate for older "
                   "patients.", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "late_slots", "noshow_rate")


def test_a_cause_effect_graph_is_discovery(task_of):
    cols = _cols({"farm": ("id", ["f1"]), "rain": ("numeric", [0, 90]), "yield": ("numeric", [0, 9]),
                  "fertiliser": ("binary", [0, 1])})
    assert task_of("Can you draw up the cause-effect graph for these farm variables?", cols).kind == "discover"


def test_fill_is_a_verb_of_change_in_a_chain(task_of):
    cols = _cols({"cinema": ("id", ["c1"]), "cheap_tue": ("binary", [0, 1]), "seats_sold_wkday": ("numeric", [0, 900]),
                  "snack_rev": ("numeric", [0, 9000])})
    task = task_of("Cheap Tuesdays fill weekday seats sold, which then raises snack revenue. How big is that indirect "
                   "path?", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "cheap_tue", "seats_sold_wkday",
                                                                        "snack_rev")


def test_beforehand_is_the_baseline(task_of):
    cols = _cols({"shop": ("id", ["s1"]), "SHUTTER_TYPE": ("categorical", ["roller", "grille"]),
                  "BREAKINS_PRE": ("numeric", [0, 9]), "BREAKINS_POST": ("numeric", [0, 9])})
    task = task_of("What is the effect of the shutter type on break-ins afterwards, controlling for break-ins "
                   "beforehand?", cols)
    assert (task.treatment, task.outcome, task.covariates) == ("SHUTTER_TYPE", "BREAKINS_POST", ["BREAKINS_PRE"])


def test_a_word_after_per_is_no_measure_of_its_own(task_of):
    cols = _cols({"pool": ("id", ["p1"]), "heated": ("binary", [0, 1]), "laps_per_swim": ("numeric", [0, 90]),
                  "swims_before": ("numeric", [0, 900]), "swims_after": ("numeric", [0, 900])})
    task = task_of("What is the effect of heated on swims?", cols)
    assert (task.treatment, task.outcome) == ("heated", "swims_after")


def test_initials_spelt_by_another_columns_word_spell_nothing():
    from copilot.understand.analysis import analyze

    cols = _cols({"order": ("id", ["o1"]), "event_dt": ("numeric", [1, 9]), "delivery_min": ("numeric", [5, 90]),
                  "ebike": ("binary", [0, 1])})
    an = analyze("What is the effect of ebike on delivery time?", cols)
    assert [m.column for m in an.mentions] == ["ebike", "delivery_min"]


def test_a_generic_decision_after_a_comparative_is_the_one_audited(task_of):
    task = task_of("If a resume says the applicant is blind, does the AI screener give it a lower score than the same "
                   "resume without that line?", None)
    assert (task.kind, task.treatment, task.outcome) == ("audit", "disability", "score")
