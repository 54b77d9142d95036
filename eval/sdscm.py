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
import functools
import json
import math
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import UserError
from eval import harness
from tools.estimators import ESTIMATORS, NUISANCES, fit_estimator

SETTINGS: tuple[str, ...] = ("all", "hidden")
# The paper's estimators first, then the cheap baselines, then the rest (see `run`).
DEFAULT_ORDER: tuple[str, ...] = ("linear_dml", "causal_forest", "diff_in_means", "ols", "linear_dr", "forest_dr",
                                  "s_learner", "t_learner", "x_learner")

# Bynum & Cho (2024), Table 1: ATE R^2 across datasets, (all covariates, hidden U).
# "T-only OLS" regresses Y on T alone: its point estimate is the difference in means.
PAPER_ATE_R2: dict[str, dict[str, dict[str, float]]] = {
    "causal_forest": {"gpt2": {"all": 0.9941, "hidden": 0.8686}, "llama": {"all": 0.9608, "hidden": 0.8129}},
    "linear_dml": {"gpt2": {"all": 0.979, "hidden": 0.8655}, "llama": {"all": 0.9608, "hidden": 0.8216}},
    "diff_in_means": {"gpt2": {"all": 0.6047, "hidden": 0.6047}, "llama": {"all": 0.5082, "hidden": 0.5082}},
}
PAPER_NAMES = {"causal_forest": "ForestDML (CausalForestDML)", "linear_dml": "LinearDML", "diff_in_means": "T-only OLS (diff. in means)"}


class BenchSpec(BaseModel):
    """How to read one benchmark dataset: the ground truth's column roles."""

    treatment: str = "X12"
    outcome: str = "logP(X13=0)"
    control: str = "0"
    treated: str = "1"
    covariates: list[str] | None = Field(None, description="'all' setting; None = every pre-treatment node column.")
    hidden: list[str] | None = Field(None, description="Exogenous variables removed in the 'hidden' setting.")
    true_ate: float | None = Field(None, description="Population ATE if the generator knows it (reported only).")

    def ite_columns(self) -> tuple[str, str]:
        return (f"{self.outcome}|do({self.treatment}={self.control})", f"{self.outcome}|do({self.treatment}={self.treated})")


# ---------------------------------------------------------------------------------------------
# finding and reading datasets

_DATA_SUFFIXES = (".csv.gz", ".csv")


def _is_data_file(path: Path) -> bool:
    return path.is_file() and path.name.endswith(_DATA_SUFFIXES)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in _DATA_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _natural_key(path: Path):
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.name)]


def discover(data: str | Path) -> dict[str, list[Path]]:
    """{lm name: dataset files}. `data` is one LM folder (files inside) or a folder of LM folders."""
    root = Path(data)
    if not root.is_dir():
        raise UserError(f"--data {data} is not a folder.", hint="Point it at e.g. ../shared/data/sdscm_bcancer or one LM folder in it.")
    files = sorted((p for p in root.iterdir() if _is_data_file(p)), key=_natural_key)
    if files:
        return {root.name: files}
    found = {}
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        sub_files = sorted((p for p in sub.iterdir() if _is_data_file(p)), key=_natural_key)
        if sub_files:
            found[sub.name] = sub_files
    if not found:
        raise UserError(f"No .csv or .csv.gz datasets in {data} or its subfolders.")
    return found


def _read_sidecar(path: Path) -> dict:
    candidates = [path.with_name(_stem(path) + ".truth.json")]
    candidates += [path.parent / "ground_truth.json", path.parent / "truth.json"]
    for candidate in candidates:
        if candidate.is_file():
            raw = json.loads(candidate.read_text())
            if isinstance(raw, dict) and _stem(path) in raw.get("datasets", {}):
                raw = {**{k: v for k, v in raw.items() if k != "datasets"}, **raw["datasets"][_stem(path)]}
            return raw
    return {}


