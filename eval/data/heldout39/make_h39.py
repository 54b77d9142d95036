#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl and README.md for question set h39 (next to this file)."""
import json, os, random, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED, TAG = "test", "heldout39", 39039, "h39"

DATASETS = {}   # name -> dict(description, style, cols=[(name,type,values)])
QUESTIONS = []  # internal records
_cur = [None]


def ds(name, style, desc, cols):
    DATASETS[name] = dict(description=desc, style=style, cols=cols)
    _cur[0] = name


def q(kind, style, text, t=None, y=None, m=None, cov=None, inst=None, est=None, at=None,
      clarify=False, dataset=None):
    d = dataset if dataset is not None else _cur[0]
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        exp["covariates"] = cov
    if inst:
        exp["instrument"] = inst
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clarify:
        exp["clarify"] = True
    QUESTIONS.append(dict(dataset=d, style=style, question=text, expected=exp))


B = [0, 1]

# ---------------------------------------------------------------- 1 platypus (snake_case cryptic)
ds("h39_platypus_surveys", "snake_case cryptic",
   "Live-trap and eDNA surveys of platypus on river reaches in eastern Australian catchments; some reaches "
   "received riparian fencing and some fell under a ban on opera-house yabby traps. One row per reach.",
   [("reach_id", "id", ["RCH-0012", "RCH-0448", "RCH-1093"]),
    ("catch", "categorical", ["upper_murray", "snowy", "derwent", "fitzroy"]),
    ("rip_fence", "binary", B),
    ("yabby_trap_ban", "binary", B),
    ("flow_ml_d", "numeric", [45.2, 310.0, 12.7]),
    ("wtemp_c", "numeric", [11.4, 18.9, 23.1]),
    ("turb_ntu", "numeric", [3.2, 17.5, 48.0]),
    ("macroinv_bl", "numeric", [412, 1280, 860]),
    ("macroinv_24m", "numeric", [530, 1495, 790]),
    ("bank_veg_pct", "numeric", [22.0, 61.5, 88.0]),
    ("cpue_pre", "numeric", [0.12, 0.45, 0.80]),
    ("cpue_post", "numeric", [0.18, 0.52, 0.95]),
    ("juv_prop", "numeric", [0.05, 0.21, 0.33]),
    ("edna_det", "binary", B),
    ("edna_det_v2", "binary", B),
    ("drought_yr", "binary", B),
    ("dist_dam_km", "numeric", [2.5, 38.0, 112.4]),
    ("surveyor_n", "numeric", [2, 3, 5])])
q("ate", "M", "Estimate the average treatment effect of riparian fencing (`rip_fence`) on post-survey platypus catch per unit effort (`cpue_post`), adjusting for `catch` and `flow_ml_d`.",
  "rip_fence", "cpue_post", cov=["catch", "flow_ml_d"])
q("ate", "N", "Do creeks where the cattle have been fenced away from the banks end up holding more platypus?", "rip_fence", "cpue_post")
q("ate", "T", "ate yabby_trap_ban -> cpue_post, adj wtemp_c drought_yr", "yabby_trap_ban", "cpue_post", cov=["wtemp_c", "drought_yr"])
q("ate", "O", "Did banning opera-house yabby traps really raise the share of young platypus turning up in surveys, or is it just confounding?", "yabby_trap_ban", "juv_prop")
q("ate", "M", "What was the effect of `rip_fence` on `macroinv_24m` for the reaches that actually got fenced (ATT)?", "rip_fence", "macroinv_24m", est="att")
q("ate", "N", "Does fencing the banks make it more likely we pick up platypus DNA in the water?", "rip_fence", None, clarify=True)
q("ate", "T", "effect of bank veg cover on platypus cpue", "bank_veg_pct", "cpue_post")
q("ate", "M", "Using distance to the nearest dam (`dist_dam_km`) as an instrument, estimate the effect of river flow (`flow_ml_d`) on the juvenile proportion (`juv_prop`).",
  "flow_ml_d", "juv_prop", inst="dist_dam_km")
q("cate", "T", "cate of rip_fence on cpue_post, catch = snowy", "rip_fence", "cpue_post", at={"catch": "snowy"})
q("cate", "O", "Under the condition that it was a drought year, did fencing the riverbanks still lift platypus catch rates?", "rip_fence", "cpue_post", at={"drought_yr": 1})
q("cate", "N", "In which rivers does the trap ban do the most good for the number of young platypus?", "yabby_trap_ban", "juv_prop")
q("cate", "M", "How does the effect of `rip_fence` on `cpue_post` vary with water temperature (`wtemp_c`)?", "rip_fence", "cpue_post")
q("policy", "N", "Which stretches of river should be fenced next if the aim is the most platypus per unit of survey effort?", "rip_fence", "cpue_post")
q("policy", "T", "targeting rule: where to enforce yabby_trap_ban to maximise juv_prop", "yabby_trap_ban", "juv_prop")
q("policy", "N", "If we can only fence ten reaches, which ones give us the best chance of detecting platypus eDNA?", "rip_fence", None, clarify=True)
q("mediation", "M", "How much of the effect of riparian fencing (`rip_fence`) on platypus CPUE (`cpue_post`) is mediated by bank vegetation cover (`bank_veg_pct`)?",
  "rip_fence", "cpue_post", "bank_veg_pct")
q("mediation", "O", "The story is that fencing works by letting the banks regrow, which then washes more insects and larvae into the stream, and more bugs means more platypus. How much of fencing's effect on catch rates runs through the invertebrates?",
  "rip_fence", "cpue_post", "macroinv_24m")
q("discover", "N", "Which of these river measurements drive which? Work out the cause-and-effect ordering among them.")
q("unsupported", "T", "forecast cpue_post for every reach next season")

# ---------------------------------------------------------------- 2 dingo (UPPER_CASE)
ds("h39_dingo_fence", "UPPER_CASE codes",
   "Monitoring stations along the dingo barrier fence; stations differ in 1080 baiting, electrified offset wire and "
   "patrol effort. One row per station-year.",
   [("STN_ID", "id", ["DF-0031", "DF-0217", "DF-0590"]),
    ("STATE", "categorical", ["SA", "NSW", "QLD"]),
    ("SIDE", "categorical", ["inside", "outside"]),
    ("BAIT_1080", "binary", B),
    ("CAM_TRAPS", "numeric", [2, 6, 12]),
    ("ELEC_WIRE", "binary", B),
    ("PATROL_FREQ", "numeric", [1, 4, 8]),
    ("FENCE_BREACH_N", "numeric", [0, 3, 11]),
    ("DINGO_ACT_PRE", "numeric", [0.4, 1.8, 3.2]),
    ("DINGO_ACT_POST", "numeric", [0.2, 1.1, 2.9]),
    ("KANGA_DENS", "numeric", [4.5, 18.2, 41.0]),
    ("FOX_IDX", "numeric", [0.1, 0.6, 1.4]),
    ("SHEEP_LOSS_30D", "numeric", [0, 3, 14]),
    ("SHEEP_LOSS_90D", "numeric", [0, 9, 37]),
    ("RAIN_MM_12M", "numeric", [140, 260, 510]),
    ("GRAZ_PRESS", "numeric", [0.3, 0.9, 1.6]),
    ("GRAZ_PRESS_V2", "numeric", [0.25, 0.85, 1.7])])
q("ate", "M", "Estimate the ATE of 1080 baiting (`BAIT_1080`) on post-period dingo activity (`DINGO_ACT_POST`), controlling for `KANGA_DENS` and `RAIN_MM_12M`.",
  "BAIT_1080", "DINGO_ACT_POST", cov=["KANGA_DENS", "RAIN_MM_12M"])
q("ate", "N", "Does running a live electric wire along the fence mean it gets broken through less often?", "ELEC_WIRE", "FENCE_BREACH_N")
q("ate", "T", "ate ELEC_WIRE on SHEEP_LOSS_90D", "ELEC_WIRE", "SHEEP_LOSS_90D")
q("ate", "N", "What does laying poison baits do to the number of sheep lost?", "BAIT_1080", None, clarify=True)
q("ate", "O", "Is the jump in fox activity after 1080 baiting a genuine mesopredator release, or could it be confounding?", "BAIT_1080", "FOX_IDX")
q("ate", "T", "effect patrol freq on fence breaches", "PATROL_FREQ", "FENCE_BREACH_N")
q("ate", "M", "For stations that were never baited, what would baiting have done to kangaroo density (`KANGA_DENS`)? i.e. the ATC of `BAIT_1080`.", "BAIT_1080", "KANGA_DENS", est="atc")
q("ate", "M", "Use the number of camera traps (CAM_TRAPS) as an instrument for PATROL_FREQ and estimate the effect of patrolling on SHEEP_LOSS_90D.",
  "PATROL_FREQ", "SHEEP_LOSS_90D", inst="CAM_TRAPS")
q("cate", "T", "BAIT_1080 effect on DINGO_ACT_POST, stations outside the fence only", "BAIT_1080", "DINGO_ACT_POST", at={"SIDE": "outside"})
q("cate", "N", "Up in Queensland, does the electrified offset wire actually cut down on breaches?", "ELEC_WIRE", "FENCE_BREACH_N", at={"STATE": "QLD"})
q("cate", "M", "How does the effect of `BAIT_1080` on `SHEEP_LOSS_90D` vary with `KANGA_DENS`?", "BAIT_1080", "SHEEP_LOSS_90D")
q("cate", "O", "Under the condition that the past year brought 250 mm of rain, what does baiting do to fox activity?", "BAIT_1080", "FOX_IDX", at={"RAIN_MM_12M": 250})
q("policy", "N", "Which stations should be baited if we want sheep losses over a three-month window kept as low as possible?", "BAIT_1080", "SHEEP_LOSS_90D")
q("policy", "O", "We can afford electric wire at 40 stations. Where should it go to cut breaches the most?", "ELEC_WIRE", "FENCE_BREACH_N")
q("policy", "T", "policy BAIT_1080 -> minimise DINGO_ACT_POST, who to treat", "BAIT_1080", "DINGO_ACT_POST")
q("mediation", "M", "How much of `BAIT_1080`'s effect on `SHEEP_LOSS_90D` is mediated by `DINGO_ACT_POST`?", "BAIT_1080", "SHEEP_LOSS_90D", "DINGO_ACT_POST")
q("mediation", "O", "Baiting thins out the dingoes, which then lets kangaroo numbers climb. How much of baiting's effect on kangaroo density is indirect via dingo activity, and how much is direct?",
  "BAIT_1080", "KANGA_DENS", "DINGO_ACT_POST")
