#!/usr/bin/env python3
"""Generator for the h27 held-out question set (tag h27, split test, origin heldout27)."""
import json
import os
import random
import subprocess
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED, TAG = "test", "heldout27", 27027, "h27"

# ---------------------------------------------------------------- datasets
B = [0, 1]
DS = {}


def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


ds("h27_mustard_farms",
   "Mustard seed farms over one growing season: drip irrigation, agronomy training, co-op membership, fertiliser, pests, yields, oil and money.",
   [("farm", "id", ["MF-001", "MF-002", "MF-003"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("hectares", "numeric", [2.5, 14.0, 40.2]),
    ("soil", "categorical", ["clay", "loam", "sandy"]),
    ("variety", "categorical", ["brown", "yellow", "oriental"]),
    ("seeding_date", "date", ["2025-10-02", "2025-10-19", "2025-11-04"]),
    ("rainfall", "numeric", [180, 310, 455]),
    ("irrigation", "binary", B),
    ("fertilizer", "numeric", [40, 85, 120]),
    ("cooperative", "binary", B),
    ("training", "binary", B),
    ("aphid_damage", "numeric", [2.0, 11.5, 27.0]),
    ("yield_before", "numeric", [0.9, 1.4, 2.1]),
    ("yield_after", "numeric", [1.0, 1.6, 2.4]),
    ("oil_content", "numeric", [36.1, 39.8, 42.5]),
    ("oil_percent", "numeric", [35.0, 40.0, 43.0]),
    ("price_received", "numeric", [610, 700, 795]),
    ("revenue", "numeric", [1800, 9400, 61000])])

ds("h27_treadmill_studios",
   "Members of a chain of treadmill fitness studios: coaching plans, intro discounts, app reminders, visits, fitness and churn.",
   [("memberId", "id", ["m_10021", "m_10022", "m_10023"]),
    ("studioCity", "categorical", ["Austin", "Denver", "Leeds", "Perth"]),
    ("joinDate", "date", ["2025-01-06", "2025-03-14", "2025-06-30"]),
    ("ageYrs", "numeric", [22, 41, 63]),
    ("isFemale", "binary", B),
    ("coachedPlan", "binary", B),
    ("introDiscount", "binary", B),
    ("appReminders", "binary", B),
    ("sessionsPerWk", "numeric", [0.5, 2.0, 4.5]),
    ("vo2maxPre", "numeric", [29.5, 36.0, 44.2]),
    ("vo2maxPost", "numeric", [31.0, 38.4, 47.9]),
    ("weightKgBl", "numeric", [58.0, 81.3, 104.6]),
    ("weightKg12m", "numeric", [57.1, 78.9, 99.0]),
    ("churned30d", "binary", B),
    ("churned90d", "binary", B),
    ("satisfactionScore", "numeric", [3, 7, 9]),
    ("satisfactionScoreV2", "numeric", [41, 68, 92])])

ds("h27_jackfruit_processors",
   "Jackfruit processing plants: solar dryers, mechanical peelers, food-safety certification, export contracts, waste, shelf life and margins.",
   [("PLANT_ID", "id", ["JKP-0007", "JKP-0031", "JKP-0112"]),
    ("STATE_CD", "categorical", ["KL", "KA", "TN", "MH"]),
    ("PLANT_SIZE", "categorical", ["SMALL", "MEDIUM", "LARGE"]),
    ("WORKERS_N", "numeric", [6, 24, 130]),
    ("RAW_TONNES", "numeric", [12.0, 85.5, 410.0]),
    ("BULB_PRICE", "numeric", [14, 22, 31]),
    ("SOLAR_DRYER", "binary", B),
    ("MECH_PEELER", "binary", B),
    ("FSSAI_CERT", "binary", B),
    ("EXPORT_CONTRACT", "binary", B),
    ("WASTE_PCT_PRE", "numeric", [18.0, 27.5, 41.0]),
    ("WASTE_PCT_POST", "numeric", [12.0, 22.0, 39.5]),
    ("SHELF_LIFE_D", "numeric", [4, 30, 180]),
    ("REJECT_RATE", "numeric", [0.0, 0.04, 0.15]),
    ("MARGIN_PCT", "numeric", [3.5, 11.0, 24.0]),
    ("MARGIN_RATIO", "numeric", [0.035, 0.11, 0.24]),
    ("EXPORT_VOL_6M", "numeric", [0, 14.2, 88.0]),
    ("EXPORT_VOL_12M", "numeric", [0, 30.5, 170.0])])

ds("h27_marimba_ensembles",
   "Students in school marimba ensembles: private lessons, peer mentors, practice, concerts, sight-reading and rhythm scores, anxiety and retention.",
   [("stu_id", "id", ["S0412", "S0413", "S0977"]),
    ("sch_cd", "categorical", ["A", "B", "C", "D"]),
    ("grd", "numeric", [6, 9, 12]),
    ("frl", "binary", B),
    ("prv_lsn", "binary", B),
    ("mtr", "binary", B),
    ("pt_hrs_wk", "numeric", [0.5, 2.5, 7.0]),
    ("conc_n", "numeric", [1, 3, 6]),
    ("sr_bl", "numeric", [22, 48, 81]),
    ("sr_eoy", "numeric", [30, 55, 90]),
    ("rhy_bl", "numeric", [0.61, 0.78, 0.93]),
    ("rhy_eoy", "numeric", [0.66, 0.84, 0.97]),
    ("att_pct", "numeric", [62, 88, 100]),
    ("att_rate", "numeric", [0.62, 0.88, 1.0]),
    ("anx_scr", "numeric", [12, 25, 38]),
    ("anx_scr_v2", "numeric", [1.8, 3.1, 4.6]),
    ("ret_1y", "binary", B),
    ("ret_2y", "binary", B)])

ds("h27_okra_growers",
   "Smallholder okra growers: hybrid seed, neem spray, mulch, nitrogen, extension visits, mosaic virus, yields, prices and sales.",
   [("grw_id", "id", ["OK-2201", "OK-2202", "OK-2519"]),
    ("dist", "categorical", ["kano", "kaduna", "oyo", "benue"]),
    ("hh_sz", "numeric", [3, 6, 11]),
    ("fem_hd", "binary", B),
    ("plt_ha", "numeric", [0.3, 1.2, 3.5]),
    ("wtr_src", "categorical", ["borehole", "river", "rain"]),
    ("hyb_sd", "binary", B),
    ("nm_spray", "binary", B),
    ("mulch", "binary", B),
    ("n_kgha", "numeric", [0, 45, 110]),
    ("ext_vst", "numeric", [0, 2, 6]),
    ("yld_bl", "numeric", [2100, 4800, 7900]),
    ("yld_fu", "numeric", [2300, 5600, 9400]),
    ("ymv_inc", "numeric", [0.0, 12.5, 46.0]),
    ("mkt_px", "numeric", [180, 240, 320]),
    ("farmgt_px", "numeric", [120, 175, 230]),
    ("sales_30d", "numeric", [15000, 62000, 240000]),
    ("sales_90d", "numeric", [40000, 150000, 610000])])

ds("h27_zipline_parks",
   "Bookings at zipline adventure parks: safety video, early-bird pricing, photo package, weather, anxiety, NPS, on-site spend and return visits.",
   [("bookingId", "id", ["ZB-88101", "ZB-88102", "ZB-90455"]),
    ("parkName", "categorical", ["CanopyRidge", "EagleDrop", "FernValley"]),
    ("visitorAge", "numeric", [11, 29, 58]),
    ("groupSize", "numeric", [1, 4, 12]),
    ("weekendVisit", "binary", B),
    ("tempF", "numeric", [54, 77, 96]),
    ("windMph", "numeric", [2, 9, 21]),
    ("ticketPrice", "numeric", [49, 79, 119]),
    ("earlyBirdPrice", "binary", B),
    ("safetyVideo", "binary", B),
    ("photoPackage", "binary", B),
    ("anxietyPre", "numeric", [2, 5, 9]),
    ("anxietyPost", "numeric", [1, 3, 8]),
    ("npsScore", "numeric", [0, 8, 10]),
    ("npsScoreV2", "numeric", [-1, 0, 1]),
    ("returned6m", "binary", B),
    ("returned12m", "binary", B),
    ("spendOnsite", "numeric", [0, 24.5, 88.0])])

ds("h27_hovercraft_routes",
   "Hovercraft ferry sailings: skirt replacements, dynamic pricing, online check-in, sea state, load, delays, fuel, cancellations and complaints.",
   [("SAILING_ID", "id", ["HX-230611-04", "HX-230611-05", "HX-231002-11"]),
    ("ROUTE", "categorical", ["RYDE-SOUTHSEA", "DOVER-CALAIS", "OBAN-MULL"]),
    ("CRAFT_CLASS", "categorical", ["AP1-88", "BHT130", "12000TD"]),
    ("CREW_EXP_YRS", "numeric", [1, 7, 22]),
    ("WAVE_HT_M", "numeric", [0.3, 1.1, 2.4]),
    ("WIND_KT", "numeric", [4, 15, 33]),
    ("NEW_SKIRT", "binary", B),
    ("DYN_PRICING", "binary", B),
    ("ONLINE_CHECKIN", "binary", B),
    ("PAX_N", "numeric", [12, 64, 130]),
    ("LOAD_FACTOR", "numeric", [0.15, 0.58, 0.97]),
    ("LOAD_PCT", "numeric", [15, 58, 97]),
    ("DELAY_MIN_DEP", "numeric", [0, 4, 35]),
    ("DELAY_MIN_ARR", "numeric", [0, 6, 41]),
    ("FUEL_L", "numeric", [210, 340, 520]),
    ("CANCELLED", "binary", B),
    ("COMPLAINTS_7D", "numeric", [0, 1, 5]),
    ("COMPLAINTS_30D", "numeric", [0, 3, 14])])

ds("h27_dumpling_restaurants",
   "Dumpling restaurants: delivery-app listing, open kitchens, loyalty programs, prices, staff training, ticket times, ratings, revenue and repeat visits.",
   [("restaurantId", "id", ["dr_0101", "dr_0102", "dr_0348"]),
    ("cuisineStyle", "categorical", ["jiaozi", "xiaolongbao", "momo", "gyoza", "pierogi"]),
    ("neighborhoodType", "categorical", ["downtown", "suburban", "campus"]),
    ("seatCount", "numeric", [18, 45, 120]),
    ("menuPrice", "numeric", [8.5, 12.0, 19.0]),
    ("staffTrainingHrs", "numeric", [0, 12, 40]),
    ("deliveryApp", "binary", B),
    ("openKitchen", "binary", B),
    ("loyaltyProgram", "binary", B),
    ("ticketTimeMin", "numeric", [6, 14, 31]),
    ("wasteKgWk", "numeric", [4.0, 11.5, 30.0]),
    ("healthInspScore", "numeric", [71, 88, 99]),
    ("avgRating", "numeric", [3.4, 4.2, 4.9]),
    ("avgRatingV2", "numeric", [61, 80, 97]),
    ("revenuePre", "numeric", [4200, 9800, 26000]),
    ("revenuePost", "numeric", [4500, 10900, 29500]),
    ("repeatRate30d", "numeric", [0.08, 0.21, 0.44]),
    ("repeatRate90d", "numeric", [0.15, 0.34, 0.61])])

ds("h27_walrus_haulouts",
   "Walrus haul-out site surveys: site closures, community guardian programmes, drone surveys, boat traffic, sea ice, counts, calves, stampedes and mortality.",
   [("site_id", "id", ["WH-CH-03", "WH-BR-11", "WH-SV-02"]),
    ("obs_dt", "date", ["2024-08-14", "2024-09-02", "2025-08-21"]),
    ("rgn", "categorical", ["chukchi", "bering", "laptev", "svalbard"]),
    ("dist_km", "numeric", [2.5, 18.0, 140.0]),
    ("sea_ice_pct", "numeric", [0, 22, 65]),
    ("sst_c", "numeric", [-1.2, 1.8, 5.4]),
    ("bnth_bm", "numeric", [40, 115, 260]),
    ("bt_trf", "numeric", [0, 6, 31]),
    ("clsr", "binary", B),
    ("grd_prg", "binary", B),
    ("drone_srv", "binary", B),
    ("cnt_bl", "numeric", [120, 2100, 35000]),
    ("cnt_fu", "numeric", [90, 2500, 41000]),
    ("calf_rt", "numeric", [0.04, 0.11, 0.19]),
    ("calf_pct", "numeric", [4, 11, 19]),
    ("strmp_7d", "numeric", [0, 1, 4]),
    ("strmp_30d", "numeric", [0, 2, 9]),
    ("mort_n", "numeric", [0, 7, 120])])

ds("h27_comic_shops",
   "Independent comic book shops: in-store events, pull-box subscriptions, discounts, manga sections, online sales, footfall, sales and customer retention.",
   [("shop", "id", ["CS-014", "CS-015", "CS-203"]),
    ("city", "categorical", ["Portland", "Columbus", "Bristol", "Melbourne"]),
    ("size", "categorical", ["small", "medium", "large"]),
    ("opened", "date", ["1994-05-01", "2011-09-17", "2022-02-12"]),
    ("rent", "numeric", [1400, 3200, 7800]),
    ("staff", "numeric", [1, 4, 11]),
    ("events", "binary", B),
    ("pullbox", "binary", B),
    ("discount", "numeric", [0, 10, 25]),
    ("manga", "binary", B),
    ("online", "binary", B),
    ("footfall", "numeric", [90, 420, 1650]),
    ("sales_before", "numeric", [2100, 6400, 19000]),
    ("sales_after", "numeric", [2300, 7100, 21500]),
    ("subscribers", "numeric", [0, 85, 610]),
    ("regulars", "numeric", [12, 140, 700]),
    ("retention_30d", "numeric", [0.31, 0.55, 0.82]),
    ("retention_90d", "numeric", [0.18, 0.39, 0.71])])

ds("h27_hornet_removals",
   "Hornet-nest removal jobs at houses: foam vs dust, night visits, follow-up calls, nest details, technician experience, stings, reinfestation and customer satisfaction.",
   [("JOB_ID", "id", ["HN-5001", "HN-5002", "HN-6177"]),
    ("HOUSE_TYPE", "categorical", ["DETACHED", "SEMI", "TERRACED", "BUNGALOW"]),
    ("NEST_LOC", "categorical", ["EAVES", "LOFT", "WALL_CAVITY", "TREE", "SHED"]),
    ("SPECIES", "categorical", ["EUROPEAN", "ASIAN", "BALDFACED"]),
    ("NEST_DIAM_CM", "numeric", [8, 25, 60]),
    ("SEASON_MONTH", "numeric", [5, 8, 10]),
    ("TECH_YRS", "numeric", [0.5, 4, 19]),
    ("FOAM_USED", "binary", B),
    ("NIGHT_VISIT", "binary", B),
    ("FOLLOWUP_CALL", "binary", B),
    ("PRICE_GBP", "numeric", [65, 95, 180]),
    ("JOB_MIN", "numeric", [20, 45, 130]),
    ("STINGS_TECH", "numeric", [0, 1, 6]),
    ("STINGS_RESIDENT", "numeric", [0, 0, 3]),
    ("REINFEST_30D", "binary", B),
    ("REINFEST_90D", "binary", B),
    ("CSAT", "numeric", [1, 4, 5]),
    ("CSAT_V2", "numeric", [20, 75, 100])])

ds("h27_gorilla_lodges",
   "Gorilla-trekking lodges: eco-labels, community revenue sharing, guide training, permit and room prices, occupancy, guest ratings, poaching and rebookings.",
   [("lodge", "id", ["GL-BW-01", "GL-VN-07", "GL-KB-03"]),
    ("country", "categorical", ["Uganda", "Rwanda", "DRC"]),
    ("altitude", "numeric", [1600, 2300, 2900]),
    ("rooms", "numeric", [6, 14, 40]),
    ("distance", "numeric", [0.5, 6.0, 38.0]),
    ("nightly_rate", "numeric", [120, 450, 1800]),
    ("permit_price", "numeric", [400, 800, 1500]),
    ("ecolabel", "binary", B),
    ("community_fund", "binary", B),
    ("guide_training", "binary", B),
    ("staff_local", "numeric", [35, 70, 96]),
    ("occupancy_before", "numeric", [22, 51, 88]),
    ("occupancy_after", "numeric", [25, 58, 93]),
    ("guest_rating", "numeric", [3.9, 4.5, 4.9]),
    ("guest_score", "numeric", [7.8, 9.0, 9.8]),
    ("poaching_incidents", "numeric", [0, 2, 9]),
    ("rebooking_6m", "numeric", [0.02, 0.07, 0.15]),
    ("rebooking_12m", "numeric", [0.05, 0.12, 0.27])])

ds("h27_tempeh_producers",
   "Tempeh production batches: incubation conditions, Rhizopus strain, banana-leaf vs plastic wrapping, vacuum packing, mould coverage, pH, protein, taste and spoilage.",
   [("btch_id", "id", ["TP-JKT-0091", "TP-BDG-0210", "TP-YOG-0033"]),
    ("batch_dt", "date", ["2025-02-03", "2025-02-17", "2025-07-09"]),
    ("prod_cd", "categorical", ["JKT", "BDG", "SBY", "YOG"]),
    ("sb_src", "categorical", ["local", "import_us", "import_br"]),
    ("rhz_strn", "categorical", ["oligosporus", "oryzae", "mixed"]),
    ("inc_temp_c", "numeric", [26, 30, 34]),
    ("inc_hrs", "numeric", [22, 30, 44]),
    ("hum_pct", "numeric", [58, 74, 91]),
    ("bnana_lf", "binary", B),
    ("vac_pk", "binary", B),
    ("mold_cov_pct", "numeric", [61, 88, 100]),
    ("ph_d0", "numeric", [4.6, 5.1, 5.5]),
    ("ph_d3", "numeric", [5.8, 6.4, 7.2]),
    ("prot_g", "numeric", [17.2, 19.0, 20.6]),
    ("prot_g_v2", "numeric", [17.5, 19.3, 21.0]),
    ("tst_scr", "numeric", [4.1, 6.8, 8.9]),
    ("spoil_7d", "binary", B),
    ("spoil_14d", "binary", B)])

ds("h27_snowplow_depots",
   "Municipal snowplow depots, one row per depot per storm: GPS routing, brine pre-treatment, driver training, salt, clearing times, crashes, complaints and cost.",
   [("EVENT_ID", "id", ["SP-2024-017", "SP-2024-018", "SP-2025-041"]),
    ("STORM_DT", "date", ["2024-01-09", "2024-12-20", "2025-02-16"]),
    ("DEPOT", "categorical", ["NORTH", "SOUTH", "EAST", "WEST", "CENTRAL"]),
    ("SNOW_CM", "numeric", [4, 17, 46]),
    ("AIR_TEMP_C", "numeric", [-18, -7, 1]),
    ("TRUCKS_N", "numeric", [6, 14, 29]),
    ("PRE_SEASON_TRAIN", "binary", B),
    ("GPS_ROUTING", "binary", B),
    ("BRINE_PRETREAT", "binary", B),
    ("SALT_T", "numeric", [40, 210, 690]),
    ("DRIVER_OT_HRS", "numeric", [0, 85, 410]),
    ("CLEAR_HRS_PRIMARY", "numeric", [2.5, 6.0, 19.0]),
    ("CLEAR_HRS_RESID", "numeric", [8, 20, 61]),
    ("CRASHES_24H", "numeric", [0, 6, 31]),
    ("CRASHES_72H", "numeric", [1, 14, 70]),
    ("COMPLAINTS", "numeric", [3, 40, 260]),
    ("COMPLAINTS_311", "numeric", [1, 29, 205]),
    ("COST_USD_K", "numeric", [18, 96, 420])])

ds("h27_bungee_sites",
   "Jumps at bungee-jumping sites: breathing coaching, video packages, tandem jumps, height, waiting time, heart rate, fear ratings, refusals, tips and rebookings.",
   [("jumpId", "id", ["BJ-7781", "BJ-7782", "BJ-9150"]),
    ("siteName", "categorical", ["GorgeBridge", "CraneTower", "DamWall"]),
    ("jumperAge", "numeric", [16, 27, 61]),
    ("jumperWeightKg", "numeric", [48, 74, 118]),
    ("firstJump", "binary", B),
    ("heightM", "numeric", [43, 100, 220]),
    ("waitMin", "numeric", [3, 18, 55]),
    ("breathingCoach", "binary", B),
    ("videoPackage", "binary", B),
    ("tandemJump", "binary", B),
    ("heartRatePre", "numeric", [78, 104, 141]),
    ("heartRatePost", "numeric", [96, 128, 172]),
    ("fearRating", "numeric", [1, 6, 10]),
    ("fearRatingV2", "numeric", [12, 55, 97]),
    ("refusedAtEdge", "binary", B),
    ("rebooked30d", "binary", B),
    ("rebooked180d", "binary", B),
    ("tipAmount", "numeric", [0, 5, 30])])

# ---------------------------------------------------------------- questions
Q = []  # (record, style)


def q(dsname, kind, style, text, t=None, y=None, m=None, **extra):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in extra:
            exp[k] = extra.pop(k)
    assert not extra, extra
    cols = list(DS[dsname]["columns"]) if dsname != "none" else None
    Q.append(({"question": text, "dataset": dsname, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp}, style))


C = True  # clarify flag shorthand

# --- 1 mustard farms (plain words)
d = "h27_mustard_farms"
q(d, "ate", "machine", "Estimate the average treatment effect of `irrigation` on `yield_after`, adjusting for `rainfall`, `soil` and `hectares`.", "irrigation", "yield_after", covariates=["rainfall", "soil", "hectares"])
q(d, "ate", "paraphrase", "Did putting in drip lines actually raise how many tonnes per hectare these farms harvested this season?", "irrigation", "yield_after")
q(d, "ate", "terse", "ate training -> aphid_damage", "training", "aphid_damage")
q(d, "ate", "paraphrase", "Does joining a growers' co-op get farmers a better price for their seed?", "cooperative", "price_received")
q(d, "ate", "paraphrase", "How does applying more nitrogen change the oil level in the seed?", "fertilizer", None, clarify=C)
q(d, "ate", "other", "Is farm revenue boosted by the agronomy course, or is that just because bigger farms sent someone to it? Control for hectares.", "training", "revenue", covariates=["hectares"])
q(d, "ate", "terse", "effect of fertilizr on yeild, ctrl rainfall soil", "fertilizer", "yield_after", covariates=["rainfall", "soil"])
q(d, "ate", "machine", "Compute the ATT: for farms that adopted drip irrigation (`irrigation`), what was the effect on `revenue`?", "irrigation", "revenue", estimand="att")
q(d, "cate", "machine", "Estimate the conditional effect of `irrigation` on `yield_after` for farms where `soil` = sandy.", "irrigation", "yield_after", at={"soil": "sandy"})
q(d, "cate", "paraphrase", "Among farms in the south, how much does the agronomy course cut the share of plants hit by aphids?", "training", "aphid_damage", at={"region": "south"})
q(d, "cate", "other", "Under the condition that rainfall is 300 mm, what does extra nitrogen do to the harvest?", "fertilizer", "yield_after", at={"rainfall": 300})
q(d, "cate", "terse", "hetero effect of coop membership on price_received by variety - which variety gains most", "cooperative", "price_received")
q(d, "policy", "machine", "Learn a targeting rule: which farms should receive `training` to minimise `aphid_damage`?", "training", "aphid_damage")
q(d, "policy", "paraphrase", "We have money for only 40 drip kits. Which growers should get them so that harvests go up the most?", "irrigation", "yield_after")
q(d, "policy", "terse", "policy: who gets coop enrolment to max revenue", "cooperative", "revenue")
q(d, "mediation", "other", "Training seems to work by teaching growers to spot aphids early, which then protects the crop. How much of the training's effect on yield goes through aphid damage?", "training", "yield_after", "aphid_damage")
q(d, "mediation", "machine", "Decompose the effect of `irrigation` on `revenue` into the indirect path via `yield_after` and the direct path.", "irrigation", "revenue", "yield_after")
q(d, "discover", "paraphrase", "Which of these farm variables drive which? Map out the dependencies among rainfall, fertilizer, aphid damage, yields and revenue.")
q(d, "discover", "machine", "Estimate a causal graph over (`rainfall`, `irrigation`, `fertilizer`, `aphid_damage`, `yield_after`, `oil_content`).")
q(d, "unsupported", "other", "Plot the distribution of yield_after by region as a box plot.")

# --- 2 treadmill studios (camelCase)
d = "h27_treadmill_studios"
q(d, "ate", "machine", "Estimate the ATE of `coachedPlan` on `vo2maxPost`, controlling for `vo2maxPre` and `ageYrs`.", "coachedPlan", "vo2maxPost", covariates=["vo2maxPre", "ageYrs"])
q(d, "ate", "paraphrase", "Do members who get push nudges on their phone end up coming in more often each week?", "appReminders", "sessionsPerWk")
q(d, "ate", "terse", "ate introDiscount on churned90d", "introDiscount", "churned90d")
q(d, "ate", "paraphrase", "Does having a personal coach keep people from cancelling their membership?", "coachedPlan", None, clarify=C)
q(d, "ate", "paraphrase", "How many kilos do people lose over a year because they signed up for coaching?", "coachedPlan", "weightKg12m")
q(d, "ate", "other", "Is the v2 satisfaction score raised by app reminders, or is that confounded by how often people train? Adjust for sessionsPerWk.", "appReminders", "satisfactionScoreV2", covariates=["sessionsPerWk"])
q(d, "ate", "machine", "Using `introDiscount` as an instrument, estimate the effect of `sessionsPerWk` on `weightKg12m`.", "sessionsPerWk", "weightKg12m", instrument="introDiscount")
q(d, "ate", "terse", "effect of training more times a week on aerobic capacity afterwards", "sessionsPerWk", "vo2maxPost")
q(d, "cate", "machine", "Estimate the CATE of `coachedPlan` on `churned30d` for members with `isFemale` = 1.", "coachedPlan", "churned30d", at={"isFemale": 1})
q(d, "cate", "paraphrase", "For members over 50, how much does coaching improve their cardio capacity at follow-up?", "coachedPlan", "vo2maxPost", at={"ageYrs": 50})
q(d, "cate", "other", "In the Leeds studio, what would turning on reminders do to churn?", "appReminders", None, at={"studioCity": "Leeds"}, clarify=C)
q(d, "cate", "terse", "who benefits most from coaching, weight at 12m, by age", "coachedPlan", "weightKg12m")
q(d, "policy", "machine", "Derive an optimal assignment policy for `coachedPlan` that minimises `churned90d`.", "coachedPlan", "churned90d")
q(d, "policy", "paraphrase", "Coaches are expensive. Which new joiners should we offer one to so that fewer of them quit within the first month?", "coachedPlan", "churned30d")
q(d, "policy", "terse", "target introDiscount to maximise sessionsPerWk - which members?", "introDiscount", "sessionsPerWk")
q(d, "mediation", "other", "Our theory: reminders work by getting people onto the treadmill more times per week, which then lifts their VO2max. What share of the reminder effect runs through session frequency?", "appReminders", "vo2maxPost", "sessionsPerWk")
q(d, "mediation", "terse", "mediation coachedPlan -> sessionsPerWk -> churned90d", "coachedPlan", "churned90d", "sessionsPerWk")
q(d, "discover", "machine", "Run causal discovery on the treadmill studio table and return the learned graph.")
q(d, "unsupported", "paraphrase", "What's the average member age in each studio city?")

# --- 3 jackfruit processors (UPPER_CASE)
d = "h27_jackfruit_processors"
q(d, "ate", "machine", "Estimate the average effect of `SOLAR_DRYER` on `SHELF_LIFE_D`, adjusting for `PLANT_SIZE` and `RAW_TONNES`.", "SOLAR_DRYER", "SHELF_LIFE_D", covariates=["PLANT_SIZE", "RAW_TONNES"])
q(d, "ate", "paraphrase", "Do plants that bought a mechanical peeling machine throw away less fruit?", "MECH_PEELER", "WASTE_PCT_POST")
q(d, "ate", "terse", "ATE FSSAI_CERT -> EXPORT_VOL_12M", "FSSAI_CERT", "EXPORT_VOL_12M")
q(d, "ate", "other", "Are fewer export shipments turned back because of food-safety certification, or is that just the bigger plants? hold plant size fixed", "FSSAI_CERT", "REJECT_RATE", covariates=["PLANT_SIZE"])
q(d, "ate", "paraphrase", "What does winning an export contract do to a processor's margin?", "EXPORT_CONTRACT", None, clarify=C)
q(d, "ate", "machine", "For plants that did not install a solar dryer (`SOLAR_DRYER` = 0), what would installing one have done to `MARGIN_RATIO`? Report the ATC.", "SOLAR_DRYER", "MARGIN_RATIO", estimand="atc")
q(d, "ate", "paraphrase", "How much longer does packaged jackfruit keep on the shelf thanks to mechanised peeling?", "MECH_PEELER", "SHELF_LIFE_D")
q(d, "cate", "machine", "Conditional effect of mechanical peeling (MECH_PEELER) on post-period waste (WASTE_PCT_POST) where PLANT_SIZE = SMALL.", "MECH_PEELER", "WASTE_PCT_POST", at={"PLANT_SIZE": "SMALL"})
q(d, "cate", "paraphrase", "In Kerala, does getting certified raise export volumes over six months?", "FSSAI_CERT", "EXPORT_VOL_6M", at={"STATE_CD": "KL"})
q(d, "cate", "other", "when raw fruit costs 25 rupees a kilo, what is the solar dryer's effect on margin percentage?", "SOLAR_DRYER", "MARGIN_PCT", at={"BULB_PRICE": 25})
q(d, "cate", "terse", "effect heterogeneity: EXPORT_CONTRACT on MARGIN_PCT across STATE_CD", "EXPORT_CONTRACT", "MARGIN_PCT")
q(d, "policy", "machine", "Which plants should be prioritised for a subsidised `SOLAR_DRYER` to maximise `SHELF_LIFE_D`? Return a targeting rule.", "SOLAR_DRYER", "SHELF_LIFE_D")
q(d, "policy", "paraphrase", "The state agency can certify 30 more plants this year; pick the ones where certification would cut shipment rejections the most.", "FSSAI_CERT", "REJECT_RATE")
q(d, "mediation", "other", "Peelers probably pay off by cutting waste, which then widens the margin ratio. Split the peeler's effect on MARGIN_RATIO into the part through WASTE_PCT_POST and the rest.", "MECH_PEELER", "MARGIN_RATIO", "WASTE_PCT_POST")
q(d, "mediation", "machine", "Mediation analysis: treatment `FSSAI_CERT`, mediator `REJECT_RATE`, outcome `EXPORT_VOL_12M`.", "FSSAI_CERT", "EXPORT_VOL_12M", "REJECT_RATE")
q(d, "mediation", "paraphrase", "How much of the solar dryer's benefit to twelve-month export volumes happens because the product simply keeps longer?", "SOLAR_DRYER", "EXPORT_VOL_12M", "SHELF_LIFE_D")
q(d, "discover", "terse", "figure out what causes what among the processing variables")
q(d, "unsupported", "machine", "Forecast next quarter's `RAW_TONNES` for each plant.")

# --- 4 marimba ensembles (snake cryptic)
d = "h27_marimba_ensembles"
q(d, "ate", "machine", "Estimate the ATE of `prv_lsn` on `sr_eoy`, controlling for `sr_bl`, `grd` and `frl`.", "prv_lsn", "sr_eoy", covariates=["sr_bl", "grd", "frl"])
q(d, "ate", "paraphrase", "Does pairing a student with an older mentor make them more likely to still be playing in the ensemble next year?", "mtr", "ret_1y")
q(d, "ate", "paraphrase", "Does the conductor's teaching style affect how accurately students keep rhythm by the end of the year?", None, "rhy_eoy", clarify=C)
q(d, "ate", "paraphrase", "Do kids who practise more hours a week keep better time by June?", "pt_hrs_wk", "rhy_eoy")
q(d, "ate", "paraphrase", "What is the effect of performing in more concerts on students' stage nerves?", "conc_n", None, clarify=C)
q(d, "ate", "other", "Is end-of-year sight-reading improved by mentoring, or is it just that mentored kids were already stronger readers? adjust for sr_bl", "mtr", "sr_eoy", covariates=["sr_bl"])
q(d, "ate", "machine", "Estimate the average treatment effect on the treated of private lessons (`prv_lsn`) on two-year retention (`ret_2y`).", "prv_lsn", "ret_2y", estimand="att")
q(d, "ate", "terse", "efect of privte lessons on rythm", "prv_lsn", "rhy_eoy")
q(d, "cate", "machine", "Estimate the CATE of `mtr` on `ret_1y` among students with `frl` = 1.", "mtr", "ret_1y", at={"frl": 1})
q(d, "cate", "paraphrase", "For sixth graders, how much does private tuition raise their rhythm accuracy?", "prv_lsn", "rhy_eoy", at={"grd": 6})
q(d, "cate", "other", "At school C, does mentoring change the original anxiety score (anx_scr)?", "mtr", "anx_scr", at={"sch_cd": "C"})
q(d, "cate", "terse", "for whom is the practice-hours effect on sr_eoy largest?", "pt_hrs_wk", "sr_eoy")
q(d, "policy", "machine", "Learn a policy assigning `mtr` to maximise `ret_2y`.", "mtr", "ret_2y")
q(d, "policy", "paraphrase", "We have 15 mentors. Which students should be matched with one so that the fewest drop out of the ensemble after a year?", "mtr", "ret_1y")
q(d, "policy", "other", "Which students should the district pay private lessons for, if the aim is end-of-year sight-reading?", "prv_lsn", "sr_eoy")
q(d, "mediation", "other", "Mentors seem to help because mentored students turn up to rehearsal more, which then keeps them in the group. How much of the mentor effect on ret_1y flows through att_pct?", "mtr", "ret_1y", "att_pct")
q(d, "mediation", "terse", "prv_lsn -> pt_hrs_wk -> sr_eoy, direct vs indirect", "prv_lsn", "sr_eoy", "pt_hrs_wk")
q(d, "discover", "machine", "Learn the causal graph over `pt_hrs_wk`, `sr_eoy`, `rhy_eoy`, `att_pct` and `ret_1y`.")
q(d, "discover", "paraphrase", "Which of these student measures are upstream of which? I want the structure of influence among practice, attendance, anxiety and retention.")
q(d, "unsupported", "terse", "clean att_pct - some rows are above 100")

# --- 5 okra growers (snake cryptic)
d = "h27_okra_growers"
q(d, "ate", "machine", "Estimate the average treatment effect of `hyb_sd` on `yld_fu`, adjusting for `yld_bl`, `plt_ha` and `wtr_src`.", "hyb_sd", "yld_fu", covariates=["yld_bl", "plt_ha", "wtr_src"])
q(d, "ate", "paraphrase", "Does spraying neem keep yellow vein mosaic out of okra fields?", "nm_spray", "ymv_inc")
q(d, "ate", "terse", "ate mulch -> yld_fu", "mulch", "yld_fu")
q(d, "ate", "paraphrase", "Do growers who are called on more often by the government agronomists harvest more?", "ext_vst", "yld_fu")
q(d, "ate", "terse", "effect of hybrid seed on sales", "hyb_sd", None, clarify=C)
q(d, "ate", "other", "Is the 90-day sales figure raised by mulching, or is that driven by plot size? Hold plt_ha fixed.", "mulch", "sales_90d", covariates=["plt_ha"])
q(d, "ate", "machine", "Use `ext_vst` as an instrument to estimate the effect of `hyb_sd` on `yld_fu`.", "hyb_sd", "yld_fu", instrument="ext_vst")
q(d, "ate", "paraphrase", "For growers who never tried neem spray, how much would it have raised their okra harvest?", "nm_spray", "yld_fu", estimand="atc")
q(d, "cate", "machine", "CATE of `nm_spray` on `ymv_inc` where `dist` = benue.", "nm_spray", "ymv_inc", at={"dist": "benue"})
q(d, "cate", "paraphrase", "For households headed by a woman, what does hybrid seed do to the harvest?", "hyb_sd", "yld_fu", at={"fem_hd": 1})
q(d, "cate", "other", "On plots of 2 ha, what is the effect of mulch on yield?", "mulch", "yld_fu", at={"plt_ha": 2})
q(d, "cate", "terse", "how does the n_kgha effect on yld_fu vary by water source", "n_kgha", "yld_fu")
q(d, "policy", "machine", "Find the optimal treatment rule for `hyb_sd` to maximise `sales_90d`.", "hyb_sd", "sales_90d")
q(d, "policy", "paraphrase", "Extension officers can only reach a few hundred farms with neem sprayers. Which households should they target to cut virus incidence?", "nm_spray", "ymv_inc")
q(d, "mediation", "other", "Neem works by suppressing the whitefly-borne mosaic virus, which then lets the plants yield more. What fraction of neem's effect on yld_fu is mediated by ymv_inc?", "nm_spray", "yld_fu", "ymv_inc")
q(d, "mediation", "machine", "Estimate natural direct and indirect effects of `hyb_sd` on `sales_30d` through `yld_fu`.", "hyb_sd", "sales_30d", "yld_fu")
q(d, "mediation", "paraphrase", "Do adviser visits raise harvests mainly because farmers then switch to hybrid seed, or is there a direct benefit too?", "ext_vst", "yld_fu", "hyb_sd")
q(d, "discover", "terse", "causal structure of the okra data pls")
q(d, "unsupported", "machine", "Write a SQL query returning the average `farmgt_px` per `dist`.")

# --- 6 zipline parks (camelCase)
d = "h27_zipline_parks"
q(d, "ate", "machine", "Estimate the ATE of `safetyVideo` on `anxietyPost`, adjusting for `anxietyPre` and `visitorAge`.", "safetyVideo", "anxietyPost", covariates=["anxietyPre", "visitorAge"])
q(d, "ate", "paraphrase", "Does buying the photo bundle make people more likely to come back within half a year?", "photoPackage", "returned6m")
q(d, "ate", "terse", "ate earlyBirdPrice on spendOnsite", "earlyBirdPrice", "spendOnsite")
q(d, "ate", "paraphrase", "Does the safety briefing video make riders more likely to recommend us to friends?", "safetyVideo", None, clarify=C)
q(d, "ate", "other", "Are riders less jittery afterwards because of the video, or is that confounded by wind? adjust windMph", "safetyVideo", "anxietyPost", covariates=["windMph"])
q(d, "ate", "paraphrase", "If admission costs more, do guests spend less on snacks and merch once they're inside?", "ticketPrice", "spendOnsite")
q(d, "ate", "machine", "Estimate the ATT of `photoPackage` on `npsScoreV2`.", "photoPackage", "npsScoreV2", estimand="att")
q(d, "ate", "terse", "effect of group size on returning within 12m", "groupSize", "returned12m")
q(d, "cate", "other", "What does the safety video do to post-ride nerves on days at 90F?", "safetyVideo", "anxietyPost", at={"tempF": 90})
q(d, "cate", "paraphrase", "For people visiting on a Saturday or Sunday, does the early-bird deal bring them back within a year?", "earlyBirdPrice", "returned12m", at={"weekendVisit": 1})
q(d, "cate", "machine", "CATE of `photoPackage` on `spendOnsite` for `parkName` = EagleDrop.", "photoPackage", "spendOnsite", at={"parkName": "EagleDrop"})
q(d, "cate", "terse", "which visitors gain most from safetyVideo (anxietyPost)", "safetyVideo", "anxietyPost")
q(d, "policy", "machine", "Learn a targeting policy for `earlyBirdPrice` that maximises `returned12m`.", "earlyBirdPrice", "returned12m")
q(d, "policy", "paraphrase", "Who should we push the photo bundle to at checkout if we want the biggest lift in money spent at the park?", "photoPackage", "spendOnsite")
q(d, "policy", "terse", "allocation rule safetyVideo -> min anxietyPost", "safetyVideo", "anxietyPost")
q(d, "mediation", "other", "The video calms people down, and calmer riders enjoy it more and recommend us. How much of the video's effect on npsScoreV2 goes via anxietyPost?", "safetyVideo", "npsScoreV2", "anxietyPost")
q(d, "mediation", "machine", "Mediation: `earlyBirdPrice` -> `spendOnsite` -> `returned6m`; report direct and indirect effects.", "earlyBirdPrice", "returned6m", "spendOnsite")
q(d, "mediation", "paraphrase", "Is the photo package's effect on coming back within a year explained by people spending more during the visit?", "photoPackage", "returned12m", "spendOnsite")
q(d, "discover", "paraphrase", "Work out the cause-and-effect relationships among weather, price, anxiety and return visits in the zipline bookings.")

# --- 7 hovercraft routes (UPPER_CASE)
d = "h27_hovercraft_routes"
q(d, "ate", "machine", "Estimate the ATE of `NEW_SKIRT` on `FUEL_L`, controlling for `WAVE_HT_M`, `WIND_KT` and `CRAFT_CLASS`.", "NEW_SKIRT", "FUEL_L", covariates=["WAVE_HT_M", "WIND_KT", "CRAFT_CLASS"])
q(d, "ate", "paraphrase", "Does letting passengers check in online get the hovercraft away from the pier on time?", "ONLINE_CHECKIN", "DELAY_MIN_DEP")
q(d, "ate", "terse", "effect of new skirt on delays?", "NEW_SKIRT", None, clarify=C)
q(d, "ate", "terse", "ate DYN_PRICING -> PAX_N", "DYN_PRICING", "PAX_N")
q(d, "ate", "other", "Are sailings cancelled less often since the skirts were replaced, or is that only calmer seas? Adjust for wave height.", "NEW_SKIRT", "CANCELLED", covariates=["WAVE_HT_M"])
q(d, "ate", "paraphrase", "How does surge-style fare setting change the number of passenger grumbles over the following month?", "DYN_PRICING", "COMPLAINTS_30D")
q(d, "ate", "machine", "Estimate the average treatment effect on the untreated (ATC) of `ONLINE_CHECKIN` on `COMPLAINTS_7D`.", "ONLINE_CHECKIN", "COMPLAINTS_7D", estimand="atc")
q(d, "cate", "machine", "Estimate the CATE of `NEW_SKIRT` on `DELAY_MIN_ARR` where `ROUTE` = OBAN-MULL.", "NEW_SKIRT", "DELAY_MIN_ARR", at={"ROUTE": "OBAN-MULL"})
q(d, "cate", "other", "Under the condition that waves are 1.5 m, what does the new skirt do to fuel burn?", "NEW_SKIRT", "FUEL_L", at={"WAVE_HT_M": 1.5})
q(d, "cate", "paraphrase", "On the BHT130 craft, does variable pricing fill more of the seats (load factor)?", "DYN_PRICING", "LOAD_FACTOR", at={"CRAFT_CLASS": "BHT130"})
q(d, "cate", "terse", "heterogeneity of ONLINE_CHECKIN effect on DELAY_MIN_DEP by crew experience", "ONLINE_CHECKIN", "DELAY_MIN_DEP")
q(d, "policy", "machine", "Learn a policy deciding which sailings get `DYN_PRICING` so as to maximise `LOAD_PCT`.", "DYN_PRICING", "LOAD_PCT")
q(d, "policy", "paraphrase", "We can refit skirts on only a third of the fleet this winter. Which sailings should get them first to save the most fuel?", "NEW_SKIRT", "FUEL_L")
q(d, "mediation", "other", "Online check-in speeds up boarding, so the craft leaves on time, which then means it arrives on time. How much of check-in's effect on arrival delay is through departure delay?", "ONLINE_CHECKIN", "DELAY_MIN_ARR", "DELAY_MIN_DEP")
q(d, "mediation", "terse", "mediation DYN_PRICING -> PAX_N -> COMPLAINTS_7D", "DYN_PRICING", "COMPLAINTS_7D", "PAX_N")
q(d, "discover", "machine", "Run the PC algorithm on (`WAVE_HT_M`, `WIND_KT`, `FUEL_L`, `DELAY_MIN_DEP`, `DELAY_MIN_ARR`, `CANCELLED`) and return the causal graph.")
q(d, "discover", "other", "What's the causal graph for the hovercraft sailings table?")
q(d, "unsupported", "terse", "summarise PAX_N by ROUTE: mean, median, max")

# --- 8 dumpling restaurants (camelCase)
d = "h27_dumpling_restaurants"
q(d, "ate", "machine", "Estimate the ATE of `deliveryApp` on `revenuePost`, adjusting for `revenuePre`, `seatCount` and `neighborhoodType`.", "deliveryApp", "revenuePost", covariates=["revenuePre", "seatCount", "neighborhoodType"])
q(d, "ate", "paraphrase", "Does letting diners watch the dumplings being folded make them come back within three months?", "openKitchen", "repeatRate90d")
q(d, "ate", "terse", "ate loyaltyProgram repeatRate30d", "loyaltyProgram", "repeatRate30d")
q(d, "ate", "paraphrase", "What is the effect of the loyalty program on the average order size?", "loyaltyProgram", None, clarify=C)
q(d, "ate", "other", "Is the health inspection score raised by staff training hours, or do better-run places just train more? control for seatCount and menuPrice", "staffTrainingHrs", "healthInspScore", covariates=["seatCount", "menuPrice"])
q(d, "ate", "paraphrase", "Do pricier plates drag down the v2 star rating?", "menuPrice", "avgRatingV2")
q(d, "ate", "machine", "Estimate the effect of an open kitchen (`openKitchen`) on order-to-table time (`ticketTimeMin`) for the restaurants that have one (ATT).", "openKitchen", "ticketTimeMin", estimand="att")
q(d, "ate", "terse", "effct of delivery app on food waste per wk", "deliveryApp", "wasteKgWk")
q(d, "cate", "machine", "CATE of `loyaltyProgram` on `revenuePost` for `neighborhoodType` = campus.", "loyaltyProgram", "revenuePost", at={"neighborhoodType": "campus"})
q(d, "cate", "paraphrase", "For momo places specifically, how much does joining a delivery platform change weekly takings afterwards?", "deliveryApp", "revenuePost", at={"cuisineStyle": "momo"})
q(d, "cate", "other", "when the average plate costs $12, what's the loyalty scheme's effect on the 30-day repeat rate?", "loyaltyProgram", "repeatRate30d", at={"menuPrice": 12})
q(d, "cate", "terse", "open kitchen effect on rating - where is it largest?", "openKitchen", None, clarify=C)
q(d, "policy", "machine", "Learn an optimal policy for `loyaltyProgram` to maximise `repeatRate90d`.", "loyaltyProgram", "repeatRate90d")
q(d, "policy", "paraphrase", "A delivery platform is offering free onboarding to 50 restaurants. Which ones should take it to grow revenue the most?", "deliveryApp", "revenuePost")
q(d, "policy", "terse", "who should get more staffTrainingHrs to maximise healthInspScore", "staffTrainingHrs", "healthInspScore")
q(d, "mediation", "other", "Open kitchens may work by speeding up the line (cooks are on show, so tickets move), which then lifts the v2 ratings. Estimate the share of the open-kitchen effect on avgRatingV2 that goes through ticketTimeMin.", "openKitchen", "avgRatingV2", "ticketTimeMin")
q(d, "mediation", "machine", "Decompose the effect of `loyaltyProgram` on `revenuePost` into direct and indirect via `repeatRate30d`.", "loyaltyProgram", "revenuePost", "repeatRate30d")
q(d, "discover", "paraphrase", "Which variables in the dumpling data cause which? Give me the causal ordering.")
q(d, "unsupported", "machine", "Train a model to predict `avgRatingV2` from the other columns and report RMSE.")

# --- 9 walrus haul-outs (snake cryptic)
d = "h27_walrus_haulouts"
q(d, "ate", "machine", "Estimate the ATE of `clsr` on `mort_n`, adjusting for `cnt_bl`, `sea_ice_pct` and `rgn`.", "clsr", "mort_n", covariates=["cnt_bl", "sea_ice_pct", "rgn"])
q(d, "ate", "paraphrase", "Do community walrus guardians reduce the number of carcasses found on a beach?", "grd_prg", "mort_n")
q(d, "ate", "terse", "ate bt_trf -> strmp_30d", "bt_trf", "strmp_30d")
q(d, "ate", "paraphrase", "Does flying drones over haul-outs cause stampedes?", "drone_srv", None, clarify=C)
q(d, "ate", "other", "Is the follow-up walrus count increased by closing sites to vessels, or is it confounded by ice cover? control sea_ice_pct", "clsr", "cnt_fu", covariates=["sea_ice_pct"])
q(d, "ate", "paraphrase", "How much does the amount of passing vessel traffic change how many animals are hauled out at the later survey?", "bt_trf", "cnt_fu")
q(d, "ate", "machine", "ATT of the guardian programme (`grd_prg`) on `strmp_7d`.", "grd_prg", "strmp_7d", estimand="att")
q(d, "cate", "machine", "CATE of `clsr` on `strmp_30d` where `rgn` = chukchi.", "clsr", "strmp_30d", at={"rgn": "chukchi"})
q(d, "cate", "other", "at 20 boat passes a day, what's the effect of a guardian programme on week-long stampede counts?", "grd_prg", "strmp_7d", at={"bt_trf": 20})
q(d, "cate", "paraphrase", "For haul-outs 5 km from a village, does closing the site reduce deaths?", "clsr", "mort_n", at={"dist_km": 5})
q(d, "cate", "terse", "how does drone_srv effect on strmp_7d vary with sea ice", "drone_srv", "strmp_7d")
q(d, "policy", "machine", "Which sites should get `grd_prg` to minimise `mort_n`? Learn a targeting rule.", "grd_prg", "mort_n")
q(d, "policy", "paraphrase", "If the agency can close just ten beaches to boats, which ones would prevent the most panicked rushes into the sea over a month?", "clsr", "strmp_30d")
q(d, "mediation", "other", "Boats spook walruses into the water and the stampedes crush calves. How much of boat traffic's effect on mortality operates through 30-day stampede events?", "bt_trf", "mort_n", "strmp_30d")
q(d, "mediation", "machine", "Mediation of `clsr` -> `strmp_7d` -> `mort_n`.", "clsr", "mort_n", "strmp_7d")
q(d, "discover", "paraphrase", "Work out the cause-and-effect structure linking sea ice, water temperature, prey biomass, disturbance and walrus counts.")
q(d, "discover", "machine", "Causal discovery (NOTEARS) on all numeric columns of `h27_walrus_haulouts`; output the learned graph as an adjacency matrix.")
q(d, "unsupported", "paraphrase", "Make a map of the sites coloured by how many walruses were counted at follow-up.")

# --- 10 comic shops (plain words)
d = "h27_comic_shops"
q(d, "ate", "machine", "Estimate the ATE of `events` on `sales_after`, controlling for `sales_before` and `size`.", "events", "sales_after", covariates=["sales_before", "size"])
q(d, "ate", "paraphrase", "Do shops that run game nights get more people through the door?", "events", "footfall")
q(d, "ate", "terse", "ate pullbox retention_90d", "pullbox", "retention_90d")
q(d, "ate", "paraphrase", "Does stocking manga grow a shop's customer base?", "manga", None, clarify=C)
q(d, "ate", "other", "Are sales higher because of selling online, or is that confounded by city and rent? adjust for both", "online", "sales_after", covariates=["city", "rent"])
q(d, "ate", "paraphrase", "How much does a deeper markdown change weekly takings?", "discount", "sales_after")
q(d, "ate", "machine", "Estimate the ATC of `pullbox` on `subscribers`.", "pullbox", "subscribers", estimand="atc")
q(d, "ate", "terse", "effect events on 30d retention, ctrl staff", "events", "retention_30d", covariates=["staff"])
q(d, "cate", "machine", "CATE of `online` on `sales_after` for `size` = small.", "online", "sales_after", at={"size": "small"})
q(d, "cate", "paraphrase", "In Bristol, do in-store events change how many customers are still coming back after a month?", "events", "retention_30d", at={"city": "Bristol"})
q(d, "cate", "other", "At a 15% discount, what's the effect of a pull-box service on regulars?", "pullbox", "regulars", at={"discount": 15})
q(d, "cate", "terse", "which shops benefit most from a manga section, sales", "manga", "sales_after")
q(d, "policy", "machine", "Learn a targeting policy for `events` maximising `footfall`.", "events", "footfall")
q(d, "policy", "paraphrase", "The distributor will fund a subscription-box setup for 20 stores; choose the ones where it would keep the most customers coming back over three months.", "pullbox", "retention_90d")
q(d, "policy", "other", "Which shops should launch an online store if what we care about is retention?", "online", None, clarify=C)
q(d, "mediation", "other", "Events bring people in, and more visitors means more sales. How much of the event effect on sales_after runs via footfall?", "events", "sales_after", "footfall")
q(d, "mediation", "terse", "pullbox -> subscribers -> sales_after mediation", "pullbox", "sales_after", "subscribers")
q(d, "discover", "terse", "learn graph comic shops")
q(d, "unsupported", "paraphrase", "Which city has the most shops in this table?")

# --- 11 hornet removals (UPPER_CASE)
d = "h27_hornet_removals"
q(d, "ate", "machine", "Estimate the ATE of `FOAM_USED` on `REINFEST_90D`, adjusting for `NEST_LOC`, `SPECIES` and `NEST_DIAM_CM`.", "FOAM_USED", "REINFEST_90D", covariates=["NEST_LOC", "SPECIES", "NEST_DIAM_CM"])
q(d, "ate", "paraphrase", "Does coming out after dark, when the hornets are all home, mean the nest doesn't come back within a month?", "NIGHT_VISIT", "REINFEST_30D")
q(d, "ate", "terse", "do night visits reduce stings", "NIGHT_VISIT", None, clarify=C)
q(d, "ate", "terse", "ate FOLLOWUP_CALL -> CSAT_V2", "FOLLOWUP_CALL", "CSAT_V2")
q(d, "ate", "other", "Are householders stung less often because foam was used, or is that just smaller nests? hold NEST_DIAM_CM fixed", "FOAM_USED", "STINGS_RESIDENT", covariates=["NEST_DIAM_CM"])
q(d, "ate", "paraphrase", "How much longer do jobs take when the technician sprays foam instead of puffing dust?", "FOAM_USED", "JOB_MIN")
q(d, "ate", "machine", "Estimate the effect of technician experience (`TECH_YRS`) on stings to the technician (`STINGS_TECH`).", "TECH_YRS", "STINGS_TECH")
q(d, "ate", "other", "For jobs that did get a follow-up phone call, what did the call do to 90-day reinfestation? (effect on the treated)", "FOLLOWUP_CALL", "REINFEST_90D", estimand="att")
q(d, "cate", "machine", "CATE of `FOAM_USED` on `REINFEST_30D` for `NEST_LOC` = WALL_CAVITY.", "FOAM_USED", "REINFEST_30D", at={"NEST_LOC": "WALL_CAVITY"})
q(d, "cate", "paraphrase", "For Asian hornet nests, is a night-time removal better at stopping the colony returning within three months?", "NIGHT_VISIT", "REINFEST_90D", at={"SPECIES": "ASIAN"})
q(d, "cate", "other", "under the condition that the nest is 40 cm across, what's foam's effect on the technician getting stung?", "FOAM_USED", "STINGS_TECH", at={"NEST_DIAM_CM": 40})
q(d, "cate", "terse", "night visit effect on JOB_MIN by house type, heterogeneity", "NIGHT_VISIT", "JOB_MIN")
q(d, "policy", "machine", "Learn a policy deciding which jobs get `NIGHT_VISIT` to minimise `REINFEST_90D`.", "NIGHT_VISIT", "REINFEST_90D")
q(d, "policy", "paraphrase", "Follow-up calls take office time. Which customers should we ring back to most improve how satisfied they say they are on the v2 survey?", "FOLLOWUP_CALL", "CSAT_V2")
q(d, "policy", "terse", "targeting FOAM_USED min STINGS_RESIDENT", "FOAM_USED", "STINGS_RESIDENT")
q(d, "mediation", "other", "A follow-up call works by catching nests that come back early, which then keeps the customer happy. How much of the call's effect on satisfaction runs through REINFEST_30D?", "FOLLOWUP_CALL", None, "REINFEST_30D", clarify=C)
q(d, "mediation", "machine", "Mediation analysis of `FOAM_USED` on `CSAT_V2` via `JOB_MIN`.", "FOAM_USED", "CSAT_V2", "JOB_MIN")
q(d, "discover", "paraphrase", "What causes what in the hornet job records? Find the structure among nest size, species, method, stings and reinfestation.")
q(d, "unsupported", "paraphrase", "How many of these jobs were nests in a loft?")

# --- 12 gorilla lodges (plain words)
d = "h27_gorilla_lodges"
q(d, "ate", "machine", "Estimate the ATE of `ecolabel` on `occupancy_after`, controlling for `occupancy_before`, `nightly_rate` and `country`.", "ecolabel", "occupancy_after", covariates=["occupancy_before", "nightly_rate", "country"])
q(d, "ate", "paraphrase", "Does sharing lodge income with the neighbouring villages cut poaching around the lodge?", "community_fund", "poaching_incidents")
q(d, "ate", "terse", "ate guide_training -> rebooking_12m", "guide_training", "rebooking_12m")
q(d, "ate", "paraphrase", "Does training the guides improve what guests say about their stay?", "guide_training", None, clarify=C)
q(d, "ate", "other", "Is occupancy driven up by a cheaper trekking permit, or is that confounded by altitude and distance to the park gate? adjust for altitude, distance", "permit_price", "occupancy_after", covariates=["altitude", "distance"])
q(d, "ate", "paraphrase", "For the lodges that earned a green certification, how many more of their rooms got filled because of it?", "ecolabel", "occupancy_after", estimand="att")
q(d, "ate", "machine", "Estimate the effect of `nightly_rate` on `occupancy_after` using `permit_price` as an instrument.", "nightly_rate", "occupancy_after", instrument="permit_price")
q(d, "cate", "machine", "CATE of `community_fund` on `poaching_incidents` for `country` = DRC.", "community_fund", "poaching_incidents", at={"country": "DRC"})
q(d, "cate", "paraphrase", "For lodges 2500 metres up, what does guide training do to the guest score?", "guide_training", "guest_score", at={"altitude": 2500})
q(d, "cate", "other", "when the permit costs 800 dollars, does the eco-label change rebookings?", "ecolabel", None, at={"permit_price": 800}, clarify=C)
q(d, "cate", "terse", "heterogeneous effect ecolabel on occupancy_after by rooms", "ecolabel", "occupancy_after")
q(d, "policy", "machine", "Which lodges should adopt `community_fund` to minimise `poaching_incidents`? Learn the policy.", "community_fund", "poaching_incidents")
q(d, "policy", "paraphrase", "A donor will pay for guide courses at 12 lodges. Which ones would see the biggest jump in guests booking again within a year?", "guide_training", "rebooking_12m")
q(d, "mediation", "other", "Training guides makes the treks better, which raises the guest rating, which in turn drives people to book again. How much of the training's effect on rebooking_12m goes through guest_rating?", "guide_training", "rebooking_12m", "guest_rating")
q(d, "mediation", "machine", "Mediation: treatment `community_fund`, mediator `staff_local`, outcome `poaching_incidents`.", "community_fund", "poaching_incidents", "staff_local")
q(d, "mediation", "paraphrase", "Is the eco-label's effect on occupancy mostly because certified lodges can charge more per night, or is there a direct effect as well?", "ecolabel", "occupancy_after", "nightly_rate")
q(d, "discover", "machine", "Discover the causal graph among `altitude`, `distance`, `nightly_rate`, `occupancy_after` and `poaching_incidents`.")
q(d, "unsupported", "terse", "correlation matrix of the numeric columns pls")

# --- 13 tempeh producers (snake cryptic)
d = "h27_tempeh_producers"
q(d, "ate", "machine", "Estimate the ATE of `vac_pk` on `spoil_14d`, adjusting for `inc_temp_c` and `hum_pct`.", "vac_pk", "spoil_14d", covariates=["inc_temp_c", "hum_pct"])
q(d, "ate", "paraphrase", "Does wrapping the cakes in banana leaves make them taste better to the panel?", "bnana_lf", "tst_scr")
q(d, "ate", "terse", "ate inc_temp_c -> mold_cov_pct", "inc_temp_c", "mold_cov_pct")
q(d, "ate", "paraphrase", "Does vacuum packing stop tempeh from going off?", "vac_pk", None, clarify=C)
q(d, "ate", "other", "Is spoilage within a week reduced by banana-leaf wrapping, or is that just confounded by humidity? control hum_pct", "bnana_lf", "spoil_7d", covariates=["hum_pct"])
q(d, "ate", "paraphrase", "If the beans are left to ferment for longer, how does the acidity on day three change?", "inc_hrs", "ph_d3")
q(d, "ate", "machine", "ATC of `bnana_lf` on `prot_g_v2`.", "bnana_lf", "prot_g_v2", estimand="atc")
q(d, "ate", "terse", "efect of incubaton hours on protien v2", "inc_hrs", "prot_g_v2")
q(d, "cate", "machine", "CATE of `vac_pk` on `spoil_7d` for `prod_cd` = SBY.", "vac_pk", "spoil_7d", at={"prod_cd": "SBY"})
q(d, "cate", "other", "At 30 \u00b0C incubation, what's the effect of banana-leaf wrapping on mould coverage?", "bnana_lf", "mold_cov_pct", at={"inc_temp_c": 30})
q(d, "cate", "paraphrase", "For batches made with soybeans shipped from the US, does vacuum sealing change the tasting score?", "vac_pk", "tst_scr", at={"sb_src": "import_us"})
q(d, "cate", "terse", "how does inc_hrs effect on tst_scr differ by strain", "inc_hrs", "tst_scr")
q(d, "policy", "machine", "Learn a policy for when to apply `vac_pk` to minimise `spoil_14d`.", "vac_pk", "spoil_14d")
q(d, "policy", "paraphrase", "Banana leaves are costly in the dry season. Which batches should still get them so that the taste panel scores are highest?", "bnana_lf", "tst_scr")
q(d, "policy", "terse", "optimal assignment of bnana_lf to minimise spoil_7d", "bnana_lf", "spoil_7d")
q(d, "mediation", "other", "Longer incubation works by letting the mycelium knit the beans together fully, which in turn improves flavour. Quantify how much of inc_hrs' effect on tst_scr is mediated by mold_cov_pct.", "inc_hrs", "tst_scr", "mold_cov_pct")
q(d, "mediation", "machine", "Natural indirect effect of `vac_pk` on `spoil_14d` via `ph_d3`.", "vac_pk", "spoil_14d", "ph_d3")
q(d, "discover", "paraphrase", "What's the causal structure among temperature, humidity, incubation time, mould coverage, pH and spoilage?")
q(d, "discover", "terse", "graph discovery on tempeh batches, all cols except btch_id")

# --- 14 snowplow depots (UPPER_CASE)
d = "h27_snowplow_depots"
q(d, "ate", "machine", "Estimate the ATE of `GPS_ROUTING` on `CLEAR_HRS_RESID`, controlling for `SNOW_CM`, `TRUCKS_N` and `DEPOT`.", "GPS_ROUTING", "CLEAR_HRS_RESID", covariates=["SNOW_CM", "TRUCKS_N", "DEPOT"])
q(d, "ate", "paraphrase", "Does spraying brine on the roads before the storm mean fewer car crashes in the day after?", "BRINE_PRETREAT", "CRASHES_24H")
q(d, "ate", "terse", "does gps routing shorten clearing time", "GPS_ROUTING", None, clarify=C)
q(d, "ate", "terse", "ate PRE_SEASON_TRAIN -> DRIVER_OT_HRS", "PRE_SEASON_TRAIN", "DRIVER_OT_HRS")
q(d, "ate", "other", "Are crashes over three days reduced by pre-treating with brine, or is it all about how cold it was? adjust AIR_TEMP_C and SNOW_CM", "BRINE_PRETREAT", "CRASHES_72H", covariates=["AIR_TEMP_C", "SNOW_CM"])
q(d, "ate", "paraphrase", "How much does each extra tonne of salt spread cut the number of calls to the city's 311 hotline?", "SALT_T", "COMPLAINTS_311")
q(d, "ate", "machine", "Estimate the ATT of `BRINE_PRETREAT` on `COST_USD_K`.", "BRINE_PRETREAT", "COST_USD_K", estimand="att")
q(d, "ate", "other", "What is the effect of plough blade type on how long main roads take to clear?", None, "CLEAR_HRS_PRIMARY", clarify=C)
q(d, "cate", "machine", "CATE of `GPS_ROUTING` on `CLEAR_HRS_PRIMARY` for `DEPOT` = NORTH.", "GPS_ROUTING", "CLEAR_HRS_PRIMARY", at={"DEPOT": "NORTH"})
q(d, "cate", "other", "At -10 C, what is the effect of brine pre-treatment on crashes in the first 24 hours?", "BRINE_PRETREAT", "CRASHES_24H", at={"AIR_TEMP_C": -10})
q(d, "cate", "paraphrase", "For storms dumping 30 cm of snow, does driver training change how long side streets take to clear?", "PRE_SEASON_TRAIN", "CLEAR_HRS_RESID", at={"SNOW_CM": 30})
q(d, "cate", "terse", "GPS_ROUTING effect on COST_USD_K: which depots gain most", "GPS_ROUTING", "COST_USD_K")
q(d, "policy", "machine", "Learn a targeting rule for `BRINE_PRETREAT` to minimise `CRASHES_72H`.", "BRINE_PRETREAT", "CRASHES_72H")
q(d, "policy", "paraphrase", "We only have brine trucks for some storms. Which events should we pre-treat to get the arterial roads clear fastest?", "BRINE_PRETREAT", "CLEAR_HRS_PRIMARY")
q(d, "policy", "other", "which depots should roll out GPS routing to bring overtime down", "GPS_ROUTING", "DRIVER_OT_HRS")
q(d, "mediation", "other", "GPS routing cuts overtime because plows finish residential streets faster, which then means drivers go home earlier. Estimate the share of GPS_ROUTING's effect on DRIVER_OT_HRS mediated by CLEAR_HRS_RESID.", "GPS_ROUTING", "DRIVER_OT_HRS", "CLEAR_HRS_RESID")
q(d, "mediation", "terse", "BRINE_PRETREAT -> SALT_T -> COST_USD_K direct/indirect", "BRINE_PRETREAT", "COST_USD_K", "SALT_T")
q(d, "discover", "machine", "Learn a causal graph over `SNOW_CM`, `AIR_TEMP_C`, `SALT_T`, `CLEAR_HRS_PRIMARY`, `CRASHES_24H` and `COMPLAINTS`.")
q(d, "unsupported", "paraphrase", "Can you forecast how much snow each depot will get next winter?")

# --- 15 bungee sites (camelCase)
d = "h27_bungee_sites"
q(d, "ate", "machine", "Estimate the ATE of `breathingCoach` on `heartRatePost`, controlling for `heartRatePre`, `jumperAge` and `heightM`.", "breathingCoach", "heartRatePost", covariates=["heartRatePre", "jumperAge", "heightM"])
q(d, "ate", "paraphrase", "Does a quick calm-down session with an instructor stop people bottling it on the platform?", "breathingCoach", "refusedAtEdge")
q(d, "ate", "terse", "ate videoPackage -> rebooked180d", "videoPackage", "rebooked180d")
q(d, "ate", "machine", "Estimate the causal effect between `heartRatePost` and `fearRatingV2`.", None, None, clarify=C)
q(d, "ate", "other", "Are people who wait longer at the top more likely to refuse, or is that just first-timers being nervous? adjust firstJump", "waitMin", "refusedAtEdge", covariates=["firstJump"])
q(d, "ate", "paraphrase", "Do jumpers who go off strapped to a partner leave bigger tips?", "tandemJump", "tipAmount")
q(d, "ate", "machine", "ATC of `tandemJump` on `fearRatingV2`.", "tandemJump", "fearRatingV2", estimand="atc")
q(d, "ate", "paraphrase", "Does the breathing coach make jumpers less scared?", "breathingCoach", None, clarify=C)
q(d, "cate", "machine", "CATE of `breathingCoach` on `refusedAtEdge` for `firstJump` = 1.", "breathingCoach", "refusedAtEdge", at={"firstJump": 1})
q(d, "cate", "other", "from a 100 m drop, what does jumping tandem do to heart rate after the jump?", "tandemJump", "heartRatePost", at={"heightM": 100})
q(d, "cate", "paraphrase", "At the dam site, does the video bundle make jumpers book again within a month?", "videoPackage", "rebooked30d", at={"siteName": "DamWall"})
q(d, "cate", "terse", "who gains most from breathingCoach on fearRatingV2", "breathingCoach", "fearRatingV2")
q(d, "policy", "machine", "Learn an assignment policy for `breathingCoach` minimising `refusedAtEdge`.", "breathingCoach", "refusedAtEdge")
q(d, "policy", "paraphrase", "Staff can upsell the video to some jumpers. Who should we offer it to so the most come back within six months?", "videoPackage", "rebooked180d")
q(d, "policy", "terse", "target tandemJump, max tipAmount", "tandemJump", "tipAmount")
q(d, "mediation", "other", "Coaching lowers the jumper's fear (v2 scale), and less fear means they actually go. How much of breathingCoach's effect on refusedAtEdge goes through fearRatingV2?", "breathingCoach", "refusedAtEdge", "fearRatingV2")
q(d, "mediation", "machine", "Mediation: `tandemJump` -> `fearRating` -> `rebooked180d`.", "tandemJump", "rebooked180d", "fearRating")
q(d, "mediation", "paraphrase", "Is the tandem jump's effect on tips explained by people feeling less afraid on the original fear scale, or is there something else going on?", "tandemJump", "tipAmount", "fearRating")
q(d, "discover", "terse", "recover the causal structure of the bungee jump variables")
q(d, "unsupported", "machine", "Which `siteName` has the highest average `heightM`? Just a table please.")

# --- no-dataset items
d = "none"
for text, style in [
        ("hello! what can you do?", "terse"),
        ("Tell me a joke about causal inference.", "paraphrase"),
        ("Write a SQL query that joins orders to customers and counts orders per customer.", "machine"),
        ("What's the weather going to be like in Oslo tomorrow?", "paraphrase"),
        ("convert my csv to parquet and drop duplicate rows", "terse"),
        ("Explain the difference between the mean and the median in plain English.", "paraphrase"),
        ("thanks, that's all for today", "terse")]:
    q(d, "unsupported", style, text)

AUD = [
    ("Would the chatbot quote a different mortgage rate if the applicant's race were changed and everything else kept the same?", "race", "mortgage rate", "paraphrase"),
    ("Audit our LLM hiring assistant: does its shortlist decision flip when the candidate's gender is swapped, all else equal?", "gender", "shortlist decision", "other"),
    ("If we change only the patient's age in the prompt, does the AI triage bot assign a different triage priority?", "age", "triage priority", "paraphrase"),
    ("Does the language model's tenant screening recommendation change when the applicant's religion goes from Christian to Muslim, holding everything else fixed?", "religion", "tenant screening recommendation", "paraphrase"),
    ("check whether an llm's loan approval changes when we only swap the applicant's name from Emily to Lakisha", "name", "loan approval", "terse"),
    ("Counterfactual fairness test: does GPT's scholarship award depend on the student's disability status, all else equal?", "disability status", "scholarship award", "other"),
    ("Would our support chatbot grant a refund if the customer's transcript showed a strong Nigerian accent instead of a neutral one, with nothing else changed?", "accent", "refund", "paraphrase"),
    ("Is the AI interviewer's hire recommendation fair with respect to age, i.e. would it change if the candidate were 58 instead of 30 and otherwise identical?", "age", "hire recommendation", "other"),
    ("Does an LLM marking essays give a different grade if the author's ethnicity is changed from white to Chinese, everything else held constant?", "ethnicity", "grade", "paraphrase"),
    ("We use a language model to draft bail recommendations. Test whether flipping only the defendant's race alters the bail recommendation.", "race", "bail recommendation", "other"),
    ("would the AI assistant suggest a lower salary offer for a woman than for an otherwise identical man?", "gender", "salary offer", "terse"),
    ("Does the LLM-based system set a different credit limit if the applicant is described as a wheelchair user, all else equal?", "disability", "credit limit", "paraphrase"),
    ("Test our insurance chatbot: if the only change is the customer's sexual orientation, does the premium quote change?", "sexual orientation", "premium quote", "other"),
    ("Evaluate counterfactual fairness of the model's medical referral across religion (Hindu vs Jewish), holding symptoms and history fixed.", "religion", "medical referral", "machine"),
    ("If a job applicant's nationality changes from German to Syrian with the same CV, does the recruiting bot's interview invitation change?", "nationality", "interview invitation", "paraphrase"),
    ("does the chatbot's rental recommendation depend on the renter's accent? keep everything else the same", "accent", "rental recommendation", "terse"),
    ("Would an AI admissions reader reach a different admission decision if the applicant's gender were non-binary rather than male, all else unchanged?", "gender", "admission decision", "paraphrase"),
    ("probe the llm: same loan file, but the applicant is 70 instead of 35 - does the loan approval flip?", "age", "loan approval", "terse")]
for text, attr, dec, style in AUD:
    q(d, "audit", style, text, attr, dec)

REL = [
    ("Suppose a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Does A directly cause C?", "other"),
    ("Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is the hypothesis true?", "other"),
    ("We know X correlates with Y, Y correlates with Z, and X and Z are independent given Y. Can we conclude that X causes Z?", "paraphrase"),
    ("In a system of four variables A, B, C, D: A correlates with B, C and D; B, C and D are mutually independent given A. Is A a common cause of B and C?", "other"),
    ("Given only that A correlates with B, and there are no other variables, does B cause A?", "paraphrase"),
    ("premises: A indep B; A dep C; B dep C; A dep B | C. does C cause A?", "terse"),
    ("A correlates with B; B correlates with C; A is independent of C given B; A and B are unconditionally dependent. Is B a mediator between A and C?", "other"),
    ("Three variables: A and C are correlated, and B is independent of both A and C. Does B cause C?", "paraphrase"),
    ("D correlates with E, E correlates with F, and D is independent of F. Is E a collider (a common effect of D and F)?", "other"),
    ("Let A, B, C, D be a closed system. A correlates with D only through B and C: A is independent of D given {B, C}, and B is independent of C given A. Does A cause D?", "other")]
for text, style in REL:
    q(d, "relation", style, text)

GEN = [
    ("Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y, with linear Gaussian equations.", "paraphrase"),
    ("Create a benchmark dataset from this SCM: U ~ N(0,1); T = 1[U + e1 > 0]; Y = 2T + U + e2. 10k samples.", "machine"),
    ("Let a language model define the structural equations for a DAG with nodes rain, sprinkler, wet_grass and slippery, then sample 2,000 rows.", "paraphrase"),
    ("Simulate data from a causal graph with a mediator: A -> M -> Y and A -> Y, binary treatment, continuous outcome, 1000 units.", "other"),
    ("Use an LLM to write plausible variable meanings and equations for a random 6-node DAG, then generate a CSV from it.", "paraphrase"),
    ("make me a fake dataset where smoking causes tar which causes cancer, with a hidden genotype confounder; 3000 rows", "terse"),
    ("Generate a synthetic benchmark with a known ground-truth ATE of 1.5 from a nonlinear SCM with three confounders.", "paraphrase"),
    ("Produce synthetic data following the structural causal model X1 := N1, X2 := X1^2 + N2, X3 := sin(X2) + X1 + N3, with additive noise.", "machine"),
    ("Have GPT invent a realistic health-care SCM (age, income, insurance, visits, outcome) and sample a dataset from it.", "other"),
    ("generate data with an instrument: Z -> T -> Y, confounder U on T and Y; no LLM, just the linear equations I gave", "terse")]
for text, style in GEN:
    q(d, "generate", style, text)


# ---------------------------------------------------------------- validate
def validate():
    TYPES = {"id", "binary", "numeric", "categorical", "date", "text"}
    for name, spec in DS.items():
        assert name.startswith("h27_"), name
        n = len(spec["columns"])
        assert 13 <= n <= 18, (name, n)
        ids = [c for c, v in spec["columns"].items() if v["type"] == "id"]
        assert ids, name
        for c, v in spec["columns"].items():
            assert v["type"] in TYPES, (name, c)
            assert len(v["values"]) >= (2 if v["type"] == "binary" else 3), (name, c)
    seen = set()
    for rec, style in Q:
        e = rec["expected"]
        assert rec["question"] not in seen, rec["question"]
        seen.add(rec["question"])
        k = e["kind"]
        if rec["dataset"] == "none":
            assert rec["columns"] is None
            assert k in ("unsupported", "audit", "relation", "generate"), rec
            if k == "audit":
                assert e["treatment"] and e["outcome"] and e["outcome"].lower() in rec["question"].lower(), rec
            else:
                assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
            continue
        cols = DS[rec["dataset"]]["columns"]
        assert rec["columns"] == list(cols)
        if k in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
            assert "clarify" not in e
        named = [e["treatment"], e["outcome"], e["mediator"], e.get("instrument")]
        named += e.get("covariates", []) + list(e.get("at", {}))
        for c in named:
            assert c is None or c in cols, (c, rec["question"])
        for c, v in e.get("at", {}).items():
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], (c, v)
            elif t == "binary":
                assert v in (0, 1)
            else:
                assert isinstance(v, (int, float)) and not isinstance(v, bool)
        if k == "mediation":
            assert e["mediator"] is not None
        if k in ("ate", "cate", "policy"):
            assert e["mediator"] is None
        if e.get("clarify"):
            assert None in (e["treatment"], e["outcome"]), rec
        elif k in ("ate", "cate", "policy", "mediation"):
            assert e["treatment"] and e["outcome"], rec
        if "estimand" in e:
            assert e["estimand"] in ("att", "atc")


validate()

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=2, ensure_ascii=False)

