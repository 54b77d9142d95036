import json, random
from collections import Counter, OrderedDict

DS = OrderedDict()
Q = []
CUR = [None]

def dataset(name, desc, cols):
    name = "h69_" + name
    DS[name] = {"description": desc, "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols)}
    CUR[0] = name

def q(kind, text, t=None, y=None, m=None, ds=True, **extra):
    d = CUR[0] if ds else "none"
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(extra)
    Q.append({"question": text, "dataset": d,
              "columns": list(DS[d]["columns"].keys()) if d != "none" else None,
              "split": "test", "origin": "heldout69", "expected": exp})

def A(text, t, y, **kw): q("ate", text, t, y, **kw)
def C(text, t, y, **kw): q("cate", text, t, y, **kw)
def P(text, t, y, **kw): q("policy", text, t, y, **kw)
def M(text, t, y, m, **kw): q("mediation", text, t, y, m, **kw)
def D(text): q("discover", text)
def U(text, ds=True): q("unsupported", text, ds=ds)

B = [0, 1, 1]

# 1 ---------------------------------------------------------------
dataset("daffodil_breeding", "Narcissus breeding programme: one row per seed cross, with seed treatments, germination, time to first flower, bulb size and show scores.", [
 ("cross_id", "id", ["DX-0012", "DX-0413", "DX-1180"]),
 ("site_cd", "categorical", ["CORN", "SCIL", "LINC", "ORE"]),
 ("seed_parent_div", "categorical", ["trumpet", "large_cup", "small_cup", "double", "triandrus"]),
 ("sow_dt", "date", ["2019-09-14", "2020-10-02", "2021-09-27"]),
 ("cold_strat", "binary", B),
 ("strat_wks", "numeric", [0, 6, 12]),
 ("gibb_trt", "binary", [1, 0, 0]),
 ("soil_ph", "numeric", [5.4, 6.1, 6.8]),
 ("n_fert_kg", "numeric", [0, 35, 60]),
 ("germ_pct", "numeric", [42.0, 67.5, 81.0]),
 ("germ_pct_v2", "numeric", [40.2, 66.0, 83.1]),
 ("yrs_to_flwr", "numeric", [4, 5, 7]),
 ("bulb_circ_bl", "numeric", [3.1, 4.0, 5.2]),
 ("bulb_circ_y3", "numeric", [9.5, 11.8, 13.0]),
 ("basal_rot_1y", "binary", [0, 0, 1]),
 ("basal_rot_2y", "binary", [0, 1, 0]),
 ("fl_score", "numeric", [14, 17, 19]),
 ("fl_score_v2", "numeric", [71, 84, 92]),
])
A("Estimate the average treatment effect of `cold_strat` on `germ_pct`, adjusting for `soil_ph` and `site_cd`.", "cold_strat", "germ_pct", covariates=["soil_ph", "site_cd"])
A("Does chilling the seed before sowing actually bring forward the year the seedlings first bloom?", "cold_strat", "yrs_to_flwr")
A("ate gibb_trt -> yrs_to_flwr", "gibb_trt", "yrs_to_flwr")
A("What is the effect of nitrogen fertiliser dose (n_fert_kg) on bulb circumference?", "n_fert_kg", "bulb_circ_y3")
A("Is second-year basal rot cut by the gibberellin soak, or is that just because the soaked crosses were sown on better-drained ground?", "gibb_trt", "basal_rot_2y")
A("For the crosses that did receive gibberellic acid, how much did it change the revised flower score (fl_score_v2)?", "gibb_trt", "fl_score_v2", estimand="att")
A("how much does germ_pct_v2 go up per extra week of stratifcation (strat_wks)", "strat_wks", "germ_pct_v2")
A("What's the effect of cold stratification on the judges' flower score?", "cold_strat", None, clarify=True)
C("What is the effect of `cold_strat` on `germ_pct` among crosses with a trumpet-division seed parent (`seed_parent_div`)?", "cold_strat", "germ_pct", at={"seed_parent_div": "trumpet"})
C("Does the gibberellin treatment shorten the wait for first flowers more on acid ground, say at a soil pH of 5.5?", "gibb_trt", "yrs_to_flwr", at={"soil_ph": 5.5})
C("At which sites is the gain in germination (germ_pct) from cold stratification largest?", "cold_strat", "germ_pct")
C("conditional effect of n_fert_kg on basal_rot_2y under the condition that site_cd is SCIL", "n_fert_kg", "basal_rot_2y", at={"site_cd": "SCIL"})
P("Which crosses should we cold-stratify to maximise `germ_pct`? Give me a targeting rule.", "cold_strat", "germ_pct")
P("learn a GA3 treatment rule that minimises yrs_to_flwr", "gibb_trt", "yrs_to_flwr")
P("We only have enough gibberellic acid for a third of the crosses. Which ones should get it so that fewest bulbs rot in year two?", "gibb_trt", "basal_rot_2y")
M("How much of the effect of `cold_strat` on `yrs_to_flwr` runs through `germ_pct`?", "cold_strat", "yrs_to_flwr", "germ_pct")
M("Feeding nitrogen seems to work by fattening the bulbs, which then flower sooner. What share of the fertiliser's effect on time to flowering goes via bulb girth?", "n_fert_kg", "yrs_to_flwr", "bulb_circ_y3")
D("Which of these breeding variables drive which? Recover the causal structure.")
U("Plot germ_pct against sow_dt as a scatter.")

# 2 ---------------------------------------------------------------
dataset("peony_farms", "Cut-flower peony farms: one row per farm-season with disbudding, cold storage, stem yields, vase life, grey mould and prices.", [
 ("farmId", "id", ["PF-001", "PF-072", "PF-219"]),
 ("region", "categorical", ["Alaska", "Oregon", "Netherlands", "Chile", "NewZealand"]),
 ("plantAgeYrs", "numeric", [3, 6, 11]),
 ("irrigated", "binary", B),
 ("disbudded", "binary", [0, 1, 0]),
 ("harvestStage", "categorical", ["marshmallow", "soft_bud", "colour_break", "open"]),
 ("coldStorageUsed", "binary", B),
 ("storageWks", "numeric", [0, 2, 5]),
 ("stemYieldPre", "numeric", [8.0, 12.5, 15.0]),
 ("stemYieldPost", "numeric", [9.5, 13.0, 17.2]),
 ("vaseLifeDays", "numeric", [5, 7, 9]),
 ("vaseLifeDaysV2", "numeric", [5.5, 7.2, 9.8]),
 ("botrytisRate", "numeric", [0.02, 0.08, 0.15]),
 ("botrytisRatio", "numeric", [0.03, 0.09, 0.17]),
 ("pricePerStem", "numeric", [2.1, 3.4, 5.0]),
 ("revenuePerAcre", "numeric", [18000, 32000, 51000]),
 ("harvestDate", "date", ["2022-05-28", "2022-06-15", "2023-07-02"]),
])
A("Average effect of `disbudded` on `pricePerStem`, controlling for `plantAgeYrs`.", "disbudded", "pricePerStem", covariates=["plantAgeYrs"])
A("Do growers who chill their cut stems before sale end up earning more per acre?", "coldStorageUsed", "revenuePerAcre")
A("ate irrigated on stemYieldPost adj region, plantAgeYrs", "irrigated", "stemYieldPost", covariates=["region", "plantAgeYrs"])
A("Does watering the fields raise the number of stems a farm cuts?", "irrigated", "stemYieldPost")
A("Is botrytisRate driven up by longer cold storage (storageWks), or is the pattern confounded by region?", "storageWks", "botrytisRate")
A("What would disbudding have done for the farms that did not disbud, in terms of vaseLifeDaysV2?", "disbudded", "vaseLifeDaysV2", estimand="atc")
A("effect of cold storage on vase life", "coldStorageUsed", None, clarify=True)
A("Estimate how much each additional week in storage (storageWks) changes vaseLifeDays.", "storageWks", "vaseLifeDays")
A("What is the effect of organic certification on pricePerStem?", None, "pricePerStem", clarify=True)
C("Effect of coldStorageUsed on pricePerStem for Alaska farms.", "coldStorageUsed", "pricePerStem", at={"region": "Alaska"})
C("How does the price premium from removing side buds change as the plants get older?", "disbudded", "pricePerStem")
C("Among stems cut at the soft-bud stage, what does refrigerated storage do to vaseLifeDaysV2?", "coldStorageUsed", "vaseLifeDaysV2", at={"harvestStage": "soft_bud"})
C("cate irrigated -> revenuePerAcre when plantAgeYrs = 5", "irrigated", "revenuePerAcre", at={"plantAgeYrs": 5})
P("Which farms should adopt cold storage (`coldStorageUsed`) to maximise `revenuePerAcre`?", "coldStorageUsed", "revenuePerAcre")
P("Recommend a rule for when a grower should pinch off the side buds, given farm characteristics, so stems fetch the best price.", "disbudded", "pricePerStem")
P("targeting: who shd we subsidise irrigation for if the goal is stemYieldPost", "irrigated", "stemYieldPost")
M("Does cold storage raise revenuePerAcre mainly by lifting pricePerStem? Split it into direct and indirect effects.", "coldStorageUsed", "revenuePerAcre", "pricePerStem")
M("Disbudding gives bigger blooms that last longer in the vase, and longer-lasting stems sell for more. How much of disbudding's effect on price flows through vaseLifeDays?", "disbudded", "pricePerStem", "vaseLifeDays")
D("Figure out what causes what among the peony farm variables.")
U("Forecast next season's revenuePerAcre for each farm.")

# 3 ---------------------------------------------------------------
dataset("delphinium_shows", "Delphinium society show entries: cultivation practices of exhibitors, spike measurements, weather damage, mildew and judging outcomes.", [
 ("ENTRY_ID", "id", ["E1043", "E2210", "E3307"]),
 ("CLASS_CD", "categorical", ["ELATUM", "BELLADONNA", "PACIFIC", "SEEDLING"]),
 ("EXHIB_YRS", "numeric", [1, 8, 25]),
 ("FEED_REGIME", "categorical", ["NONE", "LIQ", "GRAN"]),
 ("STAKED", "binary", B),
 ("SLUG_CTRL", "binary", [1, 0, 1]),
 ("RAIN_MM_WK", "numeric", [5, 22, 48]),
 ("FLORETS_N", "numeric", [38, 61, 90]),
 ("SPIKE_LEN_CM", "numeric", [55, 78, 102]),
 ("WIND_DMG_PRE", "numeric", [0, 1, 3]),
 ("WIND_DMG_POST", "numeric", [0, 2, 4]),
 ("MILDEW_30D", "binary", [0, 0, 1]),
 ("MILDEW_90D", "binary", [0, 1, 1]),
 ("JUDGE_PTS", "numeric", [12, 16, 19]),
 ("JUDGE_PTS_V2", "numeric", [60, 78, 95]),
 ("AWARD_WON", "binary", [0, 0, 1]),
 ("SHOW_DT", "date", ["2021-06-26", "2022-07-02", "2023-06-24"]),
])
A("Estimate the ATE of STAKED on WIND_DMG_POST, controlling for RAIN_MM_WK.", "STAKED", "WIND_DMG_POST", covariates=["RAIN_MM_WK"])
A("Do exhibitors who protect their plants against slugs walk away with more prizes?", "SLUG_CTRL", "AWARD_WON")
A("ate SLUG_CTRL -> FLORETS_N", "SLUG_CTRL", "FLORETS_N")
A("Does tying the spikes to canes reduce wind damage?", "STAKED", "WIND_DMG_POST")
A("does slug control lower mildew", "SLUG_CTRL", None, clarify=True)
A("Among entries that were staked, how much did staking change JUDGE_PTS_V2?", "STAKED", "JUDGE_PTS_V2", estimand="att")
A("Is AWARD_WON higher because of exhibiting experience (EXHIB_YRS), or is that confounding by entry class?", "EXHIB_YRS", "AWARD_WON")
A("What is the causal effect of spike length (SPIKE_LEN_CM) on the original judge score (JUDGE_PTS)?", "SPIKE_LEN_CM", "JUDGE_PTS")
C("Effect of STAKED on WIND_DMG_POST when RAIN_MM_WK is 40.", "STAKED", "WIND_DMG_POST", at={"RAIN_MM_WK": 40})
C("Within the Belladonna class, does keeping slugs down give more florets per spike?", "SLUG_CTRL", "FLORETS_N", at={"CLASS_CD": "BELLADONNA"})
C("How does the effect of staking on winning an award differ across entry classes?", "STAKED", "AWARD_WON")
C("for growers on granular feed, effect of slug ctrl on mildew at 90 days", "SLUG_CTRL", "MILDEW_90D", at={"FEED_REGIME": "GRAN"})
P("Which entries should be staked to minimise WIND_DMG_POST?", "STAKED", "WIND_DMG_POST")
P("optimal rule for SLUG_CTRL to max AWARD_WON", "SLUG_CTRL", "AWARD_WON")
P("If the society can only fund slug pellets for a third of its members, who should get them so spikes carry the most florets?", "SLUG_CTRL", "FLORETS_N")
M("How much of the effect of `SLUG_CTRL` on `JUDGE_PTS` goes through `FLORETS_N`?", "SLUG_CTRL", "JUDGE_PTS", "FLORETS_N")
M("Staking works by preventing wind damage, which then protects the judges' marks. Quantify the indirect path from STAKED via WIND_DMG_POST to JUDGE_PTS_V2.", "STAKED", "JUDGE_PTS_V2", "WIND_DMG_POST")
D("Learn the DAG over the delphinium show columns.")
U("What's the average SPIKE_LEN_CM by CLASS_CD?")

# 4 ---------------------------------------------------------------
dataset("pelargonium_nurseries", "Pelargonium (geranium) propagation nurseries: one row per nursery-year with propagation set-up, cutting strike, losses and sales.", [
 ("id", "id", ["N-01", "N-27", "N-88"]),
 ("nursery", "text", ["Hillside Geraniums", "Oakfield Plants", "Penrose Nursery"]),
 ("county", "categorical", ["Kent", "Devon", "Norfolk", "Cornwall"]),
 ("opened", "date", ["1987-04-01", "2003-03-15", "2015-09-09"]),
 ("organic", "binary", [0, 0, 1]),
 ("heated", "binary", B),
 ("misting", "binary", [1, 0, 1]),
 ("hormone", "binary", [0, 1, 1]),
 ("staff", "numeric", [2, 6, 14]),
 ("cuttings", "numeric", [300, 1500, 8000]),
 ("rooted", "numeric", [210, 1240, 7100]),
 ("rooting_rate", "numeric", [0.70, 0.83, 0.91]),
 ("rooting_ratio", "numeric", [2.3, 4.9, 10.1]),
 ("losses_spring", "numeric", [0.04, 0.09, 0.20]),
 ("losses_autumn", "numeric", [0.03, 0.07, 0.15]),
 ("price", "numeric", [2.5, 3.99, 6.5]),
 ("sales_prior", "numeric", [12000, 40000, 150000]),
 ("sales_current", "numeric", [13500, 41800, 162000]),
])
A("Estimate the average effect of `hormone` on `rooting_rate`, adjusting for `heated` and `misting`.", "hormone", "rooting_rate", covariates=["heated", "misting"])
A("Does dipping the cuttings in rooting powder raise the number that actually strike?", "hormone", "rooted")
A("ate heated on losses_autumn", "heated", "losses_autumn")
A("Do heated glasshouses lift a nursery's sales?", "heated", "sales_current")
A("effect of misting on losses?", "misting", None, clarify=True)
A("What did going organic do for the organic nurseries' sales_current?", "organic", "sales_current", estimand="att")
A("How much does each extra member of staff change the rooting_ratio?", "staff", "rooting_ratio")
C("Effect of heated on losses_spring for nurseries in Devon.", "heated", "losses_spring", at={"county": "Devon"})
C("effect of hormone on rooting_rate for a nursery taking 500 cuttings", "hormone", "rooting_rate", at={"cuttings": 500})
C("Which kinds of nursery gain most in turnover from going organic?", "organic", "sales_current")
C("Under the condition that the glasshouse is unheated, what does misting do to rooting_rate?", "misting", "rooting_rate", at={"heated": 0})
P("Which nurseries should install misting (`misting`) to maximise `rooting_rate`?", "misting", "rooting_rate")
P("Devise a rule for who should heat their glasshouses so fewer plants are lost in spring.", "heated", "losses_spring")
M("How much of heating's effect on sales_current is mediated by rooting_rate?", "heated", "sales_current", "rooting_rate")
M("Rooting hormone works by getting more cuttings to take, and more rooted plants then means more to sell. Split the hormone effect on this year's sales into the part through the number rooted and the rest.", "hormone", "sales_current", "rooted")
M("mediation: misting -> losses_spring -> sales_current", "misting", "sales_current", "losses_spring")
D("what's upstream of what among these nursery variables?")
U("Clean the county column, some entries look misspelled.")

# 5 ---------------------------------------------------------------
dataset("begonia_growing", "Begonia growing trial: one row per plant with variety group, growing medium, shading, climate, feed, mildew, tuber size and bloom counts.", [
 ("plant_id", "id", ["BG-0005", "BG-0340", "BG-0912"]),
 ("var_grp", "categorical", ["tuberous", "rex", "cane", "rhizomatous"]),
 ("grow_med", "categorical", ["peat", "coir", "bark_mix"]),
 ("pot_dt", "date", ["2023-02-10", "2023-03-01", "2023-03-22"]),
 ("shade_cloth", "binary", B),
 ("shade_pct", "numeric", [0, 30, 50]),
 ("lux_klx", "numeric", [12, 25, 40]),
 ("rh_pct", "numeric", [55, 70, 85]),
 ("ec_ms", "numeric", [0.8, 1.4, 2.2]),
 ("ph", "numeric", [5.6, 6.0, 6.5]),
 ("fung_spray", "binary", [0, 1, 0]),
 ("pwd_mld_bl", "numeric", [0, 5, 15]),
 ("pwd_mld_6m", "numeric", [2, 12, 30]),
 ("tub_dia_pre", "numeric", [2.5, 3.5, 4.5]),
 ("tub_dia_post", "numeric", [4.0, 5.5, 7.1]),
 ("blm_ct", "numeric", [6, 14, 28]),
 ("blm_ct_v2", "numeric", [5, 15, 27]),
])
A("ATE of `fung_spray` on `pwd_mld_6m`, controlling for `pwd_mld_bl` and `rh_pct`.", "fung_spray", "pwd_mld_6m", covariates=["pwd_mld_bl", "rh_pct"])
A("Does putting netting over the plants change how much powdery mildew they end up with?", "shade_cloth", "pwd_mld_6m")
A("ate shade_cloth blm_ct_v2", "shade_cloth", "blm_ct_v2")
A("Does feed strength (ec_ms) affect tuber size?", "ec_ms", "tub_dia_post")
A("Does higher humidity increase flowering?", "rh_pct", None, clarify=True)
A("For the plants that weren't sprayed, what would fungicide have done to powdery mildew at six months?", "fung_spray", "pwd_mld_6m", estimand="atc")
A("effect of light level (lux_klx) on blm_ct, adj for var_grp", "lux_klx", "blm_ct", covariates=["var_grp"])
A("Is the apparent benefit of shade cloth for tub_dia_post real, or is it confounded by variety group?", "shade_cloth", "tub_dia_post")
C("Effect of fung_spray on pwd_mld_6m for rex begonias.", "fung_spray", "pwd_mld_6m", at={"var_grp": "rex"})
C("What does shading do to blm_ct at 80% relative humidity?", "shade_cloth", "blm_ct", at={"rh_pct": 80})
C("How does the benefit of spraying against mildew vary with the potting mix?", "fung_spray", "pwd_mld_6m")
C("cate ec_ms on tub_dia_post, grow_med = coir", "ec_ms", "tub_dia_post", at={"grow_med": "coir"})
P("Which plants should get fungicide spraying to minimise `pwd_mld_6m`?", "fung_spray", "pwd_mld_6m")
P("shade cloth targeting - which begonias should get it to maximise blm_ct", "shade_cloth", "blm_ct")
P("Work out who should be grown under shade cloth if what we care about is bigger tubers at the end.", "shade_cloth", "tub_dia_post")
M("Shade cloth works by cutting the light level, which then changes flowering. How much of shade_cloth's effect on blm_ct goes through lux_klx?", "shade_cloth", "blm_ct", "lux_klx")
M("Decompose the effect of `fung_spray` on `tub_dia_post` into the part via `pwd_mld_6m` and the remainder.", "fung_spray", "tub_dia_post", "pwd_mld_6m")
D("Find the causal structure among light, humidity, feed, mildew and blooms in the begonia data.")
D("learn causal graph for begonia trial")
U("Predict blm_ct for a new plant with rh_pct 70 and lux_klx 25.")

# 6 ---------------------------------------------------------------
dataset("hosta_collections", "Private and national hosta collections: one row per collection with slug control, mulching, watering, virus testing, growth and visitor ratings.", [
 ("collectionId", "id", ["HC-014", "HC-102", "HC-377"]),
 ("gardenZone", "categorical", ["zone3", "zone4", "zone5", "zone6", "zone7"]),
 ("shadeHrsPerDay", "numeric", [2, 4, 7]),
 ("mulchApplied", "binary", B),
 ("slugPellets", "binary", [0, 1, 0]),
 ("waterLitresPerWk", "numeric", [10, 25, 60]),
 ("varietyCount", "numeric", [40, 180, 900]),
 ("virusXTested", "binary", [0, 1, 1]),
 ("virusXPositive", "binary", [0, 0, 1]),
 ("slugDamagePre", "numeric", [1, 3, 5]),
 ("slugDamagePost", "numeric", [0, 2, 4]),
 ("leafSpreadCm", "numeric", [30, 55, 90]),
 ("leafSpreadCmY2", "numeric", [38, 62, 110]),
 ("clumpSize", "numeric", [3, 8, 15]),
 ("visitorRating", "numeric", [3.5, 4.2, 4.9]),
 ("visitorRatingV2", "numeric", [6.8, 8.1, 9.4]),
 ("openGardenDays", "numeric", [0, 6, 20]),
])
A("Estimate the average effect of `slugPellets` on `slugDamagePost`, adjusting for `slugDamagePre`.", "slugPellets", "slugDamagePost", covariates=["slugDamagePre"])
A("Do collections that mulch their beds grow bigger leaves?", "mulchApplied", "leafSpreadCmY2")
A("ate mulchApplied -> clumpSize", "mulchApplied", "clumpSize")
A("Is the damage from slugs and snails lowered by scattering pellets?", "slugPellets", "slugDamagePost")
A("Does opening the garden on more days change visitor ratings?", "openGardenDays", None, clarify=True)
A("For the collections that did test for Hosta Virus X, what effect did testing have on virusXPositive?", "virusXTested", "virusXPositive", estimand="att")
A("how much does 1 extra litre of water a week change leafSpreadCmY2", "waterLitresPerWk", "leafSpreadCmY2")
A("Causal effect of varietyCount on visitorRatingV2, holding gardenZone fixed.", "varietyCount", "visitorRatingV2", covariates=["gardenZone"])
C("Effect of slugPellets on slugDamagePost in zone5 gardens.", "slugPellets", "slugDamagePost", at={"gardenZone": "zone5"})
C("When a collection gets 4 hours of shade a day, what does mulching do to leaf spread?", "mulchApplied", "leafSpreadCmY2", at={"shadeHrsPerDay": 4})
C("For which collections does mulching help clump size the most?", "mulchApplied", "clumpSize")
C("effect of waterLitresPerWk on leafSpreadCmY2 among gardens using slug pellets", "waterLitresPerWk", "leafSpreadCmY2", at={"slugPellets": 1})
P("Which collections should be told to use slug pellets (`slugPellets`) to reduce `slugDamagePost`?", "slugPellets", "slugDamagePost")
P("who should mulch to get the biggest clumps", "mulchApplied", "clumpSize")
P("Recommend which gardens to target for virus testing so that the fewest end up with Virus X positives.", "virusXTested", "virusXPositive")
M("How much of the effect of slugPellets on visitorRatingV2 is mediated by slugDamagePost?", "slugPellets", "visitorRatingV2", "slugDamagePost")
M("Mulch keeps the roots moist, so leaves spread wider, and wider leaves make for bigger clumps. What fraction of mulch's effect on clumpSize runs through leafSpreadCmY2?", "mulchApplied", "clumpSize", "leafSpreadCmY2")
M("How much of mulching's effect on the visitor rating goes through leaf spread?", "mulchApplied", None, "leafSpreadCmY2", clarify=True)
D("Which variables in the hosta collection data cause which?")

# 7 ---------------------------------------------------------------
dataset("cacti_nurseries", "Specialist cactus nurseries: one row per seedling lot with grafting, lighting, heating, substrate, watering, growth, rot losses, flowering and sale price.", [
 ("LOT_ID", "id", ["L-2201", "L-3310", "L-4087"]),
 ("GENUS_GRP", "categorical", ["ASTROPHYTUM", "MAMMILLARIA", "ECHINOPSIS", "OPUNTIA", "GYMNOCALYCIUM"]),
 ("ORDER_DT", "date", ["2022-01-12", "2022-08-30", "2023-04-05"]),
 ("GRAFTED", "binary", [0, 1, 0]),
 ("LED_SUPP", "binary", B),
 ("HEAT_MAT", "binary", [1, 0, 1]),
 ("SUBSTR_GRIT_PCT", "numeric", [30, 50, 70]),
 ("WATER_INT_D", "numeric", [7, 14, 28]),
 ("TEMP_MIN_C", "numeric", [3, 8, 14]),
 ("GROWTH_MM_6M", "numeric", [2, 6, 14]),
 ("GROWTH_MM_12M", "numeric", [5, 12, 30]),
 ("ROT_LOSS_PCT", "numeric", [0, 4, 18]),
 ("ROT_LOSS_RATE", "numeric", [0.0, 0.05, 0.2]),
 ("FLWR_1ST_YR", "binary", [0, 0, 1]),
 ("SALE_PRICE", "numeric", [4.5, 9.0, 25.0]),
 ("SALE_PRICE_V2", "numeric", [4.8, 9.5, 26.0]),
 ("CITES_DOC", "binary", [0, 0, 1]),
])
A("What is the ATE of `GRAFTED` on `GROWTH_MM_12M`, adjusting for `GENUS_GRP`?", "GRAFTED", "GROWTH_MM_12M", covariates=["GENUS_GRP"])
A("Does putting seedlings under grow lights make them bloom in their first year?", "LED_SUPP", "FLWR_1ST_YR")
A("ate HEAT_MAT on GROWTH_MM_6M", "HEAT_MAT", "GROWTH_MM_6M")
A("does a grittier mix cut rot?", "SUBSTR_GRIT_PCT", None, clarify=True)
A("Effect of the interval between waterings (WATER_INT_D) on ROT_LOSS_PCT.", "WATER_INT_D", "ROT_LOSS_PCT")
A("For the lots that were grafted, how much did grafting raise SALE_PRICE_V2?", "GRAFTED", "SALE_PRICE_V2", estimand="att")
A("Is the higher SALE_PRICE of CITES-documented lots causal, or just confounded by genus?", "CITES_DOC", "SALE_PRICE")
C("Effect of GRAFTED on GROWTH_MM_12M for Astrophytum lots.", "GRAFTED", "GROWTH_MM_12M", at={"GENUS_GRP": "ASTROPHYTUM"})
C("What does bottom heat do to six-month growth when the night minimum is 5C?", "HEAT_MAT", "GROWTH_MM_6M", at={"TEMP_MIN_C": 5})
C("How does the effect of supplementary LEDs on first-year flowering vary across genera?", "LED_SUPP", "FLWR_1ST_YR")
C("cate WATER_INT_D -> ROT_LOSS_RATE | SUBSTR_GRIT_PCT = 50", "WATER_INT_D", "ROT_LOSS_RATE", at={"SUBSTR_GRIT_PCT": 50})
P("Which lots should be grafted to maximise SALE_PRICE_V2?", "GRAFTED", "SALE_PRICE_V2")
P("Give a rule for which lots get extra lighting so the most of them flower in year one.", "LED_SUPP", "FLWR_1ST_YR")
P("which lots should go on heat mats to maximise growth?", "HEAT_MAT", None, clarify=True)
M("How much of the effect of `GRAFTED` on `SALE_PRICE` goes through `GROWTH_MM_12M`?", "GRAFTED", "SALE_PRICE", "GROWTH_MM_12M")
M("LED lighting works by speeding growth, which then brings plants up to flowering size sooner. What share of LED_SUPP's effect on FLWR_1ST_YR is via GROWTH_MM_6M?", "LED_SUPP", "FLWR_1ST_YR", "GROWTH_MM_6M")
M("direct vs indirect: HEAT_MAT -> ROT_LOSS_PCT -> SALE_PRICE_V2", "HEAT_MAT", "SALE_PRICE_V2", "ROT_LOSS_PCT")
D("Reconstruct which cultivation factors cause which outcomes in the cactus lots.")
U("Write SQL to count lots per GENUS_GRP.")

# 8 ---------------------------------------------------------------
dataset("rosemary_distilling", "Rosemary essential-oil distillery: one row per still batch with pre-treatment of the herb, still settings, oil yield, chemistry, purity and price.", [
 ("batch", "id", ["B-0101", "B-0457", "B-0990"]),
 ("farm", "text", ["Finca Alta", "Mas del Sol", "Collina Verde"]),
 ("harvest_month", "categorical", ["May", "June", "July", "August", "September"]),
 ("organic", "binary", [1, 0, 0]),
 ("chopped", "binary", B),
 ("wilted", "binary", [0, 1, 0]),
 ("leaf_moisture", "numeric", [45, 60, 72]),
 ("steam_pressure", "numeric", [0.5, 1.0, 1.8]),
 ("distillation_hours", "numeric", [1.5, 3.0, 5.0]),
 ("oil_yield", "numeric", [0.6, 1.1, 1.7]),
 ("oil_yield_v2", "numeric", [0.55, 1.05, 1.8]),
 ("cineole", "numeric", [18.0, 35.5, 49.0]),
 ("camphor", "numeric", [9.0, 14.5, 22.0]),
 ("purity_before", "numeric", [88.0, 93.5, 97.0]),
 ("purity_after", "numeric", [90.0, 95.0, 98.6]),
 ("price", "numeric", [45, 70, 110]),
 ("buyer_rating", "numeric", [3, 4, 5]),
])
A("Estimate the average effect of `wilted` on `oil_yield`, adjusting for `leaf_moisture` and `harvest_month`.", "wilted", "oil_yield", covariates=["leaf_moisture", "harvest_month"])
A("Does letting the cut sprigs dry out a little before they go into the still give more oil?", "wilted", None, clarify=True)
A("ate chopped oil_yield_v2", "chopped", "oil_yield_v2")
A("Does running the still for longer change the cineole content?", "distillation_hours", "cineole")
A("Is purity improved by raising the steam pressure?", "steam_pressure", "purity_after")
A("For batches that were chopped, what was the effect of chopping on camphor?", "chopped", "camphor", estimand="att")
A("effect of organic on price controlling for harvest_month", "organic", "price", covariates=["harvest_month"])
A("Does steam_pressure really move camphor levels, or is that confounding by how long the batches ran?", "steam_pressure", "camphor")
C("Effect of `chopped` on `oil_yield` for July harvests.", "chopped", "oil_yield", at={"harvest_month": "July"})
C("What does wilting do to oil_yield_v2 when leaf moisture is at 60%?", "wilted", "oil_yield_v2", at={"leaf_moisture": 60})
C("For which batches is the effect of distillation time on cineole the largest?", "distillation_hours", "cineole")
C("among organic batches, effect of steam_pressure on purity_after", "steam_pressure", "purity_after", at={"organic": 1})
P("Which batches should be wilted before distilling to maximise `oil_yield_v2`?", "wilted", "oil_yield_v2")
P("Learn a rule for when to chop the rosemary so the oil sells for the highest price.", "chopped", "price")
P("personalised policy for distillation_hours to max buyer_rating", "distillation_hours", "buyer_rating")
M("How much of the effect of distillation_hours on price passes through cineole?", "distillation_hours", "price", "cineole")
M("Chopping works by exposing more oil glands, which raises the yield, which then raises the price. What is the indirect effect of chopped on price via oil_yield?", "chopped", "price", "oil_yield")
D("What are the causal links among moisture, pressure, hours, yield and the oil chemistry?")
D("Build a causal diagram of the distillation process from this data.")
U("Summarise mean oil_yield by farm.")

# 9 ---------------------------------------------------------------
dataset("breadfruit_orchards", "Smallholder breadfruit orchards in the Pacific and Caribbean: one row per orchard with management, fertiliser, rainfall, tree height, fruit fly damage, yield and household income.", [
 ("orch_id", "id", ["BO-007", "BO-145", "BO-388"]),
 ("isl", "categorical", ["Samoa", "Hawaii", "Jamaica", "Fiji", "Tonga"]),
 ("cv_grp", "categorical", ["Maafala", "Puou", "Yellow", "Seedy"]),
 ("area_ha", "numeric", [0.5, 1.8, 4.0]),
 ("coop_memb", "binary", [0, 1, 1]),
 ("dist_coop_km", "numeric", [1.2, 6.5, 22.0]),
 ("mulch", "binary", B),
 ("prun_trt", "binary", [1, 0, 0]),
 ("n_kg_ha", "numeric", [0, 40, 90]),
 ("k_kg_ha", "numeric", [0, 30, 75]),
 ("rain_mm", "numeric", [1400, 2300, 3600]),
 ("tr_ht_m_bl", "numeric", [6.0, 9.5, 14.0]),
 ("tr_ht_m_24m", "numeric", [6.5, 10.2, 15.1]),
 ("fly_dmg_pct", "numeric", [2, 9, 25]),
 ("fly_dmg_rt", "numeric", [0.02, 0.09, 0.25]),
 ("frt_yld_t_ha", "numeric", [6.0, 11.5, 19.0]),
 ("frt_yld_t_ha_v2", "numeric", [5.8, 12.0, 18.4]),
 ("hh_income", "numeric", [3200, 7800, 15500]),
])
A("ATE of `prun_trt` on `frt_yld_t_ha`, adjusting for `area_ha` and `rain_mm`.", "prun_trt", "frt_yld_t_ha", covariates=["area_ha", "rain_mm"])
A("Does cutting back the canopy keep the trees shorter?", "prun_trt", "tr_ht_m_24m")
A("ate coop_memb -> hh_income adj isl", "coop_memb", "hh_income", covariates=["isl"])
A("Estimate the effect of cooperative membership (coop_memb) on hh_income, using distance to the cooperative depot (dist_coop_km) as an instrument.", "coop_memb", "hh_income", instrument="dist_coop_km")
A("Does potash fertiliser increase fruit yield?", "k_kg_ha", None, clarify=True)
A("effect of mulch on fly_dmg_pct among the orchards that mulched", "mulch", "fly_dmg_pct", estimand="att")
A("How much does each extra kilo of nitrogen per hectare change frt_yld_t_ha_v2?", "n_kg_ha", "frt_yld_t_ha_v2")
A("Is the lower fruit-fly damage rate (fly_dmg_rt) caused by pruning, or just confounded by island?", "prun_trt", "fly_dmg_rt")
A("Is there a causal relationship between hh_income and coop_memb?", None, None, clarify=True)
C("Effect of mulch on frt_yld_t_ha in Samoa.", "mulch", "frt_yld_t_ha", at={"isl": "Samoa"})
C("What does nitrogen do to frt_yld_t_ha_v2 on 2 ha orchards?", "n_kg_ha", "frt_yld_t_ha_v2", at={"area_ha": 2})
C("Which cultivar groups respond most to pruning in terms of frt_yld_t_ha?", "prun_trt", "frt_yld_t_ha")
C("under the condition that rainfall is 2500 mm, effect of mulching on fly damage pct", "mulch", "fly_dmg_pct", at={"rain_mm": 2500})
P("Which orchards should the extension service prune to maximise `frt_yld_t_ha`?", "prun_trt", "frt_yld_t_ha")
P("targeting rule for co-op enrolment to raise household income", "coop_memb", "hh_income")
P("We have limited mulch. Allocate it to the orchards where it most reduces fly_dmg_pct.", "mulch", "fly_dmg_pct")
M("How much of the effect of prun_trt on frt_yld_t_ha is mediated by fly_dmg_pct?", "prun_trt", "frt_yld_t_ha", "fly_dmg_pct")
M("Joining the co-op works by getting farmers cheap fertiliser, and the extra nitrogen then raises their harvest. What is the indirect effect of coop_memb on frt_yld_t_ha_v2 via n_kg_ha?", "coop_memb", "frt_yld_t_ha_v2", "n_kg_ha")
D("Discover the causal structure among the breadfruit orchard variables.")
U("Show me a histogram of hh_income.")

# 10 --------------------------------------------------------------
dataset("acappella_groups", "A cappella vocal groups: one row per group-season with coaching, arranging, beatboxing, rehearsal time, pitch accuracy, competition results, online views, revenue and retention.", [
 ("groupId", "id", ["AC-03", "AC-58", "AC-121"]),
 ("collegiate", "binary", [1, 1, 0]),
 ("genreFocus", "categorical", ["pop", "jazz", "barbershop", "contemporary", "folk"]),
 ("foundedYear", "numeric", [1978, 2004, 2019]),
 ("memberCount", "numeric", [8, 12, 18]),
 ("weeklyRehearsalHrs", "numeric", [3, 6, 10]),
 ("hiredVocalCoach", "binary", [0, 1, 0]),
 ("arrangerInHouse", "binary", B),
 ("hasBeatboxer", "binary", [1, 0, 1]),
 ("pitchAccScore", "numeric", [62, 78, 93]),
 ("compPlacement", "numeric", [1, 4, 9]),
 ("compPlacementV2", "numeric", [55, 72, 90]),
 ("ytViewsPre", "numeric", [800, 12000, 250000]),
 ("ytViewsPost", "numeric", [1100, 15000, 310000]),
 ("gigRevenue", "numeric", [0, 2500, 14000]),
 ("memberRetention6m", "numeric", [0.70, 0.85, 0.95]),
 ("memberRetention12m", "numeric", [0.55, 0.72, 0.90]),
])
A("Estimate the average treatment effect of `hiredVocalCoach` on `pitchAccScore`, adjusting for `weeklyRehearsalHrs` and `memberCount`.", "hiredVocalCoach", "pitchAccScore", covariates=["weeklyRehearsalHrs", "memberCount"])
A("Do groups with someone doing vocal percussion pull in more YouTube views?", "hasBeatboxer", "ytViewsPost")
A("ate arrangerInHouse on compPlacementV2", "arrangerInHouse", "compPlacementV2")
A("Does rehearsing more hours each week make singers stick around?", "weeklyRehearsalHrs", None, clarify=True)
A("Did hiring a coach pay off for the groups that hired one, in gig income?", "hiredVocalCoach", "gigRevenue", estimand="att")
A("What's the effect of being a collegiate group on gigRevenue, holding genreFocus fixed?", "collegiate", "gigRevenue", covariates=["genreFocus"])
A("Is memberRetention12m raised by having an in-house arranger?", "arrangerInHouse", "memberRetention12m")
A("effect of extra rehersal hrs/wk on pitchAccScore", "weeklyRehearsalHrs", "pitchAccScore")
C("Effect of `hiredVocalCoach` on `compPlacement` for barbershop groups.", "hiredVocalCoach", "compPlacement", at={"genreFocus": "barbershop"})
C("What does a beatboxer do to ytViewsPost for a group of 12 singers?", "hasBeatboxer", "ytViewsPost", at={"memberCount": 12})
C("How does the benefit of a vocal coach for singing in tune vary with how much a group rehearses?", "hiredVocalCoach", "pitchAccScore")
C("among non-collegiate groups, effect of arrangerInHouse on gigRevenue", "arrangerInHouse", "gigRevenue", at={"collegiate": 0})
P("Which groups should hire a vocal coach to maximise `compPlacementV2`?", "hiredVocalCoach", "compPlacementV2")
P("Recommend which groups should recruit a beatboxer if the aim is more views online after the season.", "hasBeatboxer", "ytViewsPost")
P("best rule for giving groups an in-house arranger, goal memberRetention12m", "arrangerInHouse", "memberRetention12m")
M("How much of hiredVocalCoach's effect on compPlacement is explained by pitchAccScore?", "hiredVocalCoach", "compPlacement", "pitchAccScore")
M("A beatboxer works by drawing online views, which then bring in paid gigs. Split the beatboxer effect on gigRevenue into the part via ytViewsPost and the direct part.", "hasBeatboxer", "gigRevenue", "ytViewsPost")
D("Which factors drive which in the a cappella data? I want the causal structure.")
D("run causal discovery on the a cappella groups")
U("Compute the correlation matrix of the numeric columns.")

# 11 --------------------------------------------------------------
dataset("glee_clubs", "High-school glee clubs: one row per club-year with funding, choreographer, rehearsal time, trips, attendance, student grades and self-esteem, competition rank and dropout.", [
 ("CLUB_ID", "id", ["GC-1001", "GC-1456", "GC-2090"]),
 ("SCHOOL_TYPE", "categorical", ["PUBLIC", "PRIVATE", "CHARTER"]),
 ("FUNDING_USD", "numeric", [1500, 6000, 22000]),
 ("CHOREO_HIRED", "binary", [0, 1, 0]),
 ("MEMBERS_N", "numeric", [12, 20, 35]),
 ("REHEARSAL_HRS_WK", "numeric", [2, 4, 8]),
 ("BUS_TRIPS", "numeric", [0, 2, 6]),
 ("ATTEND_RATE", "numeric", [0.72, 0.86, 0.97]),
 ("ATTEND_RATIO", "numeric", [0.75, 0.88, 0.99]),
 ("GPA_BL", "numeric", [2.4, 3.0, 3.7]),
 ("GPA_EOY", "numeric", [2.6, 3.1, 3.8]),
 ("SELF_ESTEEM_PRE", "numeric", [18, 24, 30]),
 ("SELF_ESTEEM_POST", "numeric", [20, 26, 32]),
 ("SECTIONAL_RANK", "numeric", [1, 3, 8]),
 ("SECTIONAL_RANK_V2", "numeric", [1, 4, 10]),
 ("DROPOUT_30D", "numeric", [0.0, 0.05, 0.12]),
 ("DROPOUT_90D", "numeric", [0.02, 0.10, 0.25]),
])
A("Estimate the ATE of `CHOREO_HIRED` on `SECTIONAL_RANK`, controlling for `FUNDING_USD`.", "CHOREO_HIRED", "SECTIONAL_RANK", covariates=["FUNDING_USD"])
A("Does spending more time in glee rehearsals boost students' grades?", "REHEARSAL_HRS_WK", "GPA_EOY")
A("ate FUNDING_USD SELF_ESTEEM_POST adj SCHOOL_TYPE", "FUNDING_USD", "SELF_ESTEEM_POST", covariates=["SCHOOL_TYPE"])
A("Does hiring a choreographer reduce dropouts?", "CHOREO_HIRED", None, clarify=True)
A("Effect of BUS_TRIPS on ATTEND_RATE.", "BUS_TRIPS", "ATTEND_RATE")
A("For clubs that did not hire a choreographer, what would hiring one have done to SECTIONAL_RANK_V2?", "CHOREO_HIRED", "SECTIONAL_RANK_V2", estimand="atc")
A("is the link between funding and ATTEND_RATIO causal or confounded by school type", "FUNDING_USD", "ATTEND_RATIO")
C("Effect of CHOREO_HIRED on SECTIONAL_RANK for charter schools.", "CHOREO_HIRED", "SECTIONAL_RANK", at={"SCHOOL_TYPE": "CHARTER"})
C("What does an extra hour of rehearsal a week do to end-of-year grades for students starting on a 2.5 GPA?", "REHEARSAL_HRS_WK", "GPA_EOY", at={"GPA_BL": 2.5})
C("How does the effect of FUNDING_USD on SELF_ESTEEM_POST vary with club size?", "FUNDING_USD", "SELF_ESTEEM_POST")
C("bus trips effect on DROPOUT_90D, clubs w/ 20 members", "BUS_TRIPS", "DROPOUT_90D", at={"MEMBERS_N": 20})
P("Which clubs should the district fund a choreographer for, to improve `SECTIONAL_RANK_V2`?", "CHOREO_HIRED", "SECTIONAL_RANK_V2")
P("Rule for allocating bus trips across clubs to minimise DROPOUT_30D.", "BUS_TRIPS", "DROPOUT_30D")
P("which clubs should get a choreographer to cut dropout?", "CHOREO_HIRED", None, clarify=True)
M("How much of the effect of REHEARSAL_HRS_WK on GPA_EOY goes through ATTEND_RATE?", "REHEARSAL_HRS_WK", "GPA_EOY", "ATTEND_RATE")
M("Money works by paying for trips to competitions, which then keep kids turning up. What part of FUNDING_USD's effect on ATTEND_RATIO runs via BUS_TRIPS?", "FUNDING_USD", "ATTEND_RATIO", "BUS_TRIPS")
M("mediation CHOREO_HIRED -> SELF_ESTEEM_POST -> DROPOUT_90D", "CHOREO_HIRED", "DROPOUT_90D", "SELF_ESTEEM_POST")
D("What is the causal ordering of the glee club variables?")

# 12 --------------------------------------------------------------
dataset("madrigal_choirs", "Amateur madrigal and Renaissance-polyphony choirs: one row per choir-season with direction, coaching, tuning system, rehearsals, sight-reading, intonation, blend, concerts and audience.", [
 ("choir", "id", ["MC-01", "MC-19", "MC-44"]),
 ("city", "text", ["York", "Leuven", "Boston"]),
 ("singers", "numeric", [5, 8, 16]),
 ("tuning", "categorical", ["equal", "meantone", "just"]),
 ("director_trained", "binary", B),
 ("early_music_coach", "binary", [0, 0, 1]),
 ("rehearsals", "numeric", [10, 24, 40]),
 ("costumes", "binary", [1, 0, 0]),
 ("sightreading_before", "numeric", [40, 58, 75]),
 ("sightreading_after", "numeric", [45, 63, 82]),
 ("intonation", "numeric", [6.1, 7.4, 8.8]),
 ("intonation_v2", "numeric", [60, 74, 89]),
 ("blend", "numeric", [5.5, 7.0, 8.9]),
 ("concerts", "numeric", [2, 5, 12]),
 ("ticket_price", "numeric", [0, 12, 25]),
 ("audience", "numeric", [40, 120, 400]),
 ("donations", "numeric", [200, 1500, 6000]),
])
A("Estimate the average effect of `early_music_coach` on `intonation`, adjusting for `singers` and `rehearsals`.", "early_music_coach", "intonation", covariates=["singers", "rehearsals"])
A("Does bringing in a specialist in Renaissance performance practice make the choir sing more in tune?", "early_music_coach", None, clarify=True)
A("ate costumes audience", "costumes", "audience")
A("Do choirs led by a formally trained conductor read music at sight better?", "director_trained", "sightreading_after")
A("Effect of ticket_price on audience.", "ticket_price", "audience")
A("For choirs that wore period costume, what did it do to donations?", "costumes", "donations", estimand="att")
A("effect of rehearsals on blend controlling for tuning", "rehearsals", "blend", covariates=["tuning"])
A("Is the bigger audience for choirs with a trained director real, or is it confounding?", "director_trained", "audience")
A("What effect does the choir's Facebook advertising have on audience?", None, "audience", clarify=True)
C("Effect of `early_music_coach` on `intonation_v2` for choirs using meantone tuning.", "early_music_coach", "intonation_v2", at={"tuning": "meantone"})
C("At a ticket price of £15, what's the effect of costumes on how many people come?", "costumes", "audience", at={"ticket_price": 15})
C("For whom does director training help sight-reading most?", "director_trained", "sightreading_after")
C("effect of rehearsals on blend for choirs of 8 singers", "rehearsals", "blend", at={"singers": 8})
P("Which choirs should get an early-music coach to maximise `intonation_v2`?", "early_music_coach", "intonation_v2")
P("who should dress up in costumes to raise donations", "costumes", "donations")
P("Choose which choirs to fund conductor training for, so as to draw the largest crowds.", "director_trained", "audience")
M("How much of the coach effect on audience is mediated by blend? (early_music_coach -> blend -> audience)", "early_music_coach", "audience", "blend")
M("Rehearsing more works by improving sight-reading, which then improves tuning. What is the indirect effect of rehearsals on intonation_v2 via sightreading_after?", "rehearsals", "intonation_v2", "sightreading_after")
D("Learn the causal structure of the madrigal choir dataset.")
D("Which variables here are causes and which are effects?")
U("Fill in missing donations with the median.")

# 13 --------------------------------------------------------------
dataset("operetta_companies", "Operetta companies across Europe and the US: one row per company-season with staging choices, subsidy, marketing, productions, ticket sales, occupancy, critics and revenue.", [
 ("co_id", "id", ["OP-AT-02", "OP-HU-07", "OP-US-15"]),
 ("ctry", "categorical", ["AT", "DE", "HU", "UK", "US"]),
 ("season_start", "date", ["2018-09-01", "2021-10-01", "2023-09-15"]),
 ("orch_sz", "numeric", [18, 32, 55]),
 ("dir_guest", "binary", [0, 1, 0]),
 ("lang_orig", "binary", B),
 ("surtitles", "binary", [1, 1, 0]),
 ("subsid_eur", "numeric", [0, 450000, 2100000]),
 ("mktg_k", "numeric", [20, 85, 240]),
 ("n_prod", "numeric", [2, 4, 7]),
 ("tix_sold", "numeric", [8000, 26000, 71000]),
 ("tix_sold_v2", "numeric", [7900, 25500, 70200]),
 ("occ_pct", "numeric", [58, 76, 94]),
 ("occ_rate", "numeric", [0.57, 0.77, 0.95]),
 ("crit_score", "numeric", [2.5, 3.5, 4.5]),
 ("rev_k_pre", "numeric", [600, 1800, 5200]),
 ("rev_k_post", "numeric", [650, 1950, 5600]),
])
A("Estimate the ATE of `surtitles` on `occ_pct`, adjusting for `lang_orig` and `ctry`.", "surtitles", "occ_pct", covariates=["lang_orig", "ctry"])
A("Does spending more on advertising fill more seats?", "mktg_k", None, clarify=True)
A("ate dir_guest crit_score", "dir_guest", "crit_score")
A("Does a bigger pit orchestra bring in more revenue?", "orch_sz", "rev_k_post")
A("Effect of subsid_eur on n_prod.", "subsid_eur", "n_prod")
A("For companies that sang in the original language, what did that choice do to tix_sold_v2?", "lang_orig", "tix_sold_v2", estimand="att")
A("Is occ_rate raised by surtitling, or is it confounding by country?", "surtitles", "occ_rate")
A("does crit_score cause n_prod or the other way round?", None, None, clarify=True)
C("Effect of surtitles on occ_pct in Hungary.", "surtitles", "occ_pct", at={"ctry": "HU"})
C("effect of mktg_k on tix_sold when orch_sz = 40", "mktg_k", "tix_sold", at={"orch_sz": 40})
C("How does the effect of bringing in a guest director on the critics' verdict differ between countries?", "dir_guest", "crit_score")
C("Among companies performing in translation, what's the effect of surtitles on tix_sold?", "surtitles", "tix_sold", at={"lang_orig": 0})
P("Which companies should hire guest directors to maximise `crit_score`?", "dir_guest", "crit_score")
P("where shld the ministry fund surtitles to max occ_rate", "surtitles", "occ_rate")
M("How much of dir_guest's effect on rev_k_post goes through crit_score?", "dir_guest", "rev_k_post", "crit_score")
M("Subsidy works by letting a company stage more productions, which then sell more tickets. What is the indirect effect of subsid_eur on tix_sold via n_prod?", "subsid_eur", "tix_sold", "n_prod")
M("direct vs indirect effect of surtitles on rev_k_post, mediator occ_pct", "surtitles", "rev_k_post", "occ_pct")
D("Uncover the causal relationships among the operetta company variables.")
U("Group companies by ctry and give me the median rev_k_post.")

# 14 --------------------------------------------------------------
dataset("kabuki_theatre", "Kabuki theatre performance runs: one row per run with venue, month, star casting, audio guide, promotion, price, attendance, audience mix, repeat visits, satisfaction and reviews.", [
 ("perfId", "id", ["KB-2301", "KB-2317", "KB-2412"]),
 ("theatre", "categorical", ["Kabukiza", "Minamiza", "Misonoza", "Hakataza"]),
 ("seasonMonth", "categorical", ["January", "May", "September", "December"]),
 ("starActor", "binary", [1, 0, 1]),
 ("earphoneGuide", "binary", B),
 ("onlinePromo", "binary", [0, 1, 0]),
 ("programLengthMin", "numeric", [150, 210, 270]),
 ("ticketPriceYen", "numeric", [4000, 12000, 20000]),
 ("hanamichiSeats", "numeric", [40, 90, 160]),
 ("attendance", "numeric", [9000, 21000, 44000]),
 ("attendanceV2", "numeric", [8800, 20500, 43900]),
 ("newAudienceShare", "numeric", [0.08, 0.19, 0.35]),
 ("repeatVisitRate30d", "numeric", [0.02, 0.06, 0.12]),
 ("repeatVisitRate90d", "numeric", [0.07, 0.15, 0.28]),
 ("satisfactionPre", "numeric", [3.1, 3.8, 4.4]),
 ("satisfactionPost", "numeric", [3.3, 4.1, 4.8]),
 ("reviewScore", "numeric", [2.5, 3.5, 5.0]),
])
A("Estimate the average effect of `earphoneGuide` on `satisfactionPost`, controlling for `satisfactionPre`.", "earphoneGuide", "satisfactionPost", covariates=["satisfactionPre"])
A("Do runs headlined by a famous actor draw bigger crowds?", "starActor", None, clarify=True)
A("ate onlinePromo newAudienceShare", "onlinePromo", "newAudienceShare")
A("Does offering the English commentary headset make people enjoy the show more?", "earphoneGuide", "satisfactionPost")
A("Effect of ticketPriceYen on repeatVisitRate90d.", "ticketPriceYen", "repeatVisitRate90d")
A("For runs with a star actor, how much did the star lift the reviewScore?", "starActor", "reviewScore", estimand="att")
A("effect of programLengthMin on satisfactionPost adj theatre, seasonMonth", "programLengthMin", "satisfactionPost", covariates=["theatre", "seasonMonth"])
A("Is repeatVisitRate30d higher because of online promotion, or is that just confounded by the theatre?", "onlinePromo", "repeatVisitRate30d")
C("Effect of `starActor` on `attendanceV2` at the Minamiza.", "starActor", "attendanceV2", at={"theatre": "Minamiza"})
C("What does online promotion do to the share of first-time theatregoers when a ticket costs 12000 yen?", "onlinePromo", "newAudienceShare", at={"ticketPriceYen": 12000})
C("In which months is the star-actor effect on reviewScore biggest?", "starActor", "reviewScore")
C("earphoneGuide effect on repeatVisitRate90d for december runs", "earphoneGuide", "repeatVisitRate90d", at={"seasonMonth": "December"})
C("How does the effect of onlinePromo on repeat visits vary by theatre?", "onlinePromo", None, clarify=True)
P("Which runs should get online promotion to maximise `newAudienceShare`?", "onlinePromo", "newAudienceShare")
P("recommend when to offer earphone guides to max satisfactionPost", "earphoneGuide", "satisfactionPost")
P("For which runs should we book a star to get the biggest attendanceV2?", "starActor", "attendanceV2")
M("How much of onlinePromo's effect on repeatVisitRate90d goes through newAudienceShare?", "onlinePromo", "repeatVisitRate90d", "newAudienceShare")
M("The earphone guide works by helping people follow the plot, so they enjoy the show more and then come back within a month. What portion of earphoneGuide's effect on repeatVisitRate30d is via satisfactionPost?", "earphoneGuide", "repeatVisitRate30d", "satisfactionPost")
D("Find the causal graph among the kabuki performance variables.")
D("Tell me what drives what across ticket price, promotion, attendance and reviews at these kabuki runs.")

# 15 --------------------------------------------------------------
dataset("bunraku_theatre", "Bunraku puppet-theatre productions: one row per show with venue, run length, casting of puppeteers, chanters and shamisen, outreach, subsidy, price, seats sold, youth audience and critics.", [
 ("SHOW_ID", "id", ["BN-101", "BN-145", "BN-203"]),
 ("VENUE", "categorical", ["OSAKA_NBT", "TOKYO_NT", "TOUR"]),
 ("RUN_DAYS", "numeric", [5, 15, 22]),
 ("PUPPETEERS_N", "numeric", [9, 15, 27]),
 ("MASTER_OMOZUKAI", "binary", [1, 0, 1]),
 ("TAYU_SENIOR", "binary", B),
 ("SHAMISEN_SOLO", "binary", [0, 0, 1]),
 ("SCHOOL_WKSHP", "binary", [0, 1, 0]),
 ("SUBSIDY_M_JPY", "numeric", [5, 18, 40]),
 ("TKT_PRICE_JPY", "numeric", [3500, 6000, 9000]),
 ("SEATS_SOLD", "numeric", [2400, 8100, 15600]),
 ("SEATS_SOLD_V2", "numeric", [2350, 8000, 15900]),
 ("YOUTH_SHARE", "numeric", [0.04, 0.11, 0.22]),
 ("YOUTH_RATIO", "numeric", [0.05, 0.12, 0.28]),
 ("CRIT_PRE", "numeric", [3.0, 3.6, 4.2]),
 ("CRIT_POST", "numeric", [3.1, 3.9, 4.7]),
 ("GRANT_FLAG", "binary", [0, 1, 1]),
])
A("What is the ATE of `MASTER_OMOZUKAI` on `CRIT_POST`, adjusting for `CRIT_PRE` and `VENUE`?", "MASTER_OMOZUKAI", "CRIT_POST", covariates=["CRIT_PRE", "VENUE"])
A("Do school workshops bring more young people to bunraku?", "SCHOOL_WKSHP", None, clarify=True)
A("ate TAYU_SENIOR SEATS_SOLD", "TAYU_SENIOR", "SEATS_SOLD")
A("Does having a master puppeteer work the head and right hand of the lead puppet win over the critics?", "MASTER_OMOZUKAI", "CRIT_POST")
A("Effect of TKT_PRICE_JPY on SEATS_SOLD_V2, using SUBSIDY_M_JPY as an instrument.", "TKT_PRICE_JPY", "SEATS_SOLD_V2", instrument="SUBSIDY_M_JPY")
A("For shows that did not run a school workshop, what would one have done to YOUTH_SHARE?", "SCHOOL_WKSHP", "YOUTH_SHARE", estimand="atc")
A("is the SEATS_SOLD bump from a shamisen solo causal or confounded by venue", "SHAMISEN_SOLO", "SEATS_SOLD")
C("Effect of SCHOOL_WKSHP on YOUTH_RATIO for touring shows.", "SCHOOL_WKSHP", "YOUTH_RATIO", at={"VENUE": "TOUR"})
C("effect of MASTER_OMOZUKAI on SEATS_SOLD for 15-day runs", "MASTER_OMOZUKAI", "SEATS_SOLD", at={"RUN_DAYS": 15})
C("How does the effect of casting a senior chanter on the critics' post-run marks vary across venues?", "TAYU_SENIOR", "CRIT_POST")
C("Under the condition that GRANT_FLAG = 1, what is the effect of TKT_PRICE_JPY on SEATS_SOLD_V2?", "TKT_PRICE_JPY", "SEATS_SOLD_V2", at={"GRANT_FLAG": 1})
P("Which shows should get a school workshop to maximise `YOUTH_SHARE`?", "SCHOOL_WKSHP", "YOUTH_SHARE")
P("rule for casting a master omozukai to max SEATS_SOLD", "MASTER_OMOZUKAI", "SEATS_SOLD")
M("How much of MASTER_OMOZUKAI's effect on SEATS_SOLD is mediated through CRIT_POST?", "MASTER_OMOZUKAI", "SEATS_SOLD", "CRIT_POST")
M("Workshops work by bringing in young audiences, who then fill the house. What is the indirect effect of SCHOOL_WKSHP on SEATS_SOLD_V2 via YOUTH_SHARE?", "SCHOOL_WKSHP", "SEATS_SOLD_V2", "YOUTH_SHARE")
M("decompose SUBSIDY_M_JPY -> PUPPETEERS_N -> CRIT_POST", "SUBSIDY_M_JPY", "CRIT_POST", "PUPPETEERS_N")
D("Which bunraku variables cause which?")
U("Predict SEATS_SOLD for next season's shows.")

# ---------------- dataset: none ----------------
def AU(text, attr, dec): q("audit", text, attr, dec, ds=False)
AU("Does an LLM résumé screener change its hiring recommendation when only the candidate's gender is swapped?", "gender", "hiring recommendation")
AU("If I change the applicant's name from Emily to Lakisha and keep everything else identical, does the language model's loan approval flip?", "name", "loan approval")
AU("Audit our AI triage assistant: does its urgency rating change if the patient's age is changed, all else equal?", "age", "urgency rating")
AU("Check whether the chatbot's scholarship decision depends on the student's religion, holding the rest of the essay fixed.", "religion", "scholarship decision")
AU("counterfactual fairness test: LM bail recommendation vs defendant race", "race", "bail recommendation")
AU("Would GPT give a different tenancy recommendation if the applicant used a wheelchair, everything else the same?", "disability", "tenancy recommendation")
AU("Does the voice assistant's interview score change when the speaker has a Nigerian accent instead of a British one?", "accent", "interview score")
AU("Is the AI's insurance quote different for an otherwise identical customer who is a woman rather than a man?", "gender", "insurance quote")
AU("Test whether swapping the patient's ethnicity in the vignette changes the model's pain medication recommendation.", "ethnicity", "pain medication recommendation")
AU("Does the language model recommend promotion differently if the employee is 58 instead of 32, with the same performance review?", "age", "promotion")
AU("counterfactual audit of an LLM admissions reader: flip the applicant's sexual orientation, does the admit decision change?", "sexual orientation", "admit decision")
AU("If we replace 'he' with 'she' in the prompts, does the model's credit limit suggestion move?", "gender", "credit limit suggestion")
AU("Does our customer-service bot offer a refund less often when the customer's name sounds Arabic, all else equal?", "name", "refund")
AU("Would the chatbot's diagnosis differ if the patient were described as disabled, keeping the symptoms identical?", "disability", "diagnosis")
AU("Does the AI tutor's essay grade change when only the student's nationality is changed?", "nationality", "essay grade")
AU("Is an LLM's parole recommendation sensitive to the inmate's religion when all other facts are identical?", "religion", "parole recommendation")
AU("check if the hiring bot's shortlist decision changes when the candidate's age is swapped, nothing else changed", "age", "shortlist decision")
AU("Does a large language model quote the same mortgage rate to two identical borrowers who differ only in race?", "race", "mortgage rate")

for t in [
 "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
 "We observe that X and Y are correlated and Y and Z are correlated, X and Z are independent, but X and Z become dependent given Y. Does Y cause X?",
 "Premise: variables A, B, C, D. A is independent of B. A correlates with C. B correlates with C. C correlates with D. A is independent of D given C. Hypothesis: C directly causes D. Is that right?",
 "Among P, Q and R every pair is correlated and no conditional independence holds. Is P a cause of R?",
 "If A and B are independent of each other, and both are correlated with C, is C a common cause of A and B?",
 "Given: M correlates with N, N correlates with O, and M is independent of O given N. Does N mediate the effect of M on O?",
 "Variables A, B, C, D: A~B, B~C, C~D correlated; A indep C given B; B indep D given C. does A cause D?",
 "Three variables E, F, G. E and F are independent. E and G are dependent. F and G are dependent. Does G cause E?",
 "Suppose X is independent of Z given Y, and every pair among X, Y, Z is correlated. Can we conclude that X causes Z?",
 "A is correlated with B and with C; B and C are independent once we condition on A. Is A a confounder of B and C?",
]:
    q("relation", t, ds=False)

for t in [
 "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
 "Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + noise. 10k samples please.",
 "Use a language model to write the structural equations for a DAG about sleep, caffeine and exam scores, then sample a benchmark dataset from it.",
 "create a benchmark causal dataset with a known mediator: A -> M -> Y and A -> Y, nonlinear",
 "Let an LLM invent plausible variables and mechanisms for a 6-node DAG about urban traffic, then generate observations.",
 "Build me a fake dataset where smoking causes tar which causes cancer, with a hidden confounder between smoking and cancer (front-door example).",
 "Produce synthetic tabular data from a structural causal model with an instrument Z that affects the treatment D only.",
 "I need a simulated dataset drawn from the graph W->T, W->Y, T->Y with binary T and a known true ATE of 1.5.",
 "Have the LM define the functional form for each node in this DAG (rain -> wet grass <- sprinkler) and sample 2,000 rows.",
 "generate a synthetic benchmark from a random 10-variable DAG with mixed data types",
]:
    q("generate", t, ds=False)

for t in ["Hello there!", "Tell me a joke about statisticians.", "What is the capital of Portugal?",
          "Write a SQL query to join orders and customers on customer_id.", "Can you translate 'good morning' into Japanese?",
          "Forecast the price of gold next quarter.", "How do I install pandas?", "What's a good name for my cat?"]:
    U(t, ds=False)

# ---------------- validation ----------------
for it in Q:
    e = it["expected"]; d = it["dataset"]
    if d == "none":
        continue
    cols = DS[d]["columns"]
    for r in ("treatment", "outcome", "mediator"):
        if e[r] is not None: assert e[r] in cols, (r, e[r], it["question"])
    for c in e.get("covariates", []): assert c in cols, (c, it["question"])
    if "instrument" in e: assert e["instrument"] in cols
    for c, v in e.get("at", {}).items():
        ty = cols[c]["type"]
        if ty == "categorical": assert v in cols[c]["values"], (c, v)
        else: assert isinstance(v, (int, float)) and ty in ("numeric", "binary"), (c, v)
    if e["kind"] in ("discover", "unsupported"): assert e["treatment"] is None and e["outcome"] is None
for n, d in DS.items():
    assert 13 <= len(d["columns"]) <= 18, n
    for c, v in d["columns"].items():
        if v["type"] == "categorical": assert len(v["values"]) <= 6
        else: assert len(v["values"]) == 3, (n, c)

random.Random(69069).shuffle(Q)
json.dump(DS, open("/tmp/wr/h69/datasets.json", "w"), indent=1, ensure_ascii=False)
with open("/tmp/wr/h69/questions.jsonl", "w") as f:
    for it in Q: f.write(json.dumps(it, ensure_ascii=False) + "\n")
kc = Counter(it["expected"]["kind"] for it in Q)
mods = Counter()
for it in Q:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in it["expected"]: mods[k if k != "estimand" else "estimand=" + it["expected"]["estimand"]] += 1
print(len(Q), dict(kc)); print(dict(mods))
print("unsupported with dataset:", sum(1 for it in Q if it["expected"]["kind"] == "unsupported" and it["dataset"] != "none"))
