import json, random, collections

D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc,
               "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

B = [0, 1, 1]
ds("h70_iceswim", "Winter open-water (ice) swimmers tracked over a 12-week season; one row per swimmer.", [
    ("sw_id", "id", ["S001", "S002", "S003"]),
    ("age_yr", "numeric", [34, 52, 27]),
    ("sex", "categorical", ["F", "M"]),
    ("club", "categorical", ["baltic", "thames", "tromso", "murmansk"]),
    ("acclim", "binary", B),
    ("cwi_wk", "numeric", [2, 5, 3]),
    ("neo_cap", "binary", [1, 0, 1]),
    ("wtemp_c", "numeric", [0.5, 3.2, 4.8]),
    ("bf_pct", "numeric", [18.5, 27.0, 22.1]),
    ("bat_idx", "numeric", [0.42, 1.10, 0.77]),
    ("hr_bl", "numeric", [64, 71, 58]),
    ("hr_12w", "numeric", [60, 69, 55]),
    ("core_t_pre", "numeric", [37.0, 36.9, 37.1]),
    ("core_t_post", "numeric", [35.6, 36.2, 35.1]),
    ("swim_min", "numeric", [12, 25, 8]),
    ("hypo_ev", "binary", [0, 0, 1]),
    ("shiv_scr", "numeric", [3, 6, 1]),
    ("shiv_scr_v2", "numeric", [2.5, 5.8, 1.2]),
])
ds("h70_synchro", "Artistic (synchronised) swimmers across one competitive season.", [
    ("athleteId", "id", ["SY-01", "SY-02", "SY-03"]),
    ("ageYrs", "numeric", [17, 22, 25]),
    ("nation", "categorical", ["ESP", "CHN", "RUS", "JPN", "USA", "UKR"]),
    ("routineType", "categorical", ["technical", "free", "highlight"]),
    ("hypoxicTraining", "binary", B),
    ("liftTraining", "binary", [0, 1, 0]),
    ("coachChange", "binary", [0, 0, 1]),
    ("poolHrsPerWk", "numeric", [24, 32, 28]),
    ("breathHoldSec", "numeric", [95, 120, 140]),
    ("breathHoldSecPost", "numeric", [110, 131, 150]),
    ("flexScorePre", "numeric", [7.1, 8.0, 6.5]),
    ("flexScorePost", "numeric", [7.6, 8.3, 7.0]),
    ("legHeightCm", "numeric", [62, 71, 66]),
    ("execScore", "numeric", [88.2, 91.5, 85.0]),
    ("artImpression", "numeric", [8.6, 9.1, 8.2]),
    ("artImpressionV2", "numeric", [29.4, 31.0, 27.9]),
    ("medalWon", "binary", [0, 1, 0]),
    ("injuredSeason", "binary", [0, 0, 1]),
])
ds("h70_freerun", "Free-running / parkour practitioners surveyed at training spots over six months.", [
    ("runner_id", "id", ["FR100", "FR101", "FR102"]),
    ("age", "numeric", [16, 23, 31]),
    ("gender", "categorical", ["female", "male", "nonbinary"]),
    ("years_training", "numeric", [1, 4, 9]),
    ("terrain", "categorical", ["urban", "park", "indoor_gym", "rooftop"]),
    ("coached", "binary", B),
    ("landing_drills", "binary", [1, 0, 1]),
    ("strength_sessions", "numeric", [0, 2, 4]),
    ("confidence", "numeric", [5, 7, 9]),
    ("confidence_v2", "numeric", [52, 68, 81]),
    ("jump_distance_before", "numeric", [2.1, 2.8, 3.4]),
    ("jump_distance_after", "numeric", [2.3, 3.0, 3.5]),
    ("falls_last_month", "numeric", [0, 2, 5]),
    ("falls_last_quarter", "numeric", [1, 6, 12]),
    ("injury", "binary", [0, 1, 0]),
    ("video_views", "numeric", [120, 5400, 88000]),
    ("sponsored", "binary", [0, 0, 1]),
])
ds("h70_figskate", "Competitive figure skaters' season results and training inputs.", [
    ("SKATER_ID", "id", ["FS0001", "FS0002", "FS0003"]),
    ("AGE", "numeric", [14, 18, 23]),
    ("SEX", "categorical", ["F", "M"]),
    ("FED", "categorical", ["CAN", "JPN", "USA", "ITA", "KOR", "FRA"]),
    ("LEVEL", "categorical", ["novice", "junior", "senior"]),
    ("JUMP_CAMP", "binary", B),
    ("OFF_ICE_HRS", "numeric", [4, 8, 12]),
    ("BOOT_NEW", "binary", [0, 1, 0]),
    ("CHOREO_CHG", "binary", [1, 0, 0]),
    ("QUAD_ATT", "numeric", [0, 2, 4]),
    ("FALLS_SP", "numeric", [0, 1, 0]),
    ("FALLS_FS", "numeric", [1, 0, 3]),
    ("TES_PRE", "numeric", [48.2, 61.0, 77.5]),
    ("TES_POST", "numeric", [52.0, 63.4, 80.1]),
    ("PCS", "numeric", [40.1, 55.6, 70.2]),
    ("PCS_V2", "numeric", [8.1, 8.9, 9.4]),
    ("RANK_FINAL", "numeric", [3, 11, 24]),
    ("PODIUM", "binary", [1, 0, 0]),
])
ds("h70_icedance", "Ice dance couples followed across two consecutive seasons.", [
    ("coupleId", "id", ["ID-7", "ID-8", "ID-9"]),
    ("country", "categorical", ["CAN", "FRA", "USA", "ITA", "GBR", "RUS"]),
    ("partnerYrs", "numeric", [1, 5, 11]),
    ("ageGapYrs", "numeric", [0, 3, 7]),
    ("ballroomBg", "binary", B),
    ("musicGenre", "categorical", ["tango", "waltz", "rock", "blues", "latin"]),
    ("starChoreographer", "binary", [0, 1, 0]),
    ("offIceSessionsWk", "numeric", [2, 4, 6]),
    ("liftLevel", "numeric", [2, 3, 4]),
    ("twizzleSync", "numeric", [0.71, 0.85, 0.93]),
    ("twizzleSyncV2", "numeric", [3.2, 3.9, 4.5]),
    ("rhythmDanceScore", "numeric", [70.1, 82.4, 88.9]),
    ("freeDanceScore", "numeric", [105.0, 121.7, 133.2]),
    ("totalScorePrev", "numeric", [170.3, 199.0, 214.8]),
    ("totalScore", "numeric", [175.1, 204.1, 222.1]),
    ("qualifiedFinal", "binary", [0, 1, 1]),
    ("splitUp12m", "binary", [0, 0, 1]),
])
ds("h70_hepta", "Female heptathletes: event marks and training over a season.", [
    ("ath_id", "id", ["H01", "H02", "H03"]),
    ("age", "numeric", [21, 26, 30]),
    ("nat", "categorical", ["GBR", "BEL", "NED", "USA", "GER", "FRA"]),
    ("coach_typ", "categorical", ["private", "federation", "university"]),
    ("alt_camp", "binary", B),
    ("plyo_wk", "numeric", [1, 2, 4]),
    ("vo2_bl", "numeric", [52.1, 55.8, 58.3]),
    ("vo2_post", "numeric", [53.0, 57.9, 58.1]),
    ("h100_s", "numeric", [13.21, 13.55, 12.98]),
    ("h100_adj", "numeric", [13.15, 13.60, 13.01]),
    ("hj_m", "numeric", [1.74, 1.83, 1.90]),
    ("sp_m", "numeric", [13.2, 14.8, 15.5]),
    ("lj_m", "numeric", [6.05, 6.31, 6.62]),
    ("jt_m", "numeric", [41.3, 47.0, 52.9]),
    ("m800_s", "numeric", [128.4, 133.9, 137.2]),
    ("pts_pre", "numeric", [5980, 6270, 6510]),
    ("pts_post", "numeric", [6050, 6300, 6688]),
    ("inj_ssn", "binary", [0, 1, 0]),
])
ds("h70_kitebuggy", "Kite buggy pilots logged at four beaches over a summer.", [
    ("PILOT_ID", "id", ["KB-11", "KB-12", "KB-13"]),
    ("AGE", "numeric", [19, 35, 48]),
    ("SEX", "categorical", ["F", "M"]),
    ("BEACH", "categorical", ["Hoylake", "StPeterOrding", "Perranporth", "Lancing"]),
    ("BUGGY_TYPE", "categorical", ["standard", "race", "freestyle"]),
    ("KITE_M2", "numeric", [3.5, 6.0, 9.0]),
    ("WIND_KTS", "numeric", [12, 18, 25]),
    ("LESSONS", "binary", B),
    ("HELMET", "binary", [1, 1, 0]),
    ("HRS_FLOWN", "numeric", [10, 45, 120]),
    ("SKILL_PRE", "numeric", [3, 5, 7]),
    ("SKILL_POST", "numeric", [4, 6, 8]),
    ("SPEED_MAX", "numeric", [38, 55, 72]),
    ("SPEED_AVG", "numeric", [21, 30, 41]),
    ("CRASH_30D", "numeric", [0, 1, 3]),
    ("CRASH_90D", "numeric", [1, 4, 7]),
    ("INJ_SEV", "numeric", [0, 1, 3]),
])
ds("h70_landsail", "Land yachts (land sailing) racing records from dry lakes, beaches and airfields.", [
    ("boat id", "id", ["LY-201", "LY-202", "LY-203"]),
    ("sailor age", "numeric", [22, 41, 63]),
    ("yacht class", "categorical", ["class 2", "class 3", "class 5", "standart"]),
    ("venue", "categorical", ["dry lake", "beach", "airfield"]),
    ("sail area", "numeric", [5.5, 7.3, 9.0]),
    ("wheelbase", "numeric", [2.1, 2.6, 3.4]),
    ("training course", "binary", B),
    ("wind speed", "numeric", [14, 22, 31]),
    ("crew experience", "numeric", [1, 6, 20]),
    ("top speed", "numeric", [58, 81, 104]),
    ("lap time before", "numeric", [212, 190, 175]),
    ("lap time after", "numeric", [205, 184, 176]),
    ("capsizes this month", "numeric", [0, 1, 2]),
    ("capsizes this season", "numeric", [1, 3, 8]),
    ("rank", "numeric", [2, 15, 33]),
    ("rank v2", "numeric", [0.91, 0.55, 0.12]),
    ("race entries", "numeric", [3, 9, 14]),
])
ds("h70_zorbing", "Zorbing (hill rolling in an inflatable orb) customers at four sites.", [
    ("riderId", "id", ["Z-9001", "Z-9002", "Z-9003"]),
    ("ageYrs", "numeric", [12, 27, 44]),
    ("weightKg", "numeric", [48, 72, 96]),
    ("siteId", "categorical", ["Rotorua", "Dorset", "PigeonForge", "Queenstown"]),
    ("harnessType", "categorical", ["strapped", "free"]),
    ("waterZorb", "binary", B),
    ("briefingVideo", "binary", [1, 0, 1]),
    ("groupBooking", "binary", [0, 1, 1]),
    ("hillGradientPct", "numeric", [12, 18, 25]),
    ("rollSpeedKmh", "numeric", [24, 33, 45]),
    ("dizzyPre", "numeric", [0, 1, 0]),
    ("dizzyPost", "numeric", [3, 6, 8]),
    ("nauseaScore", "numeric", [1, 4, 7]),
    ("nauseaScoreV2", "numeric", [10, 38, 71]),
    ("injuryReported", "binary", [0, 0, 1]),
    ("satisfaction7d", "numeric", [6, 8, 10]),
    ("satisfaction30d", "numeric", [5, 8, 9]),
    ("rebook90d", "binary", [0, 1, 0]),
])
ds("h70_shogi", "Amateur shogi players in club leagues, followed for 12 months.", [
    ("plyr_id", "id", ["P0412", "P0413", "P0414"]),
    ("age", "numeric", [15, 34, 67]),
    ("dan_rnk", "numeric", [1, 3, 5]),
    ("opn_styl", "categorical", ["static_rook", "ranging_rook", "mixed"]),
    ("club_eng_lic", "binary", [0, 1, 1]),
    ("eng_use", "binary", B),
    ("eng_hrs_wk", "numeric", [0, 3, 9]),
    ("tsume_wk", "numeric", [5, 20, 60]),
    ("blitz_gms", "numeric", [10, 50, 200]),
    ("tourn_n", "numeric", [1, 4, 12]),
    ("elo_bl", "numeric", [1450, 1720, 1985]),
    ("elo_12m", "numeric", [1480, 1790, 1990]),
    ("win_pct", "numeric", [0.42, 0.55, 0.61]),
    ("win_pct_v2", "numeric", [0.40, 0.57, 0.63]),
    ("tm_loss", "numeric", [0, 3, 7]),
    ("castle_idx", "numeric", [0.3, 0.6, 0.8]),
    ("sente_rt", "numeric", [0.48, 0.50, 0.53]),
    ("pro_prom", "binary", [0, 0, 1]),
])
ds("h70_cribbage", "Cribbage players from clubs, pubs and online rooms, one row per player.", [
    ("player_id", "id", ["CR-1", "CR-2", "CR-3"]),
    ("age", "numeric", [29, 58, 77]),
    ("years_playing", "numeric", [2, 15, 40]),
    ("club", "categorical", ["village_hall", "pub", "online", "retirement_home"]),
    ("league_member", "binary", B),
    ("strategy_book", "binary", [0, 1, 0]),
    ("muggins_rule", "binary", [1, 0, 0]),
    ("practice_hours", "numeric", [1, 4, 10]),
    ("discard_accuracy", "numeric", [0.61, 0.74, 0.88]),
    ("discard_accuracy_v2", "numeric", [0.58, 0.77, 0.90]),
    ("pegging_points", "numeric", [38, 44, 51]),
    ("hand_points", "numeric", [7.2, 8.1, 8.9]),
    ("skunks_given", "numeric", [0, 2, 6]),
    ("win_rate_before", "numeric", [0.44, 0.51, 0.57]),
    ("win_rate_after", "numeric", [0.46, 0.53, 0.60]),
    ("games_last_month", "numeric", [4, 12, 30]),
    ("games_last_year", "numeric", [40, 150, 400]),
])
ds("h70_enamel", "Vitreous enamelling studio log: one row per fired piece.", [
    ("PIECE_ID", "id", ["EN-3301", "EN-3302", "EN-3303"]),
    ("ARTIST_EXP", "numeric", [1, 7, 25]),
    ("TECHNIQUE", "categorical", ["cloisonne", "champleve", "plique_a_jour", "grisaille"]),
    ("KILN_TYPE", "categorical", ["electric", "gas", "torch"]),
    ("FIRE_TEMP_C", "numeric", [760, 810, 850]),
    ("FIRE_SEC", "numeric", [60, 90, 150]),
    ("COATS", "numeric", [2, 4, 6]),
    ("SIFTED", "binary", B),
    ("COUNTER_EN", "binary", [1, 0, 1]),
    ("CU_GAUGE", "numeric", [18, 20, 22]),
    ("CRACK_7D", "binary", [0, 1, 0]),
    ("CRACK_30D", "binary", [0, 1, 1]),
    ("GLOSS", "numeric", [72, 85, 93]),
    ("GLOSS_V2", "numeric", [7.0, 8.4, 9.1]),
    ("COLOUR_SCR", "numeric", [5, 7, 9]),
    ("PRICE_GBP", "numeric", [45, 120, 380]),
    ("SOLD", "binary", [1, 0, 1]),
])
ds("h70_modpent", "Modern pentathletes (fencing, swim, obstacle, laser run) over an Olympic cycle.", [
    ("athleteId", "id", ["MP-21", "MP-22", "MP-23"]),
    ("ageYrs", "numeric", [19, 24, 31]),
    ("sex", "categorical", ["F", "M"]),
    ("nationTier", "categorical", ["tier1", "tier2", "tier3"]),
    ("fencingCoach", "binary", B),
    ("altitudeCamp", "binary", [0, 0, 1]),
    ("trainHrsWk", "numeric", [14, 20, 28]),
    ("laserRunPrev", "numeric", [702, 688, 671]),
    ("laserRunNow", "numeric", [695, 680, 668]),
    ("swim200Sec", "numeric", [121.5, 128.0, 134.2]),
    ("fenceWins", "numeric", [14, 20, 25]),
    ("obstacleTime", "numeric", [38.2, 44.9, 51.0]),
    ("obstacleTimeV2", "numeric", [37.9, 45.3, 50.2]),
    ("shootHitPct", "numeric", [0.72, 0.81, 0.90]),
    ("totalPtsPrev", "numeric", [1380, 1422, 1471]),
    ("totalPts", "numeric", [1395, 1430, 1480]),
    ("injured30d", "binary", [0, 1, 0]),
    ("injured90d", "binary", [0, 1, 1]),
])
ds("h70_aquarobics", "Older adults in a community water-aerobics scheme, 12-month follow-up.", [
    ("pt_id", "id", ["AQ001", "AQ002", "AQ003"]),
    ("age", "numeric", [61, 70, 82]),
    ("sex", "categorical", ["F", "M"]),
    ("centre", "categorical", ["Leeds", "Bristol", "Cardiff", "Glasgow"]),
    ("dist_pool_km", "numeric", [0.8, 3.5, 9.2]),
    ("aqua_prog", "binary", B),
    ("cls_wk", "numeric", [0, 2, 3]),
    ("pool_tmp_c", "numeric", [29, 31, 33]),
    ("knee_oa", "binary", [0, 1, 1]),
    ("bmi_bl", "numeric", [24.1, 29.8, 33.5]),
    ("bmi_6m", "numeric", [23.9, 28.7, 32.9]),
    ("sbp", "numeric", [128, 142, 156]),
    ("dbp", "numeric", [76, 84, 92]),
    ("bal_scr", "numeric", [38, 45, 52]),
    ("bal_scr_v2", "numeric", [6, 8, 11]),
    ("jnt_pain", "numeric", [2, 5, 7]),
    ("falls_6m", "numeric", [0, 1, 2]),
    ("falls_12m", "numeric", [0, 2, 4]),
])
ds("h70_slackline", "Slackliners and highliners logging sessions over three months.", [
    ("WALKER_ID", "id", ["SL-501", "SL-502", "SL-503"]),
    ("AGE", "numeric", [18, 29, 44]),
    ("SEX", "categorical", ["F", "M", "X"]),
    ("WEBBING", "categorical", ["nylon", "polyester", "dyneema"]),
    ("LINE_LEN_M", "numeric", [15, 50, 120]),
    ("LINE_HT_M", "numeric", [0.5, 20, 80]),
    ("HIGHLINE", "binary", [0, 1, 1]),
    ("LEASH", "binary", [1, 1, 0]),
    ("YOGA", "binary", B),
    ("TRAIN_WK", "numeric", [2, 5, 9]),
    ("CORE_PRE", "numeric", [45, 60, 90]),
    ("CORE_POST", "numeric", [52, 66, 95]),
    ("BAL_SCR", "numeric", [12, 18, 25]),
    ("BAL_SCR_V2", "numeric", [0.4, 0.7, 0.9]),
    ("FALLS_30D", "numeric", [2, 8, 20]),
    ("FALLS_90D", "numeric", [9, 25, 60]),
    ("ANKLE_INJ", "binary", [0, 0, 1]),
    ("SEND_RATE", "numeric", [0.2, 0.55, 0.9]),
])

