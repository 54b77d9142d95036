"""Readings of the seventy-sixth round (issue 12, the first round of the fifty-eighth stop), on the real parser
without a language model:
- "glaze == matte": a condition written with a double equals sign;
- "effect on untreated" (no article) is the effect on the untreated; "I only care about the ones that took it up"
  the effect on the treated;
- "taking kiln humidity into account": the variables between "taking" and "into account" are adjusted for;
- "the weaving training" beside weaverExpYears and trainingDone: a gerund after an article modifies the noun after
  it;
- "accidents in the next month" is the window the outcome is counted over, not a forecast;
- "in Andalusian groves" is the level andalusia;
- "the brix value" beside BRIX_VALUE and BRIX_VAL_V2 fits both versions: ask; so does "pod survival" beside
  POD_SURV and POD_SURV_RATIO (a ratio is a rate of the count);
- "raise the coat quality" is no code of RACE (a verb of change starts no code: it acts on what follows);
- a column named by its identifier in a condition plays no role through a loose word elsewhere;
- "how should we set the number of X for each Y so that Z is as low as possible" is no descriptive request;
- "the AI visa examiner's decision" is the decision an audit measures.
Wordings and columns differ from the dev questions (w89) the rules were found on. Each test fails on the parser
of the start of this round (6a27f07)."""

from __future__ import annotations

from column_specs import columns as _cols

from copilot.parse import parse_question
from copilot.understand import gate


