"""Choose the learned kind model's decision thresholds (`vocab/kind_decision.json`) on the dev split.

`kind.decide` acts on the structural reading with a handful of thresholds. Per dev item the parser
runs twice with the structure only (lm=None): once never letting the model act ("keep") and once
always letting it override; a hook records the inputs `decide` saw (structural kind, P(kind), cues).
Every threshold setting of a grid is then replayed on those records without parsing again, and the
one with the best `exact - penalty * silently_wrong` over dev is written. Asking back scores 0 (a
click for the user), a silently wrong task scores -penalty (a wrong decision). The test split is never read.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from copilot.understand import assemble
from copilot.understand.kind import decide
from eval.parse_bench import predicted_fields, score_item
from copilot.parse import parse_question

NEVER = {"override_min_probability": 9.0, "ask_min_probability": 9.0, "ask_max_rule_probability": 0.0,
         "ask_weak_min_probability": 9.0, "ask_weak_min_margin": 9.0, "strong_override_min_probability": 9.0,
         "strong_override_max_rule_probability": 0.0, "unsupported_min_probability": 9.0}
ALWAYS = {"override_min_probability": 0.0, "ask_min_probability": 9.0, "ask_max_rule_probability": 0.0,
          "ask_weak_min_probability": 9.0, "ask_weak_min_margin": 9.0, "strong_override_min_probability": 0.0,
          "strong_override_max_rule_probability": 1.0, "unsupported_min_probability": 0.0}
GRID = {
    "override_min_probability": (0.5, 0.6, 0.7, 0.8, 0.9),
    "ask_weak_min_probability": (0.4, 0.5, 0.6),
    "ask_weak_min_margin": (0.1, 0.3),
    "strong_override_min_probability": (0.6, 0.7, 0.8, 0.9, 0.95, 1.01),
    "strong_override_max_rule_probability": (0.05, 0.15, 0.3),
    "ask_min_probability": (0.5, 0.6, 0.7, 0.8),
    "ask_max_rule_probability": (0.1, 0.2, 0.35),
    "unsupported_min_probability": (0.7, 0.85, 1.01),
}


def _outcome(item: dict, settings: dict, seen: list) -> tuple[tuple[bool, bool], Any]:
    """(exact, silently wrong) of one parse under `settings`; `seen` gets what decide() was given."""
    def hook(rule: str, probs: dict, cues: dict, _settings: dict) -> Any:
        seen.append((rule, dict(probs), dict(cues)))
        return decide(rule, probs, cues, settings)

    original = assemble.decide_kind
    assemble.decide_kind = hook
    try:
        out = parse_question(item["question"], item.get("columns"), lm=None)
    finally:
        assemble.decide_kind = original
    pred = predicted_fields(out)
    _, exact = score_item(item, pred)
    return (exact, (not exact) and not pred["asked"]), (pred["kind"], pred.get("treatment"), pred.get("outcome"))


def records(items: list[dict]) -> list[dict]:
    """Per dev item: the keep and the override outcomes and what decide() saw."""
    rows = []
    for item in items:
        seen: list = []
        keep, keep_task = _outcome(item, NEVER, seen)
        if not seen:
            rows.append({"keep": keep})
            continue
        forced, forced_task = _outcome(item, ALWAYS, [])
        rule, probs, cues = seen[0]
        rows.append({"keep": keep, "override": forced, "same": forced_task == keep_task,
                     "rule": rule, "probs": probs, "cues": cues})
    return rows


def score(rows: list[dict], settings: dict, penalty: float) -> tuple[float, int, int, int]:
    """(objective, exact, silently wrong, asked) of `settings` replayed on the records."""
    exact = wrong = asked = 0
    for r in rows:
        result = r["keep"]
        if "rule" in r:
            d = decide(r["rule"], r["probs"], r["cues"], settings)
            if d is not None and not r["same"]:
                if d[0] == "override":
                    result = r["override"]
                else:
                    asked += 1
                    continue
        exact += result[0]
        wrong += result[1]
    return exact - penalty * wrong, exact, wrong, asked


def tune(items: list[dict], penalty: float = 2.0) -> tuple[dict, dict]:
    """The grid setting with the best objective on `items` (ties: the more conservative, i.e. the
    higher thresholds, come first in the grid's reversed order)."""
    rows = records(items)
    keys = list(GRID)
    best = None
    for values in itertools.product(*(sorted(GRID[k], reverse=True) for k in keys)):
        s = dict(zip(keys, values))
        got = score(rows, s, penalty)
        if best is None or got[0] > best[1][0]:
            best = (s, got)
    s, (obj, exact, wrong, asked) = best
    base = score(rows, NEVER, penalty)
    n = len(items)
    report = {"n_dev": n, "penalty": penalty, "records_with_model": sum("rule" in r for r in rows),
              "chosen": {"exact": round(exact / n, 4), "silently_wrong": round(wrong / n, 4), "asked_by_model": asked},
              "model_never_acts": {"exact": round(base[1] / n, 4), "silently_wrong": round(base[2] / n, 4)}}
    return s, report
