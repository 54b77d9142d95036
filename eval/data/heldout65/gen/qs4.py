from qs1 import q, Q

# ---------------- lighthouse
d = "h65_lighthouse"
q(d, "Estimate the ATE of `radio_ct` on `phq9_fu`, adjusting for `phq9_bl` and `isol_idx`.", "ate", "radio_ct", "phq9_fu", cov=["isol_idx", "phq9_bl"])
q(d, "Did having their family living at the station leave keepers less depressed?", "ate", "fam_res", "phq9_fu")
q(d, "auto_lmp -> lamp_outg", "ate", "auto_lmp", "lamp_outg")
q(d, "Does the light going dark lead to more ships wrecked over a decade?", "ate", "lamp_outg", "wreck_10y")
q(d, "Do longer shifts hurt keepers' sleep?", "ate", "shift_hrs", None, clar=True)
q(d, "Is the higher depression score in keepers exposed to mercury a causal effect, or is it confounded by era?", "ate", "merc_exp", "phq9_fu", cov=["era"])
q(d, "effect of automated lamp on wreck_5y among the stations that were automated", "ate", "auto_lmp", "wreck_5y", est="att")
q(d, "shift_hrs on slp_hrs controlling for wthr_dys", "ate", "shift_hrs", "slp_hrs", cov=["wthr_dys"])
q(d, "For rock stations, what is the effect of radio_ct on phq9_fu?", "cate", "radio_ct", "phq9_fu", at={"stn_cd": "rock"})
q(d, "In the pre-1900 era, did mercury exposure affect how well keepers slept (slp_qual)?", "cate", "merc_exp", "slp_qual", at={"era": "pre1900"})
q(d, "With 60 storm days a year, what does automation do to lamp outages?", "cate", "auto_lmp", "lamp_outg", at={"wthr_dys": 60})
q(d, "How does the family-residence effect on phq9_fu change with years of service?", "cate", "fam_res", "phq9_fu")
q(d, "Which keepers should get a radio link to the mainland to keep depression down at follow-up?", "policy", "radio_ct", "phq9_fu")
q(d, "Allocate family residence (fam_res) to keepers to maximise slp_hrs.", "policy", "fam_res", "slp_hrs")
q(d, "which stations should be automated to cut wreck_10y", "policy", "auto_lmp", "wreck_10y")
q(d, "How much of the effect of auto_lmp on wreck_10y goes through lamp_outg?", "mediation", "auto_lmp", "wreck_10y", "lamp_outg")
q(d, "Isolation drags mood down, which then ruins sleep. Estimate the mediation of isol_idx on slp_qual via phq9_fu.", "mediation", "isol_idx", "slp_qual", "phq9_fu")
q(d, "How much of radio contact's effect on the keepers' depression runs through their sleep?", "mediation", "radio_ct", "phq9_fu", None, clar=True)
q(d, "discover causal structure: lighthouse keepers data", "discover")
q(d, "Build the causal graph linking isolation, sleep, mood and wrecks in the keepers' records.", "discover")

# ---------------- beachcomb
d = "h65_beachcomb"
q(d, "Estimate the ATE of `stormAfter` on `seaGlassCountV2`, adjusting for `beachType` and `hoursPerTrip`.", "ate", "stormAfter", "seaGlassCountV2", cov=["beachType", "hoursPerTrip"])
q(d, "Does checking the tide tables help people find more sea glass?", "ate", "tideChart", None, clar=True)
q(d, "tripsPerMo -> sunburn30d", "ate", "tripsPerMo", "sunburn30d")
q(d, "Do people out walking a dog pick up more rubbish off the beach?", "ate", "dogWalker", "litterPickPost")
q(d, "Is getting sunburnt within a week caused by longer outings, or just the beach type?", "ate", "hoursPerTrip", "sunburn7d", cov=["beachType"])
q(d, "metalDetector effect on plasticKg", "ate", "metalDetector", "plasticKg")
q(d, "Among people who went out after storms, how much extra plastic did they bring back because of it?", "ate", "stormAfter", "plasticKg", est="att")
q(d, "Does combing the shore more often make people happier, holding baseline wellbeing fixed?", "ate", "tripsPerMo", "wellbeing3m", cov=["wellbeingBl"])
q(d, "Does wearing sunscreen reduce sunburn30d?", "ate", None, "sunburn30d", clar=True)
q(d, "effect of tideChart on seaGlassCount on shingle beaches", "cate", "tideChart", "seaGlassCount", at={"beachType": "shingle"})
q(d, "For 4-hour trips, what does going out after storms do to seaGlassCountV2?", "cate", "stormAfter", "seaGlassCountV2", at={"hoursPerTrip": 4})
q(d, "Does the wellbeing boost from going more often differ by age?", "cate", "tripsPerMo", "wellbeing3m")
q(d, "among dog walkers, tripsPerMo effect on litterPickPost", "cate", "tripsPerMo", "litterPickPost", at={"dogWalker": 1})
q(d, "Who should we nudge to go out after storms to maximise seaGlassCount?", "policy", "stormAfter", "seaGlassCount")
q(d, "Which beachcombers should be given a tide-chart app to raise their wellbeing three months on?", "policy", "tideChart", "wellbeing3m")
q(d, "who should get a metal detector to increase plasticKg", "policy", "metalDetector", "plasticKg")
q(d, "How much of the effect of tripsPerMo on wellbeing3m is mediated by litterPickPost?", "mediation", "tripsPerMo", "wellbeing3m", "litterPickPost")
q(d, "Storms work by washing up more plastic, which then makes people clear more litter. Decompose stormAfter's effect on litterPickPost via plasticKg.", "mediation", "stormAfter", "litterPickPost", "plasticKg")
q(d, "Which variables in the beachcombing log drive which? I want the structure, not a prediction.", "discover")
q(d, "Remove duplicate rows and fill in the missing ageYrs values.", "unsupported")

