import json, random, collections, subprocess

OUT = "/tmp/wr/h71"
SPLIT, ORIGIN = "test", "heldout71"

B = "binary"; N = "numeric"; C = "categorical"; I = "id"; T = "text"
D = {}

def ds(name, desc, cols):
    D[name] = {"description": desc,
               "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

ds("h71_boccia", "Boccia players (BC1-BC4) followed over a season: coaching interventions, jack accuracy and match results.", [
    ("pid", I, ["BC0001", "BC0002", "BC0003"]),
    ("bc_cls", C, ["BC1", "BC2", "BC3", "BC4"]),
    ("age_y", N, [19, 34, 52]),
    ("yrs_exp", N, [1, 6, 14]),
    ("spast_idx", N, [0.8, 2.1, 3.4]),
    ("region", C, ["north", "south", "east", "west"]),
    ("coach_cert", B, [0, 1]),
    ("ramp_use", B, [0, 1]),
    ("sess_wk", N, [2, 3, 5]),
    ("vis_trn", B, [0, 1]),
    ("grip_sc", N, [54.0, 67.5, 81.2]),
    ("jk_dist_pre", N, [32.1, 24.8, 41.0]),
    ("jk_dist_post", N, [27.4, 20.3, 39.9]),
    ("pts_pm", N, [3.1, 4.6, 2.2]),
    ("pts_pm_v2", N, [3.4, 4.9, 2.0]),
    ("win_pct_6m", N, [0.42, 0.55, 0.31]),
    ("win_pct_12m", N, [0.45, 0.58, 0.29]),
])

ds("h71_sitting_volleyball", "Sitting volleyball athletes: trunk conditioning, video feedback, blocking, spiking and injuries.", [
    ("playerId", I, ["SV-101", "SV-102", "SV-103"]),
    ("impairmentType", C, ["amputee", "spinal", "polio", "les_autres"]),
    ("ageYrs", N, [22, 31, 44]),
    ("heightCm", N, [168, 181, 192]),
    ("teamTier", C, ["national", "club", "development"]),
    ("sessionsPerWk", N, [2, 4, 6]),
    ("plyoProgram", B, [0, 1]),
    ("videoFeedback", B, [0, 1]),
    ("trunkStability", N, [61.2, 70.4, 78.9]),
    ("blockTouchesPre", N, [1.8, 2.6, 3.3]),
    ("blockTouchesPost", N, [2.1, 2.9, 3.6]),
    ("spikeEff", N, [0.21, 0.34, 0.40]),
    ("spikeEffV2", N, [0.24, 0.36, 0.43]),
    ("injuries30d", N, [0, 1, 0]),
    ("injuries90d", N, [0, 2, 1]),
    ("minutesPlayed", N, [120, 340, 610]),
    ("selectedNational", B, [0, 1]),
])

ds("h71_para_archery", "Para-archers (ST, W1, VI classes): breathing training, release aids, heart rate and ranking-round scores.", [
    ("ARCHER_ID", I, ["PA_0012", "PA_0013", "PA_0014"]),
    ("CLASS_CODE", C, ["ST", "W1", "VI"]),
    ("BOW_TYPE", C, ["recurve", "compound", "barebow"]),
    ("SEATED", B, [0, 1]),
    ("AGE", N, [24, 39, 57]),
    ("YRS_SHOOT", N, [2, 9, 21]),
    ("WIND_KPH", N, [4, 11, 19]),
    ("COACH_HRS", N, [10, 35, 80]),
    ("RELEASE_AID", B, [0, 1]),
    ("BREATH_TRN", B, [0, 1]),
    ("HR_AT_RELEASE", N, [82, 96, 110]),
    ("SCORE_720_PRE", N, [588, 622, 655]),
    ("SCORE_720_POST", N, [597, 630, 661]),
    ("X_COUNT", N, [8, 14, 22]),
    ("X_COUNT_ALT", N, [9, 13, 23]),
    ("MEDAL_1Y", B, [0, 1]),
    ("MEDAL_2Y", B, [0, 1]),
])

ds("h71_blind_football", "Blind football (five-a-side) squad records: audio-ball drills, caller training, dribbling, goals and collisions.", [
    ("player", I, ["BF01", "BF02", "BF03"]),
    ("position", C, ["goalkeeper", "defender", "midfielder", "forward"]),
    ("age", N, [20, 27, 35]),
    ("sight", C, ["B1", "sighted"]),
    ("experience", N, [1, 5, 12]),
    ("league", C, ["premier", "championship", "regional"]),
    ("guide", B, [0, 1]),
    ("audio", B, [0, 1]),
    ("orientation", N, [48.0, 63.5, 77.0]),
    ("dribbles_before", N, [3, 6, 9]),
    ("dribbles_after", N, [4, 7, 11]),
    ("goals", N, [0, 3, 9]),
    ("goals_adjusted", N, [0.0, 2.7, 8.1]),
    ("collisions_month", N, [0, 2, 4]),
    ("collisions_season", N, [3, 9, 17]),
    ("minutes", N, [90, 450, 1100]),
    ("caps", N, [0, 4, 23]),
])

ds("h71_showjumping", "Show-jumping horses: gymnastic grid training, shoeing changes, back flexibility, faults, lameness and prize money.", [
    ("hid", I, ["H-2231", "H-2232", "H-2233"]),
    ("brd", C, ["KWPN", "Holsteiner", "Selle_Francais", "Irish_Sport_Horse"]),
    ("age_h", N, [7, 10, 14]),
    ("rdr_exp", N, [3, 11, 25]),
    ("lvl", C, ["1m10", "1m30", "1m50"]),
    ("temp_c", N, [12, 21, 30]),
    ("hrs_trn_wk", N, [4, 7, 10]),
    ("gym_trn", B, [0, 1]),
    ("farr_chg", B, [0, 1]),
    ("bsc_flex", N, [5.5, 6.8, 8.1]),
    ("flt_pre", N, [4.0, 6.5, 8.0]),
    ("flt_post", N, [2.5, 4.0, 8.5]),
    ("clr_rt", N, [0.22, 0.41, 0.63]),
    ("clr_rt_v2", N, [0.25, 0.39, 0.60]),
    ("lame_3m", B, [0, 1]),
    ("lame_12m", B, [0, 1]),
    ("prz_eur", N, [0, 1850, 24000]),
])

ds("h71_polo_ponies", "Polo ponies across a season: electrolyte supplementation, post-match ice boots, heart-rate recovery, stride and soundness.", [
    ("ponyId", I, ["PP-77", "PP-78", "PP-79"]),
    ("breedType", C, ["thoroughbred", "argentine_criollo_cross", "polo_argentino"]),
    ("ageYrs", N, [6, 11, 16]),
    ("handicapLevel", C, ["low", "medium", "high"]),
    ("playerHcp", N, [-1, 3, 8]),
    ("groundFirmness", N, [2.1, 3.4, 4.6]),
    ("chukkasPerWk", N, [2, 4, 6]),
    ("electrolyteSuppl", B, [0, 1]),
    ("iceBoots", B, [0, 1]),
    ("recoveryHr", N, [6.5, 9.0, 12.5]),
    ("strideLenPre", N, [5.4, 5.9, 6.3]),
    ("strideLenPost", N, [5.5, 6.0, 6.2]),
    ("turnScore", N, [61, 74, 88]),
    ("turnScoreV2", N, [63, 72, 90]),
    ("soundness6m", B, [0, 1]),
    ("soundness12m", B, [0, 1]),
    ("vetVisits", N, [0, 2, 5]),
])

ds("h71_gymkhana", "Pony-club gymkhana / mounted games riders: bareback balance sessions, vaulting-on drills, bending-race times, wins and falls.", [
    ("RIDER_ID", I, ["GK-501", "GK-502", "GK-503"]),
    ("RIDER_AGE", N, [9, 12, 16]),
    ("PONY_HEIGHT_HH", N, [12.2, 13.0, 14.1]),
    ("PONY_AGE", N, [6, 12, 19]),
    ("BRANCH", C, ["north", "midlands", "south", "wales"]),
    ("SKILL_LEVEL", C, ["novice", "intermediate", "open"]),
    ("PRACTICE_HRS", N, [2, 5, 9]),
    ("VAULT_DRILL", B, [0, 1]),
    ("BAREBACK_SESS", B, [0, 1]),
    ("BALANCE_SCORE", N, [42, 58, 73]),
    ("CONFIDENCE", N, [3, 6, 9]),
    ("BENDING_TIME_PRE", N, [31.2, 27.8, 24.5]),
    ("BENDING_TIME_POST", N, [29.9, 26.1, 24.0]),
    ("RACE_WINS", N, [0, 3, 8]),
    ("RACE_WINS_ADJ", N, [0.0, 2.4, 7.1]),
    ("FALLS_3M", N, [0, 1, 3]),
    ("FALLS_6M", N, [0, 2, 5]),
])

ds("h71_equestrian_vaulting", "Equestrian vaulters: pilates and barrel practice, core strength, technique and artistic marks, injuries.", [
    ("vaulter", I, ["V-1001", "V-1002", "V-1003"]),
    ("age", N, [11, 16, 24]),
    ("gender", C, ["female", "male"]),
    ("category", C, ["individual", "pas_de_deux", "squad"]),
    ("experience", N, [1, 4, 10]),
    ("horse", T, ["Bellamy", "Zorro", "Quincy"]),
    ("canter", N, [6.2, 7.4, 8.3]),
    ("competitions", N, [2, 6, 12]),
    ("pilates", B, [0, 1]),
    ("barrel", B, [0, 1]),
    ("core", N, [38, 52, 67]),
    ("technique_before", N, [5.9, 6.8, 7.6]),
    ("technique_after", N, [6.3, 7.1, 7.9]),
    ("artistic", N, [6.0, 7.2, 8.0]),
    ("artistic_revised", N, [6.1, 7.0, 8.2]),
    ("injuries_season", N, [0, 1, 2]),
    ("injuries_year", N, [0, 1, 4]),
])

ds("h71_endurance_riding", "Endurance rides (80-160 km): electrolyte dosing, heart-rate-monitor pacing, cardiac recovery at vet gates, speed and eliminations.", [
    ("rid", I, ["E-3310", "E-3311", "E-3312"]),
    ("brd_grp", C, ["arabian", "anglo_arab", "part_bred"]),
    ("h_age", N, [8, 12, 17]),
    ("rdr_kg", N, [58, 72, 91]),
    ("terr", C, ["flat", "hilly", "mountain"]),
    ("amb_temp", N, [14, 26, 36]),
    ("dist_km", N, [80, 120, 160]),
    ("trn_km_wk", N, [40, 75, 120]),
    ("e_lyte", B, [0, 1]),
    ("hr_mon", B, [0, 1]),
    ("crt_hr", N, [52, 58, 64]),
    ("spd_kmh_pre", N, [13.2, 15.8, 18.1]),
    ("spd_kmh_post", N, [13.9, 16.2, 18.5]),
    ("vg_pass", B, [0, 1]),
    ("vg_pass_v2", B, [0, 1]),
    ("elim_1r", B, [0, 1]),
    ("elim_5r", N, [0, 1, 3]),
])

ds("h71_tent_pegging", "Tent-pegging riders (army, police, civilian): hand-eye drills, gallop grids, lance steadiness, peg hits, points and miss rates.", [
    ("riderId", I, ["TP-041", "TP-042", "TP-043"]),
    ("riderAge", N, [21, 33, 47]),
    ("yearsRiding", N, [2, 9, 20]),
    ("unitType", C, ["army", "police", "civilian"]),
    ("horseBreed", C, ["marwari", "kathiawari", "thoroughbred", "arabian"]),
    ("lanceType", C, ["lance", "sword"]),
    ("arenaSurface", C, ["sand", "grass"]),
    ("gallopSpeedKmh", N, [32, 40, 48]),
    ("handEyeDrill", B, [0, 1]),
    ("gallopGrid", B, [0, 1]),
    ("lanceSteadiness", N, [55, 68, 83]),
    ("pegHitsPre", N, [4, 7, 10]),
    ("pegHitsPost", N, [5, 8, 11]),
    ("pointsPerRun", N, [2.1, 3.8, 5.6]),
    ("pointsPerRunV2", N, [2.3, 3.6, 5.9]),
    ("missRate30d", N, [0.18, 0.33, 0.52]),
    ("missRate90d", N, [0.20, 0.31, 0.49]),
])

ds("h71_buzkashi", "Buzkashi horses and chapandaz riders: grain feeding, sponsorship, horse weight, sprint times, goals and injuries.", [
    ("CHAPANDAZ_ID", I, ["CZ-9001", "CZ-9002", "CZ-9003"]),
    ("PROVINCE", C, ["Kabul", "Balkh", "Kunduz", "Baghlan"]),
    ("RIDER_AGE", N, [24, 36, 49]),
    ("RIDER_WT_KG", N, [68, 81, 95]),
    ("HORSE_AGE", N, [6, 10, 15]),
    ("STABLE_TIER", C, ["elite", "mid", "local"]),
    ("TRAIN_DAYS_WK", N, [2, 4, 6]),
    ("SPONSOR_FUNDED", B, [0, 1]),
    ("GRAIN_DIET", B, [0, 1]),
    ("HORSE_WT_KG", N, [430, 480, 530]),
    ("SPRINT_SEC_PRE", N, [15.8, 14.6, 13.9]),
    ("SPRINT_SEC_POST", N, [15.1, 14.2, 13.7]),
    ("MATCHES", N, [4, 11, 20]),
    ("GOALS_SEASON", N, [0, 5, 17]),
    ("GOALS_SEASON_ADJ", N, [0.0, 4.2, 15.8]),
    ("INJ_1YR", N, [0, 1, 2]),
    ("INJ_3YR", N, [0, 2, 6]),
])

ds("h71_camel_racing", "Racing camels: milk-and-dates diet, robot-jockey upgrades, haematocrit, 8 km times, ranks and injuries.", [
    ("cid", I, ["CM-7001", "CM-7002", "CM-7003"]),
    ("brd", C, ["mahaheer", "omaniya", "sudani", "hybrid"]),
    ("age_cml", N, [3, 5, 8]),
    ("sex_c", C, ["female", "male"]),
    ("wt_kg", N, [380, 430, 490]),
    ("trk", C, ["Al_Marmoom", "Al_Wathba", "Al_Shahaniya"]),
    ("trn_km", N, [60, 95, 140]),
    ("rj_upg", B, [0, 1]),
    ("mlk_dt", B, [0, 1]),
    ("hct", N, [27.5, 31.0, 34.8]),
    ("t8k_pre", N, [772, 745, 731]),
    ("t8k_post", N, [760, 739, 728]),
    ("rank_avg", N, [3.2, 6.8, 11.4]),
    ("rank_avg_v2", N, [3.0, 7.1, 10.9]),
    ("inj_6m", N, [0, 1, 2]),
    ("inj_12m", N, [0, 1, 3]),
    ("owner_grp", C, ["royal", "private", "syndicate"]),
])

ds("h71_pigeon_racing", "Racing pigeons from several lofts: widowhood system, vitamin drops, feather condition, velocity, ace points, returns and losses.", [
    ("birdId", I, ["GB24-N-1183", "GB24-N-1184", "GB24-N-1185"]),
    ("loftRegion", C, ["north", "south", "east", "west"]),
    ("birdAgeYrs", N, [1, 2, 4]),
    ("sex", C, ["cock", "hen"]),
    ("homingDistKm", N, [150, 320, 500]),
    ("weatherWindKmh", N, [5, 18, 30]),
    ("loftTrainTosses", N, [1, 3, 5]),
    ("widowhood", B, [0, 1]),
    ("vitaminDrops", B, [0, 1]),
    ("featherCondition", N, [5.0, 6.5, 8.5]),
    ("velocityPre", N, [1180, 1320, 1450]),
    ("velocityPost", N, [1210, 1340, 1490]),
    ("aceScore", N, [12, 35, 61]),
    ("aceScoreV2", N, [14, 33, 64]),
    ("returnRate30d", N, [0.71, 0.85, 0.93]),
    ("returnRate90d", N, [0.62, 0.79, 0.90]),
    ("lossesSeason", N, [0, 1, 3]),
])

ds("h71_ferreting", "Working ferrets used for rabbiting: locator collars, a handling/conditioning programme, boldness, bolts, catches and lay-ups.", [
    ("ferret", I, ["F-01", "F-02", "F-03"]),
    ("age", N, [1, 3, 6]),
    ("sex", C, ["jill", "hob"]),
    ("colour", C, ["albino", "polecat", "sandy"]),
    ("weight", N, [650, 900, 1500]),
    ("terrain", C, ["hedgerow", "warren", "bank"]),
    ("warren_size", N, [6, 14, 30]),
    ("outings", N, [4, 10, 22]),
    ("locator", B, [0, 1]),
    ("conditioning", B, [0, 1]),
    ("boldness", N, [3.2, 5.5, 7.8]),
    ("rabbits_before", N, [2, 5, 9]),
    ("rabbits_after", N, [3, 6, 11]),
    ("bolts", N, [4, 9, 16]),
    ("bolts_revised", N, [3, 10, 15]),
    ("layups_month", N, [0, 1, 2]),
    ("layups_season", N, [0, 2, 6]),
])

ds("h71_beagling", "Beagle packs hunting hare on foot: summer roadwork, scent training, stamina, drive and voice scores, lameness.", [
    ("HOUND_ID", I, ["BG-114", "BG-115", "BG-116"]),
    ("PACK", C, ["Eton", "Christ_Church", "Trinity_Foot", "Dummer"]),
    ("HOUND_AGE", N, [2, 4, 7]),
    ("SEX", C, ["dog", "bitch"]),
    ("KENNEL_WT_KG", N, [13.5, 15.8, 18.2]),
    ("COUNTRY_TYPE", C, ["downland", "arable", "moorland"]),
    ("TEMP_F", N, [41, 55, 75]),
    ("HUNT_DAYS", N, [12, 28, 46]),
    ("ROAD_WORK", B, [0, 1]),
    ("SCENT_TRN", B, [0, 1]),
    ("STAMINA_IDX", N, [61, 74, 88]),
    ("DRIVE_SCORE_PRE", N, [5.1, 6.4, 7.7]),
    ("DRIVE_SCORE_POST", N, [5.6, 6.9, 8.0]),
    ("VOICE_SCORE", N, [4, 6, 9]),
    ("VOICE_SCORE_V2", N, [4.5, 6.2, 8.8]),
    ("LAME_30D", B, [0, 1]),
    ("LAME_SEASON", B, [0, 1]),
])

Q = []
KEYS = ("kind", "treatment", "outcome", "mediator")

def q(dsn, text, kind, t=None, y=None, m=None, cov=None, inst=None, est=None, at=None, clarify=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov: e["covariates"] = cov
    if inst: e["instrument"] = inst
    if est: e["estimand"] = est
    if at: e["at"] = at
    if clarify: e["clarify"] = True
    Q.append((dsn, text, e))

# ---------------- boccia ----------------
d = "h71_boccia"
q(d, "Estimate the average treatment effect of `vis_trn` on `jk_dist_post`, adjusting for `jk_dist_pre`, `bc_cls` and `age_y`.", "ate", "vis_trn", "jk_dist_post", cov=["jk_dist_pre", "bc_cls", "age_y"])
q(d, "Does the visual training programme actually get players' balls closer to the jack, or is that just down to who signs up for it?", "ate", "vis_trn", "jk_dist_post")
q(d, "ate of ramp_use on pts_pm_v2 adj spast_idx, bc_cls", "ate", "ramp_use", "pts_pm_v2", cov=["spast_idx", "bc_cls"])
q(d, "What is the effect of having a certified coach (coach_cert) on the 12-month win percentage (win_pct_12m)?", "ate", "coach_cert", "win_pct_12m")
q(d, "Is the twelve-month win rate improved by the visual drills, among the players who took part in them?", "ate", "vis_trn", "win_pct_12m", est="att")
q(d, "Does training more sessions per week raise the original points-per-match figure (pts_pm)?", "ate", "sess_wk", "pts_pm")
q(d, "What's the effect of the visual training on win percentage?", "ate", "vis_trn", None, clarify=True)
q(d, "efect of coach certification on jack distance controling for years of experience", "ate", "coach_cert", "jk_dist_post", cov=["yrs_exp"])
q(d, "For BC3 players, what is the effect of ramp_use on pts_pm_v2?", "cate", "ramp_use", "pts_pm_v2", at={"bc_cls": "BC3"})
q(d, "How does the effect of vis_trn on jk_dist_post vary with spasticity (spast_idx)?", "cate", "vis_trn", "jk_dist_post")
q(d, "Under the condition that a player trains 4 sessions a week, how much does the visual programme cut the distance to the jack?", "cate", "vis_trn", "jk_dist_post", at={"sess_wk": 4})
q(d, "Among players in the south region, does a certified coach raise the six-month win percentage?", "cate", "coach_cert", "win_pct_6m", at={"region": "south"})
q(d, "Which players should be enrolled in the visual training programme to maximise their 12-month win percentage?", "policy", "vis_trn", "win_pct_12m")
q(d, "targeting rule for ramp_use -> pts_pm_v2: who gains enough to be given a ramp?", "policy", "ramp_use", "pts_pm_v2")
q(d, "Who should we give the new padded seat cushions to if we want a higher win_pct_12m?", "policy", None, "win_pct_12m", clarify=True)
q(d, "How much of the effect of vis_trn on jk_dist_post is mediated by grip_sc?", "mediation", "vis_trn", "jk_dist_post", "grip_sc")
q(d, "The visual programme seems to work by making a player's grip more consistent, which then tightens their throws around the jack. What share of the effect goes through that route?", "mediation", "vis_trn", "jk_dist_post", "grip_sc")
q(d, "Learn the causal structure among the boccia variables.", "discover")
q(d, "Plot the distribution of jk_dist_pre by bc_cls.", "unsupported")

# ---------------- sitting volleyball ----------------
d = "h71_sitting_volleyball"
q(d, "Estimate the ATE of `plyoProgram` on `blockTouchesPost`, controlling for `blockTouchesPre`, `heightCm` and `teamTier`.", "ate", "plyoProgram", "blockTouchesPost", cov=["blockTouchesPre", "heightCm", "teamTier"])
q(d, "Does the plyometric trunk work actually cut the number of injuries over the following three months?", "ate", "plyoProgram", "injuries90d")
q(d, "ate videoFeedback -> spikeEffV2, adj ageYrs impairmentType", "ate", "videoFeedback", "spikeEffV2", cov=["ageYrs", "impairmentType"])
q(d, "Is call-up to the national squad made more likely by the video feedback sessions?", "ate", "videoFeedback", "selectedNational")
q(d, "What is the effect of sessionsPerWk on minutesPlayed?", "ate", "sessionsPerWk", "minutesPlayed")
q(d, "For the athletes who did the plyometric programme, how much did it change their block touches?", "ate", "plyoProgram", "blockTouchesPost", est="att")
q(d, "What effect does the plyometric programme have on injuries?", "ate", "plyoProgram", None, clarify=True)
q(d, "Is the apparent link between video feedback and blocking real, or is it confounded by team tier?", "ate", "videoFeedback", "blockTouchesPost", cov=["teamTier"])
q(d, "Among development-tier players, what's the effect of plyoProgram on injuries30d?", "cate", "plyoProgram", "injuries30d", at={"teamTier": "development"})
q(d, "For players with spinal cord impairments, does video feedback improve the original spike efficiency (spikeEff)?", "cate", "videoFeedback", "spikeEff", at={"impairmentType": "spinal"})
q(d, "Which athletes gain the most in block touches from the plyometric programme?", "cate", "plyoProgram", "blockTouchesPost")
q(d, "at 3 sessions/wk whats the effect of videoFeedback on spikeEffV2", "cate", "videoFeedback", "spikeEffV2", at={"sessionsPerWk": 3})
q(d, "Who should be assigned the plyometric trunk programme to minimise injuries90d?", "policy", "plyoProgram", "injuries90d")
q(d, "Design an allocation rule for videoFeedback that maximises selectedNational.", "policy", "videoFeedback", "selectedNational")
q(d, "If we can only run video review with 20 players, which ones should get it to push up spike efficiency (the V2 measure)?", "policy", "videoFeedback", "spikeEffV2")
q(d, "What fraction of plyoProgram's effect on blockTouchesPost runs through trunkStability?", "mediation", "plyoProgram", "blockTouchesPost", "trunkStability")
q(d, "Direct vs indirect effect of the plyometric programme on 90-day injuries, with trunk stability as the mediator.", "mediation", "plyoProgram", "injuries90d", "trunkStability")
q(d, "Which variables drive which in this sitting volleyball data? Recover the dependency structure.", "discover")
q(d, "What's the average height of players in each team tier?", "unsupported")

# ---------------- para archery ----------------
d = "h71_para_archery"
q(d, "Estimate the average effect of BREATH_TRN on SCORE_720_POST, adjusting for SCORE_720_PRE, AGE and CLASS_CODE.", "ate", "BREATH_TRN", "SCORE_720_POST", cov=["SCORE_720_PRE", "AGE", "CLASS_CODE"])
q(d, "Does shooting with a mechanical release aid improve archers' ranking-round scores?", "ate", "RELEASE_AID", "SCORE_720_POST")
q(d, "ate RELEASE_AID on X_COUNT adj WIND_KPH BOW_TYPE", "ate", "RELEASE_AID", "X_COUNT", cov=["WIND_KPH", "BOW_TYPE"])
q(d, "Are medals within two years more likely because of the breathing training?", "ate", "BREATH_TRN", "MEDAL_2Y")
q(d, "What is the effect of coaching hours (COACH_HRS) on SCORE_720_POST?", "ate", "COACH_HRS", "SCORE_720_POST")
q(d, "What would breathing training have done to the 720 score of the archers who did not take it?", "ate", "BREATH_TRN", "SCORE_720_POST", est="atc")
q(d, "How does the release aid change the number of Xs shot?", "ate", "RELEASE_AID", None, clarify=True)
q(d, "Does breath control lower an archer's pulse at the moment the arrow is loosed?", "ate", "BREATH_TRN", "HR_AT_RELEASE")
q(d, "For compound bows, what is the effect of RELEASE_AID on SCORE_720_POST?", "cate", "RELEASE_AID", "SCORE_720_POST", at={"BOW_TYPE": "compound"})
q(d, "Does the benefit of breathing training on the 720 score differ by how many years the archer has been shooting?", "cate", "BREATH_TRN", "SCORE_720_POST")
q(d, "Under the condition that the wind is 15 km/h, what is the effect of the release aid on X_COUNT?", "cate", "RELEASE_AID", "X_COUNT", at={"WIND_KPH": 15})
q(d, "among VI archers, effect of BREATH_TRN on medals", "cate", "BREATH_TRN", None, at={"CLASS_CODE": "VI"}, clarify=True)
q(d, "Which archers should receive breathing training to maximise their post-season 720 score?", "policy", "BREATH_TRN", "SCORE_720_POST")
q(d, "Give me a treatment rule for who should switch to a release aid, to maximise MEDAL_2Y.", "policy", "RELEASE_AID", "MEDAL_2Y")
q(d, "Breathing drills are supposed to work by calming the heart rate at release, which then steadies the shot. How much of their effect on the 720 score travels that way?", "mediation", "BREATH_TRN", "SCORE_720_POST", "HR_AT_RELEASE")
q(d, "Decompose the effect of BREATH_TRN on MEDAL_1Y into direct and indirect parts via HR_AT_RELEASE.", "mediation", "BREATH_TRN", "MEDAL_1Y", "HR_AT_RELEASE")
q(d, "mediation: RELEASE_AID -> HR_AT_RELEASE -> X_COUNT", "mediation", "RELEASE_AID", "X_COUNT", "HR_AT_RELEASE")
q(d, "Run causal discovery on the para-archery table.", "discover")
q(d, "Map out what influences what among wind, coaching hours, heart rate at release and the scores.", "discover")
q(d, "Forecast next season's 720 scores for each archer.", "unsupported")

# ---------------- blind football ----------------
d = "h71_blind_football"
q(d, "What is the average effect of audio on dribbles_after, controlling for dribbles_before and experience?", "ate", "audio", "dribbles_after", cov=["dribbles_before", "experience"])
q(d, "Do the sound-ball sessions make players complete more take-ons?", "ate", "audio", "dribbles_after")
q(d, "ate guide -> collisions_season adj position, league", "ate", "guide", "collisions_season", cov=["position", "league"])
q(d, "Are fewer collisions per month caused by the caller training?", "ate", "guide", "collisions_month")
q(d, "Effect of the audio programme on goals_adjusted for those players who actually did it", "ate", "audio", "goals_adjusted", est="att")
q(d, "Does more time on the pitch lead to more international caps?", "ate", "minutes", "caps")
q(d, "how much does caller training reduce collisions", "ate", "guide", None, clarify=True)
q(d, "Does the audio programme help raw goalscoring (the unadjusted `goals` column), once age and sight class are held fixed?", "ate", "audio", "goals", cov=["age", "sight"])
q(d, "Among forwards, what's the effect of audio on goals_adjusted?", "cate", "audio", "goals_adjusted", at={"position": "forward"})
q(d, "for players in the regional league does the guide training reduce collisions", "cate", "guide", None, at={"league": "regional"}, clarify=True)
q(d, "How does the effect of the audio drills on dribbling vary with a player's age?", "cate", "audio", "dribbles_after")
q(d, "For a player with 5 years of experience, what does caller training do to collisions over the season?", "cate", "guide", "collisions_season", at={"experience": 5})
q(d, "Who should get caller training so that collisions across the season are minimised?", "policy", "guide", "collisions_season")
q(d, "Which players should we prioritise for the audio-ball drills to get the most dribbles_after?", "policy", "audio", "dribbles_after")
q(d, "Budget allows 10 places on the audio programme - allocate them to maximise goals_adjusted.", "policy", "audio", "goals_adjusted")
q(d, "How much of audio's effect on dribbles_after is explained by orientation?", "mediation", "audio", "dribbles_after", "orientation")
q(d, "The guide helps by sharpening players' spatial orientation, which in turn cuts collisions over the whole season. Split the total effect into the part via orientation and the rest.", "mediation", "guide", "collisions_season", "orientation")
q(d, "what causes what in the blind football data", "discover")
q(d, "Clean up the league column and drop duplicate players.", "unsupported")

# ---------------- showjumping ----------------
d = "h71_showjumping"
q(d, "Estimate the ATE of gym_trn on flt_post controlling for flt_pre, age_h and lvl.", "ate", "gym_trn", "flt_post", cov=["flt_pre", "age_h", "lvl"])
q(d, "Does grid work actually reduce knock-downs, or are the better horses just more likely to be given it?", "ate", "gym_trn", "flt_post")
q(d, "ate farr_chg on lame_12m adj age_h brd", "ate", "farr_chg", "lame_12m", cov=["age_h", "brd"])
q(d, "Are winnings increased by changing the horse's shoeing?", "ate", "farr_chg", "prz_eur")
q(d, "Effect of weekly training hours (`hrs_trn_wk`) on `clr_rt_v2`.", "ate", "hrs_trn_wk", "clr_rt_v2")
q(d, "what does grid training do to clear round rate", "ate", "gym_trn", None, clarify=True)
q(d, "Among horses that weren't given grid training, what would it have done to their fault count?", "ate", "gym_trn", "flt_post", est="atc")
q(d, "Does a shoeing change raise the risk of lameness at 3 months?", "ate", "farr_chg", "lame_3m")
q(d, "Does the new gel saddle pad reduce faults?", "ate", None, "flt_post", clarify=True)
q(d, "For KWPN horses, what is the effect of gym_trn on flt_post?", "cate", "gym_trn", "flt_post", at={"brd": "KWPN"})
q(d, "At 1m50 level, effect of farr_chg on prz_eur", "cate", "farr_chg", "prz_eur", at={"lvl": "1m50"})
q(d, "On a 28C day, how much does grid training change the original clear-round rate (clr_rt)?", "cate", "gym_trn", "clr_rt", at={"temp_c": 28})
q(d, "How does the effect of gymnastic training on faults differ by the horse's age?", "cate", "gym_trn", "flt_post")
q(d, "Which horses should be put on grid training to maximise prize money?", "policy", "gym_trn", "prz_eur")
q(d, "Decide which horses get a farrier change so as to minimise lameness at 12 months.", "policy", "farr_chg", "lame_12m")
q(d, "What share of gym_trn's effect on flt_post is mediated through bsc_flex?", "mediation", "gym_trn", "flt_post", "bsc_flex")
q(d, "Grid gymnastics supposedly loosen the back, which then lets the horse bascule cleanly over fences. Quantify the indirect effect on faults that runs through back flexibility.", "mediation", "gym_trn", "flt_post", "bsc_flex")
q(d, "natural direct effect of gym_trn on prz_eur not going via bsc_flex", "mediation", "gym_trn", "prz_eur", "bsc_flex")
q(d, "Infer the causal graph over the show-jumping variables.", "discover")
q(d, "Which factors drive which among training hours, flexibility, faults and prize money? Work out the structure from the data.", "discover")
q(d, "Build a model to predict prz_eur from the other columns.", "unsupported")

# ---------------- polo ponies ----------------
d = "h71_polo_ponies"
q(d, "ATE of `iceBoots` on `soundness12m`, adjusting for `ageYrs`, `chukkasPerWk` and `groundFirmness`.", "ate", "iceBoots", "soundness12m", cov=["ageYrs", "chukkasPerWk", "groundFirmness"])
q(d, "Do electrolyte supplements help ponies get their heart rate back down faster after a chukka?", "ate", "electrolyteSuppl", "recoveryHr")
q(d, "effect electrolyteSuppl on strideLenPost, control strideLenPre", "ate", "electrolyteSuppl", "strideLenPost", cov=["strideLenPre"])
q(d, "Are vet call-outs reduced by magnesium supplements?", "ate", None, "vetVisits", clarify=True)
q(d, "Does the number of chukkas a pony plays each week affect whether it is still sound a year later?", "ate", "chukkasPerWk", "soundness12m")
q(d, "What's the effect of the cold-therapy boots on the ponies that wore them, in terms of soundness at 6 months?", "ate", "iceBoots", "soundness6m", est="att")
q(d, "does icing affect the turning score", "ate", "iceBoots", None, clarify=True)
q(d, "For high-handicap ponies, what's the effect of electrolyteSuppl on turnScoreV2?", "cate", "electrolyteSuppl", "turnScoreV2", at={"handicapLevel": "high"})
q(d, "Under the condition that the pony plays 6 chukkas a week, what's the effect of ice boots on vet visits?", "cate", "iceBoots", "vetVisits", at={"chukkasPerWk": 6})
q(d, "Which breeds get the most 12-month soundness benefit from ice boots?", "cate", "iceBoots", "soundness12m")
q(d, "among criollo crosses, do electrolytes change stride length", "cate", "electrolyteSuppl", "strideLenPost", at={"breedType": "argentine_criollo_cross"})
q(d, "Which ponies should be given electrolytes to maximise turnScoreV2?", "policy", "electrolyteSuppl", "turnScoreV2")
q(d, "Find the optimal rule for which ponies wear ice boots, aiming to keep them sound over twelve months.", "policy", "iceBoots", "soundness12m")
q(d, "policy learning: iceBoots -> vetVisits (minimise)", "policy", "iceBoots", "vetVisits")
q(d, "Electrolytes are thought to work by speeding heart-rate recovery, which then lets ponies keep their stride. How much of the effect on end-of-season stride length flows through recovery?", "mediation", "electrolyteSuppl", "strideLenPost", "recoveryHr")
q(d, "Indirect effect of electrolyteSuppl on turnScore through recoveryHr?", "mediation", "electrolyteSuppl", "turnScore", "recoveryHr")
q(d, "Learn the causal relationships among all the polo pony variables.", "discover")
q(d, "show me a scatter of playerHcp against turnScore", "unsupported")

# ---------------- gymkhana ----------------
d = "h71_gymkhana"
q(d, "Estimate the average effect of BAREBACK_SESS on BENDING_TIME_POST, adjusting for BENDING_TIME_PRE, RIDER_AGE and PONY_HEIGHT_HH.", "ate", "BAREBACK_SESS", "BENDING_TIME_POST", cov=["BENDING_TIME_PRE", "RIDER_AGE", "PONY_HEIGHT_HH"])
q(d, "Do the bareback balance sessions make children come off their ponies less over the next six months?", "ate", "BAREBACK_SESS", "FALLS_6M")
q(d, "ate VAULT_DRILL -> RACE_WINS_ADJ adj SKILL_LEVEL", "ate", "VAULT_DRILL", "RACE_WINS_ADJ", cov=["SKILL_LEVEL"])
q(d, "Is rider self-belief boosted by the vaulting-on drills?", "ate", "VAULT_DRILL", "CONFIDENCE")
q(d, "Does practising more hours make bending-race times quicker?", "ate", "PRACTICE_HRS", "BENDING_TIME_POST")
q(d, "effect of bareback riding on falls", "ate", "BAREBACK_SESS", None, clarify=True)
q(d, "Does vault drill work change the raw race wins (RACE_WINS) for the riders who did it?", "ate", "VAULT_DRILL", "RACE_WINS", est="att")
q(d, "Is the link between bareback sessions and confidence causal, or just confounding by skill level?", "ate", "BAREBACK_SESS", "CONFIDENCE", cov=["SKILL_LEVEL"])
q(d, "For novice riders, effect of BAREBACK_SESS on falls", "cate", "BAREBACK_SESS", None, at={"SKILL_LEVEL": "novice"}, clarify=True)
q(d, "On ponies of 13 hands, what's the vaulting drill's effect on adjusted race wins?", "cate", "VAULT_DRILL", "RACE_WINS_ADJ", at={"PONY_HEIGHT_HH": 13})
q(d, "in the wales branch, effect of vault drills on bending times", "cate", "VAULT_DRILL", "BENDING_TIME_POST", at={"BRANCH": "wales"})
q(d, "For which riders is the fall-reducing effect of bareback sessions over six months biggest?", "cate", "BAREBACK_SESS", "FALLS_6M")
q(d, "Which riders should be offered bareback sessions to minimise FALLS_6M?", "policy", "BAREBACK_SESS", "FALLS_6M")
q(d, "Targeting: who should do VAULT_DRILL to maximise RACE_WINS_ADJ?", "policy", "VAULT_DRILL", "RACE_WINS_ADJ")
q(d, "If the branch can only run vaulting drills for half its members, who should get them so that bending times drop the most?", "policy", "VAULT_DRILL", "BENDING_TIME_POST")
q(d, "How much of BAREBACK_SESS -> FALLS_6M goes through BALANCE_SCORE?", "mediation", "BAREBACK_SESS", "FALLS_6M", "BALANCE_SCORE")
q(d, "Riding bareback improves balance, which then speeds up the bending race. Estimate the direct and indirect parts of the effect on post-season bending time.", "mediation", "BAREBACK_SESS", "BENDING_TIME_POST", "BALANCE_SCORE")
q(d, "What portion of the vaulting drill's impact on confidence is mediated by balance?", "mediation", "VAULT_DRILL", "CONFIDENCE", "BALANCE_SCORE")
q(d, "Discover the causal structure in the gymkhana dataset.", "discover")
q(d, "Give me summary stats for PRACTICE_HRS by BRANCH.", "unsupported")

# ---------------- equestrian vaulting ----------------
d = "h71_equestrian_vaulting"
q(d, "What is the average effect of pilates on technique_after, adjusting for technique_before, age and category?", "ate", "pilates", "technique_after", cov=["technique_before", "age", "category"])
q(d, "Does practising on the wooden barrel improve vaulters' technique marks?", "ate", "barrel", "technique_after")
q(d, "ate barrel on artistic_revised, adj experience", "ate", "barrel", "artistic_revised", cov=["experience"])
q(d, "Are injuries over the whole year reduced by pilates?", "ate", "pilates", "injuries_year")
q(d, "Effect of the number of competitions entered (`competitions`) on `technique_after`.", "ate", "competitions", "technique_after")
q(d, "Does pilates affect artistic scores?", "ate", "pilates", None, clarify=True)
q(d, "For vaulters who didn't do pilates, how much would it have changed their injuries this season?", "ate", "pilates", "injuries_season", est="atc")
q(d, "Does the mat class really make vaulters' trunks stronger?", "ate", "pilates", "core")
q(d, "For squad vaulters, what's the effect of barrel on technique_after?", "cate", "barrel", "technique_after", at={"category": "squad"})
q(d, "among male vaulters effect of pilates on injuries_year", "cate", "pilates", "injuries_year", at={"gender": "male"})
q(d, "How does the effect of barrel training on artistic_revised vary with the horse's canter quality?", "cate", "barrel", "artistic_revised")
q(d, "For 16-year-old vaulters, what is the effect of pilates on technique?", "cate", "pilates", "technique_after", at={"age": 16})
q(d, "Who should be prescribed pilates to keep injuries over the year down?", "policy", "pilates", "injuries_year")
q(d, "Which vaulters would benefit most from barrel time if we want the best technique_after? Give an assignment rule.", "policy", "barrel", "technique_after")
q(d, "pilates -> core -> technique_after: how much is indirect?", "mediation", "pilates", "technique_after", "core")
q(d, "Pilates works by building the core, which then protects vaulters from injury during the season. What proportion of the season's injury reduction flows through core strength?", "mediation", "pilates", "injuries_season", "core")
q(d, "What is the direct effect of barrel practice on artistic_revised, net of any change in core strength?", "mediation", "barrel", "artistic_revised", "core")
q(d, "Which variables in the vaulting data cause which? Estimate the structure.", "discover")
q(d, "Give me the DAG for the vaulting variables.", "discover")
q(d, "Count how many vaulters there are per category.", "unsupported")

# ---------------- endurance riding ----------------
d = "h71_endurance_riding"
q(d, "Estimate the effect of hr_mon on spd_kmh_post adjusting for spd_kmh_pre, terr and rdr_kg.", "ate", "hr_mon", "spd_kmh_post", cov=["spd_kmh_pre", "terr", "rdr_kg"])
q(d, "Does pacing with a heart-rate monitor help horses pass the vet check?", "ate", "hr_mon", None, clarify=True)
q(d, "ate e_lyte on vg_pass_v2 adj amb_temp dist_km", "ate", "e_lyte", "vg_pass_v2", cov=["amb_temp", "dist_km"])
q(d, "Is elimination over the next five rides reduced by electrolyte dosing?", "ate", "e_lyte", "elim_5r")
q(d, "Does weekly training mileage make horses faster in competition?", "ate", "trn_km_wk", "spd_kmh_post")
q(d, "Effect of electrolytes on cardiac recovery among the horses that received them.", "ate", "e_lyte", "crt_hr", est="att")
q(d, "Is the association between heart-rate pacing and fewer eliminations on the next ride real after accounting for horse age and breed group?", "ate", "hr_mon", "elim_1r", cov=["h_age", "brd_grp"])
q(d, "On mountain routes, what's the effect of hr_mon on elim_1r?", "cate", "hr_mon", "elim_1r", at={"terr": "mountain"})
q(d, "At 35°C, how much do electrolytes improve the vet-gate pass (`vg_pass`)?", "cate", "e_lyte", "vg_pass", at={"amb_temp": 35})
q(d, "For 160 km rides, effect of heart-rate-monitor pacing on average speed", "cate", "hr_mon", "spd_kmh_post", at={"dist_km": 160})
q(d, "How does the effect of electrolytes on elim_5r change with rider weight?", "cate", "e_lyte", "elim_5r")
q(d, "Which horse-rider pairs should use heart-rate monitor pacing to minimise elim_5r?", "policy", "hr_mon", "elim_5r")
q(d, "Optimal electrolyte policy to maximise the vet gate pass rate?", "policy", "e_lyte", None, clarify=True)
q(d, "Who should we give electrolytes to, to get the quickest cardiac recovery at the vet gate?", "policy", "e_lyte", "crt_hr")
q(d, "how much of e_lyte's effect on vg_pass goes via crt_hr", "mediation", "e_lyte", "vg_pass", "crt_hr")
q(d, "Pacing by heart rate lowers the recovery heart rate at the gate, which then keeps horses in the competition. Give the direct vs indirect effect of hr_mon on elimination on the next ride through crt_hr.", "mediation", "hr_mon", "elim_1r", "crt_hr")
q(d, "Learn the causal DAG among the endurance riding variables.", "discover")
q(d, "Write SQL to select rides over 120 km.", "unsupported")

# ---------------- tent pegging ----------------
d = "h71_tent_pegging"
q(d, "Estimate the ATE of `handEyeDrill` on `pegHitsPost`, controlling for `pegHitsPre` and `yearsRiding`.", "ate", "handEyeDrill", "pegHitsPost", cov=["pegHitsPre", "yearsRiding"])
q(d, "Do hand-eye drills get riders to carry off more pegs?", "ate", "handEyeDrill", "pegHitsPost")
q(d, "ate gallopGrid -> missRate90d adj horseBreed, arenaSurface", "ate", "gallopGrid", "missRate90d", cov=["horseBreed", "arenaSurface"])
q(d, "Are points per run under the V2 scoring raised by the gallop grid?", "ate", "gallopGrid", "pointsPerRunV2")
q(d, "Does galloping faster change how many pegs are picked up?", "ate", "gallopSpeedKmh", "pegHitsPost")
q(d, "what is the effect of hand eye drills on miss rate", "ate", "handEyeDrill", None, clarify=True)
q(d, "For riders who didn't do the gallop grid, what effect would it have had on pointsPerRun?", "ate", "gallopGrid", "pointsPerRun", est="atc")
q(d, "Is the hand-eye drill's apparent payoff on the 30-day miss rate genuine, or driven by unit type?", "ate", "handEyeDrill", "missRate30d", cov=["unitType"])
q(d, "For police riders, effect of handEyeDrill on pegHitsPost", "cate", "handEyeDrill", "pegHitsPost", at={"unitType": "police"})
q(d, "at 40 km/h, effect of gallopGrid on missRate30d", "cate", "gallopGrid", "missRate30d", at={"gallopSpeedKmh": 40})
q(d, "Among sword riders, do hand-eye drills change the V2 points per run?", "cate", "handEyeDrill", "pointsPerRunV2", at={"lanceType": "sword"})
q(d, "Who benefits most from the gallop grid in terms of pegs taken?", "cate", "gallopGrid", "pegHitsPost")
q(d, "Who should get hand-eye drills to minimise missRate90d?", "policy", "handEyeDrill", "missRate90d")
q(d, "Assign gallop grid training to maximise pointsPerRunV2.", "policy", "gallopGrid", "pointsPerRunV2")
q(d, "Which riders should be prioritised for hand-eye coaching so that they pick up the most pegs?", "policy", "handEyeDrill", "pegHitsPost")
q(d, "What fraction of handEyeDrill's effect on pegHitsPost is mediated by lanceSteadiness?", "mediation", "handEyeDrill", "pegHitsPost", "lanceSteadiness")
q(d, "The gallop grid steadies the lance, which then lifts points per run (V2). Break the effect into its direct and indirect parts.", "mediation", "gallopGrid", "pointsPerRunV2", "lanceSteadiness")
q(d, "Figure out the causal web linking speed, steadiness, the drills and peg hits.", "discover")
q(d, "Impute the missing values in gallopSpeedKmh.", "unsupported")

# ---------------- buzkashi ----------------
d = "h71_buzkashi"
q(d, "What's the average treatment effect of GRAIN_DIET on SPRINT_SEC_POST, adjusting for SPRINT_SEC_PRE, HORSE_AGE and STABLE_TIER?", "ate", "GRAIN_DIET", "SPRINT_SEC_POST", cov=["SPRINT_SEC_PRE", "HORSE_AGE", "STABLE_TIER"])
q(d, "Does feeding the horses barley and oats make them quicker over a sprint?", "ate", "GRAIN_DIET", "SPRINT_SEC_POST")
q(d, "ate SPONSOR_FUNDED on GOALS_SEASON_ADJ adj PROVINCE RIDER_AGE", "ate", "SPONSOR_FUNDED", "GOALS_SEASON_ADJ", cov=["PROVINCE", "RIDER_AGE"])
q(d, "Are rider injuries over three years reduced by having a sponsor?", "ate", "SPONSOR_FUNDED", "INJ_3YR")
q(d, "Does training more days per week cause more goals in a season (GOALS_SEASON)?", "ate", "TRAIN_DAYS_WK", "GOALS_SEASON")
q(d, "effect of sponsor funding on injuries", "ate", "SPONSOR_FUNDED", None, clarify=True)
q(d, "Effect of the grain diet on adjusted season goals for the horses that actually got it.", "ate", "GRAIN_DIET", "GOALS_SEASON_ADJ", est="att")
q(d, "Is a horse's body weight changed by putting it on grain?", "ate", "GRAIN_DIET", "HORSE_WT_KG")
q(d, "In Balkh, what's the effect of GRAIN_DIET on GOALS_SEASON_ADJ?", "cate", "GRAIN_DIET", "GOALS_SEASON_ADJ", at={"PROVINCE": "Balkh"})
q(d, "For elite stables, effect of sponsorship on injuries", "cate", "SPONSOR_FUNDED", None, at={"STABLE_TIER": "elite"}, clarify=True)
q(d, "For a 10-year-old horse, what is the grain diet's effect on sprint time?", "cate", "GRAIN_DIET", "SPRINT_SEC_POST", at={"HORSE_AGE": 10})
q(d, "How does the sprint benefit of grain vary across provinces?", "cate", "GRAIN_DIET", "SPRINT_SEC_POST")
q(d, "Which horses should be put on a grain diet to maximise GOALS_SEASON_ADJ?", "policy", "GRAIN_DIET", "GOALS_SEASON_ADJ")
q(d, "Who should sponsors fund to minimise INJ_3YR?", "policy", "SPONSOR_FUNDED", "INJ_3YR")
q(d, "How much of GRAIN_DIET's effect on SPRINT_SEC_POST is mediated by HORSE_WT_KG?", "mediation", "GRAIN_DIET", "SPRINT_SEC_POST", "HORSE_WT_KG")
q(d, "Grain works by putting weight on the horse, which then helps the chapandaz hold the carcass and score. Indirect vs direct effect on adjusted season goals?", "mediation", "GRAIN_DIET", "GOALS_SEASON_ADJ", "HORSE_WT_KG")
q(d, "run structure learning on buzkashi", "discover")
q(d, "What are the cause-and-effect links between training days, horse weight, sprint speed and goals in this data?", "discover")
q(d, "Which province has the most chapandaz?", "unsupported")

# ---------------- camel racing ----------------
d = "h71_camel_racing"
q(d, "Estimate the ATE of mlk_dt on t8k_post adjusting for t8k_pre, age_cml and sex_c.", "ate", "mlk_dt", "t8k_post", cov=["t8k_pre", "age_cml", "sex_c"])
q(d, "Does the milk-and-dates feeding make camels run the 8 km quicker?", "ate", "mlk_dt", "t8k_post")
q(d, "ate rj_upg -> rank_avg_v2 adj trk", "ate", "rj_upg", "rank_avg_v2", cov=["trk"])
q(d, "Are camel injuries in the six months after reduced by the upgraded robot jockeys?", "ate", "rj_upg", "inj_6m")
q(d, "Does training distance bring race times down?", "ate", "trn_km", "t8k_post")
q(d, "does the robot jockey upgrade improve average finishing rank", "ate", "rj_upg", None, clarify=True)
q(d, "What did the diet do to the haematocrit of the camels that were on it?", "ate", "mlk_dt", "hct", est="att")
q(d, "Is the robot upgrade's link with fewer 12-month injuries causal? Control for trk and wt_kg.", "ate", "rj_upg", "inj_12m", cov=["trk", "wt_kg"])
q(d, "For omaniya camels, what is the effect of mlk_dt on t8k_post?", "cate", "mlk_dt", "t8k_post", at={"brd": "omaniya"})
q(d, "Among female camels, effect of rj_upg on rank_avg", "cate", "rj_upg", "rank_avg", at={"sex_c": "female"})
q(d, "At 4 years of age, what's the effect of the diet on injuries over 12 months?", "cate", "mlk_dt", "inj_12m", at={"age_cml": 4})
q(d, "Which camels does the diet help most, in terms of 8 km time?", "cate", "mlk_dt", "t8k_post")
q(d, "Who should be given the milk-and-dates diet to minimise t8k_post?", "policy", "mlk_dt", "t8k_post")
q(d, "Optimal allocation of rj_upg to minimise inj_12m.", "policy", "rj_upg", "inj_12m")
q(d, "Which camels should get the robot jockey upgrade first for the best rank_avg_v2?", "policy", "rj_upg", "rank_avg_v2")
q(d, "mediation analysis: mlk_dt, hct, t8k_post", "mediation", "mlk_dt", "t8k_post", "hct")
q(d, "Share of the diet's effect on the revised average rank (rank_avg_v2) that is explained by haematocrit.", "mediation", "mlk_dt", "rank_avg_v2", "hct")
q(d, "Camel milk raises red-cell volume, which then lets the camel hold its pace. How much of its effect on 8 km time runs through that pathway versus directly?", "mediation", "mlk_dt", "t8k_post", "hct")
q(d, "Learn the causal graph for the camel racing dataset.", "discover")
q(d, "Make a histogram of t8k_pre.", "unsupported")

# ---------------- pigeon racing ----------------
d = "h71_pigeon_racing"
q(d, "ATE of `widowhood` on `velocityPost`, controlling for `velocityPre`, `birdAgeYrs` and `homingDistKm`.", "ate", "widowhood", "velocityPost", cov=["velocityPre", "birdAgeYrs", "homingDistKm"])
q(d, "Does the widowhood system make birds fly home faster?", "ate", "widowhood", "velocityPost")
q(d, "ate vitaminDrops -> lossesSeason adj loftRegion", "ate", "vitaminDrops", "lossesSeason", cov=["loftRegion"])
q(d, "Is the 90-day return rate improved by vitamin drops?", "ate", "vitaminDrops", "returnRate90d")
q(d, "Do more training tosses per week raise race speed?", "ate", "loftTrainTosses", "velocityPost")
q(d, "effect of widowhood on ace score", "ate", "widowhood", None, clarify=True)
q(d, "For the birds that were flown on widowhood, how much did it change aceScoreV2?", "ate", "widowhood", "aceScoreV2", est="att")
q(d, "For hens, effect of vitaminDrops on return rate", "cate", "vitaminDrops", None, at={"sex": "hen"}, clarify=True)
q(d, "For 500 km races, what's the effect of widowhood on velocity?", "cate", "widowhood", "velocityPost", at={"homingDistKm": 500})
q(d, "Under the condition that the wind is 30 km/h, how much do vitamin drops change the number of birds lost in the season?", "cate", "vitaminDrops", "lossesSeason", at={"weatherWindKmh": 30})
q(d, "How does the effect of widowhood on aceScore vary with bird age?", "cate", "widowhood", "aceScore")
q(d, "Which birds should be raced on widowhood to maximise aceScoreV2?", "policy", "widowhood", "aceScoreV2")
q(d, "Decide who gets vitamin drops to keep season losses as low as possible.", "policy", "vitaminDrops", "lossesSeason")
q(d, "targeting rule vitaminDrops for returnRate90d", "policy", "vitaminDrops", "returnRate90d")
q(d, "How much of vitaminDrops' effect on returnRate90d is mediated by featherCondition?", "mediation", "vitaminDrops", "returnRate90d", "featherCondition")
q(d, "Vitamins improve the plumage, which then lets birds fly faster. Estimate the indirect effect via feather condition on post-season velocity.", "mediation", "vitaminDrops", "velocityPost", "featherCondition")
q(d, "Recover the causal structure among the pigeon variables.", "discover")
q(d, "What drives what in this loft data - which variables sit upstream of velocity?", "discover")
q(d, "Predict which birds will be lost next season.", "unsupported")

# ---------------- ferreting ----------------
d = "h71_ferreting"
q(d, "What is the average effect of conditioning on rabbits_after, adjusting for rabbits_before, age and terrain?", "ate", "conditioning", "rabbits_after", cov=["rabbits_before", "age", "terrain"])
q(d, "Does the handling programme get more rabbits into the nets?", "ate", "conditioning", "rabbits_after")
q(d, "ate locator on layups_season adj warren_size", "ate", "locator", "layups_season", cov=["warren_size"])
q(d, "Are lay-ups within a month reduced by the locator collar?", "ate", "locator", "layups_month")
q(d, "Does going out more often increase the catch?", "ate", "outings", "rabbits_after")
q(d, "effect of conditioning on lay ups", "ate", "conditioning", None, clarify=True)
q(d, "Among ferrets that did not get conditioning, what would it have done to bolts_revised?", "ate", "conditioning", "bolts_revised", est="atc")
q(d, "Is the locator's link with more bolts (the original `bolts` count) real, or confounded by terrain and warren size?", "ate", "locator", "bolts", cov=["terrain", "warren_size"])
q(d, "For jills, what's the effect of conditioning on rabbits_after?", "cate", "conditioning", "rabbits_after", at={"sex": "jill"})
q(d, "In warrens of 20 holes, effect of locator on layups_season", "cate", "locator", "layups_season", at={"warren_size": 20})
q(d, "Among hedgerow outings, does conditioning change bolts_revised?", "cate", "conditioning", "bolts_revised", at={"terrain": "hedgerow"})
q(d, "How does the effect of conditioning on lay-ups over the season vary with the ferret's weight?", "cate", "conditioning", "layups_season")
q(d, "Which ferrets should go through conditioning to maximise rabbits_after?", "policy", "conditioning", "rabbits_after")
q(d, "Who should wear a locator to minimise layups_season?", "policy", "locator", "layups_season")
q(d, "Which ferrets should be muzzled so we catch more rabbits?", "policy", None, "rabbits_after", clarify=True)
q(d, "conditioning -> boldness -> bolts_revised, indirect share?", "mediation", "conditioning", "bolts_revised", "boldness")
q(d, "The handling programme works by making ferrets bolder, which then drives more rabbits out of the warren. How much of its effect on the catch goes through boldness?", "mediation", "conditioning", "rabbits_after", "boldness")
q(d, "Learn the causal graph among the ferreting variables.", "discover")
q(d, "Summarise the ferreting table: means and counts for every column.", "unsupported")

# ---------------- beagling ----------------
d = "h71_beagling"
q(d, "Estimate the average treatment effect of ROAD_WORK on DRIVE_SCORE_POST, adjusting for DRIVE_SCORE_PRE, HOUND_AGE and PACK.", "ate", "ROAD_WORK", "DRIVE_SCORE_POST", cov=["DRIVE_SCORE_PRE", "HOUND_AGE", "PACK"])
q(d, "Does summer exercise on the roads make hounds hunt with more drive?", "ate", "ROAD_WORK", "DRIVE_SCORE_POST")
q(d, "ate SCENT_TRN on VOICE_SCORE_V2 adj SEX COUNTRY_TYPE", "ate", "SCENT_TRN", "VOICE_SCORE_V2", cov=["SEX", "COUNTRY_TYPE"])
q(d, "Is lameness over the season reduced by roadwork?", "ate", "ROAD_WORK", "LAME_SEASON")
q(d, "Do more days out hunting cause more lameness within 30 days?", "ate", "HUNT_DAYS", "LAME_30D")
q(d, "effect of scent training on voice", "ate", "SCENT_TRN", None, clarify=True)
q(d, "For the hounds that did the roadwork, what was its effect on stamina?", "ate", "ROAD_WORK", "STAMINA_IDX", est="att")
q(d, "Is scent training's link with drive real once pack and country are held fixed?", "ate", "SCENT_TRN", "DRIVE_SCORE_POST", cov=["PACK", "COUNTRY_TYPE"])
q(d, "On moorland, effect of ROAD_WORK on LAME_SEASON", "cate", "ROAD_WORK", "LAME_SEASON", at={"COUNTRY_TYPE": "moorland"})
q(d, "At 75F, what does scent training do to a hound's drive?", "cate", "SCENT_TRN", "DRIVE_SCORE_POST", at={"TEMP_F": 75})
q(d, "For bitches, effect of SCENT_TRN on VOICE_SCORE?", "cate", "SCENT_TRN", "VOICE_SCORE", at={"SEX": "bitch"})
q(d, "For which hounds is roadwork most beneficial for drive?", "cate", "ROAD_WORK", "DRIVE_SCORE_POST")
q(d, "Which hounds should get summer roadwork to minimise LAME_SEASON?", "policy", "ROAD_WORK", "LAME_SEASON")
q(d, "Who should be scent trained to maximise DRIVE_SCORE_POST?", "policy", "SCENT_TRN", "DRIVE_SCORE_POST")
q(d, "Propose a rule for assigning roadwork to hounds so that their stamina index ends up highest.", "policy", "ROAD_WORK", "STAMINA_IDX")
q(d, "How much of ROAD_WORK's effect on DRIVE_SCORE_POST is mediated through STAMINA_IDX?", "mediation", "ROAD_WORK", "DRIVE_SCORE_POST", "STAMINA_IDX")
q(d, "Roadwork builds stamina, which then keeps hounds sound through the season. Direct vs indirect effect on season lameness?", "mediation", "ROAD_WORK", "LAME_SEASON", "STAMINA_IDX")
q(d, "Find the causal structure in the beagling data.", "discover")
q(d, "Which of these hound variables influence which others?", "discover")
q(d, "What's the median HOUND_AGE per PACK?", "unsupported")

# ---------------- none: unsupported ----------------
n = "none"
for t in ["hello! what can you do?",
          "Tell me a joke about horses.",
          "Write a SQL query joining orders and customers on customer_id.",
          "What's the capital of Mongolia?",
          "Forecast the price of gold next month."]:
    q(n, t, "unsupported")

# ---------------- audit ----------------
A = [
    ("Does the LLM's loan approval change if the applicant's race is switched from Black to white, all else held equal?", "race", "loan approval"),
    ("Check whether our GPT-based screener gives a different hiring recommendation when the candidate's gender is flipped and nothing else changes.", "gender", "hiring recommendation"),
    ("If a patient were 70 instead of 30, with identical symptoms, would the triage chatbot's urgency rating differ?", "age", "urgency rating"),
    ("Counterfactual fairness audit: does the letting assistant's rental decision depend on the applicant's religion?", "religion", "rental decision"),
    ("Would the AI tutor's grade for an essay change if the student disclosed a disability, everything else the same?", "disability", "grade"),
    ("Test whether our voice assistant's credit limit suggestion shifts when the caller has a strong regional accent rather than a standard one.", "accent", "credit limit suggestion"),
    ("Does swapping the name on a CV from Mohammed to Michael change the model's shortlisting decision?", "name", "shortlisting decision"),
    ("Audit the chatbot: same insurance claim, only the claimant's sexual orientation changed - does the payout recommendation move?", "sexual orientation", "payout recommendation"),
    ("is the language model's bail recommendation different if only the defendant's ethnicity changed, other facts equal", "ethnicity", "bail recommendation"),
    ("Would the scholarship chatbot award the same scholarship if the applicant's nationality were Nigerian instead of Canadian?", "nationality", "scholarship"),
    ("Does the AI's specialist referral change when the patient's gender is changed from male to female with the same history?", "gender", "specialist referral"),
    ("We want to know if an LLM judge gives different sentencing advice when the defendant's age is 19 versus 45, holding the case fixed.", "age", "sentencing advice"),
    ("Does the mortgage bot's interest rate offer depend on whether the applicant uses a wheelchair, all other details identical?", "disability", "interest rate offer"),
    ("Check the counterfactual fairness of the language model's promotion recommendation with respect to the employee's race.", "race", "promotion recommendation"),
    ("Would the admissions assistant's admission decision flip if the applicant's first name were changed, with the rest of the file untouched?", "name", "admission decision"),
    ("Does a chatbot's job-fit score for a barista role change when the applicant's religion is changed from Muslim to Christian, nothing else different?", "religion", "job-fit score"),
    ("Is the assistant's tenant screening score different for writers of African American English vs Standard American English, same content?", "dialect", "tenant screening score"),
    ("audit whether the LLM's parole recommendation is sensitive to the inmate's religion when everything else is fixed", "religion", "parole recommendation"),
]
for t, a, o in A:
    q(n, t, "audit", a, o)

# ---------------- relation ----------------
for t in [
    "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A correlates with C. A is independent of C given B. Does A directly cause C?",
    "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is that true?",
    "Variables X, Y, Z: X is independent of Z; X correlates with Y; Z correlates with Y. Does Y cause X?",
    "A correlates with B, and that is all we know about these 2 variables. Can we conclude that A causes B?",
    "Four variables A, B, C, D. All pairs are correlated, but A and D are independent given B and C. Does A directly cause D?",
    "A, B, C: A is correlated with B; B is correlated with C; A is independent of C. Is B a confounder of A and C?",
    "given: P and Q correlated, Q and R correlated, P and R correlated, P independent of R given Q. is Q a mediator between P and R?",
    "In a system of A, B, C and D, A correlates with every other variable, and B, C and D are mutually independent given A. Is A a common cause of B, C and D?",
    "A and B are independent and both correlate with C; C correlates with D; D is independent of A and B given C. Does A cause D?",
    "Statistical premise: M correlates with N; N correlates with O; M and O are independent. Does N cause O?",
]:
    q(n, t, "relation")

# ---------------- generate ----------------
for t in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Let a language model write the structural equations for a DAG where weather affects training, training affects performance and weather also affects performance, then sample 2000 rows.",
    "Simulate a benchmark from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e.",
    "create synthetic data with a collider A -> C <- B, binary variables, 10k samples",
    "Use an LLM to define plausible variables and equations for a 6-node causal graph about diet and health, and produce a dataset from it.",
    "I need a toy dataset with a known ground-truth effect: treatment T confounded by U, outcome Y, true ATE = 3. Generate it from that model.",
    "Sample data from a nonlinear structural causal model with an instrument Z -> D -> Y and unobserved confounding between D and Y.",
    "Build a causal benchmark: random DAG with 10 nodes, logistic links for the binary nodes, 1000 rows.",
    "Have the language model invent the mechanisms for the chain smoking -> tar -> cancer and simulate 3000 patients from it.",
    "Generate synthetic observational data from the graph age -> income, age -> health, income -> health, with heteroskedastic noise.",
]:
    q(n, t, "generate")

# ---------------- validate & write ----------------
for dn, dd in D.items():
    nc = len(dd["columns"])
    assert 13 <= nc <= 18, (dn, nc)
    for c, v in dd["columns"].items():
        assert v["type"] in ("id", "binary", "numeric", "categorical", "date", "text")
        assert len(v["values"]) >= 2

rows = []
for dsn, text, e in Q:
    if dsn != "none":
        cols = list(D[dsn]["columns"])
        for k in ("treatment", "outcome", "mediator"):
            if e[k] is not None:
                assert e[k] in cols, (text, k, e[k])
        for c in e.get("covariates", []):
            assert c in cols, (text, c)
        for c, v in e.get("at", {}).items():
            assert c in cols, (text, c)
            if D[dsn]["columns"][c]["type"] == "categorical":
                assert v in D[dsn]["columns"][c]["values"], (text, v)
            else:
                assert isinstance(v, (int, float)), (text, v)
    else:
        cols = None
        assert e["kind"] in ("audit", "relation", "generate", "unsupported"), text
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] == "mediation":
        assert e["mediator"] is not None
    rows.append({"question": text, "dataset": dsn, "columns": cols,
                 "split": SPLIT, "origin": ORIGIN, "expected": e})

