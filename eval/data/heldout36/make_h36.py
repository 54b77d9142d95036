#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl, README.md for held-out set h36."""
import json, os, random, subprocess, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout36", 36036

I, B, N, C, D, T = "id", "binary", "numeric", "categorical", "date", "text"
DS = {}
def ds(name, desc, cols):
    DS[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}
    return name
bv = [0, 1]

P = ds("h36_perry_makers", "English perry (pear cider) makers: methods, gravity readings, taste panels and sales.", [
 ("mkr_id", I, ["PM001", "PM002", "PM003"]),
 ("county", C, ["Herefordshire", "Gloucestershire", "Worcestershire", "Somerset"]),
 ("orch_ha", N, [1.5, 4.0, 12.2]), ("tree_age_yr", N, [25, 80, 150]),
 ("wild_yst", B, bv), ("keeve", B, bv), ("organic", B, bv), ("oak_cask", B, bv),
 ("sg_og", N, [1.052, 1.060, 1.066]), ("sg_fg", N, [0.998, 1.004, 1.012]),
 ("abv_pct", N, [5.5, 6.8, 7.9]), ("tann_gl", N, [0.8, 1.4, 2.1]),
 ("taste_scr", N, [61, 74, 88]), ("taste_scr_v2", N, [5.9, 7.2, 8.6]),
 ("price_gbp", N, [3.5, 6.0, 11.0]), ("sales_bl", N, [1200, 5400, 20000]), ("sales_12m", N, [1500, 6100, 22500])])

Q = ds("h36_quark_dairies", "German quark dairies: herd, process and market outcomes.", [
 ("dairyId", I, ["Q-101", "Q-102", "Q-103"]),
 ("bundesland", C, ["Bayern", "Niedersachsen", "Schleswig-Holstein", "Baden-Württemberg", "Nordrhein-Westfalen"]),
 ("herdSize", N, [40, 150, 600]), ("grassFed", B, bv), ("rennetUse", B, bv),
 ("cultureStrain", C, ["mesophilic", "thermophilic", "mixed"]),
 ("fatPct", N, [0.2, 20, 40]), ("wheyDrainHrs", N, [4, 8, 14]), ("proteinPct", N, [11, 12.5, 14]),
 ("yieldKgPerL", N, [0.18, 0.22, 0.25]), ("spoilRate30d", N, [0.01, 0.03, 0.06]), ("spoilRate90d", N, [0.04, 0.09, 0.15]),
 ("tasteScore", N, [60, 72, 90]), ("tasteScoreV2", N, [3.1, 4.0, 4.8]), ("organicCert", B, bv),
 ("retailPrice", N, [1.29, 1.89, 2.79]), ("revenuePre", N, [210000, 800000, 2500000]), ("revenuePost", N, [230000, 850000, 2700000])])

L = ds("h36_limoncello_producers", "Amalfi Coast limoncello producers: groves, recipe and sales.", [
 ("producer", I, ["AM-01", "AM-02", "AM-03"]),
 ("village", C, ["Amalfi", "Positano", "Ravello", "Maiori", "Minori", "Atrani"]),
 ("altitude", N, [50, 220, 410]), ("grove_size", N, [0.3, 1.1, 3.5]), ("organic", B, bv), ("handpeeled", B, bv),
 ("infusion_days", N, [3, 10, 30]), ("sugar", N, [250, 350, 450]), ("strength", N, [26, 30, 34]), ("chilled", B, bv),
 ("rating", N, [3.2, 4.1, 4.8]), ("rating_new", N, [62, 78, 94]), ("price", N, [12, 18, 30]),
 ("tourists", N, [2000, 15000, 60000]), ("sales_before", N, [800, 4000, 15000]), ("sales_after", N, [900, 4500, 16000])])

CA = ds("h36_cachaca_distilleries", "Brazilian cachaça distilleries: stills, wood ageing, chemistry and revenue.", [
 ("DIST_ID", I, ["CD-0001", "CD-0002", "CD-0003"]), ("STATE", C, ["MG", "SP", "PE", "PB", "RJ"]),
 ("CANE_HA", N, [10, 50, 300]), ("ALEMBIC", B, bv),
 ("WOOD_TYPE", C, ["amburana", "oak", "jequitiba", "balsamo", "none"]),
 ("AGE_MO", N, [0, 12, 36]), ("FERM_HRS", N, [18, 24, 36]), ("METHANOL_MGL", N, [5, 40, 120]),
 ("COPPER_MGL", N, [0.5, 2.1, 4.8]), ("ABV", N, [38, 42, 48]), ("QUAL_IDX", N, [55, 70, 91]), ("QUAL_IDX2", N, [2.8, 3.6, 4.7]),
 ("CERT_INMETRO", B, bv), ("EXPORT_FLAG", B, bv), ("REV_2022", N, [90000, 600000, 4000000]),
 ("REV_2023", N, [95000, 650000, 4300000]), ("PRICE_BRL", N, [25, 60, 180])])

S = ds("h36_semaphore_depots", "Railway semaphore signal maintenance depots: practices, failures and delays.", [
 ("depot_id", I, ["D-17", "D-18", "D-19"]), ("region", C, ["Western", "Eastern", "Midlands", "Scotland", "Southern"]),
 ("n_sigs", N, [40, 120, 310]), ("staff_fte", N, [4, 11, 25]), ("lube_sched", B, bv), ("led_retro", B, bv),
 ("wire_tens_chk", B, bv), ("avg_sig_age", N, [35, 60, 110]), ("insp_freq_wk", N, [1, 2, 5]),
 ("fail_rt_pre", N, [0.8, 2.3, 5.1]), ("fail_rt_post", N, [0.6, 1.9, 4.4]), ("delay_min_30d", N, [50, 300, 1200]),
 ("delay_min_90d", N, [200, 900, 3500]), ("spad_n", N, [0, 2, 7]), ("maint_cost_k", N, [30, 95, 260]), ("frost_days", N, [5, 30, 80])])

K = ds("h36_checkers_clubs", "Checkers (draughts) clubs: coaching, programmes, ratings and retention.", [
 ("clubId", I, ["club_001", "club_002", "club_003"]), ("country", C, ["Netherlands", "UK", "USA", "Russia", "Senegal"]),
 ("members", N, [12, 45, 160]), ("coachHired", B, bv), ("weeklySessions", N, [1, 2, 4]), ("puzzleProgram", B, bv),
 ("onlineShare", N, [0.1, 0.4, 0.8]), ("avgRatingPre", N, [1100, 1400, 1900]), ("avgRatingPost", N, [1120, 1450, 1950]),
 ("juniorPct", N, [5, 25, 60]), ("tourneyWins", N, [0, 3, 12]), ("retention6m", N, [0.6, 0.8, 0.95]),
 ("retention12m", N, [0.4, 0.65, 0.9]), ("newMembers", N, [0, 8, 30]), ("feeEur", N, [20, 60, 150]),
 ("engagementScore", N, [30, 55, 85]), ("engagementScoreV2", N, [0.2, 0.5, 0.9])])

BJ = ds("h36_baijiu_distilleries", "Chinese baijiu distilleries: aroma style, qu, pits, chemistry and sales.", [
 ("DIST_ID", I, ["BJ-01", "BJ-02", "BJ-03"]), ("AROMA", C, ["strong", "sauce", "light", "rice"]),
 ("PROVINCE", C, ["Sichuan", "Guizhou", "Shanxi", "Guangxi", "Jiangsu"]), ("SORGHUM_T", N, [200, 1500, 9000]),
 ("QU_TYPE", C, ["high-temp", "medium-temp", "low-temp"]), ("PIT_AGE_YR", N, [3, 20, 200]), ("SOLID_STATE", B, bv),
 ("FERM_DAYS", N, [20, 60, 270]), ("ABV", N, [38, 52, 60]), ("ESTER_GL", N, [1.2, 2.5, 4.0]),
 ("FUSEL_MGL", N, [400, 900, 1600]), ("PANEL_SCR", N, [80, 88, 96]), ("PANEL_SCR_V2", N, [6.5, 7.8, 9.2]),
 ("AGED_CERAMIC", B, bv), ("PRICE_CNY", N, [60, 450, 2800]), ("SALES_BL", N, [5000, 40000, 300000]), ("SALES_FU", N, [5200, 43000, 320000])])

