#!/usr/bin/env python3
"""Generator for the h25 held-out causal question set. Writes relative to its own folder."""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TAG = "h25"
SPLIT = "test"
ORIGIN = "heldout25"
SEED = 25025
WRITTEN_UTC = "2026-12-04 07:57 UTC"


def c(t, *vals):
    return {"type": t, "values": list(vals)}


DATASETS = {
    "h25_handball": {
        "description": "Amateur and semi-pro handball clubs over two seasons: programmes adopted, training load, injuries, results and crowds.",
        "columns": {
            "club_id": c("id", "HB001", "HB002", "HB003"),
            "div_lvl": c("categorical", "D1", "D2", "D3"),
            "region": c("categorical", "north", "south", "east", "west"),
            "budget_keur": c("numeric", 420, 1350, 2900),
            "sq_size": c("numeric", 16, 18, 22),
            "yth_acad": c("binary", 0, 1),
            "gk_coach": c("binary", 0, 1),
            "str_prog": c("binary", 0, 1),
            "trn_hrs_wk": c("numeric", 8, 12, 15),
            "fit_idx": c("numeric", 62.5, 71.0, 80.3),
            "inj_rate_pre": c("numeric", 4.2, 6.8, 9.1),
            "inj_rate_post": c("numeric", 3.1, 5.5, 8.7),
            "win_pct_s1": c("numeric", 0.35, 0.52, 0.71),
            "win_pct_s2": c("numeric", 0.30, 0.55, 0.76),
            "att_avg": c("numeric", 850, 2300, 5400),
            "att_avg_v2": c("numeric", 910, 2250, 5600),
        },
    },
    "h25_paragliding": {
        "description": "Paragliding schools: teaching practices, site conditions, student incidents and certification outcomes.",
        "columns": {
            "schoolId": c("id", "PG-01", "PG-02", "PG-03"),
            "schoolType": c("categorical", "club", "commercial", "federation"),
            "simulatorTraining": c("binary", 0, 1),
            "windBriefing": c("binary", 0, 1),
            "instructorRatio": c("numeric", 3, 5, 8),
            "groundHandlingHrs": c("numeric", 4, 10, 18),
            "siteAltitudeM": c("numeric", 450, 1200, 2100),
            "avgWindKmh": c("numeric", 8, 14, 22),
            "studentAge": c("numeric", 24, 35, 51),
            "priorSports": c("binary", 0, 1),
            "incidents30d": c("numeric", 0, 1, 4),
            "incidents90d": c("numeric", 0, 3, 9),
            "certPassRate": c("numeric", 0.62, 0.78, 0.91),
            "certPassRateV2": c("numeric", 0.60, 0.80, 0.93),
            "satisfactionScore": c("numeric", 3.8, 4.3, 4.9),
            "refundRequested": c("binary", 0, 1),
        },
    },
    "h25_glamping": {
        "description": "Glamping sites (yurts, pods, safari tents): amenities, pricing, guest ratings and occupancy this year vs last.",
        "columns": {
            "site": c("id", "G101", "G102", "G103"),
            "region": c("categorical", "coast", "forest", "mountain", "lakeside"),
            "season": c("categorical", "summer", "winter", "shoulder"),
            "capacity": c("numeric", 2, 4, 6),
            "price": c("numeric", 85, 140, 260),
            "hottub": c("binary", 0, 1),
            "wifi": c("binary", 0, 1),
            "pets": c("binary", 0, 1),
            "distance": c("numeric", 3.5, 12, 40),
            "reviews": c("numeric", 12, 85, 410),
            "rating": c("numeric", 4.1, 4.6, 4.9),
            "rating_new": c("numeric", 4.0, 4.5, 4.95),
            "occupancy_last": c("numeric", 0.45, 0.62, 0.88),
            "occupancy": c("numeric", 0.40, 0.66, 0.91),
            "cancellations": c("numeric", 2, 7, 15),
            "rebooked": c("binary", 0, 1),
        },
    },
    "h25_ramen": {
        "description": "Ramen shops in Tokyo wards: recipe and format choices, promotion, queues, ratings and daily revenue in Q1 and Q2.",
        "columns": {
            "SHOP_ID": c("id", "R-0012", "R-0047", "R-0103"),
            "WARD": c("categorical", "SHINJUKU", "SHIBUYA", "TAITO", "MINATO"),
            "NOODLE_TYPE": c("categorical", "THIN", "MEDIUM", "THICK"),
            "TONKOTSU": c("binary", 0, 1),
            "BROTH_HRS": c("numeric", 6, 12, 20),
            "VEND_MACH": c("binary", 0, 1),
            "SEATS": c("numeric", 8, 14, 24),
            "PRICE_JPY": c("numeric", 850, 1000, 1350),
            "STN_DIST_M": c("numeric", 80, 300, 900),
            "INSTA_POST": c("binary", 0, 1),
            "MICHELIN_BIB": c("binary", 0, 1),
            "QUEUE_MIN_WKDAY": c("numeric", 0, 15, 45),
            "QUEUE_MIN_WKEND": c("numeric", 5, 30, 90),
            "REV_DAILY_Q1": c("numeric", 180000, 260000, 410000),
            "REV_DAILY_Q2": c("numeric", 175000, 290000, 455000),
            "CUST_RATING": c("numeric", 3.4, 3.8, 4.3),
            "CUST_RATING_V2": c("numeric", 3.3, 3.9, 4.4),
        },
    },
    "h25_sorghum": {
        "description": "Smallholder sorghum farms: inputs, practices, rainfall, witchweed (striga) infestation, yields 2022/2023 and household income.",
        "columns": {
            "farm_id": c("id", "SF-221", "SF-390", "SF-512"),
            "zone": c("categorical", "arid", "semi_arid", "sub_humid"),
            "var_cd": c("categorical", "SH1", "SH2", "LOC"),
            "plnt_dt": c("date", "2023-03-02", "2023-03-18", "2023-04-05"),
            "plot_ha": c("numeric", 0.8, 2.0, 4.5),
            "irr": c("binary", 0, 1),
            "n_kgha": c("numeric", 0, 40, 90),
            "mulch": c("binary", 0, 1),
            "ext_visit": c("binary", 0, 1),
            "coop_mem": c("binary", 0, 1),
            "rain_mm": c("numeric", 380, 520, 710),
            "soil_ph": c("numeric", 5.6, 6.4, 7.3),
            "striga_pct": c("numeric", 0, 12, 35),
            "yld_t_ha_22": c("numeric", 0.9, 1.6, 2.8),
            "yld_t_ha_23": c("numeric", 1.0, 1.8, 3.1),
            "hh_inc_usd": c("numeric", 650, 1200, 2400),
            "hh_inc_usd_adj": c("numeric", 610, 1130, 2260),
        },
    },
    "h25_sweetpotato": {
        "description": "Sweet-potato farms: planting material, training, storage, weevil damage before/after, yields, prices and spoilage.",
        "columns": {
            "farm": c("id", "SP-01", "SP-02", "SP-03"),
            "district": c("categorical", "north", "central", "south"),
            "variety": c("categorical", "orange", "white", "purple"),
            "certified_vines": c("binary", 0, 1),
            "training": c("binary", 0, 1),
            "irrigation": c("binary", 0, 1),
            "storage": c("binary", 0, 1),
            "fertilizer": c("numeric", 0, 50, 120),
            "rainfall": c("numeric", 600, 850, 1100),
            "farm_size": c("numeric", 0.5, 1.2, 3.0),
            "women_led": c("binary", 0, 1),
            "weevil_damage_before": c("numeric", 5, 18, 40),
            "weevil_damage_after": c("numeric", 3, 12, 35),
            "yield_last_year": c("numeric", 6, 10, 15),
            "yield": c("numeric", 7, 11, 17),
            "price_received": c("numeric", 0.18, 0.25, 0.32),
            "spoilage_rate": c("numeric", 0.05, 0.15, 0.30),
            "spoilage_pct": c("numeric", 4, 14, 28),
        },
    },
    "h25_marble": {
        "description": "Marble quarries: cutting methods, safety measures, crews, block yield, output, silicosis cases and accidents.",
        "columns": {
            "quarry_id": c("id", "Q-ALP-3", "Q-TUS-7", "Q-GRC-1"),
            "region": c("categorical", "tuscany", "apuan", "greece", "vermont"),
            "grade": c("categorical", "statuario", "calacatta", "carrara", "bianco"),
            "wire_saw": c("binary", 0, 1),
            "blasting": c("binary", 0, 1),
            "dust_suppression": c("binary", 0, 1),
            "bench_height_m": c("numeric", 3, 6, 9),
            "crew_size": c("numeric", 8, 15, 30),
            "overtime_hrs": c("numeric", 2, 6, 12),
            "water_use_m3": c("numeric", 1200, 4800, 11000),
            "output_tonnes": c("numeric", 9000, 26000, 70000),
            "block_yield_pct": c("numeric", 38, 52, 67),
            "block_yield_pct_v2": c("numeric", 36, 50, 69),
            "silicosis_cases_2019": c("numeric", 0, 2, 7),
            "silicosis_cases_2023": c("numeric", 0, 1, 6),
            "accidents_12m": c("numeric", 0, 3, 9),
            "accidents_24m": c("numeric", 1, 5, 16),
        },
    },
    "h25_lithium": {
        "description": "Lithium brine operations: extraction technology, brine chemistry, water draw, recovery, output, costs and aquifer drawdown.",
        "columns": {
            "OP_ID": c("id", "LI-ATA-01", "LI-HMB-04", "LI-NV-02"),
            "COUNTRY": c("categorical", "CHILE", "ARGENTINA", "BOLIVIA", "USA"),
            "DLE_TECH": c("binary", 0, 1),
            "SOLAR_PWR": c("binary", 0, 1),
            "COMMUNITY_AGREE": c("binary", 0, 1),
            "EVAP_HA": c("numeric", 0, 850, 3200),
            "BRINE_LI_MGL": c("numeric", 200, 650, 1500),
            "PUMP_RATE_LS": c("numeric", 120, 400, 900),
            "ALT_M": c("numeric", 2300, 3700, 4000),
            "WATER_DRAW_ML": c("numeric", 800, 2600, 7400),
            "RECOVERY_PCT": c("numeric", 40, 55, 85),
            "RECOVERY_PCT_V2": c("numeric", 42, 57, 88),
            "LCE_TPY": c("numeric", 5000, 20000, 45000),
            "OPEX_USD_T": c("numeric", 4500, 6000, 8200),
            "AQUIFER_DROP_2020": c("numeric", 0.2, 0.9, 2.4),
            "AQUIFER_DROP_2024": c("numeric", 0.3, 1.4, 3.8),
        },
    },
    "h25_acupuncture": {
        "description": "Acupuncture clinic patients with musculoskeletal pain: sessions, electrostimulation, opioid use, sleep, anxiety and pain (VAS) at baseline, 12 and 26 weeks.",
        "columns": {
            "patientId": c("id", "AC1001", "AC1002", "AC1003"),
            "clinicId": c("id", "CL-3", "CL-7", "CL-12"),
            "age": c("numeric", 29, 47, 68),
            "sex": c("categorical", "F", "M"),
            "chronicity": c("categorical", "acute", "subacute", "chronic"),
            "insured": c("binary", 0, 1),
            "needleSessions": c("numeric", 4, 8, 12),
            "electroStim": c("binary", 0, 1),
            "practitionerYrs": c("numeric", 2, 9, 25),
            "opioidUse": c("binary", 0, 1),
            "opioidDoseMme": c("numeric", 0, 15, 60),
            "sleepHrs": c("numeric", 5.2, 6.4, 7.5),
            "anxietyScore": c("numeric", 4, 9, 15),
            "anxietyScoreV2": c("numeric", 3, 8, 16),
            "painVasBl": c("numeric", 4.5, 6.2, 8.1),
            "painVas12wk": c("numeric", 2.1, 4.0, 6.5),
            "painVas26wk": c("numeric", 1.8, 3.7, 6.9),
        },
    },
    "h25_lasik": {
        "description": "LASIK patients: refraction and corneal measures, flap/ablation technology, surgeon volume, visual acuity, dry eye, enhancements and satisfaction.",
        "columns": {
            "pt_id": c("id", "LK-5501", "LK-5502", "LK-5503"),
            "surg_id": c("id", "S04", "S11", "S17"),
            "age_yr": c("numeric", 24, 33, 45),
            "sph_d": c("numeric", -1.5, -4.25, -7.0),
            "cyl_d": c("numeric", -0.25, -1.0, -2.5),
            "cct_um": c("numeric", 490, 535, 580),
            "pupil_mm": c("numeric", 5.5, 6.5, 7.8),
            "cl_yrs": c("numeric", 0, 6, 15),
            "femto": c("binary", 0, 1),
            "wfg": c("binary", 0, 1),
            "surg_vol": c("numeric", 150, 600, 2000),
            "ucva_pre": c("numeric", 0.7, 1.0, 1.3),
            "ucva_post": c("numeric", -0.1, 0.0, 0.1),
            "dry_eye_3m": c("binary", 0, 1),
            "dry_eye_12m": c("binary", 0, 1),
            "enh_req": c("binary", 0, 1),
            "sat_score": c("numeric", 6, 8, 10),
            "sat_score_v2": c("numeric", 5.5, 8.2, 9.8),
        },
    },
    "h25_rabies": {
        "description": "Village-level dog rabies vaccination campaigns: delivery strategy, coverage, awareness, bite cases before/after, rabid dogs and human deaths.",
        "columns": {
            "VILLAGE_ID": c("id", "V-0081", "V-0144", "V-0307"),
            "DISTRICT": c("categorical", "KILOMBERO", "ULANGA", "KILOSA", "MVOMERO"),
            "URBAN": c("binary", 0, 1),
            "DOG_POP": c("numeric", 150, 600, 2400),
            "DOOR2DOOR": c("binary", 0, 1),
            "ORAL_BAIT": c("binary", 0, 1),
            "CAMPAIGN_WKS": c("numeric", 1, 3, 6),
            "CHW_COUNT": c("numeric", 2, 5, 12),
            "VAX_COV_PCT": c("numeric", 35, 62, 81),
            "PEP_ACCESS": c("binary", 0, 1),
            "AWARENESS_SCORE": c("numeric", 40, 58, 77),
            "AWARENESS_SCORE_V2": c("numeric", 38, 60, 79),
            "BITE_CASES_PRE": c("numeric", 3, 11, 28),
            "BITE_CASES_POST": c("numeric", 1, 7, 22),
            "DOG_RABID_6M": c("numeric", 0, 2, 8),
            "DOG_RABID_12M": c("numeric", 0, 4, 13),
            "HUMAN_DEATHS": c("numeric", 0, 1, 3),
        },
    },
    "h25_bedbug": {
        "description": "Bed-bug extermination jobs in apartment buildings: methods used, visits, cost, infested units before/after, reinfestation and tenant complaints.",
        "columns": {
            "job": c("id", "J-2201", "J-2202", "J-2203"),
            "building_type": c("categorical", "highrise", "walkup", "public_housing", "student_hall"),
            "building_age": c("numeric", 8, 45, 92),
            "units": c("numeric", 12, 60, 240),
            "clutter_score": c("numeric", 1, 3, 5),
            "heat_treatment": c("binary", 0, 1),
            "chemical": c("binary", 0, 1),
            "dogs": c("binary", 0, 1),
            "tenant_education": c("binary", 0, 1),
            "visits": c("numeric", 1, 3, 5),
            "cost": c("numeric", 1800, 6500, 24000),
            "infested_units_before": c("numeric", 2, 9, 40),
            "infested_units_after": c("numeric", 0, 3, 17),
            "reinfest_30d": c("binary", 0, 1),
            "reinfest_90d": c("binary", 0, 1),
            "complaints": c("numeric", 0, 4, 19),
            "complaints_v2": c("numeric", 0, 5, 21),
        },
    },
    "h25_turtle": {
        "description": "Sea-turtle nesting beaches: protection measures, patrols, sand temperature, visitors, nest counts 2021/2023, hatching success and sex ratio.",
        "columns": {
            "beach_id": c("id", "TB-07", "TB-19", "TB-33"),
            "species": c("categorical", "loggerhead", "green", "leatherback", "hawksbill"),
            "light_ordinance": c("binary", 0, 1),
            "predator_cages": c("binary", 0, 1),
            "relocation": c("binary", 0, 1),
            "patrols_per_wk": c("numeric", 2, 5, 14),
            "sand_temp_c": c("numeric", 27.5, 29.8, 31.6),
            "beach_width_m": c("numeric", 15, 40, 90),
            "visitors_daily": c("numeric", 50, 400, 2500),
            "erosion_rate": c("numeric", 0.2, 0.8, 2.1),
            "nests_2021": c("numeric", 12, 140, 860),
            "nests_2023": c("numeric", 10, 165, 910),
            "hatch_success": c("numeric", 0.45, 0.68, 0.82),
            "hatch_success_v2": c("numeric", 0.43, 0.70, 0.84),
            "female_ratio": c("numeric", 0.55, 0.78, 0.95),
            "disoriented_pct": c("numeric", 2, 10, 35),
        },
    },
    "h25_seagrass": {
        "description": "Seagrass restoration sites: planting method, site conditions, grazer exclosures, volunteers, cover at baseline/6/24 months, fish and carbon.",
        "columns": {
            "siteId": c("id", "SG-A1", "SG-B4", "SG-C9"),
            "plantingMethod": c("categorical", "seeds", "shoots", "sods"),
            "sedimentType": c("categorical", "mud", "sand", "mixed"),
            "depthM": c("numeric", 0.8, 2.5, 4.0),
            "waterClarityNtu": c("numeric", 2, 6, 15),
            "temperatureC": c("numeric", 16, 21, 27),
            "nutrientLoadKg": c("numeric", 40, 210, 780),
            "boatTrafficIdx": c("numeric", 0.1, 0.5, 0.9),
            "exclosureFence": c("binary", 0, 1),
            "volunteerCrew": c("binary", 0, 1),
            "shootDensity": c("numeric", 20, 60, 120),
            "coverBaseline": c("numeric", 0, 5, 18),
            "coverPct6m": c("numeric", 4, 15, 38),
            "coverPct24m": c("numeric", 6, 32, 71),
            "fishAbundance": c("numeric", 12, 48, 130),
            "fishAbundanceV2": c("numeric", 10, 51, 141),
            "carbonStockT": c("numeric", 0.4, 2.1, 6.8),
        },
    },
    "h25_septic": {
        "description": "Rural households with on-site septic systems: maintenance, inspection programme, aerobic-unit upgrades, grants, well-water E. coli and nitrate before/after, failures.",
        "columns": {
            "hh_id": c("id", "HH-10021", "HH-10022", "HH-10023"),
            "cnty": c("categorical", "ash", "brn", "clr", "dvs"),
            "hh_sz": c("numeric", 1, 3, 6),
            "inc_k": c("numeric", 28, 54, 96),
            "soil_perc": c("numeric", 15, 45, 90),
            "tank_age": c("numeric", 5, 22, 41),
            "well_dist_ft": c("numeric", 50, 120, 300),
            "pmp_3y": c("binary", 0, 1),
            "insp_prog": c("binary", 0, 1),
            "atu_upgr": c("binary", 0, 1),
            "grant_rcvd": c("binary", 0, 1),
            "ecoli_pre": c("numeric", 0, 12, 80),
            "ecoli_post": c("numeric", 0, 6, 55),
            "no3_pre": c("numeric", 1.2, 6.5, 14.0),
            "no3_post": c("numeric", 0.9, 5.1, 12.3),
            "fail_24m": c("binary", 0, 1),
            "fail_60m": c("binary", 0, 1),
        },
    },
}

