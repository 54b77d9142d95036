#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl, README.md for question set h42 (heldout42)."""
import json, os, random, collections, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout42", 42042

DS = {}
def dataset(name, desc, cols):
    DS[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

B = [0, 1, 1]
dataset("h42_nautilus_tanks", "Chambered nautilus tanks in public aquaria: husbandry, water chemistry, growth and survival.", [
    ("tank_id", "id", ["NT-001", "NT-002", "NT-003"]),
    ("tank_vol_l", "numeric", [800, 1200, 2500]),
    ("chiller_on", "binary", B),
    ("temp_c", "numeric", [14.5, 16.2, 18.9]),
    ("ph_lvl", "numeric", [7.9, 8.1, 8.2]),
    ("salin_ppt", "numeric", [33.5, 34.0, 35.1]),
    ("do_mgl", "numeric", [6.1, 7.0, 7.4]),
    ("feed_freq", "numeric", [2, 3, 5]),
    ("shrimp_diet", "binary", [1, 0, 1]),
    ("light_cyc", "categorical", ["dim", "dark_only", "natural"]),
    ("stress_cort", "numeric", [3.2, 5.8, 9.1]),
    ("shell_gr_pre", "numeric", [0.8, 1.2, 1.5]),
    ("shell_gr_post", "numeric", [0.9, 1.4, 1.7]),
    ("buoy_score", "numeric", [2, 3, 4]),
    ("buoy_score_v2", "numeric", [2.5, 3.1, 4.0]),
    ("mort_30d", "binary", [0, 0, 1]),
    ("mort_90d", "binary", [0, 1, 1]),
])
dataset("h42_skylark_plots", "Skylark breeding on arable/grassland plots under agri-environment options.", [
    ("plot", "id", ["SK01", "SK02", "SK03"]),
    ("region", "categorical", ["Wessex", "Fens", "Cotswolds", "Yorkshire"]),
    ("grazing", "binary", B),
    ("late_mowing", "binary", [1, 0, 0]),
    ("bare_patches", "binary", [0, 1, 1]),
    ("pesticide", "binary", [1, 1, 0]),
    ("sward_height", "numeric", [8, 15, 32]),
    ("hedgerow", "numeric", [0, 45, 120]),
    ("insects", "numeric", [12, 40, 85]),
    ("predators", "numeric", [0.2, 0.5, 1.1]),
    ("rainfall", "numeric", [420, 610, 780]),
    ("nests_before", "numeric", [2, 5, 9]),
    ("nests_after", "numeric", [3, 6, 11]),
    ("fledglings", "numeric", [4, 10, 19]),
    ("fledglings_per_nest", "numeric", [1.3, 2.0, 2.6]),
    ("density", "numeric", [12, 25, 41]),
    ("density_adjusted", "numeric", [11.4, 23.9, 40.2]),
])
dataset("h42_muskrat_marsh", "Muskrat surveys across managed marshes: water management, trapping, predators, lodges and survival.", [
    ("surveyId", "id", ["MR-101", "MR-102", "MR-103"]),
    ("marshType", "categorical", ["tidal", "freshwater", "brackish"]),
    ("trappingOn", "binary", B),
    ("drawdownDone", "binary", [1, 0, 1]),
    ("trapperEffortDays", "numeric", [0, 14, 40]),
    ("waterLevelCm", "numeric", [20, 45, 80]),
    ("salinityPpt", "numeric", [0.5, 5, 12]),
    ("cattailCover", "numeric", [10, 35, 70]),
    ("vegBiomass", "numeric", [220, 540, 900]),
    ("minkPresent", "binary", [0, 1, 0]),
    ("lodgeCountPre", "numeric", [3, 12, 27]),
    ("lodgeCountPost", "numeric", [4, 10, 31]),
    ("predationRate", "numeric", [0.05, 0.12, 0.3]),
    ("predationRatio", "numeric", [0.06, 0.14, 0.43]),
    ("survivalSpring", "numeric", [0.45, 0.6, 0.78]),
    ("survivalAutumn", "numeric", [0.38, 0.55, 0.7]),
])
dataset("h42_marten_forests", "Pine marten reintroduction forests: releases, habitat, squirrels and marten occupancy.", [
    ("FOREST_ID", "id", ["PM-01", "PM-02", "PM-03"]),
    ("REGION", "categorical", ["Highlands", "Wales", "Galloway", "Northumberland"]),
    ("RELEASED", "binary", B),
    ("DEN_BOXES", "numeric", [0, 10, 25]),
    ("DEADWOOD_M3", "numeric", [5, 18, 40]),
    ("CANOPY_PCT", "numeric", [35, 60, 85]),
    ("ROAD_KM", "numeric", [0.5, 3.2, 9.0]),
    ("PRED_CONTROL", "binary", [0, 0, 1]),
    ("VOLE_INDEX", "numeric", [0.3, 1.1, 2.4]),
    ("GREY_SQ_DENS", "numeric", [0.2, 1.5, 3.8]),
    ("GREY_SQ_DENS_V2", "numeric", [0.1, 1.3, 4.0]),
    ("RED_SQ_PRE", "numeric", [0.1, 0.6, 1.2]),
    ("RED_SQ_POST", "numeric", [0.3, 0.9, 1.6]),
    ("MARTEN_OCC_1Y", "numeric", [0.1, 0.4, 0.7]),
    ("MARTEN_OCC_3Y", "numeric", [0.2, 0.55, 0.9]),
    ("VISITORS_K", "numeric", [2, 15, 60]),
])
dataset("h42_serval_sites", "Serval camera-trap sites in savanna: fire, prey, livestock, patrols and detections.", [
    ("site_cd", "id", ["SV-A1", "SV-A2", "SV-B1"]),
    ("hab_type", "categorical", ["wetland", "grassland", "woodland_edge"]),
    ("burn_trt", "binary", B),
    ("grs_ht_cm", "numeric", [20, 55, 110]),
    ("rainfall_mm", "numeric", [450, 700, 1100]),
    ("rodent_idx", "numeric", [0.4, 1.2, 2.9]),
    ("livestk_dens", "numeric", [5, 30, 70]),
    ("fence_km", "numeric", [0, 2.5, 8]),
    ("dist_vill_km", "numeric", [1.2, 6.5, 18]),
    ("patrol_freq", "numeric", [0, 4, 12]),
    ("poach_evt", "numeric", [0, 2, 7]),
    ("cam_nights", "numeric", [60, 90, 120]),
    ("srvl_det_wet", "numeric", [0, 3, 11]),
    ("srvl_det_dry", "numeric", [0, 2, 8]),
    ("occ_psi", "numeric", [0.15, 0.42, 0.81]),
    ("occ_psi_v2", "numeric", [0.12, 0.4, 0.85]),
])
dataset("h42_chamois_reserves", "Chamois in alpine hunting reserves: quotas, hunting rules, climate, predators and demography.", [
    ("reserveId", "id", ["CH-AT-01", "CH-CH-04", "CH-IT-09"]),
    ("country", "categorical", ["Austria", "Switzerland", "France", "Italy"]),
    ("quotaPerKm2", "numeric", [0.5, 1.2, 2.5]),
    ("hunterDays", "numeric", [40, 150, 420]),
    ("trophyOnly", "binary", [0, 1, 0]),
    ("altitudeM", "numeric", [1400, 1800, 2300]),
    ("snowDaysWinter", "numeric", [60, 110, 170]),
    ("lynxPresent", "binary", [0, 1, 1]),
    ("feedingStations", "numeric", [0, 2, 6]),
    ("tourismIdx", "numeric", [0.2, 0.5, 0.9]),
    ("herdSizePre", "numeric", [80, 210, 460]),
    ("herdSizePost", "numeric", [75, 230, 430]),
    ("kidRatioSpring", "numeric", [0.35, 0.5, 0.68]),
    ("kidRatioAutumn", "numeric", [0.3, 0.45, 0.6]),
    ("bodyMassKg", "numeric", [22.5, 26.0, 31.2]),
    ("bodyMassKgV2", "numeric", [22.1, 26.4, 30.8]),
])
dataset("h42_markhor_conservancies", "Community markhor conservancies: trophy hunting, guards, revenue sharing, livelihoods and markhor counts.", [
    ("conservancy", "id", ["Torghar", "Hushe", "Bar Valley"]),
    ("province", "categorical", ["Gilgit-Baltistan", "Khyber Pakhtunkhwa", "Balochistan"]),
    ("trophy_hunting", "binary", B),
    ("guards", "numeric", [2, 8, 20]),
    ("revenue_share", "numeric", [0, 40, 80]),
    ("livestock", "numeric", [300, 1200, 4000]),
    ("snow_leopard", "binary", [0, 1, 0]),
    ("altitude", "numeric", [2200, 3100, 4000]),
    ("survey_effort", "numeric", [5, 12, 30]),
    ("poaching_reports", "numeric", [0, 3, 9]),
    ("poaching_rate", "numeric", [0.0, 0.8, 2.1]),
    ("income", "numeric", [900, 1500, 2600]),
    ("attitude", "numeric", [2.1, 3.4, 4.5]),
    ("attitude_v2", "numeric", [2.0, 3.6, 4.7]),
    ("markhor_before", "numeric", [60, 240, 900]),
    ("markhor_after", "numeric", [90, 310, 1500]),
    ("kids_per_female", "numeric", [0.4, 0.7, 0.95]),
])
dataset("h42_oryx_ranches", "Arabian oryx desert reintroduction ranches: fencing, water, acclimatisation, herds and calves.", [
    ("RANCH_NO", "id", ["OR-11", "OR-12", "OR-27"]),
    ("COUNTRY", "categorical", ["Oman", "UAE", "Saudi Arabia", "Jordan"]),
    ("FENCED", "binary", B),
    ("SUPP_WATER", "binary", [1, 0, 1]),
    ("ACCLIM_WKS", "numeric", [2, 6, 12]),
    ("HERD_INIT", "numeric", [20, 40, 80]),
    ("HERD_Y2", "numeric", [18, 52, 95]),
    ("HERD_Y5", "numeric", [10, 75, 160]),
    ("CALF_SURV", "numeric", [0.4, 0.65, 0.85]),
    ("CALF_SURV_V2", "numeric", [0.42, 0.61, 0.88]),
    ("RAIN_MM", "numeric", [30, 80, 140]),
    ("VEG_NDVI", "numeric", [0.05, 0.12, 0.22]),
    ("TEMP_MAX_C", "numeric", [41, 45, 49]),
    ("GUARD_PATROLS", "numeric", [0, 6, 20]),
    ("POACH_INC", "numeric", [0, 1, 5]),
    ("DIST_ROAD_KM", "numeric", [2, 15, 60]),
])
dataset("h42_lemming_plots", "Tundra plots: predator exclosures, warming chambers, reindeer grazing, snow and lemming densities.", [
    ("plt", "id", ["T-01", "T-02", "T-03"]),
    ("cyc_phase", "categorical", ["low", "increase", "peak", "crash"]),
    ("excl_trt", "binary", B),
    ("warming_otc", "binary", [0, 1, 0]),
    ("graze_reindeer", "binary", [1, 1, 0]),
    ("snow_dpth_cm", "numeric", [15, 40, 85]),
    ("winter_temp_c", "numeric", [-24, -16, -9]),
    ("moss_cov", "numeric", [20, 45, 75]),
    ("veg_biom_g", "numeric", [60, 140, 260]),
    ("veg_biom_g_v2", "numeric", [55, 150, 240]),
    ("fox_dens", "numeric", [0, 0.3, 1.0]),
    ("owl_nests", "numeric", [0, 1, 4]),
    ("lem_dens_spr", "numeric", [0.5, 8, 40]),
    ("lem_dens_aut", "numeric", [1, 15, 90]),
    ("nest_cnt_jun", "numeric", [0, 6, 22]),
    ("nest_cnt_aug", "numeric", [0, 4, 18]),
])
dataset("h42_natterjack_ponds", "Natterjack toad dune-slack ponds: scrapes, grazing, water chemistry, spawn and toadlets.", [
    ("pond", "id", ["NJ-01", "NJ-02", "NJ-03"]),
    ("site", "categorical", ["Merseyside", "Cumbria", "Solway", "Norfolk"]),
    ("scrape_created", "binary", B),
    ("depth", "numeric", [15, 30, 60]),
    ("salinity", "numeric", [0.2, 1.5, 4.0]),
    ("ph", "numeric", [6.8, 7.6, 8.3]),
    ("rainfall", "numeric", [500, 700, 950]),
    ("predator_fish", "binary", [0, 0, 1]),
    ("grazing", "binary", [1, 0, 1]),
    ("shade", "numeric", [0, 20, 55]),
    ("shade_index", "numeric", [0.0, 0.25, 0.6]),
    ("vegetation", "numeric", [10, 40, 85]),
    ("desiccation_days", "numeric", [0, 25, 70]),
    ("spawn_2019", "numeric", [0, 12, 40]),
    ("spawn_2023", "numeric", [0, 18, 55]),
    ("toadlets", "numeric", [0, 800, 5000]),
])
dataset("h42_honeybadger_farms", "Beekeeping farms protecting hives from honey badgers: hive stands, fences, dogs, training, losses and attitudes.", [
    ("farmId", "id", ["HB-0001", "HB-0002", "HB-0003"]),
    ("province", "categorical", ["Western Cape", "Eastern Cape", "KwaZulu-Natal", "Limpopo"]),
    ("hivesElevated", "binary", B),
    ("fenceElectric", "binary", [0, 1, 0]),
    ("guardDogs", "numeric", [0, 1, 3]),
    ("trainingAttended", "binary", [1, 0, 1]),
    ("hivesTotal", "numeric", [10, 60, 400]),
    ("distReserveKm", "numeric", [1, 5, 25]),
    ("attacksPre", "numeric", [0, 4, 15]),
    ("attacksPost", "numeric", [0, 2, 9]),
    ("badgersKilled", "numeric", [0, 1, 6]),
    ("lossRand", "numeric", [0, 4500, 38000]),
    ("lossRandV2", "numeric", [0, 5100, 36500]),
    ("honeyKgPerHive", "numeric", [8, 15, 24]),
    ("attitudeScore", "numeric", [1.8, 3.2, 4.6]),
    ("attitudeScoreV2", "numeric", [2.0, 3.0, 4.8]),
])
dataset("h42_anteater_corridors", "Road segments crossing giant anteater habitat: underpasses, fencing, signage, traffic, crossings and roadkill.", [
    ("SEGMENT_ID", "id", ["BR-262-01", "BR-262-02", "MS-040-07"]),
    ("BIOME", "categorical", ["Cerrado", "Pantanal", "Atlantic Forest"]),
    ("UNDERPASS", "binary", B),
    ("FENCE_KM", "numeric", [0, 1.5, 4]),
    ("SIGNAGE", "binary", [1, 0, 1]),
    ("SPEED_LIMIT_KMH", "numeric", [60, 80, 110]),
    ("SPEED_OBS_KMH", "numeric", [72, 88, 104]),
    ("SPEED_OBS_KMH_V2", "numeric", [70, 90, 101]),
    ("TRAFFIC_AADT", "numeric", [1200, 5000, 14000]),
    ("NATIVE_VEG_PCT", "numeric", [15, 45, 80]),
    ("FIRE_EVENTS", "numeric", [0, 2, 6]),
    ("CAMERA_DAYS", "numeric", [60, 180, 365]),
    ("CROSSINGS_WET", "numeric", [0, 5, 20]),
    ("CROSSINGS_DRY", "numeric", [0, 8, 31]),
    ("ROADKILL_PRE", "numeric", [0, 3, 11]),
    ("ROADKILL_POST", "numeric", [0, 1, 7]),
])
dataset("h42_glassworks", "Container glassworks: furnace type, recycled cullet, process settings, training, energy, defects and yield.", [
    ("works", "id", ["GW-Leeds", "GW-Lyon", "GW-Turin"]),
    ("furnace", "categorical", ["regenerative", "oxy-fuel", "electric"]),
    ("cullet_share", "numeric", [0.2, 0.5, 0.85]),
    ("batch_temp", "numeric", [1450, 1520, 1580]),
    ("line_speed", "numeric", [120, 200, 320]),
    ("humidity", "numeric", [30, 55, 80]),
    ("training", "binary", B),
    ("shift", "categorical", ["day", "night", "rotating"]),
    ("annealing_time", "numeric", [25, 40, 60]),
    ("energy_before", "numeric", [4.2, 5.1, 6.3]),
    ("energy_after", "numeric", [3.8, 4.7, 6.0]),
    ("defects_rate", "numeric", [0.8, 1.9, 4.2]),
    ("defects_ratio", "numeric", [0.009, 0.02, 0.045]),
    ("yield", "numeric", [86, 91, 95]),
    ("co2_tonnes", "numeric", [1200, 2600, 5400]),
    ("output", "numeric", [150, 320, 700]),
])
dataset("h42_courthouses", "Courthouses: e-filing, reminders, interpreters, judges, caseloads, delays, backlogs and user satisfaction.", [
    ("crt_id", "id", ["C-0101", "C-0217", "C-0333"]),
    ("juris", "categorical", ["state", "federal", "municipal"]),
    ("urban", "binary", B),
    ("efiling", "binary", [0, 1, 1]),
    ("txt_remind", "binary", [1, 0, 1]),
    ("interp_avail", "binary", [0, 0, 1]),
    ("judges_n", "numeric", [2, 7, 25]),
    ("caseload", "numeric", [900, 5000, 21000]),
    ("disp_days_pre", "numeric", [120, 210, 380]),
    ("disp_days_post", "numeric", [95, 180, 360]),
    ("backlog_12m", "numeric", [150, 800, 3200]),
    ("backlog_24m", "numeric", [120, 950, 3500]),
    ("ftap_rate", "numeric", [0.08, 0.15, 0.27]),
    ("ftap_ratio", "numeric", [0.09, 0.18, 0.37]),
    ("appeal_rt", "numeric", [0.02, 0.05, 0.11]),
    ("sat_score", "numeric", [2.9, 3.5, 4.2]),
    ("sat_score_v2", "numeric", [58, 70, 84]),
])
dataset("h42_schoolbus_routes", "School bus routes: GPS tracking, stop-arm cameras, drivers, punctuality, absences, violations and incidents.", [
    ("routeId", "id", ["R-014", "R-102", "R-230"]),
    ("district", "categorical", ["North", "South", "East", "West"]),
    ("rural", "binary", B),
    ("gpsTracking", "binary", [1, 0, 1]),
    ("stopArmCam", "binary", [0, 1, 0]),
    ("routeLenKm", "numeric", [8, 22, 48]),
    ("ridersDaily", "numeric", [18, 45, 70]),
    ("busAge", "numeric", [2, 7, 14]),
    ("driverYrs", "numeric", [1, 6, 22]),
    ("onTimePct", "numeric", [78, 88, 97]),
    ("onTimePctV2", "numeric", [75, 90, 98]),
    ("absentPre", "numeric", [4.5, 6.8, 11.0]),
    ("absentPost", "numeric", [4.0, 6.1, 10.2]),
    ("stopArmViolations", "numeric", [0, 6, 25]),
    ("incidents30d", "numeric", [0, 1, 4]),
    ("incidents90d", "numeric", [0, 3, 9]),
    ("fuelLitres", "numeric", [900, 1600, 2900]),
])

Q = []
def q(ds, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, clarify=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov: e["covariates"] = cov
    if iv: e["instrument"] = iv
    if est: e["estimand"] = est
    if at: e["at"] = at
    if clarify: e["clarify"] = True
    Q.append({"question": text, "dataset": ds or "none",
              "columns": list(DS[ds]["columns"]) if ds else None,
              "split": SPLIT, "origin": ORIGIN, "expected": e})

# ---------------- nautilus ----------------
d = "h42_nautilus_tanks"
q(d, "Estimate the average treatment effect of `chiller_on` on `mort_90d`, adjusting for `tank_vol_l` and `salin_ppt`.", "ate", "chiller_on", "mort_90d", cov=["tank_vol_l", "salin_ppt"])
q(d, "Does feeding the nautiluses shrimp instead of fish actually make their shells grow faster?", "ate", "shrimp_diet", "shell_gr_post")
q(d, "ate feed_freq -> buoy_score_v2", "ate", "feed_freq", "buoy_score_v2")
q(d, "Are deaths in the tanks reduced by running a chiller, or is that just because the big tanks happen to have chillers?", "ate", "chiller_on", None, clarify=True)
q(d, "What is the effect of the chiller on shell growth for the tanks that actually had one fitted?", "ate", "chiller_on", "shell_gr_post", est="att")
q(d, "How much does water temperature (temp_c) change cortisol stress levels (stress_cort)? Control for dissolved oxygen.", "ate", "temp_c", "stress_cort", cov=["do_mgl"])
q(d, "effect of feeding more often on nautilus buoyancy", "ate", "feed_freq", None, clarify=True)
q(d, "What would installing chillers do to shell growth in the tanks that currently run without one?", "ate", "chiller_on", "shell_gr_post", est="atc")
q(d, "What is the effect of the water flow rate on 90-day mortality (mort_90d)?", "ate", None, "mort_90d", clarify=True)
q(d, "For tanks held at 16 °C, what is the effect of the shrimp diet on shell growth?", "cate", "shrimp_diet", "shell_gr_post", at={"temp_c": 16})
q(d, "Among tanks on the natural light cycle (light_cyc = natural), does `chiller_on` reduce `mort_90d`?", "cate", "chiller_on", "mort_90d", at={"light_cyc": "natural"})
q(d, "Which tanks benefit most from more frequent feeding in terms of shell growth — does the effect depend on tank size?", "cate", "feed_freq", "shell_gr_post")
q(d, "cate of shrimp_diet on buoy_score when ph_lvl is 7.9", "cate", "shrimp_diet", "buoy_score", at={"ph_lvl": 7.9})
q(d, "Which tanks should get a chiller installed to minimise 90-day deaths?", "policy", "chiller_on", "mort_90d")
q(d, "Design a rule for assigning the shrimp diet so that shell growth (shell_gr_post) is maximised.", "policy", "shrimp_diet", "shell_gr_post")
q(d, "how often shld each tank be fed to maximise buoy_score_v2? give a feeding policy", "policy", "feed_freq", "buoy_score_v2")
q(d, "The chiller seems to work by lowering the water temperature, which then keeps the animals alive longer. How much of chiller_on's effect on mort_90d goes through temp_c?", "mediation", "chiller_on", "mort_90d", "temp_c")
q(d, "Direct vs indirect effect of shrimp_diet on shell_gr_post via stress_cort.", "mediation", "shrimp_diet", "shell_gr_post", "stress_cort")
q(d, "Learn the causal structure among the water chemistry, husbandry and health variables in the nautilus tank data.", "discover")
q(d, "Run causal discovery (e.g. PC) on the nautilus tanks and give me the graph.", "discover")
q(d, "Plot shell_gr_post against temp_c for all tanks.", "unsupported")

# ---------------- skylark ----------------
d = "h42_skylark_plots"
q(d, "What is the average effect of late mowing on the number of fledglings, adjusting for rainfall and region?", "ate", "late_mowing", "fledglings", cov=["rainfall", "region"])
q(d, "Do bare patches in the crop raise the number of skylark nests?", "ate", "bare_patches", "nests_after")
q(d, "ate(pesticide -> insects)", "ate", "pesticide", "insects")
q(d, "If a field is grazed, does that change how many skylark territories it holds per square km?", "ate", "grazing", None, clarify=True)
q(d, "Is the link between taller swards and fewer fledglings causal, or just confounding?", "ate", "sward_height", "fledglings")
q(d, "On the plots that were grazed, what did grazing do to fledgling output?", "ate", "grazing", "fledglings", est="att")
q(d, "effect of pestcide use on fledglings per nest", "ate", "pesticide", "fledglings_per_nest")
q(d, "In the Fens, does late mowing help fledgling numbers?", "cate", "late_mowing", "fledglings", at={"region": "Fens"})
q(d, "what's the effect of bare_patches on nests_after when sward_height is 25 cm", "cate", "bare_patches", "nests_after", at={"sward_height": 25})
q(d, "Does the benefit of delayed cutting on fledglings vary with how much hedgerow a plot has?", "cate", "late_mowing", "fledglings")
q(d, "Under the condition that no pesticide was applied, how much do bare patches raise density_adjusted?", "cate", "bare_patches", "density_adjusted", at={"pesticide": 0})
q(d, "Which plots should be enrolled in late mowing to get the most fledglings?", "policy", "late_mowing", "fledglings")
q(d, "Targeting rule: where to put bare_patches to maximise nests_after.", "policy", "bare_patches", "nests_after")
q(d, "We can only afford to stop spraying on 20 plots — which ones, if the goal is insect abundance?", "policy", "pesticide", "insects")
q(d, "Pesticides are thought to hurt skylarks by killing the insects the chicks eat, which then lowers fledgling numbers. What share of the effect goes through insects?", "mediation", "pesticide", "fledglings", "insects")
q(d, "mediation: grazing -> sward_height -> nests_after", "mediation", "grazing", "nests_after", "sward_height")
q(d, "How much of the hedgerow effect on fledglings_per_nest is indirect, via predators?", "mediation", "hedgerow", "fledglings_per_nest", "predators")
q(d, "Which farming variables drive which in this skylark data? Work out the cause-and-effect ordering.", "discover")
q(d, "Give me the mean and standard deviation of fledglings by region.", "unsupported")

# ---------------- muskrat ----------------
d = "h42_muskrat_marsh"
q(d, "Estimate the ATE of `drawdownDone` on `lodgeCountPost`, controlling for `salinityPpt` and `marshType`.", "ate", "drawdownDone", "lodgeCountPost", cov=["salinityPpt", "marshType"])
q(d, "Does trapping actually reduce the number of muskrat lodges, or is it just that trappers go where lodges are already declining?", "ate", "trappingOn", "lodgeCountPost")
q(d, "effect of water level on cattail cover", "ate", "waterLevelCm", "cattailCover")
q(d, "Does having mink around lower muskrat survival?", "ate", "minkPresent", None, clarify=True)
q(d, "ATE trapperEffortDays on survivalAutumn adj minkPresent", "ate", "trapperEffortDays", "survivalAutumn", cov=["minkPresent"])
q(d, "How does lowering the water in summer affect how much plant material grows in the marsh?", "ate", "drawdownDone", "vegBiomass")
q(d, "For marshes where trapping was carried out, what was the effect of trapping on spring survival?", "ate", "trappingOn", "survivalSpring", est="att")
q(d, "Among brackish marshes, what is the effect of drawdownDone on lodgeCountPost?", "cate", "drawdownDone", "lodgeCountPost", at={"marshType": "brackish"})
q(d, "What is the effect of trapping on lodge counts when the water level is 40 cm?", "cate", "trappingOn", "lodgeCountPost", at={"waterLevelCm": 40})
q(d, "how does the effect of the drawdown on cattail cover differ between marshes", "cate", "drawdownDone", "cattailCover")
q(d, "conditional effect of minkPresent on survivalAutumn for marshes with salinityPpt = 5", "cate", "minkPresent", "survivalAutumn", at={"salinityPpt": 5})
q(d, "Where should managers carry out drawdowns to maximise lodge counts next year?", "policy", "drawdownDone", "lodgeCountPost")
q(d, "Recommend which marshes to open to trapping if we want autumn survival to stay high.", "policy", "trappingOn", "survivalAutumn")
q(d, "optimal allocation of trapper effort days across marshes to minimise predationRatio", "policy", "trapperEffortDays", "predationRatio")
q(d, "Drawdowns are supposed to work by boosting cattail, which then gives muskrats food and lodge material. How much of the drawdown effect on lodgeCountPost is mediated by cattailCover?", "mediation", "drawdownDone", "lodgeCountPost", "cattailCover")
q(d, "indirect effect of waterLevelCm on survivalAutumn through predationRate", "mediation", "waterLevelCm", "survivalAutumn", "predationRate")
q(d, "Does mink presence cut spring survival directly, or mostly because it raises the predation ratio? Decompose it.", "mediation", "minkPresent", "survivalSpring", "predationRatio")
q(d, "Run causal discovery on the muskrat survey table.", "discover")
q(d, "Forecast next year's lodge counts for each marsh.", "unsupported")

# ---------------- pine marten ----------------
d = "h42_marten_forests"
q(d, "Estimate the average effect of RELEASED on RED_SQ_POST, adjusting for CANOPY_PCT and REGION.", "ate", "RELEASED", "RED_SQ_POST", cov=["CANOPY_PCT", "REGION"])
q(d, "Did putting martens back into the woods bring the red squirrels back?", "ate", "RELEASED", "RED_SQ_POST")
q(d, "Does the marten release knock back grey squirrel density?", "ate", "RELEASED", None, clarify=True)
q(d, "ate DEN_BOXES -> MARTEN_OCC_3Y", "ate", "DEN_BOXES", "MARTEN_OCC_3Y")
q(d, "How does the amount of fallen and standing dead timber affect whether martens are still there three years on?", "ate", "DEADWOOD_M3", "MARTEN_OCC_3Y")
q(d, "What effect did releases have on red squirrel numbers in the forests that received martens?", "ate", "RELEASED", "RED_SQ_POST", est="att")
q(d, "Is grey squirrel density (GREY_SQ_DENS_V2) lowered by predator control (PRED_CONTROL)? Hold the vole index fixed.", "ate", "PRED_CONTROL", "GREY_SQ_DENS_V2", cov=["VOLE_INDEX"])
q(d, "Using VISITORS_K as an instrument, estimate the effect of ROAD_KM on MARTEN_OCC_3Y.", "ate", "ROAD_KM", "MARTEN_OCC_3Y", iv="VISITORS_K")
q(d, "In the Highlands, what is the effect of RELEASED on RED_SQ_POST?", "cate", "RELEASED", "RED_SQ_POST", at={"REGION": "Highlands"})
q(d, "Effect of den boxes on three-year occupancy for forests with 60% canopy cover.", "cate", "DEN_BOXES", "MARTEN_OCC_3Y", at={"CANOPY_PCT": 60})
q(d, "For which kinds of forest is the release most effective at restoring red squirrels?", "cate", "RELEASED", "RED_SQ_POST")
q(d, "Under the condition that predator control is in place, does release change MARTEN_OCC_1Y?", "cate", "RELEASED", "MARTEN_OCC_1Y", at={"PRED_CONTROL": 1})
q(d, "Which forests should be prioritised for marten releases to maximise red squirrel recovery?", "policy", "RELEASED", "RED_SQ_POST")
q(d, "Allocation rule for DEN_BOXES to maximise MARTEN_OCC_3Y.", "policy", "DEN_BOXES", "MARTEN_OCC_3Y")
q(d, "Where should we run predator control if the target is marten occupancy at 3 years?", "policy", "PRED_CONTROL", "MARTEN_OCC_3Y")
q(d, "Martens are thought to help red squirrels by suppressing greys, which then frees up the niche. Decompose the effect of RELEASED on RED_SQ_POST into the part through GREY_SQ_DENS and the rest.", "mediation", "RELEASED", "RED_SQ_POST", "GREY_SQ_DENS")
q(d, "How much of RELEASED → RED_SQ_POST runs through marten occupancy at 1 year (MARTEN_OCC_1Y)?", "mediation", "RELEASED", "RED_SQ_POST", "MARTEN_OCC_1Y")
q(d, "Recover the DAG among the forest variables.", "discover")

# ---------------- serval ----------------
d = "h42_serval_sites"
q(d, "Estimate the ATE of `burn_trt` on `rodent_idx` adjusting for `rainfall_mm`.", "ate", "burn_trt", "rodent_idx", cov=["rainfall_mm"])
q(d, "Do controlled burns change how often servals are caught on camera?", "ate", "burn_trt", None, clarify=True)
q(d, "Does more anti-poaching patrolling cut poaching events?", "ate", "patrol_freq", "poach_evt")
q(d, "Is taller grass really good for serval occupancy (the v2 estimate), or is it just confounding?", "ate", "grs_ht_cm", "occ_psi_v2")
q(d, "ate fence_km on srvl_det_dry, controlling for dist_vill_km & livestk_dens", "ate", "fence_km", "srvl_det_dry", cov=["dist_vill_km", "livestk_dens"])
q(d, "What did burning do to rodent abundance at the sites that were burned?", "ate", "burn_trt", "rodent_idx", est="att")
q(d, "Use dist_vill_km as an instrument for patrol_freq and estimate its effect on poach_evt.", "ate", "patrol_freq", "poach_evt", iv="dist_vill_km")
q(d, "In wetland sites, what is the effect of burning on wet-season serval detections?", "cate", "burn_trt", "srvl_det_wet", at={"hab_type": "wetland"})
q(d, "effect of patrols on poaching where livestock density is 30 head/km2", "cate", "patrol_freq", "poach_evt", at={"livestk_dens": 30})
q(d, "How does the effect of grass height on occupancy (occ_psi) vary across habitat types?", "cate", "grs_ht_cm", "occ_psi")
q(d, "Burn effect on rodents when rainfall is 600 mm.", "cate", "burn_trt", "rodent_idx", at={"rainfall_mm": 600})
q(d, "At which sites should we burn to maximise rodent prey?", "policy", "burn_trt", "rodent_idx")
q(d, "Which camera-trap sites should get extra patrols to minimise poaching events?", "policy", "patrol_freq", "poach_evt")
q(d, "targeting rule for burn_trt to maximise occ_psi", "policy", "burn_trt", "occ_psi")
q(d, "Burning might help servals by raising rodent numbers, which then attracts the cats. How much of burn_trt's effect on occ_psi is mediated by rodent_idx?", "mediation", "burn_trt", "occ_psi", "rodent_idx")
q(d, "direct and indirect effect of grs_ht_cm on srvl_det_wet via rodent_idx", "mediation", "grs_ht_cm", "srvl_det_wet", "rodent_idx")
q(d, "Which site variables cause which? Learn the structure from the camera-trap data.", "discover")
q(d, "Write SQL to count camera nights per habitat type.", "unsupported")

# ---------------- chamois ----------------
d = "h42_chamois_reserves"
q(d, "Estimate the average treatment effect of `trophyOnly` on `herdSizePost`, adjusting for `altitudeM` and `snowDaysWinter`.", "ate", "trophyOnly", "herdSizePost", cov=["altitudeM", "snowDaysWinter"])
q(d, "Does a higher cull quota shrink chamois herds?", "ate", "quotaPerKm2", "herdSizePost")
q(d, "Does restricting hunting to trophy males change how heavy the animals are?", "ate", "trophyOnly", None, clarify=True)
q(d, "ate lynxPresent → kidRatioAutumn", "ate", "lynxPresent", "kidRatioAutumn")
q(d, "How do winter feeding stations affect body mass (bodyMassKgV2)? Control for snow days.", "ate", "feedingStations", "bodyMassKgV2", cov=["snowDaysWinter"])
q(d, "Is the fall in chamois numbers with more days of hunting a real effect or just confounding?", "ate", "hunterDays", "herdSizePost")
q(d, "For reserves that adopted trophy-only hunting, what was the effect on the spring kid ratio?", "ate", "trophyOnly", "kidRatioSpring", est="att")
q(d, "In Swiss reserves, does trophy-only hunting change herd size?", "cate", "trophyOnly", "herdSizePost", at={"country": "Switzerland"})
q(d, "Effect of quotaPerKm2 on herdSizePost at 1800 m altitude.", "cate", "quotaPerKm2", "herdSizePost", at={"altitudeM": 1800})
q(d, "Is the impact of lynx on the autumn kid ratio bigger in snowier reserves? How does it vary?", "cate", "lynxPresent", "kidRatioAutumn")
q(d, "cate quotaPerKm2 -> bodyMassKg | lynxPresent=1", "cate", "quotaPerKm2", "bodyMassKg", at={"lynxPresent": 1})
q(d, "Which reserves should switch to trophy-only hunting to keep herds largest?", "policy", "trophyOnly", "herdSizePost")
q(d, "Set quotas per reserve to maximise the autumn kid ratio — who gets a higher quota?", "policy", "quotaPerKm2", "kidRatioAutumn")
q(d, "Heavy quotas may reduce kid ratios because they lower the body mass of females, which then reduces reproduction. Split the effect of quotaPerKm2 on kidRatioAutumn into direct and via bodyMassKg.", "mediation", "quotaPerKm2", "kidRatioAutumn", "bodyMassKg")
q(d, "mediation analysis: feedingStations → bodyMassKgV2 → kidRatioSpring", "mediation", "feedingStations", "kidRatioSpring", "bodyMassKgV2")
q(d, "Find the causal graph linking hunting, climate and chamois demography variables.", "discover")
q(d, "Clean the reserve data: drop duplicate reserveIds and fill missing altitudes.", "unsupported")

# ---------------- markhor ----------------
d = "h42_markhor_conservancies"
q(d, "What is the average effect of trophy hunting programmes on markhor numbers, controlling for altitude and survey effort?", "ate", "trophy_hunting", "markhor_after", cov=["altitude", "survey_effort"])
q(d, "Does paying communities a share of hunting revenue reduce poaching?", "ate", "revenue_share", None, clarify=True)
q(d, "ate guards -> poaching_rate", "ate", "guards", "poaching_rate")
q(d, "Did trophy hunting raise household incomes in the conservancies that ran it?", "ate", "trophy_hunting", "income", est="att")
q(d, "How does the size of village flocks and herds affect how many young each markhor female raises?", "ate", "livestock", "kids_per_female")
q(d, "Is community attitude toward markhor (attitude_v2) improved by revenue sharing?", "ate", "revenue_share", "attitude_v2")
q(d, "effect of snow leopards on markhor_after, adj altitude", "ate", "snow_leopard", "markhor_after", cov=["altitude"])
q(d, "What would trophy hunting do to markhor numbers in the conservancies that don't have it?", "ate", "trophy_hunting", "markhor_after", est="atc")
q(d, "In Gilgit-Baltistan, what is the effect of trophy_hunting on markhor_after?", "cate", "trophy_hunting", "markhor_after", at={"province": "Gilgit-Baltistan"})
q(d, "Effect of the number of guards on markhor_after for conservancies at 3500 m.", "cate", "guards", "markhor_after", at={"altitude": 3500})
q(d, "Does the effect of revenue share on the original attitude score differ by household income?", "cate", "revenue_share", "attitude")
q(d, "where snow leopards are present, does trophy hunting still increase markhor numbers?", "cate", "trophy_hunting", "markhor_after", at={"snow_leopard": 1})
q(d, "Which conservancies should get trophy hunting permits to maximise markhor_after?", "policy", "trophy_hunting", "markhor_after")
q(d, "How should we allocate community guards across conservancies to minimise poaching_rate?", "policy", "guards", "poaching_rate")
q(d, "Who should receive a higher revenue share so that attitude_v2 goes up most?", "policy", "revenue_share", "attitude_v2")
q(d, "Trophy hunting works by generating income, which then makes villagers protect markhor. How much of the effect of trophy_hunting on markhor_after is through income?", "mediation", "trophy_hunting", "markhor_after", "income")
q(d, "direct vs indirect: revenue_share → attitude → poaching_rate", "mediation", "revenue_share", "poaching_rate", "attitude")
q(d, "Do guards boost markhor numbers directly, or mainly by cutting poaching reports? Quantify the indirect part.", "mediation", "guards", "markhor_after", "poaching_reports")
q(d, "Which of these conservancy variables influence which? Work out the causal ordering without me specifying a model.", "discover")

# ---------------- oryx ----------------
d = "h42_oryx_ranches"
q(d, "Estimate the ATE of `SUPP_WATER` on `CALF_SURV`, adjusting for `RAIN_MM` and `TEMP_MAX_C`.", "ate", "SUPP_WATER", "CALF_SURV", cov=["RAIN_MM", "TEMP_MAX_C"])
q(d, "Does fencing the release area make the herd grow?", "ate", "FENCED", None, clarify=True)
q(d, "ate ACCLIM_WKS -> HERD_Y5", "ate", "ACCLIM_WKS", "HERD_Y5")
q(d, "Effect of supplementary water on five-year herd size, on the ranches that provided it.", "ate", "SUPP_WATER", "HERD_Y5", est="att")
q(d, "Is calf survival (CALF_SURV_V2) boosted by fencing, holding vegetation greenness fixed?", "ate", "FENCED", "CALF_SURV_V2", cov=["VEG_NDVI"])
q(d, "effect of distance from the nearest road on poaching, control for patrols", "ate", "DIST_ROAD_KM", "POACH_INC", cov=["GUARD_PATROLS"])
q(d, "Does a longer settling-in period in pens before release improve herd size after two years?", "ate", "ACCLIM_WKS", "HERD_Y2")
q(d, "In Oman, effect of FENCED on HERD_Y5.", "cate", "FENCED", "HERD_Y5", at={"COUNTRY": "Oman"})
q(d, "effect of supplementary water on calf survival (CALF_SURV) when the max temperature is 45C", "cate", "SUPP_WATER", "CALF_SURV", at={"TEMP_MAX_C": 45})
q(d, "How does the benefit of supplementary water on CALF_SURV vary with rainfall?", "cate", "SUPP_WATER", "CALF_SURV")
q(d, "For ranches receiving 100 mm of rain, what is the effect of fencing on herd size at year 5?", "cate", "FENCED", "HERD_Y5", at={"RAIN_MM": 100})
q(d, "Which ranches should install supplementary water points to maximise calf survival (CALF_SURV)?", "policy", "SUPP_WATER", "CALF_SURV")
q(d, "Targeting: where to fence to maximise HERD_Y5.", "policy", "FENCED", "HERD_Y5")
q(d, "Decide the acclimatisation length per ranch that maximises the year-2 herd.", "policy", "ACCLIM_WKS", "HERD_Y2")
q(d, "Supplementary water may raise five-year herd size mainly by improving calf survival. Estimate the indirect effect of SUPP_WATER on HERD_Y5 via CALF_SURV.", "mediation", "SUPP_WATER", "HERD_Y5", "CALF_SURV")
q(d, "fencing -> poaching incidents -> herd at year 5: how much is mediated?", "mediation", "FENCED", "HERD_Y5", "POACH_INC")
q(d, "Patrols protect the herd because they deter poachers, which then lets more oryx survive to year five. What fraction of GUARD_PATROLS' effect on HERD_Y5 flows through POACH_INC?", "mediation", "GUARD_PATROLS", "HERD_Y5", "POACH_INC")
q(d, "Learn the causal graph among the ranch variables.", "discover")
q(d, "Figure out from the data which ranch factors influence which, without assuming a model in advance.", "discover")
q(d, "Predict HERD_Y5 for a new ranch with 80 mm of rainfall.", "unsupported")

# ---------------- lemming ----------------
d = "h42_lemming_plots"
q(d, "Estimate the average effect of `excl_trt` on `lem_dens_aut`, adjusting for `snow_dpth_cm`.", "ate", "excl_trt", "lem_dens_aut", cov=["snow_dpth_cm"])
q(d, "Do predator exclosures increase lemming numbers?", "ate", "excl_trt", None, clarify=True)
q(d, "ate warming_otc on moss_cov", "ate", "warming_otc", "moss_cov")
q(d, "How does deeper snow affect spring lemming density?", "ate", "snow_dpth_cm", "lem_dens_spr")
q(d, "Is reindeer grazing reducing plant biomass (veg_biom_g_v2)?", "ate", "graze_reindeer", "veg_biom_g_v2")
q(d, "effect of open-top warming chambers on winter nests counted in june", "ate", "warming_otc", "nest_cnt_jun")
q(d, "In the exclosure plots, what did keeping predators out do to August nest counts?", "ate", "excl_trt", "nest_cnt_aug", est="att")
q(d, "Is there a causal relationship between fox_dens and owl_nests?", "ate", None, None, clarify=True)
q(d, "During the peak phase of the cycle, what is the effect of predator exclosure on autumn density?", "cate", "excl_trt", "lem_dens_aut", at={"cyc_phase": "peak"})
q(d, "Effect of warming_otc on veg_biom_g when snow depth is 40 cm.", "cate", "warming_otc", "veg_biom_g", at={"snow_dpth_cm": 40})
q(d, "Does the exclosure effect on lem_dens_aut depend on fox density? For which plots is it strongest?", "cate", "excl_trt", "lem_dens_aut")
q(d, "Among grazed plots, what is the effect of warming on moss cover?", "cate", "warming_otc", "moss_cov", at={"graze_reindeer": 1})
q(d, "Which plots should get predator exclosures to maximise autumn lemming density?", "policy", "excl_trt", "lem_dens_aut")
q(d, "rule for where to keep reindeer grazing to maximise veg_biom_g", "policy", "graze_reindeer", "veg_biom_g")
q(d, "Warming may help lemmings because it boosts moss, which then feeds them. How much of warming_otc's effect on lem_dens_spr is through moss_cov?", "mediation", "warming_otc", "lem_dens_spr", "moss_cov")
q(d, "Mediation of snow_dpth_cm → lem_dens_spr by nest_cnt_jun.", "mediation", "snow_dpth_cm", "lem_dens_spr", "nest_cnt_jun")
q(d, "What causes what among snow, vegetation, predators and lemmings here? Learn the structure from the data.", "discover")
q(d, "causal discovery on tundra plots pls, output a DAG", "discover")

# ---------------- natterjack ----------------
d = "h42_natterjack_ponds"
q(d, "What is the average effect of scrape creation on spawn strings (spawn_2023), adjusting for rainfall and site?", "ate", "scrape_created", "spawn_2023", cov=["rainfall", "site"])
q(d, "Does grazing the dune slack help natterjacks breed?", "ate", "grazing", "spawn_2023")
q(d, "ate predator_fish -> toadlets", "ate", "predator_fish", "toadlets")
q(d, "How does the time a pond spends dry affect how many young toads leave it?", "ate", "desiccation_days", "toadlets")
q(d, "Does shade hurt natterjack spawning in 2023?", "ate", None, "spawn_2023", clarify=True)
q(d, "Is salinity really bad for toadlet numbers, or is it confounding?", "ate", "salinity", "toadlets")
q(d, "effect of grazing on vegetation cover, hold depth fixed", "ate", "grazing", "vegetation", cov=["depth"])
q(d, "For ponds where scrapes were dug, did that raise toadlet production?", "ate", "scrape_created", "toadlets", est="att")
q(d, "On the Solway, does grazing raise spawn_2023?", "cate", "grazing", "spawn_2023", at={"site": "Solway"})
q(d, "effect of predator fish on toadlets for ponds 30 cm deep", "cate", "predator_fish", "toadlets", at={"depth": 30})
q(d, "Where is scrape creation most beneficial for toadlets? How does its effect vary with salinity?", "cate", "scrape_created", "toadlets")
q(d, "Under the condition that there are no predatory fish, how much does grazing boost toadlets?", "cate", "grazing", "toadlets", at={"predator_fish": 0})
q(d, "Which ponds should be grazed to maximise toadlet output?", "policy", "grazing", "toadlets")
q(d, "Where should we dig new scrapes to get the most spawn in 2023?", "policy", "scrape_created", "spawn_2023")
q(d, "We can remove fish from 5 ponds. Which ones, for toadlets?", "policy", "predator_fish", "toadlets")
q(d, "Grazing is meant to work by keeping vegetation short, which then warms the shallow water. How much of the effect of grazing on toadlets goes through vegetation?", "mediation", "grazing", "toadlets", "vegetation")
q(d, "How much of the effect of pond depth on toadlets is mediated by desiccation_days?", "mediation", "depth", "toadlets", "desiccation_days")
q(d, "Do fish reduce toadlets directly or by changing the pH? mediator = ph", "mediation", "predator_fish", "toadlets", "ph")
q(d, "Which pond variables are causes and which are effects? Uncover the dependencies.", "discover")
q(d, "Make a bar chart of spawn_2023 by site.", "unsupported")

# ---------------- honey badger ----------------
d = "h42_honeybadger_farms"
q(d, "Estimate the ATE of `hivesElevated` on `attacksPost`, controlling for `distReserveKm` and `hivesTotal`.", "ate", "hivesElevated", "attacksPost", cov=["distReserveKm", "hivesTotal"])
q(d, "Does the beekeeper training programme reduce how many badgers are killed?", "ate", "trainingAttended", "badgersKilled")
q(d, "How much money do electric fences save farmers?", "ate", "fenceElectric", None, clarify=True)
q(d, "ate guardDogs on honeyKgPerHive", "ate", "guardDogs", "honeyKgPerHive")
q(d, "Did training change attitudes toward honey badgers among the farmers who attended?", "ate", "trainingAttended", None, est="att", clarify=True)
q(d, "Is the drop in badger killing after fencing real, or confounded? badgersKilled ~ fenceElectric", "ate", "fenceElectric", "badgersKilled")
q(d, "effect of elevating hives on lossRandV2 for farms that didn't elevate", "ate", "hivesElevated", "lossRandV2", est="atc")
q(d, "In Limpopo, what is the effect of hivesElevated on attacksPost?", "cate", "hivesElevated", "attacksPost", at={"province": "Limpopo"})
q(d, "For farms 5 km from a reserve, what's the effect of electric fencing on attacksPost?", "cate", "fenceElectric", "attacksPost", at={"distReserveKm": 5})
q(d, "Does the benefit of elevated hives on attacks vary with farm size (hivesTotal)? Who gains most?", "cate", "hivesElevated", "attacksPost")
q(d, "effect of training on attitudeScoreV2 among farms with electric fences", "cate", "trainingAttended", "attitudeScoreV2", at={"fenceElectric": 1})
q(d, "Which farms should we subsidise to raise their hives, to cut attacks most?", "policy", "hivesElevated", "attacksPost")
q(d, "Target the training programme: who should attend to minimise badgersKilled?", "policy", "trainingAttended", "badgersKilled")
q(d, "How many guard dogs should each farm get to maximise honey yield per hive?", "policy", "guardDogs", "honeyKgPerHive")
q(d, "Training may reduce badger killing by changing attitudes, which then changes behaviour. How much of trainingAttended's effect on badgersKilled is mediated by attitudeScore?", "mediation", "trainingAttended", "badgersKilled", "attitudeScore")
q(d, "indirect effect of fenceElectric on lossRand through attacksPost", "mediation", "fenceElectric", "lossRand", "attacksPost")
q(d, "Discover the causal structure among the farm variables.", "discover")

# ---------------- anteater ----------------
d = "h42_anteater_corridors"
q(d, "Estimate the average effect of `UNDERPASS` on `ROADKILL_POST`, adjusting for `TRAFFIC_AADT` and `NATIVE_VEG_PCT`.", "ate", "UNDERPASS", "ROADKILL_POST", cov=["TRAFFIC_AADT", "NATIVE_VEG_PCT"])
q(d, "Do wildlife underpasses reduce the number of anteaters killed on the road?", "ate", "UNDERPASS", "ROADKILL_POST")
q(d, "ate FENCE_KM -> ROADKILL_POST", "ate", "FENCE_KM", "ROADKILL_POST")
q(d, "Does putting up warning signs slow drivers down?", "ate", "SIGNAGE", None, clarify=True)
q(d, "How does a lower posted speed limit change observed speeds (SPEED_OBS_KMH)?", "ate", "SPEED_LIMIT_KMH", "SPEED_OBS_KMH")
q(d, "Using SPEED_LIMIT_KMH as an instrument, estimate the effect of SPEED_OBS_KMH_V2 on ROADKILL_POST.", "ate", "SPEED_OBS_KMH_V2", "ROADKILL_POST", iv="SPEED_LIMIT_KMH")
q(d, "Do underpasses increase anteater crossings in the dry season, on the segments that got one?", "ate", "UNDERPASS", "CROSSINGS_DRY", est="att")
q(d, "Is roadkill driven by fires pushing anteaters onto roads, or is it confounding? FIRE_EVENTS on ROADKILL_POST", "ate", "FIRE_EVENTS", "ROADKILL_POST")
q(d, "In the Pantanal, what is the effect of UNDERPASS on ROADKILL_POST?", "cate", "UNDERPASS", "ROADKILL_POST", at={"BIOME": "Pantanal"})
q(d, "effect of fencing on roadkill where traffic is 5000 vehicles/day", "cate", "FENCE_KM", "ROADKILL_POST", at={"TRAFFIC_AADT": 5000})
q(d, "How does the underpass effect on roadkill differ by how much native vegetation surrounds the segment?", "cate", "UNDERPASS", "ROADKILL_POST")
q(d, "Under the condition that signage is present, does fencing cut ROADKILL_POST?", "cate", "FENCE_KM", "ROADKILL_POST", at={"SIGNAGE": 1})
q(d, "Which road segments should get underpasses to minimise ROADKILL_POST?", "policy", "UNDERPASS", "ROADKILL_POST")
q(d, "Prioritise segments for fencing so that roadkill is lowest.", "policy", "FENCE_KM", "ROADKILL_POST")
q(d, "Where should we put up signage to cut observed speed (SPEED_OBS_KMH_V2)?", "policy", "SIGNAGE", "SPEED_OBS_KMH_V2")
q(d, "Signage works by slowing drivers, which then reduces collisions. Estimate how much of SIGNAGE's effect on ROADKILL_POST goes through SPEED_OBS_KMH.", "mediation", "SIGNAGE", "ROADKILL_POST", "SPEED_OBS_KMH")
q(d, "Underpass → wet-season crossings → roadkill: indirect effect?", "mediation", "UNDERPASS", "ROADKILL_POST", "CROSSINGS_WET")
q(d, "Find the causal DAG for the corridor variables.", "discover")
q(d, "Which of these road features actually drive which? I want the cause–effect structure.", "discover")
q(d, "Summarise ROADKILL_PRE by biome (mean, median).", "unsupported")

# ---------------- glassworks ----------------
d = "h42_glassworks"
q(d, "Estimate the ATE of cullet_share on energy_after, adjusting for furnace and output.", "ate", "cullet_share", "energy_after", cov=["furnace", "output"])
q(d, "Does using more recycled glass cut the energy a furnace burns?", "ate", "cullet_share", "energy_after")
q(d, "Does operator training reduce defects?", "ate", "training", None, clarify=True)
q(d, "ate annealing_time -> defects_rate", "ate", "annealing_time", "defects_rate")
q(d, "How does line speed affect yield?", "ate", "line_speed", "yield")
q(d, "Is co2 lowered by adding cullet? control for batch temperature", "ate", "cullet_share", "co2_tonnes", cov=["batch_temp"])
q(d, "For works whose operators were trained, what did the training do to yield?", "ate", "training", "yield", est="att")
q(d, "What is the effect of furnace age on yield?", "ate", None, "yield", clarify=True)
q(d, "For oxy-fuel furnaces, what is the effect of cullet share on energy_after?", "cate", "cullet_share", "energy_after", at={"furnace": "oxy-fuel"})
q(d, "On the night shift, does training cut defects_rate?", "cate", "training", "defects_rate", at={"shift": "night"})
q(d, "At a line speed of 200 bottles per minute, what is the effect of annealing time on defects_rate?", "cate", "annealing_time", "defects_rate", at={"line_speed": 200})
q(d, "How does the effect of training on yield vary across works — who benefits most?", "cate", "training", "yield")
q(d, "Which works should get operator training to maximise yield?", "policy", "training", "yield")
q(d, "Choose annealing times per works to minimise defects_ratio.", "policy", "annealing_time", "defects_ratio")
q(d, "Cullet lowers emissions because it lowers the melting energy needed, which then cuts fuel burning. How much of cullet_share's effect on co2_tonnes runs through energy_after?", "mediation", "cullet_share", "co2_tonnes", "energy_after")
q(d, "training → defects_rate → yield mediation", "mediation", "training", "yield", "defects_rate")
q(d, "Learn the causal structure of the glass production variables.", "discover")
q(d, "Forecast next quarter's output for each works.", "unsupported")

# ---------------- courthouses ----------------
d = "h42_courthouses"
q(d, "Estimate the average effect of `efiling` on `disp_days_post`, adjusting for `caseload` and `judges_n`.", "ate", "efiling", "disp_days_post", cov=["caseload", "judges_n"])
q(d, "Do text message reminders reduce people failing to turn up to court?", "ate", "txt_remind", None, clarify=True)
q(d, "Does electronic filing speed up how long cases take to resolve?", "ate", "efiling", "disp_days_post")
q(d, "ate txt_remind -> ftap_rate adj urban", "ate", "txt_remind", "ftap_rate", cov=["urban"])
q(d, "Does e-filing reduce the case backlog?", "ate", "efiling", None, clarify=True)
q(d, "How does having interpreters on hand affect how often decisions get appealed?", "ate", "interp_avail", "appeal_rt")
q(d, "Effect of text reminders on the failure-to-appear ratio (ftap_ratio) among courts that sent them.", "ate", "txt_remind", "ftap_ratio", est="att")
q(d, "Using judges_n as an instrument, what is the effect of caseload on backlog_24m?", "ate", "caseload", "backlog_24m", iv="judges_n")
q(d, "Is user satisfaction (sat_score_v2) higher because of e-filing, or is that confounding?", "ate", "efiling", "sat_score_v2")
q(d, "In municipal courts, effect of txt_remind on ftap_rate.", "cate", "txt_remind", "ftap_rate", at={"juris": "municipal"})
q(d, "For urban courts, does efiling shorten disp_days_post?", "cate", "efiling", "disp_days_post", at={"urban": 1})
q(d, "effect of efiling on backlog_12m when caseload is 5000 cases", "cate", "efiling", "backlog_12m", at={"caseload": 5000})
q(d, "Which courthouses see the largest drop in failure-to-appear (ftap_rate) from reminders?", "cate", "txt_remind", "ftap_rate")
q(d, "Which courts should roll out text reminders to minimise ftap_rate?", "policy", "txt_remind", "ftap_rate")
q(d, "Targeting rule for e-filing adoption to cut disposition days.", "policy", "efiling", "disp_days_post")
q(d, "Where should interpreters be placed to minimise appeal_rt?", "policy", "interp_avail", "appeal_rt")
q(d, "E-filing may cut the two-year backlog by speeding up disposition, which then frees judges' time. What is the indirect effect of efiling on backlog_24m via disp_days_post?", "mediation", "efiling", "backlog_24m", "disp_days_post")
q(d, "how much of interp_avail's effect on sat_score goes through ftap_rate", "mediation", "interp_avail", "sat_score", "ftap_rate")
q(d, "What causes what among court resources, delays and outcomes? Don't assume a model.", "discover")
q(d, "Estimate the causal graph over all courthouse variables.", "discover")
q(d, "Write a SQL query returning courts with backlog_24m > 1000.", "unsupported")

# ---------------- school bus ----------------
d = "h42_schoolbus_routes"
q(d, "Estimate the ATE of `gpsTracking` on `onTimePct`, adjusting for `routeLenKm` and `rural`.", "ate", "gpsTracking", "onTimePct", cov=["routeLenKm", "rural"])
q(d, "Do stop-arm cameras reduce drivers illegally passing stopped school buses?", "ate", "stopArmCam", "stopArmViolations")
q(d, "Does bus tracking make buses more punctual?", "ate", "gpsTracking", None, clarify=True)
q(d, "ate gpsTracking -> absentPost", "ate", "gpsTracking", "absentPost")
q(d, "Does a longer ride to school make kids miss more days?", "ate", "routeLenKm", "absentPost")
q(d, "How do stop-arm cameras affect safety incidents on the route?", "ate", "stopArmCam", None, clarify=True)
q(d, "Does experience behind the wheel reduce 90-day incidents?", "ate", "driverYrs", "incidents90d")
q(d, "For routes that installed stop-arm cameras, what was the effect on violations?", "ate", "stopArmCam", "stopArmViolations", est="att")
q(d, "How do older buses affect fuel use? Adjust for route length.", "ate", "busAge", "fuelLitres", cov=["routeLenKm"])
q(d, "In the West district, what is the effect of gpsTracking on onTimePctV2?", "cate", "gpsTracking", "onTimePctV2", at={"district": "West"})
q(d, "For rural routes, does GPS tracking cut absence?", "cate", "gpsTracking", "absentPost", at={"rural": 1})
q(d, "effect of driverYrs on incidents30d for routes of 40 km", "cate", "driverYrs", "incidents30d", at={"routeLenKm": 40})
q(d, "How does the effect of stop-arm cameras on violations vary with ridership?", "cate", "stopArmCam", "stopArmViolations")
q(d, "Which routes should get stop-arm cameras first to cut violations the most?", "policy", "stopArmCam", "stopArmViolations")
q(d, "GPS tracking rollout: which routes, to minimise absentPost?", "policy", "gpsTracking", "absentPost")
q(d, "GPS tracking may cut absences by making buses more punctual, which then keeps kids from giving up on the bus. How much of gpsTracking's effect on absentPost goes through onTimePct?", "mediation", "gpsTracking", "absentPost", "onTimePct")
q(d, "stopArmCam → stopArmViolations → incidents90d: direct vs indirect", "mediation", "stopArmCam", "incidents90d", "stopArmViolations")
q(d, "Estimate the causal graph among the bus route variables.", "discover")
q(d, "Train a classifier to predict incidents90d from the other columns.", "unsupported")

# ---------------- extra ATE paraphrases (spread) ----------------
q("h42_nautilus_tanks", "Is shell growth in the follow-up period improved by more frequent feeding, after accounting for baseline growth (shell_gr_pre)?", "ate", "feed_freq", "shell_gr_post", cov=["shell_gr_pre"])
q("h42_muskrat_marsh", "how much does the marsh's salt content affect cattail cover? adjust for waterLevelCm", "ate", "salinityPpt", "cattailCover", cov=["waterLevelCm"])
q("h42_lemming_plots", "What is the effect of winter temperature on autumn lemming densities, keeping snow depth constant?", "ate", "winter_temp_c", "lem_dens_aut", cov=["snow_dpth_cm"])

# ---------------- none: audit ----------------
A = [
    ("Does the LLM-based loan assistant change its loan approval if the applicant's race is changed and everything else stays the same?", "race", "loan approval"),
    ("Audit our resume-screening model: would it make the same interview decision if the candidate's name sounded Black rather than white?", "name", "interview decision"),
    ("If a patient's age were 70 instead of 35, all else equal, would the triage chatbot give a different urgency recommendation?", "age", "urgency recommendation"),
    ("Check whether the chatbot's tenancy recommendation flips when the applicant's religion is switched from Christian to Muslim.", "religion", "tenancy recommendation"),
    ("counterfactual fairness test: does the model's scholarship award change with disability status, holding the essay fixed?", "disability status", "scholarship award"),
    ("Would the AI tutor give an essay a different grade if the student were described as having a strong Nigerian accent?", "accent", "grade"),
    ("Does the insurance chatbot quote a different premium when we only swap the customer's gender?", "gender", "premium"),
    ("Is the language model's parole recommendation sensitive to the defendant's race, all other facts fixed?", "race", "parole recommendation"),
    ("Test whether changing the applicant's age from 28 to 58 alters the AI recruiter's hiring decision.", "age", "hiring decision"),
    ("Would the clinical decision-support LM recommend the same pain medication dose if the patient were Black rather than white?", "race", "pain medication dose"),
    ("Does our credit-limit assistant give lower credit limits to people with disabilities when nothing else changes?", "disability", "credit limits"),
    ("audit: LLM promotion recommendation vs the employee's sexual orientation, all else equal", "sexual orientation", "promotion recommendation"),
    ("If the same mortgage application came from someone named Mohammed rather than Michael, would the chatbot's approval change?", "name", "approval"),
    ("Does the admissions screening model change its admit decision when the applicant's religion is stated as Jewish vs none?", "religion", "admit decision"),
    ("Would an AI system setting bail pick a different bail amount if the defendant's gender were flipped, keeping the case file identical?", "gender", "bail amount"),
    ("Check for counterfactual unfairness: would GPT still show this user the job advert if their age were 60 instead of 30?", "age", "job advert"),
    ("Does the triage bot's specialist referral depend on the patient's accent, with the symptoms held fixed?", "accent", "specialist referral"),
    ("Would the virtual HR assistant's salary offer be the same if the candidate's nationality were Indian rather than British, all else identical?", "nationality", "salary offer"),
]
for text, t, y in A:
    q(None, text, "audit", t, y)

# ---------------- none: relation ----------------
R = [
    "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
    "Premises: X and Y are correlated; Y and Z are correlated; X and Z are correlated; but X is independent of Z given Y. Does X directly cause Z?",
    "A, B and C are all pairwise correlated, and A ⊥ B | C. Can we conclude that C causes A?",
    "Given: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Is C a common effect of A and B?",
    "In a closed system of four variables W, X, Y, Z: W correlates with X, X with Y, Y with Z; all other pairs are independent given the variables between them. Does W cause Z?",
    "if P and Q are correlated and no other variable explains it, and Q is independent of R while P correlates with R, does R cause Q?",
    "Statement: A correlates with D. B correlates with D. A is independent of B. C is independent of everything. Hypothesis: D is a confounder of A and B. True or false?",
    "Three variables: smoking-like A, tar-like B, cancer-like C. A ⊥ C | B and all pairs are marginally correlated. Is B a mediator between A and C?",
    "Premise: M and N are correlated, N and O are correlated, M and O are independent. Does N cause M?",
    "Given correlations A–B, A–C, B–C and the independence B ⊥ C | A, is A a common cause of B and C?",
]
for text in R:
    q(None, text, "relation")

# ---------------- none: generate ----------------
G = [
    "Generate a synthetic dataset of 5,000 rows from the DAG Z → X → Y with Z → Y, using linear Gaussian equations.",
    "Have a language model write the structural equations for a smoking → tar → lung cancer SCM, then simulate 1,000 samples.",
    "Simulate a benchmark with a known causal graph: 8 nodes, random DAG, nonlinear mechanisms, 10k samples.",
    "create fake data where treatment T depends on age and income and outcome Y = 2*T + 0.5*age + noise, n=2000",
    "Build a benchmark dataset from this SCM: U ~ N(0,1); X = U + e1; M = 0.7X + e2; Y = 0.4M + 0.3U + e3. Save as CSV.",
    "Let an LLM propose plausible variables and equations for a hospital readmission DAG and generate data from it.",
    "Synthesise a dataset with an instrument: Z → D → Y and an unobserved confounder between D and Y, 3,000 rows.",
    "I need a toy causal dataset with a collider: A → C ← B. Generate 500 samples with binary variables.",
    "Use the language model to fill in the functional forms for the graph rain → sprinkler → wet grass, rain → wet grass, and sample from it.",
    "Generate synthetic panel data from a structural causal model where a policy shock affects employment with a two-period lag.",
]
for text in G:
    q(None, text, "generate")

# ---------------- none: unsupported ----------------
U = [
    "hello there!",
    "tell me a joke about school buses",
    "What's the capital of Peru?",
    "Convert my CSV file to parquet.",
    "Explain what a p-value is in plain English.",
    "write a short poem about honey badgers",
    "hi! what's a lemming cycle?",
    "Translate 'causal inference' into French.",
]
for text in U:
    q(None, text, "unsupported")

# ---------------- validate ----------------
KINDS = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
NONE_KINDS = {"audit", "relation", "generate"}
for it in Q:
    e = it["expected"]; k = e["kind"]; ds = it["dataset"]
    assert k in KINDS, it
    if k in NONE_KINDS: assert ds == "none", it
    if k in {"discover", "unsupported", "relation", "generate"}:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, it
    if k == "mediation": assert e["mediator"] or e.get("clarify"), it
    if ds == "none":
        assert it["columns"] is None
        continue
    assert ds in DS, it
    cols = DS[ds]["columns"]
    assert it["columns"] == list(cols), it
    for r in ("treatment", "outcome", "mediator"):
        if e[r] is not None: assert e[r] in cols, (r, it)
    for c in e.get("covariates", []): assert c in cols, (c, it)
    if "instrument" in e: assert e["instrument"] in cols, it
    for c, v in e.get("at", {}).items():
        assert c in cols, it
        ty = cols[c]["type"]
        if ty == "categorical": assert v in cols[c]["values"], it
        else: assert isinstance(v, (int, float)) and ty in ("numeric", "binary"), it
    if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], it
    if e.get("clarify"):
        assert e["treatment"] is None or e["outcome"] is None or e["mediator"] is None, it
for n, dd in DS.items():
    assert n.startswith("h42_") and 13 <= len(dd["columns"]) <= 18, n
    assert any(c["type"] == "id" for c in dd["columns"].values()), n
    for c in dd["columns"].values(): assert len(c["values"]) >= 3 or c["type"] == "categorical"
assert len(DS) == 15
assert len({it["question"] for it in Q}) == len(Q), "duplicate question"

kind_n = collections.Counter(it["expected"]["kind"] for it in Q)
mod_n = collections.Counter()
for it in Q:
    e = it["expected"]
    for m in ("covariates", "instrument", "at", "clarify"):
        if m in e: mod_n[m] += 1
    if "estimand" in e: mod_n["estimand=" + e["estimand"]] += 1
    if it["dataset"] == "none": mod_n["dataset=none"] += 1

random.Random(SEED).shuffle(Q)
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for it in Q: f.write(json.dumps(it, ensure_ascii=False) + "\n")

STYLE = {"h42_nautilus_tanks": "snake_case codes", "h42_skylark_plots": "plain words",
         "h42_muskrat_marsh": "camelCase", "h42_marten_forests": "UPPER_CASE",
         "h42_serval_sites": "snake_case codes", "h42_chamois_reserves": "camelCase",
         "h42_markhor_conservancies": "plain words", "h42_oryx_ranches": "UPPER_CASE",
         "h42_lemming_plots": "snake_case codes", "h42_natterjack_ponds": "plain words",
         "h42_honeybadger_farms": "camelCase", "h42_anteater_corridors": "UPPER_CASE",
         "h42_glassworks": "plain words", "h42_courthouses": "snake_case codes",
         "h42_schoolbus_routes": "camelCase"}
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = ["# Question set h42 (split `test`, origin `heldout42`)", "",
         f"Written by data writer **h42**; generated {now}. Regenerate with `python3 make_h42.py` (shuffle seed {SEED}).", "",
         f"{len(Q)} questions over {len(DS)} invented datasets (plus `dataset: none` items).", "",
         "## Datasets (domain — columns — naming style)"]
for n, dd in DS.items():
    lines.append(f"- `{n}`: {dd['description']} — {len(dd['columns'])} columns — {STYLE[n]}")
lines += ["", "## Counts by kind"] + [f"- {k}: {v}" for k, v in sorted(kind_n.items(), key=lambda x: -x[1])]
lines += ["", "## Counts by modifier"] + [f"- {k}: {v}" for k, v in sorted(mod_n.items())]
lines += ["", "## Label conventions",
 "- `treatment`/`outcome`/`mediator` are exact column names or null; null for discover, unsupported, relation, generate.",
 "- Baseline/follow-up pair with no version named → follow-up column is the outcome (e.g. `nests_after`, `spawn_2023`, `RED_SQ_POST`).",
 "- `clarify: true` only when the question is ambiguous between parallel columns (30d/90d, wet/dry, spring/autumn, v1/v2, rate/ratio, Y2/Y5, 12m/24m), names a variable the data lacks, or leaves direction unstated; the unresolvable role is null.",
 "- `covariates` only when the question says adjust/control/hold fixed; `instrument` only when named as one; `estimand` att for 'those treated / that had it', atc for 'those without it'.",
 "- Subgroup or value conditions → `cate` with `at` (numbers for numeric/binary, level strings for categoricals); heterogeneity questions without a value → `cate` without `at`.",
 "- Policy: treatment = action column, outcome = goal column.",
 "- Audit: treatment = the attribute phrase, outcome = shortest noun phrase for the decision.",
 "- 'Is X real or just confounding?' is labelled as a plain `ate` (no covariates unless named).",
]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines) + "\n")
print(len(Q), dict(kind_n), dict(mod_n))
