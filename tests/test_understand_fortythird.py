"""Readings of the forty-third round (issue 12, the second round of the forty-second stop), on the real
parser without a language model:
- "having more volunteers": the object of a verb, not the units that act;
- "satisfaction" ~ a name's "sat" (satisfaction far more often than the SAT test);
- "where does X do the most" asks how the effect varies; "for wards that had no sanitiser stations, what would
  hand gel have done" is the effect on the untreated;
- "cases spread on public transport" — words whose initials, small words too, spell a name word that is no
  English word (csopt) name that column;
- "which wards see the biggest drop", "prioritise wards for ...": the units; "when a ward has 12 nurses": the
  units a condition is said of;
- "teams of 6 people" ~ team_sz = 6, "a 4-person team" ~ staff_count = 4.
Wordings and columns differ from the dev questions the rules were found on. Each test fails on the parser of
the start of this round (93b4b2c)."""

from __future__ import annotations

from column_specs import columns as _cols


MENDS = _cols({
    "cafe_id": ("id", ["c1"]), "tool_shed": ("binary", [0, 1]), "sat_pre": ("numeric", [1, 10]),
    "sat_post": ("numeric", [1, 10]),
})
WARDS = _cols({
    "ward_id": ("id", ["w1"]), "ward_age": ("numeric", [1, 60]), "night_nurse": ("binary", [0, 1]),
    "csopt_post": ("numeric", [0, 40]),
    "hand_gel": ("binary", [0, 1]), "nurses_n": ("numeric", [2, 30]), "falls_12m": ("numeric", [0, 20]),
    "volunteer_count": ("numeric", [0, 30]), "cleaning_spend_k": ("numeric", [1, 90]),
})


def test_the_object_of_a_verb(task_of):
    task = task_of("Does having more volunteers lower falls_12m?", WARDS)
    assert (task.treatment, task.outcome) == ("volunteer_count", "falls_12m")


def test_satisfaction_and_the_sat_of_a_name(task_of):
    task = task_of("Does the tool shed raise satisfaction afterwards?", MENDS)
    assert (task.treatment, task.outcome) == ("tool_shed", "sat_post")


def test_where_the_effect_is_biggest(task_of):
    task = task_of("where does the night nurse do the most to prevent falls within 12 months?", WARDS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "night_nurse", "falls_12m")


def test_the_untreated_named_by_other_words(task_of):
    task = task_of("For wards that had no sanitiser stations, what would hand gel have done to falls_12m?", WARDS)
    assert (task.treatment, task.outcome, task.estimand) == ("hand_gel", "falls_12m", "atc")


def test_a_code_spelt_by_every_word(task_of):
    task = task_of("Does hand gel mean fewer cases spread on public transport?", WARDS)
    assert (task.treatment, task.outcome) == ("hand_gel", "csopt_post")


def test_the_units(task_of):
    task = task_of("Who gains most from hand gel: which wards see the biggest drop in falls_12m?", WARDS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "hand_gel", "falls_12m")
    task = task_of("Prioritise wards for extra cleaning spend to minimise falls_12m.", WARDS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "cleaning_spend_k", "falls_12m")
    task = task_of("When a ward has 12 nurses, does hand gel change falls_12m?", WARDS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "hand_gel", "falls_12m", {"nurses_n": 12})


def test_head_counts(task_of):
    teams = _cols({"team_id": ("id", ["t1"]), "team_sz": ("numeric", [2, 12]), "hand_gel": ("binary", [0, 1]),
                   "falls": ("numeric", [0, 20])})
    task = task_of("For teams of 6 people, what does hand gel do to falls?", teams)
    assert (task.kind, task.at) == ("cate", {"team_sz": 6})
    task = task_of("For a 4-person team, does hand gel change falls?", _cols({
        "team_id": ("id", ["t1"]), "staff_count": ("numeric", [2, 12]), "hand_gel": ("binary", [0, 1]),
        "falls": ("numeric", [0, 20])}))
    assert (task.kind, task.at) == ("cate", {"staff_count": 4})
