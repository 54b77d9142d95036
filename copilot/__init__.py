"""Causal copilot: ask a causal question in plain language, get a correct, explained answer."""

__version__ = "0.1.0"