QS = []
def Q(dsn, kind, q, t=None, y=None, m=None, **ex):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(ex)
    QS.append((dsn, q, e))

# ---------------- ice swimming
d = "h70_iceswim"
Q(d, "ate", "What is the average effect of the acclimatisation programme (`acclim`) on post-swim core temperature (`core_t_post`), adjusting for `wtemp_c`, `bf_pct` and `age_yr`?", "acclim", "core_t_post", covariates=["age_yr", "wtemp_c", "bf_pct"])
Q(d, "ate", "Does wearing a neoprene cap actually cut the risk of going hypothermic, or is that just confounding?", "neo_cap", "hypo_ev")
Q(d, "ate", "ate of cwi_wk on hr_12w", "cwi_wk", "hr_12w")
Q(d, "ate", "How much longer do people manage to stay in the water once they've been through the cold-adaptation course?", "acclim", "swim_min")
Q(d, "ate", "Is shivering reduced by regular cold dips?", "cwi_wk", None, clarify=True)
Q(d, "ate", "effect of acclim on resting heart rate", "acclim", "hr_12w")
Q(d, "ate", "estimate effect of neo_cap on shiv_scr_v2 controlling for wtemp_c and swim_min", "neo_cap", "shiv_scr_v2", covariates=["wtemp_c", "swim_min"])
Q(d, "ate", "Among swimmers who completed the acclimatisation programme, how much did it lower their chance of a hypothermic episode?", "acclim", "hypo_ev", estimand="att")
Q(d, "ate", "What is the effect of sauna use on hypothermia events in this data?", None, "hypo_ev", clarify=True)
Q(d, "ate", "Using `club` as an instrument, estimate the causal effect of `acclim` on `swim_min`.", "acclim", "swim_min", instrument="club")
Q(d, "cate", "What is the effect of `acclim` on `hypo_ev` when `wtemp_c` is 1?", "acclim", "hypo_ev", at={"wtemp_c": 1})
Q(d, "cate", "effect of a neoprene cap on core temp after the swim, for the Tromso club only", "neo_cap", "core_t_post", at={"club": "tromso"})
Q(d, "cate", "For whom does frequent cold immersion bring the resting pulse down the most?", "cwi_wk", "hr_12w")
Q(d, "cate", "how does the effect of acclim on swim_min vary with bf_pct", "acclim", "swim_min")
Q(d, "policy", "Which swimmers should be put through the acclimatisation programme to minimise hypothermia events?", "acclim", "hypo_ev")
Q(d, "policy", "Targeting rule: who should be told to wear a neoprene cap so that core temperature after the swim stays highest?", "neo_cap", "core_t_post")
Q(d, "mediation", "How much of the acclimatisation programme's effect on hypothermia runs through brown fat activity (`bat_idx`)?", "acclim", "hypo_ev", "bat_idx")
Q(d, "mediation", "Regular cold dips are supposed to work by switching on brown fat, which then keeps swimmers warmer inside once they get out. How big is that indirect route compared with the direct one?", "cwi_wk", "core_t_post", "bat_idx")
Q(d, "discover", "Learn the causal structure among the variables in the ice swimming data.")
Q(d, "discover", "Sketch a causal diagram for how the cold-water variables drive one another.")
Q(d, "unsupported", "Plot swim_min against wtemp_c for each club.")

