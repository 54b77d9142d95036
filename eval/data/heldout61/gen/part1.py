from common import ds, q, B

# ---------- 1. pond dipping (snake_case cryptic) ----------
P = "h61_pond_dipping"
ds(P, "Guided pond dipping sessions with school and family groups: leader training, equipment, what was found and whether groups came back.", [
    ("sess_id", "id", ["PD-0001", "PD-0002", "PD-0003"]),
    ("grp_age_yr", "numeric", [7.5, 9.2, 11.0]),
    ("n_kids", "numeric", [12, 18, 25]),
    ("site_typ", "categorical", ["farm_pond", "park_lake", "school_pond", "marsh"]),
    ("wtr_tmp_c", "numeric", [8.5, 14.2, 19.0]),
    ("trn_lotto", "binary", B),
    ("ldr_trn", "binary", B),
    ("tray_lens", "binary", B),
    ("net_mesh_mm", "numeric", [0.5, 1.0, 2.0]),
    ("dur_min", "numeric", [45, 60, 90]),
    ("q_asked", "numeric", [4, 11, 23]),
    ("n_taxa_id", "numeric", [5, 9, 14]),
    ("n_taxa_id_v2", "numeric", [4, 10, 13]),
    ("engag_pre", "numeric", [2.1, 3.4, 4.0]),
    ("engag_post", "numeric", [2.8, 3.9, 4.6]),
    ("revisit_30d", "binary", B),
    ("revisit_90d", "binary", B),
    ("dist_km", "numeric", [0.4, 3.2, 12.5]),
])
q(P, "Estimate the average treatment effect of leader training (`ldr_trn`) on post-session engagement (`engag_post`), adjusting for `engag_pre`, `grp_age_yr` and `site_typ`.", "ate", "ldr_trn", "engag_post", covariates=["engag_pre", "grp_age_yr", "site_typ"])
q(P, "Do children get more absorbed in pond dipping when the person running the session has been on the course?", "ate", "ldr_trn", "engag_post")
q(P, "ate tray_lens -> n_taxa_id_v2 ctrl n_kids wtr_tmp_c", "ate", "tray_lens", "n_taxa_id_v2", covariates=["n_kids", "wtr_tmp_c"])
q(P, "Does handing out magnifier trays make families more likely to come back within a month?", "ate", "tray_lens", "revisit_30d")
q(P, "Using the training place lottery (trn_lotto) as an instrument, what is the effect of ldr_trn on revisit_90d?", "ate", "ldr_trn", "revisit_90d", instrument="trn_lotto")
q(P, "Is the link between longer sessions (dur_min) and engag_post a real effect, or just confounding by the age of the group? Control for grp_age_yr.", "ate", "dur_min", "engag_post", covariates=["grp_age_yr"])
q(P, "what's the effect of using finer nets on how many creatures the kids manage to identify?", "ate", "net_mesh_mm", None, clarify=True)
q(P, "Among sessions that actually had a trained leader, how much did the training raise the number of questions the children asked?", "ate", "ldr_trn", "q_asked", estimand="att")
q(P, "How does the effect of magnifier trays on engag_post differ by site_typ?", "cate", "tray_lens", "engag_post")
q(P, "For marsh sites only, what's the effect of ldr_trn on n_taxa_id?", "cate", "ldr_trn", "n_taxa_id", at={"site_typ": "marsh"})
q(P, "effect of leader training on 90-day return visits when the water is 10°C", "cate", "ldr_trn", "revisit_90d", at={"wtr_tmp_c": 10})
q(P, "Under the condition that a group has 25 children, does the magnifier tray still boost the number of questions asked?", "cate", "tray_lens", "q_asked", at={"n_kids": 25})
q(P, "Which sessions should get magnifier trays (`tray_lens`) to maximise `engag_post`? Give a targeting rule based on `grp_age_yr` and `site_typ`.", "policy", "tray_lens", "engag_post")
q(P, "We can only fund leader training for a third of our sites. Where should it go to get the most families coming back within three months?", "policy", "ldr_trn", "revisit_90d")
q(P, "who should we send trained leaders to so that the kids come back?", "policy", "ldr_trn", None, clarify=True)
q(P, "How much of the effect of leader training on engagement runs through the number of questions children ask (q_asked)?", "mediation", "ldr_trn", "engag_post", "q_asked")
q(P, "Trays work by keeping the group at the water longer, which then lifts the number of taxa found on the revised count. Split that into direct and indirect parts.", "mediation", "tray_lens", "n_taxa_id_v2", "dur_min")
q(P, "Learn the causal graph among the pond dipping session variables.", "discover")
q(P, "Which of these session factors drive which? Work out the structure of dependencies from the data.", "discover")
q(P, "Plot a histogram of water temperature across sessions.", "unsupported")

