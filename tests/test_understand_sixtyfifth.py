"""Readings of the sixty-fifth round (issue 12, the second round of the fifty-second stop), on the real parser without a
language model:
- "the white meal on the leaves" spells no "ml" of WATER_ML_WK: a unit inside a name is no initials;
- "running the staves through the steamer": what is put through something is no pathway; the steamer is the act;
- "practice -> stamina -> number of gigs": a chain whose last step has a word or two before its name;
- "among hives never given a new queen, what would X have done to Y": the effect on the untreated (ATC);
- "if the applicant were Romani": ethnicity; "transgender rather than cisgender": gender identity (audits);
- "more hours a week" ~ the one column counted in hours per week;
- "for a 0.8 mm blade" ~ thickness == 0.8 (a length in mm said of the one thickness column);
- "when sharpening four times a week" ~ sharpen_freq == 4 (a count of times said in a word).
Wordings and columns differ from the dev questions (w78) the rules were found on. Each test fails on the parser
of the start of this round (5715f07)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_unit_inside_a_name_is_spelt_by_no_initials(task_of):
    from copilot.parse import parse_question

    cols = _cols({"pot": ("id", ["p1"]), "misted": ("binary", [0, 1]), "FEED_ML_DAY": ("numeric", [0, 90]),
                  "LEAF_SPOT": ("numeric", [0, 9]), "GRIT_TOP": ("binary", [0, 1])})
    out = parse_question("Does misting protect the fine meal on the leaves?", cols, lm=None)
    assert out.task is None or out.task.outcome != "FEED_ML_DAY"


def test_what_is_put_through_something_is_no_pathway(task_of):
    cols = _cols({"barrel": ("id", ["b1"]), "stave_thick_mm": ("numeric", [18, 30]), "steamed": ("binary", [0, 1]),
                  "leak_12m": ("binary", [0, 1]), "cooper": ("categorical", ["n", "s"])})
    task = task_of("Does running the staves through the steamer really cut leaks in the first year, or is that just "
                   "confounding?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "steamed", "leak_12m")


def test_a_chain_whose_last_step_has_words_before_its_name(task_of):
    cols = _cols({"band": ("id", ["b1"]), "rehearsal_hrs": ("numeric", [0, 20]), "tightness_6m": ("numeric", [0, 10]),
                  "gig_count": ("numeric", [0, 40]), "region": ("categorical", ["n", "s"])})
    task = task_of("rehearsal -> tightness -> number of gigs: indirect share?", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == \
        ("mediation", "rehearsal_hrs", "tightness_6m", "gig_count")


def test_units_never_treated_said_before_a_counterfactual_ask_for_the_atc(task_of):
    cols = _cols({"HIVE": ("id", ["h1"]), "REQUEEN": ("binary", [0, 1]), "HONEY_KG": ("numeric", [0, 40]),
                  "APIARY": ("categorical", ["n", "s"]), "FRAMES": ("numeric", [5, 20])})
    task = task_of("Among hives never given a new queen, what would `REQUEEN` have done to `HONEY_KG`?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("REQUEEN", "HONEY_KG", "atc")


def test_romani_is_an_ethnicity_and_transgender_a_gender_identity(audit_of):
    assert audit_of("Would the AI tenancy screener rate the applicant differently if she were Romani, all else "
                    "equal?").treatment == "ethnicity"
    assert audit_of("Does the triage bot's urgency score change if the caller is described as transgender rather "
                    "than cisgender, all else the same?").treatment.replace("_", " ") == "gender identity"


def test_more_hours_a_week_names_the_column_in_hours_per_week(task_of):
    cols = _cols({"learner": ("id", ["l1"]), "age": ("numeric", [8, 80]), "drill_hrs_wk": ("numeric", [0, 12]),
                  "sleep_hrs": ("numeric", [4, 10]), "grade_pass": ("binary", [0, 1]),
                  "teacher": ("categorical", ["a", "b"])})
    task = task_of("Does practising more hours a week make learners pass their grade?", cols)
    assert (task.treatment, task.outcome) == ("drill_hrs_wk", "grade_pass")


def test_a_value_in_mm_is_the_thickness(task_of):
    cols = _cols({"saw": ("id", ["s1"]), "thickness": ("numeric", [0.5, 1.5]), "hardened": ("binary", [0, 1]),
                  "cut_speed": ("numeric", [1, 9]), "maker": ("categorical", ["a", "b"])})
    task = task_of("For a 0.8 mm blade, how does hardening change the cut_speed?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "hardened", "cut_speed", {"thickness": 0.8})


def test_a_count_of_times_said_in_a_word_is_a_value(task_of):
    cols = _cols({"mower": ("id", ["m1"]), "sharpen_freq": ("numeric", [1, 7]), "course": ("binary", [0, 1]),
                  "fatigue": ("numeric", [0, 10]), "age": ("numeric", [20, 80])})
    task = task_of("When sharpening four times a week, what's the effect of the course on fatigue?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "course", "fatigue", {"sharpen_freq": 4})