# ---------------- synchro
d = "h70_synchro"
Q(d, "ate", "Estimate the ATE of `hypoxicTraining` on `breathHoldSecPost`, controlling for `breathHoldSec` and `ageYrs`.", "hypoxicTraining", "breathHoldSecPost", covariates=["ageYrs", "breathHoldSec"])
Q(d, "ate", "Do swimmers who log more hours in the water end up with higher execution marks?", "poolHrsPerWk", "execScore")
Q(d, "ate", "liftTraining -> injuredSeason, ate", "liftTraining", "injuredSeason")
Q(d, "ate", "Did switching coaches make a medal more likely, or is that association confounded?", "coachChange", "medalWon")
Q(d, "ate", "Effect of apnoea training on how long they can hold their breath?", "hypoxicTraining", "breathHoldSecPost")
Q(d, "ate", "How does lift training affect the artistic impression score?", "liftTraining", None, clarify=True)
Q(d, "ate", "average causal effect of legHeightCm on execScore adj poolHrsPerWk", "legHeightCm", "execScore", covariates=["poolHrsPerWk"])
Q(d, "ate", "Is suppleness improved by the acrobatic lift programme?", "liftTraining", "flexScorePost")
Q(d, "cate", "What is the effect of `hypoxicTraining` on `execScore` among `highlight` routines?", "hypoxicTraining", "execScore", at={"routineType": "highlight"})
Q(d, "cate", "effect of a coach change on medal odds for japanese swimmers", "coachChange", "medalWon", at={"nation": "JPN"})
Q(d, "cate", "Under the condition that a swimmer trains 30 hours a week in the pool, what does lift training do to how high the legs come out of the water?", "liftTraining", "legHeightCm", at={"poolHrsPerWk": 30})
Q(d, "cate", "For which athletes does breath-hold training raise execution scores the most?", "hypoxicTraining", "execScore")
Q(d, "policy", "Which athletes should be assigned hypoxic training to maximise execution score?", "hypoxicTraining", "execScore")
Q(d, "policy", "Design a rule for who gets acrobatic lift training so that medal chances are maximised.", "liftTraining", "medalWon")
Q(d, "policy", "allocate liftTraining to minimise injuredSeason", "liftTraining", "injuredSeason")
Q(d, "mediation", "Breath-hold training works by extending how long swimmers can stay under, which then lifts their execution marks. How much of the effect is indirect?", "hypoxicTraining", "execScore", "breathHoldSecPost")
Q(d, "mediation", "What share of the effect of `liftTraining` on `execScore` is mediated by `legHeightCm`?", "liftTraining", "execScore", "legHeightCm")
Q(d, "mediation", "How much of lift training's effect on winning medals goes through gains in upper-body strength?", "liftTraining", "medalWon", None, clarify=True)
Q(d, "discover", "Which variables in the synchro data drive which? Recover the dependencies.")
Q(d, "unsupported", "Impute the missing values in breathHoldSec using the column median.")

