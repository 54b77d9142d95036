#!/usr/bin/env python3
"""Generator for held-out set h29 (split=test, origin=heldout29)."""
import json, os, random, collections

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 29029
SPLIT, ORIGIN = "test", "heldout29"

def I(*v): return {"type": "id", "values": list(v)}
def B(): return {"type": "binary", "values": [0, 1, 1]}
def N(*v): return {"type": "numeric", "values": list(v)}
def C(*v): return {"type": "categorical", "values": list(v)}

DS = {}
def ds(name, desc, cols):
    DS[name] = {"description": desc, "columns": dict(cols)}

ds("h29_leek_farms", "Leek farms: irrigation, mulching, nitrogen, rust disease and yields before/after a season.", [
    ("farm_id", I("LK001", "LK002", "LK003")),
    ("region", C("north", "south", "east", "west")),
    ("farm_age_yr", N(4, 17, 32)),
    ("ha_plnt", N(1.5, 6.0, 12.3)),
    ("soil_ph", N(6.1, 6.8, 7.4)),
    ("rain_mm", N(480, 620, 790)),
    ("irr_drip", B()),
    ("mulch", B()),
    ("n_kgha", N(90, 150, 210)),
    ("org_cert", B()),
    ("coop_mbr", B()),
    ("rust_inc", N(3.5, 12.0, 28.4)),
    ("rust_sev", N(1.2, 2.5, 4.0)),
    ("shank_len_cm", N(14.0, 19.5, 24.1)),
    ("shank_len_v2", N(13.8, 19.9, 23.7)),
    ("yld_pre", N(28.0, 35.5, 44.2)),
    ("yld_post", N(30.1, 38.0, 47.9)),
    ("price_kg", N(0.9, 1.3, 1.8)),
])
ds("h29_fennel_growers", "Florence fennel growers: shade nets, cover crops, bolting and bulb weights, revenue windows.", [
    ("growerId", I("F-101", "F-102", "F-103")),
    ("county", C("Kent", "Essex", "Norfolk", "Suffolk")),
    ("acreage", N(3, 11, 40)),
    ("yearsGrowing", N(1, 8, 25)),
    ("coverCrop", B()),
    ("shadeNet", B()),
    ("irrigationHrsWk", N(4, 9, 15)),
    ("seedVariety", C("Orion", "Finale", "Zefa Fino")),
    ("soilTempC", N(14.5, 18.0, 23.2)),
    ("extensionVisits", N(0, 2, 6)),
    ("boltingRate", N(0.04, 0.12, 0.31)),
    ("boltingRateV2", N(0.05, 0.11, 0.29)),
    ("bulbWeightPre", N(210, 260, 330)),
    ("bulbWeightPost", N(225, 280, 350)),
    ("marketPriceKg", N(1.6, 2.1, 2.9)),
    ("revenue30d", N(4200, 9100, 15800)),
    ("revenue90d", N(12800, 27500, 46000)),
])
ds("h29_kumquat_orchards", "Kumquat orchards: frost cover, boron sprays, pruning, fruit set, sugar and 12-month yield.", [
    ("ORCHARD_ID", I("KQ-0001", "KQ-0002", "KQ-0003")),
    ("PROVINCE", C("GUANGXI", "HUNAN", "JIANGXI", "FUJIAN")),
    ("TREE_AGE", N(3, 9, 21)),
    ("TREES_HA", N(600, 900, 1250)),
    ("ROOTSTOCK", C("TRIFOLIATE", "SOUR_ORANGE", "CITRUMELO")),
    ("FROST_COVER", B()),
    ("BORON_SPRAY", B()),
    ("PRUNE_INTENS", N(1, 3, 5)),
    ("LABOUR_HRS", N(120, 340, 610)),
    ("FRUIT_SET_PCT", N(8.5, 14.0, 22.7)),
    ("SPLIT_RATE", N(0.02, 0.07, 0.15)),
    ("BRIX", N(11.2, 13.5, 16.1)),
    ("BRIX_V2", N(11.0, 13.8, 15.9)),
    ("PEST_SCORE", N(1, 3, 5)),
    ("YLD_BL", N(9.0, 14.5, 22.0)),
    ("YLD_12M", N(10.2, 15.8, 24.3)),
    ("EXPORT_SHARE", N(0.0, 0.25, 0.6)),
])
ds("h29_gooseberry_farms", "Gooseberry farms in Britain: netting, pruning, potash, mildew, sawfly damage and yields.", [
    ("farm", I("G01", "G02", "G03")),
    ("country", C("England", "Scotland", "Wales")),
    ("altitude", N(40, 180, 390)),
    ("bushes", N(800, 2500, 6000)),
    ("netting", B()),
    ("pruning", B()),
    ("potash", N(0, 60, 120)),
    ("rainfall", N(550, 800, 1200)),
    ("mildew", N(2, 9, 25)),
    ("mildew_ratio", N(0.02, 0.1, 0.27)),
    ("sawfly_damage", N(0, 6, 19)),
    ("berry_size", N(14, 18, 23)),
    ("yield_before", N(3.1, 5.6, 8.0)),
    ("yield_after", N(3.4, 6.0, 8.9)),
    ("pickers", N(2, 6, 14)),
    ("price", N(3.2, 4.5, 6.0)),
    ("organic", B()),
])
ds("h29_ginger_plantations", "Ginger plantations in India: shade, drainage, bio-control, manure, soft rot, rhizome yield and quality.", [
    ("plot_id", I("GP-11", "GP-12", "GP-13")),
    ("dist", C("kerala", "assam", "meghalaya", "odisha")),
    ("plot_ha", N(0.2, 0.5, 1.4)),
    ("elev_m", N(30, 450, 1100)),
    ("shade_trt", B()),
    ("drn_ch", B()),
    ("bio_ctrl", B()),
    ("rhz_seed_kg", N(1200, 1800, 2500)),
    ("fym_t_ha", N(10, 20, 30)),
    ("lab_days", N(90, 150, 240)),
    ("wage_inr", N(300, 420, 600)),
    ("rot_inc", N(2.0, 8.5, 21.0)),
    ("rot_inc_v2", N(1.8, 9.1, 20.4)),
    ("rhz_yld_bl", N(12, 18, 26)),
    ("rhz_yld_fu", N(13, 20, 29)),
    ("oleo_pct", N(4.1, 6.0, 8.3)),
    ("fib_pct", N(3.5, 4.8, 6.2)),
])
ds("h29_sitar_workshops", "Sitar-making workshops: training, wood seasoning, lacquer, defects, sales and orders.", [
    ("workshop", I("S-1", "S-2", "S-3")),
    ("city", C("Kolkata", "Varanasi", "Lucknow", "Miraj", "Delhi")),
    ("artisans", N(2, 5, 12)),
    ("apprentices", N(0, 2, 6)),
    ("experience", N(5, 18, 40)),
    ("seasoning", N(6, 24, 60)),
    ("gourd_size", N(30, 38, 46)),
    ("lacquer", B()),
    ("training", B()),
    ("defects", N(0, 3, 11)),
    ("defect_rate", N(0.01, 0.06, 0.18)),
    ("sales_before", N(8, 20, 55)),
    ("sales_after", N(9, 24, 61)),
    ("price", N(250, 600, 1800)),
    ("export", B()),
    ("orders_30d", N(1, 4, 12)),
    ("orders_90d", N(3, 13, 35)),
    ("rating", N(3.6, 4.3, 4.9)),
])
ds("h29_harmonica_makers", "Harmonica manufacturers: laser tuning, QC inspection, reed alloys, tuning error, returns, output.", [
    ("MAKER_ID", I("HM01", "HM02", "HM03")),
    ("PLANT", C("TROSSINGEN", "SHANGHAI", "TOKYO", "JUAREZ")),
    ("STAFF_N", N(12, 45, 160)),
    ("REED_ALLOY", C("BRASS", "PHOSPHOR_BRONZE", "STAINLESS")),
    ("COMB_MATERIAL", C("WOOD", "PLASTIC", "METAL")),
    ("LASER_TUNE", B()),
    ("QC_INSPECT", B()),
    ("AD_SPEND", N(5000, 22000, 90000)),
    ("UNIT_COST", N(6.5, 14.0, 38.0)),
    ("TUNING_ERR_CENTS", N(1.5, 4.0, 9.5)),
    ("TUNING_ERR_CENTS_V2", N(1.3, 4.2, 9.1)),
    ("RETURN_RATE_30D", N(0.005, 0.02, 0.06)),
    ("RETURN_RATE_90D", N(0.01, 0.035, 0.09)),
    ("OUTPUT_PRE", N(3000, 12000, 48000)),
    ("OUTPUT_POST", N(3300, 13100, 51000)),
    ("REVIEW_SCORE", N(3.4, 4.2, 4.8)),
    ("WARRANTY_YRS", N(1, 2, 5)),
])
ds("h29_pretzel_bakeries", "Pretzel bakeries: lye baths, proofing, loyalty cards, delivery, waste, ratings and sales.", [
    ("bakery", I("PB-001", "PB-002", "PB-003")),
    ("district", C("Munich", "Stuttgart", "Philadelphia", "Vienna")),
    ("staff", N(2, 5, 14)),
    ("oven_type", C("deck", "convection", "rack")),
    ("lye_bath", B()),
    ("proof_minutes", N(20, 45, 90)),
    ("salt_grams", N(1.0, 2.5, 4.0)),
    ("loyalty_card", B()),
    ("delivery", B()),
    ("price", N(1.1, 1.6, 2.4)),
    ("footfall", N(150, 420, 1100)),
    ("waste", N(5, 22, 60)),
    ("waste_share", N(0.02, 0.08, 0.2)),
    ("sales_before", N(900, 2400, 6100)),
    ("sales_after", N(950, 2600, 6500)),
    ("rating", N(3.8, 4.4, 4.9)),
    ("rating_new", N(3.7, 4.5, 4.9)),
])
ds("h29_waffle_cafes", "Waffle cafés: happy hours, loyalty app, barista training, waiting time, visits, revenue and repeat rates.", [
    ("cafeId", I("wc_01", "wc_02", "wc_03")),
    ("neighbourhood", C("downtown", "campus", "suburb", "seaside")),
    ("seats", N(12, 30, 70)),
    ("openYears", N(1, 4, 15)),
    ("happyHour", B()),
    ("loyaltyApp", B()),
    ("baristaTraining", B()),
    ("menuPrice", N(6.5, 8.0, 11.0)),
    ("toppingsCount", N(3, 8, 15)),
    ("instaPosts", N(0, 6, 20)),
    ("avgWaitMin", N(3, 8, 19)),
    ("visitsPerWk", N(300, 850, 2100)),
    ("revenuePre", N(18000, 42000, 95000)),
    ("revenuePost", N(19500, 45500, 99000)),
    ("repeatRate30d", N(0.12, 0.28, 0.45)),
    ("repeatRate90d", N(0.2, 0.41, 0.63)),
    ("satisfaction", N(3.2, 4.1, 4.8)),
    ("satisfactionV2", N(61, 78, 94)),
])
ds("h29_crepe_stands", "Crêpe stands: promotions, card readers, signage, flyers, queues, sales, tips and complaints.", [
    ("STAND_ID", I("CR-1", "CR-2", "CR-3")),
    ("LOCATION", C("BEACH", "MARKET", "STATION", "PARK")),
    ("VENDOR_AGE", N(21, 38, 63)),
    ("YEARS_OPEN", N(1, 5, 19)),
    ("NUTELLA_PROMO", B()),
    ("CARD_READER", B()),
    ("SIGNAGE", B()),
    ("FLYERS", N(0, 200, 800)),
    ("PRICE_EUR", N(3.5, 5.0, 7.5)),
    ("TEMP_C", N(8, 19, 31)),
    ("QUEUE_MIN", N(1, 6, 18)),
    ("DAILY_SALES_PRE", N(90, 210, 480)),
    ("DAILY_SALES_POST", N(95, 230, 510)),
    ("TIPS_WKDAY", N(4, 12, 30)),
    ("TIPS_WKEND", N(8, 25, 60)),
    ("COMPLAINTS", N(0, 2, 9)),
    ("COMPLAINT_RATE", N(0.0, 0.01, 0.04)),
])
ds("h29_kebab_shops", "Kebab shops in Berlin: delivery apps, late hours, gas spits, inspections, hygiene, satisfaction, revenue.", [
    ("shop_id", I("kb1001", "kb1002", "kb1003")),
    ("boro", C("kreuzberg", "neukolln", "mitte", "wedding")),
    ("emp_n", N(2, 6, 15)),
    ("yrs_op", N(1, 9, 30)),
    ("rent_eur", N(1800, 3500, 7200)),
    ("spit_gas", B()),
    ("late_hrs", B()),
    ("deliv_app", B()),
    ("insp_n", N(0, 2, 5)),
    ("meat_kg_d", N(15, 40, 95)),
    ("prc_doner", N(5.5, 7.0, 9.0)),
    ("ord_d", N(120, 310, 780)),
    ("hyg_rtg_bl", N(2, 3, 5)),
    ("hyg_rtg_fu", N(2, 4, 5)),
    ("cust_sat", N(3.5, 4.2, 4.9)),
    ("cust_sat_v2", N(68, 81, 95)),
    ("rev_wk_pre", N(4200, 9800, 21000)),
    ("rev_wk_post", N(4500, 10400, 22500)),
])
ds("h29_churro_stands", "Churro stands: chocolate dip, punch cards, fryer settings, crispiness, waste, sales and repeat customers.", [
    ("standId", I("ch-01", "ch-02", "ch-03")),
    ("city", C("Madrid", "Mexico City", "Los Angeles", "Buenos Aires")),
    ("staffCount", N(1, 3, 6)),
    ("yearsOpen", N(1, 6, 22)),
    ("chocolateDip", B()),
    ("punchCard", B()),
    ("fryerTempC", N(175, 190, 205)),
    ("oilChangeDays", N(1, 3, 7)),
    ("priceUsd", N(2.5, 4.0, 6.0)),
    ("footTrafficHr", N(40, 180, 650)),
    ("tempF", N(55, 78, 98)),
    ("crispinessScore", N(5.5, 7.2, 9.1)),
    ("crispinessScoreV2", N(52, 70, 93)),
    ("wasteKg", N(0.5, 2.0, 5.5)),
    ("dailySalesPre", N(150, 420, 980)),
    ("dailySalesPost", N(160, 450, 1040)),
    ("repeatCust30d", N(0.1, 0.22, 0.4)),
    ("repeatCust90d", N(0.18, 0.35, 0.57)),
])
ds("h29_blimp_operators", "Blimp / airship sightseeing operators: pricing, audio guides, safety briefings, wind, bookings, cancellations, NPS.", [
    ("operatorId", I("AS-01", "AS-02", "AS-03")),
    ("baseCity", C("Friedrichshafen", "Akron", "Paris", "Cape Town")),
    ("fleetSize", N(1, 2, 5)),
    ("crewExperienceYrs", N(2, 9, 27)),
    ("gondolaSeats", N(6, 12, 19)),
    ("flightMinutes", N(30, 60, 120)),
    ("audioGuide", B()),
    ("dynamicPricing", B()),
    ("safetyBriefing", B()),
    ("ticketPriceUsd", N(190, 350, 720)),
    ("windKnots", N(4, 11, 22)),
    ("fuelCostUsd", N(800, 2100, 5200)),
    ("bookings30d", N(40, 130, 390)),
    ("bookings90d", N(110, 380, 1150)),
    ("cancelRate", N(0.02, 0.09, 0.25)),
    ("cancelRatio", N(0.02, 0.1, 0.33)),
    ("npsPre", N(12, 41, 70)),
    ("npsPost", N(15, 45, 74)),
])
ds("h29_hanggliding_clubs", "Hang-gliding clubs: simulator training, weather briefings, tandem programmes, incidents, injuries and member retention.", [
    ("club_id", I("hg_01", "hg_02", "hg_03")),
    ("terr", C("coastal", "alpine", "desert", "plains")),
    ("mbr_n", N(25, 80, 260)),
    ("inst_n", N(1, 4, 11)),
    ("wing_age_yr", N(1, 6, 15)),
    ("avg_wind_kt", N(6, 12, 19)),
    ("tandem_prg", B()),
    ("wx_brief", B()),
    ("sim_trn", B()),
    ("dues_eur", N(120, 300, 650)),
    ("flt_hrs_pm", N(2, 7, 18)),
    ("inj_n", N(0, 2, 7)),
    ("inj_n_v2", N(0, 1, 6)),
    ("inc_rt_bl", N(0.5, 2.1, 6.0)),
    ("inc_rt_12m", N(0.4, 1.8, 5.2)),
    ("mbr_ret_6m", N(0.7, 0.84, 0.95)),
    ("mbr_ret_12m", N(0.55, 0.72, 0.9)),
])
ds("h29_ferris_wheel_operators", "Ferris wheel operators: night lighting, fast passes, maintenance, downtime, ridership and revenue.", [
    ("WHEEL_ID", I("FW-01", "FW-02", "FW-03")),
    ("SITE", C("PIER", "CITY_CENTRE", "THEME_PARK", "FAIRGROUND")),
    ("HEIGHT_M", N(25, 55, 135)),
    ("GONDOLAS", N(16, 32, 64)),
    ("STAFF_N", N(4, 11, 40)),
    ("RIDE_MIN", N(8, 15, 32)),
    ("NIGHT_LIGHTS", B()),
    ("FAST_PASS", B()),
    ("TICKET_GBP", N(6, 12, 32)),
    ("MAINT_HRS_WK", N(5, 14, 40)),
    ("DOWNTIME_PCT", N(0.5, 2.5, 8.0)),
    ("DOWNTIME_PCT_V2", N(0.4, 2.8, 7.6)),
    ("RIDERS_WKDAY", N(400, 1600, 5200)),
    ("RIDERS_WKEND", N(900, 3400, 9800)),
    ("REV_PRE", N(21000, 74000, 260000)),
    ("REV_POST", N(22500, 79000, 275000)),
    ("TRIPADV_SCORE", N(3.5, 4.3, 4.9)),
])

