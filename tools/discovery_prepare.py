"""Causal discovery, step one: the numeric table a search can run on, and what it took to get it.

Why a module of its own: which columns a CI test can use (text, dates, constants, identifiers and
huge category sets cannot), how discrete they are, and how many rows went is the part of discovery
a user most often has to act on; every exclusion comes back as a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from copilot.data import apply_conditions, looks_like_identifier, profile, require_columns
from copilot.errors import UserError
from copilot.task import DiscoverTask
from tools.prep import drop_incomplete

DISCRETE_MAX_INT_LEVELS = 5  # an integer column with at most this many values counts as discrete
MAX_CATEGORIES = 30  # more levels than this cannot be tested with a contingency table


@dataclass
class Prepared:
    """The numeric table discovery runs on, with what was done to get it."""

    frame: pd.DataFrame  # numeric: continuous as float, discrete as integer codes
    kinds: dict[str, str]  # column -> continuous / binary / ordinal / categorical
    n_dropped: int
    warnings: list[str] = field(default_factory=list)
    codes: dict[str, list[str]] = field(default_factory=dict)  # categorical column -> level per code

    @property
    def names(self) -> list[str]:
        return list(self.frame.columns)

    def discrete(self) -> list[str]:
        return [c for c, k in self.kinds.items() if k != "continuous"]

    def continuous(self) -> list[str]:
        return [c for c, k in self.kinds.items() if k == "continuous"]




def prepare_data(task: DiscoverTask, data: pd.DataFrame) -> Prepared:
    """Filter rows, pick usable columns, drop incomplete rows (counted) and encode categoricals.

    Text and date columns are dropped with a warning (a CI test cannot use them); so are constant
    columns and, when the user did not name the variables, ID-like and mostly-missing columns.
    """
    require_columns(task.columns(), data.columns)
    df = apply_conditions(data, task.conditions)
    named = list(dict.fromkeys(task.variables)) if task.variables else None
    candidates = named or [str(c) for c in df.columns]
    knowledge_vars = {v for edge in task.required_edges + task.forbidden_edges for v in edge}
    knowledge_vars |= {v for tier in task.tiers for v in tier}
    if named:
        outside = sorted(knowledge_vars - set(named))
        if outside:
            raise UserError(
                f"The background knowledge names {', '.join(map(repr, outside))}, which "
                f"{'is' if len(outside) == 1 else 'are'} not among the chosen variables.",
                "Add them to the variables or remove them from the required/forbidden edges and tiers.",
            )
    prof = profile(df[candidates])
    warn: list[str] = []
    keep: list[str] = []
    kinds: dict[str, str] = {}
    for col in prof.columns:
        name = col.name
        why = None
        if col.type in ("text", "date"):
            why = f"it is a {col.type} column"
        elif col.n_distinct == 0:
            why = "it is entirely missing"
        elif col.n_distinct == 1:
            why = "it has the same value in every row"
        elif not named and col.missing_share > 0.5:
            why = f"{col.missing_share:.0%} of its values are missing"
        elif col.type == "categorical" and col.n_distinct > MAX_CATEGORIES:
            why = f"it has {col.n_distinct} categories (at most {MAX_CATEGORIES} can be tested)"
        elif (
            not named
            and col.type == "numeric"
            and looks_like_identifier(df[name], name)
        ):
            why = "it looks like a row identifier"
        if why:
            if name in knowledge_vars:
                raise UserError(f"'{name}' cannot be used for discovery because {why}.", "Remove it from the background knowledge.")
            warn.append(f"Left out '{name}' because {why}.")
            continue
        keep.append(name)
        series = df[name]
        if col.type == "binary":
            kinds[name] = "binary"
        elif col.type == "categorical":
            kinds[name] = "categorical"
        else:
            values = series.dropna().astype(float)
            is_int = bool(np.all(np.isclose(values, np.round(values))))
            kinds[name] = "ordinal" if is_int and col.n_distinct <= DISCRETE_MAX_INT_LEVELS else "continuous"
    if len(keep) < 2:
        raise UserError(
            f"Discovery needs at least two usable variables; found {len(keep)}"
            + (f" ({', '.join(keep)})" if keep else "")
            + ".",
            "Choose more numeric or categorical columns (text and date columns cannot be used).",
        )
    used, n_dropped = drop_incomplete(df[keep], warn)
    frame = pd.DataFrame(index=used.index)
    codes: dict[str, list[str]] = {}
    for name in keep:
        series = used[name]
        if kinds[name] in ("continuous", "ordinal") or (kinds[name] == "binary" and pd.api.types.is_numeric_dtype(series)):
            if pd.api.types.is_bool_dtype(series):
                series = series.astype(int)
            frame[name] = series.astype(float)
            if kinds[name] == "binary":  # 0/1 codes in the data's own order
                levels = sorted(series.unique())
                frame[name] = series.map({v: i for i, v in enumerate(levels)}).astype(float)
        else:
            levels = sorted(series.astype(str).unique())
            codes[name] = levels
            frame[name] = series.astype(str).map({v: i for i, v in enumerate(levels)}).astype(float)
        if frame[name].nunique() < 2:  # constant after the rows with missing values went
            warn.append(f"Left out '{name}' because it is constant in the complete rows.")
            frame = frame.drop(columns=name)
            kinds.pop(name)
    if frame.shape[1] < 2:
        raise UserError("Fewer than two variables vary in the complete rows.", "Choose other columns or loosen the conditions.")
    return Prepared(frame=frame, kinds=kinds, n_dropped=n_dropped, warnings=warn, codes=codes)
