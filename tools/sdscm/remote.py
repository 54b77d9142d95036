"""The SD-SCM on any `copilot.lm.LanguageModel` (e.g. an OpenAI-compatible server): text in, log-probs out.

The batched engine needs the model's weights (it runs the layers itself). An audited model is
often behind an API, so this path asks only for `logprobs(prompts, continuations)`: per variable,
the distinct parent-value contexts of all units and worlds are scored once (one request batch),
and values are drawn with the same Gumbel-max noise (`gumbel_noise`), so every world shares each
unit's noise and effects stay exact for the model behind the API. Numbers equal the engine's up
to tokenisation at sentence joins (the server tokenises the whole text) and the server's rounding.
"""

from __future__ import annotations

import time

import numpy as np

from copilot.errors import UserError
from tools.sdscm.engine import Samples, normalise_worlds
from tools.sdscm.scoring import normalise_scores
from tools.sdscm.texts import gumbel_noise, sentence_parts
from tools.sdscm.spec import Spec


def _texts(spec: Spec, phrasing: list[int]) -> tuple[list[str], list[list[str]]]:
    """Per variable its context head and its candidates' scored tails (as in `texts.Texts`)."""
    heads, tails = [], []
    for v, var in enumerate(spec.variables):
        ph = var.phrasings[phrasing[v] % len(var.phrasings)]
        parts = [sentence_parts(ph.prefix, ph.suffix, c) for c in var.candidates]
        heads.append(parts[0][0])
        tails.append([t for _, t in parts])
    return heads, tails


def sample_text(
    spec: Spec,
    n: int,
    lm,
    *,
    interventions: list[dict] | None = None,
    seed: int = 0,
    phrasing: list[int] | None = None,
) -> Samples:
    """`engine.sample` for a model known only through `lm.logprobs` (same worlds, noise and output)."""
    if n < 1:
        raise UserError("Ask for at least one unit.", "Use units >= 1.")
    phrasing = list(phrasing) if phrasing is not None else [0] * len(spec.variables)
    worlds = normalise_worlds(spec, interventions)
    heads, tails = _texts(spec, phrasing)
    noise = gumbel_noise(spec, n, seed)
    order = spec.topological_order()
    pseq = [spec.parent_indices(v) for v in range(len(spec.variables))]
    values = np.full((len(worlds), n, len(spec.variables)), -1, dtype=np.int64)
    logp = [[np.full((n, len(var.candidates)), np.nan) for var in spec.variables] for _ in worlds]
    preamble = spec.preamble.strip()
    t0, c0 = time.perf_counter(), time.process_time()
    contexts = 0
    for v in order:
        need: dict[tuple, list[tuple[int, int]]] = {}
        for w, do in enumerate(worlds):
            if v in do:
                values[w, :, v] = do[v]
                continue
            pv = values[w][:, pseq[v]] if pseq[v] else np.zeros((n, 0), dtype=np.int64)
            for u, key in enumerate(map(tuple, pv.tolist())):
                need.setdefault(key, []).append((w, u))
        keys = list(need)
        prompts = [preamble + "".join(heads[p] + tails[p][k] for p, k in zip(pseq[v], key)) + heads[v] for key in keys]
        scores = lm.logprobs(prompts, [tails[v]] * len(prompts)) if prompts else []
        contexts += len(keys)
        for key, row in zip(keys, scores):
            lp = normalise_scores(row)
            for w, u in need[key]:
                logp[w][v][u] = lp
                values[w, u, v] = int(np.argmax(lp + noise[v][u]))
    return Samples(spec, worlds, values, logp, phrasing, seed, "text", time.perf_counter() - t0, time.process_time() - c0, contexts=contexts)
