Q = []
def q(ds, text, kind, T=None, Y=None, M=None, cov=None, inst=None, est=None, at=None, clar=False):
    e = {"kind": kind, "treatment": T, "outcome": Y, "mediator": M}
    if cov: e["covariates"] = cov
    if inst: e["instrument"] = inst
    if est: e["estimand"] = est
    if at is not None: e["at"] = at
    if clar: e["clarify"] = True
    Q.append((ds, text, e))

# ---------------- sundew
d = "h65_sundew"
q(d, "Estimate the average treatment effect of `fd_ins` on `lf_cnt_8w`, adjusting for `lf_cnt_bl`, `sp_cd` and `ppfd`.", "ate", "fd_ins", "lf_cnt_8w", cov=["sp_cd", "ppfd", "lf_cnt_bl"])
q(d, "Does giving my sundews the odd fruit fly actually make them put out more leaves?", "ate", "fd_ins", "lf_cnt_8w")
q(d, "ate ro_wtr -> mort_6m", "ate", "ro_wtr", "mort_6m")
q(d, "Are plants watered with reverse-osmosis water less likely to die within the first three months?", "ate", "ro_wtr", "mort_3m")
q(d, "Is the higher flowering rate in insect-fed plants a genuine effect of feeding once species is controlled for?", "ate", "fd_ins", "flw_yn", cov=["sp_cd"])
q(d, "What is the average causal effect of weeks of winter dormancy (dorm_wk) on whether the plant flowers (flw_yn)?", "ate", "dorm_wk", "flw_yn")
q(d, "effect of humidity on 6 month suvival, rh_pct on mort_6m, control tmp_c", "ate", "rh_pct", "mort_6m", cov=["tmp_c"])
q(d, "For the plants that were actually fed insects, how much did feeding raise dew_score_v2?", "ate", "fd_ins", "dew_score_v2", est="att")
q(d, "What is the effect of fd_ins on lf_cnt_8w for Cape sundews only (sp_cd = D_capensis)?", "cate", "fd_ins", "lf_cnt_8w", at={"sp_cd": "D_capensis"})
q(d, "How does the benefit of purified water for leaf growth differ across growing media?", "cate", "ro_wtr", "lf_cnt_8w")
q(d, "Under the condition that the photoperiod is 16 hours, does insect feeding still raise the chance of flowering?", "cate", "fd_ins", "flw_yn", at={"lux_hrs": 16})
q(d, "which plants gain the most glistening dew from a foliar feed, measured by dew_score_v2", "cate", "fert_fol", "dew_score_v2")
q(d, "Which sundews are worth hand-feeding insects to if we want the most leaves at 8 weeks?", "policy", "fd_ins", "lf_cnt_8w")
q(d, "Design a targeting rule for which plants get RO water (ro_wtr) so as to minimise 6-month mortality (mort_6m).", "policy", "ro_wtr", "mort_6m")
q(d, "who should get foliar fertilizer to boost dew production?", "policy", "fert_fol", None, clar=True)
q(d, "How much of the effect of insect feeding on flowering runs through the extra leaves (lf_cnt_8w)?", "mediation", "fd_ins", "flw_yn", "lf_cnt_8w")
q(d, "Feeding seems to work by boosting dew production, which then keeps plants alive. Split the effect of fd_ins on mort_6m into the part going via dew_score and the direct part.", "mediation", "fd_ins", "mort_6m", "dew_score")
q(d, "Learn the causal graph among the sundew growing conditions and outcomes.", "discover")
q(d, "Which of the sundew variables drive which others? Work out the cause-and-effect structure from the data.", "discover")
q(d, "Plot lf_cnt_8w against ppfd, coloured by sp_cd.", "unsupported")

