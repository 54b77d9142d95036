import os
OUT = os.path.dirname(os.path.abspath(__file__))

import json
import random
import subprocess
from collections import Counter

TAG = "h23"
SPLIT = "test"
ORIGIN = "heldout23"
SEED = 23023

ID, BIN, NUM, CAT, DATE, TEXT = "id", "binary", "numeric", "categorical", "date", "text"


def C(t, values):
    return {"type": t, "values": values}


D = {}

D["h23_bandy_clubs"] = {
    "description": "Season-level records for bandy clubs (Nordic ice sport): rink type, coaching, training load, injuries, results, attendance and relegation.",
    "columns": {
        "club_id": C(ID, ["BDY001", "BDY002", "BDY003"]),
        "div": C(CAT, ["elitserien", "allsvenskan", "div1"]),
        "rink_art": C(BIN, [0, 1, 1]),
        "sq_size": C(NUM, [18, 22, 25]),
        "coach_lic": C(BIN, [1, 0, 1]),
        "strn_hrs_wk": C(NUM, [2.0, 3.5, 5.0]),
        "inj_pre": C(NUM, [4, 7, 2]),
        "inj_post": C(NUM, [3, 6, 1]),
        "gd_bl": C(NUM, [-12, 4, 20]),
        "gd_s1": C(NUM, [-5, 9, 18]),
        "att_avg": C(NUM, [850, 2400, 4100]),
        "ticket_px": C(NUM, [80, 120, 160]),
        "spons_k": C(NUM, [300, 1200, 4500]),
        "youth_prog": C(BIN, [0, 1, 1]),
        "win_pct": C(NUM, [0.31, 0.55, 0.72]),
        "win_pct_v2": C(NUM, [0.29, 0.57, 0.70]),
        "relg_1y": C(BIN, [0, 0, 1]),
        "relg_3y": C(BIN, [0, 1, 1]),
    },
}

D["h23_disc_golf_courses"] = {
    "description": "Public disc golf courses: tee pads, league nights, fees, signage, rounds played, app ratings, member retention and erosion.",
    "columns": {
        "courseId": C(ID, ["DG-0101", "DG-0102", "DG-0103"]),
        "region": C(CAT, ["northeast", "midwest", "south", "west"]),
        "holeCount": C(NUM, [9, 18, 27]),
        "woodedPct": C(NUM, [10, 45, 80]),
        "proTeePads": C(BIN, [0, 1, 1]),
        "leagueNight": C(BIN, [1, 0, 1]),
        "dailyFeeUsd": C(NUM, [0, 5, 10]),
        "signageUpgrade": C(BIN, [0, 1, 0]),
        "roundsPerWkPre": C(NUM, [40, 120, 310]),
        "roundsPerWkPost": C(NUM, [55, 140, 290]),
        "ratingUdisc": C(NUM, [3.2, 4.1, 4.7]),
        "ratingUdiscV2": C(NUM, [3.0, 4.2, 4.8]),
        "memberRetention30d": C(NUM, [0.62, 0.80, 0.91]),
        "memberRetention90d": C(NUM, [0.41, 0.63, 0.77]),
        "erosionScore": C(NUM, [1, 3, 5]),
        "volunteerHrs": C(NUM, [0, 12, 60]),
        "tournamentsHosted": C(NUM, [0, 2, 6]),
    },
}

D["h23_pickleball_leagues"] = {
    "description": "Players in community pickleball leagues: clinics, paddles, match load, DUPR ratings, skill assessments, elbow injuries, dropout and dues.",
    "columns": {
        "playerId": C(ID, ["P-20931", "P-20932", "P-20933"]),
        "leagueTier": C(CAT, ["recreational", "intermediate", "competitive"]),
        "ageYrs": C(NUM, [34, 58, 71]),
        "clinicAttended": C(BIN, [0, 1, 1]),
        "paddleType": C(CAT, ["composite", "graphite", "wood"]),
        "matchesPerWk": C(NUM, [1, 3, 6]),
        "duprRating": C(NUM, [2.9, 3.6, 4.4]),
        "duprRatingV2": C(NUM, [3.0, 3.5, 4.5]),
        "skillPre": C(NUM, [42, 55, 70]),
        "skillPost": C(NUM, [48, 61, 74]),
        "elbowInjury6m": C(BIN, [0, 1, 0]),
        "elbowInjury12m": C(BIN, [0, 1, 1]),
        "quit30d": C(BIN, [0, 0, 1]),
        "quit90d": C(BIN, [0, 1, 1]),
        "indoorCourt": C(BIN, [1, 0, 1]),
        "duesUsd": C(NUM, [0, 40, 120]),
        "warmupMins": C(NUM, [0, 5, 15]),
    },
}

D["h23_wheelwrights"] = {
    "description": "Nineteenth-century wheelwright shops: apprentices, steam bending, timber, guild membership, wheel output before/after, breakage, income, railway access and closure.",
    "columns": {
        "shop": C(ID, ["W-017", "W-018", "W-019"]),
        "county": C(CAT, ["Devon", "Kent", "Yorkshire", "Norfolk"]),
        "apprentices": C(NUM, [0, 2, 4]),
        "steam": C(BIN, [0, 1, 0]),
        "timber": C(CAT, ["oak", "ash", "elm"]),
        "guild": C(BIN, [1, 0, 1]),
        "wheels before": C(NUM, [40, 95, 150]),
        "wheels after": C(NUM, [45, 110, 170]),
        "breakage": C(NUM, [0.02, 0.06, 0.11]),
        "income": C(NUM, [60, 140, 310]),
        "earnings": C(NUM, [58, 150, 295]),
        "closed in 5 years": C(BIN, [0, 1, 0]),
        "closed in 10 years": C(BIN, [0, 1, 1]),
        "railway": C(BIN, [0, 1, 1]),
        "distance": C(NUM, [1.5, 6.0, 14.0]),
        "experience": C(NUM, [5, 18, 32]),
        "orders": C(NUM, [20, 65, 140]),
    },
}

D["h23_clockmakers"] = {
    "description": "Historical clockmaking workshops: city, escapement design, apprentices, imported brass, powered lathes, timekeeping drift, output, prices, repair returns and long-run survival.",
    "columns": {
        "MAKER_ID": C(ID, ["CM1001", "CM1002", "CM1003"]),
        "CITY": C(CAT, ["LONDON", "GENEVA", "NUREMBERG", "BOSTON"]),
        "ESCAPEMENT": C(CAT, ["VERGE", "ANCHOR", "DEADBEAT"]),
        "APPR_CNT": C(NUM, [0, 2, 5]),
        "BRASS_IMPORT": C(BIN, [0, 1, 1]),
        "GUILD_MBR": C(BIN, [1, 1, 0]),
        "DRIFT_SEC_DAY": C(NUM, [4.0, 15.5, 60.0]),
        "DRIFT_SEC_DAY_V2": C(NUM, [3.8, 16.1, 58.2]),
        "OUTPUT_PRE": C(NUM, [12, 30, 75]),
        "OUTPUT_POST": C(NUM, [14, 41, 90]),
        "PRICE_GBP": C(NUM, [8, 25, 120]),
        "RETURNS_6M": C(NUM, [0, 2, 6]),
        "RETURNS_12M": C(NUM, [1, 4, 9]),
        "YRS_TRADE": C(NUM, [3, 15, 40]),
        "LATHE_POWER": C(BIN, [0, 1, 0]),
        "WORKSHOP_SZ": C(NUM, [2, 6, 14]),
        "SURVIVE_20Y": C(BIN, [1, 0, 1]),
    },
}

D["h23_independent_booksellers"] = {
    "description": "Independent bookshops: cafe, author events, loyalty scheme, staff-picks shelves, store size, revenue before/after, foot traffic, basket size, repeat purchase and closure.",
    "columns": {
        "storeId": C(ID, ["BK-311", "BK-312", "BK-313"]),
        "urbanicity": C(CAT, ["urban", "suburban", "rural"]),
        "hasCafe": C(BIN, [0, 1, 0]),
        "authorEvents": C(NUM, [0, 2, 6]),
        "loyaltyProgram": C(BIN, [1, 0, 1]),
        "staffPicksShelf": C(BIN, [1, 1, 0]),
        "sqFt": C(NUM, [600, 1500, 4000]),
        "revenuePre": C(NUM, [18.5, 42.0, 95.0]),
        "revenuePost": C(NUM, [20.1, 45.3, 99.8]),
        "footTraffic": C(NUM, [60, 210, 540]),
        "basketSize": C(NUM, [1.4, 2.1, 3.0]),
        "avgTransaction": C(NUM, [18.0, 27.5, 41.0]),
        "repeatRate30d": C(NUM, [0.12, 0.25, 0.40]),
        "repeatRate90d": C(NUM, [0.30, 0.46, 0.62]),
        "onlineOrders": C(NUM, [0, 35, 220]),
        "ownerYrs": C(NUM, [1, 9, 27]),
        "closedWithin2y": C(BIN, [0, 0, 1]),
    },
}

D["h23_cideries"] = {
    "description": "Craft cideries: region, apple varieties, wild fermentation, oak ageing, fermentation temperature, ABV, sulphites, taste scores, sales, spoilage and certification.",
    "columns": {
        "cidery_id": C(ID, ["CID-07", "CID-08", "CID-09"]),
        "region": C(CAT, ["herefordshire", "normandy", "asturias", "vermont"]),
        "apple_var": C(CAT, ["bittersweet", "bittersharp", "sharp", "sweet"]),
        "wild_ferm": C(BIN, [1, 0, 1]),
        "oak_aged": C(BIN, [0, 1, 0]),
        "ferm_temp_c": C(NUM, [10, 14, 18]),
        "abv_pct": C(NUM, [4.5, 6.2, 8.0]),
        "sulphite_ppm": C(NUM, [0, 50, 150]),
        "taste_score": C(NUM, [71, 84, 92]),
        "taste_score_v2": C(NUM, [69, 85, 93]),
        "sales_pre": C(NUM, [12000, 45000, 160000]),
        "sales_post": C(NUM, [13500, 47000, 171000]),
        "spoil_30d": C(BIN, [0, 1, 0]),
        "spoil_90d": C(BIN, [0, 1, 1]),
        "tasting_room": C(BIN, [1, 0, 1]),
        "orchard_ha": C(NUM, [0, 4.5, 22.0]),
        "organic_cert": C(BIN, [0, 1, 0]),
    },
}

