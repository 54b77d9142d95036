"""Shared helpers for the h54 question-set generator."""


def C(t, *vals):
    return {"type": t, "values": list(vals)}


def Q(text, kind, t=None, y=None, m=None, **kw):
    exp = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    for k in ("covariates", "instrument", "estimand", "at", "clarify"):
        if k in kw:
            exp[k] = kw.pop(k)
    if kw:
        raise ValueError("unknown keys %r" % kw)
    return {"question": text, "expected": exp}
