import json, random, collections
B=[0,1,0]
def C(*levels): return ("categorical", list(levels))
D = {}
def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c,t,v in cols}}

ds("h17_falconry","Falconry centres: bird training practices, bird welfare and visitor outcomes, one row per bird-centre record.",[
 ("centre_id","id",["FC001","FC002","FC003"]),("region","categorical",["north","south","east","west"]),
 ("species_grp","categorical",["hawk","falcon","owl","eagle"]),("trnr_yrs","numeric",[2,11,25]),
 ("dly_flt_min","numeric",[15,40,75]),("wt_mgmt","binary",B),("imprint","binary",B),("hood_trn","binary",B),
 ("wt_g_bl","numeric",[640,910,3900]),("wt_g_6m","numeric",[655,880,3810]),("recall_rt_bl","numeric",[0.62,0.78,0.91]),
 ("recall_rt_6m","numeric",[0.7,0.85,0.95]),("inj_30d","binary",B),("inj_90d","binary",B),
 ("vis_cnt","numeric",[320,1450,4100]),("vis_rev","numeric",[2100.0,9800.5,31000.0]),("stress_scr","numeric",[3.1,5.4,7.8]),("stress_scr_v2","numeric",[28,47,71])])
ds("h17_snooker","Snooker halls: pricing, promotions and member engagement per hall.",[
 ("hallId","id",["SH-101","SH-102","SH-103"]),("cityTier","categorical",["tier1","tier2","tier3"]),("tablesCount","numeric",[6,12,24]),
 ("tableRateGBP","numeric",[7.5,9.0,12.0]),("loyaltyCard","binary",B),("happyHourPromo","binary",B),("coachingOffered","binary",B),
 ("tournamentHosted","binary",B),("memberAge","numeric",[24,41,63]),("visitsWkday","numeric",[180,420,760]),("visitsWkend","numeric",[240,510,990]),
 ("churned30d","binary",B),("churned90d","binary",B),("revenuePerTable","numeric",[410.0,655.2,980.0]),("revenuePerTableAdj","numeric",[395.4,640.0,1002.3]),
 ("satScore","numeric",[6.2,7.8,9.1]),("satScoreV2","numeric",[58,74,90])])
ds("h17_tea_estates","Tea estates: agronomic practices, certification and leaf yield/quality per estate-season.",[
 ("ESTATE_ID","id",["TE-0007","TE-0112","TE-0230"]),("DISTRICT","categorical",["ASSAM","DARJEELING","NILGIRI","KANGRA"]),
 ("ELEV_M","numeric",[90,1200,2100]),("AREA_HA","numeric",[45,210,680]),("CLONE_TYPE","categorical",["CLONAL","SEEDLING"]),
 ("ORG_CERT","binary",B),("FERT_N_KGHA","numeric",[0,120,240]),("SHADE_TREES","binary",B),("IRRIG","binary",B),
 ("PLUCK_RND_DAYS","numeric",[5,7,10]),("RAIN_MM","numeric",[1400,2300,3200]),("YLD_KGHA_PRE","numeric",[1600,2300,3100]),
 ("YLD_KGHA_POST","numeric",[1700,2450,3050]),("QUAL_GRADE","numeric",[2.5,3.6,4.4]),("QUAL_GRADE_V2","numeric",[61,74,88]),
 ("WORKER_WAGE","numeric",[232,250,410]),("PEST_INC_30D","binary",B),("PEST_INC_90D","binary",B)])
ds("h17_polio_campaigns","Polio vaccination campaign rounds by district: operational inputs and coverage / case outcomes.",[
 ("campaign","id",["PC-2023-01","PC-2023-02","PC-2023-03"]),("province","categorical",["Punjab","Sindh","KP","Balochistan"]),
 ("urban","binary",B),("teams","numeric",[40,120,310]),("microplanning","binary",B),("incentives","binary",B),("mobilisers","numeric",[5,22,60]),
 ("distance","numeric",[1.2,6.5,18.0]),("literacy","numeric",[35.2,52.0,71.4]),("refusals","numeric",[12,85,240]),
 ("coverage_before","numeric",[71.0,84.5,93.2]),("coverage_after","numeric",[78.3,89.1,96.0]),("zerodose_rate","numeric",[2.1,5.4,11.8]),
 ("zerodose_ratio","numeric",[0.021,0.054,0.118]),("cases_30d","numeric",[0,1,3]),("cases_90d","numeric",[0,2,5])])
ds("h17_thal_clinics","Thalassaemia clinic patients: chelation, transfusion and iron-overload outcomes.",[
 ("pt_id","id",["T0001","T0002","T0003"]),("age_yr","numeric",[6,17,34]),("sex","categorical",["M","F"]),
 ("genotype","categorical",["beta0","beta_plus","HbE_beta"]),("chel_agt","categorical",["DFO","DFX","DFP"]),("counsel","binary",B),
 ("chel_adh","numeric",[48,76,95]),("splenect","binary",B),("tx_vol_ml_kg","numeric",[120,165,210]),("hb_pre_tx","numeric",[8.1,9.3,10.2]),
 ("ferritin_bl","numeric",[950,2100,4800]),("ferritin_12m","numeric",[800,1850,4300]),("lic_mg_g","numeric",[3.2,8.9,19.5]),
 ("t2star_ms","numeric",[9.5,21.0,38.2]),("hosp_30d","binary",B),("hosp_90d","binary",B),("qol_score","numeric",[54,68,83]),("qol_score_v2","numeric",[0.61,0.74,0.88])])
ds("h17_burn_units","Burn unit admissions: injury severity, surgical/nutritional management and outcomes.",[
 ("patient_no","id",["BU-5501","BU-5502","BU-5503"]),("age","numeric",[4,38,77]),("tbsa_pct","numeric",[12,35,62]),("inhal_inj","binary",B),
 ("unit_level","categorical",["regional","tertiary"]),("early_exc","binary",B),("nutr_support","categorical",["none","enteral","parenteral"]),
 ("fluid_ml_kg","numeric",[2.0,3.8,5.6]),("graft_take_pct","numeric",[72,88,97]),("sepsis_7d","binary",B),("sepsis_28d","binary",B),
 ("los_days","numeric",[9,24,61]),("mort_30d","binary",B),("mort_90d","binary",B),("pain_nrs_d3","numeric",[4,7,9]),("pain_nrs_d10","numeric",[2,4,7]),
 ("scar_vss","numeric",[3,7,11]),("scar_vss_v2","numeric",[2.5,6.0,10.5])])
ds("h17_escape_rooms","Escape-room venues: room design, game-master and pricing choices with player outcomes, one row per room.",[
 ("roomId","id",["ER-11","ER-12","ER-13"]),("themeGenre","categorical",["horror","mystery","sciFi","adventure"]),("difficultyLvl","numeric",[1,3,5]),
 ("groupSize","numeric",[2,4,6]),("weekendSlot","binary",B),("hintSystem","binary",B),("gameMasterExp","numeric",[0.5,2,6]),
 ("bookingLeadDays","numeric",[1,6,21]),("dynamicPricing","binary",B),("ticketPrice","numeric",[22.0,29.5,38.0]),("escapeRate","numeric",[0.31,0.52,0.77]),
 ("escapeRateAdj","numeric",[0.29,0.55,0.74]),("npsPre","numeric",[18,42,66]),("npsPost","numeric",[21,47,70]),("repeatBook30d","binary",B),
 ("repeatBook90d","binary",B),("reviewStars","numeric",[3.8,4.4,4.9])])
ds("h17_locksmith","Locksmith franchises: dispatch technology, training, pricing and service outcomes per franchise.",[
 ("FRANCHISE_ID","id",["LK-201","LK-202","LK-203"]),("REGION","categorical",["NE","SE","MW","W"]),("URBAN","binary",B),("VAN_COUNT","numeric",[2,5,11]),
 ("GPS_DISPATCH","binary",B),("TRAINING_HRS","numeric",[8,24,60]),("CERT_TECH","binary",B),("CALLOUT_FEE_USD","numeric",[49,79,129]),
 ("AD_SPEND_USD","numeric",[500,2200,7800]),("RESP_MIN","numeric",[18,34,72]),("JOBS_Q1","numeric",[140,390,920]),("JOBS_Q4","numeric",[150,410,980]),
 ("CSAT","numeric",[3.9,4.3,4.8]),("CSAT_V2","numeric",[71,82,94]),("COMPLAINT_30D","numeric",[0,2,7]),("COMPLAINT_90D","numeric",[1,5,16]),("REV_USD_K","numeric",[85.0,210.4,590.0])])
