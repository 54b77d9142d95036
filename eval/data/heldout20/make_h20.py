import json, os, random, collections
OUT = os.path.dirname(os.path.abspath(__file__))  # the h20 writer wrote into /work/h20out
DS={}
def ds(name, desc, cols):
    DS[name]={"description":desc,"columns":{c:{"type":t,"values":v} for c,t,v in cols}}
N=lambda *v: list(v)
ds("h20_biathlon_clubs","Biathlon clubs, one row per club-season: altitude training, range coaching programme, shooting and skiing performance.",[
 ("club_id","id",N("BC001","BC002","BC003")),("alt_m","numeric",N(450,1200,1800)),("rng_cmp","binary",N(0,1,1)),
 ("shot_acc_pre","numeric",N(78.5,82.1,85.0)),("shot_acc_post","numeric",N(80.2,86.4,88.9)),("ski_spd_kmh","numeric",N(22.4,24.1,25.7)),
 ("hr_rest_bl","numeric",N(52,48,55)),("hr_rest_12m","numeric",N(50,46,53)),("n_athl","numeric",N(12,25,40)),("u23_share","numeric",N(0.2,0.35,0.5)),
 ("region","categorical",N("Nordic","Alpine","Central","Eastern")),("dryland_hrs","numeric",N(4,7,10)),("rank_pts","numeric",N(120,340,610)),
 ("rank_pts_v2","numeric",N(115,352,598)),("podium_30d","binary",N(0,1,0)),("podium_90d","binary",N(1,0,1)),("coach_lvl","categorical",N("L1","L2","L3")),("fund_k","numeric",N(35,80,150))])
ds("h20_bobsleigh_luge","Bobsleigh and luge teams: equipment choices, training, run times, crashes and World Cup points.",[
 ("teamId","id",N("T-101","T-102","T-103")),("sledType","categorical",N("two-man bob","four-man bob","luge single","luge double")),("aeroPackage","binary",N(0,1,1)),
 ("startTimeSec","numeric",N(4.81,4.95,5.12)),("pushDrillsPerWk","numeric",N(2,4,6)),("runTimePre","numeric",N(52.3,51.8,53.0)),("runTimePost","numeric",N(51.9,51.2,52.6)),
 ("crashes30d","numeric",N(0,1,2)),("crashes90d","numeric",N(1,2,4)),("athleteMassKg","numeric",N(88,97,104)),("iceTempC","numeric",N(-4,-8,-12)),("trackCurves","numeric",N(14,16,19)),
 ("sponsorTier","categorical",N("none","bronze","silver","gold")),("worldCupPts","numeric",N(120,410,880)),("worldCupPtsV2","numeric",N(130,395,902)),("runnerPolishing","binary",N(1,0,1)),("coachYears","numeric",N(3,9,17))])
ds("h20_shinty_clubs","Scottish shinty clubs, one row per club-season: youth programme, coaching, injuries, results and attendance.",[
 ("CLUB_ID","id",N("SH01","SH02","SH03")),("YOUTH_PRG","binary",N(1,0,1)),("GOALS_PRE","numeric",N(21,34,40)),("GOALS_POST","numeric",N(25,31,46)),
 ("PITCH_TYP","categorical",N("grass","artificial","mixed")),("DIV","categorical",N("Premier","National","North","South")),("SQUAD_N","numeric",N(22,28,35)),
 ("INJ_30D","numeric",N(0,2,3)),("INJ_90D","numeric",N(2,5,8)),("STRENGTH_HRS","numeric",N(1,2.5,4)),("COACH_CERT","binary",N(0,1,1)),("WIN_PCT","numeric",N(0.25,0.5,0.72)),
 ("WIN_PCT_V2","numeric",N(0.27,0.48,0.70)),("ATTEND_AVG","numeric",N(150,320,780)),("TRAVEL_KM","numeric",N(60,140,260)),("VOL_HRS","numeric",N(40,120,300)),("FUND_GBP","numeric",N(8000,15000,32000))])
ds("h20_kabaddi_teams","Kabaddi teams across leagues: yoga sessions, foreign coaching, diet, raids, tackles, injuries and wins.",[
 ("team","id",N("KB-01","KB-02","KB-03")),("league","categorical",N("pro","state","district","university")),("yoga","binary",N(1,0,1)),("foreign_coach","binary",N(0,0,1)),
 ("budget","numeric",N(1.2,4.5,12.0)),("raids_before","numeric",N(210,260,300)),("raids_after","numeric",N(225,270,335)),("tackles","numeric",N(140,180,205)),
 ("injuries_month","numeric",N(0,1,3)),("injuries_season","numeric",N(4,9,14)),("age","numeric",N(22,25,28)),("weight","numeric",N(72,80,86)),("travel","numeric",N(500,1800,4200)),
 ("wins","numeric",N(6,11,17)),("wins_adjusted","numeric",N(5.4,11.8,16.1)),("crowd","numeric",N(800,4500,12000)),("diet","categorical",N("vegetarian","mixed","high protein"))])
ds("h20_beach_volley_pairs","Beach volleyball pairs: video analysis support, sand training, jump height, serve errors, injuries and win rates.",[
 ("pair_id","id",N("BV-11","BV-12","BV-13")),("vid_an","binary",N(1,0,1)),("srv_err_pre","numeric",N(9.5,12.0,7.8)),("srv_err_post","numeric",N(8.1,11.7,6.2)),
 ("sand_hrs","numeric",N(6,10,15)),("jmp_cm_bl","numeric",N(62,70,78)),("jmp_cm_6m","numeric",N(64,73,80)),("hgt_diff_cm","numeric",N(2,8,15)),("gndr","categorical",N("F","M")),
 ("tour_lvl","categorical",N("national","continental","world")),("wtemp_c","numeric",N(22,28,34)),("win_r","numeric",N(0.41,0.55,0.68)),("win_r_adj","numeric",N(0.43,0.52,0.66)),
 ("inj_30d","binary",N(0,0,1)),("inj_90d","binary",N(0,1,1)),("side_out_pct","numeric",N(58,64,71)),("spons","binary",N(0,1,1))])
ds("h20_locksmiths","Independent locksmith shops: online booking, certification, response times, callbacks, satisfaction and revenue.",[
 ("shopId","id",N("LS-201","LS-202","LS-203")),("onlineBooking","binary",N(1,0,1)),("callsPerWk","numeric",N(18,35,60)),("responseMinPre","numeric",N(45,38,60)),
 ("responseMinPost","numeric",N(40,37,48)),("custSat","numeric",N(3.9,4.3,4.7)),("custSatV2","numeric",N(72,81,90)),("techCount","numeric",N(1,3,6)),
 ("urbanRural","categorical",N("urban","suburban","rural")),("certMaster","binary",N(0,1,0)),("vanStock","numeric",N(120,300,450)),("callbacks30d","numeric",N(0,2,5)),
 ("callbacks90d","numeric",N(2,5,11)),("revenueK","numeric",N(95,180,340)),("adSpend","numeric",N(200,800,2500)),("avgJobPrice","numeric",N(85,120,165)),("yearsOpen","numeric",N(2,11,30))])
ds("h20_roofing_contractors","Roofing contractors: safety training, drone inspections, falls, leak callbacks, bid win rates and margins.",[
 ("FIRM_ID","id",N("RF-1","RF-2","RF-3")),("SAFETY_TRN","binary",N(1,0,1)),("FALLS_PRE","numeric",N(2,4,1)),("FALLS_POST","numeric",N(1,4,0)),("CREW_SZ","numeric",N(4,8,15)),
 ("ROOF_MAT","categorical",N("asphalt","slate","metal","tile")),("LEAK_CB_30D","numeric",N(0,1,3)),("LEAK_CB_90D","numeric",N(1,3,6)),("BID_WIN_RT","numeric",N(0.22,0.35,0.48)),
 ("BID_WIN_RT_V2","numeric",N(0.24,0.33,0.5)),("DRONE_INSP","binary",N(0,1,1)),("TEMP_F","numeric",N(65,82,95)),("JOB_SQFT","numeric",N(1800,2600,5200)),
 ("MARGIN_PCT","numeric",N(8.5,14.0,21.2)),("REGION","categorical",N("NE","SE","MW","W")),("UNION","binary",N(0,1,0)),("YRS_OP","numeric",N(3,15,42))])
