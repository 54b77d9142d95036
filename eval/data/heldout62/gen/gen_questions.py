import json, random
D = json.load(open("/tmp/wr/h62/datasets.json"))
Q = []
cur = None
def q(kind, text, t=None, y=None, m=None, **kw):
    ds = cur
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw: e[k] = kw.pop(k)
    assert not kw, kw
    if ds is not None:
        cols = list(D[ds]["columns"])
        for r in (t, y, m, e.get("instrument")):
            assert r is None or r in cols, (ds, r, text)
        for c in e.get("covariates", []): assert c in cols, (ds, c)
        for c, v in e.get("at", {}).items():
            assert c in cols, (ds, c)
            ty = D[ds]["columns"][c]["type"]
            if ty == "categorical": assert v in D[ds]["columns"][c]["values"], (c, v)
            else: assert isinstance(v, (int, float)), (c, v)
        Q.append({"question": text, "dataset": ds, "columns": cols, "split": "test", "origin": "heldout62", "expected": e})
    else:
        Q.append({"question": text, "dataset": "none", "columns": None, "split": "test", "origin": "heldout62", "expected": e})

# ---------------- lace ----------------
cur = "h62_lace"
q("ate", "Estimate the average treatment effect of `pat_crs` on `sph_6m`, adjusting for `age_yr` and `yrs_lace`.", "pat_crs", "sph_6m", covariates=["age_yr", "yrs_lace"])
q("ate", "Does taking the pattern-reading course genuinely make lacemakers quicker with their bobbins, or is it just that keener people sign up for it?", "pat_crs", "sph_6m")
q("ate", "ate mag_lamp -> err_rate", "mag_lamp", "err_rate")
q("ate", "do members who work under a magnifier make fewer mistakes in their lace", "mag_lamp", "err_rate")
q("ate", "What is the effect of the pattern course on members dropping out of the circle?", "pat_crs", None, clarify=True)
q("ate", "Among the lacemakers who actually took the pattern course (pat_crs = 1), how much did it raise their confidence index (conf_idx)?", "pat_crs", "conf_idx", estimand="att")
q("ate", "effect of practise hours per week on quality score", "hrs_wk", None, clarify=True)
q("ate", "Causal impact of hrs_wk on qual_scr_v2 controlling for bob_type.", "hrs_wk", "qual_scr_v2", covariates=["bob_type"])
q("cate", "What is the effect of `pat_crs` on `sph_6m` for rural circles only (`rural` = 1)?", "pat_crs", "sph_6m", at={"rural": 1})
q("cate", "for members over 70, does the magnifier lamp cut the error rate", "mag_lamp", "err_rate", at={"age_yr": 70})
q("cate", "How does the benefit of the magnifier lamp on mistakes differ with how many years someone has been making lace?", "mag_lamp", "err_rate")
q("cate", "Under the condition that the bobbins are bone, does the course still reduce 90-day dropout?", "pat_crs", "drop_90d", at={"bob_type": "bone"})
q("policy", "Which members should we enrol on the pattern-reading course to get the most stitches per hour at six months?", "pat_crs", "sph_6m")
q("policy", "targeting rule: who gets a mag lamp (mag_lamp) to minimise err_rate", "mag_lamp", "err_rate")
q("policy", "We only have 20 course places. Allocate pat_crs to reduce drop_30d as much as possible.", "pat_crs", "drop_30d")
q("mediation", "How much of the course's effect on six-month speed runs through members' confidence?", "pat_crs", "sph_6m", "conf_idx")
q("mediation", "The pattern course works by cutting errors, which then lifts qual_scr_v2 — what share of the effect is indirect via err_rate?", "pat_crs", "qual_scr_v2", "err_rate")
q("mediation", "mag_lamp -> err_rate -> qual_scr, direct vs indirect", "mag_lamp", "qual_scr", "err_rate")
q("discover", "Learn the causal structure among the lace circle variables.")
q("unsupported", "Plot a histogram of age_yr.")

# ---------------- lampwork ----------------
cur = "h62_lampwork"
q("ate", "Estimate the ATE of `annealing` on `breakage`.", "annealing", "breakage")
q("ate", "Does kiln annealing really reduce how many beads crack, or do experienced studios just anneal more? Adjust for experience.", "annealing", None, covariates=["experience"], clarify=True)
q("ate", "effect of oxygen concentrator on output", "oxygen", "output after")
q("ate", "Did putting in proper extraction cut the number of times lampworkers got burnt?", "ventilation", "burns")
q("ate", "ate: oxygen → revenue, control torch + glass", "oxygen", "revenue", covariates=["torch", "glass"])
q("ate", "For studios that don't anneal (annealing = 0), what would annealing have done to their sales?", "annealing", "sales", estimand="atc")
q("ate", "Is the number of apprentices causally related to beads produced afterwards (output after)?", "apprentices", "output after")
q("ate", "Using `region` as an instrument, estimate the effect of `ventilation` on `output after`.", "ventilation", "output after", instrument="region")
q("cate", "effect of annealing on breakage ratio among borosilicate studios", "annealing", "breakage ratio", at={"glass": "boro"})
q("cate", "Does an oxygen concentrator boost the number of beads made more for studios running a Hothead torch?", "oxygen", "output after", at={"torch": "hothead"})
q("cate", "For which kinds of studio is the effect of `ventilation` on `burns` largest?", "ventilation", "burns")
q("cate", "annealing -> revenue, wales only", "annealing", "revenue", at={"region": "wales"})
q("policy", "Which studios should be offered a subsidised oxygen concentrator to maximise `output after`?", "oxygen", "output after")
q("policy", "decide which studios to fund ventilation in so burns go down", "ventilation", "burns")
q("policy", "Propose a rule for which studios ought to anneal their beads to maximise revenue.", "annealing", "revenue")
q("mediation", "Does annealing raise sales because it lowers breakage? Split the effect into direct and indirect parts.", "annealing", "sales", "breakage")
q("mediation", "oxygen → output after → revenue: what's the indirect share?", "oxygen", "revenue", "output after")
q("discover", "Which studio factors drive which? Recover the dependency structure from the data.")
q("discover", "run PC / causal discovery on the lampwork table")
q("unsupported", "Give me the mean and median of sales by region.")