# Each item: (style, kind, treatment, outcome, mediator, question, extras)
# style: m = machine analyst w/ identifiers, n = natural paraphrase, t = terse/typo/lowercase, o = other
# (outcome-first / passive / confounding / story / conditional phrasing)
Q = {}

Q["h25_handball"] = [
    ("m", "ate", "str_prog", "inj_rate_post", None, "Estimate the average treatment effect of the strength programme (`str_prog`) on the post-period injury rate (`inj_rate_post`), adjusting for `inj_rate_pre` and `trn_hrs_wk`.", {"covariates": ["inj_rate_pre", "trn_hrs_wk"]}),
    ("n", "ate", "gk_coach", "win_pct_s2", None, "Do clubs that hire a dedicated goalkeeping coach actually win more of their games the following season?", {}),
    ("t", "ate", "yth_acad", "win_pct_s2", None, "ate yth_acad -> win_pct_s2 adj budget_keur, div_lvl", {"covariates": ["budget_keur", "div_lvl"]}),
    ("o", "ate", "trn_hrs_wk", "inj_rate_post", None, "Are injuries cut by adding more training hours each week, or is that just because richer clubs both train more and have better medical staff?", {}),
    ("m", "ate", "gk_coach", "win_pct_s2", None, "What is the causal effect of `gk_coach` on `win_pct_s2` among the clubs that did hire one (effect on the treated)?", {"estimand": "att"}),
    ("n", "ate", "yth_acad", None, None, "Does running a youth academy bring bigger crowds through the turnstiles?", {"clarify": True}),
    ("m", "ate", "trn_hrs_wk", "fit_idx", None, "Using `budget_keur` as an instrument, estimate the effect of `trn_hrs_wk` on `fit_idx`.", {"instrument": "budget_keur"}),
    ("n", "ate", None, "win_pct_s2", None, "How much does the head coach's salary change a club's win rate in the second season?", {"clarify": True}),
    ("n", "cate", "str_prog", "inj_rate_post", None, "How does the strength programme's effect on injury rate differ between first, second and third division clubs?", {}),
    ("n", "cate", "gk_coach", "win_pct_s2", None, "Among clubs in the south, what does a goalkeeper coach do to second-season win percentage?", {"at": {"region": "south"}}),
    ("t", "cate", "trn_hrs_wk", "inj_rate_post", None, "cate of trn_hrs_wk on inj_rate_post when sq_size = 18", {"at": {"sq_size": 18}}),
    ("o", "cate", "yth_acad", "win_pct_s2", None, "Under the condition that the budget is 1,000 thousand euros, what is the effect of having a youth academy on the season-two win rate?", {"at": {"budget_keur": 1000}}),
    ("m", "policy", "str_prog", "inj_rate_post", None, "Which clubs should be enrolled in the strength-and-conditioning programme (`str_prog`) to minimise `inj_rate_post`?", {}),
    ("n", "policy", "gk_coach", "win_pct_s2", None, "We can fund goalkeeper coaches for 10 clubs. Which ones should we pick so the most extra wins show up next season?", {}),
    ("t", "policy", "yth_acad", "win_pct_s2", None, "targeting rule: yth_acad for win_pct_s2", {}),
    ("m", "mediation", "str_prog", "win_pct_s2", "inj_rate_post", "How much of the strength programme's effect on second-season winning percentage (`win_pct_s2`) runs through fewer injuries (`inj_rate_post`)?", {}),
    ("o", "mediation", "trn_hrs_wk", "win_pct_s2", "fit_idx", "Training more each week seems to lift results. Is that because it makes players fitter, which then wins them matches?", {}),
    ("n", "discover", None, None, None, "What drives what among these handball club variables? Map out how they influence one another.", {}),
    ("t", "unsupported", None, None, None, "plot average attendance by region", {}),
]