ds("h20_glaziers","Glazing workshops: in-house tempering, CNC cutters, apprentices, breakage, turnaround, complaints and margins.",[
 ("shop","id",N("GL-7","GL-8","GL-9")),("tempering","binary",N(0,1,1)),("apprentices","numeric",N(0,1,3)),("breakage_before","numeric",N(3.2,5.1,2.4)),("breakage_after","numeric",N(2.9,4.0,2.2)),
 ("orders","numeric",N(60,140,310)),("turnaround","numeric",N(3,6,10)),("quote_price","numeric",N(180,260,420)),("margin","numeric",N(0.12,0.18,0.25)),("margin_adjusted","numeric",N(0.11,0.19,0.23)),
 ("complaints_month","numeric",N(0,2,4)),("complaints_quarter","numeric",N(1,5,9)),("glass","categorical",N("float","laminated","toughened","low-e")),
 ("market","categorical",N("domestic","commercial","heritage")),("cutter","binary",N(1,0,1)),("staff","numeric",N(3,5,12)),("age","numeric",N(4,18,55))])
ds("h20_cobblers","Shoe repair shops: resoling machines, key cutting, prices, waiting times, return customers and revenue.",[
 ("shp_id","id",N("CB-31","CB-32","CB-33")),("resole_mach","binary",N(1,0,1)),("rpr_wk","numeric",N(40,75,120)),("ret_rt_30d","numeric",N(0.12,0.2,0.31)),("ret_rt_90d","numeric",N(0.25,0.38,0.5)),
 ("wait_d_pre","numeric",N(5,7,4)),("wait_d_post","numeric",N(3,7,3)),("prc_gbp","numeric",N(18,25,35)),("loc_typ","categorical",N("high_street","mall","station","market")),
 ("own_age","numeric",N(38,52,67)),("lthr_grd","categorical",N("A","B","C")),("rev_k","numeric",N(42,75,130)),("rev_k_v2","numeric",N(40,78,126)),("key_cut","binary",N(0,1,1)),
 ("foot_trf","numeric",N(900,2500,6000)),("sat_scr","numeric",N(3.8,4.4,4.9)),("appr_n","numeric",N(0,1,2))])
ds("h20_watchmakers","Watchmaking and repair workshops: CNC lathes, master certification, accuracy, returns, lead times, exports and revenue.",[
 ("workshopId","id",N("W-501","W-502","W-503")),("cncLathe","binary",N(1,0,1)),("servicesPerMo","numeric",N(25,60,110)),("accuracySpdPre","numeric",N(8.0,12.5,6.1)),
 ("accuracySpdPost","numeric",N(4.2,11.0,3.5)),("returnRate30d","numeric",N(0.02,0.05,0.08)),("returnRate90d","numeric",N(0.04,0.09,0.13)),("movementType","categorical",N("mechanical","automatic","quartz")),
 ("apprenticeCount","numeric",N(0,2,4)),("masterCertified","binary",N(1,1,0)),("avgPriceChf","numeric",N(350,900,2400)),("leadTimeWks","numeric",N(2,5,9)),("leadTimeWksV2","numeric",N(2.5,4.5,8.0)),
 ("exportShare","numeric",N(0.1,0.45,0.8)),("cantonRegion","categorical",N("Jura","Geneva","Vaud","Bern")),("revenueChfK","numeric",N(220,610,1500)),("humidityPct","numeric",N(40,55,68))])
ds("h20_bookbinders","Bookbinding workshops: hand sewing, glue types, conservation-grade certification, defects, turnaround, repeat orders and satisfaction.",[
 ("BINDERY_ID","id",N("BB-1","BB-2","BB-3")),("HAND_SEW","binary",N(1,0,1)),("GLUE_TYP","categorical",N("PVA","animal","EVA")),("DEFECT_PRE","numeric",N(4.1,6.3,2.8)),
 ("DEFECT_POST","numeric",N(3.0,6.0,2.1)),("ORDERS_MO","numeric",N(20,45,90)),("TURN_DAYS","numeric",N(7,14,30)),("CONS_GRADE","binary",N(0,1,1)),("PRICE_USD","numeric",N(60,140,480)),
 ("REPEAT_30D","numeric",N(0.1,0.2,0.35)),("REPEAT_90D","numeric",N(0.2,0.4,0.55)),("STAFF_N","numeric",N(1,4,9)),("HUMID_PCT","numeric",N(38,50,65)),
 ("CLIENT_TYP","categorical",N("library","archive","private","publisher")),("SAT_SCORE","numeric",N(7.2,8.1,9.0)),("SAT_SCORE_V2","numeric",N(70,82,93)),("YRS_OPEN","numeric",N(2,20,65))])
ds("h20_anthrax_vacc","Livestock farms in anthrax-endemic areas: vaccination, coverage, cold chain, grazing, flooding, cases, mortality and milk yield.",[
 ("farm_id","id",N("AF-1001","AF-1002","AF-1003")),("vacc","binary",N(1,0,1)),("vacc_cov_pct","numeric",N(0,55,92)),("herd_n","numeric",N(25,80,300)),
 ("spp","categorical",N("cattle","sheep","goat","mixed")),("sp_cases_bl","numeric",N(0,2,5)),("sp_cases_12m","numeric",N(0,1,4)),("mort_30d","numeric",N(0,1,3)),("mort_90d","numeric",N(0,3,7)),
 ("flood_yr","binary",N(0,1,0)),("soil_ph","numeric",N(6.2,7.1,7.9)),("vet_dist_km","numeric",N(3,18,60)),("grz_comm","binary",N(1,0,1)),("cold_chain","binary",N(1,1,0)),
 ("milk_yld_l","numeric",N(4.5,7.2,11.0)),("milk_yld_l_v2","numeric",N(4.8,7.0,10.6)),("dist","categorical",N("north","central","south"))])
ds("h20_avian_flu_farms","Poultry farms under avian influenza surveillance: surveillance enrolment, vaccination, biosecurity, wild-bird exposure, outbreaks and mortality.",[
 ("farm","id",N("PF-01","PF-02","PF-03")),("surveillance","binary",N(1,0,1)),("biosecurity_score","numeric",N(55,70,88)),("biosecurity_score_v2","numeric",N(3.1,3.8,4.6)),
 ("flock","numeric",N(2000,15000,60000)),("housing","categorical",N("caged","barn","free range","backyard")),("distance_water","numeric",N(0.5,2,8)),("wild_birds","numeric",N(3,20,75)),
 ("outbreak_30d","binary",N(0,0,1)),("outbreak_90d","binary",N(0,1,1)),("mortality_before","numeric",N(0.8,1.5,2.2)),("mortality_after","numeric",N(0.9,1.2,4.0)),
 ("vaccination","binary",N(0,1,0)),("staff","numeric",N(2,6,20)),("visitors","numeric",N(1,5,14)),("region","categorical",N("coastal","inland","upland")),("detection_days","numeric",N(2,5,11))])
