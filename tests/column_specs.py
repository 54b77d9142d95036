"""Column profiles written compactly for parser tests: {name: (type, examples)} -> the profile list
`parse_question` takes."""

from __future__ import annotations


def columns(spec: dict[str, tuple[str, list]]) -> list[dict]:
    return [{"name": n, "type": t, "examples": ex} for n, (t, ex) in spec.items()]
