#!/usr/bin/env python3
"""Generator for question set h48 (split test, origin heldout48).
Run `python3 make_h48.py` to regenerate datasets.json and questions.jsonl byte for byte.
`python3 make_h48.py --readme "DATE"` also rewrites README.md."""
import json, random, sys, collections

SPLIT, ORIGIN, SEED = "test", "heldout48", 48048
B = [0, 1, 1]

def C(name, typ, values):
    return (name, typ, values)

DATASETS = collections.OrderedDict()
STYLE = {}

def ds(name, desc, style, cols):
    DATASETS[name] = {"description": desc,
                      "columns": collections.OrderedDict((n, {"type": t, "values": v}) for n, t, v in cols)}
    STYLE[name] = style

ds("h48_sign_shops", "Independent sign-making shops: equipment, online ordering, advertising, jobs, revenue and customer outcomes over a year.",
   "snake_case cryptic codes", [
    C("shop_id", "id", ["SS001", "SS002", "SS003"]),
    C("rgn", "categorical", ["north", "south", "midlands", "scotland"]),
    C("yrs_op", "numeric", [3, 12, 27]),
    C("n_staff", "numeric", [2, 5, 11]),
    C("cnc_rtr", "binary", B),
    C("led_pct", "numeric", [10, 35, 60]),
    C("web_ord", "binary", [1, 0, 1]),
    C("ad_spd_k", "numeric", [1.5, 5.0, 12.0]),
    C("jobs_bl", "numeric", [140, 310, 620]),
    C("jobs_12m", "numeric", [150, 340, 700]),
    C("rev_pre", "numeric", [88000, 210000, 455000]),
    C("rev_post", "numeric", [91000, 236000, 498000]),
    C("lead_d", "numeric", [3, 7, 14]),
    C("cs_score", "numeric", [3.8, 4.2, 4.7]),
    C("cs_score_v2", "numeric", [71, 80, 92]),
    C("rpt_cust_30d", "numeric", [4, 11, 25]),
    C("rpt_cust_90d", "numeric", [12, 30, 64]),
    C("vinyl_cost", "numeric", [2.1, 2.6, 3.4]),
])

ds("h48_garden_centres", "Garden centres: facilities, loyalty schemes, discounting, workshops, footfall, sales and plant losses.",
   "plain words (some with spaces)", [
    C("centre", "id", ["GC-101", "GC-102", "GC-103"]),
    C("region", "categorical", ["Scotland", "North", "Midlands", "South East"]),
    C("cafe", "binary", B),
    C("heating", "binary", [0, 0, 1]),
    C("floorspace", "numeric", [1200, 3500, 8000]),
    C("staff", "numeric", [6, 18, 45]),
    C("loyalty", "binary", [1, 0, 1]),
    C("discount", "numeric", [0, 10, 20]),
    C("workshops", "numeric", [0, 2, 6]),
    C("weekday footfall", "numeric", [900, 2400, 5100]),
    C("weekend footfall", "numeric", [1800, 4200, 9600]),
    C("basket", "numeric", [18.5, 27.0, 41.2]),
    C("sales before", "numeric", [410000, 1200000, 2900000]),
    C("sales after", "numeric", [430000, 1310000, 3050000]),
    C("plant losses", "numeric", [4.5, 8.0, 13.2]),
    C("rating", "numeric", [3.9, 4.3, 4.8]),
    C("stars", "numeric", [3, 4, 5]),
])

ds("h48_arborists", "Tree surgery (arborist) firms: certification, aerial lifts, training, incidents, quotes, win rates, complaints and insurance.",
   "UPPER_CASE codes", [
    C("FIRM_ID", "id", ["ARB-0007", "ARB-0019", "ARB-0142"]),
    C("CNTY", "categorical", ["KENT", "SURREY", "ESSEX", "SUSSEX"]),
    C("YRS_TRADING", "numeric", [2, 9, 31]),
    C("CREW_N", "numeric", [2, 4, 9]),
    C("LANTRA_CERT", "binary", B),
    C("MEWP_OWN", "binary", [0, 1, 0]),
    C("CHIPPER_HP", "numeric", [25, 45, 90]),
    C("SAFETY_TRN_HRS", "numeric", [8, 24, 60]),
    C("INCID_PRE", "numeric", [0, 2, 5]),
    C("INCID_POST", "numeric", [0, 1, 4]),
    C("JOBS_WK", "numeric", [6, 14, 30]),
    C("QUOTE_GBP", "numeric", [380, 950, 2400]),
    C("WIN_RATE", "numeric", [0.22, 0.41, 0.63]),
    C("WIN_RATIO", "numeric", [0.28, 0.69, 1.7]),
    C("COMPLAINTS_30D", "numeric", [0, 1, 3]),
    C("COMPLAINTS_90D", "numeric", [0, 3, 8]),
    C("INS_PREM", "numeric", [2100, 4800, 11000]),
])

ds("h48_weather_stations", "Automatic weather stations: siting, radiation shields, aspiration fans, power, maintenance, measurement error, data gaps and QC scores.",
   "snake_case cryptic codes", [
    C("stn_id", "id", ["WS-0412", "WS-0977", "WS-1203"]),
    C("elev_m", "numeric", [12, 340, 1150]),
    C("lat_deg", "numeric", [50.2, 53.8, 57.1]),
    C("site_typ", "categorical", ["urban", "rural", "coastal", "upland"]),
    C("asp_fan", "binary", B),
    C("shld_typ", "categorical", ["stevenson", "multiplate", "pagoda"]),
    C("maint_int_d", "numeric", [30, 90, 180]),
    C("solar_pwr", "binary", [1, 0, 1]),
    C("logger_age_y", "numeric", [1, 6, 14]),
    C("t_err_bl", "numeric", [0.15, 0.42, 0.9]),
    C("t_err_12m", "numeric", [0.12, 0.35, 0.81]),
    C("gap_pct", "numeric", [0.4, 2.5, 9.8]),
    C("uptime_30d", "numeric", [91.0, 98.5, 100.0]),
    C("uptime_90d", "numeric", [88.2, 97.1, 99.9]),
    C("wind_gust_ms", "numeric", [14, 23, 41]),
    C("qc_score", "numeric", [62, 81, 97]),
    C("qc_score_v2", "numeric", [0.58, 0.79, 0.95]),
])

ds("h48_herbaria", "Herbaria (preserved plant collections): size, staffing, digitisation, pest control, funding, loans, online use, citations and label accuracy.",
   "plain words (some with spaces)", [
    C("herbarium", "id", ["HB-EDN", "HB-PAR", "HB-NBI"]),
    C("country", "categorical", ["UK", "France", "Kenya", "Brazil"]),
    C("specimens", "numeric", [45000, 620000, 3100000]),
    C("curators", "numeric", [1, 6, 22]),
    C("volunteers", "numeric", [0, 15, 80]),
    C("digitised", "binary", B),
    C("freezer", "binary", [1, 1, 0]),
    C("humidity", "numeric", [40, 55, 70]),
    C("funding", "numeric", [35000, 410000, 2600000]),
    C("pest damage before", "numeric", [0.6, 2.1, 5.4]),
    C("pest damage after", "numeric", [0.3, 1.7, 4.9]),
    C("loans", "numeric", [3, 40, 260]),
    C("online queries", "numeric", [120, 5400, 88000]),
    C("citations", "numeric", [2, 31, 410]),
    C("label accuracy", "numeric", [0.81, 0.9, 0.97]),
    C("label accuracy v2", "numeric", [0.77, 0.88, 0.96]),
])

ds("h48_comedy_clubs", "Stand-up comedy clubs: pricing, bookings, drink policies, advertising, attendance, audience reaction, bar takings and rebooking.",
   "camelCase product analytics", [
    C("clubId", "id", ["cc_01", "cc_02", "cc_03"]),
    C("city", "categorical", ["London", "Manchester", "Glasgow", "Bristol"]),
    C("seatCap", "numeric", [60, 150, 400]),
    C("ticketPrice", "numeric", [8, 15, 28]),
    C("headlinerBooked", "binary", B),
    C("twoDrinkMin", "binary", [0, 1, 0]),
    C("openMicNights", "numeric", [0, 2, 6]),
    C("socialAdSpend", "numeric", [100, 650, 2400]),
    C("attendancePre", "numeric", [320, 900, 2600]),
    C("attendancePost", "numeric", [350, 980, 2750]),
    C("laughScore", "numeric", [5.2, 6.8, 8.9]),
    C("laughScoreV2", "numeric", [48, 66, 91]),
    C("barRevPerHead", "numeric", [6.5, 11.0, 19.8]),
    C("rebook30d", "numeric", [0.05, 0.14, 0.3]),
    C("rebook90d", "numeric", [0.12, 0.29, 0.51]),
    C("hecklerIncidents", "numeric", [0, 2, 7]),
    C("reviewStars", "numeric", [3.4, 4.1, 4.8]),
])

