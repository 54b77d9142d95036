import json, random
OUT="/work/h15out"
DS={}; Q=[]
def ds(name, desc, cols):
    DS[name]={"description":desc,"columns":{c:{"type":t,"values":v} for c,t,v in cols}}
cur=[None]
def q(text, kind, T=None, Y=None, M=None, **kw):
    e={"kind":kind,"treatment":T,"outcome":Y,"mediator":M}
    e.update(kw)
    d=cur[0]
    Q.append({"question":text,"dataset":d if d else "none",
              "columns":list(DS[d]["columns"]) if d else None,
              "split":"test","origin":"heldout15","expected":e})
B=[0,1]
# 1 sickle cell
ds("h15_sickle_cell_clinic","Paediatric and adult sickle cell disease clinic registry, one row per patient with 12/24-month follow-up.",[
("pt_id","id",["SC0001","SC0002","SC0003"]),("age_yr","numeric",[7,16,34]),("sex","categorical",["F","M"]),
("hbss_genotype","categorical",["HbSS","HbSC","HbSbeta0","HbSbeta+"]),("hu_rx","binary",B),("hu_dose_mgkg","numeric",[0,20,30]),
("hbf_pct_bl","numeric",[6.2,9.8,14.1]),("hbf_pct_12m","numeric",[8.5,17.3,22.0]),("hb_gdl_bl","numeric",[7.4,8.1,9.0]),
("hb_gdl_12m","numeric",[7.9,8.8,9.6]),("voc_cnt_12m","numeric",[0,2,5]),("acs_ep","binary",B),("transf_chronic","binary",B),
("ed_visits_12m","numeric",[0,3,7]),("ed_visits_24m","numeric",[1,5,12]),("l_glut_rx","binary",B),
("insur_type","categorical",["medicaid","private","uninsured"]),("enroll_dt","date",["2019-03-02","2020-07-15","2021-11-30"])])
cur[0]="h15_sickle_cell_clinic"
q("Estimate the average treatment effect of hydroxyurea (`hu_rx`) on vaso-occlusive crisis count (`voc_cnt_12m`), adjusting for `age_yr` and `hbss_genotype`.","ate","hu_rx","voc_cnt_12m",covariates=["age_yr","hbss_genotype"])
q("Do kids on hydroxyurea end up with more fetal haemoglobin a year later, or is that just down to who gets prescribed it?","ate","hu_rx","hbf_pct_12m")
q("ate l_glut_rx -> voc_cnt_12m adj insur_type","ate","l_glut_rx","voc_cnt_12m",covariates=["insur_type"])
q("Is the number of pain crises reduced by chronic transfusion therapy?","ate","transf_chronic","voc_cnt_12m")
q("Does being on a regular blood-transfusion programme lower the chance of acute chest syndrome?","ate","transf_chronic","acs_ep")
q("effect of hu dose (mg/kg) on hb at 12 months, control for baseline hb","ate","hu_dose_mgkg","hb_gdl_12m",covariates=["hb_gdl_bl"])
q("How much does L-glutamine change emergency department use?","ate","l_glut_rx",None,clarify=True)
q("What is the effect of hydroxyurea on stroke risk in these patients?","ate","hu_rx",None,clarify=True)
q("For patients who actually received hydroxyurea, what did it do to their haemoglobin?","ate","hu_rx","hb_gdl_12m",estimand="att")
q("What's the effect of hydroxyurea on crisis count among HbSC patients?","cate","hu_rx","voc_cnt_12m",at={"hbss_genotype":"HbSC"})
q("Does the benefit of `hu_rx` on `acs_ep` differ by `age_yr`? For whom is it largest?","cate","hu_rx","acs_ep")
q("effect of l-glutamine on 24-month ED visits for 18 year olds","cate","l_glut_rx","ed_visits_24m",at={"age_yr":18})
q("Under the condition that the patient is uninsured, how much does hydroxyurea raise HbF?","cate","hu_rx","hbf_pct_12m",at={"insur_type":"uninsured"})
q("Which patients should be started on hydroxyurea (`hu_rx`) to minimise `voc_cnt_12m`?","policy","hu_rx","voc_cnt_12m")
q("Build a targeting rule for chronic transfusion (`transf_chronic`) that cuts acute chest syndrome episodes (`acs_ep`).","policy","transf_chronic","acs_ep")
q("who to prescribe l-glutamine to so ED visits over 12m drop","policy","l_glut_rx","ed_visits_12m")
q("Hydroxyurea is thought to work by boosting fetal haemoglobin, which then stops cells sickling and prevents pain crises. How much of the effect of `hu_rx` on `voc_cnt_12m` runs through `hbf_pct_12m`?","mediation","hu_rx","voc_cnt_12m","hbf_pct_12m")
q("direct vs indirect effect of transfusion on ACS via total hemoglobin at 12m","mediation","transf_chronic","acs_ep","hb_gdl_12m")
q("Learn the causal structure among the variables in the sickle cell clinic data (hu_rx, hbf_pct_12m, hb_gdl_12m, voc_cnt_12m, acs_ep, ...).","discover")
q("Plot the distribution of hbf_pct_bl by genotype.","unsupported")

# 2 quarries
ds("h15_stone_quarries","Dimension-stone and aggregate quarries, site-level operations, dust and safety metrics.",[
("QUARRY_ID","id",["Q-101","Q-102","Q-103"]),("REGION","categorical",["NORTH","SOUTH","EAST","WEST"]),
("ROCK_TYPE","categorical",["granite","limestone","sandstone","slate"]),("BLAST_PATTERN_NEW","binary",B),("WET_DRILL","binary",B),
("SAFETY_AUDIT","binary",B),("DUST_PM10_PRE","numeric",[48.0,71.5,90.2]),("DUST_PM10_POST","numeric",[35.1,60.0,82.4]),
("OUTPUT_KT_Q1","numeric",[12.5,40.3,88.0]),("OUTPUT_KT_Q4","numeric",[14.0,42.8,91.6]),("CREW_SIZE","numeric",[8,22,45]),
("INJ_RATE_2022","numeric",[1.2,3.4,6.8]),("INJ_RATE_2023","numeric",[0.9,2.7,5.5]),("FUEL_COST_GBP","numeric",[18000,52000,130000]),
("CRUSHER_AGE_YRS","numeric",[3,11,24]),("COMPLAINTS_NBR","numeric",[0,4,19]),("COMPLAINTS_NBR_V2","numeric",[0,3,17]),
("PERMIT_DT","date",["2008-05-01","2014-09-12","2019-02-28"])])
cur[0]="h15_stone_quarries"
q("Average effect of `WET_DRILL` on `DUST_PM10_POST`, controlling for `ROCK_TYPE` and `DUST_PM10_PRE`.","ate","WET_DRILL","DUST_PM10_POST",covariates=["ROCK_TYPE","DUST_PM10_PRE"])
q("Does switching to the new blasting pattern actually increase quarterly output, or do the bigger quarries just adopt it?","ate","BLAST_PATTERN_NEW","OUTPUT_KT_Q4")
q("Is the injury rate (`INJ_RATE_2023`) lowered by having a safety audit (`SAFETY_AUDIT`)?","ate","SAFETY_AUDIT","INJ_RATE_2023")
q("ATE of wet drilling on neighbour complaints","ate","WET_DRILL",None,clarify=True)
q("ate BLAST_PATTERN_NEW -> FUEL_COST_GBP","ate","BLAST_PATTERN_NEW","FUEL_COST_GBP")
q("how much do dust levels change when quarries use water-suppressed drilling, among the quarries that did it","ate","WET_DRILL","DUST_PM10_POST",estimand="att")
q("effect of crew size on 2023 injury rate, adjust for REGION","ate","CREW_SIZE","INJ_RATE_2023",covariates=["REGION"])
q("Would quarries that never had an audit have seen fewer injuries if they had been audited?","ate","SAFETY_AUDIT","INJ_RATE_2023",estimand="atc")
q("Effect of the new blast pattern on Q4 tonnage in granite quarries","cate","BLAST_PATTERN_NEW","OUTPUT_KT_Q4",at={"ROCK_TYPE":"granite"})
q("When crushers are 15 years old, how does wet drilling affect PM10?","cate","WET_DRILL","DUST_PM10_POST",at={"CRUSHER_AGE_YRS":15})
q("How does the effect of `SAFETY_AUDIT` on `INJ_RATE_2023` vary across regions?","cate","SAFETY_AUDIT","INJ_RATE_2023")
q("among limestone pits in the NORTH region, does wet drilling cut airborne dust?","cate","WET_DRILL","DUST_PM10_POST",at={"ROCK_TYPE":"limestone","REGION":"NORTH"})
q("Which quarries should get a safety audit first to bring injury rates down the most?","policy","SAFETY_AUDIT","INJ_RATE_2023")
q("Propose an allocation rule for wet-drilling rigs across quarries to minimise PM10 dust.","policy","WET_DRILL","DUST_PM10_POST")
q("where to roll out BLAST_PATTERN_NEW to max OUTPUT_KT_Q4","policy","BLAST_PATTERN_NEW","OUTPUT_KT_Q4")
q("Does wet drilling reduce the revised complaint count (`COMPLAINTS_NBR_V2`) mainly because it cuts dust (`DUST_PM10_POST`)? Split direct and indirect.","mediation","WET_DRILL","COMPLAINTS_NBR_V2","DUST_PM10_POST")
q("Decompose the `SAFETY_AUDIT` effect on `OUTPUT_KT_Q4` into a direct part and a part through `INJ_RATE_2023`.","mediation","SAFETY_AUDIT","OUTPUT_KT_Q4","INJ_RATE_2023")
q("The new blast pattern seems to save fuel by producing more tonnage per blast; what share of its effect on fuel cost flows via Q4 output?","mediation","BLAST_PATTERN_NEW","FUEL_COST_GBP","OUTPUT_KT_Q4")
q("Which of these quarry measurements drive which? Recover the dependency structure.","discover")
q("Write a SQL query returning mean OUTPUT_KT_Q4 per REGION.","unsupported")

