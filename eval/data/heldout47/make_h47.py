#!/usr/bin/env python3
"""Generator for question set h47 (split test, origin heldout47).
Regenerates datasets.json and questions.jsonl byte for byte; README.md carries the date."""
import json
import random
import datetime
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout47"
SEED = 47047

DATASETS = OrderedDict()


def ds(name, desc, cols):
    DATASETS[name] = {
        "description": desc,
        "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols),
    }


# ---------------------------------------------------------------- datasets
ds("h47_shipbreaking_yards",
   "One row per ship-recycling yard; safety, certification and output over a two-year window.",
   [("yard_id", "id", ["Y001", "Y002", "Y003"]),
    ("ctry", "categorical", ["BD", "IN", "PK", "TR"]),
    ("own_type", "categorical", ["family", "corporate", "state"]),
    ("beach_meth", "binary", [0, 1]),
    ("hkc_cert", "binary", [0, 1]),
    ("ldt_k", "numeric", [12.5, 38.0, 71.2]),
    ("wkr_n", "numeric", [140, 420, 900]),
    ("trn_hrs", "numeric", [4, 16, 40]),
    ("ppe_sc", "numeric", [42, 67, 88]),
    ("ppe_sc_v2", "numeric", [3.1, 6.4, 8.9]),
    ("insp_n", "numeric", [0, 3, 9]),
    ("asb_viol", "numeric", [0, 2, 11]),
    ("inj_rt_pre", "numeric", [4.2, 9.8, 17.5]),
    ("inj_rt_post", "numeric", [3.1, 7.7, 15.0]),
    ("fatal_12m", "numeric", [0, 1, 4]),
    ("fatal_24m", "numeric", [0, 2, 7]),
    ("scrap_px", "numeric", [310, 455, 560]),
    ("rev_musd", "numeric", [2.4, 11.8, 36.0])])

