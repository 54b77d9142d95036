"""Bounded work and no leftovers: Cancel kills the running tool (its CPU time stops growing), and
temporary folders and uploads are removed at exit, on SIGTERM, when a session ends or idles, and at
once for a rejected upload. Driven through the page's handlers and real processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

import ui.sessions as sessions_module
import ui.uploads as uploads_module
from graphs.agent import Copilot
from graphs.worker import pool
from ui.app import build_app
from ui.uploads import EXAMPLES_DIR

REPO = Path(__file__).resolve().parents[1]
SLOW_TASK = {"kind": "discover", "method": "pc", "ci_test": "kci", "bootstrap": 50}  # minutes of CPU


@pytest.fixture()
def ui(tmp_path, monkeypatch):
    monkeypatch.setattr(sessions_module, "SESSIONS_ROOT", tmp_path / "sessions")
    monkeypatch.setenv("COPILOT_MODEL", "none")
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "gradio"))
    app = build_app(Copilot(lm=None))
    yield app.copilot_handlers
    for session in list(sessions_module.LIVE.values()):
        sessions_module.drop_session(session)


def _cpu(proc: psutil.Process) -> float:
    """CPU seconds of a process and its children (0 once it is gone)."""
    try:
        total = sum(proc.cpu_times()[:2])
        for child in proc.children(recursive=True):
            try:
                total += sum(child.cpu_times()[:2])
            except psutil.NoSuchProcess:
                pass
        return total
    except psutil.NoSuchProcess:
        return 0.0


def test_cancel_kills_the_running_tool_and_frees_the_cpu(ui):
    session, _ = ui["load"](None)
    ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], session)
    threads_before = threading.active_count()
    shown: dict = {}

    def press_run() -> None:
        *_, shown["last"] = list(ui["rerun"](json.dumps(SLOW_TASK), [], session, progress=lambda *a, **k: None))

    runner = threading.Thread(target=press_run)
    runner.start()
    deadline = time.monotonic() + 180
    while not pool().busy_pids() and time.monotonic() < deadline:
        time.sleep(0.2)
    (pid,) = pool().busy_pids()
    worker = psutil.Process(pid)
    c0 = _cpu(worker)
    time.sleep(3)
    assert _cpu(worker) > c0  # it is computing (how fast depends on the machine's other load)
    pressed = time.monotonic()
    ui["cancel"](session)
    runner.join(15)
    assert not runner.is_alive() and "Stopped" in shown["last"][1][-1]["content"]
    gone = _wait_for(lambda: not psutil.pid_exists(pid) or worker.status() == psutil.STATUS_ZOMBIE, 5)
    assert gone and time.monotonic() - pressed < 6  # the worker is killed within seconds of the press
    me = psutil.Process()
    c1 = _cpu(me)
    time.sleep(2)
    assert _cpu(me) - c1 < 0.5  # this process (the server) is idle again: nothing runs on in the background
    assert threading.active_count() <= threads_before + 1


def test_rejected_and_accepted_uploads_leave_no_copy_in_gradios_cache(ui, tmp_path, monkeypatch):
    cache = Path(sessions_module.gradio_cache_dir())
    assert cache == (tmp_path / "gradio").resolve()
    session, _ = ui["load"](None)
    big = cache / "abc" / "big.csv"
    big.parent.mkdir(parents=True)
    big.write_text("x,y\n" + "1,2\n" * 30_000)
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "0.1")
    ui["upload"](str(big), [], session)
    assert not big.exists() and session.data_path is None  # rejected: deleted at once
    monkeypatch.delenv("COPILOT_MAX_FILE_MB")
    good = cache / "def" / "jobs.csv"
    good.parent.mkdir(parents=True)
    good.write_bytes((EXAMPLES_DIR / "job_training.csv").read_bytes())
    ui["upload"](str(good), [], session)
    assert not good.exists() and Path(session.data_path).is_file()  # only the session's copy is kept
    outside = tmp_path / "mine.csv"  # a file outside Gradio's cache is never deleted
    outside.write_bytes((EXAMPLES_DIR / "job_training.csv").read_bytes())
    ui["upload"](str(outside), [], session)
    assert outside.exists()


def test_idle_and_closed_sessions_are_dropped_with_their_files_and_tables(ui):
    copilot = ui["copilots"].get("none")
    idle, _ = ui["load"](None)
    ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], idle)
    *_, last = list(ui["ask"]("Will it rain tomorrow?", [], idle, progress=lambda *a, **k: None))
    ui["clear"](idle)  # a new chat in the same session: a second thread with the same table
    *_, last = list(ui["ask"]("Will it rain tomorrow?", [], idle, progress=lambda *a, **k: None))
    assert copilot.tables() == 1
    busy, _ = ui["load"](None)
    idle.touched -= 3600
    assert sessions_module.sweep_idle(max_idle_s=600) == 1
    assert not idle.dir.exists() and busy.dir.exists() and copilot.tables() == 0

    class Request:
        session_hash = "page-1"

    closed, _ = ui["load"](None, Request())
    ui["unload"](Request())
    assert not closed.dir.exists() and closed.id not in sessions_module.LIVE
    again, _ = ui["load"](idle)  # the dropped session's page comes back: it gets a fresh session
    assert again is not idle and again.dir.exists()


def test_tables_are_read_once_and_the_agent_keeps_a_bounded_number(ui, monkeypatch):
    import copilot.data as data_module
    from graphs import agent as agent_module

    reads = []
    real = data_module.load_table

    def counting(path, *args, **kwargs):
        reads.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(data_module, "load_table", counting)
    monkeypatch.setattr(uploads_module, "load_table", counting)
    session, _ = ui["load"](None)
    ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], session)
    list(ui["ask"]("Will it rain tomorrow?", [], session, progress=lambda *a, **k: None))
    list(ui["ask"]("And the day after?", [], session, progress=lambda *a, **k: None))
    assert reads == ["job_training.csv"]  # parsed once, on upload; the agent got the loaded table
    copilot = Copilot(lm=None)
    base = pd.read_csv(EXAMPLES_DIR / "job_training.csv")
    for i in range(agent_module.MAX_TABLES + 5):
        copilot.ask("Will it rain tomorrow?", data=base.assign(age=base.age + i), thread_id=f"t{i}")
    assert copilot.tables() == agent_module.MAX_TABLES


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_figure_folder_is_removed_at_exit_and_on_sigterm(tmp_path):
    code = ("import os, sys, time\nfrom copilot.cleanup import handle_signals\nfrom copilot.figures import figure_dir\n"
            "handle_signals()\nprint(figure_dir(), flush=True)\n"
            "time.sleep(60) if sys.argv[1] == 'wait' else None\n")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("COPILOT_FIGURE_DIR", None)
    done = subprocess.run([sys.executable, "-c", code, "exit"], capture_output=True, text=True, env=env, timeout=60)
    folder = Path(done.stdout.strip())
    assert folder.name.startswith("copilot-figures-") and not folder.exists()
    proc = subprocess.Popen([sys.executable, "-c", code, "wait"], stdout=subprocess.PIPE, text=True, env=env)
    folder = Path(proc.stdout.readline().strip())
    assert folder.is_dir()
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    assert not folder.exists()


@pytest.mark.slow
def test_cli_leaves_no_figure_folder_unless_asked(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("COPILOT_FIGURE_DIR", None)
    args = [sys.executable, "-m", "copilot", "ask", "--model", "none", str(EXAMPLES_DIR / "job_training.csv"),
            "What is the causal graph of these variables?"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert "[figure]" in out and "--figures DIR" in out
    assert not (Path(tempfile.gettempdir()) / f"copilot-figures-{proc.pid}").exists()
    kept = tmp_path / "figs"
    done = subprocess.run(args + ["--figures", str(kept)], capture_output=True, text=True, env=env, cwd=REPO, timeout=600)
    assert done.returncode == 0 and list(kept.glob("*.png"))


@pytest.mark.slow
def test_web_server_removes_its_folders_on_sigterm():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(REPO), "COPILOT_MODEL": "none"}
    env.pop("GRADIO_TEMP_DIR", None)
    proc = subprocess.Popen([sys.executable, "-m", "ui", "--port", str(port), "--model", "none"], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = Path(tempfile.gettempdir()) / f"copilot-ui-{proc.pid}"
    try:
        assert _wait_for(lambda: folder.is_dir() and _listening(port), 300)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    assert not folder.exists()


def _listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_a_request_past_the_time_limit_is_stopped_and_the_limit_named(ui, monkeypatch):
    monkeypatch.setenv("COPILOT_MAX_SECONDS", "3")
    session, _ = ui["load"](None)
    ui["upload"](str(EXAMPLES_DIR / "job_training.csv"), [], session)
    started = time.monotonic()
    *_, last = list(ui["rerun"](json.dumps(SLOW_TASK), [], session, progress=lambda *a, **k: None))
    text = last[1][-1]["content"]
    assert "limit of 3 s per request" in text and "$COPILOT_MAX_SECONDS" in text
    assert time.monotonic() - started < 30 and not pool().busy_pids()