# ---------------- grinders ----------------
cur = "h62_grinders"
q("ate", "Estimate the average causal effect of CERT_SHARP on EDGE_SCR_POST, controlling for YRS_TRADE and WHEEL_TYPE.", "CERT_SHARP", "EDGE_SCR_POST", covariates=["YRS_TRADE", "WHEEL_TYPE"])
q("ate", "Do grinders who run a mobile van earn more per week?", "MOBILE_VAN", None, clarify=True)
q("ate", "does a water cooled wheel make the knives come back sharper", "WATER_COOL", "EDGE_SCR_POST")
q("ate", "ate LOYALTY_CRD on RPT_CUST_90D", "LOYALTY_CRD", "RPT_CUST_90D")
q("ate", "Is the drop in injuries among water-cooled grinders causal, or is it confounded by years in the trade? Adjust for YRS_TRADE.", "WATER_COOL", "INJ_CNT", covariates=["YRS_TRADE"])
q("ate", "How does the price charged per knife affect the number of jobs a grinder gets each week?", "PRICE_GBP", "JOBS_WK")
q("ate", "For grinders who did the sharpening certification, what did it do to their weekly revenue (REV_WK)?", "CERT_SHARP", "REV_WK", estimand="att")
q("ate", "impact of loyalty cards on repeat custmers", "LOYALTY_CRD", None, clarify=True)
q("cate", "effect of MOBILE_VAN on INCOME_WK where URBAN == 1", "MOBILE_VAN", "INCOME_WK", at={"URBAN": 1})
q("cate", "When the price is £8 a knife, what effect does a loyalty card have on customers returning within 30 days?", "LOYALTY_CRD", "RPT_CUST_30D", at={"PRICE_GBP": 8})
q("cate", "Who benefits most from the certification in terms of edge sharpness?", "CERT_SHARP", "EDGE_SCR_POST")
q("cate", "among diamond-wheel grinders does water cooling reduce inj_cnt", "WATER_COOL", "INJ_CNT", at={"WHEEL_TYPE": "diamond"})
q("policy", "Which grinders should we hand loyalty cards to, to maximise RPT_CUST_90D?", "LOYALTY_CRD", "RPT_CUST_90D")
q("policy", "Targeting policy for CERT_SHARP to raise REV_WK; the budget covers 30% of grinders.", "CERT_SHARP", "REV_WK")
q("policy", "Which grinders should be put through certification to reduce customer complaints?", "CERT_SHARP", None, clarify=True)
q("mediation", "Certification lifts weekly income — is that because the edges come out sharper? Quantify the mediated part.", "CERT_SHARP", "INCOME_WK", "EDGE_SCR_POST")
q("mediation", "how much of the van effect on REV_WK is mediated by JOBS_WK", "MOBILE_VAN", "REV_WK", "JOBS_WK")
q("mediation", "Does charging more per knife lower income directly, or only by cutting the weekly job count? (PRICE_GBP, INCOME_WK, JOBS_WK)", "PRICE_GBP", "INCOME_WK", "JOBS_WK")
q("discover", "causal discovery on the knife grinder columns pls")
q("unsupported", "Write SQL that selects all grinders with INJ_CNT > 2.")

# ---------------- handbell ----------------
cur = "h62_handbell"
q("ate", "Estimate the effect of `techniqueCourse` on `wristPain6m`, adjusting for `ageYrs` and `wristPainBl`.", "techniqueCourse", "wristPain6m", covariates=["ageYrs", "wristPainBl"])
q("ate", "Do ringers who come along to more practices each week miss fewer of their entries?", "weeklyRehearsals", "missedCues12m")
q("ate", "effect of reading music on tempo accuracy", "readsMusic", None, clarify=True)
q("ate", "Does the technique class cut the chance that someone gives up handbells within three months?", "techniqueCourse", "quit90d")
q("ate", "ate techniqueCourse missedCues12m", "techniqueCourse", "missedCues12m")
q("ate", "Among ringers who did the technique course, what was its effect on tempoAccuracyV2?", "techniqueCourse", "tempoAccuracyV2", estimand="att")
q("ate", "Is quitting in the first month driven by how big the choir is?", "choirSize", "quit30d")
q("ate", "would ringers who skipped the technique course have had less wrist pain had they taken it", "techniqueCourse", "wristPain6m", estimand="atc")
q("cate", "Effect of techniqueCourse on missedCues12m for advanced ensembles (ensembleLevel = advanced).", "techniqueCourse", "missedCues12m", at={"ensembleLevel": "advanced"})
q("cate", "For a 60-year-old ringer, what does one extra weekly rehearsal do to tempoAccuracy?", "weeklyRehearsals", "tempoAccuracy", at={"ageYrs": 60})
q("cate", "Does the sore-wrist benefit of the course vary with how many octaves a ringer covers?", "techniqueCourse", "wristPain6m")
q("cate", "church choirs only: techniqueCourse -> quit90d", "techniqueCourse", "quit90d", at={"churchBased": 1})
q("policy", "Who should be sent on the technique course to minimise wrist pain at six months?", "techniqueCourse", "wristPain6m")
q("policy", "allocation rule techniqueCourse → quit30d, limited spaces", "techniqueCourse", "quit30d")
q("policy", "How many rehearsals a week should each ringer be scheduled for to keep missedCues12m as low as possible?", "weeklyRehearsals", "missedCues12m")
q("mediation", "The technique course works by easing wrist pain, which then stops people quitting within 90 days. How big is that pathway?", "techniqueCourse", "quit90d", "wristPain6m")
q("mediation", "Decompose the effect of readsMusic on missedCues12m into a direct part and a part through weeklyRehearsals.", "readsMusic", "missedCues12m", "weeklyRehearsals")
q("mediation", "how much of techniqueCourse's effect on quitting goes through wrist pain", "techniqueCourse", None, "wristPain6m", clarify=True)
q("discover", "What causes what among these handbell choir variables?")
q("unsupported", "Predict which ringers will quit in the next 90 days.")

