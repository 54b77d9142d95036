import json, random, sys
sys.path.insert(0, "/tmp/wr/h67")
exec(open("/tmp/wr/h67/gen_datasets.py").read())
Qs = []
import re as _re
def _bt(ds, text, kind):
    if ds == "none" or kind == "unsupported" or "`" in text or not text[0].isupper(): return text
    cols = sorted(D[ds]["columns"], key=len, reverse=True)
    ids = [c for c in cols if ("_" in c or _re.search("[a-z][A-Z]", c) or c.isupper())]
    for c in ids:
        text = _re.sub(r"(?<![\w`])" + _re.escape(c) + r"(?![\w`])", "`" + c + "`", text)
    return text
def Q(ds, text, kind, T=None, Y=None, M=None, cov=None, inst=None, est=None, at=None, clar=False):
    text = _bt(ds, text, kind)
    e = {"kind": kind, "treatment": T, "outcome": Y, "mediator": M}
    if cov: e["covariates"] = cov
    if inst: e["instrument"] = inst
    if est: e["estimand"] = est
    if at: e["at"] = at
    if clar: e["clarify"] = True
    Qs.append({"question": text, "dataset": ds, "columns": (list(D[ds]["columns"]) if ds != "none" else None),
               "split": "test", "origin": "heldout67", "expected": e})

# ---------------- linocut
d = "h67_linocut"
Q(d, "Estimate the average treatment effect of `ink_oil` on `inkcov_post`, adjusting for `lino_typ` and `rh_pct`.", "ate", "ink_oil", "inkcov_post", cov=["lino_typ", "rh_pct"])
Q(d, "Does carving the block for longer actually make a print more likely to sell within a month, or is that just because bigger editions get more care?", "ate", "cut_hrs", "sold_30d", cov=["edition_sz"])
Q(d, "ate appr -> sold_90d adj edition_sz price_gbp", "ate", "appr", "sold_90d", cov=["edition_sz", "price_gbp"])
Q(d, "Is misregistration reduced when prints go through an etching press instead of being burnished by hand?", "ate", "prs_typ", None, clar=True)
Q(d, "What effect does block thickness have on how far the colours drift out of register (reg_err_mm)?", "ate", "blk_thk_mm", "reg_err_mm")
Q(d, "For the prints that were actually pulled with oil-based ink, how much did that raise the asking price?", "ate", "ink_oil", "price_gbp", est="att")
Q(d, "Using room humidity (rh_pct) as an instrument, what's the causal effect of the number of brayer passes on ink coverage?", "ate", "brayer_pass", "inkcov_post", inst="rh_pct")
Q(d, "does the paper weight (gsm) the studio prints on change whether a linocut sells within 90 days?", "ate", None, "sold_90d", clar=True)
Q(d, "Among prints cut by apprentices, what is the effect of oil-based ink on selling within 90 days?", "cate", "ink_oil", "sold_90d", at={"appr": 1})
Q(d, "Under the condition that studio humidity sits at 60%, how much does an additional brayer pass shift `inkcov_post`?", "cate", "brayer_pass", "inkcov_post", at={"rh_pct": 60})
Q(d, "Does the effect of press type (prs_typ) on reg_err_mm vary across lino types?", "cate", "prs_typ", "reg_err_mm")
Q(d, "effect of ink_oil on price_gbp, softcut lino only", "cate", "ink_oil", "price_gbp", at={"lino_typ": "softcut"})
Q(d, "Which print runs should we switch to oil-based ink if the goal is to sell more within 90 days?", "policy", "ink_oil", "sold_90d")
Q(d, "Learn a rule for which jobs to give apprentices versus experienced printers so registration error (`reg_err_mm`) stays lowest.", "policy", "appr", "reg_err_mm")
Q(d, "policy: who gets etching press vs baren, maximise price_gbp", "policy", "prs_typ", "price_gbp")
Q(d, "Oil-based ink seems to help prints sell within 90 days. Is that because it lays down fuller coverage after proofing, which then makes buyers bite? How much goes through coverage?", "mediation", "ink_oil", "sold_90d", "inkcov_post")
Q(d, "Decompose the effect of `cut_hrs` on `price_gbp` into the part mediated by `reg_err_mm` and the direct part.", "mediation", "cut_hrs", "price_gbp", "reg_err_mm")
Q(d, "how much of the apprentice effect on 30 day sales runs thru registration error (reg_err_v2)", "mediation", "appr", "sold_30d", "reg_err_v2")
Q(d, "Learn the causal graph among the linocut studio variables.", "discover")
Q(d, "Which factors in the print log drive which others? Work out the cause-and-effect structure from the data.", "discover")
Q(d, "Plot price_gbp against edition_sz for the linocut prints.", "unsupported")

# ---------------- mezzotint
d = "h67_mezzotint"
Q(d, "What is the ATE of MASTER_ENGR on TONE_DEPTH_POST, controlling for ROCKER_GAUGE and ROCK_PASSES?", "ate", "MASTER_ENGR", "TONE_DEPTH_POST", cov=["ROCKER_GAUGE", "ROCK_PASSES"])
Q(d, "Do finer rockers give richer blacks?", "ate", "ROCKER_GAUGE", "TONE_DEPTH_POST")
Q(d, "Is plate wear after 100 impressions lower for copper than zinc, or is that confounded by who engraved the plate?", "ate", "PLATE_METAL", "WEAR_100IMP", cov=["MASTER_ENGR"])
Q(d, "effect of ROCK_PASSES on plate wear", "ate", "ROCK_PASSES", None, clar=True)
Q(d, "How much does spending more hours laying the ground raise what a print fetches at sale?", "ate", "HRS_GROUND", "SALE_PRICE_GBP")
Q(d, "Does wiping the plate with tarlatan change whether it ends up on exhibition?", "ate", "WIPE_METHOD", "EXHIBITED")
Q(d, "avg effect MASTER_ENGR on CRITIC_SCORE_V2, adj PLATE_METAL, HUMID_WKSHP", "ate", "MASTER_ENGR", "CRITIC_SCORE_V2", cov=["PLATE_METAL", "HUMID_WKSHP"])
Q(d, "Among the plates engraved by non-masters, what would a master engraver have done to the sale price?", "ate", "MASTER_ENGR", "SALE_PRICE_GBP", est="atc")
Q(d, "What is the effect of BURNISH_TOOL on TONE_DEPTH_POST for copper plates (PLATE_METAL = copper)?", "cate", "BURNISH_TOOL", "TONE_DEPTH_POST", at={"PLATE_METAL": "copper"})
Q(d, "When workshop humidity is 70 percent, how does the rocker's gauge affect wear after 50 impressions?", "cate", "ROCKER_GAUGE", "WEAR_50IMP", at={"HUMID_WKSHP": 70})
Q(d, "For which kinds of plates is the master-engraver premium on sale price largest?", "cate", "MASTER_ENGR", "SALE_PRICE_GBP")
Q(d, "effect of HRS_GROUND on the critic score for plates rocked with 40 passes", "cate", "HRS_GROUND", None, at={"ROCK_PASSES": 40}, clar=True)
Q(d, "Which plates should be assigned to a master engraver to maximise the chance of being exhibited?", "policy", "MASTER_ENGR", "EXHIBITED")
Q(d, "Find the best burnishing-tool assignment per plate to maximise tonal depth after burnishing.", "policy", "BURNISH_TOOL", "TONE_DEPTH_POST")
Q(d, "decide which editions go on copper vs zinc to keep WEAR_100IMP down", "policy", "PLATE_METAL", "WEAR_100IMP")
Q(d, "Master engravers fetch higher prices. How much of that premium runs through deeper tone after burnishing (TONE_DEPTH_POST), and how much is direct?", "mediation", "MASTER_ENGR", "SALE_PRICE_GBP", "TONE_DEPTH_POST")
Q(d, "A finer rocker works by building a denser ground, which then yields deeper final tone, which then wins the critics over. Quantify the indirect path via tone for CRITIC_SCORE_V2.", "mediation", "ROCKER_GAUGE", "CRITIC_SCORE_V2", "TONE_DEPTH_POST")
Q(d, "Recover the causal structure linking rocker gauge, passes, metal, tone, wear and price across the mezzotint plates.", "discover")
Q(d, "What's the mean SALE_PRICE_GBP by PLATE_METAL?", "unsupported")

