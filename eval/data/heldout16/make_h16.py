import json, random, collections
OUT="/work/h16out"
DS={}
def dataset(name, desc, cols):
    DS[name]={"description":desc,"columns":{c:{"type":t,"values":v} for c,t,v in cols}}
    return name

# ---------- datasets ----------
dataset("h16_haemophilia","Patients followed at a haemophilia treatment centre: factor replacement / emicizumab regimens, bleeding rates and joint health at baseline and 12 months.",[
 ("pt_id","id",["HTC-0012","HTC-0187","HTC-0420"]),
 ("age_yr","numeric",[9,27,54]),
 ("sev_cat","categorical",["mild","moderate","severe"]),
 ("hemo_type","categorical",["A","B"]),
 ("prophy","binary",[0,1]),
 ("emicizumab","binary",[0,1]),
 ("inhib_bu","numeric",[0.0,2.5,14.0]),
 ("fviii_trough","numeric",[0.5,3.2,8.1]),
 ("adher_pct","numeric",[62,88,100]),
 ("dist_km","numeric",[4.2,38.0,210.5]),
 ("physio_sess","numeric",[0,6,18]),
 ("abr_bl","numeric",[2,11,27]),
 ("abr_12m","numeric",[0,3,15]),
 ("jbr_12m","numeric",[0,2,9]),
 ("hjhs_bl","numeric",[4,17,38]),
 ("hjhs_12m","numeric",[3,15,36]),
 ("qol_score","numeric",[55,71,90]),
 ("qol_score_v2","numeric",[48,69,93]),
])
dataset("h16_barbershop_app","User-level product analytics from a barbershop booking app: reminders, loyalty, discounts, bookings, no-shows and churn.",[
 ("userId","id",["u_81723","u_02291","u_55410"]),
 ("signupChannel","categorical",["organic","referral","paidSocial","search"]),
 ("ageBand","categorical",["18-24","25-34","35-44","45+"]),
 ("cityTier","categorical",["tier1","tier2","tier3"]),
 ("isPremiumShop","binary",[0,1]),
 ("reminderPush","binary",[0,1]),
 ("loyaltyEnrolled","binary",[0,1]),
 ("discountPct","numeric",[0,10,25]),
 ("sessionsPerWk","numeric",[0.5,2.0,6.5]),
 ("avgWaitMin","numeric",[3,12,35]),
 ("bookingsPerMo","numeric",[0,1,4]),
 ("noShowRate","numeric",[0.0,0.08,0.3]),
 ("churned30d","binary",[0,1]),
 ("churned90d","binary",[0,1]),
 ("ltvUsd","numeric",[22.5,140.0,610.0]),
 ("appRating","numeric",[2,4,5]),
 ("appRatingV2","numeric",[2.8,4.1,4.9]),
])
dataset("h16_ballet","Season-level records for ballet companies: funding, touring, outreach, new commissions, audiences, injuries and critical reviews.",[
 ("company","id",["Northern Lights Ballet","Ballet Azul","Kestrel Dance Co"]),
 ("region","categorical",["north","south","east","west"]),
 ("founded","date",["1958-09-01","1987-02-15","2004-06-30"]),
 ("dancers","numeric",[14,32,68]),
 ("budget","numeric",[850000,3200000,14500000]),
 ("subsidy","numeric",[0,400000,2100000]),
 ("touring","binary",[0,1]),
 ("outreach","binary",[0,1]),
 ("newwork","binary",[0,1]),
 ("ticketprice","numeric",[25,45,110]),
 ("attendance_prev","numeric",[12000,48000,190000]),
 ("attendance","numeric",[11000,52000,205000]),
 ("injuries_prev","numeric",[2,7,19]),
 ("injuries","numeric",[1,6,21]),
 ("reviews","numeric",[2.5,3.5,4.5]),
 ("reviews_v2","numeric",[58,72,91]),
 ("donations","numeric",[20000,310000,2400000]),
])
dataset("h16_kombucha","Craft kombucha brewers: fermentation practice, certification, lab testing, distribution deals, product chemistry, recalls and revenue.",[
 ("BREWER_ID","id",["KB-104","KB-233","KB-590"]),
 ("REGION","categorical",["PNW","CAL","MTN","NE","SE"]),
 ("BATCH_L","numeric",[120,500,2000]),
 ("FERM_DAYS","numeric",[7,14,28]),
 ("SCOBY_AGE_WK","numeric",[4,20,80]),
 ("ORGANIC_CERT","binary",[0,1]),
 ("LAB_TEST","binary",[0,1]),
 ("DIST_DEAL","binary",[0,1]),
 ("PH_FINAL","numeric",[2.7,3.1,3.6]),
 ("ABV_PCT","numeric",[0.3,0.5,1.2]),
 ("ABV_PCT_V2","numeric",[0.28,0.55,1.31]),
 ("SHELF_LIFE_D","numeric",[30,90,180]),
 ("RECALL_6M","binary",[0,1]),
 ("RECALL_12M","binary",[0,1]),
 ("RETAIL_ACCTS","numeric",[3,25,140]),
 ("REV_Q1","numeric",[8000,45000,260000]),
 ("REV_Q4","numeric",[9500,52000,310000]),
])
dataset("h16_velodromes","Cycling velodromes: track characteristics, coaching and junior programmes, fees, membership, utilisation, crashes and revenue.",[
 ("vel_id","id",["VEL-03","VEL-17","VEL-42"]),
 ("opened","date",["1972-05-20","1996-07-01","2012-03-11"]),
 ("indoor","binary",[0,1]),
 ("track_m","numeric",[250,333,400]),
 ("surf","categorical",["wood","concrete","asphalt"]),
 ("city_pop_k","numeric",[80,500,4200]),
 ("fee_usd","numeric",[15,40,95]),
 ("coach_prog","binary",[0,1]),
 ("jr_prog","binary",[0,1]),
 ("race_evt_yr","numeric",[4,18,60]),
 ("memb_bl","numeric",[60,310,1400]),
 ("memb_12m","numeric",[55,340,1520]),
 ("util_pct_wkday","numeric",[12,35,70]),
 ("util_pct_wkend","numeric",[30,62,95]),
 ("crash_rate","numeric",[0.4,1.2,3.5]),
 ("crash_rate_adj","numeric",[0.5,1.1,2.9]),
 ("rev_k","numeric",[90,640,3100]),
])
dataset("h16_archery","Archery ranges and clubs: setting, coaching, lessons, equipment loans, fees, safety incidents, retention, scores and revenue.",[
 ("range","id",["Oakfield Bowmen","Riverside Archery","Pine Hollow Range"]),
 ("setting","categorical",["indoor","outdoor"]),
 ("rural","binary",[0,1]),
 ("members","numeric",[25,110,420]),
 ("coaches","numeric",[1,4,12]),
 ("youth_share","numeric",[0.05,0.3,0.6]),
 ("fee","numeric",[30,60,150]),
 ("lessons","binary",[0,1]),
 ("equipment_loan","binary",[0,1]),
 ("incidents_prev","numeric",[0,2,9]),
 ("incidents","numeric",[0,1,7]),
 ("retention_3mo","numeric",[0.55,0.78,0.95]),
 ("retention_12mo","numeric",[0.3,0.52,0.81]),
 ("score","numeric",[410,560,660]),
 ("score_v2","numeric",[38.5,51.2,58.9]),
 ("revenue","numeric",[12000,54000,230000]),
])
dataset("h16_hostels","Backpacker hostels: amenities, pricing, social programme, occupancy before/after, repeat guests, theft and review scores.",[
 ("hostelId","id",["hst_0091","hst_1420","hst_3307"]),
 ("country","categorical",["Thailand","Vietnam","Peru","Portugal","Australia"]),
 ("bedsTotal","numeric",[18,64,220]),
 ("dormShare","numeric",[0.4,0.75,1.0]),
 ("distToCentreKm","numeric",[0.3,2.1,8.5]),
 ("nightlyPriceUsd","numeric",[7,15,38]),
 ("freeBreakfast","binary",[0,1]),
 ("socialEvents","binary",[0,1]),
 ("lockerProvided","binary",[0,1]),
 ("avgStayNights","numeric",[1.6,2.8,5.4]),
 ("theftReports","numeric",[0,3,14]),
 ("occupancyPre","numeric",[0.35,0.62,0.94]),
 ("occupancyPost","numeric",[0.38,0.66,0.97]),
 ("repeatGuest6m","numeric",[0.02,0.07,0.18]),
 ("repeatGuest12m","numeric",[0.04,0.11,0.26]),
 ("reviewScore","numeric",[7.1,8.6,9.5]),
 ("reviewScoreV2","numeric",[3.6,4.3,4.8]),
])
dataset("h16_arcades","Amusement arcades: location, VR zones, card vs token payment, prizes, staffing, footfall, revenue before/after, spend and repeat visits.",[
 ("ARCADE_ID","id",["ARC-0007","ARC-0113","ARC-0268"]),
 ("REGION","categorical",["URBAN","SUBURBAN","RURAL"]),
 ("MALL_LOC","binary",[0,1]),
 ("MACHINES_N","numeric",[25,80,240]),
 ("VR_ZONE","binary",[0,1]),
 ("CARD_SYS","binary",[0,1]),
 ("TOKEN_PRICE","numeric",[0.25,1.0,2.0]),
 ("PRIZE_BUDGET","numeric",[500,3000,15000]),
 ("STAFF_N","numeric",[2,6,18]),
 ("FOOTFALL_WKDAY","numeric",[150,600,2400]),
 ("FOOTFALL_WKEND","numeric",[400,1500,6000]),
 ("REV_PRE","numeric",[18000,64000,290000]),
 ("REV_POST","numeric",[17000,71000,335000]),
 ("SPEND_PER_VISIT","numeric",[6.5,14.0,32.0]),
 ("SPEND_PER_VISIT_V2","numeric",[7.1,13.2,29.8]),
 ("REPEAT_30D","numeric",[0.12,0.28,0.51]),
 ("REPEAT_90D","numeric",[0.2,0.41,0.68]),
])
dataset("h16_autorickshaw","Auto-rickshaw driver cooperatives in Indian cities: fuel conversion, EV pilots, app tie-ups, microloans, training, driver income, accidents, loan default and satisfaction.",[
 ("coop_id","id",["ARC-KA-07","ARC-MH-21","ARC-WB-03"]),
 ("state","categorical",["KA","MH","TN","DL","WB"]),
 ("n_drivers","numeric",[40,200,1100]),
 ("cng_conv","binary",[0,1]),
 ("ev_pilot","binary",[0,1]),
 ("app_tieup","binary",[0,1]),
 ("microloan","binary",[0,1]),
 ("loan_amt_k","numeric",[0,45,150]),
 ("trng_hrs","numeric",[0,12,40]),
 ("daily_km","numeric",[60,110,180]),
 ("fuel_cost_d","numeric",[180,420,760]),
 ("accid_yr","numeric",[0,3,12]),
 ("inc_bl","numeric",[9000,15500,26000]),
 ("inc_12m","numeric",[9800,17200,29500]),
 ("default_6m","binary",[0,1]),
 ("default_12m","binary",[0,1]),
 ("drv_sat","numeric",[2,3,5]),
 ("drv_sat_v2","numeric",[41,63,88]),
])
dataset("h16_organ_donor","Organ-donor registration drives: venue, volunteers, faith-leader endorsement, incentives, donor-family speakers, leaflets, awareness, registrations and later withdrawals.",[
 ("drive","id",["DRV-2019-014","DRV-2021-102","DRV-2023-057"]),
 ("date","date",["2019-04-13","2021-09-25","2023-02-04"]),
 ("venue","categorical",["campus","workplace","festival","clinic","mall"]),
 ("urban","binary",[0,1]),
 ("volunteers","numeric",[3,10,28]),
 ("faith_leader","binary",[0,1]),
 ("incentive","binary",[0,1]),
 ("personal_story","binary",[0,1]),
 ("leaflets","numeric",[100,800,5000]),
 ("hours","numeric",[2,6,12]),
 ("visitors","numeric",[150,900,6500]),
 ("awareness_pre","numeric",[0.31,0.46,0.62]),
 ("awareness_post","numeric",[0.4,0.58,0.77]),
 ("registrations","numeric",[4,37,310]),
 ("registration_rate","numeric",[0.01,0.04,0.09]),
 ("withdrawals_6mo","numeric",[0,2,11]),
 ("withdrawals_12mo","numeric",[0,3,17]),
])
dataset("h16_scoliosis","Adolescent idiopathic scoliosis patients at a bracing clinic: skeletal maturity, curve type, brace prescription and wear time, exercise therapy, Cobb angles, surgery and SRS-22 scores.",[
 ("pt_no","id",["SC-1043","SC-2210","SC-3178"]),
 ("sex","categorical",["F","M"]),
 ("age_yr","numeric",[10.5,12.8,15.1]),
 ("bmi","numeric",[15.9,18.7,24.3]),
 ("risser","numeric",[0,2,4]),
 ("curve_type","categorical",["thoracic","thoracolumbar","lumbar","double"]),
 ("cobb_bl","numeric",[22,31,44]),
 ("brace","binary",[0,1]),
 ("brace_type","categorical",["boston","rigo_cheneau","night","none"]),
 ("wear_hrs_d","numeric",[0,13,21]),
 ("pses","binary",[0,1]),
 ("cobb_24m","numeric",[18,33,55]),
 ("progr_6deg","binary",[0,1]),
 ("surg_mat","binary",[0,1]),
 ("srs22_bl","numeric",[3.4,4.1,4.7]),
 ("srs22_fu","numeric",[3.2,4.2,4.8]),
 ("srs22r_fu","numeric",[3.1,4.0,4.9]),
])
dataset("h16_autism_ei","Children in autism early-intervention programmes: entry age, site, ESDM, ABA intensity, parent coaching, speech therapy, home visits, ADOS/Vineland/Mullen scores and school placement.",[
 ("child_id","id",["EI-00451","EI-01208","EI-02977"]),
 ("site","categorical",["urban_clinic","rural_clinic","telehealth"]),
 ("sex","categorical",["F","M"]),
 ("age_months_at_entry","numeric",[18,30,48]),
 ("diagnosis_age_m","numeric",[16,26,44]),
 ("household_income","numeric",[22000,58000,140000]),
 ("esdm","binary",[0,1]),
 ("aba_hrs_wk","numeric",[0,10,30]),
 ("parent_coaching","binary",[0,1]),
 ("speech_therapy","binary",[0,1]),
 ("home_visits","numeric",[0,6,24]),
 ("ados_css_bl","numeric",[4,7,10]),
 ("ados_css_18m","numeric",[3,6,10]),
 ("vabs_bl","numeric",[58,71,88]),
 ("vabs_18m","numeric",[60,76,95]),
 ("mullen_elc","numeric",[49,68,97]),
 ("mullen_elc_v2","numeric",[51,70,99]),
 ("school_mainstream","binary",[0,1]),
])
dataset("h16_lyme","Townships in Lyme-endemic states running tick-control programmes: habitat, deer density, four-poster stations, acaricide, bait boxes, education, spending, tick densities and human case rates.",[
 ("TOWNSHIP_ID","id",["TWP-CT-018","TWP-NY-204","TWP-WI-077"]),
 ("STATE","categorical",["CT","NY","PA","MA","WI","MN"]),
 ("FOREST_PCT","numeric",[18,45,78]),
 ("HOUSEHOLDS","numeric",[900,4200,21000]),
 ("DEER_DENS","numeric",[8,24,61]),
 ("FOURPOSTER","binary",[0,1]),
 ("ACARICIDE_SPRAY","binary",[0,1]),
 ("BAIT_BOX","binary",[0,1]),
 ("PUBLIC_EDU","binary",[0,1]),
 ("SPEND_USD","numeric",[5000,48000,260000]),
 ("NYMPH_DENS_PRE","numeric",[4.1,12.5,31.0]),
 ("NYMPH_DENS_POST","numeric",[2.2,9.8,29.4]),
 ("INFECT_PCT","numeric",[11,22,39]),
 ("CASES_Y1","numeric",[2,19,140]),
 ("CASES_Y2","numeric",[1,16,151]),
 ("INCID_PER100K","numeric",[12,95,410]),
 ("INCID_RATE_ADJ","numeric",[14,88,385]),
])
dataset("h16_leprosy","District-level leprosy control programme data: MDT coverage, SDR post-exposure prophylaxis, contact screening, ASHA incentives, stigma, case detection, disability and treatment completion.",[
 ("dist_code","id",["D-BR-112","D-OD-045","D-UP-301"]),
 ("province","categorical",["Bihar","Odisha","Chhattisgarh","Jharkhand","Uttar Pradesh"]),
 ("urban","binary",[0,1]),
 ("pop_k","numeric",[650,2100,5400]),
 ("clinics_n","numeric",[2,8,25]),
 ("asha_incent","binary",[0,1]),
 ("mdt_cov","numeric",[61,84,98]),
 ("sdr_pep","binary",[0,1]),
 ("cont_screen","binary",[0,1]),
 ("stigma_idx","numeric",[0.2,0.45,0.8]),
 ("ncdr_bl","numeric",[4.5,12.0,31.0]),
 ("ncdr_y3","numeric",[3.1,10.4,28.7]),
 ("g2d_pct","numeric",[1.5,4.2,9.8]),
 ("g2d_rate","numeric",[0.1,0.4,1.3]),
 ("child_pct","numeric",[3,7,14]),
 ("dflt_pct","numeric",[2,6,18]),
 ("rx_compl_pct","numeric",[78,90,98]),
])
dataset("h16_ewaste","E-waste recycling operations: licensing, workforce, throughput, PPE programmes, automated shredding, R2 certification, take-back contracts, material recovery, worker blood lead, injuries, profit and fines.",[
 ("recyclerId","id",["EW-IN-0031","EW-GH-0007","EW-DE-0112"]),
 ("country","categorical",["India","Ghana","Nigeria","China","Germany"]),
 ("formalLicensed","binary",[0,1]),
 ("workersN","numeric",[6,45,380]),
 ("tonnesPerMo","numeric",[4,60,900]),
 ("ppeProgram","binary",[0,1]),
 ("autoShredder","binary",[0,1]),
 ("certR2","binary",[0,1]),
 ("takebackDeal","binary",[0,1]),
 ("recoveryRatePct","numeric",[35,62,91]),
 ("recoveryRateV2","numeric",[0.33,0.6,0.93]),
 ("leadExposureBl","numeric",[6.2,14.8,38.0]),
 ("leadExposure12m","numeric",[5.1,12.9,35.5]),
 ("injuryRate6m","numeric",[0.5,2.4,7.8]),
 ("injuryRate12m","numeric",[1.1,4.6,14.2]),
 ("profitMarginPct","numeric",[-4,9,22]),
 ("fineIssued","binary",[0,1]),
])