# ---------------- kitesurf ----------------
cur = "h62_kitesurf"
q("ate", "What is the average treatment effect of `radioHelmet` on `upwindDay10`?", "radioHelmet", "upwindDay10")
q("ate", "Do radio helmets cut the number of times instructors have to go out on the jet ski to fetch a student?", "radioHelmet", "rescuesCount")
q("ate", "group vs private lessons: effect on students' confidence", "groupLesson", "confidencePost")
q("ate", "ate groupLesson rebook90d adj ageYears windKnots", "groupLesson", "rebook90d", covariates=["ageYears", "windKnots"])
q("ate", "Does flying a bigger kite make beginners more likely to be riding upwind by day three?", "kiteSizeM2", "upwindDay3")
q("ate", "Is satisfaction higher because of the radio helmets, controlling for wind?", "radioHelmet", None, covariates=["windKnots"], clarify=True)
q("ate", "For students who took group lessons (groupLesson=1), how much did it change their rebooking within 30 days (rebook30d)?", "groupLesson", "rebook30d", estimand="att")
q("ate", "effect of lessonHrs on satRating, controlling for boardType", "lessonHrs", "satRating", covariates=["boardType"])
q("cate", "radioHelmet effect on upwindDay10 at 25 knots", "radioHelmet", "upwindDay10", at={"windKnots": 25})
q("cate", "For foil boarders, what does an extra hour of tuition do to how confident students feel afterwards?", "lessonHrs", "confidencePost", at={"boardType": "foil"})
q("cate", "Which students gain most from group lessons in terms of rebooking within 90 days?", "groupLesson", "rebook90d")
q("cate", "At lagoon spots (`spotType` = lagoon), does `radioHelmet` reduce `rescuesCount`?", "radioHelmet", "rescuesCount", at={"spotType": "lagoon"})
q("policy", "Which students should get a radio helmet to maximise upwind riding by day 10?", "radioHelmet", "upwindDay10")
q("policy", "Recommend a lesson format (group or private) for each student to maximise satScore.", "groupLesson", "satScore")
q("policy", "targeting: groupLesson -> rebook90d", "groupLesson", "rebook90d")
q("mediation", "radioHelmet → confidencePost → rebook90d: how much of the effect flows through confidence?", "radioHelmet", "rebook90d", "confidencePost")
q("mediation", "Do extra lesson hours raise satRating directly, or only by getting students riding upwind by day 10?", "lessonHrs", "satRating", "upwindDay10")
q("mediation", "helmets make people braver which makes them book again in a month — how much of that is the bravery bit?", "radioHelmet", "rebook30d", "confidencePost")
q("discover", "Recover the DAG for the kitesurf school data.")
q("discover", "Without assuming any ordering, work out which of the kite school variables influence which.")
q("unsupported", "Forecast next summer's lesson bookings for the school.")

# ---------------- sandyacht ----------------
cur = "h62_sandyacht"
q("ate", "Estimate the effect of `coaching` on `lap time after`, adjusting for `years sailing` and `lap time before`.", "coaching", "lap time after", covariates=["years sailing", "lap time before"])
q("ate", "Does fitting new wheels make pilots quicker round the beach course?", "new wheels", "lap time after")
q("ate", "do new wheels lead to fewer crashes", "new wheels", "crashes")
q("ate", "effect of coaching on retention", "coaching", None, clarify=True)
q("ate", "Is staying a member for a full year affected by the size of the membership fee?", "membership fee", "retained 12 months")
q("ate", "ate coaching race points", "coaching", "race points")
q("ate", "Among pilots who were coached, what was the gain in race score?", "coaching", "race score", estimand="att")
q("ate", "Does a bigger sail cause more crashes, or is that just the windier days? Hold wind speed fixed.", "sail area", "crashes", covariates=["wind speed"])
q("cate", "Effect of coaching on lap time after for class 5 yachts.", "coaching", "lap time after", at={"yacht class": "class 5"})
q("cate", "at 30 mph wind, what do new wheels do to crashes", "new wheels", "crashes", at={"wind speed": 30})
q("cate", "How does the effect of coaching on 6-month retention vary with the pilot's age?", "coaching", "retained 6 months")
q("cate", "At Pendine, does coaching improve race points?", "coaching", "race points", at={"venue": "Pendine"})
q("policy", "Which pilots should the club offer coaching to in order to keep them as members for a year?", "coaching", "retained 12 months")
q("policy", "who should get new wheels to max race points", "new wheels", "race points")
q("policy", "Design a rule for setting each member's membership fee to maximise retention at 6 months.", "membership fee", "retained 6 months")
q("mediation", "Coaching makes pilots faster, which then earns them more points. How much of coaching's effect on race points goes through lap time?", "coaching", "race points", "lap time after")
q("mediation", "Does `new wheels` affect `retained 12 months` through `crashes`?", "new wheels", "retained 12 months", "crashes")
q("discover", "Figure out the causal relationships between the sand yachting variables.")
q("discover", "learn the causal graph for the land yacht club data")
q("unsupported", "Clean up the venue column — there are misspellings like 'Pendene'.")

