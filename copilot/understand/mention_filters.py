"""Mentions that name no variable although a word of theirs fits a column: a terse adjustment cue ("adj"),
the words of a decision rule ("allocation rule" ~ acres), a method's own word ("as an instrument" ~
INSTR_CERT), the decision maker in "which players should the league fund ..." and the verb of "be started
on X" (dialysis_start); the verbs and modifiers around a variable ("opening a web shop", "a deeper active
layer", "is thought to act by", "the parks that installed it"), as mentions or as phrases to ground. Names
written as code always stay."""

from __future__ import annotations

import re
from typing import Callable, Iterable

from copilot.understand.mentions import LOOSE_MATCH, Mention
from copilot.understand.phrase_words import DECIDE_VERBS
from copilot.understand.points import _SHARE_WORDS as _SHARE_NAME_WORDS
from copilot.understand.text import DETERMINERS, FUNCTION_WORDS, NUMBER_WORDS, parse_number, stem


def _drop_loose(mentions: list[Mention], fixed_at: set[int],
                names_nothing: Callable[[Mention], bool]) -> list[Mention]:
    """The mentions but the loose matches `names_nothing` picks: a name written as code, or matched outright
    (score at least LOOSE_MATCH), always stays."""
    return [m for m in mentions if m.start in fixed_at or m.score >= LOOSE_MATCH or m.identifier or not names_nothing(m)]


