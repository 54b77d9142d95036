"""`python -m eval parse-gate`: fit the parser's "am I sure?" gate and choose its threshold.

The gate (`copilot/understand/gate.py`) is a set of boosted decision trees from how a reading was
reached (match scores, role votes, identifiers, candidates, kind cues) to whether it is the expected
task. Every train and dev question (`eval/data/questions.jsonl` train/dev, `train_extra*`, `dev_extra*`,
with their column profiles) is parsed once, structure only, with the gate off. The threshold is chosen by
leave-one-set-out replay: each question set is scored by trees fitted on the other sets, and every
threshold of a grid is replayed (below it the copilot asks: 0; right: +1; silently wrong: -penalty, 3 by
default: a wrong number costs the user a decision, a question back a click, so the copilot answers only
where it is right at least three times in four). With `--fresh SET…` (sets no rule was written from, such as
the newest dev set, scored but never opened) the threshold is raised from the best over all sets to the
lowest one whose criterion on the fresh sets is within 1% of their best (`threshold_with_fresh`): on the
sets the rules came from the replay overrates answering, and a silently wrong answer is the worse error; then
raised again, if needed, until the fresh sets' silently-wrong rate is at most `--max-silently-wrong` (0.03,
issue 12's target; `threshold_for_target`).
The final trees are fitted on all sets. The test split
and the held-out sets are never read. Writes `copilot/understand/vocab/gate.json`; `--records` keeps the
parsed records between runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from copilot.understand import gate
from eval.parse_bench import predicted_fields, profile_for, score_item
from eval.parse_train import DATA, train_dev_items

GRID = [round(t, 2) for t in np.arange(0.0, 0.96, 0.05)]
_PROFILES: dict = {}


def _record(item: dict) -> dict:
    """One question: the gate's inputs (when the parser answered), exact, silently wrong."""
    from copilot.parse import parse_question

    with gate.switched_off():
        out = parse_question(item["question"], profile_for(item, _PROFILES), lm=None)
    pred = predicted_fields(out)
    _, exact = score_item(item, pred)
    return {"set": item.get("origin") or "questions", "question": item["question"], "gate": dict(out.gate or {}),
            "answered": out.task is not None, "reading": {f: pred.get(f) for f in ("kind", "treatment", "outcome", "mediator")},
            "exact": bool(exact), "wrong": (not exact) and out.task is not None}


def _init(profiles: dict) -> None:
    _PROFILES.update(profiles)
    import torch

    # the workers share the cores: a torch thread pool per worker on top (sentence embeddings) made them
    # contend and run about ten times slower (2026-12-03, 2 cores, 2 workers)
    torch.set_num_threads(1)


def records(path: str | None, workers: int) -> list[dict]:
    if path and Path(path).is_file():
        return [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    train, dev = train_dev_items()
    profiles = json.loads((DATA / "extra_datasets.json").read_text(encoding="utf-8"))
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(profiles,)) as pool:
        rows = list(pool.map(_record, train + dev, chunksize=16))
    if path:
        Path(path).write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def _fit(x: np.ndarray, y: np.ndarray, seed: int = 0):
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.1, subsample=1.0,
                                      random_state=seed).fit(x, y)


def to_json(clf, names: list[str]) -> dict:
    """The fitted trees as plain lists (`gate.p_right` walks them without sklearn)."""
    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append({"feature": t.feature.tolist(), "threshold": [round(float(v), 6) for v in t.threshold],
                      "left": t.children_left.tolist(), "right": t.children_right.tolist(),
                      "value": [round(float(v), 6) for v in t.value[:, 0, 0]]})
    lr = float(clf.learning_rate)
    x0 = np.zeros((1, len(names)))
    init = float(clf.decision_function(x0)[0]) - lr * sum(gate._tree_value(t, x0[0].tolist()) for t in trees)
    return {"features": names, "init": round(init, 6), "learning_rate": lr, "trees": trees}


def choose_threshold(criterion: dict[float, float], n: int) -> float:
    """The threshold with the best replayed criterion. Thresholds within 0.1% of the n questions of the
    best count as ties, and a tie goes to the higher threshold (fewer silent wrongs): the replay runs on
    sets the rules were written from, so it overrates answering (2026-12-03: on the two newest dev sets
    the criterion still rose past the threshold that was best on all of them)."""
    best = max(criterion.values())
    return max(t for t, c in criterion.items() if c >= best - 0.001 * n)


def threshold_with_fresh(criterion: dict[float, float], n: int, fresh: dict[float, float] | None = None,
                         n_fresh: int = 0, band: float = 0.01) -> float:
    """The threshold best over all sets, raised where the fresh sets clearly ask for more: the lowest
    threshold not below it whose criterion on the fresh sets is within `band` x n_fresh of their best.
    The replay over sets the rules were written from overrates answering, and a silently wrong answer is
    the worse error, so fresh data may make the copilot ask more, never less; the band keeps one small
    set's noise (a question or two between neighbouring thresholds) from moving it."""
    tau = choose_threshold(criterion, n)
    if not fresh:
        return tau
    best = max(fresh.values())
    near = [t for t, c in fresh.items() if t >= tau and c >= best - band * n_fresh]
    return min(near) if near else tau