# ---------------- skittles ----------------
cur = "h62_skittles"
q("ate", "Estimate the ATE of ALLEY_RESURF on PIN_HITS_POST, controlling for PIN_HITS_PRE.", "ALLEY_RESURF", "PIN_HITS_POST", covariates=["PIN_HITS_PRE"])
q("ate", "Did resurfacing the alley bring in more money over the bar?", "ALLEY_RESURF", None, clarify=True)
q("ate", "effect of new pins on pin hits", "NEW_PINS", "PIN_HITS_POST")
q("ate", "Does the price of a pint affect what the pub takes at weekends?", "BEER_PRICE", "TAKINGS_WKEND")
q("ate", "Is keeping teams for two seasons helped by having a sticker-up to reset the pins?", "SETUP_BOY", "TEAM_RETAIN_2Y")
q("ate", "ate NEW_PINS -> RATING_V2, adj PUB_REGION, TEAMS_N", "NEW_PINS", "RATING_V2", covariates=["PUB_REGION", "TEAMS_N"])
q("ate", "For alleys that did not resurface, what would resurfacing have done to TEAM_RETAIN_1Y?", "ALLEY_RESURF", "TEAM_RETAIN_1Y", estimand="atc")
q("ate", "Are alleys with a pin-setter rated better (RATING), or is that confounded by region? Adjust for PUB_REGION.", "SETUP_BOY", "RATING", covariates=["PUB_REGION"])
q("cate", "NEW_PINS effect on PIN_HITS_POST where LEAGUE_NIGHT = THU", "NEW_PINS", "PIN_HITS_POST", at={"LEAGUE_NIGHT": "THU"})
q("cate", "In Somerset pubs, does resurfacing lift midweek takings?", "ALLEY_RESURF", "TAKINGS_WKDAY", at={"PUB_REGION": "SOMERSET"})
q("cate", "heterogeneity of BEER_PRICE effect on TAKINGS_WKDAY across AVG_AGE", "BEER_PRICE", "TAKINGS_WKDAY")
q("cate", "When a pint costs £4.50, what's the effect of having a sticker-up on weekend takings?", "SETUP_BOY", "TAKINGS_WKEND", at={"BEER_PRICE": 4.5})
q("policy", "Which alleys should the brewery resurface to maximise TEAM_RETAIN_1Y?", "ALLEY_RESURF", "TEAM_RETAIN_1Y")
q("policy", "rule for which pubs to fit new pins in to raise RATING_V2", "NEW_PINS", "RATING_V2")
q("policy", "Which alleys ought to hire someone to stand the pins back up, if the goal is weekend bar takings?", "SETUP_BOY", "TAKINGS_WKEND")
q("mediation", "Resurfacing works by improving pin hits, which then keeps teams in the league for a year. How much of that is indirect?", "ALLEY_RESURF", "TEAM_RETAIN_1Y", "PIN_HITS_POST")
q("mediation", "NEW_PINS → RATING → TAKINGS_WKEND mediation analysis", "NEW_PINS", "TAKINGS_WKEND", "RATING")
q("discover", "Run causal discovery over the skittles alley table.")
q("unsupported", "Summarise TAKINGS_WKEND by PUB_REGION in a table.")

# ---------------- shove ----------------
cur = "h62_shove"
q("ate", "Estimate the ATE of `trn_camp` on `beds_post`, adjusting for `beds_pre` and `yrs_plyd`.", "trn_camp", "beds_post", covariates=["beds_pre", "yrs_plyd"])
q("ate", "Does chalking the board help players get more coins into the beds?", "chalk_use", "beds_post")
q("ate", "do more coaching sessions make you win more", "coach_sess", None, clarify=True)
q("ate", "effect of pints_wk on beds_post", "pints_wk", "beds_post")
q("ate", "Is giving up the game within a year reduced by going to the training camp?", "trn_camp", "quit_12m")
q("ate", "ate trn_camp win_rate adj age pubs_lg", "trn_camp", "win_rate", covariates=["age", "pubs_lg"])
q("ate", "For players who went to the camp, how much did it raise their win percentage (win_pct)?", "trn_camp", "win_pct", estimand="att")
q("ate", "Does chalk use really raise win_rate, or is it confounded by experience?", "chalk_use", "win_rate")
q("cate", "effect of trn_camp on beds_post in div3", "trn_camp", "beds_post", at={"pubs_lg": "div3"})
q("cate", "For players with a shaky hand, does chalk help them land more coins in the beds?", "chalk_use", "beds_post", at={"hand_tremor": 1})
q("cate", "For whom is the effect of coaching on win percentage largest?", "coach_sess", "win_pct")
q("cate", "At 10 pints a week, what is the effect of `coach_sess` on `beds_post`?", "coach_sess", "beds_post", at={"pints_wk": 10})
q("policy", "Which players should the league send to training camp to cut quitting within six months?", "trn_camp", "quit_6m")
q("policy", "how many coaching sessions should each player get to maximise win_rate", "coach_sess", "win_rate")
q("mediation", "trn_camp -> beds_post -> win_pct, indirect effect?", "trn_camp", "win_pct", "beds_post")
q("mediation", "Coaching improves bedding, and that's what keeps players from quitting at twelve months — is that the main pathway?", "coach_sess", "quit_12m", "beds_post")
q("discover", "Learn the causal structure of the shove ha'penny data.")
q("unsupported", "What's the correlation between pints_wk and age?")

