import json
def c(t, *v): return {"type": t, "values": list(v)}
I=lambda *v: c("id",*v); B=lambda: c("binary",0,1); N=lambda *v: c("numeric",*v)
C=lambda *v: c("categorical",*v); D=lambda *v: c("date",*v)
DS = {
"h60_barometer_makers": ("Small workshops making mercury and aneroid barometers: staffing, calibration practice, instrument error and returns.", [
 ("shop_id",I("BM001","BM002","BM003")),("est_yr",N(1952,1987,2004)),("region",C("north","midlands","south","wales")),
 ("n_staff",N(2,5,11)),("appr_yrs",N(1,3,6)),("mrc_tube",B()),("brass_grd",C("A","B","C")),("cert_iso",B()),
 ("cal_hrs",N(1.5,3.0,6.5)),("cal_err_pre",N(1.8,0.9,2.4)),("cal_err_post",N(0.7,0.5,1.6)),
 ("rtrn_rt_6m",N(0.02,0.05,0.11)),("rtrn_rt_12m",N(0.04,0.08,0.15)),("rev_k",N(85,140,390)),("rev_k_v2",N(82,151,401)),
 ("survey_dt",D("2023-03-01","2023-06-15","2023-09-30"))]),
"h60_hourglass_makers": ("Hourglass makers: glass annealing, sand type, timing accuracy, and online sales.", [
 ("makerId",I("HG-11","HG-12","HG-13")),("yearsActive",N(2,9,23)),("workshopSize",C("solo","small","medium")),
 ("sandType",C("marble","silica","eggshell","lead")),("annealedGlass",B()),("kilnTempC",N(480,520,565)),
 ("bulbDefectsPre",N(4,9,15)),("bulbDefectsPost",N(2,6,11)),("timingDriftSec",N(3.1,7.4,12.0)),("timingDriftSecV2",N(2.9,7.8,11.5)),
 ("onlineStore",B()),("craftFairVisits",N(0,4,12)),("avgPriceUsd",N(35,80,240)),("ordersPerWk",N(3,12,40)),
 ("repeatBuyer30d",N(0.03,0.08,0.15)),("repeatBuyer90d",N(0.07,0.14,0.26))]),
"h60_vinyl_pressing_plants": ("Vinyl record pressing plants: press equipment, PVC compound, rejects, noise, energy and lead times.", [
 ("PLANT_ID",I("VP01","VP02","VP03")),("COUNTRY",C("UK","DE","US","CZ")),("STAFF_FTE",N(8,25,140)),
 ("PRESS_TYPE",C("MANUAL","SEMI_AUTO","AUTO")),("STEAM_RETROFIT",B()),("GRANT_ELIGIBLE",B()),("PVC_GRADE",C("VIRGIN","RECYCLED","BLEND")),
 ("CYCLE_SEC",N(22,30,45)),("QC_INSPECT",B()),("REJ_PCT_12IN",N(3.2,6.5,11.0)),("REJ_PCT_7IN",N(2.1,5.0,9.4)),
 ("SURF_NOISE_DB",N(-62,-58,-54)),("SURF_NOISE_DB_V2",N(-61,-57,-55)),("ENERGY_KWH_PRE",N(1200,3400,9100)),("ENERGY_KWH_POST",N(1100,2900,8000)),
 ("LEAD_TIME_WK",N(4,12,26)),("ORDER_BACKLOG",N(15,60,300))]),
"h60_morris_sides": ("Morris dancing sides (teams): tradition, membership, practice, recruitment, bookings and money.", [
 ("side",I("Bampton Blues","Ironmen","Molly Mayhem")),("county",C("Oxfordshire","Gloucestershire","Herefordshire","Lancashire","Cambridgeshire")),
 ("founded",N(1899,1975,2011)),("tradition",C("Cotswold","Border","NorthWest","Molly")),("mixed",B()),("members",N(8,16,30)),
 ("musicians",N(1,3,6)),("practices",N(2,4,8)),("workshops",B()),("recruits",N(0,3,9)),("festivals",N(1,5,12)),
 ("bookings",N(4,15,40)),("gigs",N(5,14,42)),("morale_before",N(5.5,6.8,8.1)),("morale_after",N(6.0,7.2,8.9)),
 ("income",N(300,1200,4500)),("earnings",N(280,1250,4300))]),
"h60_bowling_greens": ("Lawn bowling greens and clubs: turf, irrigation, mowing, green speed, membership and league results.", [
 ("grn_id",I("G-101","G-102","G-103")),("urb",C("urban","suburban","rural")),("clb_age",N(12,64,130)),
 ("turf_sp",C("bent","fescue","mixed")),("irr_auto",B()),("mow_mm",N(3,4.5,6)),("rain_mm",N(550,780,1200)),("vol_hrs",N(10,40,120)),
 ("coach_prog",B()),("fee_gbp",N(60,120,260)),("memb_n_bl",N(25,60,140)),("memb_n_12m",N(22,66,151)),
 ("spd_sec_spr",N(10,12,14)),("spd_sec_aut",N(11,13,15)),("lg_wins",N(2,7,14)),("lg_wins_v2",N(2,8,13))]),
"h60_worm_farms": ("Vermiculture (worm composting) farms: species, bedding, feeding, bin conditions, castings yield and sales.", [
 ("farmId",I("WF-01","WF-02","WF-03")),("climateZone",C("temperate","arid","humid")),("staffCount",N(1,3,9)),
 ("wormSpecies",C("redWiggler","europeanNightcrawler","blueWorm")),("beddingType",C("cardboard","coir","straw","leafMould")),
 ("coffeeGrounds",B()),("feedKgPerWk",N(5,20,80)),("moisturePct",N(60,72,85)),("binTempC",N(14,21,28)),
 ("wormDensityStart",N(1.0,2.5,4.0)),("wormDensityEnd",N(1.4,3.1,5.2)),("castingsKg30d",N(12,45,160)),("castingsKg90d",N(40,130,470)),
 ("nitrogenPct",N(1.2,1.9,2.6)),("nitrogenPctV2",N(1.1,2.0,2.5)),("organicCert",B()),("salesUsd",N(900,4200,15000))]),
"h60_pogo_stick_makers": ("Pogo stick manufacturers: spring technology, safety testing, marketing, injury claims, returns and ratings.", [
 ("FIRM_ID",I("PG-A","PG-B","PG-C")),("MARKET",C("KIDS","ADULT","EXTREME")),("EMP_N",N(6,40,210)),
 ("SPRING_TYPE",C("COIL","AIR","ELASTOMER")),("TI_ALLOY",B()),("SAFETY_TEST",B()),("RD_SPEND_K",N(5,40,300)),
 ("MKT_SPEND_K",N(10,80,600)),("INFLUENCER_DEAL",B()),("PRICE_USD",N(35,120,450)),("INJ_CLAIMS_PRE",N(0,4,19)),
 ("INJ_CLAIMS_POST",N(0,2,14)),("RETURN_30D",N(0.01,0.04,0.09)),("RETURN_90D",N(0.03,0.07,0.14)),
 ("AVG_RATING",N(3.4,4.1,4.7)),("AVG_RATING_V2",N(3.3,4.2,4.6)),("SALES_K",N(50,400,2600))]),
"h60_gamekeepers": ("Gamekeepers on shooting estates: estate type, management practices, birds released, raptors, grouse and income.", [
 ("keeper",I("K-201","K-202","K-203")),("region",C("Scotland","Northern England","Wales","Southern England")),
 ("estate_type",C("grouse moor","lowland pheasant","mixed")),("hectares",N(400,2500,12000)),("years_experience",N(2,14,35)),
 ("training",B()),("predator_control",B()),("heather_burning",B()),("birds_released",N(0,3000,25000)),
 ("raptor_sightings_before",N(2,9,30)),("raptor_sightings_after",N(1,11,34)),("grouse_density_spring",N(10,45,120)),
 ("grouse_density_autumn",N(25,90,260)),("bag_size",N(150,900,4000)),("income",N(28000,36000,52000)),("revenue",N(90000,400000,2100000))]),
"h60_bat_box_schemes": ("Community bat box schemes: box design and placement, monitoring, habitat, lighting, occupancy and bat counts.", [
 ("schm_id",I("BB-07","BB-08","BB-09")),("start_dt",D("2018-04-01","2019-05-12","2021-03-20")),
 ("hab",C("woodland","farmland","urban","riparian")),("wdlnd_pct",N(5,30,70)),("lit_lux",N(0.1,2.5,12)),("grant_gbp",N(0,1500,8000)),
 ("box_mat",C("woodcrete","timber","plastic")),("box_n",N(10,40,150)),("ht_m",N(2.5,4,6)),("asp",C("N","E","S","W")),
 ("vol_chk",B()),("edu_evt",B()),("occ_rt_bl",N(0.05,0.12,0.3)),("occ_rt_3y",N(0.1,0.25,0.55)),("pip_cnt",N(0,14,85)),("pip_cnt_v2",N(0,15,80))]),
"h60_dragonfly_surveys": ("Dragonfly and damselfly pond surveys: pond features, restoration, fish, survey effort, richness, exuviae and sightings.", [
 ("siteId",I("DF-31","DF-32","DF-33")),("surveyDate",D("2022-06-10","2022-07-22","2022-08-19")),("landUse",C("arable","pasture","urban","heathland")),
 ("pondAreaM2",N(40,300,2500)),("shadePct",N(0,25,70)),("waterPh",N(5.8,7.1,8.2)),("fishStocked",B()),("pondRestored",B()),("lotteryGrant",B()),
 ("emergentVegPct",N(5,30,75)),("surveyorExp",N(0,4,20)),("transectMins",N(20,45,90)),("speciesRichPre",N(3,8,14)),("speciesRichPost",N(4,10,17)),
 ("exuviaeCount",N(0,22,140)),("exuviaeCountV2",N(0,20,150)),("sightingsJun",N(5,30,110)),("sightingsAug",N(8,42,160))]),
"h60_glow_worm_tours": ("Guided glow worm tours: site, moon, weather, lighting, guides, glow counts, reviews and rebookings.", [
 ("TOUR_ID",I("GW-0001","GW-0002","GW-0003")),("TOUR_DATE",D("2023-06-21","2023-07-04","2023-07-19")),
 ("SITE_TYPE",C("CHALK_GRASSLAND","RAILWAY_CUTTING","WOODLAND_EDGE","CAVE")),("MOON_PHASE",C("NEW","CRESCENT","HALF","FULL")),
 ("TEMP_C",N(11,15,21)),("STREETLIGHT_M",N(50,400,2000)),("GUIDE_YRS",N(1,5,15)),("GROUP_SIZE",N(6,14,30)),("RED_TORCH",B()),("TALK_INCL",B()),
 ("TICKET_GBP",N(8,15,25)),("GLOW_CNT_PRE",N(5,20,60)),("GLOW_CNT_POST",N(3,18,65)),("REVIEW_SCORE",N(3.8,4.4,4.9)),("REVIEW_SCORE_V2",N(3.7,4.5,4.9)),
 ("REBOOK_30D",N(0.0,0.05,0.12)),("REBOOK_90D",N(0.02,0.09,0.2))]),
"h60_sheepdog_trials": ("Sheepdog trial runs: dog and handler, training methods, course and sheep, stress, faults, scores and placings.", [
 ("handler",I("H-501","H-502","H-503")),("breed",C("border collie","kelpie","working sheepdog")),("dog_age",N(2,4,9)),("handler_years",N(1,12,40)),
 ("course",C("novice","open","national")),("sheep",C("blackface","swaledale","welsh mountain")),("wind_kph",N(5,18,40)),("training_hours",N(2,6,14)),
 ("clicker",B()),("nursery",B()),("cortisol_before",N(12,20,35)),("cortisol_after",N(10,18,31)),("faults_spring",N(2,7,15)),("faults_autumn",N(1,6,14)),
 ("score",N(55,78,96)),("score_v2",N(54,80,95)),("placings",N(0,2,8))]),
"h60_macrame_studios": ("Macrame studios: location, pricing, instructors, online classes, trials, social reach, kit sales and revenue.", [
 ("studioId",I("MS-1","MS-2","MS-3")),("cityTier",C("metro","town","rural")),("priceTier",C("budget","mid","premium")),
 ("instructorYrs",N(1,5,18)),("rentUsd",N(600,1800,5200)),("broadbandMbps",N(20,150,900)),("onlineClasses",B()),("freeTrial",B()),
 ("cordType",C("cotton","jute","recycledPolyester","hemp")),("classSizeAvg",N(4,8,15)),("igFollowersPre",N(300,2500,40000)),
 ("igFollowersPost",N(350,3100,46000)),("studentSatisf",N(3.9,4.4,4.9)),("kitSales30d",N(5,40,220)),("kitSales90d",N(20,120,600)),
 ("revenueUsd",N(2000,9000,40000)),("revenueUsdV2",N(2100,8800,41000))]),
"h60_taxi_ranks": ("Taxi ranks in a city: location, footfall, marshals, lighting, shelters, queues, waits, fares, incidents and satisfaction.", [
 ("rank_id",I("TR-12","TR-13","TR-14")),("loc_typ",C("station","high_street","airport","nightlife")),("footfall_k",N(2,15,60)),
 ("night_pct",N(0.1,0.35,0.7)),("cab_n",N(3,10,40)),("mrsh_pres",B()),("lit_upg",B()),("shelter",B()),("surge_app",B()),
 ("qlen_avg",N(0,6,25)),("wait_min_wkd",N(2,8,20)),("wait_min_wke",N(3,12,35)),("fare_avg_gbp",N(7,14,38)),
 ("incid_pre",N(0,4,18)),("incid_post",N(0,3,12)),("cust_sat",N(2.8,3.6,4.5)),("cust_sat_v2",N(2.9,3.5,4.4))]),
"h60_toll_booths": ("Toll booths and plazas: road class, traffic, electronic tolling, peak pricing, staffing, delays, crashes and revenue.", [
 ("BOOTH_ID",I("TB-001","TB-002","TB-003")),("OPEN_DATE",D("1988-05-01","2001-10-15","2015-07-01")),
 ("ROAD_CLASS",C("INTERSTATE","STATE","BRIDGE","TUNNEL")),("LANES_N",N(2,6,14)),("TRUCK_PCT",N(4,12,30)),("VOL_DAILY_K",N(5,40,180)),
 ("STATE_MANDATE",B()),("ETC_LANE",B()),("PEAK_PRICING",B()),("TOLL_USD",N(1.5,4.0,16.0)),("STAFF_N",N(2,8,30)),
 ("DELAY_MIN_AM",N(0.5,3,12)),("DELAY_MIN_PM",N(0.7,4,15)),("CRASH_PRE",N(0,5,22)),("CRASH_POST",N(0,3,17)),
 ("REV_DAILY_K",N(10,120,900)),("REV_DAILY_K_V2",N(11,118,880))]),
}
out = {k: {"description": d, "columns": dict(cols)} for k, (d, cols) in DS.items()}
if __name__ == "__main__":
    for k,v in out.items(): assert 13 <= len(v["columns"]) <= 18, k
    json.dump(out, open("/tmp/wr/h60/datasets.json","w"), indent=1)
    print(len(out))
