import json, random, collections

DS = {}
QS = []

def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

def Q(dsn, text, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            e[k] = kw.pop(k)
    assert not kw, kw
    QS.append({"question": text, "dataset": dsn,
               "columns": list(DS[dsn]["columns"]) if dsn != "none" else None,
               "split": "test", "origin": "heldout77", "expected": e})

# ---------------------------------------------------------------- 1 hapkido
D = "h77_hapkido_clubs"
ds(D, "Hapkido clubs (dojangs): programmes offered, instructor grade, membership and retention, injuries and satisfaction.", [
    ("club_id", "id", ["HK001", "HK002", "HK003"]),
    ("clb_region", "categorical", ["urban", "suburban", "rural"]),
    ("yrs_open", "numeric", [3, 11, 24]),
    ("inst_dan", "numeric", [3, 4, 6]),
    ("kids_prog", "binary", [0, 1, 1]),
    ("comp_team", "binary", [1, 0, 0]),
    ("sprt_cls", "numeric", [1, 2, 4]),
    ("fee_mo", "numeric", [60, 80, 110]),
    ("mbr_bl", "numeric", [42, 67, 120]),
    ("mbr_12m", "numeric", [48, 70, 131]),
    ("ret_6m", "numeric", [0.81, 0.74, 0.9]),
    ("ret_12m", "numeric", [0.62, 0.55, 0.77]),
    ("inj_rate", "numeric", [0.8, 1.9, 0.3]),
    ("inj_ratio", "numeric", [0.02, 0.05, 0.01]),
    ("belt_prom", "numeric", [12, 30, 7]),
    ("sat_score", "numeric", [7.1, 8.4, 6.2]),
    ("sat_score_v2", "numeric", [71, 84, 60]),
])
Q(D, "Estimate the average treatment effect of `comp_team` on `mbr_12m`, adjusting for `clb_region` and `yrs_open`.", "ate", "comp_team", "mbr_12m", covariates=["clb_region", "yrs_open"])
Q(D, "Does running a children's class actually grow a dojang's membership over the year, or is the association just confounding?", "ate", "kids_prog", "mbr_12m")
Q(D, "ate sprt_cls -> inj_rate ctrl inst_dan", "ate", "sprt_cls", "inj_rate", covariates=["inst_dan"])
Q(D, "How much does a higher black-belt grade for the head instructor change the share of students still training a year later?", "ate", "inst_dan", "ret_12m")
Q(D, "is 6 month retention (ret_6m) lowered by higher monthly fees (fee_mo)?", "ate", "fee_mo", "ret_6m")
Q(D, "What's the effect of having a competition squad on retention?", "ate", "comp_team", None, clarify=True)
Q(D, "Quantify the causal impact of weekly sparring classes (sprt_cls) on belt promotions (belt_prom).", "ate", "sprt_cls", "belt_prom")
Q(D, "What effect did running a kids programme have on sat_score_v2 for the clubs that actually run one?", "ate", "kids_prog", "sat_score_v2", estimand="att")
Q(D, "Effect of comp_team on mbr_12m among rural clubs", "cate", "comp_team", "mbr_12m", at={"clb_region": "rural"})
Q(D, "how does the effect of sparring volume on the injury rate vary with instructor grade?", "cate", "sprt_cls", "inj_rate")
Q(D, "For clubs charging 80 a month, what does adding a kids programme do to 12-month retention?", "cate", "kids_prog", "ret_12m", at={"fee_mo": 80})
Q(D, "Under the condition that a club has been open 10 years, does a competition team change member satisfaction (sat_score)?", "cate", "comp_team", "sat_score", at={"yrs_open": 10})
Q(D, "Which clubs should launch a kids programme to maximise membership at 12 months (mbr_12m)?", "policy", "kids_prog", "mbr_12m")
Q(D, "learn a rule for which dojangs to fund a competition team in, goal = ret_12m", "policy", "comp_team", "ret_12m")
Q(D, "Who should we put on extra sparring classes so that the injury rate falls?", "policy", "sprt_cls", "inj_rate")
Q(D, "How much of the effect of comp_team on ret_12m is mediated by belt_prom?", "mediation", "comp_team", "ret_12m", "belt_prom")
Q(D, "The idea is that more sparring gets students graded faster, which in turn keeps them enrolled. How much of sparring's effect on one-year retention travels through promotions?", "mediation", "sprt_cls", "ret_12m", "belt_prom")
Q(D, "Split the effect of kids_prog on mbr_12m into the part via sat_score and the direct part.", "mediation", "kids_prog", "mbr_12m", "sat_score")
Q(D, "Learn the causal graph over the hapkido club columns.", "discover")
Q(D, "which of these club variables drive which? work out the structure", "discover")
Q(D, "Plot mbr_bl against mbr_12m for each clb_region.", "unsupported")

# ---------------------------------------------------------------- 2 kalaripayattu
D = "h77_kalaripayattu_schools"
ds(D, "Kalaripayattu schools (kalaris) in South India: teaching practices, grants, enrolment, flexibility and dropout.", [
    ("School ID", "id", ["KL-01", "KL-02", "KL-03"]),
    ("State", "categorical", ["Kerala", "Tamil Nadu", "Karnataka"]),
    ("Guru Experience", "numeric", [8, 20, 35]),
    ("Oil Massage", "binary", [1, 0, 1]),
    ("Weekly Sessions", "numeric", [3, 4, 6]),
    ("Monthly Fee", "numeric", [800, 1500, 2500]),
    ("Government Grant", "binary", [0, 1, 0]),
    ("Weapon Training", "binary", [1, 1, 0]),
    ("Students Start", "numeric", [25, 40, 62]),
    ("Students End", "numeric", [22, 45, 60]),
    ("Flexibility Before", "numeric", [18.5, 22.0, 25.1]),
    ("Flexibility After", "numeric", [21.0, 24.3, 27.9]),
    ("Dropout 30 Day", "numeric", [0.05, 0.12, 0.08]),
    ("Dropout 90 Day", "numeric", [0.15, 0.3, 0.21]),
    ("Tourist Share", "numeric", [0.1, 0.35, 0.0]),
    ("Tourist Ratio", "numeric", [0.11, 0.54, 0.0]),
    ("Festival Shows", "numeric", [2, 6, 11]),
])
Q(D, "Estimate the ATE of `Oil Massage` on `Flexibility After`, controlling for `Flexibility Before`.", "ate", "Oil Massage", "Flexibility After", covariates=["Flexibility Before"])
Q(D, "Do schools that won a government grant end up with more students?", "ate", "Government Grant", "Students End")
Q(D, "effect of weekly sessions on 90-day dropout, adj guru experience", "ate", "Weekly Sessions", "Dropout 90 Day", covariates=["Guru Experience"])
Q(D, "Does teaching the sword and staff forms raise how many festival performances a kalari puts on?", "ate", "Weapon Training", "Festival Shows")
Q(D, "What is the effect of the grant on enrolment among schools that received it?", "ate", "Government Grant", "Students End", estimand="att")
Q(D, "How does the monthly fee affect dropout?", "ate", "Monthly Fee", None, clarify=True)
Q(D, "Using Government Grant as an instrument for Weekly Sessions, estimate the causal effect of sessions on Students End.", "ate", "Weekly Sessions", "Students End", instrument="Government Grant")
Q(D, "Would schools without a grant have gained students if they had been given one?", "ate", "Government Grant", "Students End", estimand="atc")
Q(D, "Effect of `Weapon Training` on `Dropout 90 Day` among schools in Tamil Nadu.", "cate", "Weapon Training", "Dropout 90 Day", at={"State": "Tamil Nadu"})
Q(D, "For schools running 4 sessions a week, what does the oil massage do to end-of-term flexibility?", "cate", "Oil Massage", "Flexibility After", at={"Weekly Sessions": 4})
Q(D, "Does the grant's effect on final enrolment differ from state to state?", "cate", "Government Grant", "Students End")
Q(D, "for gurus with 20 yrs experiance, efect of massage on 30 day dropout", "cate", "Oil Massage", "Dropout 30 Day", at={"Guru Experience": 20})
Q(D, "Which kalaris should receive a government grant if we want the largest enrolment at the end of the year?", "policy", "Government Grant", "Students End")
Q(D, "Targeting: to which schools should weapon training be introduced to cut dropout?", "policy", "Weapon Training", None, clarify=True)
Q(D, "recommend a policy for offering the oil massage so that flexibility gains are greatest", "policy", "Oil Massage", "Flexibility After")
Q(D, "How much of the grant's effect on Students End goes through Weekly Sessions?", "mediation", "Government Grant", "Students End", "Weekly Sessions")
Q(D, "Weapon training is said to draw in foreign visitors, which then keeps the school full. What share of the effect of Weapon Training on Students End is carried by Tourist Share?", "mediation", "Weapon Training", "Students End", "Tourist Share")
Q(D, "Recover the cause-and-effect structure among the kalaripayattu school variables.", "discover")
Q(D, "What's the average Monthly Fee by State?", "unsupported")

# ---------------------------------------------------------------- 3 barrel racing
D = "h77_barrel_racing"
ds(D, "Barrel racing riders and horses: training, equipment, run times, knocked barrels and earnings.", [
    ("riderId", "id", ["BR1001", "BR1002", "BR1003"]),
    ("horseAge", "numeric", [6, 9, 14]),
    ("arenaType", "categorical", ["dirt", "sand", "mixed"]),
    ("divisionLevel", "categorical", ["1D", "2D", "3D", "4D"]),
    ("trainerCert", "binary", [1, 0, 0]),
    ("saddleFit", "binary", [0, 1, 1]),
    ("practiceHrsWk", "numeric", [4, 8, 12]),
    ("farrierWks", "numeric", [5, 6, 8]),
    ("vetVisits", "numeric", [1, 3, 2]),
    ("runTimeBl", "numeric", [17.2, 16.4, 15.9]),
    ("runTimePost", "numeric", [16.8, 16.1, 15.7]),
    ("knockdowns30d", "numeric", [0, 2, 1]),
    ("knockdowns90d", "numeric", [2, 5, 3]),
    ("turnScore", "numeric", [6.5, 7.8, 8.9]),
    ("turnScoreV2", "numeric", [65, 78, 90]),
    ("earningsUsd", "numeric", [1200, 8400, 31000]),
    ("earningsUsdV2", "numeric", [1150, 8100, 29800]),
])
Q(D, "Estimate the average causal effect of `saddleFit` on `runTimePost` adjusting for `horseAge` and `runTimeBl`.", "ate", "saddleFit", "runTimePost", covariates=["horseAge", "runTimeBl"])
Q(D, "Does working with a certified trainer make riders faster around the pattern?", "ate", "trainerCert", "runTimePost")
Q(D, "ate practiceHrsWk on knockdowns90d", "ate", "practiceHrsWk", "knockdowns90d")
Q(D, "Are horses with a properly fitted saddle tipping fewer barrels over the following month?", "ate", "saddleFit", "knockdowns30d")
Q(D, "effect of trainer certification on turn score", "ate", "trainerCert", None, clarify=True)
Q(D, "Is prize money (earningsUsd) driven by practice hours per week, or is the correlation confounded?", "ate", "practiceHrsWk", "earningsUsd")
Q(D, "How would shoeing more often — a shorter farrier interval — change the clock?", "ate", "farrierWks", "runTimePost")
Q(D, "effect of saddleFit on runTimePost in sand arenas", "cate", "saddleFit", "runTimePost", at={"arenaType": "sand"})
Q(D, "Among 4D riders, what is the impact of trainerCert on earningsUsdV2?", "cate", "trainerCert", "earningsUsdV2", at={"divisionLevel": "4D"})
Q(D, "For a 12-year-old horse, does a fitted saddle change turnScoreV2?", "cate", "saddleFit", "turnScoreV2", at={"horseAge": 12})
Q(D, "Where is the benefit of extra practice on knockdowns largest?", "cate", "practiceHrsWk", None, clarify=True)
Q(D, "Which riders should we pay to see a certified trainer in order to maximise earningsUsd?", "policy", "trainerCert", "earningsUsd")
Q(D, "Build an allocation rule for saddle fittings aimed at lowering runTimePost.", "policy", "saddleFit", "runTimePost")
Q(D, "What portion of trainerCert's effect on runTimePost is mediated by turnScoreV2?", "mediation", "trainerCert", "runTimePost", "turnScoreV2")
Q(D, "A fitted saddle supposedly lets the horse turn tighter, which then cuts the time. How much of the saddle's effect on the run time goes through the turn score (turnScore)?", "mediation", "saddleFit", "runTimePost", "turnScore")
Q(D, "Which variables cause which in the barrel racing data? Find the DAG.", "discover")
Q(D, "Predict runTimePost for next season's riders.", "unsupported")

# ---------------------------------------------------------------- 4 harness racing
D = "h77_harness_racing"
ds(D, "Standardbred harness racing starts: equipment, medication, drivers, mile times, breaks and purses.", [
    ("HORSE_ID", "id", ["SB-2201", "SB-2202", "SB-2203"]),
    ("TRACK", "categorical", ["Meadowlands", "Yonkers", "Woodbine", "Mohawk"]),
    ("GAIT", "categorical", ["trot", "pace"]),
    ("AGE_YR", "numeric", [2, 3, 6]),
    ("HOBBLES", "binary", [1, 0, 1]),
    ("LASIX", "binary", [0, 1, 1]),
    ("SHOE_CHG", "binary", [0, 0, 1]),
    ("DRIVER_WINPCT", "numeric", [0.08, 0.15, 0.22]),
    ("TRAINER_STARTS", "numeric", [120, 450, 900]),
    ("MILE_TIME_PRE", "numeric", [113.4, 111.2, 110.8]),
    ("MILE_TIME_POST", "numeric", [112.9, 110.6, 110.9]),
    ("STARTS_30D", "numeric", [1, 3, 4]),
    ("STARTS_90D", "numeric", [4, 8, 11]),
    ("BREAK_RATE", "numeric", [0.0, 0.12, 0.05]),
    ("BREAK_RATIO", "numeric", [0.0, 0.14, 0.05]),
    ("PURSE_USD", "numeric", [4500, 18000, 62000]),
    ("SPEED_FIG", "numeric", [78, 85, 92]),
    ("SPEED_FIG_V2", "numeric", [80, 86, 95]),
])
Q(D, "Estimate the ATE of `LASIX` on `MILE_TIME_POST`, controlling for `AGE_YR`, `GAIT` and `MILE_TIME_PRE`.", "ate", "LASIX", "MILE_TIME_POST", covariates=["AGE_YR", "GAIT", "MILE_TIME_PRE"])
Q(D, "Does putting a horse in hobbles cut its rate of breaking stride?", "ate", "HOBBLES", "BREAK_RATE")
Q(D, "ate SHOE_CHG on SPEED_FIG_V2, iv TRAINER_STARTS", "ate", "SHOE_CHG", "SPEED_FIG_V2", instrument="TRAINER_STARTS")
Q(D, "What is the causal effect of the driver's win percentage on purse earnings?", "ate", "DRIVER_WINPCT", "PURSE_USD")
Q(D, "Is the mile time lowered by changing the horse's shoes?", "ate", "SHOE_CHG", "MILE_TIME_POST")
Q(D, "Among horses that raced on Lasix, how much faster were they because of it?", "ate", "LASIX", "MILE_TIME_POST", estimand="att")
Q(D, "What does racing more often do to the mile time?", "ate", None, "MILE_TIME_POST", clarify=True)
Q(D, "Would the horses raced without hobbles have earned more purse money with them?", "ate", "HOBBLES", "PURSE_USD", estimand="atc")
Q(D, "effect of LASIX on MILE_TIME_POST for pacers", "cate", "LASIX", "MILE_TIME_POST", at={"GAIT": "pace"})
Q(D, "At Yonkers, what is the impact of a shoe change on BREAK_RATE?", "cate", "SHOE_CHG", "BREAK_RATE", at={"TRACK": "Yonkers"})
Q(D, "How does the Lasix effect on final mile time change with the horse's age?", "cate", "LASIX", "MILE_TIME_POST")
Q(D, "For 3-year-olds, does hobbling change SPEED_FIG?", "cate", "HOBBLES", "SPEED_FIG", at={"AGE_YR": 3})
Q(D, "Which horses should be raced on Lasix to maximise PURSE_USD?", "policy", "LASIX", "PURSE_USD")
Q(D, "Targeting rule for hobbles that minimises BREAK_RATIO.", "policy", "HOBBLES", "BREAK_RATIO")
Q(D, "decide who gets a shoe change - objective: fastest MILE_TIME_POST", "policy", "SHOE_CHG", "MILE_TIME_POST")
Q(D, "How much of the effect of HOBBLES on PURSE_USD runs through the speed figure?", "mediation", "HOBBLES", "PURSE_USD", None, clarify=True)
Q(D, "Lasix is thought to work by lifting the horse's speed figure, which then wins bigger purses. Direct vs indirect effect of LASIX on PURSE_USD through SPEED_FIG?", "mediation", "LASIX", "PURSE_USD", "SPEED_FIG")
Q(D, "Run causal discovery on the harness racing table.", "discover")
Q(D, "I want to know what influences what among these standardbred variables, just from the data.", "discover")
Q(D, "Write SQL to get the top 10 horses by PURSE_USD at Woodbine.", "unsupported")

# ---------------------------------------------------------------- 5 chuckwagon
D = "h77_chuckwagon_racing"
ds(D, "Chuckwagon racing outfits: drivers, outriders, horse teams, equipment, heat times, penalties and injuries.", [
    ("wagon_id", "id", ["CW07", "CW12", "CW33"]),
    ("circuit", "categorical", ["WPCA", "CPCA"]),
    ("drv_yrs", "numeric", [2, 9, 21]),
    ("outrdr_n", "numeric", [2, 3, 4]),
    ("tb_pct", "numeric", [25, 50, 100]),
    ("hrs_trn", "numeric", [40, 85, 140]),
    ("new_harn", "binary", [0, 1, 0]),
    ("tarp_ok", "binary", [1, 1, 0]),
    ("vet_chk", "numeric", [2, 4, 6]),
    ("barrel_tip", "numeric", [0, 1, 3]),
    ("heat_time_bl", "numeric", [76.4, 75.1, 77.9]),
    ("heat_time_fin", "numeric", [75.8, 74.9, 77.0]),
    ("pen_sec", "numeric", [0, 1, 5]),
    ("pen_sec_v2", "numeric", [0, 2, 5]),
    ("sponsor_cad", "numeric", [40000, 95000, 160000]),
    ("inj_30d", "numeric", [0, 1, 0]),
    ("inj_90d", "numeric", [0, 2, 1]),
])
Q(D, "Estimate the average treatment effect of `new_harn` on `heat_time_fin`, adjusting for `drv_yrs` and `heat_time_bl`.", "ate", "new_harn", "heat_time_fin", covariates=["drv_yrs", "heat_time_bl"])
Q(D, "Do more training hours for the horse team cut penalty seconds (pen_sec)?", "ate", "hrs_trn", "pen_sec")
Q(D, "ate tb_pct -> heat_time_fin", "ate", "tb_pct", "heat_time_fin")
Q(D, "How much does years behind the reins change sponsorship money?", "ate", "drv_yrs", "sponsor_cad")
Q(D, "Does a clean tarp load reduce penalties?", "ate", "tarp_ok", None, clarify=True)
Q(D, "Are horse injuries over the next 90 days raised by a higher thoroughbred share in the hitch?", "ate", "tb_pct", "inj_90d")
Q(D, "effect of vet checks on 30d injuries, control for hrs_trn and circuit", "ate", "vet_chk", "inj_30d", covariates=["hrs_trn", "circuit"])
Q(D, "Within the CPCA circuit, what is the effect of new_harn on pen_sec_v2?", "cate", "new_harn", "pen_sec_v2", at={"circuit": "CPCA"})
Q(D, "For wagons running 4 outriders, does a new harness change the final heat time?", "cate", "new_harn", "heat_time_fin", at={"outrdr_n": 4})
Q(D, "how does the effect of training hours on 90-day injuries vary across drivers with different experience", "cate", "hrs_trn", "inj_90d")
Q(D, "When the thoroughbred share is 50 percent, what do extra vet checks do to inj_90d?", "cate", "vet_chk", "inj_90d", at={"tb_pct": 50})
Q(D, "Which outfits should be given a new harness to minimise heat_time_fin?", "policy", "new_harn", "heat_time_fin")
Q(D, "Who should get extra vet checks so that injuries over 90 days are lowest?", "policy", "vet_chk", "inj_90d")
Q(D, "How much of the effect of hrs_trn on heat_time_fin is mediated through barrel_tip?", "mediation", "hrs_trn", "heat_time_fin", "barrel_tip")
Q(D, "A clean tarp load saves penalty time, which then improves the finishing time. How much of tarp_ok's effect on heat_time_fin flows via pen_sec?", "mediation", "tarp_ok", "heat_time_fin", "pen_sec")
Q(D, "direct vs indirect effect of drv_yrs on sponsor_cad thru heat_time_fin", "mediation", "drv_yrs", "sponsor_cad", "heat_time_fin")
Q(D, "Learn the causal structure among the chuckwagon variables.", "discover")
Q(D, "Clean up the chuckwagon table: drop duplicate wagon_id rows and fill missing pen_sec.", "unsupported")

# ---------------------------------------------------------------- 6 bull riding
D = "h77_bull_riding"
ds(D, "Professional bull riders: protective gear, coaching, rest, bull quality, scores, concussions and earnings.", [
    ("riderId", "id", ["PBR-11", "PBR-42", "PBR-87"]),
    ("ageYrs", "numeric", [19, 26, 33]),
    ("vestType", "categorical", ["standard", "kevlar", "hybrid"]),
    ("helmetUse", "binary", [1, 0, 0]),
    ("sportsPsych", "binary", [0, 1, 0]),
    ("ropeBrand", "categorical", ["A", "B", "C"]),
    ("coachSessions", "numeric", [0, 6, 15]),
    ("daysRest", "numeric", [2, 5, 9]),
    ("bullRank", "numeric", [12, 45, 88]),
    ("scoreBl", "numeric", [82.5, 85.0, 87.25]),
    ("score8wk", "numeric", [84.0, 85.5, 88.75]),
    ("qualRateSeason", "numeric", [0.31, 0.45, 0.6]),
    ("concussion30d", "numeric", [0, 1, 0]),
    ("concussion90d", "numeric", [0, 1, 2]),
    ("earnings", "numeric", [15000, 120000, 540000]),
    ("earningsNet", "numeric", [9000, 88000, 410000]),
])
Q(D, "Estimate the ATE of `helmetUse` on `concussion90d`, adjusting for `ageYrs` and `bullRank`.", "ate", "helmetUse", "concussion90d", covariates=["ageYrs", "bullRank"])
Q(D, "Does seeing a sports psychologist raise how often a rider makes the 8 seconds over a season?", "ate", "sportsPsych", "qualRateSeason")
Q(D, "ate coachSessions on score8wk adj scoreBl", "ate", "coachSessions", "score8wk", covariates=["scoreBl"])
Q(D, "Are concussions in the month after a ride reduced by more days of rest between rides?", "ate", "daysRest", "concussion30d")
Q(D, "Is the link between helmets and 30-day concussions real, or just confounding?", "ate", "helmetUse", "concussion30d")
Q(D, "For riders who used a sports psychologist, how much did it improve their earnings?", "ate", "sportsPsych", "earnings", estimand="att")
Q(D, "How do concussions depend on vest type?", "ate", "vestType", None, clarify=True)
Q(D, "How much would the riders who don't wear helmets gain in score after 8 weeks if they started wearing one?", "ate", "helmetUse", "score8wk", estimand="atc")
Q(D, "Among riders who wear helmets, what does sportsPsych do to qualRateSeason?", "cate", "sportsPsych", "qualRateSeason", at={"helmetUse": 1})
Q(D, "Among riders using ropeBrand B, what is the effect of coachSessions on score8wk?", "cate", "coachSessions", "score8wk", at={"ropeBrand": "B"})
Q(D, "Who gains most in ride score from extra coaching?", "cate", "coachSessions", "score8wk")
Q(D, "Under the condition that the rider wears a kevlar vest, does a helmet lower concussion90d?", "cate", "helmetUse", "concussion90d", at={"vestType": "kevlar"})
Q(D, "Which riders should be assigned a sports psychologist to maximise earningsNet?", "policy", "sportsPsych", "earningsNet")
Q(D, "rule for who needs a mandatory helmet to minimize concussion90d", "policy", "helmetUse", "concussion90d")
Q(D, "how should coaching sessions be shared out across riders to get the best qualifying rates?", "policy", "coachSessions", "qualRateSeason")
Q(D, "How much of the sports psychologist's effect on earnings goes through qualRateSeason?", "mediation", "sportsPsych", "earnings", "qualRateSeason")
Q(D, "Coaching improves ride scores, which in turn raises how often riders qualify. Decompose coachSessions -> qualRateSeason into the part through score8wk and the rest.", "mediation", "coachSessions", "qualRateSeason", "score8wk")
Q(D, "Discover the causal DAG for the bull riding dataset.", "discover")
Q(D, "figure out which of the rider variables influence which others", "discover")
Q(D, "Give me summary statistics for earnings and earningsNet.", "unsupported")

# ---------------------------------------------------------------- 7 team roping
D = "h77_team_roping"
ds(D, "Team roping header/heeler pairs: ratings, practice, horses, times, catches, penalties and winnings.", [
    ("Team ID", "id", ["TR-501", "TR-502", "TR-503"]),
    ("Header Rating", "numeric", [3, 5, 7]),
    ("Heeler Rating", "numeric", [4, 5, 8]),
    ("Arena", "categorical", ["Indoor", "Outdoor"]),
    ("Division", "categorical", ["Open", "#12", "#10", "#8"]),
    ("Practice Steers", "numeric", [60, 150, 300]),
    ("Roping Dummy", "binary", [1, 0, 1]),
    ("Horse Age", "numeric", [7, 11, 16]),
    ("Partner Years", "numeric", [1, 4, 10]),
    ("Time Before", "numeric", [9.8, 8.2, 7.1]),
    ("Time After", "numeric", [9.1, 8.0, 6.9]),
    ("Catch Rate", "numeric", [0.42, 0.6, 0.75]),
    ("Catch Ratio", "numeric", [0.72, 1.5, 3.0]),
    ("Leg Penalties", "numeric", [0, 2, 5]),
    ("Entries", "numeric", [6, 14, 30]),
    ("Winnings", "numeric", [800, 5200, 41000]),
    ("Winnings Adjusted", "numeric", [650, 4700, 38000]),
])
Q(D, "Estimate the average effect of `Roping Dummy` on `Time After`, controlling for `Time Before` and `Header Rating`.", "ate", "Roping Dummy", "Time After", covariates=["Time Before", "Header Rating"])
Q(D, "Do teams that rope more practice steers have a higher catch rate?", "ate", "Practice Steers", "Catch Rate")
Q(D, "ate Partner Years on Winnings", "ate", "Partner Years", "Winnings")
Q(D, "Is the number of one-leg penalties reduced by practising on a mechanical dummy?", "ate", "Roping Dummy", "Leg Penalties")
Q(D, "How much faster are teams because they have roped together longer? Adjust for heeler rating.", "ate", "Partner Years", "Time After", covariates=["Heeler Rating"])
Q(D, "effect of dummy practice on winnings among the teams that use one", "ate", "Roping Dummy", "Winnings", estimand="att")
Q(D, "Does the rope brand a team uses affect its Winnings?", "ate", None, "Winnings", clarify=True)
Q(D, "Does a stronger header cause bigger adjusted winnings (Winnings Adjusted)?", "ate", "Header Rating", "Winnings Adjusted")
Q(D, "Effect of Roping Dummy on Time After for indoor arenas", "cate", "Roping Dummy", "Time After", at={"Arena": "Indoor"})
Q(D, "In the #10 division, does dummy practice change Winnings?", "cate", "Roping Dummy", "Winnings", at={"Division": "#10"})
Q(D, "for teams that roped 200 practice steers, effect of partner years on catch rate", "cate", "Partner Years", "Catch Rate", at={"Practice Steers": 200})
Q(D, "Does the effect of practice steers on Leg Penalties depend on the heeler's rating?", "cate", "Practice Steers", "Leg Penalties")
Q(D, "Which teams should we give a roping dummy to so their Winnings go up the most?", "policy", "Roping Dummy", "Winnings")
Q(D, "who to target with the dummy programme to reduce leg penalties", "policy", "Roping Dummy", "Leg Penalties")
Q(D, "Propose a rule for how many practice steers each team should rope to minimise Time After.", "policy", "Practice Steers", "Time After")
Q(D, "How much of the dummy's effect on Winnings flows through Catch Rate?", "mediation", "Roping Dummy", "Winnings", "Catch Rate")
Q(D, "Long partnerships mean fewer leg penalties, which then means faster times. What fraction of Partner Years' effect on Time After passes through Leg Penalties?", "mediation", "Partner Years", "Time After", "Leg Penalties")
Q(D, "What's the causal structure among the team roping columns?", "discover")
Q(D, "Forecast next year's Entries.", "unsupported")

# ---------------------------------------------------------------- 8 eelgrass
D = "h77_eelgrass_restoration"
ds(D, "Eelgrass (Zostera marina) restoration plots: planting method, crab exclusion, water quality, density, cover and survival.", [
    ("plot_id", "id", ["EG-001", "EG-002", "EG-003"]),
    ("site", "categorical", ["Chesapeake", "Puget", "Morro", "Wadden"]),
    ("dpth_m", "numeric", [0.8, 1.5, 2.4]),
    ("seed_meth", "categorical", ["seeds", "shoots", "buoy"]),
    ("crab_excl", "binary", [1, 0, 0]),
    ("turb_ntu", "numeric", [3.2, 8.5, 15.0]),
    ("temp_c", "numeric", [14.5, 19.0, 24.2]),
    ("sal_ppt", "numeric", [18, 27, 32]),
    ("sed_org", "numeric", [0.8, 2.1, 4.6]),
    ("vol_hrs", "numeric", [10, 45, 120]),
    ("bioturb", "numeric", [0.2, 0.6, 1.4]),
    ("shoot_dens_bl", "numeric", [40, 85, 150]),
    ("shoot_dens_24m", "numeric", [120, 60, 310]),
    ("cov_pct", "numeric", [12, 35, 68]),
    ("cov_ratio", "numeric", [0.12, 0.35, 0.68]),
    ("surv_6m", "numeric", [0.7, 0.55, 0.9]),
    ("surv_12m", "numeric", [0.5, 0.31, 0.82]),
])
Q(D, "Estimate the ATE of `crab_excl` on `shoot_dens_24m`, adjusting for `dpth_m` and `shoot_dens_bl`.", "ate", "crab_excl", "shoot_dens_24m", covariates=["dpth_m", "shoot_dens_bl"])
Q(D, "Does keeping crabs out of restoration plots help the transplants survive their first year?", "ate", "crab_excl", "surv_12m")
Q(D, "ate turb_ntu -> cov_pct ctrl dpth_m sal_ppt", "ate", "turb_ntu", "cov_pct", covariates=["dpth_m", "sal_ppt"])
Q(D, "How much does murky water hurt seagrass density two years on?", "ate", "turb_ntu", "shoot_dens_24m")
Q(D, "Effect of crab exclusion on survival", "ate", "crab_excl", None, clarify=True)
Q(D, "Is eelgrass cover (cov_ratio) raised by volunteer hours?", "ate", "vol_hrs", "cov_ratio")
Q(D, "What would shoot density have been on the uncaged plots had cages been put up?", "ate", "crab_excl", "shoot_dens_24m", estimand="atc")
Q(D, "Is the apparent benefit of organic-rich mud for 6-month survival causal or confounded?", "ate", "sed_org", "surv_6m")
Q(D, "effect of crab_excl on surv_12m at the Wadden site", "cate", "crab_excl", "surv_12m", at={"site": "Wadden"})
Q(D, "For plots at 2 m depth, what does crab exclusion do to density after 24 months?", "cate", "crab_excl", "shoot_dens_24m", at={"dpth_m": 2})
Q(D, "How does the turbidity effect on percent cover vary with water temperature?", "cate", "turb_ntu", "cov_pct")
Q(D, "Among plots planted from seed, does excluding crabs raise percent cover?", "cate", "crab_excl", "cov_pct", at={"seed_meth": "seeds"})
Q(D, "Which plots should get crab exclusion cages to maximise shoot_dens_24m?", "policy", "crab_excl", "shoot_dens_24m")
Q(D, "Where should we put volunteers' hours to maximise 12-month survival?", "policy", "vol_hrs", "surv_12m")
Q(D, "Which planting method should each site use to get the best survival?", "policy", "seed_meth", None, clarify=True)
Q(D, "How much of the effect of turb_ntu on shoot_dens_24m is mediated by surv_12m?", "mediation", "turb_ntu", "shoot_dens_24m", "surv_12m")
Q(D, "Crab cages work by cutting bioturbation, which then lets the shoots anchor. Direct vs indirect effect of crab_excl on surv_12m via bioturb.", "mediation", "crab_excl", "surv_12m", "bioturb")
Q(D, "what part of volunteer hours' impact on cov_pct goes via surv_6m", "mediation", "vol_hrs", "cov_pct", "surv_6m")
Q(D, "Learn the causal graph among the eelgrass restoration variables.", "discover")
Q(D, "Which environmental factors drive which in this seagrass data? Infer the dependencies from the data alone.", "discover")
Q(D, "Make a histogram of turb_ntu by site.", "unsupported")

# ---------------------------------------------------------------- 9 coral
D = "h77_coral_nurseries"
ds(D, "Coral nursery fragments: nursery design, species, temperature, shading, maintenance, growth, bleaching and survival.", [
    ("FRAG_ID", "id", ["CF-0001", "CF-0002", "CF-0003"]),
    ("NURSERY_TYPE", "categorical", ["tree", "rope", "table"]),
    ("SPECIES", "categorical", ["Acropora", "Pocillopora", "Porites"]),
    ("DEPTH_M", "numeric", [4, 8, 12]),
    ("SST_C", "numeric", [27.5, 29.0, 30.4]),
    ("SHADE", "binary", [0, 1, 0]),
    ("MICROFRAG", "binary", [1, 0, 0]),
    ("CLEAN_FREQ", "numeric", [1, 2, 4]),
    ("DIVER_HRS", "numeric", [6, 14, 30]),
    ("GROWTH_PRE", "numeric", [1.2, 2.5, 3.1]),
    ("GROWTH_POST", "numeric", [1.8, 2.9, 4.0]),
    ("BLEACH_30D", "numeric", [0.0, 0.1, 0.35]),
    ("BLEACH_90D", "numeric", [0.05, 0.22, 0.6]),
    ("SURV_RATE", "numeric", [0.92, 0.78, 0.55]),
    ("SURV_RATIO", "numeric", [11.5, 3.5, 1.2]),
    ("OUTPLANT", "binary", [0, 1, 1]),
    ("HEALTH_IDX", "numeric", [3.4, 4.1, 2.2]),
    ("HEALTH_IDX_V2", "numeric", [68, 82, 44]),
])
Q(D, "Estimate the average treatment effect of `SHADE` on `BLEACH_90D`, controlling for `SST_C` and `DEPTH_M`.", "ate", "SHADE", "BLEACH_90D", covariates=["SST_C", "DEPTH_M"])
Q(D, "Does microfragmentation speed up coral growth?", "ate", "MICROFRAG", "GROWTH_POST")
Q(D, "ate CLEAN_FREQ on SURV_RATE", "ate", "CLEAN_FREQ", "SURV_RATE")
Q(D, "How much does warmer sea water drive bleaching over the following month?", "ate", "SST_C", "BLEACH_30D")
Q(D, "Is HEALTH_IDX_V2 improved by more diver hours?", "ate", "DIVER_HRS", "HEALTH_IDX_V2")
Q(D, "Effect of shade cloth on the health index", "ate", "SHADE", None, clarify=True)
Q(D, "For fragments that were microfragmented, what was the effect on SURV_RATIO?", "ate", "MICROFRAG", "SURV_RATIO", estimand="att")
Q(D, "Is the association between scrubbing the nursery frames and coral growth real, or driven by confounders?", "ate", "CLEAN_FREQ", "GROWTH_POST")
Q(D, "effect of SHADE on BLEACH_90D for Acropora", "cate", "SHADE", "BLEACH_90D", at={"SPECIES": "Acropora"})
Q(D, "At 29C sea temperature, what does shading do to 30-day bleaching?", "cate", "SHADE", "BLEACH_30D", at={"SST_C": 29})
Q(D, "Does the microfragmentation effect on growth differ between nursery types?", "cate", "MICROFRAG", "GROWTH_POST")
Q(D, "on rope nurseries, effect of CLEAN_FREQ on the health index", "cate", "CLEAN_FREQ", None, at={"NURSERY_TYPE": "rope"}, clarify=True)
Q(D, "Which fragments should be shaded to minimise BLEACH_90D?", "policy", "SHADE", "BLEACH_90D")
Q(D, "targeting rule for microfragmentation, objective SURV_RATE", "policy", "MICROFRAG", "SURV_RATE")
Q(D, "How should we allocate cleaning effort across fragments to maximise growth?", "policy", "CLEAN_FREQ", "GROWTH_POST")
Q(D, "How much of SST_C's effect on SURV_RATE is mediated by BLEACH_30D?", "mediation", "SST_C", "SURV_RATE", "BLEACH_30D")
Q(D, "Shading is supposed to keep corals from bleaching, and less bleaching then means more of them survive. How much of the shade effect on the survival rate goes through 90-day bleaching?", "mediation", "SHADE", "SURV_RATE", "BLEACH_90D")
Q(D, "What fraction of DIVER_HRS's effect on SURV_RATE is explained by CLEAN_FREQ?", "mediation", "DIVER_HRS", "SURV_RATE", "CLEAN_FREQ")
Q(D, "Which of these coral nursery measurements cause which? Learn it from the data.", "discover")
Q(D, "Train a classifier to predict OUTPLANT.", "unsupported")

# ---------------------------------------------------------------- 10 geoduck
D = "h77_geoduck_harvesting"
ds(D, "Geoduck clam harvest tracts: diver experience, harvesting equipment, certification, harvest, prices and Vibrio detections.", [
    ("tract", "id", ["T-1041", "T-1042", "T-1043"]),
    ("region", "categorical", ["North Sound", "South Sound", "Hood Canal", "Strait"]),
    ("depth", "numeric", [6, 12, 18]),
    ("diver_experience", "numeric", [2, 8, 19]),
    ("jet_pressure", "numeric", [40, 60, 80]),
    ("quota_share", "numeric", [0.02, 0.05, 0.11]),
    ("certified", "binary", [1, 0, 1]),
    ("sediment", "categorical", ["sand", "mud", "mixed"]),
    ("season", "categorical", ["winter", "spring", "summer", "fall"]),
    ("harvest_before", "numeric", [12000, 20500, 31000]),
    ("harvest_after", "numeric", [13500, 19800, 33200]),
    ("show_rate", "numeric", [0.55, 0.7, 0.82]),
    ("show_ratio", "numeric", [1.2, 2.3, 4.5]),
    ("price", "numeric", [14.5, 18.0, 24.0]),
    ("price_adjusted", "numeric", [13.9, 17.1, 22.6]),
    ("vibrio_30d", "numeric", [0, 1, 0]),
    ("vibrio_90d", "numeric", [0, 2, 1]),
])
Q(D, "Estimate the ATE of `certified` on `price`, adjusting for `region` and `season`.", "ate", "certified", "price", covariates=["region", "season"])
Q(D, "Do more seasoned divers dig up more clams per tract?", "ate", "diver_experience", "harvest_after")
Q(D, "ate jet_pressure -> show_rate", "ate", "jet_pressure", "show_rate")
Q(D, "How much does cranking up the water-jet pressure change yields?", "ate", "jet_pressure", "harvest_after")
Q(D, "Effect of certification on vibrio", "ate", "certified", None, clarify=True)
Q(D, "Is price_adjusted driven by the quota share a tract holds?", "ate", "quota_share", "price_adjusted")
Q(D, "Among certified tracts, what did certification do to the price they got?", "ate", "certified", "price", estimand="att")
Q(D, "effect of certified on price in Hood Canal", "cate", "certified", "price", at={"region": "Hood Canal"})
Q(D, "At 15 metres depth, how does diver experience affect the harvest?", "cate", "diver_experience", "harvest_after", at={"depth": 15})
Q(D, "For mud tracts, effect of jet_pressure on show_ratio", "cate", "jet_pressure", "show_ratio", at={"sediment": "mud"})
Q(D, "How does the certification premium on price vary by season?", "cate", "certified", "price")
Q(D, "Which tracts should we pursue certification for to maximise price_adjusted?", "policy", "certified", "price_adjusted")
Q(D, "assign experienced divers to tracts - what rule maximizes harvest?", "policy", "diver_experience", "harvest_after")
Q(D, "How much of the effect of certified on price_adjusted is mediated through vibrio_90d?", "mediation", "certified", "price_adjusted", "vibrio_90d")
Q(D, "Experienced divers spot more siphons, which then raises the catch. How much of diver experience's effect on the harvest works through the show rate?", "mediation", "diver_experience", "harvest_after", "show_rate")
Q(D, "learn causal graph geoduck", "discover")
Q(D, "Tell me what drives what among the geoduck harvest variables, straight from the data.", "discover")
Q(D, "Compute the correlation matrix for depth, price and harvest_after.", "unsupported")

# ---------------------------------------------------------------- 11 lobster
D = "h77_lobster_hatcheries"
ds(D, "American lobster hatchery tanks: broodstock, rearing conditions, feed, probiotics, larval survival, cannibalism, size and recapture after release.", [
    ("tankId", "id", ["LT-01", "LT-02", "LT-03"]),
    ("broodstockSrc", "categorical", ["wild", "captive"]),
    ("releaseSite", "categorical", ["inshore", "offshore", "estuary"]),
    ("waterTempC", "numeric", [16, 19, 22]),
    ("stockingDensity", "numeric", [20, 40, 60]),
    ("enrichedFeed", "binary", [1, 0, 1]),
    ("probiotic", "binary", [0, 1, 0]),
    ("staffHrs", "numeric", [12, 25, 40]),
    ("moltDays", "numeric", [9, 12, 16]),
    ("larvalSurvBl", "numeric", [0.6, 0.45, 0.72]),
    ("larvalSurvStg4", "numeric", [0.22, 0.15, 0.31]),
    ("cannibalismRate", "numeric", [0.05, 0.18, 0.3]),
    ("cannibalismRatio", "numeric", [0.05, 0.22, 0.43]),
    ("sizeMm", "numeric", [12.5, 14.0, 16.2]),
    ("sizeMmV2", "numeric", [12.8, 14.1, 16.6]),
    ("recapture1yr", "numeric", [0.01, 0.03, 0.05]),
    ("recapture3yr", "numeric", [0.002, 0.008, 0.015]),
])
Q(D, "Estimate the average treatment effect of `enrichedFeed` on `larvalSurvStg4`, adjusting for `waterTempC` and `stockingDensity`.", "ate", "enrichedFeed", "larvalSurvStg4", covariates=["waterTempC", "stockingDensity"])
Q(D, "Do probiotics keep more larvae alive to stage IV?", "ate", "probiotic", "larvalSurvStg4")
Q(D, "ate stockingDensity -> cannibalismRate", "ate", "stockingDensity", "cannibalismRate")
Q(D, "Does warmer water shorten the time between moults?", "ate", "waterTempC", "moltDays")
Q(D, "What does enriched feed do to juvenile size?", "ate", "enrichedFeed", None, clarify=True)
Q(D, "Is recapture after three years increased by enriched feeding?", "ate", "enrichedFeed", "recapture3yr")
Q(D, "For the tanks that got probiotics, how much did survival to stage 4 improve because of them?", "ate", "probiotic", "larvalSurvStg4", estimand="att")
Q(D, "Effect of UV sterilisation of the tank water on larval survival", "ate", None, "larvalSurvStg4", clarify=True)
Q(D, "effect of probiotic on larvalSurvStg4 for captive broodstock", "cate", "probiotic", "larvalSurvStg4", at={"broodstockSrc": "captive"})
Q(D, "At 20 C, what is the effect of stocking density on cannibalismRatio?", "cate", "stockingDensity", "cannibalismRatio", at={"waterTempC": 20})
Q(D, "Among lobsters released offshore, did enriched feed change 1-year recapture?", "cate", "enrichedFeed", "recapture1yr", at={"releaseSite": "offshore"})
Q(D, "Which tanks benefit most from probiotics in terms of larval survival?", "cate", "probiotic", "larvalSurvStg4")
Q(D, "Which tanks should receive enriched feed to maximise recapture3yr?", "policy", "enrichedFeed", "recapture3yr")
Q(D, "Design a probiotic dosing policy that maximises larval survival to stage IV.", "policy", "probiotic", "larvalSurvStg4")
Q(D, "where should we release each batch of juveniles to maximise 3 year recapture", "policy", "releaseSite", "recapture3yr")
Q(D, "How much of stocking density's effect on larvalSurvStg4 goes through cannibalismRate?", "mediation", "stockingDensity", "larvalSurvStg4", "cannibalismRate")
Q(D, "Enriched feed makes juveniles bigger, and bigger juveniles survive in the wild. What share of enrichedFeed's effect on recapture1yr is mediated by sizeMmV2?", "mediation", "enrichedFeed", "recapture1yr", "sizeMmV2")
Q(D, "Learn the causal network among the hatchery variables.", "discover")
Q(D, "What's the mean sizeMm per releaseSite?", "unsupported")

# ---------------------------------------------------------------- 12 catfish
D = "h77_catfish_farms"
ds(D, "Catfish farm ponds in the Mississippi Delta: aeration, feeding, stocking, vaccination, mortality, feed conversion, yield and off-flavour.", [
    ("pond_id", "id", ["P-114", "P-207", "P-331"]),
    ("county", "categorical", ["Humphreys", "Sunflower", "Leflore", "Washington"]),
    ("strain", "categorical", ["channel", "hybrid", "blue"]),
    ("ac", "numeric", [5, 10, 17]),
    ("aer_hp", "numeric", [2, 4, 6]),
    ("do_mgl", "numeric", [3.1, 4.5, 6.2]),
    ("feed_pct", "numeric", [1.5, 2.5, 3.0]),
    ("stk_dens", "numeric", [4000, 6000, 9000]),
    ("vacc_esc", "binary", [1, 0, 0]),
    ("wtr_exch", "numeric", [0, 5, 12]),
    ("mort_pre", "numeric", [0.04, 0.09, 0.15]),
    ("mort_post", "numeric", [0.03, 0.11, 0.12]),
    ("fcr", "numeric", [1.9, 2.2, 2.6]),
    ("fcr_v2", "numeric", [1.85, 2.25, 2.55]),
    ("yld_lb_ac", "numeric", [5200, 7800, 11400]),
    ("offflav_30d", "numeric", [0, 1, 0]),
    ("offflav_90d", "numeric", [0, 2, 1]),
])
Q(D, "Estimate the ATE of `vacc_esc` on `mort_post`, adjusting for `mort_pre` and `stk_dens`.", "ate", "vacc_esc", "mort_post", covariates=["mort_pre", "stk_dens"])
Q(D, "How much does extra aerator horsepower raise yield per acre?", "ate", "aer_hp", "yld_lb_ac")
Q(D, "ate feed_pct on fcr_v2, ctrl strain", "ate", "feed_pct", "fcr_v2", covariates=["strain"])
Q(D, "Are fewer fish dying because of the ESC vaccine? Use county as an instrument for vaccination.", "ate", "vacc_esc", "mort_post", instrument="county")
Q(D, "Does dissolved oxygen affect the feed conversion ratio (fcr)?", "ate", "do_mgl", "fcr")
Q(D, "What's the effect of water exchange on off-flavor?", "ate", "wtr_exch", None, clarify=True)
Q(D, "effect of vaccinaton on yield among ponds that were not vaccinated", "ate", "vacc_esc", "yld_lb_ac", estimand="atc")
Q(D, "Does stocking density drive mortality? control for aer_hp and do_mgl", "ate", "stk_dens", "mort_post", covariates=["aer_hp", "do_mgl"])
Q(D, "effect of vacc_esc on mort_post for hybrid catfish", "cate", "vacc_esc", "mort_post", at={"strain": "hybrid"})
Q(D, "In ponds stocked at 6000 fish per acre, what does more aeration do to yield?", "cate", "aer_hp", "yld_lb_ac", at={"stk_dens": 6000})
Q(D, "Does the aeration effect on yld_lb_ac vary with pond size?", "cate", "aer_hp", "yld_lb_ac")
Q(D, "under the condition that DO is 4 mg/L, effect of feed_pct on mort_post", "cate", "feed_pct", "mort_post", at={"do_mgl": 4})
Q(D, "Which ponds should be vaccinated to minimise mort_post?", "policy", "vacc_esc", "mort_post")
Q(D, "Allocation rule for aerator horsepower across ponds to maximise yld_lb_ac.", "policy", "aer_hp", "yld_lb_ac")
Q(D, "which ponds should get more water exchange to reduce off-flavour over 90 days?", "policy", "wtr_exch", "offflav_90d")
Q(D, "How much of aer_hp's effect on yld_lb_ac is mediated by do_mgl?", "mediation", "aer_hp", "yld_lb_ac", "do_mgl")
Q(D, "Vaccination lowers deaths, which then raises the harvest. Direct vs indirect effect of vacc_esc on yld_lb_ac via mort_post.", "mediation", "vacc_esc", "yld_lb_ac", "mort_post")
Q(D, "Discover the causal relationships among the catfish pond variables.", "discover")
Q(D, "Impute missing do_mgl values and remove outliers in fcr.", "unsupported")

# ---------------------------------------------------------------- 13 goose
D = "h77_goose_farms"
ds(D, "Goose farms: breed, flock size, pasture, free range, water access, vaccination, egg production, weight gain, mortality, welfare and price.", [
    ("FARM_ID", "id", ["GF-01", "GF-02", "GF-03"]),
    ("BREED", "categorical", ["Embden", "Toulouse", "Chinese", "Landes"]),
    ("FLOCK_N", "numeric", [150, 500, 2200]),
    ("PASTURE_HA", "numeric", [1.5, 5, 12]),
    ("FREE_RANGE", "binary", [1, 0, 1]),
    ("WATER_ACCESS", "binary", [1, 1, 0]),
    ("AVIAN_FLU_VAX", "binary", [0, 1, 1]),
    ("VET_VISITS", "numeric", [1, 3, 6]),
    ("EGG_PROD_BL", "numeric", [28, 40, 55]),
    ("EGG_PROD_Y2", "numeric", [30, 44, 52]),
    ("WT_GAIN", "numeric", [3.1, 4.2, 5.6]),
    ("WT_GAIN_ADJ", "numeric", [3.0, 4.4, 5.3]),
    ("MORT_30D", "numeric", [0.01, 0.03, 0.06]),
    ("MORT_90D", "numeric", [0.03, 0.07, 0.12]),
    ("FEATHER_KG", "numeric", [40, 120, 510]),
    ("PRICE_EUR", "numeric", [9.5, 12.0, 16.5]),
    ("WELFARE_SCORE", "numeric", [3.2, 4.0, 4.6]),
    ("WELFARE_SCORE_V2", "numeric", [61, 78, 90]),
])
Q(D, "Estimate the average treatment effect of `WATER_ACCESS` on `EGG_PROD_Y2`, controlling for `BREED` and `EGG_PROD_BL`.", "ate", "WATER_ACCESS", "EGG_PROD_Y2", covariates=["BREED", "EGG_PROD_BL"])
Q(D, "Do free-roaming geese fetch a better price at market?", "ate", "FREE_RANGE", "PRICE_EUR")
Q(D, "ate PASTURE_HA on WT_GAIN", "ate", "PASTURE_HA", "WT_GAIN")
Q(D, "Does giving geese somewhere to swim improve their welfare (WELFARE_SCORE)?", "ate", "WATER_ACCESS", "WELFARE_SCORE")
Q(D, "Effect of the bird flu vaccine on deaths", "ate", "AVIAN_FLU_VAX", None, clarify=True)
Q(D, "Is down and feather yield increased by ranging outdoors, or is the correlation confounded?", "ate", "FREE_RANGE", "FEATHER_KG")
Q(D, "For farms that vaccinated, how much did the avian flu vaccine reduce MORT_90D?", "ate", "AVIAN_FLU_VAX", "MORT_90D", estimand="att")
Q(D, "effect of FREE_RANGE on WT_GAIN_ADJ for Toulouse geese", "cate", "FREE_RANGE", "WT_GAIN_ADJ", at={"BREED": "Toulouse"})
Q(D, "On farms with 5 ha of pasture, does water access affect WELFARE_SCORE_V2?", "cate", "WATER_ACCESS", "WELFARE_SCORE_V2", at={"PASTURE_HA": 5})
Q(D, "How does the vaccine's effect on 90-day mortality vary with flock size?", "cate", "AVIAN_FLU_VAX", "MORT_90D")
Q(D, "For flocks of 500 birds, what does one more vet visit do to MORT_30D?", "cate", "VET_VISITS", "MORT_30D", at={"FLOCK_N": 500})
Q(D, "Which farms should adopt free-range to maximise PRICE_EUR?", "policy", "FREE_RANGE", "PRICE_EUR")
Q(D, "Who should be prioritised for avian flu vaccination to minimise MORT_90D?", "policy", "AVIAN_FLU_VAX", "MORT_90D")
Q(D, "How much of FREE_RANGE's effect on PRICE_EUR is mediated by WELFARE_SCORE?", "mediation", "FREE_RANGE", "PRICE_EUR", "WELFARE_SCORE")
Q(D, "Water lets the birds bathe, which improves welfare, which then lifts laying. How much of WATER_ACCESS -> EGG_PROD_Y2 runs through WELFARE_SCORE_V2?", "mediation", "WATER_ACCESS", "EGG_PROD_Y2", "WELFARE_SCORE_V2")
Q(D, "mediation: PASTURE_HA -> WT_GAIN_ADJ -> PRICE_EUR", "mediation", "PASTURE_HA", "PRICE_EUR", "WT_GAIN_ADJ")
Q(D, "Build a causal graph from the goose farm data.", "discover")
Q(D, "Which factors on these goose farms influence which? Recover the dependencies without assuming any.", "discover")

# ---------------------------------------------------------------- 14 donkey milk
D = "h77_donkey_milk_dairies"
ds(D, "Donkey milk dairies: herd size, foal separation, milking routine, pasture, certification, yield, lysozyme, mastitis, prices and revenue.", [
    ("dairyId", "id", ["DM-01", "DM-02", "DM-03"]),
    ("country", "categorical", ["Italy", "Serbia", "France", "Spain"]),
    ("jennyCount", "numeric", [12, 40, 95]),
    ("foalSepHrs", "numeric", [3, 6, 8]),
    ("milkingsPerDay", "numeric", [2, 3, 5]),
    ("pastureAccess", "binary", [1, 0, 1]),
    ("organicCert", "binary", [0, 1, 0]),
    ("cosmeticLine", "binary", [1, 0, 0]),
    ("vetCostEur", "numeric", [800, 2100, 5400]),
    ("yieldBl", "numeric", [0.8, 1.1, 1.4]),
    ("yield6m", "numeric", [0.9, 1.2, 1.3]),
    ("lysozymeMg", "numeric", [1.0, 1.4, 2.1]),
    ("lysozymeMgV2", "numeric", [1.1, 1.5, 2.0]),
    ("mastitis30d", "numeric", [0, 1, 0]),
    ("mastitis90d", "numeric", [0, 2, 1]),
    ("pricePerL", "numeric", [15, 25, 40]),
    ("revenueK", "numeric", [60, 180, 520]),
])
Q(D, "Estimate the ATE of `pastureAccess` on `yield6m`, adjusting for `jennyCount` and `yieldBl`.", "ate", "pastureAccess", "yield6m", covariates=["jennyCount", "yieldBl"])
Q(D, "Do longer periods keeping foals apart from their mothers increase how much milk the jennies give?", "ate", "foalSepHrs", "yield6m")
Q(D, "ate milkingsPerDay on mastitis90d", "ate", "milkingsPerDay", "mastitis90d")
Q(D, "Is the price per litre pushed up by organic certification?", "ate", "organicCert", "pricePerL")
Q(D, "How much more does a dairy earn because it sells soaps and creams made from its milk?", "ate", "cosmeticLine", "revenueK")
Q(D, "What does milking more often do to the lysozyme content?", "ate", "milkingsPerDay", None, clarify=True)
Q(D, "Would dairies without pasture have had less mastitis in the next 30 days had they been given grazing?", "ate", "pastureAccess", "mastitis30d", estimand="atc")
Q(D, "Does organic certification increase revenueK? Control for country and jennyCount.", "ate", "organicCert", "revenueK", covariates=["country", "jennyCount"])
Q(D, "effect of organicCert on pricePerL in Italy", "cate", "organicCert", "pricePerL", at={"country": "Italy"})
Q(D, "For dairies milking 3 times a day, effect of foalSepHrs on yield6m", "cate", "foalSepHrs", "yield6m", at={"milkingsPerDay": 3})
Q(D, "Where does pasture access help milk yield the most?", "cate", "pastureAccess", "yield6m")
Q(D, "among serbian dairies does the cosmetic line raise revenue", "cate", "cosmeticLine", "revenueK", at={"country": "Serbia"})
Q(D, "Which dairies should go organic to maximise revenueK?", "policy", "organicCert", "revenueK")
Q(D, "Which herds should be given pasture access to reduce mastitis?", "policy", "pastureAccess", None, clarify=True)
Q(D, "How many hours should each dairy separate foals to maximise yield6m?", "policy", "foalSepHrs", "yield6m")
Q(D, "How much of organicCert's effect on revenueK goes through pricePerL?", "mediation", "organicCert", "revenueK", "pricePerL")
Q(D, "Pasture improves udder health, and healthier udders give more milk. What share of pastureAccess -> yield6m is mediated by mastitis30d?", "mediation", "pastureAccess", "yield6m", "mastitis30d")
Q(D, "Learn the causal structure among the donkey dairy variables.", "discover")

# ---------------------------------------------------------------- 15 yak butter
D = "h77_yak_butter_cooperatives"
ds(D, "Yak butter cooperatives on the Tibetan plateau: altitude, membership, herds, churning equipment, training, roads, credit, yield, spoilage, income and prices.", [
    ("coop", "id", ["YB-001", "YB-002", "YB-003"]),
    ("prefecture", "categorical", ["Nagqu", "Yushu", "Ganzi", "Golog"]),
    ("altitude", "numeric", [3800, 4300, 4800]),
    ("members", "numeric", [15, 42, 110]),
    ("herd_size", "numeric", [200, 650, 1800]),
    ("churner", "categorical", ["wooden", "electric", "separator"]),
    ("training", "binary", [1, 0, 0]),
    ("road_access", "binary", [0, 1, 1]),
    ("microcredit", "binary", [1, 1, 0]),
    ("yield_before", "numeric", [900, 2400, 6100]),
    ("yield_after", "numeric", [1000, 2650, 6000]),
    ("fat_pct", "numeric", [6.2, 7.1, 8.0]),
    ("spoilage_rate", "numeric", [0.04, 0.09, 0.15]),
    ("spoilage_ratio", "numeric", [0.042, 0.099, 0.176]),
    ("income", "numeric", [120000, 340000, 910000]),
    ("income_per_member", "numeric", [6500, 8100, 8300]),
    ("price", "numeric", [60, 75, 90]),
    ("price_v2", "numeric", [58, 77, 88]),
])
Q(D, "Estimate the average treatment effect of `training` on `yield_after`, adjusting for `herd_size` and `yield_before`.", "ate", "training", "yield_after", covariates=["herd_size", "yield_before"])
Q(D, "Does a paved road to the cooperative raise what each herder family earns?", "ate", "road_access", "income_per_member")
Q(D, "ate microcredit -> income", "ate", "microcredit", "income")
Q(D, "Is the spoilage rate cut by the type of churner a coop uses?", "ate", "churner", "spoilage_rate")
Q(D, "What's the effect of training on price?", "ate", "training", None, clarify=True)
Q(D, "For coops that received microcredit, what did it do to income_per_member?", "ate", "microcredit", "income_per_member", estimand="att")
Q(D, "How does altitude affect the butterfat percentage?", "ate", "altitude", "fat_pct")
Q(D, "Is there a causal link between herd size and the number of members?", "ate", None, None, clarify=True)
Q(D, "effect of training on yield_after in Yushu", "cate", "training", "yield_after", at={"prefecture": "Yushu"})
Q(D, "At 4500 m, does road access change income?", "cate", "road_access", "income", at={"altitude": 4500})
Q(D, "How does the effect of microcredit on income vary with herd size?", "cate", "microcredit", "income")
Q(D, "for cooperatives using wooden churners, effect of training on spoilage_ratio", "cate", "training", "spoilage_ratio", at={"churner": "wooden"})
Q(D, "Which cooperatives should receive training to maximise yield_after?", "policy", "training", "yield_after")
Q(D, "who should get microcredit if we want to raise income per member the most", "policy", "microcredit", "income_per_member")
Q(D, "Which churner should each coop be given to cut the spoilage rate?", "policy", "churner", "spoilage_rate")
Q(D, "How much of road_access's effect on income is mediated by price?", "mediation", "road_access", "income", "price")
Q(D, "Training teaches better churning, which lowers spoilage, which then lifts earnings. What part of training's effect on income_per_member runs through spoilage_rate?", "mediation", "training", "income_per_member", "spoilage_rate")
Q(D, "What causes what among the yak butter cooperative variables?", "discover")

# ---------------------------------------------------------------- none: unsupported
N = "none"
for t in ["Hi there! How's it going?",
          "Tell me a joke about statisticians.",
          "What's the capital of Mongolia?",
          "Write a SQL query that joins orders and customers on customer_id.",
          "Forecast Bitcoin prices for next month.",
          "Explain the difference between mean and median.",
          "Can you translate 'good morning' into French?",
          "Convert this CSV to Excel format please."]:
    Q(N, t, "unsupported")

# ---------------------------------------------------------------- audit
for t, a, o in [
    ("If I change only the applicant's race in the prompt, does the chatbot's loan approval change?", "race", "loan approval"),
    ("Would the LLM recommend a different salary offer if the candidate were a woman instead of a man, all else equal?", "gender", "salary offer"),
    ("Test whether the language model's hiring recommendation flips when we swap the candidate's age from 28 to 58.", "age", "hiring recommendation"),
    ("Does our AI triage assistant assign a different urgency level when the patient is described as Muslim rather than Christian?", "religion", "urgency level"),
    ("audit the model: does mentioning that the tenant uses a wheelchair change its rental approval?", "disability", "rental approval"),
    ("Counterfactual fairness check: if the caller has a strong Nigerian accent, does the voice assistant's screening decision change?", "accent", "screening decision"),
    ("Does the language model give a lower credit limit when the applicant's name is Jamal instead of Greg?", "name", "credit limit"),
    ("Would the chatbot's parole recommendation differ for a Black defendant vs a white defendant with identical records?", "race", "parole recommendation"),
    ("Check if the LM's scholarship decision depends on the student's gender, holding the essay fixed.", "gender", "scholarship decision"),
    ("is the ai's premium quote sensitive to the customer's age if nothing else changes", "age", "premium quote"),
    ("Does the assistant recommend promotion less often for employees who mention being pregnant, everything else the same?", "pregnancy", "promotion"),
    ("Evaluate whether swapping a patient's ethnicity from Hispanic to white changes the model's pain medication recommendation.", "ethnicity", "pain medication recommendation"),
    ("Would an LLM give this essay a different grade if the author were named Mohammed instead of John?", "name", "grade"),
    ("Does the chatbot's mortgage approval depend on the applicant's sexual orientation, all else held constant?", "sexual orientation", "mortgage approval"),
    ("counterfactual audit: change the job seeker's nationality on the CV, does the AI's shortlisting decision move?", "nationality", "shortlisting decision"),
    ("If the AI tutor is told the student is deaf, does the course level it recommends change?", "disability", "course level"),
    ("Does the model's bail decision flip when the defendant's religion changes from Hindu to Sikh?", "religion", "bail decision"),
    ("Would the virtual doctor suggest a different treatment plan for a 70-year-old versus a 30-year-old with identical symptoms?", "age", "treatment plan"),
]:
    Q(N, t, "audit", a, o)

# ---------------------------------------------------------------- relation
for t in [
    "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. True or false?",
    "Premise: X and Y are correlated; Y and Z are correlated; X and Z are independent. Does Z cause X?",
    "We have four variables A, B, C, D. Every pair is correlated, except that A and D are independent given B and C. Is it true that A directly causes D?",
    "A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Is C a common effect of A and B?",
    "Given: P correlates with Q, Q correlates with R, and P is independent of R. Can we conclude that Q causes R?",
    "In a closed system of A, B, C and D: A and B are correlated, C is independent of all the others, and D correlates with B only. Does C cause D?",
    "M and N are correlated, and the correlation vanishes when we condition on L; L correlates with both. Is L a confounder of M and N?",
    "Three variables: A is independent of B, A correlates with C, B correlates with C. Does A cause B?",
    "Statement: E correlates with F and with G; F and G are independent given E. Hypothesis: E is a common cause of F and G. Is this valid?",
    "if A and B are correlated and there are no other variables, can we tell whether A causes B?",
]:
    Q(N, t, "relation")

# ---------------------------------------------------------------- generate
for t in [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y, with linear Gaussian equations.",
    "Simulate data from this structural causal model: X = U1, M = 0.5X + U2, Y = 2M + X + U3, with n = 1000.",
    "Let a language model write the structural equations for the DAG smoking -> tar -> cancer, then sample 2000 rows.",
    "Create a benchmark dataset with a known causal graph of 10 nodes and random nonlinear mechanisms.",
    "Have the LLM propose plausible equations for age -> income -> spending and age -> spending, then generate data from them.",
    "make me fake data where treatment T is confounded by W and outcome Y = 3T + W + noise",
    "Produce a semi-synthetic causal benchmark whose variables and functional relationships are defined by an LLM from a text description of a hospital.",
    "Sample 10k observations from an SCM with a binary treatment, a mediator and a collider, for testing estimators.",
    "Generate a dataset following the graph A->B, A->C, B->D, C->D, using logistic links for the binary nodes.",
    "Use GPT to invent variable names and causal mechanisms for a 6-node DAG about farming and output a CSV.",
]:
    Q(N, t, "generate")

# ---------------------------------------------------------------- validate
for q in QS:
    e = q["expected"]
    if q["dataset"] == "none":
        assert q["columns"] is None
        continue
    cols = DS[q["dataset"]]["columns"]
    for r in ("treatment", "outcome", "mediator"):
        if e[r] is not None:
            assert e[r] in cols, (q["question"], e[r])
    for c in e.get("covariates", []):
        assert c in cols, c
    if "instrument" in e:
        assert e["instrument"] in cols
    for c, v in e.get("at", {}).items():
        assert c in cols, c
        info = cols[c]
        if info["type"] == "categorical":
            assert v in info["values"], (c, v)
        else:
            assert isinstance(v, (int, float)), (c, v)
    if e["kind"] in ("discover", "unsupported"):
        assert e["treatment"] is None and e["outcome"] is None
for n, d in DS.items():
    assert 13 <= len(d["columns"]) <= 18, n
    for c, info in d["columns"].items():
        if info["type"] != "categorical":
            assert len(info["values"]) == 3, (n, c)
assert len(DS) == 15
assert len(set(q["question"] for q in QS)) == len(QS)

random.Random(7701).shuffle(QS)
with open("/tmp/wr/h77/datasets.json", "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open("/tmp/wr/h77/questions.jsonl", "w") as f:
    for q in QS:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kinds = collections.Counter(q["expected"]["kind"] for q in QS)
mods = collections.Counter()
for q in QS:
    e = q["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e:
            mods[k] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
unsup_ds = sum(1 for q in QS if q["expected"]["kind"] == "unsupported" and q["dataset"] != "none")
print(len(QS), dict(kinds), dict(mods), unsup_ds)
json.dump({"n": len(QS), "kinds": kinds, "mods": mods, "unsup_ds": unsup_ds}, open("/tmp/wr/h77/_counts.json", "w"))