# ---------- questions ----------
Q=[]
cur=[None]
def use(d): cur[0]=d
def add(q,kind,t=None,y=None,m=None,ds="cur",**kw):
    d=cur[0] if ds=="cur" else ds
    e={"kind":kind,"treatment":t,"outcome":y,"mediator":m}
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in kw: e[k]=kw[k]
    Q.append({"question":q,"dataset":d if d else "none",
              "columns":list(DS[d]["columns"]) if d else None,
              "split":"test","origin":"heldout16","expected":e})
A=lambda q,t,y,**k: add(q,"ate",t,y,**k)
C=lambda q,t,y,**k: add(q,"cate",t,y,**k)
P=lambda q,t,y,**k: add(q,"policy",t,y,**k)
M=lambda q,t,y,m,**k: add(q,"mediation",t,y,m,**k)
D=lambda q: add(q,"discover")
U=lambda q,**k: add(q,"unsupported",**k)

# 1 haemophilia
use("h16_haemophilia")
A("Estimate the average treatment effect of prophylaxis (`prophy`) on the 12-month annualised bleeding rate (`abr_12m`), adjusting for `sev_cat`, `age_yr` and `abr_bl`.","prophy","abr_12m",covariates=["sev_cat","age_yr","abr_bl"])
A("does switching people onto emicizumab cut how often they bleed into their joints?","emicizumab","jbr_12m")
A("ate emicizumab -> abr_12m adj inhib_bu, hemo_type","emicizumab","abr_12m",covariates=["inhib_bu","hemo_type"])
A("Is the better joint health we see in patients on regular prophylaxis a genuine effect, or just that milder patients tend to choose it?","prophy","hjhs_12m")
A("What is the effect of emicizumab on quality of life among the patients who actually received it?","emicizumab",None,estimand="att",clarify=True)
A("How much do additional physiotherapy sessions (`physio_sess`) change the 12-month joint score (`hjhs_12m`)?","physio_sess","hjhs_12m")
A("Effect of living further from the centre on the bleed rate. Control for severity.","dist_km","abr_12m",covariates=["sev_cat"])
A("Does sticking more closely to the infusion schedule raise factor VIII trough levels?","adher_pct","fviii_trough")
A("Does gene therapy lower annualised bleeding rates in our patients?",None,"abr_12m",clarify=True)
C("For patients with severe haemophilia, what is the effect of `prophy` on `abr_12m`?","prophy","abr_12m",at={"sev_cat":"severe"})
C("Among haemophilia B patients, does prophylaxis reduce annualised bleeds?","prophy","abr_12m",at={"hemo_type":"B"})
C("How does the benefit of emicizumab on joint bleeds vary with inhibitor titre - who gains the most?","emicizumab","jbr_12m")
C("effect of prophylaxis on qol_score_v2 under the condition that the patient is 12 years old","prophy","qol_score_v2",at={"age_yr":12})
P("Which patients should we prioritise for emicizumab to minimise their bleeding rate over the next year?","emicizumab","abr_12m")
P("Learn a treatment rule for assigning prophylaxis (`prophy`) that maximises `qol_score`, using severity, age and distance to the centre.","prophy","qol_score")
P("Physio slots are limited - who should get more physio sessions to best protect their joints?","physio_sess","hjhs_12m")
M("Prophylaxis is supposed to work by raising trough factor VIII, which then prevents bleeds. How much of prophy's effect on abr_12m runs through fviii_trough?","prophy","abr_12m","fviii_trough")
M("Decompose the effect of emicizumab on qol_score into the part that goes via joint bleeds (jbr_12m) and the direct part.","emicizumab","qol_score","jbr_12m")
D("Which of these clinical measurements drive which? Recover the dependency structure among the treatment centre's variables.")
U("Plot the distribution of abr_12m by sev_cat.")