# ---------------- pearl
d = "h65_pearl"
q(d, "Estimate the ATE of `trainingProg` on `pearlValueUsd` controlling for `ageYrs` and `yearsDiving`.", "ate", "trainingProg", "pearlValueUsd", cov=["ageYrs", "yearsDiving"])
q(d, "Does joining the divers' cooperative raise how much money divers get for their pearls?", "ate", "cooperativeMember", "pearlValueUsd")
q(d, "nose clip effect on hearing loss", "ate", "usesNoseClip", "hearingLoss12m")
q(d, "Are ear injuries caused by making more dives per day?", "ate", "divesPerDay", None, clar=True)
q(d, "effect of divesPerDay on oystersOpened", "ate", "divesPerDay", "oystersOpened")
q(d, "What is the average causal effect of the training programme on pearlYieldAdj among divers who did not take part?", "ate", "trainingProg", "pearlYieldAdj", est="atc")
q(d, "Using lagoonZone as an instrument, estimate the effect of bottomTimeSec on pearlYield.", "ate", "bottomTimeSec", "pearlYield", inst="lagoonZone")
q(d, "Is the drop in 90-day barotrauma among nose-clip users real, or just because they tend to be younger? Adjust for age.", "ate", "usesNoseClip", "barotrauma90d", cov=["ageYrs"])
q(d, "What is the effect of trainingProg on pearlYield for divers working from outrigger canoes (boatType = outrigger)?", "cate", "trainingProg", "pearlYield", at={"boatType": "outrigger"})
q(d, "Does the effect of the training course on how long divers stay down depend on their age?", "cate", "trainingProg", "bottomTimeSec")
q(d, "For divers with 10 years on the job, what does co-op membership do to pearlValueUsd?", "cate", "cooperativeMember", "pearlValueUsd", at={"yearsDiving": 10})
q(d, "in the reef_edge zone, ate of usesNoseClip on barotrauma30d", "cate", "usesNoseClip", "barotrauma30d", at={"lagoonZone": "reef_edge"})
q(d, "Who should be enrolled in the training programme to get the most pearl value out of it?", "policy", "trainingProg", "pearlValueUsd")
q(d, "targeting rule: usesNoseClip to minimise hearingLoss12m", "policy", "usesNoseClip", "hearingLoss12m")
q(d, "How much of the training programme's effect on pearlYield is mediated by longer bottom time (bottomTimeSec)?", "mediation", "trainingProg", "pearlYield", "bottomTimeSec")
q(d, "Co-op membership raises income partly because members get to open more oysters. How much of the cooperativeMember effect on pearlValueUsd goes through oystersOpened?", "mediation", "cooperativeMember", "pearlValueUsd", "oystersOpened")
q(d, "direct vs indirect effect of divesPerDay on hearingLoss12m via barotrauma90d", "mediation", "divesPerDay", "hearingLoss12m", "barotrauma90d")
q(d, "What causes what among the pearl divers' variables?", "discover")
q(d, "Predict next season's pearlYield for each diver.", "unsupported")

