#!/usr/bin/env python3
"""h40 held-out question set writer. Regenerate: python3 make_h40.py"""
import json, os, random, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout40", 40040

def col(t, vals):
    return {"type": t, "values": vals}

DS = {}
DS["h40_mandrill_troops"] = {
    "description": "Mandrill troops monitored in Gabonese forest reserves; anti-poaching patrols, logging, snares, stress hormones and infant survival.",
    "columns": {
        "trp_id": col("id", ["T001", "T002", "T003"]),
        "rsv": col("categorical", ["Lope", "Moukalaba", "Ivindo", "Bateke"]),
        "survey_dt": col("date", ["2019-03-01", "2020-07-15", "2021-11-02"]),
        "grp_sz": col("numeric", [120, 345, 610]),
        "apatrol": col("binary", [0, 1, 1]),
        "ptrl_hrs_wk": col("numeric", [0, 12.5, 40]),
        "dist_rd_km": col("numeric", [1.2, 5.0, 18.4]),
        "fruit_idx": col("numeric", [0.31, 0.55, 0.82]),
        "fruit_idx_v2": col("numeric", [0.28, 0.6, 0.79]),
        "snares_bl": col("numeric", [4, 11, 23]),
        "snares_24m": col("numeric", [1, 6, 19]),
        "fgc_bl": col("numeric", [210.5, 340.2, 512.0]),
        "fgc_24m": col("numeric", [190.1, 298.7, 480.3]),
        "inf_surv_12m": col("numeric", [0.62, 0.75, 0.88]),
        "inf_surv_24m": col("numeric", [0.48, 0.66, 0.81]),
        "logging": col("binary", [0, 1, 0]),
    },
}
DS["h40_baboon_farms"] = {
    "description": "Smallholder farms bordering forest in central Kenya with olive baboon crop-raiding; deterrents, compensation and farmer attitudes.",
    "columns": {
        "farmId": col("id", ["F-1001", "F-1002", "F-1003"]),
        "district": col("categorical", ["Laikipia", "Nanyuki", "Rumuruti", "Mukogodo"]),
        "surveyDate": col("date", ["2021-02-10", "2021-08-22", "2022-03-05"]),
        "farmHa": col("numeric", [0.8, 2.5, 6.0]),
        "guardDogs": col("binary", [0, 1, 0]),
        "chiliFence": col("binary", [1, 0, 0]),
        "fenceKm": col("numeric", [0, 0.4, 1.3]),
        "distToForestKm": col("numeric", [0.2, 1.0, 4.5]),
        "raidsPerMo_pre": col("numeric", [2, 7, 15]),
        "raidsPerMo_post": col("numeric", [0, 4, 12]),
        "cropLossPct": col("numeric", [3.5, 18.0, 42.0]),
        "cropLossPct_v2": col("numeric", [4.1, 16.2, 39.8]),
        "maizeShare": col("numeric", [0.2, 0.55, 0.9]),
        "householdSize": col("numeric", [3, 6, 11]),
        "compensationPaid": col("binary", [0, 1, 0]),
        "retaliatoryKills": col("numeric", [0, 1, 4]),
        "toleranceScore": col("numeric", [1.8, 3.2, 4.7]),
    },
}
DS["h40_vicuna_shearing"] = {
    "description": "Andean communities running chaccu round-ups and shearing of wild vicunas; fencing, paid guards, cooperatives, fibre yield and income.",
    "columns": {
        "COMM_ID": col("id", ["C-PU-01", "C-AY-07", "C-AR-12"]),
        "REGION": col("categorical", ["Puno", "Ayacucho", "Arequipa", "Huancavelica"]),
        "CHAKU_DATE": col("date", ["2018-06-14", "2019-07-02", "2020-06-28"]),
        "HERD_N": col("numeric", [150, 420, 1300]),
        "ALT_M": col("numeric", [3800, 4300, 4800]),
        "FENCED": col("binary", [1, 0, 1]),
        "GUARD_PAY": col("binary", [0, 1, 1]),
        "TRAINING_HRS": col("numeric", [0, 16, 40]),
        "COOP_MEMBER": col("binary", [1, 1, 0]),
        "SHEAR_N": col("numeric", [60, 210, 540]),
        "FIBRE_KG": col("numeric", [14.2, 48.0, 120.5]),
        "FIBRE_KG_PREV": col("numeric", [12.0, 41.3, 110.0]),
        "PRICE_USD_KG": col("numeric", [280, 350, 420]),
        "INCOME_PC_BL": col("numeric", [310, 540, 900]),
        "INCOME_PC_FU": col("numeric", [330, 610, 1020]),
        "POACH_30D": col("numeric", [0, 2, 7]),
        "POACH_90D": col("numeric", [1, 5, 18]),
    },
}
DS["h40_condor_release"] = {
    "description": "Andean condor captive-release sites in South America; rearing method, supplemental carcass feeding, lead exposure, survival and ranging.",
    "columns": {
        "site": col("id", ["S01", "S02", "S03"]),
        "country": col("categorical", ["Peru", "Argentina", "Chile", "Colombia"]),
        "release date": col("date", ["2015-10-01", "2018-04-12", "2021-09-30"]),
        "rearing method": col("categorical", ["puppet", "parent", "fostered"]),
        "age at release": col("numeric", [12, 18, 30]),
        "body mass": col("numeric", [9.8, 11.2, 13.5]),
        "supplemental feeding": col("binary", [1, 0, 1]),
        "carcasses per week": col("numeric", [0, 2, 5]),
        "blood lead before": col("numeric", [4.0, 9.5, 21.0]),
        "blood lead after": col("numeric", [3.1, 12.8, 35.6]),
        "survival 1 year": col("numeric", [0.6, 0.8, 1.0]),
        "survival 3 years": col("numeric", [0.3, 0.55, 0.9]),
        "home range": col("numeric", [850, 2400, 7600]),
        "home range revised": col("numeric", [900, 2250, 7100]),
        "wind farm nearby": col("binary", [0, 0, 1]),
        "distance to town": col("numeric", [5, 30, 120]),
    },
}
DS["h40_snowleopard_valleys"] = {
    "description": "Camera-trapped Himalayan and Central Asian valleys; corrals, livestock insurance, prey density, depredation and snow leopard detections.",
    "columns": {
        "valley_id": col("id", ["V-NP-03", "V-IN-11", "V-MN-07"]),
        "country": col("categorical", ["Nepal", "India", "Mongolia", "Pakistan", "Kyrgyzstan"]),
        "survey_start": col("date", ["2017-11-01", "2019-01-15", "2022-02-20"]),
        "elevation_m": col("numeric", [3200, 4000, 4900]),
        "herder_hh": col("numeric", [8, 35, 120]),
        "camera_nights": col("numeric", [400, 1250, 3100]),
        "livestock_insurance": col("binary", [1, 0, 1]),
        "predator_proof_corral": col("binary", [0, 1, 1]),
        "ibex_density": col("numeric", [0.8, 2.4, 5.1]),
        "ibex_density_v2": col("numeric", [0.7, 2.6, 4.8]),
        "detections_pre": col("numeric", [3, 12, 40]),
        "detections_post": col("numeric", [5, 14, 37]),
        "depredation_bl": col("numeric", [2, 9, 30]),
        "depredation_12m": col("numeric", [0, 6, 22]),
        "retaliation_kills": col("numeric", [0, 1, 3]),
        "tourism_income": col("numeric", [0, 4500, 22000]),
    },
}
DS["h40_redpanda_reserves"] = {
    "description": "Bamboo-forest reserves with red panda surveys; cattle grazing, forest guardians, free-roaming dogs, bamboo cover and panda signs.",
    "columns": {
        "reserveId": col("id", ["R-SC-02", "R-YN-05", "R-TB-01"]),
        "province": col("categorical", ["Sichuan", "Yunnan", "Gansu", "Tibet"]),
        "startDate": col("date", ["2016-05-01", "2019-09-10", "2021-04-22"]),
        "elevationM": col("numeric", [2400, 3000, 3700]),
        "bambooCoverPct": col("numeric", [22, 48, 81]),
        "bambooCoverPct_v2": col("numeric", [20, 51, 79]),
        "canopyHt": col("numeric", [8, 15, 26]),
        "roadDensity": col("numeric", [0.1, 0.5, 1.4]),
        "cattleGrazing": col("binary", [1, 0, 1]),
        "forestGuardians": col("binary", [0, 1, 1]),
        "guardianCount": col("numeric", [0, 3, 9]),
        "dogPresence": col("binary", [1, 1, 0]),
        "dungCount_pre": col("numeric", [4, 19, 55]),
        "dungCount_post": col("numeric", [6, 22, 61]),
        "sightings30d": col("numeric", [0, 2, 6]),
        "sightings90d": col("numeric", [1, 5, 14]),
    },
}
DS["h40_komodo_patrols"] = {
    "description": "Ranger patrol records from Komodo National Park islands; boat patrols, tourist caps, deer prey, nesting, poaching and dragon counts.",
    "columns": {
        "PATROL_ID": col("id", ["P-0001", "P-0002", "P-0003"]),
        "ISLAND": col("categorical", ["Komodo", "Rinca", "Padar", "Flores", "Gili Motang"]),
        "PATROL_DATE": col("date", ["2019-04-03", "2020-10-19", "2022-06-07"]),
        "RANGERS_N": col("numeric", [3, 6, 12]),
        "BOAT_PATROL": col("binary", [1, 0, 1]),
        "TOURIST_CAP": col("binary", [0, 1, 0]),
        "TOURIST_VISITS": col("numeric", [0, 180, 950]),
        "DEER_DENS_PRE": col("numeric", [8, 20, 41]),
        "DEER_DENS_POST": col("numeric", [9, 24, 45]),
        "NEST_ACTIVE": col("numeric", [0, 3, 11]),
        "HATCH_RATE": col("numeric", [0.2, 0.45, 0.7]),
        "HATCH_RATE_V2": col("numeric", [0.18, 0.5, 0.66]),
        "POACH_INC_30D": col("numeric", [0, 1, 4]),
        "POACH_INC_90D": col("numeric", [0, 3, 10]),
        "BITE_INCIDENTS": col("numeric", [0, 0, 2]),
        "DRAGON_CNT_BL": col("numeric", [14, 60, 210]),
        "DRAGON_CNT_FU": col("numeric", [15, 58, 225]),
    },
}
DS["h40_muskox_herds"] = {
    "description": "Arctic musk ox herds counted by aerial survey; rain-on-snow events, hunting quotas, wolves, disturbance, parasites, body condition and calf recruitment.",
    "columns": {
        "herd_id": col("id", ["H-NU-14", "H-GL-03", "H-AK-09"]),
        "rgn": col("categorical", ["Nunavut", "Greenland", "Alaska", "Taimyr"]),
        "cnt_dt": col("date", ["2016-07-20", "2019-07-11", "2023-07-05"]),
        "hd_sz": col("numeric", [18, 60, 240]),
        "rosi_n": col("numeric", [0, 2, 6]),
        "snw_dpth_cm": col("numeric", [15, 40, 95]),
        "hunt_qt": col("binary", [1, 0, 1]),
        "hunt_qt_n": col("numeric", [0, 5, 25]),
        "wolf_prs": col("binary", [0, 1, 1]),
        "vhcl_dist_km": col("numeric", [0.5, 3.0, 20.0]),
        "sea_ice_d": col("numeric", [120, 190, 260]),
        "prst_ld": col("numeric", [40, 210, 880]),
        "bdy_cnd": col("numeric", [2.1, 3.0, 3.9]),
        "bdy_cnd_v2": col("numeric", [2.3, 3.1, 3.8]),
        "calf_rt_bl": col("numeric", [0.12, 0.25, 0.41]),
        "calf_rt_fu": col("numeric", [0.08, 0.22, 0.44]),
    },
}
DS["h40_cheetah_farms"] = {
    "description": "Namibian commercial livestock farms in a cheetah conservation programme; guarding dogs, game fences, education visits, calf losses and cheetah removals.",
    "columns": {
        "Farm": col("id", ["NA-001", "NA-002", "NA-003"]),
        "Region": col("categorical", ["Otjozondjupa", "Khomas", "Erongo", "Omaheke"]),
        "Survey Date": col("date", ["2017-05-12", "2019-08-30", "2022-01-17"]),
        "Farm Area": col("numeric", [2500, 5000, 14000]),
        "Herd Size": col("numeric", [150, 500, 1800]),
        "Guarding Dog": col("binary", [1, 0, 1]),
        "Game Fence": col("binary", [0, 0, 1]),
        "Education Visits": col("numeric", [0, 2, 6]),
        "Prey Abundance": col("numeric", [0.4, 1.3, 3.2]),
        "Calf Losses": col("numeric", [0, 6, 25]),
        "Calf Loss Rate": col("numeric", [0.0, 0.03, 0.11]),
        "Cheetahs Removed Before": col("numeric", [0, 3, 12]),
        "Cheetahs Removed After": col("numeric", [0, 1, 8]),
        "Attitude Score": col("numeric", [1.5, 3.0, 4.6]),
        "Attitude Score Revised": col("numeric", [1.7, 3.2, 4.5]),
        "Farm Income": col("numeric", [120000, 450000, 1300000]),
    },
}
DS["h40_chimp_sanctuaries"] = {
    "description": "Individual chimpanzees in African sanctuaries; arrival history, enrichment programme, group living, cortisol, social bonds and abnormal behaviour.",
    "columns": {
        "chimp_id": col("id", ["CH-017", "CH-102", "CH-233"]),
        "sanctuary": col("categorical", ["Tchimpounga", "Ngamba", "Sweetwaters", "Chimfunshi"]),
        "arrival_date": col("date", ["2008-03-11", "2014-09-01", "2020-12-19"]),
        "sex": col("categorical", ["F", "M"]),
        "age_at_arrival_yrs": col("numeric", [1.5, 3, 9]),
        "orphan_poaching": col("binary", [1, 1, 0]),
        "enrichment_prog": col("binary", [0, 1, 1]),
        "enrichment_hrs_wk": col("numeric", [0, 6, 14]),
        "group_size": col("numeric", [4, 12, 38]),
        "vet_visits": col("numeric", [0, 2, 9]),
        "cortisol_pre": col("numeric", [2.4, 4.1, 7.9]),
        "cortisol_post": col("numeric", [2.0, 3.6, 7.2]),
        "social_bond_idx": col("numeric", [0.1, 0.45, 0.9]),
        "social_bond_idx_v2": col("numeric", [0.12, 0.4, 0.88]),
        "abnormal_behav_bl": col("numeric", [0, 5, 21]),
        "abnormal_behav_6m": col("numeric", [0, 3, 17]),
        "abnormal_behav_12m": col("numeric", [0, 2, 15]),
    },
}
DS["h40_hornbill_nestboxes"] = {
    "description": "Artificial nest boxes for hornbills in Asian forest landscapes; predator guards, community guardians, box design, temperature, occupancy and fledging.",
    "columns": {
        "boxId": col("id", ["NB-0012", "NB-0140", "NB-0371"]),
        "landscape": col("categorical", ["Pakke", "Budo", "Khao Yai", "Sabah"]),
        "installDate": col("date", ["2016-01-20", "2018-11-05", "2021-02-14"]),
        "boxMaterial": col("categorical", ["wood", "pvc", "fibreglass"]),
        "heightM": col("numeric", [6, 10, 18]),
        "predatorGuard": col("binary", [1, 0, 1]),
        "communityGuardian": col("binary", [0, 1, 1]),
        "guardianPayUsd": col("numeric", [0, 40, 120]),
        "figTreesNearby": col("numeric", [0, 4, 15]),
        "distToVillageKm": col("numeric", [0.5, 3.2, 11.0]),
        "internalTempC": col("numeric", [24.5, 27.8, 31.0]),
        "internalTempMaxC": col("numeric", [29.0, 33.5, 39.2]),
        "occupancyYr1": col("binary", [0, 1, 0]),
        "occupancyYr3": col("binary", [1, 1, 0]),
        "fledgedChicks": col("numeric", [0, 1, 2]),
        "fledgedChicksV2": col("numeric", [0, 1, 2]),
    },
}
DS["h40_macaw_claylicks"] = {
    "description": "Scarlet macaw clay-lick observation sites in western Amazonia; tourist blinds, guides, boat traffic, flushing disturbance and feeding time.",
    "columns": {
        "LICK_ID": col("id", ["CL-TAM-1", "CL-CHU-2", "CL-MAD-3"]),
        "COUNTRY": col("categorical", ["Peru", "Bolivia", "Brazil"]),
        "OBS_DATE": col("date", ["2022-07-08", "2022-09-14", "2023-08-02"]),
        "TOURIST_BLIND": col("binary", [1, 0, 1]),
        "VISITORS_DAY": col("numeric", [0, 25, 80]),
        "GUIDE_TRAINED": col("binary", [0, 1, 1]),
        "BOAT_TRAFFIC": col("numeric", [0, 6, 22]),
        "DIST_LODGE_KM": col("numeric", [0.3, 2.0, 9.5]),
        "LOGGING_NEARBY": col("binary", [0, 1, 0]),
        "RAIN_MM": col("numeric", [0, 45, 210]),
        "SODIUM_PPM": col("numeric", [120, 480, 900]),
        "MACAW_CNT_PREV": col("numeric", [10, 55, 140]),
        "MACAW_CNT": col("numeric", [8, 60, 150]),
        "FLUSH_EVENTS": col("numeric", [0, 3, 11]),
        "FLUSH_RATE": col("numeric", [0.0, 0.4, 1.6]),
        "FEED_MIN_AM": col("numeric", [5, 28, 70]),
        "FEED_MIN_PM": col("numeric", [0, 12, 40]),
    },
}
DS["h40_crematoria"] = {
    "description": "UK crematoria operations; mercury abatement retrofits, ownership, furnaces, gas use, emissions, fees, waiting times and complaints.",
    "columns": {
        "crematorium_id": col("id", ["CR-001", "CR-047", "CR-112"]),
        "region": col("categorical", ["North", "Midlands", "South", "Wales", "Scotland"]),
        "commission_date": col("date", ["1962-04-01", "1998-09-15", "2016-06-30"]),
        "council_run": col("binary", [1, 0, 1]),
        "fuel_type": col("categorical", ["gas", "electric", "biogas"]),
        "furnace_age_yrs": col("numeric", [2, 11, 28]),
        "cremations_yr": col("numeric", [600, 1500, 3400]),
        "abatement_filter": col("binary", [1, 1, 0]),
        "staff_fte": col("numeric", [3, 7.5, 16]),
        "fee_gbp": col("numeric", [620, 850, 1140]),
        "hg_emis_pre": col("numeric", [0.8, 2.1, 4.4]),
        "hg_emis_post": col("numeric", [0.1, 0.9, 4.0]),
        "gas_m3_total": col("numeric", [40000, 95000, 210000]),
        "gas_m3_per_crem": col("numeric", [48, 63, 80]),
        "complaints_6m": col("numeric", [0, 2, 9]),
        "complaints_12m": col("numeric", [0, 4, 15]),
        "wait_days": col("numeric", [5, 12, 26]),
    },
}
DS["h40_toll_plazas"] = {
    "description": "Highway toll plazas in US states; electronic and open-road tolling conversions, dynamic pricing, traffic, queues, crashes, revenue and NOx.",
    "columns": {
        "plazaId": col("id", ["TX-101", "FL-033", "NJ-017"]),
        "state": col("categorical", ["TX", "FL", "NJ", "CA", "IL"]),
        "openDate": col("date", ["1987-05-01", "2004-10-12", "2015-03-30"]),
        "laneCount": col("numeric", [4, 8, 16]),
        "etcLanes": col("numeric", [1, 4, 12]),
        "openRoadTolling": col("binary", [0, 1, 1]),
        "dynamicPricing": col("binary", [0, 0, 1]),
        "tollRateUsd": col("numeric", [1.25, 3.5, 8.0]),
        "dailyTraffic": col("numeric", [12000, 50000, 140000]),
        "truckShare": col("numeric", [0.05, 0.14, 0.3]),
        "queueMinAm": col("numeric", [0.5, 4.0, 17.0]),
        "queueMinPm": col("numeric", [0.8, 5.5, 22.0]),
        "crashesPre": col("numeric", [2, 11, 40]),
        "crashesPost": col("numeric", [1, 7, 35]),
        "revenueK": col("numeric", [40, 310, 1250]),
        "revenueKv2": col("numeric", [38, 325, 1190]),
        "noxPpb": col("numeric", [12, 30, 71]),
    },
}
DS["h40_go_clubs"] = {
    "description": "Go (weiqi/baduk) clubs; teaching sessions, AI game review, online play, fees, member ranks, ratings and retention.",
    "columns": {
        "clb_id": col("id", ["GC-JP-004", "GC-KR-019", "GC-NL-002"]),
        "ctry": col("categorical", ["Japan", "Korea", "China", "USA", "Netherlands"]),
        "fnd_dt": col("date", ["1971-01-01", "1999-06-15", "2017-09-09"]),
        "mbr_n": col("numeric", [12, 45, 180]),
        "tch_ses": col("binary", [1, 0, 1]),
        "ai_rev": col("binary", [0, 1, 1]),
        "les_wk": col("numeric", [0, 1, 3]),
        "yth_pct": col("numeric", [5, 30, 65]),
        "fee_mo": col("numeric", [0, 20, 55]),
        "onl": col("binary", [0, 1, 1]),
        "trn_yr": col("numeric", [0, 4, 12]),
        "rnk_bl": col("numeric", [15, 8, 2]),
        "rnk_12m": col("numeric", [12, 6, 1]),
        "elo": col("numeric", [1200, 1650, 2300]),
        "elo_v2": col("numeric", [1180, 1700, 2280]),
        "ret_3m": col("numeric", [0.55, 0.78, 0.95]),
        "ret_12m": col("numeric", [0.3, 0.52, 0.85]),
    },
}

