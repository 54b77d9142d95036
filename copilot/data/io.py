"""Reading a user's table: the size limit, the format, the header, enough rows.

Every problem a user's file can cause becomes a `UserError` whose message says what to fix, so
the UI and CLI can show it and keep running. The byte-level reading (encoding, delimiter,
decimal mark, compression) lives in `copilot/reading.py`; this module decides what is acceptable.
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from copilot.errors import UserError

DEFAULT_MAX_MB = 200  # overridable by $COPILOT_MAX_FILE_MB and the max_mb argument
MIN_ROWS = 30


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


def size_over_limit(path: str | Path, max_mb: float | None = None) -> tuple[float, float] | None:
    """(size, limit) in MB when the file on disk is over the size limit, else None.

    One rule for the loader and the web upload (which checks before copying); each says it in its words."""
    size_mb = Path(path).stat().st_size / 1e6
    limit = max_file_mb(max_mb)
    return (size_mb, limit) if size_mb > limit else None


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
    limit = max_file_mb(max_mb)
    over = size_over_limit(path, limit)
    if over:
        raise UserError(
            f"The file is {over[0]:.1f} MB, over the {limit:g} MB limit.",
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
