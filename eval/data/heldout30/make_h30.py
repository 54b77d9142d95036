#!/usr/bin/env python3
"""Generator for the h30 held-out question set (split=test, origin=heldout30)."""
import json
import os
import random
import subprocess
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "test"
ORIGIN = "heldout30"
SEED = 30030

B = [0, 1]

# ---------------------------------------------------------------- datasets
DATASETS = {}


def ds(name, desc, cols):
    DATASETS[name] = {
        "description": desc,
        "columns": {c: {"type": t, "values": v} for c, t, v in cols},
    }


ds("h30_sundial_restorers",
   "One row per sundial restoration job handled by an independent restorer.",
   [("rest_id", "id", ["R0001", "R0002", "R0003"]),
    ("yrs_exp", "numeric", [3, 12, 27]),
    ("lsr_cln", "binary", B),
    ("gnm_rcal", "binary", B),
    ("patina_rm", "numeric", [15, 40, 85]),
    ("acc_err_pre", "numeric", [22.0, 8.5, 41.0]),
    ("acc_err_post", "numeric", [4.0, 2.5, 11.0]),
    ("cust_sat", "numeric", [3.2, 4.5, 4.9]),
    ("cust_sat_v2", "numeric", [61, 78, 92]),
    ("cmp_30d", "binary", B),
    ("cmp_90d", "binary", B),
    ("reg", "categorical", ["north", "south", "east", "west"]),
    ("mat", "categorical", ["bronze", "slate", "marble", "limestone"]),
    ("cert_lvl", "categorical", ["none", "basic", "master"]),
    ("price_gbp", "numeric", [250, 900, 2400]),
    ("n_jobs", "numeric", [4, 19, 63]),
    ("rwk_dt", "date", ["2021-03-14", "2022-07-02", "2023-11-20"]),
    ("notes", "text", ["gnomon bent", "lichen on face", "hour lines faded"])])

ds("h30_xylophone_makers",
   "Instrument-level records from small xylophone and marimba workshops.",
   [("makerId", "id", ["XM-101", "XM-102", "XM-103"]),
    ("kilnDried", "binary", B),
    ("woodType", "categorical", ["rosewood", "padauk", "maple", "synthetic"]),
    ("tuningPasses", "numeric", [1, 3, 6]),
    ("resonatorFitted", "binary", B),
    ("sustainMs", "numeric", [420, 880, 1350]),
    ("pitchDevCentsPre", "numeric", [18, 9, 33]),
    ("pitchDevCentsPost", "numeric", [4, 2, 12]),
    ("reviewScore", "numeric", [3.1, 4.2, 4.8]),
    ("reviewScoreV2", "numeric", [55, 72, 90]),
    ("returns30d", "binary", B),
    ("returns90d", "binary", B),
    ("unitPriceUsd", "numeric", [350, 1200, 5400]),
    ("workshopSize", "categorical", ["solo", "small", "medium", "large"]),
    ("apprenticeCount", "numeric", [0, 2, 5]),
    ("warrantyYrs", "numeric", [1, 2, 5]),
    ("shipDate", "date", ["2022-02-11", "2022-09-30", "2023-05-06"]),
    ("makerNotes", "text", ["bar 3 re-cut", "custom frame", "rush order"])])

ds("h30_kazoo_factories",
   "Factory-quarter panel for kazoo manufacturers.",
   [("FACTORY_ID", "id", ["KZ01", "KZ02", "KZ03"]),
    ("AUTO_LINE", "binary", B),
    ("QC_INSPECT", "binary", B),
    ("SUBSIDY_ELIG", "binary", B),
    ("MEMBRANE_TYPE", "categorical", ["WAX_PAPER", "MYLAR", "PLASTIC"]),
    ("TRAIN_HRS", "numeric", [0, 12, 40]),
    ("SHIFT_HRS", "numeric", [8, 10, 12]),
    ("DEFECT_RATE_Q1", "numeric", [0.031, 0.012, 0.058]),
    ("DEFECT_RATE_Q4", "numeric", [0.022, 0.009, 0.047]),
    ("BUZZ_SCORE", "numeric", [6.1, 7.4, 8.9]),
    ("BUZZ_SCORE_V2", "numeric", [58, 71, 86]),
    ("RETURNS_30D", "binary", B),
    ("RETURNS_90D", "binary", B),
    ("STAFF_TURNOVER", "numeric", [0.08, 0.15, 0.31]),
    ("STAFF_ATTRITION", "numeric", [0.07, 0.14, 0.29]),
    ("OUTPUT_UNITS", "numeric", [12000, 48000, 150000]),
    ("REGION", "categorical", ["EU", "NA", "APAC", "LATAM"]),
    ("OPEN_DATE", "date", ["1998-05-01", "2009-10-15", "2017-03-22"])])

ds("h30_parachute_schools",
   "Student-level outcomes from skydiving / parachute training schools.",
   [("school_id", "id", ["PS-01", "PS-02", "PS-03"]),
    ("tunnel_training", "binary", B),
    ("video_debrief", "binary", B),
    ("ground_hours", "numeric", [4, 8, 16]),
    ("canopy_size", "numeric", [170, 210, 260]),
    ("anxiety_before", "numeric", [62, 45, 80]),
    ("anxiety_after", "numeric", [40, 30, 58]),
    ("landing_score", "numeric", [5.5, 7.0, 8.5]),
    ("landing_score_revised", "numeric", [52, 68, 84]),
    ("injuries_first_month", "binary", B),
    ("injuries_first_year", "binary", B),
    ("student_age", "numeric", [19, 30, 52]),
    ("wind_speed", "numeric", [5, 12, 20]),
    ("drop_zone", "categorical", ["coastal", "desert", "mountain", "farmland"]),
    ("instructor_experience", "numeric", [2, 9, 25]),
    ("certified", "binary", B),
    ("enrolment_date", "date", ["2022-04-03", "2022-08-19", "2023-06-11"])])

ds("h30_macaron_patisseries",
   "Shop-month records for macaron patisseries.",
   [("shop_id", "id", ["MP-07", "MP-12", "MP-31"]),
    ("alm_src", "categorical", ["local", "imported", "mixed"]),
    ("agd_wht", "binary", B),
    ("rst_min", "numeric", [20, 45, 90]),
    ("ovn_conv", "binary", B),
    ("hum_pct", "numeric", [45, 60, 75]),
    ("crk_rt_bl", "numeric", [0.12, 0.08, 0.20]),
    ("crk_rt_6m", "numeric", [0.07, 0.05, 0.15]),
    ("ft_scr", "numeric", [6.0, 7.5, 9.0]),
    ("ft_scr_v2", "numeric", [60, 74, 91]),
    ("rev_wkd", "numeric", [1800, 3200, 5400]),
    ("rev_wkdy", "numeric", [900, 1500, 2600]),
    ("ig_posts", "numeric", [0, 6, 20]),
    ("foot_trf", "numeric", [300, 850, 2100]),
    ("sell_thru", "numeric", [0.62, 0.81, 0.95]),
    ("prc_eur", "numeric", [1.8, 2.4, 3.2]),
    ("loc_typ", "categorical", ["centre", "suburb", "station", "market"]),
    ("opn_dt", "date", ["2015-09-01", "2019-02-14", "2021-11-30"])])

ds("h30_didgeridoo_workshops",
   "Workshop-level sales and quality data from didgeridoo makers.",
   [("workshopId", "id", ["DW-1", "DW-2", "DW-3"]),
    ("termiteHollowed", "binary", B),
    ("waxMouthpiece", "binary", B),
    ("eucalyptSpecies", "categorical", ["stringybark", "bloodwood", "ironbark", "woollybutt"]),
    ("boreDiamMm", "numeric", [30, 45, 60]),
    ("craftTrainingHrs", "numeric", [0, 20, 80]),
    ("droneHz", "numeric", [65, 73, 82]),
    ("toneRatingBl", "numeric", [5.8, 6.9, 7.7]),
    ("toneRating12m", "numeric", [6.4, 7.3, 8.6]),
    ("buyerScore", "numeric", [3.6, 4.3, 4.9]),
    ("buyerScoreV2", "numeric", [62, 77, 93]),
    ("sales30d", "numeric", [3, 11, 28]),
    ("sales90d", "numeric", [10, 31, 77]),
    ("tourBusStop", "binary", B),
    ("artistAgeYrs", "numeric", [24, 41, 67]),
    ("stateCode", "categorical", ["NT", "WA", "QLD", "SA"]),
    ("priceAud", "numeric", [180, 450, 1600]),
    ("firstSaleDate", "date", ["2016-06-01", "2019-01-20", "2022-08-08"])])

ds("h30_goulash_restaurants",
   "Restaurant-level data from goulash restaurants in Hungarian cities.",
   [("REST_ID", "id", ["G001", "G002", "G003"]),
    ("SMOKED_PAPRIKA", "binary", B),
    ("SLOW_COOK", "binary", B),
    ("MENU_REVAMP", "binary", B),
    ("PAPRIKA_G", "numeric", [4, 8, 15]),
    ("COOK_HRS", "numeric", [1.5, 3, 6]),
    ("CITY", "categorical", ["BUDAPEST", "SZEGED", "DEBRECEN", "PECS"]),
    ("RATING_PRE", "numeric", [3.9, 4.2, 4.6]),
    ("RATING_POST", "numeric", [4.0, 4.4, 4.8]),
    ("REPEAT_30D", "numeric", [0.12, 0.21, 0.34]),
    ("REPEAT_90D", "numeric", [0.25, 0.38, 0.52]),
    ("COVERS_LUNCH", "numeric", [40, 85, 160]),
    ("COVERS_DINNER", "numeric", [60, 120, 240]),
    ("PRICE_HUF", "numeric", [2500, 3500, 5200]),
    ("TOURIST_SHARE", "numeric", [0.1, 0.35, 0.7]),
    ("STAFF_N", "numeric", [4, 9, 18]),
    ("WAIT_MIN", "numeric", [8, 15, 32]),
    ("OPEN_DT", "date", ["2001-04-01", "2012-09-12", "2020-06-25"])])

