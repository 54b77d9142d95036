import json, random, collections
exec(open('ds.py').read())
Q = []
def add(ds, kind, text, T=None, Y=None, M=None, **kw):
    exp = {"kind": kind, "treatment": T, "outcome": Y, "mediator": M}
    exp.update(kw)
    Q.append({"question": text, "dataset": ds, "kind": kind, "expected": exp})
def A(ds, t, T, Y, **kw): add(ds, "ate", t, T, Y, **kw)
def C(ds, t, T, Y, **kw): add(ds, "cate", t, T, Y, **kw)
def P(ds, t, T, Y, **kw): add(ds, "policy", t, T, Y, **kw)
def MD(ds, t, T, M, Y, **kw): add(ds, "mediation", t, T, Y, M, **kw)
def DI(ds, t): add(ds, "discover", t)
def U(ds, t): add(ds, "unsupported", t)

# ---- ox ploughing
d = "h76_ox_ploughing"
A(d, "Estimate the average treatment effect of `yoke_dbl` on `yld_post`, controlling for `soil_cls`, `plot_ha` and `rain_mm`.", "yoke_dbl", "yld_post", covariates=["soil_cls", "plot_ha", "rain_mm"])
A(d, "Does giving the oxen extra rations make them cut deeper furrows?", "feed_supp", "furrow_dp_cm")
A(d, "ate feed_supp -> draft_fatigue adj ox_age_yr, ox_wt_kg", "feed_supp", "draft_fatigue", covariates=["ox_age_yr", "ox_wt_kg"])
A(d, "Is the harvest really bigger when oxen are worked in pairs, or is that just because bigger farms tend to use double yokes?", "yoke_dbl", "yld_post")
A(d, "What is the effect of a double yoke on how much ground gets ploughed per day?", "yoke_dbl", None, clarify=True)
A(d, "Among the farms that did use supplementary feed, how much did it change post-season yield?", "feed_supp", "yld_post", estimand="att")
A(d, "What's the effect of the oxen's breed on crop yields?", None, "yld_post", clarify=True)
A(d, "does feedin the oxen suplements increase hectares per day (the ha_per_day_v2 measure)", "feed_supp", "ha_per_day_v2")
C(d, "How does the effect of yoke_dbl on yld_post differ across soil_cls?", "yoke_dbl", "yld_post")
C(d, "On clay soils, what does a double yoke do to furrow depth?", "yoke_dbl", "furrow_dp_cm", at={"soil_cls": "clay"})
C(d, "Under the condition that the plot is 2 ha, what is the effect of supplementary feeding on yield?", "feed_supp", "yld_post", at={"plot_ha": 2})
C(d, "highland farms only: does feed_supp lower draft_fatigue?", "feed_supp", "draft_fatigue", at={"region": "highland"})
P(d, "Which farms should be given supplementary ox feed to maximise post-season yield?", "feed_supp", "yld_post")
P(d, "Learn a targeting rule for `yoke_dbl` that maximises `ha_per_day`.", "yoke_dbl", "ha_per_day")
MD(d, "How much of the double yoke's effect on yield goes through deeper furrows?", "yoke_dbl", "furrow_dp_cm", "yld_post")
MD(d, "Extra feed works by making the animals less tired, which then lets them cover more hectares a day (ha_per_day). Quantify the indirect part.", "feed_supp", "draft_fatigue", "ha_per_day")
MD(d, "decompose effect of feed_supp on yld_post into direct + indirect via furrow_dp_cm", "feed_supp", "furrow_dp_cm", "yld_post")
DI(d, "Learn the causal graph among the ox ploughing variables.")
DI(d, "Which of these farm variables drive which? Recover the cause-and-effect structure from the ploughing data.")
U(d, "Plot the distribution of ox_wt_kg by region.")

# ---- mounted police
d = "h76_mounted_police"
A(d, "What is the average causal effect of `desensTraining` on `incidentsPost`, adjusting for `horseAgeYrs` and `riderTenureYrs`?", "desensTraining", "incidentsPost", covariates=["horseAgeYrs", "riderTenureYrs"])
A(d, "Do horses that went through noise-and-smoke desensitisation get hurt less often over a year?", "desensTraining", "horseInjury12m")
A(d, "ate nightShift on complaintsPerMo", "nightShift", "complaintsPerMo")
A(d, "Are incidents reduced by desensitization training, or is it only that seasoned riders sign up for it?", "desensTraining", "incidentsPost")
A(d, "Estimate the effect of desensitisation training on public trust.", "desensTraining", None, clarify=True)
A(d, "What's the causal relationship between patrol hours and de-escalation?", None, None, clarify=True)
A(d, "For officers whose horses received the training, how much did it raise the de-escalation rate?", "desensTraining", "deEscalationRate", estimand="att")
A(d, "Does working nights change an officer's publicTrustScoreV2? Control for districtType.", "nightShift", "publicTrustScoreV2", covariates=["districtType"])
C(d, "In stadium districts, what is the effect of desensTraining on incidentsPost?", "desensTraining", "incidentsPost", at={"districtType": "stadium"})
C(d, "Is the training's payoff for calming situations larger with older horses? Show how it varies with horse age.", "desensTraining", "deEscalationRate")
C(d, "for 15 yr old horses, effect of desens training on horseInjury12m", "desensTraining", "horseInjury12m", at={"horseAgeYrs": 15})
C(d, "Under the condition that the officer works nights, does the desensitisation programme cut monthly complaints?", "desensTraining", "complaintsPerMo", at={"nightShift": 1})
P(d, "Which officers' horses should be prioritised for desensitisation training to minimise incidents?", "desensTraining", "incidentsPost")
P(d, "Design an assignment rule for night shifts (`nightShift`) that maximises `publicTrustScore`.", "nightShift", "publicTrustScore")
P(d, "With budget for only half the unit, who should get the sensory training so the de-escalation rate is as high as possible?", "desensTraining", "deEscalationRate")
MD(d, "Does desensitisation training lower incidents mainly because it raises the de-escalation rate? Split into direct and indirect effects.", "desensTraining", "deEscalationRate", "incidentsPost")
MD(d, "How much of the effect of patrolHrsWk on complaintsPerMo is mediated by incidentsPost?", "patrolHrsWk", "incidentsPost", "complaintsPerMo")
DI(d, "What causes what among the mounted unit's variables? Infer the dependencies from the data.")
U(d, "Give me the mean and median patrolHrsWk by districtType.")

