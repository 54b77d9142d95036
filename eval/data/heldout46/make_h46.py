#!/usr/bin/env python3
"""Generator for question set h46 (split test, origin heldout46).

Running `python3 make_h46.py` in this directory regenerates datasets.json and
questions.jsonl byte for byte (only randomness: seeded shuffle 46046).
README.md is also rewritten and carries the current UTC date.
"""
import json
import random
import datetime
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout46"
SEED = 46046
TAG = "h46"

B = "binary"
N = "numeric"
C = "categorical"
I = "id"

DATASETS = OrderedDict()
STYLES = OrderedDict()
DOMAINS = OrderedDict()


def ds(name, domain, style, description, cols):
    DATASETS[name] = {
        "description": description,
        "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols),
    }
    STYLES[name] = style
    DOMAINS[name] = domain


# ---------------------------------------------------------------- datasets
ds("h46_bail_bonds", "bail bond offices", "snake_case cryptic codes",
   "One row per bail bond office (2019-2023): office practices, premiums, defendant "
   "failure-to-appear and skip rates, complaints and revenue before/after a policy window.",
   [("office_id", I, ["BB-0001", "BB-0002", "BB-0003"]),
    ("ofc_region", C, ["urban", "suburban", "rural"]),
    ("n_agents", N, [2, 5, 11]),
    ("yrs_lic", N, [3, 12, 27]),
    ("gps_mon", B, [0, 1, 0]),
    ("txt_rmd", B, [1, 0, 1]),
    ("cosign_req", B, [1, 1, 0]),
    ("prem_pct", N, [10, 12, 15]),
    ("bond_amt", N, [2500, 10000, 50000]),
    ("def_age_avg", N, [29.4, 33.1, 37.8]),
    ("fta_30d", N, [0.06, 0.11, 0.18]),
    ("fta_90d", N, [0.09, 0.15, 0.24]),
    ("skip_rt", N, [0.02, 0.04, 0.07]),
    ("skip_ratio", N, [0.021, 0.043, 0.068]),
    ("rev_pre", N, [180000, 420000, 950000]),
    ("rev_post", N, [195000, 401000, 1020000]),
    ("cmpl_cnt", N, [0, 3, 9])])

ds("h46_carpet_clean", "carpet cleaning firms", "camelCase",
   "Carpet cleaning firms: equipment, solvents, booking channel, training, pricing, "
   "drying time, review scores (two scales), repeat-customer rates and complaints.",
   [("firmId", I, ["CC-101", "CC-102", "CC-103"]),
    ("marketType", C, ["metro", "town", "rural"]),
    ("yearsOperating", N, [2, 9, 25]),
    ("crewSize", N, [1, 3, 6]),
    ("truckMount", B, [1, 0, 1]),
    ("ecoSolvent", B, [0, 1, 1]),
    ("onlineBooking", B, [1, 1, 0]),
    ("techTrainingHrs", N, [0, 16, 40]),
    ("avgJobPrice", N, [95, 160, 280]),
    ("dryTimeHrs", N, [2.5, 6, 12]),
    ("jobsPerWk", N, [8, 22, 45]),
    ("reviewScore", N, [3.8, 4.4, 4.9]),
    ("reviewScoreV2", N, [72, 85, 96]),
    ("repeatRate30d", N, [0.05, 0.12, 0.2]),
    ("repeatRate90d", N, [0.14, 0.26, 0.38]),
    ("complaintsPre", N, [0, 4, 11]),
    ("complaintsPost", N, [0, 2, 8])])

ds("h46_dental_labs", "dental laboratories", "UPPER_CASE codes",
   "Dental laboratories: digital workflow (CAD/CAM, in-house zirconia milling, intraoral scans), "
   "staffing and certification, pricing, turnaround, remake rates before/after, fit scores and client retention.",
   [("LAB_ID", I, ["DL-11", "DL-12", "DL-13"]),
    ("REGION", C, ["NORTH", "SOUTH", "EAST", "WEST"]),
    ("TECH_N", N, [2, 6, 18]),
    ("CERT_CDT", B, [1, 0, 1]),
    ("CADCAM", B, [1, 1, 0]),
    ("MILL_ZR", B, [0, 1, 0]),
    ("DIG_SCAN_PCT", N, [10, 45, 90]),
    ("CASES_MO", N, [120, 400, 1500]),
    ("PRICE_UNIT", N, [85, 140, 260]),
    ("RUSH_FEE", B, [0, 1, 1]),
    ("TURN_DAYS", N, [3, 6, 10]),
    ("REMAKE_PRE", N, [0.04, 0.07, 0.12]),
    ("REMAKE_POST", N, [0.03, 0.05, 0.1]),
    ("FIT_SCORE", N, [6.5, 7.8, 9.1]),
    ("FIT_SCORE_V2", N, [61, 78, 92]),
    ("CLIENT_RET_6M", N, [0.7, 0.82, 0.94]),
    ("CLIENT_RET_12M", N, [0.55, 0.71, 0.88])])

ds("h46_fish_smokehouses", "fish smokehouses", "plain words (with spaces)",
   "Fish smokehouses: wood, smoking method, brining, salt, temperature and humidity, HACCP "
   "certification, listeria tests, shelf life, yield, complaints before/after and product returns.",
   [("smokehouse", I, ["SH-01", "SH-02", "SH-03"]),
    ("region", C, ["coastal", "inland", "island"]),
    ("wood", C, ["oak", "alder", "beech", "hickory"]),
    ("cold smoking", B, [1, 0, 1]),
    ("brining hours", N, [4, 12, 24]),
    ("salt content", N, [2.1, 3.0, 3.8]),
    ("smoke temperature", N, [22, 30, 75]),
    ("humidity", N, [55, 68, 80]),
    ("certified", B, [1, 1, 0]),
    ("listeria positive", B, [0, 0, 1]),
    ("shelf life", N, [10, 18, 28]),
    ("yield", N, [410, 780, 1500]),
    ("yield ratio", N, [0.58, 0.64, 0.71]),
    ("complaints before", N, [1, 5, 12]),
    ("complaints after", N, [0, 3, 10]),
    ("returns 30 days", N, [0.01, 0.03, 0.06]),
    ("returns 90 days", N, [0.02, 0.05, 0.09]),
    ("sales", N, [42000, 118000, 390000])])

ds("h46_harbour_pilots", "harbour pilot stations", "snake_case cryptic codes",
   "Harbour pilot stations: boarding mode, tidal port, pilot headcount, simulator training, "
   "portable pilot units, rest and shift length, weather, vessel length, delays (raw and adjusted), "
   "incidents before/after and near misses over 6 and 12 months.",
   [("stn_id", I, ["PS-A", "PS-B", "PS-C"]),
    ("brd_mode", C, ["launch", "helo", "ladder"]),
    ("tidal", B, [1, 0, 1]),
    ("pil_n", N, [6, 14, 32]),
    ("sim_trn", B, [0, 1, 1]),
    ("ppu_use", B, [1, 0, 1]),
    ("rest_hrs", N, [8, 10, 12]),
    ("shift_len", N, [10, 12, 16]),
    ("vis_nm", N, [0.5, 3, 8]),
    ("wind_kt", N, [8, 18, 35]),
    ("vsl_loa", N, [120, 240, 366]),
    ("delay_min", N, [5, 22, 70]),
    ("delay_min_adj", N, [4, 18, 61]),
    ("incid_pre", N, [0, 2, 6]),
    ("incid_post", N, [0, 1, 5]),
    ("nm_6m", N, [1, 4, 11]),
    ("nm_12m", N, [2, 9, 20])])

ds("h46_mini_golf", "mini golf courses", "camelCase",
   "Mini golf courses: theme, indoor/outdoor, hole count, glow (blacklight) lighting, loyalty app, "
   "party packages, ticket price, visitors on weekdays and weekends, repeat visits, snack spend "
   "before/after, satisfaction on two scales.",
   [("courseId", I, ["MG-7", "MG-8", "MG-9"]),
    ("themeType", C, ["pirate", "jungle", "space", "classic"]),
    ("indoor", B, [0, 1, 0]),
    ("holeCount", N, [9, 18, 36]),
    ("glowLights", B, [1, 0, 0]),
    ("loyaltyApp", B, [0, 1, 1]),
    ("partyPackages", B, [1, 1, 0]),
    ("ticketPrice", N, [8, 12, 18]),
    ("avgGroupSize", N, [2.4, 3.6, 5.1]),
    ("weekdayVisitors", N, [120, 340, 800]),
    ("weekendVisitors", N, [400, 900, 2100]),
    ("repeatVisit30d", N, [0.04, 0.09, 0.15]),
    ("repeatVisit90d", N, [0.1, 0.19, 0.31]),
    ("snackSpendPre", N, [2.1, 3.4, 5.8]),
    ("snackSpendPost", N, [2.3, 3.9, 6.2]),
    ("satisfaction", N, [3.9, 4.3, 4.8]),
    ("satisfactionV2", N, [64, 79, 91])])

