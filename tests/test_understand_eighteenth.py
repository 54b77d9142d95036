"""Readings of the eighteenth round (issue 12), on the real parser without a language model:
- independence written with the ⟂ sign, "statistical facts:" as a premise label, and "A, B and C are all
  correlated" / "correlations between every pair of ..." (one statement per pair) are Corr2Cause premises;
- a language model that writes the mechanisms of a graph to sample from asks for generation;
- a path written with arrows keeps its order when a comparative sits beside a variable ("-> more X ->");
- "are <Y> finished faster with bigger <X>", "what would <Y> be if every unit had <X>", "how many <Y> did it
  prevent", "the effect of X on whether ... <Y>": the roles those shapes give;
- "which <units> see X lower Y the most" asks for heterogeneity;
- a word written in capitals exactly as an all-capitals column ("INJURY" beside INJURY_V2) is that column;
- two different words spelt right ("send" / "spend") are no typo of each other;
- the noun after a yes/no variable said as a participle ("a safety-trained crew") is the unit, not a column;
- who acts in "which players should the league fund ..." is the decision maker, not a variable;
- an id column is never a role; role patterns start at a word ("post-intervention" holds no "intervention");
- "over and above X" and "control for how many X" adjust for X; "in uc pts" is a two-letter level;
- cleaning rows and colouring a map are not causal questions; "how many ... were averted" and "how many hours
  should ... to maximise" are;
- "does its shortlisting change" audits the shortlisting;
- adjustment lists said after "the covariates are" or before "as controls" with a word finishing a name, and
  "car ownership" is car_own (two letters left of co2 spell nothing);
- "the revenue effect (Y) of X" names the outcome first; "the cities that switched on X" is no "on <Y>".
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (6c65d84)."""

from __future__ import annotations

from copilot.parse import parse_question
from copilot.understand.premises import parse_premise
from column_specs import columns as _cols


YARDS = _cols({
    "YARD_ID": ("id", ["Y1"]), "CREW_SIZE": ("numeric", [2, 6]), "GRADE": ("categorical", ["A", "B", "C"]),
    "WELD_CERT": ("binary", [0, 1]), "WELD_AUDIT": ("binary", [0, 1]), "HULL_DAYS": ("numeric", [10, 40]),
    "DEFECT": ("binary", [0, 1]), "DEFECT_V2": ("binary", [0, 1]), "CLAIMS_2Y": ("numeric", [0, 3]),
    "OVERTIME_HRS": ("numeric", [0, 20]),
})
GYMS = _cols({
    "gymId": ("id", ["G1"]), "memberAge": ("numeric", [25, 60]), "tier": ("categorical", ["basic", "plus", "pro"]),
    "monthlySpend": ("numeric", [20, 90]), "trialPass": ("binary", [0, 1]), "personalTrainer": ("binary", [0, 1]),
    "weeklyVisits": ("numeric", [1, 5]), "liftScore": ("numeric", [40, 90]), "cancelled90d": ("binary", [0, 1]),
    "familyIncome": ("numeric", [30000, 90000]), "partnersN": ("numeric", [0, 3]),
})
WARDS = _cols({
    "ward": ("id", ["W1"]), "dx": ("categorical", ["cd", "uc", "ibdu"]), "biologic": ("binary", [0, 1]),
    "remission_wk26": ("binary", [0, 1]), "calpro_wk26": ("numeric", [50, 900]), "nurse_led": ("binary", [0, 1]),
    "readmit_90d": ("binary", [0, 1]), "steroid_days": ("numeric", [0, 60]),
})


def test_independence_signs_and_pairwise_premises(gate_off):
    out = parse_question("Statistical facts: P ⟂ Q; P not ⟂ R; Q not ⟂ R; P not ⟂ Q | R. Hypothesis: Q causes R.",
                         None, lm=None)
    assert out.task is not None and out.task.kind == "relation"
    out = parse_question("Given correlations between every pair of X, Y, Z, and X independent of Y given Z: does X "
                         "cause Y?", None, lm=None)
    assert out.task is not None and out.task.kind == "relation"
    premise = parse_premise("Rain, wet grass and sprinkler are all correlated with each other. Rain is independent "
                            "of sprinkler given wet grass.")
    assert len(premise.statements) == 4 and sum(not s.independent for s in premise.statements) == 3


def test_a_language_model_writing_the_mechanisms_asks_for_generation(gate_off):
    out = parse_question("Have an LLM write the mechanisms for a small causal graph of diet, weight and blood "
                         "pressure, then draw a dataset from it.", None, lm=None)
    kind = out.task.kind if out.task else (out.pending.task or {}).get("kind") if out.pending else None
    assert kind == "generate"


def test_an_arrow_path_with_comparatives_keeps_its_order(task_of):
    task = task_of("WELD_CERT -> more WELD_AUDIT -> fewer CLAIMS_2Y: how much is indirect?", YARDS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "WELD_CERT", "WELD_AUDIT",
                                                                          "CLAIMS_2Y")