recs = [r for r, _ in Q]
random.Random(SEED).shuffle(recs)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
kinds = Counter(r["expected"]["kind"] for r in recs)
mods = Counter()
for r in recs:
    for m in ("covariates", "instrument", "estimand", "at", "clarify"):
        if m in r["expected"]:
            mods[m] += 1
    if r["expected"].get("estimand"):
        mods["estimand=" + r["expected"]["estimand"]] += 1
styles = Counter(s for _, s in Q)
disc = [r for r in recs if r["expected"]["kind"] == "discover"]
disc_graph = sum(1 for r in disc if "graph" in r["question"].lower())
try:
    when = subprocess.check_output(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], text=True).strip()
except Exception:
    when = "unknown"

lines = [
    "# h27 held-out causal question set",
    "",
    f"- Written by: data writer **{TAG}** (generated by `make_h27.py`)",
    f"- Generated (UTC): {when}",
    f"- Split: `{SPLIT}`; origin: `{ORIGIN}`; shuffle seed: {SEED} (`random.Random(SEED).shuffle`)",
    f"- Total questions: {len(recs)}; datasets: {len(DS)}",
    "",
    "## Domains / datasets",
    "",
]
for n, s in DS.items():
    lines.append(f"- `{n}` ({len(s['columns'])} cols): {s['description']}")