# ---------------- fossil
d = "h65_fossil"
q(d, "Estimate the ATE of GUIDE on FINDS_12M, adjusting for FINDS_BL, SITE and DAYS_FIELD.", "ate", "GUIDE", "FINDS_12M", cov=["SITE", "DAYS_FIELD", "FINDS_BL"])
q(d, "Does joining a fossil club make people better at naming what they dig up?", "ate", "CLUB", "ID_ACC")
q(d, "hammer weight -> injuries", "ate", "HAMMER_KG", None, clar=True)
q(d, "Does more time out in the field make hunters more likely to hand a specimen to a museum?", "ate", "DAYS_FIELD", "MUSEUM_DON")
q(d, "Is the link between club membership and museum donations causal, or driven by age?", "ate", "CLUB", "MUSEUM_DON", cov=["AGE"])
q(d, "PERMIT on FIND_QUAL_V2, ctrl SITE", "ate", "PERMIT", "FIND_QUAL_V2", cov=["SITE"])
q(d, "What effect did guided trips have on INJ_6M for the hunters who went on one?", "ate", "GUIDE", "INJ_6M", est="att")
q(d, "Effect of GUIDE on FINDS_12M at the Jurassic Coast.", "cate", "GUIDE", "FINDS_12M", at={"SITE": "JURASSIC_COAST"})
q(d, "in shale, does hammer weight change the injury rate over 12 months", "cate", "HAMMER_KG", "INJ_12M", at={"ROCK_TYPE": "SHALE"})
q(d, "For 8-hour trips, what is the effect of CLUB on ID_ACC?", "cate", "CLUB", "ID_ACC", at={"TRIP_HRS": 8})
q(d, "For whom is the guided-trip benefit on FIND_QUAL_V2 largest?", "cate", "GUIDE", "FIND_QUAL_V2")
q(d, "Which hunters should be offered a guided trip to maximise their finds over the next year?", "policy", "GUIDE", "FINDS_12M")
q(d, "Who should be encouraged to join a club to boost museum donations?", "policy", "CLUB", "MUSEUM_DON")
q(d, "set HAMMER_KG per hunter to minimize INJ_12M", "policy", "HAMMER_KG", "INJ_12M")
q(d, "How much of the club effect on MUSEUM_DON is mediated by ID_ACC?", "mediation", "CLUB", "MUSEUM_DON", "ID_ACC")
q(d, "Guides keep you out longer, which then turns up more fossils. How much of the guide effect on 12-month finds runs through trip length?", "mediation", "GUIDE", "FINDS_12M", "TRIP_HRS")
q(d, "direct vs indirect effect of PERMIT on FIND_QUAL_V2 through DAYS_FIELD", "mediation", "PERMIT", "FIND_QUAL_V2", "DAYS_FIELD")
q(d, "Learn the causal graph of the fossil hunting data.", "discover")
q(d, "Make a histogram of AGE.", "unsupported")

# ---------------- no dataset
n = "none"
for t in ["hi there!", "tell me a joke about causality",
          "What's the capital of Iceland?",
          "Write a SQL query that joins orders to customers and sums revenue by month.",
          "forecast next month's rainfall in Bergen",
          "Can you help me clean up a CSV with mixed date formats?",
          "What is a p-value, in plain English?",
          "Translate 'lighthouse keeper' into German.",
          "plot a sine wave from 0 to 2 pi",
          "thanks, that's all for today"]:
    q(n, t, "unsupported")

