"""Columns that cannot carry an effect question: row identifiers, and outcomes computed from the treatment.

The check step asks this before any tool runs, so a meaningless question ("the effect of the
patient ID") is refused with the reason instead of answered with a number.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

# A name that says "row label": a trailing id/key/index/record/serial/seq token, a leading `id_`,
# camelCase `patientId`, NHEFS-style `seqn`, or pandas' `Unnamed: 0` for a written-out index.
_ID_NAME = re.compile(
    r"(^|[_\s.-])(id|ids|key|uuid|guid|index|idx|row|record|no|serial|seqn?)$|^id[_\s.-]|^seqn?$|^seq_|^unnamed", re.I
)
_ID_CAMEL = re.compile(r"[a-z]Id$|ID$")


def looks_like_identifier(series: pd.Series, name: str) -> bool:
    """A column that only labels rows: one distinct value per row, and integer codes or text, and
    either an ID-like name or consecutive integers (1, 2, 3 …). A continuous measure is never one.

    The one rule for every place that must not treat a row label as a variable: the check step (a
    treatment), adjustment screening (a covariate) and discovery (a node)."""
    values = series.dropna()
    if len(values) < 10 or values.nunique() < len(values):
        return False
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        as_float = values.astype(float)
        if not np.all(np.isclose(as_float, np.round(as_float))):
            return False
        ordered = np.sort(as_float.to_numpy())
        consecutive = bool(np.all(np.diff(ordered) == 1))
        return consecutive or bool(_ID_NAME.search(str(name)) or _ID_CAMEL.search(str(name)))
    return True  # unique text per row: names, codes, keys


def _determined_by(treatment: pd.Series, outcome: pd.Series) -> str | None:
    """How the outcome is an exact function of the treatment, or None (rows with both values only)."""
    both = pd.DataFrame({"t": treatment, "y": outcome}).dropna()
    if len(both) < 10 or both["y"].nunique() < 2:
        return None
    n_groups = both["t"].nunique()
    if n_groups <= len(both) / 2 and bool((both.groupby("t")["y"].nunique() == 1).all()):
        return "every row with the same treatment value has the same outcome value"
    numeric = all(pd.api.types.is_numeric_dtype(both[c]) and not pd.api.types.is_bool_dtype(both[c]) for c in "ty")
    if numeric and both["t"].nunique() > 2 and both["t"].std() > 0 and both["y"].std() > 0:
        r = float(np.corrcoef(both["t"].astype(float), both["y"].astype(float))[0, 1])
        if abs(r) > 1 - 1e-9:
            return "the outcome lies exactly on a straight line in the treatment (correlation ±1)"
    return None


def effect_data_problem(df: pd.DataFrame, treatment: str, outcome: str) -> str | None:
    """Why an effect of `treatment` on `outcome` makes no sense on these rows, or None.

    Refused: a row identifier as the treatment (a one-unit increase of an ID is not an intervention),
    and an outcome that is an exact function of the treatment (computed from it, so an 'effect' is
    only the formula and no data can test it)."""
    if treatment not in df.columns or outcome not in df.columns:
        return None
    if looks_like_identifier(df[treatment], treatment):
        return (f"The treatment `{treatment}` looks like a row identifier (a different value in every row"
                f"{', numbered 1, 2, 3 …' if pd.api.types.is_numeric_dtype(df[treatment]) else ''}). An ID only labels "
                "rows: changing it is not an intervention, so its 'effect' would be a meaningless number. "
                "Choose a treatment that something could actually change.")
    how = _determined_by(df[treatment], df[outcome])
    if how:
        return (f"The outcome `{outcome}` is an exact function of the treatment `{treatment}`: {how}. It is "
                "probably computed from the treatment (a recoding or a derived column), so an 'effect' would only "
                "restate that formula and no data could test it. Choose an outcome that was measured separately.")
    return None