ds("h48_drive_in_cinemas", "Drive-in cinemas: screens, lot size, audio and projection technology, ticket prices, promotions, cars per night, snack spend, occupancy and NPS.",
   "camelCase product analytics", [
    C("siteId", "id", ["DI-11", "DI-27", "DI-58"]),
    C("climateZone", "categorical", ["temperate", "arid", "continental", "subtropical"]),
    C("screenCount", "numeric", [1, 2, 4]),
    C("carCapacity", "numeric", [120, 300, 650]),
    C("appAudio", "binary", B),
    C("digitalProj", "binary", [1, 1, 0]),
    C("avgTicketUsd", "numeric", [8, 12, 18]),
    C("concessionPromo", "binary", [0, 1, 1]),
    C("nightsPerWk", "numeric", [2, 4, 7]),
    C("carsPerNightPre", "numeric", [60, 140, 310]),
    C("carsPerNightPost", "numeric", [70, 155, 330]),
    C("snackSpendPerCar", "numeric", [9.5, 16.0, 27.5]),
    C("weekdayOccupancy", "numeric", [0.22, 0.41, 0.7]),
    C("weekendOccupancy", "numeric", [0.48, 0.77, 0.98]),
    C("npsScore", "numeric", [12, 38, 71]),
    C("npsScoreV2", "numeric", [9, 35, 66]),
    C("rainCancels", "numeric", [0, 4, 13]),
])

ds("h48_escooter_schemes", "City e-scooter sharing schemes: fleet, safety features, parking rules, pricing, usage, injuries, rider churn and app ratings.",
   "camelCase product analytics", [
    C("schemeId", "id", ["es-ams", "es-lis", "es-brs"]),
    C("cityTier", "categorical", ["tier1", "tier2", "tier3"]),
    C("fleetSize", "numeric", [250, 1200, 6000]),
    C("helmetLock", "binary", B),
    C("parkingZones", "binary", [1, 0, 1]),
    C("geofencing", "binary", [1, 1, 0]),
    C("speedCapKmh", "numeric", [15, 20, 25]),
    C("unlockFeeEur", "numeric", [0, 0.5, 1.0]),
    C("perMinFeeEur", "numeric", [0.15, 0.22, 0.35]),
    C("ridesPerScooterPre", "numeric", [1.8, 3.4, 6.1]),
    C("ridesPerScooterPost", "numeric", [2.0, 3.9, 6.6]),
    C("injuryRate", "numeric", [0.4, 1.1, 2.6]),
    C("injuryRatio", "numeric", [0.7, 1.0, 1.6]),
    C("churned30d", "numeric", [0.08, 0.17, 0.31]),
    C("churned90d", "numeric", [0.2, 0.36, 0.55]),
    C("appRating", "numeric", [3.1, 4.0, 4.6]),
    C("avgTripKm", "numeric", [1.4, 2.3, 3.9]),
])

ds("h48_stud_farms", "Horse stud farms: breed, herd, stallion, breeding methods, veterinary cover, lighting programmes, feeding, conception, foals, fees, sale prices and colic.",
   "UPPER_CASE codes", [
    C("FARM_ID", "id", ["STUD-004", "STUD-031", "STUD-112"]),
    C("BREED", "categorical", ["THOROUGHBRED", "ARABIAN", "WARMBLOOD", "QUARTER_HORSE"]),
    C("MARES_N", "numeric", [8, 35, 140]),
    C("STALLION_AGE", "numeric", [6, 12, 21]),
    C("AI_USE", "binary", B),
    C("VET_ONSITE", "binary", [0, 1, 0]),
    C("LIGHT_PROG", "binary", [1, 0, 1]),
    C("FORAGE_KG", "numeric", [8, 11, 14]),
    C("PASTURE_HA", "numeric", [12, 60, 300]),
    C("CONC_RATE_PRE", "numeric", [0.58, 0.71, 0.84]),
    C("CONC_RATE_POST", "numeric", [0.6, 0.75, 0.88]),
    C("FOAL_LIVE_PCT", "numeric", [78, 88, 96]),
    C("FOAL_WT_KG", "numeric", [38, 50, 58]),
    C("STUD_FEE_K", "numeric", [2.5, 15, 120]),
    C("SALE_PRICE_K", "numeric", [6, 40, 350]),
    C("SALE_PRICE_K_ADJ", "numeric", [5.4, 37, 330]),
    C("COLIC_30D", "numeric", [0, 1, 3]),
    C("COLIC_90D", "numeric", [0, 3, 7]),
])

ds("h48_insect_farms", "Edible insect farms: species, substrate, climate control, feeding, density, feed conversion, yield, mortality, protein content, certification and price.",
   "snake_case cryptic codes", [
    C("farm_id", "id", ["IF-201", "IF-233", "IF-290"]),
    C("sp", "categorical", ["cricket", "mealworm", "bsf", "locust"]),
    C("sub_typ", "categorical", ["brewers_grain", "veg_waste", "wheat_bran"]),
    C("temp_c", "numeric", [24, 28, 32]),
    C("rh_pct", "numeric", [45, 60, 75]),
    C("auto_feed", "binary", B),
    C("uv_lamp", "binary", [0, 0, 1]),
    C("ins_den", "numeric", [2000, 5000, 12000]),
    C("n_wrk", "numeric", [2, 6, 20]),
    C("fcr", "numeric", [1.6, 2.1, 3.0]),
    C("yld_kg_bl", "numeric", [180, 900, 4200]),
    C("yld_kg_6m", "numeric", [210, 980, 4600]),
    C("mort_pct_wk", "numeric", [0.5, 1.8, 4.0]),
    C("mort_pct_mo", "numeric", [3, 7, 15]),
    C("prot_pct", "numeric", [52, 60, 68]),
    C("prot_pct_v2", "numeric", [49, 58, 66]),
    C("haccp", "binary", [1, 0, 1]),
    C("price_kg", "numeric", [18, 32, 55]),
])

ds("h48_linen_mills", "Linen (flax) mills: looms, retting method, flax grade, humidity control, shifts, defects, output, energy, yarn breakage, absenteeism and exports.",
   "UPPER_CASE codes", [
    C("MILL_ID", "id", ["LM-01", "LM-07", "LM-15"]),
    C("REGION", "categorical", ["ULSTER", "FLANDERS", "NORMANDY", "LITHUANIA"]),
    C("LOOM_N", "numeric", [12, 40, 110]),
    C("AIRJET", "binary", B),
    C("RETTING", "categorical", ["DEW", "WATER", "ENZYMATIC"]),
    C("FLAX_GRADE", "numeric", [2, 3, 5]),
    C("HUMID_CTRL", "binary", [1, 0, 1]),
    C("SHIFT_HRS", "numeric", [8, 10, 12]),
    C("DEFECTS_PRE", "numeric", [1.2, 2.8, 5.5]),
    C("DEFECTS_POST", "numeric", [0.9, 2.3, 5.1]),
    C("OUTPUT_M_WK", "numeric", [4200, 15000, 52000]),
    C("ENERGY_KWH", "numeric", [9000, 31000, 98000]),
    C("YARN_BREAK_RATE", "numeric", [0.8, 1.9, 4.2]),
    C("YARN_BREAK_RATIO", "numeric", [0.6, 1.0, 1.9]),
    C("ABSENT_30D", "numeric", [1.5, 3.2, 6.8]),
    C("ABSENT_90D", "numeric", [2.0, 4.1, 8.3]),
    C("EXPORT_SHARE", "numeric", [0.15, 0.48, 0.86]),
])

ds("h48_pepper_farms", "Black pepper farms: district, area, elevation, shade, irrigation, mulching, fertiliser, rainfall, yield, foot-rot wilt, price, piperine and labour.",
   "plain words (some with spaces)", [
    C("farm", "id", ["PF-1001", "PF-1002", "PF-1003"]),
    C("district", "categorical", ["Kerala", "Karnataka", "Gia Lai", "Lampung"]),
    C("hectares", "numeric", [0.5, 2, 7.5]),
    C("elevation", "numeric", [80, 600, 1100]),
    C("shade", "binary", B),
    C("drip", "binary", [0, 1, 0]),
    C("mulch", "binary", [1, 0, 1]),
    C("fertiliser", "numeric", [60, 150, 300]),
    C("rainfall", "numeric", [1500, 2500, 3600]),
    C("yield before", "numeric", [900, 1800, 3100]),
    C("yield after", "numeric", [950, 1950, 3300]),
    C("wilt", "numeric", [2, 9, 24]),
    C("price", "numeric", [4.1, 5.6, 7.2]),
    C("piperine", "numeric", [3.1, 4.4, 6.0]),
    C("piperine v2", "numeric", [2.9, 4.2, 5.8]),
    C("labour days", "numeric", [60, 140, 410]),
    C("cooperative", "binary", [1, 0, 0]),
])

ds("h48_map_publishers", "Map publishers: market, cartographic staff, GIS pipelines, crowdsourced edits, subscription apps, print runs, errors, sales, returns, reviews and licence deals.",
   "camelCase product analytics", [
    C("publisherId", "id", ["mp-003", "mp-018", "mp-044"]),
    C("market", "categorical", ["UK", "US", "DE", "JP"]),
    C("staffCartographers", "numeric", [2, 5, 24]),
    C("gisPipeline", "binary", B),
    C("crowdsourcedEdits", "binary", [0, 1, 1]),
    C("subscriptionApp", "binary", [1, 0, 0]),
    C("printRunK", "numeric", [2, 15, 80]),
    C("surveyRefreshYrs", "numeric", [1, 3, 8]),
    C("marketingSpendK", "numeric", [10, 75, 400]),
    C("errorsPerSheetPre", "numeric", [0.8, 2.4, 6.1]),
    C("errorsPerSheetPost", "numeric", [0.5, 1.9, 5.7]),
    C("unitsSoldQ1", "numeric", [1200, 9000, 61000]),
    C("unitsSoldQ4", "numeric", [2100, 15000, 98000]),
    C("returnRate", "numeric", [0.01, 0.04, 0.09]),
    C("returnRatio", "numeric", [0.6, 1.0, 1.8]),
    C("reviewScore", "numeric", [3.5, 4.2, 4.9]),
    C("licenceDeals", "numeric", [0, 4, 19]),
])

