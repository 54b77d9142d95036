"""`python -m ui [--host H] [--port P] [--model NAME] [--allow-endpoint URL] [--max-… N]`: serve the
causal copilot in a browser.

The language model is $COPILOT_MODEL (or --model), else the embedded default; it is loaded in the
background at start-up so the first question does not wait for it. The operator's limits and the
endpoints web users may choose are flags here or environment variables (docs/security.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
from pathlib import Path

# limit flag -> environment variable read by copilot.safety.Limits
LIMIT_FLAGS = {
    "max_rows": ("COPILOT_MAX_ROWS", "rows a generate request may sample per dataset"),
    "max_datasets": ("COPILOT_MAX_DATASETS", "datasets a generate request may write"),
    "max_units": ("COPILOT_MAX_UNITS", "units an audit request may sample"),
    "max_bootstrap": ("COPILOT_MAX_BOOTSTRAP", "bootstrap resamples per request"),
    "max_table_rows": ("COPILOT_MAX_TABLE_ROWS", "rows of an uploaded table"),
    "max_seconds": ("COPILOT_MAX_SECONDS", "seconds of computation per request"),
    "idle_minutes": ("COPILOT_SESSION_IDLE_MINUTES", "minutes before an idle session and its files are dropped"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description="Causal copilot: the web app.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--model", default=None,
                        help="language model: default, qwen2.5-0.5b, smollm2, none, or openai:URL (default: $COPILOT_MODEL)")
    parser.add_argument("--allow-endpoint", action="append", default=[], metavar="URL",
                        help="an OpenAI-compatible base URL web users may choose (repeatable; default: none; "
                             "also $COPILOT_ALLOWED_ENDPOINTS, comma-separated)")
    for name, (var, text) in LIMIT_FLAGS.items():
        parser.add_argument("--" + name.replace("_", "-"), type=float, default=None, metavar="N", help=f"{text} (${var})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.model:
        os.environ["COPILOT_MODEL"] = args.model
    if args.allow_endpoint:
        known = [u for u in (os.environ.get("COPILOT_ALLOWED_ENDPOINTS") or "").split(",") if u.strip()]
        os.environ["COPILOT_ALLOWED_ENDPOINTS"] = ",".join(known + args.allow_endpoint)
    for name, (var, _) in LIMIT_FLAGS.items():
        value = getattr(args, name)
        if value is not None:
            os.environ[var] = f"{value:g}"
    # Gradio's upload cache lives inside this server's folder, so it goes when the server does
    os.environ.setdefault("GRADIO_TEMP_DIR", str(Path(tempfile.gettempdir()) / f"copilot-ui-{os.getpid()}" / "gradio"))

    from copilot.cleanup import handle_signals
    from copilot.safety import Limits

    Limits.from_env()  # a malformed limit stops the server now, with its name
    handle_signals()  # SIGTERM/SIGHUP exit normally, so the session and upload folders are removed

    from graphs.worker import pool
    from ui.app import build_app, launch
    from ui.models import Copilots, uses_model
    from ui.sessions import default_model

    pool().warm()  # a tool worker imports the tools while the model loads

    model = default_model()
    copilots = Copilots()
    copilot = copilots.get(model)
    if uses_model(model):
        copilots.preload(model)
    app = build_app(copilot)
    print(f"Causal copilot: http://{args.host}:{args.port}  (model: {model})", flush=True)
    launch(app, args.host, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
