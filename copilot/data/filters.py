"""Row filters from a task's conditions ("only women over 50"), applied the same way for every tool.

A filter is never silent: an empty result is a `UserError`, and with `warnings` the rows used are said.
"""

from __future__ import annotations

import pandas as pd

from copilot.data.columns import require_columns
from copilot.errors import UserError
from copilot.task import Condition

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
