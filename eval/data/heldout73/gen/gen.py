import json, random, os
from collections import Counter
os.chdir("/tmp/wr/h73")
exec(open("gen_part1.py").read())
exec(open("gen_part2.py").read())
exec(open("gen_part3.py").read())
rows = []
for dname, text, e in Q:
    if dname != "none":
        cols = list(DS[dname]["columns"])
        cinfo = DS[dname]["columns"]
        for role in ("treatment", "outcome", "mediator"):
            assert e[role] is None or e[role] in cols, (dname, role, e[role], text)
        for c in e.get("covariates", []) + ([e["instrument"]] if "instrument" in e else []):
            assert c in cols, (c, text)
        for c, v in e.get("at", {}).items():
            assert c in cols, (c, text)
            if cinfo[c]["type"] == "categorical":
                assert v in cinfo[c]["values"], (c, v)
            else:
                assert isinstance(v, (int, float)), (c, v)
    else:
        cols = None
        assert e["kind"] in ("unsupported", "audit", "relation", "generate")
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] == "mediation" and not e.get("clarify"):
        assert e["mediator"]
    rows.append({"question": text, "dataset": dname, "columns": cols, "split": "test", "origin": "heldout73", "expected": e})
texts = [r["question"] for r in rows]
assert len(set(texts)) == len(texts)
for d in DS.values():
    assert 13 <= len(d["columns"]) <= 18
random.Random(73073).shuffle(rows)
with open("datasets.json", "w") as f: json.dump(DS, f, indent=1, ensure_ascii=False)
with open("questions.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
kinds = Counter(r["expected"]["kind"] for r in rows)
mods = Counter()
for r in rows:
    e = r["expected"]
    for k in ("covariates", "instrument", "at", "clarify"):
        if k in e: mods[k] += 1
    if "estimand" in e: mods["estimand=" + e["estimand"]] += 1
nd = sum(1 for r in rows if r["dataset"] == "none")
print(len(rows), dict(kinds), dict(mods), "none-dataset:", nd)
json.dump({"n": len(rows), "kinds": kinds, "mods": mods, "none": nd}, open("/tmp/wr/h73/.stats.json", "w"))
