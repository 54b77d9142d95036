from common import ds, q, B

# ---------- 10. cartwrights (camelCase) ----------
CW = "h61_cartwrights"
ds(CW, "Wooden cart wheels built by cartwrights and wheelwrights: timber, tyring method, jigs, wobble, distance to failure and repairs.", [
    ("wheelId", "id", ["W-5001", "W-5002", "W-5003"]),
    ("wrightAge", "numeric", [27, 49, 68]),
    ("apprenticeYears", "numeric", [2, 5, 7]),
    ("timberSeasoning", "categorical", ["airDried", "kilnDried", "green"]),
    ("felloeWood", "categorical", ["ash", "elm", "oak"]),
    ("spokeCount", "numeric", [10, 12, 14]),
    ("distToForgeKm", "numeric", [0.5, 6.0, 25.0]),
    ("hotTyring", "binary", B),
    ("jigUsed", "binary", B),
    ("buildHours", "numeric", [30, 55, 90]),
    ("dishDepthMm", "numeric", [15, 25, 40]),
    ("wobbleMmPre", "numeric", [2.0, 4.5, 8.0]),
    ("wobbleMmPost", "numeric", [0.5, 1.5, 3.5]),
    ("kmToFailure", "numeric", [800, 2500, 6000]),
    ("kmToFailureV2", "numeric", [750, 2600, 5800]),
    ("repairs1y", "numeric", [0, 1, 3]),
    ("repairs3y", "numeric", [0, 3, 8]),
    ("customerRating", "numeric", [3.2, 4.1, 4.9]),
])
q(CW, "Estimate the ATE of `hotTyring` on `kmToFailure`, adjusting for `timberSeasoning`, `felloeWood` and `spokeCount`.", "ate", "hotTyring", "kmToFailure", covariates=["timberSeasoning", "felloeWood", "spokeCount"])
q(CW, "Do wheels whose iron tyre was shrunk on hot need fewer repairs in their first year?", "ate", "hotTyring", "repairs1y")
q(CW, "ate jigUsed -> wobbleMmPost adj wobbleMmPre apprenticeYears", "ate", "jigUsed", "wobbleMmPost", covariates=["wobbleMmPre", "apprenticeYears"])
q(CW, "Using distance to the nearest forge (distToForgeKm) as an instrument, estimate the effect of hot tyring on repairs3y.", "ate", "hotTyring", "repairs3y", instrument="distToForgeKm")
q(CW, "Does building on a jig make the wheels run truer?", "ate", "jigUsed", "wobbleMmPost")
q(CW, "Does hot tyring make wheels last longer on the road?", "ate", "hotTyring", None, clarify=True)
q(CW, "Is the apparent effect of apprenticeYears on customerRating causal, or confounded by the wright's age?", "ate", "apprenticeYears", "customerRating", covariates=["wrightAge"])
q(CW, "For wheels built with a jig, what was the jig's effect on buildHours?", "ate", "jigUsed", "buildHours", estimand="att")
q(CW, "For green timber, effect of hotTyring on kmToFailureV2", "cate", "hotTyring", "kmToFailureV2", at={"timberSeasoning": "green"})
q(CW, "Does the jig's effect on wobble depend on how many spokes the wheel has?", "cate", "jigUsed", "wobbleMmPost")
q(CW, "At 14 spokes, what's the effect of hot tyring on repairs over three years?", "cate", "hotTyring", "repairs3y", at={"spokeCount": 14})
q(CW, "Among wheels with elm felloes, is hot tyring good for customer ratings?", "cate", "hotTyring", "customerRating", at={"felloeWood": "elm"})
q(CW, "Which wheels should get hot tyring (`hotTyring`) to minimise `repairs3y`?", "policy", "hotTyring", "repairs3y")
q(CW, "Which wrights should be given a jig to improve how customers rate their wheels?", "policy", "jigUsed", "customerRating")
q(CW, "who should do hot tyring to cut down repairs", "policy", "hotTyring", None, clarify=True)
q(CW, "Hot tyring works by pulling the wheel into a deeper dish, which then makes it last longer (kmToFailure). How much goes through dishDepthMm?", "mediation", "hotTyring", "kmToFailure", "dishDepthMm")
q(CW, "mediation: jigUsed → buildHours → customerRating", "mediation", "jigUsed", "customerRating", "buildHours")
q(CW, "Learn the causal graph among the cartwright wheel variables.", "discover")
q(CW, "Train a model to predict kmToFailure from the other columns.", "unsupported")