q("discover", "T", "causal discovery on the fence station data pls")
q("unsupported", "T", "bar chart of FENCE_BREACH_N by STATE")

# ---------------------------------------------------------------- 3 kakapo (camelCase)
ds("h39_kakapo_islands", "camelCase",
   "Breeding records of female kakapo on predator-free islands across several breeding seasons, with supplementary "
   "feeding, artificial insemination and nest monitoring. One row per female-season.",
   [("femaleId", "id", ["KF-007", "KF-048", "KF-112"]),
    ("island", "categorical", ["WhenuaHou", "Anchor", "Pukenui", "HauturuLittleBarrier"]),
    ("ageYrs", "numeric", [8, 27, 52]),
    ("rimuMastYr", "binary", B),
    ("suppFeeding", "binary", B),
    ("artInsem", "binary", B),
    ("bodyMassPre", "numeric", [1350, 1620, 1890]),
    ("bodyMassPost", "numeric", [1420, 1710, 1980]),
    ("clutchSize", "numeric", [1, 2, 4]),
    ("eggsFertile", "numeric", [0, 1, 3]),
    ("chicksFledged", "numeric", [0, 1, 3]),
    ("chickSurvival30d", "numeric", [0.5, 0.8, 1.0]),
    ("chickSurvival60d", "numeric", [0.33, 0.67, 1.0]),
    ("nestCamHrs", "numeric", [120, 480, 910]),
    ("handRearPct", "numeric", [0, 25, 100]),
    ("aspergillosisCase", "binary", B),
    ("stoatIncursions", "numeric", [0, 1, 4])])
q("ate", "M", "Estimate the average effect of supplementary feeding (`suppFeeding`) on chicks fledged (`chicksFledged`), adjusting for `ageYrs` and `rimuMastYr`.",
  "suppFeeding", "chicksFledged", cov=["ageYrs", "rimuMastYr"])
q("ate", "N", "Does artificially inseminating the females give us more eggs that actually develop?", "artInsem", "eggsFertile")
q("ate", "T", "suppFeeding -> bodyMassPost ate", "suppFeeding", "bodyMassPost")
q("ate", "N", "Do the hoppers of extra food help the chicks survive?", "suppFeeding", None, clarify=True)
q("ate", "O", "Is the higher aspergillosis rate tied to hand-rearing a bigger share of chicks a real effect, or just confounding?", "handRearPct", "aspergillosisCase")
q("ate", "M", "Among females that received artificial insemination (`artInsem`), what was the effect on `chicksFledged`? (ATT)", "artInsem", "chicksFledged", est="att")
q("ate", "T", "nest cam hrs effect on 60d chick survival", "nestCamHrs", "chickSurvival60d")
q("ate", "O", "Is clutch size increased by supplementary food once island is controlled for?", "suppFeeding", "clutchSize", cov=["island"])
q("cate", "T", "suppFeeding on chicksFledged, rimu mast years only", "suppFeeding", "chicksFledged", at={"rimuMastYr": 1})
q("cate", "N", "On Whenua Hou specifically, did insemination lead to more fertile eggs?", "artInsem", "eggsFertile", at={"island": "WhenuaHou"})
q("cate", "M", "For which females (by `ageYrs`, `bodyMassPre`, `island`) is the effect of `suppFeeding` on `chicksFledged` largest?", "suppFeeding", "chicksFledged")
q("cate", "O", "What is the effect of artificial insemination on fertile eggs for a 30-year-old female?", "artInsem", "eggsFertile", at={"ageYrs": 30})
q("policy", "N", "Which birds should get supplementary feeding next season so we get the most chicks out of the nest?", "suppFeeding", "chicksFledged")
q("policy", "T", "who to inseminate to maximise eggsFertile", "artInsem", "eggsFertile")
q("policy", "M", "Derive an allocation rule for `nestCamHrs` that maximises `chickSurvival60d`.", "nestCamHrs", "chickSurvival60d")
q("mediation", "M", "Decompose the effect of `suppFeeding` on `chicksFledged` into direct and indirect effects through `bodyMassPost`.", "suppFeeding", "chicksFledged", "bodyMassPost")
q("mediation", "O", "Supplementary food works by fattening the females up, which then lets them lay bigger clutches. How much of the feeding effect on fledged chicks flows through clutch size?",
  "suppFeeding", "chicksFledged", "clutchSize")
q("mediation", "T", "what fraction of artInsem effect on chicksFledged goes via eggsFertile", "artInsem", "chicksFledged", "eggsFertile")
q("discover", "M", "Learn a causal graph over the kakapo breeding variables (`rimuMastYr`, `suppFeeding`, `bodyMassPost`, `clutchSize`, `chicksFledged`, ...).")
q("discover", "N", "What drives what here? Can you work out the order of influence between mast years, feeding, body mass and breeding success?")
q("unsupported", "T", "predict clutchSize for each female next mast year")

# ---------------------------------------------------------------- 4 tuatara (plain words, Title Case)
ds("h39_tuatara_enclosures", "plain words (Title Case with spaces)",
   "Juvenile tuatara raised in captive-rearing enclosures at several facilities before release, with heat lamps, "
   "diet and enclosure furnishing varied. One row per animal.",
   [("Animal ID", "id", ["TU-0101", "TU-0345", "TU-0772"]),
    ("Facility", "categorical", ["Orokonui", "Southland Museum", "Zealandia", "Nga Manu"]),
    ("Sex", "categorical", ["male", "female"]),
    ("Incubation Temperature", "numeric", [19.8, 21.0, 22.5]),
    ("Hatch Weight", "numeric", [4.1, 5.3, 6.0]),
    ("Heat Lamp", "binary", B),
    ("Insect Diet", "binary", B),
    ("Cricket Ration", "numeric", [5, 12, 20]),
    ("Enclosure Size", "numeric", [1.5, 4.0, 9.0]),
    ("Hides", "numeric", [1, 3, 6]),
    ("Snout Vent Length Start", "numeric", [48, 52, 57]),
    ("Snout Vent Length End", "numeric", [71, 84, 96]),
    ("Weight At Release", "numeric", [28.5, 41.0, 55.2]),
    ("Stress Score", "numeric", [1.2, 2.8, 4.5]),
    ("Stress Score Revised", "numeric", [1.0, 2.9, 4.8]),
    ("Survived First Year", "binary", B),
    ("Released", "binary", B)])
q("ate", "M", "Estimate the average effect of the heat lamp (`Heat Lamp`) on `Weight At Release`, adjusting for `Hatch Weight` and `Facility`.",
  "Heat Lamp", "Weight At Release", cov=["Facility", "Hatch Weight"])
q("ate", "N", "Do young tuatara grow longer if they are fed live bugs?", "Insect Diet", "Snout Vent Length End")
q("ate", "T", "ate heat lamp on survived first year", "Heat Lamp", "Survived First Year")
q("ate", "N", "Does giving them a roomier pen make the animals less stressed?", "Enclosure Size", None, clarify=True)
q("ate", "O", "Does a bigger cricket ration actually make juveniles heavier by the time they are released, or is that confounded?", "Cricket Ration", "Weight At Release")
q("ate", "O", "Is first-year survival improved by warmer incubation?", "Incubation Temperature", "Survived First Year")
q("ate", "T", "effect of # hides on released", "Hides", "Released")
q("cate", "T", "Heat Lamp -> Weight At Release, females only", "Heat Lamp", "Weight At Release", at={"Sex": "female"})
q("cate", "N", "At Zealandia, does the live-insect diet help more hatchlings make it through their first year?", "Insect Diet", "Survived First Year", at={"Facility": "Zealandia"})
q("cate", "O", "When eggs were incubated at 22 °C, what does the heat lamp do to final snout-vent length?", "Heat Lamp", "Snout Vent Length End", at={"Incubation Temperature": 22})
q("cate", "M", "How does the effect of `Heat Lamp` on `Weight At Release` differ across `Hatch Weight`?", "Heat Lamp", "Weight At Release")
q("policy", "N", "Which juveniles ought to get a heat lamp if we want them as heavy as possible when they go out into the wild?", "Heat Lamp", "Weight At Release")
q("policy", "T", "who gets Insect Diet to maximise Survived First Year", "Insect Diet", "Survived First Year")
q("mediation", "M", "How much of the effect of `Insect Diet` on `Survived First Year` is mediated by `Weight At Release`?", "Insect Diet", "Survived First Year", "Weight At Release")
q("mediation", "O", "Our theory: the heat lamp works by calming juveniles down, and calmer animals then feed and grow more. What portion of the heat lamp's effect on release weight goes through the revised stress score?",
  "Heat Lamp", "Weight At Release", "Stress Score Revised")
q("discover", "N", "Which of these husbandry factors cause which? Recover the structure linking them.")
q("unsupported", "N", "What's the average hatch weight at each facility?")

