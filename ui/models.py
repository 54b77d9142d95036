"""Which language model a web session uses: the settings panel's choices and one agent per model.

A model the panel does not list (the operator's own `$COPILOT_MODEL`: a hub id, a local path, an
OpenAI-compatible endpoint with a model name) keeps its own label and is applied exactly as it is,
so pressing Apply never swaps it for the embedded default. Web users may choose only what
`copilot.safety.check_model_name` allows.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

from copilot.errors import UserError
from copilot.safety import NO_MODEL_NAMES, check_model_name
from ui.sessions import Session, default_model

log = logging.getLogger(__name__)

QWEN = "Embedded · Qwen2.5-Coder-0.5B (default)"
SMOLLM = "Embedded · SmolLM2-135M (smallest)"
NONE = "No model · rule-based parser only"
SERVER = "OpenAI-compatible server"
# Label shown in the settings panel -> model name for `Copilot(lm=...)`.
MODEL_CHOICES = {QWEN: "qwen2.5-0.5b", SMOLLM: "smollm2", NONE: "none", SERVER: "openai"}
SERVER_MODEL = "Server's model · "  # + the operator's configured model when it is none of the above


def uses_model(model: str) -> bool:
    """False for the names that mean "rule-based parser only"."""
    return model.strip().lower() not in NO_MODEL_NAMES


def known_label(model: str) -> str | None:
    """The settings label of an embedded/no-model name, else None."""
    low = model.strip().lower()
    if low in NO_MODEL_NAMES:
        return NONE
    if low in {"default", "qwen2.5-0.5b"}:
        return QWEN
    if low == "smollm2":
        return SMOLLM
    return None


def model_choices() -> list[str]:
    """The settings choices: the fixed ones, plus the operator's own model when it is none of them."""
    choices = list(MODEL_CHOICES)
    own = default_model()
    if known_label(own) is None and not own.lower().startswith("openai:"):
        choices.append(SERVER_MODEL + own)
    return choices


def split_endpoint(model: str) -> tuple[str, str]:
    """`openai:URL#NAME` -> (URL, NAME); the settings fields are filled with both, so Apply keeps the name."""
    url, _, name = model[len("openai:"):].partition("#")
    return url, name


def model_name_for(choice: str, url: str, name: str) -> str:
    """The model name for a settings choice; refused unless a web user may choose it (copilot/safety.py).

    A "Server's model · X" label applies X itself (the safety check allows the operator's model only)."""
    if choice.startswith(SERVER_MODEL):
        model = choice[len(SERVER_MODEL):]
        check_model_name(model, default_model())
        return model
    key = MODEL_CHOICES.get(choice, choice)
    if key != "openai":
        check_model_name(key, default_model())
        return key
    url = (url or "").strip()
    if not re.match(r"^https?://", url):
        raise UserError("The OpenAI-compatible endpoint needs a URL such as http://localhost:8000/v1.",
                        "Enter the server's base URL in Settings and press Apply.")
    model = f"openai:{url}" + (f"#{name.strip()}" if name and name.strip() else "")
    check_model_name(model, default_model())
    return model


def choice_for(model: str) -> str:
    """The settings label for a model name; a model that is none of the fixed choices is shown by name
    (never relabelled, so pressing Apply does not swap it for another)."""
    if model.lower().startswith("openai:"):
        return SERVER
    return known_label(model) or SERVER_MODEL + model


class Copilots:
    """One `Copilot` per model name, shared by all sessions (threads keep conversations apart)."""

    def __init__(self, given: Any | None = None):
        self._given = given
        self._by_name: dict[str, Any] = {}
        self._lock = threading.Lock()

    def all(self) -> list:
        with self._lock:
            return [c for c in [self._given, *self._by_name.values()] if c is not None]

    def forget(self, session: Session) -> None:
        """A dropped session's threads and tables leave every agent."""
        for copilot in self.all():
            if hasattr(copilot, "forget"):
                copilot.forget(f"{session.id}-", prefix=True)  # every thread the session had

    def get(self, model: str):
        from graphs.agent import Copilot

        key = model.strip().lower()
        if self._given is not None and key in {"given", default_model().lower()}:
            return self._given
        with self._lock:
            if key not in self._by_name:
                self._by_name[key] = Copilot(lm=model if uses_model(key) else None)
            return self._by_name[key]

    def preload(self, model: str) -> None:
        """Load a model in the background so the first question does not wait for it."""

        def work() -> None:
            try:
                self.get(model).load()
            except Exception as exc:  # reported to the user on their first question instead
                log.warning("could not preload model %s: %s", model, exc)

        threading.Thread(target=work, name="copilot-preload", daemon=True).start()
