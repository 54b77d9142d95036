"""Readings of the thirty-fifth round (issue 12), on the real parser without a language model:
- "which are the direct causes of which others? build the graph" asks for discovery (the noun "causes" writes
  no edge of a graph to sample);
- "if the unvaccinated herds got vaccinated, what would happen": the effect on the untreated;
- policy said as "which plots get X to raise Y", "a rule for when …", "what feed level per pen maximises Y",
  "target X at the members for whom …", "assign X to Y so that …";
- "a thicker coat" of coat_type / coat_um is the thickness; "catch per unit effort" spells cpue; "at 200
  fathoms" is a depth and "at 12 knots" a speed (spd_kn); "how close the boats get" is a distance; "longer
  sessions" is their length (avgSessionMin, not sessionsPerWk); "sulphur dioxide" is so2; "(`region` = south)"
  is a subgroup;
- a phrase naming no column does not take a role from the column mention it hangs on ("relying on agency
  nurses", "working fully from home");
- "help crews land more tuna": the crews are the units; "fertiliser loading" spells no "bl" (baseline)
  where fertiliser is a column's word; "shark bycatch" is one mention of sharkBycatchN;
- "the average trout length in cm": the compound's head is the variable (meanLenCm, not troutCpue); two loose
  words of one name between the arrows of a chain are one step; "where should X be stopped to get Y up" is a
  policy;
- a later head noun names the earlier variable ("circle hooks … the hooks", "angler effort (anglerDays) …
  effort");
- "which divers should be put through safety training" is a policy, not a path through training.
The gate is switched off where the test is about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test but the direction guard fails on the parser of the start of this
round (dd42ed0)."""

from __future__ import annotations

from column_specs import columns as _cols

from copilot.parse import parse_question


FLEET = _cols({
    "boat_id": ("id", ["b1"]), "region": ("categorical", ["north", "south"]), "circ_hook": ("binary", [0, 1]),
    "hook_ct": ("numeric", [800, 2400]), "depth_fm": ("numeric", [50, 200, 400]), "spd_kn": ("numeric", [6, 10, 14]),
    "approach_dist_m": ("numeric", [50, 300]), "crew_n": ("numeric", [3, 8]), "cpue_pre": ("numeric", [0.1, 0.9]),
    "cpue_post": ("numeric", [0.1, 0.9]), "bycatch_kg": ("numeric", [0, 90]), "skipper_trn": ("binary", [0, 1]),
    "sharkBycatchN": ("numeric", [0, 12]), "bigeyeBycatchPct": ("numeric", [0, 30]), "spotter": ("binary", [0, 1]),
    "landings_lb": ("numeric", [900, 9000]), "coat_type": ("categorical", ["epoxy", "silicone"]),
    "coat_um": ("numeric", [100, 400]), "so2_ppm": ("numeric", [0.1, 4.0]), "fev1_12m": ("numeric", [2.1, 4.2]),
})
FARMS = _cols({
    "farm_id": ("id", ["f1"]), "vaccinated": ("binary", [0, 1]), "wt_gain_kg": ("numeric", [20, 90]),
    "fertiliser_kg": ("numeric", [0, 200]), "yield_bl": ("numeric", [2, 9]), "yield_t": ("numeric", [2, 9]),
    "drip_irr": ("binary", [0, 1]), "feed_lvl": ("numeric", [1, 5]), "mass_kg": ("numeric", [1, 9]),
    "pen": ("categorical", ["a", "b"]), "syll_rep_n": ("numeric", [5, 30]), "tutor_exp": ("binary", [0, 1]),
    "agency_staff_share": ("numeric", [0.0, 0.5]), "deaths_30d": ("numeric", [0, 9]), "fullyRemote": ("binary", [0, 1]),
    "burnoutIdx": ("numeric", [1, 9]), "anglerDays": ("numeric", [10, 900]),
    "bagLimit": ("numeric", [2, 10]),
    "catchKg": ("numeric", [5, 90]), "safetyTraining": ("binary", [0, 1]), "injuries12m": ("numeric", [0, 4]),
    "discount": ("binary", [0, 1]), "late_payments": ("numeric", [0, 6]),
})


def test_causes_as_a_noun_write_no_graph_to_sample():
    out = parse_question("Which columns in the fleet data are direct causes of which others? Build me the causal "
                         "graph.", FLEET, lm=None)
    assert out.task is not None and out.task.kind == "discover"


def test_the_untreated_named_with_un_want_the_effect_on_the_untreated(task_of):
    task = task_of("if the unvaccinated herds got vaccinated what would happen to wt_gain_kg", FARMS)
    assert (task.treatment, task.outcome, task.estimand) == ("vaccinated", "wt_gain_kg", "atc")


def test_policy_wordings(task_of):
    task = task_of("which farms get drip_irr to raise yield_t", FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "drip_irr", "yield_t")
    task = task_of("Write a rule for when a farm should use drip_irr to maximise yield_t.", FARMS)
    assert task.kind == "policy"
    task = task_of("what feed level per pen maximises mass_kg", FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "feed_lvl", "mass_kg")
    task = task_of("target the discount at the members for whom it most reduces late payments", FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "discount", "late_payments")


