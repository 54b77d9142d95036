#!/usr/bin/env python3
"""Generator for question set h50 (split test, origin heldout50).

Running `python3 make_h50.py` in this directory regenerates datasets.json and
questions.jsonl byte for byte (the only randomness is the seeded shuffle).
README.md is also rewritten and carries the current UTC date.
"""
import json
import random
import datetime
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout50"
SEED = 50050
TAG = "h50"

# ---------------------------------------------------------------------------
# Datasets
# ---------------------------------------------------------------------------
DATASETS = OrderedDict()
STYLE_OF_DS = {}


def ds(name, description, style, cols):
    DATASETS[name] = {
        "description": description,
        "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols),
    }
    STYLE_OF_DS[name] = style


ds("h50_tattoo_removal",
   "Patients treated at laser tattoo removal clinics: laser type, sessions, skin type, ink and clearance/side-effect outcomes.",
   "snake_case cryptic codes",
   [("pt_id", "id", ["T0001", "T0002", "T0003"]),
    ("age_yr", "numeric", [24, 37, 52]),
    ("fitz_typ", "categorical", ["I", "II", "III", "IV", "V", "VI"]),
    ("ink_col", "categorical", ["black", "blue", "green", "red", "multi"]),
    ("tat_area_cm2", "numeric", [12.5, 40.0, 150.0]),
    ("tat_age_yr", "numeric", [2, 8, 19]),
    ("pico_lsr", "binary", [0, 1, 1]),
    ("n_sess", "numeric", [4, 7, 11]),
    ("sess_int_wk", "numeric", [6, 8, 12]),
    ("dist_km", "numeric", [3.2, 14.8, 41.0]),
    ("smoker", "binary", [0, 1, 0]),
    ("clear_pct_6m", "numeric", [35, 52, 70]),
    ("clear_pct_12m", "numeric", [60, 78, 95]),
    ("blist_any", "binary", [0, 0, 1]),
    ("pain_vas", "numeric", [3, 6, 8]),
    ("pain_vas_v2", "numeric", [2.5, 5.5, 7.8]),
    ("hypopig", "binary", [0, 1, 0]),
    ("satisf_scr", "numeric", [6, 8, 9])])

ds("h50_glassblowing",
   "Glassblowing studios: furnace and annealer equipment, class schedule, booking channel, gas costs, repeat custom, breakage and burns.",
   "camelCase analytics",
   [("studioId", "id", ["GS-101", "GS-102", "GS-103"]),
    ("region", "categorical", ["North", "South", "East", "West"]),
    ("furnaceAgeYrs", "numeric", [3, 11, 22]),
    ("recuperatorFitted", "binary", [0, 1, 0]),
    ("annealerUpgrade", "binary", [1, 0, 0]),
    ("classesPerWk", "numeric", [4, 10, 18]),
    ("instructorCount", "numeric", [1, 3, 6]),
    ("onlineBooking", "binary", [1, 1, 0]),
    ("avgClassPrice", "numeric", [45.0, 85.0, 140.0]),
    ("gasCostPre", "numeric", [1800, 2600, 4100]),
    ("gasCostPost", "numeric", [1500, 2450, 3900]),
    ("repeatRate30d", "numeric", [0.08, 0.15, 0.22]),
    ("repeatRate90d", "numeric", [0.18, 0.31, 0.44]),
    ("revenueMonthly", "numeric", [6200, 11800, 23500]),
    ("breakageRate", "numeric", [0.04, 0.09, 0.15]),
    ("breakageRateV2", "numeric", [0.03, 0.08, 0.14]),
    ("burnInjuries12m", "numeric", [0, 2, 5])])

ds("h50_boatyards",
   "Boats serviced at boatyards: hull, antifouling, storage, haul-outs, osmosis and fouling scores, repair costs and customer retention.",
   "UPPER_CASE codes",
   [("YARD_ID", "id", ["BY01", "BY02", "BY03"]),
    ("SALINITY", "categorical", ["fresh", "brackish", "marine"]),
    ("HULL_MAT", "categorical", ["GRP", "STEEL", "WOOD", "ALU"]),
    ("BOAT_LOA_M", "numeric", [6.5, 9.8, 14.2]),
    ("BOAT_AGE", "numeric", [4, 18, 35]),
    ("ANTIFOUL_CU", "binary", [1, 0, 1]),
    ("COVERED_STOR", "binary", [0, 1, 0]),
    ("WARRANTY", "binary", [0, 0, 1]),
    ("HAULOUT_FREQ", "numeric", [0.5, 1, 2]),
    ("DAYS_ON_HARD", "numeric", [20, 75, 160]),
    ("OSMO_BL", "numeric", [0, 2, 4]),
    ("OSMO_24M", "numeric", [0, 3, 5]),
    ("FOUL_IDX", "numeric", [1.2, 2.8, 4.5]),
    ("FOUL_IDX_V2", "numeric", [10, 27, 46]),
    ("REPAIR_COST", "numeric", [450, 2200, 8700]),
    ("CUST_RETAIN_1Y", "binary", [1, 1, 0]),
    ("CUST_RETAIN_3Y", "binary", [1, 0, 0])])

ds("h50_bike_repair",
   "Independent bicycle repair shops: staffing, mechanic training, membership scheme, discounts, waiting and turnaround times, comebacks, ratings and takings.",
   "plain words",
   [("shop", "id", ["S01", "S02", "S03"]),
    ("city", "categorical", ["London", "Leeds", "Bristol", "Glasgow"]),
    ("mechanics", "numeric", [1, 3, 6]),
    ("apprentices", "numeric", [0, 1, 3]),
    ("training", "binary", [0, 1, 1]),
    ("membership", "binary", [1, 0, 0]),
    ("discount", "numeric", [0, 10, 20]),
    ("wait", "numeric", [0.5, 2, 6]),
    ("turnaround", "numeric", [1, 3, 8]),
    ("comebacks", "numeric", [0, 4, 11]),
    ("rating before", "numeric", [3.8, 4.2, 4.6]),
    ("rating after", "numeric", [3.9, 4.4, 4.8]),
    ("complaints", "numeric", [0, 3, 9]),
    ("footfall", "numeric", [120, 340, 800]),
    ("revenue", "numeric", [8500, 15200, 31000]),
    ("turnover", "numeric", [98000, 182000, 370000]),
    ("ebikes", "numeric", [0.1, 0.35, 0.6])])

ds("h50_skip_hire",
   "Skip hire firms: depot region, fleet, GPS tracking, driver training, weekend service, pricing, recycling, landfill, fly-tipping, punctuality, fuel, accidents and complaints.",
   "snake_case cryptic codes",
   [("firm_id", "id", ["SK-01", "SK-02", "SK-03"]),
    ("depot_rgn", "categorical", ["NE", "NW", "Mids", "SE", "SW"]),
    ("fleet_n", "numeric", [6, 20, 55]),
    ("skip_sz_yd", "numeric", [4, 6, 8]),
    ("gps_trk", "binary", [1, 0, 1]),
    ("drv_trng", "binary", [0, 1, 0]),
    ("wknd_svc", "binary", [0, 0, 1]),
    ("price_gbp", "numeric", [180, 245, 320]),
    ("permit_dly_d", "numeric", [0, 2, 6]),
    ("recyc_rt_q1", "numeric", [0.52, 0.64, 0.78]),
    ("recyc_rt_q4", "numeric", [0.55, 0.69, 0.83]),
    ("lndfl_tn", "numeric", [120, 340, 910]),
    ("fly_tip_inc", "numeric", [0, 3, 12]),
    ("ontime_pct", "numeric", [78, 89, 97]),
    ("ontime_pct_v2", "numeric", [74, 86, 95]),
    ("fuel_l_wk", "numeric", [600, 1400, 3800]),
    ("acc_12m", "numeric", [0, 1, 4]),
    ("cust_cmpl", "numeric", [2, 9, 25])])

ds("h50_snowplough_crews",
   "Council snowplough crews per storm event: district, crew and truck, brine pre-wetting, GPS routing, night shifts, weather, salt use, hours, clearing times and crashes.",
   "UPPER_CASE codes",
   [("CREW_ID", "id", ["C-11", "C-12", "C-13"]),
    ("DISTRICT", "categorical", ["Highland", "Valley", "Coastal", "Urban"]),
    ("CREW_SIZE", "numeric", [2, 3, 5]),
    ("TRUCK_AGE", "numeric", [2, 9, 17]),
    ("BRINE_PRE", "binary", [1, 0, 1]),
    ("GPS_ROUTING", "binary", [0, 1, 1]),
    ("NIGHT_SHIFT", "binary", [1, 0, 0]),
    ("SNOW_CM", "numeric", [5, 18, 42]),
    ("TEMP_C", "numeric", [-12, -5, 0]),
    ("SALT_T_PER_KM", "numeric", [0.08, 0.14, 0.25]),
    ("SHIFT_HRS", "numeric", [8, 10, 12]),
    ("OVERTIME_HRS", "numeric", [0, 6, 19]),
    ("CLEAR_TIME_HRS_WKDY", "numeric", [3.5, 6.0, 11.0]),
    ("CLEAR_TIME_HRS_WKND", "numeric", [4.0, 7.5, 14.0]),
    ("CRASHES_24H", "numeric", [0, 3, 9]),
    ("CRASHES_72H", "numeric", [1, 6, 17]),
    ("COMPLAINTS", "numeric", [4, 21, 63])])

