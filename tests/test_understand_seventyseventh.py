"""Readings of the seventy-seventh round (issue 12, the second round of the fifty-eighth stop), on the real parser
without a language model:
- "co-op seed" is the level coop (a hyphenated word written as one);
- "the directed acyclic graph" is a causal graph to learn;
- "the LM's pitch feedback" is the decision an audit measures;
- "did the calves that got it grow heavier because of it" asks for the effect on the treated;
- "who to compost? targeting rule for Y": the act asked first, then the rule's goal;
- "tuber yield" beside tbr_yld_t_ha, matched word by word, is one mention, so a pathway story keeps its order;
- "oil % (lab)" beside OIL_PCT and OIL_PCT_LAB is the lab reading;
- "callers" names who calls, not callsPerHr;
- "is the pressure at eight weeks lowered by exercise" is no units phrase of the treated.
Wordings and columns differ from the dev questions (w90) the rules were found on. Each test fails on the parser
of the start of this round (7ff0ee6)."""

from __future__ import annotations

from column_specs import columns as _cols

from copilot.parse import parse_question
from copilot.understand import gate

_FARM = {"farm": ("id", ["f1"]), "advisory": ("binary", [0, 1]), "tbr_yld_t_ha": ("numeric", [5, 40]),
         "hh_inc_12m": ("numeric", [0, 9000]), "seed_src": ("categorical", ["own", "coop", "market"]),
         "drip": ("binary", [0, 1])}


def test_a_hyphenated_level(task_of):
    task = task_of("For farms buying co-op seed, does drip raise tuber yield?", _cols(_FARM))
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "drip", "tbr_yld_t_ha", {"seed_src": "coop"})


def test_the_directed_acyclic_graph_is_learnt(task_of):
    task = task_of("Learn the directed acyclic graph that links these columns.", _cols(_FARM))
    assert task.kind == "discover"


def test_the_decision_of_an_lm_is_audited():
    with gate.switched_off():
        out = parse_question("Would the LM's pitch feedback be kinder if the founder had a Scottish accent?", None, lm=None)
    assert out.task is not None
    assert (out.task.kind, out.task.treatment, out.task.outcome) == ("audit", "accent", "pitch feedback")


def test_did_the_treated_change_because_of_it(task_of):
    cols = _cols({"calf": ("id", ["c1"]), "vitamin": ("binary", [0, 1]), "weight_after": ("numeric", [50, 400]),
                  "weight_before": ("numeric", [30, 300])})
    task = task_of("Did the calves that got the vitamin grow heavier because of it?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("vitamin", "weight_after", "att")


def test_who_to_treat_then_the_rule_for_the_goal(task_of):
    cols = _cols({"BED_ID": ("id", ["b1"]), "MULCH": ("binary", [0, 1]), "BERRY_KG_LAB": ("numeric", [0, 9]),
                  "SOIL_PH": ("numeric", [4, 8])})
    task = task_of("who to mulch? targeting rule for BERRY_KG_LAB", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "MULCH", "BERRY_KG_LAB")


def test_words_in_a_row_naming_one_column_are_one_mention(task_of):
    task = task_of("Advisory visits lead to a higher tuber yield, which then raises household income at 12 months. "
                   "What are the direct and indirect effects?", _cols(_FARM))
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "advisory", "tbr_yld_t_ha",
                                                                        "hh_inc_12m")


def test_a_name_then_its_twins_suffix_in_brackets(task_of):
    cols = _cols({"lot": ("id", ["l1"]), "ROAST_DARK": ("binary", [0, 1]), "OIL_PCT": ("numeric", [5, 40]),
                  "OIL_PCT_LAB": ("numeric", [5, 40]), "PRICE_KG": ("numeric", [1, 90])})
    task = task_of("dark roast -> oil % (lab) -> price: direct/indirect split", cols)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "ROAST_DARK", "OIL_PCT_LAB",
                                                                        "PRICE_KG")


def test_an_agent_noun_names_no_count():
    cols = _cols({"desk": ("id", ["d1"]), "newHeadset": ("binary", [0, 1]), "callsPerHr": ("numeric", [5, 40]),
                  "holdSecAvg": ("numeric", [5, 400]), "holdSecMax": ("numeric", [5, 900])})
    with gate.switched_off():
        out = parse_question("Did the new headset help the callers?", cols, lm=None)
    assert out.task is None or out.task.outcome != "callsPerHr"


def test_a_passive_clause_after_at_is_no_units_phrase(task_of):
    cols = _cols({"pid": ("id", ["p1"]), "walkMinWk": ("numeric", [0, 600]), "hba1cWk12": ("numeric", [4, 12]),
                  "hba1cBaseline": ("numeric", [4, 12])})
    task = task_of("Is the hba1cWk12 at twelve weeks lowered by walking, or is that confounded?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("walkMinWk", "hba1cWk12", "ate")
