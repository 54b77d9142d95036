"""`python -m eval bench-sdscm --spec S --rows N --out DIR`: SD-SCM engine speed, batched vs naive.

Both modes run the same workload with the same model, dtype, seed and phrasings: every unit in the
observational world and under `do(T = t)` for each treatment value. The naive mode (one unit, one
candidate at a time, shared prefix cached once) is timed on `--naive-rows` units (its rows/s does
not depend on N); on those units the two modes' log-probabilities are compared.
Also measured (issue 17), each in this one process:
- precision: the model runs in the machine's dtype (`copilot.lm.choose_dtype`); the first
  `--agree-rows` units are re-sampled in fp32 at the same seed and compared (share of identical
  values, largest outcome-probability difference; criterion >= 99.5% and <= 0.02);
- model-FLOPs utilisation: achieved GFLOP/s of the batched mode / the peak of a plain matmul over
  the model's own weights (same dtype, device, threads), the peak measured before and after the
  run (interleaved: on a shared machine both are depressed by the others' load);
- tokens run per row against the minimum for the spec (the size of the context trie).
Batch jobs use every core (`use_all_cores`). Writes DIR/metrics.json.
"""

from __future__ import annotations

import argparse
import json
import os
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
    p.add_argument("--device", default=None, help="cpu or cuda (default: cuda when available)")
    p.add_argument("--agree-rows", type=int, default=50, help="units re-sampled in fp32 to measure agreement (0 = skip)")
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
    from tools.sdscm.perf import model_flops

    return model_flops(lm, samples.tokens, samples.scored) / samples.n


def fp32_agreement(spec, lm, fast, rows: int, kw: dict) -> dict:
    """Re-sample the first `rows` units in fp32 (a copy of the same weights) and compare."""
    from tools.sdscm.engine import sample
    from tools.sdscm.lm import prepare_lm
    from tools.sdscm.perf import agreement

    if lm.dtype == torch.float32:
        return {"reference": "fp32 (the run itself)", "values_identical": 1.0, "max_outcome_prob_diff": 0.0, "meets_criterion": True}
    from tools.sdscm.perf import matmul_peak

    ref_lm = prepare_lm(lm.model, lm.tokenizer, lm.device, "fp32", name=lm.name)
    peak32 = matmul_peak(ref_lm)  # is the reduced dtype faster here at all?
    ref = sample(spec, min(rows, fast.n), ref_lm, mode="batched", progress=False, **kw)
    del ref_lm
    return {"reference": "fp32", **agreement(fast, ref), "fp32_matmul_peak_gflop_s": peak32}


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from tools.sdscm.engine import sample
    from tools.sdscm.lm import load_lm
    from tools.sdscm.generate import dataset_phrasing, treatment_values
    from tools.sdscm.spec import load_spec

    from tools.sdscm.lm import use_all_cores
    from tools.sdscm.perf import matmul_peaks, minimum_tokens, model_flops

    try:
        spec = load_spec(args.spec)
        if spec.treatment is None:
            raise UserError(f"Spec {spec.name!r} names no treatment.", "Add `treatment` to the spec.")
        if args.device not in (None, "cpu", "cuda") and not str(args.device).startswith("cuda:"):
            raise UserError(f"Unknown --device {args.device!r}.", "Use cpu or cuda.")
        if args.device and args.device.startswith("cuda") and not torch.cuda.is_available():
            raise UserError("--device cuda was asked for, but torch sees no GPU here.", "Run with --device cpu, or on a machine with a GPU.")
        t0 = time.perf_counter()
        lm = load_lm(args.model, dtype=args.dtype, device=args.device)
        load_s = time.perf_counter() - t0
        threads = use_all_cores()  # after the load: copilot.lm's loader leaves one core free for the app
    except UserError as exc:
        print(f"error: {exc}")
        return 2
    print(f"model {lm.name} on {lm.device}, dtype {str(lm.dtype).replace('torch.', '')} ({lm.dtype_reason}), {threads} torch threads", flush=True)
    worlds = [{spec.treatment: tv} for tv in treatment_values(spec)]
    phr = dataset_phrasing(spec, args.seed, 0)
    kw = dict(interventions=worlds, seed=args.seed, phrasing=phr, unit_chunk=args.unit_chunk)
    sample(spec, 1, lm, mode="batched", progress=False, **kw)  # warm-up: first-call allocations
    peak_before, cpu_peak_before = matmul_peaks(lm)
    fast = sample(spec, args.rows, lm, mode="batched", **kw)
    peak_after, cpu_peak_after = matmul_peaks(lm)
    print(f"batched: {args.rows} rows in {fast.seconds:.1f} s ({args.rows / fast.seconds:.3f} rows/s, {fast.tokens} tokens, {fast.contexts} contexts)", flush=True)
    naive_rows = min(args.naive_rows, args.rows)
    slow = sample(spec, naive_rows, lm, mode="naive", **kw)
    print(f"naive: {naive_rows} rows in {slow.seconds:.1f} s ({naive_rows / slow.seconds:.4f} rows/s, {slow.tokens} tokens)", flush=True)
    agree = fp32_agreement(spec, lm, fast, args.agree_rows, kw) if args.agree_rows > 0 else None
    rps, nrps = args.rows / fast.seconds, naive_rows / slow.seconds
    fast_flops, slow_flops = flops_per_row(lm, fast), flops_per_row(lm, slow)
    peak = (peak_before + peak_after) / 2
    achieved = model_flops(lm, fast.tokens, fast.scored) / fast.seconds / 1e9
    spent = model_flops(lm, fast.padded, fast.scored) / fast.seconds / 1e9  # padding included
    per_cpu = model_flops(lm, fast.tokens, fast.scored) / fast.cpu_seconds / 1e9 if fast.cpu_seconds > 0 else float("nan")
    min_tokens = minimum_tokens(spec, lm, fast)
    metrics = {
        "spec": spec.name,
        "model": lm.name,
        "device": str(lm.device),
        "gpu": torch.cuda.get_device_name(0) if lm.device.type == "cuda" else None,
        "dtype": str(lm.dtype).replace("torch.", ""),
        "dtype_reason": lm.dtype_reason,
        "torch_threads": torch.get_num_threads(),
        "cpu_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
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
        # agreement of this dtype with fp32 at the same seed (the first agree_rows units)
        "fp32_agreement": agree,
        # model-FLOPs utilisation against a plain matmul of the model's weights, same dtype/device/threads
        "achieved_gflop_s": achieved,
        "achieved_gflop_s_with_padding": spent,
        "peak_matmul_gflop_s_before": peak_before,
        "peak_matmul_gflop_s_after": peak_after,
        "mfu": achieved / peak,
        "mfu_with_padding": spent / peak,
        # the same ratio per CPU-second this process was given (robust to other jobs taking cores)
        "achieved_gflop_per_cpu_s": per_cpu,
        "peak_matmul_gflop_per_cpu_s": (cpu_peak_before + cpu_peak_after) / 2,
        "mfu_cpu_time": per_cpu / ((cpu_peak_before + cpu_peak_after) / 2),
        # recomputation left: tokens run per row against the context trie's size
        "min_tokens_per_row": min_tokens / args.rows,
        "tokens_over_minimum": fast.tokens / min_tokens,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=1))
    print(json.dumps(metrics, indent=1))
    print(summary(metrics))
    return 0


