from common import ds, q, B

# ---------- 13. cordwainers (snake_case cryptic) ----------
CD = "h61_cordwainers"
ds(CD, "Pairs of shoes made by cordwainers: lasts, leather grade, welting, stitching, fittings, comfort, wear and repeat orders.", [
    ("pair_id", "id", ["CW-1101", "CW-1102", "CW-1103"]),
    ("cust_age", "numeric", [22, 46, 78]),
    ("lst_typ", "categorical", ["stock", "bespoke"]),
    ("lth_grd", "categorical", ["A", "B", "C"]),
    ("welt_gy", "binary", B),
    ("hnd_stch", "binary", B),
    ("fit_ssn", "numeric", [1, 3, 5]),
    ("mk_hrs", "numeric", [12, 30, 60]),
    ("sole_thk_mm", "numeric", [5, 8, 12]),
    ("prc_gbp", "numeric", [250, 900, 2400]),
    ("cmfrt_scr", "numeric", [5.5, 7.5, 9.5]),
    ("wear_mo", "numeric", [8, 20, 48]),
    ("wear_mo_v2", "numeric", [9, 22, 45]),
    ("ft_pain_bl", "numeric", [1, 4, 8]),
    ("ft_pain_3m", "numeric", [0, 3, 7]),
    ("rpt_ord_6m", "binary", B),
    ("rpt_ord_12m", "binary", B),
])
q(CD, "ATE of `welt_gy` on `wear_mo`, adjusting for `lth_grd` and `sole_thk_mm`.", "ate", "welt_gy", "wear_mo", covariates=["lth_grd", "sole_thk_mm"])
q(CD, "Do shoes built on a last made for the customer's own feet relieve their foot pain?", "ate", "lst_typ", "ft_pain_3m")
q(CD, "hnd_stch → cmfrt_scr ate ctrl prc_gbp", "ate", "hnd_stch", "cmfrt_scr", covariates=["prc_gbp"])
q(CD, "Does Goodyear welting make shoes last longer before a resole?", "ate", "welt_gy", None, clarify=True)
q(CD, "Is the effect of extra fittings on comfort real or confounded by customer age?", "ate", "fit_ssn", "cmfrt_scr", covariates=["cust_age"])
q(CD, "Are customers likelier to order again within a year when their shoes are hand stitched?", "ate", "hnd_stch", "rpt_ord_12m")
q(CD, "For customers whose shoes were welted, what was the welt's effect on wear_mo_v2?", "ate", "welt_gy", "wear_mo_v2", estimand="att")
q(CD, "For grade C leather, effect of welt_gy on wear_mo", "cate", "welt_gy", "wear_mo", at={"lth_grd": "C"})
q(CD, "does the effect of bespoke lasts on foot pain depend on the customer's age", "cate", "lst_typ", "ft_pain_3m")
q(CD, "For customers who had 3 fittings, what is the effect of `hnd_stch` on `rpt_ord_6m`?", "cate", "hnd_stch", "rpt_ord_6m", at={"fit_ssn": 3})
q(CD, "Under the condition that the sole is 8 mm thick, what is the welt's effect on how comfortable the shoes are?", "cate", "welt_gy", "cmfrt_scr", at={"sole_thk_mm": 8})
q(CD, "Which customers should be offered a bespoke last (`lst_typ`) to minimise `ft_pain_3m`?", "policy", "lst_typ", "ft_pain_3m")
q(CD, "Who should get hand stitching to maximise repeat orders over 12 months?", "policy", "hnd_stch", "rpt_ord_12m")
q(CD, "Bespoke lasts cut foot pain mostly because they need more fitting sessions, which then improve the fit. How much of the effect of lst_typ on ft_pain_3m goes through fit_ssn?", "mediation", "lst_typ", "ft_pain_3m", "fit_ssn")
q(CD, "mediation: hnd_stch -> mk_hrs -> prc_gbp", "mediation", "hnd_stch", "prc_gbp", "mk_hrs")
q(CD, "How much of the welt's effect on the comfort score is via sole thickness?", "mediation", "welt_gy", "cmfrt_scr", "sole_thk_mm")
q(CD, "Estimate the causal graph of the cordwainers data.", "discover")
q(CD, "Remove duplicate pair_id rows and export the table to CSV.", "unsupported")

