"""A hostile-but-ordinary web user, through the handlers the page calls (no browser): no file read or
written outside the session, no request to an endpoint the operator did not allow, work bounded by the
operator's limits, and errors that never echo file contents."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

import ui.models as models_module
import ui.sessions as sessions_module
from copilot.safety import Limits, Sandbox, sanitize
from graphs.agent import Copilot
from graphs.guard import confine
from copilot.task import parse_task
from ui.app import build_app
from ui.uploads import EXAMPLES_DIR

SECRET = "sk-SECRET-123"


@pytest.fixture()
def ui(tmp_path, monkeypatch):
    """The page's handlers around a no-model agent, with sessions under tmp_path."""
    monkeypatch.setattr(sessions_module, "SESSIONS_ROOT", tmp_path / "sessions")
    monkeypatch.setenv("COPILOT_MODEL", "none")
    monkeypatch.delenv("COPILOT_ALLOWED_ENDPOINTS", raising=False)
    app = build_app(Copilot(lm=None))
    handlers = app.copilot_handlers
    yield handlers
    for session in list(sessions_module.LIVE.values()):
        sessions_module.drop_session(session)


def _session(ui):
    session, _ = ui["load"](None)
    return session


def _run(gen) -> tuple:
    """The last update a streaming handler yields (what the page finally shows)."""
    *_, last = list(gen)
    return last


def _chat_text(update) -> str:
    chat = update[1]
    return "\n".join(m["content"] for m in chat if isinstance(m.get("content"), str))


def _rerun(ui, session, task: dict) -> str:
    last = _run(ui["rerun"](json.dumps(task), [], session, progress=lambda *a, **k: None))
    return _chat_text(last)


def _ask(ui, session, question: str) -> str:
    last = _run(ui["ask"](question, [], session, progress=lambda *a, **k: None))
    return _chat_text(last)


# ----------------------------------------------------------------------------- 1. writing anywhere


def test_generate_cannot_write_outside_the_session(ui, tmp_path):
    session = _session(ui)
    target = tmp_path / "elsewhere"
    text = _rerun(ui, session, {"kind": "generate", "spec": "confounder", "rows": 5, "out_dir": str(target)})
    assert "I choose where generated files go" in text and not target.exists()
    text = _ask(ui, session, f"generate 5 rows of synthetic data from the confounder spec into the folder {target}")
    assert "I choose where generated files go" in text and not target.exists()
    # a path that climbs out of the session folder is outside too
    sneaky = session.dir / ".." / ".." / "escaped"
    text = _rerun(ui, session, {"kind": "generate", "spec": "confounder", "rows": 5, "out_dir": str(sneaky)})
    assert "I choose where generated files go" in text and not sneaky.resolve().exists()


def test_the_server_chooses_the_output_folder_inside_the_session(tmp_path):
    sandbox = Sandbox(root=tmp_path / "s1")
    task = confine(parse_task({"kind": "generate", "spec": "confounder", "rows": 5}), sandbox)
    assert Path(task.out_dir).parent == tmp_path / "s1" and Path(task.spec).name == "confounder.json"
    inside = confine(parse_task({"kind": "generate", "spec": "collider", "out_dir": str(tmp_path / "s1" / "x")}), sandbox)
    assert inside.out_dir == str(tmp_path / "s1" / "x") and Path(inside.spec).suffix == ".yaml"


# ----------------------------------------------------------------------------- 2. reading any file


