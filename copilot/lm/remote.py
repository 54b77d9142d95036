"""OpenAI-compatible backend: any server speaking /v1/completions (vLLM, llama.cpp server, Ollama).

Used as `get_lm("openai:http://127.0.0.1:8000/v1#model-name")`; the `#model` part is optional
(the server's first model is used). Built on the `openai` SDK, which brings timeouts and retries
with backoff (connection errors, 408/409/429/5xx). `$OPENAI_API_KEY`, when set, is sent as the
bearer token. Scoring needs prompt log-probabilities (`echo=true, logprobs=1, max_tokens=0`); a
server that cannot give them is a clear `UserError`, never a silent fallback to other scores.
"""

from __future__ import annotations

import os
from typing import Any, Callable

from copilot.errors import UserError
from copilot.lm.scoring import choose_with, constrained_logprobs
from copilot.lm.weights import MODEL_SPECS, converted_path, resolve_name

CHATML = "<|im_start|>{role}\n{content}<|im_end|>\n"
NO_PROMPT_LOGPROBS_HINT = (
    "Use a server that returns prompt log-probabilities on /v1/completions with echo=true (e.g. vLLM, "
    "or `python -m copilot.lm_server`), or a local model."
)


def parse_openai_name(name: str) -> tuple[str, str | None]:
    """`openai:<base_url>[#model]` -> (base URL ending in /v1, model or None)."""
    if not name.startswith("openai:"):
        raise UserError(f"{name!r} is not an OpenAI-compatible model name.", hint="Write openai:<base_url>[#model].")
    rest = name[len("openai:") :]
    base, _, model = rest.partition("#")
    base = base.strip().rstrip("/")
    if not base.startswith(("http://", "https://")):
        raise UserError(
            f"The server URL {base!r} must start with http:// or https://.",
            hint="For example openai:http://127.0.0.1:8000/v1#Qwen/Qwen2.5-7B-Instruct",
        )
    if not base.endswith("/v1"):
        base += "/v1"
    return base, (model.strip() or None)


