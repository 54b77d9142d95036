"""The SD-SCM benchmark's datasets: where they are, what their columns mean, and what an estimator gets.

A dataset is one CSV(.gz) with value-index columns, the outcome column and counterfactual columns
`<outcome>|do(<treatment>=<value>)`; a ground-truth sidecar may name the column roles (else the
paper's breast-cancer layout is assumed). `prepare` turns one dataset and setting (all covariates,
or the exogenous ones hidden) into the arrays an estimator is fitted on, with the exact per-unit effects.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
from pydantic import BaseModel, Field

from copilot.errors import UserError


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


_DATA_SUFFIXES = (".csv.gz", ".csv")


def _is_data_file(path: Path) -> bool:
    return path.is_file() and path.name.endswith(_DATA_SUFFIXES)


def dataset_stem(path: Path) -> str:
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
    candidates = [path.with_name(dataset_stem(path) + ".truth.json")]
    candidates += [path.parent / "ground_truth.json", path.parent / "truth.json"]
    for candidate in candidates:
        if candidate.is_file():
            raw = json.loads(candidate.read_text())
            if isinstance(raw, dict) and dataset_stem(path) in raw.get("datasets", {}):
                raw = {**{k: v for k, v in raw.items() if k != "datasets"}, **raw["datasets"][dataset_stem(path)]}
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
        covariates = pre_treatment_nodes(df, spec)
    if setting == "hidden":
        hidden = spec.hidden if spec.hidden is not None else default_hidden(df, spec)
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


def pre_treatment_nodes(df: pd.DataFrame, spec: BenchSpec) -> list[str]:
    """Node columns whose counterfactual values do not move with the treatment (non-descendants)."""
    nodes = [c for c in df.columns if _NODE.match(c) and not c.startswith(("logP", "Unnamed")) and c != spec.treatment]
    keep = []
    for node in nodes:
        cf = [f"{node}|do({spec.treatment}={v})" for v in (spec.control, spec.treated)]
        if all(c in df.columns for c in cf) and all((df[c] == df[node]).all() for c in cf):
            keep.append(node)
    return keep


def default_hidden(df: pd.DataFrame, spec: BenchSpec) -> list[str]:
    """The paper's exogenous variables X0..X3 when the layout is the paper's."""
    if spec.treatment == "X12" and all(f"X{i}" in df.columns for i in range(4)):
        return ["X0", "X1", "X2", "X3"]
    return []
