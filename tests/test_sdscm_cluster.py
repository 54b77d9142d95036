"""Benchmark generation over Ray: 3 tiny datasets on 2 local workers (one SmolLM2 copy each), a
deleted dataset is the only one recomputed on resume, and the numbers equal the in-process run."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tools.sdscm.cluster import generate_ray
from tools.sdscm.lm import load_lm
from tools.sdscm.generate import generate
from tools.sdscm.spec import load_spec


@pytest.mark.slow
def test_ray_generation_on_two_workers_resumes_only_the_missing_dataset(tmp_path):
    spec = load_spec("confounder")
    out = tmp_path / "bench"
    kw = dict(datasets=3, rows=6, out_dir=out, workers=2, model="smollm2", seed=2, progress=False)
    first = generate_ray(spec, **kw)
    gt = json.loads((out / "ground_truth.json").read_text())
    assert sorted(gt["datasets"]) == ["sdscm_00000", "sdscm_00001", "sdscm_00002"] and first.datasets == 3
    assert "3 dataset(s) made now by 2 worker process(es)" in first.warnings[-1]
    stamps = {k: (out / f"sdscm_{k:05d}.csv").stat().st_mtime_ns for k in (0, 2)}
    (out / "sdscm_00001.csv").unlink()
    again = generate_ray(spec, **kw)
    assert "1 dataset(s) made now" in again.warnings[-1] and "2 resumed" in again.warnings[-1]
    assert {k: (out / f"sdscm_{k:05d}.csv").stat().st_mtime_ns for k in (0, 2)} == stamps
    assert (out / "sdscm_00001.csv").exists()
    assert again.true_ate == pytest.approx(first.true_ate)
    done = generate_ray(spec, **kw)
    assert "nothing recomputed" in done.warnings[-1]
    # the same datasets as one model in this process (same seeds, phrasings, noise and dtype)
    local = generate(spec, load_lm("smollm2"), datasets=2, rows=6, out_dir=tmp_path / "local", seed=2, progress=False)
    for k in range(2):
        a = pd.read_csv(out / f"sdscm_{k:05d}.csv", index_col=0)
        b = pd.read_csv(tmp_path / "local" / f"sdscm_{k:05d}.csv", index_col=0)
        pd.testing.assert_frame_equal(a, b)
    assert local.true_ate == pytest.approx(json.loads((out / "ground_truth.json").read_text())["datasets"]["sdscm_00000"]["true_ate"] / 2
                                           + json.loads((out / "ground_truth.json").read_text())["datasets"]["sdscm_00001"]["true_ate"] / 2)
