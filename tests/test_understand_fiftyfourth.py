"""Readings of the fifty-fourth round (issue 12, the second round of the forty-seventh stop), on the real parser
without a language model:
- "clean the store column": data cleaning, even where a column's name has the verb's word (cleanliness_score);
- "would the X without T … if they added one": the untreated, asked what the treatment would do;
- "who gets the largest boost": a conditional effect;
- a column's name written out in words ends the paraphrase of a parenthesised identifier after it;
- "lead to", "result in": the verb, not a column's word;
- the unit after a value goes with it ("when gusts are 30 knots", "at a kiln temperature of 900C");
- a region named by its adjective ("Welsh bakeries" ~ wales);
- "the tenancy model": a language model named by its task, in an audit;
- "an older mule" ~ MULE_AGE, "the length of the hike" ~ HIKE_MIN.
Wordings and columns differ from the dev questions (w67) the rules were found on. Each test fails on the parser
of the start of this round (a4c93c9)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_cleaning_a_column_is_no_causal_question(task_of):
    cols = _cols({"store": ("categorical", ["St. Ives", "Truro"]), "cleanliness_score": ("numeric", [1, 10]),
                  "footfall": ("numeric", [0, 900]), "mystery_shop": ("binary", [0, 1])})
    assert task_of("Clean the store column: some rows say 'St.' and others 'Saint'.", cols).kind == "unsupported"


def test_the_untreated_if_they_added_one(task_of):
    cols = _cols({"cafe": ("id", ["c1"]), "kidsCorner": ("binary", [0, 1]), "visits90d": ("numeric", [0, 90]),
                  "seats": ("numeric", [10, 90])})
    task = task_of("Would the cafes without a kids corner get more 90-day visits if they opened one?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("kidsCorner", "visits90d", "atc")


def test_who_gets_the_largest_boost(task_of):
    cols = _cols({"gym": ("id", ["g1"]), "sauna": ("binary", [0, 1]), "renewals": ("numeric", [0, 1]),
                  "members": ("numeric", [50, 900])})
    task = task_of("Who gets the largest boost in renewals from a sauna?", cols)
    assert (task.kind, task.treatment, task.outcome) == ("cate", "sauna", "renewals")


def test_a_name_in_words_ends_a_paraphrase(task_of):
    cols = _cols({"kart": ("id", ["k1"]), "GRIP_TYRES": ("binary", [0, 1]), "BEST_LAP_S": ("numeric", [30, 60]),
                  "BEST_LAP_S_ADJ": ("numeric", [30, 60])})
    task = task_of("Do grip tyres shorten lap times (BEST_LAP_S_ADJ)?", cols)
    assert (task.treatment, task.outcome) == ("GRIP_TYRES", "BEST_LAP_S_ADJ")


def test_lead_to_is_the_verb():
    from copilot.understand.analysis import analyze

    cols = _cols({"job": ("id", ["j1"]), "LEAD_TIME_DAYS": ("numeric", [1, 90]), "SOLAR_PANELS": ("binary", [0, 1]),
                  "COMPLAINTS": ("numeric", [0, 9])})
    for question in ("Does fitting a heat pump lead to fewer complaints?", "Did the heat pumps lead to more complaints?"):
        assert [m.column for m in analyze(question, cols).mentions] == ["COMPLAINTS"]


def test_the_unit_goes_with_the_value(task_of):
    cols = _cols({"ferry": ("id", ["f1"]), "gusts": ("numeric", [0, 60]), "stabilisers": ("binary", [0, 1]),
                  "seasick_pct": ("numeric", [0, 40])})
    task = task_of("when gusts are 30 knots, do stabilisers lower seasick_pct?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "stabilisers", "seasick_pct", {"gusts": 30})
    cols = _cols({"pot": ("id", ["p1"]), "kiln_temp_c": ("numeric", [600, 1300]), "glaze_b": ("binary", [0, 1]),
                  "crack_rate": ("numeric", [0, 1])})
    task = task_of("at a kiln temperature of 900C, what does glaze_b do to crack_rate?", cols)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "glaze_b", "crack_rate", {"kiln_temp_c": 900})


def test_a_region_by_its_adjective(task_of):
    cols = _cols({"bakery": ("id", ["b1"]), "region": ("categorical", ["north", "wales", "scotland"]),
                  "sourdough": ("binary", [0, 1]), "sales_wk": ("numeric", [0, 900])})
    task = task_of("For Welsh bakeries, what does sourdough do to sales_wk?", cols)
    assert (task.kind, task.at) == ("cate", {"region": "wales"})


def test_a_model_named_by_its_task_is_audited(task_of):
    task = task_of("Would the tenancy model give a different rent score if the applicant were listed as Hindu instead "
                   "of Sikh?", None)
    assert (task.kind, task.treatment) == ("audit", "religion")


def test_an_age_adjective_before_the_noun_an_age_column_names():
    from copilot.understand.analysis import analyze

    cols = _cols({"trek": ("id", ["t1"]), "MULE_AGE": ("numeric", [1, 30]), "HIKE_MIN": ("numeric", [20, 300]),
                  "GUIDE": ("binary", [0, 1])})
    an = analyze("What does an older mule do to the length of the hike, controlling for GUIDE?", cols)
    assert [m.column for m in an.mentions] == ["MULE_AGE", "HIKE_MIN", "GUIDE"]
