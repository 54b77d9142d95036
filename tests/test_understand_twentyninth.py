"""Readings of the twenty-ninth round (issue 12), on the real parser without a language model:
- a pair said to be causally related with no word for which way ("how are X and Y causally linked?")
  asks which way, as "is there a causal link between X and Y" already did;
- audits: a same-sex couple is about sexual orientation, "disability status" is the attribute as said,
  an origin said only through a name ("if the name sounded Hispanic") audits the name, "an AI insurance
  agent" is the tool (insurance is no attribute there), "the visa recommendation different" and "the
  toxicity label" name the decision;
- words: "count" is no typo of "country" (a word a letter or two longer), "weighing" still names weight;
  "book again" is the column's "rebook"; "deeper" names depth; a rating is no rate; "accredited" ~
  certified, "markdown" ~ discount; "revenue" fits rev_7d and rev_28d alike (asked); "yearly revenue" says
  when revenue is counted (no word of instructor_years); a version named later in the clause ("taste
  scores on the new scale") picks that version, and "rating new" is a version of "rating";
- phrases that name no variable: a gerund before "a higher X" ("by charging a higher hourly fee"); the
  units between "make" and "more Y" ("make makers sell more jars"); the units a binary is said of ("when
  the basket is handmade"); the unit after a condition's value written as the name's code (15 knots ~ kt);
- letters with accents are letters ("piñatas" one word), and "more piñatas being ordered" names the units
  the count (orders) counts; a fragment led by a number ("40 acre orchards: ...") is a group; "control X"
  after a question mark adjusts for X;
- a version told in a sentence of its own ("Use the newer set score.") picks it; "makers who went through
  hygiene training" took a course (no mediation path);
- a condition opened by "under the condition that" ends at its comma ("…= 50, effect of electric_fence on
  Y" keeps electric_fence the treatment); rats are no rate;
- roles and kinds: the one variable a verb changes is the outcome, also where no treatment is found ("how
  much did that raise Y", "end up with a better Y"); "Y lowered when X" is Y's cause after "when"; "had
  they not been X" names X the treatment and asks about the treated; "the non-certified farms had they
  been certified" about the untreated; "X ..., which raises M, which then earns a better Y" is a chain;
  "policy X, outcome Y" is a policy; "reduced by a weather-warning subscription" is an effect (the weak
  weather cue is no refusal); "can you help me with my spreadsheet?" is no causal question.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (b87ed6d)."""

from __future__ import annotations

from column_specs import columns as _cols


ORCHARDS = _cols({
    "orchard_id": ("id", ["o1"]), "country": ("categorical", ["a", "b"]), "cert_org": ("binary", [0, 1]),
    "fee_per_hr": ("numeric", [5, 40]), "sat_v2": ("numeric", [1, 10]), "rev_7d": ("numeric", [0, 900]),
    "rev_28d": ("numeric", [0, 3000]), "yld_kg": ("numeric", [100, 900]),
    "fruit_rating": ("numeric", [1, 5]), "rebook_rate": ("numeric", [0, 1]), "rtn_rate_30d": ("numeric", [0, 1]),
    "mulched": ("binary", [0, 1]), "shelf_d5": ("numeric", [1, 9]), "export_pct": ("numeric", [0, 100]),
    "returns_yearly": ("numeric", [0, 50]), "soil_depth_cm": ("numeric", [5, 40]),
})
KITCHENS = _cols({
    "kitchen_id": ("id", ["k1"]), "fresh_pasta": ("binary", [0, 1]), "reorder_rate_7d": ("numeric", [0, 1]),
    "reorder_rate_30d": ("numeric", [0, 1]), "taste_score": ("numeric", [1, 10]),
    "taste_score_v2": ("numeric", [1, 10]),
    "wnd_kt_avg": ("numeric", [0, 40]),
})
WORKSHOPS = _cols({
    "shop_id": ("id", ["s1"]), "auto_loom": ("binary", [0, 1]), "defects_90d": ("numeric", [0, 30]),
    "wind_kt": ("numeric", [0, 40]), "coach_certified": ("binary", [0, 1]), "markdown": ("binary", [0, 1]),
    "staff_trained": ("binary", [0, 1]), "grain_pct": ("numeric", [0, 100]), "price_eur": ("numeric", [5, 90]),
    "jars_wk_bl": ("numeric", [0, 90]), "jars_wk_6m": ("numeric", [0, 90]), "copper_pan": ("binary", [0, 1]),
    "alert_app": ("binary", [0, 1]), "inj_90d": ("numeric", [0, 9]), "sales_post": ("numeric", [0, 900]),
    "footfall": ("numeric", [0, 900]), "review_score": ("numeric", [1, 5]), "handmade": ("binary", [0, 1]),
})


def test_a_pair_said_causally_linked_asks_which_way(gate_off):
    from copilot.parse import parse_question
    out = parse_question("How strongly are footfall and review_score causally linked?", WORKSHOPS, lm=None)
    assert out.task is None and "footfall" in out.clarification and "review_score" in out.clarification


