#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl, README.md for held-out set h41."""
import json, os, random, datetime
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout41", 41041

def C(name, typ, values):
    return (name, typ, values)

D = {}   # name -> (description, style, [cols])

D["h41_kingfisher"] = ("Kingfisher river-bank colonies: one row per colony reach; bank works, grazing, fish prey and breeding.", "snake_case cryptic codes", [
    C("col_id", "id", ["KF001", "KF002", "KF003"]),
    C("survey_dt", "date", ["2023-05-14", "2023-06-02", "2024-05-20"]),
    C("reg", "categorical", ["upland", "lowland", "estuarine"]),
    C("bank_ht_m", "numeric", [1.2, 2.8, 3.5]),
    C("rvr_turb_ntu", "numeric", [4.1, 12.7, 30.2]),
    C("veg_cov_pct", "numeric", [15, 48, 82]),
    C("grzng", "binary", [0, 1, 0]),
    C("bank_stab", "binary", [1, 0, 1]),
    C("flood_evt", "binary", [0, 0, 1]),
    C("dist_rd_km", "numeric", [0.3, 1.9, 4.4]),
    C("fsh_dens_pre", "numeric", [0.8, 1.6, 2.3]),
    C("fsh_dens_post", "numeric", [0.7, 1.9, 2.5]),
    C("burrow_n_bl", "numeric", [3, 7, 12]),
    C("burrow_n_1y", "numeric", [2, 9, 14]),
    C("fledg_rt", "numeric", [0.42, 0.61, 0.77]),
    C("fledg_rt_v2", "numeric", [0.40, 0.63, 0.75]),
])
D["h41_osprey"] = ("Osprey nest-platform sites: one row per nest site; platform provision, disturbance and breeding output.", "camelCase", [
    C("siteId", "id", ["OS-101", "OS-102", "OS-103"]),
    C("lastInspected", "date", ["2024-03-11", "2024-04-02", "2024-08-19"]),
    C("habitatType", "categorical", ["lake", "river", "coastal"]),
    C("platformInstalled", "binary", [1, 0, 1]),
    C("platformHeightM", "numeric", [6.0, 9.5, 12.0]),
    C("distToWaterM", "numeric", [40, 250, 900]),
    C("powerLineKm", "numeric", [0.1, 1.4, 6.2]),
    C("fishStockIdx", "numeric", [0.35, 0.8, 1.2]),
    C("humanVisitsPerWk", "numeric", [0, 12, 45]),
    C("predatorGuard", "binary", [0, 1, 1]),
    C("camMonitored", "binary", [1, 0, 0]),
    C("eggsLaid", "numeric", [2, 3, 4]),
    C("chicksFledged2023", "numeric", [0, 2, 3]),
    C("chicksFledged2024", "numeric", [1, 2, 3]),
    C("nestSuccess", "binary", [1, 0, 1]),
    C("nestSuccessV2", "binary", [1, 0, 0]),
])
D["h41_hoopoe"] = ("Hoopoe orchard nest-box schemes: one row per nest box; orchard management, insect prey, occupancy and breeding.", "UPPER_CASE codes", [
    C("BOX_ID", "id", ["HB-0001", "HB-0002", "HB-0003"]),
    C("INSTALL_DT", "date", ["2021-02-10", "2021-03-01", "2022-02-15"]),
    C("REGION", "categorical", ["north", "south", "central"]),
    C("BOX_TYPE", "categorical", ["wooden", "woodcrete", "clay"]),
    C("ORCH_AGE_YR", "numeric", [8, 25, 60]),
    C("PESTICIDE_FREE", "binary", [1, 0, 1]),
    C("SUBSIDY", "binary", [0, 1, 1]),
    C("GRAZ_SHEEP", "binary", [1, 0, 0]),
    C("MOWING_FREQ", "numeric", [1, 2, 5]),
    C("HEDGE_LEN_M", "numeric", [0, 120, 480]),
    C("INSECT_BIOM_PRE", "numeric", [3.2, 7.9, 12.4]),
    C("INSECT_BIOM_POST", "numeric", [2.9, 9.1, 15.0]),
    C("OCC_RATE_Y1", "numeric", [0.2, 0.5, 0.8]),
    C("OCC_RATE_Y3", "numeric", [0.3, 0.6, 0.9]),
    C("CLUTCH_SZ", "numeric", [5, 7, 8]),
    C("FLEDGE_N", "numeric", [0, 4, 7]),
])
D["h41_lyrebird"] = ("Lyrebird rainforest gullies: one row per gully survey; predator control, fire, visitors, habitat and display activity.", "plain words", [
    C("Gully ID", "id", ["G-01", "G-02", "G-03"]),
    C("Survey Date", "date", ["2023-07-01", "2023-08-15", "2024-06-30"]),
    C("Forest Type", "categorical", ["cool temperate", "warm temperate", "subtropical"]),
    C("Elevation", "numeric", [200, 650, 1100]),
    C("Rainfall", "numeric", [900, 1500, 2200]),
    C("Canopy Cover", "numeric", [55, 72, 91]),
    C("Fox Baiting", "binary", [1, 0, 1]),
    C("Fire Last 10 Years", "binary", [0, 1, 0]),
    C("Walking Track", "binary", [1, 1, 0]),
    C("Visitor Numbers", "numeric", [0, 340, 2100]),
    C("Leaf Litter Depth", "numeric", [1.5, 4.0, 7.2]),
    C("Invertebrate Biomass", "numeric", [12.0, 30.5, 61.0]),
    C("Mound Count Before", "numeric", [2, 6, 11]),
    C("Mound Count After", "numeric", [1, 7, 13]),
    C("Song Rate", "numeric", [3.1, 8.4, 15.0]),
    C("Song Rate Revised", "numeric", [2.9, 8.8, 14.2]),
])
D["h41_bowerbird"] = ("Bowerbird courtship-site surveys: one row per bower; decoration, rivals, disturbance and mating.", "snake_case cryptic codes", [
    C("site_id", "id", ["BW-11", "BW-12", "BW-13"]),
    C("svy_dt", "date", ["2023-10-03", "2023-11-12", "2024-10-20"]),
    C("hab", "categorical", ["rainforest", "woodland", "edge"]),
    C("m_age_yr", "numeric", [4, 6, 9]),
    C("obs_hrs", "numeric", [2.0, 5.5, 8.0]),
    C("canopy_pct", "numeric", [30, 60, 85]),
    C("fruit_abund", "numeric", [10, 40, 75]),
    C("rival_n", "numeric", [0, 2, 5]),
    C("tour_disturb", "binary", [0, 1, 0]),
    C("rodent_ctrl", "binary", [1, 0, 0]),
    C("blu_obj_n", "numeric", [5, 23, 61]),
    C("bwr_dec_sc", "numeric", [2.5, 6.0, 8.5]),
    C("bwr_dec_sc_v2", "numeric", [2.7, 5.8, 8.9]),
    C("mate_vis_pre", "numeric", [0, 3, 8]),
    C("mate_vis_post", "numeric", [1, 4, 10]),
    C("cpl_succ", "numeric", [0, 1, 4]),
])
D["h41_cockatoo"] = ("Cockatoo urban roosts: one row per roost; council interventions, resident feeding, roost size and complaints.", "camelCase", [
    C("roostId", "id", ["R-301", "R-302", "R-303"]),
    C("lastCount", "date", ["2024-02-01", "2024-02-15", "2024-03-04"]),
    C("suburbType", "categorical", ["inner", "middle", "outer"]),
    C("parkAreaHa", "numeric", [0.8, 5.0, 22.0]),
    C("trafficVolDaily", "numeric", [1200, 8500, 31000]),
    C("streetLightLux", "numeric", [5, 30, 70]),
    C("councilFundingK", "numeric", [10, 45, 120]),
    C("treeLopping", "binary", [0, 1, 0]),
    C("feedingBanSign", "binary", [1, 0, 1]),
    C("residentFeeding", "binary", [0, 1, 1]),
    C("cullingPermit", "binary", [0, 0, 1]),
    C("roostSize2022", "numeric", [40, 180, 600]),
    C("roostSize2024", "numeric", [35, 210, 540]),
    C("birdHealthScore", "numeric", [3.0, 6.5, 9.0]),
    C("noiseComplaints", "numeric", [0, 7, 31]),
    C("noiseComplaintsV2", "numeric", [0, 6, 28]),
])
D["h41_kinkajou"] = ("Kinkajou night-tour forests: one row per forest tour-night; tour practices, noise, sightings and animal stress.", "UPPER_CASE codes", [
    C("FOREST_ID", "id", ["KJ-A", "KJ-B", "KJ-C"]),
    C("TOUR_DATE", "date", ["2024-01-09", "2024-01-23", "2024-02-06"]),
    C("MOON_PHASE", "categorical", ["new", "quarter", "full"]),
    C("GROUP_SZ", "numeric", [4, 12, 20]),
    C("TOUR_FREQ_WK", "numeric", [1, 4, 7]),
    C("NOISE_DB", "numeric", [32, 45, 61]),
    C("RED_LIGHT", "binary", [1, 0, 1]),
    C("GUIDE_TRAINED", "binary", [1, 1, 0]),
    C("CANOPY_BRIDGE", "binary", [0, 1, 0]),
    C("FRUIT_TREE_DENS", "numeric", [5, 15, 32]),
    C("SIGHT_RATE_PRE", "numeric", [0.1, 0.4, 0.9]),
    C("SIGHT_RATE_POST", "numeric", [0.2, 0.5, 1.1]),
    C("KJ_STRESS_IDX", "numeric", [1.2, 2.8, 4.5]),
    C("KJ_STRESS_IDX2", "numeric", [1.0, 3.1, 4.9]),
    C("TIP_USD", "numeric", [0, 15, 60]),
    C("REVIEW_SCORE", "numeric", [3.2, 4.4, 5.0]),
])
D["h41_binturong"] = ("Binturong zoo enclosures: one row per animal assessment; enclosure design, enrichment, visitors and welfare.", "plain words", [
    C("Enclosure", "id", ["E1", "E2", "E3"]),
    C("Assessment Date", "date", ["2024-04-04", "2024-05-09", "2024-06-13"]),
    C("Diet Type", "categorical", ["fruit-heavy", "mixed", "high-protein"]),
    C("Sex", "categorical", ["male", "female"]),
    C("Age", "numeric", [3, 10, 17]),
    C("Enclosure Area", "numeric", [60, 150, 400]),
    C("Climbing Structures", "numeric", [2, 6, 12]),
    C("Glass Barrier", "binary", [1, 0, 1]),
    C("Enrichment Program", "binary", [0, 1, 1]),
    C("Visitor Density", "numeric", [5, 40, 120]),
    C("Keeper Contact Hours", "numeric", [2, 6, 14]),
    C("Stereotypy Before", "numeric", [0.05, 0.2, 0.4]),
    C("Stereotypy After", "numeric", [0.02, 0.15, 0.35]),
    C("Body Condition", "numeric", [2.5, 3.0, 4.0]),
    C("Body Condition v2", "numeric", [2.4, 3.2, 4.1]),
    C("Breeding Success", "binary", [0, 1, 0]),
])
D["h41_proboscis"] = ("Proboscis monkey mangrove reserves: one row per reserve; restoration, boats, patrols, troop size and infants.", "snake_case cryptic codes", [
    C("rsv_id", "id", ["PM-07", "PM-08", "PM-09"]),
    C("cnt_dt", "date", ["2019-09-01", "2022-09-03", "2024-09-05"]),
    C("zone", "categorical", ["core", "buffer", "transition"]),
    C("river_wd_m", "numeric", [15, 60, 210]),
    C("tide_rng_m", "numeric", [0.8, 2.0, 3.6]),
    C("salinity_ppt", "numeric", [2, 12, 28]),
    C("nipa_pct", "numeric", [5, 25, 60]),
    C("oil_palm_km", "numeric", [0.5, 4.0, 18.0]),
    C("boat_trf_d", "numeric", [0, 20, 50]),
    C("mgv_rest", "binary", [1, 0, 0]),
    C("patrol", "binary", [0, 1, 1]),
    C("ecotour_rev", "numeric", [0, 12000, 85000]),
    C("trp_sz_bl", "numeric", [8, 14, 23]),
    C("trp_sz_5y", "numeric", [6, 15, 27]),
    C("inf_rt", "numeric", [0.1, 0.25, 0.4]),
    C("inf_rt_adj", "numeric", [0.12, 0.24, 0.38]),
])
D["h41_slothbear"] = ("Sloth bear rescue centres: one row per rescued bear; husbandry, enrichment, behaviour, weight, release and survival.", "camelCase", [
    C("bearId", "id", ["SB-001", "SB-002", "SB-003"]),
    C("intakeDate", "date", ["2012-11-20", "2016-03-05", "2020-07-14"]),
    C("rescueSource", "categorical", ["dancing", "poaching", "conflict"]),
    C("ageAtRescueYr", "numeric", [1, 4, 11]),
    C("bodyWtKgIntake", "numeric", [48, 70, 95]),
    C("bodyWtKg6m", "numeric", [60, 82, 104]),
    C("vetVisitsPerMo", "numeric", [1, 2, 6]),
    C("enrichmentHrsWk", "numeric", [2, 10, 25]),
    C("honeyTreats", "binary", [1, 0, 1]),
    C("pairHoused", "binary", [0, 1, 1]),
    C("stereotypyPre", "numeric", [0.1, 0.35, 0.7]),
    C("stereotypyPost", "numeric", [0.05, 0.2, 0.5]),
    C("socialScore", "numeric", [2, 5, 9]),
    C("releasedWild", "binary", [0, 0, 1]),
    C("survival1y", "binary", [1, 1, 0]),
    C("survival3y", "binary", [1, 0, 0]),
])
D["h41_treefrog"] = ("Tree frog breeding ponds: one row per pond-season; disease treatment, drawdown, fish, calling males and metamorphosis.", "UPPER_CASE codes", [
    C("POND_ID", "id", ["P-101", "P-102", "P-103"]),
    C("SURVEY_DT", "date", ["2023-03-18", "2023-04-22", "2024-03-30"]),
    C("POND_TYPE", "categorical", ["natural", "constructed", "restored"]),
    C("POND_AREA_M2", "numeric", [40, 200, 1500]),
    C("WATER_TEMP_C", "numeric", [14.5, 19.0, 26.0]),
    C("PH", "numeric", [5.8, 6.9, 8.1]),
    C("CANOPY_SHADE_PCT", "numeric", [0, 35, 80]),
    C("ROAD_DIST_M", "numeric", [20, 300, 2500]),
    C("FISH_PRESENT", "binary", [0, 1, 0]),
    C("CHYTRID_TREAT", "binary", [1, 0, 1]),
    C("DRAWDOWN", "binary", [0, 1, 1]),
    C("TADPOLE_DENS", "numeric", [2, 18, 60]),
    C("CALL_CNT_PRE", "numeric", [0, 12, 40]),
    C("CALL_CNT_POST", "numeric", [1, 15, 44]),
    C("METAMORPH_RT", "numeric", [0.05, 0.2, 0.45]),
    C("METAMORPH_RT_V2", "numeric", [0.04, 0.22, 0.41]),
])
D["h41_coral"] = ("Coral spawning reef nurseries: one row per nursery plot; larval seeding, water conditions, settlement, recruits and bleaching.", "snake_case cryptic codes", [
    C("nursery_id", "id", ["CN-21", "CN-22", "CN-23"]),
    C("spawn_dt", "date", ["2023-11-28", "2023-12-01", "2024-11-17"]),
    C("substrate", "categorical", ["rubble", "tile", "rock"]),
    C("depth_m", "numeric", [3, 8, 15]),
    C("wave_exp", "numeric", [0.2, 0.5, 0.9]),
    C("water_temp_c", "numeric", [26.1, 28.4, 30.2]),
    C("sst_anom", "numeric", [-0.3, 0.8, 1.9]),
    C("turb_ntu", "numeric", [0.5, 2.2, 6.8]),
    C("herbiv_fish", "numeric", [4, 22, 60]),
    C("algae_cov_pct", "numeric", [5, 25, 55]),
    C("larval_seed", "binary", [1, 0, 1]),
    C("settle_rt", "numeric", [0.01, 0.06, 0.15]),
    C("recruit_dens_6m", "numeric", [0.5, 3.2, 9.0]),
    C("recruit_dens_12m", "numeric", [0.3, 2.5, 7.4]),
    C("bleach_pct", "numeric", [0, 18, 64]),
    C("bleach_pct_v2", "numeric", [0, 20, 61]),
])
D["h41_mortuary"] = ("Mortuaries: one row per case handled; facility resources, record keeping, turnaround, audit errors and family experience.", "plain words", [
    C("Case Number", "id", ["M-2024-0001", "M-2024-0002", "M-2024-0003"]),
    C("Intake Date", "date", ["2024-01-03", "2024-02-11", "2024-03-29"]),
    C("Facility Type", "categorical", ["hospital", "coroner", "private"]),
    C("Staff On Shift", "numeric", [2, 4, 7]),
    C("Caseload Per Week", "numeric", [12, 40, 95]),
    C("Distance To Lab Km", "numeric", [0, 25, 140]),
    C("Refrigeration Upgrade", "binary", [1, 0, 0]),
    C("Digital Records", "binary", [0, 1, 1]),
    C("Embalming Requested", "binary", [0, 0, 1]),
    C("Hours To Autopsy", "numeric", [6, 20, 72]),
    C("Errors Before Audit", "numeric", [0, 2, 6]),
    C("Errors After Audit", "numeric", [0, 1, 4]),
    C("Release Delay Days", "numeric", [1, 3, 9]),
    C("Release Delay Days Revised", "numeric", [1, 2, 8]),
    C("Family Complaint", "binary", [0, 1, 0]),
    C("Family Satisfaction", "numeric", [2, 4, 5]),
])
D["h41_cemetery"] = ("Cemeteries: one row per cemetery plot; volunteers, lighting, rewilding, mowing, vandalism, visitors and costs.", "camelCase", [
    C("plotId", "id", ["CP-01", "CP-02", "CP-03"]),
    C("lastAudit", "date", ["2024-05-01", "2024-06-12", "2024-07-23"]),
    C("denomination", "categorical", ["anglican", "catholic", "municipal", "jewish"]),
    C("soilDrainage", "categorical", ["good", "poor"]),
    C("headstoneAgeYr", "numeric", [12, 85, 190]),
    C("fenceHeightM", "numeric", [0.9, 1.5, 2.4]),
    C("lighting", "binary", [0, 1, 0]),
    C("volunteerProgram", "binary", [1, 0, 1]),
    C("wildflowerArea", "binary", [0, 1, 1]),
    C("mowingFreqPerYr", "numeric", [2, 8, 20]),
    C("maintenanceCostK", "numeric", [4.5, 18.0, 52.0]),
    C("pollinatorCount", "numeric", [3, 40, 150]),
    C("vandalismIncidents2022", "numeric", [0, 3, 11]),
    C("vandalismIncidents2024", "numeric", [0, 2, 9]),
    C("visitorsPerMo", "numeric", [30, 210, 1200]),
    C("visitorsPerMoV2", "numeric", [25, 230, 1150]),
])
D["h41_balloon"] = ("Weather balloon launch stations: one row per launch; equipment, operators, conditions, burst altitude, data loss and forecast error.", "UPPER_CASE codes", [
    C("STATION_ID", "id", ["WMO-03005", "WMO-72201", "WMO-89009"]),
    C("LAUNCH_DATE", "date", ["2024-01-01", "2024-01-01", "2024-01-02"]),
    C("CLIMATE", "categorical", ["tropical", "temperate", "polar"]),
    C("ELEV_M", "numeric", [5, 600, 2000]),
    C("LAUNCH_HR_UTC", "numeric", [0, 12, 23]),
    C("SFC_TEMP_C", "numeric", [-32.0, 8.5, 29.0]),
    C("SFC_WIND_MS", "numeric", [0.5, 6.0, 14.0]),
    C("FILL_GAS", "categorical", ["helium", "hydrogen"]),
    C("BALLOON_MASS_G", "numeric", [350, 600, 1200]),
    C("GPS_SONDE", "binary", [1, 0, 1]),
    C("OPERATOR_CERT", "binary", [1, 1, 0]),
    C("AUTO_LAUNCHER", "binary", [0, 1, 0]),
    C("BURST_ALT_KM", "numeric", [22.1, 28.4, 33.0]),
    C("BURST_ALT_KM_V2", "numeric", [22.0, 28.9, 32.6]),
    C("DATA_LOSS_PCT", "numeric", [0.0, 3.5, 20.0]),
    C("FCST_ERR_PRE", "numeric", [1.1, 1.8, 2.6]),
    C("FCST_ERR_POST", "numeric", [0.9, 1.6, 2.7]),
])