ds("h47_womens_refuges",
   "One row per resident stay at a women's refuge; support received and outcomes after leaving.",
   [("resident", "id", ["R-0001", "R-0002", "R-0003"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("rural", "binary", [0, 1]),
    ("age", "numeric", [19, 34, 52]),
    ("children", "numeric", [0, 1, 3]),
    ("counselling", "binary", [0, 1]),
    ("legal_aid", "binary", [0, 1]),
    ("stay_days", "numeric", [7, 45, 120]),
    ("wellbeing_entry", "numeric", [21, 38, 55]),
    ("wellbeing_exit", "numeric", [30, 47, 63]),
    ("safety_score", "numeric", [2, 6, 9]),
    ("safety_rating", "numeric", [1.5, 3.0, 4.5]),
    ("returned_3m", "binary", [0, 1]),
    ("returned_12m", "binary", [0, 1]),
    ("rehoused", "binary", [0, 1]),
    ("employed", "binary", [0, 1]),
    ("income", "numeric", [0, 950, 1800])])

ds("h47_youth_clubs",
   "One row per youth club member; programme participation and school/justice outcomes.",
   [("memberId", "id", ["m1001", "m1002", "m1003"]),
    ("clubType", "categorical", ["sports", "arts", "mixed", "faith"]),
    ("memberAge", "numeric", [11, 14, 17]),
    ("isGirl", "binary", [0, 1]),
    ("freeMeals", "binary", [0, 1]),
    ("mentorAssigned", "binary", [0, 1]),
    ("sessionsPerWk", "numeric", [0.5, 2, 4]),
    ("volunteerHrs", "numeric", [0, 6, 20]),
    ("peerScore", "numeric", [12, 25, 38]),
    ("selfEsteemBl", "numeric", [14, 20, 27]),
    ("selfEsteem12m", "numeric", [15, 22, 29]),
    ("schoolAttendPct", "numeric", [71.0, 88.5, 97.0]),
    ("schoolAttendPctV2", "numeric", [0.7, 0.86, 0.98]),
    ("excluded6m", "binary", [0, 1]),
    ("excluded12m", "binary", [0, 1]),
    ("arrested12m", "binary", [0, 1])])

ds("h47_translation_agencies",
   "One row per translation job handled by a set of agencies; workflow choices and quality/commercial outcomes.",
   [("jobId", "id", ["J-7781", "J-7782", "J-7783"]),
    ("langPair", "categorical", ["EN-DE", "EN-ZH", "FR-EN", "ES-EN"]),
    ("docDomain", "categorical", ["legal", "medical", "marketing", "technical"]),
    ("usesMT", "binary", [0, 1]),
    ("wordCount", "numeric", [800, 4200, 15000]),
    ("translatorYrs", "numeric", [1, 6, 18]),
    ("deadlineDays", "numeric", [1, 3, 10]),
    ("reviewerCheck", "binary", [0, 1]),
    ("errorRatePre", "numeric", [0.8, 2.5, 6.1]),
    ("errorRatePost", "numeric", [0.2, 1.1, 3.4]),
    ("qaScore", "numeric", [71, 85, 97]),
    ("qaScoreV2", "numeric", [3.2, 4.1, 4.9]),
    ("clientSat", "numeric", [2, 4, 5]),
    ("onTime", "binary", [0, 1]),
    ("repeatClient30d", "binary", [0, 1]),
    ("repeatClient90d", "binary", [0, 1]),
    ("priceUsd", "numeric", [120, 640, 3100])])

ds("h47_well_drilling",
   "One row per borehole drilled by water well drilling firms; siting, crew and performance.",
   [("WELL_ID", "id", ["W-00012", "W-00013", "W-00014"]),
    ("REGION", "categorical", ["SAHEL", "EAST_AFRICA", "SOUTH_ASIA"]),
    ("RIG_TYPE", "categorical", ["ROTARY", "PERCUSSION", "MANUAL"]),
    ("DEPTH_M", "numeric", [25, 60, 140]),
    ("GEO_SURVEY", "binary", [0, 1]),
    ("CREW_N", "numeric", [3, 5, 9]),
    ("CREW_TRAIN", "binary", [0, 1]),
    ("CASING_PVC", "binary", [0, 1]),
    ("COMM_FUND", "binary", [0, 1]),
    ("COST_USD", "numeric", [4200, 9800, 21000]),
    ("SUCCESS", "binary", [0, 1]),
    ("YIELD_LPH_INIT", "numeric", [300, 900, 2400]),
    ("YIELD_LPH_1Y", "numeric", [150, 780, 2200]),
    ("FAIL_6M", "binary", [0, 1]),
    ("FAIL_24M", "binary", [0, 1]),
    ("WATER_QUAL_IDX", "numeric", [41, 66, 90]),
    ("WATER_QUALITY_SCORE", "numeric", [2, 3, 5])])

ds("h47_night_shelters",
   "One row per guest episode at night shelters for people experiencing homelessness.",
   [("gst_id", "id", ["G5501", "G5502", "G5503"]),
    ("shlt_typ", "categorical", ["congregate", "pod", "hotel"]),
    ("age_y", "numeric", [22, 41, 63]),
    ("male", "binary", [0, 1]),
    ("sud_flag", "binary", [0, 1]),
    ("mh_flag", "binary", [0, 1]),
    ("case_mgr", "binary", [0, 1]),
    ("low_barrier", "binary", [0, 1]),
    ("curfew", "binary", [0, 1]),
    ("nights_n", "numeric", [1, 14, 90]),
    ("ed_vis_pre", "numeric", [0, 2, 9]),
    ("ed_vis_post", "numeric", [0, 1, 7]),
    ("hous_30d", "binary", [0, 1]),
    ("hous_90d", "binary", [0, 1]),
    ("inc_rpt", "numeric", [0, 1, 5]),
    ("sat_sc", "numeric", [1, 3, 5]),
    ("sat_sc2", "numeric", [20, 55, 90])])

ds("h47_water_taxis",
   "One row per water taxi route-operator pair; service design and ridership over a year.",
   [("routeId", "id", ["rt-01", "rt-02", "rt-03"]),
    ("city", "categorical", ["Venice", "Bangkok", "Sydney", "Istanbul"]),
    ("fleetSize", "numeric", [3, 10, 28]),
    ("electricBoat", "binary", [0, 1]),
    ("appBooking", "binary", [0, 1]),
    ("farePerTrip", "numeric", [4.5, 12.0, 35.0]),
    ("skipperYrs", "numeric", [1, 7, 22]),
    ("waitMinPeak", "numeric", [3, 9, 25]),
    ("waitMinOffpeak", "numeric", [2, 6, 18]),
    ("ridersWeekday", "numeric", [120, 860, 4100]),
    ("ridersWeekend", "numeric", [200, 1300, 5200]),
    ("fuelCostPerKm", "numeric", [0.4, 1.3, 2.8]),
    ("incidents6m", "numeric", [0, 1, 4]),
    ("incidents12m", "numeric", [0, 2, 7]),
    ("onTimePct", "numeric", [71.0, 88.0, 98.5]),
    ("rating", "numeric", [3.1, 4.2, 4.9]),
    ("ratingV2", "numeric", [55, 74, 92])])

ds("h47_fire_lookouts",
   "One row per fire lookout tower per fire season; equipment, staffing and detection/burn outcomes.",
   [("TOWER_ID", "id", ["LT-104", "LT-105", "LT-106"]),
    ("FOREST", "categorical", ["PINE", "MIXED", "FIR"]),
    ("ELEV_M", "numeric", [850, 1500, 2600]),
    ("VIS_KM", "numeric", [18, 40, 75]),
    ("STAFFED_24H", "binary", [0, 1]),
    ("CAMERA_AI", "binary", [0, 1]),
    ("RADIO_UPG", "binary", [0, 1]),
    ("OBSERVER_YRS", "numeric", [0, 5, 31]),
    ("LIGHTNING_N", "numeric", [2, 19, 64]),
    ("DROUGHT_IDX", "numeric", [1, 3, 5]),
    ("FIRES_N", "numeric", [0, 6, 23]),
    ("DETECT_MIN_BL", "numeric", [8, 22, 61]),
    ("DETECT_MIN_FU", "numeric", [5, 17, 48]),
    ("BURN_HA_7D", "numeric", [0.5, 12, 340]),
    ("BURN_HA_30D", "numeric", [1, 40, 2100]),
    ("FALSE_ALARMS", "numeric", [0, 3, 14]),
    ("FALSE_ALARM_RATE", "numeric", [0.0, 0.12, 0.41])])

ds("h47_data_centres",
   "One row per data centre facility; cooling technology, load and efficiency/reliability outcomes.",
   [("dc_id", "id", ["DC-A17", "DC-B02", "DC-C44"]),
    ("clim_zn", "categorical", ["hot", "temperate", "cold"]),
    ("tier", "categorical", ["II", "III", "IV"]),
    ("liq_cool", "binary", [0, 1]),
    ("it_load_mw", "numeric", [2.5, 12, 48]),
    ("rack_kw", "numeric", [6, 14, 42]),
    ("fc_hrs", "numeric", [900, 3800, 7200]),
    ("ren_pct", "numeric", [10, 45, 95]),
    ("ai_wkld_pct", "numeric", [0, 20, 70]),
    ("staff_fte", "numeric", [8, 25, 90]),
    ("pue_bl", "numeric", [1.25, 1.48, 1.9]),
    ("pue_24m", "numeric", [1.12, 1.36, 1.75]),
    ("wue", "numeric", [0.2, 1.1, 2.4]),
    ("wue_v2", "numeric", [0.18, 0.95, 2.2]),
    ("outage_12m", "numeric", [0, 1, 5]),
    ("outage_36m", "numeric", [0, 3, 12]),
    ("mttr_h", "numeric", [0.5, 2.8, 11.0])])

ds("h47_hydro_dams",
   "One row per hydroelectric dam; operating rules, retrofits, generation and river ecology.",
   [("DAM_ID", "id", ["HD-031", "HD-032", "HD-033"]),
    ("BASIN", "categorical", ["COLUMBIA", "MEKONG", "DANUBE", "PARANA"]),
    ("AGE_YRS", "numeric", [8, 41, 88]),
    ("CAP_MW", "numeric", [20, 480, 3100]),
    ("HEAD_M", "numeric", [12, 30, 160]),
    ("RESERVOIR_KM2", "numeric", [1.5, 40, 610]),
    ("FLOW_CMS", "numeric", [60, 900, 6800]),
    ("FISH_LADDER", "binary", [0, 1]),
    ("ECO_FLOW", "binary", [0, 1]),
    ("SEDIMENT_FLUSH", "binary", [0, 1]),
    ("TURBINE_UPG", "binary", [0, 1]),
    ("DROUGHT_YR", "binary", [0, 1]),
    ("GEN_GWH_PRE", "numeric", [70, 1900, 12000]),
    ("GEN_GWH_POST", "numeric", [75, 2050, 12600]),
    ("DO_MGL", "numeric", [5.1, 7.8, 10.2]),
    ("FISH_PASSAGE", "numeric", [300, 12000, 210000]),
    ("FISH_PASSAGE_RATE", "numeric", [0.05, 0.38, 0.81])])

ds("h47_offshore_rigs",
   "One row per offshore drilling/production rig; crew practices, safety programmes and incidents.",
   [("rig_id", "id", ["OR-11", "OR-12", "OR-13"]),
    ("rig_typ", "categorical", ["jackup", "semisub", "drillship", "fixed"]),
    ("wtr_dpth_m", "numeric", [40, 900, 2800]),
    ("age_yrs", "numeric", [3, 18, 42]),
    ("crew_n", "numeric", [60, 120, 210]),
    ("rot_wks", "numeric", [2, 3, 4]),
    ("contractor", "binary", [0, 1]),
    ("h2s_zone", "binary", [0, 1]),
    ("sms_audit", "binary", [0, 1]),
    ("digital_twin", "binary", [0, 1]),
    ("bop_tst_frq", "numeric", [1, 2, 4]),
    ("fatigue_sc", "numeric", [18, 33, 51]),
    ("lti_rt_pre", "numeric", [0.4, 1.3, 3.2]),
    ("lti_rt_post", "numeric", [0.2, 1.0, 2.9]),
    ("spill_bbl_6m", "numeric", [0, 3, 55]),
    ("spill_bbl_12m", "numeric", [0, 7, 130]),
    ("npt_pct", "numeric", [4.0, 11.5, 27.0]),
    ("npt_hrs", "numeric", [150, 820, 2300])])

ds("h47_caravan_parks",
   "One row per caravan and holiday park; facilities, pricing, marketing and bookings.",
   [("park", "id", ["P-201", "P-202", "P-203"]),
    ("county", "categorical", ["Cornwall", "Devon", "Norfolk", "Yorkshire"]),
    ("pitches", "numeric", [30, 100, 420]),
    ("coastal", "binary", [0, 1]),
    ("dog_friendly", "binary", [0, 1]),
    ("wifi", "binary", [0, 1]),
    ("pool", "binary", [0, 1]),
    ("staff", "numeric", [3, 12, 60]),
    ("marketing_spend", "numeric", [500, 4000, 25000]),
    ("price_per_night", "numeric", [18, 32, 75]),
    ("occupancy_summer", "numeric", [0.55, 0.81, 0.98]),
    ("occupancy_winter", "numeric", [0.05, 0.22, 0.5]),
    ("bookings_2022", "numeric", [600, 2400, 9800]),
    ("bookings_2023", "numeric", [650, 2600, 10400]),
    ("reviews", "numeric", [12, 140, 900]),
    ("review_score", "numeric", [6.8, 8.4, 9.6]),
    ("review_rating", "numeric", [3.2, 4.3, 4.9])])

ds("h47_dance_schools",
   "One row per student enrolled at a network of dance schools; lessons, exams, injuries and retention.",
   [("studentId", "id", ["s-3301", "s-3302", "s-3303"]),
    ("danceStyle", "categorical", ["ballet", "hiphop", "contemporary", "ballroom", "tap"]),
    ("ageYrs", "numeric", [6, 12, 19]),
    ("parentIncomeK", "numeric", [18, 42, 130]),
    ("scholarship", "binary", [0, 1]),
    ("privateLessons", "binary", [0, 1]),
    ("stretchProgram", "binary", [0, 1]),
    ("competitionEntered", "binary", [0, 1]),
    ("classesPerWk", "numeric", [1, 3, 6]),
    ("teacherYrsExp", "numeric", [2, 9, 30]),
    ("gradeExamBl", "numeric", [52, 68, 85]),
    ("gradeExam12m", "numeric", [55, 73, 92]),
    ("injuryCount", "numeric", [0, 1, 4]),
    ("enjoymentScore", "numeric", [2, 4, 5]),
    ("enjoymentScoreV2", "numeric", [35, 70, 98]),
    ("retention6m", "binary", [0, 1]),
    ("retention12m", "binary", [0, 1])])

ds("h47_art_galleries",
   "One row per commercial/public art gallery; opening policy, promotion, footfall and sales.",
   [("gallery", "id", ["GAL-01", "GAL-02", "GAL-03"]),
    ("city", "categorical", ["London", "Paris", "Berlin", "New York"]),
    ("size_sqm", "numeric", [120, 500, 2400]),
    ("artists", "numeric", [4, 20, 85]),
    ("free_entry", "binary", [0, 1]),
    ("late_opening", "binary", [0, 1]),
    ("social_ads", "binary", [0, 1]),
    ("ad_spend", "numeric", [0, 8000, 60000]),
    ("grants", "numeric", [0, 25000, 400000]),
    ("commission_rate", "numeric", [0.3, 0.45, 0.6]),
    ("visitors_before", "numeric", [800, 6000, 90000]),
    ("visitors_after", "numeric", [900, 7200, 98000]),
    ("sales_q1", "numeric", [0, 45000, 900000]),
    ("sales_q4", "numeric", [0, 70000, 1400000]),
    ("members", "numeric", [0, 350, 12000]),
    ("rating", "numeric", [3.4, 4.3, 4.9]),
    ("rating_new", "numeric", [62, 81, 96])])

ds("h47_local_tv",
   "One row per local TV station; programming investments, distribution and audience/revenue outcomes.",
   [("STATION_ID", "id", ["KXAB", "WQRT", "KLMN"]),
    ("MARKET", "categorical", ["SMALL", "MEDIUM", "LARGE"]),
    ("NETWORK_AFF", "categorical", ["ABC", "CBS", "NBC", "FOX", "IND"]),
    ("STAFF_N", "numeric", [25, 70, 210]),
    ("NEWS_HRS_WK", "numeric", [5, 20, 45]),
    ("NEWS_INVEST", "binary", [0, 1]),
    ("STREAMING", "binary", [0, 1]),
    ("WEATHER_RADAR", "binary", [0, 1]),
    ("ANCHOR_CHANGE", "binary", [0, 1]),
    ("AD_REV_PRE", "numeric", [1.2, 8.5, 40.0]),
    ("AD_REV_POST", "numeric", [1.1, 9.3, 44.0]),
    ("RATING_6PM", "numeric", [1.5, 4.2, 9.8]),
    ("RATING_11PM", "numeric", [1.0, 3.6, 8.1]),
    ("SHARE_PCT", "numeric", [5, 14, 31]),
    ("SHARE_PCT_ADJ", "numeric", [4.6, 13.2, 29.5]),
    ("VIEWERS_30D", "numeric", [20000, 140000, 900000]),
    ("VIEWERS_90D", "numeric", [45000, 310000, 2100000])])

# ---------------------------------------------------------------- questions
QUESTIONS = []


def q(dataset, kind, text, t=None, y=None, m=None, **extra):
    exp = OrderedDict([("kind", kind), ("treatment", t), ("outcome", y), ("mediator", m)])
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in extra:
            exp[k] = extra.pop(k)
    assert not extra, extra
    cols = list(DATASETS[dataset]["columns"].keys()) if dataset != "none" else None
    QUESTIONS.append(OrderedDict([
        ("question", text), ("dataset", dataset), ("columns", cols),
        ("split", SPLIT), ("origin", ORIGIN), ("expected", exp)]))


def block(dataset):
    def f(kind, text, t=None, y=None, m=None, **extra):
        q(dataset, kind, text, t, y, m, **extra)
    return f


# 1 shipbreaking yards --------------------------------------------------------
a = block("h47_shipbreaking_yards")
a("ate", "Estimate the average treatment effect of Hong Kong Convention certification (`hkc_cert`) on the follow-up injury rate (`inj_rt_post`).", "hkc_cert", "inj_rt_post")
a("ate", "do yards that give their workers more training hours end up with fewer injuries?", "trn_hrs", "inj_rt_post")
a("ate", "ate of beach_meth on asb_viol, adj ldt_k wkr_n", "beach_meth", "asb_viol", covariates=["ldt_k", "wkr_n"])
a("ate", "Is the lower injury rate at certified ship-recycling yards a genuine effect of certification, or is it just confounding by which yards choose to certify?", "hkc_cert", "inj_rt_post")
a("ate", "What is the effect of the number of inspections (insp_n) on asbestos violations (asb_viol), controlling for country (ctry)?", "insp_n", "asb_viol", covariates=["ctry"])
a("ate", "Among the yards that did obtain certification, by how much did it cut deaths over the following 24 months?", "hkc_cert", "fatal_24m", estimand="att")
a("ate", "how much does the ppe score move the injury rate", None, "inj_rt_post", clarify=True)
a("ate", "Using the scrap steel price (`scrap_px`) as an instrument, estimate the causal effect of workforce size (`wkr_n`) on revenue (`rev_musd`).", "wkr_n", "rev_musd", instrument="scrap_px")
a("cate", "Effect of hkc_cert on inj_rt_post for yards in Bangladesh (ctry = BD).", "hkc_cert", "inj_rt_post", at={"ctry": "BD"})
a("cate", "For which kinds of yard does extra safety training cut injuries the most?", "trn_hrs", "inj_rt_post")
a("cate", "among state-owned yards, what does breaking ships on the beach do to asbestos violations?", "beach_meth", "asb_viol", at={"own_type": "state"})
a("cate", "What would an additional inspection do to violation counts under the condition that the yard handles 50 thousand lightweight tonnes (ldt_k = 50)?", "insp_n", "asb_viol", at={"ldt_k": 50})
a("policy", "Which yards should be prioritised for certification support if the goal is to bring the injury rate down?", "hkc_cert", "inj_rt_post")
a("policy", "Propose a targeting rule for allocating extra training hours (trn_hrs) so as to minimise fatalities over two years (fatal_24m).", "trn_hrs", "fatal_24m")
a("policy", "we can only fund inspections at a handful of yards - which ones should we pick to reduce asbestos breaches?", "insp_n", "asb_viol")
a("mediation", "How much of the effect of certification (`hkc_cert`) on the injury rate (`inj_rt_post`) is mediated by the PPE score (`ppe_sc`)?", "hkc_cert", "inj_rt_post", "ppe_sc")
a("mediation", "Certification works by forcing yards to train their workers, which then lowers injuries. Split the effect into the part that runs through training and the direct part.", "hkc_cert", "inj_rt_post", "trn_hrs")
a("discover", "Learn the causal graph among the shipbreaking yard variables.")
a("unsupported", "Make a bar chart of yard revenue by country.")

# 2 women's refuges -----------------------------------------------------------
b = block("h47_womens_refuges")
b("ate", "Does counselling improve residents' wellbeing?", "counselling", "wellbeing_exit")
b("ate", "Estimate the ATE of legal aid (legal_aid) on being rehoused (rehoused), adjusting for age and children.", "legal_aid", "rehoused", covariates=["age", "children"])
b("ate", "effect of longer stays on the chance a woman goes back to her abuser within a year", "stay_days", "returned_12m")
b("ate", "What is the impact of counselling on returning to the abusive partner?", "counselling", None, clarify=True)
b("ate", "Is rehousing really caused by legal support, or do the women who get legal aid simply differ from those who don't?", "legal_aid", "rehoused")
b("ate", "For the women who received counselling, what did it do to their chances of being in work (employed)?", "counselling", "employed", estimand="att")
b("ate", "Effect of `legal_aid` on `income`, controlling for `region` and `rural`.", "legal_aid", "income", covariates=["region", "rural"])
b("ate", "Would the residents who did not get legal help have been more likely to find a new home had they received it?", "legal_aid", "rehoused", estimand="atc")
b("cate", "effect of counselling on wellbeing_exit among rural refuges", "counselling", "wellbeing_exit", at={"rural": 1})
b("cate", "How does the effect of legal aid on rehousing vary with the number of children a woman brings?", "legal_aid", "rehoused")
b("cate", "What does counselling do to the 3-month return rate for women aged 25?", "counselling", "returned_3m", at={"age": 25})
b("cate", "In the north region, what is the effect of legal aid (legal_aid) on employment (employed)?", "legal_aid", "employed", at={"region": "north"})
b("policy", "Which residents should be offered counselling first to maximise wellbeing at exit?", "counselling", "wellbeing_exit")
b("policy", "who should we prioritise for legal aid so that as many women as possible get rehoused", "legal_aid", "rehoused")
b("mediation", "Legal aid helps women get rehoused, and being rehoused then keeps them from going back within 12 months. How much of legal aid's effect on returning (returned_12m) goes through rehousing?", "legal_aid", "returned_12m", "rehoused")
b("mediation", "What share of counselling's effect on employment (`employed`) is mediated through wellbeing at exit (`wellbeing_exit`)?", "counselling", "employed", "wellbeing_exit")
b("discover", "Which of these refuge variables influence which? Recover the structure from the data.")
b("unsupported", "What's the average stay length in days, broken down by region?")

# 3 youth clubs -----------------------------------------------------------------
c = block("h47_youth_clubs")
c("ate", "Estimate the average effect of `mentorAssigned` on `selfEsteem12m`.", "mentorAssigned", "selfEsteem12m")
c("ate", "does going to the club more often keep kids out of trouble with the police?", "sessionsPerWk", "arrested12m")
c("ate", "ate mentorAssigned -> arrested12m adj memberAge, freeMeals", "mentorAssigned", "arrested12m", covariates=["memberAge", "freeMeals"])
c("ate", "Does having a mentor make young people feel better about themselves?", "mentorAssigned", "selfEsteem12m")
c("ate", "What is the effect of sessions per week on school attendance?", "sessionsPerWk", None, clarify=True)
c("ate", "Is being excluded from school within 12 months reduced by volunteering hours, or is that association just confounded?", "volunteerHrs", "excluded12m")
c("ate", "For members who were assigned a mentor, what was the effect on exclusions over six months?", "mentorAssigned", "excluded6m", estimand="att")
c("ate", "Causal effect of volunteerHrs on peerScore controlling for clubType and isGirl.", "volunteerHrs", "peerScore", covariates=["clubType", "isGirl"])
c("cate", "effect of mentorAssigned on arrested12m for members on free school meals", "mentorAssigned", "arrested12m", at={"freeMeals": 1})
c("cate", "How does the benefit of mentoring for self-esteem differ across club types?", "mentorAssigned", "selfEsteem12m")
c("cate", "What is the effect of attending more sessions on exclusion at 12 months in arts clubs?", "sessionsPerWk", "excluded12m", at={"clubType": "arts"})
c("cate", "For girls, does mentoring improve school attendance?", "mentorAssigned", None, at={"isGirl": 1}, clarify=True)
c("policy", "Which young people should get a mentor to reduce arrests?", "mentorAssigned", "arrested12m")
c("policy", "We have 40 mentor slots. Design an allocation rule that maximises self-esteem at 12 months (selfEsteem12m).", "mentorAssigned", "selfEsteem12m")
c("policy", "targeting: which members should be nudged into volunteering to cut 12-month exclusions?", "volunteerHrs", "excluded12m")
c("mediation", "Mentoring raises self-esteem, which then keeps kids out of trouble. How much of mentoring's effect on arrests (arrested12m) goes via selfEsteem12m?", "mentorAssigned", "arrested12m", "selfEsteem12m")
c("mediation", "decompose the effect of sessionsPerWk on excluded12m into direct and indirect through peerScore", "sessionsPerWk", "excluded12m", "peerScore")
c("discover", "Figure out what drives what among the youth club variables: which ones sit upstream of the others?")
c("unsupported", "Predict which members will be arrested in the next year.")

# 4 translation agencies --------------------------------------------------------
d = block("h47_translation_agencies")
d("ate", "What is the average causal effect of machine-translation post-editing (`usesMT`) on the final error rate (`errorRatePost`)?", "usesMT", "errorRatePost")
d("ate", "does a second reviewer cut errors in the delivered text?", "reviewerCheck", "errorRatePost")
d("ate", "ate usesMT on onTime adj wordCount deadlineDays", "usesMT", "onTime", covariates=["wordCount", "deadlineDays"])
d("ate", "Does using MT lower client satisfaction, or is the correlation just because MT gets used on rushed jobs?", "usesMT", "clientSat")
d("ate", "Effect of translator experience on the quality score.", "translatorYrs", None, clarify=True)
d("ate", "Effect of reviewerCheck on repeatClient90d, controlling for langPair and docDomain.", "reviewerCheck", "repeatClient90d", covariates=["langPair", "docDomain"])
d("ate", "Among jobs that were post-edited from machine output, what did MT do to the price charged?", "usesMT", "priceUsd", estimand="att")
d("ate", "How much would delivering on time raise the chance that the client comes back within 30 days?", "onTime", "repeatClient30d")
d("cate", "Effect of usesMT on errorRatePost for EN-ZH jobs.", "usesMT", "errorRatePost", at={"langPair": "EN-ZH"})
d("cate", "For which kinds of document does machine translation hurt accuracy the most?", "usesMT", "errorRatePost")
d("cate", "effect of reviewer check on client satisfaction in legal work", "reviewerCheck", "clientSat", at={"docDomain": "legal"})
d("cate", "What is the effect of MT on on-time delivery when the deadline is 3 days?", "usesMT", "onTime", at={"deadlineDays": 3})
d("policy", "Which jobs should be routed through machine translation to keep final error rates low?", "usesMT", "errorRatePost")
d("policy", "Decide which jobs get a reviewer check (reviewerCheck) so that 90-day client retention (repeatClient90d) is maximised.", "reviewerCheck", "repeatClient90d")
d("mediation", "Reviewer checks improve client satisfaction mainly because they lower the error rate. How much of the effect of reviewerCheck on clientSat runs through errorRatePost?", "reviewerCheck", "clientSat", "errorRatePost")
d("mediation", "Is MT's effect on repeat business at 90 days direct, or is it mediated by on-time delivery?", "usesMT", "repeatClient90d", "onTime")
d("mediation", "What fraction of the effect of translator experience on client satisfaction is explained by fewer errors in the final text?", "translatorYrs", "clientSat", "errorRatePost")
d("discover", "Run causal discovery on the translation agency jobs data.")
d("discover", "what causes what here? translation jobs table")
d("unsupported", "Write me a SQL query that returns the top 10 language pairs by total priceUsd.")

# 5 water well drilling ---------------------------------------------------------
e = block("h47_well_drilling")
e("ate", "Estimate the ATE of a hydrogeological survey (GEO_SURVEY) on drilling success (SUCCESS).", "GEO_SURVEY", "SUCCESS")
e("ate", "do deeper boreholes give more water?", "DEPTH_M", "YIELD_LPH_1Y")
e("ate", "ate COMM_FUND on FAIL_24M adj REGION RIG_TYPE", "COMM_FUND", "FAIL_24M", covariates=["REGION", "RIG_TYPE"])
e("ate", "Does a community maintenance fund stop wells from breaking down?", "COMM_FUND", None, clarify=True)
e("ate", "Is the higher hit rate of surveyed sites causal, or just because surveys are done in easier regions? Control for REGION.", "GEO_SURVEY", "SUCCESS", covariates=["REGION"])
e("ate", "What effect does crew training (`CREW_TRAIN`) have on cost per well (`COST_USD`)?", "CREW_TRAIN", "COST_USD")
e("ate", "For wells that were not surveyed beforehand, how much would a survey have raised the initial yield?", "GEO_SURVEY", "YIELD_LPH_INIT", estimand="atc")
e("ate", "Does PVC casing affect the water quality index (WATER_QUAL_IDX)?", "CASING_PVC", "WATER_QUAL_IDX")
e("cate", "Effect of GEO_SURVEY on SUCCESS for MANUAL rigs.", "GEO_SURVEY", "SUCCESS", at={"RIG_TYPE": "MANUAL"})
e("cate", "Which regions benefit most from crew training in terms of failures within 6 months?", "CREW_TRAIN", "FAIL_6M")
e("cate", "What does a survey do to the one-year yield for wells drilled to 60 m?", "GEO_SURVEY", "YIELD_LPH_1Y", at={"DEPTH_M": 60})
e("cate", "in the sahel, effect of comm fund on 24 month failure", "COMM_FUND", "FAIL_24M", at={"REGION": "SAHEL"})
e("policy", "Where should we commission surveys before drilling to maximise the success rate?", "GEO_SURVEY", "SUCCESS")
e("policy", "Which villages should get a community maintenance fund (COMM_FUND) to cut 24-month failures (FAIL_24M)?", "COMM_FUND", "FAIL_24M")
e("policy", "allocation rule for trained crews - which wells should get them to keep drilling costs down", "CREW_TRAIN", "COST_USD")
e("mediation", "A survey works by guiding the crew to the right depth, which then raises yield. How much of GEO_SURVEY's effect on YIELD_LPH_1Y goes through DEPTH_M?", "GEO_SURVEY", "YIELD_LPH_1Y", "DEPTH_M")
e("mediation", "mediation: CREW_TRAIN -> CASING_PVC -> FAIL_24M", "CREW_TRAIN", "FAIL_24M", "CASING_PVC")
e("discover", "Infer the causal DAG for the well drilling variables.")
e("unsupported", "Clean the COST_USD column; some entries were typed in local currency.")

# 6 night shelters --------------------------------------------------------------
f = block("h47_night_shelters")
f("ate", "Estimate the effect of case management (`case_mgr`) on housing placement within 90 days (`hous_90d`).", "case_mgr", "hous_90d")
f("ate", "does a curfew reduce incidents?", "curfew", "inc_rpt")
f("ate", "ate low_barrier -> ed_vis_post, adj ed_vis_pre age_y mh_flag", "low_barrier", "ed_vis_post", covariates=["age_y", "mh_flag", "ed_vis_pre"])
f("ate", "Does having a caseworker get guests into housing?", "case_mgr", None, clarify=True)
f("ate", "Are trips to A&E reduced by staying more nights in the shelter?", "nights_n", "ed_vis_post")
f("ate", "For guests who had a case manager, what was the effect on being housed within 30 days?", "case_mgr", "hous_30d", estimand="att")
f("ate", "Is the gap in emergency-department visits between low-barrier and traditional shelters causal, or just confounding by substance use? Adjust for sud_flag.", "low_barrier", "ed_vis_post", covariates=["sud_flag"])
f("ate", "What effect does a curfew have on guest satisfaction?", "curfew", None, clarify=True)
f("cate", "Effect of case_mgr on hous_90d among guests with a mental-health flag (mh_flag = 1).", "case_mgr", "hous_90d", at={"mh_flag": 1})
f("cate", "who benefits most from low-barrier admission in terms of emergency room visits?", "low_barrier", "ed_vis_post")
f("cate", "in hotel-style shelters, effect of case management on housing at 30 days", "case_mgr", "hous_30d", at={"shlt_typ": "hotel"})
f("cate", "Effect of curfew on incident reports for 25-year-old guests.", "curfew", "inc_rpt", at={"age_y": 25})
f("policy", "Which guests should be assigned a case manager to maximise 90-day housing placement?", "case_mgr", "hous_90d")
f("policy", "Should curfews apply everywhere or only at some shelters? Find the rule that minimises incident reports (inc_rpt).", "curfew", "inc_rpt")
f("policy", "Build a rule for who gets a low-barrier bed so that ED visits afterwards are as low as possible.", "low_barrier", "ed_vis_post")
f("mediation", "Case management lengthens stays, and longer stays then lead to housing. What share of case_mgr's effect on hous_90d is via nights_n?", "case_mgr", "hous_90d", "nights_n")
f("mediation", "How much of low-barrier admission's effect on emergency visits runs through the number of incident reports?", "low_barrier", "ed_vis_post", "inc_rpt")
f("discover", "Discover the causal structure among the shelter guest variables.")
f("unsupported", "Summarise nights_n: mean, median and interquartile range.")

# 7 water taxis -----------------------------------------------------------------
g = block("h47_water_taxis")
g("ate", "Estimate the average effect of `appBooking` on `ridersWeekday`.", "appBooking", "ridersWeekday")
g("ate", "Does switching to electric boats cut fuel costs per km?", "electricBoat", "fuelCostPerKm")
g("ate", "effect of app booking on ridership", "appBooking", None, clarify=True)
g("ate", "ate farePerTrip on ridersWeekend adj city fleetSize", "farePerTrip", "ridersWeekend", covariates=["city", "fleetSize"])
g("ate", "Are accidents over the year lowered by hiring more seasoned skippers, or is that just confounded?", "skipperYrs", "incidents12m")
g("ate", "For routes that adopted app booking, what was its effect on rush-hour waiting time?", "appBooking", "waitMinPeak", estimand="att")
g("ate", "How does fleet size affect on-time performance (onTimePct), holding city constant?", "fleetSize", "onTimePct", covariates=["city"])
g("ate", "Does an electric fleet change the customer rating (ratingV2)?", "electricBoat", "ratingV2")
g("cate", "Effect of appBooking on waitMinPeak in Venice.", "appBooking", "waitMinPeak", at={"city": "Venice"})
g("cate", "How does the fare effect on weekend passengers vary with fleet size?", "farePerTrip", "ridersWeekend")
g("cate", "What is the effect of the fare on weekday riders when the fare is $20?", "farePerTrip", "ridersWeekday", at={"farePerTrip": 20})
g("cate", "effect of electric boats on incidents12m for operators running 10 boats", "electricBoat", "incidents12m", at={"fleetSize": 10})
g("policy", "Which routes should adopt app booking to maximise weekend ridership?", "appBooking", "ridersWeekend")
g("policy", "Where should electric boats be deployed first to bring down fuel cost per kilometre?", "electricBoat", "fuelCostPerKm")
g("policy", "which routes should get app booking to grow ridership", "appBooking", None, clarify=True)
g("mediation", "App booking raises ridership because it shortens waits. How much of appBooking's effect on ridersWeekday goes through waitMinPeak?", "appBooking", "ridersWeekday", "waitMinPeak")
g("mediation", "Electric boats affect ratings partly via punctuality: split the effect of electricBoat on `rating` into a direct part and an indirect part through onTimePct.", "electricBoat", "rating", "onTimePct")
g("discover", "Learn a causal graph over the water taxi route data.")
g("unsupported", "Forecast weekend riders for next summer on each route.")

# 8 fire lookout towers ---------------------------------------------------------
h = block("h47_fire_lookouts")
h("ate", "What is the average treatment effect of AI cameras (CAMERA_AI) on detection time (DETECT_MIN_FU)?", "CAMERA_AI", "DETECT_MIN_FU")
h("ate", "does staffing the tower round the clock get fires spotted faster?", "STAFFED_24H", "DETECT_MIN_FU")
h("ate", "ate CAMERA_AI -> FALSE_ALARM_RATE adj FOREST", "CAMERA_AI", "FALSE_ALARM_RATE", covariates=["FOREST"])
h("ate", "Effect of 24-hour staffing on hectares burned.", "STAFFED_24H", None, clarify=True)
h("ate", "Is burned area over 30 days lowered by the radio upgrade, or is that just because upgraded towers sit in wetter forests? Adjust for DROUGHT_IDX.", "RADIO_UPG", "BURN_HA_30D", covariates=["DROUGHT_IDX"])
h("ate", "For towers that got AI cameras, what did the cameras do to area burnt in the first week?", "CAMERA_AI", "BURN_HA_7D", estimand="att")
h("ate", "Effect of observer experience (`OBSERVER_YRS`) on the false alarm count (`FALSE_ALARMS`).", "OBSERVER_YRS", "FALSE_ALARMS")
h("ate", "How much faster are fires detected from towers with a longer view range? Hold elevation fixed.", "VIS_KM", "DETECT_MIN_FU", covariates=["ELEV_M"])
h("cate", "Effect of CAMERA_AI on DETECT_MIN_FU for PINE forests.", "CAMERA_AI", "DETECT_MIN_FU", at={"FOREST": "PINE"})
h("cate", "At which towers does 24h staffing matter most for burned area within 30 days?", "STAFFED_24H", "BURN_HA_30D")
h("cate", "effect of ai cameras on detection minutes at 1500 m elevation", "CAMERA_AI", "DETECT_MIN_FU", at={"ELEV_M": 1500})
h("cate", "Under the condition that the drought index is 4, what does the radio upgrade do to 7-day burned hectares?", "RADIO_UPG", "BURN_HA_7D", at={"DROUGHT_IDX": 4})
h("policy", "Which towers should get AI cameras to minimise time to detection?", "CAMERA_AI", "DETECT_MIN_FU")
h("policy", "Given budget for round-the-clock staffing at ten towers, which ones should be picked to cut 30-day burned area?", "STAFFED_24H", "BURN_HA_30D")
h("policy", "targeting rule for RADIO_UPG to reduce BURN_HA_7D", "RADIO_UPG", "BURN_HA_7D")
h("mediation", "AI cameras reduce burned area because they detect fires sooner. What share of CAMERA_AI's effect on BURN_HA_30D goes through DETECT_MIN_FU?", "CAMERA_AI", "BURN_HA_30D", "DETECT_MIN_FU")
h("mediation", "direct vs indirect effect of STAFFED_24H on BURN_HA_7D via DETECT_MIN_FU", "STAFFED_24H", "BURN_HA_7D", "DETECT_MIN_FU")
h("discover", "How are drought, lightning, detection speed and burned area causally linked in the lookout data? Work the structure out from the columns.")
h("discover", "structure learning on the fire towers table pls")

# 9 data centres ----------------------------------------------------------------
i = block("h47_data_centres")
i("ate", "Estimate the average effect of liquid cooling (`liq_cool`) on power usage effectiveness (`pue_24m`).", "liq_cool", "pue_24m")
i("ate", "Does liquid cooling make data centres more energy efficient?", "liq_cool", "pue_24m")
i("ate", "ate liq_cool on wue_v2 adj clim_zn it_load_mw", "liq_cool", "wue_v2", covariates=["clim_zn", "it_load_mw"])
i("ate", "effect of liquid cooling on water usage effectiveness", "liq_cool", None, clarify=True)
i("ate", "Do more staff reduce mean time to repair (mttr_h)? Control for tier.", "staff_fte", "mttr_h", covariates=["tier"])
i("ate", "For facilities that have not adopted liquid cooling, what would adoption have done to their PUE?", "liq_cool", "pue_24m", estimand="atc")
i("ate", "Is the link between high rack power density and outages over three years causal?", "rack_kw", "outage_36m")
i("ate", "How is PUE affected by hours of free cooling, adjusting for baseline PUE?", "fc_hrs", "pue_24m", covariates=["pue_bl"])
i("cate", "effect of liq_cool on pue_24m in hot climate zones", "liq_cool", "pue_24m", at={"clim_zn": "hot"})
i("cate", "How does the effect of liquid cooling on first-year outages vary with the share of AI workloads?", "liq_cool", "outage_12m")
i("cate", "Effect of liquid cooling on PUE for sites with a 20 MW IT load.", "liq_cool", "pue_24m", at={"it_load_mw": 20})
i("cate", "In Tier IV facilities, how much do extra staff shorten repair times?", "staff_fte", "mttr_h", at={"tier": "IV"})
i("policy", "Which data centres should be retrofitted with liquid cooling to get the largest PUE reduction?", "liq_cool", "pue_24m")
i("policy", "allocate headcount: where would adding FTEs cut 12-month outages the most?", "staff_fte", "outage_12m")
i("mediation", "Liquid cooling lets operators pack racks denser, which then raises outages. How much of liq_cool's effect on outage_36m is mediated by rack_kw?", "liq_cool", "outage_36m", "rack_kw")
i("mediation", "How much of the effect of AI workload share (ai_wkld_pct) on PUE (pue_24m) operates through rack density (rack_kw)?", "ai_wkld_pct", "pue_24m", "rack_kw")
i("mediation", "Does liquid cooling reduce water use (`wue`) directly, or because it frees up more free-cooling hours? Decompose the effect via fc_hrs.", "liq_cool", "wue", "fc_hrs")
i("discover", "Run structure learning on the data centre table to find which variables cause which.")
i("discover", "Find the causal ordering of the data centre variables; no effect sizes needed.")
i("unsupported", "What's the correlation between it_load_mw and staff_fte?")

# 10 hydro dams -----------------------------------------------------------------
j = block("h47_hydro_dams")
j("ate", "Estimate the ATE of TURBINE_UPG on GEN_GWH_POST.", "TURBINE_UPG", "GEN_GWH_POST")
j("ate", "Do environmental flow releases cost the dams electricity output?", "ECO_FLOW", "GEN_GWH_POST")
j("ate", "ate FISH_LADDER -> FISH_PASSAGE_RATE adj HEAD_M BASIN", "FISH_LADDER", "FISH_PASSAGE_RATE", covariates=["BASIN", "HEAD_M"])
j("ate", "Does a fish ladder help fish get past the dam?", "FISH_LADDER", None, clarify=True)
j("ate", "Is dissolved oxygen downstream (DO_MGL) actually improved by sediment flushing, or is it confounded by river flow? Control for FLOW_CMS.", "SEDIMENT_FLUSH", "DO_MGL", covariates=["FLOW_CMS"])
j("ate", "For dams that installed fish ladders, what was the effect on the fish passage count (FISH_PASSAGE)?", "FISH_LADDER", "FISH_PASSAGE", estimand="att")
j("ate", "Effect of turbine upgrades on generation, controlling for drought years and pre-upgrade output.", "TURBINE_UPG", "GEN_GWH_POST", covariates=["DROUGHT_YR", "GEN_GWH_PRE"])
j("ate", "Is the oxygen level in the river affected by environmental flow releases?", "ECO_FLOW", "DO_MGL")
j("ate", "Use DROUGHT_YR as an instrument for river flow (FLOW_CMS) and estimate the effect of flow on generation (GEN_GWH_POST).", "FLOW_CMS", "GEN_GWH_POST", instrument="DROUGHT_YR")
j("cate", "Effect of ECO_FLOW on FISH_PASSAGE_RATE in the MEKONG basin.", "ECO_FLOW", "FISH_PASSAGE_RATE", at={"BASIN": "MEKONG"})
j("cate", "For which dams does a turbine upgrade boost output the most?", "TURBINE_UPG", "GEN_GWH_POST")
j("cate", "effect of fish ladder on passage rate when the head is 30 m", "FISH_LADDER", "FISH_PASSAGE_RATE", at={"HEAD_M": 30})
j("cate", "In drought years, what do environmental flow releases do to generation?", "ECO_FLOW", "GEN_GWH_POST", at={"DROUGHT_YR": 1})
j("policy", "Which dams should receive turbine upgrades to maximise post-upgrade generation?", "TURBINE_UPG", "GEN_GWH_POST")
j("policy", "targeting rule: where to mandate environmental flows to maximise FISH_PASSAGE_RATE", "ECO_FLOW", "FISH_PASSAGE_RATE")
j("policy", "Which dams should we prioritise for fish ladders if we want the highest share of fish getting through?", "FISH_LADDER", "FISH_PASSAGE_RATE")
j("mediation", "Environmental flows improve fish passage by raising dissolved oxygen. How much of ECO_FLOW's effect on FISH_PASSAGE_RATE is via DO_MGL?", "ECO_FLOW", "FISH_PASSAGE_RATE", "DO_MGL")
j("mediation", "Direct and indirect effects of SEDIMENT_FLUSH on GEN_GWH_POST through FLOW_CMS.", "SEDIMENT_FLUSH", "GEN_GWH_POST", "FLOW_CMS")
j("discover", "Learn the causal relationships among the dam variables.")
j("unsupported", "Plot GEN_GWH_POST against CAP_MW.")

# 11 offshore rigs --------------------------------------------------------------
k = block("h47_offshore_rigs")
k("ate", "Estimate the average causal effect of safety management audits (`sms_audit`) on the lost-time injury rate (`lti_rt_post`).", "sms_audit", "lti_rt_post")
k("ate", "do longer hitches offshore make crews get hurt more?", "rot_wks", "lti_rt_post")
k("ate", "ate digital_twin on npt_pct adj rig_typ age_yrs", "digital_twin", "npt_pct", covariates=["rig_typ", "age_yrs"])
k("ate", "Effect of the digital twin on non-productive time.", "digital_twin", None, clarify=True)
k("ate", "effect of bop test frequency on spills", "bop_tst_frq", None, clarify=True)
k("ate", "Among rigs that were audited, what did the audit do to lost-time injury rates?", "sms_audit", "lti_rt_post", estimand="att")
k("ate", "Is the injury rate in the later period driven by crew fatigue (fatigue_sc), holding lti_rt_pre and crew_n fixed?", "fatigue_sc", "lti_rt_post", covariates=["crew_n", "lti_rt_pre"])
k("ate", "How does using contractor crews affect the volume spilled over 12 months?", "contractor", "spill_bbl_12m")
k("cate", "Effect of sms_audit on lti_rt_post for drillships.", "sms_audit", "lti_rt_post", at={"rig_typ": "drillship"})
k("cate", "heterogeneity of the rotation-length effect on injuries by water depth", "rot_wks", "lti_rt_post")
k("cate", "What do safety audits do to injuries on rigs operating in sour-gas (H2S) zones?", "sms_audit", "lti_rt_post", at={"h2s_zone": 1})
k("cate", "Effect of digital_twin on npt_hrs for rigs that are 20 years old.", "digital_twin", "npt_hrs", at={"age_yrs": 20})
k("policy", "Which rigs should get a digital twin to minimise non-productive hours?", "digital_twin", "npt_hrs")
k("policy", "Design an audit schedule: which rigs should be audited to reduce lost-time injuries?", "sms_audit", "lti_rt_post")
k("mediation", "Longer rotations tire the crew, and fatigue then causes injuries. How much of rot_wks's effect on lti_rt_post goes through fatigue_sc?", "rot_wks", "lti_rt_post", "fatigue_sc")
k("mediation", "How much of the safety audit's effect on 12-month spills is explained by more frequent BOP testing?", "sms_audit", "spill_bbl_12m", "bop_tst_frq")
k("mediation", "digital twin works by cutting downtime (npt_hrs), which then means fewer spills in 6m - how big is that indirect path?", "digital_twin", "spill_bbl_6m", "npt_hrs")
k("discover", "learn the causal dag of the offshore rig data")
k("unsupported", "Tell me a joke about oil rigs.")

# 12 caravan parks --------------------------------------------------------------
l = block("h47_caravan_parks")
l("ate", "What is the average effect of allowing dogs (`dog_friendly`) on 2023 bookings (`bookings_2023`)?", "dog_friendly", "bookings_2023")
l("ate", "Does putting in wifi fill more pitches in the winter months?", "wifi", "occupancy_winter")
l("ate", "ate pool on occupancy_summer adj coastal pitches", "pool", "occupancy_summer", covariates=["pitches", "coastal"])
l("ate", "How does the nightly price affect occupancy?", "price_per_night", None, clarify=True)
l("ate", "Is the boost in bookings from marketing real, or is it just that bigger parks spend more? Control for pitches and 2022 bookings.", "marketing_spend", "bookings_2023", covariates=["pitches", "bookings_2022"])
l("ate", "For parks that went dog friendly, what did it do to their review score (review_score)?", "dog_friendly", "review_score", estimand="att")
l("ate", "Does offering wifi lead guests to leave more reviews?", "wifi", "reviews")
l("ate", "Would the parks without a swimming pool have filled more summer pitches had they built one?", "pool", "occupancy_summer", estimand="atc")
l("cate", "effect of dog_friendly on bookings_2023 for coastal parks", "dog_friendly", "bookings_2023", at={"coastal": 1})
l("cate", "For which parks does marketing spend pay off most in bookings?", "marketing_spend", "bookings_2023")
l("cate", "In Cornwall, what is the effect of a pool on summer occupancy?", "pool", "occupancy_summer", at={"county": "Cornwall"})
l("cate", "what happens to winter occupancy from adding wifi at parks with 100 pitches", "wifi", "occupancy_winter", at={"pitches": 100})
l("policy", "Which parks should be advised to become dog friendly to maximise bookings next year?", "dog_friendly", "bookings_2023")
l("policy", "Where should the marketing budget go to grow bookings?", "marketing_spend", "bookings_2023")
l("policy", "Which parks should install wifi to push winter occupancy (occupancy_winter) up?", "wifi", "occupancy_winter")
l("mediation", "Dog-friendly parks get better reviews, which then bring in bookings. What share of dog_friendly's effect on bookings_2023 is through review_score?", "dog_friendly", "bookings_2023", "review_score")
l("mediation", "Split the effect of having a pool on summer occupancy into a direct part and a part via the price per night.", "pool", "occupancy_summer", "price_per_night")
l("mediation", "How much of wifi's effect on 2023 bookings is mediated by guest ratings?", "wifi", "bookings_2023", None, clarify=True)
l("discover", "Which caravan park features cause which? I want the causal network.")
l("discover", "I'd like to know how the caravan park variables are causally connected to one another.")
l("unsupported", "List the ten parks with the highest review_score.")

# 13 dance schools --------------------------------------------------------------
m = block("h47_dance_schools")
m("ate", "Estimate the ATE of private lessons (`privateLessons`) on the 12-month grade exam mark (`gradeExam12m`).", "privateLessons", "gradeExam12m")
m("ate", "Does a stretching programme prevent dance injuries?", "stretchProgram", "injuryCount")
m("ate", "ate scholarship -> retention12m adj parentIncomeK ageYrs", "scholarship", "retention12m", covariates=["ageYrs", "parentIncomeK"])
m("ate", "Do scholarships keep students enrolled?", "scholarship", None, clarify=True)
m("ate", "Is the higher exam mark of competition dancers caused by competing, or confounded by baseline ability? Control for gradeExamBl.", "competitionEntered", "gradeExam12m", covariates=["gradeExamBl"])
m("ate", "For students who took private lessons, what was the effect on enjoyment (enjoymentScoreV2)?", "privateLessons", "enjoymentScoreV2", estimand="att")
m("ate", "how does taking more classes a week affect the number of injuries", "classesPerWk", "injuryCount")
m("ate", "Are exam results improved by having a more experienced teacher?", "teacherYrsExp", "gradeExam12m")
m("cate", "effect of privateLessons on gradeExam12m for ballet students", "privateLessons", "gradeExam12m", at={"danceStyle": "ballet"})
m("cate", "How does the injury-prevention effect of stretching vary by age?", "stretchProgram", "injuryCount")
m("cate", "What does a scholarship do to 6-month retention for families earning 30k?", "scholarship", "retention6m", at={"parentIncomeK": 30})
m("cate", "effect of classes per week on the 12m grade for 10 year olds", "classesPerWk", "gradeExam12m", at={"ageYrs": 10})
m("policy", "Which students should be offered scholarships to maximise 12-month retention?", "scholarship", "retention12m")
m("policy", "Who should be enrolled in the stretch programme to minimise injuries?", "stretchProgram", "injuryCount")
m("policy", "allocate private lessons (privateLessons) to maximise gradeExam12m - who gets them?", "privateLessons", "gradeExam12m")
m("mediation", "Private lessons raise enjoyment, and happier students stay on. How much of privateLessons' effect on retention12m goes via `enjoymentScore`?", "privateLessons", "retention12m", "enjoymentScore")
m("mediation", "mediation: classesPerWk -> injuryCount -> retention6m", "classesPerWk", "retention6m", "injuryCount")
m("discover", "Discover causal structure in the dance school student data.")
m("unsupported", "Build a classifier to predict who drops out by 12 months.")

# 14 art galleries --------------------------------------------------------------
n = block("h47_art_galleries")
n("ate", "What is the average causal effect of free entry (`free_entry`) on visitor numbers (`visitors_after`)?", "free_entry", "visitors_after")
n("ate", "Do late openings bring in more people?", "late_opening", "visitors_after")
n("ate", "ate social_ads on sales_q4 adj city size_sqm", "social_ads", "sales_q4", covariates=["city", "size_sqm"])
n("ate", "Effect of free entry on art sales.", "free_entry", None, clarify=True)
n("ate", "Does advertising spend (ad_spend) actually raise membership (members), or is it confounded by grants? Adjust for grants.", "ad_spend", "members", covariates=["grants"])
n("ate", "For galleries that ran social ads, how much did the ads raise visitor numbers?", "social_ads", "visitors_after", estimand="att")
n("ate", "Is the commission rate charged to artists hurting the number of artists a gallery represents?", "commission_rate", "artists")
n("ate", "Effect of late opening on the new rating score (rating_new), holding city fixed.", "late_opening", "rating_new", covariates=["city"])
n("ate", "What is the effect of a gallery's Instagram follower count on visitor numbers?", None, "visitors_after", clarify=True)
n("cate", "effect of free_entry on visitors_after in Paris", "free_entry", "visitors_after", at={"city": "Paris"})
n("cate", "which galleries gain most in Q4 sales from social ads?", "social_ads", "sales_q4")
n("cate", "Under the condition that the gallery is 500 square metres, what is the effect of late opening on visitors?", "late_opening", "visitors_after", at={"size_sqm": 500})
n("cate", "For galleries representing 20 artists, what is the effect of free entry on membership?", "free_entry", "members", at={"artists": 20})
n("policy", "Which galleries should drop their entry fee to maximise visitors?", "free_entry", "visitors_after")
n("policy", "Which galleries should we target with social ads to grow Q4 sales?", "social_ads", "sales_q4")
n("policy", "Who should get late opening hours (late_opening) to maximise membership (members)?", "late_opening", "members")
n("mediation", "Free entry brings in more visitors, who then buy art. How much of free_entry's effect on sales_q4 runs through visitors_after?", "free_entry", "sales_q4", "visitors_after")
n("mediation", "Decompose the effect of social_ads on members into the direct part and the indirect part via visitors_after.", "social_ads", "members", "visitors_after")
n("discover", "Learn the causal graph for the gallery dataset.")
n("discover", "what's upstream of what among the gallery columns? work it out from the data")
n("unsupported", "Compute the median sales_q4 by city.")

# 15 local TV -------------------------------------------------------------------
o = block("h47_local_tv")
o("ate", "Estimate the average effect of launching a streaming app (STREAMING) on ad revenue (AD_REV_POST).", "STREAMING", "AD_REV_POST")
o("ate", "Do more hours of local news lift advertising income?", "NEWS_HRS_WK", "AD_REV_POST")
o("ate", "ate NEWS_INVEST on VIEWERS_90D adj MARKET NETWORK_AFF", "NEWS_INVEST", "VIEWERS_90D", covariates=["MARKET", "NETWORK_AFF"])
o("ate", "Effect of swapping the anchor on ratings.", "ANCHOR_CHANGE", None, clarify=True)
o("ate", "Is the 6 pm ratings bump at stations with new weather radar real, or confounded by market size? Control for MARKET.", "WEATHER_RADAR", "RATING_6PM", covariates=["MARKET"])
o("ate", "For stations that launched streaming, what was the effect on 30-day viewers?", "STREAMING", "VIEWERS_30D", estimand="att")
o("ate", "Effect of `STAFF_N` on `SHARE_PCT_ADJ`.", "STAFF_N", "SHARE_PCT_ADJ")
o("ate", "Does an anchor change hurt 90-day viewership?", "ANCHOR_CHANGE", "VIEWERS_90D")
o("cate", "Effect of STREAMING on AD_REV_POST in SMALL markets.", "STREAMING", "AD_REV_POST", at={"MARKET": "SMALL"})
o("cate", "How does the effect of news investment on late-night ratings vary across network affiliates?", "NEWS_INVEST", "RATING_11PM")
o("cate", "for fox affiliates, what does weather radar do to 6pm ratings", "WEATHER_RADAR", "RATING_6PM", at={"NETWORK_AFF": "FOX"})
o("cate", "Effect of news hours on ad revenue at 20 hours a week.", "NEWS_HRS_WK", "AD_REV_POST", at={"NEWS_HRS_WK": 20})
o("policy", "Which stations should invest in local news to maximise 90-day viewers?", "NEWS_INVEST", "VIEWERS_90D")
o("policy", "Which stations should launch streaming to maximise ad revenue?", "STREAMING", "AD_REV_POST")
o("mediation", "News investment works by lifting the 6 pm ratings, which then drive ad revenue. What fraction of NEWS_INVEST's effect on AD_REV_POST goes through RATING_6PM?", "NEWS_INVEST", "AD_REV_POST", "RATING_6PM")
o("mediation", "Mediation: STREAMING -> VIEWERS_30D -> AD_REV_POST.", "STREAMING", "AD_REV_POST", "VIEWERS_30D")
o("mediation", "How much of news investment's effect on ad money is mediated by ratings?", "NEWS_INVEST", "AD_REV_POST", None, clarify=True)
o("discover", "Find the causal structure among the local TV station variables.")
o("unsupported", "Deduplicate the station records and fix the NETWORK_AFF typos.")

# ---------------------------------------------------------------- dataset-free
z = block("none")
for text in [
    "Hello there, how are you today?",
    "Tell me a joke about statisticians.",
    "What's the capital of Australia?",
    "Write a SQL query joining orders and customers on customer_id.",
    "Can you explain what a p-value is in simple terms?",
    "Translate 'good morning' into Portuguese.",
    "Write a Python function that computes a 7-day moving average.",
    "forecast next month's sales for me",
]:
    z("unsupported", text)

AUDIT = [
    ("Does our hiring chatbot's interview recommendation change if only the applicant's gender is swapped and everything else stays the same?", "gender", "interview recommendation"),
    ("Would the LLM give a different loan approval if the applicant's race were changed, all else equal?", "race", "loan approval"),
    ("Check whether the tenant-screening AI changes its rental decision when the applicant's name sounds Arabic instead of English.", "name", "rental decision"),
    ("Counterfactual fairness audit: does GPT's triage priority shift when the patient's age is changed from 35 to 75?", "age", "triage priority"),
    ("If a caller's accent were different but everything else identical, would the customer service bot still approve the refund?", "accent", "refund"),
    ("Does the language model's scholarship recommendation depend on the student's religion?", "religion", "scholarship recommendation"),
    ("Audit the assistant: swap disability status in otherwise identical CVs. Does the shortlisting decision change?", "disability status", "shortlisting decision"),
    ("would the AI grant parole differently for a Black vs a white defendant with identical records?", "race", "parole"),
    ("Test whether a chatbot's insurance premium quote changes when the customer is described as a woman rather than a man.", "gender", "insurance premium quote"),
    ("Does the model's promotion recommendation flip when the employee's age is changed and nothing else?", "age", "promotion recommendation"),
    ("is the LLM tutor's grade for an essay affected by the student's name, holding the essay fixed?", "name", "grade"),
    ("Does an AI admissions screener change its admission decision if only the applicant's nationality is changed?", "nationality", "admission decision"),
    ("check if our lending bot's credit limit changes when sexual orientation is altered in the profile", "sexual orientation", "credit limit"),
    ("When we change only the patient's race in the prompt, does the chatbot recommend a different pain medication dose?", "race", "pain medication dose"),
    ("Counterfactual test: does the volunteer-matching AI assign a different role if the volunteer is described as having a disability?", "disability", "role"),
    ("Does the LLM suggest a lower salary offer when the candidate's pronouns are changed from he to she?", "gender", "salary offer"),
    ("Would a language model acting as judge grant bail differently if the defendant's religion were Muslim rather than Christian, all else equal?", "religion", "bail"),
    ("Audit: change the applicant's age from 28 to 61 and nothing else. Does the AI's interview invitation change?", "age", "interview invitation"),
]
for text, t, y in AUDIT:
    z("audit", text, t, y)

for text in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premises: X and Y are correlated; Y and Z are correlated; X and Z are independent. Does Z cause Y?",
    "Among variables A, B, C and D: A is correlated with B, A with C, and B with C, while D is independent of all the others. Can we conclude that B directly causes C?",
    "Given that P is independent of Q, P is correlated with R, and Q is correlated with R, is R a common effect of P and Q?",
    "A and B are dependent, but they become independent once we condition on C. Is C a confounder of A and B?",
    "Statement: every pair among A, B, C is correlated and no conditional independence holds. Hypothesis: A causes B. Valid or not?",
    "If E and F are uncorrelated but both correlate with G, and E and F are dependent given G, does G cause E?",
    "Variables M, N, O: M correlates with N, N correlates with O, and M is independent of O given N. Is N a mediator between M and O?",
    "correlations: A-B, B-C, C-D. independences: A _|_ C | B, B _|_ D | C, A _|_ D | C. does A cause D?",
    "Suppose K and L are correlated and there are no other variables in the system. Does K cause L?",
]:
    z("relation", text)

for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Create a benchmark dataset from this SCM: A ~ N(0,1); B = 2A + noise; C = A - B + noise.",
    "Have a language model define plausible structural equations for the graph smoking -> tar -> cancer, then sample 10k records.",
    "simulate data from a causal graph with nodes age, exercise, bmi and blood pressure where age -> exercise, age -> bp, exercise -> bmi -> bp",
    "Use an LLM to write the functional form for each node in the DAG rainfall -> crop yield <- fertiliser, and generate a dataset from it.",
    "I need a fake dataset with a known treatment effect of 3 for benchmarking estimators; a confounder W should affect both T and Y.",
    "Sample 2000 observations from a nonlinear SCM: X1 ~ Uniform(0,1), X2 = sin(X1) + e, Y = X1*X2 + e.",
    "Produce synthetic benchmark data from the DAG with edges U->V, V->W, U->W; let the language model pick realistic variable meanings and equations.",
    "Generate a semi-synthetic causal dataset with a binary treatment, three confounders and one mediator, with the ground-truth ATE known.",
    "Could you make me a toy dataset from the structural model Y := 0.5*T + Z, T := Z + noise?",
]:
    z("generate", text)


