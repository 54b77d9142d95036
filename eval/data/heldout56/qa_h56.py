"""Questions for datasets 1-5."""
from common_h56 import Q

D = "h56_geocache_clubs"
Q(D, "ate", "Estimate the average treatment effect of `mentorProgram` on `findsPerMemberPost`, adjusting for `memberCount` and `region`.",
  "mentorProgram", "findsPerMemberPost", cov=["memberCount", "region"])
Q(D, "ate", "Do clubs that pair newcomers with experienced cachers end up logging more finds per person afterwards?",
  "mentorProgram", "findsPerMemberPost")
Q(D, "ate", "ate newsletterWeekly -> retention12m", "newsletterWeekly", "retention12m")
Q(D, "ate", "Does sending a weekly newsletter keep members around?", "newsletterWeekly", None, clar=True)
Q(D, "ate", "How much does hosting more meet-ups each month lift the number of caches a club hides?",
  "eventsPerMonth", "cachesHidden")
Q(D, "ate", "Is one-year retention really improved by the mentoring scheme, or is that just because bigger clubs run mentoring? Control for memberCount.",
  "mentorProgram", "retention12m", cov=["memberCount"])
Q(D, "ate", "What is the effect of cache difficulty ratings on retention12m?", None, "retention12m", clar=True)
Q(D, "ate", "What's the average effect of the mentor programme on finds per member among the clubs that actually ran it?",
  "mentorProgram", "findsPerMemberPost", est="att")
Q(D, "cate", "mentorProgram effect on retention12m, urbanClub=1 only",
  "mentorProgram", "retention12m", at={"urbanClub": 1})
Q(D, "cate", "Among clubs in the North region, does the weekly newsletter change 6-month retention?",
  "newsletterWeekly", "retention6m", at={"region": "North"})
Q(D, "cate", "For which kinds of clubs does mentoring boost finds per member the most?",
  "mentorProgram", "findsPerMemberPost")
Q(D, "cate", "how does the effect of eventsPerMonth on retention12m vary with avgMemberAge",
  "eventsPerMonth", "retention12m")
Q(D, "policy", "Which clubs should launch a mentor program if we want to maximise 12-month retention?",
  "mentorProgram", "retention12m")
Q(D, "policy", "targeting rule: who gets newsletterWeekly, goal = findsPerMemberPost",
  "newsletterWeekly", "findsPerMemberPost")
Q(D, "mediation", "Mentoring seems to work by getting members to hide more caches, which then lifts everyone's finds. How much of mentorProgram's effect on findsPerMemberPost goes through cachesHidden?",
  "mentorProgram", "findsPerMemberPost", "cachesHidden")
Q(D, "mediation", "Split the effect of (newsletterWeekly) on (retention12m) into the direct part and the part mediated by (eventsPerMonth).",
  "newsletterWeekly", "retention12m", "eventsPerMonth")
Q(D, "discover", "Learn the causal graph among the geocaching club variables.")
Q(D, "discover", "What drives what in this club data? Work out which variables influence which.")
Q(D, "unsupported", "Plot memberCount by region as a boxplot.")

D = "h56_metal_detecting"
Q(D, "ate", "Estimate the ATE of `trn_wkshp` on `rpt_rate`, controlling for `n_mbr` and `cnty`.",
  "trn_wkshp", "rpt_rate", cov=["n_mbr", "cnty"])
Q(D, "ate", "Do clubs that register with the Portable Antiquities Scheme go on to dig up more objects?",
  "pas_reg", "fnds_12m")
Q(D, "ate", "pas_reg on rpt_ratio, ate, adj hrs_fld_wk", "pas_reg", "rpt_ratio", cov=["hrs_fld_wk"])
Q(D, "ate", "Does having written permission from farmers raise the number of fields members are allowed to search?",
  "lndown_agrmt", "perm_sites")
Q(D, "ate", "Is the effect of insurance cover (ins_cov) on member satisfaction real?", "ins_cov", None, clar=True)
Q(D, "ate", "How much do weekly field hours (hrs_fld_wk) increase finds over the following year (fnds_12m), holding baseline finds (fnds_bl) fixed?",
  "hrs_fld_wk", "fnds_12m", cov=["fnds_bl"])
Q(D, "ate", "Average effect of training workshops on 12-month find counts for the clubs that did not run workshops.",
  "trn_wkshp", "fnds_12m", est="atc")
Q(D, "ate", "would older detectors cut the number of finds? efect of dtctr_age_yr on fnds_12m", "dtctr_age_yr", "fnds_12m")
Q(D, "cate", "trn_wkshp -> rpt_rate, cnty = Norfolk", "trn_wkshp", "rpt_rate", at={"cnty": "Norfolk"})
Q(D, "cate", "For a club with 50 members, what does PAS registration do to the number of finds?",
  "pas_reg", "fnds_12m", at={"n_mbr": 50})
Q(D, "cate", "How does the workshop effect on the reporting rate (`rpt_rate`) differ across detector types (`dtctr_typ`)?",
  "trn_wkshp", "rpt_rate")
