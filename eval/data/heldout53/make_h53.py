#!/usr/bin/env python3
"""Generator for question set h53 (split test, origin heldout53). Deterministic."""
import json
import random
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout53"
SEED = 53053

DS = OrderedDict()


def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols)}


# ---------------------------------------------------------------- datasets
ds("h53_candyfloss_vendors",
   "Candy floss vendors at fairs, seasides and markets: one row per vendor over a summer season.",
   [("vnd_id", "id", ["V0001", "V0002", "V0003"]),
    ("pitch_typ", "categorical", ["fairground", "seaside", "market", "stadium"]),
    ("led_sgn", "binary", [0, 1, 1]),
    ("clr_flv", "binary", [1, 0, 1]),
    ("sugar_g", "numeric", [28.0, 35.5, 31.2]),
    ("cone_px", "numeric", [3.5, 4.0, 5.0]),
    ("tmp_f", "numeric", [72, 88, 95]),
    ("wknd", "binary", [0, 1, 1]),
    ("qwait_min", "numeric", [2.5, 7.0, 12.0]),
    ("sales_wk_pre", "numeric", [310, 455, 520]),
    ("sales_wk_post", "numeric", [340, 470, 610]),
    ("rev_30d", "numeric", [4200.0, 5150.0, 6900.0]),
    ("rev_90d", "numeric", [11800.0, 15020.0, 19400.0]),
    ("cust_sat", "numeric", [3.8, 4.2, 4.6]),
    ("cust_sat_v2", "numeric", [71, 78, 90]),
    ("yrs_trd", "numeric", [1, 6, 14]),
    ("hygiene_cert", "binary", [1, 0, 1])])

ds("h53_gingerbread_bakers",
   "Independent gingerbread bakers and their holiday-season trading; one row per bakery.",
   [("bakerId", "id", ["GB-101", "GB-102", "GB-103"]),
    ("bakeryRegion", "categorical", ["north", "south", "east", "west"]),
    ("usesMolasses", "binary", [1, 0, 1]),
    ("onlineShop", "binary", [0, 1, 1]),
    ("holidayPromo", "binary", [1, 1, 0]),
    ("ovenCount", "numeric", [1, 3, 5]),
    ("staffTrainingHrs", "numeric", [0, 12, 40]),
    ("icingSkillScore", "numeric", [52, 67, 81]),
    ("icingSkillScoreV2", "numeric", [5.1, 6.8, 8.2]),
    ("orderVolPre", "numeric", [120, 340, 610]),
    ("orderVolPost", "numeric", [150, 365, 700]),
    ("repeatRate30d", "numeric", [0.12, 0.25, 0.31]),
    ("repeatRate90d", "numeric", [0.28, 0.41, 0.55]),
    ("avgPricePerKg", "numeric", [14.5, 18.0, 24.9]),
    ("shelfLifeDays", "numeric", [10, 21, 35]),
    ("reviewStars", "numeric", [3.9, 4.4, 4.8]),
    ("breakageRate", "numeric", [0.02, 0.05, 0.09])])

ds("h53_ice_lolly_makers",
   "Ice lolly manufacturers audited over one summer; one row per maker.",
   [("MAKER_ID", "id", ["IL-7", "IL-19", "IL-42"]),
    ("PLANT_SIZE", "categorical", ["small", "medium", "large"]),
    ("FRUIT_PCT", "numeric", [5, 20, 45]),
    ("NAT_COLOUR", "binary", [1, 0, 1]),
    ("FRZ_TEMP_C", "numeric", [-18, -25, -30]),
    ("STICK_TYPE", "categorical", ["wood", "bamboo", "plastic"]),
    ("KIDS_ADV", "binary", [0, 1, 1]),
    ("UNIT_PRICE", "numeric", [0.45, 0.80, 1.25]),
    ("DEFECT_RATE_PRE", "numeric", [0.031, 0.018, 0.045]),
    ("DEFECT_RATE_POST", "numeric", [0.022, 0.015, 0.030]),
    ("SALES_4WK", "numeric", [12000, 48000, 91000]),
    ("SALES_12WK", "numeric", [35000, 150000, 260000]),
    ("SUPERMKT_LIST", "binary", [0, 1, 0]),
    ("GROSS_MARGIN", "numeric", [0.31, 0.38, 0.44]),
    ("NET_MARGIN", "numeric", [0.06, 0.11, 0.15]),
    ("LINE_SPEED", "numeric", [80, 120, 160]),
    ("MELT_COMPLAINTS", "numeric", [0, 4, 17])])

ds("h53_frozen_yogurt_shops",
   "Frozen yogurt shops across a franchise network; one row per shop per summer.",
   [("shop", "id", ["FY01", "FY02", "FY03"]),
    ("location", "categorical", ["mall", "high street", "campus", "airport"]),
    ("selfserve", "binary", [1, 0, 1]),
    ("toppings", "numeric", [8, 15, 30]),
    ("price", "numeric", [1.9, 2.4, 3.1]),
    ("loyalty", "binary", [0, 1, 1]),
    ("temperature", "numeric", [18, 24, 31]),
    ("footfall before", "numeric", [900, 1400, 2100]),
    ("footfall after", "numeric", [950, 1600, 2250]),
    ("weekday sales", "numeric", [3100, 4500, 6200]),
    ("weekend sales", "numeric", [2800, 5100, 7900]),
    ("rating", "numeric", [3.7, 4.1, 4.6]),
    ("rating new", "numeric", [3.9, 4.3, 4.7]),
    ("staff", "numeric", [2, 4, 6]),
    ("probiotic", "binary", [1, 1, 0]),
    ("sugar", "numeric", [12.0, 16.5, 21.0]),
    ("repeat", "numeric", [0.22, 0.35, 0.48])])

ds("h53_milkshake_bars",
   "Milkshake bars in a regional chain; one row per bar over a quarter.",
   [("bar_id", "id", ["MB-001", "MB-002", "MB-003"]),
    ("city_tier", "categorical", ["tier1", "tier2", "tier3"]),
    ("happy_hour", "binary", [1, 0, 1]),
    ("oat_milk_option", "binary", [0, 1, 1]),
    ("cup_size_oz", "numeric", [12, 16, 20]),
    ("shake_price", "numeric", [4.5, 5.25, 6.0]),
    ("staff_count", "numeric", [3, 5, 8]),
    ("social_ads_spend", "numeric", [0, 250, 900]),
    ("wait_time_min", "numeric", [3.0, 6.5, 11.0]),
    ("daily_orders_pre", "numeric", [140, 210, 330]),
    ("daily_orders_post", "numeric", [150, 240, 360]),
    ("churn_30d", "numeric", [0.08, 0.12, 0.19]),
    ("churn_90d", "numeric", [0.21, 0.27, 0.35]),
    ("satisfaction_score", "numeric", [7.2, 8.0, 8.9]),
    ("satisfaction_index", "numeric", [64, 72, 85]),
    ("upsell_rate", "numeric", [0.10, 0.18, 0.26]),
    ("region", "categorical", ["urban", "suburban", "rural"])])

ds("h53_smoothie_shops",
   "Smoothie shops tracked in a product-analytics panel; one row per shop.",
   [("shopId", "id", ["s_1001", "s_1002", "s_1003"]),
    ("menuType", "categorical", ["classic", "protein", "vegan", "mixed"]),
    ("freeBoost", "binary", [0, 1, 1]),
    ("appOrdering", "binary", [1, 0, 1]),
    ("loyaltyPoints", "binary", [1, 1, 0]),
    ("pricePerCup", "numeric", [4.5, 5.5, 7.0]),
    ("blenderCount", "numeric", [2, 4, 6]),
    ("avgPrepSecs", "numeric", [95, 140, 210]),
    ("footTrafficWkday", "numeric", [320, 540, 810]),
    ("footTrafficWkend", "numeric", [410, 690, 1020]),
    ("basketSizePre", "numeric", [6.2, 7.8, 9.5]),
    ("basketSizePost", "numeric", [6.5, 8.4, 10.1]),
    ("churned30d", "numeric", [0.09, 0.14, 0.2]),
    ("churned90d", "numeric", [0.22, 0.31, 0.4]),
    ("npsScore", "numeric", [18, 34, 52]),
    ("npsScoreV2", "numeric", [21, 37, 55]),
    ("kioskFormat", "binary", [0, 0, 1])])

