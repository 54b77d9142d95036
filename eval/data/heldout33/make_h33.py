#!/usr/bin/env python3
"""h33 data writer: invented datasets + labelled causal questions. Deterministic."""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TAG, SPLIT, ORIGIN, SEED = "h33", "test", "heldout33", 33033
WRITTEN_UTC = "2026-12-05T01:26:25Z"

DATASETS = {}   # name -> dict
ORDER = {}      # name -> [cols]
QUESTIONS = []
_cur = [None]


def ds(name, desc, cols):
    DATASETS[name] = {"description": desc,
                      "columns": {c: {"type": t, "values": v} for c, t, v in cols}}
    ORDER[name] = [c for c, _, _ in cols]
    _cur[0] = name


def q(text, kind, t=None, y=None, m=None, cov=None, inst=None, est=None, at=None,
      clar=False, dataset=None):
    d = dataset if dataset is not None else _cur[0]
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        exp["covariates"] = cov
    if inst:
        exp["instrument"] = inst
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clar:
        exp["clarify"] = True
    QUESTIONS.append({"question": text, "dataset": d,
                      "columns": list(ORDER[d]) if d != "none" else None,
                      "split": SPLIT, "origin": ORIGIN, "expected": exp})


CAT, NUM, BIN, ID, DATE = "categorical", "numeric", "binary", "id", "date"

# ---------------------------------------------------------------- 1 souffle (snake cryptic)
ds("h33_souffle_bakeries",
   "French souffle bakeries: oven type, technique, pastry training and soufflé rise, collapse, satisfaction and revenue.",
   [("bkry_id", ID, ["BK001", "BK002", "BK003"]),
    ("open_dt", DATE, ["2014-03-01", "2018-09-15", "2021-06-30"]),
    ("region", CAT, ["Paris", "Lyon", "Bordeaux", "Nice"]),
    ("chef_yrs", NUM, [3, 11, 25]),
    ("train_pg", BIN, [0, 1, 1]),
    ("oven_cnv", BIN, [1, 0, 1]),
    ("egg_tmp_c", NUM, [4.0, 12.5, 21.0]),
    ("whisk_min", NUM, [3.5, 6.0, 9.0]),
    ("ramekin_btr", BIN, [1, 1, 0]),
    ("rise_cm_bl", NUM, [3.1, 4.4, 5.0]),
    ("rise_cm_6m", NUM, [3.8, 4.9, 6.2]),
    ("collapse_rt", NUM, [0.05, 0.12, 0.30]),
    ("collapse_rt_v2", NUM, [0.04, 0.10, 0.27]),
    ("cust_sat_bl", NUM, [3.2, 4.0, 4.6]),
    ("cust_sat_12m", NUM, [3.5, 4.2, 4.8]),
    ("rev_wk_bl", NUM, [1800, 3200, 5400]),
    ("rev_wk_12m", NUM, [1900, 3500, 6100])])
q("Estimate the average treatment effect of `oven_cnv` on `rise_cm_6m`, adjusting for `region` and `chef_yrs`.",
  "ate", "oven_cnv", "rise_cm_6m", cov=["region", "chef_yrs"])
q("Do convection ovens really make soufflés puff up higher, or is that only because the bakeries with seasoned chefs bought them?",
  "ate", "oven_cnv", "rise_cm_6m")
q("ate train_pg -> cust_sat_12m ctrl chef_yrs", "ate", "train_pg", "cust_sat_12m", cov=["chef_yrs"])
q("Does beating the egg whites for longer make soufflés fall less often?", "ate", "whisk_min", None, clar=True)
q("What is the effect of buttering the ramekins on soufflé rise at six months, for the bakeries that actually butter them?",
  "ate", "ramekin_btr", "rise_cm_6m", est="att")
q("Is weekly revenue raised by the pastry training programme (train_pg)?", "ate", "train_pg", "rev_wk_12m")
q("cust_sat_12m and rev_wk_12m move together - estimate the causal effect between them",
  "ate", None, None, clar=True)
q("Would bringing the eggs up to room temperature leave customers happier a year on? Control for region and oven type.",
  "ate", "egg_tmp_c", "cust_sat_12m", cov=["region", "oven_cnv"])
q("Effect of convection ovens on the collapse rate (collapse_rt) among bakeries in Lyon.",
  "cate", "oven_cnv", "collapse_rt", at={"region": "Lyon"})
q("For a chef with 10 years behind the counter, what does the training scheme do to weekly takings?",
  "cate", "train_pg", "rev_wk_12m", at={"chef_yrs": 10})
q("Which bakeries benefit most from buttered ramekins in terms of how high the soufflé rises?",
  "cate", "ramekin_btr", "rise_cm_6m")
q("under the condition that eggs are at 20C, how does whisk_min affect rise_cm_6m",
  "cate", "whisk_min", "rise_cm_6m", at={"egg_tmp_c": 20})
q("Which bakeries should we enrol in the pastry training programme to maximise customer satisfaction at 12 months?",
  "policy", "train_pg", "cust_sat_12m")
q("Targeting rule: who should get a convection-oven subsidy (`oven_cnv`) if the goal is `rev_wk_12m`?",
  "policy", "oven_cnv", "rev_wk_12m")
q("Give me a rule for which shops should switch to buttered ramekins so that `collapse_rt` goes down.",
  "policy", "ramekin_btr", "collapse_rt")
q("How much of the training programme's effect on weekly revenue runs through customer satisfaction?",
  "mediation", "train_pg", "rev_wk_12m", "cust_sat_12m")
q("Convection ovens work by making soufflés rise higher, which then keeps them from collapsing (v2 metric). Split that into direct and indirect parts.",
  "mediation", "oven_cnv", "collapse_rt_v2", "rise_cm_6m")
q("mediation: oven_cnv -> rise_cm_6m -> cust_sat_12m", "mediation", "oven_cnv", "cust_sat_12m", "rise_cm_6m")
q("Learn the causal graph among the souffle bakery variables.", "discover")
q("What drives what in this bakery data? Work out the structure of dependencies between the variables.", "discover")
q("Plot weekly revenue by region as a box plot.", "unsupported")

# ---------------------------------------------------------------- 2 moussaka (UPPER)
ds("h33_moussaka_tavernas",
   "Greek tavernas serving moussaka: recipe choices, menus, prices, covers, reviews, tips and repeat visits.",
   [("TAVERNA_ID", ID, ["T-0101", "T-0102", "T-0103"]),
    ("ISLAND", CAT, ["Crete", "Rhodes", "Corfu", "Mainland"]),
    ("YEAR_OPEN", NUM, [1978, 2003, 2019]),
    ("STAFF_N", NUM, [3, 8, 15]),
    ("TOURIST_SHR", NUM, [0.2, 0.55, 0.9]),
    ("MENU_EN", BIN, [1, 0, 1]),
    ("BECHAMEL_HM", BIN, [1, 1, 0]),
    ("EGGPLANT_LOCAL", BIN, [0, 1, 1]),
    ("EVOO", BIN, [1, 0, 1]),
    ("PRICE_EUR", NUM, [9.5, 12.0, 16.0]),
    ("COVERS_PRE", NUM, [40, 85, 160]),
    ("COVERS_POST", NUM, [45, 92, 170]),
    ("REVIEW_SCR", NUM, [3.9, 4.3, 4.8]),
    ("REVIEW_SCR_V2", NUM, [7.6, 8.4, 9.3]),
    ("TIPS_PCT", NUM, [2.0, 5.5, 10.0]),
    ("REPEAT_30D", NUM, [0.05, 0.12, 0.25]),
    ("REPEAT_90D", NUM, [0.10, 0.22, 0.41])])
q("Estimate the ATE of `BECHAMEL_HM` on `REVIEW_SCR_V2`, controlling for `ISLAND` and `PRICE_EUR`.",
  "ate", "BECHAMEL_HM", "REVIEW_SCR_V2", cov=["ISLAND", "PRICE_EUR"])
q("Does buying aubergines from nearby growers bring more diners through the door?", "ate", "EGGPLANT_LOCAL", "COVERS_POST")
q("ate: MENU_EN on TIPS_PCT", "ate", "MENU_EN", "TIPS_PCT")
q("Is the repeat-visit rate raised by making the béchamel in house?", "ate", "BECHAMEL_HM", None, clar=True)
q("What is the effect of an English-language menu on covers among tavernas that did not offer one?",
  "ate", "MENU_EN", "COVERS_POST", est="atc")
q("Does the moussaka price (PRICE_EUR) affect REPEAT_90D, or is the association just confounded by tourist share (TOURIST_SHR)?",
  "ate", "PRICE_EUR", "REPEAT_90D", cov=["TOURIST_SHR"])
