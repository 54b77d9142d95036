"""Asking back: a missing field, a phrase that names no column, or two readings; and reading the
answer to such a question into the pending task."""

from __future__ import annotations

import difflib
import re
from typing import Any

from copilot.understand.text import DETERMINERS, TIME_UNIT_WORDS, ColumnInfo, norm_phrase, tokenize
from copilot.understand.analysis import GENERIC_UNMATCHED, junk_phrase, Analysis, analyze
from copilot.understand.base import (
    AUDIT_QUESTION,
    answered,
    text_has,
    missing_fields,
    POLICY_QUESTION,
    QUESTION_FOR,
    Candidate,
    ParseOutcome,
    Pending,
)
from copilot.understand.cues import EFFECT_RX
from copilot.understand.dag_text import edges_in
from copilot.understand.mentions import MECHANISM_VERBS
from copilot.understand.role_words import HARM_HELP_VERBS
from copilot.understand.roles import variable_of, role_votes, Roles
from copilot.understand.units import said_of_a_unit


def ask_for(task: dict, missing: list[str], an: Analysis, q: str, options: list[str] | None = None) -> ParseOutcome:
    field_ = missing[0]
    opts = options if options is not None else [c.name for c in an.columns][:12]
    msg = {"policy": POLICY_QUESTION, "audit": AUDIT_QUESTION}.get(task["kind"], {}).get(field_) or QUESTION_FOR[field_]
    if task.get("treatment") and field_ == "outcome" and task["kind"] != "audit":
        msg = f"The effect of {task['treatment']} on what? " + msg
    elif task.get("outcome") and field_ == "treatment":
        msg = f"The effect of what on {task['outcome']}? " + msg
    if opts:
        msg += " Columns: " + ", ".join(opts) + "."
    pending = Pending(awaiting=field_, options=opts, question=q,
                      task={**{k: v for k, v in task.items() if v is not None}, "question": q})
    return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.3,
                        mentions={m.text: m.column for m in an.mentions if m.column})


def clarify_missing(an: Analysis, t: int | None, y: int | None, mediator: int | None, kind: str, q: str) -> ParseOutcome:
    task = {"kind": kind, "treatment": variable_of(an, t), "outcome": variable_of(an, y), "question": q}
    if kind == "mediation":
        task["mediator"] = variable_of(an, mediator)
    return ask_for(task, missing_fields(task) or ["treatment"], an, q)


def _closest(name: str, columns: list[ColumnInfo], n: int = 3) -> list[str]:
    names = [c.name for c in columns]
    try:
        from copilot.data import closest_columns

        got = closest_columns(name, names, n=n)
    except Exception:  # noqa: BLE001
        got = []
    got = list(dict.fromkeys(got + difflib.get_close_matches(name.replace(" ", "_"), names, n=n, cutoff=0.3)))
    return (got + [x for x in names if x not in got])[: max(n, 5)]


_VERB_PARTICLES = {"on", "in", "into", "to", "with", "from", "for", "at", "upon"}
_AMOUNT_WORDS = {"degree", "degrees", "notch", "notches", "point", "points", "percent", "step", "steps", "bit",
                 "lot", "half", "third", "quarter", "tenth", "unit", "units", "grade", "grades", "band", "bands",
                 "level", "levels", "tier", "tiers", "increment", "increments", "margin", "fraction"}


_TIME_WORDS = {"time", "spent", "the", "total", "amount", "of", "duration", "hours", "days", "longer", "shorter", "more",
               "less", "extra"}
_TIME_UNITS = TIME_UNIT_WORDS | {"min", "mins", "minutes", "sec", "secs", "seconds", "hours"}


def _time_of(an: Analysis, m: Any, filled: str | None) -> bool:
    """A phrase of time words ("time spent") right before a preposition and the name (one word may stand between:
    "time spent on the wait list") of a column that counts hours, days or minutes and that the reading already
    gave the phrase's role (`filled`): the time is that column's, no variable of its own."""
    words = an.tokens[m.start:m.end]
    if not {"time", "duration"} & set(words) or not set(words) <= _TIME_WORDS or \
            an.tokens[m.end:m.end + 1] not in (["in"], ["on"], ["with"], ["at"], ["inside"], ["doing"]):
        return False
    units = {c.name for c in an.columns if set(c.words) & _TIME_UNITS}
    # (or wherever the user wrote that column as code: "... as an instrument for `immersionMin`, what is the
    # effect of time in the water on ...")
    return filled in units and any(o.column == filled and (o.start in (m.end + 1, m.end + 2, m.end + 3) or o.identifier)
                                   for o in an.mentions)


