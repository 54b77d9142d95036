# dataset definitions for h65
def C(t, v): return {"type": t, "values": v}
B = lambda: C("binary", [0, 1, 1])
DS = {}
DS["h65_sundew"] = {"description": "Greenhouse log of carnivorous sundew (Drosera) plants: growing conditions, feeding, leaf counts, dew production and survival.",
 "columns": {
  "plant_id": C("id", ["SD0001", "SD0002", "SD0003"]),
  "sp_cd": C("categorical", ["D_capensis", "D_spatulata", "D_binata", "D_aliciae"]),
  "grow_med": C("categorical", ["peat_perlite", "sphagnum", "peat_sand"]),
  "ro_wtr": B(), "lux_hrs": C("numeric", [12, 14, 16]), "ppfd": C("numeric", [180, 250, 320]),
  "rh_pct": C("numeric", [55, 70, 85]), "tmp_c": C("numeric", [18.5, 22.0, 26.5]),
  "fd_ins": B(), "fert_fol": B(), "dorm_wk": C("numeric", [0, 8, 12]),
  "lf_cnt_bl": C("numeric", [6, 9, 14]), "lf_cnt_8w": C("numeric", [11, 15, 22]),
  "dew_score": C("numeric", [2.1, 3.4, 4.8]), "dew_score_v2": C("numeric", [41, 63, 88]),
  "flw_yn": B(), "mort_3m": C("binary", [0, 0, 1]), "mort_6m": C("binary", [0, 1, 0])}}
DS["h65_pearl"] = {"description": "Survey of traditional pearl divers: experience, equipment, training, bottom time, pearl yields and ear/hearing injuries.",
 "columns": {
  "diverId": C("id", ["PD-101", "PD-102", "PD-103"]), "ageYrs": C("numeric", [19, 34, 52]),
  "yearsDiving": C("numeric", [2, 10, 27]), "divesPerDay": C("numeric", [20, 35, 50]),
  "usesNoseClip": B(), "trainingProg": B(),
  "boatType": C("categorical", ["outrigger", "dhow", "motor"]),
  "lagoonZone": C("categorical", ["north", "south", "reef_edge"]), "cooperativeMember": B(),
  "bottomTimeSec": C("numeric", [45, 70, 95]), "oystersOpened": C("numeric", [120, 260, 410]),
  "pearlYield": C("numeric", [3, 7, 12]), "pearlYieldAdj": C("numeric", [2.6, 6.8, 11.9]),
  "pearlValueUsd": C("numeric", [150.0, 820.5, 2400.0]),
  "barotrauma30d": C("binary", [0, 1, 0]), "barotrauma90d": C("binary", [0, 1, 1]),
  "hearingLossBl": C("numeric", [10, 22, 35]), "hearingLoss12m": C("numeric", [12, 25, 41])}}
DS["h65_freedive"] = {"description": "Competitive freediving athletes over one season: training methods, physiology during dives, blackouts, personal bests and rankings.",
 "columns": {
  "ATHLETE_ID": C("id", ["FD_0001", "FD_0002", "FD_0003"]), "AGE": C("numeric", [24, 33, 47]),
  "SEX": C("categorical", ["M", "F"]),
  "DISCIPLINE": C("categorical", ["CWT", "FIM", "CNF", "STA", "DYN"]),
  "APNEA_TRN": B(), "CO2_TBL_WK": C("numeric", [0, 2, 4]), "YOGA": B(), "LUNG_PACK": B(),
  "VC_L": C("numeric", [4.8, 6.1, 7.4]), "SPO2_MIN": C("numeric", [62, 74, 85]),
  "HR_DIVE": C("numeric", [38, 46, 58]), "SAMBA_CNT": C("numeric", [0, 1, 3]),
  "BO_FLAG": C("binary", [0, 0, 1]), "PB_PRE": C("numeric", [42, 60, 81]),
  "PB_POST": C("numeric", [45, 66, 88]), "COMP_RANK": C("numeric", [3, 17, 42]),
  "COMP_RANK_V2": C("numeric", [0.91, 0.55, 0.12])}}
DS["h65_spearfish"] = {"description": "Recreational spearfishers' logbooks: gear, conditions, safety practices, catches and injuries.",
 "columns": {
  "fisher": C("id", ["s001", "s002", "s003"]), "age": C("numeric", [22, 38, 61]),
  "experience": C("numeric", [1, 8, 25]),
  "region": C("categorical", ["atlantic", "mediterranean", "pacific"]),
  "gun": C("categorical", ["band", "pneumatic", "pole"]),
  "wetsuit": C("categorical", ["3mm", "5mm", "7mm"]),
  "depth": C("numeric", [6, 12, 21]), "visibility": C("numeric", [4, 10, 18]),
  "temperature": C("numeric", [14, 19, 26]), "licence": B(), "course": B(), "buddy": B(),
  "catch": C("numeric", [0.0, 2.4, 6.8]), "haul": C("numeric", [0.0, 2.1, 7.0]),
  "undersize": C("numeric", [0, 1, 4]), "injuries_before": C("numeric", [0, 1, 2]),
  "injuries_after": C("numeric", [0, 0, 1])}}
