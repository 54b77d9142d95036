"""Asking back: a missing field, a phrase that names no column, or two readings; and reading the
answer to such a question into the pending task."""

from __future__ import annotations

import difflib
import re
from typing import Any

from copilot.understand.text import DETERMINERS, ColumnInfo, name_parts, norm_phrase, spells_column, tokenize
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
from copilot.understand.roles import variable_of, role_votes, Roles


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


_AMOUNT_WORDS = {"degree", "degrees", "notch", "notches", "point", "points", "percent", "step", "steps", "bit",
                 "lot", "half", "third", "quarter", "tenth", "unit", "units", "grade", "grades", "band", "bands",
                 "level", "levels", "tier", "tiers", "increment", "increments", "margin", "fraction"}


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
        # "what would adopting it do": an act on the treatment named elsewhere ("for herds that don't do teat dipping")
        if m.end - m.start == 1 and an.tokens[m.start].endswith("ing") and an.tokens[m.end:m.end + 1] in (["it"], ["one"]):
            continue
        # "by installing a digital menu board": the act of taking up the column named right after it
        nxt = next((j for j in range(m.end, min(m.end + 4, len(an.tokens) + 1)) if j in col_starts), None)
        if m.end - m.start == 1 and an.tokens[m.start].endswith("ing") and nxt is not None and \
                all(t in DETERMINERS or j in loose for j, t in enumerate(an.tokens[m.end:nxt], m.end)):
            continue
        # "for the players who actually did it": the units a relative clause describes
        if an.tokens[m.end:m.end + 1] in (["who"], ["whose"]):
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
        assigned = top.task.get(field_)
        if assigned is not None and col_votes.get(assigned, {}).get(role, 0.0) > v[role]:
            continue  # the structure already found a column for this role
        filled = [top.task.get(f) for f in ("treatment", "outcome", "mediator") if top.task.get(f)]
        if assigned is not None and any(mm.identifier and mm.column == assigned for mm in an.mentions) and \
                col_votes.get(assigned, {}).get(role, 0.0) > 0 and len(set(filled)) == len(filled) and \
                top.task.get("treatment") and top.task.get("outcome"):
            continue  # "... by arriving faster ... How much of drone_dlv's effect on csat runs through dlv_min?"
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


def _same_word(x: str, y: str) -> bool:
    """One name word, maybe written shorter in one name (poll ~ pollution, moist ~ moisture)."""
    return x == y or min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x))


def _shortened(x: str, y: str) -> bool:
    """One word written shorter in the other name (poll / pollution; not a plural: loan / loans)."""
    return _same_word(x, y) and abs(len(x) - len(y)) >= 3


def _words_fit(text: str, c: ColumnInfo) -> bool:
    """Every word of the phrase is a word of the column's name, maybe written shorter there."""
    words = [w.replace("-", "") for w in tokenize(text) if w not in DETERMINERS and re.search(r"[a-z]", w)]
    return bool(words) and all(any(_same_word(w, x) for x in c.words) for w in words)


def _twins(a: ColumnInfo, b: ColumnInfo) -> bool:
    """Columns that differ in one name word only (poverty_rate / poverty_ratio, sbp / dbp, couponSent /
    couponRedeemed, LIGHT_POLL_IDX / LIGHT_POLLUTION_RATIO): words that fit one fit the other unless they say
    that word."""
    return len(a.words) == len(b.words) and sum(x != y and not _shortened(x, y) for x, y in zip(a.words, b.words)) == 1


_VERSION = re.compile(r"(?:[_ ]?v(?:er)?\d+|[_ ]new|[_ ]revised|[_ ]rev|[_ ]old|[_ ]orig)$", re.IGNORECASE)


# a second version written as a digit right after the name (reading / reading2, HLTH_INSP_SCR2), the
# plain name being a column too (mhd_m3 / mhd_m6 are months, and neither is the other's plain name)
_DIGIT_VERSION = re.compile(r"(?<=[A-Za-z]{2})[2-9]$")


def _versions(col: str, info: dict[str, ColumnInfo]) -> list[str]:
    """Other versions of one measure (diet_quality / diet_quality_v2, blunderRate / blunderRateV2): words
    that fit one fit the other unless they say which version."""
    base = _VERSION.sub("", col)
    return [c for c in info if c != col and (
        _same_base(_VERSION.sub("", c), base) and bool(_VERSION.search(c) or _VERSION.search(col))
        or _DIGIT_VERSION.sub("", c) == col or _DIGIT_VERSION.sub("", col) == c)]


