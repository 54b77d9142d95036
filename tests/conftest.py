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
