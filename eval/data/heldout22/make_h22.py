import os
OUT = os.path.dirname(os.path.abspath(__file__))

import json
import random
import datetime
from collections import Counter

SEED = 22022
SPLIT = "test"
ORIGIN = "heldout22"

DATASETS = {}


def D(name, desc, cols):
    DATASETS[name] = {"description": desc,
                      "columns": {c[0]: {"type": c[1], "values": list(c[2:])} for c in cols}}


D("h22_fieldhockey", "Amateur field hockey clubs, one row per club-season.", [
    ("club_id", "id", "FH001", "FH002", "FH003"),
    ("coach_lic", "binary", 0, 1, 1),
    ("trn_hrs_wk", "numeric", 3.0, 4.5, 6.0),
    ("turf_typ", "categorical", "water", "sand", "grass"),
    ("yth_prog", "binary", 1, 0, 1),
    ("video_anl", "binary", 0, 0, 1),
    ("fitness_scr", "numeric", 61.2, 70.4, 55.0),
    ("fitness_scr_v2", "numeric", 0.62, 0.71, 0.54),
    ("gl_scored_pre", "numeric", 28, 35, 19),
    ("gl_scored_post", "numeric", 31, 40, 22),
    ("inj_rate_bl", "numeric", 2.1, 3.4, 1.8),
    ("inj_rate_12m", "numeric", 1.9, 3.0, 2.2),
    ("win_pct", "numeric", 0.45, 0.61, 0.38),
    ("mbr_n", "numeric", 120, 310, 85),
    ("region", "categorical", "north", "south", "east", "west"),
    ("budget_k", "numeric", 40.0, 95.5, 22.0),
    ("season_start", "date", "2023-09-01", "2023-09-08", "2024-09-06"),
])

D("h22_ultimate", "Ultimate frisbee club teams tracked over a season (product-analytics style export).", [
    ("teamId", "id", "U-1001", "U-1002", "U-1003"),
    ("hasCoach", "binary", 1, 0, 1),
    ("practicesPerWk", "numeric", 1, 2, 3),
    ("throwDrillMin", "numeric", 15, 30, 45),
    ("zoneDefenseUse", "binary", 0, 1, 1),
    ("divisionType", "categorical", "open", "mixed", "women"),
    ("rosterSize", "numeric", 14, 20, 26),
    ("avgAge", "numeric", 22.5, 27.1, 31.4),
    ("completionPct", "numeric", 0.81, 0.88, 0.92),
    ("completionPctV2", "numeric", 0.79, 0.86, 0.91),
    ("turnoversPerGame", "numeric", 12.5, 9.0, 15.2),
    ("spiritScore", "numeric", 10.5, 12.0, 9.8),
    ("spiritScoreV2", "numeric", 2.1, 2.6, 1.9),
    ("winRate30d", "numeric", 0.5, 0.67, 0.25),
    ("winRate90d", "numeric", 0.48, 0.6, 0.33),
    ("travelKm", "numeric", 40, 350, 1200),
    ("retainedNextSeason", "binary", 1, 1, 0),
    ("tourneyDate", "date", "2024-05-18", "2024-06-22", "2024-07-13"),
])

D("h22_capoeira", "Capoeira schools (academias) in Brazil, one row per school.", [
    ("SCHOOL_ID", "id", "CAP-01", "CAP-02", "CAP-03"),
    ("MESTRE_YRS", "numeric", 8, 22, 35),
    ("STYLE", "categorical", "Angola", "Regional", "Contemporanea"),
    ("MUSIC_CLASS", "binary", 1, 0, 1),
    ("RODA_FREQ", "numeric", 2, 4, 8),
    ("BATIZADO_HELD", "binary", 0, 1, 1),
    ("SOCIAL_PROJ", "binary", 1, 0, 0),
    ("FEE_BRL", "numeric", 80, 150, 220),
    ("CITY_SIZE", "categorical", "small", "medium", "large"),
    ("FLEX_SCORE", "numeric", 14.0, 22.5, 18.3),
    ("FLEX_SCORE_V2", "numeric", 0.41, 0.66, 0.52),
    ("STUDENTS_BL", "numeric", 25, 60, 110),
    ("STUDENTS_12M", "numeric", 30, 55, 130),
    ("DROPOUT_6M", "numeric", 0.12, 0.25, 0.08),
    ("DROPOUT_12M", "numeric", 0.22, 0.4, 0.15),
    ("RETENTION_RT", "numeric", 0.78, 0.6, 0.85),
    ("OPEN_DATE", "date", "2009-03-01", "2015-08-15", "2020-01-10"),
])

D("h22_chandlers", "Independent candle-making shops (chandlers), one row per shop.", [
    ("shop", "id", "S1", "S2", "S3"),
    ("wax", "categorical", "soy", "paraffin", "beeswax", "coconut"),
    ("wick", "categorical", "cotton", "wood", "hemp"),
    ("fragrance", "numeric", 6.0, 8.5, 10.0),
    ("price", "numeric", 18.0, 25.0, 34.0),
    ("discount", "binary", 0, 1, 0),
    ("online", "binary", 1, 1, 0),
    ("rating", "numeric", 4.2, 3.8, 4.7),
    ("stars", "numeric", 4, 3, 5),
    ("soot", "numeric", 0.3, 1.2, 0.7),
    ("sootiness", "numeric", 2, 4, 3),
    ("sales_before", "numeric", 410, 1250, 300),
    ("sales_after", "numeric", 450, 1400, 280),
    ("returns", "numeric", 5, 12, 2),
    ("burntime", "numeric", 40, 55, 62),
    ("region", "categorical", "urban", "suburban", "rural"),
    ("founded", "date", "2012-04-01", "2018-10-20", "2021-02-14"),
])

D("h22_perfumers", "Perfume houses and their latest launch, one row per house.", [
    ("house_id", "id", "P-101", "P-102", "P-103"),
    ("segment", "categorical", "niche", "designer", "indie"),
    ("conc_typ", "categorical", "EDT", "EDP", "parfum", "cologne"),
    ("nat_abs_pct", "numeric", 5, 20, 40),
    ("nose_yrs", "numeric", 3, 12, 28),
    ("ifra_cmp", "binary", 1, 1, 0),
    ("influencer", "binary", 0, 1, 1),
    ("mkt_spend_k", "numeric", 15, 120, 900),
    ("sillage_idx", "numeric", 2.5, 3.8, 4.4),
    ("longev_hr", "numeric", 4.0, 7.5, 10.0),
    ("longev_hr_v2", "numeric", 3.5, 7.0, 11.0),
    ("blind_pref", "numeric", 0.42, 0.55, 0.61),
    ("blind_pref_v2", "numeric", 0.40, 0.58, 0.63),
    ("allergy_cmpl", "numeric", 0, 3, 11),
    ("rev_q1", "numeric", 80, 410, 2200),
    ("rev_q4", "numeric", 95, 520, 2600),
    ("launch_dt", "date", "2023-02-14", "2023-09-01", "2024-03-08"),
])

D("h22_soap", "Artisan soap batches from small makers (camelCase export).", [
    ("batchId", "id", "B-7781", "B-7782", "B-7783"),
    ("coldProcess", "binary", 1, 0, 1),
    ("cureWeeks", "numeric", 2, 4, 6),
    ("lyeDiscountPct", "numeric", 3, 5, 8),
    ("oliveOilPct", "numeric", 30, 60, 100),
    ("fragranceFree", "binary", 0, 1, 0),
    ("packagingType", "categorical", "paper", "plastic", "none"),
    ("hardnessScore", "numeric", 35, 42, 50),
    ("latherScore", "numeric", 6.1, 7.4, 8.0),
    ("latherScoreV2", "numeric", 58, 71, 80),
    ("skinIrritReports", "numeric", 0, 2, 5),
    ("customerRating30d", "numeric", 4.1, 4.6, 3.9),
    ("customerRating90d", "numeric", 4.0, 4.5, 4.2),
    ("salesPerWk", "numeric", 12, 40, 85),
    ("reorder60d", "numeric", 0.1, 0.22, 0.35),
    ("reorder180d", "numeric", 0.2, 0.38, 0.5),
    ("madeOn", "date", "2024-01-10", "2024-03-02", "2024-06-19"),
])

