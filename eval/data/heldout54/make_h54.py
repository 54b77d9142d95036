"""Generator for question set h54 (split test, origin heldout54).

Run `python3 make_h54.py` in this directory to regenerate datasets.json and
questions.jsonl byte for byte. `python3 make_h54.py --readme` also rewrites README.md
(which carries the UTC date it was written).
"""
import collections
import json
import random
import subprocess
import sys

import ds_a
import ds_b
import ds_c
from ds_extra import EXTRA
from q_none import NONE_ITEMS

SPLIT, ORIGIN, SEED, TAG = "test", "heldout54", 54054, "h54"
KINDS = ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]
STYLES = {
    "h54_pony_rides": "snake_case cryptic codes", "h54_stage_hire": "camelCase",
    "h54_lighting_rig": "UPPER_CASE codes", "h54_tape_dup": "plain words",
    "h54_bus_tours": "snake_case cryptic codes", "h54_walking_tours": "camelCase",
    "h54_ghost_tours": "UPPER_CASE codes", "h54_food_tours": "plain words",
    "h54_wine_tours": "snake_case cryptic codes", "h54_escooter": "camelCase",
    "h54_coaster_parks": "UPPER_CASE codes", "h54_spa_hotels": "plain words",
    "h54_motorhome_rental": "snake_case cryptic codes", "h54_bnb": "camelCase",
    "h54_guesthouses": "UPPER_CASE codes",
}
DOMAINS = {
    "h54_pony_rides": "pony ride operators", "h54_stage_hire": "stage hire firms",
    "h54_lighting_rig": "lighting rig hire", "h54_tape_dup": "tape duplication services",
    "h54_bus_tours": "bus tour operators", "h54_walking_tours": "walking tour guides",
    "h54_ghost_tours": "ghost tour companies", "h54_food_tours": "food tour companies",
    "h54_wine_tours": "wine tour operators", "h54_escooter": "e-scooter hire schemes",
    "h54_coaster_parks": "rollercoaster parks", "h54_spa_hotels": "spa hotels",
    "h54_motorhome_rental": "motorhome rental firms", "h54_bnb": "bed and breakfasts",
    "h54_guesthouses": "guesthouses",
}


def check(ds_name, ds, q):
    e = q["expected"]
    assert e["kind"] in KINDS, e
    cols = ds["columns"] if ds else {}
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, q
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"], q
    if e["kind"] == "audit":
        assert ds is None and isinstance(e["treatment"], str) and isinstance(e["outcome"], str), q
        return
    if e["kind"] in ("relation", "generate"):
        assert ds is None, q
    if ds is None:
        assert e["kind"] in ("unsupported", "relation", "generate"), q
        return
    for role in ("treatment", "outcome", "mediator"):
        if e[role] is not None:
            assert e[role] in cols, (ds_name, role, e[role])
    for c in e.get("covariates", []):
        assert c in cols, (ds_name, c)
    if "instrument" in e:
        assert e["instrument"] in cols
    if "estimand" in e:
        assert e["estimand"] in ("att", "atc")
    if "at" in e:
        assert e["kind"] == "cate"
        for c, v in e["at"].items():
            t = cols[c]["type"]
            if t == "categorical":
                assert v in cols[c]["values"], (c, v)
            else:
                assert t in ("numeric", "binary") and isinstance(v, (int, float)), (c, v)
    if e.get("clarify"):
        assert e["treatment"] is None or e["outcome"] is None or e["kind"] == "mediation", q