ds("h50_hair_transplant",
   "Hair transplant patients: Norwood stage, FUE vs FUT technique, graft count, adjuncts (PRP, finasteride, minoxidil), smoking, density, graft survival, shock loss and satisfaction.",
   "snake_case cryptic codes",
   [("pid", "id", ["HT-0001", "HT-0002", "HT-0003"]),
    ("age", "numeric", [26, 38, 54]),
    ("norwood", "categorical", ["II", "III", "IV", "V", "VI", "VII"]),
    ("surgeon_yrs", "numeric", [3, 10, 22]),
    ("fue", "binary", [1, 0, 1]),
    ("grafts_n", "numeric", [1500, 2800, 4200]),
    ("op_hrs", "numeric", [5.5, 7.0, 9.5]),
    ("prp_inj", "binary", [0, 1, 0]),
    ("finast", "binary", [1, 1, 0]),
    ("minox_post", "binary", [0, 1, 1]),
    ("smk", "binary", [0, 0, 1]),
    ("dens_bl", "numeric", [22, 35, 48]),
    ("dens_12m", "numeric", [45, 62, 80]),
    ("surv_pct", "numeric", [82, 90, 96]),
    ("surv_pct_v2", "numeric", [80, 88, 95]),
    ("shock_loss", "binary", [0, 1, 0]),
    ("satis_6m", "numeric", [5, 7, 9]),
    ("satis_12m", "numeric", [6, 8, 10])])

ds("h50_laser_eye",
   "Laser eye surgery (refractive) patients: procedure, femtosecond flap, topography guidance, prescription, corneal thickness, screen time, dry eye, acuity, halos and enhancements.",
   "camelCase analytics",
   [("patientId", "id", ["LE-501", "LE-502", "LE-503"]),
    ("ageYrs", "numeric", [22, 34, 51]),
    ("procedure", "categorical", ["LASIK", "PRK", "SMILE"]),
    ("femtoFlap", "binary", [1, 0, 1]),
    ("topoGuided", "binary", [0, 1, 0]),
    ("preOpSphere", "numeric", [-1.75, -4.5, -7.25]),
    ("cornealThicknessUm", "numeric", [490, 535, 580]),
    ("contactLensYrs", "numeric", [0, 6, 15]),
    ("screenHrsDaily", "numeric", [3, 7, 11]),
    ("surgeonVolume", "numeric", [150, 600, 1800]),
    ("dryEyeBl", "numeric", [8, 15, 27]),
    ("dryEye3m", "numeric", [12, 22, 38]),
    ("dryEye12m", "numeric", [7, 16, 30]),
    ("ucvaDay1", "numeric", [0.2, 0.1, 0.0]),
    ("ucva6m", "numeric", [0.0, -0.08, 0.1]),
    ("haloScore", "numeric", [1, 3, 6]),
    ("haloScoreV2", "numeric", [5, 18, 40]),
    ("enhancementNeeded", "binary", [0, 0, 1])])

ds("h50_chiropody",
   "Chiropody / podiatry practice patients: practice type, diabetes, orthotics, nail surgery, visit frequency, waits, pain, ulcers and wounds, mobility, falls, nail regrowth and cost.",
   "plain words",
   [("patient", "id", ["P001", "P002", "P003"]),
    ("age", "numeric", [48, 67, 83]),
    ("practice", "categorical", ["NHS", "private", "mobile"]),
    ("diabetes", "binary", [1, 0, 0]),
    ("orthotics", "binary", [0, 1, 1]),
    ("surgery", "binary", [0, 0, 1]),
    ("visits", "numeric", [2, 4, 8]),
    ("wait", "numeric", [1, 4, 10]),
    ("pain before", "numeric", [4, 6, 9]),
    ("pain after", "numeric", [2, 4, 7]),
    ("ulcers", "numeric", [0, 1, 3]),
    ("wounds", "numeric", [0, 2, 4]),
    ("mobility", "numeric", [35, 60, 85]),
    ("falls", "numeric", [0, 1, 3]),
    ("regrowth", "binary", [0, 1, 0]),
    ("cost", "numeric", [45, 120, 380])])

ds("h50_hypnotherapy",
   "Hypnotherapy practice clients: presenting problem, susceptibility, sessions, online vs in-person, audio homework, CBT combination, fees, anxiety, sleep, smoking abstinence, dropout and wellbeing.",
   "UPPER_CASE codes",
   [("CLIENT_NO", "id", ["H-1001", "H-1002", "H-1003"]),
    ("AGE", "numeric", [23, 41, 66]),
    ("SEX", "categorical", ["F", "M", "X"]),
    ("PRESENTING", "categorical", ["smoking", "anxiety", "weight", "phobia", "insomnia"]),
    ("SUSCEPT_SCORE", "numeric", [3, 7, 11]),
    ("SESSIONS", "numeric", [1, 4, 8]),
    ("ONLINE", "binary", [0, 1, 1]),
    ("AUDIO_HW", "binary", [1, 0, 1]),
    ("CBT_COMBINED", "binary", [0, 0, 1]),
    ("FEE_GBP", "numeric", [60, 90, 150]),
    ("ANX_BL", "numeric", [9, 14, 19]),
    ("ANX_8WK", "numeric", [4, 9, 15]),
    ("SLEEP_HRS", "numeric", [5.5, 6.8, 7.9]),
    ("SMOKEFREE_3M", "binary", [1, 0, 1]),
    ("SMOKEFREE_12M", "binary", [0, 0, 1]),
    ("DROPOUT", "binary", [0, 1, 0]),
    ("WELLBEING", "numeric", [38, 47, 59]),
    ("WELLBEING_V2", "numeric", [14, 21, 29])])

ds("h50_sailing_school",
   "Dinghy sailing school students: course level, boat type, instructor ratio, simulator prep, capsize drill, wetsuits, wind, capsizes, injuries, confidence, certification, rebooking and fees.",
   "camelCase analytics",
   [("studentId", "id", ["SS-2001", "SS-2002", "SS-2003"]),
    ("ageYrs", "numeric", [11, 27, 58]),
    ("courseLevel", "categorical", ["Start", "Basic", "Improver", "Advanced"]),
    ("dinghyType", "categorical", ["Topper", "Laser", "RS Feva", "Wayfarer"]),
    ("instructorRatio", "numeric", [2, 4, 6]),
    ("lessonHrs", "numeric", [6, 12, 20]),
    ("simulatorPrep", "binary", [0, 1, 0]),
    ("capsizeDrill", "binary", [1, 1, 0]),
    ("wetsuitProvided", "binary", [0, 1, 1]),
    ("windKnots", "numeric", [6, 12, 19]),
    ("capsizes", "numeric", [0, 2, 5]),
    ("injuries", "numeric", [0, 0, 1]),
    ("confidencePre", "numeric", [3, 5, 7]),
    ("confidencePost", "numeric", [5, 7, 9]),
    ("certPassed", "binary", [1, 0, 1]),
    ("rebook30d", "binary", [0, 1, 0]),
    ("rebook365d", "binary", [1, 1, 0]),
    ("feePaid", "numeric", [120, 260, 450])])

ds("h50_zip_line_parks",
   "Zip line adventure parks: terrain, line length, dual racing lines, brakes, staffing, safety briefing, dynamic pricing, visitors, incidents, reviews, photo packages, revenue and repeat visits.",
   "snake_case descriptive",
   [("park_id", "id", ["ZL-01", "ZL-02", "ZL-03"]),
    ("terrain", "categorical", ["forest", "canyon", "coastal", "urban"]),
    ("line_len_m", "numeric", [250, 800, 1600]),
    ("dual_line", "binary", [0, 1, 0]),
    ("brake_type", "categorical", ["passive", "magnetic", "manual"]),
    ("staff_per_line", "numeric", [1, 2, 3]),
    ("safety_brief_min", "numeric", [5, 10, 20]),
    ("dyn_pricing", "binary", [1, 0, 0]),
    ("ticket_price", "numeric", [35, 60, 95]),
    ("visitors_wkdy", "numeric", [80, 210, 450]),
    ("visitors_wknd", "numeric", [240, 520, 1100]),
    ("incidents_yr", "numeric", [0, 2, 7]),
    ("review_score", "numeric", [3.9, 4.4, 4.8]),
    ("review_score_v2", "numeric", [71, 84, 93]),
    ("photo_pkg_uptake", "numeric", [0.12, 0.25, 0.41]),
    ("rev_per_visitor", "numeric", [48.0, 67.5, 104.0]),
    ("repeat_visit_6m", "binary", [0, 1, 0]),
    ("repeat_visit_12m", "binary", [1, 1, 0])])

ds("h50_gliding_clubs",
   "Gliding club members: launch method, club size, subscriptions, simulator training, mentoring, instruction, dual flights, weather, launches, time to solo, badges, cross-country, incidents and retention.",
   "snake_case cryptic codes",
   [("mbr_id", "id", ["GC-301", "GC-302", "GC-303"]),
    ("age", "numeric", [16, 34, 63]),
    ("launch_mth", "categorical", ["winch", "aerotow", "self"]),
    ("club_size", "numeric", [40, 120, 310]),
    ("subs_gbp", "numeric", [350, 620, 980]),
    ("sim_trng", "binary", [1, 0, 0]),
    ("mentor", "binary", [0, 1, 1]),
    ("instr_hrs", "numeric", [4, 12, 30]),
    ("dual_flts", "numeric", [20, 55, 110]),
    ("wx_days_lost", "numeric", [10, 35, 70]),
    ("launches_yr", "numeric", [15, 60, 140]),
    ("solo_wks", "numeric", [12, 30, 75]),
    ("bronze_pass", "binary", [0, 1, 0]),
    ("xc_km", "numeric", [0, 300, 2100]),
    ("incid_n", "numeric", [0, 0, 2]),
    ("retain_1y", "binary", [1, 1, 0]),
    ("retain_2y", "binary", [1, 0, 0])])