# ---- bomb disposal
d = "h76_bomb_disposal"
A(d, "Estimate the ATE of ROBOT_USE on INJ_RATE_POST, controlling for TERRAIN, CALLOUTS_YR and EOD_CERT_LVL.", "ROBOT_USE", "INJ_RATE_POST", covariates=["TERRAIN", "CALLOUTS_YR", "EOD_CERT_LVL"])
A(d, "Do teams that send a robot in first get fewer technicians hurt?", "ROBOT_USE", "INJ_RATE_POST")
A(d, "effect of sim hrs on render safe rate", "SIM_HRS", "RENDER_SAFE_RATE")
A(d, "Does a heavier bomb suit raise operator stress?", "SUIT_WT_KG", None, clarify=True)
A(d, "What is the effect of ROBOT_USE on STRESS_SCORE_V2 among the units that did not use robots?", "ROBOT_USE", "STRESS_SCORE_V2", estimand="atc")
A(d, "Is the render-safe success rate improved by robots once terrain is accounted for, or is the association just confounding?", "ROBOT_USE", "RENDER_SAFE_RATE", covariates=["TERRAIN"])
A(d, "Using TEAM_SIZE as an instrument, estimate the effect of ROBOT_USE on RESP_MIN.", "ROBOT_USE", "RESP_MIN", instrument="TEAM_SIZE")
A(d, "How does working in hotter, more humid conditions affect how often technicians get injured?", "HEAT_IDX", "INJ_RATE_POST")
C(d, "For maritime units, what is the effect of `ROBOT_USE` on `INJ_RATE_POST`?", "ROBOT_USE", "INJ_RATE_POST", at={"TERRAIN": "maritime"})
C(d, "Does the benefit of simulator hours for rendering devices safe depend on certification level?", "SIM_HRS", "RENDER_SAFE_RATE")
C(d, "CATE of ROBOT_USE on RESP_MIN when HEAT_IDX = 35", "ROBOT_USE", "RESP_MIN", at={"HEAT_IDX": 35})
C(d, "Among level III certified units, does robot use lower stress?", "ROBOT_USE", None, at={"EOD_CERT_LVL": "III"}, clarify=True)
P(d, "Which units should be issued robots so that injuries are minimised?", "ROBOT_USE", "INJ_RATE_POST")
P(d, "Find the optimal allocation of simulator hours (SIM_HRS) across units to maximise RENDER_SAFE_RATE.", "SIM_HRS", "RENDER_SAFE_RATE")
P(d, "Should every squad get a robot or only some? learn a rule to minimise response time", "ROBOT_USE", "RESP_MIN")
MD(d, "How much of ROBOT_USE's effect on INJ_RATE_POST is mediated by STRESS_SCORE?", "ROBOT_USE", "STRESS_SCORE", "INJ_RATE_POST")
MD(d, "Simulator practice works by calming operators (STRESS_SCORE_V2), which then raises the render-safe rate. What share of the effect is indirect?", "SIM_HRS", "STRESS_SCORE_V2", "RENDER_SAFE_RATE")
MD(d, "direct vs indirect effect of SUIT_WT_KG on INJ_RATE_POST through RESP_MIN", "SUIT_WT_KG", "RESP_MIN", "INJ_RATE_POST")
DI(d, "Run causal discovery on h76_bomb_disposal.")
DI(d, "I want to know which factors influence which in the EOD data: heat, suit weight, stress, injuries and the rest. Work out the structure.")
U(d, "Train a model to predict FALSE_ALARM_PCT from the other columns.")

# ---- paramotor
d = "h76_paramotor"
A(d, "What's the effect of instructor-led training on launch failures over the last 90 days (`launch_failures_90d`)?", "instructor_led", "launch_failures_90d")
A(d, "Does learning with an instructor make pilots more confident?", "instructor_led", "confidence_after")
A(d, "ate trike_launch -> mishaps, adj weight, age, wind_speed", "trike_launch", "mishaps", covariates=["weight", "age", "wind_speed"])
A(d, "Do trike launches cut down on failed take-offs?", "trike_launch", None, clarify=True)
A(d, "Pilots who carry a reserve seem to have more mishaps. Is that causal or confounded by experience? Estimate the effect adjusting for flight_hours.", "reserve_chute", "mishaps", covariates=["flight_hours"])
A(d, "How do changes in wind speed affect launch_failures_30d?", "wind_speed", "launch_failures_30d")
A(d, "Effect of trike_launch on fuel_usage for the pilots who actually fly trikes.", "trike_launch", "fuel_usage", estimand="att")
C(d, "When thermals are strong, what is the effect of `trike_launch` on `mishaps`?", "trike_launch", "mishaps", at={"thermal_strength": "strong"})
C(d, "how does the effect of instructor_led on launch_failures_90d vary with flight_hours", "instructor_led", "launch_failures_90d")
C(d, "What does carrying a reserve parachute do to a pilot's self-assurance in 10 knots of wind?", "reserve_chute", "confidence_after", at={"wind_speed": 10})
C(d, "Among pilots weighing 100 kg, does a trike launch lower launch_failures_30d?", "trike_launch", "launch_failures_30d", at={"weight": 100})
P(d, "Who should be required to train with an instructor to minimise mishaps?", "instructor_led", "mishaps")
P(d, "Recommend which pilots should switch to trike launching to reduce launch failures.", "trike_launch", None, clarify=True)
MD(d, "Instructor-led training works by building confidence, which then reduces mishaps. How big is that indirect path?", "instructor_led", "confidence_after", "mishaps")
MD(d, "mediation: trike_launch -> launch_failures_90d -> mishaps", "trike_launch", "launch_failures_90d", "mishaps")
DI(d, "Which of these paramotor variables are causes and which are effects? Learn the whole causal structure.")
U(d, "Forecast next month's fuel_use for pilot P-402.")

