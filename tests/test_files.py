"""Files read right, or refused clearly, through the public entry points (`Copilot.ask`/`run_task`, the
page's upload handler): UTF-16, `;` with decimal commas, gzip named .csv, .xlsx, long column names, an ID
as treatment, and an outcome that is an exact function of the treatment."""

from __future__ import annotations

import gzip

import numpy as np
import pandas as pd
import pytest

import ui.sessions as sessions_module
from graphs.agent import Copilot
from ui.app import build_app
from ui.uploads import EXAMPLES_DIR

QUESTION = "What is the effect of training on earnings?"
# the same question as a task JSON with a fast estimator (the file reading is what these tests check)
FAST = {"kind": "ate", "treatment": "training", "outcome": "earnings", "covariates": ["age", "education"],
        "method": "linear_regression", "refute": False}


@pytest.fixture(scope="module")
def copilot():
    return Copilot(lm=None)


@pytest.fixture(scope="module")
def jobs() -> pd.DataFrame:
    return pd.read_csv(EXAMPLES_DIR / "job_training.csv")


@pytest.fixture()
def upload(tmp_path, monkeypatch):
    """The page's upload handler: returns (summary line, column rows) as the page shows them."""
    monkeypatch.setattr(sessions_module, "SESSIONS_ROOT", tmp_path / "sessions")
    monkeypatch.setenv("COPILOT_MODEL", "none")
    handlers = build_app(Copilot(lm=None)).copilot_handlers
    session, _ = handlers["load"](None)

    def send(path):
        _, chat, info, columns, *_ = handlers["upload"](str(path), [], session)
        return info.get("value") or chat[-1]["content"], columns.get("value")

    yield send
    sessions_module.drop_session(session)


@pytest.fixture(scope="module")
def shown():
    """What the page shows for the plain example CSV (the other encodings must show the same)."""
    from ui.uploads import profile_rows

    return profile_rows(pd.read_csv(EXAMPLES_DIR / "job_training.csv"))


def _effect(answer) -> float:
    assert answer.error is None, answer.explanation
    assert answer.result is not None and answer.result.kind == "ate"
    return answer.result.estimate


@pytest.fixture(scope="module")
def reference(copilot) -> float:
    return _effect(copilot.run_task(FAST, data=EXAMPLES_DIR / "job_training.csv", thread_id="ref"))


def test_utf16_csv_is_decoded(copilot, jobs, reference, tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes(jobs.to_csv(index=False).encode("utf-16"))  # with its BOM, as Excel writes it
    assert _effect(copilot.run_task(FAST, data=path, thread_id="utf16")) == pytest.approx(reference)


def test_semicolons_and_decimal_commas_are_understood(upload, jobs, shown, tmp_path):
    path = tmp_path / "european.csv"
    path.write_text(jobs.to_csv(index=False, sep=";", decimal=","), encoding="cp1252")
    assert "29,409" in path.read_text(encoding="cp1252")
    summary, columns = upload(path)
    assert "1,000 rows × 4 columns" in summary and columns == shown


def test_decimal_commas_inside_a_comma_separated_file_are_named(copilot, jobs, tmp_path):
    path = tmp_path / "ambiguous.csv"
    path.write_text(jobs.to_csv(index=False, decimal=","))  # pandas quotes "29,409"
    answer = copilot.ask(QUESTION, data=path, thread_id="amb")
    assert answer.error and "decimal comma" in answer.error and "earnings" in answer.error


def test_gzip_named_csv_is_recognised_by_content(upload, jobs, shown, tmp_path):
    path = tmp_path / "packed.csv"
    path.write_bytes(gzip.compress(jobs.to_csv(index=False).encode()))
    summary, columns = upload(path)
    assert "1,000 rows × 4 columns" in summary and columns == shown


def test_xlsx_is_read(copilot, upload, jobs, shown, tmp_path):
    path = tmp_path / "book.xlsx"
    jobs.to_excel(path, index=False)
    summary, columns = upload(path)
    assert "1,000 rows × 4 columns" in summary and columns == shown
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    answer = copilot.ask(QUESTION, data=old, thread_id="xls")
    assert answer.error and "old-style Excel" in answer.error and "CSV" in answer.error


def test_long_column_names_keep_the_answer_and_its_figure(copilot, jobs, reference, tmp_path):
    long_t, long_y = "participated_in_training_" + "x" * 120, "yearly_earnings_in_thousands_" + "y" * 120
    path = tmp_path / "long.csv"
    jobs.rename(columns={"training": long_t, "earnings": long_y}).to_csv(path, index=False)
    answer = copilot.ask(f"What is the effect of {long_t} on {long_y}?", data=path, thread_id="long")
    assert _effect(answer) == pytest.approx(2.0, abs=0.3)  # the example's truth
    assert answer.figures and all(len(f.path.rsplit("/", 1)[-1]) < 100 for f in answer.figures)


def test_an_id_as_treatment_is_refused_with_the_reason(copilot, tmp_path):
    rng = np.random.default_rng(3)
    n = 300
    df = pd.DataFrame({"patient_id": np.arange(1001, 1001 + n), "age": rng.uniform(20, 80, n)})
    df["cost"] = 100 + 2 * df["age"] + rng.normal(0, 5, n)
    path = tmp_path / "patients.csv"
    df.sample(frac=1, random_state=1).to_csv(path, index=False)
    answer = copilot.ask("What is the effect of patient_id on cost?", data=path, thread_id="id")
    assert answer.result is None and "row identifier" in answer.error and "not an intervention" in answer.error
    answer = copilot.run_task({"kind": "ate", "treatment": "age", "outcome": "cost", "method": "linear_regression",
                               "refute": False}, thread_id="id")  # a real measure on the same table still works
    assert answer.error is None and answer.result.estimate == pytest.approx(2.0, abs=0.2)


def test_an_outcome_that_is_a_function_of_the_treatment_is_refused(copilot, jobs, tmp_path):
    df = jobs.copy()
    df["training_label"] = np.where(df["training"] == 1, 10.0, 3.0)  # computed from the treatment
    df["earnings_k"] = df["earnings"] * 1000  # linear in earnings
    path = tmp_path / "derived.csv"
    df.to_csv(path, index=False)
    answer = copilot.ask("What is the effect of training on training_label?", data=path, thread_id="f")
    assert answer.result is None and "exact function of the treatment" in answer.error
    answer = copilot.ask("What is the effect of earnings on earnings_k?", data=path, thread_id="g")
    assert answer.result is None and "straight line" in answer.error
