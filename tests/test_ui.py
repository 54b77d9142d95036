"""The UI's plumbing in-process (no browser): sessions, uploads, cancellation, downloads, examples."""

from __future__ import annotations

import json
import threading
import time
import zipfile
from pathlib import Path

import gradio as gr
import pandas as pd
import pytest

import ui.models as models_module
import ui.sessions as sessions_module
import ui.uploads as uploads_module
from copilot.errors import UserError
from copilot.results import answer_payload
from ui.app import build_app
from ui.models import Copilots
from ui.report import copy_figures, figures_html, report_markdown, write_downloads
from ui.sessions import drop_session, new_session
from ui.uploads import EXAMPLES, EXAMPLES_DIR, attach_data
from ui.worker import run_cancellable


@pytest.fixture()
def session(tmp_path, monkeypatch):
    monkeypatch.setattr(sessions_module, "SESSIONS_ROOT", tmp_path / "sessions")
    s = new_session("none")
    yield s
    drop_session(s)


def test_examples_are_reproducible_and_match_their_truth(tmp_path):
    from ui.examples.make_examples import build

    truths = build(tmp_path)
    assert truths == json.loads((EXAMPLES_DIR / "truth.json").read_text())
    for name in truths:
        assert (tmp_path / name).read_bytes() == (EXAMPLES_DIR / name).read_bytes(), name
    # every example button points at a bundled file whose question names its columns
    for _, filename, question in EXAMPLES:
        if filename is None:
            continue
        columns = pd.read_csv(EXAMPLES_DIR / filename, nrows=1).columns
        truth = truths[filename]
        named = [truth.get(k) for k in ("treatment", "outcome", "mediator", "modifier") if truth.get(k)]
        assert set(named) <= set(columns) and all(n in question for n in named), (filename, question)
    # the ATE example's confounding is real: the naive difference is biased away from the truth
    df = pd.read_csv(EXAMPLES_DIR / "job_training.csv")
    naive = df.loc[df.training == 1, "earnings"].mean() - df.loc[df.training == 0, "earnings"].mean()
    assert abs(naive - truths["job_training.csv"]["ate"]) > 0.5


def test_sessions_are_separate_and_cleaned_up(session):
    other = new_session("none")
    try:
        assert other.dir != session.dir and other.thread != session.thread
        attach_data(session, EXAMPLES_DIR / "job_training.csv")
        assert session.data_path and Path(session.data_path).parent.parent == session.dir
        assert other.data_path is None and list(other.dir.iterdir()) == []
        old = session.thread
        session.new_thread()
        assert session.thread != old and session.thread.startswith(session.id)
    finally:
        drop_session(other)
    assert not other.dir.exists()


def test_upload_is_profiled(session):
    summary, rows = attach_data(session, EXAMPLES_DIR / "job_training.csv", "job_training.csv")
    assert "1,000 rows × 4 columns" in summary
    types = {r[0]: r[1] for r in rows}
    assert types == {"age": "numeric", "education": "numeric", "training": "binary", "earnings": "numeric"}


def test_oversize_upload_is_refused_before_parsing(session, tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    big.write_text("x,y\n" + "1,2\n" * 30_000)  # 0.12 MB
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "0.1")

    def never(*args, **kwargs):
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(uploads_module, "load_table", never)
    with pytest.raises(UserError, match=r"is 120 KB, over the 100 KB limit, so I did not open it"):
        attach_data(session, big)
    assert session.data_path is None and list(session.dir.iterdir()) == []


