import json, os, random, collections
OUT = os.path.dirname(os.path.abspath(__file__))  # the h19 writer wrote into /work/h19out
DS={}
def ds(name, desc, cols):
    DS[name]={"description":desc,"columns":{c:{"type":t,"values":v} for c,t,v in cols}}
I,B,N,C,D,T="id","binary","numeric","categorical","date","text"
ds("h19_netball","Amateur and semi-pro netball teams over two seasons: conditioning, video analysis, shooting, injuries and win percentages.",[
("team_id",I,["NB001","NB002","NB003"]),("div",C,["premier","div1","div2","social"]),("coach_lvl",C,["L1","L2","L3"]),
("avg_age",N,[22.5,27.1,31.0]),("sqd_size",N,[10,12,14]),("trn_hrs_wk",N,[3,5.5,8]),("s_and_c_prog",B,[0,1,1]),
("vid_anlys",B,[1,0,1]),("fit_score",N,[61,72,80]),("fit_score_v2",N,[58.5,70.2,83.1]),("shoot_pct_pre",N,[68.0,74.5,81.2]),
("shoot_pct_post",N,[70.1,77.3,85.0]),("inj_cnt",N,[0,3,6]),("inj_rate",N,[0.8,2.1,3.4]),("travel_km",N,[15,60,140]),
("win_pct_s1",N,[35.0,50.0,72.2]),("win_pct_s2",N,[40.0,55.6,77.8])])
ds("h19_tabletennis","Table tennis clubs: robot trainers, coaching, member ratings, tournament wins and retention.",[
("clubId",I,["tt-0012","tt-0047","tt-0193"]),("leagueTier",C,["county","regional","national"]),("urbanClub",B,[1,0,1]),
("memberCount",N,[24,58,130]),("juniorShare",N,[0.1,0.35,0.6]),("tablesCount",N,[4,8,16]),("feeMonthly",N,[15,25,40]),
("coachHrsWk",N,[2,6,12]),("roboTrainer",B,[0,1,0]),("ratingPre",N,[1210,1450,1780]),("ratingPost",N,[1235,1490,1820]),
("avgRating",N,[1220,1470,1800]),("tournWins",N,[0,3,9]),("tournWinsV2",N,[1,4,10]),("retention6m",N,[0.71,0.84,0.93]),
("retention12m",N,[0.55,0.7,0.88])])
ds("h19_orienteering","Orienteering clubs: GPS and map-reading training, navigation errors, race times and member retention.",[
("CLUB_ID",I,["OC-101","OC-102","OC-103"]),("TERRAIN",C,["FOREST","URBAN","MOOR","MIXED"]),("MEMB_N",N,[45,120,310]),
("AVG_AGE",N,[29,41,55]),("FUND_K",N,[3.5,12.0,40.0]),("VOL_HRS",N,[80,250,600]),("MAP_SESS",N,[2,6,12]),
("GPS_TRAIN",B,[0,1,1]),("JUNIOR_PROG",B,[1,0,1]),("NAV_ERR_PRE",N,[4.2,2.8,6.1]),("NAV_ERR_POST",N,[3.1,2.2,5.0]),
("RACE_TIME_BL",N,[62.5,48.0,75.3]),("RACE_TIME_FU",N,[59.8,47.1,70.4]),("INJ_RATE",N,[0.5,1.2,2.8]),
("RETAIN_1Y",N,[0.78,0.85,0.9]),("RETAIN_2Y",N,[0.6,0.71,0.8])])
ds("h19_butcher","Independent butcher shops: organic ranges, loyalty schemes, discounts, footfall, waste and revenue before/after.",[
("shop",I,["S-01","S-02","S-03"]),("region",C,["north","south","east","west"]),("staff",N,[2,5,9]),("parking",B,[1,0,1]),
("organic",B,[0,1,0]),("loyalty",B,[1,1,0]),("discount",B,[0,1,1]),("price",N,[9.5,12.0,16.8]),("footfall",N,[180,420,900]),
("hygiene",N,[3,4,5]),("rating",N,[3.9,4.4,4.8]),("rating_new",N,[4.0,4.3,4.9]),("complaints",N,[0,2,7]),
("waste",N,[12.0,25.5,40.1]),("wastage",N,[0.04,0.08,0.13]),("revenue_before",N,[8200,15400,30100]),("revenue_after",N,[8900,16100,32500])])
ds("h19_fishmonger","Fishmonger stalls and shops: ice systems, cold chain, sustainability certification, spoilage and weekly revenue.",[
("stall_id",I,["F0001","F0002","F0003"]),("mkt_typ",C,["covered","open","online"]),("yrs_trading",N,[1,8,25]),
("staff_n",N,[1,3,6]),("comp_n",N,[0,3,7]),("tmp_c",N,[14,22,31]),("ice_sys",B,[1,0,1]),("cold_chn_hrs",N,[6,18,40]),
("sust_cert",B,[0,1,0]),("price_idx",N,[0.9,1.0,1.25]),("hyg_insp_score",N,[62,78,95]),("spoil_pct_bl",N,[4.5,8.2,12.0]),
("spoil_pct_6m",N,[3.1,6.9,10.4]),("cust_n",N,[120,340,760]),("rev_wk",N,[2100,4800,9900]),("rev_wk_v2",N,[2050,4950,10200])])
ds("h19_drycleaner","Dry-cleaning stores: green solvent switch, pickup & delivery, turnaround, stain removal, repeat rates and revenue.",[
("storeId",I,["dc_301","dc_302","dc_303"]),("neighbourhood",C,["downtown","suburban","mall"]),("storeAgeYrs",N,[2,11,30]),
("staffCount",N,[2,4,8]),("priceIndex",N,[0.85,1.0,1.2]),("greenSolvent",B,[0,1,1]),("pickupDelivery",B,[1,0,1]),
("appUsers",N,[0,150,820]),("turnaroundHrs",N,[24,48,72]),("stainRemovalScore",N,[6.1,7.8,9.2]),("stainRemovalScoreV2",N,[60,78,93]),
("complaintsPerMo",N,[0,3,9]),("ordersPerWk",N,[90,210,480]),("repeatRate30d",N,[0.2,0.35,0.5]),("repeatRate90d",N,[0.4,0.55,0.72]),
("revenueBefore",N,[12000,23000,51000]),("revenueAfter",N,[12800,25100,54300])])
ds("h19_pestcontrol","Pest control firms: integrated pest management adoption, technician certification, chemical use, callbacks and satisfaction.",[
("FIRM_ID",I,["PC-9001","PC-9002","PC-9003"]),("REGION",C,["NORTH","SOUTH","COASTAL","INLAND"]),
("SEGMENT",C,["RESIDENTIAL","COMMERCIAL","AGRICULTURAL"]),("YRS_OPER",N,[3,12,40]),("FLEET_N",N,[2,8,25]),("TECH_N",N,[3,10,35]),
("CERT_TECH_PCT",N,[20,60,100]),("IPM_ADOPT",B,[1,0,1]),("PRICE_JOB",N,[95,160,320]),("JOBS_MO",N,[60,210,900]),
("CHEM_USE_KG",N,[15,48,130]),("CHEM_USE_L",N,[20,65,180]),("CALLBACK_30D",N,[0.03,0.07,0.15]),("CALLBACK_90D",N,[0.06,0.12,0.22]),
("REPEAT_CALL_RATE",N,[0.1,0.18,0.3]),("CUST_SAT",N,[3.6,4.2,4.8]),("CUST_SAT_V2",N,[68,81,94])])
ds("h19_escaperoom","Escape room games: themes, difficulty, live actors, hints, escape rates, reviews and bookings.",[
("venue",I,["ER-A1","ER-B7","ER-C3"]),("city",C,["capital","large","small"]),("theme",C,["horror","mystery","scifi","adventure"]),
("difficulty",N,[2,3,5]),("staff",N,[2,4,7]),("price",N,[22,30,45]),("groupsize",N,[3,5,7]),("actors",B,[0,1,0]),
("hints",N,[1,3,5]),("escape",N,[28.0,45.5,70.0]),("rating",N,[4.1,4.5,4.9]),("stars",N,[3.8,4.6,5.0]),("reviews",N,[40,210,950]),
("repeat",N,[0.05,0.12,0.25]),("bookings",N,[60,140,320]),("bookings_next",N,[65,150,330])])
ds("h19_guineaworm","Villages in a guinea worm (dracunculiasis) eradication programme: filters, temephos, rewards, reporting and case counts.",[
("vill_id",I,["V-0451","V-0452","V-0453"]),("src_typ",C,["pond","borehole","well","river"]),("hh_n",N,[40,120,380]),
("dist_hc_km",N,[2.5,11.0,34.0]),("rain_mm",N,[450,800,1250]),("vol_chw",N,[0,3,8]),("edu_sess",N,[0,4,12]),("filt_dist",B,[1,0,1]),
("temephos",B,[0,1,1]),("cash_rwd",B,[1,0,0]),("report_rate",N,[0.4,0.72,0.95]),("dog_inf_n",N,[0,2,9]),("case_n_bl",N,[0,3,14]),
("case_n_fu",N,[0,1,6]),("inc_rate",N,[0.0,1.8,6.4]),("inc_ratio",N,[0.0,0.6,1.9])])
ds("h19_stainedglass","Stained glass studios: kiln upgrades, apprenticeships, online shops, breakage, lead times, commissions and revenue.",[
("studioId",I,["sg-11","sg-12","sg-13"]),("clientType",C,["church","residential","commercial","museum"]),("yearsOpen",N,[3,15,48]),
("artisansN",N,[1,3,7]),("apprenticeProg",B,[0,1,0]),("kilnUpgrade",B,[1,0,1]),("onlineShop",B,[0,0,1]),("leadTimeWks",N,[4,10,26]),
("breakageRatePre",N,[0.04,0.07,0.12]),("breakageRatePost",N,[0.02,0.06,0.1]),("commissionsYr",N,[6,18,45]),("avgPriceK",N,[1.2,4.5,18.0]),
("restorationShare",N,[0.1,0.4,0.8]),("satisfaction",N,[7.2,8.5,9.6]),("revenueK",N,[35,120,410]),("revenueKv2",N,[33,126,398])])
ds("h19_quilting","Community quilting circles: mentoring, sewing-machine access, projects, attendance, retention, loneliness and wellbeing.",[
("circle",I,["Q-01","Q-02","Q-03"]),("setting",C,["church","library","home","community centre"]),("age",N,[48,63,74]),
("members",N,[6,12,25]),("meetings",N,[1,2,4]),("mentoring",B,[1,0,1]),("machine",B,[0,1,1]),("fabric",N,[50,150,400]),
("projects",N,[3,9,20]),("completed",N,[1,5,14]),("completed_later",N,[2,7,17]),("attendance",N,[0.55,0.74,0.92]),
("retention",N,[0.6,0.8,0.95]),("retention_year2",N,[0.5,0.7,0.9]),("loneliness_before",N,[5.1,3.8,6.4]),
("loneliness_after",N,[4.2,3.5,5.7]),("wellbeing",N,[18,23,27]),("wellbeing_new",N,[55,68,79])])
ds("h19_taekwondo","Taekwondo schools: sparring and anti-bullying programmes, class hours, gradings, injuries, medals and retention.",[
("SCHOOL_ID",I,["TKD-01","TKD-02","TKD-03"]),("STYLE",C,["WT","ITF","MIXED"]),("AVG_AGE",N,[11,17,26]),("KIDS_SHARE",N,[30,60,85]),
("STUDENT_N",N,[40,110,260]),("MASTER_DAN",N,[4,5,7]),("FEE_MO",N,[45,70,110]),("CLASS_HRS",N,[3,6,10]),("SPAR_PROG",B,[1,0,1]),
("ANTI_BULLY_PROG",B,[0,1,1]),("INJ_N",N,[0,4,11]),("BELT_PASS_RATE",N,[0.72,0.85,0.96]),("GRADING_PASS_PCT",N,[70,86,97]),
("COMP_MEDALS_Y1",N,[0,5,18]),("COMP_MEDALS_Y2",N,[1,6,21]),("RETENTION_6M",N,[0.68,0.8,0.91]),("RETENTION_12M",N,[0.5,0.64,0.8])])
ds("h19_waterpolo","Water polo clubs: pool access, swim conditioning, goalkeeper coaching, VO2, goals, concussions and win rates.",[
("club_id",I,["WP-210","WP-211","WP-212"]),("lg",C,["men","women","mixed","youth"]),("sqd_n",N,[11,14,18]),("avg_age",N,[16,23,29]),
("fund_k",N,[5,22,80]),("pool_len_m",N,[25,30,33]),("pool_hrs_wk",N,[4,8,14]),("swim_cond",B,[1,0,1]),("gk_coach",B,[0,1,0]),
("vo2_bl",N,[48.2,53.5,59.0]),("vo2_6m",N,[50.1,55.0,60.3]),("gls_pg_pre",N,[6.5,8.1,10.4]),("gls_pg_post",N,[7.0,8.6,11.2]),
("conc_pg",N,[6.0,8.4,11.0]),("conc_inj",N,[0,1,3]),("win_rt",N,[0.3,0.5,0.75]),("win_rt_v2",N,[0.28,0.52,0.8])])
ds("h19_brucellosis","Livestock herds in a brucellosis control programme: S19 vaccination, test-and-slaughter, seroprevalence, abortions, milk and human cases.",[
("herd_id",I,["H-30001","H-30002","H-30003"]),("spp",C,["cattle","goat","sheep","camel"]),("sys",C,["pastoral","agropastoral","dairy","mixed"]),
("herd_sz",N,[18,50,240]),("km_mkt",N,[3,22,75]),("comm_graze",B,[1,0,1]),("farmer_edu",N,[0,6,12]),("vet_visits_yr",N,[0,2,6]),
("vacc_s19",B,[1,0,0]),("test_slaughter",B,[0,1,0]),("sero_prev_bl",N,[0.02,0.11,0.27]),("sero_prev_24m",N,[0.01,0.07,0.2]),
("abort_rt",N,[0.01,0.05,0.14]),("abort_ratio",N,[0.02,0.06,0.16]),("milk_yld_l",N,[1.2,4.8,14.5]),("hum_cases",N,[0,1,4])])
ds("h19_iodine","Districts in iodine supplementation programmes against goitre: iodised salt, capsules, urinary iodine, goitre prevalence and school IQ.",[
("DISTRICT_ID",I,["D-017","D-018","D-019"]),("ZONE",C,["HIGHLAND","LOWLAND","COASTAL"]),("URBAN",B,[0,1,0]),("ALTITUDE_M",N,[40,900,2400]),
("POVERTY_RATE",N,[0.12,0.31,0.55]),("POVERTY_RATIO",N,[0.8,1.4,2.3]),("PREG_SHARE",N,[0.02,0.03,0.05]),("HH_SALT_TEST_PCT",N,[20,55,90]),
("IODISED_SALT",B,[1,0,1]),("IODINE_CAPS",B,[0,1,0]),("UIC_BL",N,[45,88,150]),("UIC_FU",N,[80,120,190]),("GOITRE_PREV_BL",N,[0.08,0.19,0.35]),
("GOITRE_PREV_FU",N,[0.05,0.12,0.28]),("TGR",N,[6.0,14.5,31.0]),("IQ_SCHOOL",N,[88,96,103])])

