"""The agent's public API: `Copilot.ask(message, data=...) -> Answer`.

The UI, the CLI and the evaluation all go through this class. It owns the language model
(loaded lazily, once), the tables handed to it (one per thread, kept across turns), and the
compiled LangGraph whose checkpointer keeps each thread's conversation state.
"""

from __future__ import annotations

import contextvars
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import UserError
from copilot.results import Figure, Result, parse_result
from copilot.safety import NO_MODEL_NAMES, Sandbox, sanitize
from copilot.task import Task, task_to_dict
from graphs.graph import build_graph
from graphs.runtime import Runtime
from graphs.state import REMEMBERED, turn_input

log = logging.getLogger(__name__)

ProgressFn = Callable[[float, str], None]
MAX_TABLES = 16  # tables kept in memory at once (least recently used dropped; a path is re-read on need)
LM_METHODS = {"generate", "logprobs", "choose", "option_logprobs"}


@dataclass
class _Turn:
    """What one call of ask/run_task carries through the graph (a context variable, per call)."""

    cancel: threading.Event | None = None
    deadline: float | None = None
    limit_text: str = ""
    lm_errors: list[str] = field(default_factory=list)

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            from graphs.worker import Cancelled

            raise Cancelled()


_TURN: contextvars.ContextVar[_Turn | None] = contextvars.ContextVar("copilot_turn", default=None)


class _TurnLM:
    """The turn's view of the language model: Cancel is checked before each call, and a failure is
    recorded so the answer can say the model failed (the parser falls back to rules silently)."""

    def __init__(self, lm: Any, turn: _Turn):
        self._lm, self._turn = lm, turn

    def __getattr__(self, name: str):
        attr = getattr(self._lm, name)
        if name not in LM_METHODS or not callable(attr):
            return attr

        def call(*args, **kwargs):
            self._turn.check()
            try:
                return attr(*args, **kwargs)
            except Exception as exc:
                self._turn.lm_errors.append(sanitize(str(exc)) or type(exc).__name__)
                raise

        return call


class Answer(BaseModel):
    """One reply of the copilot: the understood task, the tool's result, and the explanation."""

    thread_id: str
    task: dict | None = Field(None, description="The task JSON this turn understood (None when asking back).")
    result: Result | None = None
    explanation: str = Field(description="Markdown; numbers first. Also holds the clarification or error text.")
    clarification: str | None = Field(None, description="Set when the agent asks back instead of answering.")
    error: str | None = Field(None, description="A friendly message when something failed (also in explanation).")
    figures: list[Figure] = Field(default_factory=list)
    confidence: float | None = Field(None, description="The parser's confidence in its reading of the question.")
    alternatives: list[dict[str, Any]] = Field(default_factory=list, description="Other readings, with scores.")
    mentions: dict[str, str] = Field(default_factory=dict, description="Phrase in the question -> column it matched.")


def _frame_key(df: pd.DataFrame) -> str:
    """A content hash, so handing the same table again reuses its profile."""
    digest = hashlib.sha1()
    digest.update("\x1f".join(map(str, df.columns)).encode())
    digest.update(pd.util.hash_pandas_object(df, index=True).to_numpy().tobytes())
    return "frame:" + digest.hexdigest()[:16]


