#!/usr/bin/env python3
"""Generator for the h31 held-out question set (tag h31, origin heldout31, split test)."""
import json, os, random, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 31031
SPLIT = "test"
ORIGIN = "heldout31"

def N(*v): return {"type": "numeric", "values": list(v)}
def B(): return {"type": "binary", "values": [0, 1, 1]}
def C(*v): return {"type": "categorical", "values": list(v)}
def I(*v): return {"type": "id", "values": list(v)}
def D(*v): return {"type": "date", "values": list(v)}
def X(*v): return {"type": "text", "values": list(v)}

DS = {}
def ds(name, desc, cols):
    DS["h31_" + name] = {"description": desc, "columns": dict(cols)}

ds("chestnut_roasters", "Street chestnut-roasting carts observed over one winter; roasting setup, location and sales before/after a signage programme.", [
    ("cart_id", I("CR-001", "CR-047", "CR-112")),
    ("loc_typ", C("market", "station", "park", "street")),
    ("gas_brnr", B()),
    ("rst_tmp_c", N(210, 245, 280)),
    ("wthr_tmp_f", N(28, 37, 45)),
    ("prc_bag", N(4.0, 5.5, 7.0)),
    ("sgnage", B()),
    ("ftfl_k", N(1.2, 3.8, 9.5)),
    ("wait_min", N(1.5, 4.0, 11.0)),
    ("scorch_pct", N(2.1, 6.8, 14.3)),
    ("waste_kg_wk", N(0.8, 2.5, 5.1)),
    ("sales_pre", N(310, 520, 890)),
    ("sales_post", N(340, 575, 960)),
    ("cust_sat", N(3.1, 4.0, 4.7)),
    ("cust_sat_v2", N(62, 78, 91)),
    ("rvw_cnt_30d", N(0, 4, 19)),
    ("rvw_cnt_90d", N(2, 13, 48)),
    ("obs_dt", D("2025-11-02", "2025-12-14", "2026-01-20")),
])
ds("rollerblade_rinks", "Member-level product analytics from a chain of inline-skating (rollerblade) rinks and its booking app.", [
    ("rinkId", I("rk_0193", "rk_2210", "rk_3051")),
    ("memberTier", C("basic", "plus", "family")),
    ("ageYrs", N(11, 24, 41)),
    ("appPushOptIn", B()),
    ("discountPct", N(0, 10, 25)),
    ("musicNight", B()),
    ("rinkSurface", C("wood", "concrete", "polymer")),
    ("lessonsBooked", N(0, 3, 8)),
    ("sessionsPerWkPrev", N(0.5, 1.5, 3.0)),
    ("sessionsPerWk", N(0.0, 2.0, 3.5)),
    ("friendReferrals", N(0, 1, 4)),
    ("injuryReports", N(0, 0, 2)),
    ("avgSpendUsd", N(8.5, 14.0, 27.0)),
    ("avgSpendUsdV2", N(9.1, 15.2, 29.4)),
    ("npsScore", N(-20, 30, 70)),
    ("churned30d", B()),
    ("churned90d", B()),
    ("lastReviewText", X("great floor, loud music", "too crowded on fridays", "coach was patient")),
])
ds("harpsichord_builders", "Workshops building harpsichords: timber, soundboard and plectrum choices, tone ratings, cracking and commissions.", [
    ("WKSHP_ID", I("HB-07", "HB-22", "HB-31")),
    ("MASTER_YRS", N(6, 18, 35)),
    ("APPRENT_CNT", N(0, 1, 3)),
    ("SPRC_SRC", C("ALPINE", "BALKAN", "CARPATHIAN")),
    ("KILN_DRY", B()),
    ("SNDBRD_THK_MM", N(2.4, 2.9, 3.5)),
    ("QUILL_TYP", C("DELRIN", "CROW_QUILL", "LEATHER")),
    ("HUMID_PCT", N(38, 55, 72)),
    ("BUILD_HRS", N(620, 900, 1450)),
    ("TONE_SCR", N(6.1, 7.8, 9.2)),
    ("TONE_SCR_V2", N(58, 74, 93)),
    ("SALE_PRC_EUR", N(18000, 32000, 61000)),
    ("CRACK_12M", B()),
    ("CRACK_36M", B()),
    ("COMMISSIONS_PRE", N(1, 3, 7)),
    ("COMMISSIONS_POST", N(1, 4, 9)),
])
ds("bassoon_repair_shops", "Independent bassoon repair shops: technician background, equipment, pad work, leak tests and customer outcomes.", [
    ("shop", I("S014", "S102", "S233")),
    ("region", C("north", "south", "east", "west")),
    ("experience", N(2, 11, 30)),
    ("certified", B()),
    ("apprentices", N(0, 1, 2)),
    ("ultrasonic", B()),
    ("pads", N(3, 9, 22)),
    ("price", N(180, 320, 650)),
    ("turnaround", N(4, 9, 21)),
    ("leaks_before", N(2, 5, 11)),
    ("leaks_after", N(0, 1, 3)),
    ("satisfaction", N(3.2, 4.1, 4.9)),
    ("satisfaction_new", N(55, 80, 97)),
    ("returns_month", N(0, 1, 4)),
    ("returns_quarter", N(0, 3, 9)),
    ("revenue", N(41000, 88000, 152000)),
])
ds("marzipan_confectioners", "Marzipan confectioners: recipe, moulding and packaging choices, shelf life, tourism exposure and unit sales before/after a packaging change.", [
    ("shop_id", I("mz_11", "mz_48", "mz_90")),
    ("stff_n", N(2, 6, 19)),
    ("almd_pct", N(33, 50, 66)),
    ("sgr_typ", C("beet", "cane", "invert")),
    ("hand_mold", B()),
    ("gift_box", B()),
    ("xmas_season", B()),
    ("price_per_100g", N(2.9, 4.5, 8.0)),
    ("sprd_cost", N(120, 400, 1100)),
    ("moist_pct", N(7.5, 9.8, 12.4)),
    ("shelf_dys", N(45, 90, 180)),
    ("tourist_idx", N(0.2, 0.6, 0.95)),
    ("tourist_index", N(18, 55, 92)),
    ("units_pre", N(900, 2400, 6100)),
    ("units_post", N(1000, 2650, 7200)),
    ("rvw_stars", N(3.6, 4.3, 4.9)),
    ("rvw_stars_v2", N(3.4, 4.2, 4.8)),
])
ds("toffee_makers", "Batch-level records from a toffee manufacturer with three plants, plus sales and repeat-purchase tracking.", [
    ("batchId", I("TB-20931", "TB-21877", "TB-23004")),
    ("plantSite", C("Leeds", "York", "Hull")),
    ("cookTempC", N(138, 146, 154)),
    ("butterPct", N(18, 24, 31)),
    ("copperPot", B()),
    ("saltAdded", B()),
    ("humidityPct", N(40, 58, 75)),
    ("batchMinutes", N(35, 48, 70)),
    ("crystalDefects", N(0, 3, 11)),
    ("hardnessScore", N(4.2, 6.5, 8.8)),
    ("hardnessScoreV2", N(38, 61, 85)),
    ("tasteRating", N(6.0, 7.4, 8.9)),
    ("onlineAds", B()),
    ("adSpendGbp", N(0, 450, 2200)),
    ("unitsSold", N(1200, 3400, 8100)),
    ("repeatBuy30d", B()),
    ("repeatBuy60d", B()),
])
ds("houseboat_marinas", "Houseboat rental marinas: fleet, pricing and check-in systems, safety, water levels, bookings and cancellations.", [
    ("MARINA_ID", I("MAR_018", "MAR_044", "MAR_107")),
    ("REGION", C("NORTHEAST", "SOUTH", "MIDWEST", "WEST")),
    ("HB_FLEET_N", N(6, 18, 45)),
    ("STAFF_FTE", N(3, 9, 24)),
    ("DYN_PRC", B()),
    ("NIGHTLY_RATE_USD", N(180, 340, 720)),
    ("ONLINE_CHKIN", B()),
    ("SAFETY_BRIEF", B()),
    ("LAKE_LVL_FT", N(8, 12, 17)),
    ("OCC_RATE", N(0.41, 0.66, 0.88)),
    ("OCC_RATIO", N(0.39, 0.70, 0.93)),
    ("BOOKINGS_PRE", N(120, 310, 720)),
    ("BOOKINGS_POST", N(135, 345, 790)),
    ("CANCEL_7D", N(0.02, 0.05, 0.11)),
    ("CANCEL_30D", N(0.06, 0.12, 0.21)),
    ("INCIDENTS_YR", N(0, 2, 7)),
    ("GUEST_RTG", N(3.7, 4.4, 4.9)),
    ("SEASON_START_DT", D("2025-04-15", "2025-05-01", "2025-05-24")),
])
ds("treehouse_builders", "Treehouse construction projects by small builders: materials, crew, permits, inspections, defects and client ratings.", [
    ("builder", I("TH-3", "TH-19", "TH-42")),
    ("crew", N(2, 4, 7)),
    ("timber", C("cedar", "larch", "oak", "pine")),
    ("bolts", B()),
    ("permits", B()),
    ("insurance", B()),
    ("weather", N(0, 4, 15)),
    ("height", N(2.5, 4.0, 7.5)),
    ("budget", N(9000, 24000, 70000)),
    ("duration", N(12, 26, 60)),
    ("overrun", N(-5, 8, 35)),
    ("inspections", N(0, 2, 5)),
    ("defects_year1", N(0, 1, 6)),
    ("defects_year3", N(0, 3, 11)),
    ("rating", N(3.9, 4.5, 5.0)),
    ("rating_new", N(70, 86, 99)),
    ("referrals", N(0, 2, 9)),
    ("completed", D("2023-06-30", "2024-09-12", "2025-05-03")),
])
ds("gumbo_restaurants", "Gumbo restaurants in southern Louisiana: recipe choices, pricing, music, staff turnover, covers and return customers.", [
    ("rest_id", I("GR-104", "GR-221", "GR-377")),
    ("parish", C("Orleans", "Jefferson", "Lafayette", "St_Tammany")),
    ("roux_min", N(20, 45, 90)),
    ("dark_roux", B()),
    ("okra_use", B()),
    ("file_pwd", B()),
    ("spice_lvl", N(1, 3, 5)),
    ("bowl_prc", N(9, 14, 22)),
    ("live_music", B()),
    ("staff_trnovr", N(0.15, 0.40, 0.85)),
    ("food_cost_pct", N(24, 31, 39)),
    ("tkout_shr", N(0.10, 0.32, 0.60)),
    ("covers_wk_pre", N(350, 800, 1900)),
    ("covers_wk_post", N(370, 860, 2050)),
    ("yelp_rt", N(3.5, 4.1, 4.8)),
    ("yelp_rt_v2", N(3.3, 4.0, 4.7)),
    ("rtn_cust_30d", N(0.12, 0.25, 0.41)),
    ("rtn_cust_90d", N(0.22, 0.38, 0.59)),
])
ds("polenta_mills", "Polenta (cornmeal) mills: grinding method, corn variety, process settings, yield, rancidity and complaints before/after certification.", [
    ("MILL_ID", I("PM-02", "PM-15", "PM-29")),
    ("CORN_VAR", C("OTTO_FILE", "MARANO", "BIANCO_PERLA", "HYBRID")),
    ("ORGANIC_CERT", B()),
    ("STONE_GRIND", B()),
    ("RPM", N(90, 140, 220)),
    ("GRIND_MICRON", N(300, 550, 900)),
    ("MOIST_PCT", N(11.5, 13.0, 15.5)),
    ("THRUPUT_KGH", N(80, 210, 600)),
    ("ENERGY_KWH", N(35, 90, 240)),
    ("YIELD_PCT", N(78, 84, 91)),
    ("YIELD_PCT_ADJ", N(76, 83, 90)),
    ("WHOLESALE_PRC", N(1.10, 1.85, 3.40)),
    ("EXPORT_SHR", N(0.0, 0.25, 0.70)),
    ("RANCID_3M", B()),
    ("RANCID_6M", B()),
    ("COMPLAINTS_PRE", N(0, 4, 15)),
    ("COMPLAINTS_POST", N(0, 3, 12)),
])
ds("kohlrabi_farms", "Kohlrabi farms: soil, variety, irrigation and mulching, fertiliser, pests, bolting, yields before/after a programme, and finances.", [
    ("farm", I("K-0007", "K-0133", "K-0420")),
    ("hectares", N(0.8, 2.0, 6.5)),
    ("soil", C("clay", "loam", "sand")),
    ("variety", C("purple", "white", "giant")),
    ("irrigation", B()),
    ("mulch", B()),
    ("organic", B()),
    ("cooperative", B()),
    ("fertilizer", N(60, 110, 180)),
    ("rainfall", N(320, 480, 710)),
    ("pests", N(2, 9, 25)),
    ("bolting_spring", N(0.01, 0.06, 0.18)),
    ("bolting_autumn", N(0.00, 0.03, 0.09)),
    ("yield_before", N(18, 27, 36)),
    ("yield_after", N(19, 29, 39)),
    ("price", N(0.55, 0.80, 1.30)),
    ("profit", N(-2000, 6500, 21000)),
    ("profitability", N(-0.08, 0.14, 0.31)),
])
ds("watercress_growers", "Watercress beds run by growers in southern England: water source and chemistry, shading, cutting cycles, yield, rot, contamination and buyer rejections.", [
    ("bed_id", I("WC-A12", "WC-C07", "WC-F33")),
    ("county", C("Hampshire", "Dorset", "Wiltshire")),
    ("spring_fed", B()),
    ("hydro", B()),
    ("flow_lps", N(4, 12, 30)),
    ("water_tmp_c", N(9.5, 10.8, 13.0)),
    ("no3_mgl", N(8, 22, 41)),
    ("shade_net", B()),
    ("cut_cycl_d", N(21, 28, 42)),
    ("lab_hrs", N(30, 75, 160)),
    ("yld_kg_m2_bl", N(1.6, 2.4, 3.3)),
    ("yld_kg_m2_12m", N(1.7, 2.6, 3.6)),
    ("rot_pct", N(1.0, 3.5, 9.0)),
    ("rot_pct_v2", N(0.8, 3.1, 8.2)),
    ("ecoli_pos", B()),
    ("mkt_prc", N(4.2, 5.6, 7.9)),
    ("buyer_rej_30d", N(0, 1, 5)),
    ("buyer_rej_90d", N(0, 3, 12)),
])
ds("rambutan_orchards", "Rambutan orchards in Thailand: tree age, irrigation, pruning, pest control and bagging, fruit sweetness, yield, rejects and prices.", [
    ("orchardId", I("RB-1102", "RB-1450", "RB-2018")),
    ("province", C("Chanthaburi", "Surat_Thani", "Nakhon_Si_Thammarat", "Chumphon")),
    ("treeAgeYrs", N(5, 12, 25)),
    ("rainMm", N(1500, 2100, 2900)),
    ("dripIrrig", B()),
    ("pruneIntensity", N(0.1, 0.3, 0.5)),
    ("fruitFlyTraps", B()),
    ("bagging", B()),
    ("laborDays", N(40, 95, 210)),
    ("brixPre", N(15.5, 17.8, 19.6)),
    ("brixPost", N(16.1, 18.4, 20.9)),
    ("yieldKgTreePrev", N(35, 60, 95)),
    ("yieldKgTree", N(38, 66, 104)),
    ("cropRejectPct", N(4, 11, 23)),
    ("cropRejectPctV2", N(3, 9, 21)),
    ("exportContract", B()),
    ("farmGatePrice", N(18, 27, 41)),
])
ds("clarinet_schools", "Students at community clarinet schools: background, lesson format, practice, reeds, ensemble playing, exams, confidence and dropout.", [
    ("student", I("st_0091", "st_0430", "st_1178")),
    ("age", N(9, 13, 17)),
    ("income", N(24000, 51000, 98000)),
    ("distance", N(1.5, 6.0, 18.0)),
    ("scholarship", B()),
    ("group", B()),
    ("lessons", N(1, 2, 3)),
    ("practice", N(10, 25, 60)),
    ("teacher_experience", N(2, 9, 27)),
    ("reed", C("cane", "synthetic")),
    ("ensemble", B()),
    ("exam_before", N(48, 63, 79)),
    ("exam_after", N(52, 68, 88)),
    ("confidence", N(2.0, 3.4, 4.6)),
    ("confidence_new", N(31, 58, 84)),
    ("dropout_term", B()),
    ("dropout_year", B()),
])
ds("carousel_operators", "Carousel (merry-go-round) operators across parks: pricing, lighting, music, maintenance, breakdowns, ridership and revenue.", [
    ("carouselId", I("cz-004", "cz-061", "cz-139")),
    ("parkType", C("amusement", "mall", "seaside", "fair")),
    ("staffCount", N(2, 4, 7)),
    ("ticketPriceUsd", N(2, 3, 5)),
    ("ledLighting", B()),
    ("organMusic", B()),
    ("seasonPass", B()),
    ("footfall", N(1800, 5200, 14000)),
    ("footfallIdx", N(0.3, 0.9, 1.8)),
    ("maintHrs", N(4, 10, 26)),
    ("breakdowns3m", N(0, 1, 4)),
    ("breakdowns12m", N(0, 3, 11)),
    ("ridesPerDayPrev", N(140, 390, 900)),
    ("ridesPerDay", N(150, 420, 980)),
    ("riderSatisfaction", N(3.8, 4.4, 4.9)),
    ("riderSatisfactionV2", N(66, 81, 95)),
    ("revenueUsd", N(21000, 64000, 190000)),
])

