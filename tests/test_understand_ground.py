"""Grounding a phrase that names no column by its words (copilot/understand/ground.py), with the real
sentence-embedding model where it is installed (`make install` installs it)."""

from __future__ import annotations

import pytest

from copilot.parse import parse_question
from copilot.understand.ground import ground_locally, lexical_candidates
from copilot.understand.kind import embed
from copilot.understand.text import columns_from_profile

needs_embeddings = pytest.mark.skipif(embed("x") is None, reason="sentence-embedding package not installed")

SKIP = frozenset({"the", "use", "people"})
BANK = columns_from_profile([{"name": n, "type": t} for n, t in [
    ("cust_id", "id"), ("sms_rem", "binary"), ("late_pay_30d", "binary"), ("late_pay_90d", "binary"),
    ("fico", "numeric"), ("bonusCredit", "binary"), ("depositsPost30", "numeric"), ("insul_upg", "binary")]])


def test_candidates_share_a_word_written_in_part_and_never_an_identifier():
    assert lexical_candidates("the welcome bonus", BANK, SKIP) == ["bonusCredit"]
    assert lexical_candidates("insulating the loft", BANK, SKIP) == ["insul_upg"]
    assert lexical_candidates("customers", BANK, SKIP) == []  # cust_id is an identifier
    assert lexical_candidates("air pollution", BANK, SKIP) == []


@needs_embeddings
def test_one_candidate_binds_when_the_words_mean_the_same():
    col, _, _ = ground_locally("the welcome bonus", BANK, lexical_candidates("the welcome bonus", BANK, SKIP))
    assert col == "bonusCredit"


@needs_embeddings
def test_a_phrase_sharing_no_word_never_binds_but_ranks_the_options():
    col, _, options = ground_locally("air pollution", BANK, lexical_candidates("air pollution", BANK, SKIP))
    assert col is None and options and "cust_id" not in options


@needs_embeddings
def test_a_paraphrase_grounds_in_a_whole_question():
    prof = [{"name": n, "type": t, "examples": []} for n, t in [
        ("acct_id", "id"), ("bonusCredit", "binary"), ("depositsPost30", "numeric"), ("ageBand", "categorical")]]
    out = parse_question("Does the welcome bonus increase depositsPost30?", prof, lm=None)
    assert out.task is not None and out.task.treatment == "bonusCredit", out.clarification


@needs_embeddings
def test_twins_sharing_the_word_are_asked_about():
    prof = [{"name": n, "type": t, "examples": []} for n, t in [
        ("pid", "id"), ("counsel", "binary"), ("adherence_6m", "numeric"), ("adherence_12m", "numeric")]]
    out = parse_question("Does pharmacist counselling improve adherence?", prof, lm=None)
    assert out.task is None and "adherence_6m" in out.clarification and "adherence_12m" in out.clarification
