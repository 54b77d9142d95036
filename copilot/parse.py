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
`previous` turns follow-ups into edits of the previous task (`followup`); `pending` completes a
task after a clarifying question. `profile` may be a `copilot.data.DataProfile`, a list of column
names, or a list of {name, type, examples} dicts.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from copilot.task import Task, parse_task, task_to_dict
from copilot.understand.analysis import Analysis, analyze
from copilot.understand.base import Candidate, ParseOutcome, _incomplete
from copilot.understand.clarify import _answer_pending, _ask_reading
from copilot.understand.followup import _follow_up
from copilot.understand.guided import guided_task, supports_guided
from copilot.understand.interpret import _interpret
from copilot.understand.roles import role_votes
from copilot.understand.text import norm_phrase, stem


def parse_question(question: str, profile: Any = None, lm: Any = None, previous: Task | None = None,
                   pending: dict | None = None) -> ParseOutcome:
    """Understand one message: a new question, an answer to a clarifying question, or a follow-up."""
    q = (question or "").strip()
    if not q:
        return ParseOutcome(task=None, clarification="What would you like to know? For example: "
                            "'What is the effect of X on Y?'", confidence=0.0)
    if pending:
        answered = _answer_pending(q, pending, profile, lm)
        if answered is not None:
            return answered
    an = analyze(q, profile)
    if previous is not None:
        follow = _follow_up(q, an, previous, profile, lm)
        if follow is not None:
            return follow
    out = _interpret(an, lm, q)
    if supports_guided(lm) and out.task is not None and out.task.kind in {"ate", "cate", "mediation", "discover", "policy"}:
        guided = guided_task(lm, q, [c.name for c in an.columns])
        if guided is not None:
            return _reconcile(out, guided, an, q)
    return out


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
    if _incomplete(task):
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
    return _ask_reading(first, Candidate(task, 0.0, reading), an)


def _describe(task: dict) -> str:
    kind = task["kind"]
    if kind == "discover":
        return "the causal graph"
    head = {"ate": "the average effect", "cate": "how the effect varies", "mediation": "the part of the effect",
            "policy": "who should be treated"}.get(kind, kind)
    tail = f" through {task['mediator']}" if kind == "mediation" else ""
    return f"{head} of {task.get('treatment')} on {task.get('outcome')}{tail}"


__all__ = ["Candidate", "ParseOutcome", "analyze", "parse_question", "role_votes", "stem", "norm_phrase"]
