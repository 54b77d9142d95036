"""Regenerate datasets.json, questions.jsonl and README.md for question set h57."""
import json
import os
import random
import subprocess
from collections import Counter

import part_a
import part_b
import part_c
import part_none

SPLIT, ORIGIN, SEED = "test", "heldout57", 57057
HERE = os.path.dirname(os.path.abspath(__file__))

STYLE_NAMES = {"c": "column ids (backticks/parens)", "n": "natural paraphrase",
               "t": "terse/fragment/typo", "o": "other (passive, outcome-first, story, conditional, confounding)"}


def build():
    datasets = {}
    qsets = {}
    for part in (part_a, part_b, part_c):
        for name, body in part.DATASETS:
            assert name.startswith("h57_") and name not in datasets
            datasets[name] = body
        qsets.update(part.Q)
    records = []
    for name, qs in qsets.items():
        cols = datasets[name]["columns"]
        order = list(cols)
        assert 13 <= len(order) <= 18, name
        for r in qs:
            e = r["expected"]
            for role in ("treatment", "outcome", "mediator", "instrument"):
                v = e.get(role)
                assert v is None or v in cols, (name, role, v)
            if "covariates" in e:
                assert all(c in cols for c in e["covariates"]), (name, e)
                e["covariates"] = [c for c in order if c in e["covariates"]]
            if "at" in e:
                for c, v in e["at"].items():
                    t = cols[c]["type"]
                    if t == "categorical":
                        assert v in cols[c]["values"], (name, c, v)
                    else:
                        assert t in ("numeric", "binary") and isinstance(v, (int, float)), (name, c, v)
            records.append((r["style"], {"question": r["question"], "dataset": name, "columns": order,
                                         "split": SPLIT, "origin": ORIGIN, "expected": e}))
    for grp in (part_none.AUDIT, part_none.RELATION, part_none.GENERATE, part_none.UNSUPPORTED):
        for r in grp:
            records.append((r["style"], {"question": r["question"], "dataset": "none", "columns": None,
                                         "split": SPLIT, "origin": ORIGIN, "expected": r["expected"]}))
    texts = [rec["question"] for _, rec in records]
    assert len(texts) == len(set(texts)), "duplicate question text"
    for _, rec in records:
        e = rec["expected"]
        if e["kind"] in ("discover", "unsupported", "relation", "generate"):
            assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
        if e["kind"] == "mediation" and not e.get("clarify"):
            assert e["mediator"] and e["treatment"] and e["outcome"]
    return datasets, records


def main():
    datasets, records = build()
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(datasets, f, indent=2, ensure_ascii=False)
        f.write("\n")
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for i in order:
            f.write(json.dumps(records[i][1], ensure_ascii=False) + "\n")
    write_readme(datasets, records)
    print(len(records), "questions,", len(datasets), "datasets")


STYLE_OF = {
    "h57_photobooth_ops": "snake_case cryptic codes",
    "h57_passport_studios": "camelCase",
    "h57_copy_shops": "UPPER_CASE codes",
    "h57_fountain_pen_retail": "plain words",
    "h57_video_rental": "snake_case cryptic codes",
    "h57_drone_racing": "camelCase",
    "h57_rc_car_clubs": "UPPER_CASE codes",
    "h57_sod_farms": "snake_case cryptic codes",
    "h57_carport_builders": "camelCase",
    "h57_roof_slaters": "plain words",
    "h57_water_tower_crews": "snake_case cryptic codes",
    "h57_net_menders": "UPPER_CASE codes",
    "h57_clay_pit": "camelCase",
    "h57_skittle_alleys": "snake_case cryptic codes",
    "h57_boules_clubs": "plain words",
}
DOMAIN_OF = {
    "h57_photobooth_ops": "photo booth operators", "h57_passport_studios": "passport photo studios",
    "h57_copy_shops": "copy shops", "h57_fountain_pen_retail": "fountain pen retailers",
    "h57_video_rental": "video rental shops", "h57_drone_racing": "drone racing leagues",
    "h57_rc_car_clubs": "RC car clubs", "h57_sod_farms": "sod farms",
    "h57_carport_builders": "carport builders", "h57_roof_slaters": "roof slaters",
    "h57_water_tower_crews": "water tower maintenance crews", "h57_net_menders": "net menders",
    "h57_clay_pit": "clay pit operators", "h57_skittle_alleys": "skittle alleys",
    "h57_boules_clubs": "boules clubs",
}