def load_spec(path: Path, overrides: dict | None = None) -> BenchSpec:
    """The dataset's column roles: sidecar, then command-line overrides, then the paper's defaults."""
    raw = _read_sidecar(path)
    known = set(BenchSpec.model_fields)
    values = {k: v for k, v in raw.items() if k in known and v is not None}
    for key in ("control", "treated"):
        if key in values:
            values[key] = _fmt_value(values[key])
    if "treatment_values" in raw and raw["treatment_values"]:
        # our generator's ITE column is do(first value) vs do(second value): the same contrast
        values["control"], values["treated"] = (_fmt_value(v) for v in raw["treatment_values"][:2])
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return BenchSpec(**values)


def _fmt_value(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@functools.lru_cache(maxsize=8)
def _read_csv(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


_NODE = re.compile(r"^[^|()]+$")


def prepare(path: Path, spec: BenchSpec, setting: str, encoding: str = "onehot"):
    """(Y, T, X, feature names, true ITE) for one dataset and setting.

    Covariates are value indices of categorical text variables, so by default they are one-hot
    encoded (an index has no order); `encoding="ordinal"` keeps the raw indices instead.
    """
    df = _read_csv(str(path))
    col0, col1 = spec.ite_columns()
    missing = [c for c in (spec.treatment, spec.outcome, col0, col1) if c not in df.columns]
    if missing:
        raise UserError(f"{path.name} lacks columns {missing}; is it an SD-SCM dataset with counterfactual columns?")
    covariates = spec.covariates
    if covariates is None:
        covariates = _pre_treatment_nodes(df, spec)
    if setting == "hidden":
        hidden = spec.hidden if spec.hidden is not None else _default_hidden(df, spec)
        if not hidden:
            raise UserError(f"{path.name}: no hidden (exogenous) variables are known; pass --hidden or add them to the truth file.")
        covariates = [c for c in covariates if c not in set(hidden)]
    levels = {float(spec.control), float(spec.treated)}
    if not set(df[spec.treatment].astype(float).unique()) <= levels:
        raise UserError(f"{path.name}: treatment {spec.treatment} takes values other than {spec.control} and {spec.treated}; "
                        "this benchmark scores binary contrasts only.")
    t = (df[spec.treatment].astype(float) == float(spec.treated)).astype(int).to_numpy()
    y = df[spec.outcome].astype(float).to_numpy()
    ite = (df[col1].astype(float) - df[col0].astype(float)).to_numpy()
    frame = df[covariates]
    if not covariates:  # e.g. every covariate is exogenous and hidden: estimators get no X
        return y, t, np.empty((len(df), 0)), [], ite
    if encoding == "onehot":
        frame = pd.get_dummies(frame.astype("category"), prefix_sep="=", drop_first=False).astype(float)
        frame = frame.loc[:, frame.std(ddof=0) > 0]
    else:
        frame = frame.astype(float)
    return y, t, frame.to_numpy(), list(frame.columns), ite


def _pre_treatment_nodes(df: pd.DataFrame, spec: BenchSpec) -> list[str]:
    """Node columns whose counterfactual values do not move with the treatment (non-descendants)."""
    nodes = [c for c in df.columns if _NODE.match(c) and not c.startswith(("logP", "Unnamed")) and c != spec.treatment]
    keep = []
    for node in nodes:
        cf = [f"{node}|do({spec.treatment}={v})" for v in (spec.control, spec.treated)]
        if all(c in df.columns for c in cf) and all((df[c] == df[node]).all() for c in cf):
            keep.append(node)
    return keep


def _default_hidden(df: pd.DataFrame, spec: BenchSpec) -> list[str]:
    """The paper's exogenous variables X0..X3 when the layout is the paper's."""
    if spec.treatment == "X12" and all(f"X{i}" in df.columns for i in range(4)):
        return ["X0", "X1", "X2", "X3"]
    return []


# ---------------------------------------------------------------------------------------------
# one item = one (dataset, setting, estimator)


@dataclass(frozen=True)
class Item:
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
        return f"{self.lm}/{_stem(Path(self.path))}/{self.setting}/{self.estimator}"


def _r2(truth: np.ndarray, estimate: np.ndarray) -> float:
    ss_tot = float(np.sum((truth - truth.mean()) ** 2))
    if ss_tot == 0:
        return float("nan")
    return 1.0 - float(np.sum((truth - estimate) ** 2)) / ss_tot


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
        "dataset": _stem(path),
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
        "cate_r2": _r2(ite, fit.cate),
        "pehe": float(np.sqrt(np.mean((fit.cate - ite) ** 2))),
        "fit_seconds": round(seconds, 4),
    }


# ---------------------------------------------------------------------------------------------
# metrics and report


def _clean(value: float | None) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def bootstrap_r2_interval(truth: np.ndarray, estimate: np.ndarray, *, n_boot: int = 1000, seed: int = 0):
    """95% percentile interval of the across-dataset ATE R^2, resampling datasets.

    Why: R^2 over 100 datasets moves a lot with a handful of datasets; the interval says whether
    a gap to the paper (1,000 datasets) is more than the subset's own sampling error.
    """
    if len(truth) < 3:
        return None
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(n_boot):
        idx = rng.integers(0, len(truth), len(truth))
        value = _r2(truth[idx], estimate[idx])
        if not math.isnan(value):
            draws.append(value)
    if not draws:
        return None
    lo, hi = np.percentile(draws, [2.5, 97.5])
    return [float(lo), float(hi)]


def aggregate(records: list[dict], seed: int = 0) -> dict:
    """{lm: {setting: {estimator: {ate_r2, ate_rmse, cate_r2, pehe, coverage, ...}}}}.

    ate_r2: R^2 of estimated vs true sample ATE across datasets (with a dataset-bootstrap 95%
    interval, ate_r2_ci); ate_rmse over datasets; cate_r2 and pehe (root mean squared ITE error):
    means over datasets (cate_r2_median too: the mean is dominated by datasets whose ITEs barely
    vary); coverage: share of datasets whose 95% interval contains the true sample ATE (None
    without intervals).
    """
    frame = pd.DataFrame([r for r in records if "error" not in r])
    metrics: dict = {}
    if frame.empty:
        return metrics
    for (lm, setting, est), group in frame.groupby(["lm", "setting", "estimator"], sort=False):
        truth, estimate = group["true_ate"].to_numpy(float), group["ate"].to_numpy(float)
        covered = group["covered"].dropna()
        metrics.setdefault(lm, {}).setdefault(setting, {})[est] = {
            "ate_r2": _clean(_r2(truth, estimate)),
            "ate_r2_ci": bootstrap_r2_interval(truth, estimate, seed=seed),
            "ate_rmse": _clean(float(np.sqrt(np.mean((truth - estimate) ** 2)))),
            "ate_bias": _clean(float(np.mean(estimate - truth))),
            "cate_r2": _clean(float(group["cate_r2"].mean())),
            "cate_r2_median": _clean(float(group["cate_r2"].median())),
            "pehe": _clean(float(group["pehe"].mean())),
            "coverage": _clean(float(covered.astype(float).mean())) if len(covered) else None,
            "n_datasets": int(len(group)),
            "seconds": _clean(float(group["fit_seconds"].mean())),
        }
    return metrics


def _paper_lm(lm: str) -> str | None:
    low = lm.lower()
    if "gpt2" in low or "gpt-2" in low:
        return "gpt2"
    if "llama" in low:
        return "llama"
    return None


def comparison_rows(metrics: dict) -> list[dict]:
    """Our ATE R^2 beside the paper's Table 1, one row per (estimator, lm, setting) the paper has."""
    rows = []
    for est, by_lm in PAPER_ATE_R2.items():
        for lm, settings in metrics.items():
            paper_lm = _paper_lm(lm)
            if paper_lm is None or paper_lm not in by_lm:
                continue
            for setting in SETTINGS:
                ours = settings.get(setting, {}).get(est, {}).get("ate_r2")
                ci = settings.get(setting, {}).get(est, {}).get("ate_r2_ci")
                paper = by_lm[paper_lm][setting]
                if est == "diff_in_means" and setting == "hidden":
                    continue  # no covariates: identical to the 'all' row
                rows.append({"estimator": est, "lm": lm, "setting": setting, "ours": ours, "paper": paper,
                             "diff": None if ours is None else ours - paper, "ci": ci,
                             "paper_in_ci": None if not ci else bool(ci[0] <= paper <= ci[1])})
    return rows


def explain_gap(records: list[dict], lm: str, setting: str, estimator: str, k: int = 5) -> str:
    """Diagnostics for an R^2 gap: how concentrated the error is, and what hiding U costs.

    Why: an across-dataset R^2 over 100 datasets can be dragged down by a few datasets; in the
    hidden setting the ATE is not identified, so the error is confounding bias (estimates move
    away from their all-covariates values), not estimation noise.
    """
    rows = pd.DataFrame([r for r in records if r["lm"] == lm and r["estimator"] == estimator])
    if rows.empty:
        return "no records."
    here = rows[rows["setting"] == setting].set_index("dataset")
    err2 = (here["ate"] - here["true_ate"]) ** 2
    worst = err2.sort_values(ascending=False).index[:k]
    share = float(err2[worst].sum() / err2.sum()) if err2.sum() > 0 else float("nan")
    rest = here.drop(worst)
    parts = [f"the {k} worst of {len(here)} datasets ({', '.join(map(str, worst))}) carry {share:.0%} of the squared "
             f"error; without them R² = {_r2(rest['true_ate'].to_numpy(), rest['ate'].to_numpy()):.3f}."]
    if setting == "hidden" and "all" in set(rows["setting"]):
        full = rows[rows["setting"] == "all"].set_index("dataset").reindex(here.index)
        shift = (here["ate"] - full["ate"]).abs()
        parts.append(f"With all covariates the same estimator has R² = {_r2(full['true_ate'].to_numpy(), full['ate'].to_numpy()):.3f} "
                     f"on these datasets; hiding X0..X3 moves its estimate by {shift.mean():.4g} on average "
                     f"({shift[worst].mean():.4g} on the worst {k}) — omitted-confounder bias: without X0..X3 the ATE "
                     "is not identified, and how much bias an estimator picks up depends on how it extrapolates, "
                     "not on sampling noise.")
    ci = bootstrap_r2_interval(here["true_ate"].to_numpy(), here["ate"].to_numpy())
    if ci:
        parts.append(f"Dataset-bootstrap 95% interval of our R²: [{ci[0]:.3f}, {ci[1]:.3f}].")
    return " ".join(parts)


def write_report(out: Path, records: list[dict], metrics: dict, info: dict) -> Path:
    """OUT/report.md plus PNG plots: estimated vs true ATE per estimator, coverage bars."""
    good = [r for r in records if "error" not in r]
    lines = ["# SD-SCM benchmark: our estimators vs. the exact counterfactual truth", ""]
    lines += [
        f"Command: `{info.get('command', '')}`  ",
        f"Seed {info.get('seed')}, executor {info.get('executor')} ({info.get('n_jobs')} jobs), covariate encoding "
        f"`{info.get('encoding')}`, nuisance models `{info.get('nuisance')}`, {len(good)} fits ({len(records) - len(good)} errors); "
        f"this invocation {info.get('seconds', 0):.0f} s wall ({info.get('fits_resumed', 0)} fits resumed from items.jsonl), "
        f"summed per-item time {sum(r.get('seconds') or 0 for r in records) / 3600:.2f} h.",
        "",
        "Truth: each unit's ITE = outcome under do(T=treated) minus under do(T=control), both sampled with "
        "the unit's own exogenous noise; the target is the *sample* ATE (mean ITE) of each dataset.",
        "",
        "## Paper comparison (Bynum & Cho 2024, Table 1: ATE R² across datasets)",
        "",
    ]
    rows = comparison_rows(metrics)
    if rows:
        lines.append(
            harness.markdown_table(
                ["estimator (paper name)", "LM", "setting", "ours", "ours 95% CI (bootstrap)", "paper", "ours − paper",
                 "paper inside our CI"],
                [[PAPER_NAMES[r["estimator"]], r["lm"], r["setting"], r["ours"],
                  "–" if not r["ci"] else f"[{r['ci'][0]:.3f}, {r['ci'][1]:.3f}]", r["paper"], r["diff"],
                  {True: "yes", False: "no", None: "–"}[r["paper_in_ci"]]] for r in rows],
            )
        )
        big = [r for r in rows if r["diff"] is not None and abs(r["diff"]) > 0.05]
        lines += ["", f"Rows differing from the paper by more than 0.05 R²: {len(big)}."]
        for r in big:
            lines.append(f"- {PAPER_NAMES[r['estimator']]}, {r['lm']}, {r['setting']}: " + explain_gap(good, r["lm"], r["setting"], r["estimator"]))
        lines += [
            "",
            "The paper scores 1,000 datasets per LM; the shared subset has 100 (every tenth), so R² here carries "
            "sampling error of its own, largest where the spread of true ATEs across datasets is small.",
        ]
    else:
        lines.append("(no LM folder named like the paper's gpt2 / llama; nothing to compare)")
    lines.append("")
    for lm, settings in metrics.items():
        truths = pd.DataFrame(good)
        truths = truths[truths["lm"] == lm].drop_duplicates("dataset")["true_ate"]
        lines += [f"## {lm}", "", f"{len(truths)} datasets; true sample ATE mean {truths.mean():.4g}, "
                  f"sd across datasets {truths.std():.4g}, range [{truths.min():.4g}, {truths.max():.4g}].", ""]
        for setting, by_est in settings.items():
            lines += [f"### covariates: {setting}", ""]
            lines.append(
                harness.markdown_table(
                    ["estimator", "ATE R²", "ATE RMSE", "ATE bias", "CATE R² (mean)", "CATE R² (median)", "PEHE (mean)",
                     "95% coverage", "datasets", "s/fit"],
                    [[e, m["ate_r2"], m["ate_rmse"], m["ate_bias"], m["cate_r2"], m["cate_r2_median"], m["pehe"],
                      m["coverage"], m["n_datasets"], m["seconds"]] for e, m in by_est.items()],
                )
            )
            panels = {}
            for est in by_est:
                sub = [r for r in good if r["lm"] == lm and r["setting"] == setting and r["estimator"] == est]
                panels[f"{est} (R²={harness.fmt(by_est[est]['ate_r2'], 3)})"] = (
                    [r["true_ate"] for r in sub], [r["ate"] for r in sub])
            png = harness.scatter_grid(panels, out / f"ate_scatter_{_safe(lm)}_{setting}.png",
                                       title=f"{lm}, {setting} covariates: estimated vs true ATE")
            lines += ["", f"![estimated vs true ATE, {lm} {setting}]({png.name})", ""]
    groups = {f"{lm} / {setting}": {e: m["coverage"] for e, m in by_est.items()}
              for lm, settings in metrics.items() for setting, by_est in settings.items()}
    if any(v is not None for g in groups.values() for v in g.values()):
        png = harness.grouped_bars(groups, out / "coverage.png", title="95% interval coverage of the true ATE",
                                   ylabel="coverage", reference=0.95)
        lines += ["## Interval coverage", "",
                  "Meta-learners (S/T/X) report no interval here (bootstrap off for speed), so they have no bar.", "",
                  f"![coverage]({png.name})", ""]
    errors = [r for r in records if "error" in r]
    if errors:
        lines += ["## Errors", ""] + [f"- `{r['key']}`: {r['error']}" for r in errors[:20]] + [""]
    path = out / "report.md"
    path.write_text("\n".join(lines) + "\n")
    return path


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)


# ---------------------------------------------------------------------------------------------
# CLI


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
