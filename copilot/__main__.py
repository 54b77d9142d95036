"""`python -m copilot`: ask causal questions from the command line.

    python -m copilot ask DATA.csv "What is the effect of treat on re78?"   # prints the explanation
    python -m copilot ask DATA.csv "..." --json                            # {"task", "result", "explanation", ...}
    python -m copilot ask "A correlates with B ... Does A cause B?"         # questions that need no table
    python -m copilot chat DATA.csv                                         # one question per line on stdin
    python -m copilot schema                                                # the task JSON schema

`--model NAME` picks the language model ("default", "smollm2", "qwen2.5-0.5b", "none" = no model).
`--figures DIR` keeps the figures there; otherwise they live in a temporary folder removed at exit.
The CLI serves the machine's own user, so specs and output folders may be any local path (the web
app confines them: docs/security.md).
Exit status: 0 answered, 2 a problem with the input (clear message, no traceback), 3 the copilot
asked a clarifying question instead of answering (one-shot `ask` only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from copilot.errors import UserError
from copilot.safety import NO_MODEL_NAMES

EXIT_OK, EXIT_USER_ERROR, EXIT_CLARIFY = 0, 2, 3


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--model", default=argparse.SUPPRESS,
        help="language model: default, smollm2, qwen2.5-0.5b, a path, openai:URL, or none (default: $COPILOT_MODEL or the embedded model)",
    )
    common.add_argument("--figures", metavar="DIR", default=argparse.SUPPRESS,
                        help="save figures in DIR (kept); by default they go to a temporary folder removed at exit")
    common.add_argument("--explain-with-lm", action="store_true", default=argparse.SUPPRESS,
                        help="add the model's plain-words paraphrase (kept only if its numbers match the result)")
    parser = argparse.ArgumentParser(prog="python -m copilot", description="Causal copilot: ask a causal question about your data.",
                                     parents=[common])
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", parents=[common], help="answer one question (optionally about a CSV)")
    ask.add_argument("args", nargs="*", metavar="[DATA] QUESTION", help="an optional data file, then the question")
    ask.add_argument("--task", help='run this task JSON as is instead of parsing a question, e.g. \'{"kind": "audit", ...}\'')
    ask.add_argument("--json", action="store_true", help='print {"task", "result", "explanation", ...} as JSON')
    chat = sub.add_parser("chat", parents=[common], help="interactive session: one message per line on stdin")
    chat.add_argument("data", nargs="?", help="a CSV/TSV/Parquet file the conversation is about")
    chat.add_argument("--json", action="store_true", help="print one JSON object per answer")
    sub.add_parser("schema", help="print the task JSON schema")
    return parser


def _make_copilot(args):
    from graphs.agent import Copilot

    model = getattr(args, "model", "default")
    copilot = Copilot(lm=model or "default", use_lm_for_explanation=getattr(args, "explain_with_lm", False))
    if model and model.lower() not in NO_MODEL_NAMES:
        print(f"Loading language model ({model})…", file=sys.stderr, flush=True)
    copilot.load()
    return copilot


def _progress_bar():
    """A tqdm bar on stderr fed by the agent's progress callback."""
    from tqdm import tqdm

    bar = tqdm(total=100, file=sys.stderr, leave=False, bar_format="{l_bar}{bar}| {elapsed}", disable=None)

    def update(frac: float, message: str) -> None:
        bar.set_description_str(message)
        bar.n = int(round(100 * max(0.0, min(1.0, frac))))
        bar.refresh()

    return bar, update


CLI_JSON_KEYS = ("task", "result", "explanation", "clarification", "error", "figures")  # what --json prints


def answer_json(answer) -> str:
    from copilot.results import answer_payload

    payload = answer_payload(answer)
    return json.dumps({key: payload[key] for key in CLI_JSON_KEYS}, indent=2, default=str)


