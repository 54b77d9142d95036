"""Browser sessions of the web app: each has its own conversation thread, folder and sandbox.

A session's folder (under the server's `SESSIONS_ROOT`, removed at exit) holds its uploads, figures and
downloads; the session is dropped, with its folder, when the page is closed, when Gradio expires its
state, or when it stays idle past $COPILOT_SESSION_IDLE_MINUTES (`sweep_idle`, run by a background
thread). Gradio's own copy of an upload is deleted as soon as it has been handled (`discard_upload`).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from copilot.cleanup import remove_at_exit
from copilot.safety import Limits, Sandbox

log = logging.getLogger(__name__)

SESSIONS_ROOT = remove_at_exit(Path(tempfile.gettempdir()) / f"copilot-ui-{os.getpid()}")  # one per server
DEFAULT_IDLE_MINUTES = 30.0

@dataclass
class Session:
    """One browser session: its conversation thread, its folder, its data and its last answer."""

    id: str
    dir: Path
    thread: str
    model: str
    data_path: str | None = None
    data_name: str | None = None
    data_sent: bool = False  # the agent already has this table for the current thread
    last: dict | None = None  # the last answer as JSON (what the downloads contain)
    turns: int = 0  # answers received (numbers the download files)
    replies: int = 0  # replies shown, errors included (numbers the status line)
    cancel: threading.Event = field(default_factory=threading.Event)
    frame: pd.DataFrame | None = None  # the loaded table (handed to the agent as is: read once)
    sandbox: Sandbox | None = None  # what this session's requests may name and how much work they may ask
    touched: float = field(default_factory=time.monotonic)  # last activity (idle sessions are dropped)
    dropped: bool = False

    def data_name_md(self) -> str:
        return f"**{self.data_name}**" if self.data_name else "no data"

    def fresh_thread_id(self) -> str:
        return f"{self.id}-{uuid.uuid4().hex[:6]}"

    def new_thread(self) -> None:
        self.thread = self.fresh_thread_id()
        self.data_sent = False
        self.last = None


def _root() -> Path:
    """The sessions' parent folder (read at call time, so tests and the server may move it)."""
    return Path(SESSIONS_ROOT)


def default_model() -> str:
    """The model the app starts with: $COPILOT_MODEL, else the embedded default."""
    return (os.environ.get("COPILOT_MODEL") or "default").strip()


LIVE: dict[str, Session] = {}  # session id -> session, for the idle sweep and the page's unload event
_LIVE_LOCK = threading.Lock()


def idle_minutes() -> float:
    """$COPILOT_SESSION_IDLE_MINUTES (default 30): a session idle longer is dropped with its files."""
    try:
        return float(os.environ.get("COPILOT_SESSION_IDLE_MINUTES") or DEFAULT_IDLE_MINUTES)
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def new_session(model: str | None = None) -> Session:
    sid = uuid.uuid4().hex[:12]
    folder = _root() / sid
    folder.mkdir(parents=True, exist_ok=True)
    session = Session(id=sid, dir=folder, thread="", model=model or default_model(),
                      sandbox=Sandbox(root=folder, limits=Limits.from_env()))
    session.new_thread()
    with _LIVE_LOCK:
        LIVE[sid] = session
    return session


def ensure_session(session: Session | None) -> Session:
    """The page's session (a fresh one if there is none, or it was dropped as idle); marks it active."""
    if not isinstance(session, Session) or session.dropped:
        session = new_session(session.model if isinstance(session, Session) else None)
    session.touched = time.monotonic()
    return session


def drop_session(session: Session | None) -> None:
    """Cancel a session's work and delete its folder (session ended, page closed, or idle too long)."""
    if isinstance(session, Session):
        session.cancel.set()
        session.dropped = True
        session.frame = None
        shutil.rmtree(session.dir, ignore_errors=True)
        with _LIVE_LOCK:
            LIVE.pop(session.id, None)
        for hook in list(_DROP_HOOKS):
            try:
                hook(session)
            except Exception:  # noqa: BLE001 - cleanup must go on
                log.debug("drop hook failed", exc_info=True)


_DROP_HOOKS: list = []  # called with each dropped session (the agents forget its threads and tables)


def add_drop_hook(hook) -> None:
    """Call `hook(session)` whenever a session is dropped (the page's agents forget its threads and tables)."""
    _DROP_HOOKS.append(hook)


def sweep_idle(max_idle_s: float | None = None, now: float | None = None) -> int:
    """Drop every session idle for longer than `max_idle_s` (default: idle_minutes()); returns how many."""
    limit = idle_minutes() * 60 if max_idle_s is None else max_idle_s
    now = time.monotonic() if now is None else now
    with _LIVE_LOCK:
        stale = [s for s in LIVE.values() if now - s.touched > limit]
    for session in stale:
        drop_session(session)
    return len(stale)


def _sweeper() -> None:
    while True:
        time.sleep(max(5.0, min(60.0, idle_minutes() * 15)))
        try:
            sweep_idle()
        except Exception:  # noqa: BLE001
            log.warning("idle sweep failed", exc_info=True)


_SWEEPER_STARTED = threading.Event()


def start_sweeper() -> None:
    if not _SWEEPER_STARTED.is_set():
        _SWEEPER_STARTED.set()
        threading.Thread(target=_sweeper, name="copilot-idle-sweep", daemon=True).start()


def gradio_cache_dir() -> Path:
    """Where Gradio keeps uploads ($GRADIO_TEMP_DIR, else /tmp/gradio)."""
    try:
        from gradio.utils import get_upload_folder

        return Path(get_upload_folder()).resolve()
    except Exception:  # noqa: BLE001 - older/newer gradio
        return (Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")).resolve()


def discard_upload(path: str | Path) -> None:
    """Delete Gradio's copy of an upload (kept or rejected, it is not needed once handled).
    Only files inside Gradio's upload cache are touched."""
    try:
        resolved = Path(path).resolve()
        cache = gradio_cache_dir()
        if resolved.is_file() and resolved.is_relative_to(cache):
            resolved.unlink()
            parent = resolved.parent
            if parent != cache and parent.is_relative_to(cache) and not any(parent.iterdir()):
                parent.rmdir()
    except OSError:
        log.debug("could not remove upload %s", path, exc_info=True)


def other_sessions_file(path: str | Path, session: Session) -> bool:
    """True for a path inside the server's session folders but outside this session's own."""
    resolved = Path(path).resolve()
    if resolved.is_relative_to(gradio_cache_dir()):  # Gradio's upload cache may live in the server's folder
        return False
    return resolved.is_relative_to(_root().resolve()) and not resolved.is_relative_to(session.dir.resolve())
