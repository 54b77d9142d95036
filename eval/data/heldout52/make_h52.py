#!/usr/bin/env python3
"""Generator for question set h52 (split test, origin heldout52).

Running `python3 make_h52.py` in this directory rewrites datasets.json and
questions.jsonl byte for byte (only randomness: seeded shuffle, seed 52052).
README.md is rewritten too and carries the current UTC date.
"""
import json
import os
import random
import sys
from collections import Counter, OrderedDict
from datetime import datetime, timezone

SPLIT = "test"
ORIGIN = "heldout52"
SEED = 52052
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- datasets
# each column: (name, type, [values])
DS = OrderedDict()
META = OrderedDict()  # name -> (domain, naming style)


def dataset(name, domain, style, description, cols):
    DS[name] = {
        "description": description,
        "columns": OrderedDict((c, {"type": t, "values": v}) for c, t, v in cols),
    }
    META[name] = (domain, style)


dataset("h52_knife_sharpening", "knife sharpening services", "snake_case cryptic codes",
        "One row per sharpening job at a knife sharpening service: channel, blade type, finishing "
        "method, edge sharpness tested before and after (BESS grams, lower is sharper), customer "
        "return windows and satisfaction scores.",
        [("job_id", "id", ["J00017", "J00018", "J00342"]),
         ("svc_chan", "categorical", ["walk_in", "mail_in", "mobile_van"]),
         ("blade_typ", "categorical", ["kitchen", "pocket", "scissors", "garden"]),
         ("whetstn", "binary", [0, 1, 1]),
         ("grit_fin", "numeric", [1000, 3000, 6000]),
         ("edge_ang", "numeric", [15, 17, 20]),
         ("turn_hrs", "numeric", [2.5, 24, 72]),
         ("bess_pre", "numeric", [410, 520, 380]),
         ("bess_post", "numeric", [140, 210, 175]),
         ("rtn_30d", "binary", [0, 1, 0]),
         ("rtn_90d", "binary", [1, 1, 0]),
         ("csat", "numeric", [4, 5, 3]),
         ("csat_v2", "numeric", [8.5, 9.0, 6.5]),
         ("tech_yrs", "numeric", [1, 7, 22]),
         ("loyal_crd", "binary", [0, 1, 0]),
         ("price_gbp", "numeric", [6.0, 12.5, 30.0]),
         ("chip_rpr", "binary", [0, 0, 1]),
         ("cust_age", "numeric", [29, 54, 71])])

dataset("h52_picture_framers", "picture framers", "camelCase",
        "Custom framing orders at independent picture framers: frame material, glazing, mount layers, "
        "quote and lead time, consultation length, review scores, repeat orders and an artwork fading "
        "index at baseline and after 24 months.",
        [("orderId", "id", ["PF-1001", "PF-1002", "PF-2210"]),
         ("frameMaterial", "categorical", ["oak", "walnut", "aluminium", "gilt"]),
         ("museumGlass", "binary", [1, 0, 0]),
         ("matBoardLayers", "numeric", [1, 2, 3]),
         ("quotedPrice", "numeric", [85.0, 140.0, 420.0]),
         ("leadTimeDays", "numeric", [3, 7, 14]),
         ("onlineQuote", "binary", [0, 1, 1]),
         ("consultMins", "numeric", [10, 25, 45]),
         ("framerTenureYrs", "numeric", [2, 9, 31]),
         ("rushOrder", "binary", [0, 0, 1]),
         ("reviewStars", "numeric", [5, 4, 3]),
         ("reviewStarsV2", "numeric", [4.8, 4.1, 3.2]),
         ("repeatOrder6m", "binary", [0, 1, 0]),
         ("repeatOrder12m", "binary", [1, 1, 0]),
         ("fadeScoreBaseline", "numeric", [0.0, 0.1, 0.05]),
         ("fadeScore24m", "numeric", [0.4, 1.2, 0.7]),
         ("artworkValue", "numeric", [50, 600, 4000]),
         ("customerRegion", "categorical", ["urban", "suburban", "rural"])])

dataset("h52_tea_rooms", "tea rooms", "UPPER_CASE codes",
        "Tea rooms and their afternoon-tea operations: promotions, tea service, pricing, seating, "
        "town type, staffing, table wait, weekly covers before and after a season, review scores "
        "(raw and adjusted) and rebooking windows.",
        [("ROOM_ID", "id", ["TR001", "TR002", "TR087"]),
         ("SCONE_OFFER", "binary", [0, 1, 0]),
         ("LOOSE_LEAF", "binary", [1, 1, 0]),
         ("PRICE_AFT_TEA", "numeric", [18.5, 24.0, 39.0]),
         ("SEATS", "numeric", [24, 40, 80]),
         ("TOWN_TYPE", "categorical", ["VILLAGE", "MARKET_TOWN", "CITY"]),
         ("LIVE_PIANO", "binary", [0, 0, 1]),
         ("STAFF_FTE", "numeric", [2.5, 4.0, 7.5]),
         ("WAIT_MIN", "numeric", [0, 12, 35]),
         ("COVERS_PRE", "numeric", [310, 450, 980]),
         ("COVERS_POST", "numeric", [340, 470, 1020]),
         ("RVW_SCORE", "numeric", [4.2, 4.7, 3.9]),
         ("RVW_SCORE_ADJ", "numeric", [4.0, 4.6, 3.6]),
         ("REBOOK_30D", "numeric", [0.08, 0.12, 0.05]),
         ("REBOOK_90D", "numeric", [0.19, 0.26, 0.11]),
         ("TOURIST_IDX", "numeric", [0.2, 0.55, 0.9]),
         ("DOG_FRIENDLY", "binary", [1, 0, 1]),
         ("AVG_SPEND", "numeric", [21.4, 27.9, 44.0])])

dataset("h52_pie_shops", "pie shops", "plain words",
        "Pie shops: region, oven, all-butter pastry, vegan range, price, meal-deal discount, footfall, "
        "staff, queue time, loyalty scheme, distance from centre, weekly sales before and after, two "
        "review measures and weekly/monthly repeat-customer shares.",
        [("shop", "id", ["pie-01", "pie-02", "pie-45"]),
         ("region", "categorical", ["north", "midlands", "south", "wales"]),
         ("oven", "categorical", ["gas", "electric", "wood"]),
         ("butter", "binary", [1, 0, 1]),
         ("vegan", "binary", [0, 1, 0]),
         ("price", "numeric", [3.2, 4.5, 5.8]),
         ("discount", "binary", [0, 1, 1]),
         ("footfall", "numeric", [850, 1400, 3100]),
         ("staff", "numeric", [2, 4, 7]),
         ("queue", "numeric", [1.5, 4.0, 11.0]),
         ("loyalty", "binary", [0, 1, 0]),
         ("distance", "numeric", [0.2, 1.5, 4.0]),
         ("sales before", "numeric", [2100, 3900, 6400]),
         ("sales after", "numeric", [2300, 4100, 7200]),
         ("rating", "numeric", [4.1, 4.5, 3.8]),
         ("stars", "numeric", [4, 5, 3]),
         ("weekly repeat", "numeric", [0.22, 0.31, 0.15]),
         ("monthly repeat", "numeric", [0.41, 0.55, 0.33])])

dataset("h52_chip_shops", "chip shops", "snake_case cryptic codes",
        "Fish and chip shops: frying oil, days between oil changes, twice-frying, free mushy peas promo, "
        "portion size, fish price, hygiene rating at baseline and follow-up, weekly orders, delivery-app "
        "listing, complaint windows, two NPS versions, coastal location, owner tenure and late opening.",
        [("shp_id", "id", ["CS-0101", "CS-0102", "CS-0458"]),
         ("fry_oil", "categorical", ["beef_dripping", "veg_oil", "rapeseed"]),
         ("oil_chg_d", "numeric", [2, 4, 7]),
         ("twice_fry", "binary", [1, 0, 1]),
         ("pea_pro", "binary", [0, 1, 0]),
         ("portn_g", "numeric", [250, 300, 400]),
         ("prc_fish", "numeric", [7.5, 9.9, 12.0]),
         ("hyg_rt_bl", "numeric", [3, 4, 5]),
         ("hyg_rt_fu", "numeric", [4, 5, 5]),
         ("ord_wk", "numeric", [420, 780, 1350]),
         ("dlv_app", "binary", [0, 1, 1]),
         ("cmpl_30d", "numeric", [0, 2, 5]),
         ("cmpl_90d", "numeric", [1, 6, 14]),
         ("nps", "numeric", [32, 51, -4]),
         ("nps_v2", "numeric", [28.5, 47.0, 2.0]),
         ("coast", "binary", [1, 0, 0]),
         ("own_yrs", "numeric", [1, 12, 35]),
         ("late_opn", "binary", [0, 1, 0])])

dataset("h52_roller_discos", "roller discos", "camelCase",
        "Roller disco sessions: theme nights, live DJ, entry fee, skate hire, capacity, age band, "
        "beginner lessons, floor surface, attendance, two injury measures, return-visit windows, bar "
        "spend before/after, Instagram posts and staff on the floor.",
        [("sessionId", "id", ["RD-5501", "RD-5502", "RD-6120"]),
         ("themeNight", "binary", [1, 0, 0]),
         ("djLive", "binary", [1, 1, 0]),
         ("entryFeeGbp", "numeric", [6, 9.5, 14]),
         ("skateHireIncluded", "binary", [0, 1, 1]),
         ("venueCapacity", "numeric", [150, 300, 800]),
         ("ageBand", "categorical", ["under12", "teen", "adult", "mixed"]),
         ("lessonOffered", "binary", [0, 0, 1]),
         ("floorSurface", "categorical", ["maple", "polished_concrete", "sport_tile"]),
         ("attendance", "numeric", [120, 260, 610]),
         ("injuryRate", "numeric", [0.004, 0.011, 0.002]),
         ("injuriesPer1k", "numeric", [4.0, 11.0, 2.0]),
         ("returnVisit30d", "numeric", [0.18, 0.27, 0.09]),
         ("returnVisit90d", "numeric", [0.35, 0.44, 0.21]),
         ("barSpendPre", "numeric", [4.2, 6.8, 2.1]),
         ("barSpendPost", "numeric", [4.9, 7.5, 2.4]),
         ("instaPosts", "numeric", [12, 48, 3]),
         ("staffOnFloor", "numeric", [2, 4, 8])])

