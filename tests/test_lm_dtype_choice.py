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