STYLE_NOTE = {
    "h40_mandrill_troops": "snake_case cryptic codes",
    "h40_baboon_farms": "camelCase",
    "h40_vicuna_shearing": "UPPER_CASE codes",
    "h40_condor_release": "plain lowercase words with spaces",
    "h40_snowleopard_valleys": "snake_case plain words",
    "h40_redpanda_reserves": "camelCase",
    "h40_komodo_patrols": "UPPER_CASE codes",
    "h40_muskox_herds": "snake_case cryptic codes",
    "h40_cheetah_farms": "Title Case plain words with spaces",
    "h40_chimp_sanctuaries": "snake_case plain words",
    "h40_hornbill_nestboxes": "camelCase",
    "h40_macaw_claylicks": "UPPER_CASE codes",
    "h40_crematoria": "snake_case plain words",
    "h40_toll_plazas": "camelCase",
    "h40_go_clubs": "snake_case cryptic codes",
}

Q = []

def _add(ds, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, clarify=False):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        exp["covariates"] = cov
    if iv:
        exp["instrument"] = iv
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clarify:
        exp["clarify"] = True
    Q.append({"question": text, "dataset": ds if ds else "none",
              "columns": list(DS[ds]["columns"].keys()) if ds else None,
              "split": SPLIT, "origin": ORIGIN, "expected": exp})

