from common import ds, q, B

# ---------- 4. jet carving workshops (plain words) ----------
J = "h61_jet_carving_workshops"
ds(J, "Whitby jet carving workshops: tutor demonstrations, jet grade, breakages, finish and whether participants returned.", [
    ("participant", "id", ["JC-01", "JC-02", "JC-03"]),
    ("age", "numeric", [24, 47, 69]),
    ("experience", "numeric", [0, 2, 10]),
    ("venue", "categorical", ["Whitby", "York", "Scarborough", "online"]),
    ("class_size", "numeric", [4, 6, 12]),
    ("fee", "numeric", [45, 80, 120]),
    ("demonstration", "binary", B),
    ("grade", "categorical", ["hard", "soft", "seed"]),
    ("hours", "numeric", [2.5, 5.0, 9.0]),
    ("breakages", "numeric", [0, 1, 4]),
    ("finish", "numeric", [5.5, 7.0, 8.5]),
    ("finish_revised", "numeric", [5.0, 7.2, 8.8]),
    ("confidence_before", "numeric", [2, 3, 4]),
    ("confidence_after", "numeric", [3, 4, 5]),
    ("returned_within_month", "binary", B),
    ("returned_within_year", "binary", B),
    ("sold_piece", "binary", B),
])
q(J, "Estimate the average effect of the live `demonstration` on `breakages`, adjusting for `experience` and `grade`.", "ate", "demonstration", "breakages", covariates=["experience", "grade"])
q(J, "Do people who watch the tutor carve a piece first end up feeling surer of themselves?", "ate", "demonstration", "confidence_after")
q(J, "ate demonstration finish_revised adj class_size", "ate", "demonstration", "finish_revised", covariates=["class_size"])
q(J, "Does paying a higher fee make participants more likely to sell something they carved?", "ate", "fee", "sold_piece")
q(J, "Is the effect of the jet grade on breakages real, or is it confounded by how experienced the carver is?", "ate", "grade", "breakages", covariates=["experience"])
q(J, "What was the effect of the demonstration on those who got one, in terms of coming back within the year?", "ate", "demonstration", "returned_within_year", estimand="att")
q(J, "effect of demonstration on finish quality", "ate", "demonstration", None, clarify=True)
q(J, "Is confidence at the end of the day affected by how many people are in the class?", "ate", "class_size", "confidence_after")
q(J, "At the online venue, what's the effect of `demonstration` on `confidence_after`?", "cate", "demonstration", "confidence_after", at={"venue": "online"})
q(J, "how does the demo's effect on breakages vary with age", "cate", "demonstration", "breakages")
q(J, "For classes of 6 people, effect of demonstration on returned_within_month", "cate", "demonstration", "returned_within_month", at={"class_size": 6})
q(J, "When carving seed jet, does a demonstration still cut down the number of pieces that snap?", "cate", "demonstration", "breakages", at={"grade": "seed"})
q(J, "Which participants should get the demonstration to maximise finish_revised?", "policy", "demonstration", "finish_revised")
q(J, "Design a rule for who gets the tutor's demo, aiming for more people coming back within a year.", "policy", "demonstration", "returned_within_year")
q(J, "who to give the demonstration to for fewer breakages", "policy", "demonstration", "breakages")
q(J, "The demonstration works by getting people to spend more hours on their piece, which then improves the finish (original score). What are the direct and indirect effects?", "mediation", "demonstration", "finish", "hours")
q(J, "What share of the demonstration's effect on breakages is explained by the hours spent carving?", "mediation", "demonstration", "breakages", "hours")
q(J, "Learn the causal DAG over the jet carving workshop variables.", "discover")
q(J, "Which workshop factors actually influence which? Map out the cause-and-effect structure.", "discover")
q(J, "Clean up the venue column, some rows say 'whitby' in lower case.", "unsupported")

