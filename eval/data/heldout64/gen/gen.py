import json, random, collections, re, subprocess

DS = {}
QS = []
CUR = [None]

def dataset(name, desc, cols):
    d = {}
    for c in cols:
        n, t, v = c
        d[n] = {"type": t, "values": v}
    DS[name] = {"description": desc, "columns": d}
    CUR[0] = name

def Q(text, kind, t=None, y=None, m=None, cov=None, at=None, est=None, inst=None, clar=False, ds="cur"):
    name = CUR[0] if ds == "cur" else ds
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov: e["covariates"] = cov
    if inst: e["instrument"] = inst
    if est: e["estimand"] = est
    if at: e["at"] = at
    if clar: e["clarify"] = True
    QS.append({"question": text, "dataset": name if name else "none",
               "columns": list(DS[name]["columns"].keys()) if name else None,
               "split": "test", "origin": "heldout64", "expected": e})

def N(text, kind, t=None, y=None):
    Q(text, kind, t, y, ds=None)

B = [0, 1, 1]
# ---------------------------------------------------------------- 1 hopscotch
dataset("h64_hopscotch", "Primary-school playground study: schools that painted hopscotch grids or ran hop coaching; children's balance, activity, BMI and playground injuries.", [
    ("child_id", "id", ["C0001", "C0002", "C0003"]),
    ("age_yr", "numeric", [6, 8, 10]),
    ("sex", "categorical", ["F", "M"]),
    ("chalk_grid", "binary", B),
    ("coach_sess", "numeric", [0, 3, 6]),
    ("bal_score_pre", "numeric", [41.0, 55.5, 62.0]),
    ("bal_score_post", "numeric", [44.5, 58.0, 66.0]),
    ("hop_cnt_wk", "numeric", [12, 40, 95]),
    ("recess_min", "numeric", [15, 25, 40]),
    ("bmi_z_bl", "numeric", [-0.4, 0.3, 1.1]),
    ("bmi_z_6m", "numeric", [-0.5, 0.2, 1.0]),
    ("sch_type", "categorical", ["urban", "suburban", "rural"]),
    ("injury_30d", "binary", [0, 0, 1]),
    ("injury_90d", "binary", [0, 1, 1]),
    ("shoe_type", "categorical", ["trainers", "sandals", "school_shoes"]),
    ("peer_play", "numeric", [2, 5, 9]),
    ("peer_play_v2", "numeric", [1.5, 4.8, 8.7]),
    ("fun_rating", "numeric", [3, 7, 10]),
])
Q("What is the average effect of the painted chalk grid (`chalk_grid`) on follow-up balance (`bal_score_post`), controlling for `bal_score_pre` and `age_yr`?", "ate", "chalk_grid", "bal_score_post", cov=["bal_score_pre", "age_yr"])
Q("Does having a hopscotch court painted in the playground actually make kids steadier on their feet?", "ate", "chalk_grid", "bal_score_post")
Q("ate coach_sess -> hop_cnt_wk adj sex, sch_type", "ate", "coach_sess", "hop_cnt_wk", cov=["sex", "sch_type"])
Q("Is the six-month BMI z-score lowered by giving children longer break times?", "ate", "recess_min", "bmi_z_6m")
Q("effect of chalk grid on injurys", "ate", "chalk_grid", None, clar=True)
Q("How much does extra coaching raise how much fun the children say they're having?", "ate", "coach_sess", "fun_rating")
Q("Is the link between hopping frequency (hop_cnt_wk) and 6-month BMI z (bmi_z_6m) causal, or just confounding by age and school type?", "ate", "hop_cnt_wk", "bmi_z_6m", cov=["age_yr", "sch_type"])
Q("Estimate the ATT of `chalk_grid` on `injury_90d`, i.e. for children whose schools did paint a grid.", "ate", "chalk_grid", "injury_90d", est="att")
Q("Does using a skipping rope at playtime improve children's balance at follow-up?", "ate", None, "bal_score_post", clar=True)
Q("chalk grid effect on follow-up balance, rural schools", "cate", "chalk_grid", "bal_score_post", at={"sch_type": "rural"})
Q("Does the benefit of coaching sessions on weekly hops differ by age?", "cate", "coach_sess", "hop_cnt_wk")
Q("under the condition that the child wears sandals, what does the grid do to 90-day injury risk", "cate", "chalk_grid", "injury_90d", at={"shoe_type": "sandals"})
Q("cate of recess_min on bal_score_post for age_yr = 7", "cate", "recess_min", "bal_score_post", at={"age_yr": 7})
Q("Which children should be offered extra coaching sessions to maximise their balance scores?", "policy", "coach_sess", "bal_score_post")
Q("Targeting rule: which schools should get a painted grid (`chalk_grid`) to cut 30-day injuries (`injury_30d`)?", "policy", "chalk_grid", "injury_30d")
Q("How should recess minutes be allocated across pupils to bring down BMI z at 6 months?", "policy", "recess_min", "bmi_z_6m")
Q("How much of the chalk grid's effect on 6-month BMI z operates through extra weekly hopping (hop_cnt_wk)?", "mediation", "chalk_grid", "bmi_z_6m", "hop_cnt_wk")
Q("Coaching works by getting children to hop more often, which then improves their balance. Split the effect of coach_sess on bal_score_post into direct and indirect parts via hop_cnt_wk.", "mediation", "coach_sess", "bal_score_post", "hop_cnt_wk")
Q("Learn the causal structure among the hopscotch variables.", "discover")
Q("plot fun_rating by sex", "unsupported")

# ---------------------------------------------------------------- 2 hedge
dataset("h64_hedge_cutting", "Farm hedgerow survey: how hedges were cut (flail vs hand), how often and when, and the resulting hedge structure, berries, nesting birds and plant species.", [
    ("hedge_id", "id", ["H-101", "H-102", "H-103"]),
    ("farm_type", "categorical", ["arable", "dairy", "mixed"]),
    ("roadside", "binary", B),
    ("rainfall", "numeric", [620, 850, 1100]),
    ("flail_cut", "binary", B),
    ("cut_interval_years", "numeric", [1, 2, 3]),
    ("trimming_month", "categorical", ["september", "january", "february"]),
    ("height_before", "numeric", [2.1, 2.8, 3.5]),
    ("height_after", "numeric", [1.4, 1.9, 2.6]),
    ("gaps_per_100m", "numeric", [0, 2, 5]),
    ("berry_count", "numeric", [120, 480, 900]),
    ("berry_count_v2", "numeric", [110, 500, 870]),
    ("bird_nests_spring", "numeric", [0, 3, 7]),
    ("bird_nests_summer", "numeric", [0, 2, 6]),
    ("species_richness", "numeric", [5, 9, 14]),
    ("species_diversity", "numeric", [1.2, 1.8, 2.4]),
    ("contractor_cost", "numeric", [35.0, 80.0, 140.0]),
])
Q("Does flail cutting (`flail_cut`) reduce hedge height after trimming (`height_after`)?", "ate", "flail_cut", "height_after")
Q("What is the effect of leaving more years between cuts on the number of gaps per 100 metres, adjusting for farm type and rainfall?", "ate", "cut_interval_years", "gaps_per_100m", cov=["farm_type", "rainfall"])
Q("Do mechanical flails hurt the berry crop on hedgerows?", "ate", "flail_cut", None, clar=True)
Q("Are species richness numbers boosted by longer gaps between cuts?", "ate", "cut_interval_years", "species_richness")
Q("ate flail_cut on contractor_cost", "ate", "flail_cut", "contractor_cost")
Q("Is the apparent drop in summer nesting on roadside hedges a real effect of being next to a road, or confounding from farm type?", "ate", "roadside", "bird_nests_summer", cov=["farm_type"])
Q("What did flailing do to spring nest counts on the hedges that were actually flailed?", "ate", "flail_cut", "bird_nests_spring", est="att")
Q("Using `rainfall` as an instrument for `cut_interval_years`, estimate the causal effect of the cutting interval on `species_richness`.", "ate", "cut_interval_years", "species_richness", inst="rainfall")
Q("effect of flail_cut on species_diversity among dairy farms", "cate", "flail_cut", "species_diversity", at={"farm_type": "dairy"})
Q("For hedges trimmed in January, what does flailing do to the summer nest count?", "cate", "flail_cut", "bird_nests_summer", at={"trimming_month": "january"})
Q("Which kinds of hedge see the biggest reduction in gaps from longer cutting intervals?", "cate", "cut_interval_years", "gaps_per_100m")
Q("Under the condition that rainfall is 900 mm, estimate the effect of cut interval on species richness.", "cate", "cut_interval_years", "species_richness", at={"rainfall": 900})
Q("Which hedges should we switch to flail cutting to keep contractor costs down?", "policy", "flail_cut", "contractor_cost")
Q("Give an allocation rule for the cutting interval (cut_interval_years) that maximises summer bird nests (bird_nests_summer).", "policy", "cut_interval_years", "bird_nests_summer")
Q("Does flailing reduce summer nests because it opens up the hedge (gaps_per_100m)? Decompose the effect.", "mediation", "flail_cut", "bird_nests_summer", "gaps_per_100m")
Q("Longer cutting intervals let hedges grow taller, which in turn supports more plant species. What share of the interval's effect on species richness flows via height after trimming?", "mediation", "cut_interval_years", "species_richness", "height_after")
Q("mediation: flail_cut -> berry_count_v2 -> bird_nests_summer, how much is indirect", "mediation", "flail_cut", "bird_nests_summer", "berry_count_v2")
Q("Which of the hedge measurements drive which? Work out the directions of influence among them.", "discover")
Q("Draw me the causal graph linking the hedgerow variables.", "discover")
Q("Compute the mean contractor cost per farm type.", "unsupported")

