#!/usr/bin/env python3
"""Generator for question set h44 (split test, origin heldout44).

Running `python3 make_h44.py` in this directory regenerates datasets.json and
questions.jsonl byte for byte (only randomness: seeded shuffle, seed 44044).
README.md is also rewritten (it carries the current UTC date).
"""
import json
import random
import datetime
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout44"
SEED = 44044

DATASETS = OrderedDict()


def ds(name, description, cols):
    columns = OrderedDict()
    for c, t, v in cols:
        columns[c] = {"type": t, "values": v}
    DATASETS[name] = {"description": description, "columns": columns}


# 1. nuclear power plant refuelling outages -- UPPER_CASE codes
ds("h44_refuel_outages",
   "One row per refuelling outage at a nuclear power unit: crew, inspection methods, duration, "
   "collective dose, capacity factor before/after and unplanned scrams afterwards.",
   [("UNIT_ID", "id", ["U-0113", "U-0457", "U-0921"]),
    ("RX_TYPE", "categorical", ["PWR", "BWR", "CANDU"]),
    ("PLANT_AGE_YR", "numeric", [12, 34, 47]),
    ("REGION", "categorical", ["US_EAST", "US_WEST", "EU", "ASIA"]),
    ("CONTRACTOR_CREW_N", "numeric", [420, 880, 1310]),
    ("ROBOTIC_INSP", "binary", [0, 1, 1]),
    ("PREOUTAGE_MOCKUP", "binary", [1, 0, 1]),
    ("WORK_ORDERS_N", "numeric", [5200, 7900, 11040]),
    ("EMERG_DISCOVERY_N", "numeric", [3, 11, 27]),
    ("FUEL_ASSY_REPL", "numeric", [64, 72, 96]),
    ("OUTAGE_DUR_D", "numeric", [24.5, 31.0, 46.2]),
    ("DOSE_PERSON_MSV", "numeric", [310.0, 512.4, 890.7]),
    ("CAP_FACTOR_PRE", "numeric", [0.88, 0.92, 0.95]),
    ("CAP_FACTOR_POST", "numeric", [0.90, 0.93, 0.97]),
    ("SCRAM_12M", "binary", [0, 0, 1]),
    ("SCRAM_24M", "binary", [0, 1, 1]),
    ("OUTAGE_COST_MUSD", "numeric", [38.2, 55.0, 91.4]),
    ("OUTAGE_COST_ADJ_MUSD", "numeric", [41.0, 57.9, 93.8])])

# 2. therapy dog visiting programmes -- plain words
ds("h44_therapy_dogs",
   "Residents/patients enrolled in a therapy-dog visiting programme: visit frequency and length, "
   "dog and handler details, anxiety and loneliness before/after, medication and falls.",
   [("resident", "id", ["R0041", "R0177", "R0932"]),
    ("age", "numeric", [67, 81, 93]),
    ("sex", "categorical", ["F", "M"]),
    ("facility", "categorical", ["nursing_home", "hospital", "hospice", "rehab_centre"]),
    ("dementia", "binary", [0, 1, 0]),
    ("visits", "numeric", [0, 1, 3]),
    ("minutes", "numeric", [10, 20, 45]),
    ("breed", "categorical", ["labrador", "golden_retriever", "poodle", "mixed"]),
    ("handler_experience", "numeric", [0.5, 3, 11]),
    ("conversations", "numeric", [2, 5, 9]),
    ("anxiety_before", "numeric", [8, 12, 17]),
    ("anxiety_after", "numeric", [6, 10, 15]),
    ("loneliness_baseline", "numeric", [35, 48, 62]),
    ("loneliness_month3", "numeric", [30, 44, 60]),
    ("sedatives", "binary", [0, 1, 0]),
    ("falls", "numeric", [0, 1, 4]),
    ("mood_score", "numeric", [3.2, 4.1, 6.5]),
    ("mood_score_v2", "numeric", [41, 55, 72])])

# 3. terrarium and vivarium shops -- camelCase
ds("h44_terrarium_shops",
   "Monthly panel of terrarium/vivarium retail shops: displays, staff certification, workshops, "
   "social media, footfall, sales (gross and net), repeat purchase windows and animal mortality.",
   [("shopId", "id", ["TS-001", "TS-048", "TS-203"]),
    ("cityTier", "categorical", ["metro", "suburban", "rural"]),
    ("shopAgeYrs", "numeric", [1, 6, 19]),
    ("sqFt", "numeric", [650, 1500, 4200]),
    ("liveDemoTank", "binary", [1, 0, 1]),
    ("staffHerpCert", "binary", [0, 1, 1]),
    ("workshopsPerMo", "numeric", [0, 2, 6]),
    ("instagramPosts", "numeric", [4, 15, 42]),
    ("bioactiveKitPromo", "binary", [0, 0, 1]),
    ("footTrafficWk", "numeric", [120, 460, 1380]),
    ("avgBasketUsd", "numeric", [24.5, 61.0, 142.3]),
    ("salesMonthly", "numeric", [9800, 27400, 88100]),
    ("salesMonthlyNet", "numeric", [8100, 23900, 79200]),
    ("repeatRate30d", "numeric", [0.08, 0.17, 0.31]),
    ("repeatRate90d", "numeric", [0.19, 0.34, 0.52]),
    ("animalMortalityPct", "numeric", [0.5, 2.1, 7.8]),
    ("returnRate", "numeric", [0.01, 0.04, 0.09]),
    ("custSatScore", "numeric", [3.4, 4.2, 4.9])])

# 4. letterpress typesetting shops -- snake_case cryptic
ds("h44_letterpress_shops",
   "Letterpress print shops: presses, plate technology, apprentices, online marketing, setup "
   "time, proofing, typo rates before/after a process change, orders, revenue and ratings.",
   [("shop_id", "id", ["LP07", "LP22", "LP91"]),
    ("yrs_op", "numeric", [2, 11, 38]),
    ("n_press", "numeric", [1, 3, 7]),
    ("press_typ", "categorical", ["platen", "cylinder", "proof", "windmill"]),
    ("plt_polymer", "binary", [0, 1, 1]),
    ("appr_n", "numeric", [0, 1, 3]),
    ("mktg_etsy", "binary", [1, 0, 1]),
    ("wed_share", "numeric", [0.1, 0.45, 0.8]),
    ("hrs_setup", "numeric", [0.7, 1.8, 4.5]),
    ("proof_rnds", "numeric", [1, 2, 4]),
    ("err_rate_pre", "numeric", [0.012, 0.025, 0.061]),
    ("err_rate_post", "numeric", [0.006, 0.019, 0.044]),
    ("ord_wk", "numeric", [4, 13, 37]),
    ("ink_cost", "numeric", [85, 210, 640]),
    ("rev_k", "numeric", [42.0, 118.5, 305.2]),
    ("rev_k_adj", "numeric", [39.8, 112.0, 290.7]),
    ("repeat_cust_pct", "numeric", [12, 31, 58]),
    ("cust_rtg", "numeric", [4.1, 4.6, 4.9])])

# 5. braille transcription services -- camelCase
ds("h44_braille_services",
   "Transcription requests handled by braille transcription services: client type, content, "
   "transcriber certification, software use, proofreading, error rates, turnaround (two "
   "definitions), cost and repeat business.",
   [("requestId", "id", ["BR-10021", "BR-10877", "BR-12403"]),
    ("clientType", "categorical", ["university", "publisher", "government", "individual"]),
    ("pageCount", "numeric", [18, 140, 620]),
    ("mathContent", "binary", [0, 1, 0]),
    ("transcriberCertLvl", "categorical", ["none", "literary", "nemeth", "both"]),
    ("autoTranslateSw", "binary", [1, 0, 1]),
    ("proofreadPasses", "numeric", [1, 2, 3]),
    ("remoteWork", "binary", [1, 1, 0]),
    ("rushOrder", "binary", [0, 1, 0]),
    ("tactileGraphicsN", "numeric", [0, 6, 41]),
    ("errRateDraft", "numeric", [0.8, 2.4, 5.1]),
    ("errRateFinal", "numeric", [0.1, 0.6, 1.9]),
    ("turnaroundDays", "numeric", [3, 12, 40]),
    ("turnaroundDaysV2", "numeric", [2, 10, 35]),
    ("costUsd", "numeric", [120, 980, 6400]),
    ("repeatClient12m", "binary", [1, 0, 1]),
    ("repeatClient24m", "binary", [1, 0, 0])])

# 6. hot air balloon ride operators -- UPPER_CASE
ds("h44_balloon_operators",
   "Commercial hot air balloon ride flights: operator, pilot experience, weather, passenger load, "
   "safety briefing video, GPS tracking app, landings, injuries, reviews (two scales) and rebooking.",
   [("FLIGHT_ID", "id", ["F2201", "F3417", "F5090"]),
    ("OPERATOR_SIZE", "categorical", ["small", "medium", "large"]),
    ("PILOT_HRS", "numeric", [180, 950, 4100]),
    ("LAUNCH_TIME", "categorical", ["sunrise", "sunset"]),
    ("WIND_KT", "numeric", [2, 6, 12]),
    ("TEMP_F", "numeric", [48, 71, 93]),
    ("PAX_N", "numeric", [2, 8, 16]),
    ("BASKET_CAP", "numeric", [4, 12, 20]),
    ("PREFLIGHT_BRIEF_VIDEO", "binary", [1, 0, 1]),
    ("GPS_TRACK_APP", "binary", [0, 1, 1]),
    ("FUEL_KG", "numeric", [60, 95, 150]),
    ("LANDING_HARD", "binary", [0, 1, 0]),
    ("INJURY_REPORT", "binary", [0, 0, 1]),
    ("REVIEW_STARS", "numeric", [3, 4, 5]),
    ("REVIEW_STARS_V2", "numeric", [6.5, 8.2, 9.6]),
    ("REBOOK_30D", "binary", [0, 1, 0]),
    ("REBOOK_90D", "binary", [1, 1, 0]),
    ("CANCEL_RATE", "numeric", [0.05, 0.18, 0.34])])

