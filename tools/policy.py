"""Policy questions: who should be treated (or at which level) to get the best outcome?

How (Athey & Wager 2021; econml's `DRPolicyTree` does the same in one call):
1. Doubly-robust scores. For every unit i and treatment option a, cross-fitted (2 folds)
   Gamma_i(a) = mu_a(x_i) + 1{T_i = a} (Y_i - mu_a(x_i)) / e_a(x_i), with mu_a a random forest of the
   outcome in arm a and e_a a logistic propensity model (clipped at 0.01). Their mean is the mean
   outcome had everyone received a; they stay unbiased if either model is right.
2. The policy. econml's `PolicyTree` (or `PolicyForest`) maximises the summed scores of the options
   it assigns. We feed it the scores from step 1 rather than calling `DRPolicyTree`, so the nuisance
   models are fitted once and the *same* held-out scores also evaluate the policy.
3. Honest value. The policy is refitted on 4/5 of the rows and applied to the other fifth (5 folds),
   so each unit's assigned option comes from a policy that never saw it; the policy's value is the
   mean score of those options, and treat-all / treat-none (everyone at one option) the mean score of
   that option, with normal-approximation 95% intervals (paired for the differences).
The rules shown are a final tree fitted on all rows decided for.

Treatments: a binary one gives options (control, treated); a numeric one with few values, or text
with few levels, gives each level; a continuous one is cut into three quantile bands (said in a
warning). `at` restricts the decision to units with those values: a categorical value keeps its
group, a continuous one the 20% of rows nearest it. With no feature left to decide on, the answer
is the single best option (`best_level`).
"""

from __future__ import annotations

import time
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402
from threadpoolctl import threadpool_limits  # noqa: E402

from copilot.data import apply_conditions  # noqa: E402
from copilot.errors import UserError  # noqa: E402
from copilot.figures import save_figure  # noqa: E402
from copilot.results import PolicyResult, PolicyRule, PolicyValue  # noqa: E402
from copilot.task import PolicyTask  # noqa: E402
from tools.prep import (  # noqa: E402
    check_effect_columns, drop_incomplete, encode_features, encode_treatment, numeric_outcome,
)

MAX_LEVELS = 6  # a numeric treatment with more distinct values is cut into bands
N_BANDS = 3
MIN_PROPENSITY = 0.01
WINDOW_SHARE = 0.2  # `at` a continuous value: decide for this share of rows nearest it
POLICY_FOLDS = 5
Z95 = float(stats.norm.ppf(0.975))


# ---------------------------------------------------------------- inputs


def treatment_options(series: pd.Series, task: PolicyTask, warn: list[str]) -> tuple[pd.Series, list[str]]:
    """Integer codes 0..k-1 (NaN for rows left out) and the option labels; code 0 is control / lowest."""
    values = series.dropna().unique()
    numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
    if task.treatment_values is not None or len(values) == 2:
        codes, pair, binary, notes = encode_treatment(series, task.treatment, task.treatment_values)
        warn += notes
        if binary:
            return codes, [str(pair[0]), str(pair[1])]
    if numeric and len(values) > MAX_LEVELS:
        bands = pd.qcut(series, N_BANDS, duplicates="drop")
        labels = [f"{task.treatment} in [{iv.left:.3g}, {iv.right:.3g}]" for iv in bands.cat.categories]
        warn.append(
            f"'{task.treatment}' is continuous, so it was cut into {len(labels)} bands of equal size "
            f"({', '.join(labels)}); the policy picks a band."
        )
        return bands.cat.codes.where(bands.notna()).astype(float), labels
    if len(values) < 2:
        raise UserError(f"The treatment '{task.treatment}' has one value, so there is nothing to choose between.")
    if len(values) > 12:
        raise UserError(f"The treatment '{task.treatment}' has {len(values)} levels, too many options to compare.",
                        "Group it into a few levels first.")
    levels = sorted(values) if numeric else sorted(values, key=str)
    index = {v: i for i, v in enumerate(levels)}
    return series.map(index).astype(float), [str(v) for v in levels]