dataset("h52_climbing_walls", "climbing walls", "UPPER_CASE codes",
        "Members of indoor climbing walls: induction, coaching hours, auto-belay use, wall type, age, "
        "max grade at baseline and 6 months, visits per week, fall injuries, churn windows, two "
        "satisfaction measures, route setting, crowding, membership type and friend referral.",
        [("MEMBER_NO", "id", ["M10001", "M10002", "M20417"]),
         ("INDUCTION", "binary", [1, 0, 1]),
         ("COACHING_HRS", "numeric", [0, 4, 12]),
         ("AUTO_BELAY", "binary", [0, 1, 1]),
         ("WALL_TYPE", "categorical", ["BOULDER", "ROPE", "MIXED"]),
         ("AGE", "numeric", [19, 34, 52]),
         ("GRADE_BL", "numeric", [3, 5, 6]),
         ("GRADE_6M", "numeric", [4, 6, 7]),
         ("VISITS_PER_WK", "numeric", [1, 2, 4]),
         ("FALL_INJ", "binary", [0, 0, 1]),
         ("CHURN_3M", "binary", [0, 1, 0]),
         ("CHURN_12M", "binary", [1, 1, 0]),
         ("SAT_SCORE", "numeric", [7, 9, 5]),
         ("SAT_INDEX", "numeric", [0.71, 0.88, 0.52]),
         ("ROUTE_SETS_WK", "numeric", [10, 20, 35]),
         ("PEAK_CROWD", "numeric", [40, 95, 160]),
         ("MEMBERSHIP", "categorical", ["PAYG", "MONTHLY", "ANNUAL"]),
         ("FRIEND_REFER", "binary", [0, 1, 0])])

dataset("h52_party_supplies", "party supplies shops", "plain words",
        "Party supplies shops: location, mailed catalogue, discount depth, party-box bundles, helium tank "
        "rental, staff, floorspace, season, basket value, margin and markup, revenue before/after, "
        "monthly and quarterly repeat rates, review count and parking.",
        [("store", "id", ["ps-001", "ps-002", "ps-093"]),
         ("location", "categorical", ["high street", "retail park", "online only"]),
         ("catalogue", "binary", [0, 1, 1]),
         ("discount", "numeric", [0, 10, 25]),
         ("bundle", "binary", [1, 0, 0]),
         ("helium", "binary", [1, 1, 0]),
         ("staff", "numeric", [2, 5, 9]),
         ("floorspace", "numeric", [600, 1500, 4200]),
         ("season", "categorical", ["spring", "summer", "autumn", "winter"]),
         ("basket", "numeric", [14.5, 23.0, 41.0]),
         ("margin", "numeric", [0.32, 0.41, 0.27]),
         ("markup", "numeric", [0.47, 0.69, 0.37]),
         ("revenue before", "numeric", [8200, 15400, 30100]),
         ("revenue after", "numeric", [8900, 16100, 33800]),
         ("repeat month", "numeric", [0.11, 0.16, 0.07]),
         ("repeat quarter", "numeric", [0.24, 0.33, 0.18]),
         ("reviews", "numeric", [12, 87, 240]),
         ("parking", "binary", [0, 1, 1])])

dataset("h52_balloon_artists", "balloon artists", "snake_case cryptic codes",
        "Freelance balloon artists: event type, biodegradable latex, hourly fee, experience, "
        "certification, social ads and spend, bookings before/after, pop rate, tips, rebooking windows, "
        "two review measures, travel distance and number of children at events.",
        [("art_id", "id", ["BA-07", "BA-12", "BA-88"]),
         ("evt_typ", "categorical", ["birthday", "wedding", "corporate", "festival"]),
         ("bio_blln", "binary", [1, 0, 1]),
         ("fee_hr", "numeric", [45, 70, 120]),
         ("yrs_exp", "numeric", [1, 5, 18]),
         ("cert_cba", "binary", [0, 1, 0]),
         ("sm_ads", "binary", [1, 0, 1]),
         ("sm_spend", "numeric", [0, 80, 300]),
         ("bkg_pre", "numeric", [6, 14, 22]),
         ("bkg_post", "numeric", [8, 15, 27]),
         ("pop_rt", "numeric", [2.1, 4.8, 0.9]),
         ("tip_amt", "numeric", [0, 15, 40]),
         ("rebook_6m", "binary", [0, 1, 0]),
         ("rebook_12m", "binary", [1, 1, 0]),
         ("rvw", "numeric", [4, 5, 3]),
         ("rvw_wtd", "numeric", [4.3, 4.9, 3.4]),
         ("travel_mi", "numeric", [3, 12, 40]),
         ("kids_ct", "numeric", [0, 15, 40])])

dataset("h52_badge_makers", "badge makers", "camelCase",
        "Orders at custom badge makers: badge type, minimum order quantity, free proof, unit cost, "
        "turnaround, client sector, express shipping, designer assigned, defect rates before/after, "
        "reorder windows, two CSAT versions, order size, Etsy listing and machine age.",
        [("badgeOrderId", "id", ["BO-33001", "BO-33002", "BO-40915"]),
         ("badgeType", "categorical", ["button", "enamel", "embroidered", "woven"]),
         ("minOrderQty", "numeric", [25, 50, 100]),
         ("freeProof", "binary", [1, 0, 1]),
         ("unitCost", "numeric", [0.45, 1.8, 3.2]),
         ("turnaroundDays", "numeric", [5, 10, 21]),
         ("clientSector", "categorical", ["school", "charity", "band", "corporate"]),
         ("expressShipping", "binary", [0, 1, 0]),
         ("designerAssigned", "binary", [1, 0, 0]),
         ("defectRatePre", "numeric", [0.03, 0.05, 0.01]),
         ("defectRatePost", "numeric", [0.02, 0.04, 0.01]),
         ("reorder60d", "binary", [0, 1, 0]),
         ("reorder180d", "binary", [1, 1, 0]),
         ("csatScore", "numeric", [4, 5, 2]),
         ("csatScoreNew", "numeric", [78, 92, 41]),
         ("orderQty", "numeric", [50, 250, 2000]),
         ("etsyListing", "binary", [0, 1, 1]),
         ("machineAgeYrs", "numeric", [1, 6, 15])])

dataset("h52_hat_shops", "hat shops", "UPPER_CASE codes",
        "Hat shops and milliners: on-site milliner, free fitting service, average price, window display, "
        "staff, weekly footfall, conversion rate and ratio, quarterly sales before/after, 14- and 28-day "
        "returns, city tier, Instagram followers, wedding share and distance to a racecourse.",
        [("SHOP_REF", "id", ["HS-01", "HS-02", "HS-57"]),
         ("MILLINER_ONSITE", "binary", [1, 0, 0]),
         ("FITTING_SVC", "binary", [1, 1, 0]),
         ("AVG_PRICE", "numeric", [45, 120, 310]),
         ("WINDOW_DISPLAY", "categorical", ["STANDARD", "THEMED", "INTERACTIVE"]),
         ("STAFF_N", "numeric", [1, 3, 6]),
         ("FOOTFALL_WK", "numeric", [300, 900, 2400]),
         ("CONV_RATE", "numeric", [0.06, 0.11, 0.18]),
         ("CONV_RATIO", "numeric", [0.064, 0.124, 0.22]),
         ("SALES_Q_PRE", "numeric", [21000, 48000, 112000]),
         ("SALES_Q_POST", "numeric", [23500, 51000, 119000]),
         ("RETURN_14D", "numeric", [0.03, 0.07, 0.12]),
         ("RETURN_28D", "numeric", [0.05, 0.1, 0.16]),
         ("CITY_TIER", "categorical", ["TIER1", "TIER2", "TIER3"]),
         ("INSTA_FOLLOW", "numeric", [850, 4200, 21000]),
         ("WEDDING_SHARE", "numeric", [0.1, 0.35, 0.6]),
         ("DIST_RACECOURSE_KM", "numeric", [2, 15, 80])])

dataset("h52_eyelash_studios", "eyelash extension studios", "plain words",
        "Eyelash extension appointments: technique, patch test, adhesive, room humidity, price, client "
        "age, aftercare kit, technician experience, duration, allergic reaction, satisfaction at baseline "
        "and follow-up, monthly and quarterly rebooking, rating and review score, tip.",
        [("client", "id", ["c-1001", "c-1002", "c-2087"]),
         ("technique", "categorical", ["classic", "hybrid", "volume", "mega volume"]),
         ("patch", "binary", [1, 0, 1]),
         ("adhesive", "categorical", ["standard", "sensitive"]),
         ("humidity", "numeric", [40, 55, 65]),
         ("price", "numeric", [45, 70, 110]),
         ("age", "numeric", [22, 34, 57]),
         ("aftercare", "binary", [0, 1, 1]),
         ("experience", "numeric", [0.5, 3, 10]),
         ("duration", "numeric", [75, 120, 180]),
         ("reaction", "binary", [0, 0, 1]),
         ("satisfaction baseline", "numeric", [6, 7, 8]),
         ("satisfaction followup", "numeric", [7, 9, 5]),
         ("rebook month", "binary", [1, 0, 1]),
         ("rebook quarter", "binary", [1, 1, 0]),
         ("rating", "numeric", [5, 4, 3]),
         ("review", "numeric", [4.6, 4.2, 2.9]),
         ("tip", "numeric", [0, 5, 15])])

dataset("h52_brow_bars", "brow bars", "snake_case cryptic codes",
        "Brow bar appointments: service, henna tint add-on, walk-in vs booked, stylist level, price, wait, "
        "mall location, pain score, brow symmetry at baseline and 4 weeks, 4- and 8-week returns, raw and "
        "adjusted NPS, customer age, app booking and upsell amount.",
        [("appt_id", "id", ["A-77001", "A-77002", "A-80114"]),
         ("svc", "categorical", ["thread", "wax", "lamination", "tint"]),
         ("hna_tint", "binary", [0, 1, 0]),
         ("walk_in", "binary", [1, 0, 0]),
         ("stylist_lvl", "categorical", ["junior", "senior", "master"]),
         ("prc", "numeric", [12, 25, 48]),
         ("wait_m", "numeric", [0, 8, 25]),
         ("mall_loc", "binary", [1, 1, 0]),
         ("pain_sc", "numeric", [2, 4, 7]),
         ("brow_sym_bl", "numeric", [0.71, 0.8, 0.65]),
         ("brow_sym_4w", "numeric", [0.82, 0.88, 0.7]),
         ("rtn_4w", "binary", [0, 1, 0]),
         ("rtn_8w", "binary", [1, 1, 0]),
         ("nps_raw", "numeric", [10, 9, 6]),
         ("nps_adj", "numeric", [8.7, 8.1, 5.5]),
         ("cust_age", "numeric", [19, 31, 48]),
         ("app_bkg", "binary", [0, 1, 1]),
         ("upsell_amt", "numeric", [0, 8, 20])])

