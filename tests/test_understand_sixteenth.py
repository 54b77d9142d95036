"""Readings of the sixteenth round (issue 12), on the real parser without a language model:
- a rival explanation beside the question ("…, or is that just X?", "… real, or confounded by X?")
  names a covariate, never a role; phrases in it that match no column are not asked about, and the
  treatment said again there casts no second vote; "directly, or mostly because …" stays a pathway;
- in a counterfactual question the units said to lack the treatment ("would the depots without a
  plough have …", "if the non-member farms had …") make the effect on the untreated (ATC);
- twins that differ only in one number (dose1 / dose2) are told apart by the ordinal said beside
  them ("second-dose coverage");
- "fewer/more <plural>" at the end of a phrase is the thing counted, not the units ("fewer sunburns");
- a binary column describing the units in a group phrase ("for indoor venues") is a subgroup;
- a binary sex column coded 1 = female (sex_f) takes 1 for "among women";
- units are no variable: "which <adjective> <units> should …", an id or date column's plural
  ("pharmacy-led campaigns" is no campaign_date), a possessor ("the mill's energy use");
- a variable the user adjusts for is never also the outcome;
- "less likely to …" and "how often …" are not variables; the verb after them is;
- `parse-gate --fresh` naming a set the records lack stops with a clear message before any fit.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (c6b631f)."""

from __future__ import annotations

import json

import pytest

from copilot.parse import parse_question
from eval.parse_gate import main
from column_specs import columns as _cols


MILLS = _cols({
    "mill_id": ("id", ["M1"]), "region": ("categorical", ["north", "south"]), "dust_hood": ("binary", [0, 1]),
    "night_shift": ("binary", [0, 1]), "cough_rate": ("numeric", [0.1, 0.3]), "energy_pre": ("numeric", [10, 20]),
    "energy_post": ("numeric", [9, 18]), "staff_n": ("numeric", [20, 80]), "indoor": ("binary", [0, 1]),
    "open_date": ("date", ["2020-01-01"]), "fines_30d": ("numeric", [0, 2]), "fines_90d": ("numeric", [0, 5]),
})
VAX = _cols({
    "drive_id": ("id", ["V1"]), "drive_date": ("date", ["2024-03-01"]), "mobile_unit": ("binary", [0, 1]),
    "text_nudge": ("binary", [0, 1]), "cov_dose1_pct": ("numeric", [40, 70]), "cov_dose2_pct": ("numeric", [30, 60]),
    "travel_km": ("numeric", [2, 15]), "sex_f": ("binary", [0, 1, 1]), "age": ("numeric", [30, 60]),
    "measles_cases": ("numeric", [0, 4]),
})


def test_a_rival_explanation_names_a_covariate_not_a_role(task_of):
    task = task_of("Is the cough rate lowered by dust hoods, or is that just the region?", MILLS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "dust_hood", "cough_rate")
    assert task.covariates == ["region"]
    task = task_of("Do dust hoods really cut cough rates, or is it just that bigger mills with more staff buy them?", MILLS)
    assert (task.treatment, task.outcome) == ("dust_hood", "cough_rate")


def test_directly_or_because_stays_a_pathway(task_of):
    task = task_of("Do dust hoods cut cough rates directly, or mostly because of fewer night shifts?", MILLS)
    assert task.kind == "mediation" and task.mediator == "night_shift"


def test_units_without_the_treatment_in_a_counterfactual_are_the_untreated(task_of):
    task = task_of("Would the mills without a dust hood have had a lower cough rate if they had fitted one?", MILLS)
    assert (task.treatment, task.outcome, task.estimand) == ("dust_hood", "cough_rate", "atc")
    assert task_of("Do mills without a dust hood have a lower cough rate?", MILLS).estimand != "atc"


def test_an_ordinal_beside_numbered_twins_picks_one(task_of):
    task = task_of("Does a text nudge raise second-dose coverage?", VAX)
    assert (task.treatment, task.outcome) == ("text_nudge", "cov_dose2_pct")


def test_fewer_plural_at_the_end_of_a_phrase_is_what_is_counted(task_of):
    assert task_of("Do mobile units mean fewer measles cases?", VAX).outcome == "measles_cases"


def test_a_binary_describing_the_units_is_a_subgroup(task_of):
    task = task_of("Effect of dust hoods on cough rate for indoor venues", MILLS)
    assert (task.kind, task.at) == ("cate", {"indoor": 1.0})


def test_women_on_a_column_coded_one_for_female(task_of):
    task = task_of("Among women, does the text nudge raise dose-1 coverage?", VAX)
    assert task.kind == "cate" and task.at == {"sex_f": 1.0}


def test_units_are_no_variable(task_of):
    task = task_of("Did mobile-unit drives lead to fewer measles cases?", VAX)
    assert (task.treatment, task.outcome) == ("mobile_unit", "measles_cases")
    assert task_of("Does a dust hood cut the mill's energy use?", MILLS).outcome == "energy_post"


def test_an_adjusted_variable_is_never_the_outcome(gate_off):
    out = parse_question("Are staff less likely to quit where dust hoods were fitted? adjust for staff_n", MILLS, lm=None)
    assert out.task is None or getattr(out.task, "outcome", None) != "staff_n"


def test_likely_and_often_are_not_variables(task_of):
    assert task_of("Does a dust hood make workers less likely to cough?", MILLS).outcome == "cough_rate"
    assert task_of("Do night shifts change how often they are fined within 90 days?", MILLS).outcome == "fines_90d"


def test_an_unknown_fresh_set_is_a_clear_error(tmp_path, capsys):
    rec = tmp_path / "records.jsonl"
    rec.write_text(json.dumps({"set": "dev_extra_w27", "question": "q", "answered": False, "gate": {},
                               "exact": False, "wrong": False, "reading": None}) + "\n")
    with pytest.raises(SystemExit):
        main(["--records", str(rec), "--fresh", "dev_extra_w99", "--out", str(tmp_path / "gate.json")])
    assert "no such question set in the records: dev_extra_w99" in capsys.readouterr().err
    assert not (tmp_path / "gate.json").exists()
