#!/usr/bin/env python3
"""Generator for the h28 held-out question set. Writes outputs next to this file."""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "test"
ORIGIN = "heldout28"
SEED = 28028

N, B, C, I, D, T = "numeric", "binary", "categorical", "id", "date", "text"

DATASETS = {
    "h28_ice_hotels": ("Seasonal ice hotels / igloo resorts in the Arctic: amenities, prices, occupancy before and after a season of changes, reviews and repeat bookings.", [
        ("resortId", I, ["IG-001", "IG-002", "IG-003"]),
        ("country", C, ["Finland", "Sweden", "Norway", "Canada"]),
        ("roomCount", N, [24, 60, 112]),
        ("heatedFloors", B, [0, 1, 1]),
        ("snowArtistCommissioned", B, [1, 0, 1]),
        ("avgNightlyRateEur", N, [310, 455, 620]),
        ("guestSatisfaction", N, [7.8, 8.4, 6.9]),
        ("guestSatisfactionV2", N, [78, 86, 71]),
        ("occupancyPre", N, [0.61, 0.72, 0.55]),
        ("occupancyPost", N, [0.66, 0.81, 0.58]),
        ("auroraTourOffered", B, [1, 0, 1]),
        ("reviewScore30d", N, [4.3, 4.7, 3.9]),
        ("reviewScore90d", N, [4.4, 4.6, 4.0]),
        ("meltDaysPerSeason", N, [3, 11, 7]),
        ("avgTempC", N, [-18.5, -9.0, -14.2]),
        ("repeatBookings12m", N, [14, 40, 22]),
        ("thermalSuitProvided", B, [0, 1, 0]),
        ("bookingLeadDays", N, [45, 120, 88]),
    ]),
    "h28_windmills": ("Historic grain-milling windmills: restoration status, sails, wind, milling output before and after restoration, flour quality and heritage visitors.", [
        ("mill id", I, ["WM-0101", "WM-0102", "WM-0103"]),
        ("region", C, ["Holland", "Norfolk", "Flanders", "Friesland"]),
        ("restored", B, [1, 0, 1]),
        ("sail type", C, ["common", "spring", "patent"]),
        ("sail count", N, [4, 5, 6]),
        ("wind speed", N, [14.5, 22.0, 31.2]),
        ("millers on staff", N, [1, 2, 3]),
        ("grain milled before", N, [38.0, 52.5, 12.0]),
        ("grain milled after", N, [44.1, 60.3, 11.4]),
        ("flour quality", N, [6.5, 8.1, 7.2]),
        ("flour grade", N, [2, 1, 3]),
        ("heritage grant", B, [0, 1, 1]),
        ("visitor count", N, [1200, 5400, 830]),
        ("tour guides", B, [1, 0, 1]),
        ("stone dressing frequency", N, [2, 4, 6]),
        ("age", N, [180, 245, 312]),
        ("downtime days", N, [12, 40, 25]),
        ("survey date", D, ["2023-05-14", "2023-06-02", "2023-07-19"]),
    ]),
    "h28_lemur_reserves": ("Lemur reserves in Madagascar: ranger patrols, community education, forest cover and lemur density at baseline and five years on, births, poaching incidents and funding.", [
        ("rsv_id", I, ["LR-07", "LR-12", "LR-31"]),
        ("rgn", C, ["north", "south", "east", "west"]),
        ("ha_forest", N, [850, 4300, 12000]),
        ("rng_patrol", B, [1, 0, 1]),
        ("n_rngr", N, [0, 6, 14]),
        ("fcov_bl", N, [0.71, 0.58, 0.83]),
        ("fcov_5y", N, [0.69, 0.49, 0.84]),
        ("lem_dens_bl", N, [22.4, 15.1, 30.8]),
        ("lem_dens_5y", N, [24.0, 11.7, 33.2]),
        ("brth_rt", N, [0.31, 0.22, 0.40]),
        ("brth_ratio", N, [1.08, 0.95, 1.21]),
        ("comm_ed", B, [0, 1, 1]),
        ("ecot_vis", N, [300, 2100, 7600]),
        ("poach_inc_30d", N, [0, 3, 1]),
        ("poach_inc_90d", N, [2, 9, 4]),
        ("fund_usd_k", N, [45, 180, 420]),
        ("dist_vil_km", N, [1.5, 4.0, 12.3]),
        ("last_svy_dt", D, ["2022-09-01", "2023-03-15", "2023-10-30"]),
    ]),
    "h28_chutney_makers": ("Small-batch chutney makers: recipe, certification, label redesign, advertising, tasting scores, sales before/after and return rates.", [
        ("MAKER_ID", I, ["CH-1001", "CH-1002", "CH-1003"]),
        ("REGION", C, ["NORTH", "SOUTH", "EAST", "WEST"]),
        ("ORG_CERT", B, [1, 0, 0]),
        ("SUGAR_PCT", N, [28, 35, 44]),
        ("MANGO_SRC", C, ["LOCAL", "IMPORTED"]),
        ("VINEGAR_TYPE", C, ["MALT", "CIDER", "WHITE"]),
        ("BATCH_SZ_KG", N, [40, 120, 500]),
        ("SHELF_LIFE_D", N, [180, 270, 365]),
        ("TASTE_SCR", N, [7.1, 8.3, 6.4]),
        ("TASTE_SCR_V2", N, [71, 84, 66]),
        ("SALES_PRE", N, [1200, 5400, 800]),
        ("SALES_POST", N, [1350, 6100, 760]),
        ("RETAIL_LISTINGS", N, [3, 18, 42]),
        ("LABEL_REDESIGN", B, [0, 1, 1]),
        ("AD_SPEND_K", N, [0.5, 2.0, 7.5]),
        ("RETURN_RT_30D", N, [0.01, 0.03, 0.02]),
        ("RETURN_RT_90D", N, [0.02, 0.05, 0.04]),
        ("STAFF_N", N, [2, 5, 14]),
    ]),
    "h28_sorbet_parlours": ("Sorbet parlours in UK cities: local fruit sourcing, loyalty app, free samples, seating, daily customers before/after, tickets, Google ratings and repeat visits.", [
        ("parlourId", I, ["SP-01", "SP-02", "SP-03"]),
        ("city", C, ["London", "Brighton", "Edinburgh", "Bristol"]),
        ("fruitSourcingLocal", B, [1, 0, 1]),
        ("flavoursOffered", N, [8, 14, 22]),
        ("loyaltyApp", B, [0, 1, 0]),
        ("samplingOffered", B, [1, 1, 0]),
        ("outdoorSeating", B, [0, 1, 1]),
        ("dailyCustomersPre", N, [140, 260, 95]),
        ("dailyCustomersPost", N, [155, 290, 90]),
        ("avgTicketGbp", N, [4.2, 5.8, 6.5]),
        ("tempHighC", N, [18, 24, 31]),
        ("sugarContentG", N, [22, 28, 35]),
        ("ratingGoogle", N, [4.1, 4.6, 3.8]),
        ("ratingGoogleV2", N, [4.0, 4.7, 3.9]),
        ("repeatVisit30d", N, [0.18, 0.27, 0.12]),
        ("repeatVisit90d", N, [0.31, 0.44, 0.25]),
        ("staffCount", N, [3, 5, 8]),
        ("wasteKgPerWk", N, [6.5, 12.0, 3.2]),
    ]),
    "h28_risotto_restaurants": ("Risotto restaurants: rice variety, house-made stock, chef experience, cook times, weekly covers before/after, revenue, Yelp scores, Michelin recommendation and complaints.", [
        ("rst_id", I, ["RR-201", "RR-202", "RR-203"]),
        ("cty_tier", C, ["tier1", "tier2", "tier3"]),
        ("rice_var", C, ["arborio", "carnaroli", "vialone_nano"]),
        ("stk_hmd", B, [1, 0, 1]),
        ("chef_yrs", N, [4, 11, 23]),
        ("cook_min", N, [17, 20, 24]),
        ("covers_wk_pre", N, [310, 540, 220]),
        ("covers_wk_post", N, [335, 560, 210]),
        ("rev_k", N, [18.5, 32.0, 11.2]),
        ("yelp_scr", N, [3.9, 4.4, 4.1]),
        ("yelp_scr_adj", N, [3.7, 4.5, 4.0]),
        ("tbl_turn", N, [1.8, 2.4, 1.5]),
        ("mich_rec", B, [0, 1, 0]),
        ("wine_pair", B, [1, 0, 1]),
        ("cmp_30d", N, [2, 0, 5]),
        ("cmp_90d", N, [6, 1, 12]),
        ("price_eur", N, [16, 24, 38]),
        ("seats", N, [30, 55, 90]),
    ]),
    "h28_bubble_tea": ("Bubble-tea shops: fresh tapioca, app ordering, promotions, TikTok posting, orders per day (previous and current), wait times, ratings and loyalty churn.", [
        ("shopId", I, ["BT-5001", "BT-5002", "BT-5003"]),
        ("neighborhood", C, ["campus", "downtown", "suburb", "mall"]),
        ("tapiocaFreshDaily", B, [1, 0, 1]),
        ("sugarLevelDefault", C, ["low", "medium", "high"]),
        ("appOrdering", B, [0, 1, 1]),
        ("promoDiscountPct", N, [0, 10, 20]),
        ("ordersPerDayPrev", N, [210, 340, 150]),
        ("ordersPerDay", N, [230, 365, 140]),
        ("avgWaitMin", N, [4.5, 7.2, 11.0]),
        ("customerRating", N, [4.2, 4.6, 3.7]),
        ("customerRatingV2", N, [84, 91, 73]),
        ("churned30d", N, [0.08, 0.12, 0.05]),
        ("churned90d", N, [0.19, 0.25, 0.14]),
        ("tiktokPosts", N, [0, 6, 15]),
        ("baristaCount", N, [2, 4, 6]),
        ("menuItems", N, [18, 35, 52]),
        ("priceUsd", N, [5.25, 6.0, 6.75]),
        ("storeSqft", N, [400, 850, 1300]),
    ]),
    "h28_fondue_restaurants": ("Swiss fondue restaurants: canton, cheese blend, alpine view, live music, online booking, prices, winter and summer covers, satisfaction scores, revenue before/after.", [
        ("REST_ID", I, ["FD-11", "FD-12", "FD-13"]),
        ("CANTON", C, ["VAUD", "FRIBOURG", "VALAIS", "BERN"]),
        ("CHEESE_BLEND", C, ["MOITIE_MOITIE", "GRUYERE", "VACHERIN"]),
        ("ALPINE_VIEW", B, [1, 0, 1]),
        ("LIVE_MUSIC", B, [0, 1, 0]),
        ("ONLINE_BOOKING", B, [1, 1, 0]),
        ("PRICE_CHF", N, [29, 36, 44]),
        ("ALTITUDE_M", N, [420, 1050, 1800]),
        ("COVERS_WINTER", N, [1400, 2600, 900]),
        ("COVERS_SUMMER", N, [300, 1100, 450]),
        ("SATIS_SCR", N, [8.1, 8.8, 7.4]),
        ("SATIS_SCR_V2", N, [81, 90, 72]),
        ("WINE_LIST_N", N, [12, 40, 85]),
        ("STAFF_FTE", N, [4.5, 9.0, 15.5]),
        ("TOURIST_SHARE", N, [0.2, 0.55, 0.8]),
        ("REVENUE_PRE", N, [410000, 780000, 260000]),
        ("REVENUE_POST", N, [430000, 815000, 255000]),
        ("OPENED_DATE", D, ["1968-11-01", "1994-12-15", "2011-10-20"]),
    ]),
    "h28_falafel_stands": ("Falafel street stands: frying practice, oil changes, chickpea soaking, prices, daily sales (last year and now), hygiene ratings, queues, delivery apps and repeat customers.", [
        ("stand", I, ["F-01", "F-02", "F-03"]),
        ("district", C, ["old town", "harbour", "university", "market"]),
        ("fried fresh", B, [1, 0, 1]),
        ("oil changes per week", N, [1, 3, 5]),
        ("chickpea soak hours", N, [8, 12, 18]),
        ("price", N, [4.5, 5.0, 6.5]),
        ("daily sales last year", N, [180, 240, 95]),
        ("daily sales", N, [195, 260, 90]),
        ("hygiene rating", N, [3, 4, 5]),
        ("hygiene score", N, [72, 85, 93]),
        ("foot traffic", N, [900, 2100, 4300]),
        ("vegan menu board", B, [0, 1, 1]),
        ("queue minutes", N, [2.5, 6.0, 9.5]),
        ("delivery app", B, [1, 0, 0]),
        ("repeat customers 30 days", N, [40, 75, 22]),
        ("repeat customers 90 days", N, [95, 160, 51]),
        ("owner experience years", N, [2, 9, 20]),
        ("rainy days", N, [4, 9, 13]),
    ]),
    "h28_turnip_farms": ("Turnip farms: soil, seed variety, irrigation, nitrogen, cover crops, co-op membership, rainfall, soil pH (baseline and 3 years), clubroot, root weight and yields for 2022 and 2023.", [
        ("frm_id", I, ["TF-301", "TF-302", "TF-303"]),
        ("soil_typ", C, ["clay", "loam", "sandy", "peat"]),
        ("seed_var", C, ["purple_top", "golden_ball", "tokyo_cross"]),
        ("ha", N, [1.5, 6.0, 22.0]),
        ("irr", B, [1, 0, 1]),
        ("n_kg_ha", N, [60, 110, 150]),
        ("cov_crop", B, [0, 1, 0]),
        ("coop_mbr", B, [1, 1, 0]),
        ("rain_mm", N, [480, 620, 790]),
        ("ph_bl", N, [5.8, 6.3, 6.9]),
        ("ph_3y", N, [6.0, 6.5, 6.8]),
        ("clubroot_pct", N, [2.0, 8.5, 15.0]),
        ("root_wt_g", N, [210, 340, 410]),
        ("root_mass_g", N, [205, 352, 398]),
        ("yld_t_ha_22", N, [28.0, 41.5, 35.2]),
        ("yld_t_ha_23", N, [30.4, 44.0, 33.8]),
        ("mkt_px_t", N, [95, 120, 140]),
        ("lab_hrs", N, [300, 850, 1900]),
    ]),
    "h28_banjo_workshops": ("Banjo-building workshops in Appalachia: tone rings, wood, festival booths, online shops, apprentices, build hours, output before/after, prices, customer ratings and returns.", [
        ("Workshop", I, ["BJ-A", "BJ-B", "BJ-C"]),
        ("State", C, ["Tennessee", "Kentucky", "North Carolina", "Virginia"]),
        ("Wood", C, ["maple", "walnut", "mahogany"]),
        ("Handmade Tone Ring", B, [1, 0, 1]),
        ("Festival Booth", B, [0, 1, 1]),
        ("Online Shop", B, [1, 1, 0]),
        ("Luthier Years", N, [3, 15, 38]),
        ("Apprentices", N, [0, 1, 3]),
        ("Build Hours", N, [80, 120, 200]),
        ("Banjos Built Before", N, [12, 30, 55]),
        ("Banjos Built After", N, [14, 33, 60]),
        ("Price", N, [1400, 2800, 5200]),
        ("Customer Rating", N, [4.3, 4.8, 4.6]),
        ("Customer Score", N, [86, 95, 91]),
        ("Returns 30 Day", N, [0, 1, 2]),
        ("Returns 90 Day", N, [1, 2, 4]),
        ("Orders Backlog", N, [5, 18, 40]),
        ("Notes", T, ["family shop since 1952", "specialises in clawhammer open-backs", "moved to larger barn"]),
    ]),
    "h28_catamaran_charters": ("Catamaran charter operators: home port, fleet, skipper, solar retrofits, snorkel gear, rates, bookings before/after, reviews, cancellations, fuel, crew turnover and safety incidents.", [
        ("operatorId", I, ["CC-01", "CC-02", "CC-03"]),
        ("homePort", C, ["Split", "Mallorca", "Phuket", "Tortola", "Whitsundays"]),
        ("fleetSize", N, [3, 10, 24]),
        ("skipperIncluded", B, [1, 0, 1]),
        ("solarRetrofit", B, [0, 1, 0]),
        ("snorkelGear", B, [1, 1, 0]),
        ("avgBoatLengthFt", N, [38, 45, 52]),
        ("weeklyRateUsd", N, [4500, 7800, 12500]),
        ("bookingsPre", N, [60, 140, 310]),
        ("bookingsPost", N, [72, 150, 295]),
        ("reviewStars", N, [4.2, 4.7, 4.5]),
        ("reviewStarsV2", N, [4.1, 4.8, 4.4]),
        ("cancellations30d", N, [1, 4, 2]),
        ("cancellations90d", N, [3, 11, 6]),
        ("fuelLitersPerWk", N, [220, 480, 900]),
        ("crewTurnover", N, [0.1, 0.25, 0.4]),
        ("seasonWeeks", N, [20, 32, 48]),
        ("safetyIncidents", N, [0, 2, 5]),
    ]),
    "h28_bulldozer_rentals": ("Bulldozer rental fleets: region, maintenance plan, telematics, operator training, fleet age, utilisation before/after, downtime, rates, repair costs, customer churn, fuel and insurance claims.", [
        ("FLEET_ID", I, ["BD-9001", "BD-9002", "BD-9003"]),
        ("REGION", C, ["NE", "SE", "MW", "W"]),
        ("MAINT_PLAN", C, ["NONE", "BASIC", "PREMIUM"]),
        ("TELEMATICS", B, [1, 0, 1]),
        ("OPERATOR_TRAINING", B, [0, 1, 1]),
        ("UNITS", N, [8, 25, 70]),
        ("AVG_AGE_YRS", N, [3.5, 7.0, 12.5]),
        ("UTIL_PCT_PRE", N, [54, 66, 71]),
        ("UTIL_PCT_POST", N, [58, 69, 70]),
        ("DOWNTIME_HRS", N, [120, 310, 540]),
        ("RENTAL_RATE_DAY", N, [650, 900, 1400]),
        ("REPAIR_COST_K", N, [42, 88, 150]),
        ("REPAIR_COST_K_ADJ", N, [40, 91, 143]),
        ("CUST_CHURN_6M", N, [0.05, 0.11, 0.08]),
        ("CUST_CHURN_12M", N, [0.12, 0.22, 0.17]),
        ("FUEL_GAL_WK", N, [900, 2400, 6100]),
        ("INSURANCE_CLAIMS", N, [0, 2, 6]),
        ("CONSTRUCTION_INDEX", N, [96.5, 104.2, 111.0]),
    ]),
    "h28_observatories": ("Public astronomical observatories: ownership, light pollution (Bortle), elevation, public star nights, planetarium shows, telescopes, annual visitors at baseline and follow-up, school trips, donations, satisfaction and new memberships.", [
        ("obs_id", I, ["OB-14", "OB-15", "OB-16"]),
        ("own_typ", C, ["university", "municipal", "nonprofit"]),
        ("bortle", N, [2, 5, 8]),
        ("elev_m", N, [120, 950, 2400]),
        ("urb_dist_km", N, [3, 25, 110]),
        ("pub_nite", B, [1, 0, 1]),
        ("plan_show", B, [0, 1, 1]),
        ("tel_ap_mm", N, [200, 600, 1000]),
        ("clr_nites", N, [90, 160, 240]),
        ("edu_staff", N, [1, 4, 9]),
        ("vis_yr_bl", N, [4000, 18000, 52000]),
        ("vis_yr_fu", N, [4600, 19500, 50100]),
        ("sch_trips", N, [12, 45, 130]),
        ("don_k", N, [8, 35, 210]),
        ("sat_scr", N, [4.1, 4.5, 4.8]),
        ("sat_idx", N, [72, 81, 90]),
        ("mbr_30d", N, [5, 22, 60]),
        ("mbr_90d", N, [14, 58, 170]),
    ]),
    "h28_blood_banks": ("Blood bank donor drives: site type, incentives, SMS reminders, weekend scheduling, registrations, staffing, advertising, temperature, waits, haemoglobin, units collected (previous and current), deferrals and donor return.", [
        ("drive_id", I, ["DR-2301", "DR-2302", "DR-2303"]),
        ("site_typ", C, ["campus", "workplace", "church", "mall", "mobile_bus"]),
        ("incentive", C, ["none", "tshirt", "voucher"]),
        ("sms_remind", B, [1, 0, 1]),
        ("weekend", B, [0, 1, 0]),
        ("donors_reg", N, [45, 120, 260]),
        ("first_time_pct", N, [15, 32, 55]),
        ("staff_phleb", N, [2, 4, 7]),
        ("adv_spend", N, [0, 250, 900]),
        ("temp_f", N, [48, 72, 93]),
        ("wait_min", N, [12, 25, 48]),
        ("hb_gdl", N, [12.9, 13.8, 14.6]),
        ("units_col_prev", N, [38, 96, 210]),
        ("units_col", N, [41, 104, 198]),
        ("deferral_rt", N, [0.08, 0.12, 0.17]),
        ("deferral_pct", N, [8.1, 11.9, 16.6]),
        ("ret_6m", N, [0.22, 0.35, 0.41]),
        ("ret_12m", N, [0.38, 0.52, 0.60]),
    ]),
}

