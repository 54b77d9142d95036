"""Turning the rows a tool uses into numbers an estimator accepts, never silently.

Effect tools (ATE, CATE, policy, mediation) and discovery share these steps: check the named
columns, code the treatment (two levels -> 0/1, or a continuous dose) and the outcome, one-hot encode
covariates, and drop incomplete rows with a count in the warnings. Each refusal is a `UserError`
that says what to do; `finite_or_none` turns an estimator's number back into a result field. Only
tools use them, so they live here rather than in `copilot.data`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from copilot.data import MIN_ROWS, column_type, require_columns
from copilot.errors import UserError


def check_not_all_missing(df: pd.DataFrame, columns: Iterable[str]) -> None:
    empty = [c for c in columns if df[c].isna().all()]
    if empty:
        raise UserError(
            f"Column{'s' if len(empty) > 1 else ''} {', '.join(repr(c) for c in empty)} "
            f"{'are' if len(empty) > 1 else 'is'} entirely missing.",
            "Choose another column, or fill in its values.",
        )


def check_effect_columns(task, data: pd.DataFrame) -> None:
    """The columns an effect task names exist, treatment and outcome differ, and both have data."""
    require_columns(task.columns(), data.columns)
    if task.treatment == task.outcome:
        raise UserError(
            f"The treatment and the outcome are the same column ('{task.treatment}').",
            "Choose a different outcome (what the treatment should change).",
        )
    check_not_all_missing(data, [task.treatment, task.outcome])


def numeric_outcome(series: pd.Series, name: str, role: str = "outcome") -> tuple[pd.Series, list[str]]:
    """A column used as an outcome (or mediator) as numbers: numeric as is, two levels as 0/1
    (stated in the returned notes), mostly-numeric text with the rest missing, else a UserError."""
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return series.astype(float), []
    values = series.dropna().unique()
    if len(values) == 2:
        low, high = binary_levels(series)  # type: ignore[misc]
        return series.map(lambda v: 1.0 if v == high else (0.0 if v == low else np.nan)), [
            f"The {role} '{name}' was coded 1 = {high}, 0 = {low}; effects are differences in the share of {high}."
        ]
    numeric = pd.to_numeric(series, errors="coerce")
    if numeric.notna().sum() >= 0.9 * series.notna().sum():
        return numeric, [f"Some values of the {role} '{name}' were not numbers and were treated as missing."]
    raise UserError(
        f"The {role} '{name}' is text with {len(values)} values; an effect needs a numeric or yes/no {role}.",
        f"Pick a numeric {role}, or recode it into two groups.",
    )


def check_treatment_varies(series: pd.Series, name: str) -> None:
    """A constant treatment has no contrast to estimate."""
    values = series.dropna()
    if values.nunique() < 2:
        only = values.iloc[0] if len(values) else "missing"
        raise UserError(
            f"The treatment '{name}' has the same value ({only}) in every usable row, so its effect cannot be estimated.",
            "Choose a treatment that varies, or remove the filters that made it constant.",
        )


def _dummy_name(column: str, level) -> str:
    return f"{column}={level}"


def encode_features(df: pd.DataFrame, columns: Iterable[str]) -> tuple[pd.DataFrame, dict[str, list[str]]]:
    """Numeric versions of `columns`: categoricals one-hot (first level dropped), binary text 0/1,
    booleans 0/1, dates as days since 1970. Returns the frame and {column: its encoded names}."""
    parts: list[pd.Series | pd.DataFrame] = []
    mapping: dict[str, list[str]] = {}
    for col in columns:
        series = df[col]
        if pd.api.types.is_bool_dtype(series):
            enc = series.astype(float).rename(col)
        elif pd.api.types.is_numeric_dtype(series):
            enc = series.astype(float).rename(col)
        elif pd.api.types.is_datetime64_any_dtype(series) or column_type(series) == "date":
            dates = pd.to_datetime(series, errors="coerce", format="mixed")
            enc = ((dates - pd.Timestamp("1970-01-01")) / pd.Timedelta(days=1)).astype(float).rename(col)
        else:
            levels = sorted(series.dropna().astype(str).unique())
            if len(levels) > 50:
                raise UserError(
                    f"Column '{col}' has {len(levels)} distinct text values, too many to use as a covariate.",
                    "Leave it out, or group its values into fewer categories.",
                )
            strings = series.astype("string")
            dummies = pd.DataFrame(
                {_dummy_name(col, lvl): (strings == lvl).astype(float) for lvl in levels[1:]}, index=df.index
            )
            mapping[col] = list(dummies.columns)
            parts.append(dummies)
            continue
        mapping[col] = [col]
        parts.append(enc)
    if not parts:
        return pd.DataFrame(index=df.index), mapping
    return pd.concat(parts, axis=1), mapping


def drop_incomplete(frame: pd.DataFrame, warnings: list[str] | None = None, *, min_rows: int = MIN_ROWS) -> tuple[pd.DataFrame, int]:
    """Drop rows with a missing value in `frame`, say how many in `warnings` (never silently), and
    refuse with a UserError when fewer than `min_rows` are left. Returns (complete rows, n_dropped)."""
    complete = frame.dropna()
    n_dropped = len(frame) - len(complete)
    if n_dropped and warnings is not None:
        warnings.append(f"Dropped {n_dropped} of {len(frame)} rows with a missing value in the used columns.")
    if len(complete) < min_rows:
        detail = f" ({n_dropped} of {len(frame)} dropped for missing values)" if n_dropped else ""
        raise UserError(
            f"Only {len(complete)} usable rows{detail}; at least {min_rows} are needed.",
            "Use more data, fewer columns with missing values, or looser filters.",
        )
    return complete, n_dropped


def prepare(
    df: pd.DataFrame,
    columns: Iterable[str],
    *,
    raw: Iterable[str] = (),
    min_rows: int = MIN_ROWS,
) -> tuple[pd.DataFrame, int]:
    """The used columns with rows that miss any of them dropped, categoricals one-hot encoded.

    `raw` columns (e.g. the treatment) are kept as they are. Returns (frame, n_dropped); raises a
    UserError for an unknown or all-missing column, or fewer than `min_rows` usable rows.
    """
    columns = list(dict.fromkeys(columns))
    raw = [c for c in dict.fromkeys(raw) if c in columns]
    require_columns(columns, df.columns)
    check_not_all_missing(df, columns)
    used, n_dropped = drop_incomplete(df[columns], min_rows=min_rows)
    encoded, _ = encode_features(used, [c for c in columns if c not in raw])
    frame = pd.concat([used[raw], encoded], axis=1)
    return frame, n_dropped


# ---------------------------------------------------------------- treatment contrasts

_CONTROL_WORDS = {"0", "no", "n", "false", "f", "control", "untreated", "none", "placebo", "off", "absent", "negative", "low"}
_TREATED_WORDS = {"1", "yes", "y", "true", "t", "treated", "treatment", "on", "present", "positive", "high"}


def binary_levels(series: pd.Series) -> tuple[object, object] | None:
    """(control, treated) for a two-valued column: 0/False/no/control first, else the smaller value."""
    values = list(pd.unique(series.dropna()))
    if len(values) != 2:
        return None
    words = [str(v).strip().lower() for v in values]
    for i in (0, 1):
        if words[i] in _CONTROL_WORDS or words[1 - i] in _TREATED_WORDS:
            return values[i], values[1 - i]
    try:
        return tuple(sorted(values))  # type: ignore[return-value]
    except TypeError:
        a, b = sorted(values, key=str)
        return a, b


def match_level(values: list, wanted) -> object | None:
    """The element of `values` equal to `wanted` (numbers and their text compare equal), else None."""
    for v in values:
        if v == wanted or str(v) == str(wanted):
            return v
        try:
            if float(v) == float(wanted):
                return v
        except (TypeError, ValueError):
            pass
    return None


def encode_treatment(
    series: pd.Series, name: str, treatment_values: tuple | None = None
) -> tuple[pd.Series, tuple[object, object] | None, bool, list[str]]:
    """Make the treatment numeric.

    Returns (values, (control, treated) or None, is_binary, notes). Binary treatments become 0/1
    (the control/treated levels inferred or taken from `treatment_values`); a numeric treatment with
    more values stays continuous; text with more than two levels needs `treatment_values`, and rows
    at other levels are set to missing (the caller drops them).
    """
    check_treatment_varies(series, name)
    notes: list[str] = []
    values = list(pd.unique(series.dropna()))
    numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
    if treatment_values is not None:
        control = match_level(values, treatment_values[0])
        treated = match_level(values, treatment_values[1])
        if (control is None or treated is None) and numeric and len(values) > 2:
            # A continuous treatment contrasted at two chosen doses.
            return series.astype(float), (float(treatment_values[0]), float(treatment_values[1])), False, notes
        if control is None or treated is None:
            bad = treatment_values[0] if control is None else treatment_values[1]
            shown = ", ".join(str(v) for v in values[:10])
            raise UserError(
                f"The treatment '{name}' never takes the value {bad!r}.", f"Its values are: {shown}."
            )
        if control == treated:
            raise UserError("The control and treated values are the same.", "Give two different treatment values.")
        if len(values) > 2:
            notes.append(
                f"Compared {name}={treated} with {name}={control}; rows at its other {len(values) - 2} values were left out."
            )
        mapped = series.map(lambda v: 1.0 if v == treated else (0.0 if v == control else np.nan))
        return mapped.astype(float), (control, treated), True, notes
    if len(values) == 2:
        control, treated = binary_levels(series)  # type: ignore[misc]
        mapped = series.map(lambda v: 1.0 if v == treated else (0.0 if v == control else np.nan)).astype(float)
        return mapped, (control, treated), True, notes
    if numeric:
        return series.astype(float), None, False, notes
    shown = ", ".join(str(v) for v in values[:10])
    raise UserError(
        f"The treatment '{name}' has {len(values)} text values ({shown}); an effect needs two to compare.",
        "Say which two values to compare (control and treated), or pick a yes/no treatment.",
    )


def finite_or_none(x) -> float | None:
    """A float for a result field, or None for NaN/inf."""
    try:
        value = float(x)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None
