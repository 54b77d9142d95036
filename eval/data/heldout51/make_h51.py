#!/usr/bin/env python3
"""Generator for question set h51 (split test, origin heldout51).

Running `python3 make_h51.py` in this directory regenerates datasets.json and
questions.jsonl byte for byte (only randomness: seeded shuffle 51051).
README.md is also rewritten (it carries the UTC date, so it may differ).
"""
import json
import random
import datetime
from collections import Counter, OrderedDict

SPLIT = "test"
ORIGIN = "heldout51"
SEED = 51051
TAG = "h51"

D = OrderedDict()
STYLE = {}


def ds(name, desc, style, cols):
    """cols: list of (name, type, values)"""
    D[name] = {
        "description": desc,
        "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols),
    }
    STYLE[name] = style


# ---------------------------------------------------------------- datasets
ds("h51_recording_studios",
   "Independent recording studios followed for one year; one row per studio. anlg_desk = analogue mixing console installed, "
   "acoustic_trt = acoustic treatment retrofit, bkg_hrs = booked studio hours before/after, rev_k = revenue in thousands "
   "(v2 = restated), clnt_nps = client net promoter score (v2 = revised survey), rpt_clnt = client returned within 30/90 days.",
   "snake_case cryptic codes",
   [("studio_id", "id", ["RS-0012", "RS-0458", "RS-1093"]),
    ("anlg_desk", "binary", [0, 1, 1]),
    ("acoustic_trt", "binary", [1, 0, 1]),
    ("eng_yrs", "numeric", [2, 11, 25]),
    ("rm_sqm", "numeric", [18.5, 42.0, 96.0]),
    ("city_tier", "categorical", ["tier1", "tier2", "tier3"]),
    ("genre_focus", "categorical", ["rock", "hiphop", "classical", "pop", "jazz", "electronic"]),
    ("mkt_spend", "numeric", [0, 1200, 5400]),
    ("soc_posts_wk", "numeric", [0, 3, 12]),
    ("bkg_hrs_pre", "numeric", [40, 120, 310]),
    ("bkg_hrs_post", "numeric", [55, 140, 298]),
    ("rev_k", "numeric", [18.2, 64.0, 210.5]),
    ("rev_k_v2", "numeric", [17.9, 66.3, 204.0]),
    ("clnt_nps", "numeric", [-20, 35, 72]),
    ("clnt_nps_v2", "numeric", [-12, 41, 80]),
    ("rpt_clnt_30d", "binary", [0, 1, 0]),
    ("rpt_clnt_90d", "binary", [1, 1, 0])])

ds("h51_game_studios",
   "Video game studios and their most recent title; one row per studio/title. Product-analytics style metrics.",
   "camelCase product analytics",
   [("studioId", "id", ["GS-001", "GS-187", "GS-342"]),
    ("remoteFirst", "binary", [0, 1, 0]),
    ("crunchWeeks", "numeric", [0, 6, 14]),
    ("teamSize", "numeric", [8, 45, 310]),
    ("engineChoice", "categorical", ["Unity", "Unreal", "Godot", "Proprietary"]),
    ("genre", "categorical", ["rpg", "shooter", "puzzle", "strategy", "platformer"]),
    ("playtestHrs", "numeric", [20, 150, 900]),
    ("earlyAccess", "binary", [1, 0, 0]),
    ("marketingBudget", "numeric", [5000, 250000, 2000000]),
    ("bugsPreLaunch", "numeric", [120, 840, 3100]),
    ("bugsPostLaunch", "numeric", [15, 90, 620]),
    ("userScore", "numeric", [5.8, 7.4, 8.9]),
    ("userScoreV2", "numeric", [58, 74, 89]),
    ("retention7d", "numeric", [0.22, 0.41, 0.63]),
    ("retention30d", "numeric", [0.05, 0.14, 0.31]),
    ("salesWk1", "numeric", [1200, 48000, 910000]),
    ("devTurnover12m", "numeric", [0.04, 0.12, 0.35])])

ds("h51_pigeon_lofts",
   "Racing pigeon lofts over one racing season; one row per loft. SUPP_ELEC = electrolyte supplement programme, "
   "WIDOWHOOD = widowhood racing system, VEL_MPM = average race velocity in metres per minute (V2 = federation recalculation).",
   "UPPER_CASE codes",
   [("LOFT_ID", "id", ["L-0031", "L-0877", "L-1290"]),
    ("SUPP_ELEC", "binary", [1, 0, 1]),
    ("WIDOWHOOD", "binary", [0, 1, 1]),
    ("LOFT_VENT", "categorical", ["NATURAL", "FAN", "MIXED"]),
    ("REGION", "categorical", ["NORTH", "SOUTH", "EAST", "WEST"]),
    ("BIRDS_N", "numeric", [24, 60, 140]),
    ("FANCIER_YRS", "numeric", [3, 18, 45]),
    ("TRAIN_KM_WK", "numeric", [40, 160, 420]),
    ("RACE_DIST_KM", "numeric", [100, 350, 800]),
    ("VET_VISITS", "numeric", [0, 2, 7]),
    ("VEL_MPM", "numeric", [1050, 1320, 1580]),
    ("VEL_MPM_V2", "numeric", [1046, 1331, 1572]),
    ("RETURN_RATE_PRE", "numeric", [0.62, 0.81, 0.95]),
    ("RETURN_RATE_POST", "numeric", [0.58, 0.85, 0.97]),
    ("LOSS_30D", "numeric", [0, 3, 11]),
    ("LOSS_90D", "numeric", [1, 7, 24]),
    ("PRIZE_EUR", "numeric", [0, 450, 6200])])

ds("h51_dog_shows",
   "Entries at championship dog shows over a season; one row per dog entry. handler = shown by a professional handler, "
   "coat_before/coat_after = coat condition score at the start and end of the season, placement = best placement, "
   "ranking = national ranking, wins = wins this season, wins_lastyear = wins last season.",
   "plain words",
   [("entry", "id", ["E-1042", "E-2210", "E-3381"]),
    ("handler", "binary", [1, 0, 0]),
    ("grooming", "numeric", [1.5, 4, 9]),
    ("age", "numeric", [12, 30, 84]),
    ("breed", "categorical", ["Border Collie", "Pug", "Irish Setter"]),
    ("group", "categorical", ["herding", "hound", "toy", "terrier", "working", "sporting"]),
    ("diet", "categorical", ["kibble", "raw", "mixed"]),
    ("training", "numeric", [0, 3, 8]),
    ("shows", "numeric", [0, 12, 40]),
    ("judge", "categorical", ["breeder", "allrounder", "specialist"]),
    ("coat_before", "numeric", [4, 6, 8]),
    ("coat_after", "numeric", [5, 7, 9]),
    ("placement", "numeric", [1, 4, 12]),
    ("ranking", "numeric", [1, 37, 210]),
    ("points", "numeric", [0, 5, 15]),
    ("wins", "numeric", [0, 2, 9]),
    ("wins_lastyear", "numeric", [0, 1, 6])])

ds("h51_heliski_operators",
   "Heli-ski operators over a winter season; one row per operator. avi_trn = all guides hold advanced avalanche training, "
   "beacon_chk = mandatory beacon check before every run, incid_rate = incidents per 1000 skier-days (v2 = revised definition).",
   "snake_case cryptic codes",
   [("op_id", "id", ["HX-04", "HX-17", "HX-29"]),
    ("avi_trn", "binary", [1, 0, 1]),
    ("beacon_chk", "binary", [1, 1, 0]),
    ("heli_type", "categorical", ["AStar_B3", "Bell_407", "Bell_212"]),
    ("region", "categorical", ["BC", "Alaska", "Alps", "Himalaya"]),
    ("guide_ratio", "numeric", [3, 4, 6]),
    ("grp_size", "numeric", [4, 8, 12]),
    ("price_usd", "numeric", [1400, 2100, 3800]),
    ("snow_cm_24h", "numeric", [0, 12, 45]),
    ("snow_cm_72h", "numeric", [5, 38, 110]),
    ("vert_m_day", "numeric", [4000, 7500, 12000]),
    ("incid_rate", "numeric", [0.0, 0.8, 3.1]),
    ("incid_rate_v2", "numeric", [0.0, 1.1, 3.6]),
    ("cust_sat_pre", "numeric", [6.5, 8.1, 9.4]),
    ("cust_sat_post", "numeric", [6.9, 8.4, 9.7]),
    ("rebook_1y", "binary", [1, 0, 1]),
    ("rebook_2y", "binary", [0, 0, 1])])

ds("h51_mountain_huts",
   "Staffed mountain huts in the Alps over two summer seasons; one row per hut. waste = food waste in kg per week before and "
   "after the season, occupancy / occupancy_rate = two bed-occupancy measures, rating / rating_new = old and new review score.",
   "plain words",
   [("hut", "id", ["H-Alp-014", "H-Dol-102", "H-Ecr-033"]),
    ("altitude", "numeric", [1800, 2600, 3400]),
    ("beds", "numeric", [20, 60, 140]),
    ("warden", "binary", [1, 1, 0]),
    ("solar", "binary", [0, 1, 1]),
    ("online_booking", "binary", [1, 0, 1]),
    ("access", "categorical", ["trail", "cable car", "road"]),
    ("country", "categorical", ["Austria", "Switzerland", "Italy", "France"]),
    ("price", "numeric", [38, 62, 95]),
    ("overnight_stays", "numeric", [1200, 4800, 11000]),
    ("occupancy", "numeric", [0.35, 0.62, 0.91]),
    ("occupancy_rate", "numeric", [0.33, 0.64, 0.9]),
    ("rating", "numeric", [3.6, 4.3, 4.9]),
    ("rating_new", "numeric", [3.4, 4.4, 4.8]),
    ("waste_before", "numeric", [40, 90, 210]),
    ("waste_after", "numeric", [30, 75, 190]),
    ("rescues", "numeric", [0, 2, 9])])

