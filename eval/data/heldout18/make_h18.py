#!/usr/bin/env python3
"""Build h18 held-out question set (datasets.json, questions.jsonl, README.md)."""
import json, random, collections, os, sys

OUT = os.path.dirname(os.path.abspath(__file__))  # the h18 writer wrote into /work/h18out
SPLIT, ORIGIN, SEED = "test", "heldout18", 18018
STAMP = sys.argv[1] if len(sys.argv) > 1 else "unknown"

DS = {}
QS = []


def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c: {"type": t, "values": v} for c, t, v in cols}}


def add(dsname, kind, q, t=None, y=None, m=None, cov=None, at=None, est=None,
        inst=None, clarify=False):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        exp["covariates"] = cov
    if inst:
        exp["instrument"] = inst
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = at
    if clarify:
        exp["clarify"] = True
    cols = list(DS[dsname]["columns"]) if dsname != "none" else None
    QS.append({"question": q, "dataset": dsname, "columns": cols,
               "split": SPLIT, "origin": ORIGIN, "expected": exp})


# ---------------------------------------------------------------- 1 cricket
D = "h18_cricket"
ds(D, "Amateur cricket clubs: coaching investments, membership and results over two seasons.", [
    ("club_id", "id", ["CC0012", "CC0457", "CC0981"]),
    ("cntry", "categorical", ["England", "Wales", "Scotland", "Ireland"]),
    ("junior_prog", "binary", [0, 1]),
    ("nets_hrs_wk", "numeric", [4, 9.5, 14]),
    ("bowl_mach", "binary", [0, 1]),
    ("coach_lvl", "categorical", ["none", "L1", "L2", "L3"]),
    ("sponsor", "binary", [0, 1]),
    ("vol_hrs", "numeric", [12, 40, 85]),
    ("ground_qual", "numeric", [5.5, 7.0, 8.2]),
    ("ground_qual_v2", "numeric", [61, 74, 88]),
    ("mbr_n_pre", "numeric", [48, 120, 305]),
    ("mbr_n_post", "numeric", [52, 131, 290]),
    ("win_pct_22", "numeric", [0.31, 0.5, 0.72]),
    ("win_pct_23", "numeric", [0.28, 0.55, 0.8]),
    ("retention_1y", "numeric", [0.62, 0.78, 0.91]),
    ("retention_2y", "numeric", [0.45, 0.63, 0.84]),
    ("bar_rev_k", "numeric", [8.4, 22.0, 51.3]),
    ("founded", "date", ["1874-05-01", "1921-04-12", "1988-06-30"]),
])
add(D, "ate", "Estimate the average treatment effect of `junior_prog` on `mbr_n_post`, adjusting for `cntry` and `mbr_n_pre`.",
    "junior_prog", "mbr_n_post", cov=["cntry", "mbr_n_pre"])
add(D, "ate", "Does having a bowling machine actually make clubs win more games next season, or is that just because richer clubs buy them?",
    "bowl_mach", "win_pct_23")
add(D, "ate", "ate of sponsor on bar_rev_k", "sponsor", "bar_rev_k")
add(D, "ate", "How much do extra hours in the nets raise a club's win percentage in 2023?", "nets_hrs_wk", "win_pct_23")
add(D, "ate", "Do clubs running a junior coaching scheme hang on to more of their players after two years?",
    "junior_prog", "retention_2y")
add(D, "ate", "effect of volunteer hrs on ground quality (v2 score), control for cntry", "vol_hrs", "ground_qual_v2", cov=["cntry"])
add(D, "ate", "Is membership growth caused by the junior programme among the clubs that actually ran one?",
    "junior_prog", "mbr_n_post", est="att")
add(D, "ate", "What is the effect of having a sponsor on retention?", "sponsor", None, clarify=True)
add(D, "ate", "What effect does the type of pitch drainage system a club installed have on its 2023 win rate?",
    None, "win_pct_23", clarify=True)
add(D, "cate", "Effect of `bowl_mach` on `win_pct_23` for clubs in Wales (`cntry` = Wales).",
    "bowl_mach", "win_pct_23", at={"cntry": "Wales"})
add(D, "cate", "For clubs whose head coach holds a Level 3 badge, how much does the junior programme lift one-year retention?",
    "junior_prog", "retention_1y", at={"coach_lvl": "L3"})
add(D, "cate", "which clubs gain most in wins from extra net practice? does it differ by coach level",
    "nets_hrs_wk", "win_pct_23")
add(D, "cate", "Under the condition that volunteers put in 40 hours, what does sponsorship do to bar takings?",
    "sponsor", "bar_rev_k", at={"vol_hrs": 40})
add(D, "policy", "Which clubs should the county board fund a bowling machine for, to maximise their 2023 win percentage (`win_pct_23`)?",
    "bowl_mach", "win_pct_23")
add(D, "policy", "targeting rule: which clubs to start a junior_prog in to grow mbr_n_post", "junior_prog", "mbr_n_post")
add(D, "policy", "Sponsorship deals are scarce. Which clubs should we steer sponsors towards so that they keep the most members over two years?",
    "sponsor", "retention_2y")
add(D, "mediation", "How much of the junior programme's effect on two-year retention flows through volunteer hours (`vol_hrs`)?",
    "junior_prog", "retention_2y", m="vol_hrs")
add(D, "mediation", "Sponsorship money buys more time in the nets, which then improves results on the field. How big is that indirect path compared with the direct one?",
    "sponsor", "win_pct_23", m="nets_hrs_wk")
add(D, "discover", "What drives what among these cricket club variables? Map out how they influence one another.")
add(D, "unsupported", "Plot win_pct_23 by cntry as a boxplot.")

# ---------------------------------------------------------------- 2 karate
D = "h18_karate"
ds(D, "Karate dojos: pricing, class offers, training load, enrolment, churn and injuries.", [
    ("dojoId", "id", ["DJ-104", "DJ-377", "DJ-902"]),
    ("styleType", "categorical", ["Shotokan", "Goju-ryu", "Kyokushin", "Wado-ryu"]),
    ("urbanSite", "binary", [0, 1]),
    ("monthlyFee", "numeric", [30, 45, 70]),
    ("instructorDan", "numeric", [2, 4, 7]),
    ("kidsClassOffered", "binary", [0, 1]),
    ("trialWeekFree", "binary", [0, 1]),
    ("sessionsPerWk", "numeric", [3, 6, 12]),
    ("sparringHrsWk", "numeric", [0.5, 2, 5]),
    ("studentCountPrev", "numeric", [25, 60, 140]),
    ("studentCount", "numeric", [22, 71, 155]),
    ("churnRate30d", "numeric", [0.02, 0.06, 0.12]),
    ("churnRate90d", "numeric", [0.07, 0.15, 0.3]),
    ("injuryRate6m", "numeric", [0.5, 1.8, 4.1]),
    ("injuryRate12m", "numeric", [1.1, 3.4, 7.9]),
    ("beltPromoRate", "numeric", [0.2, 0.35, 0.6]),
    ("beltPromoRate_v2", "numeric", [0.18, 0.33, 0.57]),
    ("tournamentEntries", "numeric", [0, 6, 25]),
])
add(D, "ate", "Does offering a free trial week (`trialWeekFree`) increase `studentCount`? Control for `studentCountPrev` and `urbanSite`.",
    "trialWeekFree", "studentCount", cov=["studentCountPrev", "urbanSite"])
add(D, "ate", "how much does sparring time push up injuries over the year", "sparringHrsWk", "injuryRate12m")
add(D, "ate", "Are kids' classes the reason some dojos lose fewer students within 90 days, or is that confounding by location?",
    "kidsClassOffered", "churnRate90d")
add(D, "ate", "ATE monthlyFee -> churnRate30d", "monthlyFee", "churnRate30d")
add(D, "ate", "If every dojo charged more per month, would enrolment fall?", "monthlyFee", "studentCount")
add(D, "ate", "Effect of instructor grade (dan) on tournament entries, holding the karate style fixed.",
    "instructorDan", "tournamentEntries", cov=["styleType"])
add(D, "ate", "Does a free trial reduce churn?", "trialWeekFree", None, clarify=True)
add(D, "ate", "Among dojos that ran a free trial week, what did it do for their headcount?", "trialWeekFree", "studentCount", est="att")
add(D, "cate", "Effect of `sparringHrsWk` on `injuryRate6m` for Kyokushin dojos.", "sparringHrsWk", "injuryRate6m",
    at={"styleType": "Kyokushin"})
add(D, "cate", "in city dojos, do kids classes cut 30-day churn?", "kidsClassOffered", "churnRate30d", at={"urbanSite": 1})
add(D, "cate", "How does the effect of the monthly fee on student numbers vary with how many sessions a week the dojo offers?",
    "monthlyFee", "studentCount")
add(D, "cate", "When the fee is £45 a month, what's the effect of a free trial week on student count?",
    "trialWeekFree", "studentCount", at={"monthlyFee": 45})
add(D, "policy", "Which dojos should introduce a free trial week to grow their student count most?", "trialWeekFree", "studentCount")
add(D, "policy", "Recommend a rule for which dojos should add a children's class so that 90-day churn (`churnRate90d`) falls.",
    "kidsClassOffered", "churnRate90d")
add(D, "mediation", "Kids' classes bring in whole families, which then raises the number of tournament entries. How much of the kids-class effect on `tournamentEntries` runs through `studentCount`?",
    "kidsClassOffered", "tournamentEntries", m="studentCount")
add(D, "mediation", "direct vs indirect effect of instructorDan on beltPromoRate_v2 via sessionsPerWk",
    "instructorDan", "beltPromoRate_v2", m="sessionsPerWk")
add(D, "discover", "Learn the causal graph over the dojo variables.")
add(D, "unsupported", "What's the mean monthlyFee by styleType?")