ds("h50_heli_tours",
   "Helicopter sightseeing tours: base, aircraft, pilot hours, noise-abatement routing, doors-off flights, safety video, duration, passengers, price, weather delay, fuel, noise complaints, reviews, tips and rebooking.",
   "UPPER_CASE codes",
   [("TOUR_ID", "id", ["HT-9001", "HT-9002", "HT-9003"]),
    ("BASE", "categorical", ["Coastal", "Mountain", "City", "Canyon"]),
    ("AIRCRAFT", "categorical", ["R44", "EC130", "AS350"]),
    ("PILOT_HRS", "numeric", [900, 2500, 7800]),
    ("NOISE_ABATE", "binary", [1, 0, 1]),
    ("DOORS_OFF", "binary", [0, 1, 0]),
    ("SAFETY_VID", "binary", [1, 1, 0]),
    ("FLT_MIN", "numeric", [15, 30, 55]),
    ("PAX_N", "numeric", [2, 4, 6]),
    ("PRICE_USD", "numeric", [189, 329, 599]),
    ("WX_DELAY", "binary", [0, 0, 1]),
    ("FUEL_GAL", "numeric", [14, 28, 52]),
    ("NOISE_CMPL_MO", "numeric", [0, 4, 15]),
    ("NOISE_CMPL_QTR", "numeric", [2, 11, 40]),
    ("REVIEW", "numeric", [3.5, 4.6, 5.0]),
    ("REVIEW_V2", "numeric", [62, 85, 98]),
    ("TIPS_USD", "numeric", [0, 40, 120]),
    ("REBOOK_RATE", "numeric", [0.02, 0.07, 0.15])])

ds("h50_outdoor_lidos",
   "Outdoor lidos (open-air pools): setting, heating, solar heating, cafe, price, lifeguards, water and air temperature, weekday/weekend swims, rescues, energy use, takings and rating.",
   "plain words",
   [("lido", "id", ["L01", "L02", "L03"]),
    ("setting", "categorical", ["seaside", "park", "urban"]),
    ("heated", "binary", [1, 0, 1]),
    ("solar", "binary", [0, 1, 0]),
    ("cafe", "binary", [1, 1, 0]),
    ("price", "numeric", [3.5, 6, 8.5]),
    ("lifeguards", "numeric", [2, 4, 7]),
    ("water temp", "numeric", [16, 20, 25]),
    ("air temp", "numeric", [14, 21, 29]),
    ("weekday swims", "numeric", [150, 420, 900]),
    ("weekend swims", "numeric", [400, 1100, 2600]),
    ("rescues", "numeric", [0, 2, 6]),
    ("energy before", "numeric", [28000, 52000, 90000]),
    ("energy after", "numeric", [21000, 47000, 86000]),
    ("revenue", "numeric", [42000, 95000, 210000]),
    ("income", "numeric", [38000, 88000, 199000]),
    ("rating", "numeric", [3.9, 4.3, 4.8])])

# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
ITEMS = []   # (style, question_dict)
CUR = [None]


def use(name):
    assert name in DATASETS, name
    CUR[0] = name


def q(style, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None,
      at=None, clar=False, none=False):
    dsn = None if none else CUR[0]
    cols = list(DATASETS[dsn]["columns"].keys()) if dsn else None
    if dsn:
        for c in [t, y, m, iv] + (cov or []) + list((at or {}).keys()):
            if c is not None:
                assert c in cols, (dsn, c, text)
        if at:
            for c, v in at.items():
                ty = DATASETS[dsn]["columns"][c]["type"]
                if ty == "categorical":
                    assert v in DATASETS[dsn]["columns"][c]["values"], (c, v)
                else:
                    assert isinstance(v, (int, float)), (c, v)
        if cov:
            cov = sorted(cov, key=cols.index)
    exp = OrderedDict()
    exp["kind"] = kind
    exp["treatment"] = t
    exp["outcome"] = y
    exp["mediator"] = m
    if cov:
        exp["covariates"] = cov
    if iv:
        exp["instrument"] = iv
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clar:
        exp["clarify"] = True
    rec = OrderedDict()
    rec["question"] = text
    rec["dataset"] = dsn if dsn else "none"
    rec["columns"] = cols
    rec["split"] = SPLIT
    rec["origin"] = ORIGIN
    rec["expected"] = exp
    ITEMS.append((style, rec))


# Styles: m = machine-written with identifiers, n = natural paraphrase,
#         t = terse / fragment / lower case / typos, o = other (outcome-first,
#         passive, story, conditional, confounding doubt ...)

# 1. tattoo removal --------------------------------------------------------
use("h50_tattoo_removal")
q("m", "Estimate the average treatment effect of `pico_lsr` on `clear_pct_12m`, adjusting for `fitz_typ`, `ink_col` and `tat_area_cm2`.",
  "ate", "pico_lsr", "clear_pct_12m", cov=["fitz_typ", "ink_col", "tat_area_cm2"])
q("o", "Do picosecond lasers genuinely fade tattoos better after a year, or is the apparent advantage just confounding?",
  "ate", "pico_lsr", "clear_pct_12m")
q("t", "ate pico_lsr -> blist_any", "ate", "pico_lsr", "blist_any")
q("t", "does smoking slow clearance at 6 months", "ate", "smoker", "clear_pct_6m")
q("m", "What is the effect of the number of sessions (n_sess) on pain?", "ate", "n_sess", None, clar=True)
q("n", "Among people who actually had the newer laser, how much did it change their risk of pale patches compared with if they'd had the old one?",
  "ate", "pico_lsr", "hypopig", est="att")
q("o", "Is patient satisfaction raised by shorter gaps between sessions?", "ate", "sess_int_wk", "satisf_scr")
q("m", "Using distance to the clinic (`dist_km`) as an instrument, estimate the effect of `n_sess` on `clear_pct_12m`.",
  "ate", "n_sess", "clear_pct_12m", iv="dist_km")
q("m", "Effect of pico_lsr on clear_pct_12m for Fitzpatrick skin type VI (fitz_typ = VI).",
  "cate", "pico_lsr", "clear_pct_12m", at={"fitz_typ": "VI"})
q("n", "How does the benefit of the picosecond laser for one-year clearance differ by ink colour?",
  "cate", "pico_lsr", "clear_pct_12m")
q("t", "cate smoker on clear_pct_12m, age_yr=50", "cate", "smoker", "clear_pct_12m", at={"age_yr": 50})
q("o", "Under the condition that the ink is green, does the picosecond laser reduce blistering?",
  "cate", "pico_lsr", "blist_any", at={"ink_col": "green"})
q("n", "Which patients should we offer the picosecond laser to if we want the most clearance after twelve months?",
  "policy", "pico_lsr", "clear_pct_12m")
q("m", "Learn a treatment assignment rule for `pico_lsr` that maximises `satisf_scr`.", "policy", "pico_lsr", "satisf_scr")
q("t", "targeting rule: who gets pico laser to minimise hypopig", "policy", "pico_lsr", "hypopig")
q("m", "How much of the effect of pico_lsr on clear_pct_12m is mediated by n_sess?",
  "mediation", "pico_lsr", "clear_pct_12m", "n_sess")
q("o", "Smokers seem to blister more. Is that because they end up needing more sessions, which then blister? Split it into direct and indirect parts.",
  "mediation", "smoker", "blist_any", "n_sess")
q("o", "The new laser is meant to hurt less, and less discomfort supposedly makes people happier with the result. How much of the laser's effect on satisfaction runs through pain on the revised scale (pain_vas_v2)?",
  "mediation", "pico_lsr", "satisf_scr", "pain_vas_v2")
q("n", "Learn the causal graph among the variables in the tattoo removal data.", "discover")
q("n", "Which of these clinic factors drive which? Work out the structure from the data.", "discover")
q("t", "plot clear_pct_12m distribution by ink_col", "unsupported")

# 2. glassblowing ------------------------------------------------------------
use("h50_glassblowing")
q("n", "What's the average effect of fitting a heat recuperator on a studio's gas bill?", "ate", "recuperatorFitted", "gasCostPost")
q("m", "Estimate the ATE of `recuperatorFitted` on `gasCostPost`, controlling for `furnaceAgeYrs` and `gasCostPre`.",
  "ate", "recuperatorFitted", "gasCostPost", cov=["furnaceAgeYrs", "gasCostPre"])
q("n", "Does letting customers book online bring more of them back?", "ate", "onlineBooking", None, clar=True)
q("t", "effect onlineBooking on repeatRate90d adj region, classesPerWk", "ate", "onlineBooking", "repeatRate90d",
  cov=["region", "classesPerWk"])