ds("h51_timeshare_resorts",
   "Timeshare buyers at a resort chain, followed for two years after purchase; one row per owner.",
   "camelCase product analytics",
   [("ownerId", "id", ["TS-10021", "TS-10388", "TS-11907"]),
    ("freeGift", "binary", [1, 0, 1]),
    ("salesPitchMins", "numeric", [45, 90, 180]),
    ("presentationType", "categorical", ["group", "oneOnOne", "virtual"]),
    ("resortTier", "categorical", ["silver", "gold", "platinum"]),
    ("ownerAge", "numeric", [29, 51, 74]),
    ("householdIncome", "numeric", [42000, 88000, 190000]),
    ("stayNightsYr", "numeric", [0, 7, 21]),
    ("maintFeeBl", "numeric", [650, 980, 1850]),
    ("maintFee24m", "numeric", [720, 1090, 2040]),
    ("rescind7d", "binary", [0, 1, 0]),
    ("rescind30d", "binary", [0, 1, 1]),
    ("satisfactionScore", "numeric", [2.1, 3.6, 4.8]),
    ("satisfactionScoreV2", "numeric", [2.4, 3.5, 4.9]),
    ("upgradePurchased", "binary", [0, 0, 1]),
    ("referralCount", "numeric", [0, 1, 6]),
    ("loanDefault", "binary", [0, 0, 1])])

ds("h51_pedicab_operators",
   "Pedicab riders working for city pedicab operators over one summer; one row per cab/rider.",
   "UPPER_CASE codes",
   [("CAB_ID", "id", ["PC-101", "PC-233", "PC-415"]),
    ("EBIKE_ASSIST", "binary", [1, 0, 0]),
    ("CARD_READER", "binary", [1, 1, 0]),
    ("RIDER_AGE", "numeric", [19, 27, 46]),
    ("SHIFT_HRS", "numeric", [4, 7, 11]),
    ("ZONE", "categorical", ["DOWNTOWN", "WATERFRONT", "STADIUM", "CAMPUS"]),
    ("TEMP_F", "numeric", [48, 72, 95]),
    ("RAIN_MM", "numeric", [0, 2.5, 14]),
    ("FARE_AVG", "numeric", [8, 15, 32]),
    ("TIP_RATE", "numeric", [0.05, 0.15, 0.3]),
    ("TIP_RATIO", "numeric", [0.06, 0.14, 0.28]),
    ("RIDES_WKDAY", "numeric", [6, 14, 28]),
    ("RIDES_WKEND", "numeric", [10, 22, 41]),
    ("EARN_DAY", "numeric", [60, 145, 320]),
    ("INCIDENTS_BL", "numeric", [0, 1, 4]),
    ("INCIDENTS_6M", "numeric", [0, 1, 5]),
    ("RATING", "numeric", [4.1, 4.6, 4.95])])

ds("h51_trolleybus_networks",
   "Trolleybus lines across European networks, before and after a modernisation programme; one row per line. tsp = transit "
   "signal priority, ims_bat = in-motion-charging battery buses, lvl_brd = level boarding, otp_pct = on-time performance (v2 = new "
   "measurement), brkdn = breakdowns in 30/90 days.",
   "snake_case cryptic codes",
   [("line_id", "id", ["TB-SZ-3", "TB-VI-13", "TB-GE-7"]),
    ("tsp", "binary", [1, 0, 1]),
    ("ims_bat", "binary", [0, 1, 1]),
    ("lvl_brd", "binary", [1, 1, 0]),
    ("hdwy_min", "numeric", [4, 10, 20]),
    ("ovh_km", "numeric", [3.2, 8.5, 16]),
    ("veh_age", "numeric", [2, 11, 24]),
    ("fare_eur", "numeric", [1.2, 2.0, 3.1]),
    ("city_sz", "categorical", ["small", "medium", "large"]),
    ("dwl_s", "numeric", [12, 24, 48]),
    ("pax_pre", "numeric", [1800, 6400, 19000]),
    ("pax_post", "numeric", [2100, 6900, 20500]),
    ("otp_pct", "numeric", [71, 84, 95]),
    ("otp_pct_v2", "numeric", [69, 86, 96]),
    ("brkdn_30d", "numeric", [0, 2, 7]),
    ("brkdn_90d", "numeric", [1, 5, 18]),
    ("co2_t", "numeric", [12, 40, 120])])

ds("h51_limousine_hire",
   "Bookings at limousine hire firms; one row per booking. tip and gratuity are two recorded measures of the tip, review and "
   "stars two customer ratings, rebooked_6m / rebooked_12m whether the customer booked again within 6 / 12 months.",
   "plain words",
   [("booking", "id", ["LB-5001", "LB-5790", "LB-6312"]),
    ("vehicle", "categorical", ["sedan", "stretch", "suv", "party bus"]),
    ("event", "categorical", ["wedding", "prom", "airport", "corporate", "funeral"]),
    ("uniform", "binary", [1, 0, 1]),
    ("champagne", "binary", [0, 1, 0]),
    ("discount", "binary", [0, 0, 1]),
    ("distance", "numeric", [8, 35, 120]),
    ("hours", "numeric", [1, 3, 8]),
    ("price", "numeric", [120, 480, 1600]),
    ("chauffeur_years", "numeric", [1, 6, 22]),
    ("lateness", "numeric", [0, 4, 25]),
    ("tip", "numeric", [0, 60, 250]),
    ("gratuity", "numeric", [0, 55, 240]),
    ("review", "numeric", [2, 4, 5]),
    ("stars", "numeric", [2.5, 4.0, 5.0]),
    ("rebooked_6m", "binary", [0, 1, 0]),
    ("rebooked_12m", "binary", [0, 1, 1])])

ds("h51_valet_parking",
   "Valet parking tickets at venues run by a valet parking service; one row per ticket.",
   "camelCase product analytics",
   [("ticketId", "id", ["VP-88213", "VP-90410", "VP-91777"]),
    ("keyTracking", "binary", [1, 0, 1]),
    ("appRequest", "binary", [0, 1, 1]),
    ("surgePricing", "binary", [0, 0, 1]),
    ("attendantsOnShift", "numeric", [2, 5, 12]),
    ("attendantTenureMo", "numeric", [1, 14, 60]),
    ("venueType", "categorical", ["hotel", "restaurant", "hospital", "event"]),
    ("carValueK", "numeric", [8, 32, 180]),
    ("fee", "numeric", [8, 15, 40]),
    ("waitMinsPeak", "numeric", [4, 11, 27]),
    ("waitMinsOffpeak", "numeric", [1, 4, 9]),
    ("tipAmt", "numeric", [0, 5, 20]),
    ("tipAmtV2", "numeric", [0, 6, 18]),
    ("guestSatPre", "numeric", [3.1, 3.9, 4.7]),
    ("guestSatPost", "numeric", [3.3, 4.1, 4.9]),
    ("damageClaim30d", "binary", [0, 0, 1]),
    ("damageClaim90d", "binary", [0, 1, 1])])

ds("h51_windscreen_repair",
   "Jobs done by mobile windscreen repair vans; one row per job. RESIN_UV = UV-cure resin used, TECH_CERT = certified technician, "
   "CLARITY = optical clarity score before/after, REDO = repair redone within 30/90 days, CSAT_V2 = revised satisfaction survey.",
   "UPPER_CASE codes",
   [("JOB_ID", "id", ["WS-20391", "WS-20877", "WS-21450"]),
    ("RESIN_UV", "binary", [1, 0, 1]),
    ("TECH_CERT", "binary", [0, 1, 1]),
    ("CHIP_MM", "numeric", [3, 12, 28]),
    ("TEMP_C", "numeric", [-2, 14, 31]),
    ("VAN_AGE", "numeric", [1, 5, 12]),
    ("JOB_TYPE", "categorical", ["CHIP", "CRACK", "REPLACE"]),
    ("INSURER", "categorical", ["DIRECT", "BROKER", "SELF_PAY"]),
    ("SITE", "categorical", ["HOME", "WORK", "DEPOT"]),
    ("REPAIR_MIN", "numeric", [18, 35, 95]),
    ("COST_GBP", "numeric", [45, 90, 340]),
    ("CLARITY_PRE", "numeric", [2, 5, 7]),
    ("CLARITY_POST", "numeric", [6, 8, 10]),
    ("REDO_30D", "binary", [0, 0, 1]),
    ("REDO_90D", "binary", [0, 1, 1]),
    ("CSAT", "numeric", [6, 8, 10]),
    ("CSAT_V2", "numeric", [5.5, 8.2, 9.8])])

