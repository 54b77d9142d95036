DS = {}
QS = []

def ds(name, desc, cols):
    DS[name] = {"description": desc,
                "columns": {c[0]: {"type": c[1], "values": c[2]} for c in cols}}

def q(d, text, kind, T=None, Y=None, M=None, **kw):
    e = {"kind": kind, "treatment": T, "outcome": Y, "mediator": M}
    e.update(kw)
    QS.append({"question": text, "dataset": d, "expected": e})

B = [0, 1]