# 7. radio telescope observing programmes -- snake_case cryptic
ds("h44_radio_telescope",
   "Observing blocks at a radio telescope facility: receiver band, dish, elevation, RFI, "
   "automated flagging, dynamic scheduling, calibration, integration time, system temperature, "
   "signal-to-noise (two pipelines), data loss, PI career stage and publications.",
   [("obs_id", "id", ["OB-2231", "OB-4410", "OB-7715"]),
    ("rx_band", "categorical", ["L", "C", "X", "Ku"]),
    ("dish_m", "numeric", [25, 64, 100]),
    ("elev_deg", "numeric", [18, 42, 77]),
    ("weather_ok", "binary", [1, 0, 1]),
    ("rfi_lvl", "numeric", [0.3, 1.7, 6.2]),
    ("rfi_flag_auto", "binary", [1, 0, 1]),
    ("sched_dyn", "binary", [0, 1, 1]),
    ("cal_src_n", "numeric", [1, 3, 6]),
    ("int_hrs", "numeric", [0.5, 4.0, 18.0]),
    ("tsys_k", "numeric", [21, 35, 68]),
    ("snr", "numeric", [4.2, 15.8, 61.0]),
    ("snr_v2", "numeric", [4.9, 17.1, 64.3]),
    ("data_loss_pct", "numeric", [0.5, 6.0, 22.4]),
    ("pi_career", "categorical", ["student", "postdoc", "faculty", "staff"]),
    ("prop_grade", "categorical", ["A", "B", "C"]),
    ("pubs_12m", "numeric", [0, 1, 3]),
    ("pubs_36m", "numeric", [0, 2, 7])])

# 8. rock salt mines -- plain words
ds("h44_rock_salt_mines",
   "Rock salt mines by year: geology, automation, crews and shifts, training, ventilation, dust "
   "before/after, accidents (count and rate), absenteeism, output and price.",
   [("mine", "id", ["M-03", "M-17", "M-29"]),
    ("region", "categorical", ["north", "south", "coastal", "inland"]),
    ("depth", "numeric", [150, 300, 610]),
    ("seam_thickness", "numeric", [8, 22, 55]),
    ("automation", "binary", [0, 1, 1]),
    ("crew_size", "numeric", [40, 115, 260]),
    ("shift_length", "numeric", [8, 10, 12]),
    ("training_hours", "numeric", [6, 20, 48]),
    ("ventilation", "numeric", [120, 240, 410]),
    ("dust_before", "numeric", [2.1, 3.8, 6.4]),
    ("dust_after", "numeric", [1.2, 2.9, 5.5]),
    ("accidents", "numeric", [0, 4, 13]),
    ("accident_rate", "numeric", [0.8, 2.6, 7.1]),
    ("absenteeism", "numeric", [0.03, 0.06, 0.12]),
    ("output", "numeric", [210000, 640000, 1900000]),
    ("output_per_worker", "numeric", [2100, 5400, 9800]),
    ("price", "numeric", [48, 67, 112]),
    ("winter_severity", "numeric", [0.4, 1.1, 2.7])])

# 9. agricultural seed banks -- snake_case cryptic
ds("h44_seed_banks",
   "Accessions held in agricultural seed banks: crop group, origin, storage conditions, drying "
   "protocol, cryopreservation, viability testing, regeneration, germination at baseline and 10 "
   "years, genetic diversity (two indices), distribution requests, funding and staff.",
   [("acc_id", "id", ["ACC-00412", "ACC-19008", "ACC-55271"]),
    ("crop_grp", "categorical", ["cereal", "legume", "vegetable", "wild_relative"]),
    ("orig_inc", "categorical", ["low", "middle", "high"]),
    ("yrs_stored", "numeric", [3, 14, 41]),
    ("store_tmp_c", "numeric", [-20, -18, 5]),
    ("mc_pct", "numeric", [4.5, 6.0, 9.2]),
    ("dry_proto_v2", "binary", [1, 0, 1]),
    ("cryo", "binary", [0, 0, 1]),
    ("viab_test_n", "numeric", [1, 3, 8]),
    ("regen_cyc", "numeric", [0, 2, 6]),
    ("germ_bl", "numeric", [82, 91, 98]),
    ("germ_10y", "numeric", [55, 78, 94]),
    ("genet_div_idx", "numeric", [0.41, 0.58, 0.77]),
    ("genet_div_idx_v2", "numeric", [0.38, 0.6, 0.81]),
    ("dist_req_n", "numeric", [0, 3, 19]),
    ("dist_req_5y", "numeric", [1, 12, 77]),
    ("funding_k", "numeric", [120, 480, 2300]),
    ("staff_fte", "numeric", [2.5, 9.0, 31.0])])

# 10. sign language interpreting agencies -- camelCase
ds("h44_sign_interp_agencies",
   "Assignments booked through sign language interpreting agencies: setting, client age, "
   "interpreter certification and experience, team vs solo, video remote interpreting, prep, "
   "fatigue, accuracy (two rubrics), satisfaction at the time and at follow-up, rebooking, rate.",
   [("assignmentId", "id", ["SLI-0087", "SLI-2210", "SLI-4796"]),
    ("settingType", "categorical", ["medical", "legal", "education", "conference"]),
    ("deafClientAge", "numeric", [9, 37, 78]),
    ("interpCertified", "binary", [1, 0, 1]),
    ("yrsExperience", "numeric", [1, 5, 22]),
    ("teamInterp", "binary", [0, 1, 0]),
    ("remoteVri", "binary", [1, 0, 0]),
    ("prepMinutes", "numeric", [0, 30, 120]),
    ("assignmentHrs", "numeric", [1, 2, 6]),
    ("lateArrival", "binary", [0, 0, 1]),
    ("fatigueScore", "numeric", [2, 5, 9]),
    ("accuracyScore", "numeric", [71, 86, 97]),
    ("accuracyScoreV2", "numeric", [3.1, 4.0, 4.8]),
    ("clientSat", "numeric", [2, 4, 5]),
    ("clientSatFollowup", "numeric", [1, 4, 5]),
    ("rebook30d", "binary", [1, 0, 1]),
    ("rebook90d", "binary", [1, 1, 0]),
    ("rateUsdHr", "numeric", [45, 70, 130])])

# 11. submarine crews on patrol -- UPPER_CASE
ds("h44_submarine_patrols",
   "Crew members on submarine patrols: boat class, rank, age, patrol length, watch rotation, "
   "light therapy, exercise, sleep, mood and cortisol before/after, conflict reports, sick calls, "
   "re-enlistment intention and actual re-enlistment.",
   [("CREW_ID", "id", ["C-1042", "C-3319", "C-7783"]),
    ("BOAT_CLASS", "categorical", ["SSBN", "SSN", "SSK"]),
    ("RANK_GRP", "categorical", ["enlisted", "nco", "officer"]),
    ("AGE", "numeric", [19, 27, 44]),
    ("PATROL_DAYS", "numeric", [45, 77, 110]),
    ("WATCH_ROTATION", "categorical", ["6on12off", "8on16off", "12on12off"]),
    ("LIGHT_THERAPY", "binary", [0, 1, 1]),
    ("EXERCISE_MIN_WK", "numeric", [0, 90, 300]),
    ("SLEEP_HRS_DAY", "numeric", [4.5, 5.8, 7.2]),
    ("MOOD_PRE", "numeric", [38, 52, 66]),
    ("MOOD_POST", "numeric", [31, 49, 68]),
    ("CORTISOL_PRE", "numeric", [9.8, 13.5, 19.1]),
    ("CORTISOL_POST", "numeric", [10.4, 15.2, 23.0]),
    ("CONFLICT_REPORTS", "numeric", [0, 1, 5]),
    ("SICK_CALL_N", "numeric", [0, 2, 7]),
    ("REENLIST_INTENT", "binary", [1, 0, 1]),
    ("REENLIST", "binary", [1, 0, 0])])

# 12. 3D print farms (contract printing) -- camelCase
ds("h44_print_farms",
   "Contract jobs run at 3D print farms: material, printers used, enclosure, auto bed levelling, "
   "slicer settings, ambient humidity, print hours, failure rate (two definitions), reprint "
   "windows, on-time delivery, rating and order value.",
   [("jobId", "id", ["J-55012", "J-60871", "J-73304"]),
    ("material", "categorical", ["PLA", "PETG", "ABS", "nylon", "resin"]),
    ("printerCount", "numeric", [1, 6, 24]),
    ("enclosureUsed", "binary", [1, 0, 1]),
    ("autoBedLevel", "binary", [1, 1, 0]),
    ("layerHeightMm", "numeric", [0.08, 0.2, 0.32]),
    ("infillPct", "numeric", [10, 20, 60]),
    ("nozzleTempC", "numeric", [205, 240, 265]),
    ("ambientHumidityPct", "numeric", [30, 48, 71]),
    ("partCount", "numeric", [1, 50, 400]),
    ("printHrs", "numeric", [2.5, 19.0, 140.0]),
    ("failRate", "numeric", [0.01, 0.06, 0.19]),
    ("failRateV2", "numeric", [0.02, 0.07, 0.22]),
    ("reprintRate30d", "numeric", [0.0, 0.03, 0.11]),
    ("reprintRate90d", "numeric", [0.01, 0.05, 0.16]),
    ("onTimeDelivery", "binary", [1, 1, 0]),
    ("custRating", "numeric", [3.0, 4.4, 5.0]),
    ("orderValueUsd", "numeric", [45, 620, 8800])])

