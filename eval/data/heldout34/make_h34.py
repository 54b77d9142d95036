#!/usr/bin/env python3
"""Writer h34: invented datasets + causal questions. Regenerate with: python3 make_h34.py"""
import json, os, random, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT, ORIGIN, SEED = "test", "heldout34", 34034

DATASETS = {}
QUESTIONS = []


def D(name, desc, cols):
    DATASETS[name] = {"description": desc,
                      "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


def ate(t, T, Y, **kw): return ("ate", t, T, Y, None, kw)
def cate(t, T, Y, **kw): return ("cate", t, T, Y, None, kw)
def pol(t, T, Y, **kw): return ("policy", t, T, Y, None, kw)
def med(t, T, M, Y, **kw): return ("mediation", t, T, Y, M, kw)
def disc(t): return ("discover", t, None, None, None, {})
def uns(t): return ("unsupported", t, None, None, None, {})


def add(ds, items):
    for kind, text, T, Y, M, kw in items:
        exp = {"kind": kind, "treatment": T, "outcome": Y, "mediator": M}
        exp.update(kw)
        QUESTIONS.append({"question": text, "dataset": ds,
                          "columns": list(DATASETS[ds]["columns"]) if ds != "none" else None,
                          "split": SPLIT, "origin": ORIGIN, "expected": exp})


def none_items(items):
    for kind, text, T, Y in items:
        QUESTIONS.append({"question": text, "dataset": "none", "columns": None,
                          "split": SPLIT, "origin": ORIGIN,
                          "expected": {"kind": kind, "treatment": T, "outcome": Y, "mediator": None}})


# ---------------------------------------------------------------- 1 pelmeni (snake cryptic)
D("h34_pelmeni", "Russian pelmeni dumpling houses: practices, revenue and customer return.", [
    ("shop_id", "id", ["PLM001", "PLM002", "PLM003"]),
    ("reg", "categorical", ["msk", "spb", "sib", "ural"]),
    ("yrs_op", "numeric", [2, 11, 25]),
    ("seats", "numeric", [18, 40, 75]),
    ("hnd_fld", "binary", [0, 1, 1]),
    ("frz_mach", "binary", [1, 0, 1]),
    ("smtn_free", "binary", [0, 0, 1]),
    ("loy_crd", "binary", [1, 0, 0]),
    ("avg_tmp_c", "numeric", [-22.0, -5.5, 14.0]),
    ("wait_min", "numeric", [6, 12, 27]),
    ("rev_pre", "numeric", [410000, 655000, 1200000]),
    ("rev_post", "numeric", [438000, 702000, 1310000]),
    ("cust_sat", "numeric", [3.4, 4.1, 4.8]),
    ("cust_sat_v2", "numeric", [61, 74, 90]),
    ("ret_30d", "numeric", [0.18, 0.31, 0.44]),
    ("ret_90d", "numeric", [0.35, 0.52, 0.67]),
    ("stf_trn", "binary", [0, 1, 0]),
])
add("h34_pelmeni", [
    ate("Estimate the average treatment effect of hand-folding (`hnd_fld`) on post-period revenue (`rev_post`), adjusting for `yrs_op` and `seats`.", "hnd_fld", "rev_post", covariates=["yrs_op", "seats"]),
    ate("Do pelmeni houses that hand out sour cream for free end up taking more money?", "smtn_free", "rev_post"),
    ate("ate loy_crd -> ret_90d adj reg", "loy_crd", "ret_90d", covariates=["reg"]),
    ate("Is the waiting time actually shortened by the blast-freezer machine, or do only the bigger places buy one? Control for seats.", "frz_mach", "wait_min", covariates=["seats"]),
    ate("What is the effect of staff training (stf_trn) on customer satisfaction?", "stf_trn", None, clarify=True),
    ate("did the loyalty card make ppl come back more often", "loy_crd", None, clarify=True),
    ate("For the shops that did install the freezer machine, how much did it change their takings afterwards?", "frz_mach", "rev_post", estimand="att"),
    ate("Impact of complimentary smetana on the revised satisfaction index (cust_sat_v2).", "smtn_free", "cust_sat_v2"),
    cate("Does hand-folding lift post revenue in Siberia? Give the effect of `hnd_fld` on `rev_post` for `reg` = sib.", "hnd_fld", "rev_post", at={"reg": "sib"}),
    cate("How does the effect of staff training on waiting minutes vary with how long the shop has been open?", "stf_trn", "wait_min"),
    cate("under the condition that it is -20 C outside, what does free smetana do to the 90-day return rate", "smtn_free", "ret_90d", at={"avg_tmp_c": -20}),
    cate("Which kinds of pelmennaya gain the most revenue from a loyalty card?", "loy_crd", "rev_post"),
    pol("Which pelmeni houses should we roll the staff training programme out to in order to cut wait times?", "stf_trn", "wait_min"),
    pol("targeting rule: who gets the free-sour-cream offer to max ret_90d", "smtn_free", "ret_90d"),
    pol("If we can only fund ten freezer machines, which shops should receive them to raise post-period revenue (`rev_post`)?", "frz_mach", "rev_post"),
    med("Hand-folding works by making guests happier (cust_sat), which then lifts later revenue. How much of the hnd_fld effect on rev_post goes via cust_sat?", "hnd_fld", "cust_sat", "rev_post"),
    med("How much of the freezer machine's effect on 30-day return is explained by shorter waits?", "frz_mach", "wait_min", "ret_30d"),
    disc("Which of these pelmeni-shop variables drive which? Map out what influences what."),
    disc("Learn a causal DAG over the h34_pelmeni columns."),
    uns("Plot the distribution of wait_min by reg."),
])

# ---------------------------------------------------------------- 2 khachapuri (camelCase)
D("h34_khachapuri", "Georgian khachapuri bakeries: marketing, ovens, orders and waste.", [
    ("bakeryId", "id", ["KB-0101", "KB-0102", "KB-0103"]),
    ("cityZone", "categorical", ["tbilisiCenter", "tbilisiOuter", "batumi", "kutaisi"]),
    ("ovenType", "categorical", ["wood", "gas", "electric"]),
    ("cheeseBlend", "categorical", ["imeruli", "sulguni", "mixed"]),
    ("instaAds", "binary", [0, 1, 1]),
    ("deliveryApp", "binary", [1, 0, 1]),
    ("priceGel", "numeric", [8.5, 12.0, 16.0]),
    ("loavesPerDay", "numeric", [90, 160, 310]),
    ("staffCount", "numeric", [3, 6, 12]),
    ("dailyOrdersPre", "numeric", [70, 130, 260]),
    ("dailyOrdersPost", "numeric", [82, 151, 275]),
    ("reviewScore", "numeric", [3.9, 4.4, 4.9]),
    ("reviewScoreV2", "numeric", [68, 80, 93]),
    ("repeatRate30d", "numeric", [0.21, 0.34, 0.48]),
    ("repeatRate90d", "numeric", [0.39, 0.55, 0.71]),
    ("wasteKg", "numeric", [1.5, 4.2, 9.0]),
    ("openHours", "numeric", [8, 12, 16]),
])
add("h34_khachapuri", [
    ate("What's the ATE of `deliveryApp` on `dailyOrdersPost`, controlling for `cityZone` and `staffCount`?", "deliveryApp", "dailyOrdersPost", covariates=["cityZone", "staffCount"]),
    ate("Do Instagram ads genuinely bring in more orders, or is it just that busy bakeries advertise?", "instaAds", "dailyOrdersPost"),
    ate("instaAds -> repeatRate30d, adj priceGel", "instaAds", "repeatRate30d", covariates=["priceGel"]),
    ate("Does joining a food-delivery platform change how much dough gets binned at closing time?", "deliveryApp", "wasteKg"),
    ate("Effect of TikTok influencer posts on daily orders after the campaign?", None, "dailyOrdersPost", clarify=True),
    ate("For bakeries that signed up to the delivery app, what was the effect on their daily orders afterwards?", "deliveryApp", "dailyOrdersPost", estimand="att"),
    ate("What would Instagram advertising have done to the 90-day repeat rate (repeatRate90d) for the bakeries that never ran ads?", "instaAds", "repeatRate90d", estimand="atc"),
    ate("Would longer opening hours cause more waste?", "openHours", "wasteKg"),
    cate("effect of instaAds on dailyOrdersPost for cityZone = batumi", "instaAds", "dailyOrdersPost", at={"cityZone": "batumi"}),
    cate("Does the delivery-app effect on the 30-day repeat rate differ between bakeries with different oven types?", "deliveryApp", "repeatRate30d"),
    cate("When a khachapuri costs 12 lari, what does Instagram advertising do to the number of orders per day?", "instaAds", "dailyOrdersPost", at={"priceGel": 12}),
    cate("Among bakeries using only sulguni, how much does being on the delivery app boost orders?", "deliveryApp", "dailyOrdersPost", at={"cheeseBlend": "sulguni"}),
    pol("Which bakeries should be put on the delivery app to maximise daily orders? Give a targeting rule.", "deliveryApp", "dailyOrdersPost"),
    pol("We have a limited Instagram budget; allocate ads to the bakeries where they raise repeatRate90d the most.", "instaAds", "repeatRate90d"),
    pol("who shd get ads if goal is fewer kg wasted", "instaAds", "wasteKg"),
    med("Do Instagram ads raise orders directly, or mostly through better reviews (reviewScoreV2)?", "instaAds", "reviewScoreV2", "dailyOrdersPost"),
    med("delivery app -> more loaves baked (loavesPerDay) -> more waste (wasteKg)? split direct vs indirect", "deliveryApp", "loavesPerDay", "wasteKg"),
    disc("Learn the causal structure among the bakery columns."),
    uns("What's the mean priceGel per cityZone?"),
])

# ---------------------------------------------------------------- 3 feijoada (UPPER)
D("h34_feijoada", "Brazilian feijoada restaurants: music, buffet format, covers and revenue.", [
    ("REST_ID", "id", ["FJ-SP-01", "FJ-RJ-07", "FJ-BA-03"]),
    ("UF", "categorical", ["SP", "RJ", "MG", "BA"]),
    ("SAT_ONLY", "binary", [1, 0, 1]),
    ("LIVE_SAMBA", "binary", [0, 1, 1]),
    ("BLK_BEAN_SRC", "categorical", ["LOCAL", "IMPORT"]),
    ("BUFFET", "binary", [1, 1, 0]),
    ("PRICE_BRL", "numeric", [39.9, 64.0, 95.0]),
    ("SEATS", "numeric", [40, 80, 150]),
    ("AVG_AGE_CUST", "numeric", [29, 41, 56]),
    ("COVERS_WKDAY", "numeric", [60, 110, 220]),
    ("COVERS_WKEND", "numeric", [140, 260, 480]),
    ("NPS", "numeric", [12, 38, 71]),
    ("NPS_V2", "numeric", [20, 45, 77]),
    ("REV_BL", "numeric", [85000, 160000, 340000]),
    ("REV_12M", "numeric", [92000, 171000, 362000]),
    ("CAIPI_SALES", "numeric", [300, 820, 1900]),
    ("TIP_PCT", "numeric", [8.0, 10.0, 13.5]),
])
add("h34_feijoada", [
    ate("Estimate the ATE of LIVE_SAMBA on REV_12M adjusting for UF and SEATS.", "LIVE_SAMBA", "REV_12M", covariates=["UF", "SEATS"]),
    ate("Does having a live samba band make diners tip more generously?", "LIVE_SAMBA", "TIP_PCT"),
    ate("does live music bring in more diners?", "LIVE_SAMBA", None, clarify=True),
    ate("buffet vs a la carte: effect on revenue", "BUFFET", "REV_12M"),
    ate("Effect of serving feijoada only on Saturdays (`SAT_ONLY`) on weekend covers (`COVERS_WKEND`).", "SAT_ONLY", "COVERS_WKEND"),
    ate("Is the net promoter score improved by sourcing black beans locally?", "BLK_BEAN_SRC", None, clarify=True),
    ate("Among the restaurants that switched to a buffet, what effect did it have on NPS_V2?", "BUFFET", "NPS_V2", estimand="att"),
    ate("What is the causal effect of the price (PRICE_BRL) on weekday covers, holding SEATS and UF fixed?", "PRICE_BRL", "COVERS_WKDAY", covariates=["SEATS", "UF"]),
    cate("Effect of LIVE_SAMBA on CAIPI_SALES in RJ.", "LIVE_SAMBA", "CAIPI_SALES", at={"UF": "RJ"}),
    cate("How does the buffet's effect on tipping change with the average age of the clientele?", "BUFFET", "TIP_PCT"),
    cate("for a 80-seat restaurant, effect of buffet on weekend covers", "BUFFET", "COVERS_WKEND", at={"SEATS": 80}),
    cate("Among places using imported black beans, does the Saturday-only schedule raise revenue?", "SAT_ONLY", "REV_12M", at={"BLK_BEAN_SRC": "IMPORT"}),
    pol("Which restaurants should hire a samba band to maximise 12-month revenue?", "LIVE_SAMBA", "REV_12M"),
    pol("Policy: assign BUFFET to the restaurants where it raises NPS_V2 the most.", "BUFFET", "NPS_V2"),
    pol("Where should the group restrict feijoada to Saturdays so that weekend trade is highest?", "SAT_ONLY", "COVERS_WKEND"),
    med("Samba nights work by selling more caipirinhas, which then pushes revenue up. What share of LIVE_SAMBA's effect on REV_12M is mediated by CAIPI_SALES?", "LIVE_SAMBA", "CAIPI_SALES", "REV_12M"),
    med("buffet -> weekend covers -> revenue 12m, direct vs indirect", "BUFFET", "COVERS_WKEND", "REV_12M"),
    disc("Which variables in the feijoada data cause which? No estimates needed, just the structure."),
    uns("Forecast next year's REV_12M for each restaurant."),
])

# ---------------------------------------------------------------- 4 bibimbap (plain words)
D("h34_bibimbap", "Korean bibimbap restaurant chains: service format, discounts, waits and sales.", [
    ("outlet", "id", ["BB-101", "BB-102", "BB-103"]),
    ("chain", "categorical", ["hanil", "bapsang", "dolsot house"]),
    ("location", "categorical", ["mall", "street", "campus"]),
    ("dolsot", "binary", [1, 0, 1]),
    ("kiosk", "binary", [0, 1, 1]),
    ("discount", "numeric", [0, 10, 20]),
    ("rent", "numeric", [3.2, 5.5, 9.0]),
    ("staff", "numeric", [4, 7, 12]),
    ("footfall", "numeric", [800, 1900, 3600]),
    ("wait", "numeric", [4, 9, 18]),
    ("sales_before", "numeric", [21000, 36000, 58000]),
    ("sales_after", "numeric", [22500, 38900, 61000]),
    ("rating", "numeric", [3.8, 4.3, 4.7]),
    ("rating2", "numeric", [70, 82, 94]),
    ("gochujang", "categorical", ["mild", "medium", "hot"]),
    ("lunch_orders", "numeric", [120, 240, 410]),
    ("dinner_orders", "numeric", [90, 180, 350]),
])
add("h34_bibimbap", [
    ate("Average effect of (kiosk) on (wait), adjusting for (staff) and (footfall).", "kiosk", "wait", covariates=["staff", "footfall"]),
    ate("Does serving bibimbap in a sizzling stone bowl make more money for the outlet?", "dolsot", "sales_after"),
    ate("effect of discount on lunch orders", "discount", "lunch_orders"),
    ate("Is the self-order kiosk's effect on rating2 real once chain is controlled for?", "kiosk", "rating2", covariates=["chain"]),
    ate("Are evening orders pushed up by the hot stone bowl?", "dolsot", "dinner_orders"),
    ate("kiosks -> orders?", "kiosk", None, clarify=True),
    ate("For outlets without kiosks, what would installing them have done to sales?", "kiosk", "sales_after", estimand="atc"),
    ate("Does paying a higher rent cause an outlet to see more passers-by walking in?", "rent", "footfall"),
    cate("Effect of kiosk on wait at campus outlets.", "kiosk", "wait", at={"location": "campus"}),
    cate("when footfall is 2000 people a day, what is the kiosk effect on wait?", "kiosk", "wait", at={"footfall": 2000}),
    cate("How does the stone-bowl effect on sales vary by chilli level?", "dolsot", "sales_after"),
    cate("Among hanil outlets, does the dolsot lift rating2?", "dolsot", "rating2", at={"chain": "hanil"}),
    pol("Which outlets should get self-order kiosks to cut queueing time?", "kiosk", "wait"),
    pol("Who should we offer discounts to, to get the most sales_after?", "discount", "sales_after"),
    pol("Pick the outlets where switching to stone bowls would most increase dinner_orders.", "dolsot", "dinner_orders"),
    med("The stone bowl works by raising the rating (rating2), which then brings more people in. How much of the effect of dolsot on footfall runs through rating2?", "dolsot", "rating2", "footfall"),
    med("kiosk -> shorter wait -> more lunch orders: indirect vs direct effect", "kiosk", "wait", "lunch_orders"),
    disc("Find out how the variables in the bibimbap outlet data depend on each other causally."),
    disc("build the causal graph for h34_bibimbap"),
    uns("Give me a bar chart of dinner orders by chain."),
])

# ---------------------------------------------------------------- 5 baozi (snake cryptic)
D("h34_baozi", "Chinese baozi (steamed bun) shops: steaming, payments, queues and repeat custom.", [
    ("shp_id", "id", ["BZ-SH-001", "BZ-BJ-014", "BZ-GD-032"]),
    ("prov", "categorical", ["sh", "bj", "gd", "sc"]),
    ("bmb_stm", "binary", [1, 1, 0]),
    ("mob_pay", "binary", [1, 0, 1]),
    ("yst_typ", "categorical", ["fresh", "dry", "sourdough"]),
    ("fill_pct", "numeric", [35, 45, 55]),
    ("prc_cny", "numeric", [2.0, 3.5, 6.0]),
    ("morn_open", "binary", [0, 1, 1]),
    ("dist_mtr_m", "numeric", [80, 500, 1500]),
    ("emp_n", "numeric", [2, 4, 9]),
    ("q_len", "numeric", [3, 8, 20]),
    ("sls_pre", "numeric", [900, 1800, 4200]),
    ("sls_post", "numeric", [950, 1950, 4500]),
    ("rpt_7d", "numeric", [0.22, 0.37, 0.55]),
    ("rpt_28d", "numeric", [0.41, 0.58, 0.76]),
    ("hyg_scr", "numeric", [72, 85, 96]),
    ("hyg_scr_v2", "numeric", [3.1, 4.0, 4.8]),
])
add("h34_baozi", [
    ate("ATE of `mob_pay` on `q_len`, adjusting for `emp_n`.", "mob_pay", "q_len", covariates=["emp_n"]),
    ate("Do bamboo steamers sell more buns?", "bmb_stm", "sls_post"),
    ate("open before dawn -> sales? control for distance to the metro", "morn_open", "sls_post", covariates=["dist_mtr_m"]),
    ate("Does accepting WeChat Pay and Alipay bring customers back?", "mob_pay", None, clarify=True),
    ate("effect of filling share (fill_pct) on rpt_28d", "fill_pct", "rpt_28d"),
    ate("Is the inspection grade (`hyg_scr_v2`) causally better in shops that steam in bamboo?", "bmb_stm", "hyg_scr_v2"),
    ate("How much did mobile payment change post-period sales for the shops that adopted it?", "mob_pay", "sls_post", estimand="att"),
    ate("Do pricier buns drive away the morning crowd? i.e. effect of bun price on queue length", "prc_cny", "q_len"),
    cate("Effect of mob_pay on q_len in gd.", "mob_pay", "q_len", at={"prov": "gd"}),
    cate("Does the early-opening effect on sales depend on how far the shop is from the metro?", "morn_open", "sls_post"),
    cate("For a shop 500 m from a metro station, what does opening early do to sales?", "morn_open", "sls_post", at={"dist_mtr_m": 500}),
    cate("among sourdough-leavened shops, effect of bamboo steaming on 28-day repeat", "bmb_stm", "rpt_28d", at={"yst_typ": "sourdough"}),
    pol("Which baozi shops should open before 6 am to maximise post-period sales?", "morn_open", "sls_post"),
    pol("Who should we target first with the mobile-payment rollout to shorten queues?", "mob_pay", "q_len"),
    pol("Decide which shops to move to bamboo steamers so as to lift the 7-day repeat rate (rpt_7d).", "bmb_stm", "rpt_7d"),
    med("Mobile payment speeds up the line, which then brings people back within a week. Quantify the indirect effect of mob_pay on rpt_7d via q_len.", "mob_pay", "q_len", "rpt_7d"),
    med("how much of the bamboo steamer effect on sls_post is mediated through hyg_scr_v2", "bmb_stm", "hyg_scr_v2", "sls_post"),
    disc("Run causal discovery over this baozi data."),
    uns("Clean up the missing prc_cny values and impute them with the median."),
])

# ---------------------------------------------------------------- 6 gouda (camelCase)
D("h34_gouda", "Dutch gouda cheese dairies: milking, aging, output, defects and profit.", [
    ("dairyId", "id", ["NLG-001", "NLG-002", "NLG-003"]),
    ("province", "categorical", ["Noord-Holland", "Zuid-Holland", "Utrecht", "Friesland"]),
    ("herdSize", "numeric", [45, 120, 310]),
    ("rawMilk", "binary", [1, 0, 0]),
    ("agingMonths", "numeric", [4, 12, 24]),
    ("brineHrs", "numeric", [48, 72, 96]),
    ("grassFedPct", "numeric", [40, 70, 95]),
    ("robotMilker", "binary", [0, 1, 1]),
    ("organicCert", "binary", [0, 0, 1]),
    ("exportShare", "numeric", [0.1, 0.35, 0.7]),
    ("cheeseKgBl", "numeric", [52000, 140000, 390000]),
    ("cheeseKg12m", "numeric", [55000, 151000, 402000]),
    ("tasteScore", "numeric", [6.8, 7.9, 9.1]),
    ("tasteScoreV2", "numeric", [64, 78, 92]),
    ("rindDefects30d", "numeric", [0, 3, 11]),
    ("rindDefects90d", "numeric", [2, 8, 25]),
    ("milkFatPct", "numeric", [3.9, 4.4, 5.0]),
    ("profitEur", "numeric", [48000, 160000, 520000]),
])
add("h34_gouda", [
    ate("Estimate the average causal effect of `robotMilker` on `cheeseKg12m`, adjusting for `herdSize` and `province`.", "robotMilker", "cheeseKg12m", covariates=["herdSize", "province"]),
    ate("Does making boerenkaas from unpasteurised milk make it taste better?", "rawMilk", None, clarify=True),
    ate("Does going organic pay off for the farm's bottom line?", "organicCert", "profitEur"),
    ate("longer aging -> fewer rind defects at 90 days?", "agingMonths", "rindDefects90d"),
    ate("brine time effect on rind defects", "brineHrs", None, clarify=True),
    ate("What does putting the cows out to pasture do to the butterfat content?", "grassFedPct", "milkFatPct"),
    ate("Effect of robotic milking on profitEur for the dairies that did install robots.", "robotMilker", "profitEur", estimand="att"),
    ate("Is the export share raised by organic certification, adjusting for herd size?", "organicCert", "exportShare", covariates=["herdSize"]),
    cate("robotMilker on cheeseKg12m in Friesland", "robotMilker", "cheeseKg12m", at={"province": "Friesland"}),
    cate("At 12 months of maturation, does raw milk improve tasteScoreV2?", "rawMilk", "tasteScoreV2", at={"agingMonths": 12}),
    cate("For which herd sizes is the robot milking effect on cheese output the largest?", "robotMilker", "cheeseKg12m"),
    cate("Among organic-certified dairies, what is the effect of raw milk on profit?", "rawMilk", "profitEur", at={"organicCert": 1}),
    pol("Which farms should adopt robotic milkers to maximise profit?", "robotMilker", "profitEur"),
    pol("Design a rule for which dairies should switch to raw milk for the best tasteScoreV2.", "rawMilk", "tasteScoreV2"),
    pol("whch dairies shd go organic to grow exportShare", "organicCert", "exportShare"),
    med("Grazing works by raising milk fat, which then improves flavour (tasteScoreV2). Split the effect of grassFedPct into the part through milkFatPct and the rest.", "grassFedPct", "milkFatPct", "tasteScoreV2"),
    med("How much of organic certification's effect on profit passes through a higher export share?", "organicCert", "exportShare", "profitEur"),
    disc("What causes what among herd size, aging, brine time, fat and taste? Recover the DAG."),
    uns("Write a SQL query that returns the top 10 dairies by profitEur."),
])

# ---------------------------------------------------------------- 7 paneer (UPPER)
D("h34_paneer", "Indian paneer makers: milk, coagulant, cold chain, spoilage and orders.", [
    ("MKR_ID", "id", ["PN-PB-01", "PN-GJ-09", "PN-MH-22"]),
    ("STATE", "categorical", ["PB", "HR", "UP", "GJ", "MH"]),
    ("BUF_MILK_PCT", "numeric", [0, 50, 100]),
    ("COAG", "categorical", ["LEMON", "VINEGAR", "CITRIC"]),
    ("PRESS_HRS", "numeric", [1.0, 2.5, 4.0]),
    ("COLD_CHAIN", "binary", [1, 0, 1]),
    ("FSSAI_TRN", "binary", [0, 1, 0]),
    ("PRICE_INR_KG", "numeric", [280, 360, 450]),
    ("MILK_TEMP_C", "numeric", [70, 85, 95]),
    ("YIELD_PRE", "numeric", [0.16, 0.19, 0.22]),
    ("YIELD_POST", "numeric", [0.17, 0.20, 0.23]),
    ("SHELF_DAYS", "numeric", [2, 5, 12]),
    ("SPOIL_7D", "numeric", [0.02, 0.06, 0.15]),
    ("SPOIL_30D", "numeric", [0.05, 0.12, 0.30]),
    ("TEXTURE_SCR", "numeric", [5.5, 7.0, 8.8]),
    ("TEXTURE_SCR_V2", "numeric", [55, 71, 89]),
    ("ORDERS_MO", "numeric", [40, 150, 600]),
])
add("h34_paneer", [
    ate("ATE of COLD_CHAIN on SPOIL_30D controlling for STATE.", "COLD_CHAIN", "SPOIL_30D", covariates=["STATE"]),
    ate("Does food-safety training cut spoilage within the first week?", "FSSAI_TRN", "SPOIL_7D"),
    ate("cold chain -> shelf life, adj milk temp", "COLD_CHAIN", "SHELF_DAYS", covariates=["MILK_TEMP_C"]),
    ate("Does using more buffalo milk raise how much paneer you get from each litre?", "BUF_MILK_PCT", "YIELD_POST"),
    ate("effect of FSSAI_TRN on spoilage", "FSSAI_TRN", None, clarify=True),
    ate("Is texture (the v2 rating) improved by pressing the curd for longer?", "PRESS_HRS", "TEXTURE_SCR_V2"),
    ate("Did joining the cold chain increase monthly orders among makers who joined?", "COLD_CHAIN", "ORDERS_MO", estimand="att"),
    ate("What would the hygiene course have done to shelf life for the makers who never attended it?", "FSSAI_TRN", "SHELF_DAYS", estimand="atc"),
    cate("Effect of `COLD_CHAIN` on `SPOIL_30D` where `STATE` = MH.", "COLD_CHAIN", "SPOIL_30D", at={"STATE": "MH"}),
    cate("If the milk is heated to 85 C, what is the effect of the buffalo-milk share on yield?", "BUF_MILK_PCT", "YIELD_POST", at={"MILK_TEMP_C": 85}),
    cate("does the training effect on 7-day spoilage differ by coagulant", "FSSAI_TRN", "SPOIL_7D"),
    cate("For vinegar-set paneer, how much does pressing time change TEXTURE_SCR?", "PRESS_HRS", "TEXTURE_SCR", at={"COAG": "VINEGAR"}),
    pol("Which makers should be subsidised to join the cold chain so that 30-day spoilage falls the most?", "COLD_CHAIN", "SPOIL_30D"),
    pol("Who should be sent on FSSAI training to maximise monthly orders?", "FSSAI_TRN", "ORDERS_MO"),
    pol("Allocation question: give cold-chain access to the makers for whom it adds the most shelf days.", "COLD_CHAIN", "SHELF_DAYS"),
    med("The cold chain extends shelf life, which then drives orders. How much of COLD_CHAIN -> ORDERS_MO goes via SHELF_DAYS?", "COLD_CHAIN", "SHELF_DAYS", "ORDERS_MO"),
    med("BUF_MILK_PCT -> TEXTURE_SCR_V2 -> PRICE_INR_KG, split direct/indirect", "BUF_MILK_PCT", "TEXTURE_SCR_V2", "PRICE_INR_KG"),
    disc("Infer the causal relationships among the paneer variables."),
    uns("Predict SHELF_DAYS for a new maker in GJ using a regression model."),
])

# ---------------------------------------------------------------- 8 quail (plain words)
D("h34_quail", "Quail egg farms: lighting, feed, vaccination, laying and mortality.", [
    ("farm", "id", ["Q-01", "Q-02", "Q-03"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("birds", "numeric", [500, 2400, 9000]),
    ("lighting", "numeric", [12, 14, 16]),
    ("feed", "categorical", ["standard", "highprotein", "organic"]),
    ("vaccinated", "binary", [1, 0, 1]),
    ("heating", "binary", [0, 1, 1]),
    ("temperature", "numeric", [16, 21, 26]),
    ("humidity", "numeric", [45, 60, 75]),
    ("eggs_before", "numeric", [4.8, 5.6, 6.2]),
    ("eggs_after", "numeric", [5.0, 5.9, 6.5]),
    ("mortality_30d", "numeric", [0.01, 0.03, 0.08]),
    ("mortality_90d", "numeric", [0.03, 0.07, 0.16]),
    ("shell_quality", "numeric", [6.1, 7.4, 8.9]),
    ("shell_quality2", "numeric", [0.31, 0.35, 0.40]),
    ("stress", "numeric", [2.1, 4.5, 8.0]),
    ("price", "numeric", [0.12, 0.18, 0.25]),
])
add("h34_quail", [
    ate("Average effect of (vaccinated) on (mortality_90d), adjusted for (birds) and (region).", "vaccinated", "mortality_90d", covariates=["birds", "region"]),
    ate("Does keeping the lights on longer make the quails lay more?", "lighting", "eggs_after"),
    ate("heating effect on mortality", "heating", None, clarify=True),
    ate("Is laying improved by vaccinating the flock?", "vaccinated", "eggs_after"),
    ate("effect of humidity on shell_quality2", "humidity", "shell_quality2"),
    ate("Does a heated barn calm the birds down?", "heating", "stress"),
    ate("For the farms that vaccinated, what was the effect on deaths in the first month?", "vaccinated", "mortality_30d", estimand="att"),
    ate("Does extra light stress the birds, or is that only because big flocks use more light? Hold the number of birds fixed.", "lighting", "stress", covariates=["birds"]),
    cate("effect of heating on eggs_after in the north", "heating", "eggs_after", at={"region": "north"}),
    cate("At 60% humidity, does heating reduce 30-day mortality?", "heating", "mortality_30d", at={"humidity": 60}),
    cate("How does the lighting effect on laying vary with flock size?", "lighting", "eggs_after"),
    cate("Among organically fed flocks, what is the effect of vaccination on shell_quality2?", "vaccinated", "shell_quality2", at={"feed": "organic"}),
    pol("Which farms should install heaters to keep 90-day mortality down?", "heating", "mortality_90d"),
    pol("Give a rule for which farms should run longer lighting to maximise eggs.", "lighting", "eggs_after"),
    pol("vaccinate which farms first? goal = eggs_after", "vaccinated", "eggs_after"),
    med("Heating lowers stress, which in turn raises laying. How much of heating's effect on eggs_after goes through stress?", "heating", "stress", "eggs_after"),
    med("lighting -> stress -> mortality_90d decomposition", "lighting", "stress", "mortality_90d"),
    disc("What drives what on these quail farms? Sort out the causal ordering of the variables."),
    disc("Estimate the causal graph of h34_quail."),
    uns("Summarise eggs_after: mean, median and standard deviation."),
])

# ---------------------------------------------------------------- 9 spirulina (snake cryptic)
D("h34_spirulina", "Spirulina algae ponds: aeration, CO2, shading, biomass, protein and contamination.", [
    ("pnd_id", "id", ["SP-T-01", "SP-H-04", "SP-C-09"]),
    ("site", "categorical", ["tamil", "hawaii", "chad", "yunnan"]),
    ("pdl_whl", "binary", [1, 0, 1]),
    ("co2_inj", "binary", [0, 1, 1]),
    ("ph_lvl", "numeric", [9.2, 10.0, 10.8]),
    ("wtr_tmp_c", "numeric", [24, 30, 37]),
    ("shd_net", "binary", [0, 0, 1]),
    ("nutr_mix", "categorical", ["zarrouk", "low_cost", "organic"]),
    ("dpth_cm", "numeric", [15, 25, 40]),
    ("od_680", "numeric", [0.4, 0.9, 1.6]),
    ("bmss_bl", "numeric", [6.5, 10.2, 15.0]),
    ("bmss_fu", "numeric", [7.1, 11.0, 16.3]),
    ("prot_pct", "numeric", [52, 60, 68]),
    ("prot_pct_v2", "numeric", [0.51, 0.59, 0.67]),
    ("cntm_7d", "binary", [0, 0, 1]),
    ("cntm_30d", "binary", [0, 1, 1]),
    ("hrv_freq", "numeric", [2, 3, 5]),
])
add("h34_spirulina", [
    ate("ATE of `co2_inj` on `bmss_fu`, adjusting for `wtr_tmp_c` and `site`.", "co2_inj", "bmss_fu", covariates=["wtr_tmp_c", "site"]),
    ate("Does stirring the pond with a paddle wheel raise productivity?", "pdl_whl", "bmss_fu"),
    ate("shade nets and protein content - causal?", "shd_net", None, clarify=True),
    ate("Does shading lower the chance that a pond gets contaminated within a month?", "shd_net", "cntm_30d"),
    ate("effect of ph on biomass", "ph_lvl", "bmss_fu"),
    ate("co2 injection -> protein v2", "co2_inj", "prot_pct_v2"),
    ate("For ponds that have paddle wheels, how much extra biomass did the wheels give them?", "pdl_whl", "bmss_fu", estimand="att"),
    ate("Would harvesting more often raise the risk of contamination in the first week?", "hrv_freq", "cntm_7d"),
    cate("co2_inj on bmss_fu at the chad site", "co2_inj", "bmss_fu", at={"site": "chad"}),
    cate("In a 30 cm deep pond, does the paddle wheel raise biomass?", "pdl_whl", "bmss_fu", at={"dpth_cm": 30}),
    cate("How does the CO2 effect on yield change with water temperature?", "co2_inj", "bmss_fu"),
    cate("Under the condition that the water is at 35 degrees, what is the effect of the shade net on prot_pct?", "shd_net", "prot_pct", at={"wtr_tmp_c": 35}),
    pol("Which ponds should get CO2 injection to maximise follow-up biomass?", "co2_inj", "bmss_fu"),
    pol("Target shade nets to the ponds where they most reduce 30-day contamination.", "shd_net", "cntm_30d"),
    pol("paddle wheel allocation across ponds, objective bmss_fu", "pdl_whl", "bmss_fu"),
    med("Paddle wheels work by keeping the culture dense (od_680), which then raises biomass. How much of the pdl_whl effect on bmss_fu goes via od_680?", "pdl_whl", "od_680", "bmss_fu"),
    med("How much of CO2 injection's effect on protein (v2) is explained by the change in pH?", "co2_inj", "ph_lvl", "prot_pct_v2"),
    disc("Learn a causal graph over the pond variables."),
    uns("Which site has the highest average od_680?"),
])

# ---------------------------------------------------------------- 10 foragers (camelCase)
D("h34_foragers", "Morel and chanterelle mushroom foragers: tools, training, catch, income and errors.", [
    ("foragerId", "id", ["F-0007", "F-0112", "F-0245"]),
    ("forestType", "categorical", ["conifer", "beech", "mixed", "burnSite"]),
    ("targetSpecies", "categorical", ["morel", "chanterelle", "both"]),
    ("yearsExp", "numeric", [1, 6, 22]),
    ("usesGpsApp", "binary", [1, 0, 1]),
    ("joinedCoop", "binary", [0, 1, 0]),
    ("tookIdCourse", "binary", [0, 1, 1]),
    ("rainMm7d", "numeric", [5, 22, 48]),
    ("tripsPerWk", "numeric", [1, 3, 6]),
    ("kmWalked", "numeric", [4.5, 9.0, 17.0]),
    ("kgPerTripPre", "numeric", [0.8, 2.1, 4.0]),
    ("kgPerTripPost", "numeric", [1.0, 2.4, 4.6]),
    ("incomeUsd", "numeric", [900, 3500, 11000]),
    ("earningsUsd", "numeric", [850, 3300, 10400]),
    ("misIdRate30d", "numeric", [0.0, 0.02, 0.09]),
    ("misIdRate90d", "numeric", [0.01, 0.04, 0.12]),
    ("injuryFlag", "binary", [0, 0, 1]),
])
add("h34_foragers", [
    ate("Estimate the ATE of `tookIdCourse` on `misIdRate90d`, controlling for `yearsExp`.", "tookIdCourse", "misIdRate90d", covariates=["yearsExp"]),
    ate("Do pickers who navigate with a GPS app bring home more mushrooms per outing?", "usesGpsApp", "kgPerTripPost"),
    ate("joining the coop -> income", "joinedCoop", None, clarify=True),
    ate("Does walking further get you hurt more often?", "kmWalked", "injuryFlag"),
    ate("Using rainfall in the previous week (rainMm7d) as an instrument, estimate the effect of tripsPerWk on incomeUsd.", "tripsPerWk", "incomeUsd", instrument="rainMm7d"),
    ate("For coop members, what did joining do to their earningsUsd?", "joinedCoop", "earningsUsd", estimand="att"),
    ate("Is the haul per trip bigger because of the GPS app, or just because experienced foragers use it? adjust for yearsExp", "usesGpsApp", "kgPerTripPost", covariates=["yearsExp"]),
    ate("Is misidentification reduced by the identification course?", "tookIdCourse", None, clarify=True),
    cate("usesGpsApp -> kgPerTripPost for burnSite foragers", "usesGpsApp", "kgPerTripPost", at={"forestType": "burnSite"}),
    cate("For morel hunters, does the ID course reduce 30-day misidentification?", "tookIdCourse", "misIdRate30d", at={"targetSpecies": "morel"}),
    cate("After 40 mm of rain in the previous week, what's the effect of the GPS app on the catch per trip?", "usesGpsApp", "kgPerTripPost", at={"rainMm7d": 40}),
    cate("For whom is the coop's effect on incomeUsd biggest?", "joinedCoop", "incomeUsd"),
    pol("Who should be offered the ID course to cut 90-day misidentification the most?", "tookIdCourse", "misIdRate90d"),
    pol("Which foragers should the cooperative recruit to raise earningsUsd?", "joinedCoop", "earningsUsd"),
    pol("Which pickers should we hand the GPS app to if we want fewer injuries?", "usesGpsApp", "injuryFlag"),
    med("GPS app -> more km walked -> more injuries: how much of the app's effect on injuryFlag is via kmWalked?", "usesGpsApp", "kmWalked", "injuryFlag"),
    med("Does coop membership raise incomeUsd mainly because members go out on more trips (tripsPerWk)? Decompose into direct and indirect parts.", "joinedCoop", "tripsPerWk", "incomeUsd"),
    disc("Discover the causal structure among the forager variables."),
    uns("How many foragers target chanterelles?"),
])

# ---------------------------------------------------------------- 11 spelt / amaranth (UPPER)
D("h34_spelt", "Spelt and amaranth growers: tillage, cover crops, irrigation, yields and margins.", [
    ("PLOT_ID", "id", ["PL-0001", "PL-0002", "PL-0003"]),
    ("CROP", "categorical", ["SPELT", "AMARANTH"]),
    ("SOIL", "categorical", ["LOAM", "CLAY", "SAND"]),
    ("AREA_HA", "numeric", [0.8, 2.0, 6.5]),
    ("NO_TILL", "binary", [1, 0, 0]),
    ("COVER_CROP", "binary", [0, 1, 1]),
    ("IRRIG", "binary", [0, 0, 1]),
    ("N_KG_HA", "numeric", [40, 90, 140]),
    ("RAIN_MM", "numeric", [380, 560, 810]),
    ("SOIL_ORG_C", "numeric", [1.1, 1.8, 2.6]),
    ("YLD_T_HA_BL", "numeric", [1.9, 3.2, 4.6]),
    ("YLD_T_HA_FU", "numeric", [2.1, 3.4, 4.9]),
    ("WEED_30D", "numeric", [12, 35, 80]),
    ("WEED_60D", "numeric", [20, 55, 120]),
    ("PROFIT_HA", "numeric", [150, 620, 1400]),
    ("MARGIN_HA", "numeric", [210, 700, 1550]),
    ("CERT_ORG", "binary", [0, 1, 0]),
])
add("h34_spelt", [
    ate("ATE of NO_TILL on YLD_T_HA_FU adjusting for SOIL and RAIN_MM.", "NO_TILL", "YLD_T_HA_FU", covariates=["SOIL", "RAIN_MM"]),
    ate("Does sowing a cover crop keep the weeds down?", "COVER_CROP", None, clarify=True),
    ate("irrigation effect on yield", "IRRIG", "YLD_T_HA_FU"),
    ate("Effect of nitrogen fertiliser on tonnes per hectare, holding rainfall fixed.", "N_KG_HA", "YLD_T_HA_FU", covariates=["RAIN_MM"]),
    ate("Is no-till more profitable?", "NO_TILL", None, clarify=True),
    ate("Using RAIN_MM as an instrument for IRRIG, what is the effect of irrigation on PROFIT_HA?", "IRRIG", "PROFIT_HA", instrument="RAIN_MM"),
    ate("For growers who went organic, what was the effect of certification on MARGIN_HA?", "CERT_ORG", "MARGIN_HA", estimand="att"),
    ate("What would watering have done to profit per hectare on the plots that are not irrigated?", "IRRIG", "PROFIT_HA", estimand="atc"),
    cate("NO_TILL -> YLD_T_HA_FU on CLAY soils", "NO_TILL", "YLD_T_HA_FU", at={"SOIL": "CLAY"}),
    cate("For amaranth plots, does irrigation raise the harvest?", "IRRIG", "YLD_T_HA_FU", at={"CROP": "AMARANTH"}),
    cate("on a 2 ha plot, what is the cover crop effect on weeds at 60 days", "COVER_CROP", "WEED_60D", at={"AREA_HA": 2}),
    cate("How does the nitrogen effect on yield vary with rainfall?", "N_KG_HA", "YLD_T_HA_FU"),
    pol("Which plots should be irrigated to maximise profit per ha?", "IRRIG", "PROFIT_HA"),
    pol("Recommend where to adopt no-till for the highest follow-up yield (YLD_T_HA_FU).", "NO_TILL", "YLD_T_HA_FU"),
    med("No-till builds soil carbon, which then raises yields. What share of the NO_TILL effect on YLD_T_HA_FU is mediated by SOIL_ORG_C?", "NO_TILL", "SOIL_ORG_C", "YLD_T_HA_FU"),
    med("cover crop -> WEED_60D -> YLD_T_HA_FU, direct vs indirect", "COVER_CROP", "WEED_60D", "YLD_T_HA_FU"),
    med("Cover cropping is said to work by building up organic matter in the soil, which in turn boosts the grain harvest. How much of the effect travels that way?", "COVER_CROP", "SOIL_ORG_C", "YLD_T_HA_FU"),
    disc("Which agronomic variables here cause which? Structure only, please."),
    uns("Export the table to CSV sorted by AREA_HA."),
])

# ---------------------------------------------------------------- 12 rattan (plain words)
D("h34_rattan", "Rattan furniture weavers: training, cooperatives, tools, defects, output and wages.", [
    ("weaver", "id", ["W-1001", "W-1002", "W-1003"]),
    ("island", "categorical", ["java", "kalimantan", "sulawesi", "cebu"]),
    ("experience", "numeric", [1, 8, 25]),
    ("training", "binary", [0, 1, 1]),
    ("cooperative", "binary", [1, 0, 1]),
    ("tools", "categorical", ["manual", "powered"]),
    ("moisture", "numeric", [10, 15, 22]),
    ("wage", "numeric", [90, 160, 280]),
    ("hours", "numeric", [30, 44, 60]),
    ("orders", "numeric", [2, 9, 30]),
    ("defects_before", "numeric", [0.04, 0.09, 0.18]),
    ("defects_after", "numeric", [0.03, 0.07, 0.15]),
    ("output_weekly", "numeric", [3, 6, 11]),
    ("output_monthly", "numeric", [12, 25, 46]),
    ("quality", "numeric", [5.8, 7.2, 8.9]),
    ("quality_v2", "numeric", [60, 74, 91]),
    ("export", "binary", [0, 1, 0]),
    ("price", "numeric", [45, 120, 380]),
])
add("h34_rattan", [
    ate("Average effect of (training) on (defects_after), adjusting for (experience).", "training", "defects_after", covariates=["experience"]),
    ate("Do weavers who belong to a cooperative take home more pay?", "cooperative", "wage"),
    ate("Do power tools raise output?", "tools", None, clarify=True),
    ate("does training reduce defects", "training", "defects_after"),
    ate("Effect of cane moisture on quality_v2.", "moisture", "quality_v2"),
    ate("For weavers who joined a cooperative, what was the effect on the number of orders?", "cooperative", "orders", estimand="att"),
    ate("Is export access raising prices? Adjust for quality_v2 and island.", "export", "price", covariates=["quality_v2", "island"]),
    ate("working longer hours -> monthly output", "hours", "output_monthly"),
    cate("training -> defects_after on cebu", "training", "defects_after", at={"island": "cebu"}),
    cate("For a weaver with 10 years of experience, what do powered tools do to weekly output?", "tools", "output_weekly", at={"experience": 10}),
    cate("How does the cooperative's effect on wage vary across islands?", "cooperative", "wage"),
    cate("Among weavers using manual tools, what's the training effect on quality?", "training", None, at={"tools": "manual"}, clarify=True),
    pol("Which weavers should get the training to minimise defects?", "training", "defects_after"),
    pol("who should be given powered tools to maximise monthly output", "tools", "output_monthly"),
    med("Cooperative membership brings in more orders, which then raise wages. How much of cooperative -> wage goes through orders?", "cooperative", "orders", "wage"),
    med("Training improves craftsmanship (quality_v2), which leads to higher prices: direct vs indirect effect of training on price.", "training", "quality_v2", "price"),
    med("Part of why co-op weavers earn more may be that they work longer. Separate the hours channel from the direct effect of the cooperative on wage.", "cooperative", "hours", "wage"),
    disc("Figure out the causal ordering of the weaving variables."),
    disc("Draw the causal graph for h34_rattan from the data."),
    uns("Make a histogram of price."),
])

# ---------------------------------------------------------------- 13 agave / tequila (snake cryptic)
D("h34_agave", "Agave/tequila distilleries: cooking, crushing, fermentation, yield, taste and awards.", [
    ("dst_id", "id", ["NOM-1107", "NOM-1414", "NOM-1523"]),
    ("reg", "categorical", ["altos", "valles", "oaxaca"]),
    ("agv_age_yr", "numeric", [5, 7, 9]),
    ("oven", "categorical", ["horno", "autoclave", "difusor"]),
    ("tahona", "binary", [1, 0, 0]),
    ("wild_yst", "binary", [0, 1, 1]),
    ("ferm_hrs", "numeric", [48, 96, 160]),
    ("brix_in", "numeric", [22, 26, 30]),
    ("dbl_dist", "binary", [1, 1, 0]),
    ("brl_mo", "numeric", [0, 11, 36]),
    ("abv_pct", "numeric", [38, 40, 55]),
    ("yld_l_t_pre", "numeric", [180, 220, 260]),
    ("yld_l_t_post", "numeric", [190, 228, 271]),
    ("tst_scr", "numeric", [82, 88, 95]),
    ("tst_scr_v2", "numeric", [3.5, 4.1, 4.8]),
    ("mthnl_ppm", "numeric", [90, 180, 290]),
    ("awd_1y", "numeric", [0, 1, 4]),
    ("awd_5y", "numeric", [0, 3, 12]),
])
add("h34_agave", [
    ate("ATE of `tahona` on `tst_scr_v2`, adjusting for `oven` and `reg`.", "tahona", "tst_scr_v2", covariates=["oven", "reg"]),
    ate("Does wild-yeast fermentation win more medals?", "wild_yst", None, clarify=True),
    ate("Does harvesting older agave plants give more litres per tonne?", "agv_age_yr", "yld_l_t_post"),
    ate("double distillation effect on methanol", "dbl_dist", "mthnl_ppm"),
    ate("Does longer barrel ageing improve taste?", "brl_mo", None, clarify=True),
    ate("Effect of tahona on yld_l_t_post for the distilleries that use the tahona.", "tahona", "yld_l_t_post", estimand="att"),
    ate("Does fermenting longer raise the alcohol strength? Control for brix_in.", "ferm_hrs", "abv_pct", covariates=["brix_in"]),
    ate("With agave age (agv_age_yr) as the instrument, what is the effect of sugar content (brix_in) on yield after (yld_l_t_post)?", "brix_in", "yld_l_t_post", instrument="agv_age_yr"),
    cate("tahona effect on taste v2 among autoclave distilleries", "tahona", "tst_scr_v2", at={"oven": "autoclave"}),
    cate("For 7-year-old agave, what does wild yeast do to tst_scr_v2?", "wild_yst", "tst_scr_v2", at={"agv_age_yr": 7}),
    cate("Where is the double-distillation effect on methanol biggest?", "dbl_dist", "mthnl_ppm"),
    cate("In Los Altos, what does barrel ageing do to awards over five years?", "brl_mo", "awd_5y", at={"reg": "altos"}),
    pol("Which distilleries should switch to tahona crushing to maximise tst_scr_v2?", "tahona", "tst_scr_v2"),
    pol("who should adopt double distillation to cut methanol", "dbl_dist", "mthnl_ppm"),
    med("Older agave carries more sugar (brix_in), which then gives more tequila per tonne. What is the indirect effect of agv_age_yr on yld_l_t_post through brix_in?", "agv_age_yr", "brix_in", "yld_l_t_post"),
    med("wild yeast -> abv_pct -> tst_scr_v2 decomposition", "wild_yst", "abv_pct", "tst_scr_v2"),
    med("Does the stone-wheel crush improve flavour on its own, or only by changing how much alcohol ends up in the spirit? (taste v2)", "tahona", "abv_pct", "tst_scr_v2"),
    disc("Which of the distillery variables influence which? Find the structure."),
    uns("Translate the column names into Spanish."),
])

# ---------------------------------------------------------------- 14 kvass (camelCase)
D("h34_kvass", "Kvass brewers: recipe, storage, street-barrel sales, promotions and repeat buying.", [
    ("brewerId", "id", ["KV-001", "KV-002", "KV-003"]),
    ("breadType", "categorical", ["rye", "borodinsky", "wheat"]),
    ("raisinAdd", "binary", [1, 0, 1]),
    ("fermHours", "numeric", [12, 24, 48]),
    ("coldStore", "binary", [0, 1, 1]),
    ("barrelStreetSales", "binary", [1, 1, 0]),
    ("pricePerL", "numeric", [60, 80, 120]),
    ("sugarGperL", "numeric", [30, 45, 70]),
    ("ambientTempC", "numeric", [15, 24, 33]),
    ("summerPromo", "binary", [0, 1, 0]),
    ("litresSoldPre", "numeric", [1200, 3400, 9000]),
    ("litresSoldPost", "numeric", [1300, 3700, 9800]),
    ("sourness", "numeric", [3.0, 5.5, 8.0]),
    ("sournessV2", "numeric", [3.4, 3.8, 4.2]),
    ("repeatBuy30d", "numeric", [0.15, 0.28, 0.42]),
    ("repeatBuy90d", "numeric", [0.30, 0.46, 0.63]),
    ("carbonation", "numeric", [1.5, 2.4, 3.2]),
])
add("h34_kvass", [
    ate("Estimate the ATE of `summerPromo` on `litresSoldPost`, adjusting for `ambientTempC`.", "summerPromo", "litresSoldPost", covariates=["ambientTempC"]),
    ate("Does adding raisins make kvass fizzier?", "raisinAdd", "carbonation"),
    ate("Does selling from yellow street barrels increase the volume sold?", "barrelStreetSales", "litresSoldPost"),
    ate("longer fermentation -> sourer kvass?", "fermHours", None, clarify=True),
    ate("summer promo effect on repeat buyers", "summerPromo", None, clarify=True),
    ate("effect of coldStore on repeatBuy90d", "coldStore", "repeatBuy90d"),
    ate("For brewers who ran the summer promotion, what did it do to litres sold?", "summerPromo", "litresSoldPost", estimand="att"),
    ate("Effect of sugar per litre on sournessV2, adj fermHours", "sugarGperL", "sournessV2", covariates=["fermHours"]),
    cate("summerPromo on litresSoldPost at 30C", "summerPromo", "litresSoldPost", at={"ambientTempC": 30}),
    cate("For borodinsky kvass, does adding raisins change the fizz?", "raisinAdd", "carbonation", at={"breadType": "borodinsky"}),
    cate("How does the barrel-sales effect on volume vary with price?", "barrelStreetSales", "litresSoldPost"),
    cate("When the price is 80 roubles a litre, what is the effect of cold storage on the 90-day repeat rate?", "coldStore", "repeatBuy90d", at={"pricePerL": 80}),
    pol("Which brewers should run the summer promotion to maximise litres sold afterwards?", "summerPromo", "litresSoldPost"),
    pol("Decide who should switch to cold storage to maximise 90-day repeat purchase.", "coldStore", "repeatBuy90d"),
    med("Raisins work by boosting carbonation, which then brings buyers back within 30 days. How much of raisinAdd -> repeatBuy30d is via carbonation?", "raisinAdd", "carbonation", "repeatBuy30d"),
    med("coldStore -> sournessV2 -> repeatBuy90d", "coldStore", "sournessV2", "repeatBuy90d"),
    med("Street-barrel selling seems to work by turning passers-by into regulars, who then push volume up. How much of the barrel effect on litresSoldPost runs through repeatBuy30d?", "barrelStreetSales", "repeatBuy30d", "litresSoldPost"),
    disc("Run structure learning on the kvass columns."),
    uns("What's the correlation between pricePerL and litresSoldPost?"),
])

# ---------------------------------------------------------------- 15 rooibos (UPPER)
D("h34_rooibos", "South African rooibos tea estates: certification, irrigation, leaf yield, quality and exports.", [
    ("ESTATE_ID", "id", ["RB-001", "RB-002", "RB-003"]),
    ("DISTRICT", "categorical", ["CEDERBERG", "CLANWILLIAM", "NIEUWOUDTVILLE", "CITRUSDAL"]),
    ("FAIRTRADE", "binary", [1, 0, 0]),
    ("DRIP_IRR", "binary", [0, 1, 1]),
    ("ORGANIC", "binary", [1, 0, 1]),
    ("ALT_M", "numeric", [150, 420, 780]),
    ("RAIN_MM", "numeric", [180, 260, 390]),
    ("BUSH_AGE_YR", "numeric", [2, 4, 7]),
    ("FERM_HRS", "numeric", [8, 12, 16]),
    ("WORKERS", "numeric", [12, 35, 90]),
    ("LEAF_T_HA_BL", "numeric", [0.3, 0.6, 1.1]),
    ("LEAF_T_HA_12M", "numeric", [0.35, 0.65, 1.2]),
    ("ASPALATHIN", "numeric", [0.4, 1.2, 3.1]),
    ("ASPALATHIN_V2", "numeric", [4.0, 11.5, 29.0]),
    ("GRADE_SUPER_PCT", "numeric", [35, 55, 78]),
    ("WAGE_ZAR", "numeric", [4200, 5100, 6800]),
    ("EXPORT_1Y", "numeric", [8, 40, 150]),
    ("EXPORT_3Y", "numeric", [30, 130, 470]),
])
add("h34_rooibos", [
    ate("ATE of FAIRTRADE on WAGE_ZAR controlling for DISTRICT and WORKERS.", "FAIRTRADE", "WAGE_ZAR", covariates=["DISTRICT", "WORKERS"]),
    ate("Does drip irrigation raise leaf yield?", "DRIP_IRR", "LEAF_T_HA_12M"),
    ate("organic certification effect on exports", "ORGANIC", None, clarify=True),
    ate("Does fermenting the tea for longer destroy the aspalathin?", "FERM_HRS", None, clarify=True),
    ate("Effect of altitude (`ALT_M`) on the share of super grade (`GRADE_SUPER_PCT`).", "ALT_M", "GRADE_SUPER_PCT"),
    ate("Are 3-year export volumes boosted by Fairtrade certification, or is that confounded by estate size?", "FAIRTRADE", "EXPORT_3Y"),
    ate("For the estates that went Fairtrade, what did it do to wages?", "FAIRTRADE", "WAGE_ZAR", estimand="att"),
    ate("Would conversion to organic raise the super-grade share on estates that have not converted?", "ORGANIC", "GRADE_SUPER_PCT", estimand="atc"),
    cate("DRIP_IRR effect on leaf yield in CLANWILLIAM", "DRIP_IRR", "LEAF_T_HA_12M", at={"DISTRICT": "CLANWILLIAM"}),
    cate("With 200 mm of rain a year, how much does drip irrigation add to LEAF_T_HA_12M?", "DRIP_IRR", "LEAF_T_HA_12M", at={"RAIN_MM": 200}),
    cate("How does the fermentation-time effect on ASPALATHIN_V2 vary with the age of the bushes?", "FERM_HRS", "ASPALATHIN_V2"),
    cate("Among organic estates, Fairtrade effect on EXPORT_1Y.", "FAIRTRADE", "EXPORT_1Y", at={"ORGANIC": 1}),
    pol("Which estates should install drip irrigation for maximum 12-month leaf yield?", "DRIP_IRR", "LEAF_T_HA_12M"),
    pol("fairtrade targeting rule for wages", "FAIRTRADE", "WAGE_ZAR"),
    med("Drip irrigation raises leaf yield, which then lifts exports over three years. What share of DRIP_IRR's effect on EXPORT_3Y runs via LEAF_T_HA_12M?", "DRIP_IRR", "LEAF_T_HA_12M", "EXPORT_3Y"),
    med("ORGANIC -> ASPALATHIN_V2 -> GRADE_SUPER_PCT: direct and indirect effects", "ORGANIC", "ASPALATHIN_V2", "GRADE_SUPER_PCT"),
    med("Fairtrade is thought to work by paying pickers better, which then improves the grading of the crop. How much of its effect on the super-grade share goes that way?", "FAIRTRADE", "WAGE_ZAR", "GRADE_SUPER_PCT"),
    disc("What causes what among the rooibos estate variables?"),
    disc("Fit a DAG to h34_rooibos."),
    uns("Forecast EXPORT_3Y for 2027."),
])

# ---------------------------------------------------------------- dataset-free items
none_items([
    # audit
    ("audit", "If I change only the applicant's race in the prompt, does the chatbot's loan approval recommendation change?", "race", "loan approval"),
    ("audit", "Would the AI assistant recommend a different salary if the candidate's name sounded female rather than male, everything else identical?", "gender", "salary"),
    ("audit", "Test whether the language model's hiring recommendation flips when the candidate's age is changed from 30 to 60.", "age", "hiring recommendation"),
    ("audit", "Does our triage chatbot assign a different urgency level to patients who mention a disability, holding the symptoms fixed?", "disability", "urgency level"),
    ("audit", "Counterfactual fairness check: swap the tenant's religion (Muslim vs Christian) in the rental application and see whether the AI's approval changes.", "religion", "approval"),
    ("audit", "does the model's bail decision depend on the defendant's race if everything else stays the same", "race", "bail decision"),
    ("audit", "Audit an LLM grader: would essay grades change if the student's name were Jamal instead of Greg?", "name", "essay grades"),
    ("audit", "Would the customer-service bot grant a refund less often if the customer's message showed a strong regional accent, all else equal?", "accent", "refund"),
    ("audit", "Check whether the AI tenant screener changes its recommendation when only the applicant's nationality differs.", "nationality", "recommendation"),
    ("audit", "Is the language model's credit limit suggestion affected by the applicant's gender, with income and history held equal?", "gender", "credit limit"),
    ("audit", "Would the admissions assistant's ranking drop if the applicant were a wheelchair user, everything else equal?", "disability", "ranking"),
    ("audit", "does the chatbot quote a different insurance premium for a 70-year-old vs a 35-year-old with identical health records", "age", "insurance premium"),
    ("audit", "When an LLM gives medical advice, does its pain medication recommendation change if only the patient's race is altered?", "race", "pain medication recommendation"),
    ("audit", "Evaluate whether swapping 'he' for 'she' in a performance review changes the AI's promotion recommendation.", "gender", "promotion recommendation"),
    ("audit", "Would the AI loan officer's mortgage decision change if the applicant had a Hispanic-sounding name, all else equal?", "name", "mortgage decision"),
    ("audit", "Does an LLM's scholarship decision change when the applicant mentions attending a mosque instead of a church, nothing else different?", "religion", "scholarship decision"),
    ("audit", "counterfactual test: if the cover letter mentions a same-sex partner instead of an opposite-sex one, does the chatbot's lease recommendation shift?", "sexual orientation", "lease recommendation"),
    ("audit", "If a job seeker's CV says she is pregnant, will the AI hiring tool's shortlist decision differ, holding qualifications fixed?", "pregnancy", "shortlist decision"),
    # relation
    ("relation", "Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A and C are independent given B. Does A directly cause C?", None, None),
    ("relation", "Premise: A and B are correlated, A and C are correlated, but B and C are independent of each other. Hypothesis: A is a common effect of B and C. Is that necessarily true?", None, None),
    ("relation", "We observe that X and Y are correlated, and that they remain correlated after conditioning on every other variable. Can we conclude X causes Y?", None, None),
    ("relation", "Among four variables A, B, C, D: all pairs are correlated except A and D, which are independent; A and D become dependent given C. Must C be caused by both A and D?", None, None),
    ("relation", "premises: A ~ B correlated; B ~ C correlated; A indep C; A and C dependent given B. does B cause A?", None, None),
    ("relation", "Three variables P, Q, R. P and Q are independent. Q and R are correlated. P and R are correlated. P and Q are correlated once we condition on R. Is R a confounder of P and Q?", None, None),
    ("relation", "Given that A is correlated with B, B with C, and A with C, and no conditional independencies hold, is it possible to tell whether A causes C?", None, None),
    ("relation", "Suppose A and B are independent, and both correlate with C. Does C cause A?", None, None),
    ("relation", "In a system with variables A, B, C, D: A correlates with B, B with C, C with D; A is independent of D given B; B is independent of D given C. Is there a direct causal link from A to D?", None, None),
    ("relation", "If smoking (A) correlates with yellow fingers (B) and with lung cancer (C), and B and C are independent given A, does B cause C?", None, None),
    # generate
    ("generate", "Generate a synthetic dataset of 5,000 rows from the DAG Z -> X -> Y, Z -> Y with linear Gaussian equations.", None, None),
    ("generate", "Let a language model write the structural equations for the DAG rainfall -> mushroom yield -> forager income, then simulate 1,000 samples.", None, None),
    ("generate", "Create a benchmark dataset with a known ATE of 2.0 for a binary treatment and two confounders.", None, None),
    ("generate", "simulate data from this SCM: U ~ N(0,1); T = 1[U + e > 0]; Y = 3T + 2U + e. n=2000", None, None),
    ("generate", "Have an LLM propose plausible variables and functional forms for a 6-node DAG about bakery sales, then sample a dataset from it.", None, None),
    ("generate", "Produce a fake dataset where temperature causes ice-cream sales and drownings but sales don't cause drownings.", None, None),
    ("generate", "Build a synthetic mediation benchmark: T -> M -> Y plus T -> Y, with the indirect effect set to 40% of the total.", None, None),
    ("generate", "I need simulated data from a structural causal model with an instrument Z -> T -> Y and a hidden confounder between T and Y.", None, None),
    ("generate", "Use a language model to fill in the equations of a causal graph with nodes fertiliser, soil carbon and yield, then generate 500 rows of synthetic farm data.", None, None),
    ("generate", "generate a nonlinear benchmark dataset (10 variables, random DAG, additive noise) for testing causal discovery algorithms", None, None),
    # unsupported, no dataset
    ("unsupported", "hi there! what can you do?", None, None),
    ("unsupported", "Tell me a joke about dumplings.", None, None),
    ("unsupported", "What's the capital of Georgia, the country?", None, None),
    ("unsupported", "Write SQL to join the orders and customers tables on customer_id.", None, None),
    ("unsupported", "forecast the price of gold next month", None, None),
])


# ---------------------------------------------------------------- validation
def validate():
    allowed = {"kind", "treatment", "outcome", "mediator", "covariates", "instrument", "estimand", "at", "clarify"}
    for q in QUESTIONS:
        e = q["expected"]
        assert set(e) <= allowed, e
        assert e["kind"] in {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
        ds = q["dataset"]
        if ds == "none":
            assert q["columns"] is None
            if e["kind"] != "audit":
                assert e["treatment"] is None and e["outcome"] is None
            continue
        assert ds in DATASETS, ds
        cols = DATASETS[ds]["columns"]
        assert q["columns"] == list(cols)
        if e["kind"] in {"discover", "unsupported"}:
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        for r in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(r) is not None:
                assert e[r] in cols, (ds, r, e[r])
        for c in e.get("covariates", []):
            assert c in cols, (ds, c)
        for c, v in e.get("at", {}).items():
            assert c in cols, (ds, c)
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], (ds, c, v)
            else:
                assert isinstance(v, (int, float)), (ds, c, v)
        if e["kind"] == "mediation":
            assert e["mediator"] is not None
        if e["kind"] in {"ate", "cate", "policy", "mediation"} and not e.get("clarify"):
            assert e["treatment"] and e["outcome"], q["question"]
        if e.get("estimand"):
            assert e["estimand"] in {"att", "atc"}
    for n, d in DATASETS.items():
        assert n.startswith("h34_")
        assert 13 <= len(d["columns"]) <= 18, (n, len(d["columns"]))
        assert sum(c["type"] == "id" for c in d["columns"].values()) == 1
        for c in d["columns"].values():
            if c["type"] == "categorical":
                assert len(c["values"]) <= 6
            else:
                assert len(c["values"]) == 3
    assert len(DATASETS) == 15
    texts = [q["question"] for q in QUESTIONS]
    assert len(texts) == len(set(texts))


def main():
    validate()
    rng = random.Random(SEED)
    qs = list(QUESTIONS)
    rng.shuffle(qs)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DATASETS, f, indent=1, ensure_ascii=False)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for q in qs:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    kinds = collections.Counter(q["expected"]["kind"] for q in qs)
    mods = collections.Counter()
    for q in qs:
        for m in ("covariates", "instrument", "estimand", "at", "clarify"):
            if m in q["expected"]:
                mods[m] += 1
        if q["expected"].get("estimand"):
            mods["estimand=" + q["expected"]["estimand"]] += 1
    styles = {"h34_pelmeni": "snake_case cryptic", "h34_khachapuri": "camelCase", "h34_feijoada": "UPPER_CASE",
              "h34_bibimbap": "plain words", "h34_baozi": "snake_case cryptic", "h34_gouda": "camelCase",
              "h34_paneer": "UPPER_CASE", "h34_quail": "plain words", "h34_spirulina": "snake_case cryptic",
              "h34_foragers": "camelCase", "h34_spelt": "UPPER_CASE", "h34_rattan": "plain words",
              "h34_agave": "snake_case cryptic", "h34_kvass": "camelCase", "h34_rooibos": "UPPER_CASE"}
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    L = ["# h34 held-out causal question set", "",
         f"- Writer tag: **h34**; generated {now} (UTC).",
         "- Regenerate: `python3 make_h34.py` (writes datasets.json, questions.jsonl, README.md next to the script).",
         f"- split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.",
         f"- {len(qs)} questions over {len(DATASETS)} datasets.", "", "## Datasets (domain, column count, naming style)", ""]
    for n, d in DATASETS.items():
        L.append(f"- `{n}`: {d['description']} ({len(d['columns'])} columns, {styles[n]})")
    L += ["", "Naming styles: snake_case cryptic codes (pelmeni, baozi, spirulina, agave), camelCase (khachapuri, gouda, foragers, kvass), "
          "UPPER_CASE (feijoada, paneer, spelt, rooibos), plain words (bibimbap, quail, rattan). Every dataset has one id column, "
          "a baseline/follow-up pair, parallel windows and a near-synonym/v2 pair as distractors.", "",
          "## Counts by kind", ""]
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        L.append(f"- {k}: {v}")
    L += ["", "## Counts by modifier", ""]
    for k, v in sorted(mods.items()):
        L.append(f"- {k}: {v}")
    L += ["", "## Label conventions", "",
          "- treatment/outcome/mediator are exact column names; null where the kind has none (discover, unsupported, relation, generate).",
          "- If a question names no version of a baseline/follow-up pair, the follow-up column is the outcome.",
          "- clarify: true when the question is ambiguous between parallel columns (30d/90d, weekday/weekend, v1/v2, near-synonyms like PROFIT_HA/MARGIN_HA, weekly/monthly) or names a variable the data lacks; the unresolved role is null.",
          "- covariates only when the question says adjust/control/hold fixed; instrument only when named; estimand att/atc only for 'those who took it' / 'those who did not'.",
          "- cate `at` holds subgroup/value filters (numbers for numeric/binary, level strings for categoricals); heterogeneity questions ('how does it vary', 'for whom') have no `at`.",
          "- policy: treatment = action column, outcome = goal column.",
          "- audit (dataset none): treatment = the attribute as a short phrase; outcome = shortest noun phrase for the decision.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(L))
    print(len(qs), dict(kinds), dict(mods))


if __name__ == "__main__":
    main()