ds("h20_rickets_vitd","Infant cohort on vitamin D supplementation and rickets: dose, serum 25(OH)D, alkaline phosphatase, breastfeeding, skin type, latitude and sun exposure.",[
 ("inf_id","id",N("I-0001","I-0002","I-0003")),("vitd_supp","binary",N(1,0,1)),("dose_iu","numeric",N(0,400,800)),("ohd_bl","numeric",N(28,45,62)),("ohd_6m","numeric",N(35,70,88)),
 ("alp_bl","numeric",N(310,420,560)),("alp_6m","numeric",N(280,390,610)),("rickets_12m","binary",N(0,0,1)),("rickets_24m","binary",N(0,1,0)),("bf_excl","binary",N(1,0,1)),
 ("skin_typ","categorical",N("I-II","III-IV","V-VI")),("lat_deg","numeric",N(12,40,55)),("sun_min_d","numeric",N(5,20,45)),("mat_vitd","numeric",N(22,48,75)),("bw_g","numeric",N(2600,3300,3900)),
 ("sex","categorical",N("F","M")),("ses_q","categorical",N("Q1","Q2","Q3","Q4","Q5"))])
ds("h20_trout_farms","Trout farms: aeration, probiotics, stocking density, water quality, growth, feed conversion, mortality and harvest.",[
 ("FARM_ID","id",N("TF-01","TF-02","TF-03")),("O2_AER","binary",N(1,0,1)),("DO_MGL","numeric",N(6.5,8.2,9.8)),("WTEMP_C","numeric",N(10,14,18)),("STOCK_DENS","numeric",N(20,35,60)),
 ("FCR","numeric",N(0.9,1.1,1.4)),("FCR_V2","numeric",N(0.95,1.08,1.38)),("WT_G_PRE","numeric",N(40,55,80)),("WT_G_POST","numeric",N(260,330,410)),("MORT_30D","numeric",N(0.5,1.2,3.0)),
 ("MORT_90D","numeric",N(2.0,4.5,9.1)),("PROBIOTIC","binary",N(0,1,1)),("SPECIES","categorical",N("rainbow","brown","brook")),("SYSTEM","categorical",N("raceway","pond","RAS","cage")),
 ("LICE_CT","numeric",N(0,3,12)),("FEED_KG_D","numeric",N(40,120,400)),("HARV_T","numeric",N(15,60,220))])

Q=[]
def add(d,q,kind,t=None,y=None,m=None,**kw):
    if d is not None:
        cols=list(DS[d]["columns"])
        for r in [t,y,m]:
            assert r is None or r in cols,(d,r,q)
        for c in kw.get("covariates",[]): assert c in cols,(d,c)
        for c in kw.get("at",{}): assert c in cols,(d,c)
        if "instrument" in kw: assert kw["instrument"] in cols
    else:
        cols=None
    e={"kind":kind,"treatment":t,"outcome":y,"mediator":m}
    e.update(kw)
    Q.append({"question":q,"dataset":d if d else "none","columns":cols,"split":"test","origin":"heldout20","expected":e})
A=lambda d,q,t,y,**k: add(d,q,"ate",t,y,**k)
C=lambda d,q,t,y,**k: add(d,q,"cate",t,y,**k)
P=lambda d,q,t,y,**k: add(d,q,"policy",t,y,**k)
M=lambda d,q,t,y,m,**k: add(d,q,"mediation",t,y,m,**k)
D=lambda d,q: add(d,q,"discover")
U=lambda d,q: add(d,q,"unsupported")

# 1 biathlon
d="h20_biathlon_clubs"
A(d,"Estimate the average treatment effect of the range coaching programme (`rng_cmp`) on post-season shooting accuracy (`shot_acc_post`), adjusting for `shot_acc_pre` and `n_athl`.","rng_cmp","shot_acc_post",covariates=["shot_acc_pre","n_athl"])
A(d,"Do clubs that bring in a dedicated marksmanship coach actually hit more targets?","rng_cmp","shot_acc_post")
A(d,"ate dryland_hrs -> ski_spd_kmh adj alt_m, u23_share","dryland_hrs","ski_spd_kmh",covariates=["alt_m","u23_share"])
A(d,"Does training high up in the mountains lower athletes' resting pulse a year later, or is that only because wealthier clubs can afford altitude camps?","alt_m","hr_rest_12m")
A(d,"What is the effect of club funding (fund_k) on ranking points?","fund_k",None,clarify=True)
A(d,"Is the chance of a podium within 90 days raised by the range coaching scheme, for the clubs that actually took part in it?","rng_cmp","podium_90d",estimand="att")
A(d,"effect of coach level on shooting acuracy","coach_lvl","shot_acc_post")
A(d,"How much does the share of under-23 athletes (u23_share) shift ranking points under the revised formula (rank_pts_v2)?","u23_share","rank_pts_v2")
C(d,"For clubs in the Alpine region, what is the effect of `rng_cmp` on `shot_acc_post`?","rng_cmp","shot_acc_post",at={"region":"Alpine"})
C(d,"How does the benefit of extra off-snow conditioning on skiing speed vary with the altitude a club trains at?","dryland_hrs","ski_spd_kmh")
C(d,"effect of rng_cmp on podium_30d when alt_m = 1800","rng_cmp","podium_30d",at={"alt_m":1800})
C(d,"Among clubs whose head coach is certified at level L3, does the shooting programme still lift accuracy?","rng_cmp","shot_acc_post",at={"coach_lvl":"L3"})
P(d,"Which clubs should the federation enrol in the range coaching programme to maximise podium finishes over the next 90 days?","rng_cmp","podium_90d")
P(d,"Give me a targeting rule for allocating extra dryland training hours so that ski speed goes up the most.","dryland_hrs","ski_spd_kmh")
M(d,"The range coaching scheme is meant to win medals by making athletes shoot straighter, which then puts them on the podium. How much of the effect of rng_cmp on podium_90d runs through shot_acc_post?","rng_cmp","podium_90d","shot_acc_post")
M(d,"decompose altitude effect on ski speed into the part via resting HR at 12m and the direct part","alt_m","ski_spd_kmh","hr_rest_12m")
D(d,"What drives what among these biathlon club variables? Recover the cause-and-effect structure from the data.")
D(d,"learn a causal DAG over the biathlon club columns")
U(d,"Plot shooting accuracy before and after, split by region.")

# 2 bobsleigh
d="h20_bobsleigh_luge"
A(d,"Average effect of `aeroPackage` on `runTimePost`, controlling for `runTimePre`, `sledType` and `iceTempC`.","aeroPackage","runTimePost",covariates=["runTimePre","sledType","iceTempC"])
A(d,"Do sleds get down the track quicker once the steel runners have been polished?","runnerPolishing","runTimePost")
A(d,"ate pushDrillsPerWk on startTimeSec adj athleteMassKg","pushDrillsPerWk","startTimeSec",covariates=["athleteMassKg"])
A(d,"Are crashes reduced by the aero package?","aeroPackage",None,clarify=True)
A(d,"Is the link between heavier crews and faster starts causal, or is it just confounded by the kind of sled?","athleteMassKg","startTimeSec")
A(d,"Estimate the impact of coach experience (coachYears) on World Cup points under the updated scoring (worldCupPtsV2).","coachYears","worldCupPtsV2")
A(d,"What would the aero kit have done to run times for the teams that did NOT get it?","aeroPackage","runTimePost",estimand="atc")
C(d,"For luge doubles, what is the effect of runnerPolishing on runTimePost?","runnerPolishing","runTimePost",at={"sledType":"luge double"})
C(d,"When the ice is at -8C, how many hundredths does polishing the runners take off a run?","runnerPolishing","runTimePost",at={"iceTempC":-8})
C(d,"who benefits most from extra push drills, in terms of start time?","pushDrillsPerWk","startTimeSec")
C(d,"effect of aeroPackage on crashes90d under the condition that trackCurves is 16","aeroPackage","crashes90d",at={"trackCurves":16})
P(d,"Which teams should get the aero package if we want the lowest run times?","aeroPackage","runTimePost")
P(d,"How should the federation allocate runner polishing across teams to maximise World Cup points (worldCupPtsV2)?","runnerPolishing","worldCupPtsV2")
P(d,"recommend a rule for prescribing push drills per week to get faster starts","pushDrillsPerWk","startTimeSec")
M(d,"How much of the aero package's effect on World Cup points (`worldCupPts`) goes through faster run times (`runTimePost`)?","aeroPackage","worldCupPts","runTimePost")
M(d,"Push drills are supposed to help because they quicken the start, which then lowers the whole run time. Quantify the indirect versus direct effect.","pushDrillsPerWk","runTimePost","startTimeSec")
M(d,"mediation: runnerPolishing -> runTimePost -> worldCupPtsV2","runnerPolishing","worldCupPtsV2","runTimePost")
D(d,"Learn the causal graph among the sled team variables.")
U(d,"Predict worldCupPts for next season from these columns.")

