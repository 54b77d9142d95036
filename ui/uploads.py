"""Tables the web app is given: uploads and the bundled examples, copied into the session's folder.

A file is checked against the size limit from its size on disk before any parsing, loaded once
(the session keeps the frame and hands it to the agent as is), and profiled for the columns panel.
"""

from __future__ import annotations

import re
import shutil
import uuid
from pathlib import Path
from typing import Any

import pandas as pd

from copilot.data import load_table, profile, size_over_limit
from copilot.errors import UserError
from ui.sessions import Session

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
UPLOAD_TYPES = [".csv", ".tsv", ".txt", ".tab", ".gz", ".parquet", ".pq", ".xlsx"]

# One-click examples: (button label, file or None, question).
EXAMPLES: list[tuple[str, str | None, str]] = [
    ("Job training → earnings (ATE)", "job_training.csv", "What is the effect of training on earnings?"),
    ("Coupon → spend by member (CATE)", "coupon_uplift.csv", "How does the effect of coupon on spend vary by member?"),
    ("Exercise → blood pressure via fitness (mediation)", "exercise_mediation.csv",
     "How much of the effect of exercise on blood_pressure goes through fitness?"),
    ("Sales drivers (causal graph)", "sales_discovery.csv", "What is the causal graph of these variables?"),
    ("Correlations → causation? (no data)", None,
     "A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?"),
]


def profile_rows(df: pd.DataFrame) -> list[list[Any]]:
    """The columns panel's rows: name, type, distinct values, missing share, examples."""
    rows = []
    for c in profile(df).columns:
        missing = f"{c.missing_share:.0%}" if c.missing_share else "–"
        rows.append([c.name, c.type, c.n_distinct, missing, ", ".join(c.examples[:3])])
    return rows


def human_size(mb: float) -> str:
    """0.054 -> '54 KB', 12.34 -> '12.3 MB' (so a file just over a small limit does not read as equal to it)."""
    return f"{mb * 1000:.3g} KB" if mb < 1 else f"{mb:.3g} MB"


def check_upload_size(path: str | Path) -> None:
    """Refuse a file over the size limit from its size on disk, before any parsing."""
    over = size_over_limit(path)
    if over:
        size_mb, limit = over
        raise UserError(
            f"The file '{Path(path).name}' is {human_size(size_mb)}, over the {human_size(limit)} limit, so I did not open it.",
            "Upload a sample of the rows or only the columns you need (or raise $COPILOT_MAX_FILE_MB).",
        )


def attach_data(session: Session, path: str | Path, name: str | None = None) -> tuple[str, list[list[Any]]]:
    """Copy a table into the session's folder, load and profile it; returns (summary, column rows).

    Raises UserError for a file that is too large (checked before parsing) or unreadable.
    """
    source = Path(path)
    check_upload_size(source)
    name = name or source.name
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "data.csv"
    folder = session.dir / f"data-{uuid.uuid4().hex[:6]}"  # keeps the user's file name for messages
    folder.mkdir()
    target = folder / safe
    shutil.copyfile(source, target)
    try:
        df = load_table(target)
        if session.sandbox is not None:
            from graphs.guard import check_table_rows

            check_table_rows(len(df), session.sandbox)
    except UserError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    session.data_path, session.data_name, session.data_sent = str(target), name, False
    session.frame = df
    if session.sandbox is not None:
        session.sandbox.add_upload(target)
    summary = f"**{name}** · {len(df):,} rows × {len(df.columns)} columns"
    return summary, profile_rows(df)