ds("h46_transplant_ctr", "organ transplant centres", "UPPER_CASE codes",
   "Organ transplant centres: organ programme, teaching status, volume, machine perfusion, "
   "tacrolimus protocol, cold ischaemia, donor/recipient age, HLA mismatches, waiting time, "
   "delayed graft function, rejection (raw and adjusted), eGFR baseline/12 months, graft survival at 1 and 3 years.",
   [("CTR_ID", I, ["TC-01", "TC-02", "TC-03"]),
    ("ORGAN", C, ["KIDNEY", "LIVER", "HEART", "LUNG"]),
    ("TEACHING", B, [1, 0, 1]),
    ("VOLUME_YR", N, [35, 120, 410]),
    ("MACHINE_PERF", B, [0, 1, 1]),
    ("TAC_PROTO", B, [1, 1, 0]),
    ("COLD_ISCH_HRS", N, [6, 14, 26]),
    ("DONOR_AGE", N, [31, 48, 63]),
    ("RECIP_AGE", N, [38, 54, 67]),
    ("HLA_MM", N, [0, 3, 6]),
    ("WAIT_DAYS", N, [90, 540, 1460]),
    ("DGF", B, [0, 1, 0]),
    ("REJ_RT", N, [0.08, 0.14, 0.22]),
    ("REJ_RATE_ADJ", N, [0.09, 0.13, 0.2]),
    ("EGFR_BL", N, [8, 11, 15]),
    ("EGFR_12M", N, [41, 55, 68]),
    ("GRAFT_SURV_1Y", N, [0.88, 0.93, 0.97]),
    ("GRAFT_SURV_3Y", N, [0.74, 0.83, 0.9])])

ds("h46_piano_tuners", "piano tuning businesses", "plain words",
   "Piano tuning businesses: area, number of tuners, experience, electronic tuning devices, "
   "reminder cards, price, travel distance, client humidity, ratings (two measures), bookings "
   "before/after, rebooking within 6 and 12 months, revenue.",
   [("business", I, ["PT-21", "PT-22", "PT-23"]),
    ("area", C, ["city", "town", "village"]),
    ("tuners", N, [1, 2, 5]),
    ("experience", N, [4, 15, 38]),
    ("electronic", B, [1, 0, 1]),
    ("reminders", B, [0, 1, 1]),
    ("price", N, [80, 110, 160]),
    ("travel", N, [5, 18, 45]),
    ("humidity", N, [35, 48, 62]),
    ("rating", N, [4.1, 4.6, 4.9]),
    ("stars", N, [3, 4, 5]),
    ("bookings_before", N, [30, 75, 160]),
    ("bookings_after", N, [34, 80, 171]),
    ("rebook_6months", N, [0.21, 0.35, 0.52]),
    ("rebook_12months", N, [0.44, 0.61, 0.78]),
    ("revenue", N, [28000, 61000, 140000])])

ds("h46_roller_rinks", "roller skating rinks", "snake_case cryptic codes",
   "Roller skating rinks: floor type, air conditioning, DJ nights, lesson programmes, admission "
   "and skate-rental prices, share of under-18 skaters, weekday/weekend attendance, birthday "
   "parties, injury rate/ratio, membership before/after, churn at 30 and 90 days.",
   [("rink_id", I, ["RR-301", "RR-302", "RR-303"]),
    ("flr_type", C, ["maple", "concrete", "polymer"]),
    ("hvac", B, [1, 0, 1]),
    ("dj_nt", B, [1, 1, 0]),
    ("lsn_prog", B, [0, 1, 1]),
    ("adm_px", N, [8, 10, 15]),
    ("skt_rent", N, [3, 5, 7]),
    ("u18_shr", N, [0.3, 0.52, 0.71]),
    ("att_wkday", N, [150, 420, 900]),
    ("att_wkend", N, [600, 1300, 2600]),
    ("bday_pm", N, [2, 8, 20]),
    ("inj_rt", N, [0.4, 1.1, 2.3]),
    ("inj_ratio", N, [0.004, 0.011, 0.023]),
    ("mbr_pre", N, [80, 240, 610]),
    ("mbr_post", N, [95, 260, 640]),
    ("churn_30d", N, [0.05, 0.09, 0.16]),
    ("churn_90d", N, [0.12, 0.21, 0.33])])

ds("h46_rope_access", "rope access (industrial abseiling) crews", "camelCase",
   "Rope access crews: sector, crew size, IRATA Level 3 supervisor, rescue drills, gear age, job "
   "height, wind speed, shift and overtime hours, job duration, incidents before/after, near misses "
   "at 6 and 12 months, client score on two scales.",
   [("crewId", I, ["RA-01", "RA-02", "RA-03"]),
    ("sector", C, ["oil_gas", "wind", "building", "bridge"]),
    ("crewSize", N, [2, 4, 8]),
    ("irataL3Sup", B, [1, 0, 1]),
    ("rescueDrill", B, [0, 1, 1]),
    ("gearAgeYrs", N, [0.5, 3, 7]),
    ("jobHeightM", N, [25, 80, 160]),
    ("windSpeedKmh", N, [10, 25, 45]),
    ("shiftHours", N, [8, 10, 12]),
    ("overtimeHrs", N, [0, 6, 20]),
    ("jobDurationDays", N, [2, 9, 30]),
    ("incidentsPre", N, [0, 1, 4]),
    ("incidentsPost", N, [0, 1, 3]),
    ("nearMiss6m", N, [0, 3, 9]),
    ("nearMiss12m", N, [1, 5, 16]),
    ("clientScore", N, [3.6, 4.2, 4.8]),
    ("clientScoreV2", N, [58, 74, 93])])

ds("h46_sea_salt", "sea salt works", "UPPER_CASE codes",
   "Sea salt works: production method, pan area, lined pans, organic certification, raking "
   "frequency, brine salinity, sunshine and rain, yield (total and per hectare), NaCl and "
   "magnesium content, purity (grade and score), price per kg, export share 2023/2024.",
   [("WORKS_ID", I, ["SW-1", "SW-2", "SW-3"]),
    ("METHOD", C, ["SOLAR", "BOILED", "HYBRID"]),
    ("PAN_HA", N, [0.5, 2, 12]),
    ("LINED_PANS", B, [1, 0, 0]),
    ("ORGANIC_CERT", B, [0, 1, 1]),
    ("RAKE_FREQ", N, [1, 3, 7]),
    ("BRINE_SAL", N, [180, 240, 300]),
    ("SUN_HRS", N, [1900, 2500, 3100]),
    ("RAIN_MM", N, [300, 600, 1100]),
    ("YIELD_T", N, [40, 260, 1800]),
    ("YIELD_T_HA", N, [60, 110, 170]),
    ("NACL_PCT", N, [92.5, 95.8, 98.9]),
    ("MG_PCT", N, [0.2, 0.6, 1.4]),
    ("PURITY_GRADE", N, [1, 2, 3]),
    ("PURITY_SCORE", N, [71, 84, 97]),
    ("PRICE_KG", N, [2.5, 9, 38]),
    ("EXPORT_SHR_23", N, [0.0, 0.25, 0.6]),
    ("EXPORT_SHR_24", N, [0.05, 0.3, 0.64])])

ds("h46_ski_schools", "ski schools", "plain words",
   "Ski schools: country, altitude, instructors, group size, video feedback, kids club, price, "
   "discounts, lessons per pupil, skill level before/after, satisfaction on two scales, "
   "injuries, return rates within 30 and 365 days.",
   [("school", I, ["SK-A1", "SK-A2", "SK-A3"]),
    ("country", C, ["austria", "france", "switzerland", "usa"]),
    ("altitude", N, [1100, 1800, 2400]),
    ("instructors", N, [8, 25, 120]),
    ("groupsize", N, [4, 6, 12]),
    ("video", B, [1, 0, 1]),
    ("kidsclub", B, [0, 1, 1]),
    ("price", N, [55, 80, 140]),
    ("discount", B, [1, 0, 0]),
    ("lessons", N, [3, 5, 10]),
    ("level_before", N, [1, 2, 4]),
    ("level_after", N, [2, 3, 5]),
    ("satisfaction", N, [3.7, 4.3, 4.9]),
    ("satisfaction2", N, [66, 80, 94]),
    ("injuries", N, [0, 2, 7]),
    ("return_30days", N, [0.05, 0.11, 0.2]),
    ("return_365days", N, [0.3, 0.45, 0.62])])

ds("h46_asbestos", "asbestos removal contractors", "snake_case cryptic codes",
   "Asbestos removal contractors: PPE level, negative-pressure enclosures, wet methods, crew size, "
   "training hours, building age, job area, bid price, inspection frequency, airborne fibre counts "
   "pre/post, clearance test failure (flag and rate), days overrun, violations at 12 and 24 months.",
   [("ctr_id", I, ["AR-501", "AR-502", "AR-503"]),
    ("ppe_lvl", C, ["p2", "p3", "papr"]),
    ("neg_pres", B, [1, 0, 1]),
    ("wet_mth", B, [1, 1, 0]),
    ("crew_n", N, [3, 6, 14]),
    ("trn_hrs", N, [16, 40, 80]),
    ("bldg_age", N, [35, 55, 90]),
    ("job_m2", N, [60, 500, 4000]),
    ("bid_px", N, [4000, 38000, 310000]),
    ("insp_freq", N, [1, 4, 12]),
    ("fib_cc_pre", N, [0.05, 0.3, 1.2]),
    ("fib_cc_post", N, [0.002, 0.008, 0.03]),
    ("clr_fail", B, [0, 0, 1]),
    ("clr_fail_rt", N, [0.02, 0.07, 0.18]),
    ("days_ovr", N, [0, 3, 14]),
    ("viol_12m", N, [0, 1, 4]),
    ("viol_24m", N, [0, 2, 7])])