ds("h17_stutter_clinics","Stuttering therapy clinic clients: therapy approach, delivery mode and fluency/anxiety outcomes.",[
 ("client_id","id",["ST-001","ST-002","ST-003"]),("age","numeric",[4,9,27]),("gender","categorical",["female","male","nonbinary"]),
 ("therapy","categorical",["lidcombe","fluency_shaping","stuttering_modification"]),("sessions_per_week","numeric",[1,2,4]),("parent_involved","binary",B),
 ("telehealth","binary",B),("therapist_years","numeric",[1,7,22]),("anxiety_baseline","numeric",[22,38,55]),("anxiety_followup","numeric",[18,31,50]),
 ("ss_pct_pre","numeric",[3.5,7.2,14.0]),("ss_pct_post","numeric",[1.2,3.9,9.8]),("severity_ssi4","numeric",[14,24,36]),("severity_ssi4_v2","numeric",[12.5,22.0,35.5]),
 ("relapse_6m","binary",B),("relapse_12m","binary",B),("school_participation","numeric",[2,3,5])])
ds("h17_badminton_clubs","Badminton clubs: programmes, coaching, fees and membership/performance outcomes per club-season.",[
 ("club","id",["BC-Leeds-01","BC-Exeter-02","BC-Kent-03"]),("county","categorical",["Yorkshire","Kent","Lancashire","Devon","Essex"]),
 ("league_entry","binary",B),("juniors_programme","binary",B),("coach_hours","numeric",[2,6,14]),("shuttle_type","categorical",["feather","nylon"]),
 ("court_fee","numeric",[8.0,12.0,16.5]),("women_share","numeric",[0.31,0.45,0.58]),("members_2022","numeric",[35,90,210]),("members_2023","numeric",[38,96,225]),
 ("retention_6m","numeric",[0.71,0.84,0.93]),("retention_12m","numeric",[0.55,0.7,0.86]),("injury_rate","numeric",[1.2,2.8,4.9]),("injury_ratio","numeric",[0.012,0.028,0.049]),
 ("ranking_pts","numeric",[120,460,1330]),("ranking_pts_v2","numeric",[15.2,48.0,97.5])])
ds("h17_needle_exchange","Needle-exchange programme sites: service features, context and blood-borne virus / overdose outcomes.",[
 ("site","id",["NSP-01","NSP-02","NSP-03"]),("city_type","categorical",["metro","regional","rural"]),("mobile_van","binary",B),("naloxone_dist","binary",B),
 ("peer_workers","numeric",[0,3,9]),("hours_open","numeric",[20,40,84]),("police_presence","numeric",[0,2,5]),("funding","numeric",[80000,240000,610000]),
 ("syringes_distributed","numeric",[12000,65000,210000]),("return_rate","numeric",[0.45,0.68,0.9]),("hcv_incidence_bl","numeric",[4.2,9.8,17.5]),
 ("hcv_incidence_12m","numeric",[3.1,8.4,15.0]),("hiv_dx_6m","numeric",[0,2,6]),("hiv_dx_12m","numeric",[0,4,11]),("overdose_rate","numeric",[5.5,12.1,27.3]),
 ("overdose_ratio","numeric",[0.055,0.121,0.273]),("treatment_referrals","numeric",[3,18,64])])
ds("h17_chiro","Chiropractic clinic patients: manual therapy, exercise prescription and pain/disability outcomes.",[
 ("PT_ID","id",["CH-1001","CH-1002","CH-1003"]),("AGE","numeric",[24,47,72]),("SEX","categorical",["F","M"]),("BMI","numeric",[21.4,27.9,34.2]),
 ("COMPLAINT","categorical",["LBP","NECK","HEADACHE"]),("SMT","binary",B),("EXERCISE_RX","binary",B),("MASSAGE","binary",B),("VISITS_PER_WK","numeric",[1,2,3]),
 ("ODI_BL","numeric",[18,34,56]),("ODI_6W","numeric",[10,24,48]),("PAIN_VAS_BL","numeric",[4.5,6.8,8.9]),("PAIN_VAS_6W","numeric",[2.0,4.1,7.2]),
 ("OPIOID_USE_3M","binary",B),("OPIOID_USE_12M","binary",B),("SAT","numeric",[3,4,5]),("SAT_V2","numeric",[62,80,97]),("WORK_DAYS_LOST","numeric",[0,6,21])])
ds("h17_schisto_mda","Schistosomiasis mass drug administration by village: praziquantel rounds, WASH, snail control and infection/anaemia outcomes.",[
 ("vill_id","id",["V-0041","V-0042","V-0043"]),("dist","categorical",["Kisumu","Siaya","Homa_Bay","Migori"]),("lake_dist_km","numeric",[0.5,2.0,9.5]),
 ("rain_mm","numeric",[900,1200,1750]),("sch_enrol","numeric",[0.62,0.81,0.95]),("chw_n","numeric",[2,6,15]),("pzq_mda","binary",B),("cov_pct","numeric",[48,72,91]),
 ("wash_int","binary",B),("snail_ctrl","binary",B),("egg_cnt_bl","numeric",[35,120,410]),("egg_cnt_1y","numeric",[12,70,330]),("prev_bl","numeric",[0.22,0.48,0.79]),
 ("prev_1y","numeric",[0.1,0.31,0.66]),("anaem_rt","numeric",[18.5,31.0,47.2]),("anaem_ratio","numeric",[0.185,0.31,0.472]),("hb_gdl","numeric",[9.8,11.4,12.9])])
ds("h17_plumbing","Plumbing contractors: staffing, quoting and booking practices with quality and revenue outcomes.",[
 ("contractor_id","id",["PL-3301","PL-3302","PL-3303"]),("state","categorical",["TX","FL","OH","CA"]),("crew_size","numeric",[2,4,12]),("apprentices","numeric",[0,1,4]),
 ("licensed_master","binary",B),("fixed_price_quotes","binary",B),("online_booking","binary",B),("emergency_service","binary",B),("warranty_years","numeric",[1,2,5]),
 ("avg_job_hours","numeric",[1.5,3.2,6.8]),("callback_rate","numeric",[2.5,6.0,12.4]),("callback_ratio","numeric",[0.025,0.06,0.124]),("revenue_2022","numeric",[180000,620000,2100000]),
 ("revenue_2023","numeric",[195000,655000,2250000]),("reviews","numeric",[14,120,860]),("rating","numeric",[3.6,4.4,4.9]),("rating_new","numeric",[71,86,97])])
ds("h17_dogwalk_app","Dog-walking app users: engagement features, pricing and retention/value outcomes, one row per dog owner.",[
 ("userId","id",["u_88121","u_88122","u_88123"]),("ownerAge","numeric",[23,36,61]),("dogSize","categorical",["small","medium","large"]),
 ("cityZone","categorical",["urban","suburban"]),("pushNotif","binary",B),("premiumTier","binary",B),("referralBonus","binary",B),("priceSurge","binary",B),
 ("walksPerWk","numeric",[1,4,9]),("walkerRating","numeric",[4.1,4.6,4.95]),("bookingsPre","numeric",[0,3,11]),("bookingsPost","numeric",[1,4,13]),
 ("churned30d","binary",B),("churned90d","binary",B),("ltvUSD","numeric",[35.0,142.5,610.0]),("ltvUSDv2","numeric",[31.2,150.0,588.9]),
 ("appOpensWeekday","numeric",[2,9,30]),("appOpensWeekend","numeric",[0,4,15])])

