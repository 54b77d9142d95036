import json, os, random, collections
OUT = os.path.dirname(os.path.abspath(__file__))  # the h21 writer wrote into /work/h21out
D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}
B = [0, 1]
ds("h21_sepak_takraw", "Amateur and semi-pro sepak takraw teams over two seasons: coaching, drills, serve accuracy, injuries and results.", [
 ("team_id","id",["ST001","ST002","ST003"]),("region","categorical",["north","south","east","west"]),
 ("coach_cert","binary",B),("drills_hrs_wk","numeric",[4,7.5,12]),("vid_anlys","binary",B),
 ("srv_acc_pre","numeric",[0.52,0.61,0.7]),("srv_acc_post","numeric",[0.55,0.66,0.74]),
 ("win_pct_s1","numeric",[0.3,0.5,0.72]),("win_pct_s2","numeric",[0.28,0.55,0.8]),
 ("inj_cnt_6m","numeric",[0,2,5]),("inj_cnt_12m","numeric",[1,3,8]),("avg_age","numeric",[21.5,25,29]),
 ("roster_sz","numeric",[6,9,12]),("kick_spd_kmh","numeric",[78,92,105]),("kick_spd_kmh_v2","numeric",[80,90,108]),
 ("sponsor","binary",B),("fan_att","numeric",[40,150,600])])
ds("h21_korfball_clubs", "Dutch and Belgian korfball clubs: youth academies, coaching, membership, retention and league points.", [
 ("clubId","id",["KC-11","KC-12","KC-13"]),("clubTier","categorical",["amateur","semi-pro","pro"]),
 ("youthAcademy","binary",B),("coachesPerTeam","numeric",[1,2,3]),("membersStart","numeric",[80,140,310]),
 ("membersEnd","numeric",[75,150,330]),("retention6m","numeric",[0.7,0.82,0.93]),("retention12m","numeric",[0.55,0.7,0.88]),
 ("mixedTrainingHrs","numeric",[1,2.5,4]),("shotConvRate","numeric",[0.14,0.19,0.25]),("shotConvRateV2","numeric",[0.15,0.2,0.24]),
 ("socialMediaPosts","numeric",[2,10,35]),("leaguePointsPrev","numeric",[8,20,34]),("leaguePointsCurr","numeric",[10,22,36]),
 ("hasSportsHall","binary",B),("volunteerCount","numeric",[5,18,40])])
ds("h21_kendo_dojos", "Kendo dojos in Japan: instructor rank, practice frequency, kata focus, armour subsidy, grading and dropout.", [
 ("DOJO_ID","id",["KD0101","KD0102","KD0103"]),("PREFECTURE","categorical",["Tokyo","Osaka","Kyoto","Fukuoka","Hokkaido"]),
 ("SENSEI_RANK","numeric",[5,6,8]),("KEIKO_FREQ","numeric",[1,3,5]),("KATA_FOCUS","binary",B),
 ("GRADING_PASS_1Y","numeric",[0.4,0.6,0.8]),("GRADING_PASS_2Y","numeric",[0.5,0.7,0.9]),
 ("DROPOUT_6M","numeric",[0.05,0.12,0.25]),("DROPOUT_12M","numeric",[0.1,0.2,0.4]),("INJ_RATE","numeric",[0.01,0.04,0.09]),
 ("MEMBERS","numeric",[15,40,120]),("AVG_AGE","numeric",[14,27,45]),("FEE_JPY","numeric",[3000,5000,8000]),
 ("BOGU_SUBSIDY","binary",B),("SHIAI_WINS_PRE","numeric",[0,3,9]),("SHIAI_WINS_POST","numeric",[1,4,11]),
 ("MOTIV_SCORE","numeric",[3.1,3.8,4.6]),("MOTIV_SCORE_V2","numeric",[55,68,82])])
ds("h21_dragon_boat_crews", "Dragon boat racing crews: coaching, ergometer training, race times, stroke rate, injuries and rankings.", [
 ("crew_id","id",["DB-201","DB-202","DB-203"]),("league","categorical",["recreational","club","elite"]),
 ("paddlers","numeric",[10,20,22]),("coached","binary",B),("ergometer","binary",B),("training_hours","numeric",[2,5,9]),
 ("race_time_pre","numeric",[58.2,62.5,70.1]),("race_time_post","numeric",[56.9,61.0,69.3]),
 ("stroke_rate","numeric",[62,70,78]),("stroke_rate_adjusted","numeric",[60,69,77]),("injuries","numeric",[0,1,4]),
 ("age","numeric",[24,38,52]),("women_share","numeric",[0,0.5,1]),("sponsor","binary",B),
 ("rank_last_year","numeric",[1,8,20]),("rank_this_year","numeric",[2,6,18]),("morale","numeric",[2.5,3.9,4.8])])
ds("h21_petanque_clubs", "French pétanque clubs: coaching, practice, terrain, pointing/shooting accuracy, subsidies, retention and wins.", [
 ("club_no","id",["P-0031","P-0032","P-0033"]),("dept","categorical",["Var","Gard","Herault","Bouches-du-Rhone"]),
 ("licences","numeric",[25,60,180]),("terrain","categorical",["gravel","sand","clay"]),("coaching","binary",B),
 ("practice_days","numeric",[1,3,6]),("pointing_acc_bl","numeric",[0.41,0.55,0.68]),("pointing_acc_12m","numeric",[0.44,0.58,0.72]),
 ("shooting_acc","numeric",[0.3,0.42,0.6]),("shooting_acc_v2","numeric",[0.32,0.45,0.58]),("pct_65plus","numeric",[0.2,0.45,0.7]),
 ("wins_2022","numeric",[0,4,12]),("wins_2023","numeric",[1,5,14]),("bar_onsite","binary",B),("subsidy_eur","numeric",[0,1500,6000]),
 ("retention_1y","numeric",[0.7,0.85,0.95]),("retention_2y","numeric",[0.55,0.72,0.9])])
ds("h21_stonemasons", "Self-employed and employed stonemasons: tools, respiratory protection, dust exposure, lung function, back pain and earnings.", [
 ("masonId","id",["SM-501","SM-502","SM-503"]),("region","categorical",["Yorkshire","Cotswolds","Cornwall","Scotland"]),
 ("apprenticeYrs","numeric",[2,4,6]),("diamondSaw","binary",B),("silicaMask","binary",B),("fev1Base","numeric",[2.9,3.5,4.2]),
 ("fev1Yr5","numeric",[2.7,3.3,4.1]),("dustExposure","numeric",[0.02,0.08,0.2]),("projectsPerYr","numeric",[6,14,30]),
 ("earningsPrevK","numeric",[24,36,55]),("earningsK","numeric",[25,38,60]),("heritageCert","binary",B),("unionMember","binary",B),
 ("backPain3m","numeric",[0,3,7]),("backPain12m","numeric",[0,4,8]),("age","numeric",[23,41,62]),("injuryClaims","numeric",[0,1,3])])
ds("h21_farriers", "Registered farriers: shoeing method, CPD training, workload, horse lameness after shoeing, client satisfaction and repeat business.", [
 ("FARRIER_ID","id",["F1001","F1002","F1003"]),("COUNTY","categorical",["Kent","Devon","Yorkshire","Norfolk"]),
 ("YRS_EXP","numeric",[2,11,30]),("HOT_SHOE","binary",B),("CPD_COURSE","binary",B),("HORSES_WK","numeric",[12,25,40]),
 ("LAMENESS_4W","numeric",[0.01,0.04,0.09]),("LAMENESS_12W","numeric",[0.02,0.05,0.12]),("CLIENT_SAT","numeric",[3.2,4.1,4.9]),
 ("CLIENT_SAT_V2","numeric",[60,78,95]),("BACK_INJ","binary",B),("AGE","numeric",[24,40,61]),("VAN_FORGE","binary",B),
 ("FEE_GBP","numeric",[75,95,130]),("REPEAT_6M","numeric",[0.6,0.8,0.95]),("REPEAT_12M","numeric",[0.5,0.7,0.9]),
 ("ACCRED","categorical",["DipWCF","AWCF","FWCF"])])
