"""Readings of the sixty-seventh round (issue 12, the second round of the fifty-third stop), on the real parser without
a language model:
- "when the hall is a chapel" ~ hall == chapel (an article before the name and before the level);
- "in 40 km/h gusts" ~ gusts == 40 (a rate's unit the name does not write, then the numeric column);
- "does rowing with fins speed crews up" beside crewType: the units themselves, not their kind ("for mixed crews"
  stays the level);
- "with 9 members" ~ MBR_CNT == 9 (mbr is members).
Wordings and columns differ from the dev questions (w80) the rules were found on. Each test fails on the parser
of the start of this round (3dc86e9)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_level_said_after_an_article_and_the_name_after_one(task_of):
    cols = _cols({"choir": ("id", ["c1"]), "hall": ("categorical", ["school", "chapel", "theatre"]),
                  "warmup": ("binary", [0, 1]), "pitch_err": ("numeric", [0, 40])})
    task = task_of("effect of warmup on pitch_err when the hall is a chapel", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "warmup", "pitch_err", {"hall": "chapel"})


def test_a_rate_unit_the_name_does_not_write_before_the_column(task_of):
    cols = _cols({"jump": ("id", ["j1"]), "gusts": ("numeric", [0, 60]), "helmet_cam": ("binary", [0, 1]),
                  "landing_score": ("numeric", [0, 10]), "pilot_yrs": ("numeric", [0, 30])})
    task = task_of("in 40 km/h gusts, how does helmet_cam affect landing_score", cols)
    assert (task.kind, task.at) == ("cate", {"gusts": 40})


def test_the_units_are_no_kind_of_them(task_of):
    cols = _cols({"crewId": ("id", ["c1"]), "crewType": ("categorical", ["men", "women", "mixed"]),
                  "usesFins": ("binary", [0, 1]), "finishHrs": ("numeric", [5, 12]),
                  "rerowIntent12m": ("binary", [0, 1])})
    from copilot.parse import parse_question

    out = parse_question("Does rowing with fins speed crews up?", cols, lm=None)
    assert out.task is None or out.task.outcome != "crewType"
    task = task_of("For mixed crews, do fins change finishHrs?", cols)
    assert task.at == {"crewType": "mixed"}


def test_mbr_is_members(task_of):
    cols = _cols({"BAND_ID": ("id", ["b1"]), "MBR_CNT": ("numeric", [3, 12]), "REH_HRS": ("numeric", [0, 20]),
                  "GIG_SCORE": ("numeric", [0, 10]), "REGION": ("categorical", ["n", "s"])})
    task = task_of("effect of REH_HRS on GIG_SCORE for bands with 9 members", cols)
    assert (task.kind, task.at) == ("cate", {"MBR_CNT": 9})
