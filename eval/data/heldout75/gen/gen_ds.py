# datasets for h75
def C(t, v): return {"type": t, "values": v}
I = lambda v: C("id", v); B = lambda v=[0,1,0]: C("binary", v); N = lambda v: C("numeric", v); K = lambda v: C("categorical", v)

DS = {}
DS["h75_stormchase"] = ("Storm-chasing team logs, one row per chase day: crew, radar uplink use, atmospheric setup, intercept timing, tornado sightings, photo ratings and vehicle damage.", [
 ("chase_id", I(["SC-0001","SC-0002","SC-0003"])), ("crew_n", N([2,3,5])), ("radar_upl", B()),
 ("cape_jkg", N([1200,2800,3900])), ("shear_kt", N([25,40,55])), ("drv_km", N([180,420,650])),
 ("nowcast_v1", N([0.42,0.61,0.77])), ("nowcast_v2", N([0.45,0.58,0.81])), ("tor_obs", B([0,1,0])),
 ("intcpt_min", N([35,80,140])), ("pos_err_km", N([3.2,8.5,15.0])), ("photo_q_pre", N([5.1,6.4,7.2])),
 ("photo_q_post", N([5.8,6.9,7.9])), ("dmg_usd_7d", N([0,350,1200])), ("dmg_usd_30d", N([0,500,2100])),
 ("region", K(["Plains","Dixie Alley","Front Range","Midwest"])), ("rookie", B([1,0,0])), ("fuel_l", N([40,95,150]))])
DS["h75_beecoop"] = ("Beekeeping cooperative hive records, one row per hive-season: mite treatment, varroa counts, honey yields, winter survival, member training and a training-subsidy lottery.", [
 ("hiveId", I(["H-101","H-102","H-103"])), ("memberYears", N([1,6,14])), ("miteTreatOxalic", B()),
 ("varroaLoadPre", N([1.5,3.8,7.2])), ("varroaLoadPost", N([0.6,2.1,5.9])), ("honeyKgSpring", N([4.0,9.5,15.2])),
 ("honeyKgSummer", N([8.1,17.3,26.0])), ("overwinterSurvived", B([1,1,0])), ("queenAgeMo", N([8,18,30])),
 ("forageDiversity", N([12,21,33])), ("forageDiversityV2", N([0.41,0.63,0.82])), ("apiary", K(["Hillside","Orchard","Riverbank","Heath"])),
 ("sugarFeedL", N([0,4,10])), ("trainingAttended", B()), ("colonyStrength", N([5,8,12])),
 ("inspectionsPerMo", N([1,2,4])), ("subsidyLottery", B([0,1,1]))])
DS["h75_MARBLE"] = ("Marble carving workshop commissions, one row per sculpture: carver experience, tool use, block and quarry, flaw counts, hours, polish ratings, wrist pain, dust, price and client complaints.", [
 ("PIECE_ID", I(["MB-0007","MB-0008","MB-0009"])), ("CARVER_YRS", N([2,9,25])), ("PNEU_CHISEL", B()),
 ("BLOCK_KG", N([120,480,1500])), ("QUARRY", K(["CARRARA","PENTELIC","MAKRANA","VERMONT"])),
 ("FLAW_CNT_ROUGH", N([3,7,12])), ("FLAW_CNT_FINAL", N([0,2,5])), ("HOURS_TOT", N([60,210,640])),
 ("POLISH_SCORE", N([6.2,7.8,9.1])), ("POLISH_SCORE_V2", N([61,77,93])), ("WRIST_PAIN_PRE", N([2,4,7])),
 ("WRIST_PAIN_POST", N([1,4,8])), ("SALE_PRICE_EUR", N([1800,7500,42000])), ("APPRENTICE", B([1,0,1])),
 ("DUST_MG_M3", N([0.02,0.08,0.21])), ("RESP_MASK", B([1,1,0])), ("COMPLAINT_30D", B([0,0,1])), ("COMPLAINT_90D", B([0,1,1]))])
DS["h75_rubber"] = ("Rubber tapping smallholder plots, one row per plot: stimulant use, tapping system, clone, rainfall, latex yields before and after the season, dry rubber content, panel dryness, income and lost tapping days.", [
 ("Plot", I(["P-101","P-102","P-103"])), ("Tapper Age", N([24,41,58])), ("Stimulant", B()),
 ("Tapping System", K(["S/2 d3","S/2 d4","S/3 d3"])), ("Clone", K(["RRIM 600","PB 260","GT 1"])),
 ("Rainfall", N([120,260,410])), ("Latex Before", N([0.18,0.26,0.35])), ("Latex After", N([0.21,0.30,0.41])),
 ("Dry Rubber Content", N([28,33,38])), ("DRC Lab", N([27.5,32.8,37.9])), ("Bark Dryness", B([0,0,1])),
 ("Tree Age", N([8,15,27])), ("Income", N([210,380,640])), ("Revenue", N([260,450,790])),
 ("Rain Guard", B([1,0,1])), ("Cooperative", B([0,1,1])), ("Lost Days 30", N([0,4,11])), ("Lost Days 90", N([2,11,30]))])