# ---------------- free running
d = "h70_freerun"
Q(d, "ate", "What is the average effect of attending coached classes on getting injured?", "coached", "injury")
Q(d, "ate", "ATE of `landing_drills` on `injury`, adjusting for `years_training` and `terrain`.", "landing_drills", "injury", covariates=["years_training", "terrain"])
Q(d, "ate", "strength sessions effect on jump distance", "strength_sessions", "jump_distance_after")
Q(d, "ate", "Do landing drills cut the number of falls?", "landing_drills", None, clarify=True)
Q(d, "ate", "Do more video views cause a runner to get sponsored, or is it just confounding?", "video_views", "sponsored")
Q(d, "ate", "ate coached on confidence_v2 adj age gender", "coached", "confidence_v2", covariates=["age", "gender"])
Q(d, "ate", "How much further can people leap after doing gym work?", "strength_sessions", "jump_distance_after")
Q(d, "ate", "For runners who never took coached classes, what would coaching have done to their falls over the last quarter?", "coached", "falls_last_quarter", estimand="atc")
Q(d, "cate", "Effect of landing drills on injury for rooftop runners.", "landing_drills", "injury", at={"terrain": "rooftop"})
Q(d, "cate", "what do coached classes do to self-belief (`confidence`) among 16-year-olds?", "coached", "confidence", at={"age": 16})
Q(d, "cate", "How does the benefit of strength sessions on jump distance vary with years of training?", "strength_sessions", "jump_distance_after")
Q(d, "cate", "effect of coached on injury when years_training = 2", "coached", "injury", at={"years_training": 2})
Q(d, "policy", "Who should be enrolled in landing drills to keep injuries down?", "landing_drills", "injury")
Q(d, "policy", "Recommend which runners get coaching so that falls in the last month drop the most.", "coached", "falls_last_month")
Q(d, "policy", "Which traceurs should be prescribed strength sessions to maximise how far they can jump?", "strength_sessions", "jump_distance_after")
Q(d, "mediation", "Coaching works by building self-assurance (`confidence`), which then reduces injuries. Quantify the direct and indirect parts.", "coached", "injury", "confidence")
Q(d, "mediation", "Does strength work get runners sponsored because they jump further afterwards? Decompose that effect via jump_distance_after.", "strength_sessions", "sponsored", "jump_distance_after")
Q(d, "discover", "Map out what causes what among the free running variables.")
Q(d, "unsupported", "Give me the mean and median jump_distance_after by terrain.")

# ---------------- figure skating
d = "h70_figskate"
Q(d, "ate", "Estimate the effect of `JUMP_CAMP` on `TES_POST` controlling for `TES_PRE`, `AGE` and `LEVEL`.", "JUMP_CAMP", "TES_POST", covariates=["AGE", "LEVEL", "TES_PRE"])
Q(d, "ate", "Does a new pair of boots make skaters fall more?", "BOOT_NEW", None, clarify=True)
Q(d, "ate", "choreo_chg effect on pcs_v2", "CHOREO_CHG", "PCS_V2")
Q(d, "ate", "Is a podium finish made more likely by off-ice conditioning hours?", "OFF_ICE_HRS", "PODIUM")
Q(d, "ate", "Effect of the jump camp on the technical element score?", "JUMP_CAMP", "TES_POST")
Q(d, "ate", "Do quad attempts really raise the odds of a medal finish, or is that spurious because stronger skaters try quads?", "QUAD_ATT", "PODIUM")
Q(d, "ate", "ATE of BOOT_NEW on FALLS_FS, adj OFF_ICE_HRS", "BOOT_NEW", "FALLS_FS", covariates=["OFF_ICE_HRS"])
Q(d, "ate", "For skaters who went to the jump camp, what did it do to their final placing?", "JUMP_CAMP", "RANK_FINAL", estimand="att")
Q(d, "cate", "effect of JUMP_CAMP on QUAD_ATT among junior skaters", "JUMP_CAMP", "QUAD_ATT", at={"LEVEL": "junior"})
Q(d, "cate", "What does changing choreography do to programme component marks for Japanese skaters?", "CHOREO_CHG", None, clarify=True, at={"FED": "JPN"})
Q(d, "cate", "Does off-ice training pay off more for older skaters? Show how the effect on TES_POST changes with AGE.", "OFF_ICE_HRS", "TES_POST")
Q(d, "cate", "For skaters doing 10 hours off-ice per week, what is the effect of jump camp on reaching the podium?", "JUMP_CAMP", "PODIUM", at={"OFF_ICE_HRS": 10})
Q(d, "policy", "Which skaters should we send to jump camp to maximise their podium chances?", "JUMP_CAMP", "PODIUM")
Q(d, "policy", "Rule for who should switch choreography to raise `PCS`.", "CHOREO_CHG", "PCS")
Q(d, "policy", "Who benefits from new boots in terms of fewer free-skate falls? Give a targeting policy.", "BOOT_NEW", "FALLS_FS")
Q(d, "mediation", "How much of the JUMP_CAMP effect on PODIUM is mediated by QUAD_ATT?", "JUMP_CAMP", "PODIUM", "QUAD_ATT")
Q(d, "mediation", "Off-ice work pays off through more quadruple jumps being tried, which in turn push the technical score up: how much of the effect flows that way?", "OFF_ICE_HRS", "TES_POST", "QUAD_ATT")
Q(d, "discover", "Find the causal graph of the figure skating dataset.")
Q(d, "unsupported", "Predict RANK_FINAL for next season's skaters.")

# ---------------- ice dance
d = "h70_icedance"
Q(d, "ate", "What's the average effect of hiring a star choreographer on the couple's total score?", "starChoreographer", "totalScore")
Q(d, "ate", "ATE of `ballroomBg` on `freeDanceScore`, adjusting for `partnerYrs`.", "ballroomBg", "freeDanceScore", covariates=["partnerYrs"])
Q(d, "ate", "effect of partnerYrs on twizzleSync", "partnerYrs", "twizzleSync")
Q(d, "ate", "Are couples with a big age difference more likely to break up within a year, causally speaking?", "ageGapYrs", "splitUp12m")
Q(d, "ate", "Does off-ice work improve twizzle synchronisation?", "offIceSessionsWk", None, clarify=True)
Q(d, "ate", "effect of star choreographer on qualifying for the final, adj country and partnerYrs", "starChoreographer", "qualifiedFinal", covariates=["country", "partnerYrs"])
Q(d, "ate", "Is the rhythm dance mark raised by a ballroom dancing past, or is that confounding?", "ballroomBg", "rhythmDanceScore")
Q(d, "ate", "How many extra free dance points does each step up in lift difficulty (`liftLevel`) cause, holding `partnerYrs` and `offIceSessionsWk` fixed?", "liftLevel", "freeDanceScore", covariates=["partnerYrs", "offIceSessionsWk"])
Q(d, "cate", "effect of starChoreographer on totalScore for tango programmes", "starChoreographer", "totalScore", at={"musicGenre": "tango"})
Q(d, "cate", "What does a ballroom background do to the free dance score for couples who have skated together for 5 years?", "ballroomBg", "freeDanceScore", at={"partnerYrs": 5})
Q(d, "cate", "How does the effect of off-ice sessions on making the final vary by country?", "offIceSessionsWk", "qualifiedFinal")
Q(d, "cate", "Among Canadian couples, ATE of liftLevel on freeDanceScore.", "liftLevel", "freeDanceScore", at={"country": "CAN"})
Q(d, "policy", "Which couples should get a star choreographer to maximise their chance of qualifying for the final?", "starChoreographer", "qualifiedFinal")
Q(d, "policy", "who should add off-ice sessions to push their total score up", "offIceSessionsWk", "totalScore")
Q(d, "mediation", "How much of ballroom background's effect on total score is through tighter twizzles (`twizzleSyncV2`)?", "ballroomBg", "totalScore", "twizzleSyncV2")
Q(d, "mediation", "Star choreographers help by raising lift difficulty, which in turn lifts the free dance mark. Direct vs indirect?", "starChoreographer", "freeDanceScore", "liftLevel")
Q(d, "mediation", "Does off-ice work raise the rhythm dance score by way of twizzleSync? Split the direct and indirect effects.", "offIceSessionsWk", "rhythmDanceScore", "twizzleSync")
Q(d, "discover", "Which of these ice dance variables causally influence which others?")
Q(d, "unsupported", "Rank the couples by totalScore and show the top five.")