ds("h46_marine_salvage", "marine salvage companies", "camelCase",
   "Marine salvage companies (one row per major job): casualty type, tugs, ROV use, dynamic "
   "positioning vessel, Lloyd's Open Form contract, crew certification, depth, sea state, response "
   "time, days on site, oil spilled, recovery (ratio and percent), claims before/after, success rate over 1 and 3 years.",
   [("firmId", I, ["MS-12", "MS-13", "MS-14"]),
    ("casualtyType", C, ["grounding", "sinking", "fire", "collision"]),
    ("tugCount", N, [1, 3, 6]),
    ("rovUse", B, [1, 0, 1]),
    ("dynPosVessel", B, [0, 1, 0]),
    ("contractLOF", B, [1, 1, 0]),
    ("crewCertPct", N, [55, 78, 96]),
    ("depthM", N, [8, 40, 220]),
    ("seaStateAvg", N, [2, 4, 6]),
    ("responseHrs", N, [6, 20, 72]),
    ("daysOnSite", N, [4, 21, 95]),
    ("oilSpillT", N, [0, 12, 340]),
    ("recoveryRatio", N, [0.35, 0.62, 0.9]),
    ("recoveryPct", N, [33, 60, 91]),
    ("claimsPre", N, [0, 2, 7]),
    ("claimsPost", N, [0, 1, 5]),
    ("successRate1y", N, [0.6, 0.78, 0.93]),
    ("successRate3y", N, [0.55, 0.74, 0.9])])

ds("h46_spice_stalls", "spice market stalls", "UPPER_CASE codes",
   "Spice market stalls: market, vendor experience, free tasting samples, glass-jar packaging, "
   "card payments, price per 100 g, varieties, signage, weekday/weekend footfall, weekly sales "
   "(two definitions), repeat customers at 30/90 days, spoilage before/after.",
   [("STALL_ID", I, ["SP-001", "SP-002", "SP-003"]),
    ("MARKET", C, ["OLD_TOWN", "HARBOUR", "STATION", "UNIVERSITY"]),
    ("VENDOR_YRS", N, [1, 8, 30]),
    ("SAMPLE_TASTE", B, [1, 0, 1]),
    ("GLASS_JARS", B, [0, 0, 1]),
    ("CARD_PAY", B, [1, 1, 0]),
    ("PRICE_100G", N, [2, 4, 9]),
    ("VARIETIES", N, [20, 45, 110]),
    ("SIGNAGE_SCORE", N, [2, 3, 5]),
    ("FOOTFALL_WKDAY", N, [150, 400, 900]),
    ("FOOTFALL_WKEND", N, [300, 950, 2200]),
    ("SALES_WK", N, [320, 900, 2600]),
    ("SALES_WK_V2", N, [300, 870, 2550]),
    ("REPEAT_30D", N, [0.1, 0.22, 0.4]),
    ("REPEAT_90D", N, [0.18, 0.35, 0.55]),
    ("SPOIL_PRE", N, [0.02, 0.05, 0.11]),
    ("SPOIL_POST", N, [0.01, 0.04, 0.09])])

# ---------------------------------------------------------------- questions
QUESTIONS = []
_cur = [None]


def use(name):
    _cur[0] = name


def q(text, kind, t=None, y=None, m=None, dataset=None, **extra):
    d = dataset if dataset is not None else _cur[0]
    exp = OrderedDict([("kind", kind), ("treatment", t), ("outcome", y), ("mediator", m)])
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in extra:
            exp[k] = extra.pop(k)
    assert not extra, extra
    cols = list(DATASETS[d]["columns"].keys()) if d != "none" else None
    QUESTIONS.append(OrderedDict([
        ("question", text), ("dataset", d), ("columns", cols),
        ("split", SPLIT), ("origin", ORIGIN), ("expected", exp)]))


def qn(text, kind, t=None, y=None):
    q(text, kind, t, y, None, dataset="none")


# 1. bail bonds -----------------------------------------------------------
use("h46_bail_bonds")
q("Estimate the average treatment effect of text reminders (`txt_rmd`) on the 90-day failure-to-appear rate (`fta_90d`).",
  "ate", "txt_rmd", "fta_90d")
q("Do offices that text defendants about their court dates see fewer people miss court within the first month?",
  "ate", "txt_rmd", "fta_30d")
q("ate gps_mon -> skip_rt, adj n_agents, bond_amt", "ate", "gps_mon", "skip_rt",
  covariates=["n_agents", "bond_amt"])
q("Is revenue boosted by requiring a co-signer, or is that just confounding by bond size? Control for bond_amt and ofc_region.",
  "ate", "cosign_req", "rev_post", covariates=["ofc_region", "bond_amt"])
q("What is the effect of GPS ankle monitoring on the skip ratio (skip_ratio) for the offices that actually offer it?",
  "ate", "gps_mon", "skip_ratio", estimand="att")
q("How much would complaints go up if an office charged a higher premium percentage? (prem_pct -> cmpl_cnt)",
  "ate", "prem_pct", "cmpl_cnt")
q("Does sending reminders cut failures to appear?", "ate", "txt_rmd", None, clarify=True)
q("efect of the co-signer requirement on rev_post holding rev_pre fixed", "ate", "cosign_req", "rev_post",
  covariates=["rev_pre"])
q("What's the effect of GPS monitoring on the 30-day FTA rate for rural offices?", "cate", "gps_mon", "fta_30d",
  at={"ofc_region": "rural"})
q("Does the effect of `txt_rmd` on `fta_90d` differ across `ofc_region`?", "cate", "txt_rmd", "fta_90d")
q("Under the condition that the average bond is $10,000, how does requiring a cosigner change the skip rate (skip_rt)?",
  "cate", "cosign_req", "skip_rt", at={"bond_amt": 10000})
q("for which offices does gps monitoring reduce complaints the most", "cate", "gps_mon", "cmpl_cnt")
q("Which offices should roll out text reminders to minimise the 90-day failure-to-appear rate?", "policy",
  "txt_rmd", "fta_90d")
q("Give me a targeting rule: where should GPS monitoring be required to bring skip_ratio down?", "policy",
  "gps_mon", "skip_ratio")
q("who shld get cosign_req to maximize rev_post", "policy", "cosign_req", "rev_post")
q("How much of the effect of GPS monitoring on revenue (rev_post) runs through lower skip rates (skip_rt)?",
  "mediation", "gps_mon", "rev_post", "skip_rt")
q("Reminders work by cutting early no-shows, which then keeps the 90-day FTA down. How much of the reminder effect on fta_90d is indirect via fta_30d?",
  "mediation", "txt_rmd", "fta_90d", "fta_30d")
q("Higher premiums annoy clients and generate complaints, which in turn hurt revenue afterwards: split the effect of prem_pct on rev_post into the part via cmpl_cnt and the direct part.",
  "mediation", "prem_pct", "rev_post", "cmpl_cnt")
q("Learn the causal graph among the variables in the bail bond office data.", "discover")
q("Which of these office characteristics drive which? Work out the structure of dependencies between reminders, GPS monitoring, failure to appear, skips and revenue.",
  "discover")
q("Plot the distribution of bond_amt by ofc_region.", "unsupported")

# 2. carpet cleaning ------------------------------------------------------
use("h46_carpet_clean")
q("What is the average effect of `truckMount` on `dryTimeHrs`?", "ate", "truckMount", "dryTimeHrs")
q("Does switching to an eco-friendly solvent change how many complaints a firm gets?", "ate", "ecoSolvent",
  "complaintsPost")
q("effect of online booking on jobs per week, controling for crew size and market type", "ate", "onlineBooking",
  "jobsPerWk", covariates=["marketType", "crewSize"])
q("Is the 90-day repeat rate (repeatRate90d) really raised by technician training hours (techTrainingHrs), or is it just confounding?",
  "ate", "techTrainingHrs", "repeatRate90d")
q("For firms that adopted the eco solvent, what did it do to their V2 review score?", "ate", "ecoSolvent",
  "reviewScoreV2", estimand="att")
q("Does truck mounting improve review scores?", "ate", "truckMount", None, clarify=True)
q("avgJobPrice -> jobsPerWk ATE, adj marketType, yearsOperating", "ate", "avgJobPrice", "jobsPerWk",
  covariates=["marketType", "yearsOperating"])
q("How would the 30-day repeat-customer rate change for firms that do not yet take bookings online if they started?",
  "ate", "onlineBooking", "repeatRate30d", estimand="atc")
q("Effect of training hours on complaintsPost among rural firms", "cate", "techTrainingHrs", "complaintsPost",
  at={"marketType": "rural"})
q("When the crew size is 3, what's the effect of truckMount on jobsPerWk?", "cate", "truckMount", "jobsPerWk",
  at={"crewSize": 3})
q("How does the effect of eco solvent on the original review score (reviewScore) vary with years in business?",
  "cate", "ecoSolvent", "reviewScore")
q("effect of online booking on 90-day repeat business in metro markets", "cate", "onlineBooking",
  "repeatRate90d", at={"marketType": "metro"})
q("Which firms should invest in truck-mounted equipment to maximise jobs per week?", "policy", "truckMount",
  "jobsPerWk")
q("Build a targeting rule for technician training (`techTrainingHrs`) that cuts `complaintsPost`.", "policy",
  "techTrainingHrs", "complaintsPost")
q("whom to push onto online booking if we want repeatRate90d up", "policy", "onlineBooking", "repeatRate90d")
q("Truck mounts work by shortening drying time, which then lifts the review score (reviewScoreV2). How much of truckMount's effect goes through dryTimeHrs?",
  "mediation", "truckMount", "reviewScoreV2", "dryTimeHrs")
