#!/usr/bin/env python3
"""Regenerate question set h55: datasets.json and questions.jsonl (deterministic), plus README.md."""
import json, os, random, subprocess, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ds_h55 import DATASETS
import qa_h55, qb_h55, qc_h55, qn_h55

SPLIT, ORIGIN, SEED, TAG = "test", "heldout55", 55055, "h55"
NAMING = {
    "h55_laundrettes": "camelCase", "h55_bell_ringing": "plain words (lower case, spaces)",
    "h55_stamp_clubs": "cryptic snake_case", "h55_coin_dealers": "UPPER_CASE codes",
    "h55_scrap_yards": "cryptic snake_case", "h55_punting_tours": "camelCase",
    "h55_hang_gliding": "UPPER_CASE codes", "h55_fishing_lakes": "cryptic snake_case",
    "h55_bait_shops": "plain words (Title Case, spaces)", "h55_clay_grounds": "camelCase",
    "h55_basket_weaving": "UPPER_CASE codes", "h55_candle_studios": "camelCase",
    "h55_topiary_nurseries": "cryptic snake_case", "h55_beekeeping": "UPPER_CASE codes",
    "h55_sign_writers": "plain words (lower case, spaces)",
}
DOMAIN = {
    "h55_laundrettes": "laundrettes", "h55_bell_ringing": "bell-ringing societies",
    "h55_stamp_clubs": "stamp collecting clubs", "h55_coin_dealers": "coin dealers",
    "h55_scrap_yards": "scrap metal yards", "h55_punting_tours": "punting tour operators",
    "h55_hang_gliding": "hang gliding schools", "h55_fishing_lakes": "fishing lakes",
    "h55_bait_shops": "bait shops", "h55_clay_grounds": "clay pigeon shooting grounds",
    "h55_basket_weaving": "basket weaving workshops", "h55_candle_studios": "candle making studios",
    "h55_topiary_nurseries": "topiary nurseries", "h55_beekeeping": "beekeeping associations",
    "h55_sign_writers": "sign writers",
}
NO_ROLES = {"discover", "unsupported", "relation", "generate"}


def build():
    blocks = {}
    for mod in (qa_h55, qb_h55, qc_h55):
        blocks.update(mod.BLOCKS)
    assert list(blocks) == list(DATASETS), "dataset blocks out of order"
    items = []
    for ds, qs in blocks.items():
        cols = list(DATASETS[ds]["columns"])
        for q in qs:
            e = dict(q["expected"])
            check(ds, cols, e, q["question"])
            if "covariates" in e:
                e["covariates"] = sorted(e["covariates"], key=cols.index)
            items.append({"question": q["question"], "dataset": ds, "columns": cols,
                          "split": SPLIT, "origin": ORIGIN, "expected": e, "_style": q["style"]})
    for q in qn_h55.NONE_ITEMS:
        e = q["expected"]
        check("none", None, e, q["question"])
        items.append({"question": q["question"], "dataset": "none", "columns": None,
                      "split": SPLIT, "origin": ORIGIN, "expected": e, "_style": q["style"]})
    texts = [i["question"] for i in items]
    dup = [t for t, n in Counter(texts).items() if n > 1]
    assert not dup, dup
    random.Random(SEED).shuffle(items)
    return items


def check(ds, cols, e, text):
    k = e["kind"]
    if k in NO_ROLES:
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None, text
    if k in ("audit", "relation", "generate"):
        assert ds == "none", text
    if k == "audit":
        assert e["treatment"] and e["outcome"] and e["outcome"].lower() in text.lower(), text
    if k == "mediation" and not e.get("clarify"):
        assert e["mediator"], text
    if k in ("ate", "cate", "policy", "mediation") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], text
    if e.get("clarify"):
        assert any(e[r] is None for r in ("treatment", "outcome", "mediator") if not (r == "mediator" and k != "mediation")), text
    if cols is None:
        return
    spec = DATASETS[ds]["columns"]
    for r in ("treatment", "outcome", "mediator", "instrument"):
        v = e.get(r)
        if v is not None:
            assert v in cols, (ds, v, text)
    for cv in e.get("covariates", []):
        assert cv in cols, (ds, cv, text)
    for col, val in e.get("at", {}).items():
        assert col in cols, (ds, col, text)
        t = spec[col]["type"]
        if t == "categorical":
            assert val in spec[col]["values"], (col, val)
        else:
            assert isinstance(val, (int, float)) and t in ("numeric", "binary"), (col, val)
    if e.get("at"):
        assert k == "cate", text
    for d, s in DATASETS.items():
        n = len(s["columns"])
        assert 13 <= n <= 18, d
        for cn, c in s["columns"].items():
            assert len(c["values"]) >= 3, (d, cn)