ds("h51_tow_truck_calls",
   "Roadside tow calls handled by tow truck operators; one row per call. gps_disp = GPS-optimised dispatch, flbd = flatbed truck "
   "sent, resp_min = response time in minutes (v2 = telematics-based), clm_dmg = damage claim filed, cmplt = complaint within "
   "30/90 days, fatig = driver fatigue score at shift start and end.",
   "snake_case cryptic codes",
   [("call_id", "id", ["TW-7712", "TW-8045", "TW-9133"]),
    ("gps_disp", "binary", [1, 0, 1]),
    ("flbd", "binary", [0, 1, 1]),
    ("drv_exp_yr", "numeric", [1, 7, 25]),
    ("hr_of_day", "numeric", [2, 14, 22]),
    ("wx", "categorical", ["clear", "rain", "snow", "fog"]),
    ("veh_cls", "categorical", ["car", "suv", "van", "truck"]),
    ("dist_km", "numeric", [2, 11, 48]),
    ("resp_min", "numeric", [12, 31, 75]),
    ("resp_min_v2", "numeric", [11, 29, 78]),
    ("clm_dmg", "binary", [0, 0, 1]),
    ("dmg_usd", "numeric", [0, 350, 4200]),
    ("rev_usd", "numeric", [75, 180, 650]),
    ("cmplt_30d", "binary", [0, 1, 0]),
    ("cmplt_90d", "binary", [0, 1, 1]),
    ("fatig_pre", "numeric", [2, 4, 7]),
    ("fatig_post", "numeric", [2, 5, 9])])

ds("h51_genealogy_services",
   "Clients of genealogy research services; one row per commissioned family-history project. records_found / records_located are "
   "two counts of sourced records, brick_walls = unresolved dead-end ancestors before and after the project.",
   "plain words",
   [("client", "id", ["G-0193", "G-0560", "G-1127"]),
    ("dna_kit", "binary", [1, 0, 1]),
    ("archive_visit", "binary", [0, 1, 1]),
    ("researcher_experience", "numeric", [1, 8, 30]),
    ("ancestry_region", "categorical", ["british isles", "central europe", "west africa", "east asia", "latin america"]),
    ("language", "categorical", ["english", "german", "spanish", "other"]),
    ("hours_billed", "numeric", [5, 22, 80]),
    ("fee", "numeric", [150, 900, 4200]),
    ("generations", "numeric", [2, 5, 9]),
    ("records_found", "numeric", [3, 28, 140]),
    ("records_located", "numeric", [2, 30, 131]),
    ("brick_walls_before", "numeric", [1, 3, 8]),
    ("brick_walls_after", "numeric", [0, 2, 6]),
    ("satisfaction", "numeric", [1, 4, 5]),
    ("satisfaction_2", "numeric", [2, 4, 5]),
    ("referral_3m", "binary", [0, 1, 0]),
    ("referral_12m", "binary", [1, 1, 0])])

ds("h51_cat_breeders",
   "Registered cat breeders (catteries) over three years; one row per cattery. GENE_TEST = DNA screening of breeding cats, "
   "HCM_SCAN = heart ultrasound screening, KIT_MORT = kitten mortality by 8/12 weeks, HEALTH_SCORE_V2 = revised vet health index.",
   "UPPER_CASE codes",
   [("CATTERY_ID", "id", ["CB-0042", "CB-0318", "CB-0907"]),
    ("GENE_TEST", "binary", [1, 0, 1]),
    ("HCM_SCAN", "binary", [0, 1, 1]),
    ("RAW_FEED", "binary", [0, 0, 1]),
    ("BREED", "categorical", ["MAINE_COON", "PERSIAN", "BENGAL", "RAGDOLL", "SPHYNX", "BRITISH_SH"]),
    ("VAX_PROTOCOL", "categorical", ["CORE", "EXTENDED"]),
    ("QUEENS_N", "numeric", [2, 6, 15]),
    ("BREEDER_YRS", "numeric", [1, 9, 30]),
    ("LITTER_SZ", "numeric", [2, 4, 7]),
    ("KITTEN_PRICE", "numeric", [800, 1800, 4500]),
    ("SHOW_TITLES", "numeric", [0, 4, 22]),
    ("KIT_MORT_8W", "numeric", [0.0, 0.06, 0.25]),
    ("KIT_MORT_12W", "numeric", [0.0, 0.08, 0.3]),
    ("WAITLIST_PRE", "numeric", [0, 12, 60]),
    ("WAITLIST_POST", "numeric", [0, 15, 72]),
    ("HEALTH_SCORE", "numeric", [62, 78, 95]),
    ("HEALTH_SCORE_V2", "numeric", [60, 80, 96])])

# ---------------------------------------------------------------- questions
Q = []


def q(dsn, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, clarify=False):
    exp = OrderedDict([("kind", kind), ("treatment", t), ("outcome", y), ("mediator", m)])
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
    Q.append((dsn, text, exp))


# ---- 1 recording studios
S = "h51_recording_studios"
q(S, "Estimate the average treatment effect of `anlg_desk` on `bkg_hrs_post`, adjusting for `eng_yrs`, `rm_sqm` and `city_tier`.",
  "ate", "anlg_desk", "bkg_hrs_post", cov=["eng_yrs", "rm_sqm", "city_tier"])
q(S, "Do studios that had their rooms acoustically treated end up booking more hours?", "ate", "acoustic_trt", "bkg_hrs_post")
q(S, "ate acoustic_trt -> clnt_nps_v2 adj genre_focus", "ate", "acoustic_trt", "clnt_nps_v2", cov=["genre_focus"])
q(S, "Is the link between analogue desks and the original revenue figure (rev_k) causal, or just confounding?", "ate", "anlg_desk", "rev_k")
q(S, "How much does posting on social media more often change the studio's net promoter score?", "ate", "soc_posts_wk", None, clarify=True)
q(S, "Are clients likelier to return within a month when the engineer has more years behind the console?", "ate", "eng_yrs", "rpt_clnt_30d")
q(S, "For the studios that actually got the acoustic retrofit, what did it do to the revised NPS (clnt_nps_v2)?", "ate", "acoustic_trt", "clnt_nps_v2", est="att")
q(S, "Does the weather in the studio's city affect how many hours get booked?", "ate", None, "bkg_hrs_post", clarify=True)
q(S, "Effect of `anlg_desk` on `bkg_hrs_post` among tier3 cities.", "cate", "anlg_desk", "bkg_hrs_post", at={"city_tier": "tier3"})
q(S, "For jazz-focused studios, how much does acoustic treatment raise restated revenue (rev_k_v2)?", "cate", "acoustic_trt", "rev_k_v2", at={"genre_focus": "jazz"})
q(S, "How does the effect of the analog desk on booked hours vary with engineer experience?", "cate", "anlg_desk", "bkg_hrs_post")
q(S, "whats the effect of mkt_spend on rev_k when rm_sqm is 40", "cate", "mkt_spend", "rev_k", at={"rm_sqm": 40})
q(S, "Which studios should get an acoustic retrofit to maximise repeat clients at 90 days (`rpt_clnt_90d`)?", "policy", "acoustic_trt", "rpt_clnt_90d")
q(S, "Learn a targeting rule for analog desk installs (anlg_desk) that maximizes bkg_hrs_post.", "policy", "anlg_desk", "bkg_hrs_post")
q(S, "given a limited budget, which studios should we push marketing money to so that booked hours afterwards go up the most?", "policy", "mkt_spend", "bkg_hrs_post")
q(S, "How much of the effect of `acoustic_trt` on `rev_k` goes through `clnt_nps`?", "mediation", "acoustic_trt", "rev_k", "clnt_nps")
q(S, "The analogue desk seems to work by bringing in more booked hours, which then lifts restated revenue (rev_k_v2). Split that into direct and indirect parts.",
  "mediation", "anlg_desk", "rev_k_v2", "bkg_hrs_post")
q(S, "Which of these studio variables drive which? Recover the structure.", "discover")
q(S, "Plot bkg_hrs_pre against bkg_hrs_post for each city tier.", "unsupported")

# ---- 2 game studios
S = "h51_game_studios"
q(S, "Estimate the ATE of `crunchWeeks` on `devTurnover12m`, controlling for `teamSize` and `genre`.", "ate", "crunchWeeks", "devTurnover12m", cov=["teamSize", "genre"])
q(S, "Does going remote-first change how many developers quit within the year?", "ate", "remoteFirst", "devTurnover12m")
q(S, "Did launching in early access cut the number of bugs?", "ate", "earlyAccess", "bugsPostLaunch")
q(S, "ate earlyAccess on salesWk1", "ate", "earlyAccess", "salesWk1")
q(S, "Is player retention hurt by crunch?", "ate", "crunchWeeks", None, clarify=True)
q(S, "What would early access have done to `userScoreV2` for the studios that never used it?", "ate", "earlyAccess", "userScoreV2", est="atc")
q(S, "Is the first-week sales bump from a bigger marketing budget real once we account for team size?", "ate", "marketingBudget", "salesWk1", cov=["teamSize"])
q(S, "effect of the art style on salesWk1", "ate", None, "salesWk1", clarify=True)
q(S, "For Unreal projects (`engineChoice`), what is the effect of `playtestHrs` on `userScore`?", "cate", "playtestHrs", "userScore", at={"engineChoice": "Unreal"})
q(S, "Does crunch drive turnover harder at small studios? Show how the effect changes with team size.", "cate", "crunchWeeks", "devTurnover12m")
q(S, "effect of remoteFirst on retention7d | genre == puzzle", "cate", "remoteFirst", "retention7d", at={"genre": "puzzle"})
q(S, "Under the condition that the team has 50 people, what does an extra week of crunch do to devTurnover12m?", "cate", "crunchWeeks", "devTurnover12m", at={"teamSize": 50})
q(S, "Which studios should adopt early access to maximize salesWk1?", "policy", "earlyAccess", "salesWk1")
q(S, "Recommend an assignment rule for `remoteFirst` that minimises `devTurnover12m`.", "policy", "remoteFirst", "devTurnover12m")
q(S, "Where should we allocate extra playtest hours to lift user scores the most?", "policy", "playtestHrs", None, clarify=True)
q(S, "Run a mediation analysis: treatment `crunchWeeks`, mediator `bugsPostLaunch`, outcome `userScoreV2`.", "mediation", "crunchWeeks", "userScoreV2", "bugsPostLaunch")
q(S, "Early access works by letting players flush out bugs, so fewer remain after launch, which then lifts week-one sales. How much of the early-access effect runs through that channel?",
  "mediation", "earlyAccess", "salesWk1", "bugsPostLaunch")