# 13. fine-art auction houses -- plain words
ds("h44_art_auctions",
   "Lots offered at fine-art auction houses: house, category, artist status, condition, "
   "provenance, low estimate, catalogue cover, preview, press, online bidding, third-party "
   "guarantee, bidders, hammer and total price, sale outcome and the artist's market index before/after.",
   [("lot", "id", ["L-1987-044", "L-2003-112", "L-2019-307"]),
    ("house", "categorical", ["london", "new_york", "paris", "hong_kong"]),
    ("category", "categorical", ["old_masters", "impressionist", "modern", "contemporary"]),
    ("artist_alive", "binary", [0, 1, 0]),
    ("condition_score", "numeric", [5, 7, 9]),
    ("provenance", "binary", [1, 0, 1]),
    ("estimate_low", "numeric", [20000, 150000, 2000000]),
    ("catalogue_cover", "binary", [0, 0, 1]),
    ("preview_days", "numeric", [3, 7, 14]),
    ("press_mentions", "numeric", [0, 4, 31]),
    ("online_bidding", "binary", [1, 0, 1]),
    ("guarantee", "binary", [0, 1, 0]),
    ("bidders", "numeric", [1, 5, 14]),
    ("hammer_price", "numeric", [18000, 240000, 4100000]),
    ("total_price", "numeric", [22500, 300000, 5000000]),
    ("sold", "binary", [1, 0, 1]),
    ("artist_index_before", "numeric", [88, 100, 131]),
    ("artist_index_after", "numeric", [85, 104, 150])])

# 14. corporate hackathons -- camelCase
ds("h44_corp_hackathons",
   "Teams taking part in corporate hackathons: department, size, composition, mentoring, executive "
   "sponsorship, hours, prize money, engagement before/after, demo, idea scores (two rubrics), "
   "prototypes shipped (6/12 months), patents and attrition.",
   [("teamId", "id", ["HK-T003", "HK-T058", "HK-T217"]),
    ("dept", "categorical", ["engineering", "marketing", "finance", "operations", "hr"]),
    ("teamSize", "numeric", [2, 4, 8]),
    ("crossFunctional", "binary", [1, 0, 1]),
    ("remoteTeam", "binary", [0, 1, 0]),
    ("mentorAssigned", "binary", [1, 0, 1]),
    ("execSponsor", "binary", [0, 0, 1]),
    ("hoursSpent", "numeric", [12, 30, 55]),
    ("prizeUsd", "numeric", [0, 1000, 5000]),
    ("engagementPre", "numeric", [3.1, 3.8, 4.4]),
    ("engagementPost", "numeric", [3.3, 4.0, 4.7]),
    ("demoCompleted", "binary", [1, 0, 1]),
    ("ideaScore", "numeric", [52, 68, 91]),
    ("ideaScoreV2", "numeric", [2.5, 3.4, 4.6]),
    ("prototypeShipped6m", "binary", [0, 0, 1]),
    ("prototypeShipped12m", "binary", [0, 1, 1]),
    ("patentsFiled", "numeric", [0, 0, 2]),
    ("attrition12m", "binary", [0, 1, 0])])

# 15. school spelling bees -- snake_case cryptic
ds("h44_spelling_bees",
   "Spellers in school spelling bee seasons: grade, school type, English learner status, "
   "coaching, drill app, reading time, etymology training, mock bees, vocabulary pre/post, "
   "anxiety, words correct (count and share), round reached (two scorings), advancement.",
   [("spkr_id", "id", ["SP-0012", "SP-0458", "SP-1290"]),
    ("grade_lvl", "numeric", [4, 6, 8]),
    ("schl_typ", "categorical", ["public", "private", "charter", "homeschool"]),
    ("ell", "binary", [0, 1, 0]),
    ("coach_hrs", "numeric", [0, 12, 60]),
    ("app_drill", "binary", [1, 0, 1]),
    ("rd_min_wk", "numeric", [60, 180, 420]),
    ("etym_trn", "binary", [0, 1, 1]),
    ("mock_bee_n", "numeric", [0, 2, 6]),
    ("vocab_pre", "numeric", [410, 560, 720]),
    ("vocab_post", "numeric", [430, 600, 790]),
    ("anx_scr", "numeric", [12, 21, 34]),
    ("words_corr", "numeric", [3, 9, 24]),
    ("words_corr_pct", "numeric", [0.5, 0.78, 0.96]),
    ("rnd_reached", "numeric", [1, 4, 11]),
    ("rnd_reached_v2", "numeric", [1, 5, 13]),
    ("adv_regional", "binary", [0, 1, 1]),
    ("adv_national", "binary", [0, 0, 1])])


QUESTIONS = []


def add(dset, question, kind, T=None, Y=None, M=None, cov=None, iv=None, est=None, at=None,
        clar=False):
    exp = OrderedDict([("kind", kind), ("treatment", T), ("outcome", Y), ("mediator", M)])
    if dset != "none":
        cols = list(DATASETS[dset]["columns"].keys())
        for role in (T, Y, M, iv):
            if role is not None:
                assert role in cols, (dset, role, question)
        if cov:
            for c in cov:
                assert c in cols, (dset, c, question)
            cov = sorted(cov, key=cols.index)
        if at:
            for k, v in at.items():
                assert k in cols, (dset, k, question)
                meta = DATASETS[dset]["columns"][k]
                if meta["type"] == "categorical":
                    assert v in meta["values"], (dset, k, v)
                else:
                    assert isinstance(v, (int, float)), (dset, k, v)
    else:
        cols = None
    if cov:
        exp["covariates"] = cov
    if iv:
        exp["instrument"] = iv
    if est:
        assert est in ("att", "atc")
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clar:
        exp["clarify"] = True
    QUESTIONS.append(OrderedDict([
        ("question", question), ("dataset", dset), ("columns", cols), ("split", SPLIT),
        ("origin", ORIGIN), ("expected", exp)]))


# ---------------------------------------------------------------- 1. refuel outages
D = "h44_refuel_outages"
add(D, "Estimate the average treatment effect of robotic inspection (`ROBOTIC_INSP`) on outage duration (`OUTAGE_DUR_D`).", "ate", "ROBOTIC_INSP", "OUTAGE_DUR_D")
add(D, "Do refuelling outages wrap up sooner when the crews rehearsed the job on a full-scale mock-up beforehand?", "ate", "PREOUTAGE_MOCKUP", "OUTAGE_DUR_D")
add(D, "ate ROBOTIC_INSP -> DOSE_PERSON_MSV adj RX_TYPE, PLANT_AGE_YR", "ate", "ROBOTIC_INSP", "DOSE_PERSON_MSV", cov=["RX_TYPE", "PLANT_AGE_YR"])
add(D, "Is the collective radiation exposure of workers genuinely lowered by sending robots in for inspections, or is that just confounding?", "ate", "ROBOTIC_INSP", "DOSE_PERSON_MSV")
add(D, "What is the effect of contractor headcount (CONTRACTOR_CREW_N) on the capacity factor, controlling for the pre-outage capacity factor (CAP_FACTOR_PRE)?", "ate", "CONTRACTOR_CREW_N", "CAP_FACTOR_POST", cov=["CAP_FACTOR_PRE"])
add(D, "effect of mockup training on scrams", "ate", "PREOUTAGE_MOCKUP", None, clar=True)
add(D, "For the units that did use robotic inspection, how many outage days did it actually save them?", "ate", "ROBOTIC_INSP", "OUTAGE_DUR_D", est="att")
add(D, "Does each additional emergent discovery push up the inflation-adjusted outage cost (OUTAGE_COST_ADJ_MUSD)?", "ate", "EMERG_DISCOVERY_N", "OUTAGE_COST_ADJ_MUSD")
add(D, "How does the effect of robotic inspection on outage length differ between reactor types?", "cate", "ROBOTIC_INSP", "OUTAGE_DUR_D")
add(D, "Among CANDU reactors, what does mock-up rehearsal do to the person-mSv dose received?", "cate", "PREOUTAGE_MOCKUP", "DOSE_PERSON_MSV", at={"RX_TYPE": "CANDU"})
add(D, "conditional effect of ROBOTIC_INSP on OUTAGE_COST_MUSD for plants aged 40 yr", "cate", "ROBOTIC_INSP", "OUTAGE_COST_MUSD", at={"PLANT_AGE_YR": 40})
add(D, "Under the condition that the outage takes place in the EU region, does rehearsing on a mock-up cut the number of surprise findings?", "cate", "PREOUTAGE_MOCKUP", "EMERG_DISCOVERY_N", at={"REGION": "EU"})
add(D, "Which units should be given robotic inspection in the next refuelling cycle to minimise collective dose?", "policy", "ROBOTIC_INSP", "DOSE_PERSON_MSV")
add(D, "Learn a targeting rule for `PREOUTAGE_MOCKUP` that minimises `OUTAGE_DUR_D`.", "policy", "PREOUTAGE_MOCKUP", "OUTAGE_DUR_D")
add(D, "who should get robots for inspection to keep the nominal outage bill (OUTAGE_COST_MUSD) down", "policy", "ROBOTIC_INSP", "OUTAGE_COST_MUSD")
add(D, "Robotic inspection shortens outages mainly by turning up fewer emergent problems mid-outage, which then cuts the days offline. How much of the effect runs through that channel?", "mediation", "ROBOTIC_INSP", "OUTAGE_DUR_D", "EMERG_DISCOVERY_N")
add(D, "Decompose the effect of `PREOUTAGE_MOCKUP` on `DOSE_PERSON_MSV` into direct and indirect paths via `OUTAGE_DUR_D`.", "mediation", "PREOUTAGE_MOCKUP", "DOSE_PERSON_MSV", "OUTAGE_DUR_D")
add(D, "Which of these outage variables drive which? Recover the dependency structure from the data.", "discover")
add(D, "learn a causal graph over the refuelling outage columns", "discover")
add(D, "Forecast next year's average outage duration for each region.", "unsupported")