QS = []
# style codes: I=identifiers, P=paraphrase, T=terse/typo/lowercase, O=other (passive, story, confounding, conditional ...)
def q(style, d, text, kind, t=None, y=None, m=None, **kw):
    QS.append((style, d, text, kind, t, y, m, kw))

# ---------------- leek ----------------
L = "h29_leek_farms"
q("I", L, "Estimate the average treatment effect of `irr_drip` on `yld_post`, adjusting for `soil_ph`, `rain_mm` and `ha_plnt`.", "ate", "irr_drip", "yld_post", covariates=["soil_ph", "rain_mm", "ha_plnt"])
q("P", L, "Do growers who lay straw around their leeks end up harvesting more?", "ate", "mulch", "yld_post")
q("T", L, "ate mulch -> rust_inc", "ate", "mulch", "rust_inc")
q("O", L, "Does joining a growers' cooperative genuinely get farmers a better price per kilo, or is that just confounding?", "ate", "coop_mbr", "price_kg")
q("I", L, "What is the causal effect of nitrogen rate (n_kgha) on leaf rust severity (rust_sev)?", "ate", "n_kgha", "rust_sev")
q("P", L, "What does switching to drip lines do to how long the leek shanks grow?", "ate", "irr_drip", None, clarify=True)
q("P", L, "For the farms that went organic, how much did certification change what they harvested?", "ate", "org_cert", "yld_post", estimand="att")
q("T", L, "does organc certfication lower rust incidance? control for region", "ate", "org_cert", "rust_inc", covariates=["region"])
q("I", L, "What is the effect of `irr_drip` on `yld_post` among farms in the south region?", "cate", "irr_drip", "yld_post", at={"region": "south"})
q("P", L, "How does the harvest gain from mulching change as soil acidity varies?", "cate", "mulch", "yld_post")
q("O", L, "Under the condition that rainfall is 600 mm, what does extra nitrogen do to leek yield?", "cate", "n_kgha", "yld_post", at={"rain_mm": 600})
q("T", L, "cate irr_drip on rust_inc, coop members only", "cate", "irr_drip", "rust_inc", at={"coop_mbr": 1})
q("P", L, "Which leek farms should we prioritise for subsidised drip kits if we want the biggest harvests next season?", "policy", "irr_drip", "yld_post")
q("I", L, "Design a targeting rule for `mulch`: which farms should be advised to mulch to minimise `rust_inc`?", "policy", "mulch", "rust_inc")
q("T", L, "who shld get organic cert support to max price_kg", "policy", "org_cert", "price_kg")
q("O", L, "Drip irrigation seems to work by keeping the foliage dry, which then cuts rust incidence, which in turn lifts yield. How much of the effect of irr_drip on yld_post runs through rust_inc?", "mediation", "irr_drip", "yld_post", "rust_inc")
q("I", L, "Decompose the effect of `n_kgha` on `price_kg` into the part mediated by `shank_len_cm` and the direct part.", "mediation", "n_kgha", "price_kg", "shank_len_cm")
q("P", L, "Learn how the leek farm variables causally depend on one another.", "discover")
q("T", L, "plot histogram of yld_post by region", "unsupported")

