def Q(ds, text, kind, t=None, y=None, m=None, **kw):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw: e[k] = kw[k]
    return {"question": text, "dataset": ds, "expected": e}