# ---------------- icon
d = "h67_icon"
Q(d, "Estimate the effect of gessoLayers on crackScore12m, adjusting for boardWood and studioTempC.", "ate", "gessoLayers", "crackScore12m", cov=["boardWood", "studioTempC"])
Q(d, "Does painting in egg tempera rather than acrylic make icons less likely to flake within two years?", "ate", "eggTempera", "flaking24m")
Q(d, "Do more coats of olifa protect the panel against cracking?", "ate", "oliphaCoats", "crackScore12m")
Q(d, "Is the link between gold-leaf backgrounds and higher commission fees causal, or is it just that church clients order both?", "ate", "goldLeaf", "commissionPrice", cov=["churchClient"])
Q(d, "ate eggTempera on flaking", "ate", "eggTempera", None, clar=True)
Q(d, "How much does an iconographer's years of training change how clients rate the work (`clientRatingV2`)?", "ate", "yearsTraining", "clientRatingV2")
Q(d, "Does the type of brush the iconographer uses (squirrel vs synthetic) affect crackScore12m?", "ate", None, "crackScore12m", clar=True)
Q(d, "does gilding raise clientRating? control for yearsTraining, pigmentSource", "ate", "goldLeaf", "clientRating", cov=["yearsTraining", "pigmentSource"])
Q(d, "What is the effect of eggTempera on flaking6m for icons painted on lime boards?", "cate", "eggTempera", "flaking6m", at={"boardWood": "lime"})
Q(d, "At a studio temperature of 18°C, how does adding gesso layers change the 12-month crack score?", "cate", "gessoLayers", "crackScore12m", at={"studioTempC": 18})
Q(d, "Which icons benefit most from extra olifa coats in terms of flaking by 24 months?", "cate", "oliphaCoats", "flaking24m")
Q(d, "for church commissions, efect of gold leaf on commissionPrice", "cate", "goldLeaf", "commissionPrice", at={"churchClient": 1})
Q(d, "Which commissions should get a gold-leaf background to maximise clientRating?", "policy", "goldLeaf", "clientRating")
Q(d, "Recommend a rule for how many gesso layers to apply per icon so that flaking at 24 months is minimised.", "policy", "gessoLayers", "flaking24m")
Q(d, "who should be painted in egg tempera vs acrylic, objective = crackScore12m", "policy", "eggTempera", "crackScore12m")
Q(d, "Egg tempera appears to reduce flaking at 24 months. Does it do so by limiting cracking in the first year (crackScore12m), which then stops the paint lifting?", "mediation", "eggTempera", "flaking24m", "crackScore12m")
Q(d, "Natural direct and indirect effects of yearsTraining on commissionPrice with clientRating as the mediator.", "mediation", "yearsTraining", "commissionPrice", "clientRating")
Q(d, "Discover the causal DAG over the icon workshop variables.", "discover")
Q(d, "Train a model to predict commissionPrice from the other icon columns.", "unsupported")

# ---------------- signwriting
d = "h67_signwriting"
Q(d, "Estimate the average effect of `gold leaf` on `repeat customer`, adjusting for `price` and `surface`.", "ate", "gold leaf", "repeat customer", cov=["price", "surface"])
Q(d, "Does using a mahlstick make the lettering look better to customers?", "ate", "mahl stick", None, clar=True)
Q(d, "How much does one-shot enamel versus acrylic change how glossy a sign still is two years on?", "ate", "paint", "gloss after 2 years")
Q(d, "Do more coats of paint stop signs peeling within three years?", "ate", "coats", "peeling 3 years")
Q(d, "is the sun exposure effect on gloss real or confounded by the paint used", "ate", "sun exposure", "gloss after 2 years", cov=["paint"])
Q(d, "ate of experience years on customer score", "ate", "experience years", "customer score")
Q(d, "What did hand-gilding do to the price charged, for the signs that had it?", "ate", "gold leaf", "price", est="att")
Q(d, "Estimate the causal effect between hours spent and price.", "ate", None, None, clar=True)
Q(d, "What is the effect of coats on peeling 1 year for glass surfaces?", "cate", "coats", "peeling 1 year", at={"surface": "glass"})
Q(d, "For signs getting 6 hours of sun a day, how does the choice of paint affect gloss after 2 years?", "cate", "paint", "gloss after 2 years", at={"sun exposure": 6})
Q(d, "How does the effect of gold leaf on price vary with the writer's experience?", "cate", "gold leaf", "price")
Q(d, "effect of mahl stick on customer rating among signwriters with 2 years experience", "cate", "mahl stick", "customer rating", at={"experience years": 2})
Q(d, "Which jobs should get gold leaf if we want the most repeat customers?", "policy", "gold leaf", "repeat customer")
Q(d, "Decide how many coats to apply to each sign to minimise peeling at 3 years.", "policy", "coats", "peeling 3 years")
Q(d, "Experience seems to raise the customer rating. Does it work through the writer spending more hours on the board, which then produces cleaner lettering?", "mediation", "experience years", "customer rating", "hours spent")
Q(d, "Split the effect of `paint` on `peeling 3 years` into the direct effect and the part via `gloss after 2 years`.", "mediation", "paint", "peeling 3 years", "gloss after 2 years")
Q(d, "how much of the suns effect on peeling at 3 yrs goes through gloss loss", "mediation", "sun exposure", "peeling 3 years", "gloss after 2 years")
Q(d, "What causes what among the signwriting variables? Figure out the dependency structure.", "discover")
Q(d, "Clean up the install date column, it has mixed date formats.", "unsupported")