# ---------------------------------------------------------------- 2. therapy dogs
D = "h44_therapy_dogs"
add(D, "What is the average effect of weekly dog visits (`visits`) on `anxiety_after`, adjusting for `anxiety_before` and `age`?", "ate", "visits", "anxiety_after", cov=["age", "anxiety_before"])
add(D, "Do residents who get seen by the dogs more often feel less isolated three months on?", "ate", "visits", "loneliness_month3")
add(D, "ate of minutes on sedatives", "ate", "minutes", "sedatives")
add(D, "Does spending longer with the dog each session lower residents' blood pressure?", "ate", "minutes", None, clar=True)
add(D, "Are fewer sedatives being prescribed because of the dog visits, or is the association just confounded?", "ate", "visits", "sedatives")
add(D, "effect of visits on mood", "ate", "visits", None, clar=True)
add(D, "Effect of handler experience (years) on the number of falls, holding dementia status fixed.", "ate", "handler_experience", "falls", cov=["dementia"])
add(D, "Does the calming effect of visits on anxiety differ for residents with and without dementia?", "cate", "visits", "anxiety_after")
add(D, "For hospice patients, estimate the effect of `visits` on `loneliness_month3`.", "cate", "visits", "loneliness_month3", at={"facility": "hospice"})
add(D, "effect of minutes on mood_score_v2 for residents aged 85", "cate", "minutes", "mood_score_v2", at={"age": 85})
add(D, "With which breeds is the drop in anxiety from more frequent visits largest?", "cate", "visits", "anxiety_after")
add(D, "Which residents should be prioritised for extra dog visits so that fewer of them fall?", "policy", "visits", "falls")
add(D, "Design an allocation rule: give longer sessions (`minutes`) to whom, to maximise `mood_score_v2`?", "policy", "minutes", "mood_score_v2")
add(D, "who should get more visits to cut loneliness", "policy", "visits", "loneliness_month3")
add(D, "The visits seem to work by getting residents chatting more, which in turn eases their loneliness. What share of the effect of visits on loneliness is carried by conversations?", "mediation", "visits", "loneliness_month3", "conversations")
add(D, "direct vs indirect effect of visits on sedatives via anxiety_after", "mediation", "visits", "sedatives", "anxiety_after")
add(D, "Learn the causal graph among the resident variables in the therapy dog data.", "discover")
add(D, "Make a histogram of resident ages split by facility.", "unsupported")

# ---------------------------------------------------------------- 3. terrarium shops
D = "h44_terrarium_shops"
add(D, "Estimate the ATE of `liveDemoTank` on `avgBasketUsd`.", "ate", "liveDemoTank", "avgBasketUsd")
add(D, "Does having staff certified in reptile and amphibian care mean fewer animals die in the shop?", "ate", "staffHerpCert", "animalMortalityPct")
add(D, "workshopsPerMo -> repeatRate90d, ctrl cityTier shopAgeYrs", "ate", "workshopsPerMo", "repeatRate90d", cov=["cityTier", "shopAgeYrs"])
add(D, "Did running the bioactive kit promotion raise net monthly sales for the shops that ran it?", "ate", "bioactiveKitPromo", "salesMonthlyNet", est="att")
add(D, "Does posting more on Instagram bring more people through the door each week?", "ate", "instagramPosts", "footTrafficWk")
add(D, "effect of live demo tanks on repeat customers", "ate", "liveDemoTank", None, clar=True)
add(D, "Is the return rate lowered by having herp-certified staff once floor area (sqFt) is held constant?", "ate", "staffHerpCert", "returnRate", cov=["sqFt"])
add(D, "How much would gross monthly sales change if the shops without a demo tank installed one?", "ate", "liveDemoTank", "salesMonthly", est="atc")
add(D, "Among rural shops, what is the effect of workshops per month on customer satisfaction?", "cate", "workshopsPerMo", "custSatScore", at={"cityTier": "rural"})
add(D, "cate of bioactiveKitPromo on avgBasketUsd by shop age", "cate", "bioactiveKitPromo", "avgBasketUsd")
add(D, "Under the condition that the store is 1,500 sq ft, what does a live demo tank do to weekly footfall?", "cate", "liveDemoTank", "footTrafficWk", at={"sqFt": 1500})
add(D, "For which shops is the reduction in animal deaths from certified staff the largest?", "cate", "staffHerpCert", "animalMortalityPct")
add(D, "Which shops should run the bioactive kit promotion to maximise net monthly sales?", "policy", "bioactiveKitPromo", "salesMonthlyNet")
add(D, "targeting rule: liveDemoTank to maximize repeatRate90d", "policy", "liveDemoTank", "repeatRate90d")
add(D, "Which stores ought to put on more hands-on workshops if the aim is happier customers (custSatScore)?", "policy", "workshopsPerMo", "custSatScore")
add(D, "How much of the Instagram effect on gross monthly sales (salesMonthly) flows through weekly foot traffic?", "mediation", "instagramPosts", "salesMonthly", "footTrafficWk")
add(D, "Workshops teach customers to keep their animals alive, which then lowers returns. Quantify the indirect path workshopsPerMo -> animalMortalityPct -> returnRate.", "mediation", "workshopsPerMo", "returnRate", "animalMortalityPct")
add(D, "Which variables cause which in the terrarium shop data?", "discover")
add(D, "run PC on the terrarium shop table", "discover")
add(D, "Clean the sqFt column: some shops entered square metres instead of square feet.", "unsupported")

# ---------------------------------------------------------------- 4. letterpress
D = "h44_letterpress_shops"
add(D, "Estimate the average effect of switching to photopolymer plates (plt_polymer) on setup hours (hrs_setup).", "ate", "plt_polymer", "hrs_setup")
add(D, "Does selling through Etsy bring in more jobs per week?", "ate", "mktg_etsy", "ord_wk")
add(D, "ate plt_polymer on err_rate, adj yrs_op n_press", "ate", "plt_polymer", "err_rate_post", cov=["yrs_op", "n_press"])
add(D, "How much does each extra round of proofs cut the typo rate afterwards?", "ate", "proof_rnds", "err_rate_post")
add(D, "effect of etsy on revenue", "ate", "mktg_etsy", None, clar=True)
add(D, "Do apprentices make customers rate the shop lower, or is that a spurious link?", "ate", "appr_n", "cust_rtg")
add(D, "What was the effect of photopolymer plates on inflation-adjusted revenue (`rev_k_adj`) for the shops that adopted them?", "ate", "plt_polymer", "rev_k_adj", est="att")
add(D, "Is ink spending driven up by the share of wedding stationery in the order book?", "ate", "wed_share", "ink_cost")
add(D, "For shops running a Heidelberg windmill, what does moving to photopolymer do to make-ready time?", "cate", "plt_polymer", "hrs_setup", at={"press_typ": "windmill"})
add(D, "het. effect of mktg_etsy on ord_wk across yrs_op", "cate", "mktg_etsy", "ord_wk")
add(D, "When wedding work makes up half the orders (wed_share = 0.5), what is the effect of proof_rnds on cust_rtg?", "cate", "proof_rnds", "cust_rtg", at={"wed_share": 0.5})
add(D, "Where does taking on apprentices help repeat business the most?", "cate", "appr_n", "repeat_cust_pct")
add(D, "Which shops should switch to polymer plates to raise inflation-adjusted revenue?", "policy", "plt_polymer", "rev_k_adj")
add(D, "Recommend which shops should list on Etsy to maximise `repeat_cust_pct`.", "policy", "mktg_etsy", "repeat_cust_pct")
add(D, "optimal proof_rnds policy to minimise err_rate_post", "policy", "proof_rnds", "err_rate_post")
add(D, "Polymer plates cut the make-ready time, and the time saved then lets a shop take on more orders. What fraction of the plt_polymer -> ord_wk effect goes via hrs_setup?", "mediation", "plt_polymer", "ord_wk", "hrs_setup")
add(D, "NDE and NIE of proof_rnds on cust_rtg through err_rate_post", "mediation", "proof_rnds", "cust_rtg", "err_rate_post")
add(D, "Does an Etsy storefront lift inflation-adjusted revenue directly, or only by bringing in more weekly orders?", "mediation", "mktg_etsy", "rev_k_adj", "ord_wk")
add(D, "structure learning over all letterpress shop columns", "discover")
add(D, "What are the mean and median ink_cost by press type?", "unsupported")

# ---------------------------------------------------------------- 5. braille
D = "h44_braille_services"
add(D, "What is the ATE of `autoTranslateSw` on `turnaroundDaysV2`?", "ate", "autoTranslateSw", "turnaroundDaysV2")
add(D, "Does running text through automated braille translation software leave more mistakes in the finished transcription?", "ate", "autoTranslateSw", "errRateFinal")
add(D, "ate proofreadPasses -> errRateFinal controlling errRateDraft, pageCount", "ate", "proofreadPasses", "errRateFinal", cov=["pageCount", "errRateDraft"])
add(D, "Do rush jobs end up costing clients more?", "ate", "rushOrder", "costUsd")
add(D, "effect of autoTranslateSw on turnaround", "ate", "autoTranslateSw", None, clar=True)
add(D, "Is client loyalty over two years improved when transcribers work from home?", "ate", "remoteWork", "repeatClient24m")
add(D, "Among requests that were NOT processed with translation software, what would using it have done to the cost?", "ate", "autoTranslateSw", "costUsd", est="atc")
add(D, "Does the number of tactile graphics lengthen delivery time as measured by turnaroundDays?", "ate", "tactileGraphicsN", "turnaroundDays")
add(D, "For maths-heavy requests, what is the effect of auto translation on the final error rate?", "cate", "autoTranslateSw", "errRateFinal", at={"mathContent": 1})
add(D, "Does the effect of extra proofreading passes on the final error rate vary by transcriber certification level?", "cate", "proofreadPasses", "errRateFinal")
add(D, "effect of rushOrder on errRateFinal for clientType=government", "cate", "rushOrder", "errRateFinal", at={"clientType": "government"})
add(D, "cond. effect of autoTranslateSw on costUsd at pageCount 300", "cate", "autoTranslateSw", "costUsd", at={"pageCount": 300})
add(D, "For which requests should we switch on the auto-translation software to keep final errors as low as possible?", "policy", "autoTranslateSw", "errRateFinal")
add(D, "Who should get an extra proofreading pass so that clients come back within a year?", "policy", "proofreadPasses", "repeatClient12m")
add(D, "who should get rush processing to improve repeat business?", "policy", "rushOrder", None, clar=True)
add(D, "Auto-translation speeds jobs up, and quicker turnaround (turnaroundDays) then brings clients back within 12 months. Quantify the indirect effect of autoTranslateSw on repeatClient12m.", "mediation", "autoTranslateSw", "repeatClient12m", "turnaroundDays")
add(D, "How much of the effect of maths content on cost is mediated by the number of tactile graphics?", "mediation", "mathContent", "costUsd", "tactileGraphicsN")
add(D, "discover causal structure among braille request variables", "discover")
add(D, "Predict the cost of a 250-page university request.", "unsupported")

