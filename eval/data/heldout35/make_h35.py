#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl, README.md for held-out set h35 (next to this script)."""
import json, os, random, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED, TAG = "test", "heldout35", 35035, "h35"

B = [0, 1, 0]
DS = {}
STYLE = {}


def ds(name, desc, style, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}
    STYLE[name] = style


# ---------------------------------------------------------------- datasets
ds("h35_absinthe_distilleries", "French absinthe distilleries: recipe, equipment, awards, revenue and visitors.",
   "snake_case cryptic", [
    ("dist_id", "id", ["D001", "D002", "D003"]),
    ("wmwd_pct", "numeric", [12.5, 18.0, 22.4]),
    ("thuj_mgkg", "numeric", [8.1, 22.0, 31.5]),
    ("still_cu", "binary", B),
    ("abv_pct", "numeric", [55, 68, 72]),
    ("louche_scr", "numeric", [6.2, 7.8, 8.9]),
    ("louche_scr_v2", "numeric", [61, 74, 88]),
    ("export_fl", "binary", B),
    ("rev_keur_pre", "numeric", [120, 340, 910]),
    ("rev_keur_post", "numeric", [135, 390, 1010]),
    ("region", "categorical", ["Pontarlier", "Val-de-Travers", "Paris", "Provence"]),
    ("yrs_op", "numeric", [3, 17, 104]),
    ("awd_won", "binary", B),
    ("price_eur", "numeric", [39, 58, 85]),
    ("mkt_spend", "numeric", [2000, 15000, 48000]),
    ("tasting_rm", "binary", B),
    ("visitors_30d", "numeric", [40, 310, 1200]),
    ("visitors_90d", "numeric", [150, 900, 3400]),
])
ds("h35_grappa_distilleries", "Italian grappa distilleries: pomace, stills, ageing, methanol, taste and sales.",
   "UPPER_CASE", [
    ("DISTILLERY_ID", "id", ["G-101", "G-102", "G-103"]),
    ("PROVINCE", "categorical", ["Veneto", "Trentino", "Friuli", "Piemonte"]),
    ("POMACE_FRESH", "binary", B),
    ("STILL_TYPE", "categorical", ["bain-marie", "steam", "direct-fire"]),
    ("BARREL_AGED", "binary", B),
    ("AGE_MONTHS", "numeric", [0, 12, 36]),
    ("ABV", "numeric", [38, 40, 45]),
    ("METHANOL_PPM", "numeric", [450, 800, 1200]),
    ("METHANOL_PPM_V2", "numeric", [430, 790, 1185]),
    ("TASTE_SCORE", "numeric", [72, 84, 93]),
    ("SALES_HL_2022", "numeric", [40, 210, 880]),
    ("SALES_HL_2023", "numeric", [45, 230, 910]),
    ("ORGANIC_CERT", "binary", B),
    ("EXPORT_SHARE", "numeric", [0.05, 0.3, 0.65]),
    ("EXPORT_RATIO", "numeric", [0.05, 0.43, 1.86]),
    ("STAFF_N", "numeric", [3, 11, 40]),
    ("PRICE_BOTTLE", "numeric", [18, 32, 75]),
])
ds("h35_ayran_dairies", "Turkish ayran yogurt-drink dairies: recipe, pasteurisation, cold chain, spoilage and sales.",
   "plain words (snake)", [
    ("dairy_id", "id", ["AY01", "AY02", "AY03"]),
    ("city", "categorical", ["Istanbul", "Ankara", "Izmir", "Konya", "Kayseri"]),
    ("salt_added_g", "numeric", [2, 5, 8]),
    ("culture_strain", "categorical", ["A", "B", "C"]),
    ("pasteurized", "binary", B),
    ("shelf_life_days", "numeric", [7, 14, 21]),
    ("foam_score", "numeric", [3.1, 4.0, 4.7]),
    ("foam_score_v2", "numeric", [55, 68, 81]),
    ("spoilage_rate_30d", "numeric", [0.01, 0.04, 0.09]),
    ("spoilage_rate_60d", "numeric", [0.03, 0.08, 0.15]),
    ("sales_pre", "numeric", [12000, 45000, 130000]),
    ("sales_post", "numeric", [13500, 47000, 141000]),
    ("cold_chain", "binary", B),
    ("ad_spend", "numeric", [0, 20000, 90000]),
    ("price_try", "numeric", [8, 12, 17]),
    ("herds_supplying", "numeric", [4, 19, 60]),
    ("complaints", "numeric", [0, 6, 31]),
])
ds("h35_matcha_farms", "Japanese matcha tea farms: shading, milling, chemistry, grade, yield and prices.",
   "UPPER_CASE", [
    ("FARM_ID", "id", ["MF-001", "MF-002", "MF-003"]),
    ("PREFECTURE", "categorical", ["Kyoto", "Shizuoka", "Kagoshima", "Aichi"]),
    ("SHADE_DAYS", "numeric", [14, 21, 30]),
    ("SHADE_COVER", "binary", B),
    ("STONE_MILL", "binary", B),
    ("HARVEST_FLUSH", "categorical", ["first", "second", "autumn"]),
    ("THEANINE_MG", "numeric", [12.0, 21.5, 34.2]),
    ("CATECHIN_MG", "numeric", [80, 110, 150]),
    ("GRADE_SCORE", "numeric", [60, 78, 95]),
    ("GRADE_SCORE_V2", "numeric", [3.2, 4.1, 4.9]),
    ("YIELD_KG_HA_2021", "numeric", [900, 1400, 2100]),
    ("YIELD_KG_HA_2023", "numeric", [950, 1350, 2250]),
    ("ORGANIC", "binary", B),
    ("FERT_N_KG", "numeric", [200, 450, 800]),
    ("ELEV_M", "numeric", [50, 300, 650]),
    ("EXPORT_PRICE_JPY", "numeric", [8000, 15000, 32000]),
    ("DOMESTIC_PRICE_JPY", "numeric", [6000, 11000, 25000]),
])
ds("h35_porcini_exporters", "Porcini mushroom exporters: drying, storage, grading, rejections, prices and revenue.",
   "camelCase", [
    ("exporterId", "id", ["PX-1", "PX-2", "PX-3"]),
    ("country", "categorical", ["Italy", "Poland", "Romania", "Bulgaria", "Serbia"]),
    ("dryingMethod", "categorical", ["sun", "oven", "freeze"]),
    ("coldStorage", "binary", B),
    ("moisturePct", "numeric", [8, 11, 15]),
    ("gradeExtra", "binary", B),
    ("shipmentsPerMo", "numeric", [2, 6, 14]),
    ("rejectRate30d", "numeric", [0.0, 0.03, 0.12]),
    ("rejectRate90d", "numeric", [0.01, 0.05, 0.18]),
    ("revenueEurPre", "numeric", [40000, 210000, 900000]),
    ("revenueEurPost", "numeric", [42000, 250000, 870000]),
    ("certOrganic", "binary", B),
    ("forageAreaHa", "numeric", [30, 220, 1500]),
    ("rainfallMm", "numeric", [550, 800, 1200]),
    ("pricePerKg", "numeric", [22, 38, 65]),
    ("buyerCount", "numeric", [1, 7, 25]),
    ("fairTradeMember", "binary", B),
])
ds("h35_camembert_creameries", "Normandy camembert creameries: milk, AOP label, ripening, listeria, recalls and sales.",
   "snake_case cryptic", [
    ("crm_id", "id", ["CR01", "CR02", "CR03"]),
    ("raw_milk", "binary", B),
    ("aop_lbl", "binary", B),
    ("ripen_d", "numeric", [21, 28, 35]),
    ("ladle_mould", "binary", B),
    ("rind_scr", "numeric", [5.5, 7.0, 8.8]),
    ("rind_scr_v2", "numeric", [48, 66, 90]),
    ("lst_pos", "binary", B),
    ("fat_pct", "numeric", [20, 22.5, 24]),
    ("herd_normande_pct", "numeric", [10, 50, 100]),
    ("dept", "categorical", ["Calvados", "Orne", "Manche", "Eure"]),
    ("sales_t_pre", "numeric", [15, 120, 900]),
    ("sales_t_post", "numeric", [16, 131, 880]),
    ("price_eur", "numeric", [3.5, 5.9, 9.8]),
    ("staff_n", "numeric", [2, 14, 85]),
    ("recall_12m", "numeric", [0, 1, 3]),
    ("recall_24m", "numeric", [0, 2, 5]),
])
ds("h35_burrata_makers", "Apulian burrata cheese makers: recipe, stretching, transport, returns and revenue.",
   "plain words (snake)", [
    ("maker_id", "id", ["BU-01", "BU-02", "BU-03"]),
    ("province", "categorical", ["Bari", "Foggia", "Taranto", "Lecce", "Brindisi"]),
    ("cream_fat_pct", "numeric", [30, 35, 40]),
    ("hand_stretched", "binary", B),
    ("stracciatella_ratio", "numeric", [0.8, 1.2, 1.6]),
    ("stracciatella_share", "numeric", [0.45, 0.55, 0.62]),
    ("shelf_days", "numeric", [3, 5, 8]),
    ("milk_source", "categorical", ["cow", "buffalo", "mixed"]),
    ("taste_rating", "numeric", [3.4, 4.2, 4.9]),
    ("returns_week1", "numeric", [0, 12, 55]),
    ("returns_week4", "numeric", [2, 30, 140]),
    ("refrigerated_truck", "binary", B),
    ("export_deal", "binary", B),
    ("revenue_2022", "numeric", [80000, 320000, 1500000]),
    ("revenue_2023", "numeric", [85000, 360000, 1620000]),
    ("workers", "numeric", [2, 9, 45]),
    ("daily_litres", "numeric", [300, 1500, 9000]),
])
ds("h35_aqueduct_restoration", "Roman-style aqueduct restoration projects: methods, budgets, flow, leaks, delays and visitors.",
   "UPPER_CASE", [
    ("PROJECT_ID", "id", ["AQ-11", "AQ-12", "AQ-13"]),
    ("REGION", "categorical", ["Lazio", "Campania", "Gard", "Segovia"]),
    ("LIME_MORTAR", "binary", B),
    ("BUDGET_MEUR", "numeric", [0.4, 2.5, 11.0]),
    ("CREW_SIZE", "numeric", [6, 18, 45]),
    ("ARCH_SPAN_M", "numeric", [5, 12, 24]),
    ("STONE_ORIGIN", "categorical", ["local", "imported", "recycled"]),
    ("DRONE_SURVEY", "binary", B),
    ("FLOW_LPS_PRE", "numeric", [0, 35, 120]),
    ("FLOW_LPS_POST", "numeric", [20, 90, 260]),
    ("LEAK_RATE", "numeric", [0.05, 0.18, 0.4]),
    ("LEAK_RATIO", "numeric", [0.05, 0.22, 0.67]),
    ("COMPLETION_DELAY_MO", "numeric", [0, 4, 19]),
    ("HERITAGE_GRANT", "binary", B),
    ("VISITOR_COUNT_Y1", "numeric", [2000, 15000, 90000]),
    ("VISITOR_COUNT_Y3", "numeric", [2500, 21000, 140000]),
    ("CRACK_INDEX", "numeric", [0.1, 0.45, 0.9]),
])
ds("h35_uranium_mines", "Uranium mining sites: method, ventilation, radon, worker dose, output and groundwater.",
   "snake_case cryptic", [
    ("site_id", "id", ["UM-01", "UM-02", "UM-03"]),
    ("isl_mthd", "binary", B),
    ("ore_grd_pct", "numeric", [0.05, 0.4, 12.0]),
    ("dpth_m", "numeric", [120, 400, 900]),
    ("vent_upg", "binary", B),
    ("rn_bqm3_bl", "numeric", [300, 1200, 4000]),
    ("rn_bqm3_12m", "numeric", [200, 800, 3100]),
    ("dose_msv", "numeric", [1.2, 4.5, 11.0]),
    ("dose_msv_v2", "numeric", [1.0, 4.1, 10.2]),
    ("inj_rate", "numeric", [50, 120, 300]),
    ("u3o8_t", "numeric", [150, 1200, 6800]),
    ("crew_n", "numeric", [40, 220, 900]),
    ("country", "categorical", ["Kazakhstan", "Canada", "Namibia", "Australia", "Niger"]),
    ("gw_ph", "numeric", [5.8, 7.0, 7.9]),
    ("tailings_cov", "binary", B),
    ("trng_hrs", "numeric", [8, 24, 60]),
    ("shift_len_h", "numeric", [8, 10, 12]),
])
ds("h35_helium_suppliers", "Helium balloon and party-gas suppliers: pricing, delivery, purity, orders and churn.",
   "camelCase", [
    ("supplierId", "id", ["HS-100", "HS-101", "HS-102"]),
    ("cylinderSize", "categorical", ["small", "medium", "large"]),
    ("bulkDiscount", "binary", B),
    ("purityPct", "numeric", [95.0, 98.5, 99.9]),
    ("deliveryDays", "numeric", [1, 3, 7]),
    ("onlineOrdering", "binary", B),
    ("ordersPerWk", "numeric", [2, 9, 40]),
    ("churned30d", "binary", B),
    ("churned90d", "binary", B),
    ("avgBasketUsd", "numeric", [35, 80, 260]),
    ("avgBasketUsdV2", "numeric", [33, 84, 255]),
    ("balloonBundle", "binary", B),
    ("leakComplaints", "numeric", [0, 2, 9]),
    ("heliumPriceUsd", "numeric", [15, 25, 40]),
    ("loyaltyProgram", "binary", B),
    ("storeCount", "numeric", [1, 4, 30]),
    ("region", "categorical", ["Northeast", "South", "Midwest", "West"]),
])
ds("h35_telegraph_stations", "Historic telegraph relay stations: batteries, repeaters, operators, errors, latency, outages.",
   "snake_case cryptic", [
    ("stn_id", "id", ["TS-001", "TS-002", "TS-003"]),
    ("bat_typ", "categorical", ["Daniell", "Leclanche", "gravity"]),
    ("rpt_inst", "binary", B),
    ("wire_km", "numeric", [40, 150, 420]),
    ("opr_n", "numeric", [2, 5, 14]),
    ("msg_day_1870", "numeric", [30, 120, 600]),
    ("msg_day_1880", "numeric", [45, 190, 950]),
    ("err_rt", "numeric", [0.01, 0.04, 0.11]),
    ("err_rt_v2", "numeric", [0.012, 0.038, 0.1]),
    ("lat_min", "numeric", [2, 9, 35]),
    ("storm_d", "numeric", [5, 22, 60]),
    ("insul_glass", "binary", B),
    ("rail_adj", "binary", B),
    ("pay_shlg", "numeric", [18, 25, 40]),
    ("morse_trn", "binary", B),
    ("outage_h_q1", "numeric", [0, 12, 80]),
    ("outage_h_q4", "numeric", [0, 20, 130]),
])
ds("h35_jukebox_routes", "Jukebox vending route operators: upgrades, venues, pricing, plays, service and revenue.",
   "camelCase", [
    ("routeId", "id", ["JR-7", "JR-8", "JR-9"]),
    ("machinesOnRoute", "numeric", [8, 25, 70]),
    ("digitalUpgrade", "binary", B),
    ("playsPerWk", "numeric", [120, 480, 1900]),
    ("revenuePerMachine", "numeric", [40, 150, 420]),
    ("revenuePerMachineV2", "numeric", [38, 155, 410]),
    ("venueType", "categorical", ["bar", "diner", "bowling alley", "arcade"]),
    ("songCatalogSize", "numeric", [500, 5000, 60000]),
    ("pricePerPlayUsd", "numeric", [0.25, 0.5, 1.0]),
    ("serviceVisitsPerMo", "numeric", [1, 2, 4]),
    ("breakdowns30d", "numeric", [0, 2, 6]),
    ("breakdowns90d", "numeric", [0, 5, 15]),
    ("promoNight", "binary", B),
    ("cityPop", "numeric", [20000, 250000, 3000000]),
    ("routeAgeYrs", "numeric", [1, 8, 35]),
    ("commissionPct", "numeric", [30, 40, 50]),
    ("appPairing", "binary", B),
])
ds("h35_poker_rooms", "Online poker rooms: rake, bonuses, HUD policy, activity, churn and deposits.",
   "camelCase", [
    ("roomId", "id", ["PR-01", "PR-02", "PR-03"]),
    ("rakebackPct", "numeric", [0, 20, 45]),
    ("rakeCapUsd", "numeric", [1, 3, 5]),
    ("bonusOffered", "binary", B),
    ("activePlayers30d", "numeric", [300, 4000, 25000]),
    ("activePlayers90d", "numeric", [500, 6500, 41000]),
    ("avgStakeUsd", "numeric", [0.5, 2, 10]),
    ("hudBan", "binary", B),
    ("tableCount", "numeric", [40, 600, 5000]),
    ("sessionsPerWk", "numeric", [1.5, 3.2, 7.0]),
    ("churned90d", "numeric", [0.1, 0.25, 0.5]),
    ("depositUsdPre", "numeric", [20, 110, 600]),
    ("depositUsdPost", "numeric", [25, 125, 640]),
    ("license", "categorical", ["Malta", "Curacao", "Isle of Man", "Gibraltar"]),
    ("mobileApp", "binary", B),
    ("affiliateSpend", "numeric", [0, 50000, 400000]),
    ("botDetectScore", "numeric", [0.4, 0.7, 0.95]),
])
ds("h35_orchid_nurseries", "Orchid nurseries: greenhouse climate, misting, media, fertiliser, blooms, disease and sales.",
   "plain words (with spaces)", [
    ("nursery id", "id", ["ON-1", "ON-2", "ON-3"]),
    ("genus", "categorical", ["Phalaenopsis", "Cattleya", "Dendrobium", "Oncidium", "Vanda"]),
    ("misting system", "binary", B),
    ("greenhouse temp", "numeric", [18, 24, 29]),
    ("humidity", "numeric", [50, 70, 85]),
    ("bark medium", "binary", B),
    ("fertilizer dose", "numeric", [0.5, 1.0, 2.0]),
    ("bloom count before", "numeric", [2, 5, 9]),
    ("bloom count after", "numeric", [3, 7, 12]),
    ("spike length", "numeric", [20, 45, 70]),
    ("root rot rate", "numeric", [0.01, 0.06, 0.2]),
    ("root rot ratio", "numeric", [0.01, 0.07, 0.25]),
    ("plant price", "numeric", [12, 25, 80]),
    ("online shop", "binary", B),
    ("staff", "numeric", [1, 6, 30]),
    ("virus tested", "binary", B),
    ("sales volume", "numeric", [800, 5000, 40000]),
])
ds("h35_ceramics_studios", "Ceramics (pottery) studios: kilns, firing, cracks, teachers, membership and retention.",
   "plain words (snake)", [
    ("studio_id", "id", ["CS-01", "CS-02", "CS-03"]),
    ("kiln_type", "categorical", ["electric", "gas", "wood", "raku"]),
    ("glaze_cost", "numeric", [150, 600, 2400]),
    ("class_hours", "numeric", [6, 20, 48]),
    ("wheel_count", "numeric", [2, 8, 20]),
    ("firing_temp_c", "numeric", [1000, 1250, 1300]),
    ("crack_rate", "numeric", [0.02, 0.08, 0.2]),
    ("crack_rate_v2", "numeric", [0.03, 0.09, 0.22]),
    ("members_spring", "numeric", [15, 60, 240]),
    ("members_autumn", "numeric", [18, 72, 260]),
    ("instagram", "binary", B),
    ("teacher_certified", "binary", B),
    ("retention_3mo", "numeric", [0.5, 0.72, 0.9]),
    ("retention_12mo", "numeric", [0.2, 0.41, 0.7]),
    ("price_per_class", "numeric", [20, 35, 60]),
    ("reclaimed_clay", "binary", B),
    ("city_size", "categorical", ["small town", "suburb", "city"]),
])