q(S, "does remote-first lower 7-day retention via crunch weeks? direct vs indirect", "mediation", "remoteFirst", "retention7d", "crunchWeeks")
q(S, "Figure out what causes what among the studio metrics in this table.", "discover")
q(S, "Forecast salesWk1 for next quarter's releases.", "unsupported")

# ---- 3 pigeon lofts
S = "h51_pigeon_lofts"
q(S, "Estimate the effect of `SUPP_ELEC` on `RETURN_RATE_POST`, adjusting for `RETURN_RATE_PRE`, `BIRDS_N` and `REGION`.",
  "ate", "SUPP_ELEC", "RETURN_RATE_POST", cov=["RETURN_RATE_PRE", "BIRDS_N", "REGION"])
q(S, "Do electrolyte supplements make the pigeons fly faster?", "ate", "SUPP_ELEC", None, clarify=True)
q(S, "does the widowhood system boost prize money", "ate", "WIDOWHOOD", "PRIZE_EUR")
q(S, "How many fewer birds go missing over three months depending on how the loft is ventilated?", "ate", "LOFT_VENT", "LOSS_90D")
q(S, "ATE: TRAIN_KM_WK -> VEL_MPM_V2, ctrl FANCIER_YRS", "ate", "TRAIN_KM_WK", "VEL_MPM_V2", cov=["FANCIER_YRS"])
q(S, "Does the homing rate improve with more trips to the vet?", "ate", "VET_VISITS", "RETURN_RATE_POST")
q(S, "Among lofts that raced on widowhood, how did it change LOSS_30D?", "ate", "WIDOWHOOD", "LOSS_30D", est="att")
q(S, "Effect of the bird's sex on VEL_MPM_V2", "ate", None, "VEL_MPM_V2", clarify=True)
q(S, "Estimate the conditional effect of `SUPP_ELEC` on `VEL_MPM` at `RACE_DIST_KM` = 500.", "cate", "SUPP_ELEC", "VEL_MPM", at={"RACE_DIST_KM": 500})
q(S, "In the NORTH region (`REGION`), does widowhood racing (`WIDOWHOOD`) change `RETURN_RATE_POST`?", "cate", "WIDOWHOOD", "RETURN_RATE_POST", at={"REGION": "NORTH"})
q(S, "How does the payoff of heavier training in prize winnings differ between novice and veteran fanciers?", "cate", "TRAIN_KM_WK", "PRIZE_EUR")
q(S, "supp_elec effect on loss_90d for lofts with 60 birds", "cate", "SUPP_ELEC", "LOSS_90D", at={"BIRDS_N": 60})
q(S, "Which lofts should switch to widowhood to maximise `PRIZE_EUR`?", "policy", "WIDOWHOOD", "PRIZE_EUR")
q(S, "Design a rule for which lofts get electrolyte supplements so that fewer birds go missing within 90 days.", "policy", "SUPP_ELEC", "LOSS_90D")
q(S, "How much of the effect of `WIDOWHOOD` on `PRIZE_EUR` runs through `VEL_MPM`?", "mediation", "WIDOWHOOD", "PRIZE_EUR", "VEL_MPM")
q(S, "Supplements seem to work by keeping birds hydrated so more of them make it home, which then earns more prize money. Decompose that.",
  "mediation", "SUPP_ELEC", "PRIZE_EUR", "RETURN_RATE_POST")
q(S, "Learn the causal graph among the loft variables.", "discover")
q(S, "what influences what here - training, ventilation, supplements, speed, losses?", "discover")
q(S, "What's the mean VEL_MPM by REGION?", "unsupported")

# ---- 4 dog shows
S = "h51_dog_shows"
q(S, "What is the average effect of `handler` on `points`, adjusting for `breed`, `age` and `shows`?", "ate", "handler", "points", cov=["breed", "age", "shows"])
q(S, "Does a raw diet improve coat condition?", "ate", "diet", "coat_after")
q(S, "Does the colour of the handler's outfit affect points?", "ate", None, "points", clarify=True)
q(S, "grooming hrs -> coat_after, adj coat_before", "ate", "grooming", "coat_after", cov=["coat_before"])
q(S, "effect of training on wins", "ate", "training", "wins")
q(S, "Is the better placement of professionally handled dogs real or just confounding?", "ate", "handler", "placement")
q(S, "How would the points of owner-handled dogs have changed had they used a professional handler?", "ate", "handler", "points", est="atc")
q(S, "Effect of handler on placement when the judge is a breeder-judge.", "cate", "handler", "placement", at={"judge": "breeder"})
q(S, "For terriers, does time spent grooming raise points?", "cate", "grooming", "points", at={"group": "terrier"})
q(S, "for 2-year-old dogs (24 months), effect of training on points", "cate", "training", "points", at={"age": 24})
q(S, "For which groups is the professional-handler effect on wins largest?", "cate", "handler", "wins")
q(S, "Which entries should be assigned a professional handler to maximise points?", "policy", "handler", "points")
q(S, "Who should switch to a raw diet if we want better coat scores at season end?", "policy", "diet", "coat_after")
q(S, "Professional handlers seem to help by getting the coat into better shape, which then wins points. How much of that goes via coat_after?",
  "mediation", "handler", "points", "coat_after")
q(S, "How much of the effect of `grooming` on `placement` is through `coat_after`?", "mediation", "grooming", "placement", "coat_after")
q(S, "Which of these show variables cause which?", "discover")
q(S, "Summarise points by breed group.", "unsupported")

# ---- 5 heli-ski
S = "h51_heliski_operators"
q(S, "Estimate the ATE of `avi_trn` on `incid_rate`, controlling for `region`, `snow_cm_72h` and `grp_size`.",
  "ate", "avi_trn", "incid_rate", cov=["region", "snow_cm_72h", "grp_size"])
q(S, "Do beacon checks before every run reduce accidents?", "ate", "beacon_chk", None, clarify=True)
q(S, "Does charging more per day make guests less likely to come back the next season?", "ate", "price_usd", "rebook_1y")
q(S, "effect of guide_ratio on vert_m_day", "ate", "guide_ratio", "vert_m_day")
q(S, "Are clients happier when the guides have avalanche training?", "ate", "avi_trn", "cust_sat_post")
q(S, "Is the lower incident rate (revised definition, incid_rate_v2) at operators flying certain helicopter types causal?", "ate", "heli_type", "incid_rate_v2")
q(S, "Use `snow_cm_24h` as an instrument to estimate the effect of `vert_m_day` on `cust_sat_post`.", "ate", "vert_m_day", "cust_sat_post", iv="snow_cm_24h")
q(S, "effect of avi_trn on incid_rate_v2 in the Alps", "cate", "avi_trn", "incid_rate_v2", at={"region": "Alps"})
q(S, "What does a larger group do to satisfaction when 30 cm of snow fell in the prior 72 hours?", "cate", "grp_size", "cust_sat_post", at={"snow_cm_72h": 30})
q(S, "How does the price effect on two-year rebooking vary across regions?", "cate", "price_usd", "rebook_2y")
q(S, "effect of beacon_chk on rebook_2y given heli_type == Bell_407", "cate", "beacon_chk", "rebook_2y", at={"heli_type": "Bell_407"})
q(S, "Which operators should adopt mandatory avalanche training (`avi_trn`) to cut `incid_rate` the most?", "policy", "avi_trn", "incid_rate")
q(S, "Target beacon checks at the operators where they raise one-year rebooking most.", "policy", "beacon_chk", "rebook_1y")
q(S, "What guide-to-client ratio should each operator run to maximise vertical per day (vert_m_day)?", "policy", "guide_ratio", "vert_m_day")
q(S, "Does avalanche training raise satisfaction mainly by lowering incidents (incid_rate)? Decompose the effect.", "mediation", "avi_trn", "cust_sat_post", "incid_rate")
q(S, "how much of price_usd -> rebook_1y is mediated by cust_sat_post", "mediation", "price_usd", "rebook_1y", "cust_sat_post")
q(S, "Recover the causal structure among snowfall, group size, vertical, incidents and satisfaction.", "discover")
q(S, "Write a SQL query returning operators with more than 10000 vertical metres per day.", "unsupported")

# ---- 6 mountain huts
S = "h51_mountain_huts"
q(S, "Estimate the average effect of `online_booking` on `overnight_stays`, adjusting for `altitude`, `access` and `country`.",
  "ate", "online_booking", "overnight_stays", cov=["altitude", "access", "country"])