q("m", "Did `annealerUpgrade` reduce `breakageRateV2`?", "ate", "annealerUpgrade", "breakageRateV2")
q("o", "Is monthly revenue really driven up by charging more per class, or is that just confounding?",
  "ate", "avgClassPrice", "revenueMonthly")
q("n", "Are burns less common when a studio employs more teaching staff?", "ate", "instructorCount", "burnInjuries12m")
q("n", "For the studios that did fit a recuperator, how much did it save them on gas?", "ate", "recuperatorFitted",
  "gasCostPost", est="att")
q("m", "Conditional effect of recuperatorFitted on gasCostPost where furnaceAgeYrs = 15.", "cate", "recuperatorFitted",
  "gasCostPost", at={"furnaceAgeYrs": 15})
q("t", "north region only: onlineBooking effect on repeatRate90d", "cate", "onlineBooking", "repeatRate90d",
  at={"region": "North"})
q("m", "Which studios gain most from an annealer upgrade in terms of breakage (breakageRate)?", "cate",
  "annealerUpgrade", "breakageRate")
q("t", "for studios running 10 classes a week whats the revenue effect of online booking", "cate", "onlineBooking",
  "revenueMonthly", at={"classesPerWk": 10})
q("n", "Which studios should we prioritise for recuperator installation to get gas costs down?", "policy",
  "recuperatorFitted", "gasCostPost")
q("t", "policy learning: onlineBooking rollout maximizing revenueMonthly", "policy", "onlineBooking", "revenueMonthly")
q("n", "Who should get an annealer upgrade? We want breakage down.", "policy", "annealerUpgrade", None, clar=True)
q("n", "Does online booking lift revenue by getting more people to return within 90 days? Decompose into direct and indirect effects.",
  "mediation", "onlineBooking", "revenueMonthly", "repeatRate90d")
q("m", "How much of the effect of `annealerUpgrade` on `revenueMonthly` is via `breakageRate`?", "mediation",
  "annealerUpgrade", "revenueMonthly", "breakageRate")
q("o", "Having more instructors means more classes per week, which in turn brings in money. What share of the staffing effect on monthly revenue goes through class count?",
  "mediation", "instructorCount", "revenueMonthly", "classesPerWk")
q("n", "Figure out what causes what among the studio metrics.", "discover")
q("m", "Compute the mean and median `avgClassPrice` by `region`.", "unsupported")

# 3. boatyards ----------------------------------------------------------------
use("h50_boatyards")
q("m", "Estimate the ATE of ANTIFOUL_CU on FOUL_IDX_V2.", "ate", "ANTIFOUL_CU", "FOUL_IDX_V2")
q("n", "Does keeping boats under cover over the winter reduce hull blistering?", "ate", "COVERED_STOR", "OSMO_24M")
q("t", "covered stor effect on OSMO_24M ctrl OSMO_BL, HULL_MAT, BOAT_AGE", "ate", "COVERED_STOR", "OSMO_24M",
  cov=["OSMO_BL", "HULL_MAT", "BOAT_AGE"])
q("n", "does copper-based antifouling paint actually cut fouling?", "ate", "ANTIFOUL_CU", None, clar=True)
q("o", "What does offering a warranty do to customer retention after three years?", "ate", "WARRANTY", "CUST_RETAIN_3Y")
q("n", "Are repair bills lower for boats that get lifted out of the water more often?", "ate", "HAULOUT_FREQ", "REPAIR_COST")
q("t", "ate DAYS_ON_HARD on REPAIR_COST adj BOAT_LOA_M", "ate", "DAYS_ON_HARD", "REPAIR_COST", cov=["BOAT_LOA_M"])
q("n", "For the boats that were left uncovered, what would covered storage have done to osmosis at 24 months?",
  "ate", "COVERED_STOR", "OSMO_24M", est="atc")
q("m", "Effect of ANTIFOUL_CU on FOUL_IDX_V2 where SALINITY = brackish.", "cate", "ANTIFOUL_CU", "FOUL_IDX_V2",
  at={"SALINITY": "brackish"})
q("n", "Among steel hulls, does storing the boat under cover reduce repair costs?", "cate", "COVERED_STOR",
  "REPAIR_COST", at={"HULL_MAT": "STEEL"})
q("m", "How does the effect of WARRANTY on CUST_RETAIN_1Y vary with boat length (BOAT_LOA_M)?", "cate", "WARRANTY",
  "CUST_RETAIN_1Y")
q("t", "osmosis effect of covered storage for 20 yr old boats", "cate", "COVERED_STOR", "OSMO_24M", at={"BOAT_AGE": 20})
q("m", "Which boats should get copper antifouling (ANTIFOUL_CU) to keep FOUL_IDX down?", "policy", "ANTIFOUL_CU", "FOUL_IDX")
q("n", "Who should we offer warranties to, if the goal is keeping customers for three years?", "policy", "WARRANTY",
  "CUST_RETAIN_3Y")
q("o", "Design an allocation of the limited covered storage spaces that minimises repair costs.", "policy",
  "COVERED_STOR", "REPAIR_COST")
q("o", "Copper antifoul reduces fouling, which then means less repair work. How much of ANTIFOUL_CU's effect on REPAIR_COST goes through FOUL_IDX?",
  "mediation", "ANTIFOUL_CU", "REPAIR_COST", "FOUL_IDX")
q("t", "mediation: COVERED_STOR -> OSMO_24M -> REPAIR_COST", "mediation", "COVERED_STOR", "REPAIR_COST", "OSMO_24M")
q("n", "Does the warranty keep customers for three years directly, or mainly because those boats get hauled out more often?",
  "mediation", "WARRANTY", "CUST_RETAIN_3Y", "HAULOUT_FREQ")
q("t", "run causal discovery on the boatyard table", "discover")
q("n", "What's the causal structure connecting hull material, water salinity, fouling, osmosis and repair costs?", "discover")
q("m", "Forecast next year's REPAIR_COST for each YARD_ID.", "unsupported")

# 4. bike repair ---------------------------------------------------------------
use("h50_bike_repair")
q("n", "Does sending mechanics on certification courses reduce the number of bikes brought back with the same fault?",
  "ate", "training", "comebacks")
q("n", "What's the effect of the membership scheme on the shop's customer rating?", "ate", "membership", "rating after")
q("t", "ate training on turnaround, adjust mechanics + ebikes", "ate", "training", "turnaround", cov=["mechanics", "ebikes"])
q("n", "Does a service membership plan boost sales?", "ate", "membership", None, clar=True)
q("n", "What is the causal relationship between footfall and revenue here?", "ate", None, None, clar=True)
q("m", "Estimate the effect of `discount` on `rating after`, controlling for `rating before`.", "ate", "discount",
  "rating after", cov=["rating before"])
q("t", "do shops with more apprentices get jobs done quicker?", "ate", "apprentices", "turnaround")
q("n", "For the shops that ran the training, how many fewer complaints did it produce?", "ate", "training",
  "complaints", est="att")
q("m", "Effect of `membership` on `turnover` where `city` = Glasgow.", "cate", "membership", "turnover",
  at={"city": "Glasgow"})
q("n", "For shops with four mechanics, what does certification training do to turnaround time?", "cate", "training",
  "turnaround", at={"mechanics": 4})
q("n", "How does the effect of discounting on footfall differ across cities?", "cate", "discount", "footfall")
q("t", "where ebikes=0.5, training effect on comebacks", "cate", "training", "comebacks", at={"ebikes": 0.5})
q("n", "Which shops should get mechanic training first to minimise repeat repairs?", "policy", "training", "comebacks")
q("t", "targeting rule discount -> revenue", "policy", "discount", "revenue")
q("o", "Where should the chain roll out the membership scheme if the aim is annual turnover?", "policy", "membership",
  "turnover")
q("o", "Training makes mechanics faster, and faster turnaround leads to better ratings afterwards. How much of training's effect on rating after is through turnaround?",
  "mediation", "training", "rating after", "turnaround")
q("t", "mediate discount -> footfall -> revenue", "mediation", "discount", "revenue", "footfall")
q("n", "Does membership cut complaints directly, or by shortening the wait before work starts?", "mediation",
  "membership", "complaints", "wait")
q("n", "Can you learn which variables cause which in the bike shop data, e.g. as a DAG?", "discover")
q("m", "Write SQL to select shops with more than 5 mechanics.", "unsupported")

# 5. skip hire -----------------------------------------------------------------
use("h50_skip_hire")
q("m", "Estimate the effect of `gps_trk` on `ontime_pct_v2`.", "ate", "gps_trk", "ontime_pct_v2")
q("n", "Does training drivers reduce road accidents over the year?", "ate", "drv_trng", "acc_12m")
q("t", "gps tracking effect on punctuality??", "ate", "gps_trk", None, clar=True)
q("t", "ate price_gbp -> fly_tip_inc, adj depot_rgn", "ate", "price_gbp", "fly_tip_inc", cov=["depot_rgn"])
q("o", "Is landfill tonnage reduced when firms offer a weekend service?", "ate", "wknd_svc", "lndfl_tn")
q("n", "How much diesel does satellite vehicle tracking save each week?", "ate", "gps_trk", "fuel_l_wk")
q("m", "What does `wknd_svc` do to `cust_cmpl`, holding `fleet_n` and `depot_rgn` fixed?", "ate", "wknd_svc",
  "cust_cmpl", cov=["fleet_n", "depot_rgn"])
