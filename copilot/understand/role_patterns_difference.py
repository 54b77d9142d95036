"""The role patterns of a difference seen and doubted ("is the higher score of wild-yeast batches causal"): the
difference is in the outcome, the units' trait said with it the treatment (part of `role_patterns._ROLE_PATTERNS`,
kept apart so each list stays readable): regex, {group -> role}, weight."""

from __future__ import annotations

from copilot.understand.role_words import _G, _M

_COMPARED = "higher|lower|bigger|smaller|larger|greater|better|worse"

_DIFFERENCE_PATTERNS: list[tuple[str, dict[int, str], float]] = [
    # "is the higher hammer price when more buyers turn up real", "is the higher score of wild-yeast batches causal"
    (rf"(?:^|[.?!;] )(?:is|are|was|were) (?:the |this |that )?(?:{_COMPARED}|extra) {_G(1)}{_M} {_G(1)}"
     rf"(?:when|where|if|among|with|of|for|in) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.4),
    # "are crowds bigger when a sponsor is attached": the amount compared, then when it is so (not "is yield_t higher
    # for farms with larger herds": the units, then their trait)
    (rf"(?:^|[.?!;] )(?:is|are|was|were) (?:the |this |that )?{_M} (?:{_COMPARED}) (?:when|where|if) {_G(3)}{_M}",
     {1: "y", 2: "t"}, 2.4),
    # "is the higher tasting score (tastingScoreV2) of certified-organic producers causal": the comparative said
    # inside the outcome's words, the units' trait after "of", then the doubt
    (rf"(?:^|[.?!;] )(?:is|are|was|were) (?:the |this |that )?{_M} (?:of|among|for|in|at) {_G(2)}{_M} {_G(2)}"
     rf"(?:causal|real|genuine)\b", {1: "y", 2: "t"}, 2.4),
    # "are fewer people <evacuated> when teams are <certified>": the count of Y said first, the condition after
    (rf"(?:^|[,;.?] )(?:are|is|were|was) (?:more|fewer|less) (?:[a-z]+ ){{0,2}}{_M} {_G(2)}(?:when|if|once|where|after) "
     rf"{_G(5)}{_M}", {1: "y", 2: "t"}, 2.2),
]
