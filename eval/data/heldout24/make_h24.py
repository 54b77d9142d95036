import os
OUT = os.path.dirname(os.path.abspath(__file__))

import json
import random
import subprocess
from collections import Counter

TAG = "h24"
SPLIT = "test"
ORIGIN = "heldout24"
SEED = 24024

DATASETS = {}
ITEMS = []  # (question dict, style)


def D(name, desc, cols):
    DATASETS[name] = {
        "description": desc,
        "columns": {c: {"type": t, "values": v} for c, t, v in cols},
    }


def Q(ds, text, kind, t=None, y=None, m=None, cov=None, inst=None, est=None,
      at=None, clar=False, style="n"):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if ds != "none":
        order = list(DATASETS[ds]["columns"])
        for c in [t, y, m, inst] + list(cov or []) + list((at or {}).keys()):
            if c is not None and kind != "audit":
                assert c in order, (ds, c, text)
        if cov:
            exp["covariates"] = sorted(cov, key=order.index)
        if at:
            for c, v in at.items():
                ty = DATASETS[ds]["columns"][c]["type"]
                if ty in ("numeric", "binary"):
                    assert isinstance(v, (int, float)), (c, v)
                else:
                    assert isinstance(v, str) and v in DATASETS[ds]["columns"][c]["values"], (c, v)
    else:
        assert not cov and not at
    if inst:
        exp["instrument"] = inst
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clar:
        exp["clarify"] = True
    q = {
        "question": text,
        "dataset": ds,
        "columns": list(DATASETS[ds]["columns"]) if ds != "none" else None,
        "split": SPLIT,
        "origin": ORIGIN,
        "expected": exp,
    }
    ITEMS.append((q, style))


N, B, C, I, DT, TX = "numeric", "binary", "categorical", "id", "date", "text"

# ---------------------------------------------------------------- 1 quinoa
ds = "h24_quinoa_farms"
D(ds, "Smallholder quinoa farms on the Bolivian altiplano, one growing season: variety, irrigation, "
      "manure and nitrogen inputs, frost, soil organic matter at baseline and year 2, pest damage, "
      "saponin content (lab and field-kit v2), grain yield and farm-gate price.", [
    ("farm_id", I, ["QF-0001", "QF-0002", "QF-0003"]),
    ("reg", C, ["altiplano_norte", "altiplano_central", "altiplano_sur", "valles"]),
    ("alt_m", N, [3650, 3810, 3955]),
    ("var_cd", C, ["real_blanca", "salcedo_inia", "kancolla", "pasankalla"]),
    ("coop_mem", B, [0, 1, 1]),
    ("ext_vis", N, [0, 2, 5]),
    ("irr", B, [0, 1, 0]),
    ("mnr_t_ha", N, [0.0, 2.5, 6.0]),
    ("n_kg_ha", N, [0, 40, 80]),
    ("frost_d", N, [3, 11, 19]),
    ("som_bl", N, [0.8, 1.4, 2.1]),
    ("som_y2", N, [0.9, 1.5, 2.4]),
    ("pest_dmg_30d", N, [2, 8, 15]),
    ("pest_dmg_90d", N, [5, 14, 27]),
    ("sap_pct", N, [0.2, 0.9, 1.6]),
    ("sap_pct_v2", N, [0.3, 1.0, 1.5]),
    ("yld_kg_ha", N, [450, 820, 1300]),
    ("price_bs_kg", N, [9.5, 12.0, 15.5]),
])
Q(ds, "Estimate the average treatment effect of deficit irrigation (`irr`) on grain yield (`yld_kg_ha`).", "ate", "irr", "yld_kg_ha", style="m")
Q(ds, "Do farms that spread more llama dung end up with richer soil two years on?", "ate", "mnr_t_ha", "som_y2", style="n")
Q(ds, "ate of coop membership on price recieved, adj for altitude and region", "ate", "coop_mem", "price_bs_kg", cov=["alt_m", "reg"], style="t")
Q(ds, "Is the harvest gain from nitrogen fertiliser real, or just confounding?", "ate", "n_kg_ha", "yld_kg_ha", style="n")
Q(ds, "How much do extension visits (ext_vis) shift soil organic matter?", "ate", "ext_vis", "som_y2", style="m")
Q(ds, "On the farms that actually irrigated, what did irrigating do to their kilos per hectare?", "ate", "irr", "yld_kg_ha", est="att", style="n")
Q(ds, "effect of irrigation on pest damage?", "ate", "irr", None, clar=True, style="t")
Q(ds, "Is the farm-gate price per kilo pushed down by the number of frosty nights?", "ate", "frost_d", "price_bs_kg", style="n")
Q(ds, "What is the effect of `irr` on `yld_kg_ha` for farms sitting at 3,900 m?", "cate", "irr", "yld_kg_ha", at={"alt_m": 3900}, style="m")
Q(ds, "among pasankalla plots does manure raise yld", "cate", "mnr_t_ha", "yld_kg_ha", at={"var_cd": "pasankalla"}, style="t")
Q(ds, "How does the price premium from belonging to a cooperative differ from region to region?", "cate", "coop_mem", "price_bs_kg", style="n")
Q(ds, "Under the condition that a farm recorded 15 frost days, what is the effect of `n_kg_ha` on `yld_kg_ha`?", "cate", "n_kg_ha", "yld_kg_ha", at={"frost_d": 15}, style="m")
Q(ds, "Which farms should the extension service prioritise for deficit irrigation to get the most grain?", "policy", "irr", "yld_kg_ha", style="n")
Q(ds, "targeting rule: who gets free manure (mnr_t_ha) to build soil organic matter", "policy", "mnr_t_ha", "som_y2", style="t")
Q(ds, "Design an allocation rule for cooperative membership drives (`coop_mem`) that maximises `price_bs_kg`.", "policy", "coop_mem", "price_bs_kg", style="m")
Q(ds, "How much of the effect of cooperative membership on yield runs through extension visits?", "mediation", "coop_mem", "yld_kg_ha", "ext_vis", style="n")
Q(ds, "Manure works by building up soil organic matter by year two, which then raises the harvest. How big is that indirect path compared with the direct one?", "mediation", "mnr_t_ha", "yld_kg_ha", "som_y2", style="o")
Q(ds, "Decompose the effect of `irr` on `price_bs_kg` into a direct part and an indirect part via `sap_pct`.", "mediation", "irr", "price_bs_kg", "sap_pct", style="m")
Q(ds, "Learn the causal graph among the quinoa farm variables.", "discover", style="m")
Q(ds, "which practices on these quinoa farms drive which outcomes? work out the cause-effect structure from the data", "discover", style="t")
Q(ds, "Plot the distribution of yld_kg_ha by var_cd.", "unsupported", style="m")

# ---------------------------------------------------------------- 2 lentil
ds = "h24_lentil_farms"
D(ds, "Prairie lentil fields (Saskatchewan, Alberta, Manitoba): soil zone, rotation, rhizobium inoculant, "
      "phosphorus, fungicide applications, rainfall, weed counts before/after, nodulation, root-rot scores "
      "(two scoring systems), lodging in July and August, yield and seed protein.", [
    ("FARM_ID", I, ["SK-1021", "SK-1022", "AB-0310"]),
    ("PROV", C, ["SK", "AB", "MB"]),
    ("SOIL_ZN", C, ["BROWN", "DARK_BROWN", "BLACK", "GREY"]),
    ("GROWER_AGE", N, [29, 47, 66]),
    ("ROT_CEREAL", B, [1, 0, 1]),
    ("INOC", B, [1, 1, 0]),
    ("P_KG_HA", N, [0, 15, 30]),
    ("FUNG_APPS", N, [0, 1, 2]),
    ("RAIN_MM", N, [180, 260, 340]),
    ("WEED_CNT_PRE", N, [12, 40, 95]),
    ("WEED_CNT_POST", N, [3, 18, 60]),
    ("NOD_SCORE", N, [1, 3, 5]),
    ("ROOT_ROT_SCORE", N, [0, 2, 4]),
    ("ROOT_ROT_SCORE_V2", N, [0.1, 0.5, 0.8]),
    ("LODGING_JUL", N, [0, 10, 35]),
    ("LODGING_AUG", N, [5, 20, 60]),
    ("YLD_BU_AC", N, [18, 29, 41]),
    ("PROTEIN_PCT", N, [23.1, 25.4, 27.0]),
])
Q(ds, "Estimate the ATE of `INOC` on `YLD_BU_AC`, controlling for `SOIL_ZN` and `RAIN_MM`.", "ate", "INOC", "YLD_BU_AC", cov=["SOIL_ZN", "RAIN_MM"], style="m")
Q(ds, "Does coating lentil seed with rhizobia actually give the roots more nodules?", "ate", "INOC", "NOD_SCORE", style="n")
Q(ds, "phosphorous effect on protien, lentils", "ate", "P_KG_HA", "PROTEIN_PCT", style="t")
Q(ds, "Is root rot (ROOT_ROT_SCORE) affected by having a cereal in the rotation?", "ate", "ROT_CEREAL", "ROOT_ROT_SCORE", style="m")
Q(ds, "Did putting a cereal in the previous year cut weed numbers?", "ate", "ROT_CEREAL", "WEED_CNT_POST", style="n")
Q(ds, "what's the effect of fungicide applications on lodging", "ate", "FUNG_APPS", None, clar=True, style="t")
Q(ds, "For growers who did not inoculate, what would inoculation have done to their bushels per acre?", "ate", "INOC", "YLD_BU_AC", est="atc", style="n")
Q(ds, "Are yields higher because of the sprays, or is it just that wetter farms spray more? (`FUNG_APPS` -> `YLD_BU_AC`)", "ate", "FUNG_APPS", "YLD_BU_AC", style="m")
Q(ds, "Effect of INOC on YLD_BU_AC among farms in the BLACK soil zone.", "cate", "INOC", "YLD_BU_AC", at={"SOIL_ZN": "BLACK"}, style="m")
Q(ds, "How does the yield response to phosphate change with how wet the season was?", "cate", "P_KG_HA", "YLD_BU_AC", style="n")
Q(ds, "in manitoba does inoculant increase protien", "cate", "INOC", "PROTEIN_PCT", at={"PROV": "MB"}, style="t")
Q(ds, "What's the effect of fungicide (`FUNG_APPS`) on `ROOT_ROT_SCORE_V2` when seasonal rain is 300 mm?", "cate", "FUNG_APPS", "ROOT_ROT_SCORE_V2", at={"RAIN_MM": 300}, style="m")
Q(ds, "Which lentil growers should receive subsidised inoculant to maximise bushels per acre?", "policy", "INOC", "YLD_BU_AC", style="n")
Q(ds, "Build a rule for where to apply fungicide (FUNG_APPS) so that ROOT_ROT_SCORE stays low.", "policy", "FUNG_APPS", "ROOT_ROT_SCORE", style="m")
Q(ds, "P targeting for protein - which fields get phosphorus", "policy", "P_KG_HA", "PROTEIN_PCT", style="t")
Q(ds, "Inoculant is supposed to work by boosting nodulation, which then lifts yield. How much of INOC's effect on YLD_BU_AC flows through NOD_SCORE?", "mediation", "INOC", "YLD_BU_AC", "NOD_SCORE", style="o")
Q(ds, "direct vs indirect effect of ROT_CEREAL on YLD_BU_AC via ROOT_ROT_SCORE", "mediation", "ROT_CEREAL", "YLD_BU_AC", "ROOT_ROT_SCORE", style="t")
Q(ds, "How much of the fungicide effect on yield is mediated by root rot?", "mediation", "FUNG_APPS", "YLD_BU_AC", None, clar=True, style="n")
Q(ds, "Recover the causal structure linking rotation, inoculation, nodulation, disease and yield in the lentil data.", "discover", style="n")
Q(ds, "Give me the mean and standard deviation of YLD_BU_AC by PROV.", "unsupported", style="m")

