"""Readings of the thirty-fourth round (issue 12), on the real parser without a language model:
- a two-letter code is not spelt by words that name another column word for word ("foot traffic" beside
  sqFt and footTrafficWk), nor by a question word ("whats the knit ..." is no wk);
- a loose match of a gerund before "a/an" names no quantity ("opening a web shop" is not yearsOpen), nor a
  comparative before a quantity's name ("via a deeper active layer" is not the borehole depth);
- "northern shops" are the shops of the north; "a 1500 sq ft shop" and "parks of 1200 m²" give the size,
  never a number to a text category;
- "for the workshops that obtained certification", "for co-ops that fed their herds": the treated;
- "does X give farmers more warning time": X gives, the time is the outcome; "X is thought to act by
  cutting M, which then raises Y" is a mechanism story like "works by";
- "what did X do for the parks that installed it, in terms of Y"; "fourth-quarter revenue" ~ rev_q4;
  "at 2000 USD an ounce" (the ounce is what the price is per);
- takingsPrevYr / takingsCurYr, visitsLastYear / visitsThisYear are a before and an after (the outcome is
  the after);
- SOIL_MOIST and SOIL_MOISTURE_V2 are two versions of one measure, NOISE_POLL_IDX and NOISE_POLLUTION_RATIO
  twins: "soil moisture", "noise pollution" ask which.
The gate is switched off where the test is about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (f8abf6c)."""

from __future__ import annotations

from column_specs import columns as _cols

from copilot.parse import parse_question


SHOPS = _cols({
    "shopId": ("id", ["s1"]), "webShop": ("binary", [0, 1]), "loyaltyCard": ("binary", [0, 1]),
    "sqFt": ("numeric", [600, 1200, 2400]), "footTrafficWk": ("numeric", [120, 600]), "salesPost": ("numeric", [9000, 30000]),
    "salesPre": ("numeric", [8000, 31000]), "yearsOpen": ("numeric", [2, 9, 31]),
    "shopRegion": ("categorical", ["north", "south", "east", "west"]), "revQ1": ("numeric", [1, 9]),
    "revQ4": ("numeric", [1, 9]),
})
SITES = _cols({
    "SITE_ID": ("id", ["p1"]), "BURNED": ("binary", [0, 1]), "BOREHOLE_DEPTH_M": ("numeric", [5, 20, 60]),
    "ACTIVE_LAYER_10Y": ("numeric", [40, 90, 150]), "METHANE_FLUX": ("numeric", [0.1, 3.0]),
    "SOIL_MOIST": ("numeric", [0.1, 0.4]), "SOIL_MOISTURE_V2": ("numeric", [10, 40]), "AREA": ("numeric", [100, 900, 3000]),
    "CERT_ISO": ("binary", [0, 1]), "COMPLAINTS": ("numeric", [0, 12]), "SUPP_FEED": ("binary", [0, 1]),
    "INCOME_K": ("numeric", [20, 90]), "METAL_PRICE_USD": ("numeric", [900, 2400]), "RADAR_UPGRADE": ("binary", [0, 1]),
    "WARN_LEAD_MIN": ("numeric", [5, 40]), "STORM_DAYS": ("numeric", [3, 40]), "DIST_KM": ("numeric", [1, 40]),
    "DISTRICT": ("categorical", ["north", "south"]), "NOISE_POLL_IDX": ("numeric", [1, 9]),
    "NOISE_POLLUTION_RATIO": ("numeric", [0.1, 0.9]),
})


def test_words_that_name_a_column_spell_no_other_columns_code(task_of):
    task = task_of("Is foot traffic raised by the web shop?", SHOPS)
    assert (task.treatment, task.outcome) == ("webShop", "footTrafficWk")
    task = task_of("whats the loyalty card effect on salesPost when the shop is 1500 sq ft", SHOPS)
    assert (task.treatment, task.outcome, task.at) == ("loyaltyCard", "salesPost", {"sqFt": 1500})