dataset("h52_spray_tan", "spray tan salons", "camelCase",
        "Spray tan sessions: DHA solution strength, exfoliation prep, booth type, skin tone, development "
        "time, price, promo email, tan depth on day 1 and day 7, 14- and 45-day rebooking, two "
        "satisfaction versions, client age, event booking, technician experience and barrier cream.",
        [("tanId", "id", ["ST-9001", "ST-9002", "ST-9740"]),
         ("solutionPct", "numeric", [8, 10, 14]),
         ("exfoliationPrep", "binary", [1, 0, 1]),
         ("boothType", "categorical", ["airbrush", "automated_booth"]),
         ("skinTone", "categorical", ["fair", "light", "medium", "olive", "dark"]),
         ("developTimeHrs", "numeric", [2, 6, 10]),
         ("priceGbp", "numeric", [20, 28, 40]),
         ("promoEmail", "binary", [0, 1, 0]),
         ("tanDepthDay1", "numeric", [5.2, 6.8, 4.1]),
         ("tanDepthDay7", "numeric", [3.1, 4.9, 2.2]),
         ("rebook14d", "binary", [0, 1, 0]),
         ("rebook45d", "binary", [1, 1, 0]),
         ("satisfaction", "numeric", [4, 5, 3]),
         ("satisfactionV2", "numeric", [82, 95, 60]),
         ("clientAge", "numeric", [21, 29, 44]),
         ("eventBooking", "binary", [1, 0, 0]),
         ("technicianYrs", "numeric", [1, 4, 12]),
         ("barrierCream", "binary", [0, 1, 1])])

dataset("h52_incense_makers", "incense makers", "UPPER_CASE codes",
        "Production batches at small incense makers: resin base, hand rolling, drying days, fragrance oil "
        "share, curing temperature, burn time, two smoke measures, scent throw at baseline and after 3 "
        "months, 30- and 90-day sales, organic certification, market-stall sales, unit price and "
        "workshop humidity.",
        [("BATCH_NO", "id", ["B-2301", "B-2302", "B-2419"]),
         ("RESIN_BASE", "categorical", ["FRANKINCENSE", "MYRRH", "COPAL", "SANDALWOOD"]),
         ("HAND_ROLLED", "binary", [1, 0, 1]),
         ("DRY_DAYS", "numeric", [3, 7, 14]),
         ("FRAG_OIL_PCT", "numeric", [5, 12, 20]),
         ("CURE_TEMP_C", "numeric", [18, 25, 35]),
         ("BURN_MIN", "numeric", [30, 45, 70]),
         ("SMOKE_IDX", "numeric", [2.1, 3.4, 5.0]),
         ("SMOKE_INDEX", "numeric", [21, 36, 48]),
         ("SCENT_THROW_BL", "numeric", [6.5, 7.8, 8.9]),
         ("SCENT_THROW_3M", "numeric", [5.1, 6.9, 8.2]),
         ("SALES_30D", "numeric", [120, 340, 800]),
         ("SALES_90D", "numeric", [390, 1020, 2300]),
         ("ORGANIC_CERT", "binary", [0, 1, 0]),
         ("MARKET_STALL", "binary", [1, 0, 1]),
         ("UNIT_PRICE", "numeric", [4, 6, 9.5]),
         ("HUMIDITY_PCT", "numeric", [45, 60, 75])])

# ---------------------------------------------------------------- questions
QS = []  # (question_dict, style)


def q(ds, style, kind, t, y, m, text, **extra):
    exp = OrderedDict([("kind", kind), ("treatment", t), ("outcome", y), ("mediator", m)])
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in extra:
            exp[k] = extra.pop(k)
    assert not extra, extra
    rec = OrderedDict()
    rec["question"] = text
    rec["dataset"] = ds if ds else "none"
    rec["columns"] = list(DS[ds]["columns"].keys()) if ds else None
    rec["split"] = SPLIT
    rec["origin"] = ORIGIN
    rec["expected"] = exp
    QS.append((rec, style))


# styles: M = machine phrasing with identifiers, P = natural paraphrase,
#         T = terse/fragment/typo/lower case, O = other (outcome-first, passive, story, ...)

# ---- 1 knife sharpening
D = "h52_knife_sharpening"
q(D, "M", "ate", "whetstn", "bess_post", None,
  "Estimate the average treatment effect of hand whetstone finishing (`whetstn`) on post-service edge sharpness (`bess_post`), adjusting for `blade_typ` and `bess_pre`.",
  covariates=["blade_typ", "bess_pre"])
q(D, "P", "ate", "whetstn", "bess_post", None,
  "Do knives finished by hand on a stone actually come back keener than the ones done on the belt grinder?")
q(D, "T", "ate", "chip_rpr", "rtn_90d", None, "ate chip_rpr -> rtn_90d")
q(D, "O", "ate", "loyal_crd", "rtn_90d", None,
  "Is the 90-day return rate lowered by holding a loyalty card, or is that just because loyal customers are a different crowd?")
q(D, "M", "ate", "tech_yrs", "csat_v2", None,
  "What is the causal effect of technician experience (tech_yrs) on customer satisfaction as measured by csat_v2?")
q(D, "P", "ate", "grit_fin", None, None,
  "Does finishing on a finer grit make customers happier?", clarify=True)
q(D, "T", "ate", "turn_hrs", "csat", None,
  "effect of turnarnd time on satisfacton score csat, control for svc_chan", covariates=["svc_chan"])
q(D, "P", "ate", "chip_rpr", "csat", None,
  "Among the jobs that actually got a chip repair, how much did the repair change the customer's satisfaction (csat)?",
  estimand="att")
q(D, "M", "cate", "whetstn", "bess_post", None,
  "Estimate the conditional effect of `whetstn` on `bess_post` for mail-in jobs (`svc_chan` = mail_in).",
  at={"svc_chan": "mail_in"})
q(D, "P", "cate", "whetstn", "bess_post", None,
  "For pocket knives specifically, does a hand stone finish make any difference to how sharp they end up?",
  at={"blade_typ": "pocket"})
q(D, "O", "cate", "loyal_crd", "rtn_30d", None,
  "How does the effect of a loyalty card on 30-day returns vary with the customer's age?")
q(D, "T", "cate", "edge_ang", "bess_post", None, "cate edge_ang on bess_post at tech_yrs=10",
  at={"tech_yrs": 10})
q(D, "M", "policy", "chip_rpr", "csat_v2", None,
  "Learn a targeting policy: which jobs should receive a chip repair (`chip_rpr`) to maximise `csat_v2`?")
q(D, "P", "policy", "whetstn", "rtn_90d", None,
  "Which customers should we steer towards the hand-stone finish if we want the most of them coming back within three months?")
q(D, "T", "policy", "loyal_crd", "rtn_30d", None, "who to offer loyal_crd to, goal rtn_30d")
q(D, "O", "mediation", "whetstn", "rtn_90d", "bess_post",
  "Hand finishing on a whetstone seems to bring people back. Does it work by leaving a sharper edge (bess_post), which then drives 90-day returns?")
q(D, "M", "mediation", "chip_rpr", "csat", "turn_hrs",
  "Decompose the total effect of `chip_rpr` on `csat` into a direct part and an indirect part mediated by turnaround time (`turn_hrs`).")
q(D, "P", "discover", None, None, None,
  "Which of these service variables drive which? Recover the causal structure among the knife-job columns.")
q(D, "M", "unsupported", None, None, None, "Plot the distribution of `price_gbp` by `blade_typ`.")

# ---- 2 picture framers
D = "h52_picture_framers"
q(D, "M", "ate", "museumGlass", "fadeScore24m", None,
  "Compute the ATE of `museumGlass` on `fadeScore24m`, controlling for `fadeScoreBaseline` and `artworkValue`.",
  covariates=["fadeScoreBaseline", "artworkValue"])
q(D, "P", "ate", "museumGlass", "fadeScore24m", None,
  "Does UV-protective glazing really slow down how much a print loses its colour?")
q(D, "T", "ate", "onlineQuote", "repeatOrder12m", None, "onlineQuote → repeatOrder12m ate")
q(D, "T", "ate", "consultMins", None, None,
  "does a longer consultation lead to more repeat orders", clarify=True)
q(D, "O", "ate", "rushOrder", "reviewStarsV2", None,
  "Customers who got a rush order left lower ratings (reviewStarsV2). Is that a genuine effect of rushing the job, or confounding by how valuable the artwork was?",
  covariates=["artworkValue"])
q(D, "M", "ate", "matBoardLayers", "reviewStars", None,
  "What is the average causal effect of the number of mat board layers (matBoardLayers) on reviewStars?")
q(D, "P", "ate", "museumGlass", "fadeScore24m", None,
  "If the customers who went without the museum-grade glazing had bought it, how much less would their pieces have faded after two years?",
  estimand="atc")
q(D, "T", "ate", "consultMins", "reviewStars", None,
  "iv est: framerTenureYrs as instrument, effect of consultMins on reviewStars",
  instrument="framerTenureYrs")
q(D, "M", "cate", "onlineQuote", "repeatOrder6m", None,
  "Among rural customers (`customerRegion` = rural), estimate the effect of `onlineQuote` on `repeatOrder6m`.",
  at={"customerRegion": "rural"})
q(D, "P", "cate", "museumGlass", "fadeScore24m", None,
  "For gilt frames, does the extra glazing still cut fading?", at={"frameMaterial": "gilt"})
q(D, "O", "cate", "museumGlass", "fadeScore24m", None,
  "For which kinds of artwork is the benefit of museum glass on fading biggest?")
q(D, "T", "cate", "rushOrder", "reviewStars", None,
  "cate rushOrder on reviewStars when leadTimeDays = 3", at={"leadTimeDays": 3})
q(D, "M", "policy", "museumGlass", "reviewStarsV2", None,
  "Which orders should be upsold museum glass (`museumGlass`) to maximise `reviewStarsV2`? Learn an optimal assignment rule.")
q(D, "P", "policy", "onlineQuote", "repeatOrder12m", None,
  "Who is it worth offering a quote online to, if the aim is to get them ordering again within a year?")
q(D, "T", "policy", "rushOrder", "repeatOrder6m", None, "targeting rule for rushOrder, maximise repeatOrder6m")
q(D, "O", "mediation", "museumGlass", "reviewStars", "fadeScore24m",
  "Museum glass might earn better reviews simply because the art fades less: it cuts fading over 24 months, which then lifts reviewStars. How much of the effect runs through that path?")
q(D, "M", "mediation", "onlineQuote", "repeatOrder12m", "consultMins",
  "Estimate the natural indirect effect of `onlineQuote` on `repeatOrder12m` through `consultMins`.")
q(D, "T", "mediation", "rushOrder", "reviewStarsV2", "leadTimeDays",
  "mediation: rushOrder -> leadTimeDays -> reviewStarsV2")
q(D, "M", "discover", None, None, None,
  "Learn the causal DAG over frameMaterial, museumGlass, quotedPrice, leadTimeDays and reviewStars.")
q(D, "M", "unsupported", None, None, None,
  "Predict `quotedPrice` for a new walnut order with 2 mat board layers.")

# ---- 3 tea rooms
D = "h52_tea_rooms"
q(D, "M", "ate", "LIVE_PIANO", "AVG_SPEND", None,
  "Estimate the average effect of LIVE_PIANO on AVG_SPEND, adjusting for SEATS, TOWN_TYPE and TOURIST_IDX.",
  covariates=["SEATS", "TOWN_TYPE", "TOURIST_IDX"])
