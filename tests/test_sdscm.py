"""SD-SCM engine on the real embedded SmolLM2 (fp32 on CPU): worlds, noise, exactness, generation."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from copilot.errors import UserError
from copilot.task import GenerateTask
from tools.sdscm import load_spec
from tools.sdscm.engine import counterfactual, sample
from tools.sdscm.lm import load_lm
from tools.sdscm.generate import generate, run
from tools.sdscm.spec import PAPER_CONFIG, bundled_specs


def _spec_dict(**changes):
    base = {
        "name": "tiny",
        "variables": [
            {"name": "a", "candidates": ["x", "y"], "phrasings": [{"prefix": "A is ", "suffix": "."}]},
            {"name": "b", "candidates": ["x", "y"], "parents": ["a"], "phrasings": [{"prefix": "B is ", "suffix": "."}]},
        ],
    }
    base.update(changes)
    return base


# ---- validation (no model) -----------------------------------------------------------------
def test_cycle_is_rejected_with_the_cycle_named():
    d = _spec_dict()
    d["variables"][0]["parents"] = ["b"]
    with pytest.raises(UserError, match=r"not acyclic: .*a -> b|not acyclic: .*b -> a"):
        load_spec(d)


def test_missing_parent_is_rejected():
    d = _spec_dict()
    d["variables"][1]["parents"] = ["ghost"]
    with pytest.raises(UserError, match="parent 'ghost', which is not a variable"):
        load_spec(d)


def test_fewer_than_two_candidates_is_rejected():
    d = _spec_dict()
    d["variables"][0]["candidates"] = ["only"]
    with pytest.raises(UserError, match="needs at least 2"):
        load_spec(d)


def test_unknown_treatment_and_unknown_spec_name():
    with pytest.raises(UserError, match="treatment 'zzz' is not a variable"):
        load_spec(_spec_dict(treatment="zzz"))
    with pytest.raises(UserError, match="Bundled specs"):
        load_spec("no-such-spec")


def test_bundled_specs_load():
    for name in ["confounder", "collider", "mediator", "instrument"]:
        spec = load_spec(name)
        assert spec.treatment and spec.outcome
    assert set(bundled_specs()) >= {"confounder", "collider", "mediator", "instrument"}
    inst = load_spec("instrument")
    assert inst.parent_indices(inst.index("health")) == [inst.index("awareness"), inst.index("screening")]


@pytest.mark.shared_data("sdscm_bcancer/breast_cancer_config.json")
def test_paper_config_loads_unchanged():
    spec = load_spec(str(PAPER_CONFIG))
    assert len(spec.variables) == 14
    assert spec.treatment == "PD-L1 level" and spec.index(spec.treatment) == 12
    assert spec.outcome == "therapy" and spec.index(spec.outcome) == 13
    assert spec.treatment_values == [0, 1] and spec.outcome_value == 0
    assert spec.parent_indices(13) == list(range(13))
    assert [v.exogenous for v in spec.variables[:5]] == [True, True, True, True, False]
    assert load_spec("breast_cancer").names == spec.names


# ---- the engine with the real model --------------------------------------------------------
@pytest.fixture(scope="module")
def lm():
    return load_lm("smollm2", dtype="fp32")


@pytest.fixture(scope="module")
def confounder_worlds(lm):
    spec = load_spec("confounder")
    return sample(spec, 40, lm, interventions=[{"exercise": 0}, {"exercise": "often"}], seed=3, progress=False, unit_chunk=16)


def test_counterfactual_consistency(confounder_worlds):
    s = confounder_worlds
    t = s.spec.index("exercise")
    for w, tv in ((1, 0), (2, 1)):
        assert (s.values[w, :, t] == tv).all()
        same = s.values[0, :, t] == tv  # units whose observed treatment is the intervened value
        assert same.any()
        assert (s.values[w, same] == s.values[0, same]).all()  # do(T = observed) reproduces the unit
        y = s.spec.index("blood pressure")
        assert np.array_equal(s.logp[w][y][same], s.logp[0][y][same])


def test_counterfactual_of_observed_units_matches_joint_worlds(confounder_worlds, lm):
    s = confounder_worlds
    cf = counterfactual(s, lm, {"exercise": "often"})
    assert np.array_equal(cf.values[0], s.values[0])  # the observed units, re-derived from seed + noise
    assert np.array_equal(cf.values[1], s.values[2])


def test_intervention_changes_descendants_not_ancestors(confounder_worlds):
    s = confounder_worlds
    age, y = s.spec.index("age"), s.spec.index("blood pressure")
    # parent of the treatment: identical in every world, unit by unit (and so in distribution)
    assert (s.values[1, :, age] == s.values[0, :, age]).all() and (s.values[2, :, age] == s.values[0, :, age]).all()
    assert np.array_equal(s.logp[1][age], s.logp[0][age])
    # the outcome's distribution depends on the treatment (exercise -> blood pressure)
    p0, p1 = np.exp(s.logp[1][y][:, 1]), np.exp(s.logp[2][y][:, 1])
    assert np.abs(p1 - p0).max() > 1e-3
    # units that share parent values share one memoised context: at most 1 + 2 + 2*2 contexts
    assert s.contexts <= 7


def test_intervening_on_a_child_leaves_its_parents(lm):
    spec = load_spec("collider")
    s = sample(spec, 12, lm, interventions=[{"fame": "famous"}], seed=5, progress=False)
    for name in ["talent", "luck", "income"]:
        i = spec.index(name)
        assert (s.values[1, :, i] == s.values[0, :, i]).all()
        assert np.array_equal(s.logp[1][i], s.logp[0][i])
    assert (s.values[1, :, spec.index("fame")] == 1).all()


def test_reproducible_by_seed(lm):
    spec = load_spec("mediator")
    a = sample(spec, 20, lm, seed=11, progress=False)
    b = sample(spec, 20, lm, seed=11, progress=False, unit_chunk=7)  # chunking does not change numbers
    c = sample(spec, 20, lm, seed=12, progress=False)
    assert np.array_equal(a.values, b.values)
    assert all(np.allclose(x, y, atol=1e-5) for x, y in zip(a.logp[0], b.logp[0]))
    assert not np.array_equal(a.values, c.values)


def test_batched_matches_naive(lm):
    spec = load_spec("instrument")  # two-parent contexts that are not a chain
    kw = dict(interventions=[{"screening": 0}, {"screening": 1}], seed=2, phrasing=[1, 0, 1, 1], progress=False)
    fast = sample(spec, 6, lm, **kw)
    slow = sample(spec, 2, lm, mode="naive", **kw)
    assert np.array_equal(fast.values[:, :2], slow.values)
    for w in range(3):
        for v in range(4):
            if v == spec.index("screening") and w > 0:
                assert np.isnan(slow.logp[w][v]).all()
                continue
            np.testing.assert_allclose(fast.logp[w][v][:2], slow.logp[w][v], atol=1e-4)
    assert slow.tokens > fast.tokens * 2 / 6  # naive reruns every context


def test_packed_forward_matches_the_transformers_forward(lm, monkeypatch):
    import tools.sdscm.scoring as scoring

    spec = load_spec("instrument")
    kw = dict(interventions=[{"screening": 1}], seed=4, progress=False)
    assert scoring.packable(lm)
    packed = sample(spec, 12, lm, **kw)
    monkeypatch.setattr(scoring, "packable", lambda lm: False)  # the path other architectures take
    plain = sample(spec, 12, lm, **kw)
    assert np.array_equal(packed.values, plain.values)
    assert packed.tokens == plain.tokens
    for w in range(2):
        for v in range(4):
            np.testing.assert_allclose(packed.logp[w][v], plain.logp[w][v], atol=1e-4)


def test_generate_writes_resumable_benchmark(lm, tmp_path):
    spec = load_spec("confounder")
    out = tmp_path / "bench"
    res = generate(spec, lm, datasets=2, rows=15, out_dir=out, seed=1, hidden="exogenous", progress=False)
    gt = json.loads((out / "ground_truth.json").read_text())
    assert gt["treatment"] == "X1" and gt["outcome"] == "logP(X2=1)" and gt["treatment_values"] == [0, 1]
    assert gt["covariates"] == ["X0"] and gt["hidden"] == ["X0"]
    data = pd.read_csv(out / "observed" / "sdscm_00000.csv", index_col=0)
    truth = pd.read_csv(out / "sdscm_00001.csv", index_col=0)
    assert list(data.columns) == ["X1", "X2", "logP(X2=1)"] and len(data) == 15
    for col in ["X0", "X1", "X2", "logP(X1=0)", "logP(X2=1)", "X2|do(X1=0)", "logP(X2=1)|do(X1=1)", "ITE"]:
        assert col in truth.columns
    np.testing.assert_allclose(truth["ITE"], truth["logP(X2=1)|do(X1=1)"] - truth["logP(X2=1)|do(X1=0)"])
    assert gt["datasets"]["sdscm_00001"]["true_ate"] == pytest.approx(truth["ITE"].mean())
    assert res.true_ate == pytest.approx(np.mean([d["true_ate"] for d in gt["datasets"].values()]))
    # the two datasets use their own noise and (as in the paper) their own phrasings
    first = pd.read_csv(out / "sdscm_00000.csv", index_col=0)
    assert not first["X0"].equals(truth["X0"])
    # resuming skips finished datasets and adds new ones; other settings are refused
    before = (out / "sdscm_00000.csv").stat().st_mtime_ns
    again = generate(spec, lm, datasets=3, rows=15, out_dir=out, seed=1, hidden="exogenous", progress=False)
    assert (out / "sdscm_00000.csv").stat().st_mtime_ns == before and (out / "observed" / "sdscm_00002.csv").exists()
    assert again.datasets == 3
    with pytest.raises(UserError, match="other settings"):
        generate(spec, lm, datasets=1, rows=15, out_dir=out, seed=2, hidden="exogenous", progress=False)


def test_run_with_a_task_applies_interventions(lm, tmp_path):
    task = GenerateTask(spec="confounder", rows=8, datasets=1, interventions={"age": "old"}, out_dir=str(tmp_path), seed=4)
    res = run(task, lm=lm)
    truth = pd.read_csv(tmp_path / "sdscm_00000.csv", index_col=0)
    assert (truth["X0"] == 1).all()
    assert res.kind == "generate" and res.true_ate == pytest.approx(truth["ITE"].mean())


@pytest.mark.slow
@pytest.mark.skipif(not PAPER_CONFIG.exists(), reason="the paper's config is shared data")
def test_paper_config_generates(lm, tmp_path):
    spec = load_spec(str(PAPER_CONFIG))
    generate(spec, lm, datasets=1, rows=3, out_dir=tmp_path, seed=0, hidden="exogenous", progress=False)
    truth = pd.read_csv(tmp_path / "sdscm_00000.csv", index_col=0)
    paper = pd.read_csv(PAPER_CONFIG.parent / "gpt2" / "gpt2_bcancer_0.csv.gz", index_col=0)
    assert set(paper.columns) <= set(truth.columns)  # the paper's layout, plus ITE
    data = pd.read_csv(tmp_path / "observed" / "sdscm_00000.csv", index_col=0)
    assert list(data.columns) == [f"X{i}" for i in range(4, 14)] + ["logP(X13=0)"]


def test_bench_sdscm_writes_speed_agreement_and_flop_ratio(tmp_path):
    from eval.bench_sdscm import main

    out = tmp_path / "bench"
    args = ["--spec", "confounder", "--rows", "12", "--naive-rows", "2", "--out", str(out), "--model", "smollm2", "--dtype", "fp32"]
    assert main(args) == 0
    m = json.loads((out / "metrics.json").read_text())
    assert m["rows"] == 12 and m["naive_rows"] == 2 and m["worlds"] == 3 and m["dtype"] == "float32"
    assert m["speedup"] == pytest.approx(m["rows_per_s"] / m["naive_rows_per_s"])
    assert m["max_abs_logp_diff"] < 1e-4 and m["max_abs_prob_diff"] < 1e-4 and m["values_identical"] == 1.0
    # the batched mode runs fewer tokens and so fewer FLOPs per row
    assert m["batched_tokens_per_row"] < m["naive_tokens_per_row"] and m["flop_ratio"] > 1
    # utilisation against a matmul peak measured in the same process; tokens against the trie minimum
    assert m["peak_matmul_gflop_s_before"] > 0 and 0 < m["mfu"] and m["mfu_with_padding"] >= m["mfu"]
    assert m["mfu_cpu_time"] > 0 and m["peak_matmul_gflop_per_cpu_s"] > 0
    assert m["batched_tokens_per_row"] >= m["min_tokens_per_row"] > 0 and m["tokens_over_minimum"] >= 1.0
    assert m["torch_threads"] == m["cpu_cores"]  # a batch job uses every core


@pytest.mark.slow
def test_bench_sdscm_measures_reduced_precision_against_fp32(tmp_path):
    from eval.bench_sdscm import main

    out = tmp_path / "bench"
    args = ["--spec", "confounder", "--rows", "16", "--naive-rows", "1", "--agree-rows", "16", "--out", str(out),
            "--model", "smollm2", "--dtype", "bf16", "--device", "cpu"]
    assert main(args) == 0
    m = json.loads((out / "metrics.json").read_text())
    a = m["fp32_agreement"]
    assert m["dtype"] == "bfloat16" and a["reference"] == "fp32" and a["units"] == 16
    assert 0.9 <= a["values_identical"] <= 1.0 and 0 <= a["max_outcome_prob_diff"] < 0.1
    assert a["meets_criterion"] == (a["values_identical"] >= 0.995 and a["max_outcome_prob_diff"] <= 0.02)


def test_minimum_tokens_is_the_context_trie(lm):
    """One chunk of the chain spec: the engine runs each trie node once, so it meets the minimum."""
    from tools.sdscm.perf import minimum_tokens

    spec = load_spec("mediator")
    s = sample(spec, 10, lm, interventions=[{spec.treatment: 0}, {spec.treatment: 1}], seed=1, progress=False)
    low = minimum_tokens(spec, lm, s)
    assert 0 < low <= s.tokens
    again = sample(spec, 10, lm, interventions=[{spec.treatment: 0}, {spec.treatment: 1}], seed=1, progress=False, unit_chunk=5)
    assert again.tokens > s.tokens and minimum_tokens(spec, lm, again) == low  # chunks recompute the shared root


def test_bad_benchmark_input_is_a_message_not_a_traceback(tmp_path, capsys):
    from eval.__main__ import main as eval_main

    assert eval_main(["bench-sdscm", "--spec", "confounder", "--rows", "0", "--out", str(tmp_path), "--model", "smollm2"]) == 2
    assert "error: Ask for at least one row. Use --rows 1 or more." in capsys.readouterr().err


def test_a_graph_written_in_the_question_is_sampled(lm, tmp_path):
    from copilot.parse import parse_question

    q = "Simulate 6 rows where smoking causes tar, tar causes cancer, and genotype causes both smoking and cancer."
    task = parse_question(q).task
    assert (task.kind, task.spec, task.rows) == ("generate", "dag", 6)
    assert set(task.edges) == {("smoking", "tar"), ("tar", "cancer"), ("genotype", "smoking"), ("genotype", "cancer")}
    res = run(task.model_copy(update={"out_dir": str(tmp_path)}), lm=lm)
    truth = json.loads((tmp_path / "ground_truth.json").read_text())
    assert (truth["spec"]["treatment"], truth["spec"]["outcome"]) == ("smoking", "cancer")
    assert res.kind == "generate" and np.isfinite(res.true_ate)


def test_a_heterogeneous_effect_benchmark_has_unit_effects_that_differ_by_age(lm, tmp_path):
    """'effects that vary with age' samples the bundled modifier example: the drug is a root (given at
    random), and each unit's ground-truth effect (ITE) is known, so the effect by age is too."""
    from copilot.parse import parse_question

    task = parse_question("Produce a simulated RCT dataset with heterogeneous treatment effects by age, 24 rows, "
                          "for benchmarking CATE methods.").task
    assert (task.kind, task.spec, task.rows) == ("generate", "modifier", 24)
    res = run(task.model_copy(update={"out_dir": str(tmp_path)}), lm=lm)
    gt = json.loads((tmp_path / "ground_truth.json").read_text())
    assert gt["spec"]["treatment"] == "drug" and gt["spec"]["outcome"] == "recovery"
    truth = pd.read_csv(tmp_path / "sdscm_00000.csv", index_col=0)
    by_age = truth.groupby("X0")["ITE"].mean()  # X0: age, the spec's first variable
    assert len(by_age) == 2 and abs(by_age.iloc[1] - by_age.iloc[0]) > 1e-6  # young and old differ
    assert res.true_ate == pytest.approx(truth["ITE"].mean())
    # the answer gives the effect by age (the conditional effects a CATE method is scored on)
    assert res.true_effect_by["age"] == pytest.approx({"young": by_age.loc[0], "old": by_age.loc[1]})
    from copilot.explain.sdscm import explain_generate

    assert "True effect by age: young" in explain_generate(task, res)


def test_a_graph_with_a_cycle_or_a_hidden_cause():
    from tools.sdscm.dag_spec import dag_spec

    with pytest.raises(UserError, match="cycle"):
        dag_spec([("a", "b"), ("b", "a")])
    spec = load_spec(dag_spec([("Z", "X"), ("X", "Y"), ("Z", "Y"), ("U", "X"), ("U", "Y")], latent=["U"]))
    assert (spec.treatment, spec.outcome) == ("X", "Y")  # the confounder Z is not the treatment
    assert [v.name for v in spec.variables if v.exogenous] == ["U"]
