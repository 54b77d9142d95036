"""Bigger models plug in the same way: with an OpenAI-compatible server, fill the task with
JSON-schema-guided decoding (`response_format`, vLLM guided decoding), with every variable field
an enum of the data's columns -- a closed set, like the local model's per-field scoring.

Servers that do not support `response_format` (or answer something that is not such JSON) give
None, and the parser keeps its per-field reading. Structure still checks the guided answer: when
the two disagree, exact identifiers in the question decide; without them the copilot asks which
reading was meant.
"""

from __future__ import annotations

import json
from typing import Any

from copilot.errors import UserError

KINDS = ["ate", "cate", "mediation", "discover", "policy", "unsupported"]
_SYSTEM = (
    "You turn a causal question about a table into a task. kind: ate (average effect of treatment on outcome), "
    "cate (how the effect varies, or the effect at given values), mediation (how much of the effect goes through "
    "a mediator), discover (learn the causal graph), policy (who should be treated / which level to choose), "
    "unsupported (not a causal question). Use only the listed columns; null when the question names none."
)


def supports_guided(lm: Any) -> bool:
    """Only a remote OpenAI-compatible model can be asked for schema-guided JSON."""
    return lm is not None and callable(getattr(lm, "_request", None)) and hasattr(lm, "model")


def task_schema_for(columns: list[str]) -> dict:
    """The JSON schema of the answer: variable fields restricted to the columns (or null)."""
    var: dict = {"anyOf": [{"type": "string", "enum": list(columns)}, {"type": "null"}]} if columns else \
        {"type": ["string", "null"]}
    items: dict = {"type": "string", "enum": list(columns)} if columns else {"type": "string"}
    return {
        "type": "object",
        "properties": {
            "kind": {"type": "string", "enum": KINDS},
            "treatment": var, "outcome": var, "mediator": var, "instrument": var,
            "estimand": {"type": "string", "enum": ["ate", "att", "atc"]},
            "covariates": {"type": "array", "items": items},
        },
        "required": ["kind", "treatment", "outcome", "mediator", "instrument", "estimand", "covariates"],
        "additionalProperties": False,
    }


def guided_task(lm: Any, question: str, columns: list[str]) -> dict | None:
    """The server's schema-guided task as a dict, or None (unsupported, refused or not valid)."""
    if not supports_guided(lm):
        return None
    user = (f"Columns: {', '.join(columns)}\n" if columns else "No data table.\n") + f"Question: {question.strip()}"
    payload = {
        "model": lm.model, "temperature": 0, "max_tokens": 256,
        "messages": [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": user}],
        "response_format": {"type": "json_schema",
                            "json_schema": {"name": "causal_task", "schema": task_schema_for(columns), "strict": True}},
    }
    try:
        data = lm._request("POST", "/chat/completions", payload)
        text = (data["choices"][0].get("message") or {}).get("content") or ""
        got = json.loads(text)
    except (UserError, KeyError, IndexError, TypeError, ValueError):
        return None
    if not isinstance(got, dict) or got.get("kind") not in KINDS:
        return None
    for f in ("treatment", "outcome", "mediator", "instrument"):
        if got.get(f) is not None and columns and got[f] not in columns:
            return None
    if any(c not in columns for c in got.get("covariates") or []) and columns:
        return None
    return got