# ---------------------------------------------------------------- 3 punch and judy
dataset("h64_punch_judy", "Seaside and fete Punch and Judy performances: script choices (crocodile scene, sausage gag, swazzle), audience, laughter, complaints, hat takings and repeat visits.", [
    ("showId", "id", ["PJ-001", "PJ-002", "PJ-003"]),
    ("puppeteerYears", "numeric", [2, 11, 35]),
    ("venueType", "categorical", ["beach", "park", "fete", "school"]),
    ("weatherSunny", "binary", B),
    ("audienceSize", "numeric", [18, 45, 120]),
    ("crocodileScene", "binary", B),
    ("sausageGag", "binary", B),
    ("swazzleUsed", "binary", B),
    ("slapstickCount", "numeric", [3, 8, 15]),
    ("showLengthMin", "numeric", [15, 25, 40]),
    ("crowdMoodPre", "numeric", [4.1, 5.6, 7.0]),
    ("crowdMoodPost", "numeric", [5.0, 6.8, 8.9]),
    ("kidsLaughPerMin", "numeric", [1.2, 3.4, 6.1]),
    ("complaintsLogged", "numeric", [0, 1, 4]),
    ("hatTakeGBP", "numeric", [12.5, 38.0, 96.2]),
    ("hatTakeNetGBP", "numeric", [4.0, 25.5, 80.1]),
    ("repeatVisit30d", "binary", [0, 0, 1]),
    ("repeatVisit90d", "binary", [0, 1, 1]),
])
Q("Estimate the average treatment effect of `crocodileScene` on `kidsLaughPerMin`.", "ate", "crocodileScene", "kidsLaughPerMin")
Q("Does doing the squeaky Punch voice leave the crowd in a happier mood by the end of the show?", "ate", "swazzleUsed", "crowdMoodPost")
Q("ate slapstickCount on complaintsLogged adj venueType audienceSize", "ate", "slapstickCount", "complaintsLogged", cov=["venueType", "audienceSize"])
Q("Are complaints driven up by the sausage gag?", "ate", "sausageGag", "complaintsLogged")
Q("Does the sausage gag bring families back to see the show again?", "ate", "sausageGag", None, clar=True)
Q("Does a more experienced puppeteer (puppeteerYears) take more in the hat (hatTakeGBP), holding audience size and weather fixed?", "ate", "puppeteerYears", "hatTakeGBP", cov=["audienceSize", "weatherSunny"])
Q("Among the shows that included the crocodile scene, how much did it raise 90-day repeat visits?", "ate", "crocodileScene", "repeatVisit90d", est="att")
Q("crocodileScene effect on kidsLaughPerMin at beach venues", "cate", "crocodileScene", "kidsLaughPerMin", at={"venueType": "beach"})
Q("How does the effect of slapstick on children's laughter vary with how experienced the puppeteer is?", "cate", "slapstickCount", "kidsLaughPerMin")
Q("For an audience of 50, what does the sausage gag do to net hat takings (hatTakeNetGBP)?", "cate", "sausageGag", "hatTakeNetGBP", at={"audienceSize": 50})
Q("Under the condition that it's sunny, does the swazzle still lift crowd mood?", "cate", "swazzleUsed", "crowdMoodPost", at={"weatherSunny": 1})
Q("At which shows should the puppeteer include the crocodile scene to maximise hat takings (`hatTakeGBP`)?", "policy", "crocodileScene", "hatTakeGBP")
Q("Decide which performances should drop the sausage gag to minimise complaints.", "policy", "sausageGag", "complaintsLogged")
Q("recommend show length per venue to max repeatVisit90d", "policy", "showLengthMin", "repeatVisit90d")
Q("The crocodile scene works by making the kids laugh more, which then loosens parents' purse strings. How much of its effect on hatTakeGBP goes via kidsLaughPerMin?", "mediation", "crocodileScene", "hatTakeGBP", "kidsLaughPerMin")
Q("mediation: swazzleUsed -> crowdMoodPost -> repeatVisit90d", "mediation", "swazzleUsed", "repeatVisit90d", "crowdMoodPost")
Q("Recover the causal DAG over the Punch and Judy show variables.", "discover")
Q("Forecast next summer's hat takings for each venue type.", "unsupported")

# ---------------------------------------------------------------- 4 dodgems
dataset("h64_dodgems", "Fairground dodgem (bumper car) rides: safety measures, track speed, crowding, collisions, neck complaints, rider scores and re-rides.", [
    ("RIDE_ID", "id", ["D0001", "D0002", "D0003"]),
    ("RIDER_AGE", "numeric", [9, 24, 61]),
    ("FAIR_REGION", "categorical", ["north", "south", "midlands", "wales"]),
    ("BUMP_LIMITER", "binary", B),
    ("SAFETY_BRIEF", "binary", B),
    ("TRACK_SPEED_KMH", "numeric", [8, 11, 14]),
    ("CAR_COUNT", "numeric", [10, 16, 24]),
    ("STAFF_ON_DUTY", "numeric", [1, 2, 4]),
    ("TOKEN_PRICE", "numeric", [2.0, 3.0, 4.5]),
    ("QUEUE_MIN", "numeric", [0, 8, 25]),
    ("COLLISIONS_PER_RIDE", "numeric", [4, 11, 23]),
    ("NECK_COMPLAINT_7D", "binary", [0, 0, 1]),
    ("NECK_COMPLAINT_30D", "binary", [0, 1, 1]),
    ("RIDE_SCORE", "numeric", [5, 7, 9]),
    ("RIDE_SCORE_V2", "numeric", [4.8, 7.2, 9.1]),
    ("RE_RIDE", "binary", B),
])
Q("What is the ATE of `BUMP_LIMITER` on `NECK_COMPLAINT_30D`?", "ate", "BUMP_LIMITER", "NECK_COMPLAINT_30D")
Q("Does a pre-ride safety talk cut down the number of crashes per ride?", "ate", "SAFETY_BRIEF", "COLLISIONS_PER_RIDE")
Q("ate TRACK_SPEED_KMH -> NECK_COMPLAINT_7D, adjust RIDER_AGE CAR_COUNT", "ate", "TRACK_SPEED_KMH", "NECK_COMPLAINT_7D", cov=["RIDER_AGE", "CAR_COUNT"])
Q("Are people less likely to go round again when the tokens cost more?", "ate", "TOKEN_PRICE", "RE_RIDE")
Q("effect of bump limiter on ride score", "ate", "BUMP_LIMITER", None, clar=True)
Q("Does packing more cars onto the floor cause more collisions, controlling for track speed?", "ate", "CAR_COUNT", "COLLISIONS_PER_RIDE", cov=["TRACK_SPEED_KMH"])
Q("For the rides that did not have the limiter fitted, what would fitting it have done to 7-day neck complaints (NECK_COMPLAINT_7D)?", "ate", "BUMP_LIMITER", "NECK_COMPLAINT_7D", est="atc")
Q("Effect of BUMP_LIMITER on NECK_COMPLAINT_30D for riders aged over 60 (RIDER_AGE)", "cate", "BUMP_LIMITER", "NECK_COMPLAINT_30D", at={"RIDER_AGE": 60})
Q("In Wales, does the safety briefing change whether riders go again?", "cate", "SAFETY_BRIEF", "RE_RIDE", at={"FAIR_REGION": "wales"})
Q("When the track runs at 12 km/h, what's the effect of extra staff on collisions per ride?", "cate", "STAFF_ON_DUTY", "COLLISIONS_PER_RIDE", at={"TRACK_SPEED_KMH": 12})
Q("For whom does the bump limiter reduce 30-day neck complaints the most?", "cate", "BUMP_LIMITER", "NECK_COMPLAINT_30D")
Q("Which rides should have bump limiters fitted to minimise 30-day neck complaints?", "policy", "BUMP_LIMITER", "NECK_COMPLAINT_30D")
Q("Set a token price rule per rider (`TOKEN_PRICE`) to maximise re-rides (`RE_RIDE`).", "policy", "TOKEN_PRICE", "RE_RIDE")
Q("Which tracks should slow their speed to get the best ride scores?", "policy", "TRACK_SPEED_KMH", None, clar=True)
Q("The limiter reduces neck complaints at 30 days partly by reducing collisions per ride. Estimate the indirect share via `COLLISIONS_PER_RIDE`.", "mediation", "BUMP_LIMITER", "NECK_COMPLAINT_30D", "COLLISIONS_PER_RIDE")
Q("Does the safety briefing lift RIDE_SCORE_V2 directly, or only through fewer collisions (COLLISIONS_PER_RIDE)?", "mediation", "SAFETY_BRIEF", "RIDE_SCORE_V2", "COLLISIONS_PER_RIDE")
Q("Figure out what influences what among the dodgem ride measures.", "discover")
Q("Which columns are direct causes of RE_RIDE? Run structure learning over all variables.", "discover")
Q("SELECT FAIR_REGION, AVG(QUEUE_MIN) FROM dodgems GROUP BY FAIR_REGION", "unsupported")

