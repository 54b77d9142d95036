"""Word forms the suffix stripper (`text.stem`) cannot reach: irregular verbs and plurals, nouns made from a
verb, adjectives of a condition, a material or a measure. Each form maps to the word it stems as."""

from __future__ import annotations

# irregular past forms of 4+ letters (stem leaves shorter words as they are) and their verbs (not words
# that are also nouns of their own: lost/los, led, fed, met;
# nor "paid", which would make every *_paid column a synonym of income; nor the light verbs give, take and
# get, which questions use for every treatment: "giving the dose" is not booster_given)
_IRREGULAR = {f: v for v, forms in {
    "leave": "left", "buy": "bought", "sell": "sold", "spend": "spent", "keep": "kept",
    "choose": "chose chosen", "drive": "drove driven", "go": "went gone",
    "write": "wrote written", "fall": "fell fallen", "grow": "grew grown", "hold": "held", "bring": "brought",
    "teach": "taught", "send": "sent", "build": "built", "feed": "fed", "sleep": "slept", "begin": "began begun",
    "break": "broke broken", "tell": "told", "wear": "wore worn", "seek": "sought", "throw": "threw thrown",
    # "catch more waves" ~ WAVES_CAUGHT (not the verbs said of what is done with a treatment either: "ran a promo"
    # is no limitedRun, "sheets made by" no maker_yrs, "ride with flippers" no WAVES_RIDDEN; nor "won", which
    # names more than winning: "deals won" is closedWon, no winProb)
    "catch": "caught", "fly": "flew flown", "swim": "swam swum", "steal": "stole stolen",
    "freeze": "froze frozen", "hide": "hid hidden", "shake": "shook shaken", "forget": "forgot forgotten",
    "draw": "drew drawn", "blow": "blew blown", "know": "knew known", "bleed": "bled", "breed": "bred",
    "sweep": "swept", "lend": "lent", "bend": "bent", "deal": "dealt", "stand": "stood", "spin": "spun",
    "stick": "stuck", "strike": "struck", "sing": "sang sung", "drink": "drank drunk", "sink": "sank sunk",
    "tear": "tore torn", "speak": "spoke spoken", "wake": "woke woken", "dig": "dug",
    "fight": "fought", "think": "thought", "hang": "hung"}.items()
    for f in forms.split()}
# nouns made from a verb whose stem the suffix stripper cannot reach: "retention" ~ retained, "readmission" ~
# readmit_30d, "subscription" ~ subscribed (the noun maps to the verb; both sides then stem alike)
_IRREGULAR.update({f: v for v, forms in {
    "retain": "retention", "detain": "detention", "admit": "admission admissions",
    "readmit": "readmission readmissions", "submit": "submission submissions", "emit": "emission emissions",
    "transmit": "transmission", "subscribe": "subscription subscriptions", "prescribe": "prescription prescriptions",
    "survive": "survival", "arrive": "arrival arrivals", "approve": "approval approvals", "remove": "removal",
    "renew": "renewal renewals", "refuse": "refusal refusals", "reduce": "reduction reductions",
    "adhere": "adherence", "occupy": "occupancy", "injure": "injury injuries", "fail": "failure failures",
    "depart": "departure departures", "expose": "exposure exposures", "die": "death deaths died",
    # a patient group named by the adjective of its condition: "septic patients" ~ sepsis_dx
    "sepsis": "septic", "cirrhosis": "cirrhotic", "diabetes": "diabetic diabetics", "hypertension": "hypertensive",
    "obesity": "obese", "asthma": "asthmatic asthmatics", "epilepsy": "epileptic epileptics",
    "arthritis": "arthritic", "anemia": "anemic anaemic", "dementia": "demented",
    # a noun of how much of something happens, in -age: "piñatas break less" ~ breakage_after
    "break": "breakage", "spoil": "spoilage", "waste": "wastage", "shrink": "shrinkage", "leak": "leakage",
    "dose": "dosage dosages", "acre": "acreage", "use": "usage", "seep": "seepage",
    "slip": "slippage", "block": "blockage blockages", "stop": "stoppage stoppages", "percent": "percentage",
    "ad": "ads",
    # plurals the suffix stripper cannot undo: "more wolves" ~ wolfDensity, "calves weaned" ~ calf_wean_n
    "wolf": "wolves", "calf": "calves", "half": "halves", "knife": "knives", "shelf": "shelves", "wife": "wives",
    "thief": "thieves", "hoof": "hooves", "loaf": "loaves", "scarf": "scarves", "mouse": "mice", "goose": "geese",
    "tooth": "teeth", "foot": "feet", "child": "children", "woman": "women", "man": "men", "ox": "oxen",
    "louse": "lice",
    # a material named by its adjective: "wooden parks" ~ surface == wood
    "wood": "wooden", "wool": "woollen woolen", "gold": "golden", "silk": "silken", "earth": "earthen",
    # a measure named by its adjective: "planting deeper" ~ depth, "longer talks" ~ talk_length
    "depth": "deep deeper deepest", "length": "long longer longest", "width": "wide wider widest",
    "breadth": "broad broader",
    # a rating is no rate ("taste ratings" is no reorderRate7d), nor are rats a rate: the words keep their ending
    "rating": "ratings", "rate": "rates"}.items()
    for f in forms.split()})