# 3 pet sitting
ds("h15_petsit_app","Pet-sitting marketplace app, one row per pet-owner account with engagement and churn metrics.",[
("userId","id",["u_88121","u_90213","u_91877"]),("signupDate","date",["2022-01-09","2023-04-22","2023-10-03"]),
("cityTier","categorical",["tier1","tier2","tier3"]),("petType","categorical",["dog","cat","other"]),("sitterVerified","binary",B),
("instantBookOn","binary",B),("discountCodeUsed","binary",B),("pushNotifsOn","binary",B),("bookingsPerMo","numeric",[0.5,2.0,4.5]),
("bookingsPerMoV2","numeric",[0.4,1.8,4.7]),("avgRatingPre","numeric",[3.9,4.5,4.9]),("avgRatingPost","numeric",[4.0,4.6,5.0]),
("churned30d","binary",B),("churned90d","binary",B),("msgResponseMins","numeric",[4,25,180]),("repeatBooker","binary",B),
("priceQuoteUsd","numeric",[25,40,75])])
cur[0]="h15_petsit_app"
q("What is the ATE of `instantBookOn` on `bookingsPerMo`?","ate","instantBookOn","bookingsPerMo")
q("Does using a discount code make owners more likely to leave within 90 days?","ate","discountCodeUsed","churned90d")
q("does turning on instant book affect churn","ate","instantBookOn",None,clarify=True)
q("Do verified sitters end up with better ratings afterwards, or is that confounding by city?","ate","sitterVerified","avgRatingPost")
q("Is 30-day churn lowered by push notifications, controlling for `cityTier` and `petType`?","ate","pushNotifsOn","churned30d",covariates=["cityTier","petType"])
q("how much faster do sitters reply when instant booking is switched on","ate","instantBookOn","msgResponseMins")
q("ate discount code -> repeat booker, for those who used it","ate","discountCodeUsed","repeatBooker",estimand="att")
q("Effect of push notifications on 90-day churn among cat owners","cate","pushNotifsOn","churned90d",at={"petType":"cat"})
q("When the quoted price is $40, what does a discount code do to monthly bookings (`bookingsPerMoV2`)?","cate","discountCodeUsed","bookingsPerMoV2",at={"priceQuoteUsd":40})
q("For which users does instant booking increase the odds of becoming a repeat customer the most?","cate","instantBookOn","repeatBooker")
q("impact of sitter verification on ratings in tier3 cities","cate","sitterVerified","avgRatingPost",at={"cityTier":"tier3"})
q("Who should we send discount codes to in order to minimise 90-day churn?","policy","discountCodeUsed","churned90d")
q("Targeting rule: which users get push notifications on by default to maximise `bookingsPerMo`?","policy","pushNotifsOn","bookingsPerMo")
q("Which owners should be shown instant book to drive repeat bookings?","policy","instantBookOn","repeatBooker")
q("Instant book seems to reduce churn (`churned90d`) because sitters respond faster (`msgResponseMins`). What share of the effect is mediated?","mediation","instantBookOn","churned90d","msgResponseMins")
q("Does verification lift repeat bookings through higher post-period ratings, or directly?","mediation","sitterVerified","repeatBooker","avgRatingPost")
q("discover causal graph for the petsit data","discover")
q("Forecast bookingsPerMo for next quarter.","unsupported")

# 4 camel dairies
ds("h15_camel_dairies","Camel dairy farms in the Gulf region, farm-level husbandry practices and milk outcomes.",[
("dairy","id",["D01","D02","D03"]),("region","categorical",["coastal","inland","oasis"]),
("breed","categorical",["Majaheem","Sofor","Wadah","Hamra"]),("herd","numeric",[40,120,600]),("supplement","binary",B),
("machine","binary",B),("shade","binary",B),("vaccinated","binary",B),("water","numeric",[30,55,80]),("temperature","numeric",[28,38,47]),
("yield_before","numeric",[4.1,6.0,8.2]),("yield_after","numeric",[4.5,6.6,9.0]),("fat","numeric",[2.6,3.2,4.1]),
("fat_revised","numeric",[2.7,3.3,4.0]),("mastitis_spring","numeric",[0.02,0.08,0.15]),("mastitis_summer","numeric",[0.04,0.12,0.25]),
("price","numeric",[18,24,35]),("opened","date",["2005-06-01","2012-03-15","2018-11-20"])])
cur[0]="h15_camel_dairies"
q("Does feed supplementation (`supplement`) raise milk yield (`yield_after`)?","ate","supplement","yield_after")
q("average effect of machine on yield_after adjusting for herd and breed","ate","machine","yield_after",covariates=["herd","breed"])
q("Is udder infection in the hot season less common at dairies that put up shade?","ate","shade","mastitis_summer")
q("ate vaccinated -> mastitis","ate","vaccinated",None,clarify=True)
q("Do camels given more drinking water per head produce fattier milk? Use the revised fat measure.","ate","water","fat_revised")
q("Does machine milking change the farm-gate price the dairies get?","ate","machine","price")
q("Effect of supplements on butterfat (`fat`), controlling for `region`","ate","supplement","fat",covariates=["region"])
q("For dairies that didn't adopt machine milking, how much would yield have changed had they done so?","ate","machine","yield_after",estimand="atc")
q("Effect of shade structures on summer mastitis at 45 degrees","cate","shade","mastitis_summer",at={"temperature":45})
q("supplement effect on yield among oasis dairies","cate","supplement","yield_after",at={"region":"oasis"})
q("Does the yield benefit of machine milking vary with herd size?","cate","machine","yield_after")
q("Effect of vaccination on spring mastitis for Majaheem camels","cate","vaccinated","mastitis_spring",at={"breed":"Majaheem"})
q("Which dairies should receive subsidised shade structures to cut summer mastitis?","policy","shade","mastitis_summer")
q("rule for allocating feed supplement across farms to maximise yield","policy","supplement","yield_after")
q("Machine milking might boost yield partly by lowering summer mastitis. Separate the direct and the mastitis-mediated parts.","mediation","machine","yield_after","mastitis_summer")
q("How much of the supplement's effect on `price` goes through fat content (`fat_revised`)?","mediation","supplement","price","fat_revised")
q("Vaccination cuts spring mastitis, which in turn lifts milk output. Quantify that indirect path.","mediation","vaccinated","yield_after","mastitis_spring")
q("What causes what among herd, water, temperature, yield and fat? Work it out from the data.","discover")
q("Which variables in the camel dairy set are causal parents of milk yield? Estimate the structure.","discover")

