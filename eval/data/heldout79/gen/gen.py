import json, random, collections, subprocess
OUT="/tmp/wr/h79"
D={}
def ds(name, desc, cols):
    D["h79_"+name]={"description":desc,"columns":{c:{"type":t,"values":v} for c,t,v in cols}}
B=[0,1,1]
ds("pool_cleaning","Residential pool-cleaning service visits with water chemistry before/after and customer outcomes.",[
("svc_id","id",["PC-00017","PC-00218","PC-01934"]),("svc_date","date",["2023-05-02","2023-07-19","2023-08-30"]),
("cust_tier","categorical",["basic","plus","premium"]),("pool_vol_kgal","numeric",[12.5,20.0,31.0]),
("filt_type","categorical",["sand","cartridge","DE"]),("shock_trt","binary",B),("visit_freq_wk","numeric",[1,2,3]),
("pump_hrs_day","numeric",[6,8,12]),("tech_yrs","numeric",[1,4,11]),("chl_ppm_pre","numeric",[0.4,1.2,2.8]),
("chl_ppm_post","numeric",[1.8,3.0,4.1]),("ph_bl","numeric",[7.1,7.6,8.2]),("ph_4wk","numeric",[7.3,7.5,7.8]),
("algae_30d","binary",B),("algae_90d","binary",B),("cust_sat","numeric",[3,4,5]),("cust_sat_v2","numeric",[62,78,91]),("cancel_12m","binary",B)])
ds("tyre_shop","Tyre shop invoices: services performed, tread before/after, spend and customer return/review behaviour.",[
("invoiceId","id",["INV-55012","INV-55940","INV-61233"]),("visitDate","date",["2022-11-03","2023-02-14","2023-06-21"]),
("vehicleType","categorical",["sedan","suv","van","truck"]),("customerAge","numeric",[24,41,67]),
("tyreBrandTier","categorical",["budget","mid","premium"]),("alignmentDone","binary",B),("nitrogenFill","binary",B),
("rotationPlan","binary",B),("upsellOffered","binary",B),("treadDepthPre","numeric",[2.1,4.0,6.3]),
("treadDepthPost","numeric",[7.8,8.0,8.5]),("ticketTotal","numeric",[89.0,412.5,760.0]),("ticketTotalNet","numeric",[80.1,371.2,690.0]),
("returnVisit30d","binary",B),("returnVisit90d","binary",B),("reviewScore","numeric",[2,4,5]),("reviewScoreV2","numeric",[55,80,97])])
ds("muffler","Muffler and exhaust repair jobs with noise and emissions readings before and after repair.",[
("JOB_ID","id",["MJ-1001","MJ-2478","MJ-3390"]),("JOB_DT","date",["2021-03-09","2022-01-27","2022-10-05"]),
("REGION","categorical",["NORTH","SOUTH","EAST","WEST"]),("VEH_AGE_YR","numeric",[3,9,17]),("PIPE_GAUGE","numeric",[14,16,18]),
("OEM_PART","binary",B),("WELD_REPAIR","binary",B),("MECH_CERT","binary",B),("LABOR_HRS","numeric",[0.8,1.5,3.2]),
("NOISE_DB_PRE","numeric",[92,98,105]),("NOISE_DB_POST","numeric",[74,79,85]),("EMIS_HC_PRE","numeric",[120,210,340]),
("EMIS_HC_POST","numeric",[60,95,150]),("RUST_IDX","numeric",[0.1,0.4,0.8]),("RUST_INDEX_V2","numeric",[1,3,5]),
("COMEBACK_60D","binary",B),("COMEBACK_180D","binary",B),("WARRANTY_CLAIM","binary",B)])
ds("auto_body","Collision repair claims at an auto body shop: parts, calibration, paint quality, cycle time and redo rates.",[
("claim","id",["C-88120","C-90431","C-91007"]),("opened","date",["2023-01-10","2023-04-22","2023-09-02"]),
("insurer","categorical",["direct","agency","selfpay"]),("severity","categorical",["minor","moderate","severe"]),
("painters","numeric",[1,2,3]),("oemparts","binary",B),("calibration","binary",B),("estimate","numeric",[1200,4800,11500]),
("supplement","numeric",[0,650,2300]),("gloss_before","numeric",[55,70,82]),("gloss_after","numeric",[85,90,94]),
("cycletime","numeric",[4,9,21]),("cycletime_adj","numeric",[3.5,8.0,18.2]),("redo30","binary",B),("redo90","binary",B),
("satisfaction","numeric",[2,4,5]),("rating","numeric",[3.5,4.2,4.9])])
ds("framing_shop","Custom picture-framing orders: glazing, mats, pricing, turnaround, long-term fading and customer scores.",[
("ord_id","id",["F-3301","F-3519","F-4020"]),("ord_dt","date",["2020-06-11","2021-02-03","2022-12-15"]),
("cust_type","categorical",["retail","gallery","corporate"]),("art_val_usd","numeric",[80,950,12000]),
("frm_wd_in","numeric",[1,2,3.5]),("mat_lyrs","numeric",[0,1,3]),("uv_glass","binary",B),("rush","binary",B),
("framer_exp_yr","numeric",[1,6,22]),("lead_days","numeric",[2,7,14]),("quote_usd","numeric",[120,340,1100]),
("final_usd","numeric",[130,365,1180]),("fade_1y","numeric",[0.2,1.1,2.5]),("fade_3y","numeric",[0.6,2.9,6.4]),
("nps","numeric",[-20,40,80]),("nps_v2","numeric",[3,8,10])])
ds("piano_movers","Piano moving jobs: piano type, route difficulty, crew and equipment, damage, tuning drift, pricing and rebooking.",[
("moveId","id",["PM-0042","PM-0187","PM-0930"]),("moveDate","date",["2022-04-18","2022-09-09","2023-03-30"]),
("pianoType","categorical",["upright","babyGrand","concertGrand"]),("distanceKm","numeric",[3,25,140]),
("stairFlights","numeric",[0,2,5]),("crewSize","numeric",[2,3,5]),("skidBoard","binary",B),("quotedPrice","numeric",[250,600,2400]),
("invoicedPrice","numeric",[260,640,2550]),("onTime","binary",B),("damageClaim","binary",B),("damageCost","numeric",[0,180,3200]),
("tuneDriftPre","numeric",[2,6,15]),("tuneDriftPost","numeric",[4,11,25]),("tipPct","numeric",[0,10,20]),
("rebook12m","binary",B),("rebook24m","binary",B)])
ds("solar_panel_cleaning","Solar farm cleaning visits: robotic vs manual cleaning, coatings, soiling and energy before/after, cracking.",[
("SITE_ID","id",["SOL-07","SOL-33","SOL-118"]),("CLEAN_DT","date",["2023-03-01","2023-06-15","2023-10-20"]),
("DUST_ZONE","categorical",["LOW","MED","HIGH"]),("TILT_DEG","numeric",[10,25,35]),("PANEL_AGE_YR","numeric",[1,6,14]),
("CREW_N","numeric",[2,4,6]),("ROBOT_CLEAN","binary",B),("HYDROPHOBIC_COAT","binary",B),("WATER_L","numeric",[0,400,2500]),
("SOIL_IDX_PRE","numeric",[0.05,0.12,0.3]),("SOIL_IDX_POST","numeric",[0.01,0.03,0.08]),("KWH_PRE_WK","numeric",[8200,11500,15100]),
("KWH_POST_WK","numeric",[9100,12800,16300]),("PERF_RATIO","numeric",[0.71,0.79,0.86]),("PERF_RATIO_V2","numeric",[0.73,0.8,0.88]),
("CRACK_30D","binary",B),("CRACK_90D","binary",B)])
ds("wind_turbine_maintenance","Wind turbine maintenance records: programme type, greasing, vibration before/after, downtime, failures and availability.",[
("turbine","id",["WT-A01","WT-B17","WT-C44"]),("inspected","date",["2021-08-12","2022-05-06","2023-02-27"]),
("manufacturer","categorical",["alpha","boreal","cirrus"]),("offshore","binary",B),("age","numeric",[2,9,18]),
("windspeed","numeric",[6.5,8.2,10.1]),("technicians","numeric",[2,3,5]),("predictive","binary",B),("regreased","binary",B),
("vibration_before","numeric",[3.1,5.4,9.8]),("vibration_after","numeric",[2.2,3.9,7.0]),("downtime","numeric",[0,36,210]),
("outage","numeric",[0,30,190]),("failures_6mo","numeric",[0,1,3]),("failures_12mo","numeric",[0,2,5]),
("availability","numeric",[0.91,0.96,0.99]),("uptime","numeric",[0.9,0.95,0.99])])
ds("irrigation_canal","Irrigation canal segments: lining and gate automation, seepage, salinity, yields and water disputes.",[
("seg_id","id",["SEG-012","SEG-208","SEG-377"]),("obs_dt","date",["2019-04-01","2020-04-01","2021-04-01"]),
("soil_cls","categorical",["sand","loam","clay"]),("dist_hw_km","numeric",[2,18,55]),("farm_ha","numeric",[0.5,2,8]),
("flow_cms","numeric",[0.3,1.2,4.5]),("lin_conc","binary",B),("gate_auto","binary",B),("wua_mbr","binary",B),
("seep_lps_pre","numeric",[4,12,30]),("seep_lps_post","numeric",[1,6,25]),("sal_ec_bl","numeric",[0.8,2.1,4.4]),
("sal_ec_2y","numeric",[0.9,2.0,5.1]),("yld_t_ha","numeric",[2.1,4.5,7.2]),("yld_t_ha_v2","numeric",[2.0,4.7,7.4]),
("conflict_1y","numeric",[0,1,4]),("conflict_3y","numeric",[0,2,9])])
ds("stevedore","Stevedoring shifts at a port: gang size, crane, pay incentives, briefings, fatigue, productivity and injuries.",[
("shiftId","id",["SH-20001","SH-20417","SH-21980"]),("shiftDate","date",["2022-02-02","2022-08-19","2023-01-07"]),
("cargoType","categorical",["breakbulk","container","roro","bulk"]),("craneType","categorical",["ship","mobile","gantry"]),
("gangSize","numeric",[6,9,14]),("nightShift","binary",B),("rainMm","numeric",[0,4,22]),("crewTenureYrs","numeric",[1,7,19]),
("safetyBriefing","binary",B),("incentivePay","binary",B),("overtimeHrs","numeric",[0,2,5]),("fatigueScorePre","numeric",[2,4,7]),
("fatigueScorePost","numeric",[4,6,9]),("movesPerHr","numeric",[18,26,34]),("movesPerHrNet","numeric",[15,23,31]),
("injury30d","binary",B),("injury90d","binary",B)])
ds("container_yard","Container terminal yard records per box: automation, appointments, dwell, rehandles, truck turn times, demurrage and damage.",[
("BOX_ID","id",["MSKU1234567","CMAU7654321","TGHU0001112"]),("GATE_IN_DT","date",["2023-01-04","2023-05-11","2023-11-28"]),
("YARD_BLOCK","categorical",["A","B","C","D"]),("CARRIER_TIER","categorical",["T1","T2","T3"]),("REEFER","binary",B),
("STACK_HT","numeric",[2,4,6]),("APPT_SYS","binary",B),("RTG_AUTO","binary",B),("OCR_GATE","binary",B),("REHANDLES","numeric",[0,1,4]),
("DWELL_DAYS","numeric",[1.5,4.0,12.0]),("DWELL_DAYS_ADJ","numeric",[1.2,3.6,10.8]),("TRUCK_TURN_MIN_PRE","numeric",[45,70,140]),
("TRUCK_TURN_MIN_POST","numeric",[30,55,110]),("DEMURRAGE_USD","numeric",[0,300,2400]),("DAMAGE_7D","binary",B),("DAMAGE_30D","binary",B)])
ds("culvert","Road culvert inventory and inspections: material, size, interventions, scour, condition ratings and flood events.",[
("culv_id","id",["CV-0091","CV-1450","CV-2203"]),("insp_dt","date",["2018-09-14","2020-06-03","2022-10-21"]),
("matl","categorical",["cmp","rcp","hdpe"]),("dia_mm","numeric",[450,900,1800]),("age_yr","numeric",[5,28,61]),
("slope_pct","numeric",[0.5,2.0,6.0]),("catch_km2","numeric",[0.4,3.0,22.0]),("aadt","numeric",[300,4500,28000]),
("debris_rack","binary",B),("relined","binary",B),("fish_pass","binary",B),("scour_bl","numeric",[0.1,0.4,1.2]),
("scour_5y","numeric",[0.1,0.6,1.9]),("cond_rtg","numeric",[3,6,9]),("cond_rtg_v2","numeric",[1,3,5]),
("flood_evt_1y","numeric",[0,1,3]),("flood_evt_5y","numeric",[0,2,8])])
ds("rail_yard","Railcars passing through a hump classification yard: automation, retarders, coupling speeds, dwell, damage and delays.",[
("railcar","id",["TTX 912334","GATX 40122","UTLX 66010"]),("arrival","date",["2022-03-03","2022-07-25","2023-01-16"]),
("shift","categorical",["day","swing","night"]),("weather","categorical",["clear","rain","snow"]),("tonnage","numeric",[30,85,130]),
("tracks","numeric",[24,40,64]),("crew","numeric",[3,5,8]),("experience","numeric",[1,8,25]),("automation","binary",B),
("retarder","binary",B),("coupling_before","numeric",[5.5,7.2,9.8]),("coupling_after","numeric",[3.8,4.6,6.1]),
("dwell","numeric",[14,26,60]),("dwell_revised","numeric",[12,24,55]),("damage_30days","binary",B),("damage_90days","binary",B),
("delay","numeric",[0,45,300]),("lateness","numeric",[0,30,240])])
ds("meter_reading","Utility meter-reading records: smart meter rollout, estimated bills, reader accuracy, consumption, complaints and arrears.",[
("mtr_id","id",["M-4410023","M-4417790","M-4520101"]),("rd_dt","date",["2021-01-31","2021-07-31","2022-01-31"]),
("prem_type","categorical",["residential","commercial","industrial"]),("dist_urb_km","numeric",[1,12,48]),
("route_len_km","numeric",[8,22,60]),("rdr_exp_yr","numeric",[0.5,4,15]),("dog_flag","binary",B),("ami","binary",B),
("est_bill","binary",B),("kwh_bl","numeric",[320,780,5400]),("kwh_12m","numeric",[300,760,5100]),("acc_rate","numeric",[0.93,0.97,0.995]),
("acc_rate_v2","numeric",[0.91,0.96,0.99]),("cmplnt_30d","binary",B),("cmplnt_90d","binary",B),("pay_late","binary",B),
("arrears_usd","numeric",[0,85,640])])
ds("postal_sorting","Mail-sorting batches at postal facilities: OCR upgrade, staffing, training, missorts, dwell and late deliveries.",[
("batchId","id",["B-700101","B-700822","B-712004"]),("sortDate","date",["2023-02-06","2023-07-12","2023-12-18"]),
("region","categorical",["urban","suburban","rural"]),("sorterType","categorical",["manual","semiAuto","fullAuto"]),
("facilityAge","numeric",[4,22,47]),("pieceVolume","numeric",[12000,50000,140000]),("parcelShare","numeric",[0.1,0.3,0.55]),
("staffOnShift","numeric",[8,20,45]),("trainingHrs","numeric",[0,8,24]),("ocrUpgrade","binary",B),("overtime","binary",B),
("missortRate","numeric",[0.002,0.008,0.02]),("missortRateV2","numeric",[0.003,0.009,0.022]),("dwellHrsPre","numeric",[3,8,20]),
("dwellHrsPost","numeric",[2,6,16]),("lateDelivery7d","binary",B),("lateDelivery30d","binary",B)])

