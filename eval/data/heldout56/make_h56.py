"""Regenerate the h56 question set: datasets.json and questions.jsonl (deterministic)."""
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ds_h56
from common_h56 import QUESTIONS
import qa_h56, qb_h56, qc_h56, qd_h56  # noqa: F401  (register questions)

SPLIT, ORIGIN, SEED = "test", "heldout56", 56056
KINDS = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}


def validate(datasets, q):
    e = q["expected"]
    assert e["kind"] in KINDS, q
    ds = q["dataset"]
    if ds == "none":
        assert e["kind"] in {"audit", "relation", "generate", "unsupported"}, q
        if e["kind"] != "audit":
            assert e["treatment"] is None and e["outcome"] is None, q
        return
    cols = datasets[ds]["columns"]
    for role in ("treatment", "outcome", "mediator"):
        if e[role] is not None:
            assert e[role] in cols, (role, q)
    for c in e.get("covariates", []):
        assert c in cols, q
    if "instrument" in e:
        assert e["instrument"] in cols, q
    for c, v in e.get("at", {}).items():
        t = cols[c]["type"]
        if t == "categorical":
            assert v in cols[c]["values"], q
        else:
            assert isinstance(v, (int, float)) and t in ("numeric", "binary"), q
    if e["kind"] in {"discover", "unsupported"}:
        assert e["treatment"] is None and e["outcome"] is None, q
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"] is not None, q


def main():
    datasets = ds_h56.build()
    rows = []
    for q in QUESTIONS:
        validate(datasets, q)
        ds = q["dataset"]
        rows.append({"question": q["question"], "dataset": ds,
                     "columns": list(datasets[ds]["columns"]) if ds != "none" else None,
                     "split": SPLIT, "origin": ORIGIN, "expected": q["expected"]})
    texts = [r["question"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate question"
    random.Random(SEED).shuffle(rows)
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(datasets, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = Counter(r["expected"]["kind"] for r in rows)
    mods = Counter()
    for r in rows:
        e = r["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
    print(len(rows), "questions,", len(datasets), "datasets")
    print(dict(kinds))
    print(dict(mods))


if __name__ == "__main__":
    main()