D["h23_meaderies"] = {
    "description": "Commercial meaderies: honey source, nutrient regime, yeast strain, fermentation time and temperature, off-flavours, competition scores, revenue, mead club size and marketing.",
    "columns": {
        "MEADERY_ID": C(ID, ["MD-201", "MD-202", "MD-203"]),
        "HONEY_SRC": C(CAT, ["WILDFLOWER", "CLOVER", "BUCKWHEAT", "ORANGE_BLOSSOM"]),
        "NUTRIENT_ADD": C(BIN, [1, 0, 1]),
        "YEAST": C(CAT, ["D47", "71B", "EC1118"]),
        "FERM_DAYS": C(NUM, [21, 45, 90]),
        "FERM_TEMP_F": C(NUM, [60, 68, 75]),
        "OFF_FLAVOR_7D": C(BIN, [0, 1, 0]),
        "OFF_FLAVOR_30D": C(BIN, [0, 1, 1]),
        "JUDGE_SCORE": C(NUM, [28, 36, 44]),
        "JUDGE_SCORE_ADJ": C(NUM, [27.5, 36.8, 43.1]),
        "REV_BL": C(NUM, [80000, 210000, 640000]),
        "REV_12M": C(NUM, [86000, 230000, 655000]),
        "CLUB_MEMBERS": C(NUM, [0, 150, 900]),
        "MARKETING_SPEND": C(NUM, [2000, 15000, 60000]),
        "SULFITE_FREE": C(BIN, [0, 1, 0]),
        "STAFF": C(NUM, [2, 7, 25]),
    },
}

D["h23_macadamia_orchards"] = {
    "description": "Macadamia orchard blocks: cultivar, irrigation, N and K fertiliser, beehive density, tree age, altitude, nut-in-shell yield, kernel recovery, nut borer damage, hedging and rainfall.",
    "columns": {
        "blk_id": C(ID, ["MAC-A12", "MAC-A13", "MAC-B01"]),
        "cv": C(CAT, ["HAES_344", "HAES_741", "A4", "A16"]),
        "irr": C(BIN, [1, 0, 1]),
        "n_kg_ha": C(NUM, [60, 120, 200]),
        "k_kg_ha": C(NUM, [40, 90, 160]),
        "bee_hv_ha": C(NUM, [0, 2, 5]),
        "tree_age": C(NUM, [6, 14, 30]),
        "alt_m": C(NUM, [200, 550, 900]),
        "yld_t_ha_bl": C(NUM, [2.1, 3.4, 4.8]),
        "yld_t_ha_y2": C(NUM, [2.4, 3.6, 5.1]),
        "kr_pct": C(NUM, [28, 33, 39]),
        "kr_pct_v2": C(NUM, [27.5, 33.2, 38.4]),
        "borer_3m": C(BIN, [0, 1, 0]),
        "borer_12m": C(BIN, [0, 1, 1]),
        "prune": C(BIN, [1, 0, 1]),
        "rain_mm": C(NUM, [900, 1300, 1900]),
        "area_ha": C(NUM, [1.2, 4.0, 11.5]),
    },
}

D["h23_teff_farms"] = {
    "description": "Smallholder teff farms in Ethiopia: zone, variety, row planting vs broadcasting, seed rate, fertiliser, extension visits, rainfall, lodging, yields, income, food security and cooperative membership.",
    "columns": {
        "farm": C(ID, ["TF-5501", "TF-5502", "TF-5503"]),
        "zone": C(CAT, ["tigray", "amhara", "oromia", "snnp"]),
        "variety": C(CAT, ["quncho", "local", "kora"]),
        "row planting": C(BIN, [0, 1, 1]),
        "seed rate": C(NUM, [5, 15, 30]),
        "fertiliser": C(NUM, [0, 100, 200]),
        "extension visits": C(NUM, [0, 2, 6]),
        "rainfall": C(NUM, [700, 1050, 1400]),
        "lodging": C(NUM, [5, 25, 60]),
        "yield before": C(NUM, [8, 13, 19]),
        "yield after": C(NUM, [9, 15, 22]),
        "income": C(NUM, [9000, 21000, 48000]),
        "revenue": C(NUM, [11000, 26000, 55000]),
        "food secure 3 months": C(BIN, [1, 0, 1]),
        "food secure 12 months": C(BIN, [0, 0, 1]),
        "plot size": C(NUM, [0.25, 0.5, 1.5]),
        "cooperative": C(BIN, [0, 1, 1]),
    },
}

D["h23_pomegranate_orchards"] = {
    "description": "Pomegranate orchards: cultivar, drip irrigation, kaolin and calcium sprays, water applied, heat, fruit cracking and sunburn, yield, Brix, export grade and storage rot.",
    "columns": {
        "ORCHARD_ID": C(ID, ["PG-044", "PG-045", "PG-046"]),
        "CULTIVAR": C(CAT, ["WONDERFUL", "BHAGWA", "HICAZ", "MOLLAR"]),
        "DRIP_IRR": C(BIN, [1, 0, 1]),
        "KAOLIN_SPRAY": C(BIN, [0, 1, 1]),
        "CA_SPRAY": C(BIN, [1, 0, 0]),
        "IRR_MM": C(NUM, [350, 600, 900]),
        "TEMP_MAX_C": C(NUM, [33, 38, 43]),
        "CRACK_PCT": C(NUM, [3, 9, 22]),
        "CRACK_RATE": C(NUM, [0.03, 0.10, 0.21]),
        "SUNBURN_PCT": C(NUM, [2, 11, 30]),
        "YIELD_PRE": C(NUM, [12, 20, 31]),
        "YIELD_POST": C(NUM, [14, 23, 33]),
        "BRIX": C(NUM, [14.5, 16.2, 18.0]),
        "EXPORT_GRADE_PCT": C(NUM, [40, 62, 81]),
        "ROT_STORE_30D": C(NUM, [1, 4, 9]),
        "ROT_STORE_60D": C(NUM, [3, 8, 17]),
        "TREE_AGE": C(NUM, [4, 9, 18]),
    },
}

D["h23_chikungunya"] = {
    "description": "District-week surveillance of chikungunya outbreaks and mosquito control: fogging, larval source management, repellents, Wolbachia, Breteau index, cases, attack rates, weather and health-worker visits.",
    "columns": {
        "dist_id": C(ID, ["D-014", "D-015", "D-016"]),
        "wk": C(DATE, ["2024-03-04", "2024-03-11", "2024-03-18"]),
        "urb": C(CAT, ["urban", "periurban", "rural"]),
        "ulv_spray": C(BIN, [1, 0, 1]),
        "lsm": C(BIN, [0, 1, 1]),
        "rpl_dist": C(BIN, [0, 0, 1]),
        "wolb": C(BIN, [0, 1, 0]),
        "bi_pre": C(NUM, [8, 22, 45]),
        "bi_post": C(NUM, [5, 18, 40]),
        "chik_cases_4w": C(NUM, [0, 37, 410]),
        "chik_cases_12w": C(NUM, [3, 120, 1300]),
        "attack_rate": C(NUM, [0.2, 3.5, 12.0]),
        "attack_ratio": C(NUM, [0.002, 0.035, 0.12]),
        "rain_mm": C(NUM, [20, 110, 260]),
        "temp_c": C(NUM, [24, 28, 32]),
        "pop_dens": C(NUM, [150, 2200, 11000]),
        "chw_visits": C(NUM, [0, 40, 180]),
        "chr_arthr_pct": C(NUM, [10, 25, 48]),
    },
}

D["h23_head_lice"] = {
    "description": "Schoolchildren treated for head lice: school type, age, hair length, permethrin, dimeticone, wet combing, no-nit policies, infestation at day 7/14, nit counts, school absence and itch.",
    "columns": {
        "childId": C(ID, ["HL-9001", "HL-9002", "HL-9003"]),
        "schoolType": C(CAT, ["public", "private", "charter"]),
        "gradeLevel": C(NUM, [1, 3, 5]),
        "ageYrs": C(NUM, [6, 8, 11]),
        "hairLength": C(CAT, ["short", "medium", "long"]),
        "permethrinTx": C(BIN, [1, 0, 0]),
        "dimeticoneTx": C(BIN, [0, 1, 0]),
        "wetCombing": C(BIN, [1, 1, 0]),
        "noNitPolicy": C(BIN, [0, 1, 1]),
        "householdSize": C(NUM, [3, 5, 8]),
        "infestedDay7": C(BIN, [1, 0, 0]),
        "infestedDay14": C(BIN, [0, 0, 1]),
        "nitCountPre": C(NUM, [12, 40, 95]),
        "nitCountPost": C(NUM, [0, 8, 30]),
        "missedSchoolDays": C(NUM, [0, 2, 6]),
        "absenceDays": C(NUM, [0, 3, 7]),
        "scalpItch": C(NUM, [0, 4, 9]),
    },
}

D["h23_foot_rot_sheep"] = {
    "description": "Sheep flocks managed for foot rot: breed, footbathing, vaccination, antibiotics, culling, trimming, rainfall, stocking, lameness before/after, lamb and weaning weights, recovery and pasture type.",
    "columns": {
        "flock": C(ID, ["FL-301", "FL-302", "FL-303"]),
        "breed": C(CAT, ["merino", "texel", "suffolk", "romney"]),
        "footbathing": C(BIN, [1, 0, 1]),
        "vaccination": C(BIN, [0, 1, 1]),
        "antibiotic": C(BIN, [1, 1, 0]),
        "culling": C(BIN, [0, 1, 0]),
        "trimming": C(BIN, [1, 0, 0]),
        "rainfall": C(NUM, [600, 900, 1400]),
        "stocking": C(NUM, [6, 10, 15]),
        "lameness before": C(NUM, [3.0, 8.5, 16.0]),
        "lameness after": C(NUM, [1.5, 5.0, 12.0]),
        "lamb weight": C(NUM, [28, 34, 41]),
        "weaning weight": C(NUM, [26, 33, 40]),
        "recovered 2 weeks": C(NUM, [0.40, 0.65, 0.85]),
        "recovered 6 weeks": C(NUM, [0.70, 0.88, 0.97]),
        "flock size": C(NUM, [120, 450, 1800]),
        "pasture": C(CAT, ["lowland", "upland", "hill"]),
    },
}

