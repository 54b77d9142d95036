"""The agent's steps. Each node takes the state and returns the fields it changes; where the turn
goes next is decided by `graphs.graph.route` from those fields, never by the nodes.

understand: message (+ data profile, previous task, open question) -> task, or a question back
check:      task vs data (graphs/check.py)
run_tool:   the task's tool; every error becomes a friendly message, never an exception
explain:    numbers-first text (optionally an LM paraphrase that passes the number check)
clarify:    the question back; its `Pending` stays in the state for the next message
fail:       the error as a friendly reply
"""

import logging
from typing import Any

import pandas as pd
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from copilot.errors import UserError
from copilot.task import parse_task, task_to_dict
from graphs.runtime import Runtime, progress_of, user_message

log = logging.getLogger(__name__)


# ----------------------------------------------------------------------------- understand


def make_understand(rt: Runtime):
    def understand(state: dict, config: RunnableConfig | None = None) -> dict:
        """The message as a task, or a question back (`clarification` + `pending`), or an `error`.

        A reply to the open question (`pending`, the parser's or the check step's) is read by the
        parser's one answer path (`copilot.parse.answer_pending`); an answered or new task clears it."""
        progress = progress_of(config)
        message = state.get("message") or ""
        history = [{"role": "user", "content": message}] if message else []

        if state.get("direct_task") is not None:
            try:
                task = parse_task(state["direct_task"])
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                return {"error": f"The edited task is not valid: {where}: {first.get('msg')}. Fix that field and run it again.",
                        "direct_task": None, "history": history}
            as_dict = task_to_dict(task)
            keep = {"last_task": as_dict} if task.kind != "unsupported" else {}
            return {"task": as_dict, **keep, "pending": None, "understood": True, "direct_task": None,
                    "history": history, "confidence": 1.0}

        if not message.strip():
            return {"clarification": "What would you like to know? Ask a causal question about your data.",
                    "history": history}

        progress(0.05, "Understanding the question")
        try:
            profile = rt.profile(state.get("data_ref"))
        except UserError as exc:
            return {"error": str(exc), "history": history}

        from copilot.parse import parse_question

        previous = None
        if state.get("last_task"):
            try:
                previous = parse_task(state["last_task"])
            except ValidationError:
                previous = None
        pending = state.get("pending")
        try:
            lm = rt.get_lm()
            outcome = parse_question(message, profile, lm, previous, pending)
        except UserError as exc:
            return {"error": str(exc), "history": history}
        except Exception as exc:  # never crash the conversation
            log.warning("parser failed: %s", exc); log.debug("parser traceback", exc_info=True)
            return {"error": f"I could not understand the question ({user_message(exc)}). Try rephrasing it, "
                             "e.g. 'What is the effect of X on Y?'.", "history": history}

        update: dict[str, Any] = {
            "mentions": dict(outcome.mentions or {}),
            "alternatives": list(outcome.alternatives or []),
            "confidence": outcome.confidence,
            "history": history,
        }
        if outcome.task is None:
            update.update({
                "pending": outcome.pending.model_dump(mode="json") if outcome.pending is not None else None,
                "clarification": outcome.clarification or "Could you say which variables you mean?",
            })
            return update
        task = outcome.task
        if task.question is None and not pending:  # an answer keeps the question it completes
            task = task.model_copy(update={"question": message})
        as_dict = task_to_dict(task)
        if task.kind != "unsupported":
            update["last_task"] = as_dict
        update.update({"task": as_dict, "pending": None, "understood": True})
        return update

    return understand


# ----------------------------------------------------------------------------- run tool


def run_tool_for(task, frame: pd.DataFrame | None):
    """Dispatch a task to its tool (imports lazily: each tool pulls in heavy libraries)."""
    kind = task.kind
    if kind == "discover":
        from tools.discovery import run
    elif kind == "ate":
        from tools.effects import run
    elif kind == "cate":
        from tools.cate import run
    elif kind == "policy":
        from tools.policy import run
    elif kind == "mediation":
        from tools.mediation import run
    elif kind == "relation":
        from tools.relations import run
    elif kind == "generate":
        from tools.sdscm import run
    elif kind == "audit":
        from tools.sdscm.audit import run
    else:
        raise UserError(f"There is no tool for '{kind}' tasks.")
    return run(task, frame)


_TOOL_WORDS = {
    "discover": "causal discovery", "ate": "effect estimation", "cate": "heterogeneous-effect estimation",
    "policy": "policy learning",
    "mediation": "mediation analysis", "relation": "causal reasoning", "generate": "SD-SCM generation",
    "audit": "language-model audit",
}