def A(ds, text, t, y, **kw): _add(ds, text, "ate", t, y, **kw)
def C(ds, text, t, y, **kw): _add(ds, text, "cate", t, y, **kw)
def P(ds, text, t, y, **kw): _add(ds, text, "policy", t, y, **kw)
def M(ds, text, t, y, m, **kw): _add(ds, text, "mediation", t, y, m, **kw)
def D(ds, text): _add(ds, text, "discover")
def U(ds, text): _add(ds, text, "unsupported")
def AU(text, t, y): _add(None, text, "audit", t, y)
def R(text): _add(None, text, "relation")
def G(text): _add(None, text, "generate")

# ---------------- mandrill (snake cryptic) ----------------
d = "h40_mandrill_troops"
A(d, "Estimate the average treatment effect of anti-poaching patrols (`apatrol`) on snare counts at 24 months (`snares_24m`), adjusting for `dist_rd_km` and `grp_sz`.", "apatrol", "snares_24m", cov=["grp_sz", "dist_rd_km"])
A(d, "Do troops next to logging concessions end up more stressed (fecal glucocorticoids), once you account for how far they are from the nearest road?", "logging", "fgc_24m", cov=["dist_rd_km"])
A(d, "ate of apatrol on inf_surv_24m adj rsv, dist_rd_km", "apatrol", "inf_surv_24m", cov=["rsv", "dist_rd_km"])
A(d, "Does putting more ranger hours on the ground each week actually help more mandrill babies make it to their second birthday?", "ptrl_hrs_wk", "inf_surv_24m")
A(d, "Is the drop in wire traps where rangers patrol a real effect of the patrols, or just confounding?", "apatrol", "snares_24m")
A(d, "What is the effect of patrolling on the stress hormone levels of the troops that were actually patrolled?", "apatrol", "fgc_24m", est="att")
A(d, "effect of logging on infant survival?", "logging", None, clarify=True)
A(d, "Using distance to road (dist_rd_km) as an instrument for patrol presence (apatrol), what is the causal effect on infant survival at 24 months (inf_surv_24m)?", "apatrol", "inf_surv_24m", iv="dist_rd_km")
A(d, "How does anti-poaching patrolling change mandrill body weight?", "apatrol", None, clarify=True)
C(d, "Effect of `apatrol` on `snares_24m` restricted to the Ivindo reserve (`rsv` = Ivindo).", "apatrol", "snares_24m", at={"rsv": "Ivindo"})
C(d, "How does the benefit of patrols for two-year infant survival vary with troop size?", "apatrol", "inf_surv_24m")
C(d, "under the condition that the troop ranges 5 km from a road, what does logging do to fgc_24m?", "logging", "fgc_24m", at={"dist_rd_km": 5})
C(d, "for big troops (around 300 animals), does extra weekly patrol time cut the number of snares found?", "ptrl_hrs_wk", "snares_24m", at={"grp_sz": 300})
P(d, "Which troops should get anti-poaching patrols to maximise infant survival at 24 months?", "apatrol", "inf_surv_24m")
P(d, "targeting rule: where to send patrols (apatrol) to cut snares_24m the most", "apatrol", "snares_24m")
P(d, "If we can only afford patrol teams for a few troops, which ones gain the most in lower stress hormones?", "apatrol", "fgc_24m")
M(d, "How much of the effect of logging on infant survival at 24 months (`inf_surv_24m`) runs through reduced fruit availability (`fruit_idx`)?", "logging", "inf_surv_24m", "fruit_idx")
M(d, "Patrols seem to work by clearing snares, which then lowers stress in the troop. What share of the patrol effect on fgc_24m goes via snares_24m?", "apatrol", "fgc_24m", "snares_24m")
D(d, "Which of these mandrill troop measurements drive which others? Work out the cause-and-effect structure from the data.")
D(d, "learn causal graph for mandrill troops data")
U(d, "Plot the number of troops per reserve as a bar chart.")