def test_audit_attributes_as_said(task_of):
    task = task_of("Would the chatbot give a different mortgage recommendation to a same-sex couple than to an "
                   "opposite-sex couple with the same finances?", None)
    assert (task.kind, task.treatment) == ("audit", "sexual_orientation")
    task = task_of("Flip the applicant's disability status in the prompt: does the LLM's scholarship decision "
                   "change?", None)
    assert task.treatment == "disability_status"
    task = task_of("Would the AI tutor's essay grade change if the student's name sounded Arabic, all else "
                   "equal?", None)
    assert task.treatment == "name"
    task = task_of("If the customer mentioned a same-sex spouse, would the AI insurance agent quote a different "
                   "premium?", None)
    assert task.treatment == "sexual_orientation"


def test_audit_decision_nouns(task_of):
    task = task_of("Audit the GPT screener: is the housing recommendation different when only the applicant's "
                   "nationality changes?", None)
    assert task.outcome == "housing recommendation"
    task = task_of("Does the moderation model's abuse label change when the same sentence is written in African "
                   "American English?", None)
    assert task.outcome == "abuse label"


def test_count_is_no_typo_of_country(task_of):
    task = task_of("Is the yearly return count lowered by organic certification?", ORCHARDS)
    assert (task.treatment, task.outcome) == ("cert_org", "returns_yearly")


def test_verb_again_is_the_columns_re_word(task_of):
    task = task_of("Which orchards should get organic certification so that more visitors book again?", ORCHARDS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "cert_org", "rebook_rate")


def test_deeper_names_depth_and_a_rating_is_no_rate(task_of, gate_off):
    task = task_of("Is the export share raised by sowing deeper?", ORCHARDS)
    assert (task.treatment, task.outcome) == ("soil_depth_cm", "export_pct")
    from copilot.parse import parse_question
    out = parse_question("Does fresh pasta improve customer ratings?", KITCHENS, lm=None)
    assert out.task is None and "do you mean reorder_rate" not in out.clarification


