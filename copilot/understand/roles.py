"""Role patterns over the skeleton vote for treatment / outcome / mediator / modifier (covariates: `adjustment`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.understand.adjustment import covariate_indices
from copilot.understand.analysis import Analysis
from copilot.understand.cues import COURSE_TAKEN_RX, PUT_THROUGH_RX
from copilot.understand.phrase_words import _ADJUSTMENT_VERBS
from copilot.understand.text import stem
from copilot.understand.role_patterns import _ROLE_REGEX


@dataclass
class Roles:
    votes: dict[int, dict[str, float]]  # mention index -> role -> weight
    covariates: list[int]
    directional: bool  # a pattern, not mere order, fixed treatment vs outcome


def role_votes(an: Analysis, skeleton: str | None = None) -> Roles:
    skeleton = an.skeleton if skeleton is None else skeleton
    votes: dict[int, dict[str, float]] = {}
    mentions = an.mentions if skeleton is an.skeleton or skeleton == an.skeleton else an.all_mentions
    if re.search(COURSE_TAKEN_RX, an.text):  # "put a third of <0> through <1>": a course taken, no mediator
        skeleton = PUT_THROUGH_RX.sub(r"\1 course_taken", skeleton)
    first: dict[str, int] = {}
    canon = {k: first.setdefault(m.key, k) for k, m in enumerate(mentions)}  # one index per variable
    directional = _vote(skeleton, canon, votes)
    # "The psych sessions are meant to reduce fear, which improves scores. What share of SPORT_PSYCH's
    # effect on SCORE runs through FEAR_IDX?": a sentence that names the roles by their identifiers
    # decides them over the story told around it
    for sentence in re.split(r"(?<= [.?!]) ", skeleton):
        coded = {canon.get(int(k), int(k)) for k in re.findall(r"<(\d+)>", sentence)
                 if int(k) < len(mentions) and _written_whole(mentions[int(k)])}
        if sentence == skeleton or len(coded) < 2:
            continue
        own: dict[int, dict[str, float]] = {}
        _vote(sentence, canon, own)
        own = {k: v for k, v in own.items() if k in coded}
        roles = {max(v, key=v.get) for v in own.values() if max(v.values()) >= 2.5} & {"t", "y", "m"}
        if len(roles) >= 2:
            votes.update(own)
            for k in set(votes) - coded:  # the story's words hold no role the sentence gave a written name
                votes[k] = {r: w for r, w in votes[k].items() if r not in roles}
                if not votes[k]:
                    del votes[k]
    covariates = [k for k in covariate_indices(skeleton, canon)
                  if not (mentions is an.mentions and _verb_of_its_name(an, mentions[k]))]
    return Roles(votes, covariates, directional)


def _verb_of_its_name(an: Analysis, m) -> bool:
    """'controlling feral cats' beside catControl: the verb is the treatment's own name, not an adjustment
    ('controlling for cats' stays one)."""
    words = {stem(w) for c in an.columns if c.name == m.column for w in c.words}
    before = an.tokens[max(0, m.start - 3):m.start]
    return "for" not in before and any(t in _ADJUSTMENT_VERBS and stem(t) in words for t in before)


def _written_whole(m) -> bool:
    """The user wrote the column's name: as code (HUMAN_FED) or its whole name of several words ('headstart
    months'; a one-word name is as often a plain word of the story: 'the dogs')."""
    return m.identifier or bool(m.column) and " " in m.text and m.text.lower() == m.column.lower()


def _vote(skeleton: str, canon: dict[int, int], votes: dict[int, dict[str, float]]) -> bool:
    """Add the role patterns' votes over `skeleton` to `votes`; whether one fixed the direction."""
    directional = False
    for rx, groups, weight in _ROLE_REGEX:
        for match in rx.finditer(skeleton):
            for gi, role in groups.items():
                k = canon.get(int(match.group(gi)), int(match.group(gi)))
                votes.setdefault(k, {}).setdefault(role, 0.0)
                votes[k][role] += weight
                if role in "ty" and weight >= 1.4:
                    directional = True
    return directional


def variable_of(an: Analysis, k: int | None) -> str | None:
    if k is None:
        return None
    m = an.mentions[k]
    return m.column if m.column else m.text


def identifier_for_loose_role(an: Analysis, t: int | None, y: int | None, taken: set[int],
                               modifier_ids: list[int], mediator: int | None) -> tuple[int | None, int | None]:
    """'the surge multiplier (surgeMultiplier) ... that a trip is cancelled (cancelled)': when the user
    wrote a column's identifier that takes no role (not treatment, outcome, mediator, covariate,
    modifier or row condition) while one of treatment/outcome holds a loose one-word match ('trip' ~
    tripKm), the written identifier is that role."""
    ms = an.mentions
    used = {ms[k].key for k in (t, y, mediator, *taken, *modifier_ids) if k is not None}
    used |= {c.column for c in an.conditions}
    spare = {ms[k].key: k for k in range(len(ms)) if ms[k].identifier and ms[k].column and ms[k].key not in used}
    loose = [r for r in (t, y) if r is not None and ms[r].loose]
    if len(spare) != 1 or len(loose) != 1:
        return t, y
    k = next(iter(spare.values()))
    return (k, y) if loose[0] == t else (t, k)