# ---------------------------------------------------------------- 3 flax
ds = "h24_flax_growers"
D(ds, "Canadian flax growers (oilseed and fibre types): seed, tillage, contracts, workshop attendance, "
      "nitrogen, fungicide, pasmo severity in July and August, fibre quality (two scales), "
      "previous and current yield, oil content and gross margin.", [
    ("growerId", I, ["FX-201", "FX-202", "FX-203"]),
    ("province", C, ["Manitoba", "Saskatchewan", "Alberta"]),
    ("flaxType", C, ["oilseed", "fibre"]),
    ("acresSeeded", N, [80, 240, 610]),
    ("tillageSystem", C, ["conventional", "minimum", "zero"]),
    ("usedCertifiedSeed", B, [1, 0, 1]),
    ("contractGrower", B, [0, 1, 0]),
    ("attendedWorkshop", B, [0, 0, 1]),
    ("nitrogenLbsAc", N, [30, 60, 90]),
    ("fungicideSprayed", B, [1, 0, 0]),
    ("pasmoSeverityJul", N, [2, 10, 25]),
    ("pasmoSeverityAug", N, [8, 22, 45]),
    ("fibreQualityScore", N, [55, 68, 81]),
    ("fibreQualityScoreV2", N, [2.1, 3.4, 4.6]),
    ("yieldBuAcPrev", N, [18, 24, 31]),
    ("yieldBuAc", N, [16, 26, 35]),
    ("oilContentPct", N, [40.5, 43.2, 45.8]),
    ("grossMarginPerAc", N, [-15, 42, 118]),
])
Q(ds, "What is the average effect of `fungicideSprayed` on `yieldBuAc`?", "ate", "fungicideSprayed", "yieldBuAc", style="m")
Q(ds, "Did going to the agronomy workshop make growers any more money per acre?", "ate", "attendedWorkshop", "grossMarginPerAc", style="n")
Q(ds, "certified seed -> yield, ate, control tillage + province", "ate", "usedCertifiedSeed", "yieldBuAc", cov=["tillageSystem", "province"], style="t")
Q(ds, "Is the oil percentage in the seed really raised by nitrogen, or is that correlation confounded?", "ate", "nitrogenLbsAc", "oilContentPct", style="o")
Q(ds, "Estimate the effect of spraying (fungicideSprayed) on August pasmo (pasmoSeverityAug).", "ate", "fungicideSprayed", "pasmoSeverityAug", style="m")
Q(ds, "effect of fungicide spraying on pasmo disease", "ate", "fungicideSprayed", None, clar=True, style="t")
Q(ds, "Among the growers who signed production contracts, how much did the contract change their margin per acre?", "ate", "contractGrower", "grossMarginPerAc", est="att", style="n")
Q(ds, "Does zero-till raise how many bushels the flax yields, compared with the other systems?", "ate", "tillageSystem", "yieldBuAc", style="n")
Q(ds, "For fibre-type flax, does certified seed improve yield?", "cate", "usedCertifiedSeed", "yieldBuAc", at={"flaxType": "fibre"}, style="n")
Q(ds, "effect of nitrogenLbsAc on yieldBuAc when acresSeeded = 500", "cate", "nitrogenLbsAc", "yieldBuAc", at={"acresSeeded": 500}, style="t")
Q(ds, "Who benefits most from fungicide, in terms of profit per acre?", "cate", "fungicideSprayed", "grossMarginPerAc", style="n")
Q(ds, "In Saskatchewan, how much does `attendedWorkshop` change `yieldBuAc`?", "cate", "attendedWorkshop", "yieldBuAc", at={"province": "Saskatchewan"}, style="m")
Q(ds, "Which growers should we encourage to spray fungicide if the goal is margin per acre?", "policy", "fungicideSprayed", "grossMarginPerAc", style="n")
Q(ds, "Allocation rule for certified-seed vouchers (`usedCertifiedSeed`) to maximize `yieldBuAc`.", "policy", "usedCertifiedSeed", "yieldBuAc", style="m")
Q(ds, "who should be invited to the workshop to raise fibre quality", "policy", "attendedWorkshop", None, clar=True, style="t")
Q(ds, "Fungicide protects the crop from pasmo in August, which then keeps yields up. How much of the spraying effect on yield goes through August pasmo?", "mediation", "fungicideSprayed", "yieldBuAc", "pasmoSeverityAug", style="o")
Q(ds, "Does the workshop raise margins directly, or only because attendees switch to certified seed?", "mediation", "attendedWorkshop", "grossMarginPerAc", "usedCertifiedSeed", style="n")
Q(ds, "What causes what among tillage, seed, spraying, disease and yield for these flax growers?", "discover", style="n")
Q(ds, "Forecast next season's yieldBuAc for each grower.", "unsupported", style="m")

# ---------------------------------------------------------------- 4 banana
ds = "h24_banana_plantations"
D(ds, "Export banana plantations in Latin America and the Philippines: size, altitude, rainfall, drainage, "
      "bunch bagging, fungicide sprays, labour and wages, black sigatoka, Fusarium wilt before/after, "
      "rejected fruit per week and per month, boxes per hectare, tonnes per hectare and box price.", [
    ("plantation", I, ["BP-017", "BP-018", "BP-019"]),
    ("country", C, ["Ecuador", "Costa Rica", "Colombia", "Philippines"]),
    ("hectares", N, [12, 85, 430]),
    ("altitude", N, [20, 150, 600]),
    ("rainfall", N, [1800, 2600, 3400]),
    ("drainage", B, [1, 0, 1]),
    ("bagging", B, [1, 1, 0]),
    ("sprays", N, [18, 30, 52]),
    ("workers", N, [14, 60, 210]),
    ("wage", N, [11, 16, 24]),
    ("sigatoka", N, [5, 14, 31]),
    ("wilt_before", N, [0, 1.5, 6]),
    ("wilt_after", N, [0, 2.0, 9]),
    ("rejects_week", N, [2, 5, 9]),
    ("rejects_month", N, [3, 6, 11]),
    ("boxes", N, [1800, 2500, 3300]),
    ("output", N, [38, 52, 70]),
    ("price", N, [5.8, 6.9, 8.1]),
])
Q(ds, "Estimate the average causal effect of `drainage` on `output`.", "ate", "drainage", "output", style="m")
Q(ds, "Does bagging the bunches cut the share of fruit thrown out each week?", "ate", "bagging", "rejects_week", style="n")
Q(ds, "effect of more fungicide sprays on sigatoka", "ate", "sprays", "sigatoka", style="t")
Q(ds, "How much does paying workers more per day change the number of boxes shipped per hectare?", "ate", "wage", "boxes", style="n")
Q(ds, "Are plantations with drainage less hit by Panama disease, once you account for altitude and country?", "ate", "drainage", "wilt_after", cov=["altitude", "country"], style="n")
Q(ds, "effect of bagging on yield", "ate", "bagging", None, clar=True, style="t")
Q(ds, "For the plantations that bag their bunches, what is the effect of bagging on `price`?", "ate", "bagging", "price", est="att", style="m")
Q(ds, "Is the link between sigatoka and rejects_month causal? Estimate the effect of sigatoka on rejects_month.", "ate", "sigatoka", "rejects_month", style="m")
Q(ds, "What is the effect of drainage on output for plantations receiving 3,000 mm of rain a year?", "cate", "drainage", "output", at={"rainfall": 3000}, style="m")
Q(ds, "in the philippines does bagging reduce monthly rejects", "cate", "bagging", "rejects_month", at={"country": "Philippines"}, style="t")
Q(ds, "How does the benefit of extra spraying against leaf spot vary with elevation?", "cate", "sprays", "sigatoka", style="n")
Q(ds, "effect of wage on boxes where workers = 100", "cate", "wage", "boxes", at={"workers": 100}, style="t")
Q(ds, "Which plantations should install drainage first to minimise Fusarium wilt?", "policy", "drainage", "wilt_after", style="n")
Q(ds, "Decide where bunch bagging pays off in boxes per hectare.", "policy", "bagging", "boxes", style="n")
Q(ds, "Set a spraying policy (`sprays`) across plantations that keeps `sigatoka` lowest.", "policy", "sprays", "sigatoka", style="m")
Q(ds, "Spraying works by holding down sigatoka, which in turn protects boxes per hectare. Split the effect of sprays on boxes into the part through sigatoka and the rest.", "mediation", "sprays", "boxes", "sigatoka", style="o")
Q(ds, "How much of bagging's effect on price goes via rejects_week?", "mediation", "bagging", "price", "rejects_week", style="m")
Q(ds, "Infer the causal DAG over the banana plantation columns.", "discover", style="m")
Q(ds, "Figure out from the data which management and weather factors drive disease, rejects and output - the arrows between them.", "discover", style="n")
Q(ds, "clean up plantation ids and drop duplicate rows pls", "unsupported", style="t")