q("effect of extra virgin olive oil on the original review score", "ate", "EVOO", "REVIEW_SCR")
q("Do bigger teams earn bigger tips? adj for covers before", "ate", "STAFF_N", "TIPS_PCT", cov=["COVERS_PRE"])
q("Effect of `BECHAMEL_HM` on `COVERS_POST` for tavernas on Crete.", "cate", "BECHAMEL_HM", "COVERS_POST",
  at={"ISLAND": "Crete"})
q("How does the effect of an English menu on tipping vary with the share of tourists?", "cate", "MENU_EN", "TIPS_PCT")
q("When a plate of moussaka costs 14 euros, what is the effect of local eggplant on REPEAT_90D?",
  "cate", "EGGPLANT_LOCAL", "REPEAT_90D", at={"PRICE_EUR": 14})
q("Among tavernas with 8 staff, does `EVOO` change `REVIEW_SCR_V2`?", "cate", "EVOO", "REVIEW_SCR_V2", at={"STAFF_N": 8})
q("Which tavernas should switch to homemade béchamel to maximise 90-day repeat custom?", "policy", "BECHAMEL_HM", "REPEAT_90D")
q("Recommend a targeting policy for English menus (MENU_EN) to raise COVERS_POST.", "policy", "MENU_EN", "COVERS_POST")
q("Homemade béchamel earns better reviews, which then fill more tables. How much of its effect on COVERS_POST is mediated by REVIEW_SCR_V2?",
  "mediation", "BECHAMEL_HM", "COVERS_POST", "REVIEW_SCR_V2")
q("direct vs indirect effect of MENU_EN on TIPS_PCT via TOURIST_SHR", "mediation", "MENU_EN", "TIPS_PCT", "TOURIST_SHR")
q("Which of these taverna characteristics cause which? Recover the dependency structure.", "discover")
q("What's the average PRICE_EUR per ISLAND?", "unsupported")

# ---------------------------------------------------------------- 3 pupusa (plain words)
ds("h33_pupusa_stands",
   "Pupusa stands in El Salvador: microloans, griddles, dough, curtido, prices, footfall, income, ratings and repeat customers.",
   [("stand", ID, ["SV-11", "SV-12", "SV-13"]),
    ("department", CAT, ["San Salvador", "Santa Ana", "San Miguel", "La Libertad"]),
    ("age", NUM, [24, 41, 63]),
    ("griddle", CAT, ["clay", "steel"]),
    ("dough", CAT, ["corn", "rice"]),
    ("microloan", BIN, [1, 0, 0]),
    ("curtido", BIN, [1, 1, 0]),
    ("price", NUM, [0.5, 0.75, 1.25]),
    ("rainfall", NUM, [0, 12, 48]),
    ("footfall", NUM, [60, 140, 310]),
    ("income_before", NUM, [90, 160, 300]),
    ("income_after", NUM, [100, 185, 340]),
    ("rating", NUM, [3.4, 4.1, 4.9]),
    ("rating_new", NUM, [3.6, 4.2, 4.8]),
    ("repeat_month", NUM, [0.2, 0.35, 0.6]),
    ("repeat_quarter", NUM, [0.3, 0.5, 0.75])])
q("What is the average effect of a microloan on stand income?", "ate", "microloan", "income_after")
q("Does small-business credit actually raise what these cooks take home, or do the stands that got loans just sit on busier corners? Adjust for footfall.",
  "ate", "microloan", "income_after", cov=["footfall"])
q("Estimate the effect of `curtido` on `rating_new`, controlling for `department` and `price`.",
  "ate", "curtido", "rating_new", cov=["department", "price"])
q("ate price on footfall", "ate", "price", "footfall")
q("Are customers more likely to come back when the stand serves curtido?", "ate", "curtido", None, clar=True)
q("effect of microloan on income for stands that received one", "ate", "microloan", "income_after", est="att")
q("Using `rainfall` as an instrument, what is the effect of `footfall` on `income_after`?", "ate", "footfall", "income_after",
  inst="rainfall")
q("Is quarterly repeat business affected by making pupusas with rice flour instead of corn?", "ate", "dough", "repeat_quarter")
q("Effect of `microloan` on `income_after` in Santa Ana.", "cate", "microloan", "income_after", at={"department": "Santa Ana"})
q("For owners aged 50, does `curtido` raise `rating_new`?", "cate", "curtido", "rating_new", at={"age": 50})
q("Which vendors gain the most from a microloan?", "cate", "microloan", "income_after")
q("when pupusas sell for $0.75, how does footfall respond to curtido", "cate", "curtido", "footfall", at={"price": 0.75})
q("who gets a microloan? maximise income", "policy", "microloan", "income_after")
q("Design a rule for which stands to give steel griddles so the new rating goes up.", "policy", "griddle", "rating_new")
q("targeting: curtido -> repeat_quarter", "policy", "curtido", "repeat_quarter")
q("Microloans work by letting vendors stock more so more customers stop by; what share of the loan's effect on income goes through footfall?",
  "mediation", "microloan", "income_after", "footfall")
q("How much of `curtido`'s effect on `repeat_month` is mediated by `rating_new`?", "mediation", "curtido", "repeat_month", "rating_new")
q("Find the causal DAG among the pupusa stand variables.", "discover")
q("Clean the price column and drop duplicate stands.", "unsupported")

# ---------------------------------------------------------------- 4 chapati (camelCase)
ds("h33_chapati_vendors",
   "Street chapati vendors in East Africa: mobile money, solar stoves, training, flour use, prices, sales, margins and stockouts.",
   [("vendorId", ID, ["KE-0007", "UG-0131", "TZ-0420"]),
    ("country", CAT, ["Kenya", "Uganda", "Tanzania", "Rwanda"]),
    ("vendorAge", NUM, [19, 34, 58]),
    ("trainingDays", NUM, [0, 3, 10]),
    ("busStopNear", BIN, [1, 0, 1]),
    ("mobileMoney", BIN, [1, 1, 0]),
    ("solarStove", BIN, [0, 1, 0]),
    ("flourKgWk", NUM, [10, 25, 60]),
    ("pricePerPc", NUM, [10, 20, 30]),
    ("dailySalesBl", NUM, [80, 150, 260]),
    ("dailySales6m", NUM, [90, 170, 300]),
    ("profitMargin", NUM, [0.12, 0.2, 0.33]),
    ("profitMarginV2", NUM, [0.1, 0.18, 0.3]),
    ("stockouts30d", NUM, [0, 2, 7]),
    ("stockouts90d", NUM, [0, 5, 18]),
    ("wasteKgWk", NUM, [0.5, 2.0, 6.0])])
q("Estimate the ATE of `mobileMoney` on `dailySales6m` adjusting for `country` and `busStopNear`.",
  "ate", "mobileMoney", "dailySales6m", cov=["country", "busStopNear"])
q("Does accepting M-Pesa payments boost how many chapatis a seller moves each day?", "ate", "mobileMoney", "dailySales6m")
q("solar stove effect on profit margin", "ate", "solarStove", None, clar=True)
q("how do extra trainng days affect stockouts90d", "ate", "trainingDays", "stockouts90d")
q("ate solarStove -> wasteKgWk, ctrl flourKgWk", "ate", "solarStove", "wasteKgWk", cov=["flourKgWk"])
q("What would happen to daily sales if the vendors who don't take phone payments started to?",
  "ate", "mobileMoney", "dailySales6m", est="atc")
q("Does the rent a vendor pays for the pitch affect daily sales (dailySales6m)?", "ate", None, "dailySales6m", clar=True)
q("Using proximity to a bus stop (busStopNear) as an instrument, estimate the effect of flourKgWk on dailySales6m.",
  "ate", "flourKgWk", "dailySales6m", inst="busStopNear")
q("Effect of `mobileMoney` on `dailySales6m` for vendors in Uganda.", "cate", "mobileMoney", "dailySales6m",
  at={"country": "Uganda"})
q("How does the effect of solar stoves on wasted dough differ by the vendor's age?", "cate", "solarStove", "wasteKgWk")
q("When a chapati sells for 20 shillings, what's the effect of `trainingDays` on `profitMarginV2`?",
  "cate", "trainingDays", "profitMarginV2", at={"pricePerPc": 20})
q("Among vendors next to a bus stop, does mobile money reduce `stockouts30d`?", "cate", "mobileMoney", "stockouts30d",
  at={"busStopNear": 1})
q("Which vendors should receive a solar stove to cut waste?", "policy", "solarStove", "wasteKgWk")
q("optimal policy trainingDays for dailySales6m", "policy", "trainingDays", "dailySales6m")
q("Who should we prioritise for mobile-money onboarding if we want sellers to shift more chapatis?",
  "policy", "mobileMoney", "dailySales6m")
q("Training improves sales partly by preventing stockouts. Decompose the effect of `trainingDays` on `dailySales6m` into the part via `stockouts30d` and the rest.",
  "mediation", "trainingDays", "dailySales6m", "stockouts30d")