Q=[]
cur=[None]
def use(d): cur[0]=d
def add(text,kind,t=None,y=None,m=None,ds_=None,**kw):
    d = ds_ if ds_ is not None else cur[0]
    e={"kind":kind,"treatment":t,"outcome":y,"mediator":m}
    for k,v in kw.items(): e[k]=v
    Q.append({"question":text,"dataset":d,"columns":(list(DS[d]["columns"]) if d!="none" else None),
              "split":"test","origin":"heldout19","expected":e})
def A(x,t,y,**k): add(x,"ate",t,y,**k)
def CT(x,t,y,**k): add(x,"cate",t,y,**k)
def P(x,t,y,**k): add(x,"policy",t,y,**k)
def M(x,t,y,m,**k): add(x,"mediation",t,y,m,**k)
def DI(x): add(x,"discover")
def U(x,d=None): add(x,"unsupported",ds_=d)

# 1 netball
use("h19_netball")
A("Estimate the average treatment effect of `s_and_c_prog` on `inj_cnt`, adjusting for `avg_age` and `trn_hrs_wk`.","s_and_c_prog","inj_cnt",covariates=["avg_age","trn_hrs_wk"])
A("Does bringing in video review actually make a netball side more accurate under the post, or do better-resourced teams just happen to use it?","vid_anlys","shoot_pct_post")
A("ate vid_anlys -> win_pct_s2 adj div, coach_lvl","vid_anlys","win_pct_s2",covariates=["div","coach_lvl"])
A("How much more often do teams win in their second season if they run a strength and conditioning programme?","s_and_c_prog","win_pct_s2")
A("Is the injury rate lowered by strength-and-conditioning work among the squads that actually took it up?","s_and_c_prog","inj_rate",estimand="att")
A("effect of more training hours per week on fitness?","trn_hrs_wk",None,clarify=True)
A("Would the teams that skipped video analysis have shot better had they used it?","vid_anlys","shoot_pct_post",estimand="atc")
A("What's the effect of umpire experience on season-two win percentage?",None,"win_pct_s2",clarify=True)
CT("What is the effect of s_and_c_prog on inj_cnt among premier division teams?","s_and_c_prog","inj_cnt",at={"div":"premier"})
CT("For squads whose average age is 30, how does video analysis change shooting percentage afterwards?","vid_anlys","shoot_pct_post",at={"avg_age":30})
CT("Which kinds of netball teams gain the most wins from strength and conditioning?","s_and_c_prog","win_pct_s2")
CT("under the condition that the coach is level 3, whats the impact of video review on season-two win %","vid_anlys","win_pct_s2",at={"coach_lvl":"L3"})
P("Which teams should we put on the strength & conditioning programme to keep the injury rate as low as possible?","s_and_c_prog","inj_rate")
P("Learn a targeting rule for `vid_anlys` that maximises `win_pct_s2`.","vid_anlys","win_pct_s2")
P("If the league can only fund video analysis for a third of teams, which ones should get it to boost shooting accuracy?","vid_anlys","shoot_pct_post")
M("S&C programmes work by raising fitness (fit_score_v2), which then helps teams win more in season 2. How much of the effect runs through fitness?","s_and_c_prog","win_pct_s2","fit_score_v2")
M("decompose effect of vid_anlys on win_pct_s2 into direct and indirect via shoot_pct_post","vid_anlys","win_pct_s2","shoot_pct_post")
DI("Which of the netball variables drive which? Work out the structure from the data.")
DI("Learn a causal graph over the columns of h19_netball.")

