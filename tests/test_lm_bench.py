"""`python -m eval bench-lm`: the machine report and the fp32 / bf16 comparison, on SmolLM2."""

from __future__ import annotations

import torch

from copilot.lm import choose_dtype, machine_report
from eval.bench_lm import compare_dtypes, matmul_gflops, print_dtype_table, print_machine


def test_machine_report_says_capability_dtype_and_why(capsys):
    report = machine_report("cpu")
    assert report["torch_cpu_capability"] == str(torch.backends.cpu.get_cpu_capability())
    assert report["dtype"] == str(choose_dtype("cpu").dtype).removeprefix("torch.")
    assert report["dtype_reason"] == choose_dtype("cpu").reason
    assert report["native_bf16"].startswith(("yes: ", "no: "))
    print_machine(report)
    out = capsys.readouterr().out
    assert "torch_cpu_capability" in out and report["dtype_reason"] in out


def test_fp32_and_bf16_are_measured_side_by_side(smol, capsys):
    assert matmul_gflops(torch.float32, seconds=0.05) > 0
    table = compare_dtypes(
        smol, [torch.float32, torch.bfloat16], tokens=2, repeats=1, matmul_seconds=0.05, candidates=["null", "age", "income"]
    )
    assert list(table) == ["float32", "bfloat16"]
    for row in table.values():
        assert set(row) == {"matmul_gflops", "gen_tokens_per_s", "gen_tokens_per_cpu_s", "scored_continuations_per_s"}
        assert all(v > 0 for v in row.values())
    assert next(smol.model.parameters()).dtype == choose_dtype("cpu").dtype  # the shared model is left as it was
    chosen = str(smol.model.dtype).removeprefix("torch.")
    print_dtype_table(table, chosen)
    out = capsys.readouterr().out
    assert f"{chosen}*" in out and "bfloat16/float32" in out and "scored continuations/s" in out
