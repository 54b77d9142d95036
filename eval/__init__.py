"""Benchmarks and `python -m eval`."""