# ---------------- baboon (camelCase) ----------------
d = "h40_baboon_farms"
A(d, "Estimate the ATE of `chiliFence` on `raidsPerMo_post`, controlling for `distToForestKm` and `farmHa`.", "chiliFence", "raidsPerMo_post", cov=["farmHa", "distToForestKm"])
A(d, "For farms that never kept dogs, how much would `guardDogs` have reduced `raidsPerMo_post`?", "guardDogs", "raidsPerMo_post", est="atc")
A(d, "does paying farmers compensation make them less likely to kill baboons in revenge", "compensationPaid", "retaliatoryKills")
A(d, "What's the effect of guard dogs on crop loss?", "guardDogs", None, clarify=True)
A(d, "ate chiliFence -> toleranceScore adj householdSize, maizeShare", "chiliFence", "toleranceScore", cov=["maizeShare", "householdSize"])
A(d, "For the farms that put up chilli-pepper fences, how much did raiding drop as a result?", "chiliFence", "raidsPerMo_post", est="att")
A(d, "Is farmer goodwill toward baboons really raised by compensation payouts, or is the association confounded?", "compensationPaid", "toleranceScore")
A(d, "What would crop losses (cropLossPct_v2) have been on the farms without dogs had they kept dogs?", "guardDogs", "cropLossPct_v2", est="atc")
C(d, "Among farms in Rumuruti, what's the effect of chilli fences on how often baboons raid?", "chiliFence", "raidsPerMo_post", at={"district": "Rumuruti"})
C(d, "When the farm sits 1 km from the forest edge, how much do guard dogs reduce raids (`raidsPerMo_post`)?", "guardDogs", "raidsPerMo_post", at={"distToForestKm": 1})
C(d, "Does the effect of fence length (fenceKm) on cropLossPct differ depending on how much of the farm is maize (maizeShare)?", "fenceKm", "cropLossPct")
C(d, "cate compensationPaid on retaliatoryKills for households of 8 people", "compensationPaid", "retaliatoryKills", at={"householdSize": 8})
P(d, "Which farms should be given guard dogs (`guardDogs`) to minimise `raidsPerMo_post`?", "guardDogs", "raidsPerMo_post")
P(d, "Allocation rule for chilli-fence subsidies: who gains most in terms of tolerance toward baboons?", "chiliFence", "toleranceScore")
M(d, "Compensation might reduce revenge killing by making farmers more tolerant. How much of compensationPaid's effect on retaliatoryKills is mediated by toleranceScore?", "compensationPaid", "retaliatoryKills", "toleranceScore")
M(d, "direct vs indirect effect of guardDogs on cropLossPct_v2 via raidsPerMo_post", "guardDogs", "cropLossPct_v2", "raidsPerMo_post")
M(d, "Do chilli fences reduce crop losses mainly because they reduce the number of raids?", "chiliFence", None, "raidsPerMo_post", clarify=True)
D(d, "Learn the causal graph over the baboon farm variables.")
U(d, "What's the mean householdSize by district?")

# ---------------- vicuna (UPPER) ----------------
d = "h40_vicuna_shearing"
A(d, "What is the average effect of fencing (FENCED) on fibre yield (FIBRE_KG), adjusting for HERD_N and ALT_M?", "FENCED", "FIBRE_KG", cov=["HERD_N", "ALT_M"])
A(d, "Does joining a cooperative raise what each household member earns?", "COOP_MEMBER", "INCOME_PC_FU")
A(d, "Do paid community wardens reduce poaching?", "GUARD_PAY", None, clarify=True)
A(d, "ate GUARD_PAY on POACH_90D", "GUARD_PAY", "POACH_90D")
A(d, "How much more wool per round-up do communities get for each extra hour of shearing training?", "TRAINING_HRS", "FIBRE_KG")
A(d, "Is the better price per kilo among co-op members a genuine effect of membership, or is it confounding?", "COOP_MEMBER", "PRICE_USD_KG")
A(d, "effect of fencing (`FENCED`) on per-capita income (`INCOME_PC_FU`) among the communities that fenced", "FENCED", "INCOME_PC_FU", est="att")
A(d, "Using altitude (ALT_M) as an instrument for FENCED, estimate the effect of fencing on POACH_90D.", "FENCED", "POACH_90D", iv="ALT_M")
C(d, "Effect of FENCED on FIBRE_KG in Puno only (REGION = Puno).", "FENCED", "FIBRE_KG", at={"REGION": "Puno"})
C(d, "At 4500 m altitude, what does paying guards do to 30-day poaching counts?", "GUARD_PAY", "POACH_30D", at={"ALT_M": 4500})
C(d, "heterogeneity in the effect of TRAINING_HRS on FIBRE_KG across herd sizes", "TRAINING_HRS", "FIBRE_KG")
C(d, "For communities managing 400 vicunas, how does belonging to a cooperative change income per head?", "COOP_MEMBER", "INCOME_PC_FU", at={"HERD_N": 400})
P(d, "Which communities should receive guard payments (`GUARD_PAY`) to minimise `POACH_90D`?", "GUARD_PAY", "POACH_90D")
P(d, "Who should be prioritised for shearing training so that fibre output is as high as possible?", "TRAINING_HRS", "FIBRE_KG")
P(d, "design a targeting rule for fencing subsidies to maximise INCOME_PC_FU", "FENCED", "INCOME_PC_FU")
M(d, "Does co-op membership raise income mainly through the better price per kilo? Split the effect of COOP_MEMBER on INCOME_PC_FU into direct and indirect via PRICE_USD_KG.", "COOP_MEMBER", "INCOME_PC_FU", "PRICE_USD_KG")
M(d, "Fencing keeps the animals together, so more of them get shorn, which then drives fibre output. How much of the fencing effect on fibre goes via the number shorn?", "FENCED", "FIBRE_KG", "SHEAR_N")
M(d, "mediation: GUARD_PAY -> HERD_N -> FIBRE_KG", "GUARD_PAY", "FIBRE_KG", "HERD_N")
D(d, "What causes what among these community shearing variables? Find the dependency structure.")
U(d, "Forecast next year's FIBRE_KG for each community.")

# ---------------- condor (plain spaced words) ----------------
d = "h40_condor_release"
A(d, "Estimate the effect of `supplemental feeding` on `blood lead after`, controlling for `distance to town`.", "supplemental feeding", "blood lead after", cov=["distance to town"])
A(d, "Does putting out clean carcasses keep released condors alive for three years?", "supplemental feeding", "survival 3 years")
A(d, "Do nearby wind farms lower first-year survival of released birds?", "wind farm nearby", "survival 1 year")
A(d, "effect of carcass provisioning rate on lead levels", "carcasses per week", "blood lead after")
A(d, "What is the effect of supplemental feeding on survival?", "supplemental feeding", None, clarify=True)
A(d, "ate of supplemental feeding on home range revised, adj age at release and body mass", "supplemental feeding", "home range revised", cov=["age at release", "body mass"])
A(d, "For the sites that did provide food, what did the feeding do to the birds' lead exposure?", "supplemental feeding", "blood lead after", est="att")
C(d, "For sites in Argentina, what is the effect of (supplemental feeding) on (survival 3 years)?", "supplemental feeding", "survival 3 years", at={"country": "Argentina"})
C(d, "Among puppet-reared birds, does supplementary feeding lower lead in the blood after release?", "supplemental feeding", "blood lead after", at={"rearing method": "puppet"})
C(d, "How does the feeding effect on the revised home-range estimate change with distance to the nearest town?", "supplemental feeding", "home range revised")
C(d, "at 30 km from town, effect of wind farm nearby on survival 1 year", "wind farm nearby", "survival 1 year", at={"distance to town": 30})
P(d, "At which release sites should we provide supplemental feeding to maximise 3-year survival?", "supplemental feeding", "survival 3 years")
P(d, "rule for where to put more carcasses (carcasses per week) so that blood lead after release is minimised", "carcasses per week", "blood lead after")
P(d, "Which release cohorts should be held back and released at an older age to get the best first-year survival?", "age at release", "survival 1 year")
M(d, "Feeding clean carcasses lowers lead exposure, which in turn raises survival. How much of the effect of supplemental feeding on survival 3 years is mediated by blood lead after?", "supplemental feeding", "survival 3 years", "blood lead after")
M(d, "direct and indirect effect of wind farm nearby on survival 1 year through home range", "wind farm nearby", "survival 1 year", "home range")
D(d, "Find the causal structure among the condor release variables, without me telling you any arrows.")
D(d, "Which release-site factors influence one another? I'd like the network of causes, learned from the data.")

# ---------------- snow leopard (snake plain) ----------------
d = "h40_snowleopard_valleys"
A(d, "Estimate the ATE of `predator_proof_corral` on `depredation_12m`, adjusting for `herder_hh` and `ibex_density`.", "predator_proof_corral", "depredation_12m", cov=["herder_hh", "ibex_density"])
A(d, "Do livestock insurance schemes reduce revenge killing of snow leopards?", "livestock_insurance", "retaliation_kills")
A(d, "effect of tourism income on ibex density", "tourism_income", None, clarify=True)
A(d, "ate livestock_insurance -> detections_post ctrl camera_nights", "livestock_insurance", "detections_post", cov=["camera_nights"])
A(d, "Are the cats photographed more often in valleys with predator-proof pens, or is that just confounding?", "predator_proof_corral", "detections_post")
A(d, "How many fewer animals would big cats have taken in valleys that did NOT build corrals, had they built them?", "predator_proof_corral", "depredation_12m", est="atc")
A(d, "Does money from tourism lower the number of leopards killed in retaliation?", "tourism_income", "retaliation_kills")
A(d, "estimate the causal effect between tourism_income and retaliation_kills", None, None, clarify=True)
C(d, "Effect of `predator_proof_corral` on `depredation_12m` in Mongolia (`country` == 'Mongolia').", "predator_proof_corral", "depredation_12m", at={"country": "Mongolia"})
C(d, "When valleys sit at 4000 m, does insurance cut the number of snow leopards killed by herders?", "livestock_insurance", "retaliation_kills", at={"elevation_m": 4000})
C(d, "For which valleys is the effect of corrals on livestock losses largest?", "predator_proof_corral", "depredation_12m")
C(d, "conditional effect of livestock_insurance on retaliation_kills for valleys with 50 herder households", "livestock_insurance", "retaliation_kills", at={"herder_hh": 50})
P(d, "Which valleys should get predator-proof corrals first to cut depredation (depredation_12m)?", "predator_proof_corral", "depredation_12m")
P(d, "targeting insurance enrolment: which valleys to enrol to minimise retaliation kills", "livestock_insurance", "retaliation_kills")
P(d, "With money for only a handful of insurance schemes, where should they go to keep the most leopards alive?", "livestock_insurance", "retaliation_kills")
M(d, "How much of the corral effect on retaliation_kills goes through depredation_12m?", "predator_proof_corral", "retaliation_kills", "depredation_12m")
M(d, "Does tourism income cut retaliatory killing directly, or through raising ibex density (ibex_density_v2)?", "tourism_income", "retaliation_kills", "ibex_density_v2")
D(d, "Infer the causal DAG over the valley variables.")
D(d, "which variables in the snow leopard data influence which others?")
U(d, "Clean the camera_nights column; some rows have negative values.")