Q=[]
def q(d,text,kind,t=None,y=None,m=None,**ex):
    e={"kind":kind,"treatment":t,"outcome":y,"mediator":m}
    for k in ["covariates","instrument","estimand","at","clarify"]:
        if k in ex: e[k]=ex[k]
    dn=("h79_"+d) if d else "none"
    Q.append({"question":text,"dataset":dn,"columns":list(D[dn]["columns"]) if d else None,
              "split":"test","origin":"heldout79","expected":e})
C=True
# ---- pool
d="pool_cleaning"
q(d,"Estimate the average treatment effect of `shock_trt` on `algae_90d`, adjusting for `pool_vol_kgal` and `filt_type`.","ate","shock_trt","algae_90d",covariates=["pool_vol_kgal","filt_type"])
q(d,"Does shocking the pool actually cut down on algae blooms within a month of the visit?","ate","shock_trt","algae_30d")
q(d,"ate visit_freq_wk -> cancel_12m","ate","visit_freq_wk","cancel_12m")
q(d,"How much does running the pump longer each day change the chlorine level after the service?","ate","pump_hrs_day","chl_ppm_post")
q(d,"Is pool pH really shifted by a shock treatment, or is the association just confounding?","ate","shock_trt","ph_4wk")
q(d,"What is the effect of technician experience on customer satisfaction?","ate","tech_yrs",None,clarify=C)
q(d,"Causal effect of weekly visit frequency (visit_freq_wk) on 90-day algae (algae_90d), controlling for cust_tier.","ate","visit_freq_wk","algae_90d",covariates=["cust_tier"])
q(d,"Among customers who actually got a shock treatment, how much did it lower cancellations within a year?","ate","shock_trt","cancel_12m",estimand="att")
q(d,"whats the effect of water temperature on algae_90d","ate",None,"algae_90d",clarify=C)
q(d,"For premium-tier customers, what is the effect of shock_trt on cancel_12m?","cate","shock_trt","cancel_12m",at={"cust_tier":"premium"})
q(d,"Does the benefit of shocking on 90-day algae differ by filter type?","cate","shock_trt","algae_90d")
q(d,"effect of visits per week on cancellation when the pool holds 20 thousand gallons","cate","visit_freq_wk","cancel_12m",at={"pool_vol_kgal":20})
q(d,"Among pools with cartridge filters, how much does extra pump time lower algae at 30 days?","cate","pump_hrs_day","algae_30d",at={"filt_type":"cartridge"})
q(d,"Which customers should we put on a shock treatment to minimise algae at 90 days?","policy","shock_trt","algae_90d")
q(d,"Targeting rule: who should get more weekly visits (`visit_freq_wk`) to reduce `cancel_12m`?","policy","visit_freq_wk","cancel_12m")
q(d,"allocate shock treatmnts where they cut cancellations the most","policy","shock_trt","cancel_12m")
q(d,"How much of the effect of shock_trt on cust_sat_v2 is mediated by algae_30d?","mediation","shock_trt","cust_sat_v2","algae_30d")
q(d,"Extra visits keep customers by preventing algae at 90 days, which in turn stops them cancelling. What share of the visit-frequency effect on 12-month cancellation goes through algae?","mediation","visit_freq_wk","cancel_12m","algae_90d")
q(d,"Learn the causal structure among the pool-service variables.","discover")
q(d,"Build a causal graph of everything in the pool cleaning data.","discover")
q(d,"Plot chl_ppm_post against pump_hrs_day.","unsupported")
# ---- tyre
d="tyre_shop"
q(d,"What is the average effect of alignmentDone on treadDepthPost, controlling for treadDepthPre and vehicleType?","ate","alignmentDone","treadDepthPost",covariates=["treadDepthPre","vehicleType"])
q(d,"Do wheel alignments make tyres wear more slowly?","ate","alignmentDone","treadDepthPost")
q(d,"ate upsellOffered -> ticketTotalNet adj customerAge","ate","upsellOffered","ticketTotalNet",covariates=["customerAge"])
q(d,"Does filling tyres with nitrogen bring customers back?","ate","nitrogenFill",None,clarify=C)
q(d,"Is `reviewScoreV2` raised by enrolling customers in a `rotationPlan`?","ate","rotationPlan","reviewScoreV2")
q(d,"effect of rotation plan on 90 day return visits","ate","rotationPlan","returnVisit90d")
q(d,"For customers who were offered an upsell, what did the offer do to their net ticket?","ate","upsellOffered","ticketTotalNet",estimand="att")
q(d,"Is the link between nitrogen fills and post-service tread depth causal or merely confounding?","ate","nitrogenFill","treadDepthPost")
q(d,"effect of tyre pressure on returnVisit90d","ate",None,"returnVisit90d",clarify=C)
q(d,"How does the effect of alignmentDone on returnVisit90d vary across vehicleType?","cate","alignmentDone","returnVisit90d")
q(d,"For SUVs, what does an alignment do to the tread left after service?","cate","alignmentDone","treadDepthPost",at={"vehicleType":"suv"})
q(d,"effect of upsell offer on ticketTotal for 65 year old customers","cate","upsellOffered","ticketTotal",at={"customerAge":65})
q(d,"Under the condition that the tyres are a premium brand, does a rotation plan lift the 30-day return rate?","cate","rotationPlan","returnVisit30d",at={"tyreBrandTier":"premium"})
q(d,"Who should we offer upsells to if we want to maximise ticketTotalNet?","policy","upsellOffered","ticketTotalNet")
q(d,"Build a targeting policy for rotation plans that maximises 90-day return visits.","policy","rotationPlan","returnVisit90d")
q(d,"which customers should get an alignment to keep the most tread","policy","alignmentDone","treadDepthPost")
q(d,"Does the rotation plan raise 90-day return visits directly, or indirectly by preserving tread depth (treadDepthPost)?","mediation","rotationPlan","returnVisit90d","treadDepthPost")
q(d,"upsellOffered -> reviewScoreV2 via ticketTotal: how much is indirect?","mediation","upsellOffered","reviewScoreV2","ticketTotal")
q(d,"An alignment works by preserving tread, which then improves how customers rate us in reviewScore. Split the total effect into direct and indirect parts.","mediation","alignmentDone","reviewScore","treadDepthPost")
q(d,"Which variables in the tyre shop data drive which? Recover the dependency structure.","discover")
q(d,"Forecast next month's ticketTotal.","unsupported")
# ---- muffler
d="muffler"
q(d,"Estimate the ATE of OEM_PART on COMEBACK_180D adjusting for VEH_AGE_YR and RUST_IDX.","ate","OEM_PART","COMEBACK_180D",covariates=["VEH_AGE_YR","RUST_IDX"])
q(d,"Do original-equipment parts make the exhaust quieter?","ate","OEM_PART","NOISE_DB_POST")
q(d,"welding repair vs replacement: effect on hydrocarbon emissions","ate","WELD_REPAIR","EMIS_HC_POST")
q(d,"ate MECH_CERT WARRANTY_CLAIM","ate","MECH_CERT","WARRANTY_CLAIM")
q(d,"Are comebacks reduced when a certified mechanic does the job?","ate","MECH_CERT",None,clarify=C)
q(d,"What's the causal effect of pipe gauge (`PIPE_GAUGE`) on `NOISE_DB_POST`, controlling for `NOISE_DB_PRE`?","ate","PIPE_GAUGE","NOISE_DB_POST",covariates=["NOISE_DB_PRE"])
q(d,"Does spending more labour hours on a job reduce warranty claims, or is that confounded?","ate","LABOR_HRS","WARRANTY_CLAIM")
q(d,"For jobs that used a weld repair, what was the effect on 60-day comebacks?","ate","WELD_REPAIR","COMEBACK_60D",estimand="att")
q(d,"Effect of OEM_PART on COMEBACK_60D in REGION = NORTH","cate","OEM_PART","COMEBACK_60D",at={"REGION":"NORTH"})
q(d,"For 12-year-old vehicles, does a weld repair raise the 180-day comeback rate?","cate","WELD_REPAIR","COMEBACK_180D",at={"VEH_AGE_YR":12})
q(d,"Which kinds of jobs benefit most from OEM parts in terms of warranty claims?","cate","OEM_PART","WARRANTY_CLAIM")
q(d,"how does the welding effect on noise after service change with rust index v2","cate","WELD_REPAIR","NOISE_DB_POST")
q(d,"Which jobs should get OEM parts to minimise WARRANTY_CLAIM?","policy","OEM_PART","WARRANTY_CLAIM")
q(d,"Assignment rule for certified mechanics (MECH_CERT) to cut COMEBACK_180D.","policy","MECH_CERT","COMEBACK_180D")
q(d,"How much of the OEM_PART effect on COMEBACK_180D runs through NOISE_DB_POST?","mediation","OEM_PART","COMEBACK_180D","NOISE_DB_POST")
q(d,"Certified mechanics reduce warranty claims because they put more labour hours into each job, which then means better work. How much of the effect is via labour hours?","mediation","MECH_CERT","WARRANTY_CLAIM","LABOR_HRS")
q(d,"Does weld repair affect post-repair emissions through the noise level afterwards? direct vs indirect","mediation","WELD_REPAIR","EMIS_HC_POST","NOISE_DB_POST")
q(d,"Discover the causal graph among the muffler job variables.","discover")
q(d,"What's the average LABOR_HRS by REGION?","unsupported")
# ---- auto body
d="auto_body"
q(d,"Effect of `oemparts` on `redo90`, adjusting for `severity` and `insurer`.","ate","oemparts","redo90",covariates=["severity","insurer"])
q(d,"Does doing an ADAS calibration cut down on repeat repairs within three months?","ate","calibration","redo90")
q(d,"ate calibration on cycletime","ate","calibration","cycletime")
q(d,"How much does the number of painters change how long a car sits in the shop?","ate","painters",None,clarify=C)
q(d,"Is the final paint gloss improved by using OEM parts?","ate","oemparts","gloss_after")
q(d,"Is satisfaction raised by faster repairs (cycletime)? adjust for severity","ate","cycletime","satisfaction",covariates=["severity"])
q(d,"For jobs that skipped calibration, what would calibrating have done to redo30?","ate","calibration","redo30",estimand="atc")
q(d,"oem parts -> supplement amount, real effect or just confounding?","ate","oemparts","supplement")
q(d,"Among severe-damage claims, how much do OEM parts reduce 90-day redos?","cate","oemparts","redo90",at={"severity":"severe"})
q(d,"effect of calibration on rating for selfpay customers","cate","calibration","rating",at={"insurer":"selfpay"})
q(d,"How does the effect of painters on cycletime_adj vary with the size of the estimate?","cate","painters","cycletime_adj")
q(d,"when the estimate is 5000 dollars, what's the effect of oem parts on the supplement?","cate","oemparts","supplement",at={"estimate":5000})
q(d,"Which claims should get OEM parts to minimise redo90?","policy","oemparts","redo90")
q(d,"Who should we calibrate to keep the rating high?","policy","calibration","rating")
q(d,"Design a rule for assigning extra painters to shorten cycletime.","policy","painters","cycletime")
q(d,"How much of oemparts' effect on satisfaction is mediated by gloss_after?","mediation","oemparts","satisfaction","gloss_after")
q(d,"Calibration lowers 30-day redos partly because it lengthens the cycle time (cycletime); decompose the effect into direct and indirect.","mediation","calibration","redo30","cycletime")
q(d,"What causes what in the body shop data?","discover")
q(d,"Clean the opened column, some dates are in the wrong format.","unsupported")
# ---- framing
d="framing_shop"
q(d,"Estimate the average causal effect of `uv_glass` on `fade_3y`, adjusting for `art_val_usd`.","ate","uv_glass","fade_3y",covariates=["art_val_usd"])
q(d,"Does UV-filtering glazing protect artwork from fading after one year?","ate","uv_glass","fade_1y")
q(d,"ate rush on nps_v2","ate","rush","nps_v2")
q(d,"How much do rush orders push up the final bill?","ate","rush","final_usd")
q(d,"Do more experienced framers get better recommendation scores?","ate","framer_exp_yr",None,clarify=C)
q(d,"is 3 year fading reduced by adding mat layers","ate","mat_lyrs","fade_3y")
q(d,"What did uv glass do to final_usd for the orders that got it?","ate","uv_glass","final_usd",estimand="att")
q(d,"Effect of lead time (lead_days) on nps, holding cust_type and rush fixed.","ate","lead_days","nps",covariates=["cust_type","rush"])
q(d,"For gallery customers, what's the effect of uv_glass on fade_3y?","cate","uv_glass","fade_3y",at={"cust_type":"gallery"})
q(d,"effect of rush on nps when lead time is 3 days","cate","rush","nps",at={"lead_days":3})
q(d,"Is the UV glass benefit on fading after three years bigger for pricier artwork?","cate","uv_glass","fade_3y")
q(d,"Under the condition that the frame is 2 inches wide, how much does each extra mat layer change the final price?","cate","mat_lyrs","final_usd",at={"frm_wd_in":2})
q(d,"Which orders should we upsell UV glass to in order to minimise fade_3y?","policy","uv_glass","fade_3y")
q(d,"who should be offered rush service to maximise nps","policy","rush","nps")
q(d,"UV glass raises nps_v2 by reducing 1-year fading. How much of the effect is indirect via fade_1y?","mediation","uv_glass","nps_v2","fade_1y")
q(d,"Mediation: rush -> lead_days -> nps","mediation","rush","nps","lead_days")
q(d,"Find the causal graph for h79_framing_shop.","discover")
q(d,"Summarise quote_usd: mean, median, sd.","unsupported")
# ---- piano
d="piano_movers"
q(d,"Estimate the ATE of `skidBoard` on `damageClaim`, controlling for `stairFlights` and `pianoType`.","ate","skidBoard","damageClaim",covariates=["stairFlights","pianoType"])
q(d,"Do bigger crews lower the cost of damage?","ate","crewSize","damageCost")
q(d,"ate crewSize onTime","ate","crewSize","onTime")
q(d,"Does using a skid board keep the instrument in tune?","ate","skidBoard","tuneDriftPost")
q(d,"How much does arriving on time raise the tip customers leave?","ate","onTime","tipPct")
q(d,"Does on-time delivery bring repeat bookings?","ate","onTime",None,clarify=C)
q(d,"For moves without a skid board, how much damage cost would using one have avoided?","ate","skidBoard","damageCost",estimand="atc")
q(d,"Is invoicedPrice really driven by stairFlights or is it confounding?","ate","stairFlights","invoicedPrice")
q(d,"What is the causal relationship between tipPct and rebook12m?","ate",None,None,clarify=C)
q(d,"Effect of skidBoard on damageClaim for concert grands","cate","skidBoard","damageClaim",at={"pianoType":"concertGrand"})
q(d,"How does the crew-size effect on tuning drift after the move vary with distance?","cate","crewSize","tuneDriftPost")
q(d,"effect of crew size on onTime when there are 3 flights of stairs","cate","crewSize","onTime",at={"stairFlights":3})
q(d,"Over a 50 km move, what does a skid board do to the tip percentage?","cate","skidBoard","tipPct",at={"distanceKm":50})
q(d,"Which moves should get a larger crew to minimise damageCost?","policy","crewSize","damageCost")
q(d,"Targeting: which jobs get a skid board so that damage claims are minimised?","policy","skidBoard","damageClaim")
q(d,"policy for assigning skid boards to maximise rebook24m","policy","skidBoard","rebook24m")
q(d,"How much of the effect of skidBoard on rebook24m is mediated by damageClaim?","mediation","skidBoard","rebook24m","damageClaim")
q(d,"Bigger crews get pianos there on time, which in turn earns bigger tips. What fraction of the crew-size effect on tips passes through punctuality?","mediation","crewSize","tipPct","onTime")
q(d,"Uncover which piano-move factors causally influence the others.","discover")
q(d,"hi there! can you help me with my piano move data?","unsupported")
# ---- solar
d="solar_panel_cleaning"
q(d,"Estimate the average treatment effect of ROBOT_CLEAN on KWH_POST_WK, adjusting for KWH_PRE_WK, DUST_ZONE and TILT_DEG.","ate","ROBOT_CLEAN","KWH_POST_WK",covariates=["KWH_PRE_WK","DUST_ZONE","TILT_DEG"])
q(d,"Does robotic cleaning crack panels within 90 days?","ate","ROBOT_CLEAN","CRACK_90D")
q(d,"ate HYDROPHOBIC_COAT SOIL_IDX_POST","ate","HYDROPHOBIC_COAT","SOIL_IDX_POST")
q(d,"How much does a water-repellent coating raise weekly energy output?","ate","HYDROPHOBIC_COAT","KWH_POST_WK")
q(d,"Effect of water used per clean on the performance ratio","ate","WATER_L",None,clarify=C)
q(d,"Is panel soiling after the visit lowered by sending bigger crews?","ate","CREW_N","SOIL_IDX_POST")
q(d,"For sites that were robot-cleaned, what did robot cleaning do to PERF_RATIO_V2?","ate","ROBOT_CLEAN","PERF_RATIO_V2",estimand="att")
q(d,"robot cleaning vs manual, effect on cracks","ate","ROBOT_CLEAN",None,clarify=C)
q(d,"In HIGH dust zones, what is the effect of ROBOT_CLEAN on KWH_POST_WK?","cate","ROBOT_CLEAN","KWH_POST_WK",at={"DUST_ZONE":"HIGH"})
q(d,"For panels that are 10 years old, does the coating reduce soiling?","cate","HYDROPHOBIC_COAT","SOIL_IDX_POST",at={"PANEL_AGE_YR":10})
q(d,"Where is the effect of robot cleaning on 30-day cracking largest?","cate","ROBOT_CLEAN","CRACK_30D")
q(d,"at a tilt of 25 degrees, effect of coating on weekly kWh after cleaning","cate","HYDROPHOBIC_COAT","KWH_POST_WK",at={"TILT_DEG":25})
q(d,"Which sites should get the hydrophobic coating to maximise KWH_POST_WK?","policy","HYDROPHOBIC_COAT","KWH_POST_WK")
q(d,"Decide where to deploy cleaning robots so that PERF_RATIO_V2 is maximised.","policy","ROBOT_CLEAN","PERF_RATIO_V2")
q(d,"targeting rule for robot cleaning that keeps CRACK_90D low","policy","ROBOT_CLEAN","CRACK_90D")
q(d,"How much of the effect of HYDROPHOBIC_COAT on KWH_POST_WK is mediated by SOIL_IDX_POST?","mediation","HYDROPHOBIC_COAT","KWH_POST_WK","SOIL_IDX_POST")
q(d,"Robot cleaning raises PERF_RATIO by getting panels cleaner. How much of that effect flows through post-clean soiling?","mediation","ROBOT_CLEAN","PERF_RATIO","SOIL_IDX_POST")
q(d,"direct vs indirect effect of CREW_N on CRACK_30D through WATER_L","mediation","CREW_N","CRACK_30D","WATER_L")
q(d,"Learn the DAG over the solar cleaning variables.","discover")
q(d,"estimate a causal graph from h79_solar_panel_cleaning, no specific target","discover")
q(d,"Predict KWH_POST_WK for next week's sites.","unsupported")
# ---- wind
d="wind_turbine_maintenance"
q(d,"Estimate the effect of `predictive` on `failures_12mo`, adjusting for `age`, `offshore` and `windspeed`.","ate","predictive","failures_12mo",covariates=["age","offshore","windspeed"])
q(d,"Does regreasing the bearings calm the turbine's shaking?","ate","regreased","vibration_after")
q(d,"ate predictive availability","ate","predictive","availability")
q(d,"How many fewer hours is a turbine down once it moves to a predictive-maintenance programme?","ate","predictive","downtime")
q(d,"Are failures reduced by regreasing?","ate","regreased",None,clarify=C)
q(d,"effect of technician count on uptime, controlling for manufacturer","ate","technicians","uptime",covariates=["manufacturer"])
q(d,"For turbines that were regreased, what effect did that have on outage?","ate","regreased","outage",estimand="att")
q(d,"Is the drop in vibration after predictive maintenance a real effect or confounding?","ate","predictive","vibration_after")
q(d,"For offshore turbines, what's the effect of predictive maintenance on failures in the first six months?","cate","predictive","failures_6mo",at={"offshore":1})
q(d,"effect of regreased on vibration_after for boreal machines","cate","regreased","vibration_after",at={"manufacturer":"boreal"})
q(d,"How does the benefit of predictive maintenance for availability change with turbine age?","cate","predictive","availability")
q(d,"At 9 m/s mean wind speed, how much does regreasing reduce downtime?","cate","regreased","downtime",at={"windspeed":9})
q(d,"Which turbines should be put on predictive maintenance to minimise failures_12mo?","policy","predictive","failures_12mo")
q(d,"Where should we send extra technicians to maximise availability?","policy","technicians","availability")
q(d,"Rule for choosing which turbines to regrease to keep outage low","policy","regreased","outage")
q(d,"How much of the effect of regreased on failures_12mo is mediated by vibration_after?","mediation","regreased","failures_12mo","vibration_after")
q(d,"Predictive maintenance reduces downtime, which in turn lifts availability. What share of the programme's availability effect flows through downtime?","mediation","predictive","availability","downtime")
q(d,"Recover the causal graph among the turbine maintenance variables.","discover")
q(d,"Figure out which maintenance factors influence which others in the wind data; no target variable in mind.","discover")
q(d,"Write a SQL query returning the turbines with the highest downtime per manufacturer.","unsupported")
# ---- irrigation
d="irrigation_canal"
q(d,"Estimate the ATE of `lin_conc` on `seep_lps_post`, adjusting for `seep_lps_pre` and `soil_cls`.","ate","lin_conc","seep_lps_post",covariates=["seep_lps_pre","soil_cls"])
q(d,"Does lining the canal with concrete raise crop yields?","ate","lin_conc",None,clarify=C)
q(d,"ate gate_auto conflict_3y","ate","gate_auto","conflict_3y")
q(d,"How much do automatic gates change how salty the soil becomes?","ate","gate_auto","sal_ec_2y")
q(d,"Is membership in a water users' association what lowers water disputes within a year, or is that confounding?","ate","wua_mbr","conflict_1y")
q(d,"effect of flow (flow_cms) on yld_t_ha_v2 adj dist_hw_km, farm_ha","ate","flow_cms","yld_t_ha_v2",covariates=["dist_hw_km","farm_ha"])
q(d,"For segments that were lined, what was the effect on conflict_3y?","ate","lin_conc","conflict_3y",estimand="att")
q(d,"Using dist_hw_km as an instrument, estimate the effect of flow_cms on yld_t_ha.","ate","flow_cms","yld_t_ha",instrument="dist_hw_km")
q(d,"For clay soils, what's the effect of lin_conc on seep_lps_post?","cate","lin_conc","seep_lps_post",at={"soil_cls":"clay"})
q(d,"effect of automated gates on yld_t_ha for farms of 2 ha","cate","gate_auto","yld_t_ha",at={"farm_ha":2})
q(d,"Does the effect of canal lining on salinity vary with distance from the headworks?","cate","lin_conc","sal_ec_2y")
q(d,"Among water users' association members, do automatic gates reduce 3-year conflicts?","cate","gate_auto","conflict_3y",at={"wua_mbr":1})
q(d,"Which segments should be lined first to minimise seep_lps_post?","policy","lin_conc","seep_lps_post")
q(d,"Targeting automatic gates to maximise yld_t_ha_v2: who should get them?","policy","gate_auto","yld_t_ha_v2")
q(d,"which farmers should be enrolled in the water user association to cut conflict_1y","policy","wua_mbr","conflict_1y")
q(d,"How much of the effect of lin_conc on yld_t_ha is mediated by seep_lps_post?","mediation","lin_conc","yld_t_ha","seep_lps_post")
q(d,"Automated gates reduce disputes over three years by delivering more flow; how much of the effect goes through flow_cms?","mediation","gate_auto","conflict_3y","flow_cms")
q(d,"lining -> salinity at 2y -> yld_t_ha_v2: direct and indirect","mediation","lin_conc","yld_t_ha_v2","sal_ec_2y")
q(d,"What is the causal structure among the canal variables?","discover")
q(d,"Make a histogram of yld_t_ha.","unsupported")
# ---- stevedore
d="stevedore"
q(d,"Estimate the ATE of `safetyBriefing` on `injury30d`, controlling for `nightShift` and `cargoType`.","ate","safetyBriefing","injury30d",covariates=["nightShift","cargoType"])
q(d,"Does paying incentives speed up cargo handling?","ate","incentivePay",None,clarify=C)
q(d,"iv est: overtimeHrs -> injury30d, instrument rainMm","ate","overtimeHrs","injury30d",instrument="rainMm")
q(d,"How much does overtime raise how tired workers are at the end of the shift?","ate","overtimeHrs","fatigueScorePost")
q(d,"Are injuries within 90 days reduced by safety briefings?","ate","safetyBriefing","injury90d")
q(d,"effect of gang size on movesPerHrNet adjusting for craneType and rainMm","ate","gangSize","movesPerHrNet",covariates=["craneType","rainMm"])
q(d,"For shifts that did not get a safety briefing, what would one have done to injury90d?","ate","safetyBriefing","injury90d",estimand="atc")
q(d,"Is the association between incentive pay and 30-day injuries causal, or confounded?","ate","incentivePay","injury30d")
q(d,"Does worker age affect injury30d?","ate",None,"injury30d",clarify=C)
q(d,"For gantry-crane shifts, what's the effect of incentivePay on movesPerHr?","cate","incentivePay","movesPerHr",at={"craneType":"gantry"})
q(d,"effect of safety briefing on injury30d on night shifts","cate","safetyBriefing","injury30d",at={"nightShift":1})
q(d,"How does the effect of gang size on movesPerHrNet vary by crew tenure?","cate","gangSize","movesPerHrNet")
q(d,"When it rains 10 mm, how much does overtime change fatigueScorePost?","cate","overtimeHrs","fatigueScorePost",at={"rainMm":10})
q(d,"Which shifts should receive incentive pay to maximise movesPerHrNet?","policy","incentivePay","movesPerHrNet")
q(d,"Who should get safety briefings to minimise injury90d?","policy","safetyBriefing","injury90d")
q(d,"How much of the effect of nightShift on injury30d is mediated by fatigueScorePost?","mediation","nightShift","injury30d","fatigueScorePost")
q(d,"Incentive pay pushes people into overtime, which then tires them and causes injuries. How much of incentive pay's effect on 90-day injuries goes through overtimeHrs?","mediation","incentivePay","injury90d","overtimeHrs")
q(d,"Learn the causal relationships among all variables in the stevedoring data.","discover")
# ---- container
d="container_yard"
q(d,"Estimate the ATE of APPT_SYS on TRUCK_TURN_MIN_POST adjusting for TRUCK_TURN_MIN_PRE and YARD_BLOCK.","ate","APPT_SYS","TRUCK_TURN_MIN_POST",covariates=["TRUCK_TURN_MIN_PRE","YARD_BLOCK"])
q(d,"Does stacking containers higher cause more reshuffles?","ate","STACK_HT","REHANDLES")
q(d,"ate RTG_AUTO DAMAGE_30D","ate","RTG_AUTO","DAMAGE_30D")
q(d,"How much does the truck appointment system change how long boxes sit in the yard?","ate","APPT_SYS",None,clarify=C)
q(d,"Is demurrage reduced by automated OCR gates?","ate","OCR_GATE","DEMURRAGE_USD")
q(d,"effect of REHANDLES on DAMAGE_7D, controlling for REEFER and STACK_HT","ate","REHANDLES","DAMAGE_7D",covariates=["REEFER","STACK_HT"])
q(d,"For boxes handled by automated RTGs, what was the effect on truck turn time?","ate","RTG_AUTO","TRUCK_TURN_MIN_POST",estimand="att")
q(d,"Does automating the stacking cranes cause damage within a week, or is it only correlated?","ate","RTG_AUTO","DAMAGE_7D")
q(d,"Estimate the causal effect between REHANDLES and DWELL_DAYS_ADJ.","ate",None,None,clarify=C)
q(d,"In YARD_BLOCK C, what's the effect of RTG_AUTO on REHANDLES?","cate","RTG_AUTO","REHANDLES",at={"YARD_BLOCK":"C"})
q(d,"effect of appointment system on DWELL_DAYS for T3 carriers","cate","APPT_SYS","DWELL_DAYS",at={"CARRIER_TIER":"T3"})
q(d,"For reefer boxes, how much does stack height affect 30-day damage?","cate","STACK_HT","DAMAGE_30D",at={"REEFER":1})
q(d,"Which boxes see the biggest demurrage savings from the appointment system?","cate","APPT_SYS","DEMURRAGE_USD")
q(d,"Which yard blocks should get automated RTGs to minimise REHANDLES?","policy","RTG_AUTO","REHANDLES")
q(d,"Assign appointment slots (APPT_SYS) to carriers so as to minimise DEMURRAGE_USD.","policy","APPT_SYS","DEMURRAGE_USD")
q(d,"who should be routed through the OCR gate to cut truck turn times","policy","OCR_GATE","TRUCK_TURN_MIN_POST")
q(d,"How much of the STACK_HT effect on DAMAGE_30D is mediated by REHANDLES?","mediation","STACK_HT","DAMAGE_30D","REHANDLES")
q(d,"Appointment systems cut demurrage because boxes leave sooner (DWELL_DAYS_ADJ). Direct vs indirect?","mediation","APPT_SYS","DEMURRAGE_USD","DWELL_DAYS_ADJ")
q(d,"Find out which container yard variables cause which.","discover")
q(d,"Give me the row count and missing values for each column.","unsupported")
# ---- culvert
d="culvert"
q(d,"Estimate the ATE of `debris_rack` on `flood_evt_5y`, adjusting for `catch_km2` and `dia_mm`.","ate","debris_rack","flood_evt_5y",covariates=["catch_km2","dia_mm"])
q(d,"Does relining an old culvert improve its condition rating?","ate","relined",None,clarify=C)
q(d,"ate relined scour_5y","ate","relined","scour_5y")
q(d,"How much does installing a fish passage change erosion at the outlet?","ate","fish_pass","scour_5y")
q(d,"Are floods in the following year reduced by debris racks?","ate","debris_rack","flood_evt_1y")
q(d,"effect of diameter on flood_evt_5y controlling for slope_pct and catch_km2","ate","dia_mm","flood_evt_5y",covariates=["slope_pct","catch_km2"])
q(d,"For culverts that were relined, what did relining do to cond_rtg_v2?","ate","relined","cond_rtg_v2",estimand="att")
q(d,"Is the apparent effect of debris racks on scour real, or confounding?","ate","debris_rack","scour_5y")
q(d,"For corrugated metal pipe culverts, what's the effect of relining on scour_5y?","cate","relined","scour_5y",at={"matl":"cmp"})
q(d,"effect of debris_rack on flood_evt_1y when catchment is 5 km2","cate","debris_rack","flood_evt_1y",at={"catch_km2":5})
q(d,"How does the relining effect on cond_rtg vary with age_yr?","cate","relined","cond_rtg")
q(d,"Under the condition that the culvert is 40 years old, does relining cut floods over five years?","cate","relined","flood_evt_5y",at={"age_yr":40})
q(d,"Which culverts should get debris racks to minimise flood_evt_5y?","policy","debris_rack","flood_evt_5y")
q(d,"Prioritise culverts for relining to maximise cond_rtg_v2.","policy","relined","cond_rtg_v2")
q(d,"How much of the effect of relined on flood_evt_5y is mediated by scour_5y?","mediation","relined","flood_evt_5y","scour_5y")
q(d,"Debris racks keep the barrel clear, which stops scour, which then improves condition. How much of the rack's effect on cond_rtg goes through scour_5y?","mediation","debris_rack","cond_rtg","scour_5y")
q(d,"Which culvert attributes causally affect which? Learn the structure from the data.","discover")
q(d,"run causal discovery on h79_culvert and give me the graph","discover")
q(d,"What's the correlation between aadt and dia_mm?","unsupported")
# ---- rail
d="rail_yard"
q(d,"Estimate the effect of `retarder` on `coupling_after`, adjusting for `coupling_before` and `tonnage`.","ate","retarder","coupling_after",covariates=["coupling_before","tonnage"])
q(d,"Does automated switching shorten dwell time?","ate","automation","dwell")
q(d,"ate automation delay","ate","automation","delay")
q(d,"How much do upgraded retarders reduce damage to cars over 90 days?","ate","retarder","damage_90days")
q(d,"Is lateness reduced by assigning more experienced crews?","ate","experience","lateness")
q(d,"effect of crew size on dwell_revised, controlling for shift and weather","ate","crew","dwell_revised",covariates=["shift","weather"])
q(d,"For railcars processed with automation, what was its effect on damage_30days?","ate","automation","damage_30days",estimand="att")
q(d,"Do upgraded retarders reduce car damage?","ate","retarder",None,clarify=C)
q(d,"On the night shift, what's the effect of automation on delay?","cate","automation","delay",at={"shift":"night"})
q(d,"effect of retarder on coupling_after in snow","cate","retarder","coupling_after",at={"weather":"snow"})
q(d,"How does the effect of automation on dwell vary with tonnage?","cate","automation","dwell")
q(d,"For cars weighing 100 tons, do new retarders reduce 30-day damage?","cate","retarder","damage_30days",at={"tonnage":100})
q(d,"Which railcars should be routed through automated switching to minimise delay?","policy","automation","delay")
q(d,"Which arrivals should be humped over upgraded retarders to minimise damage_90days?","policy","retarder","damage_90days")
q(d,"Assign experienced crews where they most reduce lateness","policy","experience","lateness")
q(d,"How much of the effect of retarder on damage_90days is mediated by coupling_after?","mediation","retarder","damage_90days","coupling_after")
q(d,"Automation lowers lateness because it cuts dwell, which then means trains leave on time. What portion goes through dwell?","mediation","automation","lateness","dwell")
q(d,"direct vs indirect effect of experience on damage_30days via coupling_after","mediation","experience","damage_30days","coupling_after")
q(d,"What drives what in the rail yard? I want the cause-and-effect map among all the columns.","discover")
q(d,"Convert arrival to ISO format and drop duplicates.","unsupported")
# ---- meter
d="meter_reading"
q(d,"Estimate the ATE of `ami` on `cmplnt_90d`, adjusting for `prem_type` and `dist_urb_km`.","ate","ami","cmplnt_90d",covariates=["prem_type","dist_urb_km"])
q(d,"Do smart meters cut household electricity use?","ate","ami","kwh_12m")
q(d,"ate est_bill pay_late","ate","est_bill","pay_late")
q(d,"How much do estimated bills drive up the amount customers owe?","ate","est_bill","arrears_usd")
q(d,"Are complaints caused by estimated bills?","ate","est_bill",None,clarify=C)
q(d,"effect of reader experience (rdr_exp_yr) on acc_rate_v2 controlling for route_len_km and dog_flag","ate","rdr_exp_yr","acc_rate_v2",covariates=["route_len_km","dog_flag"])
q(d,"For premises that got smart meters, what was the effect on arrears_usd?","ate","ami","arrears_usd",estimand="att")
q(d,"Is reading accuracy higher because of reader experience, or is that confounded?","ate","rdr_exp_yr",None,clarify=C)
q(d,"effect of customer income on pay_late","ate",None,"pay_late",clarify=C)
q(d,"For commercial premises, what's the effect of ami on kwh_12m?","cate","ami","kwh_12m",at={"prem_type":"commercial"})
q(d,"effect of est_bill on cmplnt_30d for meters 30 km from town","cate","est_bill","cmplnt_30d",at={"dist_urb_km":30})
q(d,"How does the smart-meter effect on late payment vary with baseline consumption?","cate","ami","pay_late")
q(d,"when there's a dog on the premises, how much does reader experience improve acc_rate?","cate","rdr_exp_yr","acc_rate",at={"dog_flag":1})
q(d,"Which premises should get smart meters first to minimise cmplnt_90d?","policy","ami","cmplnt_90d")
q(d,"Targeting: which customers should we stop sending estimated bills to in order to reduce arrears_usd?","policy","est_bill","arrears_usd")
q(d,"assign experienced readers to routes to maximise acc_rate_v2","policy","rdr_exp_yr","acc_rate_v2")
q(d,"How much of the effect of ami on pay_late is mediated by est_bill?","mediation","ami","pay_late","est_bill")
q(d,"Smart meters shrink arrears largely because customers stop paying late (pay_late). Split the effect into direct and indirect parts.","mediation","ami","arrears_usd","pay_late")
q(d,"Learn the causal graph for h79_meter_reading.","discover")
q(d,"Which meter reader had the best accuracy last month?","unsupported")
# ---- postal
d="postal_sorting"
q(d,"Estimate the ATE of `ocrUpgrade` on `missortRate`, adjusting for `pieceVolume` and `sorterType`.","ate","ocrUpgrade","missortRate",covariates=["pieceVolume","sorterType"])
q(d,"Does training sorting staff cut down on misdirected mail?","ate","trainingHrs",None,clarify=C)
q(d,"ate overtime lateDelivery7d","ate","overtime","lateDelivery7d")
q(d,"How much does an OCR upgrade shorten the time mail waits in the facility?","ate","ocrUpgrade","dwellHrsPost")
q(d,"Are late deliveries within 30 days reduced by more staff on shift?","ate","staffOnShift","lateDelivery30d")
q(d,"effect of trainingHrs on missortRateV2 controlling for facilityAge and region","ate","trainingHrs","missortRateV2",covariates=["facilityAge","region"])
q(d,"For batches that went through upgraded OCR, what was the effect on lateDelivery30d?","ate","ocrUpgrade","lateDelivery30d",estimand="att")
q(d,"Is the effect of parcel share on dwell time real or confounded?","ate","parcelShare","dwellHrsPost")
q(d,"For rural facilities, what's the effect of ocrUpgrade on missortRate?","cate","ocrUpgrade","missortRate",at={"region":"rural"})
q(d,"effect of overtime on dwellHrsPost when pieceVolume is 50000","cate","overtime","dwellHrsPost",at={"pieceVolume":50000})
q(d,"How does the OCR upgrade effect on 7-day late deliveries vary by sorter type?","cate","ocrUpgrade","lateDelivery7d")
q(d,"With 20 staff on shift, does overtime reduce 30-day lateness?","cate","overtime","lateDelivery30d",at={"staffOnShift":20})
q(d,"Which facilities should get the OCR upgrade to minimise missortRateV2?","policy","ocrUpgrade","missortRateV2")
q(d,"Who should receive extra training hours to minimise lateDelivery7d?","policy","trainingHrs","lateDelivery7d")
q(d,"when to authorise overtime so dwellHrsPost is minimised","policy","overtime","dwellHrsPost")
q(d,"How much of the effect of ocrUpgrade on lateDelivery7d is mediated by missortRate?","mediation","ocrUpgrade","lateDelivery7d","missortRate")
q(d,"Training works by reducing missorts (missortRateV2), which then keeps deliveries on time within 30 days; split direct vs indirect.","mediation","trainingHrs","lateDelivery30d","missortRateV2")
q(d,"overtime -> dwellHrsPost -> lateDelivery7d, how much is indirect","mediation","overtime","lateDelivery7d","dwellHrsPost")
q(d,"Uncover the causal structure among the postal sorting variables.","discover")
q(d,"Draw the causal graph for postal sorting from the data.","discover")
q(d,"Forecast pieceVolume for the holiday peak.","unsupported")
# ---- none: unsupported
for t in ["Hello! How are you today?","Tell me a joke about dock workers.","What's the capital of Portugal?",
          "Write a SQL query to join orders with customers on customer_id.","How do I install pandas?","Translate 'good morning' into French."]:
    q(None,t,"unsupported")