# ---------------- fennel ----------------
F = "h29_fennel_growers"
q("I", F, "Estimate the ATE of `shadeNet` on `boltingRate`, controlling for `soilTempC` and `county`.", "ate", "shadeNet", "boltingRate", covariates=["soilTempC", "county"])
q("P", F, "Do fennel bulbs come out heavier when growers sow a winter green manure?", "ate", "coverCrop", "bulbWeightPost")
q("T", F, "coverCrop → bulbWeightPost, adj acreage + yearsGrowing", "ate", "coverCrop", "bulbWeightPost", covariates=["acreage", "yearsGrowing"])
q("I", F, "Using extension officer visits (extensionVisits) as an instrument, what is the effect of coverCrop on marketPriceKg?", "ate", "coverCrop", "marketPriceKg", instrument="extensionVisits")
q("P", F, "Does putting shade netting over the crop reduce bolting?", "ate", "shadeNet", None, clarify=True)
q("O", F, "Is premature flowering (boltingRateV2) really lower because of more irrigation hours, or is that confounded?", "ate", "irrigationHrsWk", "boltingRateV2")
q("P", F, "What would cover cropping have done to three-month revenue for the growers who didn't use it?", "ate", "coverCrop", "revenue90d", estimand="atc")
q("O", F, "Is bulb weight raised by watering for longer each week?", "ate", "irrigationHrsWk", "bulbWeightPost")
q("T", F, "effect shadeNet on boltingRate when soilTempC = 22", "cate", "shadeNet", "boltingRate", at={"soilTempC": 22})
q("P", F, "Among growers sowing the Zefa Fino variety, how much does a cover crop add to bulb weight?", "cate", "coverCrop", "bulbWeightPost", at={"seedVariety": "Zefa Fino"})
q("I", F, "For which counties is the `revenue30d` response to `shadeNet` strongest?", "cate", "shadeNet", "revenue30d")
q("P", F, "In Norfolk, what's the effect of an extra hour of weekly watering on the market price?", "cate", "irrigationHrsWk", "marketPriceKg", at={"county": "Norfolk"})
q("I", F, "Which growers should receive free shade nets (shadeNet) in order to minimise boltingRate?", "policy", "shadeNet", "boltingRate")
q("O", F, "Learn an allocation policy for cover-crop grants that maximises 90-day revenue.", "policy", "coverCrop", "revenue90d")
q("T", F, "target shadeNet to max bulbWeightPost - who benefits", "policy", "shadeNet", "bulbWeightPost")
q("O", F, "Shade nets cool the soil, which then delays bolting. What share of the effect of `shadeNet` on `boltingRate` is mediated by `soilTempC`?", "mediation", "shadeNet", "boltingRate", "soilTempC")
q("P", F, "How much of the benefit of cover crops for quarterly takings is explained by them producing heavier bulbs?", "mediation", "coverCrop", "revenue90d", "bulbWeightPost")
q("P", F, "Which variables in the fennel data drive which? Recover the dependencies from the data.", "discover")

# ---------------- kumquat ----------------
K = "h29_kumquat_orchards"
q("I", K, "ATE of BORON_SPRAY on FRUIT_SET_PCT, adjusting for TREE_AGE and PROVINCE.", "ate", "BORON_SPRAY", "FRUIT_SET_PCT", covariates=["TREE_AGE", "PROVINCE"])
q("P", K, "Does covering trees against cold snaps give a bigger crop a year later?", "ate", "FROST_COVER", "YLD_12M")
q("T", K, "frost cover on split rate, ate pls", "ate", "FROST_COVER", "SPLIT_RATE")
q("P", K, "Does boron spraying make the kumquats sweeter?", "ate", "BORON_SPRAY", None, clarify=True)
q("O", K, "Is the share of fruit exported really driven by harder pruning once tree age is held fixed?", "ate", "PRUNE_INTENS", "EXPORT_SHARE", covariates=["TREE_AGE"])
q("I", K, "Effect of FROST_COVER on YLD_12M for the treated orchards (ATT).", "ate", "FROST_COVER", "YLD_12M", estimand="att")
q("I", K, "What is the effect of LABOUR_HRS on BRIX_V2?", "ate", "LABOUR_HRS", "BRIX_V2")
q("T", K, "boron spray effect on fruit set for 10 yr old trees", "cate", "BORON_SPRAY", "FRUIT_SET_PCT", at={"TREE_AGE": 10})
q("P", K, "On citrumelo rootstock, does protecting trees from frost change the harvest twelve months on?", "cate", "FROST_COVER", "YLD_12M", at={"ROOTSTOCK": "CITRUMELO"})
q("I", K, "How heterogeneous is the effect of PRUNE_INTENS on SPLIT_RATE across ROOTSTOCK types?", "cate", "PRUNE_INTENS", "SPLIT_RATE")
q("P", K, "In Fujian orchards, what does frost protection do to the proportion of cracked fruit?", "cate", "FROST_COVER", "SPLIT_RATE", at={"PROVINCE": "FUJIAN"})
q("I", K, "Which orchards should get BORON_SPRAY to maximise FRUIT_SET_PCT?", "policy", "BORON_SPRAY", "FRUIT_SET_PCT")
q("T", K, "optimal frost cover allocation, budget for 30% of orchards, maximise 12m yield", "policy", "FROST_COVER", "YLD_12M")
q("O", K, "Boron improves pollination, which raises fruit set, which then drives the 12-month yield. Quantify the indirect effect of BORON_SPRAY on YLD_12M via FRUIT_SET_PCT.", "mediation", "BORON_SPRAY", "YLD_12M", "FRUIT_SET_PCT")
q("P", K, "How much of pruning's influence on exports flows through lower pest pressure?", "mediation", "PRUNE_INTENS", "EXPORT_SHARE", "PEST_SCORE")
q("T", K, "direct vs indirect: FROST_COVER -> SPLIT_RATE -> EXPORT_SHARE", "mediation", "FROST_COVER", "EXPORT_SHARE", "SPLIT_RATE")
q("I", K, "Discover the causal graph for h29_kumquat_orchards.", "discover")
q("P", K, "Figure out what influences what among the orchard measurements; I have no prior hypothesis.", "discover")
q("I", K, "Predict YLD_12M for next season with a gradient boosting model.", "unsupported")