D("h22_distillery", "Craft whisky distilleries, one row per distillery's flagship bottling.", [
    ("DISTILLERY_ID", "id", "D001", "D002", "D003"),
    ("REGION", "categorical", "Speyside", "Islay", "Highland", "Lowland"),
    ("STILL_TYPE", "categorical", "pot", "column", "hybrid"),
    ("CASK_TYPE", "categorical", "bourbon", "sherry", "wine", "virgin oak"),
    ("MALT_PEATED", "binary", 0, 1, 1),
    ("AGE_YRS", "numeric", 8, 12, 18),
    ("ABV", "numeric", 40.0, 46.0, 57.1),
    ("ANGELS_SHARE_PCT", "numeric", 1.8, 2.0, 2.6),
    ("TASTING_SCORE", "numeric", 84, 88, 92),
    ("TASTING_SCORE_V2", "numeric", 7.9, 8.4, 9.1),
    ("AWARD_WON", "binary", 0, 1, 0),
    ("TOUR_CENTER", "binary", 1, 0, 1),
    ("VISITORS_PRE", "numeric", 2000, 15000, 40000),
    ("VISITORS_POST", "numeric", 3500, 14000, 52000),
    ("SALES_Y1", "numeric", 12000, 80000, 240000),
    ("SALES_Y3", "numeric", 20000, 95000, 310000),
    ("EXPORT_SHARE", "numeric", 0.1, 0.45, 0.8),
    ("FOUND_DATE", "date", "1824-01-01", "2005-06-01", "2016-03-15"),
])

D("h22_hazelnut", "Hazelnut orchards, one row per orchard and harvest.", [
    ("orchard_id", "id", "HZ-01", "HZ-02", "HZ-03"),
    ("cultivar", "categorical", "Tonda", "Barcelona", "Jefferson", "Yamhill"),
    ("area_ha", "numeric", 1.2, 4.5, 12.0),
    ("slope_deg", "numeric", 2, 8, 15),
    ("irr", "binary", 1, 0, 1),
    ("n_kg_ha", "numeric", 60, 90, 120),
    ("prune_int", "binary", 0, 1, 1),
    ("org_cert", "binary", 0, 0, 1),
    ("precip_mm", "numeric", 650, 800, 1100),
    ("bud_mite_bl", "numeric", 4, 12, 30),
    ("bud_mite_12m", "numeric", 6, 10, 41),
    ("blight_inc", "numeric", 0.05, 0.2, 0.35),
    ("blight_sev", "numeric", 1, 2, 4),
    ("kernel_pct", "numeric", 42, 46, 50),
    ("yld_t_ha_prev", "numeric", 1.8, 2.6, 3.1),
    ("yld_t_ha", "numeric", 2.0, 2.4, 3.5),
    ("harvest_dt", "date", "2024-09-10", "2024-09-21", "2024-10-02"),
])

D("h22_pistachio", "Pistachio farms, one row per farm and season.", [
    ("farm", "id", "PF-1", "PF-2", "PF-3"),
    ("region", "categorical", "Kerman", "California", "Sicily", "Anatolia"),
    ("rootstock", "categorical", "UCB1", "Atlantica", "Terebinthus"),
    ("acres", "numeric", 20, 150, 900),
    ("drip", "binary", 1, 0, 1),
    ("salinity", "numeric", 2.5, 6.0, 9.5),
    ("chill", "numeric", 600, 850, 1100),
    ("males", "numeric", 5, 8, 12),
    ("organic", "binary", 0, 1, 0),
    ("yield", "numeric", 2200, 3100, 4000),
    ("yield_last", "numeric", 1900, 3500, 2600),
    ("splits", "numeric", 72, 81, 90),
    ("splitting", "numeric", 0.7, 0.8, 0.88),
    ("blanks", "numeric", 8, 15, 25),
    ("aflatoxin", "numeric", 0.5, 2.0, 6.5),
    ("price", "numeric", 7.5, 9.0, 11.2),
    ("planted", "date", "1998-03-01", "2008-04-01", "2015-02-20"),
])

D("h22_abalone", "Land-based and sea-cage abalone farms (camelCase export).", [
    ("farmId", "id", "AB-201", "AB-202", "AB-203"),
    ("species", "categorical", "red", "green", "blacklip", "greenlip"),
    ("recircSystem", "binary", 1, 0, 0),
    ("kelpDiet", "binary", 1, 1, 0),
    ("stockDensity", "numeric", 30, 50, 80),
    ("waterTempC", "numeric", 14.5, 18.0, 21.0),
    ("oxygenMgL", "numeric", 6.2, 7.5, 8.4),
    ("feedCostUsd", "numeric", 1200, 3400, 8000),
    ("growthRate", "numeric", 60, 85, 110),
    ("growthRatePct", "numeric", 1.1, 1.6, 2.3),
    ("shellLengthMm", "numeric", 42, 58, 75),
    ("shellLengthMmV2", "numeric", 41.5, 57.8, 75.4),
    ("vibrioOutbreak", "binary", 0, 1, 0),
    ("survival6m", "numeric", 0.82, 0.9, 0.7),
    ("survival12m", "numeric", 0.7, 0.84, 0.55),
    ("startDate", "date", "2022-11-01", "2023-02-15", "2023-05-30"),
])

D("h22_sturgeon", "Sturgeon aquaculture farms producing caviar.", [
    ("FARM_ID", "id", "ST-01", "ST-02", "ST-03"),
    ("SPECIES", "categorical", "beluga", "osetra", "sevruga", "siberian"),
    ("RAS_SYSTEM", "binary", 1, 0, 1),
    ("STOCK_DENS", "numeric", 20, 30, 45),
    ("WATER_TEMP", "numeric", 14, 17, 20),
    ("DO_PPM", "numeric", 6.5, 7.8, 9.0),
    ("FEED_PROT_PCT", "numeric", 38, 42, 48),
    ("HORMONE_TX", "binary", 0, 1, 0),
    ("MATURITY_YRS", "numeric", 7, 9, 14),
    ("ROE_YIELD_PCT", "numeric", 8.5, 11.0, 14.2),
    ("ROE_YIELD_PCT_V2", "numeric", 8.1, 10.6, 14.0),
    ("EGG_GRADE", "numeric", 1, 2, 3),
    ("MORT_Y1", "numeric", 0.08, 0.12, 0.2),
    ("MORT_Y2", "numeric", 0.04, 0.07, 0.11),
    ("PRICE_KG", "numeric", 900, 1800, 4500),
    ("CERT_CITES", "binary", 1, 1, 0),
    ("HARVEST_DATE", "date", "2023-10-12", "2024-04-03", "2024-11-21"),
])

D("h22_hepa", "Adult cohort offered hepatitis A vaccination during an outbreak response.", [
    ("pid", "id", "HA0001", "HA0002", "HA0003"),
    ("age_yr", "numeric", 24, 41, 63),
    ("sex", "categorical", "F", "M"),
    ("msm", "binary", 0, 1, 0),
    ("hous_unst", "binary", 1, 0, 0),
    ("travel_end", "binary", 0, 0, 1),
    ("reminder_sms", "binary", 1, 0, 1),
    ("hav_vax", "binary", 1, 0, 1),
    ("doses_n", "numeric", 0, 1, 2),
    ("igg_bl", "numeric", 2.1, 8.4, 15.0),
    ("igg_6m", "numeric", 25.0, 9.0, 140.0),
    ("anti_hav_pos", "binary", 1, 0, 1),
    ("alt_peak", "numeric", 35, 410, 1900),
    ("hav_inf_1y", "binary", 0, 0, 1),
    ("hav_inf_2y", "binary", 0, 1, 1),
    ("hosp", "binary", 0, 0, 1),
    ("vax_date", "date", "2023-04-02", "2023-05-17", "2023-07-30"),
])

D("h22_je", "Children in a Japanese encephalitis vaccination programme, one row per child.", [
    ("child", "id", "C-0001", "C-0002", "C-0003"),
    ("age", "numeric", 9, 15, 36),
    ("rural", "binary", 1, 0, 1),
    ("pigs", "binary", 1, 0, 0),
    ("nets", "binary", 1, 1, 0),
    ("distance", "numeric", 0.8, 4.5, 12.0),
    ("mother_school", "categorical", "none", "primary", "secondary", "tertiary"),
    ("campaign", "binary", 1, 0, 1),
    ("vaccine", "categorical", "live", "inactivated", "chimeric"),
    ("doses", "numeric", 0, 1, 2),
    ("titre_before", "numeric", 5, 10, 20),
    ("titre_after", "numeric", 40, 160, 640),
    ("seroprotected", "binary", 1, 1, 0),
    ("case_year1", "binary", 0, 0, 1),
    ("case_year2", "binary", 0, 1, 0),
    ("encephalitis", "binary", 0, 0, 1),
    ("stunting", "numeric", -2.4, -0.8, 0.3),
    ("vaccinated_on", "date", "2023-03-10", "2023-03-11", "2023-06-02"),
])

