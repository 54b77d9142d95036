"""Shared helper for the h56 question set."""
QUESTIONS = []


def Q(ds, kind, text, t=None, o=None, m=None, cov=None, iv=None, est=None, at=None, clar=False):
    exp = {"kind": kind, "treatment": t, "outcome": o, "mediator": m}
    if cov:
        exp["covariates"] = list(cov)
    if iv:
        exp["instrument"] = iv
    if est:
        exp["estimand"] = est
    if at:
        exp["at"] = dict(at)
    if clar:
        exp["clarify"] = True
    QUESTIONS.append({"question": text, "dataset": ds, "expected": exp})