# 2 table tennis
use("h19_tabletennis")
A("What is the ATE of roboTrainer on ratingPost?","roboTrainer","ratingPost")
A("Does having a ball-throwing robot lift members' playing strength at follow-up?","roboTrainer","ratingPost")
A("Estimate the effect of coachHrsWk on retention12m, controlling for feeMonthly and memberCount.","coachHrsWk","retention12m",covariates=["feeMonthly","memberCount"])
A("Does charging a higher monthly subscription drive people away within a year?","feeMonthly","retention12m")
A("does extra coaching time keep members around","coachHrsWk",None,clarify=True)
A("Is the link between robot trainers and tournament wins (tournWinsV2) causal, or do richer clubs just buy robots?","roboTrainer","tournWinsV2")
A("roboTrainer -> tournWins ate pls, adj for urbanClub","roboTrainer","tournWins",covariates=["urbanClub"])
A("Among clubs that installed a robot trainer, what did it do to their players' rating afterwards?","roboTrainer","ratingPost",estimand="att")
CT("How does the effect of coaching hours on 6-month retention vary with the share of junior members?","coachHrsWk","retention6m")
CT("For national-tier clubs, what's the effect of roboTrainer on ratingPost?","roboTrainer","ratingPost",at={"leagueTier":"national"})
CT("effect of robo trainer on tournWinsV2 in urban clubs","roboTrainer","tournWinsV2",at={"urbanClub":1})
CT("When the monthly fee is £25, how does extra coaching affect 12-month retention?","coachHrsWk","retention12m",at={"feeMonthly":25})
P("Which clubs should get a robot trainer if we want to maximise post-season rating?","roboTrainer","ratingPost")
P("allocation rule: who gets extra coach hours to max retention12m","coachHrsWk","retention12m")
P("Recommend which clubs to give more coaching hours so that half-year retention is as high as possible.","coachHrsWk","retention6m")
M("Robot trainers improve ratings, and higher ratings then produce more tournament wins. What share of roboTrainer's effect on tournWinsV2 is mediated by ratingPost?","roboTrainer","tournWinsV2","ratingPost")
M("Does coaching keep members for a year mainly because it raises their ratings afterwards?","coachHrsWk","retention12m","ratingPost")
DI("Draw me the causal DAG for the table tennis club variables.")
DI("what influences what in h19_tabletennis? recover the dependencies")
U("Train a random forest to predict which clubs will have retention12m below 0.6 next year.","h19_tabletennis")