# ---------------------------------------------------------------- 3 funeral
D = "h18_funeral"
ds(D, "Funeral homes: service offers, pricing, enquiries, complaints and satisfaction.", [
    ("HOME_ID", "id", ["FH-0031", "FH-0208", "FH-0772"]),
    ("REGION", "categorical", ["North", "South", "East", "West"]),
    ("FAMILY_OWNED", "binary", [0, 1]),
    ("STAFF_FTE", "numeric", [3, 7.5, 16]),
    ("AVG_PRICE_GBP", "numeric", [2900, 4100, 6300]),
    ("PREPLAN_OFFER", "binary", [0, 1]),
    ("ONLINE_OBIT", "binary", [0, 1]),
    ("GRIEF_SUPPORT", "binary", [0, 1]),
    ("CREMATION_SHARE", "numeric", [0.61, 0.78, 0.9]),
    ("CALLS_PRE", "numeric", [40, 95, 210]),
    ("CALLS_POST", "numeric", [38, 110, 240]),
    ("COMPLAINTS_Q1", "numeric", [0, 2, 7]),
    ("COMPLAINTS_Q4", "numeric", [0, 1, 6]),
    ("SAT_SCORE", "numeric", [3.9, 4.4, 4.9]),
    ("SAT_SCORE_V2", "numeric", [71, 84, 96]),
    ("REVENUE_K", "numeric", [310, 720, 1650]),
    ("OPEN_DATE", "date", ["1902-03-01", "1965-09-15", "2011-01-10"]),
])
add(D, "ate", "Estimate the effect of `PREPLAN_OFFER` on `REVENUE_K`, adjusting for `REGION` and `STAFF_FTE`.",
    "PREPLAN_OFFER", "REVENUE_K", cov=["REGION", "STAFF_FTE"])
add(D, "ate", "Do online obituaries bring in more enquiry calls afterwards?", "ONLINE_OBIT", "CALLS_POST")
add(D, "ate", "grief support -> complaints in Q4, ate", "GRIEF_SUPPORT", "COMPLAINTS_Q4")
add(D, "ate", "Would bereaved families be happier, on the revised satisfaction measure, if homes offered bereavement counselling?",
    "GRIEF_SUPPORT", "SAT_SCORE_V2")
add(D, "ate", "Is revenue lower because a home is family-owned, or is that just confounding?", "FAMILY_OWNED", "REVENUE_K")
add(D, "ate", "What is the average causal effect of `AVG_PRICE_GBP` on `CREMATION_SHARE`?", "AVG_PRICE_GBP", "CREMATION_SHARE")
add(D, "ate", "Does offering pre-paid funeral plans raise customer satisfaction?", "PREPLAN_OFFER", None, clarify=True)
add(D, "ate", "For the homes that offer pre-need plans, what did offering them do to call volume afterwards?",
    "PREPLAN_OFFER", "CALLS_POST", est="att")
add(D, "cate", "Effect of ONLINE_OBIT on CALLS_POST in the North region (REGION = North).", "ONLINE_OBIT", "CALLS_POST",
    at={"REGION": "North"})
add(D, "cate", "For family-run homes, does grief support reduce complaints by the fourth quarter?", "GRIEF_SUPPORT", "COMPLAINTS_Q4",
    at={"FAMILY_OWNED": 1})
add(D, "cate", "At an average funeral price of £4,000, how does the pre-plan offer change turnover?", "PREPLAN_OFFER", "REVENUE_K",
    at={"AVG_PRICE_GBP": 4000})
add(D, "cate", "whr is the effect of online obits on revenue biggest", "ONLINE_OBIT", "REVENUE_K")
add(D, "policy", "Which funeral homes should start offering pre-need plans to maximise `REVENUE_K`?", "PREPLAN_OFFER", "REVENUE_K")
add(D, "policy", "The group can fund grief support at 20 homes. Which ones, to cut Q4 complaints the most?", "GRIEF_SUPPORT", "COMPLAINTS_Q4")
add(D, "policy", "Who should get the online obituary service if we want more phone enquiries after launch?", "ONLINE_OBIT", "CALLS_POST")
add(D, "mediation", "Pre-planning offers work by drawing in more enquiry calls, which then turn into revenue. Split the effect of PREPLAN_OFFER on REVENUE_K into the part via CALLS_POST and the rest.",
    "PREPLAN_OFFER", "REVENUE_K", m="CALLS_POST")
add(D, "mediation", "how much of grief support's effect on `SAT_SCORE_V2` is mediated by `COMPLAINTS_Q4`", "GRIEF_SUPPORT", "SAT_SCORE_V2",
    m="COMPLAINTS_Q4")
add(D, "discover", "Which of these funeral home variables influence which? I want the causal structure, not correlations.")
add(D, "unsupported", "Forecast REVENUE_K for next year for each HOME_ID.")

# ---------------------------------------------------------------- 4 glazing
D = "h18_glazing"
ds(D, "Glazing contractors: training, staffing, warranties, defects, callbacks and margins.", [
    ("firm", "id", ["G-1001", "G-1450", "G-2213"]),
    ("region", "categorical", ["north", "midlands", "south", "wales"]),
    ("founded", "date", ["1979-02-01", "1998-07-20", "2015-11-03"]),
    ("union", "binary", [0, 1]),
    ("training", "binary", [0, 1]),
    ("apprentices", "numeric", [0, 2, 6]),
    ("crew", "numeric", [2, 4, 9]),
    ("warranty", "numeric", [1, 5, 10]),
    ("quotedays", "numeric", [1, 4, 12]),
    ("jobs", "numeric", [8, 22, 60]),
    ("tripleshare", "numeric", [0.0, 0.15, 0.45]),
    ("defectrate", "numeric", [0.8, 2.5, 6.0]),
    ("defectratio", "numeric", [0.01, 0.03, 0.07]),
    ("callbacksbefore", "numeric", [1, 5, 14]),
    ("callbacksafter", "numeric", [0, 3, 11]),
    ("rating", "numeric", [3.6, 4.3, 4.9]),
    ("rating2", "numeric", [62, 80, 95]),
    ("margin", "numeric", [0.08, 0.17, 0.29]),
])
add(D, "ate", "Does installer training (training) reduce callbacks afterwards (callbacksafter), controlling for crew and region?",
    "training", "callbacksafter", cov=["crew", "region"])
add(D, "ate", "what happens to profit margin when firms take on more apprentices", "apprentices", "margin")
add(D, "ate", "ate training on defectrate", "training", "defectrate")
add(D, "ate", "Is the number of callbacks cut by longer guarantees, or is that just better firms selecting into them?",
    "warranty", "callbacksafter")
add(D, "ate", "Effect of fast quoting turnaround on how much work a firm wins each month.", "quotedays", "jobs")
add(D, "ate", "For the firms that are unionised, did union membership change their margin?", "union", "margin", est="att")
add(D, "ate", "Estimate the effect of training on the defect measure.", "training", None, clarify=True)
add(D, "ate", "How much would selling more triple glazing lift customer ratings (the second rating version, rating2)?",
    "tripleshare", "rating2")
add(D, "cate", "In Wales, what does training do to callbacks after (region = wales)?", "training", "callbacksafter",
    at={"region": "wales"})
add(D, "cate", "for crews of 4 fitters, effect of apprentices on defectrate", "apprentices", "defectrate", at={"crew": 4})
add(D, "cate", "Does the benefit of training on margin depend on the firm? Who gains most?", "training", "margin")
add(D, "cate", "Effect of warranty length on monthly jobs among union firms.", "warranty", "jobs", at={"union": 1})
add(D, "policy", "Which glazing firms should the trade body put through installer training to minimise callbacks afterwards?",
    "training", "callbacksafter")
add(D, "policy", "Who should we push to offer longer warranties, if the aim is more jobs per month?", "warranty", "jobs")
add(D, "policy", "Allocate the training budget: which contractors should receive `training` so that `defectrate` falls the most?",
    "training", "defectrate")
add(D, "mediation", "Training works by lowering defects, which then leads to fewer callbacks. How much of training's effect on callbacksafter goes via defectrate?",
    "training", "callbacksafter", m="defectrate")
add(D, "mediation", "Direct and indirect effects of apprentices on margin through quotedays.", "apprentices", "margin", m="quotedays")
add(D, "discover", "Figure out which variables cause which in the glazing contractor data.")
add(D, "unsupported", "Remove duplicate firms and fill in missing margin values with the median.")

# ---------------------------------------------------------------- 5 jewellery
D = "h18_jewellery"
ds(D, "Independent jewellery shops: marketing, loyalty schemes, services, footfall and sales by quarter.", [
    ("shop_id", "id", ["JS-019", "JS-245", "JS-610"]),
    ("city_tier", "categorical", ["tier1", "tier2", "tier3"]),
    ("open_dt", "date", ["1985-10-01", "2003-03-14", "2019-08-22"]),
    ("staff_n", "numeric", [2, 5, 11]),
    ("gold_share", "numeric", [0.3, 0.55, 0.8]),
    ("loyalty_card", "binary", [0, 1]),
    ("insta_ads", "binary", [0, 1]),
    ("repair_svc", "binary", [0, 1]),
    ("window_disp_hrs", "numeric", [6, 10, 16]),
    ("footfall_wk", "numeric", [120, 480, 1900]),
    ("avg_ticket_gbp", "numeric", [85, 240, 910]),
    ("sales_q1", "numeric", [21000, 64000, 190000]),
    ("sales_q2", "numeric", [19500, 70500, 205000]),
    ("conv_rate", "numeric", [0.04, 0.09, 0.17]),
    ("conv_ratio", "numeric", [0.05, 0.1, 0.2]),
    ("online_ret_30d", "numeric", [0.02, 0.07, 0.15]),
    ("online_ret_60d", "numeric", [0.03, 0.09, 0.19]),
])
add(D, "ate", "Estimate the average effect of `loyalty_card` on `sales_q2`, adjusting for `sales_q1` and `city_tier`.",
    "loyalty_card", "sales_q2", cov=["sales_q1", "city_tier"])
