import json, random, collections, subprocess
exec(open('/tmp/wr/h68/gen_part1.py').read())
exec(open('/tmp/wr/h68/gen_part2.py').read())
# validate
for q in Q:
    e = q["expected"]
    if q["dataset"] != "none":
        cols = DS[q["dataset"]]["columns"]
        for r in ("treatment","outcome","mediator"):
            assert e[r] is None or e[r] in cols, (q["question"], e[r])
        for c in e.get("covariates", []): assert c in cols, (q["question"], c)
        if "instrument" in e: assert e["instrument"] in cols
        for c, v in e.get("at", {}).items():
            assert c in cols, c
            t = cols[c]["type"]
            if t == "categorical": assert v in cols[c]["values"], (c, v)
            else: assert isinstance(v, (int, float)), (c, v)
    if e["kind"] in ("discover","unsupported","relation","generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] in ("audit","relation","generate"): assert q["dataset"] == "none"
    if e["kind"] in ("ate","cate","policy","mediation") and not e.get("clarify"):
        assert e["treatment"] and e["outcome"], q["question"]
    if e["kind"] == "mediation" and not e.get("clarify"): assert e["mediator"]
qs = [q["question"] for q in Q]; assert len(set(qs)) == len(qs)
random.Random(68068).shuffle(Q)
with open('/tmp/wr/h68/datasets.json','w') as f: json.dump(DS, f, indent=1, ensure_ascii=False)
with open('/tmp/wr/h68/questions.jsonl','w') as f:
    for q in Q: f.write(json.dumps(q, ensure_ascii=False) + "\n")
kinds = collections.Counter(q["expected"]["kind"] for q in Q)
mods = collections.Counter()
for q in Q:
    e = q["expected"]
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in e: mods[k if k != "estimand" else "estimand="+e[k]] += 1
    mods["with dataset" if q["dataset"]!="none" else "dataset none"] += 1
print(len(Q), dict(kinds), dict(mods))
json.dump({"n": len(Q), "kinds": dict(kinds), "mods": dict(mods)}, open('/tmp/wr/h68/_counts.json','w'))