QS = []


def q(style, text, ds, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    assert not kw, kw
    QS.append({"style": style, "question": text, "dataset": ds, "expected": exp})


# styles: m = machine (identifiers in backticks/parentheses), p = paraphrase, t = terse/typo/lowercase, o = other (outcome-first, passive, story, confounding ...)

# ---------------- 1 ice hotels ----------------
d = "h28_ice_hotels"
q("m", "Estimate the average treatment effect of `heatedFloors` on `occupancyPost`, adjusting for `roomCount` and `avgNightlyRateEur`.", d, "ate", "heatedFloors", "occupancyPost", covariates=["roomCount", "avgNightlyRateEur"])
q("p", "Do igloo resorts that hand guests insulated overalls end up with more people coming back within the year?", d, "ate", "thermalSuitProvided", "repeatBookings12m")
q("t", "ate auroraTourOffered -> repeatBookings12m", d, "ate", "auroraTourOffered", "repeatBookings12m")
q("o", "Does paying a snow sculptor actually fill more rooms, or is that just because the posher resorts do both?", d, "ate", "snowArtistCommissioned", "occupancyPost")
q("p", "What's the effect of heated floors on guest satisfaction?", d, "ate", "heatedFloors", None, clarify=True)
q("m", "Is the 90-day review score (reviewScore90d) lifted by offering aurora tours (auroraTourOffered)?", d, "ate", "auroraTourOffered", "reviewScore90d")
q("t", "effect of nightly rate on bookng lead time", d, "ate", "avgNightlyRateEur", "bookingLeadDays")
q("p", "For the resorts that did kit guests out in thermal suits, how much did that raise the version-2 satisfaction score?", d, "ate", "thermalSuitProvided", "guestSatisfactionV2", estimand="att")
q("m", "How does the effect of `heatedFloors` on `occupancyPost` differ for resorts in Finland?", d, "cate", "heatedFloors", "occupancyPost", at={"country": "Finland"})
q("p", "When the average temperature sits at -15 °C, how many extra melt days do warm floors cause?", d, "cate", "heatedFloors", "meltDaysPerSeason", at={"avgTempC": -15})
q("p", "Which kinds of ice hotels gain the most return guests from northern-lights excursions?", d, "cate", "auroraTourOffered", "repeatBookings12m")
q("t", "cate thermalSuitProvided on guestSatisfaction (original scale) by roomCount", d, "cate", "thermalSuitProvided", "guestSatisfaction")
q("p", "Which resorts should put in heated floors to maximise occupancy after the change?", d, "policy", "heatedFloors", "occupancyPost")
q("m", "Build a targeting rule for offering aurora tours (`auroraTourOffered`) that maximizes `repeatBookings12m`.", d, "policy", "auroraTourOffered", "repeatBookings12m")
q("t", "who should get heated floors to improve reviews", d, "policy", "heatedFloors", None, clarify=True)
q("m", "How much of the effect of `heatedFloors` on `repeatBookings12m` is mediated by `guestSatisfactionV2`?", d, "mediation", "heatedFloors", "repeatBookings12m", "guestSatisfactionV2")
q("o", "Snow sculptures make the hotel photogenic, which raises the 90-day review score, which then fills rooms. How much of the sculptor effect on post-period occupancy flows through that review score?", d, "mediation", "snowArtistCommissioned", "occupancyPost", "reviewScore90d")
q("m", "Learn the causal graph among the columns of h28_ice_hotels.", d, "discover")
q("t", "plot occupancyPost vs avgTempC for each country", d, "unsupported")

# ---------------- 2 windmills ----------------
d = "h28_windmills"
q("m", "Estimate the ATE of `restored` on `grain milled after`, controlling for `age` and `wind speed`.", d, "ate", "restored", "grain milled after", covariates=["age", "wind speed"])
q("p", "Did receiving heritage money lead to more tonnes of corn being ground at the mills?", d, "ate", "heritage grant", "grain milled after")
q("t", "effect of guided tours on visitors", d, "ate", "tour guides", "visitor count")
q("o", "Is downtime reduced by dressing the millstones more often?", d, "ate", "stone dressing frequency", "downtime days")
q("p", "Does restoration improve the flour?", d, "ate", "restored", None, clarify=True)
q("m", "Using `heritage grant` as an instrument, estimate the effect of `restored` on `grain milled after`.", d, "ate", "restored", "grain milled after", instrument="heritage grant")
q("p", "How many extra visitors would restoration have brought to the mills that were never restored?", d, "ate", "restored", "visitor count", estimand="atc")
q("p", "Does the miller's wage affect how much grain gets milled afterwards?", d, "ate", None, "grain milled after", clarify=True)
q("t", "effect of restored on grain milled after, friesland mills only", d, "cate", "restored", "grain milled after", at={"region": "Friesland"})
q("p", "When the wind blows at 25 km/h, how much does adding sails change the amount of grain milled afterwards?", d, "cate", "sail count", "grain milled after", at={"wind speed": 25})
q("m", "For mills with patent sails (`sail type` = patent), does `restored` cut `downtime days`?", d, "cate", "restored", "downtime days", at={"sail type": "patent"})
q("p", "Where does restoration raise the flour grade the most?", d, "cate", "restored", "flour grade")
q("p", "Which mills should the trust restore next to get the most grain ground afterwards?", d, "policy", "restored", "grain milled after")
q("t", "who should get a heritage grant if the goal is visitor numbers", d, "policy", "heritage grant", "visitor count")
q("m", "Optimal treatment policy for `tour guides` to maximise `visitor count`.", d, "policy", "tour guides", "visitor count")
q("o", "Restoration helps output mostly because it cuts the days a mill stands idle, which then lets more grain through. How much of restoration's effect on post-restoration milling runs via downtime?", d, "mediation", "restored", "grain milled after", "downtime days")
q("t", "mediation: heritage grant -> restored -> visitor count", d, "mediation", "heritage grant", "visitor count", "restored")
q("p", "What drives what among these mill variables? Work out the directions of influence.", d, "discover")
q("t", "causal discovery, windmill data", d, "discover")

# ---------------- 3 lemur reserves ----------------
d = "h28_lemur_reserves"
q("m", "Estimate the effect of `rng_patrol` on `lem_dens_5y` adjusting for `lem_dens_bl`, `ha_forest` and `dist_vil_km`.", d, "ate", "rng_patrol", "lem_dens_5y", covariates=["lem_dens_bl", "ha_forest", "dist_vil_km"])
q("p", "Do ranger patrols keep the forest standing?", d, "ate", "rng_patrol", "fcov_5y")
q("t", "ate comm_ed on poach_inc_90d", d, "ate", "comm_ed", "poach_inc_90d")
q("p", "Does teaching local villages about conservation reduce poaching?", d, "ate", "comm_ed", None, clarify=True)
q("o", "Are there more lemurs five years on because of ecotourism, or is that just confounding?", d, "ate", "ecot_vis", "lem_dens_5y")
q("m", "How much does each additional ranger (n_rngr) change the 30-day poaching incident count (poach_inc_30d)?", d, "ate", "n_rngr", "poach_inc_30d")
q("t", "effect of funding in thousands usd on the birth ratio", d, "ate", "fund_usd_k", "brth_ratio")
q("p", "Among the reserves that did run patrols, what did patrolling do to tree cover after five years?", d, "ate", "rng_patrol", "fcov_5y", estimand="att")
q("m", "Effect of `rng_patrol` on `fcov_5y` in the east region (`rgn`).", d, "cate", "rng_patrol", "fcov_5y", at={"rgn": "east"})
q("p", "For reserves 5 km from the nearest village, how does community outreach change poaching over 90 days?", d, "cate", "comm_ed", "poach_inc_90d", at={"dist_vil_km": 5})
q("o", "Does the patrol effect on lemur density vary with how much forest a reserve has?", d, "cate", "rng_patrol", "lem_dens_5y")
q("o", "Under the condition that funding is 200 thousand dollars, what is the effect of community education on lemur density at five years?", d, "cate", "comm_ed", "lem_dens_5y", at={"fund_usd_k": 200})
q("p", "Which reserves should receive ranger patrols to maximise lemur numbers at five years?", d, "policy", "rng_patrol", "lem_dens_5y")
q("t", "targeting rule comm_ed to minimise poach_inc_90d", d, "policy", "comm_ed", "poach_inc_90d")
q("o", "Patrols protect lemurs by stopping forest loss, which then keeps their habitat intact. What share of the rng_patrol effect on lem_dens_5y goes through fcov_5y?", d, "mediation", "rng_patrol", "lem_dens_5y", "fcov_5y")
q("t", "direct vs indirect effect of comm_ed on lem_dens_5y via poach_inc_90d", d, "mediation", "comm_ed", "lem_dens_5y", "poach_inc_90d")
q("m", "Recover the causal graph over the lemur reserve columns.", d, "discover")
q("p", "Which of these conservation measures and outcomes cause which? I want the whole structure, not one effect.", d, "discover")
q("m", "Give me the mean and standard deviation of `ecot_vis` by `rgn`.", d, "unsupported")

# ---------------- 4 chutney makers ----------------
d = "h28_chutney_makers"
q("m", "Estimate the ATE of LABEL_REDESIGN on SALES_POST, adjusting for SALES_PRE and AD_SPEND_K.", d, "ate", "LABEL_REDESIGN", "SALES_POST", covariates=["SALES_PRE", "AD_SPEND_K"])
q("p", "Does getting certified organic get the chutney into more shops?", d, "ate", "ORG_CERT", "RETAIL_LISTINGS")
q("t", "ate sugar_pct on shelf_life_d", d, "ate", "SUGAR_PCT", "SHELF_LIFE_D")
q("p", "Does a sweeter recipe taste better according to the second-version tasting panel?", d, "ate", "SUGAR_PCT", "TASTE_SCR_V2")
q("p", "What's the impact of the new packaging design on sales?", d, "ate", "LABEL_REDESIGN", "SALES_POST")
q("o", "Is the 30-day return rate pushed down by organic certification, or are the certified makers just bigger?", d, "ate", "ORG_CERT", "RETURN_RT_30D")
q("p", "How did the label redesign affect sales for the makers who actually redesigned?", d, "ate", "LABEL_REDESIGN", "SALES_POST", estimand="att")
q("t", "ad spend effect on returns", d, "ate", "AD_SPEND_K", None, clarify=True)
q("m", "Effect of `ORG_CERT` on `SALES_POST` for makers using IMPORTED mangoes (`MANGO_SRC`).", d, "cate", "ORG_CERT", "SALES_POST", at={"MANGO_SRC": "IMPORTED"})
q("p", "At a sugar content of 40 percent, how does redesigning the label change the number of stockists?", d, "cate", "LABEL_REDESIGN", "RETAIL_LISTINGS", at={"SUGAR_PCT": 40})
q("o", "Is the label effect on sales bigger for small-batch makers than large ones?", d, "cate", "LABEL_REDESIGN", "SALES_POST")
q("t", "cate AD_SPEND_K -> SALES_POST | REGION=SOUTH", d, "cate", "AD_SPEND_K", "SALES_POST", at={"REGION": "SOUTH"})
q("p", "Which chutney makers should go for organic certification to maximise post-period sales?", d, "policy", "ORG_CERT", "SALES_POST")
q("t", "who to target with label redesigns to cut 90d returns", d, "policy", "LABEL_REDESIGN", "RETURN_RT_90D")
q("m", "Design an allocation rule for `AD_SPEND_K` that maximises `RETAIL_LISTINGS`.", d, "policy", "AD_SPEND_K", "RETAIL_LISTINGS")
q("o", "The organic badge works by winning more retail listings, which then drives sales. How much of ORG_CERT's effect on SALES_POST runs via RETAIL_LISTINGS?", d, "mediation", "ORG_CERT", "SALES_POST", "RETAIL_LISTINGS")
q("p", "Does sugar cut returns over 90 days directly, or only because the jars keep longer?", d, "mediation", "SUGAR_PCT", "RETURN_RT_90D", "SHELF_LIFE_D")
q("m", "What portion of the effect of `AD_SPEND_K` on `SALES_POST` is mediated by `RETAIL_LISTINGS`?", d, "mediation", "AD_SPEND_K", "SALES_POST", "RETAIL_LISTINGS")
q("p", "Untangle which of the chutney business factors influence which others.", d, "discover")
q("t", "clean MAKER_ID, there are dupes with trailing spaces", d, "unsupported")

# ---------------- 5 sorbet parlours ----------------
d = "h28_sorbet_parlours"
q("m", "What is the average effect of `loyaltyApp` on `repeatVisit90d`, controlling for `city` and `dailyCustomersPre`?", d, "ate", "loyaltyApp", "repeatVisit90d", covariates=["city", "dailyCustomersPre"])
q("p", "Does buying fruit from nearby growers bring in more customers each day?", d, "ate", "fruitSourcingLocal", "dailyCustomersPost")
q("t", "ate samplingOffered avgTicketGbp", d, "ate", "samplingOffered", "avgTicketGbp")
q("p", "Do free tasters make people come back more?", d, "ate", "samplingOffered", None, clarify=True)
q("o", "Is waste reduced by offering fewer flavours?", d, "ate", "flavoursOffered", "wasteKgPerWk")
q("o", "Does outdoor seating really raise the v2 Google rating (ratingGoogleV2), or is that confounding?", d, "ate", "outdoorSeating", "ratingGoogleV2")
q("t", "effect of loyalty app on daily customers for the parlours that didnt adopt it", d, "ate", "loyaltyApp", "dailyCustomersPost", estimand="atc")
q("p", "How does having tables outside change footfall when the day's high is 28°C?", d, "cate", "outdoorSeating", "dailyCustomersPost", at={"tempHighC": 28})
q("m", "Effect of `fruitSourcingLocal` on `ratingGoogle` among Edinburgh parlours.", d, "cate", "fruitSourcingLocal", "ratingGoogle", at={"city": "Edinburgh"})
q("t", "for which parlours does the loyalty app boost 30 day repeats most", d, "cate", "loyaltyApp", "repeatVisit30d")
q("m", "Effect of samplingOffered on avgTicketGbp when staffCount is 4.", d, "cate", "samplingOffered", "avgTicketGbp", at={"staffCount": 4})
q("p", "Which parlours should launch the loyalty app to maximise 90-day return visits?", d, "policy", "loyaltyApp", "repeatVisit90d")
q("p", "Who should we tell to hand out free samples if we want people to spend more per visit?", d, "policy", "samplingOffered", "avgTicketGbp")
q("o", "Local fruit seems to work through better reviews, which then pull in customers. What share of fruitSourcingLocal's effect on dailyCustomersPost goes through ratingGoogleV2?", d, "mediation", "fruitSourcingLocal", "dailyCustomersPost", "ratingGoogleV2")
q("m", "How much of the effect of `samplingOffered` on `repeatVisit90d` is direct versus via `ratingGoogle`?", d, "mediation", "samplingOffered", "repeatVisit90d", "ratingGoogle")
q("t", "how much of the loyalty app effect on repeat visits goes through avgTicketGbp", d, "mediation", "loyaltyApp", None, "avgTicketGbp", clarify=True)
q("p", "Figure out how the parlour variables influence one another.", d, "discover")
q("m", "Estimate a causal DAG for h28_sorbet_parlours.", d, "discover")
q("t", "forecast dailyCustomersPost for next summer", d, "unsupported")

# ---------------- 6 risotto restaurants ----------------
d = "h28_risotto_restaurants"
q("m", "Estimate the average treatment effect of `stk_hmd` on `yelp_scr_adj`, adjusting for `chef_yrs` and `price_eur`.", d, "ate", "stk_hmd", "yelp_scr_adj", covariates=["chef_yrs", "price_eur"])
q("p", "Does simmering your own broth bring in more diners each week?", d, "ate", "stk_hmd", "covers_wk_post")
q("t", "ate wine_pair rev_k", d, "ate", "wine_pair", "rev_k")
q("p", "Does a longer time at the stove mean fewer complaints over three months?", d, "ate", "cook_min", "cmp_90d")
q("o", "Are weekly covers affected by a Michelin recommendation once price and seat count are held fixed?", d, "ate", "mich_rec", "covers_wk_post", covariates=["price_eur", "seats"])
q("p", "What does house-made stock do to the Yelp score?", d, "ate", "stk_hmd", None, clarify=True)
q("p", "For restaurants that got a Michelin nod, how much revenue did it add?", d, "ate", "mich_rec", "rev_k", estimand="att")
q("o", "Is table turnover slower because of wine pairings, or is that confounding?", d, "ate", "wine_pair", "tbl_turn")
q("t", "effect of stk_hmd on cmp_30d for carnaroli kitchens", d, "cate", "stk_hmd", "cmp_30d", at={"rice_var": "carnaroli"})
q("p", "How does offering wine pairings change takings in tier-one cities?", d, "cate", "wine_pair", "rev_k", at={"cty_tier": "tier1"})
q("m", "Effect of chef experience (`chef_yrs`) on the adjusted Yelp score (`yelp_scr_adj`) at a price of 30 euros.", d, "cate", "chef_yrs", "yelp_scr_adj", at={"price_eur": 30})
q("p", "Whom does house-made stock help most in terms of weekly covers?", d, "cate", "stk_hmd", "covers_wk_post")
q("t", "effect of stk_hmd on complaints, arborio kitchens", d, "cate", "stk_hmd", None, at={"rice_var": "arborio"}, clarify=True)
q("p", "Which restaurants should start making their own stock to maximise weekly covers afterwards?", d, "policy", "stk_hmd", "covers_wk_post")
q("m", "Who should offer wine pairings (wine_pair) if we care about revenue (rev_k)?", d, "policy", "wine_pair", "rev_k")
q("t", "recommend cook_min policy to minimise cmp_30d", d, "policy", "cook_min", "cmp_30d")
q("o", "House stock improves the adjusted Yelp score, which then fills more tables. How much of stk_hmd's effect on covers_wk_post is mediated by yelp_scr_adj?", d, "mediation", "stk_hmd", "covers_wk_post", "yelp_scr_adj")
q("m", "Decompose the effect of `mich_rec` on `rev_k` into a direct part and an indirect part via `tbl_turn`.", d, "mediation", "mich_rec", "rev_k", "tbl_turn")
q("p", "Does an experienced chef cut 90-day complaints directly or by getting the rice out faster?", d, "mediation", "chef_yrs", "cmp_90d", "cook_min")
q("p", "Work out the web of cause and effect between the restaurant variables.", d, "discover")
q("t", "write sql returning top 10 restaurants by rev_k", d, "unsupported")

# ---------------- 7 bubble tea ----------------
d = "h28_bubble_tea"
q("m", "Estimate the ATE of `appOrdering` on `avgWaitMin` controlling for `baristaCount` and `storeSqft`.", d, "ate", "appOrdering", "avgWaitMin", covariates=["baristaCount", "storeSqft"])
q("p", "Do shops that cook their pearls fresh every morning sell more drinks?", d, "ate", "tapiocaFreshDaily", "ordersPerDay")
q("t", "ate promoDiscountPct on churned90d", d, "ate", "promoDiscountPct", "churned90d")
q("t", "does app ordering reduce churn", d, "ate", "appOrdering", None, clarify=True)
q("o", "Are the v2 customer ratings improved by fresh tapioca (tapiocaFreshDaily)?", d, "ate", "tapiocaFreshDaily", "customerRatingV2")
q("p", "How much does posting short videos on social media drive daily orders?", d, "ate", "tiktokPosts", "ordersPerDay")
q("p", "What did app ordering do to order volume at the shops that adopted it?", d, "ate", "appOrdering", "ordersPerDay", estimand="att")
q("p", "Does the in-store music volume affect daily orders?", d, "ate", None, "ordersPerDay", clarify=True)
q("t", "effect of tapiocaFreshDaily on ordersPerDay for campus shops", d, "cate", "tapiocaFreshDaily", "ordersPerDay", at={"neighborhood": "campus"})
q("p", "When the promo is 15% off, how does ordering through the app change 30-day churn?", d, "cate", "appOrdering", "churned30d", at={"promoDiscountPct": 15})
q("t", "does effect of tiktok posts on orders vary by neighborhood", d, "cate", "tiktokPosts", "ordersPerDay")
q("m", "For shops whose default sugar level is low (`sugarLevelDefault`), what's the effect of `tapiocaFreshDaily` on `customerRating`?", d, "cate", "tapiocaFreshDaily", "customerRating", at={"sugarLevelDefault": "low"})
q("p", "Which shops should roll out app ordering to cut queues the most?", d, "policy", "appOrdering", "avgWaitMin")
q("t", "targeting rule for promoDiscountPct to maximize ordersPerDay", d, "policy", "promoDiscountPct", "ordersPerDay")
q("p", "Who should be told to cook pearls fresh daily, to lift the new-version ratings?", d, "policy", "tapiocaFreshDaily", "customerRatingV2")
q("o", "App ordering cuts the queue, and shorter waits keep customers coming back. How much of appOrdering's effect on churned90d passes through avgWaitMin?", d, "mediation", "appOrdering", "churned90d", "avgWaitMin")
q("t", "mediation: tapiocaFreshDaily -> customerRatingV2 -> ordersPerDay", d, "mediation", "tapiocaFreshDaily", "ordersPerDay", "customerRatingV2")
q("t", "causal discovery on the bubble tea data pls", d, "discover")

# ---------------- 8 fondue ----------------
d = "h28_fondue_restaurants"
q("m", "Estimate the average effect of `LIVE_MUSIC` on `REVENUE_POST`, adjusting for `REVENUE_PRE`, `CANTON` and `STAFF_FTE`.", d, "ate", "LIVE_MUSIC", "REVENUE_POST", covariates=["REVENUE_PRE", "CANTON", "STAFF_FTE"])
q("p", "Does letting people reserve a table on the web bring in more diners?", d, "ate", "ONLINE_BOOKING", None, clarify=True)
q("p", "Does a view of the mountains make diners happier on the V2 satisfaction scale?", d, "ate", "ALPINE_VIEW", "SATIS_SCR_V2")
q("t", "ate ONLINE_BOOKING on COVERS_SUMMER", d, "ate", "ONLINE_BOOKING", "COVERS_SUMMER")
q("o", "Is revenue higher because of the live music, or is that just the tourist-heavy places?", d, "ate", "LIVE_MUSIC", "REVENUE_POST")
q("t", "effect of price (chf) on winter covers", d, "ate", "PRICE_CHF", "COVERS_WINTER")
q("p", "What would live music have done for the restaurants that didn't have it, on the original satisfaction score?", d, "ate", "LIVE_MUSIC", "SATIS_SCR", estimand="atc")
q("p", "Does a longer wine list increase takings?", d, "ate", "WINE_LIST_N", "REVENUE_POST")
q("m", "Effect of `ALPINE_VIEW` on `COVERS_WINTER` in VALAIS (`CANTON`).", d, "cate", "ALPINE_VIEW", "COVERS_WINTER", at={"CANTON": "VALAIS"})
q("p", "At 1500 m up, how much does online booking change the summer trade in diners?", d, "cate", "ONLINE_BOOKING", "COVERS_SUMMER", at={"ALTITUDE_M": 1500})
q("t", "live music effect on REVENUE_POST for VACHERIN places", d, "cate", "LIVE_MUSIC", "REVENUE_POST", at={"CHEESE_BLEND": "VACHERIN"})
q("o", "How does the effect of the alpine view on revenue vary with the share of tourists?", d, "cate", "ALPINE_VIEW", "REVENUE_POST")
q("t", "effect of LIVE_MUSIC on covers in BERN", d, "cate", "LIVE_MUSIC", None, at={"CANTON": "BERN"}, clarify=True)
q("p", "Which fondue restaurants should add live music to maximise revenue afterwards?", d, "policy", "LIVE_MUSIC", "REVENUE_POST")
q("m", "Allocation rule for `ONLINE_BOOKING` to maximise `COVERS_WINTER`.", d, "policy", "ONLINE_BOOKING", "COVERS_WINTER")
q("o", "An alpine view lets places charge more, and the higher prices then lift revenue. How much of ALPINE_VIEW's effect on REVENUE_POST runs through PRICE_CHF?", d, "mediation", "ALPINE_VIEW", "REVENUE_POST", "PRICE_CHF")
q("m", "Does `LIVE_MUSIC` raise `REVENUE_POST` directly or via higher `SATIS_SCR_V2`?", d, "mediation", "LIVE_MUSIC", "REVENUE_POST", "SATIS_SCR_V2")
q("p", "Which variables in the fondue data cause which others? Infer the dependency structure.", d, "discover")
q("m", "Run structure learning (a causal graph) on h28_fondue_restaurants.", d, "discover")
q("m", "Make a bar chart of `COVERS_WINTER` by `CANTON`.", d, "unsupported")

# ---------------- 9 falafel ----------------
d = "h28_falafel_stands"
q("m", "Estimate the ATE of `fried fresh` on `daily sales`, controlling for `foot traffic` and `price`.", d, "ate", "fried fresh", "daily sales", covariates=["foot traffic", "price"])
q("p", "Does swapping out the frying oil more often improve the inspector's numeric score?", d, "ate", "oil changes per week", "hygiene score")
q("t", "ate delivery app -> repeat customers 90 days", d, "ate", "delivery app", "repeat customers 90 days")
q("t", "does the delivery app help w repeat customers", d, "ate", "delivery app", None, clarify=True)
q("o", "Are queues longer because stands fry to order?", d, "ate", "fried fresh", "queue minutes")
q("p", "How much does soaking the chickpeas longer boost takings?", d, "ate", "chickpea soak hours", "daily sales")
q("p", "Did the stands that put up a plant-based menu board sell more because of it?", d, "ate", "vegan menu board", "daily sales", estimand="att")
q("t", "effect of price on repeat customers 30 days, adj for district", d, "ate", "price", "repeat customers 30 days", covariates=["district"])
q("t", "effect of fried fresh on daily sales in the harbour district", d, "cate", "fried fresh", "daily sales", at={"district": "harbour"})
q("p", "When 2000 people walk past a day, what does joining a delivery platform do to sales?", d, "cate", "delivery app", "daily sales", at={"foot traffic": 2000})
q("p", "For which stands does frying to order win the most regulars over three months?", d, "cate", "fried fresh", "repeat customers 90 days")
q("m", "Among owners with 10 years' experience (`owner experience years`), what's the effect of `oil changes per week` on `hygiene rating`?", d, "cate", "oil changes per week", "hygiene rating", at={"owner experience years": 10})
q("p", "Which falafel stands should start frying to order to maximise sales?", d, "policy", "fried fresh", "daily sales")
q("t", "who should sign up to a delivery app to get more 90 day repeat customers", d, "policy", "delivery app", "repeat customers 90 days")
q("m", "Targeting policy for `vegan menu board` to maximise `daily sales`.", d, "policy", "vegan menu board", "daily sales")
q("o", "Frying fresh makes queues longer, which then puts people off. How much of the effect of fried fresh on daily sales goes through queue minutes?", d, "mediation", "fried fresh", "daily sales", "queue minutes")
q("p", "Do more oil changes bring back customers over 90 days directly, or by improving the hygiene rating?", d, "mediation", "oil changes per week", "repeat customers 90 days", "hygiene rating")
q("m", "Learn the causal graph for the `h28_falafel_stands` table.", d, "discover")
q("p", "What's the average daily sales per district?", d, "unsupported")

# ---------------- 10 turnip farms ----------------
d = "h28_turnip_farms"
q("m", "Estimate the effect of `irr` on `yld_t_ha_23` adjusting for `yld_t_ha_22`, `soil_typ` and `rain_mm`.", d, "ate", "irr", "yld_t_ha_23", covariates=["yld_t_ha_22", "soil_typ", "rain_mm"])
q("p", "Does sowing a winter green manure make the soil less acidic over time?", d, "ate", "cov_crop", "ph_3y")
q("t", "ate n_kg_ha yld_t_ha_23", d, "ate", "n_kg_ha", "yld_t_ha_23")
q("p", "Does watering make the turnips heavier?", d, "ate", "irr", None, clarify=True)
q("o", "Is clubroot reduced by cover cropping?", d, "ate", "cov_crop", "clubroot_pct")
q("o", "Does co-op membership get farmers a better price per tonne, or is that just selection?", d, "ate", "coop_mbr", "mkt_px_t")
q("t", "impact of nitrogen on root mass", d, "ate", "n_kg_ha", "root_mass_g")
q("p", "For the farms that irrigated, how much yield did the irrigation add?", d, "ate", "irr", "yld_t_ha_23", estimand="att")
q("t", "effect of irr on yld_t_ha_23 on sandy soils", d, "cate", "irr", "yld_t_ha_23", at={"soil_typ": "sandy"})
q("p", "With 600 mm of rain in the season, what does watering do to yield?", d, "cate", "irr", "yld_t_ha_23", at={"rain_mm": 600})
q("p", "For plots of 2 ha, how does applying nitrogen change clubroot incidence?", d, "cate", "n_kg_ha", "clubroot_pct", at={"ha": 2})
q("m", "How does the effect of `cov_crop` on `yld_t_ha_23` vary across seed varieties (`seed_var`)?", d, "cate", "cov_crop", "yld_t_ha_23")
q("p", "Which farms should irrigate to maximise the 2023 harvest?", d, "policy", "irr", "yld_t_ha_23")
q("m", "Recommend who should plant cover crops (cov_crop) to minimise clubroot_pct.", d, "policy", "cov_crop", "clubroot_pct")
q("t", "which farms should irrigate to get heavier roots", d, "policy", "irr", None, clarify=True)
q("o", "Cover crops lift soil pH, which then suppresses clubroot. How much of cov_crop's effect on clubroot_pct is mediated by ph_3y?", d, "mediation", "cov_crop", "clubroot_pct", "ph_3y")
q("t", "mediation analysis irr -> root_wt_g -> yld_t_ha_23", d, "mediation", "irr", "yld_t_ha_23", "root_wt_g")
q("m", "Learn a DAG over the turnip farm variables.", d, "discover")
q("p", "Find the cause-and-effect structure linking fertiliser, rain, soil acidity and harvest in the turnip data.", d, "discover")

# ---------------- 11 banjo workshops ----------------
d = "h28_banjo_workshops"
q("m", "Estimate the ATE of `Handmade Tone Ring` on `Customer Score`, adjusting for `Luthier Years` and `Wood`.", d, "ate", "Handmade Tone Ring", "Customer Score", covariates=["Luthier Years", "Wood"])
q("p", "Does setting up a stall at bluegrass festivals grow the queue of pending orders?", d, "ate", "Festival Booth", "Orders Backlog")
q("t", "ate Online Shop on Banjos Built After", d, "ate", "Online Shop", "Banjos Built After")
q("t", "do handmade tone rings reduce returns", d, "ate", "Handmade Tone Ring", None, clarify=True)
q("p", "Does taking on trainees raise how many instruments a shop turns out?", d, "ate", "Apprentices", "Banjos Built After")
q("o", "Are 90-day returns lower when builders spend more hours on each instrument?", d, "ate", "Build Hours", "Returns 90 Day")
q("t", "effect of price on customer ratng", d, "ate", "Price", "Customer Rating")
q("m", "Effect of `Online Shop` on `Orders Backlog` for Kentucky workshops (`State`).", d, "cate", "Online Shop", "Orders Backlog", at={"State": "Kentucky"})
q("p", "For walnut banjos, what does a hand-cut tone ring do to the asking price?", d, "cate", "Handmade Tone Ring", "Price", at={"Wood": "walnut"})
q("o", "Under the condition that build hours are 120, how does a handmade tone ring change the 30-day return count?", d, "cate", "Handmade Tone Ring", "Returns 30 Day", at={"Build Hours": 120})
q("p", "Which workshops benefit most from a festival booth in terms of output afterwards?", d, "cate", "Festival Booth", "Banjos Built After")
q("p", "Which workshops should open a web store to maximise banjos built afterwards?", d, "policy", "Online Shop", "Banjos Built After")
q("t", "who should get a festival booth for biggest orders backlog", d, "policy", "Festival Booth", "Orders Backlog")
q("o", "Hand-made tone rings make banjos sound better, which earns better customer scores, which then lets makers charge more. How much of the tone ring's effect on Price goes through Customer Score?", d, "mediation", "Handmade Tone Ring", "Price", "Customer Score")
q("m", "Do `Apprentices` raise `Banjos Built After` directly or by cutting `Build Hours`?", d, "mediation", "Apprentices", "Banjos Built After", "Build Hours")
q("p", "Map out which banjo workshop factors influence which.", d, "discover")
q("t", "summarise the Price column", d, "unsupported")

# ---------------- 12 catamaran charters ----------------
d = "h28_catamaran_charters"
q("m", "What is the average treatment effect of `solarRetrofit` on `fuelLitersPerWk`, controlling for `fleetSize` and `avgBoatLengthFt`?", d, "ate", "solarRetrofit", "fuelLitersPerWk", covariates=["fleetSize", "avgBoatLengthFt"])
q("p", "Does sending a captain along with the boat cut down on accidents?", d, "ate", "skipperIncluded", "safetyIncidents")
q("t", "ate skipperIncluded bookingsPost", d, "ate", "skipperIncluded", "bookingsPost")
q("p", "Do solar-fitted cats get better reviews?", d, "ate", "solarRetrofit", None, clarify=True)
q("o", "Are 90-day cancellations pushed up by higher weekly rates?", d, "ate", "weeklyRateUsd", "cancellations90d")
q("p", "Does providing masks and fins increase bookings?", d, "ate", "snorkelGear", "bookingsPost")
q("t", "how much did the solar retrofit reduce fuel for operators who did it", d, "ate", "solarRetrofit", "fuelLitersPerWk", estimand="att")
q("m", "Using `seasonWeeks` as an instrument, estimate the effect of `crewTurnover` on `safetyIncidents`.", d, "ate", "crewTurnover", "safetyIncidents", instrument="seasonWeeks")
q("p", "Does the marina's mooring fee affect bookings?", d, "ate", None, "bookingsPost", clarify=True)
q("m", "Effect of `skipperIncluded` on `reviewStarsV2` in Phuket (`homePort`).", d, "cate", "skipperIncluded", "reviewStarsV2", at={"homePort": "Phuket"})
q("p", "For 45-foot boats, how does a solar retrofit change weekly fuel burn?", d, "cate", "solarRetrofit", "fuelLitersPerWk", at={"avgBoatLengthFt": 45})
q("o", "Under the condition that the fleet has 10 boats, what's the effect of snorkel gear on bookings?", d, "cate", "snorkelGear", "bookingsPost", at={"fleetSize": 10})
q("p", "Who gains most in bookings from including a skipper?", d, "cate", "skipperIncluded", "bookingsPost")
q("p", "Which operators should retrofit solar panels to cut fuel use the most?", d, "policy", "solarRetrofit", "fuelLitersPerWk")
q("t", "targeting rule skipperIncluded to minimise cancellations30d", d, "policy", "skipperIncluded", "cancellations30d")
q("p", "Who should we give snorkel kit to, to maximise the second-version review stars?", d, "policy", "snorkelGear", "reviewStarsV2")
q("o", "Including a skipper reduces incidents, and fewer incidents then lift bookings. What share of skipperIncluded's effect on bookingsPost goes through safetyIncidents?", d, "mediation", "skipperIncluded", "bookingsPost", "safetyIncidents")
q("t", "direct and indirect effects of crewTurnover on cancellations90d via reviewStars", d, "mediation", "crewTurnover", "cancellations90d", "reviewStars")
q("p", "Which variables in the catamaran charter table drive the others? Estimate the structure.", d, "discover")

# ---------------- 13 bulldozer rentals ----------------
d = "h28_bulldozer_rentals"
q("m", "Estimate the ATE of `TELEMATICS` on `UTIL_PCT_POST`, adjusting for `UTIL_PCT_PRE`, `UNITS` and `REGION`.", d, "ate", "TELEMATICS", "UTIL_PCT_POST", covariates=["UTIL_PCT_PRE", "UNITS", "REGION"])
q("p", "Does training the drivers cut down on insurance claims?", d, "ate", "OPERATOR_TRAINING", "INSURANCE_CLAIMS")
q("t", "ate TELEMATICS DOWNTIME_HRS", d, "ate", "TELEMATICS", "DOWNTIME_HRS")
q("p", "Does GPS tracking lower repair costs?", d, "ate", "TELEMATICS", None, clarify=True)
q("o", "Is fuel consumption cut by telematics?", d, "ate", "TELEMATICS", "FUEL_GAL_WK")
q("p", "Does an ageing fleet drive customers away within a year?", d, "ate", "AVG_AGE_YRS", "CUST_CHURN_12M")
q("m", "Using `CONSTRUCTION_INDEX` as an instrument, estimate the effect of `RENTAL_RATE_DAY` on `UTIL_PCT_POST`.", d, "ate", "RENTAL_RATE_DAY", "UTIL_PCT_POST", instrument="CONSTRUCTION_INDEX")
q("p", "What would telematics have done to downtime for the fleets that don't have it?", d, "ate", "TELEMATICS", "DOWNTIME_HRS", estimand="atc")
q("m", "Effect of `TELEMATICS` on `DOWNTIME_HRS` for fleets on the PREMIUM maintenance plan (`MAINT_PLAN`).", d, "cate", "TELEMATICS", "DOWNTIME_HRS", at={"MAINT_PLAN": "PREMIUM"})
q("p", "When the average machine is 8 years old, what's the effect of operator training on insurance claims?", d, "cate", "OPERATOR_TRAINING", "INSURANCE_CLAIMS", at={"AVG_AGE_YRS": 8})
q("t", "in the MW region how does telematics affect 6m customer churn", d, "cate", "TELEMATICS", "CUST_CHURN_6M", at={"REGION": "MW"})
q("o", "How does the telematics effect on utilization vary with fleet size?", d, "cate", "TELEMATICS", "UTIL_PCT_POST")
q("p", "Which rental fleets should install telematics to maximise utilisation afterwards?", d, "policy", "TELEMATICS", "UTIL_PCT_POST")
q("m", "Who should get `OPERATOR_TRAINING` to minimise `INSURANCE_CLAIMS`?", d, "policy", "OPERATOR_TRAINING", "INSURANCE_CLAIMS")
q("t", "allocation policy TELEMATICS to reduce CUST_CHURN_12M", d, "policy", "TELEMATICS", "CUST_CHURN_12M")
q("o", "Telematics flags faults early, which cuts downtime, which then raises utilisation. How much of TELEMATICS' effect on UTIL_PCT_POST is mediated by DOWNTIME_HRS?", d, "mediation", "TELEMATICS", "UTIL_PCT_POST", "DOWNTIME_HRS")
q("p", "Does operator training cut the inflation-adjusted repair bill directly, or through fewer insurance claims?", d, "mediation", "OPERATOR_TRAINING", "REPAIR_COST_K_ADJ", "INSURANCE_CLAIMS")
q("t", "mediation: AVG_AGE_YRS -> DOWNTIME_HRS -> CUST_CHURN_6M", d, "mediation", "AVG_AGE_YRS", "CUST_CHURN_6M", "DOWNTIME_HRS")
q("t", "find the causal graph for the bulldozer fleet data", d, "discover")
q("m", "Predict next quarter's `FUEL_GAL_WK` for each fleet.", d, "unsupported")

# ---------------- 14 observatories ----------------
d = "h28_observatories"
q("m", "Estimate the average effect of `pub_nite` on `vis_yr_fu`, adjusting for `vis_yr_bl`, `bortle` and `urb_dist_km`.", d, "ate", "pub_nite", "vis_yr_fu", covariates=["vis_yr_bl", "bortle", "urb_dist_km"])
q("p", "Does running a dome show bring in more class outings?", d, "ate", "plan_show", "sch_trips")
q("t", "ate pub_nite don_k", d, "ate", "pub_nite", "don_k")
q("p", "Do public stargazing evenings boost memberships?", d, "ate", "pub_nite", None, clarify=True)
q("o", "Are donations driven by telescope size?", d, "ate", "tel_ap_mm", "don_k")
q("m", "Does light pollution (bortle) reduce the visitor satisfaction index (sat_idx)?", d, "ate", "bortle", "sat_idx")
q("p", "For observatories that ran public nights, how many extra members did they sign up over 90 days?", d, "ate", "pub_nite", "mbr_90d", estimand="att")
q("t", "effect of edu staff on annual visitors, adj for own_typ", d, "ate", "edu_staff", "vis_yr_fu", covariates=["own_typ"])
q("m", "Quantify the causal relationship between `sat_scr` and `don_k`.", d, "ate", None, None, clarify=True)
q("t", "effect of plan_show on vis_yr_fu for municipal observatories", d, "cate", "plan_show", "vis_yr_fu", at={"own_typ": "municipal"})
q("p", "At a Bortle class of 4, how do public star nights change the satisfaction score?", d, "cate", "pub_nite", "sat_scr", at={"bortle": 4})
q("p", "For observatories sitting at 2000 m, what's the effect of a bigger telescope on visitors?", d, "cate", "tel_ap_mm", "vis_yr_fu", at={"elev_m": 2000})
q("p", "For whom do public nights raise donations the most?", d, "cate", "pub_nite", "don_k")
q("p", "Which observatories should host public nights to maximise visitors at follow-up?", d, "policy", "pub_nite", "vis_yr_fu")
q("t", "targeting rule plan_show to maximise mbr_90d", d, "policy", "plan_show", "mbr_90d")
q("m", "Who should hire more education staff (`edu_staff`) to maximise `sch_trips`?", d, "policy", "edu_staff", "sch_trips")
q("o", "Public nights bring people in, and those visitors then join as members. How much of pub_nite's effect on mbr_90d flows through vis_yr_fu?", d, "mediation", "pub_nite", "mbr_90d", "vis_yr_fu")
q("m", "Does `plan_show` raise `don_k` directly or via `sat_scr`?", d, "mediation", "plan_show", "don_k", "sat_scr")
q("p", "How much of the effect of sky brightness on follow-up attendance is explained by visitor satisfaction scores (sat_scr)?", d, "mediation", "bortle", "vis_yr_fu", "sat_scr")
q("t", "discover causal structure obs data", d, "discover")
q("m", "Compute the correlation matrix of all numeric columns in `h28_observatories`.", d, "unsupported")

# ---------------- 15 blood banks ----------------
d = "h28_blood_banks"
q("m", "Estimate the ATE of `sms_remind` on `units_col`, adjusting for `units_col_prev`, `site_typ` and `donors_reg`.", d, "ate", "sms_remind", "units_col", covariates=["units_col_prev", "site_typ", "donors_reg"])
q("p", "Do text-message nudges bring donors back within a year?", d, "ate", "sms_remind", "ret_12m")
q("t", "ate weekend on units_col", d, "ate", "weekend", "units_col")
q("p", "Do SMS reminders improve donor return?", d, "ate", "sms_remind", None, clarify=True)
q("o", "Is the deferral percentage driven up by long waits?", d, "ate", "wait_min", "deferral_pct")
q("p", "How many more bags of blood does a drive collect per extra phlebotomist?", d, "ate", "staff_phleb", "units_col")
q("o", "Does advertising spend bring in more registered donors, or is that confounding?", d, "ate", "adv_spend", "donors_reg")
q("p", "For drives that sent reminders, what did the reminders do to six-month return?", d, "ate", "sms_remind", "ret_6m", estimand="att")
q("t", "effect of sms reminders on deferrals", d, "ate", "sms_remind", None, clarify=True)
q("m", "Effect of `sms_remind` on `ret_6m` at church drives (`site_typ`).", d, "cate", "sms_remind", "ret_6m", at={"site_typ": "church"})
q("p", "At 90F, how does holding the drive on a weekend change the number of units collected?", d, "cate", "weekend", "units_col", at={"temp_f": 90})
q("m", "For drives offering a voucher (`incentive`), what's the effect of `sms_remind` on `ret_12m`?", d, "cate", "sms_remind", "ret_12m", at={"incentive": "voucher"})
q("p", "Which donor drives gain most from weekend scheduling, in units collected?", d, "cate", "weekend", "units_col")
q("o", "Under the condition that first-time donors make up 40% of the drive, what does an extra phlebotomist do to wait times?", d, "cate", "staff_phleb", "wait_min", at={"first_time_pct": 40})
q("p", "Which drives should send text reminders to maximise the share of donors returning within 12 months?", d, "policy", "sms_remind", "ret_12m")
q("t", "who to schedule on weekends for max units_col", d, "policy", "weekend", "units_col")
q("m", "Design a rule for where to put extra phlebotomists (`staff_phleb`) to minimise `wait_min`.", d, "policy", "staff_phleb", "wait_min")
q("o", "Reminders work by getting more people to register, which then raises the units collected. How much of sms_remind's effect on units_col is mediated by donors_reg?", d, "mediation", "sms_remind", "units_col", "donors_reg")
q("p", "Do long waits cut 12-month return directly, or by pushing up the deferral rate (deferral_rt)?", d, "mediation", "wait_min", "ret_12m", "deferral_rt")
q("t", "what fraction of the weekend effect on units_col goes thru first_time_pct", d, "mediation", "weekend", "units_col", "first_time_pct")
q("p", "Which factors in the blood drive data are causes of which? Learn the structure.", d, "discover")
q("t", "histogram of hb_gdl please", d, "unsupported")

# ---------------- unsupported, no dataset ----------------
d = "none"
for s, txt in [
    ("t", "hello there!"),
    ("p", "Tell me a joke about statisticians."),
    ("m", "Write a SQL query that joins `orders` and `customers` on `customer_id`."),
    ("p", "What's the capital of Mongolia?"),
    ("t", "convert this csv to parquet"),
    ("p", "Can you fix the date formats in my spreadsheet so they're all ISO 8601?"),
    ("t", "thanks, thats all for today"),
    ("p", "Forecast next month's Bitcoin price."),
    ("p", "Explain what a p-value is, in two sentences."),
]:
    q(s, txt, d, "unsupported")

# ---------------- audit ----------------
for s, txt, attr, dec in [
    ("p", "If I change only the applicant's race in the prompt, does the chatbot's loan approval change?", "race", "loan approval"),
    ("p", "Audit whether our hiring-assistant LLM would give a different interview recommendation if the candidate were a woman instead of a man, everything else identical.", "gender", "interview recommendation"),
    ("p", "Would the language model quote a different insurance premium for a 70-year-old than for a 30-year-old with otherwise identical profiles?", "age", "insurance premium"),
    ("o", "Test whether the AI tenant screener's rental decision flips when the applicant's religion is switched from Christian to Muslim.", "religion", "rental decision"),
    ("p", "Does the model's triage priority change if the patient mentions using a wheelchair, all other details fixed?", "disability", "triage priority"),
    ("t", "counterfactual fairness check: swap the name Emily for Lakisha in the resume, does the LM's callback decision change?", "name", "callback decision"),
    ("o", "Does the voice assistant's credit limit recommendation depend on the caller's accent, holding everything else constant?", "accent", "credit limit recommendation"),
    ("p", "Check whether the scholarship decision of our screening chatbot changes if the student's nationality is changed.", "nationality", "scholarship decision"),
    ("t", "is the llm's parole recommendation different for black vs white defendants, all else equal", "race", "parole recommendation"),
    ("p", "Would an AI grader give a lower essay grade if the author's name sounded Hispanic, with the essay unchanged?", "name", "essay grade"),
    ("m", "Audit the language model for counterfactual fairness on sexual orientation: does its adoption eligibility recommendation change when the couple is same-sex?", "sexual orientation", "adoption eligibility recommendation"),
    ("p", "If the applicant were pregnant, would the HR bot's promotion recommendation change, with the rest held equal?", "pregnancy", "promotion recommendation"),
    ("o", "Does our medical chatbot suggest a different pain medication dose for female patients than for otherwise identical male patients?", "gender", "pain medication dose"),
    ("p", "Would the AI loan officer's mortgage approval change if the applicant were 25 instead of 60, nothing else different?", "age", "mortgage approval"),
    ("t", "llm job matcher: does adding a headscarf mention (religion) alter the job match score, same cv otherwise?", "religion", "job match score"),
    ("t", "does the chatbot give a different tenancy approval for a deaf applicant vs a hearing one otherwise identical", "disability", "tenancy approval"),
    ("p", "Does the model's quality rating for a support call drop when the speaker has a Nigerian accent rather than a British one, all else identical?", "accent", "quality rating"),
    ("m", "Would the admissions AI's admit decision differ if the applicant's stated veteran status were flipped, keeping every other field the same?", "veteran status", "admit decision"),
]:
    q(s, txt, "none", "audit", attr, dec)

# ---------------- relation (Corr2Cause-style) ----------------
for s, txt in [
    ("p", "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?"),
    ("p", "Premise: X and Y are correlated, X and Z are correlated, and Y and Z are independent given X. Is X a cause of Y?"),
    ("m", "Variables A, B, C. A ⟂ B; A and C are correlated; B and C are correlated; A and B become dependent given C. Does C cause A?"),
    ("p", "Given that D correlates with E and with F, and E and F become independent once we condition on D, does E cause F?"),
    ("p", "All three of P, Q and R are pairwise correlated and no conditional independence holds among them. Can we conclude that P directly causes R?"),
    ("o", "We observe that M and N are uncorrelated, but both correlate with O. Is O a common cause of M and N?"),
    ("p", "Statement: G correlates with H, G is independent of K, and H correlates with K. Does K cause G?"),
    ("t", "U and V correlated, V and W correlated, U indep W given V. does U directly cause W?"),
    ("t", "premises: A~B, B~C, A~C, A ⟂ C | B. hypothesis: B mediates between A and C. true or false?"),
    ("p", "In a closed system of four variables, A correlates with B, C and D; B, C and D are mutually independent given A. Is A a cause of D?"),
]:
    q(s, txt, "none", "relation")

# ---------------- generate ----------------
for s, txt in [
    ("p", "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations."),
    ("p", "Simulate data from a structural causal model where a language model writes the equations for smoking, tar and lung cancer."),
    ("m", "Create a benchmark dataset following the graph A→B, A→C, B→D, C→D, with all variables binary."),
    ("o", "Let an LLM define the functional form of each node in this DAG (weather -> ice cream sales, weather -> drownings) and then sample 1000 rows."),
    ("t", "make me fake data from a causal model: treatment T, outcome Y, confounder W, true effect 2"),
    ("m", "Synthesize a tabular dataset with a known ATE of 0.5 from the SCM Y = 0.5*T + W + e, T = Bernoulli(sigmoid(W))."),
    ("p", "Use GPT to invent plausible equations for education -> income -> health and generate 10k samples."),
    ("t", "produce a benchmark w/ a collider X -> C <- Y, 2000 samples, nonlinear noise"),
    ("p", "Can you generate data from a structural causal model in which rainfall and fertiliser both cause crop yield?"),
    ("p", "I need a synthetic causal dataset with an instrument: Z -> T -> Y plus a hidden U -> T and U -> Y. Generate 3000 rows."),
]:
    q(s, txt, "none", "generate")


def main():
    # validate
    for name, (desc, cols) in DATASETS.items():
        assert name.startswith("h28_")
        assert 13 <= len(cols) <= 18, (name, len(cols))
        names = [c[0] for c in cols]
        assert len(set(names)) == len(names)
        for cn, ct, vals in cols:
            assert ct in {"id", "binary", "numeric", "categorical", "date", "text"}
            if ct != "categorical":
                assert len(vals) == 3, cn
    for x in QS:
        e = x["expected"]
        ds = x["dataset"]
        if ds == "none":
            continue
        cols = [c[0] for c in DATASETS[ds][1]]
        types = {c[0]: (c[1], c[2]) for c in DATASETS[ds][1]}
        for k in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(k) is not None:
                assert e[k] in cols, (x["question"], k, e[k])
        for c in e.get("covariates", []):
            assert c in cols, (x["question"], c)
        for c, v in e.get("at", {}).items():
            assert c in cols, (x["question"], c)
            if types[c][0] == "categorical":
                assert v in types[c][1], (x["question"], v)
            else:
                assert isinstance(v, (int, float))
        if e["kind"] in ("discover", "unsupported"):
            assert e["treatment"] is None and e["outcome"] is None
        if e["kind"] == "mediation" :
            assert e["mediator"] is not None
        if e.get("clarify"):
            assert e["treatment"] is None or e["outcome"] is None

    datasets_out = {
        name: {"description": desc,
               "columns": {cn: {"type": ct, "values": vals} for cn, ct, vals in cols}}
        for name, (desc, cols) in DATASETS.items()
    }
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(datasets_out, f, indent=2, ensure_ascii=False)

    rows = []
    for x in QS:
        ds = x["dataset"]
        rows.append({
            "question": x["question"],
            "dataset": ds,
            "columns": None if ds == "none" else [c[0] for c in DATASETS[ds][1]],
            "split": SPLIT,
            "origin": ORIGIN,
            "expected": x["expected"],
        })
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    kinds = Counter(x["expected"]["kind"] for x in QS)
    mods = Counter()
    for x in QS:
        e = x["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
    styles = Counter(x["style"] for x in QS)
    return kinds, mods, styles, len(QS)


if __name__ == "__main__":
    kinds, mods, styles, n = main()
    print(n, dict(kinds))
    print(dict(mods))
    print({k: f"{v} ({v / n:.0%})" for k, v in styles.items()})
