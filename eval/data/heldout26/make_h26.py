#!/usr/bin/env python3
"""Generator for the h26 held-out question set (data writer h26)."""
import json, os, random, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout26", 26026

B = ("binary", [0, 1, 1])

def N(*v):
    return ("numeric", list(v))

def C(*v):
    return ("categorical", list(v))

def I(*v):
    return ("id", list(v))

DS = {}

def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, (t, v) in cols}}

# ---------------------------------------------------------------- datasets
ds("h26_bobsled", "Bobsled teams over one World Cup season: push-start training programme, sled hardware, start and run times, rankings and medals.", [
    ("team_id", I("BOB-001", "BOB-002", "BOB-003")),
    ("nation", C("GER", "USA", "CAN", "SUI", "LAT", "GBR")),
    ("sled_gen", C("gen1", "gen2", "gen3")),
    ("push_trn", B),
    ("pilot_exp_yrs", N(3, 7, 12)),
    ("crew_wt_kg", N(392.5, 410.0, 428.3)),
    ("ice_temp_c", N(-12, -8, -4)),
    ("runner_polish", B),
    ("push_t_pre", N(4.98, 5.05, 5.12)),
    ("push_t_post", N(4.91, 4.97, 5.08)),
    ("run_t_s", N(49.8, 50.3, 51.1)),
    ("run_t_v2", N(49.75, 50.28, 51.06)),
    ("track", C("Whistler", "Altenberg", "St_Moritz", "Lake_Placid")),
    ("wc_rank_bl", N(4, 11, 19)),
    ("wc_rank_end", N(2, 9, 17)),
    ("medal", B),
    ("dnf", ("binary", [0, 0, 1])),
])
ds("h26_kitesurf", "Kitesurfing schools: radio-helmet coaching, online booking, lesson formats, wind, satisfaction, rebooking and injuries.", [
    ("schoolId", I("KS-1001", "KS-1002", "KS-1003")),
    ("region", C("Tarifa", "Cabarete", "Dakhla", "Maui", "Cumbuco")),
    ("instructorCertLvl", C("L1", "L2", "L3")),
    ("usesRadioHelmet", B),
    ("onlineBooking", B),
    ("lessonsPerWk", N(6, 14, 30)),
    ("groupSize", N(1, 3, 5)),
    ("windKnots", N(14, 19, 26)),
    ("avgLessonMins", N(90, 120, 180)),
    ("beginnerShare", N(0.35, 0.6, 0.85)),
    ("priceEur", N(65, 89, 140)),
    ("satScore", N(3.9, 4.4, 4.8)),
    ("satScoreV2", N(71, 82, 93)),
    ("rebook30d", ("binary", [0, 1, 0])),
    ("rebook90d", B),
    ("injuryRate", N(0.8, 1.6, 3.1)),
    ("injuryRatio", N(0.008, 0.016, 0.031)),
    ("revenueK", N(48, 120, 310)),
])
ds("h26_billiards", "Billiards and pool halls: league nights, happy hours, cue upgrades, visits, dwell time, revenue before/after and membership.", [
    ("HALL_ID", I("H0101", "H0102", "H0103")),
    ("CITY_TIER", C("T1", "T2", "T3")),
    ("TBL_CNT", N(6, 12, 24)),
    ("LEAGUE_NIGHT", B),
    ("HAPPY_HR", B),
    ("CUE_UPGR", B),
    ("LIQ_LIC", B),
    ("AVG_PRICE_HR", N(8.5, 12.0, 18.0)),
    ("STAFF_N", N(3, 6, 11)),
    ("DWELL_MIN", N(55, 95, 150)),
    ("VISITS_WKDAY", N(120, 340, 610)),
    ("VISITS_WKEND", N(210, 480, 900)),
    ("REV_PRE", N(14000, 26500, 51000)),
    ("REV_POST", N(15200, 28900, 54800)),
    ("MEMB_RATE", N(0.08, 0.17, 0.31)),
    ("MEMB_RATIO", N(0.09, 0.2, 0.45)),
    ("REPEAT_30D", N(0.22, 0.38, 0.51)),
    ("REPEAT_90D", N(0.31, 0.49, 0.66)),
])
ds("h26_cinnamon", "Cinnamon plantations: mulching, shade trees, farmer training, rainfall, yields before/after, bark quality, coumarin and price.", [
    ("plantation", I("CP-17", "CP-18", "CP-19")),
    ("district", C("Galle", "Matara", "Kalutara", "Ratnapura")),
    ("variety", C("Ceylon", "Cassia", "Saigon", "Korintje")),
    ("mulching", B),
    ("shade trees", B),
    ("farmer training", B),
    ("rainfall", N(1500, 2100, 3200)),
    ("altitude", N(40, 220, 610)),
    ("farmer age", N(31, 47, 66)),
    ("labour days", N(80, 140, 260)),
    ("yield before", N(310, 420, 560)),
    ("yield after", N(330, 455, 610)),
    ("bark quality", N(2, 3, 5)),
    ("bark quality new", N(58, 71, 88)),
    ("coumarin level", N(0.004, 0.3, 2.1)),
    ("price received", N(9.5, 14.0, 22.5)),
    ("organic certified", B),
])
ds("h26_lychee", "Lychee orchards: branch girdling, potassium and irrigation, flowering and fruit set, yields at baseline and year 2, cracking, sugar and export.", [
    ("orch_id", I("LY-0041", "LY-0042", "LY-0043")),
    ("prov", C("Guangdong", "Guangxi", "Hainan", "Fujian")),
    ("cv", C("Feizixiao", "Guiwei", "Nuomici", "Heiye")),
    ("age_yrs", N(8, 17, 35)),
    ("ha", N(0.6, 2.4, 9.0)),
    ("girdl", B),
    ("k_fert_kg", N(0, 120, 260)),
    ("irr_mm", N(150, 320, 540)),
    ("tmin_c", N(8, 12, 16)),
    ("flwr_pct", N(35, 62, 88)),
    ("fruit_set_pct", N(4.5, 9.0, 15.5)),
    ("yld_t_ha_bl", N(4.2, 7.1, 11.0)),
    ("yld_t_ha_y2", N(4.8, 7.9, 12.3)),
    ("crack_pct", N(2, 7, 19)),
    ("brix", N(16.5, 18.9, 21.2)),
    ("brix_v2", N(16.3, 19.1, 21.0)),
    ("pest_idx", N(0.1, 0.4, 0.9)),
    ("export", B),
])
ds("h26_chickpea", "Chickpea farms: rhizobium seed inoculation, drip irrigation, credit access, soil nitrogen before/after, pods, yield and Fusarium wilt.", [
    ("farmId", I("CF-20011", "CF-20012", "CF-20013")),
    ("state", C("Maharashtra", "Madhya_Pradesh", "Rajasthan", "Karnataka")),
    ("seedType", C("desi", "kabuli")),
    ("rhizobiumInoc", B),
    ("dripIrrig", B),
    ("creditAccess", B),
    ("farmerEduYrs", N(0, 8, 14)),
    ("plotHa", N(0.8, 2.0, 6.5)),
    ("sowingWeek", N(42, 45, 48)),
    ("rainMm", N(280, 420, 650)),
    ("extensionVisits", N(0, 2, 6)),
    ("soilNPre", N(140, 210, 290)),
    ("soilNPost", N(160, 235, 320)),
    ("podCount", N(28, 46, 71)),
    ("yieldKgHa", N(650, 1100, 1850)),
    ("yieldKgHaV2", N(640, 1120, 1830)),
    ("wiltIncidence", ("binary", [0, 1, 0])),
    ("wiltRate", N(0.02, 0.09, 0.24)),
])
ds("h26_nickel", "Nickel mines: autonomous haulage, ventilation upgrades, unionisation, depth and grade, injury frequency before/after, output, energy, water, SO2 and unit cost.", [
    ("MINE_ID", I("NI-301", "NI-302", "NI-303")),
    ("COUNTRY", C("Indonesia", "Philippines", "Canada", "Australia", "Russia")),
    ("ORE_TYPE", C("laterite", "sulfide")),
    ("AUTO_HAUL", B),
    ("VENT_UPG", B),
    ("UNION", B),
    ("DEPTH_M", N(0, 650, 1800)),
    ("ORE_GRADE_PCT", N(1.1, 1.6, 2.9)),
    ("WORKERS_N", N(240, 900, 3100)),
    ("LTIFR_PRE", N(0.9, 2.3, 4.8)),
    ("LTIFR_POST", N(0.7, 1.9, 4.1)),
    ("OUTPUT_KT", N(12, 45, 130)),
    ("OUTPUT_KT_V2", N(11.8, 44.6, 131.2)),
    ("ENERGY_MWH", N(90000, 240000, 610000)),
    ("WATER_ML", N(800, 2600, 7100)),
    ("SO2_T", N(150, 2200, 9800)),
    ("COST_USD_T", N(9800, 12400, 16900)),
])
ds("h26_funicular", "Funicular railway lines: automation, retrofits, fares, gradient, weekday/weekend riders, delays before/after and passenger satisfaction.", [
    ("Line", I("Gloria", "Bica", "Carmelo")),
    ("City", C("Lisbon", "Valparaiso", "Budapest", "Wellington", "Zurich")),
    ("Gradient", N(12, 22, 40)),
    ("Length", N(180, 420, 1250)),
    ("Cabins", N(1, 2, 4)),
    ("Automation", B),
    ("Retrofit", B),
    ("Fare", N(1.5, 3.8, 7.0)),
    ("Tourist Share", N(0.3, 0.62, 0.9)),
    ("Weekday Riders", N(900, 3400, 9800)),
    ("Weekend Riders", N(1500, 5200, 14000)),
    ("Delays Before", N(3, 11, 28)),
    ("Delays After", N(1, 7, 22)),
    ("Satisfaction", N(3.2, 3.9, 4.6)),
    ("Satisfaction New", N(61, 74, 90)),
    ("Elevation", N(45, 110, 380)),
    ("Heritage Status", B),
])
ds("h26_tugboat", "Harbour tugboat operators: azimuth-drive refits, crew simulator training, contracts, fuel at baseline and 12 months, incidents before/after, on-time performance and CO2.", [
    ("tug_id", I("TG-5501", "TG-5502", "TG-5503")),
    ("port", C("Rotterdam", "Singapore", "Houston", "Busan", "Santos")),
    ("hp_cls", C("small", "medium", "large")),
    ("contract", C("spot", "term")),
    ("azi_drv", B),
    ("crew_trn", B),
    ("crew_n", N(3, 5, 7)),
    ("hull_age", N(4, 15, 32)),
    ("eng_hrs", N(1800, 3600, 5200)),
    ("jobs_mo", N(40, 85, 140)),
    ("idle_pct", N(18, 35, 57)),
    ("fuel_t_bl", N(410, 780, 1350)),
    ("fuel_t_12m", N(380, 720, 1290)),
    ("incid_pre", N(0, 2, 6)),
    ("incid_post", N(0, 1, 5)),
    ("ontime_pct", N(81, 90, 97)),
    ("ontime_pct_v2", N(79.5, 89.8, 96.9)),
    ("co2_t", N(1200, 2300, 4100)),
])
ds("h26_escalator", "Escalators in transit stations: VFD motor retrofits, predictive maintenance, walk-left signage, riders and load, outages before/after, downtime over 30/90 days, energy and injuries.", [
    ("escId", I("ESC-0007", "ESC-0008", "ESC-0009")),
    ("lineColor", C("red", "blue", "green", "yellow")),
    ("stationType", C("underground", "elevated", "at_grade")),
    ("riseM", N(4.5, 9.0, 27.0)),
    ("ageYrs", N(3, 18, 41)),
    ("vfdRetrofit", B),
    ("predMaint", B),
    ("walkLeftSign", B),
    ("dailyRiders", N(4000, 18000, 61000)),
    ("peakLoadPct", N(42, 71, 96)),
    ("outagesPre", N(1, 6, 19)),
    ("outagesPost", N(0, 4, 15)),
    ("downtimeHrs30d", N(0, 7.5, 31)),
    ("downtimeHrs90d", N(2, 22, 85)),
    ("energyKwh", N(21000, 38000, 72000)),
    ("energyKwhV2", N(20500, 37200, 70900)),
    ("injuriesYr", N(0, 2, 9)),
])
ds("h26_doula", "Births in a doula support programme: maternal characteristics, doula use and visits, epidural, labour length, caesarean, Apgar, admission blood pressure, breastfeeding and postpartum depression at 6 weeks and 6 months.", [
    ("birth_id", I("B-90001", "B-90002", "B-90003")),
    ("site", C("urban_teaching", "community", "rural")),
    ("ins_type", C("medicaid", "private", "uninsured")),
    ("mat_age", N(19, 29, 41)),
    ("parity", N(0, 1, 3)),
    ("bmi_bl", N(21.4, 26.8, 34.9)),
    ("doula", B),
    ("doula_visits", N(0, 3, 7)),
    ("epid", B),
    ("labour_hrs", N(4.5, 9.0, 19.5)),
    ("csec", ("binary", [0, 0, 1])),
    ("apgar5", N(7, 9, 10)),
    ("sbp_adm", N(108, 122, 145)),
    ("dbp_adm", N(64, 78, 94)),
    ("bf_6wk", B),
    ("bf_6mo", ("binary", [0, 1, 0])),
    ("ppd_6wk", N(3, 8, 15)),
    ("ppd_6mo", N(2, 6, 14)),
])
ds("h26_tsunami", "Coastal villages in a tsunami early-warning programme: sirens, drills, phone alerts, school lessons, geography, poverty, awareness and evacuation times before/after, casualties in the last event.", [
    ("village", I("V-ACH-014", "V-ACH-015", "V-SUL-203")),
    ("province", C("Aceh", "West_Sumatra", "Central_Sulawesi", "Bali")),
    ("siren", B),
    ("drills", N(0, 2, 4)),
    ("phone alerts", B),
    ("school lessons", B),
    ("distance to coast", N(0.3, 2.0, 6.5)),
    ("elevation", N(2, 9, 35)),
    ("population", N(450, 2100, 8800)),
    ("road access", B),
    ("poverty rate", N(0.08, 0.19, 0.41)),
    ("poverty ratio", N(0.6, 1.1, 2.3)),
    ("awareness", N(41, 63, 88)),
    ("awareness new", N(38, 66, 91)),
    ("evacuation minutes before", N(14, 26, 48)),
    ("evacuation minutes after", N(9, 19, 41)),
    ("casualties", N(0, 3, 27)),
])
ds("h26_durian", "Durian growers: hand pollination, drone spraying, co-op membership, orchard size and age, yields before/after, grade-A shares, Phytophthora, price and export to China.", [
    ("GROWER_ID", I("DG-7001", "DG-7002", "DG-7003")),
    ("PROVINCE", C("Chanthaburi", "Rayong", "Chumphon", "Trat")),
    ("CULTIVAR", C("Musang_King", "Monthong", "Kradum", "Black_Thorn")),
    ("HAND_POLL", B),
    ("DRONE_SPRAY", B),
    ("COOP_MEMB", B),
    ("TREE_AGE", N(6, 14, 30)),
    ("TREES_N", N(60, 240, 900)),
    ("RAIN_MM", N(1800, 2500, 3600)),
    ("FRUIT_WT_KG", N(1.8, 2.9, 4.2)),
    ("YLD_KG_TREE_PRE", N(45, 90, 160)),
    ("YLD_KG_TREE_POST", N(52, 101, 171)),
    ("GRADE_A_PCT", N(35, 58, 81)),
    ("GRADE_A_PCT_V2", N(33, 60, 79)),
    ("PHYTO_RATE", N(0.02, 0.08, 0.21)),
    ("PHYTO_RATIO", N(0.03, 0.1, 0.33)),
    ("PRICE_THB_KG", N(95, 140, 260)),
    ("EXPORT_CN", B),
])
ds("h26_monorail", "Monorail line stations: platform screen doors, contactless fares, park-and-ride, headways, catchment, weekday/weekend riders, falls before/after, dwell, delays and NPS.", [
    ("STN_ID", I("MR-R01", "MR-B07", "MR-G12")),
    ("LINE", C("Red", "Blue", "Green")),
    ("PSD_INST", B),
    ("CTLS_FARE", B),
    ("PARK_RIDE", B),
    ("HEADWAY_MIN", N(3, 5, 10)),
    ("DIST_CBD_KM", N(0.5, 6.2, 18.4)),
    ("POP_1KM", N(3500, 12000, 31000)),
    ("OPEN_YR", N(1988, 2004, 2019)),
    ("RETAIL_UNITS", N(0, 8, 40)),
    ("DWELL_S", N(22, 31, 48)),
    ("DELAY_MIN", N(0.4, 1.3, 3.8)),
    ("RIDERS_WKDAY", N(4200, 15000, 42000)),
    ("RIDERS_WKEND", N(2100, 9000, 26000)),
    ("FALLS_PRE", N(0, 2, 7)),
    ("FALLS_POST", N(0, 1, 5)),
    ("NPS", N(-5, 18, 41)),
    ("NPS_V2", N(-3, 20, 44)),
])
ds("h26_termite", "Termite-control jobs on houses: bait systems, dehumidifiers, mulch near walls, house and technician traits, moisture before/after, cost, customer ratings and reinfestation at 12/24 months.", [
    ("jobId", I("TJ-33001", "TJ-33002", "TJ-33003")),
    ("region", C("north", "south", "coastal", "inland")),
    ("houseType", C("timber", "brick", "mixed")),
    ("baitSystem", B),
    ("dehumidifier", B),
    ("mulchNearWall", B),
    ("warrantyYrs", N(1, 3, 10)),
    ("houseAgeYrs", N(5, 32, 95)),
    ("floorAreaM2", N(85, 160, 340)),
    ("techExpYrs", N(1, 6, 22)),
    ("inspectionsPerYr", N(0, 1, 4)),
    ("moistureIdxPre", N(12, 19, 28)),
    ("moistureIdxPost", N(10, 16, 26)),
    ("jobCostUsd", N(450, 1400, 3900)),
    ("custRating", N(3, 4, 5)),
    ("custRatingV2", N(62, 80, 97)),
    ("reinfest12m", ("binary", [0, 0, 1])),
    ("reinfest24m", B),
])

