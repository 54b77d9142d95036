"""Tools in worker processes that Cancel (or a time limit) can stop at once.

A thread cannot be stopped mid-computation: a cancelled dowhy/econml/SD-SCM run would go on using
the CPU. So for a web request the tool runs in a child process (started with `spawn`, in its own
process group so that joblib's helpers go with it); Cancel or the time limit kills the group and the
CPU is free at once. A finished worker is kept for the next job, and one spare is kept started, so a
request does not wait for Python to import the tools.

`run_tool_in_worker(task, frame, cancel, deadline)` is what the agent's tool step calls.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing as mp
import os
import signal
import threading
import time
from typing import Any

from copilot.errors import UserError

log = logging.getLogger(__name__)
MAX_IDLE = 2


class Cancelled(BaseException):
    """The user cancelled the request (a BaseException, so no `except Exception` swallows it)."""


def _serve(conn, figure_dir: str) -> None:
    """The worker's loop: (task dict, frame) in, ('ok', result JSON) or an error description out."""
    os.setpgrp()  # its own process group: killing it also kills joblib/loky helpers it started
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the server's terminal is the server's
    os.environ["COPILOT_FIGURE_DIR"] = figure_dir
    from copilot.task import parse_task
    from graphs.nodes import run_tool_for

    for name in ("tools.effects", "tools.discovery", "tools.mediation", "tools.relations"):
        try:  # warm the imports while the worker waits for its first job
            __import__(name)
        except Exception:  # noqa: BLE001 - reported when a job needs it
            pass
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        task_dict, frame = message
        try:
            result = run_tool_for(parse_task(task_dict), frame)
            reply = ("ok", result.model_dump(mode="json"))
        except UserError as exc:
            reply = ("user", exc.message, exc.hint)
        except ImportError as exc:
            reply = ("import", str(exc))
        except Exception as exc:  # noqa: BLE001 - handed to the agent, which words it for the user
            reply = ("error", type(exc).__name__, str(exc))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


class _Worker:
    def __init__(self, ctx, figure_dir: str):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, figure_dir), name="copilot-tool", daemon=True)
        self.process.start()
        child.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        """Kill the worker and everything it started (its process group)."""
        pid = self.process.pid
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, OSError):
            try:
                self.process.kill()
            except (OSError, ValueError, AttributeError):
                pass
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()


class WorkerPool:
    """Reusable tool workers; a job's worker is killed when it is cancelled or runs past its deadline."""

    def __init__(self) -> None:
        self._ctx = mp.get_context("spawn")
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._lock = threading.Lock()

    def _new(self) -> _Worker:
        from copilot.figures import figure_dir

        return _Worker(self._ctx, str(figure_dir()))

    def warm(self) -> None:
        """Start a spare worker now (its imports run while nobody waits)."""
        with self._lock:
            if not self._idle:
                self._idle.append(self._new())

    def _acquire(self) -> _Worker:
        with self._lock:
            while self._idle:
                worker = self._idle.pop()
                if worker.alive():
                    break
            else:
                worker = self._new()
            self._busy.add(worker)
        return worker

    def _release(self, worker: _Worker, keep: bool) -> None:
        with self._lock:
            self._busy.discard(worker)
            if keep and worker.alive() and len(self._idle) < MAX_IDLE:
                self._idle.append(worker)
                return
        worker.kill() if not keep else worker.stop()

    def busy_pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._busy]

    def run(self, task_dict: dict, frame, cancel: threading.Event | None, deadline: float | None,
            limit_text: str = "") -> dict:
        """The tool's result JSON; raises Cancelled, a UserError (also for the time limit) or an error."""
        worker = self._acquire()
        keep = False
        try:
            worker.conn.send((task_dict, frame))
            while not worker.conn.poll(0.1):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if deadline is not None and time.monotonic() > deadline:
                    raise UserError(f"The computation ran past {limit_text or 'the time limit'}, so I stopped it.",
                                    "Ask for less (fewer rows, columns or resamples), or run it on your own machine "
                                    "with `python -m copilot`.")
                if not worker.alive():
                    raise RuntimeError(f"the worker process ended unexpectedly (exit code {worker.process.exitcode})")
            reply = worker.conn.recv()
            keep = True
        finally:
            self._release(worker, keep)
        kind = reply[0]
        if kind == "ok":
            return reply[1]
        if kind == "user":
            raise UserError(reply[1], reply[2])
        if kind == "import":
            raise ImportError(reply[1])
        raise type(reply[1], (Exception,), {})(reply[2])  # keeps the library's error name in the message

    def shutdown(self) -> None:
        with self._lock:
            workers = self._idle + list(self._busy)
            self._idle, self._busy = [], set()
        for worker in workers:
            worker.kill()


_POOL: WorkerPool | None = None
_POOL_LOCK = threading.Lock()


def pool() -> WorkerPool:
    """The process's worker pool (stopped at exit)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = WorkerPool()
            atexit.register(_POOL.shutdown)
        return _POOL


def run_tool_in_worker(task: Any, frame, cancel: threading.Event | None, deadline: float | None,
                       limit_text: str = ""):
    """Run `task`'s tool in a worker process; returns its Result."""
    from copilot.results import parse_result
    from copilot.task import task_to_dict

    return parse_result(pool().run(task_to_dict(task), frame, cancel, deadline, limit_text))


__all__ = ["Cancelled", "WorkerPool", "pool", "run_tool_in_worker"]