D["h23_b12_older_adults"] = {
    "description": "Adults aged 65+ in a vitamin B12 cohort: injections, oral dose, PPI and metformin use, serum B12, MMA, homocysteine, cognition (MoCA), neuropathy, falls and haemoglobin.",
    "columns": {
        "pid": C(ID, ["B12-00041", "B12-00042", "B12-00043"]),
        "age": C(NUM, [67, 74, 86]),
        "sex": C(CAT, ["F", "M"]),
        "b12_im": C(BIN, [0, 1, 0]),
        "b12_oral_ug": C(NUM, [0, 500, 1000]),
        "ppi": C(BIN, [1, 0, 0]),
        "metf": C(BIN, [0, 0, 1]),
        "b12_pmol_bl": C(NUM, [110, 180, 320]),
        "b12_pmol_6m": C(NUM, [150, 260, 410]),
        "mma_umol": C(NUM, [0.21, 0.38, 0.75]),
        "hcy_umol": C(NUM, [9.5, 14.0, 22.0]),
        "moca_bl": C(NUM, [19, 24, 28]),
        "moca_12m": C(NUM, [20, 25, 28]),
        "pn_sx": C(BIN, [0, 1, 1]),
        "falls_6m": C(NUM, [0, 1, 3]),
        "falls_12m": C(NUM, [0, 2, 4]),
        "hb_gdl": C(NUM, [10.9, 12.6, 14.1]),
        "hgb": C(NUM, [109, 126, 141]),
    },
}

Q = []


def q(ds, text, kind, t=None, y=None, m=None, s="m", **kw):
    """s: style tag (m=machine/identifiers, n=natural paraphrase, t=terse/typo/lowercase, o=other wording)."""
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    assert not kw, kw
    cols = list(D[ds]["columns"].keys()) if ds != "none" else None
    Q.append({"question": text, "dataset": ds, "columns": cols, "split": SPLIT,
              "origin": ORIGIN, "expected": exp, "_style": s})


# ---------------------------------------------------------------- bandy
d = "h23_bandy_clubs"
q(d, "Estimate the average treatment effect of `rink_art` on `gd_s1`, adjusting for `div` and `spons_k`.", "ate", "rink_art", "gd_s1", covariates=["div", "spons_k"])
q(d, "Does putting in more gym hours per week actually cut injuries once squad size is held fixed, or is that link just confounding?", "ate", "strn_hrs_wk", "inj_post", s="n", covariates=["sq_size"])
q(d, "ate of coach_lic on win_pct_v2", "ate", "coach_lic", "win_pct_v2", s="t")
q(d, "Having a properly qualified head coach - what does that do to a club's chances of going down a division next season?", "ate", "coach_lic", "relg_1y", s="n")
q(d, "Is goal difference improved by running a youth academy?", "ate", "youth_prog", "gd_s1", s="o")
q(d, "Among clubs that built an artificial ice surface, how much did it raise the average crowd? I want the effect on the treated clubs.", "ate", "rink_art", "att_avg", s="n", estimand="att")
q(d, "Does a licensed coach lower the relegation risk?", "ate", "coach_lic", None, s="n", clarify=True)
q(d, "effect of ticket_px on att_avg, control for div + rink_art", "ate", "ticket_px", "att_avg", s="t", covariates=["div", "rink_art"])
q(d, "What is the effect of `youth_prog` on `gd_s1` among clubs with `div` = 'allsvenskan'?", "cate", "youth_prog", "gd_s1", at={"div": "allsvenskan"})
q(d, "For clubs still playing on natural ice, does extra strength work reduce the number of injured players?", "cate", "strn_hrs_wk", "inj_post", s="n", at={"rink_art": 0})
q(d, "how does the effect of coach_lic on win_pct vary across squad sizes", "cate", "coach_lic", "win_pct", s="t")
q(d, "Under the condition that the squad has 22 players, what would an artificial rink do to goal difference?", "cate", "rink_art", "gd_s1", s="o", at={"sq_size": 22})
q(d, "Which clubs should the federation prioritise for artificial-rink grants to get the biggest gain in goal difference?", "policy", "rink_art", "gd_s1", s="n")
q(d, "Targeting rule: assign `youth_prog` to maximise `att_avg`. Which clubs benefit enough to be treated?", "policy", "youth_prog", "att_avg")
q(d, "who should get a licenced coach to avoid relegation within 3 yrs", "policy", "coach_lic", "relg_3y", s="t")
q(d, "How much of the effect of `strn_hrs_wk` on `win_pct_v2` is mediated through `inj_post`?", "mediation", "strn_hrs_wk", "win_pct_v2", "inj_post")
q(d, "Sponsor money works by paying for an artificial rink, which then pulls in bigger crowds. How much of the sponsorship effect on attendance runs through the rink?", "mediation", "spons_k", "att_avg", "rink_art", s="n")
q(d, "Learn the causal graph among the club variables in h23_bandy_clubs.", "discover")
q(d, "Which of these bandy club measures drive which others? Work out the dependency structure from the data.", "discover", s="n")
q(d, "Plot average attendance by division as a bar chart.", "unsupported", s="o")

# ---------------------------------------------------------------- disc golf
d = "h23_disc_golf_courses"
q(d, "Estimate the ATE of proTeePads on roundsPerWkPost controlling for holeCount, woodedPct and region.", "ate", "proTeePads", "roundsPerWkPost", covariates=["holeCount", "woodedPct", "region"])
q(d, "Do concrete tee pads stop the ground around the tees from wearing away?", "ate", "proTeePads", "erosionScore", s="n")
q(d, "does running a weekly league night bring more golfers out", "ate", "leagueNight", "roundsPerWkPost", s="t")
q(d, "Effect of the daily fee (`dailyFeeUsd`) on `memberRetention90d`.", "ate", "dailyFeeUsd", "memberRetention90d")
q(d, "Is the number of rounds played affected by better signs on the course?", "ate", "signageUpgrade", "roundsPerWkPost", s="o")
q(d, "Does league night improve the course's rating?", "ate", "leagueNight", None, s="n", clarify=True)
q(d, "For the courses that did hold league nights, what was the effect on 30-day member retention?", "ate", "leagueNight", "memberRetention30d", s="n", estimand="att")
q(d, "ate: volunteer hrs -> erosion, adj wooded pct", "ate", "volunteerHrs", "erosionScore", s="t", covariates=["woodedPct"])
q(d, "Effect of proTeePads on erosionScore where region = 'south'.", "cate", "proTeePads", "erosionScore", at={"region": "south"})
q(d, "For 18-hole layouts, what does new wayfinding signage do to weekly play?", "cate", "signageUpgrade", "roundsPerWkPost", s="n", at={"holeCount": 18})
q(d, "Which kinds of courses see the largest boost in ratingUdiscV2 from hosting tournaments?", "cate", "tournamentsHosted", "ratingUdiscV2")
q(d, "when the daily fee is $5, how much does a league night change 90 day retention", "cate", "leagueNight", "memberRetention90d", s="t", at={"dailyFeeUsd": 5})
q(d, "Which courses should the parks department upgrade with tee pads to maximise rounds played?", "policy", "proTeePads", "roundsPerWkPost", s="n")
q(d, "Allocation rule for `signageUpgrade` to maximise `memberRetention90d`: which courses first?", "policy", "signageUpgrade", "memberRetention90d")
q(d, "who to target w/ league nights for best member retention", "policy", "leagueNight", None, s="t", clarify=True)
q(d, "Tee pads work by cutting erosion, which in turn makes the course more playable and lifts the rounds played. How much of the pad effect goes through erosion?", "mediation", "proTeePads", "roundsPerWkPost", "erosionScore", s="n")
q(d, "Decompose the effect of leagueNight on memberRetention90d into direct and indirect parts via roundsPerWkPost.", "mediation", "leagueNight", "memberRetention90d", "roundsPerWkPost")
q(d, "Recover the causal structure among course features, fees and play in h23_disc_golf_courses.", "discover")
q(d, "Predict next month's rounds per week for each course.", "unsupported", s="n")