# ---------------------------------------------------------------- 5 pineapple
ds = "h24_pineapple_farms"
D(ds, "Costa Rican pineapple farms: cultivar, GlobalGAP certification, planting density, plastic mulch, "
      "ethephon forcing, N and K rates, soil pH at baseline and year 3, mealybug wilt, fruit weight "
      "(two measurements), brix, post-harvest rot at 7 and 21 days, yield.", [
    ("pf_id", I, ["PN-301", "PN-302", "PN-303"]),
    ("region", C, ["huetar_norte", "caribe", "pacifico_sur"]),
    ("cv", C, ["md2", "smooth_cayenne", "queen"]),
    ("cert_gg", B, [1, 0, 1]),
    ("pl_dens", N, [45000, 60000, 72000]),
    ("mulch_pe", B, [1, 1, 0]),
    ("ethr_frc", B, [1, 0, 1]),
    ("n_kg_ha", N, [300, 550, 800]),
    ("k_kg_ha", N, [200, 420, 650]),
    ("soil_ph_bl", N, [4.4, 5.0, 5.6]),
    ("soil_ph_3y", N, [4.2, 4.8, 5.5]),
    ("wilt_mb", N, [0, 4, 15]),
    ("fruit_wt_kg", N, [1.1, 1.6, 2.2]),
    ("fruit_mass_kg", N, [1.05, 1.58, 2.25]),
    ("brix", N, [11.5, 13.8, 15.9]),
    ("rot_7d", N, [1, 4, 9]),
    ("rot_21d", N, [5, 12, 28]),
    ("yld_t_ha", N, [55, 85, 120]),
])
Q(ds, "ATE of plastic mulch (`mulch_pe`) on yield (`yld_t_ha`).", "ate", "mulch_pe", "yld_t_ha", style="m")
Q(ds, "Does giving the plants more potash make the pineapples sweeter?", "ate", "k_kg_ha", "brix", style="n")
Q(ds, "ethephon forcing -> yld_t_ha, adjust for cv and pl_dens", "ate", "ethr_frc", "yld_t_ha", cov=["cv", "pl_dens"], style="t")
Q(ds, "Has heavy nitrogen fertilising acidified these soils?", "ate", "n_kg_ha", "soil_ph_3y", style="n")
Q(ds, "What does potassium do to how big the fruit get?", "ate", "k_kg_ha", None, clar=True, style="n")
Q(ds, "Is rot after three weeks in storage (`rot_21d`) raised by high `n_kg_ha`?", "ate", "n_kg_ha", "rot_21d", style="m")
Q(ds, "GlobalGAP certification effect on mealybug wilt for the certified farms", "ate", "cert_gg", "wilt_mb", est="att", style="t")
Q(ds, "plnting density effect on brix", "ate", "pl_dens", "brix", style="t")
Q(ds, "Effect of mulch_pe on yld_t_ha for cv = queen.", "cate", "mulch_pe", "yld_t_ha", at={"cv": "queen"}, style="m")
Q(ds, "When planting density is 70,000 plants/ha, how does `k_kg_ha` affect `fruit_wt_kg`?", "cate", "k_kg_ha", "fruit_wt_kg", at={"pl_dens": 70000}, style="m")
Q(ds, "In which parts of the country does flower induction raise tonnage the most?", "cate", "ethr_frc", "yld_t_ha", style="n")
Q(ds, "Among farms in the Caribbean region, what does certification do to rot after a week?", "cate", "cert_gg", "rot_7d", at={"region": "caribe"}, style="n")
Q(ds, "Which farms should adopt plastic mulch to maximize tonnes per hectare?", "policy", "mulch_pe", "yld_t_ha", style="n")
Q(ds, "targeting potassium (k_kg_ha) to maximise brix - which farms", "policy", "k_kg_ha", "brix", style="t")
Q(ds, "Who should the exporter pay to get GlobalGAP certified if the goal is to cut rot?", "policy", "cert_gg", None, clar=True, style="n")
Q(ds, "Does certification reduce rot at 21 days directly, or by first lowering mealybug wilt?", "mediation", "cert_gg", "rot_21d", "wilt_mb", style="n")
Q(ds, "Quantify the share of the `mulch_pe` -> `yld_t_ha` effect mediated by `fruit_mass_kg`.", "mediation", "mulch_pe", "yld_t_ha", "fruit_mass_kg", style="m")
Q(ds, "Discover the causal structure among the pineapple farm variables.", "discover", style="m")

# ---------------------------------------------------------------- 6 apricot
ds = "h24_apricot_orchards"
D(ds, "Apricot orchards in four growing valleys: rootstock, tree age, chill hours, bloom date, frost "
      "protection, hail nets, thinning, irrigation, sharka (plum pox), fruit set, brown rot at 7 and 14 "
      "days, previous and current yield per tree, marketable fraction (share and percent).", [
    ("orchardId", I, ["AO-5501", "AO-5502", "AO-5503"]),
    ("valley", C, ["Wachau", "Malatya", "Hunza", "Murcia"]),
    ("rootstock", C, ["myrobalan", "apricotSeedling", "peachGF305"]),
    ("treeAgeYrs", N, [4, 12, 27]),
    ("chillHours", N, [450, 800, 1200]),
    ("bloomDate", DT, ["2023-03-08", "2023-03-21", "2023-04-02"]),
    ("frostProtection", B, [1, 0, 0]),
    ("hailNet", B, [0, 1, 0]),
    ("thinningDone", B, [1, 1, 0]),
    ("irrigationMmYr", N, [0, 250, 520]),
    ("sharkaPositive", B, [0, 0, 1]),
    ("fruitSetPct", N, [8, 22, 41]),
    ("brownRotPct7d", N, [1, 5, 12]),
    ("brownRotPct14d", N, [4, 11, 26]),
    ("yieldKgTreePrev", N, [18, 35, 62]),
    ("yieldKgTree", N, [15, 38, 70]),
    ("marketableShare", N, [0.55, 0.72, 0.91]),
    ("marketablePct", N, [54, 73, 90]),
])
Q(ds, "Estimate the average treatment effect of `frostProtection` on `fruitSetPct`.", "ate", "frostProtection", "fruitSetPct", style="m")
Q(ds, "Does hail netting raise the crop each tree gives?", "ate", "hailNet", "yieldKgTree", style="n")
Q(ds, "thinning -> brownRotPct14d ate adj treeAgeYrs", "ate", "thinningDone", "brownRotPct14d", cov=["treeAgeYrs"], style="t")
Q(ds, "Is one-week brown rot lower in netted orchards because of the nets?", "ate", "hailNet", "brownRotPct7d", style="n")
Q(ds, "How much extra fruit per tree does watering bring, holding tree age and rootstock fixed?", "ate", "irrigationMmYr", "yieldKgTree", cov=["treeAgeYrs", "rootstock"], style="n")
Q(ds, "what does plum pox do to kg per tree", "ate", "sharkaPositive", "yieldKgTree", style="t")
Q(ds, "For the orchards that did NOT thin, what would thinning have done to `marketablePct`?", "ate", "thinningDone", "marketablePct", est="atc", style="m")
Q(ds, "Does spraying copper reduce brownRotPct14d?", "ate", None, "brownRotPct14d", clar=True, style="m")
Q(ds, "Effect of thinningDone on marketableShare in the Hunza valley.", "cate", "thinningDone", "marketableShare", at={"valley": "Hunza"}, style="m")
Q(ds, "How does the benefit of frost fans for fruit set change with how much winter chill an orchard gets?", "cate", "frostProtection", "fruitSetPct", style="n")
Q(ds, "for 20 yr old trees effect of irrigation on yield", "cate", "irrigationMmYr", "yieldKgTree", at={"treeAgeYrs": 20}, style="t")
Q(ds, "Under the condition that the orchard is on myrobalan rootstock, what is the hail net effect on `yieldKgTree`?", "cate", "hailNet", "yieldKgTree", at={"rootstock": "myrobalan"}, style="o")
Q(ds, "Which orchards should invest in frost protection to maximise kilos per tree?", "policy", "frostProtection", "yieldKgTree", style="n")
Q(ds, "rule for who should thin, maximise marketablePct", "policy", "thinningDone", "marketablePct", style="t")
Q(ds, "Where should hail nets go to cut `brownRotPct14d` the most?", "policy", "hailNet", "brownRotPct14d", style="m")
Q(ds, "Frost protection saves the blossoms, which then set more fruit, which gives more kilos. How much of frostProtection's effect on yieldKgTree passes through fruitSetPct?", "mediation", "frostProtection", "yieldKgTree", "fruitSetPct", style="o")
Q(ds, "thinningDone -> marketableShare mediated by brownRotPct7d: direct vs indirect", "mediation", "thinningDone", "marketableShare", "brownRotPct7d", style="t")
Q(ds, "Build a causal graph of the apricot orchard data.", "discover", style="m")
Q(ds, "Which valley has the highest average yieldKgTree? Just a table please.", "unsupported", style="m")