# ---------------------------------------------------------------- 5 ghost train
dataset("h64_ghost_train", "Ghost train rides at piers, funfairs and theme parks: scare effects (animatronics, fog, jump scares, darkness), riders' heart rate, screams, ratings, smiles and refunds.", [
    ("trip_id", "id", ["GT-0001", "GT-0002", "GT-0003"]),
    ("rider_age", "numeric", [8, 19, 47]),
    ("grp_size", "numeric", [1, 2, 4]),
    ("park_loc", "categorical", ["pier", "funfair", "theme_park"]),
    ("anim_ctr", "binary", B),
    ("fog_mach", "binary", B),
    ("jmp_scr", "numeric", [2, 5, 9]),
    ("dark_sec", "numeric", [30, 75, 140]),
    ("ride_len_s", "numeric", [120, 180, 240]),
    ("hr_bpm_pre", "numeric", [68, 80, 95]),
    ("hr_bpm_post", "numeric", [82, 101, 128]),
    ("scream_db", "numeric", [70, 88, 104]),
    ("scare_rt", "numeric", [2, 6, 9]),
    ("scare_rt_v2", "numeric", [2.5, 5.9, 9.3]),
    ("exit_smile", "binary", B),
    ("refund_req", "binary", [0, 0, 1]),
    ("ticket_gbp", "numeric", [3.0, 4.5, 7.0]),
])
Q("Estimate the effect of the animatronic upgrade (anim_ctr) on post-ride heart rate (hr_bpm_post), adjusting for hr_bpm_pre.", "ate", "anim_ctr", "hr_bpm_post", cov=["hr_bpm_pre"])
Q("Do more jump scares make people ask for their money back?", "ate", "jmp_scr", "refund_req")
Q("ate fog_mach on scream_db", "ate", "fog_mach", "scream_db")
Q("Is riders' pulse pushed up by longer stretches in pitch blackness?", "ate", "dark_sec", "hr_bpm_post")
Q("Does the fog machine make the ride scarier?", "ate", "fog_mach", None, clar=True)
Q("Does riding in a bigger group make people come out smiling, or is that confounded by age and location?", "ate", "grp_size", "exit_smile", cov=["rider_age", "park_loc"])
Q("ATT of anim_ctr on exit_smile (riders who were on the upgraded cars)", "ate", "anim_ctr", "exit_smile", est="att")
Q("jump scares -> scream loudness, riders aged 12", "cate", "jmp_scr", "scream_db", at={"rider_age": 12})
Q("On piers, does the fog machine change refund requests?", "cate", "fog_mach", "refund_req", at={"park_loc": "pier"})
Q("How does the effect of time in the dark on heart rate differ across riders?", "cate", "dark_sec", "hr_bpm_post")
Q("CATE of `anim_ctr` on `scare_rt_v2` given `grp_size` = 4", "cate", "anim_ctr", "scare_rt_v2", at={"grp_size": 4})
Q("Which trains should get the fog machine to maximise smiles at the exit?", "policy", "fog_mach", "exit_smile")
Q("Who should be sent through the animatronic cars so that refund requests stay as low as possible?", "policy", "anim_ctr", "refund_req")
Q("Choose the number of jump scares per ride (jmp_scr) to maximise scare_rt_v2 at each park location.", "policy", "jmp_scr", "scare_rt_v2")
Q("Jump scares work by making people scream, which then makes them leave smiling. How much of jmp_scr's effect on exit_smile runs through scream_db?", "mediation", "jmp_scr", "exit_smile", "scream_db")
Q("Decompose the effect of `dark_sec` on `refund_req` into direct and indirect components (through `hr_bpm_post`).", "mediation", "dark_sec", "refund_req", "hr_bpm_post")
Q("how much of the fog machine's effect on scare_rt_v2 is explained by scream volume", "mediation", "fog_mach", "scare_rt_v2", "scream_db")
Q("causal discovery on the ghost train data pls", "discover")
Q("clean ticket_gbp, some prices are negative", "unsupported")

# ---------------------------------------------------------------- 6 halls of mirrors
dataset("h64_hall_of_mirrors", "Visitors to funfair halls of mirrors: number and distortion of mirrors, lighting, guided tours; time inside, wrong turns, dizziness, laughter, satisfaction, gift-shop spend and return visits.", [
    ("visitor_id", "id", ["V-1001", "V-1002", "V-1003"]),
    ("visitor_age", "numeric", [7, 29, 66]),
    ("group_visit", "binary", B),
    ("guided_tour", "binary", B),
    ("mirror_count", "numeric", [12, 30, 60]),
    ("distortion_level", "categorical", ["low", "medium", "high"]),
    ("lighting", "categorical", ["dim", "bright", "strobe"]),
    ("time_inside_minutes", "numeric", [4, 9, 21]),
    ("wrong_turns", "numeric", [0, 4, 11]),
    ("dizziness_before", "numeric", [0, 1, 3]),
    ("dizziness_after", "numeric", [1, 4, 8]),
    ("laughter", "numeric", [2, 6, 10]),
    ("exit_found_first_try", "binary", B),
    ("satisfaction", "numeric", [3, 7, 10]),
    ("gift_shop_spend", "numeric", [0.0, 4.5, 12.0]),
    ("gift_shop_spending", "numeric", [0.0, 5.0, 11.5]),
    ("return_within_month", "binary", [0, 0, 1]),
    ("return_within_year", "binary", [0, 1, 1]),
])
Q("Average effect of a guided tour (`guided_tour`) on `wrong_turns`.", "ate", "guided_tour", "wrong_turns")
Q("Does adding more mirrors make visitors dizzier?", "ate", "mirror_count", "dizziness_after")
Q("ate guided_tour -> time_inside_minutes, controlling for visitor_age and group_visit", "ate", "guided_tour", "time_inside_minutes", cov=["visitor_age", "group_visit"])
Q("Is visitor satisfaction raised by coming with friends or family rather than alone?", "ate", "group_visit", "satisfaction")
Q("What is the effect of a guided tour on what visitors spend in the gift shop?", "ate", "guided_tour", None, clar=True)
Q("Do guided tours bring people back?", "ate", "guided_tour", None, clar=True)
Q("For visitors who took the tour, what was its effect on finding the way out first time (exit_found_first_try)?", "ate", "guided_tour", "exit_found_first_try", est="att")
Q("effect of mirror count on dizziness after, strobe lighting only", "cate", "mirror_count", "dizziness_after", at={"lighting": "strobe"})
Q("For high-distortion halls, does a guided tour reduce wrong turns?", "cate", "guided_tour", "wrong_turns", at={"distortion_level": "high"})
Q("How does the effect of the tour on satisfaction vary with the visitor's age?", "cate", "guided_tour", "satisfaction")
Q("cate mirror_count on laughter at visitor_age=8", "cate", "mirror_count", "laughter", at={"visitor_age": 8})
Q("Which visitors should be offered a guided tour to maximise satisfaction?", "policy", "guided_tour", "satisfaction")
Q("Recommend how many mirrors (`mirror_count`) to install under each lighting setup to keep `dizziness_after` low.", "policy", "mirror_count", "dizziness_after")
Q("which lighting should each hall use so people laugh the most", "policy", "lighting", "laughter")
Q("Guided tours cut wrong turns, which then leaves visitors less dizzy afterwards. How much of the tour's effect on dizziness_after is mediated by wrong_turns?", "mediation", "guided_tour", "dizziness_after", "wrong_turns")
Q("mediation of mirror_count's effect on satisfaction via laughter", "mediation", "mirror_count", "satisfaction", "laughter")
Q("What's the causal structure among these hall-of-mirrors variables?", "discover")
Q("train a classifier: predict exit_found_first_try from everything else", "unsupported")