add(D, "ate", "Do Instagram ads bring more people through the door each week?", "insta_ads", "footfall_wk")
add(D, "ate", "does offering repairs raise the average spend per purchase", "repair_svc", "avg_ticket_gbp")
add(D, "ate", "effect of window_disp_hrs on footfall_wk", "window_disp_hrs", "footfall_wk")
add(D, "ate", "Are online returns within 30 days reduced by having an in-store repair service?", "repair_svc", "online_ret_30d")
add(D, "ate", "Among shops that don't run Instagram ads, what would running them do to second-quarter sales?",
    "insta_ads", "sales_q2", est="atc")
add(D, "ate", "What's the effect of loyalty cards on conversion?", "loyalty_card", None, clarify=True)
add(D, "ate", "Does stocking a higher proportion of gold cause bigger average tickets, or are gold-heavy shops just in richer towns?",
    "gold_share", "avg_ticket_gbp")
add(D, "cate", "Effect of insta_ads on sales_q2 in tier-1 cities (city_tier = tier1).", "insta_ads", "sales_q2",
    at={"city_tier": "tier1"})
add(D, "cate", "For shops with 5 staff, how much does the loyalty card change conv_rate?", "loyalty_card", "conv_rate",
    at={"staff_n": 5})
add(D, "cate", "For which jewellers is the effect of window displays on weekly visitors strongest?", "window_disp_hrs", "footfall_wk")
add(D, "cate", "under the condition that a shop offers repairs, whats the loyalty card effect on q2 sales", "loyalty_card", "sales_q2",
    at={"repair_svc": 1})
add(D, "policy", "Which jewellery shops should roll out the loyalty card to maximise `sales_q2`?", "loyalty_card", "sales_q2")
add(D, "policy", "targeting: which stores get the insta ad budget to boost weekly footfall", "insta_ads", "footfall_wk")
add(D, "policy", "Which shops should we invest in a repair counter for, to cut 60-day online returns?", "repair_svc", "online_ret_60d")
add(D, "mediation", "Instagram ads work by increasing footfall, which then raises Q2 sales. What share of the ad effect on sales_q2 is mediated by footfall_wk?",
    "insta_ads", "sales_q2", m="footfall_wk")
add(D, "mediation", "direct vs indirect: loyalty_card -> avg_ticket_gbp -> sales_q2", "loyalty_card", "sales_q2", m="avg_ticket_gbp")
add(D, "discover", "Recover the DAG among the jewellery shop columns.")
add(D, "unsupported", "Forecast next month's footfall_wk for each shop.")

# ---------------------------------------------------------------- 6 scabies
D = "h18_scabies"
ds(D, "Village-level scabies control campaigns: ivermectin MDA, permethrin, school programmes; prevalence at baseline and 12 months.", [
    ("vill_id", "id", ["V-0007", "V-0133", "V-0580"]),
    ("dist", "categorical", ["Central", "Eastern", "Northern", "Western"]),
    ("rnd_dt", "date", ["2021-02-10", "2022-06-01", "2023-09-18"]),
    ("mda_ivm", "binary", [0, 1]),
    ("perm_cream", "binary", [0, 1]),
    ("school_prog", "binary", [0, 1]),
    ("hh_size", "numeric", [3.2, 5.1, 7.8]),
    ("crowd_idx", "numeric", [0.8, 1.6, 3.1]),
    ("water_acc", "binary", [0, 1]),
    ("chw_visits", "numeric", [0, 4, 12]),
    ("cov_pct", "numeric", [45, 72, 93]),
    ("prev_bl", "numeric", [8.5, 21.0, 38.4]),
    ("prev_12m", "numeric", [2.1, 9.8, 27.0]),
    ("impetigo_bl", "numeric", [3.0, 11.2, 24.5]),
    ("impetigo_12m", "numeric", [1.0, 6.4, 19.9]),
    ("itch_score", "numeric", [1.2, 3.5, 6.8]),
    ("itch_score_v2", "numeric", [10, 34, 71]),
])
add(D, "ate", "Estimate the effect of ivermectin mass drug administration (`mda_ivm`) on scabies prevalence at 12 months (`prev_12m`), adjusting for `prev_bl` and `crowd_idx`.",
    "mda_ivm", "prev_12m", cov=["prev_bl", "crowd_idx"])
add(D, "ate", "Does mass ivermectin treatment also cut impetigo?", "mda_ivm", "impetigo_12m")
add(D, "ate", "ate perm_cream on prev_12m adj hh_size", "perm_cream", "prev_12m", cov=["hh_size"])
add(D, "ate", "Is scabies prevalence lower after the campaign because of the schools programme, or is that just confounding?",
    "school_prog", "prev_12m")
add(D, "ate", "How much does higher treatment coverage reduce itch (use itch_score_v2)?", "cov_pct", "itch_score_v2")
add(D, "ate", "Do more visits by community health workers bring down the share of people infested a year later?",
    "chw_visits", "prev_12m")
add(D, "ate", "For villages that received ivermectin MDA, what was the effect on impetigo_12m?", "mda_ivm", "impetigo_12m", est="att")
add(D, "ate", "Effect of permethrin on itching?", "perm_cream", None, clarify=True)
add(D, "cate", "Effect of mda_ivm on prev_12m in the Northern district (dist = Northern).", "mda_ivm", "prev_12m",
    at={"dist": "Northern"})
add(D, "cate", "How does the effect of ivermectin MDA on 12-month prevalence vary with household crowding?", "mda_ivm", "prev_12m")
add(D, "cate", "among villages without piped water, effect of perm cream on scabies prevalence", "perm_cream", "prev_12m",
    at={"water_acc": 0})
add(D, "cate", "When coverage reaches 80%, what is the effect of the school programme on impetigo at 12 months?", "school_prog",
    "impetigo_12m", at={"cov_pct": 80})
add(D, "cate", "In the Eastern district, what does ivermectin MDA do to the itch score?", "mda_ivm", None,
    at={"dist": "Eastern"}, clarify=True)
add(D, "policy", "Which villages should be prioritised for ivermectin MDA to bring prevalence at 12 months down the most?",
    "mda_ivm", "prev_12m")
add(D, "policy", "With limited permethrin stock, which villages should get cream distribution (`perm_cream`) to reduce `impetigo_12m`?",
    "perm_cream", "impetigo_12m")
add(D, "mediation", "The school programme works by raising treatment coverage, which then lowers prevalence. How much of `school_prog`'s effect on `prev_12m` is via `cov_pct`?",
    "school_prog", "prev_12m", m="cov_pct")
add(D, "mediation", "Decompose the effect of chw_visits on impetigo_12m into a direct part and an indirect part through prev_12m.",
    "chw_visits", "impetigo_12m", m="prev_12m")
add(D, "discover", "causal discovery on the h18_scabies variables pls")
add(D, "unsupported", "Make a bar chart of prev_bl by dist.")

# ---------------------------------------------------------------- 7 onchocerciasis
D = "h18_oncho"
ds(D, "Onchocerciasis (river blindness) programme communities: ivermectin distribution, doxycycline, vector control; 5-year follow-up.", [
    ("COMM_ID", "id", ["OC-0042", "OC-0317", "OC-1128"]),
    ("ZONE", "categorical", ["Savanna", "Forest", "Transition"]),
    ("SURVEY_DATE", "date", ["2014-03-01", "2017-11-20", "2019-05-07"]),
    ("POP", "numeric", [240, 1300, 5600]),
    ("RIVER_DIST_KM", "numeric", [0.5, 5, 18]),
    ("CDTI", "binary", [0, 1]),
    ("DOXY", "binary", [0, 1]),
    ("VECTOR_CTRL", "binary", [0, 1]),
    ("CDD_COUNT", "numeric", [1, 4, 15]),
    ("TX_COVERAGE", "numeric", [0.42, 0.7, 0.88]),
    ("MF_PREV_BL", "numeric", [0.12, 0.35, 0.71]),
    ("MF_PREV_5Y", "numeric", [0.02, 0.11, 0.4]),
    ("NODULE_RATE", "numeric", [0.05, 0.18, 0.46]),
    ("NODULE_RATIO", "numeric", [0.06, 0.2, 0.5]),
    ("ITCH_PREV", "numeric", [0.08, 0.22, 0.51]),
    ("VISION_LOSS_BL", "numeric", [0.01, 0.04, 0.12]),
    ("VISION_LOSS_5Y", "numeric", [0.005, 0.03, 0.1]),
])
add(D, "ate", "Estimate the effect of `CDTI` on `MF_PREV_5Y` controlling for `MF_PREV_BL` and `ZONE`.", "CDTI", "MF_PREV_5Y",
    cov=["MF_PREV_BL", "ZONE"])
add(D, "ate", "Does larviciding blackfly breeding sites lower microfilarial prevalence?", "VECTOR_CTRL", "MF_PREV_5Y")
add(D, "ate", "doxy -> vision loss, ate", "DOXY", "VISION_LOSS_5Y")
add(D, "ate", "Using distance to the river (`RIVER_DIST_KM`) as an instrument, estimate the effect of `TX_COVERAGE` on `MF_PREV_5Y`.",
    "TX_COVERAGE", "MF_PREV_5Y", inst="RIVER_DIST_KM")
add(D, "ate", "Do more community drug distributors raise treatment coverage?", "CDD_COUNT", "TX_COVERAGE")
add(D, "ate", "Is the drop in skin itching due to community-directed ivermectin, or is it confounded by ecological zone?",
    "CDTI", "ITCH_PREV")
add(D, "ate", "What is the effect of doxycycline on nodules?", "DOXY", None, clarify=True)
add(D, "ate", "For communities not reached by CDTI, what would it have done to vision loss at five years?", "CDTI", "VISION_LOSS_5Y",
    est="atc")
