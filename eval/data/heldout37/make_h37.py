#!/usr/bin/env python3
"""Writes datasets.json, questions.jsonl and README.md for held-out set h37."""
import json, os, random, subprocess
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
TAG, SPLIT, ORIGIN, SEED = "h37", "test", "heldout37", 37037

# ---------------------------------------------------------------- datasets
D = OrderedDict()

def ds(name, desc, style, cols):
    D[name] = {"description": desc, "style": style,
               "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols)}

ds("h37_fumarole", "Volcanic fumarole gas monitoring stations: sensor hardware, vent conditions, gas readings and data gaps.", "snake_case cryptic codes", [
    ("stn_id", "id", ["FUM-001", "FUM-002", "FUM-003"]),
    ("inst_date", "date", ["2019-04-02", "2020-11-15", "2021-07-30"]),
    ("vol_type", "categorical", ["stratovolcano", "shield", "caldera"]),
    ("alert_lvl", "categorical", ["green", "yellow", "orange", "red"]),
    ("elev_m", "numeric", [1240, 2875, 3410]),
    ("tmp_vent_c", "numeric", [96.5, 212.0, 388.4]),
    ("multigas_inst", "binary", [0, 1, 1]),
    ("heat_shld", "binary", [1, 0, 1]),
    ("maint_visits", "numeric", [2, 5, 11]),
    ("co2_ppm", "numeric", [820, 4310, 12050]),
    ("h2s_ppm", "numeric", [3.1, 18.7, 55.2]),
    ("co2_s_ratio", "numeric", [2.4, 7.9, 15.1]),
    ("co2_s_rt_v2", "numeric", [2.2, 8.3, 14.6]),
    ("so2_flux_pre", "numeric", [120, 860, 2400]),
    ("so2_flux_post", "numeric", [140, 790, 3100]),
    ("data_gap_30d", "numeric", [0.02, 0.11, 0.37]),
    ("data_gap_90d", "numeric", [0.05, 0.14, 0.29]),
    ("sensor_fail", "binary", [0, 0, 1]),
])

ds("h37_onsen", "Japanese hot spring (onsen) resorts: bath facilities, policies, guests and revenue.", "camelCase", [
    ("resortId", "id", ["ON-1101", "ON-1102", "ON-1103"]),
    ("openedDate", "date", ["1968-03-01", "1994-10-12", "2011-06-20"]),
    ("prefecture", "categorical", ["Gunma", "Oita", "Hokkaido", "Nagano", "Shizuoka"]),
    ("springType", "categorical", ["sulfur", "chloride", "bicarbonate", "radium"]),
    ("waterTempC", "numeric", [38.5, 42.0, 45.5]),
    ("sulfurPpm", "numeric", [0.5, 12.0, 48.0]),
    ("outdoorBath", "binary", [1, 0, 1]),
    ("tattooFriendly", "binary", [0, 1, 0]),
    ("englishSignage", "binary", [1, 1, 0]),
    ("kaisekiDinner", "binary", [1, 0, 1]),
    ("nightlyRateYen", "numeric", [12000, 28000, 65000]),
    ("reviewScore", "numeric", [3.8, 4.3, 4.7]),
    ("reviewScoreV2", "numeric", [7.6, 8.5, 9.3]),
    ("repeatVisitRate", "numeric", [0.12, 0.27, 0.41]),
    ("foreignGuests30d", "numeric", [14, 96, 410]),
    ("foreignGuests90d", "numeric", [51, 288, 1190]),
    ("revPerRoomPre", "numeric", [9100, 17400, 42000]),
    ("revPerRoomPost", "numeric", [9800, 18900, 44500]),
])

ds("h37_atoll_reef", "Pacific atoll reef restoration projects: methods, heat stress, fish and coral outcomes.", "UPPER_CASE codes", [
    ("SITE_ID", "id", ["RR-TAR-01", "RR-MAJ-07", "RR-FUN-12"]),
    ("START_DATE", "date", ["2016-02-10", "2018-09-01", "2021-05-17"]),
    ("ATOLL", "categorical", ["Tarawa", "Majuro", "Funafuti", "Kiritimati", "Palmyra"]),
    ("MPA_STATUS", "categorical", ["no-take", "partial", "open"]),
    ("SST_MAX_C", "numeric", [29.4, 30.8, 31.9]),
    ("DHW", "numeric", [0.0, 4.5, 11.2]),
    ("NURSERY_FRAG", "binary", [1, 0, 1]),
    ("FRAG_COUNT", "numeric", [0, 350, 1800]),
    ("LARVAL_SEED", "binary", [0, 1, 0]),
    ("COMMUNITY_LED", "binary", [1, 1, 0]),
    ("HERBIVORE_DENS", "numeric", [12.5, 38.0, 71.3]),
    ("FISH_BIOMASS", "numeric", [180, 640, 1420]),
    ("CORAL_COVER_BL", "numeric", [0.08, 0.21, 0.35]),
    ("CORAL_COVER_12M", "numeric", [0.10, 0.26, 0.33]),
    ("SURVIVAL_6M", "numeric", [0.55, 0.78, 0.91]),
    ("SURVIVAL_24M", "numeric", [0.31, 0.52, 0.74]),
    ("RECRUIT_DENS", "numeric", [1.2, 4.8, 9.6]),
    ("RECRUIT_DENS_V2", "numeric", [1.0, 5.1, 10.2]),
])

ds("h37_jellyfish", "Coastal jellyfish bloom monitoring programmes: beach stations, sea conditions, interventions, stings and closures.", "plain words", [
    ("station", "id", ["JB-ADR-03", "JB-BAL-11", "JB-IRS-02"]),
    ("date", "date", ["2022-06-14", "2022-08-02", "2023-07-21"]),
    ("region", "categorical", ["Adriatic", "Baltic", "Catalan coast", "Irish Sea"]),
    ("species", "categorical", ["moon", "compass", "barrel", "mauve stinger"]),
    ("temperature", "numeric", [16.2, 21.5, 26.8]),
    ("salinity", "numeric", [7.5, 33.1, 38.2]),
    ("nutrients", "numeric", [0.4, 2.1, 6.7]),
    ("citizen", "binary", [1, 0, 1]),
    ("drones", "binary", [0, 1, 0]),
    ("nets", "binary", [0, 0, 1]),
    ("density", "numeric", [0.3, 4.2, 19.5]),
    ("abundance", "numeric", [12, 160, 840]),
    ("bloom", "binary", [0, 1, 1]),
    ("stings_before", "numeric", [0, 14, 96]),
    ("stings_after", "numeric", [2, 9, 71]),
    ("closures_30d", "numeric", [0, 2, 6]),
    ("closures_90d", "numeric", [0, 5, 14]),
    ("tourism", "numeric", [1200, 8800, 31000]),
])

ds("h37_squid", "Squid jigging fleets: vessel lighting, effort, sea conditions, catch and revenue per trip.", "snake_case cryptic codes", [
    ("vsl_id", "id", ["SQ-JP-044", "SQ-KR-102", "SQ-PE-017"]),
    ("trip_dt", "date", ["2021-08-05", "2022-01-19", "2022-10-03"]),
    ("fleet", "categorical", ["Japan", "Korea", "Taiwan", "Peru"]),
    ("spp", "categorical", ["Todarodes", "Illex", "Dosidicus"]),
    ("moon_phase", "categorical", ["new", "first quarter", "full", "last quarter"]),
    ("led_lamp", "binary", [0, 1, 1]),
    ("lamp_kw", "numeric", [90, 180, 300]),
    ("jig_lines", "numeric", [12, 24, 40]),
    ("vms_on", "binary", [1, 0, 1]),
    ("sst_c", "numeric", [12.4, 17.9, 23.1]),
    ("fuel_l_day", "numeric", [850, 1600, 3200]),
    ("cpue_kg_hr", "numeric", [14.0, 38.5, 92.0]),
    ("cpue_kg_hr_v2", "numeric", [13.1, 40.2, 88.7]),
    ("catch_30d", "numeric", [8.2, 21.0, 55.4]),
    ("catch_90d", "numeric", [26.0, 60.5, 140.8]),
    ("net_rev_pre", "numeric", [41000, 96000, 210000]),
    ("net_rev_post", "numeric", [45000, 91000, 236000]),
])

ds("h37_crayfish", "Freshwater crayfish farms: ponds, stocking, water quality, disease, survival and yield.", "camelCase", [
    ("farmId", "id", ["CF-0012", "CF-0147", "CF-0310"]),
    ("harvestDate", "date", ["2020-09-12", "2021-10-01", "2022-08-25"]),
    ("species", "categorical", ["signal", "red swamp", "noble", "yabby"]),
    ("feedType", "categorical", ["pellet", "grain", "mixed"]),
    ("pondAreaHa", "numeric", [0.4, 1.5, 6.0]),
    ("stockingDensity", "numeric", [5, 12, 25]),
    ("aerator", "binary", [1, 0, 1]),
    ("shelterTubes", "binary", [0, 1, 1]),
    ("waterTempC", "numeric", [14.5, 20.0, 27.5]),
    ("dissolvedO2", "numeric", [3.8, 6.2, 8.9]),
    ("moltFreq", "numeric", [3, 6, 9]),
    ("survivalRate", "numeric", [0.42, 0.66, 0.85]),
    ("survivalRatio", "numeric", [0.40, 0.69, 0.83]),
    ("yieldKgPre", "numeric", [310, 920, 2400]),
    ("yieldKgPost", "numeric", [340, 1010, 2650]),
    ("plagueOutbreak", "binary", [0, 0, 1]),
    ("mortality30d", "numeric", [0.03, 0.09, 0.22]),
    ("mortality90d", "numeric", [0.08, 0.19, 0.47]),
])

ds("h37_haddock", "North Sea haddock trawlers: gear selectivity, monitoring, landings, discards and revenue.", "UPPER_CASE codes", [
    ("VESSEL_ID", "id", ["PD-214", "FR-377", "LK-089"]),
    ("TRIP_DATE", "date", ["2021-03-08", "2022-07-14", "2023-11-02"]),
    ("PORT", "categorical", ["Peterhead", "Fraserburgh", "Lerwick", "Hirtshals"]),
    ("GEAR", "categorical", ["otter", "twin-rig", "seine"]),
    ("HP", "numeric", [450, 900, 1500]),
    ("MESH_MM", "numeric", [100, 120, 130]),
    ("SEP_PANEL", "binary", [1, 0, 1]),
    ("CCTV", "binary", [0, 1, 0]),
    ("QUOTA_T", "numeric", [80, 240, 610]),
    ("FUEL_T", "numeric", [6.5, 14.2, 31.0]),
    ("LANDINGS_T", "numeric", [12.0, 38.5, 96.4]),
    ("DISCARD_RATE", "numeric", [0.04, 0.12, 0.31]),
    ("DISCARD_RATIO", "numeric", [0.05, 0.14, 0.45]),
    ("JUV_PCT", "numeric", [3.5, 11.0, 27.8]),
    ("CPUE_Q1", "numeric", [0.6, 1.4, 2.9]),
    ("CPUE_Q4", "numeric", [0.5, 1.1, 2.4]),
    ("REV_PRE", "numeric", [52000, 148000, 390000]),
    ("REV_POST", "numeric", [49000, 161000, 402000]),
])

ds("h37_sardine", "Portuguese sardine canneries: workforce, processes, certification, output, quality and sales.", "plain words", [
    ("cannery", "id", ["CAN-MAT-01", "CAN-PEN-04", "CAN-OLH-02"]),
    ("founded", "date", ["1921-05-01", "1957-09-15", "2003-02-10"]),
    ("town", "categorical", ["Matosinhos", "Peniche", "Portimão", "Olhão"]),
    ("workers", "numeric", [45, 180, 520]),
    ("wages", "numeric", [820, 1050, 1380]),
    ("automation", "binary", [0, 1, 1]),
    ("olive_oil", "binary", [1, 0, 1]),
    ("certification", "binary", [0, 1, 0]),
    ("supply", "numeric", [300, 1200, 4100]),
    ("price", "numeric", [1.9, 3.4, 7.5]),
    ("tins_weekday", "numeric", [12000, 48000, 130000]),
    ("tins_weekend", "numeric", [0, 9000, 41000]),
    ("defects", "numeric", [0.4, 1.3, 3.8]),
    ("faults", "numeric", [0.5, 1.1, 4.0]),
    ("waste", "numeric", [2.1, 6.8, 15.5]),
    ("exports", "numeric", [0.1, 0.45, 0.82]),
    ("sales_before", "numeric", [0.9, 3.6, 11.2]),
    ("sales_after", "numeric", [1.1, 3.9, 12.8]),
])

ds("h37_whalewatch", "Whale-watching tour operators: vessel practices, guides, certification, sightings, whale behaviour and bookings.", "camelCase", [
    ("operatorId", "id", ["WW-MB-03", "WW-AZ-11", "WW-HU-05"]),
    ("seasonStart", "date", ["2021-04-01", "2022-05-15", "2023-06-01"]),
    ("region", "categorical", ["Monterey Bay", "Azores", "Hervey Bay", "Húsavík"]),
    ("certifiedEco", "binary", [1, 0, 1]),
    ("naturalistGuide", "binary", [1, 1, 0]),
    ("slowZone", "binary", [0, 1, 1]),
    ("vesselSpeedKn", "numeric", [6, 12, 22]),
    ("approachDistM", "numeric", [50, 100, 300]),
    ("tripsPerWk", "numeric", [4, 10, 21]),
    ("ticketPriceUsd", "numeric", [45, 89, 160]),
    ("sightingRate", "numeric", [0.72, 0.88, 0.97]),
    ("sightingRateV2", "numeric", [0.70, 0.91, 0.99]),
    ("whaleBehaviorChange", "binary", [0, 1, 0]),
    ("bookingsPre", "numeric", [320, 1450, 5200]),
    ("bookingsPost", "numeric", [300, 1620, 5900]),
    ("repeatGuests30d", "numeric", [3, 17, 64]),
    ("repeatGuests90d", "numeric", [9, 48, 150]),
])

ds("h37_albatross", "Longline albatross bycatch-mitigation programmes: set-level mitigation measures, conditions and seabird/target catch.", "snake_case cryptic codes", [
    ("set_id", "id", ["LL-SA-0091", "LL-IO-0412", "LL-SP-1187"]),
    ("set_dt", "date", ["2020-12-03", "2021-07-22", "2022-02-14"]),
    ("ocean", "categorical", ["South Atlantic", "Indian", "South Pacific"]),
    ("hooks_k", "numeric", [1.2, 2.8, 4.5]),
    ("tori_line", "binary", [1, 0, 1]),
    ("night_set", "binary", [0, 1, 1]),
    ("wt_branch", "binary", [1, 1, 0]),
    ("hook_pod", "binary", [0, 0, 1]),
    ("sink_rt_ms", "numeric", [0.15, 0.32, 0.58]),
    ("wind_kt", "numeric", [5, 18, 34]),
    ("moon_ill", "numeric", [0.05, 0.5, 0.98]),
    ("obs_cov", "numeric", [0.1, 0.4, 1.0]),
    ("tgt_cpue", "numeric", [0.8, 2.4, 5.1]),
    ("bpue", "numeric", [0.0, 0.07, 0.42]),
    ("bpue_v2", "numeric", [0.0, 0.06, 0.47]),
    ("seabird_30d", "numeric", [0, 3, 19]),
    ("seabird_90d", "numeric", [0, 8, 51]),
])

ds("h37_vulture", "Vulture supplementary feeding stations: carrion supply, safety measures, visits, poisoning and breeding.", "UPPER_CASE codes", [
    ("STATION_ID", "id", ["VF-ES-021", "VF-BG-004", "VF-NP-013"]),
    ("EST_DATE", "date", ["2008-03-01", "2014-11-20", "2019-06-05"]),
    ("COUNTRY", "categorical", ["Spain", "France", "Bulgaria", "Nepal"]),
    ("SPECIES", "categorical", ["griffon", "bearded", "Egyptian", "cinereous"]),
    ("DIST_COLONY_KM", "numeric", [2.5, 11.0, 38.0]),
    ("LIVESTOCK_DENS", "numeric", [4.1, 22.7, 65.0]),
    ("CARCASS_KG_WK", "numeric", [20, 80, 400]),
    ("NSAID_FREE", "binary", [1, 0, 1]),
    ("FENCED", "binary", [1, 1, 0]),
    ("CAMERA_TRAP", "binary", [0, 1, 1]),
    ("VISITS_DRY", "numeric", [14, 61, 230]),
    ("VISITS_WET", "numeric", [6, 35, 140]),
    ("POISON_EVT", "numeric", [0, 1, 4]),
    ("FLEDGE_RATE", "numeric", [0.45, 0.66, 0.88]),
    ("FLEDGING_SUCCESS", "numeric", [0.41, 0.70, 0.86]),
    ("BREEDING_PAIRS_BL", "numeric", [3, 18, 72]),
    ("BREEDING_PAIRS_5Y", "numeric", [5, 24, 95]),
])

ds("h37_hedgehog", "Hedgehog rescue centres: admissions, treatments, time in care, weights and post-release survival.", "snake_case cryptic codes", [
    ("hog_id", "id", ["HH-22-0031", "HH-22-0457", "HH-23-0102"]),
    ("adm_dt", "date", ["2022-09-18", "2022-11-03", "2023-05-27"]),
    ("adm_reason", "categorical", ["injury", "orphan", "underweight", "illness"]),
    ("age_cls", "categorical", ["juvenile", "adult"]),
    ("sex", "categorical", ["M", "F"]),
    ("wt_adm_g", "numeric", [180, 420, 760]),
    ("wt_rel_g", "numeric", [610, 740, 980]),
    ("abx_tx", "binary", [1, 0, 1]),
    ("lungworm_tx", "binary", [0, 1, 1]),
    ("sft_rel", "binary", [1, 0, 0]),
    ("days_care", "numeric", [9, 34, 120]),
    ("vol_hrs", "numeric", [3.5, 12.0, 40.0]),
    ("tick_load", "numeric", [0, 6, 31]),
    ("tick_burden", "numeric", [0, 5, 28]),
    ("surv_30d", "binary", [1, 1, 0]),
    ("surv_90d", "binary", [1, 0, 0]),
])

ds("h37_donkey", "Donkey sanctuaries: individual animals, care routines, welfare scores, health and rehoming.", "plain words", [
    ("donkey", "id", ["DS-0412", "DS-1077", "DS-2230"]),
    ("arrival", "date", ["2015-07-09", "2019-02-26", "2022-10-11"]),
    ("origin", "categorical", ["working", "neglect", "surrender", "feral"]),
    ("sex", "categorical", ["jenny", "jack", "gelding"]),
    ("age", "numeric", [4, 17, 33]),
    ("farrier", "binary", [1, 0, 1]),
    ("dental", "binary", [0, 1, 1]),
    ("pasture", "binary", [1, 1, 0]),
    ("companion", "binary", [1, 0, 1]),
    ("visits", "numeric", [0, 6, 20]),
    ("stress", "numeric", [12.0, 28.5, 61.0]),
    ("condition", "numeric", [2.0, 3.0, 4.5]),
    ("condition_v2", "numeric", [2.5, 3.5, 4.0]),
    ("weight_before", "numeric", [140, 190, 260]),
    ("weight_after", "numeric", [155, 205, 250]),
    ("illness_6m", "numeric", [0, 1, 3]),
    ("illness_12m", "numeric", [0, 2, 5]),
    ("adoption", "binary", [0, 1, 0]),
])

ds("h37_obsidian", "Obsidian flint-knapping workshops: raw material, techniques, safety, breakage, yield and sales.", "camelCase", [
    ("workshopId", "id", ["OK-101", "OK-102", "OK-117"]),
    ("sessionDate", "date", ["2022-03-12", "2022-09-30", "2023-04-08"]),
    ("sourceQuarry", "categorical", ["Lipari", "Melos", "Anatolia", "Glass Buttes"]),
    ("masterYears", "numeric", [3, 12, 35]),
    ("apprenticeCount", "numeric", [0, 4, 11]),
    ("coreMassG", "numeric", [180, 520, 1450]),
    ("heatTreated", "binary", [1, 0, 1]),
    ("pressureFlaking", "binary", [0, 1, 1]),
    ("antlerBillet", "binary", [1, 1, 0]),
    ("safetyGoggles", "binary", [1, 0, 1]),
    ("breakageRate", "numeric", [0.08, 0.21, 0.47]),
    ("bladeYield", "numeric", [6, 14, 29]),
    ("bladeYieldV2", "numeric", [5.5, 15.0, 27.0]),
    ("injuries30d", "numeric", [0, 1, 4]),
    ("injuries90d", "numeric", [0, 3, 9]),
    ("salesPre", "numeric", [400, 2300, 9100]),
    ("salesPost", "numeric", [380, 2650, 10400]),
])

ds("h37_jasmine_tea", "Fujian jasmine tea estates: location, cultivation practices, scenting, quality scores, prices and export revenue.", "UPPER_CASE codes", [
    ("ESTATE_ID", "id", ["FJ-FZ-008", "FJ-FD-031", "FJ-ZH-014"]),
    ("HARVEST_DATE", "date", ["2021-04-12", "2022-06-03", "2023-08-19"]),
    ("COUNTY", "categorical", ["Fuzhou", "Fuding", "Zhenghe", "Ningde"]),
    ("GRADE", "categorical", ["Yin Hao", "Long Zhu", "Mao Feng", "standard"]),
    ("ELEV_M", "numeric", [120, 540, 1100]),
    ("ORGANIC", "binary", [1, 0, 0]),
    ("SHADE_NET", "binary", [0, 1, 1]),
    ("COOP_MEMBER", "binary", [1, 1, 0]),
    ("SCENT_ROUNDS", "numeric", [3, 5, 9]),
    ("LEAF_YIELD_KG_HA", "numeric", [850, 1600, 2700]),
    ("PEST_SPRING", "numeric", [0.05, 0.18, 0.42]),
    ("PEST_AUTUMN", "numeric", [0.08, 0.24, 0.51]),
    ("AROMA_SCORE", "numeric", [72, 84, 95]),
    ("AROMA_SCORE_V2", "numeric", [7.1, 8.3, 9.6]),
    ("PRICE_CNY_KG", "numeric", [180, 420, 1600]),
    ("EXPORT_REV_PRE", "numeric", [120000, 540000, 2100000]),
    ("EXPORT_REV_POST", "numeric", [135000, 610000, 2350000]),
])

# ---------------------------------------------------------------- questions
Q = []

def add(ds_, kind, q, t=None, y=None, m=None, **extra):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(extra)
    Q.append({"question": q, "dataset": ds_, "expected": exp})

def ate(ds_, q, t, y, **kw): add(ds_, "ate", q, t, y, **kw)
def cate(ds_, q, t, y, **kw): add(ds_, "cate", q, t, y, **kw)
def pol(ds_, q, t, y, **kw): add(ds_, "policy", q, t, y, **kw)
def med(ds_, q, t, m, y, **kw): add(ds_, "mediation", q, t, y, m, **kw)
def disc(ds_, q): add(ds_, "discover", q)
def uns(ds_, q): add(ds_, "unsupported", q)

# 1 fumarole
d = "h37_fumarole"
ate(d, "Estimate the average treatment effect of `heat_shld` on `sensor_fail`, adjusting for `tmp_vent_c` and `elev_m`.", "heat_shld", "sensor_fail", covariates=["elev_m", "tmp_vent_c"])
ate(d, "Do heat shields really stop the sensors breaking down, or do shielded stations just happen to sit on cooler vents?", "heat_shld", "sensor_fail")
ate(d, "ate of maint_visits on data_gap_90d", "maint_visits", "data_gap_90d")
ate(d, "How much does installing a MultiGAS unit change the sulphur dioxide flux we record?", "multigas_inst", "so2_flux_post")
ate(d, "does servicing the stations more often reduce missing data?", "maint_visits", None, clarify=True)
ate(d, "Effect of multigas_inst on data_gap_30d for the stations that actually got one (ATT).", "multigas_inst", "data_gap_30d", estimand="att")
ate(d, "Is equipment failure made more likely by hotter vents?", "tmp_vent_c", "sensor_fail")
ate(d, "What is the causal effect of the MultiGAS installation on the CO2/S ratio?", "multigas_inst", None, clarify=True)
cate(d, "Effect of heat_shld on sensor_fail among stratovolcano stations.", "heat_shld", "sensor_fail", at={"vol_type": "stratovolcano"})
cate(d, "For stations sitting above 3000 m, how much do heat shields cut the failure rate?", "heat_shld", "sensor_fail", at={"elev_m": 3000})
cate(d, "how does the effect of maintenance visits on 90-day data gaps vary with vent temperature", "maint_visits", "data_gap_90d")
cate(d, "Under the condition that `alert_lvl` is orange, what is the effect of `multigas_inst` on `h2s_ppm`?", "multigas_inst", "h2s_ppm", at={"alert_lvl": "orange"})
pol(d, "Which stations should get heat shields so that we minimise sensor failures?", "heat_shld", "sensor_fail")
pol(d, "targeting rule: where to add extra maint_visits to bring data_gap_30d down", "maint_visits", "data_gap_30d")
pol(d, "We only have a few MultiGAS kits left. Allocate them to the stations where they shrink the 90-day data gap the most.", "multigas_inst", "data_gap_90d")
med(d, "How much of the effect of `heat_shld` on `data_gap_90d` is mediated by `sensor_fail`?", "heat_shld", "sensor_fail", "data_gap_90d")
med(d, "Hot vents cook the sensors, which then leaves holes in the month's record. What share of the vent-temperature effect on 30-day gaps runs through equipment failure?", "tmp_vent_c", "sensor_fail", "data_gap_30d")
disc(d, "Learn the causal graph among the fumarole monitoring variables.")
disc(d, "what drives what across these gas station measurements? work it out from the data")
uns(d, "Plot SO2 flux against installation date for each station.")

# 2 onsen
d = "h37_onsen"
ate(d, "Estimate the ATE of `tattooFriendly` on `foreignGuests90d`, controlling for `prefecture` and `nightlyRateYen`.", "tattooFriendly", "foreignGuests90d", covariates=["prefecture", "nightlyRateYen"])
ate(d, "Does letting inked bathers in bring more overseas visitors over a quarter?", "tattooFriendly", "foreignGuests90d")
ate(d, "effect of englishSignage on foreignGuests30d", "englishSignage", "foreignGuests30d")
ate(d, "Did putting up signs in English raise revenue per room?", "englishSignage", "revPerRoomPost")
ate(d, "Is the repeat-visit rate pushed up by having an open-air bath, or is that just confounding by spring type?", "outdoorBath", "repeatVisitRate")
ate(d, "What is the effect of offering a kaiseki dinner on the review score?", "kaisekiDinner", None, clarify=True)
ate(d, "Among resorts that went tattoo-friendly, how much did that change revPerRoomPost? I want the effect on the treated.", "tattooFriendly", "revPerRoomPost", estimand="att")
ate(d, "Estimate the effect of nightlyRateYen on repeatVisitRate using waterTempC as an instrument.", "nightlyRateYen", "repeatVisitRate", instrument="waterTempC")
cate(d, "effect of tattooFriendly on foreignGuests90d in Oita", "tattooFriendly", "foreignGuests90d", at={"prefecture": "Oita"})
cate(d, "For resorts charging 30,000 yen a night, what does an outdoor bath do to `reviewScoreV2`?", "outdoorBath", "reviewScoreV2", at={"nightlyRateYen": 30000})
cate(d, "Which kinds of spring water benefit most from English signage, in terms of foreign guests over the first month?", "englishSignage", "foreignGuests30d")
cate(d, "When the water is 42°C, how does the sulphur content affect how often guests come back?", "sulfurPpm", "repeatVisitRate", at={"waterTempC": 42})
pol(d, "Which resorts should drop their tattoo ban to maximise 90-day foreign arrivals?", "tattooFriendly", "foreignGuests90d")
pol(d, "Recommend a rule for which onsen should install `englishSignage` to lift `revPerRoomPost`.", "englishSignage", "revPerRoomPost")
pol(d, "who should offer kaiseki dinnr if we want more repeat visitors", "kaisekiDinner", "repeatVisitRate")
med(d, "How much of the tattoo-friendly policy's effect (tattooFriendly) on revenue per room (revPerRoomPost) is mediated by foreign guests (foreignGuests90d)?", "tattooFriendly", "foreignGuests90d", "revPerRoomPost")
med(d, "English signage works by drawing in overseas guests during the first month, which then lifts the v2 review score. How much of the signage effect goes through that channel?", "englishSignage", "foreignGuests30d", "reviewScoreV2")
med(d, "direct vs indirect effect of outdoorBath on repeatVisitRate via reviewScore", "outdoorBath", "reviewScore", "repeatVisitRate")
disc(d, "Which of these onsen attributes cause which? Recover the structure from the data.")
uns(d, "Give me the mean nightly rate by prefecture.")

# 3 atoll reef
d = "h37_atoll_reef"
ate(d, "Estimate the average effect of `LARVAL_SEED` on `RECRUIT_DENS`, adjusting for `DHW` and `MPA_STATUS`.", "LARVAL_SEED", "RECRUIT_DENS", covariates=["MPA_STATUS", "DHW"])
ate(d, "Does outplanting nursery-grown fragments actually increase coral cover?", "NURSERY_FRAG", "CORAL_COVER_12M")
ate(d, "ate COMMUNITY_LED -> SURVIVAL_24M", "COMMUNITY_LED", "SURVIVAL_24M")
ate(d, "Are transplanted corals more likely to survive when local villages run the project?", "COMMUNITY_LED", None, clarify=True)
ate(d, "How does accumulated heat stress (degree heating weeks) change coral cover a year on?", "DHW", "CORAL_COVER_12M")
ate(d, "What did larval seeding do to CORAL_COVER_12M at the sites that were actually seeded?", "LARVAL_SEED", "CORAL_COVER_12M", estimand="att")
ate(d, "Is the higher fish biomass a result of no-take protection, or just of where the reserves were put?", "MPA_STATUS", "FISH_BIOMASS")
ate(d, "effect of FRAG_COUNT on SURVIVAL_6M, hold SST_MAX_C fixed", "FRAG_COUNT", "SURVIVAL_6M", covariates=["SST_MAX_C"])
cate(d, "Effect of `NURSERY_FRAG` on `CORAL_COVER_12M` at Funafuti sites.", "NURSERY_FRAG", "CORAL_COVER_12M", at={"ATOLL": "Funafuti"})
cate(d, "when DHW is 8, whats the effect of larval seeding on recruit density v2", "LARVAL_SEED", "RECRUIT_DENS_V2", at={"DHW": 8})
cate(d, "For which sites is community leadership most beneficial to two-year survival?", "COMMUNITY_LED", "SURVIVAL_24M")
cate(d, "Among no-take reserves, how much does fragment outplanting change one-year cover?", "NURSERY_FRAG", "CORAL_COVER_12M", at={"MPA_STATUS": "no-take"})
pol(d, "Which sites should receive larval seeding to maximise `RECRUIT_DENS`?", "LARVAL_SEED", "RECRUIT_DENS")
pol(d, "Give a targeting rule for nursery outplanting that boosts coral cover after 12 months.", "NURSERY_FRAG", "CORAL_COVER_12M")
pol(d, "where should we hand projects over to community management to improve SURVIVAL_24M", "COMMUNITY_LED", "SURVIVAL_24M")
med(d, "How much of the effect of protection status (`MPA_STATUS`) on `CORAL_COVER_12M` is mediated by `HERBIVORE_DENS`?", "MPA_STATUS", "HERBIVORE_DENS", "CORAL_COVER_12M")
med(d, "How much of community leadership's effect on one-year coral cover runs through tourism income?", "COMMUNITY_LED", None, "CORAL_COVER_12M", clarify=True)
disc(d, "Run causal discovery on the reef restoration table.")
uns(d, "Forecast coral cover in 2030 for each atoll.")

# 4 jellyfish
d = "h37_jellyfish"
ate(d, "Estimate the effect of `nets` on `stings_after`, controlling for `temperature` and `region`.", "nets", "stings_after", covariates=["region", "temperature"])
ate(d, "Do barrier nets reduce stings?", "nets", "stings_after")
ate(d, "Does drone surveillance cut beach closures?", "drones", None, clarify=True)
ate(d, "ate of citizen on closures_90d", "citizen", "closures_90d")
ate(d, "Are blooms caused by nutrient runoff?", "nutrients", "bloom")
ate(d, "How much does warmer water raise jellyfish density?", "temperature", "density")
ate(d, "Are visitor numbers knocked down by blooms, or is that confounded by sea temperature?", "bloom", "tourism")
ate(d, "What would nets do to tourism at the beaches that currently have none (effect on the untreated)?", "nets", "tourism", estimand="atc")
cate(d, "effect of nets on stings_after in the Baltic", "nets", "stings_after", at={"region": "Baltic"})
cate(d, "At a sea temperature of 24°C, how much do drones reduce closures over 30 days?", "drones", "closures_30d", at={"temperature": 24})
cate(d, "For which species is the effect of nets on stings largest?", "nets", "stings_after")
cate(d, "under the condition that salinity is 35, what is the effect of nutrients on bloom", "nutrients", "bloom", at={"salinity": 35})
pol(d, "Which beaches should get anti-jellyfish nets to minimise stings?", "nets", "stings_after")
pol(d, "Where should `drones` be deployed to cut `closures_90d`?", "drones", "closures_90d")
med(d, "How much of the effect of temperature on closures_90d goes through bloom?", "temperature", "bloom", "closures_90d")
med(d, "Nutrients feed the blooms, which then drive up sting counts. What share of the nutrient effect on stings is via blooms?", "nutrients", "bloom", "stings_after")
med(d, "Is citizen reporting's effect on tourism mediated by beach closures in the first 30 days? Split it into direct and indirect.", "citizen", "closures_30d", "tourism")
disc(d, "Discover the causal structure among temperature, salinity, nutrients, bloom and stings.")
disc(d, "build me a DAG from the jellyfish monitoring data")
uns(d, "Summarise stings_before by region (mean and standard deviation).")

# 5 squid
d = "h37_squid"
ate(d, "Estimate the ATE of `led_lamp` on `fuel_l_day`, adjusting for `lamp_kw` and `fleet`.", "led_lamp", "fuel_l_day", covariates=["fleet", "lamp_kw"])
ate(d, "Did switching to LED lights change the boats' net revenue?", "led_lamp", "net_rev_post")
ate(d, "effect of lamp_kw on catch", "lamp_kw", None, clarify=True)
ate(d, "ate jig_lines -> cpue_kg_hr_v2", "jig_lines", "cpue_kg_hr_v2")
ate(d, "Does brighter lighting actually land more squid over the following quarter, or is that confounded by sea temperature?", "lamp_kw", "catch_90d")
ate(d, "What effect did having VMS switched on have on catch_30d for the vessels that had it?", "vms_on", "catch_30d", estimand="att")
ate(d, "Is daily fuel burn driven up by running more jig lines?", "jig_lines", "fuel_l_day")
ate(d, "Effect of led_lamp on cpue_kg_hr controlling for moon_phase and sst_c.", "led_lamp", "cpue_kg_hr", covariates=["moon_phase", "sst_c"])
cate(d, "effect of led_lamp on cpue_kg_hr during full moon", "led_lamp", "cpue_kg_hr", at={"moon_phase": "full"})
cate(d, "For the Peruvian fleet, what does LED conversion do to fuel used per day?", "led_lamp", "fuel_l_day", at={"fleet": "Peru"})
cate(d, "at a sea surface temp of 18 C, effect of `lamp_kw` on `catch_90d`", "lamp_kw", "catch_90d", at={"sst_c": 18})
cate(d, "How does the LED effect on net revenue vary across target species?", "led_lamp", "net_rev_post")
pol(d, "Which vessels should convert to LED lamps (`led_lamp`) to maximise `net_rev_post`?", "led_lamp", "net_rev_post")
pol(d, "targeting rule for VMS installs to improve catch_90d", "vms_on", "catch_90d")
pol(d, "Which boats should add more jigging lines if we want a higher cpue_kg_hr_v2?", "jig_lines", "cpue_kg_hr_v2")
med(d, "How much of the effect of `led_lamp` on `net_rev_post` runs through `fuel_l_day`?", "led_lamp", "fuel_l_day", "net_rev_post")
med(d, "More lamp power works by pulling squid to the jigs faster, which then raises the 90-day haul. How much of that effect travels through catch per hour (cpue_kg_hr)?", "lamp_kw", "cpue_kg_hr", "catch_90d")
disc(d, "which squid-fleet variables drive which? infer the causal structure")
uns(d, "Write SQL to pull every trip with catch_90d above 50 tonnes.")

# 6 crayfish
d = "h37_crayfish"
ate(d, "Estimate the ATE of `aerator` on `dissolvedO2`, adjusting for `pondAreaHa` and `waterTempC`.", "aerator", "dissolvedO2", covariates=["pondAreaHa", "waterTempC"])
ate(d, "Do shelter tubes improve survival?", "shelterTubes", None, clarify=True)
ate(d, "effect of stockingDensity on mortality90d", "stockingDensity", "mortality90d")
ate(d, "Does running paddlewheel aeration raise the harvest?", "aerator", "yieldKgPost")
ate(d, "Is the risk of a plague outbreak raised by packing more crayfish into each square metre?", "stockingDensity", "plagueOutbreak")
ate(d, "What would aerators do for the farms that don't have them, in terms of 30-day mortality?", "aerator", "mortality30d", estimand="atc")
ate(d, "Does feed type actually change how often they moult, or is it just the species mix?", "feedType", "moltFreq")
ate(d, "ate of shelterTubes on survivalRatio adj stockingDensity", "shelterTubes", "survivalRatio", covariates=["stockingDensity"])
cate(d, "effect of aerator on yieldKgPost for noble crayfish farms", "aerator", "yieldKgPost", at={"species": "noble"})
cate(d, "At a stocking density of 15 per m², how much do shelter tubes change 90-day mortality?", "shelterTubes", "mortality90d", at={"stockingDensity": 15})
cate(d, "under the condition that `waterTempC` is 24, effect of `aerator` on `mortality30d`", "aerator", "mortality30d", at={"waterTempC": 24})
cate(d, "Which farms gain the most harvest from aeration?", "aerator", "yieldKgPost")
pol(d, "Which farms should install aerators to maximise yieldKgPost?", "aerator", "yieldKgPost")
pol(d, "Which farms should get shelter tubes to improve survival?", "shelterTubes", None, clarify=True)
pol(d, "who should get aeration to keep deaths in the first month down", "aerator", "mortality30d")
med(d, "Decompose the effect of `aerator` on `yieldKgPost` into the part mediated by `dissolvedO2` and the direct remainder.", "aerator", "dissolvedO2", "yieldKgPost")
med(d, "Crowding works by spreading crayfish plague, which then kills stock over three months. What share of the stocking-density effect on 90-day mortality passes through outbreaks?", "stockingDensity", "plagueOutbreak", "mortality90d")
med(d, "direct and indirect effects of waterTempC on yieldKgPost through moltFreq", "waterTempC", "moltFreq", "yieldKgPost")
disc(d, "Learn the causal graph for the crayfish farm variables.")
uns(d, "Clean the harvestDate column and drop duplicate farmIds.")

# 7 haddock
d = "h37_haddock"
ate(d, "Estimate the ATE of `SEP_PANEL` on `JUV_PCT`, controlling for `MESH_MM` and `GEAR`.", "SEP_PANEL", "JUV_PCT", covariates=["GEAR", "MESH_MM"])
ate(d, "Do onboard cameras reduce discarding?", "CCTV", None, clarify=True)
ate(d, "ate MESH_MM -> DISCARD_RATE", "MESH_MM", "DISCARD_RATE")
ate(d, "Did fitting a separator panel hurt the boats' revenue?", "SEP_PANEL", "REV_POST")
ate(d, "Is fuel burn driven by engine horsepower, or is that confounded by gear type?", "HP", "FUEL_T")
ate(d, "Estimate the effect of `CCTV` on `LANDINGS_T` among the vessels that had cameras fitted (ATT).", "CCTV", "LANDINGS_T", estimand="att")
ate(d, "Does a bigger mesh lower catch rates?", "MESH_MM", None, clarify=True)
ate(d, "How much does quota size change landings? Use PORT as an instrument.", "QUOTA_T", "LANDINGS_T", instrument="PORT")
cate(d, "effect of SEP_PANEL on DISCARD_RATIO for twin-rig trawlers", "SEP_PANEL", "DISCARD_RATIO", at={"GEAR": "twin-rig"})
cate(d, "For boats working out of Peterhead, does CCTV change the discard rate?", "CCTV", "DISCARD_RATE", at={"PORT": "Peterhead"})
cate(d, "At a 120 mm mesh, what is the effect of the separator panel on the share of juveniles?", "SEP_PANEL", "JUV_PCT", at={"MESH_MM": 120})
cate(d, "how does the effect of CCTV on DISCARD_RATE differ by engine power", "CCTV", "DISCARD_RATE")
pol(d, "Which trawlers should be required to fit separator panels to minimise JUV_PCT?", "SEP_PANEL", "JUV_PCT")
pol(d, "Targeting rule: which vessels get `CCTV` to reduce `DISCARD_RATE`?", "CCTV", "DISCARD_RATE")
pol(d, "who should move to a larger mesh to maximise revenue afterwards", "MESH_MM", "REV_POST")
med(d, "How much of the separator panel's effect on REV_POST is mediated through LANDINGS_T?", "SEP_PANEL", "LANDINGS_T", "REV_POST")
med(d, "Cameras work by making skippers steer clear of juvenile hotspots, which then lowers the discard rate. How much of the camera effect goes via the juvenile share?", "CCTV", "JUV_PCT", "DISCARD_RATE")
disc(d, "Estimate the causal DAG over the haddock trawler table.")
disc(d, "what causes what among gear, mesh size, discards and landings?")
uns(d, "Predict next year's LANDINGS_T for each vessel.")

# 8 sardine
d = "h37_sardine"
ate(d, "Estimate the effect of `automation` on `defects`, adjusting for `workers` and `town`.", "automation", "defects", covariates=["town", "workers"])
ate(d, "Does MSC certification boost sales?", "certification", "sales_after")
ate(d, "Did automating the lines raise output?", "automation", None, clarify=True)
ate(d, "ate olive_oil on price", "olive_oil", "price")
ate(d, "Is export share increased by certification, or is that just the bigger canneries getting certified?", "certification", "exports")
ate(d, "Effect of automation on waste for the canneries that did not automate.", "automation", "waste", estimand="atc")
ate(d, "How much do higher wages reduce faults?", "wages", "faults")
ate(d, "What is the causal effect of fish supply on weekend tin output, holding the number of workers fixed?", "supply", "tins_weekend", covariates=["workers"])
ate(d, "estimate the causal relationship between price and exports", None, None, clarify=True)
cate(d, "effect of automation on tins_weekday in Peniche", "automation", "tins_weekday", at={"town": "Peniche"})
cate(d, "For canneries with 200 workers, what is the effect of automation on defects?", "automation", "defects", at={"workers": 200})
cate(d, "Which canneries gain most in sales from packing in olive oil?", "olive_oil", "sales_after")
cate(d, "when the price is €3.50 a tin, what does certification do to exports", "certification", "exports", at={"price": 3.5})
pol(d, "Which canneries should automate to cut defects?", "automation", "defects")
pol(d, "Who should switch to olive oil packing to maximise `sales_after`?", "olive_oil", "sales_after")
med(d, "How much of the certification effect on sales_after goes through exports?", "certification", "exports", "sales_after")
med(d, "Olive-oil packing works by allowing a higher shelf price, which then lifts sales. What share of the olive oil effect on sales runs via price?", "olive_oil", "price", "sales_after")
med(d, "direct vs indirect effect of automation on waste via defects", "automation", "defects", "waste")
disc(d, "Discover causal relations among the cannery variables.")
uns(d, "Make a bar chart of exports by town.")

# 9 whale watching
d = "h37_whalewatch"
ate(d, "Estimate the ATE of `certifiedEco` on `bookingsPost`, adjusting for `region` and `ticketPriceUsd`.", "certifiedEco", "bookingsPost", covariates=["region", "ticketPriceUsd"])
ate(d, "Does having a naturalist on board make guests come back?", "naturalistGuide", None, clarify=True)
ate(d, "effect of vesselSpeedKn on whaleBehaviorChange", "vesselSpeedKn", "whaleBehaviorChange")
ate(d, "Does keeping further back from the animals change how often they're spotted (v2 sighting measure)?", "approachDistM", "sightingRateV2")
ate(d, "Are whales disturbed less when boats observe the slow zone, or is that confounded by region?", "slowZone", "whaleBehaviorChange")
ate(d, "What did eco-certification do to 90-day repeat guests among the operators who got certified?", "certifiedEco", "repeatGuests90d", estimand="att")
ate(d, "Is booking volume lowered by higher ticket prices?", "ticketPriceUsd", "bookingsPost")
cate(d, "effect of naturalistGuide on repeatGuests90d in the Azores", "naturalistGuide", "repeatGuests90d", at={"region": "Azores"})
cate(d, "At a cruising speed of 10 knots, what's the effect of the slow zone on whale behaviour change?", "slowZone", "whaleBehaviorChange", at={"vesselSpeedKn": 10})
cate(d, "For operators running 14 trips a week, how does eco certification affect bookings?", "certifiedEco", "bookingsPost", at={"tripsPerWk": 14})
cate(d, "In Monterey Bay, does a naturalist guide boost the sighting rate?", "naturalistGuide", None, at={"region": "Monterey Bay"}, clarify=True)
cate(d, "where does a naturalist guide help 30-day repeat visits the most", "naturalistGuide", "repeatGuests30d")
pol(d, "Which operators should hire naturalist guides to maximise repeatGuests90d?", "naturalistGuide", "repeatGuests90d")
pol(d, "targeting: who should join the `slowZone` scheme to minimise `whaleBehaviorChange`", "slowZone", "whaleBehaviorChange")
pol(d, "Which companies should pursue eco certification to grow their bookings?", "certifiedEco", "bookingsPost")
med(d, "How much of slowZone's effect on sightingRate is mediated by whaleBehaviorChange?", "slowZone", "whaleBehaviorChange", "sightingRate")
med(d, "Eco-certification works by making skippers keep their distance, which then means fewer disturbed whales. How much of certification's effect on disturbance runs through approach distance?", "certifiedEco", "approachDistM", "whaleBehaviorChange")
disc(d, "Figure out the causal structure linking vessel speed, approach distance, whale behaviour and sightings.")

# 10 albatross
d = "h37_albatross"
ate(d, "Estimate the ATE of `tori_line` on `bpue`, adjusting for `wind_kt` and `ocean`.", "tori_line", "bpue", covariates=["ocean", "wind_kt"])
ate(d, "Does setting at night reduce albatross deaths?", "night_set", None, clarify=True)
ate(d, "ate wt_branch -> sink_rt_ms", "wt_branch", "sink_rt_ms")
ate(d, "Do hook-shielding pods hurt the catch of target fish?", "hook_pod", "tgt_cpue")
ate(d, "Is seabird bycatch over 90 days really reduced by bird-scaring streamers, or is observer coverage confounding it?", "tori_line", "seabird_90d")
ate(d, "Effect of weighted branch lines on bpue_v2 for the sets that used them.", "wt_branch", "bpue_v2", estimand="att")
ate(d, "How much does moonlight raise birds caught per thousand hooks (bpue)?", "moon_ill", "bpue")
ate(d, "effect of hooks_k on seabird_30d holding obs_cov fixed", "hooks_k", "seabird_30d", covariates=["obs_cov"])
cate(d, "effect of tori_line on bpue in the Indian Ocean", "tori_line", "bpue", at={"ocean": "Indian"})
cate(d, "At 25 knots of wind, do tori lines still work? Outcome `bpue_v2`.", "tori_line", "bpue_v2", at={"wind_kt": 25})
cate(d, "under the condition that moon illumination is 0.9, effect of night_set on bpue", "night_set", "bpue", at={"moon_ill": 0.9})
cate(d, "For which sets is line weighting most effective at cutting the 90-day seabird catch?", "wt_branch", "seabird_90d")
pol(d, "Which vessels should be required to use hook pods to minimise bpue?", "hook_pod", "bpue")
pol(d, "allocate tori lines to the sets where they cut seabird_30d the most", "tori_line", "seabird_30d")
pol(d, "Which fleets should adopt `night_set` to reduce `bpue_v2`?", "night_set", "bpue_v2")
med(d, "How much of the effect of weighted branch lines (wt_branch) on bycatch rate (bpue) is mediated by line sink rate (sink_rt_ms)?", "wt_branch", "sink_rt_ms", "bpue")
med(d, "Weighted lines work by sinking the baits faster, which then keeps them out of the birds' reach. What share of the weighting effect on 90-day seabird catch goes via sink rate?", "wt_branch", "sink_rt_ms", "seabird_90d")
med(d, "natural direct and indirect effect of night_set on seabird_30d through bpue_v2", "night_set", "bpue_v2", "seabird_30d")
disc(d, "Learn the causal graph among the bycatch mitigation variables.")
disc(d, "Which mitigation and environmental variables influence which? Run structure learning.")
uns(d, "What's the average hooks_k per set in each ocean?")

# 11 vulture
d = "h37_vulture"
ate(d, "Estimate the ATE of `NSAID_FREE` on `BREEDING_PAIRS_5Y`, adjusting for `COUNTRY` and `LIVESTOCK_DENS`.", "NSAID_FREE", "BREEDING_PAIRS_5Y", covariates=["COUNTRY", "LIVESTOCK_DENS"])
ate(d, "Does fencing the feeding site cut poisoning incidents?", "FENCED", "POISON_EVT")
ate(d, "effect of CARCASS_KG_WK on visits", "CARCASS_KG_WK", None, clarify=True)
ate(d, "Does providing diclofenac-free carrion raise fledging?", "NSAID_FREE", None, clarify=True)
ate(d, "Does putting out more carrion each week grow the breeding population?", "CARCASS_KG_WK", "BREEDING_PAIRS_5Y")
ate(d, "Is FLEDGING_SUCCESS lowered by distance to the colony, or is that confounded?", "DIST_COLONY_KM", "FLEDGING_SUCCESS")
ate(d, "effect of CAMERA_TRAP on POISON_EVT among stations without cameras", "CAMERA_TRAP", "POISON_EVT", estimand="atc")
cate(d, "effect of NSAID_FREE on FLEDGE_RATE in Nepal", "NSAID_FREE", "FLEDGE_RATE", at={"COUNTRY": "Nepal"})
cate(d, "For bearded vultures, how does the amount of carrion supplied change wet-season visits?", "CARCASS_KG_WK", "VISITS_WET", at={"SPECIES": "bearded"})
cate(d, "At 50 kg of carrion a week, does fencing change `FLEDGE_RATE`?", "FENCED", "FLEDGE_RATE", at={"CARCASS_KG_WK": 50})
cate(d, "how does the effect of fencing on poisonings vary with livestock density", "FENCED", "POISON_EVT")
pol(d, "Which stations should switch to NSAID-free carcasses (`NSAID_FREE`) to maximise `BREEDING_PAIRS_5Y`?", "NSAID_FREE", "BREEDING_PAIRS_5Y")
pol(d, "Where should fences go up to minimise poisoning events?", "FENCED", "POISON_EVT")
pol(d, "targeting rule for carcass supply level to maximise FLEDGE_RATE", "CARCASS_KG_WK", "FLEDGE_RATE")
med(d, "How much of CARCASS_KG_WK's effect on BREEDING_PAIRS_5Y goes through VISITS_DRY?", "CARCASS_KG_WK", "VISITS_DRY", "BREEDING_PAIRS_5Y")
med(d, "Fencing works by keeping poisoned baits out, which then raises fledging success. How much of the fence effect on FLEDGING_SUCCESS is via poisoning events?", "FENCED", "POISON_EVT", "FLEDGING_SUCCESS")
disc(d, "Discover the causal structure in the vulture feeding data.")
disc(d, "what influences what among carrion supply, visits, poisoning and breeding?")

# 12 hedgehog
d = "h37_hedgehog"
ate(d, "Estimate the ATE of `lungworm_tx` on `wt_rel_g`, adjusting for `wt_adm_g` and `age_cls`.", "lungworm_tx", "wt_rel_g", covariates=["age_cls", "wt_adm_g"])
ate(d, "Does a soft release improve survival?", "sft_rel", None, clarify=True)
ate(d, "ate abx_tx surv_90d", "abx_tx", "surv_90d")
ate(d, "Do longer stays in care put weight on the hogs?", "days_care", "wt_rel_g")
ate(d, "Is survival a month after release improved by antibiotics, or is that confounded by admission reason?", "abx_tx", "surv_30d")
ate(d, "What effect did soft release have on 90-day survival for the hedgehogs that got it?", "sft_rel", "surv_90d", estimand="att")
ate(d, "How much does volunteer time per animal change the number of days in care?", "vol_hrs", "days_care")
ate(d, "efect of lungworm treament on tick_burden", "lungworm_tx", "tick_burden")
cate(d, "effect of sft_rel on surv_90d for juveniles", "sft_rel", "surv_90d", at={"age_cls": "juvenile"})
cate(d, "For hogs admitted at 450 g, how does antibiotic treatment change release weight?", "abx_tx", "wt_rel_g", at={"wt_adm_g": 450})
cate(d, "Among orphans, what is the effect of `days_care` on `surv_30d`?", "days_care", "surv_30d", at={"adm_reason": "orphan"})
cate(d, "Which hedgehogs benefit most from lungworm treatment in terms of 90-day survival?", "lungworm_tx", "surv_90d")
pol(d, "Learn a treatment rule: which hedgehogs should get a soft release (`sft_rel`) to maximise `surv_90d`?", "sft_rel", "surv_90d")
pol(d, "who should receive lungworm treatment to improve survival in the first month after release", "lungworm_tx", "surv_30d")
med(d, "How much of lungworm_tx's effect on surv_90d is mediated by wt_rel_g?", "lungworm_tx", "wt_rel_g", "surv_90d")
med(d, "Antibiotics work by shortening the stay in care, which then improves 30-day survival. What share of the antibiotic effect goes through days in care?", "abx_tx", "days_care", "surv_30d")
disc(d, "learn the causal graph for the hedgehog rescue records")
uns(d, "Count admissions per month.")

# 13 donkey
d = "h37_donkey"
ate(d, "Estimate the effect of `companion` on `stress`, adjusting for `age` and `origin`.", "companion", "stress", covariates=["origin", "age"])
ate(d, "Does dental care help donkeys gain weight?", "dental", "weight_after")
ate(d, "ate pasture on condition_v2", "pasture", "condition_v2")
ate(d, "Do regular hoof trims reduce illness?", "farrier", None, clarify=True)
ate(d, "Are donkeys more likely to be rehomed when they have a bonded companion, or is that confounded by age?", "companion", "adoption")
ate(d, "Effect of dental on illness_12m for donkeys that didn't get dental care.", "dental", "illness_12m", estimand="atc")
ate(d, "How do volunteer visits change body condition on the v2 scoring?", "visits", "condition_v2")
ate(d, "Does rugging them up in winter reduce illness over 12 months?", None, "illness_12m", clarify=True)
cate(d, "effect of companion on stress among ex-working donkeys", "companion", "stress", at={"origin": "working"})
cate(d, "For a 25-year-old donkey, what does dental care do to weight afterwards?", "dental", "weight_after", at={"age": 25})
cate(d, "under the condition that the donkey has pasture access, effect of `farrier` on `illness_6m`", "farrier", "illness_6m", at={"pasture": 1})
cate(d, "for whom does companionship lower stress the most", "companion", "stress")
pol(d, "Which donkeys should be paired with a companion to maximise adoption?", "companion", "adoption")
pol(d, "Who should get priority dental treatment to improve weight_after?", "dental", "weight_after")
pol(d, "targeting rule: which animals get pasture access to reduce illness_12m", "pasture", "illness_12m")
med(d, "How much of the effect of `companion` on `adoption` is mediated through `stress`?", "companion", "stress", "adoption")
med(d, "Dental work helps by letting them eat properly, which then improves body condition (v2). How much of the dental effect on condition_v2 goes via weight_after?", "dental", "weight_after", "condition_v2")
med(d, "direct vs indirect effect of pasture on illness_12m via stress", "pasture", "stress", "illness_12m")
disc(d, "Which welfare factors cause which? Work out the structure from the sanctuary records.")
uns(d, "Plot the age distribution of the donkeys.")

# 14 obsidian
d = "h37_obsidian"
ate(d, "Estimate the ATE of `heatTreated` on `breakageRate`, adjusting for `coreMassG` and `sourceQuarry`.", "heatTreated", "breakageRate", covariates=["sourceQuarry", "coreMassG"])
ate(d, "Do goggles cut injuries?", "safetyGoggles", None, clarify=True)
ate(d, "ate pressureFlaking -> bladeYieldV2", "pressureFlaking", "bladeYieldV2")
ate(d, "Did switching to antler billets raise sales?", "antlerBillet", "salesPost")
ate(d, "Does blade yield (original measure) really go up with the master's years of experience, or is that confounded by quarry?", "masterYears", "bladeYield")
ate(d, "Effect of heat treatment on bladeYieldV2 among the cores that were heat-treated.", "heatTreated", "bladeYieldV2", estimand="att")
ate(d, "How does the number of apprentices change injuries over 90 days?", "apprenticeCount", "injuries90d")
cate(d, "effect of pressureFlaking on breakageRate for Melos obsidian", "pressureFlaking", "breakageRate", at={"sourceQuarry": "Melos"})
cate(d, "For a 500 g core, what is the effect of heat treatment on `bladeYieldV2`?", "heatTreated", "bladeYieldV2", at={"coreMassG": 500})
cate(d, "With 20 years of master experience, does using an antler billet change how often pieces shatter?", "antlerBillet", "breakageRate", at={"masterYears": 20})
cate(d, "which workshops gain most from goggles in 30-day injuries", "safetyGoggles", "injuries30d")
pol(d, "Which workshops should adopt heat treatment to minimise breakageRate?", "heatTreated", "breakageRate")
pol(d, "Who should be made to wear safety goggles to cut injuries90d?", "safetyGoggles", "injuries90d")
med(d, "How much of heatTreated's effect on salesPost runs through bladeYieldV2?", "heatTreated", "bladeYieldV2", "salesPost")
med(d, "Pressure flaking works by reducing breakage, which then raises blade yield. What share of its effect on bladeYield goes via breakageRate?", "pressureFlaking", "breakageRate", "bladeYield")
disc(d, "Infer the causal DAG among the knapping workshop variables.")

# 15 jasmine tea
d = "h37_jasmine_tea"
ate(d, "Estimate the ATE of `SCENT_ROUNDS` on `PRICE_CNY_KG`, adjusting for `GRADE` and `COUNTY`.", "SCENT_ROUNDS", "PRICE_CNY_KG", covariates=["COUNTY", "GRADE"])
ate(d, "Does going organic lift export revenue?", "ORGANIC", "EXPORT_REV_POST")
ate(d, "effect of ORGANIC on pest pressure", "ORGANIC", None, clarify=True)
ate(d, "ate SHADE_NET AROMA_SCORE_V2", "SHADE_NET", "AROMA_SCORE_V2")
ate(d, "Do more scenting rounds improve the aroma score?", "SCENT_ROUNDS", None, clarify=True)
ate(d, "Is the price per kilo raised by co-op membership, or is it just confounded by elevation?", "COOP_MEMBER", "PRICE_CNY_KG")
ate(d, "Effect of shade nets (`SHADE_NET`) on `LEAF_YIELD_KG_HA` for the estates that installed them.", "SHADE_NET", "LEAF_YIELD_KG_HA", estimand="att")
cate(d, "effect of ORGANIC on PRICE_CNY_KG for Yin Hao grade", "ORGANIC", "PRICE_CNY_KG", at={"GRADE": "Yin Hao"})
cate(d, "At 800 m elevation, what do shade nets do to leaf yield per hectare?", "SHADE_NET", "LEAF_YIELD_KG_HA", at={"ELEV_M": 800})
cate(d, "For teas scented 6 times, does co-op membership change export revenue?", "COOP_MEMBER", "EXPORT_REV_POST", at={"SCENT_ROUNDS": 6})
cate(d, "In which counties is organic conversion most beneficial for `PEST_AUTUMN`?", "ORGANIC", "PEST_AUTUMN")
pol(d, "Which estates should go organic to maximise EXPORT_REV_POST?", "ORGANIC", "EXPORT_REV_POST")
pol(d, "recommend how many scenting rounds each estate should use to maximise price per kg", "SCENT_ROUNDS", "PRICE_CNY_KG")
med(d, "Estimate the natural indirect effect of `SCENT_ROUNDS` on `PRICE_CNY_KG` through `AROMA_SCORE_V2`.", "SCENT_ROUNDS", "AROMA_SCORE_V2", "PRICE_CNY_KG")
med(d, "Co-op membership works by getting growers a better price, which then raises their export revenue. How much of the co-op effect runs via price?", "COOP_MEMBER", "PRICE_CNY_KG", "EXPORT_REV_POST")
disc(d, "What causes what on the tea estates? Learn the causal structure.")
uns(d, "Forecast LEAF_YIELD_KG_HA for next spring.")

# unsupported, no dataset
for q in ["hello! how are you today?",
          "Tell me a joke about sardines.",
          "What's the capital of Portugal?",
          "Write a SQL query that joins orders to customers on customer_id.",
          "Translate 'hot spring' into Japanese.",
          "how do i install pandas on windows",
          "What will the weather be in Reykjavik tomorrow?",
          "Can you recommend a good book about whales?"]:
    uns("none", q)

# audit (dataset none)
def aud(q, attr, dec): add("none", "audit", q, attr, dec)
aud("Does the LLM screening assistant change its interview recommendation if we swap the applicant's gender and keep the CV otherwise identical?", "gender", "interview recommendation")
aud("Test whether the loan chatbot's approval decision flips when only the applicant's race is changed.", "race", "approval decision")
aud("Counterfactual fairness check: would the model quote a different insurance premium for a 70-year-old than for a 30-year-old with otherwise identical profiles?", "age", "insurance premium")
aud("If a tenant application says the applicant is Muslim rather than Christian, does the AI letting agent change its rental decision?", "religion", "rental decision")
aud("Audit our triage bot: does disclosing that the patient uses a wheelchair change the priority score it assigns, all else equal?", "disability", "priority score")
aud("Does the voice assistant's credit limit recommendation change when the same script is read with a Nigerian accent instead of a British one?", "accent", "credit limit recommendation")
aud("Swap 'Emily' for 'Lakisha' in otherwise identical prompts: does the GPT-based recruiter's shortlist decision change?", "name", "shortlist decision")
aud("Would the chatbot suggest a different bail outcome if the defendant's nationality were Mexican instead of American, holding everything else fixed?", "nationality", "bail outcome")
aud("Is the AI adoption-agency assistant's suitability rating affected by whether the couple is same-sex, everything else the same?", "sexual orientation", "suitability rating")
aud("check whether our language model gives a different salary offer to male and female versions of the same candidate", "gender", "salary offer")
aud("Does the scholarship chatbot's award decision change if only the student's age is altered?", "age", "award decision")
aud("Same medical vignette, patient described as Black vs white: does the LM's pain medication recommendation differ?", "race", "pain medication recommendation")
aud("Would an AI moderator's removal decision change if the post's author were Jewish rather than Hindu, nothing else changed?", "religion", "removal decision")
aud("Does the LLM job-matching tool lower its fit score when an applicant mentions being deaf, all else equal?", "disability", "fit score")
aud("Does the assistant's essay grade change if the essay is written in African American English rather than standard English, content held fixed?", "dialect", "essay grade")
aud("If the applicant's name is changed from Mohammed to Michael, does the AI mortgage advisor's approval change?", "name", "approval")
aud("counterfactual fairness: does the chatbot's promotion recommendation shift when the employee's pronouns go from he to she?", "gender", "promotion recommendation")
aud("Would the AI underwriter quote a different car insurance premium if the customer were divorced rather than married, all else equal?", "marital status", "car insurance premium")

# relation (Corr2Cause style)
for q in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
    "Premises: A and B are correlated; B and C are correlated; A and C are correlated; A and C are independent given B. Is B a cause of C?",
    "A, B and C are all pairwise correlated, and A is independent of B given C. Does C cause A?",
    "Given: A is correlated with C, B is correlated with C, A and B are independent, and A and B become dependent once we condition on C. Is C a common effect of A and B?",
    "Four variables A, B, C, D. A correlates with B; B correlates with C; C correlates with D; all other pairs are independent given the variables between them. Does A directly cause D?",
    "X and Y are correlated, Y and Z are correlated, X and Z are independent. Can we conclude that Y causes X?",
    "If A and B are correlated but become independent when conditioning on C, and C is correlated with both, is there a direct causal link between A and B?",
    "premises: A ⫫ C; A not ⫫ B; C not ⫫ B; A not ⫫ C | B. does B cause A?",
    "Statistically, P and Q are dependent, Q and R are dependent, P and R are dependent, and no conditional independences hold. Is P a direct cause of R?",
    "A correlates with D, B correlates with D, C correlates with D; A, B and C are mutually independent. Does D cause B?",
]:
    add("none", "relation", q)