ds("h53_zipper_makers",
   "Zipper manufacturing firms; one row per firm over a production year.",
   [("FIRM_ID", "id", ["ZP-01", "ZP-02", "ZP-03"]),
    ("COUNTRY", "categorical", ["china", "india", "turkey", "italy"]),
    ("MATERIAL", "categorical", ["nylon", "metal", "plastic"]),
    ("AUTO_LINE", "binary", [1, 0, 1]),
    ("ISO_CERT", "binary", [0, 1, 1]),
    ("TEETH_GAUGE", "numeric", [3, 5, 8]),
    ("QC_INSP_HRS", "numeric", [10, 40, 95]),
    ("WORKER_TRAIN", "binary", [1, 0, 0]),
    ("DEFECT_PPM_PRE", "numeric", [850, 420, 1300]),
    ("DEFECT_PPM_POST", "numeric", [610, 400, 900]),
    ("ORDERS_Q1", "numeric", [1.2e6, 3.4e6, 8.0e6]),
    ("ORDERS_Q2", "numeric", [1.5e6, 3.1e6, 8.8e6]),
    ("EXPORT_SHR", "numeric", [0.15, 0.42, 0.77]),
    ("LEAD_TIME_D", "numeric", [9, 21, 45]),
    ("WAGE_IDX", "numeric", [0.6, 1.0, 1.8]),
    ("PULL_STRENGTH", "numeric", [4.1, 6.3, 8.0]),
    ("PULL_STRENGTH_N", "numeric", [180, 260, 340]),
    ("CUST_RETURNS", "numeric", [12, 55, 140])])

ds("h53_clear_aligner_providers",
   "Clear aligner patients treated by different provider types; one row per patient.",
   [("pt_id", "id", ["A-0001", "A-0002", "A-0003"]),
    ("prov_typ", "categorical", ["orthodontist", "gp_dentist", "direct_to_consumer"]),
    ("ipr", "binary", [1, 0, 1]),
    ("att_n", "numeric", [0, 6, 14]),
    ("wear_hrs", "numeric", [16.5, 20.0, 22.5]),
    ("remote_mon", "binary", [0, 1, 1]),
    ("age_yr", "numeric", [17, 29, 46]),
    ("crowd_mm_bl", "numeric", [2.5, 4.0, 7.5]),
    ("crowd_mm_12m", "numeric", [0.5, 1.2, 3.0]),
    ("refine_6m", "binary", [0, 1, 0]),
    ("refine_12m", "binary", [1, 1, 0]),
    ("tx_dur_mo", "numeric", [6, 11, 18]),
    ("pain_vas", "numeric", [12, 35, 60]),
    ("pain_nrs", "numeric", [1, 4, 6]),
    ("compl", "numeric", [0.62, 0.85, 0.97]),
    ("relapse_24m", "binary", [0, 0, 1]),
    ("fee_usd", "numeric", [1900, 3500, 5800])])

ds("h53_teeth_whitening_clinics",
   "Clients of cosmetic teeth whitening clinics; one row per client course.",
   [("client", "id", ["C-501", "C-502", "C-503"]),
    ("branch", "categorical", ["city centre", "suburban", "mall"]),
    ("method", "categorical", ["laser", "led", "tray", "strip"]),
    ("peroxide", "numeric", [6, 10, 16]),
    ("sessions", "numeric", [1, 2, 4]),
    ("desensitiser", "binary", [1, 0, 1]),
    ("coffee", "numeric", [0, 2, 4]),
    ("smoker", "binary", [0, 0, 1]),
    ("shade before", "numeric", [14, 11, 16]),
    ("shade after", "numeric", [6, 5, 9]),
    ("sensitivity week1", "numeric", [2, 5, 7]),
    ("sensitivity month1", "numeric", [0, 1, 3]),
    ("satisfaction", "numeric", [3, 4, 5]),
    ("satisfaction score", "numeric", [62, 78, 94]),
    ("price", "numeric", [150, 300, 550]),
    ("age", "numeric", [22, 35, 58]),
    ("rebooked", "binary", [0, 1, 1])])

ds("h53_sleep_clinics",
   "Sleep clinic patients with suspected sleep apnoea or insomnia; one row per patient, baseline and 6 months.",
   [("subj_id", "id", ["SL-0101", "SL-0102", "SL-0103"]),
    ("sex", "categorical", ["M", "F"]),
    ("age", "numeric", [34, 52, 67]),
    ("bmi", "numeric", [24.1, 31.5, 38.2]),
    ("cpap", "binary", [1, 0, 1]),
    ("adh_hrs", "numeric", [0.0, 4.5, 6.8]),
    ("cbti", "binary", [0, 1, 0]),
    ("ahi_bl", "numeric", [8, 22, 46]),
    ("ahi_6m", "numeric", [5, 9, 30]),
    ("ess_bl", "numeric", [7, 13, 18]),
    ("ess_6m", "numeric", [5, 8, 15]),
    ("slp_eff", "numeric", [0.71, 0.82, 0.9]),
    ("tst_min", "numeric", [320, 385, 430]),
    ("odi", "numeric", [4, 15, 38]),
    ("sbp", "numeric", [118, 134, 152]),
    ("dbp", "numeric", [72, 84, 95]),
    ("caff_mg", "numeric", [0, 150, 400])])

ds("h53_allergy_clinics",
   "Allergy clinic patients on immunotherapy programmes; one row per patient, baseline and 12 months.",
   [("PATIENT_NO", "id", ["P10021", "P10022", "P10023"]),
    ("ALLERGEN", "categorical", ["pollen", "dust_mite", "cat", "peanut"]),
    ("AGE_YRS", "numeric", [8, 27, 51]),
    ("URBAN", "binary", [1, 0, 1]),
    ("PETS_HOME", "binary", [0, 1, 0]),
    ("SLIT", "binary", [1, 0, 0]),
    ("SCIT", "binary", [0, 1, 0]),
    ("DOSE_MCG", "numeric", [0, 15, 30]),
    ("ADHERENCE_PCT", "numeric", [55, 80, 98]),
    ("ANTIHIST_USE", "binary", [1, 1, 0]),
    ("IGE_BASE", "numeric", [120, 340, 890]),
    ("IGE_12MO", "numeric", [95, 280, 610]),
    ("SYMPT_SCORE", "numeric", [4, 9, 15]),
    ("SYMPT_SCORE_V2", "numeric", [11, 23, 38]),
    ("ER_VISITS_6MO", "numeric", [0, 1, 3]),
    ("ER_VISITS_12MO", "numeric", [0, 2, 5]),
    ("QOL_INDEX", "numeric", [0.55, 0.72, 0.9])])

ds("h53_travel_clinics",
   "Travellers seen (or not) at travel health clinics before international trips; one row per traveller.",
   [("travellerId", "id", ["t-88001", "t-88002", "t-88003"]),
    ("destRegion", "categorical", ["subsaharanAfrica", "southAsia", "southeastAsia", "latinAmerica"]),
    ("ageYears", "numeric", [23, 41, 66]),
    ("tripLengthDays", "numeric", [7, 14, 60]),
    ("daysBeforeDeparture", "numeric", [3, 21, 45]),
    ("preTravelConsult", "binary", [1, 0, 1]),
    ("yellowFeverVax", "binary", [1, 0, 0]),
    ("malariaProphylaxis", "binary", [1, 0, 1]),
    ("typhoidVax", "binary", [0, 1, 1]),
    ("knowledgePre", "numeric", [4, 6, 9]),
    ("knowledgePost", "numeric", [7, 8, 10]),
    ("adviceScore", "numeric", [3.5, 4.0, 4.8]),
    ("adviceScoreV2", "numeric", [68, 80, 92]),
    ("illnessDuringTrip", "binary", [0, 1, 0]),
    ("illnessAfter30d", "binary", [0, 0, 1]),
    ("illnessAfter90d", "binary", [0, 1, 1]),
    ("consultFee", "numeric", [0, 45, 120])])

ds("h53_blood_donor_centres",
   "Registered blood donors at regional donor centres; one row per donor.",
   [("donor_id", "id", ["D-300001", "D-300002", "D-300003"]),
    ("sex", "categorical", ["male", "female"]),
    ("age", "numeric", [19, 38, 61]),
    ("donation_type", "categorical", ["whole_blood", "plasma", "platelets"]),
    ("distance_km", "numeric", [2.5, 11.0, 34.0]),
    ("reminder_sms", "binary", [1, 0, 1]),
    ("iron_supp", "binary", [0, 1, 0]),
    ("snack_given", "binary", [1, 1, 0]),
    ("wait_min", "numeric", [5, 18, 45]),
    ("hb_pre", "numeric", [12.6, 13.9, 15.2]),
    ("hb_post", "numeric", [12.1, 13.4, 14.8]),
    ("vasovagal", "binary", [0, 0, 1]),
    ("deferral", "binary", [0, 1, 0]),
    ("donations_12m", "numeric", [1, 2, 4]),
    ("donations_24m", "numeric", [1, 4, 7]),
    ("satisfaction", "numeric", [3, 4, 5]),
    ("satisfaction_v2", "numeric", [58, 76, 91])])

