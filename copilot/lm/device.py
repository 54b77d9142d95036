"""Where a model runs and in what precision: device, CPU threads, dtype by machine capability.

The dtype is decided here, once, for the copilot's model and the SD-SCM engine alike: bf16 only
where the CPU has AMX tiles. Elsewhere bf16 loses to fp32: emulated on AVX2-only CPUs (about 100x
slower), and even with AVX512-BF16 dot-product instructions but no AMX it ran at about 0.55x
fp32 (docs/benchmarks.md, `python -m eval bench-lm`).
"""

from __future__ import annotations

import os
from typing import Any

import torch
from pydantic import BaseModel

from copilot.errors import UserError


def default_device() -> torch.device:
    """`cuda` when available, else CPU."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def configure_threads(reserve_one: bool = True) -> int:
    """Set torch's CPU threads: `$COPILOT_TORCH_THREADS`, else all cores but one (at least one).

    Measured on a shared 2-core machine under load: SmolLM2 generated 20 tokens in 3.9 s with
    1 thread and 36 s with 2 (OpenMP threads wait on each other when a core is taken), so the
    interactive app leaves one core free for the UI, the OS and other work. A batch job that owns
    the machine passes `reserve_one=False` to use every core. Respects OMP_NUM_THREADS when set.
    """
    wanted = os.environ.get("COPILOT_TORCH_THREADS") or os.environ.get("OMP_NUM_THREADS")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 2)
    try:
        n = int(wanted) if wanted else (cores - 1 if reserve_one else cores)
    except ValueError:
        n = 1
    n = max(1, n)
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return torch.get_num_threads()


_DTYPE_NAMES = {
    "fp32": torch.float32, "float32": torch.float32, "fp16": torch.float16, "float16": torch.float16,
    "half": torch.float16, "bf16": torch.bfloat16, "bfloat16": torch.bfloat16,
}


class DtypeChoice(BaseModel):
    """The dtype a device runs the model in, and why (printed by `python -m eval bench-lm`)."""

    model_config = {"arbitrary_types_allowed": True}
    dtype: Any
    reason: str
    cpu_capability: str | None = None


def parse_dtype(name: str | torch.dtype) -> torch.dtype:
    """'fp32' / 'bfloat16' / … or a torch dtype -> the torch dtype (UserError for anything else)."""
    if isinstance(name, torch.dtype):
        return name
    key = str(name).strip().lower().removeprefix("torch.")
    if key not in _DTYPE_NAMES:
        raise UserError(f"Unknown dtype {name!r}.", hint="Use one of: float32, bfloat16, float16.")
    return _DTYPE_NAMES[key]


def cpu_has_native_bf16() -> tuple[bool, str]:
    """Whether bf16 matmuls beat fp32 on this CPU (AMX tiles), and the evidence.

    Without AMX, bf16 is slower than fp32 (emulated on AVX2; AVX512-BF16 alone measured 0.55x),
    so the choice follows the machine's features, never a speed seen on another machine.
    """
    capability = str(torch.backends.cpu.get_cpu_capability())
    flags: set[str] = set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("flags"):
                    flags = set(line.split(":", 1)[1].split())
                    break
    except OSError:
        pass
    if "amx_bf16" in flags:
        return True, f"CPU flag amx_bf16 (torch capability {capability})"
    if flags:
        partial = " (avx512_bf16 without AMX is slower than fp32)" if "avx512_bf16" in flags else ""
        return False, f"no amx_bf16 in the CPU flags{partial} (torch capability {capability})"
    # No /proc/cpuinfo (not Linux): torch's own capability string is the best evidence we have.
    return capability.startswith("AMX"), f"torch capability {capability}"


_DTYPE_CACHE: dict[str, DtypeChoice] = {}


def choose_dtype(device: torch.device | str) -> DtypeChoice:
    """The dtype to run a model in on `device`, decided once per process.

    `$COPILOT_DTYPE` overrides; on a CPU bf16 only with AMX, else fp32; on cuda fp32 from compute
    capability 9.0 (Hopper) on, else bf16 where the GPU supports it natively, else fp16. On an H200
    (2026-12-04, `docs/benchmarks.md`) fp32 ran the SD-SCM engine 1.08x (Qwen2.5-0.5B) and 1.35x
    (SmolLM2) as fast as bf16 and is exact, while bf16 changed 2.1% and 1.0% of the sampled values;
    reduced precision is kept for GPUs where it was not measured.
    """
    device = torch.device(device)
    override = os.environ.get("COPILOT_DTYPE", "").strip()
    key = f"{device.type}:{override}"
    if key in _DTYPE_CACHE:
        return _DTYPE_CACHE[key]
    if override and override.lower() != "auto":
        choice = DtypeChoice(
            dtype=parse_dtype(override), reason=f"COPILOT_DTYPE={override}",
            cpu_capability=cpu_capability() if device.type == "cpu" else None,
        )
    elif device.type == "cuda":
        if cuda_capability(device) >= (9, 0):
            choice = DtypeChoice(dtype=torch.float32, reason="cuda compute capability 9.0+: fp32 (as fast as bf16 "
                                                             "for models this size, and exact)")
        elif torch.cuda.is_bf16_supported():
            choice = DtypeChoice(dtype=torch.bfloat16, reason="cuda with native bf16")
        else:
            choice = DtypeChoice(dtype=torch.float16, reason="cuda without bf16: fp16")
    elif device.type == "cpu":
        native, why = cpu_has_native_bf16()
        choice = DtypeChoice(
            dtype=torch.bfloat16 if native else torch.float32,
            reason=("fast bf16: " if native else "bf16 slower than fp32 here: fp32; ") + why,
            cpu_capability=cpu_capability(),
        )
    else:
        choice = DtypeChoice(dtype=torch.float32, reason=f"{device.type}: fp32")
    _DTYPE_CACHE[key] = choice
    return choice


def cuda_capability(device: torch.device) -> tuple[int, int]:
    """The GPU's compute capability, (0, 0) where none can be read."""
    try:
        return tuple(torch.cuda.get_device_capability(device))  # type: ignore[return-value]
    except (RuntimeError, AssertionError, ValueError):
        return (0, 0)


def default_dtype(device: torch.device) -> torch.dtype:
    """The dtype models run in on `device` (see `choose_dtype`)."""
    return choose_dtype(device).dtype


def cpu_capability() -> str:
    """torch's view of the CPU's vector units (e.g. AVX2, AVX512, AVX512_BF16, AMX_BF16)."""
    return str(torch.backends.cpu.get_cpu_capability())


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo where there is one)."""
    import platform

    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine_report(device: torch.device | str | None = None) -> dict[str, str]:
    """What a run depends on: CPU, torch's capability, native bf16 or not, and the dtype chosen and why."""
    device = torch.device(device) if device is not None else default_device()
    choice = choose_dtype(device)
    native, why = cpu_has_native_bf16()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return {
        "cpu": cpu_model(),
        "cores": str(cores),
        "torch": torch.__version__,
        "torch_cpu_capability": cpu_capability(),
        "native_bf16": f"{'yes' if native else 'no'}: {why}",
        "device": str(device),
        "dtype": str(choice.dtype).removeprefix("torch."),
        "dtype_reason": choice.reason,
    }