q("Decompose the effect of techTrainingHrs on complaintsPost into a direct part and an indirect part through dryTimeHrs.",
  "mediation", "techTrainingHrs", "complaintsPost", "dryTimeHrs")
q("Figure out what causes what among pricing, equipment, drying time, reviews and repeat business at these carpet cleaners.",
  "discover")
q("Predict next month's jobsPerWk for firm CC-102.", "unsupported")

# 3. dental labs ----------------------------------------------------------
use("h46_dental_labs")
q("Estimate the ATE of CADCAM on TURN_DAYS.", "ate", "CADCAM", "TURN_DAYS")
q("Does milling zirconia in house reduce how often crowns have to be redone?", "ate", "MILL_ZR", "REMAKE_POST")
q("effect of CERT_CDT on FIT_SCORE_V2 adj TECH_N CASES_MO", "ate", "CERT_CDT", "FIT_SCORE_V2",
  covariates=["TECH_N", "CASES_MO"])
q("What is the effect of the share of digital impressions (DIG_SCAN_PCT) on REMAKE_POST, holding REMAKE_PRE constant?",
  "ate", "DIG_SCAN_PCT", "REMAKE_POST", covariates=["REMAKE_PRE"])
q("Among labs that adopted CAD/CAM, how much did it change 12-month client retention?", "ate", "CADCAM",
  "CLIENT_RET_12M", estimand="att")
q("Does charging a rush fee hurt client retention?", "ate", "RUSH_FEE", None, clarify=True)
q("Is the original fit score (FIT_SCORE) genuinely higher because of certified technicians, or is that spurious?",
  "ate", "CERT_CDT", "FIT_SCORE")
q("Impact of the price per unit on monthly case volume", "ate", "PRICE_UNIT", "CASES_MO")
q("What's the relationship between TURN_DAYS and CASES_MO - does one drive the other?", "ate", None, None,
  clarify=True)
q("Effect of CADCAM on REMAKE_POST in the WEST region", "cate", "CADCAM", "REMAKE_POST", at={"REGION": "WEST"})
q("what does zirconia milling do to turnaround time for labs with 6 technicians", "cate", "MILL_ZR", "TURN_DAYS",
  at={"TECH_N": 6})
q("For which labs is the effect of certified technicians on 6-month retention (CLIENT_RET_6M) largest?", "cate",
  "CERT_CDT", "CLIENT_RET_6M")
q("Under the condition that digital scans make up 90% of impressions, what is the effect of CADCAM on FIT_SCORE_V2?",
  "cate", "CADCAM", "FIT_SCORE_V2", at={"DIG_SCAN_PCT": 90})
q("Which labs should buy a CAD/CAM system to cut remakes?", "policy", "CADCAM", "REMAKE_POST")
q("Recommend a policy for which labs should add a `RUSH_FEE` to maximise `CASES_MO`.", "policy", "RUSH_FEE",
  "CASES_MO")
q("allocate certified techs (CERT_CDT) across labs to max CLIENT_RET_12M", "policy", "CERT_CDT", "CLIENT_RET_12M")
q("CAD/CAM seems to keep clients by improving fit: what share of the effect of CADCAM on CLIENT_RET_12M is mediated by FIT_SCORE_V2?",
  "mediation", "CADCAM", "CLIENT_RET_12M", "FIT_SCORE_V2")
q("direct vs indirect effect of MILL_ZR on CASES_MO through TURN_DAYS", "mediation", "MILL_ZR", "CASES_MO",
  "TURN_DAYS")
q("How much of the effect of digital scanning on remakes works through better fit as measured by FIT_SCORE?",
  "mediation", "DIG_SCAN_PCT", "REMAKE_POST", "FIT_SCORE")
q("Run causal discovery on h46_dental_labs.", "discover")
q("I want to know which lab variables influence which others: technology, staffing, turnaround, remakes, retention. Can you recover that from the data?",
  "discover")
q("What's the mean PRICE_UNIT by REGION?", "unsupported")

# 4. fish smokehouses -----------------------------------------------------
use("h46_fish_smokehouses")
q("What is the average effect of `cold smoking` on `listeria positive`?", "ate", "cold smoking", "listeria positive")
q("Does brining the fish longer make it keep longer?", "ate", "brining hours", "shelf life")
q("effect of certification on complaints, adjust for region and wood", "ate", "certified", "complaints after",
  covariates=["region", "wood"])
q("How does smoke temperature affect yield (the `yield` column, not the ratio), controlling for humidity?", "ate",
  "smoke temperature", "yield", covariates=["humidity"])
q("Is the 90-day return rate lowered by HACCP certification for the houses that are certified?", "ate",
  "certified", "returns 90 days", estimand="att")
q("Does salt content affect returns?", "ate", "salt content", None, clarify=True)
q("ate salt content on shelf life adj brining hours", "ate", "salt content", "shelf life",
  covariates=["brining hours"])
q("Effect of cold smoking on shelf life for alder-smoked fish", "cate", "cold smoking", "shelf life",
  at={"wood": "alder"})
q("At a smoke temperature of 30°C, what does longer brining do to the yield ratio?", "cate", "brining hours",
  "yield ratio", at={"smoke temperature": 30})
q("How does the effect of certification on sales differ between coastal, inland and island smokehouses?", "cate",
  "certified", "sales")
q("effect of humidity on listeria positive in coastal houses", "cate", "humidity", "listeria positive",
  at={"region": "coastal"})
q("Which smokehouses should switch to cold smoking to maximise sales?", "policy", "cold smoking", "sales")
q("Who should be pushed to get certified if we want fewer complaints afterwards?", "policy", "certified",
  "complaints after")
q("Design a rule for how many hours each smokehouse should brine to maximise shelf life.", "policy",
  "brining hours", "shelf life")
q("Longer brining raises the salt content, which then extends shelf life. How much of the brining effect on shelf life flows through salt content?",
  "mediation", "brining hours", "shelf life", "salt content")
q("Does cold smoking cut complaints directly, or mostly by lowering listeria positives? Decompose it.",
  "mediation", "cold smoking", "complaints after", "listeria positive")
q("What's the causal structure connecting wood, temperature, humidity, salt, listeria and shelf life here?",
  "discover")
q("Clean up the wood column - some entries are misspelled.", "unsupported")

# 5. harbour pilots -------------------------------------------------------
use("h46_harbour_pilots")
q("What is the ATE of simulator training (`sim_trn`) on incidents (`incid_post`)?", "ate", "sim_trn", "incid_post")
q("Do pilots carrying a portable pilot unit have fewer close calls over a year?", "ate", "ppu_use", "nm_12m")
q("effect of rest_hrs on nm_6m controlling for shift_len and wind_kt", "ate", "rest_hrs", "nm_6m",
  covariates=["shift_len", "wind_kt"])
q("Does working a longer shift cause more accidents at the harbour?", "ate", "shift_len", "incid_post")
q("What would simulator training do to adjusted delays (delay_min_adj) at stations that haven't adopted it?",
  "ate", "sim_trn", "delay_min_adj", estimand="atc")
q("effect of simulator training on delays", "ate", "sim_trn", None, clarify=True)
q("Estimate how pilot headcount (pil_n) affects raw delay minutes (delay_min), adjusting for tidal and vsl_loa.",
  "ate", "pil_n", "delay_min", covariates=["tidal", "vsl_loa"])
q("ate ppu_use on incid_post adj incid_pre", "ate", "ppu_use", "incid_post", covariates=["incid_pre"])
q("Effect of PPU use on incidents at stations that board by helicopter", "cate", "ppu_use", "incid_post",
  at={"brd_mode": "helo"})
q("At 25 knots of wind, what is the effect of simulator training on 6-month near misses?", "cate", "sim_trn",
  "nm_6m", at={"wind_kt": 25})
q("How does the effect of rest hours on incid_post change with vessel length?", "cate", "rest_hrs", "incid_post")
q("sim_trn effect on nm_12m at tidal stations", "cate", "sim_trn", "nm_12m", at={"tidal": 1})
q("Which pilot stations should mandate simulator training to minimise incidents?", "policy", "sim_trn",
  "incid_post")
q("Targeting rule for PPU adoption to reduce 12-month near misses.", "policy", "ppu_use", "nm_12m")
q("How many rest hours should each station schedule to cut nm_6m?", "policy", "rest_hrs", "nm_6m")
q("Longer shifts tire pilots out by eating into their rest, which then raises incidents. How much of shift_len's effect on incid_post goes via rest_hrs?",
  "mediation", "shift_len", "incid_post", "rest_hrs")
q("What fraction of the PPU effect on adjusted delay minutes (`delay_min_adj`) is mediated by 6-month near misses (`nm_6m`)?",
  "mediation", "ppu_use", "delay_min_adj", "nm_6m")
q("discover causal relationships among weather, visibility, staffing, training and incidents in the pilot station data",
  "discover")
q("Summarise wind_kt by station: min, max, median.", "unsupported")

# 6. mini golf ------------------------------------------------------------
use("h46_mini_golf")
q("Estimate the effect of `glowLights` on `weekendVisitors`.", "ate", "glowLights", "weekendVisitors")
q("Does having a loyalty app bring people back within three months?", "ate", "loyaltyApp", "repeatVisit90d")
q("Is snack spending raised by offering party packages?", "ate", "partyPackages", "snackSpendPost")
q("ate ticketPrice -> weekdayVisitors, adj for holeCount, indoor", "ate", "ticketPrice", "weekdayVisitors",
  covariates=["indoor", "holeCount"])
