import json, random, collections
import common
import part1, part2, part3, part4, part5, part6
from common import DS, QS

OUT = "/tmp/wr/h61/"
out = []
for item in QS:
    d = item["dataset"]
    cols = list(DS[d]["columns"].keys()) if d != "none" else None
    out.append({"question": item["question"], "dataset": d, "columns": cols,
                "split": "test", "origin": "heldout61", "expected": item["expected"]})
random.Random(61061).shuffle(out)
with open(OUT + "datasets.json", "w") as f:
    json.dump(DS, f, indent=1, ensure_ascii=False)
with open(OUT + "questions.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), len(DS))
