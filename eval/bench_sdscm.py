"""`python -m eval bench-sdscm --spec S --rows N --out DIR`: SD-SCM engine speed, batched vs naive.

Both modes run the same workload with the same model, dtype, seed and phrasings: every unit in the
observational world and under `do(T = t)` for each treatment value. The naive mode (one unit, one
candidate at a time, shared prefix cached once) is timed on `--naive-rows` units (its rows/s does
not depend on N); on those units the two modes' log-probabilities are compared.
Writes DIR/metrics.json with rows_per_s, naive_rows_per_s and speedup.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import torch

from copilot.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m eval bench-sdscm", description=__doc__.splitlines()[0])
    p.add_argument("--spec", default="breast_cancer")
    p.add_argument("--rows", type=int, default=1000)
    p.add_argument("--naive-rows", type=int, default=20)
    p.add_argument("--out", required=True)
    p.add_argument("--model", default=None, help="local model (default: $COPILOT_MODEL or qwen2.5-0.5b)")
    p.add_argument("--dtype", default="auto", choices=["auto", "fp32", "fp16", "bf16"])
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--unit-chunk", type=int, default=1024)
    return p


def compare(a, b) -> dict:
    """Agreement of two Samples on b's units: max |Δ log P|, max |Δ P| and share of identical values."""
    n = b.n
    pairs = [(a.logp[w][v][:n], b.logp[w][v]) for w in range(len(b.worlds)) for v in range(len(b.spec.variables))
             if not np.isnan(b.logp[w][v]).all()]
    return {
        "max_abs_logp_diff": float(max(np.nanmax(np.abs(x - y), initial=0.0) for x, y in pairs)),
        "max_abs_prob_diff": float(max(np.nanmax(np.abs(np.exp(x) - np.exp(y)), initial=0.0) for x, y in pairs)),
        "values_identical": float((a.values[:, :n] == b.values).mean()),
    }


def flops_per_row(lm, samples) -> float:
    """Model FLOPs per row (2 per weight per token): the transformer body on every token run, the
    LM head on every scored position. Attention over the past is left out (small at these lengths)."""
    body = sum(p.numel() for name, p in lm.model.model.named_parameters() if "embed_tokens" not in name)
    head = lm.model.lm_head.weight.numel()
    return 2.0 * (body * samples.tokens + head * samples.scored) / samples.n


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from tools.sdscm.engine import load_lm, sample
    from tools.sdscm.generate import dataset_phrasing, treatment_values
    from tools.sdscm.spec import load_spec

    try:
        spec = load_spec(args.spec)
        if spec.treatment is None:
            raise UserError(f"Spec {spec.name!r} names no treatment.", "Add `treatment` to the spec.")
        t0 = time.perf_counter()
        lm = load_lm(args.model, dtype=args.dtype)
        load_s = time.perf_counter() - t0
    except UserError as exc:
        print(f"error: {exc}")
        return 2
    worlds = [{spec.treatment: tv} for tv in treatment_values(spec)]
    phr = dataset_phrasing(spec, args.seed, 0)
    kw = dict(interventions=worlds, seed=args.seed, phrasing=phr, unit_chunk=args.unit_chunk)
    fast = sample(spec, args.rows, lm, mode="batched", **kw)
    print(f"batched: {args.rows} rows in {fast.seconds:.1f} s ({args.rows / fast.seconds:.3f} rows/s, {fast.tokens} tokens, {fast.contexts} contexts)", flush=True)
    naive_rows = min(args.naive_rows, args.rows)
    slow = sample(spec, naive_rows, lm, mode="naive", **kw)
    print(f"naive: {naive_rows} rows in {slow.seconds:.1f} s ({naive_rows / slow.seconds:.4f} rows/s, {slow.tokens} tokens)", flush=True)
    rps, nrps = args.rows / fast.seconds, naive_rows / slow.seconds
    fast_flops, slow_flops = flops_per_row(lm, fast), flops_per_row(lm, slow)
    metrics = {
        "spec": spec.name,
        "model": lm.name,
        "device": str(lm.device),
        "gpu": torch.cuda.get_device_name(0) if lm.device.type == "cuda" else None,
        "dtype": str(lm.dtype).replace("torch.", ""),
        "torch_threads": torch.get_num_threads(),
        "worlds": 1 + len(worlds),
        "rows": args.rows,
        "naive_rows": naive_rows,
        "rows_per_s": rps,
        "naive_rows_per_s": nrps,
        "speedup": rps / nrps,
        "batched_seconds": fast.seconds,
        "naive_seconds": slow.seconds,
        # CPU time of this process: on a shared machine wall time mostly measures the other jobs
        "batched_cpu_seconds": fast.cpu_seconds,
        "naive_cpu_seconds": slow.cpu_seconds,
        "speedup_cpu_time": (slow.cpu_seconds / naive_rows) / (fast.cpu_seconds / args.rows) if fast.cpu_seconds > 0 else None,
        "batched_padded_tokens_per_row": fast.padded / args.rows,
        "batched_tokens_per_row": fast.tokens / args.rows,
        "naive_tokens_per_row": slow.tokens / naive_rows,
        "batched_forwards": fast.forwards,
        "naive_forwards": slow.forwards,
        "distinct_contexts": fast.contexts,
        # the speedup a compute-bound device can reach: the ratio of the two modes' model FLOPs per row
        "batched_gflop_per_row": fast_flops / 1e9,
        "naive_gflop_per_row": slow_flops / 1e9,
        "flop_ratio": slow_flops / fast_flops,
        "model_load_s": load_s,
        **compare(fast, slow),
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1))
    print(json.dumps(metrics, indent=1))
    return 0