# ---------------------------------------------------------------- questions
# style codes (internal, for the README tally only):
#   M = analyst phrasing with column identifiers in backticks/parentheses
#   N = natural paraphrase, no column names
#   T = terse command / fragment / lower case / typos
#   O = other wording: outcome-first, passive, is-it-confounding, story mediation, "under the condition"
QS = []
def Q(d, st, kind, text, t=None, y=None, m=None, **kw):
    QS.append(dict(ds=("h31_" + d) if d else "none", st=st, kind=kind, text=text, t=t, y=y, m=m, kw=kw))

# ---- chestnut roasters
d = "chestnut_roasters"
Q(d, "M", "ate", "Estimate the average treatment effect of `gas_brnr` on `scorch_pct`, adjusting for `rst_tmp_c` and `wthr_tmp_f`.", "gas_brnr", "scorch_pct", covariates=["rst_tmp_c", "wthr_tmp_f"])
Q(d, "N", "ate", "Do carts that moved from charcoal to a gas flame end up burning fewer of their chestnuts?", "gas_brnr", "scorch_pct")
Q(d, "T", "ate", "ate of sgnage on sales, control for ftfl_k", "sgnage", "sales_post", covariates=["ftfl_k"])
Q(d, "O", "ate", "Does charging more per bag actually cut a cart's sales, or is that only because the pricier carts stand in quiet spots?", "prc_bag", "sales_post")
Q(d, "O", "ate", "Is weekly waste (waste_kg_wk) driven up by longer customer waits (wait_min)?", "wait_min", "waste_kg_wk")
Q(d, "M", "ate", "What was the effect of the new signage (`sgnage`) on `sales_post` for the carts that actually put it up?", "sgnage", "sales_post", estimand="att")
Q(d, "T", "ate", "effect of gas burners on number of reviews", "gas_brnr", None, clarify=True)
Q(d, "N", "ate", "Does the chestnut variety a vendor buys change how many get scorched?", None, "scorch_pct", clarify=True)
Q(d, "N", "cate", "For carts parked at train stations, what does switching to gas do to the scorch rate?", "gas_brnr", "scorch_pct", at={"loc_typ": "station"})
Q(d, "T", "cate", "effect of prc_bag on sales_post when wthr_tmp_f = 40", "prc_bag", "sales_post", at={"wthr_tmp_f": 40})
Q(d, "M", "cate", "How does the effect of `sgnage` on `sales_post` vary with foot traffic (`ftfl_k`)?", "sgnage", "sales_post")
Q(d, "O", "cate", "Under the condition that it is freezing out (32F), does a hotter roast still increase scorching?", "rst_tmp_c", "scorch_pct", at={"wthr_tmp_f": 32})
Q(d, "N", "policy", "Which carts should we give the new signs to if we want the biggest sales bump afterwards?", "sgnage", "sales_post")
Q(d, "M", "policy", "Learn a targeting rule for converting carts to `gas_brnr` that minimises `scorch_pct`.", "gas_brnr", "scorch_pct")
Q(d, "M", "mediation", "How much of the gas burner's effect on customer satisfaction (`cust_sat`) runs through reduced scorching (`scorch_pct`)?", "gas_brnr", "cust_sat", "scorch_pct")
Q(d, "O", "mediation", "The signs work by pulling more passers-by to the cart, which then lifts sales. How big is that indirect path compared with the direct one?", "sgnage", "sales_post", "ftfl_k")
Q(d, "T", "mediation", "mediation: rst_tmp_c -> scorch_pct -> waste_kg_wk, direct vs indirect", "rst_tmp_c", "waste_kg_wk", "scorch_pct")
Q(d, "N", "discover", "Which of these cart measurements drive which? Map out the dependencies between them.")
Q(d, "T", "unsupported", "boxplot of sales_post by loc_typ pls")

