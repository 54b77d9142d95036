"""The SD-SCM engine's scoring: a prefix trie of key/value caches and teacher-forced log-likelihoods.

`extend` runs new tokens on top of a trie node's cached path, batched (for Llama-family models the
layers run by hand with a context's candidates packed into one row; other models go through
transformers' cache API); `tail_logprobs` turns hidden states into the log-likelihood of each
candidate's tokens. Why a module of its own: this is the part that must equal a plain forward pass
to float rounding, and the sampler above it only decides what to score.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import numpy as np
import torch
from transformers import DynamicCache

from tools.sdscm.lm import LM
from tools.sdscm.texts import Segment


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


def cache_from_kv(kv: torch.Tensor) -> DynamicCache:
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
    if packable(lm):
        return _extend_packed(lm, items, counter, max_tokens)
    return _extend_hf(lm, items, counter, max_tokens)


def packable(lm: LM) -> bool:
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
            past_key_values=cache_from_kv(past),
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
    `sub` rows at a time so the upcast logits stay in cache (the profile is in docs/benchmarks.md)."""
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


def normalise_scores(scores: list[float]) -> np.ndarray:
    """Log-softmax over a variable's candidates: their scores become its structural equation."""
    s = np.asarray(scores, dtype=np.float64)
    return s - np.logaddexp.reduce(s)
