"""Causal tools: one module per capability, each exposing `run(task, data) -> Result`."""