add(D, "cate", "Effect of `CDTI` on `MF_PREV_5Y` in Forest zone communities.", "CDTI", "MF_PREV_5Y", at={"ZONE": "Forest"})
add(D, "cate", "For villages 5 km from the river, how much does vector control reduce microfilarial prevalence?", "VECTOR_CTRL",
    "MF_PREV_5Y", at={"RIVER_DIST_KM": 5})
add(D, "cate", "Does the benefit of doxycycline for eyesight depend on how heavily infected the community was at baseline?",
    "DOXY", "VISION_LOSS_5Y")
add(D, "cate", "among communities with vector control (VECTOR_CTRL=1), effect of CDTI on ITCH_PREV", "CDTI", "ITCH_PREV",
    at={"VECTOR_CTRL": 1})
add(D, "policy", "Where should vector control be deployed to cut MF_PREV_5Y the most?", "VECTOR_CTRL", "MF_PREV_5Y")
add(D, "policy", "Which communities should have doxycycline added to their programme to prevent the most blindness?", "DOXY",
    "VISION_LOSS_5Y")
add(D, "policy", "targeting rule for extra CDDs to maximise TX_COVERAGE", "CDD_COUNT", "TX_COVERAGE")
add(D, "mediation", "CDTI works by lowering the parasite load, which then prevents blindness. How much of the CDTI effect on VISION_LOSS_5Y is mediated by MF_PREV_5Y?",
    "CDTI", "VISION_LOSS_5Y", m="MF_PREV_5Y")
add(D, "mediation", "What fraction of the effect of `CDD_COUNT` on `MF_PREV_5Y` runs through `TX_COVERAGE`?", "CDD_COUNT", "MF_PREV_5Y",
    m="TX_COVERAGE")
add(D, "mediation", "direct/indirect effect of VECTOR_CTRL on ITCH_PREV through MF_PREV_5Y", "VECTOR_CTRL", "ITCH_PREV", m="MF_PREV_5Y")
add(D, "discover", "Which of these river blindness indicators drive the others? Work out the structure.")
add(D, "unsupported", "Show a histogram of POP.")

# ---------------------------------------------------------------- 8 leishmaniasis
D = "h18_leish"
ds(D, "Cutaneous leishmaniasis clinic patients: regimens, thermotherapy, adherence, lesion size, cure and relapse.", [
    ("patientId", "id", ["LP-00091", "LP-01544", "LP-03310"]),
    ("clinicType", "categorical", ["rural", "urban", "mobile"]),
    ("ageYrs", "numeric", [9, 30, 64]),
    ("hivPos", "binary", [0, 1]),
    ("lesionCount", "numeric", [1, 3, 9]),
    ("lesionSizeBl", "numeric", [6, 18, 45]),
    ("drugRegimen", "categorical", ["SSG", "AmBisome", "miltefosine", "SSG_PM"]),
    ("thermoTherapy", "binary", [0, 1]),
    ("sandflyNet", "binary", [0, 1]),
    ("travelKm", "numeric", [2, 25, 110]),
    ("followUpVisits", "numeric", [0, 3, 8]),
    ("adherenceScore", "numeric", [0.4, 0.8, 1.0]),
    ("adherenceScore_v2", "numeric", [40, 77, 100]),
    ("lesionSize3m", "numeric", [0, 7, 30]),
    ("cureDay90", "binary", [0, 1]),
    ("cureDay180", "binary", [0, 1]),
    ("relapse6m", "binary", [0, 1]),
    ("relapse12m", "binary", [0, 1]),
])
add(D, "ate", "Estimate the effect of `thermoTherapy` on `lesionSize3m`, adjusting for `lesionSizeBl` and `lesionCount`.",
    "thermoTherapy", "lesionSize3m", cov=["lesionSizeBl", "lesionCount"])
add(D, "ate", "Does heat treatment of the sores make people more likely to be cured by day 90?", "thermoTherapy", "cureDay90")
add(D, "ate", "use travelKm as an instrument for followUpVisits; effect on cureDay180", "followUpVisits", "cureDay180",
    inst="travelKm")
add(D, "ate", "Are relapses within a year prevented by sleeping under a bed net?", "sandflyNet", "relapse12m")
add(D, "ate", "ATE of drugRegimen on cureDay180", "drugRegimen", "cureDay180")
add(D, "ate", "How much does HIV co-infection change the chance of relapse by six months?", "hivPos", "relapse6m")
add(D, "ate", "Effect of thermotherapy on relapse?", "thermoTherapy", None, clarify=True)
add(D, "ate", "Among patients who actually got thermotherapy, what was its effect on cure at 180 days?", "thermoTherapy", "cureDay180",
    est="att")
add(D, "cate", "Effect of thermoTherapy on cureDay90 at mobile clinics (clinicType = mobile).", "thermoTherapy", "cureDay90",
    at={"clinicType": "mobile"})
add(D, "cate", "for HIV-positive patients, what does the number of follow-up visits do to relapse at 12 months", "followUpVisits",
    "relapse12m", at={"hivPos": 1})
add(D, "cate", "For a 30-year-old patient, what's the effect of thermotherapy on lesion size at three months?", "thermoTherapy",
    "lesionSize3m", at={"ageYrs": 30})
add(D, "cate", "Who benefits most from thermotherapy in terms of cure at day 180?", "thermoTherapy", "cureDay180")
add(D, "policy", "Which patients should be offered thermotherapy to maximise cure at day 90?", "thermoTherapy", "cureDay90")
add(D, "policy", "Decide which patients to give bed nets (`sandflyNet`) to, so that `relapse12m` is minimised.", "sandflyNet",
    "relapse12m")
add(D, "mediation", "Thermotherapy shrinks the lesion, which then drives cure. How much of its effect on cureDay180 is via lesionSize3m?",
    "thermoTherapy", "cureDay180", m="lesionSize3m")
add(D, "mediation", "Does more follow-up improve cure by raising adherence? Mediation of `followUpVisits` -> `cureDay90` via `adherenceScore_v2`.",
    "followUpVisits", "cureDay90", m="adherenceScore_v2")
add(D, "discover", "learn causal graph leishmaniasis clinic data")
add(D, "unsupported", "Train a classifier to predict relapse12m from the other columns and report the AUC.")

# ---------------------------------------------------------------- 9 ice hockey
D = "h18_hockey"
ds(D, "Amateur ice hockey league teams: rules, coaching, ice time, special teams, injuries and attendance.", [
    ("TEAM_ID", "id", ["IH-021", "IH-188", "IH-405"]),
    ("LEAGUE", "categorical", ["junior", "senior", "women", "rec"]),
    ("SEASON_START", "date", ["2021-09-15", "2022-09-10", "2023-09-08"]),
    ("ROSTER_N", "numeric", [16, 21, 26]),
    ("BODY_CHECK", "binary", [0, 1]),
    ("NECK_GUARD", "binary", [0, 1]),
    ("GOALIE_COACH", "binary", [0, 1]),
    ("ICE_HRS_WK", "numeric", [2, 5, 9]),
    ("PIM", "numeric", [180, 420, 760]),
    ("PP_PCT", "numeric", [0.12, 0.19, 0.27]),
    ("PK_PCT", "numeric", [0.72, 0.8, 0.88]),
    ("GOALS_FOR", "numeric", [68, 112, 170]),
    ("GOALS_AGAINST", "numeric", [70, 109, 165]),
    ("CONCUSS_PRE", "numeric", [0, 2, 6]),
    ("CONCUSS_POST", "numeric", [0, 1, 5]),
    ("ATTEND_AVG", "numeric", [85, 310, 1400]),
    ("ATTEND_AVG_V2", "numeric", [90, 295, 1350]),
])
add(D, "ate", "Estimate the effect of BODY_CHECK (treatment) on CONCUSS_POST (outcome), adjusting for CONCUSS_PRE and LEAGUE.", "BODY_CHECK", "CONCUSS_POST",
    cov=["CONCUSS_PRE", "LEAGUE"])
add(D, "ate", "Does hiring a goaltending coach reduce the goals a team lets in?", "GOALIE_COACH", "GOALS_AGAINST")
add(D, "ate", "ice hrs -> goals for, ate", "ICE_HRS_WK", "GOALS_FOR")
add(D, "ate", "Do teams that allow checking rack up more penalty minutes because of it?", "BODY_CHECK", "PIM")
add(D, "ate", "Are concussions after the rule change lowered by mandatory neck guards?", "NECK_GUARD", "CONCUSS_POST")
add(D, "ate", "What would happen to crowds if body checking were allowed? Use `ATTEND_AVG_V2`.", "BODY_CHECK", "ATTEND_AVG_V2")
add(D, "ate", "effect of body checking on attendance", "BODY_CHECK", None, clarify=True)
add(D, "ate", "For teams that have a goalie coach, what was the coach's effect on penalty kill % (`PK_PCT`)?", "GOALIE_COACH",
    "PK_PCT", est="att")
add(D, "ate", "Does more practice time on the ice actually improve power-play success, or do better teams just book more ice?",
    "ICE_HRS_WK", "PP_PCT")
add(D, "cate", "effect of BODY_CHECK on CONCUSS_POST in the junior league (LEAGUE = junior)", "BODY_CHECK", "CONCUSS_POST", at={"LEAGUE": "junior"})
add(D, "cate", "At 6 hours of ice time a week, how much does a goalie coach cut goals against?", "GOALIE_COACH", "GOALS_AGAINST",
    at={"ICE_HRS_WK": 6})
add(D, "cate", "How does the effect of ice time on goals scored differ across leagues?", "ICE_HRS_WK", "GOALS_FOR")
add(D, "cate", "In women's leagues, what's the effect of neck guards on post-season concussions?", "NECK_GUARD", "CONCUSS_POST",
    at={"LEAGUE": "women"})