# ---------------- gooseberry ----------------
G = "h29_gooseberry_farms"
q("I", G, "Estimate the average effect of `netting` on `yield_after`, controlling for `altitude` and `rainfall`.", "ate", "netting", "yield_after", covariates=["altitude", "rainfall"])
q("P", G, "Does cutting back the bushes in winter keep mildew down?", "ate", "pruning", "mildew")
q("T", G, "ate potash on berry_size", "ate", "potash", "berry_size")
q("P", G, "Would the farms that left their bushes uncovered have seen less sawfly damage had they put up nets?", "ate", "netting", "sawfly_damage", estimand="atc")
q("I", G, "What is the effect of drip irrigation on `yield_after`?", "ate", None, "yield_after", clarify=True)
q("O", G, "Is the price gooseberry farmers get really higher because they're organic, or is it confounding?", "ate", "organic", "price")
q("P", G, "How much does hiring more hands at harvest raise the crop?", "ate", "pickers", "yield_after")
q("O", G, "Is mildew_ratio reduced by potash application? Adjust for country.", "ate", "potash", "mildew_ratio", covariates=["country"])
q("P", G, "For farms above 300 m, what does netting do to sawfly damage?", "cate", "netting", "sawfly_damage", at={"altitude": 300})
q("T", G, "scotland only: pruning -> berry_size effect", "cate", "pruning", "berry_size", at={"country": "Scotland"})
q("P", G, "Which kinds of farms gain the most from netting in terms of harvest?", "cate", "netting", "yield_after")
q("O", G, "Under the condition that rainfall is 700 mm, what's the effect of potash on yield_after?", "cate", "potash", "yield_after", at={"rainfall": 700})
q("P", G, "Which farms should we net first to keep sawfly damage as low as possible?", "policy", "netting", "sawfly_damage")
q("I", G, "Propose a rule for which growers to advise `pruning`, to maximise `yield_after`.", "policy", "pruning", "yield_after")
q("T", G, "target potash subsidy - who gets it for max berry_size", "policy", "potash", "berry_size")
q("O", G, "Nets keep sawflies off, which then protects the crop. How much of netting's yield benefit (yield_after) is via reduced sawfly_damage?", "mediation", "netting", "yield_after", "sawfly_damage")
q("O", G, "Pruning opens the canopy, lowering mildew, and that in turn raises the price. Split pruning's effect on price into the mildew-mediated and direct parts.", "mediation", "pruning", "price", "mildew")
q("P", G, "What is the causal structure connecting these gooseberry farm variables?", "discover")
q("I", G, "What's the mean and standard deviation of berry_size?", "unsupported")

# ---------------- ginger ----------------
GI = "h29_ginger_plantations"
q("I", GI, "What is the ATE of bio_ctrl (Trichoderma seed treatment) on rot_inc, adjusting for elev_m and drn_ch?", "ate", "bio_ctrl", "rot_inc", covariates=["elev_m", "drn_ch"])
q("P", GI, "Do drainage channels cut the amount of soft rot in ginger?", "ate", "drn_ch", None, clarify=True)
q("T", GI, "fym_t_ha -> rhz_yld_fu ate adj plot_ha", "ate", "fym_t_ha", "rhz_yld_fu", covariates=["plot_ha"])
q("P", GI, "Does growing ginger under shade give more of the pungent oil extract?", "ate", "shade_trt", "oleo_pct")
q("I", GI, "Use wage_inr as an instrument to estimate the effect of lab_days on rhz_yld_fu.", "ate", "lab_days", "rhz_yld_fu", instrument="wage_inr")
q("P", GI, "What did digging drainage channels do to rhizome harvest on the plots that dug them?", "ate", "drn_ch", "rhz_yld_fu", estimand="att")
q("O", GI, "Is fibre content lowered by farmyard manure?", "ate", "fym_t_ha", "fib_pct")
q("T", GI, "causal efect of rhz_seed_kg on yield?", "ate", "rhz_seed_kg", "rhz_yld_fu")
q("P", GI, "In Meghalaya, what's the effect of shade on fresh rhizome yield?", "cate", "shade_trt", "rhz_yld_fu", at={"dist": "meghalaya"})
q("T", GI, "how does bio_ctrl effect on rot_inc_v2 vary w elevation", "cate", "bio_ctrl", "rot_inc_v2")
q("I", GI, "Effect of `fym_t_ha` on `oleo_pct` at `elev_m` = 900.", "cate", "fym_t_ha", "oleo_pct", at={"elev_m": 900})
q("O", GI, "For plots of 0.5 ha, what does drainage do to rot incidence (rot_inc)?", "cate", "drn_ch", "rot_inc", at={"plot_ha": 0.5})
q("I", GI, "Which plots should receive bio_ctrl to minimise rot_inc?", "policy", "bio_ctrl", "rot_inc")
q("P", GI, "We can only afford drainage works on some plots: which ones first, to get the biggest rhizome harvest?", "policy", "drn_ch", "rhz_yld_fu")
q("T", GI, "shade_trt targeting rule, max oleo_pct", "policy", "shade_trt", "oleo_pct")
q("O", GI, "Drainage works by lowering soft-rot incidence (rot_inc), which then raises yield. What fraction of the effect of drn_ch on rhz_yld_fu is mediated?", "mediation", "drn_ch", "rhz_yld_fu", "rot_inc")
q("P", GI, "How much of manure's yield effect passes through less soft rot, using the v2 rot measure?", "mediation", "fym_t_ha", "rhz_yld_fu", "rot_inc_v2")
q("T", GI, "run causal discovery on h29_ginger_plantations", "discover")

# ---------------- sitar ----------------
S = "h29_sitar_workshops"
q("I", S, "Estimate the effect of `training` on `defect_rate` controlling for `experience` and `artisans`.", "ate", "training", "defect_rate", covariates=["experience", "artisans"])
q("P", S, "Does letting the tun wood dry out longer produce instruments that fetch more money?", "ate", "seasoning", "price")
q("T", S, "ate lacquer on rating", "ate", "lacquer", "rating")
q("P", S, "Does the craft training programme bring in more orders?", "ate", "training", None, clarify=True)
q("P", S, "Did selling abroad raise sales for the workshops that took it up?", "ate", "export", "sales_after", estimand="att")
q("O", S, "Are defects reduced by taking on more apprentices?", "ate", "apprentices", "defects")
q("O", S, "Is the link between lacquer finish and sales real or just confounding by city? Hold city fixed.", "ate", "lacquer", "sales_after", covariates=["city"])
q("P", S, "In Miraj workshops, what does the training scheme do to the share of faulty instruments?", "cate", "training", "defect_rate", at={"city": "Miraj"})
q("T", S, "seasoning effect on rating, workshops w/ 20 yrs experience", "cate", "seasoning", "rating", at={"experience": 20})
q("P", S, "For which workshops does a lacquer finish raise the asking price the most?", "cate", "lacquer", "price")
q("I", S, "Effect of training on orders_90d among exporters (export = 1).", "cate", "training", "orders_90d", at={"export": 1})
q("I", S, "Which workshops should be enrolled in `training` to cut `defect_rate` the most?", "policy", "training", "defect_rate")
q("P", S, "Who should we encourage to start exporting if the aim is higher sales?", "policy", "export", "sales_after")
q("O", S, "Training improves craftsmanship, which lowers defects, which then lifts the rating. How much of training's effect on rating goes through defect_rate?", "mediation", "training", "rating", "defect_rate")
q("T", S, "mediation: seasoning -> rating -> orders_90d", "mediation", "seasoning", "orders_90d", "rating")
q("P", S, "What part of the lacquer finish's effect on sales comes from it letting makers charge more?", "mediation", "lacquer", "sales_after", "price")
q("P", S, "Can you map out which factors in the sitar workshop data cause which?", "discover")
q("T", S, "causal graph h29_sitar_workshops", "discover")
q("O", S, "Clean up the city column, some entries are spelled inconsistently.", "unsupported")

