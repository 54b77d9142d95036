"""Fields beyond kind and roles on each candidate task (instrument, estimand, `at`, policy), model
grounding of phrases that name no column, the learned kind model's second opinion, audits."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from copilot.understand.mentions import Mention
from copilot.task import AteTask, CateTask, Condition, MediationTask, PolicyTask
from copilot.understand import vocab
from copilot.understand.analysis import GENERIC_UNMATCHED, junk_phrase, build_skeleton, Analysis
from copilot.understand.base import answered, missing_fields, Candidate, ParseOutcome, Pending
from copilot.understand.clarify import ask_for
from copilot.understand.audit_reading import audit_fields
from copilot.understand.fields import (
    estimand,
    find_instrument,
    is_policy,
    maximize,
    policy_group_nouns,
    split_at,
)
from copilot.understand.qualifiers import baseline_of, numbered_twin, said_qualifier
from copilot.understand.times import said_time_column, timed_candidate
from copilot.understand.ground import (embedding_order, generic_arm, ground_locally, ground_phrase, lexical_candidates,
                                      lm_grounds, max_phrases)
from copilot.understand.phrase_words import _BREAK, _GENERIC_WORDS
from copilot.understand.text import stem
from copilot.understand.kind import decide as decide_kind, predict as predict_kind
from copilot.understand.roles import variable_of, role_votes, Roles


def apply_instrument(an: Analysis, roles: Roles) -> int | None:
    """A named instrument takes no other role; the variable it instruments is the treatment."""
    inst, instrumented = find_instrument(an.skeleton)
    if inst is None or inst >= len(an.mentions):
        return None
    key = an.mentions[inst].key
    same = {k for k, m in enumerate(an.mentions) if m.key == key}
    for k in same:
        roles.votes.pop(k, None)
    roles.covariates[:] = [k for k in roles.covariates if k not in same]
    if instrumented is not None and instrumented < len(an.mentions):
        canon = next(k for k, m in enumerate(an.mentions) if m.key == an.mentions[instrumented].key)
        roles.votes.setdefault(canon, {})
        roles.votes[canon]["t"] = roles.votes[canon].get("t", 0.0) + 3.5
    return inst


def add_fields(task: dict, an: Analysis, inst: int | None) -> dict:
    """Instrument, estimand, the `at` point and the policy reading, on one candidate task."""
    kind = task["kind"]
    if kind not in {"ate", "cate", "mediation"}:
        return task
    text = an.text
    roles = {task.get("treatment"), task.get("outcome"), task.get("mediator")}
    conds = [Condition(**c) if isinstance(c, dict) else c for c in task.get("conditions") or []]
    kept, at = split_at(conds, roles)
    if is_policy(text) and kind in {"ate", "cate"}:
        return _policy_task({**task, "conditions": [c.model_dump() for c in kept], "at": at}, text,
                            bool(an.columns), keep_empty=True)
    if at and kind in {"ate", "cate"}:
        task = as_kind(task, "cate")
        task["conditions"] = [c.model_dump() for c in kept]
        task["at"] = at
        return task
    if kind == "ate":
        task = dict(task)
        if inst is not None:
            task["instrument"] = variable_of(an, inst)
        # a phrase naming no column right after the treatment is the rest of its name ("Fairtrade certification")
        rest = {u.start: u.end for u in an.unmatched}
        spans = [(m.start, rest.get(m.end, m.end)) for m in an.mentions if m.key == task.get("treatment")]
        # "for groves that ...", "for installations that ...": a word that only matches an id or a date
        # column (`grove`, `installed_on`) names the units
        ids = {c.name for c in an.columns if c.type in ("id", "date")}
        est = estimand(text, an.tokens, spans, {k for m in an.mentions if m.column not in ids for k in range(m.start, m.end)},
                       _name_stems(an, task.get("treatment")))
        if est == "ate":  # "(effect on the treated)": the estimand said in brackets, which `an.text` leaves out
            est = next((e for g in re.findall(r"\(([^()]{3,60})\)", an.question) if (e := estimand(g)) != "ate"), "ate")
        # "for certified plots" read as EXPORT_CERT == 1: a filter on the treatment leaves one arm, so it is
        # the effect on the treated (== 1) or on the untreated (== 0)
        values = {(c.op, c.value) for c in conds if c.column == task.get("treatment")}
        if est == "ate" and len(values) == 1 and next(iter(values)) in {("==", 1), ("==", 0)}:
            est = "att" if next(iter(values))[1] == 1 else "atc"
        if est != "ate":
            task["estimand"] = est
            # "for club members" read as chess_club == 1 is the estimand, not a filter that leaves one arm
            task["conditions"] = [c for c in task.get("conditions") or []
                                  if (c.get("column") if isinstance(c, dict) else c.column) != task.get("treatment")]
    return task


# words that name no variable on their own ("the people", "use", "effect")
_SKIP_WORDS = frozenset(_BREAK | _GENERIC_WORDS)
_SKIP_STEMS = frozenset(stem(w) for w in _SKIP_WORDS)


def _name_stems(an: Analysis, column: str | None) -> frozenset[str]:
    """The stems of a column's own words that can name it in a phrase about units ("barrier" of
    `barrier_installed`): words of 3+ letters, none generic ("use", "status")."""
    info = next((c for c in an.columns if c.name == column), None)
    if info is None:
        return frozenset()
    return frozenset(s for s in info.stems if len(s) >= 3 and s.isalpha() and s not in _SKIP_STEMS)


def ground_unmatched(an: Analysis, lm: Any, q: str) -> Analysis:
    """Phrases in a role slot that name no column by their words: a column that shares a word with
    the phrase (embeddings break ties), else the language model picks a column or none."""
    votes = role_votes(an, an.skeleton_all).votes
    phrases = [an.all_mentions[k] for k, v in votes.items()
               if an.all_mentions[k].column is None and max(v.get(r, 0.0) for r in "tym") >= 0.6
               and not junk_phrase(an.all_mentions[k].text) and len(an.all_mentions[k].text) >= 3
               and (an.all_mentions[k].text.split()[-1] not in GENERIC_UNMATCHED
                    or generic_arm(an.all_mentions[k].text, an.columns))]  # "the programme" ~ treat
    # one word right after a yes/no variable: the unit it describes when the variable is said as a participle
    # ("a safety-trained crew"), the rest of its name when the column has that word ("home visits" ~
    # chw_home_visit); in "the voucher lottery" (voucher_used) the noun after is a head of its own
    binary = {c.name for c in an.columns if c.type == "binary"}
    stems_of = {c.name: c.stems for c in an.columns}
    after_binary = {m.end: m.column for m in an.mentions if m.column in binary}
    phrases = [p for p in phrases if not (p.start in after_binary and p.end - p.start == 1 and (
        an.tokens[p.start - 1].endswith("ed") or stem(an.tokens[p.start]) in stems_of[after_binary[p.start]]))]
    # "an agency-funded portfolio shoot": a hyphenated participle right before a variable says how it is had
    starts = {m.start for m in an.mentions}
    phrases = [p for p in phrases if not (p.end - p.start == 1 and p.end in starts and
                                          re.fullmatch(r"[a-z]+-(?:[a-z]+ed|run|led|made|built|paid|grown|owned)",
                                                       an.tokens[p.start]))]
    if not phrases:
        return an
    taken = {m.column for m in an.mentions}
    named = {k for o in an.mentions for k in range(o.start, o.end)}
    # where the phrases stand in the outcome's slot (voted for it at least as much as for any other role)
    outcome_slot = {an.all_mentions[k].start for k, v in votes.items()
                    if v.get("y", 0.0) >= max(v.get("t", 0.0), v.get("m", 0.0))}

    grounded: list[Mention] = []
    hints: dict[str, list[str]] = {}
    for m in sorted(phrases, key=lambda m: m.start)[:max_phrases()]:
        free = [c for c in an.columns if c.name not in taken]
        candidates = lexical_candidates(m.text, free, _SKIP_WORDS)
        # 'second-year yield' over yld_kg_ha_y1 / yld_kg_ha_y2: the time said picks the member, which
        # binds when the embeddings too rank it first of all columns
        timed = timed_candidate(an.tokens, m, candidates, an.columns)
        best = (embedding_order(m.text, [c for c in free if c.type != "id"]) or [(None, 0.0)])[0][0] if timed else None
        # 'second-dose coverage' over cov_dose1_pct / cov_dose2_pct: twins apart only by the number said
        if timed and best == timed:
            col, prob, ranked = timed, 0.6, [timed]
        elif numbered := numbered_twin(an.tokens, m.start, m.end, candidates):
            col, prob, ranked = numbered, 0.6, [numbered]
        else:
            col, prob, ranked = ground_locally(m.text, free, candidates)
        by_time = said_time_column(an.tokens, m, free, named, {t for t in taken if t}) \
            if col is None and not candidates and m.start in outcome_slot else None
        if by_time:
            col, prob, ranked = by_time, 0.5, [by_time]
        if col is None and not candidates and m.start not in outcome_slot and (arm := generic_arm(m.text, free)):
            col, prob, ranked = arm, 0.5, [arm]
        if col is None and lm_grounds(lm) and not candidates:
            col, prob, ranked = ground_phrase(lm, q, m.text, [c.name for c in free])
        # "how much electricity the warehouses burn each month" beside kwh_month_post: a phrase that only
        # fits the baseline of a variable already named, with no baseline word, is that variable again
        current = [t for t in taken if t and col in baseline_of(t, an.columns)] if col is not None else []
        if len(current) == 1 and said_qualifier(an.tokens, m) != "baseline":
            col = current[0]
        if col is not None:
            grounded.append(Mention(m.start, m.end, m.text, col, round(prob, 3)))
            taken.add(col)
        else:
            hints[m.text] = ranked[:3]  # the question back names the model's best guesses first
    if not grounded:
        return dataclasses.replace(an, hints=hints)
    spans = {(g.start, g.end) for g in grounded}
    mentions = sorted(an.mentions + grounded, key=lambda m: m.start)
    unmatched = [u for u in an.unmatched if (u.start, u.end) not in spans]
    allm = sorted(mentions + unmatched, key=lambda m: m.start)
    return dataclasses.replace(an, mentions=mentions, unmatched=unmatched, all_mentions=allm,
                               skeleton=build_skeleton(an.tokens, mentions, an.used_tokens),
                               skeleton_all=build_skeleton(an.tokens, allm, an.used_tokens), hints=hints)


def second_opinion(cues: dict, q: str, text: str, top: "Candidate", build: Any) -> "tuple[str, Candidate] | None":
    """The learned kind model's reading where it disagrees with the structural one (`kind.decide`):
    ("override", c) -> its reading is the task; ("ask", c) -> the copilot asks which one was meant
    (a question back beats a silently wrong answer)."""
    rule = top.task["kind"]
    if top.task.get("at") or (rule == "policy" and cues.get("cue_policy")):
        return None
    probs = predict_kind(cues, q)
    decision = decide_kind(rule, probs or {}, cues, vocab("kind_decision"))
    if decision is None:
        return None
    mode, best = decision
    if best == "policy":
        built = [Candidate(_policy_task(c.task, text, bool(cues.get("has_data"))), c.score, c.reading)
                 for c in build("ate")]
    else:
        built = build(best)
    built = [c for c in built if c.task.get("treatment", 1) is not None and c.task.get("outcome", 1) is not None
             and not missing_fields(c.task)]
    return (mode, built[0]) if built else None


def _policy_task(task: dict, text: str, has_data: bool, keep_empty: bool = False) -> dict:
    """An effect task re-read as a policy question (who to treat / which level). `keep_empty`: the
    task's empty fields stay in it (the reading `add_fields` returns), else only the two roles do."""
    treatment, outcome = task.get("treatment"), task.get("outcome")
    if not has_data:  # "which customers should get the coupon?": the group is who, not what
        groups = policy_group_nouns()
        pair = [v for v in (treatment, outcome) if v is not None and v.lower() not in groups]
        treatment, outcome = (pair + [None, None])[:2]
    # with data each role stays in its slot: a goal found without its action is the outcome, still asked for the action
    out = {"kind": "policy", "treatment": treatment, "outcome": outcome,
           "covariates": task.get("covariates"), "conditions": task.get("conditions") or [], "at": task.get("at"),
           "maximize": maximize(text, outcome), "question": task.get("question")}
    return out if keep_empty else {k: v for k, v in out.items() if v is not None or k in ("treatment", "outcome")}


def audit_task(an: Analysis, q: str) -> ParseOutcome:
    """Audit a language model's decisions: spec, attribute (treatment) and decision (outcome)."""
    task, ambiguous = audit_fields(an.text)
    task["question"] = q
    if ambiguous:
        msg = f"Which audit scenario fits: {' or '.join(ambiguous)}?"
        pending = Pending(awaiting="spec", options=ambiguous,
                          task={k: v for k, v in task.items() if v is not None and k != "spec"})
        return ParseOutcome(task=None, clarification=msg, pending=pending, confidence=0.4)
    missing = missing_fields(task)
    if missing:
        return ask_for(task, missing, an, q, options=[])
    return answered(task, 0.8, [], {})


_KIND_MODELS = {"ate": AteTask, "cate": CateTask, "mediation": MediationTask, "policy": PolicyTask}


def as_kind(task: dict, kind: str) -> dict:
    """The fields of `task` that a task of `kind` accepts (method reset: each kind has its own)."""
    allowed = set(_KIND_MODELS[kind].model_fields) - {"method"}
    out = {k: v for k, v in task.items() if k in allowed}
    out["kind"] = kind
    return out
