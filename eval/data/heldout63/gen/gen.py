import json, random, collections, subprocess

def C(t, *v): return {"type": t, "values": list(v)}
B = lambda: C("binary", 0, 1)

DS = {}
def ds(name, desc, cols): DS[name] = {"description": desc, "columns": cols}

ds("h63_boatyards", "Traditional wooden boatbuilding yards, one row per yard-year.", {
 "yard_id": C("id","BY001","BY002","BY003"),
 "rgn": C("categorical","north","south","east","west"),
 "yrs_est": C("numeric",12,45,103),
 "n_shwrt": C("numeric",4,11,23),
 "appr_sch": B(), "oak_src": C("categorical","local","imported","reclaimed"),
 "stm_bx": B(), "lofting_dig": B(),
 "hull_dfct_pre": C("numeric",3,7,12), "hull_dfct_post": C("numeric",1,4,9),
 "bld_days": C("numeric",120,210,340), "bld_days_v2": C("numeric",115,205,350),
 "ord_bk_12m": C("numeric",2,5,9), "ord_bk_24m": C("numeric",3,8,14),
 "rev_k": C("numeric",180.5,420.0,910.2), "rev_k_adj": C("numeric",170.1,401.3,880.9),
 "inj_rt": C("numeric",0.8,2.1,4.5)})
ds("h63_caulkers", "Ship caulkers working in wooden-ship restoration yards, one row per caulker.", {
 "caulkerId": C("id","CK-0101","CK-0102","CK-0103"),
 "ageYrs": C("numeric",24,41,63), "yearsCaulking": C("numeric",2,15,38),
 "shipyardRegion": C("categorical","Clyde","Tyne","Mersey","Thames","Solent"),
 "guildMember": B(), "oakumType": C("categorical","white","tarred","cotton"),
 "usesPneumaticIron": B(), "mentoredByMaster": B(), "attendedRefresher": B(),
 "seamsPerDay": C("numeric",6,11,18),
 "leakRate30d": C("numeric",0.02,0.07,0.15), "leakRate90d": C("numeric",0.04,0.1,0.22),
 "reworkPct": C("numeric",3.5,8.0,14.2), "reworkPctV2": C("numeric",3.1,7.6,15.0),
 "gripStrengthBl": C("numeric",38,46,55), "gripStrength12m": C("numeric",35,45,57),
 "dailyWageGbp": C("numeric",140,185,240)})
ds("h63_figurehead_carvers", "Ship figurehead carving commissions, one row per commission.", {
 "COMM_ID": C("id","FH1001","FH1002","FH1003"),
 "REGION": C("categorical","SW","NE","SCOT","WALES"),
 "CARVER_EXP_YRS": C("numeric",3,14,32),
 "WOOD_SPC": C("categorical","ELM","OAK","PINE","LIME"),
 "SEASONED_MO": C("numeric",6,18,36), "SIZE_M": C("numeric",0.8,1.6,2.4),
 "POWER_TOOLS": B(), "CAD_SKETCH": B(), "PNT_GILT": B(),
 "HRS_CARVE": C("numeric",90,260,610), "COMM_PRICE": C("numeric",2500,7800,19000),
 "MUSEUM_CLIENT": B(), "CRACK_1Y": B(), "CRACK_5Y": B(),
 "CLIENT_SAT": C("numeric",5,8,10), "CLIENT_SAT_V2": C("numeric",4.5,7.9,9.8),
 "RPT_ORDER": B()})
ds("h63_ship_bottle_makers", "Hobbyist and professional ship-in-a-bottle makers, one row per maker.", {
 "maker": C("id","m_001","m_002","m_003"),
 "age": C("numeric",19,54,81), "experience": C("numeric",1,9,40),
 "club": B(), "workshop": B(), "magnifier": B(),
 "glue": C("categorical","epoxy","pva","hide"),
 "bottle": C("categorical","small","medium","large"),
 "eyesight": C("numeric",0.6,1.0,1.4), "tremor": B(),
 "rigging": C("numeric",12,30,64), "hours": C("numeric",20,55,140),
 "breakages_before": C("numeric",0,3,8), "breakages_after": C("numeric",0,2,6),
 "rating": C("numeric",3.1,4.2,4.9), "rating_new": C("numeric",3.0,4.3,5.0),
 "sales": C("numeric",0,6,25), "revenue": C("numeric",0,480,3100)})
ds("h63_scalextric_clubs", "Members of slot-car (Scalextric) racing clubs over one season.", {
 "memberId": C("id","SX-2201","SX-2202","SX-2203"),
 "ageBand": C("categorical","under16","16to30","31to50","over50"),
 "carScale": C("categorical","1:32","1:24"),
 "usesDigitalTrack": B(), "tyreTruing": B(), "magnetRemoved": B(),
 "braidCleanFreq": C("numeric",0,2,6), "practiceHrsWk": C("numeric",0.5,3,9),
 "lapTimeBest": C("numeric",4.21,5.02,6.75), "lapTimeAvg": C("numeric",4.6,5.5,7.3),
 "deslotsPerRace": C("numeric",0,1.5,4), "deslotsPerRaceV2": C("numeric",0,1.2,4.4),
 "racesEntered": C("numeric",2,11,24), "winsSeason": C("numeric",0,2,9),
 "retained6m": B(), "retained12m": B(), "clubDuesGbp": C("numeric",20,45,80)})
ds("h63_meccano_clubs", "Junior members of Meccano construction clubs, one row per child.", {
 "mbr_id": C("id","MC0001","MC0002","MC0003"),
 "age_y": C("numeric",8,11,15), "sex": C("categorical","F","M"),
 "kit_no": C("categorical","3","5","7","10"),
 "mentor_asg": B(), "inst_bk": B(), "mtr_kit": B(),
 "sess_pw": C("numeric",0.5,1,3), "dist_km": C("numeric",0.4,3.2,14.8),
 "hh_inc_k": C("numeric",18,34,72), "mdl_cmp": C("numeric",1,6,19),
 "spat_scr_bl": C("numeric",42,55,71), "spat_scr_6m": C("numeric",44,60,78),
 "eng_int": C("numeric",2,4,5), "eng_int_v2": C("numeric",1.8,3.9,5.0),
 "show_ent": B(), "stem_gcse": B()})
ds("h63_tombola_stalls", "Tombola stalls at fetes, one row per stall per fete.", {
 "STALL_ID": C("id","TB-01","TB-02","TB-03"),
 "FETE_TYPE": C("categorical","SCHOOL","CHURCH","VILLAGE","CHARITY"),
 "RAIN": B(), "FOOTFALL": C("numeric",150,600,2200), "VOL_CNT": C("numeric",2,4,9),
 "TKT_PRICE": C("numeric",20,50,100), "PRIZE_CNT": C("numeric",40,120,300),
 "WIN_PCT": C("numeric",10,25,50), "STAR_PRIZE": B(),
 "DRUM_TYPE": C("categorical","WOOD","WIRE","PLASTIC"), "CARD_PAY": B(),
 "TKT_SOLD_AM": C("numeric",40,180,520), "TKT_SOLD_PM": C("numeric",30,150,610),
 "TAKINGS_PREV": C("numeric",60,210,780), "TAKINGS_GBP": C("numeric",70,240,850),
 "NET_GBP": C("numeric",20,150,640), "DONOR_SAT": C("numeric",2,4,5),
 "REPEAT_NEXT_YR": B()})
ds("h63_seed_swaps", "Gardeners attending community seed swaps, one row per gardener.", {
 "gardener": C("id","g1001","g1002","g1003"),
 "age": C("numeric",23,51,78), "region": C("categorical","urban","suburban","rural"),
 "soil": C("categorical","clay","loam","sand","chalk"), "distance": C("numeric",0.5,4,22),
 "allotment": B(), "heritage": B(), "saved": B(), "leaflet": B(),
 "packets": C("numeric",2,8,25), "varieties": C("numeric",1,5,14),
 "germination": C("numeric",55,78,95), "germination_lab": C("numeric",60,81,97),
 "harvest_2022": C("numeric",12,40,110), "harvest_2023": C("numeric",10,45,130),
 "satisfaction": C("numeric",2,4,5), "returned": B()})
ds("h63_community_orchards", "Community-run orchards, one row per orchard.", {
 "orch_id": C("id","OR-301","OR-302","OR-303"),
 "area_ha": C("numeric",0.3,1.2,4.5), "n_trees": C("numeric",25,90,400),
 "rtstk": C("categorical","M9","M26","MM106","MM111"),
 "soil_ph": C("numeric",5.6,6.5,7.8), "frost_days": C("numeric",4,15,38),
 "prn_wkshp": B(), "grz_sheep": B(), "mulch": B(), "pest_ipm": B(),
 "vol_hrs_mo": C("numeric",5,22,80), "bee_cnt": C("numeric",12,48,130),
 "canker_pct": C("numeric",2,9,27), "canker_pct_v2": C("numeric",1.5,8.8,29),
 "yld_kg_2021": C("numeric",300,1400,6100), "yld_kg_2023": C("numeric",280,1550,6800),
 "juice_l": C("numeric",90,600,2900)})