# ---------------------------------------------------------------- questions
QS = []

def Q(dsname, style, text, kind, t=None, y=None, m=None, **extra):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(extra)
    QS.append({"question": text, "dataset": dsname,
               "columns": list(DS[dsname]["columns"]) if dsname != "none" else None,
               "split": SPLIT, "origin": ORIGIN, "expected": exp, "_style": style})

# style codes: m = machine/identifiers, n = natural paraphrase, t = terse/typo, o = other (outcome-first, confounding, story, conditional)

# ---- bobsled
d = "h26_bobsled"
Q(d, "m", "Estimate the average treatment effect of `push_trn` on `run_t_s`, adjusting for `pilot_exp_yrs` and `crew_wt_kg`.", "ate", "push_trn", "run_t_s", covariates=["pilot_exp_yrs", "crew_wt_kg"])
Q(d, "n", "Did the crews that went through the sprint-start conditioning block end up standing on the podium more often because of it?", "ate", "push_trn", "medal")
Q(d, "t", "ate runner_polish -> dnf", "ate", "runner_polish", "dnf")
Q(d, "o", "Is end-of-season World Cup standing actually improved by polishing the runners, or is that just confounding from which nations can afford it?", "ate", "runner_polish", "wc_rank_end")
Q(d, "n", "How much does the push programme move a crew's World Cup ranking?", "ate", "push_trn", "wc_rank_end")
Q(d, "n", "Does push training make the sleds faster over the whole run?", "ate", "push_trn", None, clarify=True)
Q(d, "m", "For teams that actually took part in the push programme (push_trn = 1), what was its effect on push start time (push_t)?", "ate", "push_trn", "push_t_post", estimand="att")
Q(d, "t", "efect of runner polsh on run_t_v2 controling for ice temp", "ate", "runner_polish", "run_t_v2", covariates=["ice_temp_c"])
Q(d, "m", "What is the effect of push_trn on run_t_s when ice_temp_c is -8?", "cate", "push_trn", "run_t_s", at={"ice_temp_c": -8})
Q(d, "n", "Among crews sliding at Altenberg, does polishing the runners cut the number of crashes and non-finishes?", "cate", "runner_polish", "dnf", at={"track": "Altenberg"})
Q(d, "n", "For which pilots, by years of experience, does the push programme do the most for medal chances?", "cate", "push_trn", "medal")
Q(d, "o", "Under the condition that the sled is a third-generation build (gen3), what does push training do to the end-of-season rank?", "cate", "push_trn", "wc_rank_end", at={"sled_gen": "gen3"})
Q(d, "m", "Which teams should be assigned to the push training programme (`push_trn`) to maximise `medal`?", "policy", "push_trn", "medal")
Q(d, "t", "targeting rule runner_polish, minimise dnf", "policy", "runner_polish", "dnf")
Q(d, "n", "If we can only pay for runner polishing on half the sleds, which crews should get it to bring run_t_s down?", "policy", "runner_polish", "run_t_s")
Q(d, "m", "How much of the effect of push_trn on run_t_s is mediated by push_t_post?", "mediation", "push_trn", "run_t_s", "push_t_post")
Q(d, "o", "The theory is that push training works by making the start explosive, which then lifts the chance of a medal. Split that into the part going through the push time and the direct part.", "mediation", "push_trn", "medal", "push_t_post")
Q(d, "m", "Learn the causal graph among push_t_pre, push_t_post, run_t_s, crew_wt_kg and medal.", "discover")
Q(d, "n", "What influences what in this bobsleigh data? Work out the cause-and-effect structure from the observations.", "discover")
Q(d, "t", "plot run_t_s by track pls", "unsupported")