def test_a_spec_must_be_bundled_or_uploaded_and_errors_never_echo_contents(ui, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"api_key": SECRET, "variables": SECRET}))
    session = _session(ui)
    for text in (
        _rerun(ui, session, {"kind": "generate", "spec": str(secret), "rows": 5}),
        _ask(ui, session, f"generate 5 rows from the spec {secret}"),
        _rerun(ui, session, {"kind": "audit", "spec": str(secret), "treatment": "a", "outcome": "b"}),
        _rerun(ui, session, {"kind": "generate", "spec": "../../../" + str(secret), "rows": 5}),
    ):
        assert "shipped with the copilot or a file you uploaded" in text, text
        assert SECRET not in text
    # the Python API (the machine's own user) may read a local spec; its validation error is sanitized
    answer = Copilot(lm=None).run_task({"kind": "generate", "spec": str(secret), "rows": 5})
    assert answer.error and "malformed" in answer.error
    assert SECRET not in answer.explanation and SECRET not in answer.error and "input_value" not in answer.error


def test_sanitize_drops_pydantic_values():
    text = ("1 validation error for Spec\nvariables\n  Input should be a valid list "
            "[type=list_type, input_value={'k': 'sk-SECRET-123', 'n': [1, 2]}, input_type=dict]\n"
            "    For further information visit https://errors.pydantic.dev/2.11/v/list_type")
    out = sanitize(text)
    assert SECRET not in out and "input_value" not in out and "Input should be a valid list" in out


# ----------------------------------------------------------------------------- 3. requests to any URL


class _Listener(http.server.ThreadingHTTPServer):
    """A loopback 'model server' that counts requests and answers with `status`."""

    def __init__(self, status: int = 500):
        self.hits: list[str] = []
        self.status = status
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                listener.hits.append(self.path)
                body = json.dumps({"error": {"message": "model server exploded"}}).encode()
                self.send_response(listener.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


def test_endpoints_are_the_operators_choice(ui, monkeypatch):
    listener = _Listener()
    try:
        session = _session(ui)
        _, _, status = ui["settings"]("OpenAI-compatible server", listener.url, "", [], session)
        assert "does not let web users choose a language-model server" in status["value"]
        assert session.model == "none"
        text = _rerun(ui, session, {"kind": "audit", "spec": "confounder", "treatment": "a", "outcome": "b",
                                    "model": f"openai:{listener.url}"})
        assert "does not let web users choose" in text
        text = _rerun(ui, session, {"kind": "audit", "spec": "confounder", "treatment": "a", "outcome": "b",
                                    "model": "/some/local/weights"})
        assert "not one this web app offers" in text
        assert listener.hits == []  # not one request reached the listener
        # allowed by the operator: used, and its failure is reported instead of a silent fallback
        monkeypatch.setenv("COPILOT_ALLOWED_ENDPOINTS", listener.url)
        _, _, status = ui["settings"]("OpenAI-compatible server", listener.url, "", [], session)
        assert status["value"] == f"Using `openai:{listener.url}`."
        text = _ask(ui, session, "What is the effect of training on earnings?")
        # the client retries a 5xx (copilot/lm/remote.py), but only ever asks the allowed server for /models
        assert listener.hits and set(listener.hits) == {"/v1/models"}
        assert "model server exploded" in text and "HTTP 500" in text
    finally:
        listener.shutdown()


@pytest.mark.slow  # two effect estimates in a worker process (~40 s on the shared 2-core machine)
def test_an_allowed_server_failing_mid_question_is_reported(ui, monkeypatch):
    listener = _Listener()
    try:
        session = _session(ui)
        monkeypatch.setenv("COPILOT_ALLOWED_ENDPOINTS", listener.url)
        _, _, status = ui["settings"]("OpenAI-compatible server", listener.url, "m", [], session)
        ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], session)
        _ask(ui, session, "What is the effect of training on earnings?")
        text = _ask(ui, session, "what about age instead?")  # the parser asks the model which role changes
        assert "/v1/completions" in listener.hits
        assert "The language model failed while reading the question" in text and "model server exploded" in text
    finally:
        listener.shutdown()


def test_custom_operator_model_is_labelled_by_name_and_apply_keeps_it(monkeypatch):
    monkeypatch.setenv("COPILOT_MODEL", "qwen2.5-1.5b")
    label = models_module.choice_for("qwen2.5-1.5b")
    assert label != models_module.choice_for("qwen2.5-0.5b") and "qwen2.5-1.5b" in label
    assert label in models_module.model_choices()
    assert models_module.model_name_for(label, "", "") == "qwen2.5-1.5b"