# ---- autogyro
d = "h76_autogyro_schools"
A(d, "Estimate the average effect of simulator pre-training (`sim_pre`) on hours to first solo (`solo_hrs_v2`).", "sim_pre", "solo_hrs_v2")
A(d, "Does simulator pre-training help students pass the check ride at the first attempt?", "sim_pre", "chkride_pass")
A(d, "ate of gnd_sch_hrs on hard_lndg_6m controlling for stu_age and rotor_type", "gnd_sch_hrs", "hard_lndg_6m", covariates=["stu_age", "rotor_type"])
A(d, "Do students who practise in the simulator first reach solo sooner?", "sim_pre", None, clarify=True)
A(d, "Are hard landings reduced by simulator pre-training?", "sim_pre", "hard_lndg_6m")
A(d, "what does having fewer students per instructor do to the first-attempt pass rate", "instr_ratio", "chkride_pass")
A(d, "Effect of sim_pre on chkride_pass_2nd for the students who did not take simulator pre-training.", "sim_pre", "chkride_pass_2nd", estimand="atc")
A(d, "Effect of ground-school hours on hours to solo (solo_hrs), holding climate and fleet size fixed.", "gnd_sch_hrs", "solo_hrs", covariates=["climate", "fleet_n"])
C(d, "In arid climates, does `sim_pre` change `hard_lndg_6m`?", "sim_pre", "hard_lndg_6m", at={"climate": "arid"})
C(d, "For schools flying 3-blade rotors, what is the effect of simulator pre-training on passing the check ride first time?", "sim_pre", "chkride_pass", at={"rotor_type": "3-blade"})
C(d, "Who benefits most from simulator pre-training in terms of solo_hrs? is it the older students?", "sim_pre", "solo_hrs")
C(d, "effect of gnd_sch_hrs on chkride_pass when stu_age is 60", "gnd_sch_hrs", "chkride_pass", at={"stu_age": 60})
P(d, "Which students should be put through simulator pre-training to maximise first-time check-ride passes?", "sim_pre", "chkride_pass")
P(d, "targeting rule: assign sim_pre to minimise hard_lndg_6m", "sim_pre", "hard_lndg_6m")
P(d, "Which schools should we fund to lower their instructor ratio so students need fewer hours to solo (solo_hrs)?", "instr_ratio", "solo_hrs")
MD(d, "How much of the simulator's effect on check-ride success runs through fewer hours to solo (solo_hrs)?", "sim_pre", "solo_hrs", "chkride_pass")
MD(d, "gnd_sch_hrs -> hard_lndg_6m -> chkride_pass: direct vs indirect", "gnd_sch_hrs", "hard_lndg_6m", "chkride_pass")
DI(d, "Learn a DAG over the autogyro school dataset.")

# ---- ama diving
d = "h76_ama_diving"
A(d, "What is the causal effect of wearing a wetsuit on `catch_kg`, adjusting for `water_temp` and `season`?", "wetsuit", "catch_kg", covariates=["water_temp", "season"])
A(d, "Do the divers bring up more shellfish when they wear a wetsuit?", "wetsuit", None, clarify=True)
A(d, "Does having a boat alongside increase how many times an ama goes down each day?", "boat_support", "dives_per_day")
A(d, "ate boat_support on income", "boat_support", "income")
A(d, "Is ear pain made worse by a heavier weight belt?", "weight_belt_kg", "ear_pain_post")
A(d, "Does using fins increase catch_kg?", None, "catch_kg", clarify=True)
A(d, "For divers in the cooperative, how much did membership raise their income?", "cooperative", "income", estimand="att")
A(d, "Does wetsuit use change catch_weight? Control for age and years_diving.", "wetsuit", "catch_weight", covariates=["age", "years_diving"])
C(d, "When the sea is at 15°C, what does a wetsuit do to the number of dives per day?", "wetsuit", "dives_per_day", at={"water_temp": 15})
C(d, "among summer divers, effect of boat_support on catch_kg", "boat_support", "catch_kg", at={"season": "summer"})
C(d, "Does the wetsuit's effect on catch_kg vary with the diver's age?", "wetsuit", "catch_kg")
C(d, "For 70-year-old divers, what is the effect of a wetsuit on how long they can hold their breath?", "wetsuit", "breath_hold_sec", at={"age": 70})
P(d, "Which divers should be offered a support boat to maximise their catch (catch_kg)?", "boat_support", "catch_kg")
P(d, "Who should receive a subsidised wetsuit so as to maximise income?", "wetsuit", "income")
P(d, "Which ama should be told to take longer rests between sessions to reduce ear pain?", "rest_minutes", "ear_pain_post")
MD(d, "Does the support boat raise earnings through more dives per day? Estimate the indirect share.", "boat_support", "dives_per_day", "income")
MD(d, "wetsuit -> dives_per_day -> catch_kg mediation", "wetsuit", "dives_per_day", "catch_kg")
MD(d, "Cooperative membership boosts income partly because members land a heavier haul (catch_weight). How much is direct versus through the catch?", "cooperative", "catch_weight", "income")
DI(d, "figure out the causal relationships among the ama diving variables")
U(d, "Summarise catch_kg by season in a table.")