# ---- kitesurf
d = "h26_kitesurf"
Q(d, "m", "Estimate the ATE of `usesRadioHelmet` on `injuryRate`, controlling for `groupSize` and `windKnots`.", "ate", "usesRadioHelmet", "injuryRate", covariates=["groupSize", "windKnots"])
Q(d, "n", "Do schools that let customers reserve lessons on the web see more of their students come back within three months?", "ate", "onlineBooking", "rebook90d")
Q(d, "t", "ate onlineBooking -> revenueK adj priceEur", "ate", "onlineBooking", "revenueK", covariates=["priceEur"])
Q(d, "t", "does radio helmet use increase rebooking?", "ate", "usesRadioHelmet", None, clarify=True)
Q(d, "o", "Is student satisfaction (satScoreV2) raised by the radio helmets, or is it just that bigger, pricier schools are the ones using them?", "ate", "usesRadioHelmet", "satScoreV2")
Q(d, "m", "Among schools that adopted radio helmets (usesRadioHelmet = 1), what did the helmets do to rebook30d?", "ate", "usesRadioHelmet", "rebook30d", estimand="att")
Q(d, "m", "Quantify how `onlineBooking` shifts `rebook30d`; covariates: `region`, `priceEur`.", "ate", "onlineBooking", "rebook30d", covariates=["region", "priceEur"])
Q(d, "n", "Would teaching kiters in smaller groups lower the rate at which they get hurt?", "ate", "groupSize", "injuryRate")
Q(d, "m", "What is the effect of usesRadioHelmet on injuryRate when windKnots is 25?", "cate", "usesRadioHelmet", "injuryRate", at={"windKnots": 25})
Q(d, "n", "Among the schools in Dakhla, does offering web reservations bring more people back within 90 days?", "cate", "onlineBooking", "rebook90d", at={"region": "Dakhla"})
Q(d, "m", "How does the effect of usesRadioHelmet on satScore differ across instructorCertLvl?", "cate", "usesRadioHelmet", "satScore")
Q(d, "t", "onlineBooking effect on revenueK for schools at 10 lessons a week", "cate", "onlineBooking", "revenueK", at={"lessonsPerWk": 10})
Q(d, "n", "Which schools should we kit out with radio helmets to bring injury rates down the most?", "policy", "usesRadioHelmet", "injuryRate")
Q(d, "m", "Build a targeting policy: which schools should get `onlineBooking` rolled out to maximise `rebook90d`?", "policy", "onlineBooking", "rebook90d")
Q(d, "t", "pick schools for helmet rollout, goal satScoreV2", "policy", "usesRadioHelmet", "satScoreV2")
Q(d, "o", "Does online booking lift revenue mainly because it fills more lessons each week? Decompose into the direct effect and the indirect effect via lessonsPerWk.", "mediation", "onlineBooking", "revenueK", "lessonsPerWk")
Q(d, "o", "Radio helmets are supposed to work by making students happier (satScore), which then brings them back within 30 days. How much of the helmet effect on rebook30d is mediated?", "mediation", "usesRadioHelmet", "rebook30d", "satScore")
Q(d, "n", "How much of the helmet effect on injuryRate goes through better instructor-student communication quality?", "mediation", "usesRadioHelmet", "injuryRate", None, clarify=True)
Q(d, "n", "Figure out the causal structure linking the kitesurf school variables: which ones drive which?", "discover")
Q(d, "m", "Forecast next season's revenueK for each schoolId.", "unsupported")

# ---- billiards
d = "h26_billiards"
Q(d, "m", "Estimate the effect of `LEAGUE_NIGHT` on `REV_POST`, adjusting for `TBL_CNT` and `CITY_TIER`.", "ate", "LEAGUE_NIGHT", "REV_POST", covariates=["TBL_CNT", "CITY_TIER"])
Q(d, "o", "Does running a weekly pool league really bring in more takings, or do the halls that host leagues just happen to be bigger?", "ate", "LEAGUE_NIGHT", "REV_POST")
Q(d, "t", "happy hr -> dwell min, ate", "ate", "HAPPY_HR", "DWELL_MIN")
Q(d, "n", "Do happy hours increase visits?", "ate", "HAPPY_HR", None, clarify=True)
Q(d, "n", "Would swapping in better cues keep players coming back within a month?", "ate", "CUE_UPGR", "REPEAT_30D")
Q(d, "m", "What is the causal effect of LIQ_LIC on MEMB_RATE?", "ate", "LIQ_LIC", "MEMB_RATE")
Q(d, "m", "For halls that introduced a happy hour (HAPPY_HR = 1), what was the effect on VISITS_WKEND?", "ate", "HAPPY_HR", "VISITS_WKEND", estimand="att")
Q(d, "t", "effect CUE_UPGR on REPEAT_90D ctrl AVG_PRICE_HR STAFF_N", "ate", "CUE_UPGR", "REPEAT_90D", covariates=["AVG_PRICE_HR", "STAFF_N"])
Q(d, "m", "Effect of LEAGUE_NIGHT on REPEAT_90D for halls with TBL_CNT = 12.", "cate", "LEAGUE_NIGHT", "REPEAT_90D", at={"TBL_CNT": 12})
Q(d, "t", "among tier 3 cities, does happy hour raise weekday visits", "cate", "HAPPY_HR", "VISITS_WKDAY", at={"CITY_TIER": "T3"})
Q(d, "n", "For which kinds of halls is the revenue boost from league nights largest?", "cate", "LEAGUE_NIGHT", "REV_POST")
Q(d, "o", "Under the condition that the hall holds a liquor licence, what does a cue upgrade do to how long people stay?", "cate", "CUE_UPGR", "DWELL_MIN", at={"LIQ_LIC": 1})
Q(d, "m", "Which halls should start a LEAGUE_NIGHT to maximise REPEAT_90D?", "policy", "LEAGUE_NIGHT", "REPEAT_90D")
Q(d, "t", "allocation rule: HAPPY_HR to the halls where it grows REV_POST most", "policy", "HAPPY_HR", "REV_POST")
Q(d, "n", "We have money to re-equip cues in 20 halls. Which ones should we choose if what we care about is the membership rate?", "policy", "CUE_UPGR", "MEMB_RATE")
Q(d, "m", "How much of LEAGUE_NIGHT's effect on REV_POST is mediated by DWELL_MIN?", "mediation", "LEAGUE_NIGHT", "REV_POST", "DWELL_MIN")
Q(d, "o", "Happy hour works by keeping people at the table longer, which then makes them come back within 90 days. How big is that indirect route compared with the direct one?", "mediation", "HAPPY_HR", "REPEAT_90D", "DWELL_MIN")
Q(d, "t", "build a DAG from h26_billiards", "discover")
Q(d, "m", "Write the SQL: SELECT AVG(REV_POST) FROM halls GROUP BY CITY_TIER.", "unsupported")

