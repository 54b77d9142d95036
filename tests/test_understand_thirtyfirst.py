"""Readings of the thirty-first round (issue 12), on the real parser without a language model:
- a paraphrase written before an identifier in parentheses ends at "in terms of", at a possessive (the
  units: "which stores' return rates (`ret_90d`)") and at a change said of it ("the jump in the new score
  (score2) from ..."): the sentence keeps its words;
- "Y responds most to X", "does X give a bigger Y", "for shops that X, the effect of doing so on Y" set
  the roles; "or do the shops that X just differ?" is a rival explanation, not a breakdown by group;
- "for shops without a loyalty card", "among shops with no loyalty card" are the group without it (0),
  "with a loyalty card" the group with it;
- "lightly salted" is the level LIGHT, "pistachio-glazed" the level pistache; "in y2" is the second-year
  column; "within three months" picks repeat90 over repeat30; of sales_t1 / sales_t2 the later is the
  outcome; "sell more" is the sales measure; "a 12-inch pan" is the pan_in of 12;
- "the owners' age" with only n_owners in the data names no column: asked;
- "in the South zone" is the level S, "…, coastal clinics" closing a terse question the group coastal == 1, "at
  70% gel hydration" the point gel_hyd = 70, "humidity" the `hum` of hum_pct (a listed abbreviation);
- "bar takings" is `bar income` (the reading whose column has the word beside it), "repeat customers" the
  retention measure, "how much of that works by lifting X first" a pathway;
- "targeting: X to lower Y" asks for a policy; "allocate X to the farms where they raise Y most" allocates X
  for Y.
The gate is switched off where the test is about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (8c256ca)."""

from __future__ import annotations

from column_specs import columns as _cols


SHOPS = _cols({
    "shop_id": ("id", ["s1"]), "loyalty_card": ("binary", [0, 1]), "promo_sms": ("binary", [0, 1]),
    "ret_30d": ("numeric", [0, 1]), "ret_90d": ("numeric", [0, 1]), "basket_eur": ("numeric", [5, 90]),
    "score": ("numeric", [1, 10]), "score2": ("numeric", [1, 10]), "n_owners": ("numeric", [1, 4]),
    "salt_level": ("categorical", ["NONE", "LIGHT", "HEAVY"]), "glaze": ("categorical", ["chocolat", "pistache"]),
    "pan_in": ("numeric", [8, 16]), "sales_t1": ("numeric", [0, 900]), "sales_t2": ("numeric", [0, 900]),
    "complaints": ("numeric", [0, 40]),
})
CLINICS = _cols({
    "clinic_id": ("id", ["c1"]), "zone_cd": ("categorical", ["NE", "S", "W"]), "coastal": ("binary", [0, 1]),
    "fluor": ("binary", [0, 1]), "recall_sms": ("binary", [0, 1]), "caries_12m": ("numeric", [0, 9]),
    "visits_30d": ("numeric", [0, 9]), "gel_hyd": ("numeric", [60.0, 70.0, 80.0]), "hum_pct": ("numeric", [40, 90]),
    "vit_d3": ("numeric", [10, 80]), "dropout_6m": ("binary", [0, 1]), "chair_hours": ("numeric", [1, 9]),
})
DINERS = _cols({
    "diner": ("id", ["d1"]), "grill": ("binary", [0, 1]), "repeat30": ("numeric", [0, 1]),
    "repeat90": ("numeric", [0, 1]), "covers": ("numeric", [0, 300]),
})
FARMS = _cols({
    "farm_id": ("id", ["f1"]), "drip": ("binary", [0, 1]), "coop": ("binary", [0, 1]), "org_seed": ("binary", [0, 1]),
    "yld_y1": ("numeric", [1, 9]), "yld_y2": ("numeric", [1, 9]), "inc_12m": ("numeric", [0, 9000]),
})


def test_a_paraphrase_before_an_identifier_stops_at_sentence_words(task_of):
    task = task_of("Which shops benefit most from promo texts in terms of complaints (`complaints`)?", SHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "promo_sms", "complaints")
    task = task_of("Which stores' return rates (`ret_90d`) respond most to SMS promos?", SHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "promo_sms", "ret_90d")
    task = task_of("Does a loyalty card give a bigger basket (basket_eur), or is that just richer areas?", SHOPS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "basket_eur")
    task = task_of("Is the jump in the new score (score2) from the loyalty card real, or do busier shops just "
                   "hand out more cards?", SHOPS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "score2")