# ---------- 11. fletchers (UPPER_CASE) ----------
F = "h61_fletchers"
ds(F, "Arrow batches made by fletchers: feathers, shafts, helical fletching, spine matching, flight measurements and customer returns.", [
    ("ARROW_BATCH", "id", ["AB-7001", "AB-7002", "AB-7003"]),
    ("FLETCHER_YRS", "numeric", [2, 10, 35]),
    ("BATCH_SIZE", "numeric", [6, 12, 24]),
    ("FEATHER", "categorical", ["TURKEY", "GOOSE", "SWAN", "PLASTIC_VANE"]),
    ("SHAFT", "categorical", ["CEDAR", "ASH", "BIRCH", "CARBON"]),
    ("HELICAL", "binary", B),
    ("SPINE_MATCH", "binary", B),
    ("PRICE_GBP", "numeric", [45, 90, 180]),
    ("SPIN_RPS", "numeric", [20, 32, 45]),
    ("FOC_PCT", "numeric", [8, 12, 17]),
    ("SPEED_FPS", "numeric", [150, 175, 200]),
    ("GROUP_CM_20M", "numeric", [4, 8, 15]),
    ("GROUP_CM_50M", "numeric", [15, 30, 60]),
    ("FLIGHT_SCORE", "numeric", [60, 75, 92]),
    ("FLIGHT_SCORE_V2", "numeric", [58, 77, 90]),
    ("RETURNS_30D", "binary", B),
    ("RETURNS_90D", "binary", B),
])
q(F, "Estimate the effect of `HELICAL` on `GROUP_CM_50M`, adjusting for `FEATHER`, `SHAFT` and `SPINE_MATCH`.", "ate", "HELICAL", "GROUP_CM_50M", covariates=["FEATHER", "SHAFT", "SPINE_MATCH"])
q(F, "Do spine-matched arrows land in tighter groups at twenty metres?", "ate", "SPINE_MATCH", "GROUP_CM_20M")
q(F, "HELICAL -> SPEED_FPS ate", "ate", "HELICAL", "SPEED_FPS")
q(F, "Does helical fletching tighten arrow groups?", "ate", "HELICAL", None, clarify=True)
q(F, "Are fewer arrows sent back within 90 days when they have been spine matched?", "ate", "SPINE_MATCH", "RETURNS_90D")
q(F, "Is the effect of price on returns in the first month genuine, or confounded by shaft type?", "ate", "PRICE_GBP", "RETURNS_30D", covariates=["SHAFT"])
q(F, "Among batches that were spine matched, how much did matching improve FLIGHT_SCORE_V2?", "ate", "SPINE_MATCH", "FLIGHT_SCORE_V2", estimand="att")
q(F, "For goose feathers, what is the effect of HELICAL on SPIN_RPS?", "cate", "HELICAL", "SPIN_RPS", at={"FEATHER": "GOOSE"})
q(F, "how does spine matching's effect on 50m grouping vary by shaft wood", "cate", "SPINE_MATCH", "GROUP_CM_50M")
q(F, "For carbon shafts, does a helical fletch change the flight score (original version)?", "cate", "HELICAL", "FLIGHT_SCORE", at={"SHAFT": "CARBON"})
q(F, "with a fletcher of 10 years' experience, effect of SPINE_MATCH on returns", "cate", "SPINE_MATCH", None, at={"FLETCHER_YRS": 10}, clarify=True)
q(F, "Which batches should be fletched helically to minimise `GROUP_CM_50M`?", "policy", "HELICAL", "GROUP_CM_50M")
q(F, "Recommend when to spine-match arrows so that fewer get returned within 90 days.", "policy", "SPINE_MATCH", "RETURNS_90D")
q(F, "Helical fletching spins the arrow faster, which then tightens the 50 m groups. How much of HELICAL's effect on GROUP_CM_50M is mediated by SPIN_RPS?", "mediation", "HELICAL", "GROUP_CM_50M", "SPIN_RPS")
q(F, "Decompose the effect of spine matching on FLIGHT_SCORE into a direct part and a part via FOC_PCT.", "mediation", "SPINE_MATCH", "FLIGHT_SCORE", "FOC_PCT")
q(F, "Does helical fletching slow the arrows down, and is that why groups at 20m change? Treat arrow speed as the mediator.", "mediation", "HELICAL", "GROUP_CM_20M", "SPEED_FPS")
q(F, "What are the causal relationships among the fletching variables? Estimate the structure.", "discover")
q(F, "Tell me a joke about archers.", "unsupported")

