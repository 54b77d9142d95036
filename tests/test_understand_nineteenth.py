"""Readings of the nineteenth round (issue 12), on the real parser without a language model:
- a column word cut short in the other spelling of -ise/-ize (MOBILIZ ~ "sterilisation"), or written as
  the start of its consonants beside a word cut to its start (VID_PRG ~ "video programme");
- a phrase that names a column's content words in any order, the rest of the name only a time, version or
  unit ("weekly orders" ~ ordersPerWkPost, "cutting weight" ~ wt_cut_kg);
- "at 8 weeks" beside a column tagged 8w is that column's time, and a time unit that only divides a
  name's quantity (sessions_per_month) is no value of it; "in 2023 because of" is no count of anything;
- "with 12 full-time staff" ~ staff_fte (fte: full time equivalent); "Kenyan sites" ~ Kenya;
  "lightweights" ~ light; "20 km from the clinic" is the value of distance_clinic_km, and the clinic no role;
- a span that fits two columns and the word after it that names one of them are one name;
- "are <Y> reduced when a school hires more <X>"; "is X responsible for Y";
- "weather" alone is no refusal; a verb of change beside a name is the verb, not a column.
The gate is switched off: these tests are about the reading. Wordings and columns differ from the dev
questions the rules were found on. Each test fails on the parser of the start of this round (241d851)."""

from __future__ import annotations

from copilot.parse import parse_question
from column_specs import columns as _cols


SHELTERS = _cols({
    "SHELTER_ID": ("id", ["S1"]), "COUNTRY": ("categorical", ["Kenya", "Uganda", "Tanzania"]),
    "MOBILIZ": ("binary", [0, 1]), "VID_PRG": ("binary", [0, 1]), "LITTERS_N": ("numeric", [0, 9]),
    "ADOPT_RATE": ("numeric", [0.2, 0.8]), "staff_fte": ("numeric", [4, 30]),
    "distance_clinic_km": ("numeric", [1, 60]), "PREV_2023": ("numeric", [0.01, 0.2]), "BEDNETS": ("binary", [0, 1]),
})
STUDIOS = _cols({
    "studioId": ("id", ["st1"]), "priceRaise": ("binary", [0, 1]), "appOrders": ("numeric", [0, 40]),
    "ordersPerWkPost": ("numeric", [10, 200]), "wt_class": ("categorical", ["light", "middle", "heavy"]),
    "diet_plan": ("binary", [0, 1]), "vo2_8w": ("numeric", [30, 60]), "training_hrs_wk": ("numeric", [2, 12]),
    "sessions_per_month": ("numeric", [1, 12]), "retention_6m": ("binary", [0, 1]), "wt_cut_kg": ("numeric", [0, 8]),
    "ko_rate": ("numeric", [0, 0.6]),
})
SCHOOLS = _cols({
    "school": ("id", ["R1"]), "rf_campaign": ("binary", [0, 1]), "rf_case_bl": ("numeric", [0, 12]), "rf_case_12m": ("numeric", [0, 12]), "chw_visit": ("binary", [0, 1]),
    "instructors": ("numeric", [1, 9]), "falls": ("numeric", [0, 30]), "tariff": ("numeric", [0.1, 0.4]),
    "arrears_pct": ("numeric", [0, 30]), "reform_flag": ("binary", [0, 1]), "export_shr": ("numeric", [0, 1]),
    "wear_hrs": ("numeric", [2, 12]),
})


def test_a_cut_name_in_the_other_spelling_and_a_consonant_code(task_of):
    task = task_of("Does community mobilisation cut the number of litters?", SHELTERS)
    assert (task.treatment, task.outcome) == ("MOBILIZ", "LITTERS_N")
    task = task_of("Does the video programme raise the adoption rate?", SHELTERS)
    assert (task.treatment, task.outcome) == ("VID_PRG", "ADOPT_RATE")


def test_content_words_of_a_name_with_its_qualifiers_left_unsaid(task_of):
    task = task_of("Did studios that raised their prices get fewer weekly orders afterwards?", STUDIOS)
    assert (task.treatment, task.outcome) == ("priceRaise", "ordersPerWkPost")
    task = task_of("How does cutting weight before a bout affect the KO rate?", STUDIOS)
    assert (task.treatment, task.outcome) == ("wt_cut_kg", "ko_rate")


def test_times_that_are_no_point_values(task_of):
    task = task_of("Does the diet plan improve VO2 at 8 weeks?", STUDIOS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "diet_plan", "vo2_8w")
    task = task_of("For members on 3 sessions a month, effect of the diet plan on retention at 6 months", STUDIOS)
    assert (task.kind, task.outcome, task.at) == ("cate", "retention_6m", {"sessions_per_month": 3})
    task = task_of("Is malaria less common in 2023 because of bednets?", SHELTERS)
    assert (task.kind, task.treatment, task.outcome) == ("ate", "BEDNETS", "PREV_2023")


def test_groups_said_by_staff_size_nationality_class_and_distance(task_of):
    task = task_of("For shelters with 12 full-time staff, what's the effect of MOBILIZ on ADOPT_RATE?", SHELTERS)
    assert (task.kind, task.at) == ("cate", {"staff_fte": 12})
    task = task_of("What's the effect of the video programme on adoption rate for Kenyan shelters?", SHELTERS)
    assert (task.kind, task.at) == ("cate", {"COUNTRY": "Kenya"})
    task = task_of("effect of diet_plan on ko_rate for lightweights", STUDIOS)
    assert (task.kind, task.at) == ("cate", {"wt_class": "light"})
    task = task_of("For shelters 20 km from the clinic, what does community mobilisation do to litters?", SHELTERS)
    assert (task.kind, task.treatment, task.outcome, task.at) == ("cate", "MOBILIZ", "LITTERS_N",
                                                                  {"distance_clinic_km": 20})


def test_a_shared_initialism_and_the_word_after_it_are_one_name(task_of):
    task = task_of("Are rheumatic fever cases reduced by community health worker visits?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("chw_visit", "rf_case_12m")


def test_outcome_first_with_when_and_responsible_for(task_of):
    task = task_of("Are falls reduced when a school hires more instructors?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("instructors", "falls")
    task = task_of("Is the tariff responsible for arrears?", SCHOOLS)
    assert (task.treatment, task.outcome) == ("tariff", "arrears_pct")


def test_weather_alone_is_no_refusal_and_a_change_verb_is_no_column(gate_off):
    out = parse_question("How much of the effect of stormy weather on falls runs through instructors?", SCHOOLS,
                         lm=None)
    kind = out.task.kind if out.task else (out.pending.task or {}).get("kind") if out.pending else None
    assert kind == "mediation"
    out = parse_question("Does the reform flag shorten how long the scent lasts?", SCHOOLS, lm=None)
    assert out.task is None or out.task.outcome != "export_shr"
