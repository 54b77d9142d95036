"""Grounding a phrase that names no column by its words ("reminder text" for `sms_rem`, "water use"
for `use_kgal`, "the welcome bonus" for `bonusCredit`): which column, or none?

Three steps, cheapest and most reliable first:

1. **Lexical candidates**: the columns one of whose words the phrase writes in part: a shared start
   (`insul` ~ "insulating"), a consonant code (`dmg` ~ "damage"), a synonym or a listed
   abbreviation (`sms` ~ "text"). One candidate binds; two or more go to step 2.
2. **Sentence embeddings** (all-MiniLM-L6-v2, when installed) rank the candidates by similarity of
   the phrase to the column's words; a clear winner binds, a near tie (twins such as `pdc_6m` and
   `pdc_12m`) is asked about with the candidates as options.
3. **The language model** chooses over all columns plus "none" (`lm.choose`, constrained scoring)
   only when no column shares a word with the phrase, and binds only when its choice is clear. The
   small embedded models are not asked (`lm_grounding_off_for` in `vocab/ground.json`): measured, they
   turned more questions back into wrong answers than they fixed.

With no candidate and no clear model choice the parser asks back, naming the closest columns.
Embeddings alone never bind a phrase that shares no word with a column: measured on the dev sets,
such binds were as often a variable the data lacks ("air pollution" -> `smoke_exposure`) as the
right column.
"""

from __future__ import annotations

import functools
import math
from typing import Any

from copilot.understand import vocab
from copilot.understand.match_words import _code_of
from copilot.understand.phrase_words import is_content
from copilot.understand.qualifiers import ORDINALS
from copilot.understand.text import ABBREVIATIONS, ColumnInfo, _is_id, stem, synonyms, tokenize


