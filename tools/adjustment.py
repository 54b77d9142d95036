"""Which columns to adjust for when the user names none, with every column's fate and its reason.

Why this module: adjusting for a column the treatment affects (a mediator, a collider, a later
measurement, an ingredient of an outcome computed from other columns) biases the total effect,
while dropping a baseline measurement of the outcome loses the strongest confounder. So the
default set is built from evidence, weakest-first:

1. screening (`screen`): unusable columns (constant, free text, identifiers, mostly missing or
   missing where adjusting would drop many rows), names that mark time (`baseline`, `pre_`,
   years as in `wt71` vs `wt82`; demographics such as `age`/`sex` precede any treatment), names
   that mark later measurements (`post`, `follow-up`, `death`), columns computed from the
   outcome, and the ingredients of an outcome that is a difference/ratio/sum of two columns
   (NHEFS `wt82_71 = wt82 - wt71`: `wt82` is dropped, the baseline `wt71` kept);
2. a causal graph learned on the candidates (PC in `tools.discovery`) with the time order above as
   background knowledge: descendants of the treatment or the outcome are excluded; columns the
   graph cannot orient relative to the treatment are "uncertain", and the caller shows the
   estimate with and without them.

`choose_adjustment` (screening only, fast) serves the CATE and mediation tools.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from copilot.data import column_type, looks_like_identifier, normal_name

MISSING_SHARE_MAX = 0.05  # exclude a column whose missing values would drop more than this share of usable rows
DISCOVERY_MAX_ROWS = 5000  # PC's Fisher-z tests are precise enough on this many rows; more only costs time
# Above this many candidates the graph is not consulted: on NHEFS (46 candidates) PC was slow (docs/benchmarks.md)
# and oriented baseline confounders (smokeintensity, smokeyrs, exercise) as effects of quitting smoking, so a learned
# graph that large is neither fast nor trustworthy evidence; the set then rests on names and values, flagged weak.
DISCOVERY_MAX_COLUMNS = 15

_PRE_TOKENS = {"baseline", "base", "bl", "pre", "prior", "lag", "lagged", "before", "initial", "prev", "previous",
               "past", "pretest", "pretreatment", "preperiod", "entry", "enrol", "enrollment", "t0"}
_POST_TOKENS = {"post", "after", "follow", "followup", "fu", "final", "end", "later", "outcome", "death", "died",
                "dead", "censored", "censor", "posttest", "endline", "exit"}
# Attributes fixed before any treatment a study gives (they cannot be its effects).
_FIXED_TOKENS = {"age", "sex", "gender", "race", "ethnicity", "ethnic", "birth", "born", "birthplace", "birthyear",
                 "nationality", "black", "hisp", "hispanic", "white"}


def _tokens(name: str) -> list[str]:
    """Lower-case word tokens: `preIncome_2019` -> ['pre', 'income', '2019']."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(name))
    return [t for t in re.split(r"[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])", spaced.lower()) if t]


def _years(name: str) -> list[int]:
    """Years written in a name: four digits (19xx/20xx) or two digits (`wt71`, `82_71`), as 4-digit years."""
    out = []
    for tok in _tokens(name):
        if re.fullmatch(r"(19|20)\d\d", tok):
            out.append(int(tok))
        elif re.fullmatch(r"\d\d", tok):
            out.append(1900 + int(tok) if int(tok) > 30 else 2000 + int(tok))
    return out


def derived_from_outcome(frame: pd.DataFrame, column: str, outcome: str, role: str = "outcome") -> str | None:
    """Why `column` looks derived from the outcome (so adjusting for it would be post-treatment), or None.

    `role` names what `outcome` is in the reason (mediation asks the same of its mediator); the
    reason is built with that word, never by rewriting text that may hold a column name.

    Name test: the outcome's name is part of the column's name (`re78_log`, `log_re78`).
    Value tests: a near-deterministic monotone function (|Spearman| >= 0.98), or a cut of the
    outcome (the column's groups do not overlap in outcome values, e.g. `high = y > 10`).
    """
    key = normal_name(outcome)
    if len(key) >= 3 and key in normal_name(column) and normal_name(column) != key:
        return f"its name contains the {role}'s name '{outcome}', so it is probably computed from the {role}"
    return _derived_by_value(frame, column, outcome, role)


