"""Readings of the thirty-third round (issue 12), on the real parser without a language model:
- a group said before a comma heads the question ("Bought online, does ..."), also without the group word
  ("stores with no loyalty app: ..." is the group without it);
- "where is X most effective at ..." asks how the effect varies;
- a number right before a column's word is its value ("a hall with 40 tables", "vineyards of 15 ha",
  "300 m² of floor"), and a count after the name ("batches of 200") takes the numeric one of two columns
  the name fits; not a year ("the 2023 harvest") or a share of the units ("30% of stores");
- "at dairies without chillers if they installed them" makes the chillers the treatment, for the untreated;
  "dairies that lack solar" are the untreated too;
- "what would adding one do to how many guests return" asks for an effect, not a count;
- an audit whose tool says its decision as a verb ("would the LLM still shortlist her") audits that decision;
- in a question that writes compound column names, a plain one written whole ("on grade") is no twin to ask about;
- "for shops that adopted X (x), what was the effect on Y" and "how much did the switch cut Y" take up X;
- "how much of a -> y is via m" is a path; "or just by the staff" a rival explanation (a covariate).
The gate is switched off where the test is about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (77dcbbe)."""

from __future__ import annotations

from column_specs import columns as _cols


STORES = _cols({
    "store_id": ("id", ["s1"]), "channel": ("categorical", ["store", "online", "phone"]),
    "loyalty_app": ("binary", [0, 1]), "coupon": ("binary", [0, 1]), "n_tables": ("numeric", [10, 35, 80]),
    "floor_area": ("numeric", [120, 400, 2000]), "repeat_90d": ("numeric", [0.1, 0.4]),
    "revenue_2023": ("numeric", [1000, 90000]), "staff": ("numeric", [2, 40]), "rating": ("numeric", [1, 5]),
})
DAIRIES = _cols({
    "dairy_id": ("id", ["d1"]), "chillers": ("binary", [0, 1]), "solar": ("binary", [0, 1]),
    "spoilage_after": ("numeric", [1, 9]), "spoilage_before": ("numeric", [1, 9]), "HA": ("numeric", [5, 20, 80]),
    "smallBatch": ("binary", [0, 1]), "batchSize": ("numeric", [50, 200, 900]), "export_pct": ("numeric", [0, 90]),
    "harvest_t": ("numeric", [800, 2400, 5000]), "retained_12m": ("numeric", [0, 400]),
})


def test_a_group_said_before_a_comma_or_without_its_word(task_of):
    task = task_of("Bought online, does the coupon change repeat_90d?", STORES)
    assert (task.kind, task.treatment, task.at) == ("cate", "coupon", {"channel": "online"})
    task = task_of("stores without a loyalty app: effect of the coupon on revenue_2023", STORES)
    assert (task.kind, task.treatment, task.at) == ("cate", "coupon", {"loyalty_app": 0})
    task = task_of("stores with no loyalty app: what if they adopted the app? effect on revenue_2023", STORES)
    assert (task.treatment, task.outcome, task.estimand) == ("loyalty_app", "revenue_2023", "atc")


def test_where_is_it_most_effective_asks_how_the_effect_varies(task_of):
    task = task_of("Where is the loyalty app most effective at lifting repeat_90d?", STORES)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "loyalty_app", "repeat_90d")


def test_a_number_before_a_columns_word_is_its_value(task_of):
    task = task_of("For a hall with 40 tables, what does the coupon do to the rating?", STORES)
    assert (task.kind, task.at) == ("cate", {"n_tables": 40})
    task = task_of("For shops with 300 m² of floor, effect of the coupon on revenue_2023", STORES)
    assert (task.kind, task.at) == ("cate", {"floor_area": 300})
    task = task_of("vineyards of 15 ha: effect of solar on export_pct", DAIRIES)
    assert (task.kind, task.at) == ("cate", {"HA": 15})
    task = task_of("batches of 200: effect of solar on export_pct", DAIRIES)
    assert (task.kind, task.at) == ("cate", {"batchSize": 200})
    assert task_of("How much does solar change the 2023 harvest_t beside export_pct?", DAIRIES).kind == "ate"