# ---------------------------------------------------------------- pickleball
d = "h23_pickleball_leagues"
q(d, "What is the average effect of `clinicAttended` on `skillPost`, controlling for `skillPre` and `ageYrs`?", "ate", "clinicAttended", "skillPost", covariates=["skillPre", "ageYrs"])
q(d, "Do longer warm-ups protect players against a sore elbow over the following year?", "ate", "warmupMins", "elbowInjury12m", s="n")
q(d, "Does playing more matches each week make people drop out of the league in the first month?", "ate", "matchesPerWk", "quit30d", s="n")
q(d, "ate clinicAttended -> duprRatingV2", "ate", "clinicAttended", "duprRatingV2", s="t")
q(d, "Is quitting within 90 days caused by higher dues, or is the association explained away by league tier?", "ate", "duesUsd", "quit90d", s="o", covariates=["leagueTier"])
q(d, "For players who went to a coaching clinic, what did the clinic do to their skill? (effect on the treated)", "ate", "clinicAttended", "skillPost", s="n", estimand="att")
q(d, "Does switching paddle type cause elbow injuries?", "ate", "paddleType", None, s="n", clarify=True)
q(d, "effect of playing indoors on skill, holding age fixed", "ate", "indoorCourt", "skillPost", s="t", covariates=["ageYrs"])
q(d, "Effect of clinicAttended on skillPost for leagueTier = 'competitive'.", "cate", "clinicAttended", "skillPost", at={"leagueTier": "competitive"})
q(d, "Among 65-year-old players, does warming up longer reduce elbow injuries within 12 months?", "cate", "warmupMins", "elbowInjury12m", s="n", at={"ageYrs": 65})
q(d, "who gains most from coaching clinics in terms of dupr v2?", "cate", "clinicAttended", "duprRatingV2", s="t")
q(d, "for those using graphite paddles, effect of matches per week on quitting within 90 days", "cate", "matchesPerWk", "quit90d", s="t", at={"paddleType": "graphite"})
q(d, "Which players should the league offer free clinics to, so that skill gains are as large as possible?", "policy", "clinicAttended", "skillPost", s="n")
q(d, "Design a rule for who should be moved to indoor courts to minimise 90-day quitting.", "policy", "indoorCourt", "quit90d", s="o")
q(d, "targeting: warmupMins assignment to cut elbowInjury6m", "policy", "warmupMins", "elbowInjury6m", s="t")
q(d, "Clinics help because players then play more often, which lifts their skill. What share of the clinicAttended effect on skillPost runs through matchesPerWk?", "mediation", "clinicAttended", "skillPost", "matchesPerWk")
q(d, "direct vs indirect effect of duesUsd on quit90d through matchesPerWk", "mediation", "duesUsd", "quit90d", "matchesPerWk", s="t")
q(d, "Discover the causal graph among the pickleball league variables.", "discover", s="o")
q(d, "Write a SQL query that returns the average duprRating per leagueTier.", "unsupported")

# ---------------------------------------------------------------- wheelwrights
d = "h23_wheelwrights"
q(d, "Estimate the effect of `steam` on `wheels after`, adjusting for `apprentices` and `experience`.", "ate", "steam", "wheels after", covariates=["apprentices", "experience"])
q(d, "Did taking on more lads to train raise how many wheels a shop turned out?", "ate", "apprentices", "wheels after", s="n")
q(d, "Did guild membership make the masters better off financially?", "ate", "guild", None, s="n", clarify=True)
q(d, "Did the arrival of the railway put wheelwrights out of business?", "ate", "railway", None, s="n", clarify=True)
q(d, "Are wheels from shops that bent their felloes with steam less likely to break?", "ate", "steam", "breakage", s="n")
q(d, "Using `distance` as an instrument, what is the effect of `orders` on `income`?", "ate", "orders", "income", instrument="distance")
q(d, "For shops that joined the guild, how did membership change the chance of closing within 10 years?", "ate", "guild", "closed in 10 years", s="o", estimand="att")
q(d, "effect of timber on breakage, control county", "ate", "timber", "breakage", s="t", covariates=["county"])
q(d, "What did steam bending do to output in shops where timber = 'ash'?", "cate", "steam", "wheels after", s="o", at={"timber": "ash"})
q(d, "Effect of `railway` on `closed in 5 years` for shops with 2 apprentices.", "cate", "railway", "closed in 5 years", at={"apprentices": 2})
q(d, "How does the payoff of guild membership in income differ by how many years the master had been working?", "cate", "guild", "income", s="n")
q(d, "among shops in devon - effect of steam on wheels after", "cate", "steam", "wheels after", s="t", at={"county": "Devon"})
q(d, "Which shops should a lender finance steam-bending equipment for, to maximise output?", "policy", "steam", "wheels after", s="n")
q(d, "rule for which masters should take on an apprentice to boost earnings", "policy", "apprentices", "earnings", s="t")
q(d, "Allocate guild subsidies (`guild`) to minimise `closed in 10 years`.", "policy", "guild", "closed in 10 years")
q(d, "Steam bending works by cutting breakage, which then raises income. How much of the steam effect on income is through breakage?", "mediation", "steam", "income", "breakage", s="o")
q(d, "How much of the railway's effect on earnings goes through orders?", "mediation", "railway", "earnings", "orders")
q(d, "Infer the causal structure connecting apprentices, steam, timber, guild, railway, orders and output in the wheelwright data.", "discover")
q(d, "Find out what influences what among the wheelwright shop variables and draw me the DAG.", "discover", s="n")
q(d, "Clean the county names and remove duplicate shops.", "unsupported", s="o")

# ---------------------------------------------------------------- clockmakers
d = "h23_clockmakers"
q(d, "Estimate the average causal effect of LATHE_POWER on OUTPUT_POST, adjusting for OUTPUT_PRE and WORKSHOP_SZ.", "ate", "LATHE_POWER", "OUTPUT_POST", covariates=["OUTPUT_PRE", "WORKSHOP_SZ"])
q(d, "Do deadbeat escapements make clocks keep better time?", "ate", "ESCAPEMENT", None, s="n", clarify=True)
q(d, "ate of BRASS_IMPORT on RETURNS_12M", "ate", "BRASS_IMPORT", "RETURNS_12M", s="t")
q(d, "Does powered turning let a maker charge more for a clock?", "ate", "LATHE_POWER", "PRICE_GBP", s="n")
q(d, "Is a workshop's 20-year survival improved by guild membership, or is that just because guild members had been in the trade longer?", "ate", "GUILD_MBR", "SURVIVE_20Y", s="o", covariates=["YRS_TRADE"])
q(d, "effect of BRASS_IMPORT on DRIFT_SEC_DAY_V2 among makers who imported (att)", "ate", "BRASS_IMPORT", "DRIFT_SEC_DAY_V2", s="t", estimand="att")
q(d, "What is the effect of the escapement design (`ESCAPEMENT`) on `DRIFT_SEC_DAY`, controlling for `CITY`?", "ate", "ESCAPEMENT", "DRIFT_SEC_DAY", covariates=["CITY"])
q(d, "Do makers who trained more apprentices stay in business for twenty years?", "ate", "APPR_CNT", "SURVIVE_20Y", s="n")
q(d, "Within CITY = 'GENEVA', what's the effect of LATHE_POWER on OUTPUT_POST?", "cate", "LATHE_POWER", "OUTPUT_POST", at={"CITY": "GENEVA"})
q(d, "For anchor-escapement clocks, does imported brass reduce repairs in the first six months?", "cate", "BRASS_IMPORT", "RETURNS_6M", s="n", at={"ESCAPEMENT": "ANCHOR"})
q(d, "Effect heterogeneity: how does the effect of GUILD_MBR on PRICE_GBP vary with YRS_TRADE?", "cate", "GUILD_MBR", "PRICE_GBP")
q(d, "what would a powered lathe do to 12-month returns for a shop of 6 workers", "cate", "LATHE_POWER", "RETURNS_12M", s="t", at={"WORKSHOP_SZ": 6})
q(d, "Which makers should adopt powered lathes to raise output the most?", "policy", "LATHE_POWER", "OUTPUT_POST", s="n")
q(d, "Targeting policy: who should switch to imported brass (BRASS_IMPORT) to minimise RETURNS_12M?", "policy", "BRASS_IMPORT", "RETURNS_12M")
q(d, "Guild recruitment: which clockmakers should be invited to join so that as many as possible are still trading two decades on?", "policy", "GUILD_MBR", "SURVIVE_20Y", s="n")
q(d, "Imported brass lowers drift, and more accurate clocks then sell for more. How much of the brass effect on price is via DRIFT_SEC_DAY_V2?", "mediation", "BRASS_IMPORT", "PRICE_GBP", "DRIFT_SEC_DAY_V2", s="o")
q(d, "mediation: LATHE_POWER -> OUTPUT_POST -> SURVIVE_20Y, share indirect?", "mediation", "LATHE_POWER", "SURVIVE_20Y", "OUTPUT_POST", s="t")
q(d, "Which variables in the clockmaker workshops cause which? Work out the causal ordering.", "discover", s="n")
q(d, "Give me the mean and standard deviation of PRICE_GBP by CITY.", "unsupported")

# ---------------------------------------------------------------- booksellers
d = "h23_independent_booksellers"
q(d, "Estimate the ATE of `hasCafe` on `revenuePost`, controlling for `revenuePre`, `sqFt` and `urbanicity`.", "ate", "hasCafe", "revenuePost", covariates=["revenuePre", "sqFt", "urbanicity"])
q(d, "Does a loyalty programme bring customers back?", "ate", "loyaltyProgram", None, s="n", clarify=True)
q(d, "Do author readings pull more people through the door?", "ate", "authorEvents", "footTraffic", s="n")
q(d, "ate staffPicksShelf on basketSize", "ate", "staffPicksShelf", "basketSize", s="t")
q(d, "Is closure within two years less likely for shops with a cafe?", "ate", "hasCafe", "closedWithin2y", s="o")
q(d, "What would a loyalty scheme have done for the shops that don't run one, in terms of 90-day repeat rate?", "ate", "loyaltyProgram", "repeatRate90d", s="n", estimand="atc")
q(d, "effect of author events on revenue, adj for store size & owner experience", "ate", "authorEvents", "revenuePost", s="t", covariates=["sqFt", "ownerYrs"])
q(d, "How much does having a cafe increase what customers spend per visit?", "ate", "hasCafe", None, s="n", clarify=True)
q(d, "Effect of loyaltyProgram on repeatRate30d for urbanicity = 'rural'.", "cate", "loyaltyProgram", "repeatRate30d", at={"urbanicity": "rural"})
q(d, "In a 1500 sq ft shop, what does a staff-recommendations shelf do to monthly takings?", "cate", "staffPicksShelf", "revenuePost", s="n", at={"sqFt": 1500})
q(d, "For which stores is the cafe's effect on foot traffic strongest?", "cate", "hasCafe", "footTraffic", s="n")
q(d, "under the condition that the store has a cafe, how do author events affect avgTransaction", "cate", "authorEvents", "avgTransaction", s="t", at={"hasCafe": 1})
q(d, "Which bookshops should get a grant to host author events, to maximise revenue?", "policy", "authorEvents", "revenuePost", s="n")
q(d, "Who should launch a loyaltyProgram in order to reduce closedWithin2y?", "policy", "loyaltyProgram", "closedWithin2y")
q(d, "targeting rule hasCafe -> footTraffic", "policy", "hasCafe", "footTraffic", s="t")
q(d, "A cafe draws more people in, and the extra foot traffic then lifts sales. What fraction of the cafe's effect on revenuePost is mediated by footTraffic?", "mediation", "hasCafe", "revenuePost", "footTraffic", s="o")
q(d, "Natural direct and indirect effects of loyaltyProgram on closedWithin2y via repeatRate90d.", "mediation", "loyaltyProgram", "closedWithin2y", "repeatRate90d")
q(d, "Learn the structure of cause-and-effect relationships among the bookstore variables.", "discover", s="n")
q(d, "Forecast online orders for the holiday season.", "unsupported", s="n")