# ---------- 14. travelling tinkers (camelCase) ----------
TT = "h61_travelling_tinkers"
ds(TT, "Travelling tinkers mending pots and pans: routes, vans, soldering kits, adverts, villages visited, income, trust and staying on the road.", [
    ("tinkerId", "id", ["TK-301", "TK-302", "TK-303"]),
    ("tinkerAge", "numeric", [24, 50, 73]),
    ("yearsOnRoad", "numeric", [1, 12, 40]),
    ("routeType", "categorical", ["coastal", "upland", "marketTowns", "mixed"]),
    ("season", "categorical", ["spring", "summer", "autumn", "winter"]),
    ("vanVoucher", "binary", B),
    ("usesVan", "binary", B),
    ("solderKit", "binary", B),
    ("advertsPosted", "binary", B),
    ("villagesPerWeek", "numeric", [3, 7, 14]),
    ("repeatCustomers", "numeric", [2, 10, 35]),
    ("potsMended", "numeric", [10, 28, 60]),
    ("potsMendedV2", "numeric", [9, 30, 58]),
    ("incomeWeekday", "numeric", [80, 220, 480]),
    ("incomeWeekend", "numeric", [20, 90, 260]),
    ("trustScorePre", "numeric", [2.5, 3.4, 4.2]),
    ("trustScorePost", "numeric", [2.9, 3.8, 4.7]),
    ("stayedOn1y", "binary", B),
])
q(TT, "Estimate the effect of `usesVan` on `villagesPerWeek`, using `vanVoucher` as an instrument.", "ate", "usesVan", "villagesPerWeek", instrument="vanVoucher")
q(TT, "Does carrying a modern soldering kit let tinkers fix more pots? Use the V2 count.", "ate", "solderKit", "potsMendedV2")
q(TT, "advertsPosted -> trustScorePost adj trustScorePre routeType", "ate", "advertsPosted", "trustScorePost", covariates=["trustScorePre", "routeType"])
q(TT, "Does having a van increase a tinker's earnings?", "ate", "usesVan", None, clarify=True)
q(TT, "Does putting up notices in the villages make a tinker more likely to still be on the road a year later?", "ate", "advertsPosted", "stayedOn1y")
q(TT, "Is the higher weekend income of tinkers who advertise a real effect, or confounded by route type and season?", "ate", "advertsPosted", "incomeWeekend", covariates=["routeType", "season"])
q(TT, "Among tinkers without a van, what would getting one do to incomeWeekday?", "ate", "usesVan", "incomeWeekday", estimand="atc")
q(TT, "On upland routes, effect of usesVan on villagesPerWeek", "cate", "usesVan", "villagesPerWeek", at={"routeType": "upland"})
q(TT, "How does the soldering kit's effect on potsMended vary with years on the road?", "cate", "solderKit", "potsMended")
q(TT, "In winter, does advertising raise how much villagers trust the tinker?", "cate", "advertsPosted", "trustScorePost", at={"season": "winter"})
q(TT, "for tinkers aged 50, effect of solderKit on income", "cate", "solderKit", None, at={"tinkerAge": 50}, clarify=True)
q(TT, "Which tinkers should be given a van (`usesVan`) to maximise `incomeWeekday`?", "policy", "usesVan", "incomeWeekday")
q(TT, "Which tinkers should put up adverts to win the most repeat customers?", "policy", "advertsPosted", "repeatCustomers")
q(TT, "Vans let tinkers reach more villages a week, which then raises weekday income. How much of usesVan's effect on incomeWeekday goes through villagesPerWeek?", "mediation", "usesVan", "incomeWeekday", "villagesPerWeek")
q(TT, "Adverts build trust, and trust brings people back. Estimate the direct and indirect effect of advertsPosted on repeatCustomers via trustScorePost.", "mediation", "advertsPosted", "repeatCustomers", "trustScorePost")
q(TT, "mediation solderKit → potsMended → incomeWeekend", "mediation", "solderKit", "incomeWeekend", "potsMended")
q(TT, "Tell me which of the tinkers' circumstances influence which others, based on the data.", "discover")
q(TT, "How many tinkers are in each routeType?", "unsupported")