# ---------------- canal art
d = "h67_canalart"
Q(d, "Estimate the ATE of `varnish_topcoat` on `chip_count_12m`, controlling for `cruising_days_yr` and `panel_type`.", "ate", "varnish_topcoat", "chip_count_12m", cov=["cruising_days_yr", "panel_type"])
Q(d, "Does a clear varnish over the roses and castles cut down how often boats need repainting within 5 years?", "ate", "varnish_topcoat", "repaint_5y")
Q(d, "Do more primer coats reduce chipping?", "ate", "primer_coats", "chip_count_12m")
Q(d, "effect of two-pack paint on needing a repaint", "ate", "paint_system", None, clar=True)
Q(d, "How much does cruising more days a year raise the chips a year after painting, once we account for the topcoat?", "ate", "cruising_days_yr", "chip_count_12m", cov=["varnish_topcoat"])
Q(d, "ate hull colour -> owner_satisf_v2", "ate", None, "owner_satisf_v2", clar=True)
Q(d, "For the painters who didn't use sable brushes, would switching have raised the commission they could charge?", "ate", "brush_sable", "commission_gbp", est="atc")
Q(d, "Effect of varnish_topcoat on repaint_2y for water cans only", "cate", "varnish_topcoat", "repaint_2y", at={"panel_type": "water_can"})
Q(d, "When the average UV index is 5, what does a topcoat do to the 12-month chip count?", "cate", "varnish_topcoat", "chip_count_12m", at={"uv_index_avg": 5})
Q(d, "Which boats gain the most from extra primer coats on their 5-year repaint risk?", "cate", "primer_coats", "repaint_5y")
Q(d, "Among cabin doors, what is the effect of artist experience on owner satisfaction (owner_satisfaction)?", "cate", "artist_yrs", "owner_satisfaction", at={"panel_type": "cabin_door"})
Q(d, "Which boats should get a varnish topcoat to minimise repaints within 5 years?", "policy", "varnish_topcoat", "repaint_5y")
Q(d, "Targeting rule for primer coats per panel to keep chip_count_12m down.", "policy", "primer_coats", "chip_count_12m")
Q(d, "who to send the sable-brush artists to, to max owner_satisf_v2", "policy", "brush_sable", "owner_satisf_v2")
Q(d, "Varnish seems to make owners happier (owner_satisfaction). Is that because it prevents chipping over the first year, which then keeps the boat looking smart?", "mediation", "varnish_topcoat", "owner_satisfaction", "chip_count_12m")
Q(d, "Mediation: primer_coats -> chip_count_12m -> repaint_5y; report direct and indirect effects.", "mediation", "primer_coats", "repaint_5y", "chip_count_12m")
Q(d, "Learn the causal graph for the canal art panels.", "discover")
Q(d, "Map out which variables in the narrowboat painting records influence which.", "discover")
Q(d, "Forecast next year's commission_gbp totals by month.", "unsupported")

# ---------------- fairground
d = "h67_fairground"
Q(d, "What is the average effect of `boldPalette` on `ridersPerHrPost`, adjusting for `rideType` and `lightBulbs`?", "ate", "boldPalette", "ridersPerHrPost", cov=["rideType", "lightBulbs"])
Q(d, "Do brighter, high-contrast colour schemes pull in more riders?", "ate", "boldPalette", "ridersPerHrPost")
Q(d, "Does adding mirror panels boost a ride's takings over four weeks?", "ate", "mirrorInserts", "takings28d")
Q(d, "Is the gold-leaf effect on visitor ratings real, or is it just that older showman families can afford gilding?", "ate", "goldLeafUsed", None, cov=["showmanFamilyYrs"], clar=True)
Q(d, "ate lightBulbs on takings7d adj rideType", "ate", "lightBulbs", "takings7d", cov=["rideType"])
Q(d, "How much did having an apprentice paint the panels change one-week takings, for the panels an apprentice actually painted?", "ate", "artistApprentice", "takings7d", est="att")
Q(d, "Does more time spent painting a panel lift the visitor rating (visitorRating)?", "ate", "paintHours", "visitorRating")
Q(d, "Is rider throughput raised by a previous restoration?", "ate", "restorationPrior", "ridersPerHrPost")
Q(d, "Effect of boldPalette on takings28d for waltzers (rideType = waltzer)", "cate", "boldPalette", "takings28d", at={"rideType": "waltzer"})
Q(d, "For panels that have spent 6 months outdoors, what's the effect of gold leaf on visitorRatingV2?", "cate", "goldLeafUsed", "visitorRatingV2", at={"outdoorsMonths": 6})
Q(d, "For which rides is the mirror-insert effect on riders per hour biggest?", "cate", "mirrorInserts", "ridersPerHrPost")
Q(d, "gallopers only: effect of organ music volume on takings7d", "cate", None, "takings7d", at={"rideType": "gallopers"}, clar=True)
Q(d, "Which rides should get a bold repaint to maximise 28-day takings?", "policy", "boldPalette", "takings28d")
Q(d, "Allocate gold leaf across panels to get the highest visitorRating.", "policy", "goldLeafUsed", "visitorRating")
Q(d, "Who should be given mirror inserts? Goal: ridersPerHrPost.", "policy", "mirrorInserts", "ridersPerHrPost")
Q(d, "Bold palettes raise 28-day takings. How much of that is because they draw more riders per hour (ridersPerHrPost), and how much is direct?", "mediation", "boldPalette", "takings28d", "ridersPerHrPost")
Q(d, "goldLeafUsed -> visitorRatingV2 -> takings7d, direct vs indirect", "mediation", "goldLeafUsed", "takings7d", "visitorRatingV2")
Q(d, "Which variables in the fairground panel data cause which? Estimate the structure.", "discover")
Q(d, "Summarise takings7d by rideType with means and standard deviations.", "unsupported")