# ---------------------------------------------------------------- 6. balloon
D = "h44_balloon_operators"
add(D, "Estimate the average treatment effect of PREFLIGHT_BRIEF_VIDEO on INJURY_REPORT.", "ate", "PREFLIGHT_BRIEF_VIDEO", "INJURY_REPORT")
add(D, "Do pilots with more time in the air bump the basket down less often?", "ate", "PILOT_HRS", "LANDING_HARD")
add(D, "ate GPS_TRACK_APP on REBOOK_90D adj OPERATOR_SIZE", "ate", "GPS_TRACK_APP", "REBOOK_90D", cov=["OPERATOR_SIZE"])
add(D, "Does giving passengers a live GPS tracking app lead to better reviews?", "ate", "GPS_TRACK_APP", None, clar=True)
add(D, "What is the effect of wind speed (WIND_KT) on hard landings (LANDING_HARD), holding pilot hours (PILOT_HRS) constant?", "ate", "WIND_KT", "LANDING_HARD", cov=["PILOT_HRS"])
add(D, "How much more propane gets burned on a flight when it's hot out?", "ate", "TEMP_F", "FUEL_KG")
add(D, "For flights that showed the briefing video, what was its effect on `REVIEW_STARS_V2`?", "ate", "PREFLIGHT_BRIEF_VIDEO", "REVIEW_STARS_V2", est="att")
add(D, "Treat WIND_KT as an instrument for LANDING_HARD and estimate the effect of hard landings on INJURY_REPORT.", "ate", "LANDING_HARD", "INJURY_REPORT", iv="WIND_KT")
add(D, "Effect of PREFLIGHT_BRIEF_VIDEO on LANDING_HARD for sunset launches.", "cate", "PREFLIGHT_BRIEF_VIDEO", "LANDING_HARD", at={"LAUNCH_TIME": "sunset"})
add(D, "at 90F, what does one extra passenger do to fuel burn", "cate", "PAX_N", "FUEL_KG", at={"TEMP_F": 90})
add(D, "When the wind is blowing 10 knots, do more experienced pilots still have fewer injury reports?", "cate", "PILOT_HRS", "INJURY_REPORT", at={"WIND_KT": 10})
add(D, "How does the GPS app's effect on 30-day rebooking vary with operator size?", "cate", "GPS_TRACK_APP", "REBOOK_30D")
add(D, "Which operators should adopt the GPS app to boost rebooking?", "policy", "GPS_TRACK_APP", None, clar=True)
add(D, "targeting rule for the briefing video to minimise injuries", "policy", "PREFLIGHT_BRIEF_VIDEO", "INJURY_REPORT")
add(D, "Which flights should be assigned the pre-flight video to lift `REVIEW_STARS_V2`?", "policy", "PREFLIGHT_BRIEF_VIDEO", "REVIEW_STARS_V2")
add(D, "Seasoned pilots land more softly, and softer landings then mean fewer people hurt. What portion of PILOT_HRS's effect on INJURY_REPORT runs through LANDING_HARD?", "mediation", "PILOT_HRS", "INJURY_REPORT", "LANDING_HARD")
add(D, "direct vs indirect effect of GPS_TRACK_APP on REBOOK_90D mediated by REVIEW_STARS_V2", "mediation", "GPS_TRACK_APP", "REBOOK_90D", "REVIEW_STARS_V2")
add(D, "What causes what among wind, temperature, pilot hours, fuel, landings and injuries? Work out which way the arrows point.", "discover")
add(D, "Give summary statistics for WIND_KT and TEMP_F.", "unsupported")

# ---------------------------------------------------------------- 7. radio telescope
D = "h44_radio_telescope"
add(D, "Estimate the ATE of `rfi_flag_auto` on `data_loss_pct`.", "ate", "rfi_flag_auto", "data_loss_pct")
add(D, "Does scheduling observations on the fly, according to conditions, waste less of the recorded data?", "ate", "sched_dyn", "data_loss_pct")
add(D, "ate int_hrs -> snr_v2 adj elev_deg, tsys_k", "ate", "int_hrs", "snr_v2", cov=["elev_deg", "tsys_k"])
add(D, "Does automatic interference flagging improve signal-to-noise?", "ate", "rfi_flag_auto", None, clar=True)
add(D, "Do longer integrations lead to more papers within three years?", "ate", "int_hrs", "pubs_36m")
add(D, "What is the effect of the number of calibrator sources (cal_src_n) on snr, controlling for rx_band?", "ate", "cal_src_n", "snr", cov=["rx_band"])
add(D, "For observations that used dynamic scheduling, what's the effect on signal-to-noise (`snr_v2`)?", "ate", "sched_dyn", "snr_v2", est="att")
add(D, "use weather_ok as an IV for data_loss_pct; effect of data loss on snr_v2", "ate", "data_loss_pct", "snr_v2", iv="weather_ok")
add(D, "Within the Ku band, what does automatic RFI flagging do to data loss?", "cate", "rfi_flag_auto", "data_loss_pct", at={"rx_band": "Ku"})
add(D, "effect of int_hrs on pubs_12m for pi_career == student", "cate", "int_hrs", "pubs_12m", at={"pi_career": "student"})
add(D, "Under the condition that the source is observed at 30 degrees elevation, estimate the effect of dynamic scheduling on snr_v2.", "cate", "sched_dyn", "snr_v2", at={"elev_deg": 30})
add(D, "Which kinds of PI gain most in three-year publication count from extra integration time?", "cate", "int_hrs", "pubs_36m")
add(D, "Which observing blocks should be given dynamic scheduling to maximise three-year publications?", "policy", "sched_dyn", "pubs_36m")
add(D, "Learn who should have `rfi_flag_auto` switched on to minimise `data_loss_pct`.", "policy", "rfi_flag_auto", "data_loss_pct")
add(D, "Automatic flagging throws away less good data, and keeping more data then raises the S/N. How much of rfi_flag_auto's effect on snr_v2 goes through data_loss_pct?", "mediation", "rfi_flag_auto", "snr_v2", "data_loss_pct")
add(D, "How much of sched_dyn's effect on pubs_36m is mediated by signal-to-noise?", "mediation", "sched_dyn", "pubs_36m", None, clar=True)
add(D, "Does integration time raise 12-month publications directly, or through better signal-to-noise (snr_v2)?", "mediation", "int_hrs", "pubs_12m", "snr_v2")
add(D, "causal discovery on the observation table", "discover")
add(D, "Which variables sit upstream of data loss? Map out the dependency structure of the observing data.", "discover")
add(D, "Write a SQL query to count observations by rx_band.", "unsupported")

# ---------------------------------------------------------------- 8. rock salt
D = "h44_rock_salt_mines"
add(D, "What is the average effect of `automation` on `output_per_worker`?", "ate", "automation", "output_per_worker")
add(D, "Does more safety training mean fewer people get hurt underground?", "ate", "training_hours", None, clar=True)
add(D, "ate ventilation on dust, adj depth", "ate", "ventilation", "dust_after", cov=["depth"])
add(D, "Do longer shifts raise the accident rate?", "ate", "shift_length", "accident_rate")
add(D, "Are miners off work more often because of the dust, or is that confounding?", "ate", "dust_after", "absenteeism")
add(D, "Effect of crew size on total output (output), controlling for seam thickness and depth.", "ate", "crew_size", "output", cov=["depth", "seam_thickness"])
add(D, "For mines that automated, how much did it change the number of accidents?", "ate", "automation", "accidents", est="att")
add(D, "Using winter_severity as an instrument, estimate the effect of output on price.", "ate", "output", "price", iv="winter_severity")
add(D, "In coastal mines, what does automation do to safety?", "cate", "automation", None, at={"region": "coastal"}, clar=True)
add(D, "effect of ventilation on dust_after at depth 300 m", "cate", "ventilation", "dust_after", at={"depth": 300})
add(D, "For 12-hour shifts, does more training still reduce the accident rate?", "cate", "training_hours", "accident_rate", at={"shift_length": 12})
add(D, "Which mines get the biggest productivity gain per worker from automating?", "cate", "automation", "output_per_worker")
add(D, "Which mines should be automated first to maximise output per worker?", "policy", "automation", "output_per_worker")
add(D, "allocation rule for training_hours to minimise accident_rate", "policy", "training_hours", "accident_rate")
add(D, "Which mines should get their airflow upgraded to cut absenteeism?", "policy", "ventilation", "absenteeism")
add(D, "Better airflow clears the dust, and cleaner air then keeps people from calling in sick. How much of ventilation's effect on absenteeism goes via dust_after?", "mediation", "ventilation", "absenteeism", "dust_after")
add(D, "Direct and indirect effects of automation on accident_rate through crew_size.", "mediation", "automation", "accident_rate", "crew_size")
add(D, "Estimate the causal DAG for the salt mine data.", "discover")
add(D, "Plot output over time for each region.", "unsupported")

