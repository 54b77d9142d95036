import json, random, collections

D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

ID, B, N, C, DT, TX = "id", "binary", "numeric", "categorical", "date", "text"

ds("h66_curling", "Curling rinks (teams) over a season: coaching, sweeping, ice and stone preparation, accuracy and ratings.", [
    ("rink_id", ID, ["R001", "R002", "R003"]),
    ("age_yrs", N, [24, 41, 58]),
    ("club_tier", C, ["local", "regional", "national"]),
    ("brush_type", C, ["horsehair", "synthetic", "hybrid"]),
    ("coach_yn", B, [0, 1]),
    ("sweep_hrs_wk", N, [1.5, 3.0, 6.0]),
    ("pebble_pass", B, [0, 1]),
    ("stone_grnd", B, [0, 1]),
    ("ice_temp_c", N, [-6.5, -5.0, -4.2]),
    ("curl_cm", N, [85, 120, 140]),
    ("curl_cm_v2", N, [88, 118, 143]),
    ("draw_acc_pre", N, [0.55, 0.62, 0.71]),
    ("draw_acc_post", N, [0.58, 0.67, 0.78]),
    ("elo_bl", N, [1320, 1480, 1610]),
    ("elo_12m", N, [1350, 1495, 1650]),
    ("wins_30d", N, [1, 3, 5]),
    ("wins_90d", N, [4, 9, 14]),
])
ds("h66_skeleton", "Skeleton sledding athletes: equipment, training programmes, start speed, run times and crashes.", [
    ("athleteId", ID, ["SK-101", "SK-102", "SK-103"]),
    ("ageYrs", N, [19, 25, 31]),
    ("sexF", B, [0, 1]),
    ("worldRank", N, [4, 27, 63]),
    ("trackCode", C, ["LKP", "WHI", "IGL", "STM"]),
    ("sledMassKg", N, [29.0, 33.5, 43.0]),
    ("pushTrainingHrs", N, [3, 6, 9]),
    ("newRunnerSet", B, [0, 1]),
    ("visualizationProg", B, [0, 1]),
    ("altitudeCamp", B, [0, 1]),
    ("startSpeedKmh", N, [37.8, 39.2, 40.5]),
    ("runTimeSec", N, [51.2, 52.9, 54.3]),
    ("runTimeSecV2", N, [51.0, 52.7, 54.4]),
    ("pbTimePre", N, [50.8, 52.1, 53.6]),
    ("pbTimePost", N, [50.5, 51.9, 53.7]),
    ("crashes30d", N, [0, 1, 2]),
    ("crashes90d", N, [0, 2, 4]),
])
ds("h66_horselogging", "Heavy horse logging teams extracting timber: breed, harness, shoeing, feed, slope, soil rutting, volume and lameness.", [
    ("team", ID, ["T01", "T02", "T03"]),
    ("breed", C, ["Ardennes", "Percheron", "Suffolk Punch", "Clydesdale"]),
    ("harness", C, ["collar", "breastplate"]),
    ("studs", B, [0, 1]),
    ("supplement", B, [0, 1]),
    ("experience", N, [2, 11, 30]),
    ("hours", N, [4, 6, 8]),
    ("slope", N, [5, 15, 30]),
    ("density", N, [400, 900, 1500]),
    ("wet_season", B, [0, 1]),
    ("rutting_before", N, [2.1, 4.5, 7.0]),
    ("rutting_after", N, [2.8, 5.2, 9.3]),
    ("volume", N, [8.5, 14.0, 21.0]),
    ("volume_revised", N, [8.1, 13.6, 21.4]),
    ("lameness_month", N, [0, 1, 2]),
    ("lameness_quarter", N, [0, 2, 3]),
    ("income", N, [180, 260, 410]),
])
ds("h66_camogie", "Camogie players across clubs: equipment, strength and conditioning, fitness, scoring and injuries.", [
    ("PLAYER_ID", ID, ["CG0001", "CG0002", "CG0003"]),
    ("AGE", N, [17, 23, 31]),
    ("COUNTY", C, ["Cork", "Kilkenny", "Galway", "Tipperary", "Dublin"]),
    ("CLUB_GRADE", C, ["Junior", "Intermediate", "Senior"]),
    ("HURL_WT_G", N, [480, 540, 600]),
    ("GPS_VEST", B, [0, 1]),
    ("S_AND_C_PROG", B, [0, 1]),
    ("HELMET_NEW", B, [0, 1]),
    ("MINS_PLAYED", N, [240, 610, 900]),
    ("SPRINT_PRE", N, [4.6, 4.9, 5.3]),
    ("SPRINT_POST", N, [4.5, 4.8, 5.2]),
    ("VO2_BL", N, [41.0, 46.5, 52.0]),
    ("VO2_12M", N, [42.3, 47.9, 53.1]),
    ("SCORES_PG", N, [0.5, 1.8, 3.2]),
    ("SCORES_PG_V2", N, [0.4, 1.9, 3.3]),
    ("INJ_30D", N, [0, 1, 2]),
    ("INJ_90D", N, [0, 1, 3]),
])
ds("h66_jaialai", "Professional jai alai players (pelotaris): cesta, ball hardness, drills, serve speed, betting odds, points and wins.", [
    ("plyr_id", ID, ["JA-01", "JA-02", "JA-03"]),
    ("yrs_pro", N, [1, 6, 14]),
    ("pos", C, ["front", "back"]),
    ("post_pos", N, [1, 4, 8]),
    ("fronton", C, ["Dania", "Miami", "Gernika", "Markina"]),
    ("cesta_len_cm", N, [62, 68, 74]),
    ("pelota_hard", B, [0, 1]),
    ("drill_prog", B, [0, 1]),
    ("warmup_min", N, [10, 20, 35]),
    ("srv_spd_bl", N, [180, 205, 240]),
    ("srv_spd_6m", N, [184, 210, 246]),
    ("odds_open", N, [3.5, 6.0, 11.0]),
    ("odds_close", N, [3.2, 5.5, 12.0]),
    ("pts_pg", N, [3.1, 4.4, 6.0]),
    ("pts_pg_v2", N, [3.0, 4.5, 6.2]),
    ("wins_30d", N, [0, 2, 5]),
    ("wins_90d", N, [1, 6, 13]),
])
ds("h66_pelota", "Basque pelota club players: modality, hand protection and conditioning, reaction times, win rates and hand injuries.", [
    ("clubId", ID, ["PB-11", "PB-12", "PB-13"]),
    ("ageYears", N, [18, 26, 39]),
    ("isAmateur", B, [0, 1]),
    ("modality", C, ["mano", "pala", "xare", "cesta"]),
    ("frontonLenM", N, [30, 36, 54]),
    ("ballWeightG", N, [92, 105, 110]),
    ("coachCert", B, [0, 1]),
    ("gloveTape", B, [0, 1]),
    ("handConditioning", B, [0, 1]),
    ("matchesPerMo", N, [2, 5, 9]),
    ("reactionMsPre", N, [210, 245, 290]),
    ("reactionMsPost", N, [200, 238, 285]),
    ("winRate", N, [0.31, 0.5, 0.68]),
    ("winRateV2", N, [0.3, 0.52, 0.7]),
    ("handInjury30d", N, [0, 1, 2]),
    ("handInjury90d", N, [0, 1, 4]),
])
ds("h66_realtennis", "Real tennis club members: coaching, lessons, handicap, chase winning, attendance, dues and renewal.", [
    ("MEMBER_ID", ID, ["M-2001", "M-2002", "M-2003"]),
    ("AGE", N, [22, 48, 71]),
    ("LEFT_HANDED", B, [0, 1]),
    ("COURT", C, ["Lords", "Hampton Court", "Holyport", "Leamington", "Melbourne"]),
    ("YRS_PLAYING", N, [1, 9, 35]),
    ("DUES_GBP", N, [650, 900, 1400]),
    ("PRO_COACHING", B, [0, 1]),
    ("LESSONS_MO", N, [0, 2, 4]),
    ("RACKET_RESTRUNG", B, [0, 1]),
    ("HANDICAP_BL", N, [12, 35, 60]),
    ("HANDICAP_12M", N, [10, 33, 58]),
    ("CHASE_WIN_PCT", N, [0.38, 0.51, 0.64]),
    ("CHASE_WIN_PCT_V2", N, [0.36, 0.52, 0.66]),
    ("ATTEND_WKDAY", N, [0, 3, 8]),
    ("ATTEND_WKEND", N, [0, 2, 6]),
    ("RENEWED", B, [0, 1]),
])
ds("h66_racketball", "Racketball league players: coaching, lessons, eye protection, racket and ball, rankings, rallies, injuries and retention.", [
    ("player", ID, ["P100", "P101", "P102"]),
    ("age", N, [16, 34, 62]),
    ("gender", C, ["female", "male"]),
    ("club", C, ["Bristol", "Leeds", "Cardiff", "Norwich"]),
    ("hours", N, [1, 3, 7]),
    ("lessons", N, [0, 4, 10]),
    ("coaching", B, [0, 1]),
    ("goggles", B, [0, 1]),
    ("racket_weight", N, [150, 170, 195]),
    ("ball", C, ["blue", "green"]),
    ("ranking_start", N, [12, 55, 140]),
    ("ranking_end", N, [9, 50, 150]),
    ("rallies_won", N, [0.41, 0.5, 0.6]),
    ("rallies_won_new", N, [0.4, 0.51, 0.62]),
    ("injuries_summer", N, [0, 1, 2]),
    ("injuries_winter", N, [0, 1, 3]),
    ("retention", B, [0, 1]),
])
ds("h66_padel", "Padel court-booking app users: push notifications, discount codes, partner matching, coaching, bookings, spend, level and churn.", [
    ("userId", ID, ["u_8812", "u_8813", "u_8814"]),
    ("signupDate", DT, ["2025-01-14", "2025-03-02", "2025-06-21"]),
    ("ageYrs", N, [21, 34, 52]),
    ("cityTier", C, ["capital", "large", "small"]),
    ("isCoached", B, [0, 1]),
    ("appPushOn", B, [0, 1]),
    ("discountCode", B, [0, 1]),
    ("partnerMatchFeature", B, [0, 1]),
    ("bookingsPerWk", N, [0.5, 2, 4]),
    ("sessionMinutes", N, [60, 90, 120]),
    ("matchesPlayed", N, [3, 18, 60]),
    ("levelRatingPre", N, [1.5, 3.0, 4.5]),
    ("levelRatingPost", N, [1.8, 3.2, 4.6]),
    ("spendEur", N, [12, 48, 160]),
    ("spendEurV2", N, [11, 50, 158]),
    ("npsScore", N, [-20, 30, 70]),
    ("churned30d", B, [0, 1]),
    ("churned90d", B, [0, 1]),
])
ds("h66_horseshoe", "Horseshoe pitching league members: shoe weight, flip style, pit surface, clinics, practice, ringers and points per shoe.", [
    ("pitcher_id", ID, ["HP-301", "HP-302", "HP-303"]),
    ("age_yrs", N, [19, 45, 72]),
    ("sex_m", B, [0, 1]),
    ("league_div", C, ["A", "B", "C"]),
    ("flip_style", C, ["one_and_quarter", "three_quarter", "flip"]),
    ("shoe_wt_g", N, [1100, 1150, 1200]),
    ("dist_ft", N, [30, 40]),
    ("pit_clay", B, [0, 1]),
    ("practice_hr_wk", N, [1, 4, 10]),
    ("clinic_att", B, [0, 1]),
    ("ringer_pct", N, [0.12, 0.35, 0.68]),
    ("ringer_pct_v2", N, [0.11, 0.36, 0.7]),
    ("ppr_bl", N, [0.9, 1.6, 2.4]),
    ("ppr_12m", N, [1.0, 1.7, 2.5]),
    ("dnf_30d", N, [0, 1, 2]),
    ("dnf_90d", N, [0, 1, 3]),
])
ds("h66_ringtoss", "Ring toss stalls at travelling fairs: ring and peg geometry, prizes, pricing, barkers, signage, plays, win rates, revenue and complaints.", [
    ("STALL_ID", ID, ["RT-01", "RT-02", "RT-03"]),
    ("FAIR", C, ["Goose Fair", "Hull Fair", "Mop Fair", "St Giles"]),
    ("RING_DIAM_CM", N, [7.5, 9.0, 11.0]),
    ("PEG_SPACING_CM", N, [10, 15, 22]),
    ("PRIZE_TIER", C, ["small", "medium", "large"]),
    ("PRICE_GBP", N, [1, 2, 5]),
    ("BARKER", B, [0, 1]),
    ("LED_SIGN", B, [0, 1]),
    ("FOOTFALL", N, [1200, 3400, 8000]),
    ("RAIN_MM", N, [0, 4, 12]),
    ("PLAYS_WKDAY", N, [80, 150, 260]),
    ("PLAYS_WKEND", N, [150, 320, 700]),
    ("WIN_RATE", N, [0.04, 0.09, 0.16]),
    ("WIN_RATE_V2", N, [0.05, 0.1, 0.15]),
    ("REV_PRE", N, [300, 720, 1500]),
    ("REV_POST", N, [340, 800, 1620]),
    ("COMPLAINTS_30D", N, [0, 1, 4]),
    ("COMPLAINTS_90D", N, [0, 3, 9]),
])
ds("h66_cornhole", "Cornhole league teams: bag fill, board grade, practice, clinics, promotions, points per round, airmail rate, ratings and dropout.", [
    ("teamId", ID, ["ch_001", "ch_002", "ch_003"]),
    ("teamAge", N, [24, 37, 55]),
    ("homeVenue", C, ["Brewery", "Legion Hall", "Backyard Bar"]),
    ("leagueNight", C, ["Mon", "Wed", "Thu"]),
    ("bagFill", C, ["corn", "resin", "plastic"]),
    ("boardGrade", C, ["regulation", "backyard"]),
    ("weeklyPractice", N, [0, 2, 6]),
    ("coachingClinic", B, [0, 1]),
    ("beerPromo", B, [0, 1]),
    ("ppr", N, [3.2, 5.8, 8.9]),
    ("pprV2", N, [3.0, 5.9, 9.1]),
    ("bagsInPct", N, [0.08, 0.22, 0.45]),
    ("airmailPct", N, [0.02, 0.09, 0.2]),
    ("ratingBl", N, [900, 1150, 1400]),
    ("rating12m", N, [920, 1180, 1430]),
    ("dropout30d", B, [0, 1]),
    ("dropout90d", B, [0, 1]),
])
ds("h66_barbilliards", "Pubs with bar billiards tables: table upkeep, league membership, promotions, play counts, break scores, takings and closure risk.", [
    ("pub", ID, ["Red Lion", "Kings Arms", "Plough"]),
    ("region", C, ["Oxfordshire", "Kent", "Suffolk", "Wiltshire"]),
    ("pub_size", N, [40, 90, 180]),
    ("tenure", N, [1, 8, 25]),
    ("table_relaid", B, [0, 1]),
    ("league_member", B, [0, 1]),
    ("happy_hour", B, [0, 1]),
    ("quiz_night", B, [0, 1]),
    ("coins_per_week", N, [20, 55, 130]),
    ("players_weekday", N, [5, 18, 40]),
    ("players_weekend", N, [10, 30, 75]),
    ("break_score", N, [2100, 5400, 11200]),
    ("break_score_revised", N, [2050, 5500, 11000]),
    ("takings_before", N, [4200, 7800, 15000]),
    ("takings_after", N, [4300, 8100, 15900]),
    ("closure_risk", N, [0.05, 0.18, 0.4]),
])
ds("h66_carrom", "Carrom clubs: coaching certification, youth programmes, tournaments, striker weight, training hours, points, win rates and attrition.", [
    ("club_id", ID, ["CC-501", "CC-502", "CC-503"]),
    ("city", C, ["Chennai", "Mumbai", "Colombo", "Dhaka", "Kolkata"]),
    ("age_avg", N, [19, 33, 51]),
    ("mem_cnt", N, [25, 50, 140]),
    ("fee_inr", N, [300, 800, 2000]),
    ("coach_cert", B, [0, 1]),
    ("youth_prog", B, [0, 1]),
    ("tourn_entry", B, [0, 1]),
    ("board_pwd", B, [0, 1]),
    ("striker_g", N, [14, 15, 15.5]),
    ("trn_hrs_wk", N, [2, 6, 14]),
    ("pts_pre", N, [110, 240, 410]),
    ("pts_post", N, [120, 255, 430]),
    ("win_pct", N, [0.35, 0.5, 0.66]),
    ("win_pct_v2", N, [0.34, 0.51, 0.67]),
    ("attrition_30d", N, [0.01, 0.04, 0.1]),
    ("attrition_90d", N, [0.03, 0.1, 0.22]),
])
ds("h66_whist", "Village whist drives: variant, timing, entry fee, raffles, teas, parish magazine adverts, attendance, funds raised and return rates.", [
    ("DRIVE_ID", ID, ["WD-0901", "WD-0902", "WD-0903"]),
    ("DRIVE_DATE", DT, ["2025-02-07", "2025-05-16", "2025-11-21"]),
    ("COUNTY", C, ["Devon", "Norfolk", "Cumbria", "Powys"]),
    ("VILLAGE_HALL", TX, ["St Mary's Hall", "Memorial Hall", "Church Rooms"]),
    ("VARIANT", C, ["progressive", "solo", "knockout", "partner"]),
    ("START_HOUR", N, [14, 19, 20]),
    ("ENTRY_FEE_GBP", N, [2, 3, 5]),
    ("TABLES", N, [4, 9, 16]),
    ("MEAN_AGE", N, [58, 67, 76]),
    ("RAFFLE", B, [0, 1]),
    ("TEA_SERVED", B, [0, 1]),
    ("ADVERT_PARISH_MAG", B, [0, 1]),
    ("ATTEND_BL", N, [14, 30, 60]),
    ("ATTEND_12M", N, [12, 33, 64]),
    ("FUNDS_RAISED", N, [40, 120, 310]),
    ("FUNDS_RAISED_V2", N, [38, 125, 305]),
    ("RETURN_RATE_1M", N, [0.4, 0.62, 0.85]),
    ("RETURN_RATE_3M", N, [0.25, 0.45, 0.7]),
])