# ---- cinnamon
d = "h26_cinnamon"
Q(d, "m", "Estimate the average effect of `mulching` on `yield after`, controlling for `rainfall` and `altitude`.", "ate", "mulching", "yield after", covariates=["rainfall", "altitude"])
Q(d, "n", "Do growers who went on the agronomy course harvest more bark than those who didn't?", "ate", "farmer training", "yield after")
Q(d, "t", "ate shade trees on coumarin level", "ate", "shade trees", "coumarin level")
Q(d, "n", "Does organic certification improve bark quality?", "ate", "organic certified", None, clarify=True)
Q(d, "o", "Is the price a grower gets pushed up by organic certification, or is that confounded by which variety they grow?", "ate", "organic certified", "price received")
Q(d, "n", "What would spreading mulch have done to harvests on the plantations that never mulched?", "ate", "mulching", "yield after", estimand="atc")
Q(d, "n", "Does planting canopy trees between the bushes change how much a plantation harvests?", "ate", "shade trees", "yield after")
Q(d, "m", "Effect of mulching on yield after when rainfall is 1800 mm.", "cate", "mulching", "yield after", at={"rainfall": 1800})
Q(d, "n", "Among Cassia plantations, does training the farmer raise the price they get?", "cate", "farmer training", "price received", at={"variety": "Cassia"})
Q(d, "m", "How does the effect of `shade trees` on `bark quality new` vary with `altitude`?", "cate", "shade trees", "bark quality new")
Q(d, "t", "in ratnapura, impact of mulching on labour days", "cate", "mulching", "labour days", at={"district": "Ratnapura"})
Q(d, "n", "Which plantations should be offered the farmer training to raise yields?", "policy", "farmer training", "yield after")
Q(d, "t", "targeting rule for mulching to maximise price received", "policy", "mulching", "price received")
Q(d, "m", "Does farmer training raise price received through bark quality new? Report the indirect share.", "mediation", "farmer training", "price received", "bark quality new")
Q(d, "o", "Shade trees are thought to cut coumarin, which in turn fetches a better price. How much of shade's effect on the price received travels via the coumarin level?", "mediation", "shade trees", "price received", "coumarin level")
Q(d, "n", "Which of the plantation measurements are causes of which others? Discover the structure from the data.", "discover")
Q(d, "m", "Give me the mean and standard deviation of `yield after` by `district`.", "unsupported")

# ---- lychee
d = "h26_lychee"
Q(d, "m", "Estimate the ATE of `girdl` on `yld_t_ha_y2`, adjusting for `age_yrs`, `cv` and `tmin_c`.", "ate", "girdl", "yld_t_ha_y2", covariates=["age_yrs", "cv", "tmin_c"])
Q(d, "n", "Does cutting a ring in the bark of the branches get more of the panicles to blossom?", "ate", "girdl", "flwr_pct")
Q(d, "t", "causal effect between pest_idx and crack_pct?", "ate", None, None, clarify=True)
Q(d, "n", "Does watering the trees more stop the fruit from splitting?", "ate", "irr_mm", "crack_pct")
Q(d, "n", "What does girdling do to how sweet the lychees are?", "ate", "girdl", None, clarify=True)
Q(d, "o", "Is an orchard's export status boosted by girdling, or is the association just confounded by province?", "ate", "girdl", "export")
Q(d, "m", "Quantify the causal effect of irrigation (`irr_mm`) on yield per hectare (yld_t_ha).", "ate", "irr_mm", "yld_t_ha_y2")
Q(d, "m", "Among orchards that girdled (girdl = 1), how much did girdling raise fruit_set_pct?", "ate", "girdl", "fruit_set_pct", estimand="att")
Q(d, "t", "girdl effect on yld_t_ha_y2 when tmin_c = 12", "cate", "girdl", "yld_t_ha_y2", at={"tmin_c": 12})
Q(d, "n", "For Feizixiao orchards, what does extra potash do to fruit cracking?", "cate", "k_fert_kg", "crack_pct", at={"cv": "Feizixiao"})
Q(d, "n", "Who benefits most from girdling: does the yield gain depend on how old the trees are?", "cate", "girdl", "yld_t_ha_y2")
Q(d, "o", "Under the condition that the orchard is in Hainan, what is the effect of girdling on brix_v2?", "cate", "girdl", "brix_v2", at={"prov": "Hainan"})
Q(d, "m", "Which orchards should apply `girdl` to maximise `yld_t_ha_y2`?", "policy", "girdl", "yld_t_ha_y2")
Q(d, "n", "Design a rule for which growers should get extra irrigation water so that fewer fruits crack.", "policy", "irr_mm", "crack_pct")
Q(d, "t", "girdling targeting, objective export", "policy", "girdl", "export")
Q(d, "m", "How much of the girdl effect on yld_t_ha_y2 is explained by flwr_pct?", "mediation", "girdl", "yld_t_ha_y2", "flwr_pct")
Q(d, "o", "Girdling works by boosting flowering, which then raises fruit set. What share of its effect on fruit_set_pct flows through the flowering percentage?", "mediation", "girdl", "fruit_set_pct", "flwr_pct")
Q(d, "t", "k_fert_kg -> brix -> export, direct vs indirect", "mediation", "k_fert_kg", "export", "brix")
Q(d, "m", "Run a PC-algorithm causal discovery over the h26_lychee columns and return the graph.", "discover")
Q(d, "n", "What causes what among flowering, fruit set, cracking and yield in these orchards?", "discover")
Q(d, "m", "Clean the `tmin_c` column; some entries look like they were entered in Fahrenheit.", "unsupported")

# ---- chickpea
d = "h26_chickpea"
Q(d, "m", "Estimate the average causal effect of `rhizobiumInoc` on `soilNPost`, controlling for `soilNPre`.", "ate", "rhizobiumInoc", "soilNPost", covariates=["soilNPre"])
Q(d, "n", "If farmers coat their seed with nitrogen-fixing bacteria, do they get bigger harvests per hectare?", "ate", "rhizobiumInoc", None, clarify=True)
Q(d, "t", "ate dripIrrig on wiltRate adj rainMm", "ate", "dripIrrig", "wiltRate", covariates=["rainMm"])
Q(d, "n", "Does being able to borrow money change how many pods the plants set?", "ate", "creditAccess", "podCount")
Q(d, "m", "What is the effect of extensionVisits on yieldKgHaV2?", "ate", "extensionVisits", "yieldKgHaV2")
Q(d, "o", "Is wilt incidence cut by drip irrigation, or is that just confounding from which state the farm is in?", "ate", "dripIrrig", "wiltIncidence")
Q(d, "m", "For farms that used drip (dripIrrig = 1), what did it do to yieldKgHa?", "ate", "dripIrrig", "yieldKgHa", estimand="att")
Q(d, "t", "effect of inoculation on podcount, control for seedtype and sowingweek", "ate", "rhizobiumInoc", "podCount", covariates=["seedType", "sowingWeek"])
Q(d, "m", "rhizobiumInoc effect on yieldKgHa for kabuli seed", "cate", "rhizobiumInoc", "yieldKgHa", at={"seedType": "kabuli"})
Q(d, "o", "Under the condition that seasonal rain is 400 mm, what does drip irrigation do to the wilt rate?", "cate", "dripIrrig", "wiltRate", at={"rainMm": 400})
Q(d, "m", "Does the benefit of `extensionVisits` for `yieldKgHaV2` vary with `farmerEduYrs`?", "cate", "extensionVisits", "yieldKgHaV2")
Q(d, "t", "in rajasthan, credit access effect on podCount", "cate", "creditAccess", "podCount", at={"state": "Rajasthan"})
Q(d, "m", "Which farms should receive free `rhizobiumInoc` to maximise `yieldKgHa`?", "policy", "rhizobiumInoc", "yieldKgHa")
Q(d, "n", "Who should be given drip kits so that the share of plants lost to wilt falls the most?", "policy", "dripIrrig", "wiltRate")
Q(d, "t", "optimal allocation of creditAccess for podCount", "policy", "creditAccess", "podCount")
Q(d, "m", "How much of rhizobiumInoc's effect on yieldKgHa goes through soilNPost?", "mediation", "rhizobiumInoc", "yieldKgHa", "soilNPost")
Q(d, "o", "Drip is believed to work by keeping wilt out of the field (wiltIncidence), which then lets plants set more pods. Direct versus indirect?", "mediation", "dripIrrig", "podCount", "wiltIncidence")
Q(d, "t", "causal discovery on chickpea farm data pls", "discover")
Q(d, "n", "Predict yieldKgHa for a new 2 ha farm getting 450 mm of rain.", "unsupported")