Q=[]
def q(dsn, text, kind, t=None, y=None, m=None, **kw):
    e={"kind":kind,"treatment":t,"outcome":y,"mediator":m}
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in kw: e[k]=kw.pop(k)
    assert not kw, kw
    Q.append({"question":text,"dataset":dsn,"columns":list(D[dsn]["columns"]) if dsn!="none" else None,
              "split":"test","origin":"heldout17","expected":e})

# ---------- falconry
d="h17_falconry"
q(d,"Estimate the average treatment effect of the weight-management protocol (`wt_mgmt`) on 6-month recall success (`recall_rt_6m`), adjusting for `recall_rt_bl` and `species_grp`.","ate","wt_mgmt","recall_rt_6m",covariates=["species_grp","recall_rt_bl"])
q(d,"Do birds that were hand-reared by people come back to the glove more reliably?","ate","imprint","recall_rt_6m")
q(d,"ate hood_trn -> inj_90d adj trnr_yrs","ate","hood_trn","inj_90d",covariates=["trnr_yrs"])
q(d,"Does flying the birds for longer each day actually bring in more visitors, or is that association just confounding?","ate","dly_flt_min","vis_cnt")
q(d,"Is the revised stress measure (stress_scr_v2) reduced by the weight management protocol?","ate","wt_mgmt","stress_scr_v2")
q(d,"what does more trainer experiance do to a birds weight","ate","trnr_yrs","wt_g_6m")
q(d,"Among centres that adopted hood training, what effect did it have on visitor revenue?","ate","hood_trn","vis_rev",estimand="att")
q(d,"How much would recall improve for the birds that were not imprinted, had they been imprinted?","ate","imprint","recall_rt_6m",estimand="atc")
q(d,"Effect of hood training on injuries?","ate","hood_trn",None,clarify=True)
q(d,"Does the feeding schedule affect recall success at six months?","ate",None,"recall_rt_6m",clarify=True)
q(d,"For eagles specifically, what's the effect of the weight protocol on recall at six months?","cate","wt_mgmt","recall_rt_6m",at={"species_grp":"eagle"})
q(d,"Does the effect of daily flight minutes on `stress_scr` differ across regions?","cate","dly_flt_min","stress_scr")
q(d,"cate of imprint on inj_30d when trnr_yrs = 10","cate","imprint","inj_30d",at={"trnr_yrs":10})
q(d,"Under the condition that the centre is in the north, does hood training change how many people visit?","cate","hood_trn","vis_cnt",at={"region":"north"})
q(d,"Which centres should adopt the weight-management protocol to maximise six-month recall rates?","policy","wt_mgmt","recall_rt_6m")
q(d,"Build a targeting rule: which birds should get hood training to keep 90-day injuries down?","policy","hood_trn","inj_90d")
q(d,"Who should get longer daily flights (dly_flt_min) if we want recall_rt_6m as high as possible? Give a treatment rule.","policy","dly_flt_min","recall_rt_6m")
q(d,"Hood training works by calming the birds (lower `stress_scr_v2`), which then cuts 30-day injuries. How much of the effect goes through that route?","mediation","hood_trn","inj_30d","stress_scr_v2")
q(d,"Decompose the effect of daily flight minutes on visitor revenue into the part via visitor count and the direct part.","mediation","dly_flt_min","vis_rev","vis_cnt")
q(d,"Figure out what drives what among the variables in the falconry centre data.","discover")
q(d,"Plot the distribution of baseline bird weights by species.","unsupported")

# ---------- snooker
d="h17_snooker"
q(d,"What is the ATE of `loyaltyCard` on `churned90d`, controlling for `cityTier` and `memberAge`?","ate","loyaltyCard","churned90d",covariates=["cityTier","memberAge"])
q(d,"Did running a happy-hour deal bring more players in on weekdays?","ate","happyHourPromo","visitsWkday")
q(d,"effect of coaching on satScoreV2","ate","coachingOffered","satScoreV2")
q(d,"Is adjusted revenue per table (revenuePerTableAdj) raised by hosting tournaments, or is that just confounding?","ate","tournamentHosted","revenuePerTableAdj")
q(d,"How does the hourly table price affect the Saturday and Sunday crowd?","ate","tableRateGBP","visitsWkend")
q(d,"For the halls that introduced a loyalty card, how much did it reduce 30-day churn?","ate","loyaltyCard","churned30d",estimand="att")
q(d,"Are 30-day churn rates lowered by hosting tournaments?","ate","tournamentHosted","churned30d")
q(d,"Would members drop out less if we started a loyalty card scheme?","ate","loyaltyCard",None,clarify=True)
q(d,"Does the happy hour promo affect visits?","ate","happyHourPromo",None,clarify=True)
q(d,"Effect of coaching on 90-day churn for members aged 60?","cate","coachingOffered","churned90d",at={"memberAge":60})
q(d,"How does the effect of the happy-hour promo on revenuePerTableAdj vary by city tier?","cate","happyHourPromo","revenuePerTableAdj")
q(d,"among tier3 halls, ate of tournamentHosted on visitsWkend","cate","tournamentHosted","visitsWkend",at={"cityTier":"tier3"})
q(d,"When the table rate is £9 an hour, what does a loyalty card do to satScore?","cate","loyaltyCard","satScore",at={"tableRateGBP":9})
q(d,"Which halls should we roll coaching out to if the goal is to keep 90-day churn down?","policy","coachingOffered","churned90d")
q(d,"target the happy hour promo - who gains most weekday visits? give an allocation rule","policy","happyHourPromo","visitsWkday")
q(d,"How much of the loyalty card's effect on 90-day churn runs through weekend visits (`visitsWkend`)?","mediation","loyaltyCard","churned90d","visitsWkend")
q(d,"Coaching makes members happier (satScoreV2), and happier members stick around — what share of coaching's effect on churned30d is via satisfaction?","mediation","coachingOffered","churned30d","satScoreV2")
q(d,"Tournaments pull in weekend crowds, which then lift adjusted revenue per table. What is the indirect effect of tournamentHosted through visitsWkend?","mediation","tournamentHosted","revenuePerTableAdj","visitsWkend")
q(d,"Learn the causal structure of the snooker hall dataset.","discover")
q(d,"What's the average memberAge in each city tier?","unsupported")

# ---------- tea
d="h17_tea_estates"
q(d,"Estimate the causal effect of nitrogen fertiliser (FERT_N_KGHA) on post-period yield (YLD_KGHA_POST), adjusting for YLD_KGHA_PRE, ELEV_M and RAIN_MM.","ate","FERT_N_KGHA","YLD_KGHA_POST",covariates=["ELEV_M","RAIN_MM","YLD_KGHA_PRE"])
q(d,"Does going organic change how much leaf an estate harvests per hectare?","ate","ORG_CERT","YLD_KGHA_POST")
q(d,"ate SHADE_TREES on PEST_INC_90D","ate","SHADE_TREES","PEST_INC_90D")
q(d,"Do estates that irrigate get better leaf on the revised grading scale (QUAL_GRADE_V2)?","ate","IRRIG","QUAL_GRADE_V2")
q(d,"How does shortening the plucking round affect quality grade?","ate","PLUCK_RND_DAYS",None,clarify=True)
q(d,"Is pest incidence within 30 days reduced by shade trees?","ate","SHADE_TREES","PEST_INC_30D")
q(d,"What is the effect of higher pay for pluckers on the original quality grade (`QUAL_GRADE`)?","ate","WORKER_WAGE","QUAL_GRADE")
q(d,"For the certified organic estates, what did certification do to pest incidence over 90 days?","ate","ORG_CERT","PEST_INC_90D",estimand="att")
q(d,"whats the effect of clonal bushes vs seedlings on yeild","ate","CLONE_TYPE","YLD_KGHA_POST")
q(d,"Does switching to mechanical harvesters raise yield per hectare?","ate",None,"YLD_KGHA_POST",clarify=True)
q(d,"What does irrigation do to post-period yield at 1,500 m elevation?","cate","IRRIG","YLD_KGHA_POST",at={"ELEV_M":1500})
q(d,"In Darjeeling, does nitrogen fertiliser raise yield?","cate","FERT_N_KGHA","YLD_KGHA_POST",at={"DISTRICT":"DARJEELING"})
q(d,"How does the effect of SHADE_TREES on QUAL_GRADE_V2 vary with RAIN_MM?","cate","SHADE_TREES","QUAL_GRADE_V2")
q(d,"Under the condition that annual rainfall is 2000 mm, does irrigation still raise yield?","cate","IRRIG","YLD_KGHA_POST",at={"RAIN_MM":2000})
q(d,"Which estates should receive irrigation investment to maximise post-period yield?","policy","IRRIG","YLD_KGHA_POST")
q(d,"Design a rule for where to plant shade trees so that 90-day pest incidence is minimised.","policy","SHADE_TREES","PEST_INC_90D")
q(d,"How much of the effect of shade trees on yield is mediated by lower 30-day pest incidence?","mediation","SHADE_TREES","YLD_KGHA_POST","PEST_INC_30D")
q(d,"Organic certification raises wages, and better-paid pluckers pick more carefully, giving a higher QUAL_GRADE_V2. Split the effect of ORG_CERT into direct and indirect via WORKER_WAGE.","mediation","ORG_CERT","QUAL_GRADE_V2","WORKER_WAGE")
q(d,"irrigation -> yield, how much via fewer pest outbreaks over 90 days","mediation","IRRIG","YLD_KGHA_POST","PEST_INC_90D")
q(d,"Which of these estate variables influence which? Recover the dependency structure.","discover")
q(d,"causal discovery on the tea estate data pls","discover")
q(d,"Forecast next season's yield for each estate.","unsupported")