def _derived_by_value(frame: pd.DataFrame, column: str, outcome: str, role: str) -> str | None:
    pair = frame[[column, outcome]].dropna()
    if len(pair) < 10:
        return None
    x, y = pair[column], pair[outcome]
    x_num = pd.api.types.is_numeric_dtype(x) and not pd.api.types.is_bool_dtype(x)
    y_num = pd.api.types.is_numeric_dtype(y) and not pd.api.types.is_bool_dtype(y)
    if x_num and y_num and x.nunique() > 2 and y.nunique() > 2:
        rho = x.rank().corr(y.rank())
        if np.isfinite(rho) and abs(rho) >= 0.98:
            return f"it is an almost exact function of the {role} (rank correlation {rho:.3f})"
    if y_num and 2 <= x.nunique() <= 10:
        groups = [g for _, g in y.groupby(x.astype(str)) if len(g) >= 3]
        if len(groups) >= 2:
            spans = sorted((g.min(), g.max()) for g in groups)
            if all(spans[i][1] < spans[i + 1][0] for i in range(len(spans) - 1)):
                return f"its groups split the {role}'s values without overlap, so it is a cut of the {role}"
    if not y_num or y.nunique() <= 10:
        if x.nunique() == y.nunique() and pd.crosstab(x.astype(str), y.astype(str)).gt(0).sum(axis=1).eq(1).all():
            return f"it is a one-to-one relabelling of the {role}"
    return None


def outcome_ingredients(data: pd.DataFrame, outcome: str, candidates: list[str]) -> dict[str, str]:
    """Columns the outcome is computed from (y = a - b, a + b, a / b or a * b on >= 99% of rows), with why.

    For a difference or ratio the second term is the baseline (`wt82_71 = wt82 - wt71`) and is not
    listed; the first term is the later measurement, and adjusting for it fixes the outcome.
    """
    y = pd.to_numeric(data[outcome], errors="coerce") if outcome in data else None
    # both terms must vary (> 2 values): a 0/1 column times or over anything matches zeros trivially
    nums = [c for c in candidates if pd.api.types.is_numeric_dtype(data[c]) and not pd.api.types.is_bool_dtype(data[c])
            and data[c].nunique() > 2]
    if y is None or len(nums) < 2 or y.nunique() < 3:
        return {}
    X = data[nums].astype(float).to_numpy()
    yv = y.to_numpy(dtype=float)
    tol = 1e-6 * (np.nanstd(yv) + 1.0)
    found: dict[str, str] = {}
    ops = {
        "-": (lambda a: a - yv, "{y} = {a} - {b}"),  # b = a - y
        "+": (lambda a: yv - a, "{y} = {a} + {b}"),  # b = y - a
        "/": (lambda a: np.divide(a, yv, out=np.full_like(a, np.nan), where=yv != 0), "{y} = {a} / {b}"),
    }
    with np.errstate(invalid="ignore", over="ignore"):
        for i, a in enumerate(nums):
            for op, (partner, text) in ops.items():
                target = partner(X[:, i])
                close = np.abs(X - target[:, None]) <= tol * np.maximum(1.0, np.abs(target[:, None]))
                valid = np.isfinite(X) & np.isfinite(target[:, None])
                share = np.where(valid.sum(0) >= 10, (close & valid).sum(0) / np.maximum(valid.sum(0), 1), 0.0)
                for j in np.flatnonzero(share >= 0.99):
                    if j == i:
                        continue
                    b = nums[j]
                    formula = text.format(y=outcome, a=a, b=b)
                    found[a] = f"the outcome is computed from it ({formula}); adjusting for it would fix the outcome"
                    if op == "+":
                        found[b] = found[a]
    return found