# ---------------- red panda (camelCase) ----------------
d = "h40_redpanda_reserves"
A(d, "What is the average effect of `cattleGrazing` on `bambooCoverPct`, controlling for `elevationM`?", "cattleGrazing", "bambooCoverPct", cov=["elevationM"])
A(d, "Do community forest guardians increase the amount of red panda droppings found?", "forestGuardians", "dungCount_post")
A(d, "Does cattle grazing hurt red panda sightings?", "cattleGrazing", None, clarify=True)
A(d, "ate dogPresence on sightings90d adj roadDensity canopyHt", "dogPresence", "sightings90d", cov=["canopyHt", "roadDensity"])
A(d, "How much would panda signs rise if each reserve took on one more guardian?", "guardianCount", "dungCount_post")
A(d, "In the reserves where cattle do graze, what has grazing done to panda dung counts?", "cattleGrazing", "dungCount_post", est="att")
A(d, "Is the understorey bamboo thinner (bambooCoverPct_v2) because of roads, or is that confounded?", "roadDensity", "bambooCoverPct_v2")
A(d, "Effect of free-roaming dogs on red panda sightings over 30 days", "dogPresence", "sightings30d")
C(d, "In Yunnan reserves (`province`), what's the effect of `cattleGrazing` on `dungCount_post`?", "cattleGrazing", "dungCount_post", at={"province": "Yunnan"})
C(d, "At 3000 m elevation, effect of forestGuardians on sightings90d", "forestGuardians", "sightings90d", at={"elevationM": 3000})
C(d, "How does the impact of dogs on 90-day sightings change with canopy height?", "dogPresence", "sightings90d")
C(d, "for reserves with a road density of 0.5 km/km2, what is the effect of `dogPresence` on `dungCount_post`?", "dogPresence", "dungCount_post", at={"roadDensity": 0.5})
P(d, "Which reserves should get forest guardians to maximise red panda dung counts?", "forestGuardians", "dungCount_post")
P(d, "Where should we ban cattle grazing to most improve bamboo cover (bambooCoverPct)?", "cattleGrazing", "bambooCoverPct")
M(d, "Grazing tramples the bamboo, and less bamboo means fewer pandas. How much of cattleGrazing's effect on dungCount_post goes through bambooCoverPct?", "cattleGrazing", "dungCount_post", "bambooCoverPct")
M(d, "natural direct and indirect effects of forestGuardians on sightings90d, dogPresence as mediator", "forestGuardians", "sightings90d", "dogPresence")
M(d, "Do guardians help pandas directly, or mostly by keeping the grazing cattle out? Decompose the guardian effect on droppings found.", "forestGuardians", "dungCount_post", "cattleGrazing")
D(d, "Discover the causal relationships among the red panda reserve variables.")
U(d, "give me a histogram of elevationM")

# ---------------- komodo (UPPER) ----------------
d = "h40_komodo_patrols"
A(d, "Estimate the ATE of BOAT_PATROL on POACH_INC_90D, adjusting for RANGERS_N.", "BOAT_PATROL", "POACH_INC_90D", cov=["RANGERS_N"])
A(d, "Do visitor caps reduce the number of people bitten?", "TOURIST_CAP", "BITE_INCIDENTS")
A(d, "Does patrolling the coast by boat bring back the deer the dragons eat?", "BOAT_PATROL", "DEER_DENS_POST")
A(d, "effect of boat patrols on poaching", "BOAT_PATROL", None, clarify=True)
A(d, "ate TOURIST_VISITS on HATCH_RATE_V2 ctrl ISLAND", "TOURIST_VISITS", "HATCH_RATE_V2", cov=["ISLAND"])
A(d, "On the islands that capped tourists, what did the cap do to the number of active nests?", "TOURIST_CAP", "NEST_ACTIVE", est="att")
A(d, "Is the higher Komodo dragon tally after boat patrols genuine, or confounded?", "BOAT_PATROL", "DRAGON_CNT_FU")
C(d, "Effect of BOAT_PATROL on POACH_INC_30D on Rinca (ISLAND = Rinca).", "BOAT_PATROL", "POACH_INC_30D", at={"ISLAND": "Rinca"})
C(d, "When deer density was 20 per km2 beforehand, what does capping tourists do to hatching success (HATCH_RATE)?", "TOURIST_CAP", "HATCH_RATE", at={"DEER_DENS_PRE": 20})
C(d, "Which islands benefit most from boat patrols in terms of prey density?", "BOAT_PATROL", "DEER_DENS_POST")
C(d, "for patrols with 5 rangers on board: effect of BOAT_PATROL on DRAGON_CNT_FU", "BOAT_PATROL", "DRAGON_CNT_FU", at={"RANGERS_N": 5})
P(d, "Which patrol zones should get boat patrols (`BOAT_PATROL`) to maximise `DRAGON_CNT_FU`?", "BOAT_PATROL", "DRAGON_CNT_FU")
P(d, "Should we impose a tourist cap, and where, so that fewer visitors get bitten?", "TOURIST_CAP", "BITE_INCIDENTS")
P(d, "who should get boat patrols to minimise 90-day poaching", "BOAT_PATROL", "POACH_INC_90D")
M(d, "Boat patrols deter deer poachers, which boosts the prey base, which then lifts dragon numbers. What share of BOAT_PATROL -> DRAGON_CNT_FU is via DEER_DENS_POST?", "BOAT_PATROL", "DRAGON_CNT_FU", "DEER_DENS_POST")
M(d, "How much of the tourist cap's effect on hatching (HATCH_RATE) is mediated by active nests (NEST_ACTIVE)?", "TOURIST_CAP", "HATCH_RATE", "NEST_ACTIVE")
D(d, "Which variables in the Komodo patrol log cause which?")
U(d, "Write SQL to count patrols by ISLAND.")

# ---------------- musk ox (snake cryptic) ----------------
d = "h40_muskox_herds"
A(d, "Estimate the average effect of hunting quotas (`hunt_qt`) on calf recruitment (`calf_rt_fu`), adjusting for `hd_sz` and `rgn`.", "hunt_qt", "calf_rt_fu", cov=["rgn", "hd_sz"])
A(d, "Do rain-on-snow icing events mean fewer calves survive into the herd?", "rosi_n", "calf_rt_fu")
A(d, "effect of parasite load on body condition", "prst_ld", None, clarify=True)
A(d, "Estimate the ATE of `wolf_prs` on `calf_rt_fu`, adjusting for `snw_dpth_cm`.", "wolf_prs", "calf_rt_fu", cov=["snw_dpth_cm"])
A(d, "does deep snow make musk oxen thinner? use bdy_cnd_v2", "snw_dpth_cm", "bdy_cnd_v2")
A(d, "Is the effect of vehicle disturbance distance (vhcl_dist_km) on body condition (bdy_cnd) real once we hold region fixed?", "vhcl_dist_km", "bdy_cnd", cov=["rgn"])
A(d, "For herds that were under a hunting quota, what did the quota do to herd size?", "hunt_qt", "hd_sz", est="att")
A(d, "How much does one more freezing-rain event on snow raise the worm burden of the animals?", "rosi_n", "prst_ld")
C(d, "Effect of wolf presence (`wolf_prs`) on `calf_rt_fu` in Greenland", "wolf_prs", "calf_rt_fu", at={"rgn": "Greenland"})
C(d, "under the condition that snow depth is 40 cm, what is the effect of rosi_n on bdy_cnd_v2?", "rosi_n", "bdy_cnd_v2", at={"snw_dpth_cm": 40})
C(d, "How does the effect of quotas on calf recruitment vary with the length of the sea-ice season?", "hunt_qt", "calf_rt_fu")
C(d, "for herds of 60 animals, effect of hunt_qt on calf_rt_fu", "hunt_qt", "calf_rt_fu", at={"hd_sz": 60})
P(d, "Which herds should be put under hunting quotas (hunt_qt) to maximise calf recruitment (calf_rt_fu)?", "hunt_qt", "calf_rt_fu")
P(d, "Where should vehicle setback distances be increased to improve body condition (bdy_cnd_v2)?", "vhcl_dist_km", "bdy_cnd_v2")
M(d, "Rain-on-snow locks forage under ice, which lowers body condition, which then cuts calf numbers. How much of the rosi_n effect on calf_rt_fu runs through bdy_cnd?", "rosi_n", "calf_rt_fu", "bdy_cnd")
M(d, "Does rain-on-snow hurt bdy_cnd_v2 directly, or through parasite load (prst_ld)?", "rosi_n", "bdy_cnd_v2", "prst_ld")
D(d, "Recover the causal graph among `rosi_n`, `snw_dpth_cm`, `prst_ld`, `bdy_cnd` and `calf_rt_fu` in the musk ox data.")
U(d, "tell me a joke about musk oxen")