q("does mobile money raise profitMarginV2 thru dailySales6m? direct/indirect", "mediation", "mobileMoney",
  "profitMarginV2", "dailySales6m")
q("which variables drive which among the chapati vendors? structure learning pls", "discover")
q("Forecast dailySales6m for next month for each vendor.", "unsupported")

# ---------------------------------------------------------------- 5 injera (snake cryptic)
ds("h33_injera_restaurants",
   "Injera restaurants in Ethiopia: teff share, fermentation, electric mitads, certification, co-op membership, sourness, retention and revenue.",
   [("rst_id", ID, ["ET-A01", "ET-M14", "ET-H07"]),
    ("city", CAT, ["Addis Ababa", "Mekelle", "Bahir Dar", "Hawassa"]),
    ("staff_n", NUM, [4, 9, 20]),
    ("coop_mbr", BIN, [0, 1, 1]),
    ("hyg_cert", BIN, [1, 0, 1]),
    ("mitad_elec", BIN, [1, 1, 0]),
    ("teff_pct", NUM, [40, 75, 100]),
    ("ferm_hr", NUM, [24, 72, 96]),
    ("diasp_cust", NUM, [0.0, 0.1, 0.35]),
    ("price_etb", NUM, [120, 220, 400]),
    ("sour_scr", NUM, [2.1, 3.4, 4.7]),
    ("sour_scr_v2", NUM, [35, 58, 81]),
    ("cust_ret_30d", NUM, [0.3, 0.45, 0.7]),
    ("cust_ret_90d", NUM, [0.15, 0.3, 0.55]),
    ("rev_bl", NUM, [40000, 90000, 210000]),
    ("rev_12m", NUM, [45000, 98000, 240000])])
q("Effect of `teff_pct` on `sour_scr_v2`, adjusting for `ferm_hr`.", "ate", "teff_pct", "sour_scr_v2", cov=["ferm_hr"])
q("Does letting the batter ferment longer make the injera more sour?", "ate", "ferm_hr", None, clar=True)
q("ate mitad_elec on rev_12m", "ate", "mitad_elec", "rev_12m")
q("Is turnover affected by holding a food-safety certificate?", "ate", "hyg_cert", "rev_12m")
q("Does joining a cooperative help restaurants hang on to their diners over three months?", "ate", "coop_mbr", "cust_ret_90d")
q("Estimate the ATT of `hyg_cert` on `cust_ret_30d`.", "ate", "hyg_cert", "cust_ret_30d", est="att")
q("Do pricier restaurants (price_etb) see lower 30-day customer retention, holding city and diaspora share fixed?",
  "ate", "price_etb", "cust_ret_30d", cov=["city", "diasp_cust"])
q("Effect of electric mitads on revenue in Mekelle.", "cate", "mitad_elec", "rev_12m", at={"city": "Mekelle"})
q("at 72 hours of fermentation, what does the teff share do to the sourness score (v2)?", "cate", "teff_pct",
  "sour_scr_v2", at={"ferm_hr": 72})
q("For whom is the hygiene certificate most valuable for keeping customers 90 days?", "cate", "hyg_cert", "cust_ret_90d")
q("among co-op members, ate of mitad_elec -> rev_12m", "cate", "mitad_elec", "rev_12m", at={"coop_mbr": 1})
q("Which restaurants should get certification support to maximise 90-day retention?", "policy", "hyg_cert", "cust_ret_90d")
q("Targeting electric mitads to restaurants: give a rule that maximises `rev_12m`.", "policy", "mitad_elec", "rev_12m")
q("Which restaurants should be encouraged into the co-op to boost annual revenue?", "policy", "coop_mbr", "rev_12m")
q("teff_pct -> sour_scr_v2 -> cust_ret_90d: how much is indirect?", "mediation", "teff_pct", "cust_ret_90d", "sour_scr_v2")
q("Certification works by reassuring diaspora customers, which then raises revenue; split the effect of `hyg_cert` on `rev_12m` into direct and via `diasp_cust`.",
  "mediation", "hyg_cert", "rev_12m", "diasp_cust")
q("Learn the DAG for the injera restaurant data.", "discover")
q("Figure out which factors influence which in this restaurant data - no particular target in mind.", "discover")
q("Give me the mean and SD of `price_etb` by `city`.", "unsupported")

# ---------------------------------------------------------------- 6 poutine (plain words)
ds("h33_poutine_diners",
   "Quebec poutine diners: curds, gravy, frying, late opening, prices, waits, visits, satisfaction and reviews.",
   [("diner", ID, ["QC-001", "QC-002", "QC-003"]),
    ("region", CAT, ["Montreal", "Quebec City", "Gatineau", "Sherbrooke"]),
    ("seats", NUM, [18, 40, 95]),
    ("latenight", BIN, [1, 0, 1]),
    ("curds", CAT, ["fresh", "dayold"]),
    ("gravy", CAT, ["house", "canned"]),
    ("doublefry", BIN, [1, 0, 0]),
    ("price", NUM, [8.5, 11.0, 16.5]),
    ("temperature", NUM, [-25, -5, 24]),
    ("tourists", NUM, [0.05, 0.3, 0.7]),
    ("wait", NUM, [3, 9, 25]),
    ("visits_before", NUM, [400, 900, 2100]),
    ("visits_after", NUM, [420, 980, 2300]),
    ("satisfaction", NUM, [3.1, 4.0, 4.7]),
    ("satisfaction_revised", NUM, [62, 78, 91]),
    ("reviews", NUM, [12, 140, 890])])
q("What's the average effect of fresh curds on satisfaction_revised?", "ate", "curds", "satisfaction_revised")
q("Does making the brown sauce from scratch bring more people in?", "ate", "gravy", "visits_after")
q("ate doublefry -> satisfaction, adj price", "ate", "doublefry", "satisfaction", cov=["price"])
q("Are late-night hours behind the growth in visits, or is it just tourists? control for tourists",
  "ate", "latenight", "visits_after", cov=["tourists"])
q("does wait time affect satisfaction", "ate", "wait", "satisfaction")
q("effect of house gravy on visits among diners that serve house gravy", "ate", "gravy", "visits_after", est="att")
q("Does the brand of cheese the diner buys affect the number of reviews?", "ate", None, "reviews", clar=True)
q("Estimate the effect of `price` on `visits_after`, holding `region` and `seats` constant.",
  "ate", "price", "visits_after", cov=["region", "seats"])
q("Effect of `doublefry` on `satisfaction_revised` in Gatineau.", "cate", "doublefry", "satisfaction_revised",
  at={"region": "Gatineau"})
q("At -20 degrees outside, does staying open late still bring in more visits?", "cate", "latenight", "visits_after",
  at={"temperature": -20})
q("How does the effect of fresh curds on satisfaction_revised vary across diner sizes?", "cate", "curds",
  "satisfaction_revised")
q("Among diners with canned gravy, what does double frying do to reviews?", "cate", "doublefry", "reviews",
  at={"gravy": "canned"})
q("Which diners should switch to fresh curds to maximise revised satisfaction?", "policy", "curds", "satisfaction_revised")
q("policy learning: latenight for visits_after", "policy", "latenight", "visits_after")
q("Should we recommend frying the chips twice everywhere or only at some diners? Goal: more online reviews.",
  "policy", "doublefry", "reviews")
q("Fresh curds lift satisfaction, which then drives return visits. How much of the curds effect on visits_after is through satisfaction_revised?",
  "mediation", "curds", "visits_after", "satisfaction_revised")
q("mediation analysis: gravy -> wait -> satisfaction", "mediation", "gravy", "satisfaction", "wait")
q("Sketch the cause-and-effect structure implied by the poutine diner data.", "discover")
q("Write a SQL query that returns the ten diners with the most reviews.", "unsupported")

# ---------------------------------------------------------------- 7 shawarma (camelCase)
ds("h33_shawarma_shops",
   "Shawarma shops: grills, garlic sauce, delivery apps, night shifts, prices, orders, tickets, repeat rates and ratings.",
   [("shopId", ID, ["SH-1001", "SH-1002", "SH-1003"]),
    ("city", CAT, ["Beirut", "Amman", "Istanbul", "Berlin"]),
    ("staffCount", NUM, [2, 5, 12]),
    ("rentPerSqm", NUM, [8, 22, 45]),
    ("charcoalGrill", BIN, [1, 0, 1]),
    ("garlicSauceHome", BIN, [1, 1, 0]),
    ("deliveryApp", BIN, [0, 1, 1]),
    ("nightShift", BIN, [0, 0, 1]),
    ("wrapPrice", NUM, [3.5, 6.0, 9.0]),
    ("ordersPerDayPrev", NUM, [80, 190, 420]),
    ("ordersPerDay", NUM, [90, 210, 460]),
    ("avgTicket", NUM, [5.2, 8.1, 13.4]),
    ("avgTicketV2", NUM, [5.0, 7.9, 13.9]),
    ("repeatRate30d", NUM, [0.2, 0.34, 0.5]),
    ("repeatRate90d", NUM, [0.3, 0.48, 0.66]),
    ("ratingApp", NUM, [3.8, 4.3, 4.9]),
    ("ratingGoogle", NUM, [3.6, 4.2, 4.8])])
