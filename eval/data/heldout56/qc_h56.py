"""Questions for datasets 11-15."""
from common_h56 import Q

D = "h56_grain_silos"
Q(D, "ate", "Estimate the average treatment effect of `aer_fan` on `spoil_pct`, adjusting for `crop` and `mc_in`.",
  "aer_fan", "spoil_pct", cov=["crop", "mc_in"])
Q(D, "ate", "Does running aeration fans keep the stored grain cooler?", "aer_fan", "tmp_c_6m")
Q(D, "ate", "Does fumigation reduce spoilage?", "fum_trt", None, clar=True)
Q(D, "ate", "ate fum_trt -> insct_ct adj crop", "fum_trt", "insct_ct", cov=["crop"])
Q(D, "ate", "Do temperature cables inside the bin reduce the money lost?", "sensor_cbl", "loss_usd")
Q(D, "ate", "Does the weather at harvest affect spoil_pct?", None, "spoil_pct", clar=True)
Q(D, "ate", "What would aeration cost in electricity for the silos that currently don't aerate?", "aer_fan", "elec_kwh", est="atc")
Q(D, "ate", "Is grain coming out drier because of aeration, or is that confounded by intake moisture? adj mc_in",
  "aer_fan", "mc_out", cov=["mc_in"])
Q(D, "cate", "fum_trt -> insct_ct for maize", "fum_trt", "insct_ct", at={"crop": "maize"})
Q(D, "cate", "What is the effect of aeration on spoil_pct when grain arrives at 16% moisture?", "aer_fan", "spoil_pct", at={"mc_in": 16})
Q(D, "cate", "For which silos does the temperature cable save the most money?", "sensor_cbl", "loss_usd")
Q(D, "cate", "aer_fan -> tmp_c_6m for silos aged 30 years", "aer_fan", "tmp_c_6m", at={"age_yr": 30})
Q(D, "policy", "Which silos should be fumigated to minimise insect counts?", "fum_trt", "insct_ct")
Q(D, "policy", "Targeting: which silos to fit with aeration fans to minimise loss_usd?", "aer_fan", "loss_usd")
Q(D, "policy", "who gets sensor cables? objective: lowest spoil_pct", "sensor_cbl", "spoil_pct")
Q(D, "mediation", "Aeration cuts spoilage by lowering grain temperature, which then slows mould. What is the indirect effect of aer_fan on spoil_pct via tmp_c_6m?",
  "aer_fan", "spoil_pct", "tmp_c_6m")
Q(D, "mediation", "fum_trt -> loss_usd mediated by insct_ct: direct and indirect parts", "fum_trt", "loss_usd", "insct_ct")
Q(D, "mediation", "How much of the effect of aer_fan on loss_usd runs through outgoing moisture (mc_out)?", "aer_fan", "loss_usd", "mc_out")
Q(D, "discover", "Learn the causal structure of the silo data.")
Q(D, "discover", "Which storage conditions drive which? Find the dependency structure among the silo variables.")
Q(D, "unsupported", "Impute the missing mc_out values.")

D = "h56_feed_mills"
Q(D, "ate", "Estimate the ATE of `conditioner_upgrade` on `fines_after`, controlling for `fines_before` and `species`.",
  "conditioner_upgrade", "fines_after", cov=["fines_before", "species"])
Q(D, "ate", "Does running the steam hotter cut salmonella contamination?", "steam_temperature", "salmonella_positive")
Q(D, "ate", "Does the conditioner upgrade make pellets more durable?", "conditioner_upgrade", None, clar=True)
Q(D, "ate", "ate enzyme_additive on durability_new adj die_size", "enzyme_additive", "durability_new", cov=["die_size"])
Q(D, "ate", "How much does the upgrade change how much power the plant burns through?", "conditioner_upgrade", "energy_use")
Q(D, "ate", "Does certification lead to less downtime over the quarter?", "certified", "downtime_quarter")
Q(D, "ate", "Effect of throughput on downtime_month, or is it confounded by workers? Adjust for workers.",
  "throughput", "downtime_month", cov=["workers"])
Q(D, "ate", "What did the conditioner upgrade do to fines among the mills that installed it?", "conditioner_upgrade", "fines_after", est="att")
Q(D, "cate", "conditioner_upgrade -> durability for swine feed", "conditioner_upgrade", "durability", at={"species": "swine"})
Q(D, "cate", "Effect of steam temperature on fines_after with a 4 mm die.", "steam_temperature", "fines_after", at={"die_size": 4})
Q(D, "cate", "In the Southeast, does certification reduce salmonella_positive?", "certified", "salmonella_positive", at={"region": "Southeast"})
Q(D, "cate", "How does the enzyme effect on `durability` vary across species?", "enzyme_additive", "durability")
Q(D, "policy", "Which mills should adopt the conditioner upgrade to minimise fines?", "conditioner_upgrade", "fines_after")
Q(D, "policy", "Who should add enzymes to maximise durability_new?", "enzyme_additive", "durability_new")
Q(D, "policy", "Which feed mills should we push toward certification if we want the fewest salmonella positives?", "certified", "salmonella_positive")
Q(D, "mediation", "The upgrade works by letting mills run steam hotter, which then kills salmonella. How much of conditioner_upgrade -> salmonella_positive is via steam_temperature?",
  "conditioner_upgrade", "salmonella_positive", "steam_temperature")
