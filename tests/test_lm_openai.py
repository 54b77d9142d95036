"""The OpenAI-compatible backend against a real server on loopback (SmolLM2 behind it), and misbehaving ones."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import time
from http.server import ThreadingHTTPServer

import pytest
from conftest import logprob_tol, model_dtype

from copilot.errors import UserError
from copilot.lm import OpenAILM, get_lm, parse_openai_name
from copilot.lm_server import JSONHandler, make_server


@pytest.fixture(scope="module")
def server_url(smol):
    """`copilot.lm_server` on a free loopback port, serving the session's SmolLM2 from a thread.

    A real HTTP server, the same one `python -m copilot.lm_server` runs; in-process so that the
    model is not loaded a second time (a subprocess cost ~10-20 s of start-up per session).
    """
    server = make_server(smol)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow  # ~15 s: a second interpreter loads torch and the model; the server code itself runs above
def test_the_server_command_starts_and_lists_its_model():
    """`python -m copilot.lm_server` as a user starts it: loads, binds, answers /v1/models."""
    env = {**os.environ, "COPILOT_TORCH_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "copilot.lm_server", "--model", "smollm2", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        line = proc.stdout.readline()  # blocks until the model is loaded and the socket bound
        assert line.startswith("listening on "), f"server did not start: {line!r}"
        assert OpenAILM(line.split()[-1]).model == "smollm2"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def remote(server_url) -> OpenAILM:
    return OpenAILM(server_url)


def test_names_parse():
    assert parse_openai_name("openai:http://127.0.0.1:8000") == ("http://127.0.0.1:8000/v1", None)
    assert parse_openai_name("openai:http://h:1/v1/#Qwen/Qwen2.5-7B") == ("http://h:1/v1", "Qwen/Qwen2.5-7B")
    with pytest.raises(UserError, match="http"):
        parse_openai_name("openai:localhost:8000")


def test_get_lm_connects_and_generates(server_url, remote):
    lm = get_lm(f"openai:{server_url}")
    assert get_lm(f"openai:{server_url}") is lm  # connected once, then reused
    assert lm.model == "smollm2" and lm.device.startswith("remote:")
    answer = lm.generate("What is the capital of France? Answer in one sentence.", max_new_tokens=16)
    assert "Paris" in answer
    raw = remote.generate("The capital of France is", max_new_tokens=6, chat=False)
    assert raw.strip()
    assert "5" not in remote.generate("Count from 1 to 10, separated by commas.", max_new_tokens=30, stop=["5"])


def test_remote_chat_template_is_the_models(remote, smol):
    assert remote.format_chat("sys", "hi", "{") == smol.format_chat("sys", "hi", "{")


def test_remote_logprobs_rank_and_match_the_local_model(remote, smol):
    prompts = ["The capital of France is", "Question: What is 2 + 2?\nAnswer: "]
    conts = [[" Paris", " Berlin", " a city"], ["4", "9"]]
    got = remote.logprobs(prompts, conts)
    assert got[0][0] > got[0][1] and got[1][0] > got[1][1]
    want = smol.logprobs(prompts, conts)
    # server: one full forward per text; local: shared prefix cache. They round differently, by
    # how much follows the dtype (the server runs in the same one: same machine, same COPILOT_DTYPE).
    tol = logprob_tol(model_dtype(smol), 2)
    for g_row, w_row in zip(got, want):
        assert g_row == pytest.approx(w_row, abs=tol)

def test_remote_choice_matches_the_local_constrained_scores(remote, smol):
    prompt = remote.format_chat(None, "Columns: age, age_group, income. Which column is the outcome?")
    options = ["null", "age", "age_group", "income"]
    best, scores = remote.choose(prompt, options)
    local_best, local_scores = smol.choose(prompt, options)
    assert best == local_best
    # a full forward per text (server) and a shared prefix cache (local) round differently
    assert scores == pytest.approx(local_scores, abs=logprob_tol(model_dtype(smol), 1))


class _FakeServer(JSONHandler):
    """A misbehaving OpenAI-compatible server; `answer(body)` -> (status, payload) decides each reply."""

    answer = None
    seen: list = []

    def do_GET(self):
        self.send_json(200, {"object": "list", "data": [{"id": "plain", "object": "model"}]})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.seen.append(body)
        self.send_json(*type(self).answer(body))


@contextlib.contextmanager
def fake_server(answer):
    handler = type("Handler", (_FakeServer,), {"answer": staticmethod(answer), "seen": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", handler.seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def _prompts(body):
    return body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]


def test_server_without_prompt_logprobs_gives_a_clear_error():
    """llama.cpp-like: /completions ignores echo and logprobs."""
    with fake_server(lambda body: (200, {"choices": [{"index": i, "text": ""} for i in range(len(_prompts(body)))]})) as (url, _):
        lm = OpenAILM(url)
        assert lm.model == "plain"
        with pytest.raises(UserError, match="does not return prompt log-probabilities") as info:
            lm.logprobs(["a"], [["b"]])
        assert "vLLM" in str(info.value)  # says what to use instead
        with pytest.raises(UserError, match="does not return prompt log-probabilities"):
            lm.choose("a", ["b", "c"])


def test_server_that_ignores_echo_is_refused_not_scored_zero():
    """Log-probs of one generated token only (offsets after the prompt): summing them would score 0."""

    def answer(body):
        choices = []
        for i, p in enumerate(_prompts(body)):
            lp = {"tokens": [" x"], "token_logprobs": [-0.5], "text_offset": [len(p)], "top_logprobs": None}
            choices.append({"index": i, "text": " x", "logprobs": lp, "finish_reason": "length"})
        return 200, {"choices": choices}

    with fake_server(answer) as (url, seen):
        lm = OpenAILM(url, "plain")
        with pytest.raises(UserError, match="does not echo the prompt"):
            lm.logprobs(["The capital of France is"], [[" Paris", " Berlin"]])
        assert seen[-1]["echo"] is True and seen[-1]["logprobs"] == 1 and seen[-1]["max_tokens"] == 0


def test_transient_server_errors_are_retried():
    calls = {"n": 0}

    def answer(body):
        calls["n"] += 1
        if calls["n"] == 1:
            return 503, {"error": {"message": "warming up"}}
        return 200, {"choices": [{"index": 0, "text": " Paris.", "finish_reason": "stop"}]}

    with fake_server(answer) as (url, _):
        assert OpenAILM(url, "plain", max_retries=2).generate("The capital of France is", chat=False) == " Paris."
        assert calls["n"] == 2


def test_refusals_and_timeouts_are_user_errors():
    def refuse(body):
        return 400, {"error": {"message": "max_tokens must be at least 1", "type": "invalid_request_error"}}

    with fake_server(refuse) as (url, seen):
        with pytest.raises(UserError, match=r"refused /completions.*HTTP 400.*max_tokens must be at least 1"):
            OpenAILM(url, "plain").logprobs(["a"], [["b"]])
        assert len(seen) == 1  # a refusal is not retried

    def slow(body):
        time.sleep(1.5)
        return 200, {"choices": [{"index": 0, "text": "late"}]}

    with fake_server(slow) as (url, _):
        started = time.perf_counter()
        with pytest.raises(UserError, match="did not answer /completions within 0.3 s"):
            OpenAILM(url, "plain", timeout=0.3, max_retries=0).generate("hi", chat=False)
        assert time.perf_counter() - started < 1.4


def test_unreachable_server_is_a_user_error():
    with pytest.raises(UserError, match="Cannot reach"):
        OpenAILM("http://127.0.0.1:9/v1", "x").generate("hi")  # retried, then refused