# 3 shinty
d="h20_shinty_clubs"
A(d,"Estimate the ATE of YOUTH_PRG on GOALS_POST adjusting for GOALS_PRE and SQUAD_N.","YOUTH_PRG","GOALS_POST",covariates=["GOALS_PRE","SQUAD_N"])
A(d,"Do shinty clubs with a certified coach win more often?","COACH_CERT",None,clarify=True)
A(d,"strength hrs -> 90d injuries, ate, control for PITCH_TYP","STRENGTH_HRS","INJ_90D",covariates=["PITCH_TYP"])
A(d,"Is the matchday crowd boosted by running a youth section?","YOUTH_PRG","ATTEND_AVG")
A(d,"What's the effect of long away trips (TRAVEL_KM) on win percentage (WIN_PCT_V2)?","TRAVEL_KM","WIN_PCT_V2")
A(d,"Does more volunteer time really pull in spectators, or do big clubs simply have both?","VOL_HRS","ATTEND_AVG")
A(d,"What effect did the club's new sponsorship deal have on attendance?",None,"ATTEND_AVG",clarify=True)
A(d,"For the clubs that ran the youth programme, what did it do to their goal tally?","YOUTH_PRG","GOALS_POST",estimand="att")
C(d,"Among clubs in the North division, what is the effect of COACH_CERT on INJ_30D?","COACH_CERT","INJ_30D",at={"DIV":"North"})
C(d,"effect of STRENGTH_HRS on INJ_30D on artificial pitches","STRENGTH_HRS","INJ_30D",at={"PITCH_TYP":"artificial"})
C(d,"How does the youth programme's effect on goals scored vary with squad size?","YOUTH_PRG","GOALS_POST")
C(d,"At 200 km of average travel, how much does coach certification change WIN_PCT?","COACH_CERT","WIN_PCT",at={"TRAVEL_KM":200})
P(d,"Which clubs should the Camanachd Association pay to get a coach certified, so as to cut injuries over the next 30 days?","COACH_CERT","INJ_30D")
P(d,"targeting rule for YOUTH_PRG to maximise ATTEND_AVG","YOUTH_PRG","ATTEND_AVG")
P(d,"Where should extra strength-and-conditioning hours go if the aim is fewer injuries across the season (INJ_90D)?","STRENGTH_HRS","INJ_90D")
M(d,"Does the youth programme raise attendance by improving goals scored (GOALS_POST)? Split it into direct and indirect effects.","YOUTH_PRG","ATTEND_AVG","GOALS_POST")
M(d,"coach cert -> strength hrs -> inj_90d, how much mediated","COACH_CERT","INJ_90D","STRENGTH_HRS")
D(d,"Which of these club-level measures cause which? I want the dependency structure, not a prediction.")
U(d,"What's the mean WIN_PCT by DIV?")

# 4 kabaddi
d="h20_kabaddi_teams"
A(d,"What is the average effect of yoga on injuries_season, adjusting for age and weight?","yoga","injuries_season",covariates=["age","weight"])
A(d,"Does hiring a coach from abroad make a side's raiders more successful?","foreign_coach","raids_after")
A(d,"ate of budget on wins","budget","wins")
A(d,"Is the number of successful tackles raised by yoga sessions?","yoga","tackles")
A(d,"Effect of diet on injuries?","diet",None,clarify=True)
A(d,"Does a bigger crowd genuinely cause more wins (the schedule-adjusted count, wins_adjusted), or is that confounding by budget?","crowd","wins_adjusted")
A(d,"effect of travel on raids, hold league fixed","travel","raids_after",covariates=["league"])
A(d,"Is there a causal relationship between crowd and budget?",None,None,clarify=True)
C(d,"Among university teams, what's the effect of yoga on injuries_month?","yoga","injuries_month",at={"league":"university"})
C(d,"effect of foreign_coach on raids_after for vegetarian teams","foreign_coach","raids_after",at={"diet":"vegetarian"})
C(d,"for squads with an average age of 24, how much does yoga change tackles?","yoga","tackles",at={"age":24})
C(d,"Does the protective effect of yoga against season-long injuries differ by players' body weight?","yoga","injuries_season")
P(d,"Which teams should be offered yoga sessions to cut injuries over the season?","yoga","injuries_season")
P(d,"Who should get a foreign coach to maximise wins?","foreign_coach","wins")
P(d,"Which kind of teams should switch to a high-protein diet so they make more tackles? Give an assignment rule.","diet","tackles")
M(d,"Foreign coaches are thought to improve results by lifting raid points. How much of the foreign_coach -> wins effect is mediated by raids_after?","foreign_coach","wins","raids_after")
M(d,"yoga helps tackling because it keeps players fit, i.e. fewer injuries in the month, which then lets the best defenders play. quantify that indirect path","yoga","tackles","injuries_month")
D(d,"Figure out which variables influence which in the kabaddi team data.")
U(d,"clean the weight column, some values look like they were entered in pounds")

# 5 beach volley
d="h20_beach_volley_pairs"
A(d,"Estimate the ATE of vid_an on srv_err_post controlling for srv_err_pre and tour_lvl.","vid_an","srv_err_post",covariates=["srv_err_pre","tour_lvl"])
A(d,"Does practising more on sand make players jump higher?","sand_hrs","jmp_cm_6m")
A(d,"Is win rate raised by video analysis?","vid_an",None,clarify=True)
A(d,"effect of spons on side_out_pct","spons","side_out_pct")
A(d,"Does a larger height gap between partners cause a lower adjusted win rate (win_r_adj), or is that just tour level confounding things?","hgt_diff_cm","win_r_adj")
A(d,"ate sand_hrs on inj_90d adj gndr","sand_hrs","inj_90d",covariates=["gndr"])
A(d,"Among pairs who used video analysis, how much did it reduce serving errors?","vid_an","srv_err_post",estimand="att")
C(d,"effect of vid_an on win_r for women's pairs","vid_an","win_r",at={"gndr":"F"})
C(d,"at 30C, does extra sand training raise the risk of getting injured within a month?","sand_hrs","inj_30d",at={"wtemp_c":30})
C(d,"For world tour pairs, what is the effect of spons on win_r_adj?","spons","win_r_adj",at={"tour_lvl":"world"})
C(d,"Which pairs gain the most from video analysis in terms of fewer serve errors?","vid_an","srv_err_post")
C(d,"For men's pairs, does video analysis reduce injuries?","vid_an",None,at={"gndr":"M"},clarify=True)
P(d,"Who should be assigned video analysis support to maximise the adjusted win rate?","vid_an","win_r_adj")
P(d,"Allocation rule for sponsorship money to raise side-out percentage.","spons","side_out_pct")
P(d,"which pairs should we prescribe more sand hours to if we want bigger jumps at 6 months","sand_hrs","jmp_cm_6m")
M(d,"Sand training -> jump height at 6 months -> side-out %. How much of the effect flows through the jump?","sand_hrs","side_out_pct","jmp_cm_6m")
M(d,"Video analysis works by cutting serve errors, which then improves the raw win rate (`win_r`). What are the direct and indirect effects?","vid_an","win_r","srv_err_post")
D(d,"Discover the causal structure among the beach volleyball pair variables.")