Q = []
def q(ds, text, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(kw)
    Q.append({"question": text, "dataset": ds, "expected": exp})

# ---------------- kingfisher ----------------
ds = "h41_kingfisher"
q(ds, "Estimate the average effect of bank stabilisation works (`bank_stab`) on colony burrow count one year later (`burrow_n_1y`), adjusting for `bank_ht_m` and `reg`.", "ate", "bank_stab", "burrow_n_1y", covariates=["bank_ht_m", "reg"])
q(ds, "Does letting cattle graze along the bank cut down how many nest tunnels the kingfishers dig?", "ate", "grzng", "burrow_n_1y")
q(ds, "is there a causal link between veg_cov_pct and rvr_turb_ntu", "ate", None, None, clarify=True)
q(ds, "Is the fish density after the season lowered by a flood, or is that just confounding?", "ate", "flood_evt", "fsh_dens_post")
q(ds, "What is the effect of stabilising the bank on kingfisher fledging success?", "ate", "bank_stab", None, clarify=True)
q(ds, "Among colonies where the bank was actually stabilised, how much did stabilisation change the original fledging rate (fledg_rt)?", "ate", "bank_stab", "fledg_rt", estimand="att")
q(ds, "Effect of riverside plant cover on how murky the water is.", "ate", "veg_cov_pct", "rvr_turb_ntu")
q(ds, "how does turbidity affect fledg_rt_v2, controling for baseline fish density and distance to road?", "ate", "rvr_turb_ntu", "fledg_rt_v2", covariates=["fsh_dens_pre", "dist_rd_km"])
q(ds, "What's the effect of grazing on burrow numbers at one year in lowland reaches?", "cate", "grzng", "burrow_n_1y", at={"reg": "lowland"})
q(ds, "How much does bank stabilisation raise `fledg_rt_v2` for banks that are 3 m high?", "cate", "bank_stab", "fledg_rt_v2", at={"bank_ht_m": 3})
q(ds, "Does the effect of flooding on post-season fish density differ between upland, lowland and estuarine reaches?", "cate", "flood_evt", "fsh_dens_post")
q(ds, "Under the condition that cattle graze the bank (grzng = 1), what is the effect of veg_cov_pct on burrow_n_1y?", "cate", "veg_cov_pct", "burrow_n_1y", at={"grzng": 1})
q(ds, "Which river reaches should get bank stabilisation to maximise the revised fledging rate?", "policy", "bank_stab", "fledg_rt_v2")
q(ds, "targeting rule: where to allow cattle grazing (grzng) so burrow_n_1y stays highest", "policy", "grzng", "burrow_n_1y")
q(ds, "Bank stabilisation supposedly works by cutting turbidity, which then lets kingfishers catch more fish and fledge more young (fledg_rt). How much of the effect runs through turbidity?", "mediation", "bank_stab", "fledg_rt", "rvr_turb_ntu")
q(ds, "decompose grzng effect on fledg_rt_v2 into direct + indirect via veg_cov_pct", "mediation", "grzng", "fledg_rt_v2", "veg_cov_pct")
q(ds, "Work out what drives what among the kingfisher colony variables.", "discover")
q(ds, "Build the causal graph for the kingfisher colonies data.", "discover")
q(ds, "Plot burrow_n_1y against survey_dt for each region.", "unsupported")

# ---------------- osprey ----------------
ds = "h41_osprey"
q(ds, "Estimate the ATE of `platformInstalled` on `chicksFledged2024`.", "ate", "platformInstalled", "chicksFledged2024")
q(ds, "Do artificial nesting poles actually lead to more osprey young leaving the nest, or do they just get put up at better sites?", "ate", "platformInstalled", "chicksFledged2024")
q(ds, "effect of predatorGuard on eggsLaid adj habitatType, distToWaterM", "ate", "predatorGuard", "eggsLaid", covariates=["habitatType", "distToWaterM"])
q(ds, "What is the effect of water pollution levels on chicksFledged2024?", "ate", None, "chicksFledged2024", clarify=True)
q(ds, "What's the effect of fitting predator guards on nest success?", "ate", "predatorGuard", None, clarify=True)
q(ds, "Using powerLineKm as an instrument, estimate the effect of platformInstalled on nestSuccessV2.", "ate", "platformInstalled", "nestSuccessV2", instrument="powerLineKm")
q(ds, "For the nests that had cameras, did having a camera change how many chicks fledged in 2024?", "ate", "camMonitored", "chicksFledged2024", estimand="att")
q(ds, "Does the height of the platform make a difference to nestSuccessV2, holding fishStockIdx fixed?", "ate", "platformHeightM", "nestSuccessV2", covariates=["fishStockIdx"])
q(ds, "Effect of platformInstalled on chicksFledged2024 at coastal sites.", "cate", "platformInstalled", "chicksFledged2024", at={"habitatType": "coastal"})
q(ds, "For nests 500 m from the water, how does a predator guard change the number of eggs laid?", "cate", "predatorGuard", "eggsLaid", at={"distToWaterM": 500})
q(ds, "Which kinds of sites benefit most from platforms in terms of nestSuccessV2?", "cate", "platformInstalled", "nestSuccessV2")
q(ds, "cate of humanVisitsPerWk on chicksFledged2024 when fishStockIdx = 0.8", "cate", "humanVisitsPerWk", "chicksFledged2024", at={"fishStockIdx": 0.8})
q(ds, "Where should we put up nest platforms next year to get the most chicks fledged?", "policy", "platformInstalled", "chicksFledged2024")
q(ds, "Recommend a rule for which nests should get predator guards, aiming at nestSuccessV2.", "policy", "predatorGuard", "nestSuccessV2")
q(ds, "Given a budget for 20 camera installs, which sites should get camMonitored to maximize the original nestSuccess?", "policy", "camMonitored", "nestSuccess")
q(ds, "Platforms raise chicks fledged in 2024 partly because they let birds lay more eggs. What share of the platformInstalled effect is mediated by eggsLaid?", "mediation", "platformInstalled", "chicksFledged2024", "eggsLaid")
q(ds, "visitors disturb nests -> fewer eggs -> fewer fledglings? split humanVisitsPerWk effect on chicksFledged2024 into direct vs via eggsLaid", "mediation", "humanVisitsPerWk", "chicksFledged2024", "eggsLaid")
q(ds, "Learn a causal DAG over the osprey nest-platform variables.", "discover")
q(ds, "Predict chicksFledged2024 from the other columns with a random forest.", "unsupported")

# ---------------- hoopoe ----------------
ds = "h41_hoopoe"
q(ds, "Estimate the average causal effect of PESTICIDE_FREE on INSECT_BIOM_POST, controlling for INSECT_BIOM_PRE and ORCH_AGE_YR.", "ate", "PESTICIDE_FREE", "INSECT_BIOM_POST", covariates=["INSECT_BIOM_PRE", "ORCH_AGE_YR"])
q(ds, "Does going spray-free in the orchard mean more hoopoe chicks make it out of the box?", "ate", "PESTICIDE_FREE", "FLEDGE_N")
q(ds, "ate sheep grazing -> box occupancy", "ate", "GRAZ_SHEEP", None, clarify=True)
q(ds, "What does the agri-environment payment do to how many metres of hedgerow the orchard keeps?", "ate", "SUBSIDY", "HEDGE_LEN_M")
q(ds, "Instrument: SUBSIDY. Treatment: PESTICIDE_FREE. Outcome: OCC_RATE_Y3. Estimate the causal effect.", "ate", "PESTICIDE_FREE", "OCC_RATE_Y3", instrument="SUBSIDY")
q(ds, "Among orchards that never went pesticide-free, what would the effect on clutch size have been had they done so?", "ate", "PESTICIDE_FREE", "CLUTCH_SZ", estimand="atc")
q(ds, "is FLEDGE_N really affected by mowing frequency or is that just confounding?", "ate", "MOWING_FREQ", "FLEDGE_N")
q(ds, "Effect of PESTICIDE_FREE on FLEDGE_N in clay boxes.", "cate", "PESTICIDE_FREE", "FLEDGE_N", at={"BOX_TYPE": "clay"})
q(ds, "For orchards that are 30 years old, how much does sheep grazing change the number of fledglings?", "cate", "GRAZ_SHEEP", "FLEDGE_N", at={"ORCH_AGE_YR": 30})
q(ds, "how does the effect of MOWING_FREQ on INSECT_BIOM_POST vary by region", "cate", "MOWING_FREQ", "INSECT_BIOM_POST")
q(ds, "Under the condition that the grass is cut 2 times a year, what is the effect of going pesticide-free on OCC_RATE_Y3?", "cate", "PESTICIDE_FREE", "OCC_RATE_Y3", at={"MOWING_FREQ": 2})
q(ds, "Which orchards should be offered the subsidy to maximise hoopoe fledglings?", "policy", "SUBSIDY", "FLEDGE_N")
q(ds, "Design a targeting rule for converting orchards to pesticide-free management; objective INSECT_BIOM_POST.", "policy", "PESTICIDE_FREE", "INSECT_BIOM_POST")
q(ds, "Pesticide-free management works by boosting insect prey, which then raises fledgling numbers. Quantify the indirect effect via INSECT_BIOM_POST.", "mediation", "PESTICIDE_FREE", "FLEDGE_N", "INSECT_BIOM_POST")
q(ds, "Of the effect of GRAZ_SHEEP on CLUTCH_SZ, how much goes through INSECT_BIOM_POST?", "mediation", "GRAZ_SHEEP", "CLUTCH_SZ", "INSECT_BIOM_POST")
q(ds, "direct vs indirect effect of SUBSIDY on OCC_RATE_Y3 through PESTICIDE_FREE", "mediation", "SUBSIDY", "OCC_RATE_Y3", "PESTICIDE_FREE")
q(ds, "Which of these orchard variables cause which? Recover the structure.", "discover")
q(ds, "Write SQL to count boxes per REGION and BOX_TYPE.", "unsupported")

# ---------------- lyrebird ----------------
ds = "h41_lyrebird"
q(ds, "Estimate the effect of `Fox Baiting` on `Mound Count After`, adjusting for `Mound Count Before`.", "ate", "Fox Baiting", "Mound Count After", covariates=["Mound Count Before"])
q(ds, "Did burning in the last decade thin out the leaf litter the lyrebirds scratch through?", "ate", "Fire Last 10 Years", "Leaf Litter Depth")
q(ds, "walking track effect on display mounds", "ate", "Walking Track", "Mound Count After")
q(ds, "How does feral cat density affect Mound Count After?", "ate", None, "Mound Count After", clarify=True)
q(ds, "What is the causal effect of fox control on lyrebird singing?", "ate", "Fox Baiting", None, clarify=True)
q(ds, "How does tourist footfall change the revised song rate, holding canopy cover and elevation fixed?", "ate", "Visitor Numbers", "Song Rate Revised", covariates=["Canopy Cover", "Elevation"])
q(ds, "In gullies that were baited, what effect did baiting have on the Song Rate (original measure)?", "ate", "Fox Baiting", "Song Rate", estimand="att")
q(ds, "Is the number of display mounds reduced by fire?", "ate", "Fire Last 10 Years", "Mound Count After")
q(ds, "Effect of Fox Baiting on Mound Count After in subtropical forest.", "cate", "Fox Baiting", "Mound Count After", at={"Forest Type": "subtropical"})
q(ds, "At 1500 mm of rainfall, what does a walking track do to leaf litter depth?", "cate", "Walking Track", "Leaf Litter Depth", at={"Rainfall": 1500})
q(ds, "For which gullies is the effect of fire on Invertebrate Biomass strongest?", "cate", "Fire Last 10 Years", "Invertebrate Biomass")
q(ds, "effect of fox baiting on Song Rate Revised at 800 m elevation", "cate", "Fox Baiting", "Song Rate Revised", at={"Elevation": 800})
q(ds, "Which gullies should be prioritised for fox baiting to raise mound counts?", "policy", "Fox Baiting", "Mound Count After")
q(ds, "Should we close walking tracks, and where, to keep the revised song rate up?", "policy", "Walking Track", "Song Rate Revised")
q(ds, "We can only bait a third of the gullies. Which ones, if the goal is a higher Song Rate Revised?", "policy", "Fox Baiting", "Song Rate Revised")
q(ds, "Fire may hurt lyrebirds by stripping leaf litter, which in turn cuts the invertebrates they feed on. How much of the fire effect on Invertebrate Biomass is via Leaf Litter Depth?", "mediation", "Fire Last 10 Years", "Invertebrate Biomass", "Leaf Litter Depth")
q(ds, "Direct and indirect effects of Walking Track on Mound Count After, mediator Visitor Numbers.", "mediation", "Walking Track", "Mound Count After", "Visitor Numbers")
q(ds, "Map out the cause-and-effect links between the gully measurements.", "discover")
q(ds, "Give me the mean and standard deviation of Rainfall by Forest Type.", "unsupported")

# ---------------- bowerbird ----------------
ds = "h41_bowerbird"
q(ds, "ATE of `blu_obj_n` on `cpl_succ` adjusting for `m_age_yr` and `rival_n`.", "ate", "blu_obj_n", "cpl_succ", covariates=["m_age_yr", "rival_n"])
q(ds, "Do older males get more females dropping by their bower?", "ate", "m_age_yr", "mate_vis_post")
q(ds, "effct of tourist disturbance on bower decoration", "ate", "tour_disturb", None, clarify=True)
q(ds, "Is female visitation lowered by tour groups passing by?", "ate", "tour_disturb", "mate_vis_post")
q(ds, "Does rodent control lead to more blue trinkets piling up in the bower?", "ate", "rodent_ctrl", "blu_obj_n")
q(ds, "For sites without rodent control, what would its effect on cpl_succ have been?", "ate", "rodent_ctrl", "cpl_succ", estimand="atc")
q(ds, "Effect of bwr_dec_sc_v2 on mate_vis_post, controlling for mate_vis_pre.", "ate", "bwr_dec_sc_v2", "mate_vis_post", covariates=["mate_vis_pre"])
q(ds, "Effect of tour_disturb on cpl_succ at the forest edge (hab = edge).", "cate", "tour_disturb", "cpl_succ", at={"hab": "edge"})
q(ds, "for 6-year-old males, how does the blue object count affect copulations?", "cate", "blu_obj_n", "cpl_succ", at={"m_age_yr": 6})
q(ds, "Does the effect of rival numbers on mate_vis_post differ by habitat?", "cate", "rival_n", "mate_vis_post")
q(ds, "under the condition that fruit_abund = 40, effect of rodent_ctrl on blu_obj_n", "cate", "rodent_ctrl", "blu_obj_n", at={"fruit_abund": 40})
q(ds, "Where should rodent control be deployed to maximise copulation success?", "policy", "rodent_ctrl", "cpl_succ")
q(ds, "Recommend which bower sites should be closed to tours (tour_disturb) to raise mate_vis_post.", "policy", "tour_disturb", "mate_vis_post")
q(ds, "Targeting rule for rodent control that maximizes the revised decoration score.", "policy", "rodent_ctrl", "bwr_dec_sc_v2")
q(ds, "Blue objects attract females to visit, which then leads to copulations. How much of blu_obj_n -> cpl_succ runs through mate_vis_post?", "mediation", "blu_obj_n", "cpl_succ", "mate_vis_post")
q(ds, "Tourism disrupts decoration (the original score, bwr_dec_sc), which in turn cuts mating success; decompose tour_disturb's effect on cpl_succ.", "mediation", "tour_disturb", "cpl_succ", "bwr_dec_sc")
q(ds, "run causal discovery on the bower survey", "discover")
q(ds, "Impute the missing svy_dt values and drop duplicate site_id rows.", "unsupported")

# ---------------- cockatoo ----------------
ds = "h41_cockatoo"
q(ds, "Estimate the ATE of `treeLopping` on `roostSize2024` controlling for `roostSize2022`.", "ate", "treeLopping", "roostSize2024", covariates=["roostSize2022"])
q(ds, "Do 'please don't feed the birds' signs stop people putting out food for the cockatoos?", "ate", "feedingBanSign", "residentFeeding")
q(ds, "Does brighter street lighting drive the flock away?", "ate", "streetLightLux", "roostSize2024")
q(ds, "How do culling permits affect noise complaints?", "ate", "cullingPermit", None, clarify=True)
q(ds, "Using councilFundingK as an instrument for feedingBanSign, estimate the effect on residentFeeding.", "ate", "feedingBanSign", "residentFeeding", instrument="councilFundingK")
q(ds, "Are complaints (noiseComplaintsV2) reduced by lopping the roost trees?", "ate", "treeLopping", "noiseComplaintsV2")
q(ds, "effect of trafficVolDaily on birdHealthScore adj parkAreaHa suburbType", "ate", "trafficVolDaily", "birdHealthScore", covariates=["parkAreaHa", "suburbType"])
q(ds, "Effect of tree lopping on roost size in 2024 in outer suburbs.", "cate", "treeLopping", "roostSize2024", at={"suburbType": "outer"})
q(ds, "for a 5 ha park, what does a feeding-ban sign do to bird health?", "cate", "feedingBanSign", "birdHealthScore", at={"parkAreaHa": 5})
q(ds, "How does the effect of cullingPermit on roostSize2024 vary across roosts?", "cate", "cullingPermit", "roostSize2024")
q(ds, "When street lighting is at 30 lux, what's the effect of treeLopping on noiseComplaintsV2?", "cate", "treeLopping", "noiseComplaintsV2", at={"streetLightLux": 30})
q(ds, "Which roosts should get feeding-ban signs to maximise bird health?", "policy", "feedingBanSign", "birdHealthScore")
q(ds, "Who should be issued culling permits if the goal is fewer noiseComplaintsV2?", "policy", "cullingPermit", "noiseComplaintsV2")
q(ds, "With money for 10 lopping crews, which roosts should have their trees lopped to bring noiseComplaintsV2 down?", "policy", "treeLopping", "noiseComplaintsV2")
q(ds, "Signs work by reducing resident feeding, which then improves bird health. What fraction of feedingBanSign -> birdHealthScore is mediated by residentFeeding?", "mediation", "feedingBanSign", "birdHealthScore", "residentFeeding")
q(ds, "treeLopping -> roostSize2024 -> noiseComplaintsV2: natural direct and indirect effects", "mediation", "treeLopping", "noiseComplaintsV2", "roostSize2024")
q(ds, "Does residents feeding the birds raise complaints by making the roost bigger (roostSize2024)? Split the effect.", "mediation", "residentFeeding", None, "roostSize2024", clarify=True)
q(ds, "Learn the causal graph among the cockatoo roost columns.", "discover")
q(ds, "Make a bar chart of roostSize2024 by suburbType.", "unsupported")

# ---------------- kinkajou ----------------
ds = "h41_kinkajou"
q(ds, "Average effect of RED_LIGHT on SIGHT_RATE_POST, adjusting for SIGHT_RATE_PRE and MOON_PHASE.", "ate", "RED_LIGHT", "SIGHT_RATE_POST", covariates=["SIGHT_RATE_PRE", "MOON_PHASE"])
q(ds, "Do red torches help tourists actually spot the kinkajous?", "ate", "RED_LIGHT", "SIGHT_RATE_POST")
q(ds, "effect of group size on noise", "ate", "GROUP_SZ", "NOISE_DB")
q(ds, "What is the effect of the ticket price on REVIEW_SCORE?", "ate", None, "REVIEW_SCORE", clarify=True)
q(ds, "How stressed do the kinkajous get from more frequent tours?", "ate", "TOUR_FREQ_WK", None, clarify=True)
q(ds, "Is REVIEW_SCORE raised by GUIDE_TRAINED among the tours that had a trained guide?", "ate", "GUIDE_TRAINED", "REVIEW_SCORE", estimand="att")
q(ds, "What's the effect of canopy bridges on `KJ_STRESS_IDX2`?", "ate", "CANOPY_BRIDGE", "KJ_STRESS_IDX2")
q(ds, "Does how loud the tour is change how often the animals are seen, or is it confounded?", "ate", "NOISE_DB", "SIGHT_RATE_POST")
q(ds, "Effect of RED_LIGHT on SIGHT_RATE_POST at full moon.", "cate", "RED_LIGHT", "SIGHT_RATE_POST", at={"MOON_PHASE": "full"})
q(ds, "For groups of 12 people, how does guide training affect the noise level?", "cate", "GUIDE_TRAINED", "NOISE_DB", at={"GROUP_SZ": 12})
q(ds, "Which forests gain the most in sightings from canopy bridges?", "cate", "CANOPY_BRIDGE", "SIGHT_RATE_POST")
q(ds, "cate: TOUR_FREQ_WK -> KJ_STRESS_IDX2 where FRUIT_TREE_DENS = 15", "cate", "TOUR_FREQ_WK", "KJ_STRESS_IDX2", at={"FRUIT_TREE_DENS": 15})
q(ds, "Which tour forests should be required to use red light to maximise sightings?", "policy", "RED_LIGHT", "SIGHT_RATE_POST")
q(ds, "Where should we build canopy bridges to lower the kinkajous' stress index (version 2)?", "policy", "CANOPY_BRIDGE", "KJ_STRESS_IDX2")
q(ds, "Which guides should be sent for training to maximise REVIEW_SCORE?", "policy", "GUIDE_TRAINED", "REVIEW_SCORE")
q(ds, "Trained guides keep groups quiet, which then means more sightings. How much of GUIDE_TRAINED's effect on SIGHT_RATE_POST flows through NOISE_DB?", "mediation", "GUIDE_TRAINED", "SIGHT_RATE_POST", "NOISE_DB")
q(ds, "Do sightings explain why red light raises REVIEW_SCORE? mediator SIGHT_RATE_POST", "mediation", "RED_LIGHT", "REVIEW_SCORE", "SIGHT_RATE_POST")
q(ds, "What is the causal structure connecting the tour and animal variables in this night-tour data?", "discover")
q(ds, "Summarise TIP_USD: median, IQR and max.", "unsupported")

# ---------------- binturong ----------------
ds = "h41_binturong"
q(ds, "Estimate the effect of `Enrichment Program` on `Stereotypy After`, controlling for `Stereotypy Before` and `Age`.", "ate", "Enrichment Program", "Stereotypy After", covariates=["Stereotypy Before", "Age"])
q(ds, "Do binturongs pace less when they have more things to climb on?", "ate", "Climbing Structures", "Stereotypy After")
q(ds, "enclosure size -> breeding", "ate", "Enclosure Area", "Breeding Success")
q(ds, "Does putting glass between visitors and the animals reduce repetitive behaviour?", "ate", "Glass Barrier", "Stereotypy After")
q(ds, "What does the diet do to the animals' body condition?", "ate", "Diet Type", None, clarify=True)
q(ds, "How does visitor crowding affect Body Condition v2?", "ate", "Visitor Density", "Body Condition v2")
q(ds, "For animals not on the enrichment programme, what would enrichment do to breeding success?", "ate", "Enrichment Program", "Breeding Success", estimand="atc")
q(ds, "Effect of Enrichment Program on Stereotypy After for females.", "cate", "Enrichment Program", "Stereotypy After", at={"Sex": "female"})
q(ds, "For 10-year-old binturongs, what's the effect of time with keepers on stereotypic behaviour?", "cate", "Keeper Contact Hours", "Stereotypy After", at={"Age": 10})
q(ds, "Does the effect of the glass barrier on stereotypy vary with visitor density?", "cate", "Glass Barrier", "Stereotypy After")
q(ds, "effect of Enrichment Program on Body Condition v2 among animals on a high-protein diet", "cate", "Enrichment Program", "Body Condition v2", at={"Diet Type": "high-protein"})
q(ds, "Which enclosures should be given the enrichment programme to minimise stereotypy?", "policy", "Enrichment Program", "Stereotypy After")
q(ds, "Where are glass barriers worth fitting, if the goal is breeding success?", "policy", "Glass Barrier", "Breeding Success")
q(ds, "Which animals should get more keeper contact hours to improve Body Condition v2?", "policy", "Keeper Contact Hours", "Body Condition v2")
q(ds, "Enrichment reduces stereotypy, which in turn improves breeding. What share of Enrichment Program -> Breeding Success is mediated by Stereotypy After?", "mediation", "Enrichment Program", "Breeding Success", "Stereotypy After")
q(ds, "Visitor Density on Breeding Success: direct vs indirect through Stereotypy After.", "mediation", "Visitor Density", "Breeding Success", "Stereotypy After")
q(ds, "Discover the causal relationships among the binturong welfare variables.", "discover")
q(ds, "Draw the causal graph linking binturong enclosure features and welfare outcomes.", "discover")
q(ds, "Train a classifier predicting Breeding Success.", "unsupported")

# ---------------- proboscis ----------------
ds = "h41_proboscis"
q(ds, "Estimate the ATE of `mgv_rest` on `trp_sz_5y`, adjusting for `trp_sz_bl` and `zone`.", "ate", "mgv_rest", "trp_sz_5y", covariates=["trp_sz_bl", "zone"])
q(ds, "Does replanting the mangroves give the monkeys bigger troops?", "ate", "mgv_rest", "trp_sz_5y")
q(ds, "boat traffic effect on infant rate", "ate", "boat_trf_d", None, clarify=True)
q(ds, "How does being close to oil palm plantations affect troop size?", "ate", "oil_palm_km", "trp_sz_5y")
q(ds, "With river width (river_wd_m) as an instrument, estimate the effect of boat_trf_d on inf_rt_adj.", "ate", "boat_trf_d", "inf_rt_adj", instrument="river_wd_m")
q(ds, "Are ranger patrols raising ecotourism revenue?", "ate", "patrol", "ecotour_rev")
q(ds, "In reserves that were restored, how much did restoration change inf_rt_adj?", "ate", "mgv_rest", "inf_rt_adj", estimand="att")
q(ds, "Does salinity change nipa palm cover?", "ate", "salinity_ppt", "nipa_pct")
q(ds, "effect of mgv_rest on trp_sz_5y in the buffer zone", "cate", "mgv_rest", "trp_sz_5y", at={"zone": "buffer"})
q(ds, "When boat traffic is 50 boats a day, what's the effect of patrols on the adjusted infant rate?", "cate", "patrol", "inf_rt_adj", at={"boat_trf_d": 50})
q(ds, "How does the effect of restoration on troop size vary across reserves?", "cate", "mgv_rest", "trp_sz_5y")
q(ds, "under the condition that tide_rng_m = 2, effect of mgv_rest on nipa_pct", "cate", "mgv_rest", "nipa_pct", at={"tide_rng_m": 2})
q(ds, "Which reserves should get ranger patrols to maximise 5-year troop size?", "policy", "patrol", "trp_sz_5y")
q(ds, "Prioritise mangrove restoration sites to maximise inf_rt_adj.", "policy", "mgv_rest", "inf_rt_adj")
q(ds, "allocation rule for patrols aiming to maximize ecotourism revenue", "policy", "patrol", "ecotour_rev")
q(ds, "Restoration may boost troops by increasing nipa palm cover, which the monkeys feed on. How much of the mgv_rest -> trp_sz_5y effect goes via nipa_pct?", "mediation", "mgv_rest", "trp_sz_5y", "nipa_pct")
q(ds, "Do boats reduce the adjusted infant rate directly or through lowering troop size? Decompose boat_trf_d -> inf_rt_adj with mediator trp_sz_5y.", "mediation", "boat_trf_d", "inf_rt_adj", "trp_sz_5y")
q(ds, "Which variables drive which in the mangrove reserve data? Figure out the causal ordering.", "discover")
q(ds, "Forecast troop sizes for 2030 by reserve.", "unsupported")

# ---------------- sloth bear ----------------
ds = "h41_slothbear"
q(ds, "ATE of `pairHoused` on `stereotypyPost`, adjusting for `stereotypyPre` and `ageAtRescueYr`.", "ate", "pairHoused", "stereotypyPost", covariates=["stereotypyPre", "ageAtRescueYr"])
q(ds, "Does giving bears more hours of enrichment make them less likely to pace and sway?", "ate", "enrichmentHrsWk", "stereotypyPost")
q(ds, "effect of honey treats on body weight", "ate", "honeyTreats", "bodyWtKg6m")
q(ds, "Does release into the wild affect survival?", "ate", "releasedWild", None, clarify=True)
q(ds, "How do vet visits affect 3-year survival?", "ate", "vetVisitsPerMo", "survival3y")
q(ds, "Among bears that were pair-housed, what effect did it have on socialScore?", "ate", "pairHoused", "socialScore", estimand="att")
q(ds, "is weight at 6 months driven by more vet visits, holding bodyWtKgIntake fixed?", "ate", "vetVisitsPerMo", "bodyWtKg6m", covariates=["bodyWtKgIntake"])
q(ds, "What is the effect of the bear's diet type on stereotypyPost?", "ate", None, "stereotypyPost", clarify=True)
q(ds, "Effect of enrichmentHrsWk on stereotypyPost for bears rescued from dancing.", "cate", "enrichmentHrsWk", "stereotypyPost", at={"rescueSource": "dancing"})
q(ds, "For bears rescued at 4 years old, effect of pairHoused on survival1y.", "cate", "pairHoused", "survival1y", at={"ageAtRescueYr": 4})
q(ds, "For which bears is the effect of honeyTreats on bodyWtKg6m largest?", "cate", "honeyTreats", "bodyWtKg6m")
q(ds, "effect of releasedWild on survival3y when socialScore = 7", "cate", "releasedWild", "survival3y", at={"socialScore": 7})
q(ds, "Which bears should be released into the wild to maximise 3-year survival?", "policy", "releasedWild", "survival3y")
q(ds, "Who should be pair-housed to minimise stereotypy?", "policy", "pairHoused", "stereotypyPost")
q(ds, "Pair housing might improve survival at 1 year by making bears more social. Estimate the indirect effect through socialScore.", "mediation", "pairHoused", "survival1y", "socialScore")
q(ds, "Enrichment works by reducing stereotypy, which then boosts body weight at 6 months. Decompose the effect.", "mediation", "enrichmentHrsWk", "bodyWtKg6m", "stereotypyPost")
q(ds, "How much of the honeyTreats effect on survival3y is through bodyWtKg6m?", "mediation", "honeyTreats", "survival3y", "bodyWtKg6m")
q(ds, "Find the causal network among the rescue-centre variables.", "discover")
q(ds, "Which bear has the highest socialScore?", "unsupported")

# ---------------- tree frog ----------------
ds = "h41_treefrog"
q(ds, "Estimate the ATE of CHYTRID_TREAT on CALL_CNT_POST, adjusting for CALL_CNT_PRE.", "ate", "CHYTRID_TREAT", "CALL_CNT_POST", covariates=["CALL_CNT_PRE"])
q(ds, "Does having fish in the pond mean fewer tadpoles?", "ate", "FISH_PRESENT", "TADPOLE_DENS")
q(ds, "drawdown -> metamorph rate", "ate", "DRAWDOWN", None, clarify=True)
q(ds, "Is the size of the frog chorus affected by how far the pond is from the road?", "ate", "ROAD_DIST_M", "CALL_CNT_POST")
q(ds, "How does water temperature affect `METAMORPH_RT_V2`, controlling for `PH` and `CANOPY_SHADE_PCT`?", "ate", "WATER_TEMP_C", "METAMORPH_RT_V2", covariates=["PH", "CANOPY_SHADE_PCT"])
q(ds, "Among ponds that were drained (DRAWDOWN = 1), what did drawdown do to fish presence?", "ate", "DRAWDOWN", "FISH_PRESENT", estimand="att")
q(ds, "Does antifungal treatment raise the share of tadpoles that metamorphose (original METAMORPH_RT)?", "ate", "CHYTRID_TREAT", "METAMORPH_RT")
q(ds, "Is the acidity of the water influenced by shading from trees?", "ate", "CANOPY_SHADE_PCT", "PH")
q(ds, "Effect of DRAWDOWN on TADPOLE_DENS in constructed ponds.", "cate", "DRAWDOWN", "TADPOLE_DENS", at={"POND_TYPE": "constructed"})
q(ds, "At 22°C water temperature, what is the effect of chytrid treatment on METAMORPH_RT_V2?", "cate", "CHYTRID_TREAT", "METAMORPH_RT_V2", at={"WATER_TEMP_C": 22})
q(ds, "Which ponds gain most from drawdown in terms of calling males?", "cate", "DRAWDOWN", "CALL_CNT_POST")
q(ds, "for ponds of 200 m2, effect of FISH_PRESENT on CALL_CNT_POST", "cate", "FISH_PRESENT", "CALL_CNT_POST", at={"POND_AREA_M2": 200})
q(ds, "Which ponds should be drawn down each winter to maximise tadpole density?", "policy", "DRAWDOWN", "TADPOLE_DENS")
q(ds, "Targeting policy for chytrid treatment with METAMORPH_RT_V2 as the objective.", "policy", "CHYTRID_TREAT", "METAMORPH_RT_V2")
q(ds, "With only 10 treatment kits, which ponds should get antifungal treatment to raise the call count?", "policy", "CHYTRID_TREAT", "CALL_CNT_POST")
q(ds, "Drawdown removes fish, which then lets more tadpoles survive. How much of DRAWDOWN's effect on TADPOLE_DENS is mediated by FISH_PRESENT?", "mediation", "DRAWDOWN", "TADPOLE_DENS", "FISH_PRESENT")
q(ds, "CHYTRID_TREAT -> TADPOLE_DENS -> CALL_CNT_POST, direct/indirect", "mediation", "CHYTRID_TREAT", "CALL_CNT_POST", "TADPOLE_DENS")
q(ds, "Estimate the DAG for the pond dataset.", "discover")
q(ds, "Clean the PH column: remove values above 14 and fill gaps with the median.", "unsupported")

# ---------------- coral ----------------
ds = "h41_coral"
q(ds, "Estimate the average treatment effect of `larval_seed` on `recruit_dens_12m`, controlling for `depth_m` and `substrate`.", "ate", "larval_seed", "recruit_dens_12m", covariates=["depth_m", "substrate"])
q(ds, "Does seeding coral larvae onto the reef actually lead to more of them settling?", "ate", "larval_seed", "settle_rt")
q(ds, "Does ocean acidity affect settle_rt?", "ate", None, "settle_rt", clarify=True)
q(ds, "How much does a warm-water anomaly bleach the nursery corals?", "ate", "sst_anom", None, clarify=True)
q(ds, "Is recruit density at six months reduced by turbidity?", "ate", "turb_ntu", "recruit_dens_6m")
q(ds, "algae cover -> settle_rt, adj herbiv_fish, wave_exp", "ate", "algae_cov_pct", "settle_rt", covariates=["herbiv_fish", "wave_exp"])
q(ds, "For the nurseries that were not seeded, what would seeding have done to recruit_dens_6m?", "ate", "larval_seed", "recruit_dens_6m", estimand="atc")
q(ds, "Does the sea temperature anomaly change the revised bleaching percentage?", "ate", "sst_anom", "bleach_pct_v2")
q(ds, "Effect of larval_seed on settle_rt on tile substrate.", "cate", "larval_seed", "settle_rt", at={"substrate": "tile"})
q(ds, "At 8 m depth, how does seeding change 12-month recruit density?", "cate", "larval_seed", "recruit_dens_12m", at={"depth_m": 8})
q(ds, "How does the effect of sst_anom on bleach_pct_v2 vary with depth?", "cate", "sst_anom", "bleach_pct_v2")
q(ds, "Under the condition that sst_anom = 1.5, what's the effect of herbiv_fish on recruit_dens_12m?", "cate", "herbiv_fish", "recruit_dens_12m", at={"sst_anom": 1.5})
q(ds, "Which nurseries should be larval-seeded to maximise 12-month recruit density?", "policy", "larval_seed", "recruit_dens_12m")
q(ds, "design a rule for where to seed larvae to maximize settlement rate", "policy", "larval_seed", "settle_rt")
q(ds, "Seeding raises 12-month recruits mainly because more larvae settle. What share of larval_seed -> recruit_dens_12m goes via settle_rt?", "mediation", "larval_seed", "recruit_dens_12m", "settle_rt")
q(ds, "Herbivorous fish clear algae, which then frees space for larvae to settle: decompose herbiv_fish -> settle_rt through algae_cov_pct.", "mediation", "herbiv_fish", "settle_rt", "algae_cov_pct")
q(ds, "Discover the causal structure among the reef nursery measurements.", "discover")
q(ds, "Which factors influence which at the reef nurseries? No need for effect sizes, just the structure.", "discover")
q(ds, "Plot a histogram of bleach_pct_v2.", "unsupported")

# ---------------- mortuary ----------------
ds = "h41_mortuary"
q(ds, "Estimate the effect of `Digital Records` on `Errors After Audit`, adjusting for `Errors Before Audit` and `Caseload Per Week`.", "ate", "Digital Records", "Errors After Audit", covariates=["Errors Before Audit", "Caseload Per Week"])
q(ds, "Does having more staff on shift speed up post-mortems?", "ate", "Staff On Shift", "Hours To Autopsy")
q(ds, "effect of refrigeration upgrade on release delay", "ate", "Refrigeration Upgrade", None, clarify=True)
q(ds, "Are families less likely to complain when the body is released sooner (revised delay)?", "ate", "Release Delay Days Revised", "Family Complaint")
q(ds, "How are Staff On Shift and Caseload Per Week causally related?", "ate", None, None, clarify=True)
q(ds, "Is family satisfaction affected by digital record keeping, or is that just confounding?", "ate", "Digital Records", "Family Satisfaction")
q(ds, "For mortuaries that adopted digital records, what did it do to Release Delay Days Revised?", "ate", "Digital Records", "Release Delay Days Revised", estimand="att")
q(ds, "Does a request for embalming change how satisfied the family ends up?", "ate", "Embalming Requested", "Family Satisfaction")
q(ds, "Effect of Digital Records on Errors After Audit at coroner facilities.", "cate", "Digital Records", "Errors After Audit", at={"Facility Type": "coroner"})
q(ds, "With a caseload of 40 a week, how does staffing affect hours to autopsy?", "cate", "Staff On Shift", "Hours To Autopsy", at={"Caseload Per Week": 40})
q(ds, "Who benefits most from refrigeration upgrades in terms of Release Delay Days (the original measure)?", "cate", "Refrigeration Upgrade", "Release Delay Days")
q(ds, "effect of Staff On Shift on Family Complaint when the lab is 25 km away", "cate", "Staff On Shift", "Family Complaint", at={"Distance To Lab Km": 25})
q(ds, "Which facilities should get refrigeration upgrades first to reduce revised release delays?", "policy", "Refrigeration Upgrade", "Release Delay Days Revised")
q(ds, "Recommend which mortuaries should move to digital records to cut audit errors.", "policy", "Digital Records", "Errors After Audit")
q(ds, "allocation of extra staff to minimise family complaints", "policy", "Staff On Shift", "Family Complaint")
q(ds, "Digital records cut release delays (revised), which then improves family satisfaction. How much of the effect goes through that?", "mediation", "Digital Records", "Family Satisfaction", "Release Delay Days Revised")
q(ds, "Staff On Shift -> Hours To Autopsy -> Family Complaint: direct and indirect effects.", "mediation", "Staff On Shift", "Family Complaint", "Hours To Autopsy")
q(ds, "Does a refrigeration upgrade reduce complaints by shortening the wait for autopsy?", "mediation", "Refrigeration Upgrade", "Family Complaint", "Hours To Autopsy")
q(ds, "Uncover which mortuary operations variables cause which.", "discover")
q(ds, "What was the average caseload per week in 2023?", "unsupported")

# ---------------- cemetery ----------------
ds = "h41_cemetery"
q(ds, "ATE of `lighting` on `vandalismIncidents2024`, adjusting for `vandalismIncidents2022` and `fenceHeightM`.", "ate", "lighting", "vandalismIncidents2024", covariates=["vandalismIncidents2022", "fenceHeightM"])
q(ds, "Do taller fences keep the vandals out?", "ate", "fenceHeightM", "vandalismIncidents2024")
q(ds, "wildflower area effect on pollinators", "ate", "wildflowerArea", "pollinatorCount")
q(ds, "Does a volunteer scheme bring more visitors?", "ate", "volunteerProgram", None, clarify=True)
q(ds, "How does mowing less often change bee and butterfly numbers?", "ate", "mowingFreqPerYr", "pollinatorCount")
q(ds, "In plots without lighting, what would lighting do to visitorsPerMoV2?", "ate", "lighting", "visitorsPerMoV2", estimand="atc")
q(ds, "Is the rewilding (wildflowerArea) effect on maintenanceCostK real, holding mowingFreqPerYr fixed?", "ate", "wildflowerArea", "maintenanceCostK", covariates=["mowingFreqPerYr"])
q(ds, "Effect of wildflowerArea on pollinatorCount in municipal cemeteries.", "cate", "wildflowerArea", "pollinatorCount", at={"denomination": "municipal"})
q(ds, "effect of lighting on 2024 vandalism for plots with 1.5 m fences", "cate", "lighting", "vandalismIncidents2024", at={"fenceHeightM": 1.5})
q(ds, "What does a volunteer programme do to upkeep costs on poorly drained ground?", "cate", "volunteerProgram", "maintenanceCostK", at={"soilDrainage": "poor"})
q(ds, "For which cemeteries is the volunteer programme most effective at cutting vandalism?", "cate", "volunteerProgram", "vandalismIncidents2024")
q(ds, "Which plots should be turned into wildflower areas to maximise pollinators?", "policy", "wildflowerArea", "pollinatorCount")
q(ds, "where to install lighting to minimise vandalism", "policy", "lighting", "vandalismIncidents2024")
q(ds, "Which cemeteries should start a volunteer program to bring maintenance costs down?", "policy", "volunteerProgram", "maintenanceCostK")
q(ds, "Volunteers increase footfall (visitorsPerMoV2), and busier cemeteries see less vandalism. What is the indirect effect of volunteerProgram on vandalismIncidents2024 via visitorsPerMoV2?", "mediation", "volunteerProgram", "vandalismIncidents2024", "visitorsPerMoV2")
q(ds, "wildflowerArea -> mowingFreqPerYr -> maintenanceCostK decomposition", "mediation", "wildflowerArea", "maintenanceCostK", "mowingFreqPerYr")
q(ds, "causal discovery over the cemetery plot columns", "discover")
q(ds, "Figure out the web of influences among the cemetery variables: what affects what?", "discover")
q(ds, "List all plots with headstoneAgeYr over 100.", "unsupported")

# ---------------- balloon ----------------
ds = "h41_balloon"
q(ds, "Estimate the ATE of GPS_SONDE on DATA_LOSS_PCT, adjusting for CLIMATE and SFC_WIND_MS.", "ate", "GPS_SONDE", "DATA_LOSS_PCT", covariates=["CLIMATE", "SFC_WIND_MS"])
q(ds, "Do heavier balloons climb higher before they pop?", "ate", "BALLOON_MASS_G", None, clarify=True)
q(ds, "Effect of humidity at launch on DATA_LOSS_PCT?", "ate", None, "DATA_LOSS_PCT", clarify=True)
q(ds, "Does switching to GPS radiosondes improve forecast accuracy?", "ate", "GPS_SONDE", "FCST_ERR_POST")
q(ds, "How does surface wind speed affect BURST_ALT_KM_V2?", "ate", "SFC_WIND_MS", "BURST_ALT_KM_V2")
q(ds, "Treat LAUNCH_HR_UTC as an instrument for SFC_TEMP_C and estimate the effect of surface temperature on BURST_ALT_KM.", "ate", "SFC_TEMP_C", "BURST_ALT_KM", instrument="LAUNCH_HR_UTC")
q(ds, "Among stations with certified operators, what did certification do to data loss?", "ate", "OPERATOR_CERT", "DATA_LOSS_PCT", estimand="att")
q(ds, "is FCST_ERR_POST lowered by less data loss? control for FCST_ERR_PRE", "ate", "DATA_LOSS_PCT", "FCST_ERR_POST", covariates=["FCST_ERR_PRE"])
q(ds, "Effect of FILL_GAS on BURST_ALT_KM_V2 at polar stations.", "cate", "FILL_GAS", "BURST_ALT_KM_V2", at={"CLIMATE": "polar"})
q(ds, "At 10 m/s surface wind, what's the effect of an automatic launcher on the share of data lost?", "cate", "AUTO_LAUNCHER", "DATA_LOSS_PCT", at={"SFC_WIND_MS": 10})
q(ds, "How does the GPS sonde effect on FCST_ERR_POST vary by station?", "cate", "GPS_SONDE", "FCST_ERR_POST")
q(ds, "effect of OPERATOR_CERT on DATA_LOSS_PCT for stations at 2000 m elevation", "cate", "OPERATOR_CERT", "DATA_LOSS_PCT", at={"ELEV_M": 2000})
q(ds, "Which stations should get automatic launchers to minimise data loss?", "policy", "AUTO_LAUNCHER", "DATA_LOSS_PCT")
q(ds, "Where should GPS sondes be rolled out first to cut forecast error?", "policy", "GPS_SONDE", "FCST_ERR_POST")
q(ds, "GPS sondes improve forecasts because they lose less data. What portion of GPS_SONDE -> FCST_ERR_POST is mediated by DATA_LOSS_PCT?", "mediation", "GPS_SONDE", "FCST_ERR_POST", "DATA_LOSS_PCT")
q(ds, "hydrogen vs helium fill: direct vs indirect effect on DATA_LOSS_PCT through BURST_ALT_KM_V2", "mediation", "FILL_GAS", "DATA_LOSS_PCT", "BURST_ALT_KM_V2")
q(ds, "Does the auto launcher cut forecast error by way of lower data loss? Quantify the indirect path.", "mediation", "AUTO_LAUNCHER", "FCST_ERR_POST", "DATA_LOSS_PCT")
q(ds, "What causes what among the launch station variables?", "discover")
q(ds, "Recover the causal DAG of the radiosonde launch data.", "discover")
q(ds, "Predict tomorrow's burst altitude at each station.", "unsupported")

# ---------------- no dataset: unsupported ----------------
for t in ["Hi! What can you do?",
          "Tell me a joke about statisticians.",
          "Write a SQL query that joins orders to customers and sums revenue by month.",
          "What's the weather forecast for Lisbon tomorrow?",
          "Convert this CSV to Parquet and drop the empty rows."]:
    q("none", t, "unsupported")

# ---------------- audit ----------------
AUD = [
    ("Does the LLM we use for screening tenants change its rental approval when only the applicant's race is swapped?", "race", "rental approval"),
    ("Audit our loan-assistant chatbot: if only the applicant's name is changed and everything else is identical, does the loan approval change?", "name", "loan approval"),
    ("Check whether a GPT-based triage tool assigns a different urgency level to a patient if their age is changed from 35 to 70, all else equal.", "age", "urgency level"),
    ("Would the AI grader give a different essay score if the student's religion were given as Muslim instead of Christian, with the essay unchanged?", "religion", "essay score"),
    ("counterfactual fairness test: swap disability status in the prompt and see if the job recommendation from the language model flips", "disability status", "job recommendation"),
    ("Does the scholarship chatbot's award decision depend on the applicant's gender, holding everything else fixed?", "gender", "award decision"),
    ("If a caller speaks with a strong regional accent, does our voice assistant's credit limit recommendation change when nothing else differs?", "accent", "credit limit recommendation"),
    ("Is the language model's parole recommendation sensitive to the defendant's race when all other case facts are identical?", "race", "parole recommendation"),
    ("Test whether an LLM changes its premium quote when the customer's age is altered but nothing else.", "age", "premium quote"),
    ("would the chatbot recommend a different salary if the candidate were a woman rather than a man, everything else equal?", "gender", "salary"),
    ("Audit: does swapping the patient's sexual orientation change the AI's referral decision?", "sexual orientation", "referral decision"),
    ("Does our admissions AI change the admit decision if only the applicant's nationality is changed?", "nationality", "admit decision"),
    ("Check the counterfactual fairness of the LM's mortgage approval with respect to marital status.", "marital status", "mortgage approval"),
    ("If the résumé's name were Jamal instead of Greg, would the candidate ranking from the AI system change?", "name", "candidate ranking"),
    ("Does the model's bail decision change when only the defendant's religion is altered in the prompt?", "religion", "bail decision"),
    ("I want to know if an LLM doctor gives a different dosage recommendation when the patient's race is flipped, all else held constant.", "race", "dosage recommendation"),
    ("Is the tutoring chatbot's grade for an answer affected by the student's disability, with the answer itself identical?", "disability", "grade"),
    ("Would the language model's visa approval change if the applicant's age were 60 instead of 25, everything else the same?", "age", "visa approval"),
]
for t, a, d in AUD:
    q("none", t, "audit", a, d)

# ---------------- relation ----------------
for t in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premises: X and Y are correlated; Y and Z are correlated; X and Z are independent. Does Y cause X?",
    "We have three variables A, B and C. A and B are independent. A and C are correlated, and B and C are correlated. A and B become dependent once we condition on C. Is C a common effect of A and B?",
    "Given: P correlates with Q, Q correlates with R, P correlates with R, and every pair stays dependent given the third. Can we conclude that P directly causes R?",
    "All pairs among A, B, C, D are correlated, except that A and D are independent given B and C. Does A cause D?",
    "if A is independent of B, and both A and B correlate with C, is C a confounder of A and B?",
    "Statement: M and N are correlated, but they are independent conditional on O. Does M cause N directly?",
    "Variables E, F, G. E and F are correlated, F and G are correlated, E and G are correlated, and E is independent of G given F. Is F a mediator between E and G or a common cause of them?",
    "correlations: A-B yes, B-C yes, A-C no. does B cause C?",
    "Consider four variables W, X, Y, Z. W is independent of everything except X; X correlates with Y and Z; Y and Z are independent given X. Is X a common cause of Y and Z?",
]:
    q("none", t, "relation")