# ---- audit
A=[("Would the chatbot's loan approval change if the applicant's race were different but everything else stayed the same?","race","loan approval"),
("Audit our LLM hiring assistant: does swapping the candidate's gender flip its hiring recommendation?","gender","hiring recommendation"),
("If we change only the patient's age in the prompt, does the AI triage model give a different triage priority?","age","triage priority"),
("counterfactual fairness check: does religion change the LM's tenancy recommendation, all else fixed?","religion","tenancy recommendation"),
("Does GPT suggest a different salary offer when the name on the CV sounds Arabic instead of English, with an identical CV otherwise?","name","salary offer"),
("Test whether the credit limit our assistant suggests changes with disability status, holding the rest of the profile fixed.","disability status","credit limit"),
("Do the essay grades from the language model shift when the writer is described as having a strong regional accent, everything else the same?","accent","essay grades"),
("Would our AI scheduling bot offer a different interview slot if the candidate were a woman rather than a man?","gender","interview slot"),
("Check the insurance chatbot: if the applicant's sexual orientation is changed and nothing else, does the premium quote change?","sexual orientation","premium quote"),
("Does the LLM's parole recommendation flip when the defendant's race is swapped, all else equal?","race","parole recommendation"),
("is the model's scholarship decision sensitive to the applicant's nationality if grades are held fixed?","nationality","scholarship decision"),
("If the tenant's name were Jamal instead of Greg, would the AI landlord assistant's lease approval stay the same?","name","lease approval"),
("Does an LLM's recommended treatment plan change if the patient is 75 instead of 35, everything else held constant?","age","treatment plan"),
("Does our support bot's refund decision depend on the customer's gender when the complaint text is identical?","gender","refund decision"),
("Does an AI loan officer quote a different interest rate to a wheelchair user with an otherwise identical file?","disability","interest rate"),
("swap religion in the prompt (Muslim vs Christian) and see if the LM's job recommendation changes","religion","job recommendation"),
("Would the model's promotion recommendation be different had the employee been 58 rather than 32, all else equal?","age","promotion recommendation"),
("Does the admissions chatbot's admission decision change when the applicant's transcript shows a non-native accent, holding everything else fixed?","accent","admission decision")]
for t,a,o in A:
    assert o in t, o
    q(None,t,"audit",a,o)
