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
"""

from __future__ import annotations

import copy
import os
import sys
import time
from dataclasses import dataclass, field

import numpy as np
import torch
from tqdm.auto import tqdm
from transformers import DynamicCache

from copilot.errors import UserError
from tools.sdscm.spec import Spec

Segment = tuple  # ("h", var) = a variable's prefix, ("t", var, k) = its value k + suffix


# ---------------------------------------------------------------------------------------------
# The language model
# ---------------------------------------------------------------------------------------------
@dataclass
class LM:
    """A causal LM ready for scoring, in the dtype the machine runs fastest (`copilot.lm.choose_dtype`)."""

    model: torch.nn.Module
    tokenizer: object
    device: torch.device
    name: str = "local"
    n_layers: int = 0
    start_ids: list[int] = field(default_factory=list)
    dtype_reason: str = ""
    head32: torch.Tensor | None = None  # fp32 copy of the LM head when the body runs in reduced precision

    @property
    def dtype(self) -> torch.dtype:
        return next(self.model.parameters()).dtype


def resolve_dtype(device: torch.device, dtype: torch.dtype | str | None) -> tuple[torch.dtype, str]:
    """(dtype, why): None/"auto" asks `copilot.lm.choose_dtype` (bf16 only where the hardware runs it
    natively, fp32 otherwise, fp16/bf16 on cuda; `$COPILOT_DTYPE` overrides); a name or dtype is kept.

    Reduced precision is accepted by a measured criterion, not by faith: `python -m eval bench-sdscm`
    prints its agreement with fp32 at the same seed (identical sampled values, outcome probabilities).
    """
    from copilot.lm import choose_dtype, parse_dtype

    if dtype is None or (isinstance(dtype, str) and dtype.strip().lower() == "auto"):
        choice = choose_dtype(device)
        return choice.dtype, choice.reason
    return parse_dtype(dtype), "requested"


def prepare_lm(model, tokenizer, device: torch.device | str | None = None, dtype: torch.dtype | str | None = None, name: str = "local") -> LM:
    """Wrap a transformers causal LM for scoring, in `dtype` (None/"auto": the machine's choice)."""
    if device is None:
        device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(device)
    dtype, reason = resolve_dtype(device, dtype)
    current = next(model.parameters())
    if current.dtype != dtype or current.device != device:
        # a copy: the model may be shared (copilot.lm caches one per process in its own dtype)
        model = copy.deepcopy(model).to(device=device, dtype=dtype)
    model.eval()
    tok = tokenizer
    start = tok.bos_token_id if tok.bos_token_id is not None else tok.eos_token_id
    if start is None:
        raise UserError("The language model's tokenizer has neither a BOS nor an EOS token.", "Use a causal LM with one of them.")
    return LM(model=model, tokenizer=tok, device=device, name=name, n_layers=model.config.num_hidden_layers,
              start_ids=[int(start)], dtype_reason=reason)


def load_lm(name: str | None = None, dtype: torch.dtype | str | None = None, device: torch.device | str | None = None) -> LM:
    """The embedded local model via `copilot.lm.load_local_model` (default: `$COPILOT_MODEL`).

    `device` moves (a copy of) it elsewhere, e.g. "cpu" on a machine with a GPU, so the cuda path and
    the CPU path are one code path with a device argument."""
    from copilot.lm import load_local_model, resolve_name

    label = resolve_name(name)
    model, tokenizer, loaded_on = load_local_model(label)
    return prepare_lm(model, tokenizer, device if device is not None else loaded_on, dtype, name=label)


def use_all_cores() -> int:
    """Batch jobs (generation, benchmarks) use every core the process may run on.

    `copilot.lm.configure_threads` leaves one core free, right for the interactive app and wrong for
    a batch job: measured 53 vs 99 GFLOP/s on a 2-core AVX2 EPYC. `$COPILOT_TORCH_THREADS` overrides."""
    wanted = os.environ.get("COPILOT_TORCH_THREADS")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    n = int(wanted) if wanted and wanted.isdigit() else cores
    torch.set_num_threads(max(1, n))
    return torch.get_num_threads()


# ---------------------------------------------------------------------------------------------
# Text: how a variable's sentence splits into a context part and a scored part
# ---------------------------------------------------------------------------------------------
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


# ---------------------------------------------------------------------------------------------
# Scoring primitives
# ---------------------------------------------------------------------------------------------
class Node:
    """A trie node: the key/value cache of one segment on top of its parent's path."""

    __slots__ = ("parent", "kv", "length", "last_hidden", "children")

    def __init__(self, parent: "Node | None", kv: torch.Tensor | None, last_hidden: torch.Tensor):
        self.parent = parent
        self.kv = kv  # (layers, 2, kv_heads, seg_len, head_dim)
        self.length = (parent.length if parent else 0) + (kv.shape[3] if kv is not None else 0)
        self.last_hidden = last_hidden  # final-norm hidden state of the path's last token
        self.children: dict[Segment, Node] = {}


def _kv_from_cache(cache: DynamicCache, start: int) -> torch.Tensor:
    """(layers, 2, batch, kv_heads, T, head_dim) of the tokens from `start` on."""
    return torch.stack([torch.stack([layer.keys[:, :, start:], layer.values[:, :, start:]]) for layer in cache.layers])


def _cache_from_kv(kv: torch.Tensor) -> DynamicCache:
    cache = DynamicCache()
    for i in range(kv.shape[0]):
        cache.update(kv[i, 0], kv[i, 1], i)
    return cache


@dataclass
class Counter:
    tokens: int = 0  # tokens run through the transformer
    padded: int = 0  # new-token slots including padding (compute actually spent)
    forwards: int = 0
    scored: int = 0  # positions put through the LM head (full-vocabulary logits)


@torch.inference_mode()
def run_root(lm: LM, ids: list[int], counter: Counter) -> Node:
    out = lm.model.model(input_ids=torch.tensor([ids], device=lm.device), use_cache=True)
    counter.tokens += len(ids)
    counter.padded += len(ids)
    counter.forwards += 1
    kv = _kv_from_cache(out.past_key_values, 0)[:, :, 0]
    return Node(None, kv, out.last_hidden_state[0, -1])


def extend(lm: LM, items: list[tuple[Node, list[int]]], counter: Counter, max_tokens: int = 16384) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Run each item's new tokens on top of its node's cached path, batched.

    Returns per item (kv of the new tokens (layers, 2, kv_heads, T, head_dim), hidden (T, H)).
    Llama-family models (Qwen2, Llama: SmolLM2) take the packed path, others the transformers one.
    """
    if _packable(lm):
        return _extend_packed(lm, items, counter, max_tokens)
    return _extend_hf(lm, items, counter, max_tokens)


def _packable(lm: LM) -> bool:
    cfg = lm.model.config
    return (getattr(cfg, "model_type", None) in {"qwen2", "llama"}
            and not getattr(cfg, "use_sliding_window", False)
            and hasattr(lm.model.model, "rotary_emb"))


def _batches(sizes: list[tuple[int, int]], max_tokens: int) -> list[list[int]]:
    """Group rows (new tokens T, past length L) so that batch * (max L + max T) <= max_tokens.

    Rows are sorted by new length first (padding new tokens costs compute; padding the past only
    costs attention), then by past length."""
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    batches, cur, cur_l, cur_t = [], [], 0, 0
    for i in order:
        t, l = sizes[i]
        nl, nt = max(cur_l, l), max(cur_t, t)
        if cur and (len(cur) + 1) * (nl + nt) > max_tokens:
            batches.append(cur)
            cur, nl, nt = [], l, t
        cur.append(i)
        cur_l, cur_t = nl, nt
    if cur:
        batches.append(cur)
    return batches


@torch.inference_mode()
def _extend_packed(lm: LM, items: list[tuple[Node, list[int]]], counter: Counter, max_tokens: int) -> list:
    """`extend` with the model's layers run by hand, for three savings over transformers' cache path.

    - Items on the same node (a context's candidates) share one row: their tokens are packed after
      one copy of the node's past and a block mask keeps each item to the past and its own tokens.
    - Keys/values live in one preallocated buffer per batch that attention reads in place: the
      past is copied once, never concatenated per layer or repeated per query head (GQA is native).
    - Only hidden states come back; the LM head runs later on the positions that are scored.
    The numbers equal the transformers forward's to float rounding (tests compare with `naive`).
    """
    rows: dict[int, list[int]] = {}
    for i, (node, _) in enumerate(items):
        rows.setdefault(id(node), []).append(i)
    groups = list(rows.values())
    sizes = [(sum(len(items[i][1]) for i in g), items[g[0]][0].length) for g in groups]
    results: list = [None] * len(items)
    base = lm.model.model
    layers = base.layers
    attn0 = layers[0].self_attn
    rope = sys.modules[type(attn0).__module__].apply_rotary_pos_emb
    hd = attn0.head_dim
    cfg = lm.model.config
    n_heads, n_kv = cfg.num_attention_heads, cfg.num_key_value_heads
    dev, dtype = lm.device, lm.dtype
    for batch in _batches(sizes, max_tokens):
        B = len(batch)
        L = max(sizes[g][1] for g in batch)
        T = max(sizes[g][0] for g in batch)
        kv = torch.zeros((len(layers), 2, B, n_kv, L + T, hd), dtype=dtype, device=dev)
        mask = torch.zeros((B, 1, T, L + T), dtype=torch.bool)
        ids = torch.zeros((B, T), dtype=torch.long)
        pos = torch.zeros((B, T), dtype=torch.long)
        spans: list[tuple[int, int, int, int]] = []  # (item, row, start, length)
        for b, g in enumerate(batch):
            node = items[groups[g][0]][0]
            _copy_path(node, kv[:, :, b])
            start = 0
            for i in groups[g]:
                tk = items[i][1]
                n = len(tk)
                ids[b, start : start + n] = torch.tensor(tk)
                pos[b, start : start + n] = node.length + torch.arange(n)
                mask[b, 0, start : start + n, : node.length] = True
                mask[b, 0, start : start + n, L + start : L + start + n] = torch.ones((n, n), dtype=torch.bool).tril()
                spans.append((i, b, start, n))
                start += n
            mask[b, 0, start:, 0] = True  # padding queries look at something (their output is dropped)
        ids, pos, mask = ids.to(dev), pos.to(dev), mask.to(dev)
        x = base.embed_tokens(ids)
        cos, sin = base.rotary_emb(x, pos)
        for li, layer in enumerate(layers):
            at = layer.self_attn
            h = layer.input_layernorm(x)
            q = at.q_proj(h).view(B, T, n_heads, hd).transpose(1, 2)
            k = at.k_proj(h).view(B, T, n_kv, hd).transpose(1, 2)
            v = at.v_proj(h).view(B, T, n_kv, hd).transpose(1, 2)
            q, k = rope(q, k, cos, sin)
            kv[li, 0, :, :, L:] = k
            kv[li, 1, :, :, L:] = v
            a = torch.nn.functional.scaled_dot_product_attention(q, kv[li, 0], kv[li, 1], attn_mask=mask,
                                                                 scale=at.scaling, enable_gqa=n_kv != n_heads)
            x = x + at.o_proj(a.transpose(1, 2).reshape(B, T, n_heads * hd))
            x = x + layer.mlp(layer.post_attention_layernorm(x))
        x = base.norm(x)
        counter.tokens += sum(sizes[g][0] for g in batch)
        counter.padded += B * T
        counter.forwards += 1
        for i, b, start, n in spans:
            results[i] = (kv[:, :, b, :, L + start : L + start + n].clone(), x[b, start : start + n].clone())
        del kv
    return results


def _copy_path(node: Node, out: torch.Tensor) -> None:
    """Write the keys/values of node's whole path into out[..., :node.length, :] (one copy)."""
    end = node.length
    while node is not None:
        if node.kv is not None:
            n = node.kv.shape[3]
            out[:, :, :, end - n : end] = node.kv
            end -= n
        node = node.parent


@torch.inference_mode()
def _extend_hf(lm: LM, items: list[tuple[Node, list[int]]], counter: Counter, max_tokens: int) -> list:
    """`extend` through transformers' own forward and cache, for any causal LM.

    Pasts are right-padded to a common length; the mask hides the padding and `position_ids`
    continue each item's own path, so every item sees exactly its own sequence.
    """
    results: list = [None] * len(items)
    for batch in _batches([(len(t), node.length) for node, t in items], max_tokens):
        nodes = [items[i][0] for i in batch]
        toks = [items[i][1] for i in batch]
        B, L, T = len(batch), max(n.length for n in nodes), max(len(t) for t in toks)
        ref = nodes[0]
        while ref.parent is not None:  # the root always holds keys/values: take their shape
            ref = ref.parent
        past = ref.kv.new_zeros((ref.kv.shape[0], 2, B, ref.kv.shape[2], L, ref.kv.shape[4]))
        mask = torch.zeros((B, L + T), dtype=torch.long)
        ids = torch.zeros((B, T), dtype=torch.long)
        pos = torch.zeros((B, T), dtype=torch.long)
        for b, (node, tk) in enumerate(zip(nodes, toks)):
            _copy_path(node, past[:, :, b])
            mask[b, : node.length] = 1
            mask[b, L : L + len(tk)] = 1
            ids[b, : len(tk)] = torch.tensor(tk)
            pos[b] = node.length + torch.arange(T)
        out = lm.model.model(
            input_ids=ids.to(lm.device),
            attention_mask=mask.to(lm.device),
            position_ids=pos.to(lm.device),
            past_key_values=_cache_from_kv(past),
            use_cache=True,
        )
        new_kv = _kv_from_cache(out.past_key_values, L)
        counter.tokens += sum(len(t) for t in toks)
        counter.padded += B * T
        counter.forwards += 1
        for b, i in enumerate(batch):
            n = len(toks[b])
            results[i] = (new_kv[:, :, b, :, :n].clone(), out.last_hidden_state[b, :n])
    return results


@torch.inference_mode()
def tail_logprob(lm: LM, context_hidden: torch.Tensor, tail_hidden: torch.Tensor, tail: list[int]) -> float:
    """Teacher-forced log-likelihood of all tail tokens: position j is predicted from j-1."""
    h = torch.cat([context_hidden[None], tail_hidden[: len(tail) - 1]], dim=0)
    return float(_target_logprobs(lm, h, torch.tensor(tail, device=h.device)).sum())


def _target_logprobs(lm: LM, h: torch.Tensor, targets: torch.Tensor, sub: int = 16) -> torch.Tensor:
    """log P(target) at each position (float64): the target's logit minus the logsumexp over the
    vocabulary, which reads the logits once instead of writing a full log-softmax.

    The LM head runs on all positions at once (its weight is read once); the fp32 softmax runs on
    `sub` rows at a time so the upcast logits stay in cache (profiled: the whole-block upcast and
    logsumexp took about 5% of the breast-cancer run, 4x less in blocks of 16 rows)."""
    if lm.dtype == torch.float32:
        logits = lm.model.lm_head(h)
    else:
        # reduced-precision logits round by up to ~0.1 nats at |logit| ~ 20: the head runs in fp32
        if lm.head32 is None:
            lm.head32 = lm.model.lm_head.weight.float()
        logits = torch.nn.functional.linear(h.float(), lm.head32)
    if logits.device.type != "cpu":  # a GPU is better served by one big kernel than many small ones
        sub = max(1, len(targets))
    out = torch.empty(len(targets), dtype=torch.float32, device=logits.device)
    for lo in range(0, len(targets), sub):
        block = logits[lo : lo + sub].float()
        out[lo : lo + sub] = block.gather(1, targets[lo : lo + sub, None])[:, 0] - torch.logsumexp(block, dim=-1)
    return out.double().cpu()


@torch.inference_mode()
def tail_logprobs(lm: LM, items: list[tuple[torch.Tensor, torch.Tensor, list[int]]], rows: int = 512) -> list[float]:
    """`tail_logprob` for many (context hidden, tail hidden, tail) at once: the LM head runs on
    chunks of `rows` positions, so its (vocab x hidden) weight is read once per chunk, not per item."""
    hs, targets, owner = [], [], []
    for i, (ctx_h, tail_h, tail) in enumerate(items):
        hs += [ctx_h[None], tail_h[: len(tail) - 1]]
        targets += tail
        owner += [i] * len(tail)
    h = torch.cat(hs, dim=0)
    tgt = torch.tensor(targets, device=h.device)
    out = torch.empty(len(targets), dtype=torch.float64)
    for lo in range(0, len(targets), rows):
        out[lo : lo + rows] = _target_logprobs(lm, h[lo : lo + rows], tgt[lo : lo + rows])
    sums = torch.zeros(len(items), dtype=torch.float64).index_add_(0, torch.tensor(owner), out)
    return sums.tolist()


def _normalise(scores: list[float]) -> np.ndarray:
    s = np.asarray(scores, dtype=np.float64)
    return s - np.logaddexp.reduce(s)


# ---------------------------------------------------------------------------------------------
# Sampling
# ---------------------------------------------------------------------------------------------
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
                    memo[v][key] = _normalise(flat[c * K : (c + 1) * K])
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
        past_key_values=_cache_from_kv(root.kv[:, :, None]),
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
                logp[w][v][u] = _normalise(scores)
                values[w, u, v] = int(np.argmax(logp[w][v][u] + noise[v][u]))
    return contexts


def counterfactual(observed: Samples, lm: LM, do: dict, *, progress: bool = False) -> Samples:
    """The same units as `observed` in the world `do(...)`: same seed, phrasings and noise, so the
    result's world 1 is each unit's counterfactual (abduction is exact: the noise is known)."""
    base = {observed.spec.variables[k].name: v for k, v in observed.worlds[0].items()}
    return sample(observed.spec, observed.n, lm, interventions=[do], base=base or None, seed=observed.seed,
                  phrasing=observed.phrasing, mode=observed.mode, progress=progress)