q("n", "Do firms that track their lorries by GPS recycle more by the fourth quarter?", "ate", "gps_trk", "recyc_rt_q4")
q("m", "CATE of drv_trng on acc_12m for firms with fleet_n = 20.", "cate", "drv_trng", "acc_12m", at={"fleet_n": 20})
q("n", "In the North West depots, does GPS tracking cut fuel use?", "cate", "gps_trk", "fuel_l_wk", at={"depot_rgn": "NW"})
q("n", "For which firms is the fly-tipping effect of higher prices biggest?", "cate", "price_gbp", "fly_tip_inc")
q("t", "wknd_svc on cust_cmpl when skip size is 8 yards", "cate", "wknd_svc", "cust_cmpl", at={"skip_sz_yd": 8})
q("m", "Which firms should adopt `gps_trk` to maximise `ontime_pct`?", "policy", "gps_trk", "ontime_pct")
q("n", "Who should get driver training first to bring crashes down?", "policy", "drv_trng", "acc_12m")
q("t", "allocation rule: who runs weekend service, min complaints", "policy", "wknd_svc", "cust_cmpl")
q("o", "GPS tracking improves punctuality (ontime_pct), which in turn cuts complaints. How much of gps_trk's effect on cust_cmpl goes through ontime_pct?",
  "mediation", "gps_trk", "cust_cmpl", "ontime_pct")
q("n", "Does driver training cut customer complaints directly, or via fewer accidents?", "mediation", "drv_trng",
  "cust_cmpl", "acc_12m")
q("t", "mediation wknd_svc → recyc_rt_q4 → lndfl_tn", "mediation", "wknd_svc", "lndfl_tn", "recyc_rt_q4")
q("m", "Learn a causal DAG over all columns in h50_skip_hire.", "discover")
q("n", "Which operational factors sit upstream of fly-tipping? Recover the dependency structure.", "discover")
q("t", "clean price_gbp: drop outliers, impute missing", "unsupported")

# 6. snowplough crews ---------------------------------------------------------
use("h50_snowplough_crews")
q("m", "ATE of BRINE_PRE on CRASHES_72H, adjusting for SNOW_CM and TEMP_C.", "ate", "BRINE_PRE", "CRASHES_72H",
  cov=["SNOW_CM", "TEMP_C"])
q("n", "Does pre-wetting the roads with brine reduce crashes?", "ate", "BRINE_PRE", None, clar=True)
q("n", "Does computer route planning get roads cleared faster on weekdays?", "ate", "GPS_ROUTING", "CLEAR_TIME_HRS_WKDY")
q("t", "effect of night shift on weekend clear time", "ate", "NIGHT_SHIFT", "CLEAR_TIME_HRS_WKND")
q("o", "Is salt use per kilometre reduced by anti-icing brine?", "ate", "BRINE_PRE", "SALT_T_PER_KM")
q("n", "How much does a bigger crew cut overtime?", "ate", "CREW_SIZE", "OVERTIME_HRS")
q("o", "Are residents' complaints really lowered by GPS route optimisation, or is it just that those crews cover easier patches?",
  "ate", "GPS_ROUTING", "COMPLAINTS")
q("n", "Among crews that didn't use brine, what would it have done to crashes in the first 24 hours?", "ate",
  "BRINE_PRE", "CRASHES_24H", est="atc")
q("m", "Effect of BRINE_PRE on CRASHES_24H at TEMP_C = -8.", "cate", "BRINE_PRE", "CRASHES_24H", at={"TEMP_C": -8})
q("t", "highland district, gps routing effect on clearing time", "cate", "GPS_ROUTING", None,
  at={"DISTRICT": "Highland"}, clar=True)
q("n", "How does the salt-saving effect of brine vary with how much snow fell?", "cate", "BRINE_PRE", "SALT_T_PER_KM")
q("o", "for storms dumping 30 cm of snow, what does a night shift do to 72-hour crashes", "cate", "NIGHT_SHIFT",
  "CRASHES_72H", at={"SNOW_CM": 30})
q("n", "Which crews should be switched to brine pre-wetting to minimise crashes over 72 hours?", "policy",
  "BRINE_PRE", "CRASHES_72H")
q("m", "Policy: assign GPS_ROUTING to minimise CLEAR_TIME_HRS_WKDY.", "policy", "GPS_ROUTING", "CLEAR_TIME_HRS_WKDY")
q("t", "which crews get night shifts to keep COMPLAINTS down", "policy", "NIGHT_SHIFT", "COMPLAINTS")
q("o", "GPS routing cuts weekday clearing time, which then reduces complaints. How much of the GPS_ROUTING effect on COMPLAINTS is mediated by CLEAR_TIME_HRS_WKDY?",
  "mediation", "GPS_ROUTING", "COMPLAINTS", "CLEAR_TIME_HRS_WKDY")
q("n", "How much of the effect of crew size on overtime works through the length of shifts?", "mediation",
  "CREW_SIZE", "OVERTIME_HRS", "SHIFT_HRS")
q("m", "Learn the causal structure among SNOW_CM, TEMP_C, SALT_T_PER_KM, CLEAR_TIME_HRS_WKDY and CRASHES_24H.", "discover")
q("n", "I don't know what drives what in the plough data; can you discover it?", "discover")
q("t", "avg SNOW_CM per DISTRICT", "unsupported")

# 7. hair transplant ------------------------------------------------------------
use("h50_hair_transplant")
q("m", "Estimate the average effect of `prp_inj` on `surv_pct_v2`.", "ate", "prp_inj", "surv_pct_v2")
q("n", "Does platelet-rich plasma help the transplanted follicles survive?", "ate", "prp_inj", None, clar=True)
q("n", "Does finasteride thicken hair?", "ate", "finast", "dens_12m")
q("t", "ate fue vs fut on dens_12m adj dens_bl norwood grafts_n", "ate", "fue", "dens_12m",
  cov=["dens_bl", "norwood", "grafts_n"])
q("o", "Is shock loss caused by longer operations?", "ate", "op_hrs", "shock_loss")
q("n", "Does the patient's diet affect graft survival (surv_pct)?", "ate", None, "surv_pct", clar=True)
q("n", "What would post-op minoxidil do to one-year satisfaction for the patients who got it?", "ate", "minox_post",
  "satis_12m", est="att")
q("m", "Do more experienced surgeons (`surgeon_yrs`) achieve better `surv_pct`, controlling for `grafts_n`?", "ate",
  "surgeon_yrs", "surv_pct", cov=["grafts_n"])
q("m", "Effect of fue on dens_12m for norwood = V.", "cate", "fue", "dens_12m", at={"norwood": "V"})
q("o", "What does PRP do to graft survival (surv_pct) in 30-year-olds?", "cate", "prp_inj", "surv_pct", at={"age": 30})
q("t", "heterogeneity of finast effect on dens_12m", "cate", "finast", "dens_12m")
q("o", "Under the condition that the patient smokes, does PRP improve surv_pct_v2?", "cate", "prp_inj", "surv_pct_v2",
  at={"smk": 1})
q("m", "Which patients should receive `prp_inj` to maximise `surv_pct`?", "policy", "prp_inj", "surv_pct")
q("n", "Should we recommend FUE or strip surgery for each patient? Learn a rule that maximises hair density at a year.",
  "policy", "fue", "dens_12m")
q("t", "targeting finast to maximise satis_12m", "policy", "finast", "satis_12m")
q("o", "Finasteride boosts density, and thicker hair then boosts satisfaction. How much of finast's effect on satis_12m is via dens_12m?",
  "mediation", "finast", "satis_12m", "dens_12m")
q("m", "How much of the effect of `smk` on `dens_12m` is mediated by `surv_pct`?", "mediation", "smk", "dens_12m", "surv_pct")
q("t", "discover causal graph, hair transplant vars", "discover")
q("m", "Predict `surv_pct` for a new patient aged 45 with 2500 grafts.", "unsupported")

# 8. laser eye ---------------------------------------------------------------------
use("h50_laser_eye")
q("m", "Estimate the ATE of `topoGuided` on `ucva6m`.", "ate", "topoGuided", "ucva6m")
q("o", "Are halos, as measured on the second version of the halo questionnaire, reduced by topography-guided treatment?",
  "ate", "topoGuided", "haloScoreV2")
q("n", "Does cutting the flap with a femtosecond laser cause more dry eye?", "ate", "femtoFlap", None, clar=True)
q("m", "Effect of femtoFlap on dryEye12m controlling for dryEyeBl and screenHrsDaily.", "ate", "femtoFlap", "dryEye12m",
  cov=["dryEyeBl", "screenHrsDaily"])
q("t", "enhancements less likely w/ high volume surgeons?", "ate", "surgeonVolume", "enhancementNeeded")
q("n", "How much does time spent on phones and computers worsen dry eye at three months?", "ate", "screenHrsDaily", "dryEye3m")
q("n", "For patients who got the topography-guided ablation, how did it affect their chance of needing a touch-up?",
  "ate", "topoGuided", "enhancementNeeded", est="att")
q("o", "What is the effect of years of contact lens wear on uncorrected vision the day after surgery?", "ate",
  "contactLensYrs", "ucvaDay1")
q("m", "Effect of topoGuided on ucva6m for procedure = SMILE.", "cate", "topoGuided", "ucva6m", at={"procedure": "SMILE"})
q("n", "What's the effect of the femto flap on one-year dry eye for people who stare at screens 8 hours a day?",
  "cate", "femtoFlap", "dryEye12m", at={"screenHrsDaily": 8})