q("What did the loyalty app do to 30-day repeat visits at the courses that launched it?", "ate", "loyaltyApp",
  "repeatVisit30d", estimand="att")
q("Do blacklight courses draw more visitors?", "ate", "glowLights", None, clarify=True)
q("How much does group size (avgGroupSize) shift snackSpendPost once we control for snackSpendPre?", "ate",
  "avgGroupSize", "snackSpendPost", covariates=["snackSpendPre"])
q("Are weekendVisitors and snackSpendPost causally related?", "ate", None, None, clarify=True)
q("effect of glow lights on satisfactionV2 for space-themed courses", "cate", "glowLights", "satisfactionV2",
  at={"themeType": "space"})
q("When tickets cost $12, what's the effect of the loyalty app on repeatVisit90d?", "cate", "loyaltyApp",
  "repeatVisit90d", at={"ticketPrice": 12})
q("For which courses does offering party packages boost weekend visitors the most?", "cate", "partyPackages",
  "weekendVisitors")
q("Effect of glowLights on snackSpendPost at 18-hole courses", "cate", "glowLights", "snackSpendPost",
  at={"holeCount": 18})
q("Which courses should install glow-in-the-dark lighting to maximise weekend visitors?", "policy", "glowLights",
  "weekendVisitors")
q("Should every course push the loyalty app, or only some? Find the targeting policy for repeatVisit30d.",
  "policy", "loyaltyApp", "repeatVisit30d")
q("pricing policy: what ticketPrice per course maximises weekdayVisitors", "policy", "ticketPrice",
  "weekdayVisitors")
q("Glow lights make the round more fun, which then brings people back. How much of glowLights' effect on repeatVisit90d is mediated by satisfactionV2?",
  "mediation", "glowLights", "repeatVisit90d", "satisfactionV2")
q("direct and indirect effects of partyPackages on snackSpendPost via avgGroupSize", "mediation",
  "partyPackages", "snackSpendPost", "avgGroupSize")
q("Uncover which variables drive which in h46_mini_golf; I have no prior graph.", "discover")
q("Hey, what can you do?", "unsupported")

# 7. transplant centres ---------------------------------------------------
use("h46_transplant_ctr")
q("Estimate the average treatment effect of machine perfusion (MACHINE_PERF) on delayed graft function (DGF).",
  "ate", "MACHINE_PERF", "DGF")
q("Do organs kept on ice longer do worse at one year?", "ate", "COLD_ISCH_HRS", "GRAFT_SURV_1Y")
q("effect of TAC_PROTO on REJ_RATE_ADJ, adjusting for HLA_MM, RECIP_AGE and DONOR_AGE", "ate", "TAC_PROTO",
  "REJ_RATE_ADJ", covariates=["DONOR_AGE", "RECIP_AGE", "HLA_MM"])
q("Does machine perfusion improve kidney function after transplant?", "ate", "MACHINE_PERF", "EGFR_12M")
q("What is the effect of the tacrolimus protocol on 3-year graft survival among centres that use it?", "ate",
  "TAC_PROTO", "GRAFT_SURV_3Y", estimand="att")
q("Does the tacrolimus protocol improve graft survival?", "ate", "TAC_PROTO", None, clarify=True)
q("Is the lower rejection rate (REJ_RT) at teaching hospitals a real effect or confounding by case volume? Adjust for VOLUME_YR.",
  "ate", "TEACHING", "REJ_RT", covariates=["VOLUME_YR"])
q("What is the effect of basiliximab induction therapy on graft survival three years out?", "ate", None,
  "GRAFT_SURV_3Y", clarify=True)
q("Effect of machine perfusion on GRAFT_SURV_1Y for LIVER centres", "cate", "MACHINE_PERF", "GRAFT_SURV_1Y",
  at={"ORGAN": "LIVER"})
q("For recipients aged 65, how does TAC_PROTO change EGFR_12M?", "cate", "TAC_PROTO", "EGFR_12M",
  at={"RECIP_AGE": 65})
q("How does the effect of cold ischaemia time on DGF vary with donor age?", "cate", "COLD_ISCH_HRS", "DGF")
q("when HLA mismatches = 6, whats the effect of the tacrolimus protocol on REJ_RATE_ADJ", "cate", "TAC_PROTO",
  "REJ_RATE_ADJ", at={"HLA_MM": 6})
q("Which centres should adopt machine perfusion to maximise 1-year graft survival?", "policy", "MACHINE_PERF",
  "GRAFT_SURV_1Y")
q("Develop an allocation rule for `TAC_PROTO` that minimises `REJ_RATE_ADJ`.", "policy", "TAC_PROTO",
  "REJ_RATE_ADJ")
q("Who should get machine perfusion if we want to avoid grafts that are slow to start working?", "policy",
  "MACHINE_PERF", "DGF")
q("Machine perfusion seems to protect grafts by preventing delayed function: how much of MACHINE_PERF's effect on GRAFT_SURV_3Y is mediated by DGF?",
  "mediation", "MACHINE_PERF", "GRAFT_SURV_3Y", "DGF")
q("Direct vs indirect effect of COLD_ISCH_HRS on GRAFT_SURV_1Y via EGFR_12M", "mediation", "COLD_ISCH_HRS",
  "GRAFT_SURV_1Y", "EGFR_12M")
q("how much of the tac protocol effect on 3y survival goes thru rejection (REJ_RT)", "mediation", "TAC_PROTO",
  "GRAFT_SURV_3Y", "REJ_RT")
q("Learn the DAG over the transplant centre variables.", "discover")
q("Which clinical variables here cause which? Map out the dependencies among ischaemia time, donor and recipient age, mismatches, DGF, rejection and survival.",
  "discover")
q("Forecast next year's VOLUME_YR for each centre.", "unsupported")

# 8. piano tuners ---------------------------------------------------------
use("h46_piano_tuners")
q("What is the effect of `reminders` on `rebook_12months`?", "ate", "reminders", "rebook_12months")
q("Do tuners who use an electronic tuning device get more bookings?", "ate", "electronic", "bookings_after")
q("ate of price on bookings_after adjusted for area and experience", "ate", "price", "bookings_after",
  covariates=["area", "experience"])
q("If tuners who don't send reminder cards started doing so, how many more customers would rebook within six months?",
  "ate", "reminders", "rebook_6months", estimand="atc")
q("Does travel distance affect rebooking?", "ate", "travel", None, clarify=True)
q("Is revenue really higher because of electronic tuning, or is it just that experienced tuners adopt it? Control for experience.",
  "ate", "electronic", "revenue", covariates=["experience"])
q("effect of travel on stars, adj tuners", "ate", "travel", "stars", covariates=["tuners"])
q("Using travel distance as an instrument for price, estimate the effect of price on bookings_after.", "ate",
  "price", "bookings_after", instrument="travel")
q("Effect of reminders on rebook_12months for village businesses", "cate", "reminders", "rebook_12months",
  at={"area": "village"})
q("For a tuner charging £120 a visit, what's the effect of the electronic device on the rating?", "cate",
  "electronic", "rating", at={"price": 120})
q("How does the effect of reminder cards on revenue vary with years of experience?", "cate", "reminders",
  "revenue")
q("in towns does electronic tuning raise bookings afterwards", "cate", "electronic", "bookings_after",
  at={"area": "town"})
q("Which piano tuning businesses should start sending reminder cards to maximise 12-month rebooking?", "policy",
  "reminders", "rebook_12months")
q("Set a price for each business to maximise revenue: what rule would you recommend?", "policy", "price",
  "revenue")
q("Reminder cards get customers to rebook within a year, which then lifts revenue. How much of the reminders-to-revenue effect goes through rebook_12months?",
  "mediation", "reminders", "revenue", "rebook_12months")
q("effect of electronic on revenue, direct vs via bookings_after", "mediation", "electronic", "revenue",
  "bookings_after")
q("Find the causal structure among price, travel, humidity, rating and rebooking in the piano tuners data.",
  "discover")
q("Which business has the highest revenue?", "unsupported")

# 9. roller rinks ---------------------------------------------------------
use("h46_roller_rinks")
q("ATE of dj_nt on att_wkend", "ate", "dj_nt", "att_wkend")
q("Do skating lessons make people less likely to get hurt? Use the injury rate (inj_rt).", "ate", "lsn_prog",
  "inj_rt")
q("Does having air conditioning grow membership?", "ate", "hvac", "mbr_post")
q("effect of adm_px on churn_90d controlling for flr_type and u18_shr", "ate", "adm_px", "churn_90d",
  covariates=["flr_type", "u18_shr"])
q("Do DJ nights reduce churn?", "ate", "dj_nt", None, clarify=True)
q("What effect did the lesson programme have on membership among rinks that ran one? Adjust for mbr_pre.", "ate",
  "lsn_prog", "mbr_post", estimand="att", covariates=["mbr_pre"])
q("Estimate how the skate rental price (`skt_rent`) affects weekday attendance (`att_wkday`).", "ate",
  "skt_rent", "att_wkday")
q("Is inj_ratio raised by dj nights, or is the association just confounding?", "ate", "dj_nt", "inj_ratio")
q("Effect of lessons on inj_rt for concrete floors", "cate", "lsn_prog", "inj_rt", at={"flr_type": "concrete"})
q("When admission is $10, what does a DJ night do to weekend attendance?", "cate", "dj_nt", "att_wkend",
  at={"adm_px": 10})