# 2 barbershop
use("h16_barbershop_app")
A("What is the causal effect of `reminderPush` on `noShowRate`?","reminderPush","noShowRate")
A("do appointment reminders make people skip fewer haircuts","reminderPush","noShowRate")
A("Does the loyalty program reduce churn?","loyaltyEnrolled",None,clarify=True)
A("ate of discountPct on bookingsPerMo, ctrl cityTier + ageBand","discountPct","bookingsPerMo",covariates=["cityTier","ageBand"])
A("Is lifetime value raised by enrolling users in loyalty, or are loyal users just heavy app users anyway? Adjust for sessionsPerWk.","loyaltyEnrolled","ltvUsd",covariates=["sessionsPerWk"])
A("How much does sitting longer in the queue push customers to leave within 90 days?","avgWaitMin","churned90d")
A("Estimate the effect of `loyaltyEnrolled` on `churned30d` for the users who enrolled.","loyaltyEnrolled","churned30d",estimand="att")
A("Impact of bigger discounts on what a customer is worth over their lifetime","discountPct","ltvUsd")
A("What's the effect of the referral bonus amount on monthly bookings?",None,"bookingsPerMo",clarify=True)
C("Effect of `reminderPush` on `noShowRate` among users whose `signupChannel` is referral","reminderPush","noShowRate",at={"signupChannel":"referral"})
C("In tier-3 cities, does loyalty enrolment lower 90-day churn?","loyaltyEnrolled","churned90d",at={"cityTier":"tier3"})
C("For which age bands is the discount most effective at driving bookings?","discountPct","bookingsPerMo")
C("cate of reminderPush on churned30d when isPremiumShop = 1","reminderPush","churned30d",at={"isPremiumShop":1})
P("Who should receive push reminders so that no-shows are minimised?","reminderPush","noShowRate")
P("Design a targeting rule for loyalty enrolment (`loyaltyEnrolled`) that maximises `ltvUsd`.","loyaltyEnrolled","ltvUsd")
P("which users to give discounts to if we want to keep them from churning in the next 90 days","discountPct","churned90d")
M("Reminders work by getting people to open the app more often, which then drives bookings. How much of reminderPush's effect on bookingsPerMo is through sessionsPerWk?","reminderPush","bookingsPerMo","sessionsPerWk")
M("Does loyalty enrolment cut 90-day churn directly, or mostly by getting people to book more each month?","loyaltyEnrolled","churned90d","bookingsPerMo")
M("mediation: discountPct -> noShowRate -> ltvUsd","discountPct","ltvUsd","noShowRate")
D("Find the causal structure among the barbershop app usage metrics.")
D("What causes what between sessions, bookings, no-shows and churn in this app data? I want the arrows.")
U("Forecast next month's bookingsPerMo for each user.")

