import json, random, collections
import part_a, part_b, part_c, part_d
DS = json.load(open("/tmp/wr/h60/datasets.json"))
qs = part_a.QS + part_b.QS + part_c.QS + part_d.QS
out = []
for q in qs:
    ds = q["dataset"]; e = q["expected"]
    cols = list(DS[ds]["columns"]) if ds != "none" else None
    if ds != "none":
        for k in ("treatment", "outcome", "mediator", "instrument"):
            if e.get(k) is not None: assert e[k] in cols, (k, e[k], q["question"])
        for c in e.get("covariates", []): assert c in cols, (c, q["question"])
        for c, v in e.get("at", {}).items():
            assert c in cols, c
            t = DS[ds]["columns"][c]["type"]
            assert (isinstance(v, str)) == (t == "categorical"), (c, v)
            if t == "categorical": assert v in DS[ds]["columns"][c]["values"], (c, v)
    else:
        assert e["kind"] in ("audit", "relation", "generate", "unsupported")
    if e["kind"] in ("discover", "unsupported", "relation", "generate"):
        assert e["treatment"] is None and e["outcome"] is None and e["mediator"] is None
    if e["kind"] == "mediation": assert e["mediator"]
    out.append({"question": q["question"], "dataset": ds, "columns": cols, "split": "test",
                "origin": "heldout60", "expected": e})
texts = [o["question"] for o in out]; assert len(set(texts)) == len(texts)
random.Random(60060).shuffle(out)
with open("/tmp/wr/h60/questions.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
kinds = collections.Counter(o["expected"]["kind"] for o in out)
mods = collections.Counter()
for o in out:
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in o["expected"]:
            mods[k if k != "estimand" else "estimand=" + o["expected"][k]] += 1
print(len(out), dict(kinds), dict(mods), collections.Counter(o["dataset"] for o in out).most_common(3))
json.dump({"kinds": kinds, "mods": mods, "n": len(out), "nds": len(DS)}, open("/tmp/wr/h60/gen/counts.json", "w"))
