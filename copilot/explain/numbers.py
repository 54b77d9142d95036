"""The number check that keeps explanations truthful: every number a text states must come from the result.

`numbers_in` finds the numbers a text claims (skipping digits inside names, code spans and "95% CI"),
with the precision they were written to; `source_numbers` collects every number a result or task
holds; a stated number is supported when some source, rounded the way the text wrote it, gives it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

# A number: optional sign, digits with optional thousands separators, decimals, exponent, percent.
_NUMBER_RE = re.compile(
    r"(?<![\w.])(?P<sign>[-−+])?(?P<body>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"
    r"(?P<exp>[eE][-+]?\d+)?(?P<pct>\s?%)?(?![\w])"
)
# Phrases whose digits are not claims about the data (the CI level we always use).
_IGNORED_PHRASES = re.compile(r"95\s?%\s*(?:confidence interval|CI|interval|intervals)", re.IGNORECASE)
_CODE_SPAN = re.compile(r"`[^`]*`")


class NumberToken(BaseModel):
    """A number found in text, with the precision it was written to (for rounding-aware matching)."""

    text: str
    value: float
    decimals: int
    percent: bool = False
    scientific: bool = False



def numbers_in(text: str, ignore: Iterable[str] = ()) -> list[NumberToken]:
    """Every number stated in `text`.

    Digits inside identifiers (`X12`, `logP(X13=0)`), inside `code spans`, inside any name in
    `ignore` (column names, method names) and in the phrase "95% CI" are not numbers the text
    claims, so they are skipped.
    """
    cleaned = _CODE_SPAN.sub(" ", text)
    for name in sorted({n for n in ignore if n}, key=len, reverse=True):
        cleaned = cleaned.replace(name, " ")
    cleaned = _IGNORED_PHRASES.sub(" ", cleaned)
    tokens: list[NumberToken] = []
    for m in _NUMBER_RE.finditer(cleaned):
        body = m.group("body").replace(",", "")
        sign = -1.0 if m.group("sign") in {"-", "−"} else 1.0
        exp = m.group("exp") or ""
        try:
            value = sign * float(body + exp)
        except ValueError:  # pragma: no cover - the regex only admits floats
            continue
        decimals = len(body.split(".")[1]) if "." in body else 0
        tokens.append(
            NumberToken(
                text=m.group(0).strip(),
                value=value,
                decimals=decimals,
                percent=bool(m.group("pct")),
                scientific=bool(exp),
            )
        )
    return tokens


def _collect_numbers(obj: Any, out: list[tuple[float, bool]]) -> None:
    """(value, is_percent) for numeric leaves, numbers written inside strings/keys, and list lengths."""
    if isinstance(obj, bool) or obj is None:
        return
    if isinstance(obj, (int, float)):
        if math.isfinite(float(obj)):
            out.append((float(obj), False))
        return
    if isinstance(obj, str):
        out.extend((t.value, t.percent) for t in numbers_in(obj))
        return
    if isinstance(obj, dict):
        for key, value in obj.items():
            _collect_numbers(key, out)
            _collect_numbers(value, out)
        return
    if isinstance(obj, (list, tuple)):
        out.append((float(len(obj)), False))
        for item in obj:
            _collect_numbers(item, out)


def source_numbers(*objects: Any) -> list[tuple[float, bool]]:
    """All numbers a truthful explanation may state about these results/tasks (pydantic or JSON),
    as (value, written_as_percent)."""
    out: list[tuple[float, bool]] = []
    for obj in objects:
        if obj is None:
            continue
        if isinstance(obj, BaseModel):
            obj = obj.model_dump(mode="json")
        _collect_numbers(obj, out)
    return out


def _matches(token: NumberToken, source: tuple[float, bool]) -> bool:
    """True if `source`, rounded the way the token was written, gives the token.

    A share is stated as a percentage (0.42 -> "42%"), a percentage as it was written ("10%");
    a plain number never turns into a percentage ("2.05" is not "2.05%"). Signs may drop
    ("decreases by 0.5" for -0.5).
    """
    value, is_pct = source
    if token.percent:
        scaled = value if is_pct else value * 100
    else:
        scaled = value / 100 if is_pct else value
    candidates = [scaled, -scaled]
    if is_pct and not token.percent:
        candidates += [value, -value]  # "the 10th percentile" for the "10%" quantile
    for v in candidates:
        if token.scientific:
            if v == token.value or (token.value != 0 and abs(v - token.value) <= abs(token.value) * 0.05):
                return True
            continue
        tol = 0.5 * 10 ** (-token.decimals) + 1e-9 * max(1.0, abs(v))
        if abs(v - token.value) <= tol:
            return True
    return False


def unsupported_numbers(text: str, sources: Iterable[tuple[float, bool]], ignore: Iterable[str] = ()) -> list[str]:
    """The numbers in `text` that do not come from `sources` (empty list = the text is truthful)."""
    pool = list(sources)
    bad = []
    for token in numbers_in(text, ignore):
        if not any(_matches(token, s) for s in pool):
            bad.append(token.text)
    return bad


def check_numbers(text: str, task: Any, result: Any) -> bool:
    """Whether every number in `text` appears in the result (or the task that produced it)."""
    return not unsupported_numbers(text, source_numbers(result, task), ignore=names_in(task, result))


def names_in(*objects: Any) -> list[str]:
    """Variable and method names whose digits are part of a name, not a claim (e.g. `X12`)."""
    names: set[str] = set()

    def visit(obj: Any, key: str | None = None) -> None:
        if isinstance(obj, BaseModel):
            obj = obj.model_dump(mode="json")
        if isinstance(obj, dict):
            for k, v in obj.items():
                visit(v, k)
        elif isinstance(obj, (list, tuple)):
            for item in obj:
                visit(item, key)
        elif isinstance(obj, str) and key in _NAME_KEYS:
            names.add(obj)

    for obj in objects:
        if obj is not None:
            visit(obj)
    return sorted(names, key=len, reverse=True)


_NAME_KEYS = {
    "treatment", "outcome", "mediator", "covariates", "modifiers", "adjustment_set", "variables", "nodes",
    "source", "target", "method", "column", "x", "y", "subgroup_variable", "instrument", "name",
    "spec_name", "model", "estimand", "title",
}