# ---------------------------------------------------------------- 7 coconut shy
dataset("h64_coconut_shy", "Coconut shy stalls at summer fairs: price, ball weight, throwing distance, glued coconuts, prize upgrades and barkers; throws bought, hits, coconuts won, revenue and return play.", [
    ("stallId", "id", ["CS-01", "CS-02", "CS-03"]),
    ("fairDay", "categorical", ["saturday", "sunday", "bank_holiday"]),
    ("barkerCalling", "binary", B),
    ("pricePerThrow", "numeric", [1.0, 2.0, 3.0]),
    ("ballWeightG", "numeric", [120, 160, 210]),
    ("throwDistanceM", "numeric", [3.0, 4.5, 6.0]),
    ("cupsGlued", "binary", B),
    ("prizeUpgrade", "binary", B),
    ("playerAge", "numeric", [8, 27, 52]),
    ("crowdWatching", "numeric", [3, 12, 30]),
    ("throwsBought", "numeric", [3, 6, 15]),
    ("hitsPerThrow", "numeric", [0.1, 0.3, 0.6]),
    ("coconutsWon", "numeric", [0, 1, 2]),
    ("revenuePerHour", "numeric", [22.0, 48.5, 90.0]),
    ("revenuePerHourNet", "numeric", [10.0, 31.0, 66.0]),
    ("returnPlay7d", "binary", [0, 0, 1]),
    ("returnPlay30d", "binary", [0, 1, 1]),
])
Q("Estimate the effect of `cupsGlued` on `coconutsWon`.", "ate", "cupsGlued", "coconutsWon")
Q("Does someone shouting 'roll up, roll up' draw a bigger crowd of onlookers?", "ate", "barkerCalling", "crowdWatching")
Q("ate pricePerThrow -> throwsBought adj playerAge fairDay", "ate", "pricePerThrow", "throwsBought", cov=["playerAge", "fairDay"])
Q("Are hits per throw reduced by heavier balls?", "ate", "ballWeightG", "hitsPerThrow")
Q("effect of prize upgrade on revenue", "ate", "prizeUpgrade", None, clar=True)
Q("How much does standing further back cut the number of coconuts won, holding ball weight fixed?", "ate", "throwDistanceM", "coconutsWon", cov=["ballWeightG"])
Q("Among stalls that did not upgrade their prizes, what would an upgrade have done to throws bought (throwsBought)?", "ate", "prizeUpgrade", "throwsBought", est="atc")
Q("Does gluing the coconuts down really drive players away within a week, or is it confounding?", "ate", "cupsGlued", "returnPlay7d")
Q("What effect does the weather have on how many coconuts get won?", "ate", None, "coconutsWon", clar=True)
Q("Effect of `barkerCalling` on `revenuePerHourNet` when `fairDay` = bank_holiday", "cate", "barkerCalling", "revenuePerHourNet", at={"fairDay": "bank_holiday"})
Q("At a price of 2 per throw, what does a prize upgrade do to throws bought?", "cate", "prizeUpgrade", "throwsBought", at={"pricePerThrow": 2})
Q("For which players does a longer throwing distance hurt accuracy (hitsPerThrow) the most?", "cate", "throwDistanceM", "hitsPerThrow")
Q("cate: cupsGlued on returnPlay30d for playerAge over 40", "cate", "cupsGlued", "returnPlay30d", at={"playerAge": 40})
Q("Which days should the stall use a barker to maximise net revenue per hour?", "policy", "barkerCalling", "revenuePerHourNet")
Q("Set the throwing distance (`throwDistanceM`) for each player to maximise `returnPlay30d`.", "policy", "throwDistanceM", "returnPlay30d")
Q("who should be offered the upgraded prize to boost throwsBought", "policy", "prizeUpgrade", "throwsBought")
Q("The barker works by gathering a crowd, which then drives up throws bought. How much of barkerCalling's effect on throwsBought flows via crowdWatching?", "mediation", "barkerCalling", "throwsBought", "crowdWatching")
Q("Split the effect of ball weight on coconuts won into the part that goes through hit rate (hitsPerThrow) and the rest.", "mediation", "ballWeightG", "coconutsWon", "hitsPerThrow")
Q("Which coconut shy variables cause which? Infer the dependency structure from the data.", "discover")

# ---------------------------------------------------------------- 8 hook-a-duck
dataset("h64_hook_a_duck", "Hook-a-duck stalls: pole length, hook size, number of ducks, water flow pump, prize tier, price and signage; catch rates, plays per hour, parent spend and complaints.", [
    ("STALL_ID", "id", ["HD-01", "HD-02", "HD-03"]),
    ("LOCATION_TYPE", "categorical", ["fete", "funfair", "seaside"]),
    ("STAFF_AGE", "numeric", [17, 34, 68]),
    ("SIGN_BOARD", "binary", B),
    ("POLE_LEN_CM", "numeric", [60, 90, 120]),
    ("HOOK_SIZE", "categorical", ["S", "M", "L"]),
    ("DUCK_COUNT", "numeric", [20, 40, 80]),
    ("FLOW_PUMP", "binary", B),
    ("WATER_TEMP_C", "numeric", [12, 16, 22]),
    ("PRIZE_TIER", "categorical", ["basic", "mid", "premium"]),
    ("PLAY_PRICE", "numeric", [1.0, 1.5, 2.5]),
    ("KIDS_PLAYS_HR", "numeric", [8, 20, 41]),
    ("CATCH_RATE", "numeric", [0.2, 0.5, 0.8]),
    ("CATCH_RATE_ADJ", "numeric", [0.25, 0.48, 0.77]),
    ("PARENT_SPEND", "numeric", [2.0, 6.5, 15.0]),
    ("COMPLAINTS_WK1", "numeric", [0, 1, 3]),
    ("COMPLAINTS_WK4", "numeric", [0, 2, 6]),
])
Q("What is the average causal effect of `FLOW_PUMP` on `CATCH_RATE`?", "ate", "FLOW_PUMP", "CATCH_RATE")
Q("Do longer poles make it easier for kids to hook a duck?", "ate", "POLE_LEN_CM", None, clar=True)
Q("ate SIGN_BOARD on KIDS_PLAYS_HR adj LOCATION_TYPE, PLAY_PRICE", "ate", "SIGN_BOARD", "KIDS_PLAYS_HR", cov=["LOCATION_TYPE", "PLAY_PRICE"])
Q("Is what parents spend pushed up by offering fancier prizes?", "ate", "PRIZE_TIER", "PARENT_SPEND")
Q("Does a flowing-water pump cause more complaints in the first week?", "ate", "FLOW_PUMP", "COMPLAINTS_WK1")
Q("Effect of more ducks in the pool on the adjusted catch rate (CATCH_RATE_ADJ), controlling for HOOK_SIZE.", "ate", "DUCK_COUNT", "CATCH_RATE_ADJ", cov=["HOOK_SIZE"])
Q("On the stalls that put up a sign board, how much extra did parents spend because of it?", "ate", "SIGN_BOARD", "PARENT_SPEND", est="att")
Q("does duck colour affect CATCH_RATE", "ate", None, "CATCH_RATE", clar=True)
Q("flow pump effect on CATCH_RATE, seaside stalls only", "cate", "FLOW_PUMP", "CATCH_RATE", at={"LOCATION_TYPE": "seaside"})
Q("With the water at 15°C, what's the effect of the pump on complaints in week 4?", "cate", "FLOW_PUMP", "COMPLAINTS_WK4", at={"WATER_TEMP_C": 15})
Q("does pole length's effect on CATCH_RATE_ADJ depend on hook size", "cate", "POLE_LEN_CM", "CATCH_RATE_ADJ")
Q("Among stalls using large hooks, does the price per play affect how many children play each hour?", "cate", "PLAY_PRICE", "KIDS_PLAYS_HR", at={"HOOK_SIZE": "L"})
Q("Which stalls should switch on the flow pump (`FLOW_PUMP`) to minimise week-4 complaints (`COMPLAINTS_WK4`)?", "policy", "FLOW_PUMP", "COMPLAINTS_WK4")
Q("Assign a prize tier per location to maximise parent spend.", "policy", "PRIZE_TIER", "PARENT_SPEND")
Q("Does the sign board (`SIGN_BOARD`) raise `PARENT_SPEND` through `KIDS_PLAYS_HR`? Report direct vs indirect effects.", "mediation", "SIGN_BOARD", "PARENT_SPEND", "KIDS_PLAYS_HR")
Q("The pump makes ducks harder to catch, and frustrated kids then complain. What fraction of the pump's effect on COMPLAINTS_WK1 is carried by CATCH_RATE?", "mediation", "FLOW_PUMP", "COMPLAINTS_WK1", "CATCH_RATE")
Q("Estimate the causal graph for the hook-a-duck data.", "discover")
Q("summarise PARENT_SPEND by LOCATION_TYPE - mean, median, sd", "unsupported")