q(S, "Does having a resident warden reduce food waste?", "ate", "warden", "waste_after")
q(S, "Do huts with online booking fill up more?", "ate", "online_booking", None, clarify=True)
q(S, "ate warden on rescues", "ate", "warden", "rescues")
q(S, "Is the higher rating_new at solar-powered huts a causal effect?", "ate", "solar", "rating_new")
q(S, "Would huts without a resident warden get better reviews (the original rating) if they had one?", "ate", "warden", "rating", est="atc")
q(S, "price -> occupancy_rate, hold altitude fixed", "ate", "price", "occupancy_rate", cov=["altitude"])
q(S, "Use altitude as an instrument for price to estimate price's effect on overnight_stays.", "ate", "price", "overnight_stays", iv="altitude")
q(S, "How are waste_after and overnight_stays causally related?", "ate", None, None, clarify=True)
q(S, "effect of online_booking on occupancy in Switzerland", "cate", "online_booking", "occupancy", at={"country": "Switzerland"})
q(S, "For huts at 3000 m, what's the effect of having a warden on rescues?", "cate", "warden", "rescues", at={"altitude": 3000})
q(S, "Among huts reachable only on foot by trail, does online booking raise overnight stays?", "cate", "online_booking", "overnight_stays", at={"access": "trail"})
q(S, "How does the price effect on stays differ by altitude?", "cate", "price", "overnight_stays")
q(S, "Which huts should get a resident warden to minimise rescues?", "policy", "warden", "rescues")
q(S, "Where should the alpine club roll out online booking to maximise overnight stays?", "policy", "online_booking", "overnight_stays")
q(S, "Which huts should install solar to get the biggest gain in rating_new?", "policy", "solar", "rating_new")
q(S, "Online booking raises rating_new because it evens out occupancy (occupancy_rate). How much of the effect is indirect?",
  "mediation", "online_booking", "rating_new", "occupancy_rate")
q(S, "How much of the warden effect on waste_after is mediated by overnight_stays?", "mediation", "warden", "waste_after", "overnight_stays")
q(S, "What causes what among altitude, access, price, stays and rescues?", "discover")
q(S, "Run causal discovery on the hut table and give me the DAG.", "discover")
q(S, "Clean the dataset: drop huts with missing altitude and fix country spellings.", "unsupported")

# ---- 7 timeshare
S = "h51_timeshare_resorts"
q(S, "Estimate the ATE of `freeGift` on `rescind7d`, adjusting for `ownerAge`, `householdIncome` and `presentationType`.",
  "ate", "freeGift", "rescind7d", cov=["ownerAge", "householdIncome", "presentationType"])
q(S, "Do longer sales pitches make buyers more likely to back out?", "ate", "salesPitchMins", None, clarify=True)
q(S, "Does the kind of sales presentation lead to more upgrades?", "ate", "presentationType", "upgradePurchased")
q(S, "effect of stayNightsYr on referralCount", "ate", "stayNightsYr", "referralCount")
q(S, "Maintenance fees: do owners in higher-tier resorts end up paying more because of the tier?", "ate", "resortTier", "maintFee24m")
q(S, "Among buyers who received the free gift, how much did it change 30-day rescission (rescind30d)?", "ate", "freeGift", "rescind30d", est="att")
q(S, "Effect of `upgradePurchased` on `satisfactionScoreV2`, controlling for `resortTier`.", "ate", "upgradePurchased", "satisfactionScoreV2", cov=["resortTier"])
q(S, "Does the salesperson's commission rate affect upgradePurchased?", "ate", None, "upgradePurchased", clarify=True)
q(S, "For owners aged 70, effect of salesPitchMins on rescind30d", "cate", "salesPitchMins", "rescind30d", at={"ownerAge": 70})
q(S, "In gold-tier resorts, does buying an upgrade change the chance of loan default?", "cate", "upgradePurchased", "loanDefault", at={"resortTier": "gold"})
q(S, "How does the effect of the free gift on upgrades vary with household income?", "cate", "freeGift", "upgradePurchased")
q(S, "effect of freeGift on referralCount | presentationType = virtual", "cate", "freeGift", "referralCount", at={"presentationType": "virtual"})
q(S, "Which prospects should be offered a free gift to minimise 30-day cancellations?", "policy", "freeGift", "rescind30d")
q(S, "Recommend who should get which presentation format to maximise `upgradePurchased`.", "policy", "presentationType", "upgradePurchased")
q(S, "How much of the effect of `upgradePurchased` on `loanDefault` is mediated by `maintFee24m`?", "mediation", "upgradePurchased", "loanDefault", "maintFee24m")
q(S, "Does the free gift work by raising satisfaction (satisfactionScore), which then makes owners refer friends?",
  "mediation", "freeGift", "referralCount", "satisfactionScore")
q(S, "Learn the DAG over the timeshare variables.", "discover")
q(S, "Predict which owners will default on their loan next year.", "unsupported")

# ---- 8 pedicab
S = "h51_pedicab_operators"
q(S, "Estimate the average treatment effect of `EBIKE_ASSIST` on `EARN_DAY`, controlling for `SHIFT_HRS`, `ZONE` and `RIDER_AGE`.",
  "ate", "EBIKE_ASSIST", "EARN_DAY", cov=["SHIFT_HRS", "ZONE", "RIDER_AGE"])
q(S, "Do card readers raise tips?", "ate", "CARD_READER", None, clarify=True)
q(S, "does e-assist cut crashes", "ate", "EBIKE_ASSIST", "INCIDENTS_6M")
q(S, "Does electric assist let riders do more trips?", "ate", "EBIKE_ASSIST", None, clarify=True)
q(S, "CARD_READER -> FARE_AVG ate", "ate", "CARD_READER", "FARE_AVG")
q(S, "How much does hot weather affect what a rider takes home per day?", "ate", "TEMP_F", "EARN_DAY")
q(S, "Is the higher passenger rating of e-assisted cabs causal or confounded?", "ate", "EBIKE_ASSIST", "RATING")
q(S, "Using `RAIN_MM` as an instrument for `RIDES_WKDAY`, estimate the effect of weekday rides on `EARN_DAY`.", "ate", "RIDES_WKDAY", "EARN_DAY", iv="RAIN_MM")
q(S, "Effect of EBIKE_ASSIST on RIDES_WKDAY at 90F.", "cate", "EBIKE_ASSIST", "RIDES_WKDAY", at={"TEMP_F": 90})
q(S, "In the STADIUM zone, what's the card reader effect on TIP_RATIO?", "cate", "CARD_READER", "TIP_RATIO", at={"ZONE": "STADIUM"})
q(S, "for riders aged 40, how much does e-assist change daily earnings", "cate", "EBIKE_ASSIST", "EARN_DAY", at={"RIDER_AGE": 40})
q(S, "Where is the e-assist effect on weekend rides largest?", "cate", "EBIKE_ASSIST", "RIDES_WKEND")
q(S, "Which riders should be given e-assist bikes to maximise EARN_DAY?", "policy", "EBIKE_ASSIST", "EARN_DAY")
q(S, "Allocate card readers to cabs to maximise tip rate (TIP_RATE).", "policy", "CARD_READER", "TIP_RATE")
q(S, "Who should get e-bikes if the goal is fewer incidents over the next six months?", "policy", "EBIKE_ASSIST", "INCIDENTS_6M")
q(S, "How much of the card reader effect on `EARN_DAY` flows through `FARE_AVG`?", "mediation", "CARD_READER", "EARN_DAY", "FARE_AVG")
q(S, "E-assist lets riders squeeze in more weekday trips, which then lifts daily earnings; quantify the indirect part.",
  "mediation", "EBIKE_ASSIST", "EARN_DAY", "RIDES_WKDAY")
q(S, "Does the card reader improve RATING through higher tips? use TIP_RATE as the mediator", "mediation", "CARD_READER", "RATING", "TIP_RATE")
q(S, "Which variables drive which among weather, rides, fares and earnings? I don't want a model of any one outcome, just how they connect.", "discover")
q(S, "Make a bar chart of EARN_DAY by ZONE.", "unsupported")

# ---- 9 trolleybus
S = "h51_trolleybus_networks"
q(S, "Estimate the effect of `tsp` on `otp_pct_v2`, adjusting for `hdwy_min`, `city_sz` and `dwl_s`.", "ate", "tsp", "otp_pct_v2", cov=["hdwy_min", "city_sz", "dwl_s"])
q(S, "Did giving trolleybuses priority at traffic lights increase ridership?", "ate", "tsp", "pax_post")
q(S, "Does level boarding speed up stops?", "ate", "lvl_brd", "dwl_s")
q(S, "ims_bat -> brkdn_90d ate adj veh_age", "ate", "ims_bat", "brkdn_90d", cov=["veh_age"])
q(S, "Are older trolleybuses causing more breakdowns?", "ate", "veh_age", None, clarify=True)
q(S, "How does the fare level affect ridership after the change, holding pax_pre constant?", "ate", "fare_eur", "pax_post", cov=["pax_pre"])
q(S, "How much does a shorter headway improve punctuality as measured by otp_pct?", "ate", "hdwy_min", "otp_pct")
q(S, "IV estimate: effect of hdwy_min on pax_post with ovh_km as the instrument", "ate", "hdwy_min", "pax_post", iv="ovh_km")
q(S, "How do dwell time and on-time performance (otp_pct_v2) relate causally?", "ate", None, None, clarify=True)
q(S, "effect of tsp on otp_pct in large cities", "cate", "tsp", "otp_pct", at={"city_sz": "large"})
q(S, "For lines running every 10 minutes, what does level boarding do to pax_post?", "cate", "lvl_brd", "pax_post", at={"hdwy_min": 10})
q(S, "How does the battery-bus effect on 90-day breakdowns vary by vehicle age?", "cate", "ims_bat", "brkdn_90d")
q(S, "Under the condition that the overhead wire network is 5 km long, what is the effect of ims_bat on co2_t?", "cate", "ims_bat", "co2_t", at={"ovh_km": 5})
q(S, "Which lines should get signal priority first to maximise on-time performance (otp_pct_v2)?", "policy", "tsp", "otp_pct_v2")
q(S, "where to deploy level boarding to grow ridership most", "policy", "lvl_brd", "pax_post")
q(S, "Recommend which lines to convert to in-motion-charging buses to minimise `co2_t`.", "policy", "ims_bat", "co2_t")
q(S, "Decompose the effect of `tsp` on `pax_post` into direct and indirect components via `otp_pct_v2`.", "mediation", "tsp", "pax_post", "otp_pct_v2")
q(S, "Level boarding works by cutting the time spent at stops, which then improves punctuality (otp_pct). Direct vs indirect?",
  "mediation", "lvl_brd", "otp_pct", "dwl_s")