# ---------- 5. scrimshaw carvers (snake_case cryptic) ----------
S = "h61_scrimshaw_carvers"
ds(S, "Scrimshaw carvers engraving bone, antler and ivory substitutes: tools, line density, judged scores, sales and eye strain.", [
    ("crv_id", "id", ["SC-11", "SC-12", "SC-13"]),
    ("age_yr", "numeric", [31, 52, 74]),
    ("yrs_crv", "numeric", [1, 8, 30]),
    ("guild_mem", "binary", B),
    ("mat_typ", "categorical", ["bone", "antler", "tagua_nut", "resin"]),
    ("ink_typ", "categorical", ["india", "oil_pigment", "lamp_black"]),
    ("mag_lamp", "binary", B),
    ("nd_sz_mm", "numeric", [0.3, 0.5, 0.8]),
    ("hrs_wk", "numeric", [4, 12, 30]),
    ("lin_dens", "numeric", [8, 15, 27]),
    ("jdg_scr", "numeric", [55, 70, 88]),
    ("jdg_scr_v2", "numeric", [52, 72, 90]),
    ("sl_prc_gbp", "numeric", [40, 150, 900]),
    ("eye_strn_bl", "numeric", [2, 5, 8]),
    ("eye_strn_6m", "numeric", [1, 4, 7]),
    ("comm_6m", "numeric", [0, 2, 6]),
    ("comm_12m", "numeric", [0, 5, 11]),
])
q(S, "ATE of `mag_lamp` on `eye_strn_6m`, controlling for `eye_strn_bl`, `age_yr` and `hrs_wk`.", "ate", "mag_lamp", "eye_strn_6m", covariates=["eye_strn_bl", "age_yr", "hrs_wk"])
q(S, "Does working under a magnifying lamp ease carvers' tired eyes?", "ate", "mag_lamp", "eye_strn_6m")
q(S, "mag_lamp -> jdg_scr_v2, adj yrs_crv", "ate", "mag_lamp", "jdg_scr_v2", covariates=["yrs_crv"])
q(S, "Do guild members get paid more for their pieces?", "ate", "guild_mem", "sl_prc_gbp")
q(S, "Among carvers who use a magnifier lamp, how much higher are their sale prices because of it?", "ate", "mag_lamp", "sl_prc_gbp", estimand="att")
q(S, "Does joining the guild bring in more commissions?", "ate", "guild_mem", None, clarify=True)
q(S, "Is the finer-needle advantage on line density genuine, or down to experience? (nd_sz_mm on lin_dens, adjust for yrs_crv)", "ate", "nd_sz_mm", "lin_dens", covariates=["yrs_crv"])
q(S, "what is the effect of guild membership on 12 month commissions for the carvers who are not members", "ate", "guild_mem", "comm_12m", estimand="atc")
q(S, "Does the magnifier lamp's effect on eye strain differ by the carver's age?", "cate", "mag_lamp", "eye_strn_6m")
q(S, "For antler pieces, the effect of mag_lamp on jdg_scr", "cate", "mag_lamp", "jdg_scr", at={"mat_typ": "antler"})
q(S, "Among carvers working 20 hours a week, what is the effect of the magnifier lamp on eye strain at six months?", "cate", "mag_lamp", "eye_strn_6m", at={"hrs_wk": 20})
q(S, "For which materials does the lamp add most to the selling price?", "cate", "mag_lamp", "sl_prc_gbp")
q(S, "Who should be issued a magnifier lamp (`mag_lamp`) to reduce `eye_strn_6m` the most?", "policy", "mag_lamp", "eye_strn_6m")
q(S, "Target guild invitations to maximise comm_12m: which carvers should we invite?", "policy", "guild_mem", "comm_12m")
q(S, "lamp allocation rule for better judged scores", "policy", "mag_lamp", None, clarify=True)
q(S, "How much of the lamp's effect on the judges' score (jdg_scr) is through finer line density?", "mediation", "mag_lamp", "jdg_scr", "lin_dens")
q(S, "Guild membership raises prices partly because members end up carving more hours each week. Estimate the indirect effect via hrs_wk.", "mediation", "guild_mem", "sl_prc_gbp", "hrs_wk")
q(S, "Run causal discovery on the scrimshaw dataset.", "discover")
q(S, "Figure out how the carving variables are causally linked to each other: which ones drive which.", "discover")
q(S, "What is the correlation between age_yr and yrs_crv?", "unsupported")