# ---------------------------------------------------------------- 5 cassowary (snake_case cryptic)
ds("h39_cassowary_roads", "snake_case cryptic",
   "Road segments in cassowary road-strike zones of the Wet Tropics with speed reduction zones, crossing signs and "
   "variable message signs. One row per segment-year.",
   [("seg_id", "id", ["SEG-014", "SEG-207", "SEG-388"]),
    ("rd_class", "categorical", ["hwy", "arterial", "local"]),
    ("spd_lim_kmh", "numeric", [60, 80, 100]),
    ("spd_red", "binary", B),
    ("xing_sign", "binary", B),
    ("vms", "binary", B),
    ("aadt", "numeric", [850, 4200, 11800]),
    ("night_frac", "numeric", [0.08, 0.17, 0.31]),
    ("canopy_pct", "numeric", [15, 48, 92]),
    ("fruit_idx", "numeric", [0.2, 0.5, 0.9]),
    ("dist_habitat_m", "numeric", [0, 120, 850]),
    ("fence_len_m", "numeric", [0, 300, 1500]),
    ("wet_season", "binary", B),
    ("veh_spd_p85_pre", "numeric", [72, 88, 104]),
    ("veh_spd_p85_post", "numeric", [61, 79, 101]),
    ("strikes_pre", "numeric", [0, 2, 6]),
    ("strikes_post", "numeric", [0, 1, 5])])
q("ate", "M", "Estimate the ATE of a speed reduction zone (`spd_red`) on post-period cassowary strikes (`strikes_post`), controlling for `aadt` and `canopy_pct`.",
  "spd_red", "strikes_post", cov=["aadt", "canopy_pct"])
q("ate", "N", "Do those yellow 'cassowary crossing' warning signs actually mean fewer birds get hit?", "xing_sign", "strikes_post")
q("ate", "T", "ate vms -> veh_spd_p85_post adj rd_class, aadt", "vms", "veh_spd_p85_post", cov=["rd_class", "aadt"])
q("ate", "N", "Did slowing the limit in the special zones make drivers actually go slower?", "spd_red", "veh_spd_p85_post")
q("ate", "T", "effect of signage on strikes", None, "strikes_post", clarify=True)
q("ate", "O", "Does more roadside fencing really reduce strikes, or is that association spurious?", "fence_len_m", "strikes_post")
q("ate", "M", "Among segments that got speed reduction zones, what did `spd_red` do to `strikes_post` (average effect on the treated)?", "spd_red", "strikes_post", est="att")
q("ate", "M", "Use the posted limit (`spd_lim_kmh`) as an instrument for 85th-percentile speed (`veh_spd_p85_post`) and estimate its effect on `strikes_post`.",
  "veh_spd_p85_post", "strikes_post", inst="spd_lim_kmh")
q("cate", "T", "spd_red effect on strikes_post for rd_class=hwy", "spd_red", "strikes_post", at={"rd_class": "hwy"})
q("cate", "O", "During the wet season, are fewer cassowaries hit where warning signs stand?", "xing_sign", "strikes_post", at={"wet_season": 1})
q("cate", "N", "What does a slow zone do to bird strikes on a road signed at 100 km/h?", "spd_red", "strikes_post", at={"spd_lim_kmh": 100})
q("cate", "M", "Where is the effect of `vms` on `strikes_post` largest (heterogeneity by `fruit_idx`, `dist_habitat_m`)?", "vms", "strikes_post")
q("policy", "N", "Which bits of road should be first in line for a speed reduction zone if we want the fewest dead cassowaries?", "spd_red", "strikes_post")
q("policy", "O", "We have budget for 12 variable message signs. Which segments should get them to cut strikes?", "vms", "strikes_post")
q("policy", "T", "targeting xing_sign allocation, minimise strikes_post", "xing_sign", "strikes_post")
q("mediation", "M", "How much of the effect of `spd_red` on `strikes_post` is mediated by `veh_spd_p85_post`?", "spd_red", "strikes_post", "veh_spd_p85_post")
q("mediation", "O", "Message signs are supposed to work by getting drivers to ease off, which then gives birds time to cross. How much of the VMS effect on strikes is through slower speeds?",
  "vms", "strikes_post", "veh_spd_p85_post")
q("discover", "M", "Recover the causal graph among the road-segment variables (`aadt`, `canopy_pct`, `fruit_idx`, `veh_spd_p85_post`, `strikes_post`, ...).")
q("discover", "T", "what influences what: traffic, speeds, canopy, fruiting, strikes. find structure")
q("unsupported", "T", "sql: select segments with more than 3 strikes_post")

# ---------------------------------------------------------------- 6 dugong (camelCase)
ds("h39_dugong_seagrass", "camelCase",
   "Seagrass meadows used as dugong feeding grounds, surveyed before and after a season, with go-slow boating zones "
   "and net-free zones. One row per meadow survey.",
   [("meadowId", "id", ["MB-017", "TS-203", "SB-044"]),
    ("region", "categorical", ["MoretonBay", "TorresStrait", "SharkBay", "HerveyBay"]),
    ("depthM", "numeric", [1.2, 3.0, 6.5]),
    ("waterTempC", "numeric", [19.5, 24.0, 28.7]),
    ("goSlowZone", "binary", B),
    ("netFreeZone", "binary", B),
    ("boatTraffic", "numeric", [4, 22, 85]),
    ("floodEvent", "binary", B),
    ("turbidityNtu", "numeric", [2.1, 9.8, 35.0]),
    ("seagrassCoverPre", "numeric", [12, 45, 78]),
    ("seagrassCoverPost", "numeric", [8, 40, 81]),
    ("shootDensity", "numeric", [150, 820, 2300]),
    ("feedingTrails", "numeric", [0, 14, 63]),
    ("propScars", "numeric", [0, 3, 19]),
    ("dugongCount", "numeric", [0, 6, 41]),
    ("dugongCountAerial", "numeric", [0, 5, 38]),
    ("calfRatio", "numeric", [0.0, 0.08, 0.16])])
q("ate", "M", "Estimate the average effect of go-slow zones (`goSlowZone`) on propeller scars (`propScars`), adjusting for `boatTraffic`.",
  "goSlowZone", "propScars", cov=["boatTraffic"])
q("ate", "N", "Do meadows closed to gill nets end up with more sea cows on them?", "netFreeZone", None, clarify=True)
q("ate", "T", "netFreeZone on calfRatio ate, control region + depthM", "netFreeZone", "calfRatio", cov=["region", "depthM"])
q("ate", "N", "Does heavy boat traffic thin out the seagrass that's left at the end of the season?", "boatTraffic", "seagrassCoverPost")
q("ate", "O", "Is seagrass cover knocked back by flood events?", "floodEvent", "seagrassCoverPost")
q("ate", "M", "What would go-slow zones have done to aerial dugong counts (`dugongCountAerial`) in meadows that did not get them? Estimate the ATC of `goSlowZone`.",
  "goSlowZone", "dugongCountAerial", est="atc")
q("ate", "T", "shootDensity -> feedingTrails effect", "shootDensity", "feedingTrails")
q("ate", "M", "Treat `floodEvent` as an instrument for `turbidityNtu` and estimate turbidity's effect on `shootDensity`.", "turbidityNtu", "shootDensity", inst="floodEvent")
q("cate", "T", "goSlowZone effect on propScars, region MoretonBay", "goSlowZone", "propScars", at={"region": "MoretonBay"})
q("cate", "O", "Under the condition that a meadow sits at 3 m depth, how much does murky water cut shoot density?", "turbidityNtu", "shootDensity", at={"depthM": 3})
q("cate", "N", "Does the benefit of banning nets for the share of calves differ from one region to another?", "netFreeZone", "calfRatio")
q("cate", "M", "What is the effect of `goSlowZone` on `seagrassCoverPost` when `boatTraffic` is 50 boats per day?", "goSlowZone", "seagrassCoverPost", at={"boatTraffic": 50})
q("policy", "N", "Which meadows should be declared go-slow areas so that the fewest propeller scars turn up?", "goSlowZone", "propScars")
q("policy", "O", "Where should new net-free zones be placed to raise the calf ratio the most?", "netFreeZone", "calfRatio")
q("policy", "T", "goSlowZone targeting for seagrassCoverPost", "goSlowZone", "seagrassCoverPost")
q("mediation", "M", "What share of the effect of `floodEvent` on `feedingTrails` is mediated by `seagrassCoverPost`?", "floodEvent", "feedingTrails", "seagrassCoverPost")
q("mediation", "O", "Go-slow zones should work by keeping hulls and props off the beds, which then lets the seagrass recover, which draws the dugongs back to graze. How much of the go-slow effect on feeding trails goes through seagrass cover?",
  "goSlowZone", "feedingTrails", "seagrassCoverPost")
q("discover", "N", "Can you figure out how floods, water clarity, seagrass and dugongs influence one another in this data?")
q("unsupported", "T", "clean up region column, fix misspellings")

# ---------------------------------------------------------------- 7 seahorse (UPPER_CASE)
ds("h39_seahorse_farms", "UPPER_CASE codes",
   "Seahorse aquaculture tank batches across several farms and species, with live feed, probiotics and UV "
   "sterilisation trials. One row per tank batch.",
   [("BATCH_ID", "id", ["SH-2201", "SH-2317", "SH-2450"]),
    ("FARM", "categorical", ["VN_KHANH", "AU_PORTLINC", "LK_NEGOMBO", "MX_LAPAZ"]),
    ("SPECIES", "categorical", ["H_KUDA", "H_ABDOMINALIS", "H_REIDI"]),
    ("STOCK_DENS", "numeric", [0.5, 2, 4]),
    ("WATER_TEMP", "numeric", [21.5, 25.0, 28.5]),
    ("SALINITY_PPT", "numeric", [28, 32, 35]),
    ("LIVE_FEED", "binary", B),
    ("PROBIOTIC", "binary", B),
    ("UV_STERIL", "binary", B),
    ("VIBRIO_LOAD", "numeric", [120, 2400, 18000]),
    ("LEN_MM_D0", "numeric", [7, 9, 11]),
    ("LEN_MM_D90", "numeric", [48, 62, 79]),
    ("SURV_30D", "numeric", [55, 78, 94]),
    ("SURV_90D", "numeric", [31, 60, 85]),
    ("FCR", "numeric", [1.4, 2.1, 3.0]),
    ("FCR_ADJ", "numeric", [1.3, 2.0, 2.8]),
    ("MARKET_PRICE_USD", "numeric", [4.5, 9.0, 15.0])])
