"""The agent's state: what one conversation thread remembers between turns.

Everything here is plain JSON (dicts, strings, numbers) so any LangGraph checkpointer can store
it. Tables are not stored in the state: `data_ref` names a table the `Copilot` keeps (a file
path it can reload, or an in-memory frame it was handed).
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict


class AgentState(TypedDict, total=False):
    # ---- this turn's input
    message: str  # the user's message ("" for run_task)
    direct_task: dict | None  # a task JSON to run as is (the UI's "edit and re-run")
    data_ref: str | None  # the thread's table (kept across turns)

    # ---- kept across turns
    task: dict | None  # the task of the latest turn that was understood
    last_task: dict | None  # the thread's current runnable task (follow-ups modify it; never "unsupported")
    pending: dict | None  # the open question back (a `copilot.understand.base.Pending` as JSON), or None
    history: Annotated[list[dict[str, str]], operator.add]  # [{"role": "user"|"assistant", "content": ...}]

    # ---- this turn's output
    clarification: str | None  # a question back (what it awaits is `pending`); ends the turn
    result: dict | None
    explanation: str
    error: str | None
    mentions: dict[str, str]
    alternatives: list[dict[str, Any]]
    confidence: float | None
    understood: bool  # this turn produced a task (so the answer shows it)
    checked: bool  # this turn's task passed the check step (so its tool may run)


# the keys a thread carries from one turn to the next (the rest are one turn's input and output)
REMEMBERED = ("data_ref", "task", "last_task", "pending", "history")


def turn_input(message: str, data_ref: str | None, direct_task: dict | None = None) -> dict[str, Any]:
    """The state update that starts a turn: new input, this turn's outputs cleared."""
    update: dict[str, Any] = {
        "message": message,
        "direct_task": direct_task,
        "clarification": None,
        "result": None,
        "explanation": "",
        "error": None,
        "mentions": {},
        "alternatives": [],
        "confidence": None,
        "understood": False,
        "checked": False,
    }
    if data_ref is not None:
        update["data_ref"] = data_ref
    return update
