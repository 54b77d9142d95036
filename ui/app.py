"""The Gradio app: chat with your data, see the task it understood, the numbers and the pictures.

`build_app(copilot=None) -> gr.Blocks` builds the page; `launch(app, host, port)` serves it with the
theme and style below (`python -m ui` does both). Everything the page does goes through
`graphs.agent.Copilot`; this module only moves data between the browser and the agent.

Isolation: each browser session gets a `Session` (in `gr.State`) with its own thread id and its own
temporary folder. Uploads, figures and downloads are copied into that folder, so one session never
sees another's files; the folder is deleted when the session ends or stays idle past
$COPILOT_SESSION_IDLE_MINUTES. Every question runs with the session's `Sandbox` (copilot/safety.py): a
task may name only the session's uploads and the bundled specs, writes only inside the session's
folder, and stays within the operator's limits; Cancel kills the running tool (graphs/worker.py).
"""

from __future__ import annotations

import html
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import quote

import gradio as gr
import pandas as pd

from copilot.data import load_table, max_file_mb, profile, size_over_limit
from copilot.errors import UserError
from copilot.safety import NO_MODEL_NAMES, check_model_name, sanitize
from ui import sessions as _sessions
from ui.sessions import (  # noqa: F401 - the page's session API, re-exported
    LIVE,
    Session,
    _DROP_HOOKS,
    _other_sessions_file,
    default_model,
    discard_upload,
    drop_session,
    gradio_cache_dir,
    idle_minutes,
    new_session,
    start_sweeper,
    sweep_idle,
)

log = logging.getLogger(__name__)

EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"
UPLOAD_TYPES = [".csv", ".tsv", ".txt", ".tab", ".gz", ".parquet", ".pq", ".xlsx"]

# Label shown in the settings panel -> model name for `Copilot(lm=...)`.
MODEL_CHOICES = {
    "Embedded · Qwen2.5-Coder-0.5B (default)": "qwen2.5-0.5b",
    "Embedded · SmolLM2-135M (smallest)": "smollm2",
    "No model · rule-based parser only": "none",
    "OpenAI-compatible server": "openai",
}
SERVER_MODEL = "Server's model · "  # + the operator's configured model when it is none of the above

# One-click examples: (button label, file or None, question).
EXAMPLES: list[tuple[str, str | None, str]] = [
    ("Job training → earnings (ATE)", "job_training.csv", "What is the effect of training on earnings?"),
    ("Coupon → spend by member (CATE)", "coupon_uplift.csv", "How does the effect of coupon on spend vary by member?"),
    ("Exercise → blood pressure via fitness (mediation)", "exercise_mediation.csv",
     "How much of the effect of exercise on blood_pressure goes through fitness?"),
    ("Sales drivers (causal graph)", "sales_discovery.csv", "What is the causal graph of these variables?"),
    ("Correlations → causation? (no data)", None,
     "A correlates with B. B correlates with C. A is independent of C. Does A directly cause B?"),
]

WELCOME = (
    "Hi! I'm a causal-analysis copilot. **Upload a CSV** (or pick an example on the left), then ask "
    "a question in plain words, for example:\n\n"
    "- *What is the effect of training on earnings?*\n"
    "- *Does the effect vary by age?* (a follow-up)\n"
    "- *How much of the effect goes through fitness?*\n"
    "- *What is the causal graph of these variables?*\n\n"
    "Each answer shows the task I understood (editable under **Task JSON**), the numbers, and the pictures."
)


# ----------------------------------------------------------------------------- copilots