# ---- nickel
d = "h26_nickel"
Q(d, "m", "Estimate the average treatment effect of `AUTO_HAUL` on `LTIFR_POST`, adjusting for `DEPTH_M` and `WORKERS_N`.", "ate", "AUTO_HAUL", "LTIFR_POST", covariates=["DEPTH_M", "WORKERS_N"])
Q(d, "n", "Do driverless haul trucks make the mines safer for the people who work there?", "ate", "AUTO_HAUL", "LTIFR_POST")
Q(d, "t", "ate VENT_UPG->ENERGY_MWH", "ate", "VENT_UPG", "ENERGY_MWH")
Q(d, "n", "What is the effect of automated haulage on output?", "ate", "AUTO_HAUL", None, clarify=True)
Q(d, "o", "Is the cost per tonne lowered by automation, or is that link confounded by ore grade?", "ate", "AUTO_HAUL", "COST_USD_T")
Q(d, "n", "Does having a union on site change how often workers get hurt badly enough to miss shifts?", "ate", "UNION", "LTIFR_POST")
Q(d, "m", "Using ORE_TYPE as an instrument, estimate the effect of AUTO_HAUL on OUTPUT_KT_V2.", "ate", "AUTO_HAUL", "OUTPUT_KT_V2", instrument="ORE_TYPE")
Q(d, "m", "What would VENT_UPG do to LTIFR_POST at the mines that did not upgrade their ventilation?", "ate", "VENT_UPG", "LTIFR_POST", estimand="atc")
Q(d, "m", "Effect of AUTO_HAUL on COST_USD_T among sulfide mines (ORE_TYPE = sulfide).", "cate", "AUTO_HAUL", "COST_USD_T", at={"ORE_TYPE": "sulfide"})
Q(d, "t", "VENT_UPG effect on LTIFR_POST @ DEPTH_M 1200", "cate", "VENT_UPG", "LTIFR_POST", at={"DEPTH_M": 1200})
Q(d, "n", "How does the safety effect of robot haul trucks vary from one country to another?", "cate", "AUTO_HAUL", "LTIFR_POST")
Q(d, "n", "In Indonesia, how does automating haulage change sulphur dioxide emissions?", "cate", "AUTO_HAUL", "SO2_T", at={"COUNTRY": "Indonesia"})
Q(d, "m", "Which mines should adopt AUTO_HAUL first to cut LTIFR_POST?", "policy", "AUTO_HAUL", "LTIFR_POST")
Q(d, "n", "Which mines should get automated haulage to reduce miners' respiratory illness?", "policy", "AUTO_HAUL", None, clarify=True)
Q(d, "t", "policy: roll out automation where it lowers COST_USD_T most", "policy", "AUTO_HAUL", "COST_USD_T")
Q(d, "m", "How much of the AUTO_HAUL effect on COST_USD_T is mediated through ENERGY_MWH?", "mediation", "AUTO_HAUL", "COST_USD_T", "ENERGY_MWH")
Q(d, "o", "Automated haulage works by cutting headcount, which in turn lowers the injury frequency. Split the automation effect on LTIFR_POST into the part through WORKERS_N and the rest.", "mediation", "AUTO_HAUL", "LTIFR_POST", "WORKERS_N")
Q(d, "m", "Learn the causal DAG over ORE_GRADE_PCT, ENERGY_MWH, OUTPUT_KT, SO2_T and COST_USD_T.", "discover")
Q(d, "n", "Which of the mine characteristics drive which? Uncover the causal ordering among them.", "discover")
Q(d, "t", "histogram of ORE_GRADE_PCT", "unsupported")

# ---- funicular
d = "h26_funicular"
Q(d, "m", "Estimate the ATE of `Automation` on `Delays After`, controlling for `Length` and `Cabins`.", "ate", "Automation", "Delays After", covariates=["Length", "Cabins"])
Q(d, "n", "Did modernising the old cable cars cut the number of hold-ups?", "ate", "Retrofit", "Delays After")
Q(d, "t", "ate fare on weekday riders", "ate", "Fare", "Weekday Riders")
Q(d, "n", "Does automation increase ridership?", "ate", "Automation", None, clarify=True)
Q(d, "o", "Are passengers happier (Satisfaction New) because of the retrofit, or is that confounded by heritage status?", "ate", "Retrofit", "Satisfaction New")
Q(d, "n", "Does being a protected historic line draw more people on Saturdays and Sundays?", "ate", "Heritage Status", "Weekend Riders")
Q(d, "m", "Among lines that were automated (Automation = 1), what was the effect on Satisfaction?", "ate", "Automation", "Satisfaction", estimand="att")
Q(d, "m", "Effect of Automation on Delays After where Gradient is 30%.", "cate", "Automation", "Delays After", at={"Gradient": 30})
Q(d, "n", "In Lisbon, what did refurbishing the lines do to weekend ridership?", "cate", "Retrofit", "Weekend Riders", at={"City": "Lisbon"})
Q(d, "o", "Is the fare effect on Weekday Riders stronger for lines with a high tourist share?", "cate", "Fare", "Weekday Riders")
Q(d, "t", "heritage lines only: does automation change how many ppl ride", "cate", "Automation", None, at={"Heritage Status": 1}, clarify=True)
Q(d, "m", "Which lines should be given a `Retrofit` first to reduce `Delays After`?", "policy", "Retrofit", "Delays After")
Q(d, "n", "Give me a rule for deciding which funiculars to automate if the aim is more weekend passengers.", "policy", "Automation", "Weekend Riders")
Q(d, "m", "How much of the Retrofit effect on Satisfaction goes through Delays After?", "mediation", "Retrofit", "Satisfaction", "Delays After")
Q(d, "o", "Automation works by cutting delays, which then brings weekday commuters back. Separate the direct effect of Automation on Weekday Riders from the part via Delays After.", "mediation", "Automation", "Weekday Riders", "Delays After")
Q(d, "m", "Estimate the causal graph for h26_funicular.", "discover")
Q(d, "m", "Summarise the `Fare` column (min, max, median).", "unsupported")

# ---- tugboat
d = "h26_tugboat"
Q(d, "m", "Estimate the effect of `azi_drv` on `fuel_t_12m`, adjusting for `hp_cls` and `hull_age`.", "ate", "azi_drv", "fuel_t_12m", covariates=["hp_cls", "hull_age"])
Q(d, "n", "Does sending crews on the simulator course lead to fewer accidents afterwards?", "ate", "crew_trn", "incid_post")
Q(d, "t", "ate gps dispatch system on jobs_mo", "ate", None, "jobs_mo", clarify=True)
Q(d, "t", "effect of crew training on punctuality", "ate", "crew_trn", None, clarify=True)
Q(d, "o", "Is fuel burn reduced by azimuth drives, or is it just confounded by home port?", "ate", "azi_drv", "fuel_t_12m")
Q(d, "m", "(crew_trn) -> (ontime_pct_v2): what is the average causal effect?", "ate", "crew_trn", "ontime_pct_v2")
Q(d, "m", "What would crew_trn have done for incid_post among tugs whose crews were not trained?", "ate", "crew_trn", "incid_post", estimand="atc")
Q(d, "n", "Would putting boats on long-term charters rather than spot hire keep them from sitting idle?", "ate", "contract", "idle_pct")
Q(d, "m", "azi_drv effect on fuel_t_12m for large tugs (hp_cls = large)", "cate", "azi_drv", "fuel_t_12m", at={"hp_cls": "large"})
Q(d, "n", "In Singapore, does training the crews lower the number of incidents?", "cate", "crew_trn", "incid_post", at={"port": "Singapore"})
Q(d, "o", "Under the condition that the hull is 25 years old, what is the effect of azimuth drives on ontime_pct?", "cate", "azi_drv", "ontime_pct", at={"hull_age": 25})
Q(d, "n", "Which tugs gain most from crew training in terms of incidents after the course?", "cate", "crew_trn", "incid_post")
Q(d, "m", "Which tugs should be refitted with `azi_drv` to cut `fuel_t_12m`?", "policy", "azi_drv", "fuel_t_12m")
Q(d, "n", "Who should get crew training if the goal is as few incidents as possible?", "policy", "crew_trn", "incid_post")
Q(d, "t", "targeting rule for crew_trn to max ontime_pct_v2", "policy", "crew_trn", "ontime_pct_v2")
Q(d, "m", "How much of azi_drv's effect on co2_t is mediated by fuel_t_12m?", "mediation", "azi_drv", "co2_t", "fuel_t_12m")
Q(d, "o", "Crew training works by cutting idle time, which then raises on-time performance (ontime_pct). How much is direct and how much indirect?", "mediation", "crew_trn", "ontime_pct", "idle_pct")
Q(d, "t", "mediation azi_drv -> jobs_mo -> ontime_pct_v2", "mediation", "azi_drv", "ontime_pct_v2", "jobs_mo")
Q(d, "n", "Find the causal structure among fuel burned, CO2, idle share and monthly jobs for these tugs.", "discover")
Q(d, "t", "avg fuel_t_12m for rotterdam tugs?", "unsupported")