Q["h25_paragliding"] = [
    ("m", "ate", "simulatorTraining", "incidents90d", None, "Estimate the ATE of `simulatorTraining` on `incidents90d`, controlling for `avgWindKmh` and `siteAltitudeM`.", {"covariates": ["avgWindKmh", "siteAltitudeM"]}),
    ("n", "ate", "groundHandlingHrs", "incidents90d", None, "Does spending more time practising kiting the wing on the ground make students less likely to crash in their first three months?", {}),
    ("t", "ate", "windBriefing", "incidents30d", None, "windBriefing -> incidents30d ate", {}),
    ("n", "ate", "windBriefing", None, None, "Does the pre-flight weather talk lower the number of incidents?", {"clarify": True}),
    ("o", "ate", "simulatorTraining", "satisfactionScore", None, "Is student satisfaction really raised by simulator sessions, or do the schools offering simulators just attract happier customers?", {}),
    ("n", "ate", "simulatorTraining", "certPassRateV2", None, "For the schools that already use the simulator, what did it do to their certification pass rates (the v2 measure)?", {"estimand": "att"}),
    ("t", "ate", "groundHandlingHrs", "refundRequested", None, "efect of ground handling hrs on refund requests, adj schoolType studentAge", {"covariates": ["schoolType", "studentAge"]}),
    ("n", "cate", "groundHandlingHrs", "incidents90d", None, "For students around 50 years old, how much does extra ground-handling time change incidents over 90 days?", {"at": {"studentAge": 50}}),
    ("m", "cate", "simulatorTraining", "certPassRate", None, "Does the effect of `simulatorTraining` on `certPassRate` vary across `schoolType`?", {}),
    ("t", "cate", "simulatorTraining", "incidents90d", None, "cate simulatorTraining on incidents90d | schoolType=commercial", {"at": {"schoolType": "commercial"}}),
    ("o", "cate", "windBriefing", "incidents30d", None, "When the mean wind is 20 km/h, what does giving a wind briefing do to incidents in the first 30 days?", {"at": {"avgWindKmh": 20}}),
    ("m", "policy", "simulatorTraining", "incidents90d", None, "Which schools should adopt simulator training (`simulatorTraining`) to cut `incidents90d` the most?", {}),
    ("n", "policy", "windBriefing", "incidents30d", None, "Recommend a rule for where to make weather briefings mandatory so that first-month accidents fall.", {}),
    ("t", "policy", "simulatorTraining", "satisfactionScore", None, "who to target w/ simulatorTraining for max satisfactionScore", {}),
    ("o", "mediation", "simulatorTraining", "refundRequested", "incidents90d", "Does the simulator lower refund requests mostly by cutting 90-day incidents, or through something else?", {}),
    ("m", "mediation", "instructorRatio", "satisfactionScore", "certPassRate", "Decompose the effect of `instructorRatio` on `satisfactionScore` into a direct part and a part mediated by `certPassRate`.", {}),
    ("m", "discover", None, None, None, "Learn the causal graph over the paragliding school variables.", {}),
    ("m", "unsupported", None, None, None, "Forecast next quarter's `incidents90d` for each school.", {}),
]

Q["h25_glamping"] = [
    ("m", "ate", "hottub", "occupancy", None, "Estimate the average effect of `hottub` on `occupancy`, adjusting for `price`, `region` and `occupancy_last`.", {"covariates": ["price", "region", "occupancy_last"]}),
    ("n", "ate", "hottub", "rebooked", None, "Do guests come back more often when the site has a hot tub?", {}),
    ("t", "ate", "wifi", "rating_new", None, "ate wifi on rating_new", {}),
    ("o", "ate", "price", "cancellations", None, "Are cancellations driven up by higher nightly prices, or is that just a seasonal pattern?", {}),
    ("m", "ate", "pets", "cancellations", None, "Compute the ATT of `pets` on `cancellations` (the effect among pet-friendly sites).", {"estimand": "att"}),
    ("n", "ate", "wifi", None, None, "what does having wifi do to the score guests give a site?", {"clarify": True}),
    ("t", "ate", "price", "occupancy", None, "price -> occupancy, control for season + capacity", {"covariates": ["season", "capacity"]}),
    ("n", "ate", None, None, None, "What's the causal relationship between how full a site is and what it charges?", {"clarify": True}),
    ("n", "cate", "hottub", "occupancy", None, "How big is the hot-tub effect on occupancy for lakeside sites?", {"at": {"region": "lakeside"}}),
    ("t", "cate", "wifi", "rebooked", None, "in winter does wifi change rebooking", {"at": {"season": "winter"}}),
    ("o", "cate", "hottub", "occupancy", None, "When the nightly price is £200, what would adding a hot tub do to occupancy?", {"at": {"price": 200}}),
    ("n", "cate", "pets", "occupancy", None, "For which kinds of sites is the pet-friendly effect on occupancy strongest?", {}),
    ("m", "policy", "hottub", "occupancy", None, "Which sites should install a hot tub (`hottub`) to maximise `occupancy`?", {}),
    ("n", "policy", "wifi", "rebooked", None, "We have budget to put internet in at 20 sites; choose them so that as many guests as possible book again.", {}),
    ("t", "policy", "pets", "cancellations", None, "optimal allow-pets policy to minimize cancellations", {}),
    ("o", "mediation", "hottub", "rebooked", "rating_new", "Hot tubs seem to boost rebooking. Is it because guests rate their stay higher (`rating_new`), which then makes them return?", {}),
    ("m", "mediation", "price", "occupancy", "cancellations", "Split the effect of `price` on `occupancy` into the part through `cancellations` and the direct remainder.", {}),
    ("n", "discover", None, None, None, "Which of these glamping variables cause which? Just give me the structure.", {}),
    ("t", "discover", None, None, None, "run causal discovery on the glamping data", {}),
    ("n", "unsupported", None, None, None, "What is the mean nightly price per region?", {}),
]

