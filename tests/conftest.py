"""Shared test helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copilot.paths import shared_data_dir

SHARED_DATA = shared_data_dir()


def require_shared(relative: str) -> Path:
    """Path to a file or folder of the shared benchmark data.

    Outside CI a checkout without `../shared` skips the test; in CI (CI=true) missing data fails it,
    so the real-data tests can never pass by not running.
    """
    path = SHARED_DATA / relative
    if not path.exists():
        message = f"shared data missing: {path} (set COPILOT_SHARED_DATA or put ../shared beside the checkout)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`@pytest.mark.shared_data("corr2cause/test.csv")`: the test needs that shared file or folder."""
    for marker in item.iter_markers("shared_data"):
        for relative in marker.args:
            require_shared(relative)


# ----------------------------------------------------------------------------- question readings
@pytest.fixture
def gate_off(monkeypatch):
    """The parser's am-I-sure gate switched off: the test is about the reading, not about asking back."""
    from copilot.understand import gate

    monkeypatch.setattr(gate, "threshold", lambda: 0.0)


@pytest.fixture
def task_of(gate_off):
    """The task the parser reads from a question and a column profile, without a language model."""
    from copilot.parse import parse_question

    def read(question: str, cols):
        out = parse_question(question, cols, lm=None)
        assert out.task is not None, out.clarification
        return out.task
    return read


@pytest.fixture
def audit_of(gate_off):
    """The audit of a language model's decision the parser reads from a question with no data and no model."""
    from copilot.parse import parse_question

    def read(question: str):
        out = parse_question(question, None, lm=None)
        assert out.task is not None and out.task.kind == "audit", out.clarification
        return out.task
    return read


# ----------------------------------------------------------------------------- language models
# One loaded model per session: get_lm caches by name; tests that must reload use `fresh_lm_cache`,
# which puts the session's models back afterwards so later modules do not load them again.


@pytest.fixture(scope="session")
def smol():
    """SmolLM2 (the small test model), loaded once for the whole session."""
    from copilot.lm import get_lm

    return get_lm("smollm2")


@pytest.fixture()
def fresh_lm_cache():
    """An empty model cache for the test; the models loaded before it are restored after it."""
    from copilot.lm import LM_CACHE, LOCAL_CACHE, clear_cache

    saved = dict(LM_CACHE), dict(LOCAL_CACHE)
    clear_cache()
    try:
        yield
    finally:
        clear_cache()
        LM_CACHE.update(saved[0])
        LOCAL_CACHE.update(saved[1])


def logprob_tol(dtype, tokens: int = 1, *, fp32: float = 2e-4, low: float = 0.15) -> float:
    """How far two equal log-probabilities may differ when two kernel paths compute them.

    A full forward pass against a key/value cache, or a batch against single rows, round
    differently. In fp32 that was 3e-7 over 5 tokens here (2e-5 batched against single rows);
    in bf16/fp16 (8/11-bit mantissa) it reached 0.09 per token on an AVX2 EPYC, where bf16 is
    emulated (-12.735 vs -12.291 over 5 tokens). So the bound follows the dtype actually in use,
    never one machine's rounding; a real bug (a shifted position, a wrong mask) costs whole nats.
    """
    import torch

    per_token = fp32 if dtype == torch.float32 else low
    return per_token * max(1, tokens)


def model_dtype(lm):
    """The dtype a local model's weights are in (the one its scores are computed in)."""
    return next(lm.model.parameters()).dtype


# ----------------------------------------------------------------------------- the app in a browser
# One app server and one browser for the whole session, whichever modules drive them: starting the
# app (with its default model) costs ~20 s, a fresh browser context reloads Gradio's scripts.

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
APP_LIMIT_MB = 0.05  # the app server's upload limit in the browser tests (the examples are all below it)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ALLOWED_ENDPOINT = f"http://127.0.0.1:{free_port()}/v1"  # the operator allows this one in the app (nothing listens)


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """`python -m ui` on a free loopback port, as a user starts it; yields its URL.

    The model is the embedded default ($UI_TEST_MODEL picks another, e.g. "none" or "smollm2").
    """
    import subprocess
    import sys
    import time
    import urllib.request

    port = free_port()
    log_path = tmp_path_factory.mktemp("ui") / "server.log"
    env = {**os.environ, "COPILOT_MODEL": os.environ.get("UI_TEST_MODEL", "qwen2.5-0.5b"),
           "COPILOT_MAX_FILE_MB": str(APP_LIMIT_MB), "COPILOT_FIGURE_DIR": str(tmp_path_factory.mktemp("figures")),
           "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1", "TMPDIR": str(tmp_path_factory.mktemp("tmp")),
           "COPILOT_ALLOWED_ENDPOINTS": ALLOWED_ENDPOINT}
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "ui", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.time() + 180
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"the app did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
        try:
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (apt-get install chromium).")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture(scope="session")
def browser_context(browser):
    """One browsing context for the session: its HTTP cache keeps Gradio's scripts between tests.

    Every page opened in it is still a new app session (Gradio keys its state by page load).
    """
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        yield context
    finally:
        context.close()


@pytest.fixture()
def page(browser_context, app_server):
    """A fresh page (a new app session) on the session's app server."""
    pg = browser_context.new_page()
    pg.goto(app_server)
    pg.wait_for_selector("#ask")
    yield pg
    pg.close()