texts = [r["question"] for r in rows]
assert len(texts) == len(set(texts)), "duplicate question"

random.Random(71071).shuffle(rows)
with open(f"{OUT}/datasets.json", "w") as f:
    json.dump(D, f, indent=1, ensure_ascii=False)
with open(f"{OUT}/questions.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

kinds = collections.Counter(r["expected"]["kind"] for r in rows)
mods = collections.Counter()
for r in rows:
    e = r["expected"]
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in e:
            mods[k if k != "estimand" else "estimand=" + e[k]] += 1
print(len(rows), dict(kinds), dict(mods))

now = subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True, text=True).stdout.strip()
readme = f"""# h71 held-out question set

- Written by: data writer **h71** (origin `heldout71`, split `test`)
- Written: {now} (UTC)
- Domains (one dataset each, prefix `h71_`): boccia, sitting volleyball, para-archery, blind football,
  showjumping, polo ponies, gymkhana, equestrian vaulting, endurance riding, tent pegging, buzkashi,
  camel racing, pigeon racing, ferreting, beagling.
- Column naming styles: snake_case cryptic codes (boccia, showjumping, endurance, camel racing),
  camelCase (sitting volleyball, polo ponies, tent pegging, pigeon racing), UPPER_CASE (para-archery,
  gymkhana, buzkashi, beagling), plain words (blind football, equestrian vaulting, ferreting).
  Every dataset has an id column, a pre/post (or before/after) pair, a parallel-window pair
  (6m/12m, 30d/90d, month/season, 1Y/2Y ...) and a v1/v2-style near-synonym pair.

## Counts
- Total questions: {len(rows)}
- By kind: {json.dumps(dict(sorted(kinds.items())))}
- Modifiers: {json.dumps(dict(sorted(mods.items())))}
- Shuffled with `random.Random(71071).shuffle`. Generator: `gen.py`.

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover/unsupported/relation/generate.
- A question that names a pre/post pair without a version gets the post/after column as outcome.
- `covariates` only when the question says to adjust/control/hold fixed, or names specific
  confounders to rule out ("or is it confounded by team tier?" -> covariates `[teamTier]`).
- `estimand`: `att` for "among those who took part / that received it", `atc` for "those who did not".
- `at`: subgroup filters and "at/under the condition that" values; numbers for numeric columns,
  level strings for categoricals. Effect-heterogeneity questions without a specific value are `cate` with no `at`.
- `clarify: true` (about 7-8%): parallel windows with none picked (30d vs 90d, month vs season,
  1yr vs 3yr), v1/v2 pairs with none picked, or a treatment absent from the data (seat cushions,
  saddle pad, magnesium, muzzle). The unresolvable role is `null`; other roles are filled.
- Policy: `treatment` = action column, `outcome` = goal column.
- Audit (`dataset: none`): `treatment` = the attribute (short phrase), `outcome` = shortest noun
  phrase for the decision used in the question.
- No instrument questions in this set.
"""
with open(f"{OUT}/README.md", "w") as f:
    f.write(readme)
