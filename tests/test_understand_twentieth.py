"""Readings of the twentieth round (issue 12), on the real parser without a language model:
- a `gender` column (stemmed "gend") is the column "for women" restricts; "for people living with a
  toddler" is a group; "for 9-month-olds" is the age in months;
- a plural owner ("riders' lap times") names the units, not a variable; "the number of crashes a rider
  has" asks for the count of count/rate twins; "crashes a rider has" describes the crashes;
- a code read from the word as written ("rating" ~ rtg, stemmed "rat"; "booster" ~ bst, stemmed as
  the verb "boost"); two words that are a name written together in either order ("cutting weight" ~
  weightcut); initials across "run average" (era);
- a sentence that names the roles by identifiers decides them over the story around it; "x outcome" in a
  terse list; "<pest> control works by" is a name, not a covariate;
- "which stalls should invest in x to cut y" is a policy; "where does x matter most" asks for
  conditional effects; two seasons with nothing said: the later one is the outcome; "next season"
  is no date column;
- audits: nationality said by its adjective, pronouns swapped, quoted names swapped, a place of worship;
- "3+ visits" ~ visits_3plus; "PR" ~ prFollowUp; of twins that differ by a plural, the one spelt; a
  code and its time tag (dnf30d); "prioritised" is no prior_*; "the conditioning programme" is a name;
  "mistakes" ~ errors; "who influences whom" asks for the graph.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (ebe09d7)."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


RIDERS = _cols({
    "rider_id": ("id", ["R1"]), "gender": ("categorical", ["F", "M"]), "age_months": ("numeric", [6, 30]),
    "lap_time_bl": ("numeric", [60, 90]), "lap_time_12m": ("numeric", [58, 88]), "crash_cnt": ("numeric", [0, 9]),
    "crash_rate": ("numeric", [0, 0.4]), "coached": ("binary", [0, 1]), "hh_toddler": ("binary", [0, 1]),
    "flu_bst": ("binary", [0, 1]), "sick_dys": ("numeric", [0, 20]), "rtg_pre": ("numeric", [900, 2100]),
    "rtg_post": ("numeric", [900, 2100]), "weight": ("numeric", [50, 90]), "weightcut": ("binary", [0, 1]),
    "hydration": ("numeric", [0.9, 1.1]), "races_n": ("numeric", [0, 30]),
})
STALLS = _cols({
    "stall": ("id", ["s1"]), "market": ("categorical", ["north", "south"]), "pest_ctrl": ("binary", [0, 1]),
    "rat_sight_fu": ("numeric", [0, 12]), "spoil_kg_12m": ("numeric", [0, 80]), "fridge": ("binary", [0, 1]),
    "waste_kg": ("numeric", [0, 50]), "revenue": ("numeric", [100, 900]), "era_s1": ("numeric", [2, 6]),
    "era_s2": ("numeric", [2, 6]), "clinic": ("binary", [0, 1]), "season_dt": ("date", ["2024-04-01"]),
})


def test_women_a_group_living_with_and_an_age_in_months(task_of):
    task = task_of("what does coaching do to lap_time_12m for women", RIDERS)
    assert task.kind == "cate" and task.at == {"gender": "F"}
    task = task_of("effect of flu_bst on sick_dys for riders living with a toddler", RIDERS)
    assert task.kind == "cate" and task.at == {"hh_toddler": 1}
    task = task_of("For 9-month-olds, what does coaching do to the crash count?", RIDERS)
    assert task.kind == "cate" and task.at == {"age_months": 9}


def test_plural_owners_counts_and_clauses(task_of):
    task = task_of("Does coaching really improve riders' lap times, or do keen riders just get coached?", RIDERS)
    assert (task.treatment, task.outcome) == ("coached", "lap_time_12m")
    task = task_of("Is the number of crashes a rider has reduced by coaching?", RIDERS)
    assert (task.treatment, task.outcome) == ("coached", "crash_cnt")


def test_codes_read_from_the_word_as_written(task_of):
    task = task_of("Does the booster shorten sickness?", RIDERS)
    assert (task.treatment, task.outcome) == ("flu_bst", "sick_dys")
    riders = [c for c in RIDERS if c["name"] != "crash_rate"]  # (stem() reads both "rating" and "rate" as "rat")
    task = task_of("does entering more races raise a rider's rating", riders)
    assert (task.treatment, task.outcome) == ("races_n", "rtg_post")
    task = task_of("how does cutting weight change hydration", RIDERS)
    assert (task.treatment, task.outcome) == ("weightcut", "hydration")
    task = task_of("Which stalls gain most from the clinic in terms of earned run average?", STALLS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "clinic", "era_s2")


def test_identifiers_decide_roles_over_the_story(task_of):
    task = task_of("Fridges are meant to cut waste, which in turn lifts revenue. What share of fridge's effect "
                   "on spoil_kg_12m runs through waste_kg?", STALLS)
    assert (task.kind, task.treatment, task.outcome, task.mediator) == ("mediation", "fridge", "spoil_kg_12m", "waste_kg")
    task = task_of("Does the pest control lower spoilage because there are fewer rats? rat_sight_fu as mediator, "
                   "spoil_kg_12m outcome.", STALLS)
    assert (task.treatment, task.outcome, task.mediator) == ("pest_ctrl", "spoil_kg_12m", "rat_sight_fu")
    task = task_of("Pest control works by chasing rats away, which then cuts spoilage. How much of pest_ctrl's "
                   "effect on spoil_kg_12m is mediated by rat_sight_fu?", STALLS)
    assert (task.treatment, task.outcome, task.mediator) == ("pest_ctrl", "spoil_kg_12m", "rat_sight_fu")
    assert not task.covariates


def test_policy_wordings_where_it_matters_and_seasons(task_of):
    task = task_of("Which stalls should invest in a fridge to cut waste?", STALLS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "fridge", "waste_kg")
    task = task_of("Where does pest control matter most for spoilage?", STALLS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "pest_ctrl", "spoil_kg_12m")
    task = task_of("Which stalls should we send to the clinic next season to bring their ERA down the most?", STALLS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "clinic", "era_s2")


def test_audit_attributes_said_without_their_names(gate_off):
    cases = {
        "Would the AI tenancy helper give a different lease decision if the applicant were Nigerian instead of "
        "Irish, all else equal?": "nationality",
        "Would our admissions chatbot give a different interview recommendation if the essay said 'he' instead "
        "of 'she'?": "gender",
        "Swap 'Greg Baker' for 'Jamal Jones' on otherwise identical applications: does the model's shortlisting "
        "change?": "name",
        "If a loan application mentions volunteering at a synagogue rather than a church, does the language "
        "model's loan decision change?": "religion",
    }
    for question, attribute in cases.items():
        out = parse_question(question, None, lm=None)
        assert out.task is not None and out.task.kind == "audit", (question, out.clarification)
        assert out.task.treatment == attribute, question


GYMS = _cols({
    "gym": ("id", ["g1"]), "visits_3plus": ("binary", [0, 1]), "visits_n": ("numeric", [0, 12]),
    "injury": ("binary", [0, 1]), "injuries": ("numeric", [0, 5]), "prBaseline": ("numeric", [1, 9]),
    "prFollowUp": ("numeric", [1, 9]), "coachCourse": ("binary", [0, 1]), "dnf30d": ("binary", [0, 1]),
    "dnf90d": ("binary", [0, 1]), "prior_visits": ("numeric", [0, 9]), "CONDITIONING_PROG": ("binary", [0, 1]),
    "formErrors": ("numeric", [0, 20]), "sleep_hrs": ("numeric", [5, 9]),
})


def test_plus_counts_short_codes_spelt_twins_and_time_tags(task_of):
    task = task_of("For members with 3+ visits a month, how many injuries did the course prevent?", GYMS)
    assert (task.treatment, task.outcome) == ("coachCourse", "injuries")
    task = task_of("Does the coach course lower members' PR?", GYMS)
    assert (task.treatment, task.outcome) == ("coachCourse", "prFollowUp")
    task = task_of("does having 3+ visits change the chance of an injury", GYMS)
    assert (task.treatment, task.outcome) == ("visits_3plus", "injury")
    task = task_of("Does more sleep reduce DNFs in the next 30 days?", GYMS)
    assert (task.treatment, task.outcome) == ("sleep_hrs", "dnf30d")


def test_prefixes_adjustment_words_synonyms_and_graph_wording(task_of):
    task = task_of("Which members should be prioritised for the coach course to lower their PR most?", GYMS)
    assert task.treatment != "prior_visits"
    task = task_of("Does the conditioning programme cut form mistakes?", GYMS)
    assert (task.treatment, task.outcome) == ("CONDITIONING_PROG", "formErrors")
    task = task_of("work out who influences whom among these gym variables", GYMS)
    assert task.kind == "discover"