# 3 orienteering
use("h19_orienteering")
A("Estimate the effect of GPS_TRAIN on NAV_ERR_POST controlling for NAV_ERR_PRE.","GPS_TRAIN","NAV_ERR_POST",covariates=["NAV_ERR_PRE"])
A("Do map-reading sessions make orienteers get round the course faster?","MAP_SESS","RACE_TIME_FU")
A("ate JUNIOR_PROG on RETAIN_2Y","JUNIOR_PROG","RETAIN_2Y")
A("Is the drop in navigation mistakes after GPS training real once we account for club funding (FUND_K)?","GPS_TRAIN","NAV_ERR_POST",covariates=["FUND_K"])
A("Does having a junior programme keep members in the club?","JUNIOR_PROG",None,clarify=True)
A("What is the impact of volunteer hours on the club's injury rate?","VOL_HRS","INJ_RATE")
A("Had the clubs without GPS training adopted it, would their race times have come down?","GPS_TRAIN","RACE_TIME_FU",estimand="atc")
A("If each club ran one more map session, by how much would navigational errors drop?","MAP_SESS","NAV_ERR_POST")
CT("effect of GPS_TRAIN on RACE_TIME_FU where TERRAIN = FOREST","GPS_TRAIN","RACE_TIME_FU",at={"TERRAIN":"FOREST"})
CT("In clubs with 200 members, what does the junior programme do for retention after one year?","JUNIOR_PROG","RETAIN_1Y",at={"MEMB_N":200})
CT("For whom does GPS training cut navigation errors the most?","GPS_TRAIN","NAV_ERR_POST")
CT("Among moorland clubs, do map sessions speed up runners?","MAP_SESS","RACE_TIME_FU",at={"TERRAIN":"MOOR"})
P("Which clubs should be offered GPS training to minimise follow-up race times?","GPS_TRAIN","RACE_TIME_FU")
P("Design a rule for where to fund junior programmes so that two-year retention is highest.","JUNIOR_PROG","RETAIN_2Y")
P("Should every club get GPS training, or should we target it? The goal is fewer navigation errors afterwards.","GPS_TRAIN","NAV_ERR_POST")
M("GPS training shortens race times by cutting navigation errors. Quantify the indirect path via NAV_ERR_POST.","GPS_TRAIN","RACE_TIME_FU","NAV_ERR_POST")
M("How much of MAP_SESS's effect on RACE_TIME_FU is mediated through NAV_ERR_POST versus direct?","MAP_SESS","RACE_TIME_FU","NAV_ERR_POST")
DI("Which of the orienteering club measures cause which? Recover the dependency structure.")
U("Remove duplicate rows and fill missing FUND_K with the median.","h19_orienteering")

# 4 butcher
use("h19_butcher")
A("What's the average effect of the loyalty scheme on revenue_after, adjusting for revenue_before and footfall?","loyalty","revenue_after",covariates=["revenue_before","footfall"])
A("Does going organic bring more customers through the door?","organic","footfall")
A("ate of discount on waste","discount","waste")
A("Do higher prices per kilo cause more complaints?","price","complaints")
A("Does the loyalty card reduce the amount of meat that gets thrown away?","loyalty",None,clarify=True)
A("Effect of organic on customer rating?","organic",None,clarify=True)
A("For shops that started a loyalty scheme, how much did it raise later revenue?","loyalty","revenue_after",estimand="att")
A("Is takings afterwards boosted by a better hygiene score, holding region fixed?","hygiene","revenue_after",covariates=["region"])
CT("effect of organic on revenue_after in the north region","organic","revenue_after",at={"region":"north"})
CT("When a shop has 5 staff, what does the discount do to footfall?","discount","footfall",at={"staff":5})
CT("How does the loyalty scheme's effect on later revenue differ between shops that do and don't have parking?","loyalty","revenue_after")
CT("For shops charging 12 per kilo, what's the effect of discounting on wastage?","discount","wastage",at={"price":12})
P("Which butcher shops should offer discounts to maximise revenue_after?","discount","revenue_after")
P("Who should we roll the loyalty programme out to next so that footfall goes up most?","loyalty","footfall")
P("optimal organic rollout rule to max revenue_after","organic","revenue_after")
M("Discounts raise revenue partly by drawing in footfall. Split discount -> revenue_after into the direct part and the part via footfall.","discount","revenue_after","footfall")
M("How much of organic's effect on revenue_after is mediated by rating_new?","organic","revenue_after","rating_new")
DI("Find the causal structure among the butcher shop variables.")
U("Plot footfall by region for the butcher shops.","h19_butcher")

# 5 fishmonger
use("h19_fishmonger")
A("Estimate the ATE of ice_sys on spoil_pct_6m adjusting for tmp_c and spoil_pct_bl.","ice_sys","spoil_pct_6m",covariates=["tmp_c","spoil_pct_bl"])
A("Does upgrading the ice set-up cut how much fish goes off?","ice_sys","spoil_pct_6m")
A("effect sust_cert on rev_wk_v2","sust_cert","rev_wk_v2")
A("Does being sustainably certified bring in more weekly revenue?","sust_cert",None,clarify=True)
A("What would spoilage have been for the non-upgraded stalls had they installed the new ice system?","ice_sys","spoil_pct_6m",estimand="atc")
A("Do longer hours in the cold chain raise spoilage?","cold_chn_hrs","spoil_pct_6m")
A("Is customer count increased by the sustainability label, holding price index and market type constant?","sust_cert","cust_n",covariates=["price_idx","mkt_typ"])
A("impact of hyg_insp_score on cust_n","hyg_insp_score","cust_n")
CT("What's the effect of the ice system on 6-month spoilage on days when it's 30°C?","ice_sys","spoil_pct_6m",at={"tmp_c":30})
CT("Among open-air market stalls, does certification increase customer numbers?","sust_cert","cust_n",at={"mkt_typ":"open"})
CT("How does the ice system's effect on spoilage change with ambient temperature?","ice_sys","spoil_pct_6m")
CT("for stalls with 3 competitors nearby, what is the effect of sust_cert on rev_wk_v2?","sust_cert","rev_wk_v2",at={"comp_n":3})
P("Which stalls should get the ice upgrade first to cut 6-month spoilage most?","ice_sys","spoil_pct_6m")
P("targeting rule for sust_cert to maximise cust_n","sust_cert","cust_n")
P("With budget for 40 sustainability certifications, which stalls should we certify to raise weekly revenue (rev_wk)?","sust_cert","rev_wk")
M("Certification brings more customers, who then raise weekly revenue. How much of sust_cert -> rev_wk_v2 goes via cust_n?","sust_cert","rev_wk_v2","cust_n")
M("Does the new ice system raise rev_wk only because it reduces spoilage (spoil_pct_6m)?","ice_sys","rev_wk","spoil_pct_6m")
DI("what causes what among the fishmonger stall variables")
U("Forecast rev_wk for each stall over the next quarter.","h19_fishmonger")