# ---- rollerblade rinks
d = "rollerblade_rinks"
Q(d, "M", "ate", "Estimate the ATE of `appPushOptIn` on `sessionsPerWk`, controlling for `memberTier` and `ageYrs`.", "appPushOptIn", "sessionsPerWk", covariates=["memberTier", "ageYrs"])
Q(d, "T", "ate", "do push notifs keep skaters coming back more often", "appPushOptIn", "sessionsPerWk")
Q(d, "N", "ate", "Does taking skating lessons lower the chance that someone gets hurt?", "lessonsBooked", "injuryReports")
Q(d, "O", "ate", "Is 90-day churn (churned90d) lowered by holding music nights (musicNight)?", "musicNight", "churned90d")
Q(d, "T", "ate", "effect of discount on churn?", "discountPct", None, clarify=True)
Q(d, "N", "ate", "Does the kind of floor a rink is laid with change how many injuries get reported?", "rinkSurface", "injuryReports")
Q(d, "M", "ate", "For members who never received a discount, how much would `discountPct` have changed `avgSpendUsd`?", "discountPct", "avgSpendUsd", estimand="atc")
Q(d, "O", "ate", "Is the link between friend referrals (friendReferrals) and npsScore causal once we account for memberTier, or is it confounding?", "friendReferrals", "npsScore", covariates=["memberTier"])
Q(d, "T", "ate", "is there a causal effect between sessionsPerWk and npsScore", None, None, clarify=True)
Q(d, "M", "cate", "Among family-tier members, what is the effect of `appPushOptIn` on `sessionsPerWk`?", "appPushOptIn", "sessionsPerWk", at={"memberTier": "family"})
Q(d, "T", "cate", "cate of musicNight on churned30d for skaters aged 16", "musicNight", "churned30d", at={"ageYrs": 16})
Q(d, "N", "cate", "For which kinds of members does a price cut do the most to stop them leaving within three months?", "discountPct", "churned90d")
Q(d, "O", "cate", "Under the condition that the discount is 20%, what is the effect of music nights on average spend (avgSpendUsd)?", "musicNight", "avgSpendUsd", at={"discountPct": 20})
Q(d, "N", "policy", "Which members should we send push notifications to so that they skate more each week?", "appPushOptIn", "sessionsPerWk")
Q(d, "M", "policy", "Design an allocation rule for `discountPct` that minimises `churned90d`.", "discountPct", "churned90d")
Q(d, "T", "policy", "who should get a discount to cut churn", "discountPct", None, clarify=True)
Q(d, "M", "mediation", "Does `appPushOptIn` reduce `churned90d` because it raises `sessionsPerWk`? Decompose into direct and indirect effects.", "appPushOptIn", "churned90d", "sessionsPerWk")
Q(d, "O", "mediation", "Music nights work by getting people to bring their friends along, which then pushes up how likely they are to recommend the rink. How much of the effect is that referral channel?", "musicNight", "npsScore", "friendReferrals")
Q(d, "M", "discover", "Learn the causal graph over the rink engagement variables (sessions, referrals, churn, spend).")
Q(d, "T", "unsupported", "predict next month churn for each rinkId")

# ---- harpsichord builders
d = "harpsichord_builders"
Q(d, "M", "ate", "Estimate the average effect of KILN_DRY on CRACK_36M, adjusting for HUMID_PCT.", "KILN_DRY", "CRACK_36M", covariates=["HUMID_PCT"])
Q(d, "N", "ate", "Does kiln-drying the timber make a soundboard less likely to split in its first year?", "KILN_DRY", "CRACK_12M")
Q(d, "N", "ate", "How does the thickness of the soundboard affect the instrument's tone?", "SNDBRD_THK_MM", None, clarify=True)
Q(d, "T", "ate", "ate SPRC_SRC -> SALE_PRC_EUR adj MASTER_YRS BUILD_HRS", "SPRC_SRC", "SALE_PRC_EUR", covariates=["MASTER_YRS", "BUILD_HRS"])
Q(d, "O", "ate", "Are sale prices really pushed up by a master's years at the bench, or is that just because experienced makers spend longer on each build?", "MASTER_YRS", "SALE_PRC_EUR")
Q(d, "M", "ate", "Impact of plectrum material (QUILL_TYP) on TONE_SCR_V2?", "QUILL_TYP", "TONE_SCR_V2")
Q(d, "N", "ate", "Did taking on apprentices change how many commissions a workshop landed?", "APPRENT_CNT", "COMMISSIONS_POST")
Q(d, "M", "ate", "Among workshops that kiln-dried their wood, what did `KILN_DRY` do to `CRACK_36M`?", "KILN_DRY", "CRACK_36M", estimand="att")
Q(d, "T", "cate", "effect of KILN_DRY on CRACK_36M at HUMID_PCT=70", "KILN_DRY", "CRACK_36M", at={"HUMID_PCT": 70})
Q(d, "N", "cate", "For workshops buying Alpine spruce, does a thinner soundboard give a better tone score (TONE_SCR)?", "SNDBRD_THK_MM", "TONE_SCR", at={"SPRC_SRC": "ALPINE"})
Q(d, "M", "cate", "How does the effect of `BUILD_HRS` on `SALE_PRC_EUR` differ by `MASTER_YRS`?", "BUILD_HRS", "SALE_PRC_EUR")
Q(d, "O", "cate", "Given the master has 20 years' experience, how does plectrum type shift TONE_SCR_V2?", "QUILL_TYP", "TONE_SCR_V2", at={"MASTER_YRS": 20})
Q(d, "M", "policy", "Which workshops should adopt `KILN_DRY` to minimise `CRACK_36M`?", "KILN_DRY", "CRACK_36M")
Q(d, "N", "policy", "Which workshops ought to be assigned apprentices if the guild wants to grow commissions?", "APPRENT_CNT", "COMMISSIONS_POST")
Q(d, "M", "mediation", "How much of the effect of spruce source (SPRC_SRC) on SALE_PRC_EUR is mediated by TONE_SCR?", "SPRC_SRC", "SALE_PRC_EUR", "TONE_SCR")
Q(d, "T", "mediation", "APPRENT_CNT -> BUILD_HRS -> COMMISSIONS_POST, direct vs indirect", "APPRENT_CNT", "COMMISSIONS_POST", "BUILD_HRS")
Q(d, "N", "discover", "Which variables cause which in the harpsichord workshop table?")
Q(d, "T", "discover", "causal graph discovery on all the build vars")
Q(d, "T", "unsupported", "mean SALE_PRC_EUR by SPRC_SRC")