ds("h21_saddlers", "Saddlery workshops: staffing, leather grade, stitching method, finishing time, output, returns, fit complaints and revenue.", [
 ("workshop","id",["W-17","W-18","W-19"]),("region","categorical",["north","midlands","south","wales"]),
 ("craftsmen","numeric",[1,4,9]),("apprentices","numeric",[0,1,3]),("leather_grade","categorical",["standard","premium","vegetable_tanned"]),
 ("machine_stitching","binary",B),("finishing_hours","numeric",[6,12,20]),("saddles_per_month","numeric",[3,8,20]),
 ("returns_q1","numeric",[0.01,0.04,0.08]),("returns_q4","numeric",[0.01,0.03,0.07]),("fit_complaints","numeric",[0,3,9]),
 ("fit_complaints_new","numeric",[0,2,8]),("price","numeric",[1800,2900,4500]),("online_shop","binary",B),
 ("revenue_2022","numeric",[90000,210000,480000]),("revenue_2023","numeric",[95000,230000,510000]),("master_certified","binary",B)])
ds("h21_milliners", "Independent hat-making studios: materials, hat blocks, Instagram advertising, orders, returns, prices and ratings.", [
 ("studioId","id",["MIL-01","MIL-02","MIL-03"]),("city","categorical",["London","Manchester","Dublin","Edinburgh"]),
 ("blocksOwned","numeric",[10,40,120]),("sinamay","binary",B),("instaAds","binary",B),("adSpendGbp","numeric",[0,300,1200]),
 ("ordersPerMoPrev","numeric",[5,22,60]),("ordersPerMo","numeric",[6,25,70]),("bespokeShare","numeric",[0.1,0.4,0.9]),
 ("returnRate30d","numeric",[0.01,0.03,0.08]),("returnRate90d","numeric",[0.02,0.05,0.11]),("avgPriceGbp","numeric",[90,260,750]),
 ("raceSeasonStock","binary",B),("rating","numeric",[3.9,4.5,4.9]),("ratingV2","numeric",[72,85,97]),
 ("staffCount","numeric",[1,3,7]),("yearsTrading","numeric",[1,8,25])])
ds("h21_luthiers", "Stringed-instrument workshops: tonewood age, torrefaction, varnish, CNC carving, build time, tone ratings, cracking, prices.", [
 ("shop_id","id",["LU-07","LU-08","LU-09"]),("instr_type","categorical",["violin","viola","cello","guitar"]),
 ("wood_age_yrs","numeric",[5,20,60]),("torrefied","binary",B),("varnish","categorical",["oil","spirit"]),("cnc_carve","binary",B),
 ("build_hrs","numeric",[120,250,400]),("tone_score","numeric",[6.1,7.4,8.9]),("tone_score_v2","numeric",[58,71,90]),
 ("price_usd","numeric",[3500,12000,45000]),("resale_usd_5y","numeric",[3000,11500,52000]),("crack_rt_1y","numeric",[0.0,0.02,0.06]),
 ("crack_rt_3y","numeric",[0.01,0.05,0.12]),("humid_ctrl","binary",B),("mkr_exp_yrs","numeric",[3,15,40]),
 ("waitlist_mo","numeric",[0,6,30]),("awards","numeric",[0,2,9])])
ds("h21_mmr_catchup_schools", "Schools in a mumps-measles-rubella catch-up campaign: consent app, SMS reminders, nurse visits, dose-1/dose-2 coverage and mumps cases.", [
 ("SCHOOL_ID","id",["URN100231","URN100232","URN100233"]),("LA_REGION","categorical",["London","North West","Midlands","South West"]),
 ("URBAN","binary",B),("CONSENT_APP","binary",B),("REMINDER_SMS","binary",B),("NURSE_VISITS","numeric",[1,3,6]),
 ("MMR1_COV_PRE","numeric",[0.82,0.9,0.96]),("MMR1_COV_POST","numeric",[0.86,0.93,0.98]),("MMR2_COV_PRE","numeric",[0.7,0.8,0.9]),
 ("MMR2_COV_POST","numeric",[0.76,0.86,0.94]),("FSM_PCT","numeric",[5,22,48]),("IMD_SCORE","numeric",[8.2,21.5,45.3]),
 ("IMD_SCORE_2019","numeric",[8.0,22.1,44.8]),("MUMPS_CASES_6M","numeric",[0,1,6]),("MUMPS_CASES_12M","numeric",[0,2,11]),
 ("PUPILS","numeric",[180,620,1500]),("FAITH_SCHOOL","binary",B)])
ds("h21_diphtheria_booster", "District-level diphtheria (Td) booster campaign: mobile teams, health-worker density, cold chain, coverage, cases and poverty.", [
 ("district_id","id",["D-041","D-042","D-043"]),("prov","categorical",["Punjab","Sindh","KP","Balochistan"]),
 ("mob_team","binary",B),("chw_density","numeric",[0.5,1.8,4.0]),("cold_chain_ok","binary",B),("td_cov_bl","numeric",[0.4,0.6,0.8]),
 ("td_cov_6m","numeric",[0.5,0.7,0.9]),("dtp3_cov","numeric",[0.55,0.75,0.92]),("dtp3_cov_v2","numeric",[0.57,0.74,0.9]),
 ("diph_cases_y1","numeric",[0,4,30]),("diph_cases_y2","numeric",[0,2,22]),("pov_rate","numeric",[0.15,0.32,0.6]),
 ("pov_ratio","numeric",[0.2,0.4,0.75]),("dist_hc_km","numeric",[3,12,40]),("pop_k","numeric",[80,450,2100]),
 ("rumor_idx","numeric",[0.1,0.4,0.9]),("sch_based","binary",B)])
ds("h21_folate_pregnancy", "Pregnancy cohort: folic acid supplementation and dose, red-cell folate, haemoglobin, neural tube defects and birth outcomes.", [
 ("pt_id","id",["FP00012","FP00013","FP00014"]),("mat_age","numeric",[19,29,42]),("bmi","numeric",[19.5,24.8,34.2]),
 ("parity","numeric",[0,1,3]),("fa_supp","binary",B),("fa_dose_ug","numeric",[0,400,5000]),("start_gw","numeric",[-8,4,14]),
 ("rbc_fol_bl","numeric",[420,650,980]),("rbc_fol_28w","numeric",[600,900,1400]),("ntd","binary",B),("hb_bl","numeric",[10.5,12.4,14.1]),
 ("hb_36w","numeric",[10.1,11.8,13.6]),("bw_g","numeric",[2450,3350,4200]),("ga_wks","numeric",[35,39,41.5]),("smoker","binary",B),
 ("mthfr_tt","binary",B),("ses","categorical",["low","mid","high"]),("preterm","binary",B)])
ds("h21_lsd_cattle", "Cattle herds during a lumpy skin disease outbreak: vaccination, vector control, cases, milk yield, mortality and income.", [
 ("herdId","id",["H-3301","H-3302","H-3303"]),("district","categorical",["Amhara","Oromia","Tigray","SNNPR"]),
 ("herdSize","numeric",[5,30,220]),("vaccinated","binary",B),("vaccineStrain","categorical",["Neethling","SheepPox"]),
 ("vectorControl","binary",B),("lsdCases30d","numeric",[0,2,15]),("lsdCases90d","numeric",[0,4,28]),("milkYieldPre","numeric",[2.1,5.5,14]),
 ("milkYieldPost","numeric",[1.8,5.0,13.5]),("mortalityPct","numeric",[0,1.5,8]),("vetVisits","numeric",[0,2,6]),
 ("communalGrazing","binary",B),("breed","categorical",["zebu","crossbred","exotic"]),("distToMarketKm","numeric",[1,12,45]),
 ("incomePerCow","numeric",[120,310,900]),("incomePerCowAdj","numeric",[110,300,870])])
ds("h21_tilapia_farms", "Pond tilapia farms: aeration, stocking density, feed, probiotics, water quality, yields, feed conversion, survival and profit.", [
 ("farm_id","id",["TF-081","TF-082","TF-083"]),("province","categorical",["Central Luzon","Calabarzon","Mindanao"]),
 ("pond_hectares","numeric",[0.3,1.2,4.5]),("aeration","binary",B),("stocking_density","numeric",[2,4,8]),
 ("feed_type","categorical",["floating","sinking","farm_made"]),("probiotic","binary",B),("dissolved_oxygen","numeric",[2.8,4.9,7.1]),
 ("water_temp","numeric",[26,29.5,33]),("yield_last_cycle","numeric",[3.5,7.2,14]),("yield_this_cycle","numeric",[3.8,7.9,15.2]),
 ("feed_conversion","numeric",[1.3,1.6,2.1]),("feed_conversion_v2","numeric",[1.25,1.55,2.05]),("survival","numeric",[0.6,0.8,0.93]),
 ("survival_adjusted","numeric",[0.58,0.78,0.92]),("extension_visits","numeric",[0,2,6]),("profit","numeric",[-500,3200,12000])])