# ---------------- harmonica ----------------
H = "h29_harmonica_makers"
q("I", H, "ATE of LASER_TUNE on TUNING_ERR_CENTS adjusting for REED_ALLOY and PLANT.", "ate", "LASER_TUNE", "TUNING_ERR_CENTS", covariates=["REED_ALLOY", "PLANT"])
q("P", H, "Does tuning reeds with a laser make the harmonicas play more in tune?", "ate", "LASER_TUNE", None, clarify=True)
q("T", H, "qc_inspect → return_rate_90d", "ate", "QC_INSPECT", "RETURN_RATE_90D")
q("P", H, "Do extra quality inspections mean fewer harmonicas are sent back within a month?", "ate", "QC_INSPECT", "RETURN_RATE_30D")
q("O", H, "Does a longer guarantee actually improve customer reviews, or is that just confounding?", "ate", "WARRANTY_YRS", "REVIEW_SCORE")
q("P", H, "What is the effect of laser tuning on how many units a maker produces?", "ate", "LASER_TUNE", "OUTPUT_POST")
q("P", H, "For makers who don't laser-tune, what would adopting it do to the cost of making each harmonica?", "ate", "LASER_TUNE", "UNIT_COST", estimand="atc")
q("T", H, "effect AD_SPEND on OUTPUT_POST, ctrl STAFF_N, OUTPUT_PRE", "ate", "AD_SPEND", "OUTPUT_POST", covariates=["STAFF_N", "OUTPUT_PRE"])
q("I", H, "Among TOKYO plant makers, what is the effect of QC_INSPECT on RETURN_RATE_90D?", "cate", "QC_INSPECT", "RETURN_RATE_90D", at={"PLANT": "TOKYO"})
q("T", H, "stainless reeds: laser tune effect on TUNING_ERR_CENTS_V2", "cate", "LASER_TUNE", "TUNING_ERR_CENTS_V2", at={"REED_ALLOY": "STAINLESS"})
q("P", H, "How does the benefit of inspections for one-month returns vary with the size of the workforce?", "cate", "QC_INSPECT", "RETURN_RATE_30D")
q("O", H, "When the warranty is 2 years, what is the effect of advertising spend on output?", "cate", "AD_SPEND", "OUTPUT_POST", at={"WARRANTY_YRS": 2})
q("I", H, "Which makers should adopt LASER_TUNE to minimise TUNING_ERR_CENTS?", "policy", "LASER_TUNE", "TUNING_ERR_CENTS")
q("P", H, "Come up with a rule for which factories should add quality inspections to cut returns over three months.", "policy", "QC_INSPECT", "RETURN_RATE_90D")
q("T", H, "where to put AD_SPEND for max REVIEW_SCORE", "policy", "AD_SPEND", "REVIEW_SCORE")
q("O", H, "Laser tuning reduces tuning error, which then cuts returns at 90 days. Estimate the indirect effect of LASER_TUNE on RETURN_RATE_90D via TUNING_ERR_CENTS.", "mediation", "LASER_TUNE", "RETURN_RATE_90D", "TUNING_ERR_CENTS")
q("P", H, "How much of the inspection effect on reviews works through fewer returns in the first 30 days?", "mediation", "QC_INSPECT", "REVIEW_SCORE", "RETURN_RATE_30D")
q("T", H, "structure learning on harmonica makers table pls", "discover")
q("I", H, "Write SQL to get average UNIT_COST by PLANT.", "unsupported")

# ---------------- pretzel ----------------
PZ = "h29_pretzel_bakeries"
q("I", PZ, "Estimate the average treatment effect of `loyalty_card` on `sales_after` adjusting for `footfall` and `district`.", "ate", "loyalty_card", "sales_after", covariates=["footfall", "district"])
q("P", PZ, "Do pretzels dipped in caustic soda before baking get better reviews?", "ate", "lye_bath", None, clarify=True)
q("T", PZ, "delivery -> sales_after, ate", "ate", "delivery", "sales_after")
q("P", PZ, "Does letting the dough rise longer reduce the quantity of unsold pretzels thrown away?", "ate", "proof_minutes", "waste")
q("O", PZ, "Is footfall lowered by charging more per pretzel?", "ate", "price", "footfall")
q("P", PZ, "What did the loyalty scheme do to sales for the bakeries that launched one?", "ate", "loyalty_card", "sales_after", estimand="att")
q("I", PZ, "Is waste_share lowered by offering delivery? Control for staff.", "ate", "delivery", "waste_share", covariates=["staff"])
q("T", PZ, "how much does adding salt change rating_new", "ate", "salt_grams", "rating_new")
q("I", PZ, "For deck ovens (oven_type = deck), what is the effect of lye_bath on rating_new?", "cate", "lye_bath", "rating_new", at={"oven_type": "deck"})
q("P", PZ, "In Philadelphia, do loyalty cards lift takings?", "cate", "loyalty_card", "sales_after", at={"district": "Philadelphia"})
q("O", PZ, "How does the sales effect of delivery differ by district?", "cate", "delivery", "sales_after")
q("T", PZ, "proof_minutes effect on waste when staff = 5", "cate", "proof_minutes", "waste", at={"staff": 5})
q("I", PZ, "Which bakeries should launch a loyalty_card to maximise sales_after?", "policy", "loyalty_card", "sales_after")
q("P", PZ, "Which shops should start home delivery if we want the smallest fraction of bread binned?", "policy", "delivery", "waste_share")
q("T", PZ, "lye bath recommendation rule, best rating_new", "policy", "lye_bath", "rating_new")
q("O", PZ, "A loyalty card brings people back more often, which then drives sales. How much of the loyalty_card effect on sales_after is through footfall?", "mediation", "loyalty_card", "sales_after", "footfall")
q("T", PZ, "delivery → waste → sales_after: direct vs indirect", "mediation", "delivery", "sales_after", "waste")
q("P", PZ, "Which of the bakery measures causally affect each other? Learn the structure.", "discover")
q("O", PZ, "Hi! Can you tell me a pretzel joke?", "unsupported")

# ---------------- waffle ----------------
W = "h29_waffle_cafes"
q("I", W, "What is the ATE of `happyHour` on `revenuePost`, controlling for `seats`, `neighbourhood` and `revenuePre`?", "ate", "happyHour", "revenuePost", covariates=["seats", "neighbourhood", "revenuePre"])
q("P", W, "Do customers come back more often if the café has its own app?", "ate", "loyaltyApp", None, clarify=True)
q("T", W, "ate baristaTraining -> avgWaitMin", "ate", "baristaTraining", "avgWaitMin")
q("P", W, "Does training the staff make diners happier on the revised survey score?", "ate", "baristaTraining", "satisfactionV2")
q("I", W, "Does posting more on Instagram (instaPosts) cause more weekly visits (visitsPerWk)?", "ate", "instaPosts", "visitsPerWk")
q("I", W, "Using instaPosts as an instrument, estimate the effect of visitsPerWk on revenuePost.", "ate", "visitsPerWk", "revenuePost", instrument="instaPosts")
q("T", W, "for cafes w/o happy hour, what would it have done to 90d repeat rate", "ate", "happyHour", "repeatRate90d", estimand="atc")
q("O", W, "Is revenue hurt by long waiting times, or is that just confounded by how busy the café is?", "ate", "avgWaitMin", "revenuePost")
q("I", W, "Effect of loyaltyApp on repeatRate90d for campus cafés.", "cate", "loyaltyApp", "repeatRate90d", at={"neighbourhood": "campus"})
q("P", W, "If a waffle costs 8 dollars, what does offering more toppings do to how satisfied guests are?", "cate", "toppingsCount", "satisfaction", at={"menuPrice": 8})
q("P", W, "Which cafés gain the most takings from running a happy hour?", "cate", "happyHour", "revenuePost")
q("T", W, "baristaTraining impact on satisfactionV2 when openYears=3", "cate", "baristaTraining", "satisfactionV2", at={"openYears": 3})
q("I", W, "Which cafés should roll out the loyaltyApp to maximise repeatRate30d?", "policy", "loyaltyApp", "repeatRate30d")
q("O", W, "Learn the optimal happy-hour assignment policy to maximise post-period revenue.", "policy", "happyHour", "revenuePost")
q("T", W, "who gets barista training first? goal: cut waiting time", "policy", "baristaTraining", "avgWaitMin")
q("O", W, "Barista training speeds up service, which then improves satisfaction. How much of the `baristaTraining` effect on `satisfaction` is mediated by `avgWaitMin`?", "mediation", "baristaTraining", "satisfaction", "avgWaitMin")
q("T", W, "happy hour boosts weekly visits which drives revenue. quantify indirect path happyHour->visitsPerWk->revenuePost", "mediation", "happyHour", "revenuePost", "visitsPerWk")
q("T", W, "discover causal relations among the waffle cafe metrics", "discover")
q("I", W, "Forecast revenuePost for the next quarter.", "unsupported")

