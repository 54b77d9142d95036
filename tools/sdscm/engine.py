"""The SD-SCM engine: a language model's candidate distributions as structural equations.

Every unit gets one Gumbel draw per variable and candidate (`gumbel_noise`); a variable's value is
`argmax(log P(candidate | parents' sentences) + noise)` (Gumbel-max). Observational, interventional
and counterfactual worlds share that noise, so individual effects are exact and `do(T = observed)`
reproduces the unit.

A candidate's score is the full teacher-forced log-likelihood of every token of `value + suffix`
after the context (the parents' sentences and the variable's prefix); scores are normalised over
the candidates (log-softmax) to give the structural equation.

Two modes compute the same numbers:
- `batched` (the point): per variable, the distinct parent-value contexts of all units and worlds
  are scored once (memoised across unit chunks); contexts live in a prefix trie of key/value
  caches, so a sentence shared by many units is run once and each context only pays for its new
  tokens (the chosen candidate's sentence, already run while scoring, is kept, as is a value some
  world forces). For Llama-family models the layers run by hand: a context's candidates are packed
  into one row behind one copy of its past, and attention reads a preallocated key/value buffer
  (native GQA, no per-layer concatenation); other models go through transformers' cache API.
  Either way contexts are batched with explicit positions and masks.
- `naive` (the reference): one unit, one candidate at a time, the whole text after a shared
  prefix (BOS + preamble, cached once) rerun for every candidate; non-descendants of an
  intervention are copied from the observational world.

This module samples (worlds, noise, which contexts to score); the model wrapper is `sdscm.lm`, the
texts and noise `sdscm.texts`, the trie and the log-likelihoods `sdscm.scoring`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import torch
from tqdm.auto import tqdm

from copilot.errors import UserError
from tools.sdscm.lm import LM
from tools.sdscm.scoring import (
    Counter,
    Node,
    cache_from_kv,
    extend,
    normalise_scores,
    run_root,
    tail_logprob,
    tail_logprobs,
)
from tools.sdscm.spec import Spec
from tools.sdscm.texts import Segment, Texts, context_segments, gumbel_noise


@dataclass
class Samples:
    """Every world's values and log-probabilities for the same units (shared noise)."""

    spec: Spec
    worlds: list[dict[int, int]]  # world 0 is observational ({}); others map var index -> forced value
    values: np.ndarray  # (worlds, n, variables) candidate indices
    logp: list[list[np.ndarray]]  # [world][var] -> (n, K) normalised log-probs; NaN where intervened
    phrasing: list[int]
    seed: int
    mode: str
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process's CPU time (robust to other jobs on a shared machine)
    tokens: int = 0
    padded: int = 0
    forwards: int = 0
    contexts: int = 0
    scored: int = 0

    @property
    def n(self) -> int:
        return self.values.shape[1]


def normalise_worlds(spec: Spec, interventions: list[dict] | None, base: dict | None = None) -> list[dict[int, int]]:
    """World 0 is observational (or `do(base)`), then one world per intervention dict {variable: value}."""
    conv = lambda do: {spec.index(k): spec.value_index(spec.index(k), v) for k, v in (do or {}).items()}  # noqa: E731
    b = conv(base)
    return [b] + [{**b, **conv(do)} for do in interventions or []]