ds("h53_egg_freezing_clinics",
   "Elective oocyte cryopreservation (egg freezing) cycles; one row per patient's first cycle.",
   [("pt_no", "id", ["EF-2001", "EF-2002", "EF-2003"]),
    ("age_yr", "numeric", [31, 36, 40]),
    ("bmi", "numeric", [20.5, 23.8, 29.1]),
    ("amh_bl", "numeric", [0.9, 2.1, 4.6]),
    ("amh_6m", "numeric", [0.8, 2.0, 4.3]),
    ("afc", "numeric", [6, 14, 25]),
    ("stim_prot", "categorical", ["antagonist", "agonist", "mild"]),
    ("fsh_dose_iu", "numeric", [150, 225, 300]),
    ("gnrh_trig", "binary", [1, 0, 1]),
    ("dhea", "binary", [0, 0, 1]),
    ("oocytes_ret", "numeric", [5, 12, 21]),
    ("oocytes_mii", "numeric", [4, 9, 17]),
    ("ohss", "binary", [0, 0, 1]),
    ("cost_gbp", "numeric", [3500, 5200, 7800]),
    ("anx_pre", "numeric", [8, 12, 17]),
    ("anx_post", "numeric", [5, 9, 14]),
    ("regret_1y", "numeric", [0, 10, 35]),
    ("regret_5y", "numeric", [0, 5, 40])])

ds("h53_petting_zoos",
   "Petting zoos and farm parks over one year; one row per site.",
   [("zoo", "id", ["PZ-11", "PZ-12", "PZ-13"]),
    ("setting", "categorical", ["urban", "rural", "farm park"]),
    ("area", "numeric", [0.5, 2.0, 6.5]),
    ("animals", "numeric", [15, 40, 120]),
    ("keepers", "numeric", [2, 5, 11]),
    ("ticket price", "numeric", [4.0, 8.5, 14.0]),
    ("feeding allowed", "binary", [1, 0, 1]),
    ("sinks", "numeric", [1, 4, 10]),
    ("signage", "binary", [0, 1, 1]),
    ("school trips", "binary", [1, 1, 0]),
    ("visitors spring", "numeric", [3000, 9000, 21000]),
    ("visitors summer", "numeric", [7000, 18000, 46000]),
    ("illness before", "numeric", [0, 3, 9]),
    ("illness after", "numeric", [0, 1, 6]),
    ("rating", "numeric", [3.6, 4.2, 4.7]),
    ("rating adjusted", "numeric", [3.4, 4.0, 4.6]),
    ("donations", "numeric", [200, 1500, 6200])])

STYLE = {
    "h53_candyfloss_vendors": "snake_case cryptic codes",
    "h53_gingerbread_bakers": "camelCase",
    "h53_ice_lolly_makers": "UPPER_CASE codes",
    "h53_frozen_yogurt_shops": "plain words (some with spaces)",
    "h53_milkshake_bars": "snake_case",
    "h53_smoothie_shops": "camelCase product analytics",
    "h53_zipper_makers": "UPPER_CASE codes",
    "h53_clear_aligner_providers": "snake_case cryptic clinical codes",
    "h53_teeth_whitening_clinics": "plain words (some with spaces)",
    "h53_sleep_clinics": "snake_case cryptic clinical codes",
    "h53_allergy_clinics": "UPPER_CASE codes",
    "h53_travel_clinics": "camelCase",
    "h53_blood_donor_centres": "snake_case",
    "h53_egg_freezing_clinics": "snake_case cryptic clinical codes",
    "h53_petting_zoos": "plain words (some with spaces)",
}
DOMAIN = {
    "h53_candyfloss_vendors": "candy floss vendors",
    "h53_gingerbread_bakers": "gingerbread bakers",
    "h53_ice_lolly_makers": "ice lolly makers",
    "h53_frozen_yogurt_shops": "frozen yogurt shops",
    "h53_milkshake_bars": "milkshake bars",
    "h53_smoothie_shops": "smoothie shops",
    "h53_zipper_makers": "zipper makers",
    "h53_clear_aligner_providers": "clear aligner providers",
    "h53_teeth_whitening_clinics": "teeth whitening clinics",
    "h53_sleep_clinics": "sleep clinics",
    "h53_allergy_clinics": "allergy clinics",
    "h53_travel_clinics": "travel clinics",
    "h53_blood_donor_centres": "blood donor centres",
    "h53_egg_freezing_clinics": "egg freezing clinics",
    "h53_petting_zoos": "petting zoos",
}

# ---------------------------------------------------------------- questions
QS = []
CUR = [None]


def use(name):
    assert name in DS, name
    CUR[0] = name


def Q(text, kind, t=None, y=None, m=None, dataset="cur", **kw):
    d = CUR[0] if dataset == "cur" else dataset
    exp = OrderedDict([("kind", kind), ("treatment", t), ("outcome", y), ("mediator", m)])
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    assert not kw, kw
    cols = list(DS[d]["columns"].keys()) if d != "none" else None
    QS.append(OrderedDict([("question", text), ("dataset", d), ("columns", cols),
                           ("split", SPLIT), ("origin", ORIGIN), ("expected", exp)]))


def A(text, t, y, **kw):
    Q(text, "ate", t, y, **kw)


def C(text, t, y, **kw):
    Q(text, "cate", t, y, **kw)


def P(text, t, y, **kw):
    Q(text, "policy", t, y, **kw)


def M(text, t, m, y, **kw):
    Q(text, "mediation", t, y, m, **kw)


def D(text):
    Q(text, "discover")


def U(text, dataset="cur"):
    Q(text, "unsupported", dataset=dataset)


# 1 candy floss ------------------------------------------------------------
use("h53_candyfloss_vendors")
A("Estimate the average treatment effect of `led_sgn` on `sales_wk_post`, adjusting for `pitch_typ` and `yrs_trd`.",
  "led_sgn", "sales_wk_post", covariates=["pitch_typ", "yrs_trd"])
A("Do vendors who put up a light-up sign end up shifting more cones?", "led_sgn", "sales_wk_post")
A("ate clr_flv -> rev_90d adj tmp_f wknd", "clr_flv", "rev_90d", covariates=["tmp_f", "wknd"])
A("Does offering coloured, flavoured floss really raise takings over the following month, or is that just because those vendors work busier pitches?",
  "clr_flv", "rev_30d")
A("What is the effect of cone price (cone_px) on how long customers queue (qwait_min)?", "cone_px", "qwait_min")
A("Among vendors that did install an LED sign, how much did the sign lift their weekly sales?",
  "led_sgn", "sales_wk_post", estimand="att")
A("Is customer satisfaction boosted by holding a hygiene certificate?", "hygiene_cert", None, clarify=True)
A("effect of hygine cert on rev 90d, controling for pitch type", "hygiene_cert", "rev_90d", covariates=["pitch_typ"])
C("What's the effect of the LED sign on weekly sales at seaside pitches?", "led_sgn", "sales_wk_post",
  at={"pitch_typ": "seaside"})
C("Under the condition that it's 90F outside, how much does flavoured floss change three-month revenue?",
  "clr_flv", "rev_90d", at={"tmp_f": 90})
C("How does the impact of `clr_flv` on `cust_sat_v2` vary with `yrs_trd`?", "clr_flv", "cust_sat_v2")
C("led sign effect on rev_30d, weekends only", "led_sgn", "rev_30d", at={"wknd": 1})
P("Which vendors should we hand LED signs to if the aim is the biggest rise in weekly sales?", "led_sgn", "sales_wk_post")
P("Build a targeting rule for who should offer coloured floss (`clr_flv`) to maximise `rev_90d`.", "clr_flv", "rev_90d")
P("Which pitches should get hygiene certification first to lift customer satisfaction?", "hygiene_cert", None, clarify=True)
M("How much of the effect of the LED sign (`led_sgn`) on `rev_90d` runs through queue waiting time (`qwait_min`)?",
  "led_sgn", "qwait_min", "rev_90d")
M("Flavoured floss works by letting vendors charge more per cone, which then lifts revenue over 30 days. How much of the effect is that price channel?",
  "clr_flv", "cone_px", "rev_30d")
M("decompose hygiene_cert effect on sales_wk_post into direct + indirect via cust_sat_v2",
  "hygiene_cert", "cust_sat_v2", "sales_wk_post")
D("Learn the causal graph among the candy floss vendor variables.")
D("Which of these vendor factors drive which? Map out what influences what.")
U("Plot weekly sales before vs after by pitch type.")

# 2 gingerbread ------------------------------------------------------------
use("h53_gingerbread_bakers")
A("Average effect of `onlineShop` on `orderVolPost`, controlling for `bakeryRegion` and `ovenCount`.",
  "onlineShop", "orderVolPost", covariates=["bakeryRegion", "ovenCount"])