ds("h63_wassail_groups", "Orchard wassailing groups, one row per group per January.", {
 "groupId": C("id","WG-11","WG-12","WG-13"),
 "villageSize": C("numeric",180,900,4200), "foundedYr": C("numeric",1952,1988,2016),
 "weather": C("categorical","dry","rain","frost","snow"),
 "calendar": C("categorical","old twelfth","twelfth night","nearest weekend"),
 "hasMummers": B(), "toastInTree": B(), "shotgunNoise": B(),
 "bowlSizeL": C("numeric",2,5,12), "songCount": C("numeric",3,7,14),
 "socialMediaPosts": C("numeric",0,6,30),
 "attendanceJanPrev": C("numeric",25,80,310), "attendanceJan": C("numeric",30,95,340),
 "donationsGbp": C("numeric",45,210,900), "donationsGbpNet": C("numeric",20,160,760),
 "appleYieldPrevKg": C("numeric",150,800,3000), "appleYieldNextKg": C("numeric",120,850,3300)})
ds("h63_maypole_dancers", "Maypole dancers across school and village troupes, one row per dancer-season.", {
 "DANCER_ID": C("id","MP-501","MP-502","MP-503"),
 "AGE": C("numeric",7,12,45), "SEX": C("categorical","F","M"),
 "TROUPE": C("categorical","PRIMARY","JUNIOR","ADULT","MIXED"),
 "SHOE_TYPE": C("categorical","PLIMSOLL","CLOG","BARE"),
 "RIBBON_LEN_M": C("numeric",3.5,5,7), "PRACTICE_HRS": C("numeric",4,12,30),
 "COACH_QUAL": B(), "MUSIC_LIVE": B(), "PATTERN_CNT": C("numeric",2,5,11),
 "TANGLE_CNT": C("numeric",0,3,9), "TANGLE_CNT_V2": C("numeric",0,2.5,10),
 "FITNESS_PRE": C("numeric",40,55,72), "FITNESS_POST": C("numeric",42,58,76),
 "FALLS_SEASON": C("numeric",0,1,4), "ENJOY_SCORE": C("numeric",2,4,5),
 "RETURN_NEXT_MAY": B()})
ds("h63_cheese_rolling", "Runners in cheese-rolling hill races, one row per runner per race.", {
 "rnr_id": C("id","CR-7001","CR-7002","CR-7003"),
 "age": C("numeric",18,29,52), "wt_kg": C("numeric",58,79,104),
 "prev_rc": C("numeric",0,2,11), "trn_wks": C("numeric",0,4,12),
 "hill_grd_deg": C("numeric",35,45,50), "chs_wt_kg": C("numeric",3,3.6,4),
 "chs_typ": C("categorical","double_gloucester","wooden_replica"),
 "stud_bt": B(), "wrm_up": B(), "wet_grd": B(), "crowd_k": C("numeric",2,5,8),
 "fin_tm_s": C("numeric",11.2,14.8,22.5), "fin_pos": C("numeric",1,6,15),
 "caught_chs": B(), "inj_any": B(),
 "inj_sev_1d": C("numeric",0,2,7), "inj_sev_7d": C("numeric",0,1,6)})
ds("h63_bog_snorkelling", "Competitors in bog snorkelling championships, one row per competitor.", {
 "competitorId": C("id","BS-0901","BS-0902","BS-0903"),
 "ageYrs": C("numeric",17,38,69),
 "nationality": C("categorical","Welsh","English","Irish","Other"),
 "firstTimer": B(), "fancyDress": B(),
 "finsType": C("categorical","standard","long","monofin"),
 "wetsuitMm": C("numeric",0,3,7), "trainedInPool": B(),
 "waterTempC": C("numeric",9,13,18), "bogDepthM": C("numeric",1.2,1.5,1.8),
 "timeTrial1": C("numeric",95,130,210), "timeTrial2": C("numeric",92,126,205),
 "finalTimeSec": C("numeric",88,121,199), "finalTimeSecOfficial": C("numeric",88.4,121.2,199.6),
 "charityRaisedGbp": C("numeric",0,150,1200),
 "illnessAfter7d": B(), "illnessAfter30d": B()})
ds("h63_toe_wrestling", "Toe wrestlers in amateur leagues, one row per wrestler-season.", {
 "wrestler": C("id","tw_01","tw_02","tw_03"),
 "age": C("numeric",19,35,61), "weight": C("numeric",55,82,118),
 "footsize": C("numeric",6,9,13),
 "league": C("categorical","premier","division one","novice"),
 "coach": B(), "stretching": B(), "nailtrim": B(),
 "practice": C("numeric",0,3,8), "sponsor": B(),
 "bouts": C("numeric",3,10,24), "wins": C("numeric",0,5,19),
 "winrate": C("numeric",0.0,0.5,0.85),
 "pain_before": C("numeric",1,3,7), "pain_after": C("numeric",1,4,9),
 "sprains": C("numeric",0,1,4), "ranking": C("numeric",1,25,140)})
ds("h63_gurning_contests", "Entrants in face-pulling (gurning) contests, one row per entrant per contest.", {
 "ENTRANT_ID": C("id","GN-01","GN-02","GN-03"),
 "AGE": C("numeric",21,58,84),
 "VENUE": C("categorical","EGREMONT","VILLAGE_HALL","PUB","ONLINE"),
 "YRS_GURNING": C("numeric",0,6,40), "DENTURES_OUT": B(), "FACE_YOGA": B(),
 "MIRROR_PRAC_HRS": C("numeric",0,5,30), "JUDGE_PANEL_SZ": C("numeric",3,5,7),
 "CROWD_VOTE": B(), "SCORE_R1": C("numeric",4,7,10),
 "SCORE_FINAL": C("numeric",3,7.5,10), "SCORE_FINAL_V2": C("numeric",3.2,7.4,9.9),
 "PLACED_TOP3": B(), "JAW_PAIN_BL": C("numeric",0,2,6), "JAW_PAIN_3M": C("numeric",0,3,8),
 "SOCIAL_SHARES": C("numeric",0,40,2500), "PRIZE_GBP": C("numeric",0,25,250)})