def sample(
    spec: Spec,
    n: int,
    lm: LM,
    *,
    interventions: list[dict] | None = None,
    base: dict | None = None,
    seed: int = 0,
    phrasing: list[int] | None = None,
    mode: str = "batched",
    unit_chunk: int = 1024,
    max_tokens: int = 16384,
    progress: bool = True,
) -> Samples:
    """Sample n units in the observational world and in each `do(...)` world, with shared noise.

    `interventions` is a list of dicts {variable name or X{i}: value string or index}, one world
    each; `base` is applied to every world, world 0 included. `phrasing[v]` picks variable v's
    sentence template (default: the first).
    """
    if n < 1:
        raise UserError("Ask for at least one row.", "Use --rows 1 or more.")
    if mode not in {"batched", "naive"}:
        raise UserError(f"Unknown mode {mode!r}.", "Use 'batched' or 'naive'.")
    phrasing = list(phrasing) if phrasing is not None else [0] * len(spec.variables)
    worlds = normalise_worlds(spec, interventions, base)
    texts = Texts.build(spec, lm, phrasing)
    noise = gumbel_noise(spec, n, seed)
    counter = Counter()
    t0, c0 = time.perf_counter(), time.process_time()
    values = np.full((len(worlds), n, len(spec.variables)), -1, dtype=np.int64)
    logp = [[np.full((n, len(var.candidates)), np.nan) for var in spec.variables] for _ in worlds]
    run = _sample_batched if mode == "batched" else _sample_naive
    contexts = run(spec, lm, texts, worlds, noise, values, logp, counter, unit_chunk=unit_chunk, max_tokens=max_tokens, progress=progress)
    return Samples(spec, worlds, values, logp, phrasing, seed, mode, time.perf_counter() - t0, time.process_time() - c0,
                   counter.tokens, counter.padded or counter.tokens, counter.forwards, contexts, counter.scored)