def threshold_for_target(tau: float, fresh_wrong: dict[float, float], target: float | None) -> float:
    """`tau` raised to the lowest threshold whose silently-wrong rate on the fresh sets is at most `target`
    (issue 12's target, 0.03): the criterion weighs a wrong number three times a question back, but the
    target is what a user of the copilot was promised. Never lowered; unchanged where no threshold meets it."""
    if target is None or not fresh_wrong:
        return tau
    meeting = [t for t, w in fresh_wrong.items() if t >= tau and w <= target]
    return min(meeting) if meeting else tau


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval parse-gate", description=__doc__.splitlines()[0])
    ap.add_argument("--penalty", type=float, default=3.0,
                    help="cost of a silently wrong task, against +1 for a right one and 0 for a question back")
    ap.add_argument("--records", default=None, help="JSONL file that keeps the parsed records (read when it exists)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--fresh", nargs="*", default=[],
                    help="sets no rule was written from (e.g. the newest dev set, scored but never opened): the "
                         "threshold rises to the lowest one within 1%% of the best over these (never falls)")
    ap.add_argument("--max-silently-wrong", type=float, default=0.03,
                    help="raise the threshold until the fresh sets' silently-wrong rate is at most this (never lower it)")
    ap.add_argument("--out", default=str(gate.MODEL_FILE))
    args = ap.parse_args(argv)
    from sklearn.metrics import roc_auc_score

    rows = records(args.records, args.workers)
    unknown = sorted(set(args.fresh) - {r["set"] for r in rows})
    if unknown:
        ap.error(f"--fresh: no such question set in the records: {', '.join(unknown)} "
                 f"(sets: {', '.join(sorted({r['set'] for r in rows}))})")
    scored = [r for r in rows if r["answered"] and r["gate"]]  # the gate's inputs exist where the parser answered
    names = sorted({k for r in scored for k in r["gate"]})
    x = np.array([[r["gate"].get(n, 0.0) for n in names] for r in scored], dtype=float)
    y = np.array([r["exact"] for r in scored])
    groups = np.array([r["set"] for r in scored])
    held = np.zeros(len(scored))
    for g in sorted(set(groups)):  # each set scored by trees that never saw it
        held[groups == g] = _fit(x[groups != g], y[groups != g]).predict_proba(x[groups == g])[:, 1]

    n = len(rows)
    base_exact, base_wrong = sum(r["exact"] for r in rows), sum(r["wrong"] for r in rows)

    judged = np.array([gate.applies(r["gate"], (r.get("reading") or {}).get("kind")) for r in scored])

    def replays(sets: set[str] | None = None) -> dict[float, tuple[float, int, int, int]]:
        """(criterion, exact, silently wrong, asked by the gate) at each threshold, over `sets` (None: all)."""
        chosen = np.ones(len(scored), dtype=bool) if sets is None else np.isin(groups, sorted(sets))
        kept = [r for r in rows if sets is None or r["set"] in sets]
        exact0, wrong0 = sum(r["exact"] for r in kept), sum(r["wrong"] for r in kept)
        out = {}
        for tau in GRID:
            asked = (held < tau) & judged & chosen
            exact, wrong = exact0 - int(y[asked].sum()), wrong0 - int((~y[asked]).sum())
            out[tau] = (exact - args.penalty * wrong, exact, wrong, int(asked.sum()))
        return out

    results = replays()
    fresh = set(args.fresh) & set(groups)
    n_fresh = sum(r["set"] in fresh for r in rows)
    if len(fresh) == 1:  # one set of ~330 questions moved the threshold by a step twice (2026-12-04)
        print("note: one fresh set is noisy (a question or two separate neighbouring thresholds); pass two or more")
    fresh_results = replays(fresh) if fresh else {}
    for t, r in fresh_results.items():
        print(f"fresh sets, threshold {t:.2f}: exact {r[1] / n_fresh:.3f} silently wrong {r[2] / n_fresh:.3f} asked {r[3]}")
    tau_fresh = choose_threshold({t: r[0] for t, r in fresh_results.items()}, n_fresh) if fresh else None
    tau = threshold_with_fresh({t: r[0] for t, r in results.items()}, n,
                               {t: r[0] for t, r in fresh_results.items()}, n_fresh)
    tau = threshold_for_target(tau, {t: r[2] / n_fresh for t, r in fresh_results.items()}, args.max_silently_wrong)
    model = to_json(_fit(x, y), names)
    model["threshold"] = tau
    model["_fit"] = {"n_questions": n, "n_scored": len(scored), "sets": len(set(groups)), "penalty": args.penalty,
                     "share_right": round(float(y.mean()), 4),
                     "auc_leave_one_set_out": round(float(roc_auc_score(y, held)), 4),
                     "gate_off": {"exact": round(base_exact / n, 4), "silently_wrong": round(base_wrong / n, 4)},
                     "fresh_sets": sorted(fresh), "threshold_fresh_sets": tau_fresh,
                     "max_silently_wrong_fresh": args.max_silently_wrong,
                     "chosen": {"exact": round(results[tau][1] / n, 4), "silently_wrong": round(results[tau][2] / n, 4),
                                "asked_by_gate": results[tau][3]}}
    Path(args.out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    gate.load.cache_clear()
    for t in GRID:
        print(f"threshold {t:.2f}: exact {results[t][1] / n:.3f} silently wrong {results[t][2] / n:.3f} "
              f"asked {results[t][3]}")
    print(json.dumps(model["_fit"], indent=2))
    print(f"wrote {args.out} (threshold {tau})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