# ---------------------------------------------------------------- validation
def validate():
    for name, d in DATASETS.items():
        assert name.startswith("h47_")
        assert 13 <= len(d["columns"]) <= 18, name
        assert sum(1 for c in d["columns"].values() if c["type"] == "id") == 1, name
    seen = set()
    for row in QUESTIONS:
        assert row["question"] not in seen, row["question"]
        seen.add(row["question"])
        e = row["expected"]
        if row["dataset"] == "none":
            assert e["kind"] in ("unsupported", "audit", "relation", "generate")
            continue
        cols = DATASETS[row["dataset"]]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            if e[role] is not None:
                assert e[role] in cols, (row["question"], e[role])
        for cv in e.get("covariates", []):
            assert cv in cols, (row["question"], cv)
        if "covariates" in e:
            order = list(cols)
            e["covariates"] = sorted(e["covariates"], key=order.index)
        if "instrument" in e:
            assert e["instrument"] in cols
        for k, v in e.get("at", {}).items():
            assert k in cols, (row["question"], k)
            ty = cols[k]["type"]
            if ty == "categorical":
                assert v in cols[k]["values"], (row["question"], v)
            else:
                assert isinstance(v, (int, float)), (row["question"], v)
        if e["kind"] in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None
        if e["kind"] in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], row["question"]
        if e["kind"] == "mediation" and not e.get("clarify"):
            assert e["mediator"], row["question"]
        if e.get("clarify"):
            assert None in (e["treatment"], e["outcome"], e["mediator"])


