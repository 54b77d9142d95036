#!/usr/bin/env python3
"""Generator for question set h49 (split test, origin heldout49).

Running `python3 make_h49.py` in this directory regenerates datasets.json and
questions.jsonl byte for byte (only randomness: seeded shuffle, seed 49049).
"""
import json
import random

SPLIT = "test"
ORIGIN = "heldout49"
SEED = 49049

# ---------------------------------------------------------------- datasets
# column spec: (name, type, values)
DS = {}


def ds(name, description, cols):
    DS[name] = {
        "description": description,
        "columns": {c: {"type": t, "values": v} for c, t, v in cols},
    }


B = [0, 1, 1]
B2 = [1, 0, 0]

# 1. au pair agencies -- snake_case cryptic codes
ds("h49_aupair", "Au pair placements arranged by agencies: pre-arrival language training, orientation, "
   "host-family home checks, match scores and placement outcomes.", [
    ("agcy_id", "id", ["AG0012", "AG0147", "AG0388"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("lang_trn", "binary", B),
    ("orient_hrs", "numeric", [4, 12, 20]),
    ("host_chk", "binary", B2),
    ("ap_age", "numeric", [18, 22, 26]),
    ("n_kids", "numeric", [1, 2, 4]),
    ("fee_eur", "numeric", [350, 600, 950]),
    ("match_scr", "numeric", [62.5, 78.0, 91.2]),
    ("match_scr_v2", "numeric", [0.55, 0.71, 0.88]),
    ("sat_3m", "numeric", [3.1, 4.0, 4.6]),
    ("sat_12m", "numeric", [2.8, 3.9, 4.7]),
    ("early_term", "binary", [0, 0, 1]),
    ("rematch_30d", "binary", [0, 1, 0]),
    ("rematch_90d", "binary", [0, 1, 1]),
    ("cntry_orig", "categorical", ["PH", "ES", "DE", "BR", "ZA"]),
    ("prior_cc", "binary", B),
])

# 2. organ donation programmes -- camelCase
ds("h49_organ_donation", "Hospital-level organ donation programme data: specialist nurses, deemed-consent law, "
   "family-approach training, consent and donor rates.", [
    ("hospitalId", "id", ["H-1021", "H-1188", "H-2304"]),
    ("hasSpecNurse", "binary", B),
    ("optOutLaw", "binary", B2),
    ("familyApproachTrained", "binary", B),
    ("icuBeds", "numeric", [8, 20, 46]),
    ("eligibleDonors", "numeric", [3, 11, 27]),
    ("consentRate", "numeric", [0.48, 0.61, 0.72]),
    ("consentRatio", "numeric", [0.92, 1.57, 2.6]),
    ("donorsPerMillion", "numeric", [14.2, 21.8, 33.0]),
    ("donorsPerMillionPrior", "numeric", [12.9, 19.5, 28.4]),
    ("referralRate", "numeric", [0.71, 0.85, 0.96]),
    ("awarenessCampaign", "binary", B2),
    ("regType", "categorical", ["urban", "rural", "mixed"]),
    ("avgDonorAge", "numeric", [44.5, 52.1, 58.9]),
    ("transplantsPerYr", "numeric", [9, 26, 61]),
    ("familyRefusals30d", "numeric", [0, 2, 5]),
    ("familyRefusals90d", "numeric", [1, 5, 12]),
])

# 3. air ambulance services -- snake_case cryptic codes
ds("h49_air_ambulance", "Helicopter emergency medical service missions: doctor on board, night operations, "
   "dispatch and flight details, scene interventions and patient outcomes.", [
    ("msn_id", "id", ["M20231", "M20232", "M20577"]),
    ("hems_dr", "binary", B),
    ("night_ops", "binary", B2),
    ("disp_min", "numeric", [2.5, 6.0, 14.0]),
    ("fly_km", "numeric", [12, 48, 110]),
    ("acft_type", "categorical", ["EC135", "AW169", "H145"]),
    ("iss", "numeric", [9, 25, 41]),
    ("gcs_scn", "numeric", [5, 11, 15]),
    ("gcs_adm", "numeric", [6, 12, 15]),
    ("pt_age", "numeric", [19, 47, 82]),
    ("wx_cat", "categorical", ["clear", "marginal", "poor"]),
    ("rsi_scn", "binary", [0, 1, 0]),
    ("mort_24h", "binary", [0, 0, 1]),
    ("mort_30d", "binary", [0, 1, 1]),
    ("icu_los", "numeric", [0, 3.5, 12]),
    ("t2ct_min", "numeric", [22, 41, 75]),
    ("base_cd", "categorical", ["B1", "B2", "B3", "B4"]),
])

# 4. coast guard stations -- UPPER_CASE codes
ds("h49_coast_guard", "Coast guard lifeboat stations: boat upgrades, crew and drills, staffing pattern, "
   "response times by day and night, lives saved and fatal incidents.", [
    ("STN_ID", "id", ["CG-014", "CG-102", "CG-233"]),
    ("RIB_UPGR", "binary", B),
    ("CREW_SZ", "numeric", [6, 8, 14]),
    ("DRILL_HRS_WK", "numeric", [2, 4.5, 8]),
    ("SEA_STATE", "numeric", [2, 4, 6]),
    ("RESP_MIN_DAY", "numeric", [9, 14, 22]),
    ("RESP_MIN_NIGHT", "numeric", [12, 19, 31]),
    ("LIVES_SAVED", "numeric", [3, 11, 27]),
    ("LIVES_SAVED_PRIOR", "numeric", [2, 9, 24]),
    ("CALLOUTS_YR", "numeric", [40, 95, 210]),
    ("SHIFT_24H", "binary", B2),
    ("REGION", "categorical", ["NORTH_SEA", "CHANNEL", "IRISH_SEA", "ATLANTIC"]),
    ("DIST_SHIPLANE_KM", "numeric", [3.2, 11.8, 40.5]),
    ("VOL_RATIO", "numeric", [0.4, 1.2, 3.5]),
    ("VOL_RATE", "numeric", [0.3, 0.55, 0.78]),
    ("FATAL_INC", "numeric", [0, 1, 4]),
    ("AIS_TRACK", "binary", B),
])

# 5. search and rescue teams -- UPPER_CASE codes
ds("h49_sar_teams", "Inland search and rescue teams: drone and dog units, training, terrain, search "
   "durations, find rates, subject survival and volunteer turnover.", [
    ("TEAM_ID", "id", ["SAR07", "SAR19", "SAR42"]),
    ("DRONE_UNIT", "binary", B),
    ("K9_UNIT", "binary", B2),
    ("TRN_HRS", "numeric", [40, 85, 140]),
    ("TRN_HRS_V2", "numeric", [36, 90, 151]),
    ("TERRAIN", "categorical", ["MOUNTAIN", "FOREST", "MOOR", "URBAN"]),
    ("MBR_CNT", "numeric", [12, 30, 58]),
    ("SRCH_HRS", "numeric", [1.5, 6, 19]),
    ("FIND_RATE", "numeric", [0.62, 0.81, 0.94]),
    ("FIND_PCT", "numeric", [60, 79, 95]),
    ("SUBJ_SURV", "binary", [1, 1, 0]),
    ("TEMP_C", "numeric", [-8, 4, 17]),
    ("GPS_BEACON", "binary", B2),
    ("RADIO_UPG", "binary", B),
    ("ARR_MIN", "numeric", [25, 48, 95]),
    ("VOL_TURNOVER_6M", "numeric", [0.02, 0.08, 0.15]),
    ("VOL_TURNOVER_12M", "numeric", [0.05, 0.14, 0.27]),
])

# 6. polder water boards -- snake_case cryptic codes
ds("h49_polder_boards", "Polder water boards managing dikes: dike reinforcement, pumping capacity, "
   "inspections, groundwater, subsidence, seepage and flood damage.", [
    ("wb_id", "id", ["WB-NH03", "WB-ZH11", "WB-FR02"]),
    ("dk_rnf", "binary", B),
    ("pmp_cap_m3s", "numeric", [4.5, 18, 60]),
    ("insp_freq", "numeric", [1, 4, 12]),
    ("gw_lvl_pre", "numeric", [-2.4, -1.1, -0.3]),
    ("gw_lvl_post", "numeric", [-2.6, -1.3, -0.4]),
    ("subs_mm", "numeric", [2, 7, 15]),
    ("soil_typ", "categorical", ["clay", "peat", "sand"]),
    ("flood_evt_5y", "numeric", [0, 1, 3]),
    ("flood_evt_10y", "numeric", [0, 2, 6]),
    ("seep_idx", "numeric", [0.12, 0.35, 0.71]),
    ("seep_idx_v2", "numeric", [1.4, 3.2, 6.8]),
    ("levy_eur", "numeric", [120, 210, 340]),
    ("rain_mm", "numeric", [720, 850, 1010]),
    ("sensor_net", "binary", B2),
    ("area_ha", "numeric", [1200, 5000, 18000]),
    ("dmg_meur", "numeric", [0, 0.8, 14.5]),
])

# 7. household bin collection rounds -- plain words
ds("h49_bin_rounds", "Council household bin collection rounds: fortnightly switch, crews, food caddies, "
   "leaflets, recycling, missed bins and complaints.", [
    ("round_id", "id", ["R-101", "R-214", "R-330"]),
    ("collection_day", "categorical", ["monday", "tuesday", "wednesday", "thursday", "friday"]),
    ("fortnightly", "binary", B),
    ("crew_size", "numeric", [2, 3, 4]),
    ("households", "numeric", [850, 1400, 2200]),
    ("food_caddy", "binary", B2),
    ("recycling_rate", "numeric", [0.38, 0.46, 0.57]),
    ("recycling_ratio", "numeric", [0.61, 0.85, 1.33]),
    ("missed_bins_before", "numeric", [4, 12, 31]),
    ("missed_bins_after", "numeric", [2, 9, 27]),
    ("complaints", "numeric", [0, 6, 19]),
    ("contamination", "numeric", [0.04, 0.09, 0.17]),
    ("route_length", "numeric", [18, 32, 55]),
    ("truck_age", "numeric", [1, 6, 12]),
    ("leaflet", "binary", B),
    ("residual_waste", "numeric", [6.2, 8.9, 11.4]),
    ("area_type", "categorical", ["urban", "suburban", "rural"]),
])

# 8. street cleaning crews -- UPPER_CASE codes
ds("h49_street_cleaning", "Street cleaning crews: mechanical sweepers, shifts, litter index before and after, "
   "fly-tipping reports on weekdays and weekends, enforcement and resident satisfaction.", [
    ("CREW_ID", "id", ["SC-01", "SC-17", "SC-44"]),
    ("MECH_SWEEPER", "binary", B),
    ("SHIFT", "categorical", ["EARLY", "LATE", "NIGHT"]),
    ("CREW_N", "numeric", [2, 4, 7]),
    ("LITTER_IDX_PRE", "numeric", [22, 41, 68]),
    ("LITTER_IDX_POST", "numeric", [15, 33, 60]),
    ("BIN_DENSITY", "numeric", [3, 8, 15]),
    ("FOOTFALL_K", "numeric", [2.5, 12, 40]),
    ("FLYTIP_RPT_WKDAY", "numeric", [0, 4, 13]),
    ("FLYTIP_RPT_WKEND", "numeric", [1, 5, 17]),
    ("FINES_ISSUED", "numeric", [0, 7, 25]),
    ("ENF_OFFICER", "binary", B2),
    ("CLEAN_SCORE", "numeric", [61, 74, 88]),
    ("CLEAN_SCORE_V2", "numeric", [3.2, 3.9, 4.5]),
    ("WARD_TYPE", "categorical", ["RESIDENTIAL", "COMMERCIAL", "MIXED"]),
    ("RESIDENT_SAT", "numeric", [2.9, 3.6, 4.3]),
    ("GUM_REMOVAL", "binary", B),
])

# 9. charity shops -- plain words
ds("h49_charity_shops", "Charity shops: Gift Aid prompts, window displays, volunteers and paid managers, "
   "donations in, footfall and weekly sales.", [
    ("shop_id", "id", ["CS-0031", "CS-0210", "CS-0457"]),
    ("gift_aid_prompt", "binary", B),
    ("window_refresh", "binary", B2),
    ("volunteers", "numeric", [4, 10, 22]),
    ("volunteer_hours", "numeric", [60, 140, 310]),
    ("paid_manager", "binary", B),
    ("high_street", "binary", [1, 0, 1]),
    ("floor_space", "numeric", [55, 120, 240]),
    ("donations_in", "numeric", [40, 95, 180]),
    ("weekly_sales", "numeric", [900, 1850, 3400]),
    ("weekly_sales_last_year", "numeric", [850, 1700, 3100]),
    ("footfall", "numeric", [300, 750, 1600]),
    ("gift_aid_rate", "numeric", [0.22, 0.38, 0.55]),
    ("gift_aid_share", "numeric", [0.15, 0.29, 0.41]),
    ("online_listing", "binary", B2),
    ("price_level", "numeric", [0.8, 1.0, 1.3]),
    ("town_size", "categorical", ["village", "small town", "city"]),
])

# 10. laser tag arenas -- camelCase product analytics
ds("h49_laser_tag", "Laser tag arenas: loyalty app, themed nights, vest upgrades, pricing, repeat "
   "visits, NPS and revenue per visitor.", [
    ("arenaId", "id", ["LT-08", "LT-23", "LT-61"]),
    ("loyaltyApp", "binary", B),
    ("themedNight", "binary", B2),
    ("ticketPrice", "numeric", [9.5, 15, 22]),
    ("gamesPerVisit", "numeric", [1.4, 2.2, 3.1]),
    ("visitsPerMo", "numeric", [0.6, 1.3, 2.8]),
    ("repeatVisit30d", "binary", [0, 1, 0]),
    ("repeatVisit90d", "binary", [0, 1, 1]),
    ("partyBookings", "numeric", [4, 12, 30]),
    ("npsScore", "numeric", [18, 41, 66]),
    ("npsScoreV2", "numeric", [6.2, 7.8, 9.1]),
    ("vestUpgrade", "binary", B),
    ("arenaSqm", "numeric", [350, 800, 1500]),
    ("cityTier", "categorical", ["tier1", "tier2", "tier3"]),
    ("avgPlayerAge", "numeric", [11, 16, 27]),
    ("revenuePerVisitor", "numeric", [14.5, 21.0, 33.8]),
    ("staffOnFloor", "numeric", [2, 4, 7]),
])

# 11. go-kart tracks -- snake_case cryptic codes
ds("h49_gokart", "Go-kart tracks: electric fleets, safety briefing video, kart power, lap times, "
   "injury rates, prices and rider return.", [
    ("trk_id", "id", ["GK-02", "GK-15", "GK-39"]),
    ("ev_fleet", "binary", B),
    ("brf_vid", "binary", B2),
    ("lap_len_m", "numeric", [400, 800, 1250]),
    ("kart_hp", "numeric", [6.5, 9, 13]),
    ("avg_lap_s", "numeric", [31.2, 44.8, 62.0]),
    ("inj_rt", "numeric", [0.4, 1.1, 2.7]),
    ("inj_rt_prev", "numeric", [0.5, 1.3, 3.0]),
    ("sess_px", "numeric", [18, 25, 39]),
    ("rider_age", "numeric", [12, 16, 34]),
    ("rtn_60d", "binary", [0, 1, 0]),
    ("rtn_180d", "binary", [1, 1, 0]),
    ("indoor", "binary", [1, 0, 1]),
    ("rev_k", "numeric", [42, 110, 260]),
    ("noise_db", "numeric", [68, 79, 91]),
    ("marshal_n", "numeric", [1, 3, 5]),
    ("wx", "categorical", ["dry", "wet"]),
])

# 12. haunted house attractions -- camelCase
ds("h49_haunted_house", "Haunted house attractions: live actors, scare intensity, queues on weekdays and "
   "weekends, walkouts, ad spend, attendance and reviews.", [
    ("attractionId", "id", ["HH-005", "HH-031", "HH-077"]),
    ("liveActors", "binary", B),
    ("actorCount", "numeric", [0, 8, 25]),
    ("scareIntensity", "numeric", [3, 6, 9]),
    ("ticketPriceUsd", "numeric", [18, 30, 45]),
    ("queueMinWeekday", "numeric", [5, 15, 35]),
    ("queueMinWeekend", "numeric", [20, 45, 110]),
    ("walkoutRate", "numeric", [0.01, 0.04, 0.11]),
    ("walkoutPct", "numeric", [1.5, 4.2, 10.8]),
    ("socialAdSpend", "numeric", [500, 2500, 9000]),
    ("attendance", "numeric", [4200, 11800, 36500]),
    ("attendanceLastSeason", "numeric", [3900, 10400, 33000]),
    ("reviewStars", "numeric", [3.1, 4.0, 4.8]),
    ("fogMachines", "numeric", [1, 4, 9]),
    ("minAge", "numeric", [8, 13, 16]),
    ("themeType", "categorical", ["asylum", "zombie", "ghost", "clown"]),
    ("fastPassOffered", "binary", B2),
])

# 13. soft play centres -- plain words
ds("h49_soft_play", "Soft play centres: toddler zones, cafes, staffing, session length, accidents before "
   "and after, cleaning, parent ratings, memberships and party revenue.", [
    ("centre_id", "id", ["SP-12", "SP-40", "SP-88"]),
    ("toddler_zone", "binary", B),
    ("cafe_onsite", "binary", [1, 1, 0]),
    ("entry_price", "numeric", [5.5, 8, 11]),
    ("staff_on_duty", "numeric", [3, 5, 9]),
    ("session_length", "numeric", [60, 90, 120]),
    ("visits_per_month", "numeric", [900, 2100, 4800]),
    ("accidents_before", "numeric", [1, 4, 11]),
    ("accidents_after", "numeric", [0, 3, 9]),
    ("cleaning_frequency", "numeric", [1, 3, 6]),
    ("parent_rating", "numeric", [3.4, 4.1, 4.7]),
    ("parent_rating_revised", "numeric", [62, 75, 90]),
    ("membership_scheme", "binary", B2),
    ("party_revenue", "numeric", [1200, 3800, 9100]),
    ("school_holiday", "binary", [0, 1, 0]),
    ("location", "categorical", ["retail park", "town centre", "industrial estate"]),
    ("capacity", "numeric", [80, 150, 300]),
])

# 14. bouncy castle hire firms -- camelCase
ds("h49_bouncy_castle", "Bouncy castle hire bookings: anchor kit upgrades, online booking, supervision, "
   "wind, damage claims, injuries, repeat hire and reviews.", [
    ("bookingId", "id", ["BC-10021", "BC-10388", "BC-11902"]),
    ("anchorKitUpgrade", "binary", B),
    ("onlineBooking", "binary", [1, 1, 0]),
    ("castleSizeFt", "numeric", [10, 15, 24]),
    ("hirePriceGbp", "numeric", [65, 110, 240]),
    ("windSpeedMph", "numeric", [4, 12, 23]),
    ("supervisorIncluded", "binary", B2),
    ("damageClaim", "binary", [0, 0, 1]),
    ("injuryReport", "binary", [0, 1, 0]),
    ("repeatHire6m", "binary", [0, 1, 0]),
    ("repeatHire12m", "binary", [1, 1, 0]),
    ("reviewScore", "numeric", [3.5, 4.4, 5.0]),
    ("reviewScoreV2", "numeric", [70, 84, 97]),
    ("deliveryKm", "numeric", [3, 14, 38]),
    ("eventType", "categorical", ["birthday", "wedding", "school fete", "corporate"]),
    ("depositTaken", "binary", B),
    ("kidsAttending", "numeric", [8, 20, 60]),
])

# 15. school crossing patrols -- snake_case cryptic codes
ds("h49_crossing_patrols", "School crossing patrol sites: patrol presence, flashing signs, speeds before "
   "and after, traffic volumes, near misses, casualties and walking to school.", [
    ("site_id", "id", ["XP-003", "XP-117", "XP-254"]),
    ("xing_ptl", "binary", B),
    ("flash_sgn", "binary", B2),
    ("spd_lim", "numeric", [20, 30, 40]),
    ("avg_spd_pre", "numeric", [22.5, 28.1, 36.4]),
    ("avg_spd_post", "numeric", [19.8, 25.6, 34.0]),
    ("veh_vol_am", "numeric", [180, 420, 960]),
    ("veh_vol_pm", "numeric", [150, 390, 880]),
    ("ped_cnt", "numeric", [40, 130, 310]),
    ("near_miss", "numeric", [0, 3, 9]),
    ("kslt_3y", "numeric", [0, 1, 3]),
    ("walk_shr", "numeric", [0.31, 0.48, 0.66]),
    ("walk_pct", "numeric", [29, 47, 68]),
    ("hi_vis", "binary", B),
    ("sch_typ", "categorical", ["primary", "secondary", "infant"]),
    ("imd_q", "numeric", [1, 3, 5]),
    ("ptl_yrs", "numeric", [0.5, 4, 15]),
])

# ---------------------------------------------------------------- questions
QS = []


def q(dataset, question, kind, t=None, y=None, m=None, **extra):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in extra:
            exp[k] = extra.pop(k)
    assert not extra, extra
    if dataset != "none":
        cols = list(DS[dataset]["columns"])
        for role in (t, y, m):
            assert role is None or role in cols, (dataset, role)
        for c in exp.get("covariates", []):
            assert c in cols, (dataset, c)
        if "instrument" in exp:
            assert exp["instrument"] in cols
        for c in exp.get("at", {}):
            assert c in cols, (dataset, c)
    else:
        cols = None
    QS.append({"question": question, "dataset": dataset, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp})


C = True  # clarify marker

# ---- 1. au pair
d = "h49_aupair"
q(d, "Estimate the average treatment effect of `lang_trn` on `early_term`.", "ate", "lang_trn", "early_term")
q(d, "Does giving au pairs language classes before they arrive make host families happier a year into the placement?",
  "ate", "lang_trn", "sat_12m")
q(d, "ate orient_hrs -> sat_3m adj ap_age, n_kids", "ate", "orient_hrs", "sat_3m", covariates=["ap_age", "n_kids"])
q(d, "Is early termination of placements reduced by home visits to host families, or is that just confounding by region and fee level (fee_eur)?",
  "ate", "host_chk", "early_term", covariates=["region", "fee_eur"])
q(d, "What is the effect of the agency fee (fee_eur) on the v2 match score (match_scr_v2)?", "ate", "fee_eur", "match_scr_v2")
q(d, "efect of prior childcare experience on getting rematched", "ate", "prior_cc", None, clarify=True)
q(d, "For the agencies that did carry out host checks, how much did the checks cut rematching within 90 days?",
  "ate", "host_chk", "rematch_90d", estimand="att")
q(d, "Do more hours of orientation cause fewer placements to break down early?", "ate", "orient_hrs", "early_term")
q(d, "Effect of lang_trn on sat_12m among au pairs from the Philippines (cntry_orig = PH).", "cate", "lang_trn", "sat_12m",
  at={"cntry_orig": "PH"})
q(d, "How does the effect of home checks on early termination vary with the number of children in the host family?",
  "cate", "host_chk", "early_term")
q(d, "Under the condition that the au pair is 19, what does an extra hour of orientation do to satisfaction at three months?",
  "cate", "orient_hrs", "sat_3m", at={"ap_age": 19})
q(d, "in the west region does language training lower the chance of a rematch within 30 days", "cate", "lang_trn",
  "rematch_30d", at={"region": "west"})
q(d, "Which agencies should we prioritise for funded language training (`lang_trn`) to minimise `early_term`?",
  "policy", "lang_trn", "early_term")
q(d, "Design a targeting rule: which host families should get a pre-placement home visit so that satisfaction at 12 months is maximised?",
  "policy", "host_chk", "sat_12m")
q(d, "who should get extra orientation hours to keep rematch_90d low", "policy", "orient_hrs", "rematch_90d")
q(d, "How much of the effect of language training on 12-month host satisfaction runs through a better match score (match_scr)?",
  "mediation", "lang_trn", "sat_12m", "match_scr")
q(d, "Home checks work by improving the match, which then keeps placements from ending early; quantify the indirect path via match_scr_v2.",
  "mediation", "host_chk", "early_term", "match_scr_v2")
q(d, "mediation: orient_hrs -> sat_3m -> early_term", "mediation", "orient_hrs", "early_term", "sat_3m")
q(d, "Which of these agency variables drive which? Map out the causal structure.", "discover")
q(d, "Learn a DAG over lang_trn, orient_hrs, host_chk, match_scr, sat_12m and early_term.", "discover")
q(d, "Plot the distribution of fee_eur by region.", "unsupported")

# ---- 2. organ donation
d = "h49_organ_donation"
q(d, "Does switching to an opt-out (deemed consent) law actually raise deceased donors per million population?",
  "ate", "optOutLaw", "donorsPerMillion")
q(d, "Estimate the ATE of `hasSpecNurse` on `consentRate`, controlling for `icuBeds` and `regType`.", "ate",
  "hasSpecNurse", "consentRate", covariates=["icuBeds", "regType"])
q(d, "What happens to family consent when the staff who approach families have been trained?", "ate",
  "familyApproachTrained", None, clarify=True)
q(d, "Is the number of transplants per year pushed up by public awareness campaigns, or is it confounded by ICU bed count?",
  "ate", "awarenessCampaign", "transplantsPerYr", covariates=["icuBeds"])
q(d, "effect of familyApproachTrained on familyRefusals90d", "ate", "familyApproachTrained", "familyRefusals90d")
q(d, "Did the hospitals that embedded a specialist nurse see more referrals because of it? (effect on the treated)",
  "ate", "hasSpecNurse", "referralRate", estimand="att")
q(d, "Estimate the effect of referral rate on donors per million, using the opt-out law as an instrument.", "ate",
  "referralRate", "donorsPerMillion", instrument="optOutLaw")
q(d, "Would hospitals without a specialist donation nurse perform more transplants if they got one?", "ate",
  "hasSpecNurse", "transplantsPerYr", estimand="atc")
q(d, "Among rural hospitals (regType = rural), what's the effect of opt-out legislation on donorsPerMillion?", "cate",
  "optOutLaw", "donorsPerMillion", at={"regType": "rural"})
q(d, "How does the benefit of specialist nurses on consentRate vary with average donor age?", "cate",
  "hasSpecNurse", "consentRate")
q(d, "effect of awarenessCampaign on familyRefusals30d when icuBeds = 20", "cate", "awarenessCampaign",
  "familyRefusals30d", at={"icuBeds": 20})
q(d, "For which kinds of hospital is family-approach training most effective at lifting the consent rate (consentRate)?",
  "cate", "familyApproachTrained", "consentRate")
q(d, "Which hospitals should receive a specialist nurse (hasSpecNurse) to maximise donorsPerMillion?", "policy",
  "hasSpecNurse", "donorsPerMillion")
q(d, "Allocate a limited budget of awareness campaigns across hospitals so that yearly transplants go up the most.",
  "policy", "awarenessCampaign", "transplantsPerYr")
q(d, "targeting rule for family approach training, goal: fewer family refusals within 90 days", "policy",
  "familyApproachTrained", "familyRefusals90d")
q(d, "How much of the opt-out law's effect on donors per million is mediated by higher referral rates?", "mediation",
  "optOutLaw", "donorsPerMillion", "referralRate")
q(d, "Specialist nurses work by raising consent (consentRate), which then increases transplants; split the effect into direct and indirect parts.",
  "mediation", "hasSpecNurse", "transplantsPerYr", "consentRate")
q(d, "indirect effect of familyApproachTrained on transplantsPerYr via familyRefusals30d", "mediation",
  "familyApproachTrained", "transplantsPerYr", "familyRefusals30d")
q(d, "Recover the causal graph among the organ donation variables.", "discover")
q(d, "What causes what here? I'd like to know which hospital factors feed into which others, no hypothesis in mind.", "discover")
q(d, "Forecast next year's transplantsPerYr for each hospital.", "unsupported")

# ---- 3. air ambulance
d = "h49_air_ambulance"
q(d, "Does having a doctor on board the helicopter reduce 30-day mortality?", "ate", "hems_dr", "mort_30d")
q(d, "ATE of `rsi_scn` on `icu_los`, adjusting for `iss` and `pt_age`.", "ate", "rsi_scn", "icu_los",
  covariates=["iss", "pt_age"])
q(d, "Do night missions lead to a longer wait before the patient gets a CT scan?", "ate", "night_ops", "t2ct_min")
q(d, "effect of dispatch delay on death", "ate", "disp_min", None, clarify=True)
q(d, "Is the patient's level of consciousness on reaching hospital improved by pre-hospital anaesthesia and intubation?",
  "ate", "rsi_scn", "gcs_adm")
q(d, "Among missions that had a physician aboard, how much did the physician change 24-hour mortality?", "ate",
  "hems_dr", "mort_24h", estimand="att")
q(d, "Causal effect of fly_km on mort_24h, controlling for wx_cat.", "ate", "fly_km", "mort_24h", covariates=["wx_cat"])
q(d, "Does flight distance cause longer intensive-care stays, or is it just that sicker patients get flown further?",
  "ate", "fly_km", "icu_los")
q(d, "What is the effect of a doctor on board on 30-day mortality for patients with an ISS of 25?", "cate", "hems_dr",
  "mort_30d", at={"iss": 25})
q(d, "effect of rsi_scn on mort_30d in poor weather (wx_cat = poor)", "cate", "rsi_scn", "mort_30d",
  at={"wx_cat": "poor"})
q(d, "Does the benefit of physician-staffed missions on mortality at 30 days differ by patient age?", "cate", "hems_dr",
  "mort_30d")
q(d, "For a 70-year-old patient, how does each extra minute of dispatch time change the time to CT?", "cate",
  "disp_min", "t2ct_min", at={"pt_age": 70})
q(d, "Which missions should be flown with a doctor on board (hems_dr) to minimise mort_30d?", "policy", "hems_dr",
  "mort_30d")
q(d, "Derive a rule for when crews should intubate on scene so that ICU length of stay is cut.", "policy", "rsi_scn",
  "icu_los")
q(d, "which calls should we fly at night vs hold till morning, goal lower 24h mortality", "policy", "night_ops",
  "mort_24h")
q(d, "How much of the doctor-on-board effect on 30-day mortality goes through scene intubation?", "mediation",
  "hems_dr", "mort_30d", "rsi_scn")
q(d, "Dispatch delays work by pushing back the CT scan, which then raises 24-hour mortality. How big is that indirect path?",
  "mediation", "disp_min", "mort_24h", "t2ct_min")
q(d, "mediation analysis: T = rsi_scn, M = gcs_adm, Y = icu_los", "mediation", "rsi_scn", "icu_los", "gcs_adm")
q(d, "Learn the causal structure among dispatch time, flight distance, injury severity, intubation and mortality.",
  "discover")
q(d, "run causal discovery on h49_air_ambulance", "discover")
q(d, "What's the mean icu_los by base_cd?", "unsupported")

# ---- 4. coast guard
d = "h49_coast_guard"
q(d, "Estimate the effect of `RIB_UPGR` on `LIVES_SAVED`.", "ate", "RIB_UPGR", "LIVES_SAVED")
q(d, "Does moving a station to round-the-clock staffing cut how long crews take to launch after dark?", "ate",
  "SHIFT_24H", "RESP_MIN_NIGHT")
q(d, "ate DRILL_HRS_WK on FATAL_INC adj CREW_SZ SEA_STATE", "ate", "DRILL_HRS_WK", "FATAL_INC",
  covariates=["CREW_SZ", "SEA_STATE"])
q(d, "Do AIS tracking systems speed up response?", "ate", "AIS_TRACK", None, clarify=True)
q(d, "Are fatal incidents lowered by having a bigger crew, or is that confounding by REGION?", "ate", "CREW_SZ",
  "FATAL_INC", covariates=["REGION"])
q(d, "What effect did the new rigid inflatable have on daytime response times at the stations that received it?",
  "ate", "RIB_UPGR", "RESP_MIN_DAY", estimand="att")
q(d, "How does the volunteer share of the crew affect lives saved?", "ate", None, "LIVES_SAVED", clarify=True)
q(d, "Effect of weekly drill hours on lives saved, using distance to the nearest shipping lane (DIST_SHIPLANE_KM) as an instrument.",
  "ate", "DRILL_HRS_WK", "LIVES_SAVED", instrument="DIST_SHIPLANE_KM")
q(d, "Effect of RIB_UPGR on FATAL_INC in the Atlantic region.", "cate", "RIB_UPGR", "FATAL_INC",
  at={"REGION": "ATLANTIC"})
q(d, "When the sea state is 5, how much does a new RIB shorten daytime response?", "cate", "RIB_UPGR", "RESP_MIN_DAY",
  at={"SEA_STATE": 5})
q(d, "how does the effect of 24h staffing on lives saved vary with callout volume", "cate", "SHIFT_24H", "LIVES_SAVED")
q(d, "For stations with a crew of 8, what is the effect of drill hours on night response minutes?", "cate",
  "DRILL_HRS_WK", "RESP_MIN_NIGHT", at={"CREW_SZ": 8})
q(d, "Which stations should get the new RIB first to maximise LIVES_SAVED?", "policy", "RIB_UPGR", "LIVES_SAVED")
q(d, "Where should 24-hour staffing be rolled out to minimise fatal incidents?", "policy", "SHIFT_24H", "FATAL_INC")
q(d, "policy: assign AIS_TRACK to stations, objective RESP_MIN_DAY", "policy", "AIS_TRACK", "RESP_MIN_DAY")
q(d, "How much of the effect of drill hours on lives saved is explained by faster daytime response (RESP_MIN_DAY)?",
  "mediation", "DRILL_HRS_WK", "LIVES_SAVED", "RESP_MIN_DAY")
q(d, "Round-the-clock staffing works by shortening night response times, which then cuts fatalities; decompose into direct and indirect effects.",
  "mediation", "SHIFT_24H", "FATAL_INC", "RESP_MIN_NIGHT")
q(d, "Is the RIB upgrade's effect on FATAL_INC mediated by RESP_MIN_DAY?", "mediation", "RIB_UPGR", "FATAL_INC",
  "RESP_MIN_DAY")
q(d, "Which station characteristics cause which outcomes? Learn the dependency structure from the data.", "discover")
q(d, "Estimate a causal DAG for the coast guard stations table.", "discover")
q(d, "Write a SQL query returning stations with more than 100 callouts a year.", "unsupported")

# ---- 5. SAR teams
d = "h49_sar_teams"
q(d, "Does deploying a drone unit shorten search duration (SRCH_HRS)?", "ate", "DRONE_UNIT", "SRCH_HRS")
q(d, "Effect of K9_UNIT on SUBJ_SURV controlling for TERRAIN and TEMP_C.", "ate", "K9_UNIT", "SUBJ_SURV",
  covariates=["TERRAIN", "TEMP_C"])
q(d, "Does helicopter support improve the odds that the missing person is found alive?", "ate", None, "SUBJ_SURV",
  clarify=True)
q(d, "ate of training hours on subject survival", "ate", None, "SUBJ_SURV", clarify=True)
q(d, "Is survival of the missing person raised by their carrying a GPS beacon?", "ate", "GPS_BEACON", "SUBJ_SURV")
q(d, "effect of RADIO_UPG on ARR_MIN", "ate", "RADIO_UPG", "ARR_MIN")
q(d, "Did the radio upgrade reduce 12-month volunteer turnover for the teams that took it up?", "ate", "RADIO_UPG",
  "VOL_TURNOVER_12M", estimand="att")
q(d, "How many minutes sooner would teams without drones reach the subject if they were given one?", "ate",
  "DRONE_UNIT", "ARR_MIN", estimand="atc")
q(d, "Effect of DRONE_UNIT on FIND_PCT in MOUNTAIN terrain.", "cate", "DRONE_UNIT", "FIND_PCT",
  at={"TERRAIN": "MOUNTAIN"})
q(d, "At -5 °C, how much does a beacon raise the chance the subject is found alive?", "cate", "GPS_BEACON",
  "SUBJ_SURV", at={"TEMP_C": -5})
q(d, "heterogeneity of K9 effect on SRCH_HRS by team size", "cate", "K9_UNIT", "SRCH_HRS")
q(d, "For teams with 30 members, what is the effect of TRN_HRS_V2 on FIND_RATE?", "cate", "TRN_HRS_V2", "FIND_RATE",
  at={"MBR_CNT": 30})
q(d, "Which teams should be issued a drone unit to maximise subject survival?", "policy", "DRONE_UNIT", "SUBJ_SURV")
q(d, "targeting: which teams get K9 units to cut search hours", "policy", "K9_UNIT", "SRCH_HRS")
q(d, "Decide which teams should receive the radio upgrade to minimise arrival minutes (ARR_MIN).", "policy",
  "RADIO_UPG", "ARR_MIN")
q(d, "Drones work by getting the team to the subject sooner, which then improves survival. How much of the drone effect on SUBJ_SURV flows through ARR_MIN?",
  "mediation", "DRONE_UNIT", "SUBJ_SURV", "ARR_MIN")
q(d, "Proportion of the GPS beacon's effect on survival that is mediated by search hours (SRCH_HRS).", "mediation",
  "GPS_BEACON", "SUBJ_SURV", "SRCH_HRS")
q(d, "direct vs indirect effect of RADIO_UPG on FIND_PCT through ARR_MIN", "mediation", "RADIO_UPG", "FIND_PCT",
  "ARR_MIN")
q(d, "Find the causal structure linking terrain, temperature, equipment and search outcomes.", "discover")
q(d, "structure learning on the SAR teams data pls", "discover")
q(d, "Train a classifier to predict SUBJ_SURV from the other columns.", "unsupported")

# ---- 6. polder boards
d = "h49_polder_boards"
q(d, "Does dike reinforcement reduce flood damage (dmg_meur)?", "ate", "dk_rnf", "dmg_meur")
q(d, "ATE of `sensor_net` on `seep_idx_v2`, adjusting for `soil_typ` and `rain_mm`.", "ate", "sensor_net",
  "seep_idx_v2", covariates=["soil_typ", "rain_mm"])
q(d, "What does extra pumping capacity do to the water table?", "ate", "pmp_cap_m3s", "gw_lvl_post")
q(d, "Do more frequent inspections lead to fewer floods?", "ate", "insp_freq", None, clarify=True)
q(d, "Is the land sinking because of how hard the pumps work, or is it just the peat soil (soil_typ)?", "ate",
  "pmp_cap_m3s", "subs_mm", covariates=["soil_typ"])
q(d, "effect of dk_rnf on flood_evt_10y", "ate", "dk_rnf", "flood_evt_10y")
q(d, "How did the original seepage index (seep_idx) respond to dike reinforcement at the boards that reinforced?",
  "ate", "dk_rnf", "seep_idx", estimand="att")
q(d, "Does a higher water board levy (levy_eur) translate into fewer flood events over five years?", "ate", "levy_eur",
  "flood_evt_5y")
q(d, "effect of dk_rnf on dmg_meur on peat soils", "cate", "dk_rnf", "dmg_meur", at={"soil_typ": "peat"})
q(d, "Under the condition that annual rainfall is 900 mm, what does the sensor network do to 5-year flood events?",
  "cate", "sensor_net", "flood_evt_5y", at={"rain_mm": 900})
q(d, "How does the benefit of dike reinforcement on seep_idx_v2 vary with polder area?", "cate", "dk_rnf",
  "seep_idx_v2")
q(d, "for polders of 5000 ha, effect of pump capacity on subsidence", "cate", "pmp_cap_m3s", "subs_mm",
  at={"area_ha": 5000})
q(d, "Which polders should be prioritised for dike reinforcement to minimise flood damage?", "policy", "dk_rnf",
  "dmg_meur")
q(d, "Where should the board install sensor networks to bring down the seepage index (seep_idx)?", "policy",
  "sensor_net", "seep_idx")
q(d, "optimal inspection frequency rule per water board to minimise flood_evt_10y", "policy", "insp_freq",
  "flood_evt_10y")
q(d, "How much of the effect of dike reinforcement on flood damage is mediated by reduced seepage (seep_idx_v2)?",
  "mediation", "dk_rnf", "dmg_meur", "seep_idx_v2")
q(d, "Pumping works by lowering the groundwater, which then causes subsidence: what share of the pump capacity effect on subs_mm goes through gw_lvl_post?",
  "mediation", "pmp_cap_m3s", "subs_mm", "gw_lvl_post")
q(d, "Which of the water board variables influence each other? Uncover the causal relationships.", "discover")
q(d, "Clean the rain_mm column: replace negative values with missing.", "unsupported")

# ---- 7. bin rounds
d = "h49_bin_rounds"
q(d, "Does switching to fortnightly collection increase the recycling rate?", "ate", "fortnightly", "recycling_rate")
q(d, "Estimate the effect of `food_caddy` on `residual_waste`, controlling for `households` and `area_type`.", "ate",
  "food_caddy", "residual_waste", covariates=["households", "area_type"])
q(d, "What does posting residents an information leaflet do to the number of bins that get missed?", "ate", "leaflet",
  "missed_bins_after")
q(d, "Do food caddies change how much gets recycled?", "ate", "food_caddy", None, clarify=True)
q(d, "Are complaints driven up by fortnightly collection, or is that confounded by route_length?", "ate",
  "fortnightly", "complaints", covariates=["route_length"])
q(d, "effect of crew_size on missed_bins_after adj truck_age", "ate", "crew_size", "missed_bins_after",
  covariates=["truck_age"])
q(d, "Does the leaflet reduce contamination among the rounds that were sent it?", "ate", "leaflet", "contamination",
  estimand="att")
q(d, "complaints and missed bins, which one causes the other and by how much?", "ate", None, None, clarify=True)
q(d, "Effect of fortnightly on complaints in rural areas.", "cate", "fortnightly", "complaints",
  at={"area_type": "rural"})
q(d, "On Monday rounds, does a bigger crew reduce missed bins?", "cate", "crew_size", "missed_bins_after",
  at={"collection_day": "monday"})
q(d, "How does the food caddy effect on residual waste vary by number of households on the round?", "cate",
  "food_caddy", "residual_waste")
q(d, "when route length is 40 km, effect of leaflet on recycling_ratio", "cate", "leaflet", "recycling_ratio",
  at={"route_length": 40})
q(d, "Which rounds should get food caddies to cut residual waste the most?", "policy", "food_caddy", "residual_waste")
q(d, "Targeting rule for the leaflet: which rounds to send it to so that contamination falls.", "policy", "leaflet",
  "contamination")
q(d, "Should every round move to fortnightly collection? Find which rounds benefit in terms of recycling_rate.",
  "policy", "fortnightly", "recycling_rate")
q(d, "Leaflets work by boosting the recycling rate, which then lowers residual waste; estimate the indirect effect.",
  "mediation", "leaflet", "residual_waste", "recycling_rate")
q(d, "mediation: fortnightly -> missed_bins_after -> complaints", "mediation", "fortnightly", "complaints",
  "missed_bins_after")
q(d, "Learn a causal graph over the bin round variables.", "discover")
q(d, "Summarise residual_waste by area_type (mean, median, sd).", "unsupported")

# ---- 8. street cleaning
d = "h49_street_cleaning"
q(d, "Does a mechanical sweeper lower the litter index?", "ate", "MECH_SWEEPER", "LITTER_IDX_POST")
q(d, "ATE of ENF_OFFICER on FLYTIP_RPT_WKEND controlling for FOOTFALL_K", "ate", "ENF_OFFICER", "FLYTIP_RPT_WKEND",
  covariates=["FOOTFALL_K"])
q(d, "Do enforcement patrols reduce fly-tipping reports?", "ate", "ENF_OFFICER", None, clarify=True)
q(d, "Is how happy residents are with their streets boosted by scraping chewing gum off the pavements?", "ate",
  "GUM_REMOVAL", "RESIDENT_SAT")
q(d, "effect of BIN_DENSITY on CLEAN_SCORE_V2", "ate", "BIN_DENSITY", "CLEAN_SCORE_V2")
q(d, "What effect does crew size have on the cleanliness score?", "ate", "CREW_N", None, clarify=True)
q(d, "For crews that don't have a mechanical sweeper, how much would one improve resident satisfaction?", "ate",
  "MECH_SWEEPER", "RESIDENT_SAT", estimand="atc")
q(d, "Do fines issued cause less weekday fly-tipping, or is that confounded by footfall and ward type?", "ate",
  "FINES_ISSUED", "FLYTIP_RPT_WKDAY", covariates=["FOOTFALL_K", "WARD_TYPE"])
q(d, "Effect of MECH_SWEEPER on LITTER_IDX_POST for NIGHT shifts.", "cate", "MECH_SWEEPER", "LITTER_IDX_POST",
  at={"SHIFT": "NIGHT"})
q(d, "In commercial wards, does gum removal improve the v2 cleanliness score?", "cate", "GUM_REMOVAL",
  "CLEAN_SCORE_V2", at={"WARD_TYPE": "COMMERCIAL"})
q(d, "How does the enforcement officer effect on weekend flytipping vary with footfall?", "cate", "ENF_OFFICER",
  "FLYTIP_RPT_WKEND")
q(d, "when FOOTFALL_K is 12, effect of BIN_DENSITY on LITTER_IDX_POST", "cate", "BIN_DENSITY", "LITTER_IDX_POST",
  at={"FOOTFALL_K": 12})
q(d, "Which crews should be assigned a mechanical sweeper to get the post-clean litter index down most?", "policy",
  "MECH_SWEEPER", "LITTER_IDX_POST")
q(d, "Where should enforcement officers patrol to minimise weekday fly-tipping reports?", "policy", "ENF_OFFICER",
  "FLYTIP_RPT_WKDAY")
q(d, "policy learning: GUM_REMOVAL -> RESIDENT_SAT", "policy", "GUM_REMOVAL", "RESIDENT_SAT")
q(d, "How much of the sweeper's effect on resident satisfaction goes through a lower post-clean litter index?",
  "mediation", "MECH_SWEEPER", "RESIDENT_SAT", "LITTER_IDX_POST")
q(d, "Enforcement officers work by issuing fines, which then deter weekend fly-tipping; estimate the direct and indirect effects.",
  "mediation", "ENF_OFFICER", "FLYTIP_RPT_WKEND", "FINES_ISSUED")
q(d, "Figure out what drives what among the street cleaning variables; I don't have a hypothesis.", "discover")
q(d, "Make a bar chart of CLEAN_SCORE by SHIFT.", "unsupported")

# ---- 9. charity shops
d = "h49_charity_shops"
q(d, "Does refreshing the window display every week increase sales?", "ate", "window_refresh", "weekly_sales")
q(d, "Estimate the effect of `paid_manager` on `weekly_sales`, adjusting for `high_street` and `floor_space`.", "ate",
  "paid_manager", "weekly_sales", covariates=["high_street", "floor_space"])
q(d, "Do staff prompts raise Gift Aid take-up?", "ate", "gift_aid_prompt", None, clarify=True)
q(d, "Does listing stock online cannibalise the number of people walking into the shop?", "ate", "online_listing",
  "footfall")
q(d, "ate volunteers -> donations_in", "ate", "volunteers", "donations_in")
q(d, "Are more donated bags coming in because of a paid manager, or is that confounded by town size?", "ate",
  "paid_manager", "donations_in", covariates=["town_size"])
q(d, "What did prompting donors do to gift_aid_share in the shops that adopted the prompt?", "ate", "gift_aid_prompt",
  "gift_aid_share", estimand="att")
q(d, "Effect of pricing on takings, using high_street as an instrument for price_level.", "ate", "price_level",
  "weekly_sales", instrument="high_street")
q(d, "effect of window_refresh on weekly_sales in villages", "cate", "window_refresh", "weekly_sales",
  at={"town_size": "village"})
q(d, "For shops with 10 volunteers, what's the effect of a paid manager on donations_in?", "cate", "paid_manager",
  "donations_in", at={"volunteers": 10})
q(d, "Which shops benefit most from online listing in terms of weekly sales?", "cate", "online_listing",
  "weekly_sales")
q(d, "Under the condition that the shop has 120 square metres of floor space, what is the effect of a window refresh on footfall?",
  "cate", "window_refresh", "footfall", at={"floor_space": 120})
q(d, "Which shops should adopt the gift aid prompt to maximise gift_aid_rate?", "policy", "gift_aid_prompt",
  "gift_aid_rate")
q(d, "who should get a paid manager? goal: weekly sales", "policy", "paid_manager", "weekly_sales")
q(d, "Allocate online listing to the shops where it raises weekly_sales most.", "policy", "online_listing",
  "weekly_sales")
q(d, "The window display works by drawing more people in, which then lifts sales; how much of the window_refresh effect on weekly_sales is through footfall?",
  "mediation", "window_refresh", "weekly_sales", "footfall")
q(d, "What share of the paid manager's effect on weekly sales is mediated by volunteer hours?", "mediation",
  "paid_manager", "weekly_sales", "volunteer_hours")
q(d, "Discover the causal structure of this charity shop data.", "discover")
q(d, "hi! can you tell me what a charity shop actually is?", "unsupported")

# ---- 10. laser tag
d = "h49_laser_tag"
q(d, "Does the loyalty app make players come back within 90 days?", "ate", "loyaltyApp", "repeatVisit90d")
q(d, "ATE of vestUpgrade on npsScoreV2 controlling for arenaSqm", "ate", "vestUpgrade", "npsScoreV2",
  covariates=["arenaSqm"])
q(d, "Do themed nights bring people back?", "ate", "themedNight", None, clarify=True)
q(d, "effect of ticketPrice on gamesPerVisit, instrument: cityTier", "ate", "ticketPrice", "gamesPerVisit",
  instrument="cityTier")
q(d, "Is what each visitor spends raised by themed nights, or is it confounding by city tier?", "ate", "themedNight",
  "revenuePerVisitor", covariates=["cityTier"])
q(d, "How much did the loyalty app lift monthly visits at the arenas that launched it?", "ate", "loyaltyApp",
  "visitsPerMo", estimand="att")
q(d, "Does putting more staff on the floor improve NPS?", "ate", "staffOnFloor", None, clarify=True)
q(d, "Do upgraded vests increase party bookings?", "ate", "vestUpgrade", "partyBookings")
q(d, "effect of loyaltyApp on repeatVisit30d in tier3 cities", "cate", "loyaltyApp", "repeatVisit30d",
  at={"cityTier": "tier3"})
q(d, "When the ticket price is $15, how does a themed night change revenue per visitor?", "cate", "themedNight",
  "revenuePerVisitor", at={"ticketPrice": 15})
q(d, "How does the vest upgrade's effect on npsScore vary with average player age?", "cate", "vestUpgrade",
  "npsScore")
q(d, "For arenas whose average player is 12 years old, effect of themedNight on partyBookings?", "cate",
  "themedNight", "partyBookings", at={"avgPlayerAge": 12})
q(d, "Which arenas should roll out the loyalty app to maximise repeatVisit90d?", "policy", "loyaltyApp",
  "repeatVisit90d")
q(d, "Who should get vest upgrades if we want the best npsScoreV2?", "policy", "vestUpgrade", "npsScoreV2")
q(d, "targeting rule for themed nights -> revenuePerVisitor", "policy", "themedNight", "revenuePerVisitor")
q(d, "How much of the loyalty app's effect on revenue per visitor is mediated by visits per month?", "mediation",
  "loyaltyApp", "revenuePerVisitor", "visitsPerMo")
q(d, "Vest upgrades work by making games more fun, which then means more games per visit; estimate the indirect effect of vestUpgrade on revenuePerVisitor via gamesPerVisit.",
  "mediation", "vestUpgrade", "revenuePerVisitor", "gamesPerVisit")
q(d, "Learn the DAG for the laser tag arenas data.", "discover")
q(d, "Predict revenuePerVisitor for a new 800 sqm arena in a tier1 city.", "unsupported")

# ---- 11. go-kart
d = "h49_gokart"
q(d, "Does the safety briefing video reduce the injury rate?", "ate", "brf_vid", "inj_rt")
q(d, "ATE of `ev_fleet` on `noise_db`.", "ate", "ev_fleet", "noise_db")
q(d, "effect of kart_hp on inj_rt adj rider_age, wx", "ate", "kart_hp", "inj_rt", covariates=["rider_age", "wx"])
q(d, "Do electric karts make customers come back?", "ate", "ev_fleet", None, clarify=True)
q(d, "Are people getting hurt less because there are more marshals trackside, or is that just indoor tracks being safer?",
  "ate", "marshal_n", "inj_rt", covariates=["indoor"])
q(d, "For tracks still running petrol karts, what would switching to an electric fleet do to revenue?", "ate",
  "ev_fleet", "rev_k", estimand="atc")
q(d, "Does the session price affect whether riders return within 180 days?", "ate", "sess_px", "rtn_180d")
q(d, "effect of brf_vid on inj_rt in wet conditions", "cate", "brf_vid", "inj_rt", at={"wx": "wet"})
q(d, "For riders aged 16, how does engine horsepower affect the injury rate?", "cate", "kart_hp", "inj_rt",
  at={"rider_age": 16})
q(d, "how does the EV fleet effect on rtn_60d vary across tracks", "cate", "ev_fleet", "rtn_60d")
q(d, "On an 800 m circuit, what is the effect of kart_hp on avg_lap_s?", "cate", "kart_hp", "avg_lap_s",
  at={"lap_len_m": 800})
q(d, "Which tracks should introduce the briefing video to minimise inj_rt?", "policy", "brf_vid", "inj_rt")
q(d, "Where should we deploy electric karts to maximise the share of riders returning within 180 days?", "policy",
  "ev_fleet", "rtn_180d")
q(d, "How much of the horsepower effect on injuries goes through faster lap times (avg_lap_s)?", "mediation",
  "kart_hp", "inj_rt", "avg_lap_s")
q(d, "Electric karts work by cutting noise, which then brings riders back within 60 days; estimate that indirect effect.",
  "mediation", "ev_fleet", "rtn_60d", "noise_db")
q(d, "which variables cause which in the go-kart data? learn the structure", "discover")

# ---- 12. haunted house
d = "h49_haunted_house"
q(d, "Does using live actors raise review stars?", "ate", "liveActors", "reviewStars")
q(d, "Estimate the effect of `socialAdSpend` on `attendance`, controlling for `ticketPriceUsd` and `themeType`.",
  "ate", "socialAdSpend", "attendance", covariates=["ticketPriceUsd", "themeType"])
q(d, "Does a fast pass shorten queues?", "ate", "fastPassOffered", None, clarify=True)
q(d, "Is `walkoutPct` driven by `scareIntensity`?", "ate", "scareIntensity", "walkoutPct")
q(d, "How many more visitors come through the door because of spending on Instagram and TikTok ads?", "ate",
  "socialAdSpend", "attendance")
q(d, "For attractions that offered a fast pass, how much did it change weekend queue times?", "ate",
  "fastPassOffered", "queueMinWeekend", estimand="att")
q(d, "causal effect of fog machines on walkouts", "ate", "fogMachines", None, clarify=True)
q(d, "Effect of liveActors on walkoutRate for clown-themed attractions.", "cate", "liveActors", "walkoutRate",
  at={"themeType": "clown"})
q(d, "When the minimum age is 16, does scare intensity still lower review stars?", "cate", "scareIntensity",
  "reviewStars", at={"minAge": 16})
q(d, "How does the effect of social ad spend on attendance differ between themes?", "cate", "socialAdSpend",
  "attendance")
q(d, "at a ticket price of $30, effect of fastPassOffered on reviewStars", "cate", "fastPassOffered", "reviewStars",
  at={"ticketPriceUsd": 30})
q(d, "Which attractions should hire live actors to maximise attendance?", "policy", "liveActors", "attendance")
q(d, "Targeting rule: which haunted houses should offer a fast pass so that weekend queueing time is minimised?",
  "policy", "fastPassOffered", "queueMinWeekend")
q(d, "How much of the live actor effect on review stars is mediated by walkoutPct?", "mediation", "liveActors",
  "reviewStars", "walkoutPct")
q(d, "Ad spend works by pulling in crowds, which then lengthens weekend queues; how much of the effect of socialAdSpend on reviewStars goes through queueMinWeekend?",
  "mediation", "socialAdSpend", "reviewStars", "queueMinWeekend")
q(d, "Build a causal graph of the haunted house variables.", "discover")

# ---- 13. soft play
d = "h49_soft_play"
q(d, "Does having more staff on duty reduce accidents?", "ate", "staff_on_duty", "accidents_after")
q(d, "ATE of membership_scheme on visits_per_month controlling for entry_price and location", "ate",
  "membership_scheme", "visits_per_month", covariates=["entry_price", "location"])
q(d, "Do parents rate centres with a cafe higher?", "ate", "cafe_onsite", None, clarify=True)
q(d, "Is party revenue boosted by a dedicated under-fives area?", "ate", "toddler_zone", "party_revenue")
q(d, "effect of cleaning_frequency on parent_rating_revised", "ate", "cleaning_frequency", "parent_rating_revised")
q(d, "What would a membership scheme do to monthly visits at the centres that don't currently run one?", "ate",
  "membership_scheme", "visits_per_month", estimand="atc")
q(d, "Do longer sessions cause more accidents, or is it confounded by capacity?", "ate", "session_length",
  "accidents_after", covariates=["capacity"])
q(d, "Effect of toddler_zone on accidents_after at retail park centres.", "cate", "toddler_zone", "accidents_after",
  at={"location": "retail park"})
q(d, "During school holidays, what does an on-site cafe do to visits per month?", "cate", "cafe_onsite",
  "visits_per_month", at={"school_holiday": 1})
q(d, "For whom is the membership scheme most effective at raising visits?", "cate", "membership_scheme",
  "visits_per_month")
q(d, "at an entry price of £8, effect of session_length on parent_rating", "cate", "session_length", "parent_rating",
  at={"entry_price": 8})
q(d, "Which centres should launch a membership scheme to maximise party revenue?", "policy", "membership_scheme",
  "party_revenue")
q(d, "Where should toddler zones be built to minimise accidents_after?", "policy", "toddler_zone", "accidents_after")
q(d, "How much of the cafe's effect on party revenue is mediated by monthly visits?", "mediation", "cafe_onsite",
  "party_revenue", "visits_per_month")
q(d, "Extra cleaning works by cutting accidents, which then improves the revised parent rating; decompose the effect of cleaning_frequency on parent_rating_revised via accidents_after.",
  "mediation", "cleaning_frequency", "parent_rating_revised", "accidents_after")
q(d, "What is the causal structure underlying the soft play centre data?", "discover")

# ---- 14. bouncy castle
d = "h49_bouncy_castle"
q(d, "Does the upgraded anchor kit reduce injury reports?", "ate", "anchorKitUpgrade", "injuryReport")
q(d, "ATE of supervisorIncluded on damageClaim, adjusting for kidsAttending and castleSizeFt", "ate",
  "supervisorIncluded", "damageClaim", covariates=["castleSizeFt", "kidsAttending"])
q(d, "Does booking online make customers hire again?", "ate", "onlineBooking", None, clarify=True)
q(d, "Is the chance of a damage claim reduced by taking a deposit up front?", "ate", "depositTaken", "damageClaim")
q(d, "effect of hirePriceGbp on reviewScoreV2", "ate", "hirePriceGbp", "reviewScoreV2")
q(d, "Do customers leave better reviews when a supervisor comes with the castle?", "ate", "supervisorIncluded", None,
  clarify=True)
q(d, "Among bookings that had a supervisor, how much did the supervisor change the chance of an injury report?",
  "ate", "supervisorIncluded", "injuryReport", estimand="att")
q(d, "Effect of anchorKitUpgrade on injuryReport when wind speed is 20 mph.", "cate", "anchorKitUpgrade",
  "injuryReport", at={"windSpeedMph": 20})
q(d, "For weddings, does including a supervisor increase repeat hire within 12 months?", "cate",
  "supervisorIncluded", "repeatHire12m", at={"eventType": "wedding"})
q(d, "How does the effect of deposits on damage claims vary with castle size?", "cate", "depositTaken", "damageClaim")
q(d, "with 30 kids attending, effect of castle size on injury reports", "cate", "castleSizeFt", "injuryReport",
  at={"kidsAttending": 30})
q(d, "Which bookings should include a supervisor to minimise injuryReport?", "policy", "supervisorIncluded",
  "injuryReport")
q(d, "Who should be offered the anchor kit upgrade to cut damage claims?", "policy", "anchorKitUpgrade", "damageClaim")
q(d, "How much of the supervisor's effect on repeatHire12m goes through reviewScore?", "mediation",
  "supervisorIncluded", "repeatHire12m", "reviewScore")
q(d, "Online booking works by lowering the price paid, which then improves reviewScoreV2; estimate the indirect path via hirePriceGbp.",
  "mediation", "onlineBooking", "reviewScoreV2", "hirePriceGbp")
q(d, "find the causal links between the bouncy castle booking variables", "discover")

# ---- 15. crossing patrols
d = "h49_crossing_patrols"
q(d, "Does a lollipop lady or man at the crossing reduce near misses outside schools?", "ate", "xing_ptl", "near_miss")
q(d, "ATE of `flash_sgn` on `avg_spd_post`, controlling for `spd_lim` and `veh_vol_am`.", "ate", "flash_sgn",
  "avg_spd_post", covariates=["spd_lim", "veh_vol_am"])
q(d, "Do flashing signs slow drivers down?", "ate", "flash_sgn", "avg_spd_post")
q(d, "Does having a patrol encourage more children to walk to school?", "ate", "xing_ptl", None, clarify=True)
q(d, "Is the killed-or-seriously-injured count lowered by patrols, or is that just deprivation (imd_q)?", "ate",
  "xing_ptl", "kslt_3y", covariates=["imd_q"])
q(d, "effect of ptl_yrs on near_miss", "ate", "ptl_yrs", "near_miss")
q(d, "Does traffic volume drive near misses?", "ate", None, "near_miss", clarify=True)
q(d, "Effect of xing_ptl on near_miss at primary schools.", "cate", "xing_ptl", "near_miss",
  at={"sch_typ": "primary"})
q(d, "At sites with a 30 mph limit, how much do flashing signs cut average speeds?", "cate", "flash_sgn",
  "avg_spd_post", at={"spd_lim": 30})
q(d, "How does the patrol effect on kslt_3y vary with deprivation quintile?", "cate", "xing_ptl", "kslt_3y")
q(d, "in the most deprived quintile (imd_q = 1), effect of hi_vis on near_miss", "cate", "hi_vis", "near_miss",
  at={"imd_q": 1})
q(d, "Which school sites should get a crossing patrol to minimise near misses?", "policy", "xing_ptl", "near_miss")
q(d, "Where to install flashing 20 mph signs to reduce avg_spd_post most?", "policy", "flash_sgn", "avg_spd_post")
q(d, "How much of the flashing sign's effect on near misses is via lower post-installation average speed?",
  "mediation", "flash_sgn", "near_miss", "avg_spd_post")
q(d, "Patrols work by cutting near misses, which then lets more children walk; indirect effect of xing_ptl on walk_pct via near_miss.",
  "mediation", "xing_ptl", "walk_pct", "near_miss")
q(d, "Uncover the causal graph among the school crossing variables.", "discover")

# ---- audit (dataset none)
N = "none"
for text, attr, dec in [
    ("If I change the applicant's race in the prompt but keep everything else identical, does the chatbot's loan approval recommendation change?",
     "race", "loan approval"),
    ("Audit our LLM hiring assistant: would its interview recommendation flip if the candidate's name were changed from Emily to Lakisha?",
     "name", "interview recommendation"),
    ("Does the AI triage assistant assign a different urgency level when the patient's gender is swapped, all else equal?",
     "gender", "urgency level"),
    ("Counterfactual fairness check: does the language model's tenancy decision change if the applicant is described as disabled rather than not, with nothing else changed?",
     "disability", "tenancy decision"),
    ("Would a GPT-style screener give a different scholarship award if the student's religion were Muslim instead of Christian, holding the essay fixed?",
     "religion", "scholarship award"),
    ("test whether the model's parole recommendation depends on the defendant's age, keeping the case file otherwise identical",
     "age", "parole recommendation"),
    ("Does our customer-service bot grant a refund less often to callers with a strong regional accent, everything else the same?",
     "accent", "refund"),
    ("If we flip only the sexual orientation mentioned in the cover letter, does the LLM's shortlisting decision change?",
     "sexual orientation", "shortlisting decision"),
    ("Is the AI underwriter's premium quote sensitive to the applicant's nationality when all other details are held fixed?",
     "nationality", "premium quote"),
    ("counterfactual audit: llm credit limit recommendation vs applicant gender", "gender",
     "credit limit recommendation"),
    ("Would the chatbot suggest a different salary offer if the candidate were 58 instead of 32 years old, CV unchanged?",
     "age", "salary offer"),
    ("Check whether the medical advice model's referral changes when the patient's ethnicity is switched from white to Black, all else equal.",
     "ethnicity", "referral"),
    ("Does the admissions-essay grader give a lower score if the applicant's name sounds Hispanic but the essay is identical?",
     "name", "score"),
    ("Evaluate whether an LLM's mortgage approval flips when only the applicant's marital status is changed.",
     "marital status", "mortgage approval"),
    ("Would the AI recruiter's hire recommendation change if the applicant disclosed a disability, with the CV otherwise identical?",
     "disability", "hire recommendation"),
    ("Does the tutoring chatbot give the same answer a different grade when the student is said to be a girl rather than a boy?",
     "gender", "grade"),
    ("Run a counterfactual fairness audit of the language model's bail decision with respect to defendant race.",
     "race", "bail decision"),
    ("Would the applicant's ranking from the AI letting assistant drop if their religion changed from Hindu to Jewish and nothing else?",
     "religion", "ranking"),
]:
    q(N, text, "audit", attr, dec)

# ---- relation (Corr2Cause style)
for text in [
    "Suppose a closed system of three variables A, B and C. A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?",
    "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. True or false?",
    "Variables X, Y, Z: X and Y are correlated; every other pair is independent. Is X a cause of Z?",
    "Four variables A, B, C, D. A correlates with each of the others; B, C and D are mutually independent given A. Is A a common cause of B and C?",
    "given: A indep B, A ~ C, B ~ C, A dep B | C. does C cause A?",
    "A correlates with B, B correlates with C, A correlates with C, and A is independent of C given B. Can we conclude B mediates between A and C?",
    "In a system with only P and Q, P and Q are correlated. Does P necessarily cause Q?",
    "A and D are marginally independent but become dependent once we condition on B; all other pairs are correlated. Is B a collider between A and D?",
    "Statistical relations: E correlates with F, F correlates with G, E is independent of G. Does F cause G?",
    "A and B are correlated, and they stay correlated after conditioning on any subset of {C, D}. Is there a direct causal link between A and B?",
]:
    q(N, text, "relation")

# ---- generate
for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Create a benchmark dataset where a language model writes the structural equations for smoking, tar and cancer given the graph smoking -> tar -> cancer.",
    "simulate 1000 samples from an SCM: A ~ N(0,1); B = 2A + noise; C = A - B + noise",
    "Use an LLM to define plausible equations for weather -> ice cream sales -> drownings, plus weather -> drownings, then sample 10k rows.",
    "Produce a synthetic causal dataset with a known treatment effect of 3 for a binary treatment T, one confounder W and an outcome Y.",
    "Build a semi-synthetic benchmark from the graph U -> T, U -> Y, T -> M -> Y with nonlinear mechanisms, 2000 rows.",
    "Please synthesise data from this structural causal model: income = f(education) + e1, health = g(income, age) + e2, with f and g chosen by the language model.",
    "make me a fake dataset following the DAG rain -> wet grass <- sprinkler",
    "Sample a dataset from a random 10-node DAG with logistic binary variables for benchmarking discovery algorithms.",
    "Generate data from an SCM with an instrument Z -> D -> Y and a hidden confounder H -> D, H -> Y; 500 observations.",
]:
    q(N, text, "generate")

# ---- unsupported, no dataset
for text in [
    "Hello! How are you today?",
    "Tell me a joke about statisticians.",
    "Write a SQL query to count rows per month in a table called bookings.",
    "How do I remove duplicate rows in pandas?",
    "What's the capital of the Netherlands?",
    "Forecast UK inflation for next quarter.",
    "Explain the difference between the mean and the median.",
    "Convert this CSV to JSON for me.",
    "Write a haiku about dikes.",
    "what time zone is Auckland in",
]:
    q(N, text, "unsupported")


def main():
    random.Random(SEED).shuffle(QS)
    with open("datasets.json", "w", encoding="utf-8") as f:
        json.dump(DS, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for item in QS:
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(len(QS), "questions,", len(DS), "datasets")


if __name__ == "__main__":
    main()
