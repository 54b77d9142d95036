"""Readings of the twenty-eighth round (issue 12), on the real parser without a language model:
- a time said beside a variable picks its time-tagged twin also when the twin's name cuts the words short
  ("renewals within 60 days" over renewed / renew_60d); "the final pH" is the one measured last;
- words: "readiness" is "ready" (not "reading"), "breakage" is "break", "ads" is "ad"; a word spelt
  right that starts with another ("county", "ready") is no typo of it; "kWh" and "pH" stay one token;
  "thru" writes "through" (THRU_PUT ~ "throughput"); a number word is no initial ("runs two" is no `rt`),
  nor a span that ends in "per" ("save per" is no wood_sp); words a column's own
  name spells win over a code its initials spell ("starter culture" is starter_cult, not the `sc` of
  crunch_sc);
- words right before an identifier describe it ("seasonally adjusted sales (sales_kg_adj)");
- roles and kinds: "how are Y affected when X ..." names Y the outcome; "directly, or because / by M"
  asks for mediation; "the toll of X on Y ... change depending on Z" is a conditional effect; "to keep Y
  to a minimum" minimises Y; an audit of "interview invitations" is an audit;
- conditions: "at -10C" is minus ten; "bakeries that use pine honey" spends "honey" on the condition;
  "wooden parks" are those with surface == wood;
- "would the guides who haven't done X ... if they did" asks about the untreated (atc); "does it depend
  on how many strings it has" asks for no count.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (267c79a),
except three that pin readings the start already had and the new rules must keep: a correctly spelt word
is no typo of a shorter one ("county" is no count_books), "is that direct, or because M" with every
variable named, and a condition's value before its column's word ("cafes that serve robusta beans")."""

from __future__ import annotations

from column_specs import columns as _cols


GYMS = _cols({
    "gym_id": ("id", ["g1"]), "city": ("categorical", ["a", "b"]), "free_class": ("binary", [0, 1]),
    "fee_usd": ("numeric", [20, 90]), "visits_wk": ("numeric", [0, 7]), "renewed": ("binary", [0, 1]),
    "renew_60d": ("binary", [0, 1]), "complaints": ("numeric", [0, 9]),
})
PRESCHOOL = _cols({
    "child_id": ("id", ["c1"]), "county": ("categorical", ["x", "y"]), "home_visit": ("binary", [0, 1]),
    "reading_minutes": ("numeric", [0, 60]), "readiness_score": ("numeric", [0, 100]),
    "count_books": ("numeric", [0, 40]), "absences": ("numeric", [0, 20]),
})
BREWERY = _cols({
    "brew_id": ("id", ["b1"]), "vessel": ("categorical", ["steel", "oak"]), "starter_cult": ("binary", [0, 1]),
    "foam_sc": ("numeric", [1, 10]), "foam_sc_v2": ("numeric", [1, 10]), "temp_c": ("numeric", [10, 25]),
    "ph_d2": ("numeric", [3, 6]), "ph_d14": ("numeric", [3, 6]), "spoil_60d": ("binary", [0, 1]),
    "sales_l": ("numeric", [100, 900]), "sales_l_adj": ("numeric", [100, 900]), "org_label": ("binary", [0, 1]),
    "energy_kwh": ("numeric", [100, 900]), "energy_cost": ("numeric", [10, 90]),
})
FACTORY = _cols({
    "site_id": ("id", ["s1"]), "shift_mode": ("categorical", ["two", "three"]), "staff_ot_hr": ("numeric", [0, 20]),
    "inj_rt": ("numeric", [0, 5]), "rej_rt": ("numeric", [0, 9]), "advertising": ("binary", [0, 1]),
    "orders": ("numeric", [0, 500]), "mentoring": ("binary", [0, 1]), "breakage_post": ("numeric", [0, 30]),
    "thru_put_bl": ("numeric", [1, 9]), "thru_put_6m": ("numeric", [1, 9]), "flux_type": ("categorical", ["a", "b"]),
})
CAFES = _cols({
    "cafe_id": ("id", ["c1"]), "beanType": ("categorical", ["arabica", "robusta"]), "loyaltyCard": ("binary", [0, 1]),
    "price": ("numeric", [2, 6]), "salesWeekly": ("numeric", [100, 900]), "footfall": ("numeric", [50, 900]),
    "rating": ("numeric", [1, 5]), "tempOutC": ("numeric", [-20, 35]), "repeatRate60d": ("numeric", [0, 1]),
})


def test_a_time_said_picks_a_twin_whose_name_is_cut_short(task_of):
    task = task_of("Does a free class raise renewals within 60 days?", GYMS)
    assert (task.treatment, task.outcome) == ("free_class", "renew_60d")
    task = task_of("Which members should get a free class to get the most 60-day renewals?", GYMS)
    assert (task.kind, task.outcome) == ("policy", "renew_60d")
    task = task_of("Does a free class make members more likely to have renewed?", GYMS)
    assert task.outcome == "renewed"


def test_readiness_is_ready_and_no_typo_of_reading(task_of):
    task = task_of("Do home visits change how ready the children are for school?", PRESCHOOL)
    assert (task.treatment, task.outcome) == ("home_visit", "readiness_score")


def test_a_word_that_starts_with_another_is_no_typo_of_it(gate_off):
    from copilot.parse import parse_question
    out = parse_question("In each county, does a home visit raise readiness?", PRESCHOOL, lm=None)
    assert out.task is None or out.task.outcome != "count_books" and out.task.treatment != "count_books"


def test_the_final_measurement_is_the_last_one(task_of):
    task = task_of("What does a starter culture do to the final pH of the brew?", BREWERY)
    assert (task.treatment, task.outcome) == ("starter_cult", "ph_d14")