# ---------- 2. rock pool rambles (camelCase) ----------
R = "h61_rock_pool_rambles"
ds(R, "Rock pool rambles on the shore: guided vs unguided walks, safety briefings, habitat disturbance, species seen and donations.", [
    ("rambleId", "id", ["RP-101", "RP-102", "RP-103"]),
    ("visitorAge", "numeric", [6, 34, 61]),
    ("groupSize", "numeric", [4, 10, 22]),
    ("shoreZone", "categorical", ["upper", "middle", "lower", "splash"]),
    ("weatherCat", "categorical", ["sunny", "overcast", "rain"]),
    ("tideHeightM", "numeric", [0.3, 0.9, 1.6]),
    ("guideLed", "binary", B),
    ("briefingGiven", "binary", B),
    ("rocksTurned", "numeric", [3, 12, 40]),
    ("rocksReplacedPct", "numeric", [40, 75, 100]),
    ("habitatDamageScore", "numeric", [0.5, 2.0, 4.5]),
    ("speciesSeen", "numeric", [6, 11, 19]),
    ("speciesSeenV2", "numeric", [5, 12, 18]),
    ("knowledgePre", "numeric", [3, 5, 8]),
    ("knowledgePost", "numeric", [4, 7, 9]),
    ("donated30d", "binary", B),
    ("donated90d", "binary", B),
])
q(R, "What is the ATE of `guideLed` on `habitatDamageScore`, controlling for `groupSize`, `tideHeightM` and `shoreZone`?", "ate", "guideLed", "habitatDamageScore", covariates=["groupSize", "tideHeightM", "shoreZone"])
q(R, "Does a short do's-and-don'ts talk at the start stop people wrecking the rock pools?", "ate", "briefingGiven", "habitatDamageScore")
q(R, "ate briefingGiven on rocksReplacedPct", "ate", "briefingGiven", "rocksReplacedPct")
q(R, "Does having a guide make ramblers learn more about shore life?", "ate", "guideLed", "knowledgePost")
q(R, "Is the apparent benefit of guided rambles on donations within three months genuine, or is it confounded by visitor age?", "ate", "guideLed", "donated90d", covariates=["visitorAge"])
q(R, "what does guidng do to the nr of species spotted, ie speciesSeenV2", "ate", "guideLed", "speciesSeenV2")
q(R, "For rambles that were guided, what was the effect of the guide on knowledgePost?", "ate", "guideLed", "knowledgePost", estimand="att")
q(R, "Effect of the safety briefing on how many species people see?", "ate", "briefingGiven", None, clarify=True)
q(R, "Does the guide's effect on habitat damage depend on how high the tide is?", "cate", "guideLed", "habitatDamageScore")
q(R, "Among lower-shore rambles, estimate the effect of `briefingGiven` on `rocksReplacedPct`.", "cate", "briefingGiven", "rocksReplacedPct", at={"shoreZone": "lower"})
q(R, "In rainy weather, do guided rambles still raise what people know about the shore?", "cate", "guideLed", "knowledgePost", at={"weatherCat": "rain"})
q(R, "CATE of guideLed on donated30d for groups of 10", "cate", "guideLed", "donated30d", at={"groupSize": 10})
q(R, "Which rambles should get a guide to minimise `habitatDamageScore`? Suggest a rule using `shoreZone` and `groupSize`.", "policy", "guideLed", "habitatDamageScore")
q(R, "If briefings can only be given to half the groups, which ones should get them so that more rocks go back where they were found?", "policy", "briefingGiven", "rocksReplacedPct")
q(R, "targeting rule: guideLed for donated90d", "policy", "guideLed", "donated90d")
q(R, "Guides reduce damage because fewer rocks get flipped over, which in turn means less harm to the pools. How much of the effect of guideLed on habitatDamageScore is mediated by rocksTurned?", "mediation", "guideLed", "habitatDamageScore", "rocksTurned")
q(R, "Decompose the effect of the safety briefing on habitat damage into the part that goes via the share of rocks put back and the rest.", "mediation", "briefingGiven", "habitatDamageScore", "rocksReplacedPct")
q(R, "Discover the causal structure among the rock pool ramble columns.", "discover")
q(R, "what causes what in this rambles data? infer the DAG", "discover")
q(R, "What's the mean group size per shore zone?", "unsupported")

