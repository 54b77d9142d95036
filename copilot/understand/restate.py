"""A variable named twice: first in words, then pinned down by its identifier ("higher literacy? Use the
revised test, `literacy_score_v2`", "blunders as measured by the new definition (blunderRateV2)", "diet
quality (use diet_quality_v2)"). The words matched the family's plain column (literacy_score); the
identifier says which member is meant, so the earlier mention takes the identifier's column and both
count as one variable. Without a cue that the identifier restates ("use", "measured by", ...), two
members of a family stay two variables ("the effect of baseline bmi on bmi_12m").
"""

from __future__ import annotations

import dataclasses
import re

from copilot.understand.mentions import Mention
from copilot.understand.text import DETERMINERS, parse_number, stem, tokenize

_RESTATE_CUES = {"use", "using", "measured", "measure", "defined", "definition", "version", "namely", "i.e.", "ie",
                 "specifically", "meaning", "metric", "revised", "updated", "audited", "adjusted", "variable", "column"}


def _family_key(column: str) -> str:
    return column.lower().replace("_", "").replace(".", "")


def _same_family(a: str, b: str) -> bool:
    ka, kb = _family_key(a), _family_key(b)
    return a != b and min(len(ka), len(kb)) >= 3 and (ka.startswith(kb) or kb.startswith(ka))