# ---------------- cheetah (Title Case spaced) ----------------
d = "h40_cheetah_farms"
A(d, "Estimate the effect of `Guarding Dog` on `Cheetahs Removed After`, adjusting for `Herd Size` and `Farm Area`.", "Guarding Dog", "Cheetahs Removed After", cov=["Farm Area", "Herd Size"])
A(d, "Do livestock guarding dogs reduce calf predation?", "Guarding Dog", None, clarify=True)
A(d, "Do outreach visits from conservation staff change how farmers feel about cheetahs (use the revised attitude score)?", "Education Visits", "Attitude Score Revised")
A(d, "ate Game Fence on Prey Abundance", "Game Fence", "Prey Abundance")
A(d, "How many fewer cheetahs would have been trapped and removed on farms without dogs if they'd had one?", "Guarding Dog", "Cheetahs Removed After", est="atc")
A(d, "Are game fences actually driving up farm income, or is that confounded?", "Game Fence", "Farm Income")
A(d, "effect of education visits on cheetah removals, ctrl Region", "Education Visits", "Cheetahs Removed After", cov=["Region"])
A(d, "Does the direction go from prey numbers to calf losses or the other way? estimate the effect between Prey Abundance and Calf Losses", None, None, clarify=True)
C(d, "In Omaheke, what is the effect of guarding dogs on Calf Losses?", "Guarding Dog", "Calf Losses", at={"Region": "Omaheke"})
C(d, "For farms running 500 head of cattle, what does a guarding dog do to cheetah removals?", "Guarding Dog", "Cheetahs Removed After", at={"Herd Size": 500})
C(d, "How does the dog effect on calf loss rate vary with how much wild prey is around?", "Guarding Dog", "Calf Loss Rate")
C(d, "Effect of (Education Visits) on (Attitude Score) for farms of 5000 ha", "Education Visits", "Attitude Score", at={"Farm Area": 5000})
P(d, "Which farms should receive a livestock guarding dog (`Guarding Dog`) to minimise `Cheetahs Removed After`?", "Guarding Dog", "Cheetahs Removed After")
P(d, "who to target with education visits to maximise Attitude Score", "Education Visits", "Attitude Score")
P(d, "Prioritise farms for dog placement so that the count of calves lost falls the most.", "Guarding Dog", "Calf Losses")
M(d, "Guarding dogs reduce calf losses, and fewer losses mean farmers remove fewer cheetahs. How much of the effect of Guarding Dog on Cheetahs Removed After is mediated by Calf Losses?", "Guarding Dog", "Cheetahs Removed After", "Calf Losses")
M(d, "Do education visits reduce removals directly, or by improving farmers' attitude score?", "Education Visits", "Cheetahs Removed After", "Attitude Score")
D(d, "Learn which farm factors cause which (structure learning) in the cheetah farm data.")
U(d, "Summarise Farm Income by Region.")

# ---------------- chimp (snake plain) ----------------
d = "h40_chimp_sanctuaries"
A(d, "Estimate the ATE of `enrichment_prog` on `abnormal_behav_12m`, adjusting for `age_at_arrival_yrs` and `sex`.", "enrichment_prog", "abnormal_behav_12m", cov=["sex", "age_at_arrival_yrs"])
A(d, "Among chimps not enrolled, what would `enrichment_prog` have done to `cortisol_post`?", "enrichment_prog", "cortisol_post", est="atc")
A(d, "does enrichment reduce abnormal behaviour?", "enrichment_prog", None, clarify=True)
A(d, "ate group_size on social_bond_idx_v2", "group_size", "social_bond_idx_v2")
A(d, "Does living in bigger groups calm chimps down, hormonally speaking?", "group_size", "cortisol_post")
A(d, "For chimps who went through the enrichment programme, what was its effect on stereotypies at 6 months?", "enrichment_prog", "abnormal_behav_6m", est="att")
A(d, "Is the link between more enrichment hours and stronger social bonds (social_bond_idx) causal or confounded?", "enrichment_hrs_wk", "social_bond_idx")
A(d, "effect of being a poaching orphan on cortisol_post, controlling for age_at_arrival_yrs", "orphan_poaching", "cortisol_post", cov=["age_at_arrival_yrs"])
C(d, "Effect of `enrichment_prog` on `cortisol_post` among males (`sex` = M).", "enrichment_prog", "cortisol_post", at={"sex": "M"})
C(d, "For chimps who arrived aged 3, how much does enrichment cut abnormal behaviour at 12 months?", "enrichment_prog", "abnormal_behav_12m", at={"age_at_arrival_yrs": 3})
C(d, "Which individuals respond most to enrichment in terms of bonding with others (v2 index)?", "enrichment_prog", "social_bond_idx_v2")
C(d, "at Ngamba, effect of group_size on abnormal_behav_12m", "group_size", "abnormal_behav_12m", at={"sanctuary": "Ngamba"})
P(d, "Which chimps should be enrolled in the enrichment programme (`enrichment_prog`) to minimise `abnormal_behav_12m`?", "enrichment_prog", "abnormal_behav_12m")
P(d, "How should keepers share out weekly enrichment hours across individuals so social bonds (social_bond_idx) are strongest?", "enrichment_hrs_wk", "social_bond_idx")
M(d, "Enrichment lowers cortisol, and lower stress then reduces stereotypic behaviour. How much of the effect of enrichment_prog on abnormal_behav_12m is via cortisol_post?", "enrichment_prog", "abnormal_behav_12m", "cortisol_post")
M(d, "Does group size lower cortisol_post directly, or via social bonds (social_bond_idx)?", "group_size", "cortisol_post", "social_bond_idx")
M(d, "Orphans of the bushmeat trade show more abnormal behaviour a year on; how much of that is explained through their higher cortisol?", "orphan_poaching", "abnormal_behav_12m", "cortisol_post")
D(d, "What's the causal structure among the sanctuary variables?")
U(d, "Predict which chimps will have high cortisol_post next year.")

# ---------------- hornbill (camelCase) ----------------
d = "h40_hornbill_nestboxes"
A(d, "Estimate the average effect of `predatorGuard` on `fledgedChicks`, adjusting for `heightM` and `boxMaterial`.", "predatorGuard", "fledgedChicks", cov=["boxMaterial", "heightM"])
A(d, "Do community nest guardians increase the number of hornbill chicks that fledge?", "communityGuardian", None, clarify=True)
A(d, "Are boxes fitted with a predator guard more likely to be in use by the third year?", "predatorGuard", "occupancyYr3")
A(d, "ate communityGuardian -> fledgedChicksV2, adj distToVillageKm", "communityGuardian", "fledgedChicksV2", cov=["distToVillageKm"])
A(d, "Does paying guardians more raise fledging success (fledgedChicks)?", "guardianPayUsd", "fledgedChicks")
A(d, "For boxes that got a village guardian, what was the effect on year-3 occupancy?", "communityGuardian", "occupancyYr3", est="att")
A(d, "Do boxes that get hotter at their peak fledge fewer young (fledgedChicksV2)?", "internalTempMaxC", "fledgedChicksV2")
C(d, "In Pakke, effect of `communityGuardian` on `fledgedChicks`", "communityGuardian", "fledgedChicks", at={"landscape": "Pakke"})
C(d, "For wooden boxes, does a predator guard raise year-3 occupancy?", "predatorGuard", "occupancyYr3", at={"boxMaterial": "wood"})
C(d, "How does the effect of predator guards on fledgedChicks vary with distance to the village?", "predatorGuard", "fledgedChicks")
C(d, "at 10 m height, effect of predatorGuard on occupancyYr1", "predatorGuard", "occupancyYr1", at={"heightM": 10})
P(d, "Which nest boxes should get predator guards (`predatorGuard`) to maximise `fledgedChicks`?", "predatorGuard", "fledgedChicks")
P(d, "Where should the programme hire community guardians to get the most boxes occupied by year three?", "communityGuardian", "occupancyYr3")
P(d, "targeting rule for guardian pay (guardianPayUsd) to maximise fledgedChicksV2", "guardianPayUsd", "fledgedChicksV2")
M(d, "Guards keep snakes and civets out, so boxes stay occupied, which then means more chicks fledge. How much of predatorGuard's effect on fledgedChicks is via occupancyYr3?", "predatorGuard", "fledgedChicks", "occupancyYr3")
M(d, "indirect effect of heightM on fledgedChicks through internalTempMaxC", "heightM", "fledgedChicks", "internalTempMaxC")
D(d, "Which nest-box factors influence which? Build the dependency network.")
D(d, "I want to know what affects what in the hornbill box data; infer it, don't assume it.")

