"""`python -m eval COMMAND ...`: every benchmark and evaluation suite.

Each command lives in its own module with a `main(argv: list[str]) -> int`; this file only
dispatches, so suites can be added without touching each other.
"""

from __future__ import annotations

import importlib
import sys

COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("eval.parse_bench", "score question -> task parsing on a questions.jsonl file"),
    "parse-train": ("eval.parse_train", "refit the parser's kind model on the train split (choose C on dev)"),
    "parse-gate": ("eval.parse_gate", "fit the parser's am-I-sure gate across the train/dev sets "
                   "(threshold by leave-one-set-out replay)"),
    "corr2cause": ("eval.corr2cause", "score the relation tool on a Corr2Cause CSV"),
    "sdscm": ("eval.sdscm", "score estimators on SD-SCM benchmarks (`sdscm generate ...` makes them)"),
    "bench-sdscm": ("eval.bench_sdscm", "SD-SCM engine speed: batched vs naive rows/s"),
    "bench-lm": ("eval.bench_lm", "language model load time, tokens/s, scored continuations/s"),
    "bench": ("eval.bench_tools", "time each causal tool on 5k and 50k rows"),
    "bench-fits": ("eval.bench_fits", "our OLS and logistic fits against statsmodels (why they stay ours)"),
    "bench-discovery": ("eval.discovery_bench", "time and score each discovery method on a known random DAG"),
    "agent": ("eval.agent", "ask the agent a question per dataset, score it end to end"),
    "all": ("eval.run_all", "every suite with small defaults"),
}


def usage() -> str:
    lines = ["usage: python -m eval COMMAND [options]   (COMMAND --help for its options)", "", "commands:"]
    lines += [f"  {name:<16} {help_}" for name, (_, help_) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(usage())
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    from copilot.errors import UserError

    module = importlib.import_module(COMMANDS[name][0])
    try:
        return int(module.main(rest) or 0)
    except UserError as exc:  # bad input to any suite: the message and what to do, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
