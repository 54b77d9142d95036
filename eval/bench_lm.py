"""`python -m eval bench-lm [--model NAME] [--out DIR]`: language-model load time and speed, by dtype.

First prints the machine: torch's CPU capability, whether bf16 is native, and the dtype
`copilot.lm.choose_dtype` picked and why. Then measures, for one model:
- cold load: GGUF parts -> hash check -> dequantise -> bf16 safetensors cache (into a fresh
  temporary cache dir, so the real cache is untouched), including building the model;
- warm load: the same model from that cache in a new process (what every later run pays; the
  `import torch, transformers` before it is reported apart);
- generation tokens/s (greedy, through `generate`);
- scored continuations/s: `logprobs` on a parser-like prompt with many candidates, batched
  with the prompt's KV cache shared, against one candidate per call.
- fp32 against bf16 side by side in the same process (`--dtypes`): the same weights cast to
  each dtype, runs interleaved (A B A B) so that a change in the machine's load hits both; plus
  the GFLOP/s of one plain matmul (512x896 @ 896x4864, Qwen-0.5B's MLP shape) in each dtype.
Writes DIR/metrics.json. The machine may be shared: the 1-minute load average is recorded, and
CPU seconds next to wall seconds (torch runs one thread per core-minus-one; on 2 cores, one).
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

import torch
from tqdm import tqdm

GEN_PROMPT = "Explain in a few sentences what a randomized controlled trial is and why it helps causal inference."
SCORE_SYSTEM = "You turn causal questions about a table into JSON tasks. Answer with a column name or null."
SCORE_QUESTION = (
    "Data columns: age, sex, income, education_years, job_training_program, earnings_1978, earnings_1975, "
    "married, black, hispanic, no_degree, unemployed_1974, unemployed_1975, region, household_size, "
    "health_score, smoker, exercise_hours, bmi, blood_pressure, cholesterol, treatment_group, outcome_score, "
    "zip_code, employer_size, tenure_months, hours_per_week, union_member, city, state, industry.\n"
    "Question: Did the job training program raise earnings in 1978, adjusting for age and education?\n"
    "Which column is the treatment?"
)
CANDIDATES = [
    "null", "age", "sex", "income", "education_years", "job_training_program", "earnings_1978", "earnings_1975",
    "married", "black", "hispanic", "no_degree", "unemployed_1974", "unemployed_1975", "region", "household_size",
    "health_score", "smoker", "exercise_hours", "bmi", "blood_pressure", "cholesterol", "treatment_group",
    "outcome_score", "zip_code", "employer_size", "tenure_months", "hours_per_week", "union_member", "city",
    "state", "industry",
]


def _timed(fn, *args, **kwargs) -> tuple[Any, float]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def _timed_cpu(fn, *args, **kwargs) -> tuple[Any, float, float]:
    """(result, wall seconds, CPU seconds of this process). With one torch thread the CPU time
    is what an idle core would need, so it stays meaningful on a crowded machine."""
    c0, t0 = time.process_time(), time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0, time.process_time() - c0


_WARM_CHILD = """
import json, os, sys, time
c0, t0 = time.process_time(), time.perf_counter()
import torch, transformers  # noqa: F401
imp, imp_cpu = time.perf_counter() - t0, time.process_time() - c0
from copilot.lm import timed_load
c0 = time.process_time()
_, secs = timed_load(sys.argv[1])
print(json.dumps({"import_s": imp, "import_cpu_s": imp_cpu, "load_s": secs, "load_cpu_s": time.process_time() - c0}))
"""


def warm_load_in_new_process(name: str) -> dict[str, float]:
    """Load from the cache in a fresh interpreter: what every later run of the app pays."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _WARM_CHILD, name], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_loads(name: str) -> dict[str, float | None]:
    """Cold load (fresh cache dir, this process), warm load (new process, from that cache) and a
    same-process reload."""
    from copilot import lm as lm_mod

    resolved = lm_mod.resolve_name(name)
    if resolved.startswith("openai:"):
        _, secs = _timed(lm_mod.get_lm, resolved)
        return {"connect_s": secs, "cold_load_s": None, "warm_load_s": None}
    old = os.environ.get("COPILOT_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="bench-lm-cache-") as tmp:
        os.environ["COPILOT_CACHE_DIR"] = tmp
        try:
            lm_mod.clear_cache()
            _, cold, cold_cpu = _timed_cpu(lm_mod.timed_load, resolved)
            child = warm_load_in_new_process(resolved)
            lm_mod.clear_cache()
            _, again = lm_mod.timed_load(resolved)
        finally:
            if old is None:
                os.environ.pop("COPILOT_CACHE_DIR", None)
            else:
                os.environ["COPILOT_CACHE_DIR"] = old
            lm_mod.clear_cache()
    # the model used for speed below comes from the real cache (converted there if needed)
    lm_mod.timed_load(resolved)
    return {
        "cold_load_s": cold,
        "cold_load_cpu_s": cold_cpu,
        "warm_load_s": child["load_s"],
        "warm_load_cpu_s": child["load_cpu_s"],
        "warm_process_import_s": child["import_s"],
        "warm_process_import_cpu_s": child["import_cpu_s"],
        "same_process_reload_s": again,
    }


def measure_generation(lm, max_new_tokens: int, repeats: int) -> dict[str, float]:
    tok = getattr(lm, "tokenizer", None)
    lm.generate("Say hi.", max_new_tokens=4)  # warm-up
    total_tokens, total_s, total_cpu = 0, 0.0, 0.0
    for _ in tqdm(range(repeats), desc="generate", leave=False):
        text, secs, cpu = _timed_cpu(lm.generate, GEN_PROMPT, max_new_tokens)
        n = len(tok.encode(text, add_special_tokens=False)) if tok is not None else max(1, len(text) // 4)
        total_tokens += n
        total_s += secs
        total_cpu += cpu
    return {
        "gen_tokens": total_tokens,
        "gen_seconds": total_s,
        "gen_tokens_per_s": total_tokens / total_s,
        "gen_tokens_per_cpu_s": total_tokens / max(total_cpu, 1e-9),
    }


def measure_scoring(lm, repeats: int) -> dict[str, float]:
    prompt = lm.format_chat(SCORE_SYSTEM, SCORE_QUESTION)
    lm.logprobs([prompt], [CANDIDATES[:2]])  # warm-up
    batched_s = batched_cpu = 0.0
    for _ in tqdm(range(repeats), desc="logprobs batched", leave=False):
        scores, secs, cpu = _timed_cpu(lm.logprobs, [prompt], [CANDIDATES])
        batched_s += secs
        batched_cpu += cpu
    single_n = 8
    _, single_s = _timed(lambda: [lm.logprobs([prompt], [[c]]) for c in CANDIDATES[:single_n]])
    best, _ = lm.choose(prompt, CANDIDATES)
    return {
        "candidates_per_call": len(CANDIDATES),
        "prompt_tokens": len(lm.tokenizer.encode(prompt, add_special_tokens=False)) if hasattr(lm, "tokenizer") else None,
        "scored_continuations_per_s": len(CANDIDATES) * repeats / batched_s,
        "scored_continuations_per_cpu_s": len(CANDIDATES) * repeats / max(batched_cpu, 1e-9),
        "one_by_one_continuations_per_s": single_n / single_s,
        "choose_pick": CANDIDATES[best],
        "summed_logprob_pick": CANDIDATES[max(range(len(CANDIDATES)), key=scores[0].__getitem__)],
    }


def matmul_gflops(dtype: torch.dtype, seconds: float = 1.0, shape: tuple[int, int, int] = (512, 896, 4864)) -> float:
    """GFLOP/s of one (m x k) @ (k x n) matmul in `dtype` on this machine's torch threads."""
    m, k, n = shape
    gen = torch.Generator().manual_seed(0)
    a = torch.randn(m, k, generator=gen).to(dtype)
    b = torch.randn(k, n, generator=gen).to(dtype)
    a @ b  # warm-up (oneDNN compiles its kernel on first use)
    count, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        a @ b
        count += 1
    return 2 * m * k * n * count / (time.perf_counter() - t0) / 1e9


def compare_dtypes(
    lm, dtypes: list[torch.dtype], tokens: int, repeats: int, matmul_seconds: float = 1.0,
    candidates: list[str] = CANDIDATES,
) -> dict[str, dict[str, float]]:
    """Generation tokens/s and scored continuations/s of the same weights in each dtype, interleaved."""
    from copilot.lm import TransformersLM

    base = lm.model
    variants = {
        str(dt).removeprefix("torch."): TransformersLM(
            base if base.dtype == dt else copy.deepcopy(base).to(dt), lm.tokenizer, base.device, lm.name
        )
        for dt in dtypes
    }
    out: dict[str, dict[str, float]] = {name: {} for name in variants}
    totals = {name: {"tok": 0, "s": 0.0, "cpu": 0.0, "cont": 0, "score_s": 0.0} for name in variants}
    prompt = lm.format_chat(SCORE_SYSTEM, SCORE_QUESTION)
    for name, v in variants.items():  # warm-up: first calls compile kernels
        v.generate("Say hi.", max_new_tokens=2)
        v.logprobs([prompt], [candidates[:2]])
        out[name]["matmul_gflops"] = matmul_gflops(getattr(torch, name), matmul_seconds)
    for _ in tqdm(range(repeats), desc="fp32 vs bf16", leave=False):
        for name, v in variants.items():
            text, secs, cpu = _timed_cpu(v.generate, GEN_PROMPT, tokens)
            t = totals[name]
            t["tok"] += len(lm.tokenizer.encode(text, add_special_tokens=False))
            t["s"] += secs
            t["cpu"] += cpu
            _, secs = _timed(v.logprobs, [prompt], [candidates])
            t["cont"] += len(candidates)
            t["score_s"] += secs
    for name, t in totals.items():
        out[name].update(
            gen_tokens_per_s=t["tok"] / t["s"],
            gen_tokens_per_cpu_s=t["tok"] / max(t["cpu"], 1e-9),
            scored_continuations_per_s=t["cont"] / t["score_s"],
        )
    return out


def print_machine(report: dict[str, str]) -> None:
    print("machine:")
    for key, value in report.items():
        print(f"  {key:<22} {value}")


def print_dtype_table(table: dict[str, dict[str, float]], chosen: str) -> None:
    names = list(table)
    rows = [
        ("matmul 512x896x4864, GFLOP/s", "matmul_gflops"),
        ("generation tokens/s", "gen_tokens_per_s"),
        ("generation tokens/CPU-s", "gen_tokens_per_cpu_s"),
        ("scored continuations/s", "scored_continuations_per_s"),
    ]
    print("by dtype (same weights, same process, interleaved runs; * = the dtype chosen here):")
    print(f"  {'':<32}" + "".join(f"{n + ('*' if n == chosen else ''):>12}" for n in names)
          + (f"  {names[1] + '/' + names[0]:>18}" if len(names) == 2 else ""))
    for label, key in rows:
        vals = [table[n][key] for n in names]
        ratio = f"  {vals[1] / vals[0]:18.2f}" if len(vals) == 2 and vals[0] else ""
        print(f"  {label:<32}" + "".join(f"{v:12.2f}" for v in vals) + ratio)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval bench-lm", description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model name (default: $COPILOT_MODEL or qwen2.5-0.5b)")
    ap.add_argument("--out", default="eval_out/bench-lm", help="output folder for metrics.json")
    ap.add_argument("--tokens", type=int, default=48, help="new tokens per generation")
    ap.add_argument("--repeats", type=int, default=3, help="timed repetitions of each speed measurement")
    ap.add_argument("--no-cold", action="store_true", help="skip the cold (conversion) load measurement")
    ap.add_argument("--dtypes", default="float32,bfloat16",
                    help="dtypes to compare side by side in this process ('' to skip the comparison)")
    args = ap.parse_args(argv)

    from copilot import lm as lm_mod

    name = lm_mod.resolve_name(args.model)
    report = lm_mod.machine_report()
    print_machine(report)
    _, import_s = _timed(__import__, "transformers")
    metrics: dict[str, Any] = {"model": name, "import_transformers_s": import_s, "machine": report}
    if args.no_cold:
        child = warm_load_in_new_process(name)
        metrics.update(warm_load_s=child["load_s"], warm_load_cpu_s=child["load_cpu_s"])
    else:
        metrics.update(measure_loads(name))
    lm = lm_mod.get_lm(name)
    metrics.update(
        device=lm.device,
        torch_threads=torch.get_num_threads(),
        torch=torch.__version__,
        cpu=platform.processor() or platform.machine(),
        cores=os.cpu_count(),
        loadavg_1min_start=os.getloadavg()[0],
    )
    metrics.update(measure_generation(lm, args.tokens, args.repeats))
    metrics.update(measure_scoring(lm, args.repeats))
    dtypes = [lm_mod.parse_dtype(d) for d in args.dtypes.split(",") if d.strip()]
    if dtypes and hasattr(lm, "model"):
        metrics["by_dtype"] = compare_dtypes(lm, dtypes, args.tokens, args.repeats)
        metrics["dtype_in_use"] = str(lm.model.dtype).removeprefix("torch.")
    metrics["loadavg_1min_end"] = os.getloadavg()[0]

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2))
    print(f"model {name} on {lm.device} in {report['dtype']} ({metrics['torch_threads']} torch threads, load avg "
          f"{metrics['loadavg_1min_start']:.1f} -> {metrics['loadavg_1min_end']:.1f})")
    rows = [
        ("cold load (GGUF -> cache), s", "cold_load_s", "cold_load_cpu_s"),
        ("warm load (new process), s", "warm_load_s", "warm_load_cpu_s"),
        ("  + import torch/transformers, s", "warm_process_import_s", "warm_process_import_cpu_s"),
        ("same-process reload, s", "same_process_reload_s", None),
        ("connect, s", "connect_s", None),
    ]
    print(f"  {'':<36} {'wall':>8} {'cpu':>8}")
    for label, key, cpu_key in rows:
        if metrics.get(key) is not None:
            cpu = f"{metrics[cpu_key]:8.2f}" if cpu_key and metrics.get(cpu_key) is not None else ""
            print(f"  {label:<36} {metrics[key]:8.2f} {cpu}")
    print(f"  {'generation tokens/s':<36} {metrics['gen_tokens_per_s']:8.2f} {metrics['gen_tokens_per_cpu_s']:8.2f}"
          f"  ({metrics['gen_tokens']} tokens; cpu = per CPU-second)")
    print(f"  {'scored continuations/s (batched)':<36} {metrics['scored_continuations_per_s']:8.2f} "
          f"{metrics['scored_continuations_per_cpu_s']:8.2f}"
          f"  ({metrics['candidates_per_call']} candidates, {metrics['prompt_tokens']}-token prompt)")
    print(f"  {'scored continuations/s (1 by 1)':<34} {metrics['one_by_one_continuations_per_s']:8.2f}")
    print(f"  choose -> {metrics['choose_pick']!r}; summed log-prob -> {metrics['summed_logprob_pick']!r}")
    if "by_dtype" in metrics:
        print_dtype_table(metrics["by_dtype"], metrics["dtype_in_use"])
    print(f"wrote {out / 'metrics.json'}")
    return 0