Q(D, "mediation", "How much of certification's effect on energy_use goes through downtime_month?", "certified", "energy_use", "downtime_month")
Q(D, "mediation", "Do enzymes lower fines directly, or indirectly by raising pellet durability (durability)?", "enzyme_additive", "fines_after", "durability")
Q(D, "discover", "causal discovery across the feed mill columns")
Q(D, "unsupported", "Rank the mills by throughput and show the top 10.")

D = "h56_textile_mills"
Q(D, "ate", "Estimate the ATE of `hum_ctl` on `ends_dn_12m`, adjusting for `ends_dn_bl` and `fbr`.",
  "hum_ctl", "ends_dn_12m", cov=["ends_dn_bl", "fbr"])
Q(D, "ate", "Does controlling the humidity on the shop floor cut yarn breakages?", "hum_ctl", "ends_dn_12m")
Q(D, "ate", "Does automatic doffing make the mill more efficient?", "auto_dof", None, clar=True)
Q(D, "ate", "ate wg_inc on absnt_rt", "wg_inc", "absnt_rt")
Q(D, "ate", "Do bonus pay schemes reduce defects per million?", "wg_inc", "defct_ppm")
Q(D, "ate", "effect of rh_pct on defct_ppm controling for yrn_cnt and fbr", "rh_pct", "defct_ppm", cov=["yrn_cnt", "fbr"])
Q(D, "ate", "How would auto doffing change energy per kilo for the mills that lack it?", "auto_dof", "kwh_kg", est="atc")
Q(D, "ate", "Are order lead times shortened by automatic doffing?", "auto_dof", "ord_lt_d")
Q(D, "cate", "hum_ctl -> ends_dn_12m, cotton only", "hum_ctl", "ends_dn_12m", at={"fbr": "cotton"})
Q(D, "cate", "wg_inc -> eff_pct_v2 when spdl_n = 20000", "wg_inc", "eff_pct_v2", at={"spdl_n": 20000})
Q(D, "cate", "How does the humidity-control effect on defects vary with yarn count?", "hum_ctl", "defct_ppm")
Q(D, "cate", "For mills running at 55% relative humidity, what does auto doffing do to ends_dn_12m?", "auto_dof", "ends_dn_12m", at={"rh_pct": 55})
Q(D, "policy", "which mills to give hum_ctl, minimise defct_ppm", "hum_ctl", "defct_ppm")
Q(D, "policy", "Which mills should get wage incentives to minimise absnt_ratio?", "wg_inc", "absnt_ratio")
Q(D, "policy", "Who should get auto doffers to maximise (eff_pct)?", "auto_dof", "eff_pct")
Q(D, "mediation", "Humidity control works by stabilising relative humidity, which then reduces breakages. What is the indirect effect of hum_ctl on ends_dn_12m via rh_pct?",
  "hum_ctl", "ends_dn_12m", "rh_pct")
Q(D, "mediation", "how much of auto_dof's effect on efficiency runs through ends_dn_12m", "auto_dof", None, "ends_dn_12m", clar=True)
Q(D, "mediation", "How much of wg_inc's effect on eff_pct is mediated by absnt_rt?", "wg_inc", "eff_pct", "absnt_rt")
Q(D, "discover", "Learn the causal graph over the textile mill variables.")
Q(D, "unsupported", "Train a model to predict defct_ppm.")

D = "h56_silk_farms"
Q(D, "ate", "Estimate the ATE of `disinfectProtocol` on `mortality30d`, adjusting for `rearingTempC` and `province`.",
  "disinfectProtocol", "mortality30d", cov=["rearingTempC", "province"])
Q(D, "ate", "Do hybrid silkworm strains produce a bigger cocoon harvest?", "hybridBreed", "cocoonYieldKg")
Q(D, "ate", "Does disinfection lower silkworm deaths?", "disinfectProtocol", None, clar=True)
Q(D, "ate", "ate extensionVisits -> cocoonYieldKg adj cocoonYieldKgPrev", "extensionVisits", "cocoonYieldKg", cov=["cocoonYieldKgPrev"])
Q(D, "ate", "Does joining a co-op get sericulturists a better price?", "coopMember", "pricePerKg")
Q(D, "ate", "Is the higher yield on bigger mulberry plots causal? Effect of mulberryHa on cocoonYieldKg controlling for layingsReared.",
  "mulberryHa", "cocoonYieldKg", cov=["layingsReared"])
