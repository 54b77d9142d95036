"""Shared test helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from copilot.paths import shared_data_dir

SHARED_DATA = shared_data_dir()


def require_shared(relative: str) -> Path:
    """Path to a file or folder of the shared benchmark data.

    Outside CI a checkout without `../shared` skips the test; in CI (CI=true) missing data fails it,
    so the real-data tests can never pass by not running.
    """
    path = SHARED_DATA / relative
    if not path.exists():
        message = f"shared data missing: {path} (set COPILOT_SHARED_DATA or put ../shared beside the checkout)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`@pytest.mark.shared_data("corr2cause/test.csv")`: the test needs that shared file or folder."""
    for marker in item.iter_markers("shared_data"):
        for relative in marker.args:
            require_shared(relative)


# ----------------------------------------------------------------------------- language models
# One loaded model per session: get_lm caches by name; tests that must reload use `fresh_lm_cache`,
# which puts the session's models back afterwards so later modules do not load them again.


@pytest.fixture(scope="session")
def smol():
    """SmolLM2 (the small test model), loaded once for the whole session."""
    from copilot.lm import get_lm

    return get_lm("smollm2")


@pytest.fixture()
def fresh_lm_cache():
    """An empty model cache for the test; the models loaded before it are restored after it."""
    from copilot.lm import _LM_CACHE, _LOCAL_CACHE, clear_cache

    saved = dict(_LM_CACHE), dict(_LOCAL_CACHE)
    clear_cache()
    try:
        yield
    finally:
        clear_cache()
        _LM_CACHE.update(saved[0])
        _LOCAL_CACHE.update(saved[1])


def logprob_tol(dtype, tokens: int = 1, *, fp32: float = 1e-3, low: float = 0.15) -> float:
    """How far two equal log-probabilities may differ when two kernel paths compute them.

    A full forward pass against a key/value cache, or a batch against single rows, round
    differently. In fp32 that stays below 1e-3 nats per token; in bf16/fp16 (8/11-bit mantissa)
    it reached 0.09 per token on an AVX2 EPYC, where bf16 is emulated (-12.735 vs -12.291 over 5
    tokens), so the bound follows the dtype actually in use, never one machine's rounding.
    """
    import torch

    per_token = fp32 if dtype == torch.float32 else low
    return per_token * max(1, tokens)


def model_dtype(lm):
    """The dtype a local model's weights are in (the one its scores are computed in)."""
    return next(lm.model.parameters()).dtype