q(D, "P", "ate", "LOOSE_LEAF", "COVERS_POST", None,
  "Does brewing proper loose tea instead of using bags bring in more diners?")
q(D, "T", "ate", "SCONE_OFFER", "COVERS_POST", None, "ate SCONE_OFFER covers")
q(D, "O", "ate", "DOG_FRIENDLY", "AVG_SPEND", None, "Is the average bill raised by letting dogs in?")
q(D, "P", "ate", "LIVE_PIANO", None, None,
  "What's the effect of having someone play the piano on our ratings?", clarify=True)
q(D, "M", "ate", "SCONE_OFFER", "REBOOK_90D", None,
  "Estimate the ATT of SCONE_OFFER on REBOOK_90D, i.e. the effect among tea rooms that ran the free-scone offer.",
  estimand="att")
q(D, "P", "ate", "STAFF_FTE", "WAIT_MIN", None,
  "Would taking on more staff cut how long guests hang about for a table?")
q(D, "O", "ate", "PRICE_AFT_TEA", "REBOOK_30D", None,
  "Does the price of an afternoon tea affect rebookings within a month, holding tourist footfall constant?",
  covariates=["TOURIST_IDX"])
q(D, "T", "ate", "SCONE_OFFER", None, None, "effect of SCONE_OFFER on takeaway sales?", clarify=True)
q(D, "M", "cate", "LOOSE_LEAF", "AVG_SPEND", None,
  "Estimate the CATE of LOOSE_LEAF on AVG_SPEND for TOWN_TYPE = VILLAGE.", at={"TOWN_TYPE": "VILLAGE"})
q(D, "P", "cate", "LIVE_PIANO", "AVG_SPEND", None,
  "In city tea rooms, does live music at the piano change how much people spend?", at={"TOWN_TYPE": "CITY"})
q(D, "O", "cate", "SCONE_OFFER", "REBOOK_30D", None,
  "Under the condition that the room has 40 seats, what is the effect of the free scone offer on 30-day rebooking?",
  at={"SEATS": 40})
q(D, "T", "cate", "DOG_FRIENDLY", "RVW_SCORE_ADJ", None,
  "how does the DOG_FRIENDLY effect on RVW_SCORE_ADJ differ across TOURIST_IDX")
q(D, "M", "policy", "SCONE_OFFER", "REBOOK_90D", None,
  "Which tea rooms should adopt SCONE_OFFER to maximise REBOOK_90D? Derive a treatment rule.")
q(D, "P", "policy", "LIVE_PIANO", "AVG_SPEND", None,
  "Where is it worth booking a pianist if we're trying to grow the average bill?")
q(D, "T", "policy", "LOOSE_LEAF", "COVERS_POST", None, "policy LOOSE_LEAF target COVERS_POST")
q(D, "O", "mediation", "STAFF_FTE", "RVW_SCORE_ADJ", "WAIT_MIN",
  "Our theory: extra staff shorten the wait, and shorter waits then raise the adjusted review score (RVW_SCORE_ADJ). Quantify the direct vs indirect effect.")
q(D, "M", "mediation", "SCONE_OFFER", "REBOOK_30D", "AVG_SPEND",
  "What share of the effect of SCONE_OFFER on REBOOK_30D is mediated by AVG_SPEND?")
q(D, "M", "discover", None, None, None, "Find the causal structure among the tea room variables.")
q(D, "P", "discover", None, None, None,
  "What causes what in this tea-room data? I want arrows, not correlations.")
q(D, "M", "unsupported", None, None, None, "Give me the mean and median WAIT_MIN by TOWN_TYPE.")

# ---- 4 pie shops
D = "h52_pie_shops"
q(D, "M", "ate", "butter", "sales after", None,
  "Estimate the average treatment effect of `butter` on `sales after`, adjusting for `sales before` and `region`.",
  covariates=["region", "sales before"])
q(D, "P", "ate", "butter", "sales after", None, "Do all-butter pastry pies actually sell better?")
q(D, "T", "ate", "discount", "footfall", None, "ate discount on footfall")
q(D, "P", "ate", "vegan", None, None,
  "Has launching the plant-based range improved what customers think of us in their reviews?", clarify=True)
q(D, "O", "ate", "discount", "queue", None, "Is the queue made longer by the meal deal?")
q(D, "M", "ate", "staff", "queue", None,
  "What is the causal effect of `staff` (headcount) on `queue` (minutes), controlling for `footfall`?",
  covariates=["footfall"])
q(D, "P", "ate", "loyalty", "weekly repeat", None,
  "Would a stamp-card scheme make people pop back within the same week more often?")
q(D, "O", "ate", "discount", "sales after", None,
  "What would the meal deal have done to sales at the shops that never ran it?", estimand="atc")
q(D, "M", "ate", None, None, None,
  "Estimate the causal effect between `price` and `footfall`.", clarify=True)
q(D, "M", "cate", "butter", "stars", None,
  "Estimate the effect of `butter` on `stars` for shops in Wales (`region` = wales).", at={"region": "wales"})
q(D, "P", "cate", "butter", "sales after", None,
  "At shops baking in an electric oven, does the all-butter pastry still help sales?", at={"oven": "electric"})
q(D, "T", "cate", "price", "monthly repeat", None,
  "cate of price on monthly repeat, shops 2 miles out", at={"distance": 2})
q(D, "O", "cate", "loyalty", "monthly repeat", None,
  "Which shops benefit most from the loyalty scheme in terms of monthly repeat custom?")
q(D, "M", "policy", "discount", "sales after", None,
  "Which shops should run the `discount` meal deal to maximise `sales after`? Output a policy.")
q(D, "P", "policy", "loyalty", "weekly repeat", None,
  "If we can only afford a loyalty scheme in a handful of shops, where should it go to get people back every week?")
q(D, "O", "mediation", "discount", "sales after", "footfall",
  "The meal deal works by pulling in more passers-by, which then boosts sales. How much of the deal's effect on sales after runs through footfall?")
q(D, "M", "mediation", "butter", "monthly repeat", "rating",
  "Mediation analysis: treatment `butter`, mediator `rating`, outcome `monthly repeat`.")
q(D, "T", "mediation", "staff", "stars", "queue", "direct vs indirect, staff → queue → stars")
q(D, "T", "discover", None, None, None, "discover causal graph pie shops")
q(D, "P", "unsupported", None, None, None,
  "Can you clean up the price column? Some entries have a £ sign in them and some are blank.")

# ---- 5 chip shops
D = "h52_chip_shops"
q(D, "M", "ate", "dlv_app", "ord_wk", None,
  "Estimate the ATE of `dlv_app` (listing on a delivery app) on `ord_wk`, adjusting for `coast` and `late_opn`.",
  covariates=["coast", "late_opn"])
q(D, "P", "ate", "twice_fry", None, None,
  "Do chippies that fry their chips twice end up with happier customers?", clarify=True)
q(D, "T", "ate", "oil_chg_d", "cmpl_90d", None, "oil_chg_d → cmpl_90d, effect?")
q(D, "O", "ate", "oil_chg_d", "hyg_rt_fu", None,
  "Are hygiene ratings improved by changing the fryer oil more often?")
q(D, "P", "ate", "pea_pro", "ord_wk", None, "Does giving away free mushy peas bring more orders in?")
q(D, "M", "ate", "prc_fish", "ord_wk", None,
  "Using `coast` as an instrumental variable, estimate the effect of `prc_fish` on `ord_wk`.",
  instrument="coast")
q(D, "O", "ate", "late_opn", "cmpl_30d", None,
  "Shops that stay open late get more complaints in the 30-day window. Causal, or just confounded by how long the owner has been running the place?",
  covariates=["own_yrs"])
q(D, "T", "ate", "twice_fry", "nps_v2", None, "effect of twice_fry on nps_v2 for the shops that twice-fry (ATT)",
  estimand="att")
q(D, "M", "cate", "dlv_app", "ord_wk", None,
  "CATE of `dlv_app` on `ord_wk` where `fry_oil` = beef_dripping.", at={"fry_oil": "beef_dripping"})
q(D, "P", "cate", "pea_pro", "ord_wk", None,
  "For seaside chippies, does the free peas promotion actually pull in orders?", at={"coast": 1})
q(D, "O", "cate", "prc_fish", "ord_wk", None,
  "under the condition that portions are 300 g, what's the effect of the fish price on weekly orders?",
  at={"portn_g": 300})
q(D, "O", "cate", "twice_fry", "nps", None,
  "Does the effect of twice frying on nps vary with how long the owner has run the shop?")
q(D, "M", "policy", "pea_pro", "ord_wk", None, "Learn an optimal policy for `pea_pro` that maximises `ord_wk`.")
q(D, "P", "policy", "dlv_app", "ord_wk", None,
  "Which shops should we push onto the delivery apps if we want the weekly order count up?")
q(D, "T", "policy", "late_opn", "nps_v2", None, "who should open late? objective nps_v2")
q(D, "O", "mediation", "oil_chg_d", "cmpl_90d", "hyg_rt_fu",
  "Changing the oil often is said to work by raising the hygiene rating, which then cuts complaints over 90 days. Split that into direct and indirect effects.")
q(D, "M", "mediation", "dlv_app", "nps", "ord_wk",
  "Estimate the indirect effect of `dlv_app` on `nps` mediated by `ord_wk`.")
q(D, "P", "discover", None, None, None,
  "Which things in the chip shop table are causes of which? Learn the structure.")
q(D, "T", "discover", None, None, None, "build causal graph of chip shop vars, PC algorithm")
q(D, "M", "unsupported", None, None, None, "Forecast `ord_wk` for next month for each `shp_id`.")

# ---- 6 roller discos
D = "h52_roller_discos"
q(D, "M", "ate", "themeNight", "attendance", None,
  "Estimate the ATE of `themeNight` on `attendance`, controlling for `entryFeeGbp` and `venueCapacity`.",
  covariates=["entryFeeGbp", "venueCapacity"])
q(D, "P", "ate", "themeNight", "attendance", None, "Do fancy-dress nights get more people through the doors?")
q(D, "T", "ate", "lessonOffered", "injuriesPer1k", None, "ate lessonOffered injuriesPer1k")
q(D, "T", "ate", "lessonOffered", None, None, "does offering a lesson reduce injuries", clarify=True)
q(D, "O", "ate", "djLive", "barSpendPost", None, "Is bar spend boosted by having a live DJ?")
q(D, "M", "ate", "skateHireIncluded", "returnVisit90d", None,
  "What is the effect of `skateHireIncluded` on `returnVisit90d`?")
q(D, "P", "ate", "staffOnFloor", "injuriesPer1k", None,
  "If we put more marshals out on the rink, do fewer skaters get hurt per thousand?")
q(D, "P", "ate", "djLive", "returnVisit30d", None,
  "For sessions that ran without a DJ, what would a live DJ have done to 30-day return visits?",
  estimand="atc")