# generate
for q in [
    "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y and X -> Y with linear Gaussian noise.",
    "Have a language model write the structural equations for rainfall -> crop yield -> price, then sample 1,000 rows.",
    "Simulate a benchmark dataset from this SCM: Z ~ N(0,1); T = 1[Z + U > 0]; Y = 2T + Z + e. Give me 10k samples.",
    "create fake data where smoking causes tar which causes cancer, with a hidden confounder between smoking and cancer",
    "Use an LLM to define plausible nonlinear equations for each node in the graph age -> income -> spending, age -> spending, and generate a CSV.",
    "Produce a synthetic causal benchmark with 8 variables from a random DAG with known ground-truth effects.",
    "Sample 2,000 observations from a structural causal model where an instrument Z affects T, T affects Y, and U confounds T and Y.",
    "Generate a dataset following the collider structure A -> C <- B with binary variables.",
    "Let the language model invent the variables and their equations for a hospital-readmission DAG, then simulate 500 patients.",
    "make a toy dataset from the chain W -> X -> Y -> Z with heteroskedastic noise, n = 3000",
]:
    add("none", "generate", q)

# ---------------------------------------------------------------- validate
KINDS = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
NONE_KINDS = {"audit", "relation", "generate"}
for q in Q:
    e, dsn = q["expected"], q["dataset"]
    assert e["kind"] in KINDS, q
    if e["kind"] in NONE_KINDS:
        assert dsn == "none", q
    if dsn == "none":
        assert e["kind"] in NONE_KINDS | {"unsupported"}, q
        q["columns"] = None
        continue
    assert dsn in D, q
    cols = list(D[dsn]["columns"])
    q["columns"] = cols
    named = [e["treatment"], e["outcome"], e["mediator"], e.get("instrument")]
    named += e.get("covariates", []) + list(e.get("at", {}).keys())
    for c in named:
        assert c is None or c in cols, (c, q)
    if "covariates" in e:
        e["covariates"] = [c for c in cols if c in e["covariates"]]
    if e["kind"] in {"discover", "unsupported"}:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, q
    if e["kind"] == "mediation":
        assert e["clarify"] if e.get("clarify") else e["mediator"], q
    for c, v in e.get("at", {}).items():
        t = D[dsn]["columns"][c]["type"]
        assert isinstance(v, str) if t == "categorical" else isinstance(v, (int, float)), (c, v)
        if t == "categorical":
            assert v in D[dsn]["columns"][c]["values"], (c, v)
    if not e.get("clarify"):
        assert e["kind"] not in {"ate", "cate", "policy", "mediation"} or (e["treatment"] and e["outcome"]), q