def test_a_condition_with_a_double_equals_sign(task_of):
    cols = _cols({"kiln": ("id", ["k1"]), "kiln_temp": ("numeric", [900, 1300]), "crack_rate": ("numeric", [0, 1]),
                  "glaze": ("categorical", ["matte", "gloss"]), "fire_hrs": ("numeric", [6, 30])})
    task = task_of("What is the CATE of kiln_temp on crack_rate for the subgroup glaze == matte?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "kiln_temp", "crack_rate", {"glaze": "matte"})


def test_the_effect_on_untreated_and_on_those_who_took_it_up(task_of):
    cols = _cols({"pen": ("id", ["p1"]), "heatLamp": ("binary", [0, 1]), "hatchRate": ("numeric", [0, 1]),
                  "eggWeightG": ("numeric", [40, 70])})
    assert task_of("effect heatLamp -> hatchRate - effect on untreated", cols).estimand == "atc"
    task = task_of("How much does heatLamp shift hatchRate? I only care about the ones that actually took it up.", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("heatLamp", "hatchRate", "att")


def test_the_variables_taken_into_account(task_of):
    cols = _cols({"batch": ("id", ["b1"]), "glaze_ph": ("numeric", [4, 9]), "crack_pct": ("numeric", [0, 30]),
                  "kiln_humidity": ("numeric", [10, 90]), "clay_type": ("categorical", ["red", "white"])})
    task = task_of("Looking at the crack percentage, how big is the impact of glaze pH, taking kiln humidity into "
                   "account?", cols)
    assert (task.treatment, task.outcome, task.covariates) == ("glaze_ph", "crack_pct", ["kiln_humidity"])


def test_a_gerund_after_an_article_modifies_the_noun(task_of):
    cols = _cols({"weaverId": ("id", ["w1"]), "weaverExpYears": ("numeric", [0, 40]), "trainingDone": ("binary", [0, 1]),
                  "matsPerWk": ("numeric", [0, 30]), "coopMember": ("binary", [0, 1])})
    task = task_of("What's the effect of attending the weaving training on mats per week?", cols)
    assert (task.treatment, task.outcome) == ("trainingDone", "matsPerWk")


def test_a_window_in_the_next_month_is_no_forecast(task_of):
    cols = _cols({"site": ("id", ["s1"]), "induction": ("binary", [0, 1]), "injuries_30d": ("numeric", [0, 9]),
                  "injuries_90d": ("numeric", [0, 20]), "crew": ("numeric", [2, 40])})
    task = task_of("What does induction do to injuries in the next month?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "induction", "injuries_30d")


def test_a_place_said_as_its_adjective(task_of):
    cols = _cols({"grove": ("id", ["g1"]), "region": ("categorical", ["andalusia", "crete", "apulia"]),
                  "dripIrr": ("binary", [0, 1]), "oilLitres": ("numeric", [0, 900])})
    task = task_of("dripIrr -> oilLitres in Andalusian groves, how big?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "dripIrr", "oilLitres", {"region": "andalusia"})


def test_a_name_written_shorter_in_its_second_version_is_asked():
    cols = _cols({"VINE_ID": ("id", ["v1"]), "SHADE_NET": ("binary", [0, 1]), "BRIX_VALUE": ("numeric", [15, 28]),
                  "BRIX_VAL_V2": ("numeric", [15, 28]), "ROW_AGE": ("numeric", [1, 60])})
    with gate.switched_off():
        out = parse_question("Does a shade net raise the brix value of a vine?", cols, lm=None)
    assert out.task is None and "BRIX_VALUE" in out.clarification and "BRIX_VAL_V2" in out.clarification
    # (a three-letter word is no shorter writing of a word more than two letters longer: REV_WK beside REVIEWS_WK_V2)
    cols = _cols({"shop": ("id", ["s1"]), "promo": ("binary", [0, 1]), "REV_WK": ("numeric", [5, 40]),
                  "REVIEWS_WK_V2": ("numeric", [0, 90])})
    with gate.switched_off():
        out = parse_question("Does the promo raise weekly revenue?", cols, lm=None)
    assert out.task is not None and out.task.outcome == "REV_WK"


def test_a_verb_of_change_starts_no_code(task_of):
    cols = _cols({"dog": ("id", ["d1"]), "RACE": ("categorical", ["greyhound", "whippet"]), "BRUSHED": ("binary", [0, 1]),
                  "COAT_SCORE_PRE": ("numeric", [1, 10]), "COAT_SCORE_POST": ("numeric", [1, 10]),
                  "COAT_LEN_MM": ("numeric", [5, 90])})
    task = task_of("Among whippets, how much does brushing raise the coat quality?", cols)
    assert (task.kind, task.treatment, task.at) == ("cate", "BRUSHED", {"RACE": "whippet"})
    assert task.outcome != "RACE"


def test_a_column_a_condition_names_plays_no_role_through_a_loose_word(task_of):
    cols = _cols({"boatId": ("id", ["b1"]), "boatLenM": ("numeric", [5, 20]), "hauls_per_day": ("numeric", [1, 9]),
                  "netDamage90d": ("numeric", [0, 9])})
    task = task_of("effect of how often the boats are hauled out each day on net damage within 90 days, boatLenM=12 only",
                   cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "hauls_per_day", "netDamage90d", {"boatLenM": 12})


def test_setting_a_number_for_each_unit_towards_a_goal_is_no_descriptive_request():
    cols = _cols({"apiary": ("id", ["a1"]), "supers": ("numeric", [0, 4]), "swarmed_90d": ("binary", [0, 1]),
                  "honey_kg": ("numeric", [0, 60])})
    with gate.switched_off():
        out = parse_question("How should we set the number of boxes stacked on each hive for each of the apiaries so that "
                             "swarming within 90 days is as low as possible?", cols, lm=None)
    assert out.task is None or out.task.kind != "unsupported"


def test_the_decision_of_an_ai_reader_is_audited():
    with gate.switched_off():
        out = parse_question("Is the AI visa examiner's decision affected by an applicant's religion when the rest of "
                             "the file is the same?", None, lm=None)
    assert out.task is not None
    assert (out.task.kind, out.task.treatment, out.task.outcome) == ("audit", "religion", "decision")


def test_a_count_beside_its_ratio_is_asked_unless_the_ratio_is_said(task_of):
    cols = _cols({"PLOT": ("id", ["p1"]), "NETTING": ("binary", [0, 1]), "POD_SURV": ("numeric", [0, 90]),
                  "POD_SURV_RATIO": ("numeric", [0, 1]), "RAIN_MM": ("numeric", [0, 600])})
    with gate.switched_off():
        out = parse_question("Does netting change pod survival?", cols, lm=None)
    assert out.task is None and "POD_SURV_RATIO" in out.clarification
    assert task_of("Does netting change the survival ratio of pods?", cols).outcome == "POD_SURV_RATIO"