DS["h65_thatch"] = {"description": "Register of thatched roofs: materials, construction details, exposure, moss growth, leaks, lifespan, cost and insurance.",
 "columns": {
  "roof_id": C("id", ["TR-2201", "TR-2202", "TR-2203"]),
  "mat_typ": C("categorical", ["water_reed", "combed_wheat", "long_straw"]),
  "pitch_deg": C("numeric", [45, 50, 55]), "thk_cm": C("numeric", [25, 30, 40]),
  "fire_rtd": B(), "wire_net": B(), "ridge_blk": B(), "apprent": B(),
  "n_face": C("categorical", ["N", "S", "E", "W"]), "rain_mm_yr": C("numeric", [650, 900, 1400]),
  "moss_bl": C("numeric", [0, 5, 15]), "moss_5y": C("numeric", [5, 20, 45]),
  "leak_1y": C("binary", [0, 0, 1]), "leak_3y": C("binary", [0, 1, 1]),
  "life_est_yr": C("numeric", [20, 30, 45]), "life_est_yr2": C("numeric", [18, 32, 50]),
  "cost_gbp": C("numeric", [12000, 18500, 31000]), "ins_prem": C("numeric", [650, 980, 1500])}}
DS["h65_yodel"] = {"description": "Yodelling students and performers: lessons, practice habits, vocal measures, jury scores and vocal strain.",
 "columns": {
  "singerId": C("id", ["Y-0001", "Y-0002", "Y-0003"]), "ageYrs": C("numeric", [14, 36, 68]),
  "region": C("categorical", ["Appenzell", "Tyrol", "Bavaria", "Bernese_Oberland"]),
  "lessonsPerWk": C("numeric", [0, 1, 3]), "practiceHrsWk": C("numeric", [2, 6, 12]),
  "choirMember": B(), "usesWarmup": B(), "breathTraining": B(),
  "vocalRangeSemis": C("numeric", [18, 24, 31]), "breakSpeedMs": C("numeric", [35, 60, 110]),
  "pitchAccPre": C("numeric", [62, 75, 88]), "pitchAccPost": C("numeric", [66, 80, 93]),
  "juryScore": C("numeric", [6.5, 7.8, 9.1]), "juryScoreV2": C("numeric", [55, 71, 90]),
  "vocalStrain30d": C("binary", [0, 1, 0]), "vocalStrain90d": C("binary", [0, 1, 1]),
  "festivalWins": C("numeric", [0, 1, 4])}}
DS["h65_alphorn"] = {"description": "Alphorn players: instrument specifications, playing conditions, practice drills, endurance, tone, cracked notes and lip injuries.",
 "columns": {
  "PLAYER_ID": C("id", ["AH001", "AH002", "AH003"]), "AGE": C("numeric", [17, 45, 72]),
  "HORN_LEN_M": C("numeric", [3.4, 3.6, 4.0]),
  "HORN_WOOD": C("categorical", ["SPRUCE", "CARBON", "PINE"]),
  "MPC_TYPE": C("categorical", ["DEEP", "SHALLOW"]), "ALT_M": C("numeric", [450, 1200, 2100]),
  "TEMP_F": C("numeric", [38, 55, 78]), "BUZZ_DRILL": B(), "LESSON_HRS": C("numeric", [0, 10, 40]),
  "ENSEMBLE": B(), "ENDUR_MIN_BL": C("numeric", [8, 15, 25]), "ENDUR_MIN_6M": C("numeric", [10, 19, 31]),
  "TONE_SCR": C("numeric", [5.5, 7.0, 8.8]), "TONE_SCR_V2": C("numeric", [48, 66, 91]),
  "CRACK_RATE": C("numeric", [0.2, 1.1, 3.5]), "LIP_INJ_3M": C("binary", [0, 0, 1]),
  "LIP_INJ_12M": C("binary", [0, 1, 1]), "AUD_RATING": C("numeric", [3.2, 4.1, 4.8])}}