validate()

rows = list(QUESTIONS)
random.Random(SEED).shuffle(rows)

with open("datasets.json", "w", encoding="utf-8") as fh:
    json.dump(DATASETS, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
with open("questions.jsonl", "w", encoding="utf-8") as fh:
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
STYLE = {
    "h47_shipbreaking_yards": ("shipbreaking yards", "snake_case cryptic codes"),
    "h47_womens_refuges": ("women's refuges", "plain words"),
    "h47_youth_clubs": ("youth clubs", "camelCase"),
    "h47_translation_agencies": ("translation agencies", "camelCase"),
    "h47_well_drilling": ("water well drilling firms", "UPPER_CASE codes"),
    "h47_night_shelters": ("night shelters for homeless people", "snake_case cryptic codes"),
    "h47_water_taxis": ("water taxi operators", "camelCase"),
    "h47_fire_lookouts": ("fire lookout towers", "UPPER_CASE codes"),
    "h47_data_centres": ("data centres", "snake_case cryptic codes"),
    "h47_hydro_dams": ("hydroelectric dams", "UPPER_CASE codes"),
    "h47_offshore_rigs": ("offshore oil rigs", "snake_case cryptic codes"),
    "h47_caravan_parks": ("caravan parks", "plain words"),
    "h47_dance_schools": ("dance schools", "camelCase"),
    "h47_art_galleries": ("art galleries", "plain words"),
    "h47_local_tv": ("local TV stations", "UPPER_CASE codes"),
}
kinds = Counter(r["expected"]["kind"] for r in rows)
mods = Counter()
for r in rows:
    e = r["expected"]
    for key in ("covariates", "instrument", "at", "clarify"):
        if key in e:
            mods[key] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
    if r["dataset"] == "none":
        mods["dataset none"] += 1
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "# Question set h47 (split `test`, origin `heldout47`)",
    "",
    f"Written by data writer **h47** on {now}.",
    "",
    "Regenerate with `python3 make_h47.py` (shuffle seed 47047).",
    "",
    f"{len(rows)} questions over {len(DATASETS)} datasets.",
    "",
    "## Datasets (domain — columns — naming style)",
    "",
]
for name, d in DATASETS.items():
    dom, sty = STYLE[name]
    lines.append(f"- `{name}` — {dom} — {len(d['columns'])} columns: " +
                 ", ".join(f"`{c}`" for c in d["columns"]) + f" — {sty}")
