"""Question understanding: hard evidence first (exact column identifiers), then structure and the
language model over closed sets, then the fields a task needs (instrument, estimand, `at`, ...).

`copilot.parse.parse_question` stays the entry point; this package holds the pieces.
Vocabularies are data files under `vocab/` so that a new domain is an edit of data, not of code.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

VOCAB_DIR = Path(__file__).parent / "vocab"


@functools.lru_cache(maxsize=None)
def vocab(name: str) -> dict[str, Any]:
    """A vocabulary file of this package (`vocab/<name>.json`), read once."""
    return json.loads((VOCAB_DIR / f"{name}.json").read_text(encoding="utf-8"))