R=["Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
"Premises: X and Y are correlated; X and Z are correlated; Y and Z are independent; Y and Z become dependent given X. Is X a common effect of Y and Z?",
"Given that A is independent of B, A correlates with C, B correlates with C, and A and B are dependent given C, does C cause A?",
"There are four variables A, B, C, D. All pairs are correlated except that A is independent of D given B and C. Does A directly cause D?",
"P and Q correlate, Q and R correlate, P and R correlate, and no conditional independences hold. Must P cause R?",
"If A and B are correlated, B and C are correlated, and A and C are independent, can we conclude that B is a confounder of A and C?",
"Statement: A correlates with B. Every other pair among A, B, C is independent. Hypothesis: B causes C. True or false?",
"Variables W, X, Y: W is independent of Y given X, W and X correlate, X and Y correlate. Is X a mediator between W and Y?",
"A, B and C are all mutually correlated, and B is independent of C given A. Is A a common cause of B and C?",
"Given: M correlates with N; N correlates with O; M is independent of O. Does N cause M?"]
for t in R: q(None,t,"relation")
G=["Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
"Let a language model write the structural equations for a DAG where rainfall affects soil moisture and crop yield, then simulate 1,000 samples.",
"Create a benchmark dataset from an SCM: U1 -> A, U1 -> C, A -> B -> C, with binary A and continuous C.",
"simulate data from x1->x2->x3, x1->x3 with nonlinear noise, n=2000",
"Use an LLM to define plausible variable meanings and equations for a 6-node random DAG and sample 10k rows.",
"I need a toy causal dataset with a known treatment effect of 2.5, confounded by age, for testing estimators.",
"Build a semi-synthetic benchmark: have the language model propose functional forms for the edges smoking -> tar -> cancer, then generate data.",
"Sample a dataset from a structural causal model with an instrument Z -> T -> Y and a hidden confounder of T and Y.",
"Make me synthetic data following the graph A -> M -> Y, A -> Y, where you pick the equations yourself (no LLM).",
"Generate a collider benchmark: X -> C <- Y with 500 observations and a logistic link for C."]
for t in G: q(None,t,"generate")