# ---------------------------------------------------------------- 7 handloom
ds = "h24_handloom_coops"
D(ds, "Indian handloom weaving cooperatives: state, fibre, size, share of women, jacquard looms, GI tag, "
      "yarn subsidy, e-commerce listing, designer tie-ups, training hours, loom utilisation, weaver income "
      "before/after, orders in 30 and 90 days, attrition and dropout rates.", [
    ("COOP_ID", I, ["HL-0091", "HL-0092", "HL-0093"]),
    ("STATE", C, ["ODISHA", "ASSAM", "TAMIL_NADU", "WEST_BENGAL", "ANDHRA_PRADESH"]),
    ("FIBRE", C, ["COTTON", "SILK", "JUTE", "WOOL"]),
    ("N_WEAVERS", N, [12, 45, 180]),
    ("FEMALE_SHARE", N, [0.3, 0.6, 0.92]),
    ("JACQUARD", B, [0, 1, 1]),
    ("GI_TAG", B, [1, 0, 0]),
    ("YARN_SUBSIDY", B, [1, 1, 0]),
    ("ECOM_LISTED", B, [0, 1, 0]),
    ("DESIGNER_TIE_UP", B, [0, 0, 1]),
    ("TRAINING_HRS", N, [0, 20, 60]),
    ("LOOM_UTIL", N, [0.4, 0.65, 0.9]),
    ("INCOME_PRE", N, [4200, 6800, 9500]),
    ("INCOME_POST", N, [4600, 7600, 11800]),
    ("ORDERS_30D", N, [3, 12, 40]),
    ("ORDERS_90D", N, [10, 35, 120]),
    ("ATTRITION_RATE", N, [0.02, 0.08, 0.2]),
    ("DROPOUT_RATE", N, [0.01, 0.07, 0.22]),
])
Q(ds, "What is the causal effect of `ECOM_LISTED` on `ORDERS_90D`?", "ate", "ECOM_LISTED", "ORDERS_90D", style="m")
Q(ds, "Did the yarn subsidy raise what weavers take home each month?", "ate", "YARN_SUBSIDY", "INCOME_POST", style="n")
Q(ds, "jacquard looms effect on loom utilisation", "ate", "JACQUARD", "LOOM_UTIL", style="t")
Q(ds, "Is the higher income of GI-tagged cooperatives real, or just because they are silk coops in richer states? Control for STATE and FIBRE.", "ate", "GI_TAG", "INCOME_POST", cov=["STATE", "FIBRE"], style="m")
Q(ds, "effect of getting on e-commerce on orders", "ate", "ECOM_LISTED", None, clar=True, style="t")
Q(ds, "How does TRAINING_HRS affect ATTRITION_RATE?", "ate", "TRAINING_HRS", "ATTRITION_RATE", style="m")
Q(ds, "Among cooperatives that did partner with a designer, what did that partnership do to weaver earnings?", "ate", "DESIGNER_TIE_UP", "INCOME_POST", est="att", style="n")
Q(ds, "Does working with a fashion designer bring in more orders within the following month?", "ate", "DESIGNER_TIE_UP", "ORDERS_30D", style="n")
Q(ds, "Effect of ECOM_LISTED on INCOME_POST for FIBRE = SILK.", "cate", "ECOM_LISTED", "INCOME_POST", at={"FIBRE": "SILK"}, style="m")
Q(ds, "In Assam, do more hours of skills training keep the looms busier?", "cate", "TRAINING_HRS", "LOOM_UTIL", at={"STATE": "ASSAM"}, style="n")
Q(ds, "For which kinds of cooperative does the yarn subsidy help incomes most?", "cate", "YARN_SUBSIDY", "INCOME_POST", style="n")
Q(ds, "when the coop has 100 weavers, effect of jacquard on 90 day orders", "cate", "JACQUARD", "ORDERS_90D", at={"N_WEAVERS": 100}, style="t")
Q(ds, "Which cooperatives should the handloom board list on e-commerce platforms to maximise weaver income?", "policy", "ECOM_LISTED", "INCOME_POST", style="n")
Q(ds, "Allocate yarn subsidies (`YARN_SUBSIDY`) to minimise `DROPOUT_RATE`.", "policy", "YARN_SUBSIDY", "DROPOUT_RATE", style="m")
Q(ds, "who should get training to stop weavers leaving", "policy", "TRAINING_HRS", None, clar=True, style="t")
Q(ds, "How much of the effect of e-commerce listing on income works through 90-day orders?", "mediation", "ECOM_LISTED", "INCOME_POST", "ORDERS_90D", style="n")
Q(ds, "Jacquard looms raise utilisation, which then lifts earnings - quantify that indirect path against the direct one.", "mediation", "JACQUARD", "INCOME_POST", "LOOM_UTIL", style="o")
Q(ds, "mediation: GI_TAG -> INCOME_POST via ORDERS_30D", "mediation", "GI_TAG", "INCOME_POST", "ORDERS_30D", style="t")
Q(ds, "Learn the causal structure between subsidy, training, listing, orders and income in the cooperative data.", "discover", style="n")
Q(ds, "Which columns in this cooperative table are causes of which? Map it out.", "discover", style="n")
Q(ds, "Write SQL to count cooperatives per STATE.", "unsupported", style="m")

# ---------------------------------------------------------------- 8 cheese
ds = "h24_farmhouse_cheese"
D(ds, "Farmhouse cheesemakers in England: region, milk species, herd size, pasture feeding, raw milk, "
      "rennet and starter types, ripening weeks, cellar humidity, coliform counts before/after a hygiene "
      "audit, listeria test, grading score (two schemes), complaints per month and quarter, price.", [
    ("dairy", I, ["FC-11", "FC-12", "FC-13"]),
    ("region", C, ["Somerset", "Lancashire", "Cheshire", "Yorkshire"]),
    ("milk", C, ["cow", "goat", "sheep"]),
    ("herd", N, [35, 120, 300]),
    ("pasture", B, [1, 0, 1]),
    ("rawmilk", B, [1, 1, 0]),
    ("rennet", C, ["animal", "vegetable", "microbial"]),
    ("starter", C, ["traditional", "commercial"]),
    ("ripening", N, [6, 26, 70]),
    ("humidity", N, [80, 88, 95]),
    ("coliforms_before", N, [10, 150, 2000]),
    ("coliforms_after", N, [5, 60, 900]),
    ("listeria", B, [0, 0, 1]),
    ("score", N, [62, 78, 91]),
    ("score_v2", N, [3.1, 4.0, 4.7]),
    ("complaints_month", N, [0, 1, 4]),
    ("complaints_quarter", N, [0, 3, 10]),
    ("price", N, [18, 26, 42]),
])
Q(ds, "Estimate the ATE of `rawmilk` on `listeria`.", "ate", "rawmilk", "listeria", style="m")
Q(ds, "Does maturing a cheese for longer fetch a better price per kilo?", "ate", "ripening", "price", style="n")
Q(ds, "ate pasture -> price, control milk + region", "ate", "pasture", "price", cov=["milk", "region"], style="t")
Q(ds, "Are coliform counts brought down by the choice of starter culture?", "ate", "starter", "coliforms_after", style="o")
Q(ds, "Does a damper maturing cellar cause more listeria positives, or is that just confounding?", "ate", "humidity", "listeria", style="n")
Q(ds, "whats the effect of raw milk on the grading score", "ate", "rawmilk", None, clar=True, style="t")
Q(ds, "Among dairies that make unpasteurised cheese, what did using raw milk do to the price they charge?", "ate", "rawmilk", "price", est="att", style="n")
Q(ds, "Effect of ripening on price for goat's milk cheese.", "cate", "ripening", "price", at={"milk": "goat"}, style="n")
Q(ds, "How does the effect of `rawmilk` on `listeria` vary with `herd`?", "cate", "rawmilk", "listeria", style="m")
Q(ds, "at 92% humidity, effect of ripening weeks on listeria", "cate", "ripening", "listeria", at={"humidity": 92}, style="t")
Q(ds, "In Lancashire, does pasture feeding change score_v2?", "cate", "pasture", "score_v2", at={"region": "Lancashire"}, style="m")
Q(ds, "Which farms should switch to pasteurised milk to minimise listeria risk?", "policy", "rawmilk", "listeria", style="n")
Q(ds, "who should extend ripening to maximise price", "policy", "ripening", "price", style="t")
Q(ds, "Targeting rule: which dairies should move their herds to pasture to lift `score`?", "policy", "pasture", "score", style="m")
Q(ds, "Raw milk might raise complaints by way of listeria. How much of the effect of rawmilk on complaints_quarter goes via listeria?", "mediation", "rawmilk", "complaints_quarter", "listeria", style="m")
Q(ds, "Longer maturing improves the grade, which then commands a higher price. Direct vs indirect effect of ripening on price via `score`.", "mediation", "ripening", "price", "score", style="o")
Q(ds, "Which of the cheesemaking factors cause which outcomes? Recover the structure.", "discover", style="n")

