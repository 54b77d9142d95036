import json, random, collections, sys
sys.path.insert(0, "/tmp/wr/h65")
from ds import DS
from qs1 import Q
import qs2, qs3, qs4
out = []
errs = []
for ds, text, e in Q:
    if ds == "none":
        cols = None
    else:
        cols = list(DS[ds]["columns"].keys())
        for r in ("treatment", "outcome", "mediator"):
            if e[r] is not None and e[r] not in cols: errs.append((text, r, e[r]))
        if "covariates" in e:
            for c in e["covariates"]:
                if c not in cols: errs.append((text, "cov", c))
            e["covariates"] = sorted(e["covariates"], key=cols.index)
        if "instrument" in e and e["instrument"] not in cols: errs.append((text, "inst"))
        for k, v in e.get("at", {}).items():
            if k not in cols: errs.append((text, "at", k))
            t = DS[ds]["columns"][k]["type"]
            if t == "categorical" and v not in DS[ds]["columns"][k]["values"]: errs.append((text, "atval", v))
            if t in ("numeric", "binary") and not isinstance(v, (int, float)): errs.append((text, "atnum", v))
    out.append({"question": text, "dataset": ds, "columns": cols, "split": "test", "origin": "heldout65", "expected": e})
print("errors:", errs)
texts = [o["question"] for o in out]
assert len(set(texts)) == len(texts), "dup"
random.Random(66066).shuffle(out)
with open("/tmp/wr/h65/questions.jsonl", "w") as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open("/tmp/wr/h65/datasets.json", "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
kc = collections.Counter(o["expected"]["kind"] for o in out)
mods = collections.Counter()
for o in out:
    e = o["expected"]
    for m in ("covariates", "instrument", "at", "clarify"):
        if m in e: mods[m] += 1
    if "estimand" in e: mods["estimand=" + e["estimand"]] += 1
print(len(out), dict(kc), dict(mods))
nds = collections.Counter(o["dataset"] for o in out)
print(dict(nds))
json.dump({"n": len(out), "kinds": dict(kc), "mods": dict(mods), "by_ds": dict(nds)}, open("/tmp/wr/h65/_counts.json", "w"))
