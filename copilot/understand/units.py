"""The units a question describes ("for brand-new customers", "among people who have ever smoked",
"In rural clubs, ..."): a binary column written as a description of the units is a group the question
restricts to, not the effect's cause. Split from `points.py`, which reads point values."""

from __future__ import annotations

import re

from copilot.understand.mentions import Mention


_UNIT_NOUNS = {"customers", "customer", "clients", "client", "patients", "patient", "households", "household",
               "people", "users", "user", "members", "member", "students", "student", "families", "family",
               "workers", "employees", "sellers", "buyers", "accounts", "homes", "schools", "stores", "firms",
               "farms", "participants", "respondents", "children", "kids", "adults", "women", "men", "someone",
               "hhs", "pts"}  # written short: "for female-headed hhs"


_HAVE_WORDS = {"have", "has", "had", "are", "is", "were", "was", "ever", "been", "already", "currently", "once"}


# words between "in/for/among" and a group's name that make it no group ("for fewer hours", "in the ...")
_NO_GROUP_ADJECTIVE = frozenset("the all our their these those fewer more less many much few several longer "
                                "shorter higher lower".split())


def _plural(word: str) -> bool:
    """A word that looks like a plural noun ("smokers", "spaces"; not "class", "bus")."""
    return re.fullmatch(r"[a-z]{3,}[^s]s", word) is not None


def said_of_a_unit(tokens: list[str], start: int, end: int) -> bool:
    """"when a café has 8 fixers": the words between "a" / "an" and "has" / "had" name the unit a condition is
    said of, no variable."""
    return tokens[start - 1:start] in (["a"], ["an"]) and tokens[end:end + 1] in (["has"], ["had"])


# participles of where or how a thing is done that do not end in -ed ("when the event is held outdoors")
_PLACED = frozenset({"held", "run", "kept", "built", "set", "done", "grown", "sown"})


_SWITCHED_ON = frozenset({"on", "active", "running", "present", "open", "underway", "happening", "live"})


def switched_on(tokens: list[str], m: Mention) -> bool:
    """"When a hatch is on, ...": a binary column's state said after its name, before the question proper ("when
    the heater is running, ..."); the two words after the name are the condition's."""
    return tokens[:1] in (["when"], ["if"], ["whenever"], ["while"]) and 1 <= m.start <= 3 and \
        tokens[m.end:m.end + 3] in ([b, s, ","] for b in ("is", "are", "was", "were") for s in _SWITCHED_ON) and \
        all(t in {"a", "an", "the"} for t in tokens[1:m.start])