# ---------------------------------------------------------------- cideries
d = "h23_cideries"
q(d, "Estimate the effect of `wild_ferm` on `spoil_90d`, adjusting for `sulphite_ppm` and `ferm_temp_c`.", "ate", "wild_ferm", "spoil_90d", covariates=["sulphite_ppm", "ferm_temp_c"])
q(d, "Does oak ageing make cider taste better?", "ate", "oak_aged", None, s="n", clarify=True)
q(d, "Does opening a tasting room grow sales?", "ate", "tasting_room", "sales_post", s="n")
q(d, "ate sulphite_ppm on spoil_30d", "ate", "sulphite_ppm", "spoil_30d", s="t")
q(d, "Are sales raised by organic certification, or is it only that organic cideries have bigger orchards?", "ate", "organic_cert", "sales_post", s="o", covariates=["orchard_ha"])
q(d, "How much does a cooler ferment change how strong the cider ends up?", "ate", "ferm_temp_c", "abv_pct", s="n")
q(d, "Among cideries that went for wild fermentation, what was its effect on taste_score_v2?", "ate", "wild_ferm", "taste_score_v2", estimand="att")
q(d, "whats the effect of apple variety on abv, controlling for region", "ate", "apple_var", "abv_pct", s="t", covariates=["region"])
q(d, "Effect of oak_aged on taste_score_v2 where apple_var = 'bittersweet'.", "cate", "oak_aged", "taste_score_v2", at={"apple_var": "bittersweet"})
q(d, "At a fermentation temperature of 12 °C, does wild fermentation raise the chance of a batch going off within 30 days?", "cate", "wild_ferm", "spoil_30d", s="n", at={"ferm_temp_c": 12})
q(d, "in normandy does a tasting room boost sales", "cate", "tasting_room", "sales_post", s="t", at={"region": "normandy"})
q(d, "How does the effect of sulphite dose on 90-day spoilage vary across regions?", "cate", "sulphite_ppm", "spoil_90d", s="o")
q(d, "Which cideries should be advised to use wild_ferm to maximise taste_score?", "policy", "wild_ferm", "taste_score")
q(d, "Where should a cellar door be opened to get the most extra sales?", "policy", "tasting_room", "sales_post", s="n")
q(d, "decide who should go organic (organic_cert) to maximise sales_post", "policy", "organic_cert", "sales_post", s="t")
q(d, "Oak ageing slowly raises the alcohol content, and the stronger cider then scores higher on taste_score. How much of oak's effect goes through abv_pct?", "mediation", "oak_aged", "taste_score", "abv_pct", s="o")
q(d, "direct/indirect: tasting_room -> taste_score_v2 -> sales_post", "mediation", "tasting_room", "sales_post", "taste_score_v2", s="t")
q(d, "Discover the causal DAG among the cidery variables.", "discover")
q(d, "What drives what among fermentation choices, strength, spoilage and sales for these cider makers?", "discover", s="n")
q(d, "Compute the correlation matrix of all numeric columns in the cidery data.", "unsupported")

# ---------------------------------------------------------------- meaderies
d = "h23_meaderies"
q(d, "Average causal effect of NUTRIENT_ADD on FERM_DAYS, adjusting for YEAST and FERM_TEMP_F.", "ate", "NUTRIENT_ADD", "FERM_DAYS", covariates=["YEAST", "FERM_TEMP_F"])
q(d, "Does feeding the yeast nutrients in stages cut down on off-flavours?", "ate", "NUTRIENT_ADD", None, s="n", clarify=True)
q(d, "Does spending more on advertising bring in more money over the next year?", "ate", "MARKETING_SPEND", "REV_12M", s="n")
q(d, "ate of SULFITE_FREE on OFF_FLAVOR_30D", "ate", "SULFITE_FREE", "OFF_FLAVOR_30D", s="t")
q(d, "Is the adjusted judging score influenced by the type of honey used?", "ate", "HONEY_SRC", "JUDGE_SCORE_ADJ", s="o")
q(d, "How much did staggered nutrients change JUDGE_SCORE_ADJ for the meaderies that actually used NUTRIENT_ADD?", "ate", "NUTRIENT_ADD", "JUDGE_SCORE_ADJ", estimand="att")
q(d, "Do meaderies with bigger mead clubs actually earn more, or is that just confounded by marketing spend?", "ate", "CLUB_MEMBERS", "REV_12M", s="n", covariates=["MARKETING_SPEND"])
q(d, "effect of ferm temp on 7 day off flavours, ctrl yeast strain", "ate", "FERM_TEMP_F", "OFF_FLAVOR_7D", s="t", covariates=["YEAST"])
q(d, "What is the effect of NUTRIENT_ADD on OFF_FLAVOR_7D at 68F?", "cate", "NUTRIENT_ADD", "OFF_FLAVOR_7D", at={"FERM_TEMP_F": 68})
q(d, "For buckwheat honey meads, does going sulfite-free change the adjusted judge score?", "cate", "SULFITE_FREE", "JUDGE_SCORE_ADJ", s="n", at={"HONEY_SRC": "BUCKWHEAT"})
q(d, "Which meaderies benefit most in 12-month revenue from marketing?", "cate", "MARKETING_SPEND", "REV_12M", s="n")
q(d, "effect of nutrient addition on JUDGE_SCORE for yeast 71B", "cate", "NUTRIENT_ADD", "JUDGE_SCORE", s="t", at={"YEAST": "71B"})
q(d, "Which meaderies should adopt staggered nutrient additions to minimise off-flavours at 30 days?", "policy", "NUTRIENT_ADD", "OFF_FLAVOR_30D", s="n")
q(d, "Allocate the marketing budget (MARKETING_SPEND) across meaderies to maximise REV_12M.", "policy", "MARKETING_SPEND", "REV_12M")
q(d, "who should go sulfite free to maximise club membership", "policy", "SULFITE_FREE", "CLUB_MEMBERS", s="t")
q(d, "Marketing grows the mead club, and club members then drive revenue. How much of MARKETING_SPEND's effect on REV_12M is through CLUB_MEMBERS?", "mediation", "MARKETING_SPEND", "REV_12M", "CLUB_MEMBERS", s="o")
q(d, "Nutrient additions shorten fermentation; is the gain in JUDGE_SCORE mediated by FERM_DAYS?", "mediation", "NUTRIENT_ADD", "JUDGE_SCORE", "FERM_DAYS")
q(d, "Estimate a causal graph over the meadery variables.", "discover")
q(d, "Translate the column names of the meadery table into French.", "unsupported", s="o")

# ---------------------------------------------------------------- macadamia
d = "h23_macadamia_orchards"
q(d, "Estimate the ATE of `irr` on `yld_t_ha_y2` controlling for `rain_mm`, `tree_age` and `cv`.", "ate", "irr", "yld_t_ha_y2", covariates=["rain_mm", "tree_age", "cv"])
q(d, "Do more beehives per hectare boost the nut harvest?", "ate", "bee_hv_ha", "yld_t_ha_y2", s="n")
q(d, "ate n_kg_ha on kr_pct_v2", "ate", "n_kg_ha", "kr_pct_v2", s="t")
q(d, "Does mechanical hedging reduce nut borer damage?", "ate", "prune", None, s="n", clarify=True)
q(d, "Is kernel recovery improved by potash fertiliser?", "ate", "k_kg_ha", None, s="o", clarify=True)
q(d, "For blocks that were hedged, how did pruning change year-2 yield?", "ate", "prune", "yld_t_ha_y2", s="n", estimand="att")
q(d, "effect of nitrogen on yield, adj tree age + altitude", "ate", "n_kg_ha", "yld_t_ha_y2", s="t", covariates=["tree_age", "alt_m"])
q(d, "Does watering the orchard blocks cut the borer problem over the following year?", "ate", "irr", "borer_12m", s="n")
q(d, "Effect of irr on yld_t_ha_y2 for cv = 'HAES_344'.", "cate", "irr", "yld_t_ha_y2", at={"cv": "HAES_344"})
q(d, "At 800 m above sea level, what do bee hives do to yield?", "cate", "bee_hv_ha", "yld_t_ha_y2", s="n", at={"alt_m": 800})
q(d, "How does the effect of hedging on kr_pct differ with tree age?", "cate", "prune", "kr_pct", s="o")
q(d, "for unirrigated blocks, effect of potassium (k_kg_ha) on kr_pct_v2", "cate", "k_kg_ha", "kr_pct_v2", s="t", at={"irr": 0})
q(d, "Which blocks should get irrigation installed first to maximise year-2 yield?", "policy", "irr", "yld_t_ha_y2", s="n")
q(d, "hive placement rule (bee_hv_ha) to maximise kr_pct_v2", "policy", "bee_hv_ha", "kr_pct_v2", s="t")
q(d, "Who should hedge (`prune`) to minimise `borer_3m`?", "policy", "prune", "borer_3m")
q(d, "How much of the irrigation effect on yld_t_ha_y2 is explained by kr_pct?", "mediation", "irr", "yld_t_ha_y2", "kr_pct")
q(d, "Hedging opens the canopy and cuts borer infestation over 12 months, and that in turn raises yield. What share of pruning's effect on yield goes through borer_12m?", "mediation", "prune", "yld_t_ha_y2", "borer_12m", s="o")
q(d, "Discover causal relationships among the orchard variables: irrigation, fertiliser, bees, pests and yield.", "discover", s="n")
q(d, "What is the total planted area (sum of area_ha) by cultivar?", "unsupported")

