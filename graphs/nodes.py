"""The agent's steps. Each node takes the state and returns the fields it changes.

understand: message (+ data profile, previous task, open question) -> task or a question back
check:      task vs data (columns exist, a table is there when needed, treatment varies)
run_tool:   the task's tool; every error becomes a friendly message, never an exception
explain:    numbers-first text (optionally an LM paraphrase that passes the number check)
"""

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from langchain_core.runnables import RunnableConfig
from pydantic import ValidationError

from copilot.errors import UserError
from copilot.task import parse_task, task_to_dict

log = logging.getLogger(__name__)

DATA_KINDS = {"discover", "ate", "cate", "policy", "mediation"}
ProgressFn = Callable[[float, str], None]


@dataclass
class Runtime:
    """What the nodes need that is not conversation state: the LM, the tables, the tools."""

    get_lm: Callable[[], Any]  # returns a LanguageModel or None (structural parsing only)
    get_frame: Callable[[str], pd.DataFrame]  # data_ref -> table (raises UserError if gone)
    use_lm_for_explanation: bool = False
    profiles: dict[str, Any] = field(default_factory=dict)  # data_ref -> DataProfile cache
    execute: Callable[[Any, Any], Any] | None = None  # runs a tool (e.g. in a killable worker); None = in-process

    def profile(self, data_ref: str | None):
        if not data_ref:
            return None
        if data_ref not in self.profiles:
            from copilot.data import profile

            self.profiles[data_ref] = profile(self.get_frame(data_ref))
        return self.profiles[data_ref]


def _progress(config: RunnableConfig | None) -> ProgressFn:
    fn = ((config or {}).get("configurable") or {}).get("progress")
    if fn is None:
        return lambda frac, msg: None

    def safe(frac: float, msg: str) -> None:
        try:
            fn(frac, msg)
        except Exception:  # a broken progress bar must not break the answer
            log.debug("progress callback failed", exc_info=True)

    return safe


