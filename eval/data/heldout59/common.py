DATASETS = {}
QUESTIONS = []

def Q(text, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    exp.update(kw)
    return {"question": text, "expected": exp}

def add(name, desc, cols, qs):
    d = {"description": desc, "columns": {}}
    for c in cols:
        n, typ, vals = c
        d["columns"][n] = {"type": typ, "values": vals}
    DATASETS[name] = d
    colnames = [c[0] for c in cols]
    for q in qs:
        QUESTIONS.append({"question": q["question"], "dataset": name, "columns": list(colnames),
                          "split": "test", "origin": "heldout59", "expected": q["expected"]})

def add_none(qs):
    for q in qs:
        QUESTIONS.append({"question": q["question"], "dataset": "none", "columns": None,
                          "split": "test", "origin": "heldout59", "expected": q["expected"]})