# ---------------- generate ----------------
for t in [
    "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
    "Simulate data from a structural causal model where smoking causes tar, tar causes cancer, and genotype causes both smoking and cancer.",
    "Use a language model to write the structural equations for a DAG with nodes rainfall, crop yield and price, then sample 1000 rows.",
    "Build a benchmark dataset with a known treatment effect of 2.0 for a binary T on Y, confounded by X1 and X2.",
    "Create synthetic data following this SCM: X ~ N(0,1); M = 0.5X + e; Y = 0.3X + 0.7M + e. 10k samples.",
    "Have an LLM propose plausible functional forms for each edge of the graph education -> income -> health, then generate a dataset from it.",
    "make me a fake dataset with an instrument Z -> D -> Y and an unobserved confounder U of D and Y",
    "Sample a benchmark of 20 random DAGs with 10 nodes each and nonlinear mechanisms for testing discovery algorithms.",
    "Generate data from the DAG age -> exercise -> blood pressure, age -> blood pressure, letting the LM choose the variable semantics and equations.",
    "Synthesise data from a collider structure A -> C <- B with binary variables, n = 2000.",
]:
    q("none", t, "generate")

# ---------------- assemble, validate, write ----------------
datasets = {}
for name, (desc, style, cols) in D.items():
    datasets[name] = {"description": desc,
                      "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

rows = []
errs = []
for item in Q:
    ds, e = item["dataset"], item["expected"]
    cols = list(datasets[ds]["columns"]) if ds != "none" else None
    if ds != "none" and ds not in datasets:
        errs.append(("no dataset", item))
    if ds != "none":
        names = [e.get("treatment"), e.get("outcome"), e.get("mediator"), e.get("instrument")]
        names += e.get("covariates", []) + list(e.get("at", {}).keys())
        for n in names:
            if n is not None and n not in cols:
                errs.append(("bad col " + str(n), item["question"]))
        for k, v in e.get("at", {}).items():
            ct = datasets[ds]["columns"][k]["type"]
            if ct == "categorical" and v not in datasets[ds]["columns"][k]["values"]:
                errs.append(("bad level", item["question"]))
            if ct in ("numeric", "binary") and not isinstance(v, (int, float)):
                errs.append(("bad at type", item["question"]))
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] in ("audit", "relation", "generate"):
        assert ds == "none"
    rows.append({"question": item["question"], "dataset": ds, "columns": cols,
                 "split": SPLIT, "origin": ORIGIN, "expected": e})