class Copilots:
    """One `Copilot` per model name, shared by all sessions (threads keep conversations apart)."""

    def __init__(self, given: Any | None = None):
        self._given = given
        self._by_name: dict[str, Any] = {}
        self._lock = threading.Lock()

    def all(self) -> list:
        with self._lock:
            return [c for c in [self._given, *self._by_name.values()] if c is not None]

    def forget(self, session: Session) -> None:
        """A dropped session's threads and tables leave every agent."""
        for copilot in self.all():
            if hasattr(copilot, "forget"):
                copilot.forget(f"{session.id}-", prefix=True)  # every thread the session had

    def get(self, model: str):
        from graphs.agent import Copilot

        key = model.strip().lower()
        if self._given is not None and key in {"given", default_model().lower()}:
            return self._given
        with self._lock:
            if key not in self._by_name:
                self._by_name[key] = Copilot(lm=None if key in NO_MODEL_NAMES else model)
            return self._by_name[key]

    def preload(self, model: str) -> None:
        """Load a model in the background so the first question does not wait for it."""

        def work() -> None:
            try:
                self.get(model).load()
            except Exception as exc:  # reported to the user on their first question instead
                log.warning("could not preload model %s: %s", model, exc)

        threading.Thread(target=work, name="copilot-preload", daemon=True).start()


# ----------------------------------------------------------------------------- data


def _profile_rows(df: pd.DataFrame) -> list[list[Any]]:
    rows = []
    for c in profile(df).columns:
        missing = f"{c.missing_share:.0%}" if c.missing_share else "–"
        rows.append([c.name, c.type, c.n_distinct, missing, ", ".join(c.examples[:3])])
    return rows


def human_size(mb: float) -> str:
    """0.054 -> '54 KB', 12.34 -> '12.3 MB' (so a file just over a small limit does not read as equal to it)."""
    return f"{mb * 1000:.3g} KB" if mb < 1 else f"{mb:.3g} MB"


def check_upload_size(path: str | Path) -> None:
    """Refuse a file over the size limit from its size on disk, before any parsing."""
    over = size_over_limit(path)
    if over:
        size_mb, limit = over
        raise UserError(
            f"The file '{Path(path).name}' is {human_size(size_mb)}, over the {human_size(limit)} limit, so I did not open it.",
            "Upload a sample of the rows or only the columns you need (or raise $COPILOT_MAX_FILE_MB).",
        )


def attach_data(session: Session, path: str | Path, name: str | None = None) -> tuple[str, list[list[Any]]]:
    """Copy a table into the session's folder, load and profile it; returns (summary, column rows).

    Raises UserError for a file that is too large (checked before parsing) or unreadable.
    """
    source = Path(path)
    check_upload_size(source)
    name = name or source.name
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "data.csv"
    folder = session.dir / f"data-{uuid.uuid4().hex[:6]}"  # keeps the user's file name for messages
    folder.mkdir()
    target = folder / safe
    shutil.copyfile(source, target)
    try:
        df = load_table(target)
        if session.sandbox is not None:
            from graphs.guard import check_table_rows

            check_table_rows(len(df), session.sandbox)
    except UserError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    session.data_path, session.data_name, session.data_sent = str(target), name, False
    session.frame = df
    if session.sandbox is not None:
        session.sandbox.add_upload(target)
    summary = f"**{name}** · {len(df):,} rows × {len(df.columns)} columns"
    return summary, _profile_rows(df)


# ----------------------------------------------------------------------------- answers


def answer_payload(answer, figures: list[dict]) -> dict:
    """The answer as plain JSON (what the JSON download contains)."""
    return {
        "thread_id": answer.thread_id,
        "task": answer.task,
        "result": answer.result.model_dump(mode="json") if answer.result is not None else None,
        "explanation": answer.explanation,
        "clarification": answer.clarification,
        "error": answer.error,
        "figures": figures,
        "confidence": answer.confidence,
        "mentions": answer.mentions,
    }


def _in_figure_dir(path: Path) -> bool:
    from copilot.figures import figure_dir

    return not os.environ.get("COPILOT_FIGURE_DIR") and path.resolve().parent == figure_dir().resolve()


def copy_figures(session: Session, answer) -> list[dict]:
    """Copy the answer's figures into the session folder (so downloads and the page only use its own files)."""
    out = []
    for i, fig in enumerate(answer.figures):
        src = Path(fig.path)
        if not src.is_file():
            continue
        dest = session.dir / f"figure-{session.turns}-{i + 1}-{src.name}"
        shutil.copyfile(src, dest)
        if _in_figure_dir(src):
            src.unlink(missing_ok=True)  # the session's copy is the one served; the server keeps none
        out.append({"title": fig.title, "path": str(dest)})
    return out