# ---------------- freedive
d = "h65_freedive"
q(d, "Estimate E[PB_POST | do(APNEA_TRN=1)] - E[PB_POST | do(APNEA_TRN=0)], adjusting for PB_PRE, AGE and SEX.", "ate", "APNEA_TRN", "PB_POST", cov=["AGE", "SEX", "PB_PRE"])
q(d, "Does packing extra air into the lungs before a dive cause more blackouts?", "ate", "LUNG_PACK", "BO_FLAG")
q(d, "yoga -> personal best, adj age", "ate", "YOGA", "PB_POST", cov=["AGE"])
q(d, "How much does each extra weekly CO2 table session change the lowest oxygen saturation reached on a dive?", "ate", "CO2_TBL_WK", "SPO2_MIN")
q(d, "Is competition ranking improved by apnea training?", "ate", "APNEA_TRN", None, clar=True)
q(d, "What's the effect of LUNG_PACK on SAMBA_CNT among athletes who pack?", "ate", "LUNG_PACK", "SAMBA_CNT", est="att")
q(d, "Do freedivers who practise yoga have a slower heartbeat under water because of the yoga?", "ate", "YOGA", "HR_DIVE")
q(d, "Effect of breath-hold table training on depth reached at the end of the season, controlling for discipline.", "ate", "APNEA_TRN", "PB_POST", cov=["DISCIPLINE"])
q(d, "What is the effect of switching to a monofin on PB_POST?", "ate", None, "PB_POST", clar=True)
q(d, "Effect of APNEA_TRN on PB_POST for women (SEX = F).", "cate", "APNEA_TRN", "PB_POST", at={"SEX": "F"})
q(d, "Among constant-weight athletes, does lung packing raise blackout risk?", "cate", "LUNG_PACK", "BO_FLAG", at={"DISCIPLINE": "CWT"})
q(d, "How does the effect of CO2_TBL_WK on SPO2_MIN vary with vital capacity?", "cate", "CO2_TBL_WK", "SPO2_MIN")
q(d, "for 40 year old divers, efect of YOGA on HR_DIVE", "cate", "YOGA", "HR_DIVE", at={"AGE": 40})
q(d, "Which athletes should be assigned apnea training to maximize their depth personal best?", "policy", "APNEA_TRN", "PB_POST")
q(d, "Give me a rule for who should stop lung packing to keep blackouts (BO_FLAG) down.", "policy", "LUNG_PACK", "BO_FLAG")
q(d, "Optimal number of CO2 table sessions per week for each athlete if the goal is COMP_RANK_V2?", "policy", "CO2_TBL_WK", "COMP_RANK_V2")
q(d, "What fraction of the APNEA_TRN effect on PB_POST is mediated by SPO2_MIN?", "mediation", "APNEA_TRN", "PB_POST", "SPO2_MIN")
q(d, "Lung packing stretches vital capacity, which then lets divers go deeper. How much of the packing effect on end-of-season personal best travels through vital capacity?", "mediation", "LUNG_PACK", "PB_POST", "VC_L")
q(d, "Run causal discovery on the freediving table.", "discover")
q(d, "Figure out which physiological and training measures influence which in this data; I don't want to assume a structure.", "discover")

# ---------------- spearfish
d = "h65_spearfish"
q(d, "Does taking the safety course mean fewer injuries?", "ate", "course", "injuries_after")
q(d, "ATE of `buddy` on `injuries_after`, adjusting for `injuries_before` and `depth`.", "ate", "buddy", "injuries_after", cov=["depth", "injuries_before"])
q(d, "effect of water clarity on the kilos landed per trip", "ate", "visibility", None, clar=True)
q(d, "course on catch, ctrl experience + region", "ate", "course", "catch", cov=["region", "experience"])
q(d, "Does hunting deeper increase the catch?", "ate", "depth", "catch")
q(d, "Is the number of undersized fish taken lowered by holding a licence, or is it just that licensed spearos are more experienced?", "ate", "licence", "undersize", cov=["experience"])
q(d, "For the spearos who did the safety course, what did it do to their injuries?", "ate", "course", "injuries_after", est="att")
q(d, "effect of buddy on injuries_after in the Mediterranean", "cate", "buddy", "injuries_after", at={"region": "mediterranean"})
q(d, "When visibility is 10 m, does going deeper still raise the catch?", "cate", "depth", "catch", at={"visibility": 10})
q(d, "Who benefits most from the safety course in terms of fewer injuries afterwards?", "cate", "course", "injuries_after")
q(d, "In 18°C water, what is the effect of wetsuit thickness on haul?", "cate", "wetsuit", "haul", at={"temperature": 18})
q(d, "Who should be required to take the course to cut injuries?", "policy", "course", "injuries_after")
q(d, "Which fishers should we push to get licensed so fewer undersize fish are taken?", "policy", "licence", "undersize")
q(d, "How much of experience's effect on catch is via depth?", "mediation", "experience", "catch", "depth")
q(d, "The course seems to work by getting people to dive with a partner, which then cuts injuries. How big is that indirect path compared with the direct one?", "mediation", "course", "injuries_after", "buddy")
q(d, "Map out what influences what among the spearfishing variables.", "discover")
q(d, "Does a pneumatic gun land more fish than a band gun?", "ate", "gun", None, clar=True)
