from common import ds, q, B

# ---------- 7. chair caning workshops (UPPER_CASE) ----------
C = "h61_chair_caning_workshops"
ds(C, "Students on chair caning courses: cane preparation, workbooks, tutor ratios, strand breaks, seat quality and hand pain.", [
    ("STUDENT_NO", "id", ["CC-301", "CC-302", "CC-303"]),
    ("AGE_YRS", "numeric", [26, 51, 70]),
    ("REGION", "categorical", ["NORTH", "MIDLANDS", "SOUTH", "WALES"]),
    ("PRIOR_CRAFT", "binary", B),
    ("CANE_SOAK", "binary", B),
    ("WORKBOOK", "binary", B),
    ("METHOD", "categorical", ["SEVEN_STEP", "BLIND", "PRE_WOVEN", "DANISH_CORD"]),
    ("TUTOR_RATIO", "numeric", [4, 6, 10]),
    ("PRACTICE_HRS", "numeric", [3, 10, 24]),
    ("BREAKS_N", "numeric", [0, 4, 12]),
    ("SEAT_QUAL", "numeric", [4.5, 6.8, 9.0]),
    ("SEAT_QUAL_ALT", "numeric", [4.0, 7.0, 9.2]),
    ("COMPLETE_WK4", "binary", B),
    ("COMPLETE_WK8", "binary", B),
    ("HAND_PAIN_BL", "numeric", [0, 2, 5]),
    ("HAND_PAIN_FU", "numeric", [0, 3, 6]),
])
q(C, "Estimate the effect of `CANE_SOAK` on `BREAKS_N`, adjusting for `METHOD` and `PRIOR_CRAFT`.", "ate", "CANE_SOAK", "BREAKS_N", covariates=["METHOD", "PRIOR_CRAFT"])
q(C, "Does soaking the cane beforehand make it less likely to snap while weaving?", "ate", "CANE_SOAK", "BREAKS_N")
q(C, "ATE WORKBOOK on COMPLETE_WK8 adj AGE_YRS REGION", "ate", "WORKBOOK", "COMPLETE_WK8", covariates=["AGE_YRS", "REGION"])
q(C, "Do students given the take-home workbook finish their chair within four weeks more often?", "ate", "WORKBOOK", "COMPLETE_WK4")
q(C, "Does soaking the cane have any effect on how sore students' hands get?", "ate", "CANE_SOAK", "HAND_PAIN_FU")
q(C, "Is seat quality improved by having fewer students per tutor?", "ate", "TUTOR_RATIO", None, clarify=True)
q(C, "For students who did not receive the workbook, what would its effect on SEAT_QUAL_ALT have been?", "ate", "WORKBOOK", "SEAT_QUAL_ALT", estimand="atc")
q(C, "Is the effect of prior craft experience on SEAT_QUAL real, or just because experienced people chose an easier method? Control for METHOD.", "ate", "PRIOR_CRAFT", "SEAT_QUAL", covariates=["METHOD"])
q(C, "For the BLIND method, effect of CANE_SOAK on SEAT_QUAL", "cate", "CANE_SOAK", "SEAT_QUAL", at={"METHOD": "BLIND"})
q(C, "In Wales, does the workbook raise the chance of finishing by week eight?", "cate", "WORKBOOK", "COMPLETE_WK8", at={"REGION": "WALES"})
q(C, "How does the soaking effect on strand breaks vary across tutor ratios?", "cate", "CANE_SOAK", "BREAKS_N")
q(C, "With 4 students per tutor, what's the effect of the workbook on `PRACTICE_HRS`?", "cate", "WORKBOOK", "PRACTICE_HRS", at={"TUTOR_RATIO": 4})
q(C, "Which students should receive the workbook to maximise `COMPLETE_WK8`?", "policy", "WORKBOOK", "COMPLETE_WK8")
q(C, "Give a rule for when students should soak their cane, to keep strand breaks down.", "policy", "CANE_SOAK", "BREAKS_N")
q(C, "who should get the workbook so more people finish?", "policy", "WORKBOOK", None, clarify=True)
q(C, "The workbook works by getting students to practise more at home, which then improves SEAT_QUAL. Estimate the indirect effect via PRACTICE_HRS.", "mediation", "WORKBOOK", "SEAT_QUAL", "PRACTICE_HRS")
q(C, "How much of the soak's effect on seat quality (the alternative score) goes through fewer breaks?", "mediation", "CANE_SOAK", "SEAT_QUAL_ALT", "BREAKS_N")
q(C, "learn the causal graph for the chair caning data", "discover")
q(C, "Use the chair caning records to work out the directions of influence among method, practice, breaks, quality and pain.", "discover")
q(C, "Write a SQL query that counts students per REGION.", "unsupported")