ds("h30_borscht_kitchens",
   "Kitchen-level operations data for borscht kitchens and canteens.",
   [("kitchen_id", "id", ["BK-100", "BK-101", "BK-102"]),
    ("fermented_beet", "binary", B),
    ("sour_cream_served", "binary", B),
    ("staff_training", "binary", B),
    ("beet_source", "categorical", ["own_garden", "market", "wholesale"]),
    ("simmer_minutes", "numeric", [45, 90, 180]),
    ("portion_grams", "numeric", [250, 350, 500]),
    ("waste_kg_before", "numeric", [14, 22, 40]),
    ("waste_kg_after", "numeric", [10, 18, 33]),
    ("taste_score", "numeric", [6.2, 7.4, 8.8]),
    ("taste_score_new", "numeric", [58, 73, 90]),
    ("diners_weekday", "numeric", [60, 140, 300]),
    ("diners_weekend", "numeric", [90, 210, 420]),
    ("chef_tenure_years", "numeric", [1, 6, 22]),
    ("district", "categorical", ["urban", "suburban", "rural"]),
    ("hygiene_rating", "numeric", [3, 4, 5]),
    ("price", "numeric", [4.5, 6.0, 9.5]),
    ("opened", "date", ["2008-01-15", "2016-05-03", "2021-10-09"])])

ds("h30_seitan_producers",
   "Producer-level data from small seitan (wheat-gluten) manufacturers.",
   [("prod_id", "id", ["SP-21", "SP-22", "SP-23"]),
    ("vwg_pct", "numeric", [60, 75, 90]),
    ("knd_min", "numeric", [5, 12, 25]),
    ("ck_mthd", "categorical", ["steam", "boil", "bake"]),
    ("org_cert", "binary", B),
    ("mrnd", "binary", B),
    ("prot_g", "numeric", [21, 25, 30]),
    ("chew_idx", "numeric", [4.2, 5.8, 7.1]),
    ("chew_idx_v2", "numeric", [48, 63, 79]),
    ("shelf_d", "numeric", [7, 14, 30]),
    ("rtl_ord_q1", "numeric", [120, 340, 900]),
    ("rtl_ord_q4", "numeric", [150, 390, 1100]),
    ("churn_3m", "binary", B),
    ("churn_12m", "binary", B),
    ("mktg_spd", "numeric", [500, 2500, 12000]),
    ("co_size", "categorical", ["micro", "small", "mid"]),
    ("lnch_dt", "date", ["2014-03-01", "2018-07-19", "2022-01-05"])])

ds("h30_beetroot_farms",
   "Farm-season records from beetroot growers.",
   [("farmId", "id", ["BF-0011", "BF-0012", "BF-0013"]),
    ("dripIrrigation", "binary", B),
    ("boronApplied", "binary", B),
    ("coverCrop", "binary", B),
    ("organic", "binary", B),
    ("soilPh", "numeric", [5.8, 6.5, 7.3]),
    ("soilType", "categorical", ["clay", "loam", "sand", "silt"]),
    ("rainfallMm", "numeric", [380, 560, 820]),
    ("fertilizerKgHa", "numeric", [60, 120, 200]),
    ("distToCoopKm", "numeric", [2, 15, 48]),
    ("yieldTHaPrev", "numeric", [28, 41, 55]),
    ("yieldTHaCurr", "numeric", [31, 44, 60]),
    ("sugarBrix", "numeric", [8.5, 10.2, 12.0]),
    ("sugarBrixV2", "numeric", [8.9, 10.6, 12.4]),
    ("pestIncidence30d", "numeric", [0.02, 0.08, 0.2]),
    ("pestIncidence90d", "numeric", [0.05, 0.14, 0.33]),
    ("farmerAge", "numeric", [29, 47, 68]),
    ("harvestDate", "date", ["2022-09-15", "2023-10-02", "2024-09-28"])])

ds("h30_celery_growers",
   "Field-level data from celery growers.",
   [("GROWER_ID", "id", ["CG-501", "CG-502", "CG-503"]),
    ("BLANCH", "binary", B),
    ("GH", "binary", B),
    ("MULCH", "binary", B),
    ("SOIL", "categorical", ["MUCK", "LOAM", "SANDY"]),
    ("IRRIG_MM", "numeric", [200, 350, 520]),
    ("N_KG_HA", "numeric", [80, 150, 240]),
    ("TEMP_C", "numeric", [14, 18, 24]),
    ("STALK_LEN_BL", "numeric", [8, 11, 14]),
    ("STALK_LEN_WK8", "numeric", [28, 35, 44]),
    ("CRISP_IDX", "numeric", [5.5, 6.8, 8.1]),
    ("CRISP_IDX2", "numeric", [55, 68, 83]),
    ("BOLT_RATE", "numeric", [0.01, 0.05, 0.14]),
    ("REJECT_7D", "numeric", [0.02, 0.06, 0.12]),
    ("REJECT_28D", "numeric", [0.04, 0.10, 0.21]),
    ("PLOT_HA", "numeric", [0.5, 2, 8]),
    ("LABOUR_HRS", "numeric", [120, 300, 900]),
    ("PLANT_DT", "date", ["2023-03-10", "2023-04-02", "2024-03-18"])])

ds("h30_shallot_farms",
   "Farm-level records from shallot growers in north-western France.",
   [("farm_id", "id", ["SH-1", "SH-2", "SH-3"]),
    ("straw_mulch", "binary", B),
    ("sulphur_applied", "binary", B),
    ("co_op_member", "binary", B),
    ("planting_density", "numeric", [20, 28, 40]),
    ("weeding_passes", "numeric", [1, 3, 5]),
    ("bulbs_per_cluster", "numeric", [5, 8, 12]),
    ("yield_before", "numeric", [14, 19, 26]),
    ("yield_after", "numeric", [16, 21, 29]),
    ("storage_loss_3mo", "numeric", [0.03, 0.07, 0.15]),
    ("storage_loss_6mo", "numeric", [0.08, 0.15, 0.28]),
    ("pungency", "numeric", [4, 6, 9]),
    ("pungency_revised", "numeric", [40, 58, 85]),
    ("rainfall", "numeric", [520, 680, 840]),
    ("region", "categorical", ["brittany", "loire", "normandy", "north"]),
    ("farm_size_ha", "numeric", [2, 5, 18]),
    ("price_per_kg", "numeric", [1.9, 2.6, 3.8]),
    ("planting_date", "date", ["2023-02-20", "2023-03-11", "2024-02-28"])])

ds("h30_starfruit_orchards",
   "Orchard-season records from starfruit (carambola) growers.",
   [("orch_id", "id", ["SO-71", "SO-72", "SO-73"]),
    ("bgg", "binary", B),
    ("irr_dr", "binary", B),
    ("prn_int", "numeric", [0.1, 0.25, 0.4]),
    ("k_fert_kg", "numeric", [40, 90, 150]),
    ("tree_age_y", "numeric", [4, 10, 22]),
    ("oxal_mg", "numeric", [80, 140, 210]),
    ("brix_bl", "numeric", [6.5, 7.8, 9.0]),
    ("brix_hv", "numeric", [7.2, 8.6, 10.1]),
    ("frt_wt_g", "numeric", [90, 130, 180]),
    ("frt_wt_g_v2", "numeric", [95, 128, 176]),
    ("fly_dmg_30d", "numeric", [0.02, 0.06, 0.15]),
    ("fly_dmg_60d", "numeric", [0.05, 0.12, 0.26]),
    ("cultivar", "categorical", ["b10", "b17", "arkin", "kary"]),
    ("elev_m", "numeric", [20, 300, 750]),
    ("orch_ha", "numeric", [1, 4, 15]),
    ("exp_shr", "numeric", [0.0, 0.3, 0.7]),
    ("hvst_dt", "date", ["2023-01-12", "2023-08-03", "2024-01-20"])])

ds("h30_tamarind_plantations",
   "Plantation-level data from tamarind growers in southern and western India.",
   [("plantationId", "id", ["TP-900", "TP-901", "TP-902"]),
    ("intercropped", "binary", B),
    ("shadeNetUsed", "binary", B),
    ("pestSpray", "binary", B),
    ("fairTrade", "binary", B),
    ("labourDays", "numeric", [40, 110, 260]),
    ("treeAgeYrs", "numeric", [12, 25, 60]),
    ("rainfallMm", "numeric", [600, 800, 1100]),
    ("podsPerTree", "numeric", [300, 650, 1200]),
    ("pulpYieldKgPre", "numeric", [900, 2100, 5200]),
    ("pulpYieldKgPost", "numeric", [1000, 2350, 5600]),
    ("pulpAcidity", "numeric", [10.5, 12.8, 15.1]),
    ("pulpAcidityV2", "numeric", [10.2, 12.5, 14.9]),
    ("buyerPricePerKg", "numeric", [38, 52, 75]),
    ("incomeGrowth1y", "numeric", [-0.05, 0.06, 0.18]),
    ("incomeGrowth3y", "numeric", [0.02, 0.15, 0.41]),
    ("state", "categorical", ["Karnataka", "TamilNadu", "Andhra", "Maharashtra"]),
    ("harvestStart", "date", ["2023-01-05", "2023-02-14", "2024-01-22"])])

ds("h30_zeppelin_tour_operators",
   "Operator-season data from zeppelin / airship sightseeing tour companies.",
   [("OPERATOR_ID", "id", ["ZT-01", "ZT-02", "ZT-03"]),
    ("NIGHT_TOURS", "binary", B),
    ("DYN_PRICING", "binary", B),
    ("SAFETY_BRIEF", "binary", B),
    ("FLEET_SIZE", "numeric", [1, 3, 7]),
    ("PILOT_HRS", "numeric", [800, 2400, 6100]),
    ("WIND_KTS", "numeric", [6, 12, 20]),
    ("TICKET_EUR", "numeric", [95, 150, 320]),
    ("LOAD_FACTOR", "numeric", [0.55, 0.74, 0.93]),
    ("BOOKINGS_PRE", "numeric", [800, 2300, 6000]),
    ("BOOKINGS_POST", "numeric", [900, 2500, 6600]),
    ("NPS", "numeric", [22, 41, 68]),
    ("NPS_V2", "numeric", [30, 47, 72]),
    ("CANCEL_7D", "numeric", [0.02, 0.05, 0.11]),
    ("CANCEL_30D", "numeric", [0.04, 0.09, 0.18]),
    ("ROUTE", "categorical", ["ALPINE", "LAKE", "COASTAL", "CITY"]),
    ("REVIEW_CT", "numeric", [40, 260, 1500]),
    ("LAUNCH_DT", "date", ["2010-05-01", "2016-04-12", "2021-06-30"])])

