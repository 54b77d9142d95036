import json, random, collections, subprocess

SPLIT, ORIGIN, SEED = "test", "heldout72", 72072
OUT = "/tmp/wr/h72"

D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

ds("h72_pencak_silat", "Indonesian pencak silat athletes across perguruan (schools); plyometric training program, fitness and competition results.", [
    ("ath_id", "id", ["PS0001", "PS0002", "PS0003"]),
    ("prgr", "categorical", ["setia_hati", "merpati_putih", "tapak_suci", "perisai_diri"]),
    ("age_yr", "numeric", [17, 22, 29]),
    ("sex_f", "binary", [0, 1, 1]),
    ("bmi", "numeric", [20.1, 22.8, 24.5]),
    ("trn_hrs_wk", "numeric", [6, 10, 14]),
    ("plyo_prg", "binary", [0, 1, 0]),
    ("vo2_bl", "numeric", [44.2, 50.1, 53.7]),
    ("vo2_12w", "numeric", [46.0, 52.3, 55.1]),
    ("kick_spd_pre", "numeric", [9.8, 11.2, 12.0]),
    ("kick_spd_post", "numeric", [10.3, 11.9, 12.6]),
    ("tnd_score", "numeric", [61, 74, 88]),
    ("tnd_score_v2", "numeric", [0.58, 0.71, 0.86]),
    ("inj_30d", "binary", [0, 0, 1]),
    ("inj_90d", "binary", [0, 1, 1]),
    ("medal_won", "binary", [1, 0, 0]),
    ("comp_date", "date", ["2023-03-11", "2023-07-02", "2024-01-20"]),
    ("rgn", "categorical", ["java", "sumatra", "bali", "sulawesi"]),
])
ds("h72_kho_kho", "School and league kho kho players in India; sprint drill program, chasing performance and retention.", [
    ("playerId", "id", ["KK-101", "KK-102", "KK-103"]),
    ("teamZone", "categorical", ["north", "south", "east", "west"]),
    ("ageYrs", "numeric", [12, 15, 19]),
    ("isGirl", "binary", [1, 0, 1]),
    ("sprintDrillProg", "binary", [0, 1, 1]),
    ("practiceDaysPerWk", "numeric", [2, 4, 6]),
    ("chaseTimePre", "numeric", [48.5, 41.2, 37.9]),
    ("chaseTimePost", "numeric", [45.1, 39.0, 36.2]),
    ("tagsPerMatch", "numeric", [2, 4, 7]),
    ("tagsPerMatchV2", "numeric", [1.8, 4.3, 6.5]),
    ("dropout30d", "binary", [0, 0, 1]),
    ("dropout90d", "binary", [0, 1, 1]),
    ("agilityScore", "numeric", [55, 68, 81]),
    ("coachCertified", "binary", [1, 0, 1]),
    ("matchWinRate", "numeric", [0.35, 0.52, 0.7]),
    ("seasonStart", "date", ["2023-06-01", "2023-07-15", "2024-06-03"]),
    ("hamstringInjury", "binary", [0, 1, 0]),
])
ds("h72_mallakhamb", "Mallakhamb (pole and rope gymnastics) athletes; yoga programme, flexibility, grip strength, competition scores.", [
    ("GYM_ID", "id", ["MK001", "MK002", "MK003"]),
    ("APPARATUS", "categorical", ["pole", "rope", "hanging_pole"]),
    ("AGE", "numeric", [11, 14, 20]),
    ("FEMALE", "binary", [1, 0, 0]),
    ("YOGA_PRG", "binary", [1, 1, 0]),
    ("COACH_EXP_YRS", "numeric", [3, 9, 21]),
    ("FLEX_BL", "numeric", [12.5, 18.0, 24.2]),
    ("FLEX_6M", "numeric", [14.1, 20.3, 25.0]),
    ("GRIP_KG_PRE", "numeric", [22.0, 30.5, 38.1]),
    ("GRIP_KG_POST", "numeric", [23.4, 31.8, 39.0]),
    ("TOTAL_SCORE", "numeric", [7.85, 8.4, 9.1]),
    ("TOTAL_SCORE_ADJ", "numeric", [7.6, 8.3, 9.2]),
    ("FALL_RATE", "numeric", [0.0, 0.1, 0.25]),
    ("FALL_RATIO", "numeric", [0.0, 0.11, 0.33]),
    ("STATE", "categorical", ["maharashtra", "madhya_pradesh", "gujarat", "karnataka"]),
    ("NATL_SELECT", "binary", [0, 1, 0]),
    ("EVENT_DT", "date", ["2022-11-05", "2023-02-18", "2023-12-09"]),
])
ds("h72_gatka", "Members of Gatka (Sikh martial art) akharas in Punjab; mentorship scheme, attendance, stamina, confidence and tournament entry.", [
    ("member", "id", ["G-0001", "G-0002", "G-0003"]),
    ("akhara", "categorical", ["amritsar", "ludhiana", "patiala", "jalandhar"]),
    ("age", "numeric", [14, 23, 41]),
    ("gender", "categorical", ["male", "female"]),
    ("experience", "numeric", [1, 5, 12]),
    ("mentorship", "binary", [0, 1, 1]),
    ("sessions", "numeric", [4, 9, 16]),
    ("stamina_before", "numeric", [42, 55, 67]),
    ("stamina_after", "numeric", [45, 60, 70]),
    ("confidence", "numeric", [3.1, 3.8, 4.5]),
    ("confidence_revised", "numeric", [2.9, 3.9, 4.6]),
    ("injuries_3mo", "numeric", [0, 1, 2]),
    ("injuries_12mo", "numeric", [0, 2, 4]),
    ("tournament", "binary", [1, 0, 1]),
    ("ranking", "numeric", [12, 57, 140]),
    ("distance", "numeric", [0.8, 4.5, 15.2]),
    ("joined", "date", ["2021-04-13", "2022-09-01", "2023-05-20"]),
])
ds("h72_bokator", "Cambodian bokator fighters; conditioning camp, protein supplementation, sparring volume, concussions and results.", [
    ("fgtr_id", "id", ["BK-77", "BK-78", "BK-79"]),
    ("kru_lvl", "categorical", ["krama_white", "krama_green", "krama_blue", "krama_red", "krama_black"]),
    ("age_y", "numeric", [19, 26, 34]),
    ("wt_kg", "numeric", [58.0, 66.5, 74.2]),
    ("cond_cmp", "binary", [1, 0, 1]),
    ("spar_rds_wk", "numeric", [4, 10, 18]),
    ("hr_rest_bl", "numeric", [64, 58, 71]),
    ("hr_rest_6m", "numeric", [60, 55, 69]),
    ("strk_acc", "numeric", [0.41, 0.55, 0.63]),
    ("strk_acc_v2", "numeric", [43.0, 56.5, 61.2]),
    ("ko_wins", "numeric", [0, 3, 8]),
    ("conc_30d", "binary", [0, 0, 1]),
    ("conc_180d", "binary", [0, 1, 1]),
    ("prov", "categorical", ["phnom_penh", "siem_reap", "battambang", "kampot"]),
    ("sup_prot", "binary", [0, 1, 0]),
    ("dt_enrl", "date", ["2022-01-10", "2022-08-22", "2023-03-05"]),
    ("win_pct", "numeric", [0.3, 0.55, 0.8]),
])
ds("h72_lethwei", "Lethwei (Burmese bare-knuckle boxing) fighters; headbutt training, hand wraps, cuts, knockouts, purses and fan ratings.", [
    ("fighterId", "id", ["LW-3001", "LW-3002", "LW-3003"]),
    ("campName", "categorical", ["yangon", "mandalay", "mawlamyine", "bago"]),
    ("ageAtFight", "numeric", [20, 25, 31]),
    ("weightClass", "categorical", ["fly", "bantam", "light", "welter", "middle"]),
    ("headbuttTraining", "binary", [1, 0, 1]),
    ("fightsPerYear", "numeric", [3, 6, 11]),
    ("cutsPerFight", "numeric", [0.5, 1.2, 2.0]),
    ("cutsPerFightAdj", "numeric", [0.4, 1.1, 2.3]),
    ("handWrapType", "categorical", ["gauze", "tape_only"]),
    ("knockoutRate", "numeric", [0.1, 0.35, 0.6]),
    ("medicalClearance90d", "binary", [1, 1, 0]),
    ("medicalClearance365d", "binary", [1, 0, 0]),
    ("purseUsd", "numeric", [300, 1200, 5000]),
    ("fanRatingPre", "numeric", [3.2, 3.9, 4.4]),
    ("fanRatingPost", "numeric", [3.5, 4.1, 4.7]),
    ("debutDate", "date", ["2015-04-17", "2018-12-01", "2021-01-09"]),
    ("foreignOpponent", "binary", [0, 1, 0]),
])
ds("h72_glima", "Icelandic glima wrestlers; belt-grip drill, strength programme, trip success, posture scores, falls and titles.", [
    ("WRESTLER_ID", "id", ["GL-01", "GL-02", "GL-03"]),
    ("CLUB", "categorical", ["armann", "kr", "hsk", "ulfljotur"]),
    ("AGE", "numeric", [18, 24, 33]),
    ("HEIGHT_CM", "numeric", [172, 180, 191]),
    ("BELT_DRILL", "binary", [1, 0, 0]),
    ("STRENGTH_PRG", "binary", [0, 1, 1]),
    ("TRIP_SUCC_PRE", "numeric", [22.0, 35.5, 48.0]),
    ("TRIP_SUCC_POST", "numeric", [25.0, 39.0, 51.5]),
    ("POSTURE_SCORE", "numeric", [6.5, 7.8, 9.0]),
    ("POSTURE_SCORE_V2", "numeric", [63, 77, 90]),
    ("FALLS_30D", "numeric", [0, 2, 5]),
    ("FALLS_90D", "numeric", [1, 5, 12]),
    ("REGION", "categorical", ["reykjavik", "north", "east", "south"]),
    ("SEASON_DT", "date", ["2022-10-01", "2023-04-15", "2023-10-07"]),
    ("TITLE_WON", "binary", [0, 0, 1]),
    ("KNEE_INJ", "binary", [0, 1, 0]),
])
ds("h72_schwingen", "Swiss schwingen (wrestling in sawdust rings) athletes; professional coaching, gym training, fitness tests, wins, wreaths and dropout. fitness = old test protocol, fitness_new = new test protocol.", [
    ("schwinger", "id", ["S-1001", "S-1002", "S-1003"]),
    ("canton", "categorical", ["bern", "luzern", "zurich", "graubunden", "appenzell"]),
    ("age", "numeric", [19, 26, 35]),
    ("bodyweight", "numeric", [92, 110, 128]),
    ("farmer", "binary", [1, 0, 1]),
    ("coaching", "binary", [0, 1, 1]),
    ("gym", "binary", [1, 1, 0]),
    ("wins_before", "numeric", [2, 6, 11]),
    ("wins_after", "numeric", [3, 8, 12]),
    ("crowns", "numeric", [0, 4, 19]),
    ("wreath", "binary", [0, 1, 1]),
    ("fitness", "numeric", [61, 74, 85]),
    ("fitness_new", "numeric", [58, 77, 88]),
    ("dropout_1yr", "binary", [0, 0, 1]),
    ("dropout_3yr", "binary", [0, 1, 1]),
    ("festival", "date", ["2022-08-27", "2023-06-18", "2023-08-26"]),
    ("sponsor", "binary", [0, 1, 0]),
])
ds("h72_yagli_wrestling", "Turkish yagli gures (oil wrestling) pehlivans; grip training, oil type, agha sponsorship, hold times, round wins and ranking points.", [
    ("pehl_id", "id", ["YG-501", "YG-502", "YG-503"]),
    ("wt_cls", "categorical", ["teskoy", "kucuk_orta", "buyuk_orta", "bas_alti", "bas"]),
    ("age_yr", "numeric", [21, 30, 42]),
    ("oil_typ", "categorical", ["olive", "mixed"]),
    ("grip_trn", "binary", [1, 0, 1]),
    ("tr_hrs_wk", "numeric", [8, 14, 22]),
    ("hold_sec_pre", "numeric", [3.1, 4.6, 6.0]),
    ("hold_sec_post", "numeric", [3.5, 5.2, 6.4]),
    ("rnd_wins", "numeric", [0, 2, 5]),
    ("skin_irr_7d", "binary", [0, 1, 0]),
    ("skin_irr_30d", "binary", [0, 1, 1]),
    ("agha_spns", "binary", [0, 0, 1]),
    ("rank_pts", "numeric", [120, 340, 810]),
    ("rank_pts_v2", "numeric", [0.12, 0.4, 0.87]),
    ("prov", "categorical", ["edirne", "antalya", "izmir", "kirklareli"]),
    ("evt_dt", "date", ["2023-07-01", "2023-07-03", "2024-07-06"]),
    ("bmi", "numeric", [26.5, 29.8, 33.4]),
])
ds("h72_kurash", "Uzbek kurash (belt wrestling) athletes; throw drill program, video feedback, sleep, halol throws, yonbosh scores, penalties and injuries.", [
    ("athleteId", "id", ["KU-9001", "KU-9002", "KU-9003"]),
    ("region", "categorical", ["tashkent", "samarkand", "fergana", "bukhara"]),
    ("ageYears", "numeric", [17, 23, 30]),
    ("weightKg", "numeric", [60, 81, 100]),
    ("isFemale", "binary", [0, 1, 0]),
    ("throwDrillProgram", "binary", [1, 0, 1]),
    ("sleepHrsNight", "numeric", [6.0, 7.5, 9.0]),
    ("halolCount", "numeric", [0, 3, 7]),
    ("yonboshScore", "numeric", [2, 5, 9]),
    ("yonboshScoreV2", "numeric", [0.21, 0.48, 0.9]),
    ("penaltiesPre", "numeric", [1, 3, 6]),
    ("penaltiesPost", "numeric", [0, 2, 5]),
    ("injury60d", "binary", [0, 0, 1]),
    ("injury180d", "binary", [0, 1, 1]),
    ("nationalTeam", "binary", [0, 1, 0]),
    ("videoFeedback", "binary", [1, 0, 0]),
    ("tournamentDate", "date", ["2023-05-12", "2023-09-30", "2024-03-16"]),
])
ds("h72_naginata", "Japanese naginata practitioners; extra kata class, practice hours, strike accuracy, shiai (match) scores, back pain and grading exams.", [
    ("PRAC_ID", "id", ["NG-0101", "NG-0102", "NG-0103"]),
    ("DOJO_TYPE", "categorical", ["university", "community", "corporate"]),
    ("AGE", "numeric", [19, 38, 62]),
    ("SEX", "categorical", ["F", "M"]),
    ("KATA_CLASS", "binary", [1, 0, 1]),
    ("PRACT_HRS_WK", "numeric", [2, 5, 9]),
    ("DAN_GRADE", "numeric", [0, 2, 5]),
    ("STRIKE_ACC_BL", "numeric", [0.42, 0.57, 0.7]),
    ("STRIKE_ACC_12M", "numeric", [0.47, 0.6, 0.74]),
    ("SHIAI_SCORE", "numeric", [1, 3, 6]),
    ("SHIAI_SCORE_ALT", "numeric", [0.9, 3.4, 5.8]),
    ("BACK_PAIN_3M", "binary", [0, 1, 0]),
    ("BACK_PAIN_12M", "binary", [0, 1, 1]),
    ("GRADING_PASS", "binary", [1, 0, 1]),
    ("PREFECTURE", "categorical", ["tokyo", "osaka", "kyoto", "hokkaido"]),
    ("EXAM_DT", "date", ["2023-02-26", "2023-08-20", "2024-02-25"]),
])
ds("h72_bossaball", "Bossaball players (volleyball on inflatable trampoline courts); trampoline training, live music at matches, spikes, ratings, ankle sprains and retention.", [
    ("player", "id", ["BB-11", "BB-12", "BB-13"]),
    ("club", "categorical", ["madrid", "lisbon", "rio", "ghent"]),
    ("age", "numeric", [18, 27, 39]),
    ("height", "numeric", [165, 178, 192]),
    ("trampoline", "binary", [1, 0, 1]),
    ("music", "binary", [1, 1, 0]),
    ("matches", "numeric", [2, 5, 9]),
    ("spikes_before", "numeric", [1, 4, 8]),
    ("spikes_after", "numeric", [2, 5, 10]),
    ("rating", "numeric", [5.5, 6.8, 8.1]),
    ("rating_v2", "numeric", [52, 70, 83]),
    ("ankle_30d", "binary", [0, 0, 1]),
    ("ankle_90d", "binary", [0, 1, 1]),
    ("court", "categorical", ["indoor", "beach", "park"]),
    ("enjoyment", "numeric", [3, 4, 5]),
    ("signup", "date", ["2022-05-14", "2023-03-02", "2023-07-29"]),
    ("retained", "binary", [1, 0, 1]),
])
ds("h72_footvolley", "Footvolley players (volleyball rules, no hands) in beach cities; sand-specific training, partner changes, ball control, points, injuries, Elo and tournament wins.", [
    ("plyr_id", "id", ["FV-201", "FV-202", "FV-203"]),
    ("city", "categorical", ["rio", "miami", "barcelona", "dubai"]),
    ("age_y", "numeric", [20, 28, 37]),
    ("sand_trn", "binary", [1, 0, 1]),
    ("ball_ctl_pre", "numeric", [55, 67, 79]),
    ("ball_ctl_post", "numeric", [58, 71, 80]),
    ("pts_pg", "numeric", [6, 9, 13]),
    ("pts_pg_v2", "numeric", [5.8, 9.4, 12.7]),
    ("hrs_wk", "numeric", [4, 8, 12]),
    ("ankl_inj_30d", "binary", [0, 1, 0]),
    ("ankl_inj_90d", "binary", [0, 1, 1]),
    ("sun_exp_hrs", "numeric", [6, 15, 28]),
    ("prtnr_chg", "binary", [0, 0, 1]),
    ("tour_win", "binary", [0, 1, 0]),
    ("elo_rt", "numeric", [1320, 1510, 1745]),
    ("mtch_dt", "date", ["2023-01-21", "2023-06-10", "2024-02-04"]),
    ("ft_dom", "categorical", ["left", "right", "both"]),
])
ds("h72_teqball", "Teqball app users and club players (football skills on a curved table); app-based coaching, sessions, rally length, touch accuracy, churn and rankings.", [
    ("playerId", "id", ["u_88121", "u_88122", "u_88123"]),
    ("country", "categorical", ["hungary", "brazil", "nigeria", "france", "thailand"]),
    ("ageYrs", "numeric", [16, 24, 35]),
    ("isDoubles", "binary", [0, 1, 1]),
    ("appCoaching", "binary", [1, 0, 1]),
    ("sessionsPerWk", "numeric", [1, 3, 6]),
    ("rallyLenPre", "numeric", [4.2, 6.8, 9.1]),
    ("rallyLenPost", "numeric", [5.0, 7.4, 9.9]),
    ("touchAccuracy", "numeric", [0.62, 0.74, 0.88]),
    ("touchAccuracyPct", "numeric", [61.0, 75.5, 87.2]),
    ("churned30d", "binary", [0, 1, 0]),
    ("churned90d", "binary", [0, 1, 1]),
    ("membershipTier", "categorical", ["free", "plus", "pro"]),
    ("rankingPts", "numeric", [0, 240, 1180]),
    ("firstMatch", "date", ["2022-02-14", "2023-04-08", "2023-11-30"]),
    ("tableAccess", "binary", [0, 1, 0]),
    ("setsWonPct", "numeric", [0.31, 0.5, 0.72]),
])
ds("h72_broomball", "Recreational and competitive broomball players on ice rinks in Canada; shoe type, helmets, skill clinic, falls, goals, concussions and return next season.", [
    ("PLAYER_ID", "id", ["BR-4001", "BR-4002", "BR-4003"]),
    ("LEAGUE", "categorical", ["rec", "intermediate", "competitive"]),
    ("AGE", "numeric", [19, 31, 47]),
    ("SHOE_TYPE", "categorical", ["standard", "grip_sole"]),
    ("HELMET", "binary", [1, 0, 1]),
    ("ICE_TEMP_C", "numeric", [-8, -5, -2]),
    ("GAMES_PER_WK", "numeric", [1, 2, 3]),
    ("FALLS_PRE", "numeric", [2, 5, 9]),
    ("FALLS_POST", "numeric", [1, 4, 8]),
    ("GOALS_PG", "numeric", [0.0, 0.4, 1.2]),
    ("GOALS_PG_ADJ", "numeric", [0.05, 0.38, 1.1]),
    ("CONC_30D", "binary", [0, 0, 1]),
    ("CONC_SEASON", "binary", [0, 1, 1]),
    ("RETURNED_NEXT_YR", "binary", [1, 0, 1]),
    ("SKILL_CLINIC", "binary", [0, 1, 1]),
    ("GAME_DT", "date", ["2023-01-14", "2023-02-25", "2024-01-06"]),
    ("PROVINCE", "categorical", ["ontario", "manitoba", "quebec", "alberta"]),
])