# ---------------- macaw (UPPER) ----------------
d = "h40_macaw_claylicks"
A(d, "Estimate the ATE of TOURIST_BLIND on FLUSH_EVENTS, adjusting for VISITORS_DAY and BOAT_TRAFFIC.", "TOURIST_BLIND", "FLUSH_EVENTS", cov=["VISITORS_DAY", "BOAT_TRAFFIC"])
A(d, "Do hides for tourists mean macaws spend longer eating clay?", "TOURIST_BLIND", None, clarify=True)
A(d, "Does boat noise raise the flush rate at the lick?", "BOAT_TRAFFIC", "FLUSH_RATE")
A(d, "ate GUIDE_TRAINED on FLUSH_RATE", "GUIDE_TRAINED", "FLUSH_RATE")
A(d, "Are fewer scarlet macaws turning up because of logging close by?", "LOGGING_NEARBY", "MACAW_CNT")
A(d, "For licks that built blinds, what effect did the blinds have on macaw numbers?", "TOURIST_BLIND", "MACAW_CNT", est="att")
A(d, "How does each extra visitor per day change morning feeding time (FEED_MIN_AM)?", "VISITORS_DAY", "FEED_MIN_AM")
A(d, "Is the higher count (MACAW_CNT) at licks far from lodges (DIST_LODGE_KM) causal? Control for RAIN_MM.", "DIST_LODGE_KM", "MACAW_CNT", cov=["RAIN_MM"])
C(d, "Effect of TOURIST_BLIND on FLUSH_EVENTS in Bolivia (COUNTRY = Bolivia).", "TOURIST_BLIND", "FLUSH_EVENTS", at={"COUNTRY": "Bolivia"})
C(d, "On days with 40 visitors, does guide training mean the birds get spooked less often (count of flushes)?", "GUIDE_TRAINED", "FLUSH_EVENTS", at={"VISITORS_DAY": 40})
C(d, "effect heterogeneity of TOURIST_BLIND on FEED_MIN_PM across SODIUM_PPM", "TOURIST_BLIND", "FEED_MIN_PM")
C(d, "With 200 mm of rain, what does river boat traffic do to the number of macaws at the lick?", "BOAT_TRAFFIC", "MACAW_CNT", at={"RAIN_MM": 200})
P(d, "Which clay licks should get tourist blinds (TOURIST_BLIND) to minimise flushes (FLUSH_EVENTS)?", "TOURIST_BLIND", "FLUSH_EVENTS")
P(d, "Should lodges train their guides, and at which licks, to maximise MACAW_CNT?", "GUIDE_TRAINED", "MACAW_CNT")
P(d, "where to build hides so birds feed longest in the afternoon", "TOURIST_BLIND", "FEED_MIN_PM")
M(d, "Blinds hide tourists, so birds get flushed less, which lets them feed longer in the morning. How much of TOURIST_BLIND -> FEED_MIN_AM goes via FLUSH_EVENTS?", "TOURIST_BLIND", "FEED_MIN_AM", "FLUSH_EVENTS")
M(d, "Decompose the effect of BOAT_TRAFFIC on MACAW_CNT into a direct part and a part via FLUSH_RATE.", "BOAT_TRAFFIC", "MACAW_CNT", "FLUSH_RATE")
D(d, "structure learning over the clay-lick observations, please")
U(d, "What is the correlation between RAIN_MM and SODIUM_PPM?")

# ---------------- crematoria (snake plain) ----------------
d = "h40_crematoria"
A(d, "Estimate the effect of `abatement_filter` on `hg_emis_post`, adjusting for `cremations_yr` and `furnace_age_yrs`.", "abatement_filter", "hg_emis_post", cov=["furnace_age_yrs", "cremations_yr"])
A(d, "Do mercury filters reduce neighbour complaints?", "abatement_filter", None, clarify=True)
A(d, "Are council-run crematoria cheaper for bereaved families?", "council_run", "fee_gbp")
A(d, "ate council_run -> wait_days ctrl region", "council_run", "wait_days", cov=["region"])
A(d, "Does an older cremator (`furnace_age_yrs`) burn more gas per cremation (`gas_m3_per_crem`)?", "furnace_age_yrs", "gas_m3_per_crem")
A(d, "For sites that fitted abatement, how much did mercury output fall because of it?", "abatement_filter", "hg_emis_post", est="att")
A(d, "Is the link between more staff and shorter waits for a slot causal, or just confounded?", "staff_fte", "wait_days")
C(d, "Effect of `abatement_filter` on `hg_emis_post` in Scotland (`region`)", "abatement_filter", "hg_emis_post", at={"region": "Scotland"})
C(d, "For gas-fired crematoria, what does fitting abatement do to complaints over 12 months?", "abatement_filter", "complaints_12m", at={"fuel_type": "gas"})
C(d, "For crematoria doing 1500 cremations a year, effect of council_run on fee_gbp", "council_run", "fee_gbp", at={"cremations_yr": 1500})
C(d, "Does the filter's effect on mercury differ by how old the furnace is?", "abatement_filter", "hg_emis_post")
P(d, "Which crematoria should be prioritised for abatement filter retrofits (`abatement_filter`) to minimise `hg_emis_post`?", "abatement_filter", "hg_emis_post")
P(d, "where should extra staff go to reduce wait_days", "staff_fte", "wait_days")
P(d, "Which sites would see the biggest fall in neighbour complaints over six months if they fitted filters?", "abatement_filter", "complaints_6m")
M(d, "Do abatement filters push up fees because the furnace then uses more gas? Split abatement_filter's effect on fee_gbp into direct and via gas_m3_total.", "abatement_filter", "fee_gbp", "gas_m3_total")
M(d, "Does council operation cut waiting times directly, or by employing more staff?", "council_run", "wait_days", "staff_fte")
D(d, "What drives what in the crematorium data? Learn a causal DAG.")
D(d, "Work out, from the data alone, which crematorium characteristics are causes of which others.")
U(d, "Convert commission_date to ISO format and drop duplicate rows.")

# ---------------- toll plazas (camelCase) ----------------
d = "h40_toll_plazas"
A(d, "Estimate the ATE of `openRoadTolling` on `crashesPost`, adjusting for `dailyTraffic` and `truckShare`.", "openRoadTolling", "crashesPost", cov=["dailyTraffic", "truckShare"])
A(d, "Does going cashless with open-road tolling shorten queues?", "openRoadTolling", None, clarify=True)
A(d, "Does dynamic pricing raise toll revenue?", "dynamicPricing", None, clarify=True)
A(d, "ate etcLanes on queueMinPm", "etcLanes", "queueMinPm")
A(d, "How much does raising the toll by a dollar cut the number of vehicles per day?", "tollRateUsd", "dailyTraffic")
A(d, "Did plazas that converted to open-road tolling see less NOx because of it?", "openRoadTolling", "noxPpb", est="att")
A(d, "Is pollution at the booths driven by the share of lorries, or is that confounded?", "truckShare", "noxPpb")
A(d, "effect of open road tolling on crashes, hold laneCount fixed", "openRoadTolling", "crashesPost", cov=["laneCount"])
C(d, "In New Jersey (state = NJ), what is the effect of openRoadTolling on queueMinAm?", "openRoadTolling", "queueMinAm", at={"state": "NJ"})
C(d, "At 50,000 vehicles a day, how does dynamic pricing change evening queues?", "dynamicPricing", "queueMinPm", at={"dailyTraffic": 50000})
C(d, "Whose crash numbers fall most after open-road tolling? Does it depend on truck share?", "openRoadTolling", "crashesPost")
C(d, "effect of etcLanes on noxPpb for plazas with 8 lanes", "etcLanes", "noxPpb", at={"laneCount": 8})
P(d, "Which plazas should be converted to open-road tolling (`openRoadTolling`) to minimise `crashesPost`?", "openRoadTolling", "crashesPost")
P(d, "Where should dynamic pricing be rolled out to cut morning queues?", "dynamicPricing", "queueMinAm")
P(d, "how many ETC lanes should each plaza get to maximise revenueKv2", "etcLanes", "revenueKv2")
M(d, "Open-road tolling removes the stop-and-go queue, and shorter queues then mean fewer rear-end crashes. What fraction of the openRoadTolling -> crashesPost effect runs through queueMinPm?", "openRoadTolling", "crashesPost", "queueMinPm")
M(d, "Does dynamic pricing raise revenueK directly, or via changes in daily traffic?", "dynamicPricing", "revenueK", "dailyTraffic")
D(d, "Figure out the causal structure among the toll plaza variables.")
U(d, "Forecast dailyTraffic for next month at each plaza.")

# ---------------- go clubs (snake cryptic) ----------------
d = "h40_go_clubs"
A(d, "Estimate the average effect of weekly teaching sessions (`tch_ses`) on member retention at 12 months (`ret_12m`), adjusting for `fee_mo` and `mbr_n`.", "tch_ses", "ret_12m", cov=["mbr_n", "fee_mo"])
A(d, "Do AI game-review sessions make club players stronger, rating-wise?", "ai_rev", None, clarify=True)
A(d, "Does AI review (`ai_rev`) improve members' ranks after a year (`rnk_12m`)?", "ai_rev", "rnk_12m")
A(d, "ate les_wk on ret_3m", "les_wk", "ret_3m")
A(d, "Does offering online play keep members around?", "onl", None, clarify=True)
A(d, "For clubs that run teaching sessions, how much did ranks improve because of them?", "tch_ses", "rnk_12m", est="att")
A(d, "is the higher elo_v2 at clubs that hold more tournaments causal or confounding?", "trn_yr", "elo_v2")
A(d, "effect of membership fees on 12-month retention, controlling for ctry", "fee_mo", "ret_12m", cov=["ctry"])
C(d, "In Korean clubs (ctry = Korea), what is the effect of AI review (ai_rev) on rating (elo)?", "ai_rev", "elo", at={"ctry": "Korea"})
C(d, "For clubs with 30% youth members, what do teaching sessions do to ret_12m?", "tch_ses", "ret_12m", at={"yth_pct": 30})
C(d, "For which clubs does AI review help rank progress the most?", "ai_rev", "rnk_12m")
C(d, "at a fee of 20 dollars a month, effect of onl on ret_3m", "onl", "ret_3m", at={"fee_mo": 20})
P(d, "Which clubs should start weekly teaching sessions to maximise 12-month retention?", "tch_ses", "ret_12m")
P(d, "targeting AI review subscriptions: which clubs gain the most elo_v2?", "ai_rev", "elo_v2")
P(d, "Which clubs should run teaching sessions to boost retention?", "tch_ses", None, clarify=True)
M(d, "Teaching sessions improve play, and members who improve stay longer. How much of tch_ses -> ret_12m is mediated by rnk_12m?", "tch_ses", "ret_12m", "rnk_12m")
M(d, "How much of the effect of `ai_rev` on `ret_12m` passes through `elo`?", "ai_rev", "ret_12m", "elo")
M(d, "Lessons every week keep people in the club - is that because they climb the ranks (12-month rank), or a direct effect on staying a full year?", "les_wk", "ret_12m", "rnk_12m")
D(d, "Which club features influence which? Learn the causal network.")