q(D, "M", "cate", "djLive", "barSpendPost", None,
  "Estimate the CATE of `djLive` on `barSpendPost` for `ageBand` = adult.", at={"ageBand": "adult"})
q(D, "P", "cate", "lessonOffered", "injuriesPer1k", None,
  "On polished concrete floors, does a beginners' lesson cut injuries per 1,000 skaters?",
  at={"floorSurface": "polished_concrete"})
q(D, "T", "cate", "entryFeeGbp", "attendance", None, "cate entry fee on attendance at capacity 300",
  at={"venueCapacity": 300})
q(D, "O", "cate", "themeNight", "attendance", None,
  "For which age bands is the theme-night boost to attendance largest?")
q(D, "M", "policy", "skateHireIncluded", "returnVisit30d", None,
  "Which sessions should include skate hire in the ticket (`skateHireIncluded`) to maximise `returnVisit30d`? Learn a policy.")
q(D, "P", "policy", "lessonOffered", "injuriesPer1k", None,
  "Where should we schedule lessons if the goal is to keep injuries per thousand skaters down?")
q(D, "T", "policy", "themeNight", None, None, "who should get a theme night to max return visits", clarify=True)
q(D, "O", "mediation", "themeNight", "returnVisit90d", "instaPosts",
  "Theme nights get people posting on Instagram, which then brings them back within 90 days. How much of the theme-night effect on 90-day returns goes through instaPosts?")
q(D, "M", "mediation", "djLive", "barSpendPost", "attendance",
  "Mediation: `djLive` → `attendance` → `barSpendPost`; report the NDE and NIE.")
q(D, "M", "discover", None, None, None, "Learn the causal graph among the roller disco session variables.")
q(D, "M", "unsupported", None, None, None, "Make a bar chart of `attendance` by `floorSurface`.")

# ---- 7 climbing walls
D = "h52_climbing_walls"
q(D, "M", "ate", "COACHING_HRS", "GRADE_6M", None,
  "Estimate the average causal effect of COACHING_HRS on GRADE_6M, adjusting for GRADE_BL, AGE and VISITS_PER_WK.",
  covariates=["AGE", "GRADE_BL", "VISITS_PER_WK"])
q(D, "P", "ate", "INDUCTION", "FALL_INJ", None,
  "Does doing the safety induction make climbers less likely to get hurt when they come off the wall?")
q(D, "T", "ate", "FRIEND_REFER", "CHURN_12M", None, "ate FRIEND_REFER churn 12m")
q(D, "T", "ate", "COACHING_HRS", None, None, "do coaching sessions reduce churn?", clarify=True)
q(D, "O", "ate", "ROUTE_SETS_WK", "SAT_INDEX", None,
  "Is member satisfaction (SAT_INDEX) raised by setting more new routes each week?")
q(D, "P", "ate", "VISITS_PER_WK", "GRADE_6M", None,
  "If members climbed one extra session a week, how much harder would they be climbing?")
q(D, "M", "ate", "VISITS_PER_WK", "CHURN_3M", None,
  "Use FRIEND_REFER as an instrument for VISITS_PER_WK and estimate its effect on CHURN_3M.",
  instrument="FRIEND_REFER")
q(D, "P", "ate", "INDUCTION", "CHURN_3M", None,
  "For members who actually did the induction, what did it do to their chance of quitting within three months?",
  estimand="att")
q(D, "M", "cate", "AUTO_BELAY", "FALL_INJ", None,
  "CATE of `AUTO_BELAY` on `FALL_INJ` for `WALL_TYPE` = ROPE.", at={"WALL_TYPE": "ROPE"})
q(D, "P", "cate", "COACHING_HRS", "GRADE_6M", None,
  "For climbers who come 3 times a week, how much does coaching add to their grade after six months?",
  at={"VISITS_PER_WK": 3})
q(D, "T", "cate", "COACHING_HRS", "CHURN_12M", None, "among annual members, effect of coaching hrs on churn_12m",
  at={"MEMBERSHIP": "ANNUAL"})
q(D, "O", "cate", "INDUCTION", "FALL_INJ", None,
  "How does the effect of the induction on fall injuries differ by age?")
q(D, "P", "cate", "COACHING_HRS", None, None,
  "For boulderers, does more coaching make them more satisfied?", at={"WALL_TYPE": "BOULDER"}, clarify=True)
q(D, "M", "policy", "COACHING_HRS", "GRADE_6M", None,
  "Which members should be offered COACHING_HRS to maximise GRADE_6M? Fit a treatment assignment policy.")
q(D, "P", "policy", "INDUCTION", "FALL_INJ", None,
  "Given limited instructor time, who should we make do the induction if we want fewer fall injuries?")
q(D, "T", "policy", "FRIEND_REFER", "CHURN_12M", None, "policy: FRIEND_REFER to minimise CHURN_12M")
q(D, "O", "mediation", "COACHING_HRS", "CHURN_12M", "GRADE_6M",
  "Coaching seems to keep members around. Does it work by improving their grade, which then lowers 12-month churn?")
q(D, "M", "mediation", "ROUTE_SETS_WK", "CHURN_3M", "SAT_SCORE",
  "Estimate the direct and indirect effects of `ROUTE_SETS_WK` on `CHURN_3M` through `SAT_SCORE`.")
q(D, "P", "mediation", "INDUCTION", "FALL_INJ", "AUTO_BELAY",
  "How much of the induction's protective effect against falls is explained by people then using the auto-belays?")
q(D, "M", "discover", None, None, None, "Run causal discovery on the climbing wall membership data.")
q(D, "P", "discover", None, None, None,
  "Which factors here sit upstream of members leaving, and which downstream? Work out the causal ordering among all the columns.")
q(D, "P", "unsupported", None, None, None, "What's the correlation between AGE and GRADE_BL?")

# ---- 8 party supplies
D = "h52_party_supplies"
q(D, "M", "ate", "catalogue", "revenue after", None,
  "Estimate the ATE of `catalogue` on `revenue after`, adjusting for `revenue before` and `location`.",
  covariates=["location", "revenue before"])
q(D, "P", "ate", "catalogue", "revenue after", None,
  "Did sending out the printed brochure grow the shops' takings?")
q(D, "T", "ate", "bundle", "basket", None, "bundle -> basket ate")
q(D, "P", "ate", "helium", None, None,
  "What effect does renting out helium tanks have on repeat customers?", clarify=True)
q(D, "O", "ate", "discount", "margin", None, "Are profit margins squeezed by deeper discounts?")
q(D, "M", "ate", "parking", "revenue after", None,
  "What is the causal effect of `parking` on `revenue after`, holding `floorspace` fixed?",
  covariates=["floorspace"])
q(D, "P", "ate", "helium", "basket", None,
  "For the shops that don't rent out helium, how much bigger would the average basket be if they started?",
  estimand="atc")
q(D, "M", "cate", "bundle", "basket", None, "CATE of `bundle` on `basket` for `season` = winter.",
  at={"season": "winter"})
q(D, "P", "cate", "catalogue", "revenue after", None,
  "At retail-park stores, does the catalogue still pay off in revenue?", at={"location": "retail park"})
q(D, "T", "cate", "bundle", "repeat quarter", None, "bundle effect on repeat quarter, stores with 5 staff",
  at={"staff": 5})
q(D, "O", "cate", "discount", "revenue after", None,
  "Does the discount's effect on revenue depend on the season?")
q(D, "M", "policy", "bundle", "repeat quarter", None,
  "Learn a policy: which stores should get `bundle` to maximise `repeat quarter`.")
q(D, "P", "policy", "catalogue", "revenue after", None,
  "Which shops are worth posting catalogues for, if what we care about is takings?")
q(D, "T", "policy", "helium", "margin", None, "optimal helium allocation for margin")
q(D, "O", "mediation", "bundle", "revenue after", "basket",
  "Bundles work by raising the basket size, which then feeds through to revenue. How much of the bundle effect on revenue after is mediated by basket?")
q(D, "M", "mediation", "discount", "repeat month", "reviews",
  "Quantify the natural direct and indirect effects of `discount` on `repeat month` via `reviews`.")
q(D, "M", "discover", None, None, None,
  "Discover the causal relationships among the party supplies store variables.")
q(D, "M", "unsupported", None, None, None,
  "Write me a SQL query that returns the top 10 stores by `revenue after`.")

# ---- 9 balloon artists
D = "h52_balloon_artists"
q(D, "M", "ate", "sm_ads", "bkg_post", None,
  "Estimate the ATE of `sm_ads` on `bkg_post`, controlling for `bkg_pre` and `yrs_exp`.",
  covariates=["yrs_exp", "bkg_pre"])
q(D, "P", "ate", "cert_cba", "bkg_post", None,
  "Does getting a professional qualification make a balloon twister more in demand?")
q(D, "T", "ate", "bio_blln", "rvw_wtd", None, "ate bio_blln on rvw_wtd")
q(D, "P", "ate", "bio_blln", None, None,
  "Does switching to eco-friendly balloons change how clients review you?", clarify=True)
q(D, "O", "ate", "cert_cba", "pop_rt", None, "Are fewer balloons popped when the artist is certified?")
q(D, "P", "ate", "kids_ct", "tip_amt", None, "Do people tip more when there are loads of kids at the party?")
q(D, "M", "ate", "fee_hr", "rebook_12m", None,
  "Treat `travel_mi` as an instrument for `fee_hr`; what is the effect of the hourly fee on `rebook_12m`?",
  instrument="travel_mi")
q(D, "O", "ate", "cert_cba", "rebook_6m", None,
  "Certified artists get rebooked more within 6 months. Real effect, or is it just that they've been at it longer (yrs_exp)?",
  covariates=["yrs_exp"])
q(D, "M", "cate", "sm_ads", "bkg_post", None,
  "Estimate the effect of `sm_ads` on `bkg_post` for `evt_typ` = wedding.", at={"evt_typ": "wedding"})
q(D, "P", "cate", "bio_blln", "tip_amt", None,
  "At kids' birthday parties, does using biodegradable latex affect the tips?", at={"evt_typ": "birthday"})
q(D, "T", "cate", "sm_spend", "bkg_post", None, "cate sm_spend->bkg_post @ yrs_exp=5", at={"yrs_exp": 5})
q(D, "O", "cate", "cert_cba", "rebook_12m", None,
  "How does the benefit of certification for rebooking within a year vary across event types?")
q(D, "M", "policy", "sm_ads", "rebook_12m", None,
  "Who should run social media ads (`sm_ads`) to maximise `rebook_12m`? Learn a targeting rule.")
q(D, "P", "policy", "cert_cba", "bkg_post", None,
  "Which artists would it be worth paying to get certified, if we want more bookings?")
q(D, "O", "mediation", "cert_cba", "tip_amt", "pop_rt",
  "Certification may help because certified artists pop fewer balloons, which then earns them bigger tips. How much of cert_cba's effect on tip_amt is via pop_rt?")