def test_a_comparative_picks_the_measured_twin_and_units_name_their_quantity(task_of, gate_off):
    task = task_of("Does a thicker coat cut bycatch_kg?", FLEET)
    assert task.treatment == "coat_um"
    task = task_of("does circ_hook change the catch per unit effort?", FLEET)
    assert task.outcome == "cpue_post"
    task = task_of("At 200 fathoms, does circ_hook change bycatch_kg?", FLEET)
    assert (task.kind, task.at) == ("cate", {"depth_fm": 200})
    task = task_of("At 12 knots, does skipper_trn change approach_dist_m?", FLEET)
    assert task.at == {"spd_kn": 12}
    task = task_of("Is bycatch_kg driven by how close the boats get?", FLEET)
    assert (task.treatment, task.outcome) == ("approach_dist_m", "bycatch_kg")
    app = _cols({"userId": ("id", ["u1"]), "hintsOn": ("binary", [0, 1]), "sessionsPerWk": ("numeric", [1, 9]),
                 "avgSessionMin": ("numeric", [5, 60]), "quizPost": ("numeric", [40, 95])})
    task = task_of("Do hints work by keeping learners in longer sessions, which then lifts quizPost? Direct and "
                   "indirect effects, please.", app)
    assert task.mediator == "avgSessionMin"
    task = task_of("What is the effect of `circ_hook` on `cpue_post` for boats fishing the far grounds "
                   "(`region` = south)?", FLEET)
    assert (task.kind, task.at) == ("cate", {"region": "south"})
    task = task_of("Does sulphur dioxide lower fev1_12m?", FLEET)
    assert task.treatment == "so2_ppm"


def test_a_phrase_hanging_on_a_column_mention_takes_no_role(task_of, gate_off):
    task = task_of("How does the effect of relying on agency staff on deaths_30d vary with ward size?", FARMS)
    assert (task.treatment, task.outcome) == ("agency_staff_share", "deaths_30d")
    task = task_of("Does working fully from home reduce burnoutIdx?", FARMS)
    assert (task.treatment, task.outcome) == ("fullyRemote", "burnoutIdx")


def test_units_codes_and_words_in_a_row(task_of, gate_off):
    task = task_of("Does hiring a spotter really help crews land more tuna?", FLEET)
    assert (task.treatment, task.outcome) == ("spotter", "landings_lb")
    task = task_of("Choose the fertiliser loading per farm to maximise yield_t.", FARMS)
    assert task.treatment == "fertiliser_kg"
    seiners = [c for c in FLEET if c["name"] != "bycatch_kg"]
    task = task_of("Is shark bycatch lowered by circ_hook?", seiners)
    assert task.outcome == "sharkBycatchN"


def test_compounds_and_chains(task_of, gate_off):
    lakes = _cols({"lakeId": ("id", ["l1"]), "slotLimit": ("binary", [0, 1]), "troutCpue_pre": ("numeric", [0.1, 2.0]),
                   "troutCpue_post": ("numeric", [0.1, 2.0]), "meanLenCm": ("numeric", [18, 34]),
                   "stockedFry": ("binary", [0, 1])})
    task = task_of("Does slotLimit raise the average trout length in cm?", lakes)
    assert task.outcome == "meanLenCm"
    divers = _cols({"diverId": ("id", ["d1"]), "briefing": ("binary", [0, 1]),
                    "restIntervalMin": ("numeric", [30, 240]), "dcsCases": ("numeric", [0, 3])})
    task = task_of("briefing -> longer rest intervals -> fewer bends (dcsCases): how much is mediated?", divers)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == (
        "mediation", "briefing", "restIntervalMin", "dcsCases")
    task = task_of("where should stockedFry be stopped to get troutCpue_post up", lakes)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "stockedFry", "troutCpue_post")


def test_a_later_head_noun_names_the_earlier_variable(task_of, gate_off):
    task = task_of("For the boats that adopted circle hooks, what did the hooks do to bycatch_kg?", FLEET)
    assert (task.treatment, task.estimand) == ("circ_hook", "att")
    task = task_of("Using bagLimit as an instrument for angling effort (anglerDays), estimate the effect of effort "
                   "on catchKg.", FARMS)
    assert (task.treatment, task.outcome, task.instrument) == ("anglerDays", "catchKg", "bagLimit")


def test_the_direction_said_by_the_sentence(task_of):
    """With the gate on. A guard, not a failing-at-the-start test: on these columns the start read them too (the
    dev questions the direction patterns came from were asked "X on Y (1), or Y on X (2)?" for other reasons
    as well); "the drug" names no variable of its own (it is the statin)."""
    clinic = _cols({"pt_id": ("id", ["p1"]), "age": ("numeric", [30, 80]), "statin": ("binary", [0, 1]),
                    "admits_12m": ("numeric", [0, 3]), "gp_visits_yr": ("numeric", [0, 20]),
                    "stipend": ("binary", [0, 1])})
    task = task_of("What is the effect of the stipend on how often they see a GP (gp_visits_yr)?", clinic)
    assert (task.treatment, task.outcome) == ("stipend", "gp_visits_yr")
    task = task_of("Does the statin keep people out of hospital (admits_12m)?", clinic)
    assert (task.treatment, task.outcome) == ("statin", "admits_12m")
    task = task_of("Among older patients, what has the statin done to admits_12m?", clinic)
    assert (task.treatment, task.outcome) == ("statin", "admits_12m")
    task = task_of("For patients who were never given a statin, what would the drug have done to admits_12m?", clinic)
    assert (task.treatment, task.outcome, task.estimand) == ("statin", "admits_12m", "atc")


def test_put_through_a_course_is_no_pathway(task_of, gate_off):
    task = task_of("Which workers should be put through safety training (`safetyTraining`) to minimise `injuries12m`?",
                   FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "safetyTraining", "injuries12m")