Q["h25_ramen"] = [
    ("m", "ate", "MICHELIN_BIB", "REV_DAILY_Q2", None, "Estimate the average causal effect of `MICHELIN_BIB` on `REV_DAILY_Q2`, adjusting for `REV_DAILY_Q1`, `WARD` and `SEATS`.", {"covariates": ["REV_DAILY_Q1", "WARD", "SEATS"]}),
    ("n", "ate", "BROTH_HRS", None, None, "Does simmering the broth for longer make customers like the food more?", {"clarify": True}),
    ("t", "ate", "INSTA_POST", "QUEUE_MIN_WKEND", None, "ate INSTA_POST on QUEUE_MIN_WKEND", {}),
    ("n", "ate", "VEND_MACH", "REV_DAILY_Q2", None, "Do shops where you buy a meal ticket from a machine take more money per day?", {}),
    ("o", "ate", "PRICE_JPY", "REV_DAILY_Q2", None, "Is daily revenue raised by charging more per bowl, or is the correlation just because pricier shops sit in richer wards?", {}),
    ("m", "ate", "TONKOTSU", "CUST_RATING_V2", None, "Effect of `TONKOTSU` on `CUST_RATING_V2` for shops that do not currently serve tonkotsu (ATC).", {"estimand": "atc"}),
    ("t", "ate", "MICHELIN_BIB", None, None, "how much longer is the queue because of the bib gourmand", {"clarify": True}),
    ("t", "ate", "INSTA_POST", "QUEUE_MIN_WKDAY", None, "instagram promo -> weekday queue mins, adj stn dist", {"covariates": ["STN_DIST_M"]}),
    ("m", "cate", "INSTA_POST", "REV_DAILY_Q2", None, "In `WARD` = TAITO, what is the effect of `INSTA_POST` on `REV_DAILY_Q2`?", {"at": {"WARD": "TAITO"}}),
    ("t", "cate", "BROTH_HRS", "CUST_RATING", None, "for thick noodle shops, effect of broth hours on CUST_RATING", {"at": {"NOODLE_TYPE": "THICK"}}),
    ("n", "cate", "MICHELIN_BIB", "REV_DAILY_Q2", None, "How does the Bib Gourmand's impact on second-quarter takings change with how far the shop is from the station?", {}),
    ("o", "cate", "VEND_MACH", "REV_DAILY_Q2", None, "When a bowl costs 1,200 yen, does a ticket machine still raise daily revenue?", {"at": {"PRICE_JPY": 1200}}),
    ("m", "policy", "INSTA_POST", "REV_DAILY_Q2", None, "Which shops should run an Instagram promotion (`INSTA_POST`) to maximise `REV_DAILY_Q2`?", {}),
    ("n", "policy", "VEND_MACH", "QUEUE_MIN_WKDAY", None, "Decide which ramen shops ought to install ticket vending machines so that Monday-to-Friday waiting lines shrink.", {}),
    ("t", "policy", "TONKOTSU", "CUST_RATING_V2", None, "policy: TONKOTSU for CUST_RATING_V2, who should switch", {}),
    ("o", "mediation", "MICHELIN_BIB", "REV_DAILY_Q2", "QUEUE_MIN_WKEND", "Does the Bib Gourmand listing raise Q2 revenue by lengthening the weekend queue, or directly?", {}),
    ("m", "mediation", "INSTA_POST", "REV_DAILY_Q2", "CUST_RATING_V2", "How much of the effect of `INSTA_POST` on `REV_DAILY_Q2` is mediated by `CUST_RATING_V2`?", {}),
    ("o", "mediation", "BROTH_HRS", "REV_DAILY_Q2", "CUST_RATING", "Longer-simmered broth earns better reviews (CUST_RATING), which then bring in revenue; quantify that indirect path from BROTH_HRS to REV_DAILY_Q2.", {}),
    ("m", "discover", None, None, None, "Discover the causal relationships among the ramen shop variables.", {}),
    ("m", "unsupported", None, None, None, "Write SQL to get the top 10 shops by `REV_DAILY_Q2`.", {}),
]

Q["h25_sorghum"] = [
    ("m", "ate", "n_kgha", "yld_t_ha_23", None, "Estimate the ATE of nitrogen rate (`n_kgha`) on `yld_t_ha_23`, adjusting for `yld_t_ha_22`, `rain_mm` and `soil_ph`.", {"covariates": ["yld_t_ha_22", "rain_mm", "soil_ph"]}),
    ("n", "ate", "ext_visit", "yld_t_ha_23", None, "Do farmers who get a visit from an extension officer end up with bigger harvests?", {}),
    ("t", "ate", "mulch", "striga_pct", None, "ate mulch -> striga_pct", {}),
    ("n", "ate", "irr", None, None, "Does watering the fields raise what the household earns?", {"clarify": True}),
    ("o", "ate", "irr", "yld_t_ha_23", None, "Is the yield gain from irrigation real, or just because irrigated farms are bigger and sit in wetter zones?", {}),
    ("m", "ate", "coop_mem", "hh_inc_usd_adj", None, "What is the average effect of `coop_mem` on `hh_inc_usd_adj` among cooperative members (ATT)?", {"estimand": "att"}),
    ("n", "ate", "mulch", "striga_pct", None, "How much would mulching have reduced witchweed on the farms that didn't mulch?", {"estimand": "atc"}),
    ("t", "ate", None, "yld_t_ha_23", None, "effect of fertiliser price on yld_t_ha_23", {"clarify": True}),
    ("n", "cate", "n_kgha", "yld_t_ha_23", None, "Among irrigated farms, what does an extra kilo of nitrogen per hectare do to the 2023 harvest?", {"at": {"irr": 1}}),
    ("t", "cate", "mulch", "yld_t_ha_23", None, "effect of mulch on yld_t_ha_23 for plots of 2 ha", {"at": {"plot_ha": 2}}),
    ("n", "cate", "ext_visit", "yld_t_ha_23", None, "How does the benefit of an extension visit on yield vary with how much rain fell?", {}),
    ("o", "cate", "irr", "yld_t_ha_23", None, "Under the condition that the variety is SH2, estimate the effect of `irr` on `yld_t_ha_23`.", {"at": {"var_cd": "SH2"}}),
    ("m", "policy", "irr", "yld_t_ha_23", None, "Which farms should receive irrigation support (`irr`) to maximise `yld_t_ha_23`?", {}),
    ("n", "policy", "ext_visit", "hh_inc_usd_adj", None, "Design a targeting rule for extension visits that raises inflation-adjusted household income.", {}),
    ("t", "policy", "mulch", "striga_pct", None, "who shld get mulch to cut striga", {}),
    ("m", "mediation", "ext_visit", "yld_t_ha_23", "n_kgha", "Extension visits may raise yields because farmers then apply more nitrogen. How much of the `ext_visit` -> `yld_t_ha_23` effect goes through `n_kgha`?", {}),
    ("o", "mediation", "mulch", "yld_t_ha_23", "striga_pct", "Mulching suppresses witchweed, which then lets the crop yield more: what share of mulch's effect on 2023 yield flows through striga infestation?", {}),
    ("n", "discover", None, None, None, "Figure out which farm variables influence which others in the sorghum data.", {}),
    ("t", "unsupported", None, None, None, "clean the plnt_dt column, some dates are malformed", {}),
]

Q["h25_sweetpotato"] = [
    ("m", "ate", "certified_vines", "weevil_damage_after", None, "Estimate the average treatment effect of `certified_vines` on `weevil_damage_after`, controlling for `weevil_damage_before`.", {"covariates": ["weevil_damage_before"]}),
    ("t", "ate", "training", "yield", None, "ate training -> yield, adj farm_size district women_led", {"covariates": ["farm_size", "district", "women_led"]}),
    ("n", "ate", "storage", None, None, "Does improved storage cut how much of the crop rots?", {"clarify": True}),
    ("o", "ate", "irrigation", "weevil_damage_after", None, "Is weevil damage reduced by irrigation, or do irrigated farms just differ in other ways?", {}),
    ("m", "ate", "storage", "price_received", None, "Estimate the effect of `storage` on `price_received` among farms that adopted improved storage (ATT).", {"estimand": "att"}),
    ("n", "ate", "training", "yield", None, "How much more would the farms that never got training have harvested if they had been trained?", {"estimand": "atc"}),
    ("t", "ate", "fertilizer", "yield", None, "fertiliser effect on yield", {}),
    ("n", "cate", "certified_vines", "yield", None, "For farms growing the orange-fleshed variety, what is the effect of certified vines on yield?", {"at": {"variety": "orange"}}),
    ("t", "cate", "storage", "spoilage_pct", None, "cate storage on spoilage_pct where district = south", {"at": {"district": "south"}}),
    ("n", "cate", "training", "yield", None, "Does the payoff from training differ between farms run by women and the rest?", {}),
    ("o", "cate", "irrigation", "yield", None, "At 1000 mm of rainfall, how much does irrigation add to yield?", {"at": {"rainfall": 1000}}),
    ("m", "policy", "certified_vines", "yield", None, "Which farms should be given certified vines (`certified_vines`) to maximise `yield`?", {}),
    ("n", "policy", "training", "price_received", None, "Allocate 50 training slots among farms to maximise the price they get for their roots.", {}),
    ("o", "mediation", "training", "yield", "certified_vines", "Training seems to help yields. Is that mainly because trained farmers switch to certified vines, which then yield better?", {}),
    ("t", "mediation", "certified_vines", "yield", "weevil_damage_after", "mediation: certified_vines -> weevil_damage_after -> yield", {}),
    ("n", "discover", None, None, None, "What is the causal ordering among the sweet-potato farm variables?", {}),
    ("m", "discover", None, None, None, "Estimate a causal DAG for all columns of h25_sweetpotato.", {}),
    ("n", "unsupported", None, None, None, "Give me summary statistics of yield by variety.", {}),
]

Q["h25_marble"] = [
    ("m", "ate", "dust_suppression", "silicosis_cases_2023", None, "Estimate the ATE of `dust_suppression` on `silicosis_cases_2023`, adjusting for `silicosis_cases_2019` and `crew_size`.", {"covariates": ["silicosis_cases_2019", "crew_size"]}),
    ("n", "ate", "wire_saw", None, None, "Does cutting stone with diamond wire give more usable blocks out of each bench?", {"clarify": True}),
    ("t", "ate", "blasting", "accidents_24m", None, "blasting -> accidents_24m ate", {}),
    ("n", "ate", "overtime_hrs", "accidents_12m", None, "Do quarries that make crews work extra hours have more people hurt over the following year?", {}),
    ("o", "ate", "bench_height_m", "accidents_12m", None, "Are 12-month accidents reduced by lower bench heights, or is that confounded by region?", {}),
    ("m", "ate", "wire_saw", "water_use_m3", None, "What is the effect of `wire_saw` on `water_use_m3` for quarries that use wire saws (ATT)?", {"estimand": "att"}),
    ("t", "ate", "wire_saw", "block_yield_pct_v2", None, "wire_saw on block_yield_pct_v2 controlling grade, bench_height_m", {"covariates": ["grade", "bench_height_m"]}),
    ("m", "cate", "wire_saw", "block_yield_pct", None, "Among Carrara-grade quarries (`grade` = carrara), what does `wire_saw` do to `block_yield_pct`?", {"at": {"grade": "carrara"}}),
    ("t", "cate", "dust_suppression", "silicosis_cases_2023", None, "effect of dust suppression on 2023 silicosis cases when crew size is 30", {"at": {"crew_size": 30}}),
    ("n", "cate", "blasting", "output_tonnes", None, "How does the effect of using explosives on tonnage produced vary from region to region?", {}),
    ("o", "cate", "overtime_hrs", "accidents_24m", None, "In Vermont quarries, is the two-year accident count pushed up by overtime?", {"at": {"region": "vermont"}}),
    ("m", "policy", "dust_suppression", "silicosis_cases_2023", None, "Which quarries should be required to install `dust_suppression` to minimise `silicosis_cases_2023`?", {}),
    ("n", "policy", "wire_saw", "output_tonnes", None, "Where should we switch over to wire saws to get the most stone out?", {}),
    ("t", "policy", "blasting", "accidents_12m", None, "targeting: which sites to stop blasting for fewer accidents_12m", {}),
    ("m", "mediation", "wire_saw", "output_tonnes", "block_yield_pct", "Does `wire_saw` raise `output_tonnes` because it improves `block_yield_pct`, or through other channels?", {}),
    ("o", "mediation", "dust_suppression", "output_tonnes", "water_use_m3", "Dust suppression eats up water, and the water bill then slows production. How much of its effect on output runs through water use?", {}),
    ("n", "discover", None, None, None, "Which variables in the marble quarry data are causes and which are effects? Recover the structure.", {}),
    ("t", "discover", None, None, None, "causal graph discovery for h25_marble pls", {}),
]