def write_readme(datasets, records):
    try:
        when = subprocess.run(["date", "-u", "+%Y-%m-%d %H:%M UTC"], capture_output=True, text=True).stdout.strip()
    except Exception:
        when = "unknown"
    kinds = Counter(r["expected"]["kind"] for _, r in records)
    withds = Counter(r["expected"]["kind"] for _, r in records if r["dataset"] != "none")
    mods = Counter()
    for _, r in records:
        e = r["expected"]
        for k in ("covariates", "instrument", "at", "clarify"):
            if k in e:
                mods[k] += 1
        if "estimand" in e:
            mods["estimand=" + e["estimand"]] += 1
        if e["kind"] == "cate":
            mods["cate with at" if "at" in e else "cate without at (heterogeneity)"] += 1
        if e["kind"] == "unsupported":
            mods["unsupported with dataset" if r["dataset"] != "none" else "unsupported, dataset none"] += 1
    styles = Counter(s for s, _ in records)
    n = len(records)
    L = ["# Question set h57 (split `test`, origin `heldout57`)", "",
         f"Written by data writer **h57** on {when}, from its own knowledge (no project code or other question sets read).", "",
         "Regenerate with `python3 make_h57.py` (shuffle seed 57057).", "",
         f"{n} questions: {sum(withds.values())} on {len(datasets)} datasets and {n - sum(withds.values())} with `\"dataset\": \"none\"`.", "",
         "## Datasets (domain — columns — naming style)", ""]
    for name, body in datasets.items():
        L.append(f"- `{name}` — {DOMAIN_OF[name]} — {len(body['columns'])} columns — {STYLE_OF[name]}")
    L += ["", "## Counts by kind", "", "| kind | n | with dataset |", "|---|---|---|"]
    for k in ("ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"):
        L.append(f"| {k} | {kinds[k]} | {withds[k]} |")
    L += ["", "## Counts by modifier", "", "| modifier | n |", "|---|---|"]
    for k in sorted(mods):
        L.append(f"| {k} | {mods[k]} |")
    L += ["", "Phrasing styles (generator tag, not in the output): " +
          "; ".join(f"{STYLE_NAMES[s]} {styles[s]} ({100 * styles[s] / n:.0f}%)" for s in "cnto") + ".", ""]
    L += ["## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- A baseline/follow-up pair named without a version (`sales_before`/`sales_after`, `yld_bl`/`yld_fu`, `*_PRE`/`*_POST`) resolves to the follow-up column as outcome.",
          "- Parallel windows (30d/90d, 6m/12m, 1yr/3yr, 3m/12m), v1/v2 pairs and rate/ratio near-synonyms named without a version → `clarify: true`, that role `null`, other roles filled. A variable the data lacks → `clarify`, that role `null`. Direction unstated (\"is there a causal relationship between X and Y\") → `clarify`, treatment and outcome `null`.",
          "- `covariates` only when the question says adjust/control/condition on/hold fixed/account for; listed in dataset column order. Merely asking \"or is it confounding?\" adds no covariates. Effect modifiers in \"how does the effect vary by X\" are not covariates.",
          "- `cate`: subgroup or value (\"for X\", \"in X\", \"when X is v\", \"over 10 years\" → threshold value) gives `at` (number for numeric/binary, level string for categorical); \"how does it vary / for whom largest\" is `cate` without `at`.",
          "- `estimand`: `att` for effect on those treated/who adopted; `atc` for effect on the untreated/those without.",
          "- `instrument` only when a column is named as an instrument.",
          "- Policy: treatment = action column, outcome = goal column.",
          "- Audit: treatment = attribute as a short phrase (\"race\", \"gender\"), outcome = shortest noun phrase the question uses for the decision.",
          "- `columns` is the full dataset column list in dataset order, or `null` for `\"dataset\": \"none\"`.", ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
