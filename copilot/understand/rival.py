"""A rival explanation offered beside the causal question: "does X lower Y, or is that just Z?",
"… real, or confounded by Z?", "… or is it down to Z?".

The clause names what the user suspects confounds the effect, never a role of its own:
- a variable it names right after the lead ("just sector differences", "confounded by electricity
  price") is read as a covariate: the skeleton shows the lead as `confounded_by`, one of the
  adjustment cues (`adjustment._COVARIATE_CUE`);
- a phrase in it that names no column ("just who quits", "the busy lines skipping calibration") is
  a story about selection, not a treatment or outcome the data lacks, so it is not asked about;
- the treatment or outcome said again inside it ("or is it just that power users turn on push")
  casts no second vote.
"""

from __future__ import annotations

import re
from typing import TypeVar

M = TypeVar("M")  # a mention (analysis.Mention): anything with .start and .key

_HEDGES = r"(?:just|only|simply|merely|purely|mostly|partly|all|really|actually|rather|instead)"
_BECAUSE = r"(?:because(?: of)?|due to|down to|a matter of|an artefact of|an artifact of|confounded_by|confounding_by|" \
           r"explained_by|driven_by|caused_by)"
# "or is that just", "or is it confounded by", "or was this down to", "or just because", "real or merely", "or just
# by the cultivar group", "or do coppiced territories just happen to be in woodland" (the units said again, then
# what they happen to be)
_LEAD = re.compile(rf"^or (?:(?:is|was|'s|are|were) (?:that|it|this|these|those) (?:{_HEDGES} )?(?:{_BECAUSE} )?"
                   rf"|{_HEDGES} (?:(?:{_BECAUSE}|by) )?|{_BECAUSE} "
                   rf"|(?:do|does|did|are|were) (?:[a-z'-]+ ){{1,3}}(?:just|only|simply|merely) )")
_END = {"?", ".", "!", ";"}


def rival_clause(tokens: list[str]) -> tuple[int, int, int] | None:
    """(start of the lead, first token after the lead, end of the clause) of the rival explanation,
    or None. The clause follows the causal question in the same sentence: an "or" after a comma or
    after "real"/"genuine"/"causal", with a hedge or a because-word, never "or is there a direct effect"."""
    for i, tok in enumerate(tokens):
        if tok != "or" or i == 0 or (tokens[i - 1] not in {",", "real", "genuine", "causal", "true"}):
            continue
        if tokens[i - 2:i] == ["directly", ","] or tokens[i - 1] == "directly":
            continue  # "does X cut Y directly, or mostly because …": a pathway (mediation), not a rival
        rest = " ".join(tokens[i:i + 7]) + " "
        m = _LEAD.match(rest)
        # ("…, or is that the clay soils?": a rival named with its article, no hedge needed)
        if not m or not re.search(rf"\b(?:{_HEDGES}|{_BECAUSE})\b", m.group(0)) and not (
                re.fullmatch(r"or (?:is|was|'s) (?:that|it|this) ", m.group(0)) and tokens[i + 3:i + 4] == ["the"]):
            continue
        lead_end = i + len(m.group(0).split())
        end = next((k for k in range(lead_end, len(tokens)) if tokens[k] in _END), len(tokens))
        if lead_end < end:
            return i, lead_end, end
    return None


def skeleton_words(tokens: list[str]) -> dict[int, str]:
    """Token index -> what the skeleton writes there: the lead as "or confounded_by", its other words
    dropped (""), so that the adjustment cue reads the variable that follows as a covariate."""
    span = rival_clause(tokens)
    # "or just because those ponds have better <z>": roles.role_votes reads the units' state ("or because of
    # price" names its cause at once: a confounder)
    if span is None or "because" in tokens[span[0]:span[1]] and tokens[span[1] - 1] != "of":
        return {}
    start, lead_end, _ = span
    out = {k: "" for k in range(start, lead_end)}
    out[start] = "or confounded_by"
    return out


def inside(span: tuple[int, int, int] | None, start: int) -> bool:
    return span is not None and span[0] <= start < span[2]


def without_rival(tokens: list[str], span: tuple[int, int, int] | None) -> list[str]:
    """The tokens with the rival explanation (`rival_clause`) blanked: "or do coppiced territories just happen
    to be in woodland" restricts no rows (no condition is read there)."""
    return [t if not inside(span, k) else "\u2026" for k, t in enumerate(tokens)]


def outside_rival(span: tuple[int, int, int] | None, mentions: list[M], unmatched: list[M]) -> tuple[list[M], list[M]]:
    """Inside a rival explanation (`rival_clause`: "…, or is that just who quits?") free phrases name no role,
    and a variable said again there casts no second vote, nor do the units said again in its lead."""
    if span is None:
        return mentions, unmatched
    said = {m.key for m in mentions if not inside(span, m.start)}
    lead = range(span[0], span[1])  # ("or do teams just regress")
    return ([m for m in mentions if not (inside(span, m.start) and (m.key in said or m.start in lead))],
            [m for m in unmatched if not inside(span, m.start)])
