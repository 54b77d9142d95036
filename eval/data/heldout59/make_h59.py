import json, random, collections, subprocess
import common
import part_a, part_b, part_c, part_none  # noqa
from common import DATASETS, QUESTIONS

KINDS = {"ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"}
errs = []
for name, d in DATASETS.items():
    assert name.startswith("h59_")
    n = len(d["columns"])
    if not 13 <= n <= 18: errs.append(f"{name} has {n} cols")
    for c, s in d["columns"].items():
        if s["type"] not in {"id", "binary", "numeric", "categorical", "date", "text"}: errs.append(c)
for q in QUESTIONS:
    e = q["expected"]; k = e["kind"]
    if k not in KINDS: errs.append("kind " + k)
    for key in ("kind", "treatment", "outcome", "mediator"):
        if key not in e: errs.append("missing " + key)
    if k in ("discover", "unsupported", "relation", "generate"):
        if e["treatment"] or e["outcome"] or e["mediator"]: errs.append("roles " + q["question"])
    if k in ("audit", "relation", "generate"):
        if q["dataset"] != "none": errs.append("should be none " + q["question"])
    if k == "mediation" and not e.get("clarify") and not e["mediator"]: errs.append("no med " + q["question"])
    if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
        if not e["treatment"] or not e["outcome"]: errs.append("missing role " + q["question"])
    if e.get("clarify") and e["treatment"] and e["outcome"] and (k != "mediation" or e["mediator"]):
        errs.append("clarify but all roles filled " + q["question"])
    if q["dataset"] == "none":
        continue
    cols = DATASETS[q["dataset"]]["columns"]
    names = [e["treatment"], e["outcome"], e["mediator"]] + e.get("covariates", []) + ([e["instrument"]] if e.get("instrument") else [])
    for n in names:
        if n is not None and n not in cols: errs.append(f"{n} not in {q['dataset']}: {q['question']}")
    for c, v in e.get("at", {}).items():
        if c not in cols: errs.append(f"at {c} missing"); continue
        t = cols[c]["type"]
        if t == "categorical":
            if v not in cols[c]["values"]: errs.append(f"at level {v}")
        elif not isinstance(v, (int, float)): errs.append(f"at {c} not number")
    if "at" in e and k != "cate": errs.append("at on non-cate")
    if "estimand" in e and e["estimand"] not in ("att", "atc"): errs.append("estimand")
    # columns in dataset order
    assert q["columns"] == list(cols.keys())
if errs:
    print("\n".join(errs)); raise SystemExit(1)

random.Random(59059).shuffle(QUESTIONS)
with open("datasets.json", "w") as f:
    json.dump(DATASETS, f, indent=1, ensure_ascii=False)
with open("questions.jsonl", "w") as f:
    for q in QUESTIONS:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")

kc = collections.Counter(q["expected"]["kind"] for q in QUESTIONS)
mods = collections.Counter()
for q in QUESTIONS:
    e = q["expected"]
    for m in ("covariates", "estimand", "at", "clarify", "instrument"):
        if m in e: mods[m if m != "estimand" else "estimand=" + e["estimand"]] += 1
    if q["dataset"] == "none": mods["dataset=none"] += 1
print(len(QUESTIONS), len(DATASETS), dict(kc), dict(mods))
when = subprocess.check_output(["date", "-u"]).decode().strip()
domains = ", ".join(n[4:].replace("_", " ") for n in DATASETS)
readme = f"""# Held-out question set h59

- Written by: **h59** (data writer), {when}
- Split: `test`, origin: `heldout59`, shuffled with `random.Random(59059)`.
- {len(QUESTIONS)} questions over {len(DATASETS)} invented datasets (prefix `h59_`).
- Domains: {domains}.
- Column naming styles: snake_case cryptic (screen printers, gem cutters, vintage clothing, mole catchers),
  camelCase (soda fountains, compost toilet suppliers, gold panning tours, pressure washing),
  UPPER_CASE (spinning wheel makers, bed bug exterminators, greywater installers, rat catchers),
  plain words with spaces (swap shops, mountain bothies, litter picking groups). Every dataset has an id,
  a baseline/follow-up pair, parallel windows and near-synonym columns as distractors.

## Counts by kind
""" + "\n".join(f"- {k}: {v}" for k, v in sorted(kc.items())) + """

## Counts by modifier
""" + "\n".join(f"- {k}: {v}" for k, v in sorted(mods.items())) + """

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.
- When a baseline/follow-up pair is referred to without a version, the follow-up column is the outcome.
- `covariates` only when the question explicitly says adjust / control / hold fixed; "or is it just confounding"
  without naming variables gives no covariates.
- `estimand`: `att` for "for those who took/got/use X", `atc` for "if those without X adopted it".
- Subgroup or value conditions ("in Glasgow", "at 3 visits per job", "for a crew of 3") are `cate` with `at`
  (numbers as JSON numbers, categorical levels as strings). "For whom / how does it vary" is `cate` without `at`.
- `clarify: true` (~7%) when the outcome is ambiguous between parallel/near-synonym columns
  (30d vs 90d, v1 vs v2, weekday vs weekend), when a named variable is absent from the data, or when the
  causal direction is unstated; the unresolvable role is `null`, others are filled.
- Policy: treatment = action column, outcome = goal column.
- Audit: treatment = attribute short phrase, outcome = shortest noun phrase for the decision.
"""
open("README.md", "w").write(readme)
