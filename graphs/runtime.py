"""What every step of the agent shares: the runtime (language model, tables, tool runner) and the
progress callback a call may pass in its config. Kept apart so each step's module needs only this."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from langchain_core.runnables import RunnableConfig

from copilot.errors import UserError

log = logging.getLogger(__name__)

ProgressFn = Callable[[float, str], None]


@dataclass
class Runtime:
    """What the nodes need that is not conversation state: the LM, the tables, the tools."""

    get_lm: Callable[[], Any]  # returns a LanguageModel or None (structural parsing only)
    get_frame: Callable[[str], pd.DataFrame]  # data_ref -> table (raises UserError if gone)
    use_lm_for_explanation: bool = False
    profiles: dict[str, Any] = field(default_factory=dict)  # data_ref -> DataProfile cache
    execute: Callable[[Any, Any], Any] | None = None  # runs a tool (e.g. in a killable worker); None = in-process

    def profile(self, data_ref: str | None):
        if not data_ref:
            return None
        if data_ref not in self.profiles:
            from copilot.data import profile

            self.profiles[data_ref] = profile(self.get_frame(data_ref))
        return self.profiles[data_ref]


def progress_of(config: RunnableConfig | None) -> ProgressFn:
    """The call's progress callback (a no-op when none was given); a failing one is ignored."""
    fn = ((config or {}).get("configurable") or {}).get("progress")
    if fn is None:
        return lambda frac, msg: None

    def safe(frac: float, msg: str) -> None:
        try:
            fn(frac, msg)
        except Exception:  # a broken progress bar must not break the answer
            log.debug("progress callback failed", exc_info=True)

    return safe


def user_message(exc: BaseException) -> str:
    """An exception as the user reads it: a UserError's own text, else its type and message."""
    if isinstance(exc, UserError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"
