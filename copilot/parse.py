"""Question -> task JSON: the entry point. The pieces live in `copilot.understand`.

Order of evidence (each a module of `copilot/understand/`):
1. `evidence`: exact column identifiers (any case; quotes, backticks, parentheses; snake/camel/dotted)
   bind first and are never outvoted; a paraphrase beside one is the same variable.
2. `analysis`, `roles`, `cues`: mentions, row conditions and the skeleton of the question; role
   patterns vote for treatment / outcome / mediator / modifier / covariate; kind cues.
3. `ground`: phrases in a role slot that name no column are grounded by the language model over
   the columns plus "none" (constrained choice); bound only on a clear choice, else asked.
4. `interpret` builds candidate tasks; `assemble` adds instrument, estimand, `at`, policy; `kind`
   (a learned model) gives a second opinion and a confident disagreement becomes a question naming
   both readings (`clarify`); `lmtie` lets the model break direction ties.
5. With an OpenAI-compatible server, `guided` fills the task by JSON-schema-guided decoding and
   structure checks it (`_reconcile`).
`previous` turns follow-ups into edits of the previous task (`followup`); `pending` (a
`Pending`: the question we asked, the parser's or the agent's check step's) is answered first, by
`answer_pending`, the one path for every reply. `profile` may be a `copilot.data.DataProfile`, a
list of column names, or a list of {name, type, examples} dicts.
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError

from copilot.task import Task, parse_task, task_to_dict
from copilot.understand.analysis import Analysis, analyze
from copilot.understand.base import Candidate, ParseOutcome, Pending, missing_fields
from copilot.understand.clarify import ask_reading, answer_field
from copilot.understand.column_reply import answer_column
from copilot.understand.followup import follow_up
from copilot.understand.guided import guided_task, supports_guided
from copilot.understand.interpret import interpret_question
from copilot.understand.roles import role_votes
from copilot.understand.text import norm_phrase, restore_apostrophes, stem

log = logging.getLogger(__name__)


def parse_question(question: str, profile: Any = None, lm: Any = None, previous: Task | None = None,
                   pending: Pending | dict | None = None) -> ParseOutcome:
    """Understand one message: a new question, an answer to a clarifying question, or a follow-up.

    `pending` may be the JSON of a `Pending` (as the agent's state stores it)."""
    q = restore_apostrophes((question or "").strip())
    if not q:
        return ParseOutcome(task=None, clarification="What would you like to know? For example: "
                            "'What is the effect of X on Y?'", confidence=0.0)
    if pending:
        answered = answer_pending(q, Pending.model_validate(pending), profile, lm)
        if answered is not None:
            return answered
    an = analyze(q, profile)
    if previous is not None:
        follow = follow_up(q, an, previous, profile, lm)
        if follow is not None:
            return follow
    out = interpret_question(an, lm, q)
    if supports_guided(lm) and out.task is not None and out.task.kind in {"ate", "cate", "mediation", "discover", "policy"}:
        guided = guided_task(lm, q, [c.name for c in an.columns])
        if guided is not None:
            return _reconcile(out, guided, an, q)
    return out


def answer_pending(reply: str, pending: Pending, profile: Any, lm: Any) -> ParseOutcome | None:
    """Read the reply to the question we asked: the completed task, the next question, or None when
    the reply is a new question (it is then parsed as one). A reply that cannot be read is a new
    question too: the conversation goes on rather than stopping at our own question."""
    try:
        if pending.awaiting == "column":
            return answer_column(reply, pending, profile)
        if pending.awaiting == "data":
            return _answer_with_table(reply, pending, profile, lm)
        return answer_field(reply, pending, profile, lm)
    except Exception as exc:  # noqa: BLE001
        log.warning("could not read the reply to the open question: %r", exc)
        return None


def _answer_with_table(reply: str, pending: Pending, profile: Any, lm: Any) -> ParseOutcome | None:
    """The table has arrived: read the original question again, now against its columns, unless the
    new message is itself a full question (None: it is parsed as one)."""
    if profile is None:
        return None
    fresh = parse_question(reply, profile, lm)
    if fresh.task is not None and fresh.task.kind != "unsupported":
        return None
    outcome = parse_question(pending.question or "", profile, lm)
    if outcome.task is not None and outcome.task.question is None:
        outcome.task = outcome.task.model_copy(update={"question": pending.question})
    return outcome


def _reconcile(out: ParseOutcome, guided: dict, an: Analysis, q: str) -> ParseOutcome:
    """Structure checks the server's guided reading: agreement or exact identifiers keep the structural
    task (it carries more fields); otherwise ask which of the two readings was meant."""
    mine = task_to_dict(out.task)
    roles = ("kind", "treatment", "outcome", "mediator")
    if all(mine.get(f) == guided.get(f) for f in roles if f != "mediator" or mine["kind"] == "mediation"):
        return out
    exact = {m.column for m in an.mentions if m.column and m.score >= 0.97}
    if mine.get("treatment") in exact and mine.get("outcome") in exact or mine["kind"] == "discover" and \
            guided["kind"] == "discover":
        return out
    keep = {"ate": ("instrument", "estimand", "covariates"), "cate": ("covariates",), "policy": ("covariates",),
            "mediation": ("mediator", "covariates"), "discover": ()}.get(guided["kind"], ())
    task = {"kind": guided["kind"], "question": q, **{k: guided.get(k) for k in keep if guided.get(k) not in (None, [])}}
    if guided["kind"] != "discover":
        task.update(treatment=guided.get("treatment"), outcome=guided.get("outcome"))
    if missing_fields(task):
        return out
    try:
        parse_task(task)
    except ValidationError:
        return out
    reading = {"ate": "the average effect", "cate": "how the effect varies", "mediation": "the mediated part of the effect",
               "policy": "who should be treated", "discover": "the causal graph"}[guided["kind"]]
    if guided["kind"] != "discover":
        reading += f" of {task['treatment']} on {task['outcome']}"
    first = Candidate(mine, out.confidence, _describe(mine))
    return ask_reading(first, Candidate(task, 0.0, reading), an)


def _describe(task: dict) -> str:
    kind = task["kind"]
    if kind == "discover":
        return "the causal graph"
    head = {"ate": "the average effect", "cate": "how the effect varies", "mediation": "the part of the effect",
            "policy": "who should be treated"}.get(kind, kind)
    tail = f" through {task['mediator']}" if kind == "mediation" else ""
    return f"{head} of {task.get('treatment')} on {task.get('outcome')}{tail}"


__all__ = ["Candidate", "ParseOutcome", "Pending", "analyze", "answer_pending", "parse_question", "role_votes", "stem",
           "norm_phrase"]
