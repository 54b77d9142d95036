"""Reading a data file right, or refusing it clearly: compression and format by content, the text
encoding (BOM, else `charset-normalizer`), the delimiter and the decimal mark.

A wrong guess here is silent and poisons every later number (UTF-16 read as latin-1 gives NUL-filled
column names and all-text columns; decimal commas give text outcomes), so each guess is checked and an
unresolvable file gets a `UserError` that names the problem.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import lzma
import re
import zipfile
from pathlib import Path

import pandas as pd

from copilot.errors import UserError

_BOMS = [  # longest first: a UTF-32 LE BOM starts like a UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_DELIMITERS = [",", ";", "\t", "|"]
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*$")


def sniff_format(head: bytes, suffix: str) -> str:
    """'parquet', 'xlsx', 'xls', 'gzip', 'bz2', 'xz', 'zip' or 'text', from the first bytes (the name is a hint only)."""
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"BZh"):
        return "bz2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return "xz"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if head.startswith(b"PK\x03\x04"):
        return "xlsx" if suffix in {".xlsx", ".xlsm"} else "zip"
    return "text"


def _decompress(path: Path, fmt: str, limit_bytes: int) -> bytes:
    """The decompressed bytes, refusing an archive that expands past `limit_bytes` (a zip bomb)."""
    if fmt == "zip":
        with zipfile.ZipFile(path) as zf:
            names = [n for n in zf.namelist() if not n.endswith("/")]
            if "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names):
                raise _excel_wanted(path)
            if len(names) != 1:
                raise UserError(f"'{path.name}' is a zip archive with {len(names)} files.",
                                "Upload the one CSV file itself (or a zip holding only it).")
            handle = zf.open(names[0])
            data = handle.read(limit_bytes + 1)
    else:
        opener = {"gzip": gzip.open, "bz2": bz2.open, "xz": lzma.open}[fmt]
        try:
            with opener(path, "rb") as handle:
                data = handle.read(limit_bytes + 1)
        except (OSError, EOFError, lzma.LZMAError) as exc:
            raise UserError(f"'{path.name}' looks {fmt}-compressed but could not be decompressed ({exc}).",
                            "Upload the file again, or upload the uncompressed CSV.") from exc
    if len(data) > limit_bytes:
        raise UserError(f"'{path.name}' expands to more than {limit_bytes / 1e6:g} MB when decompressed, over the size limit.",
                        "Upload a sample of the rows, or raise the limit with $COPILOT_MAX_FILE_MB.")
    return data


def _excel_wanted(path: Path) -> UserError:
    return UserError(f"'{path.name}' is an Excel workbook that could not be read here.",
                     "Save the sheet as CSV (File → Save as → CSV UTF-8) and upload that.")


def read_excel(path: Path) -> pd.DataFrame:
    """The first sheet of an .xlsx workbook (openpyxl), or a UserError saying to save it as CSV."""
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise UserError(f"'{path.name}' is an Excel workbook, and Excel support (openpyxl) is not installed.",
                        "Save the sheet as CSV and upload that.") from None
    try:
        return pd.read_excel(path, sheet_name=0, engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for damaged workbooks
        raise _excel_wanted(path) from exc


def detect_encoding(raw: bytes) -> str:
    """The text encoding: a byte-order mark, else UTF-8 if it decodes, else `charset-normalizer`'s guess."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    sample = raw[:1_000_000]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 4:  # a multi-byte character cut by the sample's end
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return "latin-1"
    return best.encoding