# ---------------------------------------------------------------- 9 fortune cookies
dataset("h64_fortune_cookies", "Restaurant fortune cookie experiment: message tone, lucky numbers, language and length; diners' mood, dessert orders, tips and return visits.", [
    ("cookie_id", "id", ["FC-00001", "FC-00002", "FC-00003"]),
    ("rest_type", "categorical", ["takeaway", "dine_in", "buffet"]),
    ("diner_age", "numeric", [19, 42, 73]),
    ("bill_usd", "numeric", [18.5, 42.0, 96.0]),
    ("msg_tone", "categorical", ["positive", "neutral", "ominous"]),
    ("lucky_nums", "binary", B),
    ("lang", "categorical", ["en", "zh", "bilingual"]),
    ("msg_len_chr", "numeric", [40, 85, 140]),
    ("crisp_scr", "numeric", [3, 6, 9]),
    ("crisp_scr_v2", "numeric", [2.8, 6.1, 8.7]),
    ("mood_pre", "numeric", [4, 6, 8]),
    ("mood_post", "numeric", [4, 7, 9]),
    ("dessert_ord", "binary", B),
    ("tip_pct", "numeric", [10.0, 15.0, 22.0]),
    ("tip_amt", "numeric", [2.0, 6.3, 18.0]),
    ("return_visit_30d", "binary", [0, 0, 1]),
    ("return_visit_90d", "binary", [0, 1, 1]),
])
Q("Estimate the ATE of `lucky_nums` on `tip_pct`.", "ate", "lucky_nums", "tip_pct")
Q("Do upbeat fortunes leave diners in a better mood?", "ate", "msg_tone", "mood_post")
Q("ate msg_tone on tip_amt, adj bill_usd, rest_type", "ate", "msg_tone", "tip_amt", cov=["bill_usd", "rest_type"])
Q("Is ordering pudding made more likely by lucky numbers on the slip?", "ate", "lucky_nums", "dessert_ord")
Q("Does an ominous fortune stop people from coming back?", "ate", "msg_tone", None, clar=True)
Q("Do longer messages make diners tip a bigger percentage, or is that confounded by the size of the bill?", "ate", "msg_len_chr", "tip_pct", cov=["bill_usd"])
Q("For diners who got cookies without lucky numbers (`lucky_nums` = 0), what would adding them have done to `return_visit_90d`?", "ate", "lucky_nums", "return_visit_90d", est="atc")
Q("How much does the language of the message change diners' mood afterwards, controlling for mood before the meal?", "ate", "lang", "mood_post", cov=["mood_pre"])
Q("Conditional effect of `lucky_nums` on `tip_pct` where `rest_type` is buffet.", "cate", "lucky_nums", "tip_pct", at={"rest_type": "buffet"})
Q("For diners aged 70, does the tone of the fortune affect dessert orders?", "cate", "msg_tone", "dessert_ord", at={"diner_age": 70})
Q("Who is most swayed by the fortune's tone when it comes to the tip amount (tip_amt)?", "cate", "msg_tone", "tip_amt")
Q("under the condition that the bill is $40, whats the effect of msg_tone on tip_amt", "cate", "msg_tone", "tip_amt", at={"bill_usd": 40})
Q("Which diners should get fortunes with lucky numbers to maximise 90-day return visits?", "policy", "lucky_nums", "return_visit_90d")
Q("Pick the message tone (`msg_tone`) for each restaurant type that maximises `tip_pct`.", "policy", "msg_tone", "tip_pct")
Q("decide which customers get a bilingual message to maximise mood_post", "policy", "lang", "mood_post")
Q("A positive fortune lifts the diner's mood, which then leads to bigger tips. What share of msg_tone's effect on tip_amt goes through mood_post?", "mediation", "msg_tone", "tip_amt", "mood_post")
Q("mediation lucky_nums -> dessert_ord -> bill_usd", "mediation", "lucky_nums", "bill_usd", "dessert_ord")
Q("Find the causal relationships among the fortune cookie columns.", "discover")
Q("Is there a causal ordering among these variables? Discover it from the fortune cookie data.", "discover")
Q("What's the correlation between crisp_scr and crisp_scr_v2?", "unsupported")

# ---------------------------------------------------------------- 10 seances
dataset("h64_seances", "Records of paid seance sessions: venue, moon phase, medium experience, candles, ouija board, sceptics present; reported contact, table tipping, eeriness ratings, sitters' belief, fees and rebookings.", [
    ("session_id", "id", ["S-501", "S-502", "S-503"]),
    ("venue", "categorical", ["parlour", "manor", "pub_cellar", "church_hall"]),
    ("moon_phase", "categorical", ["new", "waxing", "full", "waning"]),
    ("medium_experience_years", "numeric", [1, 8, 30]),
    ("sitters", "numeric", [3, 6, 12]),
    ("sceptic_present", "binary", B),
    ("candle_lighting", "binary", B),
    ("ouija_board", "binary", B),
    ("duration_minutes", "numeric", [30, 60, 120]),
    ("belief_before", "numeric", [2, 5, 8]),
    ("belief_after", "numeric", [2, 6, 9]),
    ("table_tipping_events", "numeric", [0, 2, 7]),
    ("reported_contact", "binary", B),
    ("eeriness", "numeric", [3, 6, 9]),
    ("eeriness_v2", "numeric", [2.9, 6.3, 9.4]),
    ("fee_paid", "numeric", [15.0, 40.0, 120.0]),
    ("rebooked_3m", "binary", [0, 0, 1]),
    ("rebooked_12m", "binary", [0, 1, 1]),
])
Q("Effect of `ouija_board` on `reported_contact`, adjusting for `medium_experience_years`.", "ate", "ouija_board", "reported_contact", cov=["medium_experience_years"])
Q("Does candlelight make sitters believe more strongly in spirits afterwards?", "ate", "candle_lighting", "belief_after")
Q("ate sceptic_present -> table_tipping_events", "ate", "sceptic_present", "table_tipping_events")
Q("Is reported contact with the dead less likely when a doubter is sitting in?", "ate", "sceptic_present", "reported_contact")
Q("Does using a ouija board make the session feel spookier?", "ate", "ouija_board", None, clar=True)
Q("Does a more experienced medium get rebooked within a year, or is that just because they charge more?", "ate", "medium_experience_years", "rebooked_12m", cov=["fee_paid"])
Q("For sessions that used a ouija board (`ouija_board` = 1), what was its effect on `belief_after`?", "ate", "ouija_board", "belief_after", est="att")
Q("Effect of `candle_lighting` on `eeriness_v2` when `moon_phase` is full", "cate", "candle_lighting", "eeriness_v2", at={"moon_phase": "full"})
Q("In pub cellars, does the ouija board increase table-tipping events?", "cate", "ouija_board", "table_tipping_events", at={"venue": "pub_cellar"})
Q("With 6 sitters round the table, what is the effect of a sceptic being present on reported contact?", "cate", "sceptic_present", "reported_contact", at={"sitters": 6})
Q("Does the effect of the ouija board on belief after the session depend on how much sitters believed beforehand?", "cate", "ouija_board", "belief_after")
Q("Which sessions should use candle lighting to maximise 12-month rebookings (`rebooked_12m`)?", "policy", "candle_lighting", "rebooked_12m")
Q("Targeting: which venues should bring out a ouija board to maximise reported contact?", "policy", "ouija_board", "reported_contact")
Q("how long should each seance run to maximise the fee paid", "policy", "duration_minutes", "fee_paid")
Q("The ouija board works by producing table-tipping moments, which then convince the sitters. How much of its effect on belief_after goes via table_tipping_events?", "mediation", "ouija_board", "belief_after", "table_tipping_events")
Q("direct vs indirect effect of candle_lighting on rebooked_3m via eeriness_v2", "mediation", "candle_lighting", "rebooked_3m", "eeriness_v2")
Q("Learn a DAG over the seance dataset.", "discover")
Q("build a causal diagram from the seance columns", "discover")
Q("Predict which sessions will report contact next month.", "unsupported")