def modifiers(e):
    out = []
    if e.get("covariates"): out.append("covariates")
    if e.get("instrument"): out.append("instrument")
    if e.get("estimand"): out.append("estimand=" + e["estimand"])
    if e.get("at"): out.append("at")
    if e.get("clarify"): out.append("clarify")
    return out


def main():
    items = build()
    with open(os.path.join(HERE, "datasets.json"), "w") as f:
        json.dump(DATASETS, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "questions.jsonl"), "w") as f:
        for i in items:
            rec = {k: v for k, v in i.items() if not k.startswith("_")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(items)
    print(len(items), "questions,", len(DATASETS), "datasets")


def write_readme(items):
    try:
        when = subprocess.run(["date", "-u", "+%Y-%m-%d %H:%M UTC"], capture_output=True, text=True).stdout.strip()
    except Exception:
        when = "unknown"
    kinds = Counter(i["expected"]["kind"] for i in items)
    mods = Counter(m for i in items for m in modifiers(i["expected"]))
    styles = Counter(i["_style"] for i in items)
    nds = Counter(i["dataset"] == "none" for i in items)
    L = [f"# Question set h55 (split `{SPLIT}`, origin `{ORIGIN}`)", "",
         f"Written by data writer `{TAG}` on {when}, from the writer's own knowledge (all data invented).", "",
         f"Regenerate with `python3 make_h55.py` (shuffle seed {SEED}).", "",
         f"{len(items)} questions over {len(DATASETS)} datasets ({nds[False]} questions on a dataset, {nds[True]} with `\"dataset\": \"none\"`).",
         "Generator modules: `ds_h55.py` (schemas), `qa_h55.py`/`qb_h55.py`/`qc_h55.py` (dataset questions), `qn_h55.py` (no-dataset questions), `qcommon_h55.py`.", "",
         "## Datasets (domain — columns — naming style)", ""]
    for d, s in DATASETS.items():
        L.append(f"- `{d}` — {DOMAIN[d]} — {len(s['columns'])} columns — {NAMING[d]}")
    L += ["", "## Counts by kind", ""]
    for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
        L.append(f"- {k}: {kinds[k]}")
    L += ["", "## Counts by modifier", ""]
    for m in ["covariates", "instrument", "estimand=att", "estimand=atc", "at", "clarify"]:
        L.append(f"- {m}: {mods[m]}")
    L.append(f"- style mix (writer's tags, not in the labels): machine/identifier {styles['m']}, natural paraphrase {styles['n']}, terse/typo {styles['t']}, other (passive, outcome-first, story, conditional) {styles['o']}")
    L += ["", "## Label conventions", "",
          "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
          "- If a question names a measure with a baseline/follow-up pair but no version, the follow-up column (`*Post`, `*_12m`, `*_24m`, `after`, `POST`) is the outcome.",
          "- `clarify: true` when a named variable is missing from the data, when parallel columns (30d/90d, 6m/12m, month/quarter/year, v1/v2 scores, weed_cov/weed_cov_pct) are equally plausible, or when the direction is unstated; the unresolvable role is `null`, the others are filled.",
          "- `covariates` only when the question says adjust/control/hold fixed/account for; listed in dataset column order. `instrument` only when a column is named as an instrument.",
          "- `estimand`: `att` for effect on those treated / who took it up; `atc` for the untreated / those who did not.",
          "- Subgroup or value conditions are `cate` with `at` (number for numeric/binary columns, level string for categoricals); \"which/for whom/how does it vary\" is `cate` without `at`.",
          "- Policy: treatment = action column, outcome = goal column (also when the goal is to minimise it).",
          "- Mediation told as a story (\"works by X, which then Y\") labels X-column as mediator.",
          "- Audit: treatment = attribute as a short phrase, outcome = shortest noun phrase for the decision used in the question.",
          ""]
    with open(os.path.join(HERE, "README.md"), "w") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