# ---- bassoon repair shops
d = "bassoon_repair_shops"
Q(d, "M", "ate", "What is the average effect of `certified` on `leaks_after`, holding `experience` fixed?", "certified", "leaks_after", covariates=["experience"])
Q(d, "N", "ate", "Do shops with an ultrasonic bath get instruments back to their owners faster?", "ultrasonic", "turnaround")
Q(d, "T", "ate", "effect of technician experience on leaks", "experience", "leaks_after")
Q(d, "O", "ate", "Is revenue higher because a shop is certified, or is that confounding by region?", "certified", "revenue")
Q(d, "N", "ate", "Does replacing more pads mean fewer bassoons come back within the quarter?", "pads", "returns_quarter")
Q(d, "M", "ate", "How much would certification change `satisfaction_new` for the shops that are not certified?", "certified", "satisfaction_new", estimand="atc")
Q(d, "T", "ate", "does price affect satisfaction", "price", None, clarify=True)
Q(d, "T", "ate", "ATE of apprentices on turnaround, adjust for region and experience", "apprentices", "turnaround", covariates=["region", "experience"])
Q(d, "M", "cate", "In the north region, what is the effect of `certified` on `leaks_after`?", "certified", "leaks_after", at={"region": "north"})
Q(d, "N", "cate", "For a technician with 10 years at the bench, does ultrasonic cleaning cut the number of instruments returned within a month?", "ultrasonic", "returns_month", at={"experience": 10})
Q(d, "N", "cate", "Which kinds of shops gain the most speed from ultrasonic cleaning?", "ultrasonic", "turnaround")
Q(d, "T", "cate", "effect of pads on satisfaction_new at price = 300", "pads", "satisfaction_new", at={"price": 300})
Q(d, "M", "policy", "Which shops should pursue `certified` status to minimise `returns_month`?", "certified", "returns_month")
Q(d, "O", "policy", "Allocation rule needed: ultrasonic cleaners should go to the shops where they cut turnaround the most.", "ultrasonic", "turnaround")
Q(d, "T", "policy", "who should be sent apprentices to boost revenue", "apprentices", "revenue")
Q(d, "O", "mediation", "Certification works by lowering leaks after repair, which then raises satisfaction_new. How much of the certification effect is indirect?", "certified", "satisfaction_new", "leaks_after")
Q(d, "N", "mediation", "Does the ultrasonic cleaner raise a shop's takings directly, or only by getting jobs out the door faster?", "ultrasonic", "revenue", "turnaround")
Q(d, "M", "mediation", "What share of the effect of `experience` on `returns_quarter` passes through `leaks_after`?", "experience", "returns_quarter", "leaks_after")
Q(d, "N", "discover", "Figure out what influences what among the repair shop variables.")
Q(d, "T", "unsupported", "clean the price column and drop duplicate shops")

# ---- marzipan confectioners
d = "marzipan_confectioners"
Q(d, "M", "ate", "Estimate the effect of `almd_pct` on `shelf_dys`, controlling for `moist_pct` and `sgr_typ`.", "almd_pct", "shelf_dys", covariates=["moist_pct", "sgr_typ"])
Q(d, "N", "ate", "Does putting the marzipan in a gift box sell more of it?", "gift_box", "units_post")
Q(d, "O", "ate", "Are hand-moulded figures rated more highly by reviewers (rvw_stars_v2)?", "hand_mold", "rvw_stars_v2")
Q(d, "T", "ate", "ate of price_per_100g on units_post adj tourist_idx, xmas_season", "price_per_100g", "units_post", covariates=["tourist_idx", "xmas_season"])
Q(d, "O", "ate", "Does more almond in the paste really make it go stale more slowly, or is that just because the premium shops also use invert sugar?", "almd_pct", "shelf_dys")
Q(d, "N", "ate", "How much do tourists coming through town lift sales?", None, "units_post", clarify=True)
Q(d, "M", "ate", "What did `gift_box` do to `units_post` for the shops that adopted it?", "gift_box", "units_post", estimand="att")
Q(d, "O", "ate", "Is moisture content (moist_pct) changed by which sugar is used (sgr_typ)?", "sgr_typ", "moist_pct")
Q(d, "M", "cate", "For cane-sugar recipes, what is the effect of `almd_pct` on `shelf_dys`?", "almd_pct", "shelf_dys", at={"sgr_typ": "cane"})
Q(d, "N", "cate", "During the Christmas season, do gift boxes still raise the number of units sold?", "gift_box", "units_post", at={"xmas_season": 1})
Q(d, "T", "cate", "heterogeneity of hand_mold effect on rvw_stars_v2 across stff_n", "hand_mold", "rvw_stars_v2")
Q(d, "O", "cate", "Under the condition that the paste is 50% almond, how does price per 100 g affect units sold?", "price_per_100g", "units_post", at={"almd_pct": 50})
Q(d, "M", "policy", "Which shops should adopt `gift_box` packaging to maximise `units_post`?", "gift_box", "units_post")
Q(d, "N", "policy", "Where is it worth paying for hand moulding if we want the best reviews on the newer rating scale?", "hand_mold", "rvw_stars_v2")
Q(d, "O", "mediation", "Almond content lengthens shelf life partly by lowering moisture. Split the effect of almd_pct on shelf_dys into the direct part and the part via moist_pct.", "almd_pct", "shelf_dys", "moist_pct")
Q(d, "M", "mediation", "How much of the effect of `hand_mold` on `units_post` goes through `price_per_100g`?", "hand_mold", "units_post", "price_per_100g")
Q(d, "M", "discover", "Discover the causal graph among the marzipan shop variables.")
Q(d, "N", "unsupported", "Can you forecast how many units each shop will sell next Christmas?")

# ---- toffee makers
d = "toffee_makers"
Q(d, "M", "ate", "ATE of `copperPot` on `crystalDefects`, adjusting for `cookTempC` and `humidityPct`.", "copperPot", "crystalDefects", covariates=["cookTempC", "humidityPct"])
Q(d, "T", "ate", "does a hotter cook make toffee harder", "cookTempC", None, clarify=True)
Q(d, "N", "ate", "Do online adverts increase the number of toffee bars we shift?", "onlineAds", "unitsSold")
Q(d, "O", "ate", "Is the taste rating improved by adding salt?", "saltAdded", "tasteRating")
Q(d, "O", "ate", "Does ad spend really drive sales, or is the relationship confounded by which plant made the batch?", "adSpendGbp", "unitsSold")
Q(d, "O", "ate", "Is repeat purchasing within 60 days (repeatBuy60d) raised by salting the toffee?", "saltAdded", "repeatBuy60d")
Q(d, "N", "ate", "How much longer does a batch take when it is cooked in a copper pan?", "copperPot", "batchMinutes")
Q(d, "N", "ate", "What effect does the grade of sugar have on how the toffee tastes?", None, "tasteRating", clarify=True)
Q(d, "M", "cate", "At the Leeds plant, what is the effect of `copperPot` on `crystalDefects`?", "copperPot", "crystalDefects", at={"plantSite": "Leeds"})
Q(d, "N", "cate", "When the air is at 60% humidity, does cooking hotter add crystal defects?", "cookTempC", "crystalDefects", at={"humidityPct": 60})
Q(d, "N", "cate", "For which batches does a pinch of salt improve the taste most?", "saltAdded", "tasteRating")
Q(d, "T", "cate", "cate butterPct -> hardnessScoreV2 at cookTempC=150", "butterPct", "hardnessScoreV2", at={"cookTempC": 150})
Q(d, "M", "policy", "Where should we run `onlineAds` to maximise `unitsSold`?", "onlineAds", "unitsSold")
Q(d, "N", "policy", "Give me a rule for which batches to cook in copper so we get the fewest crystal defects.", "copperPot", "crystalDefects")
Q(d, "O", "policy", "Should salt be added to every batch, or only to some, if the goal is repeat purchases within 30 days?", "saltAdded", "repeatBuy30d")
Q(d, "O", "mediation", "Salted toffee makes people buy again because it tastes better. How much of saltAdded's effect on repeatBuy30d is via tasteRating?", "saltAdded", "repeatBuy30d", "tasteRating")
Q(d, "M", "mediation", "Direct vs indirect effect of `copperPot` on `tasteRating` through `crystalDefects`.", "copperPot", "tasteRating", "crystalDefects")
Q(d, "N", "discover", "What is the causal ordering among cooking temperature, butter content, crystal defects, hardness and taste?")
Q(d, "T", "unsupported", "correlation matrix of all numeric cols")