Q(D, "cate", "under the condition that the club holds insurance, does training change sat_scr_v2?",
  "trn_wkshp", "sat_scr_v2", at={"ins_cov": 1})
Q(D, "policy", "Which clubs should we prioritise for training workshops if the aim is to maximise the reporting rate (rpt_rate)?",
  "trn_wkshp", "rpt_rate")
Q(D, "policy", "We can help a limited number of clubs negotiate landowner agreements. Which ones would gain the most permitted sites?",
  "lndown_agrmt", "perm_sites")
Q(D, "mediation", "Does training raise reporting because it gets clubs to sign up to the PAS? Decompose trn_wkshp -> rpt_rate via pas_reg.",
  "trn_wkshp", "rpt_rate", "pas_reg")
Q(D, "mediation", "How much of the effect of landowner agreements on 12-month finds is mediated by the number of permitted sites?",
  "lndown_agrmt", "fnds_12m", "perm_sites")
Q(D, "discover", "Recover the causal structure among the metal detecting club columns.")
Q(D, "unsupported", "What's the mean fnds_12m per county?")

D = "h56_mudlarking_groups"
Q(D, "ate", "Does going out with a guide lead to more finds?", "guided", "finds_after")
Q(D, "ate", "Estimate the effect of `training` on `injuries_winter`, adjusting for `experience` and `river`.",
  "training", "injuries_winter", cov=["experience", "river"])
Q(D, "ate", "Are injuries reduced by safety training?", "training", None, clar=True)
Q(D, "ate", "ate of permit on recorded_share adj members", "permit", "recorded_share", cov=["members"])
Q(D, "ate", "How much does time spent on the foreshore (hours_foreshore) raise finds_after, holding finds_before fixed?",
  "hours_foreshore", "finds_after", cov=["finds_before"])
Q(D, "ate", "Is the link between lower tides and more finds causal, or just confounded by which river a group works? Estimate tide_height -> finds_after controlling for river.",
  "tide_height", "finds_after", cov=["river"])
Q(D, "ate", "What did guided outings do to the fraction of finds recorded (recorded_fraction) for the groups that had guides?",
  "guided", "recorded_fraction", est="att")
Q(D, "ate", "iv estimate: outings on finds_after, instrument walk_distance",
  "outings", "finds_after", iv="walk_distance")
Q(D, "cate", "Among Thames groups, what is the effect of holding a permit on finds?", "permit", "finds_after", at={"river": "Thames"})
Q(D, "cate", "How does the impact of guided trips on summer injuries vary with experience?", "guided", "injuries_summer")
Q(D, "cate", "effect of training on recorded_share when tide_height = 0.5", "training", "recorded_share", at={"tide_height": 0.5})
Q(D, "cate", "Among Severn groups, how does training affect injuries?", "training", None, at={"river": "Severn"}, clar=True)
Q(D, "policy", "Which mudlarking groups should be offered a guide so that finds are maximised?", "guided", "finds_after")
Q(D, "policy", "Design a rule for who should get safety training to minimise winter injuries.", "training", "injuries_winter")
Q(D, "policy", "who shld get permits? goal recorded_fraction", "permit", "recorded_fraction")
Q(D, "mediation", "Guides seem to work by keeping people out on the mud for longer, which then turns up more finds. How much of guided's effect on finds_after runs through hours_foreshore?",
  "guided", "finds_after", "hours_foreshore")
Q(D, "mediation", "direct vs indirect effect of permit on finds_after through outings", "permit", "finds_after", "outings")
Q(D, "discover", "Which variables in the mudlarking data cause which? Map out the dependencies.")
Q(D, "unsupported", "Clean up the river names and drop duplicate group_id rows.")

D = "h56_ventriloquist_acts"
Q(D, "ate", "Estimate the average causal effect of `vocalCoaching` on `audienceRatingPost`, controlling for `audienceRatingPre` and `yearsPerforming`.",
  "vocalCoaching", "audienceRatingPost", cov=["audienceRatingPre", "yearsPerforming"])
Q(D, "ate", "Does taking voice lessons make crowds enjoy the show more?", "vocalCoaching", "audienceRatingPost")
Q(D, "ate", "ate tvAppearance -> feePerShow", "tvAppearance", "feePerShow")
Q(D, "ate", "Does improvising get acts rebooked?", "usesImprov", None, clar=True)
Q(D, "ate", "What's the effect of a TV spot on social media followers for the acts that appeared on TV?",
  "tvAppearance", "socialFollowers", est="att")
Q(D, "ate", "How much does vocal coaching cut visible lip movement, measured by `lipMoveScoreV2`?", "vocalCoaching", "lipMoveScoreV2")
Q(D, "ate", "Does adding more dummies to the act raise what a performer can charge per booking?", "puppetCount", "feePerShow")
Q(D, "ate", "Is the 90-day rebooking rate improved by improv, or is that confounded by venue type? Adjust for venueType.",
  "usesImprov", "rebookRate90d", cov=["venueType"])