# 6 dry cleaner
use("h19_drycleaner")
A("ATE of `pickupDelivery` on `ordersPerWk`","pickupDelivery","ordersPerWk")
A("Does switching to an eco-friendly solvent hurt how well stains come out?","greenSolvent",None,clarify=True)
A("Does offering collection and drop-off get customers to come back within 90 days?","pickupDelivery","repeatRate90d")
A("effect of greenSolvent on complaintsPerMo adj staffCount neighbourhood","greenSolvent","complaintsPerMo",covariates=["staffCount","neighbourhood"])
A("does pickup/delivery bring customers back?","pickupDelivery",None,clarify=True)
A("Do faster turnaround times lead to more repeat business in the first month?","turnaroundHrs","repeatRate30d")
A("For the stores that adopted delivery, how much did revenue grow as a result?","pickupDelivery","revenueAfter",estimand="att")
A("Is revenue after the change higher because of the green solvent switch, controlling for revenueBefore?","greenSolvent","revenueAfter",covariates=["revenueBefore"])
CT("effect of pickupDelivery on repeatRate90d in downtown stores","pickupDelivery","repeatRate90d",at={"neighbourhood":"downtown"})
CT("How does the green solvent's effect on stainRemovalScoreV2 vary with store age?","greenSolvent","stainRemovalScoreV2")
CT("For stores with 4 staff, does delivery cut turnaround hours?","pickupDelivery","turnaroundHrs",at={"staffCount":4})
CT("when priceIndex is 1.2, effect of delivery on ordersPerWk","pickupDelivery","ordersPerWk",at={"priceIndex":1.2})
P("Which stores should launch pickup & delivery to maximise revenueAfter?","pickupDelivery","revenueAfter")
P("Which shops should switch to the green solvent if we want as few complaints a month as possible?","greenSolvent","complaintsPerMo")
P("Which stores should we target with the delivery service so the 90-day repeat rate goes up most?","pickupDelivery","repeatRate90d")
M("Delivery increases weekly orders, with app adoption as the channel. How much of pickupDelivery -> ordersPerWk is via appUsers?","pickupDelivery","ordersPerWk","appUsers")
M("The green solvent raises complaints by making stain removal worse (stainRemovalScoreV2). Indirect vs direct effect on complaintsPerMo?","greenSolvent","complaintsPerMo","stainRemovalScoreV2")
M("Does delivery lift revenueAfter via repeat customers?","pickupDelivery","revenueAfter",None,clarify=True)
DI("causal discovery on h19_drycleaner")

# 7 pest control
use("h19_pestcontrol")
A("Estimate the average effect of IPM_ADOPT on CHEM_USE_KG, adjusting for SEGMENT and FLEET_N.","IPM_ADOPT","CHEM_USE_KG",covariates=["SEGMENT","FLEET_N"])
A("Does integrated pest management lower chemical use?","IPM_ADOPT",None,clarify=True)
A("Do more certified technicians reduce callbacks within 90 days?","CERT_TECH_PCT","CALLBACK_90D")
A("ipm -> callback_30d ate","IPM_ADOPT","CALLBACK_30D")
A("Is customer satisfaction on the v2 survey improved by IPM?","IPM_ADOPT","CUST_SAT_V2")
A("Among firms that adopted IPM, did it cut the repeat-call rate?","IPM_ADOPT","REPEAT_CALL_RATE",estimand="att")
A("Would non-IPM firms see fewer 30-day callbacks if they switched?","IPM_ADOPT","CALLBACK_30D",estimand="atc")
A("What's the causal relationship between JOBS_MO and PRICE_JOB?",None,None,clarify=True)
CT("Effect of IPM_ADOPT on CHEM_USE_L for the AGRICULTURAL segment","IPM_ADOPT","CHEM_USE_L",at={"SEGMENT":"AGRICULTURAL"})
CT("In coastal firms, does integrated pest management reduce 90-day callbacks?","IPM_ADOPT","CALLBACK_90D",at={"REGION":"COASTAL"})
CT("Which firms see the biggest cut in kilos of pesticide from adopting IPM?","IPM_ADOPT","CHEM_USE_KG")
CT("for firms with 60% certified techs, what's the effect of IPM on CUST_SAT?","IPM_ADOPT","CUST_SAT",at={"CERT_TECH_PCT":60})
P("Which firms should we push to adopt IPM to minimise CALLBACK_90D?","IPM_ADOPT","CALLBACK_90D")
P("Optimal policy: who should adopt IPM to maximise CUST_SAT_V2?","IPM_ADOPT","CUST_SAT_V2")
P("Pick the firms for which IPM adoption would most reduce CHEM_USE_L, i.e. a treatment assignment rule.","IPM_ADOPT","CHEM_USE_L")
M("Certified technicians raise customer satisfaction by cutting 30-day callbacks. What fraction of CERT_TECH_PCT -> CUST_SAT goes through CALLBACK_30D?","CERT_TECH_PCT","CUST_SAT","CALLBACK_30D")
M("natural direct and indirect effects of IPM_ADOPT on REPEAT_CALL_RATE via CALLBACK_30D","IPM_ADOPT","REPEAT_CALL_RATE","CALLBACK_30D")
DI("Learn the DAG over the pest-control firm variables.")
DI("Which factors in the pest control data are upstream of which? Figure out the cause-effect ordering.")

# 8 escape rooms
use("h19_escaperoom")
A("What's the effect of having live actors on bookings_next, adjusting for price and theme?","actors","bookings_next",covariates=["price","theme"])
A("Do more clues make groups break out more often?","hints","escape")
A("ate actors -> stars","actors","stars")
A("Does a harder puzzle level lower the share of teams that get out?","difficulty","escape")
A("Are players happier with rooms that use live actors?","actors",None,clarify=True)
A("Does the ticket price drive future bookings?","price","bookings_next")
A("Would rooms without actors get more repeat customers if they added them?","actors","repeat",estimand="atc")
A("Is the apparent effect of actors on review count real or driven by city size? Control for city.","actors","reviews",covariates=["city"])
A("Does background music volume affect the escape rate?",None,"escape",clarify=True)
CT("effect of actors on bookings_next for horror rooms","actors","bookings_next",at={"theme":"horror"})
CT("When groups have 6 players, how do extra hints change the escape rate?","hints","escape",at={"groupsize":6})
CT("For which rooms do hints lift rating the most?","hints","rating")
CT("At a price of 30 per head, effect of actors on repeat","actors","repeat",at={"price":30})
P("Which rooms should hire actors to maximise next-month bookings?","actors","bookings_next")
P("Decide for each room how many hints to offer so that star ratings are maximised.","hints","stars")
P("For which venues is it worth adding live actors if the aim is more repeat customers?","actors","repeat")
M("Actors make the experience better, which shows up as higher stars, and that then drives bookings_next. What portion goes via stars?","actors","bookings_next","stars")
M("How much does difficulty reduce rating through lower escape rates rather than directly?","difficulty","rating","escape")
DI("Figure out which escape-room features influence which others, purely from the data.")
U("Make a bar chart of bookings by theme.","h19_escaperoom")

# 9 guinea worm
use("h19_guineaworm")
A("Estimate the ATE of filt_dist on case_n_fu adjusting for case_n_bl and src_typ.","filt_dist","case_n_fu",covariates=["case_n_bl","src_typ"])
A("Did handing out cloth water filters reduce guinea worm cases?","filt_dist","case_n_fu")
A("temephos -> inc_rate, ate, adj rain_mm","temephos","inc_rate",covariates=["rain_mm"])
A("Does larviciding lower incidence?","temephos",None,clarify=True)
A("Does a cash reward raise case reporting?","cash_rwd","report_rate")
A("What is the effect of health education sessions on follow-up case counts?","edu_sess","case_n_fu")
A("Are infected dogs fewer in villages treated with temephos, among the villages that were treated?","temephos","dog_inf_n",estimand="att")
A("Is the drop in cases after filter distribution causal, or is it because those villages were nearer clinics? Control for distance to the health centre.","filt_dist","case_n_fu",covariates=["dist_hc_km"])
A("Using dist_hc_km as an instrument, estimate the effect of edu_sess on case_n_fu.","edu_sess","case_n_fu",instrument="dist_hc_km")
CT("effect of filt_dist on case_n_fu in villages drawing water from ponds","filt_dist","case_n_fu",at={"src_typ":"pond"})
CT("When rainfall is 800 mm, what's temephos's effect on follow-up cases?","temephos","case_n_fu",at={"rain_mm":800})
CT("How does the effect of cash rewards on reporting differ by distance to the health centre?","cash_rwd","report_rate")
CT("For villages with 5 volunteer CHWs, effect of education sessions on inc_ratio","edu_sess","inc_ratio",at={"vol_chw":5})
P("Which villages should receive temephos treatment to minimise follow-up cases?","temephos","case_n_fu")
P("Allocate filters: targeting rule for filt_dist to minimise inc_rate","filt_dist","inc_rate")
P("Where should the cash reward scheme be deployed to maximise report_rate?","cash_rwd","report_rate")
M("Cash rewards help by increasing reporting, which then lets teams contain cases. How much of cash_rwd's effect on case_n_fu flows through report_rate?","cash_rwd","case_n_fu","report_rate")
M("Does temephos cut human cases (case_n_fu) via fewer infected dogs (dog_inf_n)?","temephos","case_n_fu","dog_inf_n")
DI("what causes what among the guinea worm village variables?")
DI("Run causal structure learning on h19_guineaworm and return the graph.")
U("What's the correlation between rain_mm and case_n_fu?","h19_guineaworm")