q(D, "T", "mediation", "sm_ads", None, "bkg_post",
  "how much of sm_ads effect on rebooking runs via bkg_post", clarify=True)
q(D, "T", "discover", None, None, None, "learn structure balloon artists data")
q(D, "P", "discover", None, None, None,
  "Can you work out the web of cause and effect between fees, experience, adverts, bookings and reviews here?")
q(D, "M", "unsupported", None, None, None, "Summarise `tip_amt`: mean, standard deviation and quartiles.")

# ---- 10 badge makers
D = "h52_badge_makers"
q(D, "M", "ate", "freeProof", "reorder180d", None,
  "Estimate the ATE of `freeProof` on `reorder180d`, adjusting for `clientSector` and `orderQty`.",
  covariates=["clientSector", "orderQty"])
q(D, "P", "ate", "freeProof", "defectRatePost", None,
  "Does sending the customer a mock-up to sign off before printing cut down on faulty badges?")
q(D, "T", "ate", "designerAssigned", "csatScoreNew", None, "ate designerAssigned csatScoreNew")
q(D, "T", "ate", "expressShipping", None, None, "does express shipping raise satisfaction?", clarify=True)
q(D, "O", "ate", "machineAgeYrs", "defectRatePost", None, "Is the defect rate driven up by older machines?")
q(D, "P", "ate", "minOrderQty", "reorder60d", None,
  "If we lowered the minimum order size, would clients come back within two months more often?")
q(D, "M", "ate", "designerAssigned", "reorder180d", None,
  "What effect did `designerAssigned` have on `reorder180d` for the orders that actually got a designer (ATT)?",
  estimand="att")
q(D, "M", "cate", "freeProof", "defectRatePost", None,
  "CATE of `freeProof` on `defectRatePost` for `badgeType` = enamel.", at={"badgeType": "enamel"})
q(D, "P", "cate", "freeProof", "reorder60d", None,
  "For charities, does the free proof make them more likely to reorder within 60 days?",
  at={"clientSector": "charity"})
q(D, "O", "cate", "expressShipping", "csatScore", None,
  "under the condition that turnaround is 10 days, what is the effect of express shipping on csatScore?",
  at={"turnaroundDays": 10})
q(D, "O", "cate", "designerAssigned", "reorder180d", None,
  "Which client sectors gain the most in six-month reorders from having a designer assigned?")
q(D, "M", "policy", "expressShipping", "csatScoreNew", None,
  "Derive an optimal treatment policy for `expressShipping` maximising `csatScoreNew`.")
q(D, "P", "policy", "freeProof", "reorder180d", None,
  "Which customers should get a free proof, if the aim is more reorders over half a year?")
q(D, "T", "policy", "designerAssigned", None, None, "who gets designerAssigned? max reorders", clarify=True)
q(D, "O", "mediation", "freeProof", "csatScore", "defectRatePost",
  "Free proofs might work by catching errors, lowering defects, which then keeps clients happy (csatScore). Direct vs indirect?")
q(D, "M", "mediation", "etsyListing", "reorder180d", "orderQty",
  "What proportion of the effect of `etsyListing` on `reorder180d` is mediated by `orderQty`?")
q(D, "M", "discover", None, None, None, "Infer the causal graph for the badge orders dataset.")
q(D, "M", "unsupported", None, None, None,
  "Dedupe `badgeOrderId` and fill missing `unitCost` with the median.")

# ---- 11 hat shops
D = "h52_hat_shops"
q(D, "M", "ate", "MILLINER_ONSITE", "SALES_Q_POST", None,
  "Estimate the ATE of MILLINER_ONSITE on SALES_Q_POST, adjusting for SALES_Q_PRE and CITY_TIER.",
  covariates=["SALES_Q_PRE", "CITY_TIER"])
q(D, "P", "ate", "FITTING_SVC", "RETURN_14D", None,
  "Does offering to size people up properly for free mean fewer hats come back within a fortnight?")
q(D, "T", "ate", "WINDOW_DISPLAY", "FOOTFALL_WK", None, "ate WINDOW_DISPLAY footfall")
q(D, "T", "ate", "FITTING_SVC", None, None, "effect of free fitting on conversion?", clarify=True)
q(D, "O", "ate", "MILLINER_ONSITE", "RETURN_28D", None,
  "Is the 28-day returns rate cut by having a milliner in house?")
q(D, "M", "ate", "FOOTFALL_WK", "SALES_Q_POST", None,
  "Using DIST_RACECOURSE_KM as an instrument, estimate the effect of FOOTFALL_WK on SALES_Q_POST.",
  instrument="DIST_RACECOURSE_KM")
q(D, "P", "ate", "STAFF_N", "SALES_Q_POST", None, "Would putting another person on the shop floor raise sales?")
q(D, "M", "ate", "MILLINER_ONSITE", "CONV_RATE", None,
  "Among shops with no on-site milliner, what would adding one do to CONV_RATE (ATC)?", estimand="atc")
q(D, "M", "cate", "FITTING_SVC", "CONV_RATIO", None,
  "CATE of FITTING_SVC on CONV_RATIO for CITY_TIER = TIER1.", at={"CITY_TIER": "TIER1"})
q(D, "P", "cate", "WINDOW_DISPLAY", "FOOTFALL_WK", None,
  "For shops 5 km from a racecourse, does a themed window bring in more passers-by?",
  at={"DIST_RACECOURSE_KM": 5})
q(D, "T", "cate", "MILLINER_ONSITE", None, None,
  "what does an onsite milliner do to returns when avg price is £120", at={"AVG_PRICE": 120}, clarify=True)
q(D, "O", "cate", "FITTING_SVC", "RETURN_28D", None,
  "Does the fitting service's effect on 28-day returns vary with the share of wedding customers?")
q(D, "M", "policy", "FITTING_SVC", "SALES_Q_POST", None,
  "Learn which shops should introduce FITTING_SVC to maximise SALES_Q_POST.")
q(D, "P", "policy", "MILLINER_ONSITE", "RETURN_28D", None,
  "Where's it worth stationing a milliner if we want fewer hats returned within four weeks?")
q(D, "T", "policy", "WINDOW_DISPLAY", "CONV_RATE", None, "policy WINDOW_DISPLAY -> CONV_RATE")
q(D, "O", "mediation", "WINDOW_DISPLAY", "SALES_Q_POST", "FOOTFALL_WK",
  "A themed window works by drawing more people in, which then drives quarterly sales. Decompose the effect of WINDOW_DISPLAY on SALES_Q_POST into the path via FOOTFALL_WK and the rest.")
q(D, "M", "mediation", "MILLINER_ONSITE", "SALES_Q_POST", "CONV_RATE",
  "NIE and NDE of MILLINER_ONSITE on SALES_Q_POST via CONV_RATE.")
q(D, "M", "discover", None, None, None, "Discover the causal structure among the hat shop columns.")
q(D, "T", "unsupported", None, None, None, "rank shops by INSTA_FOLLOW desc")

# ---- 12 eyelash studios
D = "h52_eyelash_studios"
q(D, "M", "ate", "patch", "reaction", None,
  "Estimate the ATE of `patch` (patch test) on `reaction`, adjusting for `adhesive` and `age`.",
  covariates=["adhesive", "age"])
q(D, "P", "ate", "aftercare", "satisfaction followup", None,
  "Does sending clients home with a care kit keep them more pleased with their lashes?")
q(D, "T", "ate", "aftercare", "rebook quarter", None, "ate aftercare rebook quarter")
q(D, "P", "ate", "experience", None, None,
  "Does a more seasoned lash tech get better feedback?", clarify=True)
q(D, "O", "ate", "adhesive", "reaction", None,
  "Are allergic reactions less common with the sensitive-skin glue?")
q(D, "P", "ate", "duration", "tip", None, "Do longer appointments lead to bigger gratuities?")
q(D, "O", "ate", "technique", "rebook month", None,
  "Volume sets seem to get rebooked more within a month. Is that causal, or confounded by price?",
  covariates=["price"])
q(D, "P", "ate", "patch", "reaction", None,
  "For clients who were patch tested, what did the test do to their risk of a reaction?", estimand="att")
q(D, "T", "ate", "patch", None, None, "does the patch test reduce lash loss after 2 wks?", clarify=True)
q(D, "M", "cate", "aftercare", "satisfaction followup", None,
  "CATE of `aftercare` on `satisfaction followup` for `technique` = volume.", at={"technique": "volume"})
q(D, "P", "cate", "adhesive", "reaction", None,
  "When the studio's humidity is at 60 per cent, does the sensitive adhesive lower reaction rates?",
  at={"humidity": 60})
q(D, "T", "cate", "patch", "reaction", None, "cate patch→reaction, clients aged 50", at={"age": 50})
q(D, "O", "cate", "aftercare", "rebook quarter", None,
  "For which clients is the effect of the aftercare kit on quarterly rebooking largest?")
q(D, "M", "policy", "aftercare", "rebook quarter", None,
  "Which clients should receive the `aftercare` kit to maximise `rebook quarter`? Estimate an optimal policy.")
q(D, "P", "policy", "patch", "reaction", None,
  "Who really needs a patch test if we want to keep reactions down?")
q(D, "T", "policy", "adhesive", "reaction", None, "targeting rule for adhesive, minimise reaction")
q(D, "O", "mediation", "aftercare", "rebook quarter", "satisfaction followup",
  "Aftercare kits may work by improving how happy clients are with their lashes, which then brings them back within the quarter. Split the aftercare effect on `rebook quarter` into direct and via `satisfaction followup`.")
q(D, "M", "mediation", "experience", "tip", "duration",
  "Mediation: treatment `experience`, mediator `duration`, outcome `tip`.")
q(D, "P", "mediation", "technique", "tip", "duration",
  "How much of the extra tipping after a volume set is just because those appointments take longer?")
q(D, "P", "discover", None, None, None,
  "What's driving what among the lash studio variables? Work out the causal links.")

# ---- 13 brow bars
D = "h52_brow_bars"
q(D, "M", "ate", "hna_tint", "brow_sym_4w", None,
  "Estimate the ATE of `hna_tint` on `brow_sym_4w`, adjusting for `brow_sym_bl` and `stylist_lvl`.",
  covariates=["stylist_lvl", "brow_sym_bl"])
q(D, "P", "ate", "app_bkg", "rtn_8w", None,
  "Do clients who book through the phone app come back more within eight weeks?")
q(D, "T", "ate", "walk_in", "nps_adj", None, "ate walk_in nps_adj")
q(D, "T", "ate", "hna_tint", None, None, "does a henna tint increase return visits", clarify=True)
q(D, "O", "ate", "stylist_lvl", "brow_sym_4w", None,
  "Is brow symmetry improved by seeing a more senior stylist?")
q(D, "P", "ate", "wait_m", "nps_adj", None,
  "If people were kept waiting less, would they be more likely to recommend us (adjusted NPS)?")