# ---------- 8. rush seating makers (plain words) ----------
RS = "h61_rush_seating_makers"
ds(RS, "Makers of rush seats for chairs and stools: training, rush preparation, twist tightness, durability, prices and orders.", [
    ("maker", "id", ["RM-01", "RM-02", "RM-03"]),
    ("age", "numeric", [29, 48, 71]),
    ("years_making", "numeric", [1, 5, 30]),
    ("guild", "binary", B),
    ("apprenticeship", "binary", B),
    ("workshop_size", "numeric", [1, 3, 8]),
    ("rush_source", "categorical", ["local_river", "imported", "cultivated"]),
    ("damping", "binary", B),
    ("twists", "numeric", [6, 9, 13]),
    ("hours_per_seat", "numeric", [6, 10, 18]),
    ("durability", "numeric", [5, 12, 25]),
    ("durability_lab", "numeric", [4, 11, 27]),
    ("price", "numeric", [90, 180, 350]),
    ("orders_quarter", "numeric", [2, 8, 20]),
    ("orders_year", "numeric", [10, 30, 75]),
    ("wrist_strain_before", "numeric", [1, 3, 6]),
    ("wrist_strain_after", "numeric", [1, 2, 5]),
])
q(RS, "Estimate the average effect of `damping` on `durability_lab`, controlling for `rush_source` and `years_making`.", "ate", "damping", "durability_lab", covariates=["rush_source", "years_making"])
q(RS, "Does keeping the rushes damp overnight make the seats last longer?", "ate", "damping", None, clarify=True)
q(RS, "apprenticeship → price, adj age, guild", "ate", "apprenticeship", "price", covariates=["age", "guild"])
q(RS, "Do makers who served an apprenticeship get more orders over the year?", "ate", "apprenticeship", "orders_year")
q(RS, "Does damping the rush ease the strain on makers' wrists?", "ate", "damping", "wrist_strain_after")
q(RS, "Is guild membership's link with orders_quarter causal, or driven by workshop_size?", "ate", "guild", "orders_quarter", covariates=["workshop_size"])
q(RS, "What did the apprenticeship do for seat durability among those makers who did one?", "ate", "apprenticeship", "durability", estimand="att")
q(RS, "Does the brand of varnish a maker uses affect durability_lab?", "ate", None, "durability_lab", clarify=True)
q(RS, "For imported rush, what is the effect of damping on durability?", "cate", "damping", "durability", at={"rush_source": "imported"})
q(RS, "Does the apprenticeship effect on price vary with workshop size?", "cate", "apprenticeship", "price")
q(RS, "at 5 years making, effect of guild on orders_year", "cate", "guild", "orders_year", at={"years_making": 5})
q(RS, "Under the condition that makers work in a workshop of 3 people, does damping still cut wrist strain?", "cate", "damping", "wrist_strain_after", at={"workshop_size": 3})
q(RS, "Which makers should be encouraged to damp their rushes to maximise `durability_lab`?", "policy", "damping", "durability_lab")
q(RS, "Allocate guild sponsorships to makers so as to boost the number of orders over the whole year.", "policy", "guild", "orders_year")
q(RS, "policy rule apprenticeship -> price by age and rush_source", "policy", "apprenticeship", "price")
q(RS, "Damping works by allowing tighter twists, which then make seats more durable (durability). How much of the effect is indirect via twists?", "mediation", "damping", "durability", "twists")
q(RS, "Does an apprenticeship raise what a maker can charge directly, or mainly through spending more hours on each seat?", "mediation", "apprenticeship", "price", "hours_per_seat")
q(RS, "What's the causal structure linking the rush seating makers' variables?", "discover")
q(RS, "Forecast orders_quarter for next quarter.", "unsupported")

