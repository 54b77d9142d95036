"""Readings of the seventieth round (issue 12, the first round of the fifty-fifth stop), on the real parser without
a language model:
- "X -> Y, women only": a gender said with "only" after a comma is the group (CATE);
- "for those who went": the effect on the treated (ATT);
- "does more practice translate into higher scores": a causal verb, not a request to translate;
- "the DNF rate" over DNF_RATE_SEASON and DNF_RATE_LAST5 asks which (the number made one name a word longer);
- "xc" is cross-country; "the 10 km cross-country time" names the race's length, no time of 10;
- "on snowy trails", "when it's foggy": the level's adjective in -y is the group (terrain == snow, weather == fog);
- "For pilots in salt water, ...": the units, then where they are, is the group;
- "Probe the recruiter model: ..." is an audit; "the GPT-based shortlist decision" audits the shortlist decision.
Wordings and columns differ from the dev questions (w83) the rules were found on. Each test fails on the parser
of the start of this round (5f24b4c)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_gender_then_only_after_a_comma(task_of):
    cols = _cols({"runner": ("id", ["r1"]), "shoe_type": ("categorical", ["road", "trail"]),
                  "race_time": ("numeric", [20, 60]), "gender": ("categorical", ["F", "M"])})
    task = task_of("shoe_type -> race_time, men only", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "shoe_type", "race_time", {"gender": "M"})


def test_for_those_who_went(task_of):
    cols = _cols({"pupil": ("id", ["p1"]), "summer_camp": ("binary", [0, 1]), "reading_score": ("numeric", [0, 100]),
                  "age": ("numeric", [8, 12])})
    task = task_of("What did the summer camp do to reading_score for those who went?", cols)
    assert (task.kind, task.treatment, task.outcome, task.estimand) == ("ate", "summer_camp", "reading_score", "att")


def test_translate_into_is_a_causal_verb(task_of):
    from copilot.parse import parse_question

    cols = _cols({"player": ("id", ["p1"]), "practice_hrs": ("numeric", [0, 20]), "fouls": ("numeric", [1, 9]),
                  "score": ("numeric", [0, 100])})
    task = task_of("Does more practice translate into higher scores?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "practice_hrs", "score")
    # (an outcome it cannot find is asked for, not the question turned away as a request to translate)
    out = parse_question("Does more practice translate into calmer nerves on match day?", cols, lm=None)
    assert out.task is None and "outcome" in (out.clarification or "")


def test_a_number_tag_does_not_hide_a_twin():
    from copilot.parse import parse_question

    cols = _cols({"club": ("id", ["c1"]), "new_coach": ("binary", [0, 1]), "loss_rate_season": ("numeric", [0, 1]),
                  "loss_rate_last10": ("numeric", [0, 1]), "budget": ("numeric", [1, 9])})
    out = parse_question("Does a new coach lower the loss rate?", cols, lm=None)
    assert out.task is None and "loss_rate_last10" in (out.clarification or "") and \
        "loss_rate_season" in (out.clarification or "")


def test_cross_country_and_a_race_length(task_of):
    cols = _cols({"skier": ("id", ["s1"]), "wax": ("binary", [0, 1]), "xc_time": ("numeric", [20, 60]),
                  "age": ("numeric", [18, 40])})
    task = task_of("Which skiers should use the wax to cut their 15 km cross-country time?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "wax", "xc_time") and not task.at


def test_a_level_said_as_its_adjective(task_of):
    cols = _cols({"ride": ("id", ["r1"]), "studded_tyres": ("binary", [0, 1]), "crash_count": ("numeric", [0, 5]),
                  "surface": ("categorical", ["ice", "mud", "dry"])})
    task = task_of("On muddy roads, do studded tyres reduce the crash count?", cols)
    assert (task.kind, task.at) == ("cate", {"surface": "mud"})
    task = task_of("When it's icy, do studded_tyres reduce crash_count?", cols)
    assert (task.kind, task.at) == ("cate", {"surface": "ice"})


def test_the_units_then_where_they_are(task_of):
    cols = _cols({"diver": ("id", ["d1"]), "cold_water": ("binary", [0, 1]), "buddy_trained": ("binary", [0, 1]),
                  "air_use_l": ("numeric", [500, 3000])})
    task = task_of("For divers in cold water, what is the effect of buddy_trained on air_use_l?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "buddy_trained", "air_use_l",
                                                                   {"cold_water": 1})


def test_probing_a_model_is_an_audit_and_the_tool_is_no_kind_of_decision(audit_of):
    task = audit_of("Probe the admissions model: does its interview invitation change if the applicant is deaf, "
                    "with identical grades?")
    assert "interview" in task.outcome
    assert audit_of("Would the LLM-powered tenancy decision differ if the applicant were older?").outcome == \
        "tenancy decision"