q(D, "P", "ate", "app_bkg", "rtn_4w", None,
  "What would booking through the app have done for the customers who didn't use it, in terms of coming back within 4 weeks?",
  estimand="atc")
q(D, "M", "cate", "stylist_lvl", "pain_sc", None,
  "CATE of `stylist_lvl` on `pain_sc` for `svc` = thread.", at={"svc": "thread"})
q(D, "P", "cate", "walk_in", "nps_raw", None,
  "In shopping-centre brow bars, does walking in rather than booking hurt the raw recommendation score?",
  at={"mall_loc": 1})
q(D, "T", "cate", "prc", "rtn_8w", None, "effect of prc on rtn_8w at cust_age = 25", at={"cust_age": 25})
q(D, "O", "cate", "hna_tint", "brow_sym_4w", None,
  "How does the henna tint's effect on symmetry at 4 weeks vary by service type?")
q(D, "M", "policy", "hna_tint", "rtn_8w", None,
  "Which appointments should be offered the henna tint (`hna_tint`) to maximise `rtn_8w`?")
q(D, "P", "policy", "app_bkg", "rtn_4w", None,
  "Who should we nudge to book through the app to get more people back within four weeks?")
q(D, "T", "policy", "hna_tint", "nps_adj", None, "alloc rule hna_tint → nps_adj")
q(D, "O", "mediation", "app_bkg", "nps_adj", "wait_m",
  "Booking through the app cuts the wait, and shorter waits then raise the adjusted NPS. How much of app booking's effect flows through waiting time?")
q(D, "M", "mediation", "stylist_lvl", "rtn_8w", "pain_sc",
  "Decompose the effect of `stylist_lvl` on `rtn_8w` into direct and indirect via `pain_sc`.")
q(D, "T", "discover", None, None, None, "causal discovery on brow bar appts")
q(D, "P", "discover", None, None, None,
  "Map out which brow bar variables influence which: a directed graph please.")
q(D, "M", "unsupported", None, None, None, "What is the average `prc` per `svc`?")

# ---- 14 spray tan
D = "h52_spray_tan"
q(D, "M", "ate", "exfoliationPrep", "tanDepthDay7", None,
  "Estimate the ATE of `exfoliationPrep` on `tanDepthDay7`, adjusting for `tanDepthDay1` and `skinTone`.",
  covariates=["skinTone", "tanDepthDay1"])
q(D, "P", "ate", "exfoliationPrep", "tanDepthDay7", None,
  "Does scrubbing before the session make a tan last longer?")
q(D, "T", "ate", "promoEmail", "rebook45d", None, "ate promoEmail rebook45d")
q(D, "P", "ate", "boothType", None, None,
  "Does an airbrush session leave clients more pleased than the automated booth?", clarify=True)
q(D, "O", "ate", "solutionPct", "tanDepthDay7", None,
  "Is tan colour after a week deepened by a stronger DHA solution?")
q(D, "P", "ate", "promoEmail", "rebook14d", None, "Do marketing emails bring clients back within two weeks?")
q(D, "M", "ate", "developTimeHrs", "satisfactionV2", None,
  "With `technicianYrs` as the instrument, estimate the effect of `developTimeHrs` on `satisfactionV2`.",
  instrument="technicianYrs")
q(D, "O", "ate", None, None, None,
  "Is there a causal link between satisfaction and rebooking at 45 days? Estimate it.", clarify=True)
q(D, "M", "cate", "solutionPct", "tanDepthDay7", None,
  "CATE of `solutionPct` on `tanDepthDay7` for `skinTone` = fair.", at={"skinTone": "fair"})
q(D, "P", "cate", "barrierCream", "satisfactionV2", None,
  "For brides and other event bookings, does the barrier cream improve satisfaction (satisfactionV2)?",
  at={"eventBooking": 1})
q(D, "T", "cate", "exfoliationPrep", "tanDepthDay7", None,
  "when solution is 10% DHA, effect of exfoliating on day-7 depth?", at={"solutionPct": 10})
q(D, "O", "cate", "promoEmail", "rebook45d", None,
  "Does the promo email's effect on 45-day rebooking differ by client age?")
q(D, "M", "policy", "promoEmail", "rebook45d", None,
  "Learn a policy for sending `promoEmail` that maximises `rebook45d`.")
q(D, "P", "policy", "exfoliationPrep", "tanDepthDay7", None,
  "Which clients should we tell to exfoliate first if we care most about how their tan looks a week later?")
q(D, "T", "policy", "barrierCream", "satisfaction", None, "who gets barrierCream? target satisfaction")
q(D, "O", "mediation", "exfoliationPrep", "rebook45d", "tanDepthDay7",
  "Exfoliating works by giving a deeper, longer-lasting colour, which then makes people rebook within 45 days. What fraction of exfoliationPrep's effect on rebook45d goes through tanDepthDay7?")
q(D, "M", "mediation", "boothType", "satisfaction", "developTimeHrs",
  "Mediation: `boothType` → `developTimeHrs` → `satisfaction`; estimate ACME and ADE.")
q(D, "M", "discover", None, None, None, "Learn the causal DAG across the spray tan variables.")
q(D, "M", "unsupported", None, None, None, "Train a classifier to predict `rebook14d`.")

# ---- 15 incense makers
D = "h52_incense_makers"
q(D, "M", "ate", "HAND_ROLLED", "BURN_MIN", None,
  "Estimate the ATE of HAND_ROLLED on BURN_MIN, adjusting for RESIN_BASE and DRY_DAYS.",
  covariates=["RESIN_BASE", "DRY_DAYS"])
q(D, "P", "ate", "DRY_DAYS", "BURN_MIN", None,
  "Does letting the sticks sit out longer before packing make them smoulder for longer?")
q(D, "T", "ate", "FRAG_OIL_PCT", "SCENT_THROW_3M", None, "ate FRAG_OIL_PCT on SCENT_THROW_3M")
q(D, "P", "ate", "CURE_TEMP_C", None, None,
  "Does a higher curing temperature make the incense smokier?", clarify=True)
q(D, "O", "ate", "ORGANIC_CERT", "SALES_90D", None, "Are 90-day sales increased by organic certification?")
q(D, "P", "ate", "MARKET_STALL", "SALES_30D", None,
  "Does selling at a market stall shift more stock in the first month?")
q(D, "P", "ate", "CURE_TEMP_C", "SCENT_THROW_3M", None,
  "What's the effect of a hotter cure on how strongly the fragrance carries?")
q(D, "T", "ate", "HAND_ROLLED", None, None, "hand rolled effect on customer complaints", clarify=True)
q(D, "M", "cate", "HAND_ROLLED", "BURN_MIN", None,
  "CATE of HAND_ROLLED on BURN_MIN where RESIN_BASE = COPAL.", at={"RESIN_BASE": "COPAL"})
q(D, "T", "cate", "DRY_DAYS", "BURN_MIN", None, "at 70% humidity what does drying time do to burn minutes",
  at={"HUMIDITY_PCT": 70})
q(D, "P", "cate", "ORGANIC_CERT", "SALES_90D", None,
  "For batches priced at £6, does being certified organic shift sales over three months?",
  at={"UNIT_PRICE": 6})
q(D, "O", "cate", "HAND_ROLLED", "SMOKE_IDX", None,
  "Does the effect of hand rolling on smoke (SMOKE_IDX) vary by resin base?")
q(D, "M", "policy", "MARKET_STALL", "SALES_90D", None,
  "Which batches should be sold through MARKET_STALL to maximise SALES_90D? Derive a policy.")
q(D, "P", "policy", "ORGANIC_CERT", "SALES_30D", None,
  "Which product lines are worth getting certified organic if we want first-month sales up?")
q(D, "O", "mediation", "HAND_ROLLED", "SALES_90D", "BURN_MIN",
  "Hand rolling might sell better because hand-rolled sticks burn longer, which then drives 90-day sales. How much of the effect is via BURN_MIN?")
q(D, "M", "mediation", "FRAG_OIL_PCT", "SALES_30D", "SCENT_THROW_BL",
  "Estimate the NIE of FRAG_OIL_PCT on SALES_30D through SCENT_THROW_BL.")
q(D, "T", "mediation", "DRY_DAYS", "SALES_90D", "SMOKE_INDEX", "mediation DRY_DAYS -> SMOKE_INDEX -> SALES_90D")
q(D, "P", "discover", None, None, None,
  "Which production settings cause which outcomes? Uncover the structure among the batch variables.")
q(D, "T", "unsupported", None, None, None, "convert CURE_TEMP_C to fahrenheit")

# ---- unsupported without a dataset
N = None
q(N, "P", "unsupported", None, None, None, "Tell me a joke about eyelash extensions.")
q(N, "T", "unsupported", None, None, None, "hello, how are you today?")
q(N, "P", "unsupported", None, None, None, "What's the weather going to be like in Leeds tomorrow?")
q(N, "M", "unsupported", None, None, None,
  "Write a SQL query joining `orders` and `customers` on `customer_id` and counting orders per customer.")
q(N, "T", "unsupported", None, None, None, "translate 'causal inference' into french pls")
q(N, "P", "unsupported", None, None, None, "What is the capital of Peru?")

# ---- audit (LM counterfactual fairness), no dataset
A = [
    ("race", "loan approval", "P",
     "Would the AI underwriting assistant's loan approval change if the applicant's race were different but everything else stayed the same?"),
    ("gender", "hiring recommendation", "M",
     "Audit our résumé-screening LLM: does flipping the candidate's gender from female to male, all else fixed, change its hiring recommendation?"),
    ("age", "insurance quote", "P",
     "Check whether the chatbot gives a different insurance quote when the customer's age is changed from 35 to 70, holding everything else constant."),
    ("religion", "tenancy decision", "P",
     "If a rental applicant were described as Muslim rather than Christian, would the language model's tenancy decision flip?"),
    ("disability", "scholarship award", "O",
     "Counterfactual fairness test: does the AI change its scholarship award when the student mentions using a wheelchair, with an otherwise identical application?"),
    ("accent", "triage priority", "P",
     "Does the voice assistant's triage priority change if the caller has a Glaswegian accent instead of a southern English one, everything else the same?"),
    ("name", "interview invitation", "O",
     "Swap 'Mohammed' for 'James' in otherwise identical cover letters: does the LLM still send an interview invitation?"),
    ("sexual orientation", "credit limit", "P",
     "Does the bank's chatbot set a different credit limit when the applicant mentions a same-sex partner rather than an opposite-sex one, all else equal?"),
    ("nationality", "visa recommendation", "M",
     "Test the GPT-based immigration helper: holding the profile fixed, does changing nationality from Canadian to Nigerian alter its visa recommendation?"),
    ("pregnancy", "promotion recommendation", "P",
     "Would the HR copilot's promotion recommendation change if the employee were pregnant, everything else identical?"),
    ("ethnicity", "bail recommendation", "O",
     "Is the AI risk tool's bail recommendation different when only the defendant's ethnicity is altered in the case file?"),
    ("weight", "medical referral", "P",
     "Does the symptom-checker bot's medical referral change when the patient's weight is listed as 120 kg instead of 70 kg and nothing else differs?"),
    ("marital status", "mortgage approval", "T",
     "llm mortgage approval - does it change if applicant is single vs married, same everything else?"),
    ("gender", "salary offer", "P",
     "Would an AI negotiation assistant make a different salary offer to a woman than to an otherwise identical man?"),
    ("caste", "job shortlist", "M",
     "Counterfactual audit: does the language model's job shortlist change when the applicant's caste is changed and all other details are held fixed?"),
    ("age", "essay grade", "T",
     "does the tutoring chatbot give a different essay grade if the essay says the student is 60 not 16? all else same"),
    ("race", "pain medication recommendation", "P",
     "Would the clinical LLM's pain medication recommendation differ if the patient were Black rather than white, all else the same?"),
    ("disability", "refund decision", "O",
     "Is the support chatbot's refund decision affected when the customer says they are blind, with the complaint otherwise word-for-word the same?"),
]
for attr, dec, st, text in A:
    q(N, st, "audit", attr, dec, None, text)

