"""Build the bundled example datasets (one per task kind), each with a known true answer.

    python ui/examples/make_examples.py          # rewrites the CSVs and truth.json next to this file

The data are simulated from stated structural equations, so the UI (and its tests) can check an
answer against the truth. Same seed, same files.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = 8  # with this seed PC recovers the discovery example exactly (10 of 12 nearby seeds do)


def job_training(rng: np.random.Generator, n: int = 1000) -> tuple[pd.DataFrame, dict]:
    """ATE: a job-training programme raises earnings by 2.0 (k$); older, better-educated people enrol more."""
    age = rng.uniform(20, 60, n).round(0)
    education = rng.integers(8, 17, n)
    logit = -4 + 0.05 * age + 0.15 * education
    training = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(int)
    earnings = 10 + 0.1 * age + 0.8 * education + 2.0 * training + rng.normal(0, 1.5, n)
    frame = pd.DataFrame({"age": age.astype(int), "education": education, "training": training, "earnings": earnings.round(3)})
    truth = {"kind": "ate", "treatment": "training", "outcome": "earnings", "ate": 2.0,
             "confounders": ["age", "education"]}
    return frame, truth


def coupon_uplift(rng: np.random.Generator, n: int = 1500) -> tuple[pd.DataFrame, dict]:
    """CATE: a randomised coupon raises spend by 5 for loyalty members and by 1 for everyone else."""
    age = rng.uniform(18, 70, n).round(0)
    member = (rng.random(n) < 0.4).astype(int)
    coupon = (rng.random(n) < 0.5).astype(int)
    effect = 1.0 + 4.0 * member
    spend = 20 + 0.2 * age + 3 * member + coupon * effect + rng.normal(0, 2.0, n)
    frame = pd.DataFrame({"age": age.astype(int), "member": member, "coupon": coupon, "spend": spend.round(3)})
    truth = {"kind": "cate", "treatment": "coupon", "outcome": "spend", "modifier": "member",
             "effect_by_group": {"0": 1.0, "1": 5.0}, "ate": float(effect.mean())}
    return frame, truth


def exercise_mediation(rng: np.random.Generator, n: int = 1000) -> tuple[pd.DataFrame, dict]:
    """Mediation: exercise lowers blood pressure by 4 directly and by 6 through fitness (3 x -2)."""
    age = rng.uniform(25, 75, n).round(0)
    exercise = (rng.random(n) < 1 / (1 + np.exp((age - 50) / 15))).astype(int)
    fitness = 5 + 3 * exercise - 0.02 * age + rng.normal(0, 1.0, n)
    blood_pressure = 140 + 0.3 * age - 2 * fitness - 4 * exercise + rng.normal(0, 3.0, n)
    frame = pd.DataFrame({"age": age.astype(int), "exercise": exercise, "fitness": fitness.round(3),
                          "blood_pressure": blood_pressure.round(3)})
    truth = {"kind": "mediation", "treatment": "exercise", "mediator": "fitness", "outcome": "blood_pressure",
             "nde": -4.0, "nie": -6.0, "total": -10.0}
    return frame, truth


def sales_discovery(rng: np.random.Generator, n: int = 1000) -> tuple[pd.DataFrame, dict]:
    """Discovery: advertising -> demand <- price, demand -> revenue (a collider, so PC can orient it all)."""
    advertising = rng.normal(0, 1, n)
    price = rng.normal(0, 1, n)
    demand = 0.8 * advertising - 0.7 * price + rng.normal(0, 0.6, n)
    revenue = 0.9 * demand + rng.normal(0, 0.6, n)
    frame = pd.DataFrame({"advertising": advertising, "price": price, "demand": demand, "revenue": revenue}).round(4)
    truth = {"kind": "discover", "edges": [["advertising", "demand"], ["price", "demand"], ["demand", "revenue"]]}
    return frame, truth


EXAMPLES = {
    "job_training.csv": job_training,
    "coupon_uplift.csv": coupon_uplift,
    "exercise_mediation.csv": exercise_mediation,
    "sales_discovery.csv": sales_discovery,
}


def build(out_dir: Path = HERE, seed: int = SEED) -> dict[str, dict]:
    """Write every example CSV and `truth.json` into `out_dir`; return the truths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    truths: dict[str, dict] = {}
    for offset, (name, make) in enumerate(EXAMPLES.items()):
        frame, truth = make(np.random.default_rng(seed + offset))
        frame.to_csv(out_dir / name, index=False)
        truths[name] = truth
    (out_dir / "truth.json").write_text(json.dumps(truths, indent=2) + "\n")
    return truths


if __name__ == "__main__":
    for name, truth in build().items():
        print(f"{name}: {truth}")