def test_units_lacking_the_treatment_that_would_take_it_up(task_of):
    task = task_of("How much would spoilage fall at dairies without chillers if they installed them?", DAIRIES)
    assert (task.treatment, task.outcome, task.estimand) == ("chillers", "spoilage_after", "atc")
    task = task_of("For dairies that lack solar, what would putting it in do to spoilage?", DAIRIES)
    assert (task.treatment, task.estimand) == ("solar", "atc")


def test_what_it_would_do_to_how_many():
    from copilot.parse import parse_question

    out = parse_question("For dairies without chillers, what would installing them do to how many guests stay a "
                         "full year?", DAIRIES, lm=None)
    read = out.task.model_dump() if out.task is not None else out.pending.task
    assert (read["kind"], read["treatment"]) == ("ate", "chillers")


def test_the_tools_decision_said_as_its_verb(task_of):
    task = task_of("Would the LLM still shortlist the applicant if her CV mentioned a wheelchair?", None)
    assert (task.kind, task.outcome) == ("audit", "shortlist")
    task = task_of("If the applicant's name were Jamal instead of Greg, would the language model still recommend an "
                   "interview?", None)
    assert (task.kind, task.outcome) == ("audit", "interview")


SHOPS = _cols({
    "shop_id": ("id", ["s1"]), "solar_roof": ("binary", [0, 1]), "loyalty_app": ("binary", [0, 1]),
    "staff": ("numeric", [2, 40]), "grade": ("numeric", [10, 20]), "grade_v2": ("numeric", [10, 20]),
    "wait_min": ("numeric", [2, 30]), "sales_wk": ("numeric", [100, 9000]),
})


def test_a_whole_column_name_among_written_names_is_written(task_of):
    task = task_of("What is the effect of solar_roof on grade, adjusting for staff?", SHOPS)
    assert (task.treatment, task.outcome, task.covariates) == ("solar_roof", "grade", ["staff"])


def test_the_group_that_adopted_it_and_the_switch_said_back(task_of):
    task = task_of("For shops that adopted the loyalty app (loyalty_app), what was the effect on sales_wk?", SHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("loyalty_app", "sales_wk", "att")
    task = task_of("For the shops that switched to solar roofs, how much did the switch cut their wait times?", SHOPS)
    assert (task.treatment, task.outcome, task.estimand) == ("solar_roof", "wait_min", "att")


def test_an_arrow_then_the_path_and_a_rival_said_with_by(task_of):
    task = task_of("The app shortens waits, which then lifts sales. How much of loyalty_app -> sales_wk is via wait_min?",
                   SHOPS)
    assert (task.kind, task.treatment, task.outcome, task.mediator) == ("mediation", "loyalty_app", "sales_wk", "wait_min")
    task = task_of("Are weekly sales pushed up by solar roofs, or just by the staff?", SHOPS)
    assert (task.treatment, task.outcome, task.covariates) == ("solar_roof", "sales_wk", ["staff"])


def test_a_share_said_in_words_and_how_much_more_after_a_rollout(task_of):
    cols = _cols({"site": ("id", ["a"]), "women_share": ("numeric", [0.1, 0.4, 0.8]), "mentoring": ("binary", [0, 1]),
                  "retention": ("numeric", [0.5, 0.9]), "LOYALTY_APP": ("binary", [0, 1]), "SALES_POST": ("numeric", [1, 9])})
    task = task_of("Where women make up half the staff, what does mentoring do to retention?", cols)
    assert (task.kind, task.at) == ("cate", {"women_share": 0.5})
    from copilot.parse import parse_question

    out = parse_question("For the sites that introduced the rewards scheme, how much more money came in afterwards?", cols,
                         lm=None)
    read = out.task.model_dump() if out.task is not None else out.pending.task
    assert read["kind"] == "ate"