# ---------------- tiddly ----------------
cur = "h62_tiddly"
q("ate", "Estimate the effect of `coachingSessions` on `pottedPost`, controlling for `pottedPre`.", "coachingSessions", "pottedPost", covariates=["pottedPre"])
q("ate", "Does practising on a felt mat get more winks into the pot?", "feltMat", "pottedPost")
q("ate", "effect of playing pairs on ranking", "pairsFormat", None, clarify=True)
q("ate", "Does belonging to a university club keep players around for three months?", "uniMember", "retained90d")
q("ate", "ate hoursPracticeWk → squopsPerGame", "hoursPracticeWk", "squopsPerGame")
q("ate", "Are players' nerves calmed by playing in more tournaments a year?", "tournamentsYr", "nervousIdx")
q("ate", "For players not on felt mats, what would switching do to their rankScoreV2?", "feltMat", "rankScoreV2", estimand="atc")
q("ate", "Using `uniMember` as an instrument, estimate the effect of `coachingSessions` on `rankScore`.", "coachingSessions", "rankScore", instrument="uniMember")
q("ate", "estimate the causal effect between hoursPracticeWk and nervousIdx", None, None, clarify=True)
q("cate", "feltMat effect on pottedPost for large squidgers", "feltMat", "pottedPost", at={"squidgerSize": "large"})
q("cate", "For a 20-year-old player, what is the effect of coachingSessions on rankScore?", "coachingSessions", "rankScore", at={"ageYrs": 20})
q("cate", "How does the pairs format's effect on 30-day retention vary with how nervous a player is?", "pairsFormat", "retained30d")
q("cate", "Under the condition that a player practises 5 hours a week, does the felt mat still lift potting?", "feltMat", "pottedPost", at={"hoursPracticeWk": 5})
q("policy", "Which members should the club offer coaching to, to maximise rankScoreV2?", "coachingSessions", "rankScoreV2")
q("policy", "who should we steer into pairs play so they're still with us after a month", "pairsFormat", "retained30d")
q("policy", "targeting feltMat pottedPost", "feltMat", "pottedPost")
q("mediation", "Coaching helps ranking by improving potting. Quantify direct vs indirect (coachingSessions, pottedPost, rankScore).", "coachingSessions", "rankScore", "pottedPost")
q("mediation", "tournamentsYr -> nervousIdx -> retained90d", "tournamentsYr", "retained90d", "nervousIdx")
q("discover", "Which variables in the tiddlywinks data cause which? Don't assume an ordering.")
q("discover", "structure learning on tiddly dataset, return edges")

# ---------------- conker ----------------
cur = "h62_conker"
q("ate", "Estimate the ATE of VINEGAR_SOAK on SMASHES_POST, adjusting for CONKER_MASS_G.", "VINEGAR_SOAK", "SMASHES_POST", covariates=["CONKER_MASS_G"])
q("ate", "Does baking your conker in the oven make it smash more opponents?", "OVEN_BAKED", "SMASHES_POST")
q("ate", "does oven baking improve scores", "OVEN_BAKED", None, clarify=True)
q("ate", "Are bruised knuckles caused by longer strings?", "STRING_LEN_CM", "KNUCKLE_INJ")
q("ate", "ate PRACTICE_HRS on SCORE_V2 adj AGE GENDER", "PRACTICE_HRS", "SCORE_V2", covariates=["AGE", "GENDER"])
q("ate", "Does pickling the nut in vinegar make entrants more likely to come back next year?", "VINEGAR_SOAK", "RETURN_1Y")
q("ate", "Among entrants who soaked their conkers, what was the effect on SCORE?", "VINEGAR_SOAK", "SCORE", estimand="att")
q("ate", "Does a conker's weight matter for smashes, or is it confounded by where the nut came from? Control for NUT_SOURCE.", "CONKER_MASS_G", "SMASHES_POST", covariates=["NUT_SOURCE"])
q("cate", "effect of OVEN_BAKED on SMASHES_POST at 50F", "OVEN_BAKED", "SMASHES_POST", at={"TEMP_F": 50})
q("cate", "For conkers gathered in woodland, does soaking in vinegar help them smash more?", "VINEGAR_SOAK", "SMASHES_POST", at={"NUT_SOURCE": "woodland"})
q("cate", "Which entrants benefit most from practice, in terms of SCORE_V2?", "PRACTICE_HRS", "SCORE_V2")
q("cate", "Among female entrants (GENDER = F), what is the effect of PRACTICE_HRS on KNUCKLE_INJ?", "PRACTICE_HRS", "KNUCKLE_INJ", at={"GENDER": "F"})
q("policy", "Who should be advised to oven-bake their conker to maximise SMASHES_POST?", "OVEN_BAKED", "SMASHES_POST")
q("policy", "Recommend how many hours each entrant should practise to maximise the chance they return within 3 years.", "PRACTICE_HRS", "RETURN_3Y")
q("policy", "vinegar soak targeting to keep knuckle injuries down", "VINEGAR_SOAK", "KNUCKLE_INJ")
q("mediation", "Vinegar soaking makes the nut heavier, which then wins more smashes. How much of the soak's effect works that way?", "VINEGAR_SOAK", "SMASHES_POST", "CONKER_MASS_G")
q("mediation", "PRACTICE_HRS → SMASHES_POST → RETURN_1Y", "PRACTICE_HRS", "RETURN_1Y", "SMASHES_POST")
q("mediation", "How much of the effect of OVEN_BAKED on SCORE_V2 operates through SMASHES_POST?", "OVEN_BAKED", "SCORE_V2", "SMASHES_POST")
q("discover", "causal graph discovery, conker championship data")
q("unsupported", "tell me a joke about conkers")