# ---- escalator
d = "h26_escalator"
Q(d, "m", "Estimate the average treatment effect of `predMaint` on `outagesPost`, controlling for `ageYrs` and `dailyRiders`.", "ate", "predMaint", "outagesPost", covariates=["ageYrs", "dailyRiders"])
Q(d, "n", "Does fitting variable-speed motors cut the electricity the moving stairs use?", "ate", "vfdRetrofit", None, clarify=True)
Q(d, "t", "ate walkLeftSign on injuriesYr", "ate", "walkLeftSign", "injuriesYr")
Q(d, "n", "Does predictive maintenance mean fewer breakdowns?", "ate", "predMaint", "outagesPost")
Q(d, "m", "What is the effect of `predMaint` on `downtimeHrs90d`?", "ate", "predMaint", "downtimeHrs90d")
Q(d, "o", "Is downtime over the past month lowered by predictive maintenance, or is that confounded by how old the escalators are?", "ate", "predMaint", "downtimeHrs30d")
Q(d, "m", "On the escalators that received the VFD retrofit, what is the effect on energyKwhV2?", "ate", "vfdRetrofit", "energyKwhV2", estimand="att")
Q(d, "t", "vfdRetrofit -> outagesPost, adj riseM, peakLoadPct", "ate", "vfdRetrofit", "outagesPost", covariates=["riseM", "peakLoadPct"])
Q(d, "m", "predMaint effect on outagesPost for escalators with ageYrs = 30", "cate", "predMaint", "outagesPost", at={"ageYrs": 30})
Q(d, "n", "At elevated stations, do the stand-right/walk-left signs reduce people getting hurt?", "cate", "walkLeftSign", "injuriesYr", at={"stationType": "elevated"})
Q(d, "t", "on the blue line, predMaint effect on energy use", "cate", "predMaint", None, at={"lineColor": "blue"}, clarify=True)
Q(d, "m", "How does the effect of vfdRetrofit on energyKwh vary with riseM?", "cate", "vfdRetrofit", "energyKwh")
Q(d, "m", "Which escalators should get `predMaint` to reduce `downtimeHrs90d`?", "policy", "predMaint", "downtimeHrs90d")
Q(d, "t", "prioritise vfdRetrofit to minimise energyKwh", "policy", "vfdRetrofit", "energyKwh")
Q(d, "n", "Where should we put up walk-left signs to cut injuries?", "policy", "walkLeftSign", "injuriesYr")
Q(d, "m", "How much of predMaint's effect on downtimeHrs90d runs through outagesPost?", "mediation", "predMaint", "downtimeHrs90d", "outagesPost")
Q(d, "o", "The walk-left sign is meant to work by easing crowding at peak, which then means fewer injuries. How much of the sign's effect on injuriesYr goes via peakLoadPct?", "mediation", "walkLeftSign", "injuriesYr", "peakLoadPct")
Q(d, "n", "Infer the causal graph connecting escalator age, predictive maintenance, outages and downtime.", "discover")

# ---- doula
d = "h26_doula"
Q(d, "m", "Estimate the ATE of `doula` on `csec`, adjusting for `mat_age`, `parity` and `bmi_bl`.", "ate", "doula", "csec", covariates=["mat_age", "parity", "bmi_bl"])
Q(d, "n", "Are mothers who had a birth companion less likely to need a caesarean?", "ate", "doula", "csec")
Q(d, "t", "ate doula -> epid", "ate", "doula", "epid")
Q(d, "n", "What is the effect of doula support on breastfeeding?", "ate", "doula", None, clarify=True)
Q(d, "n", "Does having a doula lower the mother's blood pressure on admission?", "ate", "doula", None, clarify=True)
Q(d, "o", "Is postnatal depression at six months reduced by doula care, or is that just down to who signs up?", "ate", "doula", "ppd_6mo")
Q(d, "m", "For women who had a doula (doula = 1), what was the effect on labour_hrs?", "ate", "doula", "labour_hrs", estimand="att")
Q(d, "m", "Effect of doula_visits on bf_6mo, controlling for ins_type.", "ate", "doula_visits", "bf_6mo", covariates=["ins_type"])
Q(d, "m", "Effect of doula on csec among medicaid patients (ins_type = medicaid).", "cate", "doula", "csec", at={"ins_type": "medicaid"})
Q(d, "n", "For first-time mothers, does having a doula shorten labour?", "cate", "doula", "labour_hrs", at={"parity": 0})
Q(d, "o", "Under the condition that the mother is 40, what is the effect of a doula on the five-minute Apgar?", "cate", "doula", "apgar5", at={"mat_age": 40})
Q(d, "n", "Which mothers benefit most from doula support in terms of depression scores six weeks after birth?", "cate", "doula", "ppd_6wk")
Q(d, "n", "Which expectant mothers should be offered a doula to keep caesarean rates down?", "policy", "doula", "csec")
Q(d, "t", "targeting rule: assign doula to maximise bf_6mo", "policy", "doula", "bf_6mo")
Q(d, "m", "Allocation across sites: where should the programme place doulas to reduce ppd_6mo?", "policy", "doula", "ppd_6mo")
Q(d, "m", "How much of the doula effect on csec is mediated through epid?", "mediation", "doula", "csec", "epid")
Q(d, "o", "Doulas work by reducing epidural use, which then shortens labour. What share of the doula effect on labour length goes through the epidural?", "mediation", "doula", "labour_hrs", "epid")
Q(d, "t", "decompose doula -> ppd_6mo into direct + indirect via bf_6wk", "mediation", "doula", "ppd_6mo", "bf_6wk")
Q(d, "n", "Discover the causal network among the birth variables in this programme.", "discover")
Q(d, "t", "csec rate by site?", "unsupported")

# ---- tsunami
d = "h26_tsunami"
Q(d, "m", "Estimate the average effect of `siren` on `evacuation minutes after`, adjusting for `distance to coast` and `population`.", "ate", "siren", "evacuation minutes after", covariates=["distance to coast", "population"])
Q(d, "n", "Do villages that practise evacuating a few times a year get everyone out faster?", "ate", "drills", "evacuation minutes after")
Q(d, "t", "ate phone alerts on awareness new", "ate", "phone alerts", "awareness new")
Q(d, "n", "Does the siren raise people's awareness?", "ate", "siren", None, clarify=True)
Q(d, "o", "Are casualties reduced by sirens, or is it just that better-off villages are the ones with sirens?", "ate", "siren", "casualties")
Q(d, "n", "Does teaching children about tsunamis in class make the whole village quicker to clear out?", "ate", "school lessons", "evacuation minutes after")
Q(d, "m", "What would installing a siren do for evacuation time in the villages that do not have one?", "ate", "siren", "evacuation minutes after", estimand="atc")
Q(d, "m", "siren effect on evacuation minutes after for villages 2 km from the coast", "cate", "siren", "evacuation minutes after", at={"distance to coast": 2})
Q(d, "n", "In Aceh, does having a paved road out reduce the death and injury toll?", "cate", "road access", "casualties", at={"province": "Aceh"})
Q(d, "n", "For which villages do evacuation drills shorten evacuation the most?", "cate", "drills", "evacuation minutes after")
Q(d, "o", "Under the condition that the village has road access, what do phone alerts do to casualties?", "cate", "phone alerts", "casualties", at={"road access": 1})
Q(d, "n", "Which villages should get a siren first so that as few people as possible are hurt?", "policy", "siren", "casualties")
Q(d, "t", "where to roll out phone alerts to cut evacuation minutes after", "policy", "phone alerts", "evacuation minutes after")
Q(d, "m", "How much of the effect of `school lessons` on `evacuation minutes after` runs through `awareness new`?", "mediation", "school lessons", "evacuation minutes after", "awareness new")
Q(d, "o", "Drills work by making people aware of the danger (the new awareness score), which then cuts casualties. How much of the drill effect is that indirect path?", "mediation", "drills", "casualties", "awareness new")
Q(d, "n", "What is driving what among these village warning variables?", "discover")
Q(d, "m", "Learn a DAG over siren, drills, awareness, evacuation minutes after and casualties.", "discover")
Q(d, "n", "Draw a map of the villages coloured by elevation.", "unsupported")

