"""The role patterns of a counterfactual said in words: what a treatment did or would have done to an outcome
(part of `role_patterns._ROLE_PATTERNS`, kept apart so each list stays readable): regex, {group -> role}, weight."""

from __future__ import annotations

from copilot.understand.role_words import _G, _M

_COUNTERFACTUAL_PATTERNS: list[tuple[str, dict[int, str], float]] = [
    # "what has FSC certification done to the number of fires", "what would a demo have done to the chance of
    # closing": what the treatment did to the outcome
    (rf"\bwhat (?:has|have|had|did|would|will|could|might) {_G(1)}{_M} {_G(1)}(?:done|have done) to {_G(4)}{_M}",
     {1: "t", 2: "y"}, 3.0),
    # "would <y> have risen with <x> at the libraries that didn't run one": Y's change, had they had X
    (rf"(?:would|will|could|might) {_M} (?:have )?(?:risen|rise|gone up|go up|increased|increase|improved|improve|"
     rf"fallen|fall|dropped|drop|gone down|go down|decreased|decrease) with {_G(2)}{_M}", {1: "y", 2: "t"}, 2.5),
    # "how many burns would the performers who skipped the course have had if they had taken it": the count asked
    # for is the outcome of a counterfactual
    (rf"^how (?:many|much) (?:more |fewer |less |extra )?{_G(1)}{_M} (?:would|could|might) .{{0,120}}\bif\b",
     {1: "y"}, 2.5),
    # "would patients in usual care have bled less within a year under pharmacist management": Y, had they been under X
    (rf"\bwould {_G(4)}have {_M} (?:less|more|fewer|longer|sooner|later) {_G(4)}under {_G(1)}{_M}", {1: "y", 2: "t"}, 2.8),
]