# ---------------- coasteer ----------------
cur = "h62_coasteer"
q("ate", "Estimate the average treatment effect of `rescueCert` on `incidentsPost`, adjusting for `incidentsPre`, `yearsGuiding` and `groupSize`.", "rescueCert", "incidentsPost", covariates=["incidentsPre", "yearsGuiding", "groupSize"])
q("ate", "Do longer safety talks before setting off mean fewer accidents on the rocks?", "safetyBriefMin", "incidentsPost")
q("ate", "Does a rescue qualification make clients happier?", "rescueCert", None, clarify=True)
q("ate", "ate drySuitTrial clientRatingV2", "drySuitTrial", "clientRatingV2")
q("ate", "Is coming back within 90 days driven by the height of the biggest cliff jump?", "cliffJumpMaxM", "rebook90d")
q("ate", "effect of group size on incidentsPost holding swell and tide fixed", "groupSize", "incidentsPost", covariates=["tideHeightM", "swellFt"])
q("ate", "For guides who hold the rescue certificate, what has it done to 30-day rebooking?", "rescueCert", "rebook30d", estimand="att")
q("ate", "Would guides without a rescue cert have fewer incidents if they were certified?", "rescueCert", "incidentsPost", estimand="atc")
q("cate", "rescueCert on incidentsPost when swell is 6 ft", "rescueCert", "incidentsPost", at={"swellFt": 6})
q("cate", "On limestone coastline, does a longer briefing reduce incidents?", "safetyBriefMin", "incidentsPost", at={"coastType": "limestone"})
q("cate", "How does the dry-suit trial's effect on clientRating vary with tide height?", "drySuitTrial", "clientRating")
q("cate", "For guides with 10 years' experience, what's the effect of `groupSize` on `rebook30d`?", "groupSize", "rebook30d", at={"yearsGuiding": 10})
q("policy", "Which guides should the centre put through rescue certification to minimise incidents?", "rescueCert", "incidentsPost")
q("policy", "how long should the safety brief be for each trip to maximise clientRatingV2", "safetyBriefMin", "clientRatingV2")
q("policy", "Targeting rule for the dry-suit trial to maximize 90-day rebooking (drySuitTrial, rebook90d).", "drySuitTrial", "rebook90d")
q("mediation", "rescueCert → fewer incidents → higher clientRating: what share is mediated?", "rescueCert", "clientRating", "incidentsPost")
q("mediation", "Does the length of the safety briefing bring people back within 90 days by way of fewer incidents, or directly?", "safetyBriefMin", "rebook90d", "incidentsPost")
q("discover", "Recover the cause-and-effect structure among the coasteering trip variables.")
q("unsupported", "Make a scatter plot of swellFt against incidentsPost.")

# ---------------- gorge ----------------
cur = "h62_gorge"
q("ate", "Estimate the ATE of `ropes` on `injuries after`, adjusting for `injuries before` and `rainfall`.", "ropes", "injuries after", covariates=["injuries before", "rainfall"])
q("ate", "Has staff training actually made the gorge walks safer?", "training", "injuries after")
q("ate", "effect of price on bookings", "price", None, clarify=True)
q("ate", "Does having more guides per group raise satisfaction v2?", "guide ratio", "satisfaction v2")
q("ate", "ate training repeat visits", "training", "repeat visits")
q("ate", "Are repeat visits boosted by fixed ropes, or is it just the region? Control for region.", "ropes", "repeat visits", covariates=["region"])
q("ate", "For centres that trained their staff, what was the effect on satisfaction?", "training", "satisfaction", estimand="att")
q("ate", "Does taking school parties change how busy the centre is at weekends?", "school groups", "bookings weekend")
q("cate", "ropes effect on injuries after, Scotland only", "ropes", "injuries after", at={"region": "scotland"})
q("cate", "At a water temperature of 12 degrees, does staff training reduce injuries?", "training", "injuries after", at={"water temp": 12})
q("cate", "Where is the effect of price on weekday bookings strongest?", "price", "bookings weekday")
q("cate", "In Wales, what does training do to staff turnover?", "training", None, at={"region": "wales"}, clarify=True)
q("policy", "Which centres should install fixed ropes to cut injuries?", "ropes", "injuries after")
q("policy", "what price should each centre charge to maximise bookings weekend", "price", "bookings weekend")
q("mediation", "Training makes trips safer, and safer trips bring people back. How much of training's effect on repeat visits runs through injuries?", "training", "repeat visits", "injuries after")
q("mediation", "guide ratio → satisfaction → repeat visits: direct vs indirect", "guide ratio", "repeat visits", "satisfaction")
q("discover", "Which factors at gorge walking centres influence which? Estimate the causal structure.")
q("unsupported", "What was the average rainfall across centres?")

# ---------------- cockle ----------------
cur = "h62_cockle"
q("ate", "Estimate the average treatment effect of `tide_app` on `strand_inc`, adjusting for `yrs_exp` and `bed_loc`.", "tide_app", "strand_inc", covariates=["yrs_exp", "bed_loc"])
q("ate", "Do pickers who use the tide-alert app need rescuing less often over the following three months?", "tide_app", "rescue_90d")
q("ate", "Does holding a licence raise weekly earnings?", "lic_hld", None, clarify=True)
q("ate", "effect of gps unit on rescues", "gps_unit", None, clarify=True)
q("ate", "ate lic_hld kg_post adj kg_pre", "lic_hld", "kg_post", covariates=["kg_pre"])
q("ate", "Does staying out longer on each tide increase the haul?", "hrs_tide", "kg_post")
q("ate", "For licence holders, what did the licence do to their earn_wk?", "lic_hld", "earn_wk", estimand="att")
q("ate", "Would unlicensed pickers have been cut off by the tide less often if they had been licensed?", "lic_hld", "strand_inc", estimand="atc")
q("cate", "tide_app effect on strand_inc at morecambe", "tide_app", "strand_inc", at={"bed_loc": "morecambe"})
q("cate", "For crews of 4, what is the effect of gps_unit on rescue_30d?", "gps_unit", "rescue_30d", at={"crew_sz": 4})
q("cate", "Which pickers gain most from the tide app in terms of 90-day rescue risk?", "tide_app", "rescue_90d")
q("cate", "When cockles fetch £2 a kilo, does being licensed raise inc_wk?", "lic_hld", "inc_wk", at={"px_kg": 2})
q("policy", "Which pickers should be given a GPS unit to minimise strandings?", "gps_unit", "strand_inc")
q("policy", "who should get free tide app subscriptions to cut rescues within 30 days", "tide_app", "rescue_30d")
q("policy", "Licence-targeting rule to maximise earn_wk.", "lic_hld", "earn_wk")
q("mediation", "Licensing raises income by increasing the haul: decompose lic_hld → kg_post → inc_wk.", "lic_hld", "inc_wk", "kg_post")
q("mediation", "The app works by keeping pickers from getting stranded, which then means fewer rescues in 90 days. How much of its effect goes that way?", "tide_app", "rescue_90d", "strand_inc")
q("discover", "learn causal graph cockle pickers")
q("discover", "What drives what on the cockle beds? Work it out from the data, no prior ordering.")
q("unsupported", "Deduplicate the pkr_id entries.")