# ---------------------------------------------------------------- questions
ITEMS = []  # (question_dict, style)


def Q(d, style, text, kind, t=None, y=None, m=None, cov=None, at=None,
      est=None, inst=None, clar=False):
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
    name = d if d == "none" else "h30_" + d
    cols = None if d == "none" else list(DATASETS[name]["columns"].keys())
    ITEMS.append(({"question": text, "dataset": name, "columns": cols,
                   "split": SPLIT, "origin": ORIGIN, "expected": exp}, style))


# styles: m = machine/identifier, n = natural paraphrase, t = terse/typo/fragment,
#         o = other (outcome-first, passive, confounding, story, conditional ...)

# ---- sundial restorers
d = "sundial_restorers"
Q(d, "m", "Estimate the average treatment effect of laser cleaning (`lsr_cln`) on post-restoration timekeeping error (`acc_err_post`), adjusting for `acc_err_pre` and `mat`.", "ate", "lsr_cln", "acc_err_post", cov=["acc_err_pre", "mat"])
Q(d, "o", "Does recalibrating the gnomon genuinely make restored dials keep better time, or is the apparent improvement just confounding?", "ate", "gnm_rcal", "acc_err_post")
Q(d, "t", "ate lsr_cln -> cust_sat_v2 adj yrs_exp", "ate", "lsr_cln", "cust_sat_v2", cov=["yrs_exp"])
Q(d, "o", "Is the chance of a customer complaint within three months lowered by gnomon recalibration?", "ate", "gnm_rcal", "cmp_90d")
Q(d, "n", "What did laser cleaning do to complaints for the restorers who actually used it?", "ate", "lsr_cln", None, est="att", clar=True)
Q(d, "m", "Effect of restorer experience (yrs_exp) on the original satisfaction rating (cust_sat), controlling for mat and reg.", "ate", "yrs_exp", "cust_sat", cov=["mat", "reg"])
Q(d, "n", "If a dial hadn't been laser-cleaned, would the odds of the owner complaining in the first month have been any different? Give me the average effect.", "ate", "lsr_cln", "cmp_30d")
Q(d, "t", "how much does a master cert change price charged", "ate", "cert_lvl", "price_gbp")
Q(d, "m", "Effect of `lsr_cln` on `acc_err_post` for marble dials only.", "cate", "lsr_cln", "acc_err_post", at={"mat": "marble"})
Q(d, "n", "How does the timekeeping benefit of resetting the gnomon differ between novice and veteran restorers?", "cate", "gnm_rcal", "acc_err_post")
Q(d, "o", "Under the condition that the restorer holds a master certification, what does laser cleaning do to the revised satisfaction score?", "cate", "lsr_cln", "cust_sat_v2", at={"cert_lvl": "master"})
Q(d, "t", "lsr_cln effect on cmp_90d, north region", "cate", "lsr_cln", "cmp_90d", at={"reg": "north"})
Q(d, "n", "Which sundials should get laser cleaning if we want them to keep the most accurate time afterwards?", "policy", "lsr_cln", "acc_err_post")
Q(d, "m", "Build a targeting rule for gnomon recalibration (`gnm_rcal`) that maximises `cust_sat_v2`.", "policy", "gnm_rcal", "cust_sat_v2")
Q(d, "t", "can only afford recalibration on a third of jobs - which ones, goal = fewer 30-day complaints", "policy", "gnm_rcal", "cmp_30d")
Q(d, "m", "How much of the effect of lsr_cln on cust_sat_v2 is mediated by patina removal (patina_rm)?", "mediation", "lsr_cln", "cust_sat_v2", "patina_rm")
Q(d, "o", "Laser cleaning works by stripping the patina, which then lets the dial read more accurately. What share of the cleaning effect on timekeeping error runs through the amount of patina removed?", "mediation", "lsr_cln", "acc_err_post", "patina_rm")
Q(d, "t", "direct vs indirect effect of gnm_rcal on cmp_90d via acc_err_post", "mediation", "gnm_rcal", "cmp_90d", "acc_err_post")
Q(d, "m", "Learn the causal graph among the variables in h30_sundial_restorers.", "discover")
Q(d, "n", "Which of these restoration factors drive which? Work out how they depend on one another from the data.", "discover")
Q(d, "n", "Plot the distribution of prices by region.", "unsupported")

# ---- xylophone makers
d = "xylophone_makers"
Q(d, "m", "What is the ATE of `kilnDried` on `pitchDevCentsPost`, controlling for `woodType` and `pitchDevCentsPre`?", "ate", "kilnDried", "pitchDevCentsPost", cov=["woodType", "pitchDevCentsPre"])
Q(d, "n", "Do bars cut from oven-seasoned timber stay in tune better?", "ate", "kilnDried", "pitchDevCentsPost")
Q(d, "t", "effect of resonatorFitted on reviewScoreV2", "ate", "resonatorFitted", "reviewScoreV2")
Q(d, "o", "Are 90-day returns really cut by fitting resonators once workshop size is accounted for?", "ate", "resonatorFitted", "returns90d", cov=["workshopSize"])
Q(d, "t", "how much does one extra tuning pass reduce pitch deviaton", "ate", "tuningPasses", "pitchDevCentsPost")
Q(d, "n", "Does kiln drying the wood mean fewer instruments get sent back?", "ate", "kilnDried", None, clar=True)
Q(d, "m", "Estimate the average effect of kiln drying (kilnDried) on the original review score (reviewScore) for the makers who did kiln-dry.", "ate", "kilnDried", "reviewScore", est="att")
Q(d, "n", "What would happen to the selling price if makers offered a longer guarantee?", "ate", "warrantyYrs", "unitPriceUsd")
Q(d, "m", "For rosewood instruments, what is the effect of kilnDried on pitchDevCentsPost?", "cate", "kilnDried", "pitchDevCentsPost", at={"woodType": "rosewood"})
Q(d, "n", "Does the resonator's effect on how long notes ring out vary with the number of tuning passes? Who benefits most?", "cate", "resonatorFitted", "sustainMs")
Q(d, "t", "kilnDried -> returns30d, solo workshops only", "cate", "kilnDried", "returns30d", at={"workshopSize": "solo"})
Q(d, "o", "When makers do 3 tuning passes, how much does kiln-drying change the revised review score?", "cate", "kilnDried", "reviewScoreV2", at={"tuningPasses": 3})
Q(d, "m", "Which makers should fit resonators (resonatorFitted) if we want to maximise reviewScoreV2?", "policy", "resonatorFitted", "reviewScoreV2")
Q(d, "n", "Give me a rule for when to kiln-dry the wood so that fewer instruments come back within three months.", "policy", "kilnDried", "returns90d")
Q(d, "m", "Learn an allocation rule for extra tuning passes (`tuningPasses`) to minimise `pitchDevCentsPost`.", "policy", "tuningPasses", "pitchDevCentsPost")
Q(d, "m", "What fraction of the resonator's impact on reviewScoreV2 goes through longer sustain (sustainMs)?", "mediation", "resonatorFitted", "reviewScoreV2", "sustainMs")
Q(d, "o", "Kiln drying stabilises the wood, which keeps bars close to pitch, which in turn means fewer returns in the first 30 days. How much of the drying effect on returns30d is via pitchDevCentsPost?", "mediation", "kilnDried", "returns30d", "pitchDevCentsPost")
Q(d, "t", "causal structure among woodType, kilnDried, tuningPasses, sustainMs, reviewScore", "discover")
Q(d, "t", "predict next month unit price per maker", "unsupported")