# 5 rowing clubs
ds("h15_rowing_clubs","Rowing clubs across four countries, club-level training programmes and performance.",[
("club_id","id",["RC-01","RC-02","RC-03"]),("country","categorical",["UK","US","AU","NL"]),
("coach_lvl","categorical",["level1","level2","level3"]),("erg_prog","binary",B),("strength_trn","binary",B),("video_fb","binary",B),
("members_n","numeric",[35,120,410]),("erg2k_s_pre","numeric",[405,430,470]),("erg2k_s_post","numeric",[398,421,462]),
("regatta_wins","numeric",[0,3,11]),("injury_cnt","numeric",[0,4,13]),("budget_k","numeric",[20,85,400]),("boat_age_yr","numeric",[2,10,25]),
("water_hrs_wk","numeric",[3,7,14]),("retention_1y","numeric",[0.55,0.72,0.9]),("retention_2y","numeric",[0.4,0.6,0.81]),
("founded_dt","date",["1862-04-01","1954-09-10","2003-03-21"])])
cur[0]="h15_rowing_clubs"
q("Does a structured erg programme (erg_prog) lower end-of-season 2k erg times (erg2k_s_post)?","ate","erg_prog","erg2k_s_post")
q("ATE of strength_trn on injury_cnt adj water_hrs_wk, coach_lvl","ate","strength_trn","injury_cnt",covariates=["water_hrs_wk","coach_lvl"])
q("is member retention improved by video feedback?","ate","video_fb",None,clarify=True)
q("Do clubs that do gym work win more regattas?","ate","strength_trn","regatta_wins")
q("Effect of hours on the water per week on 2k times, adjusting for the baseline erg score","ate","water_hrs_wk","erg2k_s_post",covariates=["erg2k_s_pre"])
q("How much did the erg programme change one-year retention among the clubs that ran it?","ate","erg_prog","retention_1y",estimand="att")
q("Does club budget (in thousands) causally affect regatta wins once you account for membership size?","ate","budget_k","regatta_wins",covariates=["members_n"])
q("Estimate the causal effect of video feedback (`video_fb`) on post-season 2k time (`erg2k_s_post`).","ate","video_fb","erg2k_s_post")
q("Erg programme effect on 2k time for clubs with level3 coaches","cate","erg_prog","erg2k_s_post",at={"coach_lvl":"level3"})
q("In Dutch clubs, does strength training cut injuries?","cate","strength_trn","injury_cnt",at={"country":"NL"})
q("How does the effect of video feedback on two-year retention vary by club size?","cate","video_fb","retention_2y")
q("under the condition that boats are 10 years old, what is the effect of the erg programme on regatta wins?","cate","erg_prog","regatta_wins",at={"boat_age_yr":10})
q("Which clubs should adopt strength training to minimise injuries?","policy","strength_trn","injury_cnt")
q("Where should the federation fund erg programmes to get the biggest drop in 2k times?","policy","erg_prog","erg2k_s_post")
q("targeting: which clubs get video feedback kits to maximise retention_2y","policy","video_fb","retention_2y")
q("Strength training works by letting crews put in more hours on the water, which then wins regattas. How much of the effect goes via `water_hrs_wk`?","mediation","strength_trn","regatta_wins","water_hrs_wk")
q("erg_prog -> regatta_wins mediated by erg2k_s_post: direct and indirect effects","mediation","erg_prog","regatta_wins","erg2k_s_post")
q("Discover the causal structure among the rowing club variables.","discover")
q("which club factors influence which others? want the full web of cause and effect, not one effect","discover")
q("What's the median members_n by country?","unsupported")

# 6 CF clinic
ds("h15_cf_clinic","Cystic fibrosis centre registry, one row per patient with baseline and 12-month lung function.",[
("pid","id",["CF-0012","CF-0047","CF-0103"]),("age","numeric",[8,19,37]),("sex","categorical",["F","M"]),
("genotype","categorical",["F508del_homo","F508del_het","other"]),("eti_rx","binary",B),("hts_neb","binary",B),("airway_clr","binary",B),
("fev1_pp_bl","numeric",[52,74,98]),("fev1_pp_12m","numeric",[58,81,101]),("fvc_pp_bl","numeric",[70,85,104]),("fvc_pp_12m","numeric",[73,89,106]),
("bmi_z","numeric",[-1.2,-0.3,0.6]),("pa_pos","binary",B),("pex_cnt","numeric",[0,1,4]),("sweat_cl","numeric",[38,72,105]),
("hosp_days","numeric",[0,6,21]),("cfrd","binary",B),("visit_dt","date",["2021-02-11","2022-06-30","2023-09-05"])])
cur[0]="h15_cf_clinic"
q("Estimate the effect of elexacaftor/tezacaftor/ivacaftor (`eti_rx`) on `fev1_pp_12m`, adjusting for `fev1_pp_bl` and `age`.","ate","eti_rx","fev1_pp_12m",covariates=["fev1_pp_bl","age"])
q("Does nebulised hypertonic saline (hts_neb) cut down on pulmonary exacerbations (pex_cnt)?","ate","hts_neb","pex_cnt")
q("Effect of modulator therapy on lung function percent predicted","ate","eti_rx",None,clarify=True)
q("Is sweat chloride lowered by the triple-combination modulator?","ate","eti_rx","sweat_cl")
q("ate airway_clr on hosp_days","ate","airway_clr","hosp_days")
q("Does ETI help people put on weight?","ate","eti_rx","bmi_z")
q("Among patients who received hypertonic saline, what was its effect on FEV1 at one year?","ate","hts_neb","fev1_pp_12m",estimand="att")
q("Does Pseudomonas colonisation cause more days in hospital? adjust for age and genotype","ate","pa_pos","hosp_days",covariates=["age","genotype"])
q("Does ETI improve quality of life scores?","ate","eti_rx",None,clarify=True)
q("Conditional effect of `eti_rx` on `fev1_pp_12m` in the subgroup `genotype` = F508del_het","cate","eti_rx","fev1_pp_12m",at={"genotype":"F508del_het"})
q("effect of airway clearance on exacerbations for 12-year-olds","cate","airway_clr","pex_cnt",at={"age":12})
q("Which patients benefit most from hypertonic saline in terms of FVC?","cate","hts_neb","fvc_pp_12m")
q("Among those with CF-related diabetes, does ETI change BMI z-score?","cate","eti_rx","bmi_z",at={"cfrd":1})
q("Who should be prioritised for ETI to maximise FEV1 at 12 months?","policy","eti_rx","fev1_pp_12m")
q("Learn a treatment rule for hypertonic saline (`hts_neb`) that minimises `hosp_days`.","policy","hts_neb","hosp_days")
q("ETI lowers sweat chloride, which then improves FEV1 at 12m. What fraction of the effect is mediated by sweat_cl?","mediation","eti_rx","fev1_pp_12m","sweat_cl")
q("Does airway clearance reduce hospital days through fewer exacerbations, or directly?","mediation","airway_clr","hosp_days","pex_cnt")
q("Modulators might lift FEV1 by improving nutrition (bmi_z). Split the effect into direct and indirect.","mediation","eti_rx","fev1_pp_12m","bmi_z")
q("Find the causal structure among lung function, nutrition, infection and treatments in the CF clinic data.","discover")
q("Impute the missing fev1_pp_bl values.","unsupported")