# ---------- polio
d="h17_polio_campaigns"
q(d,"What is the average effect of `microplanning` on `coverage_after`, controlling for `coverage_before` and `urban`?","ate","microplanning","coverage_after",covariates=["urban","coverage_before"])
q(d,"Did paying vaccinators a bonus reduce the number of families turning the vaccine away?","ate","incentives","refusals")
q(d,"ate of mobilisers on coverage","ate","mobilisers","coverage_after")
q(d,"Does adding vaccination teams lower the share of zero-dose children (zerodose_rate)?","ate","teams","zerodose_rate")
q(d,"Is there a real effect of incentives on zero-dose children, or is it just confounding?","ate","incentives",None,clarify=True)
q(d,"Among campaigns that used microplanning, how much did it raise coverage?","ate","microplanning","coverage_after",estimand="att")
q(d,"effect of distance to health post on 90 day cases","ate","distance","cases_90d")
q(d,"Would the campaigns that didn't offer incentives have seen fewer refusals if they had?","ate","incentives","refusals",estimand="atc")
q(d,"Are polio cases in the month after a round affected by whether the district is a town or city?","ate","urban","cases_30d")
q(d,"In Balochistan, what does microplanning do to coverage after the campaign?","cate","microplanning","coverage_after",at={"province":"Balochistan"})
q(d,"effect of mobilisers on refusals when literacy is 40%","cate","mobilisers","refusals",at={"literacy":40})
q(d,"Who benefits most from incentives in terms of zerodose_ratio?","cate","incentives","zerodose_ratio")
q(d,"for rural campaigns, ate incentives on coverage_after","cate","incentives","coverage_after",at={"urban":0})
q(d,"Where should we send extra community mobilisers to maximise coverage after the round?","policy","mobilisers","coverage_after")
q(d,"Which districts should get microplanning support first to minimise 90-day case counts?","policy","microplanning","cases_90d")
q(d,"Which campaigns should receive vaccinator incentives so that refusals are minimised?","policy","incentives","refusals")
q(d,"Mobilisers work by persuading hesitant families, which then cuts refusals and raises coverage. How much of their effect on coverage_after passes through refusals?","mediation","mobilisers","coverage_after","refusals")
q(d,"direct vs indirect effect of microplanning on cases_30d via coverage_after","mediation","microplanning","cases_30d","coverage_after")
q(d,"Map out the cause-and-effect relationships among the campaign variables.","discover")
q(d,"Without a prior hypothesis, let the data tell us which campaign factors sit upstream of which.","discover")
q(d,"Write SQL to count campaigns per province.","unsupported")

# ---------- thal
d="h17_thal_clinics"
q(d,"Estimate the ATE of adherence counselling (`counsel`) on 12-month ferritin (`ferritin_12m`), adjusting for `ferritin_bl`, `age_yr` and `genotype`.","ate","counsel","ferritin_12m",covariates=["age_yr","genotype","ferritin_bl"])
q(d,"Does taking the iron chelator more faithfully lower the iron stored in the liver?","ate","chel_adh","lic_mg_g")
q(d,"effect of splenectomy on hosp_90d","ate","splenect","hosp_90d")
q(d,"Does having the spleen removed change quality of life?","ate","splenect",None,clarify=True)
q(d,"How does the chelator used (DFO vs DFX vs DFP) affect cardiac iron as measured by T2*?","ate","chel_agt","t2star_ms")
q(d,"Is serum ferritin pushed up by transfusing more blood per kg?","ate","tx_vol_ml_kg","ferritin_12m")
q(d,"For patients who received counselling, what was its effect on 30-day hospitalisation?","ate","counsel","hosp_30d",estimand="att")
q(d,"ATE of hb_pre_tx on qol_score_v2, control for age_yr and sex","ate","hb_pre_tx","qol_score_v2",covariates=["age_yr","sex"])
q(d,"does counselling actually affect liver iron concentration, or is the association confounded?","ate","counsel","lic_mg_g")
q(d,"For patients with HbE/beta thalassaemia, what is the effect of counselling on chelation adherence?","cate","counsel","chel_adh",at={"genotype":"HbE_beta"})
q(d,"at age 12, does counselling reduce ferritin at 12 months?","cate","counsel","ferritin_12m",at={"age_yr":12})
q(d,"How does the effect of adherence on liver iron (lic_mg_g) vary by chelating agent?","cate","chel_adh","lic_mg_g")
q(d,"among splenectomised patients, effect of tx_vol_ml_kg on hosp_30d","cate","tx_vol_ml_kg","hosp_30d",at={"splenect":1})
q(d,"Which patients should be prioritised for adherence counselling to minimise 12-month ferritin?","policy","counsel","ferritin_12m")
q(d,"Assign chelating agents to patients so that cardiac T2* is maximised: who should get which drug?","policy","chel_agt","t2star_ms")
q(d,"Should splenectomy be recommended, and for whom, to reduce 90-day hospital admissions?","policy","splenect","hosp_90d")
q(d,"Counselling improves adherence, which then lowers ferritin. How much of counselling's effect on ferritin_12m goes through chel_adh?","mediation","counsel","ferritin_12m","chel_adh")
q(d,"mediation: tx_vol_ml_kg -> lic_mg_g -> t2star_ms","mediation","tx_vol_ml_kg","t2star_ms","lic_mg_g")
q(d,"Run structure learning on the thalassaemia clinic data.","discover")
q(d,"Predict each patient's ferritin next year.","unsupported")