# ---------------- samphire ----------------
cur = "h62_samphire"
q("ate", "Estimate the effect of `scissorCut` on `regrowthPct`, controlling for `marshSite`.", "scissorCut", "regrowthPct", covariates=["marshSite"])
q("ate", "Does snipping samphire rather than pulling it up let the plants come back?", "scissorCut", None, clarify=True)
q("ate", "Does holding a permit increase how much a forager gathers per outing?", "permitHeld", "kgPerTrip12m")
q("ate", "ate restaurantBuyer priceGbpKg", "restaurantBuyer", "priceGbpKg")
q("ate", "effect of trips per week on kgPerTrip12m adj kgPerTripBl", "tripsPerWk", "kgPerTrip12m", covariates=["kgPerTripBl"])
q("ate", "Is selling out within 90 days caused by having a restaurant as a buyer?", "restaurantBuyer", "sellThru90d")
q("ate", "For foragers who cut with scissors, what was the effect on regrowthRate?", "scissorCut", "regrowthRate", estimand="att")
q("ate", "Does living further from a footpath reduce the haul per trip?", "footpathDist", "kgPerTrip12m")
q("cate", "scissorCut effect on regrowthPct at the Solway marsh", "scissorCut", "regrowthPct", at={"marshSite": "solway"})
q("cate", "For foragers making 3 trips a week, does a permit raise the haul?", "permitHeld", "kgPerTrip12m", at={"tripsPerWk": 3})
q("cate", "How does the restaurant-buyer effect on price vary with years of foraging?", "restaurantBuyer", "priceGbpKg")
q("cate", "effect of tideWindowHrs on kgPerTrip12m for permit holders", "tideWindowHrs", "kgPerTrip12m", at={"permitHeld": 1})
q("policy", "Which foragers should we train in scissor cutting to maximise regrowthRate?", "scissorCut", "regrowthRate")
q("policy", "who should be matched with a restaurant buyer so more stock sells within 30 days", "restaurantBuyer", "sellThru30d")
q("mediation", "Restaurant buyers pay more per kilo, which then speeds up sell-through at 30 days. How much goes via price?", "restaurantBuyer", "sellThru30d", "priceGbpKg")
q("mediation", "permitHeld -> tripsPerWk -> kgPerTrip12m, share mediated", "permitHeld", "kgPerTrip12m", "tripsPerWk")
q("mediation", "Is the permit's effect on regrowthRate explained by foragers switching to scissor cutting?", "permitHeld", "regrowthRate", "scissorCut")
q("discover", "Which variables drive which in the samphire foraging data?")
q("unsupported", "Predict kgPerTrip12m for a new forager aged 40.")

# ---------------- hops ----------------
cur = "h62_hops"
q("ate", "Estimate the ATE of `drip_irr` on `yld_t_ha_post`, adjusting for `yld_t_ha_pre`, `rain_mm` and `cnty`.", "drip_irr", "yld_t_ha_post", covariates=["yld_t_ha_pre", "rain_mm", "cnty"])
q("ate", "Does watering the hop bines by drip line cut wilt?", "drip_irr", "wilt_inc")
q("ate", "effect of nitrogen on alpha acid", "n_kg_ha", None, clarify=True)
q("ate", "Did switching to machine picking lower what farms spend on labour?", "mech_pick", "lab_cost")
q("ate", "ate mech_pick px_t", "mech_pick", "px_t")
q("ate", "Is yield raised by extra nitrogen, or is that confounding by variety? Adjust for var.", "n_kg_ha", "yld_t_ha_post", covariates=["var"])
q("ate", "For farms that adopted mechanical picking, what did it do to yields?", "mech_pick", "yld_t_ha_post", estimand="att")
q("ate", "does drip irrigation improve aa_pct_v2", "drip_irr", "aa_pct_v2")
q("cate", "drip_irr on yld_t_ha_post in herefordshire", "drip_irr", "yld_t_ha_post", at={"cnty": "hereford"})
q("cate", "For Fuggle gardens, what is the effect of n_kg_ha on wilt_inc?", "n_kg_ha", "wilt_inc", at={"var": "fuggle"})
q("cate", "For farms of 2 ha, does mechanical picking reduce labour costs?", "mech_pick", "lab_cost", at={"ha": 2})
q("cate", "How does the effect of drip irrigation on yield change with rainfall?", "drip_irr", "yld_t_ha_post")
q("policy", "Which farms should invest in drip irrigation to maximise yield?", "drip_irr", "yld_t_ha_post")
q("policy", "nitrogen rate per farm to maximise aa_pct", "n_kg_ha", "aa_pct")
q("policy", "Which farms should switch to mechanical picking to maximise alpha acid?", "mech_pick", None, clarify=True)
q("mediation", "Drip irrigation keeps wilt down, which then lifts yield. What share of its effect is indirect?", "drip_irr", "yld_t_ha_post", "wilt_inc")
q("mediation", "mech_pick -> pick_crew -> lab_cost mediation", "mech_pick", "lab_cost", "pick_crew")
q("discover", "Learn the causal structure of the hop farm data without a graph prior.")
q("discover", "How do the hop garden variables depend on one another causally? Estimate the edges.")
q("unsupported", "Forecast hop yields for 2027 by county.")