# ---------- 15. coppersmiths (UPPER_CASE) ----------
CS = "h61_coppersmiths"
ds(CS, "Coppersmiths raising and planishing copper vessels: annealing, ventilation, tin lining, cracks, piece quality, lung function and sales.", [
    ("SMITH_ID", "id", ["CS-01", "CS-02", "CS-03"]),
    ("AGE", "numeric", [25, 47, 66]),
    ("YRS_TRADE", "numeric", [1, 15, 40]),
    ("WORKSHOP", "categorical", ["URBAN", "RURAL", "HERITAGE_SITE"]),
    ("GAUGE_MM", "numeric", [0.8, 1.2, 2.0]),
    ("GRANT_AWARD", "binary", B),
    ("VENTILATION", "binary", B),
    ("ANNEALING", "binary", B),
    ("PLANISH", "binary", B),
    ("TIN_LINED", "binary", B),
    ("HRS_PIECE", "numeric", [6, 14, 35]),
    ("CRACKS_N", "numeric", [0, 2, 7]),
    ("PIECE_QUAL", "numeric", [5.0, 7.1, 9.3]),
    ("PIECE_QUAL_V2", "numeric", [4.8, 7.4, 9.0]),
    ("FEV1_BL", "numeric", [2.6, 3.4, 4.1]),
    ("FEV1_12M", "numeric", [2.5, 3.3, 4.2]),
    ("SALES_Q", "numeric", [800, 3000, 9000]),
    ("SALES_YR", "numeric", [3500, 12000, 36000]),
])
q(CS, "Estimate the ATE of `VENTILATION` on `FEV1_12M`, adjusting for `FEV1_BL`, `AGE` and `WORKSHOP`.", "ate", "VENTILATION", "FEV1_12M", covariates=["FEV1_BL", "AGE", "WORKSHOP"])
q(CS, "Does softening the metal in the flame between courses stop the copper cracking while it's being raised?", "ate", "ANNEALING", "CRACKS_N")
q(CS, "GRANT_AWARD as IV for VENTILATION, outcome FEV1_12M", "ate", "VENTILATION", "FEV1_12M", instrument="GRANT_AWARD")
q(CS, "Does fume extraction protect coppersmiths' lungs?", "ate", "VENTILATION", "FEV1_12M")
q(CS, "Does planishing improve the quality of the finished piece?", "ate", "PLANISH", None, clarify=True)
q(CS, "Is tin lining's effect on SALES_YR real, or confounded by the kind of workshop?", "ate", "TIN_LINED", "SALES_YR", covariates=["WORKSHOP"])
q(CS, "effect of annealing on hours per piece for the smiths who anneal", "ate", "ANNEALING", "HRS_PIECE", estimand="att")
q(CS, "In HERITAGE_SITE workshops, effect of TIN_LINED on SALES_Q", "cate", "TIN_LINED", "SALES_Q", at={"WORKSHOP": "HERITAGE_SITE"})
q(CS, "How does annealing's effect on cracks vary with sheet thickness?", "cate", "ANNEALING", "CRACKS_N")
q(CS, "At 1.2 mm gauge, does annealing reduce `CRACKS_N`?", "cate", "ANNEALING", "CRACKS_N", at={"GAUGE_MM": 1.2})
q(CS, "For smiths aged 60, what's the effect of ventilation on lung function a year on?", "cate", "VENTILATION", "FEV1_12M", at={"AGE": 60})
q(CS, "Which workshops should install ventilation (`VENTILATION`) to maximise `FEV1_12M`?", "policy", "VENTILATION", "FEV1_12M")
q(CS, "Which smiths should start offering tin-lined pieces to boost their annual sales?", "policy", "TIN_LINED", "SALES_YR")
q(CS, "Annealing works by cutting the number of cracks, which then raises PIECE_QUAL_V2. How much of the effect is mediated by CRACKS_N?", "mediation", "ANNEALING", "PIECE_QUAL_V2", "CRACKS_N")
q(CS, "Planishing takes longer (HRS_PIECE) and that extra time is what lifts PIECE_QUAL. Split the direct and indirect effects.", "mediation", "PLANISH", "PIECE_QUAL", "HRS_PIECE")
q(CS, "mediation TIN_LINED → PIECE_QUAL → SALES_YR", "mediation", "TIN_LINED", "SALES_YR", "PIECE_QUAL")
q(CS, "Learn the causal DAG among the coppersmith variables.", "discover")
q(CS, "Summarise the distribution of AGE and YRS_TRADE.", "unsupported")