q("ATE of `deliveryApp` on `ordersPerDay`, controlling for `city` and `rentPerSqm`.", "ate", "deliveryApp",
  "ordersPerDay", cov=["city", "rentPerSqm"])
q("Does cooking the meat over charcoal earn shops better Google stars?", "ate", "charcoalGrill", "ratingGoogle")
q("effect of homemade garlic sauce (toum) on repeat custom", "ate", "garlicSauceHome", None, clar=True)
q("Is the average ticket (V2) pushed up by joining a delivery app?", "ate", "deliveryApp", "avgTicketV2")
q("What's the effect of night shifts on daily orders among the shops that run them?", "ate", "nightShift",
  "ordersPerDay", est="att")
q("wrapPrice -> repeatRate90d ate, adj ratingApp", "ate", "wrapPrice", "repeatRate90d", cov=["ratingApp"])
q("Would the shops not on a delivery platform gain orders if they signed up?", "ate", "deliveryApp", "ordersPerDay",
  est="atc")
q("Do shawarma shops with a bigger crew serve more customers a day?", "ate", "staffCount", "ordersPerDay")
q("Effect of `charcoalGrill` on `ratingApp` for shops in Berlin.", "cate", "charcoalGrill", "ratingApp", at={"city": "Berlin"})
q("when a wrap costs 6 dollars, what does deliveryApp do to ordersPerDay?", "cate", "deliveryApp", "ordersPerDay",
  at={"wrapPrice": 6})
q("Which shops win the most 90-day repeat customers from making their own garlic sauce?", "cate", "garlicSauceHome",
  "repeatRate90d")
q("For shops running a night shift, effect of delivery app on avgTicket.", "cate", "deliveryApp", "avgTicket",
  at={"nightShift": 1})
q("Which shops should we onboard to the delivery app to maximise orders per day?", "policy", "deliveryApp", "ordersPerDay")
q("Who should switch to charcoal grilling to lift their Google ratings?", "policy", "charcoalGrill", "ratingGoogle")
q("optimal assignment of nightShift, target repeatRate30d", "policy", "nightShift", "repeatRate30d")
q("Delivery apps raise order volume, which in turn pushes up the average bill. How much of deliveryApp's effect on avgTicketV2 goes through ordersPerDay?",
  "mediation", "deliveryApp", "avgTicketV2", "ordersPerDay")
q("Homemade garlic sauce works through better app ratings, which then bring customers back within 90 days. Direct and indirect effects?",
  "mediation", "garlicSauceHome", "repeatRate90d", "ratingApp")
q("How much of the delivery app's effect on repeat custom goes through ratingApp?", "mediation", "deliveryApp", None,
  "ratingApp", clar=True)
q("Discover the causal graph among the shawarma shop variables.", "discover")
q("No target in mind: which of these shop characteristics influence which others?", "discover")
q("Predict ordersPerDay for a new shop in Amman using a regression model.", "unsupported")

# ---------------------------------------------------------------- 8 laksa (UPPER)
ds("h33_laksa_stalls",
   "Laksa hawker stalls in Malaysia and Singapore: grants, Michelin Bib listing, coconut milk, spice, queues, hygiene, sales and satisfaction.",
   [("STALL_ID", ID, ["HK-0301", "HK-0302", "HK-0303"]),
    ("COUNTRY", CAT, ["Malaysia", "Singapore"]),
    ("STYLE", CAT, ["Penang Assam", "Curry", "Sarawak", "Katong"]),
    ("OWNER_AGE", NUM, [31, 55, 74]),
    ("SUCCESSOR", BIN, [1, 0, 0]),
    ("HAWKER_GRANT", BIN, [0, 1, 1]),
    ("MICHELIN_BIB", BIN, [0, 0, 1]),
    ("COCONUT_FRESH", BIN, [1, 0, 1]),
    ("SPICE_LVL", NUM, [1, 3, 5]),
    ("BOWL_PRICE", NUM, [4.5, 6.0, 9.5]),
    ("QUEUE_MIN", NUM, [0, 12, 45]),
    ("DAILY_BOWLS_BL", NUM, [80, 200, 450]),
    ("DAILY_BOWLS", NUM, [90, 230, 520]),
    ("HYGIENE_GRD", CAT, ["A", "B", "C"]),
    ("HYGIENE_SCR", NUM, [62, 78, 95]),
    ("SATIS", NUM, [3.5, 4.1, 4.8]),
    ("SATIS_V2", NUM, [6.8, 8.0, 9.4])])
q("Estimate the ATE of `MICHELIN_BIB` on `DAILY_BOWLS`, adjusting for `COUNTRY` and `STYLE`.", "ate", "MICHELIN_BIB",
  "DAILY_BOWLS", cov=["COUNTRY", "STYLE"])
q("Does a Bib Gourmand listing make people wait longer in line?", "ate", "MICHELIN_BIB", "QUEUE_MIN")
q("How does using freshly squeezed coconut milk affect customer satisfaction?", "ate", "COCONUT_FRESH", None, clar=True)
q("hawker grant effect on bowls sold, ATT", "ate", "HAWKER_GRANT", "DAILY_BOWLS", est="att")
q("Is the hygiene score (HYGIENE_SCR) improved by the hawker grant?", "ate", "HAWKER_GRANT", "HYGIENE_SCR")
q("ate BOWL_PRICE on DAILY_BOWLS ctrl SPICE_LVL QUEUE_MIN", "ate", "BOWL_PRICE", "DAILY_BOWLS",
  cov=["SPICE_LVL", "QUEUE_MIN"])
q("Would stalls with no one lined up to take over sell more if they had an heir?", "ate", "SUCCESSOR", "DAILY_BOWLS",
  est="atc")
q("Effect of `COCONUT_FRESH` on `SATIS_V2` among Sarawak-style stalls.", "cate", "COCONUT_FRESH", "SATIS_V2",
  at={"STYLE": "Sarawak"})
q("For Singapore stalls, does the grant raise `DAILY_BOWLS`?", "cate", "HAWKER_GRANT", "DAILY_BOWLS",
  at={"COUNTRY": "Singapore"})
q("At spice level 4, what is the effect of fresh coconut on SATIS?", "cate", "COCONUT_FRESH", "SATIS", at={"SPICE_LVL": 4})
q("How does the Michelin effect on queue time vary with bowl price?", "cate", "MICHELIN_BIB", "QUEUE_MIN")
q("Which stalls should receive the hawker grant to maximise daily bowls sold?", "policy", "HAWKER_GRANT", "DAILY_BOWLS")
q("targeting COCONUT_FRESH for SATIS_V2", "policy", "COCONUT_FRESH", "SATIS_V2")
q("Allocate grants (HAWKER_GRANT) to raise HYGIENE_SCR - which stalls first?", "policy", "HAWKER_GRANT", "HYGIENE_SCR")
q("Michelin recognition draws crowds, which then lifts sales - how much of `MICHELIN_BIB`'s effect on `DAILY_BOWLS` is mediated by `QUEUE_MIN`?",
  "mediation", "MICHELIN_BIB", "DAILY_BOWLS", "QUEUE_MIN")
q("Does the grant raise satisfaction (SATIS_V2) by improving hygiene (HYGIENE_SCR)? split direct/indirect",
  "mediation", "HAWKER_GRANT", "SATIS_V2", "HYGIENE_SCR")
q("mediation: COCONUT_FRESH -> SATIS_V2 -> DAILY_BOWLS", "mediation", "COCONUT_FRESH", "DAILY_BOWLS", "SATIS_V2")
q("Structure learning over the laksa stall variables.", "discover")

# ---------------------------------------------------------------- 9 medlar (snake cryptic)
ds("h33_medlar_orchards",
   "Medlar orchards: cultivar, rootstock, pruning, irrigation, organic status, frost, pests, bletting, yield, sugar and price.",
   [("orch_id", ID, ["MO-01", "MO-02", "MO-03"]),
    ("cultivar", CAT, ["Nottingham", "Dutch", "Royal", "Iranian"]),
    ("ha", NUM, [0.5, 2.0, 6.5]),
    ("tree_age", NUM, [4, 15, 40]),
    ("rtstk_qnc", BIN, [1, 0, 1]),
    ("prune_win", BIN, [1, 1, 0]),
    ("irrig", BIN, [0, 1, 0]),
    ("org_cert", BIN, [0, 0, 1]),
    ("frost_d", NUM, [2, 14, 35]),
    ("pest_idx", NUM, [0.1, 0.4, 0.8]),
    ("blet_d", NUM, [10, 21, 35]),
    ("yld_bl", NUM, [2.1, 4.5, 7.8]),
    ("yld_y2", NUM, [2.4, 5.0, 8.3]),
    ("brix", NUM, [12.0, 17.5, 22.0]),
    ("brix_v2", NUM, [11.8, 17.9, 22.6]),
    ("price_kg", NUM, [2.5, 4.0, 7.5])])