def summary(m: dict) -> str:
    """The four figures issue 17 asks bench-sdscm to print, in words."""
    a = m.get("fp32_agreement") or {}
    lines = [
        f"dtype: {m['dtype']} ({m['dtype_reason']})",
        (f"agreement with fp32 on {a.get('units', m['rows'])} units: {100 * a['values_identical']:.2f}% identical values, "
         f"max outcome-probability difference {a['max_outcome_prob_diff']:.4f} -> "
         + ("meets" if a.get("meets_criterion") else "FAILS") + " the criterion (>= 99.5%, <= 0.02)") if a else "agreement: not measured",
        (f"model-FLOPs utilisation: {100 * m['mfu']:.0f}% ({m['achieved_gflop_s']:.1f} GFLOP/s of a {m['peak_matmul_gflop_s_before']:.1f}"
         f"/{m['peak_matmul_gflop_s_after']:.1f} GFLOP/s matmul peak before/after, {m['torch_threads']} threads; "
         f"{100 * m['mfu_with_padding']:.0f}% counting padding)"
         + (f"; fp32 matmul peak {a['fp32_matmul_peak_gflop_s']:.1f} GFLOP/s" if a.get("fp32_matmul_peak_gflop_s") else "")),
        (f"per CPU-second given to this process: {100 * m['mfu_cpu_time']:.0f}% ({m['achieved_gflop_per_cpu_s']:.1f} of "
         f"{m['peak_matmul_gflop_per_cpu_s']:.1f} GFLOP per CPU-second; a shared machine depresses wall-time figures)"),
        f"tokens per row: {m['batched_tokens_per_row']:.1f} run vs {m['min_tokens_per_row']:.1f} minimum (context trie) = {m['tokens_over_minimum']:.2f}x",
        f"speedup over naive: {m['speedup']:.1f}x wall, {m['flop_ratio']:.1f}x in model FLOPs",
    ]
    if a and not a.get("meets_criterion"):
        lines.append(f"note: in {m['dtype']} {100 * (1 - a['values_identical']):.2f}% of sampled values differ from fp32 at the same seed; "
                     "each dataset's truth is still exact for its own samples, but COPILOT_DTYPE=fp32 (or --dtype fp32) reproduces fp32 runs")
    return "\n".join(lines)