# 10 stained glass
use("h19_stainedglass")
A("ATE of kilnUpgrade on breakageRatePost controlling for breakageRatePre","kilnUpgrade","breakageRatePost",covariates=["breakageRatePre"])
A("Does a new kiln mean fewer panels crack?","kilnUpgrade","breakageRatePost")
A("onlineShop -> commissionsYr effect?","onlineShop","commissionsYr")
A("Does opening an online shop raise revenue?","onlineShop",None,clarify=True)
A("Do apprenticeship programs shorten the wait for a finished window?","apprenticeProg","leadTimeWks")
A("Is client satisfaction improved by the kiln upgrade?","kilnUpgrade","satisfaction")
A("For studios that did upgrade their kilns, what was the effect on revenueKv2?","kilnUpgrade","revenueKv2",estimand="att")
A("Effect of artisansN on leadTimeWks, adjust for commissionsYr and clientType","artisansN","leadTimeWks",covariates=["commissionsYr","clientType"])
CT("For church clients, effect of kilnUpgrade on satisfaction","kilnUpgrade","satisfaction",at={"clientType":"church"})
CT("When a studio has 3 artisans, does the apprenticeship program cut lead time?","apprenticeProg","leadTimeWks",at={"artisansN":3})
CT("How does the online shop's effect on commissions vary with how long the studio has been open?","onlineShop","commissionsYr")
CT("Among museum-focused studios, what does the online shop do to revenueKv2?","onlineShop","revenueKv2",at={"clientType":"museum"})
P("Which studios should get a kiln upgrade to minimise breakageRatePost?","kilnUpgrade","breakageRatePost")
P("targeting: which studios should set up an online shop to maximise commissionsYr","onlineShop","commissionsYr")
M("Kiln upgrade -> fewer breakages -> happier clients. What fraction of the effect on satisfaction is mediated by breakageRatePost?","kilnUpgrade","satisfaction","breakageRatePost")
M("Does the online shop raise revenueKv2 through more commissions (commissionsYr) or directly?","onlineShop","revenueKv2","commissionsYr")
M("Apprentices shorten lead times, and quicker turnaround then attracts more commissions. Quantify the indirect effect of apprenticeProg on commissionsYr through leadTimeWks.","apprenticeProg","commissionsYr","leadTimeWks")
DI("Estimate the causal graph of the stained glass studio data.")
U("what's the mean avgPriceK by clientType","h19_stainedglass")

# 11 quilting
use("h19_quilting")
A("Effect of mentoring on completed_later, adjusting for members and meetings","mentoring","completed_later",covariates=["members","meetings"])
A("Does being part of a mentoring scheme make quilters feel less isolated?","mentoring","loneliness_after")
A("ate machine on completed","machine","completed")
A("Does having access to a sewing machine improve wellbeing?","machine",None,clarify=True)
A("Do more get-togethers per month boost turnout?","meetings","attendance")
A("Is second-year retention higher because of mentoring, holding age constant?","mentoring","retention_year2",covariates=["age"])
A("How would loneliness have changed in circles without mentoring had they had it?","mentoring","loneliness_after",estimand="atc")
A("effect of fabric budget on number of projects started","fabric","projects")
CT("effect of mentoring on loneliness_after for circles meeting in libraries","mentoring","loneliness_after",at={"setting":"library"})
CT("When the average age is 70, what does machine access do to completed_later?","machine","completed_later",at={"age":70})
CT("which circles gain most wellbeing_new from mentoring?","mentoring","wellbeing_new")
CT("Under the condition that a circle meets 4 times a month, how does mentoring change retention_year2?","mentoring","retention_year2",at={"meetings":4})
P("Which quilting circles should get a mentoring scheme to cut loneliness_after the most?","mentoring","loneliness_after")
P("Who should we give sewing machines to, so that more quilts end up finished later on?","machine","completed_later")
M("Mentoring reduces loneliness by getting people to show up more often. How much of mentoring -> loneliness_after goes through attendance?","mentoring","loneliness_after","attendance")
M("direct vs indirect effect of machine on wellbeing_new via completed_later","machine","wellbeing_new","completed_later")
M("How much of mentoring's effect on retention_year2 is explained by attendance?","mentoring","retention_year2","attendance")
DI("Find the causal structure linking the quilting circle variables: which ones influence which?")

# 12 taekwondo
use("h19_taekwondo")
A("Estimate the ATE of SPAR_PROG on COMP_MEDALS_Y2, adjusting for MASTER_DAN and STUDENT_N.","SPAR_PROG","COMP_MEDALS_Y2",covariates=["MASTER_DAN","STUDENT_N"])
A("Does a sparring programme lead to more injuries?","SPAR_PROG","INJ_N")
A("Does extra class time improve pass rates at gradings?","CLASS_HRS",None,clarify=True)
A("anti bully prog -> RETENTION_12M","ANTI_BULLY_PROG","RETENTION_12M")
A("Are kids more likely to still be training after six months at schools with an anti-bullying programme?","ANTI_BULLY_PROG","RETENTION_6M")
A("How many more medals does a school win the following year thanks to sparring?","SPAR_PROG","COMP_MEDALS_Y2")
A("Is 12-month retention reduced by a higher monthly fee?","FEE_MO","RETENTION_12M")
A("Among schools running sparring, effect on GRADING_PASS_PCT","SPAR_PROG","GRADING_PASS_PCT",estimand="att")
CT("effect of SPAR_PROG on INJ_N among ITF schools","SPAR_PROG","INJ_N",at={"STYLE":"ITF"})
CT("When kids make up 80% of students, how does the anti-bullying programme affect 6-month retention?","ANTI_BULLY_PROG","RETENTION_6M",at={"KIDS_SHARE":80})
CT("Who benefits most from sparring, in terms of next year's medals?","SPAR_PROG","COMP_MEDALS_Y2")
CT("for schools led by a 5th dan master, effect of CLASS_HRS on BELT_PASS_RATE","CLASS_HRS","BELT_PASS_RATE",at={"MASTER_DAN":5})
P("Which schools should introduce the anti-bullying programme to maximise RETENTION_12M?","ANTI_BULLY_PROG","RETENTION_12M")
P("Who should run a sparring programme if we want the most medals next year?","SPAR_PROG","COMP_MEDALS_Y2")
M("Sparring programmes might win medals by raising grading pass rates (GRADING_PASS_PCT). What's the indirect effect on COMP_MEDALS_Y2?","SPAR_PROG","COMP_MEDALS_Y2","GRADING_PASS_PCT")
M("Anti-bullying programmes work by cutting injuries, which then keeps students enrolled for 12 months. Mediated share via INJ_N?","ANTI_BULLY_PROG","RETENTION_12M","INJ_N")
M("What portion of the sparring programme's effect on RETENTION_12M runs through INJ_N?","SPAR_PROG","RETENTION_12M","INJ_N")
DI("Learn how the taekwondo school variables are causally connected.")
U("SELECT STYLE, COUNT(*) FROM h19_taekwondo GROUP BY STYLE; run this for me","h19_taekwondo")