# ---------------- wigmaking
d = "h67_wigmaking"
Q(d, "Estimate the ATE of HAND_TIED on SHEDDING_6M, adjusting for HAIR_TYPE and WEAR_HRS_WK.", "ate", "HAND_TIED", "SHEDDING_6M", cov=["HAIR_TYPE", "WEAR_HRS_WK"])
Q(d, "Do hand-knotted wigs shed less hair?", "ate", "HAND_TIED", None, clar=True)
Q(d, "Does a denser knotting pattern make the wig fit better three months on?", "ate", "KNOTS_PER_CM2", "FIT_SCORE_3M")
Q(d, "How much does a lace front change the price a client pays?", "ate", "LACE_FRONT", "PRICE_GBP")
Q(d, "effect of MAKER_YRS on COMFORT_V2, adj BASE_MATERIAL", "ate", "MAKER_YRS", "COMFORT_V2", cov=["BASE_MATERIAL"])
Q(d, "Is the better fit of wigs made from European human hair real, or confounded by theatre clients who also wear them longer each week?", "ate", "HAIR_TYPE", "FIT_SCORE_3M", cov=["THEATRE_CLIENT", "WEAR_HRS_WK"])
Q(d, "For the wigs that were not hand tied, what would hand tying have done to COMFORT?", "ate", "HAND_TIED", "COMFORT", est="atc")
Q(d, "What is the effect of HAND_TIED on COMFORT for monofilament bases?", "cate", "HAND_TIED", "COMFORT", at={"BASE_MATERIAL": "monofilament"})
Q(d, "At 40 hours of wear a week, how does knot density affect shedding after six months?", "cate", "KNOTS_PER_CM2", "SHEDDING_6M", at={"WEAR_HRS_WK": 40})
Q(d, "How does the lace-front effect on fit at three months differ across hair types?", "cate", "LACE_FRONT", "FIT_SCORE_3M")
Q(d, "theatre clients only - effect of build hours on 6m shedding", "cate", "BUILD_HRS", "SHEDDING_6M", at={"THEATRE_CLIENT": 1})
Q(d, "Which orders should be hand-tied to minimise shedding at 6 months?", "policy", "HAND_TIED", "SHEDDING_6M")
Q(d, "Learn a rule for which clients get a lace front in order to maximise COMFORT_V2.", "policy", "LACE_FRONT", "COMFORT_V2")
Q(d, "targeting knot density per client for best FIT_SCORE_3M", "policy", "KNOTS_PER_CM2", "FIT_SCORE_3M")
Q(d, "Hand-tying seems to improve comfort (COMFORT). Does it work by reducing shedding over the first month, which then keeps the cap feeling light?", "mediation", "HAND_TIED", "COMFORT", "SHEDDING_1M")
Q(d, "Decompose MAKER_YRS -> PRICE_GBP into a direct effect and an effect via BUILD_HRS.", "mediation", "MAKER_YRS", "PRICE_GBP", "BUILD_HRS")
Q(d, "how much of the lace front effect on comfort v2 goes thru the 3-month fit", "mediation", "LACE_FRONT", "COMFORT_V2", "FIT_SCORE_3M")
Q(d, "Causal discovery on the wig-making table, please.", "discover")
Q(d, "Hi! Can you tell me how many wigs were ordered in 2023?", "unsupported")

# ---------------- corsetry
d = "h67_corsetry"
Q(d, "Estimate the effect of `Custom Pattern` on `Back Pain After`, adjusting for `Boning` and `Waist Reduction`.", "ate", "Custom Pattern", "Back Pain After", cov=["Boning", "Waist Reduction"])
Q(d, "Does a bespoke pattern make clients less likely to send the corset back within two months?", "ate", "Custom Pattern", "Returned 60 Days")
Q(d, "Do extra toile fittings ease back pain?", "ate", "Mock Up Fittings", "Back Pain After")
Q(d, "Does spiral steel boning make customers happier?", "ate", "Boning", None, clar=True)
Q(d, "estimate the causal link between Hours and Price", "ate", None, None, clar=True)
Q(d, "Is the effect of more panels on the satisfaction score real, or does it just reflect more experienced makers?", "ate", "Panels", "Satisfaction Score", cov=["Maker Experience"])
Q(d, "What did custom patterns do to the price, for the orders that had one?", "ate", "Custom Pattern", "Price", est="att")
Q(d, "Do coutil corsets cause less back pain than cotton twill ones?", "ate", "Fabric", "Back Pain After")
Q(d, "Effect of Custom Pattern on Returned 14 Days for silk broché corsets (Fabric = silk_broche)", "cate", "Custom Pattern", "Returned 14 Days", at={"Fabric": "silk_broche"})
Q(d, "At a waist reduction of 10 cm, what does the choice of boning do to back pain afterwards?", "cate", "Boning", "Back Pain After", at={"Waist Reduction": 10})
Q(d, "For whom do additional mock-up fittings reduce returns within 60 days the most?", "cate", "Mock Up Fittings", "Returned 60 Days")
Q(d, "among makers with 5 years experience, effect of Hours on Satisfaction", "cate", "Hours", "Satisfaction", at={"Maker Experience": 5})
Q(d, "Which clients should be offered a custom pattern to minimise Returned 60 Days?", "policy", "Custom Pattern", "Returned 60 Days")
Q(d, "Decide how many mock-up fittings each order should receive to maximise Satisfaction Score.", "policy", "Mock Up Fittings", "Satisfaction Score")
Q(d, "Custom patterns seem to reduce returns within 60 days. Is that because they relieve back pain, which then makes people keep the corset?", "mediation", "Custom Pattern", "Returned 60 Days", "Back Pain After")
Q(d, "direct and indirect effect of Mock Up Fittings on Satisfaction via Back Pain After", "mediation", "Mock Up Fittings", "Satisfaction", "Back Pain After")
Q(d, "Learn the causal graph among the corsetry order variables.", "discover")
Q(d, "Which of the corset order attributes influence which? Uncover the causal ordering.", "discover")
Q(d, "Write a SQL query to list orders with Price above 800.", "unsupported")

