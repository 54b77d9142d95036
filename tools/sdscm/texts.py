"""The SD-SCM engine's texts: how each variable's sentence splits into context and scored tokens.

Why a module of its own: the split (`sentence_parts`) and the exogenous noise (`gumbel_noise`) are
shared by the local engine, the remote engine and the performance counters; keeping them in one
place is what makes their numbers agree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from copilot.errors import UserError
from tools.sdscm.lm import LM
from tools.sdscm.spec import Spec

Segment = tuple  # ("h", var) = a variable's prefix, ("t", var, k) = its value k + suffix


def sentence_parts(prefix: str, suffix: str, value: str) -> tuple[str, str]:
    """(head, tail): the head is context; the tail (`value + suffix`) is scored.

    Every sentence starts with a space (sentences follow BOS/preamble or each other); trailing
    whitespace of the prefix moves into the tail so the value tokenises as in running text.
    """
    head = " " + prefix
    stripped = head.rstrip()
    return stripped, head[len(stripped):] + value + suffix


@dataclass
class Texts:
    """Token ids of every segment for one choice of phrasings (one dataset)."""

    root: list[int]
    head: list[list[int]]
    tail: list[list[list[int]]]

    @classmethod
    def build(cls, spec: Spec, lm: LM, phrasing: list[int]) -> "Texts":
        enc = lambda s: lm.tokenizer(s, add_special_tokens=False)["input_ids"] if s else []  # noqa: E731
        root = lm.start_ids + enc(spec.preamble.strip())
        heads, tails = [], []
        for v, var in enumerate(spec.variables):
            ph = var.phrasings[phrasing[v] % len(var.phrasings)]
            parts = [sentence_parts(ph.prefix, ph.suffix, c) for c in var.candidates]
            heads.append(enc(parts[0][0]))
            tails.append([enc(t) for _, t in parts])
            if any(len(t) == 0 for t in tails[-1]):
                raise UserError(f"A value of {var.name!r} tokenises to nothing.", "Give every candidate some text.")
        return cls(root=root, head=heads, tail=tails)

    def tokens(self, seg: Segment) -> list[int]:
        return self.head[seg[1]] if seg[0] == "h" else self.tail[seg[1]][seg[2]]


def context_segments(spec: Spec, v: int, parent_values: tuple[int, ...], pseq: list[int]) -> list[Segment]:
    """The segments after the root that form variable v's context, given its parents' values."""
    segs: list[Segment] = []
    for p, val in zip(pseq, parent_values):
        segs += [("h", p), ("t", p, int(val))]
    segs.append(("h", v))
    return segs


def gumbel_noise(spec: Spec, n: int, seed: int) -> list[np.ndarray]:
    """Exogenous noise: per variable an (n, K) Gumbel array. Unit i's noise does not depend on n."""
    return [np.random.default_rng([seed, v]).gumbel(size=(n, len(var.candidates))) for v, var in enumerate(spec.variables)]