# 13 water polo
use("h19_waterpolo")
A("ATE of swim_cond on vo2_6m adjusting for vo2_bl and avg_age","swim_cond","vo2_6m",covariates=["vo2_bl","avg_age"])
A("Does hiring a goalkeeper coach cut goals let in per game?","gk_coach","conc_pg")
A("swim conditioning -> gls_pg_post, ate","swim_cond","gls_pg_post")
A("Does more pool time per week make clubs win more?","pool_hrs_wk",None,clarify=True)
A("Do concussions go up with more hours in the pool?","pool_hrs_wk","conc_inj")
A("Does swim conditioning improve aerobic capacity?","swim_cond","vo2_6m")
A("effect of gk_coach on win_rt_v2 among clubs that hired one","gk_coach","win_rt_v2",estimand="att")
A("Does a longer pool change how many goals a team scores per match?","pool_len_m","gls_pg_post")
CT("effect of gk_coach on conc_pg in the youth league","gk_coach","conc_pg",at={"lg":"youth"})
CT("For squads averaging 25 years old, what is the effect of swim conditioning on VO2 at six months?","swim_cond","vo2_6m",at={"avg_age":25})
CT("how does swim_cond's effect on gls_pg_post vary by funding","swim_cond","gls_pg_post")
CT("In 25 m pools, what does swim conditioning do to win_rt_v2?","swim_cond","win_rt_v2",at={"pool_len_m":25})
P("Which clubs should get a goalkeeper coach to minimise goals conceded per game?","gk_coach","conc_pg")
P("policy for swim_cond targeting to maximise win_rt_v2","swim_cond","win_rt_v2")
M("Swim conditioning raises VO2 (vo2_6m), and fitter players score more (gls_pg_post). How much of swim_cond's effect on gls_pg_post is through vo2_6m?","swim_cond","gls_pg_post","vo2_6m")
M("Goalkeeper coaching improves win_rt_v2 mostly by reducing conc_pg? Split into NDE and NIE.","gk_coach","win_rt_v2","conc_pg")
M("mediation: pool_hrs_wk -> vo2_6m -> win_rt_v2","pool_hrs_wk","win_rt_v2","vo2_6m")
DI("structure learning on h19_waterpolo")

# 14 brucellosis
use("h19_brucellosis")
A("Estimate the ATE of vacc_s19 on sero_prev_24m adjusting for sero_prev_bl, herd_sz and comm_graze.","vacc_s19","sero_prev_24m",covariates=["sero_prev_bl","herd_sz","comm_graze"])
A("Does S19 vaccination lower brucellosis seroprevalence two years on?","vacc_s19","sero_prev_24m")
A("test_slaughter -> sero_prev_24m ate","test_slaughter","sero_prev_24m")
A("Does vaccination cut abortions in herds?","vacc_s19",None,clarify=True)
A("Does vaccinating the animals mean fewer people catch undulant fever?","vacc_s19","hum_cases")
A("What's the effect of vet visits per year on milk yield?","vet_visits_yr","milk_yld_l")
A("For herds that weren't vaccinated, how much would seroprevalence have dropped had they been?","vacc_s19","sero_prev_24m",estimand="atc")
A("Is milk yield raised by S19 vaccination or is that confounding by production system? Adjust for sys.","vacc_s19","milk_yld_l",covariates=["sys"])
A("Using distance to market (km_mkt) as an instrument, estimate the effect of vet_visits_yr on sero_prev_24m.","vet_visits_yr","sero_prev_24m",instrument="km_mkt")
CT("effect of vacc_s19 on sero_prev_24m for goat herds","vacc_s19","sero_prev_24m",at={"spp":"goat"})
CT("Among pastoral herds, does test-and-slaughter reduce seroprevalence at 24 months?","test_slaughter","sero_prev_24m",at={"sys":"pastoral"})
CT("How does the vaccine's effect on seroprevalence vary with herd size?","vacc_s19","sero_prev_24m")
CT("For herds of 50 animals, effect of vacc_s19 on milk_yld_l","vacc_s19","milk_yld_l",at={"herd_sz":50})
P("Which herds should be prioritised for S19 vaccination to minimise sero_prev_24m?","vacc_s19","sero_prev_24m")
P("targeting rule for test_slaughter to minimise hum_cases","test_slaughter","hum_cases")
M("Vaccination cuts human cases by reducing herd seroprevalence. Indirect effect of vacc_s19 on hum_cases via sero_prev_24m?","vacc_s19","hum_cases","sero_prev_24m")
M("How much of vaccination's effect on milk yield comes through fewer abortions (abort_rt)?","vacc_s19","milk_yld_l","abort_rt")
M("Does test-and-slaughter reduce human cases because it lowers herd seroprevalence at 24 months, or via other routes?","test_slaughter","hum_cases","sero_prev_24m")
DI("Which herd factors cause which? learn the graph for the brucellosis data")
U("Give me a histogram of herd_sz.","h19_brucellosis")

# 15 iodine
use("h19_iodine")
A("Estimate the ATE of IODISED_SALT on GOITRE_PREV_FU adjusting for GOITRE_PREV_BL and ALTITUDE_M.","IODISED_SALT","GOITRE_PREV_FU",covariates=["GOITRE_PREV_BL","ALTITUDE_M"])
A("Did salt iodisation raise people's urinary iodine levels?","IODISED_SALT","UIC_FU")
A("IODINE_CAPS -> GOITRE_PREV_FU ate adj POVERTY_RATE","IODINE_CAPS","GOITRE_PREV_FU",covariates=["POVERTY_RATE"])
A("Does the iodine programme reduce goitre prevalence?",None,"GOITRE_PREV_FU",clarify=True)
A("Do iodine capsules improve schoolchildren's IQ?","IODINE_CAPS","IQ_SCHOOL")
A("Does wider household salt testing raise urinary iodine?","HH_SALT_TEST_PCT","UIC_FU")
A("Among districts that got iodised salt, how much did goitre prevalence fall because of it?","IODISED_SALT","GOITRE_PREV_FU",estimand="att")
A("Is the higher IQ in salt-iodisation districts causal or just because they're richer? Control for POVERTY_RATIO.","IODISED_SALT","IQ_SCHOOL",covariates=["POVERTY_RATIO"])
A("effect of iodised salt on thyroid cancer rates","IODISED_SALT",None,clarify=True)
CT("effect of IODISED_SALT on GOITRE_PREV_FU in HIGHLAND zone","IODISED_SALT","GOITRE_PREV_FU",at={"ZONE":"HIGHLAND"})
CT("At an altitude of 2000 m, how much do capsules cut goitre prevalence?","IODINE_CAPS","GOITRE_PREV_FU",at={"ALTITUDE_M":2000})
CT("In which districts does iodised salt raise UIC the most?","IODISED_SALT","UIC_FU")
CT("for urban districts, effect of IODINE_CAPS on UIC_FU","IODINE_CAPS","UIC_FU",at={"URBAN":1})
P("Which districts should receive iodine capsules to minimise goitre prevalence at follow-up?","IODINE_CAPS","GOITRE_PREV_FU")
P("Where should iodised salt be prioritised to maximise IQ_SCHOOL?","IODISED_SALT","IQ_SCHOOL")
P("Recommend which districts to enrol in the capsule programme so that school IQ rises most.","IODINE_CAPS","IQ_SCHOOL")
M("Iodised salt lowers goitre by raising iodine intake, measured as urinary iodine at follow-up. How much of IODISED_SALT -> GOITRE_PREV_FU is mediated by UIC_FU?","IODISED_SALT","GOITRE_PREV_FU","UIC_FU")
M("Capsules improve school IQ through better iodine status (UIC_FU)? direct vs indirect","IODINE_CAPS","IQ_SCHOOL","UIC_FU")
DI("causal discovery over the iodine district data")
DI("Which of the iodine programme measures are causes and which are effects? Work it out from the data.")
U("Summarise the iodine dataset: number of rows and missingness per column.","h19_iodine")