# ---------------- tailoring
d = "h67_tailoring"
Q(d, "What is the ATE of `bstl` on `alt_90d`, controlling for `ctr_yrs` and `n_fit`?", "ate", "bstl", "alt_90d", cov=["ctr_yrs", "n_fit"])
Q(d, "Does a full floating canvas make a jacket hang better six months on?", "ate", "cnv_typ", "drape_6m")
Q(d, "Do hand-padded lapels make a client more likely to come back and order again?", "ate", "hand_pad", "rpt_ord")
Q(d, "effect of basted fitting on alterations", "ate", "bstl", None, clar=True)
Q(d, "Does heavier cloth improve the drape?", "ate", "cloth_oz", "drape_6m")
Q(d, "ate n_fit on customer satisfaction adj cnv_typ, cloth_mill", "ate", "n_fit", None, cov=["cnv_typ", "cloth_mill"], clar=True)
Q(d, "Is the price premium for hand padding causal, or just because senior cutters are the ones who do it?", "ate", "hand_pad", "px_gbp", cov=["ctr_yrs"])
Q(d, "For suits made without a basted fitting, how much would one have cut the need for alterations within 30 days?", "ate", "bstl", "alt_30d", est="atc")
Q(d, "Effect of cnv_typ on drape_6m for Holland & Sherry cloth (cloth_mill = holland_sherry)", "cate", "cnv_typ", "drape_6m", at={"cloth_mill": "holland_sherry"})
Q(d, "For cloth of 11 oz, how does the choice of canvas affect alterations at 90 days?", "cate", "cnv_typ", "alt_90d", at={"cloth_oz": 11})
Q(d, "How does the benefit of extra fittings on satisfaction (cs_score) vary with cutter experience?", "cate", "n_fit", "cs_score")
Q(d, "fused jackets only: effect of hand_pad on cs_score", "cate", "hand_pad", "cs_score", at={"cnv_typ": "fused"})
Q(d, "Which customers should get a basted fitting to minimise alt_90d?", "policy", "bstl", "alt_90d")
Q(d, "Which orders merit a full canvas if we want the most repeat orders?", "policy", "cnv_typ", "rpt_ord")
Q(d, "rule for n_fit per client maximising cs_score_v2", "policy", "n_fit", "cs_score_v2")
Q(d, "Full canvassing seems to drive repeat orders. Does it work by improving how the coat drapes after six months, which then brings clients back?", "mediation", "cnv_typ", "rpt_ord", "drape_6m")
Q(d, "Decompose the effect of bstl on cs_score into the part via alt_30d and the remainder.", "mediation", "bstl", "cs_score", "alt_30d")
Q(d, "how much of ctr_yrs' effect on px_gbp is mediated by hrs_tot", "mediation", "ctr_yrs", "px_gbp", "hrs_tot")
Q(d, "Estimate a causal DAG from the bespoke tailoring data.", "discover")
Q(d, "What's the correlation between cloth_oz and px_gbp?", "unsupported")

# ---------------- shoemaking
d = "h67_shoemaking"
Q(d, "Estimate the average effect of `oakBarkSole` on `soleWearMm`, adjusting for `stepsPerDay` and `wearerWeightKg`.", "ate", "oakBarkSole", "soleWearMm", cov=["stepsPerDay", "wearerWeightKg"])
Q(d, "Does a bespoke last make shoes more comfortable after half a year?", "ate", "lastCustom", "comfort6mo")
Q(d, "Does walking more wear the soles out faster?", "ate", "stepsPerDay", None, clar=True)
Q(d, "Is a Goodyear welt less likely than a cemented sole to need resoling within two years?", "ate", "constructionType", "resole24mo")
Q(d, "ate lastCustom -> comfort adj leatherGrade", "ate", "lastCustom", "comfort6mo", cov=["leatherGrade"])
Q(d, "Do heavier wearers need a resole within a year more often, or is that explained by how much they walk?", "ate", "wearerWeightKg", "resole12mo", cov=["stepsPerDay"])
Q(d, "For the pairs that were given oak-bark soles, what did that do to the price?", "ate", "oakBarkSole", "priceUsd", est="att")
Q(d, "Effect of oakBarkSole on resole24mo for hand-welted shoes (constructionType = hand_welt)", "cate", "oakBarkSole", "resole24mo", at={"constructionType": "hand_welt"})
Q(d, "For a wearer walking 10,000 steps a day, what's the effect of oak-bark tanned soles on sole wear (soleWearMmV2)?", "cate", "oakBarkSole", "soleWearMmV2", at={"stepsPerDay": 10000})
Q(d, "Which customers gain most in six-month comfort from a custom last?", "cate", "lastCustom", "comfort6mo")
Q(d, "full grain only: buildHours effect on comfort6mo", "cate", "buildHours", "comfort6mo", at={"leatherGrade": "full_grain"})
Q(d, "Which customers should get a custom last to maximise comfort6mo?", "policy", "lastCustom", "comfort6mo")
Q(d, "Decide who gets oak-bark soles so as to minimise resoling within 24 months.", "policy", "oakBarkSole", "resole24mo")
Q(d, "targeting construction type per customer to reduce soleWearMm", "policy", "constructionType", "soleWearMm")
Q(d, "Oak-bark soles seem to cut resoling within 24 months. Is that because they wear more slowly (soleWearMm), which then delays a resole?", "mediation", "oakBarkSole", "resole24mo", "soleWearMm")
Q(d, "direct vs indirect effect of makerYears on comfort6mo through buildHours", "mediation", "makerYears", "comfort6mo", "buildHours")
Q(d, "What is the cause-and-effect structure among the shoemaking variables? Don't assume any ordering.", "discover")
Q(d, "Make a histogram of priceUsd.", "unsupported")