# ---------- 3. meteorite hunters (UPPER_CASE) ----------
M = "h61_meteorite_hunters"
ds(M, "Amateur meteorite hunters: equipment, training, terrain searched, finds and sales.", [
    ("HUNTER_ID", "id", ["MH0001", "MH0002", "MH0003"]),
    ("AGE", "numeric", [28, 45, 63]),
    ("YRS_EXP", "numeric", [1, 6, 15]),
    ("CLUB_MEMBER", "binary", B),
    ("ID_COURSE", "binary", B),
    ("MTL_DET", "binary", B),
    ("STREWN_MAP", "binary", B),
    ("TERRAIN", "categorical", ["DESERT", "ICE", "FARMLAND", "DRY_LAKE"]),
    ("HRS_FIELD", "numeric", [6, 20, 48]),
    ("KM_WALKED", "numeric", [5.0, 18.5, 42.0]),
    ("FINDS_N", "numeric", [0, 2, 7]),
    ("FINDS_N_ADJ", "numeric", [0.0, 1.6, 6.2]),
    ("MASS_G_TOTAL", "numeric", [0, 35.2, 410.0]),
    ("FALSE_ID_PRE", "numeric", [2, 5, 9]),
    ("FALSE_ID_POST", "numeric", [0, 2, 6]),
    ("SALES_USD_6M", "numeric", [0, 250, 1800]),
    ("SALES_USD_12M", "numeric", [0, 600, 4200]),
])
q(M, "Estimate the effect of `STREWN_MAP` on `FINDS_N`, adjusting for `YRS_EXP`, `TERRAIN` and `CLUB_MEMBER`.", "ate", "STREWN_MAP", "FINDS_N", covariates=["YRS_EXP", "TERRAIN", "CLUB_MEMBER"])
q(M, "Does taking the identification course cut down on hunters mistaking ordinary rocks for meteorites?", "ate", "ID_COURSE", "FALSE_ID_POST")
q(M, "ATE MTL_DET -> MASS_G_TOTAL adj AGE YRS_EXP", "ate", "MTL_DET", "MASS_G_TOTAL", covariates=["AGE", "YRS_EXP"])
q(M, "Do people who carry a metal detector end up recovering more meteorites? Use the adjusted count (FINDS_N_ADJ).", "ate", "MTL_DET", "FINDS_N_ADJ")
q(M, "Is the link between club membership and the total mass of finds causal, or is it just that members have more years of experience?", "ate", "CLUB_MEMBER", "MASS_G_TOTAL", covariates=["YRS_EXP"])
q(M, "What effect would the ID course have had on 12-month sales among the hunters who did not take it?", "ate", "ID_COURSE", "SALES_USD_12M", estimand="atc")
q(M, "How do strewn field maps affect a hunter's sales?", "ate", "STREWN_MAP", None, clarify=True)
q(M, "Does owning a handheld GPS unit raise FINDS_N?", "ate", None, "FINDS_N", clarify=True)
q(M, "In ICE terrain, what is the effect of MTL_DET on FINDS_N?", "cate", "MTL_DET", "FINDS_N", at={"TERRAIN": "ICE"})
q(M, "how does the strewn map effect on the raw find count (FINDS_N) vary with years of experience", "cate", "STREWN_MAP", "FINDS_N")
q(M, "For hunters aged 60, does the course lower the number of false identifications?", "cate", "ID_COURSE", "FALSE_ID_POST", at={"AGE": 60})
q(M, "Which kinds of hunters gain the most total meteorite mass from using a detector?", "cate", "MTL_DET", "MASS_G_TOTAL")
q(M, "Who should be offered the identification course (`ID_COURSE`) to minimise `FALSE_ID_POST`?", "policy", "ID_COURSE", "FALSE_ID_POST")
q(M, "Recommend how to allocate our 20 loaner metal detectors across hunters so that total recovered mass is as high as possible.", "policy", "MTL_DET", "MASS_G_TOTAL")
q(M, "policy: STREWN_MAP for SALES_USD_12M, by TERRAIN and YRS_EXP", "policy", "STREWN_MAP", "SALES_USD_12M")
q(M, "Strewn field maps help by sending hunters to the right ground so they spend more hours searching, which then yields more finds (FINDS_N). How much of the map effect goes through HRS_FIELD?", "mediation", "STREWN_MAP", "FINDS_N", "HRS_FIELD")
q(M, "mediation: MTL_DET -> KM_WALKED -> MASS_G_TOTAL", "mediation", "MTL_DET", "MASS_G_TOTAL", "KM_WALKED")
q(M, "Recover the causal graph linking experience, equipment, terrain and finds in the meteorite hunters data.", "discover")
q(M, "Can you figure out from the data which of these hunter characteristics influence which others?", "discover")
q(M, "Predict FINDS_N for a new hunter with 5 years of experience searching DESERT terrain.", "unsupported")