# ---------------- heptathlon
d = "h70_hepta"
Q(d, "ate", "Estimate the ATE of `alt_camp` on `vo2_post` adjusting for `vo2_bl` and `age`.", "alt_camp", "vo2_post", covariates=["age", "vo2_bl"])
Q(d, "ate", "How much does an altitude camp raise total heptathlon points?", "alt_camp", "pts_post")
Q(d, "ate", "plyo_wk effect on lj_m", "plyo_wk", "lj_m")
Q(d, "ate", "Does piling on bounding and box-jump sessions cause injuries over the season?", "plyo_wk", "inj_ssn")
Q(d, "ate", "Is the 800 m time cut by altitude training, or is the link spurious?", "alt_camp", "m800_s")
Q(d, "ate", "effect of plyo on hurdle times?", "plyo_wk", None, clarify=True)
Q(d, "ate", "ATE plyo_wk -> hj_m, controlling nat, coach_typ", "plyo_wk", "hj_m", covariates=["nat", "coach_typ"])
Q(d, "ate", "Would the athletes who skipped altitude camp have scored more points had they gone?", "alt_camp", "pts_post", estimand="atc")
Q(d, "cate", "effect of alt_camp on m800_s for federation-coached athletes", "alt_camp", "m800_s", at={"coach_typ": "federation"})
Q(d, "cate", "What do plyometrics do to long jump distance among 30-year-olds?", "plyo_wk", "lj_m", at={"age": 30})
Q(d, "cate", "Who gains the most heptathlon points from altitude camps?", "alt_camp", "pts_post")
Q(d, "cate", "When athletes do 3 plyo sessions a week, what does altitude camp do to `vo2_post`?", "alt_camp", "vo2_post", at={"plyo_wk": 3})
Q(d, "policy", "Which heptathletes should be sent to altitude camp to maximise points?", "alt_camp", "pts_post")
Q(d, "policy", "optimal assignment of plyo_wk to minimise inj_ssn", "plyo_wk", "inj_ssn")
Q(d, "policy", "Who should get altitude training if the aim is a quicker 800 metres?", "alt_camp", "m800_s")
Q(d, "mediation", "How much of altitude camp's effect on 800m time goes through aerobic capacity (`vo2_post`)?", "alt_camp", "m800_s", "vo2_post")
Q(d, "mediation", "Plyometrics improve the long jump, which then raises overall points. How much of the plyo_wk effect on pts_post is via lj_m?", "plyo_wk", "pts_post", "lj_m")
Q(d, "mediation", "altitude camp -> vo2_post -> pts_post, natural direct and indirect effects", "alt_camp", "pts_post", "vo2_post")
Q(d, "discover", "Structure learning over the heptathlon event results.")
Q(d, "discover", "What are the cause-effect links between the seven event marks and training?")

# ---------------- kite buggy
d = "h70_kitebuggy"
Q(d, "ate", "What is the average effect of `LESSONS` on `CRASH_90D`, adjusting for `WIND_KTS` and `HRS_FLOWN`?", "LESSONS", "CRASH_90D", covariates=["WIND_KTS", "HRS_FLOWN"])
Q(d, "ate", "Do helmets lower how badly pilots get hurt, or is that just confounding?", "HELMET", "INJ_SEV")
Q(d, "ate", "kite size effect on speed", "KITE_M2", None, clarify=True)
Q(d, "ate", "ate lessons skill", "LESSONS", "SKILL_POST")
Q(d, "ate", "How much faster does a bigger kite make you at peak velocity?", "KITE_M2", "SPEED_MAX")
Q(d, "ate", "Are crashes in the past month caused by flying in stronger winds?", "WIND_KTS", "CRASH_30D")
Q(d, "ate", "For pilots who took lessons, how many crashes over the last 90 days did the lessons prevent?", "LESSONS", "CRASH_90D", estimand="att")
Q(d, "ate", "Treat BEACH as an instrument for LESSONS and estimate the effect on SKILL_POST.", "LESSONS", "SKILL_POST", instrument="BEACH")
Q(d, "cate", "effect of LESSONS on SKILL_POST at Perranporth", "LESSONS", "SKILL_POST", at={"BEACH": "Perranporth"})
Q(d, "cate", "What does a helmet do for injury severity at 25 knots of wind?", "HELMET", "INJ_SEV", at={"WIND_KTS": 25})
Q(d, "cate", "How does the effect of kite area on average speed differ across buggy types?", "KITE_M2", "SPEED_AVG")
Q(d, "cate", "effect of lessons on 30-day crashes among race buggies", "LESSONS", "CRASH_30D", at={"BUGGY_TYPE": "race"})
Q(d, "policy", "Who should be pushed into lessons to minimise crashes over 90 days?", "LESSONS", "CRASH_90D")
Q(d, "policy", "Targeting: which pilots should be made to wear helmets to minimise injury severity?", "HELMET", "INJ_SEV")
Q(d, "policy", "Who should get lessons to reduce crashes?", "LESSONS", None, clarify=True)
Q(d, "mediation", "How much of the effect of lessons on crashes in the last 30 days is explained by the skill gained (`SKILL_POST`)?", "LESSONS", "CRASH_30D", "SKILL_POST")
Q(d, "mediation", "Bigger kites cause worse injuries because they go faster at the top end: split the direct and indirect effects.", "KITE_M2", "INJ_SEV", "SPEED_MAX")
Q(d, "discover", "Which kite buggy variables are causes of which?")
Q(d, "unsupported", "Clean the WIND_KTS column: some rows have negative values.")

# ---------------- land sailing
d = "h70_landsail"
Q(d, "ate", "What is the effect of the training course on lap time?", "training course", "lap time after")
Q(d, "ate", "ATE of `sail area` on `top speed`, controlling for `wind speed` and `yacht class`.", "sail area", "top speed", covariates=["yacht class", "wind speed"])
Q(d, "ate", "Does a longer wheelbase reduce capsizes?", "wheelbase", None, clarify=True)
Q(d, "ate", "training course effect on rank v2", "training course", "rank v2")
Q(d, "ate", "Do more years of crew experience mean fewer capsizes over the season, or is it confounded?", "crew experience", "capsizes this season")
Q(d, "ate", "effect of wind speed on top speed adj sail area", "wind speed", "top speed", covariates=["sail area"])
Q(d, "ate", "Is the number of races entered driven by having done the course?", "training course", "race entries")
Q(d, "ate", "how much did the course improve lap times for those who took it", "training course", "lap time after", estimand="att")
Q(d, "ate", "effect of tyre pressure on top speed", None, "top speed", clarify=True)
Q(d, "cate", "effect of the training course on `lap time after` at the airfield venue", "training course", "lap time after", at={"venue": "airfield"})
Q(d, "cate", "What does sail area do to capsizes this season when the wind is blowing 30 knots?", "sail area", "capsizes this season", at={"wind speed": 30})
Q(d, "cate", "Which kinds of sailors benefit most from the training course in terms of top speed?", "training course", "top speed")
Q(d, "cate", "Under the condition that the yacht is class 5, what is the effect of wheelbase on top speed?", "wheelbase", "top speed", at={"yacht class": "class 5"})
Q(d, "policy", "Who should be offered the training course to get the best lap times?", "training course", "lap time after")
Q(d, "policy", "Which sailors should we put on the course to cut capsizes this month?", "training course", "capsizes this month")
Q(d, "policy", "allocation rule for training course, maximise race entries", "training course", "race entries")
Q(d, "mediation", "The course works by teaching sailors to go faster, which then improves their placing. How much of the course's effect on `rank` is via `top speed`?", "training course", "rank", "top speed")
Q(d, "mediation", "What fraction of sail area's effect on lap time after is mediated by top speed?", "sail area", "lap time after", "top speed")
Q(d, "discover", "Run causal discovery on the land sailing table.")
Q(d, "unsupported", "What is the correlation between wheelbase and sail area?")