# validate
for it in Q:
    e=it["expected"]
    if it["dataset"]!="none":
        cols=D[it["dataset"]]["columns"]
        for r in ["treatment","outcome","mediator"]:
            assert e[r] is None or e[r] in cols,(it["question"],e[r])
        for c in e.get("covariates",[]): assert c in cols,(it["question"],c)
        if "instrument" in e: assert e["instrument"] in cols
        for c,v in e.get("at",{}).items():
            t=cols[c]["type"]; assert c in cols
            if t=="categorical": assert v in cols[c]["values"],(c,v)
            else: assert isinstance(v,(int,float)) and t in("numeric","binary"),(c,v)
    if e["kind"] in("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
for n,dd in D.items(): assert 13<=len(dd["columns"])<=18,n
random.Random(7901).shuffle(Q)
json.dump(D,open(f"{OUT}/datasets.json","w"),indent=1)
with open(f"{OUT}/questions.jsonl","w") as f:
    for it in Q: f.write(json.dumps(it)+"\n")
kc=collections.Counter(i["expected"]["kind"] for i in Q)
mc=collections.Counter(k for i in Q for k in i["expected"] if k in("covariates","instrument","estimand","at","clarify"))
nodat=sum(1 for i in Q if i["dataset"]=="none")
date=subprocess.check_output(["date","-u","+%Y-%m-%dT%H:%M:%SZ"]).decode().strip()
readme=f"""# Held-out question set h79

- Author tag: **h79** (data writer), written {date} (UTC)
- split: `test`, origin: `heldout79`, shuffled with `random.Random(7901).shuffle`
- Generator: `gen.py` (plain python3)

## Domains / datasets (15)
{chr(10).join('- `'+n+'` ('+str(len(d['columns']))+' cols): '+d['description'] for n,d in D.items())}

Naming styles: snake_case cryptic (pool, framing, irrigation, culvert, meter), camelCase (tyre, piano, stevedore, postal),
UPPER_CASE (muffler, solar, container), plain words (auto body, wind turbine, rail yard). Every dataset has an id column,
baseline/follow-up pairs, parallel windows and near-synonym (v2/adj) distractors.

## Counts
Total questions: {len(Q)} ({nodat} with dataset "none")

By kind: {', '.join(f'{k}={v}' for k,v in sorted(kc.items()))}

By modifier: {', '.join(f'{k}={v}' for k,v in sorted(mc.items()))}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names or null; null for discover/unsupported/relation/generate.
- Where a question names no version of a baseline/follow-up pair, the follow-up (post/after/2y/12m) column is the outcome.
- `clarify: true` when the outcome/treatment is ambiguous between parallel windows (30d/90d, 6mo/12mo, 1y/3y) or near-synonym
  versions (score/score_v2, dwell/dwell_adj), when the named variable is absent from the data (role null), or when the
  direction between two variables is unstated (both null). Other resolvable roles are filled.
- `covariates` only when the question explicitly says adjust/control/hold fixed; mentioning "confounding" alone adds none.
- `estimand`: `att` for "among those who got / were treated", `atc` for "those that did not / skipped".
- `at`: subgroup or value conditions; numbers for numeric/binary (binary subgroup = 1), level strings for categoricals.
  "How does the effect vary / where is it largest" = cate without `at`.
- `instrument` only where a column is explicitly called an instrument.
- policy: treatment = action column, outcome = goal column.
- audit: treatment = attribute as short phrase, outcome = shortest noun phrase for the decision, as written in the question.
"""
open(f"{OUT}/README.md","w").write(readme)
print(len(Q),dict(kc),dict(mc))