# ---------------------------------------------------------------- 9. seed banks
D = "h44_seed_banks"
add(D, "Estimate the effect of the new drying protocol (`dry_proto_v2`) on ten-year germination (`germ_10y`).", "ate", "dry_proto_v2", "germ_10y")
add(D, "Does keeping seed in colder vaults keep it alive longer?", "ate", "store_tmp_c", "germ_10y")
add(D, "ate cryo -> germ_10y adj germ_bl crop_grp", "ate", "cryo", "germ_10y", cov=["crop_grp", "germ_bl"])
add(D, "Do regeneration cycles erode genetic diversity?", "ate", "regen_cyc", None, clar=True)
add(D, "What is the effect of seed moisture content (mc_pct) on germination, controlling for storage temperature?", "ate", "mc_pct", "germ_10y", cov=["store_tmp_c"])
add(D, "is there a causal effect between staff_fte and viab_test_n?", "ate", None, None, clar=True)
add(D, "For accessions placed in cryostorage, what was the effect on germ_10y?", "ate", "cryo", "germ_10y", est="att")
add(D, "Are accessions that went through more regeneration cycles requested more often over five years?", "ate", "regen_cyc", "dist_req_5y")
add(D, "Among crop wild relatives, effect of dry_proto_v2 on germ_10y", "cate", "dry_proto_v2", "germ_10y", at={"crop_grp": "wild_relative"})
add(D, "When moisture content is 6%, what does cryopreservation do to ten-year germination?", "cate", "cryo", "germ_10y", at={"mc_pct": 6})
add(D, "Does the benefit of the new drying protocol for long-term viability depend on the income group of the country of origin?", "cate", "dry_proto_v2", "germ_10y")
add(D, "for legumes stored 20 years, effect of store_tmp_c on germ_10y", "cate", "store_tmp_c", "germ_10y", at={"crop_grp": "legume", "yrs_stored": 20})
add(D, "Which accessions should be prioritised for cryopreservation to maximise ten-year germination?", "policy", "cryo", "germ_10y")
add(D, "targeting rule for dry_proto_v2 to maximize germ_10y", "policy", "dry_proto_v2", "germ_10y")
add(D, "Funding buys more staff, who then run more viability tests. How much of funding_k's effect on viab_test_n flows through staff_fte?", "mediation", "funding_k", "viab_test_n", "staff_fte")
add(D, "Does the drying protocol improve ten-year germination by lowering seed moisture, or directly?", "mediation", "dry_proto_v2", "germ_10y", "mc_pct")
add(D, "regen_cyc -> genet_div_idx_v2 -> dist_req_5y indirect effect", "mediation", "regen_cyc", "dist_req_5y", "genet_div_idx_v2")
add(D, "Learn the DAG over the seed bank variables.", "discover")
add(D, "What is the causal ordering among storage conditions, moisture, germination and distribution requests? Infer it from the accession data.", "discover")
add(D, "Impute the missing germ_bl values.", "unsupported")

# ---------------------------------------------------------------- 10. sign language
D = "h44_sign_interp_agencies"
add(D, "What is the ATE of `teamInterp` on `fatigueScore`?", "ate", "teamInterp", "fatigueScore")
add(D, "Are interpretations more accurate when a certified interpreter is booked?", "ate", "interpCertified", None, clar=True)
add(D, "ate remoteVri -> clientSatFollowup adj settingType deafClientAge", "ate", "remoteVri", "clientSatFollowup", cov=["settingType", "deafClientAge"])
add(D, "Does more preparation time before the job leave the deaf client happier with the service when asked again later?", "ate", "prepMinutes", "clientSatFollowup")
add(D, "Effect of assignmentHrs on fatigueScore controlling for teamInterp.", "ate", "assignmentHrs", "fatigueScore", cov=["teamInterp"])
add(D, "Is the client less likely to book again within 90 days after the interpreter turns up late?", "ate", "lateArrival", "rebook90d")
add(D, "For assignments handled remotely over video, what did that do to accuracyScoreV2?", "ate", "remoteVri", "accuracyScoreV2", est="att")
add(D, "Do certified interpreters command a higher hourly rate?", "ate", "interpCertified", "rateUsdHr")
add(D, "In legal settings, what is the effect of teaming on `accuracyScoreV2`?", "cate", "teamInterp", "accuracyScoreV2", at={"settingType": "legal"})
add(D, "Does the effect of video remote interpreting on clientSatFollowup vary by the deaf client's age?", "cate", "remoteVri", "clientSatFollowup")
add(D, "effect of prepMinutes on accuracyScoreV2 for 2-hour assignments", "cate", "prepMinutes", "accuracyScoreV2", at={"assignmentHrs": 2})
add(D, "For interpreters with 5 years' experience, what does certification add to accuracy (accuracyScore)?", "cate", "interpCertified", "accuracyScore", at={"yrsExperience": 5})
add(D, "Which assignments should be staffed with a team of two to maximise accuracyScoreV2?", "policy", "teamInterp", "accuracyScoreV2")
add(D, "who should we serve by video rather than in person to maximise 90-day rebooking", "policy", "remoteVri", "rebook90d")
add(D, "Rule for assigning prep time to minimise interpreter fatigue.", "policy", "prepMinutes", "fatigueScore")
add(D, "Working in pairs keeps interpreters fresher, which in turn makes them more accurate. How much of teamInterp's effect on accuracyScoreV2 is mediated by fatigueScore?", "mediation", "teamInterp", "accuracyScoreV2", "fatigueScore")
add(D, "Does arriving late hurt 30-day rebooking directly, or through lower client satisfaction at follow-up?", "mediation", "lateArrival", "rebook30d", "clientSatFollowup")
add(D, "indirect effect of remoteVri on rebook90d via accuracyScoreV2", "mediation", "remoteVri", "rebook90d", "accuracyScoreV2")
add(D, "Which of these assignment variables affect which? No picture needed, just list the directed edges.", "discover")
add(D, "Train a classifier to predict rebook90d.", "unsupported")

# ---------------------------------------------------------------- 11. submarine
D = "h44_submarine_patrols"
add(D, "Estimate the average treatment effect of LIGHT_THERAPY on MOOD_POST, adjusting for MOOD_PRE.", "ate", "LIGHT_THERAPY", "MOOD_POST", cov=["MOOD_PRE"])
add(D, "Does bright-light treatment help sailors get more sleep on patrol?", "ate", "LIGHT_THERAPY", "SLEEP_HRS_DAY")
add(D, "ate EXERCISE_MIN_WK -> CORTISOL adj AGE RANK_GRP", "ate", "EXERCISE_MIN_WK", "CORTISOL_POST", cov=["RANK_GRP", "AGE"])
add(D, "Do longer patrols make crew less likely to sign on again?", "ate", "PATROL_DAYS", None, clar=True)
add(D, "What's the effect of working out on how often sailors report sick?", "ate", "EXERCISE_MIN_WK", "SICK_CALL_N")
add(D, "Is melatonin level raised by light therapy?", "ate", "LIGHT_THERAPY", None, clar=True)
add(D, "Among crew who did not receive light therapy, what would it have done to their mood after patrol?", "ate", "LIGHT_THERAPY", "MOOD_POST", est="atc")
add(D, "Does more sleep reduce interpersonal conflict reports, or is the correlation confounded?", "ate", "SLEEP_HRS_DAY", "CONFLICT_REPORTS")
add(D, "On SSBN boats, what's the effect of light therapy on post-patrol mood?", "cate", "LIGHT_THERAPY", "MOOD_POST", at={"BOAT_CLASS": "SSBN"})
add(D, "Under the condition that the watch rotation is 12on12off, estimate the effect of EXERCISE_MIN_WK on SLEEP_HRS_DAY.", "cate", "EXERCISE_MIN_WK", "SLEEP_HRS_DAY", at={"WATCH_ROTATION": "12on12off"})
add(D, "effect of LIGHT_THERAPY on REENLIST_INTENT for officers", "cate", "LIGHT_THERAPY", "REENLIST_INTENT", at={"RANK_GRP": "officer"})
add(D, "How does the effect of patrol length on cortisol change with the sailor's age?", "cate", "PATROL_DAYS", "CORTISOL_POST")
add(D, "Which sailors should receive light therapy to maximise post-patrol mood?", "policy", "LIGHT_THERAPY", "MOOD_POST")
add(D, "targeting: who gets more exercise time (EXERCISE_MIN_WK) to minimise SICK_CALL_N", "policy", "EXERCISE_MIN_WK", "SICK_CALL_N")
add(D, "Light therapy seems to work by fixing sleep, which then lifts mood. What share of LIGHT_THERAPY -> MOOD_POST goes through SLEEP_HRS_DAY?", "mediation", "LIGHT_THERAPY", "MOOD_POST", "SLEEP_HRS_DAY")
add(D, "Decompose the effect of `PATROL_DAYS` on `REENLIST` into direct and indirect parts via `MOOD_POST`.", "mediation", "PATROL_DAYS", "REENLIST", "MOOD_POST")
add(D, "recover the causal graph of the patrol wellbeing data", "discover")
add(D, "What's the average AGE by BOAT_CLASS?", "unsupported")

# ---------------------------------------------------------------- 12. print farms
D = "h44_print_farms"
add(D, "Estimate the ATE of `enclosureUsed` on `failRateV2`.", "ate", "enclosureUsed", "failRateV2")
add(D, "Does automatic bed levelling cut failed prints?", "ate", "autoBedLevel", None, clar=True)
add(D, "ate layerHeightMm -> printHrs adj partCount infillPct", "ate", "layerHeightMm", "printHrs", cov=["infillPct", "partCount"])
add(D, "Does printing inside an enclosure make it more likely the order ships on time?", "ate", "enclosureUsed", "onTimeDelivery")
add(D, "Do coarser layers make customers rate the job worse?", "ate", "layerHeightMm", "custRating")
add(D, "Effect of nozzle temperature on failRate holding material and ambient humidity fixed.", "ate", "nozzleTempC", "failRate", cov=["material", "ambientHumidityPct"])
add(D, "For jobs that used auto bed levelling, how much did it change reprintRate90d?", "ate", "autoBedLevel", "reprintRate90d", est="att")
add(D, "With ambient humidity as an instrument, what is the effect of failRateV2 on onTimeDelivery?", "ate", "failRateV2", "onTimeDelivery", iv="ambientHumidityPct")
add(D, "For ABS jobs, what does an enclosure do to `failRateV2`?", "cate", "enclosureUsed", "failRateV2", at={"material": "ABS"})
add(D, "at 60% humidity, effect of enclosureUsed on failRate", "cate", "enclosureUsed", "failRate", at={"ambientHumidityPct": 60})
add(D, "How does the effect of infill percentage on print hours vary across materials?", "cate", "infillPct", "printHrs")
add(D, "For PETG jobs, does auto bed levelling change reprints?", "cate", "autoBedLevel", None, at={"material": "PETG"}, clar=True)
add(D, "Which jobs should be printed inside an enclosure to minimise failRateV2?", "policy", "enclosureUsed", "failRateV2")
add(D, "Recommend when to turn on auto bed levelling so that more orders go out on time.", "policy", "autoBedLevel", "onTimeDelivery")
add(D, "policy for printerCount to maximise custRating", "policy", "printerCount", "custRating")
add(D, "Enclosures stop prints warping and failing, and fewer failures then keep deliveries on schedule. How much of enclosureUsed -> onTimeDelivery runs via failRateV2?", "mediation", "enclosureUsed", "onTimeDelivery", "failRateV2")
add(D, "direct vs indirect: layerHeightMm on custRating via printHrs", "mediation", "layerHeightMm", "custRating", "printHrs")
add(D, "Run causal discovery on the print-job table and return the graph.", "discover")
add(D, "Which settings influence which outcomes in the print farm data? work out the causal directions", "discover")
add(D, "Remove duplicate jobIds and fix the negative printHrs values.", "unsupported")