q("ate", "M", "Estimate the ATE of `PROBIOTIC` on `VIBRIO_LOAD`, adjusting for `WATER_TEMP` and `STOCK_DENS`.", "PROBIOTIC", "VIBRIO_LOAD", cov=["STOCK_DENS", "WATER_TEMP"])
q("ate", "N", "Do baby seahorses grow bigger on live copepods than on frozen mysis?", "LIVE_FEED", "LEN_MM_D90")
q("ate", "T", "ate UV_STERIL on SURV_90D", "UV_STERIL", "SURV_90D")
q("ate", "T", "probiotic effect on survival", "PROBIOTIC", None, clarify=True)
q("ate", "M", "How does stocking density (STOCK_DENS) affect the adjusted feed conversion ratio (FCR_ADJ)?", "STOCK_DENS", "FCR_ADJ")
q("ate", "N", "Do warmer tanks end up with more vibrio bacteria?", "WATER_TEMP", "VIBRIO_LOAD")
q("ate", "O", "What effect did probiotics have on 90-day survival among the batches that actually received them?", "PROBIOTIC", "SURV_90D", est="att")
q("cate", "T", "LIVE_FEED -> LEN_MM_D90 for SPECIES=H_REIDI", "LIVE_FEED", "LEN_MM_D90", at={"SPECIES": "H_REIDI"})
q("cate", "N", "At the Port Lincoln farm, does UV treatment of the water knock back vibrio?", "UV_STERIL", "VIBRIO_LOAD", at={"FARM": "AU_PORTLINC"})
q("cate", "O", "Under the condition that stocking density is 2 per litre, what is the probiotic effect on 90-day survival?", "PROBIOTIC", "SURV_90D", at={"STOCK_DENS": 2})
q("cate", "N", "Which species benefit most from live feed when it comes to survival?", "LIVE_FEED", None, clarify=True)
q("policy", "N", "Which batches should we dose with probiotics to keep the most seahorses alive to three months?", "PROBIOTIC", "SURV_90D")
q("policy", "M", "Give a rule for when to switch a batch to `LIVE_FEED` so as to maximise `LEN_MM_D90`.", "LIVE_FEED", "LEN_MM_D90")
q("policy", "T", "who should get UV_STERIL, minimise VIBRIO_LOAD", "UV_STERIL", "VIBRIO_LOAD")
q("mediation", "M", "How much of `PROBIOTIC`'s effect on `SURV_90D` is mediated by `VIBRIO_LOAD`?", "PROBIOTIC", "SURV_90D", "VIBRIO_LOAD")
q("mediation", "O", "UV sterilisers work by killing off bacteria, which then keeps the seahorses alive. How much of the steriliser's survival benefit at 90 days runs through the vibrio load?",
  "UV_STERIL", "SURV_90D", "VIBRIO_LOAD")
q("mediation", "T", "direct vs indirect effect LIVE_FEED on MARKET_PRICE_USD via LEN_MM_D90", "LIVE_FEED", "MARKET_PRICE_USD", "LEN_MM_D90")
q("discover", "M", "Learn the causal DAG over the tank variables in `h39_seahorse_farms`.")
q("discover", "N", "Work out which husbandry factors drive which results. I want the cause-and-effect structure, not just correlations.")

# ---------------------------------------------------------------- 8 giraffe (plain words, lower case)
ds("h39_giraffe_translocation", "plain words (lower case)",
   "Reticulated giraffes translocated to conservancy reserves in northern Kenya, some soft-released through a boma. "
   "One row per translocated animal.",
   [("tag", "id", ["RG-017", "RG-104", "RG-233"]),
    ("reserve", "categorical", ["Ruko", "Loisaba", "Sera", "Mathews"]),
    ("sex", "categorical", ["male", "female"]),
    ("age", "numeric", [3, 7, 14]),
    ("boma", "binary", B),
    ("distance", "numeric", [45, 180, 420]),
    ("herd", "numeric", [0, 8, 22]),
    ("browse", "numeric", [0.3, 0.6, 0.9]),
    ("water", "numeric", [0.5, 3.2, 9.8]),
    ("rangers", "numeric", [4, 12, 30]),
    ("poaching", "numeric", [0, 2, 7]),
    ("condition before", "numeric", [2.5, 3.5, 4.5]),
    ("condition after", "numeric", [2.0, 3.5, 5.0]),
    ("home range", "numeric", [35, 110, 420]),
    ("home range core", "numeric", [6, 21, 80]),
    ("survived", "binary", B),
    ("calves", "numeric", [0, 1, 2])])
q("ate", "M", "Estimate the average effect of soft release in a boma (`boma`) on 12-month survival (`survived`), adjusting for `distance` and `age`.",
  "boma", "survived", cov=["age", "distance"])
q("ate", "N", "Do giraffes that spend a few weeks settling in a holding pen before release stay in better shape afterwards?", "boma", "condition after")
q("ate", "T", "ate boma -> calves", "boma", "calves")
q("ate", "N", "How does time in the acclimation pen change how far the animals roam?", "boma", None, clarify=True)
q("ate", "O", "Does trucking giraffes further make them less likely to survive, or is that just confounding?", "distance", "survived")
q("ate", "M", "For giraffes that were hard-released, what would a boma have done to survival? (ATC of `boma` on `survived`)", "boma", "survived", est="atc")
q("ate", "O", "Are poaching incidents cut by having more rangers on the reserve?", "rangers", "poaching")
q("cate", "T", "boma effect on survived, sex=female", "boma", "survived", at={"sex": "female"})
q("cate", "N", "At Loisaba, did the soft release leave animals in better condition?", "boma", "condition after", at={"reserve": "Loisaba"})
q("cate", "O", "For a giraffe moved 300 km, what does a boma do to its odds of surviving?", "boma", "survived", at={"distance": 300})
q("cate", "M", "For which giraffes is the effect of `boma` on `survived` largest?", "boma", "survived")
q("policy", "N", "Which giraffes should get the soft-release treatment to keep the most of them alive?", "boma", "survived")
q("policy", "T", "allocation rule boma to maximise calves", "boma", "calves")
q("mediation", "M", "How much of the effect of `boma` on `calves` is mediated by `condition after`?", "boma", "calves", "condition after")
q("mediation", "O", "Soft release works by letting animals settle into a tight core area, which then keeps them out of trouble. What part of the boma's survival effect goes via the core home range?",
  "boma", "survived", "home range core")
q("discover", "N", "What causes what among these translocation variables? Find the dependency graph.")
q("unsupported", "T", "summary stats: mean age by reserve")

# ---------------------------------------------------------------- 9 okapi (snake_case cryptic)
ds("h39_okapi_reserves", "snake_case cryptic",
   "Patrol sectors of okapi forest reserves in the Ituri forest, with eco-guard effort, community conservation "
   "payments, snare removal and okapi sign surveys. One row per sector-year.",
   [("sect_id", "id", ["OWR-S01", "OWR-S17", "OWR-S42"]),
    ("zone", "categorical", ["epulu", "mambasa", "wamba", "mungbere"]),
    ("pop_dens", "numeric", [3, 18, 65]),
    ("road_km", "numeric", [0, 4.5, 21]),
    ("mine_prox_km", "numeric", [0.8, 7.5, 34]),
    ("comm_pay", "binary", B),
    ("eco_guard_n", "numeric", [2, 8, 20]),
    ("patrol_km", "numeric", [40, 210, 640]),
    ("armed_inc", "binary", B),
    ("snare_rmv", "numeric", [0, 35, 210]),
    ("snare_enc_rate", "numeric", [0.0, 0.6, 2.4]),
    ("defor_ha", "numeric", [0, 12, 95]),
    ("defor_pct", "numeric", [0.0, 0.8, 4.1]),
    ("okapi_dung_bl", "numeric", [0.1, 0.9, 2.3]),
    ("okapi_dung_y2", "numeric", [0.0, 1.1, 2.6]),
    ("cam_det_rate", "numeric", [0.0, 0.4, 1.9]),
    ("cam_det_rate_v2", "numeric", [0.0, 0.5, 2.0])])
q("ate", "M", "Estimate the ATE of community conservation payments (`comm_pay`) on okapi dung density at year two (`okapi_dung_y2`), controlling for `pop_dens` and `road_km`.",
  "comm_pay", "okapi_dung_y2", cov=["pop_dens", "road_km"])
q("ate", "N", "Does putting more rangers on the ground cut down the amount of forest cleared?", "eco_guard_n", None, clarify=True)
q("ate", "T", "patrol_km on snare_enc_rate, ate", "patrol_km", "snare_enc_rate")
q("ate", "O", "Are okapi really scarcer close to mining camps, or is that just confounding?", "mine_prox_km", "okapi_dung_y2")
q("ate", "M", "For sectors enrolled in `comm_pay`, what effect did the payments have on `defor_ha`? Report the ATT.", "comm_pay", "defor_ha", est="att")
q("ate", "T", "comm_pay effect on camera detection rate", "comm_pay", None, clarify=True)
q("ate", "N", "When there's been an armed attack in a sector, do the patrols end up covering less ground?", "armed_inc", "patrol_km")
q("ate", "M", "Use distance to the nearest mine (`mine_prox_km`) as an instrument for `defor_ha` and estimate the effect of deforestation on `okapi_dung_y2`.",
  "defor_ha", "okapi_dung_y2", inst="mine_prox_km")