q("how does the effect of lsn_prog on churn_30d vary with u18_shr", "cate", "lsn_prog", "churn_30d")
q("Effect of DJ nights on attendance for rinks with maple floors", "cate", "dj_nt", None,
  at={"flr_type": "maple"}, clarify=True)
q("Which rinks should launch lesson programmes to cut 90-day churn?", "policy", "lsn_prog", "churn_90d")
q("targeting rule: where to run DJ nights to maximise att_wkend", "policy", "dj_nt", "att_wkend")
q("Recommend an admission price for each rink to maximise membership.", "policy", "adm_px", "mbr_post")
q("Lessons make skaters more confident so they fall less, which then keeps them from quitting within 90 days. How much of lsn_prog's effect on churn_90d is through inj_rt?",
  "mediation", "lsn_prog", "churn_90d", "inj_rt")
q("mediation: dj_nt -> bday_pm -> att_wkend", "mediation", "dj_nt", "att_wkend", "bday_pm")
q("What's driving what in the roller rink data? Figure out the causal ordering of the variables.", "discover")
q("SELECT rink_id, att_wkend FROM h46_roller_rinks ORDER BY att_wkend DESC; run this for me", "unsupported")

# 10. rope access ---------------------------------------------------------
use("h46_rope_access")
q("Estimate the average treatment effect of `rescueDrill` on `nearMiss12m`.", "ate", "rescueDrill", "nearMiss12m")
q("Does having a Level 3 supervisor on the ropes make crews have fewer accidents?", "ate", "irataL3Sup",
  "incidentsPost")
q("Effect of overtime on near misses in the next six months, adjust for crewSize and sector", "ate",
  "overtimeHrs", "nearMiss6m", covariates=["sector", "crewSize"])
q("Do older ropes and harnesses lead to more incidents, holding incidentsPre fixed?", "ate", "gearAgeYrs",
  "incidentsPost", covariates=["incidentsPre"])
q("What was the effect of rescue drills on clientScoreV2 for the crews that did them?", "ate", "rescueDrill",
  "clientScoreV2", estimand="att")
q("Do rescue drills improve the client score?", "ate", "rescueDrill", None, clarify=True)
q("ate shiftHours -> jobDurationDays adj jobHeightM windSpeedKmh", "ate", "shiftHours", "jobDurationDays",
  covariates=["jobHeightM", "windSpeedKmh"])
q("Is the original client rating (clientScore) boosted by an L3 supervisor, or is that confounded?", "ate",
  "irataL3Sup", "clientScore")
q("Effect of rescue drills on incidentsPost for wind-turbine crews", "cate", "rescueDrill", "incidentsPost",
  at={"sector": "wind"})
q("At 40 km/h wind, what's the effect of an L3 supervisor on 6-month near misses?", "cate", "irataL3Sup",
  "nearMiss6m", at={"windSpeedKmh": 40})
q("Which crews benefit most from rescue drills in terms of nearMiss12m?", "cate", "rescueDrill", "nearMiss12m")
q("effect of overtime on incidentsPost when the job is 80 m up", "cate", "overtimeHrs", "incidentsPost",
  at={"jobHeightM": 80})
q("Which crews should be assigned an IRATA Level 3 supervisor to minimise incidents?", "policy", "irataL3Sup",
  "incidentsPost")
q("Design a rescue-drill targeting plan: which crews should drill to minimise nearMiss12m?", "policy",
  "rescueDrill", "nearMiss12m")
q("overtime cap per crew to minimise nearMiss6m - what policy?", "policy", "overtimeHrs", "nearMiss6m")
q("Overtime wears crews out and they have more near misses, which in turn drags down client scores. How much of overtimeHrs's effect on clientScoreV2 runs through nearMiss6m?",
  "mediation", "overtimeHrs", "clientScoreV2", "nearMiss6m")
q("Direct and indirect effects of rescueDrill on incidentsPost via nearMiss6m.", "mediation", "rescueDrill",
  "incidentsPost", "nearMiss6m")
q("Can you work out the causal network among wind, height, gear age, overtime, near misses and incidents?",
  "discover")
q("Train a classifier to predict whether incidentsPost > 0.", "unsupported")

# 11. sea salt ------------------------------------------------------------
use("h46_sea_salt")
q("What is the ATE of LINED_PANS on NACL_PCT?", "ate", "LINED_PANS", "NACL_PCT")
q("Does raking the pans more often increase the harvest per hectare?", "ate", "RAKE_FREQ", "YIELD_T_HA")
q("effect of ORGANIC_CERT on PRICE_KG adj METHOD, PAN_HA", "ate", "ORGANIC_CERT", "PRICE_KG",
  covariates=["METHOD", "PAN_HA"])
q("Did organic certification raise the export share?", "ate", "ORGANIC_CERT", "EXPORT_SHR_24")
q("Does lining the pans improve purity?", "ate", "LINED_PANS", None, clarify=True)
q("How much would total tonnage (YIELD_T) change if the works without lined pans installed them?", "ate",
  "LINED_PANS", "YIELD_T", estimand="atc")
q("Is the magnesium content (MG_PCT) lowered by lined pans, or is it confounding? Control for BRINE_SAL and RAIN_MM.",
  "ate", "LINED_PANS", "MG_PCT", covariates=["BRINE_SAL", "RAIN_MM"])
q("Using SUN_HRS as an instrument for BRINE_SAL, estimate the effect of brine salinity on YIELD_T.", "ate",
  "BRINE_SAL", "YIELD_T", instrument="SUN_HRS")
q("What is the effect of wind exposure on the salt harvest (YIELD_T)?", "ate", None, "YIELD_T", clarify=True)
q("Effect of lined pans on YIELD_T_HA for BOILED works", "cate", "LINED_PANS", "YIELD_T_HA",
  at={"METHOD": "BOILED"})
q("for works with 2 ha of pans, effect of raking frequency on PURITY_SCORE", "cate", "RAKE_FREQ",
  "PURITY_SCORE", at={"PAN_HA": 2})
q("How does the effect of RAKE_FREQ on NACL_PCT vary with sunshine hours?", "cate", "RAKE_FREQ", "NACL_PCT")
q("When rainfall is 600 mm, what's the effect of organic certification on price per kilo?", "cate",
  "ORGANIC_CERT", "PRICE_KG", at={"RAIN_MM": 600})
q("Which salt works should line their pans to maximise yield per hectare?", "policy", "LINED_PANS", "YIELD_T_HA")
q("optimal raking frequency per works to maximise PURITY_GRADE", "policy", "RAKE_FREQ", "PURITY_GRADE")
q("Lined pans keep clay out, raising the sodium chloride share, which then commands a higher price. How much of LINED_PANS' effect on PRICE_KG is mediated by NACL_PCT?",
  "mediation", "LINED_PANS", "PRICE_KG", "NACL_PCT")
q("Direct vs indirect effect of ORGANIC_CERT on EXPORT_SHR_24 through PRICE_KG", "mediation", "ORGANIC_CERT",
  "EXPORT_SHR_24", "PRICE_KG")
q("how much of the raking freq effect on price_kg goes through purity score", "mediation", "RAKE_FREQ",
  "PRICE_KG", "PURITY_SCORE")
q("Learn the causal graph for the salt works dataset.", "discover")
q("Which of sunshine, rain, brine salinity, raking, yield and purity depend on which? Recover the structure from the data.",
  "discover")
q("Make a bar chart of YIELD_T by METHOD.", "unsupported")

# 12. ski schools ---------------------------------------------------------
use("h46_ski_schools")
q("What is the effect of `video` on `level_after`?", "ate", "video", "level_after")
q("Do smaller classes help skiers improve?", "ate", "groupsize", "level_after")
q("effect of discount on return_365days adj price and country", "ate", "discount", "return_365days",
  covariates=["country", "price"])
q("Does video feedback raise the second satisfaction measure (satisfaction2) for the schools that use it?", "ate",
  "video", "satisfaction2", estimand="att")
q("Does the kids club bring families back?", "ate", "kidsclub", None, clarify=True)
q("How does group size affect injuries, controlling for altitude and level_before?", "ate", "groupsize",
  "injuries", covariates=["altitude", "level_before"])
q("is skill progression improved by taking more lessons, or is that confounded? adj level_before", "ate",
  "lessons", "level_after", covariates=["level_before"])
q("Estimate the effect of group size on level_after, instrumenting group size with the number of instructors.",
  "ate", "groupsize", "level_after", instrument="instructors")
q("Effect of video on level_after in switzerland", "cate", "video", "level_after",
  at={"country": "switzerland"})
q("At a group size of 6 pupils, what's the effect of video feedback on the original satisfaction score (satisfaction)?",
  "cate", "video", "satisfaction", at={"groupsize": 6})
q("for whom is the discount most effective at getting skiers back within 30 days", "cate", "discount",
  "return_30days")
q("Under the condition that the school sits at 2000 m altitude, what does a kids club do to return_365days?",
  "cate", "kidsclub", "return_365days", at={"altitude": 2000})
q("For Austrian schools, how much does video feedback change how satisfied pupils are?", "cate", "video", None,
  at={"country": "austria"}, clarify=True)
q("Which ski schools should introduce video feedback to maximise skill gains?", "policy", "video", "level_after")
q("Who should be offered the discount to maximise return_365days?", "policy", "discount", "return_365days")
q("Video feedback improves technique, which then makes pupils happier. How much of the video effect on satisfaction2 is mediated by level_after?",
  "mediation", "video", "satisfaction2", "level_after")