A("Does running a Christmas promotion bring in more orders?", "holidayPromo", "orderVolPost")
A("ate usesMolasses on shelfLifeDays", "usesMolasses", "shelfLifeDays")
A("Is breakage reduced by giving staff more training hours?", "staffTrainingHrs", "breakageRate")
A("For the bakers who did open a web shop, what did it do to their order volume?", "onlineShop", "orderVolPost",
  estimand="att")
A("effect of holidayPromo on retention?", "holidayPromo", None, clarify=True)
A("Do more training hours translate into better online reviews, or is it just that bigger bakeries both train more and get more reviews? Adjust for oven count.",
  "staffTrainingHrs", "reviewStars", covariates=["ovenCount"])
A("what would an online shop do to 90 day repeat rate for the bakers who DIDN'T have one", "onlineShop",
  "repeatRate90d", estimand="atc")
C("Effect of the holiday promo on order volume in the northern region.", "holidayPromo", "orderVolPost",
  at={"bakeryRegion": "north"})
C("How does the effect of `usesMolasses` on `reviewStars` differ across `bakeryRegion`?", "usesMolasses", "reviewStars")
C("For bakeries running 3 ovens, what's the impact of having an online shop on repeatRate30d?", "onlineShop",
  "repeatRate30d", at={"ovenCount": 3})
C("which bakers gain the most in icing skill (v2 score) from extra training hours?", "staffTrainingHrs",
  "icingSkillScoreV2")
P("Which bakers should we target with the holiday promo to maximise post-period orders?", "holidayPromo", "orderVolPost")
P("Recommend an allocation rule: who should be nudged to open an online shop so that 90-day repeat rates go up?",
  "onlineShop", "repeatRate90d")
P("policy for usesMolasses to max shelfLifeDays", "usesMolasses", "shelfLifeDays")
M("Training improves icing skill (the v2 score), which then earns better reviews. How much of training's effect on review stars runs through that?",
  "staffTrainingHrs", "icingSkillScoreV2", "reviewStars")
M("What share of the effect of `onlineShop` on `orderVolPost` is mediated by `avgPricePerKg`?",
  "onlineShop", "avgPricePerKg", "orderVolPost")
M("Does black treacle improve star ratings directly, or mainly by keeping the biscuits fresh for longer?",
  "usesMolasses", "shelfLifeDays", "reviewStars")
D("Discover the causal DAG for the gingerbread bakers data (`h53_gingerbread_bakers`).")
D("figure out from the data alone which bakery factors cause which")
U("Give me the mean and SD of avgPricePerKg by region.")

# 3 ice lolly --------------------------------------------------------------
use("h53_ice_lolly_makers")
A("Estimate the ATE of `NAT_COLOUR` on `SALES_12WK` adjusting for `PLANT_SIZE` and `UNIT_PRICE`.", "NAT_COLOUR",
  "SALES_12WK", covariates=["PLANT_SIZE", "UNIT_PRICE"])
A("Does advertising aimed at children increase lolly sales over four weeks?", "KIDS_ADV", "SALES_4WK")
A("ate FRZ_TEMP_C -> MELT_COMPLAINTS", "FRZ_TEMP_C", "MELT_COMPLAINTS")
A("Are defects lowered by running the production line faster or slower? Quantify the effect of line speed.",
  "LINE_SPEED", "DEFECT_RATE_POST")
A("Does a higher fruit content pay off in margin?", "FRUIT_PCT", None, clarify=True)
A("Effect of a supermarket listing (`SUPERMKT_LIST`) on `SALES_12WK` among makers that got listed.", "SUPERMKT_LIST",
  "SALES_12WK", estimand="att")
A("Estimate the effect of UNIT_PRICE on SALES_12WK, using FRUIT_PCT as an instrument for price.", "UNIT_PRICE",
  "SALES_12WK", instrument="FRUIT_PCT")
A("kids advertising effect on 12 wk sales for the makers who never ran it", "KIDS_ADV", "SALES_12WK", estimand="atc")
C("Effect of natural colourings on 12-week sales for large plants.", "NAT_COLOUR", "SALES_12WK",
  at={"PLANT_SIZE": "large"})
C("How does the impact of `KIDS_ADV` on `SALES_4WK` vary with `UNIT_PRICE`?", "KIDS_ADV", "SALES_4WK")
C("effect of line speed on defect rate post, when freezing at -30 C", "LINE_SPEED", "DEFECT_RATE_POST",
  at={"FRZ_TEMP_C": -30})
C("For lollies on wooden sticks, does fruit percentage change how many melting complaints come in?", "FRUIT_PCT",
  "MELT_COMPLAINTS", at={"STICK_TYPE": "wood"})
P("Which makers should we push to get a supermarket listing to maximise `NET_MARGIN`?", "SUPERMKT_LIST", "NET_MARGIN")
P("Target kids' advertising where it raises 12-week sales most. Who should get it?", "KIDS_ADV", "SALES_12WK")
P("Who should switch to natural colouring if we want to grow four-week sales?", "NAT_COLOUR", "SALES_4WK")
M("How much of the effect of `KIDS_ADV` on `SALES_12WK` is mediated by `SUPERMKT_LIST`?", "KIDS_ADV", "SUPERMKT_LIST",
  "SALES_12WK")
M("Fruit content pushes up the unit price, which then changes gross margin. Split FRUIT_PCT's effect on GROSS_MARGIN into direct and via UNIT_PRICE.",
  "FRUIT_PCT", "UNIT_PRICE", "GROSS_MARGIN")
M("Does line speed affect melt complaints directly, or through the post-change defect rate?", "LINE_SPEED",
  "DEFECT_RATE_POST", "MELT_COMPLAINTS")
D("Run causal discovery on the ice lolly maker table.")
D("what causes what among plant size, fruit %, price, margins and sales? recover the dependency structure")
U("Forecast SALES_12WK for next summer.")

# 4 frozen yogurt ----------------------------------------------------------
use("h53_frozen_yogurt_shops")
A("Estimate the average effect of (selfserve) on (footfall after), adjusting for (location) and (price).",
  "selfserve", "footfall after", covariates=["location", "price"])
A("Does a loyalty app keep customers coming back?", "loyalty", "repeat")
A("ate of probiotic labelling on sales", "probiotic", None, clarify=True)
A("Is footfall affected by how many toppings are on offer?", "toppings", "footfall after")
A("effect of loyalty on weekend sales, on the shops that signed up", "loyalty", "weekend sales", estimand="att")
A("Does cutting the sugar content improve the (rating new) score?", "sugar", "rating new")
A("Is the apparent boost in weekday sales from self-serve real, or just confounding by location? Control for location and staff.",
  "selfserve", "weekday sales", covariates=["location", "staff"])
A("how much would weekday takings change if shops without a loyalty scheme adopted one", "loyalty", "weekday sales",
  estimand="atc")
C("Effect of self-serve on weekend sales in airport shops.", "selfserve", "weekend sales", at={"location": "airport"})
C("When it's 30 degrees, what does the probiotic label do to repeat purchase?", "probiotic", "repeat",
  at={"temperature": 30})
C("Does the effect of toppings on the original `rating` differ by `price` level?", "toppings", "rating")
C("For shops with 4 staff on, how much does the loyalty scheme change footfall?", "loyalty", "footfall after",
  at={"staff": 4})
P("Which shops should introduce self-serve to maximise weekend sales?", "selfserve", "weekend sales")
P("Who should get the loyalty app so repeat purchases rise most?", "loyalty", "repeat")
P("targeting rule: probiotic label, goal = rating new", "probiotic", "rating new")
M("Self-serve works by drawing more people through the door, which then lifts weekend sales. How much goes through footfall?",
  "selfserve", "footfall after", "weekend sales")
M("mediation: loyalty -> repeat -> weekday sales", "loyalty", "repeat", "weekday sales")
M("How much of the effect of (toppings) on (rating new) is explained by (price)?", "toppings", "price", "rating new")
D("Estimate a causal graph over all the frozen yogurt shop columns.")
D("Which shop characteristics are upstream of which? Uncover the causal ordering.")
U("Clean the location column, some entries are misspelt.")

# 5 milkshake --------------------------------------------------------------
use("h53_milkshake_bars")
A("What is the ATE of `happy_hour` on `daily_orders_post`, adjusting for `city_tier` and `region`?", "happy_hour",
  "daily_orders_post", covariates=["city_tier", "region"])
A("Did adding a plant-based milk choice bring in more orders?", "oat_milk_option", "daily_orders_post")
A("ate social_ads_spend on daily orders", "social_ads_spend", "daily_orders_post")
A("Does happy hour reduce customer churn?", "happy_hour", None, clarify=True)
A("Is 90-day churn lowered by shorter waits?", "wait_time_min", "churn_90d")
A("Effect of `oat_milk_option` on `satisfaction_index` among bars that offer it.", "oat_milk_option",
  "satisfaction_index", estimand="att")
