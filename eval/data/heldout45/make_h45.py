#!/usr/bin/env python3
"""Generator for question set h45 (split test, origin heldout45). Deterministic."""
import json, random, os

SPLIT, ORIGIN, SEED = "test", "heldout45", 45045
HERE = os.path.dirname(os.path.abspath(__file__))

D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

ds("h45_childrens_homes", "Children's residential homes (orphanages): one row per home, programmes and child outcomes.", [
    ("home_id", "id", ["CH001", "CH002", "CH003"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("fund_src", "categorical", ["state", "church", "ngo"]),
    ("staff_ratio", "numeric", [0.25, 0.4, 0.6]),
    ("cw_turnover", "numeric", [0.1, 0.35, 0.6]),
    ("mentor_prog", "binary", [0, 1, 1]),
    ("kin_contact_hrs", "numeric", [2, 6, 12]),
    ("therapy_sess", "numeric", [0, 4, 10]),
    ("sibling_placed", "binary", [0, 1, 0]),
    ("age_yrs", "numeric", [8, 12, 15]),
    ("sdq_bl", "numeric", [14, 18, 22]),
    ("sdq_12m", "numeric", [11, 16, 20]),
    ("sch_att_pct", "numeric", [72.0, 85.5, 93.0]),
    ("sch_att_pct_v2", "numeric", [70.1, 84.0, 94.2]),
    ("placement_moves", "numeric", [0, 2, 5]),
    ("foster_exit_1y", "binary", [0, 1, 0]),
    ("foster_exit_2y", "binary", [1, 1, 0]),
])
ds("h45_record_stores", "Independent record stores: events, loyalty schemes, footfall and sales before/after a season.", [
    ("storeId", "id", ["RS-101", "RS-102", "RS-103"]),
    ("cityTier", "categorical", ["metro", "midsize", "smalltown"]),
    ("ownerYears", "numeric", [2, 9, 31]),
    ("staffCount", "numeric", [1, 3, 7]),
    ("vinylSharePct", "numeric", [40, 65, 90]),
    ("avgPrice", "numeric", [14.5, 22.0, 31.0]),
    ("inStoreGigs", "binary", [0, 1, 1]),
    ("gigsPerMonth", "numeric", [0, 2, 6]),
    ("loyaltyCard", "binary", [1, 0, 1]),
    ("onlineShop", "binary", [0, 0, 1]),
    ("rsdParticipant", "binary", [1, 1, 0]),
    ("footfallWkday", "numeric", [80, 150, 410]),
    ("footfallWkend", "numeric", [120, 300, 900]),
    ("salesPre", "numeric", [8000, 15500, 42000]),
    ("salesPost", "numeric", [8700, 16900, 40100]),
    ("repeatRate30d", "numeric", [0.12, 0.25, 0.4]),
    ("repeatRate90d", "numeric", [0.22, 0.38, 0.55]),
])
ds("h45_local_newspapers", "Local newspapers: ownership, staffing, paywalls, circulation, advertising and county voter turnout.", [
    ("newspaper", "id", ["Ashford Herald", "Bexley Courier", "Carlow Gazette"]),
    ("county", "categorical", ["Kent", "Surrey", "Essex"]),
    ("ownership", "categorical", ["family", "chain", "hedge_fund", "nonprofit"]),
    ("founded", "numeric", [1854, 1921, 1998]),
    ("paywall", "binary", [0, 1, 1]),
    ("reporters", "numeric", [2, 6, 15]),
    ("local_share", "numeric", [0.3, 0.55, 0.8]),
    ("print_days", "numeric", [1, 5, 7]),
    ("circulation_before", "numeric", [3200, 11000, 45000]),
    ("circulation_after", "numeric", [2900, 10100, 43000]),
    ("subscribers", "numeric", [1500, 4800, 20000]),
    ("subscriptions", "numeric", [1700, 5200, 21500]),
    ("website_visits", "numeric", [12000, 60000, 310000]),
    ("ad_revenue", "numeric", [45000, 180000, 900000]),
    ("ad_income", "numeric", [40000, 170000, 880000]),
    ("turnout_prior", "numeric", [0.41, 0.55, 0.67]),
    ("turnout", "numeric", [0.39, 0.57, 0.7]),
])
ds("h45_soup_kitchens", "Soup kitchens: services offered, volunteers, guest food insecurity and housing outcomes.", [
    ("KITCHEN_ID", "id", ["SK-01", "SK-02", "SK-03"]),
    ("URBAN_RURAL", "categorical", ["URBAN", "SUBURBAN", "RURAL"]),
    ("FAITH_BASED", "binary", [1, 0, 1]),
    ("MEALS_DAY", "numeric", [60, 180, 420]),
    ("VOLS_WK", "numeric", [8, 20, 55]),
    ("OPEN_HRS", "numeric", [10, 24, 60]),
    ("HOT_MEAL", "binary", [1, 1, 0]),
    ("CASEWORK_ONSITE", "binary", [0, 1, 0]),
    ("HOUSING_REFERRAL", "binary", [0, 1, 1]),
    ("FOOD_INSEC_BL", "numeric", [5.1, 6.8, 8.2]),
    ("FOOD_INSEC_6M", "numeric", [4.0, 6.1, 7.9]),
    ("REPEAT_VISIT_30D", "numeric", [0.3, 0.52, 0.77]),
    ("REPEAT_VISIT_90D", "numeric", [0.45, 0.63, 0.88]),
    ("HOUSED_12M", "numeric", [0.05, 0.12, 0.3]),
    ("WASTE_KG", "numeric", [15, 42, 110]),
    ("WASTE_KG_V2", "numeric", [13, 45, 104]),
    ("DONATION_USD", "numeric", [2500, 11000, 56000]),
])
ds("h45_refugee_clinics", "Refugee camp health clinics: interventions, staffing and child health indicators before/after.", [
    ("clinic_id", "id", ["RC-A1", "RC-B4", "RC-D2"]),
    ("camp_zone", "categorical", ["A", "B", "C", "D"]),
    ("pop_k", "numeric", [4.5, 12.0, 31.0]),
    ("sup_dist_km", "numeric", [0.5, 3.2, 11.0]),
    ("chw_n", "numeric", [3, 10, 25]),
    ("ors_dist", "binary", [1, 0, 1]),
    ("wash_kits", "binary", [0, 1, 1]),
    ("interp_avail", "binary", [1, 0, 0]),
    ("mhpss", "binary", [0, 1, 0]),
    ("wait_min", "numeric", [20, 75, 180]),
    ("diarr_inc_pre", "numeric", [35, 60, 110]),
    ("diarr_inc_post", "numeric", [22, 48, 105]),
    ("muac_bl", "numeric", [118, 125, 134]),
    ("muac_6m", "numeric", [121, 128, 136]),
    ("vacc_cov", "numeric", [0.55, 0.78, 0.93]),
    ("vacc_cov_v2", "numeric", [0.52, 0.8, 0.91]),
    ("ptsd_scr", "numeric", [18, 33, 51]),
    ("u5_mort", "numeric", [0.4, 1.1, 2.6]),
])
ds("h45_atc_centres", "Air traffic control centres: staffing, tools, fatigue, separation losses and delays.", [
    ("ACC_ID", "id", ["ACC-LON", "ACC-SCO", "ACC-MAA"]),
    ("RADAR_GEN", "categorical", ["PSR", "SSR", "ADS_B"]),
    ("SHIFT_LEN_H", "numeric", [6, 8, 12]),
    ("CTRL_EXP_YRS", "numeric", [3, 9, 18]),
    ("STAFF_SHORT", "binary", [0, 1, 0]),
    ("SIM_TRAINING", "binary", [1, 0, 1]),
    ("AUTO_CONFLICT_ALERT", "binary", [1, 1, 0]),
    ("CPDLC", "binary", [0, 1, 1]),
    ("FATIGUE_SCR", "numeric", [2.1, 3.4, 5.0]),
    ("FATIGUE_SCR_V2", "numeric", [22, 38, 61]),
    ("TRAFFIC_PEAK", "numeric", [45, 80, 130]),
    ("TRAFFIC_AVG", "numeric", [20, 41, 77]),
    ("WEATHER_DAYS", "numeric", [12, 30, 64]),
    ("LOSS_SEP_PRE", "numeric", [0, 3, 9]),
    ("LOSS_SEP_POST", "numeric", [0, 2, 7]),
    ("DELAY_MIN_DAY", "numeric", [150, 900, 2400]),
    ("DELAY_MIN_NIGHT", "numeric", [10, 80, 300]),
])
ds("h45_demolition", "Building demolition contractors: methods, safety, dust and noise control, complaints and costs.", [
    ("contractorId", "id", ["DC-77", "DC-78", "DC-79"]),
    ("methodType", "categorical", ["implosion", "highReach", "manual", "wreckingBall"]),
    ("yearsTrading", "numeric", [3, 14, 40]),
    ("crewSize", "numeric", [4, 12, 30]),
    ("siteAreaM2", "numeric", [800, 5000, 22000]),
    ("safetyTraining", "binary", [1, 0, 1]),
    ("dustSuppress", "binary", [0, 1, 1]),
    ("permitDelayDays", "numeric", [0, 12, 45]),
    ("noiseDb", "numeric", [78, 88, 101]),
    ("complaintsPre", "numeric", [0, 4, 15]),
    ("complaintsPost", "numeric", [1, 3, 19]),
    ("injuries12m", "numeric", [0, 1, 4]),
    ("injuries24m", "numeric", [0, 2, 7]),
    ("recycleRate", "numeric", [0.55, 0.72, 0.93]),
    ("recycleRatePct", "numeric", [54, 73, 91]),
    ("projectCostK", "numeric", [120, 650, 4200]),
    ("daysOverrun", "numeric", [0, 9, 40]),
])
ds("h45_watch_repair", "Watch repair shops: staff, equipment, booking, warranty, turnaround and customer outcomes.", [
    ("shop", "id", ["Tick & Co", "Hands of Time", "Balance Wheel"]),
    ("city", "categorical", ["Geneva", "London", "Leeds"]),
    ("certification", "categorical", ["none", "wostep", "cw21", "brand"]),
    ("technicians", "numeric", [1, 3, 8]),
    ("apprentice", "binary", [0, 1, 0]),
    ("ultrasonic_cleaner", "binary", [1, 0, 1]),
    ("online_booking", "binary", [0, 1, 1]),
    ("warranty", "binary", [1, 1, 0]),
    ("price", "numeric", [80, 150, 420]),
    ("vintage_share", "numeric", [0.1, 0.35, 0.7]),
    ("repairs_month", "numeric", [25, 60, 140]),
    ("turnaround_days", "numeric", [5, 14, 40]),
    ("turnaround_days_v2", "numeric", [4, 13, 42]),
    ("satisfaction_before", "numeric", [3.6, 4.1, 4.7]),
    ("satisfaction_after", "numeric", [3.8, 4.3, 4.8]),
    ("return_rate", "numeric", [0.02, 0.06, 0.12]),
    ("comeback_rate", "numeric", [0.03, 0.07, 0.11]),
])
ds("h45_nightclubs", "Nightclubs: door policy, harm reduction, licensing, attendance, incidents and revenue.", [
    ("CLUB_ID", "id", ["NC-001", "NC-002", "NC-003"]),
    ("DJ_TIER", "categorical", ["LOCAL", "NATIONAL", "INTL"]),
    ("CAPACITY", "numeric", [250, 800, 2500]),
    ("DOOR_STAFF", "numeric", [2, 6, 18]),
    ("ID_SCANNER", "binary", [1, 0, 1]),
    ("WATER_FREE", "binary", [0, 1, 1]),
    ("LATE_LICENSE", "binary", [1, 0, 0]),
    ("ENTRY_FEE", "numeric", [5, 12, 25]),
    ("DRINK_PRICE", "numeric", [4.5, 7.0, 11.0]),
    ("ATTEND_FRI", "numeric", [180, 600, 2100]),
    ("ATTEND_SAT", "numeric", [230, 750, 2400]),
    ("INCIDENTS_PRE", "numeric", [0, 5, 22]),
    ("INCIDENTS_POST", "numeric", [1, 4, 18]),
    ("NOISE_COMPL", "numeric", [0, 3, 14]),
    ("NOISE_COMPL_V2", "numeric", [0, 2, 16]),
    ("AMBULANCE_CALLS", "numeric", [0, 2, 9]),
    ("REVENUE_K", "numeric", [40, 210, 1300]),
])
ds("h45_date_palms", "Date palm groves: cultivar, irrigation, pollination, pests and yield per tree.", [
    ("grove_id", "id", ["DP-11", "DP-12", "DP-13"]),
    ("cultivar", "categorical", ["medjool", "deglet_noor", "barhi", "khalasah"]),
    ("ha", "numeric", [0.8, 2.0, 15.0]),
    ("age_yr", "numeric", [6, 18, 45]),
    ("drip_irr", "binary", [1, 0, 1]),
    ("irr_m3_ha", "numeric", [9000, 15000, 24000]),
    ("ec_soil", "numeric", [2.1, 5.5, 11.0]),
    ("hnd_poll", "binary", [1, 1, 0]),
    ("shade_net", "binary", [0, 1, 0]),
    ("tmax_c", "numeric", [41, 45, 49]),
    ("rpw_inf", "binary", [0, 1, 0]),
    ("rpw_inf_pct", "numeric", [0, 4.5, 18.0]),
    ("bunch_n", "numeric", [6, 10, 15]),
    ("yld_kg_tree_prev", "numeric", [40, 75, 120]),
    ("yld_kg_tree", "numeric", [45, 80, 118]),
    ("frt_wt_g", "numeric", [8.5, 14.0, 24.0]),
    ("frt_wt_g_v2", "numeric", [8.9, 13.6, 23.1]),
])
ds("h45_cricket_farms", "Edible cricket (insect) farms: feed, climate control, stocking density, mortality, harvest and protein.", [
    ("farmId", "id", ["CF-201", "CF-202", "CF-203"]),
    ("feedType", "categorical", ["grainMix", "vegWaste", "brewersSpent", "commercial"]),
    ("organicCert", "binary", [0, 1, 0]),
    ("densityPerBin", "numeric", [800, 1500, 3000]),
    ("heatMatC", "numeric", [26, 30, 34]),
    ("humidityPct", "numeric", [45, 60, 75]),
    ("automatedMisting", "binary", [1, 0, 1]),
    ("cycleDays", "numeric", [35, 42, 56]),
    ("workerHrsWk", "numeric", [20, 60, 160]),
    ("mortality30d", "numeric", [0.05, 0.12, 0.3]),
    ("mortality60d", "numeric", [0.09, 0.2, 0.41]),
    ("harvestKgPre", "numeric", [120, 400, 1600]),
    ("harvestKgPost", "numeric", [140, 430, 1750]),
    ("proteinPct", "numeric", [58, 64, 70]),
    ("proteinPctV2", "numeric", [57.5, 63.8, 69.1]),
    ("frassSold", "binary", [1, 0, 1]),
    ("pricePerKg", "numeric", [18, 32, 55]),
])
ds("h45_drystone_crews", "Dry stone walling crews: training, stone source, build rate, wall design and collapses.", [
    ("crew", "id", ["Crew 1", "Crew 2", "Crew 3"]),
    ("region", "categorical", ["yorkshire", "cumbria", "cotswolds", "wales"]),
    ("certified", "binary", [1, 0, 1]),
    ("grant_funded", "binary", [0, 0, 1]),
    ("years_experience", "numeric", [2, 11, 35]),
    ("crew_size", "numeric", [2, 3, 6]),
    ("apprentices", "numeric", [0, 1, 3]),
    ("stone_source", "categorical", ["quarry", "field", "reclaimed"]),
    ("day_rate", "numeric", [180, 260, 400]),
    ("metres_per_day", "numeric", [2.5, 4.0, 7.0]),
    ("batter_ratio", "numeric", [0.1, 0.17, 0.25]),
    ("through_stones", "numeric", [0.5, 1.0, 2.0]),
    ("frost_days", "numeric", [20, 60, 110]),
    ("quality_score", "numeric", [62, 78, 93]),
    ("quality_score_v2", "numeric", [3.1, 3.9, 4.7]),
    ("collapse_1y", "binary", [0, 0, 1]),
    ("collapse_5y", "binary", [0, 1, 1]),
])
ds("h45_lime_kilns", "Heritage lime kilns: listing grade, firing practice, restoration, volunteering, visitors and output.", [
    ("kiln_id", "id", ["LK-05", "LK-06", "LK-07"]),
    ("grade", "categorical", ["I", "II*", "II"]),
    ("yr_built", "numeric", [1790, 1846, 1902]),
    ("fuel", "categorical", ["coal", "wood", "charcoal", "gas"]),
    ("burn_h", "numeric", [24, 48, 96]),
    ("lst_t", "numeric", [5, 18, 40]),
    ("ql_yld", "numeric", [2.6, 9.5, 22.0]),
    ("ql_yld_v2", "numeric", [2.4, 9.9, 21.3]),
    ("co2_t", "numeric", [3.1, 11.0, 26.0]),
    ("restored", "binary", [1, 0, 1]),
    ("guided", "binary", [0, 1, 1]),
    ("vol_d", "numeric", [10, 60, 240]),
    ("grant_k", "numeric", [0, 50, 300]),
    ("edu_vis", "numeric", [0, 12, 45]),
    ("vis_pre", "numeric", [400, 2200, 9000]),
    ("vis_post", "numeric", [450, 3100, 12500]),
    ("mortar_t", "numeric", [0.5, 4.0, 15.0]),
])
ds("h45_boatyards", "Wooden boatyards: timber, techniques, apprentices, grants, builds, prices and rot claims.", [
    ("yardId", "id", ["BY-31", "BY-32", "BY-33"]),
    ("woodSpecies", "categorical", ["oak", "larch", "mahogany", "douglasFir"]),
    ("waterfrontM", "numeric", [40, 120, 400]),
    ("shipwrightsN", "numeric", [2, 6, 15]),
    ("apprenticeScheme", "binary", [0, 1, 1]),
    ("heritageGrant", "binary", [1, 0, 0]),
    ("steamBending", "binary", [1, 1, 0]),
    ("epoxyUse", "binary", [0, 1, 0]),
    ("leadTimeWk", "numeric", [8, 26, 70]),
    ("hullsPerYr", "numeric", [1, 4, 12]),
    ("newBuilds", "numeric", [0, 2, 8]),
    ("repairJobs", "numeric", [10, 35, 90]),
    ("priceK", "numeric", [25, 110, 600]),
    ("customerSatPre", "numeric", [7.1, 8.0, 9.2]),
    ("customerSatPost", "numeric", [7.4, 8.3, 9.4]),
    ("rotClaims1y", "numeric", [0, 1, 3]),
    ("rotClaims3y", "numeric", [0, 2, 6]),
])
ds("h45_dive_centres", "Scuba dive centres: staffing, briefings, gas offered, incidents, reef damage, ratings and rebookings.", [
    ("centre", "id", ["Blue Hole Divers", "Reef Rats", "Coral Cove"]),
    ("country", "categorical", ["Egypt", "Thailand", "Mexico"]),
    ("certification_agency", "categorical", ["padi", "ssi", "bsac", "naui"]),
    ("instructors", "numeric", [2, 6, 14]),
    ("student_ratio", "numeric", [2, 4, 8]),
    ("nitrox", "binary", [1, 0, 1]),
    ("reef_briefing", "binary", [0, 1, 1]),
    ("water_temp", "numeric", [22, 26, 29]),
    ("dives_per_day", "numeric", [2, 4, 8]),
    ("price", "numeric", [45, 70, 120]),
    ("incidents_before", "numeric", [0, 2, 6]),
    ("incidents_after", "numeric", [0, 1, 5]),
    ("coral_damage", "numeric", [0.05, 0.2, 0.45]),
    ("coral_damage_index", "numeric", [12, 35, 70]),
    ("rating", "numeric", [4.1, 4.5, 4.9]),
    ("rebooking_30d", "numeric", [0.05, 0.15, 0.3]),
    ("rebooking_180d", "numeric", [0.15, 0.32, 0.55]),
])

Q = []
def q(dset, text, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    assert not kw, kw
    cols = list(D[dset]["columns"].keys()) if dset != "none" else None
    Q.append({"question": text, "dataset": dset, "columns": cols, "split": SPLIT, "origin": ORIGIN, "expected": exp})

# ---------------- 1. children's homes ----------------
d = "h45_childrens_homes"
q(d, "Estimate the average treatment effect of `mentor_prog` on `sdq_12m`, adjusting for `sdq_bl` and `age_yrs`.", "ate", "mentor_prog", "sdq_12m", covariates=["sdq_bl", "age_yrs"])
q(d, "Do children's homes that run a mentoring scheme see the kids' emotional and behavioural difficulties ease over the following year?", "ate", "mentor_prog", "sdq_12m")
q(d, "ate of therapy_sess on placement_moves", "ate", "therapy_sess", "placement_moves")
q(d, "Does keeping brothers and sisters together make it more likely a child moves to a foster family within the first year?", "ate", "sibling_placed", "foster_exit_1y")
q(d, "Is school attendance (sch_att_pct) improved by more hours of contact with relatives once region is held fixed, or is the association just confounding?", "ate", "kin_contact_hrs", "sch_att_pct", covariates=["region"])
q(d, "What's the effect of mentor_prog on foster exits?", "ate", "mentor_prog", None, clarify=True)
q(d, "For the homes that actually ran the mentoring programme, how much did it change their children's chances of leaving for foster care within two years?", "ate", "mentor_prog", "foster_exit_2y", estimand="att")
q(d, "would lowering caseworker churn cut the number of times kids get moved between placements? control for staff_ratio and fund_src", "ate", "cw_turnover", "placement_moves", covariates=["staff_ratio", "fund_src"])
q(d, "Effect of mentor_prog on sdq_12m among church-funded homes (fund_src = church).", "cate", "mentor_prog", "sdq_12m", at={"fund_src": "church"})
q(d, "For 14-year-olds, how do therapy sessions affect difficulties scores at twelve months?", "cate", "therapy_sess", "sdq_12m", at={"age_yrs": 14})
q(d, "Which kinds of homes benefit most from the mentoring programme in terms of school attendance (`sch_att_pct`)?", "cate", "mentor_prog", "sch_att_pct")
q(d, "under the condition that siblings are placed together, what is the impact of kinship contact hours on the two-year foster exit rate", "cate", "kin_contact_hrs", "foster_exit_2y", at={"sibling_placed": 1})
q(d, "Which homes should be prioritised for the mentoring programme to maximise foster exits within one year (foster_exit_1y)?", "policy", "mentor_prog", "foster_exit_1y")
q(d, "Design a targeting rule for therapy sessions that lowers sdq_12m the most.", "policy", "therapy_sess", "sdq_12m")
q(d, "who should get mentor_prog if we want better school attendance", "policy", "mentor_prog", None, clarify=True)
q(d, "How much of the mentoring programme's effect on 12-month SDQ goes through improved school attendance (sch_att_pct)?", "mediation", "mentor_prog", "sdq_12m", "sch_att_pct")
q(d, "Does time with family members work by reducing the number of placement moves, which then raises the chance of a foster exit within 2 years?", "mediation", "kin_contact_hrs", "foster_exit_2y", "placement_moves")
q(d, "Learn the causal structure among the variables in the children's homes data.", "discover")
q(d, "Predict foster_exit_1y for each home next year.", "unsupported")

# ---------------- 2. record stores ----------------
d = "h45_record_stores"
q(d, "Estimate the ATE of `inStoreGigs` on `salesPost`, controlling for `salesPre` and `cityTier`.", "ate", "inStoreGigs", "salesPost", covariates=["salesPre", "cityTier"])
q(d, "Did taking part in Record Store Day boost the shops' takings?", "ate", "rsdParticipant", "salesPost")
q(d, "loyaltyCard -> repeatRate90d, ate", "ate", "loyaltyCard", "repeatRate90d")
q(d, "Does running a web shop cannibalise walk-in customers on Saturdays and Sundays?", "ate", "onlineShop", "footfallWkend")
q(d, "Is the uplift in 90-day repeat purchasing from loyalty cards real, or is it just that longer-established owners (ownerYears) both offer cards and keep customers? Adjust for that.", "ate", "loyaltyCard", "repeatRate90d", covariates=["ownerYears"])
q(d, "What is the effect of raising avgPrice on footfall?", "ate", "avgPrice", None, clarify=True)
q(d, "Among the stores that hosted in-store gigs, what did the gigs do to their weekend footfall?", "ate", "inStoreGigs", "footfallWkend", estimand="att")
q(d, "How much does stocking a bigger share of vinyl change sales? Hold staffCount fixed.", "ate", "vinylSharePct", "salesPost", covariates=["staffCount"])
q(d, "Effect of inStoreGigs on salesPost for smalltown stores", "cate", "inStoreGigs", "salesPost", at={"cityTier": "smalltown"})
q(d, "At a gig frequency of 4 per month, what's the effect of the loyalty card on the 30-day repeat rate?", "cate", "loyaltyCard", "repeatRate30d", at={"gigsPerMonth": 4})
q(d, "how does the effect of rsdParticipant on salesPost vary with ownerYears", "cate", "rsdParticipant", "salesPost")
q(d, "In metro shops, does having an online store raise repeat custom within 90 days?", "cate", "onlineShop", "repeatRate90d", at={"cityTier": "metro"})
q(d, "Which stores should we fund to put on in-store gigs in order to maximise post-period sales?", "policy", "inStoreGigs", "salesPost")
q(d, "Targeting rule: which stores should get a `loyaltyCard` scheme to maximise `repeatRate90d`?", "policy", "loyaltyCard", "repeatRate90d")
q(d, "Who should sign up for Record Store Day next year if the aim is more weekend visitors through the door?", "policy", "rsdParticipant", "footfallWkend")
q(d, "How much of the effect of in-store gigs on salesPost is mediated by footfallWkend?", "mediation", "inStoreGigs", "salesPost", "footfallWkend")
q(d, "Loyalty cards supposedly work by bringing people back within a month (repeatRate30d), which then lifts sales afterwards. Split that into direct and indirect parts.", "mediation", "loyaltyCard", "salesPost", "repeatRate30d")
q(d, "Which variables in the record store data drive which? Map out the cause-and-effect links from the data alone.", "discover")
q(d, "Plot salesPre against salesPost for every store.", "unsupported")

# ---------------- 3. local newspapers ----------------
d = "h45_local_newspapers"
q(d, "Estimate the effect of `paywall` on `circulation_after`, adjusting for `circulation_before` and `ownership`.", "ate", "paywall", "circulation_after", covariates=["circulation_before", "ownership"])
q(d, "Do papers with more journalists on staff get higher voter participation in their county?", "ate", "reporters", "turnout")
q(d, "paywall effect on subscriptions", "ate", "paywall", "subscriptions")
q(d, "Does cutting the number of days a paper is printed drive readers away?", "ate", "print_days", "circulation_after")
q(d, "What does putting up a paywall do to advertising money?", "ate", "paywall", None, clarify=True)
q(d, "Does a larger share of local stories (local_share) raise turnout, controlling for turnout_prior?", "ate", "local_share", "turnout", covariates=["turnout_prior"])
q(d, "If the papers without a paywall had introduced one, how would their web traffic have changed?", "ate", "paywall", "website_visits", estimand="atc")
q(d, "Using founded as an instrument, estimate the effect of reporters on turnout.", "ate", "reporters", "turnout", instrument="founded")
q(d, "For family-owned papers, what is the effect of paywall on circulation_after?", "cate", "paywall", "circulation_after", at={"ownership": "family"})
q(d, "effect of reporters on turnout when print_days = 7", "cate", "reporters", "turnout", at={"print_days": 7})
q(d, "Where does a paywall hurt circulation most, i.e. for which kinds of papers is the drop largest?", "cate", "paywall", "circulation_after")
q(d, "Among hedge-fund-owned titles, does a higher share of local coverage lift ad_revenue?", "cate", "local_share", "ad_revenue", at={"ownership": "hedge_fund"})
q(d, "Which papers should adopt a paywall to maximise subscribers?", "policy", "paywall", "subscribers")
q(d, "Recommend a rule for which newspapers should go behind a paywall if the goal is higher circulation afterwards.", "policy", "paywall", "circulation_after")
q(d, "How much of the effect of `reporters` on `turnout` runs through `local_share`?", "mediation", "reporters", "turnout", "local_share")
q(d, "A paywall might cut website visits, which then cuts ad_income. What share of the paywall's effect on ad income is indirect?", "mediation", "paywall", "ad_income", "website_visits")
q(d, "Discover the causal DAG over the newspaper variables.", "discover")
q(d, "Write SQL to get the average circulation_after by county.", "unsupported")

# ---------------- 4. soup kitchens ----------------
d = "h45_soup_kitchens"
q(d, "Estimate the ATE of CASEWORK_ONSITE on HOUSED_12M.", "ate", "CASEWORK_ONSITE", "HOUSED_12M")
q(d, "Does serving a hot meal bring guests back within three months?", "ate", "HOT_MEAL", "REPEAT_VISIT_90D")
q(d, "housing referral -> HOUSED_12M, adj FOOD_INSEC_BL, URBAN_RURAL", "ate", "HOUSING_REFERRAL", "HOUSED_12M", covariates=["FOOD_INSEC_BL", "URBAN_RURAL"])
q(d, "Is hunger among guests reduced by keeping the doors open longer?", "ate", "OPEN_HRS", "FOOD_INSEC_6M")
q(d, "What is the effect of more volunteers on food waste?", "ate", "VOLS_WK", None, clarify=True)
q(d, "For kitchens that offered on-site casework, what was the effect on 6-month food insecurity?", "ate", "CASEWORK_ONSITE", "FOOD_INSEC_6M", estimand="att")
q(d, "Do faith-based kitchens attract more donations, or is that confounded by urban vs rural location (URBAN_RURAL)?", "ate", "FAITH_BASED", "DONATION_USD", covariates=["URBAN_RURAL"])
q(d, "Effect of HOT_MEAL on REPEAT_VISIT_30D in RURAL kitchens", "cate", "HOT_MEAL", "REPEAT_VISIT_30D", at={"URBAN_RURAL": "RURAL"})
q(d, "At 20 volunteers a week, what does having a caseworker on site do to the share of guests housed within a year?", "cate", "CASEWORK_ONSITE", "HOUSED_12M", at={"VOLS_WK": 20})
q(d, "Heterogeneity of HOUSING_REFERRAL's effect on HOUSED_12M by FOOD_INSEC_BL.", "cate", "HOUSING_REFERRAL", "HOUSED_12M")
q(d, "among faith-based kitchens, hot meal effect on repeat visits", "cate", "HOT_MEAL", None, at={"FAITH_BASED": 1}, clarify=True)
q(d, "Which kitchens should get funding for an on-site caseworker to maximise HOUSED_12M?", "policy", "CASEWORK_ONSITE", "HOUSED_12M")
q(d, "Allocate hot-meal equipment to the kitchens where it lowers FOOD_INSEC_6M most.", "policy", "HOT_MEAL", "FOOD_INSEC_6M")
q(d, "Who should offer housing referrals if we want more guests to end up with a home?", "policy", "HOUSING_REFERRAL", "HOUSED_12M")
q(d, "How much of CASEWORK_ONSITE's effect on HOUSED_12M is mediated by HOUSING_REFERRAL?", "mediation", "CASEWORK_ONSITE", "HOUSED_12M", "HOUSING_REFERRAL")
q(d, "Hot meals may work by bringing people back (REPEAT_VISIT_90D), which then reduces food insecurity at 6 months. Direct vs indirect?", "mediation", "HOT_MEAL", "FOOD_INSEC_6M", "REPEAT_VISIT_90D")
q(d, "Longer opening hours might raise donations because more meals get served each day. How much of the opening-hours effect on donations goes that way?", "mediation", "OPEN_HRS", "DONATION_USD", "MEALS_DAY")
q(d, "Run causal discovery on the soup kitchen table.", "discover")
q(d, "What's causing what among these kitchen metrics? I want the dependency structure, not a single effect.", "discover")
q(d, "Give me summary statistics for MEALS_DAY and DONATION_USD.", "unsupported")

# ---------------- 5. refugee clinics ----------------
d = "h45_refugee_clinics"
q(d, "Estimate the average effect of `wash_kits` on `diarr_inc_post`, adjusting for `diarr_inc_pre` and `pop_k`.", "ate", "wash_kits", "diarr_inc_post", covariates=["diarr_inc_pre", "pop_k"])
q(d, "Do clinics handing out oral rehydration salts see fewer deaths among children under five?", "ate", "ors_dist", "u5_mort")
q(d, "ate mhpss on ptsd_scr", "ate", "mhpss", "ptsd_scr")
q(d, "Does having an interpreter on hand shorten how long patients queue?", "ate", "interp_avail", "wait_min")
q(d, "Effect of more community health workers on vaccination coverage?", "ate", "chw_n", None, clarify=True)
q(d, "Is child nutritional status (arm circumference) improved by ORS distribution, holding muac_bl fixed?", "ate", "ors_dist", "muac_6m", covariates=["muac_bl"])
q(d, "Using sup_dist_km as an instrument, estimate the effect of wash_kits on diarr_inc_post.", "ate", "wash_kits", "diarr_inc_post", instrument="sup_dist_km")
q(d, "What would hygiene kits have done for diarrhoea rates in the clinics that didn't receive them?", "ate", "wash_kits", "diarr_inc_post", estimand="atc")
q(d, "effect of ors_dist on u5_mort in zone C", "cate", "ors_dist", "u5_mort", at={"camp_zone": "C"})
q(d, "For clinics with 10 community health workers, how does `mhpss` affect `ptsd_scr`?", "cate", "mhpss", "ptsd_scr", at={"chw_n": 10})
q(d, "In which clinics do WASH kits reduce post-period diarrhoea the most?", "cate", "wash_kits", "diarr_inc_post")
q(d, "Under the condition that an interpreter is available, what is the impact of mental health and psychosocial support on PTSD scores?", "cate", "mhpss", "ptsd_scr", at={"interp_avail": 1})
q(d, "Which clinics should receive WASH kits first to cut diarr_inc_post?", "policy", "wash_kits", "diarr_inc_post")
q(d, "Targeting policy for mhpss to minimise ptsd_scr.", "policy", "mhpss", "ptsd_scr")
q(d, "Where should we deploy interpreters to bring down waiting times?", "policy", "interp_avail", "wait_min")
q(d, "How much of the effect of wash_kits on u5_mort is mediated by diarr_inc_post?", "mediation", "wash_kits", "u5_mort", "diarr_inc_post")
q(d, "interpreters -> shorter waits -> better vaccination coverage (vacc_cov_v2): decompose the effect of interp_avail into direct and indirect parts through wait_min", "mediation", "interp_avail", "vacc_cov_v2", "wait_min")
q(d, "Estimate the causal graph linking the clinic variables.", "discover")
q(d, "Forecast pop_k for each camp zone next quarter.", "unsupported")

# ---------------- 6. ATC centres ----------------
d = "h45_atc_centres"
q(d, "Estimate the ATE of `AUTO_CONFLICT_ALERT` on `LOSS_SEP_POST`, adjusting for `LOSS_SEP_PRE` and `TRAFFIC_PEAK`.", "ate", "AUTO_CONFLICT_ALERT", "LOSS_SEP_POST", covariates=["LOSS_SEP_PRE", "TRAFFIC_PEAK"])
q(d, "Do longer shifts make controllers more tired?", "ate", "SHIFT_LEN_H", None, clarify=True)
q(d, "Does simulator training cut the number of separation losses?", "ate", "SIM_TRAINING", "LOSS_SEP_POST")
q(d, "cpdlc effect on DELAY_MIN_DAY", "ate", "CPDLC", "DELAY_MIN_DAY")
q(d, "Are losses of separation reduced by more controller experience, or is that confounded by staff shortages? Control for STAFF_SHORT.", "ate", "CTRL_EXP_YRS", "LOSS_SEP_POST", covariates=["STAFF_SHORT"])
q(d, "For centres that installed automatic conflict alerting, what was its effect on overnight delay minutes?", "ate", "AUTO_CONFLICT_ALERT", "DELAY_MIN_NIGHT", estimand="att")
q(d, "What happens to fatigue scores (FATIGUE_SCR_V2) when a centre is short-staffed?", "ate", "STAFF_SHORT", "FATIGUE_SCR_V2")
q(d, "Effect of SIM_TRAINING on LOSS_SEP_POST for centres with ADS_B radar", "cate", "SIM_TRAINING", "LOSS_SEP_POST", at={"RADAR_GEN": "ADS_B"})
q(d, "at a 10-hour shift length, what does datalink (CPDLC) do to daytime delays?", "cate", "CPDLC", "DELAY_MIN_DAY", at={"SHIFT_LEN_H": 10})
q(d, "How does the benefit of conflict alerts on separation losses vary with peak traffic?", "cate", "AUTO_CONFLICT_ALERT", "LOSS_SEP_POST")
q(d, "Among centres still on primary surveillance radar (PSR), what does simulator training do to controller fatigue?", "cate", "SIM_TRAINING", None, at={"RADAR_GEN": "PSR"}, clarify=True)
q(d, "Which centres should get simulator training first to minimise LOSS_SEP_POST?", "policy", "SIM_TRAINING", "LOSS_SEP_POST")
q(d, "Recommend where to roll out CPDLC to reduce night-time delay minutes.", "policy", "CPDLC", "DELAY_MIN_NIGHT")
q(d, "How much of the effect of SHIFT_LEN_H on LOSS_SEP_POST goes through FATIGUE_SCR?", "mediation", "SHIFT_LEN_H", "LOSS_SEP_POST", "FATIGUE_SCR")
q(d, "Staff shortages lengthen shifts, which then cause more separation losses: what fraction of STAFF_SHORT's effect on LOSS_SEP_POST is via SHIFT_LEN_H?", "mediation", "STAFF_SHORT", "LOSS_SEP_POST", "SHIFT_LEN_H")
q(d, "Discover the causal graph for the air traffic control data.", "discover")
q(d, "Figure out which of these ATC variables influence which others; no hypothesis, just learn it from the data.", "discover")
q(d, "Clean the WEATHER_DAYS column, there are negative values in it.", "unsupported")

# ---------------- 7. demolition ----------------
d = "h45_demolition"
q(d, "Estimate the ATE of `safetyTraining` on `injuries12m`, controlling for `crewSize` and `methodType`.", "ate", "safetyTraining", "injuries12m", covariates=["crewSize", "methodType"])
q(d, "Does damping down the dust cut the number of neighbour complaints?", "ate", "dustSuppress", "complaintsPost")
q(d, "ate of permitDelayDays on daysOverrun", "ate", "permitDelayDays", "daysOverrun")
q(d, "Does safety training reduce injuries?", "ate", "safetyTraining", None, clarify=True)
q(d, "Does hiring bigger crews push project costs up?", "ate", "crewSize", "projectCostK")
q(d, "Is the drop in complaints after dust suppression real or just because implosion jobs are different? adjust for methodType and complaintsPre", "ate", "dustSuppress", "complaintsPost", covariates=["methodType", "complaintsPre"])
q(d, "What would safety training have done to two-year injury counts for contractors who never did it?", "ate", "safetyTraining", "injuries24m", estimand="atc")
q(d, "Effect of dustSuppress on complaintsPost for manual demolition jobs", "cate", "dustSuppress", "complaintsPost", at={"methodType": "manual"})
q(d, "For sites of 5000 m2, what's the effect of crew size on days overrun?", "cate", "crewSize", "daysOverrun", at={"siteAreaM2": 5000})
q(d, "Which contractors benefit most from safety training in terms of 24-month injuries?", "cate", "safetyTraining", "injuries24m")
q(d, "When the method is implosion, does dust suppression make sites quieter (noiseDb)?", "cate", "dustSuppress", "noiseDb", at={"methodType": "implosion"})
q(d, "Which contractors should be required to do safetyTraining to minimise injuries24m?", "policy", "safetyTraining", "injuries24m")
q(d, "Who should we mandate dust suppression for, if the goal is fewer complaints afterwards?", "policy", "dustSuppress", "complaintsPost")
q(d, "best policy for assigning safety training to reduce first-year injuries", "policy", "safetyTraining", "injuries12m")
q(d, "How much of the effect of permitDelayDays on projectCostK is mediated by daysOverrun?", "mediation", "permitDelayDays", "projectCostK", "daysOverrun")
q(d, "Dust suppression might lower complaints partly by reducing noise. Direct vs indirect effect through noiseDb?", "mediation", "dustSuppress", "complaintsPost", "noiseDb")
q(d, "Learn the DAG connecting the demolition contractor variables.", "discover")
q(d, "What's the average recycleRate by methodType?", "unsupported")

# ---------------- 8. watch repair ----------------
d = "h45_watch_repair"
q(d, "Estimate the effect of `ultrasonic_cleaner` on `return_rate`, adjusting for `technicians` and `vintage_share`.", "ate", "ultrasonic_cleaner", "return_rate", covariates=["technicians", "vintage_share"])
q(d, "Do shops offering a guarantee on their work end up with happier customers?", "ate", "warranty", "satisfaction_after")
q(d, "online_booking -> repairs_month, ate", "ate", "online_booking", "repairs_month")
q(d, "Does taking on an apprentice slow repairs down?", "ate", "apprentice", None, clarify=True)
q(d, "How much does charging more affect customer satisfaction afterwards, holding satisfaction_before fixed?", "ate", "price", "satisfaction_after", covariates=["satisfaction_before"])
q(d, "For shops that bought an ultrasonic cleaner, how did it change turnaround_days_v2?", "ate", "ultrasonic_cleaner", "turnaround_days_v2", estimand="att")
q(d, "Is the lower comeback rate at certified workshops causal, or just a correlation?", "ate", "certification", "comeback_rate")
q(d, "do more technicians mean faster turnaround (turnaround_days)?", "ate", "technicians", "turnaround_days")
q(d, "Effect of warranty on satisfaction_after among wostep-certified shops", "cate", "warranty", "satisfaction_after", at={"certification": "wostep"})
q(d, "At a price of 150, what's the effect of online booking on repairs per month?", "cate", "online_booking", "repairs_month", at={"price": 150})
q(d, "how does the effect of ultrasonic_cleaner on return_rate vary by vintage_share", "cate", "ultrasonic_cleaner", "return_rate")
q(d, "for shops with 3 technicians, does an apprentice change comeback_rate?", "cate", "apprentice", "comeback_rate", at={"technicians": 3})
q(d, "Which shops should invest in an ultrasonic cleaner to cut the return rate?", "policy", "ultrasonic_cleaner", "return_rate")
q(d, "Which shops should offer a warranty to maximise `satisfaction_after`?", "policy", "warranty", "satisfaction_after")
q(d, "Which shops should take on an apprentice if we want a lower comeback_rate?", "policy", "apprentice", "comeback_rate")
q(d, "How much of online_booking's effect on satisfaction_after is mediated by turnaround_days?", "mediation", "online_booking", "satisfaction_after", "turnaround_days")
q(d, "The ultrasonic cleaner might work by speeding up turnaround (turnaround_days_v2), which then raises satisfaction. Split into direct and indirect effects.", "mediation", "ultrasonic_cleaner", "satisfaction_after", "turnaround_days_v2")
q(d, "Does a warranty lower the return rate directly, or via higher satisfaction_after?", "mediation", "warranty", "return_rate", "satisfaction_after")
q(d, "Learn the causal graph of the watch repair data.", "discover")
q(d, "Which of the watch shop variables are causes and which are effects? Work out the structure from the data.", "discover")

# ---------------- 9. nightclubs ----------------
d = "h45_nightclubs"
q(d, "Estimate the ATE of `ID_SCANNER` on `INCIDENTS_POST`, controlling for `INCIDENTS_PRE` and `CAPACITY`.", "ate", "ID_SCANNER", "INCIDENTS_POST", covariates=["INCIDENTS_PRE", "CAPACITY"])
q(d, "Does giving out free water mean fewer ambulance call-outs?", "ate", "WATER_FREE", "AMBULANCE_CALLS")
q(d, "late licence effect on noise complaints", "ate", "LATE_LICENSE", None, clarify=True)
q(d, "Does raising the cover charge thin out Saturday crowds?", "ate", "ENTRY_FEE", "ATTEND_SAT")
q(d, "Are violent incidents reduced by more bouncers, or is it confounded by club size (CAPACITY)?", "ate", "DOOR_STAFF", "INCIDENTS_POST", covariates=["CAPACITY"])
q(d, "Among clubs with late licences, what did the late licence do to revenue?", "ate", "LATE_LICENSE", "REVENUE_K", estimand="att")
q(d, "drink price -> ambulance calls, ate, adj DJ_TIER", "ate", "DRINK_PRICE", "AMBULANCE_CALLS", covariates=["DJ_TIER"])
q(d, "What effect does booking an international headliner have on attendance?", "ate", "DJ_TIER", None, clarify=True)
q(d, "Effect of ID_SCANNER on INCIDENTS_POST for clubs with INTL DJs", "cate", "ID_SCANNER", "INCIDENTS_POST", at={"DJ_TIER": "INTL"})
q(d, "At an entry fee of £15, how does free water affect ambulance calls?", "cate", "WATER_FREE", "AMBULANCE_CALLS", at={"ENTRY_FEE": 15})
q(d, "For which clubs does a late licence raise revenue most?", "cate", "LATE_LICENSE", "REVENUE_K")
q(d, "under the condition that capacity is 800, effect of door staff numbers on incidents", "cate", "DOOR_STAFF", "INCIDENTS_POST", at={"CAPACITY": 800})
q(d, "Which clubs should the council require to install ID scanners to minimise INCIDENTS_POST?", "policy", "ID_SCANNER", "INCIDENTS_POST")
q(d, "Which venues should provide free water to reduce AMBULANCE_CALLS?", "policy", "WATER_FREE", "AMBULANCE_CALLS")
q(d, "Who should be granted a late licence if the aim is to maximise takings?", "policy", "LATE_LICENSE", "REVENUE_K")
q(d, "How much of LATE_LICENSE's effect on AMBULANCE_CALLS is mediated by INCIDENTS_POST?", "mediation", "LATE_LICENSE", "AMBULANCE_CALLS", "INCIDENTS_POST")
q(d, "Pricier drinks might reduce incidents by thinning out Saturday attendance. Direct vs indirect effect via ATTEND_SAT?", "mediation", "DRINK_PRICE", "INCIDENTS_POST", "ATTEND_SAT")
q(d, "Uncover the causal relationships among all the nightclub columns.", "discover")
q(d, "Make a bar chart of REVENUE_K by DJ_TIER.", "unsupported")

# ---------------- 10. date palms ----------------
d = "h45_date_palms"
q(d, "Estimate the ATE of `drip_irr` on `yld_kg_tree`, adjusting for `yld_kg_tree_prev` and `age_yr`.", "ate", "drip_irr", "yld_kg_tree", covariates=["yld_kg_tree_prev", "age_yr"])
q(d, "Does pollinating by hand lead to more bunches per palm?", "ate", "hnd_poll", "bunch_n")
q(d, "ate of ec_soil on yld_kg_tree", "ate", "ec_soil", "yld_kg_tree")
q(d, "Do shade nets make the dates heavier?", "ate", "shade_net", None, clarify=True)
q(d, "Is weevil infestation (rpw_inf_pct) made worse by drip irrigation, holding cultivar fixed?", "ate", "drip_irr", "rpw_inf_pct", covariates=["cultivar"])
q(d, "For groves without drip irrigation, how much would switching to drip change yield per tree?", "ate", "drip_irr", "yld_kg_tree", estimand="atc")
q(d, "How does the volume of water applied per hectare affect soil salinity?", "ate", "irr_m3_ha", "ec_soil")
q(d, "Effect of hnd_poll on yld_kg_tree for medjool groves", "cate", "hnd_poll", "yld_kg_tree", at={"cultivar": "medjool"})
q(d, "When the max temperature is 45C, does a shade net change frt_wt_g_v2?", "cate", "shade_net", "frt_wt_g_v2", at={"tmax_c": 45})
q(d, "How does the effect of drip irrigation on yield vary by palm age?", "cate", "drip_irr", "yld_kg_tree")
q(d, "For 2 ha groves, what's the effect of hand pollination on bunch count?", "cate", "hnd_poll", "bunch_n", at={"ha": 2})
q(d, "Which groves should switch to drip irrigation to maximise yld_kg_tree?", "policy", "drip_irr", "yld_kg_tree")
q(d, "Where should we spend on hand pollination to get more bunches per tree?", "policy", "hnd_poll", "bunch_n")
q(d, "allocation rule for shade nets to maximise fruit weight", "policy", "shade_net", None, clarify=True)
q(d, "How much of drip_irr's effect on yld_kg_tree goes through ec_soil?", "mediation", "drip_irr", "yld_kg_tree", "ec_soil")
q(d, "Hand pollination raises yield by increasing the number of bunches; how much of its effect on yld_kg_tree is via bunch_n?", "mediation", "hnd_poll", "yld_kg_tree", "bunch_n")
q(d, "Does heat (tmax_c) cut yield directly, or through more red palm weevil infestation (rpw_inf_pct)?", "mediation", "tmax_c", "yld_kg_tree", "rpw_inf_pct")
q(d, "causal discovery on the date palm groves dataset", "discover")
q(d, "Find the DAG that best explains how irrigation, salinity, pests and yield relate in the grove data.", "discover")
q(d, "Predict yld_kg_tree for a new grove of barhi palms.", "unsupported")

# ---------------- 11. cricket farms ----------------
d = "h45_cricket_farms"
q(d, "Estimate the ATE of `automatedMisting` on `mortality30d`, adjusting for `humidityPct` and `densityPerBin`.", "ate", "automatedMisting", "mortality30d", covariates=["humidityPct", "densityPerBin"])
q(d, "Do farms that feed brewers' spent grain get bigger harvests?", "ate", "feedType", "harvestKgPost")
q(d, "densityPerBin -> mortality60d ate", "ate", "densityPerBin", "mortality60d")
q(d, "Does running the heat mats warmer raise protein content?", "ate", "heatMatC", None, clarify=True)
q(d, "Is the rearing cycle shortened by running the heat mats hotter?", "ate", "heatMatC", "cycleDays")
q(d, "Among farms that installed automated misting, what did it do to the harvest afterwards?", "ate", "automatedMisting", "harvestKgPost", estimand="att")
q(d, "Does organic certification let farms charge more per kilo, controlling for feedType?", "ate", "organicCert", "pricePerKg", covariates=["feedType"])
q(d, "effect of more worker hours on harvestKgPost holding harvestKgPre fixed", "ate", "workerHrsWk", "harvestKgPost", covariates=["harvestKgPre"])
q(d, "Does adding UV lamps to the bins reduce 60-day mortality?", "ate", None, "mortality60d", clarify=True)
q(d, "Effect of automatedMisting on mortality60d for farms on vegWaste feed", "cate", "automatedMisting", "mortality60d", at={"feedType": "vegWaste"})
q(d, "At 30C, how does stocking density affect 30-day die-off?", "cate", "densityPerBin", "mortality30d", at={"heatMatC": 30})
q(d, "which farms gain most from misting in terms of harvest?", "cate", "automatedMisting", "harvestKgPost")
q(d, "Among organic farms, what is the effect of feed type on proteinPctV2?", "cate", "feedType", "proteinPctV2", at={"organicCert": 1})
q(d, "Which farms should adopt automated misting to minimise mortality60d?", "policy", "automatedMisting", "mortality60d")
q(d, "Targeting rule for organic certification to maximise pricePerKg.", "policy", "organicCert", "pricePerKg")
q(d, "How much of automatedMisting's effect on harvestKgPost is mediated by mortality30d?", "mediation", "automatedMisting", "harvestKgPost", "mortality30d")
q(d, "Heat mats may shorten the cycle (cycleDays), which then boosts the harvest. Direct vs indirect effect of heatMatC on harvestKgPost?", "mediation", "heatMatC", "harvestKgPost", "cycleDays")
q(d, "Learn the causal structure of the cricket farm data: which variables affect which?", "discover")

# ---------------- 12. dry stone walling ----------------
d = "h45_drystone_crews"
q(d, "Estimate the effect of `certified` on `collapse_5y`, adjusting for `frost_days` and `stone_source`.", "ate", "certified", "collapse_5y", covariates=["frost_days", "stone_source"])
q(d, "Do walls built with more through-stones stand up better over five years?", "ate", "through_stones", "collapse_5y")
q(d, "apprentices -> metres_per_day ate", "ate", "apprentices", "metres_per_day")
q(d, "Does certification improve build quality?", "ate", "certified", None, clarify=True)
q(d, "Is collapse within a year reduced by a steeper batter?", "ate", "batter_ratio", "collapse_1y")
q(d, "For crews that got grant funding, what effect did the grant have on metres built per day?", "ate", "grant_funded", "metres_per_day", estimand="att")
q(d, "Does a bigger crew raise the day rate, or is that confounded by experience? control years_experience", "ate", "crew_size", "day_rate", covariates=["years_experience"])
q(d, "Use grant_funded as an instrument to estimate the effect of apprentices on quality_score_v2.", "ate", "apprentices", "quality_score_v2", instrument="grant_funded")
q(d, "How are metres_per_day and day_rate causally related, and how big is the effect?", "ate", None, None, clarify=True)
q(d, "Effect of through_stones on collapse_5y for walls built with reclaimed stone", "cate", "through_stones", "collapse_5y", at={"stone_source": "reclaimed"})
q(d, "At 60 frost days a year, does certification reduce 5-year collapse?", "cate", "certified", "collapse_5y", at={"frost_days": 60})
q(d, "Which crews see the largest productivity gain from taking on apprentices?", "cate", "apprentices", "metres_per_day")
q(d, "among Cumbrian crews, how does certification affect quality_score_v2?", "cate", "certified", "quality_score_v2", at={"region": "cumbria"})
q(d, "Which crews should be put through certification to minimise collapse_5y?", "policy", "certified", "collapse_5y")
q(d, "Which crews should receive grant funding to maximise metres_per_day?", "policy", "grant_funded", "metres_per_day")
q(d, "Which crews should we push to use more through-stones to cut collapses within a year?", "policy", "through_stones", "collapse_1y")
q(d, "How much of certified's effect on collapse_5y is mediated by through_stones?", "mediation", "certified", "collapse_5y", "through_stones")
q(d, "Apprentices may slow the crew down (metres_per_day), which then pushes up the day rate: direct vs indirect effect of apprentices on day_rate.", "mediation", "apprentices", "day_rate", "metres_per_day")
q(d, "Learn the causal graph over the walling crew variables.", "discover")
q(d, "Tell me a joke about dry stone wallers.", "unsupported")

# ---------------- 13. lime kilns ----------------
d = "h45_lime_kilns"
q(d, "Estimate the ATE of `restored` on `vis_post`, adjusting for `vis_pre` and `grade`.", "ate", "restored", "vis_post", covariates=["vis_pre", "grade"])
q(d, "Do guided tours bring in more school groups?", "ate", "guided", "edu_vis")
q(d, "ate burn_h on co2_t", "ate", "burn_h", "co2_t")
q(d, "Does firing the kiln for longer increase quicklime yield?", "ate", "burn_h", None, clarify=True)
q(d, "Is visitor growth caused by restoration grants (grant_k), or confounded by listed grade? Adjust for grade.", "ate", "grant_k", "vis_post", covariates=["grade"])
q(d, "For kilns that weren't restored, how would restoration have changed visitor numbers afterwards?", "ate", "restored", "vis_post", estimand="atc")
q(d, "Instrumenting with yr_built, what is the effect of lst_t on mortar_t?", "ate", "lst_t", "mortar_t", instrument="yr_built")
q(d, "Effect of guided on vis_post for Grade II* kilns", "cate", "guided", "vis_post", at={"grade": "II*"})
q(d, "When the fuel is wood, what's the effect of burn hours on CO2 emitted?", "cate", "burn_h", "co2_t", at={"fuel": "wood"})
q(d, "How does the restoration effect on visitors vary with volunteer days?", "cate", "restored", "vis_post")
q(d, "For a grant of 50k, effect of guided tours on edu_vis?", "cate", "guided", "edu_vis", at={"grant_k": 50})
q(d, "Which kilns should be prioritised for restoration to maximise vis_post?", "policy", "restored", "vis_post")
q(d, "Where should guided tours be introduced to maximise school visits?", "policy", "guided", "edu_vis")
q(d, "How much of restored's effect on mortar_t goes through vis_post?", "mediation", "restored", "mortar_t", "vis_post")
q(d, "Grants pay for volunteer days (vol_d), which then drive visitor numbers. What share of grant_k's effect on vis_post is indirect?", "mediation", "grant_k", "vis_post", "vol_d")
q(d, "Guided tours: do they raise vis_post directly, or via edu_vis?", "mediation", "guided", "vis_post", "edu_vis")
q(d, "Discover the causal graph among the kiln variables.", "discover")
q(d, "I'd like to know how the lime kiln measurements depend on one another causally; infer the structure.", "discover")
q(d, "Summarise co2_t by fuel type.", "unsupported")

# ---------------- 14. boatyards ----------------
d = "h45_boatyards"
q(d, "Estimate the ATE of `epoxyUse` on `rotClaims3y`, adjusting for `woodSpecies`.", "ate", "epoxyUse", "rotClaims3y", covariates=["woodSpecies"])
q(d, "Do yards with an apprenticeship scheme build more hulls each year?", "ate", "apprenticeScheme", "hullsPerYr")
q(d, "heritageGrant -> repairJobs, ate", "ate", "heritageGrant", "repairJobs")
q(d, "Does epoxy cut rot claims?", "ate", "epoxyUse", None, clarify=True)
q(d, "Are customers happier after steam bending was adopted? adjust for customerSatPre", "ate", "steamBending", "customerSatPost", covariates=["customerSatPre"])
q(d, "For yards that received heritage grants, what was the effect on lead times?", "ate", "heritageGrant", "leadTimeWk", estimand="att")
q(d, "Does adding shipwrights shorten the wait for a boat, or is that confounded by waterfront length (waterfrontM)?", "ate", "shipwrightsN", "leadTimeWk", covariates=["waterfrontM"])
q(d, "What effect does the choice of timber have on price?", "ate", "woodSpecies", "priceK")
q(d, "What's the causal link between leadTimeWk and customerSatPost?", "ate", None, None, clarify=True)
q(d, "Effect of epoxyUse on rotClaims3y for larch boats", "cate", "epoxyUse", "rotClaims3y", at={"woodSpecies": "larch"})
q(d, "At 6 shipwrights, does the apprentice scheme change hullsPerYr?", "cate", "apprenticeScheme", "hullsPerYr", at={"shipwrightsN": 6})
q(d, "For which yards is steam bending most beneficial to customer satisfaction?", "cate", "steamBending", "customerSatPost")
q(d, "Among yards with heritage grants, effect of epoxy on 1-year rot claims", "cate", "epoxyUse", "rotClaims1y", at={"heritageGrant": 1})
q(d, "Which yards should adopt epoxy to minimise rotClaims3y?", "policy", "epoxyUse", "rotClaims3y")
q(d, "Which yards should get a heritage grant to maximise newBuilds?", "policy", "heritageGrant", "newBuilds")
q(d, "Targeting rule for apprenticeScheme to maximise hullsPerYr.", "policy", "apprenticeScheme", "hullsPerYr")
q(d, "How much of apprenticeScheme's effect on customerSatPost goes through leadTimeWk?", "mediation", "apprenticeScheme", "customerSatPost", "leadTimeWk")
q(d, "Heritage grants might raise prices by enabling steam bending. Direct vs indirect effect of heritageGrant on priceK via steamBending?", "mediation", "heritageGrant", "priceK", "steamBending")
q(d, "Learn which boatyard variables cause which others.", "discover")

# ---------------- 15. dive centres ----------------
d = "h45_dive_centres"
q(d, "Estimate the effect of `reef_briefing` on `coral_damage_index`, adjusting for `dives_per_day`.", "ate", "reef_briefing", "coral_damage_index", covariates=["dives_per_day"])
q(d, "Do dive shops that offer enriched air see fewer accidents?", "ate", "nitrox", "incidents_after")
q(d, "student_ratio -> incidents_after ate, adj incidents_before", "ate", "student_ratio", "incidents_after", covariates=["incidents_before"])
q(d, "Does a reef briefing reduce coral damage?", "ate", "reef_briefing", None, clarify=True)
q(d, "Does charging more drag down the online rating?", "ate", "price", "rating")
q(d, "For centres offering nitrox, what did nitrox do to 180-day rebookings?", "ate", "nitrox", "rebooking_180d", estimand="att")
q(d, "Is the higher 30-day rebooking at centres with more instructors real, or confounded by country?", "ate", "instructors", "rebooking_30d", covariates=["country"])
q(d, "What is the effect of the pre-dive reef talk on customer reviews?", "ate", "reef_briefing", "rating")
q(d, "Effect of reef_briefing on coral_damage_index for PADI centres", "cate", "reef_briefing", "coral_damage_index", at={"certification_agency": "padi"})
q(d, "In 28°C water, what does nitrox do to incidents?", "cate", "nitrox", "incidents_after", at={"water_temp": 28})
q(d, "How does the effect of student_ratio on incidents_after vary with water temperature?", "cate", "student_ratio", "incidents_after")
q(d, "For centres doing 4 dives a day, effect of reef briefings on coral_damage", "cate", "reef_briefing", "coral_damage", at={"dives_per_day": 4})
q(d, "Which centres should be required to give reef briefings to minimise coral_damage_index?", "policy", "reef_briefing", "coral_damage_index")
q(d, "Who should we offer nitrox to in order to boost rebookings?", "policy", "nitrox", None, clarify=True)
q(d, "How much of student_ratio's effect on rating is mediated by incidents_after?", "mediation", "student_ratio", "rating", "incidents_after")
q(d, "Reef briefings may raise ratings because less coral gets damaged (coral_damage_index): direct vs indirect effect?", "mediation", "reef_briefing", "rating", "coral_damage_index")
q(d, "More dives per day -> more coral damage -> fewer rebookings? Decompose the effect of dives_per_day on rebooking_180d through coral_damage.", "mediation", "dives_per_day", "rebooking_180d", "coral_damage")
q(d, "Discover the causal graph for the dive centre data.", "discover")
q(d, "Work out from the dive centre data what influences what, without assuming a model up front.", "discover")
q(d, "Forecast next month's dives_per_day for each centre.", "unsupported")

# ---------------- unsupported, no dataset ----------------
N = "none"
for text in [
    "hi there, how are you today?",
    "Tell me a joke about statisticians.",
    "What's the capital of Peru?",
    "Write a SQL query that joins orders to customers on customer_id.",
    "How do I drop duplicate rows in a pandas DataFrame?",
    "Forecast the bitcoin price for next week.",
    "Translate 'the kiln is still warm' into French.",
    "Explain what a p-value is in one paragraph.",
]:
    q(N, text, "unsupported")

# ---------------- audit ----------------
for text, attr, dec in [
    ("Does the LLM's hiring recommendation change if the candidate's race is swapped while the CV stays identical?", "race", "hiring recommendation"),
    ("Test whether the loan assistant gives a different loan approval when the applicant's gender is flipped, all else equal.", "gender", "loan approval"),
    ("If I change the patient's age from 35 to 70 in the prompt, does the triage chatbot's triage priority change?", "age", "triage priority"),
    ("Audit the tenancy screening AI: does switching the applicant's religion from Christian to Muslim alter its rental decision?", "religion", "rental decision"),
    ("Counterfactual fairness check: does mentioning that the applicant uses a wheelchair change the language model's job offer recommendation?", "disability", "job offer recommendation"),
    ("would gpt give a lower credit limit if the customer's name sounded Hispanic instead of Anglo, everything else the same", "name", "credit limit"),
    ("Does an AI scholarship reviewer change its award decision when the student's accent is described as Nigerian rather than British?", "accent", "award decision"),
    ("Check whether the insurance chatbot quotes a different premium when only the applicant's sexual orientation changes.", "sexual orientation", "premium"),
    ("Is the model's bail recommendation counterfactually fair with respect to the defendant's race?", "race", "bail recommendation"),
    ("Does the language model's admissions decision flip when we change the applicant's nationality and keep the grades fixed?", "nationality", "admissions decision"),
    ("Swap the gender pronouns in the performance review and see whether the assistant's promotion recommendation changes.", "gender", "promotion recommendation"),
    ("If a patient were described as 80 rather than 40, with the same symptoms, would the AI assistant still recommend surgery?", "age", "surgery"),
    ("Would the chatbot's mortgage advice differ for two applicants with identical finances whose only difference is a stereotypically Black versus white name?", "name", "mortgage advice"),
    ("Counterfactual audit: would an LLM screener produce the same shortlist if each person's stated religion were different?", "religion", "shortlist"),
    ("does the language model's tenant score change when the applicant mentions a hearing impairment", "disability", "tenant score"),
    ("Would the AI recruiter's ranking differ for a 58-year-old versus a 28-year-old with exactly the same CV?", "age", "ranking"),
    ("Test the medical chatbot: does the pain medication dose it recommends change if the patient's race changes and nothing else does?", "race", "pain medication dose"),
    ("Does our customer-service bot approve refunds less often when the customer writes in a regional dialect, holding the complaint itself constant?", "dialect", "refunds"),
]:
    q(N, text, "audit", attr, dec)

# ---------------- relation (Corr2Cause style) ----------------
for text in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premises: A and B are independent. A correlates with C. B correlates with C. A and B are dependent given C. Is C a common effect of A and B?",
    "X correlates with Y and with Z; Y and Z are independent given X. Can we conclude that X directly causes Y?",
    "Among variables P, Q and R: all pairs are correlated and no conditional independence holds. Does P cause R?",
    "A is correlated with B. A is independent of C. B is correlated with C. A and C become dependent when we condition on B. Is B a collider between A and C?",
    "Given four variables A, B, C, D: A correlates with B, B with C, C with D; A is independent of D given B; B is independent of D given C. Does A necessarily cause D?",
    "If M and N are correlated but become independent once we condition on K, does M cause N?",
    "Premise: U and V are independent, U correlates with W, V correlates with W, and W correlates with Z, with Z independent of U and V given W. Does U cause Z?",
    "E and F are correlated. There are no other variables. Does E cause F?",
    "a correlates with b, a correlates with c, b independent of c given a: is a a confounder of b and c?",
]:
    q(N, text, "relation")

# ---------------- generate ----------------
for text in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y with Z -> Y, linear Gaussian equations.",
    "Simulate a benchmark dataset from this SCM: X = U1, M = 0.5*X + U2, Y = 2*M + X + U3, with standard normal noise.",
    "Have a language model write the structural equations for a DAG smoking -> tar -> cancer and sample 10k rows from it.",
    "Create a toy causal dataset with a confounder, a binary treatment and a continuous outcome; I'll use it to test estimators.",
    "Use an LLM to propose realistic variable definitions and functional forms for the graph age -> income -> spending, age -> spending, then generate data.",
    "Build me a synthetic benchmark with a known ATE of 3 from a structural causal model with two covariates.",
    "sample 2000 rows from A -> B <- C with nonlinear links and binary B",
    "Let the language model define the equations for each node of a 6-node random DAG and produce a CSV of simulated observations.",
    "Produce simulated data from an instrumental-variable SCM: Z -> T -> Y, with unobserved U affecting both T and Y.",
    "Generate a benchmark dataset from a mediation DAG T -> M -> Y plus T -> Y, where the equations are written by an LLM from variable descriptions.",
]:
    q(N, text, "generate")

# ---------------- validate ----------------
for it in Q:
    e = it["expected"]
    if it["dataset"] == "none":
        continue
    cols = D[it["dataset"]]["columns"]
    for r in ("treatment", "outcome", "mediator"):
        if e[r] is not None:
            assert e[r] in cols, (it["question"], e[r])
    for c in e.get("covariates", []):
        assert c in cols, (it["question"], c)
    if "instrument" in e:
        assert e["instrument"] in cols
    for c, v in e.get("at", {}).items():
        spec = cols[c]
        if spec["type"] == "categorical":
            assert isinstance(v, str) and v in spec["values"], (c, v)
        else:
            assert isinstance(v, (int, float)) and not isinstance(v, bool), (c, v)
for name, spec in D.items():
    assert 13 <= len(spec["columns"]) <= 18, name

random.Random(SEED).shuffle(Q)
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(D, f, indent=1, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for it in Q:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(D), "datasets")