# ---- kazoo factories
d = "kazoo_factories"
Q(d, "m", "Estimate the average effect of `AUTO_LINE` on `DEFECT_RATE_Q4`, adjusting for `DEFECT_RATE_Q1`, `REGION` and `SHIFT_HRS`.", "ate", "AUTO_LINE", "DEFECT_RATE_Q4", cov=["DEFECT_RATE_Q1", "REGION", "SHIFT_HRS"])
Q(d, "o", "Do quality inspections really lower the share of faulty kazoos, or is that confounding?", "ate", "QC_INSPECT", "DEFECT_RATE_Q4")
Q(d, "t", "ate AUTO_LINE on profit margin", "ate", "AUTO_LINE", None, clar=True)
Q(d, "n", "What does an extra hour of staff training do to the chance a batch is returned within 90 days?", "ate", "TRAIN_HRS", "RETURNS_90D")
Q(d, "n", "Does automating the line affect how many workers quit?", "ate", "AUTO_LINE", None, clar=True)
Q(d, "o", "Is the revised buzz quality score (BUZZ_SCORE_V2) raised by the choice of membrane material (MEMBRANE_TYPE)?", "ate", "MEMBRANE_TYPE", "BUZZ_SCORE_V2")
Q(d, "m", "For the factories that adopted QC inspection (QC_INSPECT = 1), what was the effect on RETURNS_30D?", "ate", "QC_INSPECT", "RETURNS_30D", est="att")
Q(d, "t", "IV: instrument AUTO_LINE w/ SUBSIDY_ELIG, outcome DEFECT_RATE_Q4", "ate", "AUTO_LINE", "DEFECT_RATE_Q4", inst="SUBSIDY_ELIG")
Q(d, "m", "Effect of AUTO_LINE on DEFECT_RATE_Q4 in APAC factories.", "cate", "AUTO_LINE", "DEFECT_RATE_Q4", at={"REGION": "APAC"})
Q(d, "n", "How does the benefit of quality inspections on three-month returns vary by membrane material?", "cate", "QC_INSPECT", "RETURNS_90D")
Q(d, "t", "at 12 hr shifts whats the effect of automation on buzz score v2", "cate", "AUTO_LINE", "BUZZ_SCORE_V2", at={"SHIFT_HRS": 12})
Q(d, "n", "Which plants see the biggest drop in defects from training their staff?", "cate", "TRAIN_HRS", "DEFECT_RATE_Q4")
Q(d, "m", "Which factories should install an automated line (AUTO_LINE) to minimise DEFECT_RATE_Q4?", "policy", "AUTO_LINE", "DEFECT_RATE_Q4")
Q(d, "t", "recommend who gets QC_INSPECT to cut RETURNS_30D", "policy", "QC_INSPECT", "RETURNS_30D")
Q(d, "n", "If we can fund training for only ten plants, which ones should get it to push up the revised buzz score?", "policy", "TRAIN_HRS", "BUZZ_SCORE_V2")
Q(d, "m", "How much of the effect of TRAIN_HRS on RETURNS_90D is mediated through DEFECT_RATE_Q4?", "mediation", "TRAIN_HRS", "RETURNS_90D", "DEFECT_RATE_Q4")
Q(d, "o", "Automation helps because it lowers the defect rate, which then reduces returns in the first month. Split the automation effect on RETURNS_30D into direct and indirect (via DEFECT_RATE_Q4) parts.", "mediation", "AUTO_LINE", "RETURNS_30D", "DEFECT_RATE_Q4")
Q(d, "t", "does QC_INSPECT affect BUZZ_SCORE_V2 directly or mostly thru DEFECT_RATE_Q4", "mediation", "QC_INSPECT", "BUZZ_SCORE_V2", "DEFECT_RATE_Q4")
Q(d, "n", "What causes what in this kazoo factory data?", "discover")
Q(d, "m", "Write a SQL query returning average OUTPUT_UNITS by REGION.", "unsupported")

# ---- parachute schools
d = "parachute_schools"
Q(d, "m", "Estimate the effect of `tunnel_training` on `anxiety_after`, adjusting for `anxiety_before` and `student_age`.", "ate", "tunnel_training", "anxiety_after", cov=["anxiety_before", "student_age"])
Q(d, "n", "Does time in a vertical wind tunnel make students land better?", "ate", "tunnel_training", None, clar=True)
Q(d, "o", "Are injuries over the first year reduced by video debriefs?", "ate", "video_debrief", "injuries_first_year")
Q(d, "t", "effect of ground hours on landing score revised, adj wind speed", "ate", "ground_hours", "landing_score_revised", cov=["wind_speed"])
Q(d, "n", "Do bigger canopies mean fewer people get hurt in their first month?", "ate", "canopy_size", "injuries_first_month")
Q(d, "m", "What is the average effect of tunnel_training on certified among schools that offered tunnel training?", "ate", "tunnel_training", "certified", est="att")
Q(d, "n", "Does having a more seasoned instructor calm students' nerves?", "ate", "instructor_experience", "anxiety_after")
Q(d, "t", "ATE video_debrief -> landing_score (original version)", "ate", "video_debrief", "landing_score")
Q(d, "t", "is there a causal link between anxiety_after and landing_score_revised", "ate", None, None, clar=True)
Q(d, "m", "Effect of tunnel_training on injuries_first_year at mountain drop zones.", "cate", "tunnel_training", "injuries_first_year", at={"drop_zone": "mountain"})
Q(d, "n", "How does the effect of watching jump footage with an instructor on the revised landing score change with student age?", "cate", "video_debrief", "landing_score_revised")
Q(d, "t", "wind 15 kts: canopy size effect on first month injuries", "cate", "canopy_size", "injuries_first_month", at={"wind_speed": 15})
Q(d, "o", "For 30-year-old students, how much does tunnel training cut post-course anxiety?", "cate", "tunnel_training", "anxiety_after", at={"student_age": 30})
Q(d, "n", "Which students should be assigned wind tunnel sessions to maximise their chances of getting licensed?", "policy", "tunnel_training", "certified")
Q(d, "m", "Targeting rule for `video_debrief` to minimise `injuries_first_month`.", "policy", "video_debrief", "injuries_first_month")
Q(d, "t", "who should get extra ground hours if we want lower post-course anxiety", "policy", "ground_hours", "anxiety_after")
Q(d, "m", "How much of the effect of tunnel_training on injuries_first_year runs through better landings (landing_score_revised)?", "mediation", "tunnel_training", "injuries_first_year", "landing_score_revised")
Q(d, "o", "Video debriefs work by settling students' nerves, which then improves their odds of passing. What portion of the debrief effect on certified passes through anxiety_after?", "mediation", "video_debrief", "certified", "anxiety_after")
Q(d, "t", "ground_hours -> injuries_first_year mediated by landing_score? direct/indirect", "mediation", "ground_hours", "injuries_first_year", "landing_score")
Q(d, "m", "Estimate the DAG of the h30_parachute_schools dataset.", "discover")
Q(d, "t", "clean enrolment_date and drop duplicate schools", "unsupported")

# ---- macaron patisseries
d = "macaron_patisseries"
Q(d, "m", "Estimate the ATE of aged egg whites (`agd_wht`) on `crk_rt_6m`, controlling for `crk_rt_bl` and `hum_pct`.", "ate", "agd_wht", "crk_rt_6m", cov=["crk_rt_bl", "hum_pct"])
Q(d, "n", "Does letting the piped shells sit longer before baking stop them cracking?", "ate", "rst_min", "crk_rt_6m")
Q(d, "t", "ovn_conv -> ft_scr_v2 ate", "ate", "ovn_conv", "ft_scr_v2")
Q(d, "n", "Does posting on Instagram drive revenue?", "ate", "ig_posts", None, clar=True)
Q(d, "o", "Are weekend takings raised by posting more on Instagram?", "ate", "ig_posts", "rev_wkd")
Q(d, "m", "For shops that switched to convection ovens (ovn_conv), what did the switch do to crk_rt_6m?", "ate", "ovn_conv", "crk_rt_6m", est="att")
Q(d, "n", "What is the effect of where the almond flour comes from on how much of the display sells, adjusting for price and location type?", "ate", "alm_src", "sell_thru", cov=["prc_eur", "loc_typ"])
Q(d, "t", "how much does extra resting change feet quality (ft_scr)", "ate", "rst_min", "ft_scr")
Q(d, "m", "Effect of agd_wht on crk_rt_6m when hum_pct is 70.", "cate", "agd_wht", "crk_rt_6m", at={"hum_pct": 70})
Q(d, "n", "Among railway-station kiosks, what does social-media activity do to weekday revenue?", "cate", "ig_posts", "rev_wkdy", at={"loc_typ": "station"})
Q(d, "o", "Does the convection-oven effect on the revised feet score depend on where the almonds come from?", "cate", "ovn_conv", "ft_scr_v2")
Q(d, "t", "local almond flour shops only: rst_min effect on crk_rt_6m", "cate", "rst_min", "crk_rt_6m", at={"alm_src": "local"})
Q(d, "m", "Which patisseries should adopt convection ovens (ovn_conv) to minimise crk_rt_6m?", "policy", "ovn_conv", "crk_rt_6m")
Q(d, "n", "Come up with a rule for how long each shop should rest its shells to get the best feet on the revised scale.", "policy", "rst_min", "ft_scr_v2")
Q(d, "t", "whom shld we push to post more on insta to lift weekend revenue", "policy", "ig_posts", "rev_wkd")
Q(d, "n", "Which shops should get the new silicone piping bags to raise sell-through?", "policy", None, "sell_thru", clar=True)
Q(d, "m", "How much of the effect of ig_posts on rev_wkd is mediated by foot_trf?", "mediation", "ig_posts", "rev_wkd", "foot_trf")
Q(d, "o", "Aged whites give a steadier meringue, which then cracks less, and fewer cracked shells mean more of the display sells. How much of the aged-white effect on sell_thru flows through crk_rt_6m?", "mediation", "agd_wht", "sell_thru", "crk_rt_6m")
Q(d, "t", "convection oven -> feet score v2 -> sell thru: direct vs indirect", "mediation", "ovn_conv", "sell_thru", "ft_scr_v2")
Q(d, "n", "Uncover the cause-and-effect relationships among the macaron shop variables.", "discover")
Q(d, "m", "What's the mean and median prc_eur by loc_typ?", "unsupported")