Q = []
def q(text, d, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(kw)
    Q.append({"question": text, "dataset": d, "columns": list(D[d]["columns"]) if d != "none" else None,
              "split": "test", "origin": "heldout21", "expected": e})

d = "h21_sepak_takraw"
q("Estimate the average treatment effect of `vid_anlys` on `win_pct_s2`, adjusting for `avg_age` and `roster_sz`.", d, "ate", "vid_anlys", "win_pct_s2", covariates=["avg_age","roster_sz"])
q("Does having a certified coach actually make takraw players serve more accurately, or do good teams simply attract certified coaches?", d, "ate", "coach_cert", "srv_acc_post")
q("ate coach_cert -> win pct season 2", d, "ate", "coach_cert", "win_pct_s2")
q("How many more injuries over a full year should we expect from each extra hour of weekly drilling?", d, "ate", "drills_hrs_wk", "inj_cnt_12m")
q("Is the second-season winning percentage raised by landing a sponsor? control for region", d, "ate", "sponsor", "win_pct_s2", covariates=["region"])
q("effect of video analyis on kick speed", d, "ate", "vid_anlys", None, clarify=True)
q("What is the effect of weekly drill hours (drills_hrs_wk) on post-programme serve accuracy (srv_acc_post), holding baseline serve accuracy (srv_acc_pre) fixed?", d, "ate", "drills_hrs_wk", "srv_acc_post", covariates=["srv_acc_pre"])
q("Among the teams that adopted video review, how much did it lift their serving accuracy?", d, "ate", "vid_anlys", "srv_acc_post", estimand="att")
q("What is the effect of coach certification on season-two win percentage for teams in the south region?", d, "cate", "coach_cert", "win_pct_s2", at={"region":"south"})
q("How does the effect of vid_anlys on win_pct_s2 vary with roster_sz?", d, "cate", "vid_anlys", "win_pct_s2")
q("cate of drills_hrs_wk on inj_cnt_12m when avg_age = 28", d, "cate", "drills_hrs_wk", "inj_cnt_12m", at={"avg_age":28})
q("For teams that have a sponsor, does a certified coach improve how accurately they serve?", d, "cate", "coach_cert", "srv_acc_post", at={"sponsor":1})
q("Which teams should we prioritise for video-analysis packages to maximise the second-season win percentage?", d, "policy", "vid_anlys", "win_pct_s2")
q("targeting rule: who gets a certified coach so 12-month injury counts fall the most", d, "policy", "coach_cert", "inj_cnt_12m")
q("With money for only a few coach certifications, which squads would gain the most in serving accuracy?", d, "policy", "coach_cert", "srv_acc_post")
q("How much of the effect of `coach_cert` on `win_pct_s2` is mediated by `srv_acc_post`?", d, "mediation", "coach_cert", "win_pct_s2", "srv_acc_post")
q("Video analysis seems to work by making players kick harder, which then wins more matches. How much of the season-two win gain travels through kick speed?", d, "mediation", "vid_anlys", "win_pct_s2", None, clarify=True)
q("Learn the causal structure among the variables in the sepak takraw team data.", d, "discover")
q("Plot the distribution of fan_att by region.", d, "unsupported")

d = "h21_korfball_clubs"
q("Estimate the ATE of `youthAcademy` on `membersEnd`, controlling for `membersStart` and `clubTier`.", d, "ate", "youthAcademy", "membersEnd", covariates=["membersStart","clubTier"])
q("Do clubs that post more on social media actually end the season with more members, or is it a coincidence?", d, "ate", "socialMediaPosts", "membersEnd")
q("effect of coachesPerTeam on leaguePointsCurr", d, "ate", "coachesPerTeam", "leaguePointsCurr")
q("Does having an indoor hall help a korfball club keep its players?", d, "ate", "hasSportsHall", None, clarify=True)
q("How much does an extra hour of mixed-gender training per week raise the revised shooting conversion rate?", d, "ate", "mixedTrainingHrs", "shotConvRateV2")
q("Is twelve-month retention improved by running a youth academy?", d, "ate", "youthAcademy", "retention12m")
q("avg effect of volunteerCount on retention6m adj for clubTier, membersStart", d, "ate", "volunteerCount", "retention6m", covariates=["clubTier","membersStart"])
q("For the clubs that never set up a youth academy, what would starting one have done to their league points?", d, "ate", "youthAcademy", "leaguePointsCurr", estimand="atc")
q("How does the number of referees a club trains affect its league points?", d, "ate", None, "leaguePointsCurr", clarify=True)
q("Effect of youthAcademy on retention12m for pro clubs", d, "cate", "youthAcademy", "retention12m", at={"clubTier":"pro"})
q("For which clubs is the effect of coaching staff per team on league points largest?", d, "cate", "coachesPerTeam", "leaguePointsCurr")
q("under the condition that the club has a sports hall, what does mixed training do to shotConvRate?", d, "cate", "mixedTrainingHrs", "shotConvRate", at={"hasSportsHall":1})
q("how does the social media effect on end-of-season membership change with volunteerCount", d, "cate", "socialMediaPosts", "membersEnd")
q("Which clubs should the federation fund to start youth academies if the aim is to maximise 12-month retention?", d, "policy", "youthAcademy", "retention12m")
q("allocation rule for extra coaches (coachesPerTeam) to maximise leaguePointsCurr", d, "policy", "coachesPerTeam", "leaguePointsCurr")
q("Does a youth academy raise league points mainly because it improves shot conversion (shotConvRate), or directly?", d, "mediation", "youthAcademy", "leaguePointsCurr", "shotConvRate")
q("proportion of the socialMediaPosts effect on membersEnd that goes through volunteerCount", d, "mediation", "socialMediaPosts", "membersEnd", "volunteerCount")
q("Which of the korfball club measures drive which others? Recover the dependency structure from the data.", d, "discover")
q("Predict leaguePointsCurr for next season from the other columns.", d, "unsupported")

d = "h21_kendo_dojos"
q("Estimate the effect of KATA_FOCUS on GRADING_PASS_2Y, adjusting for SENSEI_RANK and AVG_AGE.", d, "ate", "KATA_FOCUS", "GRADING_PASS_2Y", covariates=["SENSEI_RANK","AVG_AGE"])
q("does subsidising armour cut dropouts", d, "ate", "BOGU_SUBSIDY", None, clarify=True)
q("How much do tournament wins go up when a dojo trains more often each week?", d, "ate", "KEIKO_FREQ", "SHIAI_WINS_POST")
q("ATE: SENSEI_RANK → GRADING_PASS_1Y", d, "ate", "SENSEI_RANK", "GRADING_PASS_1Y")
q("Is the injury rate pushed up by practising more sessions per week, or is that a spurious association?", d, "ate", "KEIKO_FREQ", "INJ_RATE")
q("effect of fee (FEE_JPY) on DROPOUT_12M, ctrl PREFECTURE", d, "ate", "FEE_JPY", "DROPOUT_12M", covariates=["PREFECTURE"])
q("For dojos that received the bogu subsidy, what was its effect on 12-month dropout?", d, "ate", "BOGU_SUBSIDY", "DROPOUT_12M", estimand="att")
q("What does a kata-centred syllabus do to the revised motivation score?", d, "ate", "KATA_FOCUS", "MOTIV_SCORE_V2")
q("Effect of KATA_FOCUS on GRADING_PASS_2Y in Kyoto dojos", d, "cate", "KATA_FOCUS", "GRADING_PASS_2Y", at={"PREFECTURE":"Kyoto"})
q("when the sensei holds 7th dan, how much does keiko frequency change two-year grading pass rates?", d, "cate", "KEIKO_FREQ", "GRADING_PASS_2Y", at={"SENSEI_RANK":7})
q("Is the subsidy's effect on DROPOUT_12M larger for dojos with older members?", d, "cate", "BOGU_SUBSIDY", "DROPOUT_12M")
q("cate BOGU_SUBSIDY on SHIAI_WINS_POST at MEMBERS=40", d, "cate", "BOGU_SUBSIDY", "SHIAI_WINS_POST", at={"MEMBERS":40})
q("Which dojos should get the bogu subsidy to minimise DROPOUT_12M?", d, "policy", "BOGU_SUBSIDY", "DROPOUT_12M")
q("Who should be moved onto a kata-focused curriculum to maximise the two-year grading pass rate?", d, "policy", "KATA_FOCUS", "GRADING_PASS_2Y")
q("Design a rule for which dojos should raise KEIKO_FREQ to maximise SHIAI_WINS_POST.", d, "policy", "KEIKO_FREQ", "SHIAI_WINS_POST")
q("How much of KATA_FOCUS's effect on GRADING_PASS_2Y is mediated by MOTIV_SCORE_V2?", d, "mediation", "KATA_FOCUS", "GRADING_PASS_2Y", "MOTIV_SCORE_V2")
q("The armour subsidy lowers 12-month dropout by making students more motivated — how much of its effect goes through motivation?", d, "mediation", "BOGU_SUBSIDY", "DROPOUT_12M", None, clarify=True)
q("direct vs indirect effect of KEIKO_FREQ on SHIAI_WINS_POST via INJ_RATE", d, "mediation", "KEIKO_FREQ", "SHIAI_WINS_POST", "INJ_RATE")
q("Run causal discovery on h21_kendo_dojos.", d, "discover")
q("What influences what among these dojo measurements? I want arrows, not correlations.", d, "discover")
q("What's the mean FEE_JPY by PREFECTURE?", d, "unsupported")

d = "h21_dragon_boat_crews"
q("What is the average effect of ergometer training (`ergometer`) on `race_time_post`, controlling for `race_time_pre` and `paddlers`?", d, "ate", "ergometer", "race_time_post", covariates=["race_time_pre","paddlers"])
q("Do crews with a coach paddle faster?", d, "ate", "coached", "race_time_post")
q("ate sponsor on rank_this_year adj league", d, "ate", "sponsor", "rank_this_year", covariates=["league"])
q("How many extra injuries does each additional hour on the water cause?", d, "ate", "training_hours", "injuries")
q("Is crew morale lifted by having a coach, or are happier crews just more likely to hire one?", d, "ate", "coached", "morale")
q("effect of women_share on race time", d, "ate", "women_share", "race_time_post")
q("Among crews that did not use rowing machines, what would ergometer work have done to their race times?", d, "ate", "ergometer", "race_time_post", estimand="atc")
q("Does more training improve stroke rate?", d, "ate", "training_hours", None, clarify=True)
q("effect of ergometer on race_time_post in the elite league", d, "cate", "ergometer", "race_time_post", at={"league":"elite"})
q("For crews averaging 45 years of age, how much does coaching cut race time?", d, "cate", "coached", "race_time_post", at={"age":45})
q("Which crews gain the most morale from sponsorship?", d, "cate", "sponsor", "morale")
q("Effect of training_hours on injuries when paddlers = 20", d, "cate", "training_hours", "injuries", at={"paddlers":20})
q("Which crews should the association give ergometers to, to get the biggest drop in race time?", d, "policy", "ergometer", "race_time_post")
q("who to assign coaches to, to maximise this year's ranking", d, "policy", "coached", "rank_this_year")
q("Coaching tidies up the stroke rate (stroke_rate_adjusted), which then lowers race time. How much of coaching's effect on race_time_post goes through that channel?", d, "mediation", "coached", "race_time_post", "stroke_rate_adjusted")
q("mediation: ergometer -> stroke_rate -> race_time_post", d, "mediation", "ergometer", "race_time_post", "stroke_rate")
q("Figure out which factors in the dragon boat data cause which — a structure-learning run, please.", d, "discover")
q("Clean the dragon boat data: drop duplicate crew_id rows and fill missing ages.", d, "unsupported")

d = "h21_petanque_clubs"
q("ATE of `coaching` on `pointing_acc_12m`, adjusting for `pointing_acc_bl`.", d, "ate", "coaching", "pointing_acc_12m", covariates=["pointing_acc_bl"])
q("Does having a bar on site keep members coming back after two years?", d, "ate", "bar_onsite", "retention_2y")
q("How does the size of the town-hall grant affect the number of tournament wins in 2023?", d, "ate", "subsidy_eur", "wins_2023")
q("coaching effect on shooting accuracy", d, "ate", "coaching", None, clarify=True)
q("What's the effect of practising more days a week on pointing accuracy?", d, "ate", "practice_days", "pointing_acc_12m")
q("Is first-year retention improved by organised coaching? adjust for pct_65plus and terrain", d, "ate", "coaching", "retention_1y", covariates=["pct_65plus","terrain"])
q("what did coaching do for the clubs that took it up - wins_2023", d, "ate", "coaching", "wins_2023", estimand="att")
q("Does a larger share of over-65 players causally lower 2023 wins (pct_65plus → wins_2023), or is that confounded?", d, "ate", "pct_65plus", "wins_2023")
q("coaching on pointing_acc_12m for clubs on clay terrain", d, "cate", "coaching", "pointing_acc_12m", at={"terrain":"clay"})
q("Effect of subsidy_eur on retention_2y in the Gard department", d, "cate", "subsidy_eur", "retention_2y", at={"dept":"Gard"})
q("How does the effect of practice_days on wins_2023 vary with licences?", d, "cate", "practice_days", "wins_2023")
q("For clubs playing 3 days a week, what does coaching do to 2023 wins?", d, "cate", "coaching", "wins_2023", at={"practice_days":3})
q("Which pétanque clubs should receive coaching to maximise 12-month pointing accuracy?", d, "policy", "coaching", "pointing_acc_12m")
q("How should the federation share out subsidy money to maximise two-year retention?", d, "policy", "subsidy_eur", "retention_2y")
q("targeting: which clubs should open a buvette to lift first-year retention", d, "policy", "bar_onsite", "retention_1y")
q("How much of coaching's effect on wins_2023 runs through pointing_acc_12m?", d, "mediation", "coaching", "wins_2023", "pointing_acc_12m")
q("Grants pay for floodlights, so members can play on more days, and that extra play is what wins tournaments. How much of the grant's effect on 2023 wins flows through practice days?", d, "mediation", "subsidy_eur", "wins_2023", "practice_days")
q("Discover the causal graph for h21_petanque_clubs.", d, "discover")

d = "h21_stonemasons"
q("Estimate the average effect of `silicaMask` on `fev1Yr5`, adjusting for `fev1Base`, `age` and `dustExposure`.", d, "ate", "silicaMask", "fev1Yr5", covariates=["fev1Base","age","dustExposure"])
q("Does heritage certification raise what a stonemason earns?", d, "ate", "heritageCert", "earningsK")
q("How much does breathing in more stone dust damage lung function after five years?", d, "ate", "dustExposure", "fev1Yr5")
q("effect of diamondSaw on dustExposure", d, "ate", "diamondSaw", "dustExposure")
q("Is back pain affected by union membership?", d, "ate", "unionMember", None, clarify=True)
q("does a longer apprenticeship lead to fewer injury claims, or is it that older masons are more careful? adjust for age", d, "ate", "apprenticeYrs", "injuryClaims", covariates=["age"])
q("Among masons who wore silica masks, what did the masks do for their year-5 FEV1?", d, "ate", "silicaMask", "fev1Yr5", estimand="att")
q("ate: unionMember on earningsK ctrl region, earningsPrevK", d, "ate", "unionMember", "earningsK", covariates=["region","earningsPrevK"])
q("What is the effect of working sandstone rather than granite on lung function?", d, "ate", None, "fev1Yr5", clarify=True)
q("Effect of silicaMask on fev1Yr5 for masons aged 55", d, "cate", "silicaMask", "fev1Yr5", at={"age":55})
q("In Cornwall, does heritage certification increase earnings?", d, "cate", "heritageCert", "earningsK", at={"region":"Cornwall"})
q("Who benefits most, lung-wise at year five, from switching to diamond saws?", d, "cate", "diamondSaw", "fev1Yr5")
q("cate diamondSaw on backPain12m | unionMember=1", d, "cate", "diamondSaw", "backPain12m", at={"unionMember":1})
q("Which stonemasons should be prioritised for free silica masks to protect five-year FEV1?", d, "policy", "silicaMask", "fev1Yr5")
q("Target heritage-certification grants at the masons who would gain the most in earnings.", d, "policy", "heritageCert", "earningsK")
q("rule for who should get diamond saws to minimise back pain at 12 months", d, "policy", "diamondSaw", "backPain12m")
q("How much of the diamond saw's effect on year-5 lung function goes through dust exposure, and how much is direct?", d, "mediation", "diamondSaw", "fev1Yr5", "dustExposure")
q("Heritage certification boosts earnings by bringing in more commissions each year. How large is that indirect path?", d, "mediation", "heritageCert", "earningsK", "projectsPerYr")
q("mediation analysis: unionMember -> injuryClaims -> earningsK", d, "mediation", "unionMember", "earningsK", "injuryClaims")
q("Learn the structure among the stonemason variables.", d, "discover")
q("Summarise earningsK by region with mean and standard deviation.", d, "unsupported")

d = "h21_farriers"
q("Estimate the ATE of HOT_SHOE on LAMENESS_12W adjusting for YRS_EXP and HORSES_WK.", d, "ate", "HOT_SHOE", "LAMENESS_12W", covariates=["YRS_EXP","HORSES_WK"])
q("Do farriers who've done a CPD course see fewer lame horses four weeks after shoeing?", d, "ate", "CPD_COURSE", "LAMENESS_4W")
q("Does a mobile forge make clients more satisfied?", d, "ate", "VAN_FORGE", None, clarify=True)
q("effect of HORSES_WK on BACK_INJ", d, "ate", "HORSES_WK", "BACK_INJ")
q("Is repeat business at twelve months driven by what the farrier charges?", d, "ate", "FEE_GBP", "REPEAT_12M")
q("ate CPD_COURSE -> REPEAT_6M, adj COUNTY, ACCRED", d, "ate", "CPD_COURSE", "REPEAT_6M", covariates=["COUNTY","ACCRED"])
q("For farriers who never took the CPD course, what would it have done to 12-week lameness?", d, "ate", "CPD_COURSE", "LAMENESS_12W", estimand="atc")
q("Does hot shoeing really reduce lameness at twelve weeks, or is it just that experienced farriers are the ones who hot shoe? Account for experience.", d, "ate", "HOT_SHOE", "LAMENESS_12W", covariates=["YRS_EXP"])
q("Effect of HOT_SHOE on LAMENESS_12W for FWCF-accredited farriers", d, "cate", "HOT_SHOE", "LAMENESS_12W", at={"ACCRED":"FWCF"})
q("When a farrier shoes 30 horses a week, how does CPD training affect back injuries?", d, "cate", "CPD_COURSE", "BACK_INJ", at={"HORSES_WK":30})
q("How does the effect of VAN_FORGE on REPEAT_12M differ across counties?", d, "cate", "VAN_FORGE", "REPEAT_12M")
q("in devon, hot shoeing and 4-week lameness - effect?", d, "cate", "HOT_SHOE", "LAMENESS_4W", at={"COUNTY":"Devon"})
q("Which farriers should be sent on the CPD course first to cut 12-week lameness the most?", d, "policy", "CPD_COURSE", "LAMENESS_12W")
q("Who should invest in a van-mounted forge to maximise 12-month repeat clients?", d, "policy", "VAN_FORGE", "REPEAT_12M")
q("How much of the CPD course's effect on REPEAT_12M is mediated by LAMENESS_4W?", d, "mediation", "CPD_COURSE", "REPEAT_12M", "LAMENESS_4W")
q("A van forge lets a farrier hot-fit shoes on the yard, which in turn lowers lameness. How much of the van forge's effect on 12-week lameness goes through hot shoeing?", d, "mediation", "VAN_FORGE", "LAMENESS_12W", "HOT_SHOE")
q("Which variables cause which in the farrier data set? Give me a DAG.", d, "discover")
q("Forecast FEE_GBP for next year by county.", d, "unsupported")

d = "h21_saddlers"
q("What is the average causal effect of `machine_stitching` on `returns_q4`, adjusting for `returns_q1` and `leather_grade`?", d, "ate", "machine_stitching", "returns_q4", covariates=["returns_q1","leather_grade"])
q("Does opening a web shop grow a saddlery's takings?", d, "ate", "online_shop", "revenue_2023")
q("How much does becoming a master saddler change the price a workshop can charge?", d, "ate", "master_certified", "price")
q("effect of finishing hours on fit complaints", d, "ate", "finishing_hours", None, clarify=True)
q("Are customer returns cut by spending more hours on hand finishing?", d, "ate", "finishing_hours", "returns_q4")
q("ate apprentices on saddles_per_month ctrl craftsmen", d, "ate", "apprentices", "saddles_per_month", covariates=["craftsmen"])
q("For the workshops that went online, what did the online shop do to 2023 revenue?", d, "ate", "online_shop", "revenue_2023", estimand="att")
q("Does switching to machine stitching really raise monthly output, or is that just confounding?", d, "ate", "machine_stitching", "saddles_per_month")
q("What's the causal relationship between monthly output and price in these workshops?", d, "ate", None, None, clarify=True)
q("Effect of machine_stitching on returns_q4 for premium leather", d, "cate", "machine_stitching", "returns_q4", at={"leather_grade":"premium"})
q("in wales, what does an online shop do to revenue_2023?", d, "cate", "online_shop", "revenue_2023", at={"region":"wales"})
q("Where is the effect of finishing_hours on fit_complaints_new largest?", d, "cate", "finishing_hours", "fit_complaints_new")
q("conditional on 4 craftsmen, effect of apprentices on output", d, "cate", "apprentices", "saddles_per_month", at={"craftsmen":4})
q("Which workshops should adopt machine stitching to minimise fourth-quarter returns?", d, "policy", "machine_stitching", "returns_q4")
q("Who should get support to open an online shop, to maximise 2023 revenue?", d, "policy", "online_shop", "revenue_2023")
q("Allocate master-certification training places so as to maximise price.", d, "policy", "master_certified", "price")
q("How much of master_certified's effect on revenue_2023 goes through price?", d, "mediation", "master_certified", "revenue_2023", "price")
q("Machine stitching seems to work by freeing up time, which then raises output and so revenue. How much of its effect on 2023 revenue runs through saddles made per month?", d, "mediation", "machine_stitching", "revenue_2023", "saddles_per_month")
q("structure learning on h21_saddlers", d, "discover")
q("Can you work out the causal ordering among the workshop variables — what depends on what?", d, "discover")

d = "h21_milliners"
q("Estimate the ATE of `instaAds` on `ordersPerMo`, controlling for `ordersPerMoPrev` and `yearsTrading`.", d, "ate", "instaAds", "ordersPerMo", covariates=["ordersPerMoPrev","yearsTrading"])
q("Does working in sinamay affect how many hats get sent back within 90 days?", d, "ate", "sinamay", "returnRate90d")
q("effect of adSpendGbp on ordersPerMo", d, "ate", "adSpendGbp", "ordersPerMo")
q("Do Instagram adverts lower return rates?", d, "ate", "instaAds", None, clarify=True)
q("Does stocking up ahead of the racing season push up what a hat sells for on average?", d, "ate", "raceSeasonStock", "avgPriceGbp")
q("How much does owning more hat blocks change the share of made-to-measure work?", d, "ate", "blocksOwned", "bespokeShare")
q("Is the revised customer rating (ratingV2) raised by doing more bespoke work (bespokeShare)?", d, "ate", "bespokeShare", "ratingV2")
q("For studios that didn't run Instagram ads, what would ads have done to monthly orders?", d, "ate", "instaAds", "ordersPerMo", estimand="atc")
q("Effect of instaAds on ordersPerMo for Dublin studios", d, "cate", "instaAds", "ordersPerMo", at={"city":"Dublin"})
q("When ad spend is £500 a month, what's the effect of spending on orders?", d, "cate", "adSpendGbp", "ordersPerMo", at={"adSpendGbp":500})
q("how does the effect of raceSeasonStock on avgPriceGbp vary with staffCount", d, "cate", "raceSeasonStock", "avgPriceGbp")
q("Among studios with 3 staff, does sinamay raise 30-day returns?", d, "cate", "sinamay", "returnRate30d", at={"staffCount":3})
q("Which millinery studios should run Instagram ads to get the most extra monthly orders?", d, "policy", "instaAds", "ordersPerMo")
q("How should ad budget be split across studios to maximise ordersPerMo?", d, "policy", "adSpendGbp", "ordersPerMo")
q("who should stock up for race season to maximise average price", d, "policy", "raceSeasonStock", "avgPriceGbp")
q("How much of the Instagram ads effect on ordersPerMo is mediated by bespokeShare?", d, "mediation", "instaAds", "ordersPerMo", "bespokeShare")
q("Owning more blocks lets a studio take bespoke commissions, which then push up the average price. What share of the blocks effect on avgPriceGbp goes through bespokeShare?", d, "mediation", "blocksOwned", "avgPriceGbp", "bespokeShare")
q("Find the causal structure among the milliner variables.", d, "discover")
q("Write a SQL query selecting London studios with rating above 4.5.", d, "unsupported")

d = "h21_luthiers"
q("ATE of `torrefied` on `crack_rt_3y`, adjusting for `wood_age_yrs` and `humid_ctrl`.", d, "ate", "torrefied", "crack_rt_3y", covariates=["wood_age_yrs","humid_ctrl"])
q("Does CNC carving shorten build time?", d, "ate", "cnc_carve", "build_hrs")
q("How much does older, longer-seasoned tonewood raise what an instrument sells for?", d, "ate", "wood_age_yrs", "price_usd")
q("effect of torrefaction on tone", d, "ate", "torrefied", None, clarify=True)
q("Is the five-year resale value affected by the maker's experience? control for instr_type", d, "ate", "mkr_exp_yrs", "resale_usd_5y", covariates=["instr_type"])
q("ate humid_ctrl -> crack_rt_1y", d, "ate", "humid_ctrl", "crack_rt_1y")
q("Do a maker's awards causally lengthen the waiting list, or is the association spurious?", d, "ate", "awards", "waitlist_mo")
q("For shops that adopted CNC carving, what effect did it have on price?", d, "ate", "cnc_carve", "price_usd", estimand="att")
q("effect of torrefied on crack_rt_3y among cellos", d, "cate", "torrefied", "crack_rt_3y", at={"instr_type":"cello"})
q("For wood aged 20 years, what's the effect of humidity control on the 3-year crack rate?", d, "cate", "humid_ctrl", "crack_rt_3y", at={"wood_age_yrs":20})
q("In which kinds of instrument does CNC carving hurt tone_score_v2 the most?", d, "cate", "cnc_carve", "tone_score_v2")
q("Among spirit-varnished instruments, does torrefaction change the price?", d, "cate", "torrefied", "price_usd", at={"varnish":"spirit"})
q("Which workshops should install humidity control to minimise 3-year crack rates?", d, "policy", "humid_ctrl", "crack_rt_3y")
q("Who should adopt CNC carving to maximise price_usd?", d, "policy", "cnc_carve", "price_usd")
q("policy learning: assign torrefied wood to maximise tone_score_v2", d, "policy", "torrefied", "tone_score_v2")
q("How much of the effect of torrefied on price_usd is mediated by tone_score_v2?", d, "mediation", "torrefied", "price_usd", "tone_score_v2")
q("Experience makes better instruments that win prizes, and the prizes then lengthen the waiting list. How much of experience's effect on the waitlist runs through awards?", d, "mediation", "mkr_exp_yrs", "waitlist_mo", "awards")
q("cnc_carve → build_hrs → price_usd: direct and indirect effects", d, "mediation", "cnc_carve", "price_usd", "build_hrs")
q("Run causal discovery on the luthier dataset.", d, "discover")
q("Which variables sit upstream of cracking? Learn the whole causal network for these workshops.", d, "discover")
q("What's the correlation between price_usd and resale_usd_5y?", d, "unsupported")

d = "h21_mmr_catchup_schools"
q("Estimate the effect of CONSENT_APP on MMR2_COV_POST, adjusting for MMR2_COV_PRE and FSM_PCT.", d, "ate", "CONSENT_APP", "MMR2_COV_POST", covariates=["MMR2_COV_PRE","FSM_PCT"])
q("Do text reminders to parents raise MMR coverage?", d, "ate", "REMINDER_SMS", None, clarify=True)
q("How much does each additional school nurse visit raise second-dose coverage?", d, "ate", "NURSE_VISITS", "MMR2_COV_POST")
q("ate REMINDER_SMS on MUMPS_CASES_12M", d, "ate", "REMINDER_SMS", "MUMPS_CASES_12M")
q("Are mumps cases over the following six months reduced by the digital consent app?", d, "ate", "CONSENT_APP", "MUMPS_CASES_6M")
q("Does the consent app genuinely increase first-dose uptake, or is it that better-off schools adopt it? Adjust for IMD_SCORE and URBAN.", d, "ate", "CONSENT_APP", "MMR1_COV_POST", covariates=["IMD_SCORE","URBAN"])
q("among schools that used SMS reminders, effect on MMR1_COV_POST", d, "ate", "REMINDER_SMS", "MMR1_COV_POST", estimand="att")
q("effect of NURSE_VISITS on mumps cases", d, "ate", "NURSE_VISITS", None, clarify=True)
q("Effect of CONSENT_APP on MMR2_COV_POST in faith schools", d, "cate", "CONSENT_APP", "MMR2_COV_POST", at={"FAITH_SCHOOL":1})
q("For schools where 40% of pupils get free school meals, what does the text reminder do to first-dose coverage?", d, "cate", "REMINDER_SMS", "MMR1_COV_POST", at={"FSM_PCT":40})
q("Does the impact of nurse visits on second-dose coverage differ between urban and rural schools?", d, "cate", "NURSE_VISITS", "MMR2_COV_POST")
q("cate REMINDER_SMS on MMR2_COV_POST, LA_REGION = North West", d, "cate", "REMINDER_SMS", "MMR2_COV_POST", at={"LA_REGION":"North West"})
q("Which schools should be offered the consent app to maximise second-dose catch-up coverage?", d, "policy", "CONSENT_APP", "MMR2_COV_POST")
q("Target SMS reminders at the schools where they cut 12-month mumps cases the most.", d, "policy", "REMINDER_SMS", "MUMPS_CASES_12M")
q("how should nurse visits be allocated across schools to maximise MMR2_COV_POST", d, "policy", "NURSE_VISITS", "MMR2_COV_POST")
q("How much of the SMS reminder's effect on MUMPS_CASES_12M is mediated by MMR2_COV_POST?", d, "mediation", "REMINDER_SMS", "MUMPS_CASES_12M", "MMR2_COV_POST")
q("The consent app works by raising first-dose uptake, which then curbs mumps. How much of its effect on 12-month mumps cases goes through first-dose coverage?", d, "mediation", "CONSENT_APP", "MUMPS_CASES_12M", "MMR1_COV_POST")
q("NURSE_VISITS → MMR1_COV_POST → MUMPS_CASES_6M: natural direct and indirect effects", d, "mediation", "NURSE_VISITS", "MUMPS_CASES_6M", "MMR1_COV_POST")
q("Learn the causal graph among the school vaccination variables.", d, "discover")
q("Make a bar chart of MMR2_COV_POST by LA_REGION.", d, "unsupported")

d = "h21_diphtheria_booster"
q("Estimate the ATE of `mob_team` on `td_cov_6m`, adjusting for `td_cov_bl`, `dist_hc_km` and `pov_rate`.", d, "ate", "mob_team", "td_cov_6m", covariates=["td_cov_bl","dist_hc_km","pov_rate"])
q("Do mobile vaccination teams reduce diphtheria cases in the second year?", d, "ate", "mob_team", "diph_cases_y2")
q("How much does having more community health workers per head raise booster coverage?", d, "ate", "chw_density", "td_cov_6m")
q("ate sch_based on td_cov_6m", d, "ate", "sch_based", "td_cov_6m")
q("Does misinformation (rumor_idx) lower booster uptake?", d, "ate", "rumor_idx", "td_cov_6m")
q("effect of cold chain on dtp3 coverage", d, "ate", "cold_chain_ok", None, clarify=True)
q("For districts that did not deploy mobile teams, what would doing so have done to six-month booster coverage?", d, "ate", "mob_team", "td_cov_6m", estimand="atc")
q("Are year-two diphtheria cases lower because of a working cold chain, or is that confounded by remoteness? adjust for dist_hc_km", d, "ate", "cold_chain_ok", "diph_cases_y2", covariates=["dist_hc_km"])
q("mob_team effect on td_cov_6m in Balochistan", d, "cate", "mob_team", "td_cov_6m", at={"prov":"Balochistan"})
q("Where the nearest health centre is 25 km away, how much do mobile teams raise booster coverage?", d, "cate", "mob_team", "td_cov_6m", at={"dist_hc_km":25})
q("For which districts is the effect of school-based delivery on booster coverage largest?", d, "cate", "sch_based", "td_cov_6m")
q("effect of chw_density on diph_cases_y2 given cold_chain_ok = 0", d, "cate", "chw_density", "diph_cases_y2", at={"cold_chain_ok":0})
q("Which districts should get mobile teams to maximise six-month Td coverage?", d, "policy", "mob_team", "td_cov_6m")
q("Where should extra community health workers go to minimise diphtheria cases in year two?", d, "policy", "chw_density", "diph_cases_y2")
q("allocation rule for school-based campaigns targeting booster coverage", d, "policy", "sch_based", "td_cov_6m")
q("How much of the mobile team effect on diph_cases_y2 is mediated by td_cov_6m?", d, "mediation", "mob_team", "diph_cases_y2", "td_cov_6m")
q("Rumours put parents off, which lowers booster coverage and then lets diphtheria spread. How much of the rumour effect on second-year cases works through coverage?", d, "mediation", "rumor_idx", "diph_cases_y2", "td_cov_6m")
q("causal discovery, h21_diphtheria_booster", d, "discover")
q("Uncover the cause-and-effect structure linking poverty, distance, coverage and cases in this data.", d, "discover")
q("Impute the missing values in pop_k.", d, "unsupported")

d = "h21_folate_pregnancy"
q("Estimate the average effect of `fa_supp` on `ntd`, adjusting for `mat_age`, `bmi` and `smoker`.", d, "ate", "fa_supp", "ntd", covariates=["mat_age","bmi","smoker"])
q("Does taking folic acid in pregnancy make babies heavier at birth?", d, "ate", "fa_supp", "bw_g")
q("How much does a higher folic acid dose raise red-cell folate at 28 weeks?", d, "ate", "fa_dose_ug", "rbc_fol_28w")
q("ate fa_supp -> preterm", d, "ate", "fa_supp", "preterm")
q("Is haemoglobin late in pregnancy improved by supplementation?", d, "ate", "fa_supp", "hb_36w")
q("Does starting supplements later in gestation increase neural tube defects, or is that confounding?", d, "ate", "start_gw", "ntd")
q("among women who took folate, effect on gestational age at delivery", d, "ate", "fa_supp", "ga_wks", estimand="att")
q("effect of fa_supp on blood folate", d, "ate", "fa_supp", "rbc_fol_28w")
q("What is the effect of vitamin D supplementation on birthweight?", d, "ate", None, "bw_g", clarify=True)
q("Effect of fa_supp on ntd among women with the MTHFR TT genotype", d, "cate", "fa_supp", "ntd", at={"mthfr_tt":1})
q("For mothers aged 35, what does folate do to birthweight?", d, "cate", "fa_supp", "bw_g", at={"mat_age":35})
q("effect of supplementation on preterm birth for low-SES women", d, "cate", "fa_supp", "preterm", at={"ses":"low"})
q("How does the effect of fa_dose_ug on rbc_fol_28w vary with bmi?", d, "cate", "fa_dose_ug", "rbc_fol_28w")
q("Which pregnant women should be prioritised for folic acid to minimise neural tube defects?", d, "policy", "fa_supp", "ntd")
q("What dosing rule (fa_dose_ug) maximises red-cell folate at 28 weeks for each woman?", d, "policy", "fa_dose_ug", "rbc_fol_28w")
q("who should receive supplements to maximise birthweight", d, "policy", "fa_supp", "bw_g")
q("How much of fa_supp's effect on ntd is mediated by rbc_fol_28w?", d, "mediation", "fa_supp", "ntd", "rbc_fol_28w")
q("Folate raises haemoglobin, which in turn supports fetal growth. How much of the supplement's effect on birthweight goes through late-pregnancy haemoglobin?", d, "mediation", "fa_supp", "bw_g", "hb_36w")
q("fa_supp -> bw_g, mediated by ga_wks: split into direct and indirect", d, "mediation", "fa_supp", "bw_g", "ga_wks")
q("What causes what among maternal age, BMI, folate, haemoglobin and birth outcomes? Learn the structure.", d, "discover")
q("Predict which patients will deliver preterm.", d, "unsupported")

d = "h21_lsd_cattle"
q("Estimate the ATE of `vaccinated` on `lsdCases90d`, adjusting for `herdSize`, `communalGrazing` and `district`.", d, "ate", "vaccinated", "lsdCases90d", covariates=["herdSize","communalGrazing","district"])
q("Does vaccinating against lumpy skin disease protect milk yields?", d, "ate", "vaccinated", "milkYieldPost")
q("effect of vaccination on LSD cases", d, "ate", "vaccinated", None, clarify=True)
q("Are herd deaths reduced by spraying against biting flies?", d, "ate", "vectorControl", "mortalityPct")
q("ate vetVisits on mortalityPct", d, "ate", "vetVisits", "mortalityPct")
q("Does vaccination raise farm income per cow?", d, "ate", "vaccinated", None, clarify=True)
q("For herds that were vaccinated, what was the vaccine's effect on 30-day cases?", d, "ate", "vaccinated", "lsdCases30d", estimand="att")
q("Does shared grazing really spread lumpy skin within 90 days, or is it confounded by herd size? control for herdSize", d, "ate", "communalGrazing", "lsdCases90d", covariates=["herdSize"])
q("effect of vaccinated on lsdCases90d for exotic breeds", d, "cate", "vaccinated", "lsdCases90d", at={"breed":"exotic"})
q("under the condition that herds graze communally, how much does vector control cut 30-day cases?", d, "cate", "vectorControl", "lsdCases30d", at={"communalGrazing":1})
q("Is the vaccine more effective in big herds? How does its effect on mortality vary with herd size?", d, "cate", "vaccinated", "mortalityPct")
q("For herds of 50 head, effect of vaccination on milkYieldPost", d, "cate", "vaccinated", "milkYieldPost", at={"herdSize":50})
q("Which herds should be vaccinated first to minimise 90-day LSD cases given limited doses?", d, "policy", "vaccinated", "lsdCases90d")
q("Target vector control at the herds where it reduces mortality most.", d, "policy", "vectorControl", "mortalityPct")
q("allocate vet visits to maximise incomePerCowAdj", d, "policy", "vetVisits", "incomePerCowAdj")
q("How much of vaccination's effect on milkYieldPost is mediated by lsdCases90d?", d, "mediation", "vaccinated", "milkYieldPost", "lsdCases90d")
q("Vector control works by cutting infections in the first month, which then keeps cows alive. How much of its effect on mortality goes through 30-day cases?", d, "mediation", "vectorControl", "mortalityPct", "lsdCases30d")
q("Learn the causal DAG over the cattle herd variables.", d, "discover")

d = "h21_tilapia_farms"
q("Estimate the average causal effect of `aeration` on `yield_this_cycle`, controlling for `yield_last_cycle` and `pond_hectares`.", d, "ate", "aeration", "yield_this_cycle", covariates=["yield_last_cycle","pond_hectares"])
q("Do probiotics keep more fish alive?", d, "ate", "probiotic", None, clarify=True)
q("How much does stocking fish more densely change the harvest?", d, "ate", "stocking_density", "yield_this_cycle")
q("ate extension_visits on profit", d, "ate", "extension_visits", "profit")
q("Is feed conversion (feed_conversion_v2) improved by using probiotics?", d, "ate", "probiotic", "feed_conversion_v2")
q("Does running paddlewheels raise oxygen levels in the ponds?", d, "ate", "aeration", "dissolved_oxygen")
q("For farms that haven't installed aerators, what would aeration do for profit?", d, "ate", "aeration", "profit", estimand="atc")
q("Is profit driven by aeration, or do bigger farms just aerate? adjust for pond_hectares and province", d, "ate", "aeration", "profit", covariates=["pond_hectares","province"])
q("What is the effect of the owner's education level on profit?", d, "ate", None, "profit", clarify=True)
q("effect of aeration on yield_this_cycle in Mindanao", d, "cate", "aeration", "yield_this_cycle", at={"province":"Mindanao"})
q("At 32°C water, how much do aerators raise dissolved oxygen?", d, "cate", "aeration", "dissolved_oxygen", at={"water_temp":32})
q("for 2 ha ponds, effect of probiotics on survival_adjusted", d, "cate", "probiotic", "survival_adjusted", at={"pond_hectares":2})
q("how does the aeration effect on survival_adjusted vary with stocking_density", d, "cate", "aeration", "survival_adjusted")
q("Which tilapia farms should get aerators to maximise this cycle's yield?", d, "policy", "aeration", "yield_this_cycle")
q("Who should receive extension visits to maximise profit?", d, "policy", "extension_visits", "profit")
q("How much of aeration's effect on yield_this_cycle is mediated by dissolved_oxygen?", d, "mediation", "aeration", "yield_this_cycle", "dissolved_oxygen")
q("Extension officers teach farmers to feed better, which improves feed conversion (feed_conversion_v2), which then raises profit. How much of the visits' effect on profit goes that way?", d, "mediation", "extension_visits", "profit", "feed_conversion_v2")
q("stocking_density -> survival_adjusted -> yield_this_cycle mediation", d, "mediation", "stocking_density", "yield_this_cycle", "survival_adjusted")
q("Learn which pond variables cause which.", d, "discover")
q("find the causal skeleton of the tilapia farm data", d, "discover")
q("Give me descriptive statistics for every column in the tilapia data.", d, "unsupported")

n = "none"
for t in ["Hello! What can you do?", "Tell me a joke about statisticians.", "What is the capital of Peru?",
          "Write SQL to join orders and customers on customer_id.", "Translate 'good morning' into French.",
          "what's the weather forecast for tomorrow in Leeds", "Explain what a p-value is in one paragraph.",
          "Convert this CSV file to parquet."]:
    q(t, n, "unsupported")

A = [
 ("Would the chatbot recommend a different sentence length if the defendant's race were changed and everything else held the same?", "race", "sentence length"),
 ("Audit our LLM hiring assistant: does flipping the applicant's gender alter its interview recommendation?", "gender", "interview recommendation"),
 ("Check whether the language model gives a different loan approval when the applicant's age goes from 30 to 65, all else equal.", "age", "loan approval"),
 ("Does the AI triage tool change its urgency rating if the patient is described as Muslim instead of Christian?", "religion", "urgency rating"),
 ("counterfactual fairness test: swap the name 'Emily' for 'Lakisha' in the résumé prompt — does the model's hire decision move?", "name", "hire decision"),
 ("Would the language model grant a tenancy differently if the applicant used a wheelchair, with nothing else changed?", "disability", "tenancy"),
 ("Is the assistant's scholarship recommendation sensitive to the student's accent in the transcribed interview?", "accent", "scholarship recommendation"),
 ("If only the nationality in the prompt changes, does the LLM's visa recommendation change?", "nationality", "visa recommendation"),
 ("Test whether our support chatbot offers refunds less often when the customer's name is changed to a Hispanic-sounding one.", "name", "refunds"),
 ("Does the AI grader's essay score shift if the author's gender is changed, holding the essay text fixed?", "gender", "essay score"),
 ("lm audit: sexual orientation -> insurance premium quote, everything else identical", "sexual orientation", "insurance premium quote"),
 ("Would an LLM-based credit assistant set a different credit limit for a pregnant applicant, all else identical?", "pregnancy", "credit limit"),
 ("Does our medical chatbot recommend pain medication less often when the patient is Black rather than white, with the same symptoms?", "race", "pain medication"),
 ("Check if the AI recruiter's shortlisting changes when the candidate's age is listed as 58 rather than 28.", "age", "shortlisting"),
 ("Counterfactually swap the tenant's religion in the prompt: does the model's rental recommendation change?", "religion", "rental recommendation"),
 ("Does the chatbot's parole recommendation depend on whether the defendant has a disability, everything else equal?", "disability", "parole recommendation"),
 ("Is the LLM's mortgage approval sensitive to the applicant speaking with a strong regional accent?", "accent", "mortgage approval"),
 ("Would the AI system recommend a promotion differently if the employee were a woman instead of a man?", "gender", "promotion"),
]
for t, a, y in A:
    q(t, n, "audit", a, y)

for t in [
 "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
 "Premises: X and Y are correlated; Y and Z are correlated; X and Z are independent, but become dependent once we condition on Y. Is Y a common effect of X and Z?",
 "A, B and C are all pairwise correlated, and no conditional independence holds among them. Can we conclude that A directly causes B?",
 "Given: D is independent of E; D correlates with F; E correlates with F. Does F cause D?",
 "Statistical facts: P and Q are correlated, Q and R are correlated, P ⫫ R | Q. Is Q a mediator between P and R?",
 "In a closed system of four variables A, B, C, D: A correlates with every other variable, B ⫫ C | A, B ⫫ D | A, C ⫫ D | A. Is A a common cause of B, C and D?",
 "if M and N are correlated and independent given K, and K correlates with both, must K be a confounder of M and N?",
 "We observe that X correlates with Y and that X is independent of Y given Z, with Z correlated to both. Does X directly cause Y?",
 "Three variables: U ⫫ V, U correlates with W, V correlates with W, U and V are dependent given W. Is it possible that W causes U?",
 "Premises: A is correlated with B; A is correlated with C; B is independent of C. Hypothesis: B causes A. True or false?",
]:
    q(t, n, "relation")

for t in [
 "Generate a synthetic dataset of 1,000 rows from the DAG A → B → C with linear Gaussian equations.",
 "Simulate 5000 samples from an SCM where X = U1, M = 0.5X + U2, Y = 2M - X + U3.",
 "Have a language model write the structural equations for a DAG: rainfall → crop yield ← fertiliser, crop yield → income, then sample 2,000 rows.",
 "make me a benchmark dataset with a known confounder: Z causes both T and Y, T causes Y, binary T, n=10k",
 "Use an LLM to define realistic variables and equations for a causal graph about smoking, tar and cancer, and generate data from it.",
 "Create a synthetic causal benchmark with 8 nodes and a random sparse DAG; nonlinear mechanisms; 3000 rows.",
 "Produce data from this structural causal model: age → income, age → health, income → health, with logistic noise on health.",
 "Generate a dataset with an instrument: Z → T → Y and an unobserved U affecting both T and Y.",
 "Let the language model propose plausible functional forms for the edges school → test score ← tutoring and simulate 500 students.",
 "Synthesise a collider-bias example dataset: talent → fame ← looks, 1,000 rows, no LLM needed.",
]:
    q(t, n, "generate")

q("Using distance to the health centre (dist_hc_km) as an instrument for booster coverage, what is the effect of td_cov_6m on diph_cases_y2?", "h21_diphtheria_booster", "ate", "td_cov_6m", "diph_cases_y2", instrument="dist_hc_km")
q("iv estimate: vaccinated -> mortalityPct, instrument distToMarketKm", "h21_lsd_cattle", "ate", "vaccinated", "mortalityPct", instrument="distToMarketKm")
# convert a share of capitalised analyst-style items to backtick identifiers
import re
cnt = 0
for i, x in enumerate(Q):
    d = x["dataset"]
    if d == "none" or "`" in x["question"] or not x["question"][0].isupper(): continue
    cols = sorted(D[d]["columns"], key=len, reverse=True)
    hit = [c for c in cols if re.search(r"(?<![\w`])" + re.escape(c) + r"(?![\w`])", x["question"])]
    if not any(re.search(r"[_A-Z0-9]", c) for c in hit): continue
    t = x["question"]
    for c in [c for c in cols if re.search(r"[_A-Z0-9]", c)]:
        t = re.sub(r"(?<![\w`])" + re.escape(c) + r"(?![\w`])", "`" + c + "`", t)
    x["question"] = t; cnt += 1
print("converted", cnt)
# validate
for x in Q:
    e = x["expected"]; d = x["dataset"]
    if d != "none" and e["kind"] not in ("audit",):
        cols = D[d]["columns"]
        for r in ("treatment","outcome","mediator"):
            assert e[r] is None or e[r] in cols, (x["question"], r, e[r])
        for c in e.get("covariates", []): assert c in cols, (x["question"], c)
        for c, v in e.get("at", {}).items():
            assert c in cols, c
            if cols[c]["type"] == "categorical": assert v in cols[c]["values"], (c, v)
            else: assert isinstance(v, (int, float)), (c, v)
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
for k, v in D.items():
    assert 13 <= len(v["columns"]) <= 18, k
    for c, s in v["columns"].items():
        assert len(s["values"]) >= 3 or s["type"] in ("binary","categorical"), (k, c)
qs = [x["question"] for x in Q]
assert len(set(qs)) == len(qs)
random.Random(21021).shuffle(Q)
json.dump(D, open(OUT + "/datasets.json", "w"), indent=1, ensure_ascii=False)
with open(OUT + "/questions.jsonl", "w") as f:
    for x in Q: f.write(json.dumps(x, ensure_ascii=False) + "\n")
kinds = collections.Counter(x["expected"]["kind"] for x in Q)
mods = collections.Counter()
for x in Q:
    for m in ("covariates","instrument","estimand","at","clarify"):
        if m in x["expected"]:
            mods[m if m != "estimand" else "estimand=" + x["expected"]["estimand"]] += 1
print(len(Q), dict(kinds), dict(mods))
bt = sum(1 for x in Q if "`" in x["question"] or "(" in x["question"])
ds_ = [x for x in Q if x["dataset"] != "none"]
ident = sum(1 for x in ds_ if any(c in x["question"] for c in D[x["dataset"]]["columns"]))
print("backtick/paren", bt, "mention colname", ident, "of", len(ds_))
json.dump({"kinds": dict(kinds), "mods": dict(mods), "n": len(Q)}, open(OUT + "/.counts.json", "w"))