q("cate", "T", "comm_pay -> okapi_dung_y2 in zone epulu", "comm_pay", "okapi_dung_y2", at={"zone": "epulu"})
q("cate", "O", "In sectors that had an armed incident, did extra eco-guards still bring snare encounters down?", "eco_guard_n", "snare_enc_rate", at={"armed_inc": 1})
q("cate", "N", "What do community payments do to hectares cleared in sectors with about 40 people per km²?", "comm_pay", "defor_ha", at={"pop_dens": 40})
q("cate", "M", "How does the effect of `patrol_km` on `snare_enc_rate` vary with `road_km`?", "patrol_km", "snare_enc_rate")
q("policy", "N", "Which sectors should get community payments if we want the most okapi around two years on?", "comm_pay", "okapi_dung_y2")
q("policy", "O", "Where should extra eco-guards be sent to bring snare encounter rates down the most?", "eco_guard_n", "snare_enc_rate")
q("policy", "T", "targeting rule comm_pay, minimise defor_ha", "comm_pay", "defor_ha")
q("mediation", "M", "What proportion of the effect of `eco_guard_n` on `okapi_dung_y2` is mediated by `snare_enc_rate`?", "eco_guard_n", "okapi_dung_y2", "snare_enc_rate")
q("mediation", "O", "Community payments are meant to work by getting villages to stop clearing forest, which then leaves more habitat for okapi. How much of the payment effect on okapi signs at year two flows through hectares deforested?",
  "comm_pay", "okapi_dung_y2", "defor_ha")
q("discover", "T", "run causal discovery on okapi reserve table")
q("unsupported", "N", "Which zone had the most snares removed?")

# ---------------------------------------------------------------- 10 tapir (camelCase)
ds("h39_tapir_corridors", "camelCase",
   "Road-crossing segments of Malayan tapir wildlife corridors in Peninsular Malaysia with viaducts, underpasses and "
   "guide fencing, monitored by camera traps. One row per corridor segment.",
   [("corridorId", "id", ["PHG-C03", "TRG-C11", "JHR-C27"]),
    ("state", "categorical", ["Pahang", "Terengganu", "Johor", "Perak"]),
    ("viaduct", "binary", B),
    ("underpassWidthM", "numeric", [4, 12, 30]),
    ("fenceGuide", "binary", B),
    ("plantationEdge", "binary", B),
    ("saltLick", "binary", B),
    ("forestCoverPct", "numeric", [35, 62, 90]),
    ("trafficVol", "numeric", [1200, 6500, 21000]),
    ("rainMm", "numeric", [1800, 2600, 3900]),
    ("humanDisturb", "numeric", [0.1, 0.4, 0.8]),
    ("humanDisturbIdx", "numeric", [12, 38, 77]),
    ("camNights", "numeric", [60, 180, 365]),
    ("tapirCrossings30d", "numeric", [0, 3, 14]),
    ("tapirCrossings90d", "numeric", [0, 9, 41]),
    ("roadkillsPre", "numeric", [0, 1, 4]),
    ("roadkillsPost", "numeric", [0, 0, 3])])
q("ate", "M", "Estimate the average treatment effect of a wildlife viaduct (`viaduct`) on post-construction tapir roadkills (`roadkillsPost`), adjusting for `trafficVol` and `forestCoverPct`.",
  "viaduct", "roadkillsPost", cov=["forestCoverPct", "trafficVol"])
q("ate", "N", "Do guide fences along the highway mean fewer tapirs get run over?", "fenceGuide", "roadkillsPost")
q("ate", "T", "viaduct -> tapirCrossings90d ate adj camNights", "viaduct", "tapirCrossings90d", cov=["camNights"])
q("ate", "N", "Do the guide fences get more tapirs using the crossings?", "fenceGuide", None, clarify=True)
q("ate", "O", "Are wider underpasses used more by tapirs over three months?", "underpassWidthM", "tapirCrossings90d")
q("ate", "T", "saltLick effect on roadkills", "saltLick", "roadkillsPost")
q("ate", "M", "What was the effect of `fenceGuide` on `tapirCrossings90d` for corridors that actually got guide fencing (ATT)?", "fenceGuide", "tapirCrossings90d", est="att")
q("cate", "T", "viaduct on roadkillsPost, state=Pahang", "viaduct", "roadkillsPost", at={"state": "Pahang"})
q("cate", "O", "For segments bordering oil palm, do viaducts increase crossings over 90 days?", "viaduct", "tapirCrossings90d", at={"plantationEdge": 1})
q("cate", "N", "Where forest cover is around 60%, what does a guide fence do to the number of tapirs killed?", "fenceGuide", "roadkillsPost", at={"forestCoverPct": 60})
q("cate", "M", "How does the effect of `viaduct` on `roadkillsPost` change with `trafficVol`?", "viaduct", "roadkillsPost")
q("policy", "N", "Which stretches of corridor should get a viaduct if we want the fewest tapirs dying on the road?", "viaduct", "roadkillsPost")
q("policy", "T", "where to install fenceGuide to maximise tapirCrossings90d - targeting rule", "fenceGuide", "tapirCrossings90d")
q("mediation", "M", "How much of the effect of `fenceGuide` on `roadkillsPost` is mediated by `tapirCrossings90d`?", "fenceGuide", "roadkillsPost", "tapirCrossings90d")
q("mediation", "O", "Viaducts work by drawing tapirs to cross underneath, which then keeps them off the asphalt. How much of the viaduct's effect on roadkills is indirect through 90-day crossings?",
  "viaduct", "roadkillsPost", "tapirCrossings90d")
q("mediation", "T", "direct vs indirect: plantationEdge on tapirCrossings90d via human disturbance", "plantationEdge", "tapirCrossings90d", None, clarify=True)
q("discover", "M", "Learn the causal graph for the corridor variables.")
q("discover", "T", "which factors drive tapir crossings and which are downstream? infer structure")
q("unsupported", "T", "forecast roadkillsPost next yr per corridor")

# ---------------------------------------------------------------- 11 capybara (UPPER_CASE)
ds("h39_capybara_ranches", "UPPER_CASE codes",
   "Paddocks on capybara ranches in the Venezuelan llanos with rotational cattle grazing, water ponds, deworming and "
   "harvest quotas. One row per paddock-year.",
   [("PADDOCK_ID", "id", ["AP-0112", "GU-0450", "BA-0093"]),
    ("REGION", "categorical", ["APURE", "GUARICO", "BARINAS", "COJEDES"]),
    ("FLOOD_DAYS", "numeric", [20, 65, 140]),
    ("CATTLE_HEAD", "numeric", [50, 200, 600]),
    ("ROT_GRAZ", "binary", B),
    ("WATER_PONDS", "numeric", [1, 3, 7]),
    ("VET_DEWORM", "binary", B),
    ("HARVEST_QUOTA", "numeric", [10, 20, 30]),
    ("HERD_SIZE_T0", "numeric", [80, 310, 950]),
    ("HERD_SIZE_T1", "numeric", [70, 340, 1010]),
    ("PUP_SURV", "numeric", [0.35, 0.58, 0.81]),
    ("TICK_LOAD", "numeric", [3, 18, 60]),
    ("GRASS_BIOMASS", "numeric", [1.2, 3.4, 6.1]),
    ("MEAT_YIELD_KG", "numeric", [800, 3400, 9800]),
    ("MEAT_YIELD_KG_NET", "numeric", [650, 2900, 8600]),
    ("POACH_REPORTS", "numeric", [0, 2, 9]),
    ("REVENUE_USD", "numeric", [4200, 18500, 61000])])
q("ate", "M", "Estimate the ATE of deworming (`VET_DEWORM`) on pup survival (`PUP_SURV`), controlling for `FLOOD_DAYS` and `HERD_SIZE_T0`.",
  "VET_DEWORM", "PUP_SURV", cov=["FLOOD_DAYS", "HERD_SIZE_T0"])
q("ate", "N", "Does moving the cattle around on a rotation leave more grass standing for the capybaras?", "ROT_GRAZ", "GRASS_BIOMASS")
q("ate", "T", "ate ROT_GRAZ on HERD_SIZE_T1", "ROT_GRAZ", "HERD_SIZE_T1")
q("ate", "T", "deworming effect on meat yield", "VET_DEWORM", None, clarify=True)
q("ate", "O", "Is a higher harvest quota eating into next year's herd, or is that confounded?", "HARVEST_QUOTA", "HERD_SIZE_T1")
q("ate", "N", "How much extra money does a ranch make from digging more watering holes?", "WATER_PONDS", "REVENUE_USD")
q("ate", "M", "For paddocks not under rotational grazing, what would rotation have done to net meat yield (`MEAT_YIELD_KG_NET`)? Estimate the ATC of `ROT_GRAZ`.",
  "ROT_GRAZ", "MEAT_YIELD_KG_NET", est="atc")
q("ate", "O", "Are tick loads reduced by deworming?", "VET_DEWORM", "TICK_LOAD")
q("cate", "T", "VET_DEWORM effect on PUP_SURV, REGION=APURE", "VET_DEWORM", "PUP_SURV", at={"REGION": "APURE"})
q("cate", "O", "Under the condition that a paddock stays flooded for 60 days, does rotational grazing still raise grass biomass?", "ROT_GRAZ", "GRASS_BIOMASS", at={"FLOOD_DAYS": 60})
q("cate", "M", "What is the effect of `ROT_GRAZ` on `HERD_SIZE_T1` when `CATTLE_HEAD` = 200?", "ROT_GRAZ", "HERD_SIZE_T1", at={"CATTLE_HEAD": 200})
q("cate", "N", "Which ranches see the biggest gain in pup survival from deworming?", "VET_DEWORM", "PUP_SURV")
q("policy", "N", "Which paddocks should be targeted for deworming to keep the most pups alive?", "VET_DEWORM", "PUP_SURV")
q("policy", "M", "Recommend where to adopt `ROT_GRAZ` so as to grow the herd (`HERD_SIZE_T1`).", "ROT_GRAZ", "HERD_SIZE_T1")
q("policy", "T", "deworming policy to maximise meat yield - who to treat", "VET_DEWORM", None, clarify=True)
q("mediation", "M", "How much of the effect of `ROT_GRAZ` on `HERD_SIZE_T1` is mediated by `GRASS_BIOMASS`?", "ROT_GRAZ", "HERD_SIZE_T1", "GRASS_BIOMASS")
q("mediation", "O", "Deworming works by clearing out parasites, which then lets more pups survive, which eventually grows the herd. How much of deworming's effect on next year's herd size goes through pup survival?",
  "VET_DEWORM", "HERD_SIZE_T1", "PUP_SURV")