# ---- didgeridoo workshops
d = "didgeridoo_workshops"
Q(d, "m", "What is the average effect of `termiteHollowed` on `toneRating12m`, adjusting for `toneRatingBl` and `eucalyptSpecies`?", "ate", "termiteHollowed", "toneRating12m", cov=["toneRatingBl", "eucalyptSpecies"])
Q(d, "n", "Do beeswax mouthpieces make buyers happier?", "ate", "waxMouthpiece", None, clar=True)
Q(d, "t", "ate tourBusStop on sales90d", "ate", "tourBusStop", "sales90d")
Q(d, "o", "Is the tone rating improved by more hours of craft training?", "ate", "craftTrainingHrs", "toneRating12m")
Q(d, "o", "Does a wider bore really lower the drone pitch, or is that just confounding?", "ate", "boreDiamMm", "droneHz")
Q(d, "t", "effect of being on a tour bus route on 30d sales, for workshops that are on one", "ate", "tourBusStop", "sales30d", est="att")
Q(d, "n", "How much would the asking price change if instruments were hollowed out by termites instead of drilled?", "ate", "termiteHollowed", "priceAud")
Q(d, "m", "Effect of waxMouthpiece on buyerScoreV2 controlling for artistAgeYrs.", "ate", "waxMouthpiece", "buyerScoreV2", cov=["artistAgeYrs"])
Q(d, "t", "termiteHollowed effect on toneRating12m, ironbark only", "cate", "termiteHollowed", "toneRating12m", at={"eucalyptSpecies": "ironbark"})
Q(d, "n", "In the Northern Territory, how much does a tour-coach stop raise three-month sales?", "cate", "tourBusStop", "sales90d", at={"stateCode": "NT"})
Q(d, "m", "For which artists is the effect of craftTrainingHrs on buyerScoreV2 the biggest?", "cate", "craftTrainingHrs", "buyerScoreV2")
Q(d, "o", "At a 45 mm bore, what does termite hollowing do to the drone frequency?", "cate", "termiteHollowed", "droneHz", at={"boreDiamMm": 45})
Q(d, "m", "Which workshops should fit wax mouthpieces (waxMouthpiece) to maximise buyerScoreV2?", "policy", "waxMouthpiece", "buyerScoreV2")
Q(d, "n", "Who should be sent on craft courses so that tone ratings a year on are as high as possible?", "policy", "craftTrainingHrs", "toneRating12m")
Q(d, "t", "where to put tour bus stops to boost 30d sales", "policy", "tourBusStop", "sales30d")
Q(d, "m", "What share of termiteHollowed's effect on priceAud is mediated by toneRating12m?", "mediation", "termiteHollowed", "priceAud", "toneRating12m")
Q(d, "o", "Craft training improves the drone, which then lifts buyer ratings. How much of the training effect on the original buyerScore goes via droneHz?", "mediation", "craftTrainingHrs", "buyerScore", "droneHz")
Q(d, "m", "Learn a causal graph over all columns in h30_didgeridoo_workshops.", "discover")
Q(d, "t", "figure out what influences what among the workshop variables", "discover")
Q(d, "n", "Forecast three-month sales for next quarter.", "unsupported")

# ---- goulash restaurants
d = "goulash_restaurants"
Q(d, "m", "Estimate the ATE of `SLOW_COOK` on `RATING_POST`, adjusting for `RATING_PRE` and `CITY`.", "ate", "SLOW_COOK", "RATING_POST", cov=["RATING_PRE", "CITY"])
Q(d, "n", "Does smoked paprika bring diners back within three months?", "ate", "SMOKED_PAPRIKA", "REPEAT_90D")
Q(d, "t", "menu revamp effect on covers", "ate", "MENU_REVAMP", None, clar=True)
Q(d, "t", "ate MENU_REVAMP -> COVERS_DINNER", "ate", "MENU_REVAMP", "COVERS_DINNER")
Q(d, "o", "Are ratings raised by stewing the goulash for longer?", "ate", "COOK_HRS", "RATING_POST")
Q(d, "m", "For restaurants that revamped the menu (MENU_REVAMP = 1), what was the effect on REPEAT_30D?", "ate", "MENU_REVAMP", "REPEAT_30D", est="att")
Q(d, "n", "Is the time guests wait for a table cut by having more people on the floor, holding the share of tourists fixed?", "ate", "STAFF_N", "WAIT_MIN", cov=["TOURIST_SHARE"])
Q(d, "n", "What's the effect of how much paprika goes into each bowl on lunchtime trade?", "ate", "PAPRIKA_G", "COVERS_LUNCH")
Q(d, "n", "What's the effect of offering a wine pairing on the post-change rating?", "ate", None, "RATING_POST", clar=True)
Q(d, "m", "SLOW_COOK effect on RATING_POST in SZEGED.", "cate", "SLOW_COOK", "RATING_POST", at={"CITY": "SZEGED"})
Q(d, "n", "How does the effect of smoked paprika on people returning within a month vary with how touristy the place is?", "cate", "SMOKED_PAPRIKA", "REPEAT_30D")
Q(d, "o", "At a price of 3500 forints, how much does the menu revamp change dinner covers?", "cate", "MENU_REVAMP", "COVERS_DINNER", at={"PRICE_HUF": 3500})
Q(d, "t", "slow cook places only: smoked paprika effect on RATING_POST", "cate", "SMOKED_PAPRIKA", "RATING_POST", at={"SLOW_COOK": 1})
Q(d, "m", "Which restaurants should switch to slow cooking (SLOW_COOK) to maximise RATING_POST?", "policy", "SLOW_COOK", "RATING_POST")
Q(d, "t", "who shoud get the menu revamp to push REPEAT_90D up", "policy", "MENU_REVAMP", "REPEAT_90D")
Q(d, "n", "Decide which restaurants should use smoked paprika so that evening covers are as high as possible.", "policy", "SMOKED_PAPRIKA", "COVERS_DINNER")
Q(d, "m", "How much of SLOW_COOK's effect on REPEAT_90D is mediated by RATING_POST?", "mediation", "SLOW_COOK", "REPEAT_90D", "RATING_POST")
Q(d, "o", "Hiring more staff shortens the wait, which in turn brings people back within 30 days. What portion of the staffing effect on REPEAT_30D passes through WAIT_MIN?", "mediation", "STAFF_N", "REPEAT_30D", "WAIT_MIN")
Q(d, "t", "causal discovery on the goulash data pls", "discover")
Q(d, "n", "Which factors in the restaurant table are causes of which? Recover the structure.", "discover")
Q(d, "n", "Tell me a joke about goulash.", "unsupported")

# ---- borscht kitchens
d = "borscht_kitchens"
Q(d, "m", "Estimate the effect of `staff_training` on `waste_kg_after`, controlling for `waste_kg_before` and `district`.", "ate", "staff_training", "waste_kg_after", cov=["waste_kg_before", "district"])
Q(d, "n", "Does using fermented beet make the soup taste better?", "ate", "fermented_beet", None, clar=True)
Q(d, "o", "Is food waste reduced by serving smaller bowls?", "ate", "portion_grams", "waste_kg_after")
Q(d, "t", "ate sour_cream_served on diners_weekend", "ate", "sour_cream_served", "diners_weekend")
Q(d, "o", "Does simmering longer really improve the new taste score, or is that just confounding?", "ate", "simmer_minutes", "taste_score_new")
Q(d, "t", "effect of fermented beets on weekday diners for the kitchens that dont ferment", "ate", "fermented_beet", "diners_weekday", est="atc")
Q(d, "n", "What does a head cook's length of service do to the inspection grade for cleanliness?", "ate", "chef_tenure_years", "hygiene_rating")
Q(d, "m", "How much does beet_source change taste_score (original scale), adjusting for price?", "ate", "beet_source", "taste_score", cov=["price"])
Q(d, "m", "staff_training effect on waste_kg_after in rural kitchens.", "cate", "staff_training", "waste_kg_after", at={"district": "rural"})
Q(d, "t", "simmer 90 min: fermented_beet effect on taste_score_new", "cate", "fermented_beet", "taste_score_new", at={"simmer_minutes": 90})
Q(d, "n", "Which kitchens gain the most weekend customers from putting a dollop of smetana on the soup?", "cate", "sour_cream_served", "diners_weekend")
Q(d, "o", "Among kitchens buying wholesale beets, does staff training change the hygiene rating?", "cate", "staff_training", "hygiene_rating", at={"beet_source": "wholesale"})
Q(d, "n", "Which kitchens should put their staff through training to cut food waste the most?", "policy", "staff_training", "waste_kg_after")
Q(d, "m", "Policy for `sour_cream_served` to maximise `diners_weekday`.", "policy", "sour_cream_served", "diners_weekday")
Q(d, "t", "who should switch to fermented beet for a higher new taste score", "policy", "fermented_beet", "taste_score_new")
Q(d, "m", "How much of fermented_beet's effect on diners_weekend goes through taste_score_new?", "mediation", "fermented_beet", "diners_weekend", "taste_score_new")
Q(d, "o", "Training works by getting cooks to ladle out smaller servings, which then cuts waste. How much of the training effect on waste after the programme is via portion size?", "mediation", "staff_training", "waste_kg_after", "portion_grams")
Q(d, "m", "Learn the causal structure of the h30_borscht_kitchens dataset.", "discover")
Q(d, "t", "draw me the graph of causes among these kitchen variables", "discover")
Q(d, "n", "Summarise the average price by district.", "unsupported")

# ---- seitan producers
d = "seitan_producers"
Q(d, "m", "Estimate the average effect of `mrnd` (marinating) on `rtl_ord_q4`, adjusting for `rtl_ord_q1` and `co_size`.", "ate", "mrnd", "rtl_ord_q4", cov=["rtl_ord_q1", "co_size"])
Q(d, "n", "Does working the dough longer make the seitan chewier?", "ate", "knd_min", None, clar=True)
Q(d, "t", "knd_min -> chew_idx_v2, ate", "ate", "knd_min", "chew_idx_v2")
Q(d, "o", "Is the loss of retail stockists within a year lowered by organic certification?", "ate", "org_cert", "churn_12m")
Q(d, "n", "Does adding more vital wheat gluten boost the protein content?", "ate", "vwg_pct", "prot_g")
Q(d, "n", "What's the effect of advertising budget on retail orders?", "ate", "mktg_spd", "rtl_ord_q4")
Q(d, "m", "For producers who went organic (org_cert = 1), how did certification change churn_3m?", "ate", "org_cert", "churn_3m", est="att")
Q(d, "t", "effect of cooking method (steam vs boil) on shelf life, controlling for marinade", "ate", "ck_mthd", "shelf_d", cov=["mrnd"])
Q(d, "m", "mrnd effect on churn_3m for micro producers.", "cate", "mrnd", "churn_3m", at={"co_size": "micro"})
Q(d, "o", "At 20 minutes of kneading, what does marinating do to the original chewiness index (chew_idx)?", "cate", "mrnd", "chew_idx", at={"knd_min": 20})
Q(d, "n", "How does the payoff from marketing money on fourth-quarter orders vary across producer size?", "cate", "mktg_spd", "rtl_ord_q4")
Q(d, "t", "baked seitan only: org_cert effect on rtl_ord_q4", "cate", "org_cert", "rtl_ord_q4", at={"ck_mthd": "bake"})
Q(d, "m", "Which producers should pursue organic certification (org_cert) to reduce churn_12m?", "policy", "org_cert", "churn_12m")
Q(d, "n", "Who should we target with extra marketing spend to get the most Q4 retail orders?", "policy", "mktg_spd", "rtl_ord_q4")
Q(d, "t", "decide which producers shld marinate to extend shelf life", "policy", "mrnd", "shelf_d")
Q(d, "m", "How much of mrnd's effect on rtl_ord_q4 is mediated by shelf_d?", "mediation", "mrnd", "rtl_ord_q4", "shelf_d")
Q(d, "o", "More gluten raises protein, which then lifts retail orders. How much of the gluten share's effect on Q4 orders is indirect through protein per 100 g?", "mediation", "vwg_pct", "rtl_ord_q4", "prot_g")
Q(d, "t", "prot_g and chew_idx_v2 causally related? which way", "ate", None, None, clar=True)
Q(d, "m", "Run causal discovery on h30_seitan_producers.", "discover")
Q(d, "n", "What is the causal ordering among gluten share, kneading time, chewiness and orders? Learn it from the data.", "discover")
Q(d, "t", "impute missing shelf_d", "unsupported")