# 7 ferries
ds("h15_ferry_routes","Passenger ferry routes operated by three companies, route-level ridership, punctuality and fuel.",[
("ROUTE_ID","id",["FR-001","FR-014","FR-027"]),("OPERATOR","categorical",["Nordline","IslaFerries","BlueWake"]),
("SEA_AREA","categorical",["baltic","north_sea","irish_sea","adriatic"]),("VESSEL_CLASS","categorical",["ropax","fast_craft","small_pax"]),
("DYN_PRICING","binary",B),("NEW_TIMETABLE","binary",B),("HYBRID_PROP","binary",B),("ROUTE_NM","numeric",[4.5,22,96]),
("PAX_WKDY","numeric",[310,1450,5200]),("PAX_WKND","numeric",[520,2100,7800]),("ONTIME_PCT","numeric",[78,89,97]),
("ONTIME_PCT_V2","numeric",[75,88,96]),("FUEL_T_WK","numeric",[8,45,210]),("FARE_AVG_EUR","numeric",[6.5,19,48]),
("CANCEL_RATE","numeric",[0.01,0.04,0.12]),("WAVE_HT_M","numeric",[0.4,1.3,3.1]),("SAT_SCORE","numeric",[6.1,7.4,8.6])])
cur[0]="h15_ferry_routes"
q("What's the average effect of `DYN_PRICING` on `FARE_AVG_EUR`?","ate","DYN_PRICING","FARE_AVG_EUR")
q("Does dynamic pricing change how many people travel?","ate","DYN_PRICING",None,clarify=True)
q("Do hybrid-propulsion vessels burn less fuel per week, holding route length fixed?","ate","HYBRID_PROP","FUEL_T_WK",covariates=["ROUTE_NM"])
q("Is punctuality improved by the new timetable?","ate","NEW_TIMETABLE",None,clarify=True)
q("ate NEW_TIMETABLE -> SAT_SCORE, adj VESSEL_CLASS, SEA_AREA","ate","NEW_TIMETABLE","SAT_SCORE",covariates=["VESSEL_CLASS","SEA_AREA"])
q("Does surge-style fare setting bring more passengers on Saturdays and Sundays?","ate","DYN_PRICING","PAX_WKND")
q("Does rough sea state cause sailings to be cancelled, or is it something about the routes?","ate","WAVE_HT_M","CANCEL_RATE")
q("On routes that adopted the new timetable, how much did `ONTIME_PCT_V2` move?","ate","NEW_TIMETABLE","ONTIME_PCT_V2",estimand="att")
q("Estimate the conditional effect of `HYBRID_PROP` on `FUEL_T_WK` for `VESSEL_CLASS` = fast_craft.","cate","HYBRID_PROP","FUEL_T_WK",at={"VESSEL_CLASS":"fast_craft"})
q("dynamic pricing effect on weekday ridership in the baltic","cate","DYN_PRICING","PAX_WKDY",at={"SEA_AREA":"baltic"})
q("When waves are 2 m, does the new timetable reduce cancellations?","cate","NEW_TIMETABLE","CANCEL_RATE",at={"WAVE_HT_M":2})
q("How does the effect of `DYN_PRICING` on `SAT_SCORE` vary across operators?","cate","DYN_PRICING","SAT_SCORE")
q("Which routes should switch to dynamic pricing to maximise weekday passengers?","policy","DYN_PRICING","PAX_WKDY")
q("Which vessels should be retrofitted with hybrid propulsion to minimise fuel burn?","policy","HYBRID_PROP","FUEL_T_WK")
q("policy: NEW_TIMETABLE targeting for max SAT_SCORE","policy","NEW_TIMETABLE","SAT_SCORE")
q("The new timetable may raise satisfaction mainly because boats run on time (`ONTIME_PCT`). Decompose the effect.","mediation","NEW_TIMETABLE","SAT_SCORE","ONTIME_PCT")
q("dynamic pricing -> fares -> satisfaction: how much of `DYN_PRICING`'s effect on `SAT_SCORE` is via `FARE_AVG_EUR`?","mediation","DYN_PRICING","SAT_SCORE","FARE_AVG_EUR")
q("Infer the causal graph over the ferry route variables.","discover")
q("hi there, can you help me with my ferry data?","unsupported")

# 8 vinyl
ds("h15_vinyl_plants","Vinyl record pressing plants, plant-level process changes, quality and throughput.",[
("plantId","id",["VP-07","VP-12","VP-31"]),("country","categorical",["US","DE","CZ","JP"]),
("pressType","categorical",["manual","semiAuto","automatic"]),("bioPvc","binary",B),("steamRetrofit","binary",B),("nightShift","binary",B),
("qcCamera","binary",B),("crewCount","numeric",[6,18,60]),("recordsPerDay","numeric",[900,4200,22000]),("defectRatePre","numeric",[0.02,0.05,0.11]),
("defectRatePost","numeric",[0.015,0.04,0.1]),("energyKwhPerUnit","numeric",[0.6,1.1,1.9]),("returnRate30d","numeric",[0.005,0.02,0.06]),
("returnRate90d","numeric",[0.01,0.03,0.09]),("leadTimeDays","numeric",[21,60,150]),("orderBacklog","numeric",[800,5000,40000]),
("openDate","date",["1948-01-01","2016-05-20","2021-08-09"])])
cur[0]="h15_vinyl_plants"
q("ATE of `steamRetrofit` on `energyKwhPerUnit`.","ate","steamRetrofit","energyKwhPerUnit")
q("Do automated camera inspections cut the defect rate?","ate","qcCamera","defectRatePost")
q("Does switching to bio-PVC compound increase the share of records sent back?","ate","bioPvc",None,clarify=True)
q("Does running a night shift shorten lead times, controlling for `orderBacklog` and `crewCount`?","ate","nightShift","leadTimeDays",covariates=["orderBacklog","crewCount"])
q("effect of bioPvc on defectRatePost adj defectRatePre","ate","bioPvc","defectRatePost",covariates=["defectRatePre"])
q("are more records pressed per day because of the steam retrofit, or were those plants busier anyway?","ate","steamRetrofit","recordsPerDay")
q("For plants that never installed a QC camera, what would the camera have done to 90-day returns?","ate","qcCamera","returnRate90d",estimand="atc")
q("Estimate the causal effect between `orderBacklog` and `leadTimeDays`.","ate",None,None,clarify=True)
q("Steam retrofit effect on energy per record for manual presses","cate","steamRetrofit","energyKwhPerUnit",at={"pressType":"manual"})
q("qc camera effect on 30-day return rate in czech plants","cate","qcCamera","returnRate30d",at={"country":"CZ"})
q("Does the effect of night shifts on defect rate depend on how big the crew is?","cate","nightShift","defectRatePost")
q("When the backlog is 5000 orders, how does a night shift change lead time?","cate","nightShift","leadTimeDays",at={"orderBacklog":5000})
q("Which plants should get QC cameras (`qcCamera`) to minimise post-period defect rates (`defectRatePost`)?","policy","qcCamera","defectRatePost")
q("Which pressing plants should adopt night shifts to shorten lead time the most?","policy","nightShift","leadTimeDays")
q("allocate steam retrofits to minimise kwh per unit","policy","steamRetrofit","energyKwhPerUnit")
q("QC cameras reduce 90-day returns by catching faulty pressings (`defectRatePost`). What is the indirect share?","mediation","qcCamera","returnRate90d","defectRatePost")
q("Night shifts cut lead time: is it because more records get pressed per day, or a direct effect?","mediation","nightShift","leadTimeDays","recordsPerDay")
q("What is the causal structure of the pressing plant variables?","discover")
q("map out which pressing-plant factors directly drive which, from observational data only","discover")
q("Summarise recordsPerDay by country with mean and sd.","unsupported")