def _print_answer(answer, as_json: bool, kept: bool = True) -> int:
    if as_json:
        print(answer_json(answer))
    else:
        print(answer.explanation)
        for fig in answer.figures:
            print(f"\n[figure] {fig.title}: {fig.path}")
        if answer.figures and not kept:
            print("\n(figures are removed when this command ends; pass --figures DIR to keep them)")
    if answer.error:
        return EXIT_USER_ERROR
    if answer.clarification:
        return EXIT_CLARIFY
    return EXIT_OK


def _split_ask_args(items: list[str]) -> tuple[str | None, str]:
    """`ask DATA QUESTION...` or `ask QUESTION`: the first item is data if it is a file (or looks like one)."""
    if len(items) >= 2:
        first = items[0]
        looks_like_file = Path(first).suffix.lower() in {".csv", ".tsv", ".txt", ".parquet", ".pq", ".gz", ".tab"}
        if looks_like_file or Path(first).is_file():
            return first, " ".join(items[1:])
    if len(items) == 1 and Path(items[0]).is_file():
        raise UserError(f"'{items[0]}' is a data file, but no question was given.",
                        f'Ask something about it: python -m copilot ask {items[0]} "What is the effect of X on Y?"')
    return None, " ".join(items)


def cmd_ask(args) -> int:
    if args.task is not None:  # a task JSON skips the parser (scripts, audits, the UI's edit-and-rerun)
        try:
            task = json.loads(args.task)
        except ValueError as exc:
            raise UserError(f"--task is not valid JSON ({exc}).", 'Pass an object such as \'{"kind": "audit", ...}\'.') from None
        return _print_answer(_make_copilot(args).run_task(task, data=args.args[0] if args.args else None, thread_id="cli"), args.json)
    if not args.args:
        raise UserError("Nothing to answer.", 'Ask a question: python -m copilot ask "…", or pass --task JSON.')
    data, question = _split_ask_args(args.args)
    if data is not None:
        from copilot.data import load_table

        data = load_table(data)  # a bad file is reported before the (slow) model load; read once
    copilot = _make_copilot(args)
    bar, update = _progress_bar()
    try:
        answer = copilot.ask(question, data=data, thread_id="cli", progress=update)
    finally:
        bar.close()
    return _print_answer(answer, args.json, kept=bool(getattr(args, "figures", None)))


def cmd_chat(args) -> int:
    table = None
    if args.data is not None:
        from copilot.data import load_table

        table = load_table(args.data)  # read once; the agent keeps it for the thread
    copilot = _make_copilot(args)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask a causal question (empty line or 'quit' to stop, 'reset' to start over).", file=sys.stderr)
    data = table
    thread = "chat"
    status = EXIT_OK
    while True:
        if interactive:
            print("> ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            break
        message = line.strip()
        if message.lower() in {"quit", "exit", "q"} or (interactive and not message):
            break
        if not message:
            continue
        if message.lower() == "reset":
            copilot.reset(thread)
            data = table
            print("(conversation reset)")
            continue
        answer = copilot.ask(message, data=data, thread_id=thread)
        data = None  # the table stays with the thread
        if args.json:
            print(json.dumps(json.loads(answer_json(answer))))
        else:
            print(answer.explanation)
            print()
        sys.stdout.flush()
        status = EXIT_USER_ERROR if answer.error else EXIT_OK
    return status if not interactive else EXIT_OK


def cmd_schema(args) -> int:
    from copilot.task import task_schema

    print(json.dumps(task_schema(), indent=2))
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    import os

    from copilot.cleanup import handle_signals

    args = _parser().parse_args(argv)
    handle_signals()  # SIGTERM exits normally, so the temporary figure folder is removed
    if getattr(args, "figures", None):
        os.environ["COPILOT_FIGURE_DIR"] = str(Path(args.figures).expanduser())
    try:
        return {"ask": cmd_ask, "chat": cmd_chat, "schema": cmd_schema}[args.command](args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
