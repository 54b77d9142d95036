"""Where the project's shared benchmark data lives (never copied into the repo)."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_data_dir() -> Path:
    """`$COPILOT_SHARED_DATA`, else `../shared/data` beside the checkout (where CI puts it)."""
    configured = os.environ.get("COPILOT_SHARED_DATA")
    return Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"