# 9 allotments
ds("h15_allotments","Council allotment garden plots in four UK cities, plot-level practices and harvests.",[
("plot","id",["LDS-014","BRS-203","GLA-077"]),("council","categorical",["Leeds","Bristol","Glasgow","Norwich"]),
("soil","categorical",["clay","loam","sandy","chalk"]),("size","numeric",[125,250,500]),("mulch","binary",B),("raised","binary",B),
("water_butt","binary",B),("compost","numeric",[0,80,300]),("hours","numeric",[2,6,15]),("harvest","numeric",[40,150,420]),
("harvest_last_year","numeric",[35,140,400]),("slugs","numeric",[3,20,75]),("slug_damage","numeric",[0.05,0.2,0.6]),
("tenure","numeric",[1,6,30]),("rent","numeric",[30,60,110]),("started","date",["1994-04-01","2015-03-01","2022-10-01"])])
cur[0]="h15_allotments"
q("Does mulching increase how much people harvest?","ate","mulch","harvest")
q("ate raised beds on harvest, adj soil and size","ate","raised","harvest",covariates=["soil","size"])
q("Are slugs less of a problem on plots with raised beds?","ate","raised",None,clarify=True)
q("Does putting more hours into the plot raise the harvest, accounting for last year's harvest?","ate","hours","harvest",covariates=["harvest_last_year"])
q("How much does adding compost (kg) change the crop weight gathered?","ate","compost","harvest")
q("Effect of water butts on harvest for the plot holders who installed them","ate","water_butt","harvest",estimand="att")
q("Do pricier plots get kept for less time? i.e. does `rent` affect `tenure`","ate","rent","tenure")
q("Is slug damage driven by mulching, or is that confounded by soil type? control for soil","ate","mulch","slug_damage",covariates=["soil"])
q("What effect does mulching have on weed cover?","ate","mulch",None,clarify=True)
q("Effect of raised beds (`raised`) on `harvest` where `soil` is clay","cate","raised","harvest",at={"soil":"clay"})
q("for 250 square metre plots, what does mulching do to yield?","cate","mulch","harvest",at={"size":250})
q("In Glasgow, do water butts boost crops?","cate","water_butt","harvest",at={"council":"Glasgow"})
q("Which plot holders gain most from compost?","cate","compost","harvest")
q("Which plots should the council give free raised beds to so that harvests rise most?","policy","raised","harvest")
q("target mulch deliveries to minimise slug_damage","policy","mulch","slug_damage")
q("Raised beds might only help because people spend more time on them. How much of `raised`'s effect on `harvest` goes through `hours`?","mediation","raised","harvest","hours")
q("mulch -> slugs -> harvest: indirect effect via slug numbers","mediation","mulch","harvest","slugs")
q("Figure out which allotment factors cause which.","discover")
q("Clean the council column, there are inconsistent spellings.","unsupported")

# 10 plough depots
ds("h15_plough_depots","Municipal snow-plough depots, winter-season operations, salt use and road outcomes.",[
("DEPOT_ID","id",["DP-01","DP-09","DP-22"]),("DISTRICT_TYPE","categorical",["urban","suburban","rural"]),
("BRINE_PRETREAT","binary",B),("GPS_ROUTING","binary",B),("WING_PLOW","binary",B),("TRUCKS_N","numeric",[6,18,44]),
("DRIVERS_N","numeric",[10,30,85]),("SALT_T_PRE","numeric",[900,2600,7400]),("SALT_T_POST","numeric",[750,2200,6900]),
("CLEAR_HRS","numeric",[3.5,7.0,14.0]),("CLEAR_HRS_V2","numeric",[3.2,6.8,13.1]),("ACCIDENTS_WK","numeric",[2,9,31]),
("COMPLAINTS_311","numeric",[15,120,640]),("SNOWFALL_CM","numeric",[60,150,310]),("OT_HOURS","numeric",[400,2100,7800]),
("TEMP_MIN_C","numeric",[-22,-11,-3]),("SEASON_START","date",["2021-11-15","2022-11-20","2023-11-12"])])
cur[0]="h15_plough_depots"
q("Average effect of `BRINE_PRETREAT` on `SALT_T_POST`, adjusting for `SALT_T_PRE` and `SNOWFALL_CM`.","ate","BRINE_PRETREAT","SALT_T_POST",covariates=["SALT_T_PRE","SNOWFALL_CM"])
q("Does GPS routing make roads get cleared faster?","ate","GPS_ROUTING",None,clarify=True)
q("Do depots that pre-wet roads with brine see fewer crashes?","ate","BRINE_PRETREAT","ACCIDENTS_WK")
q("ate GPS_ROUTING -> OT_HOURS","ate","GPS_ROUTING","OT_HOURS")
q("Is the number of 311 complaints (`COMPLAINTS_311`) reduced by wing plows (`WING_PLOW`)?","ate","WING_PLOW","COMPLAINTS_311")
q("effect of truck count on CLEAR_HRS_V2 controlling for DISTRICT_TYPE","ate","TRUCKS_N","CLEAR_HRS_V2",covariates=["DISTRICT_TYPE"])
q("How much salt did brine pre-treatment save at the depots that adopted it?","ate","BRINE_PRETREAT","SALT_T_POST",estimand="att")
q("Does overtime go down when a depot has more drivers on the roster?","ate","DRIVERS_N","OT_HOURS")
q("Effect of brine pretreatment on accidents when the overnight low is -10C","cate","BRINE_PRETREAT","ACCIDENTS_WK",at={"TEMP_MIN_C":-10})
q("GPS routing effect on overtime in rural districts","cate","GPS_ROUTING","OT_HOURS",at={"DISTRICT_TYPE":"rural"})
q("How does the effect of `WING_PLOW` on `CLEAR_HRS_V2` change with snowfall?","cate","WING_PLOW","CLEAR_HRS_V2")
q("with 30 cm of snow, what does gps routing do to 311 complaints","cate","GPS_ROUTING","COMPLAINTS_311",at={"SNOWFALL_CM":30})
q("Which depots should get GPS routing to minimise overtime hours?","policy","GPS_ROUTING","OT_HOURS")
q("Allocate wing plows to depots so that resident complaints fall.","policy","WING_PLOW","COMPLAINTS_311")
q("who should adopt brine pretreatment so accidents fall the most","policy","BRINE_PRETREAT","ACCIDENTS_WK")
q("GPS routing reduces complaints because streets are cleared faster (`CLEAR_HRS_V2`); how much of the effect is indirect?","mediation","GPS_ROUTING","COMPLAINTS_311","CLEAR_HRS_V2")
q("Does brine reduce overtime via quicker clearance (CLEAR_HRS)? direct vs indirect","mediation","BRINE_PRETREAT","OT_HOURS","CLEAR_HRS")
q("Estimate the causal DAG over the depot variables.","discover")
q("Predict ACCIDENTS_WK for next winter using a regression.","unsupported")