q("discover", "T", "learn the causal graph among capybara ranch vars")
q("unsupported", "T", "histogram of REVENUE_USD")

# ---------------------------------------------------------------- 12 lace (plain words, lower case)
ds("h39_lace_coops", "plain words (lower case)",
   "Members of Belgian lace-making cooperatives in Flemish and Brussels towns, with an apprenticeship scheme, "
   "mentoring and online shops. One row per lacemaker.",
   [("member", "id", ["BR-0091", "ME-0230", "GE-0412"]),
    ("town", "categorical", ["Bruges", "Mechelen", "Ghent", "Brussels"]),
    ("technique", "categorical", ["bobbin", "needle", "duchesse"]),
    ("age", "numeric", [24, 51, 78]),
    ("experience", "numeric", [1, 12, 40]),
    ("apprenticeship", "binary", B),
    ("mentor", "binary", B),
    ("hours", "numeric", [6, 18, 35]),
    ("pieces", "numeric", [2, 7, 15]),
    ("defects", "numeric", [0.02, 0.07, 0.15]),
    ("quality", "numeric", [3.1, 4.0, 4.8]),
    ("quality rating", "numeric", [6, 8, 10]),
    ("price", "numeric", [35, 120, 480]),
    ("tourist footfall", "numeric", [200, 1500, 6000]),
    ("online shop", "binary", B),
    ("online sales", "numeric", [0, 4, 22]),
    ("income before", "numeric", [450, 900, 2100]),
    ("income after", "numeric", [500, 1050, 2600])])
q("ate", "M", "Estimate the average effect of `apprenticeship` on `income after`, adjusting for `experience` and `town`.", "apprenticeship", "income after", cov=["town", "experience"])
q("ate", "N", "Do lacemakers who sell through their own web store end up earning more?", "online shop", "income after")
q("ate", "T", "ate mentor on defects", "mentor", "defects")
q("ate", "N", "Does having a mentor make the lace better?", "mentor", None, clarify=True)
q("ate", "O", "Does working longer weeks really raise output, or is it just confounding?", "hours", "pieces")
q("ate", "M", "What did the apprenticeship scheme do to the price per piece (`price`) for those who took part in it?", "apprenticeship", "price", est="att")
q("ate", "O", "Is the price a piece fetches driven by tourist footfall?", "tourist footfall", "price")
q("cate", "T", "apprenticeship -> income after, town=Bruges", "apprenticeship", "income after", at={"town": "Bruges"})
q("cate", "N", "For needle lace makers, does having a mentor cut down on flaws?", "mentor", "defects", at={"technique": "needle"})
q("cate", "O", "What's the effect of an online shop on later income for a lacemaker aged 70?", "online shop", "income after", at={"age": 70})
q("cate", "M", "How does the effect of `apprenticeship` on `pieces` vary with `experience`?", "apprenticeship", "pieces")
q("policy", "N", "Which members should be offered a mentor so that the fewest pieces come out flawed?", "mentor", "defects")
q("policy", "T", "who to help set up online shop, maximise income after", "online shop", "income after")
q("mediation", "M", "How much of the effect of `mentor` on `price` is mediated by `quality rating`?", "mentor", "price", "quality rating")
q("mediation", "O", "The apprenticeship works by teaching finer technique, which then lowers defects, and cleaner pieces fetch better prices. How much of the apprenticeship's effect on price runs through the defect rate?",
  "apprenticeship", "price", "defects")
q("mediation", "T", "online shop -> income after, direct vs via online sales", "online shop", "income after", "online sales")
q("discover", "N", "How do these lacemaker variables influence one another? Lay out the cause-and-effect structure.")
q("unsupported", "N", "Translate the column names into Dutch for me.")

# ---------------------------------------------------------------- 13 dry-stone (snake_case cryptic)
ds("h39_drystone_crews", "snake_case cryptic",
   "Dry-stone wall sections rebuilt by restoration crews in English upland counties, with crew certification, "
   "through-stones and mortared coping. One row per wall section.",
   [("sec_id", "id", ["WS-0007", "WS-0152", "WS-0319"]),
    ("cnty", "categorical", ["yorks_dales", "cumbria", "cotswolds", "peak"]),
    ("stone_typ", "categorical", ["limestone", "gritstone", "slate", "oolite"]),
    ("crew_sz", "numeric", [2, 4, 7]),
    ("dswa_cert", "binary", B),
    ("through_stn", "binary", B),
    ("cope_mortar", "binary", B),
    ("batter_ratio", "numeric", [0.10, 0.17, 0.25]),
    ("len_m_rebuilt", "numeric", [5, 22, 80]),
    ("hrs_per_m", "numeric", [2.5, 4.0, 7.5]),
    ("frost_days", "numeric", [20, 55, 110]),
    ("sheep_press", "numeric", [0.5, 1.5, 3.0]),
    ("cost_gbp_m", "numeric", [60, 95, 160]),
    ("insp_score", "numeric", [52, 71, 94]),
    ("insp_score_v2", "numeric", [3, 4, 5]),
    ("collapse_12m", "binary", B),
    ("collapse_36m", "binary", B)])
q("ate", "M", "Estimate the ATE of DSWA certification (`dswa_cert`) on collapse within 36 months (`collapse_36m`), adjusting for `stone_typ` and `frost_days`.",
  "dswa_cert", "collapse_36m", cov=["stone_typ", "frost_days"])
q("ate", "N", "Do walls built with stones running right through them stay up longer?", "through_stn", None, clarify=True)
q("ate", "T", "ate cope_mortar -> collapse_36m adj frost_days", "cope_mortar", "collapse_36m", cov=["frost_days"])
q("ate", "N", "How much does putting more wallers on a job cut the hours needed per metre?", "crew_sz", "hrs_per_m")
q("ate", "O", "Is the cost per metre pushed up by certification, or is it just confounding?", "dswa_cert", "cost_gbp_m")
q("ate", "M", "For sections rebuilt by uncertified crews, how would certification have changed `insp_score_v2`? (ATC of `dswa_cert`)", "dswa_cert", "insp_score_v2", est="atc")
q("ate", "T", "effect of batter ratio on 12m collapse", "batter_ratio", "collapse_12m")
q("ate", "O", "Are three-year collapses reduced when through-stones are used, holding stone type and crew size fixed?", "through_stn", "collapse_36m", cov=["stone_typ", "crew_sz"])
q("cate", "T", "through_stn effect on collapse_36m, stone_typ = gritstone", "through_stn", "collapse_36m", at={"stone_typ": "gritstone"})
q("cate", "N", "In the Cotswolds, does mortaring the top stones keep walls from falling over within three years?", "cope_mortar", "collapse_36m", at={"cnty": "cotswolds"})
q("cate", "O", "Under the condition of 80 frost days a year, what does certification do to 36-month collapse?", "dswa_cert", "collapse_36m", at={"frost_days": 80})
q("cate", "M", "How does the effect of `cope_mortar` on `collapse_36m` vary with `sheep_press`?", "cope_mortar", "collapse_36m")
q("policy", "N", "Which sections should be given to certified crews to keep three-year collapses to a minimum?", "dswa_cert", "collapse_36m")
q("policy", "O", "When should crews use mortared coping? Give a rule to keep collapse_36m down.", "cope_mortar", "collapse_36m")
q("policy", "T", "allocate through-stones to sections to maximise inspection score", "through_stn", None, clarify=True)
q("mediation", "M", "How much of the effect of `dswa_cert` on `collapse_36m` is mediated by `batter_ratio`?", "dswa_cert", "collapse_36m", "batter_ratio")
q("mediation", "O", "Certified wallers work by putting in proper through-stones, which then stops the wall bulging. What share of certification's effect on three-year collapse goes through use of through-stones?",
  "dswa_cert", "collapse_36m", "through_stn")
q("discover", "M", "Learn the causal DAG among the wall-section variables.")
q("discover", "N", "Is it the frost, the sheep, the stone or the workmanship that brings walls down? Work out what affects what across all the columns.")

# ---------------------------------------------------------------- 14 zip-line (camelCase)
ds("h39_zipline_parks", "camelCase",
   "Bookings at zip-line adventure parks with a pre-ride safety video, photo packages and dynamic pricing; includes "
   "incidents, satisfaction and rebooking. One row per booking.",
   [("bookingId", "id", ["BK-100234", "BK-100871", "BK-101502"]),
    ("parkName", "categorical", ["CanopyRush", "GorgeFlyer", "RidgeRunner", "JungleGlide"]),
    ("guestAge", "numeric", [9, 31, 64]),
    ("groupSize", "numeric", [1, 4, 12]),
    ("lineLengthM", "numeric", [150, 420, 1100]),
    ("windKmh", "numeric", [3, 14, 32]),
    ("waitMin", "numeric", [0, 18, 75]),
    ("safetyVideo", "binary", B),
    ("harnessAdjust", "numeric", [0, 1, 3]),
    ("photoPackage", "binary", B),
    ("dynamicPricing", "binary", B),
    ("spendUsd", "numeric", [49, 89, 210]),
    ("incidentReport", "binary", B),
    ("npsScore", "numeric", [-20, 35, 80]),
    ("npsScoreV2", "numeric", [2, 7, 10]),
    ("rebook30d", "binary", B),
    ("rebook180d", "binary", B)])
q("ate", "M", "Estimate the average effect of the pre-ride safety video (`safetyVideo`) on incident reports (`incidentReport`), controlling for `guestAge` and `windKmh`.",
  "safetyVideo", "incidentReport", cov=["guestAge", "windKmh"])
