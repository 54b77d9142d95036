#!/usr/bin/env python3
"""Generator for the h32 held-out question set (tag h32, split test, origin heldout32)."""
import json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout32", 32032

B = [0, 1]
DS = {}


def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


ds("h32_scone_bakeries", "Weekly panel of independent scone bakeries across England; some trialled clotted cream, staff lamination training, a loyalty card and a tea pairing offer.", [
    ("bky_id", "id", ["BK0012", "BK0148", "BK0731"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("oven_typ", "categorical", ["deck", "convection", "rotary"]),
    ("age_yrs", "numeric", [3, 17, 42]),
    ("butter_pct", "numeric", [18.5, 22.0, 25.5]),
    ("clot_crm", "binary", B),
    ("stf_trn", "binary", B),
    ("lyl_card", "binary", B),
    ("tea_pair", "binary", B),
    ("px_gbp", "numeric", [2.2, 2.8, 3.5]),
    ("ft_wk", "numeric", [640, 1210, 2280]),
    ("q_wait_min", "numeric", [2.5, 6.0, 11.0]),
    ("rev_wk_pre", "numeric", [3100, 5480, 8920]),
    ("rev_wk_post", "numeric", [3350, 5720, 9410]),
    ("rvw_scr", "numeric", [3.8, 4.3, 4.9]),
    ("rvw_scr_v2", "numeric", [71, 84, 93]),
    ("wst_pct_30d", "numeric", [4.1, 7.8, 12.3]),
    ("wst_pct_90d", "numeric", [3.6, 6.9, 10.8]),
])

ds("h32_strudel_cafes", "Viennese-style strudel cafes in Austria and southern Germany; a happy-hour discount and a loyalty app were rolled out to some cafes.", [
    ("cafeId", "id", ["SC-101", "SC-257", "SC-389"]),
    ("cityTier", "categorical", ["tier1", "tier2", "tier3"]),
    ("hasTerrace", "binary", B),
    ("appleSourceLocal", "binary", B),
    ("baristaCount", "numeric", [2, 4, 7]),
    ("seatCount", "numeric", [24, 48, 90]),
    ("tourismIdx", "numeric", [0.2, 0.55, 0.9]),
    ("menuPriceEur", "numeric", [4.5, 5.9, 7.2]),
    ("happyHour", "binary", B),
    ("loyaltyApp", "binary", B),
    ("visitsPerWk", "numeric", [310, 780, 1540]),
    ("avgTicketPre", "numeric", [8.4, 11.2, 15.8]),
    ("avgTicketPost", "numeric", [8.9, 11.0, 16.3]),
    ("repeatRate30d", "numeric", [0.18, 0.31, 0.47]),
    ("repeatRate90d", "numeric", [0.29, 0.44, 0.61]),
    ("ratingScore", "numeric", [3.9, 4.4, 4.8]),
    ("ratingScoreV2", "numeric", [68, 80, 95]),
])

ds("h32_udon_noodle_bars", "Udon noodle bars in Japan; some switched to handmade noodles or installed ticket machines; sales measured at baseline and 12 months.", [
    ("BAR_ID", "id", ["UD0041", "UD0193", "UD0577"]),
    ("PREF", "categorical", ["tokyo", "osaka", "kagawa", "fukuoka"]),
    ("BROTH_TYPE", "categorical", ["kake", "kitsune", "tempura", "curry"]),
    ("HANDMADE", "binary", B),
    ("TICKET_MACHINE", "binary", B),
    ("COUNTER_SEATS", "numeric", [8, 14, 22]),
    ("NOODLE_THK_MM", "numeric", [3.0, 4.5, 6.0]),
    ("PRICE_JPY", "numeric", [480, 690, 1100]),
    ("STAFF_FT", "numeric", [2, 4, 6]),
    ("STATION_DIST_M", "numeric", [60, 350, 1200]),
    ("MICHELIN_MENTION", "binary", B),
    ("SALES_BL", "numeric", [1.9e6, 3.2e6, 5.8e6]),
    ("SALES_12M", "numeric", [2.1e6, 3.5e6, 6.0e6]),
    ("TURNOVER_WKDY", "numeric", [4.2, 6.8, 9.5]),
    ("TURNOVER_WKND", "numeric", [5.1, 7.9, 11.2]),
    ("SAT_IDX", "numeric", [62, 75, 88]),
    ("SAT_IDX_V2", "numeric", [3.4, 4.0, 4.6]),
])

ds("h32_burrito_trucks", "Burrito food trucks in four US cities; some ran coupons or Instagram promotion; sales before/after the promotion season.", [
    ("truck", "id", ["T-07", "T-33", "T-81"]),
    ("city", "categorical", ["austin", "denver", "portland", "phoenix"]),
    ("spot", "categorical", ["downtown", "campus", "brewery", "park"]),
    ("permit years", "numeric", [1, 4, 9]),
    ("staff", "numeric", [2, 3, 5]),
    ("price", "numeric", [8.5, 11.0, 13.5]),
    ("coupon", "binary", B),
    ("instagram", "binary", B),
    ("temperature", "numeric", [54, 78, 96]),
    ("rainfall", "numeric", [0.0, 0.4, 1.8]),
    ("queue", "numeric", [3, 9, 22]),
    ("sales before", "numeric", [1900, 3400, 6100]),
    ("sales after", "numeric", [2050, 3700, 6600]),
    ("tips month", "numeric", [310, 540, 980]),
    ("tips quarter", "numeric", [900, 1650, 2900]),
    ("rating", "numeric", [3.9, 4.5, 4.9]),
    ("rating new", "numeric", [78, 88, 97]),
])

ds("h32_biryani_restaurants", "Biryani restaurants in four Indian cities; some adopted dum cooking, delivery apps or ad campaigns; orders per day before and after.", [
    ("rst_id", "id", ["BR-1102", "BR-2230", "BR-3417"]),
    ("cty", "categorical", ["hyderabad", "lucknow", "kolkata", "chennai"]),
    ("bsmti_grd", "categorical", ["premium", "standard", "economy"]),
    ("dum_ckd", "binary", B),
    ("dlvry_app", "binary", B),
    ("veg_opt", "binary", B),
    ("spice_lvl", "numeric", [1, 3, 5]),
    ("chef_exp_yr", "numeric", [2, 9, 25]),
    ("prc_inr", "numeric", [180, 260, 420]),
    ("ad_spnd_k", "numeric", [0, 35, 120]),
    ("hyg_scr", "numeric", [61, 78, 94]),
    ("ord_day_pre", "numeric", [45, 120, 310]),
    ("ord_day_post", "numeric", [50, 135, 340]),
    ("cust_sat", "numeric", [3.6, 4.1, 4.7]),
    ("cust_sat_v2", "numeric", [70, 82, 91]),
    ("cnc_rt_30d", "numeric", [0.02, 0.06, 0.11]),
    ("cnc_rt_90d", "numeric", [0.03, 0.05, 0.09]),
])

ds("h32_tagine_kitchens", "Tagine kitchens in Morocco; chef training, saffron use and online booking varied across kitchens; revenue measured before/after.", [
    ("kitchenId", "id", ["TK-014", "TK-092", "TK-230"]),
    ("locationType", "categorical", ["medina", "newTown", "coastal"]),
    ("clayPotOnly", "binary", B),
    ("saffronUse", "binary", B),
    ("chefTrained", "binary", B),
    ("onlineBooking", "binary", B),
    ("cookMinutes", "numeric", [90, 150, 240]),
    ("tableCount", "numeric", [6, 14, 30]),
    ("menuPriceMad", "numeric", [60, 95, 160]),
    ("touristShare", "numeric", [0.1, 0.45, 0.85]),
    ("foodCostPct", "numeric", [24, 31, 39]),
    ("revenuePre", "numeric", [42000, 78000, 150000]),
    ("revenuePost", "numeric", [45000, 83000, 161000]),
    ("repeatGuests30d", "numeric", [12, 40, 95]),
    ("repeatGuests90d", "numeric", [30, 110, 260]),
    ("tripScore", "numeric", [3.7, 4.3, 4.9]),
    ("tripScoreV2", "numeric", [72, 85, 96]),
])

ds("h32_ceviche_stalls", "Ceviche market stalls in Lima; ice chain, fresh limes and vendor sanitation training varied; illness reports and covers recorded.", [
    ("STALL_ID", "id", ["CV-008", "CV-115", "CV-264"]),
    ("MARKET", "categorical", ["surquillo", "callao", "chorrillos", "miraflores"]),
    ("FISH_SRC", "categorical", ["artisanal", "wholesale", "farmed"]),
    ("LIME_FRESH", "binary", B),
    ("ICE_CHAIN", "binary", B),
    ("SHADE_CANOPY", "binary", B),
    ("SANITATION_TRN", "binary", B),
    ("MARINATE_MIN", "numeric", [3, 10, 25]),
    ("TEMP_C", "numeric", [19, 24, 29]),
    ("VENDOR_EXP_YR", "numeric", [1, 8, 30]),
    ("PRICE_PEN", "numeric", [15, 22, 35]),
    ("DAILY_COVERS_PRE", "numeric", [40, 85, 160]),
    ("DAILY_COVERS_POST", "numeric", [44, 90, 170]),
    ("ILLNESS_RPT_30D", "numeric", [0, 1, 4]),
    ("ILLNESS_RPT_90D", "numeric", [0, 3, 9]),
    ("HYG_SCORE", "numeric", [58, 74, 91]),
    ("HYG_SCORE_V2", "numeric", [2.9, 3.8, 4.6]),
])

ds("h32_endive_growers", "Belgian and French endive (witloof) growers; subsidy, cooperative membership and irrigation varied; yields before and after.", [
    ("grower", "id", ["G-0031", "G-0207", "G-0588"]),
    ("province", "categorical", ["flanders", "wallonia", "picardy", "nord"]),
    ("method", "categorical", ["hydroponic", "soil"]),
    ("variety", "categorical", ["witloof", "red", "sugarloaf"]),
    ("hectares", "numeric", [0.8, 2.5, 7.0]),
    ("subsidy", "binary", B),
    ("cooperative", "binary", B),
    ("irrigation", "binary", B),
    ("rootweight", "numeric", [180, 240, 310]),
    ("labour", "numeric", [900, 2100, 5200]),
    ("yield_before", "numeric", [28, 36, 44]),
    ("yield_after", "numeric", [30, 39, 47]),
    ("bitterness", "numeric", [2.1, 3.4, 4.6]),
    ("bitterness_v2", "numeric", [35, 52, 70]),
    ("rejects_month", "numeric", [0.03, 0.07, 0.14]),
    ("rejects_season", "numeric", [0.04, 0.08, 0.12]),
    ("income", "numeric", [38000, 72000, 165000]),
])

ds("h32_wasabi_farms", "Wasabi farms in Japan; stream-fed (sawa) vs field cultivation, shade netting and organic certification; rhizome weight and rot tracked.", [
    ("frm_id", "id", ["WF-021", "WF-144", "WF-309"]),
    ("pref", "categorical", ["shizuoka", "nagano", "iwate", "shimane"]),
    ("strm_fed", "binary", B),
    ("shd_net", "binary", B),
    ("cert_org", "binary", B),
    ("elev_m", "numeric", [180, 520, 1050]),
    ("wtr_tmp_c", "numeric", [10.5, 12.8, 15.2]),
    ("fert_kg_ha", "numeric", [0, 80, 210]),
    ("lab_hr_wk", "numeric", [20, 45, 90]),
    ("fmr_yrs", "numeric", [2, 14, 38]),
    ("rhz_wt_g_bl", "numeric", [85, 120, 160]),
    ("rhz_wt_g_12m", "numeric", [95, 135, 180]),
    ("rot_inc_6m", "numeric", [0.02, 0.07, 0.15]),
    ("rot_inc_12m", "numeric", [0.04, 0.10, 0.22]),
    ("pung_idx", "numeric", [5.2, 6.8, 8.4]),
    ("pung_idx_v2", "numeric", [41, 58, 77]),
    ("exp_shr", "numeric", [0.0, 0.25, 0.6]),
])

ds("h32_pomelo_orchards", "Pomelo orchards in Vietnam; drip irrigation, fruit bagging and export contracts varied; yield per tree before and after.", [
    ("orchardId", "id", ["PO-0105", "PO-0421", "PO-0867"]),
    ("region", "categorical", ["mekongDelta", "centralHighlands", "redRiver"]),
    ("dripIrrig", "binary", B),
    ("baggedFruit", "binary", B),
    ("exportContract", "binary", B),
    ("treeAgeYr", "numeric", [4, 11, 25]),
    ("treesPerHa", "numeric", [180, 260, 400]),
    ("pruningRounds", "numeric", [0, 2, 4]),
    ("fertKgTree", "numeric", [0.5, 1.8, 3.2]),
    ("pestIdx", "numeric", [0.1, 0.4, 0.8]),
    ("yieldPre", "numeric", [60, 95, 140]),
    ("yieldPost", "numeric", [65, 104, 150]),
    ("brixScore", "numeric", [9.5, 11.2, 12.8]),
    ("brixScoreV2", "numeric", [62, 74, 86]),
    ("fruitDrop30d", "numeric", [0.03, 0.08, 0.15]),
    ("fruitDrop90d", "numeric", [0.06, 0.14, 0.25]),
    ("farmGateVnd", "numeric", [18000, 26000, 40000]),
])

ds("h32_damson_orchards", "Damson orchards in the English Midlands and North; hedgerow windbreaks, beehives, frost protection and winter pruning varied; yield at baseline and follow-up.", [
    ("ORCH_ID", "id", ["DO-017", "DO-088", "DO-142"]),
    ("COUNTY", "categorical", ["shropshire", "cumbria", "worcestershire", "cheshire"]),
    ("ROOTSTOCK", "categorical", ["st_julien", "brompton", "pixy"]),
    ("HEDGE_WIND", "binary", B),
    ("FROST_PROT", "binary", B),
    ("ORGANIC", "binary", B),
    ("PRUNE_WINTER", "binary", B),
    ("BEEHIVES", "numeric", [0, 2, 6]),
    ("TREE_AGE", "numeric", [6, 22, 60]),
    ("RAIN_MM", "numeric", [640, 810, 1250]),
    ("YLD_BL", "numeric", [3.1, 5.4, 8.2]),
    ("YLD_FU", "numeric", [3.4, 5.9, 8.8]),
    ("SILVERLEAF_RATE", "numeric", [0.01, 0.05, 0.12]),
    ("SILVERLEAF_RATIO", "numeric", [0.02, 0.06, 0.14]),
    ("PRICE_GBP_KG", "numeric", [1.8, 2.6, 3.9]),
    ("WASTE_30D", "numeric", [0.04, 0.09, 0.17]),
    ("WASTE_90D", "numeric", [0.06, 0.12, 0.21]),
])

ds("h32_dulcimer_workshops", "Small workshops building Appalachian and hammered dulcimers; luthier training, CNC machines and festival attendance varied; orders before/after.", [
    ("workshop", "id", ["W-12", "W-48", "W-95"]),
    ("country", "categorical", ["usa", "uk", "ireland", "canada"]),
    ("wood", "categorical", ["walnut", "cherry", "maple", "spruce"]),
    ("apprentices", "numeric", [0, 2, 5]),
    ("cnc", "binary", B),
    ("training", "binary", B),
    ("festival", "binary", B),
    ("website", "binary", B),
    ("price", "numeric", [420, 780, 1650]),
    ("humidity", "numeric", [35, 48, 62]),
    ("lead time", "numeric", [3, 8, 20]),
    ("orders before", "numeric", [4, 11, 26]),
    ("orders after", "numeric", [5, 13, 30]),
    ("returns month", "numeric", [0, 1, 3]),
    ("returns year", "numeric", [0, 4, 11]),
    ("tone score", "numeric", [6.1, 7.4, 8.9]),
    ("tone rating", "numeric", [3, 4, 5]),
])

ds("h32_flugelhorn_makers", "Flugelhorn makers (factories and artisan shops); hand hammering, artist endorsements and trade-show attendance varied; units per quarter before/after.", [
    ("maker_id", "id", ["FM-03", "FM-19", "FM-44"]),
    ("country", "categorical", ["germany", "czechia", "japan", "usa"]),
    ("bell_alloy", "categorical", ["yellow_brass", "gold_brass", "sterling"]),
    ("valve_type", "categorical", ["piston", "rotary"]),
    ("hand_hammered", "binary", B),
    ("lacquer", "binary", B),
    ("endorse", "binary", B),
    ("trade_show", "binary", B),
    ("artisan_yrs", "numeric", [3, 15, 40]),
    ("price_usd", "numeric", [1400, 2900, 5200]),
    ("units_q_pre", "numeric", [40, 160, 900]),
    ("units_q_post", "numeric", [45, 175, 950]),
    ("defect_rate", "numeric", [0.01, 0.03, 0.07]),
    ("defect_ratio", "numeric", [0.012, 0.028, 0.065]),
    ("intonation_err", "numeric", [3.5, 6.0, 11.0]),
    ("intonation_err_v2", "numeric", [2.8, 5.2, 9.6]),
    ("warranty_claims_6m", "numeric", [0, 3, 12]),
    ("warranty_claims_12m", "numeric", [1, 6, 21]),
])

ds("h32_abseiling_schools", "Abseiling and rope-access schools in the UK; extended safety briefings, new gear and video debriefs varied; incidents and learner confidence tracked.", [
    ("schoolId", "id", ["AB-201", "AB-317", "AB-455"]),
    ("terrainType", "categorical", ["seaCliff", "quarry", "gorge", "urbanTower"]),
    ("safetyBriefing", "binary", B),
    ("gearNew", "binary", B),
    ("videoDebrief", "binary", B),
    ("instructorRatio", "numeric", [3, 6, 10]),
    ("courseHours", "numeric", [3, 6, 16]),
    ("priceGbp", "numeric", [45, 90, 220]),
    ("studentAge", "numeric", [19, 31, 52]),
    ("weatherCancelPct", "numeric", [0.05, 0.15, 0.32]),
    ("enrollmentsPerMonth", "numeric", [20, 65, 180]),
    ("incidents30d", "numeric", [0, 1, 3]),
    ("incidents90d", "numeric", [0, 2, 7]),
    ("confidencePre", "numeric", [3.1, 4.6, 6.2]),
    ("confidencePost", "numeric", [5.2, 6.8, 8.7]),
    ("npsScore", "numeric", [22, 48, 71]),
    ("npsScoreV2", "numeric", [6.5, 8.1, 9.3]),
])

ds("h32_magician_troupes", "Touring magician troupes; close-up acts, live animals, escape acts and social ads varied; audience size before/after and rebooking windows.", [
    ("TROUPE_ID", "id", ["MT-06", "MT-27", "MT-58"]),
    ("CIRCUIT", "categorical", ["cruise", "theatre", "corporate", "festival"]),
    ("CLOSEUP_ACT", "binary", B),
    ("LIVE_ANIMAL", "binary", B),
    ("ESCAPE_ACT", "binary", B),
    ("SOCIAL_ADS", "binary", B),
    ("REHEARSAL_HRS_WK", "numeric", [4, 12, 25]),
    ("CAST_SIZE", "numeric", [2, 5, 11]),
    ("TOUR_YRS", "numeric", [1, 7, 22]),
    ("VENUE_CAP", "numeric", [120, 650, 2200]),
    ("TICKET_PRICE", "numeric", [18, 35, 75]),
    ("AUDIENCE_PRE", "numeric", [90, 410, 1700]),
    ("AUDIENCE_POST", "numeric", [110, 450, 1850]),
    ("REVIEW_STARS", "numeric", [3.2, 4.1, 4.8]),
    ("REVIEW_STARS_V2", "numeric", [58, 76, 92]),
    ("REBOOK_30D", "numeric", [0.05, 0.18, 0.40]),
    ("REBOOK_90D", "numeric", [0.12, 0.31, 0.58]),
])

QS = []


def Q(dsname, text, kind, t=None, y=None, m=None, cov=None, at=None, est=None,
      iv=None, clar=False):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        exp["covariates"] = cov
    if iv:
        exp["instrument"] = iv
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clar:
        exp["clarify"] = True
    cols = list(DS[dsname]["columns"].keys()) if dsname != "none" else None
    QS.append({"question": text, "dataset": dsname, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp})


# ---------------------------------------------------------------- scone bakeries
d = "h32_scone_bakeries"
Q(d, "Estimate the average treatment effect of offering clotted cream (`clot_crm`) on post-period weekly revenue (`rev_wk_post`), adjusting for `region` and `px_gbp`.", "ate", "clot_crm", "rev_wk_post", cov=["region", "px_gbp"])
Q(d, "Do bakeries that put their bakers through lamination training end up with shorter queues at the till?", "ate", "stf_trn", "q_wait_min")
Q(d, "ate lyl_card -> ft_wk", "ate", "lyl_card", "ft_wk")
Q(d, "Are weekly takings really higher because of the tea pairing deal, or is that just confounding by which region the shop sits in?", "ate", "tea_pair", "rev_wk_post", cov=["region"])
Q(d, "effect of clotted cream on waste %", "ate", "clot_crm", None, clar=True)
Q(d, "Among the bakeries that actually adopted the loyalty card, how much did it raise their weekly revenue afterwards?", "ate", "lyl_card", "rev_wk_post", est="att")
Q(d, "Is the v2 review score (rvw_scr_v2) lifted by staff training (stf_trn)? Control for oven_typ and age_yrs.", "ate", "stf_trn", "rvw_scr_v2", cov=["oven_typ", "age_yrs"])
Q(d, "If every shop used a richer, butterier dough, would 90-day waste go down? Estimate the effect of butter_pct on wst_pct_90d.", "ate", "butter_pct", "wst_pct_90d")
Q(d, "Effect of clot_crm on rev_wk_post for bakeries in the south region.", "cate", "clot_crm", "rev_wk_post", at={"region": "south"})
Q(d, "how does the loyalty card effect on weekly footfall vary across oven types", "cate", "lyl_card", "ft_wk")
Q(d, "Under the condition that a scone costs £3.50, what does the tea pairing do to weekly revenue?", "cate", "tea_pair", "rev_wk_post", at={"px_gbp": 3.5})
Q(d, "For which kinds of bakery does training the staff cut the waiting time the most?", "cate", "stf_trn", "q_wait_min")
Q(d, "Which bakeries should we roll clotted cream out to if the aim is to maximise post-launch weekly revenue?", "policy", "clot_crm", "rev_wk_post")
Q(d, "targeting rule: who gets lyl_card to maximise ft_wk", "policy", "lyl_card", "ft_wk")
Q(d, "Decide which shops ought to get staff training if we want the 30-day waste percentage (wst_pct_30d) down.", "policy", "stf_trn", "wst_pct_30d")
Q(d, "How much of the effect of the tea pairing (`tea_pair`) on `rev_wk_post` is mediated by weekly footfall (`ft_wk`)?", "mediation", "tea_pair", "rev_wk_post", "ft_wk")
Q(d, "Staff training seems to work by cutting the queue, which then brings in more weekly revenue. Split the training effect into the part that runs through waiting time and the rest.", "mediation", "stf_trn", "rev_wk_post", "q_wait_min")
Q(d, "Which of these bakery variables drive which? Recover the causal structure from the data.", "discover")
Q(d, "Plot a histogram of px_gbp by region.", "unsupported")
Q(d, "For bakeries in the north, what does the loyalty card do to the review score?", "cate", "lyl_card", None, at={"region": "north"}, clar=True)

# ---------------------------------------------------------------- strudel cafes
d = "h32_strudel_cafes"
Q(d, "Compute the ATE of `happyHour` on `visitsPerWk`, controlling for `cityTier` and `tourismIdx`.", "ate", "happyHour", "visitsPerWk", cov=["cityTier", "tourismIdx"])
Q(d, "Does getting people onto the loyalty app make them come back more within three months?", "ate", "loyaltyApp", "repeatRate90d")
Q(d, "happy hour effect on avg ticket", "ate", "happyHour", "avgTicketPost")
Q(d, "Is the average spend per customer pushed down by the happy-hour discount, or do discounted cafes just happen to be in cheaper cities?", "ate", "happyHour", "avgTicketPost", cov=["cityTier"])
Q(d, "What is the effect of sourcing apples locally (appleSourceLocal) on ratingScoreV2?", "ate", "appleSourceLocal", "ratingScoreV2")
Q(d, "effect of loyaltyApp on repeat rate", "ate", "loyaltyApp", None, clar=True)
Q(d, "For the cafes that never launched the app, what would the app have done to their weekly visits?", "ate", "loyaltyApp", "visitsPerWk", est="atc")
Q(d, "Does having an outdoor terrace raise the 30-day repeat rate? adjust for seat count + price", "ate", "hasTerrace", "repeatRate30d", cov=["seatCount", "menuPriceEur"])
Q(d, "What is the happy hour effect on weekly visits for tier3 cities only?", "cate", "happyHour", "visitsPerWk", at={"cityTier": "tier3"})
Q(d, "Heterogeneity of the loyaltyApp effect on repeatRate30d by tourismIdx.", "cate", "loyaltyApp", "repeatRate30d")
Q(d, "among cafes with a terrace, does happyHour change avgTicketPost?", "cate", "happyHour", "avgTicketPost", at={"hasTerrace": 1})
Q(d, "Where does the loyalty app lift the original ratingScore most, and where hardly at all?", "cate", "loyaltyApp", "ratingScore")
Q(d, "Which cafes should run a happy hour to maximise weekly visits?", "policy", "happyHour", "visitsPerWk")
Q(d, "Give me an allocation rule for the loyalty app aimed at the 90-day repeat rate, given that only 40% of cafes can get it.", "policy", "loyaltyApp", "repeatRate90d")
Q(d, "What share of the happyHour effect on avgTicketPost goes through visitsPerWk?", "mediation", "happyHour", "avgTicketPost", "visitsPerWk")
Q(d, "The loyalty app works by bringing people back within the month, which then raises how many visits a cafe gets a week. How much of the app's effect on weekly visits is that indirect path?", "mediation", "loyaltyApp", "visitsPerWk", "repeatRate30d")
Q(d, "Learn a DAG over the strudel cafe variables.", "discover")
Q(d, "Which cafe has the highest ratingScoreV2?", "unsupported")
Q(d, "Which cafes should get the loyalty app to maximise the repeat rate?", "policy", "loyaltyApp", None, clar=True)

# ---------------------------------------------------------------- udon noodle bars
d = "h32_udon_noodle_bars"
Q(d, "Estimate the average effect of switching to handmade noodles (HANDMADE) on 12-month sales (SALES_12M), adjusting for PREF and SALES_BL.", "ate", "HANDMADE", "SALES_12M", cov=["PREF", "SALES_BL"])
Q(d, "Do ticket machines speed up how fast weekday seats turn over?", "ate", "TICKET_MACHINE", "TURNOVER_WKDY")
Q(d, "ate of TICKET_MACHINE on turnover", "ate", "TICKET_MACHINE", None, clar=True)
Q(d, "Did being mentioned by Michelin actually raise sales, using distance to the nearest station (STATION_DIST_M) as an instrument?", "ate", "MICHELIN_MENTION", "SALES_12M", iv="STATION_DIST_M")
Q(d, "is customer satisfaction (SAT_IDX_V2) improved by thicker noodles? hold broth type fixed", "ate", "NOODLE_THK_MM", "SAT_IDX_V2", cov=["BROTH_TYPE"])
Q(d, "How much did going handmade raise sales for the bars that did it?", "ate", "HANDMADE", "SALES_12M", est="att")
Q(d, "effect of STAFF_FT on TURNOVER_WKND", "ate", "STAFF_FT", "TURNOVER_WKND")
Q(d, "Is satisfaction really driven by handmade noodles or is it a prefecture thing? Use SAT_IDX.", "ate", "HANDMADE", "SAT_IDX", cov=["PREF"])
Q(d, "Effect of HANDMADE on SALES_12M in kagawa.", "cate", "HANDMADE", "SALES_12M", at={"PREF": "kagawa"})
Q(d, "What does a ticket machine do to weekend turnover for bars with 22 counter seats?", "cate", "TICKET_MACHINE", "TURNOVER_WKND", at={"COUNTER_SEATS": 22})
Q(d, "how does the handmade effect on SAT_IDX differ by BROTH_TYPE", "cate", "HANDMADE", "SAT_IDX")
Q(d, "For curry udon shops, do handmade noodles lift 12-month sales?", "cate", "HANDMADE", "SALES_12M", at={"BROTH_TYPE": "curry"})
Q(d, "Which noodle bars should install a ticket machine to maximise weekday turnover (TURNOVER_WKDY)?", "policy", "TICKET_MACHINE", "TURNOVER_WKDY")
Q(d, "Recommend which shops go handmade, goal = SALES_12M.", "policy", "HANDMADE", "SALES_12M")
Q(d, "Who should we target with the handmade switch to get the biggest gain in SAT_IDX_V2?", "policy", "HANDMADE", "SAT_IDX_V2")
Q(d, "Handmade noodles work by pleasing customers (SAT_IDX), which then raises 12-month sales. Quantify the direct and indirect effects.", "mediation", "HANDMADE", "SALES_12M", "SAT_IDX")
Q(d, "What fraction of the ticket machine's effect on SALES_12M is mediated through TURNOVER_WKND?", "mediation", "TICKET_MACHINE", "SALES_12M", "TURNOVER_WKND")
Q(d, "Figure out what causes what among the udon bar measurements.", "discover")
Q(d, "causal graph discovery on all udon columns pls", "discover")
Q(d, "How much of the handmade effect on 12-month sales runs through the satisfaction index?", "mediation", "HANDMADE", "SALES_12M", None, clar=True)

# ---------------------------------------------------------------- burrito trucks
d = "h32_burrito_trucks"
Q(d, "Estimate the ATE of `coupon` on `sales after`, adjusting for `city` and `spot`.", "ate", "coupon", "sales after", cov=["city", "spot"])
Q(d, "Does promoting a truck on social media mean more burritos sold after the season?", "ate", "instagram", "sales after")
Q(d, "coupon -> tips month, ate pls", "ate", "coupon", "tips month")
Q(d, "Is the line at the window longer on hot days? What is the causal effect of temperature on queue?", "ate", "temperature", "queue")
Q(d, "Do coupons really raise tips, or is that confounded by where the truck parks?", "ate", "coupon", None, cov=["spot"], clar=True)
Q(d, "For the trucks that posted on Instagram, how much did it add to their post-season sales?", "ate", "instagram", "sales after", est="att")
Q(d, "Effect of price on rating new, controlling for city, staff and permit years.", "ate", "price", "rating new", cov=["city", "staff", "permit years"])
Q(d, "Using rainfall as an instrument, estimate the effect of queue length on tips quarter.", "ate", "queue", "tips quarter", iv="rainfall")
Q(d, "Effect of coupon on sales after for trucks parked at breweries.", "cate", "coupon", "sales after", at={"spot": "brewery"})
Q(d, "when it's 90F out, does instagram promotion still change the queue?", "cate", "instagram", "queue", at={"temperature": 90})
Q(d, "Which trucks benefit most from coupons in terms of quarterly tips?", "cate", "coupon", "tips quarter")
Q(d, "What is the coupon effect on sales after in denver?", "cate", "coupon", "sales after", at={"city": "denver"})
Q(d, "Which trucks should hand out coupons if we want to maximise sales after the season?", "policy", "coupon", "sales after")
Q(d, "policy for instagram, objective: rating new", "policy", "instagram", "rating new")
Q(d, "Coupons pull in a longer line, which then drives sales. How much of the coupon effect on sales after runs through the queue?", "mediation", "coupon", "sales after", "queue")
Q(d, "Decompose the instagram effect on tips month into the direct part and the part mediated by queue.", "mediation", "instagram", "tips month", "queue")
Q(d, "Discover the causal graph over the burrito truck variables.", "discover")
Q(d, "Forecast next month's sales after for truck T-33.", "unsupported")

# ---------------------------------------------------------------- biryani restaurants
d = "h32_biryani_restaurants"
Q(d, "Estimate the average treatment effect of dum cooking (`dum_ckd`) on `ord_day_post`, adjusting for `cty`, `bsmti_grd` and `prc_inr`.", "ate", "dum_ckd", "ord_day_post", cov=["cty", "bsmti_grd", "prc_inr"])
Q(d, "Does listing a restaurant on a delivery app make more orders get cancelled within the month?", "ate", "dlvry_app", "cnc_rt_30d")
Q(d, "ate ad_spnd_k on ord_day_post adj cty", "ate", "ad_spnd_k", "ord_day_post", cov=["cty"])
Q(d, "Are diners happier (cust_sat_v2) when the menu carries a vegetarian option (veg_opt)?", "ate", "veg_opt", "cust_sat_v2")
Q(d, "How does spiciness affect how satisfied customers are?", "ate", "spice_lvl", None, clar=True)
Q(d, "Is the cancellation rate over 90 days (cnc_rt_90d) cut by a better hygiene score, or is it just confounding by city?", "ate", "hyg_scr", "cnc_rt_90d", cov=["cty"])
Q(d, "For restaurants that went onto delivery apps, what did it do to their daily orders?", "ate", "dlvry_app", "ord_day_post", est="att")
Q(d, "Does having a more experienced head chef bring in more orders per day?", "ate", "chef_exp_yr", "ord_day_post")
Q(d, "Effect of dum_ckd on cust_sat among restaurants in lucknow.", "cate", "dum_ckd", "cust_sat", at={"cty": "lucknow"})
Q(d, "what does a delivery app do to orders for economy-grade basmati places", "cate", "dlvry_app", "ord_day_post", at={"bsmti_grd": "economy"})
Q(d, "How does the effect of ad spend on orders change with price level?", "cate", "ad_spnd_k", "ord_day_post")
Q(d, "When a plate costs 260 rupees, what is the effect of the delivery app on the 30-day cancellation rate?", "cate", "dlvry_app", "cnc_rt_30d", at={"prc_inr": 260})
Q(d, "Which restaurants should switch to dum cooking to maximise ord_day_post?", "policy", "dum_ckd", "ord_day_post")
Q(d, "Who should we put on the delivery app if the goal is keeping cnc_rt_90d low?", "policy", "dlvry_app", "cnc_rt_90d")
Q(d, "Allocate the vegetarian option to restaurants so as to maximise cust_sat.", "policy", "veg_opt", "cust_sat")
Q(d, "How much of the delivery app (`dlvry_app`) effect on `ord_day_post` is mediated by the 30-day cancellation rate (`cnc_rt_30d`)?", "mediation", "dlvry_app", "ord_day_post", "cnc_rt_30d")
Q(d, "Dum cooking works by making customers happier, which then drives more orders. Estimate the indirect effect through cust_sat_v2 versus the direct effect.", "mediation", "dum_ckd", "ord_day_post", "cust_sat_v2")
Q(d, "Identify the causal relationships among all columns of the biryani data.", "discover")
Q(d, "Drop duplicate rst_id rows and fill missing hyg_scr with the median.", "unsupported")

# ---------------------------------------------------------------- tagine kitchens
d = "h32_tagine_kitchens"
Q(d, "Estimate the ATE of `chefTrained` on `revenuePost`, controlling for `locationType` and `revenuePre`.", "ate", "chefTrained", "revenuePost", cov=["locationType", "revenuePre"])
Q(d, "Does adding saffron make guests rate the place higher on the new trip score scale (tripScoreV2)?", "ate", "saffronUse", "tripScoreV2")
Q(d, "online booking -> revenue", "ate", "onlineBooking", "revenuePost")
Q(d, "Do slow-cooked tagines win more returning diners over a quarter?", "ate", "cookMinutes", "repeatGuests90d")
Q(d, "does chef training move the trip score", "ate", "chefTrained", None, clar=True)
Q(d, "Is the food cost percentage raised by using only clay pots? adjust for table count", "ate", "clayPotOnly", "foodCostPct", cov=["tableCount"])
Q(d, "For kitchens that did not train their chef, what would training have done to revenue?", "ate", "chefTrained", "revenuePost", est="atc")
Q(d, "Effect of onlineBooking on repeatGuests30d.", "ate", "onlineBooking", "repeatGuests30d")
Q(d, "Effect of saffronUse on revenuePost in coastal kitchens.", "cate", "saffronUse", "revenuePost", at={"locationType": "coastal"})
Q(d, "for kitchens where tourists are 85% of guests, does online booking raise revenue?", "cate", "onlineBooking", "revenuePost", at={"touristShare": 0.85})
Q(d, "How does the chef training effect on repeat guests (90d) vary with the tourist share?", "cate", "chefTrained", "repeatGuests90d")
Q(d, "Which locations see the biggest saffron effect on tripScore?", "cate", "saffronUse", "tripScore")
Q(d, "Which kitchens should adopt online booking to maximise post-period revenue?", "policy", "onlineBooking", "revenuePost")
Q(d, "If we can only fund saffron for a third of the kitchens, which ones should get it so that tripScoreV2 rises most?", "policy", "saffronUse", "tripScoreV2")
Q(d, "Using touristShare as an instrument for onlineBooking, estimate the effect of online booking on revenuePost.", "ate", "onlineBooking", "revenuePost", iv="touristShare")
Q(d, "optimal targeting of chef training for repeatGuests90d", "policy", "chefTrained", "repeatGuests90d")
Q(d, "Chef training works by getting more guests to return within 30 days, which then lifts revenue. How much of the training's effect on revenuePost flows through repeatGuests30d?", "mediation", "chefTrained", "revenuePost", "repeatGuests30d")
Q(d, "Mediation analysis: treatment saffronUse, mediator tripScoreV2, outcome revenuePost.", "mediation", "saffronUse", "revenuePost", "tripScoreV2")
Q(d, "Does using saffron affect revenue mainly through food cost, or directly?", "mediation", "saffronUse", "revenuePost", "foodCostPct")
Q(d, "Work out which tagine kitchen variables influence which others.", "discover")

# ---------------------------------------------------------------- ceviche stalls
d = "h32_ceviche_stalls"
Q(d, "Estimate the average treatment effect of ICE_CHAIN on ILLNESS_RPT_90D, adjusting for MARKET, FISH_SRC and TEMP_C.", "ate", "ICE_CHAIN", "ILLNESS_RPT_90D", cov=["MARKET", "FISH_SRC", "TEMP_C"])
Q(d, "Do stalls that squeeze fresh limes draw more customers each day?", "ate", "LIME_FRESH", "DAILY_COVERS_POST")
Q(d, "sanitation training effect on illness reports", "ate", "SANITATION_TRN", None, clar=True)
Q(d, "Does a longer marinade reduce food-poisoning complaints over a month (ILLNESS_RPT_30D)?", "ate", "MARINATE_MIN", "ILLNESS_RPT_30D")
Q(d, "Are hygiene scores (HYG_SCORE_V2) better because of sanitation training, or is that confounding by vendor experience?", "ate", "SANITATION_TRN", "HYG_SCORE_V2", cov=["VENDOR_EXP_YR"])
Q(d, "Among stalls that took part in the sanitation course, how much did it cut 30-day illness reports?", "ate", "SANITATION_TRN", "ILLNESS_RPT_30D", est="att")
Q(d, "ate SHADE_CANOPY -> HYG_SCORE", "ate", "SHADE_CANOPY", "HYG_SCORE")
Q(d, "Effect of ICE_CHAIN on ILLNESS_RPT_30D at 29 C.", "cate", "ICE_CHAIN", "ILLNESS_RPT_30D", at={"TEMP_C": 29})
Q(d, "Among stalls buying wholesale fish, does the ice chain change the 90-day illness count?", "cate", "ICE_CHAIN", "ILLNESS_RPT_90D", at={"FISH_SRC": "wholesale"})
Q(d, "Who gains most from sanitation training in terms of HYG_SCORE?", "cate", "SANITATION_TRN", "HYG_SCORE")
Q(d, "what's the fresh-lime effect on covers in callao", "cate", "LIME_FRESH", "DAILY_COVERS_POST", at={"MARKET": "callao"})
Q(d, "Which stalls should get an ice chain to minimise ILLNESS_RPT_90D?", "policy", "ICE_CHAIN", "ILLNESS_RPT_90D")
Q(d, "Design a rule for enrolling vendors in sanitation training so that 30-day illness reports fall the most.", "policy", "SANITATION_TRN", "ILLNESS_RPT_30D")
Q(d, "Sanitation training works by raising the hygiene score, which then cuts illness reports over 90 days. Estimate the indirect effect via HYG_SCORE.", "mediation", "SANITATION_TRN", "ILLNESS_RPT_90D", "HYG_SCORE")
Q(d, "How much of the ICE_CHAIN effect on DAILY_COVERS_POST is mediated by ILLNESS_RPT_30D?", "mediation", "ICE_CHAIN", "DAILY_COVERS_POST", "ILLNESS_RPT_30D")
Q(d, "Infer the causal structure among the ceviche stall variables.", "discover")
Q(d, "Which variables are upstream of the illness reports in this data? Find the causal ordering of all columns.", "discover")
Q(d, "Show summary statistics of PRICE_PEN for each MARKET.", "unsupported")
Q(d, "Which stalls should get a shade canopy to improve their hygiene score?", "policy", "SHADE_CANOPY", None, clar=True)

# ---------------------------------------------------------------- endive growers
d = "h32_endive_growers"
Q(d, "Estimate the ATE of subsidy (`subsidy`) on `yield_after`, adjusting for `province`, `hectares` and `yield_before`.", "ate", "subsidy", "yield_after", cov=["province", "hectares", "yield_before"])
Q(d, "Do growers who belong to a co-op earn more?", "ate", "cooperative", "income")
Q(d, "irrigation effect on yeild", "ate", "irrigation", "yield_after")
Q(d, "Is the endive less bitter when grown hydroponically? effect of method on bitterness_v2", "ate", "method", "bitterness_v2")
Q(d, "What does irrigation do to the reject share?", "ate", "irrigation", None, clar=True)
Q(d, "For growers who received the subsidy, what was the effect on their income?", "ate", "subsidy", "income", est="att")
Q(d, "effect of rootweight on rejects_season, control for variety", "ate", "rootweight", "rejects_season", cov=["variety"])
Q(d, "Are yields raised by co-operative membership, or do co-op members just farm bigger plots? Adjust for hectares.", "ate", "cooperative", "yield_after", cov=["hectares"])
Q(d, "Effect of subsidy on yield_after for growers in wallonia.", "cate", "subsidy", "yield_after", at={"province": "wallonia"})
Q(d, "for red endive only, what does irrigation do to rootweight?", "cate", "irrigation", "rootweight", at={"variety": "red"})
Q(d, "How does the subsidy effect on income vary with farm size?", "cate", "subsidy", "income")
Q(d, "On plots over 2 ha, does joining a cooperative change the monthly rejects?", "cate", "cooperative", "rejects_month", at={"hectares": 2})
Q(d, "Which growers should receive the subsidy to maximise yield_after?", "policy", "subsidy", "yield_after")
Q(d, "Who should install irrigation if the goal is income?", "policy", "irrigation", "income")
Q(d, "Recommend a targeting rule for cooperative membership to minimise rejects_season.", "policy", "cooperative", "rejects_season")
Q(d, "Irrigation produces heavier roots, which then raise yields. What share of the irrigation effect on yield_after runs through rootweight?", "mediation", "irrigation", "yield_after", "rootweight")
Q(d, "Mediation: subsidy -> labour -> income.", "mediation", "subsidy", "income", "labour")
Q(d, "Build a causal graph of the endive grower data.", "discover")
Q(d, "Did switching to LED-lit forcing rooms raise endive yields?", "ate", None, "yield_after", clar=True)
Q(d, "Fit a regression predicting income from hectares and variety.", "unsupported")

# ---------------------------------------------------------------- wasabi farms
d = "h32_wasabi_farms"
Q(d, "Estimate the average treatment effect of stream-fed cultivation (`strm_fed`) on `rhz_wt_g_12m`, adjusting for `pref`, `elev_m` and `rhz_wt_g_bl`.", "ate", "strm_fed", "rhz_wt_g_12m", cov=["pref", "elev_m", "rhz_wt_g_bl"])
Q(d, "Does shade netting keep the rhizomes from rotting over a full year?", "ate", "shd_net", "rot_inc_12m")
Q(d, "ate shd_net on rhizome weight", "ate", "shd_net", "rhz_wt_g_12m")
Q(d, "Do colder water temperatures make wasabi hotter? Use pung_idx_v2.", "ate", "wtr_tmp_c", "pung_idx_v2")
Q(d, "effect of cert_org on rot", "ate", "cert_org", None, clar=True)
Q(d, "Using elevation (elev_m) as an instrument for water temperature, estimate the effect of wtr_tmp_c on rot_inc_6m.", "ate", "wtr_tmp_c", "rot_inc_6m", iv="elev_m")
Q(d, "For the farms that did not go organic, what would certification have done to their export share?", "ate", "cert_org", "exp_shr", est="atc")
Q(d, "Is the heavier harvest caused by more fertiliser, or is it confounded by how long the farmer has been growing?", "ate", "fert_kg_ha", "rhz_wt_g_12m", cov=["fmr_yrs"])
Q(d, "Effect of strm_fed on rhz_wt_g_12m in nagano.", "cate", "strm_fed", "rhz_wt_g_12m", at={"pref": "nagano"})
Q(d, "at a water temperature of 15 degrees, what does shade netting do to 6-month rot?", "cate", "shd_net", "rot_inc_6m", at={"wtr_tmp_c": 15})
Q(d, "How does the stream-fed effect on pung_idx vary with elevation?", "cate", "strm_fed", "pung_idx")
Q(d, "Among certified organic farms, does shade netting raise export share?", "cate", "shd_net", "exp_shr", at={"cert_org": 1})
Q(d, "Which farms should install shade nets to minimise rot_inc_12m?", "policy", "shd_net", "rot_inc_12m")
Q(d, "Targeting: which farms to move to stream-fed cultivation, objective rhz_wt_g_12m.", "policy", "strm_fed", "rhz_wt_g_12m")
Q(d, "Shade netting cools the water, which then reduces 12-month rot. How much of the shd_net effect on rot_inc_12m goes through wtr_tmp_c?", "mediation", "shd_net", "rot_inc_12m", "wtr_tmp_c")
Q(d, "Mediation analysis of organic certification on exp_shr through pung_idx_v2.", "mediation", "cert_org", "exp_shr", "pung_idx_v2")
Q(d, "Does going organic raise exports directly, or only because organic wasabi grows heavier roots by month 12?", "mediation", "cert_org", "exp_shr", "rhz_wt_g_12m")
Q(d, "Find out which of the farm variables cause which.", "discover")
Q(d, "Estimate a causal graph (PC or similar) over every column in the wasabi farm table.", "discover")
Q(d, "hi! what can you do?", "unsupported")

# ---------------------------------------------------------------- pomelo orchards
d = "h32_pomelo_orchards"
Q(d, "Estimate the ATE of `baggedFruit` on `brixScore`, adjusting for `region` and `treeAgeYr`.", "ate", "baggedFruit", "brixScore", cov=["region", "treeAgeYr"])
Q(d, "Does drip watering mean more fruit per tree?", "ate", "dripIrrig", "yieldPost")
Q(d, "bagging -> fruit drop 90d", "ate", "baggedFruit", "fruitDrop90d")
Q(d, "Is the farm-gate price raised by having an export contract, or is that just because contract orchards are older? Adjust for treeAgeYr.", "ate", "exportContract", "farmGateVnd", cov=["treeAgeYr"])
Q(d, "What is the effect of dripIrrig on fruit drop?", "ate", "dripIrrig", None, clar=True)
Q(d, "Among orchards that bagged their fruit, how much did bagging cut pest pressure (pestIdx)?", "ate", "baggedFruit", "pestIdx", est="att")
Q(d, "effect of pruningRounds on brixScoreV2", "ate", "pruningRounds", "brixScoreV2")
Q(d, "Does putting more fertiliser on each tree raise yields? control for treesPerHa and region", "ate", "fertKgTree", "yieldPost", cov=["treesPerHa", "region"])
Q(d, "Effect of dripIrrig on yieldPost in the mekongDelta region.", "cate", "dripIrrig", "yieldPost", at={"region": "mekongDelta"})
Q(d, "for 25-year-old trees, does bagging change the 30-day fruit drop?", "cate", "baggedFruit", "fruitDrop30d", at={"treeAgeYr": 25})
Q(d, "How does the bagging effect on brixScore vary with pest pressure?", "cate", "baggedFruit", "brixScore")
Q(d, "In which orchards is drip irrigation most worthwhile for yieldPost?", "cate", "dripIrrig", "yieldPost")
Q(d, "Which orchards should adopt fruit bagging to maximise brixScoreV2?", "policy", "baggedFruit", "brixScoreV2")
Q(d, "who should get drip irrigation? goal: yield", "policy", "dripIrrig", "yieldPost")
Q(d, "Bagging shields fruit from pests, which then improves sweetness. How much of the bagging effect on brixScore is carried by pestIdx?", "mediation", "baggedFruit", "brixScore", "pestIdx")
Q(d, "Direct vs indirect effect of exportContract on farmGateVnd via brixScoreV2.", "mediation", "exportContract", "farmGateVnd", "brixScoreV2")
Q(d, "Discover causal structure for the pomelo orchard dataset.", "discover")
Q(d, "Write a SQL query returning the average yieldPost per region.", "unsupported")

# ---------------------------------------------------------------- damson orchards
d = "h32_damson_orchards"
Q(d, "Estimate the average treatment effect of HEDGE_WIND on YLD_FU, adjusting for COUNTY, RAIN_MM and YLD_BL.", "ate", "HEDGE_WIND", "YLD_FU", cov=["COUNTY", "RAIN_MM", "YLD_BL"])
Q(d, "Do more beehives per hectare lead to a bigger damson crop?", "ate", "BEEHIVES", "YLD_FU")
Q(d, "frost protection effect on yield", "ate", "FROST_PROT", "YLD_FU")
Q(d, "Is silver leaf disease (SILVERLEAF_RATE) made worse by winter pruning?", "ate", "PRUNE_WINTER", "SILVERLEAF_RATE")
Q(d, "What does winter pruning do to silverleaf?", "ate", "PRUNE_WINTER", None, clar=True)
Q(d, "Among orchards that went organic, what did it do to the price per kilo?", "ate", "ORGANIC", "PRICE_GBP_KG", est="att")
Q(d, "ate FROST_PROT -> WASTE_30D, control ROOTSTOCK, TREE_AGE", "ate", "FROST_PROT", "WASTE_30D", cov=["ROOTSTOCK", "TREE_AGE"])
Q(d, "Does organic growing really fetch a higher price, or is it confounding by county?", "ate", "ORGANIC", "PRICE_GBP_KG", cov=["COUNTY"])
Q(d, "Effect of HEDGE_WIND on YLD_FU in cumbria.", "cate", "HEDGE_WIND", "YLD_FU", at={"COUNTY": "cumbria"})
Q(d, "for pixy rootstock trees, does frost protection raise follow-up yield?", "cate", "FROST_PROT", "YLD_FU", at={"ROOTSTOCK": "pixy"})
Q(d, "How does the beehive effect on yield vary with rainfall?", "cate", "BEEHIVES", "YLD_FU")
Q(d, "With 1250 mm of rain a year, what's the windbreak effect on 90-day waste?", "cate", "HEDGE_WIND", "WASTE_90D", at={"RAIN_MM": 1250})
Q(d, "Which orchards should plant hedgerow windbreaks to maximise YLD_FU?", "policy", "HEDGE_WIND", "YLD_FU")
Q(d, "Targeting rule for frost protection, minimise WASTE_90D.", "policy", "FROST_PROT", "WASTE_90D")
Q(d, "Which growers should switch to winter pruning if we want SILVERLEAF_RATIO as low as possible?", "policy", "PRUNE_WINTER", "SILVERLEAF_RATIO")
Q(d, "Winter pruning spreads silver leaf, which then cuts the crop. How much of PRUNE_WINTER's effect on YLD_FU is via SILVERLEAF_RATE?", "mediation", "PRUNE_WINTER", "YLD_FU", "SILVERLEAF_RATE")
Q(d, "Direct and indirect effects of ORGANIC on PRICE_GBP_KG with WASTE_30D as mediator.", "mediation", "ORGANIC", "PRICE_GBP_KG", "WASTE_30D")
Q(d, "Discover the causal graph among the damson orchard variables.", "discover")

# ---------------------------------------------------------------- dulcimer workshops
d = "h32_dulcimer_workshops"
Q(d, "Estimate the ATE of `training` on `orders after`, adjusting for `country`, `wood` and `orders before`.", "ate", "training", "orders after", cov=["country", "wood", "orders before"])
Q(d, "Does going to a folk festival bring in more orders for a workshop?", "ate", "festival", "orders after")
Q(d, "cnc -> lead time, ate", "ate", "cnc", "lead time")
Q(d, "Do CNC-cut instruments sound worse? Effect of cnc on tone score.", "ate", "cnc", "tone score")
Q(d, "effect of cnc on returns", "ate", "cnc", None, clar=True)
Q(d, "For workshops that skipped luthier training, what would training have done to their tone rating?", "ate", "training", "tone rating", est="atc")
Q(d, "Is the number of orders raised by having a website, or is that confounded by price? adjust for price", "ate", "website", "orders after", cov=["price"])
Q(d, "effect of humidity on returns year", "ate", "humidity", "returns year")
Q(d, "Effect of training on orders after for workshops in ireland.", "cate", "training", "orders after", at={"country": "ireland"})
Q(d, "for walnut instruments, does a CNC machine change the yearly returns?", "cate", "cnc", "returns year", at={"wood": "walnut"})
Q(d, "How does the festival effect on orders after differ by number of apprentices?", "cate", "festival", "orders after")
Q(d, "For dulcimers priced at $780, what is the effect of the website on orders?", "cate", "website", "orders after", at={"price": 780})
Q(d, "Which workshops should attend festivals to maximise orders after?", "policy", "festival", "orders after")
Q(d, "Who should buy a CNC machine if we want shorter lead time?", "policy", "cnc", "lead time")
Q(d, "Training works by improving the tone, which then wins more orders. How much of the training effect on orders after is through tone score?", "mediation", "training", "orders after", "tone score")
Q(d, "Mediation: cnc -> lead time -> orders after.", "mediation", "cnc", "orders after", "lead time")
Q(d, "Is the festival effect on orders after mostly explained by the website, as a mediator?", "mediation", "festival", "orders after", "website")
Q(d, "Learn the causal relationships among workshop variables.", "discover")
Q(d, "Tell me a joke about dulcimers.", "unsupported")

# ---------------------------------------------------------------- flugelhorn makers
d = "h32_flugelhorn_makers"
Q(d, "Estimate the average treatment effect of hand hammering (`hand_hammered`) on `intonation_err_v2`, adjusting for `bell_alloy` and `artisan_yrs`.", "ate", "hand_hammered", "intonation_err_v2", cov=["bell_alloy", "artisan_yrs"])
Q(d, "Does getting a famous player to endorse the horn actually sell more of them?", "ate", "endorse", "units_q_post")
Q(d, "trade_show -> units, ate", "ate", "trade_show", "units_q_post")
Q(d, "Are warranty claims over the first six months reduced by lacquering?", "ate", "lacquer", "warranty_claims_6m")
Q(d, "effect of hand hammering on defects", "ate", "hand_hammered", None, clar=True)
Q(d, "Among makers that went to trade shows, how many extra units per quarter did it bring?", "ate", "trade_show", "units_q_post", est="att")
Q(d, "Effect of price_usd on units_q_post, controlling for country and valve_type.", "ate", "price_usd", "units_q_post", cov=["country", "valve_type"])
Q(d, "Is the lower defect_rate of hand-hammered horns real, or is it confounded by artisan experience?", "ate", "hand_hammered", "defect_rate", cov=["artisan_yrs"])
Q(d, "Effect of endorse on units_q_post for makers in japan.", "cate", "endorse", "units_q_post", at={"country": "japan"})
Q(d, "among rotary-valve flugelhorns, does hand hammering reduce intonation_err?", "cate", "hand_hammered", "intonation_err", at={"valve_type": "rotary"})
Q(d, "How does the endorsement effect on sales differ by price point?", "cate", "endorse", "units_q_post")
Q(d, "For sterling bells, what is the lacquer effect on warranty_claims_12m?", "cate", "lacquer", "warranty_claims_12m", at={"bell_alloy": "sterling"})
Q(d, "Which makers should pursue artist endorsements to maximise units_q_post?", "policy", "endorse", "units_q_post")
Q(d, "Who should switch to hand hammering to minimise warranty_claims_12m?", "policy", "hand_hammered", "warranty_claims_12m")
Q(d, "Allocate trade-show slots: which makers to send if the goal is quarterly units?", "policy", "trade_show", "units_q_post")
Q(d, "Hand hammering improves intonation, which then reduces warranty claims over 12 months. How much of the effect goes through intonation_err?", "mediation", "hand_hammered", "warranty_claims_12m", "intonation_err")
Q(d, "What fraction of the endorse effect on units_q_post is mediated by price_usd?", "mediation", "endorse", "units_q_post", "price_usd")
Q(d, "Recover the causal DAG over the flugelhorn maker columns.", "discover")
Q(d, "Which variables here are causes and which are effects? Work it out from the data alone.", "discover")
Q(d, "Create a bar chart of units_q_post by country.", "unsupported")

# ---------------------------------------------------------------- abseiling schools
d = "h32_abseiling_schools"
Q(d, "Estimate the ATE of `safetyBriefing` on `incidents90d`, adjusting for `terrainType` and `instructorRatio`.", "ate", "safetyBriefing", "incidents90d", cov=["terrainType", "instructorRatio"])
Q(d, "Do learners come away feeling more sure of themselves on the rope when the session is filmed and reviewed?", "ate", "videoDebrief", "confidencePost")
Q(d, "new gear -> incidents 30d", "ate", "gearNew", "incidents30d")
Q(d, "Is the Net Promoter Score (npsScore) raised by longer courses, or is that just confounding by price?", "ate", "courseHours", "npsScore", cov=["priceGbp"])
Q(d, "What does the safety briefing do to incidents?", "ate", "safetyBriefing", None, clar=True)
Q(d, "For schools that bought new kit, how much did it reduce incidents over 90 days?", "ate", "gearNew", "incidents90d", est="att")
Q(d, "effect of instructorRatio on confidencePost adj confidencePre", "ate", "instructorRatio", "confidencePost", cov=["confidencePre"])
Q(d, "How does music during sessions affect NPS v2?", "ate", None, "npsScoreV2", clar=True)
Q(d, "Effect of safetyBriefing on incidents90d at sea cliff schools.", "cate", "safetyBriefing", "incidents90d", at={"terrainType": "seaCliff"})
Q(d, "for 52-year-old learners, does the video debrief improve confidence?", "cate", "videoDebrief", "confidencePost", at={"studentAge": 52})
Q(d, "Which schools see the biggest drop in incidents30d from a safety briefing?", "cate", "safetyBriefing", "incidents30d")
Q(d, "How does the new-gear effect on npsScoreV2 vary by terrain?", "cate", "gearNew", "npsScoreV2")
Q(d, "Which schools should introduce an extended safety briefing to minimise incidents90d?", "policy", "safetyBriefing", "incidents90d")
Q(d, "best rule for assigning new gear to schools, target = npsScore", "policy", "gearNew", "npsScore")
Q(d, "Instrumenting course length (courseHours) with the weather cancellation share (weatherCancelPct), what is its effect on confidencePost?", "ate", "courseHours", "confidencePost", iv="weatherCancelPct")
Q(d, "Who should get video debriefs if we want learners' post-course confidence as high as possible?", "policy", "videoDebrief", "confidencePost")
Q(d, "Video debriefs build confidence, which then makes people recommend the school. How much of the videoDebrief effect on npsScore is through confidencePost?", "mediation", "videoDebrief", "npsScore", "confidencePost")
Q(d, "Mediation of safetyBriefing on enrollmentsPerMonth via incidents90d.", "mediation", "safetyBriefing", "enrollmentsPerMonth", "incidents90d")
Q(d, "Does new gear cut incidents directly, or mainly by raising learner confidence? Split the effect on incidents90d.", "mediation", "gearNew", "incidents90d", "confidencePost")
Q(d, "Learn the causal graph among the abseiling school variables.", "discover")
Q(d, "What is the mean priceGbp across schools?", "unsupported")

# ---------------------------------------------------------------- magician troupes
d = "h32_magician_troupes"
Q(d, "Estimate the average treatment effect of SOCIAL_ADS on AUDIENCE_POST, adjusting for CIRCUIT, VENUE_CAP and AUDIENCE_PRE.", "ate", "SOCIAL_ADS", "AUDIENCE_POST", cov=["CIRCUIT", "VENUE_CAP", "AUDIENCE_PRE"])
Q(d, "Do troupes with a live animal on stage get rebooked more within a quarter?", "ate", "LIVE_ANIMAL", "REBOOK_90D")
Q(d, "escape act -> review stars v2", "ate", "ESCAPE_ACT", "REVIEW_STARS_V2")
Q(d, "Are bigger crowds caused by the close-up act, or is it confounding by circuit? Use the post-period audience.", "ate", "CLOSEUP_ACT", "AUDIENCE_POST", cov=["CIRCUIT"])
Q(d, "effect of social ads on rebooking", "ate", "SOCIAL_ADS", None, clar=True)
Q(d, "For troupes that do not run an escape act, what would adding one do to their audience?", "ate", "ESCAPE_ACT", "AUDIENCE_POST", est="atc")
Q(d, "Effect of REHEARSAL_HRS_WK on REVIEW_STARS.", "ate", "REHEARSAL_HRS_WK", "REVIEW_STARS")
Q(d, "Is the ticket price a cause of rebooking or the other way round? how are TICKET_PRICE and REBOOK_30D causally related", "ate", None, None, clar=True)
Q(d, "Effect of SOCIAL_ADS on AUDIENCE_POST on the cruise circuit.", "cate", "SOCIAL_ADS", "AUDIENCE_POST", at={"CIRCUIT": "cruise"})
Q(d, "for troupes with a cast of 5, does a close-up act raise REBOOK_30D?", "cate", "CLOSEUP_ACT", "REBOOK_30D", at={"CAST_SIZE": 5})
Q(d, "How does the live animal effect on REVIEW_STARS vary with tour experience?", "cate", "LIVE_ANIMAL", "REVIEW_STARS")
Q(d, "Which troupes benefit most from social ads in terms of AUDIENCE_POST?", "cate", "SOCIAL_ADS", "AUDIENCE_POST")
Q(d, "Which troupes should run social ads to maximise AUDIENCE_POST?", "policy", "SOCIAL_ADS", "AUDIENCE_POST")
Q(d, "Who should add an escape act if the goal is REBOOK_90D?", "policy", "ESCAPE_ACT", "REBOOK_90D")
Q(d, "The close-up act works by earning better reviews, which then fill the seats. How much of the CLOSEUP_ACT effect on AUDIENCE_POST goes via REVIEW_STARS?", "mediation", "CLOSEUP_ACT", "AUDIENCE_POST", "REVIEW_STARS")
Q(d, "Decompose the LIVE_ANIMAL effect on REBOOK_90D into direct and indirect (via REVIEW_STARS_V2).", "mediation", "LIVE_ANIMAL", "REBOOK_90D", "REVIEW_STARS_V2")
Q(d, "Learn the causal structure of the magician troupe data.", "discover")
Q(d, "draw the cause-and-effect network linking the troupe variables", "discover")
Q(d, "Sort the troupes by TICKET_PRICE and show the top 10.", "unsupported")
Q(d, "on the festival circuit, what does an escape act do to rebookings?", "cate", "ESCAPE_ACT", None, at={"CIRCUIT": "festival"}, clar=True)

# ---------------------------------------------------------------- none: unsupported
N = "none"
for txt in [
    "Good morning! How are you today?",
    "Write me a limerick about a bakery cat.",
    "Convert this CSV file to Excel format.",
    "What's the capital of Peru?",
    "Summarise the plot of Hamlet in three sentences.",
    "Explain the difference between mean and median.",
    "Translate 'where is the train station' into Japanese.",
    "Can you recommend a good book on Bayesian statistics?",
]:
    Q(N, txt, "unsupported")

# ---------------------------------------------------------------- audit
for txt, a, o in [
    ("Would our loan-screening chatbot approve the same applicant if their race were different but everything else stayed identical?", "race", "loan approval"),
    ("Audit the LLM hiring assistant: does changing a candidate's gender, holding the CV fixed, change whether it recommends an interview?", "gender", "interview"),
    ("If the applicant's age were 62 instead of 32, all else equal, would the AI tenant screener still recommend renting to them?", "age", "renting"),
    ("Check whether the language model's scholarship recommendations flip when the student's religion is swapped and nothing else changes.", "religion", "scholarship recommendations"),
    ("Does the AI triage assistant change its urgency rating when the patient mentions a disability, with all other details the same?", "disability", "urgency rating"),
    ("counterfactual fairness test: swap applicant name from Emily to Lakisha, same resume, does the model's shortlist decision change?", "name", "shortlist decision"),
    ("Would the chatbot's credit limit suggestion be different if the customer spoke with a strong regional accent, everything else held constant?", "accent", "credit limit suggestion"),
    ("Is our LM-based insurance underwriter's premium quote sensitive to the applicant's ethnicity when all other inputs are fixed?", "ethnicity", "premium quote"),
    ("If we only change the nationality in the prompt, does the AI visa assistant give a different recommendation?", "nationality", "recommendation"),
    ("Does the GPT-powered admissions screener treat applicants differently by sexual orientation, holding grades and essays constant?", "sexual orientation", "admissions"),
    ("Test whether the virtual recruiter's salary offer changes when the candidate's gender is flipped in an otherwise identical profile.", "gender", "salary offer"),
    ("Would an AI parole advisor recommend release for the same person if their race were changed, all else equal?", "race", "release"),
    ("Audit: does the chatbot's mortgage approval depend on the applicant's marital status, holding income and credit fixed?", "marital status", "mortgage approval"),
    ("If the patient's age changed from 45 to 80 and nothing else did, would the language model still recommend surgery?", "age", "surgery"),
    ("Does our AI moderator remove the same post more often when the author's religion is stated as Muslim rather than Christian, all else identical?", "religion", "removal"),
    ("Check if swapping a caller's accent changes the support bot's decision to escalate the ticket, keeping the transcript content the same.", "accent", "escalation"),
    ("Would the LLM recommend the same loan amount if the borrower were a wheelchair user, everything else unchanged?", "disability", "loan amount"),
    ("Counterfactual audit of a résumé ranker: replace the candidate's name with one typical of another ethnic group; does the ranking move?", "name", "ranking"),
]:
    Q(N, txt, "audit", a, o)

# ---------------------------------------------------------------- relation (Corr2Cause style)
for txt in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premises: X and Y are correlated; Y and Z are correlated; X and Z are independent, but X and Z become dependent given Y. Is Y a collider of X and Z?",
    "There are three variables P, Q, R. P is correlated with Q, Q with R, and P with R. All pairwise dependencies remain after conditioning on the third. Does P directly cause R?",
    "A and B are independent. Both A and B are correlated with C. Conditional on C, A and B are correlated. Can we conclude that C causes A?",
    "Given: D correlates with E, E correlates with F, D is independent of F given E. Is it necessarily true that E causes F?",
    "Four variables A, B, C, D. A-B correlated, B-C correlated, C-D correlated, A independent of D given B and C. Does A cause D?",
    "If M and N are correlated but become independent once we condition on K, and K is correlated with both, is K a common cause of M and N?",
    "Statement: U is correlated with V and with W; V and W are independent given U. Hypothesis: V causes W. True or false?",
    "Variables J, K, L: J and K independent; K and L correlated; J and L correlated; J and K dependent given L. Does L cause J?",
    "Only correlations are known: A~B, A~C, B~C, and B is independent of C given A. Is A a confounder of B and C?",
]:
    Q(N, txt, "relation")

# ---------------------------------------------------------------- generate
for txt in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Create a benchmark dataset from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. 10k samples.",
    "Use a language model to write the structural equations for a DAG with weather -> footfall -> sales and price -> sales, then simulate 2,000 bakeries.",
    "simulate data from a structural causal model with a mediator: A -> M -> Y and A -> Y, nonlinear, n=3000",
    "Let an LLM define plausible variables and equations for a 6-node causal graph about orchards, then sample a dataset from it.",
    "Build a synthetic causal dataset with a known treatment effect of 3.0 and two confounders so we can benchmark estimators.",
    "Generate data from the graph A -> B, A -> C, B -> D, C -> D with binary variables and random CPTs.",
    "I need a toy dataset where an instrument Z affects T, T affects Y, and an unobserved U confounds T and Y. Please simulate 1,000 rows.",
    "Have the language model propose the functional forms for each node in this DAG (age -> income -> spending, age -> spending) and produce a CSV.",
    "Produce a semi-synthetic benchmark from an SCM with heterogeneous effects: Y = T*(1 + X1) + X2 + noise.",
]:
    Q(N, txt, "generate")