def _probabilities(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def ground_phrase(lm: Any, question: str, phrase: str, columns: list[str]) -> tuple[str | None, float, list[str]]:
    """The language model's choice: (the column the phrase names, or None; the model's probability for
    its choice; the columns by the model's preference, for a question back when it is unsure)."""
    if lm is None or not columns:
        return None, 0.0, []
    voc = vocab("ground")
    prompt = voc["prefix"] + voc["item"].format(columns=", ".join(columns), question=question.strip(),
                                                phrase=phrase)
    options = [f" {c}" for c in columns] + [f" {voc['none']}"]
    try:
        best, scores = lm.choose(prompt, options)
    except Exception:  # noqa: BLE001 - a model failure leaves the phrase unmatched (the parser asks)
        return None, 0.0, []
    probs = _probabilities(list(scores))
    ranked = sorted(probs, reverse=True)
    margin = ranked[0] - (ranked[1] if len(ranked) > 1 else 0.0)
    order = [columns[i] for i in sorted(range(len(columns)), key=lambda i: -probs[i])]
    if best == len(columns) or probs[best] < voc["min_probability"] or margin < voc["min_margin"]:
        return None, probs[best], order
    return columns[best], probs[best], order


def lm_grounds(lm: Any) -> bool:
    """Whether to ask this model to ground a phrase no column shares a word with: not the small
    embedded models, which measurably bound more such phrases wrongly than rightly."""
    return lm is not None and getattr(lm, "name", "") not in vocab("ground")["lm_grounding_off_for"]


def max_phrases() -> int:
    return int(vocab("ground")["max_phrases"])


def _word_relates(word: str, col_word: str) -> bool:
    """A phrase word (raw) and a column word written in part: a shared start of 4+ letters or the
    whole column word as the start (3+), a consonant code, a synonym or a listed abbreviation."""
    if len(word) < 3 or not word.isalpha() or len(col_word) < 2 or not col_word.isalpha():
        return False
    w, c = stem(word), stem(col_word)
    if w == c or c in synonyms(w):
        return True
    if len(c) >= 4 and (w.startswith(c) or w[:4] == c[:4]):
        return True  # a 3-letter start is too weak alone: det_days is not "detention" (detained is)
    if len(w) >= 5 and len(c) >= len(w) + 3 and c.endswith(w):
        return True  # the head of a compound name: microcredit ~ "credit", bodyweight ~ "weight"
    expansion = ABBREVIATIONS.get(col_word)
    if expansion and w in {stem(x) for x in expansion.split()}:
        return True
    return _code_of(w, c)


# "first" … "fifth", "one" … "five": the number words a hyphenated name part may carry ("second-dose")
_ORDINAL_WORDS = frozenset(w for w, n in ORDINALS.items() if w.isalpha() and 1 <= n <= 5)


def lexical_candidates(phrase: str, columns: list[ColumnInfo], skip_words: frozenset[str]) -> list[str]:
    """Columns (not identifiers, nor dates: "campaigns" is no campaign_start) that share a word,
    written in part, with the phrase."""
    toks = tokenize(phrase)
    words = [t.replace("-", "") for t in toks if t.replace("-", "").isalpha()]
    words = [t for t in words if t not in skip_words]
    # "club revenue" where `club` is the data's id: the units' word before the head says whose it is and names
    # no measure of its own (not `clubroom rent`)
    unit_words = {stem(w) for c in columns if _is_id(c) for w in c.words if w.isalpha() and len(w) >= 3}
    words = [t for t in words[:-1] if stem(t) not in unit_words] + words[-1:]
    usable = [c for c in columns if not _is_id(c) and c.type != "date"]
    # the parts of a hyphenated word the whole of which fits no column ("gapping-up" ~ gap_plant,
    # "second-dose" ~ cov_dose2_pct; the number then picks the twin)
    for t in toks:
        parts = [p for p in t.split("-") if len(p) >= 4 and p.isalpha() and is_content(p) and p not in _ORDINAL_WORDS]
        if "-" in t and not any(_word_relates(t.replace("-", ""), cw) for c in usable for cw in c.words):
            words += [p for p in parts if p not in skip_words]
    return [c.name for c in usable if any(_word_relates(w, cw) for w in words for cw in c.words)]


def _readable(col: ColumnInfo) -> str:
    """A column's words with abbreviations spelt out, for the embedding model (ot_hrs -> 'ot hours')."""
    return " ".join(ABBREVIATIONS.get(w, w) for w in col.words) or col.name


@functools.lru_cache(maxsize=4096)
def _embedding(text: str) -> tuple[float, ...] | None:
    from copilot.understand.kind import embed

    got = embed(text)
    return tuple(got) if got is not None else None


def embedding_order(phrase: str, columns: list[ColumnInfo]) -> list[tuple[str, float]] | None:
    """(column, cosine similarity to the phrase), best first; None without the embedding model."""
    p = _embedding(phrase)
    if p is None:
        return None
    sims = []
    for c in columns:
        v = _embedding(_readable(c))
        sims.append((c.name, sum(a * b for a, b in zip(p, v)) if v is not None else -1.0))
    return sorted(sims, key=lambda t: -t[1])


def ground_locally(phrase: str, columns: list[ColumnInfo], names: list[str]) -> tuple[str | None, float, list[str]]:
    """(column, confidence, options for a question back) among the phrase's lexical candidates
    `names` (`lexical_candidates`), checked and ranked by embeddings."""
    if not names:
        ranked = embedding_order(phrase, [c for c in columns if c.type != "id"]) or []
        return None, 0.0, [n for n, _ in ranked[:3]]
    ranked = embedding_order(phrase, [c for c in columns if c.name in names])
    if not ranked:  # without the embedding model a shared word alone is too weak to bind
        return None, 0.0, names
    voc = vocab("ground")
    if len(names) == 1:
        if ranked[0][1] >= float(voc["min_embedding_similarity"]):
            return names[0], 0.7, names
        return None, 0.0, names
    margin = ranked[0][1] - ranked[1][1]
    if ranked[0][1] >= float(voc["min_embedding_similarity"]) and margin >= float(voc["min_embedding_margin"]):
        return ranked[0][0], 0.6, [n for n, _ in ranked]
    return None, 0.0, [n for n, _ in ranked]


def generic_arm(phrase: str, columns: list[ColumnInfo]) -> str | None:
    """The data's one column that records who got the intervention (`arm`, `trt_arm`, `treat`) for a
    phrase that names the intervention only by its class ("the biologic", "the add-on therapy",
    "training"), as a trial's analyst reads it; None when the data has two such columns or none."""
    voc = vocab("ground")["generic_intervention"]
    words = [t.replace("-", "") for t in tokenize(phrase)]
    heads = {h.replace("-", "") for h in voc["heads"]}
    if not words or not (words[-1] in heads or any(words[-1].endswith(s) for s in voc["head_suffixes"])):
        return None
    if any(w not in heads and w not in {m.replace("-", "") for m in voc["modifiers"]} for w in words[:-1]):
        return None
    arm_words = set(voc["arm_words"])
    arms = [c.name for c in columns if c.type not in ("id", "date", "text") and c.words
            and set(c.words) <= arm_words]
    return arms[0] if len(arms) == 1 else None
