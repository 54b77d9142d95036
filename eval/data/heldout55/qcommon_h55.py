# Helper for question items. style: m=machine/identifiers, n=natural paraphrase, t=terse/typo, o=other (passive, story, outcome-first...)
def Q(style, text, kind, t=None, y=None, m=None, cov=None, iv=None, est=None, at=None, clar=False):
    e = {"kind": kind, "treatment": t, "outcome": y, "mediator": m}
    if cov:
        e["covariates"] = list(cov)
    if iv:
        e["instrument"] = iv
    if est:
        e["estimand"] = est
    if at:
        e["at"] = dict(at)
    if clar:
        e["clarify"] = True
    return {"style": style, "question": text, "expected": e}
