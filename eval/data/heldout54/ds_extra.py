"""Extra dataset-bound items (policy, mediation, discovery, clarify cases) appended per dataset."""
from common import Q

EXTRA = {
    "h54_pony_rides": [
        Q("Should we raise prices at every site or only some? Find the pricing rule (price_gbp) that maximises rev_wk.", "policy", "price_gbp", "rev_wk"),
        Q("Does the pony's breed affect how many incidents an operator has?", "ate", None, "inc_cnt_post", clarify=True),
    ],
    "h54_stage_hire": [
        Q("does the weather forecast change how many bookings a firm gets", "ate", None, "bookingsQ4", clarify=True),
    ],
    "h54_lighting_rig": [
        Q("What's the causal effect between LED_SHARE and DISCOUNT_PCT?", "ate", None, None, clarify=True),
    ],
    "h54_tape_dup": [
        Q("Give me a rule for which shops should get extra machines so turnaround is as short as possible.", "policy", "machines", "turnaround"),
        Q("Run the PC algorithm on the tape duplication table and return the graph.", "discover"),
    ],
    "h54_walking_tours": [
        Q("How much of the pay-what-you-want effect on tips is channelled through attracting larger groups (groupSize)?", "mediation", "payWhatYouWant", "tipsPerTour", "groupSize"),
    ],
    "h54_ghost_tours": [
        Q("Which factors are causes and which are effects among the ghost tour columns?", "discover"),
    ],
    "h54_wine_tours": [
        Q("How much of the sommelier effect on club signups works through pouring more tastings?", "mediation", "smm_led", None, "tst_pours", clarify=True),
    ],
    "h54_escooter": [
        Q("Which schemes should add helmet incentives to cut churn?", "policy", "helmetIncentive", None, clarify=True),
        Q("Is there a causal ordering among the e-scooter scheme variables? Learn it from the data.", "discover"),
    ],
    "h54_coaster_parks": [
        Q("effect of INJURY_RATE on returning visitors", "ate", "INJURY_RATE", None, clarify=True),
    ],
    "h54_spa_hotels": [
        Q("Do more therapists raise guest_score_v2 directly, or by keeping guests for longer stays (length_of_stay)?", "mediation", "therapists", "guest_score_v2", "length_of_stay"),
        Q("For coastal hotels, what does the thermal pool do to rebooking?", "cate", "thermal_pool", None, at={"region": "coast"}, clarify=True),
    ],
    "h54_motorhome_rental": [
        Q("is there a causal link between km_drvn and day_rt", "ate", None, None, clarify=True),
    ],
    "h54_bnb": [
        Q("Which listings should we push towards superhost status to grow the share of direct bookings?", "policy", "superhost", "directBookingShare"),
        Q("How does the cleaning fee affect cancellations within 90 days?", "ate", None, "cancelRate90d", clarify=True),
    ],
    "h54_guesthouses": [
        Q("Free parking fills rooms partly because guests then rate the place higher on the 100-point scale (GUEST_RATING_V2). Split FREE_PARKING's effect on OCC_12M into direct and indirect parts.", "mediation", "FREE_PARKING", "OCC_12M", "GUEST_RATING_V2"),
        Q("What's the effect of free parking on how guests rate their stay?", "ate", "FREE_PARKING", None, clarify=True),
    ],
}
