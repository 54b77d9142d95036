"""Loading, profiling and preparing tables for the causal tools.

Every problem a user's file or question can cause is turned into a `UserError` whose message
says what to do, so the UI and CLI can show it and keep running. The tools call `prepare` to get
a numeric frame (categoricals one-hot encoded, rows with missing values dropped and counted).
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from pydantic import BaseModel

from copilot.errors import UserError
from copilot.task import Condition

DEFAULT_MAX_MB = 200  # overridable by $COPILOT_MAX_FILE_MB and the max_mb argument
MIN_ROWS = 30

ColumnType = Literal["numeric", "binary", "categorical", "text", "date"]

_DATE_PATTERN = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?\s*$|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*$")


# ---------------------------------------------------------------- loading


def max_file_mb(max_mb: float | None = None) -> float:
    """The size limit: the argument, else $COPILOT_MAX_FILE_MB, else DEFAULT_MAX_MB."""
    if max_mb is not None:
        return float(max_mb)
    env = os.environ.get("COPILOT_MAX_FILE_MB")
    if env:
        try:
            return float(env)
        except ValueError:
            pass
    return float(DEFAULT_MAX_MB)


def _looks_numeric(text: str) -> bool:
    try:
        float(str(text).strip())
        return True
    except ValueError:
        return False


def load_table(path: str | Path, *, max_mb: float | None = None, min_rows: int = MIN_ROWS) -> pd.DataFrame:
    """Read a CSV/TSV/Parquet/.xlsx file into a DataFrame, or raise a UserError that says what to fix.

    The format and compression come from the content, the encoding from a BOM or charset-normalizer,
    the delimiter and decimal mark from the text (copilot/reading.py).

    Checks: the file exists and is readable, is not empty and not over the size limit, has a
    header row with unique names, and has at least `min_rows` data rows.
    """
    path = Path(path)
    if not path.exists():
        raise UserError(f"The file '{path}' does not exist.", "Check the path, or upload the file again.")
    if path.is_dir():
        raise UserError(f"'{path}' is a folder, not a data file.", "Give the path of a CSV, TSV or Parquet file.")
    size_mb = path.stat().st_size / 1e6
    limit = max_file_mb(max_mb)
    if size_mb > limit:
        raise UserError(
            f"The file is {size_mb:.1f} MB, over the {limit:g} MB limit.",
            "Use a sample of the rows, drop unused columns, or raise the limit with $COPILOT_MAX_FILE_MB.",
        )
    if path.stat().st_size == 0:
        raise UserError(f"The file '{path.name}' is empty.", "Upload a file with a header row and data rows.")

    from copilot.reading import read_delimited, read_excel, sniff_format

    with open(path, "rb") as handle:
        fmt = sniff_format(handle.read(8), path.suffix.lower())
    named = {".parquet": ("parquet", "a Parquet file"), ".pq": ("parquet", "a Parquet file"),
             ".xlsx": ("xlsx", "an Excel workbook")}.get(path.suffix.lower())
    if named and fmt != named[0]:
        raise UserError(f"'{path.name}' is named like {named[1]}, but its content is not one.",
                        f"Check that the file is a valid {named[1][named[1].index(' ') + 1:]}, or upload it as CSV.")
    if fmt == "parquet":
        try:
            df = pd.read_parquet(path)
        except Exception as exc:  # pyarrow raises many types for corrupt files
            raise UserError(f"Could not read '{path.name}' as Parquet ({exc}).", "Check that the file is a valid Parquet file.") from exc
        header = [str(c) for c in df.columns]
    elif fmt == "xls":
        raise UserError(f"'{path.name}' is an old-style Excel (.xls) workbook, which I cannot read.",
                        "Save the sheet as CSV (or .xlsx) and upload that.")
    elif fmt == "xlsx":
        df = read_excel(path)
        header = [str(c) for c in df.columns]
    else:
        df, header = read_delimited(path, int(limit * 1e6 * 5))

    header = [h.strip() for h in header]
    if not header or all(h == "" for h in header):
        raise UserError(f"'{path.name}' has no header row.", "Add a first row with a name for each column.")
    named = [h for h in header if h != "" and not h.startswith("Unnamed:")]
    if named and all(_looks_numeric(h) for h in named):
        raise UserError(
            f"'{path.name}' seems to have no header row: its first row is all numbers ({', '.join(named[:5])}).",
            "Add a first row with a name for each column.",
        )
    seen: dict[str, int] = {}
    for name in header:
        seen[name] = seen.get(name, 0) + 1
    duplicates = sorted(n for n, k in seen.items() if k > 1 and n != "")
    if duplicates:
        raise UserError(
            f"'{path.name}' has duplicate column names: {', '.join(duplicates)}.",
            "Rename the columns so that each name is used once.",
        )
    df.columns = [str(c).strip() for c in df.columns]
    if len(df) == 0:
        raise UserError(f"'{path.name}' has a header but no data rows.", "Upload a file with data rows.")
    if len(df) < min_rows:
        raise UserError(
            f"'{path.name}' has only {len(df)} rows; causal estimates need at least {min_rows}.",
            "Upload more data.",
        )
    return df


# ---------------------------------------------------------------- profiling


class ColumnProfile(BaseModel):
    name: str
    type: ColumnType
    missing_share: float
    n_distinct: int
    examples: list[str]


class DataProfile(BaseModel):
    n_rows: int
    columns: list[ColumnProfile]

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def get(self, name: str) -> ColumnProfile:
        for column in self.columns:
            if column.name == name:
                return column
        raise UserError(f"Column '{name}' is not in the data.", _suggestion(name, self.names()))

    def describe(self) -> str:
        """One line per column, for prompts and the UI."""
        lines = [f"{self.n_rows} rows, {len(self.columns)} columns:"]
        for c in self.columns:
            miss = f", {c.missing_share:.0%} missing" if c.missing_share else ""
            lines.append(f"- {c.name} ({c.type}, {c.n_distinct} distinct{miss}; e.g. {', '.join(c.examples[:3])})")
        return "\n".join(lines)


def _looks_like_dates(values: pd.Series) -> bool:
    sample = values.dropna().astype(str).head(50)
    if sample.empty or not sample.map(lambda s: bool(_DATE_PATTERN.match(s))).mean() >= 0.9:
        return False
    parsed = pd.to_datetime(sample, errors="coerce", format="mixed")
    return bool(parsed.notna().mean() >= 0.9)


def column_type(series: pd.Series) -> ColumnType:
    """numeric / binary / categorical / text / date, from dtype and values."""
    values = series.dropna()
    n_distinct = int(values.nunique())
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if n_distinct == 2 or pd.api.types.is_bool_dtype(series):
        return "binary"
    if pd.api.types.is_numeric_dtype(series):
        return "numeric"
    if _looks_like_dates(values):
        return "date"
    strings = values.astype(str)
    mean_len = float(strings.str.len().mean()) if len(strings) else 0.0
    many = n_distinct > max(20, 0.5 * len(values))
    if mean_len > 40 or (many and strings.str.contains(" ").mean() > 0.5):
        return "text"
    return "categorical"


def profile(df: pd.DataFrame) -> DataProfile:
    """Type, missing share, distinct count and a few example values of every column."""
    columns = []
    n = len(df)
    for name in df.columns:
        series = df[name]
        values = series.dropna()
        examples = [str(v) for v in pd.unique(values)[:5]]
        columns.append(
            ColumnProfile(
                name=str(name),
                type=column_type(series),
                missing_share=float(series.isna().mean()) if n else 0.0,
                n_distinct=int(values.nunique()),
                examples=examples,
            )
        )
    return DataProfile(n_rows=n, columns=columns)


# ---------------------------------------------------------------- column names


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.lower())


def closest_columns(name: str, available: Iterable[str], n: int = 3) -> list[str]:
    """The `n` column names most like `name` (case, spacing and punctuation ignored first)."""
    available = [str(a) for a in available]
    key = _normal(name)
    exact = [a for a in available if _normal(a) == key and key]
    contains = [
        a
        for a in available
        if min(len(key), len(_normal(a))) >= 3 and (key in _normal(a) or _normal(a) in key)
    ]
    by_norm: dict[str, list[str]] = {}
    for a in available:
        by_norm.setdefault(_normal(a), []).append(a)
    fuzzy = [a for m in difflib.get_close_matches(key, list(by_norm), n=n, cutoff=0.5) for a in by_norm[m]]
    raw = difflib.get_close_matches(name, available, n=n, cutoff=0.5)
    return list(dict.fromkeys(exact + fuzzy + raw + contains))[:n]


def _suggestion(name: str, available: list[str]) -> str:
    close = closest_columns(name, available)
    if close:
        return f"Did you mean {' or '.join(repr(c) for c in close)}?"
    shown = ", ".join(available[:12]) + (", ..." if len(available) > 12 else "")
    return f"The columns are: {shown}."


def require_columns(names: Iterable[str], available: Iterable[str]) -> None:
    """Raise a UserError naming each unknown column and the closest existing ones."""
    available = [str(a) for a in available]
    missing = [n for n in dict.fromkeys(names) if n not in available]
    if not missing:
        return
    if len(missing) == 1:
        raise UserError(f"Column '{missing[0]}' is not in the data.", _suggestion(missing[0], available))
    hints = " ".join(f"For '{m}': {_suggestion(m, available)}" for m in missing)
    raise UserError(f"Columns {', '.join(repr(m) for m in missing)} are not in the data.", hints)


# ---------------------------------------------------------------- filtering

_OPS = {
    "==": lambda s, v: s == v,
    "!=": lambda s, v: s != v,
    ">": lambda s, v: s > v,
    ">=": lambda s, v: s >= v,
    "<": lambda s, v: s < v,
    "<=": lambda s, v: s <= v,
}


def apply_conditions(df: pd.DataFrame, conditions: list[Condition], warnings: list[str] | None = None) -> pd.DataFrame:
    """Keep the rows meeting every condition; UserError if a column is unknown or no row is left.

    With `warnings`, say which rows were used there (the result must never hide a filter)."""
    if not conditions:
        return df
    require_columns([c.column for c in conditions], df.columns)
    mask = pd.Series(True, index=df.index)
    for cond in conditions:
        series = df[cond.column]
        value = cond.value
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            try:
                value = float(value)
            except (TypeError, ValueError):
                raise UserError(
                    f"The filter '{cond}' compares the numeric column '{cond.column}' with text.",
                    "Use a number in the condition.",
                ) from None
            mask &= _OPS[cond.op](series, value).fillna(False)
        else:
            text = series.astype("string")
            value_s = str(value)
            if isinstance(cond.value, float) and float(cond.value).is_integer() and value_s not in set(text.dropna()):
                value_s = str(int(cond.value))
            if cond.op not in {"==", "!="}:
                parsed = pd.to_numeric(series, errors="coerce")
                if parsed.notna().mean() > 0.9:
                    mask &= _OPS[cond.op](parsed, float(value)).fillna(False)
                    continue
            mask &= _OPS[cond.op](text, value_s).fillna(False).astype(bool)
    out = df[mask.to_numpy(dtype=bool)]
    if out.empty:
        shown = " and ".join(str(c) for c in conditions)
        raise UserError(f"No rows are left after keeping only rows where {shown}.", "Loosen or remove the conditions.")
    if warnings is not None:
        warnings.append(f"Only rows where {' and '.join(str(c) for c in conditions)} were used ({len(out)} rows).")
    return out


# ---------------------------------------------------------------- preparing for estimators


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


def encoded_columns(frame: pd.DataFrame, original: Iterable[str]) -> list[str]:
    """The columns of a `prepare`d frame that came from the `original` columns."""
    out = []
    for col in original:
        if col in frame.columns:
            out.append(col)
        out += [c for c in frame.columns if c.startswith(f"{col}=")]
    return list(dict.fromkeys(out))


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


_ID_NAME = re.compile(r"(^|[_\s.-])(id|ids|key|uuid|guid|index|idx|row|record|no)$|^id[_\s.-]", re.I)
_ID_CAMEL = re.compile(r"[a-z]Id$|ID$")


def looks_like_identifier(series: pd.Series, name: str) -> bool:
    """A column that only labels rows: one distinct value per row, and integer codes or text, and
    either an ID-like name or consecutive integers (1, 2, 3 …). A continuous measure is never one."""
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


def is_binary(series: pd.Series) -> bool:
    return int(series.dropna().nunique()) == 2


def finite_or_none(x) -> float | None:
    """A float for a result field, or None for NaN/inf."""
    try:
        value = float(x)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


__all__ = [
    "DEFAULT_MAX_MB",
    "MIN_ROWS",
    "ColumnProfile",
    "DataProfile",
    "apply_conditions",
    "binary_levels",
    "check_not_all_missing",
    "check_treatment_varies",
    "closest_columns",
    "column_type",
    "effect_data_problem",
    "encode_features",
    "encode_treatment",
    "encoded_columns",
    "finite_or_none",
    "is_binary",
    "load_table",
    "looks_like_identifier",
    "match_level",
    "max_file_mb",
    "prepare",
    "profile",
    "require_columns",
]
