"""Readings of the thirtieth round (issue 12), on the real parser without a language model:
- a trial's intervention named only by its class ("the study drug", "the add-on therapy", "the job
  training programme", "the intervention") is the data's one treatment-arm column (`arm`, `treat`); with
  two such columns, or a phrase that is no intervention class, the parser asks as before; "overtime" is
  the `ot` of ot_hrs;
- everyday phrasings of a measure read as the data's word for it: "keep diners coming back", "bring
  customers back", "order again" name the return or repeat measure (asked where two columns fit:
  `retention` beside retention_rate); "takings" the revenue; "less acid" the acidity; a variety is a
  cultivar, the fridge is refrigeration;
- "for certified plots" with the certification the treatment is the effect on the treated (no filter
  that leaves one arm); "tier-1 cities" is the level tier1; "with 12 years experience" is a point value;
- "which in turn" names no variable (turnover stays the mediator); "in income terms" names the outcome;
  "the optimal X policy for Y" allocates X for Y; "a scatter of X against Y" is no causal question;
  "cause-and-effect relationships among" asks for the graph;
- a name and the same name with a 2 (insp_score / insp_score2) are two versions: asked, unless "second"
  picks one (wait_m3 / wait_m6 are months); "kids getting hurt" is the injury measure, "show up" the
  attendance;
- audits: "sentence length" is the decision as said; an audit told by two names ("an applicant named
  Mohammed ... one named John") is an audit of the name.
The gate is switched off where the test is about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (d24e550)."""

from __future__ import annotations

from column_specs import columns as _cols


TRIAL = _cols({
    "pid": ("id", ["p1"]), "arm": ("binary", [0, 1]), "crp_bl": ("numeric", [1, 90]),
    "crp_w12": ("numeric", [1, 90]), "age": ("numeric", [20, 80]), "tcs_use": ("binary", [0, 1]),
})
DINERS = _cols({
    "diner_id": ("id", ["d1"]), "loyalty_card": ("binary", [0, 1]), "ot_hrs": ("numeric", [0, 20]),
    "err_rate": ("numeric", [0, 1]), "repeat_rate_30d": ("numeric", [0, 1]), "repeat_rate_90d": ("numeric", [0, 1]),
    "rev_wk_post": ("numeric", [0, 9000]), "class_size": ("numeric", [4, 30]), "acidity": ("numeric", [1, 10]),
    "cultivar": ("categorical", ["a", "b"]), "online": ("binary", [0, 1]), "refrig_hrs": ("numeric", [0, 48]),
    "spoil_pct": ("numeric", [0, 30]), "city_tier": ("categorical", ["tier1", "tier2", "tier3"]),
    "experience": ("numeric", [0, 40]), "orders_after": ("numeric", [0, 900]),
})
PLOTS = _cols({
    "plot_id": ("id", ["p1"]), "fairtrade_cert": ("binary", [0, 1]), "farm_price": ("numeric", [1, 9]),
    "mulch": ("binary", [0, 1]), "table_turn": ("numeric", [1, 5]), "resv_web": ("binary", [0, 1]),
    "rev_30d": ("numeric", [0, 9000]), "inc_usd": ("numeric", [0, 9000]), "ext_visit": ("binary", [0, 1]),
    "thin_freq": ("numeric", [0, 6]), "sugar_brix": ("numeric", [5, 25]), "elev_m": ("numeric", [0, 2000]),
})


def test_an_intervention_named_by_its_class_is_the_arm(task_of, gate_off):
    task = task_of("Did the study drug lower crp_w12?", TRIAL)
    assert (task.treatment, task.outcome) == ("arm", "crp_w12")
    task = task_of("Which patients benefit most from the add-on therapy in terms of crp_w12?", TRIAL)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "arm", "crp_w12")
    from copilot.parse import parse_question
    two_arms = _cols({"pid": ("id", ["p1"]), "arm": ("binary", [0, 1]), "trt": ("binary", [0, 1]),
                      "crp_w12": ("numeric", [1, 90])})
    out = parse_question("Did the study drug lower crp_w12?", two_arms, lm=None)
    assert out.task is None or out.task.treatment != "arm"
    out = parse_question("Does hydrocortisone cream bring down crp_w12?", TRIAL, lm=None)
    assert out.task is None or out.task.treatment != "arm"


def test_the_programme_of_a_job_training_study_is_treat(task_of):
    lalonde = _cols({"treat": ("binary", [0, 1]), "age": ("numeric", [20, 50]), "educ": ("numeric", [8, 16]),
                     "re75": ("numeric", [0, 9000]), "re78": ("numeric", [0, 9000])})
    task = task_of("Did the job training programme raise re78?", lalonde)
    assert (task.treatment, task.outcome) == ("treat", "re78")
    task = task_of("What is the effect of the intervention on re78?", lalonde)
    assert (task.treatment, task.outcome) == ("treat", "re78")