# ---------- 6. whittling clubs (camelCase) ----------
W = "h61_whittling_clubs"
ds(W, "Members of whittling clubs: mentoring, sharpening classes, cut-resistant gloves, injuries, skill and retention.", [
    ("memberId", "id", ["WC-2001", "WC-2002", "WC-2003"]),
    ("memberAge", "numeric", [15, 44, 72]),
    ("yearsWhittling", "numeric", [0, 3, 25]),
    ("knifeType", "categorical", ["sloyd", "hook", "folding", "chip"]),
    ("woodSpecies", "categorical", ["basswood", "birch", "lime", "sycamore"]),
    ("mentorPaired", "binary", B),
    ("sharpeningClass", "binary", B),
    ("cutGlove", "binary", B),
    ("sessionsPerMonth", "numeric", [1, 4, 8]),
    ("piecesDone", "numeric", [2, 9, 30]),
    ("skillRatingPre", "numeric", [1, 3, 5]),
    ("skillRatingPost", "numeric", [2, 4, 6]),
    ("cutsInjuries3m", "numeric", [0, 1, 3]),
    ("cutsInjuries12m", "numeric", [0, 2, 6]),
    ("clubRetained6m", "binary", B),
    ("clubRetained12m", "binary", B),
    ("enjoymentScore", "numeric", [3.0, 4.1, 4.9]),
    ("enjoymentScoreV2", "numeric", [2.8, 4.0, 5.0]),
])
q(W, "Estimate the ATE of `cutGlove` on `cutsInjuries12m`, adjusting for `yearsWhittling` and `knifeType`.", "ate", "cutGlove", "cutsInjuries12m", covariates=["yearsWhittling", "knifeType"])
q(W, "Does pairing a newcomer with an experienced carver make them better at whittling?", "ate", "mentorPaired", "skillRatingPost")
q(W, "sharpeningClass effect on cutsInjuries3m", "ate", "sharpeningClass", "cutsInjuries3m")
q(W, "Does wearing a cut-resistant glove actually prevent nicks, or do glove wearers just happen to be more careful?", "ate", "cutGlove", None, clarify=True)
q(W, "Are members more likely to still be in the club after a year if they're given a mentor?", "ate", "mentorPaired", "clubRetained12m")
q(W, "effect of mentorPaired on enjoymentScoreV2 for the members who had a mentor", "ate", "mentorPaired", "enjoymentScoreV2", estimand="att")
q(W, "What's the causal relationship between piecesDone and enjoymentScore?", "ate", None, None, clarify=True)
q(W, "How does the sharpening class influence skill ratings? Hold memberAge and skillRatingPre fixed.", "ate", "sharpeningClass", "skillRatingPost", covariates=["memberAge", "skillRatingPre"])
q(W, "For members using hook knives, what is the effect of the glove on `cutsInjuries12m`?", "cate", "cutGlove", "cutsInjuries12m", at={"knifeType": "hook"})
q(W, "How does the mentoring effect on 6-month retention change with member age?", "cate", "mentorPaired", "clubRetained6m")
q(W, "effect of sharpeningClass on piecesDone when sessionsPerMonth = 4", "cate", "sharpeningClass", "piecesDone", at={"sessionsPerMonth": 4})
q(W, "For 70-year-old members, does mentoring raise enjoyment (the original score)?", "cate", "mentorPaired", "enjoymentScore", at={"memberAge": 70})
q(W, "Which members should be paired with a mentor to maximise clubRetained12m?", "policy", "mentorPaired", "clubRetained12m")
q(W, "We have 15 free glove vouchers. Who should get them so fewer people cut themselves in their first three months?", "policy", "cutGlove", "cutsInjuries3m")
q(W, "optimal targeting of sharpeningClass for skillRatingPost", "policy", "sharpeningClass", "skillRatingPost")
q(W, "Mentoring keeps people turning up to more sessions each month, and that in turn improves their skill rating. How much of mentorPaired's effect on skillRatingPost is via sessionsPerMonth?", "mediation", "mentorPaired", "skillRatingPost", "sessionsPerMonth")
q(W, "mediation analysis: sharpeningClass → piecesDone → enjoymentScore", "mediation", "sharpeningClass", "enjoymentScore", "piecesDone")
q(W, "Which whittling club variables cause which? Learn the causal structure.", "discover")
q(W, "Give me summary statistics for memberAge and yearsWhittling.", "unsupported")
