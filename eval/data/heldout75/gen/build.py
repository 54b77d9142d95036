import json, random, sys, collections
sys.path.insert(0, "/tmp/wr/h75")
from gen_ds import DS
from gen_q import QS
out = "/tmp/wr/h75"
datasets = {k: {"description": d, "columns": {c: v for c, v in cols}} for k, (d, cols) in DS.items()}
for k, v in datasets.items():
    assert 13 <= len(v["columns"]) <= 18, k
    for c, s in v["columns"].items():
        assert s["type"] in ("id","binary","numeric","categorical","date","text")
        assert len(s["values"]) >= 3
json.dump(datasets, open(f"{out}/datasets.json", "w"), indent=1, ensure_ascii=False)
rows = []
for ds, text, e in QS:
    cols = None if ds == "none" else list(datasets[ds]["columns"])
    if ds != "none":
        cs = datasets[ds]["columns"]
        for r in ("treatment","outcome","mediator"):
            if e[r] is not None: assert e[r] in cs, (text, e[r])
        for c in e.get("covariates", []) + ([e["instrument"]] if "instrument" in e else []): assert c in cs, (text, c)
        for c, v in e.get("at", {}).items():
            assert c in cs, (text, c)
            if cs[c]["type"] == "categorical": assert v in cs[c]["values"], (text, v)
            else: assert isinstance(v, (int, float)), text
    else:
        assert e["kind"] in ("unsupported","audit","relation","generate")
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] == "mediation" and not e.get("clarify"): assert e["mediator"]
    rows.append({"question": text, "dataset": ds, "columns": cols, "split": "test", "origin": "heldout75", "expected": e})
assert len({r["question"] for r in rows}) == len(rows)
random.Random(75075).shuffle(rows)
with open(f"{out}/questions.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
kinds = collections.Counter(r["expected"]["kind"] for r in rows)
mods = collections.Counter()
for r in rows:
    e = r["expected"]
    for m in ("covariates","instrument","estimand","at","clarify"):
        if m in e: mods[m if m != "estimand" else "estimand=" + e[m]] += 1
nd = sum(r["dataset"] == "none" for r in rows)
print(len(rows), dict(kinds), dict(mods), "none:", nd)