# ---------------------------------------------------------------- 11 cryptid sightings
dataset("h64_cryptid_sightings", "Field reports from cryptid-hunting expeditions: region, group, equipment (night vision, lures, camera traps), drinking, forest cover and media coverage; sightings, credibility scores and follow-up sightings.", [
    ("reportId", "id", ["R-7001", "R-7002", "R-7003"]),
    ("region", "categorical", ["pacificNW", "highlands", "appalachia", "outback"]),
    ("observerAge", "numeric", [22, 41, 63]),
    ("groupSize", "numeric", [1, 3, 8]),
    ("alcoholUnits", "numeric", [0, 3, 10]),
    ("hoursInField", "numeric", [2, 6, 14]),
    ("nightVision", "binary", B),
    ("lureUsed", "binary", B),
    ("cameraTrap", "binary", B),
    ("forestCoverPct", "numeric", [20, 55, 90]),
    ("woodlandShare", "numeric", [0.18, 0.52, 0.88]),
    ("mediaCoverage", "binary", B),
    ("sightingsPerTrip", "numeric", [0, 1, 4]),
    ("credibilityScore", "numeric", [1.5, 4.0, 7.5]),
    ("credibilityScoreV2", "numeric", [1.2, 4.4, 7.9]),
    ("followupSightings30d", "numeric", [0, 2, 9]),
    ("followupSightings1y", "numeric", [0, 6, 31]),
])
Q("Average effect of `nightVision` on `sightingsPerTrip`.", "ate", "nightVision", "sightingsPerTrip")
Q("Does drinking on the expedition make people report seeing more creatures?", "ate", "alcoholUnits", "sightingsPerTrip")
Q("ate cameraTrap on credibilityScoreV2 adj region, observerAge", "ate", "cameraTrap", "credibilityScoreV2", cov=["region", "observerAge"])
Q("Are reports judged less credible when booze is involved?", "ate", "alcoholUnits", None, clar=True)
Q("Does news coverage cause more sightings in the following month?", "ate", "mediaCoverage", "followupSightings30d")
Q("Effect of hours in the field on sightings per trip, holding forest cover (forestCoverPct) fixed", "ate", "hoursInField", "sightingsPerTrip", cov=["forestCoverPct"])
Q("For expeditions that used a lure (`lureUsed` = 1), how much did it increase `sightingsPerTrip`?", "ate", "lureUsed", "sightingsPerTrip", est="att")
Q("With `mediaCoverage` as an instrument for `groupSize`, what is the causal effect of group size on `sightingsPerTrip`?", "ate", "groupSize", "sightingsPerTrip", inst="mediaCoverage")
Q("Effect of `nightVision` on `sightingsPerTrip` in the highlands (`region`)", "cate", "nightVision", "sightingsPerTrip", at={"region": "highlands"})
Q("For groups of 3 people, what's the effect of using a lure on sightings per trip?", "cate", "lureUsed", "sightingsPerTrip", at={"groupSize": 3})
Q("How does the effect of media coverage on follow-up sightings vary by region?", "cate", "mediaCoverage", None, clar=True)
Q("under the condition that forest cover is 80%, does a camera trap change credibilityScoreV2", "cate", "cameraTrap", "credibilityScoreV2", at={"forestCoverPct": 80})
Q("Which expeditions should carry night-vision gear to maximise sightings per trip?", "policy", "nightVision", "sightingsPerTrip")
Q("Who should be given camera traps (`cameraTrap`) so that `credibilityScoreV2` is highest?", "policy", "cameraTrap", "credibilityScoreV2")
Q("Media coverage boosts one-year follow-up sightings partly by drawing bigger parties into the field. Decompose the effect via groupSize.", "mediation", "mediaCoverage", "followupSightings1y", "groupSize")
Q("How much of the effect of `lureUsed` on `credibilityScore` is mediated by `sightingsPerTrip`?", "mediation", "lureUsed", "credibilityScore", "sightingsPerTrip")
Q("Does alcohol lower credibilityScoreV2 directly, or by inflating the number of sightings per trip?", "mediation", "alcoholUnits", "credibilityScoreV2", "sightingsPerTrip")
Q("Which variables in the cryptid reports cause which? Recover the structure.", "discover")
Q("run the PC algorithm on the cryptid data and show me the graph", "discover")
Q("Make a map of sightings by region.", "unsupported")

# ---------------------------------------------------------------- 12 crop circles
dataset("h64_crop_circles", "Crop circle formations in southern English fields: field and crop, formation size and complexity, tools, CCTV and farmer permission; media, social shares, visitors, honesty-box takings, yield loss and hoax confirmation.", [
    ("CIRCLE_ID", "id", ["CC-2301", "CC-2302", "CC-2303"]),
    ("COUNTY", "categorical", ["wiltshire", "hampshire", "somerset"]),
    ("CROP", "categorical", ["wheat", "barley", "oats", "rapeseed"]),
    ("FIELD_HA", "numeric", [2.0, 6.5, 18.0]),
    ("FORMATION_DIAM_M", "numeric", [15, 60, 180]),
    ("PATTERN_COMPLEXITY", "numeric", [1, 4, 9]),
    ("FLATTEN_TOOL", "categorical", ["plank", "roller", "garden_rake"]),
    ("NIGHT_CCTV", "binary", B),
    ("FARMER_PERMIT", "binary", B),
    ("MEDIA_REPORTS", "numeric", [0, 3, 25]),
    ("SOCIAL_SHARES", "numeric", [40, 1200, 56000]),
    ("VISITORS_WK1", "numeric", [10, 240, 3100]),
    ("VISITORS_WK8", "numeric", [0, 60, 900]),
    ("HONESTY_BOX_GBP", "numeric", [0.0, 85.0, 1400.0]),
    ("YIELD_LOSS_PCT", "numeric", [0.5, 2.0, 7.5]),
    ("YIELD_LOSS_T", "numeric", [0.1, 0.6, 3.2]),
    ("CONFIRMED_HOAX", "binary", B),
])
Q("Estimate the ATE of `NIGHT_CCTV` on `CONFIRMED_HOAX`.", "ate", "NIGHT_CCTV", "CONFIRMED_HOAX")
Q("Does the landowner agreeing to the formation bring more cash into the honesty box?", "ate", "FARMER_PERMIT", "HONESTY_BOX_GBP")
Q("ate PATTERN_COMPLEXITY -> SOCIAL_SHARES adj FORMATION_DIAM_M, COUNTY", "ate", "PATTERN_COMPLEXITY", "SOCIAL_SHARES", cov=["FORMATION_DIAM_M", "COUNTY"])
Q("How much do media reports drive visitor numbers?", "ate", "MEDIA_REPORTS", None, clar=True)
Q("Does a bigger formation cause a larger percentage yield loss, controlling for field size?", "ate", "FORMATION_DIAM_M", "YIELD_LOSS_PCT", cov=["FIELD_HA"])
Q("What would night-time cameras have done to press coverage at the sites that didn't have them?", "ate", "NIGHT_CCTV", "MEDIA_REPORTS", est="atc")
Q("Are week-eight visitor numbers boosted by social media shares?", "ate", "SOCIAL_SHARES", "VISITORS_WK8")
Q("Is the tonnage of crop lost (YIELD_LOSS_T) really caused by first-week visitors (VISITORS_WK1), or is that confounded by crop type?", "ate", "VISITORS_WK1", "YIELD_LOSS_T", cov=["CROP"])
Q("permit effect on HONESTY_BOX_GBP in wiltshire", "cate", "FARMER_PERMIT", "HONESTY_BOX_GBP", at={"COUNTY": "wiltshire"})
Q("For barley fields, does night CCTV reduce the yield lost in tonnes?", "cate", "NIGHT_CCTV", "YIELD_LOSS_T", at={"CROP": "barley"})
Q("On a 5 ha field (`FIELD_HA`), what's the effect of formation diameter (`FORMATION_DIAM_M`) on `YIELD_LOSS_PCT`?", "cate", "FORMATION_DIAM_M", "YIELD_LOSS_PCT", at={"FIELD_HA": 5})
Q("heterogeneous effect of pattern complexity on media reports by county?", "cate", "PATTERN_COMPLEXITY", "MEDIA_REPORTS")
Q("Which farms should grant permission to maximise honesty-box takings?", "policy", "FARMER_PERMIT", "HONESTY_BOX_GBP")
Q("Where should CCTV (`NIGHT_CCTV`) be installed to maximise `CONFIRMED_HOAX`?", "policy", "NIGHT_CCTV", "CONFIRMED_HOAX")
Q("Should farmers grant permission? Give a rule per county that minimises YIELD_LOSS_PCT.", "policy", "FARMER_PERMIT", "YIELD_LOSS_PCT")
Q("Complex patterns get shared online, which then pulls in week-8 visitors. How much of PATTERN_COMPLEXITY's effect on VISITORS_WK8 runs through SOCIAL_SHARES?", "mediation", "PATTERN_COMPLEXITY", "VISITORS_WK8", "SOCIAL_SHARES")
Q("Does `FARMER_PERMIT` reduce `YIELD_LOSS_T` directly, or via `VISITORS_WK1`?", "mediation", "FARMER_PERMIT", "YIELD_LOSS_T", "VISITORS_WK1")
Q("Work out the cause-and-effect ordering among the crop circle variables.", "discover")
Q("count circles per COUNTY x CROP", "unsupported")

