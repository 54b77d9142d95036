QS = []
def Q(ds, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, cl=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov: e["covariates"] = cov
    if iv: e["instrument"] = iv
    if est: e["estimand"] = est
    if at: e["at"] = at
    if cl: e["clarify"] = True
    QS.append((ds, text, e))

# ---------------- storm chasing ----------------
d = "h75_stormchase"
Q(d, "Estimate the average treatment effect of `radar_upl` on `tor_obs`, adjusting for `cape_jkg` and `shear_kt`.", "ate", "radar_upl", "tor_obs", cov=["cape_jkg","shear_kt"])
Q(d, "Does having a live radar feed in the van actually get crews to the storm faster, or is that just because they only bother with it on big setup days?", "ate", "radar_upl", "intcpt_min")
Q(d, "ate rookie -> pos_err_km", "ate", "rookie", "pos_err_km")
Q(d, "Is vehicle damage in the week after a chase driven up by how far the team drives?", "ate", "drv_km", "dmg_usd_7d")
Q(d, "How much does streaming radar to the chase car improve the crew's photo ratings?", "ate", "radar_upl", "photo_q_post")
Q(d, "efect of crew size on fuel burnt, controling for km driven", "ate", "crew_n", "fuel_l", cov=["drv_km"])
Q(d, "What's the effect of the radar uplink on damage to the vehicles?", "ate", "radar_upl", None, cl=True)
Q(d, "Among chases that actually used the radar uplink (radar_upl = 1), how much did it cut positioning error (pos_err_km)? I want the effect on the treated.", "ate", "radar_upl", "pos_err_km", est="att")
Q(d, "How does the effect of `radar_upl` on `tor_obs` vary with `cape_jkg`?", "cate", "radar_upl", "tor_obs")
Q(d, "For chases in Dixie Alley, does the radar uplink raise the odds of actually seeing a tornado?", "cate", "radar_upl", "tor_obs", at={"region": "Dixie Alley"})
Q(d, "under the condition that deep-layer shear is 40 kt, what's the effect of the uplink on time to intercept", "cate", "radar_upl", "intcpt_min", at={"shear_kt": 40})
Q(d, "which crews get the most out of the radar feed when it comes to getting a twister on camera?", "cate", "radar_upl", "tor_obs")
Q(d, "Which chase days should we pay for the radar uplink on, if the goal is to maximise tornado sightings?", "policy", "radar_upl", "tor_obs")
Q(d, "Learn a rule for how many people to send out (`crew_n`) so that `intcpt_min` is as small as possible.", "policy", "crew_n", "intcpt_min")
Q(d, "who should get the radar uplink to keep vehicle damage down", "policy", "radar_upl", None, cl=True)
Q(d, "How much of the uplink's effect on tornado sightings runs through smaller positioning error?", "mediation", "radar_upl", "tor_obs", "pos_err_km")
Q(d, "The radar feed works by getting teams under the storm sooner, which then means more tornadoes observed. Put a number on that indirect path.", "mediation", "radar_upl", "tor_obs", "intcpt_min")
Q(d, "Decompose the effect of `rookie` on `dmg_usd_30d` into the part mediated by `drv_km` and the direct part.", "mediation", "rookie", "dmg_usd_30d", "drv_km")
Q(d, "Learn the causal graph over cape_jkg, shear_kt, radar_upl, intcpt_min and tor_obs.", "discover", None, None)
Q(d, "In this chase log, what influences what? Work out the directions of dependence among the variables.", "discover", None, None)
Q(d, "Plot a histogram of cape_jkg split by region.", "unsupported", None, None)

# ---------------- beekeeping coop ----------------
d = "h75_beecoop"
Q(d, "Estimate the ATE of `miteTreatOxalic` on `overwinterSurvived`, controlling for `varroaLoadPre` and `queenAgeMo`.", "ate", "miteTreatOxalic", "overwinterSurvived", cov=["varroaLoadPre","queenAgeMo"])
Q(d, "Does dribbling oxalic acid on the hives actually knock the mite numbers down?", "ate", "miteTreatOxalic", "varroaLoadPost")
Q(d, "Use `subsidyLottery` as an instrument to estimate the effect of `trainingAttended` on `overwinterSurvived`.", "ate", "trainingAttended", "overwinterSurvived", iv="subsidyLottery")
Q(d, "did the co-op's beekeeping course make members' colonies come through the winter better, or do keen members just do both?", "ate", "trainingAttended", "overwinterSurvived")
Q(d, "ate sugarFeedL on colonyStrength adj apiary", "ate", "sugarFeedL", "colonyStrength", cov=["apiary"])
Q(d, "What's the effect of the oxalic treatment on honey yield?", "ate", "miteTreatOxalic", None, cl=True)
Q(d, "Is colony survival over winter improved by checking the hives more often each month?", "ate", "inspectionsPerMo", "overwinterSurvived")
Q(d, "For the hives that did not get the oxalic acid treatment, how would their winter survival have changed had they been treated? ATC please.", "ate", "miteTreatOxalic", "overwinterSurvived", est="atc")
Q(d, "Among hives at the Heath apiary, what is the effect of oxalic treatment on surviving the winter?", "cate", "miteTreatOxalic", "overwinterSurvived", at={"apiary": "Heath"})
Q(d, "How does the effect of `miteTreatOxalic` on `varroaLoadPost` depend on `varroaLoadPre`?", "cate", "miteTreatOxalic", "varroaLoadPost")
Q(d, "effect of sugar feeding on summer honey kg when the queen is 24 months old", "cate", "sugarFeedL", "honeyKgSummer", at={"queenAgeMo": 24})
Q(d, "For which members does going to the training help their bees survive winter the most?", "cate", "trainingAttended", "overwinterSurvived")
Q(d, "Which hives should get the oxalic treatment next autumn to maximise overwinter survival?", "policy", "miteTreatOxalic", "overwinterSurvived")
Q(d, "We can only fund the course for 40 members. Who should we prioritise so that the most colonies make it through winter?", "policy", "trainingAttended", "overwinterSurvived")
Q(d, "policy learning: sugarFeedL -> honeyKgSpring, which hives to feed", "policy", "sugarFeedL", "honeyKgSpring")
Q(d, "How much of the oxalic treatment's effect on winter survival is mediated by the post-treatment mite load (`varroaLoadPost`)?", "mediation", "miteTreatOxalic", "overwinterSurvived", "varroaLoadPost")
Q(d, "Training seems to help because trained members open up their hives more often, which then keeps colonies alive. How much of the effect goes that way?", "mediation", "trainingAttended", "overwinterSurvived", "inspectionsPerMo")
Q(d, "Map out the cause-and-effect structure among mite load, treatment, queen age, colony strength and winter survival.", "discover", None, None)
Q(d, "Forecast next year's summer honey per hive.", "unsupported", None, None)

# ---------------- marble carving ----------------
d = "h75_MARBLE"
Q(d, "Compute the average effect of PNEU_CHISEL on WRIST_PAIN_POST adjusting for CARVER_YRS and WRIST_PAIN_PRE.", "ate", "PNEU_CHISEL", "WRIST_PAIN_POST", cov=["CARVER_YRS","WRIST_PAIN_PRE"])
Q(d, "Do air-powered chisels make carvers' wrists hurt less?", "ate", "PNEU_CHISEL", "WRIST_PAIN_POST")
Q(d, "Is the number of defects left in the finished statue reduced by having an apprentice help?", "ate", "APPRENTICE", "FLAW_CNT_FINAL")
Q(d, "ate PNEU_CHISEL -> HOURS_TOT", "ate", "PNEU_CHISEL", "HOURS_TOT")
Q(d, "What does a heavier block do to what the piece sells for, holding the quarry constant?", "ate", "BLOCK_KG", "SALE_PRICE_EUR", cov=["QUARRY"])
Q(d, "effect of pneumatic chisel on polish score?", "ate", "PNEU_CHISEL", None, cl=True)
Q(d, "Is there a causal relationship between WRIST_PAIN_POST and HOURS_TOT?", "ate", None, None, cl=True)
Q(d, "How much did using the pneumatic chisel change the finished flaw count on the pieces where it was actually used?", "ate", "PNEU_CHISEL", "FLAW_CNT_FINAL", est="att")
Q(d, "For Carrara blocks, what's the effect of the pneumatic chisel on the final flaw count?", "cate", "PNEU_CHISEL", "FLAW_CNT_FINAL", at={"QUARRY": "CARRARA"})
Q(d, "Does the pneumatic chisel spare the wrists of seasoned carvers more than those of novices?", "cate", "PNEU_CHISEL", "WRIST_PAIN_POST")
Q(d, "CATE of APPRENTICE on HOURS_TOT at BLOCK_KG = 500", "cate", "APPRENTICE", "HOURS_TOT", at={"BLOCK_KG": 500})
Q(d, "effect of pneu chisel on sale price for carvers with 10 yrs experience", "cate", "PNEU_CHISEL", "SALE_PRICE_EUR", at={"CARVER_YRS": 10})
Q(d, "Which commissions should be assigned an apprentice so that total carving hours are minimised?", "policy", "APPRENTICE", "HOURS_TOT")
Q(d, "Recommend a rule for when a carver should switch to compressed-air tools to keep their wrists from hurting.", "policy", "PNEU_CHISEL", "WRIST_PAIN_POST")
Q(d, "How much of PNEU_CHISEL's effect on SALE_PRICE_EUR is mediated by FLAW_CNT_FINAL?", "mediation", "PNEU_CHISEL", "SALE_PRICE_EUR", "FLAW_CNT_FINAL")
Q(d, "The apprentice speeds jobs up, and quicker jobs mean fewer unhappy clients in the first month. How much of the apprentice effect on 30-day complaints flows through total hours?", "mediation", "APPRENTICE", "COMPLAINT_30D", "HOURS_TOT")
Q(d, "decompose pneumatic chisel -> wrist pain into direct and via hours worked", "mediation", "PNEU_CHISEL", "WRIST_PAIN_POST", "HOURS_TOT")
Q(d, "Run causal discovery on the MARBLE workshop table.", "discover", None, None)
Q(d, "What causes what among block weight, rough and final flaws, hours and price? Work out the dependency structure.", "discover", None, None)
Q(d, "Give me the mean SALE_PRICE_EUR per QUARRY.", "unsupported", None, None)

# ---------------- rubber tapping ----------------
d = "h75_rubber"
Q(d, "Estimate the average effect of `Stimulant` on `Latex After`, adjusting for `Latex Before`, `Clone` and `Tree Age`.", "ate", "Stimulant", "Latex After", cov=["Latex Before","Clone","Tree Age"])
Q(d, "Does painting ethephon on the tapping panel get more latex out of the trees?", "ate", "Stimulant", "Latex After")
Q(d, "Is tapping panel dryness caused by stimulant use, or are older trees just both stimulated more and drier?", "ate", "Stimulant", "Bark Dryness")
Q(d, "rain guard effect on lost days", "ate", "Rain Guard", None, cl=True)
Q(d, "ate Cooperative -> Income", "ate", "Cooperative", "Income")
Q(d, "How much does fitting rain guards raise the latex collected?", "ate", "Rain Guard", "Latex After")
Q(d, "For the farmers who joined the cooperative, what did joining do to their household income?", "ate", "Cooperative", "Income", est="att")
Q(d, "What is the causal effect of Rainfall on Dry Rubber Content?", "ate", "Rainfall", "Dry Rubber Content")
Q(d, "For the RRIM 600 clone, what is the effect of Stimulant on Latex After?", "cate", "Stimulant", "Latex After", at={"Clone": "RRIM 600"})
Q(d, "does the stimulant yield boost depend on the tapping system used?", "cate", "Stimulant", "Latex After")
Q(d, "effect of Rain Guard on Latex After when monthly Rainfall is 300 mm", "cate", "Rain Guard", "Latex After", at={"Rainfall": 300})
Q(d, "Among trees that are 20 years old, does the stimulant bring on bark dryness?", "cate", "Stimulant", "Bark Dryness", at={"Tree Age": 20})
Q(d, "Which plots should receive stimulant to maximise latex output?", "policy", "Stimulant", "Latex After")
Q(d, "targeting rule for rain guards: which plots gain the most latex from them", "policy", "Rain Guard", "Latex After")
Q(d, "Who should the extension officers encourage to join the cooperative, if the aim is higher household Income?", "policy", "Cooperative", "Income")
Q(d, "Stimulant raises yield, which then boosts what the family earns. How much of the stimulant effect on Income goes through Latex After?", "mediation", "Stimulant", "Income", "Latex After")
Q(d, "How much of the rain guard's benefit on latex comes from fewer tapping days lost in the month (Lost Days 30)?", "mediation", "Rain Guard", "Latex After", "Lost Days 30")
Q(d, "Figure out which variables in the rubber plot data influence each other, and in which direction.", "discover", None, None)
Q(d, "Clean the Clone column: some entries are misspelled.", "unsupported", None, None)

# ---------------- crab potting ----------------
d = "h75_crabpot"
Q(d, "Estimate the ATE of `esc_ring` on `sublegal_n`, controlling for `soak_hr` and `depth_fm`.", "ate", "esc_ring", "sublegal_n", cov=["soak_hr","depth_fm"])
Q(d, "Do escape rings really let the undersized crabs get out of the pots?", "ate", "esc_ring", "sublegal_n")
Q(d, "does leaving pots down longer reduce the legal catch? adj water temp", "ate", "soak_hr", "legal_kg", cov=["water_c"])
Q(d, "What does fitting escape rings do to bycatch?", "ate", "esc_ring", None, cl=True)
Q(d, "Is the crab stock index affected by escape ring use?", "ate", "esc_ring", "stock_idx_12m")
Q(d, "ate esc_ring on cpue", "ate", "esc_ring", "cpue")
Q(d, "Squid vs herring vs pogie: does the bait choice make a difference to the legal catch weight?", "ate", "bait_type", "legal_kg")
Q(d, "For hauls where escape rings were NOT fitted, what would fitting them have done to legal_kg?", "ate", "esc_ring", "legal_kg", est="atc")
Q(d, "Among strings set at 20 fathoms, what's the effect of soak time on catch per unit effort?", "cate", "soak_hr", "cpue", at={"depth_fm": 20})
Q(d, "Effect of esc_ring on sublegal_n when lunar_ph is full", "cate", "esc_ring", "sublegal_n", at={"lunar_ph": "full"})
Q(d, "For which boats do escape rings cut the undersized catch the most?", "cate", "esc_ring", "sublegal_n")
Q(d, "among squid-baited strings, do the rings change legal kg", "cate", "esc_ring", "legal_kg", at={"bait_type": "squid"})
Q(d, "Which strings should get escape rings to minimise the number of undersized crabs landed?", "policy", "esc_ring", "sublegal_n")
Q(d, "Recommend a soak time for each depth that maximises catch per unit effort.", "policy", "soak_hr", "cpue")
Q(d, "which bait should each vessel use to maximise legal_kg", "policy", "bait_type", "legal_kg")
Q(d, "How much of the escape-ring effect on `legal_kg` is mediated by `sublegal_n`?", "mediation", "esc_ring", "legal_kg", "sublegal_n")
Q(d, "Longer soaks lose more pots, and lost pots mean less catch. How much of soak time's effect on cpue runs through gear loss within 30 days?", "mediation", "soak_hr", "cpue", "ghost_loss_30d")
Q(d, "Learn the causal DAG among soak_hr, depth_fm, water_c, legal_kg, bycatch_kg and cpue.", "discover", None, None)
Q(d, "what drives what in the crab haul data?", "discover", None, None)
Q(d, "Write a SQL query returning total legal_kg by vessel.", "unsupported", None, None)

# ---------------- lighthouse ----------------
d = "h75_lighthouse"
Q(d, "Estimate the average treatment effect of `automated` on `shipIncidents12m`, adjusting for `fogDaysYr` and `coastExposure`.", "ate", "automated", "shipIncidents12m", cov=["fogDaysYr","coastExposure"])
Q(d, "Did taking the lamp off manual operation make the keepers happier?", "ate", "automated", "keeperMorale12m")
Q(d, "ate solarRetrofit -> lampOutagesH2 adj budgetK", "ate", "solarRetrofit", "lampOutagesH2", cov=["budgetK"])
Q(d, "Do solar retrofits reduce lamp outages?", "ate", "solarRetrofit", None, cl=True)
Q(d, "Are shipping accidents near the station over three years lowered by a bigger upkeep budget, or is that just confounding by how exposed the coast is?", "ate", "budgetK", "shipIncidents36m")
Q(d, "how much does weekly maintenance time improve visibility range (visibilityNm)?", "ate", "maintHoursWk", "visibilityNm")
Q(d, "For stations that were automated, what did automation do to their lamp outages in the second half of the year?", "ate", "automated", "lampOutagesH2", est="att")
Q(d, "does automation affect ship incidents", "ate", "automated", None, cl=True)
Q(d, "For exposed stations, what's the effect of automation on ship incidents in the following 12 months?", "cate", "automated", "shipIncidents12m", at={"coastExposure": "exposed"})
Q(d, "How does the effect of solarRetrofit on lampOutagesH2 vary across fresnelOrder?", "cate", "solarRetrofit", "lampOutagesH2")
Q(d, "effect of automated on keeperMorale12m given keeperTenureYrs = 15", "cate", "automated", "keeperMorale12m", at={"keeperTenureYrs": 15})
Q(d, "Under the condition that a station sees 60 fog days a year, does automation cut ship incidents over 36 months?", "cate", "automated", "shipIncidents36m", at={"fogDaysYr": 60})
Q(d, "Which lighthouses should get a solar retrofit first to cut second-half lamp outages?", "policy", "solarRetrofit", "lampOutagesH2")
Q(d, "Give a rule for which stations to automate so that ship incidents within a year are minimised.", "policy", "automated", "shipIncidents12m")
Q(d, "How much of the effect of automation on ship incidents (12m) goes through visibility range (`visibilityNm`)?", "mediation", "automated", "shipIncidents12m", "visibilityNm")
Q(d, "Solar panels seem to free up keeper time, since less upkeep is needed, and that in turn lifts their spirits. Estimate that indirect effect.", "mediation", "solarRetrofit", "keeperMorale12m", "maintHoursWk")
Q(d, "direct vs indirect effect of automated on lampOutagesH2 through maintHoursWk", "mediation", "automated", "lampOutagesH2", "maintHoursWk")
Q(d, "Discover the causal structure among the lighthouse station variables.", "discover", None, None)
Q(d, "Does fog drive outages, or do outages drive incidents? Sort out the directions of influence between fogDaysYr, lampOutagesH1, visibilityNm and shipIncidents12m.", "discover", None, None)

# ---------------- speleology ----------------
d = "h75_CAVE"
Q(d, "Estimate the ATE of BEACON on RESCUE_CALL controlling for DEPTH_M and TEAM_SIZE.", "ate", "BEACON", "RESCUE_CALL", cov=["DEPTH_M","TEAM_SIZE"])
Q(d, "Does carrying a through-rock radio change how likely a team is to need rescuing?", "ate", "BEACON", "RESCUE_CALL")
Q(d, "Is hypothermia made more likely by descending deeper?", "ate", "DEPTH_M", "HYPOTHERM_INC")
Q(d, "ate DIVE_RIG -> NEW_PASS_7D adj KARST_TYPE", "ate", "DIVE_RIG", "NEW_PASS_7D", cov=["KARST_TYPE"])
Q(d, "How many more metres get surveyed when the team uses the sidemount rig?", "ate", "DIVE_RIG", None, cl=True)
Q(d, "did the pre-expedition training camp raise fitness?", "ate", None, "FITNESS_POST", cl=True)
Q(d, "effect of team size on new passages found within three weeks", "ate", "TEAM_SIZE", "NEW_PASS_21D")
Q(d, "Does brighter lighting actually reduce how far off-course cavers get, or is that just the better-funded teams?", "ate", "LED_LUMENS", "NAV_ERR_M")
Q(d, "In gypsum caves, what's the effect of the dive rig on new passages found in the first week?", "cate", "DIVE_RIG", "NEW_PASS_7D", at={"KARST_TYPE": "GYPSUM"})
Q(d, "cate BEACON on RESCUE_CALL by PERMIT_TIER", "cate", "BEACON", "RESCUE_CALL")
Q(d, "What is the effect of LED_LUMENS on NAV_ERR_M at DEPTH_M = 300?", "cate", "LED_LUMENS", "NAV_ERR_M", at={"DEPTH_M": 300})
Q(d, "For teams of 6, how much does carrying a beacon change hypothermia incidents?", "cate", "BEACON", "HYPOTHERM_INC", at={"TEAM_SIZE": 6})
Q(d, "Which expeditions should be issued a beacon to minimise rescue call-outs?", "policy", "BEACON", "RESCUE_CALL")
Q(d, "We have 10 dive rigs. Which expeditions should get them to find the most new passages in the first week?", "policy", "DIVE_RIG", "NEW_PASS_7D")
Q(d, "best team size policy for avoiding hypothermia", "policy", "TEAM_SIZE", "HYPOTHERM_INC")
Q(d, "How much of DEPTH_M's effect on RESCUE_CALL goes through CO2_PPM?", "mediation", "DEPTH_M", "RESCUE_CALL", "CO2_PPM")
Q(d, "Brighter lamps help people find their way, and finding their way lets them push into new passages. What share of the lighting effect on three-week discoveries travels that route?", "mediation", "LED_LUMENS", "NEW_PASS_21D", "NAV_ERR_M")
Q(d, "Infer the causal graph among DEPTH_M, CO2_PPM, HYPOTHERM_INC, RESCUE_CALL and TEAM_SIZE.", "discover", None, None)
Q(d, "hello! what's the deepest cave in the data?", "unsupported", None, None)

# ---------------- yodeling ----------------
d = "h75_yodel"
Q(d, "Estimate the average effect of `coaching` on `pitch accuracy after`, adjusting for `pitch accuracy before` and `age`.", "ate", "coaching", "pitch accuracy after", cov=["pitch accuracy before","age"])
Q(d, "Do one-to-one lessons help students hit their notes?", "ate", "coaching", "pitch accuracy after")
Q(d, "Does breath training increase lung capacity?", "ate", "breath training", "lung capacity")
Q(d, "ate of coaching on dropout", "ate", "coaching", None, cl=True)
Q(d, "Are students who practise more hours less likely to quit within the year?", "ate", "practice hours", "dropout 12m")
Q(d, "effect of breath training on break clarity", "ate", "breath training", None, cl=True)
Q(d, "Is winning a placing at a contest caused by private lessons, or do the talented ones just sign up for lessons?", "ate", "coaching", "contest placed")
Q(d, "For students who took breath training, how much did it reduce their nerves on stage?", "ate", "breath training", "stage fright", est="att")
Q(d, "Among Appenzell students, what is the effect of coaching on contest placed?", "cate", "coaching", "contest placed", at={"canton": "Appenzell"})
Q(d, "Does private coaching improve pitch more for older students than for younger ones?", "cate", "coaching", "pitch accuracy after")
Q(d, "effect of practice hours on pitch accuracy after for 16 year olds", "cate", "practice hours", "pitch accuracy after", at={"age": 16})
Q(d, "For Naturjodel singers, does breath training change the echo rating?", "cate", "breath training", "echo rating", at={"style": "Naturjodel"})
Q(d, "Which students should we offer private coaching to, to maximise contest placings?", "policy", "coaching", "contest placed")
Q(d, "Who should be put on breath training to bring stage fright down the most?", "policy", "breath training", "stage fright")
Q(d, "targeting: coaching -> dropout 12m, who to coach to keep them enrolled", "policy", "coaching", "dropout 12m")
Q(d, "Breath training expands the lungs, which in turn sharpens pitch. How much of the training's effect on pitch accuracy goes through lung capacity?", "mediation", "breath training", "pitch accuracy after", "lung capacity")
Q(d, "How much of coaching's effect on `contest placed` is mediated by `stage fright`?", "mediation", "coaching", "contest placed", "stage fright")
Q(d, "direct/indirect: practice hours -> pitch accuracy after -> contest placed", "mediation", "practice hours", "contest placed", "pitch accuracy after")
Q(d, "Which of age, practice hours, lung capacity, pitch accuracy and contest results cause the others? Work out the arrows.", "discover", None, None)
Q(d, "What's the average age of students per canton?", "unsupported", None, None)

# ---------------- snail farming ----------------
d = "h75_snail"
Q(d, "Estimate the ATE of `ca_supp` on `wt_g_12w`, controlling for `wt_g_bl`, `spp` and `dens_m2`.", "ate", "ca_supp", "wt_g_12w", cov=["wt_g_bl","spp","dens_m2"])
Q(d, "Does adding crushed limestone to the feed make the snails heavier?", "ate", "ca_supp", "wt_g_12w")
Q(d, "ate mist_sys mort_12w adj temp_c hum_pct", "ate", "mist_sys", "mort_12w", cov=["temp_c","hum_pct"])
Q(d, "Does the calcium supplement thicken the shells?", "ate", "ca_supp", None, cl=True)
Q(d, "Is the death rate driven up by crowding the pens? I mean the 4-week mortality.", "ate", "dens_m2", "mort_4w")
Q(d, "What does the misting system do to the humidity in the pens?", "ate", "mist_sys", "hum_pct")
Q(d, "effect of stocking density on escapes", "ate", "dens_m2", "escape_pct")
Q(d, "For pens without misting, what would installing it have done to 12-week mortality?", "ate", "mist_sys", "mort_12w", est="atc")
Q(d, "In greenhouse pens, what is the effect of the calcium supplement on 12-week weight?", "cate", "ca_supp", "wt_g_12w", at={"farm_type": "greenhouse"})
Q(d, "How does the misting effect on mort_12w vary by temp_c?", "cate", "mist_sys", "mort_12w")
Q(d, "effect of ca_supp on wt_g_12w at dens_m2 = 150", "cate", "ca_supp", "wt_g_12w", at={"dens_m2": 150})
Q(d, "for H. pomatia, does misting change how much slime we harvest", "cate", "mist_sys", "slime_ml", at={"spp": "H. pomatia"})
Q(d, "Which pens should get the calcium supplement to maximise 12-week weight?", "policy", "ca_supp", "wt_g_12w")
Q(d, "Decide where to install misting systems so that as few snails as possible die by week 12.", "policy", "mist_sys", "mort_12w")
Q(d, "optimal stocking density rule per species for weight gain", "policy", "dens_m2", "wt_g_12w")
Q(d, "Misting raises the humidity, which then keeps the snails alive. How much of the misting effect on 12-week mortality flows through humidity?", "mediation", "mist_sys", "mort_12w", "hum_pct")
Q(d, "How much of calcium's effect on 12-week weight goes through shell thickness?", "mediation", "ca_supp", "wt_g_12w", None, cl=True)
Q(d, "Learn the structure among temp_c, hum_pct, dens_m2, feed_g_d, wt_g_12w and mort_12w.", "discover", None, None)
Q(d, "causal discovery on h75_snail pls", "discover", None, None)
Q(d, "Predict slime_ml for a new pen at 80% humidity.", "unsupported", None, None)

# ---------------- ice road ----------------
d = "h75_iceroad"
Q(d, "Estimate the average treatment effect of `gpsConvoy` on `transitHrs`, adjusting for `iceThickCm` and `season`.", "ate", "gpsConvoy", "transitHrs", cov=["iceThickCm","season"])
Q(d, "Does travelling in a tracked convoy leave the drivers less worn out?", "ate", "gpsConvoy", "fatigueScorePost")
Q(d, "do heavier loads cause more cracking reports within a day?", "ate", "loadTonnes", "crackReports24h")
Q(d, "effect of load weight on crack reports", "ate", "loadTonnes", None, cl=True)
Q(d, "ate tireChains -> delayed", "ate", "tireChains", "delayed")
Q(d, "Is fuel economy (litres per 100 km) worsened by the speed cap?", "ate", "speedCapKmh", "fuelLPer100")
Q(d, "How much do chains change the trip time for the trips where they were fitted?", "ate", "tireChains", "transitHrs", est="att")
Q(d, "Is the link between thicker ice and fewer late arrivals causal, or just seasonal confounding?", "ate", "iceThickCm", "delayed")
Q(d, "For peak-season trips, what is the effect of the GPS convoy on delays?", "cate", "gpsConvoy", "delayed", at={"season": "peak"})
Q(d, "For Northline trips, how much does the speed cap change crack reports?", "cate", "speedCapKmh", None, at={"carrier": "Northline"}, cl=True)
Q(d, "Which carriers gain the most in transit time from running GPS convoys?", "cate", "gpsConvoy", "transitHrs")
Q(d, "at -30C air temp, do tire chains reduce delays", "cate", "tireChains", "delayed", at={"airTempC": -30})
Q(d, "Which trips should be sent in a GPS convoy to minimise delays?", "policy", "gpsConvoy", "delayed")
Q(d, "Set a speed cap rule by ice thickness to minimise `crackReports72h`.", "policy", "speedCapKmh", "crackReports72h")
Q(d, "who should run with chains to cut transit hrs", "policy", "tireChains", "transitHrs")
Q(d, "How much of the convoy's effect on delays is mediated by driver fatigue (`fatigueScorePost`)?", "mediation", "gpsConvoy", "delayed", "fatigueScorePost")
Q(d, "Heavier loads crack the ice, which slows everybody down. What fraction of load's effect on trip duration is via cracks reported within 24 hours?", "mediation", "loadTonnes", "transitHrs", "crackReports24h")
Q(d, "Recover the causal DAG across iceThickCm, airTempC, loadTonnes, speedCapKmh, crackReports72h and delayed.", "discover", None, None)
Q(d, "Summarise fuelL by carrier and season in a table.", "unsupported", None, None)

# ---------------- smokejumping ----------------
d = "h75_SMOKEJUMP"
Q(d, "Estimate the ATE of RAM_AIR on ANKLE_INJ, adjusting for WIND_KT, SLOPE_PCT and JUMPER_YRS.", "ate", "RAM_AIR", "ANKLE_INJ", cov=["WIND_KT","SLOPE_PCT","JUMPER_YRS"])
Q(d, "Do square parachutes put jumpers down closer to the spot?", "ate", "RAM_AIR", "LAND_DIST_M")
Q(d, "Does GPS spotting speed up containment?", "ate", "GPS_SPOT", "CONTAIN_HRS")
Q(d, "ate GPS_SPOT on acres burned", "ate", "GPS_SPOT", "ACRES_FINAL")
Q(d, "effect of ram-air canopies on getting back to work after a jump", "ate", "RAM_AIR", None, cl=True)
Q(d, "Is fitness protective? Effect of PT_SCORE on INJ_ANY.", "ate", "PT_SCORE", "INJ_ANY")
Q(d, "Are jumpers getting hurt because of the wind, or is it just the steep ground that windy jumps tend to land on?", "ate", "WIND_KT", "INJ_ANY")
Q(d, "Among jumps made without ram-air canopies, what would switching have done to the injury rate?", "ate", "RAM_AIR", "INJ_ANY", est="atc")
Q(d, "Using BASE as an instrument for RAM_AIR (bases adopted ram-air canopies in different years), estimate its effect on INJ_ANY.", "ate", "RAM_AIR", "INJ_ANY", iv="BASE")
Q(d, "For jumps out of McCall, what is the effect of ram-air chutes on ankle injuries?", "cate", "RAM_AIR", "ANKLE_INJ", at={"BASE": "MCCALL"})
Q(d, "effect of RAM_AIR on LAND_DIST_M at WIND_KT = 20", "cate", "RAM_AIR", "LAND_DIST_M", at={"WIND_KT": 20})
Q(d, "Does the benefit of GPS spotting for containment time differ by fuel model?", "cate", "GPS_SPOT", "CONTAIN_HRS")
Q(d, "In timber fuels, does GPS spotting shrink how big the fire ends up?", "cate", "GPS_SPOT", "ACRES_FINAL", at={"FUEL_MODEL": "TIMBER"})
Q(d, "Which jumpers should be issued ram-air canopies to minimise injuries?", "policy", "RAM_AIR", "INJ_ANY")
Q(d, "Decide which fires get a GPS spotter so that final acreage is minimised.", "policy", "GPS_SPOT", "ACRES_FINAL")
Q(d, "rule for RAM_AIR assignment to cut ANKLE_INJ given wind and slope", "policy", "RAM_AIR", "ANKLE_INJ")
Q(d, "How much of the effect of RAM_AIR on ANKLE_INJ runs through LAND_DIST_M?", "mediation", "RAM_AIR", "ANKLE_INJ", "LAND_DIST_M")
Q(d, "GPS spotting puts crews on the fire sooner, which then keeps it small. How much of the GPS-spotting effect on final acres works through hours to containment?", "mediation", "GPS_SPOT", "ACRES_FINAL", "CONTAIN_HRS")
Q(d, "direct vs indirect effect of wind on 60-day return to work via ankle injury", "mediation", "WIND_KT", "RTN_WORK_60D", "ANKLE_INJ")
Q(d, "Learn a causal graph among WIND_KT, SLOPE_PCT, LAND_DIST_M, ANKLE_INJ and RTN_WORK_60D.", "discover", None, None)
Q(d, "What influences what in the smokejumper records?", "discover", None, None)
Q(d, "Fill in the missing PT_SCORE values with the median for each BASE.", "unsupported", None, None)

# ---------------- kayak ----------------
d = "h75_kayak"
Q(d, "Estimate the average effect of `vacuum` on `weight`, adjusting for `method` and `experience`.", "ate", "vacuum", "weight", cov=["method","experience"])
Q(d, "Does vacuum bagging make the hull stiffer?", "ate", "vacuum", "stiffness")
Q(d, "Do builders who work alongside an old hand end up with boats that let in less water?", "ate", "mentor", "leaks.season")
Q(d, "effect of mentor on satisfaction", "ate", "mentor", None, cl=True)
Q(d, "ate humidity -> leaks.season adj temperature", "ate", "humidity", "leaks.season", cov=["temperature"])
Q(d, "Is the second-hand price boosted by vacuum bagging, or is that just the experienced builders?", "ate", "vacuum", "resale")
Q(d, "How did mentoring change build hours for those who had a mentor?", "ate", "mentor", "hours", est="att")
Q(d, "For skin-on-frame builds, what's the effect of mentoring on leaks?", "cate", "mentor", "leaks.season", at={"method": "skin-on-frame"})
Q(d, "effect of vacuum on weight at temperature = 18", "cate", "vacuum", "weight", at={"temperature": 18})
Q(d, "Who benefits most from a mentor in terms of build hours?", "cate", "mentor", "hours")
Q(d, "Under the condition that the builder has 2 years of experience, does vacuum bagging reduce warranty claims within 90 days?", "cate", "vacuum", "claims.90d", at={"experience": 2})
Q(d, "Which builders should be paired with a mentor to minimise leaks.season?", "policy", "mentor", "leaks.season")
Q(d, "When should the shop use vacuum bagging to get the best resale value?", "policy", "vacuum", "resale")
Q(d, "Vacuum bagging makes boats lighter, which then sells for more. How much of the vacuum effect on resale flows through weight?", "mediation", "vacuum", "resale", "weight")
Q(d, "How much of `mentor`'s effect on `claims.90d` is mediated by `leaks.initial`?", "mediation", "mentor", "claims.90d", "leaks.initial")
Q(d, "Figure out the causal directions between temperature, humidity, hours, stiffness, leaks.season and resale.", "discover", None, None)

# ---------------- sword swallowing ----------------
d = "h75_swordswallow"
Q(d, "Estimate the ATE of `lido_spray` on `gag_idx_6m` controlling for `gag_idx_bl` and `yrs_exp`.", "ate", "lido_spray", "gag_idx_6m", cov=["gag_idx_bl","yrs_exp"])
Q(d, "Does numbing the throat before a show cut the gag reflex?", "ate", "lido_spray", "gag_idx_6m")
Q(d, "Is the risk of oesophageal injury raised by longer blades?", "ate", "blade_cm", "esoph_inj")
Q(d, "ate lido_spray -> sore_days", "ate", "lido_spray", None, cl=True)
Q(d, "do more coaching sessions reduce esoph_inj? adj yrs_exp", "ate", "coach_sess", "esoph_inj", cov=["yrs_exp"])
Q(d, "Does doing more shows a week send performers to A&E more often?", "ate", "shows_wk", "er_visit")
Q(d, "For performers who use the spray, what effect did it have on their anxiety (GAD-7)?", "ate", "lido_spray", "anx_gad7", est="att")
Q(d, "Among street performers, effect of lido_spray on esoph_inj", "cate", "lido_spray", "esoph_inj", at={"venue": "street"})
Q(d, "What is the effect of blade length on injury for performers with 5 years experience?", "cate", "blade_cm", "esoph_inj", at={"yrs_exp": 5})
Q(d, "How does the effect of coaching sessions on injury vary with the number of blades swallowed at once?", "cate", "coach_sess", "esoph_inj")
Q(d, "when n_blades is 3, what does the spray do to ER visits", "cate", "lido_spray", "er_visit", at={"n_blades": 3})
Q(d, "Who should be advised to use a lidocaine spray to minimise oesophageal injury?", "policy", "lido_spray", "esoph_inj")
Q(d, "How many coaching sessions should each performer get to reduce emergency-room visits?", "policy", "coach_sess", "er_visit")
Q(d, "targeting rule for the throat spray to lift audience ratings", "policy", "lido_spray", None, cl=True)
Q(d, "How much of lidocaine's effect on esophageal injury is mediated by the gag reflex at 6 months?", "mediation", "lido_spray", "esoph_inj", "gag_idx_6m")
Q(d, "Coaching calms the nerves, which then lowers the chance of a slip. What share of coaching's effect on injury passes through anxiety?", "mediation", "coach_sess", "esoph_inj", "anx_gad7")
Q(d, "mediation: shows_wk -> sore_days_90d -> er_visit", "mediation", "shows_wk", "er_visit", "sore_days_90d")
Q(d, "Which of blade length, blade count, experience, gag reflex and injury cause which? Use the sword-swallower data.", "discover", None, None)
Q(d, "Give me a bar chart of aud_score by venue.", "unsupported", None, None)

# ---------------- firewatch ----------------
d = "h75_firewatch"
Q(d, "Estimate the average treatment effect of `cameraAssist` on `detectLagMin`, adjusting for `elevFt`, `lookoutYrs` and `drySpellDays`.", "ate", "cameraAssist", "detectLagMin", cov=["elevFt","lookoutYrs","drySpellDays"])
Q(d, "Do AI cameras in the tower help lookouts spot smoke sooner?", "ate", "cameraAssist", "detectLagMin")
Q(d, "ate cameraAssist -> falseAlarms", "ate", "cameraAssist", None, cl=True)
Q(d, "Does refitting the fire finder reduce the number of fires that grow past ten acres?", "ate", "osborneFinder", "firesOver10ac")
Q(d, "Is it true that longer shifts make lookouts slower to call in smoke, or is that confounded by dry spells?", "ate", "shiftLenHrs", "detectLagMin")
Q(d, "effect of elevation on smokes reported, control forestType", "ate", "elevFt", "smokesReported", cov=["forestType"])
Q(d, "How much did camera assist change the count of large fires at the towers that installed it?", "ate", "cameraAssist", "firesOver10ac", est="att")
Q(d, "Does the camera system affect radio dropouts?", "ate", "cameraAssist", "radioDropsPost")
Q(d, "For ponderosa towers, what is the effect of camera assist on detection delay?", "cate", "cameraAssist", "detectLagMin", at={"forestType": "ponderosa"})
Q(d, "effect of cameraAssist on firesOver10ac when drySpellDays = 30", "cate", "cameraAssist", "firesOver10ac", at={"drySpellDays": 30})
Q(d, "Does the camera help rookie lookouts more than veterans when it comes to how fast smoke is caught?", "cate", "cameraAssist", "detectLagMin")
Q(d, "For lodgepole towers, does camera assist widen the viewshed?", "cate", "cameraAssist", None, at={"forestType": "lodgepole"}, cl=True)
Q(d, "Which towers should get camera assist first to minimise detection lag?", "policy", "cameraAssist", "detectLagMin")
Q(d, "allocate osborne refits to cut firesOver10ac, 12 kits available", "policy", "osborneFinder", "firesOver10ac")
Q(d, "What shift length should each tower run to keep detection lag lowest?", "policy", "shiftLenHrs", "detectLagMin")
Q(d, "How much of cameraAssist's effect on firesOver10ac is mediated by detectLagMin?", "mediation", "cameraAssist", "firesOver10ac", "detectLagMin")
Q(d, "The camera gets more smokes called in, and more reports mean fires get caught before they grow. Quantify the indirect part, via smokes reported, of the camera's effect on fires over ten acres.", "mediation", "cameraAssist", "firesOver10ac", "smokesReported")
Q(d, "Run structure learning on the firewatch tower data.", "discover", None, None)

# ---------------- sail loft ----------------
d = "h75_SAILLOFT"
Q(d, "Estimate the ATE of CNC_CUT on RECUT_REQ adjusting for MAKER_YRS and CLOTH.", "ate", "CNC_CUT", "RECUT_REQ", cov=["MAKER_YRS","CLOTH"])
Q(d, "Does a UV coating stop sails from stretching out?", "ate", "UV_COAT", "STRETCH_PCT_1YR")
Q(d, "Does cutting panels by machine save labour?", "ate", "CNC_CUT", "HOURS_LABOR")
Q(d, "ate TRIRADIAL -> race wins", "ate", "TRIRADIAL", None, cl=True)
Q(d, "Is sail stretch reduced by a triradial panel layout?", "ate", "TRIRADIAL", "STRETCH_PCT_1YR")
Q(d, "effect of PANEL_CNT on SEAM_STR_N controlling for AREA_M2", "ate", "PANEL_CNT", "SEAM_STR_N", cov=["AREA_M2"])
Q(d, "For the sails that got a UV coating, how much did it change the price charged?", "ate", "UV_COAT", "PRICE_USD", est="att")
Q(d, "Is the link between triradial cut and race wins over a year real, or just because racers are the ones buying triradials?", "ate", "TRIRADIAL", "RACE_WINS_12M")
Q(d, "For laminate sails, what is the effect of UV coating on stretch?", "cate", "UV_COAT", "STRETCH_PCT_1YR", at={"CLOTH": "LAMINATE"})
Q(d, "CATE of CNC_CUT on RECUT_REQ at MAKER_YRS = 3", "cate", "CNC_CUT", "RECUT_REQ", at={"MAKER_YRS": 3})
Q(d, "How does the triradial effect on race wins in the first 6 months differ between customer types?", "cate", "TRIRADIAL", "RACE_WINS_6M")
Q(d, "among charter customers does uv coat change recut requests", "cate", "UV_COAT", "RECUT_REQ", at={"CUSTOMER_TYPE": "CHARTER"})
Q(d, "Which orders should be CNC cut to minimise recuts?", "policy", "CNC_CUT", "RECUT_REQ")
Q(d, "Which sails should we recommend a triradial layout for, to maximise race wins over twelve months?", "policy", "TRIRADIAL", "RACE_WINS_12M")
Q(d, "How much of TRIRADIAL's effect on RACE_WINS_12M is mediated by STRETCH_PCT_1YR?", "mediation", "TRIRADIAL", "RACE_WINS_12M", "STRETCH_PCT_1YR")
Q(d, "CNC cutting gives stronger seams, which then means fewer recuts. What share of the CNC effect on recut requests runs through seam strength?", "mediation", "CNC_CUT", "RECUT_REQ", None, cl=True)
Q(d, "direct and indirect effects of UV_COAT on PRICE_USD through HOURS_LABOR", "mediation", "UV_COAT", "PRICE_USD", "HOURS_LABOR")
Q(d, "Learn the causal graph among CLOTH, PANEL_CNT, SEAM_STR_N, STRETCH_PCT_1YR and RACE_WINS_12M.", "discover", None, None)
Q(d, "how are the sail loft variables causally connected to one another?", "discover", None, None)
Q(d, "Which sail has the highest price? Just list the top 5.", "unsupported", None, None)

# ---------------- no dataset ----------------
d = "none"
for t in ["Tell me a joke about smokejumpers.", "hi there, how are you today?", "What is the capital of Iceland?",
          "Write a Python function to reverse a string.", "Translate 'causal inference' into French.",
          "Can you forecast the price of gold next quarter?", "Write a SQL query to join orders and customers on customer_id.",
          "Explain what a p-value is in two sentences."]:
    Q(d, t, "unsupported")

AUD = [
 ("If we swap the applicant's race in the prompt and keep everything else identical, does the LLM's loan approval change?", "race", "loan approval"),
 ("Check whether our screening assistant gives a different interview recommendation when only the candidate's name is changed.", "name", "interview recommendation"),
 ("Counterfactual fairness audit: does the model's bail decision shift with the defendant's religion, all else equal?", "religion", "bail decision"),
 ("Is our tenant-screening AI's rental approval sensitive to the applicant's age when nothing else about them changes?", "age", "rental approval"),
 ("Does the triage chatbot give a different urgency score if the patient mentions having a disability, with the rest of the message unchanged?", "disability", "urgency score"),
 ("would the voice assistant suggest a different credit limit for a speaker with a Nigerian accent vs an American accent, holding everything else fixed", "accent", "credit limit"),
 ("test if the LLM grader changes the essay grade when the student's ethnicity is flipped and the essay is identical", "ethnicity", "essay grade"),
 ("Does the language model propose a different salary offer when the candidate's gender is switched from man to woman in an otherwise identical profile?", "gender", "salary offer"),
 ("Audit the insurance chatbot: holding all facts fixed, does changing the policyholder's sexual orientation alter the claim decision?", "sexual orientation", "claim decision"),
 ("Would an AI scholarship reviewer's award decision flip if the applicant were described as an immigrant rather than a citizen, everything else equal?", "immigration status", "award decision"),
 ("Is the chatbot's parole recommendation the same for a Black defendant and an otherwise identical white defendant?", "race", "parole recommendation"),
 ("Swap only the caste of the job seeker in the prompt: does the LLM's shortlist decision move?", "caste", "shortlist decision"),
 ("LLM fairness check: does the promotion recommendation depend on the employee's age, all else equal?", "age", "promotion recommendation"),
 ("Would the AI tutor give a lower grade if the student's name were Muhammad instead of Matthew, with the answer unchanged?", "name", "grade"),
 ("Does the mortgage-advice bot's approval decision change when the applicant is described as a wheelchair user, nothing else different?", "disability", "approval decision"),
 ("check counterfactual fairness of our chatbot's tenancy decision w.r.t. nationality", "nationality", "tenancy decision"),
 ("If a patient's message shows a strong Scottish accent in the transcript, does the AI triage assistant change its triage priority compared with the same message in standard English?", "accent", "triage priority"),
 ("Would a large language model reviewing medical-school applications change its admission decision if the applicant's gender were different but the file otherwise identical?", "gender", "admission decision"),
]
for t, a, o in AUD:
    Q(d, t, "audit", a, o)

REL = [
 "Suppose there is a closed system of three variables A, B and C. A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Does A directly cause C?",
 "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Hypothesis: C causes A. Is the hypothesis implied?",
 "Variables X, Y, Z. X and Y are correlated, and their correlation disappears when Z is held fixed. Z is correlated with both. Can we conclude that X causes Y?",
 "In a system of four variables A, B, C, D: every pair is correlated except A and D, which are independent given B and C. Is B necessarily a cause of D?",
 "Given that P and Q are correlated, and that this correlation vanishes once R is conditioned on, is Q caused by P?",
 "Statistical facts: D correlates with E; E correlates with F; D is independent of F. Does E cause F?",
 "Closed system of A, B, C. All three pairs are correlated and no conditional independence holds. Is it valid to say that A is a common cause of B and C?",
 "Premise: M correlates with N, N correlates with O, M is independent of O given N, and M is unconditionally dependent on O. Hypothesis: N mediates the effect of M on O. True or false?",
 "A and B are independent; C is correlated with both A and B; D correlates only with C and is independent of A and B given C. Does C cause D?",
 "If J and K are marginally independent but dependent given L, can L be a cause of J?",
]
for t in REL:
    Q(d, t, "relation")

GEN = [
 "Generate a synthetic dataset of 5000 rows from the DAG X -> M -> Y, X -> Y with linear Gaussian equations.",
 "Use a language model to write the structural equations for a DAG where rainfall -> crop yield <- fertilizer, then sample 1000 rows.",
 "Make me a benchmark dataset with a known ATE of 2.0 from the SCM: Z ~ N(0,1), T = 1[Z + e > 0], Y = 2T + Z + e.",
 "Simulate data from this causal graph: age -> income, age -> health, income -> health. Let the LLM choose realistic equations for each variable.",
 "create a toy dataset with a confounder U affecting both treatment and outcome, n=2000",
 "Can you synthesise a benchmark from a structural causal model with an instrument Z -> T -> Y and a hidden U -> T, U -> Y?",
 "Generate data for the graph caffeine -> sleep -> focus, caffeine -> focus, with nonlinear mechanisms that an LLM writes from the variable meanings.",
 "I need a synthetic table with a collider: smoking -> lung damage <- asbestos; 10k rows, all binary.",
 "Produce a fake causal benchmark where the language model invents plausible equations for the DAG ad_spend -> visits -> sales.",
 "sample 500 observations from the SCM X1 := N(0,1); X2 := 0.5*X1 + N(0,1); Y := X1 - X2 + N(0,0.5)",
]
for t in GEN:
    Q(d, t, "generate")
