"""What each control of the page does: upload, examples, settings, ask, re-run, cancel, new chat.

`PageHandlers(copilots)` holds the page's state shared by all sessions (the agents, one per model, and
which browser page holds which session); each method is one Gradio event handler and returns the
updates for that event's outputs. The layout (ui/app.py) wires them; tests call them directly.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

import gradio as gr

from copilot.errors import UserError
from copilot.results import answer_payload
from copilot.safety import sanitize
from ui.models import Copilots, choice_for, model_name_for, uses_model
from ui.report import NO_FIGURES, copy_figures, figures_html, write_downloads
from ui.sessions import Session, discard_upload, drop_session, ensure_session, other_sessions_file
from ui.uploads import EXAMPLES, EXAMPLES_DIR, attach_data
from ui.worker import run_cancellable

log = logging.getLogger(__name__)


def bot(text: str) -> dict:
    """A chat message from the copilot."""
    return {"role": "assistant", "content": text}


def error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return f"**I couldn't do that.** {sanitize(str(exc))}"
    return f"**Something went wrong** ({type(exc).__name__}: {sanitize(str(exc))}). Try again, or rephrase the question."


def empty_details():
    """The detail tabs with no answer in them."""
    return (gr.update(value=NO_FIGURES), gr.update(value=""), gr.update(value=None),
            gr.update(value=None, interactive=False), gr.update(value=None, interactive=False))


def details(payload: dict, json_path: str | None, zip_path: str | None):
    """The detail tabs showing an answer: figures, task JSON, result JSON, downloads."""
    gallery = figures_html(payload.get("figures") or [])
    task = json.dumps(payload["task"], indent=2) if payload.get("task") else ""
    return (gr.update(value=gallery), gr.update(value=task), gr.update(value=payload.get("result")),
            gr.update(value=json_path, interactive=json_path is not None),
            gr.update(value=zip_path, interactive=zip_path is not None))


def outcome_text(answer) -> str:
    """How the status line sums up an answer."""
    if answer.error:
        return "⚠️ could not answer; see the message above"
    if answer.clarification:
        return "asked you a question back"
    if answer.result is not None:
        return f"answered ({answer.result.kind})"
    return "answered"


class PageHandlers:
    """The page's event handlers, sharing the agents (`copilots`) and the page -> session map."""

    def __init__(self, copilots: Copilots):
        self.copilots = copilots
        self.by_page: dict[str, Session] = {}  # the page's session hash -> its Session (for the unload event)

    def load(self, session, request: gr.Request = None):
        session = ensure_session(session)
        hash_ = getattr(request, "session_hash", None)
        if hash_:
            self.by_page[hash_] = session
        return session, gr.update(value=choice_for(session.model))

    def unload(self, request: gr.Request = None):
        """The page was closed: drop its session and files now (not an hour later)."""
        session = self.by_page.pop(getattr(request, "session_hash", None) or "", None)
        drop_session(session)

    def upload(self, file, chat, session):
        """Load an uploaded table; the upload box is emptied again so another file can follow."""
        session = ensure_session(session)
        chat = list(chat or [])
        if not file:
            return session, chat, gr.update(), gr.update(), gr.update(), gr.update()
        path = file if isinstance(file, str) else getattr(file, "name", str(file))
        name = Path(path).name
        session.replies += 1
        if other_sessions_file(path, session):  # served files are reachable by path: never another session's
            chat.append(bot(f"**I couldn't use `{name}`.** It is not a file you uploaded."))
            return (session, chat, gr.update(), gr.update(), gr.update(value=None),
                    gr.update(value=f"Reply {session.replies} · ⚠️ `{name}` was not loaded."))
        try:
            try:
                summary, rows = attach_data(session, path, name)
            finally:
                discard_upload(path)  # Gradio's copy: the session folder holds the one kept
        except UserError as exc:
            chat.append(bot(f"**I couldn't use `{name}`.** {sanitize(str(exc))}"))
            kept = f"Still using {session.data_name_md()}." if session.data_name else "No data loaded."
            return (session, chat, gr.update(value=kept), gr.update(), gr.update(value=None),
                    gr.update(value=f"Reply {session.replies} · ⚠️ `{name}` was not loaded."))
        chat.append(bot(f"Loaded **{name}**: {summary.split('·', 1)[1].strip()}. The columns and their types are on the "
                        "left. Ask me a causal question about them."))
        return (session, chat, gr.update(value=summary), gr.update(value=rows), gr.update(value=None),
                gr.update(value=f"Reply {session.replies} · loaded `{name}`."))

    def example(self, index: int):
        """The handler of the example button `index`: load its file and put its question in the box."""
        label, filename, question = EXAMPLES[index]

        def handler(chat, session):
            session = ensure_session(session)
            chat = list(chat or [])
            if filename is None:
                return session, chat, gr.update(), gr.update(), gr.update(value=question), gr.update()
            session.replies += 1
            summary, rows = attach_data(session, EXAMPLES_DIR / filename, filename)
            chat.append(bot(f"Loaded the example **{filename}** ({summary.split('·', 1)[1].strip()}). "
                            "A question is ready in the box: press **Ask**, or write your own."))
            return (session, chat, gr.update(value=summary), gr.update(value=rows), gr.update(value=question),
                    gr.update(value=f"Reply {session.replies} · loaded the example `{filename}`."))

        return handler

    def settings(self, choice, url, name, chat, session):
        session = ensure_session(session)
        chat = list(chat or [])
        try:
            model = model_name_for(choice, url, name)
        except UserError as exc:
            return session, chat, gr.update(value=f"⚠️ {exc}")
        if model != session.model:
            session.model = model
            session.new_thread()  # a new model starts a new conversation (its table is sent again)
            chat.append(bot(f"Switched the language model to `{model}`; I'll load it with your next question. "
                            "This starts a new conversation" + (" (your data stays loaded)." if session.data_name else ".")))
            if uses_model(model) and not model.startswith("openai:"):
                self.copilots.preload(model)
        return session, chat, gr.update(value=f"Using `{model}`.")

    def answer_turn(self, chat: list, session: Session, question: str | None, call, progress):
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
            chat.append(bot("Stopped. The unfinished work was discarded; ask again when you are ready."))
            return chat, None, f"Reply {session.replies} · stopped."

        try:
            copilot = self.copilots.get(session.model)
            before = copilot.remembered(session.thread)
            if uses_model(session.model):
                progress(0.0, desc="Loading the language model")
                run_cancellable(lambda report: copilot.load(), session, progress)
                if session.cancel.is_set():
                    return stopped()
            answer = run_cancellable(lambda report: call(copilot, data, report), session, progress)
        except Exception as exc:  # a model that cannot load, a server that cannot be reached, a bug
            log.warning("answer failed: %r", exc)
            chat.append(bot(error_text(exc)))
            return chat, None, f"Reply {session.replies} · ⚠️ failed; see the message above."
        if answer is None:
            return stopped()
        if data is not None:
            session.data_sent = True
        session.turns += 1
        figures = copy_figures(session, answer)
        payload = answer_payload(answer, figures)
        session.last = payload
        chat.append(bot(answer.explanation or "(no answer)"))
        for fig in figures:
            chat.append({"role": "assistant", "content": {"path": fig["path"], "alt_text": fig["title"]}})
        json_path = zip_path = None
        if payload.get("task") or payload.get("result"):
            json_path, zip_path = write_downloads(session, payload, question)
        seconds = time.perf_counter() - started
        return (chat, (payload, json_path, zip_path),
                f"Reply {session.replies} · {outcome_text(answer)} in {seconds:.1f} s.")

    def ask(self, message, chat, session, progress=gr.Progress()):
        session = ensure_session(session)
        chat = list(chat or [])
        message = (message or "").strip()
        keep = [gr.update()] * 5
        if not message:
            yield (session, chat, gr.update(), gr.update(value="Type a question first."), *keep)
            return
        chat.append({"role": "user", "content": message})
        session.cancel.clear()
        yield (session, chat, gr.update(value=""), gr.update(value="Working…"), *keep)
        chat, rendered, line = self.answer_turn(
            chat, session, message,
            lambda cp, data, report: cp.ask(message, data=data, thread_id=session.thread, progress=report,
                                            sandbox=session.sandbox, cancel=session.cancel),
            progress,
        )
        shown = details(*rendered) if rendered is not None else keep
        yield (session, chat, gr.update(), gr.update(value=line), *shown)

    def rerun(self, task_text, chat, session, progress=gr.Progress()):
        session = ensure_session(session)
        chat = list(chat or [])
        keep = [gr.update()] * 5
        try:
            task = json.loads(task_text or "")
            if not isinstance(task, dict):
                raise ValueError("the task JSON must be an object { … }")
        except ValueError as exc:
            session.replies += 1
            chat.append(bot(f"**I couldn't read the edited task JSON** ({exc}). Fix it and press **Run this task** again."))
            yield (session, chat, gr.update(value=f"Reply {session.replies} · ⚠️ the task JSON is not valid."), *keep)
            return
        chat.append({"role": "user", "content": "Run the edited task:\n```json\n" + json.dumps(task, indent=2) + "\n```"})
        session.cancel.clear()
        yield (session, chat, gr.update(value="Working…"), *keep)
        chat, rendered, line = self.answer_turn(
            chat, session, task.get("question"),
            lambda cp, data, report: cp.run_task(task, data=data, thread_id=session.thread, progress=report,
                                                 sandbox=session.sandbox, cancel=session.cancel),
            progress,
        )
        shown = details(*rendered) if rendered is not None else keep
        yield (session, chat, gr.update(value=line), *shown)

    def cancel(self, session):
        if isinstance(session, Session):
            session.cancel.set()
        return gr.update()

    def clear(self, session):
        session = ensure_session(session)
        session.cancel.set()
        session.new_thread()
        chat = [bot("New conversation." + (f" Your data (**{session.data_name}**) is still loaded." if session.data_name else ""))]
        return (session, chat, gr.update(value="New conversation."), *empty_details())