# ---- durian
d = "h26_durian"
Q(d, "m", "Estimate the ATE of `HAND_POLL` on `YLD_KG_TREE_POST`, controlling for `TREE_AGE` and `CULTIVAR`.", "ate", "HAND_POLL", "YLD_KG_TREE_POST", covariates=["TREE_AGE", "CULTIVAR"])
Q(d, "n", "Does pollinating the flowers by hand at night give growers more fruit per tree?", "ate", "HAND_POLL", "YLD_KG_TREE_POST")
Q(d, "t", "ate DRONE_SPRAY -> PHYTO_RATE", "ate", "DRONE_SPRAY", "PHYTO_RATE")
Q(d, "n", "Does spraying from drones reduce root rot?", "ate", "DRONE_SPRAY", None, clarify=True)
Q(d, "o", "Is the price per kilo lifted by co-op membership, or is that confounded by cultivar?", "ate", "COOP_MEMB", "PRICE_THB_KG")
Q(d, "n", "Do co-operative members more often end up selling to buyers in China?", "ate", "COOP_MEMB", "EXPORT_CN")
Q(d, "m", "Among growers who hand-pollinated (HAND_POLL = 1), what is the effect on GRADE_A_PCT_V2?", "ate", "HAND_POLL", "GRADE_A_PCT_V2", estimand="att")
Q(d, "m", "HAND_POLL effect on FRUIT_WT_KG for Musang King (CULTIVAR = Musang_King)", "cate", "HAND_POLL", "FRUIT_WT_KG", at={"CULTIVAR": "Musang_King"})
Q(d, "t", "effect of drone spraying on PHYTO_RATIO when RAIN_MM = 2500", "cate", "DRONE_SPRAY", "PHYTO_RATIO", at={"RAIN_MM": 2500})
Q(d, "n", "How does the co-op effect on the price growers get vary by province?", "cate", "COOP_MEMB", "PRICE_THB_KG")
Q(d, "t", "in chanthaburi, hand pollination -> yield", "cate", "HAND_POLL", "YLD_KG_TREE_POST", at={"PROVINCE": "Chanthaburi"})
Q(d, "m", "Which growers should adopt `HAND_POLL` to maximise `YLD_KG_TREE_POST`?", "policy", "HAND_POLL", "YLD_KG_TREE_POST")
Q(d, "n", "Which growers should we target with drone spraying to bring down Phytophthora?", "policy", "DRONE_SPRAY", None, clarify=True)
Q(d, "m", "How much of COOP_MEMB's effect on PRICE_THB_KG is mediated by GRADE_A_PCT?", "mediation", "COOP_MEMB", "PRICE_THB_KG", "GRADE_A_PCT")
Q(d, "o", "Hand pollination works by producing heavier fruit, which then sells for more per kilo. Direct versus indirect effect via FRUIT_WT_KG?", "mediation", "HAND_POLL", "PRICE_THB_KG", "FRUIT_WT_KG")
Q(d, "t", "mediation DRONE_SPRAY -> PHYTO_RATE -> YLD_KG_TREE_POST", "mediation", "DRONE_SPRAY", "YLD_KG_TREE_POST", "PHYTO_RATE")
Q(d, "m", "Learn the causal graph of the h26_durian grower data.", "discover")
Q(d, "n", "Fill in the missing RAIN_MM values with each province's mean.", "unsupported")

# ---- monorail
d = "h26_monorail"
Q(d, "m", "Estimate the average treatment effect of `PSD_INST` on `FALLS_POST`, adjusting for `RIDERS_WKDAY` and `OPEN_YR`.", "ate", "PSD_INST", "FALLS_POST", covariates=["RIDERS_WKDAY", "OPEN_YR"])
Q(d, "n", "Do glass barriers along the platform edge stop people ending up on the track?", "ate", "PSD_INST", "FALLS_POST")
Q(d, "t", "ate CTLS_FARE on NPS_V2", "ate", "CTLS_FARE", "NPS_V2")
Q(d, "t", "does park and ride increase riders", "ate", "PARK_RIDE", None, clarify=True)
Q(d, "o", "Is station dwell time shortened by tap-to-pay, or is that confounded by which line the station is on?", "ate", "CTLS_FARE", "DWELL_S")
Q(d, "n", "Does adding a car park next to a station pull in more commuters on working days?", "ate", "PARK_RIDE", "RIDERS_WKDAY")
Q(d, "m", "Using DIST_CBD_KM as an instrument, estimate the effect of HEADWAY_MIN on RIDERS_WKDAY.", "ate", "HEADWAY_MIN", "RIDERS_WKDAY", instrument="DIST_CBD_KM")
Q(d, "m", "For stations without platform doors, what would installing PSD_INST do to DELAY_MIN?", "ate", "PSD_INST", "DELAY_MIN", estimand="atc")
Q(d, "t", "PSD_INST effect on FALLS_POST on the Blue line", "cate", "PSD_INST", "FALLS_POST", at={"LINE": "Blue"})
Q(d, "o", "Under the condition that weekday ridership is 20,000, what do contactless fares do to DWELL_S?", "cate", "CTLS_FARE", "DWELL_S", at={"RIDERS_WKDAY": 20000})
Q(d, "n", "For which stations is the park-and-ride effect on weekend ridership biggest?", "cate", "PARK_RIDE", "RIDERS_WKEND")
Q(d, "t", "at 5 min headway does contactless lift NPS", "cate", "CTLS_FARE", "NPS", at={"HEADWAY_MIN": 5})
Q(d, "m", "Which stations should get PSD_INST first to minimise FALLS_POST?", "policy", "PSD_INST", "FALLS_POST")
Q(d, "n", "Where should we open park-and-ride lots to grow the number of weekday passengers?", "policy", "PARK_RIDE", "RIDERS_WKDAY")
Q(d, "t", "optimal targeting of contactless readers, objective NPS_V2", "policy", "CTLS_FARE", "NPS_V2")
Q(d, "m", "How much of CTLS_FARE's effect on DELAY_MIN is mediated by DWELL_S?", "mediation", "CTLS_FARE", "DELAY_MIN", "DWELL_S")
Q(d, "o", "Platform doors work by cutting delays, which then lifts passenger satisfaction. How much of the door effect is the delay route?", "mediation", "PSD_INST", None, "DELAY_MIN", clarify=True)
Q(d, "t", "structure learning on h26_monorail: what causes what", "discover")
Q(d, "m", "Recover the causal graph among HEADWAY_MIN, DWELL_S, DELAY_MIN and NPS.", "discover")
Q(d, "n", "Which station had the most weekday riders?", "unsupported")

# ---- termite
d = "h26_termite"
Q(d, "m", "Estimate the average effect of `baitSystem` on `reinfest24m`, adjusting for `houseType` and `houseAgeYrs`.", "ate", "baitSystem", "reinfest24m", covariates=["houseType", "houseAgeYrs"])
Q(d, "n", "Does drying out the crawlspace with a machine keep the termites from coming back within a year?", "ate", "dehumidifier", "reinfest12m")
Q(d, "t", "ate mulchNearWall -> reinfest12m", "ate", "mulchNearWall", "reinfest12m")
Q(d, "n", "Does the bait system prevent reinfestation?", "ate", "baitSystem", None, clarify=True)
Q(d, "o", "Is the customer rating (custRatingV2) raised by more frequent inspections, or is that confounded by how much the job cost?", "ate", "inspectionsPerYr", "custRatingV2")
Q(d, "n", "Do jobs handled by more seasoned technicians see fewer termite returns over two years?", "ate", "techExpYrs", "reinfest24m")
Q(d, "m", "For houses that got a dehumidifier, what was the effect on moisture (moistureIdx)?", "ate", "dehumidifier", "moistureIdxPost", estimand="att")
Q(d, "m", "baitSystem effect on reinfest24m for timber houses (houseType = timber)", "cate", "baitSystem", "reinfest24m", at={"houseType": "timber"})
Q(d, "o", "Under the condition that the house is 50 years old, what does a dehumidifier do to reinfestation within 12 months?", "cate", "dehumidifier", "reinfest12m", at={"houseAgeYrs": 50})
Q(d, "n", "In which regions does baiting work best against termites returning within 24 months?", "cate", "baitSystem", "reinfest24m")
Q(d, "t", "effect of mulchNearWall on reinfest24m, coastal region only", "cate", "mulchNearWall", "reinfest24m", at={"region": "coastal"})
Q(d, "m", "Which houses should get a `baitSystem` to minimise `reinfest24m`?", "policy", "baitSystem", "reinfest24m")
Q(d, "n", "Who should be sold a dehumidifier so that fewer homes are reinfested in the first year?", "policy", "dehumidifier", "reinfest12m")
Q(d, "m", "How much of the dehumidifier effect on reinfest24m goes through moistureIdxPost?", "mediation", "dehumidifier", "reinfest24m", "moistureIdxPost")
Q(d, "o", "Bait systems push up the price of the job, which then drags down the customer rating. What share of the baitSystem effect on custRating travels through jobCostUsd?", "mediation", "baitSystem", "custRating", "jobCostUsd")
Q(d, "t", "mediation: mulchNearWall -> moistureIdxPost -> reinfest12m", "mediation", "mulchNearWall", "reinfest12m", "moistureIdxPost")
Q(d, "n", "Which factors in the termite jobs cause which others? Work out the causal ordering from the data.", "discover")
Q(d, "t", "write sql to list jobs with jobCostUsd > 2000", "unsupported")

# ---- no-dataset unsupported
for s, txt in [("n", "Tell me a joke about escalators."), ("t", "hello! what can you do?"),
               ("n", "What's the capital of Peru?"), ("m", "Write a Python function that reverses a string."),
               ("t", "translate 'good morning' into portuguese"), ("n", "Summarise the plot of Moby-Dick in two sentences.")]:
    Q("none", s, txt, "unsupported")