q(S, "learn causal graph: headway, dwell, otp, ridership, fare", "discover")
q(S, "Which of the network variables are causes and which are effects?", "discover")

# ---- 10 limousine
S = "h51_limousine_hire"
q(S, "Estimate the ATE of `champagne` on `review`, adjusting for `vehicle`, `event` and `price`.", "ate", "champagne", "review", cov=["vehicle", "event", "price"])
q(S, "Do chauffeurs with more years on the job turn up late less?", "ate", "chauffeur_years", "lateness")
q(S, "Does the chauffeur's uniform earn bigger tips?", "ate", "uniform", None, clarify=True)
q(S, "lateness -> stars", "ate", "lateness", "stars")
q(S, "Effect of the complimentary bubbly on rebooking within six months.", "ate", "champagne", "rebooked_6m")
q(S, "For clients who got a discount, how did it affect rebooked_12m?", "ate", "discount", "rebooked_12m", est="att")
q(S, "Is the higher review score of stretch limos a real effect of the vehicle or confounding?", "ate", "vehicle", "review")
q(S, "For weddings, effect of champagne on gratuity", "cate", "champagne", "gratuity", at={"event": "wedding"})
q(S, "effect of uniform on stars when vehicle is party bus", "cate", "uniform", "stars", at={"vehicle": "party bus"})
q(S, "On 100 km trips, what's the effect of lateness on review?", "cate", "lateness", "review", at={"distance": 100})
q(S, "Which event types benefit most from free champagne in terms of tip?", "cate", "champagne", "tip")
q(S, "Derive a treatment policy for `champagne` that maximises `rebooked_12m`.", "policy", "champagne", "rebooked_12m")
q(S, "Decide who to offer a discount so that six-month repeat bookings are maximised.", "policy", "discount", "rebooked_6m")
q(S, "How much of the discount's effect on `rebooked_12m` goes through `review`?", "mediation", "discount", "rebooked_12m", "review")
q(S, "Experienced chauffeurs seem to earn better star ratings by arriving on time. What share of that runs via lateness?",
  "mediation", "chauffeur_years", "stars", "lateness")
q(S, "Discover the causal structure of the limo booking variables.", "discover")
q(S, "What's the average price by vehicle type?", "unsupported")

# ---- 11 valet
S = "h51_valet_parking"
q(S, "Estimate the ATE of `keyTracking` on `damageClaim90d`, controlling for `attendantTenureMo`, `carValueK` and `venueType`.",
  "ate", "keyTracking", "damageClaim90d", cov=["attendantTenureMo", "carValueK", "venueType"])
q(S, "Does letting guests summon their car from the app shorten the wait?", "ate", "appRequest", None, clarify=True)
q(S, "Does surge pricing hurt guest satisfaction?", "ate", "surgePricing", "guestSatPost")
q(S, "attendantsOnShift on waitMinsPeak, ate", "ate", "attendantsOnShift", "waitMinsPeak")
q(S, "Is the lower 30-day damage-claim rate with longer-serving attendants causal?", "ate", "attendantTenureMo", "damageClaim30d")
q(S, "What would RFID key tracking do to 30-day claims at the sites that don't have it?", "ate", "keyTracking", "damageClaim30d", est="atc")
q(S, "effect of fee on tipAmt holding venueType fixed", "ate", "fee", "tipAmt", cov=["venueType"])
q(S, "Treat attendantsOnShift as an instrument for waitMinsPeak; what is the effect of the peak wait on guestSatPost?",
  "ate", "waitMinsPeak", "guestSatPost", iv="attendantsOnShift")
q(S, "Does the weather affect damage claims within 90 days?", "ate", None, "damageClaim90d", clarify=True)
q(S, "Estimate the CATE of `appRequest` on `waitMinsOffpeak` for `venueType` = hospital.", "cate", "appRequest", "waitMinsOffpeak", at={"venueType": "hospital"})
q(S, "For cars worth $100k, does key tracking change damageClaim90d?", "cate", "keyTracking", "damageClaim90d", at={"carValueK": 100})
q(S, "with 3 attendants on shift, effect of surge pricing on waitMinsPeak", "cate", "surgePricing", "waitMinsPeak", at={"attendantsOnShift": 3})
q(S, "How does the app-request effect on guest satisfaction vary by venue?", "cate", "appRequest", "guestSatPost")
q(S, "Which venues should adopt surge pricing to maximise tipAmt?", "policy", "surgePricing", "tipAmt")
q(S, "Who should get the app-request feature to minimise peak waits?", "policy", "appRequest", "waitMinsPeak")
q(S, "targeting rule for keyTracking to minimise damageClaim30d", "policy", "keyTracking", "damageClaim30d")
q(S, "How much of `appRequest`'s effect on `guestSatPost` is mediated by `waitMinsPeak`?", "mediation", "appRequest", "guestSatPost", "waitMinsPeak")
q(S, "Surge pricing thins the rush-hour queue, which then makes guests happier: decompose its effect on guestSatPost into a direct part and a part via waitMinsPeak.",
  "mediation", "surgePricing", "guestSatPost", "waitMinsPeak")
q(S, "Find the causal structure among staffing, waits, tips and claims.", "discover")
q(S, "Build me a causal graph of how the valet variables influence each other.", "discover")
q(S, "Compute the median waitMinsPeak per venueType.", "unsupported")

# ---- 12 windscreen
S = "h51_windscreen_repair"
q(S, "Estimate the average effect of `RESIN_UV` on `REDO_90D`, adjusting for `CHIP_MM`, `TEMP_C` and `JOB_TYPE`.",
  "ate", "RESIN_UV", "REDO_90D", cov=["CHIP_MM", "TEMP_C", "JOB_TYPE"])
q(S, "Does using UV-cured resin make the glass clearer after repair?", "ate", "RESIN_UV", "CLARITY_POST")
q(S, "Are certified technicians quicker on the job?", "ate", "TECH_CERT", "REPAIR_MIN")
q(S, "Does a repair need redoing less often when a certified tech does it?", "ate", "TECH_CERT", None, clarify=True)
q(S, "tech_cert -> CSAT_V2, adj SITE", "ate", "TECH_CERT", "CSAT_V2", cov=["SITE"])
q(S, "Estimate the ATT of `RESIN_UV` on `COST_GBP` (jobs that used UV resin).", "ate", "RESIN_UV", "COST_GBP", est="att")
q(S, "Is customer satisfaction (the original CSAT) changed by where the job is done?", "ate", "SITE", "CSAT")
q(S, "For 10 mm chips, what's the UV resin effect on REDO_90D?", "cate", "RESIN_UV", "REDO_90D", at={"CHIP_MM": 10})
q(S, "effect of TECH_CERT on REPAIR_MIN for CRACK jobs", "cate", "TECH_CERT", "REPAIR_MIN", at={"JOB_TYPE": "CRACK"})
q(S, "Under the condition that it's 5 degrees C outside, does UV resin change CLARITY_POST?", "cate", "RESIN_UV", "CLARITY_POST", at={"TEMP_C": 5})
q(S, "How does the certified-tech effect on redo within 90 days vary with chip size?", "cate", "TECH_CERT", "REDO_90D")
q(S, "Which jobs should get UV resin (`RESIN_UV`) to minimise `REDO_90D`?", "policy", "RESIN_UV", "REDO_90D")
q(S, "Send certified technicians where they most raise CSAT_V2.", "policy", "TECH_CERT", "CSAT_V2")
q(S, "policy for UV resin use that maximises CLARITY_POST given chip size and temperature", "policy", "RESIN_UV", "CLARITY_POST")
q(S, "Estimate the natural indirect effect of `TECH_CERT` on `CSAT` through `REPAIR_MIN`.", "mediation", "TECH_CERT", "CSAT", "REPAIR_MIN")
q(S, "UV resin improves optical clarity, which then keeps customers from needing a redo within 30 days. What's the indirect share?",
  "mediation", "RESIN_UV", "REDO_30D", "CLARITY_POST")
q(S, "Does van age affect CSAT_V2 through repair time (REPAIR_MIN)?", "mediation", "VAN_AGE", "CSAT_V2", "REPAIR_MIN")
q(S, "What is the causal structure among chip size, temperature, repair time, clarity and redo?", "discover")
q(S, "Fit a regression predicting COST_GBP from CHIP_MM and JOB_TYPE so we can quote prices.", "unsupported")