def merge_restated(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """Mentions where a word-matched variable restated by a later identifier of its family takes that
    identifier's column: after a cue ("use the revised one, wrt_scr_v2"), or right beside it ("the written
    exam score wrt_scr_v2")."""
    out = list(mentions)
    for b in mentions:
        cued = bool(_RESTATE_CUES & set(tokens[max(0, b.start - 5):b.start]))
        # (a version said in words after a cue restates too: "..., using the v2 repeat-rate definition")
        version_said = any(re.fullmatch(r"v\d+", t) for t in tokens[max(0, b.start - 2):b.start])
        if not b.column or not (b.identifier or cued and version_said):
            continue
        earlier = [k for k, a in enumerate(out) if a.end <= b.start and not a.identifier and a.column
                   and _same_family(a.column, b.column) and (cued or a.end == b.start or _on_its_scale(tokens, a, b))]
        if earlier:
            k = earlier[-1]
            out[k] = dataclasses.replace(out[k], column=b.column, score=1.0, alternatives=[])
    return out


def _on_its_scale(tokens: list[str], a: Mention, b: Mention) -> bool:
    """"better scores on the new audition scale (aud_scr_v2)": a word-matched variable, a preposition, then
    words that restate it with the identifier (not "bmi on bmi_12m": the identifier alone, an effect's outcome)."""
    between = tokens[a.end:b.start]
    return len(b.text.split()) > 1 and not b.text.startswith(b.column) and 1 <= len(between) <= 2 \
        and between[0] in ("on", "in", "under") and set(between[1:]) <= DETERMINERS \
        and tokens[a.start - 1:a.start] not in (["of"], ["from"])


_MEASURED_BY = (("as", "measured", "by"), ("measured", "by"), ("measured", "as"), ("as", "captured", "by"),
                ("captured", "by"), ("proxied", "by"), ("as", "proxied", "by"), ("i", ".", "e", "."), ("namely",),
                ("as", "indexed", "by"), ("indexed", "by"))


def absorb_restated_phrases(tokens: list[str], mentions: list[Mention],
                            unmatched: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """'through airway inflammation as measured by FeNO': words that name no column, restated at once by a
    variable the data has, are that variable (one mention over both, so the role said before the words
    goes to it)."""
    by_start = {m.start: m for m in mentions}
    kept, grown = [], {}
    for u in unmatched:
        hit = None
        for cue in _MEASURED_BY:
            j = u.end + len(cue)
            if tuple(tokens[u.end:j]) == cue:
                j += 1 if tokens[j:j + 1] in (["the"], ["a"], ["an"], ["their"], ["its"]) else 0
                hit = by_start.get(j)
                if hit is not None:
                    break
        # "whether a customer returns within 90 days (rpt_90d)": the words, then the window the identifier restates
        if hit is None and tokens[u.end:u.end + 1] in (["within"], ["in"], ["after"], ["over"]) and \
                (window := by_start.get(u.end + 1)) is not None and window.identifier and re.match(r"\d", window.text):
            hit = window
        if hit is None or hit.start in grown:
            kept.append(u)
            continue
        grown[hit.start] = dataclasses.replace(hit, start=u.start, text=" ".join(tokens[u.start:hit.end]))
    return sorted((grown.get(m.start, m) for m in mentions), key=lambda m: m.start), kept


def resolve_twins_by_identifier(tokens: list[str], mentions: list[Mention], names: dict[str, list[str]],
                                qualifier_words: frozenset[str]) -> list[Mention]:
    """Mentions whose words fit twin columns equally ("maths" ~ math_score_fall, math_score_spring: names
    that differ in one word) where the question writes exactly one twin as an identifier ("... chess_club
    -> math_score_spring"): the words are that variable, as a reader would take them. Not where the words
    carry their own qualifier or a value ("pre-loan income", "when the fare is $2.50"): those can name the
    other twin. `names` maps each column to its name's words."""
    written = {m.column for m in mentions if m.identifier and m.column}
    # ("lowers survival ... Use six-month survival": a twin the question settles elsewhere, by its time)
    # (said with the same word: "intent" settles no "left")
    settled = [(m.column, {stem(w) for w in m.text.split()}) for m in mentions
               if m.column and not m.alternatives and not m.identifier]
    out = []
    for m in mentions:
        fits = [c for c in [m.column, *m.alternatives] if c in written] if not m.identifier and m.alternatives else []
        if not fits and m.alternatives and not m.identifier:
            own = {stem(w) for w in m.text.split()}
            twins = all(_twins(names.get(m.column, []), names.get(a, []), qualifier_words) for a in m.alternatives)
            fits = list(dict.fromkeys(c for c, words in settled if c in [m.column, *m.alternatives] and words & own)) \
                if twins else []
        if len(fits) != 1 or m.column is None or not (
                fits[0] == m.column or _twins(names.get(m.column, []), names.get(fits[0], []), qualifier_words)):
            out.append(m)
            continue
        near = [part for t in tokens[max(0, m.start - 3):m.end + 3] for part in [t, *t.split("-")]]
        # (twins that differ in a time window, surv_6m / surv_12m, are told apart by a number, not by "after")
        by_window = all(any(ch.isdigit() for ch in w) for w in set(names.get(m.column, [])) ^ set(names.get(fits[0], [])))
        qualified = any((t in qualifier_words and not by_window) or parse_number(t) is not None for t in near)
        out.append(m if qualified else dataclasses.replace(m, column=fits[0], alternatives=[]))
    return out


def _twins(a: list[str], b: list[str], qualifier_words: frozenset[str]) -> bool:
    """Parallel columns: names that differ in one word that says when or which version (fall/spring,
    pre/post, v1/v2, 30d/90d), not in what is measured (online_tutor vs tutor_hrs)."""
    diff = set(a) ^ set(b)
    return len(a) == len(b) >= 2 and len(diff) == 2 and all(
        w in qualifier_words or w in _WHEN_WORDS or any(ch.isdigit() for ch in w) for w in diff)


_WHEN_WORDS = {"fall", "spring", "summer", "winter", "autumn", "morning", "evening", "weekday", "weekend", "early",
               "late", "first", "second", "final", "initial", "start", "end", "before", "after", "old", "new"}


def merge_compounds(mentions: list[Mention], stems_of: dict[str, tuple[str, ...]],
                    binary: frozenset[str] = frozenset(), tokens: list[str] = ()) -> list[Mention]:
    """A noun compound split over two columns is one variable when the head's column also carries the
    modifier's words: "higher statin doses" is statin_dose_mg (not `statin` then the dose), "oil
    temperature" is OIL_TEMP_C; and when a binary column named in full is followed by one loosely matched
    word ("one-to-one tutoring" ~ one_to_one, not tutor_experience): the word names what the binary is.
    Identifiers written as code are never merged away."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and prev.column and m.column and prev.column != m.column \
                and not prev.identifier and not m.identifier:
            # the head's column, or one the head fits about as well that is the modifier's own ("oil" ~
            # OIL_TEMP_C, "temperature" ~ AMBIENT_TEMP_F or OIL_TEMP_C)
            fits = [c for c in [m.column] + [a for a in m.alternatives if a == prev.column]
                    if all(stem(w) in stems_of.get(c, ()) for w in prev.text.split())]
            # (not a verb of the clause, compared: "welders who are certified earn more" ~ income_k)
            if not fits and prev.column in binary and prev.score >= 0.95 and m.loose and \
                    tokens[m.end:m.end + 1] not in (["more"], ["less"], ["fewer"]):
                fits = [prev.column]
            if fits:
                out[-1] = dataclasses.replace(m, start=prev.start, text=f"{prev.text} {m.text}", column=fits[0],
                                              score=max(prev.score, m.score), alternatives=[])
                continue
        out.append(m)
    return out


def merge_said_twice(tokens: list[str], mentions: list[Mention]) -> list[Mention]:
    """"works by lifting skill (the v2 score), which then ...": a variable restated at once by more words of its
    column, only an article or a version tag between (the brackets are gone from the tokens), is one mention; so are
    two words in a row that each name the same column ("rhizome yield" ~ rhz_yld_t_ha, as rhz and yld), and a name
    followed by the one word its longer twin adds ("kavalactone % (lab)" ~ KAVALACT_PCT_LAB beside KAVALACT_PCT)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        prev = out[-1] if out else None
        between = tokens[prev.end:m.start] if prev is not None else []
        restated = prev is not None and prev.column and prev.column == m.column and (
            0 < len(between) <= 2 and all(t in DETERMINERS or re.fullmatch(r"v\d+|version", t) for t in between)
            or not between and not prev.identifier and not m.identifier)
        suffixed = prev is not None and prev.column and m.column and m.column != prev.column and not m.identifier \
            and m.column.lower().startswith(prev.column.lower()) and len(between) <= 1 \
            and all(not t.isalnum() for t in between) and [m.text] == tokenize(m.column[len(prev.column):])
        if restated or suffixed:
            out[-1] = dataclasses.replace(prev, end=m.end, text=" ".join(tokens[prev.start:m.end]), column=m.column,
                                          score=max(prev.score, m.score), identifier=prev.identifier or m.identifier)
            continue
        out.append(m)
    return out


_BACK = [[w] for w in ("the", "these", "those", "this", "that", "their", "its", "of", "on", "in")]
_NOT_NOUN = {"do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "and", "or", "on", "in", "of",
             "to", "for", "at", "with", "by", "from", "per", "than", "as"}


def said_again(tokens: list[str], mentions: list[Mention],
               unmatched: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """'adopted circle hooks, what did the hooks do', 'angler effort (anglerDays) … the effect of effort': a
    later word that is the head noun of an earlier mention of several words names the same variable (not
    another column its letters fit loosely, nor nothing)."""
    heads: dict[str, tuple[str, int]] = {}
    for m in mentions:
        words = re.sub(r"\s*[(`].*$", "", m.text).split()  # the words before an identifier in parentheses
        if m.column and len(words) >= 2 and words[-1].isalpha() and len(words[-1]) >= 4:
            heads.setdefault(stem(words[-1]), (m.column, m.end))
    if not heads:
        return mentions, unmatched

    def earlier(start: int, end: int) -> str | None:
        # a word said again as such ("the hooks", "of effort"), not qualified ("pre counts") nor a modifier
        # of another noun ("strength training" after "grip strength")
        if end - start != 1 or not tokens[start].isalpha() or tokens[start - 1:start] not in _BACK or \
                tokens[end:end + 1] and tokens[end].isalpha() and tokens[end] not in _NOT_NOUN:
            return None
        col, after = heads.get(stem(tokens[start]), (None, 0))
        return col if col is not None and after <= start else None

    out = []
    for m in mentions:
        col = earlier(m.start, m.end) if m.loose and not m.identifier else None
        # (only a loose match whose rivals include the earlier variable: "the hooks" ~ hook_ct, circ_hook)
        out.append(dataclasses.replace(m, column=col, alternatives=[])
                   if col and col != m.column and col in m.alternatives else m)
    kept = []
    for u in unmatched:
        col = earlier(u.start, u.end)
        if col:
            out.append(Mention(u.start, u.end, u.text, col, 0.85))
        else:
            kept.append(u)
    return sorted(out, key=lambda m: m.start), kept