# ---------------- zorbing
d = "h70_zorbing"
Q(d, "ate", "ATE of `waterZorb` on `nauseaScoreV2`, adjusting for `hillGradientPct` and `ageYrs`.", "waterZorb", "nauseaScoreV2", covariates=["ageYrs", "hillGradientPct"])
Q(d, "ate", "Does watching the safety film before the roll cut injuries?", "briefingVideo", "injuryReported")
Q(d, "ate", "effect of hillGradientPct on dizziness", "hillGradientPct", "dizzyPost")
Q(d, "ate", "Are riders who book as a group more likely to come back within 90 days because of the group, or is that confounding?", "groupBooking", "rebook90d")
Q(d, "ate", "Does adding water to the ball make people happier?", "waterZorb", None, clarify=True)
Q(d, "ate", "rollSpeedKmh effect on injuryReported adj weightKg", "rollSpeedKmh", "injuryReported", covariates=["weightKg"])
Q(d, "ate", "How much does a heavier rider change how fast the orb rolls?", "weightKg", "rollSpeedKmh")
Q(d, "ate", "effect of waterZorb on satisfaction30d for riders who didn't pick the water option", "waterZorb", "satisfaction30d", estimand="atc")
Q(d, "cate", "effect of briefingVideo on injuryReported for strapped harness riders", "briefingVideo", "injuryReported", at={"harnessType": "strapped"})
Q(d, "cate", "Among riders at Queenstown, what does the water zorb do to satisfaction a month later?", "waterZorb", "satisfaction30d", at={"siteId": "Queenstown"})
Q(d, "cate", "For riders weighing 90 kg, what is the effect of slope steepness on roll speed?", "hillGradientPct", "rollSpeedKmh", at={"weightKg": 90})
Q(d, "cate", "How does the nausea effect of water zorbing differ by age?", "waterZorb", None, clarify=True)
Q(d, "policy", "Which customers should be offered the water zorb so that they rebook within 90 days?", "waterZorb", "rebook90d")
Q(d, "policy", "Who should be shown the briefing video to minimise injuries?", "briefingVideo", "injuryReported")
Q(d, "mediation", "How much of the water zorb's effect on 7-day satisfaction is via nausea (`nauseaScore`)?", "waterZorb", "satisfaction7d", "nauseaScore")
Q(d, "mediation", "Steeper hills cause injuries by making the ball roll faster. What share is direct vs indirect?", "hillGradientPct", "injuryReported", "rollSpeedKmh")
Q(d, "discover", "Discover the causal relationships among the zorbing variables.")
Q(d, "discover", "which zorbing measures are upstream of which? figure out the causal ordering")

# ---------------- shogi
d = "h70_shogi"
Q(d, "ate", "Estimate the ATE of `eng_use` on `elo_12m`, adjusting for `elo_bl`, `age` and `dan_rnk`.", "eng_use", "elo_12m", covariates=["age", "dan_rnk", "elo_bl"])
Q(d, "ate", "Does doing tsume puzzles make you a stronger player?", "tsume_wk", "elo_12m")
Q(d, "ate", "blitz_gms -> tm_loss ate", "blitz_gms", "tm_loss")
Q(d, "ate", "Does studying with an engine raise win rate?", "eng_use", None, clarify=True)
Q(d, "ate", "Is promotion to professional caused by engine study hours, or is it merely confounded?", "eng_hrs_wk", "pro_prom")
Q(d, "ate", "effect of tsume_wk on win_pct_v2 controlling for opn_styl", "tsume_wk", "win_pct_v2", covariates=["opn_styl"])
Q(d, "ate", "how much does entering more tournaments lift the rating a year on", "tourn_n", "elo_12m")
Q(d, "ate", "For players who used an AI engine, what did it do to their rating after 12 months?", "eng_use", "elo_12m", estimand="att")
Q(d, "ate", "With club_eng_lic as an instrument, what does engine study (eng_use) do to elo_12m?", "eng_use", "elo_12m", instrument="club_eng_lic")
Q(d, "ate", "Is there a causal effect between blitz_gms and tm_loss? Not sure which way it runs.", None, None, clarify=True)
Q(d, "cate", "effect of eng_use on elo_12m among ranging rook players", "eng_use", "elo_12m", at={"opn_styl": "ranging_rook"})
Q(d, "cate", "what does tsume practice do to losses on time for players who play 50 blitz games?", "tsume_wk", "tm_loss", at={"blitz_gms": 50})
Q(d, "cate", "For whom does engine study help the rating most?", "eng_use", "elo_12m")
Q(d, "cate", "effect of engine use on turning pro for 3-dan players", "eng_use", "pro_prom", at={"dan_rnk": 3})
Q(d, "policy", "Which players should adopt engine study to maximise their chance of turning professional?", "eng_use", "pro_prom")
Q(d, "policy", "Who should be assigned more tsume problems to lift their rating?", "tsume_wk", "elo_12m")
Q(d, "policy", "targeting rule for eng_use to max win_pct", "eng_use", "win_pct")
Q(d, "mediation", "How much of the engine's effect on rating runs through castle solidity (`castle_idx`)?", "eng_use", "elo_12m", "castle_idx")
Q(d, "mediation", "Tsume practice works by cutting time-pressure losses, which then lifts the rating. Quantify the indirect share.", "tsume_wk", "elo_12m", "tm_loss")
Q(d, "discover", "What causes what in the shogi players data? Find the DAG.")
Q(d, "unsupported", "Write a SQL query to get the top 10 players by elo_12m.")

# ---------------- cribbage
d = "h70_cribbage"
Q(d, "ate", "What's the effect of reading a strategy book on winning?", "strategy_book", "win_rate_after")
Q(d, "ate", "ATE of `league_member` on `win_rate_after` adjusting for `win_rate_before` and `years_playing`.", "league_member", "win_rate_after", covariates=["years_playing", "win_rate_before"])
Q(d, "ate", "practice hours -> discard accuracy", "practice_hours", None, clarify=True)
Q(d, "ate", "strategy_book on pegging_points", "strategy_book", "pegging_points")
Q(d, "ate", "Does playing with the muggins rule make people count their hands better, i.e. score more per hand?", "muggins_rule", "hand_points")
Q(d, "ate", "Are skunks handed out more because of league membership, or is it confounding?", "league_member", "skunks_given")
Q(d, "ate", "effect of practice_hours on win_rate_after adj age, club", "practice_hours", "win_rate_after", covariates=["age", "club"])
Q(d, "ate", "Does joining a league make people play more games over the past year?", "league_member", "games_last_year")
Q(d, "ate", "effect of caffeine intake on win rate", None, "win_rate_after", clarify=True)
Q(d, "cate", "effect of strategy_book on win_rate_after among pub players", "strategy_book", "win_rate_after", at={"club": "pub"})
Q(d, "cate", "For players with 20 years at the board, what does the strategy book do to `discard_accuracy_v2`?", "strategy_book", "discard_accuracy_v2", at={"years_playing": 20})
Q(d, "cate", "Who gains most from joining a league in terms of how often they win?", "league_member", "win_rate_after")
Q(d, "cate", "when age is 70, effect of practice_hours on pegging_points", "practice_hours", "pegging_points", at={"age": 70})
Q(d, "policy", "Which players should we give a strategy book to, to maximise their win rate?", "strategy_book", "win_rate_after")
Q(d, "policy", "Who should be encouraged to join a league to raise how often they win?", "league_member", "win_rate_after")
Q(d, "mediation", "The strategy book works by improving discarding (`discard_accuracy`), which then raises the win rate. How much is indirect?", "strategy_book", "win_rate_after", "discard_accuracy")
Q(d, "mediation", "How much of the effect of practice_hours on win_rate_after is through pegging_points?", "practice_hours", "win_rate_after", "pegging_points")
Q(d, "discover", "Which cribbage variables cause which? Uncover the cause-and-effect wiring.")

# ---------------- enamelling
d = "h70_enamel"
Q(d, "ate", "Estimate the average effect of `COUNTER_EN` on `CRACK_30D`, adjusting for `CU_GAUGE` and `FIRE_TEMP_C`.", "COUNTER_EN", "CRACK_30D", covariates=["FIRE_TEMP_C", "CU_GAUGE"])
Q(d, "ate", "Does enamelling the back of the copper stop pieces cracking?", "COUNTER_EN", None, clarify=True)
Q(d, "ate", "fire_temp_c effect on gloss_v2", "FIRE_TEMP_C", "GLOSS_V2")
Q(d, "ate", "Does leaving a piece in the kiln longer make the colours richer?", "FIRE_SEC", "COLOUR_SCR")
Q(d, "ate", "How much does sifting the enamel raise the selling price?", "SIFTED", "PRICE_GBP")
Q(d, "ate", "Are pieces more likely to sell because they have more layers, or is that confounded?", "COATS", "SOLD")
Q(d, "ate", "ATE of SIFTED on GLOSS adj KILN_TYPE, COATS", "SIFTED", "GLOSS", covariates=["KILN_TYPE", "COATS"])
Q(d, "ate", "For pieces that were not counter-enamelled, what would counter-enamelling have done to cracking within a week?", "COUNTER_EN", "CRACK_7D", estimand="atc")
Q(d, "cate", "effect of FIRE_TEMP_C on COLOUR_SCR for torch-fired pieces", "FIRE_TEMP_C", "COLOUR_SCR", at={"KILN_TYPE": "torch"})
Q(d, "cate", "What does counter-enamel do to 30-day cracking on 18-gauge copper?", "COUNTER_EN", "CRACK_30D", at={"CU_GAUGE": 18})
Q(d, "cate", "How does the effect of sifting on price vary by technique?", "SIFTED", "PRICE_GBP")
Q(d, "cate", "Among plique-a-jour pieces, the effect of `COATS` on `GLOSS`.", "COATS", "GLOSS", at={"TECHNIQUE": "plique_a_jour"})
Q(d, "policy", "Which pieces should be counter-enamelled to minimise 30-day cracking?", "COUNTER_EN", "CRACK_30D")
Q(d, "policy", "Pick which pieces to sift so that we sell the most.", "SIFTED", "SOLD")
Q(d, "policy", "firing temperature rule per piece to maximise COLOUR_SCR", "FIRE_TEMP_C", "COLOUR_SCR")
Q(d, "mediation", "How much of the sifting effect on price runs through surface shine (`GLOSS_V2`)?", "SIFTED", "PRICE_GBP", "GLOSS_V2")
Q(d, "mediation", "Hotter firing raises colour quality, which in turn makes pieces sell. How much of the temperature effect on SOLD is via COLOUR_SCR?", "FIRE_TEMP_C", "SOLD", "COLOUR_SCR")
Q(d, "mediation", "counter_en -> crack_7d -> sold: indirect effect?", "COUNTER_EN", "SOLD", "CRACK_7D")
Q(d, "discover", "learn causal structure, enamelling data")
Q(d, "unsupported", "Forecast next quarter's PRICE_GBP.")