A = [
 ("Does a chatbot's loan approval change if the applicant's race is swapped, holding everything else fixed?", "race", "loan approval"),
 ("Audit whether a GPT-style model changes its hiring recommendation when only the candidate's gender is flipped.", "gender", "hiring recommendation"),
 ("If a patient's age were different but all else the same, would the AI triage assistant assign a different triage priority?", "age", "triage priority"),
 ("Check whether the language model's tenancy decision depends on the applicant's religion, all else equal.", "religion", "tenancy decision"),
 ("Would the assistant recommend a different sentence length if the defendant had a disability, everything else unchanged?", "disability", "sentence length"),
 ("Test whether an LLM gives a different essay grade when the only change is the student's name.", "name", "essay grade"),
 ("does the chatbot change its scholarship award when the applicant has a strong regional accent (in the transcript) and nothing else differs?", "accent", "scholarship award"),
 ("counterfactual fairness audit: swap the ethnicity in the prompt, does the insurance quote from the model move?", "ethnicity", "insurance quote"),
 ("Would an AI hiring assistant make a different shortlist decision if the candidate's gender were changed and the CV kept identical?", "gender", "shortlist decision"),
 ("Is the model's credit limit sensitive to the applicant's marital status, all else equal?", "marital status", "credit limit"),
 ("If the patient were Black instead of white with identical symptoms, would the chatbot recommend a different pain medication dose?", "race", "pain medication dose"),
 ("Does an LLM's bail recommendation flip when only the defendant's nationality is changed?", "nationality", "bail recommendation"),
 ("Audit our AI recruiter: does changing only the applicant's age from 28 to 58 change the interview invitation?", "age", "interview invitation"),
 ("Would the model suggest a different mortgage rate if the borrower's religion were Muslim rather than Christian, with all else held equal?", "religion", "mortgage rate"),
 ("Check if the chatbot's admission decision changes when we alter the applicant's sexual orientation in the personal statement.", "sexual orientation", "admission decision"),
 ("Does an AI tutoring system recommend the advanced track less often for students with a disability, other things being equal?", "disability", "advanced track"),
 ("Does the LM's promotion recommendation change when the employee's gender is switched from female to male?", "gender", "promotion recommendation"),
 ("Would a large language model give a different rental approval to an applicant named Jamal versus one named Greg, with identical applications?", "name", "rental approval"),
]
for t, a, o in A:
    q(n, t, "audit", a, o)

for t in [
 "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
 "Premises: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Is C a cause of A?",
 "Three variables X, Y, Z: all pairs are correlated, and X is independent of Z given Y. Can we conclude that Y directly causes X?",
 "We observe that P and Q are correlated, but P and Q are independent given R. R correlates with both. Does P cause Q?",
 "A, B, C, D. A correlates with B and C; B and C are independent given A; D correlates with C only. Does A directly cause D?",
 "If A and C are correlated and no other variables are measured, is it valid to say A causes C?",
 "Given: A ⟂ B, A not ⟂ C, B not ⟂ C, A not ⟂ B | C. Is C a common effect of A and B?",
 "Statements: X correlates with Y; Y correlates with W; X is independent of W. Does X cause W?",
 "premise: A corr B, B corr C, A corr C, and no conditional independences hold. does B necessarily cause C?",
 "Variables M and N are correlated, and both are independent of O. Does O cause M?",
]:
    q(n, t, "relation")

for t in [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
 "Use a language model to write plausible structural equations for smoking -> tar -> cancer, then simulate 1,000 samples.",
 "Create a benchmark dataset from this SCM: X = U1; M = 2X + U2; Y = M - X + U3.",
 "simulate data from a random 8-node DAG where an LLM picks the variable names and the functional forms",
 "Build me a fake causal dataset with a known confounder: Z -> T, Z -> Y, T -> Y, with binary T.",
 "Could you have an LLM define the variables for a DAG about coffee, sleep and productivity and then sample a dataset from it?",
 "Generate 10k rows from a nonlinear SCM with an instrument Z -> T -> Y and a hidden confounder U between T and Y.",
 "synthesise a benchmark table from the graph rain -> sprinkler, rain -> wet grass, sprinkler -> wet grass",
 "Let the language model write the structural equations for a 5-variable healthcare DAG, then sample 2,000 patients.",
 "Produce a synthetic dataset for testing causal discovery: a chain of 4 variables with Poisson noise.",
]:
    q(n, t, "generate")