def _same_base(a: str, b: str) -> bool:
    """One measure's name, the one maybe written shorter (SOIL_MOIST / SOIL_MOISTURE of SOIL_MOISTURE_V2)."""
    if a == b:
        return True
    pa, pb = name_parts(a), name_parts(b)
    return len(pa) == len(pb) and all(_same_word(x, y) for x, y in zip(pa, pb))


def _version_fits(col: str, beside: str) -> bool:
    """The words beside a mention pick this version: 'new', 'revised', 'v2' a versioned name; 'old',
    'original' the plain one. Without such words, or when they point at the other version, ask."""
    newer = re.search(r"\b(?:v[2-9]|new|newer|revised|updated|latest|second)\b", beside.lower())
    older = re.search(r"\b(?:v1|old|older|original|first)\b", beside.lower())
    versioned = bool(_VERSION.search(col) or _DIGIT_VERSION.search(col))
    return bool(newer and versioned and not older or older and not versioned and not newer)


_VERSION_WORD = r"(?:v[1-9]|new|newer|old|older|original|revised|updated|latest|first|second)\b"
_VERSION_SAID = re.compile(rf"\b(?:on|in|using|by|under|with|per) (?:the |their |our |a )?{_VERSION_WORD}"
                           r"(?: [a-z0-9-]+){0,2}? (?:scale|survey|measure|version|reading|index|score|rating|form|"
                           r"questionnaire|instrument|metric|measurement)s?\b")
_VERSION_USE = re.compile(rf"^[.?!;] (?:please )?(?:use|using|take) (?:the )?{_VERSION_WORD}")


def _version_said_after(tokens: list[str], end: int) -> str:
    """A version named later in the clause ("taste ratings on the new scale", "on the v2 survey"), as words
    to read beside the mention ("" when none)."""
    stop = next((k for k in range(end, len(tokens)) if tokens[k] in {".", "?", "!", ";"}), len(tokens))
    # (or told in a sentence of its own: "... would the set come out firmer? Use the newer set rating.")
    hit = _VERSION_SAID.search(" ".join(tokens[end:stop])) or _VERSION_USE.search(" ".join(tokens[stop:]))
    return " " + hit.group(0) if hit else ""


_AMOUNT = re.compile(r"\b(?:more|less|fewer|extra|additional|longer|shorter|higher|lower|bigger|smaller|larger|size|"
                     r"amount|amounts|dose|doses|dosage|level|levels|number|much|many|hours?|days?|weeks?|months?|"
                     r"minutes?|intensity|duration|length|type|types|kind|kinds|which|value|rate|per|\d[\d.,]*)\b")


def _part_said(tokens: list[str], m: Any, own: ColumnInfo, rival: ColumnInfo) -> bool:
    """A word beside the mention writes the one name part that sets the matched column apart from its
    twin ("morning queues": queue_am, not queue_pm; "evening waits": wait_pm). A number and its unit count as
    one part (retention12m: "12m")."""
    from copilot.understand.qualifiers import _names_part

    a, b = list(own.words), list(rival.words)
    diff = [k for k in range(len(a)) if len(a) == len(b) and a[k] != b[k]]
    if len(diff) != 1:
        return False
    k = diff[0]
    unit = a[k + 1] if k + 1 < len(a) and a[k].isdigit() and a[k + 1].isalpha() and len(a[k + 1]) <= 2 else ""
    mine, theirs = a[k] + unit, b[k] + unit  # retention12m: (retention, 12, m) -> "12m"
    after = (m.end, m.end + 1) if tokens[m.end:m.end + 1] == ["per"] else (m.end,)  # "yield per hectare"
    near = [p for k in (m.start - 2, m.start - 1, *after) if 0 <= k < len(tokens)
            for p in tokens[k].split("-") if len(p) >= 3 and p.isalpha()]
    return any(_names_part(p, mine) for p in near) and not any(_names_part(p, theirs) for p in near)