DO = ds("h36_dominoes_leagues", "Dominoes tournament leagues: format, sponsorship, rules and participation.", [
 ("league", I, ["L01", "L02", "L03"]), ("region", C, ["Caribbean", "UK", "Spain", "USA", "Mexico"]),
 ("format", C, ["draw", "block", "mexican train", "fives and threes"]), ("teams", N, [6, 12, 24]),
 ("sponsored", B, bv), ("prize", N, [0, 500, 5000]), ("newrules", B, bv), ("apps", B, bv), ("age", N, [28, 45, 63]),
 ("rounds", N, [8, 14, 22]), ("attendance_before", N, [40, 120, 400]), ("attendance_after", N, [45, 130, 420]),
 ("dropout_rate", N, [0.05, 0.12, 0.3]), ("dropout_ratio", N, [0.06, 0.14, 0.4]), ("spectators", N, [0, 60, 300]),
 ("disputes", N, [0, 4, 15]), ("satisfaction", N, [2.5, 3.8, 4.9])])

H = ds("h36_hammam_bathhouses", "Moroccan hammam bathhouses: heating, services, water use, revenue and reviews.", [
 ("hmm_id", I, ["HM-001", "HM-002", "HM-003"]), ("city", C, ["Marrakech", "Fes", "Casablanca", "Tangier", "Rabat"]),
 ("stm_temp_c", N, [42, 48, 55]), ("wood_fired", B, bv), ("solar_heat", B, bv), ("kessa_srv", B, bv), ("argan_prod", B, bv),
 ("visits_wk", N, [150, 600, 1800]), ("tourist_pct", N, [0, 25, 80]), ("price_mad", N, [10, 60, 400]), ("staff_n", N, [3, 8, 20]),
 ("water_m3_pre", N, [40, 120, 300]), ("water_m3_post", N, [35, 100, 280]), ("rev_mo_bl", N, [8000, 40000, 250000]),
 ("rev_mo_12m", N, [8500, 43000, 270000]), ("rvw_scr", N, [3.1, 4.2, 4.9]), ("rvw_scr_v2", N, [55, 78, 96])])

TP = ds("h36_tipi_rentals", "Tipi and bell-tent rental firms: fleet, pricing, damage and customer metrics.", [
 ("firmId", I, ["tp_01", "tp_02", "tp_03"]), ("tentType", C, ["tipi", "bell tent", "yurt", "safari tent"]),
 ("fleetSize", N, [10, 40, 150]), ("festivalContracts", N, [0, 3, 12]), ("insuranceTier", C, ["basic", "standard", "premium"]),
 ("dynamicPricing", B, bv), ("groundSheetUpgrade", B, bv), ("avgRentalNights", N, [2, 3.5, 7]),
 ("bookingsPre", N, [60, 300, 1500]), ("bookingsPost", N, [70, 330, 1650]), ("damageRate30d", N, [0.01, 0.04, 0.1]),
 ("damageRate90d", N, [0.03, 0.09, 0.2]), ("weatherCancel", N, [0, 6, 25]), ("nps", N, [10, 45, 80]),
 ("npsV2", N, [0.2, 0.55, 0.9]), ("repeatRate", N, [0.05, 0.2, 0.45]), ("pricePerNight", N, [60, 120, 300])])

HO = ds("h36_hops_farms", "Craft hops farms: irrigation, pest management, chemistry, yields and prices.", [
 ("FARM_ID", I, ["HF-01", "HF-02", "HF-03"]), ("REGION", C, ["Yakima", "Willamette", "Kent", "Hallertau", "Tasmania"]),
 ("VARIETY", C, ["Cascade", "Citra", "Fuggle", "EKG", "Saaz"]), ("ACRES", N, [5, 40, 300]), ("DRIP_IRR", B, bv),
 ("TRELLIS_HT_FT", N, [12, 16, 18]), ("IPM", B, bv), ("NITRO_LBS", N, [80, 150, 220]), ("MILDEW_PCT", N, [0, 8, 30]),
 ("ALPHA_ACID_PCT", N, [3.5, 7, 14]), ("ALPHA_ACID_RATIO", N, [0.6, 1.2, 2.0]), ("OIL_ML100G", N, [0.5, 1.5, 3.0]),
 ("YIELD_2022", N, [1200, 1800, 2400]), ("YIELD_2023", N, [1100, 1900, 2600]), ("CONTRACT_PRICE", N, [5, 9, 16]),
 ("KILN_TEMP_F", N, [130, 145, 160]), ("COOP_MEMBER", B, bv)])

R = ds("h36_taro_growers", "Hawaiian taro (kalo) growers: field type, inputs, pests, rot and yields.", [
 ("grower", I, ["G001", "G002", "G003"]), ("island", C, ["Oahu", "Maui", "Kauai", "Hawaii", "Molokai"]),
 ("wetland", B, bv), ("acres", N, [0.5, 2, 10]), ("water_flow", N, [5, 20, 60]), ("fertilizer", N, [0, 100, 300]),
 ("resistant_variety", B, bv), ("snail_density", N, [0, 3, 12]), ("rainfall", N, [20, 80, 200]), ("workshop", B, bv),
 ("yield_before", N, [4000, 12000, 25000]), ("yield_after", N, [4500, 13000, 27000]), ("rot_rate", N, [0.02, 0.1, 0.35]),
 ("rot_ratio", N, [0.03, 0.12, 0.5]), ("poi_sales", N, [0, 6000, 40000]), ("price", N, [1.2, 2.0, 3.5]), ("volunteers", N, [0, 5, 30])])

F = ds("h36_basalt_fibre_plants", "Basalt fibre manufacturing plants: furnace, drawing, sizing, strength and output.", [
 ("plant_id", I, ["BF-1", "BF-2", "BF-3"]), ("furnace", C, ["gas", "electric", "hybrid"]), ("melt_temp_c", N, [1350, 1450, 1550]),
 ("bushing_holes", N, [200, 400, 800]), ("draw_spd_mpm", N, [800, 1500, 2500]),
 ("sizing_agt", C, ["silane", "epoxy", "starch", "none"]), ("fib_diam_um", N, [9, 13, 17]),
 ("tens_str_mpa", N, [2400, 2900, 3400]), ("tens_str_mpa_v2", N, [2300, 2850, 3450]), ("brk_rt_pre", N, [2, 6, 14]),
 ("brk_rt_post", N, [1, 5, 12]), ("scrap_pct", N, [3, 8, 18]), ("energy_kwh_t", N, [4000, 6500, 9000]),
 ("iso_cert", B, bv), ("auto_ctrl", B, bv), ("ore_fe_pct", N, [8, 11, 14]), ("out_t_mo", N, [50, 250, 900])])

X = ds("h36_bauxite_mines", "Bauxite mines: ore grade, haulage, blasting, safety, output and cost.", [
 ("MINE_ID", I, ["BX-001", "BX-002", "BX-003"]), ("COUNTRY", C, ["Australia", "Guinea", "Brazil", "Jamaica", "India", "China"]),
 ("PIT_DEPTH_M", N, [10, 35, 80]), ("AL2O3_PCT", N, [38, 45, 52]), ("SIO2_PCT", N, [1.5, 4, 9]), ("STRIP_RATIO", N, [0.5, 1.2, 3]),
 ("AUTON_HAUL", B, bv), ("BLAST_OPT", B, bv), ("DUST_SUPP", B, bv), ("REHAB_HA", N, [5, 40, 300]),
 ("LTIFR_PRE", N, [0.5, 1.8, 4.2]), ("LTIFR_POST", N, [0.3, 1.5, 3.9]), ("OUTPUT_KT_BL", N, [200, 2000, 15000]),
 ("OUTPUT_KT_FU", N, [210, 2100, 16000]), ("DIESEL_L_T", N, [0.6, 1.1, 2.0]), ("COMMUNITY_AGR", B, bv), ("COST_USD_T", N, [12, 20, 35])])

V = ds("h36_vrfb_installers", "Vanadium redox flow battery installers: crews, monitoring, efficiency and customer outcomes.", [
 ("installerId", I, ["vi_001", "vi_002", "vi_003"]), ("market", C, ["residential", "commercial", "utility"]),
 ("systemKwh", N, [20, 500, 20000]), ("electrolyteLeased", B, bv), ("crewCertified", B, bv),
 ("stackVendor", C, ["VendorA", "VendorB", "VendorC"]), ("installDays", N, [3, 14, 90]), ("remoteMonitoring", B, bv),
 ("roundTripEff", N, [0.65, 0.72, 0.8]), ("roundTripEffV2", N, [66, 73, 81]), ("capacityFade12m", N, [0.005, 0.01, 0.03]),
 ("capacityFade24m", N, [0.01, 0.02, 0.05]), ("warrantyClaims", N, [0, 2, 9]), ("customerSat", N, [3.0, 4.1, 4.9]),
 ("leadTimeWks", N, [4, 12, 30]), ("pricePerKwh", N, [300, 450, 700]), ("gridTieDelayDays", N, [0, 20, 120])])

