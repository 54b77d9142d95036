"""Column names written as codes of the question's words (copilot/understand: text, mentions), on the
real parser: cut words, a modifier between the name's words, hyphenated compounds spelling a code,
and names carrying a time tag that the question leaves out."""

from __future__ import annotations

from copilot.parse import parse_question
from copilot.task import CateTask


def _profile(cols: dict[str, str]) -> list[dict]:
    return [{"name": c, "type": t, "examples": []} for c, t in cols.items()]


HEARING = _profile({"pt_id": "id", "age": "numeric", "pta4_bl": "numeric", "pta4_fu": "numeric",
                    "bilat": "binary", "tele_aud": "binary", "hhie_bl": "numeric", "hhie_m12": "numeric"})
WIND = _profile({"turbine_id": "id", "hub_ht_m": "numeric", "ws_mean": "numeric", "yaw_upgr": "binary",
                 "slope_deg": "numeric", "energy_mwh": "numeric", "energy_mwh_prev": "numeric"})
CHILD = _profile({"CASE_ID": "id", "CHILD_AGE": "numeric", "FAM_PRES": "binary", "HOME_VISIT": "binary",
                  "PLACEMENT": "binary", "RERPT_6M": "binary", "RERPT_12M": "binary"})
VOTES = _profile({"precinct": "id", "canvass_contact": "binary", "turnout": "numeric", "turnout_2016": "numeric",
                  "Q16_CANVASSED": "binary"})


def test_a_name_with_a_word_cut_short_is_the_phrase():
    out = parse_question("Does tele-audiology reduce hhie_m12?", HEARING, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("tele_aud", "hhie_m12"), out.clarification
    out = parse_question("Do family preservation services reduce placements?", CHILD, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("FAM_PRES", "PLACEMENT"), out.clarification


def test_a_modifier_between_the_names_words_keeps_the_whole_phrase():
    out = parse_question("Did the yaw control upgrade raise energy_mwh? Account for mean wind speed.", WIND, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("yaw_upgr", "energy_mwh"), out.clarification
    assert out.task.covariates == ["ws_mean"]


def test_a_number_between_words_is_a_point_not_part_of_a_name():
    out = parse_question("effect of yaw_upgr on energy_mwh on slopes of 20 degrees", WIND, lm=None)
    assert isinstance(out.task, CateTask) and out.task.at == {"slope_deg": 20}


def test_a_hyphenated_compound_spells_a_code_and_the_time_said_picks_the_twin(gate_off):
    out = parse_question("Does home visiting reduce re-reports within 12 months?", CHILD, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("HOME_VISIT", "RERPT_12M"), out.clarification
    out = parse_question("Does home visiting reduce re-reports within six months?", CHILD, lm=None)
    assert out.task is not None and out.task.outcome == "RERPT_6M", out.clarification


def test_twins_with_a_time_tag_left_unsaid_are_asked_about():
    out = parse_question("Does home visiting reduce re-reports?", CHILD, lm=None)
    assert out.task is None and "RERPT_6M" in out.clarification and "RERPT_12M" in out.clarification


def test_the_plain_name_beats_its_dated_twin_and_a_question_number_is_no_time(gate_off):
    # the reading; the refit gate (thirteenth stop) asks to confirm "canvassing raise turnout" before answering
    out = parse_question("How much does canvassing raise turnout?", VOTES, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("canvass_contact", "turnout"), out.clarification
    out = parse_question("Effect of canvass_contact on turnout in 2016", VOTES, lm=None)
    assert out.task.outcome == "turnout_2016", out.clarification


WAREHOUSE = _profile({"SHIP_ID": "id", "RFID_TAG": "binary", "PICK_ERR": "numeric", "DMG_FLAG": "binary",
                      "DWELL_HRS": "numeric", "ON_TIME": "binary"})
ATHLETES = _profile({"athlete_id": "id", "nm_warmup": "binary", "sleep_hrs": "numeric", "inj_6m": "binary",
                     "age": "numeric", "tele_checkin": "binary"})
WARD = _profile({"adm_id": "id", "weekend_adm": "binary", "icu_adm": "binary", "los": "numeric",
                 "los_icu": "numeric"})


def test_a_word_written_as_its_consonants_or_its_start_names_the_column(gate_off):
    out = parse_question("Does RFID tagging lower damage mainly by reducing picking mistakes?", WAREHOUSE, lm=None)
    assert (out.task.kind, out.task.treatment, out.task.outcome, out.task.mediator) == \
        ("mediation", "RFID_TAG", "DMG_FLAG", "PICK_ERR"), out.clarification
    out = parse_question("How does sleeping more change injury risk for a 30-year-old?", ATHLETES, lm=None)
    assert isinstance(out.task, CateTask), out.clarification
    assert (out.task.treatment, out.task.outcome, out.task.at) == ("sleep_hrs", "inj_6m", {"age": 30})


def test_a_code_needs_most_of_the_words_consonants():
    """hrs spells h-a-r-d-e-s-t too, but names hours, not 'hardest'."""
    out = parse_question("Which athletes are hit hardest by injuries when the warm-up is dropped?", ATHLETES, lm=None)
    assert out.task is None or "sleep_hrs" not in (out.task.model_dump().get("treatment"), out.task.model_dump().get("outcome"))


def test_hyphenated_words_are_one_word():
    out = parse_question("Does the warm-up reduce injuries?", ATHLETES, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("nm_warmup", "inj_6m"), out.clarification
    out = parse_question("Do tele check-ins reduce injuries?", ATHLETES, lm=None)
    assert (out.task.treatment, out.task.outcome) == ("tele_checkin", "inj_6m"), out.clarification


def test_a_phrase_naming_all_of_a_columns_words_beats_one_of_them_alone():
    out = parse_question("How much of the effect of ICU admission on los goes through los_icu?", WARD, lm=None)
    assert (out.task.treatment, out.task.outcome, out.task.mediator) == ("icu_adm", "los", "los_icu"), out.clarification


TRIAL = _profile({"pt_id": "id", "cbt": "binary", "sleep_hrs": "numeric", "phq9_bl": "numeric", "phq9_w12": "numeric",
                  "speed_restr_mi": "numeric", "on_time": "binary", "transit_hrs": "numeric",
                  "trips_next30": "numeric", "trips_next90": "numeric"})


def test_hyphenated_codes_and_times_inside_longer_phrases():
    out = parse_question("How much of CBT's effect on week-12 PHQ-9 is explained by improved sleep?", TRIAL, lm=None)
    assert (out.task.treatment, out.task.outcome, out.task.mediator) == ("cbt", "phq9_w12", "sleep_hrs"), out.clarification
    out = parse_question("How much of the effect of speed restrictions on on-time arrival runs through longer transit times?",
                         TRIAL, lm=None)
    assert (out.task.treatment, out.task.outcome, out.task.mediator) == ("speed_restr_mi", "on_time", "transit_hrs"), \
        out.clarification
    out = parse_question("What does cbt do to next-90-day trips?", TRIAL, lm=None)
    assert out.task is not None and out.task.outcome == "trips_next90", out.clarification