# 3 ballet
use("h16_ballet")
A("Does running a schools outreach programme increase audience numbers for a ballet company?","outreach","attendance")
A("Estimate the average effect of touring (`touring`) on `injuries`, controlling for `dancers` and `injuries_prev`.","touring","injuries",covariates=["dancers","injuries_prev"])
A("how much does state funding boost what patrons give?","subsidy","donations")
A("Effect of premiering new work on critical reception","newwork",None,clarify=True)
A("Is attendance lowered by higher ticket prices, net of budget and region?","ticketprice","attendance",covariates=["budget","region"])
A("ate newwork on donations","newwork","donations")
A("Among companies that did not tour, what would touring have done to their audiences?","touring","attendance",estimand="atc")
C("Effect of `outreach` on `attendance` for companies in the north region","outreach","attendance",at={"region":"north"})
C("When the ticket price is $45, what is the effect of premiering new work on attendance?","newwork","attendance",at={"ticketprice":45})
C("Does the injury effect of touring differ by company size? Where is it largest?","touring","injuries")
C("among companies with 30 dancers, how does subsidy change reviews_v2","subsidy","reviews_v2",at={"dancers":30})
P("Which companies should an arts council give subsidy to in order to maximise attendance?","subsidy","attendance")
P("targeting: which companies should be encouraged to tour if we want to keep dancer injuries low?","touring","injuries")
M("Outreach works by lifting attendance, which then brings in donations. Split outreach -> donations into the direct part and the part via attendance.","outreach","donations","attendance")
M("How much of the effect of `newwork` on `donations` is mediated by `reviews`?","newwork","donations","reviews")
D("Map out what influences what among budget, subsidy, touring, attendance and donations for these ballet companies.")
U("What's the mean budget per region?")

# 4 kombucha
use("h16_kombucha")
A("Estimate the ATE of `FERM_DAYS` on `ABV_PCT_V2`.","FERM_DAYS","ABV_PCT_V2")
A("does longer fermentation make the brew more alcoholic","FERM_DAYS",None,clarify=True)
A("Does routine lab testing reduce the chance of a recall within a year?","LAB_TEST","RECALL_12M")
A("ATE ORGANIC_CERT on REV_Q4 adj BATCH_L REGION REV_Q1","ORGANIC_CERT","REV_Q4",covariates=["BATCH_L","REGION","REV_Q1"])
A("Would signing with a distributor grow the number of shops that stock a brewer's kombucha?","DIST_DEAL","RETAIL_ACCTS")
A("Is shelf life extended by a lower final pH, or is that association just confounded by batch size?","PH_FINAL","SHELF_LIFE_D",covariates=["BATCH_L"])
A("effect of older scoby cultures on acidity","SCOBY_AGE_WK","PH_FINAL")
A("For brewers who got a distribution deal, how much did it lift fourth-quarter revenue?","DIST_DEAL","REV_Q4",estimand="att")
A("What is the effect of sugar content on shelf life (SHELF_LIFE_D)?",None,"SHELF_LIFE_D",clarify=True)
C("Effect of lab testing (LAB_TEST) on six-month recalls (RECALL_6M) in the PNW region","LAB_TEST","RECALL_6M",at={"REGION":"PNW"})
C("At 14 days of fermentation, what does organic certification do to Q4 revenue?","ORGANIC_CERT","REV_Q4",at={"FERM_DAYS":14})
C("How does the effect of fermentation time (FERM_DAYS) on ABV_PCT vary with batch size (BATCH_L)?","FERM_DAYS","ABV_PCT")
C("for 500 L batches, effect of lab testing on how long the product keeps","LAB_TEST","SHELF_LIFE_D",at={"BATCH_L":500})
P("Which brewers should a trade body subsidise lab testing for, to minimise recalls over 12 months?","LAB_TEST","RECALL_12M")
P("POLICY: assign DIST_DEAL to maximise REV_Q4","DIST_DEAL","REV_Q4")
P("Who benefits enough from going organic that they should pursue certification, if the goal is more stockists?","ORGANIC_CERT","RETAIL_ACCTS")
M("Lab testing presumably reduces recalls because it pushes the final pH down. Quantify the indirect effect of `LAB_TEST` on `RECALL_12M` via `PH_FINAL`.","LAB_TEST","RECALL_12M","PH_FINAL")
M("How much of the distributor deal's effect on Q4 revenue is explained by the extra retail accounts it brings?","DIST_DEAL","REV_Q4","RETAIL_ACCTS")
D("Learn the causal DAG over FERM_DAYS, SCOBY_AGE_WK, PH_FINAL, ABV_PCT and SHELF_LIFE_D.")
U("SELECT REGION, AVG(REV_Q4) FROM kombucha GROUP BY REGION - can you run that for me?")

# 5 velodromes
use("h16_velodromes")
A("What is the effect of a junior programme (`jr_prog`) on membership (`memb_12m`), adjusting for `memb_bl` and `city_pop_k`?","jr_prog","memb_12m",covariates=["memb_bl","city_pop_k"])
A("Does having a coaching programme raise how busy the track is?","coach_prog",None,clarify=True)
A("do indoor tracks have fewer crashes (risk-adjusted rate) because they're indoors, or is that confounding?","indoor","crash_rate_adj")
A("ate fee_usd on memb_12m","fee_usd","memb_12m")
A("How much extra revenue does hosting more race meetings a year bring in?","race_evt_yr","rev_k")
A("Is weekend utilisation increased by coaching sessions? control for indoor and surf","coach_prog","util_pct_wkend",covariates=["indoor","surf"])
A("Effect of a junior programme on revenue among velodromes that don't currently run one","jr_prog","rev_k",estimand="atc")
C("Effect of the coaching programme (`coach_prog`) on `crash_rate` for wooden tracks (`surf`)","coach_prog","crash_rate",at={"surf":"wood"})
C("for 250 m tracks, does a junior programme increase membership?","jr_prog","memb_12m",at={"track_m":250})
C("In cities of 500k people, what does raising the entry fee do to weekday utilization (util_pct_wkday)?","fee_usd","util_pct_wkday",at={"city_pop_k":500})
C("Which kinds of velodromes see the largest membership gains from coaching?","coach_prog","memb_12m")
C("For indoor tracks, does a coaching programme change utilisation?","coach_prog",None,at={"indoor":1},clarify=True)
P("Which velodromes should the federation fund to start junior programmes, to maximise membership?","jr_prog","memb_12m")
P("where should we roll out coaching to reduce the raw crash rate (crash_rate)?","coach_prog","crash_rate")
P("Optimal rule: how many race events should each track host to maximise `rev_k`?","race_evt_yr","rev_k")
M("Junior programmes grow membership, which in turn raises revenue. What fraction of jr_prog's effect on rev_k goes through memb_12m?","jr_prog","rev_k","memb_12m")
M("Does coaching reduce crashes directly, or by increasing weekday use? (coach_prog, util_pct_wkday, crash_rate)","coach_prog","crash_rate","util_pct_wkday")
D("causal discovery on the velodromes data")
D("Which track characteristics influence which others? Work out the directed relationships among fee, membership, utilisation and revenue.")
U("Clean up the opened dates and fill in missing fees.")