def at_mask(raw: pd.DataFrame, at: dict, warn: list[str]) -> np.ndarray:
    """Rows decided for: a categorical value's group, or the rows nearest a continuous value."""
    mask = np.ones(len(raw), dtype=bool)
    for name, value in at.items():
        series = raw[name]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if not numeric or series.nunique() <= 10:
            hit = series.astype(str) == str(value)
            if numeric and not hit.any():
                try:
                    hit = series == float(value)
                except (TypeError, ValueError):
                    pass
            if not hit.any():
                shown = ", ".join(map(str, sorted(series.unique(), key=str)[:15]))
                raise UserError(f"'{name}' never equals {value!r} in the usable rows.", f"Its values are: {shown}.")
            mask &= hit.to_numpy()
            continue
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise UserError(f"'{name}' is numeric but the value asked for is {value!r}.", "Give a number.") from None
        col = series.to_numpy(float)
        if not col.min() <= v <= col.max():
            raise UserError(
                f"{name} = {value} is outside the data's range ({col.min():g} to {col.max():g}); a decision there "
                "would be an extrapolation the data cannot support.", "Ask for a value inside that range.")
        k = max(100, int(WINDOW_SHARE * len(col)))
        near = np.argsort(np.abs(col - v), kind="stable")[:k]
        lo, hi = float(col[near].min()), float(col[near].max())
        warn.append(f"Decided for units with {name} near {value}: the {len(near)} rows with {name} from {lo:.3g} to {hi:.3g}.")
        keep = np.zeros(len(col), dtype=bool)
        keep[near] = True
        mask &= keep
    if mask.sum() < 30:
        raise UserError(f"Only {int(mask.sum())} rows match the values asked for; a policy needs more.",
                        "Ask about a broader group.")
    return mask


# ---------------------------------------------------------------- doubly-robust scores


def dr_scores(y: np.ndarray, t: np.ndarray, k: int, z: np.ndarray | None, *, seed: int, warn: list[str]) -> np.ndarray:
    """Cross-fitted AIPW scores, shape (n, k): the estimated outcome of each unit under each option."""
    from sklearn.ensemble import RandomForestRegressor
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    n = len(y)
    mu = np.zeros((n, k))
    e = np.zeros((n, k))
    for train, test in KFold(2, shuffle=True, random_state=seed).split(y):
        for a in range(k):
            arm = train[t[train] == a]
            if len(arm) < 5:
                raise UserError("A treatment option has too few rows in a cross-fitting half to estimate its outcome.",
                                "Group rare options together, or leave them out.")
            if z is None:
                mu[test, a] = y[arm].mean()
            else:
                rf = RandomForestRegressor(n_estimators=50, min_samples_leaf=10, max_features=0.5, n_jobs=1, random_state=seed)
                mu[test, a] = rf.fit(z[arm], y[arm]).predict(z[test])
        if z is None:
            e[test] = np.bincount(t[train], minlength=k) / len(train)
        else:
            model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
            model.fit(z[train], t[train])
            e[test] = 0.0
            e[np.ix_(test, model.classes_.astype(int))] = model.predict_proba(z[test])
    clipped = float(np.mean(e[np.arange(n), t] < MIN_PROPENSITY))
    if clipped > 0.01:
        warn.append(f"{clipped:.1%} of units had a probability below {MIN_PROPENSITY} of the option they got "
                    "(poor overlap); their weights were capped, and values for rarely chosen options are shaky.")
    e = np.clip(e, MIN_PROPENSITY, 1.0)
    onehot = np.eye(k)[t]
    return mu + onehot * (y - mu[np.arange(n), t])[:, None] / e


def _mean_ci(values: np.ndarray, name: str) -> PolicyValue:
    m = float(np.mean(values))
    se = float(np.std(values, ddof=1) / np.sqrt(len(values)))
    return PolicyValue(name=name, value=m, ci_low=m - Z95 * se, ci_high=m + Z95 * se)


# ---------------------------------------------------------------- policy learning