A("Does a bigger cup (in ounces) raise the upsell rate, holding price and staff numbers fixed?", "cup_size_oz",
  "upsell_rate", covariates=["shake_price", "staff_count"])
A("What does putting more people behind the counter do to how long customers wait?", "staff_count", "wait_time_min")
C("happy hour effect on 30d churn, rural bars", "happy_hour", "churn_30d", at={"region": "rural"})
C("For tier2 cities, how does social ad spend change daily orders?", "social_ads_spend", "daily_orders_post",
  at={"city_tier": "tier2"})
C("At a 16 oz cup, what does happy hour do to the upsell rate?", "happy_hour", "upsell_rate", at={"cup_size_oz": 16})
C("Effect of happy hour on satisfaction in tier1 cities", "happy_hour", None, at={"city_tier": "tier1"},
  clarify=True)
P("Which bars should run a happy hour to cut 90-day churn?", "happy_hour", "churn_90d")
P("Allocate the oat-milk option to the bars where it raises `satisfaction_index` most.", "oat_milk_option",
  "satisfaction_index")
P("policy: happy_hour -> daily_orders_post", "happy_hour", "daily_orders_post")
M("How much of happy hour's effect on `churn_90d` runs through `wait_time_min`?", "happy_hour", "wait_time_min",
  "churn_90d")
M("Social ads bring in crowds, which then lengthen the wait, which hurts the satisfaction score. How much of the ad spend effect on satisfaction_score goes via wait time?",
  "social_ads_spend", "wait_time_min", "satisfaction_score")
M("direct vs indirect effect of oat_milk_option on churn_30d via satisfaction_index", "oat_milk_option",
  "satisfaction_index", "churn_30d")
D("structure learning on milkshake bars data pls")
D("Infer the causal network linking happy hour, ads, waits, orders and churn.")
U("Write SQL to count bars per region.")

# 6 smoothie ---------------------------------------------------------------
use("h53_smoothie_shops")
A("Estimate the average treatment effect of `appOrdering` on `basketSizePost`, controlling for `menuType`.",
  "appOrdering", "basketSizePost", covariates=["menuType"])
A("Do free protein boosts make customers less likely to drift away within three months?", "freeBoost", "churned90d")
A("ate loyaltyPoints -> churned30d, adj pricePerCup, kioskFormat", "loyaltyPoints", "churned30d",
  covariates=["pricePerCup", "kioskFormat"])
A("Is foot traffic increased by app ordering?", "appOrdering", None, clarify=True)
A("Does buying more blenders cut prep time?", "blenderCount", "avgPrepSecs")
A("Effect of the free boost on basket size for shops that never offered it.", "freeBoost", "basketSizePost",
  estimand="atc")
A("Is the higher NPS (v2) at kiosk-format shops a real effect or just confounded by menu type and price? adjust for both.",
  "kioskFormat", "npsScoreV2", covariates=["menuType", "pricePerCup"])
A("loyalty pts effect on basket size, for the shops that had the points scheme", "loyaltyPoints", "basketSizePost",
  estimand="att")
C("Effect of `appOrdering` on `footTrafficWkend` for vegan menus.", "appOrdering", "footTrafficWkend",
  at={"menuType": "vegan"})
C("When a cup costs $6, what does the loyalty scheme do to 90-day churn?", "loyaltyPoints", "churned90d",
  at={"pricePerCup": 6})
C("How does the effect of `freeBoost` on `npsScore` vary across menu types?", "freeBoost", "npsScore")
C("effect of app ordering on basketSizePost in kiosks", "appOrdering", "basketSizePost", at={"kioskFormat": 1})
P("Which shops should roll out ordering through the app to maximise basket size?", "appOrdering", "basketSizePost")
P("Who should receive the free boost promotion to minimise `churned30d`?", "freeBoost", "churned30d")
P("Find the best rule for assigning loyalty points to raise NPS.", "loyaltyPoints", None, clarify=True)
M("App ordering cuts prep time, which then improves NPS v2. How big is that indirect path?", "appOrdering",
  "avgPrepSecs", "npsScoreV2")
M("How much of the loyalty scheme's effect on `churned90d` is mediated by `basketSizePost`?", "loyaltyPoints",
  "basketSizePost", "churned90d")
D("Learn the DAG relating the smoothie shop variables.")
U("Predict which smoothie shops will have the highest churned90d next quarter.")

# 7 zipper -----------------------------------------------------------------
use("h53_zipper_makers")
A("ATE of `AUTO_LINE` on `DEFECT_PPM_POST` adjusting for `MATERIAL` and `WAGE_IDX`.", "AUTO_LINE", "DEFECT_PPM_POST",
  covariates=["MATERIAL", "WAGE_IDX"])
A("Does ISO certification win a firm more export business?", "ISO_CERT", "EXPORT_SHR")
A("ate QC_INSP_HRS -> CUST_RETURNS", "QC_INSP_HRS", "CUST_RETURNS")
A("Are zip defects reduced by training the workforce?", "WORKER_TRAIN", "DEFECT_PPM_POST")
A("automation effect on orders?", "AUTO_LINE", None, clarify=True)
A("Effect of `AUTO_LINE` on `LEAD_TIME_D` for firms that automated.", "AUTO_LINE", "LEAD_TIME_D", estimand="att")
A("Does automation shorten lead times? Use WAGE_IDX as the instrument.", "AUTO_LINE", "LEAD_TIME_D",
  instrument="WAGE_IDX")
A("Do chunkier teeth make zips harder to pull apart, measured in newtons?", "TEETH_GAUGE", "PULL_STRENGTH_N")
C("Effect of ISO certification (ISO_CERT) on export share (EXPORT_SHR) for Turkish firms.", "ISO_CERT", "EXPORT_SHR", at={"COUNTRY": "turkey"})
C("For metal zips, what does extra inspection time do to customer returns?", "QC_INSP_HRS", "CUST_RETURNS",
  at={"MATERIAL": "metal"})
C("how does the effect of worker training on defects vary with the wage level", "WORKER_TRAIN", "DEFECT_PPM_POST")
C("At a 5 mm gauge, what's the effect of automation on pull strength (`PULL_STRENGTH_N`)?", "AUTO_LINE",
  "PULL_STRENGTH_N", at={"TEETH_GAUGE": 5})
P("Which firms should invest in automated lines to minimise `DEFECT_PPM_POST`?", "AUTO_LINE", "DEFECT_PPM_POST")
P("Who should be targeted for ISO certification support to lift their share of exports?", "ISO_CERT", "EXPORT_SHR")
P("rule for WORKER_TRAIN allocation, goal CUST_RETURNS", "WORKER_TRAIN", "CUST_RETURNS")
M("ISO certification tightens quality, which cuts defects, which then reduces returns. How much of ISO_CERT's effect on CUST_RETURNS goes through DEFECT_PPM_POST?",
  "ISO_CERT", "DEFECT_PPM_POST", "CUST_RETURNS")
M("mediation of AUTO_LINE -> EXPORT_SHR via LEAD_TIME_D", "AUTO_LINE", "LEAD_TIME_D", "EXPORT_SHR")
D("Which manufacturing variables causally influence which others? Work out the causal structure for the zipper firms.")
U("Summarise ORDERS_Q2 by COUNTRY.")

# 8 clear aligner ----------------------------------------------------------
use("h53_clear_aligner_providers")
A("Average effect of `remote_mon` on `wear_hrs`, adjusting for `age_yr` and `prov_typ`.", "remote_mon", "wear_hrs",
  covariates=["age_yr", "prov_typ"])
A("Does app-based check-in by the orthodontist leave teeth straighter a year on?", "remote_mon", "crowd_mm_12m")
A("ate ipr -> tx_dur_mo", "ipr", "tx_dur_mo")
A("Does interproximal reduction cause more pain?", "ipr", None, clarify=True)
A("Is relapse at two years lowered by wearing the trays for more hours a day?", "wear_hrs", "relapse_24m")
A("How many fewer refinements by 12 months did remote monitoring bring for the patients who actually used it?",
  "remote_mon", "refine_12m", estimand="att")
A("effect of number of attachments on 6 month refinement, control for baseline crowding", "att_n", "refine_6m",
  covariates=["crowd_mm_bl"])
A("Estimate the causal effect between compliance (`compl`) and daily wear (`wear_hrs`).", None, None, clarify=True)
C("Effect of remote monitoring on wear hours for patients over 40.", "remote_mon", "wear_hrs", at={"age_yr": 40})
C("For direct-to-consumer providers, what does IPR do to crowding at 12 months?", "ipr", "crowd_mm_12m",
  at={"prov_typ": "direct_to_consumer"})