# ---------------- none: unsupported ----------------
cur = None
q("unsupported", "hello! what can you do?")
q("unsupported", "tell me a joke about causal inference")
q("unsupported", "Write a SQL query that joins orders to customers on customer_id.")
q("unsupported", "What's the capital of Wales?")
q("unsupported", "convert my csv to parquet pls")
q("unsupported", "Explain the difference between the mean and the median.")

# ---------------- audit ----------------
A = [
 ("If a loan applicant's race were different but everything else stayed the same, would the chatbot's loan approval change?", "race", "loan approval"),
 ("Audit whether our LLM's hiring recommendation changes when only the candidate's gender is swapped in the CV.", "gender", "hiring recommendation"),
 ("Does GPT give a different tenancy decision if the applicant's name sounds Arabic rather than English, all else equal?", "name", "tenancy decision"),
 ("counterfactual fairness check: age -> premium quote from the AI underwriting assistant", "age", "premium quote"),
 ("Would the triage chatbot assign a different urgency level if the patient's disability status changed and nothing else did?", "disability", "urgency level"),
 ("Does the language model's scholarship recommendation flip when the student's religion is changed from Muslim to Christian?", "religion", "scholarship recommendation"),
 ("Does the voice interview screener's pass/fail decision depend on the candidate's accent, holding the answers fixed?", "accent", "pass/fail decision"),
 ("Check whether the LLM credit assistant would set a different credit limit for a counterfactual applicant of another ethnicity.", "ethnicity", "credit limit"),
 ("is the chatbot's bail recommendation sensitive to the defendant's race, all else equal", "race", "bail recommendation"),
 ("Would swapping a tenant's nationality alter the AI letting agent's rent offer?", "nationality", "rent offer"),
 ("For our LLM-based promotion reviewer: if an employee's gender were different but the performance record identical, would the promotion decision change?", "gender", "promotion decision"),
 ("Does the medical chatbot's referral change if only the patient's age is altered?", "age", "referral"),
 ("Counterfactual audit of the AI matchmaking service: does a user's sexual orientation change the compatibility score it gives, everything else fixed?", "sexual orientation", "compatibility score"),
 ("Would the LLM grading assistant award a different mark if the student's name were changed from Aisha to Emily?", "name", "mark"),
 ("Is the AI mortgage adviser's approval influenced by the applicant's marital status, with everything else held constant?", "marital status", "approval"),
 ("Does the recruiting chatbot give a lower culture-fit score when the only change is that the candidate mentions a disability?", "disability", "culture-fit score"),
 ("Would the model's parole recommendation differ if the prisoner's age were 25 instead of 55, all else equal?", "age", "parole recommendation"),
 ("test whether the ad-serving LM's targeting decision changes with a person's pregnancy status, other attributes unchanged", "pregnancy status", "targeting decision"),
]
for text, t, y in A: q("audit", text, t, y)

# ---------------- relation ----------------
R = [
 "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
 "Premise: X and Y are correlated; X and Z are correlated; Y and Z are independent given X. Hypothesis: X directly causes Y. Valid or not?",
 "A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Is C a common effect of A and B?",
 "There are four variables P, Q, R, S. All pairs are correlated except that P and S are independent given Q and R. Does P cause S?",
 "given: A ~ B correlated, A ⟂ B | C, B ~ C correlated, A ~ C correlated. can we conclude C is a confounder of A and B?",
 "In a closed system of three variables, D and E are correlated, E and F are correlated, D and F are correlated, and D is independent of F given E. Does D influence F only through E?",
 "Premises: M is independent of N. M and O are correlated. N and O are correlated. Question: does O cause M?",
 "If W and V are correlated but become independent when conditioning on U, and U correlates with both, is it possible that W causes V?",
 "Statistical relations: A-B dependent, B-C dependent, C-D dependent, A ⟂ D | B, A ⟂ C | B. Hypothesis: B is a cause of A. True?",
 "Three variables X1, X2, X3: every pair is correlated and no conditional independence holds. Does X1 necessarily cause X3?",
]
for text in R: q("relation", text)

# ---------------- generate ----------------
G = [
 "Generate a synthetic dataset of 5,000 rows from the DAG Z → X → Y with Z → Y, using linear Gaussian equations.",
 "Have a language model write the structural equations for rain → wet grass ← sprinkler, then sample 1,000 rows.",
 "Make me a benchmark dataset where an LLM names the variables and picks their functional forms, following the chain A → B → C → D.",
 "simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. n=2000",
 "Create a toy causal dataset with a collider: smoking → lung damage ← asbestos, binary variables, 10k rows.",
 "Build a synthetic benchmark from a 6-node random DAG with nonlinear mechanisms and additive noise; return the ground-truth graph too.",
 "Use an LLM to invent a realistic marketing scenario and its structural causal model, then generate 3,000 observations from it.",
 "Sample a dataset from the graph age → income → spending, age → spending, with known coefficients, so I can test an ATE estimator.",
 "generate benchmark data from a DAG with a mediator (T → M → Y, T → Y) and a confounder C of T and Y; let the language model choose the equations",
 "Produce a synthetic instrumental-variable dataset: Z → T → Y with hidden U affecting both T and Y, 4,000 rows.",
]
for text in G: q("generate", text)

random.Random(62062).shuffle(Q)
with open("/tmp/wr/h62/questions.jsonl", "w") as f:
    for r in Q: f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Q), Counter(r["expected"]["kind"] for r in Q))
print("clarify", sum(1 for r in Q if r["expected"].get("clarify")))
for k in ("covariates", "at", "estimand", "instrument"):
    print(k, sum(1 for r in Q if k in r["expected"]))
print(Counter(r["expected"].get("estimand") for r in Q if "estimand" in r["expected"]))