# ---- kite fighting
d = "h76_kite_fighting"
A(d, "Estimate the ATE of GLASS_LINE on CUTS_WON_PCT adjusting for KITE_SZ_CM and WIND_KMH.", "GLASS_LINE", "CUTS_WON_PCT", covariates=["KITE_SZ_CM", "WIND_KMH"])
A(d, "Does flying with glass-coated manja actually win more fights, or is it just that the better flyers use it?", "GLASS_LINE", None, clarify=True)
A(d, "Does the glass line raise the number of hand injuries in the last 12 months?", "GLASS_LINE", "HAND_INJ_12M")
A(d, "ate PRACTICE_HRS_WK -> RANK_POST", "PRACTICE_HRS_WK", "RANK_POST")
A(d, "Is a flyer's ranking improved by practising more, controlling for age?", "PRACTICE_HRS_WK", "RANK_POST", covariates=["AGE_YRS"])
A(d, "effect of glass line on HAND_INJ among the flyers who used it", "GLASS_LINE", "HAND_INJ", estimand="att")
A(d, "Does a thicker string help you cut more opponents (CUTS_WON)?", "LINE_GAUGE", "CUTS_WON")
A(d, "What happens to the share of duels won when flyers enter more tournaments?", "TOURN_ENTRIES", "CUTS_WON_PCT")
C(d, "In Lahore, effect of `GLASS_LINE` on `HAND_INJ_12M`?", "GLASS_LINE", "HAND_INJ_12M", at={"CITY": "Lahore"})
C(d, "For flyers using metal spools, does glass line raise CUTS_WON_PCT?", "GLASS_LINE", "CUTS_WON_PCT", at={"SPOOL_TYPE": "metal"})
C(d, "how does the effect of GLASS_LINE on CUTS_WON vary by wind speed", "GLASS_LINE", "CUTS_WON")
C(d, "At 20 km/h of wind, what does a bigger kite do to the proportion of cuts won?", "KITE_SZ_CM", "CUTS_WON_PCT", at={"WIND_KMH": 20})
P(d, "Should young flyers be kept off glass line? Learn who should use it to minimise hand injuries (HAND_INJ).", "GLASS_LINE", "HAND_INJ")
P(d, "Which flyers should be given more practice time to improve RANK_POST?", "PRACTICE_HRS_WK", "RANK_POST")
MD(d, "Glass line improves rank by winning more cuts: how much of GLASS_LINE's effect on RANK_POST is mediated via CUTS_WON?", "GLASS_LINE", "CUTS_WON", "RANK_POST")
MD(d, "Practice gets flyers into more tournaments, which in turn lifts their ranking. Decompose the practice effect on RANK_POST through TOURN_ENTRIES.", "PRACTICE_HRS_WK", "TOURN_ENTRIES", "RANK_POST")
DI(d, "causal structure learning on h76_kite_fighting pls")
U(d, "SELECT CITY, AVG(CUTS_WON) FROM h76_kite_fighting GROUP BY CITY; run this query")

# ---- vinyl pressing
d = "h76_vinyl_pressing"
A(d, "Estimate the average treatment effect of `autoPress` on `rejectRate28d`, adjusting for `pvcCompound`, `stamperAgeHits`, and `operatorTenureMo`.", "autoPress", "rejectRate28d", covariates=["pvcCompound", "stamperAgeHits", "operatorTenureMo"])
A(d, "Do automatic presses make quieter records?", "autoPress", None, clarify=True)
A(d, "effect of steam temp on non-fill", "steamTempC", "nonFillPct")
A(d, "Are customer returns reduced by QC inspection?", "qcInspect", "returnsPost")
A(d, "Does shortening the press cycle increase the 7-day reject rate?", "cycleSecs", "rejectRate7d")
A(d, "ATT of autoPress on returnsPost", "autoPress", "returnsPost", estimand="att")
A(d, "What would happen to surface noise (surfaceNoiseDbV2) if we ran the steam hotter?", "steamTempC", "surfaceNoiseDbV2")
A(d, "does qc inspection change the reject rate", "qcInspect", None, clarify=True)
C(d, "For regrind PVC, what is the effect of steamTempC on surfaceNoiseDb?", "steamTempC", "surfaceNoiseDb", at={"pvcCompound": "regrind"})
C(d, "night shift: does autoPress reduce rejectRate7d?", "autoPress", "rejectRate7d", at={"shiftType": "night"})
C(d, "Is the automatic press's effect on non-fills bigger with worn stampers? Describe how it varies with stamper age.", "autoPress", "nonFillPct")
C(d, "When the cycle is 25 seconds, what is the effect of automation on customer returns?", "autoPress", "returnsPost", at={"cycleSecs": 25})
P(d, "Which press runs should get QC inspection to minimise customer returns?", "qcInspect", "returnsPost")
P(d, "Optimal rule for assigning orders to `autoPress` to minimise `rejectRate28d`.", "autoPress", "rejectRate28d")
P(d, "Which orders belong on the automated presses if we want the least surface noise (surfaceNoiseDb)?", "autoPress", "surfaceNoiseDb")
MD(d, "Does automation cut returns because it reduces non-fill defects? Give direct and indirect effects.", "autoPress", "nonFillPct", "returnsPost")
MD(d, "steamTempC -> cycleSecs -> rejectRate28d mediation analysis", "steamTempC", "cycleSecs", "rejectRate28d")
DI(d, "Which variables in the pressing plant data influence one another? Learn the full causal structure.")
U(d, "Remove duplicate rows and fill missing steamTempC values with the median.")

