"""Scoring maths shared by every backend: log-probabilities over a closed set of options.

Plain Python on the per-token log-probs a backend returns, so the local model and a remote
server choose by exactly the same rule.
"""

from __future__ import annotations

import math
import os
from typing import Any

from copilot.errors import UserError


def _lse(values: Any) -> float:
    """log(sum(exp(v))) without overflow."""
    values = list(values)
    top = max(values)
    if top == -math.inf:
        return -math.inf
    return top + math.log(sum(math.exp(v - top) for v in values))


def constrained_logprobs(seqs: list[list[Any]], logps: list[list[float]]) -> list[float]:
    """Log-probability of each option when decoding may only produce one of the options.

    `seqs[i]` are option i's tokens and `logps[i]` their teacher-forced log-probs. At every step
    the probability is renormalised over the tokens that keep the text on some option (their
    log-probs are all known: options sharing a prefix share the distribution that follows it).
    Once an option is identified its remaining tokens cost nothing, so long options are not
    penalised for their length and short ones (`null`) get no free advantage. Where one option
    is a prefix of another, stopping gets the mass of every token that does not continue the
    longer one. The results are log-probabilities that sum to one over distinct options.
    """
    children: dict[tuple[Any, ...], dict[Any, float]] = {}
    for seq, lp in zip(seqs, logps):
        for k, (tok, value) in enumerate(zip(seq, lp)):
            children.setdefault(tuple(seq[:k]), {})[tok] = value
    terminal = {tuple(seq) for seq in seqs}

    scores = []
    for seq, lp in zip(seqs, logps):
        total = 0.0
        for k, value in enumerate(lp):
            node = tuple(seq[:k])
            total += value
            if node not in terminal:  # at a node where an option may stop, the allowed mass is all: log 1
                total -= _lse(children[node].values())
        more = children.get(tuple(seq))
        if more:  # this option is a prefix of others: stopping is everything but continuing
            total += math.log(max(-math.expm1(min(_lse(more.values()), 0.0)), 1e-12))
        scores.append(total)
    return scores


CHOOSE_METHODS = ("constrained", "sum", "mean", "calibrated")


def _last_line(prompt: str) -> str:
    """The prompt's last line (the answer slot without the question), for `calibrated`."""
    head, sep, tail = prompt.rstrip("\n").rpartition("\n")
    return tail + prompt[len(prompt.rstrip("\n")) :] if sep else ""


def choose_with(
    lm: Any,
    prompt: str,
    options: list[str],
    calibration_prompt: str | None = None,
    method: str | None = None,
) -> tuple[int, list[float]]:
    """Index of the best option and its scores.

    Summed log-probability favours short options (and `null`): every extra token costs
    probability even when the first token already settled the choice. The default method,
    `constrained`, renormalises over the options (`constrained_logprobs`), which is what decoding
    restricted to the allowed values does: no length bias by construction, and the scores are
    log-probabilities over the options (they sum to one). Measured on 17 zero-shot parser
    choices (column for a role, task kind): Qwen2.5-0.5B constrained 8/17 = summed 8 >
    mean-per-token 7 > per-char 4 > PMI with a content-free prompt 2-5; SmolLM2 constrained
    8/17 > summed 7 > mean 5 = PMI 5. PMI let a priori rare column names win. The catch:
    tokens after the options diverge cost nothing, so evidence in them is ignored; put the
    deciding words first in sentence-like options, or pick `sum`/`mean`.

    `method` (default `$COPILOT_CHOOSE` or `constrained`): `constrained`; `sum` (raw total
    log-prob); `mean` (per token); `calibrated` (summed log-prob minus the same under
    `calibration_prompt`, or under the prompt's last line when none is given). With
    `constrained`, a `calibration_prompt` subtracts the options' constrained log-probs under
    that content-free prompt (Zhao et al. 2021).
    """
    if not options:
        raise UserError("Nothing to choose from: the list of options is empty.")
    method = method or os.environ.get("COPILOT_CHOOSE") or "constrained"
    if method not in CHOOSE_METHODS:
        raise UserError(f"Unknown choice method {method!r}.", hint=f"Use one of {', '.join(CHOOSE_METHODS)}.")
    scorer = getattr(lm, "option_logprobs", None)
    if method != "constrained" or scorer is None:
        scorer = lambda p, opts: lm.logprobs([p], [opts])[0]  # noqa: E731
    scores = list(scorer(prompt, options))
    if method == "mean":
        counts = [max(1, n) for n in _token_counts(lm, options)]
        scores = [s / n for s, n in zip(scores, counts)]
    elif method == "calibrated" or calibration_prompt is not None and method == "constrained":
        cf = calibration_prompt if calibration_prompt is not None else _last_line(prompt)
        prior = scorer(cf, options)
        scores = [c - p for c, p in zip(scores, prior)]
    best = max(range(len(options)), key=scores.__getitem__)
    return best, scores


def _token_counts(lm: Any, options: list[str]) -> list[int]:
    tok = getattr(lm, "tokenizer", None) or getattr(lm, "_tokenizer", None)
    if tok is None:
        return [max(1, len(o) // 4) for o in options]
    return [len(tok.encode(o, add_special_tokens=False)) for o in options]