DS["h75_crabpot"] = ("Crab potting hauls, one row per string hauled: vessel, bait, escape rings, soak time, depth, catch, bycatch, catch per unit effort, lost gear and a stock index.", [
 ("haul_id", I(["CP-2201","CP-2202","CP-2203"])), ("vessel", K(["Marlin","Kestrel","Sea Wren","Tide Runner"])),
 ("bait_type", K(["herring","squid","pogie"])), ("esc_ring", B()), ("soak_hr", N([12,36,72])), ("depth_fm", N([8,20,45])),
 ("pots_n", N([20,40,80])), ("legal_kg", N([35,110,260])), ("sublegal_n", N([4,19,55])), ("bycatch_kg", N([1.2,4.8,12.5])),
 ("bycatch_kg_v2", N([1.0,5.1,13.0])), ("cpue", N([0.9,2.7,5.4])), ("water_c", N([6,11,17])),
 ("ghost_loss_30d", B([0,0,1])), ("ghost_loss_90d", B([0,1,1])), ("lunar_ph", K(["new","first quarter","full","last quarter"])),
 ("stock_idx_bl", N([0.72,1.0,1.31])), ("stock_idx_12m", N([0.68,1.04,1.35]))])
DS["h75_lighthouse"] = ("Lighthouse stations, one row per station-year: keeper tenure, automation, lens order, fog, lamp outages by half-year, ship incidents over two windows, maintenance, solar retrofit, visibility, keeper morale and budget.", [
 ("stationId", I(["LH-04","LH-05","LH-06"])), ("keeperTenureYrs", N([2,9,23])), ("automated", B()),
 ("fresnelOrder", K(["1st","2nd","3rd","4th"])), ("fogDaysYr", N([22,58,110])), ("lampOutagesH1", N([0,2,6])),
 ("lampOutagesH2", N([0,3,7])), ("shipIncidents12m", N([0,1,4])), ("shipIncidents36m", N([0,3,9])),
 ("maintHoursWk", N([6,14,30])), ("solarRetrofit", B([0,1,1])), ("coastExposure", K(["sheltered","moderate","exposed"])),
 ("visibilityNm", N([12,18,24])), ("visibilityNmV2", N([11.5,18.2,23.7])), ("keeperMoraleBl", N([4.5,6.0,7.8])),
 ("keeperMorale12m", N([4.0,6.4,8.1])), ("budgetK", N([35,80,150]))])
DS["h75_CAVE"] = ("Speleology expeditions, one row per expedition: team size, dive rig, karst type, depth, metres surveyed, CO2, hypothermia and rescue incidents, lighting, radio beacon, navigation error, fitness and new passages found.", [
 ("EXPED_ID", I(["EX-031","EX-032","EX-033"])), ("TEAM_SIZE", N([3,6,10])), ("DIVE_RIG", B()),
 ("KARST_TYPE", K(["LIMESTONE","GYPSUM","DOLOMITE"])), ("DEPTH_M", N([80,300,1100])), ("SURVEY_M", N([150,620,2400])),
 ("SURVEY_M_V2", N([140,655,2380])), ("CO2_PPM", N([600,2500,9000])), ("HYPOTHERM_INC", B([0,0,1])),
 ("RESCUE_CALL", B([0,0,1])), ("LED_LUMENS", N([300,1000,2500])), ("BEACON", B([1,0,1])), ("NAV_ERR_M", N([2,9,35])),
 ("FITNESS_PRE", N([48,61,74])), ("FITNESS_POST", N([50,64,77])), ("NEW_PASS_7D", N([0,2,6])), ("NEW_PASS_21D", N([0,4,13])),
 ("PERMIT_TIER", K(["A","B","C"]))])