def report_markdown(payload: dict, question: str | None, data_name: str | None) -> str:
    """A self-contained markdown report; figures are referenced by file name (they sit beside it)."""
    lines = ["# Causal copilot report", ""]
    if question:
        lines += [f"**Question:** {question}", ""]
    if data_name:
        lines += [f"**Data:** `{data_name}`", ""]
    lines += ["## Answer", "", payload.get("explanation") or "", ""]
    for fig in payload.get("figures") or []:
        lines += [f"![{fig['title']}]({Path(fig['path']).name})", "", f"*{fig['title']}*", ""]
    if payload.get("task"):
        lines += ["## Task", "", "```json", json.dumps(payload["task"], indent=2), "```", ""]
    if payload.get("result"):
        result = {k: v for k, v in payload["result"].items() if k != "figures"}
        lines += ["## Result", "", "```json", json.dumps(result, indent=2, default=str), "```", ""]
    return "\n".join(lines)


def write_downloads(session: Session, payload: dict, question: str | None) -> tuple[str, str]:
    """Write `answer-N.json` and `report-N.zip` (report.md + figure PNGs) into the session folder."""
    n = session.turns
    json_path = session.dir / f"answer-{n}.json"
    json_path.write_text(json.dumps(payload, indent=2, default=str))
    zip_path = session.dir / f"report-{n}.zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.md", report_markdown(payload, question, session.data_name))
        for fig in payload.get("figures") or []:
            zf.write(fig["path"], Path(fig["path"]).name)
        zf.writestr("answer.json", json.dumps(payload, indent=2, default=str))
    return str(json_path), str(zip_path)


NO_FIGURES = "<p class='muted'>The pictures of the last answer appear here.</p>"


def figures_html(figures: list[dict]) -> str:
    """The answer's figures at their natural shape, each with its title (served from the session folder)."""
    if not figures:
        return "<p class='muted'>This answer has no pictures.</p>"
    items = []
    for fig in figures:
        src = "gradio_api/file=" + quote(str(fig["path"]))
        title = html.escape(fig["title"])
        items.append(f"<figure><a href='{src}' target='_blank'><img src='{src}' alt='{title}'></a>"
                     f"<figcaption>{title}</figcaption></figure>")
    return "<div class='figures'>" + "".join(items) + "</div>"


def run_cancellable(fn, session: Session, progress=None, poll: float = 0.2):
    """Run `fn(report)` in a worker thread; return its value, or None if the session cancels first.

    `report(frac, message)` is what the agent calls; the progress bar is updated from this thread
    (Gradio's progress belongs to the request's thread). The agent stops a cancelled computation
    itself (between steps; a running tool's worker process is killed); its answer is discarded.
    """
    state: dict[str, Any] = {"frac": 0.0, "msg": "Starting", "done": False, "value": None, "error": None}

    def report(frac: float, message: str) -> None:
        state["frac"], state["msg"] = frac, message

    def work() -> None:
        try:
            state["value"] = fn(report)
        except BaseException as exc:  # handed back to the request thread
            state["error"] = exc
        finally:
            state["done"] = True

    worker = threading.Thread(target=work, name=f"copilot-{session.id}", daemon=True)
    worker.start()
    shown = None
    while not state["done"]:
        if session.cancel.is_set():
            return None
        if progress is not None and (state["frac"], state["msg"]) != shown:
            shown = (state["frac"], state["msg"])
            try:
                progress(max(0.0, min(1.0, state["frac"])), desc=state["msg"])
            except Exception:
                log.debug("progress update failed", exc_info=True)
        worker.join(poll)
    if session.cancel.is_set():  # the work saw the Cancel first and stopped itself: still a cancellation
        return None
    if state["error"] is not None:
        raise state["error"]
    return state["value"]


