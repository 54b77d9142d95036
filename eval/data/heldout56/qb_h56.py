"""Questions for datasets 6-10."""
from common_h56 import Q

D = "h56_sand_festivals"
Q(D, "ate", "Estimate the ATE of `binder` on `collapse_rate`, adjusting for `sand_type` and `rainfall`.",
  "binder", "collapse_rate", cov=["sand_type", "rainfall"])
Q(D, "ate", "Does a bigger prize pot draw more competitors?", "prize_pool", "entrants")
Q(D, "ate", "Do sculptures fall down less when organisers mist them with water?", "water_spraying", None, clar=True)
Q(D, "ate", "ate sponsor on attendance adj attendance_prior", "sponsor", "attendance", cov=["attendance_prior"])
Q(D, "ate", "How would raising ticket prices change how many people turn up?", "ticket_price", "attendance")
Q(D, "ate", "Is press coverage (media_mentions) driven by the prize pool, or is that just confounded by country? Adjust for country.",
  "prize_pool", "media_mentions", cov=["country"])
Q(D, "ate", "Is there a causal relationship between media_mentions and attendance?", None, None, clar=True)
Q(D, "ate", "Effect of binder use on collapse_share among the festivals that used a binder.", "binder", "collapse_share", est="att")
Q(D, "cate", "water_spraying -> collapse_rate, volcanic sand", "water_spraying", "collapse_rate", at={"sand_type": "volcanic"})
Q(D, "cate", "How does having a sponsor affect the crowds at Portuguese festivals?", "sponsor", "attendance", at={"country": "Portugal"})
Q(D, "cate", "effect of binder on collapse_share when wind is 30 km/h", "binder", "collapse_share", at={"wind_speed": 30})
Q(D, "cate", "Which kinds of festival see the biggest attendance gains from a larger prize pool?", "prize_pool", "attendance")
Q(D, "policy", "Which festivals should use binder to minimise collapses (`collapse_rate`)?", "binder", "collapse_rate")
Q(D, "policy", "Who should we target with sponsorship deals to pull in the most visitors?", "sponsor", "attendance")
Q(D, "mediation", "Does prize money attract visitors because it pulls in more sculptors, which then draws crowds? Give the indirect effect of prize_pool on attendance via entrants.",
  "prize_pool", "attendance", "entrants")
Q(D, "mediation", "how much of sponsor -> attendance is mediated by media_mentions", "sponsor", "attendance", "media_mentions")
Q(D, "discover", "Learn a causal graph for the sand festival data.")
Q(D, "discover", "Uncover which festival factors influence which others.")
Q(D, "unsupported", "Forecast next year's attendance for each festival.")

D = "h56_snow_plough"
Q(D, "ate", "Estimate the average treatment effect of `gps_trk` on `resp_min`, controlling for `fleet_n` and `dist`.",
  "gps_trk", "resp_min", cov=["fleet_n", "dist"])
Q(D, "ate", "Does pre-wetting the roads with brine before a storm mean less rock salt gets spread?", "brine_pre", "salt_t")
Q(D, "ate", "Does GPS tracking speed up clearing?", "gps_trk", None, clar=True)
Q(D, "ate", "ate brine_pre on cmplt_90d", "brine_pre", "cmplt_90d")
Q(D, "ate", "How much do extra trucks cut weekend clearance time?", "fleet_n", "clr_hrs_wkend")
Q(D, "ate", "Use depot_km as an instrument for fleet_n to estimate its effect on resp_min_v2.",
  "fleet_n", "resp_min_v2", iv="depot_km")
Q(D, "ate", "Does giving plow drivers more overtime reduce the grumbles residents send in over the next month?", "drv_ot_hrs", "cmplt_30d")
Q(D, "ate", "What was the effect of GPS on the fines paid by contractors that installed it?", "gps_trk", "pen_usd", est="att")
Q(D, "cate", "brine_pre on clr_hrs_wkday in rural dists", "brine_pre", "clr_hrs_wkday", at={"dist": "rural"})
Q(D, "cate", "What is the effect of fleet size on weekday clearing hours when 20 cm of snow falls?", "fleet_n", "clr_hrs_wkday", at={"snow_cm": 20})
Q(D, "cate", "How does the GPS effect on 90-day complaints vary with contractor experience?", "gps_trk", "cmplt_90d")
Q(D, "cate", "gps_trk -> resp_min, urban only", "gps_trk", "resp_min", at={"dist": "urban"})
Q(D, "policy", "Which contractors should be required to install GPS to minimise penalties?", "gps_trk", "pen_usd")
Q(D, "policy", "Targeting rule for brine pre-treatment that minimises salt usage.", "brine_pre", "salt_t")
Q(D, "policy", "Which snow plough firms should pre-treat roads to cut complaints in the first 30 days?", "brine_pre", "cmplt_30d")
Q(D, "mediation", "GPS works by shortening response times, which then reduces complaints. How much of gps_trk's effect on cmplt_90d goes through resp_min?",
  "gps_trk", "cmplt_90d", "resp_min")