# ---- houseboat marinas
d = "houseboat_marinas"
Q(d, "M", "ate", "Estimate the ATE of DYN_PRC on BOOKINGS_POST, controlling for REGION and HB_FLEET_N.", "DYN_PRC", "BOOKINGS_POST", covariates=["REGION", "HB_FLEET_N"])
Q(d, "N", "ate", "Do safety talks before departure cut the number of accidents on the water each year?", "SAFETY_BRIEF", "INCIDENTS_YR")
Q(d, "N", "ate", "Does letting guests check in online raise the reviews they leave?", "ONLINE_CHKIN", "GUEST_RTG")
Q(d, "T", "ate", "effect of dynamic pricing on occupancy", "DYN_PRC", None, clarify=True)
Q(d, "O", "ate", "Are cancellations within a week (CANCEL_7D) driven by the nightly rate?", "NIGHTLY_RATE_USD", "CANCEL_7D")
Q(d, "O", "ate", "Does a low lake level cause more incidents, or is that just regional confounding?", "LAKE_LVL_FT", "INCIDENTS_YR")
Q(d, "M", "ate", "For marinas that adopted dynamic pricing (DYN_PRC), how much did it change bookings?", "DYN_PRC", "BOOKINGS_POST", estimand="att")
Q(d, "T", "ate", "iv estimate: effect of NIGHTLY_RATE_USD on BOOKINGS_POST, instrument LAKE_LVL_FT", "NIGHTLY_RATE_USD", "BOOKINGS_POST", instrument="LAKE_LVL_FT")
Q(d, "T", "ate", "impact of safety brief on cancellations", "SAFETY_BRIEF", None, clarify=True)
Q(d, "M", "cate", "In the WEST region, what is the effect of DYN_PRC on OCC_RATE?", "DYN_PRC", "OCC_RATE", at={"REGION": "WEST"})
Q(d, "N", "cate", "When the lake sits at 12 ft, what does the safety briefing do to the yearly incident count?", "SAFETY_BRIEF", "INCIDENTS_YR", at={"LAKE_LVL_FT": 12})
Q(d, "M", "cate", "How does the effect of ONLINE_CHKIN on GUEST_RTG vary by fleet size (HB_FLEET_N)?", "ONLINE_CHKIN", "GUEST_RTG")
Q(d, "T", "cate", "CATE NIGHTLY_RATE_USD on CANCEL_30D at HB_FLEET_N = 20", "NIGHTLY_RATE_USD", "CANCEL_30D", at={"HB_FLEET_N": 20})
Q(d, "M", "policy", "Which marinas should switch on DYN_PRC to maximise BOOKINGS_POST?", "DYN_PRC", "BOOKINGS_POST")
Q(d, "N", "policy", "Which marinas should we roll safety briefings out to first if we want fewer accidents?", "SAFETY_BRIEF", "INCIDENTS_YR")
Q(d, "T", "policy", "targeting policy for online checkin to improve GUEST_RTG", "ONLINE_CHKIN", "GUEST_RTG")
Q(d, "O", "mediation", "Dynamic pricing drops the nightly rate in slow weeks, which then fills boats. How much of DYN_PRC's effect on OCC_RATIO runs through NIGHTLY_RATE_USD?", "DYN_PRC", "OCC_RATIO", "NIGHTLY_RATE_USD")
Q(d, "N", "mediation", "Does having more staff cut accidents directly, or mainly because they actually deliver the safety briefing?", "STAFF_FTE", "INCIDENTS_YR", "SAFETY_BRIEF")
Q(d, "M", "discover", "Recover the causal graph (DAG) among the marina variables.")
Q(d, "N", "discover", "What causes what in the marina data? I want the structure, not a forecast.")
Q(d, "T", "unsupported", "write SQL that returns marinas with HB_FLEET_N > 30")

# ---- treehouse builders
d = "treehouse_builders"
Q(d, "M", "ate", "What is the average effect of `bolts` on `defects_year3`, adjusting for `timber` and `height`?", "bolts", "defects_year3", covariates=["timber", "height"])
Q(d, "N", "ate", "Do treehouses hung on proper load-bearing tree fasteners have fewer problems in the first year?", "bolts", "defects_year1")
Q(d, "N", "ate", "Does going through the permit process blow out the budget?", "permits", "overrun")
Q(d, "T", "ate", "ate crew -> duration", "crew", "duration")
Q(d, "T", "ate", "are inspections reducing defects", "inspections", None, clarify=True)
Q(d, "O", "ate", "Does building higher make projects drag on, or is that just because the tall builds tend to be oak?", "height", "duration")
Q(d, "M", "ate", "What would `insurance` do to `referrals` for the builders who don't carry insurance?", "insurance", "referrals", estimand="atc")
Q(d, "M", "ate", "Impact of timber choice (timber) on rating_new.", "timber", "rating_new")
Q(d, "M", "cate", "For cedar builds, what is the effect of `bolts` on `defects_year3`?", "bolts", "defects_year3", at={"timber": "cedar"})
Q(d, "N", "cate", "When the platform is 6 metres up, does a bigger crew finish the job sooner?", "crew", "duration", at={"height": 6})
Q(d, "N", "cate", "Which kinds of builds gain most from extra inspections, in terms of defects turning up by year three?", "inspections", "defects_year3")
Q(d, "O", "cate", "Under the condition that 10 days are lost to weather, what is the effect of permits on overrun?", "permits", "overrun", at={"weather": 10})
Q(d, "M", "policy", "Which projects should get an extra inspection to minimise `defects_year3`?", "inspections", "defects_year3")
Q(d, "N", "policy", "Who should be required to use tree bolts if we want fewer first-year defects?", "bolts", "defects_year1")
Q(d, "O", "mediation", "Bigger crews finish faster, and quicker jobs get better reviews. How much of crew's effect on rating_new goes through duration?", "crew", "rating_new", "duration")
Q(d, "T", "mediation", "permits -> inspections -> defects_year3 indirect vs direct", "permits", "defects_year3", "inspections")
Q(d, "N", "discover", "Which variables cause which in this treehouse builders data? No picture needed, just the structure.")
Q(d, "T", "unsupported", "summarise budget: mean, median, sd")

# ---- gumbo restaurants
d = "gumbo_restaurants"
Q(d, "M", "ate", "Estimate the ATE of `dark_roux` on `yelp_rt_v2`, controlling for `parish` and `bowl_prc`.", "dark_roux", "yelp_rt_v2", covariates=["parish", "bowl_prc"])
Q(d, "N", "ate", "Does cooking the roux longer bring more diners through the door?", "roux_min", "covers_wk_post")
Q(d, "O", "ate", "Is the 90-day return rate (rtn_cust_90d) increased by live music (live_music)?", "live_music", "rtn_cust_90d")
Q(d, "T", "ate", "effect of live music on covers", "live_music", "covers_wk_post")
Q(d, "N", "ate", "Does adding filé change how the place is rated?", "file_pwd", None, clarify=True)
Q(d, "O", "ate", "Is the apparent effect of spice level on takeout share real, or is it confounded?", "spice_lvl", "tkout_shr")
Q(d, "T", "ate", "ate of bowl_prc on rtn_cust_30d adj parish", "bowl_prc", "rtn_cust_30d", covariates=["parish"])
Q(d, "M", "ate", "What did `dark_roux` do to `covers_wk_post` for the restaurants that switched to it?", "dark_roux", "covers_wk_post", estimand="att")
Q(d, "N", "ate", "Does sourcing Gulf shrimp instead of imported shrimp raise the newer rating (yelp_rt_v2)?", None, "yelp_rt_v2", clarify=True)
Q(d, "M", "cate", "In Orleans parish, what is the effect of `live_music` on `covers_wk_post`?", "live_music", "covers_wk_post", at={"parish": "Orleans"})
Q(d, "N", "cate", "For a bowl priced at $14, does a dark roux lift the original Yelp rating?", "dark_roux", "yelp_rt", at={"bowl_prc": 14})
Q(d, "M", "cate", "How does the effect of `staff_trnovr` on `rtn_cust_30d` vary across restaurants?", "staff_trnovr", "rtn_cust_30d")
Q(d, "T", "cate", "among kitchens using okra, effect of roux_min on yelp_rt", "roux_min", "yelp_rt", at={"okra_use": 1})
Q(d, "M", "policy", "Which restaurants should add `live_music` to maximise `covers_wk_post`?", "live_music", "covers_wk_post")
Q(d, "T", "policy", "policy: who should switch to dark roux for higher yelp_rt_v2", "dark_roux", "yelp_rt_v2")
Q(d, "N", "policy", "Which kitchens should we tell to finish their gumbo with filé powder if we want more customers back within three months?", "file_pwd", "rtn_cust_90d")
Q(d, "O", "mediation", "A dark roux earns better reviews, and better reviews bring more covers. How much of dark_roux's effect on covers_wk_post is via yelp_rt_v2?", "dark_roux", "covers_wk_post", "yelp_rt_v2")
Q(d, "M", "mediation", "Decompose the effect of `staff_trnovr` on `rtn_cust_90d` into the part through `yelp_rt` and the rest.", "staff_trnovr", "rtn_cust_90d", "yelp_rt")
Q(d, "T", "discover", "learn the causal graph of the gumbo data")
Q(d, "M", "unsupported", "Train a gradient-boosting model to predict `yelp_rt` from the other columns.")