# 6 archery
use("h16_archery")
A("Does offering structured lessons improve how well archers shoot?","lessons",None,clarify=True)
A("Estimate the effect of `equipment_loan` on `retention_12mo`, controlling for `fee` and `rural`.","equipment_loan","retention_12mo",covariates=["fee","rural"])
A("does having more coaches cut safety incidents","coaches","incidents")
A("Is three-month member retention improved by lessons?","lessons","retention_3mo")
A("ATE(fee -> members)","fee","members")
A("Are ranges that lend bows making more money because of the lending, or do bigger clubs just lend more?","equipment_loan","revenue")
A("Impact of `lessons` on `score_v2` for the ranges that offer them (ATT)","lessons","score_v2",estimand="att")
C("Effect of lessons (`lessons`) on incidents (`incidents`) at outdoor ranges","lessons","incidents",at={"setting":"outdoor"})
C("How much does equipment lending raise 12-month retention in rural ranges?","equipment_loan","retention_12mo",at={"rural":1})
C("when the annual fee is £60, what does adding lessons do to membership numbers?","lessons","members",at={"fee":60})
C("does the effect of coaches on incidents depend on the share of youth archers?","coaches","incidents")
P("Which ranges should introduce lessons to maximise 12-month retention?","lessons","retention_12mo")
P("targeting rule for equipment_loan -> members","equipment_loan","members")
P("Where should the association place extra coaches to bring accidents down the most?","coaches","incidents")
M("Lessons improve scores (`score`), and better scores keep people coming back. How much of the effect of `lessons` on `retention_12mo` is via `score`?","lessons","retention_12mo","score")
M("equipment_loan -> members -> revenue: direct vs indirect","equipment_loan","revenue","members")
D("I'd like to know the causal ordering among members, coaches, incidents, retention and revenue at archery ranges.")
U("Give me summary statistics for every column of the archery data.")

# 7 hostels
use("h16_hostels")
A("What's the average causal effect of `socialEvents` on `avgStayNights`?","socialEvents","avgStayNights")
A("does free breakfast get backpackers to stay longer","freeBreakfast","avgStayNights")
A("Do lockers reduce theft?","lockerProvided","theftReports")
A("ATE freeBreakfast on occupancyPost adj occupancyPre, nightlyPriceUsd, country","freeBreakfast","occupancyPost",covariates=["occupancyPre","nightlyPriceUsd","country"])
A("Are review ratings pushed up by pub crawls and social nights?","socialEvents",None,clarify=True)
A("Effect of the nightly price on occupancy","nightlyPriceUsd","occupancyPost")
A("How much would free breakfast raise 12-month repeat guests among hostels that don't offer it?","freeBreakfast","repeatGuest12m",estimand="atc")
A("Is the higher `reviewScoreV2` at hostels with lockers (`lockerProvided`) causal? Hold `dormShare` and `bedsTotal` fixed.","lockerProvided","reviewScoreV2",covariates=["dormShare","bedsTotal"])
C("Estimate the effect of `socialEvents` on `repeatGuest6m` for hostels in Portugal.","socialEvents","repeatGuest6m",at={"country":"Portugal"})
C("For hostels 5 km from the centre, how much does free breakfast raise occupancy?","freeBreakfast","occupancyPost",at={"distToCentreKm":5})
C("Which hostels gain most in theft reduction from lockers - does it depend on the dorm share?","lockerProvided","theftReports")
C("Under the condition that the nightly price is $15, what is the effect of social events (`socialEvents`) on `reviewScoreV2`?","socialEvents","reviewScoreV2",at={"nightlyPriceUsd":15})
P("Which hostels should start running social events (`socialEvents`) to maximise `repeatGuest12m`?","socialEvents","repeatGuest12m")
P("allocate lockers across hostels to minimise theftReports","lockerProvided","theftReports")
P("Who should we recommend free breakfast to if we want to fill more beds?","freeBreakfast","occupancyPost")
M("Social events work by keeping backpackers around for longer, which then shows up in their reviews. How much of socialEvents -> reviewScore is via avgStayNights?","socialEvents","reviewScore","avgStayNights")
M("freeBreakfast -> reviewScoreV2 -> occupancyPost: what is the indirect share?","freeBreakfast","occupancyPost","reviewScoreV2")
M("Lockers cut thefts, and fewer thefts mean better ratings: decompose the effect of lockerProvided on reviewScoreV2 through theftReports.","lockerProvided","reviewScoreV2","theftReports")
D("Can you figure out which hostel characteristics cause which, from this observational data?")
U("Predict reviewScore for a new hostel with 40 beds in Peru.")

# 8 arcades
use("h16_arcades")
A("Estimate the effect of installing a VR zone (`VR_ZONE`) on revenue (`REV_POST`), adjusting for `REV_PRE` and `MACHINES_N`.","VR_ZONE","REV_POST",covariates=["REV_PRE","MACHINES_N"])
A("did switching from tokens to swipe cards make people spend more per visit?","CARD_SYS",None,clarify=True)
A("ate PRIZE_BUDGET -> REPEAT_90D","PRIZE_BUDGET","REPEAT_90D")
A("Does a VR area bring more people through the doors?","VR_ZONE",None,clarify=True)
A("Are takings hurt by raising the price of a token?","TOKEN_PRICE","REV_POST")
A("how much does extra staffing change 30-day return visits","STAFF_N","REPEAT_30D")
A("For arcades that adopted the card system (`CARD_SYS` = 1), what was the effect on `REV_POST`?","CARD_SYS","REV_POST",estimand="att")
A("Is the weekend crowd bigger at mall arcades because of the mall itself, or is it confounding by REGION?","MALL_LOC","FOOTFALL_WKEND",covariates=["REGION"])
C("VR_ZONE effect on SPEND_PER_VISIT_V2 for RURAL arcades","VR_ZONE","SPEND_PER_VISIT_V2",at={"REGION":"RURAL"})
C("what does the card system do to 90-day repeat visits in arcades with 80 machines?","CARD_SYS","REPEAT_90D",at={"MACHINES_N":80})
C("How does the prize budget's effect on 90-day repeat visits differ across regions?","PRIZE_BUDGET","REPEAT_90D")
C("Effect of `TOKEN_PRICE` on `FOOTFALL_WKDAY` for arcades located in malls","TOKEN_PRICE","FOOTFALL_WKDAY",at={"MALL_LOC":1})
P("Which arcades should get a VR zone to maximise post-period revenue?","VR_ZONE","REV_POST")
P("Set a rule for how much prize budget each arcade gets to maximise REPEAT_30D.","PRIZE_BUDGET","REPEAT_30D")
P("where to adopt the card payment system if the aim is higher spend per visit (v2 measure)","CARD_SYS","SPEND_PER_VISIT_V2")
M("The VR zone draws in weekend crowds, and those crowds drive revenue. Mediation of VR_ZONE -> REV_POST via FOOTFALL_WKEND.","VR_ZONE","REV_POST","FOOTFALL_WKEND")
M("Does the prize budget raise 90-day repeat visits directly, or through higher spend per visit (SPEND_PER_VISIT)?","PRIZE_BUDGET","REPEAT_90D","SPEND_PER_VISIT")
D("Run structure learning on the arcade variables.")
U("Make a bar chart of REV_POST by REGION.")