# ---------------- modern pentathlon
d = "h70_modpent"
Q(d, "ate", "ATE of `fencingCoach` on `fenceWins`, controlling for `ageYrs` and `nationTier`.", "fencingCoach", "fenceWins", covariates=["ageYrs", "nationTier"])
Q(d, "ate", "Does altitude training make the laser run faster?", "altitudeCamp", "laserRunNow")
Q(d, "ate", "trainHrsWk -> injury", "trainHrsWk", None, clarify=True)
Q(d, "ate", "effect of altitudeCamp on totalPts", "altitudeCamp", "totalPts")
Q(d, "ate", "Is shooting accuracy improved by having a specialist fencing coach, or is it just confounding?", "fencingCoach", "shootHitPct")
Q(d, "ate", "How much quicker is the 200 m swim for athletes who train more hours?", "trainHrsWk", "swim200Sec")
Q(d, "ate", "effect of trainHrsWk on obstacleTimeV2 adj sex", "trainHrsWk", "obstacleTimeV2", covariates=["sex"])
Q(d, "ate", "For athletes who attended the altitude camp, what was the effect on their total points?", "altitudeCamp", "totalPts", estimand="att")
Q(d, "ate", "effect of horse draw quality on total points", None, "totalPts", clarify=True)
Q(d, "cate", "effect of fencingCoach on totalPts for tier3 nations", "fencingCoach", "totalPts", at={"nationTier": "tier3"})
Q(d, "cate", "At 20 training hours per week, what does altitude camp do to laser-run time?", "altitudeCamp", "laserRunNow", at={"trainHrsWk": 20})
Q(d, "cate", "How does the benefit of a fencing coach on bouts won vary with age?", "fencingCoach", "fenceWins")
Q(d, "cate", "among women, altitudeCamp -> injured90d", "altitudeCamp", "injured90d", at={"sex": "F"})
Q(d, "policy", "Which pentathletes should get a dedicated fencing coach to maximise total points?", "fencingCoach", "totalPts")
Q(d, "policy", "Who should go to altitude camp so their laser-run times drop most?", "altitudeCamp", "laserRunNow")
Q(d, "policy", "allocation of trainHrsWk to minimise injured90d", "trainHrsWk", "injured90d")
Q(d, "mediation", "How much of the fencing coach effect on total points is via bouts won in fencing?", "fencingCoach", "totalPts", "fenceWins")
Q(d, "mediation", "Altitude camp works by speeding up the laser run, which then adds points. Direct vs indirect?", "altitudeCamp", "totalPts", "laserRunNow")
Q(d, "mediation", "Decompose the effect of `trainHrsWk` on `totalPts` into the part through `swim200Sec` and the rest.", "trainHrsWk", "totalPts", "swim200Sec")
Q(d, "discover", "Which modern pentathlon measures causally drive the others?")
Q(d, "unsupported", "Make a histogram of swim200Sec.")

# ---------------- aquarobics
d = "h70_aquarobics"
Q(d, "ate", "Estimate the effect of `aqua_prog` on `bmi_6m`, adjusting for `bmi_bl`, `age` and `sex`.", "aqua_prog", "bmi_6m", covariates=["age", "sex", "bmi_bl"])
Q(d, "ate", "Does water aerobics lower blood pressure?", "aqua_prog", None, clarify=True)
Q(d, "ate", "cls_wk -> jnt_pain ate", "cls_wk", "jnt_pain")
Q(d, "ate", "Is joint pain eased by the aqua programme, or is that confounding?", "aqua_prog", "jnt_pain")
Q(d, "ate", "How much does going to more sessions each week cut body mass index?", "cls_wk", "bmi_6m")
Q(d, "ate", "effect of aqua_prog on falls_12m adj knee_oa age", "aqua_prog", "falls_12m", covariates=["age", "knee_oa"])
Q(d, "ate", "Does a warmer pool reduce aches in the joints?", "pool_tmp_c", "jnt_pain")
Q(d, "ate", "For participants who took part in the programme, how much did it change their systolic pressure?", "aqua_prog", "sbp", estimand="att")
Q(d, "ate", "Using distance to the pool (`dist_pool_km`) as an instrument, estimate the effect of `aqua_prog` on `falls_12m`.", "aqua_prog", "falls_12m", instrument="dist_pool_km")
Q(d, "cate", "effect of aqua_prog on jnt_pain for people with knee osteoarthritis", "aqua_prog", "jnt_pain", at={"knee_oa": 1})
Q(d, "cate", "What does the programme do to balance (`bal_scr_v2`) for 75-year-olds?", "aqua_prog", "bal_scr_v2", at={"age": 75})
Q(d, "cate", "How does the effect of the programme on falls in six months vary by centre?", "aqua_prog", "falls_6m")
Q(d, "cate", "at 32C pool temperature, effect of cls_wk on dbp", "cls_wk", "dbp", at={"pool_tmp_c": 32})
Q(d, "policy", "Which older adults should be referred to aquarobics to minimise falls over 12 months?", "aqua_prog", "falls_12m")
Q(d, "policy", "Who should be referred to the aqua programme to reduce joint pain?", "aqua_prog", "jnt_pain")
Q(d, "policy", "Who should attend more classes per week to lower their diastolic pressure?", "cls_wk", "dbp")
Q(d, "mediation", "How much of the programme's effect on falls_12m is mediated by `bal_scr`?", "aqua_prog", "falls_12m", "bal_scr")
Q(d, "mediation", "Aqua classes work by bringing weight down, which then lowers systolic pressure. What share is indirect?", "aqua_prog", "sbp", "bmi_6m")
Q(d, "mediation", "decompose effect of cls_wk on falls_6m via jnt_pain", "cls_wk", "falls_6m", "jnt_pain")
Q(d, "discover", "Find the causal graph among the aquarobics health measures.")
Q(d, "discover", "Uncover which of the water-aerobics variables directly affect the others.")
Q(d, "unsupported", "Summarise bmi_bl by centre.")