@dataclass
class Screened:
    """Screening result: kept columns with why, excluded with why, and the time order found."""

    kept: dict[str, str] = field(default_factory=dict)
    excluded: dict[str, str] = field(default_factory=dict)
    pre: list[str] = field(default_factory=list)  # kept columns with evidence that they precede the treatment


def _time_fate(col: str, treatment: str, outcome: str) -> tuple[str, str] | None:
    """('pre'|'post', why) from words and years in the names, or None when the name says nothing."""
    toks = set(_tokens(col))
    if toks & _PRE_TOKENS:
        return "pre", f"its name marks a measurement before the treatment ('{sorted(toks & _PRE_TOKENS)[0]}')"
    if toks & _FIXED_TOKENS:
        return "pre", f"'{sorted(toks & _FIXED_TOKENS)[0]}' is fixed before any treatment"
    if toks & _POST_TOKENS:
        return "post", f"its name marks a measurement after the treatment ('{sorted(toks & _POST_TOKENS)[0]}')"
    years = _years(col)
    t_years, y_years = _years(treatment), _years(outcome)
    if not years or not (t_years or y_years):
        return None
    if t_years:
        start = min(t_years)
        if max(years) > start:
            return "post", f"its name dates it to {max(years)}, after the treatment ({start})"
        if max(years) < start:
            return "pre", f"its name dates it to {max(years)}, before the treatment ({start})"
        return None
    first, last = min(y_years), max(y_years)
    if max(years) >= last:
        return "post", f"its name dates it to {max(years)}, when the outcome was measured ({last})"
    if len(y_years) > 1 and max(years) <= first:
        return "pre", f"its name dates it to {max(years)}, the outcome's baseline year"
    if len(y_years) == 1 and max(years) < last:
        return "pre", f"its name dates it to {max(years)}, before the outcome ({last})"
    return None


def screen(data: pd.DataFrame, treatment: str, outcome: str, *, exclude: Iterable[str] = ()) -> Screened:
    """Every other column's fate from its values and name alone (no model fitted)."""
    out = Screened()
    skip = {treatment, outcome, *exclude}
    usable = data[treatment].notna() & data[outcome].notna() if outcome in data and treatment in data else pd.Series(True, index=data.index)
    n_usable = max(int(usable.sum()), 1)
    candidates = [c for c in data.columns if c not in skip]
    ingredients = outcome_ingredients(data, outcome, candidates) if outcome in data else {}
    for col in candidates:
        series = data[col]
        if series.isna().all():
            out.excluded[col] = "it is entirely missing"
            continue
        if series.nunique(dropna=True) < 2:
            out.excluded[col] = "it is constant"
            continue
        kind = column_type(series)
        if kind == "text":
            out.excluded[col] = "it is free text"
            continue
        if kind == "categorical" and series.nunique() > 50:
            out.excluded[col] = f"it has {series.nunique()} categories, too many to adjust for"
            continue
        if col in ingredients:
            out.excluded[col] = ingredients[col]
            continue
        fate = _time_fate(col, treatment, outcome)
        if fate and fate[0] == "post":
            out.excluded[col] = f"plausibly post-treatment: {fate[1]}"
            continue
        reason = _derived_by_value(data, col, outcome, "outcome") if fate else derived_from_outcome(data, col, outcome)
        if reason:
            out.excluded[col] = f"plausibly post-treatment: {reason}"
            continue
        if series.nunique() == series.notna().sum() and series.notna().sum() > 20 and looks_like_identifier(series, col):
            out.excluded[col] = "it is a row identifier (a different value in every row)"
            continue
        if _separates(data, col, treatment):
            out.excluded[col] = ("each of its values occurs with only one treatment value, so it labels the treatment "
                                 "groups rather than confounding them (no comparison is possible within its levels)")
            continue
        if fate:
            out.kept[col] = f"pre-treatment: {fate[1]}"
            out.pre.append(col)
        else:
            out.kept[col] = "no sign that the treatment affects it"
    _drop_missing(data, out, usable, n_usable)
    return out


