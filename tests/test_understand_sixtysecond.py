"""Readings of the sixty-second round (issue 12, the first round of the fifty-first stop), on the real parser without a
language model:
- "rainfall is 15 mm" beside rainfallMm and a column whose initials are "mm": the unit is the named column's own;
- "12 lb line" ~ lineStrengthLbs ("lb" and "lbs" are one unit);
- "For orchards exposed to frost, ...": the units' noun, then the attribute said of them, is a group;
- "how does X affect how often they get concussed": the outcome told as a how-clause, no policy's "they get X";
- "the number of blooms" / "more blooms" beside BLOOM_SIZE_CM and two bloom counts: a count;
- "does fogging the crops ...": the noun the action is done to is no variable of its own;
- "should we fry ..." names `fried` (a short -y verb and its past participle stem alike);
- "the virtual tax adviser": a model whose decision an attribute swap audits.
Wordings and columns differ from the dev questions (w75) the rules were found on. Each test fails on the parser
of the start of this round (ebe6b9a)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_unit_after_a_value_is_the_named_columns_own(task_of):
    cols = _cols({"plotId": ("id", ["p1"]), "rainfallMm": ("numeric", [0, 5, 40]), "moneyMade": ("numeric", [0, 900]),
                  "shadeNet": ("binary", [0, 1]), "yieldKg": ("numeric", [10, 90])})
    task = task_of("under the condition that rainfall is 15 mm, what does shade netting do to yieldKg?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "shadeNet", "yieldKg")
    assert task.at == {"rainfallMm": 15}


def test_pounds_written_lb_name_a_column_in_lbs(task_of):
    cols = _cols({"anglerId": ("id", ["a1"]), "lineStrengthLbs": ("numeric", [4, 30]), "guided": ("binary", [0, 1]),
                  "catchKg": ("numeric", [0, 20]), "lureType": ("categorical", ["spoon", "fly"])})
    task = task_of("Effect of guided on catchKg for anglers fishing 12 lb line.", cols)
    assert task.kind == "cate" and task.at == {"lineStrengthLbs": 12}


def test_units_then_the_attribute_said_of_them_are_a_group(task_of):
    cols = _cols({"ORCHARD": ("id", ["o1"]), "FROST_EXPOSED": ("binary", [0, 1]), "WINDBREAK": ("binary", [0, 1]),
                  "FRUIT_SET_PCT": ("numeric", [10, 90]), "ALTITUDE_M": ("numeric", [20, 600])})
    task = task_of("For orchards exposed to frost, does a windbreak raise FRUIT_SET_PCT?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "WINDBREAK", "FRUIT_SET_PCT")
    assert task.at == {"FROST_EXPOSED": 1}


def test_an_outcome_told_as_how_often_they_get_it(task_of):
    cols = _cols({"player": ("id", ["p1"]), "padded_helmet": ("binary", [0, 1]), "concussed": ("binary", [0, 1]),
                  "age": ("numeric", [16, 35]), "minutes": ("numeric", [0, 90])})
    task = task_of("how does the padded helmet affect how often they get concussed", cols)
    assert (task.treatment, task.outcome) == ("padded_helmet", "concussed")


def test_a_count_said_in_words_picks_the_count_among_rivals(task_of):
    cols = _cols({"bush": ("id", ["b1"]), "PRUNED": ("binary", [0, 1]), "BLOOM_SIZE_CM": ("numeric", [2, 12]),
                  "BLOOM_CNT_BL": ("numeric", [0, 40]), "BLOOM_CNT_6M": ("numeric", [0, 60]),
                  "SOIL_PH": ("numeric", [5, 8])})
    task = task_of("Does pruning raise the number of blooms six months on?", cols)
    assert (task.treatment, task.outcome) == ("PRUNED", "BLOOM_CNT_6M")
    assert task_of("Does pruning give more blooms?", cols).outcome == "BLOOM_CNT_6M"


def test_the_noun_an_action_is_done_to_is_no_variable(task_of):
    cols = _cols({"bed": ("id", ["b1"]), "fogging": ("binary", [0, 1]), "fruit_count": ("numeric", [0, 80]),
                  "variety": ("categorical", ["a", "b"]), "soil_temp_c": ("numeric", [8, 25])})
    task = task_of("Does fogging the tomatoes make them set more fruit_count?", cols)
    assert (task.treatment, task.outcome) == ("fogging", "fruit_count")


def test_a_short_y_verb_names_its_past_participle_column(task_of):
    cols = _cols({"batch": ("id", ["b1"]), "fried": ("binary", [0, 1]), "crispness": ("numeric", [1, 10]),
                  "oil_temp_c": ("numeric", [150, 190]), "potato": ("categorical", ["maris", "king"])})
    task = task_of("Which batches should we fry to maximise crispness?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "fried", "crispness")


def test_a_virtual_adviser_is_a_model_whose_decision_is_audited(audit_of):
    task = audit_of("Would the virtual tax adviser recommend a smaller refund if the filer mentions being a veteran, "
                    "everything else unchanged?")
    assert task.treatment.replace("_", " ") == "veteran status"