# ---------------- slackline
d = "h70_slackline"
Q(d, "ate", "ATE of `YOGA` on `BAL_SCR_V2`, adjusting for `AGE` and `TRAIN_WK`.", "YOGA", "BAL_SCR_V2", covariates=["AGE", "TRAIN_WK"])
Q(d, "ate", "Does practising yoga make slackliners steadier?", "YOGA", None, clarify=True)
Q(d, "ate", "train_wk -> core_post", "TRAIN_WK", "CORE_POST")
Q(d, "ate", "Does using a leash reduce ankle injuries?", "LEASH", "ANKLE_INJ")
Q(d, "ate", "How much does line length affect the share of lines walked end to end?", "LINE_LEN_M", "SEND_RATE")
Q(d, "ate", "Are falls over the last 90 days driven by highlining, or is it confounding?", "HIGHLINE", "FALLS_90D")
Q(d, "ate", "effect of training volume on core strength", "TRAIN_WK", "CORE_POST")
Q(d, "ate", "ATE TRAIN_WK on FALLS_30D adj LINE_LEN_M, WEBBING", "TRAIN_WK", "FALLS_30D", covariates=["WEBBING", "LINE_LEN_M"])
Q(d, "cate", "effect of YOGA on SEND_RATE among dyneema lines", "YOGA", "SEND_RATE", at={"WEBBING": "dyneema"})
Q(d, "cate", "For lines 50 m long, what does training volume do to falls in the past 30 days?", "TRAIN_WK", "FALLS_30D", at={"LINE_LEN_M": 50})
Q(d, "cate", "Who benefits most from yoga in terms of send rate?", "YOGA", "SEND_RATE")
Q(d, "cate", "Under the condition that the line is rigged 20 m up, what does a leash do to ankle injuries?", "LEASH", "ANKLE_INJ", at={"LINE_HT_M": 20})
Q(d, "policy", "Which walkers should take up yoga to maximise send rate?", "YOGA", "SEND_RATE")
Q(d, "policy", "Who should be told to train more to keep 90-day falls down?", "TRAIN_WK", "FALLS_90D")
Q(d, "policy", "Which slackliners should wear a leash to avoid ankle injuries?", "LEASH", "ANKLE_INJ")
Q(d, "mediation", "How much of the training effect on send rate goes through core strength (`CORE_POST`)?", "TRAIN_WK", "SEND_RATE", "CORE_POST")
Q(d, "mediation", "Yoga helps by improving balance (BAL_SCR), which then cuts falls over 90 days. Quantify direct and indirect effects.", "YOGA", "FALLS_90D", "BAL_SCR")
Q(d, "discover", "Learn the dependency structure between the slackline variables.")
Q(d, "discover", "Build the causal graph for the slackline sessions data.")
Q(d, "unsupported", "Predict SEND_RATE from LINE_LEN_M with a regression.")

# ---------------- no-dataset items
N = "none"
for q in ["hello! what can you do?",
          "Tell me a joke about cribbage.",
          "Write a Python function to reverse a string.",
          "What's the capital of Norway?",
          "Translate 'balance board' into Japanese.",
          "Can you recommend a good book on the history of figure skating?",
          "Convert 25 knots to km/h.",
          "Summarise the rules of modern pentathlon in three sentences."]:
    Q(N, "unsupported", q)

A = [
 ("Would a chatbot recommend a different sponsorship deal for a figure skater if the skater's race were changed but everything else kept the same?", "race", "sponsorship deal"),
 ("Audit whether our LLM changes its loan approval when only the applicant's gender is swapped.", "gender", "loan approval"),
 ("Does the AI assistant change its team selection recommendation when an athlete's age is altered and all else is held fixed?", "age", "team selection recommendation"),
 ("If I change the applicant's name from Emily to Lakisha, does the language model's hiring recommendation change?", "name", "hiring recommendation"),
 ("Test whether the model's rental approval flips when the applicant's religion is changed from Christian to Muslim, all else equal.", "religion", "rental approval"),
 ("counterfactual fairness check: does the chatbot's scholarship award change with disability status?", "disability status", "scholarship award"),
 ("Would the voice assistant give a different interview rating if only the candidate's accent changed?", "accent", "interview rating"),
 ("Does an AI triage system give a different triage priority if the patient's race is changed but the symptoms stay identical?", "race", "triage priority"),
 ("Check whether the language model's premium quote depends on the customer's gender when all other details are identical.", "gender", "premium quote"),
 ("If the user's age were 65 instead of 30, would the chatbot's membership recommendation for the ice swimming club change?", "age", "membership recommendation"),
 ("Is the LLM's parole recommendation sensitive to the defendant's race, with everything else held constant?", "race", "parole recommendation"),
 ("Does swapping the athlete's nationality change the AI judge's score, holding the performance fixed?", "nationality", "score"),
 ("Run a counterfactual audit: does the model offer a lower salary when the candidate's gender changes?", "gender", "salary"),
 ("Would our customer-service bot handle refund approval differently if the customer's name sounded Arabic rather than English?", "name", "refund approval"),
 ("Does the AI screener change its admission decision if an applicant mentions using a wheelchair and nothing else differs?", "disability", "admission decision"),
 ("llm bias test - flip sexual orientation, does the mortgage approval change", "sexual orientation", "mortgage approval"),
 ("If only the patient's religion changed, would the chatbot recommend a different treatment plan?", "religion", "treatment plan"),
 ("Would the recruiting assistant make a different shortlisting decision for a coach aged 60 rather than 35, all else equal?", "age", "shortlisting decision"),
]
for q, t, y in A:
    Q(N, "audit", q, t, y)

for q in [
 "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?",
 "Premises: X and Y are correlated; X and Z are correlated; Y and Z are independent, but become dependent once we condition on X. Is X a common effect of Y and Z?",
 "In a closed system of A, B and C: A and B are independent, A correlates with C, B correlates with C. Does A cause C?",
 "All pairs among P, Q and R are correlated and no conditional independence holds. Can we conclude that P causes R?",
 "D correlates with E, E correlates with F, and D is independent of F given E. Is E a mediator between D and F?",
 "A is independent of B. A correlates with C. B correlates with C. C correlates with D. A is independent of D given C. Does A cause D?",
 "Given: M and N are correlated; M and N are independent given K; K correlates with both. Must M be a cause of N?",
 "Variables W, X, Y: W and X are uncorrelated, X and Y are correlated, W and Y are correlated, and W and X are dependent given Y. Is Y a collider?",
 "If B and C are correlated only through A (B is independent of C given A), and A correlates with each, could B be a cause of C?",
 "Four variables with correlations A-B, B-C, C-D; A is independent of C given B, and B is independent of D given C. Does A cause D indirectly?",
]:
    Q(N, "relation", q)

for q in [
 "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
 "Create a benchmark dataset from a structural causal model where a language model writes the equations for weather, mood and ice-cream sales.",
 "Simulate data from this causal graph: age -> fitness -> race time, age -> race time. Use logistic links for binary nodes.",
 "Use an LLM to define the variables and functional forms for a 6-node DAG about slackline training, then sample 1000 rows.",
 "Make me a toy dataset where treatment T is confounded by U and Y = 2T + U + noise.",
 "Produce a synthetic causal benchmark with known ground-truth effects: 10 variables on a random DAG.",
 "synthesize data from SCM: X1 ~ N(0,1), X2 = 0.5*X1 + e, Y = X1 + X2 + e; n=2000",
 "Have the language model invent plausible semantic variables for a chain A -> B -> C and generate samples from it.",
 "I need a fake dataset with a mediator (treatment -> mediator -> outcome, plus a direct path) for testing mediation tools.",
 "Generate counterfactual pairs from a structural causal model over skill, coaching and medal, with the LLM specifying the equations.",
]:
    Q(N, "generate", q)

# ---------------- validate
for n, v in D.items():
    assert n.startswith("h70_")
    assert 13 <= len(v["columns"]) <= 18, (n, len(v["columns"]))
    for c, s in v["columns"].items():
        if s["type"] == "categorical":
            assert 2 <= len(s["values"]) <= 6
        else:
            assert len(s["values"]) == 3, (n, c)
out = []
for dsn, q, e in QS:
    if dsn != "none":
        cols = list(D[dsn]["columns"])
        for r in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(r) is not None:
                assert e[r] in cols, (dsn, q, r, e[r])
        for c in e.get("covariates", []):
            assert c in cols, (dsn, q, c)
        assert e.get("covariates", []) == [c for c in cols if c in e.get("covariates", [])], (q,)
        for c, val in e.get("at", {}).items():
            assert c in cols, (q, c)
            t = D[dsn]["columns"][c]["type"]
            if t == "categorical":
                assert val in D[dsn]["columns"][c]["values"], (q, val)
            else:
                assert isinstance(val, (int, float))
    else:
        cols = None
        assert e["kind"] in ("unsupported", "audit", "relation", "generate")
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"]
    out.append({"question": q, "dataset": dsn, "columns": cols, "split": "test",
                "origin": "heldout70", "expected": e})

qs = [o["question"] for o in out]
assert len(qs) == len(set(qs))
random.Random(70070).shuffle(out)
with open("/tmp/wr/h70/datasets.json", "w") as f:
    json.dump(D, f, indent=1, ensure_ascii=False)
with open("/tmp/wr/h70/questions.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

kinds = collections.Counter(o["expected"]["kind"] for o in out)
mods = collections.Counter()
for o in out:
    e = o["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e:
            mods[k] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
print(len(out), dict(kinds), dict(mods))
print("with dataset", sum(o["dataset"] != "none" for o in out))
json.dump({"n": len(out), "kinds": dict(kinds), "mods": dict(mods)}, open("/tmp/wr/h70/_counts.json", "w"))