# 6 locksmiths
d="h20_locksmiths"
A(d,"ATE of `onlineBooking` on `responseMinPost`, adjusting for `responseMinPre` and `techCount`.","onlineBooking","responseMinPost",covariates=["responseMinPre","techCount"])
A(d,"Do locksmiths with a master certification get fewer customers calling them back within 90 days?","certMaster","callbacks90d")
A(d,"effect of ad spend on weekly call volume","adSpend","callsPerWk")
A(d,"How much does keeping more parts in the van shorten the time to reach a locked-out customer?","vanStock","responseMinPost")
A(d,"ate certMaster on revenueK, controlling for yearsOpen & urbanRural","certMaster","revenueK",covariates=["yearsOpen","urbanRural"])
A(d,"Is revenue higher because of online booking, or just because city shops are the ones that adopt it?","onlineBooking","revenueK")
A(d,"Does online booking raise satisfaction on the new survey scale (custSatV2)?","onlineBooking","custSatV2")
C(d,"For rural shops, what's the effect of onlineBooking on callsPerWk?","onlineBooking","callsPerWk",at={"urbanRural":"rural"})
C(d,"effect of certMaster on custSatV2 when techCount = 3","certMaster","custSatV2",at={"techCount":3})
C(d,"How does the payoff from advertising, in revenue, vary with how long a shop has been trading?","adSpend","revenueK")
C(d,"Among suburban locksmiths, does carrying more van stock cut response time?","vanStock","responseMinPost",at={"urbanRural":"suburban"})
P(d,"Which shops should we push to adopt online booking to boost revenue?","onlineBooking","revenueK")
P(d,"Who should get master certification training to reduce 30-day callbacks?","certMaster","callbacks30d")
P(d,"Which locksmiths should get online booking to improve customer satisfaction?","onlineBooking",None,clarify=True)
M(d,"Online booking -> faster response -> happier customers (custSat). How much of the effect is indirect?","onlineBooking","custSat","responseMinPost")
M(d,"Does certMaster raise revenueK through custSatV2? report natural direct and indirect effects","certMaster","revenueK","custSatV2")
D(d,"map the causal relationships among the locksmith shop variables")
U(d,"SQL: select shopId from locksmiths where revenueK > 200 order by revenueK desc")

# 7 roofing
d="h20_roofing_contractors"
A(d,"Estimate the average effect of SAFETY_TRN on FALLS_POST, adjusting for FALLS_PRE, CREW_SZ and UNION.","SAFETY_TRN","FALLS_POST",covariates=["FALLS_PRE","CREW_SZ","UNION"])
A(d,"Does safety training cut falls among roofers?","SAFETY_TRN","FALLS_POST")
A(d,"Are leak callbacks reduced by drone inspections?","DRONE_INSP",None,clarify=True)
A(d,"ate DRONE_INSP -> BID_WIN_RT_V2","DRONE_INSP","BID_WIN_RT_V2")
A(d,"Do unionised firms earn fatter margins because of the union, or because they've simply been around longer?","UNION","MARGIN_PCT")
A(d,"effect of crew size on margin pct, control for JOB_SQFT","CREW_SZ","MARGIN_PCT",covariates=["JOB_SQFT"])
A(d,"Did the safety course reduce falls for the firms that sent their crews on it?","SAFETY_TRN","FALLS_POST",estimand="att")
A(d,"Does using harness anchor points reduce falls?",None,"FALLS_POST",clarify=True)
C(d,"For slate roofs, what is the effect of DRONE_INSP on LEAK_CB_90D?","DRONE_INSP","LEAK_CB_90D",at={"ROOF_MAT":"slate"})
C(d,"effect of SAFETY_TRN on FALLS_POST at 95F","SAFETY_TRN","FALLS_POST",at={"TEMP_F":95})
C(d,"In the Midwest, does being a union shop raise margins?","UNION","MARGIN_PCT",at={"REGION":"MW"})
C(d,"heterogeneity of the drone inspection effect on BID_WIN_RT_V2 across crew sizes","DRONE_INSP","BID_WIN_RT_V2")
P(d,"Which roofing firms should be prioritised for the safety training subsidy to minimise falls?","SAFETY_TRN","FALLS_POST")
P(d,"Design an allocation for drone inspections to minimise 30-day leak callbacks.","DRONE_INSP","LEAK_CB_30D")
M(d,"Drone inspections are said to boost the bid win rate (BID_WIN_RT) by reducing 90-day leak callbacks, which improves the firm's reputation. How much of that is mediated?","DRONE_INSP","BID_WIN_RT","LEAK_CB_90D")
M(d,"SAFETY_TRN -> FALLS_POST -> MARGIN_PCT: direct vs indirect","SAFETY_TRN","MARGIN_PCT","FALLS_POST")
D(d,"Build a causal graph of the roofing contractor data.")
U(d,"Forecast next quarter's BID_WIN_RT for each firm.")

# 8 glaziers
d="h20_glaziers"
A(d,"What is the average causal effect of cutter on breakage_after, adjusting for breakage_before and staff?","cutter","breakage_after",covariates=["breakage_before","staff"])
A(d,"Do glaziers with their own toughening oven get jobs out of the door faster?","tempering","turnaround")
A(d,"ate apprentices -> breakage","apprentices","breakage_after")
A(d,"Is the profit margin improved by installing a CNC cutter?","cutter",None,clarify=True)
A(d,"effect of quote_price on orders, control for market and glass","quote_price","orders",covariates=["market","glass"])
A(d,"Does having a tempering oven cut customer complaints over the quarter?","tempering","complaints_quarter")
A(d,"Effect of the CNC cutter on turnaround for the shops that haven't bought one","cutter","turnaround",estimand="atc")
C(d,"For heritage restoration work, does the CNC cutter reduce breakage?","cutter","breakage_after",at={"market":"heritage"})
C(d,"effect of tempering on margin_adjusted for toughened glass","tempering","margin_adjusted",at={"glass":"toughened"})
C(d,"When a shop has 5 staff, what is the effect of taking on apprentices on turnaround?","apprentices","turnaround",at={"staff":5})
C(d,"For which shops is the effect of the cutter on complaints_month largest?","cutter","complaints_month")
P(d,"Which glaziers should be given a grant for a tempering oven to maximise margin_adjusted?","tempering","margin_adjusted")
P(d,"optimal rule for who gets a CNC cutter to minimise breakage","cutter","breakage_after")
M(d,"The cutter works by reducing breakage, which then lowers monthly complaints. How much of the cutter's effect on complaints_month goes through breakage_after?","cutter","complaints_month","breakage_after")
M(d,"How much of in-house tempering's effect on order volume is explained by faster turnaround?","tempering","orders","turnaround")
D(d,"Which of the glazing workshop variables are causes of the others? Work out the structure.")
U(d,"summarise the quote_price distribution by glass type")