# ---------- burn
d="h17_burn_units"
q(d,"What is the effect of early excision (`early_exc`) on 30-day mortality (`mort_30d`), adjusting for `tbsa_pct`, `age` and `inhal_inj`?","ate","early_exc","mort_30d",covariates=["age","tbsa_pct","inhal_inj"])
q(d,"Does cutting away the dead tissue early shorten the time patients spend in hospital?","ate","early_exc","los_days")
q(d,"ate nutr_support on sepsis_28d","ate","nutr_support","sepsis_28d")
q(d,"Is graft take improved by early excision?","ate","early_exc","graft_take_pct")
q(d,"How does resuscitation fluid volume per kg affect pain?","ate","fluid_ml_kg","pain_nrs_d10")
q(d,"effect of early excision on sepsis","ate","early_exc",None,clarify=True)
q(d,"Among those who had early excision, what was its effect on scarring measured by `scar_vss_v2`?","ate","early_exc","scar_vss_v2",estimand="att")
q(d,"Would patients who got no nutritional support have been less likely to die by 90 days had they received it?","ate","nutr_support","mort_90d",estimand="atc")
q(d,"Does scar severity on the original Vancouver scale (scar_vss) depend causally on graft take?","ate","graft_take_pct","scar_vss")
q(d,"Effect of early excision on 90-day mortality for patients with 40% TBSA burns","cate","early_exc","mort_90d",at={"tbsa_pct":40})
q(d,"in tertiary units, ate of fluid_ml_kg on los_days","cate","fluid_ml_kg","los_days",at={"unit_level":"tertiary"})
q(d,"For which patients does the type of nutrition support matter most for sepsis by day 7?","cate","nutr_support","sepsis_7d")
q(d,"When there is an inhalation injury, does early excision change mortality at 30 days?","cate","early_exc","mort_30d",at={"inhal_inj":1})
q(d,"Who should get early excision to minimise 90-day mortality?","policy","early_exc","mort_90d")
q(d,"Recommend a nutrition-support policy by patient profile to reduce 28-day sepsis.","policy","nutr_support","sepsis_28d")
q(d,"optimal fluid dosing per patient to minimise length of stay - who should get more fluid?","policy","fluid_ml_kg","los_days")
q(d,"Early excision prevents infection in the first week, which in turn prevents deaths within a month. How much of the effect on mort_30d is indirect via sepsis_7d?","mediation","early_exc","mort_30d","sepsis_7d")
q(d,"Natural direct and indirect effects of fluid_ml_kg on los_days through sepsis_28d","mediation","fluid_ml_kg","los_days","sepsis_28d")
q(d,"How much does nutritional support shorten the stay by improving graft take?","mediation","nutr_support","los_days","graft_take_pct")
q(d,"Which variables in the burn unit records cause which? We have no prior graph.","discover")
q(d,"run the PC algorithm on h17_burn_units","discover")
q(d,"Clean the age column: some entries are negative.","unsupported")

# ---------- escape
d="h17_escape_rooms"
q(d,"Compute the ATE of `hintSystem` on `escapeRateAdj`, conditioning on `difficultyLvl` and `groupSize`.","ate","hintSystem","escapeRateAdj",covariates=["difficultyLvl","groupSize"])
q(d,"Do rooms with a digital clue screen leave players more likely to recommend the venue to friends?","ate","hintSystem","npsPost")
q(d,"ate dynamicPricing -> repeatBook90d","ate","dynamicPricing","repeatBook90d")
q(d,"Does a more seasoned game master earn better online reviews?","ate","gameMasterExp","reviewStars")
q(d,"What happens to the escape rate when rooms get harder?","ate","difficultyLvl",None,clarify=True)
q(d,"Is repeat booking within 30 days boosted by dynamic pricing?","ate","dynamicPricing","repeatBook30d")
q(d,"For venues that use dynamic pricing, what effect did it have on the ticket price?","ate","dynamicPricing","ticketPrice",estimand="att")
q(d,"impact of ticket price on NPS","ate","ticketPrice","npsPost")
q(d,"Does the ambient soundtrack affect review stars?","ate",None,"reviewStars",clarify=True)
q(d,"effect of hint system on escapeRateAdj for horror rooms","cate","hintSystem","escapeRateAdj",at={"themeGenre":"horror"})
q(d,"How does the effect of hints on reviewStars change with group size?","cate","hintSystem","reviewStars")
q(d,"For groups of 6, does an experienced game master raise the adjusted escape rate?","cate","gameMasterExp","escapeRateAdj",at={"groupSize":6})
q(d,"weekend slots only: ate dynamicPricing on repeatBook90d","cate","dynamicPricing","repeatBook90d",at={"weekendSlot":1})
q(d,"Which rooms should switch on the hint system to maximise post-change NPS?","policy","hintSystem","npsPost")
q(d,"Where should dynamic pricing be turned on to lift 90-day repeat bookings?","policy","dynamicPricing","repeatBook90d")
q(d,"Which rooms should get our most experienced game masters if we want the best review stars?","policy","gameMasterExp","reviewStars")
q(d,"Hints help teams get out (escapeRateAdj), and escaping makes them rate the room higher. How much of the hint system's effect on reviewStars flows through escaping?","mediation","hintSystem","reviewStars","escapeRateAdj")
q(d,"What fraction of the effect of dynamicPricing on repeatBook30d is mediated by ticketPrice?","mediation","dynamicPricing","repeatBook30d","ticketPrice")
q(d,"Which variables in the escape-room data drive each other? Learn the causal DAG.","discover")
q(d,"Show a bar chart of rooms by theme genre.","unsupported")

# ---------- locksmith
d="h17_locksmith"
q(d,"Estimate the average treatment effect of GPS dispatch (GPS_DISPATCH) on response time (RESP_MIN), adjusting for VAN_COUNT and URBAN.","ate","GPS_DISPATCH","RESP_MIN",covariates=["URBAN","VAN_COUNT"])
q(d,"Does spending more on advertising bring in more work?","ate","AD_SPEND_USD","JOBS_Q4")
q(d,"ate CERT_TECH on COMPLAINT_90D","ate","CERT_TECH","COMPLAINT_90D")
q(d,"How do higher callout charges affect takings?","ate","CALLOUT_FEE_USD","REV_USD_K")
q(d,"Is customer satisfaction improved by more training hours?","ate","TRAINING_HRS",None,clarify=True)
q(d,"Does getting to the customer faster lead to fewer complaints in the following month?","ate","RESP_MIN","COMPLAINT_30D")
q(d,"For franchises that adopted GPS dispatch, what was the effect on CSAT_V2?","ate","GPS_DISPATCH","CSAT_V2",estimand="att")
q(d,"what would certified techs do for revenue at the franchises that don't have them (REV_USD_K)","ate","CERT_TECH","REV_USD_K",estimand="atc")
q(d,"In the MW region, effect of AD_SPEND_USD on JOBS_Q4?","cate","AD_SPEND_USD","JOBS_Q4",at={"REGION":"MW"})
q(d,"effect of GPS dispatch on response minutes for franchises with 5 vans","cate","GPS_DISPATCH","RESP_MIN",at={"VAN_COUNT":5})
q(d,"Does the effect of certified technicians on the original CSAT measure depend on the region?","cate","CERT_TECH","CSAT")
q(d,"Among urban franchises, what's the ATE of the callout fee on 90-day complaints?","cate","CALLOUT_FEE_USD","COMPLAINT_90D",at={"URBAN":1})
q(d,"Which franchises should invest in GPS dispatch to cut response times?","policy","GPS_DISPATCH","RESP_MIN")
q(d,"Allocate the training budget: which franchises get more TRAINING_HRS to maximise CSAT_V2?","policy","TRAINING_HRS","CSAT_V2")
q(d,"Which franchises should raise their callout fee if we want revenue up?","policy","CALLOUT_FEE_USD","REV_USD_K")
q(d,"GPS dispatch gets vans there faster, and faster arrival cuts 30-day complaints. How much of GPS's effect runs through RESP_MIN?","mediation","GPS_DISPATCH","COMPLAINT_30D","RESP_MIN")
q(d,"decompose AD_SPEND_USD -> REV_USD_K into direct and via JOBS_Q4","mediation","AD_SPEND_USD","REV_USD_K","JOBS_Q4")
q(d,"What's the causal ordering among the locksmith franchise variables?","discover")
q(d,"Summarise REV_USD_K by region (mean, median, sd).","unsupported")

