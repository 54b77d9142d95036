"""Questions run off the request's thread, so the page stays responsive and Cancel is honoured.

Gradio calls a handler on a request thread; the agent's work runs in a worker thread that this
thread polls, forwarding the agent's progress to the page and giving up as soon as the session
cancels (the agent itself stops the cancelled computation and kills a running tool).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from ui.sessions import Session

log = logging.getLogger(__name__)


def run_cancellable(fn, session: Session, progress=None, poll: float = 0.2):
    """Run `fn(report)` in a worker thread; return its value, or None if the session cancels first.

    `report(frac, message)` is what the agent calls; the progress bar is updated from this thread
    (Gradio's progress belongs to the request's thread). The agent stops a cancelled computation
    itself (between steps; a running tool's worker process is killed); its answer is discarded.
    """
    state: dict[str, Any] = {"frac": 0.0, "msg": "Starting", "done": False, "value": None, "error": None}

    def report(frac: float, message: str) -> None:
        state["frac"], state["msg"] = frac, message

    def work() -> None:
        try:
            state["value"] = fn(report)
        except BaseException as exc:  # handed back to the request thread
            state["error"] = exc
        finally:
            state["done"] = True

    worker = threading.Thread(target=work, name=f"copilot-{session.id}", daemon=True)
    worker.start()
    shown = None
    while not state["done"]:
        if session.cancel.is_set():
            return None
        if progress is not None and (state["frac"], state["msg"]) != shown:
            shown = (state["frac"], state["msg"])
            try:
                progress(max(0.0, min(1.0, state["frac"])), desc=state["msg"])
            except Exception:
                log.debug("progress update failed", exc_info=True)
        worker.join(poll)
    if session.cancel.is_set():  # the work saw the Cancel first and stopped itself: still a cancellation
        return None
    if state["error"] is not None:
        raise state["error"]
    return state["value"]