# 9 cobblers
d="h20_cobblers"
A(d,"ATE of `resole_mach` on `wait_d_post` adjusting for `wait_d_pre` and `rpr_wk`.","resole_mach","wait_d_post",covariates=["wait_d_pre","rpr_wk"])
A(d,"Do shoe repairers that also cut keys bring in more money?","key_cut",None,clarify=True)
A(d,"effect of prc_gbp on rpr_wk, adj loc_typ, foot_trf","prc_gbp","rpr_wk",covariates=["loc_typ","foot_trf"])
A(d,"Does buying a resoling machine make customers come back within three months?","resole_mach","ret_rt_90d")
A(d,"How much do passers-by drive the number of shoes mended each week?","foot_trf","rpr_wk")
A(d,"Does top-grade leather raise satisfaction scores?","lthr_grd","sat_scr")
A(d,"Does offering a loyalty card increase repairs per week?",None,"rpr_wk",clarify=True)
A(d,"Is revenue (`rev_k_v2`) higher because of key cutting, or is that confounded by where the shop is?","key_cut","rev_k_v2")
C(d,"In station kiosks, what is the effect of key_cut on rev_k?","key_cut","rev_k",at={"loc_typ":"station"})
C(d,"effect of resole_mach on ret_rt_30d when own_age is 60","resole_mach","ret_rt_30d",at={"own_age":60})
C(d,"For grade C leather, does having a resoling machine change how satisfied customers are?","resole_mach","sat_scr",at={"lthr_grd":"C"})
C(d,"how does the price effect on weekly repairs vary with foot traffic","prc_gbp","rpr_wk")
P(d,"Which cobblers should receive a subsidised resoling machine to cut waiting days?","resole_mach","wait_d_post")
P(d,"Who should add key cutting to maximise rev_k_v2?","key_cut","rev_k_v2")
P(d,"Targeting rule: which shops should take on an apprentice to increase repairs per week?","appr_n","rpr_wk")
M(d,"resoling machine -> shorter wait -> more return customers (ret_rt_90d). what share is mediated?","resole_mach","ret_rt_90d","wait_d_post")
M(d,"Does key cutting increase revenue (rev_k) by bringing in more foot traffic?","key_cut","rev_k","foot_trf")
M(d,"An apprentice shortens the queue, and shorter queues keep customers happy. How much of the apprentice effect on satisfaction (sat_scr) is through wait_d_post?","appr_n","sat_scr","wait_d_post")
D(d,"Infer the causal DAG for the shoe repair shop variables.")

# 10 watchmakers
d="h20_watchmakers"
A(d,"Estimate the ATE of `cncLathe` on `accuracySpdPost`, controlling for `accuracySpdPre` and `movementType`.","cncLathe","accuracySpdPost",covariates=["accuracySpdPre","movementType"])
A(d,"Do certified master watchmakers leave watches keeping better time?","masterCertified","accuracySpdPost")
A(d,"ate cncLathe on leadTimeWksV2","cncLathe","leadTimeWksV2")
A(d,"Do workshops with a CNC lathe have shorter lead times?","cncLathe",None,clarify=True)
A(d,"Effect of workshop humidity on 30-day return rates","humidityPct","returnRate30d")
A(d,"Is turnover higher because of exporting, or is it just that Geneva workshops export more?","exportShare","revenueChfK")
A(d,"effect of avgPriceChf on servicesPerMo, hold cantonRegion fixed","avgPriceChf","servicesPerMo",covariates=["cantonRegion"])
A(d,"For workshops that bought a CNC lathe, what was the effect on revenue?","cncLathe","revenueChfK",estimand="att")
C(d,"For quartz movements, what's the effect of masterCertified on returnRate90d?","masterCertified","returnRate90d",at={"movementType":"quartz"})
C(d,"effect of cncLathe on accuracySpdPost at 60% humidity","cncLathe","accuracySpdPost",at={"humidityPct":60})
C(d,"In the Jura, does the CNC lathe raise the number of services done each month?","cncLathe","servicesPerMo",at={"cantonRegion":"Jura"})
C(d,"Which workshops gain most accuracy from master certification?","masterCertified","accuracySpdPost")
P(d,"Which workshops should invest in a CNC lathe to cut 90-day returns?","cncLathe","returnRate90d")
P(d,"Recommend who should pursue master certification to maximise revenueChfK.","masterCertified","revenueChfK")
P(d,"how many apprentices should each workshop take on to get the most services per month? give a rule","apprenticeCount","servicesPerMo")
M(d,"CNC lathe -> better rate accuracy -> fewer returns within 30 days. How much goes through accuracySpdPost?","cncLathe","returnRate30d","accuracySpdPost")
M(d,"How much of master certification's effect on revenue runs through the higher prices certified workshops charge?","masterCertified","revenueChfK","avgPriceChf")
D(d,"Estimate the causal graph over the watchmaker workshop columns.")
D(d,"what causes what in this watchmakers table?")
U(d,"What's the correlation between humidityPct and returnRate30d?")

# 11 bookbinders
d="h20_bookbinders"
A(d,"Estimate the ATE of HAND_SEW on DEFECT_POST, adjusting for DEFECT_PRE and STAFF_N.","HAND_SEW","DEFECT_POST",covariates=["DEFECT_PRE","STAFF_N"])
A(d,"Does sewing the text block by hand mean fewer faulty bindings?","HAND_SEW","DEFECT_POST")
A(d,"ate CONS_GRADE -> PRICE_USD","CONS_GRADE","PRICE_USD")
A(d,"effect of glue type on defects","GLUE_TYP","DEFECT_POST")
A(d,"Does hand sewing raise customer satisfaction?","HAND_SEW",None,clarify=True)
A(d,"Are repeat orders within 90 days increased by conservation-grade certification?","CONS_GRADE","REPEAT_90D")
A(d,"For binderies that did not hand-sew, what would hand sewing have done to turnaround time?","HAND_SEW","TURN_DAYS",estimand="atc")
C(d,"Among archive clients, what is the effect of CONS_GRADE on REPEAT_30D?","CONS_GRADE","REPEAT_30D",at={"CLIENT_TYP":"archive"})
C(d,"effect of HAND_SEW on DEFECT_POST when animal glue is used","HAND_SEW","DEFECT_POST",at={"GLUE_TYP":"animal"})
C(d,"under the condition that STAFF_N is 4, effect of HAND_SEW on TURN_DAYS","HAND_SEW","TURN_DAYS",at={"STAFF_N":4})
C(d,"Does the price premium from conservation certification differ by type of client?","CONS_GRADE","PRICE_USD")
C(d,"For library clients, does hand sewing raise repeat orders?","HAND_SEW",None,at={"CLIENT_TYP":"library"},clarify=True)
P(d,"Which binderies should switch to hand sewing to minimise defects?","HAND_SEW","DEFECT_POST")
P(d,"who to target for conservation grade certification to increase 30-day repeat orders","CONS_GRADE","REPEAT_30D")
P(d,"Which workshops should change glue to reduce defect rates? I need an assignment policy.","GLUE_TYP","DEFECT_POST")
M(d,"Hand sewing -> fewer defects -> higher satisfaction (SAT_SCORE_V2): how much is indirect?","HAND_SEW","SAT_SCORE_V2","DEFECT_POST")
M(d,"Conservation certification is thought to raise repeat business over 90 days because clients end up more satisfied (SAT_SCORE). How much of the effect runs that way?","CONS_GRADE","REPEAT_90D","SAT_SCORE")
D(d,"Learn the DAG among the bindery variables.")
U(d,"Hello! Can you tell me what this bindery data set is about?")