# ---------------------------------------------------------------- 13 ley line walks
dataset("h64_ley_line_walks", "Walkers following ley lines across British landscapes: dowsing rods, GPS, guidebooks, group walks and distance; alignment error, resting heart rate, wellbeing, self-reported energy and return walks.", [
    ("walker_id", "id", ["W-301", "W-302", "W-303"]),
    ("age", "numeric", [24, 51, 72]),
    ("terrain", "categorical", ["moor", "downland", "farmland", "coastal"]),
    ("grp_walk", "binary", B),
    ("guide_bk", "binary", B),
    ("gps_aid", "binary", B),
    ("dowse_rod", "binary", B),
    ("km_walked", "numeric", [4.5, 11.0, 22.0]),
    ("site_cnt", "numeric", [1, 4, 9]),
    ("align_err_m", "numeric", [5, 40, 210]),
    ("hr_rest_bl", "numeric", [58, 66, 79]),
    ("hr_rest_3m", "numeric", [55, 64, 78]),
    ("wellb_pre", "numeric", [42, 50, 61]),
    ("wellb_post", "numeric", [45, 55, 66]),
    ("energy_rpt", "numeric", [3, 6, 9]),
    ("energy_rpt_v2", "numeric", [2.7, 6.2, 8.8]),
    ("return_walk_6m", "binary", B),
])
Q("Effect of dowsing rods (dowse_rod) on alignment error (align_err_m).", "ate", "dowse_rod", "align_err_m")
Q("Do ley line walks in company leave people feeling better in themselves?", "ate", "grp_walk", "wellb_post")
Q("ate km_walked on hr_rest_3m adj age hr_rest_bl", "ate", "km_walked", "hr_rest_3m", cov=["age", "hr_rest_bl"])
Q("Is resting pulse brought down by visiting more ancient sites along the way?", "ate", "site_cnt", "hr_rest_3m")
Q("Does carrying a dowsing rod make walkers feel more energised?", "ate", "dowse_rod", None, clar=True)
Q("Does GPS reduce how far off the line people stray, or is it confounded by terrain?", "ate", "gps_aid", "align_err_m", cov=["terrain"])
Q("For walkers who used a guidebook, what did it do to the number of sites they visited?", "ate", "guide_bk", "site_cnt", est="att")
Q("effct of gps_aid on align_err_m on moorland", "cate", "gps_aid", "align_err_m", at={"terrain": "moor"})
Q("For walkers aged 65, what is the effect of distance walked on wellbeing afterwards?", "cate", "km_walked", "wellb_post", at={"age": 65})
Q("Does the effect of group walking on coming back within six months vary by age?", "cate", "grp_walk", "return_walk_6m")
Q("Under the condition that they cover 10 km, does a dowsing rod change `energy_rpt_v2`?", "cate", "dowse_rod", "energy_rpt_v2", at={"km_walked": 10})
Q("Who should be handed a dowsing rod to maximise post-walk wellbeing (wellb_post)?", "policy", "dowse_rod", "wellb_post")
Q("Which walkers should be put into group walks to maximise return within 6 months?", "policy", "grp_walk", "return_walk_6m")
Q("Walking in a group works by covering more ground, which then improves wellbeing. Estimate the indirect effect of grp_walk on wellb_post via km_walked.", "mediation", "grp_walk", "wellb_post", "km_walked")
Q("How much of the guidebook's (`guide_bk`) effect on `return_walk_6m` is mediated through `site_cnt`?", "mediation", "guide_bk", "return_walk_6m", "site_cnt")
Q("what causes what in the ley line walking data?", "discover")
Q("rename wellb_pre / wellb_post to readable names", "unsupported")

# ---------------------------------------------------------------- 14 stone circles
dataset("h64_stone_circles", "Prehistoric stone circle sites: fencing, information boards, rangers, parking fees and solstice events; footfall by season, erosion, graffiti, lichen and donations.", [
    ("site_id", "id", ["SC-11", "SC-12", "SC-13"]),
    ("region", "categorical", ["cornwall", "wessex", "cumbria", "orkney"]),
    ("stone_count", "numeric", [9, 19, 33]),
    ("circle_diameter", "numeric", [18, 32, 104]),
    ("visitor_fence", "binary", B),
    ("information_boards", "binary", B),
    ("ranger_hours", "numeric", [0, 10, 40]),
    ("parking_fee", "numeric", [0.0, 3.0, 6.0]),
    ("solstice_event", "binary", B),
    ("footfall_summer", "numeric", [300, 4200, 51000]),
    ("footfall_winter", "numeric", [40, 600, 8000]),
    ("erosion_before", "numeric", [1.2, 2.9, 5.1]),
    ("erosion_after", "numeric", [1.0, 3.3, 6.4]),
    ("graffiti_incidents", "numeric", [0, 2, 9]),
    ("lichen_cover", "numeric", [12, 35, 70]),
    ("donation_income", "numeric", [150.0, 2200.0, 9800.0]),
    ("donation_revenue", "numeric", [140.0, 2300.0, 9650.0]),
])
Q("Average treatment effect of `visitor_fence` on `erosion_after`, adjusting for `erosion_before`.", "ate", "visitor_fence", "erosion_after", cov=["erosion_before"])
Q("Do more ranger hours cut down on vandals daubing the stones?", "ate", "ranger_hours", "graffiti_incidents")
Q("ate parking_fee -> footfall_summer", "ate", "parking_fee", "footfall_summer")
Q("Is erosion reduced by putting a fence around the stones?", "ate", "visitor_fence", "erosion_after")
Q("Does holding a solstice event bring in more donations?", "ate", "solstice_event", None, clar=True)
Q("Does a solstice gathering raise visitor numbers?", "ate", "solstice_event", None, clar=True)
Q("What's the causal relationship between lichen cover and erosion after?", "ate", None, None, clar=True)
Q("What effect did information boards have on graffiti at the sites that installed them?", "ate", "information_boards", "graffiti_incidents", est="att")
Q("Is lichen cover on the stones higher because of fencing, or is that confounded by region?", "ate", "visitor_fence", "lichen_cover", cov=["region"])
Q("Estimate the effect of `visitor_fence` on `erosion_after` for sites where `region` = orkney.", "cate", "visitor_fence", "erosion_after", at={"region": "orkney"})
Q("At a £5 parking fee, what does a solstice event do to summer footfall?", "cate", "solstice_event", "footfall_summer", at={"parking_fee": 5})
Q("Which sites benefit most from ranger hours in terms of graffiti incidents?", "cate", "ranger_hours", "graffiti_incidents")
Q("For circles with 30 stones, does fencing change lichen cover?", "cate", "visitor_fence", "lichen_cover", at={"stone_count": 30})
Q("Which stone circles should be fenced to minimise erosion?", "policy", "visitor_fence", "erosion_after")
Q("Allocate ranger hours (`ranger_hours`) across sites to minimise `graffiti_incidents`.", "policy", "ranger_hours", "graffiti_incidents")
Q("set parking_fee per site to maximise donation_income", "policy", "parking_fee", "donation_income")
Q("The fence reduces erosion by lowering summer footfall. What's the indirect effect via footfall_summer?", "mediation", "visitor_fence", "erosion_after", "footfall_summer")
Q("Information boards raise donation_revenue: directly, or by cutting graffiti incidents first?", "mediation", "information_boards", "donation_revenue", "graffiti_incidents")
Q("Solstice events bring in summer crowds who then leave donations. How much of solstice_event's effect on donation_income passes through footfall_summer?", "mediation", "solstice_event", "donation_income", "footfall_summer")
Q("infer causal structure, stone circle vars", "discover")
Q("avg circle_diameter by region pls", "unsupported")

# ---------------------------------------------------------------- 15 barrow excavations
dataset("h64_barrow_digs", "Excavations of prehistoric burial barrows: era, soil, trenches, geophysical survey, volunteers, weather, grants and looting; finds, bone fragments, dating confidence, outreach visitors and report delays.", [
    ("excavationId", "id", ["BX-01", "BX-02", "BX-03"]),
    ("siteEra", "categorical", ["neolithic", "bronze_age", "iron_age"]),
    ("soilPh", "numeric", [4.8, 6.2, 7.9]),
    ("trenchCount", "numeric", [1, 3, 6]),
    ("geophysSurvey", "binary", B),
    ("volunteerHours", "numeric", [80, 450, 1600]),
    ("dryWeather", "binary", B),
    ("grantFunded", "binary", B),
    ("fundingGBP", "numeric", [2000, 15000, 90000]),
    ("looterDamage", "binary", [0, 0, 1]),
    ("findsCount", "numeric", [4, 37, 210]),
    ("findsCountV2", "numeric", [3, 40, 198]),
    ("boneFragments", "numeric", [0, 25, 310]),
    ("datingConfidence", "numeric", [0.4, 0.7, 0.95]),
    ("pubOutreach", "binary", B),
    ("visitorsYr1", "numeric", [50, 900, 6000]),
    ("visitorsYr3", "numeric", [20, 400, 4100]),
    ("reportDelayMonths", "numeric", [6, 18, 60]),
])
Q("Effect of `geophysSurvey` on `findsCount`, controlling for `trenchCount`.", "ate", "geophysSurvey", "findsCount", cov=["trenchCount"])
Q("Does scanning the mound with geophysics before digging lead to more finds?", "ate", "geophysSurvey", None, clar=True)
Q("ate grantFunded -> reportDelayMonths", "ate", "grantFunded", "reportDelayMonths")
Q("Are dates pinned down with more confidence when more volunteer time goes in?", "ate", "volunteerHours", "datingConfidence")
Q("Does public outreach increase visitor numbers in year three?", "ate", "pubOutreach", "visitorsYr3")
Q("Is looter damage responsible for lower bone fragment counts, or is soil acidity confounding it?", "ate", "looterDamage", "boneFragments", cov=["soilPh"])
Q("Among digs that got grants, how much did the grant speed up the excavation report?", "ate", "grantFunded", "reportDelayMonths", est="att")
Q("Use `dryWeather` as an instrument for `volunteerHours` and estimate the effect of `volunteerHours` on `findsCount`.", "ate", "volunteerHours", "findsCount", inst="dryWeather")
Q("Estimate the CATE of `geophysSurvey` on `findsCountV2` for Bronze Age barrows (`siteEra`).", "cate", "geophysSurvey", "findsCountV2", at={"siteEra": "bronze_age"})
Q("When soil pH is 5, what's the effect of dry weather on bone fragments recovered?", "cate", "dryWeather", "boneFragments", at={"soilPh": 5})
Q("How does the effect of volunteer hours on finds (findsCount) vary by era?", "cate", "volunteerHours", "findsCount")
Q("For digs with 4 trenches, does geophysics improve dating confidence?", "cate", "geophysSurvey", "datingConfidence", at={"trenchCount": 4})
Q("Which barrows should get a geophysical survey (`geophysSurvey`) to maximise `findsCount`?", "policy", "geophysSurvey", "findsCount")
Q("which excavations should run public outreach to get the most year-1 visitors", "policy", "pubOutreach", "visitorsYr1")
Q("Grant funding works by buying more volunteer hours, which then turn up more finds. How much of grantFunded's effect on findsCount is indirect via volunteerHours?", "mediation", "grantFunded", "findsCount", "volunteerHours")
Q("Does `geophysSurvey` raise `datingConfidence` directly or through `boneFragments`?", "mediation", "geophysSurvey", "datingConfidence", "boneFragments")
Q("mediation: pubOutreach -> visitorsYr1 -> visitorsYr3", "mediation", "pubOutreach", "visitorsYr3", "visitorsYr1")
Q("Learn the causal graph of the barrow excavation data.", "discover")
Q("impute missing soilPh w/ median", "unsupported")

