"""Where figures go. Tools save PNGs here and return their paths in `Result.figures`.

File names carry a short readable prefix and a hash of the full stem: stems built from long column
names would otherwise exceed the file system's 255-byte name limit. The per-process folder is removed
at exit (`copilot.cleanup`); a folder chosen with $COPILOT_FIGURE_DIR is the user's and is kept.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import uuid
from pathlib import Path

from copilot.cleanup import remove_at_exit
from copilot.results import Figure

_MAX_PREFIX = 40


def figure_dir() -> Path:
    """`$COPILOT_FIGURE_DIR` if set (kept), else one temp folder per process (removed at exit)."""
    configured = os.environ.get("COPILOT_FIGURE_DIR")
    if configured:
        path = Path(configured)
        path.mkdir(parents=True, exist_ok=True)
        return path
    path = Path(tempfile.gettempdir()) / f"copilot-figures-{os.getpid()}"
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True)
    remove_at_exit(path)
    return path


def figure_name(stem: str) -> str:
    """A short, safe, unique PNG name: readable prefix + hash of the whole stem + a random part."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_") or "figure"
    digest = hashlib.sha1(stem.encode("utf-8", "replace")).hexdigest()[:10]
    return f"{safe[:_MAX_PREFIX].rstrip('_')}-{digest}-{uuid.uuid4().hex[:8]}.png"


def new_figure_path(stem: str) -> Path:
    """A fresh, unique PNG path whose name starts with (a prefix of) `stem`; never overwrites another answer's figure."""
    return figure_dir() / figure_name(stem)


def save_figure(fig, stem: str, title: str) -> Figure:
    """Save a matplotlib figure as PNG, close it, and describe it."""
    import matplotlib.pyplot as plt

    path = new_figure_path(stem)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return Figure(title=title, path=str(path))
