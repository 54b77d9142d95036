"""`python -m eval parse-gate`: fit the parser's "am I sure?" gate and choose its threshold.

The gate (`copilot/understand/gate.py`) is a logistic regression from how a reading was reached (match
scores, role votes, identifiers, candidates) to whether it is the expected task. It is fitted on the
*train* questions (parsed structure-only) and its threshold is chosen on the *dev* questions: each dev
question is parsed once with the gate off, and every threshold of a grid is replayed (below it, and when
a different reading exists, the copilot asks: 0; right: +1; silently wrong: -penalty). The test split
and the held-out set are never read. Writes `copilot/understand/vocab/gate.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from copilot.parse import parse_question
from copilot.understand import gate
from eval.parse_bench import predicted_fields, score_item
from eval.parse_train import train_dev_items


def _records(items: list[dict]) -> list[dict]:
    """Per item: the gate's inputs (when the parser answered), exact, silently wrong, other reading."""
    rows = []
    for item in items:
        out = parse_question(item["question"], item.get("columns"), lm=None)
        pred = predicted_fields(out)
        _, exact = score_item(item, pred)
        rows.append({"gate": dict(out.gate), "answered": out.task is not None, "exact": bool(exact),
                     "wrong": (not exact) and out.task is not None,
                     "alt": any(gate.reading_key(a["task"]) != gate.reading_key(pred) for a in out.alternatives)})
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval parse-gate", description=__doc__.splitlines()[0])
    ap.add_argument("--penalty", type=float, default=2.0, help="cost of a silently wrong task (a question back costs 1)")
    ap.add_argument("--out", default=str(gate.MODEL_FILE))
    args = ap.parse_args(argv)
    from sklearn.linear_model import LogisticRegression

    train_items, dev_items = train_dev_items()
    with gate.switched_off():
        train = [r for r in _records(train_items) if r["gate"]]  # the gate's inputs exist where the parser answered
        dev = _records(dev_items)
    names = sorted({k for r in train for k in r["gate"]})
    x = np.array([[r["gate"].get(n, 0.0) for n in names] for r in train])
    y = np.array([r["exact"] for r in train])
    mean, scale = x.mean(0), x.std(0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, y)
    model = {"features": names, "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
             "coef": clf.coef_[0].round(6).tolist(), "intercept": round(float(clf.intercept_[0]), 6)}

    sure = [gate.p_right(r["gate"], model) if r["gate"] else None for r in dev]

    def replay(tau: float) -> tuple[float, int, int, int]:
        exact = wrong = asked = 0
        for r, p in zip(dev, sure):
            if r["answered"] and p is not None and r["alt"] and p < tau:
                asked += 1
                continue
            exact += r["exact"]
            wrong += r["wrong"]
        return exact - args.penalty * wrong, exact, wrong, asked

    grid = [round(t, 2) for t in np.arange(0.0, 0.96, 0.05)]
    results = {t: replay(t) for t in grid}
    tau = max(grid, key=lambda t: (results[t][0], -t))  # ties: the lower threshold (fewer questions back)
    n = len(dev)
    model["threshold"] = tau
    model["_fit"] = {"n_train": len(train), "n_dev": n, "penalty": args.penalty,
                     "train_share_right": round(float(y.mean()), 4),
                     "dev_gate_off": {"exact": round(results[0.0][1] / n, 4), "silently_wrong": round(results[0.0][2] / n, 4)},
                     "dev_chosen": {"exact": round(results[tau][1] / n, 4), "silently_wrong": round(results[tau][2] / n, 4),
                                    "asked_by_gate": results[tau][3]}}
    Path(args.out).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    gate.load.cache_clear()
    for t in grid:
        print(f"threshold {t:.2f}: exact {results[t][1] / n:.3f} silently wrong {results[t][2] / n:.3f} asked {results[t][3]}")
    print(json.dumps(model["_fit"], indent=2))
    print(f"wrote {args.out} (threshold {tau})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
