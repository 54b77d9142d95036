"""Am I sure? A small learned model of whether a parsed task is the one the user meant.

Most silently wrong answers have the right kind and a wrong role: a fuzzy column match, a role filled by
word order, a reading that barely beat the next one. The features below say how the reading was reached
(match scores, role votes, identifiers, candidates) and which kind cues fired; boosted decision trees
fitted across the train and dev question sets (`python -m eval parse-gate`) turn them into P(right).
Below a threshold chosen by leave-one-set-out replay the copilot does not answer: it names its two best
readings, or, when it has only one, asks whether that reading is the one meant. A question back costs
a click; a wrong number costs a decision.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from typing import Any, Iterator

from copilot.understand import VOCAB_DIR
from copilot.understand.qualifiers import is_baseline, siblings
from copilot.understand.times import time_families
from copilot.understand.text import parse_number, stem

MODEL_FILE = VOCAB_DIR / "gate.json"
KINDS = ("ate", "cate", "mediation", "policy", "discover")


def features(an: Any, top: Any, cands: list, votes: dict[int, dict[str, float]], directional: bool,
             written_as_code: set[str]) -> dict[str, float]:
    """How the reading `top` was reached (all in [0, 1] or small counts)."""
    task = top.task
    kind = task.get("kind")
    scores: dict[str, float] = {}
    voted: dict[str, float] = {}
    rivals: dict[str, int] = {}  # most other columns one mention of the column fits about as well
    said: dict[str, int] = {}  # how often the column is named
    for k, m in enumerate(an.mentions):
        scores[m.key] = max(scores.get(m.key, 0.0), float(m.score))
        v = votes.get(k, {})
        voted[m.key] = max(voted.get(m.key, 0.0), v.get("t", 0.0), v.get("y", 0.0), v.get("m", 0.0))
        rivals[m.key] = max(rivals.get(m.key, 0), len(m.alternatives))
        said[m.key] = said.get(m.key, 0) + 1
    # the kind model's own probabilities are left out: it is fitted on these questions, and whether the
    # kind is right is kind.decide's business; the gate judges how the roles were found
    out = {
        "directional": float(directional),
        "n_mentions": min(len({m.key for m in an.mentions}), 8) / 8,
        "n_unmatched": min(len(an.unmatched), 4) / 4,
        "n_candidates": min(len(cands), 6) / 6,
        "gap": min(cands[0].score - cands[1].score, 3.0) / 3 if len(cands) > 1 else 1.0,
        **{f"kind_{k}": float(kind == k) for k in KINDS},
    }
    out.update({
        "n_columns": min(len(an.columns), 40) / 40,
        "n_tokens": min(len(an.tokens), 60) / 60,
        "n_conditions": min(len(an.conditions), 3) / 3,
        "has_at": float(bool(task.get("at"))),
        "has_covariates": float(bool(task.get("covariates"))),
    })
    out.update(_left_over(an, task))
    out.update(_role_columns(an, task))
    first = {}
    for m in an.mentions:
        first.setdefault(m.key, m.start)
    t_at, y_at = first.get(task.get("treatment")), first.get(task.get("outcome"))
    out["y_named_first"] = float(t_at is not None and y_at is not None and y_at < t_at)
    for role, field in (("t", "treatment"), ("y", "outcome"), ("m", "mediator")):
        col = task.get(field)
        present = col is not None
        out[f"{role}_rivals"] = min(rivals.get(col, 0), 3) / 3 if present else 0.0
        out[f"{role}_said"] = min(said.get(col, 0), 3) / 3 if present else 0.0
        out[f"{role}_present"] = float(present)
        out[f"{role}_code"] = float(present and col in written_as_code)
        out[f"{role}_match"] = scores.get(col, 0.0) if present else 0.0
        out[f"{role}_voted"] = min(voted.get(col, 0.0), 4.0) / 4 if present else 0.0
        out[f"{role}_twins"] = min(_twins(an, col), 3) / 3 if present else 0.0
    return out


def _twins(an: Any, column: str) -> int:
    """How many other columns share a word with `column` (`aadt_pre` / `aadt_post`, `egfr_bl` /
    `egfr_12m`): the data's near-synonyms, where a role most often lands on the wrong one."""
    info = {c.name: c for c in an.columns}
    own = {s for s in getattr(info.get(column), "stems", ()) if len(s) >= 3 and s.isalpha()}
    return sum(1 for c in an.columns if c.name != column and own & set(c.stems))


def _role_columns(an: Any, task: dict) -> dict[str, float]:
    """What the role columns are: their type (a treatment is most often binary, an outcome seldom a
    category), whether one is a baseline or has time/qualifier twins (where a role most often lands on
    the wrong sibling), how much of its name the question says, and whether treatment and outcome
    share a word (`sales_pre` read as the cause of `sales_post`)."""
    info = {c.name: c for c in an.columns}
    family = set(time_families(an.columns)) | set(siblings(an.columns))
    said = {stem(t) for t in an.tokens}
    out: dict[str, float] = {}
    for role, field in (("t", "treatment"), ("y", "outcome"), ("m", "mediator")):
        col = info.get(task.get(field))
        for type_ in ("binary", "numeric", "categorical"):
            out[f"{role}_type_{type_}"] = float(col is not None and col.type == type_)
        out[f"{role}_baseline"] = float(col is not None and is_baseline(col.name, an.columns))
        out[f"{role}_family"] = float(col is not None and col.name in family)
        words = [w for w in (col.stems if col is not None else ()) if w.isalpha()]
        out[f"{role}_words_said"] = sum(w in said for w in words) / len(words) if words else 0.0
    t_col, y_col = info.get(task.get("treatment")), info.get(task.get("outcome"))
    out["ty_share_word"] = float(bool(t_col and y_col and set(t_col.stems) & set(y_col.stems)))
    return out