ds("h48_bailiff_firms", "Enforcement agent (bailiff) firms: area, agents, body cameras, phone-first contact, payment plans, fees, caseload, training, collections, escalations, complaints and satisfaction.",
   "UPPER_CASE codes", [
    C("FIRM_REF", "id", ["BF-2201", "BF-2217", "BF-2290"]),
    C("AREA", "categorical", ["LONDON", "NORTH_WEST", "MIDLANDS", "SOUTH_WEST"]),
    C("AGENTS_N", "numeric", [5, 22, 90]),
    C("BODYCAM", "binary", B),
    C("PHONE_FIRST", "binary", [0, 1, 1]),
    C("PAYPLAN_OFFERED", "binary", [1, 0, 1]),
    C("FEE_GBP", "numeric", [75, 235, 310]),
    C("CASELOAD", "numeric", [80, 160, 320]),
    C("TRAIN_HRS", "numeric", [6, 20, 45]),
    C("VULN_FLAG_PCT", "numeric", [10, 22, 40]),
    C("COLLECT_RATE_PRE", "numeric", [0.31, 0.46, 0.62]),
    C("COLLECT_RATE_POST", "numeric", [0.33, 0.5, 0.66]),
    C("ESCALATION_RATE", "numeric", [0.04, 0.11, 0.23]),
    C("COMPLAINTS_30D", "numeric", [0, 3, 12]),
    C("COMPLAINTS_90D", "numeric", [1, 9, 30]),
    C("SAT_SCORE", "numeric", [2.1, 3.0, 3.9]),
    C("SAT_SCORE_V2", "numeric", [38, 55, 72]),
])

ds("h48_estate_agencies", "Real estate agencies: town type, agents, fees, marketing (virtual tours, professional photos, portal spend), time on market, sale-to-asking, valuation requests, reviews and prices.",
   "snake_case", [
    C("agency_id", "id", ["EA-5001", "EA-5002", "EA-5003"]),
    C("town_type", "categorical", ["city", "suburb", "market_town", "rural"]),
    C("n_agents", "numeric", [2, 7, 25]),
    C("commission_pct", "numeric", [1.0, 1.5, 2.5]),
    C("listing_fee", "numeric", [0, 495, 1200]),
    C("virtual_tours", "binary", B),
    C("pro_photos", "binary", [1, 1, 0]),
    C("online_only", "binary", [0, 0, 1]),
    C("portal_spend", "numeric", [800, 2500, 9000]),
    C("days_on_mkt_pre", "numeric", [28, 55, 110]),
    C("days_on_mkt_post", "numeric", [24, 49, 102]),
    C("sale_to_ask_pct", "numeric", [94.5, 97.8, 101.2]),
    C("sale_to_ask_ratio", "numeric", [0.945, 0.978, 1.012]),
    C("valuations_30d", "numeric", [6, 20, 58]),
    C("valuations_90d", "numeric", [15, 55, 170]),
    C("review_avg", "numeric", [3.6, 4.4, 4.9]),
    C("avg_price_k", "numeric", [180, 340, 790]),
])

# ---------------------------------------------------------------- questions
QS = []

