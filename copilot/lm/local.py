"""The local backend: a transformers causal LM, greedy generation and batched teacher-forced scoring.

`load_local_model` loads a model once per process in the dtype `choose_dtype` picks for the
machine; `TransformersLM` wraps it in the `LanguageModel` interface.
"""

from __future__ import annotations

import threading
from typing import Any

import torch

from copilot.errors import UserError
from copilot.lm.device import configure_threads, default_device, default_dtype
from copilot.lm.scoring import choose_with, constrained_logprobs
from copilot.lm.weights import source_for, resolve_name


LOCAL_CACHE: dict[str, tuple[Any, Any, torch.device]] = {}
LOCAL_LOCK = threading.RLock()


def load_local_model(name: str | None = None) -> tuple[Any, Any, torch.device]:
    """Raw (model, tokenizer, device) for code that batches its own KV caches; loaded once per process."""
    name = resolve_name(name)
    if name.startswith("openai:"):
        raise UserError(f"{name!r} is a remote server; it has no local weights.", hint="Use get_lm() instead.")
    with LOCAL_LOCK:
        if name in LOCAL_CACHE:
            return LOCAL_CACHE[name]
        from transformers import AutoModelForCausalLM, AutoTokenizer

        device = default_device()
        if device.type == "cpu":
            configure_threads()
        dtype = default_dtype(device)
        source, kwargs = source_for(name)
        try:
            tokenizer = AutoTokenizer.from_pretrained(source, **kwargs)
            model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype, **kwargs)
        except OSError as exc:
            raise UserError(
                f"Could not load model {name!r}: {exc}".splitlines()[0],
                hint="Give a local directory, a .gguf file, or a Hugging Face id that is in the local cache.",
            ) from exc
        model.to(device).eval()
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        LOCAL_CACHE[name] = (model, tokenizer, device)
        return LOCAL_CACHE[name]


class _StopOnStrings:
    """Stop generation once any stop string appears in the newly generated text."""

    def __init__(self, tokenizer: Any, start: int, stop: list[str]):
        self.tokenizer, self.start, self.stop = tokenizer, start, stop

    def __call__(self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any) -> torch.Tensor:
        text = self.tokenizer.decode(input_ids[0, self.start :], skip_special_tokens=True)
        done = any(s in text for s in self.stop)
        return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)


def _cut_at_stop(text: str, stop: list[str] | None) -> str:
    if not stop:
        return text
    cut = min((i for s in stop if (i := text.find(s)) >= 0), default=len(text))
    return text[:cut]


def _summed(i: int, ids: list[int], dists: torch.Tensor) -> float:
    if not ids:
        return 0.0
    tgt = torch.tensor(ids, device=dists.device).unsqueeze(-1)
    return float(dists[: len(ids)].gather(-1, tgt).sum())


def _token_logps(i: int, ids: list[int], dists: torch.Tensor) -> list[float]:
    if not ids:
        return []
    tgt = torch.tensor(ids, device=dists.device).unsqueeze(-1)
    return dists[: len(ids)].gather(-1, tgt).squeeze(-1).tolist()