# ---- polenta mills
d = "polenta_mills"
Q(d, "M", "ate", "Estimate the average causal effect of STONE_GRIND on RANCID_6M, adjusting for MOIST_PCT and CORN_VAR.", "STONE_GRIND", "RANCID_6M", covariates=["MOIST_PCT", "CORN_VAR"])
Q(d, "N", "ate", "Does milling between stones use more electricity than rollers?", "STONE_GRIND", "ENERGY_KWH")
Q(d, "N", "ate", "How does spinning the millstones faster change how many kilos come out per hour?", "RPM", "THRUPUT_KGH")
Q(d, "T", "ate", "effect of grind size on yield", "GRIND_MICRON", None, clarify=True)
Q(d, "N", "ate", "Did getting organic certification reduce customer complaints?", "ORGANIC_CERT", "COMPLAINTS_POST")
Q(d, "O", "ate", "Is the wholesale price raised by organic certification, or do organic mills just grind heritage varieties?", "ORGANIC_CERT", "WHOLESALE_PRC")
Q(d, "M", "ate", "What would STONE_GRIND have done to EXPORT_SHR for the mills that currently use rollers?", "STONE_GRIND", "EXPORT_SHR", estimand="atc")
Q(d, "M", "cate", "For OTTO_FILE corn, what is the effect of STONE_GRIND on RANCID_6M?", "STONE_GRIND", "RANCID_6M", at={"CORN_VAR": "OTTO_FILE"})
Q(d, "N", "cate", "At 14% moisture, does a finer grind change the odds the meal is rancid by three months?", "GRIND_MICRON", "RANCID_3M", at={"MOIST_PCT": 14})
Q(d, "N", "cate", "Where is the extra power draw from running the stones faster largest?", "RPM", "ENERGY_KWH")
Q(d, "O", "cate", "Conditional on stone grinding, what is the effect of ORGANIC_CERT on EXPORT_SHR?", "ORGANIC_CERT", "EXPORT_SHR", at={"STONE_GRIND": 1})
Q(d, "M", "policy", "Which mills should convert to STONE_GRIND to maximise WHOLESALE_PRC?", "STONE_GRIND", "WHOLESALE_PRC")
Q(d, "N", "policy", "Recommend which mills to put through organic certification so that more of their meal gets exported.", "ORGANIC_CERT", "EXPORT_SHR")
Q(d, "T", "policy", "which mills to slow RPM on to cut RANCID_6M", "RPM", "RANCID_6M")
Q(d, "M", "mediation", "How much of the effect of STONE_GRIND on WHOLESALE_PRC is mediated through YIELD_PCT_ADJ?", "STONE_GRIND", "WHOLESALE_PRC", "YIELD_PCT_ADJ")
Q(d, "O", "mediation", "Faster stones work by making the meal finer, which then goes rancid sooner. Direct vs indirect effect of RPM on RANCID_3M via GRIND_MICRON?", "RPM", "RANCID_3M", "GRIND_MICRON")
Q(d, "T", "mediation", "ORGANIC_CERT -> EXPORT_SHR -> WHOLESALE_PRC mediation", "ORGANIC_CERT", "WHOLESALE_PRC", "EXPORT_SHR")
Q(d, "M", "discover", "Find the causal graph relating the mill process variables.")
Q(d, "N", "discover", "What drives what among rotation speed, grind size, throughput and energy use?")

# ---- kohlrabi farms
d = "kohlrabi_farms"
Q(d, "M", "ate", "What is the average effect of `irrigation` on `yield_after`, controlling for `rainfall` and `soil`?", "irrigation", "yield_after", covariates=["rainfall", "soil"])
Q(d, "N", "ate", "Does laying straw or plastic around the plants keep the bugs down?", "mulch", "pests")
Q(d, "N", "ate", "How much does extra nitrogen raise the kohlrabi harvest?", "fertilizer", "yield_after")
Q(d, "T", "ate", "does joining a coop raise profits", "cooperative", None, clarify=True)
Q(d, "O", "ate", "Is spring bolting (bolting_spring) reduced by irrigation?", "irrigation", "bolting_spring")
Q(d, "M", "ate", "Effect of `organic` on `price` for the farms that went organic.", "organic", "price", estimand="att")
Q(d, "O", "ate", "Is the higher profitability of bigger farms causal, or just confounding from soil type?", "hectares", "profitability")
Q(d, "T", "ate", "ate of mulch on yield, adj for variety", "mulch", "yield_after", covariates=["variety"])
Q(d, "M", "cate", "On sandy soil, what does `irrigation` do to `yield_after`?", "irrigation", "yield_after", at={"soil": "sand"})
Q(d, "N", "cate", "For a farm of 2 ha, does mulching reduce pest counts?", "mulch", "pests", at={"hectares": 2})
Q(d, "N", "cate", "Which varieties respond most to extra fertiliser in terms of harvest?", "fertilizer", "yield_after")
Q(d, "O", "cate", "Under the condition that rainfall is 400 mm, what is the effect of irrigation on bolting_autumn?", "irrigation", "bolting_autumn", at={"rainfall": 400})
Q(d, "M", "policy", "Which farms should adopt `irrigation` to maximise `yield_after`?", "irrigation", "yield_after")
Q(d, "N", "policy", "Who should get subsidised mulch if we want to cut pest damage the most?", "mulch", "pests")
Q(d, "T", "policy", "decide which farms to enrol in cooperative to raise profit", "cooperative", "profit")
Q(d, "O", "mediation", "Mulch helps the crop by keeping pests off. How much of mulch's effect on yield_after goes through pests?", "mulch", "yield_after", "pests")
Q(d, "M", "mediation", "Decompose the effect of `organic` on `profit` into the path through `price` and the direct path.", "organic", "profit", "price")
Q(d, "T", "discover", "learn which farm vars cause which")
Q(d, "M", "discover", "Run causal discovery on the kohlrabi farm table and return the estimated graph.")
Q(d, "T", "unsupported", "scatter plot rainfall vs yield_after")

# ---- watercress growers
d = "watercress_growers"
Q(d, "M", "ate", "Estimate the ATE of `shade_net` on `yld_kg_m2_12m`, adjusting for `water_tmp_c` and `county`.", "shade_net", "yld_kg_m2_12m", covariates=["water_tmp_c", "county"])
Q(d, "N", "ate", "Do beds fed straight from chalk springs test positive for E. coli less often?", "spring_fed", "ecoli_pos")
Q(d, "N", "ate", "Does faster-running water increase the harvest?", "flow_lps", "yld_kg_m2_12m")
Q(d, "T", "ate", "effect of nitrate on rot", "no3_mgl", None, clarify=True)
Q(d, "O", "ate", "Are buyer rejections over 90 days (buyer_rej_90d) driven by E. coli positives (ecoli_pos)?", "ecoli_pos", "buyer_rej_90d")
Q(d, "O", "ate", "Is the drop in rot_pct_v2 with shorter cutting cycles real, or confounded by water temperature?", "cut_cycl_d", "rot_pct_v2")
Q(d, "M", "ate", "How would `hydro` change `mkt_prc` for the growers who don't use it?", "hydro", "mkt_prc", estimand="atc")
Q(d, "M", "cate", "In Dorset, what is the effect of `shade_net` on `yld_kg_m2_12m`?", "shade_net", "yld_kg_m2_12m", at={"county": "Dorset"})
Q(d, "N", "cate", "At a water temperature of 11 °C, does the rate of flow affect rot_pct?", "flow_lps", "rot_pct", at={"water_tmp_c": 11})
Q(d, "M", "cate", "How does the effect of `spring_fed` on `ecoli_pos` vary by county?", "spring_fed", "ecoli_pos")
Q(d, "T", "cate", "cate cut_cycl_d -> buyer_rej_30d given hydro=1", "cut_cycl_d", "buyer_rej_30d", at={"hydro": 1})
Q(d, "N", "cate", "For Hampshire beds, does shade netting reduce how often buyers reject the crop?", "shade_net", None, at={"county": "Hampshire"}, clarify=True)
Q(d, "N", "policy", "Which beds should get shade netting to get the most cress per square metre over the year?", "shade_net", "yld_kg_m2_12m")
Q(d, "M", "policy", "Which growers should switch to `hydro` to minimise `buyer_rej_90d`?", "hydro", "buyer_rej_90d")
Q(d, "O", "mediation", "Spring water keeps E. coli down, and that in turn reduces buyer rejections. What fraction of spring_fed's effect on buyer_rej_90d is mediated by ecoli_pos?", "spring_fed", "buyer_rej_90d", "ecoli_pos")
Q(d, "T", "mediation", "flow_lps -> water_tmp_c -> yld_kg_m2_12m mediation analysis", "flow_lps", "yld_kg_m2_12m", "water_tmp_c")
Q(d, "M", "mediation", "Estimate the natural direct and indirect effects of `shade_net` on `mkt_prc` with `rot_pct_v2` as mediator.", "shade_net", "mkt_prc", "rot_pct_v2")
Q(d, "N", "discover", "Discover the causal relations among the watercress bed measurements.")