def test_a_gerund_before_its_object_or_a_comparative_before_a_quantity_is_no_variable(task_of):
    out = parse_question("For which shops does opening a web shop lift salesPost the most?", SHOPS[:-3], lm=None)
    assert out.task is None or out.task.treatment != "yearsOpen"
    out = parse_question("For which shops does opening a pop-up lift salesPost the most?", SHOPS, lm=None)
    assert out.task is None or out.task.treatment != "yearsOpen"
    task = task_of("does burning raise METHANE_FLUX via a deeper 10-yr active layer? direct and indirect", SITES)
    assert (task.kind, task.treatment, task.outcome, task.mediator) == (
        "mediation", "BURNED", "METHANE_FLUX", "ACTIVE_LAYER_10Y")


def test_compass_adjectives_and_area_units_give_the_subgroup(task_of):
    task = task_of("In northern shops, does the loyalty card raise salesPost?", SHOPS)
    assert (task.kind, task.at) == ("cate", {"shopRegion": "north"})
    task = task_of("For sites of 900 m², what does burning do to METHANE_FLUX?", SITES)
    assert (task.kind, task.at) == ("cate", {"AREA": 900})


def test_units_that_obtained_or_fed_it_are_the_treated(task_of):
    task = task_of("What is the effect of CERT_ISO on COMPLAINTS for the plants that obtained certification?", SITES)
    assert task.estimand == "att"
    task = task_of("For farms that fed their cattle, what did feeding do to INCOME_K?", SITES)
    assert (task.treatment, task.estimand) == ("SUPP_FEED", "att")
    # a word that only starts like a name word is no form of it ("district" is not "dist")
    task = task_of("effect of DIST_KM on COMPLAINTS adjusting for DISTRICT and AREA", SITES)
    assert (task.treatment, task.estimand) == ("DIST_KM", "ate")


def test_a_mechanism_said_to_act_by_a_step(task_of):
    task = task_of("The radar upgrade is thought to act by cutting STORM_DAYS missed, which then raises WARN_LEAD_MIN. "
                   "How much is indirect?", SITES)
    assert (task.kind, task.treatment, task.outcome, task.mediator) == (
        "mediation", "RADAR_UPGRADE", "WARN_LEAD_MIN", "STORM_DAYS")


def test_give_someone_more_and_in_terms_of(task_of):
    task = task_of("Does the radar upgrade give farmers more warning lead time?", SITES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "RADAR_UPGRADE", "WARN_LEAD_MIN")
    task = task_of("What did the web shop do for the shops that opened it, in terms of foot traffic?", SHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("webShop", "footTrafficWk", "att")


def test_last_and_this_year_or_prev_and_cur_are_a_before_and_an_after(task_of):
    cafes = _cols({"cafeId": ("id", ["c1"]), "loyaltyCard": ("binary", [0, 1]), "takingsPrevYr": ("numeric", [9, 90]),
                   "takingsCurYr": ("numeric", [9, 90]), "visitsLastYear": ("numeric", [1, 9]),
                   "visitsThisYear": ("numeric", [1, 9])})
    assert task_of("Did the loyalty card grow takings?", cafes).outcome == "takingsCurYr"
    assert task_of("Did the loyalty card bring more visits?", cafes).outcome == "visitsThisYear"


def test_an_ordinal_quarter_and_a_price_per_unit(task_of):
    task = task_of("What did the loyalty card do to fourth-quarter revenue?", SHOPS)
    assert (task.treatment, task.outcome) == ("loyaltyCard", "revQ4")
    task = task_of("When metal trades at 2000 USD an ounce, does CERT_ISO change INCOME_K?", SITES)
    assert (task.kind, task.at) == ("cate", {"METAL_PRICE_USD": 2000})


def test_a_name_written_shorter_is_still_a_twin(gate_off):
    out = parse_question("effect of soil moisture on METHANE_FLUX", SITES, lm=None)
    assert out.task is None and "SOIL_MOIST" in out.clarification and "SOIL_MOISTURE_V2" in out.clarification
    out = parse_question("Does noise pollution cut METHANE_FLUX?", SITES, lm=None)
    assert out.task is None and "NOISE_POLL_IDX" in out.clarification and "NOISE_POLLUTION_RATIO" in out.clarification
