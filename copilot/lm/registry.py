"""`get_lm(name)`: one loaded model per name and process, whichever backend serves it."""

from __future__ import annotations

import time

from copilot.lm.local import LOCAL_CACHE, LOCAL_LOCK, TransformersLM, load_local_model
from copilot.lm.protocol import LanguageModel
from copilot.lm.weights import resolve_name

LM_CACHE: dict[str, LanguageModel] = {}


def get_lm(name: str | None = None) -> LanguageModel:
    """The language model called `name` (None -> $COPILOT_MODEL -> default), loaded once per process."""
    name = resolve_name(name)
    with LOCAL_LOCK:
        if name not in LM_CACHE:
            if name.startswith("openai:"):
                from copilot.lm.remote import OpenAILM  # imports the openai SDK only when used

                LM_CACHE[name] = OpenAILM.from_name(name)
            else:
                model, tokenizer, device = load_local_model(name)
                LM_CACHE[name] = TransformersLM(model, tokenizer, device, name)
        return LM_CACHE[name]


def clear_cache() -> None:
    """Forget loaded models (tests and benchmarks measure loading)."""
    with LOCAL_LOCK:
        LM_CACHE.clear()
        LOCAL_CACHE.clear()


def timed_load(name: str | None = None) -> tuple[LanguageModel, float]:
    """Load `name` fresh (not from the process cache) and return it with the seconds it took."""
    with LOCAL_LOCK:
        resolved = resolve_name(name)
        LM_CACHE.pop(resolved, None)
        LOCAL_CACHE.pop(resolved, None)
        t0 = time.perf_counter()
        lm = get_lm(resolved)
        return lm, time.perf_counter() - t0