# ---------------------------------------------------------------- questions
QS = []


def Q(d, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, clarify=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        e["covariates"] = cov
    if iv:
        e["instrument"] = iv
    if est:
        e["estimand"] = est
    if at:
        e["at"] = at
    if clarify:
        e["clarify"] = True
    QS.append({"question": text, "dataset": d,
               "columns": list(DS[d]["columns"]) if d != "none" else None,
               "split": SPLIT, "origin": ORIGIN, "expected": e})


# 1 absinthe
d = "h35_absinthe_distilleries"
Q(d, "Estimate the average treatment effect of copper stills (`still_cu`) on post-period revenue (`rev_keur_post`), adjusting for `region` and `yrs_op`.", "ate", "still_cu", "rev_keur_post", cov=["region", "yrs_op"])
Q(d, "Does having a tasting room actually bring in more visitors over three months, or is that just confounding?", "ate", "tasting_rm", "visitors_90d")
Q(d, "ate of awd_won on price_eur adj abv_pct", "ate", "awd_won", "price_eur", cov=["abv_pct"])
Q(d, "How much does winning a medal at a spirits competition push up what a bottle sells for?", "ate", "awd_won", "price_eur")
Q(d, "Effect of marketing spend on visitor numbers?", "ate", "mkt_spend", None, clarify=True)
Q(d, "Is revenue raised by selling abroad? Control for region.", "ate", "export_fl", "rev_keur_post", cov=["region"])
Q(d, "What is the effect of the wormwood percentage (wmwd_pct) on louche score (louche_scr)?", "ate", "wmwd_pct", "louche_scr")
Q(d, "What did copper stills do for the turnover of the distilleries that actually use them?", "ate", "still_cu", "rev_keur_post", est="att")
Q(d, "effect of tasting_rm on visitors_90d for distilleries in Pontarlier", "cate", "tasting_rm", "visitors_90d", at={"region": "Pontarlier"})
Q(d, "How does the effect of marketing spend on 90-day visitor numbers vary with how long the distillery has been operating?", "cate", "mkt_spend", "visitors_90d")
Q(d, "Under the condition that the spirit is bottled at 68% ABV, what is the effect of wormwood share on thujone levels?", "cate", "wmwd_pct", "thuj_mgkg", at={"abv_pct": 68})
Q(d, "For which regions does winning an award boost bottle prices the most?", "cate", "awd_won", "price_eur")
Q(d, "Which distilleries should we fund to open a tasting room so as to get more visitors?", "policy", "tasting_rm", None, clarify=True)
Q(d, "Design a targeting rule: who should get a copper still upgrade to raise rev_keur_post?", "policy", "still_cu", "rev_keur_post")
Q(d, "How much of the effect of wormwood share on bottle price runs through thujone content?", "mediation", "wmwd_pct", "price_eur", "thuj_mgkg")
Q(d, "Awards work by drawing in more visitors over the next 90 days, which then lifts sales. How much of the award effect on revenue is indirect via visitors_90d?", "mediation", "awd_won", "rev_keur_post", "visitors_90d")
Q(d, "Decompose the effect of `still_cu` on `price_eur` into direct and indirect parts through `louche_scr_v2`.", "mediation", "still_cu", "price_eur", "louche_scr_v2")
Q(d, "Which of these distillery variables drive which? Map out the dependencies.", "discover")
Q(d, "Plot price_eur against abv_pct for each region.", "unsupported")

# 2 grappa
d = "h35_grappa_distilleries"
Q(d, "Estimate the ATE of `BARREL_AGED` on `TASTE_SCORE`, controlling for `PROVINCE` and `ABV`.", "ate", "BARREL_AGED", "TASTE_SCORE", cov=["PROVINCE", "ABV"])
Q(d, "does fresh pomace cut methanol", "ate", "POMACE_FRESH", None, clarify=True)
Q(d, "Are 2023 sales volumes higher because of organic certification, once province is held fixed?", "ate", "ORGANIC_CERT", "SALES_HL_2023", cov=["PROVINCE"])
Q(d, "How much does resting the spirit in wood raise the price of a bottle?", "ate", "BARREL_AGED", "PRICE_BOTTLE")
Q(d, "effect of AGE_MONTHS on TASTE_SCORE", "ate", "AGE_MONTHS", "TASTE_SCORE")
Q(d, "What is the average effect of organic certification on bottle price for the distilleries that are not certified?", "ate", "ORGANIC_CERT", "PRICE_BOTTLE", est="atc")
Q(d, "Is sales volume boosted by barrel ageing?", "ate", "BARREL_AGED", "SALES_HL_2023")
Q(d, "Does exporting more of the output lead distilleries to hire more staff?", "ate", None, "STAFF_N", clarify=True)
Q(d, "CATE of BARREL_AGED on TASTE_SCORE where STILL_TYPE = bain-marie", "cate", "BARREL_AGED", "TASTE_SCORE", at={"STILL_TYPE": "bain-marie"})
Q(d, "For Trentino producers, how much does organic certification change the price per bottle?", "cate", "ORGANIC_CERT", "PRICE_BOTTLE", at={"PROVINCE": "Trentino"})
Q(d, "Which kinds of distilleries gain the most tasting points from longer ageing?", "cate", "AGE_MONTHS", "TASTE_SCORE")
Q(d, "effect of barrel ageing on 2023 sales when ABV is 40", "cate", "BARREL_AGED", "SALES_HL_2023", at={"ABV": 40})
Q(d, "Which distilleries should switch to fresh pomace to maximise TASTE_SCORE?", "policy", "POMACE_FRESH", "TASTE_SCORE")
Q(d, "Recommend an allocation rule for organic certification subsidies that boosts 2023 sales (SALES_HL_2023).", "policy", "ORGANIC_CERT", "SALES_HL_2023")
Q(d, "How much of the effect of fresh pomace on taste works by lowering methanol (`METHANOL_PPM`)?", "mediation", "POMACE_FRESH", "TASTE_SCORE", "METHANOL_PPM")
Q(d, "Barrel ageing raises the taste score, which then lifts the bottle price. What share of the ageing effect on price goes through taste?", "mediation", "BARREL_AGED", "PRICE_BOTTLE", "TASTE_SCORE")
Q(d, "direct vs indirect effect of ORGANIC_CERT on SALES_HL_2023 via PRICE_BOTTLE", "mediation", "ORGANIC_CERT", "SALES_HL_2023", "PRICE_BOTTLE")
Q(d, "Learn the causal graph among the grappa variables.", "discover")
Q(d, "Forecast next year's sales volume for every distillery.", "unsupported")

# 3 ayran
d = "h35_ayran_dairies"
Q(d, "Estimate the average causal effect of `cold_chain` on `spoilage_rate_60d`, adjusting for `city` and `pasteurized`.", "ate", "cold_chain", "spoilage_rate_60d", cov=["city", "pasteurized"])
Q(d, "Does heat-treating the drink make it keep longer on the shelf?", "ate", "pasteurized", "shelf_life_days")
Q(d, "ate salt_added_g -> foam_score_v2", "ate", "salt_added_g", "foam_score_v2")
Q(d, "Did the advertising lift sales?", "ate", "ad_spend", "sales_post")
Q(d, "Is spoilage lowered by cold-chain logistics?", "ate", "cold_chain", None, clarify=True)
Q(d, "What's the effect of adding more salt on customer complaints, holding price (price_try) fixed?", "ate", "salt_added_g", "complaints", cov=["price_try"])
Q(d, "For the dairies that run a refrigerated cold chain, how many days of shelf life did it add?", "ate", "cold_chain", "shelf_life_days", est="att")
Q(d, "Is the link between the price charged and the number of complaints causal or just confounding?", "ate", "price_try", "complaints")
Q(d, "effect of pasteurized on shelf_life_days in Konya", "cate", "pasteurized", "shelf_life_days", at={"city": "Konya"})
Q(d, "When 5 g of salt is added, what is the effect of the cold chain on complaints?", "cate", "cold_chain", "complaints", at={"salt_added_g": 5})
Q(d, "Does the advertising effect on post-period sales differ across cities?", "cate", "ad_spend", "sales_post")
Q(d, "Among dairies using culture strain B, estimate the efect of pasteurisation on 60-day spoilage.", "cate", "pasteurized", "spoilage_rate_60d", at={"culture_strain": "B"})
Q(d, "Which dairies should we prioritise for cold-chain trucks to cut spoilage_rate_30d?", "policy", "cold_chain", "spoilage_rate_30d")
Q(d, "who should get ad budget so that sales go up the most", "policy", "ad_spend", "sales_post")
Q(d, "How much of pasteurisation's effect on complaints is mediated by shelf life?", "mediation", "pasteurized", "complaints", "shelf_life_days")
Q(d, "The cold chain reduces 30-day spoilage, which then boosts sales. What fraction of the effect of `cold_chain` on `sales_post` flows through `spoilage_rate_30d`?", "mediation", "cold_chain", "sales_post", "spoilage_rate_30d")
Q(d, "salt -> foam_score -> complaints: indirect effect?", "mediation", "salt_added_g", "complaints", "foam_score")
Q(d, "what causes what in this dairy data?", "discover")
Q(d, "Summarise the mean and median price_try by city.", "unsupported")

# 4 matcha
d = "h35_matcha_farms"
Q(d, "Compute the ATE of SHADE_COVER on THEANINE_MG adjusting for ELEV_M and PREFECTURE.", "ate", "SHADE_COVER", "THEANINE_MG", cov=["ELEV_M", "PREFECTURE"])
Q(d, "Using shade days (`SHADE_DAYS`) as an instrument for theanine, estimate the effect of `THEANINE_MG` on `GRADE_SCORE`.", "ate", "THEANINE_MG", "GRADE_SCORE", iv="SHADE_DAYS")
Q(d, "Does covering the bushes for more days cut the bitter compounds in the leaf?", "ate", "SHADE_DAYS", "CATECHIN_MG")
Q(d, "effect of ORGANIC on yield", "ate", "ORGANIC", "YIELD_KG_HA_2023")
Q(d, "Effect of nitrogen fertiliser on price?", "ate", "FERT_N_KG", None, clarify=True)
Q(d, "Is the grade (GRADE_SCORE_V2) improved by stone milling, controlling for harvest flush?", "ate", "STONE_MILL", "GRADE_SCORE_V2", cov=["HARVEST_FLUSH"])
Q(d, "What would going organic do to the domestic price for the farms that currently are not organic?", "ate", "ORGANIC", "DOMESTIC_PRICE_JPY", est="atc")
Q(d, "Does the number of hand-pickers per hectare affect yield?", "ate", None, "YIELD_KG_HA_2023", clarify=True)
Q(d, "CATE of SHADE_COVER on GRADE_SCORE for HARVEST_FLUSH = first", "cate", "SHADE_COVER", "GRADE_SCORE", at={"HARVEST_FLUSH": "first"})
Q(d, "For farms at 300 m elevation, what does extra shading (in days) do to theanine?", "cate", "SHADE_DAYS", "THEANINE_MG", at={"ELEV_M": 300})
Q(d, "Where is the stone-mill premium on the export price largest?", "cate", "STONE_MILL", "EXPORT_PRICE_JPY")
Q(d, "Within Shizuoka, effect of organic status on 2023 yield per hectare", "cate", "ORGANIC", "YIELD_KG_HA_2023", at={"PREFECTURE": "Shizuoka"})
Q(d, "Which farms should adopt shade cover to maximise GRADE_SCORE?", "policy", "SHADE_COVER", "GRADE_SCORE")
Q(d, "targeting rule for stone mill investment to raise export prices", "policy", "STONE_MILL", "EXPORT_PRICE_JPY")
Q(d, "Shading works by raising theanine, which then improves the grade score. How much of SHADE_DAYS's effect on GRADE_SCORE is via THEANINE_MG?", "mediation", "SHADE_DAYS", "GRADE_SCORE", "THEANINE_MG")
Q(d, "Mediation analysis: SHADE_COVER -> CATECHIN_MG -> EXPORT_PRICE_JPY", "mediation", "SHADE_COVER", "EXPORT_PRICE_JPY", "CATECHIN_MG")
Q(d, "How much of stone milling's effect on the home-market price passes through the grade (GRADE_SCORE)?", "mediation", "STONE_MILL", "DOMESTIC_PRICE_JPY", "GRADE_SCORE")
Q(d, "Infer the causal structure linking shading, fertiliser, leaf chemistry, grade and prices on these farms.", "discover")
Q(d, "Show me a histogram of ELEV_M.", "unsupported")

# 5 porcini
d = "h35_porcini_exporters"
Q(d, "What is the ATE of `coldStorage` on `rejectRate90d`, adjusting for `dryingMethod` and `country`?", "ate", "coldStorage", "rejectRate90d", cov=["dryingMethod", "country"])
Q(d, "Did joining the fair trade network raise revenue?", "ate", "fairTradeMember", "revenueEurPost")
Q(d, "effect of moisture on rejections", "ate", "moisturePct", None, clarify=True)
Q(d, "How much does an Extra grade add to the price per kilo?", "ate", "gradeExtra", "pricePerKg")
Q(d, "Is revenue boosted by organic certification for the certified exporters themselves?", "ate", "certOrganic", "revenueEurPost", est="att")
Q(d, "ate of rainfallMm on shipmentsPerMo, ctrl forageAreaHa", "ate", "rainfallMm", "shipmentsPerMo", cov=["forageAreaHa"])
Q(d, "Would refrigerated warehousing leave the dried mushrooms less damp?", "ate", "coldStorage", "moisturePct")
Q(d, "Does having more buyers causally raise prices, or is it confounded?", "ate", "buyerCount", "pricePerKg")
Q(d, "effect of coldStorage on rejectRate30d for Polish exporters", "cate", "coldStorage", "rejectRate30d", at={"country": "Poland"})
Q(d, "When annual rainfall is 800 mm, what's the effect of forage area on shipments per month?", "cate", "forageAreaHa", "shipmentsPerMo", at={"rainfallMm": 800})
Q(d, "How does the fair-trade effect on revenueEurPost vary by drying method?", "cate", "fairTradeMember", "revenueEurPost")
Q(d, "Among freeze-dried exporters, effect of Extra grading on price", "cate", "gradeExtra", "pricePerKg", at={"dryingMethod": "freeze"})
Q(d, "Which exporters should we offer cold storage to in order to cut 90-day rejection rates?", "policy", "coldStorage", "rejectRate90d")
Q(d, "Whom should the cooperative enrol in fair trade to maximise revenueEurPost?", "policy", "fairTradeMember", "revenueEurPost")
Q(d, "How much of cold storage's effect on price is through lower moisture?", "mediation", "coldStorage", "pricePerKg", "moisturePct")
Q(d, "Organic certification brings in more buyers, who then push revenue up. Quantify the indirect path via buyerCount.", "mediation", "certOrganic", "revenueEurPost", "buyerCount")
Q(d, "dryingMethod → moisturePct → rejectRate90d, direct vs indirect", "mediation", "dryingMethod", "rejectRate90d", "moisturePct")
Q(d, "Figure out which variables influence which among the porcini exporters, with no prior structure assumed.", "discover")
Q(d, "Write a SQL query that returns exporters with pricePerKg above 40.", "unsupported")

# 6 camembert
d = "h35_camembert_creameries"
Q(d, "Estimate the average effect of raw milk (`raw_milk`) on listeria positivity (`lst_pos`), adjusting for `ripen_d` and `dept`.", "ate", "raw_milk", "lst_pos", cov=["ripen_d", "dept"])
Q(d, "Does carrying the protected-origin label raise what a cheese sells for?", "ate", "aop_lbl", "price_eur")
Q(d, "ate ladle_mould on rind_scr", "ate", "ladle_mould", "rind_scr")
Q(d, "Is sales tonnage increased by the AOP label?", "ate", "aop_lbl", "sales_t_post")
Q(d, "effect of raw milk on product recalls", "ate", "raw_milk", None, clarify=True)
Q(d, "How much do longer ripening times change the rind quality score (rind_scr_v2)?", "ate", "ripen_d", "rind_scr_v2")
Q(d, "Does a higher share of Normande cows in the herd raise butterfat, holding the département constant?", "ate", "herd_normande_pct", "fat_pct", cov=["dept"])
Q(d, "For creameries that hand-ladle, what effect did ladling have on price?", "ate", "ladle_mould", "price_eur", est="att")
Q(d, "effect of raw_milk on lst_pos where dept = Orne", "cate", "raw_milk", "lst_pos", at={"dept": "Orne"})
Q(d, "At 35 days of ripening, what is the effect of unpasteurised milk on the rind score (`rind_scr`)?", "cate", "raw_milk", "rind_scr", at={"ripen_d": 35})
Q(d, "For whom does the AOP label boost post-period sales (sales_t_post) the most?", "cate", "aop_lbl", "sales_t_post")
Q(d, "Among AOP-labelled creameries, how much does ladle moulding raise the price?", "cate", "ladle_mould", "price_eur", at={"aop_lbl": 1})
Q(d, "Which creameries should move off raw milk to minimise recalls over 24 months (recall_24m)?", "policy", "raw_milk", "recall_24m")
Q(d, "Who should apply for the AOP label to raise sales_t_post?", "policy", "aop_lbl", "sales_t_post")
Q(d, "optimal rule for assigning ladle moulding to maximise rind_scr", "policy", "ladle_mould", "rind_scr")
Q(d, "Raw milk affects 12-month recalls largely by raising listeria positives. How much of raw_milk -> recall_12m goes through lst_pos?", "mediation", "raw_milk", "recall_12m", "lst_pos")
Q(d, "Split the AOP effect on price into the part that runs through rind quality (`rind_scr`) and the rest.", "mediation", "aop_lbl", "price_eur", "rind_scr")
Q(d, "Discover causal relations among the creamery columns.", "discover")
Q(d, "Clean the dept column - some rows say 'calvados' in lowercase.", "unsupported")

# 7 burrata
d = "h35_burrata_makers"
Q(d, "Estimate the ATE of `refrigerated_truck` on `returns_week1`, controlling for `province` and `shelf_days`.", "ate", "refrigerated_truck", "returns_week1", cov=["province", "shelf_days"])
Q(d, "Do burrata pulled by hand get better marks from tasters?", "ate", "hand_stretched", "taste_rating")
Q(d, "effect of cream fat on taste, adj milk_source", "ate", "cream_fat_pct", "taste_rating", cov=["milk_source"])
Q(d, "Is revenue higher because of an export deal?", "ate", "export_deal", "revenue_2023")
Q(d, "What does a richer stracciatella filling do to taste?", "ate", None, "taste_rating", clarify=True)
Q(d, "How much would refrigerated transport cut returns after four weeks for the makers that do not have trucks?", "ate", "refrigerated_truck", "returns_week4", est="atc")
Q(d, "Does hiring more workers increase the litres of milk processed each day?", "ate", "workers", "daily_litres")
Q(d, "Is the association between owning a refrigerated truck and landing an export deal causal, or confounded?", "ate", "refrigerated_truck", "export_deal")
Q(d, "cate hand_stretched -> taste_rating, milk_source=buffalo", "cate", "hand_stretched", "taste_rating", at={"milk_source": "buffalo"})
Q(d, "In Lecce, what is the effect of the refrigerated truck on returns in week 1?", "cate", "refrigerated_truck", "returns_week1", at={"province": "Lecce"})
Q(d, "How does the export-deal effect on 2023 revenue change with the number of workers?", "cate", "export_deal", "revenue_2023")
Q(d, "Under the condition that cream fat is 40%, estimate the effect of hand stretching on shelf life.", "cate", "hand_stretched", "shelf_days", at={"cream_fat_pct": 40})
Q(d, "Which makers should get a refrigerated truck to minimise returns_week4?", "policy", "refrigerated_truck", "returns_week4")
Q(d, "Who should we target for export deals to maximise 2023 revenue?", "policy", "export_deal", "revenue_2023")
Q(d, "Allocation rule: should each maker hand-stretch or machine-stretch, to maximise taste rating?", "policy", "hand_stretched", "taste_rating")
Q(d, "Refrigerated trucks work by extending shelf life, which then reduces week-4 returns. Estimate the share of the effect via shelf_days.", "mediation", "refrigerated_truck", "returns_week4", "shelf_days")
Q(d, "indirect effect of hand_stretched on revenue_2023 through taste_rating", "mediation", "hand_stretched", "revenue_2023", "taste_rating")
Q(d, "Which variables in the burrata data are causes of which?", "discover")
Q(d, "Predict taste_rating from the other columns with a random forest.", "unsupported")

# 8 aqueduct
d = "h35_aqueduct_restoration"
Q(d, "Estimate the ATE of `LIME_MORTAR` on `CRACK_INDEX`, adjusting for `ARCH_SPAN_M` and `STONE_ORIGIN`.", "ate", "LIME_MORTAR", "CRACK_INDEX", cov=["ARCH_SPAN_M", "STONE_ORIGIN"])
Q(d, "Did surveying the channel from the air shorten project overruns?", "ate", "DRONE_SURVEY", "COMPLETION_DELAY_MO")
Q(d, "Is water flow restored by lime mortar?", "ate", "LIME_MORTAR", "FLOW_LPS_POST")
Q(d, "effect of lime mortar on leakage", "ate", "LIME_MORTAR", None, clarify=True)
Q(d, "How much does a bigger crew cut the delay, holding the budget fixed?", "ate", "CREW_SIZE", "COMPLETION_DELAY_MO", cov=["BUDGET_MEUR"])
Q(d, "Heritage grants and tourist numbers three years on: causal or not?", "ate", "HERITAGE_GRANT", "VISITOR_COUNT_Y3")
Q(d, "For projects that received a heritage grant, what did the grant do to the flow after restoration?", "ate", "HERITAGE_GRANT", "FLOW_LPS_POST", est="att")
Q(d, "ate BUDGET_MEUR -> VISITOR_COUNT_Y1", "ate", "BUDGET_MEUR", "VISITOR_COUNT_Y1")
Q(d, "CATE of DRONE_SURVEY on COMPLETION_DELAY_MO in REGION = Campania", "cate", "DRONE_SURVEY", "COMPLETION_DELAY_MO", at={"REGION": "Campania"})
Q(d, "For arches spanning 12 m, what does lime mortar do to cracking?", "cate", "LIME_MORTAR", "CRACK_INDEX", at={"ARCH_SPAN_M": 12})
Q(d, "Which projects benefit most in post-restoration flow from lime mortar?", "cate", "LIME_MORTAR", "FLOW_LPS_POST")
Q(d, "Among projects using recycled stone, estimate the effect of the heritage grant on first-year visitors.", "cate", "HERITAGE_GRANT", "VISITOR_COUNT_Y1", at={"STONE_ORIGIN": "recycled"})
Q(d, "Which restoration projects should get a drone survey to minimise delays?", "policy", "DRONE_SURVEY", "COMPLETION_DELAY_MO")
Q(d, "Prioritise heritage grants across projects to maximise VISITOR_COUNT_Y3.", "policy", "HERITAGE_GRANT", "VISITOR_COUNT_Y3")
Q(d, "Should every project use lime mortar? Find the best assignment rule for lowering CRACK_INDEX.", "policy", "LIME_MORTAR", "CRACK_INDEX")
Q(d, "Lime mortar raises flow after restoration mainly by reducing cracking. How much of LIME_MORTAR -> FLOW_LPS_POST goes through CRACK_INDEX?", "mediation", "LIME_MORTAR", "FLOW_LPS_POST", "CRACK_INDEX")
Q(d, "Heritage grants raise third-year visitors directly and by enlarging the budget; estimate the indirect effect via BUDGET_MEUR.", "mediation", "HERITAGE_GRANT", "VISITOR_COUNT_Y3", "BUDGET_MEUR")
Q(d, "Build a DAG of the restoration variables from the data.", "discover")
Q(d, "What's the average BUDGET_MEUR per REGION?", "unsupported")

# 9 uranium
d = "h35_uranium_mines"
Q(d, "Estimate the average effect of the ventilation upgrade (`vent_upg`) on radon at 12 months (`rn_bqm3_12m`), adjusting for `rn_bqm3_bl` and `dpth_m`.", "ate", "vent_upg", "rn_bqm3_12m", cov=["rn_bqm3_bl", "dpth_m"])
Q(d, "Does switching to in-situ leaching raise yellowcake output?", "ate", "isl_mthd", "u3o8_t")
Q(d, "Do ventilation upgrades lower the dose miners receive?", "ate", "vent_upg", None, clarify=True)
Q(d, "effect of ore_grd_pct on u3o8_t w/ dpth_m as instrument", "ate", "ore_grd_pct", "u3o8_t", iv="dpth_m")
Q(d, "Is radon reduced by ventilation upgrades?", "ate", "vent_upg", "rn_bqm3_12m")
Q(d, "What effect does the acid injection rate have on groundwater pH?", "ate", "inj_rate", "gw_ph")
Q(d, "Do longer shifts increase dose (dose_msv), holding crew size constant?", "ate", "shift_len_h", "dose_msv", cov=["crew_n"])
Q(d, "For the sites that did not cover their tailings, what would covering have done to radon levels after a year?", "ate", "tailings_cov", "rn_bqm3_12m", est="atc")
Q(d, "effect of vent_upg on rn_bqm3_12m for country = Niger", "cate", "vent_upg", "rn_bqm3_12m", at={"country": "Niger"})
Q(d, "At a depth of 400 m, what is the effect of ventilation upgrades on 12-month radon?", "cate", "vent_upg", "rn_bqm3_12m", at={"dpth_m": 400})
Q(d, "How does the effect of training hours on dose_msv differ across countries?", "cate", "trng_hrs", "dose_msv")
Q(d, "Among in-situ leach sites, effect of injection rate on U3O8 output.", "cate", "inj_rate", "u3o8_t", at={"isl_mthd": 1})
Q(d, "Which sites should get ventilation upgrades first to cut rn_bqm3_12m?", "policy", "vent_upg", "rn_bqm3_12m")
Q(d, "Targeting: where should we cover tailings to minimise 12-month radon?", "policy", "tailings_cov", "rn_bqm3_12m")
Q(d, "Who should get extra training hours to lower dose_msv_v2?", "policy", "trng_hrs", "dose_msv_v2")
Q(d, "Ventilation upgrades lower worker dose by cutting radon. How much of the upgrade's effect on dose is mediated by 12-month radon?", "mediation", "vent_upg", None, "rn_bqm3_12m", clarify=True)
Q(d, "How much of the in-situ leaching effect on groundwater pH operates through the injection rate?", "mediation", "isl_mthd", "gw_ph", "inj_rate")
Q(d, "Run causal discovery on the mine-site table.", "discover")
Q(d, "Train a model to forecast u3o8_t for next quarter.", "unsupported")

# 10 helium
d = "h35_helium_suppliers"
Q(d, "Estimate the ATE of `loyaltyProgram` on `churned90d`, adjusting for `region` and `storeCount`.", "ate", "loyaltyProgram", "churned90d", cov=["region", "storeCount"])
Q(d, "Does letting shops order on the web increase how many orders they place each week?", "ate", "onlineOrdering", "ordersPerWk")
Q(d, "effect of bulkDiscount on churn", "ate", "bulkDiscount", None, clarify=True)
Q(d, "How much does bundling balloons with the gas lift basket size (avgBasketUsdV2)?", "ate", "balloonBundle", "avgBasketUsdV2")
Q(d, "Do faster deliveries keep customers from leaving within 30 days?", "ate", "deliveryDays", "churned30d")
Q(d, "Is the number of leak complaints reduced by higher gas purity, or is it just confounding?", "ate", "purityPct", "leakComplaints")
Q(d, "ate heliumPriceUsd → ordersPerWk ctrl cylinderSize", "ate", "heliumPriceUsd", "ordersPerWk", cov=["cylinderSize"])
Q(d, "For suppliers in the loyalty programme, what was its effect on average basket (avgBasketUsd)?", "ate", "loyaltyProgram", "avgBasketUsd", est="att")
Q(d, "cate loyaltyProgram on churned90d, region=Midwest", "cate", "loyaltyProgram", "churned90d", at={"region": "Midwest"})
Q(d, "When helium costs $25, what does a bulk discount do to weekly orders?", "cate", "bulkDiscount", "ordersPerWk", at={"heliumPriceUsd": 25})
Q(d, "Which customer segments see the largest drop in 90-day churn from online ordering?", "cate", "onlineOrdering", "churned90d")
Q(d, "Among large-cylinder suppliers, effect of the balloon bundle on avgBasketUsd", "cate", "balloonBundle", "avgBasketUsd", at={"cylinderSize": "large"})
Q(d, "Who should be offered a bulk discount to minimise churned90d?", "policy", "bulkDiscount", "churned90d")
Q(d, "Which suppliers should we enrol in the loyalty program to reduce churn in the first 30 days?", "policy", "loyaltyProgram", "churned30d")
Q(d, "best targeting rule for balloon bundles to maximise avgBasketUsd", "policy", "balloonBundle", "avgBasketUsd")
Q(d, "Online ordering lowers churn because it raises how often customers order. How much of onlineOrdering's effect on churned90d is via ordersPerWk?", "mediation", "onlineOrdering", "churned90d", "ordersPerWk")
Q(d, "Does purity cut 30-day churn directly, or via fewer leak complaints?", "mediation", "purityPct", "churned30d", "leakComplaints")
Q(d, "what's the causal structure here? which supplier metrics drive churn and which are just along for the ride", "discover")
Q(d, "List the top 10 suppliers by storeCount.", "unsupported")

# 11 telegraph
d = "h35_telegraph_stations"
Q(d, "Estimate the ATE of repeater installation (`rpt_inst`) on latency (`lat_min`), adjusting for `wire_km`.", "ate", "rpt_inst", "lat_min", cov=["wire_km"])
Q(d, "Did the Morse training programme reduce transmission errors (err_rt)?", "ate", "morse_trn", "err_rt")
Q(d, "Effect of glass insulators on outage hours?", "ate", "insul_glass", None, clarify=True)
Q(d, "Is message throughput raised by sitting next to a railway line?", "ate", "rail_adj", "msg_day_1880")
Q(d, "ate opr_n -> msg_day_1880 adj bat_typ, rail_adj", "ate", "opr_n", "msg_day_1880", cov=["bat_typ", "rail_adj"])
Q(d, "Does paying the clerks better wages cut mistakes (err_rt_v2)?", "ate", "pay_shlg", "err_rt_v2")
Q(d, "Treating storm days (`storm_d`) as an instrument, estimate how latency (`lat_min`) affects 1880 message volume (`msg_day_1880`).", "ate", "lat_min", "msg_day_1880", iv="storm_d")
Q(d, "effect of insul_glass on outage_h_q4 where bat_typ = Daniell", "cate", "insul_glass", "outage_h_q4", at={"bat_typ": "Daniell"})
Q(d, "For lines of 150 km, what is the effect of a repeater on latency?", "cate", "rpt_inst", "lat_min", at={"wire_km": 150})
Q(d, "How does the effect of Morse training on the error rate vary with operator pay?", "cate", "morse_trn", None, clarify=True)
Q(d, "Among stations adjacent to railways, effect of repeaters on 1880 message volume", "cate", "rpt_inst", "msg_day_1880", at={"rail_adj": 1})
Q(d, "Which relay stations should receive repeaters to minimise lat_min?", "policy", "rpt_inst", "lat_min")
Q(d, "Allocate Morse training to the stations where it would cut err_rt_v2 most.", "policy", "morse_trn", "err_rt_v2")
Q(d, "Where should glass insulators go to reduce fourth-quarter outages?", "policy", "insul_glass", "outage_h_q4")
Q(d, "Repeaters boost traffic by cutting latency, which then lets more messages through. How much of rpt_inst -> msg_day_1880 runs via lat_min?", "mediation", "rpt_inst", "msg_day_1880", "lat_min")
Q(d, "Training reduces errors, which in turn reduces delays: indirect effect of morse_trn on lat_min through err_rt.", "mediation", "morse_trn", "lat_min", "err_rt")
Q(d, "Discover the causal graph among the telegraph station features.", "discover")
Q(d, "Which station characteristics actually drive which others? Work out the dependency structure from the data alone.", "discover")
Q(d, "Convert lat_min to seconds and export the table as CSV.", "unsupported")

# 12 jukebox
d = "h35_jukebox_routes"
Q(d, "What is the average treatment effect of `digitalUpgrade` on `playsPerWk`, adjusting for `venueType` and `cityPop`?", "ate", "digitalUpgrade", "playsPerWk", cov=["venueType", "cityPop"])
Q(d, "Do themed promotion evenings get people feeding the machines more each week?", "ate", "promoNight", "playsPerWk")
Q(d, "effect of digitalUpgrade on revenue per machine", "ate", "digitalUpgrade", None, clarify=True)
Q(d, "How many fewer 90-day breakdowns result from one extra service visit a month?", "ate", "serviceVisitsPerMo", "breakdowns90d")
Q(d, "Does raising the price per play hurt the number of plays, controlling for song catalogue size?", "ate", "pricePerPlayUsd", "playsPerWk", cov=["songCatalogSize"])
Q(d, "For routes that paired a phone app, what did the pairing do to revenuePerMachineV2?", "ate", "appPairing", "revenuePerMachineV2", est="att")
Q(d, "Is the correlation between a bigger song catalog and more plays causal?", "ate", "songCatalogSize", "playsPerWk")
Q(d, "cate of promoNight on playsPerWk for venueType = bowling alley", "cate", "promoNight", "playsPerWk", at={"venueType": "bowling alley"})
Q(d, "At $0.50 per play, what is the effect of a digital upgrade on weekly plays?", "cate", "digitalUpgrade", "playsPerWk", at={"pricePerPlayUsd": 0.5})
Q(d, "For which venues does app pairing raise revenue per machine (revenuePerMachine) the most?", "cate", "appPairing", "revenuePerMachine")
Q(d, "in diners, effect of service visits on 30 day breakdowns", "cate", "serviceVisitsPerMo", "breakdowns30d", at={"venueType": "diner"})
Q(d, "Which routes should get the digital upgrade to maximise playsPerWk?", "policy", "digitalUpgrade", "playsPerWk")
Q(d, "Where should we schedule promo nights to get the most revenue per machine?", "policy", "promoNight", None, clarify=True)
Q(d, "How many service visits per month should each route get to minimise breakdowns90d?", "policy", "serviceVisitsPerMo", "breakdowns90d")
Q(d, "Digital upgrades lift revenue per machine (V2) because they drive more plays. How much of the effect is indirect via playsPerWk?", "mediation", "digitalUpgrade", "revenuePerMachineV2", "playsPerWk")
Q(d, "mediation: promoNight -> playsPerWk -> revenuePerMachine", "mediation", "promoNight", "revenuePerMachine", "playsPerWk")
Q(d, "Learn a causal DAG over the jukebox route variables.", "discover")
Q(d, "which jukebox metrics push on which? figure out the structure", "discover")
Q(d, "Make a bar chart of playsPerWk by venueType.", "unsupported")

# 13 poker
d = "h35_poker_rooms"
Q(d, "Estimate the ATE of `rakebackPct` on `churned90d`, controlling for `license` and `tableCount`.", "ate", "rakebackPct", "churned90d", cov=["license", "tableCount"])
Q(d, "Does a sign-up bonus get players to deposit more?", "ate", "bonusOffered", "depositUsdPost")
Q(d, "effect of hudBan on active players", "ate", "hudBan", None, clarify=True)
Q(d, "Do rooms with a mobile app see more weekly sessions because of it?", "ate", "mobileApp", "sessionsPerWk")
Q(d, "ate affiliateSpend -> activePlayers90d adj rakeCapUsd", "ate", "affiliateSpend", "activePlayers90d", cov=["rakeCapUsd"])
Q(d, "For rooms that never banned tracking software, what would a ban have done to 90-day churn?", "ate", "hudBan", "churned90d", est="atc")
Q(d, "Using `license` as an instrument for `rakebackPct`, what is the effect of rakeback on `churned90d`?", "ate", "rakebackPct", "churned90d", iv="license")
Q(d, "cate of bonusOffered on depositUsdPost for license = Malta", "cate", "bonusOffered", "depositUsdPost", at={"license": "Malta"})
Q(d, "When the rake cap is $3, what is the effect of rakeback on sessions per week?", "cate", "rakebackPct", "sessionsPerWk", at={"rakeCapUsd": 3})
Q(d, "How does the HUD-ban effect on 90-day churn vary with average stakes?", "cate", "hudBan", "churned90d")
Q(d, "Among rooms with a mobile app, effect of affiliate spend on active players", "cate", "affiliateSpend", None, at={"mobileApp": 1}, clarify=True)
Q(d, "Which rooms should offer a bonus to maximise depositUsdPost?", "policy", "bonusOffered", "depositUsdPost")
Q(d, "Set a rakeback policy per room to minimise churned90d.", "policy", "rakebackPct", "churned90d")
Q(d, "Who should implement a HUD ban to maximise sessionsPerWk?", "policy", "hudBan", "sessionsPerWk")
Q(d, "Rakeback keeps players around, which then grows deposits. How much of rakebackPct -> depositUsdPost runs through churned90d?", "mediation", "rakebackPct", "depositUsdPost", "churned90d")
Q(d, "HUD bans work by making games softer so people play more sessions, which then lowers churn. What's the indirect effect of hudBan on churned90d via sessionsPerWk?", "mediation", "hudBan", "churned90d", "sessionsPerWk")
Q(d, "Causal discovery over the poker room metrics please.", "discover")
Q(d, "I want the web of cause and effect between rakeback, bonuses, player activity and deposits, recovered from the data.", "discover")

# 14 orchid
d = "h35_orchid_nurseries"
Q(d, "Estimate the ATE of `misting system` on `root rot rate`, adjusting for `genus` and `greenhouse temp`.", "ate", "misting system", "root rot rate", cov=["genus", "greenhouse temp"])
Q(d, "Does feeding the plants more give more flowers?", "ate", "fertilizer dose", "bloom count after")
Q(d, "Effect of bark medium on root rot", "ate", "bark medium", None, clarify=True)
Q(d, "Do plants screened for viruses sell for more?", "ate", "virus tested", "plant price")
Q(d, "How does humidity affect flower spike length, holding greenhouse temp fixed?", "ate", "humidity", "spike length", cov=["greenhouse temp"])
Q(d, "Did opening a web store grow sales volume for the nurseries that opened one?", "ate", "online shop", "sales volume", est="att")
Q(d, "ate of greenhouse temp on bloom count after", "ate", "greenhouse temp", "bloom count after")
Q(d, "For Phalaenopsis, what's the effect of LED grow lights on blooms?", "cate", None, "bloom count after", at={"genus": "Phalaenopsis"}, clarify=True)
Q(d, "At 70% humidity, what does a misting system do to the root rot rate?", "cate", "misting system", "root rot rate", at={"humidity": 70})
Q(d, "Which genera gain most blooms from more fertiliser?", "cate", "fertilizer dose", "bloom count after")
Q(d, "Among nurseries that grow in bark, effect of misting on spike length", "cate", "misting system", "spike length", at={"bark medium": 1})
Q(d, "Which nurseries should install misting to minimise the root rot ratio?", "policy", "misting system", "root rot ratio")
Q(d, "Choose the fertilizer dose for each nursery to maximise bloom count after.", "policy", "fertilizer dose", "bloom count after")
Q(d, "who should we push to open an online shop to grow sales volume", "policy", "online shop", "sales volume")
Q(d, "Misting raises humidity, which then drives more blooms. How much of the misting effect on bloom count goes through humidity?", "mediation", "misting system", "bloom count after", "humidity")
Q(d, "Virus testing raises sales partly by commanding a higher price; split `virus tested` -> `sales volume` into direct and via `plant price`.", "mediation", "virus tested", "sales volume", "plant price")
Q(d, "Find the causal graph connecting greenhouse conditions, blooms and sales.", "discover")
Q(d, "what influences what among the orchid nursery variables?", "discover")

# 15 ceramics
d = "h35_ceramics_studios"
Q(d, "What is the ATE of `teacher_certified` on `retention_12mo`, adjusting for `city_size` and `price_per_class`?", "ate", "teacher_certified", "retention_12mo", cov=["city_size", "price_per_class"])
Q(d, "Does firing hotter crack more pots?", "ate", "firing_temp_c", None, clarify=True)
Q(d, "Did being on Instagram bring in members?", "ate", "instagram", "members_autumn")
Q(d, "How much does using reclaimed clay change the cracking rate (crack_rate_v2)?", "ate", "reclaimed_clay", "crack_rate_v2")
Q(d, "effect of class hours on 3-month retension ctrl wheel_count", "ate", "class_hours", "retention_3mo", cov=["wheel_count"])
Q(d, "Would qualified instructors keep students for a full year in studios that don't currently have them?", "ate", "teacher_certified", "retention_12mo", est="atc")
Q(d, "How are class hours and 12-month retention causally related - which one drives the other?", "ate", None, None, clarify=True)
Q(d, "effect of reclaimed_clay on crack_rate for kiln_type = raku", "cate", "reclaimed_clay", "crack_rate", at={"kiln_type": "raku"})
Q(d, "At a 1250 °C firing, what is the effect of reclaimed clay on crack_rate?", "cate", "reclaimed_clay", "crack_rate", at={"firing_temp_c": 1250})
Q(d, "For which studios does a certified teacher matter most for 3-month retention?", "cate", "teacher_certified", "retention_3mo")
Q(d, "In small towns, effect of Instagram on autumn membership", "cate", "instagram", "members_autumn", at={"city_size": "small town"})
Q(d, "Which studios should hire certified teachers to maximise retention_12mo?", "policy", "teacher_certified", "retention_12mo")
Q(d, "Target Instagram campaigns at the studios where they'd add the most autumn members.", "policy", "instagram", "members_autumn")
Q(d, "Who should switch to reclaimed clay to keep crack_rate low?", "policy", "reclaimed_clay", "crack_rate")
Q(d, "Certified teachers improve 12-month retention by lowering the crack rate (students get fewer failed pots). How much goes through crack_rate?", "mediation", "teacher_certified", "retention_12mo", "crack_rate")
Q(d, "class_hours -> retention_3mo -> retention_12mo: direct vs indirect", "mediation", "class_hours", "retention_12mo", "retention_3mo")
Q(d, "Learn the causal structure among the studio variables.", "discover")
Q(d, "Tell me how glaze cost, kiln, firing, cracks and membership depend on each other causally.", "discover")

# ---- none: audit
N = "none"
for text, attr, dec in [
    ("Audit our LLM: does its loan approval change if the applicant's race is swapped and nothing else?", "race", "loan approval"),
    ("Would the chatbot give a different hiring recommendation if the candidate were a woman instead of a man, all else held equal?", "gender", "hiring recommendation"),
    ("Check whether the AI triage assistant's urgency rating shifts when the patient's age is changed from 35 to 75 with identical symptoms.", "age", "urgency rating"),
    ("counterfactual fairness test: does GPT's tenancy decision depend on the applicant's religion?", "religion", "tenancy decision"),
    ("Does the model's interview recommendation change if the candidate mentions a disability, everything else identical?", "disability", "interview recommendation"),
    ("Does the voice assistant's credit limit offer differ when the caller has a strong regional accent versus a standard one, all else identical?", "accent", "credit limit offer"),
    ("Swap the applicant's name from 'Emily Walsh' to 'Lakisha Washington' - does the LLM's scholarship decision change?", "name", "scholarship decision"),
    ("Is the AI grader's essay score affected by the student's stated nationality if the essay itself is unchanged?", "nationality", "essay score"),
    ("Would the insurance chatbot quote a different premium if the customer's sexual orientation changed and everything else stayed the same?", "sexual orientation", "premium"),
    ("does the model's bail recommendation flip if we change only the defendant's race", "race", "bail recommendation"),
    ("Test whether a large language model's promotion recommendation is counterfactually fair with respect to gender.", "gender", "promotion recommendation"),
    ("If an identical CV lists age 58 instead of 28, does the screening bot's shortlisting decision change?", "age", "shortlisting decision"),
    ("Does our customer-service LLM's refund approval drop when the customer's name sounds Arabic, other details equal?", "name", "refund approval"),
    ("Would the AI medical assistant's pain medication recommendation differ if the patient were Black rather than white, holding symptoms fixed?", "race", "pain medication recommendation"),
    ("Counterfactual audit: religion swapped (Muslim vs Christian) in otherwise identical prompts - does the chatbot's visa recommendation change?", "religion", "visa recommendation"),
    ("Is the LLM's mortgage approval sensitive to whether the applicant is described as deaf, all else equal?", "disability", "mortgage approval"),
    ("Does the tutoring AI assign a different reading level to a child whose parent writes with a Nigerian accent, if nothing else changes?", "accent", "reading level"),
    ("Would the rental platform's AI produce a different tenant ranking if the enquirer's gender changed and the message stayed the same?", "gender", "tenant ranking"),
]:
    Q(N, text, "audit", attr, dec)

# ---- none: relation
for text in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
    "Premise: A and B are correlated; A and C are correlated; B and C are independent given A. Does A cause B?",
    "We know X is independent of Y, X correlates with Z, Y correlates with Z, and X and Y become dependent given Z. Is Z a cause of X?",
    "Given: A-B correlated, B-C correlated, A-C correlated, and A is independent of C given B. Is B a mediator between A and C?",
    "Variables P, Q, R, S. P correlates with all the others; Q, R and S are mutually independent given P. Does P cause Q?",
    "If A and B are independent, and both correlate with C, must C be a common effect of A and B?",
    "A, B and C are all pairwise correlated and no conditional independence holds. Does A directly cause C?",
    "D is correlated with E, E with F, and D and F are independent conditional on E. Can we conclude that F causes D?",
    "Suppose M and N are uncorrelated, both correlate with O, and M and N become correlated once we condition on O. Is O a confounder of M and N?",
    "A correlates with B and with C; B and C are independent of each other. Does B cause A?",
]:
    Q(N, text, "relation")