class OpenAILM:
    """A language model behind an OpenAI-compatible HTTP API.

    `timeout` bounds a whole request (a long batch of scored candidates included), `connect_timeout`
    only the connection, so a dead host fails fast; `max_retries` re-sends a request that failed
    for a transient reason (the SDK's exponential backoff).
    """

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        *,
        timeout: float = 300.0,
        connect_timeout: float = 10.0,
        max_retries: int = 2,
        batch_size: int = 32,
    ):
        import openai

        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        # Local servers need no key, but the SDK insists on one; they ignore the placeholder.
        self.client = openai.OpenAI(
            base_url=self.base_url,
            api_key=os.environ.get("OPENAI_API_KEY") or "no-key",
            # (the SDK's own Timeout: openai 3.63 moved from httpx to httpx2 and refuses an httpx.Timeout)
            timeout=openai.Timeout(timeout, connect=connect_timeout),
            max_retries=max_retries,
        )
        self.model = model or self._first_model()
        self.name = f"openai:{self.base_url}#{self.model}"
        self.device = f"remote:{self.base_url}"
        self.batch_size = batch_size
        self._tokenizer = _local_tokenizer(self.model)

    @classmethod
    def from_name(cls, name: str) -> "OpenAILM":
        base, model = parse_openai_name(name)
        return cls(base, model)

    # -- HTTP ------------------------------------------------------------------------------
    def _call(self, what: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        """Run one SDK call; turn its failures into UserErrors that say what to do."""
        import openai

        try:
            return fn(**kwargs)
        except openai.APITimeoutError as exc:
            raise UserError(
                f"The language-model server at {self.base_url} did not answer {what} within {self.timeout:g} s.",
                hint="Check that the server is not overloaded, or use a smaller batch or a local model.",
            ) from exc
        except openai.APIConnectionError as exc:
            raise UserError(
                f"Cannot reach the language-model server at {self.base_url}: {exc}.",
                hint="Start the server, or check the URL given as openai:<base_url>.",
            ) from exc
        except openai.APIStatusError as exc:
            raise UserError(
                f"The language-model server refused {what} (HTTP {exc.status_code}): {_message(exc)}"
            ) from exc
        except openai.OpenAIError as exc:  # a malformed answer, and the like
            raise UserError(f"The language-model server at {self.base_url} answered {what} badly: {exc}") from exc

    def _first_model(self) -> str:
        page = self._call("/models", self.client.models.list)
        data = list(getattr(page, "data", None) or [])
        if not data:
            raise UserError(f"The server at {self.base_url} lists no models.", hint="Name one: openai:<url>#<model>.")
        return str(data[0].id)

    # -- interface -------------------------------------------------------------------------
    def format_chat(self, system: str | None, user: str, assistant_prefix: str = "") -> str:
        """The model's chat template when its tokenizer is available locally, else ChatML."""
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": user}]
        if self._tokenizer is not None and getattr(self._tokenizer, "chat_template", None):
            text = self._tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        else:
            text = "".join(CHATML.format(**m) for m in messages) + "<|im_start|>assistant\n"
        return text + assistant_prefix

    def generate(
        self, prompt: str, max_new_tokens: int = 64, stop: list[str] | None = None, *, chat: bool = True
    ) -> str:
        """Greedy (temperature 0) completion; `chat` uses /chat/completions so the server applies its template."""
        common: dict[str, Any] = {"model": self.model, "max_tokens": max_new_tokens, "temperature": 0}
        if stop:
            common["stop"] = stop
        if chat:
            out = self._call(
                "/chat/completions", self.client.chat.completions.create,
                messages=[{"role": "user", "content": prompt}], **common,
            )
            text = (out.choices[0].message.content if out.choices and out.choices[0].message else "") or ""
        else:
            out = self._call("/completions", self.client.completions.create, prompt=prompt, **common)
            text = (out.choices[0].text if out.choices else "") or ""
        if stop:
            cut = min((i for s in stop if (i := text.find(s)) >= 0), default=len(text))
            text = text[:cut]
        return text

    def logprobs(self, prompts: list[str], continuations: list[list[str]]) -> list[list[float]]:
        """Teacher-forced log-likelihood via /completions with echo=true, logprobs=1, max_tokens=0.

        Each prompt+continuation is echoed back with per-token log-probs; the tokens that end
        after the prompt's end are summed. Servers with prefix caching (vLLM) reuse the shared
        prompt's key/value cache across candidates.
        """
        if len(prompts) != len(continuations):
            raise ValueError("prompts and continuations must have the same length")
        tokens = self._echo_tokens(prompts, continuations)
        return [[sum(lp for _, lp in toks) for toks in row] for row in tokens]

    def option_logprobs(self, prompt: str, options: list[str]) -> list[float]:
        """Log-probability of each option under decoding restricted to the options (from echoed tokens)."""
        if not options:
            return []
        toks = self._echo_tokens([prompt], [list(options)])[0]
        return constrained_logprobs([[t for t, _ in row] for row in toks], [[lp for _, lp in row] for row in toks])

    def _echo_tokens(self, prompts: list[str], continuations: list[list[str]]) -> list[list[list[tuple[str, float]]]]:
        """(token, log-prob) of each continuation's tokens, from the server's echo of prompt + continuation."""
        jobs = [(i, j, p, c) for i, (p, cs) in enumerate(zip(prompts, continuations)) for j, c in enumerate(cs)]
        out: list[list[list[tuple[str, float]]]] = [[[] for _ in cs] for cs in continuations]
        for start in range(0, len(jobs), self.batch_size):
            chunk = jobs[start : start + self.batch_size]
            texts = [p + c for _, _, p, c in chunk]
            data = self._call(
                "/completions (echo with log-probabilities)", self.client.completions.create,
                model=self.model, prompt=texts, echo=True, logprobs=1, max_tokens=0, temperature=0,
            )
            choices = sorted(data.choices or [], key=lambda ch: ch.index or 0)
            if len(choices) != len(chunk):
                raise UserError(f"The server at {self.base_url} returned {len(choices)} results for {len(chunk)} prompts.")
            for (i, j, p, c), choice, text in zip(chunk, choices, texts):
                out[i][j] = _continuation_tokens(choice, text, len(p.rstrip(" ")), self.base_url) if c else []
        return out

    def choose(
        self, prompt: str, options: list[str], calibration_prompt: str | None = None, method: str | None = None
    ) -> tuple[int, list[float]]:
        """Pick the option the model prefers (default: constrained log-probs; see `copilot.lm.choose_with`)."""
        return choose_with(self, prompt, options, calibration_prompt, method)


def _message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    return str(getattr(exc, "message", None) or exc)[:300]


def _continuation_tokens(choice: Any, text: str, boundary: int, base_url: str) -> list[tuple[str, float]]:
    """The echoed tokens that belong to the continuation (those ending after `boundary`).

    Refuses, rather than guesses, whenever the answer is not an echo of `text` with a log-prob
    per token: a server that ignores `echo` returns log-probs of generated tokens only, and
    summing those would score every candidate 0 without a word.
    """
    lp = getattr(choice, "logprobs", None)
    tokens = getattr(lp, "tokens", None) if lp is not None else None
    values = getattr(lp, "token_logprobs", None) if lp is not None else None
    offsets = getattr(lp, "text_offset", None) if lp is not None else None
    if not tokens or values is None or offsets is None or len(values) != len(tokens) or len(offsets) != len(tokens):
        raise UserError(
            f"The server at {base_url} does not return prompt log-probabilities (echo=true, logprobs=1, max_tokens=0), "
            "so it cannot score candidates.",
            hint=NO_PROMPT_LOGPROBS_HINT,
        )
    if offsets[0] != 0 or not str(getattr(choice, "text", "") or "").startswith(text):
        raise UserError(
            f"The server at {base_url} does not echo the prompt with its log-probabilities (it returned "
            "log-probabilities of generated tokens only), so it cannot score candidates.",
            hint=NO_PROMPT_LOGPROBS_HINT,
        )
    picked: list[tuple[str, float]] = []
    n = len(tokens)
    for k in range(n):
        start = offsets[k]
        end = offsets[k + 1] if k + 1 < n else len(text)
        if start >= len(text):  # a generated token (server insisted on max_tokens >= 1)
            break
        if end > boundary or start >= boundary:
            if values[k] is None:
                raise UserError(
                    f"The server at {base_url} gave no log-probability for a continuation token.",
                    hint=NO_PROMPT_LOGPROBS_HINT,
                )
            picked.append((str(tokens[k]), float(values[k])))
    if not picked:
        raise UserError(
            f"The server at {base_url} returned no log-probability for the continuation of the prompt.",
            hint=NO_PROMPT_LOGPROBS_HINT,
        )
    return picked


def _local_tokenizer(model: str) -> Any | None:
    """The tokenizer (for its chat template) when it is available without network."""
    try:
        from transformers import AutoTokenizer

        name = resolve_name(model)
        if name in MODEL_SPECS and (converted_path(MODEL_SPECS[name]) / "tokenizer_config.json").is_file():
            return AutoTokenizer.from_pretrained(str(converted_path(MODEL_SPECS[name])))
        return AutoTokenizer.from_pretrained(model, local_files_only=True)
    except Exception:  # unknown to us: fall back to ChatML
        return None