# ---------------- clogs
d = "h67_clogs"
Q(d, "Estimate the ATE of HAND_CARVED on FOOT_PAIN_6M, controlling for WEARER_KG and UPPER_LEATHER.", "ate", "HAND_CARVED", "FOOT_PAIN_6M", cov=["WEARER_KG", "UPPER_LEATHER"])
Q(d, "Does seasoning the wood longer prevent soles from cracking within 18 months?", "ate", "SEASON_MONTHS", "CRACK_18M")
Q(d, "Do irons on the sole reduce foot pain?", "ate", "IRON_CALKERS", "FOOT_PAIN_6M")
Q(d, "ate SOLE_WOOD on cracking", "ate", "SOLE_WOOD", None, clar=True)
Q(d, "Is the better fit (FIT_SCORE_V2) of hand-carved clogs real, or just because experienced makers are the ones who hand carve?", "ate", "HAND_CARVED", "FIT_SCORE_V2", cov=["MAKER_YRS"])
Q(d, "effect of CARVE_HRS on PRICE_EUR", "ate", "CARVE_HRS", "PRICE_EUR")
Q(d, "Working on wet floors: does it make clogs crack within six months?", "ate", "WET_FLOOR_WORK", "CRACK_6M")
Q(d, "Among the clogs that were machine-made, would hand carving have lowered foot pain?", "ate", "HAND_CARVED", "FOOT_PAIN_6M", est="atc")
Q(d, "Effect of SEASON_MONTHS on CRACK_6M for alder soles", "cate", "SEASON_MONTHS", "CRACK_6M", at={"SOLE_WOOD": "alder"})
Q(d, "For a wearer weighing 90 kg, what do iron calkers do to foot pain at six months?", "cate", "IRON_CALKERS", "FOOT_PAIN_6M", at={"WEARER_KG": 90})
Q(d, "Does the hand-carving effect on FIT_SCORE differ between wet-floor workers and everyone else?", "cate", "HAND_CARVED", "FIT_SCORE")
Q(d, "wet floor workers only: effect of IRON_CALKERS on CRACK_18M", "cate", "IRON_CALKERS", "CRACK_18M", at={"WET_FLOOR_WORK": 1})
Q(d, "Which customers should get hand-carved clogs to minimise FOOT_PAIN_6M?", "policy", "HAND_CARVED", "FOOT_PAIN_6M")
Q(d, "Recommend how long to season the wood for each order so that cracking by 18 months is least likely.", "policy", "SEASON_MONTHS", "CRACK_18M")
Q(d, "Hand carving seems to lower foot pain. Does it act through a better fit (FIT_SCORE), which then relieves pressure on the foot?", "mediation", "HAND_CARVED", "FOOT_PAIN_6M", "FIT_SCORE")
Q(d, "decompose the effect of MAKER_YRS on FIT_SCORE_V2 into direct and indirect via CARVE_HRS", "mediation", "MAKER_YRS", "FIT_SCORE_V2", "CARVE_HRS")
Q(d, "Run causal discovery over the clog-making records.", "discover")
Q(d, "Which clog variables sit upstream of which? Infer the causal ordering from the data.", "discover")
Q(d, "Remove duplicate CLOG_ID rows and fill in missing PRICE_EUR values.", "unsupported")

# ---------------- lime burning
d = "h67_limeburning"
Q(d, "Estimate the average effect of `peak_temp_c` on `purity_post_slake`, adjusting for `stone_size_cm` and `fuel`.", "ate", "peak_temp_c", "purity_post_slake", cov=["stone_size_cm", "fuel"])
Q(d, "Do longer burns give stronger mortar at 28 days?", "ate", "burn_hours", "mortar_strength_28d")
Q(d, "Does an experienced foreman raise the yield?", "ate", "foreman_experienced", None, clar=True)
Q(d, "Is the draw kiln's higher purity real, or is it due to the stone it's fed?", "ate", "kiln_type", "purity_post_slake", cov=["stone_source"])
Q(d, "ate fuel on mortar_strength_7d adj kiln_type", "ate", "fuel", "mortar_strength_7d", cov=["kiln_type"])
Q(d, "Does the moisture content of the limestone lower the sale price per tonne?", "ate", None, "sale_price_per_t", clar=True)
Q(d, "Does breaking the stone smaller raise the lime's purity?", "ate", "stone_size_cm", "purity_post_slake")
Q(d, "Effect of burn_hours on yield_tonnes_net for flare kilns", "cate", "burn_hours", "yield_tonnes_net", at={"kiln_type": "flare_kiln"})
Q(d, "Under the condition that the peak temperature is 1000 °C, what does stone size do to 28-day mortar strength?", "cate", "stone_size_cm", "mortar_strength_28d", at={"peak_temp_c": 1000})
Q(d, "How does the effect of fuel on purity vary by where the stone was quarried?", "cate", "fuel", "purity_post_slake")
Q(d, "beach chalk burns: crew_size effect on yield_tonnes", "cate", "crew_size", "yield_tonnes", at={"stone_source": "beach_chalk"})
Q(d, "Which burns should be run by an experienced foreman to maximise yield_tonnes_net?", "policy", "foreman_experienced", "yield_tonnes_net")
Q(d, "Choose a fuel for each burn to optimise mortar_strength_28d.", "policy", "fuel", "mortar_strength_28d")
Q(d, "what burn duration to target for each load to max purity_post_slake", "policy", "burn_hours", "purity_post_slake")
Q(d, "Higher kiln temperatures seem to make stronger mortar. Is that because they raise the lime's purity after slaking, which then sets harder?", "mediation", "peak_temp_c", "mortar_strength_28d", "purity_post_slake")
Q(d, "Decompose foreman_experienced -> sale_price_per_t into a direct effect and an effect via purity_post_slake.", "mediation", "foreman_experienced", "sale_price_per_t", "purity_post_slake")
Q(d, "how much of burn_hours effect on yield_tonnes_net goes through peak_temp_c", "mediation", "burn_hours", "yield_tonnes_net", "peak_temp_c")
Q(d, "Discover the causal relationships among all the variables in the lime kiln logs.", "discover")
Q(d, "What was the total yield_tonnes in 2022?", "unsupported")

# ---------------- horology
d = "h67_horology"
Q(d, "Estimate the ATE of `cleanedUltrasonic` on `rateDevPost`, adjusting for `ageYears` and `escapementType`.", "ate", "cleanedUltrasonic", "rateDevPost", cov=["ageYears", "escapementType"])
Q(d, "Does a silicon hairspring keep better time after servicing?", "ate", "hairspringAlloy", "rateDevPost")
Q(d, "Does ultrasonic cleaning make watches come back within 90 days less often?", "ate", "cleanedUltrasonic", "returnWithin90d")
Q(d, "Does synthetic oil improve balance amplitude?", "ate", "oilType", None, clar=True)
Q(d, "Is the lower comeback rate within 30 days for master watchmakers causal, or just because they get the newer movements?", "ate", "servicedBy", "returnWithin30d", cov=["ageYears"])
Q(d, "ate oilType -> amplitudeDegV2 adj ageYears, wearHrsPerDay", "ate", "oilType", "amplitudeDegV2", cov=["ageYears", "wearHrsPerDay"])
Q(d, "How much does a movement's age affect what the service ends up costing?", "ate", "ageYears", "serviceCostUsd")
Q(d, "For the movements that were cleaned ultrasonically, how much did it improve amplitude (amplitudeDeg)?", "ate", "cleanedUltrasonic", "amplitudeDeg", est="att")
Q(d, "Effect of cleanedUltrasonic on returnWithin30d for co-axial escapements (escapementType = coaxial)", "cate", "cleanedUltrasonic", "returnWithin30d", at={"escapementType": "coaxial"})
Q(d, "At an ambient temperature of 30°C, how does the hairspring alloy affect timekeeping error?", "cate", "hairspringAlloy", "rateDevPost", at={"ambientTempC": 30})
Q(d, "For which watches does synthetic oil help amplitudeDegV2 the most?", "cate", "oilType", "amplitudeDegV2")
Q(d, "apprentice-serviced movements: effect of ultrasonic cleaning on rateDevPost", "cate", "cleanedUltrasonic", "rateDevPost", at={"servicedBy": "apprentice"})
Q(d, "Which movements should be cleaned ultrasonically to minimise returnWithin90d?", "policy", "cleanedUltrasonic", "returnWithin90d")
Q(d, "Assign watches to a master, journeyman or apprentice so as to minimise rate deviation after service.", "policy", "servicedBy", "rateDevPost")
Q(d, "oil choice per movement to maximise amplitudeDeg - learn a policy", "policy", "oilType", "amplitudeDeg")
Q(d, "Ultrasonic cleaning cuts comebacks within 90 days. Does it work by restoring amplitude (amplitudeDeg), which then keeps the rate stable?", "mediation", "cleanedUltrasonic", "returnWithin90d", "amplitudeDeg")
Q(d, "NDE and NIE of servicedBy on returnWithin30d through rateDevPost", "mediation", "servicedBy", "returnWithin30d", "rateDevPost")
Q(d, "Figure out from the data which watch-service factors actually drive which.", "discover")