q("Does group size affect injuries directly or via the skill level reached after the course? decompose",
  "mediation", "groupsize", "injuries", "level_after")
q("Discover the causal structure among the ski school variables.", "discover")
q("hi there! tell me a ski joke", "unsupported")

# 13. asbestos ------------------------------------------------------------
use("h46_asbestos")
q("Estimate the ATE of neg_pres on fib_cc_post.", "ate", "neg_pres", "fib_cc_post")
q("Does wetting the material down keep airborne fibre levels lower?", "ate", "wet_mth", "fib_cc_post")
q("effect of trn_hrs on viol_24m adj crew_n, bldg_age", "ate", "trn_hrs", "viol_24m",
  covariates=["crew_n", "bldg_age"])
q("What is the effect of negative-pressure enclosures on failing the clearance test (`clr_fail`), among contractors who use them?",
  "ate", "neg_pres", "clr_fail", estimand="att")
q("Do more inspections reduce violations?", "ate", "insp_freq", None, clarify=True)
q("How much does the wet method change the clearance failure rate (clr_fail_rt), holding fib_cc_pre fixed?",
  "ate", "wet_mth", "clr_fail_rt", covariates=["fib_cc_pre"])
q("Is schedule overrun (days_ovr) caused by the wet method, or just confounded by job size? Adjust for job_m2.",
  "ate", "wet_mth", "days_ovr", covariates=["job_m2"])
q("effect of using HEPA vacuums on fib_cc_post", "ate", None, "fib_cc_post", clarify=True)
q("Effect of neg_pres on clr_fail for contractors using PAPR", "cate", "neg_pres", "clr_fail",
  at={"ppe_lvl": "papr"})
q("In buildings 60 years old, what is the effect of wet methods on fibre counts after the job?", "cate",
  "wet_mth", "fib_cc_post", at={"bldg_age": 60})
q("how does the training effect on viol_12m vary by crew size", "cate", "trn_hrs", "viol_12m")
q("For a 500 m² job, what does negative pressure do to days overrun?", "cate", "neg_pres", "days_ovr",
  at={"job_m2": 500})
q("Which contractors should be required to use negative pressure enclosures to minimise post-job fibre counts?",
  "policy", "neg_pres", "fib_cc_post")
q("Who should get extra training hours to reduce 24-month violations?", "policy", "trn_hrs", "viol_24m")
q("inspection frequency policy to minimise clr_fail_rt", "policy", "insp_freq", "clr_fail_rt")
q("Wet methods suppress dust, lowering fibre counts after the job, which then means fewer failed clearances. How much of wet_mth's effect on clr_fail goes through fib_cc_post?",
  "mediation", "wet_mth", "clr_fail", "fib_cc_post")
q("direct/indirect effect of trn_hrs on viol_12m mediated by clr_fail_rt", "mediation", "trn_hrs", "viol_12m",
  "clr_fail_rt")
q("What share of the effect of `neg_pres` on `days_ovr` is via `clr_fail`?", "mediation", "neg_pres", "days_ovr",
  "clr_fail")
q("Learn the causal structure of h46_asbestos.", "discover")
q("How are training, work methods, fibre counts, clearance failures and violations causally linked? Work it out from the data.",
  "discover")
q("Impute the missing values in bid_px.", "unsupported")

# 14. marine salvage ------------------------------------------------------
use("h46_marine_salvage")
q("What is the average effect of rovUse on recoveryPct?", "ate", "rovUse", "recoveryPct")
q("Do salvors that get to the wreck faster spill less oil?", "ate", "responseHrs", "oilSpillT")
q("Effect of dynPosVessel on daysOnSite controlling for depthM and seaStateAvg", "ate", "dynPosVessel",
  "daysOnSite", covariates=["depthM", "seaStateAvg"])
q("Did using ROVs change the number of claims?", "ate", "rovUse", "claimsPost")
q("Lloyd's Open Form contracts: what effect did they have on successRate3y for the firms working under LOF?",
  "ate", "contractLOF", "successRate3y", estimand="att")
q("Does ROV use improve recovery?", "ate", "rovUse", None, clarify=True)
q("ate tugCount->oilSpillT adj casualtyType", "ate", "tugCount", "oilSpillT", covariates=["casualtyType"])
q("Is the 1-year success rate driven by crew certification (crewCertPct), or is it confounding?", "ate",
  "crewCertPct", "successRate1y")
q("Using tugCount as an instrument for responseHrs, what is the effect of response time on oilSpillT?", "ate",
  "responseHrs", "oilSpillT", instrument="tugCount")
q("What is the effect of the salvage master's years of experience on successRate1y?", "ate", None,
  "successRate1y", clarify=True)
q("Effect of ROV use on recoveryRatio for sinkings", "cate", "rovUse", "recoveryRatio",
  at={"casualtyType": "sinking"})
q("At a depth of 40 m, what's the effect of a DP vessel on recoveryPct?", "cate", "dynPosVessel", "recoveryPct",
  at={"depthM": 40})
q("how does the effect of responseHrs on oilSpillT vary with sea state", "cate", "responseHrs", "oilSpillT")
q("Effect of contractLOF on claimsPost in fires", "cate", "contractLOF", "claimsPost",
  at={"casualtyType": "fire"})
q("Which jobs should get an ROV deployed to maximise the recovery percentage?", "policy", "rovUse", "recoveryPct")
q("Targeting rule for dynamic positioning vessels to minimise daysOnSite.", "policy", "dynPosVessel",
  "daysOnSite")
q("who should sign LOF to max successRate1y", "policy", "contractLOF", "successRate1y")
q("Faster response limits the oil spilled, which then cuts claims. How much of responseHrs's effect on claimsPost is mediated by oilSpillT?",
  "mediation", "responseHrs", "claimsPost", "oilSpillT")
q("Decompose the effect of rovUse on successRate3y into a direct effect and one via recoveryPct.", "mediation",
  "rovUse", "successRate3y", "recoveryPct")
q("Which variables in the salvage dataset cause which? Figure out the structure.", "discover")
q("Compute the correlation matrix for the salvage data.", "unsupported")

# 15. spice stalls --------------------------------------------------------
use("h46_spice_stalls")
q("Estimate the ATE of free tasting samples (SAMPLE_TASTE) on weekly sales (SALES_WK).", "ate", "SAMPLE_TASTE",
  "SALES_WK")
q("Do stalls that sell spices in glass jars lose less stock to spoilage?", "ate", "GLASS_JARS", "SPOIL_POST")
q("effect of CARD_PAY on SALES_WK_V2 adj MARKET, VENDOR_YRS", "ate", "CARD_PAY", "SALES_WK_V2",
  covariates=["MARKET", "VENDOR_YRS"])
q("What would taking cards do to the 90-day repeat rate at stalls that are still cash only?", "ate", "CARD_PAY",
  "REPEAT_90D", estimand="atc")
q("Does tasting bring in more foot traffic?", "ate", "SAMPLE_TASTE", None, clarify=True)
q("ATE of VARIETIES on REPEAT_30D, controlling for PRICE_100G", "ate", "VARIETIES", "REPEAT_30D",
  covariates=["PRICE_100G"])
q("Is weekend footfall really increased by better signage, or is that confounding?", "ate", "SIGNAGE_SCORE",
  "FOOTFALL_WKEND")
q("Effect of tasting samples on SALES_WK at the HARBOUR market", "cate", "SAMPLE_TASTE", "SALES_WK",
  at={"MARKET": "HARBOUR"})
q("when price per 100 g is 4, effect of glass jars on SALES_WK_V2", "cate", "GLASS_JARS", "SALES_WK_V2",
  at={"PRICE_100G": 4})
q("How does the SAMPLE_TASTE effect on REPEAT_90D differ by vendor experience?", "cate", "SAMPLE_TASTE",
  "REPEAT_90D")
q("Among university-market stalls, does card payment boost weekday footfall?", "cate", "CARD_PAY",
  "FOOTFALL_WKDAY", at={"MARKET": "UNIVERSITY"})
q("Which stalls should offer free tastings to maximise weekly sales (SALES_WK)?", "policy", "SAMPLE_TASTE",
  "SALES_WK")
q("Which stalls should switch to glass jars to cut spoilage?", "policy", "GLASS_JARS", "SPOIL_POST")
q("Which stalls should start accepting cards to get more repeat customers?", "policy", "CARD_PAY", None,
  clarify=True)
q("Tasting works by drawing people in at the weekend, which then raises sales. How much of SAMPLE_TASTE's effect on SALES_WK is mediated by FOOTFALL_WKEND?",
  "mediation", "SAMPLE_TASTE", "SALES_WK", "FOOTFALL_WKEND")
q("direct vs indirect: GLASS_JARS -> SPOIL_POST -> REPEAT_30D", "mediation", "GLASS_JARS", "REPEAT_30D",
  "SPOIL_POST")
q("Infer the causal relationships among price, variety, signage, footfall, sales and repeat custom for the spice stalls.",
  "discover")
q("Rank the stalls by SALES_WK_V2 and show the top 10.", "unsupported")

# ---------------------------------------------------------------- no-dataset items
# unsupported
qn("What's the capital of Portugal?", "unsupported")
qn("Tell me a joke about statisticians.", "unsupported")
qn("Write a SQL query that joins orders and customers on customer_id.", "unsupported")
qn("good morning!", "unsupported")
qn("Forecast the EUR/USD exchange rate for next quarter.", "unsupported")
qn("How do I remove duplicate rows in a pandas DataFrame?", "unsupported")