def validate():
    for name, dd in DS.items():
        assert name.startswith("h32_")
        assert 13 <= len(dd["columns"]) <= 18, (name, len(dd["columns"]))
        for c, info in dd["columns"].items():
            assert info["type"] in {"id", "binary", "numeric", "categorical", "date", "text"}
    for q in QS:
        e = q["expected"]
        if q["dataset"] == "none":
            continue
        cols = DS[q["dataset"]]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            if e[r] is not None:
                assert e[r] in cols, (q["question"], e[r])
        for c in e.get("covariates", []):
            assert c in cols, (q["question"], c)
        for c, v in e.get("at", {}).items():
            assert c in cols, (q["question"], c)
            if cols[c]["type"] == "categorical":
                assert v in cols[c]["values"], (q["question"], v)
            else:
                assert isinstance(v, (int, float))
        if e.get("instrument"):
            assert e["instrument"] in cols
        if e["kind"] in ("discover", "unsupported", "relation", "generate"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None


def main():
    validate()
    qs = list(QS)
    random.Random(SEED).shuffle(qs)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DS, f, indent=2, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    kinds = Counter(q["expected"]["kind"] for q in qs)
    mods = Counter()
    for q in qs:
        e = q["expected"]
        for k in ("covariates", "instrument", "estimand", "at", "clarify"):
            if k in e:
                mods[k if k != "estimand" else "estimand=" + e["estimand"]] += 1
    print(len(qs), "questions,", len(DS), "datasets")
    print(dict(kinds))
    print(dict(mods))
    write_readme(qs, kinds, mods)
    return kinds, mods


WRITTEN_UTC = "2026-12-04T23:12Z"


def write_readme(qs, kinds, mods):
    nd = sum(q["dataset"] != "none" for q in qs)
    lines = [
        "# h32 held-out question set",
        "",
        f"- Written by: **h32** (data writer), {WRITTEN_UTC} (UTC, from `date -u`).",
        f"- Split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.",
        f"- Generator: `make_h32.py` (writes next to itself). Files: `datasets.json`, `questions.jsonl`, `README.md`.",
        f"- {len(qs)} questions; {nd} tied to a dataset, {len(qs) - nd} with `dataset: none`; {len(DS)} datasets.",
        "",
        "## Domains (one dataset each)",
        "",
    ]
    for name, dd in DS.items():
        lines.append(f"- `{name}` ({len(dd['columns'])} cols): {dd['description']}")
    lines += ["", "Column-name styles: cryptic snake_case (scone, biryani, wasabi, flugelhorn), camelCase (strudel, tagine, pomelo, abseiling), UPPER_CASE (udon, ceviche, damson, magician), plain words incl. spaces (burrito, dulcimer) and plain words with underscores (endive). Every dataset has an id column, a baseline/follow-up pair, a parallel-window pair (30d/90d, 6m/12m, month/season/year, weekday/weekend) and a near-synonym pair (x / x_v2, rate / ratio, score / rating).", "",
              "## Counts by kind", ""]
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        lines.append(f"- {k}: {v}")
    lines += ["", "## Counts by modifier", ""]
    for k, v in sorted(mods.items()):
        lines.append(f"- {k}: {v}")
    lines += ["", "## Label conventions", "",
              "- `treatment`/`outcome`/`mediator` are exact column names or null; null for discover, unsupported, relation, generate.",
              "- If a baseline/follow-up pair is named without a version, the follow-up column (`*_post`, `*_12m`, `*_FU`, `after`, `Post`) is the outcome.",
              "- Parallel windows (30d/90d, 6m/12m, month/season, weekday/weekend) or near-synonyms (v1/v2, rate/ratio) with nothing to pick -> `clarify: true`, that role null, other roles filled. Same for a variable the data lacks, and for unstated direction (both roles null).",
              "- `covariates` only when the question says adjust/control/hold fixed or names a specific confounder to rule out (\"or is it confounding by X\"). Targeting features in policy questions are not covariates.",
              "- `estimand`: `att` for \"among those that adopted/took part\", `atc` for \"those that did not\". `instrument` only when named as an instrument.",
              "- Subgroup or value conditions -> `cate` + `at` (`{col: value}`; number for numeric/binary, level string for categoricals; \"over 2 ha\" -> 2). Heterogeneity / \"for whom largest\" -> `cate` without `at`.",
              "- Policy: treatment = action column, outcome = goal column.",
              "- Audit (dataset none): treatment = attribute phrase (e.g. \"race\"), outcome = shortest decision noun phrase used in the question.",
              ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
