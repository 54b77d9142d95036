"""Readings of the fifty-sixth round (issue 12, the first round of the forty-eighth stop), on the real parser
without a language model:
- a count word right after another column's word counts that thing ("the 6-month fall count" ~ falls_6m, not
  visit_cnt);
- two initials that spell the unit a name ends in spell nothing ("for the county market" is no cm of girth_cm);
- "15 years' trading" is a value of the column in years that the noun names, not of another column in years;
- "for ferries with a licensed onboard bar, what did having it do to …" is the effect on the treated, and so is "for
  the dairy farmers that did convert"; "what would X have done for the farms still ploughing by horse" is the
  effect on the untreated;
- an audit whose person is "described as having" a trait, all else equal, changes that trait.
Wordings and columns differ from the dev questions (w69) the rules were found on. Each test fails on the parser
of the start of this round (3b08036)."""

from __future__ import annotations

from column_specs import columns as _cols


def test_a_count_after_another_columns_word_counts_that_thing(task_of):
    cols = _cols({"ward": ("id", ["w1"]), "hip_protector": ("binary", [0, 1]), "visit_cnt_wk": ("numeric", [0, 40]),
                  "falls_bl": ("numeric", [0, 9]), "falls_6m": ("numeric", [0, 9])})
    task = task_of("Is the 6-month falls count reduced by hip protectors?", cols)
    assert (task.treatment, task.outcome) == ("hip_protector", "falls_6m")


def test_initials_that_spell_a_names_unit_spell_nothing(task_of):
    cols = _cols({"tree": ("id", ["t1"]), "girth_cm": ("numeric", [20, 300]), "mulched": ("binary", [0, 1]),
                  "fruit_kg": ("numeric", [0, 90]), "sales_chnl": ("categorical", ["county", "export", "local"])})
    task = task_of("effect of mulched on fruit_kg for the county market", cols)
    assert (task.kind, task.at) == ("cate", {"sales_chnl": "county"})


def test_years_of_a_named_thing_are_its_value(task_of):
    cols = _cols({"baker": ("id", ["b1"]), "oven_age_yr": ("numeric", [1, 30]), "yrs_trade": ("numeric", [1, 40]),
                  "sourdough": ("binary", [0, 1]), "loaves_wk": ("numeric", [100, 900])})
    task = task_of("for bakers with 15 years' trading, effect of sourdough on loaves_wk", cols)
    assert (task.kind, task.at) == ("cate", {"yrs_trade": 15})


def test_units_that_have_the_treatment_ask_for_the_effect_on_the_treated(task_of):
    cols = _cols({"ferry": ("id", ["f1"]), "ONBOARD_BAR": ("binary", [0, 1]), "FARE_REV": ("numeric", [5, 90])})
    task = task_of("For ferries with a licensed onboard bar, what did having it do to fare revenue?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("ONBOARD_BAR", "FARE_REV", "att")


def test_units_named_by_a_compound_before_that_did_it_are_the_treated(task_of):
    cols = _cols({"farmId": ("id", ["f1"]), "dairyHerdSize": ("numeric", [20, 400]), "organicConverted": ("binary", [0, 1]),
                  "milkPricePpl": ("numeric", [20, 60])})
    task = task_of("For the dairy farmers that did convert, how much did it change the milk price they get?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("organicConverted", "milkPricePpl", "att")


def test_units_still_doing_the_old_thing_are_the_untreated(task_of):
    cols = _cols({"FARM_ID": ("id", ["f1"]), "TRACTOR": ("binary", [0, 1]), "HECTARES_SOWN": ("numeric", [1, 90])})
    task = task_of("What would a TRACTOR have done to HECTARES_SOWN for the farms still ploughing by horse?", cols)
    assert (task.treatment, task.outcome, task.estimand) == ("TRACTOR", "HECTARES_SOWN", "atc")


def test_a_person_described_as_having_a_trait_is_that_trait_audited(task_of):
    task = task_of("Would the chatbot recommend a different loan amount if the applicant were described as having "
                   "epilepsy, all else equal?", None)
    assert (task.kind, task.treatment) == ("audit", "epilepsy")