# ---------------------------------------------------------------- 9 scrapie
ds = "h24_scrapie_flocks"
D(ds, "British sheep flocks and classical scrapie: country, breed, flock size, common grazing, bought-in ewes, "
      "shared lambing pens, disinfection, National Scrapie Plan membership, genotyped rams, ARR/ARR share, "
      "scrapie cases at baseline and over 5 years, any positive, culling (rate and ratio), lamb mortality "
      "at 30 and 90 days.", [
    ("flk_id", I, ["FL-2201", "FL-2202", "FL-2203"]),
    ("cty", C, ["wales", "scotland", "england_n", "england_s"]),
    ("brd", C, ["suffolk", "texel", "cheviot", "mule", "swaledale"]),
    ("n_ewes", N, [80, 350, 1400]),
    ("comm_graze", B, [0, 1, 0]),
    ("pur_ewes", N, [0, 25, 120]),
    ("lmb_shrd", B, [1, 0, 1]),
    ("disinf", B, [0, 1, 1]),
    ("npsp", B, [1, 0, 1]),
    ("ram_gen", B, [1, 1, 0]),
    ("arr_pct", N, [5, 40, 85]),
    ("scr_cases_bl", N, [0, 2, 9]),
    ("scr_cases_5y", N, [0, 1, 6]),
    ("scr_pos", B, [0, 1, 0]),
    ("cull_rt", N, [0.01, 0.05, 0.12]),
    ("cull_ratio", N, [0.01, 0.06, 0.13]),
    ("mort_30d", N, [2, 6, 14]),
    ("mort_90d", N, [4, 9, 19]),
])
Q(ds, "Estimate the average effect of `npsp` on `scr_cases_5y`.", "ate", "npsp", "scr_cases_5y", style="m")
Q(ds, "Does using genotyped rams raise the share of resistant ARR/ARR sheep in the flock?", "ate", "ram_gen", "arr_pct", style="n")
Q(ds, "effect of shared lambing pens on scr_pos, adjust n_ewes and pur_ewes", "ate", "lmb_shrd", "scr_pos", cov=["n_ewes", "pur_ewes"], style="t")
Q(ds, "Are scrapie cases going down because pens get disinfected?", "ate", "disinf", "scr_cases_5y", style="n")
Q(ds, "How much does sharing hill grazing with neighbours raise the odds that a flock tests positive?", "ate", "comm_graze", "scr_pos", style="n")
Q(ds, "effect of npsp on culling", "ate", "npsp", None, clar=True, style="t")
Q(ds, "For flocks that joined the scrapie plan, what was the effect of joining on the resistant-genotype share?", "ate", "npsp", "arr_pct", est="att", style="n")
Q(ds, "Is lamb mortality over 90 days (`mort_90d`) reduced by `disinf`?", "ate", "disinf", "mort_90d", style="m")
Q(ds, "Effect of ram_gen on arr_pct among Texel flocks.", "cate", "ram_gen", "arr_pct", at={"brd": "texel"}, style="m")
Q(ds, "For a flock of 1,000 ewes, what is the effect of buying in replacements on later scrapie cases?", "cate", "pur_ewes", "scr_cases_5y", at={"n_ewes": 1000}, style="n")
Q(ds, "heterogeneity of npsp effect on scr_pos by cty", "cate", "npsp", "scr_pos", style="t")
Q(ds, "in scotland does communal grazing raise scrapie cases", "cate", "comm_graze", "scr_cases_5y", at={"cty": "scotland"}, style="t")
Q(ds, "Which flocks should be enrolled in genotyped-ram schemes to maximise the resistant genotype share?", "policy", "ram_gen", "arr_pct", style="n")
Q(ds, "Targeting rule for pen disinfection (`disinf`) to minimise `scr_pos`.", "policy", "disinf", "scr_pos", style="m")
Q(ds, "Which flocks should stop buying in replacement ewes to cut scrapie cases?", "policy", "pur_ewes", "scr_cases_5y", style="n")
Q(ds, "The plan works by breeding for resistance: how much of npsp's effect on scr_cases_5y flows through arr_pct?", "mediation", "npsp", "scr_cases_5y", "arr_pct", style="o")
Q(ds, "How much of the genotyped-ram effect on testing positive runs via the resistant share of the flock?", "mediation", "ram_gen", "scr_pos", "arr_pct", style="n")
Q(ds, "Learn the causal graph among flock management, genotype and scrapie variables.", "discover", style="n")
Q(ds, "what drives what in this scrapie flock data? find the structure yourself", "discover", style="t")
Q(ds, "Train a classifier to predict scr_pos from the other columns.", "unsupported", style="m")

# ---------------------------------------------------------------- 10 zika
ds = "h24_zika_pregnancy"
D(ds, "Prospective cohort of pregnant women in Zika-affected cities: age, SES quartile, prior dengue, "
      "repellent and bednet use, trimester and gestational week of infection, rash, RT-PCR and IgM, "
      "gestational age at birth, infant head-circumference z at birth and 12 months, microcephaly, "
      "neurodevelopment score (two instruments).", [
    ("pt_id", I, ["ZP-00012", "ZP-00013", "ZP-00014"]),
    ("site", C, ["recife", "salvador", "rio", "cali"]),
    ("mat_age", N, [17, 26, 39]),
    ("ses_q", C, ["q1", "q2", "q3", "q4"]),
    ("dengue_prior", B, [1, 0, 1]),
    ("repel_use", B, [0, 1, 1]),
    ("bednet", B, [1, 0, 0]),
    ("trim", C, ["first", "second", "third"]),
    ("gest_wk_inf", N, [8, 19, 31]),
    ("rash", B, [1, 0, 1]),
    ("zikv_pcr", B, [1, 0, 0]),
    ("igm_pos", B, [1, 1, 0]),
    ("ga_birth_wk", N, [34, 38, 40]),
    ("hc_z_birth", N, [-3.1, -0.8, 0.6]),
    ("hc_z_12m", N, [-3.4, -0.5, 0.9]),
    ("microceph", B, [1, 0, 0]),
    ("nd_score", N, [72, 94, 110]),
    ("nd_score_v2", N, [0.6, 0.9, 1.1]),
])
Q(ds, "Estimate the ATE of confirmed infection (`zikv_pcr`) on `microceph`.", "ate", "zikv_pcr", "microceph", style="m")
Q(ds, "Do mothers who used insect repellent have babies with bigger heads?", "ate", "repel_use", "hc_z_12m", style="n")
Q(ds, "effect of zikv_pcr on ga_birth_wk adj mat_age ses_q", "ate", "zikv_pcr", "ga_birth_wk", cov=["mat_age", "ses_q"], style="t")
Q(ds, "Is earlier dengue exposure protective against a small head at birth (microcephaly), or is that confounded?", "ate", "dengue_prior", "microceph", style="n")
Q(ds, "effect of zika on neurodevelopment", "ate", "zikv_pcr", None, clar=True, style="t")
Q(ds, "Does sleeping under a mosquito net prevent a PCR-confirmed infection?", "ate", "bednet", "zikv_pcr", style="n")
Q(ds, "Among the infected mothers, what did infection do to `hc_z_birth`?", "ate", "zikv_pcr", "hc_z_birth", est="att", style="m")
Q(ds, "Effect of zikv_pcr on microceph when infection happened in the first trimester.", "cate", "zikv_pcr", "microceph", at={"trim": "first"}, style="m")
Q(ds, "What is the effect of infection on head circumference at birth for women infected at week 10 of pregnancy?", "cate", "zikv_pcr", "hc_z_birth", at={"gest_wk_inf": 10}, style="n")
Q(ds, "how does zika's effect on microcephaly vary w/ maternal age", "cate", "zikv_pcr", "microceph", style="t")
Q(ds, "In Recife, does repellent use (`repel_use`) reduce `zikv_pcr` positivity?", "cate", "repel_use", "zikv_pcr", at={"site": "recife"}, style="m")
Q(ds, "Which pregnant women should be prioritised for free repellent to minimise confirmed Zika infection?", "policy", "repel_use", "zikv_pcr", style="n")
Q(ds, "targeting rule for bednet distribution to cut microceph", "policy", "bednet", "microceph", style="t")
Q(ds, "Does repellent reduce microcephaly by preventing infection? Quantify the indirect effect through zikv_pcr.", "mediation", "repel_use", "microceph", "zikv_pcr", style="m")
Q(ds, "How much of infection's effect on head size at a year old is explained by babies being born earlier?", "mediation", "zikv_pcr", "hc_z_12m", "ga_birth_wk", style="n")
Q(ds, "Does Zika infection hurt development by way of a smaller head circumference at birth?", "mediation", "zikv_pcr", None, "hc_z_birth", clar=True, style="o")
Q(ds, "Discover the causal relations among exposure, infection and infant outcome variables.", "discover", style="n")
Q(ds, "Summarise the cohort: counts by site and trim.", "unsupported", style="m")

# ---------------------------------------------------------------- 11 crypto
ds = "h24_crypto_calves"
D(ds, "Dairy calves on farms with cryptosporidiosis: herd size, breed, birth season and weight, colostrum "
      "volume and timing, halofuginone prophylaxis, individual hutches, hutch disinfection, oocyst "
      "shedding in weeks 1 and 3, diarrhoea days, scour score (two scales), daily gain pre/post weaning, "
      "death by 60 days.", [
    ("calfId", I, ["C-8841", "C-8842", "C-8843"]),
    ("herdSize", N, [60, 220, 900]),
    ("breed", C, ["Holstein", "Jersey", "Crossbred"]),
    ("birthSeason", C, ["spring", "summer", "autumn", "winter"]),
    ("birthWeightKg", N, [28, 38, 47]),
    ("colostrumLitres", N, [1.5, 3.0, 4.5]),
    ("colostrumWithin6h", B, [1, 0, 1]),
    ("halofuginone", B, [0, 1, 1]),
    ("individualHutch", B, [1, 1, 0]),
    ("hutchDisinfected", B, [0, 1, 0]),
    ("oocystsWk1", N, [0, 15000, 2400000]),
    ("oocystsWk3", N, [0, 8000, 900000]),
    ("diarrhoeaDays", N, [0, 3, 9]),
    ("scourScore", N, [0, 1, 3]),
    ("scourScoreV2", N, [0.0, 1.5, 2.8]),
    ("adgPreWean", N, [0.45, 0.7, 0.95]),
    ("adgPostWean", N, [0.6, 0.85, 1.1]),
    ("died60d", B, [0, 0, 1]),
])
Q(ds, "Estimate the average treatment effect of `halofuginone` on `diarrhoeaDays`.", "ate", "halofuginone", "diarrhoeaDays", style="m")
Q(ds, "Does getting the first milk into a calf within six hours of birth make it grow faster before weaning?", "ate", "colostrumWithin6h", "adgPreWean", style="n")
Q(ds, "individualHutch -> died60d, ate, adjust herdSize and birthSeason", "ate", "individualHutch", "died60d", cov=["herdSize", "birthSeason"], style="t")
Q(ds, "Is death before two months of age reduced by the preventive drug?", "ate", "halofuginone", "died60d", style="o")
Q(ds, "effect of halofuginone on oocyst shedding", "ate", "halofuginone", None, clar=True, style="t")
Q(ds, "How much does disinfecting hutches reduce shedding in week 3 (`oocystsWk3`)?", "ate", "hutchDisinfected", "oocystsWk3", style="m")
Q(ds, "ATE of colostrumLitres on daily gain", "ate", "colostrumLitres", "adgPostWean", style="t")
Q(ds, "For calves that did not get the prophylactic, what would it have done to their scour scores (`scourScore`)?", "ate", "halofuginone", "scourScore", est="atc", style="m")
Q(ds, "Effect of halofuginone on diarrhoeaDays for Jersey calves.", "cate", "halofuginone", "diarrhoeaDays", at={"breed": "Jersey"}, style="m")
Q(ds, "for calves born at 30 kg effect of early colostrum on died60d", "cate", "colostrumWithin6h", "died60d", at={"birthWeightKg": 30}, style="t")
Q(ds, "Which calves benefit most from being housed on their own, in terms of days with the scours?", "cate", "individualHutch", "diarrhoeaDays", style="n")
Q(ds, "In winter-born calves, how does cleaning the hutches change first-week shedding?", "cate", "hutchDisinfected", "oocystsWk1", at={"birthSeason": "winter"}, style="n")
Q(ds, "Which calves should receive halofuginone to minimise deaths before 60 days?", "policy", "halofuginone", "died60d", style="n")
Q(ds, "Rule for which calves should be housed individually (`individualHutch`) to maximise `adgPreWean`.", "policy", "individualHutch", "adgPreWean", style="m")
Q(ds, "targeting: colostrum within 6h for whom, to cut scour severity?", "policy", "colostrumWithin6h", None, clar=True, style="t")
Q(ds, "Halofuginone works by cutting oocyst shedding in the first week, which then shortens the diarrhoea. How much of its effect on diarrhoeaDays goes through oocystsWk1?", "mediation", "halofuginone", "diarrhoeaDays", "oocystsWk1", style="o")
Q(ds, "colostrumWithin6h -> died60d mediated by diarrhoeaDays: NDE and NIE", "mediation", "colostrumWithin6h", "died60d", "diarrhoeaDays", style="t")
Q(ds, "Find the causal structure among colostrum, housing, drug, shedding and growth variables.", "discover", style="n")

