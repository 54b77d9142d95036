"""`python -m eval sdscm generate --spec S --datasets K --rows N --out DIR [--hidden exogenous]`.

Writes K datasets (observed CSV + ground-truth CSV in the paper's layout + manifest.json) from an
SD-SCM on the local language model; seeded and resumable (rerun the same command to continue).
`--workers N` spreads the datasets over N Ray workers (a local Ray; `--address` joins a cluster),
one model copy each, with progress across workers; without it one model runs in this process.
"""

from __future__ import annotations

import argparse
import json

from copilot.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m eval sdscm generate", description=__doc__.splitlines()[0])
    p.add_argument("--spec", required=True, help="bundled name (confounder, collider, mediator, instrument, breast_cancer) or a JSON/YAML path (ours or the paper's config)")
    p.add_argument("--datasets", type=int, default=1)
    p.add_argument("--rows", type=int, default=1000)
    p.add_argument("--out", required=True)
    p.add_argument("--hidden", choices=["exogenous", "none"], default="none", help="hide the spec's exogenous variables from data_*.csv")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--model", default=None, help="local model name (default: $COPILOT_MODEL or qwen2.5-0.5b)")
    p.add_argument("--dtype", default="auto", choices=["auto", "fp32", "fp16", "bf16"], help="auto: the machine's choice (copilot.lm.choose_dtype)")
    p.add_argument("--workers", type=int, default=None, help="Ray workers (one model copy each); default: no Ray, one model in this process")
    p.add_argument("--address", default=None, help="an existing Ray cluster ('auto' or ray://host:10001); default: a local Ray")
    p.add_argument("--unit-chunk", type=int, default=1024, help="units per key/value-cache trie (bounds memory)")
    return p


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from tools.sdscm.lm import load_lm
    from tools.sdscm.generate import generate
    from tools.sdscm.spec import load_spec

    try:
        if args.datasets < 1 or args.rows < 1:
            raise UserError("--datasets and --rows must be at least 1.")
        spec = load_spec(args.spec)
        hidden = None if args.hidden == "none" else args.hidden
        if args.workers is not None or args.address:
            from tools.sdscm.cluster import generate_ray

            result = generate_ray(spec, datasets=args.datasets, rows=args.rows, out_dir=args.out, workers=args.workers or 2,
                                  address=args.address, model=args.model, dtype=args.dtype, seed=args.seed, hidden=hidden,
                                  unit_chunk=args.unit_chunk)
        else:
            from tools.sdscm.lm import use_all_cores

            lm = load_lm(args.model, dtype=args.dtype)
            use_all_cores()  # a batch job: every core (copilot.lm's loader leaves one free for the app)
            result = generate(spec, lm, datasets=args.datasets, rows=args.rows, out_dir=args.out, seed=args.seed,
                              hidden=hidden, unit_chunk=args.unit_chunk)
    except UserError as exc:
        print(f"error: {exc}")
        return 2
    summary = result.model_dump(exclude={"files"})
    summary["n_files"] = len(result.files)
    print(json.dumps(summary, indent=1))
    return 0
