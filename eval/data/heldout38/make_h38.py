#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl and README.md for question set h38 (heldout38)."""
import json, os, random, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED, TAG = "test", "heldout38", 38038, "h38"

C, N, B, I, D, T = "categorical", "numeric", "binary", "id", "date", "text"

DS = {}
QS = []


def dataset(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


def q(ds, style, text, kind, t=None, y=None, m=None, **extra):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(extra)
    QS.append({"question": text, "dataset": ds,
               "columns": list(DS[ds]["columns"]) if ds != "none" else None,
               "split": SPLIT, "origin": ORIGIN, "expected": exp, "_style": style})

# styles: m = machine/identifier, n = natural paraphrase, t = terse/typo/lowercase, o = other (passive, story, conditional...)

# ---------------------------------------------------------------- 1 peacock
P = "h38_peacock_parks"
dataset(P, "Indian peacock (peafowl) ornamental bird parks; one row per adult male bird.", [
    ("pk_id", I, ["PK001", "PK002", "PK003"]),
    ("region", C, ["Rajasthan", "Kerala", "Punjab", "Karnataka"]),
    ("enrich", B, [0, 1, 1]),
    ("feed_prot", N, [18.5, 22.0, 25.3]),
    ("age_yr", N, [3, 5, 8]),
    ("encl_m2", N, [120, 340, 600]),
    ("visitors_wk", N, [800, 2000, 4500]),
    ("noise_db", N, [52, 61, 74]),
    ("cort_ng", N, [4.1, 7.8, 12.2]),
    ("cort_ng_v2", N, [3.9, 8.1, 11.7]),
    ("train_len_bl", N, [118, 132, 149]),
    ("train_len_12m", N, [121, 138, 155]),
    ("ocelli_cnt", N, [142, 165, 180]),
    ("display_rate", N, [0.8, 2.4, 4.1]),
    ("mate_30d", B, [0, 1, 0]),
    ("mate_90d", B, [1, 1, 0]),
    ("vet_chk", B, [1, 0, 1]),
])
q(P, "m", "Estimate the average treatment effect of `enrich` on `display_rate`, adjusting for `age_yr` and `encl_m2`.", "ate", "enrich", "display_rate", covariates=["age_yr", "encl_m2"])
q(P, "o", "Do enrichment programmes genuinely make the peacocks fan their tails more often, or is that just confounding?", "ate", "enrich", "display_rate")
q(P, "t", "ate of feed_prot on train_len, adj age", "ate", "feed_prot", "train_len_12m", covariates=["age_yr"])
q(P, "n", "How much does visitor footfall raise stress hormone levels in the birds?", "ate", "visitors_wk", None, clarify=True)
q(P, "o", "Is mating success over the following three months improved by the enrichment scheme?", "ate", "enrich", "mate_90d")
q(P, "m", "What is the effect of noise (noise_db) on cort_ng_v2? Control for visitors_wk.", "ate", "noise_db", "cort_ng_v2", covariates=["visitors_wk"])
q(P, "n", "Does getting a veterinary check-up change whether a male finds a mate within a month?", "ate", "vet_chk", "mate_30d")
q(P, "t", "effect of protien-rich feed on how many eyespots the tail has", "ate", "feed_prot", "ocelli_cnt")
q(P, "n", "What does the enrichment programme do to courtship displays for birds over 5 years old?", "cate", "enrich", "display_rate", at={"age_yr": 5})
q(P, "m", "Among parks in Kerala (region), what is the effect of enrich on mate_90d?", "cate", "enrich", "mate_90d", at={"region": "Kerala"})
q(P, "m", "How does the effect of `feed_prot` on `train_len_12m` vary with `encl_m2`?", "cate", "feed_prot", "train_len_12m")
q(P, "o", "Under the condition that weekly visitors number 2000, how much does loudness raise cort_ng?", "cate", "noise_db", "cort_ng", at={"visitors_wk": 2000})
q(P, "n", "Which parks should run the enrichment programme if we want the males to display as much as possible?", "policy", "enrich", "display_rate")
q(P, "m", "Give me a treatment assignment rule for vet_chk that maximises mate_90d.", "policy", "vet_chk", "mate_90d")
q(P, "n", "If we can only quieten some of the parks, which ones should we target to bring cortisol (cort_ng) down?", "policy", "noise_db", "cort_ng")
q(P, "o", "Enrichment seems to work by lowering cortisol (cort_ng), which then frees the males to display more. How much of the effect of enrich on display_rate runs through cort_ng?", "mediation", "enrich", "display_rate", "cort_ng")
q(P, "n", "Does a higher-protein diet improve three-month mating success directly, or indirectly through a longer train at one year?", "mediation", "feed_prot", "mate_90d", "train_len_12m")
q(P, "n", "What drives what among the peacock park variables? Sketch the causal graph.", "discover")
q(P, "t", "plot train_len_12m by region", "unsupported")

# ---------------------------------------------------------------- 2 ferret
F = "h38_ferret_kennels"
dataset(F, "Ferret breeding kennels; one row per jill (breeding female) and her most recent litter.", [
    ("kennelId", I, ["FK-0101", "FK-0102", "FK-0103"]),
    ("breedLine", C, ["sable", "albino", "cinnamon", "silver"]),
    ("vaxProtocol", B, [1, 0, 1]),
    ("dietRawMeat", B, [0, 1, 1]),
    ("jillAgeMo", N, [11, 24, 38]),
    ("cageSpaceM2", N, [0.6, 1.2, 2.0]),
    ("lightHoursDay", N, [8, 12, 16]),
    ("handlingMinsDay", N, [5, 20, 45]),
    ("litterSizePrev", N, [4, 7, 9]),
    ("litterSize", N, [5, 8, 10]),
    ("kitWeightD7", N, [28, 35, 41]),
    ("kitWeightD42", N, [260, 310, 355]),
    ("adrenalScore", N, [0, 2, 5]),
    ("adrenalScoreV2", N, [0.1, 1.8, 4.6]),
    ("kitSurv30d", N, [0.70, 0.86, 1.0]),
    ("kitSurv90d", N, [0.60, 0.80, 0.95]),
    ("vetCostUsd", N, [120, 340, 910]),
])
q(F, "m", "What is the ATE of `dietRawMeat` on `kitWeightD42`?", "ate", "dietRawMeat", "kitWeightD42")
q(F, "n", "Does the vaccination schedule bring the vet bills down?", "ate", "vaxProtocol", "vetCostUsd")
q(F, "m", "Do longer photoperiods cause adrenal disease in jills (lightHoursDay -> adrenalScore)?", "ate", "lightHoursDay", "adrenalScore")
q(F, "t", "effect of handling time on kit survival", "ate", "handlingMinsDay", None, clarify=True)
q(F, "o", "Is litter size increased by feeding raw meat, holding the jill's age and her previous litter size fixed?", "ate", "dietRawMeat", "litterSize", covariates=["jillAgeMo", "litterSizePrev"])
q(F, "n", "For the kennels that adopted the vaccine protocol, what did it do to the share of kits alive at three months?", "ate", "vaxProtocol", "kitSurv90d", estimand="att")
q(F, "t", "ate cageSpaceM2 -> adrenalScoreV2 adj breedLine jillAgeMo", "ate", "cageSpaceM2", "adrenalScoreV2", covariates=["breedLine", "jillAgeMo"])
q(F, "m", "Using lightHoursDay as an instrument for adrenalScore, estimate the effect of adrenalScore on kitSurv90d.", "ate", "adrenalScore", "kitSurv90d", instrument="lightHoursDay")
q(F, "n", "For the albino line, how does a raw-meat diet change kit weight at six weeks?", "cate", "dietRawMeat", "kitWeightD42", at={"breedLine": "albino"})
q(F, "m", "When jillAgeMo is 24, what is the effect of lightHoursDay on adrenalScore?", "cate", "lightHoursDay", "adrenalScore", at={"jillAgeMo": 24})
q(F, "n", "Which breed lines gain the most one-month kit survival from the vaccination protocol?", "cate", "vaxProtocol", "kitSurv30d")
q(F, "t", "heterogeneity in effect of handlingMinsDay on kitWeightD42 by cageSpaceM2", "cate", "handlingMinsDay", "kitWeightD42")
q(F, "n", "Which kennels should switch to raw meat if we want heavier kits at day 42?", "policy", "dietRawMeat", "kitWeightD42")
q(F, "m", "Design an allocation rule for `vaxProtocol` that minimises `vetCostUsd`.", "policy", "vaxProtocol", "vetCostUsd")
q(F, "n", "Who should get more daily handling so that more kits make it to 90 days?", "policy", "handlingMinsDay", "kitSurv90d")
q(F, "m", "How much of the effect of lightHoursDay on kitSurv90d is mediated by adrenalScore?", "mediation", "lightHoursDay", "kitSurv90d", "adrenalScore")
q(F, "o", "Raw-meat feeding supposedly pays off because it fattens the kits in their first week, which then carries them through to three months. Split the diet's effect on 90-day survival into the part via day-7 weight and the direct part.", "mediation", "dietRawMeat", "kitSurv90d", "kitWeightD7")
q(F, "t", "learn the causal dag over the ferret kennel data", "discover")
q(F, "m", "Predict kitSurv90d for next season's litters.", "unsupported")

# ---------------------------------------------------------------- 3 narwhal
W = "h38_narwhal_acoustics"
dataset(W, "Arctic narwhal passive acoustic monitoring stations; one row per station-season.", [
    ("STN_ID", I, ["NW-A01", "NW-A02", "NW-B07"]),
    ("FJORD", C, ["Eclipse Sound", "Admiralty Inlet", "Scoresby Sund"]),
    ("SEASON", C, ["spring", "summer", "autumn", "winter"]),
    ("DEPTH_M", N, [80, 240, 610]),
    ("ICE_COV_PCT", N, [0, 40, 95]),
    ("WATER_TEMP_C", N, [-1.6, 0.4, 2.1]),
    ("SHIP_TRAFFIC", N, [0, 6, 19]),
    ("SEISMIC_SURV", B, [0, 1, 0]),
    ("NOISE_DB", N, [92, 104, 118]),
    ("NOISE_DB_PEAK", N, [121, 138, 160]),
    ("HYDRO_GAIN", N, [-165, -170, -175]),
    ("CLICK_RATE_PRE", N, [120, 340, 510]),
    ("CLICK_RATE_POST", N, [95, 310, 480]),
    ("BUZZ_RATE", N, [2.1, 6.5, 11.0]),
    ("PRESENCE_30D", N, [0.1, 0.45, 0.9]),
    ("PRESENCE_90D", N, [0.2, 0.5, 0.85]),
])
q(W, "m", "Estimate the effect of SEISMIC_SURV on CLICK_RATE_POST, controlling for ICE_COV_PCT and SEASON.", "ate", "SEISMIC_SURV", "CLICK_RATE_POST", covariates=["ICE_COV_PCT", "SEASON"])
q(W, "n", "Do narwhals stop feeding when ships come through? I.e. does vessel traffic cut the rate of foraging buzzes?", "ate", "SHIP_TRAFFIC", "BUZZ_RATE")
q(W, "n", "How much does the average underwater noise level affect whether narwhals are around over the next quarter? Use ship traffic as an instrument for the noise.", "ate", "NOISE_DB", "PRESENCE_90D", instrument="SHIP_TRAFFIC")
q(W, "t", "ate SEISMIC_SURV on PRESENCE_30D", "ate", "SEISMIC_SURV", "PRESENCE_30D")
q(W, "n", "Do airgun surveys change how often the whales echolocate?", "ate", "SEISMIC_SURV", "CLICK_RATE_POST")
q(W, "o", "Is the drop in feeding buzzes at loud stations real once ice cover is accounted for, or just confounding? (NOISE_DB vs BUZZ_RATE)", "ate", "NOISE_DB", "BUZZ_RATE", covariates=["ICE_COV_PCT"])
q(W, "n", "What is the effect of ship traffic on noise levels at the stations?", "ate", "SHIP_TRAFFIC", None, clarify=True)
q(W, "n", "What did the seismic surveys do to click rates at the stations that were actually surveyed?", "ate", "SEISMIC_SURV", "CLICK_RATE_POST", estimand="att")
q(W, "m", "During winter (SEASON), what's the effect of SHIP_TRAFFIC on BUZZ_RATE?", "cate", "SHIP_TRAFFIC", "BUZZ_RATE", at={"SEASON": "winter"})
q(W, "n", "In Eclipse Sound only: did the seismic surveys reduce the chance narwhals were present over 90 days?", "cate", "SEISMIC_SURV", "PRESENCE_90D", at={"FJORD": "Eclipse Sound"})
q(W, "t", "how does the noise effect on click rate change with depth", "cate", "NOISE_DB", "CLICK_RATE_POST")
q(W, "o", "Effect of ship traffic on PRESENCE_90D under the condition that ice cover is 40%.", "cate", "SHIP_TRAFFIC", "PRESENCE_90D", at={"ICE_COV_PCT": 40})
q(W, "n", "Where should we restrict shipping to keep narwhals around for the next three months? Give a station-level rule.", "policy", "SHIP_TRAFFIC", "PRESENCE_90D")
q(W, "m", "Which stations should be exempted from SEISMIC_SURV to protect foraging (BUZZ_RATE)?", "policy", "SEISMIC_SURV", "BUZZ_RATE")
q(W, "o", "Seismic surveys raise ambient noise (NOISE_DB), which then disrupts foraging. What fraction of SEISMIC_SURV's effect on BUZZ_RATE is indirect through NOISE_DB?", "mediation", "SEISMIC_SURV", "BUZZ_RATE", "NOISE_DB")
q(W, "n", "Does shipping push narwhals away directly, or mostly via the peak noise it makes? Look at presence over 30 days.", "mediation", "SHIP_TRAFFIC", "PRESENCE_30D", "NOISE_DB_PEAK")
q(W, "m", "Decompose the effect of ICE_COV_PCT on CLICK_RATE_POST into the part through SHIP_TRAFFIC and the remainder.", "mediation", "ICE_COV_PCT", "CLICK_RATE_POST", "SHIP_TRAFFIC")
q(W, "n", "Which of the station measurements influence which? Recover the causal ordering.", "discover")
q(W, "t", "run PC algorithm on narwhal acoustic table, give me the dag", "discover")

# ---------------------------------------------------------------- 4 toucan
TC = "h38_toucan_aviaries"
dataset(TC, "Toucan aviaries in Costa Rica; one row per aviary breeding pair and season.", [
    ("aviary", I, ["AV-LIM-01", "AV-PUN-04", "AV-GUA-02"]),
    ("province", C, ["Limon", "Puntarenas", "Guanacaste", "Alajuela"]),
    ("misting", B, [1, 0, 1]),
    ("humidity", N, [62, 78, 91]),
    ("fruit", N, [55, 70, 85]),
    ("insects", N, [5, 15, 30]),
    ("ironlevel", N, [110, 260, 540]),
    ("perches", N, [4, 9, 14]),
    ("visitors", N, [0, 120, 450]),
    ("keepers", N, [1, 2, 4]),
    ("weight_before", N, [510, 580, 640]),
    ("weight_after", N, [500, 595, 660]),
    ("plumage", N, [2, 3, 5]),
    ("plumage_new", N, [2.5, 3.4, 4.8]),
    ("clutches", N, [0, 1, 2]),
    ("hatching_rate", N, [0.0, 0.5, 1.0]),
    ("fledging_30days", N, [0, 1, 3]),
    ("fledging_90days", N, [0, 1, 2]),
])
q(TC, "m", "Estimate the average effect of misting (misting) on hatching_rate, adjusting for humidity.", "ate", "misting", "hatching_rate", covariates=["humidity"])
q(TC, "n", "Do fruit-heavy diets make iron build up in the birds?", "ate", "fruit", "ironlevel")
q(TC, "t", "insect supplement effect on body weight, adj keepers", "ate", "insects", "weight_after", covariates=["keepers"])
q(TC, "o", "Are more clutches laid because of the misting systems?", "ate", "misting", "clutches")
q(TC, "n", "Does the number of visitors affect feather condition?", "ate", "visitors", None, clarify=True)
q(TC, "m", "What is the causal effect of `perches` on `fledging_90days`?", "ate", "perches", "fledging_90days")
q(TC, "n", "For the aviaries without a mister, what would installing one do to the number of chicks fledged within a month?", "ate", "misting", "fledging_30days", estimand="atc")
q(TC, "o", "Is the link between keeper numbers and hatching success causal, or are bigger teams just at better sites?", "ate", "keepers", "hatching_rate")
q(TC, "n", "In Guanacaste, how much does misting change the share of eggs that hatch?", "cate", "misting", "hatching_rate", at={"province": "Guanacaste"})
q(TC, "t", "effect of fruit on ironlevel when insects = 20", "cate", "fruit", "ironlevel", at={"insects": 20})
q(TC, "m", "For which aviaries is the effect of `perches` on `weight_after` largest?", "cate", "perches", "weight_after")
q(TC, "o", "Under the condition that relative humidity sits at 85%, what does misting do to clutch numbers?", "cate", "misting", "clutches", at={"humidity": 85})
q(TC, "m", "Which aviaries should we install misting in to maximise hatching_rate?", "policy", "misting", "hatching_rate")
q(TC, "n", "Who should get a bug-enriched diet so that more chicks leave the nest by three months?", "policy", "insects", "fledging_90days")
q(TC, "m", "Recommend a targeting rule for lowering `fruit` to reduce `ironlevel`.", "policy", "fruit", "ironlevel")
q(TC, "o", "Fruit-heavy diets work through iron overload, which then hurts breeding. How much of fruit's effect on hatching_rate is mediated by ironlevel?", "mediation", "fruit", "hatching_rate", "ironlevel")
q(TC, "t", "direct vs indirect effect of misting on fledging_30days via hatching_rate", "mediation", "misting", "fledging_30days", "hatching_rate")
q(TC, "n", "Figure out the cause-and-effect relationships among the toucan aviary variables.", "discover")
q(TC, "m", "Give me the mean and SD of weight_after by province.", "unsupported")

# ---------------------------------------------------------------- 5 iguana
G = "h38_iguana_farms"
dataset(G, "Green iguana farms in Central and South America; one row per farm-year.", [
    ("farm_id", I, ["IG-HN-01", "IG-SV-03", "IG-CO-07"]),
    ("country", C, ["Honduras", "El Salvador", "Colombia"]),
    ("feed_type", C, ["leafy", "pellet", "mixed"]),
    ("uvb_lamp", B, [1, 0, 1]),
    ("basking_c", N, [30, 35, 39]),
    ("ca_suppl", B, [0, 1, 1]),
    ("humid_pct", N, [55, 70, 85]),
    ("stock_dens", N, [2, 5, 9]),
    ("mbd_bl", N, [0.5, 1.8, 3.2]),
    ("mbd_6m", N, [0.2, 1.5, 3.6]),
    ("svl_cm_pre", N, [14, 22, 31]),
    ("svl_cm_post", N, [19, 27, 35]),
    ("egg_cnt", N, [20, 38, 55]),
    ("hatch_pct", N, [45, 68, 90]),
    ("hatch_pct_v2", N, [43, 70, 88]),
    ("mort_30d", N, [0.01, 0.04, 0.12]),
    ("mort_90d", N, [0.03, 0.09, 0.21]),
])
q(G, "m", "ATE of uvb_lamp on mbd_6m, controlling for ca_suppl and basking_c.", "ate", "uvb_lamp", "mbd_6m", covariates=["ca_suppl", "basking_c"])
q(G, "n", "Does giving extra calcium prevent bone disease in the lizards?", "ate", "ca_suppl", "mbd_6m")
q(G, "t", "effect of stock density on mortality", "ate", "stock_dens", None, clarify=True)
q(G, "t", "do uv bulbs make iguanas grow longr", "ate", "uvb_lamp", "svl_cm_post")
q(G, "m", "effect of `basking_c` on `egg_cnt`", "ate", "basking_c", "egg_cnt")
q(G, "o", "Is hatching percentage affected by humidity?", "ate", "humid_pct", None, clarify=True)
q(G, "n", "Among the farms that used UV lamps, how many deaths within three months did the lamps avert?", "ate", "uvb_lamp", "mort_90d", estimand="att")
q(G, "t", "calcium suppl -> hatch_pct_v2, adj feed_type", "ate", "ca_suppl", "hatch_pct_v2", covariates=["feed_type"])
q(G, "n", "What's the effect of the UV lamp on bone disease at six months for pellet-fed farms?", "cate", "uvb_lamp", "mbd_6m", at={"feed_type": "pellet"})
q(G, "m", "In Colombia (country), does ca_suppl lower mort_30d?", "cate", "ca_suppl", "mort_30d", at={"country": "Colombia"})
q(G, "n", "How does the effect of basking temperature on growth in body length vary with humidity?", "cate", "basking_c", "svl_cm_post")
q(G, "t", "uvb lamp effect on mbd at 35C basking temp", "cate", "uvb_lamp", "mbd_6m", at={"basking_c": 35})
q(G, "m", "Which farms should we supply with uvb_lamp to minimise mort_90d?", "policy", "uvb_lamp", "mort_90d")
q(G, "n", "Allocate the calcium supplements: which farms benefit most in terms of bone disease score?", "policy", "ca_suppl", "mbd_6m")
q(G, "t", "which farms should run hotter basking spots to maximise egg_cnt", "policy", "basking_c", "egg_cnt")
q(G, "o", "UVB works by boosting calcium metabolism, which cuts bone disease, which then cuts deaths. How much of the uvb_lamp effect on mort_90d is mediated by mbd_6m?", "mediation", "uvb_lamp", "mort_90d", "mbd_6m")
q(G, "m", "Does stock_dens reduce hatch_pct directly or through lower egg_cnt?", "mediation", "stock_dens", "hatch_pct", "egg_cnt")
q(G, "t", "causal structure of iguana farm data pls", "discover")
q(G, "m", "Clean the svl_cm_pre column - there are negative lengths.", "unsupported")

# ---------------------------------------------------------------- 6 gecko
K = "h38_gecko_breeders"
dataset(K, "Leopard gecko breeders; one row per breeder-season.", [
    ("breederId", I, ["LG-1001", "LG-1002", "LG-1003"]),
    ("morph", C, ["normal", "tremper albino", "mack snow", "blizzard"]),
    ("incubTempC", N, [27, 30, 32]),
    ("calciumDust", B, [1, 0, 1]),
    ("feederInsect", C, ["crickets", "mealworms", "dubia"]),
    ("humidHide", B, [0, 1, 1]),
    ("enclosureL", N, [40, 75, 120]),
    ("femaleRatio", N, [0.1, 0.5, 0.9]),
    ("eggsPerClutch", N, [1, 2, 2]),
    ("hatchRate", N, [0.6, 0.8, 0.95]),
    ("hatchRateV2", N, [0.58, 0.82, 0.93]),
    ("tailFatScoreBl", N, [1, 3, 4]),
    ("tailFatScore6m", N, [2, 3, 5]),
    ("shedIssues", N, [0, 2, 6]),
    ("pricePerGecko", N, [45, 90, 250]),
    ("sales30d", N, [3, 12, 40]),
    ("sales90d", N, [10, 35, 110]),
])
q(K, "m", "Effect of `incubTempC` on `femaleRatio`?", "ate", "incubTempC", "femaleRatio")
q(K, "n", "Does a moist hide box cut down on stuck sheds?", "ate", "humidHide", "shedIssues")
q(K, "n", "Does dusting feeder insects with calcium fatten up the tails?", "ate", "calciumDust", "tailFatScore6m")
q(K, "t", "effect of calciumDust on hatchRate, adj incubTempC", "ate", "calciumDust", "hatchRate", covariates=["incubTempC"])
q(K, "n", "How does price affect sales?", "ate", "pricePerGecko", None, clarify=True)
q(K, "o", "Is hatching success changed by the incubation temperature?", "ate", "incubTempC", None, clarify=True)
q(K, "n", "For breeders who do NOT dust with calcium, what would dusting do to tail fat after six months?", "ate", "calciumDust", "tailFatScore6m", estimand="atc")
q(K, "o", "Is a longer enclosure really good for tail fat, or is that confounded by morph? Control for morph.", "ate", "enclosureL", "tailFatScore6m", covariates=["morph"])
q(K, "m", "For mack snow geckos (morph), effect of incubTempC on femaleRatio.", "cate", "incubTempC", "femaleRatio", at={"morph": "mack snow"})
q(K, "n", "When the geckos are fed dubia roaches, does calcium dusting change tail fat at 6 months?", "cate", "calciumDust", "tailFatScore6m", at={"feederInsect": "dubia"})
q(K, "m", "Who benefits most from `humidHide` with respect to `shedIssues`?", "cate", "humidHide", "shedIssues")
q(K, "o", "What's the effect of a humid hide on hatchRate when the incubator runs at 31 °C?", "cate", "humidHide", "hatchRate", at={"incubTempC": 31})
q(K, "m", "Which breeders should set incubTempC higher to raise hatchRate?", "policy", "incubTempC", "hatchRate")
q(K, "n", "Give me a targeting rule for calcium dusting that maximises tail fat at six months.", "policy", "calciumDust", "tailFatScore6m")
q(K, "t", "who shld add a humid hide to cut shedding problems", "policy", "humidHide", "shedIssues")
q(K, "o", "Incubation temperature shifts the sex ratio, which then moves sales over 90 days (females sell better). How much of incubTempC's effect on sales90d goes via femaleRatio?", "mediation", "incubTempC", "sales90d", "femaleRatio")
q(K, "t", "mediation: calciumDust -> tailFatScore6m -> pricePerGecko", "mediation", "calciumDust", "pricePerGecko", "tailFatScore6m")
q(K, "t", "discover causal graph for gecko breeders", "discover")
q(K, "m", "Forecast sales90d for the next quarter.", "unsupported")

# ---------------------------------------------------------------- 7 tortoise
X = "h38_tortoise_reintro"
dataset(X, "Galapagos giant tortoise reintroduction sites; one row per release site.", [
    ("SITE_ID", I, ["GT-ESP-01", "GT-SFE-02", "GT-FLO-05"]),
    ("ISLAND", C, ["Espanola", "Santa Fe", "Pinzon", "Floreana"]),
    ("ELEV_M", N, [40, 180, 420]),
    ("RAINFALL_MM", N, [250, 500, 1100]),
    ("GOAT_ERAD", B, [1, 0, 1]),
    ("RAT_BAIT", B, [0, 1, 1]),
    ("HEADSTART_YRS", N, [2, 4, 6]),
    ("RELEASE_N", N, [20, 60, 150]),
    ("VEG_COVER_BL", N, [12, 30, 55]),
    ("VEG_COVER_5Y", N, [18, 41, 70]),
    ("CACTUS_DENS", N, [5, 22, 60]),
    ("TOURIST_N", N, [0, 800, 5000]),
    ("CARAPACE_CM", N, [18, 26, 38]),
    ("CARAPACE_CM_V2", N, [17.5, 26.4, 37.9]),
    ("NEST_CNT", N, [0, 4, 15]),
    ("SURV_1Y", N, [0.72, 0.88, 0.97]),
    ("SURV_3Y", N, [0.55, 0.76, 0.92]),
])
q(X, "m", "Estimate the ATE of GOAT_ERAD on VEG_COVER_5Y adjusting for RAINFALL_MM and ELEV_M.", "ate", "GOAT_ERAD", "VEG_COVER_5Y", covariates=["RAINFALL_MM", "ELEV_M"])
q(X, "n", "Did putting down rat poison improve survival of the released tortoises over three years?", "ate", "RAT_BAIT", "SURV_3Y")
q(X, "n", "Do longer head-start periods lead to better survival in the first year after release?", "ate", "HEADSTART_YRS", "SURV_1Y")
q(X, "t", "goat erad -> veg cover", "ate", "GOAT_ERAD", "VEG_COVER_5Y")
q(X, "m", "Estimate the effect of VEG_COVER_5Y on SURV_3Y, instrumenting with GOAT_ERAD.", "ate", "VEG_COVER_5Y", "SURV_3Y", instrument="GOAT_ERAD")
q(X, "n", "What is the effect of head-starting on shell size?", "ate", "HEADSTART_YRS", None, clarify=True)
q(X, "n", "On the sites where goats were removed, how much did the removal raise three-year survival?", "ate", "GOAT_ERAD", "SURV_3Y", estimand="att")
q(X, "o", "Is higher cactus density causally behind better 1-year survival, or is it just rainfall? Adjust for RAINFALL_MM.", "ate", "CACTUS_DENS", "SURV_1Y", covariates=["RAINFALL_MM"])
q(X, "m", "On Española (ISLAND), effect of RAT_BAIT on NEST_CNT?", "cate", "RAT_BAIT", "NEST_CNT", at={"ISLAND": "Espanola"})
q(X, "t", "effect of headstart yrs on SURV_3Y at elevation 300 m", "cate", "HEADSTART_YRS", "SURV_3Y", at={"ELEV_M": 300})
q(X, "n", "On which islands does getting rid of goats help the vegetation recover the most?", "cate", "GOAT_ERAD", "VEG_COVER_5Y")
q(X, "o", "What does releasing more tortoises (RELEASE_N) do to NEST_CNT under the condition that rainfall is 500 mm?", "cate", "RELEASE_N", "NEST_CNT", at={"RAINFALL_MM": 500})
q(X, "n", "Which sites should get rat baiting next year to maximise three-year survival?", "policy", "RAT_BAIT", "SURV_3Y")
q(X, "m", "Optimal assignment of GOAT_ERAD across sites to boost VEG_COVER_5Y.", "policy", "GOAT_ERAD", "VEG_COVER_5Y")
q(X, "o", "Goat eradication lets the vegetation come back, which then feeds the tortoises. How much of GOAT_ERAD's effect on SURV_3Y runs through VEG_COVER_5Y?", "mediation", "GOAT_ERAD", "SURV_3Y", "VEG_COVER_5Y")
q(X, "m", "Is the effect of HEADSTART_YRS on SURV_3Y mediated by carapace size (CARAPACE_CM_V2)?", "mediation", "HEADSTART_YRS", "SURV_3Y", "CARAPACE_CM_V2")
q(X, "n", "Rat baiting protects the nests; does its effect on three-year survival flow through the number of nests (NEST_CNT), or is it direct?", "mediation", "RAT_BAIT", "SURV_3Y", "NEST_CNT")
q(X, "n", "How are the reintroduction-site variables causally connected to each other?", "discover")
q(X, "t", "estimate a dag for the tortoise sites", "discover")

# ---------------------------------------------------------------- 8 axolotl
A = "h38_axolotl_hatcheries"
dataset(A, "Xochimilco axolotl conservation hatcheries; one row per hatchery cohort.", [
    ("hatchery", I, ["XO-01", "XO-02", "XO-03"]),
    ("canal", C, ["San Gregorio", "Cuemanco", "Tlahuac"]),
    ("refuge", B, [1, 0, 1]),
    ("tilapia_removal", B, [0, 1, 1]),
    ("temperature", N, [14, 18, 23]),
    ("nitrate", N, [5, 20, 60]),
    ("ammonia", N, [0.02, 0.3, 1.1]),
    ("oxygen", N, [3.5, 6.0, 8.2]),
    ("density", N, [10, 40, 90]),
    ("feeding", C, ["bloodworms", "pellets", "daphnia"]),
    ("funding", N, [5000, 18000, 60000]),
    ("budget", N, [4800, 17500, 61000]),
    ("growth", N, [0.4, 0.9, 1.6]),
    ("gill_score", N, [1, 3, 5]),
    ("survival_before", N, [0.3, 0.55, 0.8]),
    ("survival_after", N, [0.35, 0.62, 0.88]),
    ("release_30days", N, [0, 40, 150]),
    ("release_90days", N, [0, 90, 300]),
])
q(A, "m", "What's the effect of removing tilapia (tilapia_removal) on survival_after?", "ate", "tilapia_removal", "survival_after")
q(A, "n", "Do the chinampa refuge channels actually help the larvae survive?", "ate", "refuge", "survival_after")
q(A, "n", "Does warmer water damage the axolotls' gills?", "ate", "temperature", "gill_score")
q(A, "t", "effect of nitrate on survival, adj temperature oxygen", "ate", "nitrate", "survival_after", covariates=["temperature", "oxygen"])
q(A, "n", "How does crowding in the tanks affect how many animals get released?", "ate", "density", None, clarify=True)
q(A, "o", "Is growth faster because of the grant money recorded in `funding`, holding the canal fixed?", "ate", "funding", "growth", covariates=["canal"])
q(A, "n", "For hatcheries that didn't clear out tilapia, what would clearing them have done to releases within 90 days?", "ate", "tilapia_removal", "release_90days", estimand="atc")
q(A, "t", "does dissolved O2 drive growth", "ate", "oxygen", "growth")
q(A, "m", "In Cuemanco (canal), effect of refuge on survival_after.", "cate", "refuge", "survival_after", at={"canal": "Cuemanco"})
q(A, "n", "What is the effect of water warmth on growth for hatcheries that feed daphnia?", "cate", "temperature", "growth", at={"feeding": "daphnia"})
q(A, "m", "How does the effect of tilapia_removal on survival_after vary across canals?", "cate", "tilapia_removal", "survival_after")
q(A, "o", "What does ammonia do to gill health at 18 degrees?", "cate", "ammonia", "gill_score", at={"temperature": 18})
q(A, "m", "Which hatcheries should get a refuge to maximise survival_after?", "policy", "refuge", "survival_after")
q(A, "n", "Which sites should we prioritise for clearing out the invasive fish, to get more axolotls released by day 90?", "policy", "tilapia_removal", "release_90days")
q(A, "t", "recommend density per hatchery to max growth", "policy", "density", "growth")
q(A, "o", "Refuges improve water quality by lowering ammonia, which in turn lets more larvae survive. How much of refuge's effect on survival_after is through ammonia?", "mediation", "refuge", "survival_after", "ammonia")
q(A, "m", "Direct and indirect effects of temperature on release_90days through growth.", "mediation", "temperature", "release_90days", "growth")
q(A, "n", "Which variables in the axolotl hatchery data cause which?", "discover")
q(A, "m", "Write a SQL query to count hatcheries per canal.", "unsupported")

# ---------------------------------------------------------------- 9 salamander tunnels
S = "h38_salamander_tunnels"
dataset(S, "Salamander road-crossing tunnel projects; one row per road segment project.", [
    ("proj_id", I, ["ST-001", "ST-002", "ST-003"]),
    ("sp_grp", C, ["Ambystoma", "Plethodon", "Taricha"]),
    ("tun_cnt", N, [1, 3, 6]),
    ("tun_diam_cm", N, [30, 50, 100]),
    ("fence_m", N, [50, 200, 600]),
    ("fence_ht_cm", N, [30, 45, 60]),
    ("traffic_vpd", N, [300, 2500, 9000]),
    ("pond_dist_m", N, [20, 150, 600]),
    ("rain_mm", N, [2, 12, 35]),
    ("night_temp_c", N, [3, 8, 13]),
    ("moni_vol", B, [1, 0, 1]),
    ("rd_kill_pre", N, [40, 180, 600]),
    ("rd_kill_post", N, [5, 60, 300]),
    ("xing_rate", N, [0.2, 0.5, 0.85]),
    ("xing_rate_v2", N, [0.18, 0.52, 0.83]),
    ("pop_idx_bl", N, [0.6, 1.0, 1.4]),
    ("pop_idx_3y", N, [0.5, 1.1, 1.7]),
])
q(S, "m", "Estimate the effect of `tun_cnt` on `rd_kill_post`, adjusting for `traffic_vpd` and `rd_kill_pre`.", "ate", "tun_cnt", "rd_kill_post", covariates=["traffic_vpd", "rd_kill_pre"])
q(S, "n", "Do longer drift fences reduce the number of animals squashed on the road?", "ate", "fence_m", "rd_kill_post")
q(S, "n", "Does a wider tunnel change how many salamanders get across?", "ate", "tun_diam_cm", None, clarify=True)
q(S, "t", "ate fence_ht_cm on xing_rate_v2", "ate", "fence_ht_cm", "xing_rate_v2")
q(S, "n", "Does heavier traffic mean fewer salamanders three years on?", "ate", "traffic_vpd", "pop_idx_3y")
q(S, "o", "Is the population index improved by adding more tunnels?", "ate", "tun_cnt", "pop_idx_3y")
q(S, "o", "Do volunteer monitors cause lower roadkill, or do they just turn up at the better-run projects?", "ate", "moni_vol", "rd_kill_post")
q(S, "m", "What is the effect of fence_m on pop_idx_3y, controlling for pond_dist_m?", "ate", "fence_m", "pop_idx_3y", covariates=["pond_dist_m"])
q(S, "n", "For Taricha newts, what's the effect of the number of tunnels on crossing success?", "cate", "tun_cnt", None, at={"sp_grp": "Taricha"}, clarify=True)
q(S, "t", "effect of fence_m on xing_rate on nights at 8°C", "cate", "fence_m", "xing_rate", at={"night_temp_c": 8})
q(S, "n", "Does the tunnels' effect on road deaths depend on how busy the road is?", "cate", "tun_cnt", "rd_kill_post")
q(S, "o", "With 3 tunnels in place, what does tunnel diameter do to xing_rate?", "cate", "tun_diam_cm", "xing_rate", at={"tun_cnt": 3})
q(S, "m", "Where should we build extra tunnels (tun_cnt) to minimise rd_kill_post?", "policy", "tun_cnt", "rd_kill_post")
q(S, "n", "Which projects should get taller fencing to maximise the population three years out?", "policy", "fence_ht_cm", "pop_idx_3y")
q(S, "o", "Tunnels help the population because they let animals cross safely (xing_rate), which then keeps numbers up. What share of the tun_cnt effect on pop_idx_3y goes through xing_rate?", "mediation", "tun_cnt", "pop_idx_3y", "xing_rate")
q(S, "t", "direct vs indirect effect of fence_m on pop_idx_3y via rd_kill_post", "mediation", "fence_m", "pop_idx_3y", "rd_kill_post")
q(S, "n", "Does traffic harm the population mainly by killing animals on the road (rd_kill_post), or some other way?", "mediation", "traffic_vpd", "pop_idx_3y", "rd_kill_post")
q(S, "n", "Work out which tunnel-project variables causally affect which.", "discover")
q(S, "m", "Summarise rd_kill_pre and rd_kill_post in a table.", "unsupported")

# ---------------------------------------------------------------- 10 leech
L = "h38_leech_farms"
dataset(L, "Medicinal leech (Hirudo medicinalis) farms; one row per farm-quarter.", [
    ("FARM_ID", I, ["ML-RU-01", "ML-UK-02", "ML-DE-03"]),
    ("FEED_BLOOD", C, ["bovine", "porcine", "synthetic"]),
    ("FEED_FREQ_WK", N, [0.5, 1, 2]),
    ("WATER_TEMP_C", N, [18, 22, 26]),
    ("PH", N, [6.5, 7.0, 7.6]),
    ("STOCK_DENS", N, [50, 120, 300]),
    ("UV_STERIL", B, [1, 0, 1]),
    ("CERT_GMP", B, [0, 1, 1]),
    ("STAFF_N", N, [2, 6, 15]),
    ("LEECH_WT_G", N, [1.2, 2.5, 4.0]),
    ("GROWTH_PRE", N, [0.1, 0.3, 0.5]),
    ("GROWTH_POST", N, [0.15, 0.35, 0.6]),
    ("COCOON_CNT", N, [40, 120, 380]),
    ("COCOON_CNT_V2", N, [38, 125, 371]),
    ("INFECT_30D", N, [0.0, 0.03, 0.1]),
    ("INFECT_90D", N, [0.01, 0.06, 0.18]),
    ("HOSP_SALES", N, [2000, 15000, 80000]),
])
q(L, "m", "What is the average treatment effect of UV_STERIL on INFECT_90D, adjusting for STOCK_DENS?", "ate", "UV_STERIL", "INFECT_90D", covariates=["STOCK_DENS"])
q(L, "n", "Does ultraviolet sterilisation of the tanks cut infections within a month?", "ate", "UV_STERIL", "INFECT_30D")
q(L, "t", "effect of feeding frequency on growth", "ate", "FEED_FREQ_WK", "GROWTH_POST")
q(L, "t", "gmp cert effect on hosp sales??", "ate", "CERT_GMP", "HOSP_SALES")
q(L, "n", "How does water temperature affect cocoon production?", "ate", "WATER_TEMP_C", None, clarify=True)
q(L, "n", "For the certified farms, what did certification do to their hospital sales?", "ate", "CERT_GMP", "HOSP_SALES", estimand="att")
q(L, "t", "ATE WATER_TEMP_C -> COCOON_CNT_V2 ctrl PH", "ate", "WATER_TEMP_C", "COCOON_CNT_V2", covariates=["PH"])
q(L, "n", "Does the salinity of the water affect leech growth?", "ate", None, "GROWTH_POST", clarify=True)
q(L, "m", "For porcine FEED_BLOOD farms, effect of FEED_FREQ_WK on GROWTH_POST.", "cate", "FEED_FREQ_WK", "GROWTH_POST", at={"FEED_BLOOD": "porcine"})
q(L, "t", "effect of uv sterilization on INFECT_30D when pH is 7", "cate", "UV_STERIL", "INFECT_30D", at={"PH": 7})
q(L, "n", "Which farms see the biggest drop in three-month infection from UV sterilisation?", "cate", "UV_STERIL", "INFECT_90D")
q(L, "o", "At 20 °C water, what does stocking density do to cocoon counts (COCOON_CNT)?", "cate", "STOCK_DENS", "COCOON_CNT", at={"WATER_TEMP_C": 20})
q(L, "m", "Which farms should install UV_STERIL to minimize INFECT_90D?", "policy", "UV_STERIL", "INFECT_90D")
q(L, "m", "Targeting policy for CERT_GMP support to maximise HOSP_SALES.", "policy", "CERT_GMP", "HOSP_SALES")
q(L, "n", "How often should each farm feed its leeches to get them as heavy as possible?", "policy", "FEED_FREQ_WK", "LEECH_WT_G")
q(L, "o", "Certification works by reducing infections over 90 days, which then lets hospitals order more. How much of CERT_GMP's effect on HOSP_SALES flows through INFECT_90D?", "mediation", "CERT_GMP", "HOSP_SALES", "INFECT_90D")
q(L, "t", "feed freq -> leech weight -> cocoon count v2: direct vs indirect", "mediation", "FEED_FREQ_WK", "COCOON_CNT_V2", "LEECH_WT_G")
q(L, "m", "Find the causal graph among the leech farm variables.", "discover")
q(L, "n", "Which of these farm measurements are upstream of the others? Work it out from the data.", "discover")

# ---------------------------------------------------------------- 11 vermicompost
V = "h38_vermicompost_plants"
dataset(V, "Earthworm vermicomposting plants; one row per plant-batch.", [
    ("plantId", I, ["VC-01", "VC-02", "VC-03"]),
    ("feedstock", C, ["manure", "food waste", "paper sludge", "green waste"]),
    ("precompost", B, [1, 0, 1]),
    ("moisturePct", N, [60, 75, 85]),
    ("bedTempC", N, [15, 22, 30]),
    ("cnRatio", N, [15, 25, 40]),
    ("wormDensityKg", N, [1, 5, 10]),
    ("turningPerWk", N, [0, 1, 3]),
    ("wormBiomassPre", N, [50, 200, 800]),
    ("wormBiomassPost", N, [60, 260, 950]),
    ("castYieldKg", N, [300, 1200, 5000]),
    ("castQualityIdx", N, [55, 72, 90]),
    ("castQualityIdxV2", N, [52, 74, 91]),
    ("pathogenReduction", N, [1.5, 3.0, 5.2]),
    ("odorComplaints30d", N, [0, 2, 9]),
    ("odorComplaints90d", N, [0, 5, 21]),
    ("revenueUsd", N, [4000, 25000, 120000]),
])
q(V, "m", "ATE of `precompost` on `pathogenReduction`, adjusting for `feedstock` and `bedTempC`.", "ate", "precompost", "pathogenReduction", covariates=["feedstock", "bedTempC"])
q(V, "n", "Does pre-composting the feedstock help the worms put on mass?", "ate", "precompost", "wormBiomassPost")
q(V, "n", "Does turning the beds more often reduce odour complaints?", "ate", "turningPerWk", None, clarify=True)
q(V, "t", "effect of moisture on cast yield", "ate", "moisturePct", "castYieldKg")
q(V, "m", "How does wormDensityKg affect castQualityIdxV2?", "ate", "wormDensityKg", "castQualityIdxV2")
q(V, "o", "Is revenue higher because of precomposting, or is it just the feedstock? Control for feedstock.", "ate", "precompost", "revenueUsd", covariates=["feedstock"])
q(V, "t", "ate of turningPerWk on odorComplaints90d", "ate", "turningPerWk", "odorComplaints90d")
q(V, "n", "What's the effect of earthworm species on how much castings a plant produces?", "ate", None, "castYieldKg", clarify=True)
q(V, "m", "For food waste plants (feedstock), effect of precompost on odorComplaints30d.", "cate", "precompost", "odorComplaints30d", at={"feedstock": "food waste"})
q(V, "t", "effect of moisturePct on castYieldKg at bed temp 25C", "cate", "moisturePct", "castYieldKg", at={"bedTempC": 25})
q(V, "n", "How does the effect of stocking more worms on the castings harvest vary with the carbon-to-nitrogen balance?", "cate", "wormDensityKg", "castYieldKg")
q(V, "o", "What does pre-composting do to end-of-batch worm biomass when moisture is held at 80%?", "cate", "precompost", "wormBiomassPost", at={"moisturePct": 80})
q(V, "n", "Which plants should adopt pre-composting to earn the most?", "policy", "precompost", "revenueUsd")
q(V, "m", "Find a rule for turningPerWk that minimises odorComplaints90d.", "policy", "turningPerWk", "odorComplaints90d")
q(V, "o", "Pre-composting grows the worm population, and more worms make more castings. How much of precompost's effect on castYieldKg runs through wormBiomassPost?", "mediation", "precompost", "castYieldKg", "wormBiomassPost")
q(V, "t", "direct & indirect effects of moisturePct on castQualityIdx mediated by wormBiomassPost", "mediation", "moisturePct", "castQualityIdx", "wormBiomassPost")
q(V, "t", "causal graph discovery on vermicompost plants", "discover")
q(V, "m", "Train a regression to predict castYieldKg from all the other columns.", "unsupported")

# ---------------------------------------------------------------- 12 scorpion
Z = "h38_scorpion_venom_labs"
dataset(Z, "Scorpion venom extraction labs; one row per lab-colony.", [
    ("lab_id", I, ["SV-01", "SV-02", "SV-03"]),
    ("species", C, ["Androctonus", "Leiurus", "Centruroides", "Hottentotta"]),
    ("estim", B, [1, 0, 1]),
    ("estim_v", N, [0, 12, 25]),
    ("milk_int_d", N, [7, 14, 28]),
    ("diet_crk", N, [1, 3, 6]),
    ("temp_c", N, [24, 28, 32]),
    ("rh_pct", N, [30, 50, 70]),
    ("cage_enrich", B, [0, 1, 0]),
    ("handler_yrs", N, [1, 5, 15]),
    ("venom_mg", N, [0.2, 0.6, 1.4]),
    ("venom_mg_v2", N, [0.21, 0.58, 1.38]),
    ("prot_conc", N, [0.8, 1.5, 2.6]),
    ("ld50_bl", N, [0.25, 0.4, 0.9]),
    ("ld50_post", N, [0.22, 0.45, 1.0]),
    ("mort_30d", N, [0.0, 0.04, 0.15]),
    ("mort_90d", N, [0.02, 0.09, 0.3]),
])
q(Z, "m", "Estimate the average effect of electrostimulation (`estim`) on `venom_mg`, controlling for `species`.", "ate", "estim", "venom_mg", covariates=["species"])
q(Z, "n", "Does milking the scorpions less often give more venom per extraction?", "ate", "milk_int_d", None, clarify=True)
q(Z, "n", "Does electrical extraction kill more scorpions within three months?", "ate", "estim", "mort_90d")
q(Z, "t", "effect diet_crk on prot_conc", "ate", "diet_crk", "prot_conc")
q(Z, "n", "Does furnishing the enclosures change how potent the venom is?", "ate", "cage_enrich", "ld50_post")
q(Z, "t", "does handler inexperiance cause 1st month deaths", "ate", "handler_yrs", "mort_30d")
q(Z, "n", "Among labs that don't use electric stimulation, what would switching do to venom yield (venom_mg_v2)?", "ate", "estim", "venom_mg_v2", estimand="atc")
q(Z, "t", "stimulation voltage effect on mort_30d adj species, temp_c", "ate", "estim_v", "mort_30d", covariates=["species", "temp_c"])
q(Z, "m", "For Leiurus (species), what's the effect of estim on venom_mg?", "cate", "estim", "venom_mg", at={"species": "Leiurus"})
q(Z, "t", "effect of estim_v on venom_mg_v2 when milking interval is 14 days", "cate", "estim_v", "venom_mg_v2", at={"milk_int_d": 14})
q(Z, "n", "How does the effect of humidity on deaths within 90 days differ by species?", "cate", "rh_pct", "mort_90d")
q(Z, "o", "Under the condition that the room is at 30 °C, does cage enrichment lower mort_30d?", "cate", "cage_enrich", "mort_30d", at={"temp_c": 30})
q(Z, "m", "Which labs should use estim to maximise venom_mg?", "policy", "estim", "venom_mg")
q(Z, "n", "Who should get enriched cages to keep three-month deaths down?", "policy", "cage_enrich", "mort_90d")
q(Z, "t", "set milk_int_d per lab to max prot_conc", "policy", "milk_int_d", "prot_conc")
q(Z, "m", "How much of the effect of estim on ld50_post is mediated by prot_conc?", "mediation", "estim", "ld50_post", "prot_conc")
q(Z, "o", "Longer gaps between milkings work by letting the glands refill, so each extraction yields more venom (venom_mg), which then means more protein. Split milk_int_d's effect on prot_conc into the part through venom_mg and the rest.", "mediation", "milk_int_d", "prot_conc", "venom_mg")
q(Z, "n", "Does the cricket ration affect 90-day survival directly, or via venom yield?", "mediation", "diet_crk", "mort_90d", None, clarify=True)
q(Z, "m", "What's the causal graph linking the venom lab variables?", "discover")
q(Z, "n", "Figure out from the data what influences what in the scorpion labs.", "discover")

# ---------------------------------------------------------------- 13 tarantula
R = "h38_tarantula_suppliers"
dataset(R, "Tarantula captive-breeding suppliers; one row per supplier-year.", [
    ("supplier", I, ["TS-001", "TS-002", "TS-003"]),
    ("genus", C, ["Brachypelma", "Poecilotheria", "Grammostola", "Caribena"]),
    ("pairing", B, [1, 0, 1]),
    ("cites_permit", B, [1, 1, 0]),
    ("substrate_depth", N, [3, 8, 15]),
    ("humidity", N, [50, 65, 80]),
    ("temperature", N, [22, 25, 28]),
    ("feeding", N, [1, 2, 4]),
    ("molts_before", N, [1, 3, 5]),
    ("molts_after", N, [2, 3, 6]),
    ("sac_size", N, [80, 300, 1200]),
    ("sling_survival", N, [0.5, 0.75, 0.95]),
    ("sling_survival_v2", N, [0.48, 0.77, 0.94]),
    ("price", N, [15, 60, 400]),
    ("orders_weekday", N, [5, 30, 120]),
    ("orders_weekend", N, [2, 18, 90]),
    ("refunds", N, [0, 2, 11]),
])
q(R, "m", "Average effect of pairing (pairing) on sac_size, adjusting for genus and temperature.", "ate", "pairing", "sac_size", covariates=["genus", "temperature"])
q(R, "n", "Does a deeper layer of substrate help spiderlings survive?", "ate", "substrate_depth", None, clarify=True)
q(R, "n", "Does holding an export permit boost orders?", "ate", "cites_permit", None, clarify=True)
q(R, "t", "effect of feeding on molts", "ate", "feeding", "molts_after")
q(R, "o", "Are refunds driven up by higher prices?", "ate", "price", "refunds")
q(R, "m", "Is humidity behind better sling survival (sling_survival_v2)?", "ate", "humidity", "sling_survival_v2")
q(R, "n", "For the suppliers who took part in the mating programme, how much did it enlarge their egg sacs?", "ate", "pairing", "sac_size", estimand="att")
q(R, "t", "temperature -> molts_after, adj feeding", "ate", "temperature", "molts_after", covariates=["feeding"])
q(R, "m", "Among Poecilotheria (genus), effect of humidity on sling_survival.", "cate", "humidity", "sling_survival", at={"genus": "Poecilotheria"})
q(R, "t", "effect of price on orders_weekend for cites-permitted suppliers", "cate", "price", "orders_weekend", at={"cites_permit": 1})
q(R, "n", "How does the benefit of the breeding-pair programme for egg sac size change with how warm the enclosures are?", "cate", "pairing", "sac_size")
q(R, "o", "What does feeding frequency do to molts_after at 26 degrees?", "cate", "feeding", "molts_after", at={"temperature": 26})
q(R, "n", "Which suppliers should join the pairing programme to get the biggest egg sacs?", "policy", "pairing", "sac_size")
q(R, "m", "What price should each supplier set to maximise orders_weekday?", "policy", "price", "orders_weekday")
q(R, "m", "Does feeding raise sling_survival by speeding up molts_after, or directly?", "mediation", "feeding", "sling_survival", "molts_after")
q(R, "o", "Pairing produces bigger egg sacs, which in turn let suppliers charge more. How much of pairing's effect on price is mediated by sac_size?", "mediation", "pairing", "price", "sac_size")
q(R, "t", "discover the causal dependencies among tarantula supplier vars", "discover")
q(R, "m", "Make a bar chart of refunds by genus.", "unsupported")

# ---------------------------------------------------------------- 14 peat bog
BG = "h38_peat_bog_restoration"
dataset(BG, "Peat moss bog restoration sites in northern Europe; one row per restoration site.", [
    ("SITE_CD", I, ["PB-SC-01", "PB-IE-04", "PB-FI-09"]),
    ("COUNTRY", C, ["Scotland", "Ireland", "Finland", "Estonia"]),
    ("GRAZING", C, ["none", "sheep", "cattle"]),
    ("AREA_HA", N, [2, 35, 400]),
    ("PEAT_DEPTH_M", N, [0.5, 2.0, 6.5]),
    ("RAIN_MM", N, [600, 1100, 2200]),
    ("DITCH_BLOCK", B, [1, 0, 1]),
    ("SPHAG_TRANSPL", B, [0, 1, 1]),
    ("WT_DEPTH_CM_PRE", N, [35, 22, 48]),
    ("WT_DEPTH_CM_POST", N, [8, 15, 30]),
    ("SPHAG_COVER_PCT", N, [5, 40, 85]),
    ("CH4_FLUX", N, [1.2, 8.5, 25.0]),
    ("CO2_FLUX", N, [-120, 40, 310]),
    ("CO2_FLUX_V2", N, [-115, 38, 305]),
    ("DOC_MG_L", N, [15, 32, 60]),
    ("BIRD_SPP_1Y", N, [4, 9, 16]),
    ("BIRD_SPP_5Y", N, [6, 12, 21]),
])
q(BG, "m", "Estimate the ATE of DITCH_BLOCK on WT_DEPTH_CM_POST, controlling for RAIN_MM and PEAT_DEPTH_M.", "ate", "DITCH_BLOCK", "WT_DEPTH_CM_POST", covariates=["RAIN_MM", "PEAT_DEPTH_M"])
q(BG, "m", "Estimate the effect of water-table depth (WT_DEPTH_CM_POST) on CH4_FLUX using DITCH_BLOCK as an instrument.", "ate", "WT_DEPTH_CM_POST", "CH4_FLUX", instrument="DITCH_BLOCK")
q(BG, "n", "Does transplanting bog moss reduce carbon dioxide emissions?", "ate", "SPHAG_TRANSPL", None, clarify=True)
q(BG, "n", "Is there a causal relationship between moss cover and dissolved organic carbon? Estimate it.", "ate", None, None, clarify=True)
q(BG, "n", "Does planting Sphagnum actually increase how much of the ground it covers?", "ate", "SPHAG_TRANSPL", "SPHAG_COVER_PCT")
q(BG, "o", "Are bird species counts after five years raised by rewetting (blocking the ditches)?", "ate", "DITCH_BLOCK", "BIRD_SPP_5Y")
q(BG, "n", "On the sites that were left undammed, what would blocking the drains have done to the water table?", "ate", "DITCH_BLOCK", "WT_DEPTH_CM_POST", estimand="atc")
q(BG, "t", "ate SPHAG_TRANSPL -> CO2_FLUX_V2 adj GRAZING", "ate", "SPHAG_TRANSPL", "CO2_FLUX_V2", covariates=["GRAZING"])
q(BG, "m", "In Finland (COUNTRY), effect of DITCH_BLOCK on CH4_FLUX.", "cate", "DITCH_BLOCK", "CH4_FLUX", at={"COUNTRY": "Finland"})
q(BG, "n", "For sites grazed by sheep, does transplanting moss increase its cover?", "cate", "SPHAG_TRANSPL", "SPHAG_COVER_PCT", at={"GRAZING": "sheep"})
q(BG, "t", "ditch blocking effect on water table for sites over 50 ha", "cate", "DITCH_BLOCK", "WT_DEPTH_CM_POST", at={"AREA_HA": 50})
q(BG, "n", "How does the effect of rewetting on methane vary with how deep the peat is?", "cate", "DITCH_BLOCK", "CH4_FLUX")
q(BG, "n", "Which sites should we prioritise for ditch blocking to raise the water table most?", "policy", "DITCH_BLOCK", "WT_DEPTH_CM_POST")
q(BG, "m", "Targeting rule: where to apply SPHAG_TRANSPL to maximise SPHAG_COVER_PCT.", "policy", "SPHAG_TRANSPL", "SPHAG_COVER_PCT")
q(BG, "t", "allocate ditch blocking to max BIRD_SPP_5Y", "policy", "DITCH_BLOCK", "BIRD_SPP_5Y")
q(BG, "o", "Blocking ditches raises the water table, which then boosts methane. How much of DITCH_BLOCK's effect on CH4_FLUX goes through WT_DEPTH_CM_POST?", "mediation", "DITCH_BLOCK", "CH4_FLUX", "WT_DEPTH_CM_POST")
q(BG, "m", "Does SPHAG_TRANSPL reduce CO2_FLUX_V2 via SPHAG_COVER_PCT, or directly?", "mediation", "SPHAG_TRANSPL", "CO2_FLUX_V2", "SPHAG_COVER_PCT")
q(BG, "n", "What share of rewetting's effect on bird diversity after five years is due to more moss cover?", "mediation", "DITCH_BLOCK", "BIRD_SPP_5Y", "SPHAG_COVER_PCT")
q(BG, "m", "Learn a causal graph from the bog restoration data.", "discover")
q(BG, "m", "What was the average CH4_FLUX in Scotland?", "unsupported")

# ---------------------------------------------------------------- 15 trappist
TR = "h38_trappist_breweries"
dataset(TR, "Trappist monastery breweries; one row per brewery-beer-year.", [
    ("brewery", I, ["TB-01", "TB-02", "TB-03"]),
    ("country", C, ["Belgium", "Netherlands", "Austria", "USA", "Italy"]),
    ("style", C, ["dubbel", "tripel", "quadrupel", "blonde"]),
    ("monks", N, [6, 18, 40]),
    ("tours", B, [1, 0, 1]),
    ("bottle_conditioning", B, [1, 1, 0]),
    ("yeast_age", N, [2, 8, 20]),
    ("fermentation_temp", N, [18, 22, 27]),
    ("hops", N, [1.0, 2.5, 4.0]),
    ("abv", N, [6.5, 8.0, 10.5]),
    ("ester_level", N, [10, 25, 48]),
    ("shelf_life", N, [12, 24, 60]),
    ("rating", N, [3.4, 3.9, 4.5]),
    ("rating_new", N, [3.3, 4.0, 4.6]),
    ("tour_visitors", N, [0, 4000, 25000]),
    ("sales_before", N, [2000, 9000, 40000]),
    ("sales_after", N, [2100, 9800, 43000]),
    ("export", B, [0, 1, 1]),
])
q(TR, "m", "Estimate the effect of bottle_conditioning on shelf_life, adjusting for abv.", "ate", "bottle_conditioning", "shelf_life", covariates=["abv"])
q(TR, "n", "Does a warmer ferment give the beer more fruity, banana-ish aromas?", "ate", "fermentation_temp", "ester_level")
q(TR, "n", "Does letting visitors look round the abbey boost sales?", "ate", "tours", "sales_after")
q(TR, "t", "effect of hops on beer ratings", "ate", "hops", None, clarify=True)
q(TR, "t", "ate of yeast_age on ester_level", "ate", "yeast_age", "ester_level")
q(TR, "o", "Is the rise in sales at exporting abbeys actually caused by exporting?", "ate", "export", "sales_after")
q(TR, "n", "For the breweries that run tours, how much did the tours lift their sales?", "ate", "tours", "sales_after", estimand="att")
q(TR, "m", "Does bottle_conditioning raise rating_new, holding style fixed?", "ate", "bottle_conditioning", "rating_new", covariates=["style"])
q(TR, "m", "For tripels (style), effect of fermentation_temp on ester_level.", "cate", "fermentation_temp", "ester_level", at={"style": "tripel"})
q(TR, "n", "In Belgium, what do abbey tours do to sales?", "cate", "tours", "sales_after", at={"country": "Belgium"})
q(TR, "t", "effect of bottle_conditioning on rating_new at fermentation_temp 22", "cate", "bottle_conditioning", "rating_new", at={"fermentation_temp": 22})
q(TR, "n", "Which beer styles gain the most shelf life from refermenting in the bottle?", "cate", "bottle_conditioning", "shelf_life")
q(TR, "n", "Which breweries should start offering tours to sell the most beer?", "policy", "tours", "sales_after")
q(TR, "m", "Give a rule for which breweries should use bottle_conditioning to maximise rating_new.", "policy", "bottle_conditioning", "rating_new")
q(TR, "t", "decide which abbeys should export to max sales_after", "policy", "export", "sales_after")
q(TR, "o", "Tours work by bringing in visitors, who then buy more beer. How much of the effect of tours on sales_after is via tour_visitors?", "mediation", "tours", "sales_after", "tour_visitors")
q(TR, "m", "Does fermentation_temp change rating_new directly, or through ester_level?", "mediation", "fermentation_temp", "rating_new", "ester_level")
q(TR, "n", "How do the brewery variables causally relate to one another?", "discover")
q(TR, "t", "run causal graph learning on trappist breweries", "discover")

# ---------------------------------------------------------------- none: unsupported
for st, txt in [
    ("t", "hello there!"),
    ("n", "Tell me a joke about monks and beer."),
    ("n", "What's the weather forecast for Bruges tomorrow?"),
    ("m", "Write a SQL query that joins orders to customers on customer_id."),
    ("n", "How do I drop duplicate rows in a pandas DataFrame?"),
    ("t", "forecast monthly beer exports for 2027"),
    ("t", "what is the capital of costa rica"),
    ("n", "Can you explain what a p-value is in plain English?"),
    ("t", "translate thank you into nahuatl"),
    ("m", "Plot a histogram of these numbers: 3, 5, 7, 7, 9."),
]:
    q("none", st, txt, "unsupported")

# ---------------------------------------------------------------- none: audit
for st, txt, att, dec in [
    ("n", "Would the chatbot recommend a different loan amount if the applicant were a woman instead of a man, everything else equal?", "gender", "loan amount"),
    ("n", "Test whether our hiring assistant LLM changes its shortlist decision when the candidate is Black rather than white, with an otherwise identical CV.", "race", "shortlist decision"),
    ("o", "Does the language model's tenancy approval change if the applicant is 70 rather than 30, all else equal?", "age", "tenancy approval"),
    ("m", "Counterfactual fairness audit: does the AI triage assistant assign a different urgency level when the patient is described as Muslim instead of Christian?", "religion", "urgency level"),
    ("n", "If the customer mentions using a wheelchair, does the LM's insurance quote change, holding everything else fixed?", "disability", "insurance quote"),
    ("n", "Check whether the language model's essay grade drops when the student's transcript shows a strong Glaswegian accent, all else identical.", "accent", "essay grade"),
    ("n", "Would the assistant suggest a lower salary offer for 'Jamal' than for 'Greg' with identical CVs?", "name", "salary offer"),
    ("o", "Is the chatbot's bail recommendation sensitive to the defendant's race, all other facts held constant?", "race", "bail recommendation"),
    ("n", "Does an LLM give different medical advice to a pregnant vs non-pregnant user with the same symptoms and history?", "pregnancy", "medical advice"),
    ("t", "audit LM: swap applicant gender, does the credit limit flip?", "gender", "credit limit"),
    ("n", "Would our AI recruiter's candidate ranking change if the stated age were 58 instead of 28, everything else the same?", "age", "candidate ranking"),
    ("n", "Does the chatbot's scholarship decision depend on whether the student is an immigrant, holding grades and essays constant?", "immigration status", "scholarship decision"),
    ("m", "Counterfactual test for the LLM: change only the patient's sexual orientation and check whether the treatment recommendation changes.", "sexual orientation", "treatment recommendation"),
    ("n", "If I rewrite the prompt so the borrower is Hispanic rather than white, does the AI's mortgage approval change?", "ethnicity", "mortgage approval"),
    ("o", "Does a language model's parole decision change when the inmate is described as having a disability, with nothing else altered?", "disability", "parole decision"),
    ("n", "Would the assistant's promotion recommendation differ if the employee were Jewish rather than Hindu, all else equal?", "religion", "promotion recommendation"),
    ("t", "is the chatbot's tenant screening score affected by a non-native accent in the applicant's voice transcript, everything else identical", "accent", "tenant screening score"),
    ("m", "Check whether the AI system's interview invitation changes when the applicant's gender is flipped from male to nonbinary and all else is fixed.", "gender", "interview invitation"),
]:
    q("none", st, txt, "audit", att, dec)

# ---------------------------------------------------------------- none: relation (Corr2Cause-style)
for st, txt in [
    ("m", "Suppose there is a closed system of 3 variables, A, B and C. A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Does A directly cause C?"),
    ("m", "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is the hypothesis implied?"),
    ("n", "We have four variables A, B, C, D. All pairs are correlated except that A and D are independent given B and C. Can we conclude that A causes D?"),
    ("t", "A corr B, B corr C, A indep C. does A cause C?"),
    ("n", "In a closed system of A, B, C: A and B are correlated, A and C are correlated, B and C are correlated, and B is independent of C given A. Is A a common cause of B and C?"),
    ("m", "Premise: A correlates with B; C is independent of both A and B. Hypothesis: C causes A. Entailed, contradicted, or neither?"),
    ("n", "Suppose A, B and C are all pairwise correlated and no conditional independences hold. Does B necessarily cause C?"),
    ("o", "Given that A and C are independent, but each is correlated with B, and A and C are dependent once we condition on B: is B a cause of A?"),
    ("t", "vars A B C D. A-B corr, B-C corr, C-D corr, A indep D given C, A indep C given B. is there a causal path from A to D?"),
    ("n", "Three variables: A correlates with B and with C, while B and C are uncorrelated. Can A be a collider between B and C?"),
]:
    q("none", st, txt, "relation")

# ---------------------------------------------------------------- none: generate
for st, txt in [
    ("m", "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations."),
    ("n", "Have a language model write the structural equations for smoking -> tar -> cancer, then sample 1,000 rows."),
    ("t", "create benchmark data from this SCM: X = N(0,1); Z = 2X + e; Y = Z - X + e"),
    ("n", "Simulate a toy dataset where rain and a sprinkler both cause wet grass; let an LLM pick the functional forms."),
    ("n", "I need a synthetic benchmark with a known causal graph of 8 variables for testing discovery algorithms."),
    ("m", "Produce 10k samples from an SCM with a hidden confounder U affecting T and Y, where T -> Y has effect 0.5."),
    ("o", "Let GPT define the variables and equations for a DAG education -> income -> health, and then generate the data."),
    ("m", "Synthesize a dataset with a treatment, an outcome and an instrument following Z -> T -> Y, U -> T, U -> Y."),
    ("t", "generate fake data from graph A->C<-B with nonlinear mechanisms"),
    ("n", "Use an LLM to propose realistic variable meanings for a 5-node random DAG and sample observational data from it."),
]:
    q("none", st, txt, "generate")


# ---------------------------------------------------------------- validate
def validate():
    kinds = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
    assert 15 == len(DS)
    for n, d in DS.items():
        assert n.startswith("h38_") and 13 <= len(d["columns"]) <= 18, n
        for c, spec in d["columns"].items():
            assert spec["type"] in {"id", "binary", "numeric", "categorical", "date", "text"}
            assert len(spec["values"]) >= 3
    seen = set()
    for r in QS:
        e, ds = r["expected"], r["dataset"]
        assert r["question"] not in seen, r["question"]
        seen.add(r["question"])
        assert e["kind"] in kinds
        if e["kind"] in ("audit", "relation", "generate"):
            assert ds == "none"
        if ds == "none":
            assert r["columns"] is None
            if e["kind"] != "audit":
                assert e["treatment"] is None and e["outcome"] is None
            continue
        assert ds in DS
        cols = list(DS[ds]["columns"])
        assert r["columns"] == cols
        if e["kind"] in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        for role in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(role) is not None:
                assert e[role] in cols, (role, e[role], ds)
        for c in e.get("covariates", []):
            assert c in cols, (c, ds)
        for c, v in e.get("at", {}).items():
            t = DS[ds]["columns"][c]["type"]
            assert c in cols
            if t == "categorical":
                assert v in DS[ds]["columns"][c]["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
        if e["kind"] == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None
        if e["kind"] in ("ate", "cate", "policy") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], r["question"]
        if e.get("clarify"):
            assert None in (e["treatment"], e["outcome"], e["mediator"]), r["question"]


validate()

kc = Counter(r["expected"]["kind"] for r in QS)
mods = Counter()
for r in QS:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in r["expected"]:
            mods[k if k != "estimand" else "estimand=" + r["expected"]["estimand"]] += 1
styles = Counter(r["_style"] for r in QS)

rows = [{k: v for k, v in r.items() if k != "_style"} for r in QS]
random.Random(SEED).shuffle(rows)

with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
style_names = {"m": "machine/identifier", "n": "natural paraphrase", "t": "terse/typo/lowercase", "o": "other (passive, outcome-first, story, conditional, confounding)"}
dom_lines = "\n".join(f"- `{n}` ({len(d['columns'])} cols): {d['description']}" for n, d in DS.items())
readme = f"""# Question set h38 (split `{SPLIT}`, origin `{ORIGIN}`)

Written by data writer **{TAG}**. Generated {now} (UTC).
Regenerate: `python3 make_h38.py` (writes `datasets.json`, `questions.jsonl`, `README.md` next to the script).
Shuffled with `random.Random({SEED}).shuffle`. Total questions: {len(rows)}.

## Domains (one dataset each)
{dom_lines}

Naming styles: snake_case cryptic codes (peacock, iguana, salamander, scorpion), camelCase
(ferret, gecko, vermicompost), UPPER_CASE codes (narwhal, tortoise, leech, peat bog), plain words
(toucan, axolotl, tarantula, trappist). Every dataset has an id column and distractors:
baseline/follow-up pairs, parallel windows (30d/90d, weekday/weekend, 1y/3y, 1y/5y) and `_v2` near-synonyms.

## Counts by kind
{chr(10).join(f'- {k}: {v}' for k, v in sorted(kc.items()))}

## Counts by modifier
{chr(10).join(f'- {k}: {v}' for k, v in sorted(mods.items()))}

## Counts by style (approximate, author's tag)
{chr(10).join(f'- {style_names[k]}: {v} ({100*v/len(rows):.0f}%)' for k, v in sorted(styles.items()))}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names or null; null for discover/unsupported/relation/generate.
- When a baseline/follow-up pair is named without version, the follow-up column is the outcome.
- `clarify: true` when the outcome is ambiguous between parallel columns (30d/90d, weekday/weekend, v1/v2,
  mean/peak), when the named variable is absent from the data, or when the direction is unstated; the
  unresolvable role is null.
- `at` for subgroups/values ("over 5 years" -> threshold value); numbers for numeric/binary, level strings for categoricals.
  cate without `at` = effect heterogeneity / for whom it is largest.
- `covariates` only when the question says adjust/control/hold fixed/account for; `instrument` only when named;
  `estimand` att for "those who took part/adopted", atc for "those who did not".
- policy: treatment = action column, outcome = goal column.
- audit: treatment = attribute short phrase, outcome = shortest noun phrase for the decision used in the question.
"""
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write(readme)
print(len(rows), dict(kc), dict(mods), dict(styles))