DS["h75_yodel"] = ("Yodeling school students, one row per student: age, private coaching, breath training, canton, style, practice hours, pitch accuracy before and after the course, register-break clarity, lung capacity, stage fright, contest results, echo rating and dropout.", [
 ("student", I(["Y-1001","Y-1002","Y-1003"])), ("age", N([12,27,64])), ("coaching", B()), ("breath training", B([1,1,0])),
 ("canton", K(["Bern","Appenzell","Valais","Tyrol"])), ("style", K(["Naturjodel","Juuz","Alpine pop"])),
 ("practice hours", N([1,4,10])), ("pitch accuracy before", N([54,68,81])), ("pitch accuracy after", N([60,74,90])),
 ("break clarity", N([3,6,9])), ("break clarity new", N([31,58,87])), ("lung capacity", N([3.1,4.4,5.8])),
 ("stage fright", N([2,5,8])), ("contest placed", B([0,1,0])), ("echo rating", N([5.5,7.0,8.8])),
 ("dropout 3m", B([0,0,1])), ("dropout 12m", B([0,1,1]))])
DS["h75_snail"] = ("Snail farm (heliciculture) pens, one row per pen batch: species, calcium supplement, humidity, temperature, stocking density, feed, weights at baseline and 12 weeks, mortality over two windows, shell thickness, misting, escapes and slime harvest.", [
 ("pen_id", I(["SN-01","SN-02","SN-03"])), ("spp", K(["H. aspersa","H. pomatia","A. fulica"])), ("ca_supp", B()),
 ("hum_pct", N([70,82,93])), ("temp_c", N([15,19,24])), ("dens_m2", N([80,150,300])), ("feed_g_d", N([120,260,480])),
 ("wt_g_bl", N([2.1,3.4,5.0])), ("wt_g_12w", N([7.8,11.2,16.5])), ("mort_4w", N([0.02,0.06,0.15])), ("mort_12w", N([0.05,0.14,0.31])),
 ("shell_th_mm", N([0.31,0.42,0.55])), ("shell_th_mm2", N([0.30,0.44,0.57])), ("mist_sys", B([1,0,1])),
 ("escape_pct", N([0.5,2.0,6.5])), ("slime_ml", N([40,95,180])), ("farm_type", K(["greenhouse","open field","mixed"]))])
DS["h75_iceroad"] = ("Winter ice road trucking trips, one row per trip: driver experience, load, ice thickness, air temperature, speed cap, GPS convoy, tire chains, transit time, crack reports over two windows, fuel, driver fatigue, season, carrier and delay.", [
 ("tripId", I(["IR-5001","IR-5002","IR-5003"])), ("driverYrs", N([1,7,22])), ("loadTonnes", N([18,32,46])),
 ("iceThickCm", N([70,95,130])), ("airTempC", N([-38,-25,-12])), ("speedCapKmh", N([15,25,35])), ("gpsConvoy", B()),
 ("tireChains", B([1,1,0])), ("transitHrs", N([9,14,22])), ("crackReports24h", N([0,1,4])), ("crackReports72h", N([0,3,9])),
 ("fuelL", N([310,520,760])), ("fuelLPer100", N([48,61,79])), ("fatigueScorePre", N([2,4,6])), ("fatigueScorePost", N([3,6,9])),
 ("season", K(["early","peak","late"])), ("carrier", K(["Northline","Polar Haul","Tundra Freight"])), ("delayed", B([0,1,0]))])
DS["h75_SMOKEJUMP"] = ("Smokejumper jump records, one row per jump to a fire: jumper experience, ram-air canopy, GPS spotting, wind, slope, landing distance, injuries, containment time, fire size initially and at containment, fuel model, base, fitness scores and return to work.", [
 ("JUMP_ID", I(["SJ-1401","SJ-1402","SJ-1403"])), ("JUMPER_YRS", N([1,6,19])), ("RAM_AIR", B()), ("GPS_SPOT", B([1,0,1])),
 ("WIND_KT", N([4,12,24])), ("SLOPE_PCT", N([5,25,60])), ("LAND_DIST_M", N([8,35,140])), ("INJ_ANY", B([0,0,1])),
 ("ANKLE_INJ", B([0,0,1])), ("CONTAIN_HRS", N([3,11,40])), ("ACRES_INIT", N([0.1,2,15])), ("ACRES_FINAL", N([0.5,8,120])),
 ("FUEL_MODEL", K(["GRASS","SHRUB","TIMBER","SLASH"])), ("BASE", K(["MISSOULA","MCCALL","REDDING","FAIRBANKS"])),
 ("PT_SCORE", N([210,265,300])), ("PT_SCORE_V2", N([71,86,98])), ("RTN_WORK_14D", B([1,1,0])), ("RTN_WORK_60D", B([1,1,1]))])
