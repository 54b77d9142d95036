"""A small OpenAI-compatible server in front of a local model: `python -m copilot.lm_server --model smollm2`.

It serves /v1/models, /v1/completions (with echo + logprobs, which the scoring API needs) and
/v1/chat/completions with greedy decoding. It exists so that the OpenAI backend is tested
against a real server process, and so a team can share one loaded model over HTTP.
Single model, one request at a time (a lock), standard library only.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from copilot.lm import TransformersLM, get_lm


class JSONHandler(BaseHTTPRequestHandler):
    """A quiet request handler that answers in JSON (this server, and the stand-in servers of the tests)."""

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read stdout
        pass

    def send_json(self, status: int, payload: dict[str, Any]) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Handler(JSONHandler):
    lm: TransformersLM
    lock: threading.Lock

    def _error(self, status: int, message: str) -> None:
        self.send_json(status, {"error": {"message": message, "type": "invalid_request_error"}})

    def do_GET(self) -> None:
        if self.path.rstrip("/") in {"/v1/models", "/models"}:
            self.send_json(200, {"object": "list", "data": [{"id": self.lm.name, "object": "model", "owned_by": "local"}]})
        else:
            self._error(404, f"no route {self.path}")

    def do_POST(self) -> None:
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        except ValueError:
            return self._error(400, "request body is not JSON")
        route = self.path.rstrip("/").removeprefix("/v1")
        try:
            with self.lock:
                if route == "/completions":
                    return self.send_json(200, completions(self.lm, body))
                if route == "/chat/completions":
                    return self.send_json(200, chat_completions(self.lm, body))
        except (KeyError, TypeError, ValueError) as exc:
            return self._error(400, f"bad request: {exc}")
        self._error(404, f"no route {self.path}")


def _stop(body: dict[str, Any]) -> list[str] | None:
    stop = body.get("stop")
    return [stop] if isinstance(stop, str) else (list(stop) if stop else None)


def completions(lm: TransformersLM, body: dict[str, Any]) -> dict[str, Any]:
    """/v1/completions: greedy text, optionally echoing the prompt with per-token log-probs."""
    prompts = body["prompt"]
    prompts = [prompts] if isinstance(prompts, str) else list(prompts)
    max_tokens = int(body.get("max_tokens", 16))
    echo, want_lp = bool(body.get("echo")), body.get("logprobs") is not None
    choices = []
    for index, prompt in enumerate(prompts):
        gen = lm.generate(prompt, max_tokens, _stop(body), chat=False) if max_tokens > 0 else ""
        choice: dict[str, Any] = {"index": index, "text": (prompt + gen) if echo else gen, "finish_reason": "length"}
        if want_lp:
            toks = lm.token_logprobs(prompt + gen)
            if not echo:
                toks = [(t, o - len(prompt), v) for t, o, v in toks if o >= len(prompt)]
            choice["logprobs"] = {
                "tokens": [t for t, _, _ in toks],
                "token_logprobs": [v for _, _, v in toks],
                "text_offset": [o for _, o, _ in toks],
                "top_logprobs": None,
            }
        choices.append(choice)
    return {
        "id": f"cmpl-{uuid.uuid4().hex[:12]}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": lm.name,
        "choices": choices,
    }


def chat_completions(lm: TransformersLM, body: dict[str, Any]) -> dict[str, Any]:
    """/v1/chat/completions: the model's chat template, greedy decoding."""
    messages = [{"role": m["role"], "content": m["content"]} for m in body["messages"]]
    text = lm.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    answer = lm.generate(text, int(body.get("max_tokens", 64)), _stop(body), chat=False)
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": lm.name,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
    }


def make_server(lm: TransformersLM, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A bound (not yet serving) server in front of an already loaded model.

    Tests run it in a thread of their own process, so the model the session already loaded is
    served instead of loading a second copy in a new process.
    """
    if not isinstance(lm, TransformersLM):
        raise SystemExit("lm_server serves local models only")
    handler = type("Handler", (_Handler,), {"lm": lm, "lock": threading.Lock()})
    return ThreadingHTTPServer((host, port), handler)


def serve(model: str | None, host: str = "127.0.0.1", port: int = 0) -> None:
    """Load the model, bind, print `listening on http://HOST:PORT/v1`, serve until killed."""
    server = make_server(get_lm(model), host, port)
    print(f"listening on http://{host}:{server.server_address[1]}/v1", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m copilot.lm_server", description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model name (default: $COPILOT_MODEL or qwen2.5-0.5b)")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    args = ap.parse_args(argv)
    serve(args.model, args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