Qs = []
def Q(d, q, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(kw)
    Qs.append({"question": q, "dataset": d or "none",
               "columns": list(D[d]["columns"]) if d else None,
               "split": SPLIT, "origin": ORIGIN, "expected": e})

# ---------------- pencak silat
d = "h72_pencak_silat"
Q(d, "Estimate the average treatment effect of `plyo_prg` on `kick_spd_post`, adjusting for `age_yr`, `bmi` and `kick_spd_pre`.", "ate", "plyo_prg", "kick_spd_post", covariates=["age_yr", "bmi", "kick_spd_pre"])
Q(d, "Did the jump-training program actually make our fighters kick faster?", "ate", "plyo_prg", "kick_spd_post")
Q(d, "ate plyo_prg -> vo2_12w adj trn_hrs_wk", "ate", "plyo_prg", "vo2_12w", covariates=["trn_hrs_wk"])
Q(d, "Does putting in more hours on the mat each week really raise the chance of bringing home a medal, or is that just confounding because the stronger schools train more?", "ate", "trn_hrs_wk", "medal_won")
Q(d, "What is the effect of the plyometric program on injuries?", "ate", "plyo_prg", None, clarify=True)
Q(d, "Is aerobic capacity at 12 weeks improved by plyometric training, for those athletes who actually enrolled in it?", "ate", "plyo_prg", "vo2_12w", estimand="att")
Q(d, "Effect of weekly training hours (trn_hrs_wk) on the revised tanding score (tnd_score_v2), controlling for perguruan (prgr) and region (rgn).", "ate", "trn_hrs_wk", "tnd_score_v2", covariates=["prgr", "rgn"])
Q(d, "how much does plyo trainng shift tnd_score? control for sex_f", "ate", "plyo_prg", "tnd_score", covariates=["sex_f"])
Q(d, "Among athletes from Java, what is the effect of `plyo_prg` on `kick_spd_post`?", "cate", "plyo_prg", "kick_spd_post", at={"rgn": "java"})
Q(d, "For fighters who train 10 hours a week, how much does the plyometric block boost VO2 max?", "cate", "plyo_prg", "vo2_12w", at={"trn_hrs_wk": 10})
Q(d, "Which kinds of silat athletes gain the most kicking speed from plyometrics - does it differ by age or by school?", "cate", "plyo_prg", "kick_spd_post")
Q(d, "effect of plyo_prg on medal_won under the condition that sex_f = 1", "cate", "plyo_prg", "medal_won", at={"sex_f": 1})
Q(d, "Which athletes should we enrol in the plyometric program to maximise kick speed at follow-up?", "policy", "plyo_prg", "kick_spd_post")
Q(d, "Build a targeting rule for plyo_prg that maximizes medal_won.", "policy", "plyo_prg", "medal_won")
Q(d, "If we can only fund plyometric coaching for a third of the squad, who should get it so that the v2 tanding scores rise the most?", "policy", "plyo_prg", "tnd_score_v2")
Q(d, "How much of the effect of `plyo_prg` on `medal_won` is mediated by `kick_spd_post`?", "mediation", "plyo_prg", "medal_won", "kick_spd_post")
Q(d, "The plyometric program supposedly works by building aerobic capacity, which then lifts the judges' scores under the v2 scoring. What share of its effect runs through that fitness pathway?", "mediation", "plyo_prg", "tnd_score_v2", "vo2_12w")
Q(d, "direct vs indirect effect of trn_hrs_wk on medal_won via kick_spd_post", "mediation", "trn_hrs_wk", "medal_won", "kick_spd_post")
Q(d, "Learn the causal graph over the pencak silat variables.", "discover")
Q(d, "Plot the distribution of bmi by prgr.", "unsupported")

# ---------------- kho kho
d = "h72_kho_kho"
Q(d, "What's the ATE of sprintDrillProg on chaseTimePost, controlling for chaseTimePre and ageYrs?", "ate", "sprintDrillProg", "chaseTimePost", covariates=["chaseTimePre", "ageYrs"])
Q(d, "Do kids who do the sprint drills get quicker at chasing?", "ate", "sprintDrillProg", "chaseTimePost")
Q(d, "effect coachCertified on matchWinRate", "ate", "coachCertified", "matchWinRate")
Q(d, "Is quitting within 90 days less likely when the coach holds a certification?", "ate", "coachCertified", "dropout90d")
Q(d, "Does practising more days a week cause hamstring injuries, or is that association just confounding?", "ate", "practiceDaysPerWk", "hamstringInjury")
Q(d, "Average causal effect of sprint drills (`sprintDrillProg`) on tags per match (`tagsPerMatchV2`).", "ate", "sprintDrillProg", "tagsPerMatchV2")
Q(d, "How does the sprint drill program affect dropout?", "ate", "sprintDrillProg", None, clarify=True)
Q(d, "Among those who did NOT take the sprint drill program, what would its effect on agility have been?", "ate", "sprintDrillProg", "agilityScore", estimand="atc")
Q(d, "For girls (isGirl = 1), estimate the effect of sprintDrillProg on chaseTimePost.", "cate", "sprintDrillProg", "chaseTimePost", at={"isGirl": 1})
Q(d, "In the north zone, does having a certified coach raise how often teams win?", "cate", "coachCertified", "matchWinRate", at={"teamZone": "north"})
Q(d, "How does the sprint drill effect on chase time vary with age?", "cate", "sprintDrillProg", "chaseTimePost")
Q(d, "sprint drills -> tagsPerMatchV2 for players practising 4 days per week", "cate", "sprintDrillProg", "tagsPerMatchV2", at={"practiceDaysPerWk": 4})
Q(d, "Which players should be assigned to the sprint drill program to minimise chaseTimePost?", "policy", "sprintDrillProg", "chaseTimePost")
Q(d, "Recommend who should get a certified coach to keep 90-day dropout low.", "policy", "coachCertified", "dropout90d")
Q(d, "who should get sprint drills so fewer kids drop out?", "policy", "sprintDrillProg", None, clarify=True)
Q(d, "Does the sprint drill program raise win rates by making players chase faster? Split the effect into direct and indirect parts.", "mediation", "sprintDrillProg", "matchWinRate", "chaseTimePost")
Q(d, "How much of coachCertified's effect on dropout30d goes through agilityScore?", "mediation", "coachCertified", "dropout30d", "agilityScore")
Q(d, "Which variables drive which in the kho kho data? Recover the causal structure.", "discover")
Q(d, "find the DAG for h72_kho_kho", "discover")

# ---------------- mallakhamb
d = "h72_mallakhamb"
Q(d, "Estimate the ATE of YOGA_PRG on FLEX_6M adjusting for FLEX_BL, AGE and FEMALE.", "ate", "YOGA_PRG", "FLEX_6M", covariates=["FLEX_BL", "AGE", "FEMALE"])
Q(d, "Does the yoga course make the gymnasts more supple?", "ate", "YOGA_PRG", "FLEX_6M")
Q(d, "ate YOGA_PRG on GRIP_KG_POST", "ate", "YOGA_PRG", "GRIP_KG_POST")
Q(d, "Is national team selection driven by how many years the coach has been coaching, once apparatus is held fixed?", "ate", "COACH_EXP_YRS", "NATL_SELECT", covariates=["APPARATUS"])
Q(d, "What is the effect of the yoga programme on the fall rate?", "ate", "YOGA_PRG", "FALL_RATE")
Q(d, "Does yoga improve how the gymnasts get scored by the panel?", "ate", "YOGA_PRG", None, clarify=True)
Q(d, "Does the coach's nationality affect whether a gymnast is picked for the national squad?", "ate", None, "NATL_SELECT", clarify=True)
Q(d, "For gymnasts who took the yoga programme, how much did it lower their FALL_RATIO?", "ate", "YOGA_PRG", "FALL_RATIO", estimand="att")
Q(d, "Among rope performers, what is the effect of YOGA_PRG on FLEX_6M?", "cate", "YOGA_PRG", "FLEX_6M", at={"APPARATUS": "rope"})
Q(d, "effect of yoga on grip strength for 14 year olds", "cate", "YOGA_PRG", "GRIP_KG_POST", at={"AGE": 14})
Q(d, "For whom does yoga training help TOTAL_SCORE_ADJ the most?", "cate", "YOGA_PRG", "TOTAL_SCORE_ADJ")
Q(d, "In Maharashtra, how does coach experience affect national selection?", "cate", "COACH_EXP_YRS", "NATL_SELECT", at={"STATE": "maharashtra"})
Q(d, "Who should be placed in the yoga programme to maximise the adjusted total score?", "policy", "YOGA_PRG", "TOTAL_SCORE_ADJ")
Q(d, "Learn an optimal policy: assign YOGA_PRG to reduce FALL_RATE.", "policy", "YOGA_PRG", "FALL_RATE")
Q(d, "target yoga at the gymnasts most likely to gain natl selection", "policy", "YOGA_PRG", "NATL_SELECT")
Q(d, "Yoga is thought to help because it loosens the hamstrings and hips, which then cuts down on falls. How much of the yoga effect on the fall rate comes through flexibility?", "mediation", "YOGA_PRG", "FALL_RATE", "FLEX_6M")
Q(d, "Decompose the effect of YOGA_PRG on NATL_SELECT into direct and indirect components via GRIP_KG_POST.", "mediation", "YOGA_PRG", "NATL_SELECT", "GRIP_KG_POST")
Q(d, "Run causal discovery on the mallakhamb dataset.", "discover")
Q(d, "What's the mean AGE per STATE?", "unsupported")

# ---------------- gatka
d = "h72_gatka"
Q(d, "Does mentorship improve stamina? Adjust for age and experience.", "ate", "mentorship", "stamina_after", covariates=["age", "experience"])
Q(d, "What's the average effect of having a mentor on whether someone signs up for a tournament?", "ate", "mentorship", "tournament")
Q(d, "effect of sessions on ranking, distance as instrument, control for akhara", "ate", "sessions", "ranking", covariates=["akhara"], instrument="distance")
Q(d, "Is living farther away the reason people turn up less often? Estimate the causal effect of distance on sessions.", "ate", "distance", "sessions")
Q(d, "Does mentorship reduce injuries over the year?", "ate", "mentorship", "injuries_12mo")
Q(d, "Estimate the effect of `mentorship` on `confidence_revised`.", "ate", "mentorship", "confidence_revised")
Q(d, "What is the effect of mentorship on self-confidence?", "ate", "mentorship", None, clarify=True)
Q(d, "Among women, does mentorship raise stamina?", "cate", "mentorship", "stamina_after", at={"gender": "female"})
Q(d, "For members with 5 years of experience, what's the mentorship effect on ranking?", "cate", "mentorship", "ranking", at={"experience": 5})
Q(d, "does the effect of extra sessions on stamina differ by akhara", "cate", "sessions", "stamina_after")
Q(d, "mentorship effect on tournament entry in the Patiala akhara", "cate", "mentorship", "tournament", at={"akhara": "patiala"})
Q(d, "Who should be offered a mentor so that the most members end up entering tournaments?", "policy", "mentorship", "tournament")
Q(d, "Give me a rule for assigning `mentorship` to lower `injuries_3mo`.", "policy", "mentorship", "injuries_3mo")
Q(d, "Mentorship works by getting people to show up more often, which then pushes up their ranking. How much of the mentorship effect flows through attendance?", "mediation", "mentorship", "ranking", "sessions")
Q(d, "Direct and indirect effects of mentorship on tournament via confidence_revised.", "mediation", "mentorship", "tournament", "confidence_revised")
Q(d, "how much of the effect of distance on ranking is mediated by sessions", "mediation", "distance", "ranking", "sessions")
Q(d, "What causes what among the gatka variables?", "discover")
Q(d, "Estimate a causal graph for the gatka data.", "discover")

# ---------------- bokator
d = "h72_bokator"
Q(d, "Estimate the ATE of `cond_cmp` on `hr_rest_6m` adjusting for `hr_rest_bl` and `age_y`.", "ate", "cond_cmp", "hr_rest_6m", covariates=["hr_rest_bl", "age_y"])
Q(d, "Does going to the conditioning camp lower a fighter's resting pulse?", "ate", "cond_cmp", "hr_rest_6m")
Q(d, "ate sup_prot on win_pct adj wt_kg, age_y", "ate", "sup_prot", "win_pct", covariates=["wt_kg", "age_y"])
Q(d, "Does sparring more rounds per week cause concussions within six months?", "ate", "spar_rds_wk", "conc_180d")
Q(d, "Is the knockout tally really increased by the conditioning camp, or is that confounding?", "ate", "cond_cmp", "ko_wins")
Q(d, "effect of conditioning camp on striking accuracy", "ate", "cond_cmp", None, clarify=True)
Q(d, "Effect of protein supplementation (sup_prot) on strk_acc_v2.", "ate", "sup_prot", "strk_acc_v2")
Q(d, "What effect did the camp have on win percentage among the fighters who attended it?", "ate", "cond_cmp", "win_pct", estimand="att")
Q(d, "Among fighters in Siem Reap, effect of cond_cmp on win_pct.", "cate", "cond_cmp", "win_pct", at={"prov": "siem_reap"})
Q(d, "What's the effect of sparring volume on 30-day concussion risk for fighters weighing 70 kg?", "cate", "spar_rds_wk", "conc_30d", at={"wt_kg": 70})
Q(d, "Does the camp's effect on resting heart rate depend on the fighter's krama level?", "cate", "cond_cmp", "hr_rest_6m")
Q(d, "for black krama holders how much does protein supplementaton raise ko wins", "cate", "sup_prot", "ko_wins", at={"kru_lvl": "krama_black"})
Q(d, "Which fighters should be sent to the conditioning camp to maximise win_pct?", "policy", "cond_cmp", "win_pct")
Q(d, "Who should we give protein shakes to, if the goal is more fights won by knockout?", "policy", "sup_prot", "ko_wins")
Q(d, "treatment rule for cond_cmp to minimise conc_180d", "policy", "cond_cmp", "conc_180d")
Q(d, "How much of the conditioning camp's effect on win_pct is mediated by hr_rest_6m?", "mediation", "cond_cmp", "win_pct", "hr_rest_6m")
Q(d, "Protein supplementation is believed to work by adding bodyweight, which in turn produces more knockouts. Quantify that indirect path.", "mediation", "sup_prot", "ko_wins", "wt_kg")
Q(d, "Learn the causal structure among the bokator fighter variables.", "discover")
Q(d, "which variables in h72_bokator cause which? build the graph", "discover")
Q(d, "Train a model to predict win_pct from the other columns.", "unsupported")

# ---------------- lethwei
d = "h72_lethwei"
Q(d, "Average treatment effect of headbuttTraining on knockoutRate, adjusting for weightClass and ageAtFight.", "ate", "headbuttTraining", "knockoutRate", covariates=["weightClass", "ageAtFight"])
Q(d, "Do fighters who practise headbutts end up finishing more bouts by KO?", "ate", "headbuttTraining", "knockoutRate")
Q(d, "ate handWrapType -> cutsPerFightAdj", "ate", "handWrapType", "cutsPerFightAdj")
Q(d, "Does fighting more often per year hurt medical clearance over the following year?", "ate", "fightsPerYear", "medicalClearance365d")
Q(d, "Are purses bigger because of a foreign opponent, or is that just confounding?", "ate", "foreignOpponent", "purseUsd")
Q(d, "Effect of headbutt training on fan rating", "ate", "headbuttTraining", "fanRatingPost")
Q(d, "effect of hand wrap type on cuts", "ate", "handWrapType", None, clarify=True)
Q(d, "What is the effect of `fightsPerYear` on `purseUsd` holding `campName` fixed?", "ate", "fightsPerYear", "purseUsd", covariates=["campName"])
Q(d, "For welterweights, what is the effect of headbuttTraining on knockoutRate?", "cate", "headbuttTraining", "knockoutRate", at={"weightClass": "welter"})
Q(d, "Among Mandalay camp fighters, how does the wrap choice affect adjusted cuts per fight?", "cate", "handWrapType", "cutsPerFightAdj", at={"campName": "mandalay"})
Q(d, "Who benefits most from headbutt training in terms of knockouts?", "cate", "headbuttTraining", "knockoutRate")
Q(d, "For southpaw fighters, what's the effect of headbutt training on knockout rate?", "cate", "headbuttTraining", "knockoutRate", clarify=True)
Q(d, "Which fighters should take up headbutt training to maximise knockoutRate?", "policy", "headbuttTraining", "knockoutRate")
Q(d, "Targeting rule: who should be matched against a foreign opponent to raise fanRatingPost?", "policy", "foreignOpponent", "fanRatingPost")
Q(d, "who should switch wraps (handWrapType) to minimise cutsPerFight", "policy", "handWrapType", "cutsPerFight")
Q(d, "Does headbutt training raise purses by increasing the knockout rate? Separate the direct from the indirect effect.", "mediation", "headbuttTraining", "purseUsd", "knockoutRate")
Q(d, "What fraction of foreignOpponent's effect on purseUsd is mediated by fanRatingPost?", "mediation", "foreignOpponent", "purseUsd", "fanRatingPost")
Q(d, "Discover the causal structure of the lethwei fight data.", "discover")
Q(d, "Forecast next year's average purseUsd.", "unsupported")

# ---------------- glima
d = "h72_glima"
Q(d, "Estimate the ATE of BELT_DRILL on TRIP_SUCC_POST controlling for TRIP_SUCC_PRE.", "ate", "BELT_DRILL", "TRIP_SUCC_POST", covariates=["TRIP_SUCC_PRE"])
Q(d, "Do belt-grip drills make wrestlers better at tripping opponents?", "ate", "BELT_DRILL", "TRIP_SUCC_POST")
Q(d, "ate STRENGTH_PRG on TITLE_WON adj AGE HEIGHT_CM", "ate", "STRENGTH_PRG", "TITLE_WON", covariates=["AGE", "HEIGHT_CM"])
Q(d, "Is the risk of hurting a knee raised by the strength programme?", "ate", "STRENGTH_PRG", "KNEE_INJ")
Q(d, "What effect does the strength program have on falls?", "ate", "STRENGTH_PRG", None, clarify=True)
Q(d, "Effect of `BELT_DRILL` on `POSTURE_SCORE_V2`.", "ate", "BELT_DRILL", "POSTURE_SCORE_V2")
Q(d, "Does being tall really help win titles, or is it confounded?", "ate", "HEIGHT_CM", "TITLE_WON")
Q(d, "For wrestlers who skipped the belt drill, what would it have done to their trip success?", "ate", "BELT_DRILL", "TRIP_SUCC_POST", estimand="atc")
Q(d, "Among Reykjavik wrestlers, effect of BELT_DRILL on TRIP_SUCC_POST.", "cate", "BELT_DRILL", "TRIP_SUCC_POST", at={"REGION": "reykjavik"})
Q(d, "effect of strength programme on 90-day falls for wrestlers 180 cm tall", "cate", "STRENGTH_PRG", "FALLS_90D", at={"HEIGHT_CM": 180})
Q(d, "How does the belt drill effect on POSTURE_SCORE_V2 vary across clubs?", "cate", "BELT_DRILL", "POSTURE_SCORE_V2")
Q(d, "For 30-year-olds, does the strength programme increase the odds of winning a title?", "cate", "STRENGTH_PRG", "TITLE_WON", at={"AGE": 30})
Q(d, "Which wrestlers should be put on BELT_DRILL to maximise TITLE_WON?", "policy", "BELT_DRILL", "TITLE_WON")
Q(d, "Who should do the strength programme to keep knee injuries down?", "policy", "STRENGTH_PRG", "KNEE_INJ")
Q(d, "How much of BELT_DRILL's effect on TITLE_WON is mediated by TRIP_SUCC_POST?", "mediation", "BELT_DRILL", "TITLE_WON", "TRIP_SUCC_POST")
Q(d, "Strength work is supposed to improve posture (on the original scale), which then means fewer falls in the next month. What is the indirect share?", "mediation", "STRENGTH_PRG", "FALLS_30D", "POSTURE_SCORE")
Q(d, "natural direct effect of strength prg on titles, with knee injury as the mediator", "mediation", "STRENGTH_PRG", "TITLE_WON", "KNEE_INJ")
Q(d, "What's the causal structure among the glima wrestling columns?", "discover")
Q(d, "Clean the SEASON_DT column and drop duplicate WRESTLER_ID rows.", "unsupported")

# ---------------- schwingen
d = "h72_schwingen"
Q(d, "Does professional coaching increase wins? Adjust for wins_before and age.", "ate", "coaching", "wins_after", covariates=["wins_before", "age"])
Q(d, "Does growing up on a farm make a schwinger more likely to take home a wreath?", "ate", "farmer", "wreath")
Q(d, "ate gym -> fitness_new", "ate", "gym", "fitness_new")
Q(d, "Does sponsorship keep wrestlers in the sport? Look at three-year dropout.", "ate", "sponsor", "dropout_3yr")
Q(d, "What is the effect of gym training on fitness?", "ate", "gym", None, clarify=True)
Q(d, "Effect of coaching on crowns, controlling for canton and bodyweight.", "ate", "coaching", "crowns", covariates=["canton", "bodyweight"])
Q(d, "what does coaching do to dropout", "ate", "coaching", None, clarify=True)
Q(d, "Among schwingers from Bern, what is the effect of `coaching` on `wins_after`?", "cate", "coaching", "wins_after", at={"canton": "bern"})
Q(d, "For wrestlers weighing 110 kg, does gym work improve the new-protocol fitness score?", "cate", "gym", "fitness_new", at={"bodyweight": 110})
Q(d, "How does the effect of coaching on winning a wreath vary with age?", "cate", "coaching", "wreath")
Q(d, "effect of sponsorship on 1-yr dropout among farmers", "cate", "sponsor", "dropout_1yr", at={"farmer": 1})
Q(d, "Which wrestlers should receive professional coaching to maximise crowns?", "policy", "coaching", "crowns")
Q(d, "Who should we sponsor to minimise dropout over three years?", "policy", "sponsor", "dropout_3yr")
Q(d, "Coaching raises wins partly because it improves fitness_new. How big is the indirect effect of coaching on wins_after through fitness_new?", "mediation", "coaching", "wins_after", "fitness_new")
Q(d, "How much of the sponsorship effect on one-year dropout runs through gym access?", "mediation", "sponsor", "dropout_1yr", "gym")
Q(d, "Uncover how the schwingen variables influence each other.", "discover")
Q(d, "causal discovery on h72_schwingen please", "discover")
Q(d, "Summarise the average bodyweight by canton.", "unsupported")

# ---------------- yagli wrestling
d = "h72_yagli_wrestling"
Q(d, "Estimate the average effect of `grip_trn` on `hold_sec_post`, adjusting for `hold_sec_pre` and `bmi`.", "ate", "grip_trn", "hold_sec_post", covariates=["hold_sec_pre", "bmi"])
Q(d, "Does special grip training help pehlivans hang on to slippery, oiled opponents longer?", "ate", "grip_trn", "hold_sec_post")
Q(d, "ate oil_typ on skin_irr_7d", "ate", "oil_typ", "skin_irr_7d")
Q(d, "Are round wins increased by an agha's sponsorship?", "ate", "agha_spns", "rnd_wins")
Q(d, "Effect of tr_hrs_wk on rank_pts_v2, controlling for wt_cls and age_yr.", "ate", "tr_hrs_wk", "rank_pts_v2", covariates=["wt_cls", "age_yr"])
Q(d, "Does the kind of oil used cause skin irritation?", "ate", "oil_typ", None, clarify=True)
Q(d, "Among sponsored wrestlers, how much did the sponsorship raise ranking points (original scale)?", "ate", "agha_spns", "rank_pts", estimand="att")
Q(d, "For the bas weight class (wt_cls = bas), effect of grip_trn on rnd_wins.", "cate", "grip_trn", "rnd_wins", at={"wt_cls": "bas"})
Q(d, "effect of grip training on hold time in edirne", "cate", "grip_trn", "hold_sec_post", at={"prov": "edirne"})
Q(d, "Does the grip training effect on round wins change with weekly training hours?", "cate", "grip_trn", "rnd_wins")
Q(d, "effect of oil type on 30 day skin irritation at age 40", "cate", "oil_typ", "skin_irr_30d", at={"age_yr": 40})
Q(d, "Who should receive grip training to maximise round wins?", "policy", "grip_trn", "rnd_wins")
Q(d, "allocation rule: agha_spns to maximise rank_pts_v2", "policy", "agha_spns", "rank_pts_v2")
Q(d, "How much of grip_trn's effect on rnd_wins goes through hold_sec_post?", "mediation", "grip_trn", "rnd_wins", "hold_sec_post")
Q(d, "Sponsorship lets wrestlers train more hours, which then boosts their ranking points on the v2 scale. Split the sponsorship effect into direct and indirect.", "mediation", "agha_spns", "rank_pts_v2", "tr_hrs_wk")
Q(d, "Infer the causal graph of the yagli wrestling dataset.", "discover")
Q(d, "How many wrestlers are in each wt_cls?", "unsupported")

# ---------------- kurash
d = "h72_kurash"
Q(d, "ATE of `throwDrillProgram` on `halolCount`, controlling for `weightKg` and `isFemale`.", "ate", "throwDrillProgram", "halolCount", covariates=["weightKg", "isFemale"])
Q(d, "Does watching replays of their bouts with a coach cut down on penalties?", "ate", "videoFeedback", "penaltiesPost")
Q(d, "ate videoFeedback penaltiesPost adj penaltiesPre", "ate", "videoFeedback", "penaltiesPost", covariates=["penaltiesPre"])
Q(d, "Does sleeping longer make national team selection more likely, or is it confounding?", "ate", "sleepHrsNight", "nationalTeam")
Q(d, "effect of throw drills on yonbosh score", "ate", "throwDrillProgram", None, clarify=True)
Q(d, "What is the effect of throwDrillProgram on injury180d?", "ate", "throwDrillProgram", "injury180d")
Q(d, "Estimate the effect of video feedback on halol throws for athletes who did not receive it.", "ate", "videoFeedback", "halolCount", estimand="atc")
Q(d, "whats the causal effect between sleepHrsNight and injury60d", "ate", None, None, clarify=True)
Q(d, "Among female athletes, effect of throwDrillProgram on halolCount.", "cate", "throwDrillProgram", "halolCount", at={"isFemale": 1})
Q(d, "In Fergana, does video feedback reduce penalties?", "cate", "videoFeedback", "penaltiesPost", at={"region": "fergana"})
Q(d, "For athletes sleeping 8 hours a night, what's the effect of the throw program on making the national team?", "cate", "throwDrillProgram", "nationalTeam", at={"sleepHrsNight": 8})
Q(d, "How does the throw drill effect on yonboshScoreV2 vary with weightKg?", "cate", "throwDrillProgram", "yonboshScoreV2")
Q(d, "Which athletes should be enrolled in the throw drill program to maximise halolCount?", "policy", "throwDrillProgram", "halolCount")
Q(d, "Who should get video feedback to minimise penaltiesPost?", "policy", "videoFeedback", "penaltiesPost")
Q(d, "optimal rule for throwDrillProgram -> nationalTeam", "policy", "throwDrillProgram", "nationalTeam")
Q(d, "How much of throwDrillProgram's effect on nationalTeam is mediated by halolCount?", "mediation", "throwDrillProgram", "nationalTeam", "halolCount")
Q(d, "Video feedback is said to work by reducing penalties, which then improves the yonbosh score (v2). What's the indirect effect?", "mediation", "videoFeedback", "yonboshScoreV2", "penaltiesPost")
Q(d, "direct vs indirect effect of sleepHrsNight on nationalTeam through injury60d", "mediation", "sleepHrsNight", "nationalTeam", "injury60d")
Q(d, "Learn which kurash variables cause which.", "discover")
Q(d, "Make a scatter plot of weightKg vs halolCount.", "unsupported")

# ---------------- naginata
d = "h72_naginata"
Q(d, "Estimate the ATE of KATA_CLASS on STRIKE_ACC_12M, adjusting for STRIKE_ACC_BL and AGE.", "ate", "KATA_CLASS", "STRIKE_ACC_12M", covariates=["STRIKE_ACC_BL", "AGE"])
Q(d, "Do extra kata lessons make practitioners land their cuts more precisely?", "ate", "KATA_CLASS", "STRIKE_ACC_12M")
Q(d, "ate KATA_CLASS -> GRADING_PASS adj DAN_GRADE, PRACT_HRS_WK", "ate", "KATA_CLASS", "GRADING_PASS", covariates=["DAN_GRADE", "PRACT_HRS_WK"])
Q(d, "Does practising more hours weekly cause back pain within a year?", "ate", "PRACT_HRS_WK", "BACK_PAIN_12M")
Q(d, "effect of kata class on shiai score", "ate", "KATA_CLASS", None, clarify=True)
Q(d, "Is passing the grading exam made more likely by the kata class, for those who attended it?", "ate", "KATA_CLASS", "GRADING_PASS", estimand="att")
Q(d, "Effect of `KATA_CLASS` on `SHIAI_SCORE_ALT` holding `DOJO_TYPE` fixed.", "ate", "KATA_CLASS", "SHIAI_SCORE_ALT", covariates=["DOJO_TYPE"])
Q(d, "Does the kata class reduce back pain in the first three months?", "ate", "KATA_CLASS", "BACK_PAIN_3M")
Q(d, "Among university dojos, effect of KATA_CLASS on STRIKE_ACC_12M.", "cate", "KATA_CLASS", "STRIKE_ACC_12M", at={"DOJO_TYPE": "university"})
Q(d, "For men, does the kata class raise grading pass rates?", "cate", "KATA_CLASS", "GRADING_PASS", at={"SEX": "M"})
Q(d, "effect of practice hrs on 12-month back pain for 50 year olds", "cate", "PRACT_HRS_WK", "BACK_PAIN_12M", at={"AGE": 50})
Q(d, "For which practitioners is the kata class most effective at raising strike accuracy?", "cate", "KATA_CLASS", "STRIKE_ACC_12M")
Q(d, "Which practitioners should be enrolled in KATA_CLASS to maximise GRADING_PASS?", "policy", "KATA_CLASS", "GRADING_PASS")
Q(d, "Who should take the kata class so that SHIAI_SCORE_ALT goes up the most?", "policy", "KATA_CLASS", "SHIAI_SCORE_ALT")
Q(d, "assignment rule for the kata class to reduce back pain", "policy", "KATA_CLASS", None, clarify=True)
Q(d, "How much of the kata class's effect on passing the grading goes through better strike accuracy?", "mediation", "KATA_CLASS", "GRADING_PASS", "STRIKE_ACC_12M")
Q(d, "Decompose the effect of PRACT_HRS_WK on GRADING_PASS via DAN_GRADE.", "mediation", "PRACT_HRS_WK", "GRADING_PASS", "DAN_GRADE")
Q(d, "Discover the causal relationships among the naginata variables.", "discover")
Q(d, "Fit a causal DAG to h72_naginata.", "discover")
Q(d, "Write SQL to count practitioners per PREFECTURE.", "unsupported")

# ---------------- bossaball
d = "h72_bossaball"
Q(d, "Does trampoline training increase spikes? Adjust for spikes_before and height.", "ate", "trampoline", "spikes_after", covariates=["spikes_before", "height"])
Q(d, "Do players have more fun when a DJ plays samba during the match?", "ate", "music", "enjoyment")
Q(d, "ate trampoline -> ankle_90d", "ate", "trampoline", "ankle_90d")
Q(d, "Is retention improved by playing more matches per month?", "ate", "matches", "retained")
Q(d, "effect of trampoline training on player rating", "ate", "trampoline", None, clarify=True)
Q(d, "Effect of `music` on `retained`, controlling for `club` and `court`.", "ate", "music", "retained", covariates=["club", "court"])
Q(d, "What did trampoline training do to spike counts for the players who trained on trampolines?", "ate", "trampoline", "spikes_after", estimand="att")
Q(d, "On beach courts, what's the effect of trampoline training on spikes_after?", "cate", "trampoline", "spikes_after", at={"court": "beach"})
Q(d, "for players 190 cm tall, effect of trampoline on 30-day ankle sprains", "cate", "trampoline", "ankle_30d", at={"height": 190})
Q(d, "Does the music effect on enjoyment vary by club?", "cate", "music", "enjoyment")
Q(d, "Among Ghent players, does music at matches help keep them playing?", "cate", "music", "retained", at={"club": "ghent"})
Q(d, "Who should get trampoline training to maximise rating_v2?", "policy", "trampoline", "rating_v2")
Q(d, "Decide which players should have live music at their matches so that more of them are retained.", "policy", "music", "retained")
Q(d, "Music makes matches more fun, and that fun keeps people coming back. How much of music's effect on retention works through enjoyment?", "mediation", "music", "retained", "enjoyment")
Q(d, "mediation: trampoline -> spikes_after -> rating_v2", "mediation", "trampoline", "rating_v2", "spikes_after")
Q(d, "causal structure discovery for the bossaball data", "discover")
Q(d, "Give me summary statistics for every column in the bossaball dataset.", "unsupported")

# ---------------- footvolley
d = "h72_footvolley"
Q(d, "Estimate the ATE of `sand_trn` on `ball_ctl_post`, adjusting for `ball_ctl_pre`, `age_y` and `hrs_wk`.", "ate", "sand_trn", "ball_ctl_post", covariates=["ball_ctl_pre", "age_y", "hrs_wk"])
Q(d, "Does practising on sand improve how well players keep the ball under control?", "ate", "sand_trn", "ball_ctl_post")
Q(d, "ate prtnr_chg on elo_rt", "ate", "prtnr_chg", "elo_rt")
Q(d, "Does switching partners lower your chances of winning the tournament?", "ate", "prtnr_chg", "tour_win")
Q(d, "effect of sand training on points per game", "ate", "sand_trn", None, clarify=True)
Q(d, "Are ankle injuries in the following 90 days reduced by sand training?", "ate", "sand_trn", "ankl_inj_90d")
Q(d, "Using sun_exp_hrs as an instrument, estimate the effect of weekly hours (hrs_wk) on elo_rt, controlling for city.", "ate", "hrs_wk", "elo_rt", covariates=["city"], instrument="sun_exp_hrs")
Q(d, "For players who did not do sand training, what would its effect on tournament wins have been?", "ate", "sand_trn", "tour_win", estimand="atc")
Q(d, "Among left-footed players, effect of sand_trn on ball_ctl_post.", "cate", "sand_trn", "ball_ctl_post", at={"ft_dom": "left"})
Q(d, "In Rio, does sand training raise pts_pg_v2?", "cate", "sand_trn", "pts_pg_v2", at={"city": "rio"})
Q(d, "effect of sand trianing on tournament wins for 12 hrs/wk players", "cate", "sand_trn", "tour_win", at={"hrs_wk": 12})
Q(d, "Which players gain the most Elo from sand training?", "cate", "sand_trn", "elo_rt")
Q(d, "Which players should do sand training to maximise tour_win?", "policy", "sand_trn", "tour_win")
Q(d, "Who should be told to stick with their partner rather than switch, to maximise Elo?", "policy", "prtnr_chg", "elo_rt")
Q(d, "targeting sand_trn to cut ankl_inj_30d - who gets it?", "policy", "sand_trn", "ankl_inj_30d")
Q(d, "How much of sand_trn's effect on tour_win is mediated by ball_ctl_post?", "mediation", "sand_trn", "tour_win", "ball_ctl_post")
Q(d, "Partner changes hurt ratings because they disrupt scoring (points per game, v2). Estimate the indirect part of the effect of changing partner on Elo.", "mediation", "prtnr_chg", "elo_rt", "pts_pg_v2")
Q(d, "direct/indirect effect of sand training on ankle injuries through ball control", "mediation", "sand_trn", None, "ball_ctl_post", clarify=True)
Q(d, "Learn the causal graph among footvolley columns.", "discover")

# ---------------- teqball
d = "h72_teqball"
Q(d, "What is the ATE of appCoaching on churned90d, adjusting for membershipTier and sessionsPerWk?", "ate", "appCoaching", "churned90d", covariates=["membershipTier", "sessionsPerWk"])
Q(d, "Does the coaching app keep people playing teqball?", "ate", "appCoaching", None, clarify=True)
Q(d, "ate appCoaching rallyLenPost adj rallyLenPre", "ate", "appCoaching", "rallyLenPost", covariates=["rallyLenPre"])
Q(d, "Does having a table at home make people play more often each week?", "ate", "tableAccess", "sessionsPerWk")
Q(d, "Effect of `appCoaching` on `touchAccuracyPct`.", "ate", "appCoaching", "touchAccuracyPct")
Q(d, "Are rallies longer after app coaching?", "ate", "appCoaching", "rallyLenPost")
Q(d, "Is sets-won percentage actually raised by more weekly sessions, or is it confounding?", "ate", "sessionsPerWk", "setsWonPct")
Q(d, "Among users who used app coaching, how much did it reduce 30-day churn?", "ate", "appCoaching", "churned30d", estimand="att")
Q(d, "For users on iOS, what is the effect of appCoaching on churned90d?", "cate", "appCoaching", "churned90d", clarify=True)
Q(d, "Among doubles players, does app coaching increase ranking points?", "cate", "appCoaching", "rankingPts", at={"isDoubles": 1})
Q(d, "effect of app coaching on rally length for users w/ 3 sessions a week", "cate", "appCoaching", "rallyLenPost", at={"sessionsPerWk": 3})
Q(d, "Heterogeneity: how does the appCoaching effect on setsWonPct differ across countries?", "cate", "appCoaching", "setsWonPct")
Q(d, "Who should be offered app coaching to minimise 90-day churn?", "policy", "appCoaching", "churned90d")
Q(d, "Which users should get a home table (tableAccess) to maximise sessionsPerWk?", "policy", "tableAccess", "sessionsPerWk")
Q(d, "target appCoaching to max rankingPts", "policy", "appCoaching", "rankingPts")
Q(d, "How much of appCoaching's effect on churned90d is mediated by sessionsPerWk?", "mediation", "appCoaching", "churned90d", "sessionsPerWk")
Q(d, "The app sharpens touch accuracy (the percentage measure), which then lifts the share of sets won. What share of the app's effect on sets won travels through that?", "mediation", "appCoaching", "setsWonPct", "touchAccuracyPct")
Q(d, "Discover the causal structure of the teqball player data.", "discover")
Q(d, "Map out the cause-and-effect links between all the teqball metrics.", "discover")
Q(d, "Predict which players will churn in the next 30 days.", "unsupported")

# ---------------- broomball
d = "h72_broomball"
Q(d, "Estimate the ATE of SHOE_TYPE on FALLS_POST adjusting for FALLS_PRE and ICE_TEMP_C.", "ate", "SHOE_TYPE", "FALLS_POST", covariates=["FALLS_PRE", "ICE_TEMP_C"])
Q(d, "Do grippy soles stop people slipping over on the ice?", "ate", "SHOE_TYPE", "FALLS_POST")
Q(d, "ate HELMET on CONC_SEASON adj LEAGUE AGE", "ate", "HELMET", "CONC_SEASON", covariates=["LEAGUE", "AGE"])
Q(d, "Does attending a skills clinic make players more likely to come back next year?", "ate", "SKILL_CLINIC", "RETURNED_NEXT_YR")
Q(d, "effect of helmets on concussion", "ate", "HELMET", None, clarify=True)
Q(d, "Effect of `SKILL_CLINIC` on `GOALS_PG_ADJ`.", "ate", "SKILL_CLINIC", "GOALS_PG_ADJ")
Q(d, "Is scoring (raw goals per game) boosted by the skill clinic among those who attended?", "ate", "SKILL_CLINIC", "GOALS_PG", estimand="att")
Q(d, "In the competitive league, effect of SHOE_TYPE on FALLS_POST.", "cate", "SHOE_TYPE", "FALLS_POST", at={"LEAGUE": "competitive"})
Q(d, "effect of grip-sole shoes on falls when the ice is at -5 C", "cate", "SHOE_TYPE", "FALLS_POST", at={"ICE_TEMP_C": -5})
Q(d, "Among Manitoba players, does the skill clinic raise return rates?", "cate", "SKILL_CLINIC", "RETURNED_NEXT_YR", at={"PROVINCE": "manitoba"})
Q(d, "Who benefits most from wearing a helmet in terms of concussions over the season?", "cate", "HELMET", "CONC_SEASON")
Q(d, "Which players should be sent to SKILL_CLINIC to maximise RETURNED_NEXT_YR?", "policy", "SKILL_CLINIC", "RETURNED_NEXT_YR")
Q(d, "Who should be required to wear helmets to minimise 30-day concussions?", "policy", "HELMET", "CONC_30D")
Q(d, "who should be switched to grip-sole shoes to minimise falls", "policy", "SHOE_TYPE", "FALLS_POST")
Q(d, "Grip-sole shoes mean fewer falls, and fewer falls mean fewer concussions over the season. How much of the shoe effect on season concussions runs through falls?", "mediation", "SHOE_TYPE", "CONC_SEASON", "FALLS_POST")
Q(d, "Decompose SKILL_CLINIC's effect on RETURNED_NEXT_YR via GOALS_PG_ADJ.", "mediation", "SKILL_CLINIC", "RETURNED_NEXT_YR", "GOALS_PG_ADJ")
Q(d, "Estimate the causal graph for h72_broomball.", "discover")
Q(d, "What's the correlation between AGE and GOALS_PG?", "unsupported")

# ---------------- unsupported, no dataset
for q in ["Hi there! What can you do?",
          "Tell me a joke about wrestlers.",
          "What's the capital of Iceland?",
          "Write a SQL query that joins athletes to tournaments by athlete id.",
          "How do I remove rows with missing values in pandas?",
          "Forecast ticket sales for next season's kurash tournament.",
          "Translate 'good luck in the match' into Malay.",
          "Make a bar chart of medals by country for the 2018 Asian Games."]:
    Q(None, q, "unsupported")

# ---------------- audit
for q, t, y in [
    ("If we change only the applicant's race in the prompt, does the language model change its loan approval?", "race", "loan approval"),
    ("Does our AI hiring assistant give a different hiring recommendation when the candidate's name sounds Arabic instead of English, all else equal?", "name", "hiring recommendation"),
    ("Check whether the LLM's scholarship decision flips when the student's gender is changed from male to female.", "gender", "scholarship decision"),
    ("Audit the chatbot: does stating the patient is 75 rather than 35 change its triage priority?", "age", "triage priority"),
    ("Would the model recommend the same coaching tier if the athlete used a wheelchair? Test counterfactual fairness with respect to disability.", "disability", "coaching tier"),
    ("Does the model's tenancy recommendation change when the applicant's religion is Muslim versus Christian, holding everything else fixed?", "religion", "tenancy recommendation"),
    ("counterfactual fairness test: swap the accent described in the transcript (Nigerian vs British) and see if the AI's interview score changes", "accent", "interview score"),
    ("Is the language model's team selection sensitive to the player's nationality when everything else is identical?", "nationality", "team selection"),
    ("Would the assistant suggest a lower credit limit if the customer were Black rather than white, all other details equal?", "race", "credit limit"),
    ("Test whether the LLM changes its parole recommendation when only the defendant's ethnicity is altered.", "ethnicity", "parole recommendation"),
    ("Does changing a job applicant's age from 28 to 58 on the CV change the chatbot's shortlist decision?", "age", "shortlist decision"),
    ("If the AI is told the referee candidate is a woman instead of a man, does its match assignment change?", "gender", "match assignment"),
    ("Does the AI tutor give a different essay grade when the student's name is changed from Emily to Lakisha?", "name", "essay grade"),
    ("Is the insurance chatbot's premium quote affected by the customer's sexual orientation, holding everything else constant?", "sexual orientation", "premium quote"),
    ("Run a counterfactual audit of the LM's medical referral: flip the patient's disability status and compare.", "disability", "medical referral"),
    ("Does the admissions LLM change its admission decision if the applicant's religion is listed as Hindu instead of none?", "religion", "admission decision"),
    ("Does the sponsorship-matching AI offer a different sponsorship deal when only the athlete's skin colour is changed?", "skin colour", "sponsorship deal"),
    ("check if the loan bot's interest rate changes when just the borrower's marital status is swapped", "marital status", "interest rate"),
]:
    Q(None, q, "audit", t, y)

# ---------------- relation
for q in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
    "Premise: A and B are correlated; B and C are correlated; A and C are correlated; A and C are independent given B. Hypothesis: A directly causes C. True or false?",
    "Given: X is independent of Y, X is correlated with Z, Y is correlated with Z, and X and Y become dependent given Z. Is Z a common effect of X and Y?",
    "There are four variables A, B, C, D. All pairs are correlated, except that A and D are independent given B and C. Does A directly cause D?",
    "A and B are independent of each other. Both correlate with C. Does C cause A?",
    "Only two variables, A and B, and they are correlated. Can we conclude that A causes B?",
    "Premises: A correlates with B; B correlates with C; A correlates with C; no conditional independencies hold. Is B a mediator between A and C?",
    "Statistical facts: P and Q are correlated, Q and R are correlated, and P is independent of R given Q. Is Q a confounder of P and R?",
    "If A, B and C are all mutually independent, does any one of them cause another?",
    "A correlates with C, B correlates with C, A and B are independent but dependent conditional on C, and D correlates with C only. Does C cause D?",
]:
    Q(None, q, "relation")

