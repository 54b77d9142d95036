"""eval/gpu_check.sh: the one prepared GPU command, run end to end through the same code on a CPU."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "eval" / "gpu_check.sh"


def _run(*args: str, timeout: int = 1500) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON": os.environ.get("PYTHON", __import__("sys").executable), "PYTHONPATH": str(ROOT)}
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)


def test_unknown_option_is_refused_before_anything_runs():
    bad = _run("--frobnicate", timeout=60)
    assert bad.returncode == 2 and "unknown option --frobnicate" in bad.stderr


@pytest.mark.slow
@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the message on a machine without a GPU")
def test_cuda_without_a_gpu_is_a_clear_error(tmp_path):
    proc = _run("--out", str(tmp_path), timeout=300)
    assert proc.returncode != 0 and "torch sees no GPU" in proc.stderr and "--device cpu" in proc.stderr
    assert not (tmp_path / "metrics.json").exists()


@pytest.mark.slow
@pytest.mark.shared_data("sdscm_bcancer/breast_cancer_config.json")
def test_gpu_check_runs_end_to_end_on_cpu(tmp_path):
    proc = _run("--device", "cpu", "--rows", "20", "--naive-rows", "1", "--model", "smollm2", "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr[-3000:]
    m = json.loads((tmp_path / "metrics.json").read_text())
    assert m["spec"] == "breast_cancer_example" and m["device"] == "cpu" and m["rows"] == 20 and m["naive_rows"] == 1
    for key in ("speedup", "mfu", "tokens_over_minimum", "fp32_agreement", "dtype"):
        assert m[key] is not None
    assert "model-FLOPs utilisation" in proc.stdout and "tokens per row" in proc.stdout