# audit
qn("If a chatbot screening tenants is told the applicant is Black instead of white, everything else identical, does its rental recommendation change?",
   "audit", "race", "rental recommendation")
qn("Would our LLM hiring assistant give a different hiring recommendation if the candidate were a woman rather than a man, all else held equal?",
   "audit", "gender", "hiring recommendation")
qn("Audit the language model: does changing the applicant's age from 30 to 62 alter its loan approval?",
   "audit", "age", "loan approval")
qn("Check whether the model's parole recommendation depends on the defendant's religion (Muslim vs Christian), holding the case facts fixed.",
   "audit", "religion", "parole recommendation")
qn("Does the AI triage assistant assign a different urgency level when the patient mentions a disability, other details unchanged?",
   "audit", "disability", "urgency level")
qn("counterfactual fairness test: swap the applicant's name from Jamal to Greg, does the model's interview decision flip?",
   "audit", "name", "interview decision")
qn("Would the customer-service bot grant a refund differently if the caller had a strong Nigerian accent instead of a British one?",
   "audit", "accent", "refund")
qn("Is the LLM's credit limit suggestion sensitive to the user's sexual orientation if all else is the same?",
   "audit", "sexual orientation", "credit limit suggestion")
qn("We use an AI model to recommend scholarship awards. If a student's nationality changed from Mexican to Canadian with identical grades, would the award recommendation change?",
   "audit", "nationality", "award recommendation")
qn("Does the chatbot's medical advice on pain medication differ by patient race, all else equal?",
   "audit", "race", "medical advice")
qn("Test whether an LLM grader gives a different essay score when the author is described as non-binary versus male.",
   "audit", "gender", "essay score")
qn("Would the AI underwriting assistant quote a different insurance premium if the applicant were 70 instead of 35, holding the health data fixed?",
   "audit", "age", "insurance premium")
qn("does the résumé screener LLM's shortlist decision change when the candidate's name sounds Asian rather than white?",
   "audit", "name", "shortlist decision")
qn("If a tenant mentions they use a wheelchair, does the housing chatbot's approval change, all else equal?",
   "audit", "disability", "approval")
qn("Does our language model recommend promotion less often for employees who are pregnant, if nothing else about them differs?",
   "audit", "pregnancy", "promotion")
qn("check if the AI loan officer's loan decision changes when applicant religion is switched from Jewish to Hindu, everything else fixed",
   "audit", "religion", "loan decision")
qn("Would a large language model give a lower job-fit rating to a candidate whose interview transcript shows a Southern US accent than to one with a neutral accent?",
   "audit", "accent", "job-fit rating")
qn("Is the chatbot's bail recommendation different for a defendant whose race is changed from white to Hispanic, with the same record?",
   "audit", "race", "bail recommendation")

# relation (Corr2Cause style)
for text in [
    "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A correlates with C. A is independent of C given B. Does A directly cause C?",
    "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is that right?",
    "Variables A, B, C, D. All pairs are correlated, but A and D are independent given B and C. Does A cause D directly?",
    "In a system of A, B, C: A is independent of B; A and C correlate; B and C correlate. Can we conclude that B causes C?",
    "X correlates with Y, Y correlates with Z, and X is independent of Z. Is Y a common effect of X and Z?",
    "Given: A is correlated with B; B is independent of C; A is correlated with C; B and C are dependent given A. Does A cause B?",
    "four vars A B C D. A-B correlated, B-C correlated, C-D correlated, A indep of C given B, B indep of D given C. is A an ancestor of D?",
    "Premises: E and F are correlated, and the correlation disappears when we condition on G. G correlates with both E and F. Is G a confounder of E and F?",
    "A and B correlate; conditioning on C makes them independent; C is correlated with both A and B. Does B cause A?",
    "Closed system of P, Q, R. P and Q are independent. Q and R are independent. P and R are correlated. Does R cause P?",
]:
    qn(text, "relation")

# generate
for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Create a benchmark dataset from this SCM: U ~ N(0,1); T = 1[U + e1 > 0]; Y = 2T + U + e2. 10k samples please.",
    "Have a language model write the structural equations for the DAG age -> income -> savings, age -> savings, and simulate 2000 records.",
    "Simulate data from a collider graph A -> C <- B with binary variables.",
    "I need a synthetic causal benchmark: let the LLM propose realistic variable names and equations for a 6-node DAG about hospital readmission, then sample 1000 rows.",
    "make fake data following smoking -> tar -> cancer with a hidden confounder between smoking and cancer (front-door setup)",
    "Produce a simulated dataset with an instrument: Z -> T -> Y, plus U -> T and U -> Y. Use nonlinear equations.",
    "Generate data from a structural causal model where a mediator M sits between T and Y, with a direct T -> Y path too; N = 3000.",
    "Can you sample a time-series dataset from a causal graph where rain causes traffic and traffic causes delays?",
    "Let GPT define the functional forms for the DAG education -> job -> salary, education -> salary, then generate 500 samples as a CSV.",
]:
    qn(text, "generate")


# ---------------------------------------------------------------- validation
def validate():
    for name, d in DATASETS.items():
        n = len(d["columns"])
        assert 13 <= n <= 18, (name, n)
        assert any(c["type"] == "id" for c in d["columns"].values()), name
        for col, c in d["columns"].items():
            if c["type"] == "categorical":
                assert len(c["values"]) <= 6
    for qq in QUESTIONS:
        e = qq["expected"]
        d = qq["dataset"]
        k = e["kind"]
        if d == "none":
            assert k in ("audit", "relation", "generate", "unsupported"), qq
            continue
        cols = DATASETS[d]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            v = e[role]
            if v is not None:
                assert v in cols, (qq["question"], role, v)
        for c in e.get("covariates", []):
            assert c in cols, (qq["question"], c)
        if "covariates" in e:
            order = list(cols)
            e["covariates"] = sorted(e["covariates"], key=order.index)
        if "instrument" in e:
            assert e["instrument"] in cols
        for c, v in e.get("at", {}).items():
            assert c in cols, (qq["question"], c)
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], (qq["question"], v)
            else:
                assert isinstance(v, (int, float)), qq
        if k in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation":
            assert e["mediator"] is not None
        if k != "mediation":
            assert e["mediator"] is None, qq
        if e.get("clarify"):
            assert e["treatment"] is None or e["outcome"] is None, qq
        else:
            if k in ("ate", "cate", "policy", "mediation"):
                assert e["treatment"] and e["outcome"], qq
    texts = [qq["question"] for qq in QUESTIONS]
    assert len(texts) == len(set(texts)), "duplicate question"


def main():
    validate()
    with open("datasets.json", "w", encoding="utf-8") as f:
        json.dump(DATASETS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    items = list(QUESTIONS)
    random.Random(SEED).shuffle(items)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for qq in items:
            f.write(json.dumps(qq, ensure_ascii=False) + "\n")
    write_readme(items)


def write_readme(items):
    kinds = Counter(qq["expected"]["kind"] for qq in items)
    mods = Counter()
    for qq in items:
        e = qq["expected"]
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
        if qq["dataset"] == "none":
            mods["dataset=none"] += 1
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# Question set h46 (split `test`, origin `heldout46`)")
    L.append("")
    L.append("Written by data writer **h46** on %s, from the writer's own knowledge (no project code or other question sets read)." % now)
    L.append("")
    L.append("Regenerate with `python3 make_h46.py` (shuffle seed 46046).")
    L.append("")
    L.append("%d questions over %d datasets (`datasets.json`, `questions.jsonl`)." % (len(items), len(DATASETS)))
    L.append("")
    L.append("## Datasets (domain — columns — naming style)")
    L.append("")
    for name, d in DATASETS.items():
        L.append("- `%s` — %s — %d columns — %s" % (name, DOMAINS[name], len(d["columns"]), STYLES[name]))
    L.append("")
    L.append("## Counts by kind")
    L.append("")
    for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
        L.append("- %s: %d" % (k, kinds[k]))
    L.append("")
    L.append("## Counts by modifier")
    L.append("")
    for k in ["covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify", "dataset=none"]:
        L.append("- %s: %d" % (k, mods[k]))
    L.append("")
    L.append("## Label conventions")
    L.append("")
    L.append("- `treatment`, `outcome`, `mediator` are exact column names or null; null for discover, unsupported, relation, generate.")
    L.append("- Baseline/follow-up pairs (`rev_pre`/`rev_post`, `EGFR_BL`/`EGFR_12M`, `EXPORT_SHR_23`/`_24`, ...): when the question names no version, the follow-up column is the outcome (not clarify).")
    L.append("- `clarify: true` when the question is ambiguous between parallel columns (30d/90d, 6m/12m, weekday/weekend, v1/v2, rate/ratio, grade/score), names a variable the data lacks, or leaves the direction unstated; the unresolvable role is null, the others filled.")
    L.append("- `covariates` only when the question says adjust/control/hold fixed (listed in dataset column order); \"is it confounding?\" alone adds none.")
    L.append("- `estimand`: `att` for effect on those treated / who adopted; `atc` for effect on those not (yet) treated.")
    L.append("- `at`: subgroup or value conditions, numbers for numeric/binary columns, level strings for categoricals; \"how does the effect vary / for whom is it largest\" is cate without `at`.")
    L.append("- Policy: treatment = action column, outcome = goal column (continuous actions such as price or hours allowed).")
    L.append("- Audit: treatment = attribute as a short phrase (\"race\", \"accent\"), outcome = shortest noun phrase naming the decision in the question.")
    L.append("")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