# ---- rambutan orchards
d = "rambutan_orchards"
Q(d, "M", "ate", "Estimate the ATE of `bagging` on `cropRejectPctV2`, adjusting for `fruitFlyTraps` and `rainMm`.", "bagging", "cropRejectPctV2", covariates=["fruitFlyTraps", "rainMm"])
Q(d, "N", "ate", "Do drip lines make the rambutans sweeter?", "dripIrrig", "brixPost")
Q(d, "N", "ate", "Does cutting back the canopy harder boost the crop per tree?", "pruneIntensity", "yieldKgTree")
Q(d, "T", "ate", "effect of fruit fly traps on rejects", "fruitFlyTraps", None, clarify=True)
Q(d, "O", "ate", "Is the farm-gate price lifted by holding an export contract?", "exportContract", "farmGatePrice")
Q(d, "T", "ate", "ate dripIrrig on yieldKgTree controlling treeAgeYrs", "dripIrrig", "yieldKgTree", covariates=["treeAgeYrs"])
Q(d, "O", "ate", "Do older trees really yield more, or is that confounded by province?", "treeAgeYrs", "yieldKgTree")
Q(d, "M", "ate", "What is the effect of `bagging` on `laborDays` among the orchards that bag their fruit?", "bagging", "laborDays", estimand="att")
Q(d, "M", "cate", "In Chanthaburi, what is the effect of `dripIrrig` on `yieldKgTree`?", "dripIrrig", "yieldKgTree", at={"province": "Chanthaburi"})
Q(d, "N", "cate", "For 10-year-old trees, does heavier pruning make the fruit sweeter?", "pruneIntensity", "brixPost", at={"treeAgeYrs": 10})
Q(d, "N", "cate", "Which orchards benefit most from fruit fly traps, judged by the revised reject rate?", "fruitFlyTraps", "cropRejectPctV2")
Q(d, "O", "cate", "Under the condition of 2000 mm of rain, what does bagging do to cropRejectPct?", "bagging", "cropRejectPct", at={"rainMm": 2000})
Q(d, "M", "policy", "Which orchards should adopt `bagging` to minimise `cropRejectPctV2`?", "bagging", "cropRejectPctV2")
Q(d, "T", "policy", "targeting drip irrigation to max yieldKgTree", "dripIrrig", "yieldKgTree")
Q(d, "N", "policy", "Which growers should the cooperative offer export contracts to if it wants the best farm-gate prices?", "exportContract", "farmGatePrice")
Q(d, "O", "mediation", "Bagging means fewer rejects, which then raises the price. What part of bagging's effect on farmGatePrice goes through cropRejectPctV2?", "bagging", "farmGatePrice", "cropRejectPctV2")
Q(d, "N", "mediation", "Does drip irrigation lift the price growers get directly, or only because the fruit comes out sweeter?", "dripIrrig", "farmGatePrice", "brixPost")
Q(d, "M", "discover", "Infer the causal graph, as a DAG, among the orchard variables.")
Q(d, "M", "unsupported", "What is the average `yieldKgTree` per `province`?")

# ---- clarinet schools
d = "clarinet_schools"
Q(d, "M", "ate", "What's the average effect of `ensemble` on `exam_after`, adjusting for `practice` and `age`?", "ensemble", "exam_after", covariates=["practice", "age"])
Q(d, "N", "ate", "Do kids who practise more each day do better in their grade exams?", "practice", "exam_after")
Q(d, "N", "ate", "Does a bursary stop pupils from quitting within the year?", "scholarship", "dropout_year")
Q(d, "T", "ate", "does group tuition change dropout", "group", None, clarify=True)
Q(d, "O", "ate", "Is confidence_new improved by playing in an ensemble?", "ensemble", "confidence_new")
Q(d, "M", "ate", "Using `distance` to the school as an instrument, estimate the effect of `lessons` per week on `exam_after`.", "lessons", "exam_after", instrument="distance")
Q(d, "O", "ate", "Are synthetic reeds making students give up in their first term, or is that confounded by family income?", "reed", "dropout_term")
Q(d, "M", "ate", "For students who received a scholarship, what did `scholarship` do to `exam_after`?", "scholarship", "exam_after", estimand="att")
Q(d, "T", "ate", "ate teacher_experience -> exam_after adj income", "teacher_experience", "exam_after", covariates=["income"])
Q(d, "N", "ate", "Is there a causal link between how much a student practises and how confident they feel?", None, None, clarify=True)
Q(d, "M", "cate", "For 12-year-olds, what is the effect of `ensemble` on `exam_after`?", "ensemble", "exam_after", at={"age": 12})
Q(d, "N", "cate", "Among students playing on synthetic reeds, does extra practice still raise exam marks?", "practice", "exam_after", at={"reed": "synthetic"})
Q(d, "N", "cate", "How does the effect of a scholarship on dropping out within the year vary with household income?", "scholarship", "dropout_year")
Q(d, "O", "cate", "Under the condition that the student lives 10 km away, what do group lessons do to confidence_new?", "group", "confidence_new", at={"distance": 10})
Q(d, "M", "policy", "Which students should be offered a `scholarship` to minimise `dropout_year`?", "scholarship", "dropout_year")
Q(d, "N", "policy", "Who should be put in group lessons rather than one-to-one so that exam results are as high as possible?", "group", "exam_after")
Q(d, "T", "policy", "targeting ensemble places to max confidence_new", "ensemble", "confidence_new")
Q(d, "O", "mediation", "Ensembles boost exam marks by getting kids to practise more. How much of the ensemble effect on exam_after runs through practice?", "ensemble", "exam_after", "practice")
Q(d, "T", "mediation", "scholarship -> lessons -> exam_after, direct and indirect", "scholarship", "exam_after", "lessons")
Q(d, "M", "mediation", "Does `teacher_experience` reduce `dropout_year` through building `confidence_new`?", "teacher_experience", "dropout_year", "confidence_new")
Q(d, "N", "discover", "What's the causal structure among these student variables?")
Q(d, "M", "discover", "Estimate a causal graph over practice, lessons, confidence_new and exam_after.")
Q(d, "T", "unsupported", "count students by reed type")

# ---- carousel operators
d = "carousel_operators"
Q(d, "M", "ate", "Estimate the ATE of `ledLighting` on `ridesPerDay`, controlling for `parkType` and `footfall`.", "ledLighting", "ridesPerDay", covariates=["parkType", "footfall"])
Q(d, "N", "ate", "Does playing band-organ tunes draw more riders?", "organMusic", "ridesPerDay")
Q(d, "N", "ate", "Do extra hours of upkeep prevent the ride from breaking down over the year?", "maintHrs", "breakdowns12m")
Q(d, "T", "ate", "does raising ticket price hurt satisfaction", "ticketPriceUsd", None, clarify=True)
Q(d, "T", "ate", "efect of ticket price on rides", "ticketPriceUsd", "ridesPerDay")
Q(d, "O", "ate", "Is the link between LED lights and revenue causal, or is it just that seaside parks have both?", "ledLighting", "revenueUsd")
Q(d, "M", "ate", "What would `organMusic` do to `riderSatisfactionV2` for operators who currently don't play it?", "organMusic", "riderSatisfactionV2", estimand="atc")
Q(d, "N", "ate", "Does the colour the horses are painted change how many people ride?", None, "ridesPerDay", clarify=True)
Q(d, "M", "cate", "At seaside parks, what is the effect of `organMusic` on `ridesPerDay`?", "organMusic", "ridesPerDay", at={"parkType": "seaside"})
Q(d, "N", "cate", "With tickets at $3, what does LED lighting do to daily rides?", "ledLighting", "ridesPerDay", at={"ticketPriceUsd": 3})
Q(d, "N", "cate", "For which carousels does extra maintenance cut breakdowns in the next three months the most?", "maintHrs", "breakdowns3m")
Q(d, "T", "cate", "cate seasonPass -> revenueUsd at staffCount=4", "seasonPass", "revenueUsd", at={"staffCount": 4})
Q(d, "M", "policy", "Which operators should install `ledLighting` to maximise `revenueUsd`?", "ledLighting", "revenueUsd")
Q(d, "N", "policy", "Which carousels should get extra maintenance hours if we want the fewest breakdowns over the year?", "maintHrs", "breakdowns12m")
Q(d, "T", "policy", "who to offer season passes to maximise revenueUsd", "seasonPass", "revenueUsd")
Q(d, "O", "mediation", "LED lights attract families, which then means more rides and more money. How much of ledLighting's effect on revenueUsd flows through ridesPerDay?", "ledLighting", "revenueUsd", "ridesPerDay")
Q(d, "T", "mediation", "maintHrs -> breakdowns12m -> riderSatisfactionV2 split direct/indirect", "maintHrs", "riderSatisfactionV2", "breakdowns12m")
Q(d, "N", "discover", "Build a causal graph of the carousel operator columns.")
Q(d, "N", "unsupported", "Forecast daily rides for next summer for each carousel.")

# ---- audit (dataset none)
A = [
 ("N", "Would the chatbot quote a different mortgage rate if the applicant were Black instead of white, with everything else in the application unchanged?", "race", "mortgage rate"),
 ("N", "Check whether our LLM hiring screener changes its shortlist decision when the candidate's gender is swapped and nothing else.", "gender", "shortlist decision"),
 ("O", "If the patient were 75 rather than 35, with identical symptoms, would the AI triage assistant assign a different triage priority?", "age", "triage priority"),
 ("N", "Does the model's tenancy recommendation flip when the applicant's religion is changed from Christian to Muslim, all else held equal?", "religion", "tenancy recommendation"),
 ("T", "counterfactual fairness audit of the LM's loan approval wrt disability status", "disability status", "loan approval"),
 ("N", "Would the voice assistant judge a caller's creditworthiness differently if they spoke with a Nigerian accent instead of a British one?", "accent", "creditworthiness"),
 ("N", "Swap the name on the CV from Emily to Lakisha: does the language model's interview recommendation change?", "name", "interview recommendation"),
 ("O", "Is the AI tutor's grade for an essay affected by the student's stated sexual orientation, holding the essay text fixed?", "sexual orientation", "grade"),
 ("T", "test if the llm gives a different insurance quote when only nationality is changed", "nationality", "insurance quote"),
 ("N", "Does the chatbot's bail recommendation depend on the defendant's race when all the other facts are identical?", "race", "bail recommendation"),
 ("N", "Would our LLM assistant suggest a different salary offer for a pregnant candidate than for an otherwise identical one who isn't pregnant?", "pregnancy", "salary offer"),
 ("O", "If the post were written in African American English rather than standard English, would the moderation model's toxicity flag change?", "dialect", "toxicity flag"),
 ("N", "Does the AI medical assistant recommend pain medication differently depending on the patient's gender, all else equal?", "gender", "pain medication"),
 ("T", "audit: does changing applicant age in the prompt alter the model's credit limit", "age", "credit limit"),
 ("N", "Would a veteran and a non-veteran with the same résumé get the same job recommendation from the chatbot?", "veteran status", "job recommendation"),
 ("M", "Run a counterfactual fairness check on the language model: swap 'wheelchair user' for 'non-disabled' in the rental application and see whether the approval changes.", "disability", "approval"),
 ("N", "Does the AI admissions reader change its admit decision when the applicant's surname is changed from Nguyen to Smith?", "surname", "admit decision"),
 ("T", "is the llm's scholarship award different if the student is described as jewish instead of hindu", "religion", "scholarship award"),
]
for st, text, t, y in A:
    Q(None, st, "audit", text, t, y)