def _separates(data: pd.DataFrame, col: str, treatment: str) -> bool:
    """A column with few values, each seen with one treatment value only (e.g. a data-source label)."""
    if treatment not in data or data[col].nunique() > 10:
        return False
    pair = data[[col, treatment]].dropna()
    if len(pair) < 10 or pair[treatment].nunique() < 2:
        return False
    return bool(pair.groupby(pair[col].astype(str))[treatment].nunique().max() == 1)


def _drop_missing(data: pd.DataFrame, out: Screened, usable: pd.Series, n_usable: int) -> None:
    """Keep columns, fewest missing first, while the rows they lose together stay within MISSING_SHARE_MAX;
    the others are excluded (each would drop rows the rest of the set does not need)."""
    lost = pd.Series(False, index=data.index)
    for col in sorted(out.kept, key=lambda c: int(data[c].isna().sum())):
        miss = data[col].isna() & usable
        if not miss.any():
            continue
        more = int((miss & ~lost).sum())
        if int((lost | miss).sum()) > MISSING_SHARE_MAX * n_usable and more >= 10:
            out.excluded[col] = (f"it is missing in {int(miss.sum()):,} of the {n_usable:,} usable rows; adjusting for it "
                                 f"would drop {more:,} more rows ({more / n_usable:.0%})")
            del out.kept[col]
            if col in out.pre:
                out.pre.remove(col)
        else:
            lost |= miss


def choose_adjustment(
    data: pd.DataFrame, treatment: str, outcome: str, *, exclude: Iterable[str] = ()
) -> tuple[list[str], dict[str, str]]:
    """Screened pre-treatment columns; returns (used, {excluded: why}). No graph is learned (fast)."""
    s = screen(data, treatment, outcome, exclude=exclude)
    return list(s.kept), s.excluded


@dataclass
class AdjustmentChoice:
    """The default adjustment set, every other column's fate, and how strong the evidence is."""

    used: list[str]
    kept: dict[str, str]  # used column -> why it is adjusted for
    excluded: dict[str, str]  # column -> why it is not
    uncertain: list[str]  # used columns the evidence cannot place before or after the treatment
    evidence: str  # one sentence: what the set rests on
    graph_figure: object | None = None  # copilot.results.Figure of the learned graph, when one was learned
    graph_excluded: list[str] = field(default_factory=list)  # excluded only because the learned graph says so


def _reach(start: str, edges: list[tuple[str, str, str]], types: set[str]) -> set[str]:
    """Nodes reachable from `start` along edges of the given types (-> followed forwards, -- either way)."""
    seen, todo = {start}, [start]
    while todo:
        a = todo.pop()
        for s, t, typ in edges:
            if typ not in types:
                continue
            nxt = t if s == a else (s if (t == a and typ == "--") else None)
            if nxt is not None and nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen - {start}