q("m", "How does the effect of topoGuided on haloScore vary with preOpSphere?", "cate", "topoGuided", "haloScore")
q("t", "topoGuided -> enhancementNeeded when cornealThicknessUm = 500um", "cate", "topoGuided", "enhancementNeeded",
  at={"cornealThicknessUm": 500})
q("n", "Which patients should be given topography-guided treatment to get the best sight at six months?", "policy",
  "topoGuided", "ucva6m")
q("t", "rule for femtoFlap assignment minimizing dryEye12m", "policy", "femtoFlap", "dryEye12m")
q("n", "Who should get topo-guided treatment to minimise halos?", "policy", "topoGuided", None, clar=True)
q("o", "Topo-guided ablation cuts halos, and that then means fewer enhancements. How much of topoGuided → enhancementNeeded flows through haloScoreV2?",
  "mediation", "topoGuided", "enhancementNeeded", "haloScoreV2")
q("t", "mediation femtoFlap -> dryEye3m -> ucva6m", "mediation", "femtoFlap", "ucva6m", "dryEye3m")
q("m", "Learn the causal DAG among the columns of h50_laser_eye.", "discover")
q("n", "Tell me which of these eye measurements influence which others.", "discover")
q("m", "Summarise `ageYrs` and `preOpSphere` (mean, SD, range).", "unsupported")

# 9. chiropody -------------------------------------------------------------------------
use("h50_chiropody")
q("n", "Do custom insoles reduce foot pain?", "ate", "orthotics", "pain after")
q("m", "ATE of `orthotics` on `pain after`, adjusting for `pain before` and `diabetes`.", "ate", "orthotics", "pain after",
  cov=["pain before", "diabetes"])
q("n", "Does seeing the podiatrist more often prevent falls?", "ate", "visits", "falls")
q("n", "Does advice on footwear cut falls?", "ate", None, "falls", clar=True)
q("n", "Does nail surgery stop the toenail growing back?", "ate", "surgery", "regrowth")
q("o", "Is mobility improved by orthotics, or is that association confounded?", "ate", "orthotics", "mobility")
q("t", "longer wait -> more foot sores?", "ate", "wait", None, clar=True)
q("n", "For patients who didn't get orthotics, would they have had less pain afterwards if they had?", "ate",
  "orthotics", "pain after", est="atc")
q("m", "Effect of orthotics on pain after among diabetes = 1.", "cate", "orthotics", "pain after", at={"diabetes": 1})
q("n", "In mobile practices, does visiting more often cut falls?", "cate", "visits", "falls", at={"practice": "mobile"})
q("t", "80 y/o: orthotics effect on falls", "cate", "orthotics", "falls", at={"age": 80})
q("n", "How does the benefit of more frequent visits on wounds vary with age?", "cate", "visits", "wounds")
q("n", "Who should be prescribed insoles to minimise falls?", "policy", "orthotics", "falls")
q("m", "Which patients should be given `surgery` to minimise `regrowth`?", "policy", "surgery", "regrowth")
q("t", "targeting: allocate extra visits to min ulcers", "policy", "visits", "ulcers")
q("o", "Orthotics relieve pain, which then lets people move about more. How much of the orthotics effect on mobility goes through pain after?",
  "mediation", "orthotics", "mobility", "pain after")
q("n", "Do insoles cut falls directly, or by helping people get around better?", "mediation", "orthotics", "falls", "mobility")
q("t", "causal discovery on chiropody data", "discover")
q("t", "train a classifier to predict regrowth", "unsupported")

# 10. hypnotherapy ------------------------------------------------------------------------
use("h50_hypnotherapy")
q("m", "ATE of CBT_COMBINED on ANX_8WK controlling for ANX_BL and SUSCEPT_SCORE.", "ate", "CBT_COMBINED", "ANX_8WK",
  cov=["ANX_BL", "SUSCEPT_SCORE"])
q("n", "Does combining hypnotherapy with CBT reduce anxiety?", "ate", "CBT_COMBINED", "ANX_8WK")
q("n", "Do remote video sessions work as well as face-to-face ones for staying off cigarettes for a year?", "ate",
  "ONLINE", "SMOKEFREE_12M")
q("n", "Does audio homework improve wellbeing?", "ate", "AUDIO_HW", None, clar=True)
q("t", "effect SESSIONS on SMOKEFREE_3M", "ate", "SESSIONS", "SMOKEFREE_3M")
q("o", "Is dropout caused by higher fees?", "ate", "FEE_GBP", "DROPOUT")
q("n", "Does listening to the homework recordings help people sleep longer?", "ate", "AUDIO_HW", "SLEEP_HRS")
q("n", "Among the clients who did the audio homework, what was its effect on 8-week anxiety?", "ate", "AUDIO_HW",
  "ANX_8WK", est="att")
q("m", "Effect of AUDIO_HW on SMOKEFREE_12M for PRESENTING = smoking.", "cate", "AUDIO_HW", "SMOKEFREE_12M",
  at={"PRESENTING": "smoking"})
q("n", "For highly suggestible clients (a susceptibility score of 10), does going online change anxiety at eight weeks?",
  "cate", "ONLINE", "ANX_8WK", at={"SUSCEPT_SCORE": 10})
q("m", "How does the effect of CBT_COMBINED on WELLBEING_V2 vary by PRESENTING?", "cate", "CBT_COMBINED", "WELLBEING_V2")
q("t", "cate ONLINE on DROPOUT, AGE=60", "cate", "ONLINE", "DROPOUT", at={"AGE": 60})
q("n", "Which clients should be offered the CBT combination to bring anxiety at 8 weeks down?", "policy",
  "CBT_COMBINED", "ANX_8WK")
q("n", "Who should we steer towards online sessions to cut dropout?", "policy", "ONLINE", "DROPOUT")
q("t", "policy: assign AUDIO_HW to max SMOKEFREE_12M", "policy", "AUDIO_HW", "SMOKEFREE_12M")
q("o", "Audio homework seems to work by keeping people engaged, so fewer drop out, which then keeps them smoke free at 3 months. How much of the AUDIO_HW effect on SMOKEFREE_3M runs through DROPOUT?",
  "mediation", "AUDIO_HW", "SMOKEFREE_3M", "DROPOUT")
q("t", "mediation: CBT_COMBINED -> SLEEP_HRS -> WELLBEING", "mediation", "CBT_COMBINED", "WELLBEING", "SLEEP_HRS")
q("n", "What influences what here? Find the causal ordering of the hypnotherapy variables.", "discover")
q("t", "bar chart of PRESENTING counts", "unsupported")

# 11. sailing school ---------------------------------------------------------------------
use("h50_sailing_school")
q("m", "Estimate the ATE of `simulatorPrep` on `certPassed`.", "ate", "simulatorPrep", "certPassed")
q("n", "Does practising capsize recovery boost students' self-belief on the water?", "ate", "capsizeDrill", "confidencePost")
q("m", "Effect of capsizeDrill on confidencePost adjusting for confidencePre and ageYrs.", "ate", "capsizeDrill",
  "confidencePost", cov=["confidencePre", "ageYrs"])
q("n", "Does lending students wetsuits make them more likely to book again?", "ate", "wetsuitProvided", None, clar=True)
q("t", "instructorRatio -> injuries ate", "ate", "instructorRatio", "injuries")
q("m", "Using `windKnots` as an instrument, what is the effect of `capsizes` on `confidencePost`?", "ate", "capsizes",
  "confidencePost", iv="windKnots")
q("o", "Are more lesson hours what actually gets people through the certificate?", "ate", "lessonHrs", "certPassed")
q("m", "Effect of simulatorPrep on certPassed for courseLevel = Advanced.", "cate", "simulatorPrep", "certPassed",
  at={"courseLevel": "Advanced"})
q("n", "In Toppers, does the capsize drill mean fewer capsizes?", "cate", "capsizeDrill", "capsizes",
  at={"dinghyType": "Topper"})
q("o", "At 15 knots of wind, what does simulator prep do to capsizes?", "cate", "simulatorPrep", "capsizes",
  at={"windKnots": 15})
q("n", "For which students is the effect of a wetsuit on rebooking within a year largest?", "cate", "wetsuitProvided",
  "rebook365d")
q("n", "Who should be given simulator preparation to maximise pass rates?", "policy", "simulatorPrep", "certPassed")
q("t", "which students get wetsuitProvided to max rebook365d", "policy", "wetsuitProvided", "rebook365d")
q("o", "Capsize drills build confidence, and confidence then helps students pass. How much of the drill's effect on certPassed is via confidencePost?",
  "mediation", "capsizeDrill", "certPassed", "confidencePost")
q("t", "mediation analysis simulatorPrep → capsizes → injuries", "mediation", "simulatorPrep", "injuries", "capsizes")
q("n", "Recover the causal structure among the sailing school variables.", "discover")
q("n", "Forecast weekly bookings for next summer.", "unsupported")

# 12. zip line parks -------------------------------------------------------------------------
use("h50_zip_line_parks")
q("m", "ATE of `dyn_pricing` on `rev_per_visitor`.", "ate", "dyn_pricing", "rev_per_visitor")
q("n", "Does surge-style pricing pull in more riders?", "ate", "dyn_pricing", None, clar=True)
q("n", "Do longer safety talks cut accidents?", "ate", "safety_brief_min", "incidents_yr")
q("t", "effect dual_line on review_score_v2 adj terrain, line_len_m", "ate", "dual_line", "review_score_v2",
  cov=["terrain", "line_len_m"])