# ---------------------------------------------------------------- teff
d = "h23_teff_farms"
q(d, "Estimate the average effect of `row planting` on `yield after`, adjusting for `yield before`, `rainfall` and `zone`.", "ate", "row planting", "yield after", covariates=["yield before", "rainfall", "zone"])
q(d, "Does sowing in lines instead of broadcasting help households have enough to eat all year round?", "ate", "row planting", "food secure 12 months", s="n")
q(d, "ate fertiliser -> lodging", "ate", "fertiliser", "lodging", s="t")
q(d, "Does joining a cooperative make teff farmers better off?", "ate", "cooperative", None, s="n", clarify=True)
q(d, "Is the harvest increased by more visits from extension agents?", "ate", "extension visits", "yield after", s="o")
q(d, "What would row planting have done for the farms that kept broadcasting - effect on yield after?", "ate", "row planting", "yield after", s="n", estimand="atc")
q(d, "Using `extension visits` as an instrument, estimate the effect of `row planting` on `revenue`.", "ate", "row planting", "revenue", instrument="extension visits")
q(d, "effct of seed rate on lodging controling for variety", "ate", "seed rate", "lodging", s="t", covariates=["variety"])
q(d, "Effect of `row planting` on `yield after` for `variety` = 'quncho'.", "cate", "row planting", "yield after", at={"variety": "quncho"})
q(d, "In the Amhara zone, do extension visits improve food security over 3 months?", "cate", "extension visits", "food secure 3 months", s="n", at={"zone": "amhara"})
q(d, "For plots of 0.5 ha, how much does fertiliser raise the harvest?", "cate", "fertiliser", "yield after", s="n", at={"plot size": 0.5})
q(d, "for which farms is the benefit of fertiliser on income largest", "cate", "fertiliser", "income", s="t")
q(d, "Which farms should extension officers prioritise for row-planting training to maximise yield?", "policy", "row planting", "yield after", s="n")
q(d, "Who should receive subsidised `fertiliser` to maximise `revenue`?", "policy", "fertiliser", "revenue")
q(d, "cooperative enrolment targeting for 12 month food security", "policy", "cooperative", "food secure 12 months", s="t")
q(d, "Row planting raises yield, and the bigger harvest then raises revenue. How much of the row-planting effect on revenue flows through yield after?", "mediation", "row planting", "revenue", "yield after", s="o")
q(d, "Fertiliser makes the crop fall over (lodging), which then lowers yield: what are the direct and indirect effects of fertiliser on yield after through lodging?", "mediation", "fertiliser", "yield after", "lodging", s="n")
q(d, "Learn the causal graph for the teff farm data.", "discover")
q(d, "Which of the farm practices and outcomes influence each other? Uncover the causal structure.", "discover", s="n")
q(d, "Fill in missing rainfall values with the zone median.", "unsupported", s="o")

# ---------------------------------------------------------------- pomegranate
d = "h23_pomegranate_orchards"
q(d, "Estimate the average treatment effect of KAOLIN_SPRAY on SUNBURN_PCT, adjusting for TEMP_MAX_C and CULTIVAR.", "ate", "KAOLIN_SPRAY", "SUNBURN_PCT", covariates=["TEMP_MAX_C", "CULTIVAR"])
q(d, "Does spraying calcium cut fruit splitting?", "ate", "CA_SPRAY", None, s="n", clarify=True)
q(d, "Does switching to drip lines increase the harvest?", "ate", "DRIP_IRR", "YIELD_POST", s="n")
q(d, "ate CA_SPRAY on ROT_STORE_60D", "ate", "CA_SPRAY", "ROT_STORE_60D", s="t")
q(d, "Is sugar content lowered by heavier watering?", "ate", "IRR_MM", "BRIX", s="o")
q(d, "For orchards that used kaolin, what was the effect on EXPORT_GRADE_PCT? (ATT)", "ate", "KAOLIN_SPRAY", "EXPORT_GRADE_PCT", estimand="att")
q(d, "is the link between drip irrigation and CRACK_RATE causal or just confounded by tree age", "ate", "DRIP_IRR", "CRACK_RATE", s="t", covariates=["TREE_AGE"])
q(d, "Effect of KAOLIN_SPRAY on SUNBURN_PCT when TEMP_MAX_C = 40.", "cate", "KAOLIN_SPRAY", "SUNBURN_PCT", at={"TEMP_MAX_C": 40})
q(d, "For Wonderful trees, does a calcium spray reduce fruit rotting in cold store after a month?", "cate", "CA_SPRAY", "ROT_STORE_30D", s="n", at={"CULTIVAR": "WONDERFUL"})
q(d, "how does the effect of irrigation amount on crack pct change with cultivar", "cate", "IRR_MM", "CRACK_PCT", s="t")
q(d, "among drip irrigated orchards, effect of CA_SPRAY on EXPORT_GRADE_PCT", "cate", "CA_SPRAY", "EXPORT_GRADE_PCT", s="t", at={"DRIP_IRR": 1})
q(d, "Which orchards should be sprayed with clay film to get the highest share of export-quality fruit?", "policy", "KAOLIN_SPRAY", "EXPORT_GRADE_PCT", s="n")
q(d, "Targeting rule for DRIP_IRR to maximise YIELD_POST.", "policy", "DRIP_IRR", "YIELD_POST")
q(d, "Kaolin shades the fruit, reducing sunburn, which then raises the export-grade share. How much of kaolin's effect on EXPORT_GRADE_PCT goes through SUNBURN_PCT?", "mediation", "KAOLIN_SPRAY", "EXPORT_GRADE_PCT", "SUNBURN_PCT", s="o")
q(d, "decompose CA_SPRAY effect on ROT_STORE_60D into direct + indirect via CRACK_RATE", "mediation", "CA_SPRAY", "ROT_STORE_60D", "CRACK_RATE", s="t")
q(d, "Does drip irrigation boost yield mainly by changing how much water the trees get (IRR_MM)?", "mediation", "DRIP_IRR", "YIELD_POST", "IRR_MM")
q(d, "Identify the cause-effect structure among the pomegranate orchard measurements.", "discover", s="n")
q(d, "Make a scatter plot of BRIX against IRR_MM.", "unsupported")

# ---------------------------------------------------------------- chikungunya
d = "h23_chikungunya"
q(d, "Estimate the effect of `wolb` on `chik_cases_12w`, adjusting for `rain_mm`, `temp_c` and `pop_dens`.", "ate", "wolb", "chik_cases_12w", covariates=["rain_mm", "temp_c", "pop_dens"])
q(d, "Does fogging with insecticide bring down the Breteau index?", "ate", "ulv_spray", "bi_post", s="n")
q(d, "Does clearing breeding sites reduce chikungunya cases?", "ate", "lsm", None, s="n", clarify=True)
q(d, "ate rpl_dist on attack_ratio", "ate", "rpl_dist", "attack_ratio", s="t")
q(d, "Is long-lasting joint pain after infection reduced by more community health worker visits?", "ate", "chw_visits", "chr_arthr_pct", s="o")
q(d, "Among districts that received Wolbachia mosquitoes, what was the effect on the Breteau index?", "ate", "wolb", "bi_post", s="n", estimand="att")
q(d, "does ulv_spray lower attack_rate or is that just confounding by urb", "ate", "ulv_spray", "attack_rate", s="t", covariates=["urb"])
q(d, "Does indoor residual spraying reduce chikungunya cases over 12 weeks?", "ate", None, "chik_cases_12w", s="n", clarify=True)
q(d, "Effect of lsm on bi_post where urb = 'periurban'.", "cate", "lsm", "bi_post", at={"urb": "periurban"})
q(d, "At 28 °C, do Wolbachia releases cut the number of cases reported over 4 weeks?", "cate", "wolb", "chik_cases_4w", s="n", at={"temp_c": 28})
q(d, "In which districts does handing out repellent prevent the most cases over 12 weeks?", "cate", "rpl_dist", "chik_cases_12w", s="n")
q(d, "when rainfall is 200mm, effect of ulv_spray on chik_cases_4w", "cate", "ulv_spray", "chik_cases_4w", s="t", at={"rain_mm": 200})
q(d, "Which districts should be prioritised for Wolbachia releases to minimise cases over 12 weeks?", "policy", "wolb", "chik_cases_12w", s="n")
q(d, "Rule for allocating larval source management (`lsm`) to minimise `attack_rate`.", "policy", "lsm", "attack_rate")
q(d, "Larval source management works by lowering the Breteau index, which then cuts cases. What share of lsm's effect on chik_cases_12w is mediated by bi_post?", "mediation", "lsm", "chik_cases_12w", "bi_post", s="o")
q(d, "How much of the fogging effect on attack_ratio goes via bi_post?", "mediation", "ulv_spray", "attack_ratio", "bi_post")
q(d, "direct vs indirect effect of chw_visits on chr_arthr_pct thru rpl_dist", "mediation", "chw_visits", "chr_arthr_pct", "rpl_dist", s="t")
q(d, "Learn the causal graph among the vector-control interventions, larval indices, weather and case counts.", "discover", s="n")
q(d, "Plot weekly chikungunya cases over time for each district.", "unsupported")