q("Effect of `irrig` on `yld_y2`, controlling for `ha` and `tree_age`.", "ate", "irrig", "yld_y2", cov=["ha", "tree_age"])
q("Does grafting onto quince rootstock raise how much fruit the trees give?", "ate", "rtstk_qnc", "yld_y2")
q("ate fertiliser -> yld_y2", "ate", None, "yld_y2", clar=True)
q("Do longer bletting periods make the fruit sweeter?", "ate", "blet_d", None, clar=True)
q("Is organic certification linked to a higher price per kilo because of the certificate itself, or because of cultivar? adjust for cultivar",
  "ate", "org_cert", "price_kg", cov=["cultivar"])
q("effect of irrigation on yield for orchards that are irrigated", "ate", "irrig", "yld_y2", est="att")
q("How many more tonnes per hectare would unpruned orchards get if they started winter pruning?", "ate", "prune_win",
  "yld_y2", est="atc")
q("Do frost days (frost_d) reduce brix_v2?", "ate", "frost_d", "brix_v2")
q("Effect of `rtstk_qnc` on `yld_y2` for Nottingham trees.", "cate", "rtstk_qnc", "yld_y2", at={"cultivar": "Nottingham"})
q("For plots of 2 ha, what does watering do to the harvest?", "cate", "irrig", "yld_y2", at={"ha": 2})
q("Which orchards respond most to winter pruning, in yield terms?", "cate", "prune_win", "yld_y2")
q("under the condition that trees are 15 years old, effect of org_cert on price_kg", "cate", "org_cert", "price_kg",
  at={"tree_age": 15})
q("Which orchards should install irrigation to maximise second-year yield?", "policy", "irrig", "yld_y2")
q("rule for winter pruning to lower the pest index", "policy", "prune_win", "pest_idx")
q("Pruning works by cutting pest pressure, which then raises yield. How much of `prune_win`'s effect on `yld_y2` is via `pest_idx`?",
  "mediation", "prune_win", "yld_y2", "pest_idx")
q("organic certification -> brix_v2 -> price_kg, direct vs indirect", "mediation", "org_cert", "price_kg", "brix_v2")
q("What is the causal structure among the medlar orchard measurements?", "discover")
q("Make a scatter plot of `brix` against `blet_d`.", "unsupported")

# ---------------------------------------------------------------- 10 sloe/blackcurrant (plain words)
ds("h33_sloe_blackcurrant_farms",
   "Sloe and blackcurrant farms: hedgerows, netting, mulch, distillery contracts, weather, yields, berry size, price and vitamin C.",
   [("farm", ID, ["F-201", "F-202", "F-203"]),
    ("crop", CAT, ["sloe", "blackcurrant", "mixed"]),
    ("soil", CAT, ["clay", "loam", "sand"]),
    ("hectares", NUM, [1.5, 6.0, 22.0]),
    ("pickers", NUM, [2, 8, 30]),
    ("hedgerow", BIN, [1, 0, 1]),
    ("netting", BIN, [0, 1, 1]),
    ("mulch", BIN, [1, 0, 0]),
    ("contract", BIN, [0, 1, 0]),
    ("rainfall", NUM, [550, 700, 950]),
    ("frost", NUM, [5, 18, 40]),
    ("yield_before", NUM, [2.0, 4.2, 7.1]),
    ("yield_after", NUM, [2.3, 4.6, 7.9]),
    ("berryweight", NUM, [0.8, 1.2, 1.7]),
    ("berrymass", NUM, [0.7, 1.3, 1.8]),
    ("price", NUM, [1.8, 3.2, 5.5]),
    ("vitamin", NUM, [120, 180, 250])])
q("avg effect of netting on yeild?", "ate", "netting", "yield_after")
q("Does mulching raise the harvest, adjusted for rainfall and soil?", "ate", "mulch", "yield_after",
  cov=["soil", "rainfall"])
q("effect of mulch on berry size", "ate", "mulch", None, clar=True)
q("ate contract -> price", "ate", "contract", "price")
q("Estimate the effect of `hedgerow` on `yield_after` for the farms that have hedgerows.", "ate", "hedgerow",
  "yield_after", est="att")
q("Is the vitamin C content of the berries affected by frost?", "ate", "frost", "vitamin")
q("How much does an extra 100 mm of rain (rainfall) change berryweight?", "ate", "rainfall", "berryweight")
q("Does spraying pesticide change yield_after?", "ate", None, "yield_after", clar=True)
q("Effect of `netting` on `yield_after` on sandy soils.", "cate", "netting", "yield_after", at={"soil": "sand"})
q("For blackcurrant farms, does mulch raise vitamin?", "cate", "mulch", "vitamin", at={"crop": "blackcurrant"})
q("At 700 mm of rain, what does mulching do to yield?", "cate", "mulch", "yield_after", at={"rainfall": 700})
q("Which farms gain most, price-wise, from a gin distillery contract?", "cate", "contract", "price")
q("which farms shd get netting, max yield", "policy", "netting", "yield_after")
q("Who should we offer distillery supply deals to, to get a better price per kilo?", "policy", "contract", "price")
q("mulch targeting to improve berrymass", "policy", "mulch", "berrymass")
q("Hedgerows shelter the bushes from frost, which then raises yield. How much of the hedgerow effect on yield_after flows through frost?",
  "mediation", "hedgerow", "yield_after", "frost")
q("mediation: netting -> berryweight -> price", "mediation", "netting", "price", "berryweight")
q("causal discovery on the sloe and blackcurrant farm data", "discover")
q("Can you work out, from the data alone, how these farm variables depend on one another?", "discover")
q("Impute the missing rainfall values.", "unsupported")

# ---------------------------------------------------------------- 11 lingonberry (camelCase)
ds("h33_lingonberry_coops",
   "Scandinavian lingonberry picking cooperatives: rakes, foreign pickers, subsidies, forests, drought, kilos, quality, income and picker return rates.",
   [("coopId", ID, ["SE-LB-01", "NO-LB-07", "FI-LB-12"]),
    ("country", CAT, ["Sweden", "Norway", "Finland"]),
    ("forestType", CAT, ["pine", "spruce", "mixed"]),
    ("memberCount", NUM, [12, 45, 160]),
    ("distToRoadKm", NUM, [0.5, 4.0, 18.0]),
    ("rakeUse", BIN, [1, 0, 1]),
    ("foreignPickers", BIN, [1, 1, 0]),
    ("subsidy", BIN, [0, 1, 0]),
    ("pickDays", NUM, [10, 25, 45]),
    ("droughtIdx", NUM, [0.1, 0.4, 0.9]),
    ("kgPerPickerPrev", NUM, [180, 420, 900]),
    ("kgPerPicker", NUM, [200, 450, 950]),
    ("qualityScore", NUM, [55, 71, 88]),
    ("qualityScoreV2", NUM, [3.1, 3.9, 4.6]),
    ("incomeEur", NUM, [2500, 6800, 14000]),
    ("returnRate1y", NUM, [0.35, 0.6, 0.85]),
    ("returnRate2y", NUM, [0.2, 0.45, 0.7])])
q("ATE of `rakeUse` on `kgPerPicker`, adjusting for `forestType` and `droughtIdx`.", "ate", "rakeUse", "kgPerPicker",
  cov=["forestType", "droughtIdx"])
q("Does combing the bushes with a berry rake damage berry quality (V2 score)?", "ate", "rakeUse", "qualityScoreV2")
q("Do subsidies keep pickers coming back?", "ate", "subsidy", None, clar=True)
q("effect of subsidy on incomeEur, ATT", "ate", "subsidy", "incomeEur", est="att")
q("Using distance to the nearest road (distToRoadKm) as an instrument, estimate the effect of pickDays on kgPerPicker.",
  "ate", "pickDays", "kgPerPicker", inst="distToRoadKm")
q("Is what the co-op earns affected by bringing in pickers from abroad?", "ate", "foreignPickers", "incomeEur")
q("ate droughtIdx qualityScore", "ate", "droughtIdx", "qualityScore")
q("For the co-ops without a subsidy, how much would earnings rise if they got one?", "ate", "subsidy", "incomeEur",
  est="atc")
q("Effect of `rakeUse` on `kgPerPicker` in Finland.", "cate", "rakeUse", "kgPerPicker", at={"country": "Finland"})
q("In pine forests, does hiring pickers from abroad (`foreignPickers`) change `returnRate2y`?", "cate", "foreignPickers", "returnRate2y",
  at={"forestType": "pine"})