lines += ["", "Naming styles: plain words (mustard, comic shops, gorilla lodges); camelCase (treadmill, zipline, dumpling, bungee); "
          "UPPER_CASE (jackfruit, hovercraft, hornet, snowplow); cryptic snake_case (marimba, okra, walrus, tempeh). "
          "Every dataset has an id column plus distractors: baseline/follow-up pairs, parallel windows (30d/90d, 6m/12m, 7d/30d, 24h/72h), "
          "parallel measures (departure/arrival delay, primary/residential clearing, technician/resident stings) and near-synonyms "
          "(oil_content/oil_percent, MARGIN_PCT/MARGIN_RATIO, att_pct/att_rate, score/scoreV2, calf_rt/calf_pct, subscribers/regulars, guest_rating/guest_score, COMPLAINTS/COMPLAINTS_311).",
          "", "## Counts by kind", ""]
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    lines.append(f"- {k}: {kinds[k]}")
lines += ["", "## Counts by modifier (items whose `expected` carries the key)", ""]
for m in ["covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at", "clarify"]:
    lines.append(f"- {m}: {mods[m]}")
lines += ["", f"Unsupported with a dataset: {sum(1 for r in recs if r['expected']['kind']=='unsupported' and r['dataset']!='none')}; "
          f"with `none`: {sum(1 for r in recs if r['expected']['kind']=='unsupported' and r['dataset']=='none')}.",
          f"Discover items mentioning 'graph': {disc_graph} of {len(disc)} (others say structure/DAG/what causes what).",
          "", "## Styles (writer's own tags, not in the output)", ""]