DS["h75_kayak"] = ("Community kayak-building workshop, one row per boat built: construction method, vacuum bagging, builder experience, shop conditions, weights, build hours, mentoring, stiffness, leaks at launch and after a season, satisfaction, resale value and warranty claims.", [
 ("boat", I(["K-77","K-78","K-79"])), ("method", K(["stitch-and-glue","skin-on-frame","strip-built"])), ("vacuum", B()),
 ("experience", N([0,2,9])), ("temperature", N([12,18,24])), ("humidity", N([35,55,80])), ("weight", N([14.2,19.5,26.8])),
 ("weight.spec", N([15,19,25])), ("hours", N([60,140,260])), ("mentor", B([1,0,1])), ("stiffness", N([210,340,480])),
 ("leaks.initial", N([0,1,4])), ("leaks.season", N([0,2,6])), ("satisfaction", N([3,4,5])), ("satisfaction.v2", N([62,81,97])),
 ("resale", N([600,1400,3200])), ("claims.30d", B([0,0,1])), ("claims.90d", B([0,1,1]))])
DS["h75_swordswallow"] = ("Sword-swallowing performers, one row per performer-season: experience, lidocaine throat spray, blade length and count, shows per week, gag reflex index, sore-throat days over two windows, oesophageal injury, ER visits, audience scores, insurance, venue, coaching and anxiety.", [
 ("perf_id", I(["SW-201","SW-202","SW-203"])), ("yrs_exp", N([1,8,30])), ("lido_spray", B()), ("blade_cm", N([38,50,62])),
 ("n_blades", N([1,3,12])), ("shows_wk", N([2,6,14])), ("gag_idx_bl", N([3.0,5.5,8.0])), ("gag_idx_6m", N([2.0,4.5,7.5])),
 ("sore_days_30d", N([0,4,12])), ("sore_days_90d", N([1,10,35])), ("esoph_inj", B([0,0,1])), ("er_visit", B([0,1,0])),
 ("aud_score", N([6.1,7.9,9.4])), ("aud_score_v2", N([58,77,95])), ("insured", B([1,0,1])),
 ("venue", K(["circus","street","festival","cabaret"])), ("coach_sess", N([0,4,12])), ("anx_gad7", N([2,7,15]))])
DS["h75_firewatch"] = ("Fire lookout towers, one row per tower-season: lookout experience, AI camera assist, Osborne fire finder refit, elevation, viewshed, smokes reported, detection lag, false alarms over two windows, large fires, radio dropouts before and after, forest type, shift length and dry spells.", [
 ("towerId", I(["FW-11","FW-12","FW-13"])), ("lookoutYrs", N([0,5,31])), ("cameraAssist", B()), ("osborneFinder", B([1,0,1])),
 ("elevFt", N([5200,7400,9800])), ("viewshedPct", N([41,63,88])), ("viewshedPctV2", N([39,66,90])), ("smokesReported", N([4,17,46])),
 ("detectLagMin", N([3,11,38])), ("falseAlarms30d", N([0,2,7])), ("falseAlarms90d", N([1,6,19])), ("firesOver10ac", N([0,2,8])),
 ("radioDropsPre", N([0,5,14])), ("radioDropsPost", N([0,3,12])), ("forestType", K(["mixed conifer","ponderosa","lodgepole","chaparral"])),
 ("shiftLenHrs", N([8,12,16])), ("drySpellDays", N([5,18,44]))])
DS["h75_SAILLOFT"] = ("Sail loft production records, one row per sail: cloth, CNC cutting, sailmaker experience, panel count, area, seam strength, stretch when new and after a year, UV coating, race wins over two windows, recut requests, labour hours, price, customer type and triradial layout.", [
 ("SAIL_ID", I(["SL-3301","SL-3302","SL-3303"])), ("CLOTH", K(["DACRON","LAMINATE","NYLON","MEMBRANE"])), ("CNC_CUT", B()),
 ("MAKER_YRS", N([1,8,27])), ("PANEL_CNT", N([9,24,60])), ("AREA_M2", N([12,38,140])), ("SEAM_STR_N", N([420,610,880])),
 ("SEAM_STR_N_V2", N([430,600,905])), ("STRETCH_PCT_NEW", N([0.4,0.9,1.6])), ("STRETCH_PCT_1YR", N([0.8,1.7,3.2])),
 ("UV_COAT", B([1,0,1])), ("RACE_WINS_6M", N([0,2,5])), ("RACE_WINS_12M", N([0,3,11])), ("RECUT_REQ", B([0,1,0])),
 ("HOURS_LABOR", N([14,40,120])), ("PRICE_USD", N([900,3400,18500])), ("CUSTOMER_TYPE", K(["CRUISER","RACER","CHARTER"])),
 ("TRIRADIAL", B([0,1,1]))])