q("at 30 picking days, effect of rakeUse on incomeEur", "cate", "rakeUse", "incomeEur", at={"pickDays": 30})
q("How does the subsidy's effect on income differ across co-op sizes?", "cate", "subsidy", "incomeEur")
q("which coops get the subsidy to maximise income", "policy", "subsidy", "incomeEur")
q("Recommend which co-ops should adopt berry rakes to get the most kilos per picker.", "policy", "rakeUse", "kgPerPicker")
q("targeting rule foreignPickers -> returnRate1y", "policy", "foreignPickers", "returnRate1y")
q("Rakes raise income by letting pickers gather more kilos; how much of rakeUse's effect on incomeEur runs through kgPerPicker?",
  "mediation", "rakeUse", "incomeEur", "kgPerPicker")
q("subsidy -> pickDays -> kgPerPicker mediation", "mediation", "subsidy", "kgPerPicker", "pickDays")
q("Which variables in the lingonberry data cause which others? Learn the structure.", "discover")
q("Tell me a joke about lingonberries.", "unsupported")

# ---------------------------------------------------------------- 12 glockenspiel (UPPER)
ds("h33_glockenspiel_makers",
   "Glockenspiel makers: bar alloy, CNC vs hand tuning, apprenticeships, tuning error, defects, prices, exports, orders and returns.",
   [("MAKER_ID", ID, ["GL-DE-01", "GL-JP-04", "GL-US-09"]),
    ("COUNTRY", CAT, ["Germany", "Austria", "Czechia", "Japan", "USA"]),
    ("WORKSHOP_SIZE", NUM, [2, 10, 45]),
    ("BAR_ALLOY", CAT, ["aluminium", "steel", "bronze"]),
    ("BAR_COUNT", NUM, [25, 30, 37]),
    ("CNC_TUNE", BIN, [1, 0, 1]),
    ("HAND_TUNE_HRS", NUM, [0.5, 3.0, 9.0]),
    ("APPRENTICE_PRG", BIN, [0, 1, 1]),
    ("TUNING_ERR_CENTS", NUM, [0.8, 2.5, 6.0]),
    ("TUNING_ERR_CENTS_V2", NUM, [0.6, 2.2, 5.5]),
    ("DEFECT_RT_PRE", NUM, [0.01, 0.04, 0.09]),
    ("DEFECT_RT_POST", NUM, [0.008, 0.03, 0.08]),
    ("UNIT_PRICE", NUM, [180, 650, 2400]),
    ("EXPORT_SHR", NUM, [0.0, 0.35, 0.8]),
    ("ORDERS_Q_PREV", NUM, [40, 210, 900]),
    ("ORDERS_Q", NUM, [45, 230, 980]),
    ("RETURNS_30D", NUM, [0, 3, 12]),
    ("RETURNS_90D", NUM, [1, 6, 25])])
q("Estimate the ATE of `CNC_TUNE` on `TUNING_ERR_CENTS_V2`, controlling for `BAR_ALLOY`.", "ate", "CNC_TUNE",
  "TUNING_ERR_CENTS_V2", cov=["BAR_ALLOY"])
q("Does tuning the bars by machine cut the defect rate?", "ate", "CNC_TUNE", "DEFECT_RT_POST")
q("Do apprenticeship programmes reduce product returns?", "ate", "APPRENTICE_PRG", None, clar=True)
q("ate HAND_TUNE_HRS -> TUNING_ERR_CENTS", "ate", "HAND_TUNE_HRS", "TUNING_ERR_CENTS")
q("Is quarterly order volume raised by CNC tuning among makers who adopted it?", "ate", "CNC_TUNE", "ORDERS_Q", est="att")
q("Does the unit price affect orders? adjust for export share and country", "ate", "UNIT_PRICE", "ORDERS_Q",
  cov=["COUNTRY", "EXPORT_SHR"])
q("What does the choice of bar metal (BAR_ALLOY) do to UNIT_PRICE?", "ate", "BAR_ALLOY", "UNIT_PRICE")
q("Effect of `CNC_TUNE` on `DEFECT_RT_POST` for makers in Japan.", "cate", "CNC_TUNE", "DEFECT_RT_POST",
  at={"COUNTRY": "Japan"})
q("For steel bars, what does time spent tuning by hand do to tuning error (v2)?", "cate", "HAND_TUNE_HRS",
  "TUNING_ERR_CENTS_V2", at={"BAR_ALLOY": "steel"})
q("At a workshop size of 10 staff, effect of APPRENTICE_PRG on RETURNS_90D", "cate", "APPRENTICE_PRG", "RETURNS_90D",
  at={"WORKSHOP_SIZE": 10})
q("How heterogeneous is the CNC effect on returns within 90 days across workshop sizes?", "cate", "CNC_TUNE",
  "RETURNS_90D")
q("Which workshops should adopt CNC tuning to minimise `RETURNS_90D`?", "policy", "CNC_TUNE", "RETURNS_90D")
q("Which makers should start an apprenticeship scheme to bring the defect rate down?", "policy", "APPRENTICE_PRG",
  "DEFECT_RT_POST")
q("Which makers should adopt CNC tuning to reduce tuning error?", "policy", "CNC_TUNE", None, clar=True)
q("CNC tuning lowers tuning error (v2), which then cuts returns within 30 days. Quantify the direct vs indirect effects.",
  "mediation", "CNC_TUNE", "RETURNS_30D", "TUNING_ERR_CENTS_V2")
q("How much of the apprenticeship programme's effect on `ORDERS_Q` is mediated by `DEFECT_RT_POST`?", "mediation",
  "APPRENTICE_PRG", "ORDERS_Q", "DEFECT_RT_POST")
q("mediation CNC_TUNE -> UNIT_PRICE -> ORDERS_Q", "mediation", "CNC_TUNE", "ORDERS_Q", "UNIT_PRICE")
q("Learn a causal DAG from the glockenspiel maker dataset.", "discover")
q("Summarise the distribution of UNIT_PRICE by COUNTRY.", "unsupported")

# ---------------------------------------------------------------- 13 djembe (snake cryptic)
ds("h33_djembe_workshops",
   "West African djembe drum workshops: wood, skins, rope, electricity, co-ops, export access, carving, sound scores, prices and sales.",
   [("wksp_id", ID, ["DJ-ML-01", "DJ-GN-05", "DJ-GH-11"]),
    ("ctry", CAT, ["Mali", "Guinea", "Senegal", "Burkina Faso", "Ghana"]),
    ("wood", CAT, ["lenke", "dimba", "iroko"]),
    ("app_n", NUM, [0, 3, 8]),
    ("coop_mbr", BIN, [1, 0, 1]),
    ("elec", BIN, [0, 1, 1]),
    ("goat_skn", BIN, [1, 1, 0]),
    ("rope_syn", BIN, [0, 1, 1]),
    ("mkt_acc", BIN, [0, 0, 1]),
    ("carv_hrs", NUM, [6, 14, 30]),
    ("tour_shr", NUM, [0.1, 0.5, 0.8]),
    ("price_cfa", NUM, [25000, 60000, 150000]),
    ("snd_scr", NUM, [5.5, 7.2, 9.1]),
    ("snd_scr_v2", NUM, [55, 71, 93]),
    ("sales_bl", NUM, [10, 35, 120]),
    ("sales_12m", NUM, [12, 40, 140])])
q("Effect of `goat_skn` on `snd_scr_v2`, adjusted for `wood`.", "ate", "goat_skn", "snd_scr_v2", cov=["wood"])
q("Does getting into export markets raise how many drums a workshop sells?", "ate", "mkt_acc", "sales_12m")
q("snd_scr_v2 vs price_cfa: does one cause the other? estimate it", "ate", None, None, clar=True)
q("Do longer carving hours improve how the drums sound?", "ate", "carv_hrs", None, clar=True)
q("effect of coop membership on sales for members", "ate", "coop_mbr", "sales_12m", est="att")
q("Is the price in CFA francs pushed up by having electricity in the workshop, or is that just because electrified workshops are in richer countries? Control for ctry.",
  "ate", "elec", "price_cfa", cov=["ctry"])
q("How much would non-member workshops' sales change if they joined the cooperative?", "ate", "coop_mbr", "sales_12m",
  est="atc")
q("ate of app_n on sales_12m ctrl sales_bl", "ate", "app_n", "sales_12m", cov=["sales_bl"])
q("Effect of `mkt_acc` on `sales_12m` in Ghana.", "cate", "mkt_acc", "sales_12m", at={"ctry": "Ghana"})
q("For iroko drums, does a goatskin head change the sound score (v2)?", "cate", "goat_skn", "snd_scr_v2",
  at={"wood": "iroko"})