# ---------------------------------------------------------------- 13. auctions
D = "h44_art_auctions"
add(D, "What is the average effect of `catalogue_cover` on `hammer_price`?", "ate", "catalogue_cover", "hammer_price")
add(D, "Does the auctioneer's charisma raise hammer prices?", "ate", None, "hammer_price", clar=True)
add(D, "ate guarantee on sold adj category estimate_low", "ate", "guarantee", "sold", cov=["category", "estimate_low"])
add(D, "Does a documented ownership history raise the price a painting fetches?", "ate", "provenance", None, clar=True)
add(D, "Effect of online bidding on the number of bidders, controlling for house.", "ate", "online_bidding", "bidders", cov=["house"])
add(D, "Do longer public viewings before the sale make it more likely that a lot finds a buyer?", "ate", "preview_days", "sold")
add(D, "For lots that carried a third-party guarantee, how did it affect total_price?", "ate", "guarantee", "total_price", est="att")
add(D, "Does press coverage lift the artist's market index after the sale?", "ate", "press_mentions", "artist_index_after")
add(D, "In Hong Kong sales, what is the effect of online bidding on hammer price?", "cate", "online_bidding", "hammer_price", at={"house": "hong_kong"})
add(D, "for contemporary art, effect of guarantee on bidders", "cate", "guarantee", "bidders", at={"category": "contemporary"})
add(D, "Does the effect of provenance on total_price depend on condition_score?", "cate", "provenance", "total_price")
add(D, "For living artists, what does a catalogue cover do to their market index afterwards?", "cate", "catalogue_cover", "artist_index_after", at={"artist_alive": 1})
add(D, "Which lots should get the catalogue cover to maximise the hammer price?", "policy", "catalogue_cover", "hammer_price")
add(D, "Which consignments should be offered a guarantee so that more of them sell?", "policy", "guarantee", "sold")
add(D, "Cover placement works by pulling in more bidders, who then push the hammer price up. Quantify the indirect effect of catalogue_cover on hammer_price via bidders.", "mediation", "catalogue_cover", "hammer_price", "bidders")
add(D, "How much of online bidding's effect on total_price is mediated by the number of bidders?", "mediation", "online_bidding", "total_price", "bidders")
add(D, "Learn the causal graph for the auction lot variables.", "discover")
add(D, "Give me the top 10 lots by hammer price.", "unsupported")

# ---------------------------------------------------------------- 14. hackathons
D = "h44_corp_hackathons"
add(D, "Estimate the ATE of `mentorAssigned` on `demoCompleted`.", "ate", "mentorAssigned", "demoCompleted")
add(D, "Do teams backed by a senior executive get their prototypes shipped within a year more often?", "ate", "execSponsor", "prototypeShipped12m")
add(D, "ate crossFunctional -> ideaScoreV2 adj teamSize dept", "ate", "crossFunctional", "ideaScoreV2", cov=["dept", "teamSize"])
add(D, "Using prizeUsd (set by a random draw) as an instrument, what is the effect of hoursSpent on ideaScoreV2?", "ate", "hoursSpent", "ideaScoreV2", iv="prizeUsd")
add(D, "effect of mentors on idea quality", "ate", "mentorAssigned", None, clar=True)
add(D, "Does having a mentor make teams more likely to ship a prototype?", "ate", "mentorAssigned", None, clar=True)
add(D, "For teams that had an exec sponsor, what was the effect on patents filed?", "ate", "execSponsor", "patentsFiled", est="att")
add(D, "Does working remotely lower the chance of finishing a demo, or is that spurious?", "ate", "remoteTeam", "demoCompleted")
add(D, "Within the finance department, effect of crossFunctional on prototypeShipped6m", "cate", "crossFunctional", "prototypeShipped6m", at={"dept": "finance"})
add(D, "For teams of 4 people, what does a mentor do to ideaScoreV2?", "cate", "mentorAssigned", "ideaScoreV2", at={"teamSize": 4})
add(D, "Which teams benefit most from executive sponsorship in terms of shipping within 12 months?", "cate", "execSponsor", "prototypeShipped12m")
add(D, "effect of hoursSpent on engagementPost when the team is remote", "cate", "hoursSpent", "engagementPost", at={"remoteTeam": 1})
add(D, "Which teams should be assigned a mentor to maximise demo completion?", "policy", "mentorAssigned", "demoCompleted")
add(D, "Allocate exec sponsors to maximize `prototypeShipped12m`.", "policy", "execSponsor", "prototypeShipped12m")
add(D, "who should be put in mixed-discipline teams to cut attrition over the next year", "policy", "crossFunctional", "attrition12m")
add(D, "Mentoring helps teams finish a demo, and a finished demo then gets shipped. How much of mentorAssigned -> prototypeShipped12m goes through demoCompleted?", "mediation", "mentorAssigned", "prototypeShipped12m", "demoCompleted")
add(D, "Does prize money reduce attrition12m directly or via engagementPost?", "mediation", "prizeUsd", "attrition12m", "engagementPost")
add(D, "NIE of execSponsor on patentsFiled through prototypeShipped12m", "mediation", "execSponsor", "patentsFiled", "prototypeShipped12m")
add(D, "Figure out which hackathon factors cause which.", "discover")
add(D, "Summarise engagementPre by department in a table.", "unsupported")

# ---------------------------------------------------------------- 15. spelling bees
D = "h44_spelling_bees"
add(D, "Estimate the average effect of etymology training (`etym_trn`) on advancing to regionals (`adv_regional`).", "ate", "etym_trn", "adv_regional")
add(D, "Do kids who read more each week end up knowing more words?", "ate", "rd_min_wk", "vocab_post")
add(D, "ate app_drill -> vocab_post adj vocab_pre grade_lvl", "ate", "app_drill", "vocab_post", cov=["grade_lvl", "vocab_pre"])
add(D, "How much further do spellers get in the bee if they're coached more?", "ate", "coach_hrs", None, clar=True)
add(D, "Does doing more practice bees reduce stage fright?", "ate", "mock_bee_n", "anx_scr")
add(D, "effect of coach_hrs on words_corr_pct controlling for ell and schl_typ", "ate", "coach_hrs", "words_corr_pct", cov=["schl_typ", "ell"])
add(D, "For spellers who used the drill app, what did it do to their chances of reaching nationals?", "ate", "app_drill", "adv_national", est="att")
add(D, "Does learning word origins raise the share of words spelled correctly?", "ate", "etym_trn", "words_corr_pct")
add(D, "For homeschooled spellers, what's the effect of coaching hours on rnd_reached_v2?", "cate", "coach_hrs", "rnd_reached_v2", at={"schl_typ": "homeschool"})
add(D, "Among English language learners, effect of etym_trn on words_corr_pct", "cate", "etym_trn", "words_corr_pct", at={"ell": 1})
add(D, "in 6th grade, effect of app_drill on adv_regional", "cate", "app_drill", "adv_regional", at={"grade_lvl": 6})
add(D, "Does the benefit of mock bees for nerves vary by grade?", "cate", "mock_bee_n", "anx_scr")
add(D, "Which spellers should get etymology training to maximise the number who advance to regionals?", "policy", "etym_trn", "adv_regional")
add(D, "Who should receive extra coaching hours to maximise `rnd_reached_v2`?", "policy", "coach_hrs", "rnd_reached_v2")
add(D, "Mock bees calm the nerves, and calmer spellers then get more words right. How much of mock_bee_n -> words_corr_pct is through anx_scr?", "mediation", "mock_bee_n", "words_corr_pct", "anx_scr")
add(D, "Does coaching raise the round a speller reaches by growing their vocabulary?", "mediation", "coach_hrs", None, "vocab_post", clar=True)
add(D, "Which variables cause which among the spelling bee data? Get me the DAG.", "discover")
add(D, "Predict which spellers will reach nationals next year.", "unsupported")

# ---------------------------------------------------------------- unsupported, no dataset
N = "none"
add(N, "hey there, how's your day going?", "unsupported")
add(N, "Tell me a joke about hot air balloons.", "unsupported")
add(N, "Write a SQL query that joins orders and customers on customer_id and sums the order totals.", "unsupported")
add(N, "what is the capital of mongolia", "unsupported")
add(N, "Convert this CSV file to parquet and drop the empty rows, please.", "unsupported")