# 11 opera houses
ds("h15_opera_houses","Opera houses, season-level programming, pricing and audience metrics.",[
("house_id","id",["OH-VIE","OH-MIL","OH-LON"]),("ctry","categorical",["IT","DE","AT","UK","FR","US"]),("seat_cap","numeric",[900,1800,3800]),
("genre_mix","categorical",["baroque","romantic","modern","mixed"]),("surtitle_app","binary",B),("youth_tix","binary",B),("star_cast","binary",B),
("new_prod","binary",B),("tix_price_avg","numeric",[45,120,260]),("occ_pct_pre","numeric",[68,84,97]),("occ_pct_post","numeric",[70,87,99]),
("donations_k","numeric",[250,3100,24000]),("subs_renew_1y","numeric",[0.61,0.78,0.9]),("subs_renew_3y","numeric",[0.4,0.57,0.75]),
("mkt_spend_k","numeric",[80,600,3200]),("attend_u30_pct","numeric",[4,11,22]),("season_yr","numeric",[2019,2022,2024])])
cur[0]="h15_opera_houses"
q("What is the average effect of `youth_tix` on `attend_u30_pct`?","ate","youth_tix","attend_u30_pct")
q("Do star-studded casts (`star_cast`) fill more seats, as measured by `occ_pct_post`?","ate","star_cast","occ_pct_post")
q("Does the surtitle app affect subscription renewals?","ate","surtitle_app",None,clarify=True)
q("ate new_prod on donations_k adjusting for seat_cap and ctry","ate","new_prod","donations_k",covariates=["seat_cap","ctry"])
q("Does marketing spend raise occupancy, accounting for occupancy before?","ate","mkt_spend_k","occ_pct_post",covariates=["occ_pct_pre"])
q("Are gifts from patrons increased by hiring famous singers, or is that just confounding?","ate","star_cast","donations_k")
q("Among houses that launched youth tickets, what did it do to 3-year renewals?","ate","youth_tix","subs_renew_3y",estimand="att")
q("Do star casts change what critics write about a production?","ate","star_cast",None,clarify=True)
q("Effect of youth tickets on under-30 attendance for houses programming mostly baroque","cate","youth_tix","attend_u30_pct",at={"genre_mix":"baroque"})
q("At an average ticket price of 120 euros, what does a star cast do to occupancy?","cate","star_cast","occ_pct_post",at={"tix_price_avg":120})
q("in italian houses, does the surtitle app raise occupancy","cate","surtitle_app","occ_pct_post",at={"ctry":"IT"})
q("For which opera houses is the effect of new productions on donations largest?","cate","new_prod","donations_k")
q("Which houses should launch a surtitle app (`surtitle_app`) to maximise one-year renewals (`subs_renew_1y`)?","policy","surtitle_app","subs_renew_1y")
q("Where should youth ticket schemes go to grow the under-30 audience?","policy","youth_tix","attend_u30_pct")
q("Youth tickets raise 3-year renewals by bringing in younger audiences (`attend_u30_pct`). Direct vs indirect?","mediation","youth_tix","subs_renew_3y","attend_u30_pct")
q("Star casts boost donations through fuller houses, quantify the mediated part via occ_pct_post","mediation","star_cast","donations_k","occ_pct_post")
q("New productions seem to pull in more money from donors because they sell more seats. How much of that is the occupancy channel?","mediation","new_prod","donations_k","occ_pct_post")
q("Which variables causally influence which in the opera house data?","discover")
q("Make a bar chart of donations_k by ctry.","unsupported")

# 12 salmon hatcheries
ds("h15_salmon_hatcheries","Salmon hatcheries on four rivers, rearing practices and survival/return outcomes.",[
("hatchery","id",["H-TW1","H-SP2","H-CO3"]),("river","categorical",["Tweed","Spey","Columbia","Fraser"]),
("species","categorical",["atlantic","chinook","coho","sockeye"]),("water_temp","numeric",[6,10,14]),("stocking_density","numeric",[15,30,55]),
("probiotic","binary",B),("uv_filter","binary",B),("predator_net","binary",B),("smolt_weight","numeric",[18,35,60]),
("survival_to_smolt","numeric",[0.6,0.78,0.92]),("survival_to_release","numeric",[0.5,0.7,0.88]),("return_rate","numeric",[0.002,0.01,0.04]),
("return_rate_adj","numeric",[0.003,0.012,0.038]),("lice_count","numeric",[0,3,12]),("disease_outbreak","binary",B),("staff","numeric",[4,12,30]),
("founded","date",["1921-05-01","1978-03-14","2004-09-30"])])
cur[0]="h15_salmon_hatcheries"
q("Quantify the causal effect of the probiotic feed additive (`probiotic`) on `survival_to_smolt`.","ate","probiotic","survival_to_smolt")
q("ATE of `uv_filter` on `disease_outbreak`, adjusting for `water_temp` and `stocking_density`.","ate","uv_filter","disease_outbreak",covariates=["water_temp","stocking_density"])
q("Do predator nets raise survival?","ate","predator_net",None,clarify=True)
q("effect of probiotic on return_rate_adj","ate","probiotic","return_rate_adj")
q("How does crowding the tanks affect sea lice numbers?","ate","stocking_density","lice_count")
q("Does UV filtration make smolts heavier?","ate","uv_filter","smolt_weight")
q("For hatcheries that never installed predator netting, what would it have done to survival to release?","ate","predator_net","survival_to_release",estimand="atc")
q("Is survival to release higher because of UV filters? control for species","ate","uv_filter","survival_to_release",covariates=["species"])
q("Probiotic effect on smolt weight for chinook","cate","probiotic","smolt_weight",at={"species":"chinook"})
q("At 12 °C water temperature, does UV filtering reduce outbreaks?","cate","uv_filter","disease_outbreak",at={"water_temp":12})
q("Effect of predator nets on survival to release on the Spey","cate","predator_net","survival_to_release",at={"river":"Spey"})
q("How does the effect of `stocking_density` on `lice_count` vary by species?","cate","stocking_density","lice_count")
q("Estimate an optimal assignment policy for `probiotic` that maximises `survival_to_smolt`.","policy","probiotic","survival_to_smolt")
q("Decide where to install UV filters to minimise disease outbreaks.","policy","uv_filter","disease_outbreak")
q("targeting rule predator_net -> survival_to_release","policy","predator_net","survival_to_release")
q("Probiotics improve the raw return rate (`return_rate`) because smolts come out bigger (`smolt_weight`). How much is mediated?","mediation","probiotic","return_rate","smolt_weight")
q("uv_filter -> survival_to_smolt via disease_outbreak: direct/indirect","mediation","uv_filter","survival_to_smolt","disease_outbreak")
q("Learn the causal network among hatchery conditions and fish outcomes.","discover")
q("Which hatchery variables sit upstream of return rate? Do structure learning.","discover")

# 13 tenant hotlines
ds("h15_tenant_hotlines","Tenant-rights hotline call records, one row per call with follow-up outcomes.",[
("callId","id",["C-100231","C-100232","C-100233"]),("callDate","date",["2023-01-04","2023-06-18","2024-02-27"]),
("callerAge","numeric",[22,41,68]),("language","categorical",["english","spanish","mandarin","other"]),
("issueType","categorical",["repairs","eviction","deposit","harassment"]),("callbackOffered","binary",B),("legalReferral","binary",B),
("textFollowUp","binary",B),("waitMins","numeric",[1,9,45]),("waitMinsV2","numeric",[1,8,47]),("resolved30d","binary",B),
("resolved90d","binary",B),("evictionFiled","binary",B),("rentBurdenPct","numeric",[25,45,70]),("householdSize","numeric",[1,3,6]),
("satisfactionScore","numeric",[2,4,5]),("priorCalls","numeric",[0,1,5])])
cur[0]="h15_tenant_hotlines"
q("What is the ATE of `legalReferral` on `evictionFiled`?","ate","legalReferral","evictionFiled")
q("Estimate the effect of `callbackOffered` on `resolved30d`.","ate","callbackOffered","resolved30d")
q("does text follow-up help get problems resolved","ate","textFollowUp",None,clarify=True)
q("Are callers happier when offered a callback, controlling for `waitMinsV2`?","ate","callbackOffered","satisfactionScore",covariates=["waitMinsV2"])
q("ate textFollowUp -> resolved90d adj issueType, language","ate","textFollowUp","resolved90d",covariates=["issueType","language"])
q("Do longer hold times lower caller satisfaction?","ate",None,"satisfactionScore",clarify=True)
q("Among callers who got a legal referral, how much did it reduce eviction filings?","ate","legalReferral","evictionFiled",estimand="att")
q("Is a landlord going to court less likely after the hotline sends an SMS check-in?","ate","textFollowUp","evictionFiled")
q("legal referral effect on evictions for eviction-type calls","cate","legalReferral","evictionFiled",at={"issueType":"eviction"})
q("Callback effect on 90-day resolution for Spanish speakers","cate","callbackOffered","resolved90d",at={"language":"spanish"})
q("When rent burden is 50%, does a legal referral reduce filings?","cate","legalReferral","evictionFiled",at={"rentBurdenPct":50})
q("How does the effect of text follow-up on satisfaction vary with caller age?","cate","textFollowUp","satisfactionScore")
q("Which callers should get a legal referral to minimise eviction filings?","policy","legalReferral","evictionFiled")
q("Who should receive text follow-ups to maximise 90-day resolution?","policy","textFollowUp","resolved90d")
q("callback targeting to max satisfactionScore","policy","callbackOffered","satisfactionScore")
q("Legal referrals prevent eviction filings by getting problems sorted within a month (`resolved30d`). How much of the effect is indirect?","mediation","legalReferral","evictionFiled","resolved30d")
q("Does a callback raise satisfaction simply because it cuts waiting time (waitMinsV2)?","mediation","callbackOffered","satisfactionScore","waitMinsV2")
q("Uncover the cause-effect structure in the hotline call records.","discover")
q("run causal discovery on the tenant hotline table","discover")
q("How many calls came in per month? Give me counts.","unsupported")