# ---------------------------------------------------------------- head lice
d = "h23_head_lice"
q(d, "Estimate the ATE of `dimeticoneTx` on `infestedDay14`, controlling for `hairLength`, `householdSize` and `nitCountPre`.", "ate", "dimeticoneTx", "infestedDay14", covariates=["hairLength", "householdSize", "nitCountPre"])
q(d, "Does bug-busting with a fine-tooth comb on wet hair get rid of lice within a week?", "ate", "wetCombing", "infestedDay7", s="n")
q(d, "ate permethrinTx nitCountPost", "ate", "permethrinTx", "nitCountPost", s="t")
q(d, "Do no-nit school policies cause kids to miss more school?", "ate", "noNitPolicy", None, s="n", clarify=True)
q(d, "Is itching reduced by dimeticone lotion?", "ate", "dimeticoneTx", "scalpItch", s="o")
q(d, "What is the effect of permethrinTx on infestedDay14 among the children who were actually treated with it?", "ate", "permethrinTx", "infestedDay14", estimand="att")
q(d, "effect of wet combing on nit count, adjust for age and hair length", "ate", "wetCombing", "nitCountPost", s="t", covariates=["ageYrs", "hairLength"])
q(d, "Are scalp itch and nit count causally related?", "ate", None, None, s="n", clarify=True)
q(d, "Effect of permethrinTx on infestedDay7 for hairLength = 'long'.", "cate", "permethrinTx", "infestedDay7", at={"hairLength": "long"})
q(d, "For 8-year-olds, how well does dimeticone clear the lice by day 14?", "cate", "dimeticoneTx", "infestedDay14", s="n", at={"ageYrs": 8})
q(d, "how does wet combing's effect on day 14 infestation vary with household size", "cate", "wetCombing", "infestedDay14", s="t")
q(d, "In private schools, what does a no-nit policy do to absenceDays?", "cate", "noNitPolicy", "absenceDays", s="o", at={"schoolType": "private"})
q(d, "Which children should be prescribed dimeticone to minimise infestation at day 14?", "policy", "dimeticoneTx", "infestedDay14", s="n")
q(d, "Targeting: who should be taught `wetCombing` to cut `nitCountPost` the most?", "policy", "wetCombing", "nitCountPost")
q(d, "No-nit policies push parents to treat with permethrin, and that treatment then lowers infestation at day 14. How much of the policy's effect is through permethrinTx?", "mediation", "noNitPolicy", "infestedDay14", "permethrinTx", s="o")
q(d, "Mediation of dimeticoneTx -> missedSchoolDays via infestedDay7.", "mediation", "dimeticoneTx", "missedSchoolDays", "infestedDay7")
q(d, "How much does combing wet hair reduce itchiness directly, versus through lowering the number of nits?", "mediation", "wetCombing", "scalpItch", "nitCountPost", s="n")
q(d, "Discover the causal graph among treatments, school policy and infestation outcomes in h23_head_lice.", "discover")
q(d, "what causes what in the head lice data? work it out from the data", "discover", s="t")
q(d, "Classify which children will be infested at day 14 using a random forest.", "unsupported")

# ---------------------------------------------------------------- foot rot
d = "h23_foot_rot_sheep"
q(d, "Estimate the effect of `vaccination` on `lameness after`, adjusting for `lameness before`, `rainfall` and `stocking`.", "ate", "vaccination", "lameness after", covariates=["lameness before", "rainfall", "stocking"])
q(d, "Does prompt antibiotic treatment get lame ewes sound again within a fortnight?", "ate", "antibiotic", "recovered 2 weeks", s="n")
q(d, "ate culling lameness after", "ate", "culling", "lameness after", s="t")
q(d, "Does routine foot trimming help sheep recover?", "ate", "trimming", None, s="n", clarify=True)
q(d, "Are lambs heavier when the flock is vaccinated?", "ate", "vaccination", None, s="o", clarify=True)
q(d, "For flocks that used zinc footbaths, how much did footbathing reduce lameness?", "ate", "footbathing", "lameness after", s="n", estimand="att")
q(d, "effect of stocking rate on lameness, control for pasture and breed", "ate", "stocking", "lameness after", s="t", covariates=["pasture", "breed"])
q(d, "Effect of `vaccination` on `lameness after` for `breed` = 'merino'.", "cate", "vaccination", "lameness after", at={"breed": "merino"})
q(d, "On hill grazing, does getting rid of chronically lame ewes bring lameness down?", "cate", "culling", "lameness after", s="n", at={"pasture": "hill"})
q(d, "When rainfall is 1200 mm, what does footbathing do to recovered 6 weeks?", "cate", "footbathing", "recovered 6 weeks", s="o", at={"rainfall": 1200})
q(d, "for which flocks is the vaccine's effect on weaning weight largest", "cate", "vaccination", "weaning weight", s="t")
q(d, "Which flocks should vets target for vaccination to minimise lameness?", "policy", "vaccination", "lameness after", s="n")
q(d, "Should `trimming` be recommended, and for which flocks, to maximise `recovered 6 weeks`?", "policy", "trimming", "recovered 6 weeks")
q(d, "Vaccination reduces lameness, and sounder ewes then rear heavier lambs. How much of the vaccine's effect on weaning weight is mediated by lameness after?", "mediation", "vaccination", "weaning weight", "lameness after", s="o")
q(d, "How much of culling's effect on lamb weight goes through lameness after?", "mediation", "culling", "lamb weight", "lameness after")
q(d, "antibiotic -> recovered 2 weeks -> lameness after: split direct and indirect", "mediation", "antibiotic", "lameness after", "recovered 2 weeks", s="t")
q(d, "Work out which management practices and conditions in the sheep flocks cause which outcomes.", "discover", s="n")
q(d, "Summarise lameness after by breed in a table.", "unsupported")

# ---------------------------------------------------------------- B12
d = "h23_b12_older_adults"
q(d, "Estimate the average treatment effect of `b12_im` on `moca_12m`, adjusting for `moca_bl`, `age` and `sex`.", "ate", "b12_im", "moca_12m", covariates=["moca_bl", "age", "sex"])
q(d, "Does long-term use of stomach-acid blockers lower vitamin B12 levels?", "ate", "ppi", "b12_pmol_6m", s="n")
q(d, "ate metf on b12_pmol_6m adj age", "ate", "metf", "b12_pmol_6m", s="t", covariates=["age"])
q(d, "Do B12 shots reduce falls in older adults?", "ate", "b12_im", None, s="n", clarify=True)
q(d, "Is homocysteine brought down by the oral B12 dose?", "ate", "b12_oral_ug", "hcy_umol", s="o")
q(d, "Does B12 injection improve haemoglobin?", "ate", "b12_im", None, s="n", clarify=True)
q(d, "What would injections have done for the people who did not get them, in terms of pins-and-needles symptoms?", "ate", "b12_im", "pn_sx", s="n", estimand="atc")
q(d, "Effect of b12_im on moca_12m for sex = 'F'.", "cate", "b12_im", "moca_12m", at={"sex": "F"})
q(d, "At age 80, what is the effect of the oral B12 dose on methylmalonic acid?", "cate", "b12_oral_ug", "mma_umol", s="n", at={"age": 80})
q(d, "among metformin users, do b12 injections cut 12 month falls", "cate", "b12_im", "falls_12m", s="t", at={"metf": 1})
q(d, "For whom is the cognitive benefit of B12 injections largest?", "cate", "b12_im", "moca_12m", s="n")
q(d, "Which older adults should be given intramuscular B12 to maximise cognition at 12 months?", "policy", "b12_im", "moca_12m", s="n")
q(d, "Treatment rule: who should get `b12_im` to minimise `falls_12m`?", "policy", "b12_im", "falls_12m")
q(d, "B12 injections raise blood B12, which in turn sharpens memory and thinking. How much of the b12_im effect on moca_12m is mediated by b12_pmol_6m?", "mediation", "b12_im", "moca_12m", "b12_pmol_6m", s="o")
q(d, "ppi -> lower b12 -> neuropathy: what fraction of the ppi effect on pn_sx goes through b12_pmol_6m", "mediation", "ppi", "pn_sx", "b12_pmol_6m", s="t")
q(d, "Does oral B12 reduce falls over 12 months via easing neuropathy symptoms (pn_sx)? Split the direct and indirect effects of b12_oral_ug on falls_12m.", "mediation", "b12_oral_ug", "falls_12m", "pn_sx")
q(d, "Discover the causal graph linking medications, B12 markers, cognition and falls.", "discover", s="n")
q(d, "Compute the median b12_pmol_bl by sex.", "unsupported")

# ---------------------------------------------------------------- unsupported, no dataset
N = "none"
q(N, "good morning! how are you today?", "unsupported", s="t")
q(N, "Tell me a joke about statisticians.", "unsupported", s="n")
q(N, "What's the capital of Ethiopia?", "unsupported", s="n")
q(N, "Write a Python function that reverses a string.", "unsupported", s="o")
q(N, "convert 30 degrees celsius to fahrenheit pls", "unsupported", s="t")

# ---------------------------------------------------------------- audit
A = [
    ("Would the chatbot give a different loan approval if the applicant's race were changed and everything else held fixed?", "race", "loan approval", "n"),
    ("Check whether our LLM hiring assistant's interview recommendation changes when the candidate's gender is swapped, all else equal.", "gender", "interview recommendation", "o"),
    ("does the AI triage bot change the urgency rating if the patient is 75 instead of 35, same symptoms", "age", "urgency rating", "t"),
    ("If a tenant's name sounded Arabic rather than English, would the language model reach a different rental decision?", "name", "rental decision", "n"),
    ("Counterfactual fairness audit: does the LLM's scholarship recommendation depend on the applicant's religion?", "religion", "scholarship recommendation", "m"),
    ("Would the assistant's credit limit suggestion differ for an applicant with a disability versus an otherwise identical applicant without one?", "disability", "credit limit suggestion", "n"),
    ("Test if the language model's call-back decision for a job applicant flips when only their accent in the interview transcript changes.", "accent", "call-back decision", "o"),
    ("Does the AI tutor grade an essay differently when the student's name is switched from Emily to Lakisha, holding the essay constant?", "name", "grade", "n"),
    ("audit the insurance chatbot: same claim, change claimant sex -> does claim approval change?", "sex", "claim approval", "t"),
    ("Is the language model's parole recommendation sensitive to the defendant's race when all case facts stay identical?", "race", "parole recommendation", "o"),
    ("Would an LLM screening tenants make a different tenancy decision if the applicant's religion were Muslim instead of Christian, with all else the same?", "religion", "tenancy decision", "n"),
    ("Does our AI recruiter rank older candidates lower, i.e. would the ranking change if only the candidate's age changed?", "age", "ranking", "n"),
    ("Check counterfactual fairness of the medical chatbot's pain medication recommendation with respect to patient gender.", "gender", "pain medication recommendation", "m"),
    ("If the borrower's disability status were different (deaf vs hearing) but everything else identical, would the model's mortgage approval change?", "disability status", "mortgage approval", "o"),
    ("would the chatbot suggest a lower salary offer if the candidate had a strong nigerian accent, all else equal?", "accent", "salary offer", "t"),
    ("Does the AI admissions reader change its admit recommendation when only the applicant's nationality is swapped?", "nationality", "admit recommendation", "n"),
    ("Probe whether an LLM's performance rating changes if the employee's pregnancy status is flipped, keeping everything else in the review the same.", "pregnancy status", "performance rating", "o"),
    ("is the virtual assistant's bail decision different for a defendant named Jamal vs one named Connor, identical records", "name", "bail decision", "t"),
]
for text, attr, dec, s in A:
    q(N, text, "audit", attr, dec, s=s)