# ---------------- violin
d = "h67_violin"
Q(d, "Estimate the average effect of `plt_thk_mm` on `proj_db`, adjusting for `top_wd` and `bk_wd`.", "ate", "plt_thk_mm", "proj_db", cov=["top_wd", "bk_wd"])
Q(d, "Do thinner plates make a violin project further?", "ate", "plt_thk_mm", None, clar=True)
Q(d, "Does oil varnish mellow the tone over a year?", "ate", "vrn_typ", "tone_12m")
Q(d, "Does a mineral ground make violins more prone to cracking within five years?", "ate", "ground_min", "crack_5y")
Q(d, "ate mkr_yrs -> px_eur adj bld_hrs", "ate", "mkr_yrs", "px_eur", cov=["bld_hrs"])
Q(d, "Is the link between workshop humidity and cracks in the first year causal, or confounded by the varnish type?", "ate", "rh_shop", "crack_1y", cov=["vrn_typ"])
Q(d, "For violins that were given a mineral ground, how much did it change tonal brightness after twelve months?", "ate", "ground_min", "tone_12m", est="att")
Q(d, "Effect of plt_thk_mm on proj_db_v2 for Engelmann spruce tops", "cate", "plt_thk_mm", "proj_db_v2", at={"top_wd": "engelmann"})
Q(d, "When the B1+ mode sits at 540 Hz, what does plate thickness do to the tone at 12 months?", "cate", "plt_thk_mm", "tone_12m", at={"b1p_hz": 540})
Q(d, "How does the varnish effect on price vary by back wood?", "cate", "vrn_typ", "px_eur")
Q(d, "flamed maple backs only: effect of ground_min on crack_5y", "cate", "ground_min", "crack_5y", at={"bk_wd": "flamed_maple"})
Q(d, "Which instruments should get a mineral ground to maximise tone_12m?", "policy", "ground_min", "tone_12m")
Q(d, "Choose a varnish for each violin to minimise crack_5y.", "policy", "vrn_typ", "crack_5y")
Q(d, "Plate thickness seems to affect price. Does it work through projection (proj_db), which then sells the instrument?", "mediation", "plt_thk_mm", "px_eur", "proj_db")
Q(d, "direct vs indirect effect of vrn_typ on tone_12m via b1p_hz", "mediation", "vrn_typ", "tone_12m", "b1p_hz")
Q(d, "Learn the causal graph of the violin-making variables.", "discover")
Q(d, "What drives what in the luthier's data? Recover the causal relations among plates, woods, varnish, tone and price.", "discover")

# ---------------- harp
d = "h67_harp"
Q(d, "Estimate the ATE of `tension` on `bellyafter`, controlling for `soundboard` and `humidity`.", "ate", "tension", "bellyafter", cov=["soundboard", "humidity"])
Q(d, "Do gut strings break more than nylon?", "ate", "strings", None, clar=True)
Q(d, "Does a cedar soundboard resonate better than spruce (resonancev2)?", "ate", "soundboard", "resonancev2")
Q(d, "How much do sharping levers add to the price?", "ate", "levers", "price")
Q(d, "does humidity cause more string breaks in the first year", "ate", "humidity", "breakage12m")
Q(d, "ate stringcount on resonance adj pedal", "ate", "stringcount", "resonance", cov=["pedal"])
Q(d, "Is the soundboard bellying more on pedal harps because of the pedal mechanism, or just the higher string tension?", "ate", "pedal", "bellyafter", cov=["tension"])
Q(d, "For the harps built without pedals, what would adding a pedal action have done to the price?", "ate", "pedal", "price", est="atc")
Q(d, "Effect of strings on breakage3m when humidity is 65%", "cate", "strings", "breakage3m", at={"humidity": 65})
Q(d, "For spruce soundboards, how does string tension affect the soundboard rise a year on?", "cate", "tension", "bellyafter", at={"soundboard": "spruce"})
Q(d, "Does the effect of maker experience on resonance vary across string types?", "cate", "experience", "resonance")
Q(d, "pedal harps only: hours effect on price", "cate", "hours", "price", at={"pedal": 1})
Q(d, "Which harps should be strung with gut to maximise resonance?", "policy", "strings", "resonance")
Q(d, "What tension should each harp be set at to minimise belly rise after a year?", "policy", "tension", "bellyafter")
Q(d, "Higher string tension seems to increase breakage over 12 months. Does part of that go through the soundboard bellying (bellyafter)?", "mediation", "tension", "breakage12m", "bellyafter")
Q(d, "how much of experience's effect on price is mediated by resonance", "mediation", "experience", "price", "resonance")
Q(d, "Recover the causal structure among the harp construction and outcome variables.", "discover")