# 9 autorickshaw
use("h16_autorickshaw")
A("What is the average treatment effect of `app_tieup` on `inc_12m`, adjusting for `inc_bl`, `state`, and `n_drivers`?","app_tieup","inc_12m",covariates=["inc_bl","state","n_drivers"])
A("Do ride-hailing app partnerships make drivers cover more kilometres a day?","app_tieup","daily_km")
A("does converting to CNG save fuel money","cng_conv","fuel_cost_d")
A("Does more safety training reduce road accidents?","trng_hrs","accid_yr")
A("ate microloan -> default_12m","microloan","default_12m")
A("Does the EV pilot make drivers happier?","ev_pilot",None,clarify=True)
A("How much did microloans raise earnings among the cooperatives that took them?","microloan","inc_12m",estimand="att")
A("Is loan default in the first six months (default_6m) driven by the size of the loan (loan_amt_k), or is that confounded by income? Adjust for inc_bl.","loan_amt_k","default_6m",covariates=["inc_bl"])
C("Effect of `cng_conv` on `inc_12m` for cooperatives in Delhi (`state` = DL)","cng_conv","inc_12m",at={"state":"DL"})
C("For co-ops with 200 drivers, what does the app tie-up do to driver income?","app_tieup","inc_12m",at={"n_drivers":200})
C("who benefits most from the EV pilot in terms of daily fuel spend?","ev_pilot","fuel_cost_d")
C("among Tamil Nadu co-ops, does getting a microloan raise the 12-month default rate?","microloan","default_12m",at={"state":"TN"})
P("Which cooperatives should be offered microloans to maximise driver income a year out?","microloan","inc_12m")
P("Where should the EV pilot be expanded to cut daily fuel costs the most?","ev_pilot","fuel_cost_d")
P("how many training hours to assign each coop to minimise accid_yr","trng_hrs","accid_yr")
M("The app tie-up raises income mainly because drivers cover more kilometres. Quantify the indirect effect of `app_tieup` on `inc_12m` through `daily_km`.","app_tieup","inc_12m","daily_km")
M("CNG conversion lowers what drivers pay for fuel, which then raises take-home income - how much of the income effect runs through fuel costs?","cng_conv","inc_12m","fuel_cost_d")
M("microloan -> inc_12m -> default_12m, what share is mediated?","microloan","default_12m","inc_12m")
D("Discover the causal graph for the auto-rickshaw cooperative data.")
D("Figure out which of loans, income, km driven, accidents and defaults influence each other, and in which direction.")
U("Impute the missing values in loan_amt_k.")

# 10 organ donor
use("h16_organ_donor")
A("Does having a donor family member tell their story at the stall increase sign-ups?","personal_story",None,clarify=True)
A("Estimate the effect of `faith_leader` on `registration_rate`, controlling for `venue` and `urban`.","faith_leader","registration_rate",covariates=["venue","urban"])
A("do small gifts lead to more people withdrawing from the register within a year?","incentive","withdrawals_12mo")
A("ATE of volunteers on registrations adj visitors hours","volunteers","registrations",covariates=["visitors","hours"])
A("how much does handing out leaflets raise awareness","leaflets","awareness_post")
A("Is the registration rate raised by a faith leader's endorsement, for the drives that had one?","faith_leader","registration_rate",estimand="att")
A("Are longer drives more productive in registrations, or is it confounded by venue?","hours","registrations",covariates=["venue"])
A("Estimate the average effect of `incentive` on `withdrawals_6mo`.","incentive","withdrawals_6mo")
C("Effect of `personal_story` on `registration_rate` at festival venues","personal_story","registration_rate",at={"venue":"festival"})
C("In rural drives, does the incentive raise the number of registrations?","incentive","registrations",at={"urban":0})
C("With 10 volunteers on hand, what does a faith-leader endorsement add to registrations?","faith_leader","registrations",at={"volunteers":10})
C("For which kinds of drives does hearing from a donor family reduce 12-month withdrawals the most?","personal_story","withdrawals_12mo")
P("At which drives should we bring in faith leaders to maximise the registration rate?","faith_leader","registration_rate")
P("Targeting rule: who gets the incentive, goal = registrations","incentive","registrations")
P("Which drives should get a donor-family speaker to keep six-month withdrawals down?","personal_story","withdrawals_6mo")
M("Leaflets work by raising awareness, which then turns into registrations. How much of leaflets -> registrations goes via awareness_post?","leaflets","registrations","awareness_post")
M("Does a personal story lower 12-month withdrawals because people come away better informed (awareness_post)? Estimate the mediated share.","personal_story","withdrawals_12mo","awareness_post")
D("Which factors at organ donor drives cause which outcomes? Learn the structure without me specifying it.")
U("Summarise registrations by month.")

# 11 scoliosis
use("h16_scoliosis")
A("What is the average treatment effect of bracing (`brace`) on `cobb_24m`, adjusting for `cobb_bl`, `risser`, and `age_yr`?","brace","cobb_24m",covariates=["cobb_bl","risser","age_yr"])
A("Does wearing the brace for longer each day prevent the curve progressing by 6 degrees or more?","wear_hrs_d","progr_6deg")
A("does bracing keep kids out of the operating theatre","brace","surg_mat")
A("ate pses on cobb_24m","pses","cobb_24m")
A("Does bracing affect patient-reported quality of life at follow-up?","brace",None,clarify=True)
A("Is the lower surgery rate among patients doing scoliosis-specific exercises real, or just confounding by curve size? adjust for cobb_bl","pses","surg_mat",covariates=["cobb_bl"])
A("For the braced patients, how much did bracing reduce the chance of progressing 6° or more?","brace","progr_6deg",estimand="att")
A("effect of bmi on daily brace wear hours","bmi","wear_hrs_d")
C("Effect of `brace` on `progr_6deg` for patients with `risser` = 0","brace","progr_6deg",at={"risser":0})
C("Among girls, does bracing reduce the Cobb angle at 24 months?","brace","cobb_24m",at={"sex":"F"})
C("Does the benefit of daily wear time on curve progression vary by curve type? For whom is it strongest?","wear_hrs_d","progr_6deg")
C("Effect of PSSE (`pses`) on `srs22r_fu` for thoracolumbar curves","pses","srs22r_fu",at={"curve_type":"thoracolumbar"})
P("Which adolescents should be braced to minimise surgery by skeletal maturity?","brace","surg_mat")
P("Recommend a daily wear-time prescription per patient to minimise cobb_24m","wear_hrs_d","cobb_24m")
P("Who should be referred to scoliosis-specific exercise to maximise srs22_fu?","pses","srs22_fu")
M("Bracing prevents surgery by holding the curve - what proportion of brace's effect on surg_mat is mediated by cobb_24m?","brace","surg_mat","cobb_24m")
M("The brace only helps to the extent it's actually worn: decompose brace -> progr_6deg into the path through wear_hrs_d and the rest.","brace","progr_6deg","wear_hrs_d")
M("How much of exercise therapy's effect on follow-up quality of life (srs22_fu) runs through the 24-month Cobb angle?","pses","srs22_fu","cobb_24m")
D("Learn causal relationships among risser, cobb_bl, wear_hrs_d, cobb_24m and surg_mat.")
U("Build a model to predict surg_mat from the baseline features.")

# 12 autism
use("h16_autism_ei")
A("Estimate the effect of `esdm` on `vabs_18m`, controlling for `vabs_bl`, `age_months_at_entry`, and `household_income`.","esdm","vabs_18m",covariates=["vabs_bl","age_months_at_entry","household_income"])
A("Does coaching parents help children's everyday adaptive functioning?","parent_coaching","vabs_18m")
A("does more ABA per week reduce autism symptom severity","aba_hrs_wk","ados_css_18m")
A("Effect of speech therapy on cognitive scores","speech_therapy",None,clarify=True)
A("ATE esdm -> school_mainstream","esdm","school_mainstream")
A("Would the kids who did not get parent coaching have been more likely to go to a mainstream school if they had?","parent_coaching","school_mainstream",estimand="atc")
A("is earlier diagnosis really improving ADOS severity at 18 months, or is it confounded by household income?","diagnosis_age_m","ados_css_18m",covariates=["household_income"])
A("What's the effect of a gluten-free diet on vabs_18m?",None,"vabs_18m",clarify=True)
C("What is the effect of ESDM (`esdm`) on `ados_css_18m` at telehealth sites?","esdm","ados_css_18m",at={"site":"telehealth"})
C("For children entering the programme at 24 months, how much does parent coaching improve `vabs_18m`?","parent_coaching","vabs_18m",at={"age_months_at_entry":24})
C("How does the effect of ABA hours on mullen_elc_v2 vary by household income?","aba_hrs_wk","mullen_elc_v2")
C("Among boys, what does speech therapy do to mainstream school placement?","speech_therapy","school_mainstream",at={"sex":"M"})
P("Which children should be prioritised for ESDM places to maximise adaptive behaviour at 18 months?","esdm","vabs_18m")
P("how many ABA hours should each child get to lower ados_css_18m the most","aba_hrs_wk","ados_css_18m")
P("targeting home visits: who should get them if the aim is mainstream schooling?","home_visits","school_mainstream")
M("Parent coaching improves adaptive skills, which then makes mainstream placement possible. How much of parent_coaching's effect on school_mainstream is mediated by vabs_18m?","parent_coaching","school_mainstream","vabs_18m")
M("Does ESDM reduce symptom severity directly, or mainly by boosting cognitive scores (`mullen_elc`)?","esdm","ados_css_18m","mullen_elc")
M("mediation analysis: speech_therapy -> vabs_18m -> school_mainstream","speech_therapy","school_mainstream","vabs_18m")
D("Uncover the causal structure among intervention intensity, child scores and school placement in this early-intervention data.")
D("causal discovery please: site, aba_hrs_wk, vabs_bl, vabs_18m, ados_css_18m")
U("What's the correlation between vabs_bl and mullen_elc?")

