"""Readings of the thirty-ninth round (issue 12), on the real parser without a language model:
- plurals the suffix stripper cannot undo ("geese" ~ goose_dens) and name words in another order ("new burrows"
  ~ BUR_NEW);
- an ordinal before the word that names a numeric column is its value ("3rd-grade pupils" ~ grade == 3);
- "among the lakes that were not controlled, what would ... have done" asks for the effect on the untreated;
- "which schools deserve X if the aim is lower Y", "find the schools where dropping it would lower Y" ask for a
  policy;
- a "cause-and-effect diagram" is a graph; "by M, or directly?" asks for the mediation;
- "is the drop in Y at <treated> units causal", "more likely an animal is still alive" give the roles;
- "larger groups" ~ group_size; "a longer time on the bus" is the bus hours column; "marsupials" ~ mars_n;
- a value in a unit: "an 80 km/h limit" ~ speed limit, "patrol lasted 6 hours" ~ HRS_PATROL, "a pond covers
  4 ha" ~ pond_area_ha (not fish_kg_ha, a rate per hectare); "the waders' stress hormone" is the hormone, not
  the waders; "for each extra hectare" is the treatment;
- words of the same variable: alive ~ survival, seen ~ sightings, damp ~ humidity, notices ~ signs, decibels ~
  db, control ~ ctl.
Wordings and columns differ from the dev questions the rules were found on. Each test fails on the parser of
the start of this round (765df17)."""

from __future__ import annotations

from column_specs import columns as _cols

from copilot.parse import parse_question

LAKES = _cols({
    "lake_id": ("id", ["l1"]), "goose_dens": ("numeric", [0, 80]), "reed_ctl": ("binary", [0, 1]),
    "clarity_post": ("numeric", [0.5, 4]), "BUR_NEW": ("numeric", [0, 30]), "vole_surv_1y": ("numeric", [0, 1]),
    "heron_sightings": ("numeric", [0, 40]), "boat_noise_db": ("numeric", [40, 90]), "quiet_zone": ("binary", [0, 1]),
})
SCHOOLS = _cols({
    "school_id": ("id", ["s1"]), "grade": ("numeric", [1, 6]), "tutoring": ("binary", [0, 1]),
    "read_score": ("numeric", [0, 100]), "group_size": ("numeric", [2, 12]), "renovation": ("binary", [0, 1]),
    "attend_rate": ("numeric", [0.7, 1.0]), "phone_ban": ("binary", [0, 1]), "hours_bus": ("numeric", [0, 3]),
    "absent_days": ("numeric", [0, 40]),
})


def test_plurals_and_name_words_in_another_order(task_of):
    task = task_of("Do more geese lower clarity_post?", LAKES)
    assert (task.treatment, task.outcome) == ("goose_dens", "clarity_post")
    task = task_of("Does reed_ctl raise the count of new burrows?", LAKES)
    assert (task.treatment, task.outcome) == ("reed_ctl", "BUR_NEW")


def test_an_ordinal_is_the_value_of_the_word_it_counts(task_of):
    task = task_of("For 3rd-grade pupils, what does tutoring do to read_score?", SCHOOLS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "tutoring", "read_score", {"grade": 3})


def test_the_untreated_and_policy_wordings(task_of):
    task = task_of("Among the lakes that were not controlled, what would reed control have done to clarity_post?",
                   LAKES)
    assert (task.treatment, task.outcome, task.estimand) == ("reed_ctl", "clarity_post", "atc")
    task = task_of("Which schools deserve a phone ban if the aim is lower absent_days?", SCHOOLS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "phone_ban", "absent_days")
    task = task_of("Should some schools stop the phone ban? Find the schools where dropping it would lower "
                   "absent_days.", SCHOOLS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "phone_ban", "absent_days")


def test_graph_and_mediation_wordings(task_of):
    out = parse_question("sketch the cause-and-effect diagram for the lake survey", LAKES, lm=None)
    assert out.task is not None and out.task.kind == "discover"
    task = task_of("Does tutoring raise the read score by lifting attendance (attend_rate), or directly?", SCHOOLS)
    assert (task.kind, task.treatment, task.outcome, task.mediator) == \
        ("mediation", "tutoring", "read_score", "attend_rate")


def test_role_wordings(task_of):
    task = task_of("Is the drop in absent_days at renovated schools causal, or just because renovated schools are "
                   "bigger?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("renovation", "absent_days")
    task = task_of("Do quiet zones make it more likely an animal is still alive after a year?", LAKES)
    assert (task.treatment, task.outcome) == ("quiet_zone", "vole_surv_1y")
    task = task_of("What is the effect of larger groups on read_score?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("group_size", "read_score")
    task = task_of("Is read_score lowered by a longer time on the bus?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("hours_bus", "read_score")


def test_words_of_the_same_variable(task_of):
    task = task_of("Are herons seen less often where boats make more decibels?", LAKES)
    assert (task.treatment, task.outcome) == ("boat_noise_db", "heron_sightings")
    walls = _cols({"wall_id": ("id", ["w1"]), "humidity": ("numeric", [30, 95]), "cleaning_freq": ("numeric", [0, 12]),
                   "mould_cover": ("numeric", [0, 60]), "warning_signs": ("binary", [0, 1]),
                   "touch_events": ("numeric", [0, 200])})
    task = task_of("Is mould_cover made worse by damp air?", walls)
    assert (task.treatment, task.outcome) == ("humidity", "mould_cover")
    task = task_of("Do 'do not touch' notices cut touch_events?", walls)
    assert (task.treatment, task.outcome) == ("warning_signs", "touch_events")


def test_values_in_units_owners_and_doses(task_of):
    roads = _cols({"seg_id": ("id", ["r1"]), "speed limit": ("numeric", [50, 110]), "observed speed": ("numeric", [40, 120]),
                   "rumble strips": ("binary", [0, 1]), "crashes per km": ("numeric", [0, 3]),
                   "crashes after": ("numeric", [0, 30]), "HRS_PATROL": ("numeric", [0, 40])})
    task = task_of("With an 80 km/h limit, what do rumble strips do to observed speed?", roads)
    assert (task.kind, task.at) == ("cate", {"speed limit": 80})
    task = task_of("when patrol lasted 6 hours, effect of rumble strips on crashes after", roads)
    assert (task.kind, task.at) == ("cate", {"HRS_PATROL": 6})
    ponds = _cols({"pond_id": ("id", ["p1"]), "pond_area_ha": ("numeric", [1, 8]), "aerator": ("binary", [0, 1]),
                   "fish_kg_ha": ("numeric", [100, 900]), "fish_kg": ("numeric", [100, 5000]),
                   "wader_n_post": ("numeric", [0, 60]), "cort_post": ("numeric", [1, 30]),
                   "mars_n_post": ("numeric", [0, 25])})
    task = task_of("Where a pond covers 4 ha, what does an aerator do to fish_kg?", ponds)
    assert (task.kind, task.at) == ("cate", {"pond_area_ha": 4})
    task = task_of("Do aerators lower the waders' stress hormone levels?", ponds)
    assert (task.treatment, task.outcome) == ("aerator", "cort_post")
    task = task_of("Do aerators bring more marsupials?", ponds)
    assert (task.treatment, task.outcome) == ("aerator", "mars_n_post")
    task = task_of("How many extra waders come for each extra hectare of pond?", ponds)
    assert (task.treatment, task.outcome) == ("pond_area_ha", "wader_n_post")