def _sample_batched(spec, lm, texts, worlds, noise, values, logp, counter, *, unit_chunk, max_tokens, progress) -> int:
    order = spec.topological_order()
    pseq = [spec.parent_indices(v) for v in range(len(spec.variables))]
    # A chosen sentence's cache is kept when a later variable's context starts with it.
    keep_tail = [any(pseq[w][: len(pseq[v]) + 1] == pseq[v] + [v] for w in range(len(spec.variables))) for v in range(len(spec.variables))]
    forced = [{do[v] for do in worlds if v in do} for v in range(len(spec.variables))]
    memo: list[dict[tuple, np.ndarray]] = [dict() for _ in spec.variables]
    n = values.shape[1]
    steps = tqdm(total=len(order) * ((n + unit_chunk - 1) // unit_chunk), desc="sd-scm batched", disable=not progress, leave=False)
    for lo in range(0, n, unit_chunk):
        hi = min(n, lo + unit_chunk)
        root = run_root(lm, texts.root, counter)  # a fresh trie per chunk bounds memory
        for v in order:
            # which (world, unit) needs which context
            need: dict[tuple, list[tuple[int, int]]] = {}
            for w, do in enumerate(worlds):
                if v in do:
                    values[w, lo:hi, v] = do[v]
                    continue
                pv = values[w, lo:hi][:, pseq[v]] if pseq[v] else np.zeros((hi - lo, 0), dtype=np.int64)
                for u, key in enumerate(map(tuple, pv.tolist())):
                    need.setdefault(key, []).append((w, lo + u))
            todo = [k for k in need if k not in memo[v]]
            if todo:
                ctx_nodes = _build_paths(lm, texts, root, [context_segments(spec, v, k, pseq[v]) for k in todo], counter, max_tokens)
                K = len(spec.variables[v].candidates)
                items = [(node, texts.tail[v][k]) for node in ctx_nodes for k in range(K)]
                outs = extend(lm, items, counter, max_tokens)
                flat = tail_logprobs(lm, [(node.last_hidden, outs[c * K + k][1], texts.tail[v][k])
                                          for c, node in enumerate(ctx_nodes) for k in range(K)])
                counter.scored += len(ctx_nodes) * sum(len(t) for t in texts.tail[v])
                for c, (key, node) in enumerate(zip(todo, ctx_nodes)):
                    memo[v][key] = normalise_scores(flat[c * K : (c + 1) * K])
                    if keep_tail[v]:
                        # and the values other worlds force on v: their later contexts follow this one
                        chosen = {int(np.argmax(memo[v][key] + noise[v][u])) for _, u in need[key]} | forced[v]
                        for k in chosen:
                            kv, hid = outs[c * K + k]
                            node.children[("t", v, k)] = Node(node, kv, hid[-1])
                del outs, items
            for key, users in need.items():
                lp = memo[v][key]
                for w, u in users:
                    logp[w][v][u] = lp
                    values[w, u, v] = int(np.argmax(lp + noise[v][u]))
            steps.update(1)
    steps.close()
    return sum(len(m) for m in memo)


def _build_paths(lm, texts, root: Node, paths: list[list[Segment]], counter, max_tokens) -> list[Node]:
    """The trie node at the end of each segment path, creating missing nodes level by level."""
    cur = [root] * len(paths)
    pos = [0] * len(paths)
    while True:
        missing: dict[tuple[int, Segment], tuple[Node, Segment]] = {}
        for i, path in enumerate(paths):
            while pos[i] < len(path):
                seg = path[pos[i]]
                if not texts.tokens(seg):  # empty segment (e.g. a prefix with no text)
                    pos[i] += 1
                    continue
                child = cur[i].children.get(seg)
                if child is None:
                    missing[(id(cur[i]), seg)] = (cur[i], seg)
                    break
                cur[i], pos[i] = child, pos[i] + 1
        if not missing:
            return cur
        todo = list(missing.values())
        outs = extend(lm, [(node, texts.tokens(seg)) for node, seg in todo], counter, max_tokens)
        for (node, seg), (kv, hid) in zip(todo, outs):
            node.children[seg] = Node(node, kv, hid[-1])


@torch.inference_mode()
def _score_naive(lm: LM, root: Node, context: list[int], tail: list[int], counter: Counter) -> float:
    """One candidate, one unit: rerun context + tail on top of the cached root."""
    ids = context + tail
    out = lm.model.model(
        input_ids=torch.tensor([ids], device=lm.device),
        position_ids=(root.length + torch.arange(len(ids), device=lm.device))[None],
        past_key_values=cache_from_kv(root.kv[:, :, None]),
        use_cache=True,
    )
    counter.tokens += len(ids)
    counter.forwards += 1
    counter.scored += len(tail)
    hid = out.last_hidden_state[0]
    ctx_hidden = root.last_hidden if not context else hid[len(context) - 1]
    return tail_logprob(lm, ctx_hidden, hid[len(context):], tail)


def _sample_naive(spec, lm, texts, worlds, noise, values, logp, counter, *, unit_chunk, max_tokens, progress) -> int:
    order = spec.topological_order()
    pseq = [spec.parent_indices(v) for v in range(len(spec.variables))]
    root = run_root(lm, texts.root, counter)  # the shared prefix, cached once
    n = values.shape[1]
    # variables whose value can differ from world 0: the newly intervened ones and their descendants
    diffs = [[t for t in do if worlds[0].get(t) != do[t]] for do in worlds]
    changed = [set().union(*(spec.descendants(t) | {t} for t in d)) if d else set() for d in diffs]
    contexts = 0
    for u in tqdm(range(n), desc="sd-scm naive", disable=not progress, leave=False):
        for w, do in enumerate(worlds):
            for v in order:
                if v in do:
                    values[w, u, v] = do[v]
                    continue
                if w > 0 and v not in changed[w]:
                    values[w, u, v] = values[0, u, v]
                    logp[w][v][u] = logp[0][v][u]
                    continue
                segs = context_segments(spec, v, tuple(values[w, u, pseq[v]].tolist()), pseq[v])
                context = [t for s in segs for t in texts.tokens(s)]
                scores = [_score_naive(lm, root, context, tail, counter) for tail in texts.tail[v]]
                contexts += 1
                logp[w][v][u] = normalise_scores(scores)
                values[w, u, v] = int(np.argmax(logp[w][v][u] + noise[v][u]))
    return contexts


def counterfactual(observed: Samples, lm: LM, do: dict, *, progress: bool = False) -> Samples:
    """The same units as `observed` in the world `do(...)`: same seed, phrasings and noise, so the
    result's world 1 is each unit's counterfactual (abduction is exact: the noise is known)."""
    base = {observed.spec.variables[k].name: v for k, v in observed.worlds[0].items()}
    return sample(observed.spec, observed.n, lm, interventions=[do], base=base or None, seed=observed.seed,
                  phrasing=observed.phrasing, mode=observed.mode, progress=progress)