def default_adjustment(
    data: pd.DataFrame, treatment: str, outcome: str, *, exclude: Iterable[str] = (), seed: int = 0
) -> AdjustmentChoice:
    """Screen by names and values, then drop the treatment's (and outcome's) descendants in a learned graph."""
    s = screen(data, treatment, outcome, exclude=exclude)
    candidates = list(s.kept)
    if not candidates:
        return AdjustmentChoice([], {}, s.excluded, [], "Nothing else in the data can be adjusted for.")
    if len(candidates) > DISCOVERY_MAX_COLUMNS:
        undated = [c for c in candidates if c not in s.pre]
        return AdjustmentChoice(
            candidates, s.kept, s.excluded, undated,
            f"The set rests on column names and values only ({len(candidates)} candidates are too many to learn a "
            "reliable graph from); nothing in the data shows that the undated columns precede the treatment.",
        )
    learned = _learned_graph(data, treatment, outcome, candidates, s.pre, seed)
    if learned is None:
        undated = [c for c in candidates if c not in s.pre]
        return AdjustmentChoice(candidates, s.kept, s.excluded, undated,
                                "No graph could be learned on these columns, so the set rests on column names and values only.")
    edges, figure = learned
    definite = _reach(treatment, edges, {"->"}) | _reach(outcome, edges, {"->"})
    possible = _reach(treatment, edges, {"->", "--"}) | _reach(outcome, edges, {"->", "--"})
    kept, excluded, uncertain, by_graph = {}, dict(s.excluded), [], []
    for col in candidates:
        if col in s.pre:
            kept[col] = s.kept[col]
        elif col in definite:
            via = treatment if col in _reach(treatment, edges, {"->"}) else outcome
            who = "the treatment" if via == treatment else "the outcome"
            excluded[col] = (f"in a graph learned from the data (PC) it is a descendant of {who} `{via}` "
                             "(a mediator, a collider or a later measurement); adjusting for it would bias the total effect")
            by_graph.append(col)
        elif col in possible:
            kept[col] = "the learned graph cannot tell whether it is a cause or an effect of the treatment"
            uncertain.append(col)
        else:
            # PC drops edges whose effects nearly cancel given other variables (seen on the bench data: t -> m
            # vanished given y), so "no path from the treatment" is weak evidence, unlike a path that is found.
            kept[col] = ("not a descendant of the treatment in the graph learned from the data (PC), which is weak "
                         "evidence: PC can miss edges")
            uncertain.append(col)
    n_desc = sum(1 for c in candidates if c in definite and c not in s.pre)
    evidence = (f"The set rests on a graph learned from the data with the time order in the column names as background "
                f"knowledge ({n_desc} column{'s' if n_desc != 1 else ''} excluded as descendants of the treatment or outcome)")
    evidence += (f"; nothing but the graph places {', '.join(f'`{c}`' for c in uncertain)} before the treatment, so the "
                 "evidence for including them is weak." if uncertain else ".")
    return AdjustmentChoice(list(kept), kept, excluded, uncertain, evidence, figure, by_graph)


def _learned_graph(data, treatment, outcome, candidates, pre, seed):
    """PC (Fisher-z) on the treatment, outcome and candidates; pre-treatment columns in the first tier."""
    from tools.prep import encode_features
    from copilot.errors import UserError
    from copilot.task import DiscoverTask
    from tools import discovery

    cols = [treatment, outcome, *candidates]
    frame = data[cols].dropna()
    if len(frame) > DISCOVERY_MAX_ROWS:
        frame = frame.sample(DISCOVERY_MAX_ROWS, random_state=seed)
    feats, mapping = encode_features(frame, cols)
    # one numeric column per variable, so the graph's nodes are the table's columns
    numeric = pd.DataFrame({c: feats[mapping[c][0]] if len(mapping.get(c, [])) == 1 else
                            pd.factorize(frame[c])[0] for c in cols}, index=frame.index).astype(float)
    numeric = numeric.loc[:, numeric.nunique() > 1]
    if treatment not in numeric or outcome not in numeric:
        return None
    tiers = [[c for c in pre if c in numeric], [treatment], [outcome]]
    task = DiscoverTask(method="pc", ci_test="fisherz", tiers=[t for t in tiers if t], seed=seed)
    try:
        res = discovery.run(task, numeric)
    except (UserError, ValueError, np.linalg.LinAlgError):
        return None
    edges = [(e.source, e.target, e.type) for e in res.edges]
    return edges, (res.figures[0] if res.figures else None)


__all__ = ["AdjustmentChoice", "Screened", "choose_adjustment", "default_adjustment", "derived_from_outcome", "outcome_ingredients", "screen"]