class Copilot:
    """The causal copilot agent.

    `lm`: a LanguageModel, a model name for `copilot.lm.get_lm` ("default" = the configured
    default, e.g. "qwen2.5-0.5b", "smollm2"), or None for structural parsing without a model.
    `checkpointer`: any LangGraph checkpointer (MemorySaver by default).
    `use_lm_for_explanation`: add an LM paraphrase to the explanation, kept only if its numbers
    all come from the result.
    """

    def __init__(self, lm: Any | str | None = None, checkpointer=None, use_lm_for_explanation: bool = False):
        self._lm_spec = lm
        self._lm: Any | None = None if isinstance(lm, str) or lm is None else lm
        self._lm_lock = threading.Lock()
        self._frames: OrderedDict[str, pd.DataFrame] = OrderedDict()  # bounded: MAX_TABLES, least recent dropped
        self._frames_lock = threading.Lock()
        self._thread_refs: dict[str, str] = {}  # thread -> the table it was given (forget() drops it)
        self.runtime = Runtime(
            get_lm=self._turn_lm, get_frame=self._get_frame, use_lm_for_explanation=use_lm_for_explanation,
            execute=self._execute,
        )
        self.graph = build_graph(self.runtime, checkpointer)

    # ------------------------------------------------------------------ resources

    def get_lm(self):
        """The language model (loaded on first use), or None when the copilot runs without one."""
        if self._lm is None and isinstance(self._lm_spec, str) and self._lm_spec.lower() not in NO_MODEL_NAMES:
            with self._lm_lock:
                if self._lm is None:
                    from copilot.lm import get_lm

                    self._lm = get_lm(None if self._lm_spec == "default" else self._lm_spec)
        return self._lm

    def load(self) -> "Copilot":
        """Load the language model now (raises UserError if it cannot be loaded)."""
        self.get_lm()
        return self

    def _turn_lm(self):
        """The LM as the graph's nodes see it during a call (Cancel checked, failures recorded)."""
        lm = self.get_lm()
        turn = _TURN.get()
        return _TurnLM(lm, turn) if lm is not None and turn is not None else lm

    def _execute(self, task, frame):
        """Run a tool: in a killable worker process when the call can be cancelled or has a time limit."""
        from graphs.nodes import run_tool_for

        turn = _TURN.get()
        if turn is None or (turn.cancel is None and turn.deadline is None):
            return run_tool_for(task, frame)
        from graphs.worker import run_tool_in_worker

        turn.check()
        return run_tool_in_worker(task, frame, turn.cancel, turn.deadline, turn.limit_text)

    def _keep(self, key: str, frame: pd.DataFrame) -> None:
        with self._frames_lock:
            self._frames[key] = frame
            self._frames.move_to_end(key)
            while len(self._frames) > MAX_TABLES:
                old, _ = self._frames.popitem(last=False)
                self.runtime.profiles.pop(old, None)

    def _register(self, data: str | Path | pd.DataFrame | None, thread_id: str | None = None) -> str | None:
        """A reference to `data` for the thread state (the table itself stays here, at most MAX_TABLES)."""
        if data is None:
            return None
        if isinstance(data, pd.DataFrame):
            key = _frame_key(data)
            if key not in self._frames:
                self._keep(key, data)
        elif isinstance(data, (str, Path)):
            from copilot.data import load_table

            path = Path(data).expanduser().resolve()
            key = f"path:{path}"
            if key not in self._frames:
                self._keep(key, load_table(path))
                self.runtime.profiles.pop(key, None)
        else:
            raise UserError(f"Unsupported data of type {type(data).__name__}.", "Pass a CSV path or a pandas DataFrame.")
        if thread_id is not None:
            self._thread_refs[thread_id] = key
        return key

    def _get_frame(self, ref: str) -> pd.DataFrame:
        with self._frames_lock:
            if ref in self._frames:
                self._frames.move_to_end(ref)
                return self._frames[ref]
        if ref.startswith("path:"):
            from copilot.data import load_table

            frame = load_table(ref[5:])
            self._keep(ref, frame)
            return frame
        raise UserError("The table for this conversation is no longer loaded.", "Upload it again.")

    def tables(self) -> int:
        """How many tables are held in memory (bounded by MAX_TABLES)."""
        return len(self._frames)

    def forget(self, thread_id: str, *, prefix: bool = False) -> None:
        """Forget a thread (with `prefix`, every thread whose id starts with `thread_id`, e.g. all of a
        web session's) and drop each table no other thread still uses."""
        threads = {thread_id}
        if prefix:
            stored = getattr(self.graph.checkpointer, "storage", {}) or {}
            threads = {t for t in set(stored) | set(self._thread_refs) if str(t).startswith(thread_id)}
        refs = set()
        for thread in threads:
            self.reset(thread)
            ref = self._thread_refs.pop(thread, None)
            if ref is not None:
                refs.add(ref)
        for ref in refs - set(self._thread_refs.values()):
            with self._frames_lock:
                self._frames.pop(ref, None)
            self.runtime.profiles.pop(ref, None)

    # ------------------------------------------------------------------ conversation

    def ask(
        self,
        message: str,
        *,
        data: str | Path | pd.DataFrame | None = None,
        thread_id: str = "default",
        progress: ProgressFn | None = None,
        sandbox: Sandbox | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """Answer one message in a thread. `data` is kept for the thread's later messages.

        `sandbox` (the web app) confines what the task may name and bounds its work (copilot/safety.py);
        `cancel` stops the call between steps and kills a running tool. With either, tools run in a worker
        process. The CLI and Python API pass neither: local paths are allowed there."""
        return self._turn(lambda ref: turn_input(message, ref), data, thread_id, progress, sandbox, cancel)

    def run_task(
        self,
        task: dict | Task,
        *,
        data: str | Path | pd.DataFrame | None = None,
        thread_id: str = "default",
        progress: ProgressFn | None = None,
        sandbox: Sandbox | None = None,
        cancel: threading.Event | None = None,
    ) -> Answer:
        """Run a (possibly edited) task JSON as is; it becomes the thread's current task (see `ask`)."""
        as_dict = task if isinstance(task, dict) else task_to_dict(task)
        return self._turn(lambda ref: turn_input("", ref, direct_task=as_dict), data, thread_id, progress, sandbox, cancel)

    def _turn(
        self,
        make_input: Callable[[str | None], dict],
        data: str | Path | pd.DataFrame | None,
        thread_id: str,
        progress: ProgressFn | None,
        sandbox: Sandbox | None,
        cancel: threading.Event | None,
    ) -> Answer:
        """One turn for `ask` and `run_task`: keep the thread's table (a read error is the answer, not an
        exception), then run the graph on the input built from the table's reference."""
        try:
            ref = self._register(data, thread_id)
        except UserError as exc:
            return self._error_answer(thread_id, f"I couldn't read the data: {exc}")
        return self._invoke(make_input(ref), thread_id, progress, sandbox, cancel)

    def reset(self, thread_id: str) -> None:
        """Forget a thread: its task, open questions, table and history."""
        checkpointer = self.graph.checkpointer
        if hasattr(checkpointer, "delete_thread"):
            checkpointer.delete_thread(thread_id)

    def remembered(self, thread_id: str) -> dict:
        """What the thread carries into its next turn (task, open questions, table, history)."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": thread_id}})
        values = snapshot.values or {}
        return {k: values[k] for k in REMEMBERED if k in values}

    def restore(self, thread_id: str, remembered: dict) -> None:
        """Start `thread_id` (a new id) from `remembered`, e.g. as it was before a cancelled turn.

        A cancelled turn cannot be stopped mid-node and would still write to its own thread, so the
        conversation moves to a new thread that never saw it."""
        if remembered:
            self.graph.update_state({"configurable": {"thread_id": thread_id}}, remembered, as_node="explain")

    def history(self, thread_id: str) -> list[dict[str, str]]:
        """The thread's messages so far, oldest first."""
        snapshot = self.graph.get_state({"configurable": {"thread_id": thread_id}})
        return list((snapshot.values or {}).get("history") or [])

    def current_task(self, thread_id: str) -> dict | None:
        snapshot = self.graph.get_state({"configurable": {"thread_id": thread_id}})
        return (snapshot.values or {}).get("last_task")

    # ------------------------------------------------------------------ internals

    def _error_answer(self, thread_id: str, message: str) -> Answer:
        message = sanitize(message) or ""
        return Answer(thread_id=thread_id, explanation=f"**I couldn't answer that.** {message}", error=message)

    def _invoke(self, update: dict, thread_id: str, progress: ProgressFn | None,
                sandbox: Sandbox | None = None, cancel: threading.Event | None = None) -> Answer:
        from graphs.worker import Cancelled

        config = {"configurable": {"thread_id": thread_id, "progress": progress, "sandbox": sandbox}}
        seconds = sandbox.limits.max_seconds if sandbox is not None else None
        turn = _Turn(cancel=cancel, deadline=time.monotonic() + seconds if seconds else None,
                     limit_text=f"this server's limit of {seconds:g} s per request (set by the operator with "
                                "$COPILOT_MAX_SECONDS)" if seconds else "")
        token = _TURN.set(turn)
        try:
            state: dict = {}
            for state in self.graph.stream(update, config, stream_mode="values"):
                turn.check()  # between steps: a cancelled call goes no further
        except Cancelled:
            return self._error_answer(thread_id, "Stopped: the request was cancelled.")
        except Exception as exc:  # the graph's nodes catch their own errors; this is the last net
            log.warning("agent failed: %r", exc); log.debug("agent traceback", exc_info=True)
            detail = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
            return self._error_answer(thread_id, f"Something went wrong ({detail}). Try rephrasing the question.")
        finally:
            _TURN.reset(token)
        result = parse_result(state["result"]) if state.get("result") else None
        understood = bool(state.get("understood"))
        explanation = sanitize(state.get("explanation") or "") or ""
        if turn.lm_errors:
            explanation += ("\n\n⚠️ The language model failed while reading the question "
                            f"({turn.lm_errors[0]}), so this answer rests on the rule-based reading alone.")
        return Answer(
            thread_id=thread_id,
            task=state.get("task") if understood else None,
            result=result,
            explanation=explanation,
            clarification=state.get("clarification"),
            error=sanitize(state.get("error")),
            figures=list(result.figures) if result is not None else [],
            confidence=state.get("confidence"),
            alternatives=list(state.get("alternatives") or []),
            mentions=dict(state.get("mentions") or {}),
        )


__all__ = ["Answer", "Copilot"]