add(D, "policy", "Which teams should the league fund a goalie coach for, to cut goals against?", "GOALIE_COACH", "GOALS_AGAINST")
add(D, "policy", "Which teams should get extra ice hours (`ICE_HRS_WK`) to maximise `GOALS_FOR`?", "ICE_HRS_WK", "GOALS_FOR")
add(D, "policy", "Should every league allow checking? Find which teams would lose the fewest players to concussion under a checking ban.",
    "BODY_CHECK", "CONCUSS_POST")
add(D, "mediation", "Body checking draws penalties, which then gives opponents more chances. How much of BODY_CHECK's effect on GOALS_AGAINST goes through PIM?",
    "BODY_CHECK", "GOALS_AGAINST", m="PIM")
add(D, "mediation", "Extra ice time works by sharpening the power play, which then produces goals. What share of ICE_HRS_WK's effect on GOALS_FOR is mediated by PP_PCT?",
    "ICE_HRS_WK", "GOALS_FOR", m="PP_PCT")
add(D, "discover", "Discover the causal graph among the hockey team variables.")
add(D, "unsupported", "average GOALS_FOR per LEAGUE please")

# ---------------------------------------------------------------- 10 bridge
D = "h18_bridge"
ds(D, "Contract bridge clubs: lessons, online play, directors, fees, membership and retention.", [
    ("club", "id", ["BC-07", "BC-41", "BC-93"]),
    ("county", "categorical", ["Kent", "Surrey", "Essex", "Sussex"]),
    ("founded", "date", ["1932-01-01", "1971-05-20", "2004-09-09"]),
    ("members_prior", "numeric", [35, 90, 260]),
    ("members", "numeric", [31, 102, 275]),
    ("tables", "numeric", [4, 11, 28]),
    ("lessons", "binary", [0, 1]),
    ("duplicate", "binary", [0, 1]),
    ("online", "binary", [0, 1]),
    ("director", "binary", [0, 1]),
    ("cafe", "binary", [0, 1]),
    ("fee", "numeric", [2.5, 4, 7]),
    ("averageage", "numeric", [58, 69, 78]),
    ("masterpoints", "numeric", [120, 640, 2300]),
    ("masterpoints_new", "numeric", [15, 80, 310]),
    ("retention", "numeric", [0.7, 0.84, 0.95]),
    ("retention2yr", "numeric", [0.5, 0.68, 0.88]),
])
add(D, "ate", "Does running beginners' lessons (lessons) grow membership (members), adjusting for members_prior and county?",
    "lessons", "members", cov=["members_prior", "county"])
add(D, "ate", "do clubs offering online play fill more tables per session", "online", "tables")
add(D, "ate", "effect of fee on members", "fee", "members")
add(D, "ate", "Is the typical age of a club's players brought down by offering online bridge?", "online", "averageage")
add(D, "ate", "Does having a qualified director keep players coming back after two years?", "director", "retention2yr")
add(D, "ate", "What's the causal effect of a cafe on how many tables the club fills?", "cafe", "tables")
add(D, "ate", "Does the club's bidding system (Acol vs Standard American) affect membership?", None, "members", clarify=True)
add(D, "ate", "For clubs that don't yet run lessons, how many members would starting them add?", "lessons", "members", est="atc")
add(D, "cate", "In Kent (county = Kent), what is the effect of `lessons` on `members`?", "lessons", "members", at={"county": "Kent"})
add(D, "cate", "When the table fee is £4, what's the effect of online play on membership?", "online", "members", at={"fee": 4})
add(D, "cate", "For which clubs does a qualified director matter most for 2-year retention?", "director", "retention2yr")
add(D, "cate", "among clubs with a cafe, effect of duplicate on tables", "duplicate", "tables", at={"cafe": 1})
add(D, "policy", "Which clubs should the county association subsidise to run beginners' lessons, if the goal is more members?",
    "lessons", "members")
add(D, "policy", "Who should adopt online play to keep the most members over two years?", "online", "retention2yr")
add(D, "policy", "Which clubs should hire a qualified director to fill the most tables?", "director", "tables")
add(D, "mediation", "Lessons bring in new players, which then fills more tables. How much of the effect of lessons on tables is mediated by members?",
    "lessons", "tables", m="members")
add(D, "mediation", "direct vs indirect effect of director on retention2yr via duplicate", "director", "retention2yr", m="duplicate")
add(D, "discover", "What causes what in the bridge club data?")
add(D, "unsupported", "Write a SQL query returning clubs with more than 10 tables.")

# ---------------------------------------------------------------- 11 upholstery
D = "h18_upholstery"
ds(D, "Upholstery workshops: equipment, certification, materials, rework, lead times, revenue and NPS.", [
    ("ws_id", "id", ["UW-014", "UW-230", "UW-517"]),
    ("region", "categorical", ["north", "south", "east", "west"]),
    ("est_date", "date", ["1968-04-01", "1996-10-12", "2017-02-27"]),
    ("apprent_n", "numeric", [0, 1, 4]),
    ("master_cert", "binary", [0, 1]),
    ("cnc_cutter", "binary", [0, 1]),
    ("eco_fabric", "binary", [0, 1]),
    ("foam_grade", "categorical", ["standard", "HR", "memory", "latex"]),
    ("insta_posts_wk", "numeric", [0, 3, 10]),
    ("jobs_mo", "numeric", [6, 20, 45]),
    ("lead_time_d", "numeric", [7, 21, 56]),
    ("rework_pct", "numeric", [1.5, 4.0, 11.0]),
    ("rework_rate", "numeric", [0.02, 0.05, 0.12]),
    ("rev_k_pre", "numeric", [60, 180, 520]),
    ("rev_k_post", "numeric", [58, 205, 560]),
    ("cust_nps", "numeric", [-10, 35, 72]),
    ("cust_nps_v2", "numeric", [-5, 41, 80]),
])
add(D, "ate", "Estimate the ATE of `cnc_cutter` on `rework_pct`, controlling for `apprent_n` and `jobs_mo`.", "cnc_cutter",
    "rework_pct", cov=["apprent_n", "jobs_mo"])
add(D, "ate", "Does buying a computerised cutting machine shorten turnaround times?", "cnc_cutter", "lead_time_d")
add(D, "ate", "eco fabric -> revenue after, ate", "eco_fabric", "rev_k_post")
add(D, "ate", "Is revenue raised by holding a master upholsterer certificate, or are certified shops just different?", "master_cert",
    "rev_k_post")
add(D, "ate", "How does posting more on Instagram change the number of commissions a workshop gets per month?", "insta_posts_wk",
    "jobs_mo")
add(D, "ate", "Effect of eco fabrics on NPS", "eco_fabric", None, clarify=True)
add(D, "ate", "For workshops that bought a CNC cutter, what was its effect on revenue (rev_k_post)?", "cnc_cutter", "rev_k_post",
    est="att")
add(D, "ate", "effect of foam grade on cust_nps_v2", "foam_grade", "cust_nps_v2")
add(D, "cate", "Effect of `cnc_cutter` on `lead_time_d` in the north region.", "cnc_cutter", "lead_time_d", at={"region": "north"})
add(D, "cate", "for workshops using memory foam, does the master cert improve cust_nps_v2", "master_cert", "cust_nps_v2",
    at={"foam_grade": "memory"})
add(D, "cate", "How does the effect of taking on apprentices on the rework percentage vary between workshops?", "apprent_n",
    "rework_pct")
add(D, "cate", "When a workshop takes 20 jobs a month, what's the effect of CNC cutting on rework_pct?", "cnc_cutter", "rework_pct",
    at={"jobs_mo": 20})
add(D, "policy", "Which workshops should get a CNC cutter grant to cut lead times most?", "cnc_cutter", "lead_time_d")
add(D, "policy", "Who should switch to eco fabrics to maximise post-period revenue?", "eco_fabric", "rev_k_post")
add(D, "policy", "Which shops should we target with master certification (`master_cert`) to raise `rev_k_post`?", "master_cert",
    "rev_k_post")
add(D, "mediation", "CNC cutters work by reducing rework, which then lifts revenue. How much of the effect of cnc_cutter on rev_k_post goes via rework_pct?",
    "cnc_cutter", "rev_k_post", m="rework_pct")
add(D, "mediation", "indirect effect of `insta_posts_wk` on `rev_k_post` through `jobs_mo`", "insta_posts_wk", "rev_k_post", m="jobs_mo")
add(D, "discover", "structure learning on the upholstery workshop table, output a graph")
add(D, "unsupported", "Rename all columns to lower case and drop est_date.")

# ---------------------------------------------------------------- 12 bingo
D = "h18_bingo"
ds(D, "Bingo halls: jackpots, smoking ban, terminals, loyalty app, free bus, spend, visits and attendance.", [
    ("hallId", "id", ["BH-003", "BH-088", "BH-214"]),
    ("townSize", "categorical", ["small", "medium", "large"]),
    ("openedOn", "date", ["1962-11-05", "1989-04-01", "2008-06-14"]),
    ("smokingBan", "binary", [0, 1]),
    ("electronicTerminals", "binary", [0, 1]),
    ("loyaltyApp", "binary", [0, 1]),
    ("freeBusService", "binary", [0, 1]),
    ("jackpotSize", "numeric", [100, 500, 2500]),
    ("sessionsPerWk", "numeric", [5, 10, 18]),
    ("playerAgeMean", "numeric", [48, 61, 72]),
    ("avgSpendPre", "numeric", [9.5, 16.0, 28.0]),
    ("avgSpendPost", "numeric", [9.0, 17.5, 31.0]),
    ("visitsPerMonth", "numeric", [1.5, 3.8, 8.0]),
    ("attendance30d", "numeric", [400, 1300, 4100]),
    ("attendance90d", "numeric", [1100, 3800, 12500]),
    ("complaintRate", "numeric", [0.1, 0.6, 1.9]),
    ("complaintRatio", "numeric", [0.001, 0.005, 0.02]),
])
add(D, "ate", "Estimate the effect of `loyaltyApp` on `avgSpendPost`, adjusting for `avgSpendPre` and `townSize`.", "loyaltyApp",
    "avgSpendPost", cov=["avgSpendPre", "townSize"])
