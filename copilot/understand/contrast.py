"""The other arm of a contrast: "local vs visiting surgeons", "one-to-one rather than group tutoring",
"operations done by local surgeons rather than visiting teams".

When the arm before "vs" / "rather than" / "instead of" names a binary column, the question contrasts
that column's two levels: the arm after the contrast word names the other level (the comparison
group), not a second variable. A word there that happens to fit another column ("visiting" ~
FOLLOWUP_VISITS) would otherwise vote for a role. Where the second arm names another binary column
("drug_a vs drug_b"), the question may compare two treatments; that is left to the roles.
"""

from __future__ import annotations

from copilot.understand.mentions import Mention

# contrast words, as token sequences
_CONTRAST = (("vs",), ("versus",), ("vs.",), ("rather", "than"), ("instead", "of"))
_END = {"?", ".", "!", ";", ",", "so", "to", "on", "in", "for", "and", "or", "if", "when", "with", "have", "has",
        "do", "does", "did", "is", "are", "was", "were"}


def _contrast_at(tokens: list[str], i: int) -> int:
    """Length of the contrast word starting at token i (0 if none)."""
    for words in _CONTRAST:
        if tuple(tokens[i:i + len(words)]) == words:
            return len(words)
    return 0


def drop_other_arm(tokens: list[str], mentions: list[Mention], unmatched: list[Mention],
                   types: dict[str, str]) -> tuple[list[Mention], list[Mention]]:
    """Mentions and free phrases of the arm after the contrast word, when the arm before it is a binary
    column and the arm after names no other binary column, are dropped."""
    drop: set[int] = set()
    for i in range(1, len(tokens)):
        width = _contrast_at(tokens, i)
        if not width:
            continue
        first = [m for m in mentions if i - 2 <= m.end - 1 < i]
        if not first or types.get(first[-1].column or "") != "binary":
            continue
        binary = first[-1].column
        end = next((k for k in range(i + width, len(tokens)) if tokens[k] in _END), len(tokens))
        end = min(end, i + width + 3)  # an arm is a short noun phrase ("visiting teams", "group tutoring")
        arm = [m for m in mentions + unmatched if i + width <= m.start < end]
        if any(types.get(m.column or "") == "binary" and m.column != binary for m in arm):
            continue
        drop |= {m.start for m in arm}
    if not drop:
        return mentions, unmatched
    return [m for m in mentions if m.start not in drop], [m for m in unmatched if m.start not in drop]