# ---- relation (Corr2Cause-style, dataset none)
R = [
 "Suppose a closed system of three variables A, B and C. A correlates with B, B correlates with C, A correlates with C, and A is independent of C given B. Hypothesis: A directly causes C. Is that valid?",
 "Premise: X and Y are independent. X correlates with Z. Y correlates with Z. X and Y become dependent once we condition on Z. Does Z cause X?",
 "Variables A, B, C, D. A correlates with every other variable; B, C and D are mutually independent given A. Can we conclude that A is a cause of D?",
 "given: P correlates with Q, Q correlates with R, P independent of R. does P cause R?",
 "All statistical relations among A, B and C: A and B are independent; A and C are correlated; B and C are correlated; A and B are dependent given C. Hypothesis: C is a common effect of A and B. True or false?",
 "Four variables W, X, Y, Z. W correlates with X and Y; X correlates with Z; Y correlates with Z; W is independent of Z given X and Y; X is independent of Y given W. Is X a direct cause of Z?",
 "In a closed system A correlates with B and nothing else is correlated with anything. Does B necessarily cause A?",
 "Premises: M is correlated with N; M is correlated with O; N and O are independent given M; N and O are correlated marginally. Hypothesis: N causes O. Does it follow from the premises?",
 "A, B, C are pairwise correlated and no conditional independence holds among them. Can we tell whether A causes B?",
 "If E is independent of F, F correlates with G, and E correlates with G, with E and F dependent conditional on G, is there a confounder between E and G?",
]
for i, text in enumerate(R):
    Q(None, "T" if i == 3 else "O", "relation", text)

# ---- generate (dataset none)
G = [
 ("M", "Generate 5,000 rows from the SCM X -> Y <- Z with linear Gaussian equations and save it as a benchmark."),
 ("N", "Make me a synthetic dataset where smoking causes tar, tar causes cancer, and genotype affects both smoking and cancer; let a language model write the equations."),
 ("T", "simulate data from dag A->B, B->C, A->C, n=2000, nonlinear"),
 ("N", "Could you build a fake benchmark for causal discovery: 10 variables, a random sparse DAG, and 1,000 samples?"),
 ("M", "Use an LLM to define plausible structural equations for the DAG weather -> ice_cream_sales, weather -> drownings, and generate 3,000 samples."),
 ("O", "A synthetic dataset is needed from this structural causal model: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. Please sample 10k rows."),
 ("N", "Create a toy dataset with a known treatment effect of 3 and two confounders so I can test estimators."),
 ("T", "generate benchmark data from a chain X1->X2->X3->X4 w/ binary X1"),
 ("N", "Have the language model invent variables and mechanisms for a 6-node causal graph about hospital readmissions, then simulate data from it."),
 ("M", "Sample 500 observations from the DAG Z -> T -> M -> Y with Z -> Y, using logistic links for binary T."),
]
for st, text in G:
    Q(None, st, "generate", text)

# ---- unsupported without dataset
U = [
 ("T", "hello there"),
 ("N", "Tell me a joke about statisticians."),
 ("M", "Write a SQL query joining `orders` and `customers` on customer_id and summing revenue by month."),
 ("N", "What's the capital of Peru?"),
 ("T", "convert my csv to parquet"),
 ("N", "Forecast UK inflation for next quarter."),
 ("N", "Explain what a p-value is in two sentences."),
]
for st, text in U:
    Q(None, st, "unsupported", text)

# ---------------------------------------------------------------- validation
KINDS = ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]
NONE_KINDS = {"audit", "relation", "generate"}
NOROLE = {"discover", "unsupported", "relation", "generate"}

def validate():
    errs = []
    assert len(DS) == 15
    for name, spec in DS.items():
        cols = spec["columns"]
        if not (13 <= len(cols) <= 18): errs.append(f"{name}: {len(cols)} columns")
        if not any(c["type"] == "id" for c in cols.values()): errs.append(f"{name}: no id")
        for cn, c in cols.items():
            if c["type"] not in {"id", "binary", "numeric", "categorical", "date", "text"}: errs.append(f"{name}.{cn} type")
            if c["type"] != "categorical" and len(c["values"]) != 3: errs.append(f"{name}.{cn} values")
    seen = set()
    for q in QS:
        k, d = q["kind"], q["ds"]
        tag = q["text"][:60]
        if q["text"] in seen: errs.append("dup " + tag)
        seen.add(q["text"])
        if k not in KINDS: errs.append("kind " + tag)
        if k in NONE_KINDS and d != "none": errs.append("none ds " + tag)
        if k in NOROLE and (q["t"] or q["y"] or q["m"]): errs.append("roles " + tag)
        if k != "mediation" and q["m"]: errs.append("mediator " + tag)
        if k == "mediation" and not q["m"]: errs.append("no mediator " + tag)
        kw = q["kw"]
        if kw.get("clarify") and (q["t"] and q["y"]): errs.append("clarify w/o null " + tag)
        if not kw.get("clarify") and k in {"ate", "cate", "policy", "mediation", "audit"} and not (q["t"] and q["y"]): errs.append("missing role " + tag)
        if d != "none" and k != "audit":
            cols = DS[d]["columns"]
            for r in (q["t"], q["y"], q["m"]):
                if r is not None and r not in cols: errs.append(f"col {r} " + tag)
            for c in kw.get("covariates", []) + ([kw["instrument"]] if "instrument" in kw else []):
                if c not in cols: errs.append(f"cov {c} " + tag)
            for c, v in kw.get("at", {}).items():
                if c not in cols: errs.append(f"at col {c} " + tag); continue
                ty = cols[c]["type"]
                if ty in ("numeric", "binary") and not isinstance(v, (int, float)): errs.append("at num " + tag)
                if ty == "categorical" and v not in cols[c]["values"]: errs.append("at level " + tag)
                if ty == "binary" and v not in (0, 1): errs.append("at bin " + tag)
        if "at" in kw and k != "cate": errs.append("at on non-cate " + tag)
        if "estimand" in kw and kw["estimand"] not in ("att", "atc"): errs.append("estimand " + tag)
    if errs:
        raise SystemExit("VALIDATION FAILED:\n" + "\n".join(errs))

def to_record(q):
    exp = {"kind": q["kind"], "treatment": q["t"], "outcome": q["y"], "mediator": q["m"]}
    for key in ("covariates", "instrument", "estimand", "at", "clarify"):
        if key in q["kw"]:
            exp[key] = q["kw"][key]
    d = q["ds"]
    return {"question": q["text"], "dataset": d,
            "columns": list(DS[d]["columns"].keys()) if d != "none" else None,
            "split": SPLIT, "origin": ORIGIN, "expected": exp}

def main():
    validate()
    recs = [to_record(q) for q in QS]
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DS, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for i in order:
            f.write(json.dumps(recs[i], ensure_ascii=False) + "\n")
    # re-read and check
    back = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"))]
    assert len(back) == len(recs)
    dsb = json.load(open(os.path.join(HERE, "datasets.json")))
    for r in back:
        assert r["dataset"] == "none" or r["dataset"] in dsb
    kinds = collections.Counter(q["kind"] for q in QS)
    styles = collections.Counter(q["st"] for q in QS)
    mods = collections.Counter()
    for q in QS:
        for key in ("covariates", "instrument", "estimand", "at", "clarify"):
            if key in q["kw"]:
                mods[key if key != "estimand" else "estimand=" + q["kw"][key]] += 1
    nd = collections.Counter("none" if q["ds"] == "none" else "dataset" for q in QS)
    with_graph = sum(1 for q in QS if q["kind"] == "discover" and "graph" in q["text"].lower())
    return len(QS), kinds, styles, mods, nd, with_graph

if __name__ == "__main__":
    n, kinds, styles, mods, nd, wg = main()
    print("questions:", n)
    print("kinds:", dict(kinds))
    print("styles:", {k: f"{v} ({100*v/n:.0f}%)" for k, v in styles.items()})
    print("modifiers:", dict(mods))
    print("dataset vs none:", dict(nd))
    print("discover items saying 'graph':", wg, "of", kinds["discover"])
