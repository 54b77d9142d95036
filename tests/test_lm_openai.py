"""The OpenAI-compatible backend against a real server process on loopback (SmolLM2 behind it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from copilot.errors import UserError
from copilot.lm import LanguageModel, get_lm
from copilot.lm_openai import OpenAILM, parse_openai_name


@pytest.fixture(scope="module")
def server_url():
    """Start `python -m copilot.lm_server` on a free port and wait until it listens."""
    env = {**os.environ, "COPILOT_TORCH_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "copilot.lm_server", "--model", "smollm2", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )
    try:
        line = proc.stdout.readline()  # blocks until the model is loaded and the socket bound
        assert line.startswith("listening on "), f"server did not start: {line!r}"
        yield line.split()[-1]
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
    assert isinstance(lm, LanguageModel)
    assert lm.model == "smollm2" and lm.device.startswith("remote:")
    answer = lm.generate("What is the capital of France? Answer in one sentence.", max_new_tokens=16)
    assert "Paris" in answer
    raw = remote.generate("The capital of France is", max_new_tokens=6, chat=False)
    assert raw.strip()
    assert "5" not in remote.generate("Count from 1 to 10, separated by commas.", max_new_tokens=30, stop=["5"])


def test_remote_chat_template_is_the_models(remote):
    local = get_lm("smollm2")
    assert remote.format_chat("sys", "hi", "{") == local.format_chat("sys", "hi", "{")


def test_remote_logprobs_rank_and_match_the_local_model(remote):
    prompts = ["The capital of France is", "Question: What is 2 + 2?\nAnswer: "]
    conts = [[" Paris", " Berlin", " a city"], ["4", "9"]]
    got = remote.logprobs(prompts, conts)
    assert got[0][0] > got[0][1] and got[1][0] > got[1][1]
    want = get_lm("smollm2").logprobs(prompts, conts)
    for g_row, w_row in zip(got, want):
        # server: one full forward per text; local: shared prefix cache. bf16 rounding differs slightly.
        assert g_row == pytest.approx(w_row, abs=0.05)

def test_remote_choice_matches_the_local_constrained_scores(remote):
    prompt = remote.format_chat(None, "Columns: age, age_group, income. Which column is the outcome?")
    options = ["null", "age", "age_group", "income"]
    best, scores = remote.choose(prompt, options)
    local_best, local_scores = get_lm("smollm2").choose(prompt, options)
    assert best == local_best
    # bf16: a full forward per text (server) and a shared prefix cache (local) round differently
    assert scores == pytest.approx(local_scores, abs=0.15)


class _NoEchoHandler(BaseHTTPRequestHandler):
    """A server whose /completions ignores echo/logprobs (as llama.cpp's server does)."""

    def log_message(self, *args):
        pass

    def _json(self, payload):
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self._json({"data": [{"id": "plain"}]})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompts = body["prompt"] if isinstance(body["prompt"], list) else [body["prompt"]]
        self._json({"choices": [{"index": i, "text": ""} for i in range(len(prompts))]})


def test_server_without_prompt_logprobs_gives_a_clear_error():
    httpd = HTTPServer(("127.0.0.1", 0), _NoEchoHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        lm = OpenAILM(f"http://127.0.0.1:{httpd.server_address[1]}/v1")
        assert lm.model == "plain"
        with pytest.raises(UserError, match="does not return prompt log-probabilities"):
            lm.logprobs(["a"], [["b"]])
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_unreachable_server_is_a_user_error():
    with pytest.raises(UserError, match="Cannot reach"):
        OpenAILM("http://127.0.0.1:9/v1", "x").generate("hi")
