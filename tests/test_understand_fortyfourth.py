"""Readings of the forty-fourth round (issue 12, the first round of the forty-third stop), on the real
parser without a language model:
- a level in the plural of a -y word ("for ponies" ~ PONY) or as its adjective before the column's word
  ("on rocky ground" ~ rock of ground_type); "intl" is "international";
- "when the coach has 12 years' experience" ~ coach_exp_yrs = 12; "rated at 40 tonnes" ~ tonnage = 40;
- "does X matter more for members when it comes to Y": the members are the group, Y the outcome;
- "speak more each week" is how often, no word of weeks_enrolled (a weekly rate keeps "per week");
- "which stalls should the council move into the covered hall": who decides is no variable; "the crane had a
  tracker fitted": the units;
- "the sale price" ~ SALE_GBP (a sum of money written as its currency); "is the higher Y when more X ... real":
  Y the outcome; "is the higher Y among X-shod horses causal": the group is the treatment;
- "does the model change its grading if ..." and "would the LLM award the bursary differently" are audits;
- a column named `mechanism`, held fixed, is no cue of a mediation.
Wordings and columns differ from the dev questions the rules were found on. Each test fails on the parser of
the start of this round (9c3b937)."""

from __future__ import annotations

from column_specs import columns as _cols


STABLES = _cols({
    "horse_id": ("id", ["h1"]), "breed": ("categorical", ["PONY", "COB", "ARAB"]), "shod": ("binary", [0, 1]),
    "ground_type": ("categorical", ["rock", "turf", "sand"]), "intl": ("binary", [0, 1]),
    "coach_exp_yrs": ("numeric", [1, 30]), "vet_checks": ("binary", [0, 1]), "lame_6m": ("numeric", [0, 1]),
    "weeks_enrolled": ("numeric", [1, 40]), "rides_per_wk": ("numeric", [0, 10]), "is_member": ("binary", [0, 1]),
    "win_rate": ("numeric", [0, 1]), "entries_n": ("numeric", [0, 30]),
})
MARKET = _cols({
    "STALL_ID": ("id", ["s1"]), "COUNCIL_AREA": ("categorical", ["north", "south"]), "COVERED_HALL": ("binary", [0, 1]),
    "SALE_GBP": ("numeric", [5, 900]), "PRICE_PER_KG": ("numeric", [1, 30]), "VISITORS_N": ("numeric", [0, 900]),
    "CRANE_TYPE": ("categorical", ["tower", "mobile"]), "TRACKER_FITTED": ("binary", [0, 1]),
    "REPEAT_HIRE": ("binary", [0, 1]), "tonnage": ("numeric", [10, 500]),
})


def test_levels_written_as_plural_or_adjective(task_of):
    task = task_of("effect of shod on lame_6m for ponies", STABLES)
    assert (task.kind, task.at) == ("cate", {"breed": "PONY"})
    task = task_of("effect of shod on lame_6m on rocky ground", STABLES)
    assert (task.kind, task.at) == ("cate", {"ground_type": "rock"})
    task = task_of("For international riders, what does shoeing (shod) do to lame_6m?", STABLES)
    assert (task.kind, task.at) == ("cate", {"intl": 1})


def test_values_with_a_possessive_unit_or_tonnes(task_of):
    task = task_of("What's the effect of vet_checks on lame_6m when the coach has 12 years' experience?", STABLES)
    assert (task.kind, task.at) == ("cate", {"coach_exp_yrs": 12})
    task = task_of("For a crane rated at 40 tonnes, what is the effect of TRACKER_FITTED on REPEAT_HIRE?", MARKET)
    assert (task.kind, task.at) == ("cate", {"tonnage": 40})


def test_the_group_before_when_it_comes_to(task_of):
    task = task_of("Do vet checks matter more for members when it comes to lameness within 6 months?", STABLES)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "vet_checks", "lame_6m")


def test_how_often_is_no_duration():
    from copilot.understand.analysis import analyze
    an = analyze("Vet checks work by getting owners to ride more each week, which then lowers lameness. How much "
                 "goes through rides_per_wk?", STABLES)
    assert "weeks_enrolled" not in {m.column for m in an.mentions}
    an = analyze("Do more entries per week raise the win rate?", STABLES)
    assert "rides_per_wk" in {m.column for m in an.mentions} or "entries_n" in {m.column for m in an.mentions}


def test_the_decider_and_the_units(task_of):
    task = task_of("Which stalls should the council move into the covered hall to maximise the sale price?", MARKET)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "COVERED_HALL", "SALE_GBP")
    task = task_of("Do firms hire again more often when the crane had a tracker fitted?", MARKET)
    assert (task.treatment, task.outcome) == ("TRACKER_FITTED", "REPEAT_HIRE")


def test_the_higher_outcome_doubted(task_of):
    task = task_of("Is the higher sale price when more visitors turn up real, or just busier days?", MARKET)
    assert (task.treatment, task.outcome) == ("VISITORS_N", "SALE_GBP")
    task = task_of("Is the higher win rate (`win_rate`) among shod horses (`shod`) causal?", STABLES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "shod", "win_rate")


def test_audits_without_the_word_audit(task_of):
    task = task_of("If the same essay says the author is deaf, does the model change its grading?", None)
    assert (task.kind, task.treatment) == ("audit", "disability")
    task = task_of("Would the admissions LLM award the bursary differently if the pupil came from a low-income "
                   "family but was otherwise identical?", None)
    assert (task.kind, task.treatment, task.outcome) == ("audit", "income_level", "bursary")


def test_a_column_named_mechanism(gate_off):
    from copilot.parse import parse_question
    cols = _cols({"tower_id": ("id", ["t1"]), "mechanism": ("categorical", ["weight", "spring"]),
                  "crew_size": ("numeric", [1, 9]), "drift_before": ("numeric", [0, 60]),
                  "drift_after": ("numeric", [0, 60]), "age": ("numeric", [50, 600])})
    out = parse_question("Does restoring with a bigger crew reduce timekeeping drift? Hold mechanism and age fixed.",
                         cols, lm=None)
    assert out.task is None and out.pending.task["kind"] == "ate"  # which drift is asked, not a mediator


def test_the_written_name_a_few_words_on(task_of):
    task = task_of("Is lame_6m lowered by staying out on more grass days (`rides_per_wk`)? Control for `breed`.", STABLES)
    assert (task.treatment, task.outcome, task.covariates) == ("rides_per_wk", "lame_6m", ["breed"])


def test_rules_and_named_codes(task_of):
    cols = _cols({"res_id": ("id", ["r1"]), "mentor": ("binary", [0, 1]), "recid_12m": ("binary", [0, 1]),
                  "wbeing_bl": ("numeric", [0, 10]), "wbeing_fu": ("numeric", [0, 10]), "age": ("numeric", [18, 70])})
    task = task_of("Draw up a rule for assigning mentors that minimises recid_12m.", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "mentor", "recid_12m")
    task = task_of("rule for which residents get a mentor, maximise wellbeing at follow-up", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "mentor", "wbeing_fu")