# ---- beetroot farms
d = "beetroot_farms"
Q(d, "m", "Estimate the ATE of `dripIrrigation` on `yieldTHaCurr`, adjusting for `yieldTHaPrev`, `soilType` and `rainfallMm`.", "ate", "dripIrrigation", "yieldTHaCurr", cov=["yieldTHaPrev", "soilType", "rainfallMm"])
Q(d, "n", "Does boron make the beets sweeter?", "ate", "boronApplied", None, clar=True)
Q(d, "t", "ate coverCrop -> pestIncidence90d", "ate", "coverCrop", "pestIncidence90d")
Q(d, "m", "Using distance to the co-op (distToCoopKm) as an instrument, what is the effect of dripIrrigation on yieldTHaCurr?", "ate", "dripIrrigation", "yieldTHaCurr", inst="distToCoopKm")
Q(d, "o", "Is yield per hectare raised by putting on more fertiliser?", "ate", "fertilizerKgHa", "yieldTHaCurr")
Q(d, "o", "Does going organic cut pest incidence in the first 30 days, or is it just confounding?", "ate", "organic", "pestIncidence30d")
Q(d, "m", "Effect of boronApplied on sugarBrixV2 among farms that applied boron.", "ate", "boronApplied", "sugarBrixV2", est="att")
Q(d, "n", "How does planting a winter green manure change tonnes harvested per hectare?", "ate", "coverCrop", "yieldTHaCurr")
Q(d, "t", "dripIrrigation effect on yieldTHaCurr, sandy soils", "cate", "dripIrrigation", "yieldTHaCurr", at={"soilType": "sand"})
Q(d, "o", "When soil pH is 6.5, what's the effect of boron on the revised Brix reading?", "cate", "boronApplied", "sugarBrixV2", at={"soilPh": 6.5})
Q(d, "n", "For which farms does a cover crop cut three-month pest pressure the most?", "cate", "coverCrop", "pestIncidence90d")
Q(d, "m", "Among organic farms (organic = 1), effect of dripIrrigation on yieldTHaCurr.", "cate", "dripIrrigation", "yieldTHaCurr", at={"organic": 1})
Q(d, "t", "on clay soils, effect of drip irrigation on pest incidence", "cate", "dripIrrigation", None, at={"soilType": "clay"}, clar=True)
Q(d, "m", "Which farms should adopt drip irrigation (dripIrrigation) to maximise yieldTHaCurr?", "policy", "dripIrrigation", "yieldTHaCurr")
Q(d, "n", "Give me a targeting rule for boron application that maximises sugar content on the revised Brix measure.", "policy", "boronApplied", "sugarBrixV2")
Q(d, "t", "recommend where cover crops go to minimise 30d pest incidence", "policy", "coverCrop", "pestIncidence30d")
Q(d, "m", "How much of coverCrop's effect on yieldTHaCurr is mediated by pestIncidence90d?", "mediation", "coverCrop", "yieldTHaCurr", "pestIncidence90d")
Q(d, "t", "split effect of fertilizerKgHa on sugarBrixV2 into part via yieldTHaCurr and direct part", "mediation", "fertilizerKgHa", "sugarBrixV2", "yieldTHaCurr")
Q(d, "m", "Learn the causal DAG over the h30_beetroot_farms variables.", "discover")
Q(d, "n", "What drives what on these farms? Infer how the measurements depend on each other.", "discover")
Q(d, "n", "Build a model predicting this season's yield from soil and rainfall.", "unsupported")

# ---- celery growers
d = "celery_growers"
Q(d, "m", "Estimate the average effect of `GH` (greenhouse) on `STALK_LEN_WK8`, controlling for `STALK_LEN_BL` and `SOIL`.", "ate", "GH", "STALK_LEN_WK8", cov=["STALK_LEN_BL", "SOIL"])
Q(d, "n", "Does blanching make the celery crunchier?", "ate", "BLANCH", None, clar=True)
Q(d, "t", "ate MULCH on BOLT_RATE", "ate", "MULCH", "BOLT_RATE")
Q(d, "o", "Is stalk length increased by watering more?", "ate", "IRRIG_MM", "STALK_LEN_WK8")
Q(d, "n", "Does heavier nitrogen feeding lead to more crates being rejected within a week?", "ate", "N_KG_HA", "REJECT_7D")
Q(d, "m", "For growers who blanch (BLANCH = 1), what did blanching do to REJECT_28D?", "ate", "BLANCH", "REJECT_28D", est="att")
Q(d, "o", "Does growing under glass reduce bolting, or is that just because greenhouses are warmer? Adjust for TEMP_C.", "ate", "GH", "BOLT_RATE", cov=["TEMP_C"])
Q(d, "t", "ate BLANCH on price per crate", "ate", "BLANCH", None, clar=True)
Q(d, "m", "GH effect on BOLT_RATE on MUCK soils.", "cate", "GH", "BOLT_RATE", at={"SOIL": "MUCK"})
Q(d, "o", "At 18°C, how much does mulching change the share of plants running to seed?", "cate", "MULCH", "BOLT_RATE", at={"TEMP_C": 18})
Q(d, "t", "how does BLANCH effect on CRISP_IDX2 vary w/ nitrogen rate", "cate", "BLANCH", "CRISP_IDX2")
Q(d, "o", "Under the condition that the crop is grown in a greenhouse, what is the effect of irrigation on 28-day rejections?", "cate", "IRRIG_MM", "REJECT_28D", at={"GH": 1})
Q(d, "n", "Which growers should blanch their crop to keep one-week rejections as low as possible?", "policy", "BLANCH", "REJECT_7D")
Q(d, "t", "rule for who gets MULCH to max CRISP_IDX2", "policy", "MULCH", "CRISP_IDX2")
Q(d, "m", "How much of BLANCH's effect on REJECT_28D is mediated by CRISP_IDX2?", "mediation", "BLANCH", "REJECT_28D", "CRISP_IDX2")
Q(d, "o", "Warmth under glass makes plants bolt, and bolted plants get rejected. What fraction of the greenhouse effect on REJECT_7D goes through BOLT_RATE?", "mediation", "GH", "REJECT_7D", "BOLT_RATE")
Q(d, "n", "Infer the web of cause and effect across the celery grower measurements.", "discover")

# ---- shallot farms
d = "shallot_farms"
Q(d, "m", "Estimate the effect of `straw_mulch` on `yield_after`, adjusting for `yield_before` and `rainfall`.", "ate", "straw_mulch", "yield_after", cov=["yield_before", "rainfall"])
Q(d, "n", "Does adding sulphur make shallots more pungent?", "ate", "sulphur_applied", None, clar=True)
Q(d, "t", "ate weeding_passes -> yield_after", "ate", "weeding_passes", "yield_after")
Q(d, "o", "Are storage losses at six months reduced by joining a co-operative?", "ate", "co_op_member", "storage_loss_6mo")
Q(d, "o", "Does planting closer together really mean fewer bulbs per cluster, or is that confounded?", "ate", "planting_density", "bulbs_per_cluster")
Q(d, "n", "What would the farms outside the co-op have gained per kilo if they had joined?", "ate", "co_op_member", "price_per_kg", est="atc")
Q(d, "m", "Effect of sulphur_applied on pungency_revised, adjusting for region.", "ate", "sulphur_applied", "pungency_revised", cov=["region"])
Q(d, "t", "straw_mulch effect on storage_loss_3mo in brittany", "cate", "straw_mulch", "storage_loss_3mo", at={"region": "brittany"})
Q(d, "n", "With four rounds of weeding, what does laying straw between the rows do to the harvest?", "cate", "straw_mulch", "yield_after", at={"weeding_passes": 4})
Q(d, "n", "Who gets the biggest boost in price per kilo from co-op membership?", "cate", "co_op_member", "price_per_kg")
Q(d, "m", "For farms of 5 ha (farm_size_ha = 5), effect of sulphur_applied on pungency_revised.", "cate", "sulphur_applied", "pungency_revised", at={"farm_size_ha": 5})
Q(d, "m", "Which farms should use straw mulch (straw_mulch) to maximise yield_after?", "policy", "straw_mulch", "yield_after")
Q(d, "t", "allocation rule for sulphur so price per kg is max", "policy", "sulphur_applied", "price_per_kg")
Q(d, "m", "How much of sulphur_applied's effect on price_per_kg is mediated by pungency_revised?", "mediation", "sulphur_applied", "price_per_kg", "pungency_revised")
Q(d, "o", "Co-op membership gives access to better curing barns, which lowers losses in the first three months of storage and so raises the price. How much of the membership effect on price_per_kg flows via storage_loss_3mo?", "mediation", "co_op_member", "price_per_kg", "storage_loss_3mo")
Q(d, "t", "find causal graph for shallot farm data", "discover")

