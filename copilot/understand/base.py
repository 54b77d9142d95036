"""What the parser returns (`ParseOutcome`), the open question it may leave (`Pending`), candidate
readings, and the required fields per kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field, ValidationError

from copilot.task import parse_task, Task


class Pending(BaseModel):
    """A question we asked the user, and how the reply completes the task.

    The one ask-back record: the parser leaves one for a missing role, an SD-SCM spec or two
    readings; the agent's check step leaves one for a column that is not in the data or a table
    that is not there yet. The agent keeps it (as JSON) in the thread's state until the next
    message, and `copilot.parse.answer_pending` reads every reply to it.
    """

    awaiting: str  # what the reply supplies: a task field ("treatment", "outcome", "mediator", "spec"),
    #   "reading" (one of `readings`), "column" (the column meant by `missing`) or "data" (a table)
    task: dict = Field(default_factory=dict)  # the task so far (partial while a field is awaited)
    options: list[str] = Field(default_factory=list)  # choices offered, in the order shown ("2" = the second)
    readings: list[dict] = Field(default_factory=list)  # "reading": the task each option stands for
    missing: str | None = None  # "column": the name in `task` that the chosen column replaces
    question: str | None = None  # the user's question that led here


class ParseOutcome(BaseModel):
    """What the parser understood; `task` is None when it must ask back first (`pending`)."""

    task: Task | None = None
    clarification: str | None = None
    pending: Pending | None = None
    confidence: float = 1.0
    alternatives: list[dict] = Field(default_factory=list)
    mentions: dict[str, str] = Field(default_factory=dict)
    features: dict[str, float] = Field(default_factory=dict, exclude=True)  # kind-model inputs (for training)
    gate: dict[str, float] = Field(default_factory=dict, exclude=True)  # gate-model inputs (for training)


def text_has(rx: str, text: str) -> bool:
    return re.search(rx, text) is not None


@dataclass
class Candidate:
    task: dict
    score: float
    reading: str  # plain-English reading, for the LM and the UI


_REQUIRED = {"ate": ("treatment", "outcome"), "cate": ("treatment", "outcome"), "policy": ("treatment", "outcome"),
             "audit": ("treatment", "spec"),
             "mediation": ("treatment", "outcome", "mediator"), "generate": ("spec",)}


QUESTION_FOR = {
    "treatment": "Which variable is the treatment (the cause you want the effect of)?",
    "outcome": "Which variable is the outcome (the thing that might be affected)?",
    "mediator": "Which variable is the mediator (the step in between)?",
    "spec": "Which SD-SCM should I sample from? (confounder, collider, mediator, instrument, modifier, or a spec path)",
}


POLICY_QUESTION = {"treatment": "Which treatment should the policy assign?",
                    "outcome": "Which outcome should the policy improve (and should it be large or small)?"}


AUDIT_QUESTION = {"treatment": "Which attribute should the audit change (e.g. race, gender, age)?",
                   "spec": "Which audit scenario: clinical, hiring or demand?",
                   "outcome": "Which decision of the language model should the audit measure (e.g. a recommended "
                              "therapy, a hiring decision, a quoted price, an essay grade)?"}


def missing_fields(task: dict) -> list[str]:
    required = _REQUIRED.get(task["kind"], ())
    if task["kind"] == "audit" and task.get("spec") == "decision":
        required += ("outcome",)  # the generic spec audits the decision the question names; none named, ask it
    return [f for f in required if not task.get(f)]


def answered(task: dict, confidence: float, alternatives: list[dict], mentions: dict) -> ParseOutcome:
    clean = {k: v for k, v in task.items() if not k.startswith("_")}
    try:
        parsed = parse_task(clean)
    except ValidationError as exc:  # a bug, but the user gets a question instead of a crash
        return ParseOutcome(task=None, clarification=f"I could not build a valid task ({exc.errors()[0]['msg']}). "
                            "Could you rephrase, naming the treatment and the outcome?", confidence=0.0)
    return ParseOutcome(task=parsed, confidence=confidence, alternatives=alternatives,
                        mentions={k: v for k, v in mentions.items() if v})