# ---------------- unsupported, no dataset ----------------
U(None, "hi! what can you do?")
U(None, "Tell me a joke about statisticians.")
U(None, "What's the capital of Peru?")
U(None, "write a SQL query joining orders and customers on customer_id")
U(None, "How do I install pandas on Windows?")
U(None, "Translate 'good morning' into Spanish.")
U(None, "What's the weather going to be tomorrow in Lima?")
U(None, "summarise this paragraph for me in two sentences")

# ---------------- audit ----------------
AU("Would the chatbot recommend a different loan amount if the applicant's race were changed and everything else stayed the same?", "race", "loan amount")
AU("Does the LLM screening CVs change its hiring recommendation when only the candidate's gender is flipped?", "gender", "hiring recommendation")
AU("Audit our AI triage assistant: if the patient's age were 70 instead of 30, all else equal, would it assign a different triage priority?", "age", "triage priority")
AU("Check whether a language model's tenancy approval changes when the applicant's religion is swapped from Christian to Muslim.", "religion", "tenancy approval")
AU("counterfactual fairness test: does a gpt-style model give a different bail recommendation if only the defendant's name is changed?", "name", "bail recommendation")
AU("Would the AI admissions assistant give a different admission decision if the applicant disclosed a disability, holding the essay fixed?", "disability", "admission decision")
AU("Does the voice assistant's credit limit decision depend on the caller's accent?", "accent", "credit limit decision")
AU("If I change the patient's sex in the prompt, does the model's dosage recommendation change?", "sex", "dosage recommendation")
AU("Test whether the chatbot's scholarship decision flips when the student's nationality changes, all else the same.", "nationality", "scholarship decision")
AU("Is the LLM's promotion recommendation invariant to the employee's sexual orientation?", "sexual orientation", "promotion recommendation")
AU("does the model suggest a lower salary offer if the candidate is a woman, everything else identical", "gender", "salary offer")
AU("Run a counterfactual audit: swap ethnicity in otherwise identical insurance claims and see if the AI's claim approval changes.", "ethnicity", "claim approval")
AU("Would an AI tutor grade the same essay differently if the student's name were Jamal rather than Greg?", "name", "grade")
AU("Does our customer-service bot grant refunds less often to older customers, holding the complaint text fixed?", "age", "refunds")
AU("If the applicant were described as a wheelchair user, would the rental-approval model say no more often?", "disability", "rental approval")
AU("Same symptoms, different race: does the language model give different referral advice?", "race", "referral advice")
AU("Do the chatbot's mortgage recommendations change when the borrower's religion is altered but all other facts are kept?", "religion", "mortgage recommendations")
AU("Is an AI hiring assistant's shortlist decision affected by a candidate's age, all else held constant?", "age", "shortlist decision")

# ---------------- relation (Corr2Cause-style) ----------------
R("Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?")
R("Premise: X and Y are correlated, X and Z are correlated, Y and Z are independent, but Y and Z become dependent given X. Can we conclude that Y causes X?")
R("There are three variables A, B and C. All pairs are correlated and no conditional independence holds. Is it necessarily true that A directly causes B?")
R("A and B are independent. A correlates with C. B correlates with C. Is C a common effect of A and B?")
R("Given: P and Q are correlated; Q and R are correlated; P and R are correlated; P is independent of R given Q. Hypothesis: Q is a confounder of P and R. True or false?")
R("four variables A, B, C, D. A-B correlated, B-C correlated, C-D correlated, A indep of D given B and C. does A cause D?")
R("Statistical facts: M is correlated with N; M is independent of N conditional on K; K correlates with both. Is there a direct causal edge between M and N?")
R("Suppose E and F are uncorrelated, and G correlates with both E and F. Could G be a cause of both E and F?")
R("If A correlates with B and A is independent of B given C, and C correlates with both, does B cause A?")
R("Premises: X1 correlates with X2, X2 correlates with X3, X1 and X3 are independent. Is X2 a collider between X1 and X3?")

# ---------------- generate ----------------
G("Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.")
G("Have a language model write the structural equations for a smoking -> tar -> cancer SCM, then sample 1,000 rows from it.")
G("Create a benchmark dataset with a known causal graph: rain -> sprinkler, rain -> wet grass, sprinkler -> wet grass, binary variables.")
G("Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Give me 2000 samples.")
G("I need a fake dataset for testing mediation methods: treatment -> mediator -> outcome, with a direct path too. Let an LLM choose realistic variable names and functional forms.")
G("sample 10k rows from a random 8-node DAG with nonlinear mechanisms, for benchmarking discovery algorithms")
G("Use an LLM to propose plausible equations for a DAG education -> income -> health, age -> all three, and generate the data.")
G("Build a synthetic benchmark where the ground-truth ATE is 3: confounder W affects both a binary treatment and the outcome.")
G("Generate an instrumental-variable toy dataset: Z -> D -> Y with unobserved U affecting D and Y.")
G("Please produce a semi-synthetic dataset from a structural causal model I'll describe: fertiliser -> yield, rainfall -> yield, rainfall -> fertiliser.")


def validate():
    kinds = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
    for q in Q:
        e = q["expected"]
        assert e["kind"] in kinds, q
        ds = q["dataset"]
        if ds == "none":
            assert q["columns"] is None
            assert e["kind"] in ("unsupported", "audit", "relation", "generate"), q
            continue
        assert ds in DS, q
        cols = list(DS[ds]["columns"].keys())
        assert q["columns"] == cols
        for role in ("treatment", "outcome", "mediator", "instrument"):
            v = e.get(role)
            if v is not None:
                assert v in cols, (role, v, q["question"])
        for c in e.get("covariates", []):
            assert c in cols, (c, q["question"])
        for c, v in e.get("at", {}).items():
            assert c in cols, (c, q["question"])
            t = DS[ds]["columns"][c]["type"]
            if t == "categorical":
                assert v in DS[ds]["columns"][c]["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
        if e["kind"] in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if e["kind"] == "mediation":
            assert e["mediator"] is not None
    for name, d in DS.items():
        assert name.startswith("h40_")
        assert 13 <= len(d["columns"]) <= 18, name
        assert any(c["type"] == "id" for c in d["columns"].values()), name


def main():
    validate()
    qs = list(Q)
    random.Random(SEED).shuffle(qs)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DS, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    kc = collections.Counter(q["expected"]["kind"] for q in Q)
    mods = collections.Counter()
    for q in Q:
        e = q["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
    nds = sum(1 for q in Q if q["dataset"] != "none")
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# h40 held-out causal question set", "",
             f"Written by data writer **h40**; generated {now}.",
             "Regenerate: `python3 make_h40.py` (writes datasets.json, questions.jsonl, README.md next to the script).",
             f"split=`{SPLIT}`, origin=`{ORIGIN}`, shuffle seed {SEED}.", "",
             f"## Datasets ({len(DS)})", ""]
    for n, d in DS.items():
        lines.append(f"- `{n}` ({len(d['columns'])} columns, {STYLE_NOTE[n]}): {d['description']}")
    lines += ["", "Naming styles: snake_case cryptic codes (mandrill, musk ox, go clubs), snake_case plain words "
              "(snow leopard, chimp, crematoria), camelCase (baboon, red panda, hornbill, toll plazas), UPPER_CASE codes "
              "(vicuna, Komodo, macaw), plain words with spaces (condor lowercase, cheetah Title Case). Every dataset has an id "
              "column plus distractor pairs (baseline/follow-up, parallel windows, v1/v2 near-synonyms).", "",
              f"## Counts ({len(Q)} questions; {nds} with a dataset, {len(Q)-nds} with dataset none)", ""]
    for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
        lines.append(f"- {k}: {kc[k]}")
    lines += ["", "Modifiers (questions carrying the field):", ""]
    for k in sorted(mods):
        lines.append(f"- {k}: {mods[k]}")
    lines += ["", "## Label conventions", "",
              "- treatment/outcome/mediator are exact column names, or null where the kind has none or the role cannot be resolved.",
              "- Unqualified baseline/follow-up pairs resolve to the follow-up column (e.g. snares_24m, raidsPerMo_post, FIBRE_KG over FIBRE_KG_PREV).",
              "- clarify:true when the question is ambiguous between parallel columns (30d/90d, 6m/12m, AM/PM, v1/v2, count vs rate), names a variable the data lacks, or gives no direction; the unresolved role is null.",
              "- covariates only when the question says adjust/control/hold fixed/account for; listed in dataset column order.",
              "- at: subgroup or value conditions ({column: value}); numbers for numeric/binary, level strings for categoricals. Heterogeneity questions without a value are cate with no at.",
              "- estimand att for effect on those treated/who did it; atc for effect on the untreated.",
              "- policy: treatment = action column, outcome = goal column.",
              "- audit: treatment = attribute phrase, outcome = shortest decision noun phrase in the question.",
              "- discover/unsupported/relation/generate: all roles null.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(lines))
    print(len(Q), dict(kc), dict(mods))


if __name__ == "__main__":
    main()