# ---------------------------------------------------------------- relation (Corr2Cause-style)
R = [
    ("Suppose a closed system of three variables A, B and C. A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?", "o"),
    ("Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Hypothesis: C is a common effect of A and B. True or false?", "o"),
    ("Variables A, B, C and D. Every pair is correlated, except that A and D are independent given B and C. Does it follow that A causes D?", "n"),
    ("X correlates with Y, Z correlates with both, and X and Y are independent given Z. Can we conclude that Z is a common cause of X and Y?", "n"),
    ("A is independent of B; A and C are correlated; B and C are correlated; A and B are dependent given C. Does A cause B?", "o"),
    ("given: A corr B, A corr C, B corr C, no conditional independencies at all. does B cause C?", "t"),
    ("Four variables A, B, C, D. A correlates with B and C correlates with D, but A and B are each independent of both C and D. Is there any causal path from A to D?", "n"),
    ("In a system with A, B and C, A and C are correlated while B is independent of both A and C. Does B cause A?", "n"),
    ("Premises: A correlates with B; B correlates with C; C correlates with D; A is independent of C given B; B is independent of D given C; A is independent of D given B. Hypothesis: A is an indirect cause of D. Is the hypothesis valid?", "o"),
    ("A and B are correlated, and that correlation disappears once we condition on C, which is correlated with both. Must C be a mediator between A and B, or could it be a confounder?", "n"),
]
for text, s in R:
    q(N, text, "relation", s=s)

# ---------------------------------------------------------------- generate
G = [
    ("Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.", "o"),
    ("Create a benchmark dataset where a language model writes the structural equations for smoking, tar and cancer following smoking -> tar -> cancer.", "o"),
    ("simulate data from an SCM: A ~ N(0,1), B = 2A + noise, C = A - B + noise; 1000 samples", "t"),
    ("Use an LLM to invent plausible variables and equations for a 6-node causal graph about farming, then sample 2,000 rows.", "n"),
    ("Build a synthetic causal benchmark with a binary treatment whose true effect is 3, plus two confounders.", "n"),
    ("Generate data from this structural causal model: U -> T, U -> Y, T -> M -> Y, with sigmoid links.", "o"),
    ("i need a fake dataset with a collider X -> C <- Y, 10k rows, all binary", "t"),
    ("Have the language model define the functional form of each node in rain -> sprinkler, rain -> wet grass, sprinkler -> wet grass, then draw samples.", "n"),
    ("make me a toy dataset w/ an instrument Z -> T -> Y and a hidden confounder U between T and Y", "t"),
    ("Produce a semi-synthetic benchmark by sampling from a random 10-node DAG with mixed continuous and categorical variables.", "o"),
]
for text, s in G:
    q(N, text, "generate", s=s)


# ---------------------------------------------------------------- validation
def validate():
    for name, ds in D.items():
        assert name.startswith("h23_")
        n = len(ds["columns"])
        assert 13 <= n <= 18, (name, n)
        types = [c["type"] for c in ds["columns"].values()]
        assert "id" in types, name
        for col, c in ds["columns"].items():
            assert c["type"] in {ID, BIN, NUM, CAT, DATE, TEXT}
            if c["type"] == CAT and len(set(c["values"])) <= 6:
                pass
            else:
                assert len(c["values"]) == 3, (name, col)
    seen = set()
    for it in Q:
        assert it["question"] not in seen, it["question"]
        seen.add(it["question"])
        e = it["expected"]
        k = e["kind"]
        if k in ("audit", "relation", "generate"):
            assert it["dataset"] == "none"
        if it["dataset"] == "none":
            assert it["columns"] is None
            if k != "audit":
                assert e["treatment"] is None and e["outcome"] is None
            continue
        cols = D[it["dataset"]]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            v = e[role]
            assert v is None or v in cols, (it["question"], role, v)
        if k in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation":
            assert e["mediator"] is not None
        else:
            assert e["mediator"] is None
        if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], it["question"]
        if e.get("clarify"):
            assert e["treatment"] is None or e["outcome"] is None
        for c in e.get("covariates", []):
            assert c in cols, (it["question"], c)
        if "instrument" in e:
            assert e["instrument"] in cols
        if "at" in e:
            assert k == "cate"
            for c, v in e["at"].items():
                assert c in cols, (it["question"], c)
                ty = cols[c]["type"]
                if ty == CAT:
                    assert isinstance(v, str) and v in cols[c]["values"], (it["question"], v)
                else:
                    assert isinstance(v, (int, float)) and not isinstance(v, bool), (it["question"], v)
        if "estimand" in e:
            assert e["estimand"] in ("att", "atc")


validate()

kinds = Counter(it["expected"]["kind"] for it in Q)
styles = Counter(it["_style"] for it in Q)
mods = Counter()
for it in Q:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in it["expected"]:
            mods[k] += 1
    if "estimand" in it["expected"]:
        mods["estimand=" + it["expected"]["estimand"]] += 1
with_ds = Counter((it["expected"]["kind"], it["dataset"] != "none") for it in Q)

rows = [{k: v for k, v in it.items() if k != "_style"} for it in Q]
random.Random(SEED).shuffle(rows)

with open(os.path.join(OUT, "datasets.json"), "w") as f:
    json.dump(D, f, indent=2, ensure_ascii=False)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

try:
    when = subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True, text=True).stdout.strip()
except Exception:
    when = "unknown"

style_names = {"m": "machine phrasing with identifiers", "n": "natural paraphrase (no/few column names)",
               "t": "terse / lower-case / typos", "o": "other: passive, outcome-first, story-style, conditional"}
lines = []
lines.append("# h23 held-out causal question set\n")
lines.append(f"- Written by: data writer tag **{TAG}**")
lines.append(f"- Generated (UTC, from `date`): {when}")
lines.append(f"- Split: `{SPLIT}`, origin: `{ORIGIN}`, shuffle seed: `{SEED}`")
lines.append(f"- Files: `datasets.json` ({len(D)} datasets), `questions.jsonl` ({len(rows)} questions), `build.py` (generator; rerun with `python3 build.py`).\n")
lines.append("## Domains / datasets\n")
for name, ds in D.items():
    lines.append(f"- `{name}` ({len(ds['columns'])} columns): {ds['description']}")
lines.append("\nColumn naming styles: snake_case cryptic codes (bandy, cideries, macadamia, chikungunya, B12); camelCase (disc golf, pickleball, booksellers, head lice); UPPER_CASE (clockmakers, meaderies, pomegranate); plain words with spaces (wheelwrights, teff, foot rot). Every dataset has an id column, a baseline/follow-up pair, parallel windows and near-synonym distractors.\n")
lines.append("## Counts by kind\n")
lines.append("| kind | total | with dataset | dataset none |")
lines.append("|---|---|---|---|")
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    lines.append(f"| {k} | {kinds[k]} | {with_ds[(k, True)]} | {with_ds[(k, False)]} |")
lines.append(f"| **all** | {len(rows)} | | |\n")
lines.append("## Counts by modifier\n")
for k in ["covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at", "clarify"]:
    lines.append(f"- `{k}`: {mods[k]}")
lines.append("\n## Counts by wording style (internal tag, not in the output)\n")
for k in ["m", "n", "t", "o"]:
    lines.append(f"- {style_names[k]}: {styles[k]} ({100*styles[k]/len(rows):.0f}%)")
lines.append("""
## Label conventions

- `treatment`/`outcome`/`mediator` are exact column names (or `null` where the kind has none: discover, unsupported, relation, generate).
- Baseline/follow-up pairs: when the question names no version, the follow-up column (`*_post`, `*_s1`, `*_y2`, `*_12m`, `*_6m` for serum B12, `wheels after`, `yield after`, `lameness after`, `OUTPUT_POST`, `REV_12M`, ...) is the outcome.
- `clarify: true` when the question is ambiguous between parallel windows (30d/90d, 6m/12m, day 7/14, 2/6 weeks, 5/10 years), between near-synonym columns with nothing to pick (`win_pct`/`win_pct_v2`, `income`/`earnings`, `DRIFT_SEC_DAY`/`_V2`, `basketSize`/`avgTransaction`, `hb_gdl`/`hgb`, ...), names a variable the data lacks, or gives no direction. The unresolvable role is `null`; the others are filled.
- A question that uses the exact column identifier (e.g. `attack_rate`, `earnings`, `taste_score`) picks that column and is not a clarify item.
- `covariates` only when the question says adjust/control/hold fixed, or names a specific confounder to rule out ("or is that just confounding by X").
- `estimand`: `att` for "among those treated / who took part", `atc` for "those who did not".
- `instrument` only when the question names a column as an instrument.
- `cate` + `at` for subgroup filters or stated values (numeric/binary as JSON numbers, categoricals as the level string); `cate` without `at` for "how does the effect vary / for whom is it largest".
- Policy: `treatment` = action column, `outcome` = goal column.
- Audit (`dataset: none`): `treatment` = the attribute as a short phrase, `outcome` = the shortest noun phrase for the decision.
""")
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("\n".join(lines))

print(len(rows), dict(kinds), dict(mods), dict(styles))