# 14 vision screening
ds("h15_vision_screening","School vision screening programme, one row per screened child with 1-year follow-up.",[
("child_id","id",["VS-00017","VS-00018","VS-00019"]),("sch_id","id",["S12","S40","S77"]),("age_yr","numeric",[5,7,9]),
("grade","categorical",["K","1","2","3"]),("urban","binary",B),("screen_mode","categorical",["photoscreener","chart","both"]),
("glasses_free","binary",B),("nav_fu","binary",B),("va_logmar_bl","numeric",[0.0,0.2,0.5]),("va_logmar_1y","numeric",[0.0,0.1,0.4]),
("read_score","numeric",[380,450,520]),("read_score_v2","numeric",[375,455,530]),("absent_days","numeric",[0,6,21]),
("parent_edu","categorical",["lt_hs","hs","college"]),("frpl","binary",B),("eye_exam_done","binary",B),
("screen_dt","date",["2022-09-14","2023-01-20","2023-10-02"])])
cur[0]="h15_vision_screening"
q("Estimate the effect of free glasses (`glasses_free`) on `read_score_v2`, adjusting for `va_logmar_bl` and `frpl`.","ate","glasses_free","read_score_v2",covariates=["va_logmar_bl","frpl"])
q("Does giving kids free spectacles improve their eyesight a year on?","ate","glasses_free","va_logmar_1y")
q("Does free eyeglass provision raise reading scores?","ate","glasses_free",None,clarify=True)
q("Does assignment of a follow-up navigator (`nav_fu`) increase the probability of a completed eye exam (`eye_exam_done`)?","ate","nav_fu","eye_exam_done")
q("ate glasses_free -> absent_days","ate","glasses_free","absent_days")
q("Is school absence reduced by completing an eye exam, holding parent education fixed?","ate","eye_exam_done","absent_days",covariates=["parent_edu"])
q("For children who were given free glasses, how much did visual acuity improve?","ate","glasses_free","va_logmar_1y",estimand="att")
q("Does the screening method (photoscreener vs chart) change whether the child gets seen by an optometrist?","ate","screen_mode","eye_exam_done")
q("Effect of the navigator on exam completion for children on free/reduced-price lunch","cate","nav_fu","eye_exam_done",at={"frpl":1})
q("free glasses effect on read_score among kindergarteners","cate","glasses_free","read_score",at={"grade":"K"})
q("For 7-year-olds, how much does the navigator reduce absences?","cate","nav_fu","absent_days",at={"age_yr":7})
q("Who benefits most from free glasses in terms of acuity at one year?","cate","glasses_free","va_logmar_1y")
q("Which children should be assigned a follow-up navigator to maximise completed eye exams?","policy","nav_fu","eye_exam_done")
q("targeting rule for free glasses to cut absenteeism","policy","glasses_free","absent_days")
q("Free glasses raise reading scores (`read_score`) by sharpening vision (`va_logmar_1y`). Decompose into direct and indirect.","mediation","glasses_free","read_score","va_logmar_1y")
q("navigator -> exam done -> reading (read_score_v2): indirect effect via exam completion?","mediation","nav_fu","read_score_v2","eye_exam_done")
q("How much of the navigator's effect on missed school days comes from actually getting the eye exam done?","mediation","nav_fu","absent_days","eye_exam_done")
q("Learn the causal structure among screening, glasses, acuity, reading and attendance.","discover")
q("Can you deduplicate the child_id records and fix the date formats?","unsupported")

# 15 carbon capture
ds("h15_carbon_capture","Carbon capture plants (point-source and DAC), plant-level technology and performance.",[
("PLANT_ID","id",["CCS-01","CCS-08","CCS-15"]),("TECH","categorical",["amine","oxyfuel","DAC","membrane"]),("SITE","categorical",["coastal","inland"]),
("SOLVENT_NEW","binary",B),("HEAT_INTEG","binary",B),("SUBSIDY","binary",B),("CAPACITY_MTPA","numeric",[0.1,1.0,4.0]),
("CAPTURE_RATE_PRE","numeric",[0.78,0.86,0.92]),("CAPTURE_RATE_POST","numeric",[0.81,0.9,0.95]),("ENERGY_PEN_PCT","numeric",[14,22,31]),
("CO2_STORED_KT","numeric",[60,640,3500]),("CO2_STORED_KT_V2","numeric",[58,655,3480]),("OPEX_USD_T","numeric",[38,65,240]),
("DOWNTIME_HRS","numeric",[40,220,900]),("CARBON_PRICE","numeric",[25,60,110]),("AMBIENT_TEMP_C","numeric",[8,19,35]),
("COMMISSION_DT","date",["2014-10-01","2020-06-15","2023-03-30"])])
cur[0]="h15_carbon_capture"
q("Average effect of `SOLVENT_NEW` on `CAPTURE_RATE_POST`, adjusting for `CAPTURE_RATE_PRE` and `TECH`.","ate","SOLVENT_NEW","CAPTURE_RATE_POST",covariates=["CAPTURE_RATE_PRE","TECH"])
q("Does heat integration (HEAT_INTEG) reduce the energy penalty (ENERGY_PEN_PCT)?","ate","HEAT_INTEG","ENERGY_PEN_PCT")
q("Do subsidies increase how much CO2 gets stored?","ate","SUBSIDY",None,clarify=True)
q("ate SOLVENT_NEW -> OPEX_USD_T","ate","SOLVENT_NEW","OPEX_USD_T")
q("Is downtime increased by the new solvent?","ate","SOLVENT_NEW","DOWNTIME_HRS")
q("Does a higher carbon price cause more CO2 to be stored (`CO2_STORED_KT_V2`)?","ate","CARBON_PRICE","CO2_STORED_KT_V2")
q("For the plants that received subsidies, what was the effect on operating cost per tonne?","ate","SUBSIDY","OPEX_USD_T",estimand="att")
q("does heat integration raise capture or is it just bigger plants? control for capacity","ate","HEAT_INTEG","CAPTURE_RATE_POST",covariates=["CAPACITY_MTPA"])
q("New solvent effect on capture rate at amine plants","cate","SOLVENT_NEW","CAPTURE_RATE_POST",at={"TECH":"amine"})
q("At 35 °C ambient, what does heat integration do to the energy penalty?","cate","HEAT_INTEG","ENERGY_PEN_PCT",at={"AMBIENT_TEMP_C":35})
q("How does the effect of `SUBSIDY` on `CO2_STORED_KT` vary with `CARBON_PRICE`?","cate","SUBSIDY","CO2_STORED_KT")
q("heat integration effect on downtime for coastal sites","cate","HEAT_INTEG","DOWNTIME_HRS",at={"SITE":"coastal"})
q("Which plants should switch to the new solvent to maximise capture rate?","policy","SOLVENT_NEW","CAPTURE_RATE_POST")
q("Which facilities should get subsidies to maximise `CO2_STORED_KT_V2`?","policy","SUBSIDY","CO2_STORED_KT_V2")
q("allocate heat integration upgrades to minimise OPEX_USD_T","policy","HEAT_INTEG","OPEX_USD_T")
q("Heat integration lowers running costs per tonne by shrinking the energy penalty. What share is mediated?","mediation","HEAT_INTEG","OPEX_USD_T","ENERGY_PEN_PCT")
q("SOLVENT_NEW effect on CO2_STORED_KT through CAPTURE_RATE_POST vs direct","mediation","SOLVENT_NEW","CO2_STORED_KT","CAPTURE_RATE_POST")
q("Discover causal relationships among the carbon capture plant metrics.","discover")
q("What's the correlation between CAPACITY_MTPA and OPEX_USD_T?","unsupported")