QS = []
def Q(ds_, text, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(kw)
    QS.append({"question": text, "dataset": ds_, "expected": e})

A, CA, P, M, DI, U = "ate", "cate", "policy", "mediation", "discover", "unsupported"

# ---------------- curling
d = "h66_curling"
Q(d, "Estimate the average treatment effect of `coach_yn` on `draw_acc_post`, adjusting for `age_yrs` and `club_tier`.", A, "coach_yn", "draw_acc_post", covariates=["age_yrs", "club_tier"])
Q(d, "Does having the stones reground make them curl more?", A, "stone_grnd", None, clarify=True)
Q(d, "ate of pebble_pass on draw accuracy", A, "pebble_pass", "draw_acc_post")
Q(d, "Do curlers who put in more hours of sweeping practice each week end up with a higher rating a year later?", A, "sweep_hrs_wk", "elo_12m")
Q(d, "Is the link between having a coach (coach_yn) and 90-day wins (wins_90d) genuinely causal, or is it just confounded by club tier?", A, "coach_yn", "wins_90d", covariates=["club_tier"])
Q(d, "what happens to elo_12m if rinks switch broom type (brush_type)?", A, "brush_type", "elo_12m")
Q(d, "What did coaching do to draw accuracy for the rinks that actually had a coach?", A, "coach_yn", "draw_acc_post", estimand="att")
Q(d, "How much does ice temperature (ice_temp_c) shift the curl of the stone, measured with curl_cm_v2?", A, "ice_temp_c", "curl_cm_v2")
Q(d, "Does the humidity in the arena change how far the stones curl (curl_cm)?", A, None, "curl_cm", clarify=True)
Q(d, "Effect of `pebble_pass` on `curl_cm` among national-tier clubs.", CA, "pebble_pass", "curl_cm", at={"club_tier": "national"})
Q(d, "For curlers over 50, does having a coach lift their rating after twelve months?", CA, "coach_yn", "elo_12m", at={"age_yrs": 50})
Q(d, "How does the effect of weekly sweeping hours on draw accuracy vary with the temperature of the ice?", CA, "sweep_hrs_wk", "draw_acc_post")
Q(d, "under the condition that the ice sits at -5 C, whats the effect of a pebble pass on curl_cm", CA, "pebble_pass", "curl_cm", at={"ice_temp_c": -5})
Q(d, "Which rinks should we assign a coach to in order to maximise wins over 90 days?", P, "coach_yn", "wins_90d")
Q(d, "targeting rule: who gets stones reground (stone_grnd) to push up draw_acc_post", P, "stone_grnd", "draw_acc_post")
Q(d, "Coaching works by getting players to sweep more hours each week, which then sharpens their draw weight. How much of coach_yn's effect on draw_acc_post runs through sweep_hrs_wk?", M, "coach_yn", "draw_acc_post", "sweep_hrs_wk")
Q(d, "direct vs indirect effect of stone_grnd on wins_90d via curl_cm", M, "stone_grnd", "wins_90d", "curl_cm")
Q(d, "Learn the causal structure among the curling variables.", DI)
Q(d, "Plot the distribution of ice_temp_c by club_tier.", U)

# ---------------- skeleton
d = "h66_skeleton"
Q(d, "What is the causal effect of newRunnerSet on runTimeSecV2?", A, "newRunnerSet", "runTimeSecV2")
Q(d, "Do the new runners reduce crashes?", A, "newRunnerSet", None, clarify=True)
Q(d, "Is an athlete's personal best improved by going to an altitude training camp?", A, "altitudeCamp", "pbTimePost")
Q(d, "effect of push training hrs on start speed, control for ageYrs, sexF", A, "pushTrainingHrs", "startSpeedKmh", covariates=["ageYrs", "sexF"])
Q(d, "Does a heavier sled (sledMassKg) actually cut runTimeSec, or is that just confounding by trackCode?", A, "sledMassKg", "runTimeSec", covariates=["trackCode"])
Q(d, "Estimate the ATT of the visualization programme (visualizationProg) on pbTimePost for the athletes who enrolled in it.", A, "visualizationProg", "pbTimePost", estimand="att")
Q(d, "how much would mental rehearsal training change the number of crashes over the next three months", A, "visualizationProg", "crashes90d")
Q(d, "Average effect of altitudeCamp on startSpeedKmh for the sliders who did not go to camp.", A, "altitudeCamp", "startSpeedKmh", estimand="atc")
Q(d, "Effect of newRunnerSet on runTimeSec at Whistler (trackCode = WHI).", CA, "newRunnerSet", "runTimeSec", at={"trackCode": "WHI"})
Q(d, "for female sliders does push training raise start velocity", CA, "pushTrainingHrs", "startSpeedKmh", at={"sexF": 1})
Q(d, "For whom is the altitude camp most beneficial in terms of `pbTimePost`?", CA, "altitudeCamp", "pbTimePost")
Q(d, "Among 25-year-old athletes, what is the effect of pushTrainingHrs on pbTimePost?", CA, "pushTrainingHrs", "pbTimePost", at={"ageYrs": 25})
Q(d, "Which athletes should be sent to altitude camp to bring their personal bests down the most?", P, "altitudeCamp", "pbTimePost")
Q(d, "We only have a few new runner sets. Which sliders should get them to cut runTimeSecV2 the most?", P, "newRunnerSet", "runTimeSecV2")
Q(d, "Should the visualisation programme go to everyone, or only to some athletes, if the goal is fewer crashes within 90 days (crashes90d)?", P, "visualizationProg", "crashes90d")
Q(d, "How much of the effect of push training on run time (runTimeSec) is mediated by start speed?", M, "pushTrainingHrs", "runTimeSec", "startSpeedKmh")
Q(d, "altitudeCamp -> startSpeedKmh -> pbTimePost: what's the indirect share?", M, "altitudeCamp", "pbTimePost", "startSpeedKmh")
Q(d, "The new runners supposedly let athletes push off faster at the start, and that quicker start then shaves time off the run. Split newRunnerSet's effect on runTimeSecV2 into the part via startSpeedKmh and the remainder.", M, "newRunnerSet", "runTimeSecV2", "startSpeedKmh")
Q(d, "Which of these skeleton variables drive which? Work out the causal ordering from the data.", DI)
Q(d, "Run causal discovery (PC algorithm) on h66_skeleton and return the estimated graph.", DI)
Q(d, "Forecast next season's runTimeSec for each athlete.", U)

# ---------------- horse logging
d = "h66_horselogging"
Q(d, "Does fitting studded shoes reduce lameness over the following quarter (lameness_quarter)?", A, "studs", "lameness_quarter")
Q(d, "effect of the feed supplement on volume hauled", A, "supplement", None, clarify=True)
Q(d, "How much extra damage to the forest floor comes from working on steeper ground?", A, "slope", "rutting_after")
Q(d, "Average effect of teamster `experience` on `volume_revised`, holding `slope` and `density` fixed.", A, "experience", "volume_revised", covariates=["slope", "density"])
Q(d, "Does working the horses longer each day lead to more of them going lame within a month?", A, "hours", "lameness_month")
Q(d, "Is the apparent income gain from the supplement real, or is it down to experienced teamsters being the ones who use it?", A, "supplement", "income", covariates=["experience"])
Q(d, "ATE: harness -> volume", A, "harness", "volume")
Q(d, "On the teams that used studs, what did the studs do to soil rutting afterwards?", A, "studs", "rutting_after", estimand="att")
Q(d, "Effect of studs on lameness_quarter in the wet season (wet_season = 1).", CA, "studs", "lameness_quarter", at={"wet_season": 1})
Q(d, "For Percheron teams, does the supplement change what the team earns?", CA, "supplement", "income", at={"breed": "Percheron"})
Q(d, "how does the effect of daily working hours on rutting vary with slope", CA, "hours", "rutting_after")
Q(d, "On 20% slopes, what is the effect of harness type on volume_revised?", CA, "harness", "volume_revised", at={"slope": 20})
Q(d, "Which teams should be given the feed supplement to maximise income?", P, "supplement", "income")
Q(d, "Give me a rule for when to fit studded shoes so as to keep quarterly lameness (lameness_quarter) down.", P, "studs", "lameness_quarter")
Q(d, "The supplement is thought to work by letting horses work more hours a day, which then raises the timber extracted (volume_revised). Split the total effect into direct and indirect via hours.", M, "supplement", "volume_revised", "hours")
Q(d, "Of the effect of slope on income, how much goes through volume?", M, "slope", "income", "volume")
Q(d, "how much of the supplement's effect on lameness goes through longer working hours?", M, "supplement", None, "hours", clarify=True)
Q(d, "Find the causal graph for the horse logging data.", DI)
Q(d, "Clean the volume column: drop rows with volume above 40 m3 and impute missing values.", U)

# ---------------- camogie
d = "h66_camogie"
Q(d, "Estimate the effect of S_AND_C_PROG on VO2_12M, adjusting for AGE and CLUB_GRADE.", A, "S_AND_C_PROG", "VO2_12M", covariates=["AGE", "CLUB_GRADE"])
Q(d, "does strength and conditioning cut injuries?", A, "S_AND_C_PROG", None, clarify=True)
Q(d, "Are sprint times improved by wearing a GPS vest?", A, "GPS_VEST", "SPRINT_POST")
Q(d, "effect of hurl weight (HURL_WT_G) on scores per game v2", A, "HURL_WT_G", "SCORES_PG_V2")
Q(d, "Does playing more minutes drive up 90-day injury counts (INJ_90D), or is that explained by CLUB_GRADE?", A, "MINS_PLAYED", "INJ_90D", covariates=["CLUB_GRADE"])
Q(d, "What would the new helmets have done for injuries in the following month among players who did not get one?", A, "HELMET_NEW", "INJ_30D", estimand="atc")
Q(d, "ATE of the gym programme on aerobic fitness", A, "S_AND_C_PROG", "VO2_12M")
Q(d, "Effect of `GPS_VEST` on `SPRINT_POST` for Senior grade players.", CA, "GPS_VEST", "SPRINT_POST", at={"CLUB_GRADE": "Senior"})
Q(d, "In Kilkenny, does the conditioning programme boost scores per game (SCORES_PG)?", CA, "S_AND_C_PROG", "SCORES_PG", at={"COUNTY": "Kilkenny"})
Q(d, "How does the effect of S_AND_C_PROG on INJ_90D differ by player age?", CA, "S_AND_C_PROG", "INJ_90D")
Q(d, "for 19 yr olds, effect of MINS_PLAYED on INJ_30D", CA, "MINS_PLAYED", "INJ_30D", at={"AGE": 19})
Q(d, "Which players should be enrolled in S&C (S_AND_C_PROG) to maximise SCORES_PG_V2?", P, "S_AND_C_PROG", "SCORES_PG_V2")
Q(d, "Who should be issued the new helmets first to keep injuries over the next three months as low as possible?", P, "HELMET_NEW", "INJ_90D")
Q(d, "The S&C programme supposedly raises aerobic capacity, which in turn lifts scoring. Decompose the effect of S_AND_C_PROG on SCORES_PG into the part through VO2_12M and the rest.", M, "S_AND_C_PROG", "SCORES_PG", "VO2_12M")
Q(d, "How much of the GPS vest effect on SCORES_PG_V2 is mediated by SPRINT_POST?", M, "GPS_VEST", "SCORES_PG_V2", "SPRINT_POST")
Q(d, "mediation: MINS_PLAYED -> VO2_12M -> INJ_90D, direct and indirect", M, "MINS_PLAYED", "INJ_90D", "VO2_12M")
Q(d, "which variables cause which in the camogie table? no hypotheses, just learn it from the data", DI)
Q(d, "What's the mean MINS_PLAYED by COUNTY?", U)

# ---------------- jai alai
d = "h66_jaialai"
Q(d, "ATE of `drill_prog` on `srv_spd_6m`, controlling for `yrs_pro`.", A, "drill_prog", "srv_spd_6m", covariates=["yrs_pro"])
Q(d, "Does a longer basket make the serve faster?", A, "cesta_len_cm", "srv_spd_6m")
Q(d, "effect of post position on wins", A, "post_pos", None, clarify=True)
Q(d, "do longer warm-ups cause more points per game (pts_pg)?", A, "warmup_min", "pts_pg")
Q(d, "Is the harder ball responsible for the extra wins over 90 days, or is it just that experienced pros get the hard pelotas?", A, "pelota_hard", "wins_90d", covariates=["yrs_pro"])
Q(d, "Effect of the drill programme on pts_pg_v2 among the pelotaris who took the drills.", A, "drill_prog", "pts_pg_v2", estimand="att")
Q(d, "How does the opening betting line (odds_open) move the closing odds (odds_close)?", A, "odds_open", "odds_close")
Q(d, "ate drill_prog -> wins_30d adj pos, fronton", A, "drill_prog", "wins_30d", covariates=["pos", "fronton"])
Q(d, "Effect of drill_prog on srv_spd_6m for back-court players.", CA, "drill_prog", "srv_spd_6m", at={"pos": "back"})
Q(d, "at Gernika, does playing with a hard pelota change points per game (pts_pg)?", CA, "pelota_hard", "pts_pg", at={"fronton": "Gernika"})
Q(d, "When the player starts from post 1, what is the effect of warmup_min on wins_90d?", CA, "warmup_min", "wins_90d", at={"post_pos": 1})
Q(d, "heterogeneity of the drill effect on wins_90d across years as a pro", CA, "drill_prog", "wins_90d")
Q(d, "Which pelotaris should be put on the drill programme to maximise pts_pg_v2?", P, "drill_prog", "pts_pg_v2")
Q(d, "Decide for each player whether to use a hard ball, with the aim of winning the most matches over the next 90 days.", P, "pelota_hard", "wins_90d")
Q(d, "Drills speed up the serve and the faster serve then wins points: what fraction of drill_prog's effect on pts_pg goes via srv_spd_6m?", M, "drill_prog", "pts_pg", "srv_spd_6m")
Q(d, "Is the longer cesta's effect on 90-day wins (wins_90d) transmitted through a quicker serve (srv_spd_6m), or is it mostly direct?", M, "cesta_len_cm", "wins_90d", "srv_spd_6m")
Q(d, "Learn a DAG over the jai alai columns.", DI)
Q(d, "Predict odds_close from the other columns with a gradient boosting model.", U)

# ---------------- pelota
d = "h66_pelota"
Q(d, "Does taping the hands reduce handInjury90d?", A, "gloveTape", "handInjury90d")
Q(d, "effect of handConditioning on winRate", A, "handConditioning", "winRate")
Q(d, "do heavier balls hurt hands more?", A, "ballWeightG", None, clarify=True)
Q(d, "How much does playing more matches a month change how quickly players react?", A, "matchesPerMo", "reactionMsPost")
Q(d, "Is having a certified coach (`coachCert`) really improving `winRateV2`, or is it confounded by `isAmateur` and `ageYears`?", A, "coachCert", "winRateV2", covariates=["isAmateur", "ageYears"])
Q(d, "For the players who didn't tape up, what would taping have done to hand injuries in the next 30 days?", A, "gloveTape", "handInjury30d", estimand="atc")
Q(d, "ATE of hand conditioning on reaction time", A, "handConditioning", "reactionMsPost")
Q(d, "Effect of gloveTape on handInjury90d in bare-handed pelota (modality = mano).", CA, "gloveTape", "handInjury90d", at={"modality": "mano"})
Q(d, "for amateurs, effect of coachCert on winRate", CA, "coachCert", "winRate", at={"isAmateur": 1})
Q(d, "Does the effect of ball weight on hand injuries over 90 days depend on the modality being played?", CA, "ballWeightG", "handInjury90d")
Q(d, "When the fronton is 36 m long, what's the effect of handConditioning on winRateV2?", CA, "handConditioning", "winRateV2", at={"frontonLenM": 36})
Q(d, "Which players should get hand conditioning to win the most (winRate)?", P, "handConditioning", "winRate")
Q(d, "tape or no tape: individualised rule to minimise 90d hand injuries", P, "gloveTape", "handInjury90d")
Q(d, "Hand conditioning supposedly sharpens reaction time, which then raises win rate. How much of the effect of handConditioning on winRateV2 is via reactionMsPost?", M, "handConditioning", "winRateV2", "reactionMsPost")
Q(d, "coachCert -> matchesPerMo -> winRate: estimate natural direct and indirect effects", M, "coachCert", "winRate", "matchesPerMo")
Q(d, "What causes what among the pelota variables?", DI)

# ---------------- real tennis
d = "h66_realtennis"
Q(d, "Estimate the ATE of PRO_COACHING on HANDICAP_12M adjusting for HANDICAP_BL, AGE and YRS_PLAYING.", A, "PRO_COACHING", "HANDICAP_12M", covariates=["HANDICAP_BL", "AGE", "YRS_PLAYING"])
Q(d, "Does coaching from the club professional make members turn up to the court more often?", A, "PRO_COACHING", None, clarify=True)
Q(d, "Is membership renewal raised or lowered by higher subscription fees?", A, "DUES_GBP", "RENEWED")
Q(d, "effect of lessons per month on handicap", A, "LESSONS_MO", "HANDICAP_12M")
Q(d, "Does restringing your racket improve how often you win chases (CHASE_WIN_PCT_V2)?", A, "RACKET_RESTRUNG", "CHASE_WIN_PCT_V2")
Q(d, "Effect of pro coaching on renewal for the members who were actually coached.", A, "PRO_COACHING", "RENEWED", estimand="att")
Q(d, "ATE of LESSONS_MO on ATTEND_WKEND", A, "LESSONS_MO", "ATTEND_WKEND")
Q(d, "Does the restring actually help chase win % (CHASE_WIN_PCT), or is that because left-handers restring more often?", A, "RACKET_RESTRUNG", "CHASE_WIN_PCT", covariates=["LEFT_HANDED"])
Q(d, "Effect of PRO_COACHING on HANDICAP_12M at Hampton Court.", CA, "PRO_COACHING", "HANDICAP_12M", at={"COURT": "Hampton Court"})
Q(d, "For members aged 70, does professional coaching affect whether they renew?", CA, "PRO_COACHING", "RENEWED", at={"AGE": 70})
Q(d, "Where is coaching's effect on weekday attendance (ATTEND_WKDAY) largest?", CA, "PRO_COACHING", "ATTEND_WKDAY")
Q(d, "among left handers effect of LESSONS_MO on CHASE_WIN_PCT", CA, "LESSONS_MO", "CHASE_WIN_PCT", at={"LEFT_HANDED": 1})
Q(d, "Which members should be offered pro coaching to maximise renewals?", P, "PRO_COACHING", "RENEWED")
Q(d, "Targeting: who should get monthly lessons to bring their handicap down?", P, "LESSONS_MO", "HANDICAP_12M")
Q(d, "Design a rule for which members' rackets to restring to maximise CHASE_WIN_PCT_V2.", P, "RACKET_RESTRUNG", "CHASE_WIN_PCT_V2")
Q(d, "who should get pro coaching to improve their chase winning?", P, "PRO_COACHING", None, clarify=True)
Q(d, "Coaching keeps people playing at weekends, and that keeps them renewing. How much of the effect of PRO_COACHING on RENEWED is mediated through ATTEND_WKEND?", M, "PRO_COACHING", "RENEWED", "ATTEND_WKEND")
Q(d, "direct and indirect effect of LESSONS_MO on RENEWED via HANDICAP_12M", M, "LESSONS_MO", "RENEWED", "HANDICAP_12M")
Q(d, "Recover how handicap, coaching, lessons, attendance and renewal influence one another in this club data.", DI)
Q(d, "SELECT COURT, AVG(DUES_GBP) FROM members GROUP BY COURT; run this for me.", U)

# ---------------- racketball
d = "h66_racketball"
Q(d, "Does coaching improve a player's end-of-season ranking?", A, "coaching", "ranking_end")
Q(d, "effect of wearing goggles on injuries", A, "goggles", None, clarify=True)
Q(d, "How much does a heavier racket (racket_weight) change the share of rallies won (rallies_won)?", A, "racket_weight", "rallies_won")
Q(d, "ate of hours on ranking, adj age, gender", A, "hours", "ranking_end", covariates=["age", "gender"])
Q(d, "Does being coached keep people playing at the club?", A, "coaching", "retention")
Q(d, "Among players who got coaching, what was coaching's effect on `rallies_won_new`?", A, "coaching", "rallies_won_new", estimand="att")
Q(d, "Is retention driven by lessons, or is that just a club effect?", A, "lessons", "retention", covariates=["club"])
Q(d, "What would eye protection do to winter injuries for the players who currently play without it?", A, "goggles", "injuries_winter", estimand="atc")
Q(d, "effect of coaching on ranking_end for women", CA, "coaching", "ranking_end", at={"gender": "female"})
Q(d, "With the green (slow) ball, does racket weight matter for rallies_won_new?", CA, "racket_weight", "rallies_won_new", at={"ball": "green"})
Q(d, "Does the payoff from more practice hours on final ranking shrink with age?", CA, "hours", "ranking_end")
Q(d, "For players putting in 5 hours a week, what is the effect of coaching on retention?", CA, "coaching", "retention", at={"hours": 5})
Q(d, "Who should we offer lessons to so that more players stay on (retention)?", P, "lessons", "retention")
Q(d, "coaching allocation rule to maximise rallies_won", P, "coaching", "rallies_won")
Q(d, "Coaching gets people practising more hours, and the extra practice then lifts their end ranking. Quantify the indirect part running through hours.", M, "coaching", "ranking_end", "hours")
Q(d, "how much of the lessons effect on retention is via ranking_end", M, "lessons", "retention", "ranking_end")
Q(d, "Can you work out from the data which racketball variables influence which?", DI)

# ---------------- padel
d = "h66_padel"
Q(d, "What's the average effect of `appPushOn` on `bookingsPerWk`?", A, "appPushOn", "bookingsPerWk")
Q(d, "Does the discount code reduce churn?", A, "discountCode", None, clarify=True)
Q(d, "Effect of partnerMatchFeature on churned90d, adjusting for ageYrs and cityTier.", A, "partnerMatchFeature", "churned90d", covariates=["ageYrs", "cityTier"])
Q(d, "do discount codes make people spend more", A, "discountCode", None, clarify=True)
Q(d, "Did turning on push notifications cause users to play more matches?", A, "appPushOn", "matchesPlayed")
Q(d, "effect of coaching on level rating", A, "isCoached", "levelRatingPost")
Q(d, "For users who received a discount code, how much did it change spendEurV2?", A, "discountCode", "spendEurV2", estimand="att")
Q(d, "Is NPS lifted by the partner matching feature, or is that selection by heavy bookers (bookingsPerWk)?", A, "partnerMatchFeature", "npsScore", covariates=["bookingsPerWk"])
Q(d, "effect of court surface type on churned90d", A, None, "churned90d", clarify=True)
Q(d, "Effect of discountCode on churned90d in small cities.", CA, "discountCode", "churned90d", at={"cityTier": "small"})
Q(d, "for 30 year olds, effect of isCoached on levelRatingPost", CA, "isCoached", "levelRatingPost", at={"ageYrs": 30})
Q(d, "Which user segments respond most to push notifications in terms of weekly bookings?", CA, "appPushOn", "bookingsPerWk")
Q(d, "Under the condition that a user books 3 times a week, what is the effect of the partner matching feature on 30-day churn?", CA, "partnerMatchFeature", "churned30d", at={"bookingsPerWk": 3})
Q(d, "Who should receive a discount code to maximise spendEurV2?", P, "discountCode", "spendEurV2")
Q(d, "Which users should we switch notifications on for, to keep them from leaving within three months?", P, "appPushOn", "churned90d")
Q(d, "targeting policy for coaching upsell (isCoached) to max npsScore", P, "isCoached", "npsScore")
Q(d, "Push notifications work by getting users to book more sessions, which then reduces churn within 90 days. How much of appPushOn's effect on churned90d is mediated by bookingsPerWk?", M, "appPushOn", "churned90d", "bookingsPerWk")
Q(d, "partnerMatchFeature -> matchesPlayed -> spendEur: direct vs indirect", M, "partnerMatchFeature", "spendEur", "matchesPlayed")
Q(d, "Discover the causal graph of the padel app metrics.", DI)
Q(d, "which of the padel metrics are upstream of churn and which are downstream? infer the structure", DI)
Q(d, "Build a churn prediction model for churned30d.", U)

# ---------------- horseshoe
d = "h66_horseshoe"
Q(d, "ATE of clinic_att on ringer_pct_v2", A, "clinic_att", "ringer_pct_v2")
Q(d, "Does attending a pitching clinic raise ringer percentage?", A, "clinic_att", None, clarify=True)
Q(d, "effect of practice_hr_wk on ppr_12m, adjust ppr_bl and age_yrs", A, "practice_hr_wk", "ppr_12m", covariates=["ppr_bl", "age_yrs"])
Q(d, "Are points per shoe improved by switching to clay pits?", A, "pit_clay", "ppr_12m")
Q(d, "Does a heavier shoe help ringers (ringer_pct)?", A, "shoe_wt_g", "ringer_pct")
Q(d, "What was the clinic's effect on 90-day withdrawals (dnf_90d) for the pitchers who attended?", A, "clinic_att", "dnf_90d", estimand="att")
Q(d, "average effect of flip_style on ringer pct v2 adj sex_m, league_div", A, "flip_style", "ringer_pct_v2", covariates=["sex_m", "league_div"])
Q(d, "Does pitching from further back cause more people to drop out of matches in the next month?", A, "dist_ft", "dnf_30d")
Q(d, "Effect of clinic_att on ppr_12m for division C pitchers.", CA, "clinic_att", "ppr_12m", at={"league_div": "C"})
Q(d, "at 40 ft, effect of shoe weight on ringer_pct_v2", CA, "shoe_wt_g", "ringer_pct_v2", at={"dist_ft": 40})
Q(d, "How does the clinic effect on ringer_pct vary with a pitcher's age?", CA, "clinic_att", "ringer_pct")
Q(d, "For women (sex_m = 0), what is the effect of weekly practice on points per shoe?", CA, "practice_hr_wk", "ppr_12m", at={"sex_m": 0})
Q(d, "Which pitchers should we send to a clinic to maximise ppr_12m?", P, "clinic_att", "ppr_12m")
Q(d, "rule: who to move onto clay pits to raise ringer_pct_v2", P, "pit_clay", "ringer_pct_v2")
Q(d, "If we can only pay for 20 clinic places, who should get them so that fewest pitchers drop out within 90 days?", P, "clinic_att", "dnf_90d")
Q(d, "The clinic seems to work by getting people to practise more each week, which then raises their points per shoe. How much of clinic attendance's effect on ppr_12m is via practice hours?", M, "clinic_att", "ppr_12m", "practice_hr_wk")
Q(d, "mediation analysis: pit_clay -> ringer_pct -> dnf_90d", M, "pit_clay", "dnf_90d", "ringer_pct")
Q(d, "learn structure: horseshoe data", DI)
Q(d, "Summarise ringer_pct by flip_style (mean, sd).", U)

# ---------------- ring toss
d = "h66_ringtoss"
Q(d, "Estimate the effect of BARKER on REV_POST controlling for FOOTFALL and FAIR.", A, "BARKER", "REV_POST", covariates=["FOOTFALL", "FAIR"])
Q(d, "Does a bigger ring make punters win more?", A, "RING_DIAM_CM", None, clarify=True)
Q(d, "Does raising the price per go cut weekend plays (PLAYS_WKEND)?", A, "PRICE_GBP", "PLAYS_WKEND")
Q(d, "effect of LED sign on takings", A, "LED_SIGN", "REV_POST")
Q(d, "Are complaints over the next 90 days caused by tighter peg spacing?", A, "PEG_SPACING_CM", "COMPLAINTS_90D")
Q(d, "effect of having a barker on weekday plays, among the stalls that used one", A, "BARKER", "PLAYS_WKDAY", estimand="att")
Q(d, "How much would an LED sign add to REV_POST at stalls that don't have one?", A, "LED_SIGN", "REV_POST", estimand="atc")
Q(d, "Is the apparent effect of big prizes on revenue real, or is it just footfall?", A, "PRIZE_TIER", "REV_POST", covariates=["FOOTFALL"])
Q(d, "Effect of `LED_SIGN` on `PLAYS_WKEND` at Goose Fair.", CA, "LED_SIGN", "PLAYS_WKEND", at={"FAIR": "Goose Fair"})
Q(d, "when it rains 10mm, effect of BARKER on PLAYS_WKDAY", CA, "BARKER", "PLAYS_WKDAY", at={"RAIN_MM": 10})
Q(d, "When a go costs £2, what's the effect of ring diameter on WIN_RATE_V2?", CA, "RING_DIAM_CM", "WIN_RATE_V2", at={"PRICE_GBP": 2})
Q(d, "Which stalls benefit most from a barker in terms of REV_POST?", CA, "BARKER", "REV_POST")
Q(d, "Which stalls should hire a barker to maximise REV_POST?", P, "BARKER", "REV_POST")
Q(d, "allocate LED signs across stalls to max PLAYS_WKEND", P, "LED_SIGN", "PLAYS_WKEND")
Q(d, "Where should we offer the top prize tier so as to keep complaints in the next 30 days down?", P, "PRIZE_TIER", "COMPLAINTS_30D")
Q(d, "A barker draws a crowd at weekends, and the weekend plays then produce revenue. What share of BARKER's effect on REV_POST runs through PLAYS_WKEND?", M, "BARKER", "REV_POST", "PLAYS_WKEND")
Q(d, "direct/indirect: RING_DIAM_CM -> WIN_RATE -> COMPLAINTS_90D", M, "RING_DIAM_CM", "COMPLAINTS_90D", "WIN_RATE")
Q(d, "Raising the price puts people off on weekdays, and fewer weekday plays then hit revenue. How much of the price effect on REV_POST is through PLAYS_WKDAY?", M, "PRICE_GBP", "REV_POST", "PLAYS_WKDAY")
Q(d, "Figure out the causal relations among the ring toss stall variables.", DI)
Q(d, "Forecast REV_POST for next year's fairs.", U)

# ---------------- cornhole
d = "h66_cornhole"
Q(d, "What is the effect of `coachingClinic` on `rating12m`?", A, "coachingClinic", "rating12m")
Q(d, "Do resin-filled bags raise points per round?", A, "bagFill", None, clarify=True)
Q(d, "Does the beer promotion make teams quit the league within 90 days?", A, "beerPromo", "dropout90d")
Q(d, "effect of weeklyPractice on airmailPct adj teamAge", A, "weeklyPractice", "airmailPct", covariates=["teamAge"])
Q(d, "Is the share of bags landing in the hole improved by playing on regulation boards?", A, "boardGrade", "bagsInPct")
Q(d, "For teams who attended the clinic, what was its effect on pprV2?", A, "coachingClinic", "pprV2", estimand="att")
Q(d, "ATE coachingClinic -> dropout30d, controlling for leagueNight and homeVenue", A, "coachingClinic", "dropout30d", covariates=["leagueNight", "homeVenue"])
Q(d, "Effect of coachingClinic on ppr among teams playing on Wednesday night.", CA, "coachingClinic", "ppr", at={"leagueNight": "Wed"})
Q(d, "For teams practising 4 hours weekly, what's the effect of the beer promo on dropout30d?", CA, "beerPromo", "dropout30d", at={"weeklyPractice": 4})
Q(d, "How does the effect of the clinic on next year's rating vary with how old the team members are?", CA, "coachingClinic", "rating12m")
Q(d, "with plastic bags, does board grade change airmail %?", CA, "boardGrade", "airmailPct", at={"bagFill": "plastic"})
Q(d, "effect of the coaching clinic on dropout for Monday-night teams", CA, "coachingClinic", None, at={"leagueNight": "Mon"}, clarify=True)
Q(d, "Which teams should be offered the coaching clinic to cut dropout within 90 days (dropout90d)?", P, "coachingClinic", "dropout90d")
Q(d, "who should get the beer promo to keep teams from dropping out in the first month", P, "beerPromo", "dropout30d")
Q(d, "Clinics work by raising how often bags go in the hole, which then lifts the team rating. Decompose coachingClinic's effect on rating12m via bagsInPct.", M, "coachingClinic", "rating12m", "bagsInPct")
Q(d, "mediation of weeklyPractice effect on pprV2 by airmailPct", M, "weeklyPractice", "pprV2", "airmailPct")
Q(d, "Learn the causal graph for the cornhole league data.", DI)
Q(d, "What's upstream of what here? Give me the causal ordering of the cornhole variables.", DI)
Q(d, "Make a bar chart of dropout90d by homeVenue.", U)

# ---------------- bar billiards
d = "h66_barbilliards"
Q(d, "Does re-covering the table raise the break score (break_score_revised)?", A, "table_relaid", "break_score_revised")
Q(d, "effect of joining the league on takings", A, "league_member", "takings_after")
Q(d, "Does a happy hour bring more players to the table?", A, "happy_hour", None, clarify=True)
Q(d, "Effect of `league_member` on `closure_risk`, adjusting for `pub_size` and `region`.", A, "league_member", "closure_risk", covariates=["pub_size", "region"])
Q(d, "Is a pub's risk of shutting lowered by quiz nights, or is that just that long-serving landlords run quizzes?", A, "quiz_night", "closure_risk", covariates=["tenure"])
Q(d, "ATE of happy_hour on coins_per_week", A, "happy_hour", "coins_per_week")
Q(d, "For pubs in the league, what did membership do to weekend player numbers?", A, "league_member", "players_weekend", estimand="att")
Q(d, "How much would a quiz night add to takings at pubs that don't currently run one?", A, "quiz_night", "takings_after", estimand="atc")
Q(d, "effect of league_member on takings_after in Oxfordshire", CA, "league_member", "takings_after", at={"region": "Oxfordshire"})
Q(d, "For landlords with 10 years in the pub, what's the effect of a happy hour on weekday players?", CA, "happy_hour", "players_weekday", at={"tenure": 10})
Q(d, "For which pubs does relaying the table help the break score (break_score) most?", CA, "table_relaid", "break_score")
Q(d, "Among pubs with a capacity of 40, effect of league membership on closure_risk", CA, "league_member", "closure_risk", at={"pub_size": 40})
Q(d, "Which pubs should join the league to minimise closure_risk?", P, "league_member", "closure_risk")
Q(d, "Where should happy hours be run to get more coins into the table each week?", P, "happy_hour", "coins_per_week")
Q(d, "League membership brings in weekday players, and those players then feed the takings. How much of the league effect on takings_after is via players_weekday?", M, "league_member", "takings_after", "players_weekday")
Q(d, "How much of the quiz night effect on closure_risk is mediated by takings_after?", M, "quiz_night", "closure_risk", "takings_after")
Q(d, "relaying the table -> more weekend players -> more coins: indirect effect pls (table_relaid, players_weekend, coins_per_week)", M, "table_relaid", "coins_per_week", "players_weekend")
Q(d, "causal discovery on the bar billiards pubs table", DI)
Q(d, "Count how many pubs are in each region.", U)

# ---------------- carrom
d = "h66_carrom"
Q(d, "Estimate the ATE of `youth_prog` on `attrition_90d`, adjusting for `fee_inr` and `city`.", A, "youth_prog", "attrition_90d", covariates=["fee_inr", "city"])
Q(d, "Does the youth programme reduce the number of members the club loses?", A, "youth_prog", None, clarify=True)
Q(d, "effect of tourn_entry on pts_post", A, "tourn_entry", "pts_post")
Q(d, "Does a heavier striker raise win_pct_v2?", A, "striker_g", "win_pct_v2")
Q(d, "Does a certified coach improve the club's tournament points?", A, "coach_cert", "pts_post")
Q(d, "efect of training hrs per week on win_pct", A, "trn_hrs_wk", "win_pct")
Q(d, "For clubs that entered tournaments, what was the effect on attrition_30d?", A, "tourn_entry", "attrition_30d", estimand="att")
Q(d, "Is the membership fee driving people away in the first month, or is that the city?", A, "fee_inr", "attrition_30d", covariates=["city"])
Q(d, "effect of coach_cert on win_pct in Colombo", CA, "coach_cert", "win_pct", at={"city": "Colombo"})
Q(d, "For clubs with 50 members, what is the effect of youth_prog on pts_post?", CA, "youth_prog", "pts_post", at={"mem_cnt": 50})
Q(d, "How does the effect of weekly training on points vary with the average age of members?", CA, "trn_hrs_wk", "pts_post")
Q(d, "Among clubs using board powder (board_pwd = 1), effect of striker_g on win_pct_v2.", CA, "striker_g", "win_pct_v2", at={"board_pwd": 1})
Q(d, "Which clubs should get certified coaches to maximise pts_post?", P, "coach_cert", "pts_post")
Q(d, "targeting rule for youth_prog to minimise attrition_90d", P, "youth_prog", "attrition_90d")
Q(d, "Which clubs would gain most in win percentage (win_pct) from entering tournaments, so we know whom to encourage?", P, "tourn_entry", "win_pct")
Q(d, "Certified coaches push up weekly training, which then raises the points. How much of coach_cert -> pts_post is via trn_hrs_wk?", M, "coach_cert", "pts_post", "trn_hrs_wk")
Q(d, "indirect effect of tourn_entry on attrition_90d through win_pct", M, "tourn_entry", "attrition_90d", "win_pct")
Q(d, "Which carrom club variables cause which? Infer it from the data.", DI)
Q(d, "estimate a causal DAG for h66_carrom using a score-based method", DI)

# ---------------- whist
d = "h66_whist"
Q(d, "Estimate the effect of ADVERT_PARISH_MAG on ATTEND_12M, adjusting for ATTEND_BL and COUNTY.", A, "ADVERT_PARISH_MAG", "ATTEND_12M", covariates=["ATTEND_BL", "COUNTY"])
Q(d, "Does holding a raffle raise more money?", A, "RAFFLE", None, clarify=True)
Q(d, "Does serving tea bring people back?", A, "TEA_SERVED", None, clarify=True)
Q(d, "effect of the entry fee on attendance", A, "ENTRY_FEE_GBP", "ATTEND_12M")
Q(d, "Is the three-month return rate improved by running a raffle?", A, "RAFFLE", "RETURN_RATE_3M")
Q(d, "ATE: START_HOUR -> ATTEND_12M, adj MEAN_AGE", A, "START_HOUR", "ATTEND_12M", covariates=["MEAN_AGE"])
Q(d, "For drives that advertised in the parish magazine, what did the advert do for FUNDS_RAISED_V2?", A, "ADVERT_PARISH_MAG", "FUNDS_RAISED_V2", estimand="att")
Q(d, "effect of serving tea on FUNDS_RAISED for drives that didn't serve tea", A, "TEA_SERVED", "FUNDS_RAISED", estimand="atc")
Q(d, "What's the causal relationship between TABLES and ATTEND_12M?", A, None, None, clarify=True)
Q(d, "Effect of RAFFLE on FUNDS_RAISED in Norfolk.", CA, "RAFFLE", "FUNDS_RAISED", at={"COUNTY": "Norfolk"})
Q(d, "for progressive whist drives, effect of TEA_SERVED on RETURN_RATE_1M", CA, "TEA_SERVED", "RETURN_RATE_1M", at={"VARIANT": "progressive"})
Q(d, "When the drive starts at 7pm (START_HOUR = 19), what is the effect of the entry fee on ATTEND_12M?", CA, "ENTRY_FEE_GBP", "ATTEND_12M", at={"START_HOUR": 19})
Q(d, "Where does advertising in the parish magazine help attendance the most?", CA, "ADVERT_PARISH_MAG", "ATTEND_12M")
Q(d, "Which drives should advertise in the parish magazine to maximise ATTEND_12M?", P, "ADVERT_PARISH_MAG", "ATTEND_12M")
Q(d, "Which drives should run a raffle to maximise FUNDS_RAISED_V2?", P, "RAFFLE", "FUNDS_RAISED_V2")
Q(d, "Set out a rule for which drives should serve tea, to get the most people returning within three months.", P, "TEA_SERVED", "RETURN_RATE_3M")
Q(d, "Advertising in the parish mag brings more people through the door, and more people means more money raised. What portion of the advert's effect on FUNDS_RAISED goes through ATTEND_12M?", M, "ADVERT_PARISH_MAG", "FUNDS_RAISED", "ATTEND_12M")
Q(d, "mediation: TEA_SERVED -> RETURN_RATE_1M -> ATTEND_12M", M, "TEA_SERVED", "ATTEND_12M", "RETURN_RATE_1M")
Q(d, "Discover the causal graph among the whist drive variables.", DI)
Q(d, "Tell me which whist drive factors are causes and which are effects, learnt from the data alone.", DI)
Q(d, "What's the average ENTRY_FEE_GBP?", U)

Q("h66_camogie", "Decide who gets a GPS vest so that post-season sprint times (SPRINT_POST) improve the most.", P, "GPS_VEST", "SPRINT_POST")
Q("h66_cornhole", "allocate clinic places across teams to maximise next year's rating", P, "coachingClinic", "rating12m")
Q("h66_realtennis", "Use DUES_GBP as an instrument for LESSONS_MO to estimate the effect of lessons on HANDICAP_12M.", A, "LESSONS_MO", "HANDICAP_12M", instrument="DUES_GBP")
Q("h66_ringtoss", "Treating rainfall (RAIN_MM) as an instrument, what is the effect of weekend plays on complaints over 90 days?", A, "PLAYS_WKEND", "COMPLAINTS_90D", instrument="RAIN_MM")

# ---------------- none: unsupported
n = "none"
for t in ["hello there, how are you today?",
          "Tell me a joke about curling.",
          "Write a SQL query that returns the top 10 players by total wins from a table called matches.",
          "What's the capital of Peru?",
          "Translate 'good shot' into Basque.",
          "How do I install pandas on Windows?",
          "Summarise the rules of real tennis in three sentences.",
          "can u fix the indentation in my python script"]:
    Q(n, t, U)

# ---------------- none: audit
AU = "audit"
for t, a, y in [
    ("If the applicant's race were changed and everything else on the CV kept the same, would the hiring chatbot's shortlist recommendation change?", "race", "shortlist recommendation"),
    ("Check whether our LLM loan assistant gives a different loan approval when the applicant is described as a woman instead of a man, all else equal.", "gender", "loan approval"),
    ("Does the AI triage bot change its urgency rating if the patient is 75 rather than 35, with identical symptoms?", "age", "urgency rating"),
    ("Would the language model make a different tenancy decision if the applicant's religion were listed as Muslim instead of Christian?", "religion", "tenancy decision"),
    ("Audit our admissions assistant: add a mention that the applicant uses a wheelchair to otherwise identical essays and see whether the admission recommendation flips.", "disability", "admission recommendation"),
    ("Does the voice assistant's credit limit suggestion depend on the caller's accent, holding the transcript content fixed?", "accent", "credit limit suggestion"),
    ("counterfactual fairness test: swap the name Jamal for Greg in the prompt, does the LLM's promotion recommendation change?", "name", "promotion recommendation"),
    ("Is the insurance chatbot's premium quote sensitive to nationality when nothing else about the customer changes?", "nationality", "premium quote"),
    ("Would an LLM scholarship reviewer give a different score to a personal statement if the author were gay rather than straight, everything else held constant?", "sexual orientation", "score"),
    ("Does the model's bail recommendation shift when the defendant's ethnicity is altered but the case file is identical?", "ethnicity", "bail recommendation"),
    ("Test whether the AI recruiter's hiring decision changes when the CV mentions a pregnancy, all else equal.", "pregnancy", "hiring decision"),
    ("Would the chatbot give a different referral if the patient were described as obese rather than of average weight, with the same symptoms?", "weight", "referral"),
    ("For identical matrimonial-profile prompts, does the language model's match recommendation change with the person's caste?", "caste", "match recommendation"),
    ("Does the assistant's rental approval change if the applicant is described as a single mother rather than married, all else the same?", "marital status", "rental approval"),
    ("Flip only veteran status in otherwise identical applications: does our LLM screener change its interview decision?", "veteran status", "interview decision"),
    ("Would an AI essay marker give a different grade if the student wrote in African American English, with the same content?", "dialect", "grade"),
    ("Does the AI mortgage advisor's interest rate offer change if the applicant's gender is switched and all other facts stay the same?", "gender", "interest rate offer"),
    ("Check the counterfactual fairness of the chatbot's parole recommendation with respect to the defendant's age.", "age", "parole recommendation"),
]:
    Q(n, t, AU, a, y)

# ---------------- none: relation
R = "relation"
for t in [
    "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Hypothesis: A directly causes C. Is that true?",
    "Premise: variables X, Y and Z. X and Y are independent. X correlates with Z. Y correlates with Z. X and Y become dependent given Z. Does Z cause X?",
    "A, B, C, D are all the variables. A correlates with B, C and D. B is independent of C given A. B is independent of D given A. C correlates with D. Can we infer that A causes B?",
    "Given: P and Q are correlated, Q and R are correlated, P and R are correlated, and no conditional independences hold. Is P necessarily a cause of R?",
    "Two variables only, M and N, and they are correlated. Does M cause N?",
    "Closed system of A, B, C. A and C are independent. B correlates with both. Given B, A and C are dependent. Is B a common effect of A and C?",
    "variables W, X, Y: W correlates with X, X correlates with Y, W independent of Y. does X cause Y?",
    "Statistical relations: A ⟂ D | {B, C}; A correlates with B; A correlates with C; B ⟂ C | A; B and C each correlate with D. Is there a directed path from A to D?",
    "We observe that E and F are correlated, and both are independent of G. Could G be a confounder of E and F?",
    "Premises: among S, T, U, V all pairs are correlated except S and V, which are independent given T. Hypothesis: S causes V only through T. True or false?",
]:
    Q(n, t, R)

# ---------------- none: generate
G = "generate"
for t in [
    "Generate a synthetic dataset of 5,000 rows from the DAG X -> Z -> Y with X -> Y, using linear Gaussian equations.",
    "Simulate data from this structural causal model: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Give me 10k samples.",
    "Create a benchmark dataset where a language model invents the variables and equations for a 6-node causal graph about hospital wait times.",
    "make fake data from the DAG age -> income -> spending, age -> spending, n=2000",
    "Have an LLM write the structural equations for a DAG with nodes weather, footfall, sales and then sample 1,000 rows.",
    "Produce a synthetic treatment-outcome dataset with a known ATE of 3 and two confounders, for testing estimators.",
    "Build a synthetic causal benchmark: 8 variables, random sparse DAG, nonlinear mechanisms, 50k rows.",
    "Sample data from the SCM A := N(0,1), B := A^2 + N(0,0.1), C := sin(B) + A.",
    "generate a dataset with an instrument Z, treatment D, outcome Y, and hidden confounder, true effect 1.5",
    "Use a language model to define plausible equations for a causal graph about cornhole league dropout and generate data from it.",
]:
    Q(n, t, G)

# ---------------- validate
for q in QS:
    e = q["expected"]
    if q["dataset"] == "none":
        q["columns"] = None
        continue
    cols = list(D[q["dataset"]]["columns"])
    q["columns"] = cols
    for r in ("treatment", "outcome", "mediator"):
        if e["kind"] != "audit" and e[r] is not None:
            assert e[r] in cols, (q, r)
    if "instrument" in e:
        assert e["instrument"] in cols
    for c in e.get("covariates", []):
        assert c in cols, (q, c)
    for c, v in e.get("at", {}).items():
        assert c in cols, (q, c)
        t = D[q["dataset"]]["columns"][c]["type"]
        assert isinstance(v, str) == (t == "categorical"), (q, c)
        if t == "categorical":
            assert v in D[q["dataset"]]["columns"][c]["values"], (q, c)
    if e["kind"] == "cate" and "at" in e:
        pass
for name, d_ in D.items():
    assert 13 <= len(d_["columns"]) <= 18, name

out = []
for q in QS:
    out.append({"question": q["question"], "dataset": q["dataset"], "columns": q["columns"],
                "split": "test", "origin": "heldout66", "expected": q["expected"]})
random.Random(67067).shuffle(out)
with open("/tmp/wr/h66/questions.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("/tmp/wr/h66/datasets.json", "w") as f:
    json.dump(D, f, indent=1, ensure_ascii=False)

kinds = collections.Counter(o["expected"]["kind"] for o in out)
mods = collections.Counter()
for o in out:
    for k in ("covariates", "estimand", "at", "clarify", "instrument"):
        if k in o["expected"]:
            mods[k if k != "estimand" else "estimand_" + o["expected"]["estimand"]] += 1
print(len(out), dict(kinds), dict(mods))