# ----------------------------------------------------------------------------- limits


def test_requests_over_the_operators_limits_name_the_limit(ui, monkeypatch):
    monkeypatch.setenv("COPILOT_MAX_ROWS", "1000")
    monkeypatch.setenv("COPILOT_MAX_BOOTSTRAP", "50")
    session = _session(ui)
    text = _rerun(ui, session, {"kind": "generate", "spec": "confounder", "rows": 1_000_000, "datasets": 100_000})
    assert "rows = 1,000,000" in text and "limit of 1,000 rows" in text and "$COPILOT_MAX_ROWS" in text
    text = _rerun(ui, session, {"kind": "generate", "spec": "confounder", "rows": 10, "datasets": 100_000})
    assert "limit of 5 datasets" in text and "$COPILOT_MAX_DATASETS" in text
    ui["upload"](str(EXAMPLES_DIR / "exercise_mediation.csv"), [], session)
    text = _rerun(ui, session, {"kind": "mediation", "treatment": "exercise", "outcome": "blood_pressure",
                                "mediator": "fitness", "n_bootstrap": 5000})
    assert "limit of 50 bootstrap resamples" in text and "$COPILOT_MAX_BOOTSTRAP" in text


def test_a_table_over_the_row_limit_is_refused_with_the_limit(ui, monkeypatch):
    monkeypatch.setenv("COPILOT_MAX_TABLE_ROWS", "500")
    session = _session(ui)
    _, chat, *_ = ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], session)
    assert "limit of 500 table rows" in chat[-1]["content"] and session.data_path is None


def test_limits_from_the_environment_are_checked(monkeypatch):
    monkeypatch.setenv("COPILOT_MAX_SECONDS", "lots")
    with pytest.raises(Exception, match="COPILOT_MAX_SECONDS"):
        Limits.from_env()


def test_specs_bundled_or_uploaded_are_allowed_and_links_out_are_not(tmp_path):
    from graphs.guard import confine_spec
    from tools.sdscm.spec import SPEC_DIR

    sandbox = Sandbox(root=tmp_path / "s")
    for name in ("confounder", "collider", str(SPEC_DIR / "mediator.json")):
        assert Path(confine_spec(name, sandbox)).parent == SPEC_DIR.resolve()
    mine = tmp_path / "s" / "data-1" / "my_spec.json"
    mine.parent.mkdir(parents=True)
    mine.write_text("{}")
    with pytest.raises(Exception, match="neither"):
        confine_spec(str(mine), sandbox)
    sandbox.add_upload(mine)
    assert confine_spec(str(mine), sandbox) == str(mine.resolve())
    outside = tmp_path / "outside.json"
    outside.write_text("{}")
    link = tmp_path / "s" / "data-1" / "link.json"
    link.symlink_to(outside)
    with pytest.raises(Exception, match="neither"):
        confine_spec(str(link), sandbox)


def test_an_upload_cannot_name_another_sessions_file(ui, monkeypatch):
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(sessions_module.SESSIONS_ROOT / "gradio"))  # as `python -m ui` sets it
    mine, other = _session(ui), _session(ui)
    cached = sessions_module.gradio_cache_dir() / "f00" / "jobs.csv"  # a real upload, inside the server's folder
    cached.parent.mkdir(parents=True)
    cached.write_bytes((EXAMPLES_DIR / "job_training.csv").read_bytes())
    ui["upload"](str(cached), [], mine)
    assert mine.data_path and not cached.exists()
    mine.data_path = None
    ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], other)
    _, chat, *_ = ui["upload"](other.data_path, [], mine)
    assert "not a file you uploaded" in chat[-1]["content"] and mine.data_path is None
    assert Path(other.data_path).is_file()  # and it was not deleted either