QS = []
def Q(ds, text, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    e.update(kw)
    QS.append({"question": text, "dataset": ds,
               "columns": list(DS[ds]["columns"]) if ds != "none" else None,
               "split": "test", "origin": "heldout63", "expected": e})

# ---------------- D1 boatyards
d = "h63_boatyards"
Q(d, "Estimate the average treatment effect of `appr_sch` on `hull_dfct_post`, adjusting for `n_shwrt` and `yrs_est`.", "ate", "appr_sch", "hull_dfct_post", covariates=["yrs_est","n_shwrt"])
Q(d, "Does putting in a steam box actually cut the number of days it takes a yard to build a boat?", "ate", "stm_bx", None, clarify=True)
Q(d, "ate of lofting_dig on hull_dfct_post", "ate", "lofting_dig", "hull_dfct_post")
Q(d, "Is the injury rate at a yard lowered by running an apprenticeship scheme, or is that just because the bigger yards are the ones that run them?", "ate", "appr_sch", "inj_rt")
Q(d, "What difference does the source of the oak (local, imported or reclaimed) make to the number of faults found in finished hulls?", "ate", "oak_src", "hull_dfct_post")
Q(d, "Effect of digital lofting (lofting_dig) on the 24-month order book (ord_bk_24m) for the yards that actually adopted it.", "ate", "lofting_dig", "ord_bk_24m", estimand="att")
Q(d, "how much does the steam box change inflation-adjusted revenue, controling for region and number of shipwrights", "ate", "stm_bx", "rev_k_adj", covariates=["rgn","n_shwrt"])
Q(d, "Treating steam-box installation (stm_bx) as the exposure, what is its causal impact on build time as recorded in bld_days_v2?", "ate", "stm_bx", "bld_days_v2")
Q(d, "Effect of the apprenticeship scheme on post-period hull defects among yards in the north.", "cate", "appr_sch", "hull_dfct_post", at={"rgn":"north"})
Q(d, "How does the impact of `lofting_dig` on `bld_days` vary with the age of the yard (`yrs_est`)?", "cate", "lofting_dig", "bld_days")
Q(d, "For a yard employing 20 shipwrights, what would a steam box do to its accident rate?", "cate", "stm_bx", "inj_rt", at={"n_shwrt":20})
Q(d, "under the condition that the oak is imported, does the apprentice scheme cut defects afterwards?", "cate", "appr_sch", "hull_dfct_post", at={"oak_src":"imported"})
Q(d, "Which yards should be enrolled in the apprenticeship scheme to get the biggest drop in hull defects after the build?", "policy", "appr_sch", "hull_dfct_post")
Q(d, "targeting rule: who gets a subsidised steam box (stm_bx) if we want to maximise rev_k", "policy", "stm_bx", "rev_k")
Q(d, "We can only fund digital lofting for ten yards. Which ones should get it so that orders booked over the next two years grow the most?", "policy", "lofting_dig", "ord_bk_24m")
Q(d, "How much of the effect of `appr_sch` on `inj_rt` is mediated through headcount (`n_shwrt`)?", "mediation", "appr_sch", "inj_rt", "n_shwrt")
Q(d, "Digital lofting works by shortening build times (bld_days), which then lifts turnover. How much of the lofting effect on rev_k travels along that path?", "mediation", "lofting_dig", "rev_k", "bld_days")
Q(d, "direct vs indirect effect of stm_bx on ord_bk_12m via hull_dfct_post", "mediation", "stm_bx", "ord_bk_12m", "hull_dfct_post")
Q(d, "Learn the causal graph among the boatyard variables.", "discover")
Q(d, "Which of these yard measures drive which? Work out the web of cause and effect from the data.", "discover")
Q(d, "Plot a histogram of bld_days by rgn.", "unsupported")

# ---------------- D2 caulkers
d = "h63_caulkers"
Q(d, "What is the ATE of `usesPneumaticIron` on `leakRate90d`?", "ate", "usesPneumaticIron", "leakRate90d")
Q(d, "Does being taken under the wing of a master caulker make the seams leak less?", "ate", "mentoredByMaster", None, clarify=True)
Q(d, "effect of guild membership on daily pay adj for years caulking and age", "ate", "guildMember", "dailyWageGbp", covariates=["ageYrs","yearsCaulking"])
Q(d, "Is a caulker's grip strength harmed by switching to a pneumatic iron?", "ate", "usesPneumaticIron", "gripStrength12m")
Q(d, "attendedRefresher -> reworkPctV2: average causal effect pls", "ate", "attendedRefresher", "reworkPctV2")
Q(d, "How many more seams a day does a caulker get through because they went on a refresher course?", "ate", "attendedRefresher", "seamsPerDay")
Q(d, "Among caulkers who were mentored, what did the mentoring do to their 30-day leak rate (leakRate30d)?", "ate", "mentoredByMaster", "leakRate30d", estimand="att")
Q(d, "Is the link between the kind of oakum used and leakage at 90 days real, once shipyard region is accounted for?", "ate", "oakumType", "leakRate90d", covariates=["shipyardRegion"])
Q(d, "For caulkers aged 60, what is the effect of `usesPneumaticIron` on `gripStrength12m`?", "cate", "usesPneumaticIron", "gripStrength12m", at={"ageYrs":60})
Q(d, "Effect of guildMember on dailyWageGbp where shipyardRegion = 'Clyde'.", "cate", "guildMember", "dailyWageGbp", at={"shipyardRegion":"Clyde"})
Q(d, "Who benefits most from the refresher course in terms of leaks three months on?", "cate", "attendedRefresher", "leakRate90d")
Q(d, "does the effect of mentoring on rework differ by region?", "cate", "mentoredByMaster", None, clarify=True)
Q(d, "Which caulkers should we send on the refresher course to minimise reworkPct?", "policy", "attendedRefresher", "reworkPct")
Q(d, "Who ought to be issued a pneumatic iron if the aim is to maximise the seams they finish each day?", "policy", "usesPneumaticIron", "seamsPerDay")
Q(d, "Mentor allocation: we have 15 master caulkers. Pair them with the caulkers who'd see the largest cut in leakRate90d.", "policy", "mentoredByMaster", "leakRate90d")
Q(d, "Mentored caulkers seem to produce tighter seams mainly because they work at a steadier pace. Estimate how much of the effect of `mentoredByMaster` on `leakRate90d` goes via `seamsPerDay`.", "mediation", "mentoredByMaster", "leakRate90d", "seamsPerDay")
Q(d, "pneumatic iron -> grip strength at 12m -> daily wage: split into direct and indirect", "mediation", "usesPneumaticIron", "dailyWageGbp", "gripStrength12m")
Q(d, "Run structure learning on the caulkers data.", "discover")
Q(d, "Predict each caulker's daily wage for next year.", "unsupported")

# ---------------- D3 figurehead carvers
d = "h63_figurehead_carvers"
Q(d, "Estimate the effect of POWER_TOOLS on HRS_CARVE controlling for SIZE_M and WOOD_SPC.", "ate", "POWER_TOOLS", "HRS_CARVE", covariates=["WOOD_SPC","SIZE_M"])
Q(d, "Does gilding a figurehead raise what the client ends up paying for it?", "ate", "PNT_GILT", "COMM_PRICE")
Q(d, "ate cad_sketch -> rpt_order", "ate", "CAD_SKETCH", "RPT_ORDER")
Q(d, "Are figureheads more likely to split within five years when the timber was left to dry for fewer months?", "ate", "SEASONED_MO", "CRACK_5Y")
Q(d, "Does carving with power tools make figureheads crack?", "ate", "POWER_TOOLS", None, clarify=True)
Q(d, "Causal effect of a preliminary computer sketch on how pleased the client is.", "ate", "CAD_SKETCH", None, clarify=True)
Q(d, "What would the repeat-order rate (RPT_ORDER) have been among commissions that were NOT gilded, had they been gilded?", "ate", "PNT_GILT", "RPT_ORDER", estimand="atc")
Q(d, "Impact of carving hours (`HRS_CARVE`) on `CLIENT_SAT_V2`.", "ate", "HRS_CARVE", "CLIENT_SAT_V2")
Q(d, "Effect of POWER_TOOLS on CRACK_1Y for OAK commissions.", "cate", "POWER_TOOLS", "CRACK_1Y", at={"WOOD_SPC":"OAK"})
Q(d, "For a 2 m tall figurehead, how much does a gold-leaf finish add to the price?", "cate", "PNT_GILT", "COMM_PRICE", at={"SIZE_M":2})
Q(d, "Does the effect of `CAD_SKETCH` on `CLIENT_SAT` differ between museum and private clients?", "cate", "CAD_SKETCH", "CLIENT_SAT")
Q(d, "in wales, does cad sketching change repeat orders", "cate", "CAD_SKETCH", "RPT_ORDER", at={"REGION":"WALES"})
Q(d, "Which commissions should get a gilt finish to maximise CLIENT_SAT_V2?", "policy", "PNT_GILT", "CLIENT_SAT_V2")
Q(d, "Give a rule for when carvers should reach for power tools so that cracking at five years is kept to a minimum.", "policy", "POWER_TOOLS", "CRACK_5Y")
Q(d, "How much of the effect of power tools on the commission price is mediated by hours spent carving?", "mediation", "POWER_TOOLS", "COMM_PRICE", "HRS_CARVE")
Q(d, "Gilding delights the client (CLIENT_SAT), and delighted clients come back. How much of PNT_GILT's effect on RPT_ORDER runs through CLIENT_SAT?", "mediation", "PNT_GILT", "RPT_ORDER", "CLIENT_SAT")
Q(d, "seasoned_mo -> crack_1y -> rpt_order, indirect effect?", "mediation", "SEASONED_MO", "RPT_ORDER", "CRACK_1Y")
Q(d, "What causes what among the figurehead commission variables?", "discover")
Q(d, "Write SQL to get the average COMM_PRICE per REGION.", "unsupported")

# ---------------- D4 ship-in-a-bottle makers
d = "h63_ship_bottle_makers"
Q(d, "Effect of `workshop` on `breakages_after`, adjusting for `breakages_before` and `experience`.", "ate", "workshop", "breakages_after", covariates=["experience","breakages_before"])
Q(d, "Does owning a magnifying glass mean fewer snapped masts?", "ate", "magnifier", "breakages_after")
Q(d, "ate of club on revenue", "ate", "club", "revenue")
Q(d, "Do hide-glue users earn better ratings than epoxy users because of the glue?", "ate", "glue", None, clarify=True)
Q(d, "What is the average causal effect of (workshop) on (hours)?", "ate", "workshop", "hours")
Q(d, "Is the money makers earn from their bottled ships boosted by belonging to a club, or is that association just confounding?", "ate", "club", "revenue")
Q(d, "For the makers who took the workshop, how many more models did they sell as a result?", "ate", "workshop", "sales", estimand="att")
Q(d, "magnifier -> rating_new, what's the effect?", "ate", "magnifier", "rating_new")
Q(d, "Among makers with a hand tremor, does a magnifier reduce breakages?", "cate", "magnifier", "breakages_after", at={"tremor":1})
Q(d, "How does the effect of `workshop` on `rating_new` change with `age`?", "cate", "workshop", "rating_new")
Q(d, "Effect of the workshop on hours per model, for large bottles only.", "cate", "workshop", "hours", at={"bottle":"large"})
Q(d, "when experience is 5 yrs what does club membership do to sales", "cate", "club", "sales", at={"experience":5})
Q(d, "Who should we invite to the rigging workshop to cut breakages the most?", "policy", "workshop", "breakages_after")
Q(d, "Targeting magnifiers: which makers should receive one to maximise `rating_new`?", "policy", "magnifier", "rating_new")
Q(d, "The workshop teaches finer rigging, and more rigging lines then lift the new rating. How much of the workshop's effect on rating_new goes through rigging?", "mediation", "workshop", "rating_new", "rigging")
Q(d, "magnifier effect on revenue, direct vs through the rating", "mediation", "magnifier", "revenue", None, clarify=True)
Q(d, "Discover the causal structure among these ship-in-a-bottle variables.", "discover")
Q(d, "What's the mean age of makers?", "unsupported")

# ---------------- D5 scalextric clubs
d = "h63_scalextric_clubs"
Q(d, "ATE of `tyreTruing` on `lapTimeAvg`, adjusted for `practiceHrsWk` and `carScale`.", "ate", "tyreTruing", "lapTimeAvg", covariates=["carScale","practiceHrsWk"])
Q(d, "Does taking the magnet out make cars fly off the track more often?", "ate", "magnetRemoved", None, clarify=True)
Q(d, "iv: clubDuesGbp as instrument, usesDigitalTrack -> retained12m", "ate", "usesDigitalTrack", "retained12m", instrument="clubDuesGbp")
Q(d, "Is the best lap time improved by truing the tyres?", "ate", "tyreTruing", "lapTimeBest")
Q(d, "How many more race wins does an extra hour of weekly practice buy?", "ate", "practiceHrsWk", "winsSeason")
Q(d, "Does a club switching to a digital track keep its members?", "ate", "usesDigitalTrack", None, clarify=True)
Q(d, "Effect of magnetRemoved on deslotsPerRaceV2 among members who removed the magnet.", "ate", "magnetRemoved", "deslotsPerRaceV2", estimand="att")
Q(d, "Does cleaning the pickup braids more often (`braidCleanFreq`) really speed up average laps, or is it confounding?", "ate", "braidCleanFreq", "lapTimeAvg")
Q(d, "For 1:24 scale cars, effect of tyre truing on average lap time.", "cate", "tyreTruing", "lapTimeAvg", at={"carScale":"1:24"})
Q(d, "Effect of usesDigitalTrack on retained6m in the over50 age band.", "cate", "usesDigitalTrack", "retained6m", at={"ageBand":"over50"})
Q(d, "how does the practice effect on wins vary across age bands", "cate", "practiceHrsWk", "winsSeason")
Q(d, "At 3 hours of practice a week, what does removing the magnet do to a racer's wins over the season?", "cate", "magnetRemoved", "winsSeason", at={"practiceHrsWk":3})
Q(d, "Which members should we nudge to true their tyres to bring their fastest laps down the most?", "policy", "tyreTruing", "lapTimeBest")
Q(d, "Who should be offered digital-track sessions to maximise the share still in the club after a year?", "policy", "usesDigitalTrack", "retained12m")
Q(d, "optimal rule for magnetRemoved to max winsSeason", "policy", "magnetRemoved", "winsSeason")
Q(d, "A digital track works by getting people to enter more races, which then keeps them in the club a year later. How much of that runs via racesEntered?", "mediation", "usesDigitalTrack", "retained12m", "racesEntered")
Q(d, "Proportion of the `tyreTruing` effect on `winsSeason` mediated by `lapTimeBest`.", "mediation", "tyreTruing", "winsSeason", "lapTimeBest")
Q(d, "causal discovery on scalextric club data", "discover")
Q(d, "Figure out which variables push on which in this slot-car dataset.", "discover")
Q(d, "Forecast next season's club dues.", "unsupported")

# ---------------- D6 meccano clubs
d = "h63_meccano_clubs"
Q(d, "Estimate the ATE of `mentor_asg` on `spat_scr_6m`, controlling for `spat_scr_bl`, `age_y` and `hh_inc_k`.", "ate", "mentor_asg", "spat_scr_6m", covariates=["age_y","hh_inc_k","spat_scr_bl"])
Q(d, "Do kids who get a motor kit end up more interested in engineering?", "ate", "mtr_kit", None, clarify=True)
Q(d, "ate inst_bk on mdl_cmp", "ate", "inst_bk", "mdl_cmp")
Q(d, "Are children's spatial reasoning skills improved by being paired with a grown-up helper?", "ate", "mentor_asg", "spat_scr_6m")
Q(d, "Use distance to the club (dist_km) as an instrument to estimate the effect of sessions per week (sess_pw) on models completed (mdl_cmp).", "ate", "sess_pw", "mdl_cmp", instrument="dist_km")
Q(d, "Does turning up more often each week raise a child's chance of later choosing a STEM GCSE?", "ate", "sess_pw", "stem_gcse")
Q(d, "What effect would the motor kit have had on show entry for the kids who did not get one?", "ate", "mtr_kit", "show_ent", estimand="atc")
Q(d, "causal effect of inst_bk on eng_int_v2?", "ate", "inst_bk", "eng_int_v2")
Q(d, "Effect of mentor_asg on spat_scr_6m for girls.", "cate", "mentor_asg", "spat_scr_6m", at={"sex":"F"})
Q(d, "For 10-year-olds, does the motor kit increase the number of models they finish?", "cate", "mtr_kit", "mdl_cmp", at={"age_y":10})
Q(d, "Which kids gain most in engineering interest (the v2 measure) from the instruction book?", "cate", "inst_bk", "eng_int_v2")
Q(d, "effect of mentoring on stem gcse uptake among kit no 10 members", "cate", "mentor_asg", "stem_gcse", at={"kit_no":"10"})
Q(d, "Who should get a mentor assigned to maximise spatial scores at 6 months?", "policy", "mentor_asg", "spat_scr_6m")
Q(d, "We have 30 motor kits to hand out. Allocate them to maximise the number of children who enter the annual show.", "policy", "mtr_kit", "show_ent")
Q(d, "targeting rule for inst_bk, goal: more mdl_cmp", "policy", "inst_bk", "mdl_cmp")
Q(d, "Mentoring boosts engineering interest (eng_int), which in turn drives the choice of a STEM GCSE. Quantify the indirect effect of `mentor_asg` on `stem_gcse` through `eng_int`.", "mediation", "mentor_asg", "stem_gcse", "eng_int")
Q(d, "How much of the motor kit's effect on taking a STEM GCSE is explained by the number of models the child completes?", "mediation", "mtr_kit", "stem_gcse", "mdl_cmp")
Q(d, "Learn a DAG from the meccano club dataset.", "discover")
Q(d, "Clean the dataset: drop duplicate mbr_id rows and fill missing hh_inc_k with the median.", "unsupported")

# ---------------- D7 tombola stalls
d = "h63_tombola_stalls"
Q(d, "Estimate the effect of CARD_PAY on TAKINGS_GBP adjusting for FOOTFALL, RAIN and FETE_TYPE.", "ate", "CARD_PAY", "TAKINGS_GBP", covariates=["FETE_TYPE","RAIN","FOOTFALL"])
Q(d, "Does having a headline star prize on display sell more tickets?", "ate", "STAR_PRIZE", None, clarify=True)
Q(d, "Does the price charged per ticket affect how much money the stall clears after costs?", "ate", "TKT_PRICE", "NET_GBP")
Q(d, "ate WIN_PCT -> REPEAT_NEXT_YR", "ate", "WIN_PCT", "REPEAT_NEXT_YR")
Q(d, "Are afternoon ticket sales boosted by accepting contactless payment?", "ate", "CARD_PAY", "TKT_SOLD_PM")
Q(d, "Using RAIN as an instrument for FOOTFALL, estimate the effect of FOOTFALL on TAKINGS_GBP.", "ate", "FOOTFALL", "TAKINGS_GBP", instrument="RAIN")
Q(d, "Do more helpers on the stall cause higher takings, or do busy fetes simply attract more helpers?", "ate", "VOL_CNT", "TAKINGS_GBP")
Q(d, "Effect of `CARD_PAY` on `TAKINGS_GBP` at CHURCH fetes.", "cate", "CARD_PAY", "TAKINGS_GBP", at={"FETE_TYPE":"CHURCH"})
Q(d, "When a ticket costs 50p, what does a star prize do to the stall's profit?", "cate", "STAR_PRIZE", "NET_GBP", at={"TKT_PRICE":50})
Q(d, "on rainy days does the type of drum change afternoon ticket sales", "cate", "DRUM_TYPE", "TKT_SOLD_PM", at={"RAIN":1})
Q(d, "How does the effect of WIN_PCT on NET_GBP vary with FOOTFALL?", "cate", "WIN_PCT", "NET_GBP")
Q(d, "Which stalls should take card payments to maximise TAKINGS_GBP?", "policy", "CARD_PAY", "TAKINGS_GBP")
Q(d, "Should every stall have a star prize? Find the stalls where it would raise what's left after costs.", "policy", "STAR_PRIZE", "NET_GBP")
Q(d, "Recommend a winning-ticket percentage for each stall so as to maximise the number of stallholders who come back next year.", "policy", "WIN_PCT", "REPEAT_NEXT_YR")
Q(d, "Card payment raises takings by letting people buy more tickets in the afternoon. How much of CARD_PAY's effect on TAKINGS_GBP is via TKT_SOLD_PM?", "mediation", "CARD_PAY", "TAKINGS_GBP", "TKT_SOLD_PM")
Q(d, "star_prize -> donor_sat -> repeat_next_yr: direct and indirect effects", "mediation", "STAR_PRIZE", "REPEAT_NEXT_YR", "DONOR_SAT")
Q(d, "Find the causal graph over the tombola variables.", "discover")
Q(d, "Which factors at a tombola stall drive which others? Uncover how they are wired together.", "discover")
Q(d, "Summarise NET_GBP by FETE_TYPE (mean and median).", "unsupported")

# ---------------- D8 seed swaps
d = "h63_seed_swaps"
Q(d, "Effect of `leaflet` on `germination_lab`, adjusting for `soil` and `saved`.", "ate", "leaflet", "germination_lab", covariates=["soil","saved"])
Q(d, "Does getting the seed-saving leaflet make people come back to the next swap?", "ate", "leaflet", "returned")
Q(d, "Do swappers who keep their own seed get heavier crops?", "ate", "saved", "harvest_2023")
Q(d, "Do seeds sprout better when people save their own?", "ate", "saved", None, clarify=True)
Q(d, "ate heritage on varieties", "ate", "heritage", "varieties")
Q(d, "Is there a causal link between satisfaction and returned?", "ate", None, None, clarify=True)
Q(d, "Has having an allotment made gardeners more satisfied with the swap, controlling for age and distance?", "ate", "allotment", "satisfaction", covariates=["age","distance"])
Q(d, "For the gardeners who never got the leaflet, would their harvest_2023 have risen had they received it?", "ate", "leaflet", "harvest_2023", estimand="atc")
Q(d, "On clay soil, does saving seed improve the 2023 harvest?", "cate", "saved", "harvest_2023", at={"soil":"clay"})
Q(d, "effect of leaflet on returned for rural gardeners", "cate", "leaflet", "returned", at={"region":"rural"})
Q(d, "For gardeners aged 70, what is the effect of picking up heirloom varieties on how happy they are with the swap?", "cate", "heritage", "satisfaction", at={"age":70})
Q(d, "Which gardeners benefit most from the `leaflet` in terms of `germination_lab`?", "cate", "leaflet", "germination_lab")
Q(d, "Who should we post the seed-saving leaflet to, so that more people return?", "policy", "leaflet", "returned")
Q(d, "targeting: give heritage packs to whom to max satisfaction", "policy", "heritage", "satisfaction")
Q(d, "Which swappers should be encouraged to save their own seed to maximise next year's harvest (harvest_2023)?", "policy", "saved", "harvest_2023")
Q(d, "The leaflet works by getting people to save their own seed, which then raises lab germination. How much of leaflet's effect on germination_lab goes via saved?", "mediation", "leaflet", "germination_lab", "saved")
Q(d, "Is the effect of `heritage` on `returned` mediated by `satisfaction`?", "mediation", "heritage", "returned", "satisfaction")
Q(d, "Which variables in the seed swap data cause which? Build the causal structure.", "discover")

# ---------------- D9 community orchards
d = "h63_community_orchards"
Q(d, "Estimate the ATE of `prn_wkshp` on `yld_kg_2023`, controlling for `yld_kg_2021`, `area_ha` and `rtstk`.", "ate", "prn_wkshp", "yld_kg_2023", covariates=["area_ha","rtstk","yld_kg_2021"])
Q(d, "Does grazing sheep under the trees reduce canker?", "ate", "grz_sheep", None, clarify=True)
Q(d, "Do orchards that spread mulch pick more apples?", "ate", "mulch", "yld_kg_2023")
Q(d, "ate pest_ipm -> bee_cnt", "ate", "pest_ipm", "bee_cnt")
Q(d, "How many extra litres of juice does each additional volunteer hour per month produce?", "ate", "vol_hrs_mo", "juice_l")
Q(d, "Is canker_pct_v2 lowered by the pruning workshop, or is that just confounded by frost?", "ate", "prn_wkshp", "canker_pct_v2")
Q(d, "Among orchards that adopted integrated pest management, what was its effect on the 2023 crop?", "ate", "pest_ipm", "yld_kg_2023", estimand="att")
Q(d, "Effect of mulching on 2023 yield for orchards of 2 ha.", "cate", "mulch", "yld_kg_2023", at={"area_ha":2})
Q(d, "Effect of prn_wkshp on canker_pct among MM106 rootstock orchards.", "cate", "prn_wkshp", "canker_pct", at={"rtstk":"MM106"})
Q(d, "How does the effect of sheep grazing on yield vary with soil acidity?", "cate", "grz_sheep", "yld_kg_2023")
Q(d, "under the condition that there are 10 frost days, does ipm change bee counts", "cate", "pest_ipm", "bee_cnt", at={"frost_days":10})
Q(d, "Which orchards should get the pruning workshop to raise 2023 yields the most?", "policy", "prn_wkshp", "yld_kg_2023")
Q(d, "where to introduce grazing sheep to minimise canker_pct_v2", "policy", "grz_sheep", "canker_pct_v2")
Q(d, "Which orchards should we put irrigation into to push the 2023 yield up?", "policy", None, "yld_kg_2023", clarify=True)
Q(d, "Integrated pest management spares the bees, the bees pollinate more blossom, and the harvest rises. How much of pest_ipm's effect on yld_kg_2023 runs through bee_cnt?", "mediation", "pest_ipm", "yld_kg_2023", "bee_cnt")
Q(d, "prn_wkshp -> canker_pct -> yld_kg_2023 indirect effect", "mediation", "prn_wkshp", "yld_kg_2023", "canker_pct")
Q(d, "Volunteer hours and juice output: how much of that effect is because volunteers raise the 2023 yield?", "mediation", "vol_hrs_mo", "juice_l", "yld_kg_2023")
Q(d, "Structure learning for the orchard data, please.", "discover")
Q(d, "causal graph of orchard variables", "discover")
Q(d, "Make a scatter plot of area_ha against n_trees.", "unsupported")

# ---------------- D10 wassail groups
d = "h63_wassail_groups"
Q(d, "What is the average effect of `hasMummers` on `attendanceJan`, adjusting for `villageSize` and `attendanceJanPrev`?", "ate", "hasMummers", "attendanceJan", covariates=["villageSize","attendanceJanPrev"])
Q(d, "Does firing shotguns into the branches to scare off evil spirits actually raise next season's apple crop?", "ate", "shotgunNoise", "appleYieldNextKg")
Q(d, "Does the alcohol strength of the wassail cider change how many people turn up?", "ate", None, "attendanceJan", clarify=True)
Q(d, "ate socialMediaPosts -> attendanceJan", "ate", "socialMediaPosts", "attendanceJan")
Q(d, "Do groups with mummers raise more money?", "ate", "hasMummers", None, clarify=True)
Q(d, "effect of a bigger wassail bowl (bowlSizeL) on net donations", "ate", "bowlSizeL", "donationsGbpNet")
Q(d, "Is turnout higher because more songs get sung, or is that just confounding?", "ate", "songCount", "attendanceJan")
Q(d, "For the groups that had mummers, how much did the mummers add to gross donations (donationsGbp)?", "ate", "hasMummers", "donationsGbp", estimand="att")
Q(d, "Effect of socialMediaPosts on attendanceJan when weather is snow.", "cate", "socialMediaPosts", "attendanceJan", at={"weather":"snow"})
Q(d, "In a village of 500 people, what do mummers do to turnout?", "cate", "hasMummers", "attendanceJan", at={"villageSize":500})
Q(d, "Does the effect of `toastInTree` on `appleYieldNextKg` depend on which `calendar` date the wassail is held?", "cate", "toastInTree", "appleYieldNextKg")
Q(d, "among groups keeping old twelfth night, effect of shotgun noise on attendance", "cate", "shotgunNoise", "attendanceJan", at={"calendar":"old twelfth"})
Q(d, "Which groups should invite mummers along to maximise January attendance?", "policy", "hasMummers", "attendanceJan")
Q(d, "Targeting social media: which groups should post more to raise donationsGbpNet?", "policy", "socialMediaPosts", "donationsGbpNet")
Q(d, "recommend which groups adopt the shotgun ritual for max apple yield next yr", "policy", "shotgunNoise", "appleYieldNextKg")
Q(d, "Mummers draw a crowd, and the crowd then puts money in the bucket. How much of hasMummers' effect on donationsGbp is mediated by attendanceJan?", "mediation", "hasMummers", "donationsGbp", "attendanceJan")
Q(d, "socialMediaPosts -> attendanceJan -> donationsGbpNet: direct vs indirect", "mediation", "socialMediaPosts", "donationsGbpNet", "attendanceJan")
Q(d, "What is the causal structure among the wassail group measures?", "discover")

# ---------------- D11 maypole dancers
d = "h63_maypole_dancers"
Q(d, "Estimate the ATE of COACH_QUAL on TANGLE_CNT_V2 controlling for PRACTICE_HRS and TROUPE.", "ate", "COACH_QUAL", "TANGLE_CNT_V2", covariates=["TROUPE","PRACTICE_HRS"])
Q(d, "Does having a qualified coach cut down on ribbon tangles?", "ate", "COACH_QUAL", None, clarify=True)
Q(d, "Does live music make the dancers enjoy themselves more?", "ate", "MUSIC_LIVE", "ENJOY_SCORE")
Q(d, "ate PRACTICE_HRS on FITNESS_POST adj FITNESS_PRE", "ate", "PRACTICE_HRS", "FITNESS_POST", covariates=["FITNESS_PRE"])
Q(d, "Are tumbles during the season caused by longer ribbons?", "ate", "RIBBON_LEN_M", "FALLS_SEASON")
Q(d, "Does dancing in clogs instead of plimsolls change how fit the dancers get?", "ate", "SHOE_TYPE", "FITNESS_POST")
Q(d, "Would the dancers who danced to recorded music have come back next May if they had had live musicians?", "ate", "MUSIC_LIVE", "RETURN_NEXT_MAY", estimand="atc")
Q(d, "Effect of `COACH_QUAL` on `PATTERN_CNT` in the JUNIOR troupe.", "cate", "COACH_QUAL", "PATTERN_CNT", at={"TROUPE":"JUNIOR"})
Q(d, "For 8-year-old dancers, does a longer ribbon raise TANGLE_CNT_V2?", "cate", "RIBBON_LEN_M", "TANGLE_CNT_V2", at={"AGE":8})
Q(d, "Does the live-music effect on coming back next May differ between boys and girls?", "cate", "MUSIC_LIVE", "RETURN_NEXT_MAY")
Q(d, "barefoot dancers: effect of practice hrs on falls", "cate", "PRACTICE_HRS", "FALLS_SEASON", at={"SHOE_TYPE":"BARE"})
Q(d, "Which dancers should be assigned a qualified coach to maximise PATTERN_CNT?", "policy", "COACH_QUAL", "PATTERN_CNT")
Q(d, "Where should we put live musicians so that the most dancers return next May?", "policy", "MUSIC_LIVE", "RETURN_NEXT_MAY")
Q(d, "Qualified coaching reduces tangles, which in turn makes the dance more fun. What share of the COACH_QUAL effect on ENJOY_SCORE is via TANGLE_CNT?", "mediation", "COACH_QUAL", "ENJOY_SCORE", "TANGLE_CNT")
Q(d, "live music -> enjoy score -> return next may, mediation", "mediation", "MUSIC_LIVE", "RETURN_NEXT_MAY", "ENJOY_SCORE")
Q(d, "How much of the effect of practice hours on falls goes through how fit the dancer is at the end of the season?", "mediation", "PRACTICE_HRS", "FALLS_SEASON", "FITNESS_POST")
Q(d, "Learn the causal DAG for the maypole dataset.", "discover")
Q(d, "What's the correlation between AGE and ENJOY_SCORE?", "unsupported")

# ---------------- D12 cheese rolling
d = "h63_cheese_rolling"
Q(d, "ATE of `stud_bt` on `fin_tm_s`, adjusting for `wet_grd` and `hill_grd_deg`.", "ate", "stud_bt", "fin_tm_s", covariates=["hill_grd_deg","wet_grd"])
Q(d, "Does warming up before chasing the cheese stop people getting hurt?", "ate", "wrm_up", "inj_any")
Q(d, "How bad are the injuries if you wear studded boots?", "ate", "stud_bt", None, clarify=True)
Q(d, "ate trn_wks -> fin_pos", "ate", "trn_wks", "fin_pos")
Q(d, "Is catching the cheese made more likely by wearing boots with studs?", "ate", "stud_bt", "caught_chs")
Q(d, "Does chasing a real Double Gloucester rather than the wooden replica change how long it takes to reach the bottom?", "ate", "chs_typ", "fin_tm_s")
Q(d, "For runners who warmed up, what did the warm-up do to injury severity after a week (inj_sev_7d)?", "ate", "wrm_up", "inj_sev_7d", estimand="att")
Q(d, "is the effect of prev_rc on inj_any real? control for age and wt_kg", "ate", "prev_rc", "inj_any", covariates=["age","wt_kg"])
Q(d, "Effect of stud_bt on inj_any when the ground is wet.", "cate", "stud_bt", "inj_any", at={"wet_grd":1})
Q(d, "For runners weighing 90 kg, what do studs do to finish time?", "cate", "stud_bt", "fin_tm_s", at={"wt_kg":90})
Q(d, "How does the protective effect of warming up on getting injured vary with a runner's age?", "cate", "wrm_up", "inj_any")
Q(d, "at a 45 degree slope, do training weeks affect catching the cheese", "cate", "trn_wks", "caught_chs", at={"hill_grd_deg":45})
Q(d, "Which runners should be required to warm up to minimise inj_any?", "policy", "wrm_up", "inj_any")
Q(d, "Who should be told to wear studded boots to get the quickest finish times?", "policy", "stud_bt", "fin_tm_s")
Q(d, "Set a rule recommending weeks of training per runner so that as many as possible catch the cheese.", "policy", "trn_wks", "caught_chs")
Q(d, "Studs help by speeding runners down the hill (fin_tm_s), which then makes them more likely to catch the cheese. How much of stud_bt -> caught_chs goes via finishing time?", "mediation", "stud_bt", "caught_chs", "fin_tm_s")
Q(d, "decompose trn_wks -> inj_sev_7d via fin_tm_s", "mediation", "trn_wks", "inj_sev_7d", "fin_tm_s")
Q(d, "Discover causal relations among the cheese-rolling variables.", "discover")
Q(d, "Which runner had the fastest fin_tm_s?", "unsupported")

# ---------------- D13 bog snorkelling
d = "h63_bog_snorkelling"
Q(d, "Estimate the ATE of `trainedInPool` on `finalTimeSecOfficial` controlling for `ageYrs` and `waterTempC`.", "ate", "trainedInPool", "finalTimeSecOfficial", covariates=["ageYrs","waterTempC"])
Q(d, "Does wearing fancy dress slow snorkellers down in the final?", "ate", "fancyDress", None, clarify=True)
Q(d, "Does turning up in costume bring in more money for good causes?", "ate", "fancyDress", "charityRaisedGbp")
Q(d, "ate wetsuitMm -> illnessAfter30d", "ate", "wetsuitMm", "illnessAfter30d")
Q(d, "Do monofins speed up the final time (finalTimeSec)?", "ate", "finsType", "finalTimeSec")
Q(d, "is the 2nd time trial improved by pool training, adj timeTrial1", "ate", "trainedInPool", "timeTrial2", covariates=["timeTrial1"])
Q(d, "For competitors who trained in a pool, how much did that training change their official time?", "ate", "trainedInPool", "finalTimeSecOfficial", estimand="att")
Q(d, "Effect of a thicker wetsuit on falling ill within a week, when the water is 12C.", "cate", "wetsuitMm", "illnessAfter7d", at={"waterTempC":12})
Q(d, "For first-timers, does pool training reduce finalTimeSecOfficial?", "cate", "trainedInPool", "finalTimeSecOfficial", at={"firstTimer":1})
Q(d, "effect of fancyDress on charityRaisedGbp among Welsh competitors", "cate", "fancyDress", "charityRaisedGbp", at={"nationality":"Welsh"})
Q(d, "Which competitors gain most from `finsType` in `finalTimeSecOfficial`?", "cate", "finsType", "finalTimeSecOfficial")
Q(d, "Which competitors should we steer towards pool training to minimise their official final times?", "policy", "trainedInPool", "finalTimeSecOfficial")
Q(d, "Who should be encouraged into fancy dress to maximise charityRaisedGbp?", "policy", "fancyDress", "charityRaisedGbp")
Q(d, "Pool training sharpens the first trial swim, which then carries over into the final. How much of trainedInPool's effect on finalTimeSecOfficial is through timeTrial1?", "mediation", "trainedInPool", "finalTimeSecOfficial", "timeTrial1")
Q(d, "Does fancy dress cut the charity total because costumed swimmers post a slower official final time? Split the effect into the part through finalTimeSecOfficial and the rest.", "mediation", "fancyDress", "charityRaisedGbp", "finalTimeSecOfficial")
Q(d, "wetsuitMm -> illnessAfter30d, direct or via illnessAfter7d?", "mediation", "wetsuitMm", "illnessAfter30d", "illnessAfter7d")
Q(d, "Run causal discovery on the bog snorkelling data.", "discover")
Q(d, "I'd like to know how these bog snorkelling measurements depend on one another causally. Estimate the structure.", "discover")
Q(d, "Train a model to predict finalTimeSecOfficial from the other columns.", "unsupported")

# ---------------- D14 toe wrestling
d = "h63_toe_wrestling"
Q(d, "Effect of `stretching` on `sprains`, adjusting for `age`, `weight` and `practice`.", "ate", "stretching", "sprains", covariates=["age","weight","practice"])
Q(d, "Does trimming toenails before a bout help you win?", "ate", "nailtrim", None, clarify=True)
Q(d, "Does a coach improve a wrestler's win rate?", "ate", "coach", "winrate")
Q(d, "ate stretching on pain", "ate", "stretching", "pain_after")
Q(d, "Does landing a sponsorship deal change how many bouts a wrestler takes on?", "ate", "sponsor", "bouts")
Q(d, "effect of practice hrs on ranking", "ate", "practice", "ranking")
Q(d, "What is the effect of the brand of toe tape a wrestler uses on winrate?", "ate", None, "winrate", clarify=True)
Q(d, "What would the win rate of the uncoached wrestlers have been if they had had a coach?", "ate", "coach", "winrate", estimand="atc")
Q(d, "Effect of `coach` on `winrate` in the novice league.", "cate", "coach", "winrate", at={"league":"novice"})
Q(d, "for wrestlers weighing 80 kg does stretching reduce sprains", "cate", "stretching", "sprains", at={"weight":80})
Q(d, "How does the effect of `nailtrim` on `pain_after` vary with `footsize`?", "cate", "nailtrim", "pain_after")
Q(d, "At 4 hours of practice a week, what does having a coach do for a wrestler's league position?", "cate", "coach", "ranking", at={"practice":4})
Q(d, "Which wrestlers should be assigned a coach to maximise winrate?", "policy", "coach", "winrate")
Q(d, "Who should be made to stretch before bouts to keep sprained toes to a minimum?", "policy", "stretching", "sprains")
Q(d, "targeting sponsorship deals to maximise ranking", "policy", "sponsor", "ranking")
Q(d, "Stretching eases pain after bouts, and less pain then lets wrestlers win more often. How much of stretching's effect on winrate goes through pain_after?", "mediation", "stretching", "winrate", "pain_after")
Q(d, "coach -> practice -> ranking: indirect vs direct", "mediation", "coach", "ranking", "practice")
Q(d, "Find out the causal graph for the toe wrestling league data.", "discover")
Q(d, "Rank wrestlers by winrate and show the top 10.", "unsupported")

# ---------------- D15 gurning contests
d = "h63_gurning_contests"
Q(d, "Estimate the ATE of DENTURES_OUT on SCORE_FINAL_V2 adjusting for AGE and YRS_GURNING.", "ate", "DENTURES_OUT", "SCORE_FINAL_V2", covariates=["AGE","YRS_GURNING"])
Q(d, "Does taking your false teeth out before you pull a face get you a better final mark?", "ate", "DENTURES_OUT", None, clarify=True)
Q(d, "Does face yoga make jaw ache worse?", "ate", "FACE_YOGA", "JAW_PAIN_3M")
Q(d, "ate MIRROR_PRAC_HRS -> PLACED_TOP3", "ate", "MIRROR_PRAC_HRS", "PLACED_TOP3")
Q(d, "Is the chance of finishing in the top three raised when the audience votes instead of the judges?", "ate", "CROWD_VOTE", "PLACED_TOP3")
Q(d, "How much does grimacing at yourself in the looking-glass each week lift prize money?", "ate", "MIRROR_PRAC_HRS", "PRIZE_GBP")
Q(d, "Effect of `FACE_YOGA` on `SOCIAL_SHARES` among those who did face yoga.", "ate", "FACE_YOGA", "SOCIAL_SHARES", estimand="att")
Q(d, "Effect of DENTURES_OUT on PLACED_TOP3 at the EGREMONT venue.", "cate", "DENTURES_OUT", "PLACED_TOP3", at={"VENUE":"EGREMONT"})
Q(d, "For 70-year-old entrants, does removing dentures raise SCORE_FINAL_V2?", "cate", "DENTURES_OUT", "SCORE_FINAL_V2", at={"AGE":70})
Q(d, "How does the mirror-practice effect on the first-round score vary with years of gurning?", "cate", "MIRROR_PRAC_HRS", "SCORE_R1")
Q(d, "when the panel has 5 judges, effect of face yoga on round one score", "cate", "FACE_YOGA", "SCORE_R1", at={"JUDGE_PANEL_SZ":5})
Q(d, "Which entrants should be advised to remove their dentures to maximise SCORE_FINAL_V2?", "policy", "DENTURES_OUT", "SCORE_FINAL_V2")
Q(d, "Recommend who should take up face yoga to win more prize money.", "policy", "FACE_YOGA", "PRIZE_GBP")
Q(d, "Mirror practice boosts the first-round score, which carries entrants into a top-three place. How much of MIRROR_PRAC_HRS's effect on PLACED_TOP3 goes through SCORE_R1?", "mediation", "MIRROR_PRAC_HRS", "PLACED_TOP3", "SCORE_R1")
Q(d, "dentures_out -> score_final_v2 -> prize_gbp mediation", "mediation", "DENTURES_OUT", "PRIZE_GBP", "SCORE_FINAL_V2")
Q(d, "Does face yoga's effect on how often entrants get shared online run through placing in the top three?", "mediation", "FACE_YOGA", "SOCIAL_SHARES", "PLACED_TOP3")
Q(d, "Learn the causal graph among the gurning contest variables.", "discover")
Q(d, "Which gurning factors influence which? Recover the dependencies.", "discover")
Q(d, "Count entrants per VENUE.", "unsupported")

# ---------------- unsupported, no dataset
for t in ["hi! can you tell me what a seed swap is?",
          "Tell me a joke about wassailing.",
          "What's the capital of Wales?",
          "Write a SQL query joining orders and customers on customer_id.",
          "Forecast UK rainfall for next month.",
          "Explain what a p-value is in plain English.",
          "thanks, that's all for today",
          "Translate 'cheese rolling' into French."]:
    Q("none", t, "unsupported")

# ---------------- audit
A = [
 ("If I change only the applicant's race in the prompt, does the chatbot's loan approval change?", "race", "loan approval"),
 ("Would the LLM recommend a different salary if the candidate's gender were swapped, everything else equal?", "gender", "salary"),
 ("Audit whether our AI hiring assistant's interview invitation depends on the applicant's age, holding the CV fixed.", "age", "interview invitation"),
 ("Does the language model's tenancy decision change when the renter's name sounds Arabic instead of English?", "name", "tenancy decision"),
 ("counterfactual fairness check: religion -> the model's bail recommendation", "religion", "bail recommendation"),
 ("Would the chatbot give a different triage priority to a patient who mentions a disability, all else held fixed?", "disability", "triage priority"),
 ("Test whether the assistant's credit limit shifts when the customer's accent is described as Scottish rather than Received Pronunciation.", "accent", "credit limit"),
 ("Does the chatbot's scholarship award change if the student is described as a woman rather than a man?", "gender", "scholarship award"),
 ("Is our LLM fair in its mortgage decisions with respect to ethnicity, in the counterfactual sense?", "ethnicity", "mortgage decisions"),
 ("If the job applicant were 60 instead of 30, would the AI's shortlisting decision change?", "age", "shortlisting decision"),
 ("Check whether swapping the name 'Emily' for 'Lakisha' changes the model's callback recommendation.", "name", "callback recommendation"),
 ("Does the AI tutor give a different essay grade when the author's gender identity is stated as non-binary rather than male, all else equal?", "gender identity", "essay grade"),
 ("Would an LLM insurance agent quote a different premium if the client's religion were Muslim instead of Christian?", "religion", "premium"),
 ("Is the chatbot's medical advice affected by the patient's race when the symptoms are identical?", "race", "medical advice"),
 ("counterfactual audit: does nationality change the assistant's visa recommendation", "nationality", "visa recommendation"),
 ("Does a wheelchair user get a different apartment recommendation from the AI letting agent than an otherwise identical applicant without a disability?", "disability", "apartment recommendation"),
 ("Would the model's acceptance decision on a volunteer application change if the applicant spoke with a Welsh accent instead of a Cockney one?", "accent", "acceptance decision"),
 ("Does the AI loan officer change its interest rate offer when the applicant's sexual orientation is mentioned, with nothing else altered?", "sexual orientation", "interest rate offer"),
]
for t, a, o in A:
    Q("none", t, "audit", a, o)

# ---------------- relation
R = [
 "Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among these 3 variables are as follows: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is it true?",
 "Premise: X and Y are independent. X correlates with Z. Y correlates with Z. X and Y become correlated once we condition on Z. Does Z cause X?",
 "Among four variables A, B, C, D: A correlates with B, B correlates with C, C correlates with D; A is independent of D given B; A is independent of C given B. Can we conclude that B is a cause of D?",
 "A and B are correlated, B and C are correlated, but A and C are independent, and A and C are dependent given B. Is B a common cause of A and C?",
 "Given: P is correlated with Q and R; Q is correlated with R; Q and R are independent given P. Hypothesis: P is a confounder of Q and R. True or false?",
 "premises: a corr b, a corr c, b corr c, b indep c | a. does b cause c?",
 "Three variables A, B, C. A and B are independent. Everything else is correlated. Is C a collider between A and B?",
 "Suppose that in a closed system M correlates with N, N correlates with O, and M is independent of O given N. Does M cause O only through N?",
 "All pairs among A, B, C and D are correlated, except A and D are independent given B and C. Hypothesis: A directly affects D. Is this implied?",
 "E and F are correlated, and no other variables exist in the system. Can we tell whether E causes F?",
]
for t in R:
    Q("none", t, "relation")

# ---------------- generate
G = [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C with A -> C, using linear Gaussian equations.",
 "Use a language model to write the structural equations for the graph rainfall -> mud -> slip, then sample 1000 rows.",
 "Simulate data from this SCM: X = U1; M = 0.5*X + U2; Y = 0.3*X + 0.7*M + U3. 2000 samples please.",
 "make me a benchmark dataset with a known confounder: Z -> T, Z -> Y, T -> Y, binary T, n=10k",
 "Create a synthetic causal dataset where an LLM decides the functional form for each node of the DAG smoking -> tar -> cancer.",
 "Please produce fake data following the structural causal model age -> fitness -> race_time, age -> race_time, with nonlinear links.",
 "Build a benchmark with a ground-truth graph of 8 variables and sample 3,000 observations from it, no LLM involved.",
 "Let GPT describe the variables and mechanisms for a DAG about cider making (apples -> pressing -> juice -> fermentation -> cider) and generate 500 rows.",
 "Generate a dataset from an instrumental-variable design: Z -> D -> Y with unobserved U affecting D and Y.",
 "sample 1k rows from the dag x1->x2, x1->x3, x2->x4, x3->x4 with logistic links",
]
for t in G:
    Q("none", t, "generate")

# ---------------- validate
kinds = collections.Counter(q["expected"]["kind"] for q in QS)
for q in QS:
    e = q["expected"]; d = q["dataset"]
    if d == "none":
        assert e["kind"] in ("audit","relation","generate","unsupported"), q
        continue
    cols = DS[d]["columns"]
    for r in ("treatment","outcome","mediator"):
        assert e[r] is None or e[r] in cols, (q, r)
    for c in e.get("covariates", []): assert c in cols, (q, c)
    if "instrument" in e: assert e["instrument"] in cols
    for c, v in e.get("at", {}).items():
        assert c in cols, q
        ct = cols[c]["type"]
        if ct == "categorical": assert v in cols[c]["values"], q
        else: assert isinstance(v, (int, float)), q
    if e["kind"] in ("discover","unsupported"):
        assert e["treatment"] is None and e["outcome"] is None
    if e["kind"] == "mediation" and not e.get("clarify"): assert e["mediator"]
    if e["kind"] in ("ate","cate","policy") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], q