# 13 lyme
use("h16_lyme")
A("Estimate the ATE of `ACARICIDE_SPRAY` on `NYMPH_DENS_POST`, adjusting for `NYMPH_DENS_PRE` and `FOREST_PCT`.","ACARICIDE_SPRAY","NYMPH_DENS_POST",covariates=["NYMPH_DENS_PRE","FOREST_PCT"])
A("Do rodent bait boxes reduce the share of ticks carrying Borrelia?","BAIT_BOX","INFECT_PCT")
A("does spraying lower lyme case counts","ACARICIDE_SPRAY",None,clarify=True)
A("Is the age-adjusted Lyme incidence rate reduced by four-poster deer feeding stations?","FOURPOSTER","INCID_RATE_ADJ")
A("ATE PUBLIC_EDU on INCID_PER100K ctrl STATE","PUBLIC_EDU","INCID_PER100K",covariates=["STATE"])
A("How much does deer density drive the density of host-seeking nymphs?","DEER_DENS","NYMPH_DENS_POST")
A("Effect of programme spending on second-year case counts","SPEND_USD","CASES_Y2")
A("For townships that deployed four-posters, what was the effect on nymph density?","FOURPOSTER","NYMPH_DENS_POST",estimand="att")
A("Does rainfall affect nymph densities in these townships?",None,"NYMPH_DENS_POST",clarify=True)
C("Effect of bait boxes (`BAIT_BOX`) on incidence (`INCID_PER100K`) in Connecticut (CT)","BAIT_BOX","INCID_PER100K",at={"STATE":"CT"})
C("When forest cover is 60%, does acaricide spraying cut post-treatment nymph density?","ACARICIDE_SPRAY","NYMPH_DENS_POST",at={"FOREST_PCT":60})
C("Where is public education most effective at reducing second-year cases?","PUBLIC_EDU","CASES_Y2")
C("For townships with a deer density of 30 per sq mi, what is the effect of `FOURPOSTER` on `INFECT_PCT`?","FOURPOSTER","INFECT_PCT",at={"DEER_DENS":30})
P("Which townships should get acaricide spraying to minimise INCID_RATE_ADJ?","ACARICIDE_SPRAY","INCID_RATE_ADJ")
P("allocate bait boxes to the townships where they'd cut tick infection prevalence most","BAIT_BOX","INFECT_PCT")
P("Budget allocation: how much to spend (SPEND_USD) per township to minimise CASES_Y2","SPEND_USD","CASES_Y2")
M("Four-poster stations treat deer, which lowers nymph density, which then reduces human cases. How much of FOURPOSTER's effect on CASES_Y2 goes through NYMPH_DENS_POST?","FOURPOSTER","CASES_Y2","NYMPH_DENS_POST")
M("BAIT_BOX -> INFECT_PCT -> INCID_PER100K: share mediated","BAIT_BOX","INCID_PER100K","INFECT_PCT")
D("Learn the causal graph among DEER_DENS, FOREST_PCT, NYMPH_DENS_POST, INFECT_PCT and INCID_PER100K.")
D("Which ecological factors drive which? I want the directional dependencies in the tick programme data.")
U("Forecast CASES_Y2 for next year by state.")

# 14 leprosy
use("h16_leprosy")
A("What is the effect of single-dose rifampicin post-exposure prophylaxis (`sdr_pep`) on the year-3 new case detection rate (`ncdr_y3`), adjusting for `ncdr_bl` and `pop_k`?","sdr_pep","ncdr_y3",covariates=["ncdr_bl","pop_k"])
A("Does contact screening reduce disability at diagnosis?","cont_screen",None,clarify=True)
A("do incentives for community health workers improve treatment completion","asha_incent","rx_compl_pct")
A("ate mdt_cov -> dflt_pct adj clinics_n urban","mdt_cov","dflt_pct",covariates=["clinics_n","urban"])
A("Is stigma driving people to abandon treatment, or is that just confounded?","stigma_idx","dflt_pct")
A("How much does screening household contacts lower the proportion of child cases?","cont_screen","child_pct")
A("Effect of sdr_pep on child_pct in the districts that did not implement it","sdr_pep","child_pct",estimand="atc")
A("Do districts with more clinics have higher treatment completion because of the clinics?","clinics_n","rx_compl_pct")
C("Effect of contact screening (`cont_screen`) on `ncdr_y3` in urban districts (`urban` = 1)","cont_screen","ncdr_y3",at={"urban":1})
C("In Bihar, what is the effect of ASHA incentives on the grade-2 disability rate (g2d_rate)?","asha_incent","g2d_rate",at={"province":"Bihar"})
C("How does the effect of SDR-PEP on new case detection vary with stigma levels? Where is it largest?","sdr_pep","ncdr_y3")
C("for districts with 8 clinics, effect of asha_incent on dflt_pct","asha_incent","dflt_pct",at={"clinics_n":8})
P("Which districts should roll out SDR-PEP first to cut new case detection the most?","sdr_pep","ncdr_y3")
P("Targeting: where should ASHA incentives go to maximise treatment completion?","asha_incent","rx_compl_pct")
M("ASHA incentives raise MDT coverage, which then reduces defaulting. Quantify direct vs indirect (via `mdt_cov`) effects of `asha_incent` on `dflt_pct`.","asha_incent","dflt_pct","mdt_cov")
M("Contact screening is how prophylaxis reaches people; what share of cont_screen's effect on ncdr_y3 is mediated by sdr_pep?","cont_screen","ncdr_y3","sdr_pep")
D("Find out the causal structure in the leprosy district data.")
U("Merge this table with the census file and drop duplicate district codes.")