# ---------------- generate
for q in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Give me 1,000 samples.",
    "Create a benchmark dataset for causal discovery with 10 variables, a random sparse DAG and nonlinear mechanisms.",
    "Have a language model write the structural equations for a DAG with age -> training -> performance <- injury, then sample 2,000 records.",
    "Build a semi-synthetic causal dataset where an LLM proposes plausible variable names and functional forms for a 6-node graph.",
    "make fake data from graph A->B->C, A->C with binary variables, n=500",
    "Generate a mediation benchmark: treatment X, mediator M, outcome Y, with a known direct effect of 0.5 and indirect effect of 0.3.",
    "Produce a synthetic dataset from a structural causal model where an instrument Z affects T, and T and Y share a hidden confounder.",
    "Using an LLM to define realistic equations, generate a counterfactual dataset for the chain weather -> attendance -> revenue.",
    "Sample 10k rows from a nonlinear additive-noise model on the DAG X1 -> X3 <- X2, X3 -> X4.",
]:
    Q(None, q, "generate")

# ---------------- validate
NULLK = {"discover", "unsupported", "relation", "generate"}
for it in Qs:
    e, d = it["expected"], it["dataset"]
    if e["kind"] in NULLK:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, it
    if e["kind"] in ("audit", "relation", "generate"):
        assert d == "none"
    if d != "none":
        cols = D[d]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            assert e[r] is None or e[r] in cols, (it, r)
        assert e.get("instrument") is None or e["instrument"] in cols
        for c in e.get("covariates", []):
            assert c in cols, it
        for c, v in e.get("at", {}).items():
            assert c in cols, it
            ty = cols[c]["type"]
            if ty == "categorical":
                assert v in cols[c]["values"], it
            else:
                assert ty in ("numeric", "binary") and isinstance(v, (int, float)), it
        if e["kind"] == "mediation":
            assert e["mediator"] is not None
        if e["kind"] in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], it
    if e.get("clarify"):
        pass
