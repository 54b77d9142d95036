import json, random, collections
OUT = "/tmp/wr/h78"
D = {}
Qs = []

def ds(name, desc, cols):
    D[name] = {"description": desc, "columns": {c: {"type": t, "values": v} for c, t, v in cols}}

def Q(dsname, text, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw[k]
    if dsname != "none":
        cols = list(D[dsname]["columns"].keys())
        for r in (t, y, m):
            if r is not None:
                assert r in cols, (dsname, r, text)
        for c in kw.get("covariates", []):
            assert c in cols, (dsname, c)
        if "instrument" in kw:
            assert kw["instrument"] in cols
        for c, v in kw.get("at", {}).items():
            assert c in cols, (dsname, c)
            ct = D[dsname]["columns"][c]["type"]
            if ct == "categorical":
                assert v in D[dsname]["columns"][c]["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
    else:
        cols = None
    Qs.append({"question": text, "dataset": dsname, "columns": cols, "split": "test",
               "origin": "heldout78", "expected": exp})

N, B, C, I = "numeric", "binary", "categorical", "id"

# 1 accordion repair (snake cryptic)
A = "h78_accordion_repair"
ds(A, "Repair log of a workshop restoring piano and button accordions: one row per repair job, with reed and bellows work, leak and tuning measurements before and after, and customer follow-up.", [
 ("rep_id", I, ["AR-0001", "AR-0002", "AR-0003"]),
 ("shop_rgn", C, ["north", "south", "east", "west"]),
 ("acc_age_yrs", N, [12, 47, 85]),
 ("tech_yrs", N, [2, 9, 23]),
 ("reed_rplc", B, [0, 1, 1]),
 ("blw_patch", B, [1, 0, 1]),
 ("wax_typ", C, ["beeswax", "synthetic", "rosin_blend"]),
 ("air_leak_pre", N, [14.2, 30.5, 8.1]),
 ("air_leak_post", N, [3.1, 12.0, 2.2]),
 ("tune_dev_bl", N, [18, 35, 7]),
 ("tune_dev_3m", N, [4, 12, 3]),
 ("repair_hrs", N, [3.5, 11.0, 6.25]),
 ("price_usd", N, [180, 420, 95]),
 ("cust_sat", N, [7, 9, 4]),
 ("cust_sat_v2", N, [68, 91, 40]),
 ("ret_30d", B, [0, 0, 1]),
 ("ret_90d", B, [0, 1, 1]),
])
Q(A, "Estimate the average treatment effect of `reed_rplc` on `tune_dev_3m`, adjusting for `acc_age_yrs` and `tech_yrs`.", "ate", "reed_rplc", "tune_dev_3m", covariates=["acc_age_yrs", "tech_yrs"])
Q(A, "Does patching the bellows actually cut down how much air the instrument leaks, or is that just because older squeezeboxes get patched more often?", "ate", "blw_patch", "air_leak_post")
Q(A, "ate blw_patch -> ret_90d adj air_leak_pre", "ate", "blw_patch", "ret_90d", covariates=["air_leak_pre"])
Q(A, "Is customer satisfaction on the second-version survey raised when the reeds are swapped out?", "ate", "reed_rplc", "cust_sat_v2")
Q(A, "how much does replacing reeds change the repair bill", "ate", "reed_rplc", "price_usd")
Q(A, "What is the effect of reed replacement (reed_rplc) on the three-month tuning deviation (tune_dev_3m) for the accordions that actually received new reeds?", "ate", "reed_rplc", "tune_dev_3m", estimand="att")
Q(A, "Would patching the bellows have changed the 30-day return rate for the instruments that were not patched?", "ate", "blw_patch", "ret_30d", estimand="atc")
Q(A, "whats the effect of wax choice on how satisfied customers are?", "ate", "wax_typ", None, clarify=True)
Q(A, "Estimate the effect of `reed_rplc` on `tune_dev_3m` for instruments where `acc_age_yrs` = 60.", "cate", "reed_rplc", "tune_dev_3m", at={"acc_age_yrs": 60})
Q(A, "among shops in the south region, did bellows patching reduce returns within 90 days?", "cate", "blw_patch", "ret_90d", at={"shop_rgn": "south"})
Q(A, "For which kinds of accordions is the benefit of new reeds on staying in tune largest?", "cate", "reed_rplc", "tune_dev_3m")
Q(A, "Under the condition that the technician has 20 years at the bench, what does patching the bellows do to leakage after the repair?", "cate", "blw_patch", "air_leak_post", at={"tech_yrs": 20})
Q(A, "Which incoming accordions should we route to reed replacement to minimise `tune_dev_3m`? Learn a targeting rule.", "policy", "reed_rplc", "tune_dev_3m")
Q(A, "who shld get a bellows patch if we want fewer 30-day returns", "policy", "blw_patch", "ret_30d")
Q(A, "Design an allocation rule for bellows patching that improves customer satisfaction.", "policy", "blw_patch", None, clarify=True)
Q(A, "How much of the effect of `blw_patch` on `ret_90d` is mediated by `air_leak_post`?", "mediation", "blw_patch", "ret_90d", "air_leak_post")
Q(A, "New reeds seem to make owners happier (cust_sat_v2). Is that because they keep the instrument in tune for longer, which then pleases the owner?", "mediation", "reed_rplc", "cust_sat_v2", "tune_dev_3m")
Q(A, "split the effect of bellows patching on repair price into a direct part and a part via repair hours", "mediation", "blw_patch", "price_usd", "repair_hrs")
Q(A, "Learn the causal graph among the columns in the accordion repair log.", "discover")
Q(A, "Which of these repair variables drive which? Work out the web of cause and effect between them.", "discover")
Q(A, "Plot the distribution of repair hours by region.", "unsupported")

# 2 tinsmith (camelCase)
T = "h78_tinsmith"
ds(T, "Jobs from a tinsmith's workshop making and repairing tinware (cups, lanterns, gutters): materials, seam leak tests before and after, rust scores at 6 and 12 months, and customer ratings and reorders.", [
 ("jobId", I, ["TS-101", "TS-102", "TS-103"]),
 ("shopCity", C, ["Lancaster", "York", "Bath"]),
 ("apprenticeFlag", B, [0, 1, 0]),
 ("makerYrs", N, [1, 8, 30]),
 ("sheetGaugeMm", N, [0.3, 0.5, 0.8]),
 ("solderType", C, ["leadFree", "tinLead6040", "silverBearing"]),
 ("fluxPaste", B, [1, 0, 1]),
 ("coatedTin", B, [0, 1, 1]),
 ("seamLeakPre", N, [0.8, 2.4, 0.0]),
 ("seamLeakPost", N, [0.1, 0.9, 0.0]),
 ("rustScore6m", N, [1, 3, 0]),
 ("rustScore12m", N, [2, 5, 1]),
 ("benchHours", N, [1.5, 4.0, 7.5]),
 ("orderValueUsd", N, [35, 120, 480]),
 ("customerRating", N, [3.5, 4.8, 2.0]),
 ("customerRatingV2", N, [71, 95, 40]),
 ("reorder30d", B, [0, 1, 0]),
 ("reorder90d", B, [1, 1, 0]),
])
Q(T, "What is the average effect of `fluxPaste` on `seamLeakPost`, controlling for `seamLeakPre` and `sheetGaugeMm`?", "ate", "fluxPaste", "seamLeakPost", covariates=["seamLeakPre", "sheetGaugeMm"])
Q(T, "Does using pre-coated plate keep corrosion away a year on?", "ate", "coatedTin", "rustScore12m")
Q(T, "ate coatedTin on rustScore6m", "ate", "coatedTin", "rustScore6m")
Q(T, "Is the chance of a customer coming back to order again within 90 days raised when an apprentice made the piece?", "ate", "apprenticeFlag", "reorder90d")
Q(T, "effect of flux paste on bench time, hold maker experience fixed", "ate", "fluxPaste", "benchHours", covariates=["makerYrs"])
Q(T, "Did the switch to coated sheet pay off in the revised customer rating (customerRatingV2), or is the gap just confounded by order size?", "ate", "coatedTin", "customerRatingV2")
Q(T, "For jobs that used flux paste, how much did it change their seam leakage compared with if they hadn't used it?", "ate", "fluxPaste", "seamLeakPost", estimand="att")
Q(T, "Effect of solder type on the rust outcome?", "ate", "solderType", None, clarify=True)
Q(T, "Estimate the effect of `coatedTin` on `rustScore12m` where `sheetGaugeMm` = 0.5.", "cate", "coatedTin", "rustScore12m", at={"sheetGaugeMm": 0.5})
Q(T, "For jobs done in York, does flux paste reduce seam leaks?", "cate", "fluxPaste", "seamLeakPost", at={"shopCity": "York"})
Q(T, "how does the effect of apprentice work on reorders within 30 days vary with the customer's order value?", "cate", "apprenticeFlag", "reorder30d")
Q(T, "When silver-bearing solder is used, what's the effect of flux paste on leakage after the repair?", "cate", "fluxPaste", "seamLeakPost", at={"solderType": "silverBearing"})
Q(T, "Which jobs should get coated tin to keep 12-month rust scores low, given a limited stock of coated sheet?", "policy", "coatedTin", "rustScore12m")
Q(T, "Targeting rule: assign apprentices (apprenticeFlag) to jobs so that reorder90d is maximised.", "policy", "apprenticeFlag", "reorder90d")
Q(T, "Does flux paste raise `customerRatingV2` mainly by reducing `seamLeakPost`? Decompose into direct and indirect effects.", "mediation", "fluxPaste", "customerRatingV2", "seamLeakPost")
Q(T, "coated tin -> fewer rust spots at 6 months -> more reorders at 90 days: how big is the indirect path?", "mediation", "coatedTin", "reorder90d", "rustScore6m")
Q(T, "Run causal discovery on h78_tinsmith.", "discover")
Q(T, "Write a SQL query that returns the average orderValueUsd per shopCity.", "unsupported")

# 3 mussel farming (plain words)
M = "h78_mussel_farming"
ds(M, "Longline mussel farm records, one row per dropper rope: site, stocking and husbandry choices, water conditions, shell growth from seeding to harvest, mortality and sale price.", [
 ("rope_number", I, ["L3-014", "L3-015", "L7-002"]),
 ("site", C, ["inlet", "open bay", "estuary"]),
 ("grower_experience", N, [3, 11, 26]),
 ("seed_density", N, [150, 300, 600]),
 ("predator_netting", B, [1, 0, 1]),
 ("thinning", B, [0, 1, 1]),
 ("depth", N, [3, 8, 15]),
 ("water_temperature", N, [9.5, 14.0, 17.2]),
 ("salinity", N, [28.1, 31.4, 34.0]),
 ("chlorophyll", N, [1.2, 3.8, 6.5]),
 ("shell_length_start", N, [12, 18, 25]),
 ("shell_length_harvest", N, [48, 57, 66]),
 ("condition_index", N, [22.5, 30.1, 38.4]),
 ("condition_score", N, [2, 3, 5]),
 ("mortality_30d", N, [2.0, 6.5, 11.0]),
 ("mortality_90d", N, [8.0, 15.5, 27.0]),
 ("harvest_weight", N, [9.8, 14.2, 21.5]),
 ("price", N, [2.1, 2.6, 3.4]),
])
Q(M, "Does netting the ropes against predators reduce losses at 90 days?", "ate", "predator_netting", "mortality_90d")
Q(M, "effect of thinning on how long the shells get by harvest", "ate", "thinning", "shell_length_harvest")
Q(M, "Estimate the ATE of `thinning` on `harvest_weight`, adjusting for `seed_density`, `depth` and `shell_length_start`.", "ate", "thinning", "harvest_weight", covariates=["seed_density", "depth", "shell_length_start"])
Q(M, "predator netting -> harvest weight, ate", "ate", "predator_netting", "harvest_weight")
Q(M, "Is meat fullness, as measured by the condition index, improved by thinning out the socks?", "ate", "thinning", "condition_index")
Q(M, "Would the un-netted ropes have lost fewer mussels in the first month if they had been netted?", "ate", "predator_netting", "mortality_30d", estimand="atc")
Q(M, "whats the effect of netting on mussel deaths", "ate", "predator_netting", None, clarify=True)
Q(M, "Is the price fetched per kilo higher because of thinning, or is that just confounding by site?", "ate", "thinning", "price")
Q(M, "What does predator netting do to 90-day mortality on ropes hung 15 m deep?", "cate", "predator_netting", "mortality_90d", at={"depth": 15})
Q(M, "In estuary sites, effect of thinning on harvest weight?", "cate", "thinning", "harvest_weight", at={"site": "estuary"})
Q(M, "Which ropes benefit most from thinning in terms of final shell length?", "cate", "thinning", "shell_length_harvest")
Q(M, "Effect of `predator_netting` on `harvest_weight` when `water_temperature` = 14.", "cate", "predator_netting", "harvest_weight", at={"water_temperature": 14})
Q(M, "We can only afford netting for a third of our ropes. Which ones should get it to maximise harvest weight?", "policy", "predator_netting", "harvest_weight")
Q(M, "Learn a rule for which lines to thin so that the condition_index goes up.", "policy", "thinning", "condition_index")
Q(M, "Who should we thin to get better-conditioned mussels?", "policy", "thinning", None, clarify=True)
Q(M, "Does thinning raise harvest weight through longer shells at harvest, or directly?", "mediation", "thinning", "harvest_weight", "shell_length_harvest")
Q(M, "How much of netting's effect on price is mediated by the mussels' condition?", "mediation", "predator_netting", "price", None, clarify=True)
Q(M, "Which variables in the mussel farm data cause which? Recover the causal structure.", "discover")
Q(M, "Learn a DAG over salinity, chlorophyll, water temperature and harvest weight.", "discover")
Q(M, "Forecast next season's harvest weight for each site.", "unsupported")

# 4 pewtersmith (UPPER)
P = "h78_pewtersmith"
ds(P, "Casting records from a pewter workshop: alloy composition, mould and pour settings, polishing method, surface pitting before and after finishing, defect rates, lustre scores and returns.", [
 ("CAST_ID", I, ["PW-5501", "PW-5502", "PW-5503"]),
 ("SHIFT", C, ["DAY", "NIGHT", "WEEKEND"]),
 ("CRAFTSMAN_YRS", N, [4, 15, 32]),
 ("MOLD_MATERIAL", C, ["BRONZE", "STEEL", "SILICONE"]),
 ("MOLD_PREHEAT", B, [1, 0, 1]),
 ("ALLOY_SN_PCT", N, [85, 92, 95]),
 ("ANTIMONY_PCT", N, [3.0, 5.5, 7.0]),
 ("POUR_TEMP_C", N, [240, 270, 300]),
 ("BUFF_WHEEL", B, [0, 1, 1]),
 ("POLISH_MIN", N, [12, 25, 40]),
 ("SURFACE_PITS_PRE", N, [6, 14, 22]),
 ("SURFACE_PITS_POST", N, [1, 4, 9]),
 ("DEFECT_RATE", N, [0.02, 0.07, 0.15]),
 ("DEFECT_RATIO", N, [0.03, 0.08, 0.18]),
 ("LUSTRE_SCORE", N, [6, 8, 9]),
 ("LUSTRE_SCORE_V2", N, [62, 80, 93]),
 ("RETURN_30D", B, [0, 1, 0]),
 ("RETURN_90D", B, [0, 1, 1]),
])
Q(P, "Estimate the average effect of `MOLD_PREHEAT` on `DEFECT_RATE`, controlling for `POUR_TEMP_C` and `ALLOY_SN_PCT`.", "ate", "MOLD_PREHEAT", "DEFECT_RATE", covariates=["POUR_TEMP_C", "ALLOY_SN_PCT"])
Q(P, "Does warming the moulds beforehand really lower the share of castings that come out faulty, or is that just because the day shift does it more?", "ate", "MOLD_PREHEAT", None, clarify=True)
Q(P, "ate BUFF_WHEEL -> SURFACE_PITS_POST, adj SURFACE_PITS_PRE", "ate", "BUFF_WHEEL", "SURFACE_PITS_POST", covariates=["SURFACE_PITS_PRE"])
Q(P, "Is lustre (LUSTRE_SCORE_V2) improved by using the buffing wheel instead of hand polishing?", "ate", "BUFF_WHEEL", "LUSTRE_SCORE_V2")
Q(P, "how much polishing time does the buffing wheel save", "ate", "BUFF_WHEEL", "POLISH_MIN")
Q(P, "Effect of mould preheating on 90-day returns for the castings that were preheated.", "ate", "MOLD_PREHEAT", "RETURN_90D", estimand="att")
Q(P, "what happens to surface pitting if we use the buffing wheel", "ate", "BUFF_WHEEL", "SURFACE_PITS_POST")
Q(P, "Effect of MOLD_MATERIAL on the original lustre score (LUSTRE_SCORE), not the v2 one.", "ate", "MOLD_MATERIAL", "LUSTRE_SCORE")
Q(P, "Among NIGHT shift castings, what is the effect of MOLD_PREHEAT on DEFECT_RATIO?", "cate", "MOLD_PREHEAT", "DEFECT_RATIO", at={"SHIFT": "NIGHT"})
Q(P, "effect of preheat on defect rate at pour temp 270C", "cate", "MOLD_PREHEAT", "DEFECT_RATE", at={"POUR_TEMP_C": 270})
Q(P, "Does the buffing wheel help lustre (v2) more for some mould materials than others?", "cate", "BUFF_WHEEL", "LUSTRE_SCORE_V2")
Q(P, "For castings from silicone moulds, does preheating change the 30-day return rate?", "cate", "MOLD_PREHEAT", "RETURN_30D", at={"MOLD_MATERIAL": "SILICONE"})
Q(P, "Which casts should get the buffing wheel so that 90-day returns are minimised?", "policy", "BUFF_WHEEL", "RETURN_90D")
Q(P, "Give me a preheating policy -- which pours to preheat -- to cut DEFECT_RATE, adjusting for CRAFTSMAN_YRS.", "policy", "MOLD_PREHEAT", "DEFECT_RATE", covariates=["CRAFTSMAN_YRS"])
Q(P, "Optimal allocation of mould preheating to reduce returns.", "policy", "MOLD_PREHEAT", None, clarify=True)
Q(P, "How much of BUFF_WHEEL's effect on RETURN_30D runs through SURFACE_PITS_POST?", "mediation", "BUFF_WHEEL", "RETURN_30D", "SURFACE_PITS_POST")
Q(P, "Preheating works by reducing defects (DEFECT_RATE), which then lowers returns at 90 days. Quantify the indirect part.", "mediation", "MOLD_PREHEAT", "RETURN_90D", "DEFECT_RATE")
Q(P, "Discover the causal graph for the pewter casting table.", "discover")
Q(P, "Summarise the mean and standard deviation of ANTIMONY_PCT by SHIFT.", "unsupported")

# 5 organ tuning (snake cryptic)
O = "h78_organ_tuning"
ds(O, "Service visits by a pipe-organ tuning firm: church and instrument details, climate at the visit, humidity control and revoicing work, pitch deviation at the visit and six months later, ciphers, congregational satisfaction and call-backs.", [
 ("svc_id", I, ["OT-3001", "OT-3002", "OT-3003"]),
 ("chr_size", C, ["small", "medium", "cathedral"]),
 ("organ_age", N, [35, 110, 240]),
 ("pipe_cnt", N, [600, 1850, 5200]),
 ("tuner_yrs", N, [3, 12, 28]),
 ("hum_ctl", B, [0, 1, 1]),
 ("voic_done", B, [1, 0, 0]),
 ("rh_pct", N, [38, 55, 70]),
 ("temp_f", N, [55, 64, 72]),
 ("wind_mm", N, [60, 80, 110]),
 ("pitch_dev_bl", N, [6, 14, 25]),
 ("pitch_dev_6m", N, [3, 9, 20]),
 ("cipher_cnt", N, [0, 2, 5]),
 ("cong_sat", N, [3, 4, 5]),
 ("cong_sat_v2", N, [55, 78, 96]),
 ("cb_30d", B, [0, 0, 1]),
 ("cb_90d", B, [0, 1, 1]),
 ("fee_usd", N, [450, 1200, 3800]),
])
Q(O, "Estimate the effect of `hum_ctl` on `pitch_dev_6m` adjusting for `pitch_dev_bl`, `organ_age`, and `chr_size`.", "ate", "hum_ctl", "pitch_dev_6m", covariates=["pitch_dev_bl", "organ_age", "chr_size"])
Q(O, "Does putting in climate control keep an organ in tune?", "ate", "hum_ctl", "pitch_dev_6m")
Q(O, "ate voic_done on cong_sat_v2", "ate", "voic_done", "cong_sat_v2")
Q(O, "Are notes that sound on their own (ciphers) less common when the pipes are revoiced?", "ate", "voic_done", "cipher_cnt")
Q(O, "what does revoicing do to the tuner's fee", "ate", "voic_done", "fee_usd")
Q(O, "Effect of humidity control on call-backs within 90 days, among the churches that installed it.", "ate", "hum_ctl", "cb_90d", estimand="att")
Q(O, "effect of humidty controll on callbacks", "ate", "hum_ctl", None, clarify=True)
Q(O, "Does the tuner's experience (tuner_yrs) affect pitch deviation six months after the visit?", "ate", "tuner_yrs", "pitch_dev_6m")
Q(O, "What's the effect of hum_ctl on pitch_dev_6m for cathedral organs?", "cate", "hum_ctl", "pitch_dev_6m", at={"chr_size": "cathedral"})
Q(O, "Effect of humidity control on six-month pitch drift when relative humidity is 70%.", "cate", "hum_ctl", "pitch_dev_6m", at={"rh_pct": 70})
Q(O, "How does the benefit of revoicing on ciphers vary with the age of the organ?", "cate", "voic_done", "cipher_cnt")
Q(O, "for a 150-year-old organ, what does revoicing do to congregational satisfaction (v2)?", "cate", "voic_done", "cong_sat_v2", at={"organ_age": 150})
Q(O, "Which churches should we prioritise for humidity control installation to minimise six-month pitch deviation?", "policy", "hum_ctl", "pitch_dev_6m")
Q(O, "targeting: which organs to revoice so that cb_30d falls?", "policy", "voic_done", "cb_30d")
Q(O, "Which organs should be re-leathered to cut call-backs at 90 days?", "policy", None, "cb_90d", clarify=True)
Q(O, "How much of the effect of hum_ctl on cb_90d is mediated through pitch_dev_6m?", "mediation", "hum_ctl", "cb_90d", "pitch_dev_6m")
Q(O, "Revoicing fixes ciphers, and fewer ciphers make the congregation happier (cong_sat_v2) - what part of revoicing's effect travels that way?", "mediation", "voic_done", "cong_sat_v2", "cipher_cnt")
Q(O, "direct vs indirect: humidity control -> cipher count -> fee", "mediation", "hum_ctl", "fee_usd", "cipher_cnt")
Q(O, "Learn which organ-servicing variables cause which.", "discover")
Q(O, "Hi! Can you tell me what a cipher is on a pipe organ?", "unsupported")

# 6 broom making (camelCase)
BR = "h78_broom_making"
ds(BR, "Production and sales records of a craft broom workshop: fibre and handle materials, binding and steaming choices, bristle loss in week 1 and week 8 of use, sweep tests, returns and sales.", [
 ("broomId", I, ["BM-0091", "BM-0092", "BM-0093"]),
 ("marketChannel", C, ["craftFair", "online", "hardwareStore"]),
 ("makerExpYrs", N, [1, 6, 19]),
 ("fiberType", C, ["broomcorn", "sorghum", "synthetic", "palmyra"]),
 ("handleWood", C, ["ash", "pine", "bamboo"]),
 ("steamedFiber", B, [1, 0, 1]),
 ("wireBound", B, [0, 1, 1]),
 ("stitchRows", N, [3, 5, 7]),
 ("batchSize", N, [10, 25, 60]),
 ("bristleLossWk1", N, [1.2, 3.5, 6.0]),
 ("bristleLossWk8", N, [4.0, 9.5, 17.0]),
 ("sweepScore", N, [6, 7, 9]),
 ("sweepScoreV2", N, [58, 74, 90]),
 ("returned30d", B, [0, 0, 1]),
 ("returned90d", B, [0, 1, 1]),
 ("unitPriceUsd", N, [18, 32, 55]),
 ("unitsSold", N, [4, 12, 40]),
])
Q(BR, "What is the average treatment effect of `wireBound` on `bristleLossWk8`, controlling for `fiberType` and `stitchRows`?", "ate", "wireBound", "bristleLossWk8", covariates=["fiberType", "stitchRows"])
Q(BR, "Do brooms hold on to their bristles better when the fibre was steamed first?", "ate", "steamedFiber", "bristleLossWk8")
Q(BR, "ate steamedFiber on sweepScoreV2", "ate", "steamedFiber", "sweepScoreV2")
Q(BR, "Are returns in the first month cut by wire binding?", "ate", "wireBound", "returned30d")
Q(BR, "effect of adding stitch rows on how many brooms sell", "ate", "stitchRows", "unitsSold")
Q(BR, "If the brooms that weren't wire-bound had been, how would their 90-day return rate have changed?", "ate", "wireBound", "returned90d", estimand="atc")
Q(BR, "Does steaming the straw raise the price we can charge, or is that just the online channel?", "ate", "steamedFiber", "unitPriceUsd")
Q(BR, "Estimate the effect of `steamedFiber` on `bristleLossWk8` using `batchSize` as an instrument.", "ate", "steamedFiber", "bristleLossWk8", instrument="batchSize")
Q(BR, "Effect of `wireBound` on `returned90d` for `fiberType` = synthetic.", "cate", "wireBound", "returned90d", at={"fiberType": "synthetic"})
Q(BR, "among brooms sold at craft fairs, does steaming help the revised sweep score?", "cate", "steamedFiber", "sweepScoreV2", at={"marketChannel": "craftFair"})
Q(BR, "For which fibres is wire binding most helpful against bristle loss after 8 weeks?", "cate", "wireBound", "bristleLossWk8")
Q(BR, "effect of steamed fibre on shedding, for a maker with 10 yrs experience", "cate", "steamedFiber", "bristleLossWk8", at={"makerExpYrs": 10})
Q(BR, "Which broom batches should be wire-bound to keep 90-day returns low?", "policy", "wireBound", "returned90d")
Q(BR, "learn a steaming policy maximising unitsSold", "policy", "steamedFiber", "unitsSold")
Q(BR, "Which brooms should get more stitching to improve how well they sweep?", "policy", "stitchRows", None, clarify=True)
Q(BR, "Wire binding means fewer bristles lost by week 8, which then means fewer brooms returned within 90 days. How much of the effect goes through the bristle loss?", "mediation", "wireBound", "returned90d", "bristleLossWk8")
Q(BR, "Decompose the effect of steamedFiber on unitsSold into a part via sweepScoreV2 and a direct part.", "mediation", "steamedFiber", "unitsSold", "sweepScoreV2")
Q(BR, "What's the causal structure among the broom workshop variables?", "discover")
Q(BR, "Clean up the handleWood column - some entries say 'Ash' and others 'ash'.", "unsupported")

# 7 soap making (UPPER)
S = "h78_soap_making"
ds(S, "Cold-process soap batches from a small soap maker: oil blend, lye and superfat settings, additives, gel phase and cure time, hardness at week 1 and week 6, lather scores, skin-irritation reports and sales.", [
 ("BATCH_ID", I, ["SB-210", "SB-211", "SB-212"]),
 ("OIL_BLEND", C, ["OLIVE", "COCONUT", "PALM_FREE", "TALLOW"]),
 ("ROOM_TEMP_C", N, [16, 18, 24]),
 ("SUPERFAT_PCT", N, [3, 5, 8]),
 ("LYE_CONC_PCT", N, [28, 33, 38]),
 ("FRAGRANCE_LOAD_PCT", N, [0, 3, 6]),
 ("ADDED_CLAY", B, [0, 1, 1]),
 ("GEL_PHASE", B, [1, 0, 1]),
 ("CURE_WEEKS", N, [4, 6, 10]),
 ("PH_LEVEL", N, [9.2, 9.8, 10.4]),
 ("HARDNESS_WK1", N, [22, 30, 41]),
 ("HARDNESS_WK6", N, [38, 47, 60]),
 ("LATHER_SCORE", N, [5, 7, 9]),
 ("LATHER_SCORE_V2", N, [51, 70, 88]),
 ("SKIN_IRRIT_30D", N, [0, 1, 4]),
 ("SKIN_IRRIT_90D", N, [0, 2, 7]),
 ("UNITS_SOLD", N, [40, 120, 300]),
])
Q(S, "Estimate the ATE of `GEL_PHASE` on `HARDNESS_WK6` adjusting for `HARDNESS_WK1`, `OIL_BLEND`, and `ROOM_TEMP_C`.", "ate", "GEL_PHASE", "HARDNESS_WK6", covariates=["HARDNESS_WK1", "OIL_BLEND", "ROOM_TEMP_C"])
Q(S, "Does forcing the gel stage make the bars firmer?", "ate", "GEL_PHASE", "HARDNESS_WK6")
Q(S, "ate ADDED_CLAY on LATHER_SCORE_V2, adj FRAGRANCE_LOAD_PCT", "ate", "ADDED_CLAY", "LATHER_SCORE_V2", covariates=["FRAGRANCE_LOAD_PCT"])
Q(S, "Is skin irritation at 90 days lowered by curing soap longer?", "ate", "CURE_WEEKS", "SKIN_IRRIT_90D")
Q(S, "effect of superfat percentage on the soap's pH", "ate", "SUPERFAT_PCT", "PH_LEVEL")
Q(S, "How much did adding clay change sales for the batches that had clay added?", "ate", "ADDED_CLAY", "UNITS_SOLD", estimand="att")
Q(S, "effect of clay on lather", "ate", "ADDED_CLAY", None, clarify=True)
Q(S, "Is the link between gel phase and the number of bars sold causal, or confounded by the oil blend?", "ate", "GEL_PHASE", "UNITS_SOLD")
Q(S, "For TALLOW batches, what is the effect of GEL_PHASE on HARDNESS_WK6?", "cate", "GEL_PHASE", "HARDNESS_WK6", at={"OIL_BLEND": "TALLOW"})
Q(S, "effect of cure weeks on 30-day irritation at superfat 8%", "cate", "CURE_WEEKS", "SKIN_IRRIT_30D", at={"SUPERFAT_PCT": 8})
Q(S, "Which batches see the biggest lather gain (v2) from clay?", "cate", "ADDED_CLAY", "LATHER_SCORE_V2")
Q(S, "Under the condition that the workshop is at 18 °C, does gel phase change the week-6 hardness?", "cate", "GEL_PHASE", "HARDNESS_WK6", at={"ROOM_TEMP_C": 18})
Q(S, "Which batches should go through forced gel phase to maximise UNITS_SOLD?", "policy", "GEL_PHASE", "UNITS_SOLD")
Q(S, "Decide how long to cure each batch so that skin complaints at 90 days are as low as possible.", "policy", "CURE_WEEKS", "SKIN_IRRIT_90D")
Q(S, "Does curing longer reduce SKIN_IRRIT_90D by lowering PH_LEVEL? Split into direct and indirect.", "mediation", "CURE_WEEKS", "SKIN_IRRIT_90D", "PH_LEVEL")
Q(S, "Clay works by improving the lather (LATHER_SCORE_V2), which then drives sales - how much of the clay effect on UNITS_SOLD goes by that route?", "mediation", "ADDED_CLAY", "UNITS_SOLD", "LATHER_SCORE_V2")
Q(S, "mediation: GEL_PHASE -> HARDNESS_WK6 -> UNITS_SOLD", "mediation", "GEL_PHASE", "UNITS_SOLD", "HARDNESS_WK6")
Q(S, "causal discovery on the soap batches", "discover")
Q(S, "Which ingredients and process settings influence which outcomes? Work out the directed dependencies between all the soap columns.", "discover")
Q(S, "Predict UNITS_SOLD for a new batch with OIL_BLEND=OLIVE.", "unsupported")

# 8 perfumery (plain words)
PF = "h78_perfumery"
ds(PF, "Formulas developed by a small perfume house: base note, ethanol strength, maceration time, fixative and natural-oil use, scent intensity at 1 h and 6 h after application, sillage, panel ratings, repurchase and price.", [
 ("formula", I, ["F-2001", "F-2002", "F-2003"]),
 ("perfumer_experience", N, [2, 10, 25]),
 ("base_note", C, ["amber", "musk", "oud", "vetiver"]),
 ("season", C, ["spring", "summer", "autumn", "winter"]),
 ("ethanol_strength", N, [75, 85, 95]),
 ("maceration_weeks", N, [2, 6, 12]),
 ("fixative_added", B, [1, 0, 1]),
 ("natural_oils", B, [0, 1, 1]),
 ("intensity_1h", N, [6.5, 8.0, 9.2]),
 ("intensity_6h", N, [2.1, 4.5, 6.8]),
 ("sillage", N, [3, 5, 8]),
 ("panel_rating", N, [6.1, 7.4, 8.9]),
 ("panel_rating_revised", N, [58, 72, 90]),
 ("repurchase_30d", N, [0.05, 0.12, 0.21]),
 ("repurchase_90d", N, [0.11, 0.24, 0.37]),
 ("bottle_size", N, [30, 50, 100]),
 ("price", N, [45, 95, 210]),
])
Q(PF, "Does adding a fixative make the scent last, i.e. stay stronger six hours after spraying?", "ate", "fixative_added", "intensity_6h")
Q(PF, "Estimate the effect of `maceration_weeks` on `panel_rating_revised`, controlling for `base_note` and `ethanol_strength`.", "ate", "maceration_weeks", "panel_rating_revised", covariates=["base_note", "ethanol_strength"])
Q(PF, "fixative_added -> sillage, ate", "ate", "fixative_added", "sillage")
Q(PF, "Is repurchase within 90 days raised by using natural oils?", "ate", "natural_oils", "repurchase_90d")
Q(PF, "effect of natural oils on how strong the perfume smells", "ate", "natural_oils", "intensity_6h")
Q(PF, "For the formulas made without fixative, what would adding one have done to 30-day repurchase?", "ate", "fixative_added", "repurchase_30d", estimand="atc")
Q(PF, "does going natural (natural_oils) let us charge more", "ate", "natural_oils", "price")
Q(PF, "How are sillage and the revised panel rating causally related?", "ate", None, None, clarify=True)
Q(PF, "Effect of fixative_added on intensity_6h for base_note = oud.", "cate", "fixative_added", "intensity_6h", at={"base_note": "oud"})
Q(PF, "in summer launches, does natural oil content change 90-day repurchase?", "cate", "natural_oils", "repurchase_90d", at={"season": "summer"})
Q(PF, "How does the effect of maceration time on the panel's rating differ across perfumers with different experience?", "cate", "maceration_weeks", None, clarify=True)
Q(PF, "effect of fixative on sillage at ethanol strength 85", "cate", "fixative_added", "sillage", at={"ethanol_strength": 85})
Q(PF, "Which formulas should get a fixative to maximise repurchase at 90 days?", "policy", "fixative_added", "repurchase_90d")
Q(PF, "Recommend which formulas to macerate longer to lift panel_rating_revised.", "policy", "maceration_weeks", "panel_rating_revised")
Q(PF, "Who should we target with the natural-oils version to increase customer loyalty?", "policy", "natural_oils", None, clarify=True)
Q(PF, "Fixative raises repurchase_90d: how much of that goes through longer-lasting scent (intensity_6h)?", "mediation", "fixative_added", "repurchase_90d", "intensity_6h")
Q(PF, "natural oils -> sillage -> panel_rating_revised: indirect share?", "mediation", "natural_oils", "panel_rating_revised", "sillage")
Q(PF, "Learn the causal graph of the perfumery dataset.", "discover")
Q(PF, "Make a bar chart of average price by base note.", "unsupported")

# 9 cider pressing (snake cryptic)
CI = "h78_cider_pressing"
ds(CI, "Pressing and fermentation lots from a farmhouse cider mill: apple variety, milling and press settings, sulphite and yeast choices, sugar before and after fermentation, juice yield, off-flavours, tasting scores, spoilage and price.", [
 ("lot_id", I, ["CP-19-01", "CP-19-02", "CP-19-03"]),
 ("orch_ha", N, [0.5, 2, 6]),
 ("apl_var", C, ["bramley", "dabinett", "kingston_black", "mixed"]),
 ("mill_fine", B, [1, 0, 1]),
 ("press_bar", N, [2.5, 4.0, 6.0]),
 ("pomace_kg", N, [180, 420, 900]),
 ("so2_add", B, [0, 1, 1]),
 ("yst_wild", B, [1, 0, 0]),
 ("ferm_days", N, [10, 21, 45]),
 ("brix_pre", N, [10.5, 12.0, 14.2]),
 ("brix_post", N, [0.5, 1.8, 4.0]),
 ("juice_yld_l", N, [110, 260, 590]),
 ("off_flav", N, [0, 2, 5]),
 ("tst_scr", N, [5, 7, 9]),
 ("tst_scr_v2", N, [61, 75, 92]),
 ("spoil_30d", B, [0, 0, 1]),
 ("spoil_90d", B, [0, 1, 1]),
 ("price_gbp", N, [3.5, 5.0, 8.5]),
])
Q(CI, "Estimate the average effect of `mill_fine` on `juice_yld_l`, adjusting for `pomace_kg` and `press_bar`.", "ate", "mill_fine", "juice_yld_l", covariates=["pomace_kg", "press_bar"])
Q(CI, "Does grinding the apples to a finer pulp get more liquid out of them?", "ate", "mill_fine", "juice_yld_l")
Q(CI, "ate so2_add -> spoil_90d", "ate", "so2_add", "spoil_90d")
Q(CI, "Is spoilage in the first month cut by sulphiting?", "ate", "so2_add", "spoil_30d")
Q(CI, "does wild yeast fermentation give more off-flavours, or is that confounding by apple variety?", "ate", "yst_wild", "off_flav")
Q(CI, "Effect of wild yeast on the v2 tasting score for the lots that actually used wild yeast.", "ate", "yst_wild", "tst_scr_v2", estimand="att")
Q(CI, "effect of fermentation length on how much sugar is left", "ate", "ferm_days", "brix_post")
Q(CI, "effect of so2 on taste", "ate", "so2_add", None, clarify=True)
Q(CI, "Effect of so2_add on spoil_90d for apl_var = kingston_black.", "cate", "so2_add", "spoil_90d", at={"apl_var": "kingston_black"})
Q(CI, "for orchards of 2 ha, what does fine milling do to juice yield", "cate", "mill_fine", "juice_yld_l", at={"orch_ha": 2})
Q(CI, "How does the effect of wild yeast on off-flavours vary across apple varieties?", "cate", "yst_wild", "off_flav")
Q(CI, "Under the condition that fermentation runs 21 days, does sulphiting change tst_scr_v2?", "cate", "so2_add", "tst_scr_v2", at={"ferm_days": 21})
Q(CI, "Which lots should be sulphited to minimise 90-day spoilage?", "policy", "so2_add", "spoil_90d")
Q(CI, "Targeting rule for fine milling (mill_fine) to maximise juice_yld_l.", "policy", "mill_fine", "juice_yld_l")
Q(CI, "Which lots should get malolactic conversion to raise price_gbp?", "policy", None, "price_gbp", clarify=True)
Q(CI, "How much of the effect of `yst_wild` on `tst_scr_v2` is mediated by `off_flav`?", "mediation", "yst_wild", "tst_scr_v2", "off_flav")
Q(CI, "Sulphite works by keeping spoilage down in the first 30 days, which then protects the sale price - quantify the direct and indirect effects.", "mediation", "so2_add", "price_gbp", "spoil_30d")
Q(CI, "Which cider variables cause which? Recover the dependency structure.", "discover")
Q(CI, "causal graph for h78_cider_pressing please", "discover")
Q(CI, "Compute the correlation matrix of all numeric cider columns.", "unsupported")

# 10 noodle making (camelCase)
NO = "h78_noodle_making"
ds(NO, "Batches from a fresh-noodle workshop supplying ramen bars, udon shops and grocers: flour and dough settings, kansui use, rolling method, tensile strength before and after resting, cooking loss, chew scores and complaints.", [
 ("batchId", I, ["NM-7710", "NM-7711", "NM-7712"]),
 ("shopType", C, ["ramenBar", "udonShop", "grocer"]),
 ("flourProtein", N, [10.5, 12.0, 13.8]),
 ("hydrationPct", N, [32, 38, 45]),
 ("kansuiAdded", B, [1, 0, 1]),
 ("machineRolled", B, [1, 1, 0]),
 ("restMinutes", N, [15, 45, 120]),
 ("cutWidthMm", N, [1.2, 2.5, 4.0]),
 ("tensileStrPre", N, [18, 24, 31]),
 ("tensileStrPost", N, [22, 29, 37]),
 ("cookLossPct", N, [4.5, 6.8, 9.2]),
 ("cookLossRatio", N, [0.045, 0.07, 0.095]),
 ("chewScore", N, [5, 7, 9]),
 ("chewScoreV2", N, [55, 72, 88]),
 ("complaints7d", N, [0, 1, 4]),
 ("complaints30d", N, [0, 3, 9]),
 ("dailyOutputKg", N, [40, 85, 160]),
])
Q(NO, "Estimate the ATE of `kansuiAdded` on `chewScoreV2`, controlling for `flourProtein` and `hydrationPct`.", "ate", "kansuiAdded", "chewScoreV2", covariates=["flourProtein", "hydrationPct"])
Q(NO, "Do noodles come out chewier when the dough is left to rest longer?", "ate", "restMinutes", None, clarify=True)
Q(NO, "ate machineRolled on tensileStrPost adj tensileStrPre", "ate", "machineRolled", "tensileStrPost", covariates=["tensileStrPre"])
Q(NO, "Are customer complaints over 30 days reduced by rolling the dough by machine?", "ate", "machineRolled", "complaints30d")
Q(NO, "does alkaline salt water make the noodles stronger?", "ate", "kansuiAdded", "tensileStrPost")
Q(NO, "effect of resting time on cooking loss percentage", "ate", "restMinutes", "cookLossPct")
Q(NO, "What did machine rolling do to daily output for the batches that were machine rolled?", "ate", "machineRolled", "dailyOutputKg", estimand="att")
Q(NO, "Is the drop in cookLossRatio with kansui real, or confounded by flour protein?", "ate", "kansuiAdded", "cookLossRatio")
Q(NO, "Effect of kansuiAdded on tensileStrPost for shopType = udonShop.", "cate", "kansuiAdded", "tensileStrPost", at={"shopType": "udonShop"})
Q(NO, "at a hydration of 38%, how does machine rolling change the 7-day complaint count?", "cate", "machineRolled", "complaints7d", at={"hydrationPct": 38})
Q(NO, "For which kinds of batches does longer resting do most for the revised chew score?", "cate", "restMinutes", "chewScoreV2")
Q(NO, "for ramen-bar batches, kansui's effect on cook loss (pct)?", "cate", "kansuiAdded", "cookLossPct", at={"shopType": "ramenBar"})
Q(NO, "Which batches should be machine rolled to minimise complaints30d?", "policy", "machineRolled", "complaints30d")
Q(NO, "Set a kansui policy: which batches should get it to maximise chewScoreV2?", "policy", "kansuiAdded", "chewScoreV2")
Q(NO, "Does machine rolling reduce 30-day complaints through stronger noodles (tensileStrPost)?", "mediation", "machineRolled", "complaints30d", "tensileStrPost")
Q(NO, "kansui -> cookLossPct -> complaints7d, how much is indirect", "mediation", "kansuiAdded", "complaints7d", "cookLossPct")
Q(NO, "Find out what drives what in the noodle production data.", "discover")
Q(NO, "What's the median dailyOutputKg?", "unsupported")

# 11 peanut brittle (UPPER)
PB = "h78_peanut_brittle"
ds(PB, "Lots from a peanut brittle confectioner: sugar and roast choices, cook temperature, humidity, baking soda, cooling and packaging, crunch on day 1 and day 14, stickiness, breakage, returns and sales.", [
 ("LOT_NO", I, ["PB-0401", "PB-0402", "PB-0403"]),
 ("SUGAR_TYPE", C, ["CANE", "CORN_SYRUP_BLEND", "BROWN"]),
 ("NUT_ROAST", C, ["LIGHT", "MEDIUM", "DARK"]),
 ("COOK_TEMP_F", N, [290, 300, 310]),
 ("HUMIDITY_PCT", N, [35, 60, 80]),
 ("BAKING_SODA", B, [1, 0, 1]),
 ("PACK_VACUUM", B, [0, 1, 1]),
 ("COOL_MIN", N, [15, 30, 60]),
 ("CRUNCH_DAY1", N, [8.2, 8.9, 9.5]),
 ("CRUNCH_DAY14", N, [5.1, 7.0, 8.8]),
 ("STICKINESS", N, [1, 3, 5]),
 ("STICKINESS_V2", N, [12, 35, 60]),
 ("BREAKAGE_RATE", N, [0.03, 0.08, 0.14]),
 ("BREAKAGE_RATIO", N, [0.04, 0.09, 0.16]),
 ("RETURN_30D", B, [0, 1, 0]),
 ("RETURN_90D", B, [0, 1, 1]),
 ("UNITS_SOLD", N, [150, 420, 980]),
])
Q(PB, "Estimate the average effect of `PACK_VACUUM` on `CRUNCH_DAY14`, adjusting for `CRUNCH_DAY1` and `HUMIDITY_PCT`.", "ate", "PACK_VACUUM", "CRUNCH_DAY14", covariates=["CRUNCH_DAY1", "HUMIDITY_PCT"])
Q(PB, "Does sealing the bags under vacuum keep the candy crisp?", "ate", "PACK_VACUUM", "CRUNCH_DAY14")
Q(PB, "ate BAKING_SODA -> BREAKAGE_RATE", "ate", "BAKING_SODA", "BREAKAGE_RATE")
Q(PB, "Is stickiness (STICKINESS_V2) reduced by cooking hotter?", "ate", "COOK_TEMP_F", "STICKINESS_V2")
Q(PB, "what does adding bicarb do to sales?", "ate", "BAKING_SODA", "UNITS_SOLD")
Q(PB, "For lots that weren't vacuum packed, how would 90-day returns have changed had they been?", "ate", "PACK_VACUUM", "RETURN_90D", estimand="atc")
Q(PB, "does cooling time affect breakage ratio", "ate", "COOL_MIN", "BREAKAGE_RATIO")
Q(PB, "iv analysis: HUMIDITY_PCT as instrument for COOL_MIN, outcome BREAKAGE_RATE", "ate", "COOL_MIN", "BREAKAGE_RATE", instrument="HUMIDITY_PCT")
Q(PB, "Effect of PACK_VACUUM on CRUNCH_DAY14 when HUMIDITY_PCT = 80.", "cate", "PACK_VACUUM", "CRUNCH_DAY14", at={"HUMIDITY_PCT": 80})
Q(PB, "at 300F cook temperature, what does baking soda do to breakage rate?", "cate", "BAKING_SODA", "BREAKAGE_RATE", at={"COOK_TEMP_F": 300})
Q(PB, "Among DARK roast lots, does vacuum packing change 30-day returns?", "cate", "PACK_VACUUM", "RETURN_30D", at={"NUT_ROAST": "DARK"})
Q(PB, "How does the vacuum-packing effect on two-week crunch vary with humidity?", "cate", "PACK_VACUUM", "CRUNCH_DAY14")
Q(PB, "Which lots should be vacuum packed to minimise RETURN_90D?", "policy", "PACK_VACUUM", "RETURN_90D")
Q(PB, "rule for using baking soda to maximise units sold", "policy", "BAKING_SODA", "UNITS_SOLD")
Q(PB, "Which lots should get baking soda to cut breakage?", "policy", "BAKING_SODA", None, clarify=True)
Q(PB, "How much of PACK_VACUUM's effect on RETURN_90D is mediated by CRUNCH_DAY14?", "mediation", "PACK_VACUUM", "RETURN_90D", "CRUNCH_DAY14")
Q(PB, "Baking soda aerates the candy, making it less sticky (STICKINESS_V2), which then cuts the breakage rate: quantify that indirect effect.", "mediation", "BAKING_SODA", "BREAKAGE_RATE", "STICKINESS_V2")
Q(PB, "learn causal graph among brittle lot variables", "discover")
Q(PB, "Which lot had the highest UNITS_SOLD?", "unsupported")

# 12 chili sauce (plain words)
CH = "h78_chili_sauce"
ds(CH, "Bottlings from a small-batch chili sauce maker: pepper variety, fermentation, vinegar and salt levels, thickener, heat ratings, colour at bottling and at six months, separation checks, reviews, repeat buyers and price.", [
 ("bottle", I, ["B-77001", "B-77002", "B-77003"]),
 ("pepper_variety", C, ["habanero", "jalapeno", "scotch_bonnet", "ghost"]),
 ("fermented", B, [1, 0, 1]),
 ("ferment_days", N, [0, 14, 60]),
 ("vinegar_pct", N, [5, 12, 20]),
 ("salt_pct", N, [2, 3, 5]),
 ("xanthan", B, [0, 1, 1]),
 ("heat_rating", N, [4, 7, 10]),
 ("heat_rating_v2", N, [35, 68, 97]),
 ("redness_start", N, [72, 80, 88]),
 ("redness_6mo", N, [55, 66, 79]),
 ("separation_30d", B, [0, 0, 1]),
 ("separation_90d", B, [0, 1, 1]),
 ("review_score", N, [3.6, 4.2, 4.9]),
 ("repeat_buyers", N, [12, 40, 115]),
 ("price", N, [6.5, 9.0, 14.0]),
 ("batch_litres", N, [20, 60, 150]),
])
Q(CH, "Does fermenting the peppers change how the sauce is reviewed?", "ate", "fermented", "review_score")
Q(CH, "Estimate the effect of `xanthan` on `separation_90d`, controlling for `vinegar_pct` and `salt_pct`.", "ate", "xanthan", "separation_90d", covariates=["vinegar_pct", "salt_pct"])
Q(CH, "fermented -> redness_6mo, ate, adj redness_start", "ate", "fermented", "redness_6mo", covariates=["redness_start"])
Q(CH, "Is splitting in the first month prevented by the thickener?", "ate", "xanthan", "separation_30d")
Q(CH, "how does the vinegar percentage affect colour retention", "ate", "vinegar_pct", "redness_6mo")
Q(CH, "For the sauces that were fermented, what did fermentation do to the number of repeat buyers?", "ate", "fermented", "repeat_buyers", estimand="att")
Q(CH, "effect of fermentation on heat", "ate", "fermented", None, clarify=True)
Q(CH, "Is the price premium for fermented sauce a real effect, or down to pepper variety?", "ate", "fermented", "price")
Q(CH, "Effect of `fermented` on review_score for pepper_variety = habanero.", "cate", "fermented", "review_score", at={"pepper_variety": "habanero"})
Q(CH, "for sauces with 3% salt, does xanthan reduce separation at 90 days?", "cate", "xanthan", "separation_90d", at={"salt_pct": 3})
Q(CH, "How does the effect of fermentation on the v2 heat rating differ by pepper?", "cate", "fermented", "heat_rating_v2")
Q(CH, "Among scotch bonnet sauces, what's the effect of ferment length on repeat buyers?", "cate", "ferment_days", "repeat_buyers", at={"pepper_variety": "scotch_bonnet"})
Q(CH, "Which batches should get xanthan to minimise 90-day separation?", "policy", "xanthan", "separation_90d")
Q(CH, "Which sauces should we ferment to grow the number of people who buy again?", "policy", "fermented", "repeat_buyers")
Q(CH, "Which batches should be smoked to improve review scores?", "policy", None, "review_score", clarify=True)
Q(CH, "How much of the effect of `fermented` on repeat_buyers goes through review_score?", "mediation", "fermented", "repeat_buyers", "review_score")
Q(CH, "Fermentation helps the sauce keep its red colour at six months, which then lifts the review score - how much of fermentation's effect runs that way?", "mediation", "fermented", "review_score", "redness_6mo")
Q(CH, "direct vs indirect effect of xanthan on review_score via separation_90d", "mediation", "xanthan", "review_score", "separation_90d")
Q(CH, "Work out what drives what among the chili sauce variables.", "discover")
Q(CH, "Drop duplicate bottles and fill missing salt_pct values with the median.", "unsupported")

# 13 mustard mill (snake cryptic)
MU = "h78_mustard_mill"
ds(MU, "Milling runs at a mustard mill: seed type, stone vs steel grinding, mill speed and temperature, soaking, vinegar acidity, pungency at baseline and after 8 weeks, bitterness indices, separation and yield.", [
 ("run_id", I, ["MM-881", "MM-882", "MM-883"]),
 ("retail_chnl", C, ["deli", "supermarket", "export"]),
 ("seed_typ", C, ["yellow", "brown", "black"]),
 ("wrk_exp", N, [1, 7, 22]),
 ("stone_grd", B, [1, 0, 0]),
 ("grind_rpm", N, [60, 120, 300]),
 ("mill_temp_c", N, [28, 35, 46]),
 ("soak_hrs", N, [4, 12, 24]),
 ("vin_acid_pct", N, [4, 5, 6]),
 ("brine_ratio", N, [0.8, 1.0, 1.3]),
 ("pung_bl", N, [6.2, 7.5, 8.8]),
 ("pung_8wk", N, [4.1, 5.9, 7.7]),
 ("bitter_idx", N, [1.5, 2.8, 4.0]),
 ("bitter_idx_v2", N, [18, 33, 51]),
 ("sep_30d", B, [0, 0, 1]),
 ("sep_90d", B, [0, 1, 1]),
 ("yld_kg", N, [210, 340, 520]),
])
Q(MU, "Estimate the average effect of `stone_grd` on `pung_8wk`, controlling for `pung_bl` and `seed_typ`.", "ate", "stone_grd", "pung_8wk", covariates=["pung_bl", "seed_typ"])
Q(MU, "Does milling between stones keep the mustard's kick over time?", "ate", "stone_grd", "pung_8wk")
Q(MU, "ate soak_hrs -> bitter_idx_v2", "ate", "soak_hrs", "bitter_idx_v2")
Q(MU, "Is the 90-day separation rate lowered by stone grinding?", "ate", "stone_grd", "sep_90d")
Q(MU, "effect of mill temperature on pungency", "ate", "mill_temp_c", "pung_8wk")
Q(MU, "effect of grind speed on yield, hold seed type and worker experience constant", "ate", "grind_rpm", "yld_kg", covariates=["seed_typ", "wrk_exp"])
Q(MU, "effect of stone grinding on bitterness", "ate", "stone_grd", None, clarify=True)
Q(MU, "What would stone grinding have done to yield for the runs that were milled with steel?", "ate", "stone_grd", "yld_kg", estimand="atc")
Q(MU, "Effect of stone_grd on pung_8wk for seed_typ = black.", "cate", "stone_grd", "pung_8wk", at={"seed_typ": "black"})
Q(MU, "when the mill runs at 40 C, how does soaking time change bitterness (v2)?", "cate", "soak_hrs", "bitter_idx_v2", at={"mill_temp_c": 40})
Q(MU, "Which runs benefit most from stone grinding in terms of 8-week pungency?", "cate", "stone_grd", "pung_8wk")
Q(MU, "for export runs, stone grinding effect on separation at 30 days", "cate", "stone_grd", "sep_30d", at={"retail_chnl": "export"})
Q(MU, "Which runs should be stone-ground to maximise pung_8wk?", "policy", "stone_grd", "pung_8wk")
Q(MU, "How long should each run soak to minimise bitter_idx_v2? Learn a soaking policy.", "policy", "soak_hrs", "bitter_idx_v2")
Q(MU, "Which runs should be stone ground to reduce separation?", "policy", "stone_grd", None, clarify=True)
Q(MU, "How much of stone grinding's effect on pung_8wk is mediated by mill_temp_c?", "mediation", "stone_grd", "pung_8wk", "mill_temp_c")
Q(MU, "Longer soaking softens the seed, which lowers the mill temperature, which in turn keeps the mustard hot at 8 weeks: how much of the soaking effect on pungency passes through the mill temperature?", "mediation", "soak_hrs", "pung_8wk", "mill_temp_c")
Q(MU, "Discover the causal relationships among the mustard milling variables.", "discover")
Q(MU, "Estimate the causal DAG for h78_mustard_mill.", "discover")
Q(MU, "Give me a histogram of grind_rpm.", "unsupported")

# 14 sardine cannery (camelCase)
SA = "h78_sardine_cannery"
ds(SA, "Production lots at a sardine cannery: crew, fish freshness, heading, brining, packing oil, seaming and retort settings, histamine before and after processing, seam defects, taste panels and recalls.", [
 ("lotId", I, ["SC-4410", "SC-4411", "SC-4412"]),
 ("shiftCrew", C, ["A", "B", "C"]),
 ("fishFreshHrs", N, [4, 10, 22]),
 ("headRemoved", B, [1, 1, 0]),
 ("brineMinutes", N, [10, 25, 45]),
 ("oilType", C, ["olive", "sunflower", "tomatoSauce"]),
 ("autoSeamer", B, [0, 1, 1]),
 ("retortTempC", N, [112, 116, 121]),
 ("lineSpeed", N, [80, 120, 160]),
 ("histaminePre", N, [5, 18, 42]),
 ("histaminePost", N, [4, 15, 38]),
 ("seamDefectRate", N, [0.001, 0.004, 0.012]),
 ("seamDefectRatio", N, [0.002, 0.005, 0.013]),
 ("tasteScore", N, [6, 7, 9]),
 ("tasteScoreV2", N, [60, 74, 91]),
 ("recall30d", B, [0, 0, 1]),
 ("recall90d", B, [0, 1, 1]),
])
Q(SA, "Estimate the ATE of `autoSeamer` on `seamDefectRate`, adjusting for `lineSpeed` and `shiftCrew`.", "ate", "autoSeamer", "seamDefectRate", covariates=["lineSpeed", "shiftCrew"])
Q(SA, "Does the automatic can-closing machine cut down on recalls within 90 days?", "ate", "autoSeamer", "recall90d")
Q(SA, "ate headRemoved -> tasteScoreV2", "ate", "headRemoved", "tasteScoreV2")
Q(SA, "Is histamine after processing lowered by longer brining?", "ate", "brineMinutes", "histaminePost")
Q(SA, "How does the time since catch affect histamine, adjusting for the pre-processing histamine reading?", "ate", "fishFreshHrs", "histaminePost", covariates=["histaminePre"])
Q(SA, "Effect of the automatic seamer on seamDefectRatio among the lots that used it.", "ate", "autoSeamer", "seamDefectRatio", estimand="att")
Q(SA, "effect of retort temp on taste", "ate", "retortTempC", None, clarify=True)
Q(SA, "Treat shiftCrew as an instrument for autoSeamer use when estimating its effect on recall90d.", "ate", "autoSeamer", "recall90d", instrument="shiftCrew")
Q(SA, "Effect of autoSeamer on recall30d for shiftCrew = C.", "cate", "autoSeamer", "recall30d", at={"shiftCrew": "C"})
Q(SA, "At a line speed of 120 cans a minute, does the autoseamer reduce the seam defect rate?", "cate", "autoSeamer", "seamDefectRate", at={"lineSpeed": 120})
Q(SA, "How does heading the fish change taste (v2) differently across packing oils?", "cate", "headRemoved", "tasteScoreV2")
Q(SA, "for headed fish (headRemoved = 1), effect of brining time on tasteScoreV2", "cate", "brineMinutes", "tasteScoreV2", at={"headRemoved": 1})
Q(SA, "Which lots should be run on the automatic seamer to minimise recall90d?", "policy", "autoSeamer", "recall90d")
Q(SA, "Learn a heading policy that maximises tasteScoreV2.", "policy", "headRemoved", "tasteScoreV2")
Q(SA, "How much of autoSeamer's effect on recall90d is mediated by seamDefectRate?", "mediation", "autoSeamer", "recall90d", "seamDefectRate")
Q(SA, "Brining works by lowering histamine after processing, which then reduces 30-day recalls - how big is that indirect effect?", "mediation", "brineMinutes", "recall30d", "histaminePost")
Q(SA, "Which cannery variables influence which? Learn the structure.", "discover")
Q(SA, "Train a classifier that predicts recall90d from the other columns.", "unsupported")

# 15 lobster pot (UPPER)
L = "h78_lobster_pot"
ds(L, "Trap-level records from a lobster fishery: zone, skipper and trap details, bait, escape vents, soak time, depth and water temperature, legal catch before and after the vent season, shorts, bycatch, ghost-gear losses and price.", [
 ("POT_ID", I, ["LP-10023", "LP-10024", "LP-10025"]),
 ("ZONE", C, ["INSHORE", "MIDSHORE", "OFFSHORE"]),
 ("SKIPPER_YRS", N, [3, 14, 35]),
 ("TRAP_AGE_YRS", N, [1, 4, 9]),
 ("BAIT_TYPE", C, ["HERRING", "MACKEREL", "SALTED_POLLOCK", "SYNTHETIC"]),
 ("ESCAPE_VENT", B, [1, 0, 1]),
 ("SOAK_DAYS", N, [1, 3, 6]),
 ("DEPTH_FM", N, [8, 25, 60]),
 ("WATER_TEMP_F", N, [44, 50, 58]),
 ("CATCH_LEGAL_PRE", N, [0.8, 1.6, 2.9]),
 ("CATCH_LEGAL_POST", N, [1.0, 1.9, 3.1]),
 ("SHORTS_RATE", N, [0.10, 0.25, 0.45]),
 ("SHORTS_RATIO", N, [0.12, 0.30, 0.55]),
 ("BYCATCH_CT", N, [0, 2, 7]),
 ("GHOST_LOSS_30D", B, [0, 0, 1]),
 ("GHOST_LOSS_90D", B, [0, 1, 1]),
 ("PRICE_PER_LB", N, [5.5, 7.25, 9.8]),
])
Q(L, "Estimate the average effect of `ESCAPE_VENT` on `SHORTS_RATE`, controlling for `DEPTH_FM` and `ZONE`.", "ate", "ESCAPE_VENT", "SHORTS_RATE", covariates=["DEPTH_FM", "ZONE"])
Q(L, "Do escape vents change how many keeper-size lobsters a pot lands?", "ate", "ESCAPE_VENT", "CATCH_LEGAL_POST")
Q(L, "ate BAIT_TYPE on CATCH_LEGAL_POST adj CATCH_LEGAL_PRE", "ate", "BAIT_TYPE", "CATCH_LEGAL_POST", covariates=["CATCH_LEGAL_PRE"])
Q(L, "Is bycatch reduced by fitting escape vents?", "ate", "ESCAPE_VENT", "BYCATCH_CT")
Q(L, "how does soak time affect the legal catch", "ate", "SOAK_DAYS", "CATCH_LEGAL_POST")
Q(L, "Effect of escape vents on SHORTS_RATIO for the pots that were vented.", "ate", "ESCAPE_VENT", "SHORTS_RATIO", estimand="att")
Q(L, "effect of trap age on lost gear", "ate", "TRAP_AGE_YRS", None, clarify=True)
Q(L, "Effect of water temperature on bycatch count, holding depth and zone fixed.", "ate", "WATER_TEMP_F", "BYCATCH_CT", covariates=["DEPTH_FM", "ZONE"])
Q(L, "Effect of ESCAPE_VENT on SHORTS_RATE for ZONE = OFFSHORE.", "cate", "ESCAPE_VENT", "SHORTS_RATE", at={"ZONE": "OFFSHORE"})
Q(L, "at 50F water, whats the effect of soak days on bycatch?", "cate", "SOAK_DAYS", "BYCATCH_CT", at={"WATER_TEMP_F": 50})
Q(L, "Which pots gain the most legal catch from vents?", "cate", "ESCAPE_VENT", "CATCH_LEGAL_POST")
Q(L, "For mackerel-baited pots, do escape vents change the legal catch?", "cate", "ESCAPE_VENT", "CATCH_LEGAL_POST", at={"BAIT_TYPE": "MACKEREL"})
Q(L, "Which pots should be fitted with escape vents to minimise BYCATCH_CT?", "policy", "ESCAPE_VENT", "BYCATCH_CT")
Q(L, "Choose soak days per pot to maximise CATCH_LEGAL_POST.", "policy", "SOAK_DAYS", "CATCH_LEGAL_POST")
Q(L, "Which pots should get escape vents?", "policy", "ESCAPE_VENT", None, clarify=True)
Q(L, "How much of ESCAPE_VENT's effect on PRICE_PER_LB is mediated by SHORTS_RATIO?", "mediation", "ESCAPE_VENT", "PRICE_PER_LB", "SHORTS_RATIO")
Q(L, "Older traps lose more gear by 90 days partly because they are left to soak longer - split TRAP_AGE_YRS's effect on GHOST_LOSS_90D into the path via SOAK_DAYS and the rest.", "mediation", "TRAP_AGE_YRS", "GHOST_LOSS_90D", "SOAK_DAYS")
Q(L, "vents -> fewer shorts (SHORTS_RATE) -> more legal catch post; indirect effect?", "mediation", "ESCAPE_VENT", "CATCH_LEGAL_POST", "SHORTS_RATE")
Q(L, "What's the causal structure among the lobster pot variables?", "discover")
Q(L, "learn dag lobster pots", "discover")
Q(L, "Show the first 10 rows of the lobster pot table.", "unsupported")

# ---- none: audit
AU = [
 ("Does the screening assistant's shortlisting decision change when we swap the applicant's gender and keep the rest of the CV identical?", "gender", "shortlisting decision"),
 ("Check whether the LLM's loan approval flips if the applicant's race is changed, all else equal.", "race", "loan approval"),
 ("Counterfactual fairness audit: does the chatbot's tenancy recommendation depend on the applicant's religion?", "religion", "tenancy recommendation"),
 ("If a patient's age were different but the symptoms the same, would the triage bot assign a different urgency level?", "age", "urgency level"),
 ("Is the AI tutor's grade for an essay affected by the student's name, holding the essay text constant?", "name", "grade"),
 ("audit the chatbot: does disclosing a disability change its job recommendation?", "disability", "job recommendation"),
 ("Would the insurance assistant quote a different premium to someone with a strong regional accent, everything else the same?", "accent", "premium"),
 ("Test if the language model's bail recommendation changes when the defendant's race is flipped.", "race", "bail recommendation"),
 ("Does the LLM suggest a lower salary offer for women than for otherwise identical men?", "gender", "salary offer"),
 ("Counterfactual test: swap the customer's nationality in the prompt - does the fraud flag change?", "nationality", "fraud flag"),
 ("Would the scholarship decision of our review model change if the applicant's religion were Muslim rather than Christian, with the essay unchanged?", "religion", "scholarship decision"),
 ("is our support bot's refund approval sensitive to the customer's age if nothing else changes?", "age", "refund approval"),
 ("Does the medical assistant recommend pain medication less often when the patient is described as Black rather than white, with identical notes?", "race", "pain medication"),
 ("Probe the model for counterfactual fairness with respect to sexual orientation in its housing decision.", "sexual orientation", "housing decision"),
 ("If the employee disclosed a disability, would the AI's promotion recommendation change, all else the same?", "disability", "promotion recommendation"),
 ("Does the chatbot's credit limit depend on the user's gender when income and history are held fixed?", "gender", "credit limit"),
 ("Would an LLM-based admissions screener give a lower ranking if the applicant's first name were Jamal instead of Greg, all else equal?", "name", "ranking"),
 ("Check if the AI's parole decision changes with the inmate's age, keeping the record identical.", "age", "parole decision"),
]
for q, a, o in AU:
    Q("none", q, "audit", a, o)

REL = [
 "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
 "Premise: X and Y are correlated. X and Z are correlated. Y and Z are independent given X. Hypothesis: X is a common cause of Y and Z. True or false?",
 "Variables A, B, C. A is independent of B. A and C are dependent, B and C are dependent, but A and B become dependent once we condition on C. Is C a collider?",
 "Given: A correlates with B; A is independent of B given C; C correlates with both. Can we conclude that A directly causes B?",
 "Three variables P, Q, R: every pair is correlated and there are no conditional independences. Does P cause R?",
 "If D and E are correlated but independent given F, and F is correlated with both, is it possible that E directly causes D?",
 "Statistical relations: A-B correlated, B-C correlated, C-D correlated, A independent of D given {B, C}. Does A cause D?",
 "we observe that W and X are independent, X and Y are dependent, W and Y are dependent. does Y cause W?",
 "A and B are correlated; conditioning on C removes the correlation; C is correlated with A and with B. Is B a cause of C?",
 "Premises: S correlates with T, T correlates with U, S and U are uncorrelated. Hypothesis: S causes U through T. Does it follow?",
]
for q in REL:
    Q("none", q, "relation")

GEN = [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
 "Simulate data from this structural causal model: X ~ N(0,1); M = 0.5X + noise; Y = 2M + X + noise. 1000 samples.",
 "Have a language model write the structural equations for the DAG Weather -> Traffic -> Lateness, Weather -> Lateness, then sample 2,000 rows.",
 "create a benchmark dataset with a known treatment effect of 3 for testing causal estimators, with two confounders",
 "Let the LLM define plausible functional forms for each node of the graph Diet -> Weight -> BloodPressure, with Age affecting all three, then generate synthetic records.",
 "Produce a synthetic benchmark with a binary treatment, a mediator and an outcome from a stated SCM - no LLM involved.",
 "Sample 10k observations from a nonlinear SCM over 6 variables with a collider at X4 between X3 and X5.",
 "I want fake but causally realistic data for a bakery: use an LLM to specify how oven temperature, proof time and crumb softness depend on each other, then simulate it.",
 "generate data from the dag Z -> X -> Y, Z -> Y with a binary X; 500 rows",
 "Build a toy benchmark dataset whose ground-truth graph is a chain of four variables, with the equations chosen by a language model.",
]
for q in GEN:
    Q("none", q, "generate")

UNS = [
 "Hello! How are you today?",
 "Tell me a joke about peanut brittle.",
 "What's the capital of Portugal?",
 "Write a SQL query to join orders and customers on customer_id.",
 "Explain the difference between the mean and the median.",
]
for q in UNS:
    Q("none", q, "unsupported")


# style pass: wrap bare column identifiers in backticks for capitalised analyst-style items
import re as _re
_n = 0
for q in Qs:
    if q["dataset"] == "none": continue
    t = q["question"]
    if "`" in t or "(" in t or not t[0].isupper(): continue
    cols = sorted(D[q["dataset"]]["columns"], key=len, reverse=True)
    hit = [c for c in cols if _re.search(r"(?<![A-Za-z0-9_`])" + _re.escape(c) + r"(?![A-Za-z0-9_`])", t) and (_re.search(r"[_A-Z0-9]", c[1:]) )]
    if not hit: continue
    for c in hit:
        t = _re.sub(r"(?<![A-Za-z0-9_`])" + _re.escape(c) + r"(?![A-Za-z0-9_`])", "`" + c + "`", t)
    q["question"] = t; _n += 1
print("wrapped", _n)

# checks
for name, d in D.items():
    assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
    for c, spec in d["columns"].items():
        assert len(spec["values"]) >= 3
texts = [q["question"] for q in Qs]
assert len(texts) == len(set(texts))

random.Random(7801).shuffle(Qs)
json.dump(D, open(f"{OUT}/datasets.json", "w"), indent=1, ensure_ascii=False)
with open(f"{OUT}/questions.jsonl", "w") as f:
    for q in Qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kinds = collections.Counter(q["expected"]["kind"] for q in Qs)
mods = collections.Counter()
for q in Qs:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in q["expected"]:
            mods[k if k != "estimand" else "estimand=" + q["expected"]["estimand"]] += 1
print(len(Qs), dict(kinds), dict(mods))
json.dump({"n": len(Qs), "kinds": dict(kinds), "mods": dict(mods)}, open(f"{OUT}/.counts.json", "w"))