# 12 anthrax
d="h20_anthrax_vacc"
A(d,"Estimate the ATE of `vacc` on `sp_cases_12m`, adjusting for `sp_cases_bl`, `herd_n` and `flood_yr`.","vacc","sp_cases_12m",covariates=["sp_cases_bl","herd_n","flood_yr"])
A(d,"Does vaccinating the herd against anthrax actually reduce cases?","vacc","sp_cases_12m")
A(d,"effect of vacc on mort_90d using vet_dist_km as an instrument","vacc","mort_90d",instrument="vet_dist_km")
A(d,"Does vaccination cut livestock deaths?","vacc",None,clarify=True)
A(d,"ate cold_chain on sp_cases_12m","cold_chain","sp_cases_12m")
A(d,"Is communal grazing causing more anthrax, or is flooding behind both?","grz_comm","sp_cases_12m")
A(d,"How much does higher vaccine coverage lift milk yield (milk_yld_l_v2)?","vacc_cov_pct","milk_yld_l_v2")
A(d,"Among farms that vaccinated, how many anthrax cases were averted by doing so?","vacc","sp_cases_12m",estimand="att")
A(d,"effect of soil_ph on anthrax cases at follow-up, control for flood_yr and dist","soil_ph","sp_cases_12m",covariates=["flood_yr","dist"])
C(d,"For goat herds, effect of vacc on mort_30d","vacc","mort_30d",at={"spp":"goat"})
C(d,"What does vaccination do to anthrax case numbers in years when the pastures flooded?","vacc","sp_cases_12m",at={"flood_yr":1})
C(d,"when soil pH is 7.5, what does vaccination do to 12-month case counts?","vacc","sp_cases_12m",at={"soil_ph":7.5})
C(d,"How does the effect of vaccination on cases vary across districts?","vacc","sp_cases_12m")
P(d,"Which farms should be prioritised for anthrax vaccination given limited doses, to minimise cases?","vacc","sp_cases_12m")
P(d,"Where should the ministry put cold-chain fridges to minimise deaths over 90 days?","cold_chain","mort_90d")
M(d,"The cold chain works by keeping vaccine potent, which raises coverage, which in turn lowers cases. How much of cold_chain's effect on sp_cases_12m goes through vacc_cov_pct?","cold_chain","sp_cases_12m","vacc_cov_pct")
M(d,"vacc -> sp_cases_12m -> milk_yld_l, direct and indirect","vacc","milk_yld_l","sp_cases_12m")
M(d,"How much of the vaccine's effect on 90-day mortality is explained by fewer anthrax cases?","vacc","mort_90d","sp_cases_12m")
D(d,"Recover the causal structure linking vaccination, grazing, flooding, soil and anthrax outcomes in this farm data.")
U(d,"Count the number of farms per district.")

# 13 avian flu
d="h20_avian_flu_farms"
A(d,"What is the average effect of surveillance on detection_days, adjusting for flock and region?","surveillance","detection_days",covariates=["flock","region"])
A(d,"Does active monitoring of flocks catch bird flu sooner?","surveillance","detection_days")
A(d,"ate vaccination -> outbreak_90d adj housing, wild_birds","vaccination","outbreak_90d",covariates=["housing","wild_birds"])
A(d,"Does vaccinating poultry reduce outbreaks?","vaccination",None,clarify=True)
A(d,"Is mortality lower on farms with better biosecurity (biosecurity_score_v2)?","biosecurity_score_v2","mortality_after")
A(d,"Do more visitors cause outbreaks within 30 days, or is it confounded by flock size?","visitors","outbreak_30d")
A(d,"What's the effect of the ventilation upgrade on mortality?",None,"mortality_after",clarify=True)
A(d,"What would surveillance have done to mortality on the farms that were not enrolled?","surveillance","mortality_after",estimand="atc")
C(d,"For free-range flocks, effect of vaccination on outbreak_30d","vaccination","outbreak_30d",at={"housing":"free range"})
C(d,"Among coastal farms, does surveillance shorten the time to detection?","surveillance","detection_days",at={"region":"coastal"})
C(d,"effect of vaccination on mortality_after when distance_water = 2 km","vaccination","mortality_after",at={"distance_water":2})
C(d,"which farms benefit most from vaccination in terms of outbreak_90d","vaccination","outbreak_90d")
P(d,"Which farms should be enrolled in enhanced surveillance to shorten detection time?","surveillance","detection_days")
P(d,"Who should be vaccinated first to minimise 90-day outbreaks?","vaccination","outbreak_90d")
P(d,"allocate vaccine to cut mortality, which farms","vaccination","mortality_after")
M(d,"Surveillance reduces mortality by detecting outbreaks earlier, which then limits spread. How much of surveillance's effect on mortality_after goes through detection_days?","surveillance","mortality_after","detection_days")
M(d,"vaccination effect on mortality_after via outbreak_30d","vaccination","mortality_after","outbreak_30d")
D(d,"Discover the causal graph among the poultry farm variables.")
D(d,"Which factors on these farms drive which others? Figure out the causal ordering.")

# 14 rickets
d="h20_rickets_vitd"
A(d,"Estimate the ATE of `vitd_supp` on `rickets_24m` adjusting for `bf_excl`, `skin_typ` and `lat_deg`.","vitd_supp","rickets_24m",covariates=["bf_excl","skin_typ","lat_deg"])
A(d,"Does giving babies vitamin D drops prevent rickets?","vitd_supp",None,clarify=True)
A(d,"ate dose_iu on ohd_6m adj ohd_bl","dose_iu","ohd_6m",covariates=["ohd_bl"])
A(d,"Does more time outdoors raise infants' vitamin D levels?","sun_min_d","ohd_6m")
A(d,"Is alkaline phosphatase lowered by supplementation?","vitd_supp","alp_6m")
A(d,"Does exclusive breastfeeding cause rickets by 12 months, or is skin pigmentation confounding that?","bf_excl","rickets_12m")
A(d,"effect of maternal vitamin D (mat_vitd) on the infant's baseline 25-OH-D (ohd_bl)","mat_vitd","ohd_bl")
A(d,"Among infants who received supplements, what was the effect on rickets_12m?","vitd_supp","rickets_12m",estimand="att")
C(d,"For infants with skin type V-VI, effect of vitd_supp on rickets_24m","vitd_supp","rickets_24m",at={"skin_typ":"V-VI"})
C(d,"What is the effect of vitamin D supplementation on 6-month 25(OH)D at 55 degrees latitude?","vitd_supp","ohd_6m",at={"lat_deg":55})
C(d,"among exclusively breastfed infants, does supplementation cut rickets at 12 months?","vitd_supp","rickets_12m",at={"bf_excl":1})
C(d,"How does the dose effect on serum vitamin D vary by birth weight?","dose_iu","ohd_6m")
P(d,"Which infants should be prioritised for vitamin D supplementation to prevent rickets by 24 months?","vitd_supp","rickets_24m")
P(d,"Give a dosing rule: who should get a higher dose_iu to maximise ohd_6m?","dose_iu","ohd_6m")
P(d,"targeting supplementation across SES quintiles to minimise rickets_12m","vitd_supp","rickets_12m")
M(d,"Supplementation prevents rickets by raising serum 25(OH)D, which then mineralises bone. How much of vitd_supp's effect on rickets_24m runs through ohd_6m?","vitd_supp","rickets_24m","ohd_6m")
M(d,"sun_min_d -> ohd_6m -> alp_6m mediation","sun_min_d","alp_6m","ohd_6m")
M(d,"Maternal vitamin D status -> baby's starting 25-OH-D -> rickets at 12 months: how much is indirect?","mat_vitd","rickets_12m","ohd_bl")
D(d,"Learn the causal graph linking supplementation, sunlight, skin type, serum markers and rickets.")
D(d,"Work out which of the infant variables cause which.")

