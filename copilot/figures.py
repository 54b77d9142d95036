"""Where figures go. Tools save PNGs here and return their paths in `Result.figures`."""

from __future__ import annotations

import os
import re
import tempfile
import uuid
from pathlib import Path

from copilot.results import Figure


def figure_dir() -> Path:
    """`$COPILOT_FIGURE_DIR` if set, else one temp folder per process."""
    configured = os.environ.get("COPILOT_FIGURE_DIR")
    path = Path(configured) if configured else Path(tempfile.gettempdir()) / f"copilot-figures-{os.getpid()}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def new_figure_path(stem: str) -> Path:
    """A fresh, unique PNG path whose name starts with `stem` (never overwrites another answer's figure)."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_") or "figure"
    return figure_dir() / f"{safe}-{uuid.uuid4().hex[:8]}.png"


def save_figure(fig, stem: str, title: str) -> Figure:
    """Save a matplotlib figure as PNG, close it, and describe it."""
    import matplotlib.pyplot as plt

    path = new_figure_path(stem)
    fig.savefig(path, dpi=110, bbox_inches="tight")
    plt.close(fig)
    return Figure(title=title, path=str(path))