Q(D, "cate", "usesImprov effect on rebookRate90d, cruise gigs only", "usesImprov", "rebookRate90d", at={"venueType": "cruise"})
Q(D, "cate", "What does vocal coaching do to audienceRatingPost for acts with 5 years on stage?",
  "vocalCoaching", "audienceRatingPost", at={"yearsPerforming": 5})
Q(D, "cate", "Where does TV exposure pay off most in fees? Show the heterogeneity by venue.", "tvAppearance", "feePerShow")
Q(D, "cate", "For which acts does coaching improve rebooking most?", "vocalCoaching", None, clar=True)
Q(D, "policy", "Which acts should we send to vocal coaching to get the best audience ratings?", "vocalCoaching", "audienceRatingPost")
Q(D, "policy", "Targeting: who should be encouraged to improvise to maximise rebookRate30d?", "usesImprov", "rebookRate30d")
Q(D, "mediation", "Vocal coaching works by reducing lip movement, which then pleases audiences. How much of its effect on audienceRatingPost is via lipMoveScore?",
  "vocalCoaching", "audienceRatingPost", "lipMoveScore")
Q(D, "mediation", "Does TV exposure raise fees directly, or indirectly by growing the act's social following?",
  "tvAppearance", "feePerShow", "socialFollowers")
Q(D, "mediation", "How much of the effect of `usesImprov` on `rebookRate90d` is mediated by `audienceRatingPost`?",
  "usesImprov", "rebookRate90d", "audienceRatingPost")
Q(D, "discover", "Infer the causal DAG over the ventriloquist act features.")
Q(D, "discover", "Find out which of these act characteristics drive the others.")
Q(D, "unsupported", "Predict feePerShow for a new act with 3 puppets.")

D = "h56_ice_sculptors"
Q(D, "ate", "Estimate the ATE of `CNC_ASSIST` on `HRS_CARVE`, adjusting for `BLOCK_KG` and `EVENT_TYPE`.",
  "CNC_ASSIST", "HRS_CARVE", cov=["BLOCK_KG", "EVENT_TYPE"])
Q(D, "ate", "Do carvers who use a chainsaw get hurt more often?", "CHAINSAW_USE", "INJURY_FLAG")
Q(D, "ate", "Does CNC assistance improve the judges' score?", "CNC_ASSIST", None, clar=True)
Q(D, "ate", "effect of AMB_TEMP_F on MELT_RATE_3H", "AMB_TEMP_F", "MELT_RATE_3H")
Q(D, "ate", "How much does a warmer room speed up melting in the first hour?", "AMB_TEMP_F", "MELT_RATE_1H")
Q(D, "ate", "Are clients happier when a bigger team carves the piece? Control for CLIENT_SAT_PRE.",
  "TEAM_SIZE", "CLIENT_SAT_POST", cov=["CLIENT_SAT_PRE"])
Q(D, "ate", "What would computer-guided routing do to the fee earned by sculptors who never used it?",
  "CNC_ASSIST", "COMMISSION_USD", est="atc")
Q(D, "ate", "chainsaw use -> JUDGE_SCR_V2, or is it just experience? adj YRS_EXP",
  "CHAINSAW_USE", "JUDGE_SCR_V2", cov=["YRS_EXP"])
Q(D, "cate", "efect of CNC_ASSIST on COMMISSION_USD @ weddings", "CNC_ASSIST", "COMMISSION_USD", at={"EVENT_TYPE": "WEDDING"})
Q(D, "cate", "What is the effect of block weight on the three-hour melt rate at 40F?", "BLOCK_KG", "MELT_RATE_3H", at={"AMB_TEMP_F": 40})
Q(D, "cate", "For whom does chainsaw use raise injury risk most?", "CHAINSAW_USE", "INJURY_FLAG")
Q(D, "cate", "Under the condition that TEAM_SIZE = 3, what is the effect of CNC_ASSIST on HRS_CARVE?",
  "CNC_ASSIST", "HRS_CARVE", at={"TEAM_SIZE": 3})
Q(D, "policy", "Which sculptors should adopt CNC assistance to maximise client satisfaction?", "CNC_ASSIST", "CLIENT_SAT_POST")
Q(D, "policy", "Who should be issued chainsaws if we want as few injuries as possible?", "CHAINSAW_USE", "INJURY_FLAG")
Q(D, "policy", "best rule for assigning CNC_ASSIST to maximise COMMISSION_USD", "CNC_ASSIST", "COMMISSION_USD")
Q(D, "mediation", "CNC helps by cutting carving hours, which then raises commission. How much of CNC_ASSIST -> COMMISSION_USD is via HRS_CARVE?",
  "CNC_ASSIST", "COMMISSION_USD", "HRS_CARVE")
Q(D, "mediation", "Decompose the effect of AMB_TEMP_F on JUDGE_SCR into the part through MELT_RATE_1H and the rest.",
  "AMB_TEMP_F", "JUDGE_SCR", "MELT_RATE_1H")
Q(D, "discover", "Find the causal structure among the ice sculpture variables.")
Q(D, "unsupported", "Summarise COMMISSION_USD: mean, median and standard deviation.")