def q(dsn, kind, text, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    assert not kw, kw
    if dsn != "none":
        cols = list(DATASETS[dsn]["columns"].keys())
        for r in (t, y, m):
            if kind not in ("audit",) and r is not None:
                assert r in cols, (dsn, r)
        for c in exp.get("covariates", []):
            assert c in cols, (dsn, c)
        if "instrument" in exp:
            assert exp["instrument"] in cols
        for c in exp.get("at", {}):
            assert c in cols, (dsn, c)
    else:
        cols = None
    QS.append({"question": text, "dataset": dsn, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp})

# 1 sign shops -------------------------------------------------------------
D = "h48_sign_shops"
q(D, "ate", "Estimate the average treatment effect of `cnc_rtr` on `rev_post`, adjusting for `n_staff` and `yrs_op`.", "cnc_rtr", "rev_post", covariates=["n_staff", "yrs_op"])
q(D, "ate", "Do sign shops that own a computer-controlled router turn jobs around faster?", "cnc_rtr", "lead_d")
q(D, "ate", "ate web_ord -> jobs_12m adj rev_pre", "web_ord", "jobs_12m", covariates=["rev_pre"])
q(D, "ate", "Does spending more on advertising actually bring in more money for a sign shop, or do busier shops just advertise more?", "ad_spd_k", "rev_post")
q(D, "ate", "What is the effect of letting customers order online on customer satisfaction?", "web_ord", None, clarify=True)
q(D, "ate", "Among the shops that took up online ordering, by how much did it raise their 90-day repeat customers (rpt_cust_90d)?", "web_ord", "rpt_cust_90d", estimand="att")
q(D, "ate", "Is post-period revenue increased by doing a larger share of LED work (led_pct)? Control for rgn.", "led_pct", "rev_post", covariates=["rgn"])
q(D, "ate", "how would turnaround time change for the shops with no cnc router if they bought one", "cnc_rtr", "lead_d", estimand="atc")
q(D, "cate", "Effect of web_ord on jobs_12m in the north region.", "web_ord", "jobs_12m", at={"rgn": "north"})
q(D, "cate", "How does the impact of owning a CNC router on revenue vary with the size of the shop's workforce?", "cnc_rtr", "rev_post")
q(D, "cate", "Under the condition that ad spend is 5 (i.e. £5k), what is the effect of online ordering on rev_post?", "web_ord", "rev_post", at={"ad_spd_k": 5})
q(D, "cate", "among scottish shops, does the ad budget move cs_score_v2?", "ad_spd_k", "cs_score_v2", at={"rgn": "scotland"})
q(D, "policy", "Which sign shops should we nudge to adopt web ordering if the goal is the highest revenue next year?", "web_ord", "rev_post")
q(D, "policy", "Targeting rule: who should get a CNC router subsidy so that lead_d falls the most?", "cnc_rtr", "lead_d")
q(D, "policy", "Which shops should get a loyalty discount to boost repeat customers?", None, None, clarify=True)
q(D, "mediation", "How much of the CNC router's effect on rev_post runs through shorter lead times (lead_d)?", "cnc_rtr", "rev_post", "lead_d")
q(D, "mediation", "Online ordering works by bringing in more jobs, which then lifts turnover. How much of the revenue gain is that route versus a direct effect?", "web_ord", "rev_post", "jobs_12m")
q(D, "discover", "Learn the causal graph over the sign shop variables.")
q(D, "unsupported", "Forecast next quarter's rev_post for each shop.")

# 2 garden centres ---------------------------------------------------------
D = "h48_garden_centres"
q(D, "ate", "Does opening a café increase a garden centre's sales?", "cafe", "sales after")
q(D, "ate", "Estimate the ATE of `loyalty` on `basket`, controlling for `floorspace` and `region`.", "loyalty", "basket", covariates=["floorspace", "region"])
q(D, "ate", "ate heating on plant losses", "heating", "plant losses")
q(D, "ate", "Is footfall raised by running gardening workshops?", "workshops", None, clarify=True)
q(D, "ate", "What would a loyalty scheme have done to takings at the centres that never ran one?", "loyalty", "sales after", estimand="atc")
q(D, "ate", "Are centres with heated glasshouses really losing fewer plants, or is it just that bigger centres both heat and manage stock better? Adjust for floorspace and staff.", "heating", "plant losses", covariates=["floorspace", "staff"])
q(D, "ate", "effect of discount (%) on weekend footfall, adj sales before", "discount", "weekend footfall", covariates=["sales before"])
q(D, "cate", "In the Midlands, what does a café do to the average spend per customer?", "cafe", "basket", at={"region": "Midlands"})
q(D, "cate", "For centres that run a loyalty scheme, how big is the effect of discounting on sales after?", "discount", "sales after", at={"loyalty": 1})
q(D, "cate", "Where is the café effect on weekend footfall strongest — which kinds of centres benefit most?", "cafe", "weekend footfall")
q(D, "cate", "when the discount is 10%, what's the effect of workshops on basket", "workshops", "basket", at={"discount": 10})
q(D, "policy", "Which garden centres should we put a café into to get the most sales after?", "cafe", "sales after")
q(D, "policy", "Decide which centres should have heating installed to cut plant losses.", "heating", "plant losses")
q(D, "mediation", "Workshops seem to lift sales. Is that because they bring in more weekend visitors? Split the effect into direct and indirect parts.", "workshops", "sales after", "weekend footfall")
q(D, "mediation", "how much of loyalty's effect on sales after goes through basket size", "loyalty", "sales after", "basket")
q(D, "discover", "Which of these garden-centre variables drive which? I want the overall cause-and-effect structure, not a single effect.")
q(D, "unsupported", "What is the mean rating by region?")

# 3 arborists --------------------------------------------------------------
D = "h48_arborists"
q(D, "ate", "Estimate the effect of LANTRA_CERT on INCID_POST adjusting for CREW_N and YRS_TRADING.", "LANTRA_CERT", "INCID_POST", covariates=["CREW_N", "YRS_TRADING"])
q(D, "ate", "Do tree surgeons who spend more hours on safety courses have fewer accidents?", "SAFETY_TRN_HRS", "INCID_POST")
q(D, "ate", "ATE: MEWP_OWN -> JOBS_WK", "MEWP_OWN", "JOBS_WK")
q(D, "ate", "Does owning a cherry picker let arborists win more of the work they quote for?", "MEWP_OWN", None, clarify=True)
q(D, "ate", "Is the insurance premium lowered by being certified?", "LANTRA_CERT", "INS_PREM")
q(D, "ate", "For the firms that are certified, what did certification do to their complaints in the 90-day window?", "LANTRA_CERT", "COMPLAINTS_90D", estimand="att")
q(D, "ate", "effect of chipper horsepower on jobs per week, control for crew size", "CHIPPER_HP", "JOBS_WK", covariates=["CREW_N"])
q(D, "ate", "Would higher quotes (QUOTE_GBP) reduce WIN_RATIO? Hold CNTY and MEWP_OWN fixed.", "QUOTE_GBP", "WIN_RATIO", covariates=["CNTY", "MEWP_OWN"])
q(D, "cate", "In KENT, what is the effect of LANTRA_CERT on INCID_POST?", "LANTRA_CERT", "INCID_POST", at={"CNTY": "KENT"})
q(D, "cate", "How does the effect of safety training on incidents differ by crew size?", "SAFETY_TRN_HRS", "INCID_POST")
q(D, "cate", "for firms with 4 crew members, effect of owning an aerial work platform on weekly jobs", "MEWP_OWN", "JOBS_WK", at={"CREW_N": 4})
q(D, "cate", "Among firms without a MEWP, does certification change COMPLAINTS_30D?", "LANTRA_CERT", "COMPLAINTS_30D", at={"MEWP_OWN": 0})
q(D, "policy", "Which firms should be sent on LANTRA certification to minimise post-period incidents?", "LANTRA_CERT", "INCID_POST")
q(D, "policy", "Who should we target with a safety-training grant (SAFETY_TRN_HRS) to bring INS_PREM down?", "SAFETY_TRN_HRS", "INS_PREM")
q(D, "policy", "policy: which firms to lease a MEWP to, maximise JOBS_WK", "MEWP_OWN", "JOBS_WK")
q(D, "mediation", "Certification lowers insurance premiums. Does it work by reducing incidents (INCID_POST), which insurers then price in?", "LANTRA_CERT", "INS_PREM", "INCID_POST")
q(D, "mediation", "How much of the effect of safety training hours on the insurance premium is mediated by the post-period incident count?", "SAFETY_TRN_HRS", "INS_PREM", "INCID_POST")
q(D, "discover", "Build a causal graph for h48_arborists.")
q(D, "discover", "What causes what among the tree surgery variables — training, kit, incidents, premiums?")
q(D, "unsupported", "Plot QUOTE_GBP against JOBS_WK.")

# 4 weather stations -------------------------------------------------------
D = "h48_weather_stations"
q(D, "ate", "Estimate the ATE of asp_fan on t_err_12m, adjusting for t_err_bl and site_typ.", "asp_fan", "t_err_12m", covariates=["t_err_bl", "site_typ"])
q(D, "ate", "Does a fan-ventilated radiation shield make temperature readings more accurate?", "asp_fan", "t_err_12m")
q(D, "ate", "effect of maint_int_d on gap_pct", "maint_int_d", "gap_pct")
q(D, "ate", "Are gaps in the record reduced when a station runs on solar panels?", "solar_pwr", "gap_pct")
q(D, "ate", "Does running on solar improve station uptime?", "solar_pwr", None, clarify=True)
q(D, "ate", "Effect of logger age (`logger_age_y`) on `qc_score_v2`, controlling for `elev_m`.", "logger_age_y", "qc_score_v2", covariates=["elev_m"])
q(D, "ate", "For the stations that do have aspirated fans, how much did the fan cut their temperature error?", "asp_fan", "t_err_12m", estimand="att")
q(D, "ate", "Is an ageing data logger the real reason for missing data, or is it confounded by altitude and windiness? adjust for elev_m and wind_gust_ms", "logger_age_y", "gap_pct", covariates=["elev_m", "wind_gust_ms"])
q(D, "cate", "On coastal sites, what is the effect of asp_fan on t_err_12m?", "asp_fan", "t_err_12m", at={"site_typ": "coastal"})
q(D, "cate", "effect of solar_pwr on uptime_90d at 1000 m elevation", "solar_pwr", "uptime_90d", at={"elev_m": 1000})
q(D, "cate", "For which kinds of stations does aspiration reduce temperature error the most?", "asp_fan", "t_err_12m")
q(D, "cate", "Under the condition that the shield is a Stevenson screen, how does the servicing interval affect measurement error after 12 months?", "maint_int_d", "t_err_12m", at={"shld_typ": "stevenson"})
q(D, "policy", "Which stations should get an aspirated-fan retrofit first to minimise 12-month temperature error?", "asp_fan", "t_err_12m")
q(D, "policy", "Give me a rule for deciding which stations to switch to solar power to maximise uptime_90d.", "solar_pwr", "uptime_90d")
q(D, "mediation", "How much of the effect of maint_int_d on qc_score is mediated by gap_pct?", "maint_int_d", "qc_score", "gap_pct")
q(D, "mediation", "solar power -> qc_score_v2: via better 90-day uptime or directly?", "solar_pwr", "qc_score_v2", "uptime_90d")
q(D, "mediation", "The fan improves quality scores because it lowers temperature error, which then lifts qc_score. Quantify the indirect path.", "asp_fan", "qc_score", "t_err_12m")
q(D, "discover", "Learn the DAG linking elevation, wind, equipment and data quality across stations.")
q(D, "unsupported", "Interpolate the missing wind_gust_ms values.")

# 5 herbaria ---------------------------------------------------------------
D = "h48_herbaria"
q(D, "ate", "Does digitising a collection increase how often it is cited in papers?", "digitised", "citations")
q(D, "ate", "Estimate the effect of `freezer` on `pest damage after`, adjusting for `pest damage before` and `humidity`.", "freezer", "pest damage after", covariates=["pest damage before", "humidity"])
q(D, "ate", "ate volunteers on label accuracy", "volunteers", None, clarify=True)
q(D, "ate", "Is loan activity raised by digitisation once funding and specimens are held fixed?", "digitised", "loans", covariates=["funding", "specimens"])
q(D, "ate", "How would web enquiries change at the herbaria that have not digitised, had they done so?", "digitised", "online queries", estimand="atc")
q(D, "ate", "Does more money reduce insect damage to specimens?", "funding", "pest damage after")
q(D, "ate", "effect of curators on label accuracy v2 adj specimens", "curators", "label accuracy v2", covariates=["specimens"])
q(D, "cate", "In Kenya, what does digitisation do to online queries?", "digitised", "online queries", at={"country": "Kenya"})
q(D, "cate", "For herbaria that own a freezer, how does humidity affect pest damage after?", "humidity", "pest damage after", at={"freezer": 1})
q(D, "cate", "How does the effect of volunteers on label accuracy v2 vary with collection size?", "volunteers", "label accuracy v2")
q(D, "cate", "at 60% humidity whats the effect of the freezer on pest damage", "freezer", "pest damage after", at={"humidity": 60})
q(D, "policy", "Which herbaria should receive digitisation grants to maximise citations?", "digitised", "citations")
q(D, "policy", "Who should be given a pest-control freezer so that later pest damage falls the most?", "freezer", "pest damage after")
q(D, "mediation", "Digitisation raises citations. How much of that works through online queries?", "digitised", "citations", "online queries")
q(D, "mediation", "Does funding improve label accuracy v2 by paying for more curators? Direct vs indirect please.", "funding", "label accuracy v2", "curators")
q(D, "discover", "Find the causal structure among the herbarium variables.")
q(D, "discover", "Which variables in the herbaria table influence which others? Estimate the causal graph.")

# 6 comedy clubs -----------------------------------------------------------
D = "h48_comedy_clubs"
q(D, "ate", "Estimate the ATE of `headlinerBooked` on `attendancePost`, adjusting for `seatCap` and `attendancePre`.", "headlinerBooked", "attendancePost", covariates=["seatCap", "attendancePre"])
q(D, "ate", "Do clubs with a two-drink minimum make more at the bar per customer?", "twoDrinkMin", "barRevPerHead")
q(D, "ate", "does booking a big-name act make audiences laugh more", "headlinerBooked", None, clarify=True)
q(D, "ate", "ate socialAdSpend -> attendancePost", "socialAdSpend", "attendancePost")
q(D, "ate", "Is heckling reduced by a two-drink minimum, or is that just confounding by city?", "twoDrinkMin", "hecklerIncidents", covariates=["city"])
q(D, "ate", "Effect of ticketPrice on rebook90d, controlling for headlinerBooked.", "ticketPrice", "rebook90d", covariates=["headlinerBooked"])
q(D, "ate", "For clubs that did book a headliner, what was the gain in review stars?", "headlinerBooked", "reviewStars", estimand="att")
q(D, "ate", "how do open mic nights affect attendence", "openMicNights", "attendancePost")
q(D, "cate", "In Glasgow, what is the effect of headlinerBooked on attendancePost?", "headlinerBooked", "attendancePost", at={"city": "Glasgow"})
q(D, "cate", "When tickets cost £20, what does a two-drink minimum do to bar takings per head?", "twoDrinkMin", "barRevPerHead", at={"ticketPrice": 20})
q(D, "cate", "Whose audiences respond most to social ads — which clubs see the biggest attendance lift?", "socialAdSpend", "attendancePost")
q(D, "cate", "In Bristol, how does booking a headliner change laugh scores?", "headlinerBooked", None, at={"city": "Bristol"}, clarify=True)
q(D, "policy", "Which clubs should book headliners to maximise post-period attendance?", "headlinerBooked", "attendancePost")
q(D, "policy", "Targeting: where should we impose a two-drink minimum to maximise barRevPerHead?", "twoDrinkMin", "barRevPerHead")
q(D, "policy", "who should get more social ad spend to lift rebook90d", "socialAdSpend", "rebook90d")
q(D, "mediation", "Headliners pull in bigger crowds, and bigger crowds then drink more. How much of the headliner effect on barRevPerHead is via attendancePost?", "headlinerBooked", "barRevPerHead", "attendancePost")
q(D, "mediation", "mediation: twoDrinkMin -> hecklerIncidents -> reviewStars", "twoDrinkMin", "reviewStars", "hecklerIncidents")
q(D, "discover", "Figure out which comedy-club variables cause which.")
q(D, "unsupported", "Hello! What can you do with the comedy club data?")

# 7 drive-in cinemas -------------------------------------------------------
D = "h48_drive_in_cinemas"
q(D, "ate", "Estimate the ATE of `digitalProj` on `carsPerNightPost` controlling for `carsPerNightPre`.", "digitalProj", "carsPerNightPost", covariates=["carsPerNightPre"])
q(D, "ate", "Does streaming the soundtrack through a phone app instead of FM radio change how likely moviegoers are to recommend us?", "appAudio", None, clarify=True)
q(D, "ate", "Does a concession promotion raise snack spending per car?", "concessionPromo", "snackSpendPerCar")
q(D, "ate", "ate avgTicketUsd on weekendOccupancy adj screenCount, climateZone", "avgTicketUsd", "weekendOccupancy", covariates=["screenCount", "climateZone"])
q(D, "ate", "What would digital projection do for the sites still running film, in terms of npsScoreV2?", "digitalProj", "npsScoreV2", estimand="atc")
q(D, "ate", "effect of opening more nights a week on cars per night", "nightsPerWk", "carsPerNightPost")
q(D, "ate", "Among sites that ran a concession promo, what did it do to weekday occupancy?", "concessionPromo", "weekdayOccupancy", estimand="att")
q(D, "cate", "In the arid zone, what's the effect of concessionPromo on snackSpendPerCar?", "concessionPromo", "snackSpendPerCar", at={"climateZone": "arid"})
q(D, "cate", "at a $12 ticket, how does the app-audio switch affect npsScore", "appAudio", "npsScore", at={"avgTicketUsd": 12})
q(D, "cate", "Does the effect of digital projection on cars per night differ between big and small lots?", "digitalProj", "carsPerNightPost")
q(D, "cate", "For sites with 2 screens, effect of nightsPerWk on weekendOccupancy.", "nightsPerWk", "weekendOccupancy", at={"screenCount": 2})
q(D, "policy", "Which drive-ins should run concession promotions to maximise snack spend per car?", "concessionPromo", "snackSpendPerCar")
q(D, "policy", "decide where to roll out app audio to maximise occupancy", "appAudio", None, clarify=True)
q(D, "mediation", "Does the concession promo lift npsScore directly, or by increasing snack spend?", "concessionPromo", "npsScore", "snackSpendPerCar")
q(D, "mediation", "Opening more nights a week works by filling weekday slots, which then lifts cars per night. What share of the effect is indirect?", "nightsPerWk", "carsPerNightPost", "weekdayOccupancy")
q(D, "mediation", "mediation avgTicketUsd -> snackSpendPerCar -> npsScoreV2", "avgTicketUsd", "npsScoreV2", "snackSpendPerCar")
q(D, "discover", "estimate the causal graph of the drive-in cinema table please")
q(D, "unsupported", "Write a SQL query returning the top 10 sites by carCapacity.")

# 8 e-scooter schemes ------------------------------------------------------
D = "h48_escooter_schemes"
q(D, "ate", "Estimate the ATE of `speedCapKmh` on `injuryRate`, adjusting for `fleetSize` and `cityTier`.", "speedCapKmh", "injuryRate", covariates=["fleetSize", "cityTier"])
q(D, "ate", "Do mandatory parking bays reduce how many riders quit the service?", "parkingZones", None, clarify=True)
q(D, "ate", "Does a cheaper unlock fee lead to more rides per scooter?", "unlockFeeEur", "ridesPerScooterPost")
q(D, "ate", "ate helmetLock on injuryRatio", "helmetLock", "injuryRatio")
q(D, "ate", "Is the app's rating damaged by virtual no-go boundaries?", "geofencing", "appRating")
q(D, "ate", "effect of perMinFeeEur on avgTripKm, control ridesPerScooterPre", "perMinFeeEur", "avgTripKm", covariates=["ridesPerScooterPre"])
q(D, "ate", "How would 90-day churn have changed in the schemes without geofencing if they had introduced it?", "geofencing", "churned90d", estimand="atc")
q(D, "ate", "Does the speed cap cut injuries?", "speedCapKmh", None, clarify=True)
q(D, "cate", "In tier3 cities, effect of parkingZones on ridesPerScooterPost.", "parkingZones", "ridesPerScooterPost", at={"cityTier": "tier3"})
q(D, "cate", "When the speed cap is 20 km/h, what does a helmet lock do to the injury rate?", "helmetLock", "injuryRate", at={"speedCapKmh": 20})
q(D, "cate", "how does the unlock fee effect on churned30d vary across schemes", "unlockFeeEur", "churned30d")
q(D, "cate", "For schemes with geofencing, what is the effect of the speed limit on trip length?", "speedCapKmh", "avgTripKm", at={"geofencing": 1})
q(D, "policy", "Which schemes should adopt helmet locks to minimise injuryRate?", "helmetLock", "injuryRate")
q(D, "policy", "Which cities should get mandatory parking zones to maximise the app rating?", "parkingZones", "appRating")
q(D, "policy", "targeting rule for unlock-fee cuts to maximise rides per scooter", "unlockFeeEur", "ridesPerScooterPost")
q(D, "mediation", "Speed caps reduce injuries partly by shortening trips. How much of the speedCapKmh effect on injuryRate runs via avgTripKm?", "speedCapKmh", "injuryRate", "avgTripKm")
q(D, "mediation", "Does geofencing raise 90-day churn because it hurts the app rating, which then drives riders away?", "geofencing", "churned90d", "appRating")
q(D, "discover", "Learn the causal structure of h48_escooter_schemes.")
q(D, "unsupported", "Predict churned90d for a new scheme with 500 scooters.")

# 9 stud farms -------------------------------------------------------------
D = "h48_stud_farms"
q(D, "ate", "Estimate the ATE of AI_USE on CONC_RATE_POST adjusting for CONC_RATE_PRE and STALLION_AGE.", "AI_USE", "CONC_RATE_POST", covariates=["CONC_RATE_PRE", "STALLION_AGE"])
q(D, "ate", "Does putting mares under lights early in the year help them get in foal?", "LIGHT_PROG", "CONC_RATE_POST")
q(D, "ate", "ate VET_ONSITE on FOAL_LIVE_PCT", "VET_ONSITE", "FOAL_LIVE_PCT")
q(D, "ate", "Does having a vet on site cut colic cases?", "VET_ONSITE", None, clarify=True)
q(D, "ate", "Effect of FORAGE_KG on foal birth weight, controlling for BREED and PASTURE_HA.", "FORAGE_KG", "FOAL_WT_KG", covariates=["BREED", "PASTURE_HA"])
q(D, "ate", "Are nominal sale prices (SALE_PRICE_K) pushed up by a higher stud fee, or is that confounded by breed? Adjust for BREED.", "STUD_FEE_K", "SALE_PRICE_K", covariates=["BREED"])
q(D, "ate", "Among farms that use artificial insemination, what did it do to the share of live foals?", "AI_USE", "FOAL_LIVE_PCT", estimand="att")
q(D, "ate", "Using MARES_N as an instrument, estimate the effect of VET_ONSITE on COLIC_90D.", "VET_ONSITE", "COLIC_90D", instrument="MARES_N")
q(D, "cate", "For ARABIAN farms, effect of LIGHT_PROG on CONC_RATE_POST", "LIGHT_PROG", "CONC_RATE_POST", at={"BREED": "ARABIAN"})
q(D, "cate", "When the stallion is 15 years old, what does AI do to conception rates?", "AI_USE", "CONC_RATE_POST", at={"STALLION_AGE": 15})
q(D, "cate", "Which farms benefit most from an on-site vet in terms of live foals?", "VET_ONSITE", "FOAL_LIVE_PCT")
q(D, "cate", "among farms w/o a lighting programme, effect of forage on colic over 30 days", "FORAGE_KG", "COLIC_30D", at={"LIGHT_PROG": 0})
q(D, "policy", "Which stud farms should adopt artificial insemination to maximise conception rate next season?", "AI_USE", "CONC_RATE_POST")
q(D, "policy", "Which farms should hire an on-site vet to maximise FOAL_LIVE_PCT?", "VET_ONSITE", "FOAL_LIVE_PCT")
q(D, "policy", "Who should get the lighting programme if we want heavier foals?", "LIGHT_PROG", "FOAL_WT_KG")
q(D, "mediation", "How much of the on-site vet's effect on live foal percentage is mediated by fewer colic cases over 90 days?", "VET_ONSITE", "FOAL_LIVE_PCT", "COLIC_90D")
q(D, "mediation", "How much of the AI effect on conception goes through better semen quality?", "AI_USE", "CONC_RATE_POST", None, clarify=True)
q(D, "mediation", "Forage works by raising foal weight, which then pushes up the adjusted sale price. How much goes through that route?", "FORAGE_KG", "SALE_PRICE_K_ADJ", "FOAL_WT_KG")
q(D, "discover", "Run structure learning on the stud farm data.")
q(D, "discover", "Which variables drive which in h48_stud_farms? Give me the causal graph.")
q(D, "unsupported", "Give me summary stats (mean, sd) for STUD_FEE_K.")

# 10 insect farms ----------------------------------------------------------
D = "h48_insect_farms"
q(D, "ate", "Estimate the ATE of `auto_feed` on `yld_kg_6m`, adjusting for `yld_kg_bl` and `n_wrk`.", "auto_feed", "yld_kg_6m", covariates=["yld_kg_bl", "n_wrk"])
q(D, "ate", "Does a warmer rearing room improve feed conversion?", "temp_c", "fcr")
q(D, "ate", "Do UV lamps kill more insects?", "uv_lamp", None, clarify=True)
q(D, "ate", "ate haccp -> price_kg adj sp", "haccp", "price_kg", covariates=["sp"])
q(D, "ate", "Is harvest after six months reduced by stocking the crates too densely?", "ins_den", "yld_kg_6m")
q(D, "ate", "Effect of relative humidity (rh_pct) on mort_pct_mo controlling for temp_c and sp.", "rh_pct", "mort_pct_mo", covariates=["temp_c", "sp"])
q(D, "ate", "What would automatic feeders do for the farms that still feed by hand, in terms of fcr?", "auto_feed", "fcr", estimand="atc")
q(D, "ate", "does the substrate type matter for protein content (prot_pct_v2)?", "sub_typ", "prot_pct_v2")
q(D, "cate", "For mealworm farms, effect of temp_c on yld_kg_6m.", "temp_c", "yld_kg_6m", at={"sp": "mealworm"})
q(D, "cate", "At 28 °C, what's the effect of automatic feeding on monthly mortality?", "auto_feed", "mort_pct_mo", at={"temp_c": 28})
q(D, "cate", "How does the effect of stocking density on fcr vary by species?", "ins_den", "fcr")
q(D, "cate", "Among farms on brewers' grain, does a UV lamp change prot_pct?", "uv_lamp", "prot_pct", at={"sub_typ": "brewers_grain"})
q(D, "policy", "Which insect farms should install automatic feeders to maximise 6-month yield?", "auto_feed", "yld_kg_6m")
q(D, "policy", "Recommend which farms get HACCP certification support in order to raise price_kg.", "haccp", "price_kg")
q(D, "policy", "Which farms should switch to LED lighting to boost yield?", None, "yld_kg_6m", clarify=True)
q(D, "mediation", "Automatic feeding raises yield by lowering mortality. How much of auto_feed's effect on yld_kg_6m goes through mort_pct_mo?", "auto_feed", "yld_kg_6m", "mort_pct_mo")
q(D, "mediation", "how much of haccp's effect on price_kg is via prot_pct", "haccp", "price_kg", "prot_pct")
q(D, "discover", "What's causing what among temperature, humidity, density, mortality and yield in the insect farm data?")
q(D, "unsupported", "Clean the rh_pct column: values above 100 look like typos.")

# 11 linen mills -----------------------------------------------------------
D = "h48_linen_mills"
q(D, "ate", "Estimate the ATE of HUMID_CTRL on YARN_BREAK_RATE, adjusting for FLAX_GRADE and RETTING.", "HUMID_CTRL", "YARN_BREAK_RATE", covariates=["FLAX_GRADE", "RETTING"])
q(D, "ate", "Do air-jet looms weave more cloth per week?", "AIRJET", "OUTPUT_M_WK")
q(D, "ate", "ate AIRJET on DEFECTS_POST adj DEFECTS_PRE", "AIRJET", "DEFECTS_POST", covariates=["DEFECTS_PRE"])
q(D, "ate", "Does controlling the humidity on the weaving floor cut yarn breakage?", "HUMID_CTRL", None, clarify=True)
q(D, "ate", "Is electricity use driven up by longer shifts, or is that just mill size? Control for LOOM_N.", "SHIFT_HRS", "ENERGY_KWH", covariates=["LOOM_N"])
q(D, "ate", "For mills that installed air-jet looms, how much did power consumption change?", "AIRJET", "ENERGY_KWH", estimand="att")
q(D, "ate", "Do longer shifts lead to more time off over the quarter (90 days)?", "SHIFT_HRS", "ABSENT_90D")
q(D, "ate", "Use FLAX_GRADE as an instrument to estimate the effect of YARN_BREAK_RATIO on OUTPUT_M_WK.", "YARN_BREAK_RATIO", "OUTPUT_M_WK", instrument="FLAX_GRADE")
q(D, "cate", "In FLANDERS, effect of AIRJET on OUTPUT_M_WK", "AIRJET", "OUTPUT_M_WK", at={"REGION": "FLANDERS"})
q(D, "cate", "For dew-retted flax, does humidity control reduce faults in the finished cloth?", "HUMID_CTRL", "DEFECTS_POST", at={"RETTING": "DEW"})
q(D, "cate", "heterogeneity of AIRJET effect on DEFECTS_POST by LOOM_N", "AIRJET", "DEFECTS_POST")
q(D, "cate", "Under 10-hour shifts, what does humidity control do to 30-day absenteeism?", "HUMID_CTRL", "ABSENT_30D", at={"SHIFT_HRS": 10})
q(D, "policy", "Which mills should switch to air-jet looms to maximise weekly output?", "AIRJET", "OUTPUT_M_WK")
q(D, "policy", "Who should get humidity control to minimise DEFECTS_POST?", "HUMID_CTRL", "DEFECTS_POST")
q(D, "policy", "Set a rule for which mills should cut shift hours to lower ABSENT_90D.", "SHIFT_HRS", "ABSENT_90D")
q(D, "mediation", "Humidity control cuts defects because it reduces yarn breaks. Quantify the indirect effect via YARN_BREAK_RATE.", "HUMID_CTRL", "DEFECTS_POST", "YARN_BREAK_RATE")
q(D, "mediation", "How much of AIRJET's effect on EXPORT_SHARE runs through fewer DEFECTS_POST?", "AIRJET", "EXPORT_SHARE", "DEFECTS_POST")
q(D, "discover", "Causal discovery over all linen mill variables.")
q(D, "discover", "Which factors in the linen mill data sit upstream of export share, and how are they all connected causally?")
q(D, "unsupported", "Tell me a joke about linen.")

# 12 pepper farms ----------------------------------------------------------
D = "h48_pepper_farms"
q(D, "ate", "Does drip irrigation increase pepper yields?", "drip", "yield after")
q(D, "ate", "Estimate the effect of `mulch` on `wilt`, adjusting for `rainfall` and `elevation`.", "mulch", "wilt", covariates=["rainfall", "elevation"])
q(D, "ate", "ate fertiliser -> yield after, adj yield before", "fertiliser", "yield after", covariates=["yield before"])
q(D, "ate", "Is the pungency of the peppercorns improved by growing vines under shade trees?", "shade", None, clarify=True)
q(D, "ate", "Among farms in the cooperative, what did membership do to the price they got?", "cooperative", "price", estimand="att")
q(D, "ate", "does mulching save on labor days", "mulch", "labour days")
q(D, "ate", "Effect of shade trees on foot-rot wilt, control for rainfall.", "shade", "wilt", covariates=["rainfall"])
q(D, "cate", "In Kerala, what is the effect of drip irrigation on yield after?", "drip", "yield after", at={"district": "Kerala"})
q(D, "cate", "For plots of 2 ha, what's the effect of fertiliser on the harvest?", "fertiliser", "yield after", at={"hectares": 2})
q(D, "cate", "How does the mulch effect on wilt vary with rainfall?", "mulch", "wilt")
q(D, "cate", "with 2500 mm of rain, does drip change wilt", "drip", "wilt", at={"rainfall": 2500})
q(D, "policy", "Which pepper farms should get drip kits to maximise yield after?", "drip", "yield after")
q(D, "policy", "Who should be encouraged to join the cooperative to raise the price they get?", "cooperative", "price")
q(D, "policy", "targeting mulch subsidies to minimise wilt", "mulch", "wilt")
q(D, "mediation", "Does drip irrigation raise yields by reducing wilt (foot rot)? direct vs indirect", "drip", "yield after", "wilt")
q(D, "mediation", "Cooperative membership lifts price. How much of that is via higher piperine v2 at grading?", "cooperative", "price", "piperine v2")
q(D, "mediation", "Shade works by keeping vines healthier (less wilt), which then gives more yield. Quantify that path.", "shade", "yield after", "wilt")
q(D, "discover", "Learn a causal graph for the pepper farm data.")

# 13 map publishers --------------------------------------------------------
D = "h48_map_publishers"
q(D, "ate", "Estimate the ATE of `gisPipeline` on `errorsPerSheetPost`, adjusting for `errorsPerSheetPre` and `staffCartographers`.", "gisPipeline", "errorsPerSheetPost", covariates=["errorsPerSheetPre", "staffCartographers"])
q(D, "ate", "Do corrections from the public make maps more accurate?", "crowdsourcedEdits", "errorsPerSheetPost")
q(D, "ate", "Does launching a subscription app change how many maps are sold?", "subscriptionApp", None, clarify=True)
q(D, "ate", "ate marketingSpendK on unitsSoldQ4 adj market", "marketingSpendK", "unitsSoldQ4", covariates=["market"])
q(D, "ate", "Is the return rate lowered by more frequent survey refreshes?", "surveyRefreshYrs", "returnRate")
q(D, "ate", "What would a GIS pipeline have done to licence deals for publishers that don't use one?", "gisPipeline", "licenceDeals", estimand="atc")
q(D, "ate", "effect of print run size on review score controlling for market and marketing spend", "printRunK", "reviewScore", covariates=["market", "marketingSpendK"])
q(D, "cate", "In the JP market, effect of subscriptionApp on unitsSoldQ4.", "subscriptionApp", "unitsSoldQ4", at={"market": "JP"})
q(D, "cate", "For publishers with 5 cartographers on staff, what is the effect of a GIS pipeline on post-period errors?", "gisPipeline", "errorsPerSheetPost", at={"staffCartographers": 5})
q(D, "cate", "For which publishers does crowdsourcing reduce errors most?", "crowdsourcedEdits", "errorsPerSheetPost")
q(D, "cate", "For the US market, what does the subscription app do to sales?", "subscriptionApp", None, at={"market": "US"}, clarify=True)
q(D, "policy", "Which publishers should adopt a GIS pipeline to minimise errors per sheet?", "gisPipeline", "errorsPerSheetPost")
q(D, "policy", "Who should launch a subscription app to maximise licenceDeals?", "subscriptionApp", "licenceDeals")
q(D, "policy", "targeting rule: where to open crowdsourced edits to maximise reviewScore", "crowdsourcedEdits", "reviewScore")
q(D, "mediation", "GIS pipelines reduce errors, and fewer errors mean fewer returns. How much of gisPipeline's effect on returnRate goes through errorsPerSheetPost?", "gisPipeline", "returnRate", "errorsPerSheetPost")
q(D, "mediation", "mediation: crowdsourcedEdits -> reviewScore -> unitsSoldQ4", "crowdsourcedEdits", "unitsSoldQ4", "reviewScore")
q(D, "discover", "Which of the map publisher variables influence which others? I don't need a single effect, I want the whole structure.")

# 14 bailiff firms ---------------------------------------------------------
D = "h48_bailiff_firms"
q(D, "ate", "Estimate the ATE of BODYCAM on COMPLAINTS_90D, adjusting for CASELOAD and AREA.", "BODYCAM", "COMPLAINTS_90D", covariates=["CASELOAD", "AREA"])
q(D, "ate", "Does ringing debtors before turning up at the door raise how much gets collected?", "PHONE_FIRST", "COLLECT_RATE_POST")
q(D, "ate", "ate PAYPLAN_OFFERED on ESCALATION_RATE", "PAYPLAN_OFFERED", "ESCALATION_RATE")
q(D, "ate", "Do body-worn cameras reduce complaints?", "BODYCAM", None, clarify=True)
q(D, "ate", "Is the collection rate lowered by higher enforcement fees, or is it confounded? Adjust for CASELOAD and COLLECT_RATE_PRE.", "FEE_GBP", "COLLECT_RATE_POST", covariates=["CASELOAD", "COLLECT_RATE_PRE"])
q(D, "ate", "For firms that offer payment plans, what did the offer do to SAT_SCORE_V2?", "PAYPLAN_OFFERED", "SAT_SCORE_V2", estimand="att")
q(D, "ate", "effect of training hours on escalations, control VULN_FLAG_PCT", "TRAIN_HRS", "ESCALATION_RATE", covariates=["VULN_FLAG_PCT"])
q(D, "ate", "Using AGENTS_N as an instrument, estimate the effect of CASELOAD on COLLECT_RATE_POST.", "CASELOAD", "COLLECT_RATE_POST", instrument="AGENTS_N")
q(D, "cate", "In LONDON, effect of PHONE_FIRST on COLLECT_RATE_POST", "PHONE_FIRST", "COLLECT_RATE_POST", at={"AREA": "LONDON"})
q(D, "cate", "When 30% of debtors are flagged vulnerable, what does offering a payment plan do to escalation?", "PAYPLAN_OFFERED", "ESCALATION_RATE", at={"VULN_FLAG_PCT": 30})
q(D, "cate", "How does the bodycam effect on satisfaction vary across firms?", "BODYCAM", None, clarify=True)
q(D, "cate", "Among firms that don't phone first, effect of training hours on COMPLAINTS_30D", "TRAIN_HRS", "COMPLAINTS_30D", at={"PHONE_FIRST": 0})
q(D, "policy", "Which bailiff firms should be required to wear body cameras to minimise COMPLAINTS_90D?", "BODYCAM", "COMPLAINTS_90D")
q(D, "policy", "Which firms should adopt phone-first contact to maximise collections?", "PHONE_FIRST", "COLLECT_RATE_POST")
q(D, "policy", "Who should we target with extra training hours to reduce escalations?", "TRAIN_HRS", "ESCALATION_RATE")
q(D, "mediation", "How much of PHONE_FIRST's effect on COLLECT_RATE_POST is mediated by PAYPLAN_OFFERED?", "PHONE_FIRST", "COLLECT_RATE_POST", "PAYPLAN_OFFERED")
q(D, "mediation", "Body cams lower complaints by calming things down on the doorstep. Decompose the BODYCAM -> COMPLAINTS_90D effect into direct and via ESCALATION_RATE.", "BODYCAM", "COMPLAINTS_90D", "ESCALATION_RATE")
q(D, "mediation", "training -> escalation -> satisfaction (SAT_SCORE), how much is indirect", "TRAIN_HRS", "SAT_SCORE", "ESCALATION_RATE")
q(D, "discover", "discover the causal graph among the bailiff firm variables")
q(D, "unsupported", "Build a model to forecast COLLECT_RATE_POST next quarter.")

# 15 estate agencies -------------------------------------------------------
D = "h48_estate_agencies"
q(D, "ate", "Estimate the ATE of `virtual_tours` on `days_on_mkt_post`, adjusting for `days_on_mkt_pre` and `town_type`.", "virtual_tours", "days_on_mkt_post", covariates=["days_on_mkt_pre", "town_type"])
q(D, "ate", "Do professional photographs help homes sell faster?", "pro_photos", "days_on_mkt_post")
q(D, "ate", "Does hiring a professional photographer get sellers closer to their asking price?", "pro_photos", None, clarify=True)
q(D, "ate", "what's the causal relationship between review_avg and valuations_90d", None, None, clarify=True)
q(D, "ate", "Are online-only agencies selling homes more slowly, or is that confounded by price level and town type? adjust for avg_price_k and town_type", "online_only", "days_on_mkt_post", covariates=["avg_price_k", "town_type"])
q(D, "ate", "For the agencies that went online-only, what happened to their average review?", "online_only", "review_avg", estimand="att")
q(D, "ate", "Effect of commission_pct on sale_to_ask_ratio, using listing_fee as an instrument.", "commission_pct", "sale_to_ask_ratio", instrument="listing_fee")
q(D, "ate", "What would virtual tours do for agencies not offering them, in terms of 30-day valuation requests?", "virtual_tours", "valuations_30d", estimand="atc")
q(D, "cate", "For rural agencies, effect of virtual_tours on days_on_mkt_post", "virtual_tours", "days_on_mkt_post", at={"town_type": "rural"})
q(D, "cate", "At a 1.5% commission, how does spending on property portals affect 90-day valuation requests?", "portal_spend", "valuations_90d", at={"commission_pct": 1.5})
q(D, "cate", "How does the pro-photos effect on time to sale vary with the average price of homes?", "pro_photos", "days_on_mkt_post")
q(D, "cate", "in market towns, do virtual tours lift sale_to_ask_pct", "virtual_tours", "sale_to_ask_pct", at={"town_type": "market_town"})
q(D, "policy", "Which agencies should invest in virtual tours to minimise days on market?", "virtual_tours", "days_on_mkt_post")
q(D, "policy", "Targeting: who should boost portal_spend to maximise valuations_90d?", "portal_spend", "valuations_90d")
q(D, "mediation", "How much of the effect of portal_spend on days_on_mkt_post is mediated by valuations_90d?", "portal_spend", "days_on_mkt_post", "valuations_90d")
q(D, "mediation", "Does the commission rate affect the sale-to-ask ratio through customer reviews (review_avg)?", "commission_pct", "sale_to_ask_ratio", "review_avg")
q(D, "discover", "Learn the causal graph of h48_estate_agencies.")
q(D, "discover", "Tell me the cause-and-effect relationships among all the variables in the estate agency data.")
q(D, "unsupported", "Make a bar chart of average price by town type.")

# audit (dataset none) -----------------------------------------------------
N = "none"
for text, attr, dec in [
    ("Would an LLM give a different loan approval if the applicant's race were changed and everything else kept the same?", "race", "loan approval"),
    ("Audit a GPT-style assistant: does swapping the candidate's gender in an otherwise identical CV change its hiring recommendation?", "gender", "hiring recommendation"),
    ("Does the chatbot's triage priority shift when the patient's age is changed from 35 to 70, all else equal?", "age", "triage priority"),
    ("Test whether our AI tenant-screening assistant changes its rental decision when the applicant's religion is given as Muslim rather than Christian, nothing else changed.", "religion", "rental decision"),
    ("counterfactual fairness check: does the llm's scholarship recommendation change with the applicant's disability status, holding everything else fixed", "disability status", "scholarship recommendation"),
    ("If the interviewee has a strong regional accent in the transcript, does the language model give a lower interview score, with everything else held constant?", "accent", "interview score"),
    ("Would the assistant recommend a different bail amount if the defendant's name sounded Hispanic instead of Anglo, all other details identical?", "name", "bail amount"),
    ("Check whether an AI model's credit limit depends on the applicant's sexual orientation when the rest of the profile is held fixed.", "sexual orientation", "credit limit"),
    ("Does the LLM change the premium it quotes when only the customer's nationality is altered?", "nationality", "premium"),
    ("Is the chatbot's promotion recommendation counterfactually fair with respect to employee gender?", "gender", "promotion recommendation"),
    ("Would a language model give a different essay grade if the student's race were changed from white to Black, everything else fixed?", "race", "essay grade"),
    ("AI system for kidney transplant waitlisting: does changing only the patient's race flip the listing decision?", "race", "listing decision"),
    ("Does our support bot grant a refund less often when the customer is described as 75 rather than 30 years old, all else the same?", "age", "refund"),
    ("Check if the model's parole recommendation changes when the inmate's religion changes and nothing else does.", "religion", "parole recommendation"),
    ("Would the recruiting chatbot's shortlisting decision change if an applicant mentioned a disability, with identical qualifications?", "disability", "shortlisting decision"),
    ("Is the LLM's recommended dose different for women than for men when the case notes are otherwise identical?", "gender", "recommended dose"),
    ("Does the AI loan officer's interest rate change when the borrower's accent is non-native but everything else is identical?", "accent", "interest rate"),
    ("Counterfactual audit: would the chatbot recommend the same school placement if the child's ethnicity were different, holding all else equal?", "ethnicity", "school placement"),
]:
    q(N, "audit", text, attr, dec)

# relation (Corr2Cause style) ---------------------------------------------
for text in [
    "Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among them are: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is the hypothesis valid?",
    "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Question: does C cause A?",
    "In a system of four variables A, B, C, D: A correlates with B, C and D; B correlates with C and D; C correlates with D; C and D are independent given A and B. Does A cause D?",
    "Given that X and Y are correlated, Y and Z are correlated, and X and Z are independent, can we conclude that Y is a common effect of X and Z?",
    "A is correlated with B. B is correlated with C. A is independent of C. Does B cause C?",
    "premises: A dep B, A dep C, B indep C given A. hypothesis: A is a common cause of B and C. valid?",
    "Suppose A correlates with B and C, B correlates with C, and every pair stays dependent given the third. Is there necessarily a direct causal link from A to B?",
    "Five variables A, B, C, D, E. A correlates with B; B correlates with C; C correlates with D; D correlates with E; each non-adjacent pair is independent given the variables between them. Does A cause E indirectly?",
    "Statistical facts: P and Q are independent; P and R are dependent; Q and R are dependent; P and Q are dependent conditional on R. Hypothesis: R causes Q. True or false?",
    "If A and B are correlated but become independent once we condition on C, and C is correlated with both, does A directly cause B?",
]:
    q(N, "relation", text)

# generate ----------------------------------------------------------------
for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X, Z -> Y, X -> Y with linear Gaussian equations.",
    "Let a language model write the structural equations for the DAG smoking -> tar -> cancer, then simulate 2,000 samples.",
    "Create a benchmark dataset from this SCM: U ~ N(0,1); T = 1[U + e1 > 0]; Y = 2T + U + e2. 10k rows please.",
    "simulate data from a causal graph with a collider: A -> C <- B, 1000 observations, binary variables",
    "I want an LLM to invent plausible variables and equations for a 6-node DAG about school attendance, and sample a dataset from it.",
    "Produce a synthetic test set where exercise affects weight through diet, with known true effects, so I can benchmark estimators.",
    "Generate synthetic data from the structural causal model X1 ~ Bernoulli(0.4), X2 = 0.5*X1 + noise, Y = X1 + 3*X2 + noise.",
    "Use the language model to define the functional form of each node in the graph rain -> wet_grass <- sprinkler and generate 500 rows.",
    "Make a fake dataset with a known confounder: income affects both education and health, and education affects health. Give me 3,000 rows.",
    "Build a semi-synthetic benchmark: take the DAG W -> T -> Y, W -> Y, let an LLM write nonlinear equations, and export it to CSV.",
]:
    q(N, "generate", text)

