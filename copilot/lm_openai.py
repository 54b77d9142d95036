"""Kept for older imports: the OpenAI-compatible backend now lives in `copilot.lm.remote`.

Import from `copilot.lm` (`from copilot.lm import OpenAILM, parse_openai_name`).
"""

from copilot.lm.remote import (  # noqa: F401
    CHATML,
    NO_PROMPT_LOGPROBS_HINT,
    OpenAILM,
    _continuation_tokens,
    _local_tokenizer,
    parse_openai_name,
)
from copilot.lm.scoring import choose_with, constrained_logprobs  # noqa: F401
from copilot.lm.weights import MODEL_SPECS, converted_path, resolve_name  # noqa: F401
