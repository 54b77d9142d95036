"""The collinearity check is a relative SVD rank test, so BLAS rounding cannot flip it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from copilot.errors import UserError
from copilot.task import DiscoverTask
from tools.discovery import run
from tools.discovery_search import collinear_columns


def _table(seed: int = 0, n: int = 500) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    y = 0.8 * x + rng.normal(size=n)
    z = rng.normal(size=n)
    return pd.DataFrame({"x": x, "y": y, "z": z})


def test_exact_and_rounding_level_dependences_are_found_and_named():
    frame = _table()
    assert collinear_columns(frame.to_numpy(), list(frame)) is None
    exact = frame.assign(total=frame.x + 2 * frame.y)
    assert collinear_columns(exact.to_numpy(), list(exact)) == ["x", "y", "total"]
    # what another BLAS would leave of an exact sum: a relative perturbation of 1e-13
    rng = np.random.default_rng(1)
    rounded = exact.assign(total=exact.total * (1 + 1e-13 * rng.standard_normal(len(exact))))
    assert collinear_columns(rounded.to_numpy(), list(rounded)) == ["x", "y", "total"]
    # and the scale of the columns does not matter (the tolerance is relative)
    scaled = rounded.assign(x=rounded.x * 1e9, total=rounded.total * 1e-9)
    assert collinear_columns(scaled.to_numpy(), list(scaled)) == ["x", "y", "total"]


def test_a_strong_but_noisy_dependence_is_not_collinear():
    frame = _table()
    rng = np.random.default_rng(2)
    noisy = frame.assign(total=frame.x + frame.y + 1e-3 * rng.standard_normal(len(frame)))
    assert collinear_columns(noisy.to_numpy(), list(noisy)) is None


def test_discovery_refuses_collinear_columns_with_their_names():
    frame = _table()
    with pytest.raises(UserError, match=r"x, y, copy are perfectly collinear") as info:
        run(DiscoverTask(), frame.assign(copy=frame.x - frame.y))
    assert "Leave out columns" in str(info.value)