def test_role_shapes_of_the_outcome_said_first(task_of):
    task = task_of("Are hulls finished quicker with bigger crews?", YARDS)
    assert (task.treatment, task.outcome) == ("CREW_SIZE", "HULL_DAYS")
    task = task_of("On yards that had a weld audit, how many claims in two years did it prevent?", YARDS)
    assert (task.treatment, task.outcome) == ("WELD_AUDIT", "CLAIMS_2Y")
    task = task_of("What would lift scores be if every member had a personal trainer?", GYMS)
    assert (task.treatment, task.outcome) == ("personalTrainer", "liftScore")


def test_which_units_see_the_most_asks_for_heterogeneity(task_of):
    task = task_of("Which members see a personal trainer raise liftScore the most?", GYMS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "personalTrainer", "liftScore")


def test_a_capitalised_column_name_is_that_column(task_of):
    task = task_of("ate of WELD_CERT on DEFECT", YARDS)
    assert (task.treatment, task.outcome) == ("WELD_CERT", "DEFECT")


def test_two_words_spelt_right_are_no_typo_of_each_other(task_of):
    task = task_of("Who should we send a trial pass to so that fewer people cancel within 90 days?", GYMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "trialPass", "cancelled90d")


def test_the_unit_after_a_participle_and_the_actor_are_no_variables(task_of):
    task = task_of("Which hulls should get a weld-certified crew to cut DEFECT_V2?", YARDS)
    assert (task.kind, task.treatment) == ("policy", "WELD_CERT")
    task = task_of("Which members should the family fund a personal trainer for so that their lift scores rise?",
                   GYMS)
    assert task.treatment == "personalTrainer"


def test_an_id_column_and_a_word_inside_a_hyphenated_word_take_no_role(gate_off):
    out = parse_question("What would a weld-certified yard foreman do for defects in the yards that lack one?",
                         YARDS, lm=None)
    assert out.task is None or "YARD_ID" not in (out.task.treatment, out.task.outcome)
    task = parse_question("Which members should the club prioritise for a trial pass so that post-intervention "
                          "cancellations are minimised?", GYMS, lm=None).task
    assert task is not None and (task.treatment, task.outcome) == ("trialPass", "cancelled90d")


def test_adjustment_wordings_and_a_two_letter_level(task_of):
    task = task_of("Is lift score raised by a personal trainer, over and above family income?", GYMS)
    assert task.covariates == ["familyIncome"]
    task = task_of("is the link between the trainer and lift score causal once we control for how many partners "
                   "people have?", GYMS)
    assert task.covariates == ["partnersN"]
    task = task_of("biologic effect on remission_wk26 in uc pts", WARDS)
    assert (task.kind, task.at) == ("cate", {"dx": "uc"})


def test_effect_on_whether_ends_at_the_named_outcome(task_of):
    task = task_of("Impact of nurse-led care (nurse_led) on whether patients come back within 90 days "
                   "(readmit_90d), controlling for `dx`.", WARDS)
    assert (task.treatment, task.outcome) == ("nurse_led", "readmit_90d")


def test_data_handling_and_counted_effects(gate_off):
    for q in ("Tidy the visits table: drop duplicate rows and fill in missing spend.",
              "Map gyms by tier with a colour for monthlySpend."):
        out = parse_question(q, GYMS, lm=None)
        assert out.task is not None and out.task.kind == "unsupported", q
    for q in ("Among members who had a trainer, how many cancellations in 90 days were averted?",
              "How many visits per week should each member be set to maximise their lift score?"):
        out = parse_question(q, GYMS, lm=None)
        assert out.task is None or out.task.kind != "unsupported", q


def test_the_tools_own_decision_is_audited(task_of):
    task = task_of("audit the chatbot: if an applicant mentions a wheelchair, does its shortlisting change, all "
                   "else equal?", None)
    assert (task.kind, task.outcome) == ("audit", "shortlisting")


CITIES = _cols({
    "city": ("id", ["C1"]), "hh_inc": ("numeric", [30, 80]), "dist_km": ("numeric", [2, 30]),
    "car_own": ("binary", [0, 1]), "co2_kg_wk": ("numeric", [5, 40]), "parking_cost": ("numeric", [0, 20]),
    "trips_car_wk": ("numeric", [0, 14]), "bus_lane": ("binary", [0, 1]), "delay_min": ("numeric", [1, 9]),
    "revenue_k": ("numeric", [100, 900]), "ops_staff": ("numeric", [3, 30]), "fare_free": ("binary", [0, 1]),
})


def test_adjustment_lists_said_around_their_cue(task_of):
    task = task_of("does parking cost change car trips, holding income, distance and car ownership fixed", CITIES)
    assert sorted(task.covariates) == ["car_own", "dist_km", "hh_inc"]
    task = task_of("Estimate the effect of a bus lane on delay_min, where the covariates are hh_inc and dist_km.",
                   CITIES)
    assert sorted(task.covariates) == ["dist_km", "hh_inc"]
    task = task_of("Does a bus lane cut delay, with parking cost and ops staff numbers as controls?", CITIES)
    assert sorted(task.covariates) == ["ops_staff", "parking_cost"]


def test_the_outcome_named_as_the_kind_of_effect(task_of):
    task = task_of("How does the revenue effect (revenue_k) of fare-free travel vary with dist_km?", CITIES)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "fare_free", "revenue_k")
    task = task_of("For the cities that switched on a bus lane, how much did their delay drop?", CITIES)
    assert (task.treatment, task.outcome) == ("bus_lane", "delay_min")