class TransformersLM:
    """A local causal LM (transformers), greedy generation and batched teacher-forced scoring."""

    def __init__(self, model: Any, tokenizer: Any, device: torch.device, name: str, batch_size: int = 32):
        self.model, self.tokenizer = model, tokenizer
        self.device = str(device)
        self.name = name
        self.batch_size = batch_size
        self._lock = threading.Lock()  # the UI may call from several threads; one forward at a time

    # -- text in, text out ---------------------------------------------------------------
    def format_chat(self, system: str | None, user: str, assistant_prefix: str = "") -> str:
        """The model's own chat template as raw text, ready for the assistant's answer."""
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": user}]
        if getattr(self.tokenizer, "chat_template", None):
            text = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        else:  # base models: a plain transcript
            text = (f"{system}\n\n" if system else "") + f"User: {user}\nAssistant: "
        return text + assistant_prefix

    @torch.inference_mode()
    def generate(
        self, prompt: str, max_new_tokens: int = 64, stop: list[str] | None = None, *, chat: bool = True
    ) -> str:
        """Greedy continuation (deterministic); `chat` wraps the prompt in the chat template first."""
        text = self.format_chat(None, prompt) if chat else prompt
        with self._lock:
            return self._generate(text, max_new_tokens, stop)

    def _generate(self, text: str, max_new_tokens: int, stop: list[str] | None) -> str:
        ids = self._encode(text)
        input_ids = torch.tensor([ids], device=self.model.device)
        kwargs: dict[str, Any] = {}
        if stop:
            from transformers import StoppingCriteriaList

            kwargs["stopping_criteria"] = StoppingCriteriaList([_StopOnStrings(self.tokenizer, len(ids), stop)])
        out = self.model.generate(
            input_ids,
            attention_mask=torch.ones_like(input_ids),
            max_new_tokens=max_new_tokens,
            do_sample=False,
            pad_token_id=self.tokenizer.pad_token_id,
            **kwargs,
        )
        new = self.tokenizer.decode(out[0, len(ids) :], skip_special_tokens=True)
        return _cut_at_stop(new, stop)

    # -- scoring -------------------------------------------------------------------------
    def _encode(self, text: str) -> list[int]:
        # Raw text: the chat template (if any) already carries its special tokens.
        return self.tokenizer.encode(text, add_special_tokens=False)

    @torch.inference_mode()
    def logprobs(self, prompts: list[str], continuations: list[list[str]]) -> list[list[float]]:
        """Total log-likelihood of each continuation given its prompt (teacher forcing).

        Each prompt runs through the model once; its key/value cache is repeated across the
        prompt's candidates, which run together in batches of `batch_size`. Trailing spaces of a
        prompt are moved to the start of the continuation so that " word" stays one token.
        """
        if len(prompts) != len(continuations):
            raise ValueError("prompts and continuations must have the same length")
        with self._lock:
            return [self._score_one(p, list(cands)) for p, cands in zip(prompts, continuations)]

    def _split(self, prompt: str, continuations: list[str]) -> tuple[list[int], list[list[int]]]:
        stripped = prompt.rstrip(" ")
        moved = prompt[len(stripped) :]
        prompt_ids = self._encode(stripped)
        cont_ids = [self._encode(moved + c) if c else [] for c in continuations]
        if not prompt_ids:  # score from the beginning of text
            bos = self.tokenizer.bos_token_id
            bos = bos if bos is not None else self.tokenizer.eos_token_id
            prompt_ids = [bos]
        return prompt_ids, cont_ids

    def _score_one(self, prompt: str, continuations: list[str], reduce: Any = None) -> list[Any]:
        """Score each continuation of one prompt; `reduce(i, ids, dists)` turns the model's
        next-token log-distributions (`dists[k]` predicts `ids[k]`; one extra row after the end)
        into a number. Default: the summed log-probability of the continuation's tokens."""
        from transformers import DynamicCache

        if not continuations:
            return []
        prompt_ids, cont_ids = self._split(prompt, continuations)
        reduce = reduce or _summed
        dev = self.model.device
        out = self.model(torch.tensor([prompt_ids], device=dev), use_cache=True)
        last = torch.log_softmax(out.logits[0, -1].float(), dim=-1)
        prefix = [(k, v) for k, v, *_ in out.past_key_values]
        n_prompt = len(prompt_ids)
        scores: list[Any] = [0.0] * len(continuations)
        order = sorted(range(len(cont_ids)), key=lambda i: len(cont_ids[i]))  # similar lengths together
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            seqs = [cont_ids[i] for i in idx]
            width = max(len(s) for s in seqs)
            if width == 0:
                for i in idx:
                    scores[i] = reduce(i, [], last[None])
                continue
            pad = self.tokenizer.pad_token_id or 0
            ids = torch.tensor([s + [pad] * (width - len(s)) for s in seqs], device=dev)
            mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs], device=dev)
            b = len(seqs)
            cache = DynamicCache(
                ddp_cache_data=[(k.expand(b, -1, -1, -1), v.expand(b, -1, -1, -1)) for k, v in prefix],
                config=self.model.config,
            )
            attn = torch.cat([torch.ones(b, n_prompt, dtype=mask.dtype, device=dev), mask], dim=1)
            pos = torch.arange(n_prompt, n_prompt + width, device=dev).unsqueeze(0).expand(b, -1)
            logits = self.model(
                input_ids=ids, attention_mask=attn, position_ids=pos, past_key_values=cache, use_cache=True
            ).logits.float()
            logp = torch.log_softmax(logits, dim=-1)
            for row, (i, s) in enumerate(zip(idx, seqs)):
                scores[i] = reduce(i, s, torch.cat([last[None], logp[row, : len(s)]]))
        return scores

    @torch.inference_mode()
    def option_logprobs(self, prompt: str, options: list[str]) -> list[float]:
        """Log-probability of each option under decoding restricted to the options (`constrained_logprobs`)."""
        if not options:
            return []
        _, cont_ids = self._split(prompt, list(options))
        with self._lock:
            per_token = self._score_one(prompt, list(options), _token_logps)
        return constrained_logprobs(cont_ids, per_token)

    @torch.inference_mode()
    def token_logprobs(self, text: str) -> list[tuple[str, int, float | None]]:
        """(token text, character offset, log-prob given everything before) for each token of `text`.

        The first token has no context and gets None (as OpenAI's `echo` does). Used by the
        OpenAI-compatible server in `copilot.lm_server`.
        """
        enc = self.tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
        ids, offsets = enc["input_ids"], enc["offset_mapping"]
        if not ids:
            return []
        with self._lock:
            logits = self.model(torch.tensor([ids], device=self.model.device)).logits[0].float()
        logp = torch.log_softmax(logits, dim=-1)
        out: list[tuple[str, int, float | None]] = []
        for pos, (tok, (start, end)) in enumerate(zip(ids, offsets)):
            value = None if pos == 0 else float(logp[pos - 1, tok])
            out.append((self.tokenizer.decode([tok]), int(start), value))
        return out

    def choose(
        self, prompt: str, options: list[str], calibration_prompt: str | None = None, method: str | None = None
    ) -> tuple[int, list[float]]:
        """Pick the option the model prefers; see `choose_with` (default: constrained log-probs)."""
        return choose_with(self, prompt, options, calibration_prompt, method)