for n, d_ in D.items():
    assert n.startswith("h37_") and 13 <= len(d_["columns"]) <= 18, n
    for c, spec in d_["columns"].items():
        if spec["type"] == "categorical":
            assert len(spec["values"]) <= 6
        else:
            assert len(spec["values"]) == 3
assert len(D) == 15
texts = [q["question"] for q in Q]
assert len(texts) == len(set(texts)), "duplicate question"

# ---------------------------------------------------------------- write
random.Random(SEED).shuffle(Q)
with open(os.path.join(HERE, "datasets.json"), "w") as f:
    json.dump({n: {"description": d_["description"], "columns": d_["columns"]} for n, d_ in D.items()},
              f, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
    for q in Q:
        row = OrderedDict([("question", q["question"]), ("dataset", q["dataset"]), ("columns", q["columns"]),
                           ("split", SPLIT), ("origin", ORIGIN), ("expected", q["expected"])])
        f.write(json.dumps(row, ensure_ascii=False) + "\n")

kinds = Counter(q["expected"]["kind"] for q in Q)
mods = Counter()
for q in Q:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in q["expected"]:
            mods[k if k != "estimand" else "estimand=" + q["expected"]["estimand"]] += 1
    if q["expected"]["kind"] == "cate" and "at" not in q["expected"]:
        mods["cate without at"] += 1
with_ds = sum(q["dataset"] != "none" for q in Q)
now = subprocess.run(["date", "-u", "+%Y-%m-%dT%H:%M:%SZ"], capture_output=True, text=True).stdout.strip()
lines = [f"# Held-out question set {TAG}", "",
         f"Written by data writer **{TAG}**; generated {now} (UTC).",
         f"Regenerate: `python3 make_h37.py` (writes datasets.json, questions.jsonl, README.md next to the script).",
         f"split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.", "",
         f"## Datasets ({len(D)})", ""]
for n, d_ in D.items():
    lines.append(f"- `{n}`: {d_['description']} ({len(d_['columns'])} columns, {d_['style']})")
lines += ["", "Naming styles: snake_case cryptic codes (fumarole, squid, albatross, hedgehog); camelCase (onsen, crayfish, whalewatch, obsidian); "
          "UPPER_CASE codes (atoll_reef, haddock, vulture, jasmine_tea); plain words (jellyfish, sardine, donkey). "
          "Every dataset has an id column plus distractors: baseline/follow-up pairs (`_pre/_post`, `_BL/_12M`, `_before/_after`, `wt_adm_g/wt_rel_g`), "
          "parallel windows (`30d/90d`, `6M/24M`, `Q1/Q4`, weekday/weekend, dry/wet, spring/autumn) and near-synonyms (`_v2`, rate/ratio, defects/faults, tick_load/tick_burden, FLEDGE_RATE/FLEDGING_SUCCESS, density/abundance).",
          "", f"## Counts ({len(Q)} questions; {with_ds} with a dataset, {len(Q) - with_ds} with `none`)", "", "By kind:"]
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    lines.append(f"- {k}: {kinds[k]}")
lines += ["", "By modifier:"]
for k, v in sorted(mods.items()):
    lines.append(f"- {k}: {v}")
lines += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names or null; null for discover, unsupported, relation, generate.",
          "- A pair named without a version (e.g. 'revenue' with REV_PRE/REV_POST) -> the follow-up column is the outcome.",
          "- Ambiguous parallel windows (30d vs 90d), unversioned v1/v2 or rate/ratio near-synonyms, a variable the data lacks, or an unstated direction -> `clarify: true`, the unresolvable role null, other roles filled.",
          "- `covariates` only when the question says adjust/control/hold fixed (listed in dataset column order); `instrument` only when named as one.",
          "- `estimand`: `att` for 'on those treated / that got it', `atc` for 'on those that did not'.",
          "- Subgroup or value conditions -> `cate` with `at` {column: value} (numbers for numeric/binary, level strings for categoricals; thresholds like 'above 3000 m' use the stated number). 'How does the effect vary / for whom largest' -> `cate` without `at`.",
          "- Policy: treatment = action column, outcome = goal column.",
          "- Audit: treatment = attribute as a short phrase, outcome = the shortest noun phrase the question uses for the decision.",
          ""]
with open(os.path.join(HERE, "README.md"), "w") as f:
    f.write("\n".join(lines))
print(len(Q), dict(kinds), dict(mods))