def drop_adjustment_cues(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """"ate x on y adj rural, mbr_cnt": a terse "adj"/"ctrl" right before a variable is the adjustment cue,
    not the name part of roa_adj (a name written as code stays)."""
    starts = {m.start for m in mentions}
    return [m for m in mentions if m.start in fixed_at or m.end - m.start != 1
            or tokens[m.start].rstrip(".") not in {"adj", "ctrl"} or m.end not in starts]


# adverbial phrases whose noun names no variable: "which in turn lifts revenue" (not TBL_TURN)
# (and the part of an effect a mediation question asks for: "what's the indirect share?", "what share of the
# effect", beside celebShare)
_FIXED_PHRASES = frozenset({("in", "turn")} | {(a, b) for a in ("indirect", "direct", "mediated", "what")
                                                for b in ("share", "part", "portion", "proportion", "fraction", "percentage")})


def drop_fixed_phrases(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """A one-word mention that is the noun of a fixed adverbial phrase names no column (code stays)."""
    return [m for m in mentions if m.start in fixed_at or m.end - m.start != 1 or m.start == 0
            or (tokens[m.start - 1], tokens[m.start]) not in _FIXED_PHRASES]


# the words of a decision rule itself ("the best allocation rule for y"): the kind of question, never a variable
_RULE_WORDS = frozenset({"allocation", "allocations", "rule", "rules", "policy", "policies", "targeting", "assignment",
                         "strategy"})


def drop_rule_words(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """A loose match made only of decision-rule words ("allocation rule" ~ acres) names no column; a
    name written as code, or matched outright, stays."""
    def rule_words_only(m: Mention) -> bool:  # ("rules" alone may be a column's own word: min_flow_rule)
        words = set(tokens[m.start:m.end])
        return words <= _RULE_WORDS and bool(words - {"rule", "rules"})

    return _drop_loose(mentions, fixed_at, rule_words_only)


# "using Z as an instrument": the method's own word, never a variable there (INSTR_CERT is not meant)
_METHOD_WORDS = frozenset({"instrument", "instruments", "instrumental", "iv", "instrumenting", "instrumented"})


def drop_method_words(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """A loose match of "instrument" said as the method ("as an instrument", "instrument for",
    "instrumental variable") names no column; "lending students an instrument" still may."""
    def method_word(m: Mention) -> bool:
        if m.end - m.start != 1 or tokens[m.start] not in _METHOD_WORDS:
            return False
        before = [t for t in tokens[max(0, m.start - 3):m.start] if t not in {"an", "a", "the", "our", "my"}]
        after = tokens[m.end] if m.end < len(tokens) else ""
        return bool(before) and before[-1] in {"as", "like"} or after in {"for", "variable", "variables"} or \
            tokens[m.start].startswith("instrumen") and after in {"with", "by", "on", "using"}  # "instrumenting with Z"

    return _drop_loose(mentions, fixed_at, method_word)


def drop_actor(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """"which players should the league fund coaching for": who acts after "which ... should" and before
    the action's object is the decision maker, not a variable (a name written as code stays)."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        k = m.start - 1 - (m.start > 0 and tokens[m.start - 1] in {"the", "our", "each", "every", "a", "an"})
        acts = m.end + 1 < len(tokens) and tokens[m.end].isalpha() and tokens[m.end] not in _NOT_ACTION and \
            (m.end + 1 in starts or tokens[m.end + 1] in DETERMINERS and m.end + 2 in starts
             # "which lots should the mart push into online bidding"
             or tokens[m.end + 1] in {"into", "onto", "towards", "toward"} and (m.end + 2 in starts or (
                 tokens[m.end + 2:m.end + 3] and tokens[m.end + 2] in DETERMINERS and m.end + 3 in starts))
             # "which players should the league invite to coaching clinics", "should the gym put on the S&C programme"
             or tokens[m.end + 1] in {"to", "on"} and (m.end + 2 in starts or (
                 tokens[m.end + 2:m.end + 3] and tokens[m.end + 2] in DETERMINERS))
             # "which factories should the state fund to get certified" (not "should the grant target to ...")
             or tokens[m.end] in _FUNDING_VERBS and tokens[m.end + 1] == "to")
        # ("how should the school decide which dogs get ...": who decides before the units picked)
        decides = k >= 1 and tokens[k - 1:k + 1] == ["how", "should"] and tokens[m.end:m.end + 1] and \
            tokens[m.end] in DECIDE_VERBS and {"which", "who", "whom", "where"} & set(tokens[m.end + 1:m.end + 3])
        # ("how should the track set purses ...": who acts, then the action and its object)
        if k >= 1 and tokens[k] == "should" and (({"which", "who", "whom"} & set(tokens[max(0, k - 3):k])
                                                  or tokens[k - 1] == "how") and acts or decides) \
                and m.start not in fixed_at and m.score < 1.0 and m.end - m.start == 1:
            continue
        out.append(m)
    return out


def owned_at(tokens: list[str], k: int, starts: Iterable[int]) -> int:
    """Where the variable owned by the possessive marker at k starts: right after it, or after one hyphenated
    qualifier ("the dog's six-month weight" ~ dog_wt_6m)."""
    between = k + 1 < len(tokens) and "-" in tokens[k + 1] and k + 1 not in starts
    return k + 1 + between


def drop_possessor(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                   words_of: dict[str, list[str]]) -> list[Mention]:
    """"lower the tarsiers' stress hormone levels": a loose match in the plural that owns the variable named
    right after it names the units, not a variable (not "dynamic pricing's RevPAR gain": a cause's effect); so
    does one in the singular whose word the owned variable's name has ("the dog's fitness" ~ DOG_FITNESS_FU)."""
    starts = {m.start: m.column for m in mentions}

    def owner(m: Mention) -> bool:
        if m.end - m.start != 1:
            return False
        if tokens[m.end - 1].endswith("s") and tokens[m.end:m.end + 1] == ["'"] and m.end + 1 in starts:
            return True
        owned = starts.get(owned_at(tokens, m.end, starts)) if tokens[m.end:m.end + 1] == ["'s"] else None
        return owned is not None and owned != m.column and stem(tokens[m.start]) in {stem(w) for w in words_of.get(owned, [])}

    return _drop_loose(mentions, fixed_at, owner)


_ADJUSTING = frozenset({"adj", "adjust", "adjusting", "adjusted", "ctrl", "control", "controlling", "net"})


def drop_noun_adjunct(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                      words_of: dict[str, list[str]]) -> list[Mention]:
    """"the rodenticide effect on owl fledglings" beside owlOccupancy, "the cocoon price" beside cocoon_spring:
    a loose one-word match right before a one-word name said outright, fitting a word of its own column that a
    longer word follows (the column is something of an owl), modifies that name and names no variable. Not a
    verb or participle ("capping chimneys"), nor in a list of adjustments ("adj temp salinity"), nor where the
    name after it is said elsewhere too ("on-time performance ... transit time")."""
    first = {m.start: m for m in mentions}
    said = [m.key for m in mentions]

    def adjunct_fits(m: Mention) -> bool:
        """Where a modifier can stand: one loose word right before another name said once, no verb or
        participle (a gerund after an article is a noun: "the tapping course"), no list of adjustments before it."""
        word, after = tokens[m.start], first.get(m.end)
        gerund = word.endswith("ing") and tokens[m.start - 1:m.start] in (["the"], ["a"], ["an"])
        return m.end - m.start == 1 and after is not None and after.key != m.key and said.count(after.key) == 1 \
            and (after.identifier or after.end - after.start == 1 and (after.score >= LOOSE_MATCH or gerund)) \
            and (not re.search(r"(?:ing|ed)$", word) or gerund) and not _ADJUSTING & set(tokens[:m.start])

    def adjunct(m: Mention) -> bool:
        word, after = tokens[m.start], first.get(m.end)
        if not adjunct_fits(m):
            return False
        words = words_of.get(m.column or "", [])
        if any(stem(w) == stem(tokens[after.start]) for w in words):
            return False  # "lead time" (LEAD_TIME_D) beside ON_TIME: both words name the first column
        k = next((i for i, w in enumerate(words) if stem(w) == stem(word)), len(words))
        return any(len(w) >= 4 and w.isalpha() for w in words[k + 1:])

    def singular_of_count(m: Mention) -> bool:
        """"twelve-month member retention" beside members: a count's plural said in the singular before
        another name in the singular modifies that name (not "repeat bookings" beside repeats: a count again)."""
        return m.start not in fixed_at and not m.identifier and adjunct_fits(m) and not tokens[m.end].endswith("s") and \
            words_of.get(m.column or "", []) in ([tokens[m.start] + "s"], [tokens[m.start] + "es"])

    return [m for m in _drop_loose(mentions, fixed_at, adjunct) if not singular_of_count(m)]


def drop_passive_verb(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """"which patients should be started on an SGLT2 inhibitor", "be fitted with a microprocessor knee": a participle
    after "be" / "get", before "on" / "into" / "with" and another variable (what is given), is the verb of the
    action (not dialysis_start); a loose one-word match only ("be ring-vaccinated to ...", "be co-designed with ..."
    are the action)."""
    starts = {m.start for m in mentions}

    def verb(m: Mention) -> bool:
        if m.end - m.start != 1 or not tokens[m.start].endswith("ed") or tokens[m.start - 1:m.start] not in (
                ["be"], ["been"], ["being"], ["get"], ["gets"], ["got"]):
            return False
        given = m.end + 1 + (tokens[m.end + 1:m.end + 2] in (["a"], ["an"], ["the"]))
        if tokens[m.end:m.end + 1] in (["on"], ["onto"], ["into"], ["with"]) and given in starts:
            return True
        # ("where should dog units be funded to find the most casualties": the action done to a variable named
        # before it, then its goal; not "which farms should be vaccinated to ...", where the verb is the treatment)
        should = next((j for j in range(m.start - 1, max(0, m.start - 6) - 1, -1) if tokens[j] == "should"), None)
        return tokens[m.end:m.end + 1] == ["to"] and should is not None and \
            any(j in starts for j in range(should + 1, m.start - 1))

    return _drop_loose(mentions, fixed_at, verb)


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "their", "its", "our", "your", "no", "of", "any"})
# verbs of causing and the preposition that follows them ("lead to", "result in")
_CAUSAL_VERBS = {**dict.fromkeys(("lead", "leads", "led", "contribute", "contributes", "contributed"), "to"),
                 **dict.fromkeys(("result", "results", "resulted"), "in")}


_EFFECT_VERBS = frozenset({"cut", "cuts", "raise", "raises", "lower", "lowers", "reduce", "reduces", "boost", "boosts",
                           "lift", "lifts", "increase", "increases", "curb", "curbs", "shorten", "shortens"})


def drop_active_verb(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """"for which trips should we apply surge pricing" beside promoApplied: a loose one-word match right after
    a subject pronoun, right before another variable (an article between: "should we offer the referral bonus"
    beside offersOnline), is the verb whose object is that variable (not after "to": "switch to fiberglass
    bells" names the fiberglass)."""
    starts = {m.start: m.column for m in mentions}
    ends = {m.end for m in mentions}

    def verb(m: Mention) -> bool:
        obj = m.end + (tokens[m.end:m.end + 1] in (["the"], ["a"], ["an"]))
        if m.end - m.start == 1 and tokens[m.end:m.end + 1] == [_CAUSAL_VERBS.get(tokens[m.start])] and (
                m.start in ends or m.start > 0 and tokens[m.start - 1].isalpha() and tokens[m.start - 1] not in _DETERMINERS):
            return True  # "does triple glazing lead to fewer callbacks" beside LEAD_TIME_DAYS: the verb
        # ("worth laying it to cut the reject rate" beside CUT_DEPTH_MM: a verb of effect after "to" or its subject)
        subject = tokens[m.start - 1:m.start] in (["we"], ["they"], ["you"], ["i"]) or tokens[m.start] in _EFFECT_VERBS \
            and (m.start in ends or tokens[m.start - 1:m.start] in (["to"], ["it"]))
        return m.end - m.start == 1 and subject and starts.get(obj, m.column) != m.column

    return _drop_loose(mentions, fixed_at, verb)


def verb_of_variable(tokens: list[str], phrase: Mention, mentions: list[Mention], name_stems: set[str]) -> bool:
    """'lowered by showing the safety video': a lone gerund right before a variable (an article or 'more'
    between) is the verb that governs it, not a variable of its own."""
    tok = tokens[phrase.start]
    # "for the parks that installed it": a relative clause's verb whose object is the treatment said before
    if phrase.end - phrase.start == 1 and tok.endswith("ed") and tokens[phrase.start - 1:phrase.start] in (
            ["that"], ["who"], ["which"]) and tokens[phrase.end:phrase.end + 1] in (["it"], ["them"], ["one"]):
        return True
    # "Netting costs money. … is it worth laying it": a gerund whose object is a variable said before, as "it"
    last = tokens[phrase.end - 1]
    if phrase.end - phrase.start <= 2 and last.endswith("ing") and stem(last) not in name_stems and \
            tokens[phrase.end:phrase.end + 1] in (["it"], ["them"]) and any(m.end <= phrase.start for m in mentions):
        return True
    if phrase.end - phrase.start != 1 or not tok.endswith("ing") or stem(tok) in name_stems:
        return False
    k = phrase.end + (tokens[phrase.end:phrase.end + 1] in (["out"], ["up"], ["off"]))  # "handing out coupons"
    k += tokens[k:k + 1] in (["the"], ["a"], ["an"], ["more"], ["less"], ["their"])
    starts = {k}  # ("handing out free chaps"; "handing out free samples" ~ freeSampling, the word inside the name)
    k += tokens[k:k + 1] in (["higher"], ["lower"], ["bigger"], ["smaller"], ["longer"], ["shorter"], ["new"], ["free"],
                             ["extra"])
    return any(m.start in starts | {k} for m in mentions)


def gerund_before_object(tokens: list[str], m: Mention, starts: dict[int, str | None] | None = None) -> bool:
    """One gerund right before "a" / "an": the verb of an action ("opening a web shop"); or before "more" /
    "fewer" and another variable named next (`starts`: the mentions' columns by start; "brewing more batches")."""
    if m.end - m.start != 1 or not tokens[m.start].endswith("ing"):
        return False
    more = tokens[m.end:m.end + 1] in (["more"], ["fewer"], ["less"]) and (starts or {}).get(m.end + 1, m.column) != m.column
    # "staying clean lowers reoffending" beside stay_days: a linking verb and the state it keeps (not "staying longer")
    state = tokens[m.start] in _LINKING_GERUNDS and m.end < len(tokens) and tokens[m.end].isalpha() and \
        m.end not in (starts or {}) and not re.fullmatch(r"[a-z]+er|more|less|fewer", tokens[m.end]) and \
        tokens[m.end] not in FUNCTION_WORDS | {"out", "up", "down", "off", "away", "home", "over", "on", "late"}
    return tokens[m.end:m.end + 1] in (["a"], ["an"]) or more or state


_LINKING_GERUNDS = frozenset({"staying", "remaining", "keeping", "being", "becoming", "getting", "going", "turning"})


def object_of_action(tokens: list[str], f: Mention, starts: dict[int, str | None]) -> bool:
    """"misting the plants", "feeding the birds": a plural noun after "the" / "their" right after a variable named
    by one gerund is what the action is done to (the units), no variable of its own."""
    lead = f.start - 2
    return f.end - f.start == 1 and re.fullmatch(r"[a-z]{3,}[^s]s", tokens[f.start]) is not None and lead >= 0 and \
        tokens[f.start - 1] in {"the", "their", "its"} and starts.get(lead) is not None and tokens[lead].endswith("ing")


def time_units_spend(tokens: list[str], m: Mention, starts: dict[int, str | None]) -> bool:
    """"the time trucks spend queueing" (queueMinPm): the time and the units that spend it, right before the
    variable that counts it, are no variable of their own (not trucksPerDay)."""
    words = tokens[m.start:m.end]
    return len(words) >= 2 and words[0] in {"time", "hours", "minutes", "days"} and \
        words[-1] in {"spend", "spends", "spent"} and m.end in starts


def hedge_participle(tokens: list[str], m: Mention) -> bool:
    """"X is thought to act by ...", "is supposed to work": a participle of hedging between "is" and "to"."""
    tok = tokens[m.start]
    return m.end - m.start == 1 and (tok.endswith("ed") or tok in {"thought", "said", "meant"}) and \
        tokens[m.start - 1:m.start] in (["is"], ["are"], ["was"], ["were"], ["be"]) and tokens[m.end:m.end + 1] == ["to"]


def qualifier_phrase(tokens: list[str], m: Mention, named: set[int], name_stems: set[str]) -> bool:
    """"post-release roadkill", "pre-season weight": a post-/pre- word right before a variable's name says
    when that variable is measured; it names no variable of its own (not RELEASED_N). "a per-clan cap": a
    rate's unit and the decision's noun, no variable (not clan_size; "the per-kilo price" stays: its noun is a
    name's word). "When working with grade C veneer, ...":
    a gerund opening a when-clause says the setting, no variable."""
    first = tokens[m.start]
    return m.end - m.start == 1 and m.end in named and re.fullmatch(r"(?:post|pre)-[a-z]+", first) is not None \
        or re.fullmatch(r"per-[a-z]+", first) is not None and m.end - m.start <= 2 \
        and not any(stem(t) in name_stems for t in tokens[m.start + 1:m.end]) \
        or m.end - m.start == 1 and first.endswith("ing") and tokens[m.start - 1:m.start] in (["when"], ["while"]) \
        and tokens[m.end:m.end + 1] in (["with"], ["on"], ["in"], ["at"])


def drop_gerund_before_object(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                              numeric: frozenset[str] = frozenset()) -> list[Mention]:
    """"does opening a web shop lift sales" beside yearsOpen: a loose one-word match of a gerund right
    before "a" / "an" is the verb of an action, whose object names the variable; it names no quantity
    (a yes/no column may be the action itself: "lighting a piece" ~ night_lighting). So too before "more" /
    "fewer" and another variable ("brewing more batches" beside headBrewerYrs: the batches are the variable)."""
    starts = {o.start: o.column for o in mentions}

    def verb(m: Mention) -> bool:  # ("adding more citric acid" beside lemonAdded: no yes/no is added more of)
        return gerund_before_object(tokens, m, starts) and (
            m.column in numeric or tokens[m.end:m.end + 1] in (["more"], ["fewer"], ["less"]))

    return _drop_loose(mentions, fixed_at, verb)


# a share's own words in a name or in the question (NOVICE_RATIO, "the novice share", "the percentage of")
_SHARE_WORDS = _SHARE_NAME_WORDS | {"percentage"}


def drop_whole_of_share(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                        words_of: dict[str, list[str]]) -> list[Mention]:
    """"the novice share of the party" beside NOVICE_RATIO and PARTY_N: a loose one-word match after "<share>
    of (the)" names the whole the share is taken of, when the share's own column, one that keeps shares, is
    named right before that word; it is part of the share's name, no variable of its own."""
    def whole(m: Mention) -> bool:
        k = m.start - 1 - (m.start > 0 and tokens[m.start - 1] in DETERMINERS)
        if m.end - m.start != 1 or k < 1 or tokens[k] != "of" or tokens[k - 1] not in _SHARE_WORDS:
            return False
        return any(o.column and o.column != m.column and o.start < k - 1 <= o.end  # (not "what share of")
                   and _SHARE_WORDS & set(words_of.get(o.column, [])) for o in mentions)

    return _drop_loose(mentions, fixed_at, whole)


_DURATION_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})


def drop_durations(tokens: list[str], mentions: list[Mention], fixed_at: set[int]) -> list[Mention]:
    """"falls in the first six months" beside gigsPerMonth: a time unit right after a number counts a span (the
    window of a variable, or a value of one read from the words), no variable of its own; a loose match of it goes."""
    def span(m: Mention) -> bool:
        return m.end - m.start == 1 and tokens[m.start] in _DURATION_UNITS and m.start > 0 and (
            tokens[m.start - 1] in NUMBER_WORDS or parse_number(tokens[m.start - 1]) is not None)
    return _drop_loose(mentions, fixed_at, span)


def comparative_before(tokens: list[str], m: Mention, mentions: list[Mention], numeric: frozenset[str],
                       name_words: frozenset[str] = frozenset()) -> bool:
    """A one-word comparative right before another quantity's name (a time tag may stand between): "via a
    deeper 10-yr active layer" says how the active layer moves, it names no variable of its own (but in
    "deeper arena dirt" beside ARENA_TYPE the depth is the variable)."""
    if m.end - m.start != 1 or not re.fullmatch(r"[a-z]{3,}er", tokens[m.start]) or tokens[m.start] in name_words:
        return False  # (not a word of a name: "rider injuries" beside RIDER_INJ_RATE)
    k = m.end + (m.end < len(tokens) and bool(re.fullmatch(r"\d+-?[a-z]{0,5}", tokens[m.end])))
    return any(o.start == k and o.column in numeric and o.column != m.column for o in mentions)


def drop_comparative_modifier(tokens: list[str], mentions: list[Mention], fixed_at: set[int],
                              numeric: frozenset[str] = frozenset(), name_words: frozenset[str] = frozenset()) -> list[Mention]:
    """"a deeper 10-yr active layer" beside BOREHOLE_DEPTH_M: a loose match of the comparative goes."""
    return _drop_loose(mentions, fixed_at, lambda m: comparative_before(tokens, m, mentions, numeric, name_words))


_FUNDING_VERBS = {"fund", "pay", "subsidise", "subsidize", "finance", "sponsor", "support", "help"}
_NOT_ACTION = {"be", "get", "gets", "have", "receive", "go", "come", "and", "or", "to", "for", "with", "of", "in", "on",
               "at", "by", "first", "most", "more"}


_MAKE = frozenset({"make", "makes", "made", "help", "helps", "helped", "get", "gets", "let", "lets"})


def units_and_their_verb(tokens: list[str], u: Mention, starts: set[int], binary: set[tuple[int, int]],
                         name_words: frozenset[str] = frozenset()) -> bool:
    """'make makers sell more jars a week', 'when a club employs more grooms': the units and their verb before
    the amount of a variable ('more piñatas being ordered': the units it counts); 'when the tambourine is
    handmade': the units a yes/no variable is said of ('does a volunteer keeper change ...' beside keeper_age: said
    after it, a word of another name, the units' own)."""
    if u.end - u.start == 1 and u.start >= 2 and tokens[u.start - 2] in ("a", "an") and (u.start - 1, u.start) in binary \
            and tokens[u.start] in name_words:
        return True
    before, after = (tokens[u.start - 1] if u.start > 0 else ""), tokens[u.end:u.end + 1]
    led = before in _MAKE or u.start > 1 and before in ("a", "an", "each") and \
        re.fullmatch(r"when|if|once|\w+_by", tokens[u.start - 2]) is not None
    if led and after in (["more"], ["fewer"], ["less"]) and u.end + 1 in starts:
        return True
    if before in ("more", "fewer") and after in (["being"], ["getting"]) and u.end + 1 in starts:
        return True  # "lead to more piñatas being ordered": the units the variable (orders) counts
    return before in ("the", "a", "an") and after in (["is"], ["are"]) and any(b == u.end + 1 for b, _ in binary)
