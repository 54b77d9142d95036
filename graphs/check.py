"""The check step: the understood task against the data, before any tool runs.

A web session's task is confined first (graphs/guard.py). Then a task that needs a table and has
none, or names a column the table lacks, leaves an open question (`Pending`) for the user's next
message; a task that cannot have an answer on these data (no contrast, one column in two roles)
becomes a friendly error. Otherwise the task is marked `checked` and goes on to its tool.
"""

import pandas as pd
from langchain_core.runnables import RunnableConfig

from copilot.errors import UserError
from copilot.task import parse_task, task_to_dict
from copilot.understand.base import Pending
from graphs.runtime import Runtime, progress_of

DATA_KINDS = {"discover", "ate", "cate", "policy", "mediation"}


def make_check(rt: Runtime):
    def check(state: dict, config: RunnableConfig | None = None) -> dict:
        """Task vs data: ask back for a missing table or column; refuse impossible contrasts."""
        progress_of(config)(0.15, "Checking the question against the data")
        task = parse_task(state["task"])
        if task.kind == "unsupported":
            return {"checked": True}
        confined = _confine(task, config)  # web sessions: only their files, bounded work
        if isinstance(confined, str):
            return {"error": confined}
        changed = {"task": task_to_dict(confined)} if confined is not task else {}
        task = confined
        data_ref = state.get("data_ref")
        if task.kind not in DATA_KINDS:
            return {**changed, "checked": True}
        if not data_ref:
            question = task.question or state.get("message", "")
            return {
                "pending": Pending(awaiting="data", task=state["task"], question=question).model_dump(mode="json"),
                "clarification": (
                    f"To answer this ({_KIND_WORDS[task.kind]}) I need a data table. Upload a CSV "
                    "(or pass one: `python -m copilot ask DATA.csv \"question\"`) and I'll run it."
                ),
            }
        try:
            frame = rt.get_frame(data_ref)
        except UserError as exc:
            return {"error": str(exc)}
        available = [str(c) for c in frame.columns]
        from copilot.data import closest_columns

        for name in task.columns():
            if name in available:
                continue
            options = closest_columns(name, available, n=3)
            role = _role_of(task, name)
            if options:
                listed = " or ".join(f"`{o}`" for o in options)
                text = f"I couldn't find a column called `{name}`{role} in the data. Did you mean {listed}? Reply with the column name."
            else:
                shown = ", ".join(f"`{c}`" for c in available[:15]) + (" …" if len(available) > 15 else "")
                text = f"I couldn't find a column called `{name}`{role} in the data. The columns are {shown}. Which one did you mean?"
            pending = Pending(awaiting="column", task=state["task"], missing=name, options=options, question=task.question)
            return {"pending": pending.model_dump(mode="json"), "clarification": text}
        problem = _contrast_problem(task, frame)
        if problem:
            return {"error": problem}
        return {**changed, "checked": True}

    return check


def _confine(task, config: RunnableConfig | None):
    """The task a web session may run (see graphs/guard.py), or the message refusing it.

    The CLI and the Python API pass no sandbox: their user is the machine's own user."""
    sandbox = ((config or {}).get("configurable") or {}).get("sandbox")
    if sandbox is None:
        return task
    from graphs.guard import confine

    try:
        return confine(task, sandbox)
    except UserError as exc:
        return str(exc)


_KIND_WORDS = {
    "discover": "learning a causal graph",
    "ate": "an average effect",
    "cate": "effects that vary across units",
    "policy": "a treatment policy",
    "mediation": "a mediation analysis",
}


def _role_of(task, name: str) -> str:
    for role in ("treatment", "outcome", "mediator", "instrument"):
        if getattr(task, role, None) == name:
            return f" (the {role})"
    if name in (getattr(task, "covariates", None) or []):
        return " (a covariate)"
    if name in (getattr(task, "modifiers", None) or []):
        return " (an effect modifier)"
    if any(c.column == name for c in getattr(task, "conditions", []) or []):
        return " (in a filter)"
    return ""


def _contrast_problem(task, frame: pd.DataFrame) -> str | None:
    """A friendly message when the task cannot have an answer on these data, else None."""
    from copilot.data import apply_conditions

    if task.kind not in {"ate", "cate", "mediation"}:
        return None
    roles = {"treatment": task.treatment, "outcome": task.outcome}
    if task.kind == "mediation":
        roles["mediator"] = task.mediator
    names = list(roles.values())
    if len(set(names)) < len(names):
        dup = next(n for n in names if names.count(n) > 1)
        which = [r for r, n in roles.items() if n == dup]
        return (f"`{dup}` is both the {' and the '.join(which)}. Pick different columns for these roles, "
                "e.g. 'effect of X on Y'.")
    try:
        rows = apply_conditions(frame, task.conditions)
    except UserError as exc:
        return str(exc)
    for role, name in roles.items():
        values = rows[name].dropna()
        if values.nunique() < 2:
            only = values.iloc[0] if len(values) else "missing"
            where = " after the filters" if task.conditions else ""
            return (f"The {role} `{name}` has the same value ({only}) in every row{where}, so there is no contrast "
                    f"to estimate. Choose a {role} that varies" + (", or loosen the filters." if task.conditions else "."))
    from copilot.data import effect_data_problem

    return effect_data_problem(rows, task.treatment, task.outcome)