def build():
    datasets, items = {}, []
    for mod in (ds_a, ds_b, ds_c):
        for name, ds, qs in mod.DATASETS:
            assert name.startswith("h54_") and name not in datasets
            assert 13 <= len(ds["columns"]) <= 18, name
            for c, spec in ds["columns"].items():
                if spec["type"] == "categorical":
                    assert 2 <= len(spec["values"]) <= 6
                else:
                    assert 2 <= len(spec["values"]) <= 3
            assert any(s["type"] == "id" for s in ds["columns"].values())
            datasets[name] = ds
            for q in qs + EXTRA.get(name, []):
                check(name, ds, q)
                e = dict(q["expected"])
                if "covariates" in e:
                    e["covariates"] = [c for c in ds["columns"] if c in e["covariates"]]
                items.append({"question": q["question"], "dataset": name,
                              "columns": list(ds["columns"]), "split": SPLIT,
                              "origin": ORIGIN, "expected": e})
    assert set(EXTRA) <= set(datasets)
    for q in NONE_ITEMS:
        check(None, None, q)
        items.append({"question": q["question"], "dataset": "none", "columns": None,
                      "split": SPLIT, "origin": ORIGIN, "expected": dict(q["expected"])})
    texts = [i["question"] for i in items]
    assert len(texts) == len(set(texts)), "duplicate question text"
    random.Random(SEED).shuffle(items)
    return datasets, items


def counts(items):
    kinds = collections.Counter(i["expected"]["kind"] for i in items)
    mods = collections.Counter()
    for i in items:
        e = i["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
        if i["dataset"] == "none":
            mods["dataset=none"] += 1
    return kinds, mods


def write_readme(datasets, items):
    when = subprocess.run(["date", "-u", "+%Y-%m-%d %H:%M UTC"], capture_output=True,
                          text=True).stdout.strip()
    kinds, mods = counts(items)
    L = ["# Question set h54 (split `test`, origin `heldout54`)", "",
         "Written by data writer `h54` on %s." % when, "",
         "Regenerate with `python3 make_h54.py` (shuffle seed 54054).", "",
         "%d questions and %d datasets: %d questions on the datasets, %d dataset-free items with `\"dataset\": \"none\"`."
         % (len(items), len(datasets), len(items) - mods["dataset=none"], mods["dataset=none"]), "",
         "Generator parts: `common.py` (helpers), `ds_a.py` / `ds_b.py` / `ds_c.py` (datasets 1-5, 6-10, 11-15 "
         "and their questions), `ds_extra.py` (extra policy/mediation/discovery/clarify items), "
         "`q_none.py` (audit, relation, generate, dataset-free unsupported).", "",
         "## Datasets (domain — columns — naming style)", ""]
    for name, ds in datasets.items():
        L.append("- `%s`: %s — %d columns — %s" % (name, DOMAINS[name], len(ds["columns"]), STYLES[name]))
    L += ["", "## Counts by kind", ""]
    for k in KINDS:
        L.append("- %s: %d" % (k, kinds[k]))
    L += ["", "## Counts by modifier", ""]
    for k in ("covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify", "dataset=none"):
        L.append("- %s: %d" % (k, mods[k]))
    L += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- When a baseline/follow-up pair (`_pre`/`_post`, `_before`/`_after`, `Q1`/`Q4`, `_BL`/`_12M`, `2022`/`2023`) is not named by version, the follow-up column is the outcome.",
          "- `covariates` only when the question says adjust / control / hold fixed; listed in dataset column order. Confounding worries without named columns give no covariates.",
          "- `estimand`: `att` for effects on those treated / who took part; `atc` for those who did not.",
          "- `at`: subgroup or value conditions (\"among pub tours\", \"at 95F\", \"for groups of 8\"); threshold phrasing maps to the stated number; categoricals use the level string. Effect-varies / for-whom questions are `cate` without `at`.",
          "- `clarify: true` when the question is ambiguous between parallel columns (30d/90d, v1/v2, rate/ratio, average/peak), names a variable the data lacks, or leaves the direction unstated; the unresolvable role is `null`, others filled.",
          "- Policy: `treatment` is the action column, `outcome` the goal column.",
          "- Audit: `treatment` is the attribute as a short phrase, `outcome` the shortest noun phrase the question uses for the decision.",
          ""]
    open("README.md", "w").write("\n".join(L))


def main():
    datasets, items = build()
    with open("datasets.json", "w") as f:
        json.dump(datasets, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open("questions.jsonl", "w") as f:
        for i in items:
            f.write(json.dumps(i, ensure_ascii=False) + "\n")
    kinds, mods = counts(items)
    print(len(items), "questions;", len(datasets), "datasets")
    print(dict(kinds))
    print(dict(mods))
    if "--readme" in sys.argv:
        write_readme(datasets, items)


if __name__ == "__main__":
    main()