QS = []
def q(dset, text, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(kw)
    QS.append({"question": text, "dataset": dset, "expected": e})
A, CT, PO, ME, DI, UN = "ate", "cate", "policy", "mediation", "discover", "unsupported"
CL = dict(clarify=True)

# ---------------- perry
q(P, "Estimate the average causal effect of keeving (`keeve`) on 12-month sales (`sales_12m`), adjusting for `county` and `orch_ha`.", A, "keeve", "sales_12m", covariates=["county", "orch_ha"])
q(P, "Does fermenting with wild yeast actually make the perry taste better, or is that just because those makers have older trees?", A, "wild_yst", None, **CL)
q(P, "ate of oak_cask on price_gbp adj tree_age_yr", A, "oak_cask", "price_gbp", covariates=["tree_age_yr"])
q(P, "Is growth in sales caused by going organic?", A, "organic", "sales_12m")
q(P, "What did maturing in oak barrels do to tannin levels for the makers who actually used oak?", A, "oak_cask", "tann_gl", estimand="att")
q(P, "how much does keevng change the final gravity", A, "keeve", "sg_fg")
q(P, "Effect of wild_yst on abv_pct holding sg_og fixed.", A, "wild_yst", "abv_pct", covariates=["sg_og"])
q(P, "Treat orchard hectares (orch_ha) as an instrument and estimate what organic certification does to the bottle price.", A, "organic", "price_gbp", instrument="orch_ha")
q(P, "Does pasteurising the perry change sales over the following year?", A, None, "sales_12m", **CL)
q(P, "For Herefordshire makers, what does keeving do to 12-month sales?", CT, "keeve", "sales_12m", at={"county": "Herefordshire"})
q(P, "How does the effect of `wild_yst` on `taste_scr_v2` vary with `tree_age_yr`?", CT, "wild_yst", "taste_scr_v2")
q(P, "effect of oak cask on price when the orchard is 5 ha", CT, "oak_cask", "price_gbp", at={"orch_ha": 5})
q(P, "Under the condition that the maker is certified organic, does oak ageing raise tannin?", CT, "oak_cask", "tann_gl", at={"organic": 1})
q(P, "Which perry makers should adopt keeving if the aim is to maximise sales over the next year?", PO, "keeve", "sales_12m")
q(P, "Learn a targeting rule for recommending wild-yeast fermentation (wild_yst) to raise taste_scr.", PO, "wild_yst", "taste_scr")
q(P, "who should we push toward barrel ageing to get a higher price per bottle", PO, "oak_cask", "price_gbp")
q(P, "How much of keeving's effect on sales_12m is mediated by taste_scr?", ME, "keeve", "sales_12m", "taste_scr")
q(P, "Oak casks are said to work by adding tannin, which then lifts the price. Split the oak effect on price into the part through tannin and the rest.", ME, "oak_cask", "price_gbp", "tann_gl")
q(P, "Which of these perry-making factors drive which? Recover the causal ordering.", DI)
q(P, "Plot a histogram of abv_pct by county.", UN)

# ---------------- quark
q(Q, "Estimate the ATE of grassFed on revenuePost, controlling for herdSize and bundesland.", A, "grassFed", "revenuePost", covariates=["herdSize", "bundesland"])
q(Q, "Does using rennet reduce spoilage?", A, "rennetUse", None, **CL)
q(Q, "do longer whey draining times raise protein content", A, "wheyDrainHrs", "proteinPct")
q(Q, "Is revenue increased by organic certification?", A, "organicCert", "revenuePost")
q(Q, "average effect of `rennetUse` on `yieldKgPerL`", A, "rennetUse", "yieldKgPerL")
q(Q, "What would happen to the 90-day spoilage rate of the grass-fed dairies had they not fed on grass? I want the effect on the treated.", A, "grassFed", "spoilRate90d", estimand="att")
q(Q, "effect of organicCert on retailPrice adj fatPct, herdSize", A, "organicCert", "retailPrice", covariates=["fatPct", "herdSize"])
q(Q, "Does putting cows out to pasture change how much quark comes out of each litre of milk, or is that just confounding?", A, "grassFed", "yieldKgPerL")
q(Q, "In Bayern, what is the effect of grassFed on tasteScore?", CT, "grassFed", "tasteScore", at={"bundesland": "Bayern"})
q(Q, "For dairies using a thermophilic culture, how does rennet use affect yield per litre?", CT, "rennetUse", "yieldKgPerL", at={"cultureStrain": "thermophilic"})
q(Q, "heterogeneity of organicCert effect on revenuePost across herd sizes", CT, "organicCert", "revenuePost")
q(Q, "when the fat content is 10 percent, what does draining the whey longer do to protein?", CT, "wheyDrainHrs", "proteinPct", at={"fatPct": 10})
q(Q, "Which dairies should switch to grass feeding to lift revenuePost?", PO, "grassFed", "revenuePost")
q(Q, "Find the best rule for assigning organic certification (`organicCert`) to maximise `retailPrice`.", PO, "organicCert", "retailPrice")
q(Q, "Which dairies should switch to rennet to cut spoilage?", PO, "rennetUse", None, **CL)
q(Q, "Grass feeding is supposed to work by raising fat content, which then improves the panel's tasteScoreV2. How much of that goes through fat?", ME, "grassFed", "tasteScoreV2", "fatPct")
q(Q, "direct vs indirect effect of organicCert on revenuePost via retailPrice", ME, "organicCert", "revenuePost", "retailPrice")
q(Q, "Map out the cause-and-effect relationships among the quark dairy variables.", DI)
q(Q, "Summarise the mean and median retailPrice per bundesland.", UN)

# ---------------- limoncello
q(L, "What is the average causal effect of peeling the lemons by hand on how the liqueur is rated?", A, "handpeeled", None, **CL)
q(L, "Does steeping the peel for longer make the limoncello sell better?", A, "infusion_days", "sales_after")
q(L, "ate handpeeled -> price, adj altitude grove_size", A, "handpeeled", "price", covariates=["altitude", "grove_size"])
q(L, "Estimate the effect of `organic` on `sales_after` among producers that did not go organic.", A, "organic", "sales_after", estimand="atc")
q(L, "Is a higher rating_new caused by chilling (`chilled`) the bottles before sale?", A, "chilled", "rating_new")
q(L, "does more sugar cause a better rating_new", A, "sugar", "rating_new")
q(L, "Effect of organic growing on price, holding village fixed.", A, "organic", "price", covariates=["village"])
q(L, "Instrument price with tourist footfall (`tourists`) and estimate how price affects sales_after.", A, "price", "sales_after", instrument="tourists")
q(L, "In Positano, how much does hand-peeling raise the price?", CT, "handpeeled", "price", at={"village": "Positano"})
q(L, "for groves at 300 m altitude what is the effect of organic on sales", CT, "organic", "sales_after", at={"altitude": 300})
q(L, "Who benefits most, in terms of rating_new, from a longer infusion?", CT, "infusion_days", "rating_new")
q(L, "Under the condition that the limoncello is served chilled, what does extra sugar do to sales?", CT, "sugar", "sales_after", at={"chilled": 1})
q(L, "Which producers should start hand-peeling to boost sales_after?", PO, "handpeeled", "sales_after")
q(L, "Design an allocation rule: which groves should convert to organic to maximise the bottle price?", PO, "organic", "price")
q(L, "Hand-peeling works by improving how critics score the liqueur (rating_new), which then drives sales. How much of the hand-peeling effect on sales_after runs through that score?", ME, "handpeeled", "sales_after", "rating_new")
q(L, "decompose effect of organic on sales_after via price into direct and indirect", ME, "organic", "sales_after", "price")
q(L, "What part of the effect of `infusion_days` on `sales_after` is mediated by `strength`?", ME, "infusion_days", "sales_after", "strength")
q(L, "Which variables among village, altitude, sugar, strength, rating and sales cause which?", DI)
q(L, "Forecast next summer's limoncello sales for each village.", UN)

# ---------------- cachaca
q(CA, "Estimate the ATE of ALEMBIC on METHANOL_MGL, adjusting for FERM_HRS and CANE_HA.", A, "ALEMBIC", "METHANOL_MGL", covariates=["FERM_HRS", "CANE_HA"])
q(CA, "Does copper-pot distillation leave more copper in the spirit?", A, "ALEMBIC", "COPPER_MGL")
q(CA, "ate CERT_INMETRO on REV_2023", A, "CERT_INMETRO", "REV_2023")
q(CA, "Is export status (`EXPORT_FLAG`) causing higher bottle prices (`PRICE_BRL`), or is that confounded?", A, "EXPORT_FLAG", "PRICE_BRL")
q(CA, "What did INMETRO certification do to revenue for the distilleries that got certified?", A, "CERT_INMETRO", "REV_2023", estimand="att")
q(CA, "effect of aging months on quality", A, "AGE_MO", None, **CL)
q(CA, "How much does a longer fermentation change the alcohol content?", A, "FERM_HRS", "ABV")
q(CA, "Would QUAL_IDX2 have changed if the distilleries that don't export had started exporting?", A, "EXPORT_FLAG", "QUAL_IDX2", estimand="atc")
q(CA, "In Minas Gerais (STATE = MG), what is the effect of ALEMBIC on QUAL_IDX2?", CT, "ALEMBIC", "QUAL_IDX2", at={"STATE": "MG"})
q(CA, "For spirits rested in amburana wood, how does the length of ageing affect the bottle price?", CT, "AGE_MO", "PRICE_BRL", at={"WOOD_TYPE": "amburana"})
q(CA, "How does the export effect on REV_2023 differ by cane area?", CT, "EXPORT_FLAG", "REV_2023")
q(CA, "for distilleries with 50 ha of cane, does certification raise revenue", CT, "CERT_INMETRO", "REV_2023", at={"CANE_HA": 50})
q(CA, "Which distilleries should invest in INMETRO certification to grow REV_2023?", PO, "CERT_INMETRO", "REV_2023")
q(CA, "optimal policy: who should switch to alembic stills to cut methanol", PO, "ALEMBIC", "METHANOL_MGL")
q(CA, "Which producers should we target for an export programme if the goal is revenue growth?", PO, "EXPORT_FLAG", "REV_2023")
q(CA, "How much of the effect of `CERT_INMETRO` on `REV_2023` is mediated through `PRICE_BRL`?", ME, "CERT_INMETRO", "REV_2023", "PRICE_BRL")
q(CA, "Copper stills supposedly reduce methanol, which then improves the quality index (QUAL_IDX). Quantify the indirect path.", ME, "ALEMBIC", "QUAL_IDX", "METHANOL_MGL")
q(CA, "Infer the DAG over the cachaça distillery columns.", DI)
q(CA, "what influences what in this distillery data? find the structure", DI)
q(CA, "Write SQL to select all distilleries in PE with ABV above 40.", UN)

# ---------------- semaphore
q(S, "Estimate the average effect of the new lubrication schedule (`lube_sched`) on `fail_rt_post`, controlling for `avg_sig_age` and `frost_days`.", A, "lube_sched", "fail_rt_post", covariates=["avg_sig_age", "frost_days"])
q(S, "does led retrofitting reduce delays", A, "led_retro", None, **CL)
q(S, "Do signals fail less often once the wire-tension checks are brought in?", A, "wire_tens_chk", "fail_rt_post")
q(S, "ate insp_freq_wk on spad_n", A, "insp_freq_wk", "spad_n")
q(S, "Is the number of signals passed at danger reduced by LED lamp retrofits?", A, "led_retro", "spad_n")
q(S, "Effect of inspection frequency on maintenance cost, adj n_sigs, staff_fte.", A, "insp_freq_wk", "maint_cost_k", covariates=["n_sigs", "staff_fte"])
q(S, "Among depots that adopted the lubrication schedule, how much did it cut 90-day delay minutes?", A, "lube_sched", "delay_min_90d", estimand="att")
q(S, "Is the apparent saving on upkeep spend from tension checks on the wires real, or just confounding?", A, "wire_tens_chk", "maint_cost_k")
q(S, "Does paying signal staff overtime cut the failure rate?", A, None, "fail_rt_post", **CL)
q(S, "For Scottish depots, what does the lubrication schedule do to the post-period failure rate?", CT, "lube_sched", "fail_rt_post", at={"region": "Scotland"})
q(S, "effect of led_retro on delay_min_30d when frost_days = 40", CT, "led_retro", "delay_min_30d", at={"frost_days": 40})
q(S, "Does the effect of wire-tension checks on failures depend on how old the signals are?", CT, "wire_tens_chk", "fail_rt_post")
q(S, "When depots inspect 3 times a week, how much does the LED retrofit reduce SPADs?", CT, "led_retro", "spad_n", at={"insp_freq_wk": 3})
q(S, "Which depots should roll out the lubrication schedule to minimise signal failures?", PO, "lube_sched", "fail_rt_post")
q(S, "Learn who to prioritise for LED retrofits (`led_retro`) to reduce `spad_n`.", PO, "led_retro", "spad_n")
q(S, "policy tree: wire_tens_chk -> maint_cost_k", PO, "wire_tens_chk", "maint_cost_k")
q(S, "How much of the lube_sched effect on delay_min_90d goes through fail_rt_post?", ME, "lube_sched", "delay_min_90d", "fail_rt_post")
q(S, "The LED retrofit works by cutting failures, which then shortens delays over the following 30 days. What share of the effect is indirect?", ME, "led_retro", "delay_min_30d", "fail_rt_post")
q(S, "Learn the causal graph among the depot maintenance variables.", DI)
q(S, "which depot factors drive which others? recover how they depend on each other causally", DI)
q(S, "What's the average maint_cost_k by region?", UN)

# ---------------- checkers
q(K, "What is the average treatment effect of `coachHired` on `avgRatingPost`, adjusting for `avgRatingPre` and `members`?", A, "coachHired", "avgRatingPost", covariates=["avgRatingPre", "members"])
q(K, "Does hiring a coach keep members around longer?", A, "coachHired", None, **CL)
q(K, "do draughts clubs win more tournaments when they run a puzzle programme", A, "puzzleProgram", "tourneyWins")
q(K, "ate weeklySessions on engagementScoreV2", A, "weeklySessions", "engagementScoreV2")
q(K, "Are higher membership fees driving people away by the one-year mark?", A, "feeEur", "retention12m")
q(K, "Effect of the puzzle programme on player ratings, for the clubs that ran it", A, "puzzleProgram", "avgRatingPost", estimand="att")
q(K, "Does playing more of the club's games over the internet bring in more joiners?", A, "onlineShare", "newMembers")
q(K, "engagement effect of coachHired", A, "coachHired", None, **CL)
q(K, "In the Netherlands, what's the effect of coachHired on avgRatingPost?", CT, "coachHired", "avgRatingPost", at={"country": "Netherlands"})
q(K, "For clubs where half the members are juniors (50%), does the puzzle programme improve 6-month retention?", CT, "puzzleProgram", "retention6m", at={"juniorPct": 50})
q(K, "How does the impact of weekly sessions on tournament wins vary across countries?", CT, "weeklySessions", "tourneyWins")
q(K, "For clubs holding 2 sessions per week, what is the effect of hiring a coach on tourneyWins?", CT, "coachHired", "tourneyWins", at={"weeklySessions": 2})
q(K, "Which clubs should hire a coach to maximise their average rating?", PO, "coachHired", "avgRatingPost")
q(K, "Allocate the puzzle programme (`puzzleProgram`) to clubs so as to maximise `retention12m`.", PO, "puzzleProgram", "retention12m")
q(K, "who should get the puzzle programme to boost new members", PO, "puzzleProgram", "newMembers")
q(K, "Coaching works by getting players to turn up to more sessions each week, which then raises their rating. How much of the coachHired effect on avgRatingPost runs through weeklySessions?", ME, "coachHired", "avgRatingPost", "weeklySessions")
q(K, "indirect effect puzzleProgram -> engagementScore -> retention12m", ME, "puzzleProgram", "retention12m", "engagementScore")
q(K, "Which club characteristics cause which? Find the structure.", DI)
q(K, "Train a model to predict tourneyWins from the other columns.", UN)

# ---------------- baijiu
q(BJ, "Estimate the causal effect of SOLID_STATE fermentation on ESTER_GL, controlling for PIT_AGE_YR and AROMA.", A, "SOLID_STATE", "ESTER_GL", covariates=["PIT_AGE_YR", "AROMA"])
q(BJ, "Does ageing in ceramic jars make the baijiu sell better?", A, "AGED_CERAMIC", "SALES_FU")
q(BJ, "ate FERM_DAYS -> FUSEL_MGL adj SORGHUM_T", A, "FERM_DAYS", "FUSEL_MGL", covariates=["SORGHUM_T"])
q(BJ, "Is the higher price of old-pit baijiu really caused by the pit's age, or by confounders?", A, "PIT_AGE_YR", "PRICE_CNY")
q(BJ, "What would ceramic ageing do to sales for distilleries that currently do not age in ceramic?", A, "AGED_CERAMIC", "SALES_FU", estimand="atc")
q(BJ, "effect of solid state ferment on panel score", A, "SOLID_STATE", None, **CL)
q(BJ, "How much do longer fermentations raise the fragrant ester content?", A, "FERM_DAYS", "ESTER_GL")
q(BJ, "Within sauce-aroma distilleries, what's the effect of AGED_CERAMIC on PRICE_CNY?", CT, "AGED_CERAMIC", "PRICE_CNY", at={"AROMA": "sauce"})
q(BJ, "In Guizhou, does solid-state fermentation improve PANEL_SCR_V2?", CT, "SOLID_STATE", "PANEL_SCR_V2", at={"PROVINCE": "Guizhou"})
q(BJ, "for pits 20 years old, effect of FERM_DAYS on ESTER_GL", CT, "FERM_DAYS", "ESTER_GL", at={"PIT_AGE_YR": 20})
q(BJ, "For which distilleries is the ceramic-ageing effect on follow-up sales largest?", CT, "AGED_CERAMIC", "SALES_FU")
q(BJ, "Which distilleries should adopt ceramic ageing to raise SALES_FU?", PO, "AGED_CERAMIC", "SALES_FU")
q(BJ, "Who should be switched to solid-state fermentation to maximise the panel score (PANEL_SCR)?", PO, "SOLID_STATE", "PANEL_SCR")
q(BJ, "best treatment assignment for AGED_CERAMIC on PRICE_CNY", PO, "AGED_CERAMIC", "PRICE_CNY")
q(BJ, "How much of the effect of `FERM_DAYS` on `PANEL_SCR_V2` is mediated by `ESTER_GL`?", ME, "FERM_DAYS", "PANEL_SCR_V2", "ESTER_GL")
q(BJ, "Ceramic ageing raises the price, which in turn depresses sales. Decompose AGED_CERAMIC -> SALES_FU into the direct part and the part via PRICE_CNY.", ME, "AGED_CERAMIC", "SALES_FU", "PRICE_CNY")
q(BJ, "How much of solid-state fermentation's effect on the tasting panel's score is carried by fusel oils?", ME, "SOLID_STATE", None, "FUSEL_MGL", **CL)
q(BJ, "Discover the causal structure linking AROMA, QU_TYPE, FERM_DAYS, ESTER_GL and PANEL_SCR.", DI)
q(BJ, "Clean the PROVINCE column - some rows have trailing spaces.", UN)

# ---------------- dominoes
q(DO, "Does having a sponsor increase attendance?", A, "sponsored", "attendance_after")
q(DO, "Estimate the average effect of `newrules` on `disputes`, adjusting for `teams` and `format`.", A, "newrules", "disputes", covariates=["teams", "format"])
q(DO, "Is dropout reduced by adopting scoring apps?", A, "apps", None, **CL)
q(DO, "ate prize on spectators", A, "prize", "spectators")
q(DO, "Do bigger prize pots make players happier with their league, holding the average player age fixed?", A, "prize", "satisfaction", covariates=["age"])
q(DO, "effect of apps on disputes for leagues that use apps", A, "apps", "disputes", estimand="att")
q(DO, "How much did the rule change affect turnout after it was introduced?", A, "newrules", "attendance_after")
q(DO, "Does adding more rounds cause more arguments at the table?", A, "rounds", "disputes")
q(DO, "In Caribbean leagues, what is the effect of sponsorship on attendance_after?", CT, "sponsored", "attendance_after", at={"region": "Caribbean"})
q(DO, "For Mexican Train leagues, does the use of scoring apps cut disputes?", CT, "apps", "disputes", at={"format": "mexican train"})
q(DO, "how does the effect of newrules on satisfaction vary with league size (teams)", CT, "newrules", "satisfaction")
q(DO, "at 12 teams, effect of prize on attendance_after", CT, "prize", "attendance_after", at={"teams": 12})
q(DO, "Which leagues should get sponsorship to maximise attendance?", PO, "sponsored", "attendance_after")
q(DO, "Who should adopt the new rules (`newrules`) to improve `satisfaction`?", PO, "newrules", "satisfaction")
q(DO, "Which leagues should adopt scoring apps to cut dropout?", PO, "apps", None, **CL)
q(DO, "The new rules supposedly work by reducing disputes, which then raises satisfaction. How much of the effect of newrules on satisfaction flows through disputes?", ME, "newrules", "satisfaction", "disputes")
q(DO, "mediation: sponsored -> prize -> attendance_after", ME, "sponsored", "attendance_after", "prize")
q(DO, "what causes what among these dominoes league variables", DI)
q(DO, "Make a bar chart of teams per region.", UN)

# ---------------- hammam
q(H, "Estimate the ATE of `solar_heat` on `water_m3_post`, adjusting for `visits_wk` and `city`.", A, "solar_heat", "water_m3_post", covariates=["visits_wk", "city"])
q(H, "Does offering a kessa scrub bring in more money each month?", A, "kessa_srv", "rev_mo_12m")
q(H, "ate argan_prod rev_mo_12m adj tourist_pct", A, "argan_prod", "rev_mo_12m", covariates=["tourist_pct"])
q(H, "Do visitors rate the hammam higher when it is wood-fired?", A, "wood_fired", None, **CL)
q(H, "Is the number of weekly bathers raised by a hotter steam room?", A, "stm_temp_c", "visits_wk")
q(H, "For hammams that installed solar heating, what was the effect on monthly takings?", A, "solar_heat", "rev_mo_12m", estimand="att")
q(H, "effect of price_mad on visits_wk using tourist_pct as instrument", A, "price_mad", "visits_wk", instrument="tourist_pct")
q(H, "Does selling argan products really improve reviews (rvw_scr_v2), or is it confounding?", A, "argan_prod", "rvw_scr_v2")
q(H, "In Marrakech, what does the kessa service do to monthly revenue?", CT, "kessa_srv", "rev_mo_12m", at={"city": "Marrakech"})
q(H, "At a steam temperature of 50°C, does wood firing change the weekly visits?", CT, "wood_fired", "visits_wk", at={"stm_temp_c": 50})
q(H, "which bathhouses gain most in rvw_scr from a kessa service", CT, "kessa_srv", "rvw_scr")
q(H, "Under the condition that 60% of clients are tourists, what's the effect of argan_prod on rev_mo_12m?", CT, "argan_prod", "rev_mo_12m", at={"tourist_pct": 60})
q(H, "Which bathhouses should install solar heating to cut water use?", PO, "solar_heat", "water_m3_post")
q(H, "Who should we offer the kessa scrub to, to maximise `rev_mo_12m`?", PO, "kessa_srv", "rev_mo_12m")
q(H, "targeting rule argan_prod -> rvw_scr_v2", PO, "argan_prod", "rvw_scr_v2")
q(H, "The scrub service works by pulling in more bathers each week, which then lifts revenue. How much of kessa_srv's effect on rev_mo_12m is through visits_wk?", ME, "kessa_srv", "rev_mo_12m", "visits_wk")
q(H, "direct and indirect effect of argan_prod on rev_mo_12m via price_mad", ME, "argan_prod", "rev_mo_12m", "price_mad")
q(H, "How much of wood firing's effect on reviews passes through the steam temperature?", ME, "wood_fired", None, "stm_temp_c", **CL)
q(H, "Estimate the structure of causal relations among the hammam columns.", DI)
q(H, "Show me the correlation matrix of the numeric hammam columns.", UN)

# ---------------- tipi
q(TP, "Estimate the average causal effect of `dynamicPricing` on `bookingsPost`, adjusting for `bookingsPre` and `fleetSize`.", A, "dynamicPricing", "bookingsPost", covariates=["bookingsPre", "fleetSize"])
q(TP, "Did upgrading ground sheets cut damage?", A, "groundSheetUpgrade", None, **CL)
q(TP, "ate festivalContracts on repeatRate", A, "festivalContracts", "repeatRate")
q(TP, "Do festival deals lead to more bookings?", A, "festivalContracts", "bookingsPost")
q(TP, "Effect of dynamic pricing on the nightly rate for firms that did not adopt it", A, "dynamicPricing", "pricePerNight", estimand="atc")
q(TP, "Is the 90-day damage rate lowered by the ground-sheet upgrade once insurance tier is held constant?", A, "groundSheetUpgrade", "damageRate90d", covariates=["insuranceTier"])
q(TP, "How much does dynamic pricing change how likely customers are to come back?", A, "dynamicPricing", "repeatRate")
q(TP, "For bell tent firms, what is the effect of dynamicPricing on bookingsPost?", CT, "dynamicPricing", "bookingsPost", at={"tentType": "bell tent"})
q(TP, "with premium insurance, effect of groundSheetUpgrade on damageRate30d", CT, "groundSheetUpgrade", "damageRate30d", at={"insuranceTier": "premium"})
q(TP, "Does the festival-contract effect on bookings depend on fleet size?", CT, "festivalContracts", "bookingsPost")
q(TP, "For firms with a fleet of 40 tents, how does surge-style pricing affect repeat custom?", CT, "dynamicPricing", "repeatRate", at={"fleetSize": 40})
q(TP, "Which firms should switch on dynamic pricing to grow bookings?", PO, "dynamicPricing", "bookingsPost")
q(TP, "Learn a rule for who gets the ground sheet upgrade to minimise damageRate90d.", PO, "groundSheetUpgrade", "damageRate90d")
q(TP, "How much of the effect of `festivalContracts` on `repeatRate` is mediated by `npsV2`?", ME, "festivalContracts", "repeatRate", "npsV2")
q(TP, "Dynamic pricing works by lowering the nightly price, which then drives bookings. Split dynamicPricing's effect on bookingsPost into the price pathway and the rest.", ME, "dynamicPricing", "bookingsPost", "pricePerNight")
q(TP, "indirect effect of groundSheetUpgrade on nps through damageRate90d", ME, "groundSheetUpgrade", "nps", "damageRate90d")
q(TP, "Uncover the causal structure in the tent rental data.", DI)
q(TP, "What's the median pricePerNight for yurts?", UN)

# ---------------- hops
q(HO, "Estimate the ATE of `DRIP_IRR` on `YIELD_2023`, adjusting for `ACRES`, `REGION` and `YIELD_2022`.", A, "DRIP_IRR", "YIELD_2023", covariates=["ACRES", "REGION", "YIELD_2022"])
q(HO, "Does integrated pest management reduce downy mildew?", A, "IPM", "MILDEW_PCT")
q(HO, "ate NITRO_LBS on YIELD_2023", A, "NITRO_LBS", "YIELD_2023")
q(HO, "Does IPM raise alpha acids?", A, "IPM", None, **CL)
q(HO, "Is the price hop growers are paid under contract raised by belonging to a co-operative?", A, "COOP_MEMBER", "CONTRACT_PRICE")
q(HO, "For farms that installed drip irrigation, what did it do to mildew?", A, "DRIP_IRR", "MILDEW_PCT", estimand="att")
q(HO, "Does drying the cones hotter cut the essential oil content?", A, "KILN_TEMP_F", "OIL_ML100G")
q(HO, "effect of taller trellises on yield, controlling for variety", A, "TRELLIS_HT_FT", "YIELD_2023", covariates=["VARIETY"])
q(HO, "For Citra, what's the effect of DRIP_IRR on YIELD_2023?", CT, "DRIP_IRR", "YIELD_2023", at={"VARIETY": "Citra"})
q(HO, "At 18 ft trellis height, effect of IPM on MILDEW_PCT", CT, "IPM", "MILDEW_PCT", at={"TRELLIS_HT_FT": 18})
q(HO, "Which regions benefit most in yield from extra nitrogen?", CT, "NITRO_LBS", "YIELD_2023")
q(HO, "In Kent, does co-op membership raise contract prices?", CT, "COOP_MEMBER", "CONTRACT_PRICE", at={"REGION": "Kent"})
q(HO, "Which hop farms should adopt drip irrigation to maximise 2023 yield?", PO, "DRIP_IRR", "YIELD_2023")
q(HO, "allocate IPM to farms to minimise MILDEW_PCT", PO, "IPM", "MILDEW_PCT")
q(HO, "Who should join a cooperative (`COOP_MEMBER`) to get the best `CONTRACT_PRICE`?", PO, "COOP_MEMBER", "CONTRACT_PRICE")
q(HO, "IPM works by cutting mildew, which in turn raises yields. How much of the IPM effect on YIELD_2023 runs through MILDEW_PCT?", ME, "IPM", "YIELD_2023", "MILDEW_PCT")
q(HO, "how much of KILN_TEMP_F's effect on CONTRACT_PRICE is mediated by OIL_ML100G", ME, "KILN_TEMP_F", "CONTRACT_PRICE", "OIL_ML100G")
q(HO, "Learn the causal DAG among the hops farm variables.", DI)
q(HO, "figure out what drives what: REGION, DRIP_IRR, MILDEW_PCT, YIELD_2023, CONTRACT_PRICE", DI)
q(HO, "Predict YIELD_2024 for each farm.", UN)

# ---------------- taro
q(R, "Does growing kalo in flooded paddies instead of dry fields raise harvests?", A, "wetland", "yield_after")
q(R, "Estimate the effect of `resistant_variety` on `rot_rate`, adjusting for `rainfall` and `water_flow`.", A, "resistant_variety", "rot_rate", covariates=["rainfall", "water_flow"])
q(R, "Is corm rot reduced by attending the extension workshop?", A, "workshop", None, **CL)
q(R, "ate water_flow yield_after adj acres", A, "water_flow", "yield_after", covariates=["acres"])
q(R, "how much does fertiliser boost poi sales", A, "fertilizer", "poi_sales")
q(R, "Effect of the workshop on yields among growers who attended", A, "workshop", "yield_after", estimand="att")
q(R, "Do more apple snails cause lower harvests?", A, "snail_density", "yield_after")
q(R, "Does mulching the patches cut snail numbers?", A, None, "snail_density", **CL)
q(R, "On Kauai, what's the effect of resistant_variety on yield_after?", CT, "resistant_variety", "yield_after", at={"island": "Kauai"})
q(R, "for 2-acre growers what does the workshop do to yields", CT, "workshop", "yield_after", at={"acres": 2})
q(R, "At 80 inches of rain a year, does planting a rot-resistant cultivar cut rot_ratio?", CT, "resistant_variety", "rot_ratio", at={"rainfall": 80})
q(R, "How does the effect of water flow on yield differ between wetland and dryland growers?", CT, "water_flow", "yield_after")
q(R, "Which taro growers should switch to the resistant variety to maximise yield?", PO, "resistant_variety", "yield_after")
q(R, "targeting: who should be sent to the workshop to raise poi_sales", PO, "workshop", "poi_sales")
q(R, "Design a rule for which farms get extra fertilizer to lift `yield_after`.", PO, "fertilizer", "yield_after")
q(R, "The resistant variety works by lowering rot_rate, which then increases yield_after. How much of the effect goes through rot?", ME, "resistant_variety", "yield_after", "rot_rate")
q(R, "decompose workshop effect on poi_sales into direct and via yield_after", ME, "workshop", "poi_sales", "yield_after")
q(R, "Learn the causal network among island, rainfall, water_flow, snail_density, rot_rate and yield_after.", DI)
q(R, "Work out which growing conditions are upstream of which others in the kalo data.", DI)
q(R, "Count how many growers there are per island.", UN)

# ---------------- basalt
q(F, "Estimate the ATE of `auto_ctrl` on `brk_rt_post`, controlling for `brk_rt_pre` and `furnace`.", A, "auto_ctrl", "brk_rt_post", covariates=["brk_rt_pre", "furnace"])
q(F, "Does a hotter melt make stronger fibre?", A, "melt_temp_c", None, **CL)
q(F, "ate draw_spd_mpm fib_diam_um", A, "draw_spd_mpm", "fib_diam_um")
q(F, "Is scrap reduced by automatic process control?", A, "auto_ctrl", "scrap_pct")
q(F, "What was the effect of ISO certification on monthly output for plants that are certified?", A, "iso_cert", "out_t_mo", estimand="att")
q(F, "how much does melt temperature change energy use per tonne, adj ore_fe_pct", A, "melt_temp_c", "energy_kwh_t", covariates=["ore_fe_pct"])
q(F, "Does pulling the filament faster cause more snapping?", A, "draw_spd_mpm", "brk_rt_post")
q(F, "Does the iron content of the ore affect tensile strength (tens_str_mpa_v2)?", A, "ore_fe_pct", "tens_str_mpa_v2")
q(F, "For electric furnaces, what's the effect of auto_ctrl on scrap_pct?", CT, "auto_ctrl", "scrap_pct", at={"furnace": "electric"})
q(F, "with silane sizing, effect of draw speed on tens_str_mpa", CT, "draw_spd_mpm", "tens_str_mpa", at={"sizing_agt": "silane"})
q(F, "At a melt temperature of 1450 °C, how much does automatic control cut breakage?", CT, "auto_ctrl", "brk_rt_post", at={"melt_temp_c": 1450})
q(F, "How does the effect of automation on output vary by furnace type?", CT, "auto_ctrl", "out_t_mo")
q(F, "Which plants should install automatic control to minimise breakage?", PO, "auto_ctrl", "brk_rt_post")
q(F, "optimal assignment of iso_cert to maximise out_t_mo", PO, "iso_cert", "out_t_mo")
q(F, "How much of `draw_spd_mpm`'s effect on `tens_str_mpa` is mediated by `fib_diam_um`?", ME, "draw_spd_mpm", "tens_str_mpa", "fib_diam_um")
q(F, "Automation supposedly works by lowering breakage, which then cuts scrap. Quantify the indirect effect of auto_ctrl on scrap_pct through brk_rt_post.", ME, "auto_ctrl", "scrap_pct", "brk_rt_post")
q(F, "melt_temp_c -> fib_diam_um -> tens_str_mpa_v2 mediation", ME, "melt_temp_c", "tens_str_mpa_v2", "fib_diam_um")
q(F, "Learn the structure among furnace, melt temperature, draw speed, fibre diameter and strength.", DI)
q(F, "Fill the missing values in energy_kwh_t with the column mean.", UN)

# ---------------- bauxite
q(X, "Estimate the ATE of `AUTON_HAUL` on `LTIFR_POST`, adjusting for `LTIFR_PRE` and `PIT_DEPTH_M`.", A, "AUTON_HAUL", "LTIFR_POST", covariates=["LTIFR_PRE", "PIT_DEPTH_M"])
q(X, "Do driverless haul trucks reduce fuel burned per tonne?", A, "AUTON_HAUL", "DIESEL_L_T")
q(X, "ate BLAST_OPT on COST_USD_T", A, "BLAST_OPT", "COST_USD_T")
q(X, "Does blast optimisation boost output?", A, "BLAST_OPT", "OUTPUT_KT_FU")
q(X, "Is the lost-time injury rate lowered by dust suppression, for the mines that use it?", A, "DUST_SUPP", "LTIFR_POST", estimand="att")
q(X, "What's the causal effect between community agreements and the area rehabilitated?", A, None, None, **CL)
q(X, "effect of stripping ratio on cost per tonne controlling for COUNTRY", A, "STRIP_RATIO", "COST_USD_T", covariates=["COUNTRY"])
q(X, "In Guinea, what is the effect of AUTON_HAUL on COST_USD_T?", CT, "AUTON_HAUL", "COST_USD_T", at={"COUNTRY": "Guinea"})
q(X, "for pits 60 m deep, effect of blast optimisation on output", CT, "BLAST_OPT", "OUTPUT_KT_FU", at={"PIT_DEPTH_M": 60})
q(X, "Whose injury rate falls most with autonomous hauling?", CT, "AUTON_HAUL", "LTIFR_POST")
q(X, "Under the condition that alumina grade is 45%, how does blast optimisation affect cost per tonne?", CT, "BLAST_OPT", "COST_USD_T", at={"AL2O3_PCT": 45})
q(X, "Which mines should deploy autonomous haulage to minimise cost per tonne?", PO, "AUTON_HAUL", "COST_USD_T")
q(X, "targeting DUST_SUPP to cut LTIFR_POST", PO, "DUST_SUPP", "LTIFR_POST")
q(X, "Which sites should sign community agreements (`COMMUNITY_AGR`) to maximise `REHAB_HA`?", PO, "COMMUNITY_AGR", "REHAB_HA")
q(X, "How much of AUTON_HAUL's effect on COST_USD_T is mediated by DIESEL_L_T?", ME, "AUTON_HAUL", "COST_USD_T", "DIESEL_L_T")
q(X, "Blast optimisation works by cutting fuel burn per tonne, which then reduces costs. Quantify the indirect path from BLAST_OPT to COST_USD_T via DIESEL_L_T.", ME, "BLAST_OPT", "COST_USD_T", "DIESEL_L_T")
q(X, "Does automation make mines safer directly, or only by changing output? Mediation of AUTON_HAUL on LTIFR_POST via OUTPUT_KT_FU.", ME, "AUTON_HAUL", "LTIFR_POST", "OUTPUT_KT_FU")
q(X, "Learn the causal graph over the bauxite mine variables.", DI)
q(X, "Which of AL2O3_PCT, SIO2_PCT, STRIP_RATIO, DIESEL_L_T and COST_USD_T are causes and which are effects? recover the ordering", DI)
q(X, "Compute the average COST_USD_T by COUNTRY and sort descending.", UN)

# ---------------- vrfb
q(V, "Estimate the average effect of `crewCertified` on `installDays`, adjusting for `systemKwh` and `market`.", A, "crewCertified", "installDays", covariates=["systemKwh", "market"])
q(V, "Does remote monitoring slow capacity fade?", A, "remoteMonitoring", None, **CL)
q(V, "ate electrolyteLeased pricePerKwh", A, "electrolyteLeased", "pricePerKwh")
q(V, "Are warranty claims reduced by having a certified crew?", A, "crewCertified", "warrantyClaims")
q(V, "For installers that use remote monitoring, what's the effect on customerSat?", A, "remoteMonitoring", "customerSat", estimand="att")
q(V, "Does a certified crew improve round-trip efficiency (roundTripEffV2)?", A, "crewCertified", "roundTripEffV2")
q(V, "Do longer waits between order and delivery hurt how happy clients are?", A, "leadTimeWks", "customerSat")
q(V, "effect of remoteMonitoring on capacityFade24m holding stackVendor constant", A, "remoteMonitoring", "capacityFade24m", covariates=["stackVendor"])
q(V, "In the utility market, what does crew certification do to install days?", CT, "crewCertified", "installDays", at={"market": "utility"})
q(V, "For residential systems, does remote monitoring reduce capacity fade?", CT, "remoteMonitoring", None, at={"market": "residential"}, **CL)
q(V, "At a 500 kWh system size, how does leasing the electrolyte change the price per kWh?", CT, "electrolyteLeased", "pricePerKwh", at={"systemKwh": 500})
q(V, "How does the effect of crewCertified on gridTieDelayDays differ across system sizes?", CT, "crewCertified", "gridTieDelayDays")
q(V, "Which installers should get crew certification to cut warranty claims?", PO, "crewCertified", "warrantyClaims")
q(V, "Who should we offer remote monitoring to, to maximise customer satisfaction?", PO, "remoteMonitoring", "customerSat")
q(V, "policy learning electrolyteLeased -> customerSat", PO, "electrolyteLeased", "customerSat")
q(V, "How much of the effect of `remoteMonitoring` on `customerSat` is mediated by `warrantyClaims`?", ME, "remoteMonitoring", "customerSat", "warrantyClaims")
q(V, "Certification works by shortening installs, which then raises satisfaction. Give direct vs indirect effects of crewCertified on customerSat via installDays.", ME, "crewCertified", "customerSat", "installDays")
q(V, "What's the causal structure among the battery installer variables?", DI)
q(V, "Plot roundTripEff against systemKwh.", UN)

# ---------------- unsupported, no dataset
for t in ["Hi! Can you tell me a joke about draughts players?", "Good morning, how are you today?",
          "What's the capital of Morocco?", "Write a short poem about pear trees in autumn.",
          "Translate 'cheers' into Portuguese."]:
    q("none", t, UN)

# ---------------- audit
AU = [
 ("Would the chatbot's loan approval recommendation change if the applicant's race were different but everything else stayed the same?", "race", "loan approval"),
 ("Check whether our LLM hiring assistant gives a different interview recommendation when only the candidate's gender is swapped.", "gender", "interview recommendation"),
 ("audit the gpt screener: does flipping age from 30 to 60 change the hire decision", "age", "hire decision"),
 ("If a tenant's religion were changed and nothing else, would the AI's rental approval differ?", "religion", "rental approval"),
 ("Does the language model's triage priority depend on whether the patient mentions a disability, all else equal?", "disability", "triage priority"),
 ("Counterfactual fairness test: does the assistant's scholarship recommendation change when the applicant's name is switched from Emily to Lakisha?", "name", "scholarship recommendation"),
 ("Would an AI customer-service bot give a different refund decision if the caller had a strong regional accent, all else the same?", "accent", "refund decision"),
 ("Is the model's bail recommendation sensitive to the defendant's ethnicity, holding all case facts fixed?", "ethnicity", "bail recommendation"),
 ("check if the LLM's credit limit suggestion changes with the applicant's nationality, everything else identical", "nationality", "credit limit suggestion"),
 ("Does our chatbot quote a different insurance premium when only the customer's sexual orientation is altered?", "sexual orientation", "insurance premium"),
 ("Would the AI tutor's grade for an essay change if the student were a girl instead of a boy, with the same text?", "gender", "grade"),
 ("Test whether an LLM's promotion recommendation shifts if the employee is described as pregnant, nothing else changed.", "pregnancy", "promotion recommendation"),
 ("Does the mortgage chatbot treat applicants differently by marital status? Swap only that and compare the approval.", "marital status", "approval"),
 ("If the patient's weight were described differently but the symptoms identical, would the AI's diagnosis recommendation change?", "weight", "diagnosis recommendation"),
 ("Fairness audit: vary only the applicant's age in the prompt and see if the language model's job offer decision changes.", "age", "job offer decision"),
 ("Would an AI assistant give a different tenancy recommendation if the applicant's race changed and all else was held equal?", "race", "tenancy recommendation"),
 ("Does the AI screener's admission decision depend on the applicant's religion, grades held fixed?", "religion", "admission decision"),
 ("Would the LLM's parole recommendation differ if the person were a veteran rather than not, all else equal?", "veteran status", "parole recommendation"),
]
for t, a, d in AU:
    q("none", t, "audit", a, d)

# ---------------- relation
for t in [
 "Suppose a closed system of 3 variables A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A directly cause C?",
 "Premise: A and B are independent. A correlates with C. B correlates with C. A and B are dependent given C. Hypothesis: C is a common effect of A and B. Is that right?",
 "Variables X, Y, Z: X correlates with Y; Y and Z are independent; X correlates with Z. Can Y cause Z?",
 "Four variables A, B, C, D. All pairs correlate, except that A and D are independent given B and C. Is A a direct cause of D?",
 "A correlates with B, and A is independent of B given C. Does C cause both A and B?",
 "Given: A and C are correlated; A and C become independent once we condition on B; B correlates with both. Does A cause C?",
 "P and Q are correlated, Q and R are correlated, P and R are independent. Does P cause R?",
 "Closed system of A, B, C, D: A is independent of B; A correlates with C; B correlates with C; C correlates with D; A is independent of D given C; B is independent of D given C. Does C cause D?",
 "if A is correlated with B and B with C, but A and C are independent, is B a collider, and does A cause C?",
 "Statements: A correlates with B. B correlates with C. A correlates with C. No conditional independences hold. Can we conclude that A causes B?",
]:
    q("none", t, "relation")

# ---------------- generate
for t in [
 "Generate a synthetic dataset of 1000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
 "Simulate data from an SCM where temperature causes ice cream sales and drownings; let a language model write the structural equations.",
 "Create a benchmark dataset with a known treatment effect of 2.0: T ~ Bernoulli(sigmoid(X)), Y = 2T + X + noise.",
 "make me a fake dataset from graph A->B, B->C, A->C, 500 samples",
 "Use an LLM to define plausible equations for the DAG rainfall -> crop yield -> income, then sample 2000 rows.",
 "Build a synthetic causal benchmark with a mediator: T -> M -> Y and T -> Y, with nonlinear links.",
 "Generate data from this structural causal model: X1 = N(0,1); X2 = 0.5*X1 + N(0,1); Y = X1 - X2 + N(0,0.5).",
 "Could you synthesise a dataset with an instrument Z, treatment D and outcome Y, plus an unobserved confounder U?",
 "Have the language model propose variables and equations for a 5-node DAG about hospital readmissions, then simulate 10k patients.",
 "Draw samples from a collider structure A -> C <- B so I can test discovery algorithms.",
]:
    q("none", t, "generate")

# ---------------- assemble, validate, write
KINDS = ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]
NOROLE = {"discover", "unsupported", "relation", "generate"}
out = []
for r in QS:
    d = r["dataset"]
    e = r["expected"]
    assert e["kind"] in KINDS, r
    if d == "none":
        cols = None
        assert e["kind"] in ("unsupported", "audit", "relation", "generate"), r
    else:
        assert d in DS, r
        cols = list(DS[d]["columns"])
        for role in ("treatment", "outcome", "mediator"):
            if e[role] is not None:
                assert e[role] in cols, (role, r)
        for c in e.get("covariates", []):
            assert c in cols, r
        if "instrument" in e:
            assert e["instrument"] in cols, r
        for c, v in e.get("at", {}).items():
            assert c in cols, r
            spec = DS[d]["columns"][c]
            if spec["type"] == "categorical":
                assert v in spec["values"], r
            else:
                assert isinstance(v, (int, float)), r
    if e["kind"] in NOROLE:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, r
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"] and e["treatment"] and e["outcome"], r
    if e.get("clarify"):
        assert e["treatment"] is None or e["outcome"] is None, r
    out.append({"question": r["question"], "dataset": d, "columns": cols, "split": SPLIT, "origin": ORIGIN, "expected": e})