# ---- none: generate
for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Simulate data from an SCM where smoking causes tar, tar causes cancer, and genotype affects both smoking and cancer; let a language model write the structural equations.",
    "Create a benchmark dataset with a known treatment effect of 2.0: confounder C -> T, C -> Y, T -> Y.",
    "make me fake data following A->B->C with binary variables, 1000 samples",
    "Use an LLM to propose plausible equations for rainfall, crop yield and fertiliser in the DAG rainfall -> yield <- fertiliser, then sample 10k rows.",
    "Build a synthetic causal benchmark: 10 variables, random DAG, nonlinear additive noise.",
    "Sample a dataset from this structural causal model: X = U1, M = 0.5X + U2, Y = 2M + X + U3.",
    "Let a language model define the mechanisms for an instrumental-variable setup Z -> T -> Y with hidden U -> T and U -> Y, and generate 2,000 observations.",
    "Generate synthetic data for a collider structure A -> C <- B, 3,000 rows.",
    "Could you produce a toy dataset from a DAG where education affects income and both affect health, with the equations written by the model?",
]:
    Q(N, text, "generate")

# ---- none: unsupported
for text in [
    "Hello! What can you do?",
    "Tell me a joke about helium balloons.",
    "What's the capital of Japan?",
    "Write a SELECT statement joining orders and customers on customer_id.",
    "How do I remove duplicate rows in pandas?",
    "Forecast the price of uranium for next year.",
    "Translate 'good morning' into Italian.",
    "Explain what a p-value is.",
]:
    Q(N, text, "unsupported")

