"""Readings of the twenty-fifth round (issue 12), on the real parser without a language model:
- a name with a separator written in another case is still the identifier (visitor_sat_v2 binds
  VISITOR_SAT_V2, never asked about against VISITOR_SAT); "untreated <units> only" is the effect on the
  untreated;
- "med: a -> m -> y", "where does X help Y most", "if the aim is ...", "who gets X -> Y", "what would
  happen to Y", and a counterfactual said outright ("than they would have been without") as kind cues;
- places written out for the codes data stores (Saskatchewan ~ SK, Mexico City ~ CDMX, not the MEX of
  Mexico); points said with a unit the name abbreviates ("a 10% deductible" ~ ded_pct), a currency sign
  ("at $2.50" ~ PRICE_USD), a one-word unit name ("2 ha" ~ hectares) and a count ("3 beaver families" ~
  FAMILY_N, not the yes/no BEAVERS_RELEASED); "family" and "families" are one word;
- a bare name beside the same name with an after-word (rent_burden / rent_burden_post) is the baseline;
- twins told apart by a short form (weekday ~ wkday) or a rate's unit ("yield per hectare" ~ yld_kg_ha);
  "crew size effect on Y" fixes the direction although "size" is no part of the match.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (24486ff)."""

from __future__ import annotations

from column_specs import columns as _cols


RINKS = _cols({
    "RINK_ID": ("id", ["r1"]), "PROV": ("categorical", ["AB", "SK", "MB"]), "ZAMBONI_NEW": ("binary", [0, 1]),
    "SKATERS_DAY": ("numeric", [40, 300]), "SKATE_SAT": ("numeric", [3, 9]), "SKATE_SAT_V2": ("numeric", [2, 9]),
    "FEE_CAD": ("numeric", [5, 15]), "ice_temp_c": ("numeric", [-7, -3]), "DEDUCT_PCT": ("numeric", [5, 10, 20]),
    "COACH_N": ("numeric", [0, 2, 4]), "HOCKEY_LEAGUE": ("binary", [0, 1]), "FALLS_PRE": ("numeric", [1, 9]),
    "FALLS_POST": ("numeric", [0, 8]),
})
MILLS = _cols({
    "mill_id": ("id", ["m1"]), "state": ("categorical", ["JAL", "MEX", "CDMX", "OAX"]),
    "solar_roof": ("binary", [0, 1]), "energy_cost": ("numeric", [900, 3000]),
    "energy_cost_post": ("numeric", [800, 2900]), "hectares": ("numeric", [1, 5, 20]),
    "price_usd": ("numeric", [1.5, 3.0]), "grind_kg_day": ("numeric", [100, 900]),
    "family_n": ("numeric", [1, 2, 4]),
})


def test_an_identifier_in_another_case_and_the_untreated_units_only(task_of):
    task = task_of("effect of zamboni_new on skate_sat_v2, untreated rinks only", RINKS)
    assert (task.treatment, task.outcome, task.estimand) == ("ZAMBONI_NEW", "SKATE_SAT_V2", "atc")
    task = task_of("effect of zamboni_new on skate_sat_v2, treated rinks only", RINKS)
    assert task.estimand == "att"


def test_kind_cues(task_of):
    task = task_of("med: hockey_league -> skaters_day -> falls_post", RINKS)
    assert (task.kind, task.mediator) == ("mediation", "SKATERS_DAY")
    assert task_of("where does a new zamboni help skater numbers most", RINKS).kind == "cate"
    task = task_of("Which rinks should we send the new zamboni to first if the aim is more skaters a day?", RINKS)
    assert task.kind == "policy"


def test_a_counterfactual_said_outright_is_no_off_topic_question(gate_off):
    from copilot.parse import parse_question

    out = parse_question("For rinks that got the machine, how many more people came than would have come "
                         "without it, had they not bought one?", RINKS, lm=None)
    assert out.task is None or out.task.kind != "unsupported"


def test_the_outcome_of_what_happens_to_and_of_an_arrow(gate_off):
    from copilot.parse import parse_question

    out = parse_question("If a rink charged more for a session, what would happen to its skaters a day?", RINKS, lm=None)
    assert out.task is None and out.pending.awaiting == "treatment" and out.pending.task.get("outcome") == "SKATERS_DAY"
    out = parse_question("who gets a free lesson -> falls_post", RINKS, lm=None)
    assert out.task is None and out.pending.awaiting == "treatment" and out.pending.task.get("kind") == "policy"