q("ate", "N", "Does offering guests a photo bundle make them more likely to come back within six months?", "photoPackage", "rebook180d")
q("ate", "T", "ate dynamicPricing -> spendUsd", "dynamicPricing", "spendUsd")
q("ate", "T", "waitMin effect on satisfaction score", "waitMin", None, clarify=True)
q("ate", "N", "Do long queues put people off booking again within a month?", "waitMin", "rebook30d")
q("ate", "M", "What did `photoPackage` do to `spendUsd` among guests who bought it (ATT)?", "photoPackage", "spendUsd", est="att")
q("ate", "O", "Is the incident rate really driven by wind speed, or is that confounded?", "windKmh", "incidentReport")
q("ate", "M", "Use `dynamicPricing` as an instrument for `waitMin` and estimate the effect of waiting on `npsScoreV2`.", "waitMin", "npsScoreV2", inst="dynamicPricing")
q("cate", "T", "safetyVideo on incidentReport at GorgeFlyer", "safetyVideo", "incidentReport", at={"parkName": "GorgeFlyer"})
q("cate", "N", "For a party of six, does the photo add-on raise how much they spend?", "photoPackage", "spendUsd", at={"groupSize": 6})
q("cate", "O", "Under the condition that the wind is blowing at 30 km/h, does the safety video reduce incidents?", "safetyVideo", "incidentReport", at={"windKmh": 30})
q("cate", "N", "Which kinds of guests react most to surge pricing in how satisfied they are?", "dynamicPricing", None, clarify=True)
q("policy", "N", "Who should we show the safety film to if we want as few incident reports as possible?", "safetyVideo", "incidentReport")
q("policy", "T", "targeting rule photoPackage -> max rebook180d", "photoPackage", "rebook180d")
q("policy", "O", "Should dynamic pricing be switched on everywhere or only for some bookings? Optimize for spendUsd.", "dynamicPricing", "spendUsd")
q("mediation", "M", "How much of the effect of `dynamicPricing` on `rebook180d` is mediated by `waitMin`?", "dynamicPricing", "rebook180d", "waitMin")
q("mediation", "O", "The safety video works by getting guests to cinch their harnesses properly, which then prevents incidents. How much of its effect on incident reports goes through harness adjustments?",
  "safetyVideo", "incidentReport", "harnessAdjust")
q("mediation", "T", "mediation photoPackage -> npsScoreV2 -> rebook180d", "photoPackage", "rebook180d", "npsScoreV2")
q("discover", "N", "Figure out what influences what among the booking fields.")
q("unsupported", "M", "Build a model to predict `spendUsd` from the other columns.")

# ---------------------------------------------------------------- 15 pawn (UPPER_CASE)
ds("h39_pawn_shops", "UPPER_CASE codes",
   "Pawn loans written at a chain of pawn shops, with SMS due-date reminders and grace-period extensions; tracks "
   "redemption, forfeiture and customer satisfaction. One row per loan.",
   [("LOAN_ID", "id", ["PL-558201", "PL-560944", "PL-571330"]),
    ("SHOP_REGION", "categorical", ["URBAN", "SUBURBAN", "RURAL"]),
    ("ITEM_CAT", "categorical", ["JEWELRY", "ELECTRONICS", "TOOLS", "INSTRUMENTS", "FIREARMS"]),
    ("CUST_AGE", "numeric", [21, 38, 67]),
    ("PRIOR_LOANS", "numeric", [0, 3, 14]),
    ("APPRAISED_VAL", "numeric", [40, 350, 2800]),
    ("LTV_RATIO", "numeric", [0.25, 0.45, 0.6]),
    ("LTV_PCT", "numeric", [25, 45, 60]),
    ("INT_RATE_MO", "numeric", [0.05, 0.12, 0.25]),
    ("SMS_REMIND", "binary", B),
    ("GRACE_EXT", "binary", B),
    ("REDEEMED_30D", "binary", B),
    ("REDEEMED_90D", "binary", B),
    ("FORFEIT", "binary", B),
    ("RESALE_MARGIN", "numeric", [0.15, 0.42, 0.9]),
    ("CUST_SAT_PRE", "numeric", [2, 3, 5]),
    ("CUST_SAT_POST", "numeric", [1, 4, 5])])
q("ate", "M", "Estimate the ATE of SMS reminders (`SMS_REMIND`) on 90-day redemption (`REDEEMED_90D`), adjusting for `PRIOR_LOANS` and `INT_RATE_MO`.",
  "SMS_REMIND", "REDEEMED_90D", cov=["PRIOR_LOANS", "INT_RATE_MO"])
q("ate", "N", "If the shop texts people before their loan falls due, do fewer of them lose the item they pawned?", "SMS_REMIND", "FORFEIT")
q("ate", "T", "ate GRACE_EXT on CUST_SAT_POST", "GRACE_EXT", "CUST_SAT_POST")
q("ate", "T", "effect of sms reminders on redemption", "SMS_REMIND", None, clarify=True)
q("ate", "O", "Does charging a steeper monthly rate cause more forfeits, or is it just confounding?", "INT_RATE_MO", "FORFEIT")
q("ate", "M", "For customers who were offered a grace extension, what was its effect on `REDEEMED_90D` (ATT)?", "GRACE_EXT", "REDEEMED_90D", est="att")
q("ate", "O", "Is resale margin affected by the appraised value of the item?", "APPRAISED_VAL", "RESALE_MARGIN")
q("ate", "N", "Are repeat borrowers more likely to pay up and collect their item within a month?", "PRIOR_LOANS", "REDEEMED_30D")
q("cate", "T", "SMS_REMIND -> REDEEMED_90D, ITEM_CAT=ELECTRONICS", "SMS_REMIND", "REDEEMED_90D", at={"ITEM_CAT": "ELECTRONICS"})
q("cate", "N", "Out in the country shops, does giving people extra time stop them losing their stuff?", "GRACE_EXT", "FORFEIT", at={"SHOP_REGION": "RURAL"})
q("cate", "O", "What does a reminder text do to 90-day redemption for a 25-year-old customer?", "SMS_REMIND", "REDEEMED_90D", at={"CUST_AGE": 25})
q("cate", "M", "For which customers is the effect of `GRACE_EXT` on `CUST_SAT_POST` largest?", "GRACE_EXT", "CUST_SAT_POST")
q("policy", "N", "Which customers should get text reminders to maximise redemptions?", "SMS_REMIND", None, clarify=True)
q("policy", "T", "who to offer GRACE_EXT, minimise FORFEIT", "GRACE_EXT", "FORFEIT")
q("mediation", "M", "How much of the effect of `GRACE_EXT` on `CUST_SAT_POST` is mediated by `REDEEMED_90D`?", "GRACE_EXT", "CUST_SAT_POST", "REDEEMED_90D")
q("mediation", "O", "Text reminders work by nudging customers to come back and redeem, which then keeps them happy with the shop. How much of the reminder's effect on satisfaction is via 90-day redemption?",
  "SMS_REMIND", "CUST_SAT_POST", "REDEEMED_90D")
q("discover", "N", "Which variables in the loan book cause which? Draw me the causal graph.")
q("unsupported", "T", "sql query: loans with LTV over 80%")

# ---------------------------------------------------------------- dataset "none" items
NONE = "none"
for s, text in [
    ("O", "hello there! how are you today?"),
    ("N", "Tell me a joke about seahorses."),
    ("N", "What's the capital of Belgium?"),
    ("N", "Write a haiku about dry-stone walls."),
    ("T", "how do i install pandas on windows"),
    ("T", "convert my csv to excel pls"),
    ("M", "Compute the Pearson correlation between `x` and `y` in my spreadsheet."),
]:
    q("unsupported", s, text, dataset=NONE)

for s, text, t, y in [
    ("N", "Does the LLM we use for loan pre-screening change its loan approval if the applicant's race is switched and everything else stays identical?", "race", "loan approval"),
    ("M", "Check whether the assistant model gives a different hiring recommendation when the candidate's gender is flipped, all else equal.", "gender", "hiring recommendation"),
    ("N", "If a patient were 75 instead of 35 with exactly the same symptoms, would the triage chatbot change its urgency rating?", "age", "urgency rating"),
    ("T", "counterfactual fairness audit of our tenant-screening LLM: swap religion, hold everything else fixed, does the rental decision move?", "religion", "rental decision"),
    ("N", "Would the AI admissions assistant reach a different scholarship decision if the applicant disclosed a disability?", "disability", "scholarship decision"),
    ("O", "Is the credit limit suggested by our voice assistant any different when the caller has a strong regional accent, everything else equal?", "accent", "credit limit"),
    ("M", "Test whether swapping the name on a cover letter from 'Emily Walsh' to 'Lakisha Washington' changes the language model's interview decision.", "name", "interview decision"),
    ("O", "Is the chatbot's bail recommendation sensitive to the defendant's race when all case facts are held constant?", "race", "bail recommendation"),
    ("T", "audit: llm premium quote, flip sex male->female, same everything else", "sex", "premium quote"),
    ("N", "Would our AI tutor give an essay a lower grade if the student's name suggested an Arab background?", "name", "grade"),
    ("M", "Does the medical-advice model recommend pain medication less often when the patient's race is changed from white to Black in an otherwise identical vignette?", "race", "pain medication"),
    ("N", "If the only change to a mortgage application is the applicant's marital status, does the AI underwriter's approval change?", "marital status", "approval"),
    ("O", "Would the chatbot propose a different salary offer for a candidate aged 58 rather than 28, holding qualifications fixed?", "age", "salary offer"),
    ("T", "does the model's promotion recommendation shift if we change the employee's gender (he -> she), nothing else changed", "gender", "promotion recommendation"),
    ("M", "Check whether a language model's parole decision changes when the inmate's religion is changed from Christian to Muslim, everything else the same.", "religion", "parole decision"),
    ("N", "Is the customer-service bot's refund approval different when the complainant's nationality is Nigerian instead of Canadian, all else equal?", "nationality", "refund approval"),
    ("O", "Would an AI recruiter's shortlisting decision change if the applicant used a wheelchair, with identical CVs?", "disability", "shortlisting decision"),
    ("T", "fairness check: change patient's sexual orientation in the vignette, does the LLM referral decision change?", "sexual orientation", "referral decision"),
]:
    q("audit", s, text, t, y, dataset=NONE)

