#!/usr/bin/env python3
"""Generator for question set h43 (split test, origin heldout43). Deterministic."""
import json
import random
from collections import Counter

SPLIT = "test"
ORIGIN = "heldout43"
SEED = 43043

C, N, B, I, D, T = "categorical", "numeric", "binary", "id", "date", "text"

DATASETS = {}


def ds(name, desc, cols):
    DATASETS[name] = {"description": desc,
                      "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


ds("h43_belltowers",
   "Change-ringing bands at church bell towers, one row per tower for the last year (snake_case codes).",
   [("twr_id", I, ["T0012", "T0458", "T1107"]),
    ("dioc", C, ["Canterbury", "York", "Oxford", "Exeter", "Norwich"]),
    ("rural", B, [0, 1, 1]),
    ("n_bells", N, [6, 8, 10]),
    ("tenor_cwt", N, [9.5, 14.25, 23.0]),
    ("sim_inst", B, [0, 1, 0]),
    ("art_tutor", B, [1, 0, 0]),
    ("pract_hrs_wk", N, [1.5, 2.0, 3.5]),
    ("band_sz", N, [7, 11, 16]),
    ("band_age_mn", N, [48.2, 61.5, 67.0]),
    ("lrn_bl", N, [0, 2, 5]),
    ("lrn_12m", N, [1, 3, 6]),
    ("qp_yr", N, [0, 4, 12]),
    ("peal_yr", N, [0, 1, 3]),
    ("retn_rate", N, [0.25, 0.5, 0.8]),
    ("retn_ratio", N, [0.33, 1.0, 4.0]),
    ("strik_sc", N, [62, 74, 88]),
    ("strik_sc_v2", N, [58.5, 71.0, 90.2])])

ds("h43_jadeworkshops",
   "Jade carving workshops, monthly operating and sales metrics (camelCase).",
   [("workshopId", I, ["JW-001", "JW-044", "JW-130"]),
    ("region", C, ["Hotan", "Suzhou", "Yangzhou", "Guangzhou"]),
    ("carverCount", N, [3, 8, 21]),
    ("masterYears", N, [6, 15, 32]),
    ("diamondSaw", B, [1, 0, 1]),
    ("cadDesign", B, [0, 0, 1]),
    ("roughGrade", C, ["A", "B", "C"]),
    ("nephriteShare", N, [0.2, 0.55, 0.8]),
    ("apprenticeCount", N, [0, 2, 5]),
    ("defectRatePre", N, [0.08, 0.12, 0.2]),
    ("defectRatePost", N, [0.05, 0.1, 0.18]),
    ("piecesPerMonth", N, [12, 40, 95]),
    ("avgPriceUsd", N, [180.0, 640.0, 2300.0]),
    ("avgPriceUsdV2", N, [175.5, 655.0, 2410.0]),
    ("onlineSales", B, [0, 1, 1]),
    ("exportShare", N, [0.0, 0.3, 0.65]),
    ("revenue30d", N, [4200, 18500, 66000]),
    ("revenue90d", N, [13100, 52000, 190500])])

ds("h43_indigoworks",
   "Natural indigo dye works, vat chemistry and product quality (UPPER_CASE codes).",
   [("WORKS_ID", I, ["IW_07", "IW_23", "IW_61"]),
    ("REGION", C, ["BENGAL", "OAXACA", "TOKUSHIMA", "MALI"]),
    ("FERM_METHOD", C, ["COMPOST", "FRUCTOSE", "HENNA", "HYDROSULFITE"]),
    ("ORGANIC_CERT", B, [1, 0, 0]),
    ("TRAIN_PROG", B, [0, 1, 0]),
    ("WORKERS_N", N, [4, 12, 30]),
    ("LEAF_KG_MO", N, [150, 420, 900]),
    ("VAT_TEMP_C", N, [22, 30, 38]),
    ("VAT_PH", N, [10.5, 11.2, 12.0]),
    ("DIP_N", N, [3, 8, 15]),
    ("COLOR_K", N, [4.1, 9.8, 17.5]),
    ("COLOR_K2", N, [3.9, 10.2, 18.1]),
    ("RUB_FAST", N, [2.5, 3.5, 4.5]),
    ("WASH_FAST", N, [3, 4, 5]),
    ("COD_BL", N, [820, 1400, 2600]),
    ("COD_FU", N, [610, 1150, 2400]),
    ("PRICE_M", N, [6.5, 14.0, 38.0]),
    ("REV_YR", N, [21000, 88000, 340000])])

ds("h43_drydockyards",
   "Drydock ship-repair yards, one row per yard-year (plain words, Title Case with spaces).",
   [("Yard ID", I, ["DY-03", "DY-17", "DY-29"]),
    ("Dock Type", C, ["Graving", "Floating", "Syncrolift"]),
    ("Dock Length", N, [180, 265, 410]),
    ("Union Shop", B, [1, 0, 1]),
    ("Lean Program", B, [0, 1, 0]),
    ("Blast Robot", B, [0, 0, 1]),
    ("Crew Size", N, [60, 120, 310]),
    ("Overtime Hours", N, [1200, 4800, 11000]),
    ("Vessel Age", N, [6, 18, 31]),
    ("Planned Days", N, [14, 21, 45]),
    ("Repair Days", N, [15, 26, 58]),
    ("Delay Days", N, [0, 4, 13]),
    ("Cost Overrun Pct", N, [-2.0, 6.5, 22.0]),
    ("Cost Overrun Ratio", N, [0.98, 1.07, 1.22]),
    ("Incidents Prior Year", N, [1, 4, 9]),
    ("Incidents This Year", N, [0, 3, 8]),
    ("Customer Rating", N, [3.1, 4.0, 4.7]),
    ("Customer Rating v2", N, [62, 78, 91])])

ds("h43_scrapyards",
   "Metal scrapyards, monthly throughput, theft and safety (snake_case codes).",
   [("yd_id", I, ["SY118", "SY204", "SY377"]),
    ("lic_cls", C, ["A", "B", "C"]),
    ("urban", B, [1, 0, 1]),
    ("xrf_gun", B, [0, 1, 1]),
    ("mag_sep", B, [1, 1, 0]),
    ("id_scan", B, [0, 1, 0]),
    ("cam_cctv", B, [1, 0, 1]),
    ("staff_n", N, [4, 11, 35]),
    ("ferr_t_mo", N, [120, 640, 2300]),
    ("nonf_t_mo", N, [8, 45, 190]),
    ("cu_pur", N, [0.91, 0.96, 0.995]),
    ("cu_pur_v2", N, [90.5, 96.2, 99.4]),
    ("theft_rpt_pre", N, [0, 3, 11]),
    ("theft_rpt_post", N, [0, 2, 7]),
    ("inj_rate", N, [0.0, 2.4, 7.9]),
    ("inj_ratio", N, [0.0, 0.8, 1.6]),
    ("marg_pct", N, [4.5, 11.0, 19.5]),
    ("lme_cu", N, [7800, 8650, 9400])])

ds("h43_galleries",
   "Commercial art galleries, programme and sales data (camelCase).",
   [("galleryId", I, ["g_0031", "g_0107", "g_0250"]),
    ("city", C, ["London", "New York", "Berlin", "Hong Kong", "Paris"]),
    ("yearsOpen", N, [2, 9, 27]),
    ("artistsRepresented", N, [6, 18, 45]),
    ("primaryMarket", B, [1, 0, 1]),
    ("artFairs12m", N, [0, 3, 8]),
    ("onlineViewingRoom", B, [0, 1, 1]),
    ("igFollowers", N, [1800, 24000, 310000]),
    ("pressMentions", N, [0, 6, 21]),
    ("curatorTalks", N, [0, 4, 12]),
    ("visitorsPre", N, [900, 4200, 15000]),
    ("visitorsPost", N, [1100, 3900, 17500]),
    ("avgPriceUsd", N, [3500, 18000, 120000]),
    ("sales30d", N, [0, 5, 19]),
    ("sales90d", N, [2, 14, 51]),
    ("sellThroughRate", N, [0.2, 0.45, 0.8]),
    ("sellThroughRatio", N, [0.25, 0.82, 4.0]),
    ("printedCatalog", B, [0, 1, 0])])

ds("h43_notaryoffices",
   "Notary offices, workload, service times and errors (UPPER_CASE codes).",
   [("OFFICE_ID", I, ["N-2201", "N-3310", "N-4087"]),
    ("JURIS", C, ["CIVIL_LAW", "COMMON_LAW"]),
    ("RURAL", B, [0, 1, 0]),
    ("E_NOTARY", B, [1, 0, 1]),
    ("ID_VERIF", B, [0, 1, 1]),
    ("STAFF_FTE", N, [1.0, 4.0, 9.5]),
    ("NOTARY_AGE", N, [36, 52, 67]),
    ("CPD_HRS", N, [5, 20, 42]),
    ("LANG_N", N, [1, 2, 4]),
    ("FEE_EUR", N, [45, 120, 380]),
    ("DEEDS_MO", N, [30, 140, 460]),
    ("WAIT_MIN_PRE", N, [12, 35, 80]),
    ("WAIT_MIN", N, [8, 25, 70]),
    ("ERR_RATE", N, [0.002, 0.011, 0.04]),
    ("ERR_RATE_V2", N, [0.3, 1.2, 3.8]),
    ("CLIENT_SAT", N, [3.2, 4.1, 4.8]),
    ("COMPLAINTS_YR", N, [0, 3, 14]),
    ("FRAUD_FLAGS", N, [0, 2, 9])])

ds("h43_visasections",
   "Consular visa sections of embassies, annual processing data (plain lower-case words with spaces).",
   [("section id", I, ["VS-LOS", "VS-DEL", "VS-QUI"]),
    ("region", C, ["africa", "asia", "europe", "americas", "middle east"]),
    ("online booking", B, [1, 0, 1]),
    ("outsourced intake", B, [1, 1, 0]),
    ("interview waiver", B, [0, 1, 0]),
    ("biometric kiosks", B, [0, 0, 1]),
    ("caseworkers", N, [6, 22, 85]),
    ("applications", N, [4000, 21000, 160000]),
    ("processing days before", N, [9, 24, 70]),
    ("processing days", N, [7, 18, 62]),
    ("refusal rate", N, [0.04, 0.17, 0.42]),
    ("refusal share", N, [3.5, 16.0, 41.0]),
    ("fraud referrals", N, [5, 60, 410]),
    ("backlog", N, [120, 2400, 19000]),
    ("satisfaction", N, [2.8, 3.6, 4.4]),
    ("fee", N, [60, 80, 120]),
    ("appeals", N, [2, 40, 350])])

ds("h43_firestations",
   "Urban fire stations, resources, prevention work and outcomes (snake_case codes).",
   [("stn_id", I, ["FS_014", "FS_052", "FS_113"]),
    ("staff_mdl", C, ["career", "volunteer", "combination"]),
    ("eng_n", N, [1, 2, 4]),
    ("crew_on_duty", N, [4, 8, 16]),
    ("crr_prog", B, [0, 1, 1]),
    ("avl_dispatch", B, [1, 0, 1]),
    ("alarm_inst", N, [40, 310, 1250]),
    ("insp_n", N, [25, 140, 600]),
    ("turnout_s", N, [55, 80, 130]),
    ("resp_p90_min", N, [6.2, 8.9, 12.4]),
    ("resp_med_min", N, [4.1, 5.6, 7.9]),
    ("struct_fires_prev", N, [18, 64, 150]),
    ("struct_fires", N, [15, 60, 141]),
    ("fire_deaths", N, [0, 1, 4]),
    ("pop_k", N, [22, 50, 140]),
    ("pov_rate", N, [0.06, 0.14, 0.31]),
    ("pov_ratio", N, [0.7, 1.5, 2.4]),
    ("ems_share", N, [0.45, 0.62, 0.8])])

ds("h43_lifeboats",
   "Coastal volunteer lifeboat stations, crew, launches and rescues (camelCase).",
   [("stationId", I, ["LB-Whitby", "LB-Tenby", "LB-Oban"]),
    ("boatClass", C, ["D-class", "Atlantic 85", "Shannon", "Severn", "Tamar"]),
    ("touristBeach", B, [1, 0, 1]),
    ("tractorLaunch", B, [0, 1, 0]),
    ("pagerUpgrade", B, [1, 1, 0]),
    ("newBoat", B, [0, 1, 0]),
    ("volunteerCrew", N, [14, 25, 38]),
    ("trainingHrsQtr", N, [20, 45, 90]),
    ("seaStateAvg", N, [2, 3.5, 5]),
    ("callouts12m", N, [12, 48, 130]),
    ("launchMin", N, [6.0, 9.5, 15.0]),
    ("launchMinV2", N, [5.5, 10.0, 14.0]),
    ("livesSaved12m", N, [0, 3, 11]),
    ("livesSaved24m", N, [1, 7, 19]),
    ("crewRetentionPre", N, [0.7, 0.82, 0.95]),
    ("crewRetention", N, [0.68, 0.86, 0.97]),
    ("fundraisingGbp", N, [8000, 41000, 160000])])

ds("h43_probation",
   "Probation office units, supervision practice and reoffending (UPPER_CASE codes).",
   [("UNIT_ID", I, ["PU-11", "PU-42", "PU-87"]),
    ("RISK_TOOL", C, ["OASYS", "LSI_R", "STATIC_99"]),
    ("URBAN", B, [1, 0, 1]),
    ("EM_TAG", B, [0, 1, 1]),
    ("CBT_PROG", B, [1, 0, 0]),
    ("HOUSING_SUPP", B, [0, 1, 0]),
    ("CASELOAD", N, [25, 40, 68]),
    ("OFFICER_YRS", N, [2, 7, 19]),
    ("MEETINGS_MO", N, [1, 2, 4]),
    ("DRUG_TEST_MO", N, [0, 1, 3]),
    ("AGE_MEAN", N, [24.5, 31.0, 38.2]),
    ("EMPLOY_PRE", N, [0.18, 0.3, 0.44]),
    ("EMPLOY_POST", N, [0.22, 0.35, 0.51]),
    ("BREACH_RATE", N, [0.08, 0.19, 0.33]),
    ("BREACH_RATIO", N, [0.6, 1.0, 1.7]),
    ("REOFF_12M", N, [0.15, 0.27, 0.41]),
    ("REOFF_24M", N, [0.24, 0.38, 0.55])])

ds("h43_smokejumpers",
   "Smokejumper bases (wildfire parachute crews), season-level operations (snake_case codes).",
   [("base_id", I, ["SJ-MSO", "SJ-RDD", "SJ-FBK"]),
    ("ac_type", C, ["Twin Otter", "CASA 212", "Sherpa", "Dornier 228"]),
    ("chute_typ", C, ["round", "square"]),
    ("jmpr_n", N, [24, 40, 78]),
    ("refr_trn", B, [1, 0, 1]),
    ("gps_spot", B, [0, 1, 1]),
    ("pt_sc", N, [71, 84, 96]),
    ("pt_sc_v2", N, [3.2, 4.1, 4.8]),
    ("fuel_moist", N, [5, 8, 14]),
    ("wind_kt", N, [6, 12, 25]),
    ("elev_m", N, [900, 1650, 2800]),
    ("ia_hrs", N, [0.8, 1.6, 3.2]),
    ("cont_rate", N, [0.72, 0.86, 0.95]),
    ("cont_ratio", N, [2.6, 6.1, 19.0]),
    ("acres_burned", N, [40, 610, 12800]),
    ("inj_bl", N, [0, 2, 6]),
    ("inj_yr", N, [0, 1, 5])])

ds("h43_fishauctions",
   "Wholesale fish auction markets, daily-averaged trading data (snake_case plain words).",
   [("market_id", I, ["FA-UR", "FA-GR", "FA-VI"]),
    ("port_region", C, ["north_sea", "baltic", "mediterranean", "atlantic"]),
    ("auction_format", C, ["dutch_clock", "english_open", "sealed_bid", "online"]),
    ("cold_chain", B, [1, 0, 1]),
    ("ecolabel", B, [0, 1, 0]),
    ("remote_bidding", B, [1, 1, 0]),
    ("vessels_landing", N, [12, 45, 130]),
    ("landings_tonnes", N, [40, 200, 900]),
    ("buyers_registered", N, [30, 110, 420]),
    ("buyers_present", N, [12, 48, 150]),
    ("price_per_kg", N, [2.1, 4.8, 11.5]),
    ("price_per_kg_v2", N, [2.0, 5.1, 12.2]),
    ("spoilage_pre", N, [0.03, 0.07, 0.12]),
    ("spoilage_post", N, [0.02, 0.05, 0.11]),
    ("discard_rate", N, [0.05, 0.11, 0.24]),
    ("discard_ratio", N, [0.06, 0.13, 0.32]),
    ("days_open_wk", N, [3, 5, 6])])

ds("h43_carpetmills",
   "Carpet mills, production, energy and quality (camelCase).",
   [("millId", I, ["cm-101", "cm-117", "cm-140"]),
    ("loomType", C, ["broadloom tufting", "axminster", "wilton", "hand-knotted"]),
    ("shiftPattern", C, ["single", "double", "continuous"]),
    ("woolShare", N, [0.0, 0.5, 0.8]),
    ("recycledYarn", B, [0, 1, 0]),
    ("autoInspect", B, [1, 0, 1]),
    ("workerCount", N, [40, 150, 620]),
    ("energyKwhM2Pre", N, [2.1, 3.4, 5.8]),
    ("energyKwhM2", N, [1.9, 3.1, 5.6]),
    ("defectsPer1k", N, [0.8, 2.5, 7.1]),
    ("defectsPer1kV2", N, [1.0, 2.2, 6.4]),
    ("outputM2Wk", N, [900, 12000, 85000]),
    ("unitCostGbp", N, [6.2, 14.5, 48.0]),
    ("leadTimeDays", N, [7, 21, 60]),
    ("lostTimeInj", N, [0, 2, 9]),
    ("orders30d", N, [14, 60, 310]),
    ("orders90d", N, [40, 175, 900])])

ds("h43_solarcookers",
   "Household solar-cooker programme, one row per household with baseline and follow-up (plain words, Title Case with spaces).",
   [("Household ID", I, ["HH-00841", "HH-01922", "HH-03317"]),
    ("District", C, ["Kakuma", "Dadaab", "Moyale", "Turkana"]),
    ("Female Head", B, [1, 0, 0]),
    ("Household Size", N, [3, 6, 9]),
    ("Received Cooker", B, [1, 0, 1]),
    ("Cooker Type", C, ["box", "panel", "parabolic", "none"]),
    ("Training Sessions", N, [0, 2, 4]),
    ("Cooker Use Days", N, [0, 12, 26]),
    ("Firewood Kg Baseline", N, [18, 32, 55]),
    ("Firewood Kg Week", N, [9, 24, 51]),
    ("Cooking Hours Baseline", N, [2.5, 3.5, 5.0]),
    ("Cooking Hours Day", N, [2.0, 3.0, 4.5]),
    ("Cough Days Baseline", N, [0, 5, 14]),
    ("Cough Days Month", N, [0, 3, 12]),
    ("Monthly Income", N, [20, 65, 180]),
    ("Forest Distance Km", N, [1.5, 6.0, 14.0]),
    ("Fuel Spend", N, [0, 4.5, 12.0]),
    ("Fuel Spend Share", N, [0.0, 0.08, 0.22])])


QS = []
CUR = [None]


def use(name):
    CUR[0] = name


def q(text, kind, t=None, y=None, m=None, s="n", cov=None, iv=None, est=None, at=None, clarify=False, dsname=None):
    name = dsname if dsname is not None else CUR[0]
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if name != "none":
        cols = list(DATASETS[name]["columns"].keys())
        for r in (t, y, m):
            assert r is None or r in cols, (name, r, text)
        if cov:
            for c in cov:
                assert c in cols, (name, c, text)
            exp["covariates"] = sorted(cov, key=cols.index)
        if iv:
            assert iv in cols, (name, iv)
            exp["instrument"] = iv
        if at:
            for k, v in at.items():
                assert k in cols, (name, k, text)
                info = DATASETS[name]["columns"][k]
                if info["type"] == C:
                    assert v in info["values"], (name, k, v)
                else:
                    assert isinstance(v, (int, float)), (name, k, v)
            exp["at"] = at
    else:
        cols = None
        assert not cov and not iv and not at
    if est:
        exp["estimand"] = est
    if clarify:
        exp["clarify"] = True
    QS.append(({"question": text, "dataset": name, "columns": cols, "split": SPLIT,
                "origin": ORIGIN, "expected": exp}, s))


# ---------------------------------------------------------------- 1 bell towers
use("h43_belltowers")
q("Estimate the average treatment effect of `sim_inst` on `lrn_12m`, adjusting for `n_bells`, `rural` and `lrn_bl`.", "ate", "sim_inst", "lrn_12m", s="m", cov=["rural", "n_bells", "lrn_bl"])
q("Does having an accredited teacher in the tower actually keep more newcomers ringing, or is that only because bigger bands attract the tutors?", "ate", "art_tutor", None, clarify=True)
q("ate of pract_hrs_wk on strik_sc_v2", "ate", "pract_hrs_wk", "strik_sc_v2", s="t")
q("How much does an extra hour of weekly practice raise the number of quarter peals a band rings?", "ate", "pract_hrs_wk", "qp_yr")
q("Are more quarter peals rung because of the simulator, or is it just that bigger towers have both?", "ate", "sim_inst", "qp_yr", s="o")
q("effect of tutor on learners, controlling for dioc", "ate", "art_tutor", "lrn_12m", s="t", cov=["dioc"])
q("What is the effect of installing a ringing simulator on learner numbers among the towers that actually installed one?", "ate", "sim_inst", "lrn_12m", est="att")
q("Does the incumbent vicar's enthusiasm for bells change how many learners a tower has after a year?", "ate", None, "lrn_12m", clarify=True)
q("Does the simulator's effect on learner numbers (lrn_12m) differ between rural and town towers?", "cate", "sim_inst", "lrn_12m", s="m")
q("effect of art_tutor on retn_rate for rural towers only", "cate", "art_tutor", "retn_rate", s="t", at={"rural": 1})
q("Under the condition that the tower has 8 bells, what does an extra hour of weekly practice do to `strik_sc`?", "cate", "pract_hrs_wk", "strik_sc", s="m", at={"n_bells": 8})
q("In the Diocese of York, how much did installing simulators change the number of quarter peals?", "cate", "sim_inst", "qp_yr", at={"dioc": "York"})
q("Which towers should get an accredited tutor first if the aim is the most learners a year on?", "policy", "art_tutor", "lrn_12m")
q("Learn a rule for allocating simulators (`sim_inst`) to towers so as to maximise `qp_yr`.", "policy", "sim_inst", "qp_yr", s="m")
q("who should get ART tutors to push up retn_ratio? targeting rule pls", "policy", "art_tutor", "retn_ratio", s="t")
q("How much of the tutor's effect on striking quality (`strik_sc`) runs through more weekly practice hours (`pract_hrs_wk`)?", "mediation", "art_tutor", "strik_sc", "pract_hrs_wk", s="m")
q("The simulator works by letting bands practise more each week, which then brings in more quarter peals. How much of the total effect is that indirect route?", "mediation", "sim_inst", "qp_yr", "pract_hrs_wk", s="o")
q("mediation: art_tutor -> lrn_12m -> peal_yr, direct vs indirect", "mediation", "art_tutor", "peal_yr", "lrn_12m", s="t")
q("Map out which of the tower variables drive which: bells, tutor, practice, learners and peals.", "discover")
q("Plot the distribution of tenor weights across dioceses.", "unsupported")

# ---------------------------------------------------------------- 2 jade
use("h43_jadeworkshops")
q("Estimate the ATE of `diamondSaw` on `defectRatePost`, controlling for `defectRatePre` and `masterYears`.", "ate", "diamondSaw", "defectRatePost", s="m", cov=["masterYears", "defectRatePre"])
q("Do workshops that adopted computer-aided design actually turn out more pieces a month?", "ate", "cadDesign", "piecesPerMonth")
q("ate cadDesign -> avgPriceUsdV2 adj roughGrade, region", "ate", "cadDesign", "avgPriceUsdV2", s="t", cov=["region", "roughGrade"])
q("Does selling online boost a workshop's revenue?", "ate", "onlineSales", None, clarify=True)
q("Is breakage and flawed carving reduced by the diamond saw?", "ate", "diamondSaw", "defectRatePost", s="o")
q("What is the effect of onlineSales on revenue90d for the workshops that went online?", "ate", "onlineSales", "revenue90d", s="m", est="att")
q("How much does each additional apprentice change monthly output?", "ate", "apprenticeCount", "piecesPerMonth")
q("effect of master carver experiance on export share", "ate", "masterYears", "exportShare", s="t")
q("For workshops in Hotan, what is the effect of the diamond saw on defect rates?", "cate", "diamondSaw", "defectRatePost", at={"region": "Hotan"})
q("How does the effect of `cadDesign` on `piecesPerMonth` vary with `carverCount`?", "cate", "cadDesign", "piecesPerMonth", s="m")
q("effect of onlineSales on revenue30d when roughGrade is A", "cate", "onlineSales", "revenue30d", s="t", at={"roughGrade": "A"})
q("Among workshops with a nephriteShare of 0.8, does CAD change avgPriceUsd?", "cate", "cadDesign", "avgPriceUsd", s="m", at={"nephriteShare": 0.8})
q("Which workshops should we equip with diamond saws to bring defect rates down the most?", "policy", "diamondSaw", "defectRatePost")
q("targeting rule: who gets cadDesign to maximise avgPriceUsd", "policy", "cadDesign", "avgPriceUsd", s="t")
q("Should every workshop be pushed into online selling, or only some? The goal is takings over the next three months.", "policy", "onlineSales", "revenue90d")
q("What share of CAD's effect on `revenue90d` is mediated by `piecesPerMonth`?", "mediation", "cadDesign", "revenue90d", "piecesPerMonth", s="m")
q("Diamond saws supposedly work by cutting defects, which then lets workshops charge more (avgPriceUsdV2). Split the effect into direct and indirect parts.", "mediation", "diamondSaw", "avgPriceUsdV2", "defectRatePost", s="o")
q("Which variables in the jade workshop data cause which? Recover the structure.", "discover")
q("Forecast revenue90d for next quarter for each workshop.", "unsupported", s="m")

# ---------------------------------------------------------------- 3 indigo
use("h43_indigoworks")
q("Estimate the average causal effect of ORGANIC_CERT on PRICE_M, adjusting for REGION and WORKERS_N.", "ate", "ORGANIC_CERT", "PRICE_M", s="m", cov=["REGION", "WORKERS_N"])
q("Does the dyer training programme lower wastewater pollution?", "ate", "TRAIN_PROG", "COD_FU")
q("ate of DIP_N on RUB_FAST", "ate", "DIP_N", "RUB_FAST", s="t")
q("How much deeper does the blue come out when the vat is kept warmer?", "ate", "VAT_TEMP_C", None, clarify=True)
q("Is wash fastness improved by dipping more times, or is that confounded by fermentation method? Control for FERM_METHOD.", "ate", "DIP_N", "WASH_FAST", s="o", cov=["FERM_METHOD"])
q("What would training have done to yearly revenue among the works that did not enrol?", "ate", "TRAIN_PROG", "REV_YR", est="atc")
q("effect of vat pH on colour depth K2, holding temp fixed", "ate", "VAT_PH", "COLOR_K2", s="t", cov=["VAT_TEMP_C"])
q("Using LEAF_KG_MO as an instrument, estimate the effect of DIP_N on COLOR_K.", "ate", "DIP_N", "COLOR_K", s="m", iv="LEAF_KG_MO")
q("For works using the fructose vat, what is the effect of TRAIN_PROG on COD_FU?", "cate", "TRAIN_PROG", "COD_FU", s="m", at={"FERM_METHOD": "FRUCTOSE"})
q("How does the benefit of organic certification for the price per metre vary from one region to another?", "cate", "ORGANIC_CERT", "PRICE_M")
q("at 30C vat temp, effect of dip count on COLOR_K", "cate", "DIP_N", "COLOR_K", s="t", at={"VAT_TEMP_C": 30})
q("In Oaxaca, does being certified organic change annual revenue?", "cate", "ORGANIC_CERT", "REV_YR", at={"REGION": "OAXACA"})
q("Which dye works should be enrolled in TRAIN_PROG to cut COD_FU the most?", "policy", "TRAIN_PROG", "COD_FU", s="m")
q("Recommend which works to steer towards organic certification if we want the best price per metre of cloth.", "policy", "ORGANIC_CERT", "PRICE_M")
q("policy: assign TRAIN_PROG to maximise REV_YR", "policy", "TRAIN_PROG", "REV_YR", s="t")
q("How much of the training programme's effect on revenue runs through better wash fastness?", "mediation", "TRAIN_PROG", "REV_YR", "WASH_FAST")
q("Certification seems to work by changing how many dips dyers do, which then affects rub fastness. Decompose ORGANIC_CERT -> DIP_N -> RUB_FAST.", "mediation", "ORGANIC_CERT", "RUB_FAST", "DIP_N", s="m")
q("Figure out the causal ordering among VAT_TEMP_C, VAT_PH, DIP_N, COLOR_K and WASH_FAST.", "discover", s="m")
q("What is the mean VAT_PH by REGION?", "unsupported", s="m")

# ---------------------------------------------------------------- 4 drydock
use("h43_drydockyards")
q("Estimate the ATE of `Lean Program` on `Repair Days`, adjusting for `Vessel Age`, `Dock Type` and `Planned Days`.", "ate", "Lean Program", "Repair Days", s="m", cov=["Dock Type", "Vessel Age", "Planned Days"])
q("Do yards that brought in robotic hull blasting finish jobs with less slippage past the schedule?", "ate", "Blast Robot", "Delay Days")
q("lean program effect on safety incidents", "ate", "Lean Program", "Incidents This Year", s="t")
q("Does overtime cause accidents in the yard, or do busy yards just have more of both?", "ate", "Overtime Hours", "Incidents This Year", s="o")
q("Are ship owners happier with the yard because of the lean programme?", "ate", "Lean Program", None, clarify=True)
q("What is the effect of Union Shop on Cost Overrun Pct among the unionised yards?", "ate", "Union Shop", "Cost Overrun Pct", s="m", est="att")
q("How many days does a bigger workforce shave off a repair job?", "ate", "Crew Size", "Repair Days")
q("Effect of `Blast Robot` on `Customer Rating v2`, controlling for `Dock Length`.", "ate", "Blast Robot", "Customer Rating v2", s="m", cov=["Dock Length"])
q("For floating docks only, what does the lean programme do to delay days?", "cate", "Lean Program", "Delay Days", at={"Dock Type": "Floating"})
q("Which ships benefit most from robotic blasting in repair time? Does it depend on how old the vessel is?", "cate", "Blast Robot", "Repair Days")
q("effect of Overtime Hours on Delay Days when Crew Size is 120", "cate", "Overtime Hours", "Delay Days", s="t", at={"Crew Size": 120})
q("For 25-year-old vessels, how does the lean program change the Cost Overrun Ratio?", "cate", "Lean Program", "Cost Overrun Ratio", s="m", at={"Vessel Age": 25})
q("Does the lean programme's effect on cost overruns differ by dock length?", "cate", "Lean Program", None, clarify=True)
q("Which yards should adopt the lean programme to minimise delay days?", "policy", "Lean Program", "Delay Days")
q("Allocation rule for robotic blasters across yards, objective: fewest `Repair Days`.", "policy", "Blast Robot", "Repair Days", s="m")
q("who to give Blast Robot to, maximise Customer Rating", "policy", "Blast Robot", "Customer Rating", s="t")
q("How much of the lean programme's effect on delays is because it cuts overtime hours?", "mediation", "Lean Program", "Delay Days", "Overtime Hours")
q("Estimate direct and indirect effects of `Union Shop` on `Incidents This Year` via `Overtime Hours`.", "mediation", "Union Shop", "Incidents This Year", "Overtime Hours", s="m")
q("robot blasting -> shorter repairs -> lower cost overrun pct; how much flows thru repair days?", "mediation", "Blast Robot", "Cost Overrun Pct", "Repair Days", s="t")
q("Learn the DAG over the drydock variables.", "discover", s="t")
q("Which of these yard measures sit upstream of the others? Work out what influences what.", "discover")

# ---------------------------------------------------------------- 5 scrapyards
use("h43_scrapyards")
q("Estimate the average treatment effect of `id_scan` on `theft_rpt_post`, controlling for `theft_rpt_pre`, `urban` and `cam_cctv`.", "ate", "id_scan", "theft_rpt_post", s="m", cov=["theft_rpt_pre", "urban", "cam_cctv"])
q("Do handheld XRF analysers make the copper a yard sells purer?", "ate", "xrf_gun", None, clarify=True)
q("ate mag_sep -> ferr_t_mo", "ate", "mag_sep", "ferr_t_mo", s="t")
q("Does checking sellers' identity documents cut down on reports of stolen metal?", "ate", "id_scan", "theft_rpt_post")
q("Is profit margin boosted by XRF guns among the yards that bought them?", "ate", "xrf_gun", "marg_pct", s="o", est="att")
q("effect of staff_n on inj_ratio adj lic_cls", "ate", "staff_n", "inj_ratio", s="t", cov=["lic_cls"])
q("Use the LME copper price (`lme_cu`) as an instrument for non-ferrous tonnage (`nonf_t_mo`) to estimate its effect on `marg_pct`.", "ate", "nonf_t_mo", "marg_pct", s="m", iv="lme_cu")
q("Has CCTV really reduced theft, or are the yards with cameras just different?", "ate", "cam_cctv", "theft_rpt_post", s="o")
q("For class B licence yards, what is the effect of xrf_gun on cu_pur_v2?", "cate", "xrf_gun", "cu_pur_v2", s="m", at={"lic_cls": "B"})
q("Does the theft-reducing effect of ID scanning differ between urban and rural yards?", "cate", "id_scan", "theft_rpt_post")
q("effect of mag_sep on marg_pct in urban yards", "cate", "mag_sep", "marg_pct", s="t", at={"urban": 1})
q("When copper sits at 9000 USD/t on the LME, what does owning an XRF gun do to margins?", "cate", "xrf_gun", "marg_pct", at={"lme_cu": 9000})
q("Which yards should be required to install ID scanners to cut theft reports the most?", "policy", "id_scan", "theft_rpt_post")
q("Who should get subsidised XRF guns to lift margins (marg_pct)?", "policy", "xrf_gun", "marg_pct", s="m")
q("How much of XRF's effect on `marg_pct` goes through improved copper purity (`cu_pur`)?", "mediation", "xrf_gun", "marg_pct", "cu_pur", s="m")
q("magnet separators work by raising ferrous throughput, which then raises margin. quantify the indirect share", "mediation", "mag_sep", "marg_pct", "ferr_t_mo", s="t")
q("Which of these scrapyard measures influence which? I want the cause-and-effect structure, not correlations.", "discover")
q("Clean the dataset: drop rows where staff_n is missing and dedupe yd_id.", "unsupported", s="t")

# ---------------------------------------------------------------- 6 galleries
use("h43_galleries")
q("Estimate the ATE of `onlineViewingRoom` on `sales90d`, adjusting for `city`, `yearsOpen` and `igFollowers`.", "ate", "onlineViewingRoom", "sales90d", s="m", cov=["city", "yearsOpen", "igFollowers"])
q("Do art fair appearances translate into a higher sell-through (use sellThroughRate)?", "ate", "artFairs12m", "sellThroughRate", s="m")
q("does a printed catalogue increase sales", "ate", "printedCatalog", None, s="t", clarify=True)
q("Are more people walking through the door because of curator talks?", "ate", "curatorTalks", "visitorsPost", s="o")
q("What effect does the gallery owner's gender have on the average price achieved?", "ate", None, "avgPriceUsd", clarify=True)
q("For the galleries that launched an online viewing room, how much did it raise foot traffic?", "ate", "onlineViewingRoom", "visitorsPost", est="att")
q("How much do press write-ups move the price a work sells for?", "ate", "pressMentions", "avgPriceUsd")
q("Is the link between Instagram audience and 30-day sales causal once we account for how long the gallery has been open?", "ate", "igFollowers", "sales30d", s="o", cov=["yearsOpen"])
q("In Berlin, what is the effect of art fair participation on 90-day sales?", "cate", "artFairs12m", "sales90d", at={"city": "Berlin"})
q("Does the effect of `onlineViewingRoom` on `sellThroughRatio` vary between primary- and secondary-market galleries?", "cate", "onlineViewingRoom", "sellThroughRatio", s="m")
q("effect of curatorTalks on visitorsPost when yearsOpen = 5", "cate", "curatorTalks", "visitorsPost", s="t", at={"yearsOpen": 5})
q("at 3 art fairs a year, how do press mentions affect avgPriceUsd?", "cate", "pressMentions", "avgPriceUsd", s="t", at={"artFairs12m": 3})
q("Which galleries should launch an online viewing room to maximise 90-day sales?", "policy", "onlineViewingRoom", "sales90d")
q("Decide which galleries to send to more art fairs if we want the highest sell-through rate.", "policy", "artFairs12m", "sellThroughRate")
q("targeting: printedCatalog, goal visitorsPost", "policy", "printedCatalog", "visitorsPost", s="t")
q("How much of the art-fair effect on `sales90d` is mediated through `pressMentions`?", "mediation", "artFairs12m", "sales90d", "pressMentions", s="m")
q("The online viewing room works by growing a gallery's Instagram following, which then drives sales in the next month. How much of that is indirect?", "mediation", "onlineViewingRoom", "sales30d", "igFollowers", s="o")
q("Run causal discovery on the gallery table.", "discover", s="t")
q("Give me summary statistics for avgPriceUsd by city.", "unsupported", s="m")

# ---------------------------------------------------------------- 7 notary
use("h43_notaryoffices")
q("Estimate the average treatment effect of E_NOTARY on WAIT_MIN, adjusting for WAIT_MIN_PRE, STAFF_FTE and RURAL.", "ate", "E_NOTARY", "WAIT_MIN", s="m", cov=["RURAL", "STAFF_FTE", "WAIT_MIN_PRE"])
q("Does electronic identity checking reduce the number of suspected fraud cases picked up?", "ate", "ID_VERIF", "FRAUD_FLAGS")
q("Do notaries who log more continuing-education hours make fewer mistakes on deeds?", "ate", "CPD_HRS", None, clarify=True)
q("ate e_notary deeds_mo", "ate", "E_NOTARY", "DEEDS_MO", s="t")
q("Are clients more satisfied because the office can serve them in more languages?", "ate", "LANG_N", "CLIENT_SAT", s="o")
q("What would remote notarisation have done to complaints in the offices that never adopted it?", "ate", "E_NOTARY", "COMPLAINTS_YR", est="atc")
q("effect of FEE_EUR on DEEDS_MO controling for JURIS", "ate", "FEE_EUR", "DEEDS_MO", s="t", cov=["JURIS"])
q("Is ERR_RATE_V2 lowered by ID_VERIF?", "ate", "ID_VERIF", "ERR_RATE_V2", s="m")
q("In common-law jurisdictions, what is the effect of e-notarisation on how long clients wait?", "cate", "E_NOTARY", "WAIT_MIN", at={"JURIS": "COMMON_LAW"})
q("For which offices is the effect of CPD_HRS on ERR_RATE largest?", "cate", "CPD_HRS", "ERR_RATE", s="m")
q("effect of ID_VERIF on FRAUD_FLAGS for rural offices", "cate", "ID_VERIF", "FRAUD_FLAGS", s="t", at={"RURAL": 1})
q("Under the condition that an office has 4 full-time staff, how does going digital change deeds per month?", "cate", "E_NOTARY", "DEEDS_MO", at={"STAFF_FTE": 4})
q("Which notary offices should adopt electronic notarisation to cut waiting times the most?", "policy", "E_NOTARY", "WAIT_MIN")
q("Rule for mandating ID_VERIF to minimise FRAUD_FLAGS.", "policy", "ID_VERIF", "FRAUD_FLAGS", s="m")
q("How much of E_NOTARY's effect on CLIENT_SAT is mediated by WAIT_MIN?", "mediation", "E_NOTARY", "CLIENT_SAT", "WAIT_MIN", s="m")
q("Training hours might work by cutting errors (ERR_RATE), which then reduces complaints. Decompose that chain into direct and indirect effects.", "mediation", "CPD_HRS", "COMPLAINTS_YR", "ERR_RATE", s="o")
q("direct vs indirect effect of ID_VERIF on COMPLAINTS_YR via FRAUD_FLAGS", "mediation", "ID_VERIF", "COMPLAINTS_YR", "FRAUD_FLAGS", s="t")
q("Which of these office characteristics cause which outcomes? Don't assume a structure, learn it.", "discover")
q("Write SQL to count offices per JURIS.", "unsupported", s="t")

# ---------------------------------------------------------------- 8 visa sections
use("h43_visasections")
q("Estimate the ATE of `online booking` on `processing days`, controlling for `processing days before` and `applications`.", "ate", "online booking", "processing days", s="m", cov=["applications", "processing days before"])
q("Does handing intake to a contractor make visa decisions come back faster?", "ate", "outsourced intake", "processing days")
q("Are applicants turned down more often when the interview is waived?", "ate", "interview waiver", None, s="o", clarify=True)
q("ate interview waiver on backlog", "ate", "interview waiver", "backlog", s="t")
q("How does hiring more caseworkers change the pile of undecided files?", "ate", "caseworkers", "backlog")
q("Is applicant satisfaction improved by biometric kiosks, or is that a regional artefact? Adjust for region.", "ate", "biometric kiosks", "satisfaction", s="o", cov=["region"])
q("effect of fee on applications", "ate", "fee", "applications", s="t")
q("For sections that introduced `online booking`, what did it do to `satisfaction`?", "ate", "online booking", "satisfaction", s="m", est="att")
q("In the Asia region, what is the effect of `outsourced intake` on `refusal rate`?", "cate", "outsourced intake", "refusal rate", s="m", at={"region": "asia"})
q("how does the effect of interview waivers on fraud referrals vary with application volume", "cate", "interview waiver", "fraud referrals", s="t")
q("effect of caseworkers on processing days when applications = 20000", "cate", "caseworkers", "processing days", s="t", at={"applications": 20000})
q("For sections charging a fee of 80 euros, does online booking change the backlog?", "cate", "online booking", "backlog", at={"fee": 80})
q("Which consular sections should get online booking to bring processing times down the most?", "policy", "online booking", "processing days")
q("Where should interview waivers be allowed if we want to keep the refusal share low?", "policy", "interview waiver", "refusal share")
q("Targeting rule for `biometric kiosks` to maximise `satisfaction`.", "policy", "biometric kiosks", "satisfaction", s="m")
q("How much of online booking's effect on applicant satisfaction works through shorter processing times?", "mediation", "online booking", "satisfaction", "processing days")
q("Outsourcing intake supposedly speeds things up by clearing the backlog, which then shortens processing. Estimate the indirect effect via `backlog`.", "mediation", "outsourced intake", "processing days", "backlog", s="o")
q("Discover the causal structure among caseworkers, applications, backlog, processing days and satisfaction.", "discover", s="m")
q("what drives what in this consular data? find the causal links", "discover", s="t")
q("Predict next year's applications for each section.", "unsupported")

# ---------------------------------------------------------------- 9 fire stations
use("h43_firestations")
q("Estimate the average treatment effect of `crr_prog` on `struct_fires`, adjusting for `struct_fires_prev`, `pop_k` and `pov_rate`.", "ate", "crr_prog", "struct_fires", s="m", cov=["struct_fires_prev", "pop_k", "pov_rate"])
q("Does fitting more smoke alarms in homes actually save lives?", "ate", "alarm_inst", "fire_deaths")
q("Did automatic vehicle location speed up response times?", "ate", "avl_dispatch", None, clarify=True)
q("ate avl_dispatch resp_p90_min adj staff_mdl", "ate", "avl_dispatch", "resp_p90_min", s="t", cov=["staff_mdl"])
q("Are building fires reduced by carrying out more fire-safety inspections?", "ate", "insp_n", "struct_fires", s="o")
q("How much does one extra firefighter on shift cut the time it takes to get the truck out of the door?", "ate", "crew_on_duty", "turnout_s")
q("What is the effect of the station's annual budget on fire deaths?", "ate", None, "fire_deaths", clarify=True)
q("effect of eng_n on resp_med_min", "ate", "eng_n", "resp_med_min", s="t")
q("For volunteer stations, what is the effect of AVL dispatch on 90th-percentile response time?", "cate", "avl_dispatch", "resp_p90_min", at={"staff_mdl": "volunteer"})
q("Does the effect of `crr_prog` on `struct_fires` vary with `pov_rate`?", "cate", "crr_prog", "struct_fires", s="m")
q("effect of alarm_inst on fire_deaths when pov_ratio is 1.5", "cate", "alarm_inst", "fire_deaths", s="t", at={"pov_ratio": 1.5})
q("In areas serving 50 thousand people, how does crew size affect turnout time?", "cate", "crew_on_duty", "turnout_s", at={"pop_k": 50})
q("Which stations should run the community risk reduction programme to prevent the most structure fires?", "policy", "crr_prog", "struct_fires")
q("Allocate smoke alarm installation effort across station areas to minimise fire deaths.", "policy", "alarm_inst", "fire_deaths")
q("who should get avl_dispatch to cut resp_med_min", "policy", "avl_dispatch", "resp_med_min", s="t")
q("How much of the CRR programme's effect on fire deaths runs through the number of smoke alarms fitted?", "mediation", "crr_prog", "fire_deaths", "alarm_inst")
q("AVL works by shortening turnout, which then shortens the median response. How much of the effect of `avl_dispatch` on `resp_med_min` flows through `turnout_s`?", "mediation", "avl_dispatch", "resp_med_min", "turnout_s", s="m")
q("What causes what among the station variables? Estimate the structure from the data.", "discover")
q("Draw a bar chart of struct_fires by staff_mdl.", "unsupported", s="m")

# ---------------------------------------------------------------- 10 lifeboats
use("h43_lifeboats")
q("Estimate the ATE of `pagerUpgrade` on `launchMinV2`, adjusting for `volunteerCrew` and `tractorLaunch`.", "ate", "pagerUpgrade", "launchMinV2", s="m", cov=["tractorLaunch", "volunteerCrew"])
q("Does more training time make volunteers stay on the crew?", "ate", "trainingHrsQtr", "crewRetention")
q("Did new boats save more lives?", "ate", "newBoat", None, s="t", clarify=True)
q("ate newBoat livesSaved24m adj boatClass, seaStateAvg", "ate", "newBoat", "livesSaved24m", s="t", cov=["boatClass", "seaStateAvg"])
q("Is the time to get afloat shortened by tractor launching? (launchMin)", "ate", "tractorLaunch", "launchMin", s="o")
q("How much do extra volunteers on the roster increase the number of people rescued over a year?", "ate", "volunteerCrew", "livesSaved12m")
q("For stations that received a new lifeboat, what was the effect on `callouts12m`?", "ate", "newBoat", "callouts12m", s="m", est="att")
q("Does being next to a tourist beach drive fundraising, controlling for boatClass?", "ate", "touristBeach", "fundraisingGbp", cov=["boatClass"])
q("For Shannon-class stations, what is the effect of the pager upgrade on launchMin?", "cate", "pagerUpgrade", "launchMin", s="m", at={"boatClass": "Shannon"})
q("Does the effect of training hours on lives saved in the first 12 months depend on sea state?", "cate", "trainingHrsQtr", "livesSaved12m")
q("effect of pagerUpgrade on launchMinV2 when volunteerCrew is 25", "cate", "pagerUpgrade", "launchMinV2", s="t", at={"volunteerCrew": 25})
q("at an average sea state of 4, how does a new boat affect livesSaved12m", "cate", "newBoat", "livesSaved12m", s="t", at={"seaStateAvg": 4})
q("Which stations should get the new pager system first to shorten launch times (the v2 measure)?", "policy", "pagerUpgrade", "launchMinV2")
q("Decide where to send new lifeboats to maximise lives saved over 24 months.", "policy", "newBoat", "livesSaved24m")
q("How much of the new boat's effect on `livesSaved12m` goes through faster launches (`launchMin`)?", "mediation", "newBoat", "livesSaved12m", "launchMin", s="m")
q("Training keeps crews around, which in turn saves lives. What fraction of the effect of trainingHrsQtr on livesSaved24m is via crewRetention?", "mediation", "trainingHrsQtr", "livesSaved24m", "crewRetention", s="o")
q("indirect effect of touristBeach on livesSaved12m through callouts12m", "mediation", "touristBeach", "livesSaved12m", "callouts12m", s="t")
q("How much of the pager upgrade's effect on launch time is down to better crew retention?", "mediation", "pagerUpgrade", None, "crewRetention", clarify=True)
q("Which lifeboat station factors are causes and which are effects? Learn it from the data.", "discover")
q("causal graph for the lifeboat stations please", "discover", s="t")

# ---------------------------------------------------------------- 11 probation
use("h43_probation")
q("Estimate the average causal effect of CBT_PROG on REOFF_12M, adjusting for RISK_TOOL, CASELOAD and AGE_MEAN.", "ate", "CBT_PROG", "REOFF_12M", s="m", cov=["RISK_TOOL", "CASELOAD", "AGE_MEAN"])
q("Does electronic tagging stop people going back to crime?", "ate", "EM_TAG", None, clarify=True)
q("Does housing support help people on probation find work?", "ate", "HOUSING_SUPP", "EMPLOY_POST")
q("ate caseload -> breach_ratio", "ate", "CASELOAD", "BREACH_RATIO", s="t")
q("Is BREACH_RATE driven up by more frequent drug testing (DRUG_TEST_MO), or just by who gets tested? Control for URBAN.", "ate", "DRUG_TEST_MO", "BREACH_RATE", s="o", cov=["URBAN"])
q("For units that ran the cognitive behavioural programme, how much did it cut reoffending at 24 months?", "ate", "CBT_PROG", "REOFF_24M", est="att")
q("How much do extra supervision meetings per month change the employment rate, holding EMPLOY_PRE fixed?", "ate", "MEETINGS_MO", "EMPLOY_POST", cov=["EMPLOY_PRE"])
q("Is two-year reoffending lower because officers are more seasoned?", "ate", "OFFICER_YRS", "REOFF_24M", s="o")
q("In units using OASys, what is the effect of EM_TAG on REOFF_24M?", "cate", "EM_TAG", "REOFF_24M", s="m", at={"RISK_TOOL": "OASYS"})
q("For which units is CBT most effective at reducing 12-month reoffending?", "cate", "CBT_PROG", "REOFF_12M")
q("effect of HOUSING_SUPP on EMPLOY_POST in urban units", "cate", "HOUSING_SUPP", "EMPLOY_POST", s="t", at={"URBAN": 1})
q("With a caseload of 40 per officer, what does tagging do to the BREACH_RATE?", "cate", "EM_TAG", "BREACH_RATE", at={"CASELOAD": 40})
q("Which probation units should get the CBT programme to minimise 12-month reoffending?", "policy", "CBT_PROG", "REOFF_12M")
q("Target housing support where it does most for employment after supervision.", "policy", "HOUSING_SUPP", "EMPLOY_POST")
q("policy for EM_TAG to reduce breach ratio", "policy", "EM_TAG", "BREACH_RATIO", s="t")
q("Who should be offered the new peer-mentoring scheme to bring REOFF_12M down?", "policy", None, "REOFF_12M", clarify=True)
q("How much of housing support's effect on `REOFF_24M` is mediated through employment (`EMPLOY_POST`)?", "mediation", "HOUSING_SUPP", "REOFF_24M", "EMPLOY_POST", s="m")
q("CBT works by reducing breaches, which then reduces reoffending. Break CBT_PROG -> BREACH_RATE -> REOFF_12M into direct and indirect effects.", "mediation", "CBT_PROG", "REOFF_12M", "BREACH_RATE", s="o")
q("Recover the causal graph among caseload, meetings, breaches, employment and reoffending.", "discover")
q("Summarise REOFF_12M by RISK_TOOL (mean, sd).", "unsupported", s="m")

# ---------------------------------------------------------------- 12 smokejumpers
use("h43_smokejumpers")
q("Estimate the ATE of `refr_trn` on `inj_yr`, adjusting for `inj_bl`, `elev_m` and `wind_kt`.", "ate", "refr_trn", "inj_yr", s="m", cov=["wind_kt", "elev_m", "inj_bl"])
q("Does GPS spotting get crews onto fires faster?", "ate", "gps_spot", "ia_hrs")
q("Are square canopies safer for jumpers than round ones?", "ate", "chute_typ", "inj_yr")
q("ate gps_spot cont_rate", "ate", "gps_spot", "cont_rate", s="t")
q("Does refresher training raise fitness test scores?", "ate", "refr_trn", None, clarify=True)
q("How many acres of burn are prevented for each hour shaved off initial attack?", "ate", "ia_hrs", "acres_burned", s="o")
q("effect of jmpr_n on cont_ratio adj fuel_moist, wind_kt", "ate", "jmpr_n", "cont_ratio", s="t", cov=["fuel_moist", "wind_kt"])
q("Among bases that adopted GPS spotting, what was the effect on `acres_burned`?", "ate", "gps_spot", "acres_burned", s="m", est="att")
q("For bases flying the Twin Otter, what is the effect of `gps_spot` on `cont_rate`?", "cate", "gps_spot", "cont_rate", s="m", at={"ac_type": "Twin Otter"})
q("Does the injury-reducing effect of refresher training depend on base elevation?", "cate", "refr_trn", "inj_yr")
q("effect of ia_hrs on acres_burned when wind_kt = 20", "cate", "ia_hrs", "acres_burned", s="t", at={"wind_kt": 20})
q("at a fuel moisture of 8%, how does the number of jumpers change the containment ratio?", "cate", "jmpr_n", "cont_ratio", at={"fuel_moist": 8})
q("Which bases should get GPS spotting gear to contain the most fires (`cont_rate`)?", "policy", "gps_spot", "cont_rate", s="m")
q("Which bases should run refresher training to keep the most jumpers uninjured?", "policy", "refr_trn", "inj_yr")
q("How much of GPS spotting's effect on acres burned is through faster initial attack?", "mediation", "gps_spot", "acres_burned", "ia_hrs")
q("Refresher training works by improving fitness (pt_sc_v2), which then cuts injuries. What's the indirect share?", "mediation", "refr_trn", "inj_yr", "pt_sc_v2", s="o")
q("mediation: jmpr_n -> ia_hrs -> cont_rate", "mediation", "jmpr_n", "cont_rate", "ia_hrs", s="t")
q("What is the effect of pilot flying experience on containment rate?", "ate", None, "cont_rate", clarify=True)
q("Learn the causal structure of the smokejumper data.", "discover", s="m")

# ---------------------------------------------------------------- 13 fish auctions
use("h43_fishauctions")
q("Estimate the average treatment effect of `cold_chain` on `spoilage_post`, controlling for `spoilage_pre` and `landings_tonnes`.", "ate", "cold_chain", "spoilage_post", s="m", cov=["landings_tonnes", "spoilage_pre"])
q("Does letting buyers bid from their offices raise the price the fish fetch?", "ate", "remote_bidding", None, clarify=True)
q("Does an ecolabel earn a higher price per kilo? use price_per_kg_v2", "ate", "ecolabel", "price_per_kg_v2", s="t")
q("ate remote_bidding buyers_present", "ate", "remote_bidding", "buyers_present", s="t")
q("Is less catch going off before sale thanks to refrigerated handling?", "ate", "cold_chain", "spoilage_post", s="o")
q("How much does opening one more day a week change the tonnage landed?", "ate", "days_open_wk", "landings_tonnes")
q("For markets with an ecolabel, what was its effect on `discard_rate`?", "ate", "ecolabel", "discard_rate", s="m", est="att")
q("Effect of auction_format on price_per_kg, controlling for port_region.", "ate", "auction_format", "price_per_kg", s="m", cov=["port_region"])
q("What's the causal relationship between buyers_registered and landings_tonnes?", "ate", None, None, s="m", clarify=True)
q("In Baltic ports, what does remote bidding do to price_per_kg?", "cate", "remote_bidding", "price_per_kg", s="m", at={"port_region": "baltic"})
q("How does the effect of cold storage on spoilage vary with the number of boats landing?", "cate", "cold_chain", "spoilage_post")
q("effect of ecolabel on price_per_kg_v2 for dutch_clock auctions", "cate", "ecolabel", "price_per_kg_v2", s="t", at={"auction_format": "dutch_clock"})
q("When 200 tonnes are landed, how does the number of registered buyers affect price_per_kg?", "cate", "buyers_registered", "price_per_kg", at={"landings_tonnes": 200})
q("Which markets should invest in a cold chain to cut spoilage the most?", "policy", "cold_chain", "spoilage_post")
q("Which auctions should switch on remote bidding to maximise `price_per_kg`?", "policy", "remote_bidding", "price_per_kg", s="m")
q("targeting rule ecolabel -> discard_ratio", "policy", "ecolabel", "discard_ratio", s="t")
q("How much of remote bidding's effect on price_per_kg runs through more registered buyers?", "mediation", "remote_bidding", "price_per_kg", "buyers_registered")
q("Ecolabels might raise prices by lowering discards. Decompose ecolabel -> discard_rate -> price_per_kg_v2.", "mediation", "ecolabel", "price_per_kg_v2", "discard_rate", s="m")
q("Which variables in the fish market data cause the others?", "discover")
q("Find the causal graph over landings, buyers, prices and spoilage in this table.", "discover")
q("Join this table with a vessel registry and list the top 10 ports by landings.", "unsupported")

# ---------------------------------------------------------------- 14 carpet mills
use("h43_carpetmills")
q("Estimate the ATE of `autoInspect` on `defectsPer1k`, adjusting for `loomType`, `shiftPattern` and `workerCount`.", "ate", "autoInspect", "defectsPer1k", s="m", cov=["loomType", "shiftPattern", "workerCount"])
q("Does switching to recycled yarn change the electricity used per square metre?", "ate", "recycledYarn", "energyKwhM2")
q("Does automated inspection cut faults in the carpet?", "ate", "autoInspect", None, clarify=True)
q("ate recycledYarn orders90d", "ate", "recycledYarn", "orders90d", s="t")
q("Is unit cost pushed up by a higher wool content?", "ate", "woolShare", "unitCostGbp", s="o")
q("How much shorter do lead times get when a mill works round the clock rather than a single shift?", "ate", "shiftPattern", "leadTimeDays")
q("For mills using recycled yarn, what was the effect on `orders30d`?", "ate", "recycledYarn", "orders30d", s="m", est="att")
q("effect of workerCount on lostTimeInj controlling for shiftPattern", "ate", "workerCount", "lostTimeInj", s="t", cov=["shiftPattern"])
q("For Axminster looms, what's the effect of autoInspect on defectsPer1kV2?", "cate", "autoInspect", "defectsPer1kV2", s="m", at={"loomType": "axminster"})
q("Does the effect of recycled yarn on 90-day orders vary with the wool share of the blend?", "cate", "recycledYarn", "orders90d")
q("effect of autoInspect on unitCostGbp when workerCount = 150", "cate", "autoInspect", "unitCostGbp", s="t", at={"workerCount": 150})
q("Under continuous shift working, does recycled yarn change energy use per m2?", "cate", "recycledYarn", "energyKwhM2", at={"shiftPattern": "continuous"})
q("Which mills should adopt automated inspection to minimise `defectsPer1k`?", "policy", "autoInspect", "defectsPer1k", s="m")
q("Who should switch to recycled yarn to grow orders over the next quarter?", "policy", "recycledYarn", "orders90d")
q("How much of autoInspect's effect on orders90d is mediated by defectsPer1k?", "mediation", "autoInspect", "orders90d", "defectsPer1k", s="m")
q("Recycled yarn may raise costs by increasing energy per m2. Estimate the direct vs indirect effect of recycledYarn on unitCostGbp via energyKwhM2.", "mediation", "recycledYarn", "unitCostGbp", "energyKwhM2", s="o")
q("Infer the causal structure of the carpet mill variables.", "discover")
q("Predict outputM2Wk from the other columns with a random forest.", "unsupported", s="m")

# ---------------------------------------------------------------- 15 solar cookers
use("h43_solarcookers")
q("Estimate the average treatment effect of `Received Cooker` on `Firewood Kg Week`, adjusting for `Firewood Kg Baseline`, `Household Size` and `District`.", "ate", "Received Cooker", "Firewood Kg Week", s="m", cov=["District", "Household Size", "Firewood Kg Baseline"])
q("Do families given a solar oven cough less?", "ate", "Received Cooker", "Cough Days Month")
q("Does the cooker reduce what families spend on fuel?", "ate", "Received Cooker", None, clarify=True)
q("ate received cooker cooking hours", "ate", "Received Cooker", "Cooking Hours Day", s="t")
q("Is firewood collection reduced by attending more training sessions?", "ate", "Training Sessions", "Firewood Kg Week", s="o")
q("Using `Training Sessions` as an instrument, estimate the effect of `Cooker Use Days` on `Cough Days Month`.", "ate", "Cooker Use Days", "Cough Days Month", s="m", iv="Training Sessions")
q("For households that got a cooker, how much did their firewood use drop?", "ate", "Received Cooker", "Firewood Kg Week", est="att")
q("What would a cooker have done to cough days for the households that didn't receive one?", "ate", "Received Cooker", "Cough Days Month", s="o", est="atc")
q("For female-headed households, what is the effect of receiving a cooker on firewood use?", "cate", "Received Cooker", "Firewood Kg Week", at={"Female Head": 1})
q("Does the effect of the cooker on cough days grow or shrink with household size?", "cate", "Received Cooker", "Cough Days Month")
q("in turkana, effect of Received Cooker on Cooking Hours Day", "cate", "Received Cooker", "Cooking Hours Day", s="t", at={"District": "Turkana"})
q("For households of 6 people, what does a cooker do to `Fuel Spend Share`?", "cate", "Received Cooker", "Fuel Spend Share", s="m", at={"Household Size": 6})
q("Which households should the programme give cookers to, to save the most firewood?", "policy", "Received Cooker", "Firewood Kg Week")
q("Allocate training sessions to maximise the number of days the cooker is used.", "policy", "Training Sessions", "Cooker Use Days")
q("Targeting rule: `Received Cooker`, goal: minimise `Cough Days Month`.", "policy", "Received Cooker", "Cough Days Month", s="m")
q("How much of the cooker's effect on coughing goes through burning less firewood?", "mediation", "Received Cooker", "Cough Days Month", "Firewood Kg Week")
q("Training works by getting people to use the cooker on more days, which then cuts fuel spending (Fuel Spend). How much is indirect?", "mediation", "Training Sessions", "Fuel Spend", "Cooker Use Days", s="o")
q("direct/indirect: Received Cooker -> Cooking Hours Day -> Monthly Income", "mediation", "Received Cooker", "Monthly Income", "Cooking Hours Day", s="t")
q("Which of the household variables cause which? Learn the structure.", "discover")
q("Work out the web of influences between firewood, cooking time, coughing, income and cooker use.", "discover")

# ---------------------------------------------------------------- no dataset
use("none")
for text, s in [
        ("Hello there, how are you today?", "n"),
        ("Tell me a joke about statisticians.", "n"),
        ("Write a SQL query that returns the ten most recent orders per customer.", "m"),
        ("What's the capital of Mongolia?", "n"),
        ("Translate 'the bells are ringing' into French.", "n"),
        ("can u help me fix a pandas SettingWithCopyWarning", "t"),
        ("Summarise the plot of Moby Dick in three sentences.", "n"),
        ("what's 17% of 2,340?", "t"),
        ("Recommend a good book on time-series forecasting.", "n")]:
    q(text, "unsupported", s=s)

for text, attr, dec, s in [
        ("Would the language model change its loan approval if the applicant's race were different but everything else stayed the same?", "race", "loan approval", "n"),
        ("Audit our triage chatbot: does its urgency rating flip when the patient's age goes from 35 to 70, all else equal?", "age", "urgency rating", "n"),
        ("Check whether the GPT-based screener changes its interview recommendation when only the candidate's religion is altered.", "religion", "interview recommendation", "m"),
        ("Is the AI parole assistant's release recommendation counterfactually fair with respect to the defendant's race?", "race", "release recommendation", "m"),
        ("if I swap the applicant's name from Emily to Lakisha in the prompt, does the model's hiring decision change?", "name", "hiring decision", "t"),
        ("Does the tutoring bot's essay grade change when the student is described as disabled, other details unchanged?", "disability", "essay grade", "n"),
        ("counterfactual fairness test: LLM insurance quote vs policyholder gender", "gender", "insurance quote", "t"),
        ("Would a chatbot suggest a lower salary offer to a candidate whose accent is described as Nigerian instead of British, all else held constant?", "accent", "salary offer", "n"),
        ("Does the AI letting assistant's tenancy approval depend on the applicant's nationality when nothing else differs?", "nationality", "tenancy approval", "n"),
        ("Measure whether the model's credit limit changes if we flip only the customer's marital status in the prompt.", "marital status", "credit limit", "m"),
        ("Is our LLM's scholarship decision altered by the applicant's sexual orientation, keeping the rest of the profile identical?", "sexual orientation", "scholarship decision", "n"),
        ("Test if the medical chatbot's referral advice shifts when the patient's weight is described as obese rather than normal, all else equal.", "weight", "referral advice", "m"),
        ("Does the AI recruiter's shortlisting decision change if only the candidate's age is altered?", "age", "shortlisting decision", "n"),
        ("Would the model assign a different risk score to a defendant whose religion is Muslim rather than Christian, everything else identical?", "religion", "risk score", "n"),
        ("audit the chatbot's mortgage recommendation for counterfactual fairness wrt applicant disability status", "disability status", "mortgage recommendation", "t"),
        ("If the patient were a woman instead of a man, with identical symptoms, would the LLM still recommend the cardiac test?", "gender", "cardiac test", "n"),
        ("Does the visa assistant bot's approval recommendation change when the applicant's country of origin is swapped, holding all else fixed?", "country of origin", "approval recommendation", "n"),
        ("check if the LLM's promotion decision depends on the employee's pregnancy status, all else equal", "pregnancy status", "promotion decision", "t")]:
    q(text, "audit", attr, dec, s=s)

for text, s in [
        ("Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A directly cause C?", "n"),
        ("Premises: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Is C a common effect of A and B?", "m"),
        ("X and Y are correlated, Y and Z are correlated, X and Z are correlated, and no conditional independencies hold. Can we conclude that X causes Z?", "n"),
        ("Given: A ⫫ B; A not⫫ C; B not⫫ C; A not⫫ B | C. Does C cause A?", "m"),
        ("Among four variables A, B, C, D, all pairs are correlated, except that A and D are independent given B and C. Is B a cause of D?", "n"),
        ("If P is correlated with Q, Q is independent of R, and P is independent of R, does P cause R?", "n"),
        ("Statistical facts: A correlates with B; B correlates with C; A correlates with C; A ⫫ C | B. Is B a mediator between A and C?", "m"),
        ("three vars A,B,C. A and C independent. B correlated with both. does B cause A?", "t"),
        ("Variables A, B, C, D. A correlates with every other variable; B, C and D are mutually independent given A. Is A a common cause of B, C and D?", "n"),
        ("E and F are correlated but become independent once we condition on G. Must G be a confounder of E and F?", "n")]:
    q(text, "relation", s=s)

for text, s in [
        ("Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.", "m"),
        ("Create a benchmark dataset where a language model writes the structural equations for rainfall, crop yield and market price, following rainfall -> yield -> price.", "n"),
        ("simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + e. n=1000", "t"),
        ("Have the LLM define the variables and mechanisms for a 6-node causal graph about hospital staffing, then sample 10k records from it.", "n"),
        ("I need a synthetic causal benchmark with a known ATE of 3 and two confounders. Can you generate it?", "n"),
        ("Produce fake data with a collider A -> C <- B, binary variables, 2000 samples.", "t"),
        ("Use a language model to propose realistic functional forms for the DAG education -> income -> health, education -> health, and generate a dataset from it.", "n"),
        ("Build me a toy dataset following the structural causal model X1 := N1, X2 := 0.5*X1 + N2, X3 := X1 - X2 + N3.", "m"),
        ("Generate a semi-synthetic dataset with an instrument Z, a treatment D and an outcome Y, where Z affects Y only through D.", "n"),
        ("Create a simulated mediation benchmark, T -> M -> Y plus T -> Y, with nonlinear equations written by the language model.", "n")]:
    q(text, "generate", s=s)


def main():
    rows = [r for r, _ in QS]
    random.Random(SEED).shuffle(rows)
    with open("datasets.json", "w", encoding="utf-8") as f:
        json.dump(DATASETS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open("questions.jsonl", "w", encoding="utf-8") as f:
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
    styles = Counter(s for _, s in QS)
    print(len(rows), len(DATASETS))
    print(dict(kinds))
    print(dict(mods))
    print(dict(styles))
    for n, d in DATASETS.items():
        assert 13 <= len(d["columns"]) <= 18, n


if __name__ == "__main__":
    main()