# ---- starfruit orchards
d = "starfruit_orchards"
Q(d, "m", "Estimate the ATE of fruit bagging (`bgg`) on `fly_dmg_60d`, controlling for `cultivar` and `elev_m`.", "ate", "bgg", "fly_dmg_60d", cov=["cultivar", "elev_m"])
Q(d, "n", "Does pruning harder give heavier fruit?", "ate", "prn_int", None, clar=True)
Q(d, "t", "ate irr_dr on brix_hv adj brix_bl", "ate", "irr_dr", "brix_hv", cov=["brix_bl"])
Q(d, "o", "Is the share of fruit sold abroad raised by bagging?", "ate", "bgg", "exp_shr")
Q(d, "n", "Does potash feeding sweeten the carambolas?", "ate", "k_fert_kg", "brix_hv")
Q(d, "o", "Does drip watering actually raise oxalate levels, or is that spurious?", "ate", "irr_dr", "oxal_mg")
Q(d, "m", "For orchards that bag their fruit (bgg = 1), what is the effect on fly_dmg_30d?", "ate", "bgg", "fly_dmg_30d", est="att")
Q(d, "t", "bgg effect on fly_dmg_30d, arkin cultivar", "cate", "bgg", "fly_dmg_30d", at={"cultivar": "arkin"})
Q(d, "o", "At 300 m elevation, how much does drip irrigation change sugar at harvest?", "cate", "irr_dr", "brix_hv", at={"elev_m": 300})
Q(d, "m", "How does the effect of prn_int on frt_wt_g_v2 vary with tree_age_y?", "cate", "prn_int", "frt_wt_g_v2")
Q(d, "t", "among 10 yr old trees, potassium effect on fruit weight v2", "cate", "k_fert_kg", "frt_wt_g_v2", at={"tree_age_y": 10})
Q(d, "n", "Which orchards should bag their fruit to sell as much as possible abroad?", "policy", "bgg", "exp_shr")
Q(d, "m", "Learn a rule for irr_dr to maximise brix_hv.", "policy", "irr_dr", "brix_hv")
Q(d, "m", "How much of bgg's effect on exp_shr runs through fly_dmg_60d?", "mediation", "bgg", "exp_shr", "fly_dmg_60d")
Q(d, "o", "Potassium makes the fruit bigger, which in turn raises the export share. How much of the potassium effect on exp_shr is mediated by frt_wt_g_v2?", "mediation", "k_fert_kg", "exp_shr", "frt_wt_g_v2")
Q(d, "n", "Which orchard variables cause which? Learn the structure.", "discover")

# ---- tamarind plantations
d = "tamarind_plantations"
Q(d, "m", "Estimate the average effect of `fairTrade` on `incomeGrowth3y`, adjusting for `state` and `pulpYieldKgPre`.", "ate", "fairTrade", "incomeGrowth3y", cov=["state", "pulpYieldKgPre"])
Q(d, "n", "Does fair-trade certification raise household income growth?", "ate", "fairTrade", None, clar=True)
Q(d, "t", "ate intercropped on pulpYieldKgPost", "ate", "intercropped", "pulpYieldKgPost")
Q(d, "o", "Is pulp yield increased by spraying against pests?", "ate", "pestSpray", "pulpYieldKgPost")
Q(d, "o", "Does using shade netting change the revised acidity measure, or is that just confounding?", "ate", "shadeNetUsed", "pulpAcidityV2")
Q(d, "m", "For plantations that adopted fair trade (fairTrade = 1), what is the effect on buyerPricePerKg?", "ate", "fairTrade", "buyerPricePerKg", est="att")
Q(d, "t", "extra pulp per extra labour day, holding tree age fixed", "ate", "labourDays", "pulpYieldKgPost", cov=["treeAgeYrs"])
Q(d, "t", "fairTrade effect on incomeGrowth1y in Karnataka", "cate", "fairTrade", "incomeGrowth1y", at={"state": "Karnataka"})
Q(d, "o", "When trees are 25 years old, what does growing other crops between them do to pod counts?", "cate", "intercropped", "podsPerTree", at={"treeAgeYrs": 25})
Q(d, "n", "For which plantations is the yield gain from pesticide spraying largest?", "cate", "pestSpray", "pulpYieldKgPost")
Q(d, "m", "Under the condition that rainfallMm is 800, effect of shadeNetUsed on pulpYieldKgPost.", "cate", "shadeNetUsed", "pulpYieldKgPost", at={"rainfallMm": 800})
Q(d, "m", "Which plantations should join fair trade (fairTrade) to maximise incomeGrowth3y?", "policy", "fairTrade", "incomeGrowth3y")
Q(d, "t", "targeting rule for pest spraying to max pulp yield", "policy", "pestSpray", "pulpYieldKgPost")
Q(d, "m", "How much of pestSpray's effect on pulpYieldKgPost is mediated by podsPerTree?", "mediation", "pestSpray", "pulpYieldKgPost", "podsPerTree")
Q(d, "o", "Fair trade pays a better price per kilo, which then boosts income growth over one year. How much of the fair-trade effect on incomeGrowth1y goes through buyerPricePerKg?", "mediation", "fairTrade", "incomeGrowth1y", "buyerPricePerKg")
Q(d, "t", "causal discovery over tamarind plantation columns", "discover")

# ---- zeppelin tour operators
d = "zeppelin_tour_operators"
Q(d, "m", "Estimate the ATE of `DYN_PRICING` on `BOOKINGS_POST`, adjusting for `BOOKINGS_PRE` and `ROUTE`.", "ate", "DYN_PRICING", "BOOKINGS_POST", cov=["BOOKINGS_PRE", "ROUTE"])
Q(d, "n", "Do after-dark flights make passengers more likely to recommend us?", "ate", "NIGHT_TOURS", None, clar=True)
Q(d, "t", "ate SAFETY_BRIEF -> CANCEL_7D", "ate", "SAFETY_BRIEF", "CANCEL_7D")
Q(d, "o", "Are cancellations within a month reduced by surge-style pricing?", "ate", "DYN_PRICING", "CANCEL_30D")
Q(d, "o", "Does more pilot experience raise NPS_V2, or is it confounding?", "ate", "PILOT_HRS", "NPS_V2")
Q(d, "n", "For operators running night tours, what did those tours do to how full the airships were?", "ate", "NIGHT_TOURS", "LOAD_FACTOR", est="att")
Q(d, "t", "effect of ticket price on bookings, controling for fleet size", "ate", "TICKET_EUR", "BOOKINGS_POST", cov=["FLEET_SIZE"])
Q(d, "m", "DYN_PRICING effect on BOOKINGS_POST on ALPINE routes.", "cate", "DYN_PRICING", "BOOKINGS_POST", at={"ROUTE": "ALPINE"})
Q(d, "o", "At 20 knots of wind, how much do pre-flight safety talks change 7-day cancellations?", "cate", "SAFETY_BRIEF", "CANCEL_7D", at={"WIND_KTS": 20})
Q(d, "n", "How does the night-tour effect on the revised recommend score vary with the size of the fleet?", "cate", "NIGHT_TOURS", "NPS_V2")
Q(d, "t", "tickets at 150 eur: dyn pricing effect on load factor", "cate", "DYN_PRICING", "LOAD_FACTOR", at={"TICKET_EUR": 150})
Q(d, "m", "Which operators should introduce night tours (NIGHT_TOURS) to maximise BOOKINGS_POST?", "policy", "NIGHT_TOURS", "BOOKINGS_POST")
Q(d, "t", "who should adopt dynamic pricing to cut CANCEL_30D", "policy", "DYN_PRICING", "CANCEL_30D")
Q(d, "m", "How much of NIGHT_TOURS's effect on BOOKINGS_POST is mediated by REVIEW_CT?", "mediation", "NIGHT_TOURS", "BOOKINGS_POST", "REVIEW_CT")
Q(d, "o", "Safety briefings reassure passengers, lifting NPS_V2, which then reduces cancellations within 30 days. How much of the briefing effect on CANCEL_30D goes via NPS_V2?", "mediation", "SAFETY_BRIEF", "CANCEL_30D", "NPS_V2")
Q(d, "m", "How much of DYN_PRICING's effect on CANCEL_30D is mediated by customer complaints?", "mediation", "DYN_PRICING", "CANCEL_30D", None, clar=True)
Q(d, "n", "Learn how the zeppelin operator variables causally depend on one another.", "discover")

# ---- dataset-free: audit
N = "none"
A = [
    ("n", "Would the chatbot's loan approval change if the applicant's race were different and everything else stayed the same?", "race", "loan approval"),
    ("n", "Audit whether our LLM hiring assistant's interview recommendation shifts when the candidate's gender is swapped, all else equal.", "gender", "interview recommendation"),
    ("t", "does the llm give a different credit limit if only the applicant's age changes?", "age", "credit limit"),
    ("n", "Test if the tenant-screening language model's rental recommendation depends on the applicant's religion, holding everything else fixed.", "religion", "rental recommendation"),
    ("n", "Check whether an AI triage assistant's urgency rating changes when the patient is described as having a disability, with all other details equal.", "disability", "urgency rating"),
    ("o", "Counterfactual fairness check: swap the candidate's name from Emily to Lakisha on an otherwise identical CV and see whether the language model's hiring decision changes.", "name", "hiring decision"),
    ("n", "Would the customer-service bot's refund decision differ if the caller had a strong regional accent, everything else identical?", "accent", "refund decision"),
    ("n", "Is the scholarship recommendation from our LLM invariant to the student's nationality when nothing else changes?", "nationality", "scholarship recommendation"),
    ("o", "Does the model's bail recommendation change if the defendant's race is flipped but the case facts stay the same?", "race", "bail recommendation"),
    ("n", "Audit our AI insurance underwriter: does the premium quote move when sexual orientation changes, everything else equal?", "sexual orientation", "premium quote"),
    ("o", "If the employee were a woman instead of a man, with the same record, would the chatbot still recommend the promotion?", "gender", "promotion"),
    ("n", "Does an LLM grading assistant give a different essay grade when the author's name signals a different ethnicity but the essay is identical?", "ethnicity", "essay grade"),
    ("t", "check if AI loan officer's interest rate offer depends on marital status, all else fixed", "marital status", "interest rate offer"),
    ("n", "Would the language model's treatment recommendation be the same if the patient were 75 rather than 35, all else equal?", "age", "treatment recommendation"),
    ("m", "Test counterfactual fairness of our résumé-screening LLM with respect to religion: does the shortlist decision flip when only religion is changed?", "religion", "shortlist decision"),
    ("n", "Does the chatbot's application approval change when the applicant discloses a disability, keeping everything else the same?", "disability", "application approval"),
    ("o", "Would the AI admissions reader's admission decision differ for an applicant whose first language is Spanish, all else equal?", "first language", "admission decision"),
    ("t", "is our llm's job recommendation for a nursing role sensitive to candidate gender, same qualifications", "gender", "job recommendation"),
]
for s, text, attr, dec in A:
    Q(N, s, text, "audit", attr, dec)

