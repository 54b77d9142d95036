"""What each column of a table is: type, missing share, distinct values, a few examples.

The profile goes into the understanding prompt and the UI, and tools use `column_type` to decide how
to encode or screen a column, so one rule types a column everywhere.
"""

from __future__ import annotations

import re
from typing import Literal

import pandas as pd
from pydantic import BaseModel

from copilot.data.columns import suggest_columns
from copilot.errors import UserError

ColumnType = Literal["numeric", "binary", "categorical", "text", "date"]

_DATE_PATTERN = re.compile(r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?.*)?\s*$|^\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*$")


class ColumnProfile(BaseModel):
    name: str
    type: ColumnType
    missing_share: float
    n_distinct: int
    examples: list[str]  # a few values; every level (most frequent first, up to MAX_LEVELS) of a categorical


class DataProfile(BaseModel):
    n_rows: int
    columns: list[ColumnProfile]

    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def get(self, name: str) -> ColumnProfile:
        for column in self.columns:
            if column.name == name:
                return column
        raise UserError(f"Column '{name}' is not in the data.", suggest_columns(name, self.names()))

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


# A question can name any level of a categorical ("for Japanese dubs"), and the parser grounds a level only
# if it sees it; so a categorical lists its levels, not just the first five values.
MAX_LEVELS = 50


def profile(df: pd.DataFrame) -> DataProfile:
    """Type, missing share, distinct count and example values of every column (all levels of a categorical)."""
    columns = []
    n = len(df)
    for name in df.columns:
        series = df[name]
        values = series.dropna()
        kind = column_type(series)
        if kind == "categorical":
            examples = [str(v) for v in values.value_counts(sort=True).index[:MAX_LEVELS]]
        else:
            examples = [str(v) for v in pd.unique(values)[:5]]
        columns.append(
            ColumnProfile(
                name=str(name),
                type=kind,
                missing_share=float(series.isna().mean()) if n else 0.0,
                n_distinct=int(values.nunique()),
                examples=examples,
            )
        )
    return DataProfile(n_rows=n, columns=columns)
