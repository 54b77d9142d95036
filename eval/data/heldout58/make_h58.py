import json, random, collections, re
import part_a, part_b, part_c, part_none
SPLIT, ORIGIN, SEED = "test", "heldout58", 58058
dsets = part_a.D + part_b.D + part_c.D
assert len(dsets) == 15
datasets, qs = {}, []
NOCOL = {"discover","unsupported","relation","generate"}
for d in dsets:
    name = d["name"]; cols = d["columns"]; order = d["order"]
    assert name.startswith("h58_") and name not in datasets
    assert 13 <= len(cols) <= 18, (name, len(cols))
    for c, v in cols.items():
        assert v["type"] in {"id","binary","numeric","categorical","date","text"}
        assert len(v["values"]) >= 3 or v["type"] == "categorical"
    datasets[name] = {"description": d["description"], "columns": cols}
    for q in d["questions"]:
        e = q["expected"]
        for role in ("treatment","outcome","mediator","instrument"):
            if e.get(role) is not None: assert e[role] in cols, (name, role, e[role], q["question"])
        for c in e.get("covariates", []): assert c in cols, (name, c)
        for c, val in e.get("at", {}).items():
            assert c in cols, (name, c)
            t = cols[c]["type"]
            if t == "categorical": assert val in cols[c]["values"], (name, c, val)
            else: assert isinstance(val, (int, float)), (name, c, val)
        if e["kind"] in NOCOL: assert e["treatment"] is None and e["outcome"] is None
        if e["kind"] == "mediation" and not e.get("clarify"): assert e["mediator"]
        if e["kind"] in ("ate","cate","policy") and not e.get("clarify"): assert e["treatment"] and e["outcome"], q
        qs.append({"question": q["question"], "dataset": name, "columns": order, "split": SPLIT, "origin": ORIGIN, "expected": e})
for q in part_none.QS:
    e = q["expected"]
    assert e["kind"] in {"audit","relation","generate","unsupported"}
    qs.append({"question": q["question"], "dataset": "none", "columns": None, "split": SPLIT, "origin": ORIGIN, "expected": e})
texts = [q["question"] for q in qs]
dups = [t for t, n in collections.Counter(texts).items() if n > 1]
assert not dups, dups
random.Random(SEED).shuffle(qs)
json.dump(datasets, open("datasets.json","w"), indent=1, ensure_ascii=False)
with open("questions.jsonl","w") as f:
    for q in qs: f.write(json.dumps(q, ensure_ascii=False) + "\n")
kinds = collections.Counter(q["expected"]["kind"] for q in qs)
mods = collections.Counter()
for q in qs:
    e = q["expected"]
    for k in ("covariates","instrument","estimand","at","clarify"):
        if k in e: mods[k if k != "estimand" else "estimand=" + e[k]] += 1
bt = sum(1 for t in texts if "`" in t or "(" in t)
print(len(qs), len(datasets), dict(kinds), dict(mods), "backtick/paren:", bt)
disc = [t for q, t in zip(qs, [q["question"] for q in qs]) if q["expected"]["kind"] == "discover"]
print("discover with graph/DAG:", sum(1 for t in disc if re.search("graph|DAG", t)), "of", len(disc))