C("How does the effect of `att_n` on `refine_12m` vary by `crowd_mm_bl`?", "att_n", "refine_12m")
C("for 22 hours a day of wear, what is the effect of ipr on relapse", "ipr", "relapse_24m", at={"wear_hrs": 22})
P("Which patients should be enrolled in remote monitoring to minimise 12-month refinements?", "remote_mon",
  "refine_12m")
P("Who should get IPR to reduce crowding at the 12-month check?", "ipr", "crowd_mm_12m")
P("targeting rule for remote_mon to lower relapse_24m", "remote_mon", "relapse_24m")
M("Remote monitoring works by improving compliance, which then reduces relapse at 24 months. Quantify the indirect effect.",
  "remote_mon", "compl", "relapse_24m")
M("How much of the effect of `remote_mon` on `crowd_mm_12m` is mediated by `wear_hrs`?", "remote_mon", "wear_hrs",
  "crowd_mm_12m")
D("Causal discovery: build the graph among the aligner treatment variables.")
U("What's the correlation between fee_usd and age_yr?")

# 9 teeth whitening --------------------------------------------------------
use("h53_teeth_whitening_clinics")
A("Estimate the average effect of (peroxide) concentration on (shade after), adjusting for (coffee) and (smoker).",
  "peroxide", "shade after", covariates=["coffee", "smoker"])
A("Does using a desensitising gel lessen tooth sensitivity a month later?", "desensitiser", "sensitivity month1")
A("ate sessions -> shade after adj method", "sessions", "shade after", covariates=["method"])
A("Does desensitiser reduce sensitivity?", "desensitiser", None, clarify=True)
A("Are clients more likely to come back if they get more sessions?", "sessions", "rebooked")
A("Effect of (desensitiser) on (satisfaction score) among the clients who received it.", "desensitiser",
  "satisfaction score", estimand="att")
A("Is the whiter result from stronger bleach real, or just confounding?", "peroxide", "shade after")
A("effect of price on rebooking", "price", "rebooked")
C("Effect of peroxide strength on first-week sensitivity for smokers.", "peroxide", "sensitivity week1",
  at={"smoker": 1})
C("With the laser method, how much does an extra session change the final shade?", "sessions", "shade after",
  at={"method": "laser"})
C("Does the effect of (peroxide) on (shade after) differ by (coffee) consumption?", "peroxide", "shade after")
C("for clients drinking 3 cups of coffee a day, what does desensitiser do to satisfaction score", "desensitiser",
  "satisfaction score", at={"coffee": 3})
P("Which clients should be offered desensitiser to minimise month-one sensitivity?", "desensitiser",
  "sensitivity month1")
P("Decide who should be booked an extra session to maximise rebooking.", "sessions", "rebooked")
P("policy desensitiser -> satisfaction score", "desensitiser", "satisfaction score")
M("Stronger peroxide whitens more, which then pleases clients. How much of peroxide's effect on (satisfaction score) goes through (shade after)?",
  "peroxide", "shade after", "satisfaction score")
M("decompose desensitiser effect on rebooked via sensitivity week1", "desensitiser", "sensitivity week1", "rebooked")
D("Find the cause-and-effect structure linking bleach strength, sessions, sensitivity and satisfaction.")
U("Make a bar chart of method counts per branch.")

# 10 sleep -----------------------------------------------------------------
use("h53_sleep_clinics")
A("Estimate the ATE of `cpap` on `ess_6m` adjusting for `ess_bl`, `bmi` and `age`.", "cpap", "ess_6m",
  covariates=["ess_bl", "bmi", "age"])
A("Does CPAP lower blood pressure?", "cpap", None, clarify=True)
A("ate cbti -> slp_eff", "cbti", "slp_eff")
A("Does talking therapy for insomnia help people sleep for longer each night?", "cbti", "tst_min")
A("Is daytime sleepiness reduced by CPAP among the patients who were put on it?", "cpap", "ess_6m", estimand="att")
A("What is the effect of the breathing machine on how many apnoeas people have per hour?", "cpap", "ahi_6m")
A("effect of caffeine intake on sleep efficiency controlling for age and sex", "caff_mg", "slp_eff",
  covariates=["age", "sex"])
A("Would CPAP reduce systolic pressure (`sbp`) for patients who weren't prescribed it?", "cpap", "sbp",
  estimand="atc")
C("CPAP effect on sleepiness at 6 months (ess_6m) for patients with BMI over 35", "cpap", "ess_6m", at={"bmi": 35})
C("Effect of CBT-I on total sleep time in women.", "cbti", "tst_min", at={"sex": "F"})
C("How does the CPAP effect on AHI vary by age?", "cpap", "ahi_6m")
C("cpap effect on blood pressure for men", "cpap", None, at={"sex": "M"}, clarify=True)
P("Which patients should be prescribed CPAP to get the biggest drop in sleepiness at 6 months?", "cpap", "ess_6m")
P("Who should be referred for CBT-I to maximise sleep efficiency?", "cbti", "slp_eff")
P("targeting rule cpap -> dbp", "cpap", "dbp")
M("CPAP works by improving night-time oxygenation (`odi`), which then lowers systolic BP (`sbp`). What fraction of the effect is indirect?",
  "cpap", "odi", "sbp")
M("How much of the effect of `cpap` on `ess_6m` is mediated by `ahi_6m`?", "cpap", "ahi_6m", "ess_6m")
D("Learn a causal graph from the sleep clinic data (PC algorithm or similar).")
U("Impute the missing bmi values in the sleep clinic data.")

# 11 allergy ---------------------------------------------------------------
use("h53_allergy_clinics")
A("ATE of `SLIT` on `SYMPT_SCORE_V2`, adjusting for `ALLERGEN` and `AGE_YRS`.", "SLIT", "SYMPT_SCORE_V2",
  covariates=["ALLERGEN", "AGE_YRS"])
A("Do allergy jabs cut trips to A&E over a year?", "SCIT", "ER_VISITS_12MO")
A("ate SCIT -> IGE 12mo", "SCIT", "IGE_12MO")
A("Does sublingual immunotherapy improve symptom scores?", "SLIT", None, clarify=True)
A("Effect of `SLIT` on `QOL_INDEX` among those who received SLIT.", "SLIT", "QOL_INDEX", estimand="att")
A("Does a higher dose bring down IgE levels?", "DOSE_MCG", "IGE_12MO")
A("Is quality of life improved by antihistamine use, holding pets and urban residence fixed?", "ANTIHIST_USE",
  "QOL_INDEX", covariates=["URBAN", "PETS_HOME"])
C("SCIT effect on ER visits over 6 months for dust mite allergy", "SCIT", "ER_VISITS_6MO",
  at={"ALLERGEN": "dust_mite"})
C("What is the effect of `SLIT` on `QOL_INDEX` for children aged 10?", "SLIT", "QOL_INDEX", at={"AGE_YRS": 10})
C("how does the effect of SLIT on SYMPT_SCORE vary with ADHERENCE_PCT", "SLIT", "SYMPT_SCORE")
C("For patients with a dog or cat at home, what do allergy injections do to symptom score v2?", "SCIT",
  "SYMPT_SCORE_V2", at={"PETS_HOME": 1})
P("Which patients should get SCIT to minimise ER visits over 12 months?", "SCIT", "ER_VISITS_12MO")
P("targeting rule for SLIT to maximise QOL_INDEX", "SLIT", "QOL_INDEX")
M("Injection immunotherapy (SCIT) lowers IgE, which then reduces symptom score v2. How much of the effect is through 12-month IgE?",
  "SCIT", "IGE_12MO", "SYMPT_SCORE_V2")
M("Direct vs indirect effect of `SLIT` on `ER_VISITS_12MO` via `ANTIHIST_USE`.", "SLIT", "ANTIHIST_USE",
  "ER_VISITS_12MO")
D("Discover causal relationships among the allergy clinic variables: what drives what?")
U("Train a classifier to predict ANTIHIST_USE.")

# 12 travel ----------------------------------------------------------------
use("h53_travel_clinics")
A("Estimate the ATE of `malariaProphylaxis` on `illnessDuringTrip`, controlling for `destRegion` and `tripLengthDays`.",
  "malariaProphylaxis", "illnessDuringTrip", covariates=["destRegion", "tripLengthDays"])
A("Does a pre-travel appointment improve what travellers know about health risks?", "preTravelConsult",
  "knowledgePost")
A("ate typhoidVax on illnessAfter30d", "typhoidVax", "illnessAfter30d")
A("Does the consult reduce post-trip illness?", "preTravelConsult", None, clarify=True)
A("Effect of `preTravelConsult` on `illnessDuringTrip` for travellers who had one.", "preTravelConsult",
  "illnessDuringTrip", estimand="att")
