"""How close the engine runs to the hardware, and how much reduced precision changes its answers.

Load-independent measures first (FLOP counts, token counts against the context-trie minimum,
agreement at the same seed); then speed as a *ratio* to the peak of a plain matmul with the
model's own weight shapes, measured in the same process, dtype, device and thread count, so a
machine shared with other jobs depresses both sides alike (measure them interleaved).
"""

from __future__ import annotations

import time

import numpy as np
import torch

from tools.sdscm.engine import Samples
from tools.sdscm.lm import LM
from tools.sdscm.texts import Texts, context_segments


# ---------------------------------------------------------------------------------------------
# FLOPs
# ---------------------------------------------------------------------------------------------
def body_params(lm: LM) -> int:
    """Weights every token multiplies (the transformer body without the embedding lookup)."""
    return sum(p.numel() for name, p in lm.model.model.named_parameters() if "embed_tokens" not in name)


def model_flops(lm: LM, tokens: int, scored: int) -> float:
    """2 FLOPs per weight per token: the body on `tokens`, the LM head on `scored` positions.
    Attention over the past is left out (small at these lengths), so this slightly undercounts."""
    return 2.0 * (body_params(lm) * tokens + lm.model.lm_head.weight.numel() * scored)


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def matmul_peak(lm: LM, rows: int = 512, seconds: float = 1.0) -> float:
    """GFLOP/s of the model's matmuls alone (see `matmul_peaks`)."""
    return matmul_peaks(lm, rows, seconds)[0]


@torch.inference_mode()
def matmul_peaks(lm: LM, rows: int = 512, seconds: float = 1.0) -> tuple[float, float]:
    """(GFLOP/s, GFLOP per CPU-second) of plain `x @ W.T` over the model's own linear weights (one decoder layer's q, k, v,
    o, gate, up, down and the LM head), `rows` tokens at a time: what the same device, dtype and
    threads reach when nothing but the matmuls runs. The best of repeated passes (least disturbed).
    The per-CPU-second figure is what a process gets from each core-second it is given: on a
    machine shared with other jobs it compares with the run's own FLOPs per CPU-second."""
    layer = lm.model.model.layers[0]
    weights = [m.weight for m in layer.modules() if isinstance(m, torch.nn.Linear)]
    weights.append(lm.model.lm_head.weight)
    xs = {w.shape[1]: torch.randn(rows, w.shape[1], dtype=w.dtype, device=w.device) for w in weights}
    flops = sum(2.0 * rows * w.numel() for w in weights)
    for w in weights:  # warm-up (first-call allocations, kernel selection)
        torch.nn.functional.linear(xs[w.shape[1]], w)
    best, best_cpu, spent = float("inf"), float("inf"), 0.0
    while spent < seconds or best == float("inf"):
        _sync(lm.device)
        t0, c0 = time.perf_counter(), time.process_time()
        for w in weights:
            torch.nn.functional.linear(xs[w.shape[1]], w)
        _sync(lm.device)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        best, best_cpu, spent = min(best, dt), min(best_cpu, dc if dc > 0 else float("inf")), spent + dt
    return flops / best / 1e9, (flops / best_cpu / 1e9 if best_cpu < float("inf") else float("nan"))


# ---------------------------------------------------------------------------------------------
# Recomputation left: tokens run against the context trie's size
# ---------------------------------------------------------------------------------------------
def minimum_tokens(spec, lm: LM, s: Samples) -> int:
    """Tokens an engine must run for these samples at the least: every distinct node of the context
    trie once (root = BOS + preamble, each distinct prefix path of every context) plus each distinct
    context's candidate tails (a tail that a later context continues is that same computation)."""
    texts = Texts.build(spec, lm, s.phrasing)
    pseq = [spec.parent_indices(v) for v in range(len(spec.variables))]
    contexts: set[tuple] = set()
    for w, do in enumerate(s.worlds):
        for v in range(len(spec.variables)):
            if v in do:
                continue
            keys = {tuple(row) for row in s.values[w][:, pseq[v]].tolist()} if pseq[v] else {()}
            contexts |= {tuple(context_segments(spec, v, key, pseq[v])) for key in keys}
    scored = {ctx + (("t", ctx[-1][1], k),) for ctx in contexts for k in range(len(texts.tail[ctx[-1][1]]))}
    nodes = {path[:i] for path in contexts for i in range(1, len(path) + 1)}
    return len(texts.root) + sum(len(texts.tokens(p[-1])) for p in nodes - scored) + sum(len(texts.tokens(p[-1])) for p in scored)


# ---------------------------------------------------------------------------------------------
# Agreement of a reduced-precision run with fp32 at the same seed
# ---------------------------------------------------------------------------------------------
def agreement(reduced: Samples, reference: Samples) -> dict:
    """Share of identical sampled values (every world, unit, variable) and the largest difference of
    the outcome's probabilities, on the reference's units. Criterion (issue 17): >= 99.5% identical
    and <= 0.02. `outcome_prob_diff_same_parents` looks only at units whose outcome parents agree,
    separating the equation's own rounding from a flipped upstream value."""
    spec, n = reference.spec, reference.n
    y = spec.index(spec.outcome) if spec.outcome else len(spec.variables) - 1
    pa = spec.parent_indices(y)
    same = reduced.values[:, :n] == reference.values
    diffs, diffs_same = [], []
    for w in range(len(reference.worlds)):
        a, b = np.exp(reduced.logp[w][y][:n]), np.exp(reference.logp[w][y])
        if np.isnan(b).all():
            continue
        d = np.abs(a - b).max(axis=1)
        diffs.append(np.nanmax(d))
        keep = same[w][:, pa].all(axis=1) if pa else np.ones(n, dtype=bool)
        if keep.any():
            diffs_same.append(np.nanmax(d[keep]))
    out = {
        "values_identical": float(same.mean()),
        "max_outcome_prob_diff": float(max(diffs, default=0.0)),
        "outcome_prob_diff_same_parents": float(max(diffs_same, default=0.0)),
        "units": int(n),
    }
    out["meets_criterion"] = bool(out["values_identical"] >= 0.995 and out["max_outcome_prob_diff"] <= 0.02)
    return out