# ---------- 12. bowyers (plain words) ----------
BW = "h61_bowyers"
ds(BW, "Self bows and backed bows made by bowyers: wood, heat treatment, backing, tillering, set, draw weight, arrow speed and breakage.", [
    ("bow", "id", ["BW-9001", "BW-9002", "BW-9003"]),
    ("bowyer_experience", "numeric", [1, 8, 30]),
    ("wood", "categorical", ["yew", "osage", "hickory", "elm"]),
    ("length", "numeric", [62, 68, 74]),
    ("heat_treated", "binary", B),
    ("backing", "binary", B),
    ("cost", "numeric", [150, 400, 1200]),
    ("tiller_hours", "numeric", [4, 10, 22]),
    ("set", "numeric", [0.5, 2.0, 5.0]),
    ("draw_weight_new", "numeric", [35, 50, 70]),
    ("draw_weight_season_end", "numeric", [32, 47, 68]),
    ("arrow_speed", "numeric", [140, 165, 185]),
    ("arrow_speed_chrono", "numeric", [138, 163, 188]),
    ("breakage_first_year", "binary", B),
    ("breakage_three_years", "binary", B),
    ("customer_satisfaction", "numeric", [3.0, 4.2, 5.0]),
])
q(BW, "Estimate the average effect of `heat_treated` on `set`, controlling for `wood` and `length`.", "ate", "heat_treated", "set", covariates=["wood", "length"])
q(BW, "Does backing a bow with rawhide stop it breaking in its first year?", "ate", "backing", "breakage_first_year")
q(BW, "heat_treated -> arrow_speed_chrono, adj wood length", "ate", "heat_treated", "arrow_speed_chrono", covariates=["wood", "length"])
q(BW, "Do heat-treated bows shoot faster?", "ate", "heat_treated", None, clarify=True)
q(BW, "Does heat treating affect how much draw weight a bow keeps, controlling for its weight when new?", "ate", "heat_treated", "draw_weight_season_end", covariates=["draw_weight_new"])
q(BW, "Is the link between what a bow costs and how satisfied the buyer is causal, or confounded by the bowyer's experience?", "ate", "cost", "customer_satisfaction", covariates=["bowyer_experience"])
q(BW, "For bows that were not backed, what effect would backing have had on breakage_three_years?", "ate", "backing", "breakage_three_years", estimand="atc")
q(BW, "For yew bows, effect of backing on breakage_three_years", "cate", "backing", "breakage_three_years", at={"wood": "yew"})
q(BW, "How does the heat treatment effect on set vary with bow length?", "cate", "heat_treated", "set")
q(BW, "At 68 inches long, does heat treatment raise `arrow_speed`?", "cate", "heat_treated", "arrow_speed", at={"length": 68})
q(BW, "For bowyers with 20 years' experience, effect of tiller_hours on customer_satisfaction", "cate", "tiller_hours", "customer_satisfaction", at={"bowyer_experience": 20})
q(BW, "Which bows should be backed to minimise breakage_three_years?", "policy", "backing", "breakage_three_years")
q(BW, "Give a decision rule for when to heat-treat a stave so that buyers end up happiest.", "policy", "heat_treated", "customer_satisfaction")
q(BW, "Heat treatment reduces string follow, which then increases arrow speed. How much of heat_treated's effect on arrow_speed runs through set?", "mediation", "heat_treated", "arrow_speed", "set")
q(BW, "mediation: backing → set → breakage_three_years", "mediation", "backing", "breakage_three_years", "set")
q(BW, "Do longer tillering sessions explain why heat-treated bows satisfy customers more? I want the indirect effect of heat treatment on customer_satisfaction via tiller_hours.", "mediation", "heat_treated", "customer_satisfaction", "tiller_hours")
q(BW, "Could you learn from this bow data which features affect which, without me specifying a model?", "discover")
q(BW, "What's the median cost of an osage bow?", "unsupported")