Q(D, "mediation", "Direct vs indirect effect of (brine_pre) on (pen_usd) via (salt_t).", "brine_pre", "pen_usd", "salt_t")
Q(D, "discover", "Discover the causal structure of the snow plough contractor variables.")
Q(D, "unsupported", "Write a SQL query selecting contractors with pen_usd over 5000.")

D = "h56_road_sweeping"
Q(D, "ate", "What is the ATE of `MECH_SWEEPER` on `PM10_POST` adjusting for `PM10_PRE` and `ZONE`?",
  "MECH_SWEEPER", "PM10_POST", cov=["PM10_PRE", "ZONE"])
Q(D, "ate", "Do mechanical sweepers pick up more rubbish by weight?", "MECH_SWEEPER", "DEBRIS_KG")
Q(D, "ate", "Does sweeping at night lower the litter index?", "NIGHT_SHIFT", None, clar=True)
Q(D, "ate", "ate ROUTE_OPT -> FUEL_L", "ROUTE_OPT", "FUEL_L")
Q(D, "ate", "Does route-planning software let crews cover more ground?", "ROUTE_OPT", "KM_SWEPT")
Q(D, "ate", "Are residents' complaints over the following quarter reduced by night shifts?", "NIGHT_SHIFT", "COMPLAINTS_90D")
Q(D, "ate", "Is the drop in airborne dust due to the mechanical sweepers, or just leaf season? Control for LEAF_SEASON.",
  "MECH_SWEEPER", "PM10_POST", cov=["LEAF_SEASON"])
Q(D, "ate", "What is the effect of driver training on COMPLAINTS_30D?", None, "COMPLAINTS_30D", clar=True)
Q(D, "cate", "MECH_SWEEPER -> LITTER_IDX_V2 in CBD", "MECH_SWEEPER", "LITTER_IDX_V2", at={"ZONE": "CBD"})
Q(D, "cate", "Does route optimization save fuel during leaf season (LEAF_SEASON=1)?", "ROUTE_OPT", "FUEL_L", at={"LEAF_SEASON": 1})
Q(D, "cate", "For a crew of 4, what is the effect of night shifts on COMPLAINTS_30D?", "NIGHT_SHIFT", "COMPLAINTS_30D", at={"CREW_SIZE": 4})
Q(D, "cate", "How does the PM10 benefit of mechanical sweepers differ by zone?", "MECH_SWEEPER", "PM10_POST")
Q(D, "policy", "Which crews should get mechanical sweepers to minimise PM10_POST?", "MECH_SWEEPER", "PM10_POST")
Q(D, "policy", "Who should work nights to cut complaints in the following month?", "NIGHT_SHIFT", "COMPLAINTS_30D")
Q(D, "mediation", "Mechanical sweepers reduce dust by collecting more debris, which then lowers PM10. What share of MECH_SWEEPER -> PM10_POST is mediated by DEBRIS_KG?",
  "MECH_SWEEPER", "PM10_POST", "DEBRIS_KG")
Q(D, "mediation", "route optimisation -> FUEL_L, how much through KM_SWEPT", "ROUTE_OPT", "FUEL_L", "KM_SWEPT")
Q(D, "mediation", "Do night shifts cut 90-day complaints directly, or by lowering the litter index (LITTER_IDX)?",
  "NIGHT_SHIFT", "COMPLAINTS_90D", "LITTER_IDX")
Q(D, "discover", "causal discovery on the road sweeping data")
Q(D, "unsupported", "Make a histogram of KM_SWEPT.")

D = "h56_parking_meters"
Q(D, "ate", "Estimate the ATE of `dynamicPricing` on `occupancyPost`, controlling for `occupancyPre` and `districtType`.",
  "dynamicPricing", "occupancyPost", cov=["occupancyPre", "districtType"])
Q(D, "ate", "Does letting drivers pay by phone cut the number of parking tickets handed out?", "payByApp", "citationsPerWk")
Q(D, "ate", "Does dynamic pricing raise meter revenue?", "dynamicPricing", None, clar=True)
Q(D, "ate", "ate hourlyRate on occupancyPost", "hourlyRate", "occupancyPost")
Q(D, "ate", "How much do more frequent warden patrols raise ticket counts?", "enforcementVisits", "citationsPerWk")
Q(D, "ate", "Do older meters break down more? effect of meterAgeYrs on outageDays", "meterAgeYrs", "outageDays")
Q(D, "ate", "Effect of payByApp on revenueWeekend for the meters that don't have the app.", "payByApp", "revenueWeekend", est="atc")
Q(D, "ate", "Does raising the hourly rate increase turnover (turnoverRate), or is that confounded by transit access? adj nearbyTransit",
  "hourlyRate", "turnoverRate", cov=["nearbyTransit"])