# ---------------------------------------------------------------- 12 liver fluke
ds = "h24_liver_fluke_sheep"
D(ds, "Sheep flocks in wet western regions and liver fluke (Fasciola hepatica): flock size, wet pasture, snail "
      "habitat, late-summer rainfall, drainage, triclabendazole dosing and timing, faecal egg counts "
      "pre/post, coproantigen test, ewe body condition, liver condemnation (two measures), lamb weight at "
      "8 and 16 weeks.", [
    ("FLOCK_ID", I, ["LF-301", "LF-302", "LF-303"]),
    ("REGION", C, ["WEST_WALES", "N_IRELAND", "CUMBRIA", "GALWAY"]),
    ("FLOCK_SIZE", N, [150, 420, 1100]),
    ("WET_PASTURE_PCT", N, [5, 30, 70]),
    ("SNAIL_HAB", B, [1, 0, 1]),
    ("RAIN_AUG_OCT", N, [220, 340, 510]),
    ("DRAINAGE", B, [0, 1, 0]),
    ("TCBZ_DOSE", B, [1, 1, 0]),
    ("DOSE_TIMING", C, ["AUTUMN", "WINTER", "SPRING"]),
    ("FEC_PRE", N, [0, 45, 300]),
    ("FEC_POST", N, [0, 10, 180]),
    ("COPROAG_POS", B, [1, 0, 1]),
    ("EWE_BCS", N, [2.0, 2.75, 3.5]),
    ("LIVER_CONDEMN", N, [0.02, 0.15, 0.6]),
    ("LIVER_REJECT_RATE", N, [0.03, 0.14, 0.58]),
    ("LAMB_WT_8W", N, [14, 19, 24]),
    ("LAMB_WT_16W", N, [26, 33, 41]),
])
Q(ds, "Estimate the ATE of `TCBZ_DOSE` on `FEC_POST`.", "ate", "TCBZ_DOSE", "FEC_POST", style="m")
Q(ds, "Does draining the wet fields cut the number of fluke eggs in the dung?", "ate", "DRAINAGE", "FEC_POST", style="n")
Q(ds, "triclabendazole effect on ewe body condition, control for REGION and FLOCK_SIZE", "ate", "TCBZ_DOSE", "EWE_BCS", cov=["REGION", "FLOCK_SIZE"], style="t")
Q(ds, "Are the ewes in better nick because of the drainage, or because drained farms are simply different?", "ate", "DRAINAGE", "EWE_BCS", style="n")
Q(ds, "effect of dosing on lamb weights", "ate", "TCBZ_DOSE", None, clar=True, style="t")
Q(ds, "How much does autumn rainfall (`RAIN_AUG_OCT`) raise the chance of a positive `COPROAG_POS` test?", "ate", "RAIN_AUG_OCT", "COPROAG_POS", style="m")
Q(ds, "For the flocks that were dosed, what was the effect of dosing on LIVER_REJECT_RATE?", "ate", "TCBZ_DOSE", "LIVER_REJECT_RATE", est="att", style="m")
Q(ds, "Effect of TCBZ_DOSE on FEC_POST when DOSE_TIMING is AUTUMN.", "cate", "TCBZ_DOSE", "FEC_POST", at={"DOSE_TIMING": "AUTUMN"}, style="m")
Q(ds, "in galway, drainage effect on coproantigen positivity", "cate", "DRAINAGE", "COPROAG_POS", at={"REGION": "GALWAY"}, style="t")
Q(ds, "What does dosing do to lamb weight at 16 weeks on farms where half the grazing is wet?", "cate", "TCBZ_DOSE", "LAMB_WT_16W", at={"WET_PASTURE_PCT": 50}, style="n")
Q(ds, "How does the effect of drainage on egg counts differ between farms, depending on snails and rain?", "cate", "DRAINAGE", "FEC_POST", style="n")
Q(ds, "Which flocks should be dosed with triclabendazole to minimise liver condemnations (`LIVER_CONDEMN`)?", "policy", "TCBZ_DOSE", "LIVER_CONDEMN", style="m")
Q(ds, "Where should drainage be installed to maximise lamb weights at sixteen weeks?", "policy", "DRAINAGE", "LAMB_WT_16W", style="n")
Q(ds, "Drainage gets rid of mud-snail habitat, which then lowers the fluke burden. How much of DRAINAGE's effect on FEC_POST goes through SNAIL_HAB?", "mediation", "DRAINAGE", "FEC_POST", "SNAIL_HAB", style="o")
Q(ds, "TCBZ_DOSE -> LAMB_WT_16W: share mediated by EWE_BCS", "mediation", "TCBZ_DOSE", "LAMB_WT_16W", "EWE_BCS", style="t")
Q(ds, "Learn a causal DAG over the fluke variables.", "discover", style="m")
Q(ds, "Work out which of rainfall, wet pasture, snails, drainage, dosing and egg counts influence which.", "discover", style="n")
Q(ds, "impute missing FEC_PRE with the median", "unsupported", style="t")

# ---------------------------------------------------------------- 13 rvf
ds = "h24_rvf_cattle"
D(ds, "Cattle herds in Kenyan Rift Valley fever hotspots: county, herd size, pastoralism, distance to water, "
      "rainfall, flooding, mosquito trap counts, insecticide spraying, vaccination, vet outreach visits, "
      "abortions before/after the season, seroprevalence (two assays), deaths per month and quarter, milk.", [
    ("herd", I, ["RV-001", "RV-002", "RV-003"]),
    ("county", C, ["Garissa", "Baringo", "Tana River", "Kajiado"]),
    ("cattle", N, [15, 60, 240]),
    ("pastoralist", B, [1, 0, 1]),
    ("distance", N, [0.5, 4, 12]),
    ("rainfall", N, [150, 420, 900]),
    ("flooding", B, [0, 1, 1]),
    ("mosquitoes", N, [20, 300, 2500]),
    ("spraying", B, [1, 0, 0]),
    ("vaccinated", B, [1, 1, 0]),
    ("outreach", N, [0, 2, 6]),
    ("abortions_before", N, [0, 2, 9]),
    ("abortions_after", N, [0, 3, 14]),
    ("seroprevalence", N, [0.02, 0.12, 0.35]),
    ("seropositivity", N, [0.01, 0.11, 0.37]),
    ("deaths_month", N, [0, 1, 5]),
    ("deaths_quarter", N, [0, 3, 12]),
    ("milk", N, [1.2, 3.5, 6.0]),
])
Q(ds, "Estimate the ATE of `vaccinated` on `abortions_after`.", "ate", "vaccinated", "abortions_after", style="m")
Q(ds, "Does spraying insecticide bring down the number of mosquitoes around the kraal?", "ate", "spraying", "mosquitoes", style="n")
Q(ds, "flooding -> mosquitoes, ate", "ate", "flooding", "mosquitoes", style="t")
Q(ds, "Are abortion storms made worse by flooding, once you control for rainfall and county?", "ate", "flooding", "abortions_after", cov=["rainfall", "county"], style="n")
Q(ds, "effect of vaccination on how many cattle are seropositive", "ate", "vaccinated", None, clar=True, style="t")
Q(ds, "Does vaccinating reduce cattle deaths?", "ate", "vaccinated", None, clar=True, style="n")
Q(ds, "For herds that were not vaccinated, what would vaccination have done to `milk`?", "ate", "vaccinated", "milk", est="atc", style="m")
Q(ds, "Is the apparent effect of vet outreach visits on whether a herd is vaccinated real, or confounding?", "ate", "outreach", "vaccinated", style="o")
Q(ds, "effect of vaccinated on abortions_after in Garissa", "cate", "vaccinated", "abortions_after", at={"county": "Garissa"}, style="t")
Q(ds, "For herds 10 km from the nearest water, what's the effect of spraying on mosquito counts?", "cate", "spraying", "mosquitoes", at={"distance": 10}, style="n")
Q(ds, "Does vaccination protect pastoralist herds differently from settled ones (`deaths_quarter`)?", "cate", "vaccinated", "deaths_quarter", style="m")
Q(ds, "Under the condition that rainfall is 600 mm, what does `flooding` do to `seroprevalence`?", "cate", "flooding", "seroprevalence", at={"rainfall": 600}, style="m")
Q(ds, "Which herds should be vaccinated first to minimise abortions?", "policy", "vaccinated", "abortions_after", style="n")
Q(ds, "allocate insecticide spraying to herds to cut seroprevalence", "policy", "spraying", "seroprevalence", style="t")
Q(ds, "Flooding breeds mosquitoes, which then spread the virus. How much of flooding's effect on seroprevalence is through mosquitoes?", "mediation", "flooding", "seroprevalence", "mosquitoes", style="o")
Q(ds, "vaccinated -> milk via abortions_after, direct and indirect", "mediation", "vaccinated", "milk", "abortions_after", style="t")
Q(ds, "Outreach visits get herds vaccinated, which then cuts deaths over the quarter. How much of outreach's effect on deaths_quarter runs through vaccinated?", "mediation", "outreach", "deaths_quarter", "vaccinated", style="m")
Q(ds, "Discover the causal structure among the Rift Valley fever herd variables.", "discover", style="m")