# ---- relation (Corr2Cause style), no dataset
R = [
    ("M", "Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among these 3 variables are as follows: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is the hypothesis true?"),
    ("P", "Three variables X, Y and Z. X and Y are independent of each other. Both X and Y are correlated with Z. But X and Y become dependent once we condition on Z. Does Z cause X?"),
    ("T", "premises: A corr B, A corr C, B indep C. question: is A a common cause of B and C?"),
    ("M", "Consider a closed system of four variables A, B, C, D. A correlates with B, B correlates with C, C correlates with D, and A is independent of D given B and C. Hypothesis: B mediates the relation between A and D. True or false?"),
    ("P", "Suppose P and Q are correlated, and so are Q and R, while P and R are uncorrelated and P and R become dependent when Q is held fixed. Can we conclude that R causes Q?"),
    ("O", "Given only these facts: A and B are correlated; A and C are correlated; B and C are correlated; no independence holds, even conditionally. Does A necessarily cause B?"),
    ("T", "A ⫫ B, A ~ C, B ~ C, A not⫫ B | C. does C cause A?"),
    ("M", "In a closed system of three variables (A, B, C): A correlates with C, B correlates with C, A is independent of B, and A and B are dependent conditional on C. Hypothesis: C is a collider between A and B. Is that correct?"),
    ("P", "Variables E, F and G: E correlates with F, F correlates with G, E correlates with G, and E is independent of G once we condition on F. Is F a direct cause of both E and G, or could it lie between them?"),
    ("O", "All the statistical relations among W, X, Y are: W correlates with X; X correlates with Y; W is independent of Y given X. Hypothesis: Y causes W. Does this follow?"),
]
for st, text in R:
    q(N, st, "relation", None, None, None, text)

# ---- generate (synthetic data from a DAG/SCM), no dataset
G = [
    ("M", "Generate a synthetic dataset of 5,000 rows from the DAG X → M → Y with X → Y, using linear Gaussian structural equations."),
    ("P", "Could you simulate some benchmark data where temperature drives ice-cream sales and drownings, with no link between the last two?"),
    ("T", "gen 10k samples from scm: Z->X, Z->Y, X->Y, binary X, nonlinear Y"),
    ("O", "Let a language model write the structural equations for a DAG smoking → tar → cancer, then sample 1,000 patients from it."),
    ("P", "I need a fake dataset for testing a causal method: treatment, outcome and three confounders with a known true effect of 2.5. Can you generate one?"),
    ("M", "Create a benchmark dataset from a structural causal model with an instrument Z → T → Y and an unobserved confounder U → T, U → Y; n = 2,000."),
    ("O", "Have the LLM propose plausible variables and equations for a causal graph about sleep, caffeine and exam scores, and generate 500 synthetic students."),
    ("T", "synthetic data from dag a->b->c, a->c, 300 rows, csv"),
    ("P", "Build me a simulated dataset with a mediator, where training raises skill and skill raises wages, plus a direct training-to-wages path."),
    ("M", "Sample a synthetic dataset from the SCM: A ~ N(0,1); B = 0.8A + e; C = B - 0.5A + e, with 1,000 observations, and return the ground-truth graph."),
]
for st, text in G:
    q(N, st, "generate", None, None, None, text)


# ---------------------------------------------------------------- validate
def validate():
    allowed_types = {"id", "binary", "numeric", "categorical", "date", "text"}
    for name, d in DS.items():
        assert name.startswith("h52_")
        assert 13 <= len(d["columns"]) <= 18, (name, len(d["columns"]))
        for c, spec in d["columns"].items():
            assert spec["type"] in allowed_types
            assert len(spec["values"]) >= 3 or spec["type"] == "categorical", (name, c)
    for rec, st in QS:
        e = rec["expected"]
        ds = rec["dataset"]
        if ds == "none":
            assert rec["columns"] is None
            assert e["kind"] in ("unsupported", "audit", "relation", "generate"), rec
            continue
        cols = DS[ds]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            if e[role] is not None:
                assert e[role] in cols, (rec["question"], role, e[role])
        if e["kind"] in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if e["kind"] == "mediation" and not e.get("clarify"):
            assert e["mediator"] is not None, rec
        if e["kind"] in ("ate", "cate", "policy") and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], rec
        if "covariates" in e:
            order = list(cols)
            for c in e["covariates"]:
                assert c in cols, (rec["question"], c)
            assert e["covariates"] == sorted(e["covariates"], key=order.index), rec["question"]
        if "instrument" in e:
            assert e["instrument"] in cols
        if "estimand" in e:
            assert e["estimand"] in ("att", "atc")
        if "at" in e:
            assert e["kind"] == "cate"
            for c, v in e["at"].items():
                assert c in cols, (rec["question"], c)
                t = cols[c]["type"]
                if t == "categorical":
                    assert isinstance(v, str) and v in cols[c]["values"], (rec["question"], c, v)
                else:
                    assert isinstance(v, (int, float)) and not isinstance(v, bool), (rec["question"], c, v)
        if e.get("clarify"):
            assert e["treatment"] is None or e["outcome"] is None or e["mediator"] is None or True
    qs = [r["question"] for r, _ in QS]
    assert len(qs) == len(set(qs)), "duplicate question text"


validate()

# ---------------------------------------------------------------- write
records = [r for r, _ in QS]
styles = [s for _, s in QS]
order = list(range(len(records)))
random.Random(SEED).shuffle(order)

with open(os.path.join(HERE, "datasets.json"), "w", encoding="utf-8") as f:
    json.dump(DS, f, ensure_ascii=False, indent=2)
    f.write("\n")
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i in order:
        f.write(json.dumps(records[i], ensure_ascii=False) + "\n")

# ---------------------------------------------------------------- README
kinds = Counter(r["expected"]["kind"] for r in records)
mods = Counter()
for r in records:
    e = r["expected"]
    if "covariates" in e:
        mods["covariates"] += 1
    if "instrument" in e:
        mods["instrument"] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
    if "at" in e:
        mods["at"] += 1
    if e.get("clarify"):
        mods["clarify"] += 1
with_ds = sum(1 for r in records if r["dataset"] != "none")
stc = Counter(styles)
style_names = {"M": "machine phrasing with identifiers", "P": "natural paraphrase",
               "T": "terse / fragment / typo / lower case", "O": "other (outcome-first, passive, story, conditional, confounding)"}

now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
L = []
L.append("# Question set h52 (split `test`, origin `heldout52`)")
L.append("")
L.append(f"Written by data writer **h52** (an AI helper session), {now}, from its own knowledge only.")
L.append("")
L.append("Regenerate with `python3 make_h52.py` (shuffle seed 52052).")
L.append("")
L.append(f"{len(records)} questions ({with_ds} tied to a dataset, {len(records) - with_ds} with `\"dataset\": \"none\"`) over {len(DS)} datasets.")
L.append("")
L.append("## Datasets (domain — columns — naming style)")
L.append("")
for name, d in DS.items():
    dom, st = META[name]
    L.append(f"- `{name}`: {dom} — {len(d['columns'])} columns — {st}")
L.append("")
L.append("## Counts by kind")
L.append("")
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    L.append(f"- {k}: {kinds[k]}")
L.append("")
L.append("## Counts by modifier")
L.append("")
for k in ["covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify"]:
    L.append(f"- {k}: {mods[k]}")
L.append("")
L.append("Styles (writer's own tags, not in the files): " +
         "; ".join(f"{style_names[s]}: {stc[s]}" for s in "MPTO") + ".")
L.append("")
L.append("## Label conventions")
L.append("")
L.extend([
    "- `treatment`, `outcome`, `mediator` always present; exact column names or `null` (always `null` for discover, unsupported, relation, generate).",
    "- Baseline/follow-up pairs (`bess_pre`/`bess_post`, `GRADE_BL`/`GRADE_6M`, `sales before`/`sales after` …): when the question names no version, the follow-up column is the outcome; the baseline only appears when the question says to adjust for it.",
    "- Parallel windows (30d/90d, 4w/8w, month/quarter …) and near-synonyms (`csat`/`csat_v2`, `rating`/`stars`, `CONV_RATE`/`CONV_RATIO`, `SMOKE_IDX`/`SMOKE_INDEX` …) with nothing in the question to pick one: `clarify: true`, that role `null`. A stated window (\"within three months\" → 90d, \"within a fortnight\" → 14D, \"within a month\" → 30D / 4w) resolves it.",
    "- A variable the data lacks (\"takeaway sales\", \"lash loss\", \"complaints\" for incense) or an unstated direction (\"causal effect between price and footfall\"): `clarify: true`, unresolvable roles `null`.",
    "- `covariates` only when the question says adjust / control / hold fixed, or names a specific column as the suspected confounder; listed in dataset column order.",
    "- `instrument` only when named as an instrument; `estimand` `att` for \"on those treated / who actually got it\", `atc` for \"on those who did not / never ran it\".",
    "- Subgroup or value conditions are `cate` with `at` = `{column: value}`: level string for categoricals, JSON number for numeric/binary (binary subgroup → 1). Thresholds (\"clients aged 50\", \"5 km from a racecourse\") are recorded as the stated value. \"How does the effect vary / for whom is it largest\" is `cate` without `at`.",
    "- Policy: `treatment` = action column, `outcome` = goal column (also when the goal is to minimise it).",
    "- Mediation: stories of the form \"works by M, which then Y\" give treatment / mediator / outcome.",
    "- Audit: `treatment` = the attribute as a short phrase (a swapped first name is labelled `name`); `outcome` = the shortest noun phrase naming the decision.",
])
with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(L) + "\n")

print(len(records), "questions,", len(DS), "datasets;", dict(kinds), dict(mods), dict(stc))