# ---------- stutter
d="h17_stutter_clinics"
q(d,"What is the ATE of parental involvement (`parent_involved`) on post-treatment percent syllables stuttered (`ss_pct_post`), controlling for `ss_pct_pre` and `age`?","ate","parent_involved","ss_pct_post",covariates=["age","ss_pct_pre"])
q(d,"Do kids who see the speech therapist more times a week stutter less afterwards?","ate","sessions_per_week","ss_pct_post")
q(d,"ate telehealth on relapse_12m","ate","telehealth","relapse_12m")
q(d,"Does therapy delivered over video change how nervous clients feel about speaking?","ate","telehealth","anxiety_followup")
q(d,"Does the Lidcombe programme reduce relapse?","ate","therapy",None,clarify=True)
q(d,"Is severity on the SSI-4 v2 scoring (severity_ssi4_v2) lowered by more sessions per week?","ate","sessions_per_week","severity_ssi4_v2")
q(d,"For clients whose parents were involved, what did involvement do for school participation?","ate","parent_involved","school_participation",estimand="att")
q(d,"effect of therapist experience on relapse within 6 months","ate","therapist_years","relapse_6m")
q(d,"What's the effect of sessions per week on ss_pct_post for 5-year-olds?","cate","sessions_per_week","ss_pct_post",at={"age":5})
q(d,"For girls, does parent involvement lower relapse at 12 months?","cate","parent_involved","relapse_12m",at={"gender":"female"})
q(d,"For whom is telehealth most and least effective at reducing post-treatment stuttering?","cate","telehealth","ss_pct_post")
q(d,"under the condition that the client gets fluency shaping, does telehealth change anxiety_followup","cate","telehealth","anxiety_followup",at={"therapy":"fluency_shaping"})
q(d,"Which children should be offered telehealth rather than in-person therapy to minimise 12-month relapse?","policy","telehealth","relapse_12m")
q(d,"Who should get which therapy approach to minimise stuttering after treatment?","policy","therapy","ss_pct_post")
q(d,"Parent involvement reduces anxiety, which then reduces stuttering. How much of its effect on ss_pct_post goes through anxiety_followup?","mediation","parent_involved","ss_pct_post","anxiety_followup")
q(d,"Is the effect of sessions_per_week on school_participation mediated by ss_pct_post?","mediation","sessions_per_week","school_participation","ss_pct_post")
q(d,"Discover the causal relationships among the stuttering clinic variables.","discover")
q(d,"Give me the correlation matrix of the numeric columns.","unsupported")

# ---------- badminton
d="h17_badminton_clubs"
q(d,"Estimate the effect of a juniors programme (juniors_programme) on 2023 membership (members_2023), adjusting for members_2022 and county.","ate","juniors_programme","members_2023",covariates=["county","members_2022"])
q(d,"Do clubs that charge more for courts keep fewer of their players over a full year?","ate","court_fee","retention_12m")
q(d,"ate coach_hours on ranking_pts_v2","ate","coach_hours","ranking_pts_v2")
q(d,"Does switching to feather shuttles affect injuries?","ate","shuttle_type",None,clarify=True)
q(d,"Is six-month retention improved by entering a league?","ate","league_entry","retention_6m")
q(d,"effect of coaching hours on membership","ate","coach_hours","members_2023")
q(d,"Among clubs that entered a league, how did it change ranking points (the original ranking_pts)?","ate","league_entry","ranking_pts",estimand="att")
q(d,"Would clubs without a juniors programme retain more members at 12 months if they started one?","ate","juniors_programme","retention_12m",estimand="atc")
q(d,"In Yorkshire, what does coaching time do to ranking_pts_v2?","cate","coach_hours","ranking_pts_v2",at={"county":"Yorkshire"})
q(d,"effect of court_fee on retention_6m when women_share is 0.5","cate","court_fee","retention_6m",at={"women_share":0.5})
q(d,"Does the effect of the juniors programme on retention_12m differ between feather and nylon clubs?","cate","juniors_programme","retention_12m")
q(d,"for clubs charging £12 per court hour, ate of league_entry on members_2023","cate","league_entry","members_2023",at={"court_fee":12})
q(d,"Which clubs should get funding for extra coaching hours to maximise ranking_pts_v2?","policy","coach_hours","ranking_pts_v2")
q(d,"Targeting: which clubs should launch a juniors programme to lift 12-month retention?","policy","juniors_programme","retention_12m")
q(d,"A juniors programme grows the club (members_2023) and bigger clubs keep people longer. How much of its effect on retention_12m is through membership?","mediation","juniors_programme","retention_12m","members_2023")
q(d,"How much of coaching hours' effect on ranking_pts goes through fewer injuries (injury_ratio)?","mediation","coach_hours","ranking_pts","injury_ratio")
q(d,"Find out which variables influence which in the badminton club data.","discover")
q(d,"Which county has the most clubs?","unsupported")

# ---------- needle
d="h17_needle_exchange"
q(d,"What is the average effect of naloxone distribution (`naloxone_dist`) on `overdose_rate`, adjusting for `city_type` and `funding`?","ate","naloxone_dist","overdose_rate",covariates=["city_type","funding"])
q(d,"Do programmes with an outreach van hand out more clean needles?","ate","mobile_van","syringes_distributed")
q(d,"ate peer_workers on treatment_referrals","ate","peer_workers","treatment_referrals")
q(d,"Does staying open longer reduce hepatitis C infections?","ate","hours_open","hcv_incidence_12m")
q(d,"Is the number of HIV diagnoses affected by the mobile van?","ate","mobile_van",None,clarify=True)
q(d,"Does a heavier police presence near the site lower the syringe return rate?","ate","police_presence","return_rate")
q(d,"Among sites that run a mobile van, what did it do to 12-month HCV incidence?","ate","mobile_van","hcv_incidence_12m",estimand="att")
q(d,"effect of funding on syringes handed out","ate","funding","syringes_distributed")
q(d,"Does providing methadone on site lower the overdose_rate?","ate",None,"overdose_rate",clarify=True)
q(d,"In rural sites, does naloxone distribution lower overdose_ratio?","cate","naloxone_dist","overdose_ratio",at={"city_type":"rural"})
q(d,"Effect of peer workers on referrals for sites open 40 hours a week","cate","peer_workers","treatment_referrals",at={"hours_open":40})
q(d,"Where is the mobile van's effect on hiv_dx_12m largest?","cate","mobile_van","hiv_dx_12m")
q(d,"under the condition that police presence is 0, does the mobile van increase return_rate","cate","mobile_van","return_rate",at={"police_presence":0})
q(d,"Which sites should get naloxone kits to minimise the overdose rate?","policy","naloxone_dist","overdose_rate")
q(d,"Where should extra peer workers be placed to maximise treatment referrals?","policy","peer_workers","treatment_referrals")
q(d,"Decide which sites should get a mobile van to lower 12-month hepatitis C incidence.","policy","mobile_van","hcv_incidence_12m")
q(d,"The van raises syringe distribution, which then lowers HCV incidence at 12 months. How much of the van's effect is via syringes_distributed?","mediation","mobile_van","hcv_incidence_12m","syringes_distributed")
q(d,"mediation of peer_workers -> hiv_dx_12m through treatment_referrals","mediation","peer_workers","hiv_dx_12m","treatment_referrals")
q(d,"Does naloxone cut the overdose_ratio partly by getting more people referred into treatment? Estimate the indirect share.","mediation","naloxone_dist","overdose_ratio","treatment_referrals")
q(d,"Uncover the causal network among the needle exchange variables.","discover")
q(d,"Make a map of site locations.","unsupported")