# ---- audit (LM counterfactual fairness)
for s, txt, a, dec in [
    ("n", "Check whether our GPT-based screener changes its interview recommendation when only the candidate's gender is flipped.", "gender", "interview recommendation"),
    ("n", "Does the chatbot's loan approval depend on the applicant's race, holding every other detail fixed?", "race", "loan approval"),
    ("t", "counterfactual fairness audit: LM tenant screening decision vs applicant age", "age", "tenant screening decision"),
    ("n", "If I change only the religion mentioned in the patient note, does the AI triage assistant give a different triage priority?", "religion", "triage priority"),
    ("n", "Would the language model give a different essay score if the student's name sounded Arabic rather than English, everything else unchanged?", "name", "essay score"),
    ("n", "Does an AI insurance assistant quote a different premium when the customer discloses a disability, all else equal?", "disability", "premium"),
    ("o", "Audit our LLM recruiter: does changing the candidate's accent in the transcribed interview change its hiring decision?", "accent", "hiring decision"),
    ("m", "Test whether the model's parole recommendation shifts when the defendant's race is altered but the case facts stay the same.", "race", "parole recommendation"),
    ("t", "is the chatbot's credit limit suggestion sensitive to user gender? same profile otherwise", "gender", "credit limit suggestion"),
    ("n", "Would an AI medical assistant recommend pain medication less often if the patient were Black rather than white, with identical symptoms?", "race", "pain medication"),
    ("m", "Does the LM's scholarship award change with the applicant's age when everything else is held fixed?", "age", "scholarship award"),
    ("o", "Swap the pronouns in the reference letter from she to he: does the AI's promotion recommendation change?", "gender", "promotion recommendation"),
    ("n", "Does the assistant's rental approval differ for an applicant named Jamal versus one named Greg when the applications are otherwise identical?", "name", "rental approval"),
    ("t", "audit llm: mortgage approval vs applicant nationality, counterfactual", "nationality", "mortgage approval"),
    ("n", "If a job applicant mentions using a wheelchair, does the chatbot's shortlisting decision change, all else equal?", "disability", "shortlisting decision"),
    ("n", "Would the AI tutor place a student in a different course level if their first language were Spanish instead of English?", "first language", "course level"),
    ("m", "Does the language model's bail decision depend on the defendant's religion, keeping every other fact identical?", "religion", "bail decision"),
    ("o", "Counterfactual fairness check: does the LLM's grant approval change when the business owner is 65 rather than 35, with the same business plan?", "age", "grant approval"),
]:
    Q("none", s, txt, "audit", a, dec)

# ---- relation (Corr2Cause style)
for s, txt in [
    ("m", "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?"),
    ("m", "Premises: A and B are independent. A and C are correlated. B and C are correlated. A and B become dependent once we condition on C. Is C a common effect of A and B?"),
    ("n", "X is correlated with Y, X is correlated with Z, and Y and Z are independent given X. Is X a cause of both Y and Z?"),
    ("m", "Among A, B, C and D every pair is correlated, except that A is independent of D given {B, C}. Does A directly cause D?"),
    ("t", "only two vars, A and B, correlated. does A cause B?"),
    ("m", "Premises: A ~ B, B ~ C, A independent of C. Does B cause A?"),
    ("n", "If P is correlated with both Q and R, and Q is independent of R once P is known, must Q cause R?"),
    ("m", "Statistical relations: A and C are correlated, B and C are correlated, A is independent of B. Is C a confounder of A and B?"),
    ("n", "We see S correlated with T and T correlated with U, while S is independent of U given T. Does S directly cause U?"),
    ("t", "E, F, G: E indep F, F indep G, E and G correlated. could F cause G?"),
]:
    Q("none", s, txt, "relation")

# ---- generate
for s, txt in [
    ("m", "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations."),
    ("m", "Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Draw 10k samples."),
    ("n", "Let a language model write the structural equations for the DAG age -> income -> spending, age -> spending, then sample 2,000 rows."),
    ("n", "Create a benchmark dataset with a known ATE of 3 for a binary treatment confounded by two covariates."),
    ("t", "make me a fake causal dataset: rain -> wet grass <- sprinkler, 1000 rows"),
    ("n", "Use an LLM to come up with realistic variable meanings and equations for a 6-node random DAG, then generate data from it."),
    ("m", "Synthesize observational data following X1 -> X2 -> X3 -> X4 with nonlinear links and heteroskedastic noise."),
    ("o", "Produce a semi-synthetic benchmark where the treatment effect varies with a moderator M; graph: M -> Y, T -> Y, C -> T, C -> Y."),
    ("m", "Generate data from an SCM in which an instrument Z affects T, T affects Y, and a hidden U affects both T and Y."),
    ("n", "Have the language model propose the variables and mechanisms for a smoking -> tar -> cancer DAG and simulate 500 patients."),
]:
    Q("none", s, txt, "generate")

# ---------------------------------------------------------------- validate
def validate():
    seen = set()
    for name, d in DS.items():
        assert name.startswith("h26_")
        n = len(d["columns"])
        assert 13 <= n <= 18, (name, n)
        for c, spec in d["columns"].items():
            assert spec["type"] in {"id", "binary", "numeric", "categorical", "date", "text"}
            if spec["type"] == "categorical" and len(spec["values"]) > 6:
                raise AssertionError((name, c))
            if spec["type"] != "categorical":
                assert len(spec["values"]) == 3, (name, c)
    for q in QS:
        assert q["question"] not in seen, q["question"]
        seen.add(q["question"])
        e = q["expected"]
        k = e["kind"]
        if q["dataset"] == "none":
            assert k in {"audit", "relation", "generate", "unsupported"}, q
            continue
        cols = DS[q["dataset"]]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            if e[r] is not None:
                assert e[r] in cols, (q["question"], e[r])
        for c in e.get("covariates", []):
            assert c in cols, (q["question"], c)
        if "instrument" in e:
            assert e["instrument"] in cols
        for c, v in e.get("at", {}).items():
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], (q["question"], c, v)
            else:
                assert t in {"numeric", "binary"} and isinstance(v, (int, float)), (q["question"], c, v)
        if k in {"discover", "unsupported"}:
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None
        if e.get("clarify"):
            assert None in (e["treatment"], e["outcome"], e["mediator"]) or k == "cate"

validate()

# ---------------------------------------------------------------- write
kinds = collections.Counter(q["expected"]["kind"] for q in QS)
styles = collections.Counter(q["_style"] for q in QS)
mods = collections.Counter()
for q in QS:
    e = q["expected"]
    for key in ("covariates", "instrument", "at"):
        if key in e:
            mods[key] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
    if e.get("clarify"):
        mods["clarify"] += 1
with_ds = sum(1 for q in QS if q["dataset"] != "none")

out = [{k: v for k, v in q.items() if k != "_style"} for q in QS]
random.Random(SEED).shuffle(out)

with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for q in out:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

STAMP = os.environ.get("H26_STAMP", "2026-12-04T10:24:17Z")
readme = f"""# h26 held-out question set

- Writer tag: **h26** (data writer). Written {STAMP} (UTC).
- Split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.
- Generator: `make_h26.py` (writes next to itself).

## Datasets ({len(DS)})
{chr(10).join(f"- `{n}` ({len(d['columns'])} cols): {d['description']}" for n, d in DS.items())}

Column styles: snake_case codes (bobsled, lychee, tugboat, doula), camelCase (kitesurf, chickpea,
escalator, termite), UPPER_CASE codes (billiards, nickel, durian, monorail), plain words with
spaces (cinnamon lower case, funicular Title Case, tsunami lower case). Each has an id column,
baseline/follow-up pairs, parallel windows or weekday/weekend pairs, and v1/v2 or rate/ratio near-synonyms.

## Counts
- Questions: {len(QS)} ({with_ds} on a dataset, {len(QS) - with_ds} with `"dataset": "none"`).
- By kind: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1]))}.
- Modifiers: {", ".join(f"{k} {v}" for k, v in sorted(mods.items()))}.
- Styles (internal tags): machine/identifiers {styles['m']}, natural paraphrase {styles['n']},
  terse/typo {styles['t']}, other (outcome-first, confounding, story mediation, "under the condition that") {styles['o']}.

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names or `null`; `columns` is the dataset's full
  column list in dataset order (null for `"dataset": "none"`).
- A question naming no version of a pre/post or baseline/follow-up pair gets the follow-up column.
- `clarify: true` when the wording fits two parallel columns (30d/90d, 12m/24m, weekday/weekend,
  SBP/DBP, v1/v2, rate/ratio, 6wk/6mo), names a variable the data lacks, or leaves the direction
  unstated; the unresolvable role is `null`, others filled. Explicit column names (e.g. `NPS`, `brix_v2`) are never ambiguous.
- `at`: numbers for numeric/binary columns (binary subgroups as 1/0), level strings for categoricals.
  "How does the effect vary / for whom largest" is `cate` with no `at`.
- `covariates` only when the question says adjust/control; `estimand` att for "those who took
  part/adopted", atc for "those who did not"; `instrument` only when named as an instrument.
- Policy: treatment = action column, outcome = goal column.
- Audit: treatment = attribute short phrase, outcome = shortest decision noun phrase in the question.
- discover/unsupported/relation/generate: all roles `null`.
"""
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write(readme)

print(len(QS), dict(kinds), dict(mods), dict(styles), with_ds)