# ---------- 9. besom broom makers (snake_case cryptic) ----------
BB = "h61_besom_broom_makers"
ds(BB, "Besom broom makers: twig species and drying, binding method, sales channels, twig shedding, revenue and customer satisfaction.", [
    ("mkr_id", "id", ["BM-41", "BM-42", "BM-43"]),
    ("age_yr", "numeric", [33, 55, 77]),
    ("yrs_exp", "numeric", [1, 7, 40]),
    ("twig_sp", "categorical", ["birch", "heather", "broom"]),
    ("hndl_sp", "categorical", ["hazel", "ash", "sweet_chestnut"]),
    ("ssn_cut", "categorical", ["winter", "spring", "autumn"]),
    ("wire_bnd", "binary", B),
    ("mkt_stall", "binary", B),
    ("online_lst", "binary", B),
    ("twig_dry_d", "numeric", [10, 30, 60]),
    ("brms_wk", "numeric", [5, 15, 40]),
    ("shed_rt", "numeric", [0.5, 2.0, 6.0]),
    ("shed_rt_v2", "numeric", [0.4, 2.2, 5.5]),
    ("rev_3m", "numeric", [200, 900, 3000]),
    ("rev_12m", "numeric", [800, 3500, 11000]),
    ("cust_sat_pre", "numeric", [3.1, 3.8, 4.5]),
    ("cust_sat_post", "numeric", [3.4, 4.1, 4.8]),
])
q(BB, "ATE of `online_lst` on `rev_12m`, adjusting for `yrs_exp`, `mkt_stall` and `brms_wk`.", "ate", "online_lst", "rev_12m", covariates=["yrs_exp", "mkt_stall", "brms_wk"])
q(BB, "Does binding the brooms with wire rather than willow stop twigs falling out? Use the revised shedding measure.", "ate", "wire_bnd", "shed_rt_v2")
q(BB, "wire_bnd effect on cust_sat_post ctrl cust_sat_pre", "ate", "wire_bnd", "cust_sat_post", covariates=["cust_sat_pre"])
q(BB, "Does selling at a market stall bring in more money over the following three months?", "ate", "mkt_stall", "rev_3m")
q(BB, "Does listing online increase a maker's revenue?", "ate", "online_lst", None, clarify=True)
q(BB, "Is the drying-time effect on shed_rt real or confounded by the season the twigs were cut?", "ate", "twig_dry_d", "shed_rt", covariates=["ssn_cut"])
q(BB, "Are buyers happier with their besoms when they're bound with wire?", "ate", "wire_bnd", "cust_sat_post")
q(BB, "For makers who don't sell online, what would going online do to rev_12m?", "ate", "online_lst", "rev_12m", estimand="atc")
q(BB, "For heather besoms, effect of wire_bnd on shed_rt", "cate", "wire_bnd", "shed_rt", at={"twig_sp": "heather"})
q(BB, "How does the online listing effect on 12-month revenue vary with maker age?", "cate", "online_lst", "rev_12m")
q(BB, "When twigs have dried for 30 days, what's the effect of wire binding on `shed_rt_v2`?", "cate", "wire_bnd", "shed_rt_v2", at={"twig_dry_d": 30})
q(BB, "Among winter-cut twigs, does wire binding leave customers more satisfied?", "cate", "wire_bnd", "cust_sat_post", at={"ssn_cut": "winter"})
q(BB, "Which makers should start listing online (`online_lst`) to maximise `rev_12m`?", "policy", "online_lst", "rev_12m")
q(BB, "Recommend who should switch to wire binding to keep twig shedding (shed_rt) as low as possible.", "policy", "wire_bnd", "shed_rt")
q(BB, "targeting: mkt_stall for rev_3m", "policy", "mkt_stall", "rev_3m")
q(BB, "Online listing boosts revenue by pushing makers to turn out more brooms each week, which then raises 12-month revenue. Direct vs indirect through brms_wk?", "mediation", "online_lst", "rev_12m", "brms_wk")
q(BB, "How much of wire binding's effect on customer satisfaction is carried by lower shedding (shed_rt)?", "mediation", "wire_bnd", "cust_sat_post", "shed_rt")
q(BB, "Infer which of the besom variables cause which; no need for effect sizes, just the structure.", "discover")
q(BB, "Show a bar chart of brooms per week by twig species.", "unsupported")