q("n", "Does putting in side-by-side racing lines bring people back within a year?", "ate", "dual_line", "repeat_visit_12m")
q("o", "Is weekend attendance lowered by raising the ticket price?", "ate", "ticket_price", "visitors_wknd")
q("n", "For parks that did not adopt dynamic pricing, what would it have done to weekday visitors?", "ate",
  "dyn_pricing", "visitors_wkdy", est="atc")
q("m", "Effect of dual_line on repeat_visit_6m where terrain = canyon.", "cate", "dual_line", "repeat_visit_6m",
  at={"terrain": "canyon"})
q("n", "With magnetic brakes fitted, does having more staff per line still reduce incidents?", "cate",
  "staff_per_line", "incidents_yr", at={"brake_type": "magnetic"})
q("t", "lines 800 m long: dual_line effect on review_score_v2", "cate", "dual_line", "review_score_v2",
  at={"line_len_m": 800})
q("n", "Where is the boost to photo-package sales from dynamic pricing biggest?", "cate", "dyn_pricing", "photo_pkg_uptake")
q("m", "Which parks should switch to `dyn_pricing` to maximise `rev_per_visitor`?", "policy", "dyn_pricing", "rev_per_visitor")
q("n", "Who should install dual lines? Optimise repeat visits over 12 months.", "policy", "dual_line", "repeat_visit_12m")
q("o", "Dual lines improve reviews, which then drive repeat visits within 12 months. Decompose the dual_line effect into direct and indirect parts.",
  "mediation", "dual_line", "repeat_visit_12m", None, clar=True)
q("t", "does dyn_pricing raise rev_per_visitor via photo_pkg_uptake", "mediation", "dyn_pricing", "rev_per_visitor",
  "photo_pkg_uptake")
q("n", "What's the causal graph linking these zip line park variables?", "discover")
q("t", "show first 10 rows", "unsupported")

# 13. gliding clubs ----------------------------------------------------------------------------
use("h50_gliding_clubs")
q("m", "Estimate the effect of `sim_trng` on `solo_wks`.", "ate", "sim_trng", "solo_wks")
q("n", "Does having a mentor keep members in the club?", "ate", "mentor", None, clar=True)
q("t", "ate mentor -> retain_2y adj age, subs_gbp", "ate", "mentor", "retain_2y", cov=["age", "subs_gbp"])
q("n", "Do more launches a year mean members go solo sooner?", "ate", "launches_yr", "solo_wks")
q("m", "Using wx_days_lost as an instrument for launches_yr, estimate its effect on xc_km.", "ate", "launches_yr",
  "xc_km", iv="wx_days_lost")
q("o", "Is the bronze badge pass rate raised by simulator training?", "ate", "sim_trng", "bronze_pass")
q("t", "dual flights effect on incidents", "ate", "dual_flts", "incid_n")
q("m", "Effect of sim_trng on solo_wks for launch_mth = winch.", "cate", "sim_trng", "solo_wks", at={"launch_mth": "winch"})
q("n", "For 16-year-old members, does a mentor help them stay?", "cate", "mentor", None, at={"age": 16}, clar=True)
q("n", "How does the simulator effect on bronze badge passes vary with club size?", "cate", "sim_trng", "bronze_pass")
q("t", "aerotow clubs: instr_hrs effect on incid_n", "cate", "instr_hrs", "incid_n", at={"launch_mth": "aerotow"})
q("n", "Which members should be paired with a mentor to maximise retention at two years?", "policy", "mentor", "retain_2y")
q("t", "who gets sim_trng to minimise solo_wks", "policy", "sim_trng", "solo_wks")
q("o", "Mentoring keeps people flying more launches, which then keeps them in the club. How much of mentor → retain_2y goes through launches_yr?",
  "mediation", "mentor", "retain_2y", "launches_yr")
q("t", "mediation sim_trng -> dual_flts -> solo_wks", "mediation", "sim_trng", "solo_wks", "dual_flts")
q("n", "Can you find the causal structure of the gliding club data?", "discover")

# 14. helicopter tours ----------------------------------------------------------------------------
use("h50_heli_tours")
q("m", "ATE of NOISE_ABATE on NOISE_CMPL_QTR.", "ate", "NOISE_ABATE", "NOISE_CMPL_QTR")
q("n", "Does flying the quieter route cut complaints from neighbours?", "ate", "NOISE_ABATE", None, clar=True)
q("n", "How much more fuel do the noise-abatement routes burn?", "ate", "NOISE_ABATE", "FUEL_GAL")
q("t", "doors off -> tips?", "ate", "DOORS_OFF", "TIPS_USD")
q("m", "Effect of DOORS_OFF on REVIEW_V2 controlling for AIRCRAFT, FLT_MIN and PRICE_USD.", "ate", "DOORS_OFF",
  "REVIEW_V2", cov=["AIRCRAFT", "FLT_MIN", "PRICE_USD"])
q("o", "Are weather delays bad for rebooking?", "ate", "WX_DELAY", "REBOOK_RATE")
q("n", "For tours that showed the safety video, what did it do to the review score (REVIEW)?", "ate", "SAFETY_VID",
  "REVIEW", est="att")
q("m", "Effect of DOORS_OFF on TIPS_USD at BASE = Canyon.", "cate", "DOORS_OFF", "TIPS_USD", at={"BASE": "Canyon"})
q("n", "For 30-minute flights, what does noise abatement do to fuel use?", "cate", "NOISE_ABATE", "FUEL_GAL",
  at={"FLT_MIN": 30})
q("t", "EC130 only: DOORS_OFF effect on REVIEW_V2", "cate", "DOORS_OFF", "REVIEW_V2", at={"AIRCRAFT": "EC130"})
q("n", "How does the tip effect of doors-off flying vary with pilot experience?", "cate", "DOORS_OFF", "TIPS_USD")
q("n", "Which tours should fly the noise-abatement route to minimise complaints each month?", "policy", "NOISE_ABATE",
  "NOISE_CMPL_MO")
q("t", "who to offer DOORS_OFF to, max REBOOK_RATE", "policy", "DOORS_OFF", "REBOOK_RATE")
q("o", "Doors-off flights seem to earn better reviews, which then lead to rebooking. How much of DOORS_OFF → REBOOK_RATE goes through REVIEW?",
  "mediation", "DOORS_OFF", "REBOOK_RATE", "REVIEW")
q("t", "noise abatement routes r longer and longer flights burn more fuel: mediation NOISE_ABATE → FLT_MIN → FUEL_GAL",
  "mediation", "NOISE_ABATE", "FUEL_GAL", "FLT_MIN")
q("m", "Learn the causal graph among the h50_heli_tours variables.", "discover")

# 15. outdoor lidos ---------------------------------------------------------------------------------
use("h50_outdoor_lidos")
q("n", "Does installing solar panels to warm the water cut energy use?", "ate", "solar", "energy after")
q("m", "Effect of `solar` on `energy after`, adjusting for `energy before` and `heated`.", "ate", "solar",
  "energy after", cov=["energy before", "heated"])
q("n", "Does heating the pool bring more swimmers?", "ate", "heated", None, clar=True)
q("t", "lifeguards -> rescues ate", "ate", "lifeguards", "rescues")
q("m", "Using `air temp` as an instrument, estimate the effect of `weekend swims` on `revenue`.", "ate",
  "weekend swims", "revenue", iv="air temp")
q("o", "Does opening a café raise the lido's rating?", "ate", "cafe", "rating")
q("n", "What would heating do to weekend swimming numbers at the lidos that are currently unheated?", "ate", "heated",
  "weekend swims", est="atc")
q("m", "Effect of heated on weekday swims where setting = seaside.", "cate", "heated", "weekday swims",
  at={"setting": "seaside"})
q("o", "When the water is at 18°C, does heating raise the rating?", "cate", "heated", "rating", at={"water temp": 18})
q("n", "How does the effect of entry price on weekend swims vary by setting?", "cate", "price", "weekend swims")
q("t", "cafe effect on revenue for lidos charging £6", "cate", "cafe", "revenue", at={"price": 6})
q("n", "Which lidos should be heated to get the most weekend swimmers?", "policy", "heated", "weekend swims")
q("n", "Where should councils put cafés to maximise takings?", "policy", "cafe", None, clar=True)
q("o", "Heating makes the water warmer, which then draws more weekday swimmers. How much of heated → weekday swims is via water temp?",
  "mediation", "heated", "weekday swims", "water temp")
q("t", "cafe -> weekend swims -> revenue mediation", "mediation", "cafe", "revenue", "weekend swims")
q("n", "Learn the causal structure of the lido data.", "discover")

# ---------------------------------------------------------------------------
# Dataset-free items
# ---------------------------------------------------------------------------
def audit(style, text, attr, decision):
    q(style, text, "audit", attr, decision, none=True)


audit("m", "Would our LLM flip its loan approval if the applicant's race were different but everything else stayed the same?",
      "race", "loan approval")
audit("n", "Audit the hiring assistant: does swapping a candidate's gender change its interview recommendation, holding the CV fixed?",
      "gender", "interview recommendation")
