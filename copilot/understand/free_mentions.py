"""Free phrases: runs of content words that may name a variable, where no column is there to match
(questions without data) or none matched. Split from `mentions.py`, which finds the columns a question names."""

from __future__ import annotations

from copilot.understand.mentions import Mention
from copilot.understand.phrase_words import _TO_HEADS, MEASURE_HEADS, is_content


def find_free_mentions(tokens: list[str], skip: set[int] | None = None) -> list[Mention]:
    """Maximal runs of content words (no function or cue words) = candidate variable phrases."""
    skip = skip or set()
    mentions: list[Mention] = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if i in skip or not is_content(t):
            i += 1
            continue
        j = i
        while j < n and j not in skip and is_content(tokens[j]) and j - i < 6:
            j += 1
        # "hours of sleep", "length of stay", "access to healthcare"
        while (
            j + 1 < n and (tokens[j] == "of" and tokens[j - 1] in MEASURE_HEADS
                           or tokens[j] == "to" and tokens[j - 1] in _TO_HEADS) and j + 1 not in skip
            and (is_content(tokens[j + 1]) or (tokens[j + 1] in {"the", "a", "an"} and j + 2 < n
                                               and j + 2 not in skip and is_content(tokens[j + 2])))
        ):
            j += 2 if is_content(tokens[j + 1]) else 3
            while j < n and j not in skip and is_content(tokens[j]) and j - i < 8:
                j += 1
        mentions.append(Mention(i, j, " ".join(tokens[i:j]).replace(" 's", "'s"), None, 0.5))
        i = j
    return mentions