def missing_column(an: Analysis, roles: Roles, top: Candidate) -> ParseOutcome | None:
    """With data: a role filled (by a strong pattern) with a phrase that is no column -> ask which column."""
    if not an.columns or top.task["kind"] not in {"ate", "cate", "mediation"} or not an.unmatched:
        return None
    all_roles = role_votes(an, an.skeleton_all)
    col_votes = {an.all_mentions[k].column: v for k, v in all_roles.votes.items() if an.all_mentions[k].column}
    col_starts = {m.start for m in an.mentions}
    col_ends = {m.end for m in an.mentions}
    loose = {j for u in an.unmatched for j in range(u.start, u.end)}  # the words of phrases naming no column
    for k, v in all_roles.votes.items():
        m = an.all_mentions[k]
        if m.column is not None or max(v.values()) < 2.5 or junk_phrase(m.text) or \
                m.text.split()[-1] in GENERIC_UNMATCHED or len(m.text) < 3:
            continue
        # "risk of <heart disease>", "<free lunch> program": a word hanging on a column mention
        if m.end in col_starts or m.start in col_ends or (m.end + 1 in col_starts and an.tokens[m.end] == "of"):
            continue
        # "energy use per tonne", "yield per hectare": the unit a rate is counted in, not a variable
        if an.tokens[max(0, m.start - 1):m.start] == ["per"] and m.end - m.start == 1:
            continue
        # "lowering chill temperature by a degree": how far the treatment moves, not a variable
        lead = [t for t in an.tokens[max(0, m.start - 3):m.start] if t not in {"a", "an", "one", "the"}]
        if lead[-1:] == ["by"] and m.text.split()[-1] in _AMOUNT_WORDS:
            continue
        # "Salt load harms roadside trees by causing ...": whom the cause just named harms or helps (not "lowers
        # emissions by ...": a verb of change takes the outcome); "steam cleaning of the kitchen": what the act
        # just named is done to
        k = m.start - 1
        while k > 0 and an.tokens[k] in DETERMINERS:
            k -= 1
        if k > 0 and (an.tokens[m.end:m.end + 1] == ["by"] and an.tokens[m.end + 1:m.end + 2] and
                      an.tokens[m.end + 1].endswith("ing") and an.tokens[k] in HARM_HELP_VERBS and k in col_ends or
                      an.tokens[k] == "of" and k in col_ends and an.tokens[k - 1].endswith("ing")):
            continue
        # "what would adopting it do", "had they installed it": an act on the treatment named elsewhere ("for herds
        # that don't do teat dipping")
        if m.end - m.start == 1 and an.tokens[m.start].endswith(("ing", "ed")) and an.tokens[m.end:m.end + 1] in (["it"], ["one"]):
            continue
        # "by installing a digital menu board": the act of taking up the column named right after it
        # ("relying on agency nurses", "investing in solar panels": the verb's own preposition between)
        nxt = next((j for j in range(m.end, min(m.end + 4, len(an.tokens) + 1)) if j in col_starts), None)
        if m.end - m.start == 1 and an.tokens[m.start].endswith("ing") and nxt is not None and \
                all(t in DETERMINERS or j in loose or (j == m.end and t in _VERB_PARTICLES)
                    for j, t in enumerate(an.tokens[m.end:nxt], m.end)):
            continue
        # "mobilisation works by getting households to clear containers": the mechanism a clause tells, no variable
        if any(an.tokens[j] == "by" and an.tokens[j - 1] in MECHANISM_VERBS and
               not {".", ",", ";", "?", "!"} & set(an.tokens[j:m.start]) for j in range(1, m.start)):
            continue
        # "for the players who actually did it": the units a relative clause describes; "when a café has 8
        # fixers": the units a condition is said of
        if an.tokens[m.end:m.end + 1] in (["who"], ["whose"]) or said_of_a_unit(an.tokens, m.start, m.end):
            continue
        # "how much food is wasted" (waste_after): what a variable said as a participle right after is said of
        if an.tokens[m.end:m.end + 1] in (["is"], ["are"], ["was"], ["were"], ["gets"], ["get"]) and m.end + 1 in col_starts:
            continue
        # "the number of injuries a team suffers": a clause that describes the column mention just before
        if m.start - 1 in col_ends and an.tokens[m.start - 1] in {"a", "an", "each", "every"}:
            continue
        # "cutting weight before a fight": a time said of the column mention just before
        k = m.start - 1
        while k > 0 and an.tokens[k] in {"a", "an", "the", "each", "every"}:
            k -= 1
        if k > 0 and an.tokens[k] in {"before", "after", "during", "until", "following"} and k in col_ends:
            continue
        role = max(v, key=v.get)
        field_ = {"t": "treatment", "y": "outcome", "m": "mediator"}.get(role)
        if field_ is None:
            continue
        # "stations that were converted to automatic lamps ... the conversion": the noun of an act said before on
        # the column the reading already gave this role
        w = an.tokens[m.start]
        if m.end - m.start == 1 and len(w) >= 6 and any(
                t.endswith("ed") and t[:5] == w[:5] and mm.column == top.task.get(field_) and mm.start in (j + 1, j + 2)
                for j, t in enumerate(an.tokens[:m.start]) for mm in an.mentions):
            continue
        # "time spent in meetings" (meetingHrsPerWk), "time on the wait list" (wait_list_yrs): time said of a variable
        # whose name counts it in a unit of time
        if _time_of(an, m, top.task.get(field_)):
            continue
        # "working fully from home", "nurses on the ward": where the column mention just before already
        # fills this role, a phrase hanging on it by a preposition says more about it, not another variable
        # ("keeping bee colonies in the orchard": one word naming no column may stand between; "results to
        # each shopper" names the units, so each/every ends the phrase)
        k = m.start - 1
        while k > 0 and an.tokens[k] in DETERMINERS - {"each", "every"}:
            k -= 1
        if k > 0 and an.tokens[k] in _VERB_PARTICLES and any(
                mm.column == top.task.get(field_) and (mm.end == k or mm.end == k - 1 and k - 1 in loose)
                for mm in an.mentions):
            continue
        assigned = top.task.get(field_)
        if assigned is not None and col_votes.get(assigned, {}).get(role, 0.0) > v[role]:
            continue  # the structure already found a column for this role
        filled = [top.task.get(f) for f in ("treatment", "outcome", "mediator") if top.task.get(f)]
        # (or written out whole, in two words or more, in a later sentence: "... partly by writing tickets. How much
        # of the officer effect ... flows through citations issued?" ~ citationsIssued)
        # (or a one-word name said as it is: "... makes customers happier. How much of X's effect on satisfaction ...")
        if assigned is not None and any((mm.identifier or mm.score >= 0.97 and (
                mm.end - mm.start > 1 or an.tokens[mm.start] == (mm.column or "").lower()) and
                                         {".", "?", "!"} & set(an.tokens[m.end:mm.start]))
                                        and mm.column == assigned for mm in an.mentions) and \
                col_votes.get(assigned, {}).get(role, 0.0) > 0 and len(set(filled)) == len(filled) and \
                top.task.get("treatment") and top.task.get("outcome"):
            continue  # "... by arriving faster ... How much of drone_dlv's effect on csat runs through dlv_min?"
        # "raised by going home on more exeat weekends (`exeat_n`)": the name the user wrote after its paraphrase, a few
        # words on, that a pattern gives the same role
        if assigned is not None and any(mm.identifier and mm.column == assigned and 0 <= mm.start - m.end <= 3
                                        and "(" in mm.text and roles.votes.get(j, {}).get(role, 0.0) >= 2.0
                                        for j, mm in enumerate(an.mentions)):
            continue
        # the slot was filled from a weaker mention: the phrase the user meant is missing from the data
        opts = list(dict.fromkeys(an.hints.get(m.text, []) + _closest(m.text, an.columns)))[:5]
        task = {kk: vv for kk, vv in top.task.items() if kk not in {"treatment", "outcome", "mediator"}}
        for kk, vv in all_roles.votes.items():  # keep the roles that columns do fill
            mm = an.all_mentions[kk]
            r = max(vv, key=vv.get)
            f = {"t": "treatment", "y": "outcome", "m": "mediator"}.get(r)
            if mm.column and f and f != field_ and f not in task:
                task[f] = mm.column
        for f in ("treatment", "outcome", "mediator"):
            if f != field_ and f not in task and top.task.get(f) and top.task.get(f) not in task.values():
                task[f] = top.task[f]
        msg = (f"I couldn't find a column for '{m.text}' in your data. Which column is the {field_}? "
               f"Closest: {', '.join(opts)}.")
        pending = Pending(awaiting=field_, options=opts, task={kk: vv for kk, vv in task.items() if vv is not None})
        return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.3,
                            mentions={mm.text: mm.column for mm in an.mentions if mm.column})
    return None


