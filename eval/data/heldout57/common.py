"""Shared helpers for the h57 question-set generator."""


def q(style, text, kind, t=None, y=None, m=None, cov=None, inst=None,
      est=None, at=None, clar=False):
    """One question record (dataset attached later).

    style: c = column ids in backticks/parens, n = natural paraphrase,
           t = terse / fragment / typo / lower case, o = other (passive,
           outcome-first, confounding, story, conditional ...).
    """
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        e["covariates"] = list(cov)
    if inst:
        e["instrument"] = inst
    if est:
        e["estimand"] = est
    if at:
        e["at"] = dict(at)
    if clar:
        e["clarify"] = True
    return {"style": style, "question": text, "expected": e}


def ds(name, description, cols):
    """cols: list of (name, type, values)."""
    return name, {"description": description,
                  "columns": {c: {"type": t, "values": v} for c, t, v in cols}}