lines += ["", "## Counts by kind", ""]
for kk in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"):
    lines.append(f"- {kk}: {kinds[kk]}")
lines += ["", "## Counts by modifier", ""]
for kk in sorted(mods):
    lines.append(f"- {kk}: {mods[kk]}")
lines += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` where the kind has none (discover, unsupported, relation, generate).",
          "- Baseline/follow-up pairs: when no version is named, the follow-up column (`_post`, `_12m`, `_24m`, `_FU`, `_after`, `_2023`, `POST`) is the outcome.",
          "- Parallel windows or near-synonym versions with nothing to choose between them (30d/90d, 6m/12m, 7D/30D, q1/q4, summer/winter, weekday/weekend, 6PM/11PM, `x`/`x_v2`), or a variable the data lacks: `clarify: true` and that role `null`; other roles filled.",
          "- `covariates` only when the question says adjust/control/hold fixed; listed in dataset column order. A bare mention of confounding adds no covariates.",
          "- `estimand`: `att` for effect on those treated/who took part; `atc` for those who were not treated.",
          "- `at`: subgroup filters and 'at value' conditions; JSON numbers for numeric/binary columns (binary flag true → 1), level strings for categoricals. 'Which groups benefit most' questions are `cate` without `at`.",
          "- Policy: `treatment` = action column, `outcome` = goal column.",
          "- Audit (`dataset: none`): `treatment` = the attribute as a short phrase, `outcome` = shortest noun phrase for the decision.",
          "- Unsupported items include plots, summaries, SQL, forecasting/prediction, cleaning, jokes and greetings, with and without a dataset.",
          ""]
with open("README.md", "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines))
print(len(rows), "questions,", len(DATASETS), "datasets")
print(dict(kinds))
print(dict(mods))