def test_roles_from_doing_so_and_rival_clauses(task_of):
    task = task_of("For shops that hand out a loyalty card, what is the effect of doing so on basket_eur?", SHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("loyalty_card", "basket_eur", "att")
    task = task_of("Are complaints cut by the loyalty card, or do the shops that offer one just differ?", SHOPS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "loyalty_card", "complaints")


def test_a_group_with_or_without_a_yes_no_column(task_of):
    task = task_of("For shops without a loyalty card, what is the effect of promo_sms on basket_eur?", SHOPS)
    assert task.at == {"loyalty_card": 0}
    task = task_of("What does promo_sms do to basket_eur among shops with no loyalty card?", SHOPS)
    assert task.at == {"loyalty_card": 0}
    task = task_of("What does promo_sms do to basket_eur for shops with loyalty cards?", SHOPS)
    assert task.at == {"loyalty_card": 1}


def test_levels_times_and_units_in_other_forms(task_of):
    task = task_of("Effect of promo_sms on basket_eur for lightly salted batches.", SHOPS)
    assert task.at == {"salt_level": "LIGHT"}
    task = task_of("Among pistachio-glazed shops, what does promo_sms do to basket_eur?", SHOPS)
    assert task.at == {"glaze": "pistache"}
    task = task_of("effect of drip on yld y2", FARMS)
    assert task.outcome == "yld_y2"
    task = task_of("Does a new grill bring diners back within three months?", DINERS)
    assert task.outcome == "repeat90"
    task = task_of("Does promo_sms raise sales?", SHOPS)
    assert task.outcome == "sales_t2"
    task = task_of("Do loyalty cards make shops sell more?", SHOPS)
    assert (task.treatment, task.outcome) == ("loyalty_card", "sales_t2")
    task = task_of("For a 12-inch pan, what does promo_sms do to basket_eur?", SHOPS)
    assert task.at == {"pan_in": 12}


def test_an_owner_of_an_unknown_attribute_is_asked_about(gate_off):
    from copilot.parse import parse_question

    out = parse_question("effect of the owners' age on basket_eur", SHOPS, lm=None)
    assert out.task is None and "age" in (out.clarification or "")


def test_policy_wordings(task_of):
    task = task_of("targeting: organic seed to lower inc_12m", FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "org_seed", "inc_12m")
    task = task_of("allocate drip lines to the farms where they raise income most", FARMS)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "drip", "inc_12m")


def test_points_levels_and_codes_in_words(task_of):
    task = task_of("Effect of fluor on caries_12m in the South zone.", CLINICS)
    assert task.at == {"zone_cd": "S"}
    task = task_of("fluor effect on caries_12m, coastal clinics", CLINICS)
    assert task.at == {"coastal": 1}
    task = task_of("At 70% gel hydration, what does fluor do to caries_12m?", CLINICS)
    assert task.at == {"gel_hyd": 70}
    task = task_of("Does more humidity lower vitamin D3?", CLINICS)
    assert (task.treatment, task.outcome) == ("hum_pct", "vit_d3")


def test_everyday_measures_read_by_their_neighbours(task_of):
    bar = _cols({"club": ("id", ["c1"]), "quiz_night": ("binary", [0, 1]), "revenue": ("numeric", [0, 9000]),
                 "bar income": ("numeric", [0, 9000]), "cust_ret": ("numeric", [0, 1])})
    task = task_of("Are bar takings higher with a quiz night?", bar)
    assert (task.treatment, task.outcome) == ("quiz_night", "bar income")
    task = task_of("Does a quiz night bring in more repeat customers?", bar)
    assert task.outcome == "cust_ret"
    task = task_of("The quiz night seems to raise cust_ret. How much of that works by lifting revenue first, which "
                   "then brings people back?", bar)
    assert (task.kind, task.mediator) == ("mediation", "revenue")