# ----------------------------------------------------------------------------- the page


CSS = """
.gradio-container { max-width: 1400px !important; margin: auto; }
#title h1 { margin-bottom: 0; }
#title p { margin-top: 4px; color: var(--body-text-color-subdued); }
#examples button { justify-content: flex-start; text-align: left; font-size: 0.92em; }
#columns table { font-size: 0.88em; }
#data-info { min-height: 1.5em; }
#status { min-height: 44px; padding: 4px 8px; font-size: 0.95em; color: var(--body-text-color-subdued); }
#chat .message img { max-height: 420px; }
footer { display: none !important; }
#figures .figures { display: flex; flex-direction: column; gap: 18px; }
#figures figure { margin: 0; }
#figures img { max-width: 100%; height: auto; border: 1px solid var(--border-color-primary); border-radius: 8px; background: white; }
#figures figcaption { font-size: 0.9em; color: var(--body-text-color-subdued); margin-top: 4px; }
.muted { color: var(--body-text-color-subdued); }
"""

THEME = gr.themes.Soft(primary_hue="indigo", secondary_hue="slate")


def _known(model: str) -> str | None:
    """The settings label of an embedded/no-model name, else None."""
    low = model.strip().lower()
    if low in NO_MODEL_NAMES:
        return "No model · rule-based parser only"
    if low in {"default", "qwen2.5-0.5b"}:
        return "Embedded · Qwen2.5-Coder-0.5B (default)"
    if low == "smollm2":
        return "Embedded · SmolLM2-135M (smallest)"
    return None


def model_choices() -> list[str]:
    """The settings choices: the fixed ones, plus the operator's own model when it is none of them."""
    choices = list(MODEL_CHOICES)
    own = default_model()
    if _known(own) is None and not own.lower().startswith("openai:"):
        choices.append(SERVER_MODEL + own)
    return choices


def _model_name(choice: str, url: str, name: str) -> str:
    """The model name for a settings choice; refused unless a web user may choose it (copilot/safety.py)."""
    if choice.startswith(SERVER_MODEL):
        return default_model()
    key = MODEL_CHOICES.get(choice, choice)
    if key != "openai":
        check_model_name(key, default_model())
        return key
    url = (url or "").strip()
    if not re.match(r"^https?://", url):
        raise UserError("The OpenAI-compatible endpoint needs a URL such as http://localhost:8000/v1.",
                        "Enter the server's base URL in Settings and press Apply.")
    model = f"openai:{url}" + (f"#{name.strip()}" if name and name.strip() else "")
    check_model_name(model, default_model())
    return model


def _choice_for(model: str) -> str:
    """The settings label for a model name; a model that is none of the fixed choices is shown by name
    (never relabelled, so pressing Apply does not swap it for another)."""
    if model.lower().startswith("openai:"):
        return "OpenAI-compatible server"
    return _known(model) or SERVER_MODEL + model


def _bot(text: str) -> dict:
    return {"role": "assistant", "content": text}


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return f"**I couldn't do that.** {sanitize(str(exc))}"
    return f"**Something went wrong** ({type(exc).__name__}: {sanitize(str(exc))}). Try again, or rephrase the question."