DS["h65_shanty"] = {"description": "Sea shanty singing groups: size, style, rehearsals, venues, audience participation, tips, ratings and bookings.",
 "columns": {
  "group": C("id", ["crew_01", "crew_02", "crew_03"]), "singers": C("numeric", [4, 8, 15]),
  "experience": C("numeric", [1, 6, 20]), "leader": B(),
  "venue": C("categorical", ["pub", "harbour", "festival", "ship"]),
  "rehearsals": C("numeric", [1, 4, 8]), "harmony": B(), "instruments": B(),
  "tempo": C("numeric", [90, 110, 132]), "drinks": C("numeric", [0.5, 1.5, 3.0]),
  "audience": C("numeric", [25, 80, 400]), "singalong": C("numeric", [0.1, 0.45, 0.8]),
  "tips_before": C("numeric", [20, 55, 140]), "tips_after": C("numeric", [25, 70, 190]),
  "rating": C("numeric", [3.5, 4.2, 4.9]), "score": C("numeric", [61, 78, 95]),
  "bookings_month": C("numeric", [0, 2, 6]), "bookings_year": C("numeric", [3, 18, 55])}}
DS["h65_magic"] = {"description": "Street magicians' performance diaries: pitch location, routines, crowd sizes, tips, repeat audiences and police move-ons.",
 "columns": {
  "perf_id": C("id", ["MG-501", "MG-502", "MG-503"]), "age_yr": C("numeric", [21, 34, 58]),
  "city_cd": C("categorical", ["LDN", "NYC", "PAR", "BCN"]),
  "loc_typ": C("categorical", ["plaza", "subway", "market"]),
  "act_len_min": C("numeric", [8, 15, 30]), "patter_scr": C("numeric", [2.5, 3.8, 4.9]),
  "vol_part": B(), "card_trk": B(), "cup_ball": B(), "hat_pass": B(),
  "crowd_n": C("numeric", [12, 35, 90]), "crowd_n_peak": C("numeric", [20, 55, 160]),
  "tips_usd_d": C("numeric", [40.0, 115.5, 310.0]), "tips_usd_d_v2": C("numeric", [38.0, 120.0, 295.0]),
  "rpt_aud_pre": C("numeric", [0, 3, 9]), "rpt_aud_post": C("numeric", [1, 5, 14]),
  "cop_mv_30d": C("binary", [0, 1, 0]), "cop_mv_90d": C("binary", [0, 1, 1])}}
DS["h65_stilt"] = {"description": "Stilt walkers in parade troupes: stilt setup, body and costume weight, training, balance scores, gait speed, falls and gigs.",
 "columns": {
  "walkerId": C("id", ["ST-11", "ST-12", "ST-13"]), "ageYrs": C("numeric", [19, 31, 54]),
  "weightKg": C("numeric", [55, 72, 96]), "stiltHeightCm": C("numeric", [60, 90, 120]),
  "stiltType": C("categorical", ["peg", "drywall", "spring", "handheld"]),
  "terrain": C("categorical", ["grass", "asphalt", "cobbles"]), "costumeKg": C("numeric", [1.5, 4.0, 9.0]),
  "balanceTraining": B(), "ankleBrace": B(), "practiceHrsWk": C("numeric", [1, 4, 10]),
  "balanceScoreBl": C("numeric", [42, 58, 77]), "balanceScore6m": C("numeric", [48, 66, 85]),
  "gaitSpeed": C("numeric", [0.7, 1.0, 1.4]), "gaitSpeedAdj": C("numeric", [0.65, 0.98, 1.35]),
  "falls30d": C("numeric", [0, 1, 3]), "falls90d": C("numeric", [0, 2, 6]),
  "paradeGigs": C("numeric", [2, 9, 24])}}
DS["h65_fireeat"] = {"description": "Fire-eating performers: fuels and torches, mentoring and certification, show conditions, burns, lung function and pay.",
 "columns": {
  "ARTIST_ID": C("id", ["FE-001", "FE-002", "FE-003"]), "AGE": C("numeric", [20, 29, 46]),
  "FUEL": C("categorical", ["PARAFFIN", "WHITE_GAS", "LAMP_OIL", "ETHANOL"]),
  "TORCH_WICK": C("categorical", ["KEVLAR", "COTTON"]), "MENTOR": B(), "SAFETY_CERT": B(),
  "INDOOR": B(), "WIND_KPH": C("numeric", [0, 12, 30]), "PERF_WK": C("numeric", [1, 4, 9]),
  "WET_TOWEL": B(), "ALCOHOL_U": C("numeric", [0, 6, 20]),
  "BURN_1Y": C("binary", [0, 1, 0]), "BURN_3Y": C("binary", [0, 1, 1]),
  "LUNG_FEV1_BL": C("numeric", [3.1, 3.8, 4.6]), "LUNG_FEV1_FU": C("numeric", [2.9, 3.6, 4.5]),
  "PAY_EUR": C("numeric", [80, 250, 900]), "PAY_EUR_NET": C("numeric", [60, 190, 700])}}