def test_overtime_is_ot(task_of):
    task = task_of("Does overtime push up the error rate?", DINERS)
    assert (task.treatment, task.outcome) == ("ot_hrs", "err_rate")


def test_coming_back_names_the_repeat_measure(task_of):
    task = task_of("Do loyalty cards keep diners coming back within 30 days?", DINERS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "repeat_rate_30d")
    task = task_of("Does the loyalty card bring guests back within 90 days?", DINERS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "repeat_rate_90d")
    task = task_of("Are guests with a loyalty card more likely to order again within 90 days?", DINERS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "repeat_rate_90d")
    from copilot.parse import parse_question
    twins = _cols({"club": ("id", ["c1"]), "coach": ("binary", [0, 1]), "retention": ("numeric", [0, 90]),
                   "retention_rate": ("numeric", [0, 1])})
    out = parse_question("Does a coach keep members coming back?", twins, lm=None)
    assert out.task is None or out.task.outcome is None


def test_everyday_words_for_measures(task_of):
    task = task_of("Do loyalty cards raise weekly takings?", DINERS)
    assert task.outcome == "rev_wk_post"
    task = task_of("Do loyalty cards make it less acid?", DINERS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "acidity")
    task = task_of("Does keeping the cake in the fridge longer cut spoilage?", DINERS)
    assert (task.treatment, task.outcome) == ("refrig_hrs", "spoil_pct")
    task = task_of("Does the variety planted change acidity?", DINERS)
    assert task.treatment == "cultivar"


def test_a_group_said_as_the_treatment_is_the_effect_on_it(task_of):
    task = task_of("effect of fairtrade_cert on farm_price for certified plots", PLOTS)
    assert task.estimand == "att" and not [c for c in task.conditions if c.column == "fairtrade_cert"]


def test_levels_and_points_written_apart(task_of):
    task = task_of("In tier-2 cities, what is the effect of loyalty cards on orders_after?", DINERS)
    assert task.at == {"city_tier": "tier2"}
    task = task_of("Effect of online on orders_after for sellers with 12 years experience", DINERS)
    assert task.at == {"experience": 12}


def test_in_turn_names_no_variable(task_of):
    task = task_of("Web reservations raise table turnover, which in turn lifts 30-day revenue. How big is the "
                   "indirect part?", PLOTS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "resv_web", "table_turn", "rev_30d")


def test_outcome_and_policy_wordings(task_of):
    task = task_of("Which plots benefit most, in income terms, from extension visits?", PLOTS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "ext_visit", "inc_usd")
    task = task_of("optimal thinning frequency policy for sugar brix", PLOTS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "thin_freq", "sugar_brix")


def test_requests_that_are_no_effect(task_of):
    assert task_of("Give me a scatter of farm_price against elev_m.", PLOTS).kind == "unsupported"
    assert task_of("What are the cause-and-effect relationships among the plot variables?", PLOTS).kind == "discover"


def test_audit_wordings(task_of):
    task = task_of("Does the assistant suggest a longer sentence length when the defendant's religion changes?",
                   None)
    assert (task.kind, task.treatment, task.outcome) == ("audit", "religion", "sentence length")
    task = task_of("Would the model give the same scholarship decision to a student named Aisha as to an "
                   "identical one named Emma?", None)
    assert (task.kind, task.treatment) == ("audit", "name")


def test_a_name_and_the_name_with_2_are_two_versions(gate_off):
    from copilot.parse import parse_question
    cols = _cols({"stand": ("id", ["s1"]), "menu_board": ("binary", [0, 1]), "insp_score": ("numeric", [50, 100]),
                  "insp_score2": ("numeric", [50, 100]), "wait_m3": ("numeric", [1, 30]), "wait_m6": ("numeric", [1, 30])})
    out = parse_question("Does the menu board change the inspection score?", cols, lm=None)
    assert out.task is None and "insp_score2" in out.clarification
    out = parse_question("Does the menu board change the second inspection score?", cols, lm=None)
    assert out.task is not None and out.task.outcome == "insp_score2"
    out = parse_question("Does the menu board change wait_m6?", cols, lm=None)
    assert out.task is not None and out.task.outcome == "wait_m6"


def test_phrases_for_measures(task_of):
    cols = _cols({"club": ("id", ["c1"]), "padded_mats": ("binary", [0, 1]), "inj_rate_post": ("numeric", [0, 9]),
                  "attendance_pct": ("numeric", [0, 100]), "dropout_6m": ("numeric", [0, 1])})
    task = task_of("Do padded mats mean fewer kids getting hurt?", cols)
    assert (task.treatment, task.outcome) == ("padded_mats", "inj_rate_post")
    task = task_of("Do padded mats make kids show up more?", cols)
    assert (task.treatment, task.outcome) == ("padded_mats", "attendance_pct")