# ---- darkroom
d = "h76_darkroom_labs"
A(d, "What is the effect of `dev_temp_c` on `grain_idx`, controlling for `film_iso` and `agit_mode`?", "dev_temp_c", "grain_idx", covariates=["film_iso", "agit_mode"])
A(d, "Did upgrading the extraction fans cut down on staff headaches?", "vent_upg", "headache_rpt")
A(d, "ate fix_fresh on print_rej_post", "fix_fresh", "print_rej_post")
A(d, "Does using a stop bath improve customer satisfaction?", "stop_bath", None, clarify=True)
A(d, "Effect of developing time on negative density (neg_dens).", "dev_min", "neg_dens")
A(d, "Among labs that kept their fixer fresh, was the print reject rate lowered by it?", "fix_fresh", "print_rej_post", estimand="att")
A(d, "How does stop bath use affect cust_sat_90d, holding tech_yrs fixed?", "stop_bath", "cust_sat_90d", covariates=["tech_yrs"])
C(d, "For ISO 3200 film, what is the effect of developer temperature on graininess?", "dev_temp_c", "grain_idx", at={"film_iso": 3200})
C(d, "At 24°C, effect of dev_min on neg_dens_v2", "dev_min", "neg_dens_v2", at={"dev_temp_c": 24})
C(d, "stand development only: effect of dev_min on grain_idx", "dev_min", "grain_idx", at={"agit_mode": "stand"})
C(d, "Does the effect of fresh fixer on rejected prints differ with technician experience?", "fix_fresh", "print_rej_post")
P(d, "Which labs should get a ventilation upgrade first to minimise headache reports?", "vent_upg", "headache_rpt")
P(d, "Choose which labs should adopt a stop bath to maximise `cust_sat_90d`.", "stop_bath", "cust_sat_90d")
P(d, "policy learning: fix_fresh -> print_rej_post", "fix_fresh", "print_rej_post")
MD(d, "How much of the development temperature's effect on print rejects runs through grain?", "dev_temp_c", "grain_idx", "print_rej_post")
MD(d, "Fresh fixer works by improving negative density (neg_dens), which then lowers print rejects. Estimate the direct and indirect effects.", "fix_fresh", "neg_dens", "print_rej_post")
MD(d, "mediation vent_upg via headache_rpt to cust_sat_30d", "vent_upg", "headache_rpt", "cust_sat_30d")
DI(d, "Learn the causal graph for the darkroom labs.")
DI(d, "Infer which darkroom variables causally influence which, with no prior structure given.")
U(d, "Make a scatter plot of dev_temp_c vs grain_idx.")

# ---- neon
d = "h76_neon_workshops"
A(d, "Estimate the effect of `safety_course` on `burns_after`, adjusting for `bender_years` and `apprentice`.", "safety_course", "burns_after", covariates=["bender_years", "apprentice"])
A(d, "Did the safety training mean fewer people got scorched at the bench?", "safety_course", "burns_after")
A(d, "Do longer bombarding times mean fewer signs fail?", "bombarding_time", None, clarify=True)
A(d, "ate of bombarding_time on sign_failures_12m adj gas_type tube_length_m", "bombarding_time", "sign_failures_12m", covariates=["gas_type", "tube_length_m"])
A(d, "Does taking on an apprentice change the customer_score?", "apprentice", "customer_score")
A(d, "What does a beefier transformer do to the electricity bill?", "transformer_rating", "electricity_cost")
A(d, "Effect of the safety course on burns for the workshops that didn't take it.", "safety_course", "burns_after", estimand="atc")
A(d, "Is price pushed up by having more experienced benders?", "bender_years", "price")
C(d, "For argon-filled signs, effect of `bombarding_time` on `sign_failures_6m`.", "bombarding_time", "sign_failures_6m", at={"gas_type": "argon"})
C(d, "For signs with 10 m of tubing, does longer bombarding cut failures over twelve months?", "bombarding_time", "sign_failures_12m", at={"tube_length_m": 10})
C(d, "How does the safety course's effect on burns vary with the bender's experience?", "safety_course", "burns_after")
C(d, "among shops with an apprentice does safety_course reduce burns_after", "safety_course", "burns_after", at={"apprentice": 1})
P(d, "Which workshops should be made to attend the safety course to cut burns?", "safety_course", "burns_after")
P(d, "Who should take on an apprentice to maximise orders_per_month?", "apprentice", "orders_per_month")
MD(d, "Does bombarding_time improve customer_rating via fewer sign_failures_12m?", "bombarding_time", "sign_failures_12m", "customer_rating")
MD(d, "The apprentice effect on price: how much of it goes through the number of monthly orders?", "apprentice", "orders_per_month", "price")
DI(d, "Discover the causal structure among the neon workshop variables.")

# ---- terrazzo
d = "h76_terrazzo"
A(d, "Estimate the ATE of EPOXY on CRACK_CNT_3Y controlling for SUBSTRATE, AMB_HUM_PCT and CURE_DAYS.", "EPOXY", "CRACK_CNT_3Y", covariates=["SUBSTRATE", "AMB_HUM_PCT", "CURE_DAYS"])
A(d, "Do epoxy floors crack less?", "EPOXY", None, clarify=True)
A(d, "Does sealing the floor make it more slippery? Use SLIP_RES.", "SEALER", "SLIP_RES")
A(d, "ate CURE_DAYS → CRACK_CNT_1Y", "CURE_DAYS", "CRACK_CNT_1Y")
A(d, "How much more per square metre does choosing a resin matrix cost?", "EPOXY", "COST_PER_M2")
A(d, "Are clients happier because of epoxy, or is it confounded by big jobs? adjust for AREA_M2", "EPOXY", "CLIENT_SAT", covariates=["AREA_M2"])
A(d, "effect of GRIND_PASSES on SLIP_RES_V2", "GRIND_PASSES", "SLIP_RES_V2")
A(d, "For the jobs that were sealed, what did sealing do to client satisfaction?", "SEALER", "CLIENT_SAT", estimand="att")
C(d, "On timber substrates, what is the effect of `EPOXY` on `CRACK_CNT_3Y`?", "EPOXY", "CRACK_CNT_3Y", at={"SUBSTRATE": "timber"})
C(d, "At 80% humidity, how do longer curing periods affect cracks after one year?", "CURE_DAYS", "CRACK_CNT_1Y", at={"AMB_HUM_PCT": 80})
C(d, "with brass divider strips, does epoxy reduce 3-year cracking", "EPOXY", "CRACK_CNT_3Y", at={"DIVIDER": "brass"})
C(d, "How does the epoxy premium on cost per m² vary with the floor area?", "EPOXY", "COST_PER_M2")
P(d, "Which jobs should use an epoxy matrix to minimise cracking over three years?", "EPOXY", "CRACK_CNT_3Y")
P(d, "Rule for when to apply `SEALER` so as to maximise `CLIENT_SAT`.", "SEALER", "CLIENT_SAT")
P(d, "Which floors should get extra grinding passes to keep slip resistance (SLIP_RES) up?", "GRIND_PASSES", "SLIP_RES")
MD(d, "Does epoxy raise client satisfaction through fewer first-year cracks (CRACK_CNT_1Y)?", "EPOXY", "CRACK_CNT_1Y", "CLIENT_SAT")
MD(d, "how much of CURE_DAYS effect on CLIENT_SAT is mediated by CRACK_CNT_3Y", "CURE_DAYS", "CRACK_CNT_3Y", "CLIENT_SAT")
DI(d, "What's the causal ordering of the terrazzo variables? Learn it from the data.")
U(d, "What's the average COST_PER_M2?")