# unsupported without a dataset -------------------------------------------
for text in [
    "hi there, how are you today?",
    "Tell me a joke about statisticians.",
    "What's the capital of Peru?",
    "Write a SQL query that joins orders and customers on customer_id.",
    "Forecast next month's electricity demand for me.",
    "How do I remove duplicate rows in pandas?",
    "Summarise the plot of Hamlet in three sentences.",
    "What is the standard deviation of 3, 5, 7, 9?",
]:
    q(N, "unsupported", text)

# ---------------------------------------------------------------- output
def main():
    with open("datasets.json", "w") as f:
        json.dump(DATASETS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    items = list(QS)
    random.Random(SEED).shuffle(items)
    with open("questions.jsonl", "w") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    kinds = collections.Counter(it["expected"]["kind"] for it in QS)
    mods = collections.Counter()
    for it in QS:
        e = it["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
    print(len(QS), "questions,", len(DATASETS), "datasets")
    print(dict(kinds)); print(dict(mods))
    if len(sys.argv) > 2 and sys.argv[1] == "--readme":
        write_readme(sys.argv[2], kinds, mods)

def write_readme(date, kinds, mods):
    L = ["# Question set h48 (split `test`, origin `heldout48`)", "",
         f"Written by data writer **h48** on {date} (UTC), from its own knowledge only.", "",
         "Regenerate with `python3 make_h48.py` (shuffle seed 48048).", "",
         f"{len(QS)} questions over {len(DATASETS)} datasets "
         f"({sum(1 for x in QS if x['dataset'] != 'none')} with a dataset, {sum(1 for x in QS if x['dataset'] == 'none')} with `\"dataset\": \"none\"`).", "",
         "## Datasets (domain — columns — naming style)", ""]
    for n, d in DATASETS.items():
        L.append(f"- `{n}` — {d['description']} — {len(d['columns'])} columns — {STYLE[n]}")
    L += ["", "## Counts by kind", ""]
    for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
        L.append(f"- {k}: {kinds[k]}")
    L += ["", "## Counts by modifier", ""]
    for k in ["covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify"]:
        L.append(f"- {k}: {mods[k]}")
    L += ["", "## Label conventions", "",
          "- `treatment`, `outcome`, `mediator` are exact column names, or `null` where the kind has none (discover, unsupported, relation, generate) or the role cannot be resolved.",
          "- A baseline/follow-up pair named without a version (`rev_pre`/`rev_post`, `yield before`/`yield after`, `jobs_bl`/`jobs_12m`): the follow-up column is the outcome; the baseline appears only when the question says to adjust for it.",
          "- `clarify: true` when the question names something the data lacks (loyalty discount, LED lighting, semen quality), is ambiguous between parallel/near-synonym columns (30d vs 90d, weekday vs weekend, rate vs ratio, v1 vs v2, Q1 vs Q4), or leaves the direction unstated; the unresolved role is `null`.",
          "- `covariates` only when the question says adjust/control/hold fixed; `instrument` only when a column is named as an instrument; `estimand` `att` for \"among those that took it up / for the treated\", `atc` for \"those without / that never did\".",
          "- Subgroup or value conditions are `cate` with `at` (numbers for numeric/binary, level strings for categoricals); effect-variation / \"for whom is it largest\" questions are `cate` without `at`.",
          "- Policy: `treatment` is the action column, `outcome` the goal column.",
          "- Audit: `treatment` is the attribute as a short phrase, `outcome` the shortest noun phrase the question uses for the decision.",
          "- `columns` lists all of the dataset's columns in dataset order; `null` for `\"dataset\": \"none\"`.", ""]
    with open("README.md", "w") as f:
        f.write("\n".join(L))

if __name__ == "__main__":
    main()