A("Using `consultFee` as an instrument, estimate the effect of `preTravelConsult` on `illnessDuringTrip`.",
  "preTravelConsult", "illnessDuringTrip", instrument="consultFee")
A("Are travellers who book earlier less likely to fall ill while abroad?", "daysBeforeDeparture",
  "illnessDuringTrip")
C("Malaria prophylaxis effect on getting sick during the trip for travellers to sub-Saharan Africa.",
  "malariaProphylaxis", "illnessDuringTrip", at={"destRegion": "subsaharanAfrica"})
C("For 14-day trips, what does the consult do to knowledge afterwards?", "preTravelConsult", "knowledgePost",
  at={"tripLengthDays": 14})
C("Which travellers benefit most from typhoid vaccination in terms of 90-day illness?", "typhoidVax",
  "illnessAfter90d")
C("effect of consult on adviceScoreV2 among over-60s", "preTravelConsult", "adviceScoreV2", at={"ageYears": 60})
P("Who should be offered a pre-travel consult to minimise illness during the trip?", "preTravelConsult",
  "illnessDuringTrip")
P("Assign malaria prophylaxis to the travellers where it cuts 30-day post-trip illness most.", "malariaProphylaxis",
  "illnessAfter30d")
M("The consult works by raising travellers' knowledge, which then lowers illness during the trip. How much goes through `knowledgePost`?",
  "preTravelConsult", "knowledgePost", "illnessDuringTrip")
M("How much of the consult's effect on post-trip illness is mediated by malariaProphylaxis?", "preTravelConsult",
  "malariaProphylaxis", None, clarify=True)
D("Recover the causal DAG among the travel clinic measures.")
U("Deduplicate the travellerId rows.")

# 13 blood donors ----------------------------------------------------------
use("h53_blood_donor_centres")
A("ATE of `reminder_sms` on `donations_12m`, adjusting for `age`, `sex` and `distance_km`.", "reminder_sms",
  "donations_12m", covariates=["age", "sex", "distance_km"])
A("Does giving iron tablets keep haemoglobin up?", "iron_supp", "hb_post")
A("ate snack_given -> vasovagal", "snack_given", "vasovagal")
A("Do text reminders make people donate more often?", "reminder_sms", None, clarify=True)
A("Effect of iron supplements on deferral for donors who were not given them.", "iron_supp", "deferral",
  estimand="atc")
A("Are fainting episodes brought on by longer waits in the centre?", "wait_min", "vasovagal")
A("Does a free t-shirt incentive increase donations over 24 months?", None, "donations_24m", clarify=True)
C("Effect of `iron_supp` on `hb_post` for women", "iron_supp", "hb_post", at={"sex": "female"})
C("For plasma donors, do SMS reminders increase donations over 24 months?", "reminder_sms", "donations_24m",
  at={"donation_type": "plasma"})
C("How does the effect of a post-donation snack on fainting vary with age?", "snack_given", "vasovagal")
C("effect of reminders on 12-month donations for donors living 20 km away", "reminder_sms", "donations_12m",
  at={"distance_km": 20})
P("Which donors should receive SMS reminders to maximise donations over 24 months?", "reminder_sms",
  "donations_24m")
P("Who should be given iron supplements to minimise `deferral`?", "iron_supp", "deferral")
M("Iron supplements work by raising haemoglobin, which then avoids deferral. How much of the effect passes through `hb_post`?",
  "iron_supp", "hb_post", "deferral")
M("decompose snack_given effect on satisfaction_v2 into direct and via vasovagal", "snack_given", "vasovagal",
  "satisfaction_v2")
D("What is the causal structure among the donor variables? Identify the arrows.")

# 14 egg freezing ----------------------------------------------------------
use("h53_egg_freezing_clinics")
A("ATE of `gnrh_trig` on `ohss` adjusting for `afc` and `amh_bl`.", "gnrh_trig", "ohss",
  covariates=["afc", "amh_bl"])
A("Does DHEA supplementation yield more mature eggs?", "dhea", "oocytes_mii")
A("ate fsh_dose_iu -> oocytes_ret", "fsh_dose_iu", "oocytes_ret")
A("Does DHEA increase the number of eggs?", "dhea", None, clarify=True)
A("Effect of the GnRH trigger on mature oocyte yield in those who had it.", "gnrh_trig", "oocytes_mii",
  estimand="att")
A("Does acupuncture improve the number of eggs retrieved (`oocytes_ret`)?", None, "oocytes_ret", clarify=True)
A("Is decision regret five years on affected by the number of mature eggs frozen?", "oocytes_mii", "regret_5y")
C("Effect of FSH dose on retrieved oocytes for women aged 38.", "fsh_dose_iu", "oocytes_ret", at={"age_yr": 38})
C("Under the antagonist protocol, what does the GnRH trigger do to OHSS risk?", "gnrh_trig", "ohss",
  at={"stim_prot": "antagonist"})
C("how does the effect of dhea on oocytes_mii vary with amh_bl?", "dhea", "oocytes_mii")
C("effect of fsh_dose_iu on ohss at afc 20", "fsh_dose_iu", "ohss", at={"afc": 20})
P("Which patients should get a GnRH agonist trigger to minimise OHSS?", "gnrh_trig", "ohss")
P("Who should be offered DHEA to maximise mature eggs retrieved?", "dhea", "oocytes_mii")
M("A higher stimulation dose gets more eggs out, which then reduces regret at five years. How much of `fsh_dose_iu`'s effect on `regret_5y` runs through `oocytes_ret`?",
  "fsh_dose_iu", "oocytes_ret", "regret_5y")
M("direct and indirect effect of dhea on oocytes_mii via amh_6m", "dhea", "amh_6m", "oocytes_mii")
D("Learn the causal graph for the egg freezing cycles.")

# 15 petting zoos ----------------------------------------------------------
use("h53_petting_zoos")
A("Estimate the average effect of (sinks) on (illness after), adjusting for (animals) and (setting).", "sinks",
  "illness after", covariates=["animals", "setting"])
A("Does letting visitors feed the animals bring in more donations?", "feeding allowed", "donations")
A("ate signage -> illness after", "signage", "illness after")
A("Does allowing feeding increase visitor numbers?", "feeding allowed", None, clarify=True)
A("Effect of hand-washing signage on illness for the zoos that put signs up.", "signage", "illness after",
  estimand="att")
A("Is the adjusted rating pulled down by dearer tickets?", "ticket price", "rating adjusted")
A("school trips effect on summer visitors, controlling for area", "school trips", "visitors summer",
  covariates=["area"])
C("Effect of (feeding allowed) on (illness after) for farm park sites.", "feeding allowed", "illness after",
  at={"setting": "farm park"})
C("For zoos over 2 ha, what does adding sinks do to illness reports afterwards?", "sinks", "illness after",
  at={"area": 2})
C("How does the effect of signage on illness vary with the number of animals?", "signage", "illness after")
C("effect of school trips on donations when there are 5 keepers", "school trips", "donations", at={"keepers": 5})
P("Which zoos should install more hand-washing sinks to cut illness reports?", "sinks", "illness after")
P("Where should feeding be allowed to maximise visitor numbers?", "feeding allowed", None, clarify=True)
M("Allowing feeding draws more summer visitors, who then give more donations. What share of the effect on donations is via (visitors summer)?",
  "feeding allowed", "visitors summer", "donations")
M("How much of the effect of feeding allowed on donations runs through the adjusted rating?", "feeding allowed",
  "rating adjusted", "donations")
D("Work out which petting-zoo features cause which outcomes: full causal structure, no particular treatment.")

# none: unsupported --------------------------------------------------------
for t in ["hi there!",
          "Tell me a joke about vaccines.",
          "What's the capital of Portugal?",
          "Write a SQL query joining the orders and customers tables on customer_id.",
          "Forecast next year's UK inflation rate.",
          "Explain what a p-value is in two sentences.",
          "Convert this CSV file to parquet.",
          "good morning, how are you"]:
    U(t, dataset="none")