def _user_message(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# ----------------------------------------------------------------------------- understand


def _replace_name(obj: Any, old: str, new: str) -> Any:
    """Replace a column name everywhere it appears in a task JSON (strings, lists, conditions)."""
    if isinstance(obj, str):
        return new if obj == old else obj
    if isinstance(obj, list):
        return [_replace_name(x, old, new) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_replace_name(x, old, new) for x in obj)
    if isinstance(obj, dict):
        return {k: (v if k in {"question", "kind", "method", "op", "value"} else _replace_name(v, old, new)) for k, v in obj.items()}
    return obj


def resolve_column_reply(message: str, options: list[str], available: list[str]) -> str | None:
    """The column a reply to "did you mean …?" names, or None if it names none.

    Accepts the exact name, the name in other spelling/case, "yes" (first option), an option's
    number ("2"), or a reply that contains exactly one column name.
    """
    from copilot.data import closest_columns, normal_name

    text = message.strip().strip("`'\".!?")
    if not text:
        return None
    low = text.lower()
    if options and low in {"yes", "y", "yes please", "yep", "correct", "right", "that one", "sure", "ok", "okay"}:
        return options[0]
    if low.isdigit() and 1 <= int(low) <= len(options):
        return options[int(low) - 1]
    key = normal_name(text)
    for name in options + available:
        if normal_name(name) == key:
            return name
    # "I meant income" / "use `income` please": one column name inside the reply
    words = set(re.findall(r"[a-z0-9]+", low))
    inside = [
        name for name in available
        if (normal_name(name) and re.search(rf"(?<![a-z0-9]){re.escape(name.lower())}(?![a-z0-9])", low))
        or (normal_name(name) in words)
    ]
    inside = list(dict.fromkeys(inside))
    if len(inside) == 1:
        return inside[0]
    if len(key) >= 3 and len(text.split()) <= 3:
        close = closest_columns(text, available, n=1)
        if close:
            return close[0]
    return None


def make_understand(rt: Runtime):
    def understand(state: dict, config: RunnableConfig | None = None) -> dict:
        progress = _progress(config)
        message = state.get("message") or ""
        history = [{"role": "user", "content": message}] if message else []

        if state.get("direct_task") is not None:
            try:
                task = parse_task(state["direct_task"])
            except ValidationError as exc:
                first = exc.errors()[0]
                where = ".".join(str(p) for p in first.get("loc", ()))
                return {
                    "error": f"The edited task is not valid: {where}: {first.get('msg')}. Fix that field and run it again.",
                    "route": "fail",
                    "direct_task": None,
                    "history": history,
                }
            as_dict = task_to_dict(task)
            keep = {"last_task": as_dict} if task.kind != "unsupported" else {}
            return {"task": as_dict, **keep, "pending": None, "repair": None, "route": "check", "understood": True,
                    "direct_task": None, "history": history, "confidence": 1.0}

        if not message.strip():
            return {"clarification": "What would you like to know? Ask a causal question about your data.",
                    "route": "clarify", "history": history}

        progress(0.05, "Understanding the question")
        data_ref = state.get("data_ref")
        try:
            profile = rt.profile(data_ref)
        except UserError as exc:
            return {"error": str(exc), "route": "fail", "history": history}
        available = profile.names() if profile is not None else []

        # An open question from the check step ("did you mean …?", "please upload a table")?
        repair = state.get("repair")
        if repair:
            try:
                resolved = _resume_repair(repair, message, profile, available, rt)
            except Exception as exc:  # an unusable reply: treat the message as a new question
                log.warning("could not resume the open question: %r", exc)
                resolved = None
            if resolved is not None:
                return {**resolved, "history": history}

        from copilot.parse import parse_question

        previous = None
        if state.get("last_task"):
            try:
                previous = parse_task(state["last_task"])
            except ValidationError:
                previous = None
        try:
            lm = rt.get_lm()
            outcome = parse_question(message, profile, lm, previous, state.get("pending"))
        except UserError as exc:
            return {"error": str(exc), "route": "fail", "history": history}
        except Exception as exc:  # never crash the conversation
            log.warning("parser failed: %s", exc); log.debug("parser traceback", exc_info=True)
            return {"error": f"I could not understand the question ({_user_message(exc)}). Try rephrasing it, "
                             "e.g. 'What is the effect of X on Y?'.",
                    "route": "fail", "history": history}

        update: dict[str, Any] = {
            "mentions": dict(outcome.mentions or {}),
            "alternatives": list(outcome.alternatives or []),
            "confidence": outcome.confidence,
            "repair": None,
            "history": history,
        }
        if outcome.task is None:
            update.update({
                "pending": outcome.pending,
                "clarification": outcome.clarification or "Could you say which variables you mean?",
                "route": "clarify",
            })
            return update
        task = outcome.task
        if task.question is None:
            task = task.model_copy(update={"question": message})
        as_dict = task_to_dict(task)
        if task.kind != "unsupported":
            update["last_task"] = as_dict
        update.update({"task": as_dict, "pending": None, "route": "check", "understood": True})
        return update

    return understand


def _resume_repair(repair: dict, message: str, profile, available: list[str], rt: Runtime) -> dict | None:
    """Apply the answer to the check step's open question, or None to parse the message afresh."""
    if repair.get("need") == "column" and available:
        chosen = resolve_column_reply(message, list(repair.get("options") or []), available)
        if chosen is None:
            return None
        task = _replace_name(repair["task"], repair["missing"], chosen)
        return {"task": task, "last_task": task, "repair": None, "pending": None, "route": "check", "understood": True,
                "mentions": {repair["missing"]: chosen}}
    if repair.get("need") == "data" and profile is not None:
        # The table has arrived: understand the original question again, now against its columns,
        # unless the new message is itself a full question (then it is parsed normally).
        from copilot.parse import parse_question

        lm = rt.get_lm()
        fresh = parse_question(message, profile, lm, None, None)
        if fresh.task is not None and fresh.task.kind != "unsupported":
            return None
        outcome = parse_question(repair.get("question") or "", profile, lm, None, None)
        if outcome.task is None:
            return {"pending": outcome.pending, "clarification": outcome.clarification, "route": "clarify",
                    "repair": None}
        task = outcome.task
        if task.question is None:
            task = task.model_copy(update={"question": repair.get("question")})
        as_dict = task_to_dict(task)
        return {"task": as_dict, "last_task": as_dict, "repair": None, "pending": None, "route": "check",
                "understood": True, "mentions": dict(outcome.mentions or {}), "confidence": outcome.confidence}
    return None


# ----------------------------------------------------------------------------- check


def make_check(rt: Runtime):
    def check(state: dict, config: RunnableConfig | None = None) -> dict:
        """Task vs data: ask back for a missing table or column; refuse impossible contrasts."""
        _progress(config)(0.15, "Checking the question against the data")
        task = parse_task(state["task"])
        if task.kind == "unsupported":
            return {"route": "explain"}
        confined = _confine(task, config)  # web sessions: only their files, bounded work
        if isinstance(confined, str):
            return {"error": confined, "route": "fail"}
        changed = {"task": task_to_dict(confined)} if confined is not task else {}
        task = confined
        data_ref = state.get("data_ref")
        if task.kind not in DATA_KINDS:
            return {**changed, "route": "run"}
        if not data_ref:
            return {
                "repair": {"need": "data", "task": state["task"], "question": task.question or state.get("message", "")},
                "clarification": (
                    f"To answer this ({_KIND_WORDS[task.kind]}) I need a data table. Upload a CSV "
                    "(or pass one: `python -m copilot ask DATA.csv \"question\"`) and I'll run it."
                ),
                "route": "clarify",
            }
        try:
            frame = rt.get_frame(data_ref)
        except UserError as exc:
            return {"error": str(exc), "route": "fail"}
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
            return {
                "repair": {"need": "column", "task": state["task"], "missing": name, "options": options,
                           "question": task.question},
                "clarification": text,
                "route": "clarify",
            }
        problem = _contrast_problem(task, frame)
        if problem:
            return {"error": problem, "route": "fail"}
        return {**changed, "route": "run"}

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
        progress = _progress(config)
        task = parse_task(state["task"])
        progress(0.3, f"Running {_TOOL_WORDS.get(task.kind, task.kind)}")
        try:
            frame = rt.get_frame(state["data_ref"]) if state.get("data_ref") else None
            result = (rt.execute or run_tool_for)(task, frame)
        except UserError as exc:
            return {"error": str(exc), "route": "fail"}
        except ImportError as exc:
            log.warning("tool %s missing: %s", task.kind, exc)
            return {"error": f"The {_TOOL_WORDS.get(task.kind, task.kind)} tool is not available in this "
                             f"installation ({exc}). Reinstall the project (`make install`).", "route": "fail"}
        except Exception as exc:  # a bug or library failure: say so, keep the conversation alive
            log.warning("tool %s failed: %r", task.kind, exc); log.debug("tool traceback", exc_info=True)
            return {
                "error": (
                    f"The {_TOOL_WORDS.get(task.kind, task.kind)} step failed ({_user_message(exc)}). "
                    "This is likely a problem with the data for this method: try fewer columns, another "
                    "method in the task JSON, or check for odd values."
                ),
                "route": "fail",
            }
        progress(0.9, "Explaining the result")
        return {"result": result.model_dump(mode="json"), "route": "explain"}

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
            text = f"The result was computed but could not be explained ({_user_message(exc)}); see the JSON."
        if task.kind != "unsupported":
            text += f"\n\n_Understood as: {describe_task(task)}._"
        _progress(config)(1.0, "Done")
        return {"explanation": text, "route": "done", "history": [{"role": "assistant", "content": text}]}

    return explain_node


def clarify(state: dict, config: RunnableConfig | None = None) -> dict:
    _progress(config)(1.0, "Waiting for your answer")
    text = state.get("clarification") or "Could you say that another way?"
    return {"explanation": text, "history": [{"role": "assistant", "content": text}]}


def fail(state: dict, config: RunnableConfig | None = None) -> dict:
    """A friendly reply for an error; the thread's task stays so the user can fix and retry."""
    _progress(config)(1.0, "Stopped")
    message = state.get("error") or "Something went wrong."
    text = f"**I couldn't answer that.** {message}"
    return {"explanation": text, "history": [{"role": "assistant", "content": text}]}


def route(state: dict) -> str:
    return state.get("route") or "fail"