D("h22_qfever", "Dairy goat herds monitored for Q fever (Coxiella burnetii).", [
    ("HERD_ID", "id", "QH-001", "QH-002", "QH-003"),
    ("HERD_SIZE", "numeric", 120, 500, 1800),
    ("KIDDING_SEASON", "categorical", "spring", "autumn", "year-round"),
    ("DENSITY_FARMS_5KM", "numeric", 2, 9, 25),
    ("WIND_EXPOSURE", "numeric", 1, 2, 3),
    ("MANURE_COVER", "binary", 0, 1, 1),
    ("VACC_PHASE1", "binary", 1, 0, 1),
    ("BIOSEC_SCORE", "numeric", 45, 62, 80),
    ("BIOSEC_SCORE_V2", "numeric", 0.5, 0.66, 0.84),
    ("ABORT_RATE_PRE", "numeric", 0.05, 0.18, 0.3),
    ("ABORT_RATE_POST", "numeric", 0.03, 0.08, 0.22),
    ("SHED_VAG", "numeric", 0.1, 0.35, 0.6),
    ("SHED_MILK", "numeric", 0.05, 0.2, 0.4),
    ("SERO_PREV", "numeric", 0.15, 0.4, 0.72),
    ("SERO_PREV_V2", "numeric", 0.14, 0.42, 0.7),
    ("HUMAN_CASES_1KM", "numeric", 0, 2, 9),
    ("SAMPLE_DATE", "date", "2023-03-01", "2023-04-12", "2023-10-05"),
])

D("h22_beriberi", "Mother-infant pairs in a thiamine supplementation programme in rice-growing districts.", [
    ("inf_id", "id", "TB-001", "TB-002", "TB-003"),
    ("mat_age", "numeric", 19, 26, 38),
    ("district", "categorical", "urban", "periurban", "rural"),
    ("polished_rice", "binary", 1, 1, 0),
    ("bf_excl", "binary", 1, 0, 1),
    ("mat_thiam", "binary", 1, 0, 1),
    ("thiam_mg", "numeric", 0, 10, 100),
    ("etk_ac_bl", "numeric", 1.12, 1.25, 1.31),
    ("etk_ac_3m", "numeric", 1.05, 1.22, 1.1),
    ("inf_bb", "binary", 0, 1, 0),
    ("cardiac_bb", "binary", 0, 0, 1),
    ("lactate_mmol", "numeric", 1.4, 3.2, 6.8),
    ("wt_z_bl", "numeric", -1.2, -0.4, 0.3),
    ("wt_z_6m", "numeric", -0.9, -0.6, 0.5),
    ("mort_6m", "binary", 0, 0, 1),
    ("mort_12m", "binary", 0, 1, 1),
    ("birth_dt", "date", "2022-08-14", "2022-11-02", "2023-01-25"),
])

QS = []


