"""Write README.md for h56 from the generated files (carries the UTC date)."""
import json, subprocess
from collections import Counter
ds = json.load(open("datasets.json"))
rows = [json.loads(l) for l in open("questions.jsonl")]
style = {"h56_geocache_clubs": "camelCase", "h56_metal_detecting": "cryptic snake_case",
 "h56_mudlarking_groups": "plain words", "h56_ventriloquist_acts": "camelCase",
 "h56_ice_sculptors": "UPPER_CASE codes", "h56_sand_festivals": "plain words",
 "h56_snow_plough": "cryptic snake_case", "h56_road_sweeping": "UPPER_CASE codes",
 "h56_parking_meters": "camelCase", "h56_weighbridge": "UPPER_CASE codes",
 "h56_grain_silos": "cryptic snake_case", "h56_feed_mills": "plain words",
 "h56_textile_mills": "cryptic snake_case", "h56_silk_farms": "camelCase",
 "h56_turkey_farms": "UPPER_CASE codes"}
date = subprocess.check_output(["date", "-u", "+%Y-%m-%d %H:%M UTC"]).decode().strip()
kinds = Counter(r["expected"]["kind"] for r in rows)
mods = Counter()
for r in rows:
    e = r["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e: mods[k] += 1
    if "estimand" in e: mods["estimand=" + e["estimand"]] += 1
nnone = sum(r["dataset"] == "none" for r in rows)
L = ["# Question set h56 (split `test`, origin `heldout56`)", "",
     f"Written by data writer **h56** on {date}, from its own knowledge (no project code or other question sets read).", "",
     "Regenerate with `python3 make_h56.py` (shuffle seed 56056).", "",
     f"{len(rows)} questions ({nnone} with `\"dataset\": \"none\"`) over {len(ds)} datasets.", "",
     "## Datasets (domain — columns — naming style)", ""]
for name, d in ds.items():
    L.append(f"- `{name}` — {d['description'].split(':')[0]} — {len(d['columns'])} columns — {style[name]}")
L += ["", "## Counts by kind", ""]
for k in ["ate", "cate", "policy", "mediation", "discover", "unsupported", "audit", "relation", "generate"]:
    L.append(f"- {k}: {kinds[k]}")
L += ["", "## Counts by modifier", ""]
for k in ["covariates", "at", "instrument", "estimand=att", "estimand=atc", "clarify"]:
    L.append(f"- {k}: {mods[k]}")
L += ["", "## Label conventions", "",
 "- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.",
 "- Baseline/follow-up pairs (`_pre`/`_post`, `_bl`/`_12m`, `Prev`, `_prior`, `WK12`/`WK20`): when no version is named, the follow-up column is the outcome; the baseline appears only as a stated covariate.",
 "- `covariates` only when the question says adjust/control/hold fixed, listed in the order stated; `instrument` only when a column is named as an instrument.",
 "- `estimand`: `att` for effects on those treated / who adopted; `atc` for effects on those who did not / lack it.",
 "- Subgroups and stated values (\"in rural districts\", \"at 40F\", \"crew of 4\", \"when tide_height = 0.5\") are `cate` with `at` (numbers for numeric/binary, level string for categoricals). \"How does the effect vary / for whom is it largest\" is `cate` without `at`.",
 "- `clarify: true` (~7%) when the outcome is ambiguous between parallel columns (30d/90d, weekday/weekend, AM/PM, summer/winter, v1/v2 or rate/ratio near-synonyms named only by paraphrase), when a named variable is absent from the data, or when the direction is unstated; the unresolvable role is `null`, the others are filled.",
 "- Policy: `treatment` = action column, `outcome` = goal column.",
 "- Audit: `treatment` = the attribute as a short phrase (e.g. \"race\", \"accent\"), `outcome` = the shortest noun phrase the question uses for the decision; `mediator` null.",
 "- Discover questions avoid the word \"graph\"/\"DAG\" in more than half of the items.", ""]
open("README.md", "w").write("\n".join(L))