# ---- pile driving
d = "h76_pile_driving"
A(d, "Estimate the average effect of `preDrill` on `drivingHrs`, adjusting for `soilBlowCount`, `pileLenM` and `hammerType`.", "preDrill", "drivingHrs", covariates=["soilBlowCount", "pileLenM", "hammerType"])
A(d, "Does pre-drilling reduce noise?", "preDrill", None, clarify=True)
A(d, "Does keeping a vibration monitor on site lead to fewer grumbles from the neighbours?", "vibMonitor", "complaintsNearby")
A(d, "ate preDrill -> refusalHit", "preDrill", "refusalHit")
A(d, "Is long-term settlement affected by pre-drilling?", "preDrill", "settlementMm24mo")
A(d, "What's the effect of crew experience on going over budget?", "crewExpYrs", "costOverrunPct")
A(d, "Using soilBlowCount as an instrument, estimate the effect of blowsPerM on settlementMm6mo.", "blowsPerM", "settlementMm6mo", instrument="soilBlowCount")
A(d, "ATC: effect of vibMonitor on costOverrunPct for crews without monitoring", "vibMonitor", "costOverrunPct", estimand="atc")
C(d, "For marine sites, what is the effect of pre-drilling on driving hours?", "preDrill", "drivingHrs", at={"siteType": "marine"})
C(d, "With a vibratory hammer, does `preDrill` change `noiseDbAMax`?", "preDrill", "noiseDbAMax", at={"hammerType": "vibratory"})
C(d, "for 30 m piles, effect of preDrill on settlementMm24mo", "preDrill", "settlementMm24mo", at={"pileLenM": 30})
C(d, "Where is pre-drilling most effective at avoiding refusal? Look at heterogeneity by soil blow count.", "preDrill", "refusalHit")
P(d, "On which sites should crews pre-drill to minimise cost overruns?", "preDrill", "costOverrunPct")
P(d, "Who should get vibration monitors to keep neighbour complaints down?", "vibMonitor", "complaintsNearby")
P(d, "targeting policy for preDrill that minimises drivingHrs", "preDrill", "drivingHrs")
MD(d, "Pre-drilling lowers complaints by making the work quieter (noiseDbA). How much of the effect is indirect?", "preDrill", "noiseDbA", "complaintsNearby")
MD(d, "preDrill -> drivingHrs -> costOverrunPct, direct/indirect", "preDrill", "drivingHrs", "costOverrunPct")
MD(d, "Does hitting refusal mediate the effect of soil blow count on cost overrun?", "soilBlowCount", "refusalHit", "costOverrunPct")
DI(d, "learn causal graph, h76_pile_driving")
DI(d, "Find out from the data how noise, complaints, settlement and the rest depend on each other causally.")
U(d, "Create a histogram of settlementMm24mo.")

# ---- locksmith
d = "h76_locksmith"
A(d, "Estimate the ATE of `mobile_van` on `response_minutes`, controlling for `area_type` and `staff`.", "mobile_van", "response_minutes", covariates=["area_type", "staff"])
A(d, "Does running a van bring in more money?", "mobile_van", "revenue_this_year")
A(d, "Does master certification improve reviews?", "master_certified", None, clarify=True)
A(d, "Is there a causal connection between online reviews and callouts?", None, None, clarify=True)
A(d, "Effect of master_certified on repeat_customers_pct for the certified shops.", "master_certified", "repeat_customers_pct", estimand="att")
A(d, "Are faster arrivals driving more repeat business? Estimate the effect of response time on repeat_customers.", "response_minutes", "repeat_customers")
A(d, "does getting certified as a master locksmith cause higher turnover", "master_certified", "revenue_this_year")
C(d, "In rural areas, what is the effect of having a mobile van on response minutes?", "mobile_van", "response_minutes", at={"area_type": "rural"})
C(d, "For shops with 2 staff, does master certification raise review_score_v2?", "master_certified", "review_score_v2", at={"staff": 2})
C(d, "How does the van's effect on revenue vary with how long the shop has been open?", "mobile_van", "revenue_this_year")
C(d, "when advertising spend is 5000, effect of mobile_van on callouts_per_week", "mobile_van", "callouts_per_week", at={"advertising_spend": 5000})
P(d, "Which shops should invest in a mobile van to maximise this year's revenue?", "mobile_van", "revenue_this_year")
P(d, "Who should we encourage to get master certification to grow the share of repeat customers (repeat_customers_pct)?", "master_certified", "repeat_customers_pct")
P(d, "Allocate the advertising budget across shops so as to maximise weekly callouts.", "advertising_spend", "callouts_per_week")
MD(d, "Does the van raise revenue by cutting response time? Split into direct and indirect.", "mobile_van", "response_minutes", "revenue_this_year")
MD(d, "advertising_spend -> callouts_per_week -> revenue_this_year: how much is mediated?", "advertising_spend", "callouts_per_week", "revenue_this_year")
DI(d, "Recover a causal diagram for the locksmith shop variables.")
U(d, "Predict which shops will close next year.")