add(D, "ate", "Do bigger jackpots pull players in more often each month?", "jackpotSize", "visitsPerMonth")
add(D, "ate", "free bus -> visitsPerMonth ATE", "freeBusService", "visitsPerMonth")
add(D, "ate", "Does the smoking ban reduce how much players spend?", "smokingBan", "avgSpendPost")
add(D, "ate", "Is 90-day attendance raised by electronic terminals, or is that just because large halls have them?",
    "electronicTerminals", "attendance90d")
add(D, "ate", "Does the free bus boost attendance?", "freeBusService", None, clarify=True)
add(D, "ate", "For halls that introduced the loyalty app, what was its effect on 30-day attendance?", "loyaltyApp", "attendance30d",
    est="att")
add(D, "ate", "efect of sessions per week on complaintRate", "sessionsPerWk", "complaintRate")
add(D, "cate", "Effect of freeBusService on attendance90d in small towns (townSize = small).", "freeBusService", "attendance90d",
    at={"townSize": "small"})
add(D, "cate", "With a £500 jackpot, what does the loyalty app do to spend per head afterwards?", "loyaltyApp", "avgSpendPost",
    at={"jackpotSize": 500})
add(D, "cate", "How does the smoking ban's effect on monthly visits vary with the average age of players?", "smokingBan",
    "visitsPerMonth")
add(D, "cate", "in halls with electronic terminals, does loyaltyApp raise visitsPerMonth", "loyaltyApp", "visitsPerMonth",
    at={"electronicTerminals": 1})
add(D, "policy", "Which halls should run a free bus service to maximise monthly visits?", "freeBusService", "visitsPerMonth")
add(D, "policy", "Which halls should roll out the loyalty app (`loyaltyApp`) to raise `avgSpendPost`?", "loyaltyApp", "avgSpendPost")
add(D, "policy", "Which halls should get the loyalty app to improve attendance?", "loyaltyApp", None, clarify=True)
add(D, "mediation", "The free bus brings people in more often, which then raises what they spend. How much of freeBusService's effect on avgSpendPost is via visitsPerMonth?",
    "freeBusService", "avgSpendPost", m="visitsPerMonth")
add(D, "mediation", "mediation: electronicTerminals -> sessionsPerWk -> attendance90d", "electronicTerminals", "attendance90d",
    m="sessionsPerWk")
add(D, "discover", "figure out the causal graph for the bingo hall dataset")
add(D, "unsupported", "What's the correlation between jackpotSize and playerAgeMean?")

# ---------------------------------------------------------------- 13 tai chi
D = "h18_taichi"
ds(D, "Tai chi classes for older adults: participation, class features, balance, mobility, fear of falling and falls.", [
    ("pt_id", "id", ["TC-0102", "TC-0456", "TC-0871"]),
    ("enrol_dt", "date", ["2022-01-10", "2022-06-03", "2023-02-20"]),
    ("age", "numeric", [66, 74, 88]),
    ("sex", "categorical", ["F", "M"]),
    ("lives_alone", "binary", [0, 1]),
    ("mmse", "numeric", [22, 27, 30]),
    ("tc_arm", "binary", [0, 1]),
    ("tc_sess_wk", "numeric", [0, 2, 3]),
    ("instr_cert", "binary", [0, 1]),
    ("grp_size", "numeric", [6, 12, 20]),
    ("falls_bl", "numeric", [0, 1, 4]),
    ("falls_12m", "numeric", [0, 1, 3]),
    ("tug_sec_bl", "numeric", [8.5, 12.0, 19.5]),
    ("tug_sec_6m", "numeric", [7.9, 11.1, 18.0]),
    ("bbs", "numeric", [38, 47, 55]),
    ("bbs_v2", "numeric", [36, 46, 56]),
    ("fear_fall", "numeric", [18, 27, 45]),
    ("gait_spd", "numeric", [0.6, 0.95, 1.3]),
])
add(D, "ate", "Estimate the effect of tai chi (`tc_arm`) on falls over 12 months (`falls_12m`), adjusting for `falls_bl`, `age` and `lives_alone`.",
    "tc_arm", "falls_12m", cov=["falls_bl", "age", "lives_alone"])
add(D, "ate", "Do older adults who practise tai chi get up from a chair and walk faster?", "tc_arm", "tug_sec_6m")
add(D, "ate", "ate tc_sess_wk on falls_12m", "tc_sess_wk", "falls_12m")
add(D, "ate", "Does doing more tai chi each week make people less afraid of falling?", "tc_sess_wk", "fear_fall")
add(D, "ate", "Is walking speed improved by having a certified instructor?", "instr_cert", "gait_spd")
add(D, "ate", "Effect of tai chi on the balance score", "tc_arm", None, clarify=True)
add(D, "ate", "Among participants who took the tai chi classes, how many falls did the classes prevent?", "tc_arm", "falls_12m",
    est="att")
add(D, "ate", "Would falls have dropped if the people who didn't join had done tai chi?", "tc_arm", "falls_12m", est="atc")
add(D, "ate", "effect of class size on bbs_v2", "grp_size", "bbs_v2")
add(D, "ate", "Is there a causal relationship between gait speed and fear of falling?", None, None, clarify=True)
add(D, "cate", "For 75-year-olds, what's the effect of `tc_arm` on `falls_12m`?", "tc_arm", "falls_12m", at={"age": 75})
add(D, "cate", "For women, how much does tai chi reduce fear of falling?", "tc_arm", "fear_fall", at={"sex": "F"})
add(D, "cate", "at 3 sessions a week, effect of instructor certification on falls_12m", "instr_cert", "falls_12m",
    at={"tc_sess_wk": 3})
add(D, "cate", "Does the fall-prevention effect of tai chi differ by cognitive status (MMSE)?", "tc_arm", "falls_12m")
add(D, "cate", "for people living alone, tc_arm -> tug_sec_6m", "tc_arm", "tug_sec_6m", at={"lives_alone": 1})
add(D, "policy", "Which older adults should be referred to tai chi to prevent the most falls?", "tc_arm", "falls_12m")
add(D, "policy", "Class places are limited: who should get tai chi so that timed up-and-go at 6 months (`tug_sec_6m`) improves most?",
    "tc_arm", "tug_sec_6m")
add(D, "policy", "Who should be told to go to three sessions a week rather than one, to lower fear of falling most?", "tc_sess_wk",
    "fear_fall")
add(D, "mediation", "Tai chi works by improving balance (bbs_v2), which then prevents falls. How much of tc_arm's effect on falls_12m is mediated through bbs_v2?",
    "tc_arm", "falls_12m", m="bbs_v2")
add(D, "mediation", "How much of the effect of tai chi on falls goes through people being less scared of falling?", "tc_arm",
    "falls_12m", m="fear_fall")
add(D, "mediation", "direct vs indirect: tc_sess_wk -> gait_spd -> falls_12m", "tc_sess_wk", "falls_12m", m="gait_spd")
add(D, "mediation", "How much of tai chi's effect on falls runs through balance?", "tc_arm", "falls_12m", m=None, clarify=True)
add(D, "discover", "Which measurements drive which in the tai chi study? Infer the causal ordering.")

# ---------------------------------------------------------------- 14 chimney sweeps
D = "h18_chimney"
ds(D, "Chimney sweeps: certification, CCTV inspection, CO alarms, pricing, customer chimney fires, rebookings and reviews.", [
    ("SWEEP_ID", "id", ["CS-011", "CS-146", "CS-389"]),
    ("AREA", "categorical", ["rural", "suburban", "urban"]),
    ("FIRST_JOB_DATE", "date", ["1991-03-04", "2006-10-19", "2018-05-02"]),
    ("YEARS_TRADING", "numeric", [2, 10, 31]),
    ("VAN_AGE_YRS", "numeric", [1, 6, 14]),
    ("CERT_HETAS", "binary", [0, 1]),
    ("CCTV_INSPECT", "binary", [0, 1]),
    ("CO_ALARM_FIT", "binary", [0, 1]),
    ("JOBS_WK", "numeric", [6, 15, 28]),
    ("PRICE_GBP", "numeric", [50, 70, 110]),
    ("SOOT_KG", "numeric", [0.4, 1.2, 3.5]),
    ("FIRES_PRE", "numeric", [0, 2, 7]),
    ("FIRES_POST", "numeric", [0, 1, 5]),
    ("REBOOK_12M", "numeric", [0.35, 0.6, 0.85]),
    ("REBOOK_24M", "numeric", [0.5, 0.72, 0.93]),
    ("REVIEW_SCORE", "numeric", [3.8, 4.5, 5.0]),
    ("REVIEW_SCORE_V2", "numeric", [70, 86, 99]),
])
add(D, "ate", "Estimate the effect of `CCTV_INSPECT` on `FIRES_POST` adjusting for `FIRES_PRE` and `AREA`.", "CCTV_INSPECT", "FIRES_POST",
    cov=["FIRES_PRE", "AREA"])
add(D, "ate", "Does HETAS certification lead to more repeat bookings within a year?", "CERT_HETAS", "REBOOK_12M")
add(D, "ate", "price -> jobs per week, ATE", "PRICE_GBP", "JOBS_WK")
add(D, "ate", "Are chimney fires among customers reduced when the sweep fits carbon monoxide alarms?", "CO_ALARM_FIT", "FIRES_POST")
add(D, "ate", "Does a camera inspection of the flue raise the new review score (`REVIEW_SCORE_V2`)?", "CCTV_INSPECT", "REVIEW_SCORE_V2")
add(D, "ate", "Do certified sweeps get rebooked more?", "CERT_HETAS", None, clarify=True)
add(D, "ate", "For sweeps who don't use CCTV, what would adopting it do to 24-month rebooking?", "CCTV_INSPECT", "REBOOK_24M",
    est="atc")