# ---------------- crepe ----------------
CR = "h29_crepe_stands"
q("I", CR, "Estimate the ATE of CARD_READER on DAILY_SALES_POST adjusting for LOCATION and DAILY_SALES_PRE.", "ate", "CARD_READER", "DAILY_SALES_POST", covariates=["LOCATION", "DAILY_SALES_PRE"])
q("P", CR, "Do crêpe stands that accept contactless payment get more in tips?", "ate", "CARD_READER", None, clarify=True)
q("T", CR, "nutella promo on daily sales ate", "ate", "NUTELLA_PROMO", "DAILY_SALES_POST")
q("P", CR, "Does handing out leaflets bring in more trade?", "ate", "FLYERS", "DAILY_SALES_POST")
q("O", CR, "Is the complaint rate driven by queue length, or just by where the stand is? Adjust for LOCATION.", "ate", "QUEUE_MIN", "COMPLAINT_RATE", covariates=["LOCATION"])
q("T", CR, "effect of SIGNAGE on TIPS_WKEND", "ate", "SIGNAGE", "TIPS_WKEND")
q("P", CR, "For stands that ran the chocolate-spread promotion, what did it do to the number of complaints?", "ate", "NUTELLA_PROMO", "COMPLAINTS", estimand="att")
q("O", CR, "At 30°C, what does the Nutella promo do to daily sales?", "cate", "NUTELLA_PROMO", "DAILY_SALES_POST", at={"TEMP_C": 30})
q("I", CR, "CARD_READER effect on QUEUE_MIN at STATION stands.", "cate", "CARD_READER", "QUEUE_MIN", at={"LOCATION": "STATION"})
q("P", CR, "How does the effect of what a crêpe costs on daily sales vary with the vendor's age?", "cate", "PRICE_EUR", "DAILY_SALES_POST")
q("T", CR, "signage effect on weekday tips, stands open 5 yrs", "cate", "SIGNAGE", "TIPS_WKDAY", at={"YEARS_OPEN": 5})
q("I", CR, "Which stands should install a CARD_READER to maximise DAILY_SALES_POST?", "policy", "CARD_READER", "DAILY_SALES_POST")
q("P", CR, "Who should run the Nutella deal if we want more tips on Saturdays and Sundays?", "policy", "NUTELLA_PROMO", "TIPS_WKEND")
q("O", CR, "Card readers speed up the queue, which then means fewer complaints. How much of CARD_READER's effect on COMPLAINT_RATE is mediated by QUEUE_MIN?", "mediation", "CARD_READER", "COMPLAINT_RATE", "QUEUE_MIN")
q("P", CR, "Does signage raise weekend tips directly, or only because it boosts daily sales?", "mediation", "SIGNAGE", "TIPS_WKEND", "DAILY_SALES_POST")
q("T", CR, "mediation analysis NUTELLA_PROMO -> QUEUE_MIN -> COMPLAINTS", "mediation", "NUTELLA_PROMO", "COMPLAINTS", "QUEUE_MIN")
q("I", CR, "Learn a DAG over the h29_crepe_stands variables.", "discover")
q("P", CR, "What's driving what at these crepe stands? Find the cause-effect links from the data alone.", "discover")
q("T", CR, "bar chart of COMPLAINTS by LOCATION", "unsupported")

# ---------------- kebab ----------------
KB = "h29_kebab_shops"
q("I", KB, "ATE of deliv_app on rev_wk_post, adjusting for boro, emp_n and rev_wk_pre.", "ate", "deliv_app", "rev_wk_post", covariates=["boro", "emp_n", "rev_wk_pre"])
q("P", KB, "Do kebab shops that stay open past midnight earn more per week?", "ate", "late_hrs", "rev_wk_post")
q("T", KB, "ate deliv_app on ord_d", "ate", "deliv_app", "ord_d")
q("P", KB, "Does switching the rotisserie to gas change how happy customers are?", "ate", "spit_gas", None, clarify=True)
q("P", KB, "Does the price of a döner causally affect how many orders a shop gets each day?", "ate", "prc_doner", "ord_d")
q("I", KB, "Using rent_eur as an instrument, what is the effect of prc_doner on ord_d?", "ate", "prc_doner", "ord_d", instrument="rent_eur")
q("T", KB, "effect of late_hrs on cust_sat_v2 for shops that did NOT open late", "ate", "late_hrs", "cust_sat_v2", estimand="atc")
q("O", KB, "Is the hygiene rating improved by more inspections, or is it confounding? Control for yrs_op.", "ate", "insp_n", "hyg_rtg_fu", covariates=["yrs_op"])
q("I", KB, "Effect of deliv_app on ord_d in kreuzberg (boro).", "cate", "deliv_app", "ord_d", at={"boro": "kreuzberg"})
q("P", KB, "For shops with 6 employees, what does opening late do to weekly takings?", "cate", "late_hrs", "rev_wk_post", at={"emp_n": 6})
q("T", KB, "how does effect of spit_gas on hyg_rtg_fu vary by boro", "cate", "spit_gas", "hyg_rtg_fu")
q("O", KB, "Under the condition that a döner costs 7 euros, what's the effect of the delivery app on cust_sat_v2?", "cate", "deliv_app", "cust_sat_v2", at={"prc_doner": 7})
q("I", KB, "Which shops should sign up to a delivery app (deliv_app) to maximise rev_wk_post?", "policy", "deliv_app", "rev_wk_post")
q("T", KB, "late_hrs targeting policy, max ord_d", "policy", "late_hrs", "ord_d")
q("P", KB, "Which shops should inspectors visit more often to improve the later hygiene score?", "policy", "insp_n", "hyg_rtg_fu")
q("O", KB, "Delivery apps bring more orders per day, which then lift weekly revenue. Decompose deliv_app's effect on rev_wk_post into the ord_d path and the direct path.", "mediation", "deliv_app", "rev_wk_post", "ord_d")
q("I", KB, "How much of the spit_gas effect on cust_sat is via the follow-up hygiene rating (hyg_rtg_fu)?", "mediation", "spit_gas", "cust_sat", "hyg_rtg_fu")
q("T", KB, "causal discovery on kebab shop data", "discover")
q("P", KB, "Without assuming any structure in advance, find which shop characteristics cause which others.", "discover")

# ---------------- churro ----------------
CH = "h29_churro_stands"
q("I", CH, "Estimate the ATE of `chocolateDip` on `dailySalesPost` adjusting for `footTrafficHr` and `city`.", "ate", "chocolateDip", "dailySalesPost", covariates=["footTrafficHr", "city"])
q("P", CH, "Are churros crunchier if the frying oil is replaced more often?", "ate", "oilChangeDays", None, clarify=True)
q("T", CH, "punchCard -> repeatCust90d ate", "ate", "punchCard", "repeatCust90d")
q("P", CH, "Does frying hotter mean less food ends up in the bin?", "ate", "fryerTempC", "wasteKg")
q("O", CH, "Is the effect of the punch card on 30-day repeat customers real, or is it confounding?", "ate", "punchCard", "repeatCust30d")
q("P", CH, "For stands that offered chocolate for dipping, how much extra did they sell per day because of it?", "ate", "chocolateDip", "dailySalesPost", estimand="att")
q("T", CH, "causal effect price on sales?", "ate", "priceUsd", "dailySalesPost")
q("P", CH, "Does warmer weather bring more people walking past each hour?", "ate", "tempF", "footTrafficHr")
q("O", CH, "At 90F, what is the effect of chocolateDip on dailySalesPost?", "cate", "chocolateDip", "dailySalesPost", at={"tempF": 90})
q("I", CH, "In Mexico City, what is the effect of punchCard on repeatCust90d?", "cate", "punchCard", "repeatCust90d", at={"city": "Mexico City"})
q("I", CH, "Which stands see the biggest crispinessScoreV2 gain from a higher fryerTempC?", "cate", "fryerTempC", "crispinessScoreV2")
q("T", CH, "fryer temp effect on wasteKg, stands with 3 staff", "cate", "fryerTempC", "wasteKg", at={"staffCount": 3})
q("I", CH, "Which stands should introduce a punchCard to maximise repeatCust90d?", "policy", "punchCard", "repeatCust90d")
q("P", CH, "Chocolate dip rollout: which stands should offer it to sell the most each day?", "policy", "chocolateDip", "dailySalesPost")
q("O", CH, "Changing the oil more often makes churros crispier, which then brings customers back. How much of oilChangeDays' effect on repeatCust30d is through crispinessScore?", "mediation", "oilChangeDays", "repeatCust30d", "crispinessScore")
q("T", CH, "chocolateDip → priceUsd → dailySalesPost mediation", "mediation", "chocolateDip", "dailySalesPost", "priceUsd")
q("P", CH, "Does the stamp card raise sales directly, or through customers returning within three months?", "mediation", "punchCard", "dailySalesPost", "repeatCust90d")
q("P", CH, "Uncover the causal structure behind the churro stand data.", "discover")
q("T", CH, "remove duplicate rows and fill missing priceUsd", "unsupported")

