"""Text side of question understanding (kept importable here; the code lives in copilot.understand)."""

from __future__ import annotations

from copilot.understand.free_mentions import find_free_mentions
from copilot.understand.mentions import Mention, find_column_mentions
from copilot.understand.phrase_words import is_content
from copilot.understand.typos import CUE_WORDS, fix_typos
from copilot.understand.text import (
    ABBREVIATIONS,
    ColumnInfo,
    columns_from_profile,
    name_words,
    norm_phrase,
    stem,
    synonyms,
    tokenize,
)

__all__ = [
    "ABBREVIATIONS", "CUE_WORDS", "ColumnInfo", "Mention", "is_content", "columns_from_profile",
    "find_column_mentions", "find_free_mentions", "fix_typos", "name_words", "norm_phrase", "stem", "synonyms",
    "tokenize",
]