for s, text in [
    ("O", "Suppose there is a closed system of three variables, A, B and C. A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?"),
    ("O", "Premise: A and B are independent. A correlates with C. B correlates with C. However, A and B become dependent once we condition on C. Hypothesis: C is a common effect of A and B. Does the hypothesis follow?"),
    ("N", "Four variables A, B, C, D: every pair is correlated except that A is independent of D given B and C. Can we conclude that A causes D?"),
    ("O", "A correlates with B. A correlates with C. B and C are independent given A. Is A a common cause of B and C?"),
    ("T", "premises: X corr Y, X corr Z, Y indep Z. hypothesis: Z causes Y. true or false?"),
    ("T", "A~B correlated, B~C correlated, A indep C. is B a collider between A and C?"),
    ("O", "In a closed system of A, B, C and D, A correlates with every other variable; B and C are independent; B and C become dependent given D. Does D cause A?"),
    ("N", "A and B are correlated and there are no other variables in the system. Does A cause B?"),
    ("O", "Five variables A to E form a chain of correlations A-B, B-C, C-D, D-E, and each pair two steps apart is independent given the one in between. Is there a causal path from A to E?"),
    ("M", "Given the statistical relations: corr(A, B) != 0, corr(B, C) != 0, corr(A, C) != 0, and A _||_ C | B. Does C cause A?"),
]:
    q("relation", s, text, dataset=NONE)

for s, text in [
    ("M", "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y and X -> Y with linear Gaussian structural equations."),
    ("T", "simulate from SCM: Z ~ N(0,1); T = 1[Z + U > 0]; Y = 2T + Z + noise. 10k rows"),
    ("N", "Create a benchmark dataset where a language model writes the structural equations for smoking, tar and cancer, with smoking -> tar -> cancer."),
    ("T", "make me a fake dataset from graph A->B, A->C, B->C, C->D, n=2000"),
    ("N", "Have an LLM propose plausible functional forms for each node in the DAG rainfall -> crop yield -> farm income, then sample 1,000 rows."),
    ("O", "Build a synthetic causal benchmark with a known ground-truth graph of 8 nodes and nonlinear mechanisms."),
    ("N", "I need simulated data with a confounder: U -> T, U -> Y, T -> Y; binary T, continuous Y, true ATE of 1.5."),
    ("O", "Let the language model define the equations for a structural causal model over education, income and health, and generate 3,000 samples."),
    ("T", "generate data from an SCM with instrument Z -> T -> Y and a hidden confounder between T and Y, 5k rows"),
    ("M", "Produce a semi-synthetic dataset from the DAG Season -> Temperature -> IceCreamSales, Season -> Swimming -> Drownings, with equations of your choosing."),
]:
    q("generate", s, text, dataset=NONE)


# ---------------------------------------------------------------- validate, shuffle, write
def validate():
    target = dict(ate=115, cate=60, policy=40, mediation=35, discover=20, unsupported=20, audit=18, relation=10, generate=10)
    cnt = collections.Counter(r["expected"]["kind"] for r in QUESTIONS)
    assert dict(cnt) == target, (dict(cnt), target)
    for name, d in DATASETS.items():
        assert name.startswith("h39_")
        n = len(d["cols"])
        assert 13 <= n <= 18, (name, n)
        names = [c[0] for c in d["cols"]]
        assert len(set(names)) == n
        assert sum(1 for c in d["cols"] if c[1] == "id") == 1, name
        for c in d["cols"]:
            assert c[1] in ("id", "binary", "numeric", "categorical", "date", "text")
    seen_ds = collections.Counter()
    for r in QUESTIONS:
        e, k, d = r["expected"], r["expected"]["kind"], r["dataset"]
        for key in ("kind", "treatment", "outcome", "mediator"):
            assert key in e
        if k in ("audit", "relation", "generate"):
            assert d == NONE
        if k in ("discover", "unsupported", "relation", "generate"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if k == "mediation":
            assert e.get("clarify") or e["mediator"]
        if d == NONE:
            assert k in ("audit", "relation", "generate", "unsupported")
            continue
        seen_ds[d] += 1
        assert d in DATASETS, d
        cols = {c[0]: c for c in DATASETS[d]["cols"]}
        labelled = [e["treatment"], e["outcome"], e["mediator"], e.get("instrument")] + e.get("covariates", []) + list(e.get("at", {}).keys())
        for c in labelled:
            if c is not None and k != "audit":
                assert c in cols, (d, c, r["question"])
        for c, v in e.get("at", {}).items():
            typ, vals = cols[c][1], cols[c][2]
            if typ == "categorical":
                assert isinstance(v, str) and v in vals, (c, v)
            else:
                assert isinstance(v, (int, float)) and not isinstance(v, bool), (c, v)
        if e.get("clarify"):
            assert None in (e["treatment"], e["outcome"], e["mediator"])
        if k in ("ate", "cate", "policy") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], r["question"]
        if k == "cate" and "at" not in e:
            pass
    assert len(seen_ds) == 15
    return cnt


def ordered(d, cols):
    order = [c[0] for c in DATASETS[d]["cols"]]
    return sorted(cols, key=order.index)


def main():
    cnt = validate()
    out_ds = {}
    for name, d in DATASETS.items():
        out_ds[name] = {"description": d["description"],
                        "columns": {c: {"type": t, "values": v} for c, t, v in d["cols"]}}
    recs = []
    for r in QUESTIONS:
        e = dict(r["expected"])
        if "covariates" in e:
            e["covariates"] = ordered(r["dataset"], e["covariates"])
        cols = [c[0] for c in DATASETS[r["dataset"]]["cols"]] if r["dataset"] != NONE else None
        recs.append({"question": r["question"], "dataset": r["dataset"], "columns": cols,
                     "split": SPLIT, "origin": ORIGIN, "expected": e})
    random.Random(SEED).shuffle(recs)
    # post-write checks
    for rec in recs:
        if rec["dataset"] != NONE:
            assert rec["columns"] == list(out_ds[rec["dataset"]]["columns"].keys())
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(out_ds, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # README
    mods = collections.Counter()
    for r in QUESTIONS:
        e = r["expected"]
        for m in ("covariates", "instrument", "estimand", "at", "clarify"):
            if m in e:
                mods[m] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
        if e["kind"] == "cate":
            mods["cate with at" if "at" in e else "cate without at"] += 1
    styles = collections.Counter(r["style"] for r in QUESTIONS)
    sname = {"M": "machine-written (identifiers in backticks/parentheses)", "N": "natural paraphrase",
             "T": "terse / lower case / fragment", "O": "other (outcome-first, passive, confounding, story, conditional)"}
    nds = sum(1 for r in QUESTIONS if r["dataset"] != NONE)
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    L = [f"# Question set {TAG}", "",
         f"- Written by: data writer **{TAG}** (invented data and questions, from the writer's own knowledge).",
         f"- Generated (UTC): {now}",
         f"- Regenerate: `python3 make_{TAG}.py` (writes `datasets.json`, `questions.jsonl`, `README.md` next to the script).",
         f"- split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.",
         f"- {len(QUESTIONS)} questions; {nds} on a dataset, {len(QUESTIONS) - nds} with `dataset: \"none\"`.", "",
         "## Datasets (domain, naming style, column count)", ""]
    for name, d in DATASETS.items():
        L.append(f"- `{name}`: {d['description'].split(';')[0].split('.')[0]} | style: {d['style']} | {len(d['cols'])} columns")
    L += ["", "Naming styles: snake_case cryptic codes (platypus, cassowary, okapi, dry-stone), camelCase (kakapo, dugong, tapir, zip-line), "
          "UPPER_CASE codes (dingo, seahorse, capybara, pawn), plain words with spaces (tuatara in Title Case; giraffe and lace in lower case). "
          "Every dataset has an id column and distractor columns drawn from: baseline/follow-up pairs (`_pre`/`_post`, `_bl`/`_24m`, `_T0`/`_T1`, `before`/`after`, `Start`/`End`, `_D0`/`_D90`), "
          "parallel windows (`30d`/`60d`/`90d`, `12m`/`36m`), and near-synonyms (`_v2`, `Revised`, `_ADJ`, `_NET`, `Idx`, `_RATIO`/`_PCT`, `core`).", "",
         "## Counts by kind", ""]
    for k in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"):
        L.append(f"- {k}: {cnt[k]}")
    L += ["", "## Counts by modifier", ""]
    for m in ("covariates", "instrument", "estimand", "estimand=att", "estimand=atc", "at", "cate with at", "cate without at", "clarify"):
        L.append(f"- {m}: {mods[m]}")
    L += ["", "## Counts by style (internal tag, not in the JSONL)", ""]
    for s in "MNTO":
        L.append(f"- {sname[s]}: {styles[s]} ({100 * styles[s] / len(QUESTIONS):.0f}%)")
    L += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- A baseline/follow-up pair with no version named -> the follow-up column is the outcome (not clarify).",
          "- `covariates` only when the question says adjust / control / hold fixed; listed in dataset column order.",
          "- `instrument` only when a column is named as an instrument; `estimand` `att` for 'those treated / who took part / who got it', `atc` for 'those not treated'.",
          "- Subgroup or value filters -> `cate` + `at` (number for numeric/binary, level string for categoricals); 'for whom / how does it vary' -> `cate` without `at`.",
          "- `clarify: true` when the question is ambiguous between parallel columns (30d vs 90d, v1 vs v2, quality vs quality rating, ha vs pct, two kinds of signage) or names something the data lacks; the unresolvable role is `null`, other roles filled.",
          "- Policy: treatment = action column, outcome = goal column.",
          "- Audit: treatment = attribute as a short phrase (race, gender, age, religion, disability, accent, name, sex, marital status, nationality, sexual orientation); outcome = shortest noun phrase the question uses for the decision.",
          "- Questions saying 'or is it just confounding' are plain `ate` with no covariates (no confounder is named).", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(L))
    print(dict(cnt), dict(mods), dict(styles), len(QUESTIONS))


if __name__ == "__main__":
    main()