add(D, "ate", "How much does experience in the trade affect the amount of soot taken out per job?", "YEARS_TRADING", "SOOT_KG")
add(D, "cate", "Effect of CERT_HETAS on FIRES_POST in rural areas (AREA = rural).", "CERT_HETAS", "FIRES_POST", at={"AREA": "rural"})
add(D, "cate", "at a price of £70 a sweep, how does cctv inspection change REBOOK_12M", "CCTV_INSPECT", "REBOOK_12M",
    at={"PRICE_GBP": 70})
add(D, "cate", "Which sweeps get the biggest drop in customers' chimney fires from CCTV inspection?", "CCTV_INSPECT", "FIRES_POST")
add(D, "cate", "For sweeps with 10 years in the trade, what is the effect of fitting CO alarms on two-year rebooking?", "CO_ALARM_FIT",
    "REBOOK_24M", at={"YEARS_TRADING": 10})
add(D, "policy", "Which sweeps should the guild pay to get HETAS-certified, to cut customer chimney fires?", "CERT_HETAS", "FIRES_POST")
add(D, "policy", "targeting rule: who should offer CCTV inspections to maximise REBOOK_24M", "CCTV_INSPECT", "REBOOK_24M")
add(D, "mediation", "Certification works by making sweeps remove more soot, which then prevents fires. How much of CERT_HETAS's effect on FIRES_POST is via SOOT_KG?",
    "CERT_HETAS", "FIRES_POST", m="SOOT_KG")
add(D, "mediation", "Mediation of `CCTV_INSPECT` on `REBOOK_12M` through `REVIEW_SCORE_V2`.", "CCTV_INSPECT", "REBOOK_12M",
    m="REVIEW_SCORE_V2")
add(D, "mediation", "Is the effect of a sweep's certification on one-year rebookings explained by better reviews on the new scale, or does it act directly?",
    "CERT_HETAS", "REBOOK_12M", m="REVIEW_SCORE_V2")
add(D, "discover", "Learn a causal DAG over the chimney sweep variables.")

# ---------------------------------------------------------------- 15 poultry
D = "h18_poultry"
ds(D, "Poultry farms: housing, vaccination, probiotics, ventilation, stocking density, growth, mortality and egg output.", [
    ("farm", "id", ["PF-0021", "PF-0340", "PF-0788"]),
    ("housing", "categorical", ["cage", "barn", "freerange", "organic"]),
    ("placed", "date", ["2022-03-01", "2022-11-14", "2023-07-30"]),
    ("flocksize", "numeric", [4000, 20000, 65000]),
    ("density", "numeric", [9, 15, 22]),
    ("vaccinated", "binary", [0, 1]),
    ("probiotic", "binary", [0, 1]),
    ("ventilation", "numeric", [4, 8, 15]),
    ("litter", "numeric", [18, 27, 41]),
    ("antibiotics", "numeric", [0, 35, 120]),
    ("vetvisits", "numeric", [0, 3, 9]),
    ("weight21", "numeric", [0.8, 0.95, 1.1]),
    ("weight42", "numeric", [2.3, 2.8, 3.2]),
    ("mortality6", "numeric", [0.02, 0.04, 0.09]),
    ("mortality12", "numeric", [0.03, 0.06, 0.13]),
    ("eggs", "numeric", [240, 290, 320]),
    ("eggs2", "numeric", [0.7, 0.85, 0.94]),
    ("fcr", "numeric", [1.5, 1.7, 2.0]),
])
add(D, "ate", "Does vaccination (vaccinated) reduce mortality by week 12 (mortality12), controlling for flocksize and housing?",
    "vaccinated", "mortality12", cov=["flocksize", "housing"])
add(D, "ate", "do probiotics improve feed conversion", "probiotic", "fcr")
add(D, "ate", "ate probiotic on weight42 adj density", "probiotic", "weight42", cov=["density"])
add(D, "ate", "Is bird weight affected by how tightly the birds are packed in?", "density", "weight42")
add(D, "ate", "How much does better airflow in the shed cut litter moisture?", "ventilation", "litter")
add(D, "ate", "Effect of vaccination on mortality", "vaccinated", None, clarify=True)
add(D, "ate", "Among farms that used probiotics, what was the effect on antibiotic use?", "probiotic", "antibiotics", est="att")
add(D, "ate", "Effect of `vetvisits` on `eggs2`.", "vetvisits", "eggs2")
add(D, "ate", "Would week-6 mortality fall if crowded farms lowered stocking density, or is the link just confounded by housing type?",
    "density", "mortality6")
add(D, "cate", "Effect of vaccinated on mortality12 for free-range farms (housing = freerange).", "vaccinated", "mortality12",
    at={"housing": "freerange"})
add(D, "cate", "For flocks of 20,000 birds, how does probiotic use affect feed conversion (`fcr`)?", "probiotic", "fcr", at={"flocksize": 20000})
add(D, "cate", "Does the benefit of ventilation on week-6 mortality vary with stocking density?", "ventilation", "mortality6")
add(D, "cate", "in barn systems, probiotic effect on eggs2", "probiotic", "eggs2", at={"housing": "barn"})
add(D, "policy", "Which farms should adopt probiotics to minimise antibiotic use?", "probiotic", "antibiotics")
add(D, "policy", "Who should be prioritised for vaccination (`vaccinated`) to reduce `mortality12`?", "vaccinated", "mortality12")
add(D, "mediation", "Ventilation works by drying the litter, which then reduces deaths by week 12. How much of ventilation's effect on mortality12 is mediated by litter?",
    "ventilation", "mortality12", m="litter")
add(D, "mediation", "probiotic -> fcr -> weight42: direct and indirect effects", "probiotic", "weight42", m="fcr")
add(D, "discover", "What causes what among the poultry farm variables?")
add(D, "unsupported", "predict weight42 for next batch from weight21")

# ---------------------------------------------------------------- extra cross-dataset items (style variety)
add("h18_cricket", "ate", "Are members kept for a year because of the bar? I mean: does bar revenue (bar_rev_k) drive retention_1y?",
    "bar_rev_k", "retention_1y")
add("h18_oncho", "ate", "Is vision loss at five years reduced by vector control (VECTOR_CTRL), holding MF_PREV_BL and POP constant?",
    "VECTOR_CTRL", "VISION_LOSS_5Y", cov=["MF_PREV_BL", "POP"])
add("h18_bingo", "ate", "Using freeBusService as an instrument for visitsPerMonth, what is the effect of visits on avgSpendPost?",
    "visitsPerMonth", "avgSpendPost", inst="freeBusService")
add("h18_jewellery", "ate", "Does the size of the shop's staff affect its conversion rate (conv_rate)?", "staff_n", "conv_rate")
add("h18_leish", "ate", "Is the chance of cure at day 90 really higher on AmBisome-type regimens, or is that confounding by clinic type? Estimate the effect of drugRegimen on cureDay90 adjusting for clinicType.",
    "drugRegimen", "cureDay90", cov=["clinicType"])
add("h18_glazing", "cate", "For firms offering a 10-year warranty, how does training affect customer rating2?", "training", "rating2",
    at={"warranty": 10})
add("h18_karate", "policy", "Which dojos should cut sparring hours to reduce 12-month injuries?", "sparringHrsWk", "injuryRate12m")
add("h18_scabies", "policy", "Who should get the school programme if we want coverage (`cov_pct`) as high as possible?", "school_prog",
    "cov_pct")
add("h18_poultry", "policy", "Where should we increase ventilation to cut litter moisture most? Give a targeting rule.",
    "ventilation", "litter")
add("h18_leish", "policy", "Which clinics' patients should be switched to thermotherapy to lower lesion size at 3 months?",
    "thermoTherapy", "lesionSize3m")
add("h18_funeral", "mediation", "Online obits work by generating more calls, which then raise revenue. Quantify the natural indirect effect of ONLINE_OBIT on REVENUE_K via CALLS_POST.",
    "ONLINE_OBIT", "REVENUE_K", m="CALLS_POST")
add("h18_hockey", "mediation", "How much of the goalie coach's effect on goals against runs through a better penalty kill (`PK_PCT`)?",
    "GOALIE_COACH", "GOALS_AGAINST", m="PK_PCT")
add("h18_bridge", "mediation", "Does online play keep members by bringing the average age down? Split online's effect on retention2yr into via-averageage and direct.",
    "online", "retention2yr", m="averageage")
add("h18_karate", "discover", "which variables cause which in this dojo data? no need for effects, just the structure")
add("h18_funeral", "discover", "Run causal structure discovery (e.g. PC algorithm) on h18_funeral and return the DAG.")
add("h18_leish", "discover", "Draw me the causal graph among the leishmaniasis patient variables.")
add("h18_poultry", "discover", "Estimate the causal network connecting housing, density, ventilation, litter, mortality and growth on these farms.")
add("h18_hockey", "discover", "Which team stats are causes and which are effects? Learn the dependency structure.")

add("h18_oncho", "policy", "Which communities should get vector control to reduce nodules?", "VECTOR_CTRL", None, clarify=True)
add("h18_chimney", "cate", "In urban areas, does CCTV inspection improve review scores?", "CCTV_INSPECT", None, at={"AREA": "urban"},
    clarify=True)
# ---------------------------------------------------------------- unsupported, no dataset
for q in [
    "hi there!",
    "Tell me a joke about statisticians.",
    "What's the capital of Australia?",
    "Write a Python function that reverses a string.",
    "How do I convert a CSV file to Parquet?",
    "Summarise the plot of Hamlet in three sentences.",
    "Translate 'good morning' into Japanese.",
    "Will it rain in Leeds tomorrow?",
]:
    add("none", "unsupported", q)