def make_run_tool(rt: Runtime):
    def run_tool(state: dict, config: RunnableConfig | None = None) -> dict:
        progress = progress_of(config)
        task = parse_task(state["task"])
        progress(0.3, f"Running {_TOOL_WORDS.get(task.kind, task.kind)}")
        try:
            frame = rt.get_frame(state["data_ref"]) if state.get("data_ref") else None
            result = (rt.execute or run_tool_for)(task, frame)
        except UserError as exc:
            return {"error": str(exc)}
        except ImportError as exc:
            log.warning("tool %s missing: %s", task.kind, exc)
            return {"error": f"The {_TOOL_WORDS.get(task.kind, task.kind)} tool is not available in this "
                             f"installation ({exc}). Reinstall the project (`make install`)."}
        except Exception as exc:  # a bug or library failure: say so, keep the conversation alive
            log.warning("tool %s failed: %r", task.kind, exc); log.debug("tool traceback", exc_info=True)
            return {
                "error": (
                    f"The {_TOOL_WORDS.get(task.kind, task.kind)} step failed ({user_message(exc)}). "
                    "This is likely a problem with the data for this method: try fewer columns, another "
                    "method in the task JSON, or check for odd values."
                ),
            }
        progress(0.9, "Explaining the result")
        return {"result": result.model_dump(mode="json")}

    return run_tool


# ----------------------------------------------------------------------------- explain / reply


def describe_task(task) -> str:
    """One line saying how the question was understood (so a wrong parse is easy to spot)."""
    k = task.kind
    if k in {"ate", "cate", "mediation"}:
        text = {"ate": "average effect", "cate": "heterogeneous effect", "mediation": "mediation"}[k]
        text += f" of `{task.treatment}` on `{task.outcome}`"
        if k == "mediation":
            text += f" through `{task.mediator}`"
        if k == "cate" and task.modifiers:
            text += " by " + ", ".join(f"`{m}`" for m in task.modifiers)
        if task.covariates is not None:
            text += ", adjusting for " + (", ".join(f"`{c}`" for c in task.covariates) or "nothing")
        if task.conditions:
            text += ", among rows where " + " and ".join(f"`{c.column}` {c.op} {c.value}" for c in task.conditions)
        return text
    if k == "discover":
        return "causal discovery over " + (", ".join(f"`{v}`" for v in task.variables) if task.variables else "all columns")
    if k == "relation":
        return f"does the hypothesis “{task.hypothesis}” follow from the stated correlations"
    if k == "generate":
        return f"generate data from the SD-SCM `{task.spec}`"
    if k == "audit":
        return f"audit of `{task.model or 'the default model'}`: effect of `{task.treatment}` on `{task.outcome}` in the SD-SCM `{task.spec}`"
    return k


def make_explain(rt: Runtime):
    def explain_node(state: dict, config: RunnableConfig | None = None) -> dict:
        from copilot.explain import explain, explain_with_lm
        from copilot.results import parse_result

        task = parse_task(state["task"])
        result = parse_result(state["result"]) if state.get("result") else None
        try:
            if rt.use_lm_for_explanation and result is not None:
                text, _ = explain_with_lm(task, result, rt.get_lm())
            else:
                text = explain(task, result)
        except Exception as exc:  # explanation must never lose a computed result
            log.warning("explanation failed: %r", exc); log.debug("explain traceback", exc_info=True)
            text = f"The result was computed but could not be explained ({user_message(exc)}); see the JSON."
        if task.kind != "unsupported":
            text += f"\n\n_Understood as: {describe_task(task)}._"
        progress_of(config)(1.0, "Done")
        return {"explanation": text, "history": [{"role": "assistant", "content": text}]}

    return explain_node


def clarify(state: dict, config: RunnableConfig | None = None) -> dict:
    progress_of(config)(1.0, "Waiting for your answer")
    text = state.get("clarification") or "Could you say that another way?"
    return {"explanation": text, "history": [{"role": "assistant", "content": text}]}


def fail(state: dict, config: RunnableConfig | None = None) -> dict:
    """A friendly reply for an error; the thread's task stays so the user can fix and retry."""
    progress_of(config)(1.0, "Stopped")
    message = state.get("error") or "Something went wrong."
    text = f"**I couldn't answer that.** {message}"
    return {"explanation": text, "history": [{"role": "assistant", "content": text}]}