# none-dataset
cur[0]=None
A=[("If the applicant's race were different but everything else in the loan application stayed identical, would the chatbot change its loan approval recommendation?","race","loan approval"),
("Audit our hiring assistant LLM: does swapping the candidate's gender change its interview recommendation?","gender","interview recommendation"),
("Would the model suggest a different sentence length if the defendant's religion were changed, holding the case facts fixed?","religion","sentence length"),
("Check whether the AI triage tool gives a different urgency level when only the patient's age is altered.","age","urgency level"),
("counterfactual fairness test: swap the name on the CV from Emily to Lakisha and see if the model's hire decision flips","name","hire decision"),
("Does the tenant screening bot's approval change if the applicant has a disability, all else equal?","disability","approval"),
("Does our customer-service LLM offer a smaller refund when the transcript shows the customer has a strong regional accent, everything else the same?","accent","refund"),
("Is the language model's scholarship recommendation sensitive to the student's ethnicity when grades and essays are identical?","ethnicity","scholarship recommendation"),
("Test whether an AI admissions reader changes its admit decision if the applicant's gender is switched.","gender","admit decision"),
("I want to know if the chatbot quotes different insurance premiums for the same profile when only the person's age changes.","age","insurance premiums"),
("Would the essay grade an LLM assigns change if the author's name signalled that they are Muslim, with the essay unchanged?","religion","essay grade"),
("counterfactual audit of LLM credit limit suggestions w.r.t. sexual orientation","sexual orientation","credit limit"),
("Would the AI clinical assistant recommend pain medication differently if the patient were Black instead of white, with identical symptoms?","race","pain medication"),
("Does the recruiting chatbot's salary offer change when the candidate's nationality is swapped?","nationality","salary offer"),
("If we flip only the applicant's marital status, does the LM's mortgage approval change?","marital status","mortgage approval"),
("Measure whether a chatbot's parole recommendation depends on the inmate's race when the rest of the file is unchanged.","race","parole recommendation"),
("Does the HR assistant make a different promotion decision for an employee with a physical disability, holding performance reviews fixed?","disability","promotion decision"),
("Does the AI tutor's track recommendation change if the pupil's gender is swapped, all else equal?","gender","track recommendation")]
for t,a,o in A: q(t,"audit",a,o)
R=["Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among them are: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is this true?",
"Premise: X and Y are correlated; Y and Z are correlated; X and Z are independent; but X and Z become dependent given Y. Does Y cause X?",
"Four variables A, B, C, D. A correlates with D, B correlates with D, A is independent of B, and A and B are dependent conditional on D. Can we conclude that D is a common effect of A and B?",
"premises: A indep C | B, A~B, B~C. does B cause C?",
"In a system of A, B and C, every pair is correlated and no conditional independence holds. Is it necessarily the case that A causes B?",
"We observe: A and B correlated, B and C correlated, A and C correlated, A independent of B given C. Hypothesis: C is a confounder of A and B. True or false?",
"Given only that P and Q are correlated and Q and R are independent, can R be a cause of P?",
"Statistical relations among A, B, C, D: A correlates with B, C and D; B correlates with C; B is independent of D given A; C is independent of D given A. Does A cause D?",
"If A is correlated with B, and they stay correlated conditioning on every subset of {C, D}, is there a direct causal link between A and B?",
"A ⟂ B; A not ⟂ C; B not ⟂ C; A not ⟂ B | C. Is C a collider, i.e. do A and B both cause C?"]
for t in R: q(t,"relation")
G=["Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
"Use an LLM to write the structural equations for the DAG age -> income -> health, age -> health, then sample 1000 rows.",
"Create a benchmark dataset with a known treatment effect of 2.0 for a binary T on Y, confounded by W.",
"simulate data from SCM: X1 ~ N(0,1), X2 = 0.5*X1 + e, Y = X1 + 2*X2 + e; n=2000",
"Could you build a synthetic causal dataset where a language model picks plausible variable names and functional forms for a 6-node graph?",
"Generate a semi-synthetic benchmark with nonlinear mechanisms following A→B→C←D.",
"I need fake data consistent with a causal graph where smoking causes tar which causes cancer, plus a hidden confounder between smoking and cancer.",
"Produce a mediation benchmark: T→M→Y plus T→Y, with coefficients 0.8, 1.5 and 0.3, 10k samples.",
"Let the language model define the equation for each node of this DAG: rainfall → crop yield → price, and generate 500 rows.",
"Sample an instrumental-variable dataset: Z→T→Y, U→T, U→Y, no LLM, just linear equations with unit noise."]
for t in G: q(t,"generate")
U=["Good morning! How are you today?","Tell me a joke about allotment gardeners.","Write a SQL query that joins orders to customers on customer_id.",
"What is the capital of Norway?","Translate 'causal inference' into French.","Can you recommend a good textbook on statistics?","Summarise the plot of Carmen in two sentences."]
for t in U: q(t,"unsupported")

# validate
for x in Q:
    e=x["expected"]; d=x["dataset"]
    if d!="none":
        cols=DS[d]["columns"]
        for r in ("treatment","outcome","mediator"):
            if e[r] is not None: assert e[r] in cols,(x["question"],e[r])
        for c in e.get("covariates",[]): assert c in cols,(c,x["question"])
        for c,v in e.get("at",{}).items():
            t=cols[c]["type"]; assert c in cols
            if t=="categorical": assert v in cols[c]["values"],(c,v)
            else: assert isinstance(v,(int,float)),(c,v)
    if e["kind"] in ("discover","unsupported","relation","generate"): assert e["treatment"] is None and e["outcome"] is None
for n,d in DS.items(): assert 13<=len(d["columns"])<=18,(n,len(d["columns"]))
random.Random(15015).shuffle(Q)
json.dump(DS,open(f"{OUT}/datasets.json","w"),indent=1,ensure_ascii=False)
with open(f"{OUT}/questions.jsonl","w") as f:
    for x in Q: f.write(json.dumps(x,ensure_ascii=False)+"\n")
from collections import Counter
print(len(Q),Counter(x["expected"]["kind"] for x in Q))
print("clarify",sum(1 for x in Q if x["expected"].get("clarify")))
for m in ("covariates","at","estimand","clarify"):
    print(m,sum(1 for x in Q if m in x["expected"]))
print(Counter(x["expected"].get("estimand") for x in Q))
print("unsup with ds",sum(1 for x in Q if x["expected"]["kind"]=="unsupported" and x["dataset"]!="none"))