for name, d in datasets.items():
    assert name.startswith("h41_")
    assert 13 <= len(d["columns"]) <= 18, name
assert len({r["question"] for r in rows}) == len(rows), "duplicate questions"
if errs:
    for x in errs:
        print("ERROR", x)
    raise SystemExit(1)

random.Random(SEED).shuffle(rows)
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump(datasets, f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

kinds = Counter(r["expected"]["kind"] for r in rows)
mods = Counter()
for r in rows:
    e = r["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e:
            mods[k] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
ds_counts = Counter(r["dataset"] for r in rows)

now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = ["# Held-out question set h41", "",
         f"Written by data writer **h41** at {now} (split `{SPLIT}`, origin `{ORIGIN}`, shuffle seed {SEED}).",
         "Regenerate with: `python3 make_h41.py` (writes `datasets.json`, `questions.jsonl`, `README.md` next to the script).", "",
         f"## Datasets ({len(datasets)})", ""]
for name, (desc, style, cols) in D.items():
    lines.append(f"- `{name}` ({len(cols)} columns, {style}, {ds_counts[name]} questions): {desc}")
lines += ["", "Naming styles: snake_case cryptic codes (kingfisher, bowerbird, proboscis, coral); camelCase (osprey, cockatoo, slothbear, cemetery); UPPER_CASE codes (hoopoe, kinkajou, treefrog, balloon); plain words with spaces (lyrebird, binturong, mortuary). Every dataset has an id column, a baseline/follow-up pair and a v1/v2 near-synonym (or parallel-window) pair as distractors.", "",
          f"## Counts ({len(rows)} questions; {ds_counts['none']} with dataset `none`)", "",
          "By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])), "",
          "By modifier: " + ", ".join(f"{k} {v}" for k, v in sorted(mods.items())), "",
          "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names or null; discover/unsupported/relation/generate have all three null.",
          "- Baseline/follow-up pair named without a version (e.g. 'troop size', 'stereotypy', 'vandalism'): the follow-up column is the outcome; the baseline appears only if stated as a covariate.",
          "- v1/v2 or parallel-window columns (fledg_rt/_v2, nestSuccess/V2, OCC_RATE_Y1/Y3, survival1y/3y, complaints/V2, bleaching v1/v2, etc.) named without a pick: `clarify: true`, that role null.",
          "- A variable absent from the data (water pollution, cats, ticket price, diet, acidity, humidity) or an unstated direction ('causal link between A and B'): `clarify: true`, unresolvable role null.",
          "- `covariates` only when the question says adjust/control/hold fixed; 'or is it confounding?' with no named variable gives no covariates.",
          "- Subgroup or value conditions ('in lowland reaches', 'at 22°C', 'for 6-year-old males') are `cate` with `at`; 'how does the effect vary / for whom is it largest' is `cate` without `at`.",
          "- `estimand`: att for 'among those treated/that adopted', atc for 'among those not treated'.",
          "- Policy: treatment = action column, outcome = goal column.",
          "- Audit: treatment = attribute as a short phrase; outcome = shortest noun phrase for the decision in the question.",
          ""]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines))

print(len(rows), dict(kinds), dict(mods))