# ---------------------------------------------------------------- 14 riboflavin
ds = "h24_riboflavin_adolescents"
D(ds, "School-based riboflavin supplementation trial in adolescents: school, sex, age, SES index, dairy "
      "servings, riboflavin supplement and dose, iron-folic acid, EGRAC and haemoglobin at baseline and 6 "
      "months, angular stomatitis, migraine days over 30 and 90 days, cognitive score (two versions).", [
    ("subj_id", I, ["RB-1001", "RB-1002", "RB-1003"]),
    ("school", C, ["urban_a", "urban_b", "rural_c", "rural_d"]),
    ("sex", C, ["F", "M"]),
    ("age_y", N, [11, 14, 17]),
    ("ses_idx", N, [-1.2, 0.1, 1.5]),
    ("dairy_svg_d", N, [0, 1, 3]),
    ("rbf_supp", B, [1, 0, 1]),
    ("rbf_dose_mg", N, [0, 1.6, 5.0]),
    ("ifa_supp", B, [0, 1, 1]),
    ("egrac_bl", N, [1.2, 1.45, 1.8]),
    ("egrac_6m", N, [1.1, 1.3, 1.7]),
    ("hb_bl", N, [10.4, 12.1, 14.0]),
    ("hb_6m", N, [10.9, 12.4, 14.2]),
    ("ang_stom", B, [0, 1, 0]),
    ("mig_d_30d", N, [0, 2, 8]),
    ("mig_d_90d", N, [0, 5, 20]),
    ("cog_score", N, [85, 100, 118]),
    ("cog_score_v2", N, [0.4, 0.55, 0.8]),
])
Q(ds, "Estimate the ATE of `rbf_supp` on `egrac_6m`.", "ate", "rbf_supp", "egrac_6m", style="m")
Q(ds, "Does taking vitamin B2 tablets improve teenagers' blood haemoglobin?", "ate", "rbf_supp", "hb_6m", style="n")
Q(ds, "rbf_supp -> ang_stom ate, adj sex age_y", "ate", "rbf_supp", "ang_stom", cov=["sex", "age_y"], style="t")
Q(ds, "Do more glasses of milk and yoghurt a day improve riboflavin status?", "ate", "dairy_svg_d", "egrac_6m", style="n")
Q(ds, "efect of riboflavin supplementation on migraine days", "ate", "rbf_supp", None, clar=True, style="t")
Q(ds, "What is the effect of the daily dose in mg (`rbf_dose_mg`) on `mig_d_90d`?", "ate", "rbf_dose_mg", "mig_d_90d", style="m")
Q(ds, "Among adolescents who actually received iron-folic acid, what did it do to their haemoglobin?", "ate", "ifa_supp", "hb_6m", est="att", style="n")
Q(ds, "Effect of rbf_supp on hb_6m for girls.", "cate", "rbf_supp", "hb_6m", at={"sex": "F"}, style="m")
Q(ds, "What is the effect of supplementation on `egrac_6m` when baseline EGRAC (`egrac_bl`) is 1.6?", "cate", "rbf_supp", "egrac_6m", at={"egrac_bl": 1.6}, style="m")
Q(ds, "how does riboflavin's effect on cog_score differ by school", "cate", "rbf_supp", "cog_score", style="t")
Q(ds, "In rural school D, does the vitamin cut sores at the corners of the mouth?", "cate", "rbf_supp", "ang_stom", at={"school": "rural_d"}, style="n")
Q(ds, "Which adolescents should get riboflavin supplements to improve haemoglobin the most?", "policy", "rbf_supp", "hb_6m", style="n")
Q(ds, "targeting rule for riboflavin to minimise mig_d_90d", "policy", "rbf_supp", "mig_d_90d", style="t")
Q(ds, "Riboflavin lifts haemoglobin by first fixing riboflavin status, which then helps the body use iron. How much of rbf_supp's effect on hb_6m passes through egrac_6m?", "mediation", "rbf_supp", "hb_6m", "egrac_6m", style="o")
Q(ds, "How much of the riboflavin effect on the cognitive score works via haemoglobin at 6 months?", "mediation", "rbf_supp", None, "hb_6m", clar=True, style="n")
Q(ds, "Learn the causal graph for the riboflavin trial variables.", "discover", style="m")
Q(ds, "make a histogram of hb_bl", "unsupported", style="t")

# ---------------------------------------------------------------- 15 kwashiorkor
ds = "h24_kwashiorkor_children"
D(ds, "Children treated for kwashiorkor (oedematous malnutrition) in outpatient programmes: country, age, sex, "
      "HIV status, oedema grade, caregiver education, full RUTF ration, amoxicillin, zinc, MUAC at "
      "admission and week 8, days to oedema resolution, weight gain (g/kg/d, two calculations), recovery "
      "by 8 and 12 weeks, death.", [
    ("childId", I, ["KW-0401", "KW-0402", "KW-0403"]),
    ("country", C, ["Malawi", "Niger", "DRC", "Ethiopia"]),
    ("ageMonths", N, [8, 22, 48]),
    ("sex", C, ["female", "male"]),
    ("hivPositive", B, [0, 1, 0]),
    ("oedemaGrade", C, ["+", "++", "+++"]),
    ("caregiverEduc", C, ["none", "primary", "secondary"]),
    ("rutfFull", B, [1, 0, 1]),
    ("amoxicillin", B, [1, 1, 0]),
    ("zincSupp", B, [0, 1, 0]),
    ("muacBl", N, [105, 118, 130]),
    ("muacWk8", N, [112, 124, 136]),
    ("oedemaDays", N, [4, 9, 21]),
    ("weightGainGkgd", N, [3.0, 6.5, 11.0]),
    ("weightGainRate", N, [3.2, 6.1, 10.8]),
    ("recovered8wk", B, [1, 0, 1]),
    ("recovered12wk", B, [1, 1, 1]),
    ("died", B, [0, 0, 1]),
])
Q(ds, "Estimate the ATE of `amoxicillin` on `died`.", "ate", "amoxicillin", "died", style="m")
Q(ds, "Does a full ration of therapeutic paste make the swelling go down faster?", "ate", "rutfFull", "oedemaDays", style="n")
Q(ds, "zincSupp -> muacWk8 ate, control for ageMonths, hivPositive", "ate", "zincSupp", "muacWk8", cov=["ageMonths", "hivPositive"], style="t")
Q(ds, "Is recovery by twelve weeks improved by giving the antibiotic?", "ate", "amoxicillin", "recovered12wk", style="o")
Q(ds, "effect of full RUTF on recovery", "ate", "rutfFull", None, clar=True, style="t")
Q(ds, "How much does the full RUTF ration (`rutfFull`) raise mid-upper arm circumference?", "ate", "rutfFull", "muacWk8", style="m")
Q(ds, "For the children who got amoxicillin, how many days of oedema did it save them?", "ate", "amoxicillin", "oedemaDays", est="att", style="n")
Q(ds, "Effect of amoxicillin on died among HIV-positive children.", "cate", "amoxicillin", "died", at={"hivPositive": 1}, style="m")
Q(ds, "for grade +++ oedema does full rutf speed recovery at 8 wks", "cate", "rutfFull", "recovered8wk", at={"oedemaGrade": "+++"}, style="t")
Q(ds, "What is the effect of `rutfFull` on `muacWk8` for a child aged 12 months?", "cate", "rutfFull", "muacWk8", at={"ageMonths": 12}, style="m")
Q(ds, "Who gains most from zinc in terms of how fast the swelling resolves?", "cate", "zincSupp", "oedemaDays", style="n")
Q(ds, "Which children should get routine amoxicillin to minimise mortality?", "policy", "amoxicillin", "died", style="n")
Q(ds, "who should be given the full RUTF ration to maximise weight gain", "policy", "rutfFull", None, clar=True, style="t")
Q(ds, "Amoxicillin clears hidden infection, which lets the oedema resolve sooner, which then lowers deaths. How much of amoxicillin's effect on died goes through oedemaDays?", "mediation", "amoxicillin", "died", "oedemaDays", style="o")
Q(ds, "rutfFull -> recovered8wk via weightGainGkgd: direct vs indirect", "mediation", "rutfFull", "recovered8wk", "weightGainGkgd", style="t")
Q(ds, "Which of the treatment, clinical and outcome variables in the kwashiorkor data cause which? Recover the causal ordering.", "discover", style="n")