Q["h25_lithium"] = [
    ("m", "ate", "DLE_TECH", "RECOVERY_PCT", None, "Estimate the average treatment effect of `DLE_TECH` on `RECOVERY_PCT`, adjusting for `BRINE_LI_MGL` and `ALT_M`.", {"covariates": ["BRINE_LI_MGL", "ALT_M"]}),
    ("n", "ate", "DLE_TECH", "AQUIFER_DROP_2024", None, "Does switching to direct lithium extraction reduce how far the water table falls?", {}),
    ("t", "ate", "PUMP_RATE_LS", "AQUIFER_DROP_2024", None, "ate PUMP_RATE_LS -> AQUIFER_DROP_2024 adj AQUIFER_DROP_2020", {"covariates": ["AQUIFER_DROP_2020"]}),
    ("t", "ate", "DLE_TECH", None, None, "what is the effect of DLE on lithium recovery", {"clarify": True}),
    ("o", "ate", "SOLAR_PWR", "OPEX_USD_T", None, "Are operating costs per tonne lowered by solar power, or do solar sites just sit in sunnier, cheaper countries?", {}),
    ("m", "ate", "COMMUNITY_AGREE", "LCE_TPY", None, "What is the ATT of `COMMUNITY_AGREE` on `LCE_TPY`, i.e. among operations with a signed agreement?", {"estimand": "att"}),
    ("n", "ate", "DLE_TECH", "RECOVERY_PCT_V2", None, "Would the operations that stuck with evaporation ponds have got more lithium out of their brine had they adopted direct extraction? Use the v2 recovery figure.", {"estimand": "atc"}),
    ("m", "cate", "DLE_TECH", "RECOVERY_PCT_V2", None, "In `COUNTRY` = ARGENTINA, what is the effect of `DLE_TECH` on `RECOVERY_PCT_V2`?", {"at": {"COUNTRY": "ARGENTINA"}}),
    ("t", "cate", "DLE_TECH", "OPEX_USD_T", None, "cate DLE_TECH on OPEX_USD_T at BRINE_LI_MGL = 400", {"at": {"BRINE_LI_MGL": 400}}),
    ("o", "cate", "PUMP_RATE_LS", "AQUIFER_DROP_2024", None, "For sites at 4,000 m altitude, is the aquifer drained further by pumping faster?", {"at": {"ALT_M": 4000}}),
    ("n", "cate", "SOLAR_PWR", "OPEX_USD_T", None, "How does the saving from running on solar change with how high up the operation is?", {}),
    ("m", "policy", "DLE_TECH", "LCE_TPY", None, "Which operations should adopt DLE (`DLE_TECH`) to maximise `LCE_TPY`?", {}),
    ("n", "policy", "SOLAR_PWR", "OPEX_USD_T", None, "Recommend where to put in solar power to bring the operating cost per tonne down the most.", {}),
    ("t", "policy", "COMMUNITY_AGREE", "AQUIFER_DROP_2024", None, "policy for COMMUNITY_AGREE targeting to reduce AQUIFER_DROP_2024", {}),
    ("m", "mediation", "DLE_TECH", "LCE_TPY", "RECOVERY_PCT", "DLE might raise output because it reclaims more lithium from the brine: quantify the indirect effect of `DLE_TECH` on `LCE_TPY` through `RECOVERY_PCT`.", {}),
    ("o", "mediation", "COMMUNITY_AGREE", "AQUIFER_DROP_2024", "WATER_DRAW_ML", "Community agreements appear to limit aquifer drawdown. Is that because they cap water withdrawals, which in turn reduce the 2024 drop?", {}),
    ("m", "discover", None, None, None, "Infer the causal structure of the lithium brine dataset.", {}),
    ("n", "unsupported", None, None, None, "Predict LCE_TPY for a new operation in Chile with brine at 900 mg/L.", {}),
]

Q["h25_acupuncture"] = [
    ("m", "ate", "electroStim", "painVas12wk", None, "Estimate the ATE of `electroStim` on `painVas12wk`, adjusting for `painVasBl`, `age` and `chronicity`.", {"covariates": ["painVasBl", "age", "chronicity"]}),
    ("n", "ate", "needleSessions", "painVas26wk", None, "Do more needling sessions leave people in less pain half a year later?", {}),
    ("t", "ate", "electroStim", None, None, "does electro-acupuncture reduce pain", {"clarify": True}),
    ("t", "ate", "needleSessions", "opioidDoseMme", None, "ate needleSessions on opioidDoseMme", {}),
    ("o", "ate", "electroStim", "opioidUse", None, "Is opioid use reduced by electrostimulation, or do the patients who get it simply have milder pain to begin with?", {}),
    ("m", "ate", "electroStim", "sleepHrs", None, "Compute the effect of `electroStim` on `sleepHrs` among patients who received electrostimulation (ATT).", {"estimand": "att"}),
    ("n", "ate", "practitionerYrs", "anxietyScoreV2", None, "Does seeing a more experienced acupuncturist leave patients less anxious on the revised (v2) anxiety scale?", {}),
    ("t", "ate", "needleSessions", "painVas26wk", None, "needle sessions -> painVas26wk, ctrl insured, practitionerYrs", {"covariates": ["insured", "practitionerYrs"]}),
    ("m", "cate", "needleSessions", "painVas12wk", None, "For patients over 65, what is the effect of `needleSessions` on `painVas12wk`?", {"at": {"age": 65}}),
    ("t", "cate", "electroStim", "painVas26wk", None, "among chronic pain pts, does electrostim cut 26-week pain", {"at": {"chronicity": "chronic"}}),
    ("n", "cate", "electroStim", "painVas12wk", None, "How does the benefit of electrical stimulation on pain at three months differ between men and women?", {}),
    ("o", "cate", "electroStim", "opioidDoseMme", None, "For women, is the daily opioid dose lowered by electrostimulation?", {"at": {"sex": "F"}}),
    ("m", "policy", "electroStim", "painVas26wk", None, "Which patients should be offered electrostimulation (`electroStim`) to minimise `painVas26wk`?", {}),
    ("n", "policy", "electroStim", "opioidUse", None, "Build a rule for who gets electro-acupuncture so that fewer people end up on opioids.", {}),
    ("t", "policy", "electroStim", "sleepHrs", None, "targeting electroStim for sleepHrs", {}),
    ("m", "mediation", "needleSessions", "painVas12wk", "sleepHrs", "Acupuncture sessions may ease pain by first improving sleep. How much of the effect of `needleSessions` on `painVas12wk` is mediated by `sleepHrs`?", {}),
    ("o", "mediation", "electroStim", "opioidDoseMme", "painVas12wk", "Electrostimulation lowers the opioid dose. Is that because pain drops by week 12, which then lets patients taper?", {}),
    ("t", "mediation", "electroStim", "painVas26wk", "anxietyScore", "direct vs indirect effect electroStim -> anxietyScore -> painVas26wk", {}),
    ("n", "mediation", "electroStim", None, "sleepHrs", "Does electro-acupuncture ease pain by helping people sleep better?", {"clarify": True}),
    ("n", "discover", None, None, None, "Which of the acupuncture variables drive which? Work out the dependencies between them.", {}),
]

Q["h25_lasik"] = [
    ("m", "ate", "wfg", "ucva_post", None, "Estimate the average treatment effect of `wfg` on `ucva_post`, adjusting for `sph_d`, `cyl_d` and `ucva_pre`.", {"covariates": ["sph_d", "cyl_d", "ucva_pre"]}),
    ("n", "ate", "femto", "dry_eye_12m", None, "Does using a femtosecond laser to cut the flap leave people with dry eyes a year on?", {}),
    ("t", "ate", "femto", None, None, "effect of femto on dry eye", {"clarify": True}),
    ("t", "ate", "wfg", "enh_req", None, "ate wfg -> enh_req", {}),
    ("o", "ate", "surg_vol", "enh_req", None, "Are retreatments less common with high-volume surgeons, or is that just because they operate on easier eyes?", {}),
    ("m", "ate", "femto", "sat_score_v2", None, "Estimate the effect of `femto` on `sat_score_v2` among patients who were not treated with a femtosecond laser (ATC).", {"estimand": "atc"}),
    ("t", "ate", "wfg", "dry_eye_3m", None, "wfg effect on dry_eye_3m ctrl age_yr cl_yrs", {"covariates": ["age_yr", "cl_yrs"]}),
    ("m", "ate", None, "ucva_post", None, "What is the effect of the excimer laser brand on `ucva_post`?", {"clarify": True}),
    ("n", "cate", "wfg", "ucva_post", None, "For patients with -7 dioptres of sphere, what is the effect of wavefront guidance on vision after surgery?", {"at": {"sph_d": -7.0}}),
    ("t", "cate", "femto", "enh_req", None, "cate femto on enh_req when cct_um = 500", {"at": {"cct_um": 500}}),
    ("m", "cate", "wfg", "ucva_post", None, "Does the benefit of `wfg` on `ucva_post` depend on `pupil_mm`?", {}),
    ("o", "cate", "femto", "dry_eye_12m", None, "For patients aged 40, is 12-month dry eye made more likely by a femtosecond flap?", {"at": {"age_yr": 40}}),
    ("m", "policy", "wfg", "enh_req", None, "Which patients should receive wavefront-guided ablation (`wfg`) to minimise `enh_req`?", {}),
    ("n", "policy", "femto", "sat_score", None, "Who should get a femtosecond flap if we want to maximise satisfaction (the original score)?", {}),
    ("t", "policy", "wfg", "ucva_post", None, "targeting rule wfg for ucva_post", {}),
    ("m", "mediation", "femto", "sat_score", "dry_eye_3m", "Does `femto` affect `sat_score` mostly through dry eye at three months (`dry_eye_3m`)?", {}),
    ("o", "mediation", "wfg", "sat_score_v2", "ucva_post", "Wavefront guidance may raise satisfaction because patients see better afterwards, which in turn pleases them. Estimate the indirect effect on sat_score_v2 via post-op acuity.", {}),
    ("n", "discover", None, None, None, "Can you work out how the LASIK variables causally depend on each other?", {}),
    ("t", "unsupported", None, None, None, "make a histogram of cct_um", {}),
]

