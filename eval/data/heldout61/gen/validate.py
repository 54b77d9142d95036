import json, collections
DS = json.load(open("/tmp/wr/h61/datasets.json"))
rows = [json.loads(l) for l in open("/tmp/wr/h61/questions.jsonl")]
kinds = collections.Counter(r["expected"]["kind"] for r in rows)
mods = collections.Counter()
errs = []
for name, d in DS.items():
    assert name.startswith("h61_")
    n = len(d["columns"]); assert 13 <= n <= 18, (name, n)
    for c, v in d["columns"].items():
        assert v["type"] in {"id","binary","numeric","categorical","date","text"}
        assert len(v["values"]) >= 3 or v["type"] == "binary" or len(v["values"]) >= 2, (name, c)
for r in rows:
    e = r["expected"]; d = r["dataset"]
    for k in ["kind","treatment","outcome","mediator"]: assert k in e
    for k in ["covariates","instrument","estimand","at","clarify"]:
        if k in e: mods[k] += 1
    if d == "none":
        assert r["columns"] is None
        continue
    cols = DS[d]["columns"]
    assert r["columns"] == list(cols)
    names = [e["treatment"], e["outcome"], e["mediator"], e.get("instrument")] + e.get("covariates", []) + list(e.get("at", {}).keys())
    for n in names:
        if n is not None and n not in cols: errs.append((r["question"], n))
    for c, v in e.get("at", {}).items():
        t = cols[c]["type"]
        if t == "categorical": assert v in cols[c]["values"], (c, v)
        else: assert isinstance(v, (int, float)), (c, v)
    if e["kind"] in ("discover","unsupported"): assert e["treatment"] is None and e["outcome"] is None
print("errors", errs)
print(dict(kinds), sum(kinds.values()))
print(dict(mods), "clarify pct %.1f" % (100*mods["clarify"]/len(rows)))
print(collections.Counter(r["dataset"] for r in rows))