def test_places_written_out_for_their_codes(task_of):
    task = task_of("In Saskatchewan, what does a new zamboni do to skaters per day?", RINKS)
    assert task.at == {"PROV": "SK"}
    task = task_of("For mills in Mexico City, what does a solar roof do to energy cost?", MILLS)
    assert task.at == {"state": "CDMX"}
    task = task_of("For mills in Oaxaca, what does a solar roof do to energy cost?", MILLS)
    assert task.at == {"state": "OAX"}


def test_points_said_with_units(task_of):
    task = task_of("at a 10% deductible, how does a new zamboni change falls?", RINKS)
    assert task.at == {"DEDUCT_PCT": 10}
    task = task_of("At $2.50 a kilo, what does a solar roof do to energy cost?", MILLS)
    assert task.at == {"price_usd": 2.5}
    task = task_of("For mills over 5 ha, what is the effect of a solar roof on energy cost?", MILLS)
    assert task.at == {"hectares": 5}
    task = task_of("Where there are 4 hockey coaches, how does joining a league change falls?", RINKS)
    assert task.at == {"COACH_N": 4}
    task = task_of("Where 2 miller families run the place, what does a solar roof do to energy cost?", MILLS)
    assert task.at == {"family_n": 2}


def test_family_and_families_are_one_word():
    from copilot.understand.text import stem

    assert stem("family") == stem("families") and stem("daily") == stem("dailies")


def test_a_bare_name_beside_its_after_twin_is_the_baseline(task_of):
    task = task_of("Does a solar roof lower energy cost?", MILLS)
    assert task.outcome == "energy_cost_post"
    task = task_of("Does a solar roof lower baseline energy cost?", MILLS)
    assert task.outcome == "energy_cost"


def test_marks_are_a_score(task_of):
    bands = _cols({"band_id": ("id", ["b1"]), "practice_hrs": ("numeric", [2, 6, 10]), "region": ("categorical", ["N", "S"]),
                   "judge_score": ("numeric", [60, 85, 97])})
    task = task_of("Do bands that practise more get better marks?", bands)
    assert (task.treatment, task.outcome) == ("practice_hrs", "judge_score")


def test_units_that_kept_something_else_are_the_untreated(task_of):
    task = task_of("for rinks that stuck with the old machine, how much would switching to a new zamboni have raised "
                   "skaters per day?", RINKS)
    assert (task.treatment, task.estimand) == ("ZAMBONI_NEW", "atc")


def test_who_funds_is_no_variable(gate_off):
    from copilot.parse import parse_question

    mills = _cols({"mill_id": ("id", ["m1"]), "state_code": ("categorical", ["JAL", "OAX"]), "solar_roof": ("binary", [0, 1]),
                   "energy_cost_post": ("numeric", [800, 2900])})
    out = parse_question("Which mills should the state fund to get a solar roof so energy costs fall?", mills, lm=None)
    task = out.task.model_dump() if out.task is not None else out.pending.task
    assert task.get("treatment") == "solar_roof"


def test_twins_told_apart_by_a_short_form_or_a_rate_unit(task_of):
    bakeries = _cols({"shop_id": ("id", ["s1"]), "loyalty_app": ("binary", [0, 1]), "dozens_wkday": ("numeric", [40, 90]),
                      "dozens_wkend": ("numeric", [60, 140]), "crew_n": ("numeric", [2, 4, 6]),
                      "yld_kg_tr": ("numeric", [20, 60]), "yld_kg_ha": ("numeric", [9000, 20000])})
    assert task_of("does the loyalty app change weekday dozens", bakeries).outcome == "dozens_wkday"
    assert task_of("does the loyalty app change weekend dozens", bakeries).outcome == "dozens_wkend"
    assert task_of("what is the effect of loyalty_app on yield per hectare", bakeries).outcome == "yld_kg_ha"
    task = task_of("crew size effect on weekday dozens", bakeries)
    assert (task.treatment, task.outcome) == ("crew_n", "dozens_wkday")