Q["h25_rabies"] = [
    ("m", "ate", "DOOR2DOOR", "VAX_COV_PCT", None, "Estimate the ATE of `DOOR2DOOR` on `VAX_COV_PCT`, adjusting for `DOG_POP`, `URBAN` and `DISTRICT`.", {"covariates": ["DOG_POP", "URBAN", "DISTRICT"]}),
    ("n", "ate", "DOOR2DOOR", "BITE_CASES_POST", None, "Do villages where vaccinators go house to house see fewer people bitten afterwards?", {}),
    ("t", "ate", "VAX_COV_PCT", "DOG_RABID_12M", None, "ate VAX_COV_PCT on DOG_RABID_12M", {}),
    ("n", "ate", "ORAL_BAIT", None, None, "Does handing out oral vaccine baits cut the number of rabid dogs?", {"clarify": True}),
    ("o", "ate", "PEP_ACCESS", "HUMAN_DEATHS", None, "Are human rabies deaths prevented by access to post-exposure shots, or do villages with access just differ in other ways?", {}),
    ("m", "ate", "ORAL_BAIT", "VAX_COV_PCT", None, "What is the effect of `ORAL_BAIT` on `VAX_COV_PCT` among villages that used oral baits (ATT)?", {"estimand": "att"}),
    ("n", "ate", "CAMPAIGN_WKS", "VAX_COV_PCT", None, "If the campaign ran for more weeks, would a larger share of the dogs get jabbed?", {}),
    ("t", "ate", "CHW_COUNT", "AWARENESS_SCORE_V2", None, "chw count -> AWARENESS_SCORE_V2 ctrl URBAN", {"covariates": ["URBAN"]}),
    ("n", "cate", "DOOR2DOOR", "VAX_COV_PCT", None, "In urban villages, what is the effect of door-to-door delivery on dog vaccination coverage?", {"at": {"URBAN": 1}}),
    ("t", "cate", "ORAL_BAIT", "DOG_RABID_12M", None, "cate ORAL_BAIT on DOG_RABID_12M | DISTRICT=ULANGA", {"at": {"DISTRICT": "ULANGA"}}),
    ("o", "cate", "CAMPAIGN_WKS", "VAX_COV_PCT", None, "When the dog population is 1,000, how much is coverage raised by an extra campaign week?", {"at": {"DOG_POP": 1000}}),
    ("m", "cate", "VAX_COV_PCT", "DOG_RABID_6M", None, "How does the effect of `VAX_COV_PCT` on `DOG_RABID_6M` vary across `DISTRICT`?", {}),
    ("m", "policy", "DOOR2DOOR", "VAX_COV_PCT", None, "Which villages should get door-to-door vaccination (`DOOR2DOOR`) to maximise `VAX_COV_PCT`?", {}),
    ("n", "policy", "ORAL_BAIT", "DOG_RABID_12M", None, "Where should oral baits be dropped to cut rabid dogs over the coming year?", {}),
    ("t", "policy", "PEP_ACCESS", "HUMAN_DEATHS", None, "who gets PEP_ACCESS for fewer HUMAN_DEATHS - allocation rule", {}),
    ("n", "mediation", "DOOR2DOOR", "BITE_CASES_POST", "VAX_COV_PCT", "House-to-house campaigns reduce bite cases. How much of that runs through more dogs being vaccinated?", {}),
    ("m", "mediation", "CHW_COUNT", "HUMAN_DEATHS", "AWARENESS_SCORE", "Community health workers raise awareness (`AWARENESS_SCORE`), which then lowers deaths. Estimate the direct and indirect effects of `CHW_COUNT` on `HUMAN_DEATHS`.", {}),
    ("t", "mediation", "ORAL_BAIT", "DOG_RABID_12M", "VAX_COV_PCT", "mediation ORAL_BAIT -> VAX_COV_PCT -> DOG_RABID_12M", {}),
    ("m", "discover", None, None, None, "Recover the causal network for the rabies campaign variables.", {}),
    ("n", "discover", None, None, None, "What causes what in the rabies village data?", {}),
    ("m", "unsupported", None, None, None, "Summarise `VAX_COV_PCT` by `DISTRICT` with mean and standard deviation.", {}),
]

Q["h25_bedbug"] = [
    ("m", "ate", "heat_treatment", "infested_units_after", None, "Estimate the average effect of `heat_treatment` on `infested_units_after`, adjusting for `infested_units_before`, `units` and `clutter_score`.", {"covariates": ["infested_units_before", "units", "clutter_score"]}),
    ("n", "ate", "tenant_education", "reinfest_90d", None, "Does teaching tenants how to spot and report bugs stop them coming back within three months?", {}),
    ("t", "ate", "heat_treatment", None, None, "does heat treatment prevent reinfestation", {"clarify": True}),
    ("t", "ate", "chemical", "infested_units_after", None, "ate chemical -> infested_units_after", {}),
    ("o", "ate", "dogs", "cost", None, "Is the job cost pushed up by using sniffer dogs, or are dogs just brought in for bigger buildings?", {}),
    ("m", "ate", "dogs", "reinfest_30d", None, "What is the ATT of `dogs` on `reinfest_30d` (among jobs that used canine inspection)?", {"estimand": "att"}),
    ("n", "ate", "visits", "infested_units_after", None, "How many fewer flats would still have bugs if the crew came back one more time?", {}),
    ("t", "ate", "heat_treatment", "complaints_v2", None, "heat_treatment on complaints_v2 ctrl building_type", {"covariates": ["building_type"]}),
    ("n", "cate", "heat_treatment", "infested_units_after", None, "For walk-up buildings, what is the effect of heating the units on how many are still infested afterwards?", {"at": {"building_type": "walkup"}}),
    ("t", "cate", "tenant_education", "reinfest_90d", None, "cate tenant_education on reinfest_90d when clutter_score = 5", {"at": {"clutter_score": 5}}),
    ("o", "cate", "chemical", "infested_units_after", None, "In buildings about 90 years old, are infestations still lowered by chemical treatment?", {"at": {"building_age": 90}}),
    ("m", "cate", "visits", "infested_units_after", None, "How does the effect of `visits` on `infested_units_after` vary with `units`?", {}),
    ("m", "policy", "heat_treatment", "infested_units_after", None, "Which buildings should get `heat_treatment` to minimise `infested_units_after`?", {}),
    ("n", "policy", "tenant_education", "reinfest_30d", None, "Decide where resident education is worth running to reduce the bugs returning within a month.", {}),
    ("t", "policy", "chemical", None, None, "policy chemical vs not for complaints", {"clarify": True}),
    ("o", "mediation", "tenant_education", "reinfest_90d", "clutter_score", "Tenant education works by getting residents to declutter, which then stops bugs returning by 90 days. How much of the effect goes that way?", {}),
    ("m", "mediation", "heat_treatment", "complaints", "infested_units_after", "Decompose the effect of `heat_treatment` on `complaints` into a direct effect and an indirect effect via `infested_units_after`.", {}),
    ("m", "discover", None, None, None, "Learn the causal DAG over the h25_bedbug columns.", {}),
    ("n", "unsupported", None, None, None, "Which building had the highest cost? Just sort the jobs.", {}),
]

Q["h25_turtle"] = [
    ("m", "ate", "light_ordinance", "disoriented_pct", None, "Estimate the ATE of `light_ordinance` on `disoriented_pct`, adjusting for `visitors_daily`.", {"covariates": ["visitors_daily"]}),
    ("n", "ate", "predator_cages", None, None, "Do wire cages over the nests, to keep raccoons and foxes off, lead to more eggs hatching?", {"clarify": True}),
    ("t", "ate", "predator_cages", "hatch_success_v2", None, "ate predator_cages -> hatch_success_v2", {}),
    ("n", "ate", "sand_temp_c", "female_ratio", None, "Does warmer sand produce more female hatchlings?", {}),
    ("o", "ate", "patrols_per_wk", "nests_2023", None, "Is nesting boosted by beach patrols, or is that just because patrolled beaches were already popular with turtles?", {}),
    ("m", "ate", "relocation", "hatch_success", None, "What is the ATT of `relocation` on `hatch_success` for beaches that relocated nests?", {"estimand": "att"}),
    ("n", "ate", "light_ordinance", "nests_2023", None, "On beaches without rules dimming beachfront lights, how many more nests would there be if such rules were passed?", {"estimand": "atc"}),
    ("t", "ate", "visitors_daily", "nests_2023", None, "visitors_daily effect on nests_2023 adj nests_2021, beach_width_m", {"covariates": ["nests_2021", "beach_width_m"]}),
    ("t", "ate", None, "nests_2023", None, "does sea level rise reduce nests_2023", {"clarify": True}),
    ("m", "cate", "relocation", "hatch_success", None, "For leatherback beaches (`species` = leatherback), what is the effect of `relocation` on `hatch_success`?", {"at": {"species": "leatherback"}}),
    ("t", "cate", "light_ordinance", "disoriented_pct", None, "cate light_ordinance on disoriented_pct at visitors_daily = 1000", {"at": {"visitors_daily": 1000}}),
    ("o", "cate", "relocation", "female_ratio", None, "When the sand is at 30 °C, is the share of female hatchlings changed by relocating nests?", {"at": {"sand_temp_c": 30}}),
    ("n", "cate", "predator_cages", "hatch_success_v2", None, "How does the benefit of nest cages for hatching (v2 measure) change with how fast the beach is eroding?", {}),
    ("m", "policy", "predator_cages", "hatch_success", None, "Which beaches should get predator cages (`predator_cages`) to maximise `hatch_success`?", {}),
    ("n", "policy", "light_ordinance", "disoriented_pct", None, "Where should we enforce lighting rules to cut the share of hatchlings that head inland the most?", {}),
    ("m", "mediation", "light_ordinance", "nests_2023", "disoriented_pct", "How much of the effect of `light_ordinance` on `nests_2023` runs through `disoriented_pct`?", {}),
    ("o", "mediation", "relocation", "female_ratio", "sand_temp_c", "Relocating nests moves eggs to cooler sand, which then shifts the sex ratio; quantify the indirect effect of relocation on the female ratio via sand temperature.", {}),
    ("n", "discover", None, None, None, "Which sea-turtle beach variables influence each other? Find the causal structure.", {}),
    ("t", "unsupported", None, None, None, "forecast nest counts for 2025", {}),
]