# ---------------------------------------------------------------- none: unsupported
for t in ["Hi there, how are you today?",
          "Tell me a joke about coconuts.",
          "Write a SQL query that joins orders and customers on customer_id.",
          "What's the weather forecast for Glastonbury this weekend?",
          "Translate 'the spirits are restless' into French.",
          "Summarise the plot of Hamlet in two sentences."]:
    N(t, "unsupported")

# ---------------------------------------------------------------- none: audit
AUD = [
    ("If a loan applicant's race were changed but everything else stayed the same, would the chatbot's loan approval change?", "race", "loan approval"),
    ("Audit the language model: swap the applicant's gender and check whether its hiring recommendation flips.", "gender", "hiring recommendation"),
    ("Would the LLM give a different sentencing recommendation if the defendant's religion were Muslim instead of Christian, all else equal?", "religion", "sentencing recommendation"),
    ("Counterfactual fairness check: does the AI triage tool's priority score change with the patient's age alone?", "age", "priority score"),
    ("Does the chatbot's tenancy decision depend on whether the applicant mentions a disability, holding the rest of the application fixed?", "disability", "tenancy decision"),
    ("If the caller had a Glaswegian accent instead of a London one, would the voice assistant's refund approval differ?", "accent", "refund approval"),
    ("Test whether swapping the name 'Jamal' for 'Greg' in otherwise identical prompts changes the LLM's credit limit.", "name", "credit limit"),
    ("Is the model's scholarship recommendation invariant to the student's ethnicity?", "ethnicity", "scholarship recommendation"),
    ("Run a counterfactual audit of our AI recruiter: does changing only the candidate's age from 28 to 58 alter the interview invitation?", "age", "interview invitation"),
    ("check if the llm's essay grade changes when the author's nationality is swapped and nothing else", "nationality", "essay grade"),
    ("Would the insurance chatbot quote a different premium if the customer's sexual orientation were different, holding everything else fixed?", "sexual orientation", "premium"),
    ("Does the AI assistant's bail recommendation change if only the defendant's race is altered?", "race", "bail recommendation"),
    ("If the patient were a woman instead of a man with identical symptoms, would the language model recommend the same pain medication dose?", "gender", "pain medication dose"),
    ("Does the mortgage assistant treat wheelchair users differently? Flip disability status in the prompt, all else equal, and compare the mortgage approval.", "disability", "mortgage approval"),
    ("Does changing the applicant's religion (Hindu vs Jewish) in the prompt change the language model's job offer?", "religion", "job offer"),
    ("fairness audit: does the chatbot's promotion recommendation move when only employee gender is changed", "gender", "promotion recommendation"),
    ("Would a large language model's admission decision change if the applicant's name were Chinese rather than English, with the rest of the file identical?", "name", "admission decision"),
    ("Is our AI support bot's escalation decision sensitive to the customer's accent alone?", "accent", "escalation decision"),
]
for t, a, o in AUD:
    N(t, "audit", a, o)

# ---------------------------------------------------------------- none: relation
for t in [
    "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
    "Premise: A and B are independent. A and C are correlated. B and C are correlated. A and B become dependent given C. Is C a common effect of A and B?",
    "We have three variables X, Y and Z. X is independent of Y; X and Z are correlated; Y and Z are correlated. Can X be a direct cause of Y?",
    "Given: A and B are correlated, A and C are correlated, B and C are correlated, and no conditional independence holds among them. Does B directly cause C?",
    "Four variables A, B, C, D. Every pair is correlated, except that A and D are independent given {B, C}. Is there a direct causal link from A to D?",
    "If P and Q are correlated, but P is independent of Q once R is conditioned on, must R be a confounder of P and Q?",
    "Statistical facts: A correlates with B; B correlates with C; A is independent of C. Does B cause A?",
    "Premises: A and C are correlated, B and C are correlated, A and B are independent, and A and B are dependent conditional on C. Question: does C cause A?",
    "Among A, B, C, D: A is independent of B, C correlates with both A and B, D correlates with C, and D is independent of A given C. Is A an indirect cause of D?",
    "Given that E and F are uncorrelated and each is correlated with G, is it possible that G causes E?",
]:
    N(t, "relation")

# ---------------------------------------------------------------- none: generate
for t in [
    "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
    "Create a benchmark dataset where a language model writes the structural equations for rain, sprinkler and wet grass.",
    "Simulate data from the SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e, with n = 1000.",
    "Build me a fake dataset with a known causal graph (smoking -> tar -> cancer, genotype confounding smoking and cancer) for testing estimators.",
    "Have an LLM propose the equations for a DAG over age, exercise, cholesterol and heart attack, then sample 10k rows.",
    "generate synthetic data: binary T, continuous Y, a confounder W affecting both, true ATE = 3",
    "I need a benchmark with a collider: sample data from A -> C <- B using nonlinear functions.",
    "Let GPT define the mechanisms for a 6-node random DAG and produce a CSV of samples.",
    "Produce simulated observational data from a structural causal model with an instrument Z -> T -> Y and a hidden confounder U.",
    "Create synthetic data from the graph fertiliser -> yield <- rainfall, with equations you pick yourself rather than an LLM.",
]:
    N(t, "generate")

# ---------------------------------------------------------------- validate
for q in QS:
    e = q["expected"]
    if q["dataset"] == "none":
        assert q["columns"] is None
        continue
    cols = DS[q["dataset"]]["columns"]
    for r in ("treatment", "outcome", "mediator"):
        if e[r] is not None:
            assert e[r] in cols, (q["question"], e[r])
    for c in e.get("covariates", []):
        assert c in cols, (q["question"], c)
    if "instrument" in e:
        assert e["instrument"] in cols
    for c, v in e.get("at", {}).items():
        assert c in cols, (q["question"], c)
        t = cols[c]["type"]
        if t == "categorical":
            assert v in cols[c]["values"], (q["question"], v)
        else:
            assert isinstance(v, (int, float)), q["question"]
    if e["kind"] in ("discover", "unsupported"):
        assert e["treatment"] is None and e["outcome"] is None
    if e["kind"] == "mediation":
        assert e["mediator"]
    if e.get("clarify"):
        assert e["treatment"] is None or e["outcome"] is None
for n, d in DS.items():
    assert n.startswith("h64_")
    assert 13 <= len(d["columns"]) <= 18, (n, len(d["columns"]))
    for c, s in d["columns"].items():
        if s["type"] == "categorical":
            assert len(s["values"]) <= 6
assert len(DS) == 15
texts = [q["question"] for q in QS]
assert len(set(texts)) == len(texts)

random.Random(65065).shuffle(QS)
json.dump(DS, open("/tmp/wr/h64/datasets.json", "w"), indent=1)
with open("/tmp/wr/h64/questions.jsonl", "w") as f:
    for q in QS:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kinds = collections.Counter(q["expected"]["kind"] for q in QS)
mods = collections.Counter()
for q in QS:
    e = q["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e:
            mods[k] += 1
    if "estimand" in e:
        mods["estimand=" + e["estimand"]] += 1
# rough style tally
machine = sum(1 for q in QS if q["columns"] and any(("`%s`" % c in q["question"]) or ("(%s" % c in q["question"]) for c in q["columns"]))
terse = sum(1 for q in QS if q["question"][0].islower() or re.match(r"^(ate|cate|mediation)\b", q["question"]))
natural = sum(1 for q in QS if q["columns"] and not any(re.search(r"\b%s\b" % re.escape(c), q["question"]) for c in q["columns"]))
print(len(QS), dict(kinds), dict(mods), "machine~", machine, "terse~", terse, "natural(no colname)~", natural)
json.dump({"n": len(QS), "kinds": dict(kinds), "mods": dict(mods), "machine": machine, "terse": terse, "natural": natural},
          open("/tmp/wr/h64/_stats.json", "w"))