Q(D, "cate", "dynamicPricing -> occupancyPost, hospital district", "dynamicPricing", "occupancyPost", at={"districtType": "hospital"})
Q(D, "cate", "What does pay-by-app do to weekday revenue when the hourly rate is $3?", "payByApp", "revenueWeekday", at={"hourlyRate": 3})
Q(D, "cate", "How does the effect of the hourly rate on occupancy vary with the maximum stay allowed?", "hourlyRate", "occupancyPost")
Q(D, "cate", "for meters with a 2-hour max stay, effect of dynamicPricing on turnoverRatio", "dynamicPricing", "turnoverRatio", at={"maxStayHrs": 2})
Q(D, "policy", "Where should the city switch on dynamic pricing to maximise weekend revenue?", "dynamicPricing", "revenueWeekend")
Q(D, "policy", "Which meters should get pay-by-app to maximise revenue?", "payByApp", None, clar=True)
Q(D, "policy", "allocation rule for enforcementVisits to maximise turnoverRate", "enforcementVisits", "turnoverRate")
Q(D, "mediation", "Dynamic pricing boosts takings by raising turnover, which then fills bays more often. How much of dynamicPricing -> revenueWeekday goes through turnoverRate?",
  "dynamicPricing", "revenueWeekday", "turnoverRate")
Q(D, "mediation", "Direct vs indirect effect of meterAgeYrs on revenueWeekday via outageDays.", "meterAgeYrs", "revenueWeekday", "outageDays")
Q(D, "discover", "Which parking variables cause which? Learn the structure.")
Q(D, "discover", "Estimate the causal graph over the meter attributes.")
Q(D, "unsupported", "What is the Pearson correlation between hourlyRate and occupancyPost?")

D = "h56_weighbridge"
Q(D, "ate", "Estimate the ATE of `OPERATOR_CERT` on `ERR_PCT_12M`, adjusting for `ERR_PCT_BL` and `SITE_TYPE`.",
  "OPERATOR_CERT", "ERR_PCT_12M", cov=["ERR_PCT_BL", "SITE_TYPE"])
Q(D, "ate", "Does number-plate recognition shorten the queue?", "AUTO_ANPR", None, clar=True)
Q(D, "ate", "ate AUTO_ANPR -> QUEUE_MIN_PM", "AUTO_ANPR", "QUEUE_MIN_PM")
Q(D, "ate", "Does recalibrating the scales on a different schedule change how accurate they are?", "CALIB_FREQ_MO", "ERR_PCT_12M")
Q(D, "ate", "Are overload fines driven by whether the operator is certified?", "OPERATOR_CERT", "OVERLOAD_FINES")
Q(D, "ate", "Use DIST_SUPPLIER_KM as an instrument for CALIB_FREQ_MO; what is the effect on ERR_PCT_12M?",
  "CALIB_FREQ_MO", "ERR_PCT_12M", iv="DIST_SUPPLIER_KM")
Q(D, "ate", "Effect of certified operators on quarterly disputes (DISPUTES_Q) for the sites that have certified operators.",
  "OPERATOR_CERT", "DISPUTES_Q", est="att")
Q(D, "ate", "How many fewer minutes do hauliers wait in the morning when an extra staff member is on shift?", "STAFF_N", "QUEUE_MIN_AM")
Q(D, "cate", "AUTO_ANPR -> QUEUE_MIN_AM, ports only", "AUTO_ANPR", "QUEUE_MIN_AM", at={"SITE_TYPE": "PORT"})
Q(D, "cate", "OPERATOR_CERT -> DISPUTE_RATE when TRUCKS_DAY = 200", "OPERATOR_CERT", "DISPUTE_RATE", at={"TRUCKS_DAY": 200})
Q(D, "cate", "Which site types gain the most accuracy from operator certification?", "OPERATOR_CERT", "ERR_PCT_12M")
Q(D, "cate", "At quarries, does staffing affect uptime?", "STAFF_N", "UPTIME_PCT", at={"SITE_TYPE": "QUARRY"})
Q(D, "policy", "Which weighbridges should get ANPR cameras installed to minimise afternoon queues?", "AUTO_ANPR", "QUEUE_MIN_PM")
Q(D, "policy", "Which sites should we certify operators at to minimise DISPUTE_RATIO?", "OPERATOR_CERT", "DISPUTE_RATIO")
Q(D, "policy", "rule for who gets a different calibration interval (CALIB_FREQ_MO) to minimise ERR_PCT_12M", "CALIB_FREQ_MO", "ERR_PCT_12M")
Q(D, "mediation", "Certification reduces disputes because certified operators make fewer weighing errors. How much of OPERATOR_CERT -> DISPUTES_Q is through ERR_PCT_12M?",
  "OPERATOR_CERT", "DISPUTES_Q", "ERR_PCT_12M")
Q(D, "mediation", "Does ANPR cut disputes directly, or by shortening morning queues (QUEUE_MIN_AM)?", "AUTO_ANPR", "DISPUTES_Q", "QUEUE_MIN_AM")
Q(D, "discover", "Recover the causal DAG among the weighbridge variables.")
Q(D, "discover", "What influences what at these weighbridges? Work out the causal ordering of the measurements.")
Q(D, "unsupported", "Count weighbridges per SITE_TYPE.")