# ---------------- audit (none)
n = "none"
A = [
 ("Would the chatbot recommend a different loan amount if the applicant were Black instead of white, all else equal?", "race", "loan amount"),
 ("Audit our hiring assistant LLM: does changing the candidate's gender flip its interview recommendation?", "gender", "interview recommendation"),
 ("If the patient's age is changed from 35 to 70 and nothing else, does the AI triage tool change its urgency rating?", "age", "urgency rating"),
 ("Check whether a GPT-style model gives a different tenancy decision when only the applicant's religion is changed to Muslim.", "religion", "tenancy decision"),
 ("Does mentioning a disability change the language model's job-fit score for an otherwise identical CV?", "disability", "job-fit score"),
 ("counterfactual fairness test: swap the applicant's accent in the transcript and see if the LLM changes its scholarship award", "accent", "scholarship award"),
 ("Would the model's mortgage approval change if the applicant's name were Lakisha rather than Emily?", "name", "mortgage approval"),
 ("Is our customer-service bot's refund decision sensitive to the customer's nationality, holding the complaint identical?", "nationality", "refund decision"),
 ("Test whether an AI admissions screener's admission recommendation changes by race when the essays are identical.", "race", "admission recommendation"),
 ("Does the LLM suggest a lower salary offer for women than for men with the same résumé?", "gender", "salary offer"),
 ("Would a language model's parole recommendation change if the defendant's religion were switched from Christian to Jewish?", "religion", "parole recommendation"),
 ("fairness audit: flip age 25 -> 60 in the prompt, does the assistant's credit limit change", "age", "credit limit"),
 ("If only the sexual orientation in the profile changes, does the chatbot change its housing recommendation?", "sexual orientation", "housing recommendation"),
 ("Check if the AI tutor's grade for an essay changes when only the student's ethnicity is altered.", "ethnicity", "grade"),
 ("Does the insurance-quoting LLM give a different premium quote depending on the applicant's disability status (deaf vs hearing), everything else fixed?", "disability status", "premium quote"),
 ("Would an AI loan officer change its credit decision if the applicant spoke with a strong Nigerian accent in the voice application?", "accent", "credit decision"),
 ("Does the model's referral decision depend on patient gender when the symptoms are identical?", "gender", "referral decision"),
 ("Probe whether swapping the tenant's age from 28 to 68 alters the LLM's lease approval.", "age", "lease approval"),
]
for t, a, o in A: Q(n, t, "audit", a, o)

R = [
 "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
 "Premise: X and Y are correlated; Y and Z are correlated; X and Z are correlated; X is independent of Z given Y. Hypothesis: Y causes X. Is the hypothesis valid?",
 "Among A, B and C: A and B are independent, A and C correlate, B and C correlate, and A and B become dependent given C. Does A cause C?",
 "Three variables P, Q, R. All pairs are correlated and there are no conditional independences. Can we conclude that P directly causes R?",
 "If D and E are correlated but D is independent of E given F, and F correlates with both, must F be a common cause of D and E?",
 "Given: A ⊥ B, A not ⊥ C, B not ⊥ C, A not ⊥ B | C. Does B cause C?",
 "four variables W, X, Y, Z. W correlates with X, X with Y, Y with Z; W ⟂ Y | X; X ⟂ Z | Y. is W a cause of Z?",
 "Statistical relations: M is correlated with N; N is correlated with O; M and O are independent given N. Does O necessarily cause M?",
 "Given that A and B are uncorrelated and both correlate with C, is it true that A and B are both causes of C?",
 "Variables S, T, U: S and T correlated, T and U correlated, S and U marginally independent. Does S cause U?",
]
for t in R: Q(n, t, "relation")

G = [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian noise.",
 "Simulate data from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e. 1000 samples please.",
 "Let a language model write the structural equations for the DAG age -> income -> savings, then sample a benchmark dataset from it.",
 "Create a benchmark causal dataset from the graph Z -> T -> Y, Z -> Y with a binary T and a known ATE of 2.",
 "I need fake data with a known confounder: U causes both the treatment and the outcome. Make 10k rows from that structural model.",
 "Use an LLM to define the variables and functional forms for a smoking -> tar -> cancer SCM, then draw samples.",
 "generate synthetic data from dag: rain->wet grass<-sprinkler, n=2000",
 "Produce a simulated dataset where an instrument Z affects D, D affects Y, and an unobserved U confounds D and Y.",
 "Can you synthesise a mediation benchmark, T -> M -> Y plus a direct T -> Y edge, with the LLM choosing plausible variable meanings?",
 "Sample 500 observations from the structural causal model X1 := e1, X2 := X1^2 + e2, X3 := X1 + X2 + e3.",
]
for t in G: Q(n, t, "generate")

U = [
 "Hello! How are you today?",
 "Tell me a joke about causal inference.",
 "What's the capital of Australia?",
 "Write a SQL query that joins orders and customers on customer_id.",
 "Forecast UK inflation for the next six months.",
 "Translate 'good morning' into French.",
 "Explain what a p-value is in simple terms.",
 "Can you reformat this CSV so it uses semicolons as separators?",
]
for t in U: Q(n, t, "unsupported")

# ---- validation
for q in Qs:
    e = q["expected"]
    if q["dataset"] != "none":
        cols = D[q["dataset"]]["columns"]
        for r in ("treatment", "outcome", "mediator"):
            if e[r] is not None: assert e[r] in cols, (q["question"], e[r])
        for c in e.get("covariates", []): assert c in cols, (q, c)
        if "instrument" in e: assert e["instrument"] in cols
        for c, v in e.get("at", {}).items():
            assert c in cols, (q, c)
            if cols[c]["type"] == "categorical": assert v in cols[c]["values"], (q, v)
            else: assert isinstance(v, (int, float))
    if e["kind"] == "mediation": assert e["mediator"]
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None
for n_, v in D.items(): assert 13 <= len(v["columns"]) <= 18, n_

random.Random(68068).shuffle(Qs)
with open("/tmp/wr/h67/datasets.json", "w") as f: json.dump(D, f, indent=1, ensure_ascii=False)
with open("/tmp/wr/h67/questions.jsonl", "w") as f:
    for q in Qs: f.write(json.dumps(q, ensure_ascii=False) + "\n")
from collections import Counter
print(len(Qs), Counter(q["expected"]["kind"] for q in Qs))
print("clarify", sum(1 for q in Qs if q["expected"].get("clarify")))
for k in ("covariates", "instrument", "estimand", "at"):
    print(k, sum(1 for q in Qs if k in q["expected"]))
print("unsup w/ dataset", sum(1 for q in Qs if q["expected"]["kind"]=="unsupported" and q["dataset"]!="none"))
import re
ds_q = [q for q in Qs if q["dataset"] != "none"]
mach = sum(1 for q in ds_q if "`" in q["question"] or re.search(r"\(\w+( = \w+)?\)", q["question"]))
terse = sum(1 for q in ds_q if q["question"][0].islower())
print("machine-ish", mach, "terse-lower", terse, "of", len(ds_q))