def answer_field(q: str, pending: Pending, profile: Any, lm: Any) -> ParseOutcome | None:
    """The message answers the parser's question: fill the awaited field (or pick the reading) and
    try again; None when the message is a new question instead."""
    field_ = pending.awaiting
    options: list[str] = pending.options
    if field_ == "reading":
        return _answer_reading(q, pending, options)
    if field_ == "spec" and (graph := edges_in(q))[0]:  # "age -> stay, ward -> stay": the graph to sample from
        return answered({**pending.task, "spec": "dag", "edges": graph[0], "latent": graph[1]}, 0.9, [], {})
    an = analyze(q, profile)
    value = None
    low = q.strip().lower().strip(".!?")
    ordinals = {"first": 0, "1": 0, "second": 1, "2": 1, "third": 2, "3": 2, "last": -1}
    for word, idx in ordinals.items():
        if options and re.search(rf"\b{word}\b", low) and len(low.split()) <= 4:
            value = options[idx]
    if value is None:
        cols = [m.column for m in an.mentions if m.column]
        if cols:
            value = cols[0]
    if value is None and options:
        for o in options:
            if norm_phrase(o) and norm_phrase(o) in norm_phrase(q) or low == o.lower():
                value = o
                break
        if value is None:
            close = difflib.get_close_matches(low.replace(" ", "_"), options, n=1, cutoff=0.6)
            value = close[0] if close else None
    if value is None and not an.columns:
        phrases = [m.text for m in an.mentions]
        value = phrases[0] if phrases else (q.strip().strip(".!?") or None)
    if value is None:
        # a new question rather than an answer
        if len(an.mentions) >= 2 or text_has(EFFECT_RX, an.text):
            return None
        return ParseOutcome(task=None, clarification=f"Sorry, I didn't catch that. {QUESTION_FOR.get(field_, '')}"
                            + (f" Options: {', '.join(options)}." if options else ""), pending=pending, confidence=0.2)
    task = dict(pending.task)
    task[field_] = value.replace(" ", "_") if field_ == "spec" else value
    missing = missing_fields(task)
    if missing:
        return ask_for(task, missing, an, task.get("question") or q)
    return answered(task, 0.9, [], {m.text: m.column for m in an.mentions if m.column})


