"""The Gradio app: chat with your data, see the task it understood, the numbers and the pictures.

`build_app(copilot=None) -> gr.Blocks` builds the page; `launch(app, host, port)` serves it with the
theme and style below (`python -m ui` does both). This module is the layout and its wiring; what
each control does is in ui/handlers.py, and everything the page does goes through
`graphs.agent.Copilot`. The other modules: ui/sessions.py (per-browser sessions), ui/models.py (the
model settings, one agent per model), ui/uploads.py (tables and examples), ui/report.py (figures and
downloads), ui/worker.py (cancellable runs off the request thread).

Isolation: each browser session gets a `Session` (in `gr.State`) with its own thread id and its own
temporary folder. Uploads, figures and downloads are copied into that folder, so one session never
sees another's files; the folder is deleted when the session ends or stays idle past
$COPILOT_SESSION_IDLE_MINUTES. Every question runs with the session's `Sandbox` (copilot/safety.py): a
task may name only the session's uploads and the bundled specs, writes only inside the session's
folder, and stays within the operator's limits; Cancel kills the running tool (graphs/worker.py).
"""

from __future__ import annotations

import gradio as gr

from copilot.data import max_file_mb
from ui import sessions
from ui.handlers import PageHandlers, bot
from ui.models import SERVER, Copilots, choice_for, model_choices, split_endpoint
from ui.report import NO_FIGURES
from ui.sessions import add_drop_hook, default_model, drop_session, idle_minutes, start_sweeper
from ui.uploads import EXAMPLES, EXAMPLES_DIR, UPLOAD_TYPES, human_size

WELCOME = (
    "Hi! I'm a causal-analysis copilot. **Upload a CSV** (or pick an example on the left), then ask "
    "a question in plain words, for example:\n\n"
    "- *What is the effect of training on earnings?*\n"
    "- *Does the effect vary by age?* (a follow-up)\n"
    "- *How much of the effect goes through fitness?*\n"
    "- *What is the causal graph of these variables?*\n\n"
    "Each answer shows the task I understood (editable under **Task JSON**), the numbers, and the pictures."
)


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


def build_app(copilot=None) -> gr.Blocks:
    """The page. `copilot` (a `graphs.agent.Copilot`) serves the default model choice; other
    choices in the settings panel get their own Copilot, built on first use."""
    copilots = Copilots(copilot)
    add_drop_hook(copilots.forget)
    start_sweeper()
    handlers = PageHandlers(copilots)
    configured = default_model()
    remote = choice_for(configured) == SERVER
    endpoint_url, endpoint_name = split_endpoint(configured) if remote else ("", "")

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
                    model_choice = gr.Radio(model_choices(), value=choice_for(configured),
                                            label="Model that reads your questions", elem_id="model-choice")
                    endpoint = gr.Textbox(label="OpenAI-compatible base URL (vLLM, llama.cpp server, Ollama …)",
                                          placeholder="http://localhost:8000/v1", elem_id="endpoint", visible=remote,
                                          value=endpoint_url)
                    endpoint_model = gr.Textbox(label="Model name on that server (optional)", elem_id="endpoint-model",
                                                visible=remote, value=endpoint_name)
                    apply_settings = gr.Button("Apply", size="sm", elem_id="apply-settings")
                    model_status = gr.Markdown(f"Using `{configured}`.", elem_id="model-status")
            with gr.Column(scale=8):
                chat = gr.Chatbot(value=[bot(WELCOME)], height=600, elem_id="chat", show_label=False,
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

        app.load(handlers.load, [session_state], [session_state, model_choice], queue=False)
        app.unload(handlers.unload)
        upload.upload(handlers.upload, [upload, chat, session_state], [session_state, chat, data_info, columns, upload, status])
        for i, button in enumerate(example_buttons):
            button.click(handlers.example(i), [chat, session_state], [session_state, chat, data_info, columns, message, status])
        model_choice.change(lambda choice: [gr.update(visible=choice == SERVER)] * 2,
                            [model_choice], [endpoint, endpoint_model], queue=False)
        apply_settings.click(handlers.settings, [model_choice, endpoint, endpoint_model, chat, session_state],
                             [session_state, chat, model_status])
        ask_inputs = [message, chat, session_state]
        ask_outputs = [session_state, chat, message, status, *detail_outputs]
        ask.click(handlers.ask, ask_inputs, ask_outputs, show_progress_on=[status])
        message.submit(handlers.ask, ask_inputs, ask_outputs, show_progress_on=[status])
        rerun.click(handlers.rerun, [task_code, chat, session_state], [session_state, chat, status, *detail_outputs],
                    show_progress_on=[status])
        cancel.click(handlers.cancel, [session_state], [message], queue=False)
        clear.click(handlers.clear, [session_state], [session_state, chat, status, *detail_outputs], queue=False)
    app.queue(default_concurrency_limit=4)
    # the handlers as the page calls them (tests drive them directly, without a browser)
    app.copilot_handlers = {name: getattr(handlers, name) for name in
                            ("load", "upload", "settings", "ask", "rerun", "cancel", "clear", "unload")}
    app.copilot_handlers["copilots"] = copilots
    return app


def launch(app: gr.Blocks, host: str = "127.0.0.1", port: int = 7860, **kwargs) -> None:
    """Serve the app with its theme; uploads far over the limit are cut off by the server itself."""
    hard_cap_mb = max(2 * max_file_mb(), max_file_mb() + 10)
    root = sessions.SESSIONS_ROOT  # read at call time: tests and the server may move it
    root.mkdir(parents=True, exist_ok=True)
    app.launch(server_name=host, server_port=port, theme=THEME, css=CSS, max_file_size=int(hard_cap_mb * 1e6),
               allowed_paths=[str(root), str(EXAMPLES_DIR)], footer_links=[], show_error=True, **kwargs)


__all__ = ["build_app", "launch"]
