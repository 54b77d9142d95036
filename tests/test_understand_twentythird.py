"""Readings of the twenty-third round (issue 12), on the real parser without a language model:
- an audit whose decision the question never names, and whose words fit no bundled scenario, asks which
  decision to measure instead of auditing the clinical scenario's therapy;
- words that are small talk elsewhere ("restaurant", "flight") are the data's units when the question asks
  for an effect on data; a field's plot ("for a 3 ha plot") is no chart;
- "recommend a <dose> for each <unit>" asks for a decision rule;
- a column word cut short is matched as a cut even when it also looks like a typo (imperv ~ "impervious").
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (d7e9c9f)."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


CAFES = _cols({
    "cafe_id": ("id", ["c1"]), "local_beans": ("numeric", [0.1, 0.9]), "loyalty": ("binary", [0, 1]),
    "margin_pct": ("numeric", [5, 30]), "waste_kg": ("numeric", [1, 40]), "seats": ("numeric", [10, 80]),
})
FARMS = _cols({
    "farm_id": ("id", ["f1"]), "plot_ha": ("numeric", [1, 9]), "mulch": ("binary", [0, 1]),
    "weeds_pct": ("numeric", [0, 60]), "imperv_pct": ("numeric", [0, 90]), "runoff_mm": ("numeric", [0, 50]),
    "seed_rate": ("numeric", [20, 80]), "yield_t": ("numeric", [1, 9]),
})


def test_audit_without_a_named_decision_asks_which_decision(gate_off):
    out = parse_question("Does the chatbot treat writers differently when their religion changes?", None, lm=None)
    assert out.task is None and "decision" in out.clarification
    assert out.pending is not None and out.pending.task.get("treatment") == "religion"
    reply = parse_question("the cover letter mark", None, lm=None, pending=out.pending)
    assert reply.task is not None and reply.task.kind == "audit" and reply.task.outcome == "cover letter mark"


def test_small_talk_words_as_units_and_plots_as_fields(task_of):
    task = task_of("What happens to a restaurant's margin_pct when local_beans goes up?", CAFES)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "local_beans", "margin_pct")
    task = task_of("For a 3 ha plot, what does mulch do to weeds_pct?", FARMS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "mulch", "weeds_pct", {"plot_ha": 3})
    assert task_of("recommend a restaurant for tonight", CAFES).kind == "unsupported"
    assert task_of("plot waste_kg against seats", CAFES).kind == "unsupported"


def test_recommend_a_dose_for_each_unit_is_a_decision_rule(gate_off):
    out = parse_question("Recommend a sowing density for each farm so it harvests as much as possible.", FARMS, lm=None)
    kind = out.task.kind if out.task is not None else (out.pending.task or {}).get("kind")
    assert kind == "policy"


def test_a_cut_column_word_is_no_typo(task_of):
    task = task_of("What is the effect of impervious cover on runoff_mm?", FARMS)
    assert (task.treatment, task.outcome) == ("imperv_pct", "runoff_mm")


PLOTS = _cols({
    "plot_id": ("id", ["p1"]), "soil_grp": ("categorical", ["A", "B", "C"]),
    "tillage": ("categorical", ["noTill", "stripTill", "plough"]), "cover_crop": ("binary", [0, 1]),
    "hedgerow": ("binary", [0, 1]), "farm_income": ("numeric", [18, 45, 120]), "nitrate_mg": ("numeric", [2, 30]),
    "erosion_t": ("numeric", [0, 12]),
})


def test_groups_written_by_a_coded_name_a_terse_header_or_in_thousands(task_of):
    task = task_of("cover_crop effect on nitrate_mg in soil grp C", PLOTS)
    assert task.kind == "cate" and task.at == {"soil_grp": "C"}
    task = task_of("shallow (stripTill) plots: cover_crop effect on erosion_t", PLOTS)
    assert task.kind == "cate" and task.at == {"tillage": "stripTill"}
    task = task_of("plots with a hedgerow: cover_crop effect on erosion_t", PLOTS)
    assert (task.kind, task.treatment, task.at) == ("cate", "cover_crop", {"hedgerow": 1})
    task = task_of("For farms where farm income is 60k, what is the effect of cover_crop on erosion_t?", PLOTS)
    assert task.kind == "cate" and task.at == {"farm_income": 60}


def test_a_binary_right_before_effect_is_the_treatment_not_a_group(task_of):
    task = task_of("among noTill plots cover_crop effect on nitrate_mg", PLOTS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "cover_crop", "nitrate_mg", {"tillage": "noTill"})


TRIAL = _cols({
    "site": ("id", ["s1"]), "coaching": ("binary", [0, 1]), "walled": ("binary", [0, 1]),
    "score_bl": ("numeric", [10, 90]), "score_el": ("numeric", [10, 90]), "harm": ("numeric", [0, 9]),
    "harm_new": ("numeric", [0, 9]), "thefts": ("numeric", [0, 30]),
})


def test_endline_and_newer_pick_their_twin(task_of):
    task = task_of("Does coaching raise endline score?", TRIAL)
    assert (task.treatment, task.outcome) == ("coaching", "score_el")
    task = task_of("Does coaching reduce harm (newer measure)?", TRIAL)
    assert (task.treatment, task.outcome) == ("coaching", "harm_new")


def test_an_outcome_lower_when_units_are_treated(task_of):
    task = task_of("Are thefts lowered when the site is walled?", TRIAL)
    assert (task.treatment, task.outcome) == ("walled", "thefts")
    task = task_of("Are thefts lower when a site is walled?", TRIAL)
    assert (task.treatment, task.outcome) == ("walled", "thefts")


LANES = _cols({
    "stop_id": ("id", ["s1"]), "lane_built": ("binary", [0, 1]), "lane_km": ("numeric", [0.5, 9]),
    "wait_am": ("numeric", [1, 30]), "wait_pm": ("numeric", [1, 30]), "riders": ("numeric", [50, 900]),
})


def test_a_plain_treatment_is_its_binary_twin_and_time_of_day_picks_a_window(task_of):
    task = task_of("What is the effect of the lane on riders?", LANES)
    assert (task.treatment, task.outcome) == ("lane_built", "riders")
    out = parse_question("What is the effect of a longer lane on riders?", LANES, lm=None)
    assert out.task is None and "lane_km" in out.clarification
    task = task_of("Does lane_built cut morning waits?", LANES)
    assert (task.treatment, task.outcome) == ("lane_built", "wait_am")


def test_a_model_treating_otherwise_identical_people_differently_is_an_audit(gate_off):
    out = parse_question("Does the model give older applicants lower loan limits than otherwise identical younger ones?",
                         None, lm=None)
    assert out.task is not None and out.task.kind == "audit"
    assert (out.task.treatment, out.task.outcome) == ("age", "loan limits")


ORCHARD = _cols({
    "orchard": ("id", ["o1"]), "netting": ("binary", [0, 1]), "pollinators": ("numeric", [0, 40]),
    "fruit_set": ("numeric", [0.1, 0.9]), "revenue_adj": ("numeric", [1e3, 9e3]), "hectares": ("numeric", [1, 50]),
})


def test_allocation_rules_and_stories_told_at_length(task_of):
    task = task_of("best netting allocation rule for revenue_adj", ORCHARD)
    assert (task.kind, task.treatment, task.outcome) == ("policy", "netting", "revenue_adj")
    task = task_of("Netting works by keeping more pollinators inside the rows, which then raises fruit_set. "
                   "Split the direct and indirect effects.", ORCHARD)
    assert (task.kind, task.treatment, task.mediator, task.outcome) == ("mediation", "netting", "pollinators", "fruit_set")


PONDS = _cols({
    "pond": ("id", ["p1"]), "aerator": ("binary", [0, 1]), "fish_mort_pct": ("numeric", [1, 30]),
    "fish_breed": ("categorical", ["tilapia", "carp"]), "profit_adj": ("numeric", [1e3, 9e3]), "profit": ("numeric", [1e3, 9e3]),
})


def test_deaths_name_mortality_and_unadjusted_is_no_typo_of_adjusted(task_of):
    task = task_of("Do aerators mean fewer fish dying?", PONDS)
    assert (task.treatment, task.outcome) == ("aerator", "fish_mort_pct")
    out = parse_question("What is the effect of the aerator on unadjusted profit?", PONDS, lm=None)
    assert out.task is None or out.task.outcome != "profit_adj"


def test_roles_all_written_as_the_datas_identifiers_are_not_second_guessed(monkeypatch):
    from copilot.understand import gate

    monkeypatch.setattr(gate, "threshold", lambda: 1.01)  # the gate would ask about anything it judges
    cols = ["unit_id", "coach_hrs", "score_el", "score_bl", "region"]
    out = parse_question("What is the effect of coach_hrs on score_el?", cols, lm=None)
    assert out.task is not None and (out.task.treatment, out.task.outcome) == ("coach_hrs", "score_el")
    out = parse_question("Does mentoring raise scores?", cols, lm=None)
    assert out.task is None