q("when tourists make up half of buyers (tour_shr = 0.5), effect of mkt_acc on price_cfa", "cate", "mkt_acc", "price_cfa",
  at={"tour_shr": 0.5})
q("Which workshops benefit most from being on the grid, in terms of sales?", "cate", "elec", "sales_12m")
q("Which workshops should be given export market access to maximise sales at 12 months?", "policy", "mkt_acc", "sales_12m")
q("targetting synthetic rope to maximise snd_scr_v2", "policy", "rope_syn", "snd_scr_v2")
q("Market access works by raising prices, which then lifts sales. How much of mkt_acc's effect on sales_12m goes through price_cfa?",
  "mediation", "mkt_acc", "sales_12m", "price_cfa")
q("mediation: goat_skn -> snd_scr_v2 -> price_cfa", "mediation", "goat_skn", "price_cfa", "snd_scr_v2")
q("Does power in the workshop raise sales directly, or via more time spent carving?", "mediation", "elec", "sales_12m",
  "carv_hrs")
q("Learn the causal graph for the djembe workshop variables.", "discover")
q("I have no hypothesis; figure out what influences what among these drum-workshop measures.", "discover")
q("Compute the correlation matrix for all numeric columns.", "unsupported")

# ---------------------------------------------------------------- 14 tango (plain words)
ds("h33_tango_schools",
   "Tango schools in Buenos Aires: barrio, teachers, fees, lessons, online classes, live music, milongas, students, retention, dropout and ratings.",
   [("school", ID, ["BA-T01", "BA-T02", "BA-T03"]),
    ("barrio", CAT, ["San Telmo", "Palermo", "Almagro", "Boedo"]),
    ("teachers", NUM, [2, 5, 12]),
    ("fee", NUM, [30, 50, 90]),
    ("lessons", NUM, [4, 10, 20]),
    ("online", BIN, [0, 1, 0]),
    ("livemusic", BIN, [1, 0, 1]),
    ("milonga", BIN, [1, 1, 0]),
    ("tourists", NUM, [5, 30, 120]),
    ("beginners", NUM, [10, 40, 95]),
    ("age", NUM, [26, 40, 58]),
    ("students_before", NUM, [40, 110, 300]),
    ("students_after", NUM, [45, 120, 330]),
    ("retention", NUM, [0.4, 0.6, 0.8]),
    ("retention_new", NUM, [0.42, 0.63, 0.82]),
    ("dropout3m", NUM, [0.1, 0.2, 0.35]),
    ("dropout6m", NUM, [0.2, 0.33, 0.5]),
    ("rating", NUM, [3.9, 4.4, 4.9])])
q("What is the average effect of live music on student numbers?", "ate", "livemusic", "students_after")
q("Does hosting a weekly milonga stop students from quitting?", "ate", "milonga", None, clar=True)
q("ate fee -> students_after, adj barrio and teachers", "ate", "fee", "students_after", cov=["barrio", "teachers"])
q("Estimate the effect of `online` on `retention_new`.", "ate", "online", "retention_new")
q("Is the rating boosted by having a live orquesta, or is it just confounding by neighbourhood? adjust for barrio",
  "ate", "livemusic", "rating", cov=["barrio"])
q("effect of milonga on students, for schools hosting one", "ate", "milonga", "students_after", est="att")
q("Does offering more classes a week change the share who give up within six months?", "ate", "lessons", "dropout6m")
q("What is the effect of online classes on the number of tourists enrolled, among schools that do not offer them?",
  "ate", "online", "tourists", est="atc")
q("For San Telmo schools, what is the effect of class size on retention_new?", "cate", None, "retention_new",
  at={"barrio": "San Telmo"}, clar=True)
q("For students aged 40 on average, what does live music do to dropout3m?", "cate", "livemusic", "dropout3m",
  at={"age": 40})
q("when the monthly fee is 50 dollars, effect of online classes on students_after", "cate", "online", "students_after",
  at={"fee": 50})
q("For which schools is hosting a milonga most effective for retention_new?", "cate", "milonga", "retention_new")
q("Which schools should start hosting milongas to maximise student numbers?", "policy", "milonga", "students_after")
q("Who should we fund to bring in live musicians, if we want to cut dropout6m?", "policy", "livemusic", "dropout6m")
q("Live music makes classes more enjoyable, which then raises ratings and brings in students. How much of livemusic's effect on students_after is mediated by rating?",
  "mediation", "livemusic", "students_after", "rating")
q("mediation milonga -> retention_new -> students_after", "mediation", "milonga", "students_after", "retention_new")
q("which tango school vars drive the others? recover causal structure", "discover")
q("what's the median fee?", "unsupported")

# ---------------------------------------------------------------- 15 parkour (camelCase)
ds("h33_parkour_gyms",
   "Parkour gyms in Europe: foam pits, certified coaches, youth programmes, classes, fees, injuries, churn and NPS.",
   [("gymId", ID, ["PK-LDN-1", "PK-PAR-3", "PK-WAW-2"]),
    ("city", CAT, ["London", "Paris", "Berlin", "Lisbon", "Warsaw"]),
    ("openDate", DATE, ["2012-05-01", "2017-11-20", "2022-02-14"]),
    ("memberAge", NUM, [16, 24, 35]),
    ("foamPit", BIN, [1, 0, 1]),
    ("coachCertified", BIN, [1, 1, 0]),
    ("youthProgram", BIN, [0, 1, 0]),
    ("classesPerWk", NUM, [6, 15, 30]),
    ("sessionsPerWk", NUM, [1, 2.5, 5]),
    ("monthlyFee", NUM, [35, 60, 95]),
    ("insuranceCost", NUM, [1200, 3400, 8000]),
    ("injuriesPre", NUM, [0, 4, 15]),
    ("injuriesPost", NUM, [0, 3, 12]),
    ("churned30d", NUM, [0.03, 0.08, 0.15]),
    ("churned90d", NUM, [0.1, 0.2, 0.35]),
    ("npsScore", NUM, [10, 35, 70]),
    ("npsScoreV2", NUM, [12, 38, 68])])
q("ATE of `foamPit` on `injuriesPost`, controlling for `memberAge` and `classesPerWk`.", "ate", "foamPit", "injuriesPost",
  cov=["memberAge", "classesPerWk"])
q("Do qualified coaches make members less likely to get hurt?", "ate", "coachCertified", "injuriesPost")
q("Does a youth programme lower churn?", "ate", "youthProgram", None, clar=True)
q("ate monthlyFee -> churned90d", "ate", "monthlyFee", "churned90d")
q("Is NPS (v2) improved by having a foam pit, for the gyms that have one?", "ate", "foamPit", "npsScoreV2", est="att")
q("Does training more often (sessionsPerWk) reduce injuries? ctrl coachCertified", "ate", "sessionsPerWk", "injuriesPost",
  cov=["coachCertified"])
q("What would certifying the coaches do for gyms whose coaches are not certified, in terms of churned30d?",
  "ate", "coachCertified", "churned30d", est="atc")
q("Does the height of the training walls affect injuriesPost?", "ate", None, "injuriesPost", clar=True)
q("Effect of `coachCertified` on `injuriesPost` in Lisbon.", "cate", "coachCertified", "injuriesPost", at={"city": "Lisbon"})
q("For members who come 3 times a week, what does a foam pit do to npsScore?", "cate", "foamPit", "npsScore",
  at={"sessionsPerWk": 3})
q("when the fee is 60 euros a month, how does youthProgram affect churned90d?", "cate", "youthProgram", "churned90d",
  at={"monthlyFee": 60})
q("How does the effect of certified coaching on 90-day churn vary by member age?", "cate", "coachCertified", "churned90d")
q("Which gyms should install a foam pit to minimise injuries?", "policy", "foamPit", "injuriesPost")
q("targeting rule for youth programmes to reduce churned90d", "policy", "youthProgram", "churned90d")
q("Who should get their coaches certified if we want a higher `npsScoreV2`?", "policy", "coachCertified", "npsScoreV2")
q("Certified coaches prevent injuries, which then lowers 90-day churn. How much of the coaching effect on churned90d is via injuriesPost?",
  "mediation", "coachCertified", "churned90d", "injuriesPost")
q("foamPit -> injuriesPost -> npsScoreV2 direct/indirect", "mediation", "foamPit", "npsScoreV2", "injuriesPost")
q("The youth programme gets members training more often; how much of its effect on churned30d flows through sessionsPerWk?",
  "mediation", "youthProgram", "churned30d", "sessionsPerWk")
q("Discover causal relations among the parkour gym variables.", "discover")
q("Build a churn prediction model with XGBoost on churned90d.", "unsupported")