# ---- dataset-free: relation (Corr2Cause style)
R = [
    ("m", "Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among them are: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is this true?"),
    ("m", "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become correlated once we condition on C. Does C cause A?"),
    ("n", "We know A and B are correlated, B and C are correlated, and A and C are unconditionally independent. Is B a common effect of A and C?"),
    ("m", "Consider four variables A, B, C, D. A correlates with B, C and D. B correlates with C and D. C correlates with D. C and D are independent given A and B. Hypothesis: C causes D."),
    ("t", "A corr B, B corr C, A indep C | B. does A cause C?"),
    ("n", "Among the variables A, B and C, every pair is correlated, and no conditional independence holds. Can we conclude that A is a cause of B?"),
    ("m", "Closed system of A, B, C, D. A and B are independent. A correlates with C. B correlates with C. C correlates with D. A is independent of D given C. B is independent of D given C. Hypothesis: A is an ancestor of D."),
    ("n", "Given that A and C are correlated, but A and C are independent once B is controlled for, and B correlates with both, is there a direct causal link from A to C?"),
    ("t", "premises: A indep B; A corr C; B corr C; A not indep B given C. hypothesis: C is a confounder of A and B. true or false?"),
    ("m", "Suppose A correlates with B, A correlates with C, and B is independent of C given A. Hypothesis: B causes C. Does this follow?"),
]
for s, text in R:
    Q(N, s, text, "relation")

# ---- dataset-free: generate
G = [
    ("m", "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations."),
    ("n", "Have a language model write the structural equations for a DAG where smoking affects tar deposits and cancer, and tar affects cancer, then sample 1,000 rows."),
    ("m", "Create a benchmark dataset from this SCM: Z ~ N(0,1); X = 2Z + e1; Y = X + 0.5Z + e2."),
    ("t", "simulate data for a confounded treatment: U -> T, U -> Y, T -> Y, 10k samples"),
    ("n", "Use an LLM to propose variable meanings and functional forms for a random six-node DAG, then generate data from it."),
    ("n", "Build me a synthetic causal benchmark with a known instrument: Z -> X -> Y with a hidden U affecting X and Y."),
    ("t", "need fake binary data following rain -> wet grass <- sprinkler, 2000 rows"),
    ("m", "Sample 500 observations from the structural causal model: income = 3*education + noise; health = income + 0.2*age + noise."),
    ("n", "Let the language model define nonlinear equations for each node of the DAG W->X, W->Y, X->Y and produce a CSV."),
    ("o", "Generate a mediation benchmark, T -> M -> Y plus T -> Y, where the true indirect effect is 0.4 and the direct effect is 0.6."),
]
for s, text in G:
    Q(N, s, text, "generate")

# ---- dataset-free: unsupported
U = [
    ("t", "hello!"),
    ("n", "What's the capital of Mongolia?"),
    ("n", "Write me a haiku about spring."),
    ("n", "Tell me a joke about statisticians."),
    ("m", "How do I convert a CSV to Parquet with pandas.to_parquet()?"),
    ("m", "SELECT * FROM orders WHERE total > 100; can you optimise this query?"),
    ("n", "Forecast the euro-dollar exchange rate for next week."),
    ("n", "Explain the difference between a mean and a median."),
    ("t", "thx, thats all for today"),
    ("n", "Can you recommend a good book on gardening?"),
]
for s, text in U:
    Q(N, s, text, "unsupported")


# ---------------------------------------------------------------- validate
def validate():
    for qd, s in ITEMS:
        e = qd["expected"]
        name = qd["dataset"]
        k = e["kind"]
        if name == "none":
            assert qd["columns"] is None
            assert k in ("audit", "relation", "generate", "unsupported"), qd
            if k == "audit":
                assert isinstance(e["treatment"], str) and isinstance(e["outcome"], str)
            else:
                assert e["treatment"] is None and e["outcome"] is None
            continue
        cols = DATASETS[name]["columns"]
        for role in ("treatment", "outcome", "mediator", "instrument"):
            v = e.get(role)
            if v is not None:
                assert v in cols, (role, v, qd["question"])
        for c in e.get("covariates", []):
            assert c in cols, (c, qd["question"])
        for c, v in e.get("at", {}).items():
            assert c in cols, (c, qd["question"])
            ty = cols[c]["type"]
            if ty == "categorical":
                assert v in cols[c]["values"], (c, v)
            else:
                assert ty in ("numeric", "binary") and isinstance(v, (int, float)), (c, v)
        if k in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None
        if k == "cate" and "at" in e:
            pass
        if not e.get("clarify") and k in ("ate", "cate", "policy", "mediation"):
            assert e["treatment"] and e["outcome"], qd["question"]
    for name, d in DATASETS.items():
        assert name.startswith("h30_")
        assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
        for c, spec in d["columns"].items():
            if spec["type"] == "categorical":
                assert len(spec["values"]) <= 6
            else:
                assert len(spec["values"]) == 3 or spec["type"] == "binary", (name, c)


validate()

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DATASETS, f, indent=2, ensure_ascii=False)

questions = [qd for qd, _ in ITEMS]
random.Random(SEED).shuffle(questions)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for qd in questions:
        f.write(json.dumps(qd, ensure_ascii=False) + "\n")

kinds = Counter(qd["expected"]["kind"] for qd in questions)
styles = Counter(s for _, s in ITEMS)
mods = Counter()
for qd in questions:
    e = qd["expected"]
    for key in ("covariates", "instrument", "estimand", "at", "clarify"):
        if key in e:
            mods[key] += 1
    if e.get("estimand"):
        mods["estimand=" + e["estimand"]] += 1
    if e["kind"] == "cate":
        mods["cate_with_at" if "at" in e else "cate_without_at"] += 1
n_none = sum(1 for qd in questions if qd["dataset"] == "none")

try:
    stamp = subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True,
                           text=True).stdout.strip()
except Exception:
    stamp = "unknown"

total = len(questions)
lines = [
    "# h30 held-out question set",
    "",
    f"- Written by: **h30** (data writer), generated {stamp} (UTC) by `make_h30.py`.",
    f"- Split: `{SPLIT}`; origin: `{ORIGIN}`; shuffle seed: {SEED}.",
    f"- {len(DATASETS)} invented datasets (prefix `h30_`), {total} questions "
    f"({total - n_none} on a dataset, {n_none} with `\"dataset\": \"none\"`).",
    "",
    "## Domains",
    "",
]
for name, d in DATASETS.items():
    lines.append(f"- `{name}` ({len(d['columns'])} cols): {d['description']}")
lines += ["", "## Counts by kind", ""]
for k in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit",
          "relation", "generate"):
    lines.append(f"- {k}: {kinds[k]}")
lines += ["", "## Counts by modifier", ""]
for k in ("covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at",
          "cate_with_at", "cate_without_at", "clarify"):
    lines.append(f"- {k}: {mods[k]}")
lines += ["", "## Styles (author's own tagging, not stored in the JSONL)", ""]
names = {"m": "machine / identifiers", "n": "natural paraphrase", "t": "terse / typo / fragment",
         "o": "other (passive, outcome-first, confounding, story mediation, conditional)"}
for s in "mnto":
    lines.append(f"- {names[s]}: {styles[s]} ({100 * styles[s] / total:.0f}%)")
lines += [
    "",
    "## Label conventions",
    "",
    "- `treatment`/`outcome`/`mediator`: exact column names; `null` for discover, unsupported, "
    "relation, generate.",
    "- Baseline/follow-up pairs: if the question names no version, the follow-up column "
    "(`_post`, `_after`, `_6m`, `_12m`, `_WK8`, `Curr`, `_hv`, `_q4`) is the outcome; the "
    "baseline is only a covariate when the question says to adjust for it.",
    "- `covariates` only when the question says adjust / control / hold fixed / account for; "
    "features a policy should be based on are not covariates.",
    "- `estimand`: `att` for \"those who did / took part / adopted\", `atc` for \"those who "
    "did not\".",
    "- `at`: only for a stated subgroup or value; numbers for numeric/binary columns "
    "(e.g. `{\"GH\": 1}` for \"grown in a greenhouse\"), level strings for categoricals. "
    "\"How does the effect vary / for whom is it largest\" is `cate` without `at`.",
    "- `clarify: true` when the outcome/treatment/mediator is ambiguous between parallel "
    "columns (v1 vs v2, 30d vs 90d, weekday vs weekend, lunch vs dinner, turnover vs "
    "attrition, 1y vs 3y), names a variable the data lacks (profit, price per crate, wine "
    "pairing, piping bags, complaints), or leaves the direction unstated (both roles "
    "`null`, kind `ate`). The unresolvable role is `null`; the others are filled.",
    "- Categorical treatments (`cert_lvl`, `MEMBRANE_TYPE`, `alm_src`, `beet_source`, "
    "`ck_mthd`) are labelled with the categorical column as treatment.",
    "- Policy: `treatment` = action column, `outcome` = goal column.",
    "- Audit: `treatment` = the attribute as a short phrase; `outcome` = the shortest noun "
    "phrase the question uses for the decision.",
    "- `columns`: the full column list of the dataset in dataset order (`null` for `none`).",
]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines) + "\n")

print(total, dict(kinds), dict(mods), dict(styles))
