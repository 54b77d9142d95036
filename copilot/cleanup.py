"""Temporary folders that must not outlive the process, even when it is stopped by a signal.

`remove_at_exit(path)` registers a folder for removal at interpreter exit; `handle_signals()` (called
by the CLI and the web server, in the main thread) turns SIGTERM and SIGHUP into a normal exit, so
the removal runs then too (SIGINT already raises KeyboardInterrupt, which exits normally).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import threading
from pathlib import Path

_FOLDERS: list[tuple[int, Path]] = []
_LOCK = threading.Lock()


def _remove_all() -> None:
    with _LOCK:
        for pid, path in _FOLDERS:
            if pid == os.getpid():  # a forked child must not remove its parent's folders
                shutil.rmtree(path, ignore_errors=True)


atexit.register(_remove_all)


def remove_at_exit(path: str | Path) -> Path:
    """Remove `path` (a folder this process created) when the process exits."""
    path = Path(path)
    with _LOCK:
        if (os.getpid(), path) not in _FOLDERS:
            _FOLDERS.append((os.getpid(), path))
    return path


def _exit_on_signal(signum, frame) -> None:  # noqa: ARG001 - the signal API
    raise SystemExit(128 + signum)


def handle_signals() -> None:
    """SIGTERM/SIGHUP -> SystemExit (atexit handlers run). Only from the main thread; else a no-op."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):
            signal.signal(sig, _exit_on_signal)


__all__ = ["handle_signals", "remove_at_exit"]