# 15 ewaste
use("h16_ewaste")
A("Estimate the average treatment effect of `ppeProgram` on `leadExposure12m`, adjusting for `leadExposureBl` and `formalLicensed`.","ppeProgram","leadExposure12m",covariates=["leadExposureBl","formalLicensed"])
A("Does automated shredding improve material recovery?","autoShredder",None,clarify=True)
A("do protective-equipment programmes cut worker injuries over the following year","ppeProgram","injuryRate12m")
A("ate certR2 -> profitMarginPct","certR2","profitMarginPct")
A("Is an OEM take-back contract raising monthly tonnage, or do big recyclers just get the contracts? adjust workersN","takebackDeal","tonnesPerMo",covariates=["workersN"])
A("How would licensing the informal (unlicensed) recyclers change their chance of being fined?","formalLicensed","fineIssued",estimand="atc")
A("effect of R2 certification on workers' blood lead among certified recyclers","certR2","leadExposure12m",estimand="att")
A("Does worker training reduce injuries over 12 months (injuryRate12m)?",None,"injuryRate12m",clarify=True)
C("Effect of `ppeProgram` on `injuryRate6m` among recyclers in Ghana","ppeProgram","injuryRate6m",at={"country":"Ghana"})
C("For recyclers processing 100 tonnes a month, what does an automatic shredder do to profit margin?","autoShredder","profitMarginPct",at={"tonnesPerMo":100})
C("Which recyclers see the largest blood-lead reduction from PPE?","ppeProgram","leadExposure12m")
C("Among unlicensed recyclers, effect of `takebackDeal` on `recoveryRateV2`","takebackDeal","recoveryRateV2",at={"formalLicensed":0})
P("Which recyclers should an NGO fund PPE programmes for, to minimise 12-month lead exposure?","ppeProgram","leadExposure12m")
P("Who should be pushed to get R2 certified to maximise profit margins?","certR2","profitMarginPct")
P("target auto shredder subsidies to cut injuryRate12m","autoShredder","injuryRate12m")
M("R2 certification works by requiring PPE, which then lowers blood lead. How much of certR2's effect on leadExposure12m is mediated by ppeProgram?","certR2","leadExposure12m","ppeProgram")
M("Does the take-back deal raise profit directly or through a higher recovery rate (recoveryRatePct)?","takebackDeal","profitMarginPct","recoveryRatePct")
D("What causes what among licensing, certification, PPE, lead exposure, injuries and profit? Figure out the arrows from the data.")
D("Estimate a causal DAG from the e-waste recycler table.")
U("Which country has the highest average tonnesPerMo?")

# ---------- no-dataset items ----------
use(None)
for q in ["Tell me a joke about statisticians.","good morning! how are you today?",
          "Write a SQL query that counts rows per customer in a table called orders.",
          "What's the capital of Australia?","Convert my CSV file to parquet, please."]:
    U(q)

AUD=[
("If a loan applicant's race were changed but everything else on the application stayed identical, would the chatbot's loan approval change?","race","loan approval"),
("Test whether our LLM resume screener gives a different hiring recommendation when the candidate's gender is swapped and nothing else.","gender","hiring recommendation"),
("Does the AI triage assistant assign a different urgency level if the patient is described as 75 instead of 35, all else equal?","age","urgency level"),
("counterfactual fairness check: does the model's tenancy decision flip when the applicant's religion is changed from Christian to Muslim?","religion","tenancy decision"),
("Would the language model quote a different insurance premium if the customer's disability were removed from the profile, holding everything else fixed?","disability","insurance premium"),
("Audit our customer-service bot: if the caller's transcript shows a strong regional accent, does its complaint escalation decision change?","accent","complaint escalation decision"),
("Swap only the applicant's name from Emily to Lakisha - does the language model's scholarship award change?","name","scholarship award"),
("Is the LLM's bail recommendation sensitive to the defendant's race when every other fact in the case file is held fixed?","race","bail recommendation"),
("check whether an AI tutor's essay grade changes if the student's gender is switched","gender","essay grade"),
("If I change only the patient's ethnicity in the vignette, does the chatbot's pain medication dose recommendation shift?","ethnicity","pain medication dose recommendation"),
("does the language model set a different credit limit when the applicant is 60 vs 25 but otherwise identical?","age","credit limit"),
("Counterfactual audit: vary the applicant's sexual orientation only; outcome is the LLM's adoption eligibility decision.","sexual orientation","adoption eligibility decision"),
("Does our AI recruiter's shortlisting decision change if the profile disclosed a disability, all else equal?","disability","shortlisting decision"),
("Does an LLM medical assistant recommend cardiac testing at different rates when the patient's sex is flipped but the symptoms are identical?","sex","cardiac testing"),
("Test if the mortgage chatbot's interest-rate offer depends on the applicant's nationality, holding the rest of the application constant.","nationality","interest-rate offer"),
("When the interview transcript notes a foreign accent, does the AI's hiring verdict change compared with the same transcript without it?","accent","hiring verdict"),
("Does the assistant's parole recommendation differ if the inmate's religion is listed as Sikh rather than none, everything else the same?","religion","parole recommendation"),
("is the chatbot's rental approval biased by the applicant's age? change only the age and compare","age","rental approval"),
]
for q,t,y in AUD: add(q,"audit",t,y)

REL=[
"Suppose A correlates with B, B correlates with C, and A correlates with C, but A is independent of C given B. Does A directly cause C?",
"Premises: X and Y are independent. X and Z are correlated. Y and Z are correlated. X and Y become dependent once we condition on Z. Is Z a common effect of X and Y?",
"Variables P, Q, R. P is independent of R. P correlates with Q, Q correlates with R, and P and R are dependent given Q. Does Q cause P?",
"In a closed system of A, B, C, D, all pairs are correlated, except that A and D are independent given B and C. Can we conclude that A causes D?",
"S correlates with T, U correlates with both S and T, and S is independent of T given U. Does S cause T?",
"A and B are correlated and there are no other variables in the system. Does A cause B?",
"We know M correlates with N, N correlates with O, and M is independent of O. Is N a collider between M and O?",
"Given: E and F are correlated; F and G are correlated; E and G are correlated; E is independent of G given F. Is F a mediator between E and G?",
"Three variables W, X, Y. All pairs are dependent and no conditional independence holds. Does W cause Y?",
"If K is independent of L unconditionally and given every other variable, can K cause L? Assume faithfulness.",
]
for q in REL: add(q,"relation")

GEN=[
"Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
"Simulate data from this structural causal model: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. 10k samples.",
"Create a benchmark dataset with a known causal graph where a language model writes the structural equations for variables like rainfall, fertiliser and crop yield.",
"Use an LLM to define the mechanisms for the graph age -> income -> savings, age -> savings, then sample 2000 rows.",
"I need a fake dataset with a mediator: treatment -> mediator -> outcome plus a direct edge; nonlinear, binary treatment.",
"Synthesize an observational dataset with an instrument Z -> T -> Y and an unobserved confounder between T and Y.",
"generate benchmark data from a random 10-node DAG with known ground-truth effects",
"Have the LLM invent plausible equations for a DAG about coffee intake, sleep and exam score, then draw 1000 samples.",
"Produce a semi-synthetic dataset following the SCM: X1 ~ Bernoulli(0.4), X2 = 0.5*X1 + noise, Y = X1 + 3*X2 + noise.",
"Create simulated data for a collider structure A -> C <- B, 500 rows, so I can test discovery algorithms.",
]
for q in GEN: add(q,"generate")

# ---------- validate ----------
for q in Q:
    e=q["expected"]; d=q["dataset"]
    if d!="none":
        cols=DS[d]["columns"]
        for r in ("treatment","outcome","mediator"):
            if e[r] is not None and e["kind"]!="audit": assert e[r] in cols,(q,r)
        for c in e.get("covariates",[]): assert c in cols,(q,c)
        for c,v in e.get("at",{}).items():
            assert c in cols,(q,c)
            if cols[c]["type"]=="categorical": assert v in cols[c]["values"],(q,v)
            else: assert isinstance(v,(int,float)),q
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"]=="mediation": assert e["mediator"]
    if e.get("clarify"): assert e["treatment"] is None or e["outcome"] is None or e["mediator"] is None
for n,d in DS.items():
    assert 13<=len(d["columns"])<=18,(n,len(d["columns"]))
    for c,v in d["columns"].items():
        if v["type"]=="categorical": assert len(v["values"])<=6
        elif v["type"]!="binary": assert len(v["values"])==3,(n,c)
assert len(set(q["question"] for q in Q))==len(Q)

random.Random(16016).shuffle(Q)
json.dump(DS,open(f"{OUT}/datasets.json","w"),indent=1,ensure_ascii=False)
with open(f"{OUT}/questions.jsonl","w") as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+"\n")
kc=collections.Counter(q["expected"]["kind"] for q in Q)
mods=collections.Counter()
for q in Q:
    for k in ("covariates","at","estimand","instrument","clarify"):
        if k in q["expected"]: mods[k]+=1
    if "estimand" in q["expected"]: mods["estimand="+q["expected"]["estimand"]]+=1
print(len(Q),dict(kc),dict(mods))
json.dump({"total":len(Q),"kinds":dict(kc),"mods":dict(mods)},open("/tmp/h16_counts.json","w"))