# ---- 13 tow truck
S = "h51_tow_truck_calls"
q(S, "Estimate the ATE of `gps_disp` on `resp_min`, controlling for `dist_km`, `hr_of_day` and `wx`.", "ate", "gps_disp", "resp_min", cov=["dist_km", "hr_of_day", "wx"])
q(S, "Does GPS dispatch get trucks to the scene faster?", "ate", "gps_disp", None, clarify=True)
q(S, "Do flatbeds cause fewer damage claims?", "ate", "flbd", "clm_dmg")
q(S, "flbd -> dmg_usd ate adj veh_cls", "ate", "flbd", "dmg_usd", cov=["veh_cls"])
q(S, "Are drivers more worn out at the end of the shift with GPS dispatch?", "ate", "gps_disp", "fatig_post")
q(S, "Does a longer response time (resp_min_v2) lead to more 30-day complaints?", "ate", "resp_min_v2", "cmplt_30d")
q(S, "For the calls that were not dispatched by GPS, what would GPS have done to rev_usd?", "ate", "gps_disp", "rev_usd", est="atc")
q(S, "with hr_of_day as instrument, effect of resp_min on cmplt_90d", "ate", "resp_min", "cmplt_90d", iv="hr_of_day")
q(S, "How does the operator's insurance premium respond to flatbed use?", "ate", "flbd", None, clarify=True)
q(S, "effect of gps_disp on resp_min_v2 in snow", "cate", "gps_disp", "resp_min_v2", at={"wx": "snow"})
q(S, "For heavy trucks (veh_cls = truck), does sending a flatbed reduce dmg_usd?", "cate", "flbd", "dmg_usd", at={"veh_cls": "truck"})
q(S, "At 3 am (hr_of_day 3), what's the effect of driver experience on cmplt_30d?", "cate", "drv_exp_yr", "cmplt_30d", at={"hr_of_day": 3})
q(S, "How does the GPS effect on response time (resp_min) vary with distance?", "cate", "gps_disp", "resp_min")
q(S, "Learn an optimal assignment of `flbd` that minimises `clm_dmg`.", "policy", "flbd", "clm_dmg")
q(S, "Assign GPS dispatch to minimise cmplt_90d - who should get it?", "policy", "gps_disp", "cmplt_90d")
q(S, "How much of the effect of `gps_disp` on `cmplt_30d` is mediated by `resp_min`?", "mediation", "gps_disp", "cmplt_30d", "resp_min")
q(S, "Flatbeds reduce damage, which then reduces complaints. How much of the flatbed effect on 90-day complaints goes through dmg_usd?",
  "mediation", "flbd", "cmplt_90d", "dmg_usd")
q(S, "does experience lower fatig_post partly through faster responses (resp_min_v2)? split direct/indirect", "mediation", "drv_exp_yr", "fatig_post", "resp_min_v2")
q(S, "Learn the causal structure of the tow call variables.", "discover")
q(S, "what drives what: weather, distance, response time, damage, complaints?", "discover")

# ---- 14 genealogy
S = "h51_genealogy_services"
q(S, "Estimate the average effect of `dna_kit` on `generations`, adjusting for `ancestry_region` and `researcher_experience`.",
  "ate", "dna_kit", "generations", cov=["ancestry_region", "researcher_experience"])
q(S, "Does a physical archive visit help break through brick walls?", "ate", "archive_visit", "brick_walls_after")
q(S, "Do DNA kits turn up more records?", "ate", "dna_kit", None, clarify=True)
q(S, "hours_billed -> satisfaction_2", "ate", "hours_billed", "satisfaction_2")
q(S, "Does a seasoned researcher trace the family tree back further?", "ate", "researcher_experience", "generations")
q(S, "Is the higher fee paid by clients who got DNA kits caused by the kits?", "ate", "dna_kit", "fee")
q(S, "For clients whose research included an archive visit, what did it do to records_located?", "ate", "archive_visit", "records_located", est="att")
q(S, "effect of dna_kit on generations for west african ancestry", "cate", "dna_kit", "generations", at={"ancestry_region": "west africa"})
q(S, "For German-language records, does an archive visit help records_found?", "cate", "archive_visit", "records_found", at={"language": "german"})
q(S, "with 10 years of researcher experience, effect of hours_billed on brick_walls_after", "cate", "hours_billed", "brick_walls_after", at={"researcher_experience": 10})
q(S, "For which ancestry regions does the DNA kit knock down the most brick walls?", "cate", "dna_kit", "brick_walls_after")
q(S, "Which clients should be sent DNA kits to maximise generations traced?", "policy", "dna_kit", "generations")
q(S, "Who should get an archive trip to maximise referral_3m?", "policy", "archive_visit", "referral_3m")
q(S, "How much of archive_visit's effect on `satisfaction` is mediated by `records_found`?", "mediation", "archive_visit", "satisfaction", "records_found")
q(S, "DNA kits work by breaking down brick walls, which then makes clients refer others within 3 months. What's the indirect part?",
  "mediation", "dna_kit", "referral_3m", "brick_walls_after")
q(S, "What causes what among the research variables?", "discover")
q(S, "Translate the ancestry_region labels into French.", "unsupported")

# ---- 15 cat breeders
S = "h51_cat_breeders"
q(S, "Estimate the ATE of `GENE_TEST` on `KIT_MORT_12W`, adjusting for `BREED`, `QUEENS_N` and `BREEDER_YRS`.",
  "ate", "GENE_TEST", "KIT_MORT_12W", cov=["BREED", "QUEENS_N", "BREEDER_YRS"])
q(S, "Does heart scanning the breeding cats make the kittens healthier?", "ate", "HCM_SCAN", None, clarify=True)
q(S, "Does genetic screening lengthen the waiting list?", "ate", "GENE_TEST", "WAITLIST_POST")
q(S, "ate HCM_SCAN on KITTEN_PRICE adj BREED", "ate", "HCM_SCAN", "KITTEN_PRICE", cov=["BREED"])
q(S, "Is the extended vaccination protocol behind lower 8-week kitten mortality, or is it confounding?", "ate", "VAX_PROTOCOL", "KIT_MORT_8W")
q(S, "How do show wins affect what a breeder can charge for a kitten?", "ate", "SHOW_TITLES", "KITTEN_PRICE")
q(S, "Does the price of kittens depend on coat colour?", "ate", None, "KITTEN_PRICE", clarify=True)
q(S, "Estimate the effect of `HCM_SCAN` on `HEALTH_SCORE_V2` in the subgroup `BREED` = MAINE_COON.", "cate", "HCM_SCAN", "HEALTH_SCORE_V2", at={"BREED": "MAINE_COON"})
q(S, "effect of RAW_FEED on KIT_MORT_8W under VAX_PROTOCOL = CORE", "cate", "RAW_FEED", "KIT_MORT_8W", at={"VAX_PROTOCOL": "CORE"})
q(S, "At a cattery with 5 breeding queens, what does genetic testing do to the kitten price?", "cate", "GENE_TEST", "KITTEN_PRICE", at={"QUEENS_N": 5})
q(S, "How does the genetic testing effect on 12-week mortality differ across breeds?", "cate", "GENE_TEST", "KIT_MORT_12W")
q(S, "Which catteries should adopt genetic testing to minimise `KIT_MORT_12W`?", "policy", "GENE_TEST", "KIT_MORT_12W")
q(S, "Who should move to raw feeding to maximise HEALTH_SCORE?", "policy", "RAW_FEED", "HEALTH_SCORE")
q(S, "Quantify how much of the effect of `GENE_TEST` on `KITTEN_PRICE` is mediated by `HEALTH_SCORE_V2`.", "mediation", "GENE_TEST", "KITTEN_PRICE", "HEALTH_SCORE_V2")
q(S, "HCM scans work by producing healthier kittens (HEALTH_SCORE), which then grows the waiting list. What share goes that way?",
  "mediation", "HCM_SCAN", "WAITLIST_POST", "HEALTH_SCORE")
q(S, "Recover the causal graph for the cattery data.", "discover")
q(S, "List the five catteries with the highest KITTEN_PRICE.", "unsupported")

# ---- extra per-dataset items to reach target kind counts
q("h51_recording_studios", "Is the effect of the acoustic retrofit on 30-day repeat clients different for studios with an analogue desk (anlg_desk = 1)?",
  "cate", "acoustic_trt", "rpt_clnt_30d", at={"anlg_desk": 1})
q("h51_pigeon_lofts", "Among lofts using widowhood (WIDOWHOOD = 1), what is the effect of SUPP_ELEC on PRIZE_EUR?",
  "cate", "SUPP_ELEC", "PRIZE_EUR", at={"WIDOWHOOD": 1})
q("h51_genealogy_services", "who should be assigned a DNA kit if we want the most records_located", "policy", "dna_kit", "records_located")
q("h51_limousine_hire", "Which chauffeurs should wear the uniform to maximise `stars`?", "policy", "uniform", "stars")
q("h51_dog_shows", "Raw feeding seems to lift points by improving the coat first; how much of the diet effect on points is via coat_after?",
  "mediation", "diet", "points", "coat_after")
q("h51_valet_parking", "How much of keyTracking's effect on guestSatPost runs through damageClaim30d?", "mediation", "keyTracking", "guestSatPost", "damageClaim30d")
q("h51_mountain_huts", "is solar power changing the price huts charge, and through which route - does it go via rating_new?",
  "mediation", "solar", "price", "rating_new")
q("h51_tow_truck_calls", "Who should get a flatbed to maximise rev_usd?", "policy", "flbd", "rev_usd")
q("h51_game_studios", "Which titles should get a bigger marketing budget to lift 30-day retention (retention30d) most?", "policy", "marketingBudget", "retention30d")
q("h51_heliski_operators", "Which causal relations hold between the heli-ski variables?", "discover")
q("h51_cat_breeders", "Find out which cattery variables influence which others.", "discover")