def _is_cp1252(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def decode(raw: bytes, name: str) -> str:
    """The file's text, or a UserError when no encoding gives readable text."""
    encoding = detect_encoding(raw)
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        if encoding != "utf-8":
            raise UserError(f"Could not decode '{name}' (it is not {encoding} text: {exc}).", "Save the file as UTF-8 CSV.") from exc
        text = raw.decode("cp1252", errors="strict") if _is_cp1252(raw) else raw.decode("latin-1")  # UTF-8 only at first
    if "\x00" in text[:100_000]:
        raise UserError(f"'{name}' holds NUL bytes: it is binary or in an encoding I could not recognise.",
                        "Save the file as UTF-8 CSV.")
    return text.lstrip("\ufeff")


def sniff_delimiter(text: str, suffix: str) -> str:
    """The delimiter whose field count is the header's on (nearly) every sampled line; ties: most fields."""
    lines = [ln for ln in text[:200_000].splitlines()[:200] if ln.strip()]
    if suffix in {".tsv", ".tab"}:
        return "\t"
    if not lines:
        return ","
    best, best_fields = None, 1
    for delim in _DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delim))
        width = len(rows[0])
        if width < 2:
            continue
        same = sum(len(r) == width for r in rows[1:]) / max(1, len(rows) - 1)
        if same >= 0.9 and width > best_fields:
            best, best_fields = delim, width
    if best is not None:
        return best
    try:
        return csv.Sniffer().sniff("\n".join(lines[:50]), delimiters="".join(_DELIMITERS)).delimiter
    except csv.Error:
        return ","


def sniff_decimal(text: str, sep: str) -> str:
    """',' when the delimiter is not a comma and most number-like fields are written `12,5`."""
    if sep == ",":
        return "."
    rows = list(csv.reader(text[:200_000].splitlines()[1:200], delimiter=sep))
    cells = [c for r in rows for c in r if c.strip()]
    comma = sum(bool(_DECIMAL_COMMA.match(c)) for c in cells)
    dot = sum(bool(re.match(r"^\s*-?\d+\.\d+\s*$", c)) for c in cells)
    return "," if comma > 0 and comma >= 3 * dot else "."


def decimal_comma_columns(df: pd.DataFrame) -> list[str]:
    """Text columns whose values are mostly numbers written with a decimal comma (`12,5`)."""
    out = []
    for col in df.columns:
        if not pd.api.types.is_numeric_dtype(df[col]) and not pd.api.types.is_bool_dtype(df[col]):
            values = df[col].dropna().astype(str).head(200)
            if len(values) and values.map(lambda v: bool(_DECIMAL_COMMA.match(v))).mean() > 0.8:
                out.append(str(col))
    return out


def read_delimited(path: Path, limit_bytes: int) -> tuple[pd.DataFrame, list[str]]:
    """A delimited text file (possibly compressed) as (frame, raw header names)."""
    with open(path, "rb") as handle:
        head = handle.read(8)
    fmt = sniff_format(head, path.suffix.lower())
    if fmt in {"xlsx", "xls"}:
        raise AssertionError("callers read workbooks with read_excel")
    raw = _decompress(path, fmt, limit_bytes) if fmt != "text" else path.read_bytes()
    text = decode(raw, path.name)
    inner_suffix = Path(path.stem).suffix.lower() if fmt != "text" else path.suffix.lower()
    sep = sniff_delimiter(text, inner_suffix)
    decimal = sniff_decimal(text, sep)
    header_row = next(csv.reader(io.StringIO(text.split("\n", 1)[0]), delimiter=sep), [])
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, decimal=decimal, low_memory=False)
    except pd.errors.EmptyDataError as exc:
        raise UserError(f"The file '{path.name}' is empty.", "Upload a file with a header row and data rows.") from exc
    except (pd.errors.ParserError, ValueError) as exc:
        raise UserError(
            f"Could not read '{path.name}' as a table ({str(exc).splitlines()[0]}).",
            "Save it as a CSV with one header row and the same number of fields on every line.",
        ) from exc
    comma_cols = decimal_comma_columns(df) if decimal == "." else []
    if comma_cols:
        shown = ", ".join(f"'{c}'" for c in comma_cols[:5])
        raise UserError(
            f"In '{path.name}' the column(s) {shown} hold numbers written with a decimal comma (like 12,5), "
            f"which I cannot tell apart from the '{sep}' field separator.",
            "Save the file with ';' between fields (then decimal commas are understood) or with decimal points.",
        )
    return df, [cell.strip() for cell in header_row]


__all__ = ["decode", "detect_encoding", "read_delimited", "read_excel", "sniff_decimal", "sniff_delimiter", "sniff_format"]