# ---- kimono
d = "h76_kimono_tailoring"
A(d, "Estimate the average treatment effect of `hand_sew` on `fit_score_v2`, adjusting for `silk_grd` and `appr_yrs`.", "hand_sew", "fit_score_v2", covariates=["silk_grd", "appr_yrs"])
A(d, "Do hand-stitched kimonos fit better?", "hand_sew", None, clarify=True)
A(d, "Does offering a dressing service bring customers back?", "kitsuke_svc", None, clarify=True)
A(d, "ate hand_sew on eye_strain", "hand_sew", "eye_strain")
A(d, "Are alteration requests reduced by hand sewing?", "hand_sew", "alt_req_post")
A(d, "Effect of apprenticeship length on the hours spent per garment.", "appr_yrs", "hrs_per_pc")
A(d, "For tailors who offer kitsuke, effect of the service on ret_cust_90d.", "kitsuke_svc", "ret_cust_90d", estimand="att")
A(d, "how much does hand sewing push up the price, controlling for silk grade", "hand_sew", "price_jpy", covariates=["silk_grd"])
C(d, "For grade A silk, effect of `hand_sew` on `alt_req_post`.", "hand_sew", "alt_req_post", at={"silk_grd": "A"})
C(d, "In rural prefectures, does the dressing service increase the number of customers returning within 30 days?", "kitsuke_svc", "ret_cust_30d", at={"pref_type": "rural"})
C(d, "For customers aged 70, effect of kitsuke_svc on ret_cust_90d", "kitsuke_svc", "ret_cust_90d", at={"cust_age": 70})
C(d, "Does the benefit of hand sewing on fit_score depend on years of apprenticeship?", "hand_sew", "fit_score")
P(d, "Which tailors should switch to hand sewing to minimise alteration requests?", "hand_sew", "alt_req_post")
P(d, "To whom should the kitsuke service be offered to maximise ret_cust_90d?", "kitsuke_svc", "ret_cust_90d")
MD(d, "Hand sewing improves fit, which then reduces alterations. How much of hand_sew's effect on alt_req_post goes through fit_score?", "hand_sew", "fit_score", "alt_req_post")
MD(d, "mediation hand_sew -> hrs_per_pc -> price_jpy", "hand_sew", "hrs_per_pc", "price_jpy")
MD(d, "Does the dressing service bring customers back (ret_cust_90d) directly, or by improving fit_score_v2?", "kitsuke_svc", "fit_score_v2", "ret_cust_90d")
DI(d, "Learn the structure of causal dependencies in the kimono tailoring data.")
U(d, "Translate the column names into Japanese.")

# ---- cochineal
d = "h76_cochineal"
A(d, "Estimate the ATE of NEST_INOC on HARVEST_KG_Q2, controlling for CACTUS_HA, ALT_M and RAIN_MM.", "NEST_INOC", "HARVEST_KG_Q2", covariates=["CACTUS_HA", "ALT_M", "RAIN_MM"])
A(d, "Does predator control raise the harvest?", "PRED_CTRL", None, clarify=True)
A(d, "Does shade netting change the carminic acid content as measured by the lab (CARMINIC_PCT_LAB)?", "SHADE_NET", "CARMINIC_PCT_LAB")
A(d, "ate PRED_CTRL on INCOME_12M", "PRED_CTRL", "INCOME_12M")
A(d, "Is farm income raised by seeding the cactus pads with nests of mother insects?", "NEST_INOC", "INCOME_12M")
A(d, "What is the effect of irrigation on HARVEST_KG_Q2?", None, "HARVEST_KG_Q2", clarify=True)
A(d, "Effect of SHADE_NET on HARVEST_KG_Q1 for farms that did not install nets.", "SHADE_NET", "HARVEST_KG_Q1", estimand="atc")
C(d, "In Oaxaca, what is the effect of NEST_INOC on HARVEST_KG_Q1?", "NEST_INOC", "HARVEST_KG_Q1", at={"REGION": "Oaxaca"})
C(d, "At 2000 m altitude, does shade netting increase CARMINIC_PCT?", "SHADE_NET", "CARMINIC_PCT", at={"ALT_M": 2000})
C(d, "for farms with 2 ha of cactus, effect of predator control on income", "PRED_CTRL", "INCOME_12M", at={"CACTUS_HA": 2})
C(d, "How does the effect of shade netting on the second-quarter harvest vary with mean temperature?", "SHADE_NET", "HARVEST_KG_Q2")
P(d, "Which farms should adopt predator control to maximise INCOME_12M?", "PRED_CTRL", "INCOME_12M")
P(d, "Target shade nets to the farms where they raise HARVEST_KG_Q2 the most.", "SHADE_NET", "HARVEST_KG_Q2")
P(d, "Where should the cooperative subsidise nest inoculation to maximise the first-quarter harvest?", "NEST_INOC", "HARVEST_KG_Q1")
MD(d, "Nest inoculation increases income via a bigger second-quarter harvest: what are the direct and indirect effects?", "NEST_INOC", "HARVEST_KG_Q2", "INCOME_12M")
MD(d, "How much of shade netting's effect on the price per kilo goes through carminic acid content (CARMINIC_PCT)?", "SHADE_NET", "CARMINIC_PCT", "PRICE_USD_KG")
DI(d, "Which causes which among temperature, rainfall, altitude, harvest and income on the cochineal farms? Infer it.")
DI(d, "Run the PC algorithm on h76_cochineal.")

# ---- unsupported, no dataset
for t in ["Hello there!", "Tell me a joke about statisticians.", "What's the capital of Peru?",
          "Write a SQL query to join orders and customers on customer_id.",
          "How do I convert a CSV to parquet in pandas?", "Forecast Bitcoin's price for next week.",
          "thanks, that's all for today", "Explain what a p-value is."]:
    U("none", t)