# 15 trout
d="h20_trout_farms"
A(d,"Estimate the ATE of O2_AER on WT_G_POST, adjusting for WT_G_PRE, STOCK_DENS and WTEMP_C.","O2_AER","WT_G_POST",covariates=["WT_G_PRE","STOCK_DENS","WTEMP_C"])
A(d,"Do aerated farms lose fewer fish?","O2_AER",None,clarify=True)
A(d,"ate probiotic on fcr_v2","PROBIOTIC","FCR_V2")
A(d,"Does packing more fish per cubic metre drive up deaths over 90 days?","STOCK_DENS","MORT_90D")
A(d,"Does feeding more increase harvest tonnage, or is that just bigger farms feeding more and harvesting more?","FEED_KG_D","HARV_T")
A(d,"Is feed conversion (FCR) improved by probiotics?","PROBIOTIC","FCR")
A(d,"effect of water temperature on lice counts","WTEMP_C","LICE_CT")
A(d,"For farms that added probiotics, what did it do to fish weight?","PROBIOTIC","WT_G_POST",estimand="att")
C(d,"For RAS systems, what is the effect of O2_AER on MORT_30D?","O2_AER","MORT_30D",at={"SYSTEM":"RAS"})
C(d,"effect of aeration on final weight at 16°C","O2_AER","WT_G_POST",at={"WTEMP_C":16})
C(d,"among brown trout farms, effect of probiotics on FCR_V2","PROBIOTIC","FCR_V2",at={"SPECIES":"brown"})
C(d,"How does aeration's effect on 90-day mortality vary with stocking density?","O2_AER","MORT_90D")
P(d,"Which farms should install aeration to minimise MORT_90D?","O2_AER","MORT_90D")
P(d,"Targeting rule for probiotic feed to maximise harvest tonnage","PROBIOTIC","HARV_T")
M(d,"Aeration raises dissolved oxygen, which then lowers deaths in the first month. How much of O2_AER's effect on MORT_30D is via DO_MGL?","O2_AER","MORT_30D","DO_MGL")
M(d,"probiotics -> FCR -> WT_G_POST decomposition","PROBIOTIC","WT_G_POST","FCR")
M(d,"Does aeration improve feed conversion through dissolved oxygen?","O2_AER",None,"DO_MGL",clarify=True)
D(d,"Discover causal structure in the trout farm data.")
D(d,"which variables in this fish farm table influence each other? give me the causal diagram")
U(d,"Fit a regression to predict HARV_T.")

# unsupported, none
for q in ["hi there!","Tell me a joke about statisticians.","What's the weather going to be in Oslo tomorrow?",
          "Write a SQL query that joins orders to customers on customer_id.","How do I convert a CSV file to parquet?",
          "what's the mean of 3, 5 and 9?","Forecast the bitcoin price for next week.","how do I drop duplicate rows in pandas",
          "Translate 'causal inference' into French."]:
    U(None,q)

# audit
au=[("Does the LLM's loan approval change if the applicant's race is switched and everything else stays the same?","race","loan approval"),
("Test whether our GPT-based screener's interview recommendation flips when only the candidate's gender is swapped.","gender","interview recommendation"),
("If I change only the applicant's age in the prompt, does the chatbot's premium quote change?","age","premium quote"),
("Does the AI letting assistant make a different tenancy decision when the applicant's religion is Muslim rather than Christian, holding all else fixed?","religion","tenancy decision"),
("counterfactual fairness audit: llm + disability -> scholarship award","disability","scholarship award"),
("Would the voice assistant set a different credit limit if the caller had a Nigerian accent instead of a Scottish one, all other details identical?","accent","credit limit"),
("Swap the applicant's name from Emily to Lakisha - does the language model's callback decision change?","name","callback decision"),
("Check if the model's adoption suitability rating depends on the couple's sexual orientation, with everything else held constant.","sexual orientation","adoption suitability rating"),
("Is the AI immigration assistant's visa recommendation sensitive to nationality when the rest of the file is unchanged?","nationality","visa recommendation"),
("does the triage chatbot give a lower priority if the patient is described as obese, all else equal?","body weight","priority"),
("Would an LLM reviewer's promotion recommendation differ if the employee were pregnant, with the same performance record?","pregnancy","promotion recommendation"),
("Audit the bail recommendation produced by the language model for sensitivity to the defendant's ethnicity.","ethnicity","bail recommendation"),
("If a mortgage applicant's marital status changed from married to single and nothing else, would the AI's mortgage approval differ?","marital status","mortgage approval"),
("Does the moderation bot's takedown decision change when the poster's stated political affiliation flips from left to right?","political affiliation","takedown decision"),
("essay grader LLM: does the essay grade drop when the same essay is rewritten in African American English dialect?","dialect","essay grade"),
("Does the chatbot quote a different car insurance price if only the postcode is changed to a poorer neighbourhood?","postcode","car insurance price"),
("Does the LLM suggest a lower salary offer when the candidate is a woman rather than a man, everything else identical?","gender","salary offer"),
("Would the AI assistant's trial eligibility judgement change if the patient were 75 instead of 45, other facts unchanged?","age","trial eligibility judgement")]
for q,t,y in au: add(None,q,"audit",t,y)

# relation
for q in ["Suppose a closed system has three variables A, B and C. A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?",
"Premise: X and Y are correlated. X and Z are correlated. Y and Z are independent. Hypothesis: Z causes Y. True or false?",
"In a system of four variables A, B, C, D: all pairs are correlated except A and B, which are independent; A and B become dependent given C. Is C a common effect of A and B?",
"A is correlated with B and with C; B and C are independent given A. Is A a common cause of B and C?",
"Given: P correlates with Q, Q correlates with R, P correlates with R, and P is independent of R given Q. Can we conclude that P causes R through Q?",
"Variables A, B, C. A and B are independent. A and C are correlated. B and C are correlated. Does C cause A?",
"If M and N are correlated but become independent once we condition on K, and K correlates with both, is there a direct causal link between M and N?",
"Three variables: E correlates with F, F correlates with G, E is independent of G. Does F cause E?",
"We observe that A and D are correlated, A and D are independent given {B, C}, and B and C are dependent. Is A a cause of D?",
"premises: X ⫫ Z, X not ⫫ Y, Z not ⫫ Y, X not ⫫ Z | Y. question: is Y a collider between X and Z?"]:
    add(None,q,"relation")

# generate
for q in ["Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y with Z -> Y, using linear Gaussian equations.",
"Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Give me 10k samples.",
"Have a language model write the structural equations for a smoking -> tar -> cancer DAG and sample a benchmark dataset from it.",
"make a fake dataset with a confounder, a binary treatment and a continuous outcome, true ATE = 3",
"Create a causal benchmark: an LLM proposes plausible variables and equations for a DAG about sleep, caffeine and exam scores, then generate 2,000 rows.",
"Produce synthetic data from a structural causal model with an instrument Z -> T -> Y and an unobserved confounder between T and Y.",
"Sample 1,000 observations from the graph A -> B, A -> C, B -> D, C -> D with nonlinear mechanisms of your choice.",
"Use an LLM to define the functional forms for each node in the DAG rainfall -> crop yield <- fertiliser and simulate a dataset.",
"Generate a benchmark dataset with a mediator: T -> M -> Y plus T -> Y, known direct and indirect effects.",
"synthesize a dataset from a DAG with 6 variables and a known collider, for testing discovery algorithms"]:
    add(None,q,"generate")

# validate
kinds=collections.Counter(q["expected"]["kind"] for q in Q)
print(len(Q),kinds)
for q in Q:
    e=q["expected"]
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] in ("audit","relation","generate"): assert q["dataset"]=="none"
for n,v in DS.items():
    assert 13<=len(v["columns"])<=18,(n,len(v["columns"]))
    for c,s in v["columns"].items():
        if s["type"]=="categorical" and len(s["values"])<=6: pass
random.Random(20020).shuffle(Q)
json.dump(DS,open(f"{OUT}/datasets.json","w"),indent=1)
with open(f"{OUT}/questions.jsonl","w") as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+"\n")
mods=collections.Counter()
for q in Q:
    e=q["expected"]
    for k in ["covariates","instrument","estimand","at","clarify"]:
        if k in e: mods[k]+=1
    if e.get("estimand"): mods["estimand="+e["estimand"]]+=1
print(mods)
json.dump({"kinds":kinds,"mods":mods},open("/tmp/h20counts.json","w"))