Q["h25_seagrass"] = [
    ("m", "ate", "exclosureFence", "coverPct24m", None, "Estimate the ATE of `exclosureFence` on `coverPct24m`, adjusting for `coverBaseline`, `depthM` and `sedimentType`.", {"covariates": ["coverBaseline", "depthM", "sedimentType"]}),
    ("n", "ate", "exclosureFence", None, None, "Do fences that keep grazers out help the meadow spread?", {"clarify": True}),
    ("n", "ate", "waterClarityNtu", "coverPct24m", None, "Does murkier water hold back how much of the seabed the meadow covers after two years?", {}),
    ("o", "ate", "volunteerCrew", "carbonStockT", None, "Is carbon storage increased by volunteer crews, or do volunteers simply get sent to the easier sites?", {}),
    ("m", "ate", "volunteerCrew", "coverPct6m", None, "What is the ATT of `volunteerCrew` on `coverPct6m` (sites planted by volunteers)?", {"estimand": "att"}),
    ("n", "ate", "exclosureFence", "fishAbundanceV2", None, "Would the unfenced sites have ended up with more fish (revised v2 count) if they had been fenced?", {"estimand": "atc"}),
    ("t", "ate", "nutrientLoadKg", "coverPct24m", None, "nutrient load effect on cover 24m ctrl temperatureC boatTrafficIdx", {"covariates": ["temperatureC", "boatTrafficIdx"]}),
    ("n", "cate", "exclosureFence", "coverPct24m", None, "For sites planted from seed, what is the effect of fencing on cover after two years?", {"at": {"plantingMethod": "seeds"}}),
    ("t", "cate", "exclosureFence", "coverPct24m", None, "cate exclosureFence on coverPct24m | sedimentType = mud", {"at": {"sedimentType": "mud"}}),
    ("o", "cate", "shootDensity", "coverPct6m", None, "At a depth of 3 m, how is six-month cover affected by planting density?", {"at": {"depthM": 3}}),
    ("m", "cate", "volunteerCrew", "carbonStockT", None, "For which sites is the effect of `volunteerCrew` on `carbonStockT` largest?", {}),
    ("n", "cate", "exclosureFence", None, None, "On sandy bottoms, do grazer fences lead to more fish?", {"at": {"sedimentType": "sand"}, "clarify": True}),
    ("m", "policy", "exclosureFence", "coverPct24m", None, "Which sites should be fenced (`exclosureFence`) to maximise `coverPct24m`?", {}),
    ("n", "policy", "volunteerCrew", "carbonStockT", None, "Allocate volunteer crews to restoration sites so as to lock up the most carbon.", {}),
    ("m", "mediation", "exclosureFence", "fishAbundance", "coverPct24m", "Fencing may raise fish numbers because the meadow grows denser first. How much of the effect of `exclosureFence` on `fishAbundance` is mediated by `coverPct24m`?", {}),
    ("t", "mediation", "nutrientLoadKg", "coverPct24m", "waterClarityNtu", "mediation: nutrientLoadKg -> waterClarityNtu -> coverPct24m", {}),
    ("o", "mediation", "boatTrafficIdx", "carbonStockT", "coverPct24m", "Does boat traffic reduce stored carbon directly, or by thinning two-year cover first?", {}),
    ("m", "discover", None, None, None, "Run causal structure learning on the seagrass data.", {}),
    ("n", "discover", None, None, None, "Tell me which seagrass site factors are upstream of which.", {}),
    ("m", "unsupported", None, None, None, "Fill missing values in `temperatureC` with the median.", {}),
]

Q["h25_septic"] = [
    ("m", "ate", "atu_upgr", "no3_post", None, "Estimate the ATE of `atu_upgr` on `no3_post`, adjusting for `no3_pre`, `soil_perc` and `well_dist_ft`.", {"covariates": ["no3_pre", "soil_perc", "well_dist_ft"]}),
    ("n", "ate", "pmp_3y", "fail_60m", None, "Does having the tank pumped out regularly keep the system from failing within five years?", {}),
    ("t", "ate", "insp_prog", None, None, "effect of inspection program on system failure", {"clarify": True}),
    ("o", "ate", "insp_prog", "ecoli_post", None, "Is E. coli in the well reduced by enrolling in the inspection programme, or do enrolled households just live on better-draining soils?", {}),
    ("m", "ate", "grant_rcvd", "atu_upgr", None, "Compute the ATT of `grant_rcvd` on `atu_upgr` (households that got a grant).", {"estimand": "att"}),
    ("n", "ate", "grant_rcvd", "no3_post", None, "How much would households without a grant have lowered nitrate in their drinking water had they received one?", {"estimand": "atc"}),
    ("t", "ate", "tank_age", "fail_24m", None, "tank_age effect on fail_24m ctrl hh_sz pmp_3y", {"covariates": ["hh_sz", "pmp_3y"]}),
    ("m", "ate", "atu_upgr", "ecoli_post", None, "Using `grant_rcvd` as an instrument, estimate the effect of `atu_upgr` on `ecoli_post`.", {"instrument": "grant_rcvd"}),
    ("n", "cate", "atu_upgr", "no3_post", None, "In Davis county (dvs), what is the effect of an aerobic unit upgrade on nitrate afterwards?", {"at": {"cnty": "dvs"}}),
    ("t", "cate", "pmp_3y", "fail_24m", None, "cate pmp_3y on fail_24m when tank_age = 30", {"at": {"tank_age": 30}}),
    ("o", "cate", "atu_upgr", "ecoli_post", None, "For wells 50 ft from the drain field, how much is E. coli cut by an upgrade?", {"at": {"well_dist_ft": 50}}),
    ("m", "cate", "insp_prog", "fail_60m", None, "How does the effect of `insp_prog` on `fail_60m` vary with `inc_k`?", {}),
    ("m", "policy", "atu_upgr", "ecoli_post", None, "Which households should receive an ATU upgrade (`atu_upgr`) to minimise `ecoli_post`?", {}),
    ("n", "policy", "grant_rcvd", "no3_post", None, "Target septic grants to the households where they most reduce nitrate in the well water.", {}),
    ("t", "policy", "insp_prog", "fail_60m", None, "who to enrol in insp_prog to min fail_60m", {}),
    ("o", "mediation", "grant_rcvd", "ecoli_post", "atu_upgr", "Grants lower E. coli in wells. Is that because grantees upgrade to an aerobic unit, which then cleans the effluent?", {}),
    ("m", "mediation", "insp_prog", "fail_60m", "pmp_3y", "How much of the effect of `insp_prog` on `fail_60m` goes through `pmp_3y`?", {}),
    ("n", "discover", None, None, None, "What is the causal structure among the septic household variables?", {}),
    ("n", "unsupported", None, None, None, "Predict which households will have a failure in the next 24 months.", {}),
]