DS["h65_origami"] = {"description": "Origami crane folders: paper and learning method, practice, speed, precision, crane counts, stress and completion of a thousand cranes.",
 "columns": {
  "folder": C("id", ["o-0001", "o-0002", "o-0003"]), "age": C("numeric", [9, 42, 77]),
  "paper": C("categorical", ["kami", "washi", "foil", "printer"]), "size": C("numeric", [7.5, 15, 25]),
  "video": B(), "class": B(), "practice": C("numeric", [0.5, 3, 10]), "mindfulness": B(),
  "arthritis": C("binary", [0, 0, 1]), "speed_before": C("numeric", [9.0, 5.5, 3.2]),
  "speed_after": C("numeric", [6.1, 4.0, 2.4]), "precision": C("numeric", [61, 78, 94]),
  "accuracy": C("numeric", [0.58, 0.8, 0.95]), "cranes_week": C("numeric", [2, 15, 60]),
  "cranes_month": C("numeric", [8, 60, 240]), "stress": C("numeric", [12, 20, 31]),
  "completed": C("binary", [0, 1, 0])}}
DS["h65_lighthouse"] = {"description": "Historical lighthouse keeper records: station type, era, staffing conditions, lamp outages, nearby wrecks, mood and sleep.",
 "columns": {
  "kpr_id": C("id", ["LK-0771", "LK-0772", "LK-0773"]),
  "era": C("categorical", ["pre1900", "1900_1950", "post1950"]),
  "stn_cd": C("categorical", ["rock", "island", "headland"]), "yrs_svc": C("numeric", [2, 11, 29]),
  "fam_res": B(), "shift_hrs": C("numeric", [4, 6, 8]), "auto_lmp": B(), "radio_ct": B(),
  "isol_idx": C("numeric", [0.2, 0.55, 0.9]), "wthr_dys": C("numeric", [20, 45, 90]),
  "merc_exp": B(), "lamp_outg": C("numeric", [0, 2, 7]), "wreck_5y": C("numeric", [0, 1, 3]),
  "wreck_10y": C("numeric", [0, 2, 5]), "phq9_bl": C("numeric", [3, 8, 15]), "phq9_fu": C("numeric", [4, 10, 19]),
  "slp_hrs": C("numeric", [4.5, 6.0, 7.5]), "slp_qual": C("numeric", [2, 3, 5])}}
DS["h65_beachcomb"] = {"description": "App log of beachcombers: beach type, trip habits, storm timing, sea glass and plastic finds, litter picking, sunburn and wellbeing.",
 "columns": {
  "comberId": C("id", ["bc_9001", "bc_9002", "bc_9003"]), "ageYrs": C("numeric", [12, 44, 73]),
  "beachType": C("categorical", ["sand", "shingle", "rocky"]), "dogWalker": B(), "tideChart": B(),
  "stormAfter": B(), "metalDetector": B(), "hoursPerTrip": C("numeric", [1, 2.5, 5]),
  "tripsPerMo": C("numeric", [1, 4, 12]), "seaGlassCount": C("numeric", [0, 6, 25]),
  "seaGlassCountV2": C("numeric", [0, 5, 27]), "plasticKg": C("numeric", [0.2, 1.3, 4.5]),
  "litterPickPre": C("numeric", [0.0, 0.8, 2.5]), "litterPickPost": C("numeric", [0.3, 1.4, 3.9]),
  "sunburn7d": C("binary", [0, 1, 0]), "sunburn30d": C("binary", [0, 1, 1]),
  "wellbeingBl": C("numeric", [38, 50, 62]), "wellbeing3m": C("numeric", [41, 54, 66])}}
DS["h65_fossil"] = {"description": "Amateur fossil hunters: sites and rock types, clubs, guides and permits, field effort, finds, identification accuracy, injuries and museum donations.",
 "columns": {
  "HUNTER_ID": C("id", ["FH1001", "FH1002", "FH1003"]), "AGE": C("numeric", [11, 39, 66]),
  "SITE": C("categorical", ["JURASSIC_COAST", "BADLANDS", "HOLZMADEN", "KAROO"]),
  "ROCK_TYPE": C("categorical", ["SHALE", "LIMESTONE", "SANDSTONE"]),
  "CLUB": B(), "GUIDE": B(), "PERMIT": B(), "HAMMER_KG": C("numeric", [0.5, 1.0, 2.0]),
  "TRIP_HRS": C("numeric", [2, 5, 9]), "DAYS_FIELD": C("numeric", [3, 14, 40]),
  "FINDS_BL": C("numeric", [0, 4, 15]), "FINDS_12M": C("numeric", [1, 9, 32]),
  "FIND_QUAL": C("numeric", [1.5, 2.8, 4.6]), "FIND_QUAL_V2": C("numeric", [22, 50, 87]),
  "ID_ACC": C("numeric", [0.45, 0.7, 0.93]), "INJ_6M": C("binary", [0, 0, 1]),
  "INJ_12M": C("binary", [0, 1, 1]), "MUSEUM_DON": C("binary", [0, 1, 0])}}
