"""The one interface the parser, explainer and SD-SCM engine see (any backend satisfies it)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class LanguageModel(Protocol):
    """What the parser, explainer and SD-SCM engine need from a language model."""

    name: str
    device: str

    def generate(
        self, prompt: str, max_new_tokens: int = 64, stop: list[str] | None = None, *, chat: bool = True
    ) -> str: ...

    def logprobs(self, prompts: list[str], continuations: list[list[str]]) -> list[list[float]]: ...

    def choose(self, prompt: str, options: list[str]) -> tuple[int, list[float]]: ...

    def format_chat(self, system: str | None, user: str, assistant_prefix: str = "") -> str: ...