# ---- audit
def AU(t, T, Y): add("none", "audit", t, T, Y)
AU("Would the chatbot's loan approval change if the applicant were Black instead of white, all else equal?", "race", "loan approval")
AU("Does the LLM screening CVs give a different hiring recommendation when the applicant's gender is switched from male to female, keeping everything else identical?", "gender", "hiring recommendation")
AU("Audit our GPT triage bot: if a patient's age changed from 35 to 75 with the same symptoms, would its triage priority change?", "age", "triage priority")
AU("Would the assistant's tenancy decision differ if the applicant's religion were Muslim rather than Christian?", "religion", "tenancy decision")
AU("check if the language model's insurance quote changes when the customer mentions a disability, holding all else fixed", "disability", "insurance quote")
AU("Does the AI interviewer's score change for candidates with a Nigerian accent versus a British accent, everything else the same?", "accent", "score")
AU("Counterfactual fairness test: swap the name 'Emily' for 'Lakisha' in the prompt and see whether the model's callback decision flips.", "name", "callback decision")
AU("Is the assistant's scholarship recommendation sensitive to the student's ethnicity when all other details are equal?", "ethnicity", "scholarship recommendation")
AU("would the model's bail recommendation be different if the defendant were Hispanic, nothing else changed?", "ethnicity", "bail recommendation")
AU("Does the chatbot suggest a lower salary offer for women than for otherwise identical men?", "gender", "salary offer")
AU("Evaluate whether an LLM's credit limit suggestion depends on the applicant's sexual orientation when everything else is held constant.", "sexual orientation", "credit limit suggestion")
AU("If I change only the applicant's nationality from German to Syrian, does the AI visa assistant's approval recommendation change?", "nationality", "approval recommendation")
AU("Is our support bot's refund decision influenced by the customer's age? Flip the age, keep the rest.", "age", "refund decision")
AU("does the llm's promotion recommendation change when the employee is described as pregnant vs not pregnant, all else equal", "pregnancy", "promotion recommendation")
AU("Audit the medical chatbot: same case notes, only the patient's race changed. Does the pain medication recommendation differ?", "race", "pain medication recommendation")
AU("Would an AI admissions reader change its admission decision if the applicant's name sounded East Asian, everything else unchanged?", "name", "admission decision")
AU("Does the letting agent's AI give a different rental recommendation for a wheelchair user than for an identical applicant without a disability?", "disability", "rental recommendation")
AU("Test for counterfactual unfairness: does the mortgage chatbot's interest rate offer change with the applicant's gender identity (trans vs cis), all else equal?", "gender identity", "interest rate offer")

# ---- relation
for t in ["Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
 "Premise: A and B are correlated, A and C are correlated, B and C are correlated, and B and C are independent given A. Hypothesis: A directly causes B.",
 "In a closed system of three variables X, Y, Z: X is independent of Y, X correlates with Z, Y correlates with Z, and X and Y become dependent given Z. Is Z a common effect of X and Y?",
 "Given: A-B correlated, B-C correlated, A-C correlated, and A ⟂ C | B. Can we conclude that A causes C?",
 "Four variables A, B, C, D. Every pair is correlated, but A and D are independent given B and C. Do B and C mediate between A and D?",
 "If P and Q are independent of each other and both correlate with R, is R a confounder of P and Q?",
 "A correlates with B; B is independent of C; A correlates with C. Does C cause B?",
 "Premises: S correlates with T, T correlates with U, and S is independent of U given T. Is there a direct causal edge from S to U?",
 "statistical relations: A and B dependent, A and C independent, B and C dependent, A and C dependent given B. does B have two causes?",
 "only A and B are correlated, everything else among A, B, C, D is independent. does C cause A?"]:
    add("none", "relation", t)

# ---- generate
for t in ["Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
 "Create a benchmark dataset where a language model writes the structural equations for rainfall, fertiliser and yield, given the graph rainfall -> yield <- fertiliser.",
 "simulate data from an SCM: U ~ N(0,1), T = 1[U + e > 0], Y = 2T + U + e",
 "Build me a causal benchmark with a known ground-truth graph of 10 nodes and nonlinear mechanisms.",
 "Use an LLM to define plausible equations for the DAG age -> income -> savings and sample 1000 rows.",
 "Generate semi-synthetic data with a known treatment effect of 3 following the DAG X -> T -> Y, X -> Y.",
 "Can you synthesise a dataset from this structural causal model: A := N(0,1); B := 0.5A + N(0,1); C := A - B + N(0,0.5)?",
 "Produce a synthetic mediation benchmark: T -> M -> Y plus T -> Y, binary T, 2000 samples.",
 "Let the language model invent variable meanings and functional forms for a random 6-node DAG, then sample observational and interventional data from it.",
 "make a toy dataset with an instrument: Z -> T -> Y, with an unobserved confounder U affecting both T and Y"]:
    add("none", "generate", t)

# ---- validate & write
out = []
for q in Q:
    ds = q["dataset"]; e = q["expected"]
    if ds != "none":
        cols = list(D[ds][1].keys())
        for r in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(r) is not None: assert e[r] in cols, (ds, r, e[r], q["question"])
        for cv in e.get("covariates", []): assert cv in cols, (ds, cv)
        for k, v in e.get("at", {}).items():
            assert k in cols, (ds, k)
            t = D[ds][1][k]["type"]
            if t == "categorical": assert v in D[ds][1][k]["values"], (ds, k, v)
            else: assert isinstance(v, (int, float))
    else:
        cols = None
        assert q["kind"] in ("unsupported", "audit", "relation", "generate")
    if q["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if q["kind"] == "mediation": assert e["mediator"] and e["treatment"] and e["outcome"]
    out.append({"question": q["question"], "dataset": ds, "columns": cols, "split": "test", "origin": "heldout76", "expected": e})
texts = [o["question"] for o in out]
assert len(set(texts)) == len(texts)
random.Random(7601).shuffle(out)
with open("questions.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
ds_json = {k: {"description": v[0], "columns": v[1]} for k, v in D.items()}
json.dump(ds_json, open("datasets.json", "w"), indent=1, ensure_ascii=False)
kinds = collections.Counter(o["expected"]["kind"] for o in out)
mods = collections.Counter()
for o in out:
    for m in ("covariates", "instrument", "estimand", "at", "clarify"):
        if m in o["expected"]:
            mods[m if m != "estimand" else "estimand=" + o["expected"]["estimand"]] += 1
print(len(out), dict(kinds), dict(mods))
json.dump({"n": len(out), "kinds": dict(kinds), "mods": dict(mods)}, open("counts.json", "w"))