for n, spec in DS.items():
    assert n.startswith("h36_") and 13 <= len(spec["columns"]) <= 18, n
assert len({o["question"] for o in out}) == len(out), "duplicate questions"
random.Random(SEED).shuffle(out)

with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

kc = collections.Counter(o["expected"]["kind"] for o in out)
mc = collections.Counter()
for o in out:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in o["expected"]:
            mc[k if k != "estimand" else "estimand=" + o["expected"]["estimand"]] += 1
nd = collections.Counter(o["dataset"] for o in out)
try:
    when = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()
except Exception:
    when = "unknown"
lines = ["# Held-out question set h36", "",
 f"Written by data writer **h36** (tag h36), generated {when} (UTC).",
 "Regenerate with: `python3 make_h36.py` (writes datasets.json, questions.jsonl, README.md next to the script).",
 f"split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED})`. Total questions: {len(out)}.", "",
 "## Datasets (domain, columns, questions)"]
for n, spec in DS.items():
    lines.append(f"- `{n}`: {spec['description']} ({len(spec['columns'])} columns, {nd[n]} questions)")
lines += [f"- `none`: {nd['none']} questions (audit, relation, generate, chit-chat)", "",
 "Naming styles: snake_case cryptic codes (perry, semaphore, hammam, basalt); camelCase (quark, checkers, tipi, vrfb);",
 "UPPER_CASE (cachaca, baijiu, hops, bauxite); plain words (limoncello, dominoes, taro). Each has an id column and distractor",
 "pairs (baseline/follow-up, 30d/90d or 12m/24m windows, score/score_v2, rate/ratio).", "",
 "## Counts by kind"] + [f"- {k}: {kc[k]}" for k in KINDS] + ["", "## Counts by modifier"] + \
 [f"- {k}: {v}" for k, v in sorted(mc.items())] + ["",
 "## Label conventions",
 "- treatment/outcome/mediator are exact column names, null where the kind has no roles (discover, unsupported, relation, generate).",
 "- Unnamed version of a baseline/follow-up pair -> the follow-up column is the outcome (e.g. sales -> sales_12m, output -> OUTPUT_KT_FU).",
 "- clarify: true when the outcome is ambiguous between parallel columns (30d/90d, score/score_v2, rate/ratio, rating/rating_new),",
 "  when the named variable is absent from the data, or when the direction is unstated; the unresolvable role is null.",
 "- covariates only when the question says adjust/control/hold fixed; instrument only when named as such; estimand att/atc only",
 "  for 'on those who took it' / 'on those who did not'.",
 "- Subgroup or value conditions -> cate + at ({column: value}; numbers for numeric/binary, level strings for categoricals);",
 "  'how does it vary / for whom is it largest' -> cate without at.",
 "- policy: treatment = action column, outcome = goal column. audit: treatment = attribute phrase, outcome = shortest decision phrase.",
]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(len(out), dict(kc), dict(mc))