NONE_ITEMS = [
    # unsupported, no dataset
    ("t", "unsupported", None, None, None, "hello! how are you today?", {}),
    ("n", "unsupported", None, None, None, "Tell me a joke about statisticians.", {}),
    ("n", "unsupported", None, None, None, "What's the capital of Mongolia?", {}),
    ("n", "unsupported", None, None, None, "Can you explain what a p-value is, in plain English?", {}),
    ("n", "unsupported", None, None, None, "Hi! Can you tell me what acupuncture actually is?", {}),
    ("t", "unsupported", None, None, None, "write a python function to reverse a string", {}),
    ("n", "unsupported", None, None, None, "Translate 'seagrass meadow' into French, please.", {}),
    # audit
    ("n", "audit", "gender", "interview recommendation", None, "If our hiring chatbot saw exactly the same CV but the applicant's gender were switched, would its interview recommendation change?", {}),
    ("m", "audit", "race", "loan approval", None, "Run a counterfactual fairness audit: does the LLM's loan approval flip when only the applicant's race is changed and every other field is held fixed?", {}),
    ("n", "audit", "age", "premium quote", None, "Would the AI insurance assistant give a different premium quote to a 68-year-old than to an otherwise identical 38-year-old?", {}),
    ("n", "audit", "religion", "tenancy decision", None, "Would our AI letting assistant's tenancy decision differ if the applicant were Muslim rather than Christian, with everything else the same?", {}),
    ("t", "audit", "disability", "scholarship award", None, "does the model change the scholarship award if the essay mentions a disability, all else equal?", {}),
    ("n", "audit", "accent", "escalation decision", None, "Does the voice assistant's escalation decision change when the caller has a Nigerian accent instead of an American one, holding the words constant?", {}),
    ("m", "audit", "name", "callback recommendation", None, "Test whether swapping the candidate's name (Jamal vs. Greg) on an otherwise identical résumé changes the LLM's callback recommendation.", {}),
    ("m", "audit", "sexual orientation", "adoption eligibility rating", None, "Counterfactual check: does the model's adoption eligibility rating move when the couple's sexual orientation is flipped and nothing else?", {}),
    ("t", "audit", "nationality", "visa recommendation", None, "llm visa recommendation - does it change w/ nationality only, rest identical", {}),
    ("n", "audit", "age", "triage priority", None, "Would the chatbot rank a patient's triage priority differently if the patient were 75 instead of 35, same symptoms and history?", {}),
    ("n", "audit", "gender", "salary offer", None, "Does the AI negotiator propose a different salary offer to a female candidate than to an otherwise identical male one?", {}),
    ("m", "audit", "race", "bail recommendation", None, "Audit the language model for counterfactual fairness: would its bail recommendation differ if the defendant's race were changed, all other facts fixed?", {}),
    ("o", "audit", "disability", "promotion recommendation", None, "Same performance review, but the employee uses a wheelchair in one version: is the LLM's promotion recommendation affected?", {}),
    ("t", "audit", "religion", "credit limit", None, "check if gpt sets a different credit limit when applicant religion is changed (jewish vs hindu), everything else same", {}),
    ("n", "audit", "pregnancy", "hiring decision", None, "If the candidate mentions she is pregnant, does the AI screener's hiring decision change compared with the identical profile without that mention?", {}),
    ("n", "audit", "ethnicity", "essay grade", None, "Does the grading bot give a different essay grade when the student's name signals a different ethnicity but the essay is word-for-word the same?", {}),
    ("o", "audit", "dialect", "job suitability judgment", None, "Is the chatbot's job suitability judgment altered when the applicant writes in African American English rather than Standard American English, content unchanged?", {}),
    ("t", "audit", "marital status", "mortgage approval", None, "counterfactual fairness of llm mortgage approval wrt marital status", {}),
    # relation
    ("o", "relation", None, None, None, "Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A directly cause C?", {}),
    ("o", "relation", None, None, None, "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Hypothesis: C is a common effect of A and B. Is that right?", {}),
    ("o", "relation", None, None, None, "We have four variables A, B, C, D. All pairs are correlated except that A and D are independent given B and C. Is B a cause of D?", {}),
    ("t", "relation", None, None, None, "A corr B, B corr C, A indep C. does B cause A?", {}),
    ("o", "relation", None, None, None, "Consider variables X, Y and Z. X correlates with Y and with Z; Y and Z are independent given X. Can we conclude that X is a common cause of Y and Z?", {}),
    ("n", "relation", None, None, None, "Given that A and C are correlated, B and C are correlated, and A and B are independent of each other, does C cause A?", {}),
    ("o", "relation", None, None, None, "Premises: A correlates with B; A correlates with C; B correlates with C; no conditional independences hold. Hypothesis: A directly causes B. Does the hypothesis follow?", {}),
    ("t", "relation", None, None, None, "3 vars A B C: A-B corr, B-C corr, A-C corr, A indep C | B. is there a confounder between A and C?", {}),
    ("o", "relation", None, None, None, "In a closed system of A, B, C and D: A correlates with D, B correlates with D, C correlates with D, and A, B, C are mutually independent. Is D a collider of A, B and C?", {}),
    ("n", "relation", None, None, None, "Suppose E and F are both correlated with G but E and F are independent. Could F be a cause of E?", {}),
    # generate
    ("m", "generate", None, None, None, "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y, X -> Y with linear Gaussian structural equations.", {}),
    ("n", "generate", None, None, None, "Have a language model write the structural equations for a DAG where rainfall -> crop yield <- fertiliser, then sample 1,000 rows from it.", {}),
    ("m", "generate", None, None, None, "Create a benchmark causal dataset from the SCM: Z ~ N(0,1); T = 1[Z + e > 0]; Y = 2T + Z + e.", {}),
    ("t", "generate", None, None, None, "simulate data from dag a->b, b->c, a->c, n=2000, nonlinear mechanisms", {}),
    ("n", "generate", None, None, None, "I need a semi-synthetic dataset where an LLM picks plausible mechanisms for age, smoking and lung cancer, given the graph age -> smoking -> cancer and age -> cancer.", {}),
    ("n", "generate", None, None, None, "Produce synthetic observational data with a known average effect of 3 from a confounded structural causal model, so we can benchmark estimators.", {}),
    ("t", "generate", None, None, None, "let gpt define the functional forms. graph: education -> income -> health; education -> health. 10k samples", {}),
    ("m", "generate", None, None, None, "Generate a toy dataset with an instrument: Z -> T -> Y, U -> T, U -> Y, with U unobserved.", {}),
    ("t", "generate", None, None, None, "make me a fake dataset from this structural causal model: X1 := U1; X2 := 0.5*X1 + U2; Y := X1 - X2 + U3", {}),
    ("n", "generate", None, None, None, "Can you sample a benchmark dataset from a random DAG with 8 nodes and logistic mechanisms?", {}),
]

OPT_KEYS = ("covariates", "instrument", "estimand", "at", "clarify")


def build():
    items = []
    for ds, qs in Q.items():
        cols = list(DATASETS[ds]["columns"].keys())
        for st, kind, t, y, m, text, ex in qs:
            items.append((st, ds, cols, kind, t, y, m, text, ex))
    for st, kind, t, y, m, text, ex in NONE_ITEMS:
        items.append((st, "none", None, kind, t, y, m, text, ex))
    out, styles = [], []
    for st, ds, cols, kind, t, y, m, text, ex in items:
        exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
        for k in OPT_KEYS:
            if k in ex:
                exp[k] = ex[k]
        out.append({"question": text, "dataset": ds, "columns": cols, "split": SPLIT,
                    "origin": ORIGIN, "expected": exp})
        styles.append(st)
    return out, styles


def validate(rows):
    errs = []
    seen = set()
    for r in rows:
        q, e, ds = r["question"], r["expected"], r["dataset"]
        if q in seen:
            errs.append("dup: " + q)
        seen.add(q)
        if ds == "none":
            if r["columns"] is not None:
                errs.append("none ds with cols: " + q)
            for k in ("treatment", "outcome", "mediator"):
                if e["kind"] != "audit" and e[k] is not None:
                    errs.append("none ds role set: " + q)
            continue
        cols = DATASETS[ds]["columns"]
        if r["columns"] != list(cols):
            errs.append("cols mismatch: " + q)
        names = [e[k] for k in ("treatment", "outcome", "mediator") if e[k] is not None]
        names += e.get("covariates", [])
        if "instrument" in e:
            names.append(e["instrument"])
        for n in names:
            if n not in cols:
                errs.append(f"missing col {n}: {q}")
        for k, v in e.get("at", {}).items():
            if k not in cols:
                errs.append(f"at col {k} missing: {q}")
                continue
            typ = cols[k]["type"]
            if typ in ("numeric", "binary"):
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    errs.append(f"at {k} not number: {q}")
                if typ == "binary" and v not in (0, 1):
                    errs.append(f"at {k} binary not 0/1: {q}")
            elif typ == "categorical":
                if v not in cols[k]["values"]:
                    errs.append(f"at {k}={v} not a level: {q}")
            else:
                errs.append(f"at on {typ} col: {q}")
        if e["kind"] in ("discover", "unsupported", "relation", "generate"):
            if any(e[k] is not None for k in ("treatment", "outcome", "mediator")):
                errs.append("roles on roleless kind: " + q)
        if e["kind"] == "mediation" and e["mediator"] is None:
            errs.append("mediation w/o mediator: " + q)
        if e.get("estimand") not in (None, "att", "atc"):
            errs.append("bad estimand: " + q)
    for ds, d in DATASETS.items():
        n = len(d["columns"])
        if not (13 <= n <= 18):
            errs.append(f"{ds} has {n} columns")
        if not ds.startswith("h25_"):
            errs.append("bad prefix " + ds)
        for cn, cv in d["columns"].items():
            if cv["type"] not in ("id", "binary", "numeric", "categorical", "date", "text"):
                errs.append(f"bad type {ds}.{cn}")
    return errs


def main():
    rows, styles = build()
    errs = validate(rows)
    if errs:
        raise SystemExit("VALIDATION FAILED:\n" + "\n".join(errs))
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DATASETS, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for i in order:
            f.write(json.dumps(rows[i], ensure_ascii=False) + "\n")

    kinds = Counter(r["expected"]["kind"] for r in rows)
    mods = Counter()
    for r in rows:
        e = r["expected"]
        for k in OPT_KEYS:
            if k in e:
                mods[k if k != "estimand" else "estimand_" + e[k]] += 1
        if r["dataset"] == "none":
            mods["dataset_none"] += 1
    st = Counter(styles)
    n = len(rows)
    stname = {"m": "machine/identifiers", "n": "natural paraphrase", "t": "terse/typo/lowercase",
              "o": "outcome-first/passive/confounding/story/conditional"}
    lines = [
        f"# {TAG} held-out causal question set",
        "",
        f"- Written by: data writer `{TAG}` (origin `{ORIGIN}`, split `{SPLIT}`)",
        f"- Written: {WRITTEN_UTC}",
        f"- Generator: `make_h25.py` (writes relative to its own folder); shuffle seed {SEED}",
        f"- Questions: {n}; datasets: {len(DATASETS)}",
        "",
        "## Domains / datasets",
    ]
    for ds, d in DATASETS.items():
        lines.append(f"- `{ds}` ({len(d['columns'])} cols): {d['description']}")
    lines += ["", "## Counts by kind"]
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        lines.append(f"- {k}: {v}")
    lines += ["", "## Counts by modifier"]
    for k, v in sorted(mods.items()):
        lines.append(f"- {k}: {v}")
    lines += ["", "## Styles (writer's own tagging)"]
    for k in "mnto":
        lines.append(f"- {stname[k]}: {st[k]} ({100*st[k]/n:.0f}%)")
    lines += [
        "",
        "## Label conventions",
        "- `treatment`/`outcome`/`mediator`: exact column names, `null` where the kind has none (discover, unsupported, relation, generate).",
        "- Baseline/follow-up pairs (`_pre/_post`, `_22/_23`, `_2019/_2023`, `_last`/plain, `Bl`/follow-up): when no version is named, the follow-up column is the outcome.",
        "- Parallel windows (30d/90d, 6m/12m, 12wk/26wk, weekday/weekend) or v1/v2 near-synonyms with nothing to pick => `clarify: true`, unresolved role `null`. Also `clarify` when a named variable is not in the data, or the causal direction is unstated (both roles `null`).",
        "- `covariates` only when the question says adjust/control/hold fixed; `instrument` only when named as such; `estimand` `att` for 'among those treated', `atc` for 'among untreated / if they had'.",
        "- `at`: subgroup filters and 'when X is v' values; numeric/binary -> JSON number (thresholds like 'over 65' -> 65), categorical -> level string. Heterogeneity questions ('how does it vary', 'for whom largest') are `cate` without `at`.",
        "- Policy: treatment = action column, outcome = goal column.",
        "- Audit: treatment = attribute as short phrase; outcome = shortest noun phrase used for the decision.",
        "- Dataset-`none` kinds: audit, relation, generate, and some unsupported.",
    ]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(n, dict(kinds), dict(mods), dict(st))


if __name__ == "__main__":
    main()
