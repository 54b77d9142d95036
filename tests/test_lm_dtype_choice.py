"""The model dtype follows the machine's capability (never a speed seen on another machine)."""

import torch

from copilot.lm import choose_dtype, cpu_has_native_bf16, parse_dtype


def test_cpu_dtype_is_bf16_only_where_native(monkeypatch):
    monkeypatch.delenv("COPILOT_DTYPE", raising=False)
    native, why = cpu_has_native_bf16()
    choice = choose_dtype("cpu")
    assert choice.dtype == (torch.bfloat16 if native else torch.float32)
    assert why in choice.reason


def test_environment_overrides_the_dtype(monkeypatch):
    monkeypatch.setenv("COPILOT_DTYPE", "bfloat16")
    assert choose_dtype("cpu").dtype == torch.bfloat16
    monkeypatch.setenv("COPILOT_DTYPE", "fp32")
    assert choose_dtype("cpu").dtype == torch.float32
    assert parse_dtype("torch.float16") == torch.float16


def test_cuda_dtype_follows_the_gpus_capability(monkeypatch):
    """fp32 on Hopper and newer (measured there: as fast as bf16 for the embedded models, and exact);
    bf16 or fp16 on GPUs where reduced precision was not measured against it. No GPU is needed: the
    capability is read through torch.cuda, replaced here."""
    from copilot.lm import device as dev

    monkeypatch.delenv("COPILOT_DTYPE", raising=False)
    for capability, bf16, expected in [((9, 0), True, torch.float32), ((8, 0), True, torch.bfloat16),
                                       ((7, 5), False, torch.float16)]:
        dev._DTYPE_CACHE.clear()
        monkeypatch.setattr(torch.cuda, "get_device_capability", lambda d=None, c=capability: c)
        monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, b=bf16, **k: b)
        choice = choose_dtype("cuda")
        assert choice.dtype == expected, (capability, choice.reason)
    dev._DTYPE_CACHE.clear()