def Q(ds, kind, text, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw[k]
    if ds == "none":
        cols = None
    else:
        cols = list(DATASETS[ds]["columns"].keys())
        for role in (t, y, m):
            if role is not None:
                assert role in cols, (ds, role)
        for c in kw.get("covariates", []):
            assert c in cols, (ds, c)
        for c, v in kw.get("at", {}).items():
            assert c in cols, (ds, c)
            spec = DATASETS[ds]["columns"][c]
            if spec["type"] == "categorical":
                assert v in spec["values"], (ds, c, v)
    QS.append({"question": text, "dataset": ds, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp})


# ---------------- field hockey ----------------
d = "h22_fieldhockey"
Q(d, "ate", "Estimate the average treatment effect of having a licensed coach (`coach_lic`) on season win percentage (`win_pct`), adjusting for `budget_k` and `mbr_n`.", "coach_lic", "win_pct", covariates=["budget_k", "mbr_n"])
Q(d, "ate", "Do hockey clubs that review match footage end up scoring more goals?", "video_anl", "gl_scored_post")
Q(d, "ate", "does adding an extra hour of practice per week cut injuries", "trn_hrs_wk", "inj_rate_12m")
Q(d, "ate", "ate of yth_prog on mbr_n, adj region", "yth_prog", "mbr_n", covariates=["region"])
Q(d, "ate", "Is the higher win rate of clubs with a licensed coach a genuine effect, or is it just that wealthier clubs hire them? Control for budget.", "coach_lic", "win_pct", covariates=["budget_k"])
Q(d, "ate", "Is the 12-month injury rate (inj_rate_12m) lowered by using video analysis (video_anl)?", "video_anl", "inj_rate_12m")
Q(d, "ate", "What's the effect of training hours on the fitness score?", "trn_hrs_wk", None, clarify=True)
Q(d, "ate", "For the clubs that actually hired a licensed coach, how much did that raise their share of games won?", "coach_lic", "win_pct", estimand="att")
Q(d, "cate", "Effect of coach_lic on win_pct among clubs playing on sand turf.", "coach_lic", "win_pct", at={"turf_typ": "sand"})
Q(d, "cate", "How does the payoff from video analysis, in goals scored, vary with club budget?", "video_anl", "gl_scored_post")
Q(d, "cate", "what is the effect of training volume on injury rate for clubs that train 6 hours a week", "trn_hrs_wk", "inj_rate_12m", at={"trn_hrs_wk": 6})
Q(d, "cate", "In the southern region, does running a youth programme grow club membership?", "yth_prog", "mbr_n", at={"region": "south"})
Q(d, "policy", "Which clubs should the federation fund to hire a licensed coach if the goal is to maximise win percentage?", "coach_lic", "win_pct")
Q(d, "policy", "Targeting rule: which clubs should adopt video analysis (`video_anl`) to raise `gl_scored_post`, given a limited number of software licences?", "video_anl", "gl_scored_post")
Q(d, "policy", "who should get a youth programme if we want more members", "yth_prog", "mbr_n")
Q(d, "mediation", "How much of the effect of training hours (trn_hrs_wk) on win_pct runs through fitness_scr?", "trn_hrs_wk", "win_pct", "fitness_scr")
Q(d, "mediation", "Licensed coaches seem to win more games by getting their players fitter, and fitness then wins matches. How much of that goes via fitness as measured by the v2 score?", "coach_lic", "win_pct", "fitness_scr_v2")
Q(d, "mediation", "direct vs indirect effect of coach_lic on gl_scored_post through trn_hrs_wk", "coach_lic", "gl_scored_post", "trn_hrs_wk")
Q(d, "discover", "Learn the causal graph among the variables in the field hockey club data.")
Q(d, "discover", "What drives what among these club metrics? Work out the structure of dependencies between them.")
Q(d, "unsupported", "Plot win_pct by region as a boxplot.")

# ---------------- ultimate ----------------
d = "h22_ultimate"
Q(d, "ate", "Estimate the ATE of `hasCoach` on `winRate90d`, controlling for `rosterSize` and `avgAge`.", "hasCoach", "winRate90d", covariates=["rosterSize", "avgAge"])
Q(d, "ate", "Do teams that spend longer on throwing drills give the disc away less often?", "throwDrillMin", "turnoversPerGame")
Q(d, "ate", "ate zoneDefenseUse -> winRate30d", "zoneDefenseUse", "winRate30d")
Q(d, "ate", "does having a coach improve win rate?", "hasCoach", None, clarify=True)
Q(d, "ate", "Is players coming back the following season boosted by having a coach?", "hasCoach", "retainedNextSeason")
Q(d, "ate", "Effect of more practices per week on completion percentage (completionPctV2).", "practicesPerWk", "completionPctV2")
Q(d, "ate", "For teams that actually played zone defence, what did it do to their 90-day win rate?", "zoneDefenseUse", "winRate90d", estimand="att")
Q(d, "ate", "Does travelling further to tournaments hurt a team's spirit-of-the-game score? Use spiritScore, not the v2.", "travelKm", "spiritScore")
Q(d, "ate", "What's the causal effect between spiritScore and turnoversPerGame?", None, None, clarify=True)
Q(d, "cate", "Effect of hasCoach on winRate90d in the mixed division.", "hasCoach", "winRate90d", at={"divisionType": "mixed"})
Q(d, "cate", "For which teams is the benefit of throw drills on completion percentage largest?", "throwDrillMin", None, clarify=True)
Q(d, "cate", "Under the condition that a team practises 3 times a week, what is the effect of zone defense on turnovers per game?", "zoneDefenseUse", "turnoversPerGame", at={"practicesPerWk": 3})
Q(d, "cate", "How does the coaching effect on player retention differ by the squad's average age?", "hasCoach", "retainedNextSeason")
Q(d, "policy", "Which teams should the federation assign volunteer coaches to, to maximise retention into next season?", "hasCoach", "retainedNextSeason")
Q(d, "policy", "Should every team switch to zone D, or only some? Give me a rule that boosts winRate90d.", "zoneDefenseUse", "winRate90d")
Q(d, "mediation", "Coaching raises win rate by cutting turnovers, which then wins games. Quantify the indirect share of the hasCoach effect on winRate90d that goes through turnoversPerGame.", "hasCoach", "winRate90d", "turnoversPerGame")
Q(d, "mediation", "decompose effect of throwDrillMin on winRate30d via completionPct into direct and indirect", "throwDrillMin", "winRate30d", "completionPct")
Q(d, "discover", "Which of these team stats cause which? Recover the causal structure.")
Q(d, "unsupported", "Predict winRate90d for next season's teams.")

# ---------------- capoeira ----------------
d = "h22_capoeira"
Q(d, "ate", "Estimate the average effect of MUSIC_CLASS on DROPOUT_12M, adjusting for FEE_BRL and CITY_SIZE.", "MUSIC_CLASS", "DROPOUT_12M", covariates=["FEE_BRL", "CITY_SIZE"])
Q(d, "ate", "Does holding a batizado ceremony grow a school's enrolment?", "BATIZADO_HELD", "STUDENTS_12M")
Q(d, "ate", "effect of roda frequency on flexibility", "RODA_FREQ", None, clarify=True)
Q(d, "ate", "Does charging higher monthly fees push students to quit within six months?", "FEE_BRL", "DROPOUT_6M")
Q(d, "ate", "Is student dropout reduced by running a social project? Look at the 12-month figure and hold the mestre's experience fixed.", "SOCIAL_PROJ", "DROPOUT_12M", covariates=["MESTRE_YRS"])
Q(d, "ate", "ATE SOCIAL_PROJ on STUDENTS_12M", "SOCIAL_PROJ", "STUDENTS_12M")
Q(d, "ate", "Do academias led by more seasoned masters hang on to their pupils better?", "MESTRE_YRS", "RETENTION_RT")
Q(d, "ate", "For schools that did not offer music classes, what would adding them have done to retention?", "MUSIC_CLASS", "RETENTION_RT", estimand="atc")
Q(d, "cate", "Effect of MUSIC_CLASS on RETENTION_RT for Angola-style schools.", "MUSIC_CLASS", "RETENTION_RT", at={"STYLE": "Angola"})
Q(d, "cate", "in large cities, does a social project cut 12 month dropout", "SOCIAL_PROJ", "DROPOUT_12M", at={"CITY_SIZE": "large"})
Q(d, "cate", "How does the effect of roda frequency on enrolment after a year vary across capoeira styles?", "RODA_FREQ", "STUDENTS_12M")
Q(d, "cate", "What is the effect of the fee level on six-month dropout when the fee is R$150?", "FEE_BRL", "DROPOUT_6M", at={"FEE_BRL": 150})
Q(d, "policy", "Which schools should receive a grant to start music classes so as to minimise 12-month dropout?", "MUSIC_CLASS", "DROPOUT_12M")
Q(d, "policy", "Find a rule for which schools should hold a batizado to maximise STUDENTS_12M.", "BATIZADO_HELD", "STUDENTS_12M")
Q(d, "policy", "whom to target with social projects to lower dropout", "SOCIAL_PROJ", None, clarify=True)
Q(d, "mediation", "Music classes may keep students because they make rodas more frequent, which then hooks people on the game. How much of the retention effect goes through RODA_FREQ?", "MUSIC_CLASS", "RETENTION_RT", "RODA_FREQ")
Q(d, "mediation", "Mediation: BATIZADO_HELD -> RETENTION_RT -> STUDENTS_12M", "BATIZADO_HELD", "STUDENTS_12M", "RETENTION_RT")
Q(d, "discover", "Run causal discovery on the capoeira schools dataset.")
Q(d, "discover", "Figure out which school characteristics directly influence which others; I want to see the arrows.")
Q(d, "unsupported", "What's the mean FEE_BRL by STYLE?")

# ---------------- chandlers ----------------
d = "h22_chandlers"
Q(d, "ate", "Estimate the effect of running a discount (`discount`) on `sales_after`, controlling for `price` and `region`.", "discount", "sales_after", covariates=["price", "region"])
Q(d, "ate", "Does selling candles online lift a shop's sales?", "online", "sales_after")
Q(d, "ate", "Do heavier fragrance loads cause more soot?", "fragrance", None, clarify=True)
Q(d, "ate", "Does the colour of the candles affect how many a shop sells?", None, "sales_after", clarify=True)
Q(d, "ate", "Is the number of returns raised by a higher fragrance load? control for wax", "fragrance", "returns", covariates=["wax"])
Q(d, "ate", "What happens to a chandler's star ratings if they put their prices up?", "price", "stars")
Q(d, "ate", "For shops that ran discounts, how much extra did they sell afterwards because of it?", "discount", "sales_after", estimand="att")
Q(d, "ate", "Is online selling really linked to fewer returns, or is that just confounding by region?", "online", "returns", covariates=["region"])
Q(d, "cate", "Effect of discount on sales_after among rural shops.", "discount", "sales_after", at={"region": "rural"})
Q(d, "cate", "For beeswax candles, does extra scent shorten how long they burn?", "fragrance", "burntime", at={"wax": "beeswax"})
Q(d, "cate", "When the price is $25, what's the effect of a discount on sales?", "discount", "sales_after", at={"price": 25})
Q(d, "cate", "Which kinds of shop gain most from going online, in sales terms?", "online", "sales_after")
Q(d, "policy", "Which shops should run a discount to maximise sales_after?", "discount", "sales_after")
Q(d, "policy", "Recommend which chandlers should open an online store so as to minimise returns.", "online", "returns")
Q(d, "policy", "Which shops should get the discount if the aim is fewer returned candles?", "discount", "returns")
Q(d, "mediation", "Does fragrance load lower star ratings because it makes candles sootier? Split it into a direct part and a via-soot part using `sootiness`.", "fragrance", "stars", "sootiness")
Q(d, "mediation", "How much of online selling's effect on sales works through customer ratings (rating)?", "online", "sales_after", "rating")
Q(d, "discover", "Discover the causal structure among the candle shop variables.")
Q(d, "unsupported", "Clean the founded column and remove duplicate shops.")

# ---------------- perfumers ----------------
d = "h22_perfumers"
Q(d, "ate", "Estimate the ATE of `influencer` on `rev_q4`, adjusting for `mkt_spend_k` and `segment`.", "influencer", "rev_q4", covariates=["mkt_spend_k", "segment"])
Q(d, "ate", "Do perfumes with more natural absolutes cause more allergy complaints?", "nat_abs_pct", "allergy_cmpl")
Q(d, "ate", "Does a higher natural content make a scent last longer on skin? use the revised longevity measure", "nat_abs_pct", "longev_hr_v2")
Q(d, "ate", "ate of nose experience on blind preference", "nose_yrs", None, clarify=True)
Q(d, "ate", "Is quarterly revenue boosted by marketing spend?", "mkt_spend_k", "rev_q4")
Q(d, "ate", "ifra_cmp -> allergy_cmpl ate, adj nat_abs_pct", "ifra_cmp", "allergy_cmpl", covariates=["nat_abs_pct"])
Q(d, "ate", "Among houses that did not use influencers, what would influencer campaigns have done to their Q4 takings?", "influencer", "rev_q4", estimand="atc")
Q(d, "ate", "Is the link between a perfumer's years of experience and how far the scent projects causal, or just because niche houses hire veterans? Adjust for segment.", "nose_yrs", "sillage_idx", covariates=["segment"])
Q(d, "cate", "Effect of influencer on rev_q4 for niche houses.", "influencer", "rev_q4", at={"segment": "niche"})
Q(d, "cate", "For eau de parfum (EDP), what does raising the natural absolute share do to longevity (longev_hr)?", "nat_abs_pct", "longev_hr", at={"conc_typ": "EDP"})
Q(d, "cate", "How does the effect of marketing budget on fourth-quarter revenue vary with the perfumer's experience?", "mkt_spend_k", "rev_q4")
Q(d, "cate", "effect of nat_abs_pct on allergy_cmpl when nat_abs_pct = 40", "nat_abs_pct", "allergy_cmpl", at={"nat_abs_pct": 40})
Q(d, "policy", "Which houses should partner with influencers to maximise fourth-quarter revenue?", "influencer", "rev_q4")
Q(d, "policy", "Allocation question: decide which launches get an IFRA compliance review (ifra_cmp) to minimise allergy_cmpl.", "ifra_cmp", "allergy_cmpl")
Q(d, "mediation", "How much of the effect of natural absolutes (nat_abs_pct) on blind_pref_v2 goes through longev_hr_v2?", "nat_abs_pct", "blind_pref_v2", "longev_hr_v2")
Q(d, "mediation", "Influencer campaigns might raise revenue by boosting blind-test preference, which then lifts sales. Split into direct and indirect using blind_pref and rev_q4.", "influencer", "rev_q4", "blind_pref")
Q(d, "mediation", "mediation of nose_yrs on rev_q4 via sillage_idx", "nose_yrs", "rev_q4", "sillage_idx")
Q(d, "discover", "Learn a DAG over the perfume house variables.")
Q(d, "discover", "Which factors in the perfumer data influence which? Map out the dependencies.")
Q(d, "unsupported", "Forecast rev_q4 for next year for each house.")

# ---------------- soap ----------------
d = "h22_soap"
Q(d, "ate", "Estimate the ATE of `coldProcess` on `latherScoreV2`, adjusting for `oliveOilPct`.", "coldProcess", "latherScoreV2", covariates=["oliveOilPct"])
Q(d, "ate", "Does leaving soap to cure longer make the bars harder?", "cureWeeks", "hardnessScore")
Q(d, "ate", "Do unscented bars lead to fewer complaints of itchy or red skin?", "fragranceFree", "skinIrritReports")
Q(d, "ate", "effect of fragranceFree on reorders", "fragranceFree", None, clarify=True)
Q(d, "ate", "Is the 90-day customer rating improved by cold processing, controlling for cure weeks and lye discount?", "coldProcess", "customerRating90d", covariates=["cureWeeks", "lyeDiscountPct"])
Q(d, "ate", "ate lyeDiscountPct on skinIrritReports", "lyeDiscountPct", "skinIrritReports")
Q(d, "ate", "How much did cold processing change weekly sales for the batches that were actually cold-processed?", "coldProcess", "salesPerWk", estimand="att")
Q(d, "ate", "Does more olive oil in the recipe give a creamier lather? (latherScore)", "oliveOilPct", "latherScore")
Q(d, "cate", "Effect of fragranceFree on customerRating90d for plastic-packaged batches.", "fragranceFree", "customerRating90d", at={"packagingType": "plastic"})
Q(d, "cate", "What is the effect of cure time on hardness when the olive oil share is 60%?", "cureWeeks", "hardnessScore", at={"oliveOilPct": 60})
Q(d, "cate", "For which batches does cold process boost reorder180d the most?", "coldProcess", "reorder180d")
Q(d, "cate", "Under the condition that cure time is 6 weeks, effect of lye discount on irritation reports", "lyeDiscountPct", "skinIrritReports", at={"cureWeeks": 6})
Q(d, "policy", "Which batches should be made fragrance-free to minimise skin irritation reports?", "fragranceFree", "skinIrritReports")
Q(d, "policy", "Who should we target with cold-process production to maximise reorder180d?", "coldProcess", "reorder180d")
Q(d, "policy", "rule for when to use cold process to raise weekly sales", "coldProcess", "salesPerWk")
Q(d, "mediation", "Cold process seems to win repeat buyers because it makes a richer lather, which then drives reorders. How much of the effect on reorder180d is through latherScoreV2?", "coldProcess", "reorder180d", "latherScoreV2")
Q(d, "mediation", "How much of cold processing's effect on reorder180d flows through lather quality?", "coldProcess", "reorder180d", None, clarify=True)
Q(d, "discover", "what causes what in this soap batch data?")
Q(d, "unsupported", "Summarise salesPerWk by packagingType (mean and sd).")

# ---------------- distillery ----------------
d = "h22_distillery"
Q(d, "ate", "Estimate the average effect of AWARD_WON on SALES_Y3, adjusting for AGE_YRS and REGION.", "AWARD_WON", "SALES_Y3", covariates=["AGE_YRS", "REGION"])
Q(d, "ate", "Does opening a visitor centre bring more people through the door?", "TOUR_CENTER", "VISITORS_POST")
Q(d, "ate", "Does longer maturation improve the tasting score?", "AGE_YRS", None, clarify=True)
Q(d, "ate", "Is the export share raised by winning a medal at a spirits competition?", "AWARD_WON", "EXPORT_SHARE")
Q(d, "ate", "ate MALT_PEATED on TASTING_SCORE_V2 adj CASK_TYPE", "MALT_PEATED", "TASTING_SCORE_V2", covariates=["CASK_TYPE"])
Q(d, "ate", "Do older whiskies sell better three years on?", "AGE_YRS", "SALES_Y3")
Q(d, "ate", "For distilleries that did open a tour centre, what was the effect on year-3 sales?", "TOUR_CENTER", "SALES_Y3", estimand="att")
Q(d, "ate", "Does bottling at a higher strength cause higher tasting marks on the original 100-point scale?", "ABV", "TASTING_SCORE")
Q(d, "cate", "Effect of TOUR_CENTER on VISITORS_POST for Islay distilleries.", "TOUR_CENTER", "VISITORS_POST", at={"REGION": "Islay"})
Q(d, "cate", "For sherry casks, does ageing longer raise TASTING_SCORE_V2?", "AGE_YRS", "TASTING_SCORE_V2", at={"CASK_TYPE": "sherry"})
Q(d, "cate", "What is the effect of ageing on the angels' share at 12 years old?", "AGE_YRS", "ANGELS_SHARE_PCT", at={"AGE_YRS": 12})
Q(d, "cate", "How does the award effect on sales differ by still type?", "AWARD_WON", "SALES_Y3")
Q(d, "policy", "Which distilleries should build a tour centre to maximise visitor numbers?", "TOUR_CENTER", "VISITORS_POST")
Q(d, "policy", "Which distilleries should enter their whisky for awards to maximise SALES_Y3?", "AWARD_WON", "SALES_Y3")
Q(d, "policy", "targeting: which sites should peat their malt to raise TASTING_SCORE_V2", "MALT_PEATED", "TASTING_SCORE_V2")
Q(d, "mediation", "Awards may drive later sales by opening export markets. How much of the AWARD_WON effect on SALES_Y3 is via EXPORT_SHARE?", "AWARD_WON", "SALES_Y3", "EXPORT_SHARE")
Q(d, "mediation", "TOUR_CENTER -> VISITORS_POST -> SALES_Y3 mediation", "TOUR_CENTER", "SALES_Y3", "VISITORS_POST")
Q(d, "discover", "Estimate the causal structure of the distillery dataset.")
Q(d, "unsupported", "Write the SQL: SELECT REGION, AVG(ABV) FROM distilleries GROUP BY REGION, and explain it.")

# ---------------- hazelnut ----------------
d = "h22_hazelnut"
Q(d, "ate", "Estimate the ATE of drip irrigation (`irr`) on `yld_t_ha`, controlling for `precip_mm` and `slope_deg`.", "irr", "yld_t_ha", covariates=["precip_mm", "slope_deg"])
Q(d, "ate", "Does hard pruning cut blight?", "prune_int", None, clarify=True)
Q(d, "ate", "Does nitrogen fertiliser raise nut yields?", "n_kg_ha", "yld_t_ha")
Q(d, "ate", "Is the kernel percentage improved by watering the trees?", "irr", "kernel_pct")
Q(d, "ate", "Do organic orchards end up with more big-bud mites?", "org_cert", "bud_mite_12m")
Q(d, "ate", "ate prune_int on blight_sev", "prune_int", "blight_sev")
Q(d, "ate", "For the orchards that went organic, what did certification do to their tonnage per hectare?", "org_cert", "yld_t_ha", estimand="att")
Q(d, "ate", "Is the yield gain from irrigating genuine, or is it because flatter orchards are the ones irrigated? Hold slope fixed.", "irr", "yld_t_ha", covariates=["slope_deg"])
Q(d, "cate", "Effect of irr on yld_t_ha for Jefferson orchards.", "irr", "yld_t_ha", at={"cultivar": "Jefferson"})
Q(d, "cate", "What does nitrogen do to yield at 120 kg N per hectare?", "n_kg_ha", "yld_t_ha", at={"n_kg_ha": 120})
Q(d, "cate", "How does the effect of intensive pruning on blight incidence vary with rainfall?", "prune_int", "blight_inc")
Q(d, "cate", "When annual precipitation is 800 mm, what is the effect of drip irrigation on kernel percentage?", "irr", "kernel_pct", at={"precip_mm": 800})
Q(d, "policy", "Which orchards should install drip irrigation to maximise yield per hectare?", "irr", "yld_t_ha")
Q(d, "policy", "Who should adopt intensive pruning to minimise blight incidence (blight_inc)?", "prune_int", "blight_inc")
Q(d, "policy", "How should we allocate nitrogen, i.e. which orchards get more, to maximise kernel_pct?", "n_kg_ha", "kernel_pct")
Q(d, "mediation", "How much of the yield effect of pruning passes through lower blight severity?", "prune_int", "yld_t_ha", "blight_sev")
Q(d, "mediation", "Organic certification might reduce yields by letting bud mites build up, which then damage the buds. Decompose the effect into a direct part and a mite-mediated part (12-month count).", "org_cert", "yld_t_ha", "bud_mite_12m")
Q(d, "discover", "causal discovery on h22_hazelnut pls")
Q(d, "discover", "Which orchard variables drive which? Infer the structure from the data.")
Q(d, "unsupported", "Show me a histogram of yld_t_ha.")

# ---------------- pistachio ----------------
d = "h22_pistachio"
Q(d, "ate", "Estimate the average effect of `drip` on `yield`, adjusting for `salinity` and `acres`.", "drip", "yield", covariates=["salinity", "acres"])
Q(d, "ate", "Do more winter chill hours mean fewer empty shells?", "chill", "blanks")
Q(d, "ate", "Does drip irrigation increase nut splitting?", "drip", None, clarify=True)
Q(d, "ate", "Is aflatoxin contamination reduced by going organic?", "organic", "aflatoxin")
Q(d, "ate", "ate salinity on yield, adj rootstock", "salinity", "yield", covariates=["rootstock"])
Q(d, "ate", "Does planting a higher share of male trees improve pollination and cut the number of blanks?", "males", "blanks")
Q(d, "ate", "Among the farms that don't use drip lines, what would switching have done to yield?", "drip", "yield", estimand="atc")
Q(d, "ate", "Are salty soils really causing lower prices, or is it the region? control for region.", "salinity", "price", covariates=["region"])
Q(d, "cate", "Effect of drip on yield for trees on Atlantica rootstock.", "drip", "yield", at={"rootstock": "Atlantica"})
Q(d, "cate", "in Kerman, does organic farming cut aflatoxin", "organic", "aflatoxin", at={"region": "Kerman"})
Q(d, "cate", "What is the effect of salinity on yield at a soil salinity of 8 dS/m?", "salinity", "yield", at={"salinity": 8})
Q(d, "cate", "For which farms does drip irrigation raise the split percentage (splits) most?", "drip", "splits")
Q(d, "policy", "Which farms should get drip irrigation subsidies to maximise yield?", "drip", "yield")
Q(d, "policy", "Give a rule for which farms should convert to organic to minimise aflatoxin.", "organic", "aflatoxin")
Q(d, "mediation", "How much of drip irrigation's effect on price goes through split percentage (splits)?", "drip", "price", "splits")
Q(d, "mediation", "Salt in the soil lowers yield partly by increasing blank nuts. Quantify that indirect path.", "salinity", "yield", "blanks")
Q(d, "mediation", "mediation analysis: chill -> blanks -> yield", "chill", "yield", "blanks")
Q(d, "discover", "What is the causal structure among the pistachio farm variables?")
Q(d, "unsupported", "Compute the correlation matrix of all numeric columns.")

# ---------------- abalone ----------------
d = "h22_abalone"
Q(d, "ate", "Estimate the ATE of `kelpDiet` on `growthRate`, adjusting for `waterTempC` and `stockDensity`.", "kelpDiet", "growthRate", covariates=["waterTempC", "stockDensity"])
Q(d, "ate", "Does crowding the tanks kill more abalone over a year?", "stockDensity", "survival12m")
Q(d, "ate", "Do recirculating systems prevent vibrio outbreaks?", "recircSystem", "vibrioOutbreak")
Q(d, "ate", "effect of kelp diet on shell length", "kelpDiet", None, clarify=True)
Q(d, "ate", "Is six-month survival improved by higher dissolved oxygen?", "oxygenMgL", "survival6m")
Q(d, "ate", "ate waterTempC -> vibrioOutbreak, adj recircSystem", "waterTempC", "vibrioOutbreak", covariates=["recircSystem"])
Q(d, "ate", "For farms that fed kelp, what did kelp do to growthRatePct?", "kelpDiet", "growthRatePct", estimand="att")
Q(d, "ate", "Does the survival advantage of recirculating farms hold up once you control for water temperature, or is it confounded?", "recircSystem", "survival12m", covariates=["waterTempC"])
Q(d, "cate", "Effect of kelpDiet on growthRate for greenlip abalone.", "kelpDiet", "growthRate", at={"species": "greenlip"})
Q(d, "cate", "At 18°C water, what does stocking density do to 12-month survival?", "stockDensity", "survival12m", at={"waterTempC": 18})
Q(d, "cate", "How does the recirculation effect on survival12m vary with stocking density?", "recircSystem", "survival12m")
Q(d, "cate", "when stock density is 50, effect of oxygen on percentage growth", "oxygenMgL", "growthRatePct", at={"stockDensity": 50})
Q(d, "policy", "Which farms should switch to kelp feed to maximise growthRate?", "kelpDiet", "growthRate")
Q(d, "policy", "Which farms should invest in recirculating systems to maximise 12-month survival?", "recircSystem", "survival12m")
Q(d, "policy", "Who should be given the recirc upgrade to prevent vibrio?", "recircSystem", "vibrioOutbreak")
Q(d, "mediation", "Recirculating systems may improve survival by preventing vibrio outbreaks, which then kill stock. How much of the effect on survival12m flows through vibrioOutbreak?", "recircSystem", "survival12m", "vibrioOutbreak")
Q(d, "mediation", "direct vs indirect: kelpDiet on shellLengthMmV2 via growthRate", "kelpDiet", "shellLengthMmV2", "growthRate")
Q(d, "discover", "Learn the causal graph for the abalone farm data.")
Q(d, "unsupported", "Train a model to predict survival12m.")

# ---------------- sturgeon ----------------
d = "h22_sturgeon"
Q(d, "ate", "Estimate the ATE of HORMONE_TX on MATURITY_YRS, controlling for WATER_TEMP and SPECIES.", "HORMONE_TX", "MATURITY_YRS", covariates=["WATER_TEMP", "SPECIES"])
Q(d, "ate", "Does a higher-protein feed boost roe yield?", "FEED_PROT_PCT", None, clarify=True)
Q(d, "ate", "Do recirculating aquaculture systems lower second-year mortality?", "RAS_SYSTEM", "MORT_Y2")
Q(d, "ate", "Is the caviar price per kilo raised by CITES certification?", "CERT_CITES", "PRICE_KG")
Q(d, "ate", "ate FEED_PROT_PCT on EGG_GRADE", "FEED_PROT_PCT", "EGG_GRADE")
Q(d, "ate", "Does warmer water bring the fish to sexual maturity sooner?", "WATER_TEMP", "MATURITY_YRS")
Q(d, "ate", "What would hormone treatment have done to roe yield (V2) for the farms that did not use it?", "HORMONE_TX", "ROE_YIELD_PCT_V2", estimand="atc")
Q(d, "cate", "Effect of HORMONE_TX on MATURITY_YRS for osetra.", "HORMONE_TX", "MATURITY_YRS", at={"SPECIES": "osetra"})
Q(d, "cate", "At a stocking density of 30 kg/m3, what is the effect of RAS on first-year mortality?", "RAS_SYSTEM", "MORT_Y1", at={"STOCK_DENS": 30})
Q(d, "cate", "Which species gain the biggest price premium from CITES certification?", "CERT_CITES", "PRICE_KG")
Q(d, "cate", "among beluga farms, effect of dissolved oxygen on mortality", "DO_PPM", None, at={"SPECIES": "beluga"}, clarify=True)
Q(d, "policy", "Which farms should adopt hormone treatment to shorten the time to maturity?", "HORMONE_TX", "MATURITY_YRS")
Q(d, "policy", "Which farms should we convert to RAS to minimise year-2 mortality?", "RAS_SYSTEM", "MORT_Y2")
Q(d, "mediation", "How much of the effect of feed protein on price per kg is mediated by egg grade?", "FEED_PROT_PCT", "PRICE_KG", "EGG_GRADE")
Q(d, "mediation", "Hormone treatment may raise prices through faster maturation. Split HORMONE_TX -> PRICE_KG into direct and via MATURITY_YRS.", "HORMONE_TX", "PRICE_KG", "MATURITY_YRS")
Q(d, "discover", "Which variables cause which in the sturgeon farm data? Recover the causal ordering.")
Q(d, "unsupported", "Give me summary statistics for PRICE_KG.")

# ---------------- hepatitis A ----------------
d = "h22_hepa"
Q(d, "ate", "Estimate the ATE of `hav_vax` on `hav_inf_2y`, adjusting for `age_yr`, `msm` and `hous_unst`.", "hav_vax", "hav_inf_2y", covariates=["age_yr", "msm", "hous_unst"])
Q(d, "ate", "Do text-message reminders get people to turn up for their jab?", "reminder_sms", "hav_vax")
Q(d, "ate", "Does hepatitis A vaccination prevent infection?", "hav_vax", None, clarify=True)
Q(d, "ate", "Is antibody level raised by the number of doses received?", "doses_n", "igg_6m")
Q(d, "ate", "ate hav_vax on hosp", "hav_vax", "hosp")
Q(d, "ate", "Among those who got vaccinated, how much did vaccination cut infections in the first year?", "hav_vax", "hav_inf_1y", estimand="att")
Q(d, "ate", "Is the lower infection rate over two years among the vaccinated causal, or confounded by unstable housing? Adjust for it.", "hav_vax", "hav_inf_2y", covariates=["hous_unst"])
Q(d, "cate", "Effect of hav_vax on hav_inf_2y among men who have sex with men (msm = 1).", "hav_vax", "hav_inf_2y", at={"msm": 1})
Q(d, "cate", "For people experiencing housing instability, do SMS reminders increase vaccine uptake?", "reminder_sms", "hav_vax", at={"hous_unst": 1})
Q(d, "cate", "What is the vaccine's effect on hospitalisation for a 50-year-old?", "hav_vax", "hosp", at={"age_yr": 50})
Q(d, "cate", "Does the vaccine's effect on jaundice differ by sex?", "hav_vax", None, clarify=True)
Q(d, "policy", "Who should receive SMS reminders to maximise vaccination uptake?", "reminder_sms", "hav_vax")
Q(d, "policy", "With limited doses, whom should we vaccinate to minimise infections over two years?", "hav_vax", "hav_inf_2y")
Q(d, "policy", "targeting rule for hav_vax to reduce hosp", "hav_vax", "hosp")
Q(d, "mediation", "How much of the reminder effect on 2-year infection runs through actually being vaccinated (hav_vax)?", "reminder_sms", "hav_inf_2y", "hav_vax")
Q(d, "mediation", "Vaccination keeps people out of hospital by producing antibodies that then block infection. What fraction of hav_vax's effect on hosp is via igg_6m?", "hav_vax", "hosp", "igg_6m")
Q(d, "mediation", "direct/indirect effect of hav_vax on alt_peak through hav_inf_1y", "hav_vax", "alt_peak", "hav_inf_1y")
Q(d, "discover", "Run structure learning on the hepatitis A vaccination cohort.")
Q(d, "discover", "Learn a causal graph across these hep A variables.")
Q(d, "unsupported", "How many patients have a missing vax_date?")

# ---------------- Japanese encephalitis ----------------
d = "h22_je"
Q(d, "ate", "Estimate the average effect of `doses` on `titre_after`, controlling for `age` and `stunting`.", "doses", "titre_after", covariates=["age", "stunting"])
Q(d, "ate", "Does a vaccination campaign day raise the number of doses children receive?", "campaign", "doses")
Q(d, "ate", "Does living near pigs increase JE cases in children?", "pigs", None, clarify=True)
Q(d, "ate", "Does sleeping under a mosquito net protect kids from brain inflammation?", "nets", "encephalitis")
Q(d, "ate", "Is seroprotection improved by getting more doses?", "doses", "seroprotected")
Q(d, "ate", "ate campaign on case_year2 adj rural distance", "campaign", "case_year2", covariates=["rural", "distance"])
Q(d, "ate", "For children who did not take part in the campaign, what would it have done to their risk of a case in the second year?", "campaign", "case_year2", estimand="atc")
Q(d, "cate", "Effect of doses on titre_after for children given the live vaccine.", "doses", "titre_after", at={"vaccine": "live"})
Q(d, "cate", "Among rural children, does the campaign lower year-1 cases?", "campaign", "case_year1", at={"rural": 1})
Q(d, "cate", "At 9 months of age, what is the effect of extra doses on antibody titres?", "doses", "titre_after", at={"age": 9})
Q(d, "cate", "For whom is the campaign's effect on doses biggest; does it depend on distance from the clinic?", "campaign", "doses")
Q(d, "policy", "Which children should be prioritised for the campaign to minimise encephalitis?", "campaign", "encephalitis")
Q(d, "policy", "Which households should be handed bed nets to prevent encephalitis?", "nets", "encephalitis")
Q(d, "policy", "Who should get an extra dose to maximise seroprotection?", "doses", "seroprotected")
Q(d, "mediation", "Campaigns work by getting more doses into children, which then raises antibodies. How much of the campaign effect on titre_after is through doses?", "campaign", "titre_after", "doses")
Q(d, "mediation", "How much of the effect of doses on encephalitis is mediated by seroprotection?", "doses", "encephalitis", "seroprotected")
Q(d, "discover", "Map the causal relationships between the JE vaccination variables: what influences what?")

# ---------------- Q fever ----------------
d = "h22_qfever"
Q(d, "ate", "Estimate the ATE of VACC_PHASE1 on ABORT_RATE_POST, adjusting for HERD_SIZE and KIDDING_SEASON.", "VACC_PHASE1", "ABORT_RATE_POST", covariates=["HERD_SIZE", "KIDDING_SEASON"])
Q(d, "ate", "Does covering manure heaps reduce human Q fever cases nearby?", "MANURE_COVER", "HUMAN_CASES_1KM")
Q(d, "ate", "Does vaccinating goats reduce bacterial shedding?", "VACC_PHASE1", None, clarify=True)
Q(d, "ate", "Are fewer kids lost to abortion after herds are vaccinated against Coxiella?", "VACC_PHASE1", "ABORT_RATE_POST")
Q(d, "ate", "ate VACC_PHASE1 -> SHED_MILK adj BIOSEC_SCORE", "VACC_PHASE1", "SHED_MILK", covariates=["BIOSEC_SCORE"])
Q(d, "ate", "Does better biosecurity (the v2 score) reduce seroprevalence? use SERO_PREV", "BIOSEC_SCORE_V2", "SERO_PREV")
Q(d, "ate", "For herds that were vaccinated, what did the vaccine do to human cases within 1 km?", "VACC_PHASE1", "HUMAN_CASES_1KM", estimand="att")
Q(d, "cate", "Effect of VACC_PHASE1 on ABORT_RATE_POST in spring-kidding herds.", "VACC_PHASE1", "ABORT_RATE_POST", at={"KIDDING_SEASON": "spring"})
Q(d, "cate", "For a herd of 500 goats, what does covering the manure do to human cases?", "MANURE_COVER", "HUMAN_CASES_1KM", at={"HERD_SIZE": 500})
Q(d, "cate", "How does the vaccine's effect on vaginal shedding vary with herd size?", "VACC_PHASE1", "SHED_VAG")
Q(d, "cate", "Under the condition that wind exposure is high (score 3), what is the effect of manure cover on human cases?", "MANURE_COVER", "HUMAN_CASES_1KM", at={"WIND_EXPOSURE": 3})
Q(d, "policy", "Which herds should be vaccinated first to minimise human cases within 1 km?", "VACC_PHASE1", "HUMAN_CASES_1KM")
Q(d, "policy", "Which herds should be required to cover manure to keep human infections down?", "MANURE_COVER", "HUMAN_CASES_1KM")
Q(d, "mediation", "Vaccination protects nearby people by reducing vaginal shedding at kidding, which then cuts airborne spread. How much of VACC_PHASE1's effect on HUMAN_CASES_1KM goes through SHED_VAG?", "VACC_PHASE1", "HUMAN_CASES_1KM", "SHED_VAG")
Q(d, "mediation", "mediation of VACC_PHASE1 -> ABORT_RATE_POST via seroprevalence", "VACC_PHASE1", "ABORT_RATE_POST", None, clarify=True)
Q(d, "discover", "Infer the causal structure among the Q fever herd variables.")

# ---------------- beriberi ----------------
d = "h22_beriberi"
Q(d, "ate", "Estimate the ATE of `mat_thiam` on `inf_bb`, adjusting for `polished_rice` and `district`.", "mat_thiam", "inf_bb", covariates=["polished_rice", "district"])
Q(d, "ate", "Does giving mothers thiamine reduce infant deaths?", "mat_thiam", None, clarify=True)
Q(d, "ate", "Does maternal vitamin B1 supplementation help babies put on weight?", "mat_thiam", "wt_z_6m")
Q(d, "ate", "Is thiamine status (ETK activity coefficient) improved by the dose given to mothers?", "thiam_mg", "etk_ac_3m")
Q(d, "ate", "ate mat_thiam on cardiac_bb", "mat_thiam", "cardiac_bb")
Q(d, "ate", "For the mothers who took supplements, how much did it lower their infants' 12-month mortality?", "mat_thiam", "mort_12m", estimand="att")
Q(d, "ate", "Is a polished-rice diet really causing beriberi in breastfed babies, or is it poverty? control for district and maternal age", "polished_rice", "inf_bb", covariates=["district", "mat_age"])
Q(d, "cate", "Effect of mat_thiam on inf_bb in rural districts.", "mat_thiam", "inf_bb", at={"district": "rural"})
Q(d, "cate", "What does maternal supplementation do to infantile beriberi among exclusively breastfed infants?", "mat_thiam", "inf_bb", at={"bf_excl": 1})
Q(d, "cate", "At a dose of 10 mg, what is the effect of thiamine on the transketolase coefficient at 3 months?", "thiam_mg", "etk_ac_3m", at={"thiam_mg": 10})
Q(d, "cate", "Which infants benefit most from maternal thiamine in terms of 6-month mortality?", "mat_thiam", "mort_6m")
Q(d, "policy", "Which mothers should be given thiamine supplements to minimise infantile beriberi?", "mat_thiam", "inf_bb")
Q(d, "policy", "targeting: who should get supplements to minimise mort_12m", "mat_thiam", "mort_12m")
Q(d, "policy", "What dose of thiamine should each mother receive to minimise etk_ac_3m?", "thiam_mg", "etk_ac_3m")
Q(d, "mediation", "How much of maternal thiamine's effect on 6-month mortality is mediated by infantile beriberi?", "mat_thiam", "mort_6m", "inf_bb")
Q(d, "mediation", "Supplements prevent cardiac beriberi by restoring the baby's thiamine status. What fraction of mat_thiam's effect on cardiac_bb goes through etk_ac_3m?", "mat_thiam", "cardiac_bb", "etk_ac_3m")
Q(d, "mediation", "Decompose polished_rice -> mort_12m via inf_bb.", "polished_rice", "mort_12m", "inf_bb")
Q(d, "discover", "Discover the causal structure in the beriberi data.")

# ---------------- unsupported, no dataset ----------------
for t in [
    "Good morning! How are you today?",
    "Tell me a joke about statisticians.",
    "Write a SQL query to join customers and orders on customer_id.",
    "What's the capital of Mongolia?",
    "Forecast next month's Bitcoin price.",
    "Translate 'causal inference' into French.",
    "Convert this CSV to Excel and drop the blank rows.",
    "write a haiku about candles",
]:
    Q("none", "unsupported", t)

# ---------------- audit ----------------
A = [
    ("Would a chatbot recommend a different loan amount if the applicant's race were changed but everything else stayed the same?", "race", "loan amount"),
    ("Test whether our LLM hiring assistant changes its interview recommendation when only the candidate's gender is swapped.", "gender", "interview recommendation"),
    ("Does the AI triage tool change the urgency rating if the patient is 70 instead of 30, all else equal?", "age", "urgency rating"),
    ("counterfactual fairness audit: does the model's tenancy approval flip when the applicant's name is changed to an Arabic-sounding one?", "name", "tenancy approval"),
    ("If the same essay were written by a student who mentions a disability, would the AI grader give a different grade?", "disability", "grade"),
    ("Check whether a language model's parole recommendation depends on the defendant's religion, holding the case facts fixed.", "religion", "parole recommendation"),
    ("Does the voice assistant give a lower phone-screen score to applicants with a strong regional accent, everything else identical?", "accent", "phone-screen score"),
    ("Audit the chatbot: would it suggest a smaller credit limit to a woman than to an otherwise identical man?", "gender", "credit limit"),
    ("Would an LLM give different medical advice if only the patient's ethnicity changed?", "ethnicity", "medical advice"),
    ("is the model's scholarship decision sensitive to the applicant's nationality, all other details the same?", "nationality", "scholarship decision"),
    ("Does swapping a tenant's sexual orientation in the prompt alter the AI's rental recommendation?", "sexual orientation", "rental recommendation"),
    ("Would our AI insurance underwriter quote a different premium if the customer's age changed and nothing else?", "age", "premium"),
    ("Does the AI system's promotion recommendation change for an employee who is pregnant versus not, all else equal?", "pregnancy", "promotion recommendation"),
    ("Does the LM approve mortgages at different rates when the applicant's name is changed from Emily to Lakisha, everything else fixed?", "name", "mortgage approval"),
    ("Would a chatbot's volunteer acceptance change if the applicant disclosed a disability, other things held constant?", "disability", "volunteer acceptance"),
    ("Is the AI tutor's recommended course level different when the student's gender is changed in the profile?", "gender", "course level"),
    ("Does the LLM's bail recommendation change if the defendant's race is altered but the criminal record is the same?", "race", "bail recommendation"),
    ("Would the hiring bot's candidate ranking change if the candidate were 58 instead of 28?", "age", "candidate ranking"),
]
for t, a, o in A:
    Q("none", "audit", t, a, o)

# ---------------- relation ----------------
for t in [
    "Suppose A and B are correlated, B and C are correlated, and A is independent of C given B. Does A cause C?",
    "Premise: X correlates with Y and with Z; Y and Z are independent, but become dependent once we condition on X. Is X a common effect of Y and Z?",
    "Three variables A, B, C. A is independent of B; A and C are correlated; B and C are correlated; A and B are dependent given C. Does C cause A?",
    "Given only that P and Q are correlated and there are no other variables, can we conclude that P causes Q?",
    "All pairs among A, B, C, D are correlated, except that A and D are independent given B and C. Is B a direct cause of D?",
    "M is correlated with N, but M and N are independent conditional on K. Does M directly cause N?",
    "A and B are independent of each other. Both are correlated with C. Does A cause C?",
    "Variables E, F, G: every pair is correlated, and E is independent of G given F. Is F a mediator between E and G?",
    "Statistical facts: A correlates with B and with C; B is independent of C given A. Could A be a confounder of B and C?",
    "Premises: X and Y are uncorrelated, X correlates with W, Y correlates with W, and X and Y are correlated conditional on W. Does W cause X?",
]:
    Q("none", "relation", t)

# ---------------- generate ----------------
for t in [
    "Generate a synthetic dataset of 1000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.",
    "Create a benchmark dataset where a language model writes the structural equations for smoking -> tar -> cancer.",
    "Simulate data from this SCM: A = N(0,1); B = 2A + noise; C = A - B + noise.",
    "make me a fake causal dataset with a confounder, a treatment and an outcome, true ATE of 3",
    "Use an LLM to define the variables and equations for a DAG about rainfall, fertiliser and crop yield, then sample 5000 rows.",
    "Produce synthetic observational data with an instrument Z affecting D, D affecting Y, and an unobserved U affecting both D and Y.",
    "Sample 10k rows from a nonlinear structural causal model in which C is a collider of X and Y.",
    "Build a benchmark: a random DAG with 8 nodes; let a language model name the variables and write the functional forms.",
    "Generate data following the graph exercise -> weight -> blood pressure and exercise -> blood pressure, with exercise binary.",
    "I need a simulated dataset for testing mediation methods: T -> M -> Y and T -> Y, with a known indirect effect of 0.5.",
]:
    Q("none", "generate", t)

# ---------------- write ----------------
random.Random(SEED).shuffle(QS)

with open(os.path.join(OUT, "datasets.json"), "w") as f:
    json.dump(DATASETS, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for q in QS:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kinds = Counter(q["expected"]["kind"] for q in QS)
mods = Counter()
for q in QS:
    e = q["expected"]
    for k in ("covariates", "at", "estimand", "instrument", "clarify"):
        if k in e:
            mods[k if k != "estimand" else "estimand=" + e[k]] += 1
    if e["mediator"]:
        mods["mediator"] += 1
nds = Counter(q["dataset"] == "none" for q in QS)

stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
lines = [
    "# Held-out question set h22",
    "",
    "- Author tag: **h22** (data writer)",
    "- Written: " + stamp,
    "- Split: `test`; origin: `heldout22`; shuffle seed 22022 (`random.Random(22022).shuffle`).",
    "- Reproduce with `python3 build.py` (writes next to itself).",
    "",
    "## Domains (one dataset each, prefix `h22_`)",
    "",
]
for n, v in DATASETS.items():
    lines.append("- `%s` (%d columns): %s" % (n, len(v["columns"]), v["description"]))
lines += ["", "## Counts", "", "Total questions: %d (with dataset: %d, dataset none: %d)" % (len(QS), nds[False], nds[True]), "", "By kind:", ""]
for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
    lines.append("- %s: %d" % (k, c))
lines += ["", "By modifier:", ""]
for k, c in sorted(mods.items()):
    lines.append("- %s: %d" % (k, c))
lines += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- Unnamed version of a baseline/follow-up pair (`_bl`/`_12m`, `_pre`/`_post`, `_prev`/current, `_Y1`/`_Y3`, `titre_before`/`titre_after`) -> follow-up column is the outcome.",
          "- Parallel windows (30d/90d, 6M/12M, 1y/2y, Y1/Y2 mortality, case_year1/2), v1/v2 with no hint, two measures of one concept (soot/sootiness, vaginal/milk shedding, blight incidence/severity) or a variable missing from the data -> `clarify: true` with the unresolved role `null`. A question naming no direction between two symmetric variables -> both roles null + clarify.",
          "- `covariates` only when the question asks to adjust/control/hold fixed, or names the confounder to rule out.",
          "- `estimand`: `att` for effect on those treated/who took part; `atc` for those not treated.",
          "- Subgroup or value conditions -> `cate` + `at` (number for numeric/binary, level string for categoricals); effect heterogeneity questions -> `cate` without `at`.",
          "- Policy: treatment = action column, outcome = goal column.",
          "- Audit: treatment = attribute phrase, outcome = shortest decision noun phrase in the question; dataset `none`.",
          ""]
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("\n".join(lines))
print(len(QS), dict(kinds), dict(mods))