# ---------------------------------------------------------------- validate
NOROLE = {"discover", "unsupported", "relation", "generate"}
for q in QS:
    e, d = q["expected"], q["dataset"]
    assert d == "none" or d in DS, d
    if d != "none":
        cols = list(DS[d]["columns"])
        assert q["columns"] == cols
        for r in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(r) is not None:
                assert e[r] in cols, (r, e[r], q["question"])
        for c in e.get("covariates", []):
            assert c in cols, (c, q["question"])
        for c, v in e.get("at", {}).items():
            assert c in cols, c
            col = DS[d]["columns"][c]
            if col["type"] == "categorical":
                assert v in col["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
    else:
        assert q["columns"] is None
        assert e["kind"] in ("audit", "relation", "generate", "unsupported")
    if e["kind"] in NOROLE:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] != "mediation":
        assert e["mediator"] is None
    if e["kind"] in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], q["question"]
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"]
for n, dd in DS.items():
    assert n.startswith("h35_") and 13 <= len(dd["columns"]) <= 18, n
assert len({q["question"] for q in QS}) == len(QS)

kinds = Counter(q["expected"]["kind"] for q in QS)
mods = Counter()
for q in QS:
    e = q["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e:
            mods[k] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
with_ds = sum(q["dataset"] != "none" for q in QS)

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(QS)
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for q in QS:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [f"# Held-out question set {TAG}", "",
         f"Written by data writer **{TAG}**; generated {now}.",
         "Regenerate: `python3 make_h35.py` (writes datasets.json, questions.jsonl, README.md next to the script).",
         f"split=`{SPLIT}`, origin=`{ORIGIN}`, shuffle seed {SEED}. {len(QS)} questions ({with_ds} on a dataset, {len(QS)-with_ds} with dataset `none`).",
         "", "## Domains (dataset: columns, naming style)"]
for n, dd in DS.items():
    lines.append(f"- `{n}`: {len(dd['columns'])} columns, {STYLE[n]} - {dd['description']}")
lines += ["", "Naming styles: snake_case cryptic codes (absinthe, camembert, uranium, telegraph), UPPER_CASE (grappa, matcha, aqueduct), camelCase (porcini, helium, jukebox, poker), plain words (ayran, burrata, ceramics in snake; orchid with spaces). Every dataset has an id column, a baseline/follow-up pair, a parallel-window or parallel-measure pair and a near-synonym / v2 pair as distractors.",
          "", "## Counts by kind"]
lines += [f"- {k}: {v}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])]
lines += ["", "## Counts by modifier"]
lines += [f"- {k}: {v}" for k, v in sorted(mods.items())]
lines += ["", "## Label conventions",
          "- `treatment`/`outcome`/`mediator` are exact column names, null for discover/unsupported/relation/generate.",
          "- A question naming no version of a baseline/follow-up pair (pre/post, 2022/2023, 1870/1880, bl/12m, spring/autumn, before/after) gets the follow-up column.",
          "- Ambiguity between parallel columns (30d/90d, q1/q4, v1/v2, rate/ratio, share/ratio, export/domestic price), a variable the data lacks, or an unstated direction gives `clarify: true` with the unresolvable role null.",
          "- `covariates` only when the question says adjust/control/hold fixed; `instrument` only when a column is named as an instrument; `estimand` att/atc only for 'those who did/did not'.",
          "- Subgroup filters and 'at value' conditions are `cate` + `at` (numbers for numeric/binary, level strings for categoricals); 'how does the effect vary / for whom largest' is `cate` without `at`.",
          "- Policy: treatment = action column, outcome = goal column. Audit: treatment = attribute phrase, outcome = shortest decision noun phrase in the question.",
          "- Confounding-doubt questions ('causal or just confounding?') are `ate` with no covariates.",
          ""]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines))
print(len(QS), dict(kinds), dict(mods))