# ---------------- blimp ----------------
BL = "h29_blimp_operators"
q("I", BL, "What is the ATE of `audioGuide` on `npsPost`, controlling for `flightMinutes` and `npsPre`?", "ate", "audioGuide", "npsPost", covariates=["flightMinutes", "npsPre"])
q("P", BL, "Does charging fares that move with demand increase bookings?", "ate", "dynamicPricing", None, clarify=True)
q("T", BL, "ate dynamicPricing on cancelRate", "ate", "dynamicPricing", "cancelRate")
q("P", BL, "Do passengers recommend the ride more when the flight lasts longer?", "ate", "flightMinutes", "npsPost")
q("O", BL, "Is cancelRatio driven by wind speed?", "ate", "windKnots", "cancelRatio")
q("T", BL, "effect of ticket price on bookings90d; adjust baseCity, fleetSize", "ate", "ticketPriceUsd", "bookings90d", covariates=["baseCity", "fleetSize"])
q("P", BL, "For operators not running pre-flight safety talks, what would they gain in net promoter score if they started?", "ate", "safetyBriefing", "npsPost", estimand="atc")
q("I", BL, "Does crew experience (crewExperienceYrs) lower cancellations (cancelRate)?", "ate", "crewExperienceYrs", "cancelRate")
q("O", BL, "When the wind is 15 knots, what is the effect of safetyBriefing on cancelRate?", "cate", "safetyBriefing", "cancelRate", at={"windKnots": 15})
q("P", BL, "For the Akron-based operators, how does an audio commentary change how likely passengers are to recommend them?", "cate", "audioGuide", "npsPost", at={"baseCity": "Akron"})
q("I", BL, "How does the effect of dynamicPricing on bookings90d vary with fleetSize?", "cate", "dynamicPricing", "bookings90d")
q("T", BL, "ticketPriceUsd effect on bookings30d for 60 min flights", "cate", "ticketPriceUsd", "bookings30d", at={"flightMinutes": 60})
q("I", BL, "Which operators should adopt dynamicPricing to maximise bookings90d?", "policy", "dynamicPricing", "bookings90d")
q("P", BL, "Who should add recorded commentary to the flight if we want happier, more promoting passengers afterwards?", "policy", "audioGuide", "npsPost")
q("T", BL, "targeting rule safetyBriefing, minimise cancelRatio", "policy", "safetyBriefing", "cancelRatio")
q("O", BL, "Dynamic pricing lowers fares off-peak, which then lifts 30-day bookings. What share of the dynamicPricing effect on bookings30d goes through ticketPriceUsd?", "mediation", "dynamicPricing", "bookings30d", "ticketPriceUsd")
q("T", BL, "safetyBriefing -> cancelRate -> npsPost direct vs indirect", "mediation", "safetyBriefing", "npsPost", "cancelRate")
q("P", BL, "Which variables influence which in the airship operator data? Infer the causal network.", "discover")
q("I", BL, "Summarise fuelCostUsd by baseCity.", "unsupported")

# ---------------- hang-gliding ----------------
HG = "h29_hanggliding_clubs"
q("I", HG, "ATE of sim_trn on inc_rt_12m adjusting for terr, avg_wind_kt and inc_rt_bl.", "ate", "sim_trn", "inc_rt_12m", covariates=["terr", "avg_wind_kt", "inc_rt_bl"])
q("P", HG, "Do clubs that go over the forecast with pilots before launch have fewer incidents?", "ate", "wx_brief", "inc_rt_12m")
q("T", HG, "tandem_prg -> mbr_ret_12m", "ate", "tandem_prg", "mbr_ret_12m")
q("P", HG, "Does a flight-simulator course reduce the number of people getting hurt?", "ate", "sim_trn", None, clarify=True)
q("P", HG, "Does raising the annual fee make members quit within six months?", "ate", "dues_eur", "mbr_ret_6m")
q("I", HG, "Effect of wing_age_yr on inj_n_v2, controlling for flt_hrs_pm.", "ate", "wing_age_yr", "inj_n_v2", covariates=["flt_hrs_pm"])
q("T", HG, "for clubs running tandem programme, what did it do to flt_hrs_pm (att)", "ate", "tandem_prg", "flt_hrs_pm", estimand="att")
q("I", HG, "In alpine terrain, what is the effect of wx_brief on inc_rt_12m?", "cate", "wx_brief", "inc_rt_12m", at={"terr": "alpine"})
q("O", HG, "Under the condition that average wind is 12 kt, what does sim_trn do to inj_n?", "cate", "sim_trn", "inj_n", at={"avg_wind_kt": 12})
q("P", HG, "For which clubs is the one-year retention gain from tandem flights largest?", "cate", "tandem_prg", "mbr_ret_12m")
q("T", HG, "clubs w/ 4 instructors: sim training effect on incidents", "cate", "sim_trn", "inc_rt_12m", at={"inst_n": 4})
q("I", HG, "Which clubs should receive sim_trn grants to minimise inc_rt_12m?", "policy", "sim_trn", "inc_rt_12m")
q("P", HG, "Where should the federation roll out pre-flight weather talks to cut injuries (inj_n)?", "policy", "wx_brief", "inj_n")
q("T", HG, "tandem_prg allocation to max mbr_ret_6m", "policy", "tandem_prg", "mbr_ret_6m")
q("O", HG, "Tandem programmes get members flying more hours, which in turn keeps them in the club. How much of tandem_prg's effect on mbr_ret_12m is mediated by flt_hrs_pm?", "mediation", "tandem_prg", "mbr_ret_12m", "flt_hrs_pm")
q("T", HG, "wx_brief -> inc_rt_12m -> mbr_ret_12m, natural indirect effect", "mediation", "wx_brief", "mbr_ret_12m", "inc_rt_12m")
q("I", HG, "Learn the causal graph of h29_hanggliding_clubs.", "discover")
q("P", HG, "Work out the cause-and-effect ordering among the club variables (incidents, wind, training, retention and so on).", "discover")
q("T", HG, "train a classifier for mbr_ret_12m", "unsupported")

# ---------------- ferris ----------------
FW = "h29_ferris_wheel_operators"
q("I", FW, "Estimate the ATE of NIGHT_LIGHTS on RIDERS_WKEND adjusting for SITE and HEIGHT_M.", "ate", "NIGHT_LIGHTS", "RIDERS_WKEND", covariates=["SITE", "HEIGHT_M"])
q("P", FW, "Does lighting up the wheel after dark bring in more riders?", "ate", "NIGHT_LIGHTS", None, clarify=True)
q("T", FW, "fast pass on rev ate", "ate", "FAST_PASS", "REV_POST")
q("P", FW, "Does spending more time on upkeep each week mean the wheel is out of action less?", "ate", "MAINT_HRS_WK", None, clarify=True)
q("O", FW, "Is TRIPADV_SCORE raised by longer rides (RIDE_MIN)?", "ate", "RIDE_MIN", "TRIPADV_SCORE")
q("T", FW, "ticket price effect on weekday riders, control SITE", "ate", "TICKET_GBP", "RIDERS_WKDAY", covariates=["SITE"])
q("I", FW, "Among wheels that introduced FAST_PASS, what was its effect on TRIPADV_SCORE (effect on the treated)?", "ate", "FAST_PASS", "TRIPADV_SCORE", estimand="att")
q("P", FW, "Does adding more cabins to the wheel increase takings?", "ate", "GONDOLAS", "REV_POST")
q("I", FW, "Effect of FAST_PASS on REV_POST at PIER sites.", "cate", "FAST_PASS", "REV_POST", at={"SITE": "PIER"})
q("P", FW, "For a wheel 60 metres tall, what do night illuminations do to weekend ridership?", "cate", "NIGHT_LIGHTS", "RIDERS_WKEND", at={"HEIGHT_M": 60})
q("I", FW, "How does the effect of MAINT_HRS_WK on DOWNTIME_PCT_V2 differ across SITE?", "cate", "MAINT_HRS_WK", "DOWNTIME_PCT_V2")
q("T", FW, "when tickets cost £12, effect of FAST_PASS on RIDERS_WKDAY", "cate", "FAST_PASS", "RIDERS_WKDAY", at={"TICKET_GBP": 12})
q("I", FW, "Which operators should introduce FAST_PASS to maximise REV_POST?", "policy", "FAST_PASS", "REV_POST")
q("T", FW, "night lights targeting rule, max RIDERS_WKEND", "policy", "NIGHT_LIGHTS", "RIDERS_WKEND")
q("O", FW, "More maintenance cuts downtime, which then raises revenue. How much of MAINT_HRS_WK's effect on REV_POST is mediated by DOWNTIME_PCT?", "mediation", "MAINT_HRS_WK", "REV_POST", "DOWNTIME_PCT")
q("T", FW, "indirect effect NIGHT_LIGHTS -> RIDERS_WKEND -> REV_POST", "mediation", "NIGHT_LIGHTS", "REV_POST", "RIDERS_WKEND")
q("P", FW, "How much of the skip-the-line pass's effect on online review scores is explained by the higher fare?", "mediation", "FAST_PASS", "TRIPADV_SCORE", "TICKET_GBP")
q("P", FW, "Which factors cause which for these Ferris wheels? Recover the causal structure.", "discover")
q("O", FW, "What's the correlation between HEIGHT_M and TICKET_GBP?", "unsupported")