def test_bad_csv_is_a_user_error_and_leaves_nothing_behind(session, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n3,4,5,6\n" + "7,8\n" * 40)
    with pytest.raises(UserError, match="Save it as a CSV"):
        attach_data(session, bad)
    assert session.data_path is None and list(session.dir.iterdir()) == []


def test_run_cancellable_returns_value_reports_progress_and_stops_on_cancel(session):
    seen = []

    def work(report):
        for i in range(3):
            report(i / 3, f"step {i}")
            time.sleep(0.1)
        return 42

    assert run_cancellable(work, session, lambda frac, desc: seen.append(desc), poll=0.02) == 42
    assert "step 1" in seen

    with pytest.raises(ZeroDivisionError):
        run_cancellable(lambda report: 1 / 0, session)

    release = threading.Event()
    threading.Timer(0.2, session.cancel.set).start()
    started = time.perf_counter()
    assert run_cancellable(lambda report: release.wait(10), session, poll=0.02) is None
    assert time.perf_counter() - started < 3
    release.set()


def test_answer_downloads_hold_json_report_and_figures(session):
    copilot = Copilots().get("none")
    question = "A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?"
    answer = copilot.ask(question, thread_id=session.thread)
    assert answer.error is None and answer.result.kind == "relation" and answer.figures
    session.turns = 1
    figures = copy_figures(session, answer)
    assert figures and all(Path(f["path"]).parent == session.dir for f in figures)
    payload = answer_payload(answer, figures)
    json_path, zip_path = write_downloads(session, payload, question)
    saved = json.loads(Path(json_path).read_text())
    assert saved["task"]["kind"] == "relation" and saved["result"]["valid"] == answer.result.valid
    with zipfile.ZipFile(zip_path) as zf:
        names = set(zf.namelist())
        report = zf.read("report.md").decode()
    png = Path(figures[0]["path"]).name
    assert {"report.md", "answer.json", png} <= names
    assert f"]({png})" in report and question in report and answer.explanation.splitlines()[0] in report
    html = figures_html(figures)
    assert html.count("<img") == len(figures) and "gradio_api/file=" in html


def test_report_without_result_still_renders():
    text = report_markdown({"explanation": "**I couldn't answer that.** No table.", "figures": []}, "why?", None)
    assert text.startswith("# Causal copilot report") and "No table." in text and "## Result" not in text


def test_model_settings_are_validated(monkeypatch):
    monkeypatch.setenv("COPILOT_ALLOWED_ENDPOINTS", "http://localhost:8000/v1,http://x/v1")
    assert models_module.model_name_for("No model · rule-based parser only", "", "") == "none"
    assert models_module.model_name_for("Embedded · SmolLM2-135M (smallest)", "", "") == "smollm2"
    assert models_module.model_name_for("OpenAI-compatible server", "http://localhost:8000/v1", "m") == "openai:http://localhost:8000/v1#m"
    with pytest.raises(UserError, match="needs a URL"):
        models_module.model_name_for("OpenAI-compatible server", "localhost", "")
    for name in ("none", "smollm2", "qwen2.5-0.5b", "openai:http://x/v1"):
        assert models_module.model_name_for(models_module.choice_for(name), "http://x/v1", "") .split("#")[0] == name
    with pytest.raises(UserError, match="not on this server's allow-list"):
        models_module.model_name_for("OpenAI-compatible server", "http://169.254.169.254/v1", "")
    monkeypatch.delenv("COPILOT_ALLOWED_ENDPOINTS")
    with pytest.raises(UserError, match="does not let web users choose"):
        models_module.model_name_for("OpenAI-compatible server", "http://localhost:8000/v1", "")


@pytest.mark.parametrize("configured", ["openai:http://x/v1#my-model", "openai:http://x/v1", "/models/my-own", "qwen2.5-1.5b"])
def test_apply_keeps_the_operators_own_model(monkeypatch, tmp_path, configured):
    """The page opens on the operator's model; pressing Apply as shown keeps it (never swaps it for Qwen)."""
    monkeypatch.setattr(sessions_module, "SESSIONS_ROOT", tmp_path / "sessions")
    monkeypatch.setenv("COPILOT_MODEL", configured)
    monkeypatch.delenv("COPILOT_ALLOWED_ENDPOINTS", raising=False)
    app = build_app(Copilots().get("none"))
    shown = {block.elem_id: block.value for block in app.blocks.values()
             if getattr(block, "elem_id", None) in {"model-choice", "endpoint", "endpoint-model"}}
    assert shown["model-choice"] != models_module.QWEN and shown["model-choice"] in models_module.model_choices()
    ui = app.copilot_handlers
    session, _ = ui["load"](None)
    assert session.model == configured
    session, chat, status = ui["settings"](shown["model-choice"], shown["endpoint"], shown["endpoint-model"], [], session)
    assert session.model == configured and chat == [] and status["value"] == f"Using `{configured}`."
    drop_session(session)


def test_a_server_model_label_applies_that_model_or_is_refused(monkeypatch):
    monkeypatch.setenv("COPILOT_MODEL", "/models/my-own")
    assert models_module.model_name_for(models_module.SERVER_MODEL + "/models/my-own", "", "") == "/models/my-own"
    with pytest.raises(UserError, match="not one this web app offers"):  # not the operator's: refused, not swapped
        models_module.model_name_for(models_module.SERVER_MODEL + "/models/other", "", "")


def test_copilots_share_one_agent_per_model(monkeypatch):
    monkeypatch.setenv("COPILOT_MODEL", "none")
    given = object()
    copilots = Copilots(given)
    assert copilots.get("none") is given  # the given agent serves the default model
    other = Copilots().get("none")
    assert other.get_lm() is None and Copilots().get("none") is not other


def test_build_app_has_the_controls_the_page_needs():
    app = build_app()
    assert isinstance(app, gr.Blocks)
    ids = {getattr(block, "elem_id", None) for block in app.blocks.values()}
    assert {"upload", "columns", "chat", "question", "ask", "cancel", "task-json", "rerun", "figures",
            "download-json", "download-report", "model-choice", "endpoint", "status"} <= ids
    assert {f"example-{i}" for i in range(len(EXAMPLES))} <= ids