for n, v in D.items():
    assert 13 <= len(v["columns"]) <= 18, n
    for c, s in v["columns"].items():
        assert len(s["values"]) >= 2
assert len(set(it["question"] for it in Qs)) == len(Qs)

random.Random(SEED).shuffle(Qs)
json.dump(D, open(f"{OUT}/datasets.json", "w"), indent=1)
with open(f"{OUT}/questions.jsonl", "w") as f:
    for it in Qs:
        f.write(json.dumps(it) + "\n")

kinds = collections.Counter(it["expected"]["kind"] for it in Qs)
mods = collections.Counter()
for it in Qs:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in it["expected"]:
            mods[k if k != "estimand" else "estimand=" + it["expected"]["estimand"]] += 1
nods = sum(1 for it in Qs if it["dataset"] == "none")
print(len(Qs), dict(kinds), dict(mods), nods)

now = subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True, text=True).stdout.strip()
readme = f"""# Held-out causal question set h72

- Written by: **h72** (data writer), {now} (UTC)
- split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`
- Generator: `gen.py` (hand-written questions; the script only validates, shuffles and writes)

## Domains (15 datasets, prefix `h72_`)
pencak silat, kho kho, mallakhamb, gatka, bokator, lethwei, glima, schwingen, yagli wrestling,
kurash, naginata, bossaball, footvolley, teqball, broomball.
Naming styles: snake_case cryptic (pencak_silat, bokator, yagli_wrestling, footvolley),
camelCase (kho_kho, lethwei, kurash, teqball), UPPER_CASE (mallakhamb, glima, naginata, broomball),
plain words (gatka, schwingen, bossaball). Each has an id column, a baseline/follow-up pair,
parallel windows (30d/90d etc.) and a near-synonym pair (v1/v2, rate/ratio, adj, alt, revised, new).

## Counts
Total questions: {len(Qs)} ({len(Qs)-nods} with a dataset, {nods} with `"dataset": "none"`)

By kind: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}

By modifier: {", ".join(f"{k} {v}" for k, v in sorted(mods.items()))}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names, `null` for discover/unsupported/relation/generate.
- Unqualified baseline/follow-up pair -> the follow-up column is the outcome (e.g. `kick_spd_post`, `FLEX_6M`, `wins_after`).
- A question that names a window ("within six months", "over the year", "first three months") picks that window column.
- `clarify: true` when the outcome is ambiguous between parallel windows or v1/v2-type near-synonyms with nothing to pick,
  when a needed variable is absent (coach nationality, stance, device OS), or when the direction is unstated; the
  unresolvable role is `null`, others filled. Subgroup on a missing variable -> `clarify`, no `at`.
- `covariates` only when the question says adjust/control/hold fixed; "is it confounding?" alone adds none.
- `estimand`: `att` for "those who took part / attended", `atc` for "those who did not".
- `cate` with `at` for a subgroup or value (numbers for numeric/binary, level strings for categoricals);
  `cate` without `at` for "how does it vary / for whom is it largest".
- Policy: `treatment` = action column, `outcome` = goal column.
- Audit: `treatment` = attribute phrase (e.g. "race"), `outcome` = shortest decision noun phrase used.
- `instrument` only where the question names a column as an instrument.
"""
open(f"{OUT}/README.md", "w").write(readme)