# unsupported, no dataset
for x in ["hi there!","Tell me a joke about statisticians.","What's the capital of Mongolia?",
 "Write a SQL query that joins orders to customers and sums order value by month.",
 "Translate 'causal inference' into French.","how do i install pandas on windows","Predict tomorrow's weather in Leeds.",
 "Write a haiku about quilts.","what is 17 times 23","Thanks, that's all for today."]:
    U(x,"none")

# audit
AU=[("Would our chatbot's loan approval change if the applicant's race were different but everything else stayed the same?","race","loan approval"),
("Test whether the LLM screening CVs gives a different hiring recommendation when only the candidate's gender is swapped.","gender","hiring recommendation"),
("Does GPT change its tenancy decision if the applicant's name sounds Arabic instead of English, all else equal?","name","tenancy decision"),
("Counterfactual fairness audit: does the AI triage assistant's urgency rating depend on patient age?","age","urgency rating"),
("If a caller has a strong regional accent, does the voice assistant's credit limit recommendation change?","accent","credit limit recommendation"),
("check if the model's scholarship decision flips when the applicant's religion is changed from Christian to Muslim","religion","scholarship decision"),
("Does the language model propose a lower salary offer when the candidate mentions a disability, holding qualifications fixed?","disability","salary offer"),
("Would the insurance chatbot quote a different premium if the customer were a woman rather than a man, everything else identical?","gender","premium"),
("audit: LM parole recommendation vs defendant race, counterfactual","race","parole recommendation"),
("Is the AI tutor's essay grade affected by the student's name being Jamal rather than Greg?","name","essay grade"),
("Does our support bot's refund approval change for customers who say they're over 70, all else fixed?","age","refund approval"),
("If the applicant's sexual orientation were different, would the LLM's mortgage recommendation change?","sexual orientation","mortgage recommendation"),
("Flip only the nationality in the prompt: does the model's visa decision move?","nationality","visa decision"),
("Does the medical chatbot's pain medication recommendation change when only the patient's race is changed?","race","pain medication recommendation"),
("Does the hiring assistant's candidate ranking change if an otherwise identical CV mentions pregnancy?","pregnancy","candidate ranking"),
("Counterfactual test of the AI tenant screener: does tenant approval differ by religion (Jewish vs Hindu) for identical profiles?","religion","tenant approval"),
("Would the LLM still grant the loan if the applicant's disability status changed (wheelchair user vs not), everything else equal?","disability status","loan"),
("Does the chatbot's job recommendation shift with the applicant's age when the CV is otherwise identical?","age","job recommendation")]
for x,t,y in AU: add(x,"audit",t,y,ds_="none")

REL=["Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
"Premise: X and Y are correlated; X and Z are correlated; Y and Z are independent, but Y and Z become dependent given X. Does X cause Y?",
"Among variables A, B, C, D: all pairs are correlated except A and D, which are independent given B and C. Is B a direct cause of D?",
"We observe that P and Q are correlated, Q and R are correlated, P and R are correlated, and P is independent of R given Q. Can we conclude that P directly causes R?",
"Let A, B and C be variables. A and B are independent. A and C are correlated. B and C are correlated. Is C a common effect of A and B?",
"Given: M is correlated with N; N is independent of O; M is correlated with O. Does N cause O?",
"Three variables E, F, G: E and F are correlated, F and G are correlated, E and G are correlated, and no conditional independence holds. Is E a cause of G?",
"If A ⟂ C | B, and A, B are dependent, and B, C are dependent, is B a confounder of A and C?",
"Statistical facts: W correlates with X, X correlates with Y, W is independent of Y. Does W cause Y through X?",
"suppose J and K are correlated and become independent once L is conditioned on. does J cause K?"]
for x in REL: add(x,"relation",ds_="none")

GEN=["Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
"Make a benchmark dataset where a language model writes the structural equations for rainfall, crop yield and farm income, given the DAG rainfall -> yield -> income.",
"Simulate data from the SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e.",
"Use an LLM to invent plausible variables and equations for a 6-node DAG and sample 1000 rows.",
"create synthetic data with a known treatment effect of 3 and age as a confounder, for benchmarking causal estimators",
"Generate a fake causal dataset following the graph A->B, A->C, B->D, C->D with nonlinear mechanisms.",
"I need a semi-synthetic benchmark: let the language model define each node's mechanism in the DAG smoking -> tar -> cancer, then sample 10k rows.",
"Sample 2000 observations from a structural causal model with an instrument Z -> T -> Y and a hidden confounder between T and Y.",
"Could you synthesise a dataset from this DAG (education -> income -> health; education -> health) without an LLM, just linear equations with noise sd 0.5?",
"generate benchmark data: LLM-written equations, mediator chain X -> M -> Y, 500 rows"]
for x in GEN: add(x,"generate",ds_="none")

# validate
for q in Q:
    e=q["expected"]; d=q["dataset"]
    if d!="none" and e["kind"] not in ("audit",):
        cols=DS[d]["columns"]
        for r in ("treatment","outcome","mediator","instrument"):
            v=e.get(r)
            assert v is None or v in cols,(q["question"],r,v)
        for c in e.get("covariates",[]): assert c in cols,(q,c)
        for c,v in e.get("at",{}).items():
            assert c in cols,(q,c)
            if cols[c]["type"]=="categorical": assert v in cols[c]["values"],(q,c,v)
            else: assert isinstance(v,(int,float)),(q,c)
for n,d in DS.items():
    assert 13<=len(d["columns"])<=18,(n,len(d["columns"]))
assert len({q["question"] for q in Q})==len(Q)
random.Random(19019).shuffle(Q)
json.dump(DS,open(f"{OUT}/datasets.json","w"),indent=1)
with open(f"{OUT}/questions.jsonl","w") as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+"\n")
kc=collections.Counter(q["expected"]["kind"] for q in Q)
mods=collections.Counter()
for q in Q:
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in q["expected"]: mods[k if k!="estimand" else "estimand="+q["expected"]["estimand"]]+=1
print(len(Q),dict(kc),dict(mods))