audit("n", "Test whether the chatbot's triage priority changes when the patient is described as 70 instead of 30, all else equal.",
      "age", "triage priority")
audit("t", "counterfactual fairness check: religion vs tenancy decision from the AI letting agent",
      "religion", "tenancy decision")
audit("n", "Does the assistant give a different scholarship recommendation when the student mentions a disability, with every other detail identical?",
      "disability", "scholarship recommendation")
audit("n", "If the caller had a Nigerian accent instead of a British one, would the voice assistant's escalation decision differ?",
      "accent", "escalation decision")
audit("o", "Does the model's shortlisting decision change when the name on the CV is Jamal rather than Greg, all else equal?",
      "name", "shortlisting decision")
audit("n", "Check whether the AI underwriter's premium quote shifts when only the applicant's sexual orientation is changed.",
      "sexual orientation", "premium quote")
audit("t", "is the LM's bail recommendation counterfactually fair wrt race", "race", "bail recommendation")
audit("t", "does the chatbot suggest a lower salary offer if the candidate is a woman, everything else unchanged",
      "gender", "salary offer")
audit("n", "We want to know if our language model's credit limit suggestion depends on the customer's age when nothing else differs.",
      "age", "credit limit suggestion")
audit("n", "Would the AI marker's grade change if the essay's author were Chinese instead of American, with the essay itself untouched?",
      "nationality", "grade")
audit("m", "Audit an LLM mortgage assistant for counterfactual fairness with respect to ethnicity: does the mortgage decision change when only ethnicity is altered?",
      "ethnicity", "mortgage decision")
audit("o", "If the patient's gender identity were non-binary rather than male, would the model's pain medication recommendation be different, all else equal?",
      "gender identity", "pain medication recommendation")
audit("n", "Does the rental-screening bot treat a wheelchair user differently? Flip only the disability and compare the approval.",
      "disability", "approval")
audit("n", "Would a chatbot advising managers recommend the same promotion if the employee were Muslim instead of Christian?",
      "religion", "promotion")
audit("t", "counterfactual test: marital status -> AI's adoption eligibility assessment", "marital status",
      "adoption eligibility assessment")
audit("o", "Holding everything else constant, does an applicant's socioeconomic background change the LLM's university admission recommendation?",
      "socioeconomic background", "university admission recommendation")


def rel(style, text):
    q(style, text, "relation", none=True)


rel("m", "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A cause C?")
rel("m", "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is the hypothesis true?")
rel("n", "Variables X, Y and Z: X correlates with Y, X correlates with Z, Y correlates with Z, and Y is independent of Z given X. Is X a cause of Y?")
rel("m", "Four variables A, B, C, D. Every pair is correlated, except that A and D are independent given B and C. Does A directly cause D?")
rel("t", "A correlates with B, nothing else known. can we say A causes B?")
rel("m", "Given: A ⟂ C | B, A not ⟂ B, B not ⟂ C, A not ⟂ C. Is B a mediator between A and C?")
rel("n", "In a system of A, B, C and D: A correlates with B, C correlates with D, A is independent of C, and B is independent of D. Does B cause D?")
rel("o", "If P and Q are correlated and Q and R are correlated, but P and R are uncorrelated and become correlated once we condition on Q, is Q a confounder of P and R?")
rel("n", "Statement: E correlates with F; E and F are independent conditional on G; G correlates with both. Does E cause F?")
rel("t", "three vars A B C. A and C independent, B dependent on both. does B cause A?")


def gen(style, text):
    q(style, text, "generate", none=True)


gen("m", "Generate a synthetic dataset of 5,000 rows from the DAG Z → X → Y, Z → Y, with linear Gaussian equations.")
gen("m", "Create a benchmark dataset from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Draw 10k samples.")
gen("n", "Have a language model write the structural equations for a DAG where weather → ice → accidents and weather → traffic → accidents, then simulate 2000 rows.")
gen("t", "simulate data from graph A->B->C w/ nonlinear links, n=1000")
gen("n", "I need fake data with a known causal structure (smoking → tar → cancer, genotype → smoking and cancer) to test estimators. Let an LM pick realistic variable meanings and equations.")
gen("n", "Produce a synthetic benchmark with a confounded binary treatment, a true ATE of 3 and 20 covariates.")
gen("m", "Sample 500 observations from the structural causal model X1 := N(0,1), X2 := 0.5·X1 + N(0,1), X3 := X1 − X2 + N(0,1).")
gen("o", "Let an LLM define plausible equations for a DAG linking income, education, neighbourhood and health, and then generate a dataset from it.")
gen("n", "Generate a mediation benchmark: T → M → Y plus a direct T → Y path, with an indirect effect of 0.4.")
gen("t", "build me a toy causal dataset w/ instrument Z, treatment D, outcome Y, hidden confounder U")


def unsup(style, text):
    q(style, text, "unsupported", none=True)


unsup("n", "Hello! How are you today?")
unsup("n", "Tell me a joke about hypnotists.")
unsup("t", "capital of australia?")
unsup("m", "Write a SQL query that joins orders and customers on customer_id.")
unsup("n", "Translate 'the boat is in the yard' into French.")
unsup("n", "Can you forecast the weather in Manchester tomorrow?")
unsup("o", "Write a haiku about snowploughs.")
unsup("t", "how do i convert a csv to parquet in pandas")

# ---------------------------------------------------------------------------
# Write files
# ---------------------------------------------------------------------------


def main():
    texts = [r["question"] for _, r in ITEMS]
    assert len(texts) == len(set(texts)), "duplicate question text"
    for name, d in DATASETS.items():
        assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
    with open("datasets.json", "w", encoding="utf-8") as f:
        json.dump(DATASETS, f, ensure_ascii=False, indent=2)
        f.write("\n")
    recs = [r for _, r in ITEMS]
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    with open("questions.jsonl", "w", encoding="utf-8") as f:
        for i in order:
            f.write(json.dumps(recs[i], ensure_ascii=False) + "\n")
    write_readme()


def write_readme():
    recs = [r for _, r in ITEMS]
    kinds = Counter(r["expected"]["kind"] for r in recs)
    mods = Counter()
    for r in recs:
        e = r["expected"]
        for k in ("covariates", "instrument", "estimand", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if e.get("estimand"):
            mods["estimand=" + e["estimand"]] += 1
        if r["dataset"] == "none":
            mods["dataset none"] += 1
    styles = Counter(s for s, _ in ITEMS)
    n = len(recs)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    L = []
    L.append("# Question set h50 (split `test`, origin `heldout50`)")
    L.append("")
    L.append("Written by data writer **h50** on %s, from the writer's own knowledge (no project code or other sets consulted)." % now)
    L.append("")
    L.append("Regenerate with `python3 make_h50.py` (shuffle seed 50050).")
    L.append("")
    L.append("%d questions over %d datasets (questions.jsonl, datasets.json)." % (n, len(DATASETS)))
    L.append("")
    L.append("## Datasets (domain — columns — naming style)")
    L.append("")
    for name, d in DATASETS.items():
        L.append("- `%s` — %d columns — %s. %s" % (name, len(d["columns"]), STYLE_OF_DS[name], d["description"]))
    L.append("")
    L.append("## Counts by kind")
    L.append("")
    for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
        L.append("- %s: %d" % (k, kinds[k]))
    L.append("- total: %d" % n)
    L.append("")
    L.append("## Counts by modifier")
    L.append("")
    for k in ["covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at", "clarify", "dataset none"]:
        L.append("- %s: %d" % (k, mods[k]))
    L.append("")
    L.append("Phrasing styles (writer's own tags, not in the labels): machine-written with identifiers %d, "
             "natural paraphrase %d, terse/fragment/lower-case %d, other (outcome-first, passive, story-style mediation, "
             "conditional, confounding doubt) %d." % (styles["m"], styles["n"], styles["t"], styles["o"]))
    L.append("")
    L.append("## Label conventions")
    L.append("")
    L.append("- `treatment`, `outcome`, `mediator` are exact column names (or `null`); discover / unsupported / relation / generate have all three `null`.")
    L.append("- Baseline/follow-up pairs (`_pre`/`_post`, `_bl`/`_12m`/`_24M`, `before`/`after`, `Pre`/`Post`): an unversioned mention means the follow-up column.")
    L.append("- Parallel windows or versions with nothing to pick (30d/90d, 1y/2y, 24h/72h, weekday/weekend, v1/v2, revenue/income-type synonyms, 3m/12m follow-ups): `clarify: true` with that role `null`; same for a variable the data lacks, and for unstated direction (both roles `null`).")
    L.append("- `covariates` only when the question says adjust / control / hold fixed; listed in dataset column order. A question that only doubts confounding gets no covariates.")
    L.append("- `instrument` only when a column is named as an instrument. `estimand`: `att` for effect on those treated / who took it, `atc` for those not treated.")
    L.append("- Subgroup or value conditions are `cate` with `at` {column: value} (JSON number for numeric/binary, level string for categoricals); \"how does the effect vary / for whom largest\" is `cate` without `at`.")
    L.append("- Policy: `treatment` = action column, `outcome` = goal column.")
    L.append("- Audit (`dataset: none`): `treatment` = the attribute as a short phrase, `outcome` = shortest noun phrase the question uses for the decision.")
    L.append("- `columns` lists every column of the dataset in dataset order (null for `dataset: none`).")
    L.append("")
    with open("README.md", "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