def _left_over(an: Any, task: dict) -> dict[str, float]:
    """Evidence the reading does not explain: columns the question names that take no part in the task
    (no role, covariate, condition or point; "effect of mtx on das28 in current smokers" read as a plain
    effect leaves `smk_cur` over), and numbers no condition, point or column name took ("for groups of
    6"). A reading that leaves evidence over is less likely the one meant."""
    placed = {task.get(f) for f in ("treatment", "outcome", "mediator", "instrument")}
    placed |= set(task.get("covariates") or []) | set(task.get("modifiers") or []) | set(task.get("at") or {})
    placed |= {c.get("column") if isinstance(c, dict) else c.column for c in task.get("conditions") or []}
    left = [m for m in an.mentions if m.key not in placed]
    in_mention = {k for m in an.mentions for k in range(m.start, m.end)}
    numbers = [k for k, tok in enumerate(an.tokens)
               if parse_number(tok) is not None and k not in in_mention and k not in an.used_tokens]
    return {
        "n_left_over": min(len({m.key for m in left}), 3) / 3,
        "left_over_match": max((float(m.score) for m in left), default=0.0),
        "left_over_code": float(any(getattr(m, "identifier", False) for m in left)),
        "n_free_numbers": min(len(numbers), 3) / 3,
    }


@functools.lru_cache(maxsize=1)
def load() -> dict | None:
    return json.loads(MODEL_FILE.read_text(encoding="utf-8")) if MODEL_FILE.is_file() else None


def inputs(feats: dict[str, float], cues: dict[str, float] | None) -> dict[str, float]:
    """The gate's inputs: how the roles were found, plus the kind cues (prefixed `f_`)."""
    return {**feats, **{f"f_{k}": float(v) for k, v in (cues or {}).items()}}


def _tree_value(tree: dict, x: list[float]) -> float:
    node = 0
    while tree["left"][node] >= 0:
        node = tree["left"][node] if x[tree["feature"][node]] <= tree["threshold"][node] else tree["right"][node]
    return tree["value"][node]


def p_right(feats: dict[str, float], model: dict | None = None) -> float | None:
    """P(the reading is the expected task) under `model` (default: the shipped one), or None."""
    model = model or load()
    if model is None:
        return None
    x = [float(feats.get(n, 0.0)) for n in model["features"]]
    # gradient-boosted trees (log-loss), evaluated as sklearn does
    z = model["init"] + model["learning_rate"] * sum(_tree_value(t, x) for t in model["trees"])
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


@contextlib.contextmanager
def switched_off() -> Iterator[None]:
    """Parse without the gate (fitting it, or fitting the kind model it sits after, must not see it)."""
    global load
    shipped = load
    load = lambda: None  # noqa: E731
    try:
        yield
    finally:
        load = shipped


def _all_hard_evidence(feats: dict[str, float]) -> bool:
    """An average effect whose treatment and outcome are both written as the data's own identifiers, the
    direction said, and nothing else in the question left over (no group, no point, no unused word or
    number): the NHEFS question "... quitting smoking (qsmk) on weight change (wt82_71)? Adjust for ...".
    Not second-guessed by the gate. Measured on the train/dev records (2026-12-04, 12,390 questions): the
    gate never asked about such a reading (1,045 right, 9 wrong). A broader rule (any kind, groups
    allowed) would have answered 16 readings the gate asks about, 9 of them wrong (a group or covariate
    missed), so the gate keeps judging those."""
    return bool(feats.get("t_code") and feats.get("y_code") and not feats.get("m_present") and feats.get("directional")
                and feats.get("kind_ate") and not feats.get("has_at") and not feats.get("n_conditions")
                and not feats.get("n_left_over") and not feats.get("n_free_numbers"))


def applies(feats: dict[str, float], kind: str | None = None) -> bool:
    """Whether the gate judges this reading: every effect reading, and a reading of a question about
    data that names a column; not a reply that is no analysis of anything named (a definition, a
    greeting, "what's the difference between a confounder and a mediator?" with a file loaded), where
    a wrong reading costs no number and "do you want no causal analysis?" helps no one."""
    if _all_hard_evidence(feats):
        return False
    if any(feats.get(f"kind_{k}") for k in KINDS):
        return True
    if not feats.get("f_has_data"):
        return False
    return kind != "unsupported" or feats.get("n_mentions", 0.0) > 0


def threshold() -> float:
    model = load()
    return model["threshold"] if model else 0.0


def reading_key(task: dict) -> tuple:
    """What makes two readings different for the gate: the kind and the roles."""
    return tuple(task.get(f) for f in ("kind", "treatment", "outcome", "mediator"))


def other_reading(top: Any, cands: list) -> Any | None:
    """The best candidate that reads the question differently (kind or roles), if any."""
    return next((c for c in cands if reading_key(c.task) != reading_key(top.task)), None)
