"""The SD-SCM engine's language model: a transformers causal LM wrapped for scoring.

Why a module of its own: the dtype and device are decided once here (by `copilot.lm.choose_dtype`,
the same rule as the copilot's own model), and batch jobs take every core, while the engine's
scoring code only reads `LM`'s fields.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field

import torch

from copilot.errors import UserError


@dataclass
class LM:
    """A causal LM ready for scoring, in the dtype the machine runs fastest (`copilot.lm.choose_dtype`)."""

    model: torch.nn.Module
    tokenizer: object
    device: torch.device
    name: str = "local"
    n_layers: int = 0
    start_ids: list[int] = field(default_factory=list)
    dtype_reason: str = ""
    head32: torch.Tensor | None = None  # fp32 copy of the LM head when the body runs in reduced precision

    @property
    def dtype(self) -> torch.dtype:
        return next(self.model.parameters()).dtype


def resolve_dtype(device: torch.device, dtype: torch.dtype | str | None) -> tuple[torch.dtype, str]:
    """(dtype, why): None/"auto" asks `copilot.lm.choose_dtype` (bf16 only where the hardware runs it
    natively, fp32 otherwise, fp16/bf16 on cuda; `$COPILOT_DTYPE` overrides); a name or dtype is kept.

    Reduced precision is accepted by a measured criterion, not by faith: `python -m eval bench-sdscm`
    prints its agreement with fp32 at the same seed (identical sampled values, outcome probabilities).
    """
    from copilot.lm import choose_dtype, parse_dtype

    if dtype is None or (isinstance(dtype, str) and dtype.strip().lower() == "auto"):
        choice = choose_dtype(device)
        return choice.dtype, choice.reason
    return parse_dtype(dtype), "requested"


def prepare_lm(model, tokenizer, device: torch.device | str | None = None, dtype: torch.dtype | str | None = None, name: str = "local") -> LM:
    """Wrap a transformers causal LM for scoring, in `dtype` (None/"auto": the machine's choice)."""
    if device is None:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(device)
    dtype, reason = resolve_dtype(device, dtype)
    current = next(model.parameters())
    if current.dtype != dtype or current.device != device:
        # a copy: the model may be shared (copilot.lm caches one per process in its own dtype)
        model = copy.deepcopy(model).to(device=device, dtype=dtype)
    model.eval()
    tok = tokenizer
    start = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
    if start is None:
        raise UserError("The language model's tokenizer has neither a BOS nor an EOS token.", "Use a causal LM with one of them.")
    return LM(model=model, tokenizer=tok, device=device, name=name, n_layers=model.config.num_hidden_layers,
              start_ids=[int(start)], dtype_reason=reason)


def load_lm(name: str | None = None, dtype: torch.dtype | str | None = None, device: torch.device | str | None = None) -> LM:
    """The embedded local model via `copilot.lm.load_local_model` (default: `$COPILOT_MODEL`).

    `device` moves (a copy of) it elsewhere, e.g. "cpu" on a machine with a GPU, so the cuda path and
    the CPU path are one code path with a device argument."""
    from copilot.lm import load_local_model, resolve_name

    label = resolve_name(name)
    model, tokenizer, loaded_on = load_local_model(label)
    return prepare_lm(model, tokenizer, device if device is not None else loaded_on, dtype, name=label)


def use_all_cores() -> int:
    """Batch jobs (generation, benchmarks) use every core the process may run on.

    `copilot.lm.configure_threads` leaves one core free, right for the interactive app and wrong for
    a batch job, whose matmuls scale with the cores (docs/benchmarks.md). `$COPILOT_TORCH_THREADS` overrides."""
    wanted = os.environ.get("COPILOT_TORCH_THREADS")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    n = int(wanted) if wanted and wanted.isdigit() else cores
    torch.set_num_threads(max(1, n))
    return torch.get_num_threads()