def describes_units(tokens: list[str], m: Mention) -> bool:
    """A binary column written as a description of the units: 'for brand-new customers', 'for
    female-headed households', 'for a client who lives alone' (a group, not the effect's cause)."""
    before = tokens[max(0, m.start - 4):m.start]
    after = tokens[m.end:m.end + 1]
    if tokens[m.start - 1:m.start] in (["for"], ["in"]) and after and after[0] in _UNIT_NOUNS:
        return True
    # "for outdoor festivals", "in urban areas", "among coastal sites?": any plural noun the binary
    # describes, where the phrase ends (not "for remote sessions per week")
    adjusting = m.start >= 2 and tokens[m.start - 2] in {"accounting", "controlling", "adjusting", "adjust", "control",
                                                          "account", "adjusted", "controlled"}
    if tokens[m.start - 1:m.start] in (["for"], ["in"], ["among"], ["at"]) and not adjusting and after and _plural(after[0]) and \
            len(after[0]) >= 4 and tokens[m.end + 1:m.end + 2] in ([], ["?"], ["."], [","], ["!"], [";"]):
        return True
    if len(before) >= 2 and before[-1] in {"who", "whose", "that"} and any(t in _UNIT_NOUNS for t in before) \
            and "for" in before:
        return True
    # "among people who have ever smoked": a relative clause whose verb only says the units have it
    rel = max((i for i, t in enumerate(before) if t in {"who", "whose", "that"}), default=None)
    if rel is not None and rel + 1 < len(before) and {"for", "among"} & set(before[:rel]) \
            and all(t in _HAVE_WORDS for t in before[rel + 1:]) and any(t in _UNIT_NOUNS for t in before[:rel]):
        return True
    # "effect of mtx on das28_24w in current smokers": the units, named last by the attribute they share
    lead = tokens[max(0, m.start - 2):m.start]
    named_last = m.end >= len(tokens) - 1 and tokens[m.end:m.end + 1] in ([], ["?"], ["."], ["!"])
    group_lead = lead[-1:] in (["in"], ["for"], ["among"]) or (
        len(lead) == 2 and lead[0] in {"in", "for", "among"} and lead[1].isalpha() and lead[1] not in _NO_GROUP_ADJECTIVE)
    if named_last and _plural(tokens[m.end - 1]) and group_lead:
        return True
    # "varnish effect on dmft_12m, urban clinics": a terse question's group, the attribute and the units'
    # noun after a comma at its end
    if lead[-1:] == [","] and m.end < len(tokens) and tokens[m.end + 1:m.end + 2] in ([], ["?"], ["."], ["!"]) \
            and _plural(tokens[m.end]):
        return True
    # "In rural clubs, ...", "At unionised sites, ...": a group named before the question proper
    rest = tokens[m.end:m.end + 2]
    if m.start == 1 and tokens[0] in {"in", "at", "among", "for", "under", "within", "on"} and \
            (rest[:1] == [","] or (len(rest) == 2 and rest[1] == "," and re.fullmatch(r"[a-z]{3,}s", rest[0]) is not None)):
        return True
    # "When the plot is intercropped, what does ...": a state of the units said before the question proper
    # ("when it's hot, ...", "when the event is held outdoors, ...")
    be = {"is", "are", "was", "were"}
    state = m.start >= 2 and (tokens[m.start - 1] in be | {"'s", "its"} or (
        tokens[m.start - 1] in _PLACED or tokens[m.start - 1].endswith("ed")) and tokens[m.start - 2] in be)
    if tokens[:1] in (["when"], ["if"], ["where"], ["whenever"]) and 2 <= m.start <= 5 and rest[:1] == [","] and \
            state and all(t.isalpha() or t == "'s" for t in tokens[1:m.start - 1]):
        return True
    if switched_on(tokens, m):
        return True
    # "For current smokers, ...": one describing word between
    if m.start == 2 and tokens[0] in {"in", "at", "among", "for"} and tokens[1].isalpha() and \
            (tokens[1] == "the" or tokens[1] not in _NO_GROUP_ADJECTIVE) and rest[:1] == [","] and \
            _plural(tokens[m.end - 1]):
        return True
    # "during storm events", "among firms subject to the quota", "under the condition that the household
    # suffered a shock", "for patients with aura": a group the question restricts to
    clause = " ".join(tokens[max(0, m.start - 8):m.start]).split(",")[-1]  # (the clause ends at a comma)
    # (not "among schools that adopted universal lunch": the treated; not "among diabetics, does DOT ...")
    among = "among" in before and not {"who", "that", "which", "were", "was", ",", "does", "do", "did", "is", "are",
                                       "what", "how", "has", "have"} & set(before[before.index("among"):])
    if before[-1:] == ["during"] or among or \
            re.search(r"\b(?:condition that|provided that|conditional on)\b", clause):
        return True
    plural = False  # "for spaces with a laser cutter": any plural noun names the units before "with a"
    if before[-1:] in (["a"], ["an"]):
        before = tokens[max(0, m.start - 5):m.start - 1]
        if len(before) >= 3 and before[-2] in {"living", "diagnosed", "born", "presenting"}:  # "people living with"
            before = tokens[max(0, m.start - 6):m.start - 3] + before[-1:]
        plural = len(before) >= 2 and _plural(before[-2])
    return len(before) >= 3 and before[-1] == "with" and (before[-2] in _UNIT_NOUNS or plural) and \
        bool({"for", "among", "in"} & set(before[:-2]))


def units_then_attribute(tokens: list[str], m: Mention, mentions: list[Mention]) -> bool:
    """"For bridges exposed to salt, does an oak deck reduce rot?": the units' plural noun, then an attribute said of
    them in words, before a question that names its own treatment and outcome (not "For clients trained in a group,
    what was the effect on employment?", where the phrase is the treatment)."""
    others = len({o.column for o in mentions if o.start > m.end and o.column and o.column != m.column}) >= 2
    if m.start == 2 and tokens[0] in {"in", "at", "among", "for"} and m.end - m.start >= 2 and \
            _plural(tokens[1]) and tokens[m.end:m.end + 1] == [","]:
        return others
    # "For pilots in salt water, what's the effect of instr_cert on hover_s_fu?": the units, then where they are
    # (not "For hatcheries using RAS, what did the system do": a name the words fit as well as another, ras_sys)
    return m.start == 3 and tokens[0] in {"among", "for"} and _plural(tokens[1]) and \
        tokens[2] in {"in", "on", "with", "using"} and "," in tokens[m.end:m.end + 2] and others and not m.alternatives


def subject_of_point(tokens: list[str], mentions: list[Mention], spans: set[int], column: str) -> set[int]:
    """"When the water is at 20 NTU turbidity, ...": the thing a point value is said of, between "when the" and
    "is at", names no variable of its own (its tokens, to be read as the condition's)."""
    start = min(spans, default=0)
    if tokens[start - 2:start] not in (["is", "at"], ["are", "at"], ["was", "at"]):
        return set()
    return {k for m in mentions if m.end == start - 2 and m.column != column and not m.identifier
            and tokens[m.start - 2:m.start] in (["when", "the"], ["if", "the"], ["while", "the"], ["whenever", "the"])
            for k in range(m.start, m.end)}
