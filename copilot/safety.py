"""What a web user may reach, and how much work one request may ask for.

The web app serves people the operator does not know, so everything a user can name (a spec, an
output folder, a model endpoint) is confined and every request is bounded by operator limits:

- `Limits` (from `COPILOT_MAX_*` environment variables or the web app's flags): rows and datasets a
  `generate` request may ask for, bootstrap sizes, audit units, table rows, seconds per request.
- `Sandbox`: the files a session uploaded and the folder the server chose for its outputs.
- `allowed_endpoints()` / `check_model_name()`: which OpenAI-compatible servers a web user may pick
  (an operator allow-list, empty by default).
- `sanitize()`: strips pydantic's `input_value=…` echoes, so an error never shows file contents.

The CLI and the Python API serve the machine's own user and pass no Sandbox: local paths stay allowed there.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from copilot.errors import UserError

# Names (lower-cased) that mean "no language model: the rule-based parser only", for every front end.
NO_MODEL_NAMES = frozenset({"none", "no", "off", ""})
# Models a web user may choose by name: the embedded ones (shipped as packages; no path, no hub).
EMBEDDED_MODELS = {"default", "qwen2.5-0.5b", "qwen2.5-1.5b", "smollm2", *NO_MODEL_NAMES}


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise UserError(f"${name} is {raw!r}, not a number.", f"Set {name} to a number (or unset it).") from None


@dataclass(frozen=True)
class Limits:
    """Per-request limits of the web app; each request over one is refused with a message naming it."""

    max_rows: int = 20_000  # rows a `generate` request may sample (per dataset)
    max_datasets: int = 5  # datasets a `generate` request may write
    max_units: int = 2_000  # units an `audit` request may sample
    max_bootstrap: int = 500  # bootstrap resamples (mediation `n_bootstrap`, discovery `bootstrap`)
    max_table_rows: int = 1_000_000  # rows of an uploaded table
    max_seconds: float = 600.0  # wall-clock seconds one request may compute

    ENV = {
        "max_rows": "COPILOT_MAX_ROWS",
        "max_datasets": "COPILOT_MAX_DATASETS",
        "max_units": "COPILOT_MAX_UNITS",
        "max_bootstrap": "COPILOT_MAX_BOOTSTRAP",
        "max_table_rows": "COPILOT_MAX_TABLE_ROWS",
        "max_seconds": "COPILOT_MAX_SECONDS",
    }

    @classmethod
    def from_env(cls) -> "Limits":
        """The defaults above, each overridden by its `COPILOT_MAX_*` variable."""
        base = cls()
        values = {}
        for name, var in cls.ENV.items():
            value = _env_number(var, getattr(base, name))
            values[name] = float(value) if name == "max_seconds" else int(value)
        return cls(**values)

    def refuse(self, what: str, asked: float, name: str, unit: str) -> None:
        """Raise a UserError naming the limit when `asked` is over it."""
        limit = getattr(self, name)
        if asked > limit:
            raise UserError(
                f"This request asks for {what} = {_num(asked)}, over this server's limit of {_num(limit)} {unit} per "
                f"request (set by the operator with ${self.ENV[name]}).",
                f"Ask for at most {_num(limit)}, or run it on your own machine with `python -m copilot`.",
            )


def _num(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.3g}"


@dataclass
class Sandbox:
    """What one web session may touch: its uploads, the bundled specs, and its own output folder."""

    root: Path  # the session's folder; outputs go to server-chosen folders inside it
    uploads: set[str] = field(default_factory=set)  # resolved paths of files this session uploaded
    limits: Limits = field(default_factory=Limits.from_env)

    def add_upload(self, path: str | Path) -> None:
        self.uploads.add(str(Path(path).resolve()))

    def owns(self, path: str | Path) -> bool:
        """True for a file this session uploaded (after resolving links and `..`)."""
        return str(Path(path).expanduser().resolve()) in self.uploads

    def inside(self, path: str | Path) -> bool:
        """True for a path inside the session's folder (after resolving links and `..`)."""
        try:
            Path(path).expanduser().resolve().relative_to(Path(self.root).resolve())
            return True
        except ValueError:
            return False


# ----------------------------------------------------------------------------- endpoints


def allowed_endpoints() -> list[str]:
    """The OpenAI-compatible base URLs a web user may choose: `$COPILOT_ALLOWED_ENDPOINTS`
    (comma-separated), empty by default (then only the operator's own configured model is used)."""
    raw = os.environ.get("COPILOT_ALLOWED_ENDPOINTS") or ""
    return [_norm_url(u) for u in raw.split(",") if u.strip()]


def _norm_url(url: str) -> str:
    return url.strip().rstrip("/")


def check_model_name(model: str | None, operator_model: str | None = None) -> None:
    """Refuse a model a web user may not choose: a local path or hub id, or an endpoint off the allow-list.

    `operator_model` (the server's own configured model) is always allowed."""
    if model is None:
        return
    name = model.strip()
    if operator_model is not None and name.lower() == operator_model.strip().lower():
        return
    if name.lower() in EMBEDDED_MODELS:
        return
    if name.lower().startswith("openai:"):
        url = _norm_url(name[len("openai:"):].split("#", 1)[0])
        allowed = allowed_endpoints()
        if url in allowed:
            return
        if not allowed:
            raise UserError(
                "This server does not let web users choose a language-model server.",
                "Use an embedded model, or ask the operator to allow the endpoint ($COPILOT_ALLOWED_ENDPOINTS "
                "or `python -m ui --allow-endpoint URL`).",
            )
        raise UserError(
            f"The endpoint {url} is not on this server's allow-list.",
            "Choose one of: " + ", ".join(allowed) + ".",
        )
    raise UserError(
        f"The model {name!r} is not one this web app offers.",
        "Choose one of: " + ", ".join(sorted(m for m in EMBEDDED_MODELS if m not in {"no", "off", ""})) + ".",
    )


# ----------------------------------------------------------------------------- messages

# pydantic writes `[type=…, input_value=<repr, possibly truncated>, input_type=<name>]`: drop the value
_INPUT_VALUE = re.compile(r",?\s*input_value=.*?(?=,\s*input_type=\w+\])", re.S)
_INPUT_VALUE_REST = re.compile(r",?\s*input_value=[^\]\n]*", re.S)  # a value without its input_type
_INPUT_TYPE = re.compile(r",?\s*input_type=\w+")
_PYDANTIC_URL = re.compile(r"\s*For further information visit https?://errors\.pydantic\.dev\S*")


def sanitize(text: str | None) -> str | None:
    """An error message without the values pydantic echoes (`input_value=…`), which may hold file contents."""
    if not text:
        return text
    out = _INPUT_VALUE.sub("", text)
    out = _INPUT_VALUE_REST.sub("", out)
    out = _INPUT_TYPE.sub("", out)
    return _PYDANTIC_URL.sub("", out)


__all__ = ["EMBEDDED_MODELS", "NO_MODEL_NAMES", "Limits", "Sandbox", "allowed_endpoints", "check_model_name", "sanitize"]