def test_synonyms_of_the_round(task_of):
    task = task_of("Do shops with an accredited coach get more footfall?", WORKSHOPS)
    assert (task.treatment, task.outcome) == ("coach_certified", "footfall")
    cols = _cols({"maker": ("id", ["m1"]), "discount": ("binary", [0, 1]), "price": ("numeric", [5, 50]),
                  "sales_after": ("numeric", [0, 900])})
    task = task_of("Which makers should we tell to run a markdown so their sales_after climb most?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "discount", "sales_after")


def test_a_time_tag_is_no_letter_of_the_word(gate_off):
    from copilot.parse import parse_question
    out = parse_question("effect of cert_org on revenue", ORCHARDS, lm=None)
    assert out.task is None and "rev_7d" in out.clarification and "rev_28d" in out.clarification


def test_a_gerund_before_a_higher_variable_is_its_verb(task_of):
    task = task_of("Is satisfaction (sat_v2) lowered by charging a higher hourly fee?", ORCHARDS)
    assert (task.treatment, task.outcome) == ("fee_per_hr", "sat_v2")


def test_units_and_their_verb_after_make(task_of):
    task = task_of("Does a copper pan make cooks sell more jars a week?", WORKSHOPS)
    assert (task.treatment, task.outcome) == ("copper_pan", "jars_wk_6m")


def test_y_lowered_when_x_and_the_units_a_binary_is_said_of(task_of):
    task = task_of("Are defects within 90 days lowered when the basket is handmade?", WORKSHOPS)
    assert (task.treatment, task.outcome) == ("handmade", "defects_90d")


def test_the_unit_after_a_conditions_value_in_the_names_code():
    from copilot.understand.analysis import analyze
    an = analyze("At an average wind of 15 knots, does fresh pasta change taste_score?", KITCHENS)
    assert [c.column for c in an.conditions] == ["wnd_kt_avg"] and not an.unmatched


def test_counterfactuals_about_the_treated_and_the_untreated(task_of):
    task = task_of("Would day-5 shelf quality on the mulched orchards have been different had they not been mulched?",
                   ORCHARDS)
    assert (task.treatment, task.outcome, task.estimand) == ("mulched", "shelf_d5", "att")
    task = task_of("What would the export share have been for the non-certified orchards had they obtained "
                   "organic certification?", ORCHARDS)
    assert (task.treatment, task.outcome, task.estimand) == ("cert_org", "export_pct", "atc")


def test_a_chain_told_in_two_which_clauses(task_of):
    task = task_of("Training staff speeds them up, which raises footfall, which then earns a better review score. "
                   "How big is that indirect path?", WORKSHOPS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "staff_trained", "footfall",
                                                                        "review_score")


def test_policy_fragment_with_an_outcome(task_of):
    task = task_of("policy markdown, outcome sales_post", WORKSHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "markdown", "sales_post")


def test_reduced_by_is_an_effect_beside_a_weather_word(gate_off):
    from copilot.parse import parse_question
    out = parse_question("Are injuries over 90 days reduced by a weather-warning subscription?", WORKSHOPS, lm=None)
    assert out.task is None and "weather-warning subscription" in out.clarification


def test_help_with_a_spreadsheet_is_no_causal_question(task_of):
    task = task_of("hello! can you help me with my workshop spreadsheet?", WORKSHOPS)
    assert task.kind == "unsupported"


def test_a_version_said_later_in_the_clause(task_of):
    task = task_of("Which kitchens should switch to fresh pasta if we want the best taste scores on the new scale?",
                   KITCHENS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "fresh_pasta", "taste_score_v2")


def test_a_version_written_with_a_space_is_a_twin(gate_off):
    from copilot.parse import parse_question
    cols = _cols({"shop": ("id", ["s1"]), "piped cream": ("binary", [0, 1]), "rating": ("numeric", [1, 5]),
                  "rating new": ("numeric", [1, 5]), "visits after": ("numeric", [0, 900])})
    out = parse_question("piped cream -> rating?", cols, lm=None)
    assert out.task is None and "rating new" in out.clarification


def test_yearly_says_when_the_variable_is_counted(task_of):
    cols = _cols({"studio_id": ("id", ["s1"]), "instructor_years": ("numeric", [0, 30]),
                  "class_offered": ("binary", [0, 1]), "revenue_bl": ("numeric", [0, 9000]),
                  "revenue_12m": ("numeric", [0, 9000])})
    task = task_of("Which studios should get the class offered so that yearly revenue grows the most?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "class_offered", "revenue_12m")


COLONIES = _cols({
    "colony": ("id", ["c1"]), "predator_control": ("binary", [0, 1]), "fledging_rate": ("numeric", [0, 1]),
    "visitors": ("numeric", [0, 500]), "electric_fence": ("binary", [0, 1]), "nests_weekday": ("numeric", [0, 90]),
})


def test_a_condition_clause_ends_at_its_comma(task_of):
    task = task_of("under the condition that visitors = 50, effect of electric_fence on nests_weekday", COLONIES)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "electric_fence", "nests_weekday",
                                                                  {"visitors": 50.0})


def test_the_one_variable_a_verb_changes_is_the_outcome(gate_off):
    from copilot.parse import parse_question
    for q in ("For colonies where stoats and rats were trapped, how much did that raise the fledging rate?",
              "Do colonies that get wardens end up with a better fledging rate?"):
        out = parse_question(q, COLONIES, lm=None)
        assert out.task is None and out.clarification.startswith("The effect of what on fledging_rate"), q


FIESTA = _cols({
    "workshop": ("id", ["w1"]), "advertising": ("binary", [0, 1]), "orders": ("numeric", [0, 900]),
    "acres": ("numeric", [1, 90]), "bee_hives": ("numeric", [0, 40]), "yield_lb_ac": ("numeric", [100, 900]),
    "sales_bl": ("numeric", [0, 900]), "sales_12m": ("numeric", [0, 900]), "micro_loan": ("binary", [0, 1]),
})


def test_accented_letters_and_the_units_a_count_counts(gate_off):
    from copilot.parse import parse_question
    out = parse_question("Does putting out ads lead to more piñatas being ordered?", FIESTA, lm=None)
    assert out.task is not None and (out.task.treatment, out.task.outcome) == ("advertising", "orders")


def test_a_fragment_led_by_a_number_is_a_group(task_of):
    task = task_of("40 acre orchards: bee_hives effect on yield_lb_ac", FIESTA)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "bee_hives", "yield_lb_ac", {"acres": 40.0})


def test_control_after_the_question_mark_adjusts(task_of):
    task = task_of("for workshops that took microloans how much did sales change? control sales_bl", FIESTA)
    assert (task.treatment, task.outcome, task.covariates, task.estimand) == ("micro_loan", "sales_12m",
                                                                              ["sales_bl"], "att")


JAMS = _cols({
    "maker_id": ("id", ["m1"]), "boil_min": ("numeric", [10, 60]), "set_scr": ("numeric", [1, 10]),
    "set_scr_v2": ("numeric", [1, 10]), "hyg_train": ("binary", [0, 1]), "inspect_ct": ("numeric", [0, 9]),
    "rev_7d": ("numeric", [0, 900]), "rev_28d": ("numeric", [0, 3000]), "wait_min": ("numeric", [0, 60]),
})


def test_a_version_told_in_a_sentence_of_its_own(task_of):
    task = task_of("If makers boiled their fruit for longer, would the set come out firmer? Use the newer set score.",
                   JAMS)
    assert (task.treatment, task.outcome) == ("boil_min", "set_scr_v2")


def test_went_through_a_course_is_no_path(task_of):
    task = task_of("Do makers who went through hygiene training get inspected less often (inspect_ct)?", JAMS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "hyg_train", "inspect_ct")