# ---------- chiro
d="h17_chiro"
q(d,"Estimate the ATE of spinal manipulation (SMT) on 6-week Oswestry disability (ODI_6W), adjusting for ODI_BL, AGE and BMI.","ate","SMT","ODI_6W",covariates=["AGE","BMI","ODI_BL"])
q(d,"Does getting your back cracked reduce how much it hurts?","ate","SMT","PAIN_VAS_6W")
q(d,"ate EXERCISE_RX on OPIOID_USE_12M","ate","EXERCISE_RX","OPIOID_USE_12M")
q(d,"Is opioid use cut by chiropractic manipulation?","ate","SMT",None,clarify=True)
q(d,"How does the number of visits per week affect days off work?","ate","VISITS_PER_WK","WORK_DAYS_LOST")
q(d,"Does massage change patient satisfaction on the new survey (SAT_V2)?","ate","MASSAGE","SAT_V2")
q(d,"For patients who received spinal manipulation, how much did it reduce 3-month opioid use?","ate","SMT","OPIOID_USE_3M",estimand="att")
q(d,"what would home exercise prescriptions do for disability among patients who weren't given them","ate","EXERCISE_RX","ODI_6W",estimand="atc")
q(d,"Does acupuncture reduce disability at 6 weeks?","ate",None,"ODI_6W",clarify=True)
q(d,"For neck pain patients, what is the effect of SMT on PAIN_VAS_6W?","cate","SMT","PAIN_VAS_6W",at={"COMPLAINT":"NECK"})
q(d,"At age 70, does an exercise prescription reduce ODI_6W?","cate","EXERCISE_RX","ODI_6W",at={"AGE":70})
q(d,"Does the effect of massage on WORK_DAYS_LOST vary with BMI?","cate","MASSAGE","WORK_DAYS_LOST")
q(d,"among women, ATE SMT -> OPIOID_USE_12M","cate","SMT","OPIOID_USE_12M",at={"SEX":"F"})
q(d,"Which patients should be referred for spinal manipulation to minimise disability at 6 weeks?","policy","SMT","ODI_6W")
q(d,"Who should get an exercise prescription to reduce days off work?","policy","EXERCISE_RX","WORK_DAYS_LOST")
q(d,"Which patients benefit enough from massage to justify offering it, judged on SAT_V2?","policy","MASSAGE","SAT_V2")
q(d,"Manipulation relieves pain (PAIN_VAS_6W), and less pain means fewer opioids at 3 months. How much of SMT's effect on OPIOID_USE_3M is through pain?","mediation","SMT","OPIOID_USE_3M","PAIN_VAS_6W")
q(d,"direct/indirect effect of EXERCISE_RX on WORK_DAYS_LOST via ODI_6W","mediation","EXERCISE_RX","WORK_DAYS_LOST","ODI_6W")
q(d,"Can you work out the causal graph for the chiropractic data?","discover")
q(d,"Build a classifier to predict who will be on opioids at 12 months.","unsupported")

# ---------- schisto
d="h17_schisto_mda"
q(d,"Estimate the average treatment effect of praziquantel MDA (`pzq_mda`) on one-year prevalence (`prev_1y`), adjusting for `prev_bl` and `lake_dist_km`.","ate","pzq_mda","prev_1y",covariates=["lake_dist_km","prev_bl"])
q(d,"Does dosing whole villages with the worm tablets lower egg counts?","ate","pzq_mda","egg_cnt_1y")
q(d,"ate wash_int on prev_1y","ate","wash_int","prev_1y")
q(d,"Does snail control reduce anaemia?","ate","snail_ctrl",None,clarify=True)
q(d,"How does MDA coverage (cov_pct) affect haemoglobin (hb_gdl)?","ate","cov_pct","hb_gdl")
q(d,"Is infection intensity a year later reduced by water and sanitation work?","ate","wash_int","egg_cnt_1y")
q(d,"For villages that received MDA, what was its effect on anaem_ratio?","ate","pzq_mda","anaem_ratio",estimand="att")
q(d,"effect of number of community health workers on coverage","ate","chw_n","cov_pct")
q(d,"In Siaya, what's the effect of pzq_mda on prev_1y?","cate","pzq_mda","prev_1y",at={"dist":"Siaya"})
q(d,"For villages 2 km from the lake, does snail control reduce 1-year egg counts?","cate","snail_ctrl","egg_cnt_1y",at={"lake_dist_km":2})
q(d,"How does the MDA effect on prevalence vary with school enrolment?","cate","pzq_mda","prev_1y")
q(d,"when rainfall is 1200 mm, effect of wash_int on anaem_rt","cate","wash_int","anaem_rt",at={"rain_mm":1200})
q(d,"Which villages should be prioritised for mass praziquantel treatment to minimise prevalence after a year?","policy","pzq_mda","prev_1y")
q(d,"targeting rule for snail control to cut 1-year egg counts","policy","snail_ctrl","egg_cnt_1y")
q(d,"Allocate WASH interventions across villages so as to minimise anaem_ratio.","policy","wash_int","anaem_ratio")
q(d,"More CHWs raise coverage, and higher coverage lowers prevalence. How much of chw_n's effect on prev_1y goes via cov_pct?","mediation","chw_n","prev_1y","cov_pct")
q(d,"MDA reduces egg burden (egg_cnt_1y), which then raises haemoglobin: split pzq_mda's effect on hb_gdl into direct and indirect parts.","mediation","pzq_mda","hb_gdl","egg_cnt_1y")
q(d,"causal structure learning for h17_schisto_mda","discover")
q(d,"Estimate a DAG over all the columns in the schistosomiasis village data.","discover")
q(d,"What is the mean egg count at baseline?","unsupported")

# ---------- plumbing
d="h17_plumbing"
q(d,"What is the ATE of online booking (`online_booking`) on 2023 revenue (`revenue_2023`), controlling for `revenue_2022` and `crew_size`?","ate","online_booking","revenue_2023",covariates=["crew_size","revenue_2022"])
q(d,"Do firms with a master plumber on staff have to go back to redo jobs less often?","ate","licensed_master",None,clarify=True)
q(d,"ate fixed_price_quotes on rating_new","ate","fixed_price_quotes","rating_new")
q(d,"Does offering longer guarantees bring in more customer write-ups online?","ate","warranty_years","reviews")
q(d,"Is revenue raised by offering a 24-hour emergency service?","ate","emergency_service","revenue_2023")
q(d,"How does taking on more apprentices affect average job hours?","ate","apprentices","avg_job_hours")
q(d,"For firms that adopted online booking, what effect did it have on the callback ratio?","ate","online_booking","callback_ratio",estimand="att")
q(d,"effect of licensed_master on callback_rate adj crew_size","ate","licensed_master","callback_rate",covariates=["crew_size"])
q(d,"Estimate the causal effect between reviews and rating_new.","ate",None,None,clarify=True)
q(d,"In Texas, effect of emergency service on revenue_2023?","cate","emergency_service","revenue_2023",at={"state":"TX"})
q(d,"For a crew of 4, does fixed-price quoting change the original rating (`rating`)?","cate","fixed_price_quotes","rating",at={"crew_size":4})
q(d,"How does the effect of online booking on reviews vary across states?","cate","online_booking","reviews")
q(d,"Among firms with a licensed master, what does warranty length do to callback_rate?","cate","warranty_years","callback_rate",at={"licensed_master":1})
q(d,"Which contractors should adopt fixed-price quotes to maximise rating_new?","policy","fixed_price_quotes","rating_new")
q(d,"Who should add an emergency service line to maximise revenue next year?","policy","emergency_service","revenue_2023")
q(d,"Which firms should take on apprentices if we care about keeping avg_job_hours low?","policy","apprentices","avg_job_hours")
q(d,"Apprentices slow jobs down (avg_job_hours), and slower jobs drag down rating_new. How much of the apprentice effect is via job hours?","mediation","apprentices","rating_new","avg_job_hours")
q(d,"What share of online booking's effect on revenue_2023 comes through more reviews?","mediation","online_booking","revenue_2023","reviews")
q(d,"Tell me how these plumbing variables causally relate to one another.","discover")
q(d,"Deduplicate contractor records that share the same ID.","unsupported")