def _answer_reading(q: str, pending: Pending, options: list[str]) -> ParseOutcome | None:
    """'1', 'the second', or words of one reading pick that reading's task; anything else is a new question."""
    low = q.strip().lower().strip(".!?")
    tasks = pending.readings
    pick = None
    for word, idx in {"1": 0, "first": 0, "one": 0, "former": 0, "2": 1, "second": 1, "two": 1, "latter": 1}.items():
        if re.search(rf"\b{word}\b", low) and len(low.split()) <= 5:
            pick = idx
    if len(tasks) == 1 and re.fullmatch(r"(?:yes|yeah|yep|sure|correct|right|ok(?:ay)?|exactly|that'?s (?:right|it))"
                                        r"(?: please| thanks?| that'?s (?:right|it))?", low):
        pick = 0  # the one reading we asked about is confirmed
    if len(tasks) == 1 and pick is None and re.fullmatch(r"(?:no|nope|wrong|not (?:quite|really|that))\b[ ,.!]*", low):
        return ParseOutcome(task=None, confidence=0.2, clarification=(
            "Then please ask again naming the columns you mean, e.g. 'What is the effect of X on Y?'."))
    if pick is None and len(tasks) > 1:  # words of one of two readings pick it; one reading needs a "yes"
        overlap = [len(set(tokenize(low)) & set(tokenize(o))) for o in options]
        if overlap and max(overlap) > 0 and overlap.count(max(overlap)) == 1 and len(low.split()) <= 8:
            pick = overlap.index(max(overlap))
    if pick is None or pick >= len(tasks):
        return None
    return answered(tasks[pick], 0.9, [], {})


def _reading(c: "Candidate") -> str:
    """How a candidate is named to the user: a policy read from an effect reading names the decision."""
    t = c.task
    if t.get("kind") == "policy" and t.get("treatment") and t.get("outcome"):
        goal = "maximise" if t.get("maximize", True) else "minimise"
        return f"which units should get {t['treatment']} to {goal} {t['outcome']}"
    return c.reading


def ask_reading(top: "Candidate", other: "Candidate", an: Analysis) -> ParseOutcome:
    """One short question naming the two readings; the answer picks one (`answer_field`)."""
    readings = [_reading(top), _reading(other)]
    msg = f"Do you want {readings[0]} (1), or {readings[1]} (2)?"
    pending = Pending(awaiting="reading", options=readings, readings=[top.task, other.task],
                      task={k: v for k, v in top.task.items() if v is not None})
    return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.5,
                        mentions={m.text: m.column for m in an.mentions if m.column})


def ask_confirm(top: "Candidate", an: Analysis) -> ParseOutcome:
    """The gate is unsure and no second reading exists: ask whether the one reading is meant. "yes"
    answers it, "no" asks for the columns, and any other reply is read as the question restated."""
    msg = f"Do you want {_reading(top)}? Say yes, or tell me which columns you mean."
    pending = Pending(awaiting="reading", options=[_reading(top)], readings=[top.task],
                      task={k: v for k, v in top.task.items() if v is not None})
    return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.5,
                        mentions={m.text: m.column for m in an.mentions if m.column})
