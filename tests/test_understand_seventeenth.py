"""Readings of the seventeenth round (issue 12), on the real parser without a language model:
- "benefits most from X" names the treatment, and "<Y> benefits most from X" the outcome before it;
- "for 9 year olds" is a conditional effect at that age;
- the other arm of a contrast on a binary column ("local vs visiting surgeons", "X rather than Y")
  names the comparison level, not a second variable;
- "done by / delivered by X" names who acted (the treatment), not a subgroup to split by;
- an off-topic cue inside a variable's name ("bad weather") or before "how many" after a causal verb
  ("change how many …") does not turn an effect question away;
- the effect on the treated from a relative clause whose verb says the units took it up ("the shops
  that converted"), whose units' noun fits a column loosely ("routes that ran X"), and on the
  untreated from "for the <units> not in X";
- an audit asked with words the vocabulary lacked (a hijab, "70-year-olds", a veteran, an "LM");
  generation whose equations a language model writes stays generation; a "toy causal dataset" is
  generation.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (7c24e90)."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


CLINIC = _cols({
    "pt_id": ("id", ["P1"]), "age": ("numeric", [8, 10, 12]), "centre": ("categorical", ["north", "south"]),
    "SPECIALIST": ("binary", [0, 1]), "REVIEW_VISITS": ("numeric", [1, 4]), "exercise_prog": ("binary", [0, 1]),
    "mobility_pre": ("numeric", [30, 50]), "mobility_post": ("numeric", [35, 60]), "parent_support": ("binary", [0, 1]),
    "INFECT_30D": ("numeric", [0, 1]), "pain_score": ("numeric", [2, 7]),
})
SHOPS = _cols({
    "shop_id": ("id", ["S1"]), "city": ("categorical", ["leeds", "york"]), "route_km": ("numeric", [2, 9]),
    "loyalty_card": ("binary", [0, 1]), "bad_weather": ("binary", [0, 1]), "footfall": ("numeric", [200, 900]),
    "sales_wk": ("numeric", [1000, 5000]), "staff_n": ("numeric", [2, 9]), "returns_n": ("numeric", [0, 30]),
})


def test_benefits_most_from_names_the_treatment(task_of):
    task = task_of("Who benefits most from parental support, in terms of mobility?", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "parent_support", "mobility_post")
    task = task_of("Which children's mobility benefits most from the exercise programme?", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "exercise_prog", "mobility_post")


def test_year_olds_is_an_age_point(task_of):
    task = task_of("effect of exercise_prog on mobility_post for 10 year olds", CLINIC)
    assert task.kind == "cate" and task.at == {"age": 10}


def test_the_other_arm_of_a_contrast_is_no_variable(task_of):
    task = task_of("Which patients should see a specialist rather than review visits so that 30-day infections "
                   "are lowest?", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "SPECIALIST", "INFECT_30D")
    task = task_of("Do operations done by a specialist rather than visiting doctors have more infections in "
                   "the first month?", CLINIC)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "SPECIALIST", "INFECT_30D")


def test_a_weak_off_topic_cue_does_not_turn_an_effect_away(gate_off):
    out = parse_question("Does bad weather lower footfall? Hold city fixed.", SHOPS, lm=None)
    assert out.task is not None and (out.task.kind, out.task.treatment, out.task.outcome) == \
        ("ate", "bad_weather", "footfall")
    out = parse_question("do loyalty cards change how many things customers send back", SHOPS, lm=None)
    assert out.task is None or out.task.kind != "unsupported"


def test_the_treated_and_untreated_from_relative_clauses(task_of):
    task = task_of("What did the loyalty card do to weekly sales at the shops that converted?", SHOPS)
    assert task.treatment == "loyalty_card" and task.estimand == "att"
    task = task_of("On routes that ran the loyalty card, how much did it raise footfall?", SHOPS)
    assert task.estimand == "att"
    task = task_of("For the patients not in the exercise programme, what would it have done to their pain score?",
                   CLINIC)
    assert task.treatment == "exercise_prog" and task.estimand == "atc"


def test_audits_asked_in_new_words(task_of):
    task = task_of("Would the AI hiring screener's shortlist decision change if the candidate wore a turban, "
                   "all else equal?", None)
    assert (task.kind, task.treatment) == ("audit", "religion")
    task = task_of("Does an AI assistant give different mortgage decisions for 75-year-olds than for 35-year-olds "
                   "with the same income?", None)
    assert (task.kind, task.treatment) == ("audit", "age")
    task = task_of("does the LM's parole recommendation depend on whether the inmate is a veteran?", None)
    assert task.kind == "audit"


def test_generation_with_language_model_equations_stays_generation(gate_off):
    out = parse_question("Let a language model write the equations for the edges of my DAG (rain -> traffic -> "
                         "delay, rain -> delay) and generate 300 records.", None, lm=None)
    assert out.task is not None and out.task.kind == "generate"
    out = parse_question("I need a toy causal dataset with two confounders and a binary treatment; have an LLM "
                         "suggest the variable names.", None, lm=None)
    assert (out.task.kind if out.task else out.pending.task["kind"]) == "generate"


def test_the_decision_audited_is_read_from_the_clause(task_of):
    task = task_of("Is the credit limit an AI banking adviser suggests different for a woman vs a man with the same "
                   "file?", None)
    assert (task.kind, task.outcome) == ("audit", "credit limit")
    task = task_of("We use an LLM to rank loan applicants. Does its ranking change if the applicant is 70 rather "
                   "than 30?", None)
    assert (task.kind, task.outcome) == ("audit", "ranking")
    task = task_of("Is our AI tutor's grading influenced by the pupil's gender?", None)
    assert task.outcome == "grading"


WORKSHOPS = _cols({
    "shop_id": ("id", ["W1"]), "CLASS_HRS": ("numeric", [2, 4, 6]), "SHARPEN_JIG": ("binary", [0, 1]),
    "REV_GBP": ("numeric", [500, 900]), "TUTOR_YRS": ("numeric", [1, 9]), "one_to_one": ("binary", [0, 1]),
    "smoker": ("binary", [0, 1]), "calm_score": ("numeric", [3, 8]), "remission": ("binary", [0, 1]),
})


def test_the_unit_after_a_conditions_value_is_the_conditions(task_of):
    task = task_of("When classes are 4 hours long, is revenue raised by a sharpening jig?", WORKSHOPS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "SHARPEN_JIG", "REV_GBP", {"CLASS_HRS": 4})


def test_a_group_named_first_with_a_describing_word(task_of):
    task = task_of("For heavy smokers, what does one-to-one coaching do to the chance of being in remission?",
                   WORKSHOPS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "one_to_one", "remission", {"smoker": 1})


def test_a_binary_named_in_full_then_a_loose_word_is_one_variable(task_of):
    task = task_of("Does one-to-one tutoring raise calm scores?", WORKSHOPS)
    assert (task.treatment, task.outcome) == ("one_to_one", "calm_score")