# ---- none: audit
N = "none"
q(N, "Audit our LLM hiring assistant: does its hiring recommendation flip if the candidate's gender is swapped and nothing else changes?", "audit", "gender", "hiring recommendation")
q(N, "If I change only the applicant's age from 35 to 62, does the language model give a different loan approval?", "audit", "age", "loan approval")
q(N, "Test whether an LLM screener changes its interview decision when only the candidate's name is changed.", "audit", "name", "interview decision")
q(N, "Counterfactual fairness check: does the AI triage bot assign a different urgency level when the patient's religion is changed?", "audit", "religion", "urgency level")
q(N, "does the chatbot's tenancy recommendation change if the applicant has a disability, all else equal?", "audit", "disability", "tenancy recommendation")
q(N, "Check if the model's scholarship decision depends on the student's accent in the transcribed interview, holding everything else fixed.", "audit", "accent", "scholarship decision")
q(N, "Would the assistant recommend a different salary offer if the candidate were a woman rather than a man, with the same CV?", "audit", "gender", "salary offer")
q(N, "Is our language-model insurance underwriter counterfactually fair with respect to ethnicity when it sets premiums?", "audit", "ethnicity", "premiums")
q(N, "Swap the applicant's nationality in the prompt and see whether the AI's visa recommendation changes.", "audit", "nationality", "visa recommendation")
q(N, "Does the AI grader give a different essay score if the student's name is changed from Mohammed to Michael?", "audit", "name", "essay score")
q(N, "measure whether an llm's parole recommendation shifts when the defendant's race is altered, everything else held constant", "audit", "race", "parole recommendation")
q(N, "For our customer-service bot: does the refund decision change if the customer's dialect is different but the complaint is identical?", "audit", "dialect", "refund decision")
q(N, "Would the language model give a different rental approval to a 70-year-old than to a 30-year-old with an otherwise identical application?", "audit", "age", "rental approval")
q(N, "Does changing the patient's gender flip the chatbot's cardiology referral?", "audit", "gender", "cardiology referral")
q(N, "Probe an AI credit assistant: same profile, only marital status differs. Does the credit limit change?", "audit", "marital status", "credit limit")
q(N, "Is the promotion recommendation from our HR copilot invariant to the employee's sexual orientation?", "audit", "sexual orientation", "promotion recommendation")
q(N, "Run a counterfactual audit of the AI recruiter: vary only the applicant's race and see if the job offer changes.", "audit", "race", "job offer")
q(N, "Does the LLM suggest a different bail amount when the defendant's religion is Muslim instead of Christian?", "audit", "religion", "bail amount")

# ---- none: relation (Corr2Cause style)
q(N, "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?", "relation")
q(N, "Premises: X and Y are correlated; Y and Z are correlated; X and Z are independent, but X and Z become dependent once we condition on Y. Does Y cause X?", "relation")
q(N, "We know A is independent of B, A is correlated with C and B is correlated with C. Is C a common effect of A and B?", "relation")
q(N, "In a closed system of three variables P, Q and R, every pair is correlated and P is independent of R given Q. Can we conclude that P directly causes R?", "relation")
q(N, "Given: D correlates with E, E correlates with F, D correlates with F, and no conditional independencies hold. Is there necessarily a direct causal link from D to F?", "relation")
q(N, "A and B are statistically independent of each other. Can A be a cause of B?", "relation")
q(N, "Four variables A, B, C, D: A correlates with all the others, B is independent of C given A, and D is independent of A given B. Does A cause D?", "relation")
q(N, "If M and N are correlated but become independent once we condition on K, is K a confounder of M and N?", "relation")
q(N, "S correlates with T and with U, T and U are independent, and T and U become dependent given S. Is S a collider between T and U?", "relation")
q(N, "hypothesis check: V1 and V2 correlated, V2 and V3 correlated, V1 independent of V3. does V2 mediate an effect of V1 on V3?", "relation")

# ---- none: generate
q(N, "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.", "generate")
q(N, "Simulate data from a structural causal model where income causes savings and both cause home ownership; let a language model write the structural equations.", "generate")
q(N, "Make me a benchmark dataset with a known treatment effect of 2.0: binary T, and a confounder U that affects both T and Y.", "generate")
q(N, "Create synthetic data following A -> B -> C and A -> C, with nonlinear equations chosen by an LLM and 10k samples.", "generate")
q(N, "Use an LLM to propose realistic variables and mechanisms for a causal graph about hospital readmissions, then sample 2000 records.", "generate")
q(N, "generate toy data: x ~ N(0,1), t = 1[x + noise > 0], y = 3t + x + noise, n=1000", "generate")
q(N, "Build a synthetic causal benchmark with 8 variables on a random DAG, using a logistic link for the binary nodes.", "generate")
q(N, "Could you sample a dataset from this SCM: rain -> sprinkler, rain -> wet grass, sprinkler -> wet grass?", "generate")
q(N, "I need fake data with a mediator: treatment -> mediator -> outcome plus a direct path, with an indirect effect of 0.5. Generate it.", "generate")
q(N, "Have the language model define the structural equations for a DAG of education, experience and wage, then generate 3000 rows.", "generate")

# ---- none: unsupported
q(N, "Good morning! What can you do?", "unsupported")
q(N, "Tell me a joke about tow trucks.", "unsupported")
q(N, "What's the capital of Australia?", "unsupported")
q(N, "Write a SQL query that joins orders and customers on customer_id.", "unsupported")
q(N, "Convert this CSV to Excel please.", "unsupported")
q(N, "Summarise the plot of Hamlet in two sentences.", "unsupported")
q(N, "forecast next month's bitcoin price", "unsupported")


# ---------------------------------------------------------------- validation
def validate():
    for dsn, d in D.items():
        n = len(d["columns"])
        assert 13 <= n <= 18, (dsn, n)
        assert any(c["type"] == "id" for c in d["columns"].values()), dsn
        for cn, c in d["columns"].items():
            assert c["type"] in ("id", "binary", "numeric", "categorical", "date", "text"), (dsn, cn)
            assert len(c["values"]) >= 3 or c["type"] == "categorical", (dsn, cn)
    texts = set()
    for dsn, text, e in Q:
        assert text not in texts, text
        texts.add(text)
        k = e["kind"]
        if k in ("audit", "relation", "generate"):
            assert dsn == "none", text
        if k in ("discover", "unsupported", "relation", "generate"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, text
        if k == "mediation":
            assert e["mediator"] is not None or e.get("clarify"), text
        if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], text
        if dsn != "none" and k != "audit":
            cols = D[dsn]["columns"]
            for r in ("treatment", "outcome", "mediator"):
                if e[r] is not None:
                    assert e[r] in cols, (text, e[r])
            for c in e.get("covariates", []):
                assert c in cols, (text, c)
            if "instrument" in e:
                assert e["instrument"] in cols, text
            for c, v in e.get("at", {}).items():
                assert c in cols, (text, c)
                if cols[c]["type"] == "categorical":
                    assert v in cols[c]["values"], (text, v)
                else:
                    assert isinstance(v, (int, float)), (text, v)
            if "at" in e:
                assert k == "cate", text


validate()

# ---------------------------------------------------------------- write
def col_order(dsn, e):
    return list(D[dsn]["columns"].keys())


rows = []
for dsn, text, e in Q:
    rows.append(OrderedDict([
        ("question", text),
        ("dataset", dsn),
        ("columns", col_order(dsn, e) if dsn != "none" else None),
        ("split", SPLIT),
        ("origin", ORIGIN),
        ("expected", e),
    ]))
random.Random(SEED).shuffle(rows)

with open("datasets.json", "w") as f:
    json.dump(D, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open("questions.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
kinds = Counter(r["expected"]["kind"] for r in rows)
mods = Counter()
for r in rows:
    e = r["expected"]
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
    if r["dataset"] == "none":
        mods["dataset=none"] += 1

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "# Question set h51 (split `test`, origin `heldout51`)",
    "",
    f"Written by data writer `{TAG}` on {now}, from its own knowledge (no project code or other question sets consulted).",
    "",
    "Regenerate with `python3 make_h51.py` (shuffle seed 51051).",
    "",
    f"{len(rows)} questions over {len(D)} datasets (plus `dataset: none` items).",
    "",
    "## Datasets (domain — columns — naming style)",
    "",
]
for dsn, d in D.items():
    lines.append(f"- `{dsn}` — {len(d['columns'])} columns ({', '.join(d['columns'].keys())}) — {STYLE[dsn]}")
lines += ["", "## Counts by kind", ""]
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    lines.append(f"- {k}: {kinds[k]}")
lines += ["", "## Counts by modifier", ""]
for k in sorted(mods):
    lines.append(f"- {k}: {mods[k]}")
lines += [
    "",
    "## Label conventions",
    "",
    "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
    "- Baseline/follow-up pairs (`*_pre`/`*_post`, `*_before`/`*_after`, `*Bl`/`*24m`, `wins_lastyear`/`wins`): when no version is named, the follow-up column is the outcome.",
    "- `clarify: true` (about 7%) when the question names a variable the data lacks, is ambiguous between parallel/near-synonym columns "
    "(e.g. 7d vs 30d, `TIP_RATE` vs `TIP_RATIO`, `incid_rate` vs `incid_rate_v2`) or leaves the causal direction open; the unresolvable role is `null`.",
    "- `covariates` only when the question says to adjust/control/hold fixed/account for; `instrument` only when a column is named as an instrument "
    "(the instrumented variable is the treatment).",
    "- `estimand`: `att` for effects on those treated/who got it, `atc` for effects on the untreated/those who did not.",
    "- Subgroup filters and \"at value\" conditions are `cate` with `at` ({column: number} for numeric/binary, level string for categoricals); "
    "effect-heterogeneity questions without a fixed value are `cate` without `at`.",
    "- Policy: `treatment` = action column, `outcome` = goal column.",
    "- Audit (dataset `none`): `treatment` = the attribute phrase (e.g. `race`), `outcome` = shortest noun phrase for the decision used in the question.",
    "- `columns` lists every column of the dataset in dataset order (`null` for dataset `none`).",
    "",
]
with open("README.md", "w") as f:
    f.write("\n".join(lines))

print(len(rows), "questions;", len(D), "datasets;", dict(kinds), dict(mods))