Q(D, "ate", "Effect of hybridBreed on shellRatioV2 for the farms that adopted hybrids.", "hybridBreed", "shellRatioV2", est="att")
Q(D, "ate", "How does a warmer rearing house affect 60-day mortality?", "rearingTempC", "mortality60d")
Q(D, "cate", "hybridBreed effect on cocoonYieldKg, province Karnataka", "hybridBreed", "cocoonYieldKg", at={"province": "Karnataka"})
Q(D, "cate", "Effect of disinfectProtocol on mortality60d at 26 °C rearing temperature.", "disinfectProtocol", "mortality60d", at={"rearingTempC": 26})
Q(D, "cate", "For which farms do extension visits raise yield the most?", "extensionVisits", "cocoonYieldKg")
Q(D, "cate", "coopMember -> pricePerKg for farms with 2 ha of mulberry", "coopMember", "pricePerKg", at={"mulberryHa": 2})
Q(D, "policy", "Which farms should receive hybrid eggs to maximise cocoon yield?", "hybridBreed", "cocoonYieldKg")
Q(D, "policy", "Targeting extension visits to maximise shellRatio.", "extensionVisits", "shellRatio")
Q(D, "policy", "Which silk farmers should we enrol in the disinfection protocol so that 30-day losses are smallest?", "disinfectProtocol", "mortality30d")
Q(D, "mediation", "Extension visits work by getting farms to adopt disinfection, which then lowers early mortality. How much of extensionVisits -> mortality30d is via disinfectProtocol?",
  "extensionVisits", "mortality30d", "disinfectProtocol")
Q(D, "mediation", "Does `hybridBreed` raise `pricePerKg` directly or through `shellRatio`?", "hybridBreed", "pricePerKg", "shellRatio")
Q(D, "discover", "Infer which silk farm variables cause which.")
Q(D, "unsupported", "Plot cocoon yield by province as a bar chart.")

D = "h56_turkey_farms"
Q(D, "ate", "Estimate the ATE of `VACC_HEV` on `MORT_PCT_WK20`, adjusting for `FLOCK_SIZE` and `HOUSING`.",
  "VACC_HEV", "MORT_PCT_WK20", cov=["FLOCK_SIZE", "HOUSING"])
Q(D, "ate", "Does a lighting programme make the birds heavier?", "LIGHT_PROG", "BW_WK20")
Q(D, "ate", "Does vaccinating against haemorrhagic enteritis reduce deaths?", "VACC_HEV", None, clar=True)
Q(D, "ate", "ate ENRICHMENT -> FOOTPAD_SCR_V2", "ENRICHMENT", "FOOTPAD_SCR_V2")
Q(D, "ate", "Does packing the birds in more tightly mean more days on antibiotics?", "STOCK_DENS_KG_M2", "ANTIBIOTIC_DAYS")
Q(D, "ate", "Effect of vaccination on ANTIBIOTIC_DAYS for the flocks that were not vaccinated.", "VACC_HEV", "ANTIBIOTIC_DAYS", est="atc")
Q(D, "ate", "Do heavier birds at 20 weeks fetch a better price?", "BW_WK20", None, clar=True)
Q(D, "ate", "How much do extra vet visits cut 6-week mortality?", "VET_VISITS", "MORT_PCT_WK6")
Q(D, "cate", "ENRICHMENT -> FOOTPAD_SCR in free range", "ENRICHMENT", "FOOTPAD_SCR", at={"HOUSING": "FREE_RANGE"})
Q(D, "cate", "LIGHT_PROG -> BW_WK20 at a stocking density of 40 kg/m2", "LIGHT_PROG", "BW_WK20", at={"STOCK_DENS_KG_M2": 40})
Q(D, "cate", "How does the vaccine's effect on week-20 mortality vary with flock size?", "VACC_HEV", "MORT_PCT_WK20")
Q(D, "cate", "Among organic farms, what is the effect of VET_VISITS on ANTIBIOTIC_DAYS?", "VET_VISITS", "ANTIBIOTIC_DAYS", at={"HOUSING": "ORGANIC"})
Q(D, "policy", "who shd vaccinate (VACC_HEV) to minimise MORT_PCT_WK20", "VACC_HEV", "MORT_PCT_WK20")
Q(D, "policy", "Who should adopt the lighting program to best improve adjusted feed conversion (FCR_ADJ)?", "LIGHT_PROG", "FCR_ADJ")
Q(D, "policy", "targeting ENRICHMENT to minimise FOOTPAD_SCR_V2", "ENRICHMENT", "FOOTPAD_SCR_V2")
Q(D, "mediation", "Enrichment helps the birds' feet by keeping the litter drier, which then prevents lesions. How much of ENRICHMENT -> FOOTPAD_SCR goes via LITTER_MOIST_PCT?",
  "ENRICHMENT", "FOOTPAD_SCR", "LITTER_MOIST_PCT")
Q(D, "mediation", "VACC_HEV -> BW_WK20 mediated by ANTIBIOTIC_DAYS: direct and indirect effects", "VACC_HEV", "BW_WK20", "ANTIBIOTIC_DAYS")
Q(D, "mediation", "Does stocking density raise week-20 mortality through worse footpad scores (FOOTPAD_SCR), or directly?",
  "STOCK_DENS_KG_M2", "MORT_PCT_WK20", "FOOTPAD_SCR")
Q(D, "discover", "Discover the causal structure among the turkey farm variables.")
Q(D, "discover", "Work out what drives what on these turkey farms.")
Q(D, "unsupported", "List the farms with FLOCK_SIZE above 10000.")