# ---------------------------------------------------------------- dataset-free items
N = "none"
for text in ["Hello, how are you today?",
             "Tell me a joke about causal inference.",
             "Write a SQL query to count rows in a table called orders.",
             "What's the weather forecast for Buenos Aires tomorrow?",
             "Explain what a p-value is in two sentences.",
             "convert this csv to json for me pls"]:
    q(text, "unsupported", dataset=N)

AUDIT = [
    ("Would the chatbot's loan approval recommendation change if the applicant's race were different but everything else stayed the same?",
     "race", "loan approval"),
    ("Check whether our LLM hiring assistant gives a different hiring recommendation when the candidate's gender is swapped.",
     "gender", "hiring recommendation"),
    ("If we change only the patient's age in the prompt, does the AI system assign a different triage priority?",
     "age", "triage priority"),
    ("Audit the language model for religion bias: does its tenancy decision flip when the applicant is described as Muslim instead of Christian, all else equal?",
     "religion", "tenancy decision"),
    ("Does the AI grader give a different essay score when the student's name sounds African-American rather than white?",
     "name", "essay score"),
    ("counterfactual fairness test: disability status -> the LM's interview invitation", "disability status",
     "interview invitation"),
    ("Would GPT suggest a smaller credit limit if the customer spoke with a foreign accent, same transcript otherwise?",
     "accent", "credit limit"),
    ("Does the assistant's scholarship recommendation depend on the applicant's nationality, holding the rest of the application fixed?",
     "nationality", "scholarship recommendation"),
    ("Is our medical chatbot's dosage advice different for Black and white patients with identical symptoms?",
     "race", "dosage advice"),
    ("Swap the applicant's sexual orientation in the prompt: does the AI's mortgage decision change?",
     "sexual orientation", "mortgage decision"),
    ("Would an LLM's CV rating differ if the candidate were 60 instead of 30, all else equal?", "age", "CV rating"),
    ("test if the model's parole recommendation changes with the defendant's ethnicity", "ethnicity",
     "parole recommendation"),
    ("Does changing only the candidate's gender (he/she pronouns) in a performance review alter the promotion recommendation the AI produces?",
     "gender", "promotion recommendation"),
    ("Is the insurance quote from the chatbot sensitive to whether the customer has a disability, everything else unchanged?",
     "disability", "insurance quote"),
    ("Would the AI tutor's grade for the same answer change if the student were called Mohammed rather than John?",
     "name", "grade"),
    ("audit: does the LM's rental approval change with the applicant's religion? everything else fixed", "religion",
     "rental approval"),
    ("Does the virtual assistant suggest a different salary offer for a female vs a male engineer with the same résumé?",
     "gender", "salary offer"),
    ("Would the AI loan officer's credit decision change if the applicant were 70 rather than 35, with nothing else changed?",
     "age", "credit decision"),
]
for text, t, y in AUDIT:
    q(text, "audit", t, y, dataset=N)

RELATION = [
    "Suppose there is a closed system of the variables A, B and C. A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is this true?",
    "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Does C cause A?",
    "Given A ⊥ B, A not ⊥ C, B not ⊥ C and A not ⊥ B | C, can we conclude that A causes C?",
    "Four variables A, B, C, D. Every pair is correlated, except that A and D are independent given B and C. Does A directly cause D?",
    "X correlates with Y, Y correlates with Z, and X is independent of Z. Can we conclude that Y causes X?",
    "In a system of A, B, C: A and B are correlated, B and C are correlated, A and C are correlated, and no conditional independences hold. Is B a confounder of A and C?",
    "premises: P and Q correlated; Q and R correlated; P independent of R given Q. hypothesis: R causes P. true or false?",
    "Let the variables be A, B, C, D. A correlates with B; C correlates with D; A is independent of C and of D; B is independent of C and of D. Does B cause D?",
    "A, B and C are all pairwise correlated. A and B are independent given C. Does C cause both A and B?",
    "Three variables: E correlates with F, F correlates with G, E and G are independent, but E and G are dependent once we condition on F. Is F a common effect of E and G?",
]
for text in RELATION:
    q(text, "relation", dataset=N)

GENERATE = [
    "Generate a synthetic dataset of 5000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
    "Create a benchmark dataset from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e.",
    "Use a language model to define plausible structural equations for the graph smoking -> tar -> cancer, then sample 10k rows.",
    "simulate data: binary treatment T, confounder W, outcome Y, with W->T, W->Y, T->Y, n=2000",
    "Have an LLM write the functional form for each node in the DAG rain -> wet grass <- sprinkler and generate samples from it.",
    "Produce a synthetic causal benchmark with 10 variables, a random DAG and nonlinear mechanisms.",
    "I need fake data with a known ATE of 3 for testing estimators. Graph: Z -> X -> Y, U -> X, U -> Y.",
    "Let the language model propose what the variables mean and their equations for a 4-node chain, then draw 1,000 observations.",
    "Generate a dataset from a structural causal model where education causes income and income causes health, with noise terms.",
    "Sample a benchmark from the structural model Y := 3*T + 2*Z + noise, T := Bernoulli(sigmoid(Z)), without using an LLM.",
]
for text in GENERATE:
    q(text, "generate", dataset=N)


# ---------------------------------------------------------------- validation
def validate():
    NONEKINDS = {"discover", "unsupported", "relation", "generate"}
    for it in QUESTIONS:
        e, d = it["expected"], it["dataset"]
        k = e["kind"]
        if k in NONEKINDS:
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, it
        if k == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None, it
        if k in ("audit", "relation", "generate"):
            assert d == "none", it
        if d == "none" or k == "audit":
            continue
        cols = DATASETS[d]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            assert e[r] is None or e[r] in cols, (r, it)
        if k in ("ate", "cate", "policy") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], it
        for c in e.get("covariates", []):
            assert c in cols, it
        if "covariates" in e:
            o = ORDER[d]
            assert e["covariates"] == sorted(e["covariates"], key=o.index), it
        if "instrument" in e:
            assert e["instrument"] in cols, it
        for c, v in e.get("at", {}).items():
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], it
            else:
                assert isinstance(v, (int, float)), it
        if "at" in e:
            assert k == "cate", it
    for name, dd in DATASETS.items():
        assert name.startswith("h33_") and 13 <= len(dd["columns"]) <= 18, name
    assert len(DATASETS) == 15


validate()

rng = random.Random(SEED)
items = list(QUESTIONS)
rng.shuffle(items)

with open(os.path.join(HERE, "datasets.json"), "w", encoding="utf-8") as f:
    json.dump(DATASETS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

kinds = Counter(it["expected"]["kind"] for it in items)
mods = Counter()
for it in items:
    for mk in ("covariates", "instrument", "estimand", "at", "clarify"):
        if mk in it["expected"]:
            mods[mk] += 1
    if "estimand" in it["expected"]:
        mods["estimand=" + it["expected"]["estimand"]] += 1
nds = sum(1 for it in items if it["dataset"] != "none")

readme = f"""# h33 held-out question set

- Writer tag: **{TAG}** (data-only writer; written from own knowledge, no project code read or run)
- Written (UTC): {WRITTEN_UTC}
- split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`
- Regenerate: `python3 make_h33.py` (writes datasets.json, questions.jsonl, README.md next to itself)

## Domains (15 datasets)
{chr(10).join('- `' + n + '` (' + str(len(d['columns'])) + ' cols): ' + d['description'] for n, d in DATASETS.items())}

Naming styles: snake_case cryptic (souffle, injera, medlar, djembe), UPPER_CASE (moussaka, laksa,
glockenspiel), camelCase (chapati, shawarma, lingonberry, parkour), plain words (pupusa, poutine,
sloe/blackcurrant, tango). Each has an id, baseline/follow-up pairs, parallel windows and v1/v2 near-synonyms.

## Counts
Total questions: {len(items)} ({nds} with a dataset, {len(items) - nds} with `"dataset": "none"`)

By kind: {', '.join(f'{k}={v}' for k, v in sorted(kinds.items()))}

By modifier: {', '.join(f'{k}={v}' for k, v in sorted(mods.items()))}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names, `null` for discover/unsupported/relation/generate.
- Baseline/follow-up pair with no version named -> follow-up column is the outcome (not clarify).
- `covariates` only when the question says adjust/control/hold fixed (also "or is it just confounded by X"); listed in dataset order.
- `estimand`: `att` for "among those that do/have/received", `atc` for "those that did not / if the untreated started".
- `at`: subgroup filter or "at value" -> `cate`; number for numeric/binary, level string for categoricals. "For whom / how does it vary" -> `cate` without `at`.
- `clarify: true` when a named variable is absent from the data (role `null`), when parallel columns can't be
  told apart (30d/90d, v1/v2, weight/mass; role `null`), or when direction is unstated (both roles `null`).
- Policy: treatment = action column, outcome = goal column.
- Audit: treatment = attribute as short phrase, outcome = shortest noun phrase naming the decision.
"""
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print(len(items), dict(kinds), dict(mods))
