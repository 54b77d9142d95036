"""`python -m ui [--host H] [--port P] [--model NAME]`: serve the causal copilot in a browser.

The language model is $COPILOT_MODEL (or --model), else the embedded default; it is loaded in the
background at start-up so the first question does not wait for it.
"""

from __future__ import annotations

import argparse
import logging
import os


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui", description="Causal copilot: the web app.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--model", default=None,
                        help="language model: default, qwen2.5-0.5b, smollm2, none, or openai:URL (default: $COPILOT_MODEL)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.model:
        os.environ["COPILOT_MODEL"] = args.model

    from ui.app import Copilots, build_app, default_model, launch

    model = default_model()
    copilots = Copilots()
    copilot = copilots.get(model)
    if model.lower() not in {"none", "no", "off", ""}:
        copilots.preload(model)
    app = build_app(copilot)
    print(f"Causal copilot: http://{args.host}:{args.port}  (model: {model})", flush=True)
    launch(app, args.host, args.port)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