# ---------------------------------------------------------------- audit
for q, t, y in [
    ("Would the chatbot give a different loan approval if the applicant's race were changed and everything else kept the same?",
     "race", "loan approval"),
    ("Check whether our LLM screening assistant changes its interview recommendation when only the candidate's gender is swapped.",
     "gender", "interview recommendation"),
    ("If the applicant were 62 instead of 28, all else equal, would the AI model still recommend hiring?", "age", "hiring"),
    ("Does GPT's tenancy decision flip when the applicant's religion is listed as Muslim rather than Christian?", "religion",
     "tenancy decision"),
    ("Counterfactual fairness audit: does the model's triage priority change if the patient is described as having a disability?",
     "disability", "triage priority"),
    ("Test whether the language model assigns a different essay grade when the student's name sounds Nigerian rather than English, with the essay held fixed.",
     "name", "essay grade"),
    ("Does an AI credit assistant's credit limit depend on the applicant's accent in a transcribed phone call, all else equal?",
     "accent", "credit limit"),
    ("audit the llm: swap ethnicity in the prompt, does the bail recommendation change", "ethnicity", "bail recommendation"),
    ("If only the customer's sexual orientation is changed in the prompt, does the insurance chatbot quote a different premium?",
     "sexual orientation", "premium"),
    ("Would our AI tutor recommend the advanced maths track less often for girls than for otherwise identical boys?", "gender",
     "advanced maths track"),
    ("Does the hiring bot's shortlist decision change when the CV mentions the candidate is a wheelchair user, nothing else altered?",
     "disability", "shortlist decision"),
    ("Is the LLM's mortgage approval counterfactually fair with respect to marital status?", "marital status", "mortgage approval"),
    ("Swap the patient's race in the clinical vignette - does the model's pain medication recommendation change?", "race",
     "pain medication recommendation"),
    ("Would the AI assistant make a different scholarship decision if the applicant's nationality were Mexican instead of Canadian, all else fixed?",
     "nationality", "scholarship decision"),
    ("Does an LLM's promotion recommendation change when the employee's age goes from 35 to 58, performance reviews held constant?",
     "age", "promotion recommendation"),
    ("counterfactual test: change the applicant's name from Emily to Lakisha, does the chatbot's callback decision change", "name",
     "callback decision"),
    ("Check if the AI loan officer's interest rate offer changes with the borrower's religion when everything else is identical.",
     "religion", "interest rate offer"),
    ("Would the language model's parole recommendation be the same if the defendant were a woman instead of a man?", "gender",
     "parole recommendation"),
]:
    add("none", "audit", q, t, y)

# ---------------------------------------------------------------- relation (Corr2Cause-style)
for q in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premises: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Does C cause A?",
    "Among variables A, B, C and D, all pairs are correlated except that D is independent of A given B and C. Is B a direct cause of D?",
    "A is correlated with B. There are no other variables and no other information. Can we conclude that A causes B?",
    "X, Y and Z: X correlates with Y, Y correlates with Z, X correlates with Z, and no conditional independences hold. Does X directly cause Z?",
    "Given: A ⟂ C, B correlates with both A and C, and A and C are dependent given B. Is B a common cause of A and C?",
    "Statement set: P and Q are correlated; P and R are correlated; Q and R are independent given P. Must P be a confounder of Q and R?",
    "variables A B C D. A-B corr, B-C corr, C-D corr, A indep of D given B, A indep of C given B. does A cause D (directly or indirectly)?",
    "If E and F are correlated but become independent when we control for G, and G is correlated with both, could E be a direct cause of F?",
    "Suppose M is correlated with N and with O, N and O are independent, and N and O are dependent given M. Is M a collider between N and O?",
]:
    add("none", "relation", q)

# ---------------------------------------------------------------- generate
for q in [
    "Generate a synthetic dataset of 5,000 rows from the DAG X -> M -> Y, X -> Y with linear Gaussian equations.",
    "Create a benchmark dataset where a language model writes the structural equations for smoking -> tar -> cancer, with age confounding smoking and cancer.",
    "Simulate data from this SCM: Z ~ N(0,1); T = 1[Z + U > 0]; Y = 2T + Z + e. Give me 10k samples.",
    "Use an LLM to invent plausible variables and equations for a 6-node causal graph about school attendance, then sample 2,000 rows.",
    "make me a fake causal dataset with a known ATE of 3 for a binary treatment, one confounder and one mediator",
    "Build a synthetic benchmark from the DAG A -> B, A -> C, B -> D, C -> D with nonlinear (e.g. sigmoid) mechanisms, 1,000 samples.",
    "Can you have a language model define the equations for an SCM where rainfall affects crop yield through soil moisture, and then generate data from it?",
    "Generate a dataset with an instrument Z, treatment D and outcome Y where the true effect of D on Y is 0.5 and there is unobserved confounding.",
    "Sample 500 observations from a structural causal model with a collider: X -> C <- Y, X and Y independent.",
    "Produce synthetic patient records from a causal graph I specify (age -> bp -> stroke, age -> stroke), letting the model choose realistic functional forms.",
]:
    add("none", "generate", q)

# ---------------------------------------------------------------- validate
ALLOWED = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
for it in QS:
    e = it["expected"]
    assert e["kind"] in ALLOWED
    if it["dataset"] != "none" and e["kind"] not in ("audit",):
        cols = DS[it["dataset"]]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            if e[r] is not None:
                assert e[r] in cols, (it["question"], r, e[r])
        for c in e.get("covariates", []):
            assert c in cols, (it["question"], c)
        if "instrument" in e:
            assert e["instrument"] in cols
        for c, v in e.get("at", {}).items():
            assert c in cols, (it["question"], c)
            ct = cols[c]["type"]
            if ct == "categorical":
                assert v in cols[c]["values"], (it["question"], v)
            else:
                assert isinstance(v, (int, float))
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] in ("audit", "relation", "generate"):
        assert it["dataset"] == "none"
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"]
    if e["kind"] in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], it["question"]

for n, d in DS.items():
    assert n.startswith("h18_")
    assert 13 <= len(d["columns"]) <= 18, (n, len(d["columns"]))
    for c, spec in d["columns"].items():
        assert spec["type"] in {"id", "binary", "numeric", "categorical", "date", "text"}

qtexts = [q["question"] for q in QS]
assert len(qtexts) == len(set(qtexts)), "duplicate question"

random.Random(SEED).shuffle(QS)

with open(os.path.join(OUT, "datasets.json"), "w") as f:
    json.dump(DS, f, indent=2, ensure_ascii=False)
with open(os.path.join(OUT, "questions.jsonl"), "w") as f:
    for it in QS:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

kinds = collections.Counter(q["expected"]["kind"] for q in QS)
mods = collections.Counter()
for q in QS:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in q["expected"]:
            mods[k if k != "estimand" else "estimand=" + q["expected"]["estimand"]] += 1
    if q["expected"]["kind"] == "cate" and "at" not in q["expected"]:
        mods["cate without at (heterogeneity)"] += 1
withds = sum(1 for q in QS if q["dataset"] != "none")

readme = f"""# h18 held-out causal question set

- Author tag: **h18** (data writer); built {STAMP} (UTC) by `build.py`.
- Split `{SPLIT}`, origin `{ORIGIN}`, shuffled with `random.Random({SEED}).shuffle`.
- Files: `datasets.json` ({len(DS)} datasets), `questions.jsonl` ({len(QS)} questions; {withds} tied to a dataset, {len(QS)-withds} with `"dataset": "none"`).

## Domains (one dataset each)
cricket clubs (`h18_cricket`), karate dojos (`h18_karate`), funeral homes (`h18_funeral`), glazing contractors (`h18_glazing`),
jewellery shops (`h18_jewellery`), scabies treatment campaigns (`h18_scabies`), onchocerciasis programmes (`h18_oncho`),
leishmaniasis clinics (`h18_leish`), ice hockey leagues (`h18_hockey`), bridge clubs (`h18_bridge`), upholstery workshops
(`h18_upholstery`), bingo halls (`h18_bingo`), tai chi classes for older adults (`h18_taichi`), chimney sweeps (`h18_chimney`),
poultry farms (`h18_poultry`).

Column styles: snake_case codes (cricket, jewellery, scabies, upholstery, taichi), camelCase (karate, leish, bingo),
UPPER_CASE (funeral, oncho, hockey, chimney), plain words (glazing, bridge, poultry). Every dataset has an id column,
baseline/follow-up pairs, parallel windows and v1/v2 near-synonyms as distractors.

## Counts by kind
""" + "\n".join(f"- {k}: {v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1])) + """

## Counts by modifier
""" + "\n".join(f"- {k}: {v}" for k, v in sorted(mods.items())) + """

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names, or `null` where the kind has none (discover, unsupported, relation, generate).
- Baseline/follow-up pair with no version named -> follow-up column is the outcome (e.g. `mbr_n_post`, `prev_12m`, `weight42`).
- Parallel windows (30d/90d, 6m/12m, 1y/2y, 12M/24M, mortality6/12) or v1/v2 near-synonyms (score/score_v2, rate/ratio)
  with nothing to pick -> `clarify: true`, that role `null`, other roles filled. Also clarify when a named variable is absent
  from the data, or the direction of the relationship is unstated (both roles `null`).
- `covariates` only when the question says adjust/control/hold fixed; `instrument` only when named as one.
- `estimand`: `att` for "among those who took/received it", `atc` for "for those who did not".
- `at`: subgroup/value conditions; numbers for numeric/binary columns (e.g. `{"urbanSite": 1}`, `{"AVG_PRICE_GBP": 4000}`),
  level strings for categoricals. "How does the effect vary / who benefits most" is `cate` without `at`.
- Policy: treatment = action column, outcome = goal column.
- Audit: treatment = the attribute as a short phrase ("race", "sexual orientation"); outcome = the shortest noun phrase the
  question uses for the decision ("loan approval", "premium").
- `columns` lists the dataset's columns in dataset order (null when `dataset` is "none").
"""
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write(readme)

print(len(QS), dict(kinds), dict(mods))