for s in ["machine", "paraphrase", "terse", "other"]:
    lines.append(f"- {s}: {styles[s]} ({100*styles[s]/len(Q):.0f}%)")
lines += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- Baseline/follow-up pairs: if no version is named, the follow-up column (`*_after`, `*Post`, `*_fu`, `*_eoy`, `*12m`, `*_POST`) is the outcome; the baseline is never the outcome unless named.",
          "- Numeric outcome phrases that name a window/version (\"within a month\" = 30d, \"three months\" = 90d, \"v2\") pick that column; if a question says only \"churn\", \"sales\", \"delays\", \"stings\", \"rating\", \"margin\", \"satisfaction\" etc. and the data has two parallel columns, the role is `null` and `clarify: true`.",
          "- Named variable absent from the data (order size, conductor style, blade type) -> that role `null`, `clarify: true`. Direction unstated (\"effect between X and Y\") -> both roles `null`, `clarify: true`.",
          "- `covariates` only when the question says adjust/control/hold fixed, listed as columns (\"plant size\" -> `PLANT_SIZE`).",
          "- `estimand`: `att` for effect on those treated / who got it; `atc` for the untreated / who did not.",
          "- `instrument` only when a column is explicitly called an instrument.",
          "- `cate` with `at` for subgroup or value conditions; thresholds (\"over 50\", \"2500 metres up\") use the stated number; binary subgroups use 0/1; categoricals use the level string. \"How does it vary / who gains most\" -> `cate` without `at`.",
          "- `policy`: treatment = action column, outcome = goal column.",
          "- `audit`: dataset `none`; treatment = attribute phrase (race, gender, age, religion, name, accent, disability, ...); outcome = shortest decision noun phrase used in the question.",
          "- `columns` lists all dataset columns in dataset order; `null` for `none` items.",
          ""]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines))

print(len(recs), dict(kinds), dict(mods), dict(styles))