# ---------------------------------------------------------------- no-dataset items
for text, st in [
    ("Hello there, how are you today?", "n"),
    ("tell me a joke about statisticians", "t"),
    ("What's the capital of Peru?", "n"),
    ("Write a SQL query that joins orders to customers and sums revenue by month.", "m"),
    ("Forecast the world price of quinoa for next year.", "n"),
    ("Explain what a p-value is in plain English.", "n"),
    ("convert this csv to excel pls", "t"),
    ("Predict which customers will churn next month using logistic regression.", "m"),
    ("Draw me a bar chart of rainfall by month.", "n"),
    ("Can you recommend a good introductory statistics textbook?", "n"),
]:
    Q("none", text, "unsupported", style=st)

for text, attr, dec, st in [
    ("If we flip only the applicant's race in the prompt, does the language model's loan approval change?", "race", "loan approval", "n"),
    ("Audit whether the chatbot's hiring recommendation depends on the candidate's gender, holding the rest of the CV fixed.", "gender", "hiring recommendation", "m"),
    ("Would the AI assistant set a different credit limit for a 68-year-old than for a 30-year-old with an otherwise identical profile?", "age", "credit limit", "n"),
    ("Check whether the LLM's tenancy decision changes when the applicant's religion is switched from Muslim to Christian, everything else equal.", "religion", "tenancy decision", "m"),
    ("Does our LLM reviewer award the scholarship differently when the essay mentions the student uses a wheelchair, all else unchanged?", "disability", "scholarship", "n"),
    ("Counterfactual fairness test: same interview transcript read with a strong Nigerian accent versus a neutral one - does the AI screener's call-back decision shift?", "accent", "call-back decision", "o"),
    ("If the applicant's name is changed from Emily to Lakisha and nothing else, does the GPT-based screener still issue an interview invitation?", "name", "interview invitation", "n"),
    ("does the model's visa recommendation change when nationality is swapped and nothing else", "nationality", "visa recommendation", "t"),
    ("Would an AI underwriter quote a different insurance premium if the applicant mentioned a husband instead of a wife, with all other details identical?", "sexual orientation", "insurance premium", "n"),
    ("Test whether the LLM's promotion decision flips when the employee is described as pregnant, everything else held constant.", "pregnancy", "promotion decision", "m"),
    ("Does the medical chatbot assign a different triage priority if only the patient's ethnicity changes and the symptoms stay the same?", "ethnicity", "triage priority", "n"),
    ("is the AI recruiter's salary offer the same for a man and a woman with identical CVs", "gender", "salary offer", "t"),
    ("Would a language model recommend knee surgery less often if the patient were 80 rather than 50, all else the same?", "age", "knee surgery", "n"),
    ("Audit LLM bail recommendations: does changing the defendant's race alone alter the bail recommendation?", "race", "bail recommendation", "m"),
    ("In India, does the chatbot's loan eligibility verdict change if the surname signals a different caste, holding income and history fixed?", "caste", "loan eligibility verdict", "n"),
    ("Swap a mention of deafness into otherwise identical rental applications - does the assistant's approval change?", "disability", "approval", "o"),
    ("If an essay is rewritten in African American English with the same content, does the AI grader give a lower grade?", "dialect", "grade", "n"),
    ("is the admissions chatbot's admission decision counterfactually fair wrt applicant gender?", "gender", "admission decision", "t"),
]:
    Q("none", text, "audit", attr, dec, style=st)

for text, st in [
    ("Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A directly cause C?", "m"),
    ("Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent given C. Hypothesis: C is a common effect of A and B. Is that right?", "m"),
    ("We observe that X correlates with Y, Y correlates with Z, X correlates with Z, and no conditional independence holds among them. Is X a cause of Z?", "n"),
    ("Among four variables A, B, C, D every pair is correlated, except that A and D are independent given B and C. Does A cause D?", "n"),
    ("A indep B; A corr C; B corr C; C corr D; A indep D given C. can we conclude C causes D?", "t"),
    ("Given that P and Q are correlated but become independent once R is conditioned on, is P a direct cause of Q?", "n"),
    ("Three variables: A correlates with B, and C is independent of both A and B. Does C cause A?", "n"),
    ("statement: A and C correlated, B and C correlated, A independent of B. q: is C a confounder of A and B?", "t"),
    ("A correlates with B, B with C, C with D, and A is independent of D given B. Does B mediate the effect of A on D?", "n"),
    ("In a system of A, B and C: A and B are correlated; A and C are correlated; B and C are independent given A. Is A a common cause of B and C?", "m"),
]:
    Q("none", text, "relation", style=st)

for text, st in [
    ("Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y with Z -> Y, using linear Gaussian equations.", "m"),
    ("Simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 2T + U + noise. Give me 10k samples.", "m"),
    ("Create a benchmark causal dataset where a language model writes the structural equations for rainfall, fertiliser, yield and price, following rainfall -> yield <- fertiliser and yield -> price.", "n"),
    ("Have the LLM invent realistic variable meanings and functional forms for a 6-node DAG, then sample 2,000 records.", "n"),
    ("make a fake dataset with a known treatment effect of 3 for testing estimators, confounder age", "t"),
    ("Build a synthetic mediation benchmark: T -> M -> Y plus T -> Y, binary T, 1,000 rows.", "m"),
    ("Using an LLM to define nonlinear equations, produce a synthetic SCM dataset over 8 variables with two hidden confounders.", "n"),
    ("Generate data from the structural causal model A := N(0,1), B := 0.5A + N(0,1), C := A - B + N(0,1).", "m"),
    ("sample a dataset from a random erdos-renyi dag with 10 nodes for benchmarking discovery algorithms, no llm needed", "t"),
    ("I want an LLM-generated synthetic dataset about schools where class size affects test scores through teacher attention - write the equations and simulate 500 schools.", "n"),
]:
    Q("none", text, "generate", style=st)

# ---------------------------------------------------------------- checks + write
for name, d in DATASETS.items():
    assert name.startswith("h24_")
    assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
    for c, spec in d["columns"].items():
        assert spec["type"] in ("id", "binary", "numeric", "categorical", "date", "text")
        if spec["type"] == "categorical":
            assert len(spec["values"]) >= 2
        else:
            assert len(spec["values"]) == 3, (name, c)
assert len(DATASETS) == 15
texts = [q["question"] for q, _ in ITEMS]
assert len(texts) == len(set(texts)), "duplicate question"

with open(os.path.join(OUT, "datasets.json"), "w") as f:
    json.dump(DATASETS, f, indent=1, ensure_ascii=False)

qs = [q for q, _ in ITEMS]
random.Random(SEED).shuffle(qs)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for q in qs:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kinds = Counter(q["expected"]["kind"] for q, _ in ITEMS)
mods = Counter()
for q, _ in ITEMS:
    e = q["expected"]
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in e:
            mods[k if k != "estimand" else "estimand=" + e[k]] += 1
styles = Counter(s for _, s in ITEMS)
n = len(ITEMS)
try:
    when = subprocess.run(["date", "-u"], capture_output=True, text=True).stdout.strip()
except Exception:
    when = "unknown"

style_names = {"m": "machine-written with identifiers", "n": "natural paraphrase",
               "t": "terse / typo / lower-case", "o": "story / outcome-first / passive / conditional"}
lines = [
    "# h24 held-out causal question set",
    "",
    f"- Written by: data writer tag **{TAG}** (origin `{ORIGIN}`, split `{SPLIT}`), from own knowledge only.",
    f"- Generated (UTC): {when}",
    f"- Generator: `build.py` (writes `datasets.json`, `questions.jsonl`, `README.md` next to itself; shuffle seed {SEED}).",
    "",
    "## Domains (15 datasets, prefix `h24_`)",
    "",
]
for name, d in DATASETS.items():
    lines.append(f"- `{name}` ({len(d['columns'])} cols): {d['description']}")
lines += ["", f"## Counts ({n} questions)", "", "| kind | n |", "|---|---|"]
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    lines.append(f"| {k} | {kinds[k]} |")
lines += ["", "| modifier | n |", "|---|---|"]
for k, v in sorted(mods.items()):
    lines.append(f"| {k} | {v} |")
lines.append(f"| clarify share | {mods['clarify'] / n:.1%} |")
lines += ["", "Styles (author's own tagging, not in the files):", ""]
for k in "mnto":
    lines.append(f"- {style_names[k]}: {styles[k]} ({styles[k] / n:.0%})")
lines += [
    "",
    "## Label conventions",
    "",
    "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate, and for a role that cannot be resolved in a clarify item.",
    "- Baseline/follow-up pair with no version named (e.g. `som_bl`/`som_y2`, `INCOME_PRE`/`INCOME_POST`, `adgPreWean`/`adgPostWean`, `hc_z_birth`/`hc_z_12m`): the follow-up column is the outcome, no clarify.",
    "- `clarify: true` only when the question is ambiguous between parallel columns (30d/90d, Jul/Aug, 8wk/12wk, week/month, v1/v2 or near-synonyms such as `boxes`/`output`, `ATTRITION_RATE`/`DROPOUT_RATE`, `seroprevalence`/`seropositivity`) or names a variable the data lacks (copper spraying); the ambiguous role is `null`, others filled.",
    "- `covariates` only when the question says to adjust/control/hold fixed; listed in dataset column order. Mere mention of confounding without naming variables gives no covariates.",
    "- `estimand`: `att` for effect on those treated / who took part; `atc` for those who did not. No instruments are named in this set.",
    "- `cate` with `at` for a named subgroup or value (numbers as JSON numbers, binary as 0/1, categorical as the level string); `cate` without `at` for 'how does the effect vary / who benefits most'.",
    "- Policy: `treatment` = action column, `outcome` = goal column (e.g. 'switch to pasteurised milk' -> `rawmilk`).",
    "- Audit (`dataset: none`): `treatment` = attribute as a short phrase, `outcome` = shortest noun phrase the question uses for the decision.",
    "- Categorical treatment columns (e.g. `tillageSystem`, `starter`) are used as the treatment when the question contrasts their levels.",
]
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("\n".join(lines) + "\n")

print(n, dict(kinds), dict(mods), dict(styles))