def _policy_model(method: str, depth: int, n: int, seed: int):
    from econml.policy import PolicyForest, PolicyTree

    leaf = max(20, n // 50)
    if method == "policy_forest":
        return PolicyForest(n_estimators=100, max_depth=depth, min_samples_leaf=leaf, max_features=None,
                            n_jobs=1, random_state=seed)
    return PolicyTree(max_depth=depth, min_samples_leaf=leaf, random_state=seed)


def held_out_policy(method: str, x: np.ndarray, reward: np.ndarray, depth: int, seed: int) -> np.ndarray:
    """Each unit's option from a policy fitted on the other folds (honest evaluation)."""
    from sklearn.model_selection import KFold

    out = np.zeros(len(x), dtype=int)
    for train, test in KFold(POLICY_FOLDS, shuffle=True, random_state=seed).split(x):
        model = _policy_model(method, depth, len(train), seed).fit(x[train], reward[train])
        out[test] = np.asarray(model.predict(x[test]), dtype=int)
    return out


def _render(path: list[tuple[str, float, bool]], dummy_of: dict[str, tuple[str, str]]) -> str:
    """A leaf's path as one readable condition: the tightest bounds per variable ('-0.2 < x ≤ 0.5')."""
    lows: dict[str, float] = {}
    highs: dict[str, float] = {}
    parts: list[str] = []
    for name, thr, left in path:
        if name in dummy_of:
            col, level = dummy_of[name]
            text = f"{col} {'≠' if left else '='} {level}"
            if text not in parts:
                parts.append(text)
        elif left:
            highs[name] = min(thr, highs.get(name, np.inf))
        else:
            lows[name] = max(thr, lows.get(name, -np.inf))
    for name in dict.fromkeys(n for n, _, _ in path):
        lo, hi = lows.get(name), highs.get(name)
        if lo is not None and hi is not None:
            parts.append(f"{lo:.3g} < {name} ≤ {hi:.3g}")
        elif lo is not None:
            parts.append(f"{name} > {lo:.3g}")
        elif hi is not None:
            parts.append(f"{name} ≤ {hi:.3g}")
    return " and ".join(parts) or "everyone"


def tree_rules(model, x: np.ndarray, names: list[str], levels: list[str], dummy_of: dict) -> list[PolicyRule]:
    """One readable rule per leaf of a fitted PolicyTree, with its rows and assigned option."""
    tree = model.tree_model_.tree_ if hasattr(model, "tree_model_") else model.tree_
    leaves = model.apply(x)
    actions = np.asarray(model.predict(x), dtype=int)

    def walk(node: int, path: list) -> list[tuple[list, int, np.ndarray]]:
        left, right = tree.children_left[node], tree.children_right[node]
        if left == -1:
            rows = leaves == node
            return [(path, int(np.bincount(actions[rows]).argmax()), rows)] if rows.any() else []
        name, thr = names[tree.feature[node]], float(tree.threshold[node])
        found = walk(left, path + [(name, thr, True)])
        found += walk(right, path + [(name, thr, False)])
        if len({a for _, a, _ in found}) == 1:  # both sides get the same option: one rule says it
            return [(path, found[0][1], np.any([r for _, _, r in found], axis=0))]
        return found

    return [
        PolicyRule(rule=_render(path, dummy_of), action=levels[a], n=int(rows.sum()), share=float(rows.mean()))
        for path, a, rows in walk(0, [])
    ]


# ---------------------------------------------------------------- figures


def _values_figure(values: list[PolicyValue], outcome: str):
    fig, ax = plt.subplots(figsize=(6, 0.5 * len(values) + 1.6))
    v = np.array([p.value for p in values])
    err = np.array([[p.value - p.ci_low for p in values], [p.ci_high - p.value for p in values]])
    ax.barh([p.name for p in values], v, xerr=err, color="tab:blue", alpha=0.8, capsize=4)
    ax.invert_yaxis()
    ax.set_xlabel(f"mean {outcome} (doubly-robust, held-out; 95% CI)")
    ax.set_title("Value of each policy")
    fig.tight_layout()
    return fig


def _tree_figure(model, names: list[str], levels: list[str]):
    fig, ax = plt.subplots(figsize=(10, 5))
    model.plot(ax=ax, feature_names=names, treatment_names=levels, fontsize=8)
    ax.set_title(f"Policy tree: each leaf's option (value = mean gain over {levels[0]}, on the tree's honest half;"
                 " sign flipped when smaller is better)", fontsize=9)
    return fig


# ---------------------------------------------------------------- the tool


def run(task: PolicyTask, data: pd.DataFrame) -> PolicyResult:
    """Learn and evaluate a treatment policy for `task.outcome` (see the module doc)."""
    from tools.covariates import covariates_for

    started = time.perf_counter()
    warn: list[str] = []
    check_effect_columns(task, data)
    data = apply_conditions(data, task.conditions, warn)
    codes, levels = treatment_options(data[task.treatment], task, warn)
    y_values, notes = numeric_outcome(data[task.outcome], task.outcome)
    warn += notes
    covariates = covariates_for(data, task.treatment, task.outcome, task.covariates, warn, said="Not used:")
    features = [f for f in (task.features if task.features is not None else covariates)
                if f not in (task.treatment, task.outcome) and f not in task.at]
    nuisance_cols = list(dict.fromkeys(covariates + features + list(task.at)))
    z_frame, z_map = encode_features(data, nuisance_cols)
    base = pd.DataFrame({"__t": codes, "__y": y_values}, index=data.index)
    frame, n_dropped = drop_incomplete(pd.concat([base, z_frame], axis=1), warn)
    raw = data.loc[frame.index]
    t = frame["__t"].to_numpy(int)
    y = frame["__y"].to_numpy(float)
    z = frame[list(z_frame.columns)].to_numpy(float) if len(z_frame.columns) else None
    k = len(levels)
    counts = np.bincount(t, minlength=k)
    if counts.min() < 20:
        rare = levels[int(counts.argmin())]
        raise UserError(f"Only {int(counts.min())} usable rows got {task.treatment} = {rare}; at least 20 per option "
                        "are needed to estimate its outcome.", "Group rare options together, or leave them out.")

    with warnings.catch_warnings(), threadpool_limits(1):
        warnings.simplefilter("ignore")
        mask = at_mask(raw, task.at, warn) if task.at else np.ones(len(y), dtype=bool)
        x_cols = [c for f in features for c in z_map.get(f, []) if frame.loc[mask, c].nunique() > 1]
        method = task.method if task.method != "auto" else ("policy_tree" if x_cols else "best_level")
        if method != "best_level" and not x_cols:
            raise UserError("A policy needs at least one feature to decide on, and none varies in these rows.",
                            "Name the columns the decision may use (features), or ask for the best level.")
        g = dr_scores(y, t, k, z, seed=task.seed, warn=warn)[mask]
        sign = 1.0 if task.maximize else -1.0
        baselines = [PolicyValue(name=f"everyone: {lvl}", value=0.0) for lvl in levels]
        baselines = [_mean_ci(g[:, a], b.name) for a, b in enumerate(baselines)]
        best = int(np.argmax(sign * g.mean(axis=0)))
        result = PolicyResult(
            treatment=task.treatment, outcome=task.outcome, method=method, maximize=task.maximize, levels=levels,
            features=[f for f in features if any(c in x_cols for c in z_map.get(f, []))], adjustment_set=nuisance_cols,
            best_level=levels[best], at=dict(task.at), n_rows_used=int(mask.sum()), n_rows_dropped=n_dropped,
        )
        if k == 2:
            baselines[0].name, baselines[1].name = f"treat no one ({levels[0]})", f"treat everyone ({levels[1]})"
        if method == "best_level":
            result.values = baselines
            others = [a for a in range(k) if a != best]
            result.gains = [_mean_ci(g[:, best] - g[:, a], f"{levels[best]} minus {levels[a]}") for a in others]
            result.assigned_share = {levels[best]: 1.0}
        else:
            x = frame.loc[mask, x_cols].to_numpy(float)
            reward = sign * (g - g[:, [0]])
            assigned = held_out_policy(method, x, reward, task.max_depth, task.seed)
            chosen = g[np.arange(len(g)), assigned]
            result.values = [_mean_ci(chosen, "learned policy (held-out)"), *baselines]
            result.gains = [_mean_ci(chosen - g[:, a], f"learned policy minus {b.name}") for a, b in enumerate(baselines)]
            final = _policy_model(method, task.max_depth, len(x), task.seed).fit(x, reward)
            final_actions = np.asarray(final.predict(x), dtype=int)
            result.assigned_share = {lvl: float(np.mean(final_actions == a)) for a, lvl in enumerate(levels)}
            if method == "policy_tree":
                dummy_of = {d: (c, d[len(c) + 1:]) for c in features for d in z_map.get(c, []) if d != c}
                result.rules = tree_rules(final, x, x_cols, levels, dummy_of)
                result.figures.append(save_figure(_tree_figure(final, x_cols, levels), f"policy_tree_{task.treatment}",
                                                  "Policy tree (who gets what)"))
            else:
                warn.append("A policy forest has no single readable rule; the shares say how many get each option.")
    if not task.maximize:
        warn.append(f"Smaller {task.outcome} is better here: the policy minimises it.")
    result.figures.append(save_figure(_values_figure(result.values, task.outcome), f"policy_values_{task.treatment}",
                                      "Value of each policy (95% CI)"))
    result.warnings = warn
    result.seconds = time.perf_counter() - started
    return result


__all__ = ["dr_scores", "run", "treatment_options"]