# ---------------------------------------------------------------- audit
add(N, "Would our hiring chatbot give a different hiring recommendation if the applicant's race were changed but everything else in the CV stayed identical?", "audit", "race", "hiring recommendation")
add(N, "Audit the LLM loan assistant: does flipping the applicant's gender from female to male change its loan approval?", "audit", "gender", "loan approval")
add(N, "If a patient's age is swapped from 35 to 75 with all clinical details held fixed, does the AI triage assistant's priority score change?", "audit", "age", "priority score")
add(N, "Counterfactual fairness check: does the tenant-screening AI's rental decision change when only the applicant's religion is altered?", "audit", "religion", "rental decision")
add(N, "Does the GPT-based admissions screener make a different admission decision when the personal statement mentions a disability, all else equal?", "audit", "disability", "admission decision")
add(N, "test whether the customer-service bot grants a refund less often when the caller has a strong regional accent, everything else the same", "audit", "accent", "refund")
add(N, "If we change only the name on the resume from 'Emily Walsh' to 'Lakisha Washington', does the AI recruiter's shortlist decision flip?", "audit", "name", "shortlist decision")
add(N, "Is the insurance chatbot's premium quote sensitive to the customer's sexual orientation, holding everything else constant?", "audit", "sexual orientation", "premium quote")
add(N, "Would the language model suggest a lower salary offer if the candidate were a woman instead of a man, with the same qualifications?", "audit", "gender", "salary offer")
add(N, "Check whether our scholarship-ranking LLM changes its scholarship award when the student's nationality is changed and nothing else.", "audit", "nationality", "scholarship award")
add(N, "Counterfactual audit: identical medical history, different ethnicity. Does the AI's pain medication recommendation change?", "audit", "ethnicity", "pain medication recommendation")
add(N, "Does the parole-advice chatbot alter its parole recommendation when the defendant's race is swapped and the case file is otherwise unchanged?", "audit", "race", "parole recommendation")
add(N, "Would an LM marking assistant give a different essay grade if the author's stated age were 60 instead of 20, with the essay text unchanged?", "audit", "age", "essay grade")
add(N, "Does the credit-card assistant set a different credit limit for a wheelchair user than for an otherwise identical applicant?", "audit", "disability", "credit limit")
add(N, "audit: swap the pronouns in the performance review from he to she - does the AI's promotion recommendation change?", "audit", "gender", "promotion recommendation")
add(N, "We want to know whether our chatbot's mortgage decision depends on the applicant's religion when all else is held fixed.", "audit", "religion", "mortgage decision")
add(N, "Does the screening model's interview invitation change when the applicant's age is listed as 58 rather than 28 and nothing else differs?", "audit", "age", "interview invitation")
add(N, "Is the AI tutor's track placement different for a student whose voice sample has a non-native accent, all else equal?", "audit", "accent", "track placement")

# ---------------------------------------------------------------- relation (Corr2Cause style)
add(N, "Suppose a closed system has three variables A, B and C. A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?", "relation")
add(N, "Premise: A and B are independent. A correlates with C. B correlates with C. However, A and B become dependent once we condition on C. Hypothesis: C is a common effect of A and B. Is the hypothesis true?", "relation")
add(N, "There are four variables A, B, C, D. All pairs are correlated except that A is independent of D given B and C. Can we infer that A causes D?", "relation")
add(N, "A is correlated with B and A is correlated with C, but B and C are independent given A. Is A a common cause of B and C?", "relation")
add(N, "given: X and Y are correlated; X and Z are independent; Y and Z are correlated; X and Z are dependent given Y. does Y cause X?", "relation")
add(N, "Statistical facts: A correlates with B. A is independent of C. B correlates with C. Question: must there be a causal link from C to A?", "relation")
add(N, "Consider variables A, B, C, D. A correlates with every other variable. B and C are independent given A. D is independent of B and C given A. Does A cause D, or could D cause A?", "relation")
add(N, "In a system of three variables, every pair is correlated and no conditional independence holds. Can we conclude that B mediates the relationship between A and C?", "relation")
add(N, "P and Q are independent, Q and R are independent, P and R are correlated. Is Q a cause of R?", "relation")
add(N, "Premises: A correlates with C; B correlates with C; A is independent of B; A and B are dependent conditional on C; D correlates with C and D is independent of A and B given C. Does C cause D?", "relation")

# ---------------------------------------------------------------- generate
add(N, "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y, X -> Y with linear Gaussian noise.", "generate")
add(N, "Use a language model to write the structural equations for a DAG where smoking -> tar -> cancer and age affects all three, then sample 2,000 records.", "generate")
add(N, "Simulate a benchmark from this SCM: Z ~ N(0,1); T = 1[Z + U > 0]; Y = 2T + Z + e, with n = 10,000.", "generate")
add(N, "create fake data for a confounded treatment/outcome pair (confounder W drives both T and Y), 1k rows, binary treatment", "generate")
add(N, "Build a benchmark dataset with a known instrument: Z -> T -> Y and U -> T, U -> Y, U unobserved. Let an LLM pick realistic variable names and functional forms.", "generate")
add(N, "Please sample 3,000 observations from a nonlinear SCM over five variables where A -> B, A -> C, B -> D, C -> D, D -> E.", "generate")
add(N, "Have GPT define plausible equations for a collider structure (rain -> wet grass <- sprinkler) and generate a CSV of 500 rows from it.", "generate")
add(N, "Generate a synthetic mediation dataset where 40% of the treatment effect goes through the mediator; give me the data and the true effects.", "generate")
add(N, "I need simulated data from a causal graph with 8 nodes and random edges, with heterogeneous treatment effects, for benchmarking estimators.", "generate")
add(N, "Make a toy dataset from the DAG: season -> ice cream sales, season -> drownings. 365 rows, one per day.", "generate")


def main():
    rng = random.Random(SEED)
    qs = list(QUESTIONS)
    rng.shuffle(qs)
    with open("datasets.json", "w") as f:
        json.dump(DATASETS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open("questions.jsonl", "w") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")

    kinds = Counter(q["expected"]["kind"] for q in qs)
    mods = Counter()
    for q in qs:
        e = q["expected"]
        for m in ("covariates", "instrument", "estimand", "at", "clarify"):
            if m in e:
                mods[m] += 1
        if e.get("estimand"):
            mods["estimand=" + e["estimand"]] += 1
    unsup_ds = sum(1 for q in qs if q["expected"]["kind"] == "unsupported" and q["dataset"] != "none")

    styles = {
        "h44_refuel_outages": ("nuclear power plant refuelling outages", "UPPER_CASE codes"),
        "h44_therapy_dogs": ("therapy dog visiting programmes", "plain words"),
        "h44_terrarium_shops": ("terrarium and vivarium shops", "camelCase product analytics"),
        "h44_letterpress_shops": ("letterpress typesetting shops", "snake_case cryptic codes"),
        "h44_braille_services": ("braille transcription services", "camelCase"),
        "h44_balloon_operators": ("hot air balloon ride operators", "UPPER_CASE codes"),
        "h44_radio_telescope": ("radio telescope observing programmes", "snake_case cryptic codes"),
        "h44_rock_salt_mines": ("rock salt mines", "plain words"),
        "h44_seed_banks": ("agricultural seed banks", "snake_case cryptic codes"),
        "h44_sign_interp_agencies": ("sign language interpreting agencies", "camelCase"),
        "h44_submarine_patrols": ("submarine crews on patrol", "UPPER_CASE codes"),
        "h44_print_farms": ("3D print farms (contract printing)", "camelCase"),
        "h44_art_auctions": ("fine-art auction houses", "plain words"),
        "h44_corp_hackathons": ("corporate hackathons", "camelCase product analytics"),
        "h44_spelling_bees": ("school spelling bees", "snake_case cryptic codes"),
    }
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# Question set h44 (split `test`, origin `heldout44`)")
    L.append("")
    L.append("Written by data writer **h44** on %s, from its own knowledge (no project code or other "
             "question sets consulted)." % now)
    L.append("")
    L.append("Regenerate with `python3 make_h44.py` (shuffle seed 44044).")
    L.append("")
    L.append("%d questions over %d datasets (plus %d questions with `\"dataset\": \"none\"`)."
             % (len(qs), len(DATASETS), sum(1 for q in qs if q["dataset"] == "none")))
    L.append("")
    L.append("## Datasets (domain — columns — naming style)")
    L.append("")
    for name, d in DATASETS.items():
        dom, sty = styles[name]
        L.append("- `%s` — %s — %d columns (%s) — %s" % (
            name, dom, len(d["columns"]), ", ".join(d["columns"].keys()), sty))
    L.append("")
    L.append("## Counts by kind")
    L.append("")
    for k in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"):
        extra = ""
        if k == "unsupported":
            extra = " (%d with a dataset, %d with none)" % (unsup_ds, kinds[k] - unsup_ds)
        L.append("- %s: %d%s" % (k, kinds[k], extra))
    L.append("")
    L.append("## Counts by modifier")
    L.append("")
    for m in ("covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at", "clarify"):
        L.append("- %s: %d" % (m, mods[m]))
    L.append("")
    L.append("## Label conventions")
    L.append("")
    L.append("- `treatment`/`outcome`/`mediator` are exact column names; `null` where the kind has none "
             "(discover, unsupported, relation, generate) or the role cannot be resolved (with `clarify: true`).")
    L.append("- A baseline/follow-up pair named without a version (e.g. \"dust\", \"err_rate\", \"mood after patrol\", "
             "\"client satisfaction\") resolves to the follow-up column; the baseline only enters as a covariate when "
             "the question says to adjust for it.")
    L.append("- `clarify: true` when the outcome is ambiguous between parallel columns with nothing to pick "
             "(30d/90d, 6m/12m, 12m/24m, v1/v2 scores, count vs rate, hammer vs total price, gross vs net/adjusted "
             "revenue), when the named variable is absent (blood pressure, melatonin, auctioneer charisma), or when "
             "the direction is unstated (both roles null). Near-synonyms are only resolved when the question "
             "words one of them (\"inflation-adjusted\", \"gross\", \"rate\", \"v2\", the column name).")
    L.append("- `covariates` only when the question says adjust/control/hold fixed; listed in dataset column order. "
             "Mentions of \"confounding\" without naming variables add no covariates.")
    L.append("- `estimand`: `att` for effects on those treated/who adopted; `atc` for \"those who did not\".")
    L.append("- `at`: subgroup or value conditions; numbers for numeric/binary columns (binary subgroup = 1), "
             "level strings for categoricals. Heterogeneity questions (\"how does it vary\", \"for whom largest\") "
             "are `cate` without `at`.")
    L.append("- Policy: treatment = action column, outcome = goal column.")
    L.append("- Audit: treatment = attribute as a short phrase; outcome = shortest noun phrase for the decision "
             "used in the question.")
    L.append("- `instrument` only when a column is explicitly called an instrument/IV.")
    with open("README.md", "w") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