def build_app(copilot=None) -> gr.Blocks:
    """The page. `copilot` (a `graphs.agent.Copilot`) serves the default model choice; other
    choices in the settings panel get their own Copilot, built on first use."""
    copilots = Copilots(copilot)
    _DROP_HOOKS.append(copilots.forget)
    start_sweeper()

    def ensure(session: Session | None) -> Session:
        """The session (a fresh one if there is none, or it was dropped as idle); marks it active."""
        if not isinstance(session, Session) or session.dropped:
            session = new_session(session.model if isinstance(session, Session) else None)
        session.touched = time.monotonic()
        return session

    def empty_details():
        return (gr.update(value=NO_FIGURES), gr.update(value=""), gr.update(value=None),
                gr.update(value=None, interactive=False), gr.update(value=None, interactive=False))

    def details(payload: dict, json_path: str | None, zip_path: str | None):
        gallery = figures_html(payload.get("figures") or [])
        task = json.dumps(payload["task"], indent=2) if payload.get("task") else ""
        return (gr.update(value=gallery), gr.update(value=task), gr.update(value=payload.get("result")),
                gr.update(value=json_path, interactive=json_path is not None),
                gr.update(value=zip_path, interactive=zip_path is not None))

    # -------------------------------------------------------------- handlers

    def on_load(session, request: gr.Request = None):
        session = ensure(session)
        hash_ = getattr(request, "session_hash", None)
        if hash_:
            by_page[hash_] = session
        return session, gr.update(value=_choice_for(session.model))

    by_page: dict[str, Session] = {}  # the page's session hash -> its Session (for the unload event)

    def on_unload(request: gr.Request = None):
        """The page was closed: drop its session and files now (not an hour later)."""
        session = by_page.pop(getattr(request, "session_hash", None) or "", None)
        drop_session(session)

    def on_upload(file, chat, session):
        """Load an uploaded table; the upload box is emptied again so another file can follow."""
        session = ensure(session)
        chat = list(chat or [])
        if not file:
            return session, chat, gr.update(), gr.update(), gr.update(), gr.update()
        path = file if isinstance(file, str) else getattr(file, "name", str(file))
        name = Path(path).name
        session.replies += 1
        if _other_sessions_file(path, session):  # served files are reachable by path: never another session's
            chat.append(_bot(f"**I couldn't use `{name}`.** It is not a file you uploaded."))
            return (session, chat, gr.update(), gr.update(), gr.update(value=None),
                    gr.update(value=f"Reply {session.replies} · ⚠️ `{name}` was not loaded."))
        try:
            try:
                summary, rows = attach_data(session, path, name)
            finally:
                discard_upload(path)  # Gradio's copy: the session folder holds the one kept
        except UserError as exc:
            chat.append(_bot(f"**I couldn't use `{name}`.** {sanitize(str(exc))}"))
            kept = f"Still using {session.data_name_md()}." if session.data_name else "No data loaded."
            return (session, chat, gr.update(value=kept), gr.update(), gr.update(value=None),
                    gr.update(value=f"Reply {session.replies} · ⚠️ `{name}` was not loaded."))
        chat.append(_bot(f"Loaded **{name}**: {summary.split('·', 1)[1].strip()}. The columns and their types are on the "
                         "left. Ask me a causal question about them."))
        return (session, chat, gr.update(value=summary), gr.update(value=rows), gr.update(value=None),
                gr.update(value=f"Reply {session.replies} · loaded `{name}`."))

    def on_example(index: int):
        label, filename, question = EXAMPLES[index]

        def handler(chat, session):
            session = ensure(session)
            chat = list(chat or [])
            if filename is None:
                return session, chat, gr.update(), gr.update(), gr.update(value=question), gr.update()
            session.replies += 1
            summary, rows = attach_data(session, EXAMPLES_DIR / filename, filename)
            chat.append(_bot(f"Loaded the example **{filename}** ({summary.split('·', 1)[1].strip()}). "
                             "A question is ready in the box: press **Ask**, or write your own."))
            return (session, chat, gr.update(value=summary), gr.update(value=rows), gr.update(value=question),
                    gr.update(value=f"Reply {session.replies} · loaded the example `{filename}`."))

        return handler

    def on_settings(choice, url, name, chat, session):
        session = ensure(session)
        chat = list(chat or [])
        try:
            model = _model_name(choice, url, name)
        except UserError as exc:
            return session, chat, gr.update(value=f"⚠️ {exc}")
        if model != session.model:
            session.model = model
            session.new_thread()  # a new model starts a new conversation (its table is sent again)
            chat.append(_bot(f"Switched the language model to `{model}`; I'll load it with your next question. "
                             "This starts a new conversation" + (" (your data stays loaded)." if session.data_name else ".")))
            if model.lower() not in NO_MODEL_NAMES and not model.startswith("openai:"):
                copilots.preload(model)
        return session, chat, gr.update(value=f"Using `{model}`.")

    def _answer(chat: list, session: Session, question: str | None, call, progress):
        """Shared by ask and re-run: run `call(copilot, data, report)` and render the answer.

        Returns (chat, rendered or None, status line). The caller clears `session.cancel` before its
        first yield, so a Cancel pressed while the page shows "Working…" is not lost."""
        started = time.perf_counter()
        session.replies += 1
        data = session.frame if session.frame is not None and not session.data_sent else None

        def stopped() -> tuple[list, None, str]:
            # the cancelled turn stops at its next step (a running tool is killed); go on from a fresh thread
            session.thread = session.fresh_thread_id()
            copilot.restore(session.thread, before)
            chat.append(_bot("Stopped. The unfinished work was discarded; ask again when you are ready."))
            return chat, None, f"Reply {session.replies} · stopped."

        try:
            copilot = copilots.get(session.model)
            before = copilot.remembered(session.thread)
            if session.model.lower() not in NO_MODEL_NAMES:
                progress(0.0, desc="Loading the language model")
                run_cancellable(lambda report: copilot.load(), session, progress)
                if session.cancel.is_set():
                    return stopped()
            answer = run_cancellable(lambda report: call(copilot, data, report), session, progress)
        except Exception as exc:  # a model that cannot load, a server that cannot be reached, a bug
            log.warning("answer failed: %r", exc)
            chat.append(_bot(_error_text(exc)))
            return chat, None, f"Reply {session.replies} · ⚠️ failed; see the message above."
        if answer is None:
            return stopped()
        if data is not None:
            session.data_sent = True
        session.turns += 1
        figures = copy_figures(session, answer)
        payload = answer_payload(answer, figures)
        session.last = payload
        chat.append(_bot(answer.explanation or "(no answer)"))
        for fig in figures:
            chat.append({"role": "assistant", "content": {"path": fig["path"], "alt_text": fig["title"]}})
        json_path = zip_path = None
        if payload.get("task") or payload.get("result"):
            json_path, zip_path = write_downloads(session, payload, question)
        seconds = time.perf_counter() - started
        if answer.error:
            outcome = "⚠️ could not answer; see the message above"
        elif answer.clarification:
            outcome = "asked you a question back"
        elif answer.result is not None:
            outcome = f"answered ({answer.result.kind})"
        else:
            outcome = "answered"
        return chat, (payload, json_path, zip_path), f"Reply {session.replies} · {outcome} in {seconds:.1f} s."

    def on_ask(message, chat, session, progress=gr.Progress()):
        session = ensure(session)
        chat = list(chat or [])
        message = (message or "").strip()
        keep = [gr.update()] * 5
        if not message:
            yield (session, chat, gr.update(), gr.update(value="Type a question first."), *keep)
            return
        chat.append({"role": "user", "content": message})
        session.cancel.clear()
        yield (session, chat, gr.update(value=""), gr.update(value="Working…"), *keep)
        chat, rendered, line = _answer(
            chat, session, message,
            lambda cp, data, report: cp.ask(message, data=data, thread_id=session.thread, progress=report,
                                            sandbox=session.sandbox, cancel=session.cancel),
            progress,
        )
        shown = details(*rendered) if rendered is not None else keep
        yield (session, chat, gr.update(), gr.update(value=line), *shown)

    def on_rerun(task_text, chat, session, progress=gr.Progress()):
        session = ensure(session)
        chat = list(chat or [])
        keep = [gr.update()] * 5
        try:
            task = json.loads(task_text or "")
            if not isinstance(task, dict):
                raise ValueError("the task JSON must be an object { … }")
        except ValueError as exc:
            session.replies += 1
            chat.append(_bot(f"**I couldn't read the edited task JSON** ({exc}). Fix it and press **Run this task** again."))
            yield (session, chat, gr.update(value=f"Reply {session.replies} · ⚠️ the task JSON is not valid."), *keep)
            return
        chat.append({"role": "user", "content": "Run the edited task:\n```json\n" + json.dumps(task, indent=2) + "\n```"})
        session.cancel.clear()
        yield (session, chat, gr.update(value="Working…"), *keep)
        chat, rendered, line = _answer(
            chat, session, task.get("question"),
            lambda cp, data, report: cp.run_task(task, data=data, thread_id=session.thread, progress=report,
                                                 sandbox=session.sandbox, cancel=session.cancel),
            progress,
        )
        shown = details(*rendered) if rendered is not None else keep
        yield (session, chat, gr.update(value=line), *shown)

    def on_cancel(session):
        if isinstance(session, Session):
            session.cancel.set()
        return gr.update()

    def on_clear(session):
        session = ensure(session)
        session.cancel.set()
        session.new_thread()
        chat = [_bot("New conversation." + (f" Your data (**{session.data_name}**) is still loaded." if session.data_name else ""))]
        return (session, chat, gr.update(value="New conversation."), *empty_details())

    # -------------------------------------------------------------- layout

    # Gradio's own cache (chat images, downloads) is swept too: files older than the idle limit go
    with gr.Blocks(title="Causal copilot", delete_cache=(300, int(idle_minutes() * 60))) as app:
        session_state = gr.State(None, delete_callback=drop_session, time_to_live=idle_minutes() * 60)
        gr.Markdown(
            "# Causal copilot\nAsk a causal question about your data in plain words. "
            "I say what I understood, run the right method, and explain the numbers I computed.",
            elem_id="title",
        )
        with gr.Row(equal_height=False):
            with gr.Column(scale=5, min_width=360):
                gr.Markdown("### 1 · Your data")
                upload = gr.File(label="Upload a CSV / TSV / Parquet file", file_types=UPLOAD_TYPES, type="filepath",
                                 elem_id="upload", height=120)
                gr.Markdown(f"Files up to {human_size(max_file_mb())}. Or try an example in one click:")
                with gr.Column(elem_id="examples"):
                    example_buttons = [gr.Button(label, size="sm", elem_id=f"example-{i}")
                                       for i, (label, _, _) in enumerate(EXAMPLES)]
                data_info = gr.Markdown("No data loaded yet.", elem_id="data-info")
                columns = gr.Dataframe(headers=["column", "type", "distinct", "missing", "e.g."],
                                       datatype=["str", "str", "number", "str", "str"], interactive=False,
                                       elem_id="columns", label="Columns and types", wrap=True,
                                       column_widths=["26%", "21%", "17%", "15%", "21%"])
                with gr.Accordion("Settings · language model", open=False, elem_id="settings"):
                    model_choice = gr.Radio(model_choices(), value=_choice_for(default_model()),
                                            label="Model that reads your questions", elem_id="model-choice")
                    remote = _choice_for(default_model()) == "OpenAI-compatible server"
                    endpoint = gr.Textbox(label="OpenAI-compatible base URL (vLLM, llama.cpp server, Ollama …)",
                                          placeholder="http://localhost:8000/v1", elem_id="endpoint", visible=remote,
                                          value=default_model()[len("openai:"):].split("#")[0] if remote else "")
                    endpoint_model = gr.Textbox(label="Model name on that server (optional)", elem_id="endpoint-model",
                                                visible=remote)
                    apply_settings = gr.Button("Apply", size="sm", elem_id="apply-settings")
                    model_status = gr.Markdown(f"Using `{default_model()}`.", elem_id="model-status")
            with gr.Column(scale=8):
                chat = gr.Chatbot(value=[_bot(WELCOME)], height=600, elem_id="chat", show_label=False,
                                  buttons=["copy"], feedback_options=None, layout="bubble",
                                  group_consecutive_messages=False)
                with gr.Row():
                    message = gr.Textbox(placeholder="Ask a causal question, e.g. 'What is the effect of training on earnings?'",
                                         show_label=False, scale=8, elem_id="question", lines=1, max_lines=4,
                                         submit_btn=False)
                    ask = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
                    cancel = gr.Button("Cancel", variant="stop", scale=1, min_width=80, elem_id="cancel")
                    clear = gr.Button("New chat", scale=1, min_width=80, elem_id="new-chat")
                status = gr.Markdown("Ready.", elem_id="status")
                gr.Markdown("### 2 · The last answer in detail")
                with gr.Tabs():
                    with gr.Tab("Figures", elem_id="tab-figures"):
                        gallery = gr.HTML(NO_FIGURES, elem_id="figures")
                    with gr.Tab("Task JSON (editable)", elem_id="tab-task"):
                        task_code = gr.Code(language="json", interactive=True, elem_id="task-json", lines=12,
                                            label="The task I understood: edit any field and run it again")
                        rerun = gr.Button("Run this task", variant="primary", size="sm", elem_id="rerun")
                    with gr.Tab("Result JSON", elem_id="tab-result"):
                        result_json = gr.JSON(elem_id="result-json", show_label=False)
                    with gr.Tab("Download", elem_id="tab-download"):
                        gr.Markdown("Save the last answer: the JSON, or a markdown report with its figures (zip).")
                        with gr.Row():
                            dl_json = gr.DownloadButton("Answer as JSON", interactive=False, elem_id="download-json")
                            dl_report = gr.DownloadButton("Report (markdown + figures, .zip)", interactive=False,
                                                          elem_id="download-report")

        detail_outputs = [gallery, task_code, result_json, dl_json, dl_report]

        app.load(on_load, [session_state], [session_state, model_choice], queue=False)
        app.unload(on_unload)
        upload.upload(on_upload, [upload, chat, session_state], [session_state, chat, data_info, columns, upload, status])
        for i, button in enumerate(example_buttons):
            button.click(on_example(i), [chat, session_state], [session_state, chat, data_info, columns, message, status])
        model_choice.change(lambda choice: [gr.update(visible=choice == "OpenAI-compatible server")] * 2,
                            [model_choice], [endpoint, endpoint_model], queue=False)
        apply_settings.click(on_settings, [model_choice, endpoint, endpoint_model, chat, session_state],
                             [session_state, chat, model_status])
        ask_inputs = [message, chat, session_state]
        ask_outputs = [session_state, chat, message, status, *detail_outputs]
        ask.click(on_ask, ask_inputs, ask_outputs, show_progress_on=[status])
        message.submit(on_ask, ask_inputs, ask_outputs, show_progress_on=[status])
        rerun.click(on_rerun, [task_code, chat, session_state], [session_state, chat, status, *detail_outputs],
                    show_progress_on=[status])
        cancel.click(on_cancel, [session_state], [message], queue=False)
        clear.click(on_clear, [session_state], [session_state, chat, status, *detail_outputs], queue=False)
    app.queue(default_concurrency_limit=4)
    # the handlers as the page calls them (tests drive them directly, without a browser)
    app.copilot_handlers = {"load": on_load, "upload": on_upload, "settings": on_settings, "ask": on_ask,
                            "rerun": on_rerun, "cancel": on_cancel, "clear": on_clear, "unload": on_unload,
                            "copilots": copilots}
    return app


def launch(app: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, **kwargs) -> None:
    """Serve the app with its theme; uploads far over the limit are cut off by the server itself."""
    hard_cap_mb = max(2 * max_file_mb(), max_file_mb() + 10)
    root = _sessions.SESSIONS_ROOT
    root.mkdir(parents=True, exist_ok=True)
    app.launch(server_name=host, server_port=port, theme=THEME, css=CSS, max_file_size=int(hard_cap_mb * 1e6),
               allowed_paths=[str(root), str(EXAMPLES_DIR)], footer_links=[], show_error=True, **kwargs)


__all__ = ["EXAMPLES", "Session", "answer_payload", "attach_data", "build_app", "check_upload_size", "launch",
           "new_session", "report_markdown", "run_cancellable", "write_downloads"]