def _received(options: list[str], info: dict[str, ColumnInfo], tokens: list[str], m: Any) -> str | None:
    """Of a treatment's twins, the one binary column (photo_tx beside photo_hrs, coupon_sent beside
    coupon_value) when the words name the treatment plainly: an effect of phototherapy is of receiving it.
    Words of amount or type around it ("longer phototherapy", "the size of the rebate") leave it asked."""
    binary = [o for o in options if info[o].type == "binary"]
    if len(binary) != 1 or len(options) != 2:
        return None
    near = " ".join(tokens[max(0, m.start - 4):m.end + 2])
    return None if _AMOUNT.search(near) else binary[0]


def ambiguous_role(an: Analysis, task: dict, q: str) -> ParseOutcome | None:
    """A role filled by words that fit two twin columns equally ('churn' over churned30d and churned90d,
    'blood pressure' over sbp and dbp, 'poverty' over poverty_rate and poverty_ratio) -> ask which one.
    A baseline sibling is no rival (an effect is on the value after treatment), nor is a column whose
    name the question writes."""
    from copilot.understand.qualifiers import baseline_of, is_baseline
    from copilot.understand.times import time_families

    info = {c.name: c for c in an.columns}
    times = time_families(an.columns)
    taken = {task.get(f) for f in ("treatment", "outcome", "mediator")}
    written = {m.column for m in an.mentions if m.identifier}
    # "effect of copper_vat on grade" (grade, grade_revised): where the question writes compound column names,
    # a word that is a whole column's name is written too
    if any(m.identifier and re.search(r"_|[a-z][A-Z]", m.column or "") for m in an.mentions):
        written |= {m.column for m in an.mentions if m.column and m.text == m.column}  # ("the rating" is no RATING)
    for field_ in ("treatment", "outcome", "mediator"):
        col = task.get(field_)
        if not col or col in written or col not in info:
            continue
        before = baseline_of(col, an.columns)
        col_is_baseline = is_baseline(col, an.columns)
        for m in an.mentions:
            if m.column != col:
                continue
            if not spells_column(m.text, col) and any(o is not m and o.column == col and spells_column(o.text, col)
                                                      for o in an.mentions):
                break  # "fewer alterations ... goes through the alteration rate": the name is written elsewhere
            # (a twin whose name writes the words shorter may not have come up: "light pollution" beside
            # LIGHT_POLLUTION_RATIO fits LIGHT_POLL_IDX as well)
            shorter = [a for a in info if a != col and a not in m.alternatives and _twins(info[col], info[a])
                       and any(_shortened(x, y) for x, y in zip(info[col].words, info[a].words))
                       and _words_fit(m.text, info[a])]
            rivals = [a for a in [*m.alternatives, *shorter] if a not in taken and a in info and a not in before
                      and not (is_baseline(a, an.columns) and not col_is_baseline)
                      and (a in times.get(col, {}) or _twins(info[col], info[a]))]
            # (not a time tag: "next year's eGFR" dates the variable, it picks no 12-month window)
            said = [a for a in rivals if _part_said(an.tokens, m, info[a], info[col])
                    and not any(ch.isdigit() for w in set(info[a].words) ^ set(info[col].words) for ch in w)]
            if len(said) == 1:  # "yield per hectare" read as yld_kg_tr beside yld_kg_ha: the twin the words name
                task[field_] = said[0]
                break
            rivals = [a for a in rivals if not _part_said(an.tokens, m, info[col], info[a])]
            beside = " ".join(an.tokens[max(0, m.start - 2):m.end + 3]) + _version_said_after(an.tokens, m.end)
            versions = _versions(col, info)
            picked = [c for c in [col, *versions] if (c == col or c not in taken) and _version_fits(c, beside)]
            if not rivals and versions and len(picked) == 1 and picked[0] != col:
                task[field_] = picked[0]  # "taste ratings on the new scale": the words name the other version
                break
            rivals = rivals or [a for a in versions if a not in taken and not _version_fits(col, beside)]
            if not rivals:
                continue
            options = [col] + rivals
            if field_ == "treatment" and (given := _received(options, info, an.tokens, m)) is not None:
                task[field_] = given  # "the effect of phototherapy" (photo_tx, not photo_hrs): receiving it
                break
            partial = {**{k: v for k, v in task.items() if v is not None}, field_: None}
            out = ask_for(partial, [field_], an, q, options=options)
            out.clarification = f"By '{m.text}', do you mean {', '.join(options[:-1])} or {options[-1]}?"
            return out
    return None