# none: audit --------------------------------------------------------------
AUD = [
    ("Would the chatbot recommend a different loan amount if the applicant's race were changed, everything else the same?",
     "race", "loan amount"),
    ("Check whether our LLM hiring assistant changes its shortlist decision when the candidate's gender is swapped.",
     "gender", "shortlist decision"),
    ("If we change only the patient's age in the prompt, does the AI triage tool assign a different priority?",
     "age", "priority"),
    ("Audit the language model: does switching the tenant's religion alter its rental approval?", "religion",
     "rental approval"),
    ("Does the assistant give different scholarship recommendations when the applicant is described as disabled versus not, all else equal?",
     "disability", "scholarship recommendations"),
    ("Counterfactual fairness test: swap the name on the CV from Emily to Lakisha. Does the model's interview recommendation change?",
     "name", "interview recommendation"),
    ("Does our voice assistant's job-suitability score change when the speaker has a Nigerian accent instead of a British one, all else equal?",
     "accent", "job-suitability score"),
    ("Is the AI underwriter's premium quote sensitive to the applicant's sexual orientation, holding everything else fixed?",
     "sexual orientation", "premium quote"),
    ("Does the chatbot's bail recommendation flip if the defendant's race is changed?", "race",
     "bail recommendation"),
    ("audit llm: gender -> promotion decision", "gender", "promotion decision"),
    ("Would the tutoring bot put a student in the advanced maths track if the student were a girl rather than a boy, nothing else different?",
     "gender", "advanced maths track"),
    ("If an applicant's nationality changed but nothing else, would the AI visa screener change its approval?",
     "nationality", "approval"),
    ("Test whether the LM's specialist referral for a patient depends on the patient's weight, with the vignette otherwise identical.",
     "weight", "specialist referral"),
    ("Does the language model's mortgage approval differ for a 68-year-old versus a 35-year-old applicant, all else equal?",
     "age", "mortgage approval"),
    ("Counterfactually flip the religion mentioned in the cover letter: does the chatbot's hiring recommendation stay the same?",
     "religion", "hiring recommendation"),
    ("Is an AI letting assistant's tenancy decision affected by whether the applicant uses a wheelchair, everything else identical?",
     "wheelchair use", "tenancy decision"),
    ("Would an AI recruiter suggest a lower salary offer if the candidate's name sounded Arabic?", "name",
     "salary offer"),
    ("Measure whether swapping the patient's race in otherwise identical vignettes changes the LLM's pain medication recommendation.",
     "race", "pain medication recommendation"),
]
for text, t, y in AUD:
    Q(text, "audit", t, y, dataset="none")

# none: relation -----------------------------------------------------------
REL = [
    "Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among them are: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is that true?",
    "Premise: X and Y are correlated; Y and Z are correlated; X and Z are independent, but X and Z become dependent given Y. Does Z cause Y?",
    "Given: A is correlated with B, A is correlated with C, B is independent of C given A. Can we conclude that B causes C?",
    "There are four variables A, B, C, D. A correlates with B, C and D. B correlates with C and D. C correlates with D. B and D are independent given A and C. Does A cause D?",
    "a and b correlated, b and c correlated, a independent of c. is b a common effect of a and c?",
    "Among P, Q and R every pair is correlated and no conditional independence holds. Is P necessarily a cause of R?",
    "Premises: A correlates with C. B correlates with C. A and B are independent. A and B are dependent given C. Hypothesis: C is a confounder of A and B. True or false?",
    "Variables W, X, Y. W correlates with X; X correlates with Y; W is independent of Y given X. Is X a mediator between W and Y, or could it be a common cause?",
    "Suppose A and B are correlated, but independent once we condition on C, and C is correlated with both. Does A directly cause B?",
    "Four variables: A independent of B; A correlates with C; B correlates with C; C correlates with D; A independent of D given C; B independent of D given C. Does C cause D?",
]
for text in REL:
    Q(text, "relation", dataset="none")

# none: generate -----------------------------------------------------------
GEN = [
    "Generate a synthetic dataset of 1,000 rows from the DAG A -> B -> C plus A -> C, with linear Gaussian equations.",
    "Create a benchmark dataset from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e.",
    "Have a language model write the structural equations for a DAG where smoking -> tar -> cancer, then sample 5,000 rows.",
    "simulate data from graph Z->X, Z->Y, X->Y, n=500",
    "I need a toy causal dataset with a known treatment effect of 3 for testing estimators; include a hidden confounder U.",
    "Let an LLM pick plausible variable meanings and functional forms for a random 5-node DAG and generate samples from it.",
    "Synthesise an observational dataset with an instrument Z, a treatment D and an outcome Y where the true effect is 1.5.",
    "Generate samples from the structural causal model rain -> wet grass <- sprinkler, all binary.",
    "Produce a semi-synthetic benchmark: a language model proposes nonlinear equations for each node of the DAG W->T->Y, W->Y.",
    "make a fake dataset for a mediation benchmark: T -> M -> Y plus T -> Y, n = 2000",
]
for text in GEN:
    Q(text, "generate", dataset="none")


# ---------------------------------------------------------------- validate
def validate():
    assert len(QS) == len({q["question"] for q in QS}), "duplicate question"
    for name, d in DS.items():
        assert name.startswith("h53_")
        assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
        types = [c["type"] for c in d["columns"].values()]
        assert types.count("id") == 1, name
        for c, spec in d["columns"].items():
            assert spec["type"] in ("id", "binary", "numeric", "categorical", "date", "text")
            if spec["type"] != "categorical":
                assert len(spec["values"]) == 3, (name, c)
    for q in QS:
        e = q["expected"]
        k = e["kind"]
        if q["dataset"] == "none":
            assert k in ("unsupported", "audit", "relation", "generate"), q
            continue
        cols = DS[q["dataset"]]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            v = e[role]
            assert v is None or v in cols, (q["question"], role, v)
        if k in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None
        if k != "mediation":
            assert e["mediator"] is None, q
        if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], q
        if e.get("clarify"):
            assert e["treatment"] is None or e["outcome"] is None, q
        for c in e.get("covariates", []):
            assert c in cols, (q["question"], c)
        if "instrument" in e:
            assert e["instrument"] in cols
        if "at" in e:
            assert k == "cate"
            for c, v in e["at"].items():
                assert c in cols, (q["question"], c)
                if cols[c]["type"] == "categorical":
                    assert v in cols[c]["values"], (q["question"], v)
                else:
                    assert isinstance(v, (int, float)), q


validate()

qs = list(QS)
random.Random(SEED).shuffle(qs)

with open("datasets.json", "w", encoding="utf-8") as f:
    json.dump(DS, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open("questions.jsonl", "w", encoding="utf-8") as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- README
def readme():
    import datetime
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    kinds = Counter(q["expected"]["kind"] for q in QS)
    mods = Counter()
    for q in QS:
        e = q["expected"]
        if "covariates" in e:
            mods["covariates"] += 1
        if "instrument" in e:
            mods["instrument"] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
        if "at" in e:
            mods["at"] += 1
        if e.get("clarify"):
            mods["clarify"] += 1
    withds = sum(1 for q in QS if q["dataset"] != "none")
    L = ["# Question set h53 (split `test`, origin `heldout53`)", "",
         "Written by data writer **h53** on %s, from the writer's own knowledge (no project files read)." % now, "",
         "Regenerate with `python3 make_h53.py` (shuffle seed 53053).", "",
         "%d questions (%d on a dataset, %d with `\"dataset\": \"none\"`) over %d datasets."
         % (len(QS), withds, len(QS) - withds, len(DS)), "",
         "## Datasets (domain — columns — naming style)", ""]
    for name, d in DS.items():
        L.append("- `%s` — %s — %d columns — %s" % (name, DOMAIN[name], len(d["columns"]), STYLE[name]))
    L += ["", "## Counts by kind", ""]
    for k in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"):
        L.append("- %s: %d" % (k, kinds[k]))
    L += ["", "## Counts by modifier", ""]
    for k in ("covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify"):
        L.append("- %s: %d" % (k, mods[k]))
    L += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names, or `null` where the kind has none "
          "(discover, unsupported, relation, generate) or the role cannot be resolved (clarify).",
          "- A question naming no version of a baseline/follow-up pair gets the follow-up column "
          "(`_post`, `_12m`, `_6m`, `after`, `Post`) as outcome, without clarify.",
          "- `clarify: true` when the question is ambiguous between parallel columns (30d/90d, weekday/weekend, "
          "SBP/DBP, v1/v2, gross/net, retrieved/mature eggs, spring/summer), names a variable the data lacks, "
          "or gives no direction; the unresolvable role is `null`.",
          "- `covariates` only where the question says adjust/control/hold fixed; `instrument` only where named "
          "as an instrument; `estimand` `att` for \"those who did/received\", `atc` for \"those who did not\".",
          "- Subgroup filters and \"at a value\" conditions are `cate` with `at` (numbers for numeric/binary, level "
          "strings for categoricals; \"over 40\" → 40). Effect-heterogeneity questions (\"how does it vary\", "
          "\"who benefits most\") are `cate` without `at`.",
          "- Policy: `treatment` = action column, `outcome` = goal column.",
          "- Audit: `treatment` = the attribute as a short phrase, `outcome` = the shortest noun phrase naming "
          "the decision.",
          "- `columns` in each question lists all the dataset's columns in dataset order (`null` for `none`).",
          ""]
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


readme()
print(len(QS), "questions,", len(DS), "datasets")
print(dict(Counter(q["expected"]["kind"] for q in QS)))
