"""`python -m eval sdscm --data DIR --out OUT`: score our ATE/CATE estimators on SD-SCM benchmarks.

Why: SD-SCM datasets (Bynum & Cho, 2024) come with every unit's counterfactual outcomes, so the
true individual and average effects are known exactly. This suite runs every estimator in the
registry (`tools.estimators`) on each dataset, with all covariates and with the exogenous ones
hidden, and reports the paper's metrics beside the paper's Table 1.

Data layout (the paper's release and our own `generate` command): one CSV(.gz) per dataset with
value-index columns, the outcome column, and counterfactual columns
`<outcome>|do(<treatment>=<value>)`. A ground-truth sidecar (`<name>.truth.json`, or one
`ground_truth.json` / `truth.json` per folder) may name the treatment, outcome, treatment
values, covariates and hidden (exogenous) variables; without one, the paper's breast-cancer
layout is assumed (treatment `X12`, outcome `logP(X13=0)`, covariates `X0..X11`, hidden
`X0..X3`).

`python -m eval sdscm generate ...` makes datasets with our SD-SCM engine (`eval.sdscm_generate`).
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from copilot.errors import UserError
from eval import harness
from eval.sdscm_data import dataset_stem, discover, load_spec, prepare
from eval.sdscm_scores import SETTINGS, aggregate, comparison_rows, r2, write_report
from tools.estimators import ESTIMATORS, NUISANCES, fit_estimator

# The paper's estimators first, then the cheap baselines, then the rest (see `run`).
DEFAULT_ORDER: tuple[str, ...] = ("linear_dml", "causal_forest", "diff_in_means", "ols", "linear_dr", "forest_dr",
                                  "s_learner", "t_learner", "x_learner")


@dataclass(frozen=True)
class Item:
    """One fit: an estimator on one dataset in one setting (the unit the harness runs and resumes)."""

    lm: str
    path: str
    setting: str
    estimator: str
    seed: int
    encoding: str
    overrides: tuple[tuple[str, object], ...] = ()
    nuisance: str = "linear"

    @property
    def key(self) -> str:
        return f"{self.lm}/{dataset_stem(Path(self.path))}/{self.setting}/{self.estimator}"


def evaluate_item(item: Item) -> dict:
    """Fit one estimator on one dataset/setting and compare with the exact counterfactual truth."""
    import threadpoolctl

    path = Path(item.path)
    spec = load_spec(path, dict(item.overrides))
    y, t, x, names, ite = prepare(path, spec, item.setting, item.encoding)
    import econml.dml, econml.dr, econml.metalearners  # noqa: E401,F401 - import time is not fit time
    start = time.perf_counter()
    with threadpoolctl.threadpool_limits(1):  # one core per item; parallelism comes from --jobs
        fit = fit_estimator(item.estimator, y, t, x, seed=item.seed, feature_names=names, nuisance=item.nuisance)
    seconds = time.perf_counter() - start
    true_ate = float(ite.mean())
    lo, hi = fit.ate_ci if fit.ate_ci is not None else (None, None)
    return {
        "lm": item.lm,
        "dataset": dataset_stem(path),
        "setting": item.setting,
        "estimator": item.estimator,
        "seed": item.seed,
        "encoding": item.encoding,
        "nuisance": item.nuisance,
        "n_rows": int(len(y)),
        "n_features": int(x.shape[1]),
        "true_ate": true_ate,
        "population_ate": spec.true_ate,
        "ate": fit.ate,
        "ci_low": lo,
        "ci_high": hi,
        "covered": None if lo is None else bool(lo <= true_ate <= hi),
        "cate_r2": r2(ite, fit.cate),
        "pehe": float(np.sqrt(np.mean((fit.cate - ite) ** 2))),
        "fit_seconds": round(seconds, 4),
    }





def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m eval sdscm", description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="one LM folder of datasets, or a folder of LM folders")
    parser.add_argument("--out", required=True, help="output folder (items.jsonl, metrics.json, report.md, PNGs)")
    parser.add_argument("--estimators", default=",".join(DEFAULT_ORDER), help="comma-separated subset of: " + ",".join(ESTIMATORS))
    parser.add_argument("--settings", default=",".join(SETTINGS), help="comma-separated: all, hidden")
    parser.add_argument("--limit", type=int, default=None, help="first N datasets per LM (natural order)")
    parser.add_argument("--encoding", choices=("onehot", "ordinal"), default="onehot", help="covariate encoding")
    parser.add_argument("--nuisance", choices=NUISANCES, default="linear",
                        help="first-stage models of the DML/DR estimators: linear (Lasso/logistic CV) or forest")
    parser.add_argument("--treatment", default=None, help="override the treatment column")
    parser.add_argument("--outcome", default=None, help="override the outcome column")
    parser.add_argument("--hidden", default=None, help="comma-separated hidden (exogenous) columns, overriding the truth file")
    harness.add_common_args(parser)
    harness.add_executor_args(parser)
    return parser


def main(argv: list[str]) -> int:
    argv = list(argv)
    if argv and argv[0] == "generate":
        try:
            from eval import sdscm_generate
        except ImportError as exc:
            print(f"`sdscm generate` is not available yet ({exc}); the SD-SCM engine provides it.")
            return 2
        return int(sdscm_generate.main(argv[1:]) or 0)
    args = build_parser().parse_args(argv)
    try:
        return run(args, argv)
    except UserError as exc:
        print(f"error: {exc}")
        return 2


def run(args, argv: list[str]) -> int:
    estimators = [e.strip() for e in args.estimators.split(",") if e.strip()]
    unknown = [e for e in estimators if e not in ESTIMATORS]
    if unknown:
        raise UserError(f"Unknown estimators {unknown}.", hint=f"Choose from {', '.join(ESTIMATORS)}.")
    settings = [s.strip() for s in args.settings.split(",") if s.strip()]
    if any(s not in SETTINGS for s in settings):
        raise UserError(f"--settings must be a subset of {SETTINGS}, got {settings}.")
    overrides = {"treatment": args.treatment, "outcome": args.outcome,
                 "hidden": [h.strip() for h in args.hidden.split(",")] if args.hidden else None}
    frozen = tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in overrides.items() if v is not None)
    lms = discover(args.data)
    # Estimator outermost, in the order given: an interrupted run has every dataset for the first
    # estimators (the paper's comparison) rather than every estimator for the first datasets.
    items = [
        Item(lm, str(path), setting, est, args.seed, args.encoding, frozen, args.nuisance)
        for est in estimators
        for lm, files in lms.items()
        for path in files[: args.limit]
        for setting in settings
    ]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    executor = harness.make_executor(args.jobs, args.executor, args.address)
    summary = harness.run_items(items, evaluate_item, out / "items.jsonl", key=lambda i: i.key,
                                executor=executor, desc="sdscm fits", fresh=args.fresh)
    metrics = aggregate(summary.records, seed=args.seed)
    info = harness.run_info(["sdscm", *argv], seed=args.seed, executor=executor, encoding=args.encoding, nuisance=args.nuisance,
                            lms={lm: len(f[: args.limit]) for lm, f in lms.items()}, estimators=estimators,
                            settings=settings, seconds=summary.seconds, fits_new=summary.n_new,
                            fits_resumed=summary.n_resumed, errors=summary.n_errors)
    harness.write_json(out / "metrics.json", metrics)
    harness.write_json(out / "run.json", info)
    report = write_report(out, summary.records, metrics, info)
    print(f"{summary.n_new} new fits, {summary.n_resumed} resumed, {summary.n_errors} errors in {summary.seconds:.1f} s")
    print(f"wrote {out / 'metrics.json'} and {report}")
    for row in comparison_rows(metrics):
        print(f"  {row['estimator']:<14} {row['lm']:<12} {row['setting']:<7} ours {harness.fmt(row['ours'])}  paper {row['paper']:.4f}")
    return 1 if summary.n_errors and not metrics else 0


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.exit(main(sys.argv[1:]))