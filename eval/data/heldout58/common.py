def Q(text, kind, t=None, y=None, m=None, cov=None, inst=None, est=None, at=None, clar=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov: e["covariates"] = cov
    if inst: e["instrument"] = inst
    if est: e["estimand"] = est
    if at is not None: e["at"] = at
    if clar: e["clarify"] = True
    return {"question": text, "expected": e}

def DS(name, desc, cols, qs):
    return {"name": name, "description": desc,
            "columns": {c: {"type": t, "values": v} for c, t, v in cols},
            "order": [c for c, _, _ in cols], "questions": qs}