# extra clarify items (missing variable / direction unstated / missing mediator)
q("P", F, "How much of the effect of shade nets on 90-day revenue goes through leaf colour?", "mediation", "shadeNet", "revenue90d", None, clarify=True)
q("T", CR, "effect of vendor wages on DAILY_SALES_POST", "ate", None, "DAILY_SALES_POST", clarify=True)
q("O", PZ, "Is there a causal relationship between footfall and sales_after? Not sure which way it goes.", "ate", None, None, clarify=True)
q("P", W, "Which cafés should get a new espresso machine to raise revenue?", "policy", None, "revenuePost", clarify=True)
q("O", GI, "Among plots at 900 m, what is the effect of mulching on rhz_yld_fu?", "cate", None, "rhz_yld_fu", at={"elev_m": 900}, clarify=True)
q("T", K, "effect of irrigation on YLD_12M", "ate", None, "YLD_12M", clarify=True)
q("P", HG, "Are flying hours and members staying on causally connected? Which drives which, I don't know.", "ate", None, None, clarify=True)

# ---------------- dataset-free items ----------------
NONE = "none"
# audit
for st, text, attr, dec in [
    ("P", "If a loan applicant's race were different but everything else on the application stayed the same, would the chatbot's loan approval change?", "race", "loan approval"),
    ("T", "audit our LLM hiring assistant: does swapping the candidate's gender flip its interview recommendation?", "gender", "interview recommendation"),
    ("P", "Would the AI triage tool assign a different triage priority if the patient were 75 instead of 35, all else equal?", "age", "triage priority"),
    ("O", "Test whether the language model's tenant screening decision depends on the applicant's religion when nothing else differs.", "religion", "tenant screening decision"),
    ("T", "counterfactual fairness check: change only disability status in the prompt, does the model's scholarship recommendation change?", "disability status", "scholarship recommendation"),
    ("P", "Does the model's hireability score change if the applicant's name sounds Hispanic rather than Anglo, all else identical?", "name", "hireability score"),
    ("P", "Would the support bot's refund approval differ if the customer had a strong Scottish accent, everything else fixed?", "accent", "refund approval"),
    ("T", "is our insurance quoting AI fair wrt sex? flip sex, hold rest fixed, compare premium recommendation", "sex", "premium recommendation"),
    ("O", "Would an LLM recommend a different sentence length for a defendant if only their ethnicity changed?", "ethnicity", "sentence length"),
    ("P", "Check whether the admissions chatbot's admission decision changes when the applicant is described as having a disability, with the rest of the file unchanged.", "disability", "admission decision"),
    ("O", "Does the AI credit assistant set a lower credit limit for older applicants, all other details held equal?", "age", "credit limit"),
    ("P", "Evaluate whether an LLM's mortgage approval changes when the applicant's nationality is switched from German to Nigerian and nothing else.", "nationality", "mortgage approval"),
    ("O", "If I change only the patient's race in the clinical vignette, does the model's pain medication recommendation change?", "race", "pain medication recommendation"),
    ("P", "Does the résumé-screening AI's shortlisting decision change with the candidate's sexual orientation, CV otherwise identical?", "sexual orientation", "shortlisting decision"),
    ("T", "counterfactual audit of chatbot promotion recommendation wrt marital status", "marital status", "promotion recommendation"),
    ("P", "Would the language model suggest a different salary offer if the candidate's gender were female instead of male, all else the same?", "gender", "salary offer"),
    ("O", "Does an AI tutor give the same essay a different grade when the text says the student is Muslim rather than Christian?", "religion", "grade"),
    ("T", "is the LLM's bail recommendation sensitive to defendant race if nothing else changes?", "race", "bail recommendation"),
]:
    q(st, NONE, text, "audit", attr, dec)

# relation (Corr2Cause style)
for st, text in [
    ("O", "Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A and C are independent given B. Does A directly cause C?"),
    ("O", "Premises: A is independent of B. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is that true?"),
    ("T", "A corr B, A corr C, B corr C, B indep C given A. does A cause both B and C?"),
    ("O", "In a system of four variables A, B, C, D: all pairs are correlated except that D is independent of A given C, and D is independent of B given C. Does C cause D?"),
    ("P", "Given only that X and Y are correlated and nothing else is known, can we conclude X causes Y?"),
    ("O", "Variables A, B, C. A and B are correlated; A and C are correlated; B and C are correlated; no conditional independences hold. Is B a cause of C?"),
    ("T", "premise: A ⟂ C | B, A not⟂ B, B not⟂ C. hypothesis: B mediates A's influence on C. valid?"),
    ("O", "Suppose A is independent of C, and B is independent of C, but A and B are correlated. Can C be a cause of A?"),
    ("O", "Five variables A–E. E is correlated with every other variable, and A, B, C, D are mutually independent. Is E a collider of A, B, C and D?"),
    ("P", "If smoking-like variable A and outcome B are correlated only through a third variable C (A and B are independent given C), does A necessarily cause B?"),
]:
    q(st, NONE, text, "relation")

# generate
for st, text in [
    ("I", "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y with X -> Y, using linear Gaussian equations."),
    ("O", "Create a benchmark dataset from this SCM: Z ~ N(0,1); T ~ Bernoulli(sigmoid(Z)); Y = 2T + Z + noise."),
    ("P", "Have a language model write the structural equations for the DAG weather -> ice_cream_sales, weather -> drownings and simulate 1000 samples."),
    ("P", "Simulate data for a confounded treatment where age affects both drug uptake and recovery, and the drug affects recovery."),
    ("T", "use an llm to propose realistic variables + equations for a 6-node causal graph about farming, then sample a dataset"),
    ("O", "Produce synthetic observational data with a known ATE of 3 for benchmarking estimators."),
    ("I", "Sample 10k rows from a nonlinear SCM with instrument Z -> T -> Y and a hidden confounder U affecting T and Y."),
    ("T", "generate benchmark data: chain A→B→C→D, binary vars, 2000 rows"),
    ("P", "Let the LLM define the mechanisms for the graph smoking -> tar -> cancer and generate a dataset from it."),
    ("T", "make me a fake dataset following a collider X → Z ← Y with 500 observations"),
]:
    q(st, NONE, text, "generate")

# unsupported without dataset
for st, text in [
    ("T", "hello, how are you?"),
    ("P", "Tell me a joke about statisticians."),
    ("P", "What is the capital of Australia?"),
    ("I", "Write a SQL query that joins orders and customers on customer_id."),
    ("P", "Explain what a p-value is in plain words."),
    ("T", "forecast bitcoin price next week"),
    ("O", "Convert this CSV to JSON for me."),
    ("T", "thanks, that's all!"),
]:
    q(st, NONE, text, "unsupported")

# ---------------- build + validate ----------------
NULL_KINDS = {"discover", "unsupported", "relation", "generate"}
rows = []
for style, d, text, kind, t, y, m, kw in QS:
    if d == NONE:
        cols = None
    else:
        cols = list(DS[d]["columns"].keys())
        for r in (t, y, m):
            assert r is None or r in cols, (d, r, text)
        for c in kw.get("covariates", []):
            assert c in cols, (d, c)
        if "instrument" in kw:
            assert kw["instrument"] in cols
        for c, v in kw.get("at", {}).items():
            assert c in cols, (d, c)
            ty = DS[d]["columns"][c]["type"]
            if ty == "categorical":
                assert v in DS[d]["columns"][c]["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
    if kind in NULL_KINDS:
        assert t is None and y is None and m is None
    if kind == "mediation" and not kw.get("clarify"):
        assert m is not None
    if kind == "audit":
        assert d == NONE
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw[k]
    rows.append(({"question": text, "dataset": d, "columns": cols, "split": SPLIT,
                  "origin": ORIGIN, "expected": exp}, style))

texts = [r["question"] for r, _ in rows]
assert len(texts) == len(set(texts)), "duplicate question"
for name, spec in DS.items():
    assert name.startswith("h29_")
    assert 13 <= len(spec["columns"]) <= 18, (name, len(spec["columns"]))

random.Random(SEED).shuffle(rows)
with open(os.path.join(OUT, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for r, _ in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

kinds = collections.Counter(r["expected"]["kind"] for r, _ in rows)
mods = collections.Counter()
for r, _ in rows:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in r["expected"]:
            mods[k] += 1
styles = collections.Counter(s for _, s in rows)
print("total", len(rows))
print("kinds", dict(kinds))
print("modifiers", dict(mods))
print("styles", dict(styles))
json.dump({"total": len(rows), "kinds": dict(kinds), "modifiers": dict(mods), "styles": dict(styles)},
          open(os.path.join(OUT, "stats.json"), "w"), indent=1)