# ---------- dogwalk
d="h17_dogwalk_app"
q(d,"Estimate the ATE of `pushNotif` on `bookingsPost`, adjusting for `bookingsPre` and `cityZone`.","ate","pushNotif","bookingsPost",covariates=["cityZone","bookingsPre"])
q(d,"Does charging surge prices drive owners away within three months?","ate","priceSurge","churned90d")
q(d,"ate premiumTier on ltvUSDv2","ate","premiumTier","ltvUSDv2")
q(d,"Do push notifications make people open the app more?","ate","pushNotif",None,clarify=True)
q(d,"How does walker rating affect how many walks a dog gets each week?","ate","walkerRating","walksPerWk")
q(d,"Is 30-day churn lowered by a referral bonus?","ate","referralBonus","churned30d")
q(d,"For premium subscribers, what did premium do to weekend app opens?","ate","premiumTier","appOpensWeekend",estimand="att")
q(d,"Would free-tier users make more bookings if they were upgraded to premium?","ate","premiumTier","bookingsPost",estimand="atc")
q(d,"effect of referral bonus on lifetime value","ate","referralBonus",None,clarify=True)
q(d,"For large dogs, what is the effect of surge pricing on 90-day churn?","cate","priceSurge","churned90d",at={"dogSize":"large"})
q(d,"effect of pushNotif on bookingsPost for owners aged 30","cate","pushNotif","bookingsPost",at={"ownerAge":30})
q(d,"Which users respond most to the referral bonus in terms of ltvUSDv2?","cate","referralBonus","ltvUSDv2")
q(d,"suburban users only - ATE premiumTier on churned30d","cate","premiumTier","churned30d",at={"cityZone":"suburban"})
q(d,"Who should we send push notifications to so as to maximise bookings after the campaign?","policy","pushNotif","bookingsPost")
q(d,"Which users should be offered a referral bonus to minimise 90-day churn?","policy","referralBonus","churned90d")
q(d,"Premium gives access to better walkers, which increases walks per week, which in turn raises lifetime value (ltvUSD). How much of premium's effect on ltvUSD is mediated by walksPerWk?","mediation","premiumTier","ltvUSD","walksPerWk")
q(d,"pushNotif -> appOpensWeekday -> bookingsPost: indirect effect?","mediation","pushNotif","bookingsPost","appOpensWeekday")
q(d,"Does surge pricing raise 30-day churn mainly because owners then book fewer walks per week?","mediation","priceSurge","churned30d","walksPerWk")
q(d,"Learn what causes what in the dog-walking app data.","discover")
q(d,"What are the causal dependencies among the app metrics?","discover")
q(d,"Segment users into clusters by usage.","unsupported")

# ---------- none: audit
N="none"
for text,t,y in [
 ("Does the language model's loan approval change if the applicant's race is switched and nothing else?","race","loan approval"),
 ("Check whether the AI triage assistant changes its urgency rating when the patient's gender is flipped, with all other details held fixed.","gender","urgency rating"),
 ("If I change only the applicant's age from 35 to 68 in the prompt, does the chatbot's hiring recommendation change?","age","hiring recommendation"),
 ("Audit our LLM for counterfactual fairness: would its tenancy decision differ if the applicant's religion were Muslim rather than Christian?","religion","tenancy decision"),
 ("Does the model's credit limit suggestion depend on whether the applicant mentions a disability, everything else equal?","disability","credit limit suggestion"),
 ("Would the AI interview screener give a lower interview score just because of the candidate's accent, all else equal?","accent","interview score"),
 ("counterfactual fairness test: swap the name Emily for Lakisha in the prompt. does the model's callback decision change?","name","callback decision"),
 ("Does the chatbot suggest a different sentence length when the defendant's race is changed and everything else stays the same?","race","sentence length"),
 ("Is the insurance chatbot's premium quote sensitive to the customer's gender when all other information is identical?","gender","premium quote"),
 ("We use an LLM to shortlist scholarship applicants. Would flipping the applicant's nationality alter the shortlisting decision?","nationality","shortlisting decision"),
 ("does the ai's medical referral differ for a patient who uses a wheelchair vs one who doesn't, all else fixed","disability","medical referral"),
 ("Test whether an assistant's salary recommendation shifts if the employee's gender is changed from male to female.","gender","salary recommendation"),
 ("Would the language model's essay grade change if the author's ethnicity were stated as Asian instead of white?","ethnicity","essay grade"),
 ("Does our customer-service bot's refund approval become less likely when the customer writes with a non-native accent, holding the complaint fixed?","accent","refund approval"),
 ("If the patient's age is changed from 40 to 80, does the AI model's surgery recommendation change?","age","surgery recommendation"),
 ("Would a chatbot mortgage adviser give a different eligibility verdict if the applicant were gay rather than straight?","sexual orientation","eligibility verdict"),
 ("Is the LLM admissions screener's admission decision affected by the applicant's religion (Hindu vs Jewish), holding the rest of the file constant?","religion","admission decision"),
 ("Would changing only the pronouns in a performance review alter the AI's promotion recommendation?","gender","promotion recommendation"),
]:
    q(N,text,"audit",t,y)

# ---------- none: relation
for text in [
 "Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A directly cause C?",
 "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is that right?",
 "Variables A, B, C, D. All pairs are correlated except that B and C are independent given A, and D is independent of A given B and C. Does B cause D?",
 "We know X correlates with Y and Z, Y correlates with Z, and X is independent of Z given Y. Can we conclude X causes Z?",
 "A and B are correlated; B and C are correlated; A and C are correlated; no conditional independencies hold. Is B a confounder of A and C?",
 "given: A ⫫ B; A not ⫫ C; B not ⫫ C; A not ⫫ B | C. does C cause A?",
 "Three variables P, Q, R. P and R are correlated, Q and R are correlated, P and Q are independent. Is R a collider? Does P cause Q?",
 "In a four-variable system A, B, C, D: A correlates with every other variable; B, C and D are mutually independent given A. Is A a common cause of B and C?",
 "Statement: E correlates with F, F correlates with G, E is independent of G. Hypothesis: F causes G. True or false?",
 "If A correlates with B only through C (A independent of B given C) and C correlates with both, does B directly cause A?",
]:
    q(N,text,"relation")

# ---------- none: generate
for text in [
 "Generate a synthetic dataset of 5,000 rows from the DAG X → Z → Y plus X → Y, with linear Gaussian noise.",
 "Use a language model to write the structural equations for a smoking → tar → cancer SCM, then sample 10k rows.",
 "Create a benchmark dataset where treatment T is confounded by U (U → T, U → Y, T → Y); let the LLM pick realistic variable names and functional forms.",
 "simulate data from this SCM: A := N(0,1); B := 2A + e; C := A - B + e. 1000 samples please",
 "Build me a toy causal dataset for a fraud story with graph income → spend → fraud_flag, equations chosen by GPT.",
 "Make a synthetic observational dataset with a known ATE of 2.0 and three confounders, binary treatment, continuous outcome.",
 "I need benchmark data generated from a 6-node random DAG with nonlinear mechanisms; ground-truth graph should be saved too.",
 "Have the LLM invent variables and equations for a school tutoring → test score SCM with a mediator, then draw 2,000 samples.",
 "Generate data with an instrument Z → D → Y and unobserved confounding between D and Y, n = 20000.",
 "Create a semi-synthetic dataset: simulate a binary outcome from the DAG age → exercise → bmi → diabetes, age → diabetes.",
]:
    q(N,text,"generate")

# ---------- none: unsupported
for text in ["hello! how are you today?","Tell me a joke about statisticians.","What's the capital of Peru?",
 "write a SQL query that joins orders and customers on customer_id","Forecast the Bitcoin price for next week.",
 "how do I install pandas on windows","Summarise the plot of Hamlet in two sentences."]:
    q(N,text,"unsupported")

# ---------- validate
for x in Q:
    e=x["expected"]; 
    if x["dataset"]!="none" and e["kind"] not in ("audit",):
        cols=D[x["dataset"]]["columns"]
        for r in ("treatment","outcome","mediator"):
            assert e[r] is None or e[r] in cols,(x,r)
        for c in e.get("covariates",[]): assert c in cols,(x,c)
        if "covariates" in e:
            e["covariates"]=[c for c in cols if c in e["covariates"]]
        for c,v in e.get("at",{}).items():
            assert c in cols,(x,c)
            if cols[c]["type"]=="categorical": assert v in cols[c]["values"],(x,v)
            else: assert isinstance(v,(int,float)),x
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None
for n,dd in D.items():
    assert 13<=len(dd["columns"])<=18,(n,len(dd["columns"]))
texts=[x["question"] for x in Q]; assert len(set(texts))==len(texts)
random.Random(17017).shuffle(Q)
json.dump(D,open("/work/h17out/datasets.json","w"),indent=1,ensure_ascii=False)
with open("/work/h17out/questions.jsonl","w") as f:
    for x in Q: f.write(json.dumps(x,ensure_ascii=False)+"\n")
c=collections.Counter(x["expected"]["kind"] for x in Q)
print(len(Q),dict(c))
mods=collections.Counter()
for x in Q:
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in x["expected"]: mods[k]+=1
    if "estimand" in x["expected"]: mods["estimand="+x["expected"]["estimand"]]+=1
print(dict(mods))
print(collections.Counter(x["dataset"] for x in Q))