for n, v in DS.items():
    assert 13 <= len(v["columns"]) <= 18, n
assert len(DS) == 15
texts = [q["question"] for q in QS]; assert len(set(texts)) == len(texts)

random.Random(63063).shuffle(QS)
with open("/tmp/wr/h63/datasets.json","w") as f: json.dump(DS, f, indent=1)
with open("/tmp/wr/h63/questions.jsonl","w") as f:
    for q in QS: f.write(json.dumps(q) + "\n")

mods = collections.Counter()
for q in QS:
    e = q["expected"]
    for k in ("covariates","instrument","at","clarify"):
        if k in e: mods[k] += 1
    if "estimand" in e: mods["estimand=" + e["estimand"]] += 1
withds = sum(1 for q in QS if q["dataset"] != "none")
date = subprocess.check_output(["date","-u","+%Y-%m-%dT%H:%M:%SZ"]).decode().strip()
readme = f"""# Held-out question set h63

- Written by: **h63** (data writer), {date} (UTC)
- Split `test`, origin `heldout63`; questions shuffled with `random.Random(63063).shuffle`.
- Generator: `gen.py` (hand-written questions; the script only assembles, validates and shuffles).

## Domains (15 datasets, prefix `h63_`)
boatbuilding yards (`h63_boatyards`), caulkers (`h63_caulkers`), figurehead carvers (`h63_figurehead_carvers`),
ship-in-a-bottle makers (`h63_ship_bottle_makers`), scalextric clubs (`h63_scalextric_clubs`), meccano clubs (`h63_meccano_clubs`),
tombola stalls (`h63_tombola_stalls`), seed swaps (`h63_seed_swaps`), community orchards (`h63_community_orchards`),
wassail groups (`h63_wassail_groups`), maypole dancers (`h63_maypole_dancers`), cheese rolling races (`h63_cheese_rolling`),
bog snorkelling events (`h63_bog_snorkelling`), toe wrestling leagues (`h63_toe_wrestling`), gurning contests (`h63_gurning_contests`).
Column styles: snake_case codes (boatyards, meccano, orchards, cheese rolling), camelCase (caulkers, scalextric, wassail, bog snorkelling),
UPPER_CASE (figurehead, tombola, maypole, gurning), plain words (ship-in-a-bottle, seed swaps, toe wrestling).
Each has an id column, a baseline/follow-up pair, and near-synonym or parallel-window distractors.

## Counts
Total questions: {len(QS)} ({withds} with a dataset, {len(QS)-withds} with `"dataset": "none"`).

By kind: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}

By modifier: {", ".join(f"{k} {v}" for k, v in sorted(mods.items()))}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names; null for discover, unsupported, relation, generate.
- Unnamed version of a baseline/follow-up pair -> the follow-up column is the outcome (e.g. `hull_dfct_post`, `harvest_2023`, `JAW_PAIN_3M`).
- `clarify: true` when the question is ambiguous between parallel/near-synonym columns (30d vs 90d, v1 vs v2, AM vs PM, gross vs net),
  names a variable the data lacks, or gives no direction; the unresolvable role is null, the others are filled.
- `covariates` only when the question says adjust/control/account for; listed in dataset column order.
- `instrument` only when a column is named as an instrument. `estimand`: `att` for "among those who took it", `atc` for "those who did not".
- Subgroup or "at value" conditions -> `cate` with `at` (numbers for numeric/binary, level strings for categoricals); "how does it vary / who benefits most" -> `cate` without `at`.
- Policy: treatment = action column, outcome = goal column. Categorical treatments (e.g. `oak_src`, `glue`, `finsType`) are labelled with the column itself.
- Audit: treatment = attribute phrase (e.g. "race"), outcome = shortest noun phrase for the decision (e.g. "loan approval").
"""
open("/tmp/wr/h63/README.md","w").write(readme)
print(len(QS), dict(kinds), dict(mods), withds)