def test_words_a_name_spells_win_over_a_code_of_initials(task_of):
    task = task_of("Does a starter culture raise the chance of spoilage within 60 days?", BREWERY)
    assert (task.treatment, task.outcome) == ("starter_cult", "spoil_60d")


def test_words_before_an_identifier_describe_it(task_of):
    task = task_of("Does an organic label (org_label) raise seasonally adjusted sales (sales_l_adj)?", BREWERY)
    assert (task.treatment, task.outcome) == ("org_label", "sales_l_adj")


def test_kwh_is_one_word(task_of):
    task = task_of("When the cellar is kept at 12°C, what does a starter culture do to kWh used?", BREWERY)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "starter_cult", "energy_kwh",
                                                                  {"temp_c": 12.0})


def test_to_a_minimum_minimises(task_of):
    task = task_of("Which brews should get a starter culture to keep spoilage within 60 days to a minimum?", BREWERY)
    assert (task.kind, task.treatment, task.outcome, task.maximize) == ("policy", "starter_cult", "spoil_60d",
                                                                        False)


def test_directly_or_because_asks_for_mediation(task_of):
    task = task_of("A higher price seems to lower the rating. Is that direct, or because footfall falls?", CAFES)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "price", "footfall", "rating")


def test_how_is_y_affected_when_x(task_of):
    task = task_of("How is weekly sales affected when a cafe raises its price?", CAFES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "price", "salesWeekly")


def test_a_minus_sign_before_a_number(task_of):
    task = task_of("at -5C outside, effect of the loyalty card on rating", CAFES)
    assert (task.kind, task.at) == ("cate", {"tempOutC": -5.0})


def test_the_column_word_after_a_condition_value_is_the_conditions(task_of):
    task = task_of("For cafes that serve robusta beans, does the loyalty card change footfall?", CAFES)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "loyaltyCard", "footfall",
                                                                  {"beanType": "robusta"})


def test_breakage_ads_and_throughput(task_of):
    task = task_of("Do items break less often at sites with mentoring?", FACTORY)
    assert (task.treatment, task.outcome) == ("mentoring", "breakage_post")
    task = task_of("Do ads bring in more orders?", FACTORY)
    assert (task.treatment, task.outcome) == ("advertising", "orders")
    task = task_of("flux type b only: mentoring effect on throughput", FACTORY)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "mentoring", "thru_put_6m")


def test_a_toll_that_changes_depending_on_and_a_number_word_is_no_initial(task_of):
    task = task_of("How does the toll of staff_ot_hr on injuries change depending on whether a site runs two or "
                   "three shifts?", FACTORY)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "staff_ot_hr", "inj_rt")


def test_an_audit_of_invitations(gate_off):
    from copilot.parse import parse_question
    out = parse_question("Swap the applicant's gender in otherwise identical CVs: does the chatbot change its "
                         "interview invitations?", None, lm=None)
    assert out.task is not None and out.task.kind == "audit"


WORKSHOPS = _cols({
    "ws_id": ("id", ["w1"]), "frame_mat": ("categorical", ["wood", "steel"]), "cnc_use": ("binary", [0, 1]),
    "build_hrs": ("numeric", [5, 60]), "paint_sp": ("numeric", [1, 9]), "keys_n": ("numeric", [20, 60]),
    "guild_member": ("binary", [0, 1]), "returns_90d": ("numeric", [0, 9]),
})


def test_a_material_adjective_names_a_value(task_of):
    task = task_of("among wooden frames does cnc use cut build hrs", WORKSHOPS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "cnc_use", "build_hrs", {"frame_mat": "wood"})


def test_untreated_in_a_would_if_they_did_question(task_of):
    task = task_of("Would the workshops that are not guild members see fewer returns within 90 days if they did join?",
                   WORKSHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("guild_member", "returns_90d", "atc")


def test_depend_on_how_many_is_no_count(gate_off):
    from copilot.parse import parse_question
    out = parse_question("How many hours does CNC use save per build, and does that depend on how many keys it has?",
                         WORKSHOPS, lm=None)
    assert out.task is None or out.task.kind != "unsupported"
    assert out.task is None or "paint_sp" not in (out.task.treatment, out.task.outcome)


KITCHENS = _cols({
    "kitchen_id": ("id", ["k1"]), "region": ("categorical", ["n", "s"]), "iso_cert": ("binary", [0, 1]),
    "def_rt_pre": ("numeric", [0, 9]), "def_rt_post": ("numeric", [0, 9]), "complaints_90d": ("numeric", [0, 30]),
    "chef_trained": ("binary", [0, 1]), "menu_score": ("numeric", [1, 10]), "retail_pr": ("numeric", [5, 40]),
    "portion_g": ("numeric", [100, 600]),
})


def test_two_consonants_beside_a_word_write_a_word(task_of):
    task = task_of("Does ISO certification cut 90-day complaints directly, or by lowering the post-period defect rate?",
                   KITCHENS)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "iso_cert", "def_rt_post",
                                                                        "complaints_90d")


def test_the_clause_of_a_modal_names_no_variable(task_of):
    task = task_of("Is the retail price a kitchen can charge affected by its portion size?", KITCHENS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "portion_g", "retail_pr")


def test_only_before_a_verb_is_no_group(task_of):
    task = task_of("We can only afford chef training at a quarter of our kitchens. Which kitchens should get it so "
                   "that menu scores rise the most?", KITCHENS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "chef_trained", "menu_score")
    assert not task.conditions


def test_the_group_said_back_is_the_treatment(task_of):
    task = task_of("Among kitchens whose chef was trained, how much did that raise the menu score?", KITCHENS)
    assert (task.treatment, task.outcome, task.estimand) == ("chef_trained", "menu_score", "att")
