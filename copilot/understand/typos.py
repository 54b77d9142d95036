"""Typo repair: a misspelt word of the question snapped onto a cue word or a column word, so that
"heterogenity" reads as "heterogeneity" and "occupency" as the column's "occupancy". Real words are
never "repaired": the short list of common words below, and the word list of the sentence-embedding
model when it is installed."""

from __future__ import annotations

import difflib
import functools
import os
from typing import Iterable

from copilot.understand.text import stem, synonyms


# Words that carry the question's structure; typo repair snaps near-misses onto these.
CUE_WORDS = (
    "effect effects affect affects affected affecting impact impacts impacted influence influences influenced "
    "cause causes caused causing causal causally increase increases decrease decreases reduce reduces reduced "
    "improve improves improved raise raises lower lowers boost boosts mediate mediates mediated mediating mediator "
    "mediation indirect direct through via controlling control adjusting adjust adjusted accounting account "
    "holding constant among between across differ differs different difference vary varies varying variation "
    "heterogeneous heterogeneity subgroup subgroups depending depends whether estimate estimated estimating "
    "compute calculate discover discovery structure graph diagram network relationships relationship generate "
    "simulate synthetic sample dataset datasets rows correlates correlated correlation independent independence "
    "hypothesis premise treatment outcome average conditional weather explain explained mechanism pathway "
    "channel moderated moderator benefit benefits respond responds which what does would should effectiveness"
).split()


# A few hundred frequent English words that must never be "corrected" into cue words.
_COMMON = set(
    (
        "the be to of and a in that have i it for not on with he as you do at this but his by from they we say her "
        "she or an will my one all would there their what so up out if about who get which go me when make can like "
        "time no just him know take people into year your good some could them see other than then now look only come "
        "its over think also back after use two how our work first well way even new want because any these give day "
        "most us is are was were been has had did does data dataset cases case costs cost sales sale rates rate price "
        "prices patients patient customers customer students student users user group groups women men people age "
        "aged older younger income wages wage score scores test tests exam health hours hour days week weeks months "
        "month years school class classes program programs training job jobs effectively affecting defect defects "
        "reflect reflects detect select selected infect infected perfect impacts impact lowered lower power tower "
        "adjacent constants constant convert region regions state states country countries store stores stories "
        "meditation medication medications meditate story ratio rations ration action actions active activity deduce reduce induce produce produced product "
        "products process differently difficult difficulty among amount amounts account accounts direction directly "
        "correct corrected collect collected connect connected protect protected respect expected expect affected "
        "cases causes cause clause clauses pause paused house houses diagram program grams grants grant graph graphs "
        "graduate graduated gradient structure structured vary very various variance variant versus verses"
    ).split()
)


@functools.lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Lower-case words of 4+ letters in the sentence-embedding model's vocabulary (the 30k WordPiece list
    of all-MiniLM-L6-v2, shipped with its weights): English spelt right. Empty when that package is not
    installed."""
    try:
        import importlib
        from pathlib import Path

        from copilot.understand.kind import EMBED_PACKAGE

        path = Path(importlib.import_module(EMBED_PACKAGE).get_model_path()) / "vocab.txt"
        return frozenset(w for w in path.read_text(encoding="utf-8").split() if len(w) >= 4 and w.isalpha() and w.islower())
    except Exception:  # noqa: BLE001 - without the list, the short list of common words alone guards repair
        return frozenset()


@functools.lru_cache(maxsize=1)
def _spelt_right() -> frozenset[str]:
    """The dictionary's words of 5+ letters, which typo repair leaves alone ("operator" is no misspelt
    "moderator")."""
    return frozenset(w for w in _dictionary() if len(w) >= 5)


def two_words(a: str, b: str) -> bool:
    """Two different words, both spelt right, neither the start of the other ("send" / "spend"): a
    near-spelling between them is no typo. (A word and its longer form, "visit" / "visitor", may be.)"""
    if a == b or a.startswith(b) or b.startswith(a):
        return False
    words = _known_words()
    return a in words and b in words


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    return _dictionary() | _COMMON


_NEGATING = ("un", "non", "in", "dis", "im")  # prefixes that turn a word into its opposite


def fix_typos(tokens: list[str], extra_vocab: Iterable[str] = ()) -> list[str]:
    """Snap misspelt words onto cue words or column words (difflib, conservative cut-offs)."""
    vocab = set(CUE_WORDS) | set(extra_vocab)
    vocab_stems = {stem(w) for w in extra_vocab} | {stem(w) for w in CUE_WORDS}
    vocab_list = sorted(vocab)
    out = []
    for tok in tokens:
        if len(tok) < 5 or not tok.isalpha() or tok in vocab or tok in _COMMON or stem(tok) in vocab_stems \
                or tok in _spelt_right() or len(synonyms(stem(tok))) > 1:  # ("commute": a word of our synonyms)
            out.append(tok)
            continue
        # two neighbouring letters swapped ("adjsut", "effcet"): the one slip difflib scores too low in short words
        swapped = sorted({tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:] for i in range(len(tok) - 1)} & vocab)
        if swapped:
            out.append(swapped[0])
            continue
        cutoff = 0.86 if len(tok) < 7 else 0.82
        match = difflib.get_close_matches(tok, vocab_list, n=1, cutoff=cutoff)
        # a word that is the start of the match, or the match plus an ending, is another form of a word
        # ("condition" / "conditional"), not a misspelling
        if match and (match[0].startswith(tok) or tok.startswith(match[0])):
            match = []
        # nor one that differs only after a long shared start ("response" is not a misspelt "responds")
        if match and len(os.path.commonprefix([tok, match[0]])) >= max(5, len(tok) - 2):
            match = []
        # nor the match with a negating prefix ("unadjusted" is not "adjusted", "nonsmoker" not "smoker"), nor
        # the match that adds one ("dependencies" is no misspelt "independence")
        if match and any(tok == p + match[0] or tok == p + "-" + match[0] or match[0].startswith(p)
                         and not tok.startswith(p) and tok[:4] == match[0][len(p):len(p) + 4] for p in _NEGATING):
            match = []
        # nor a word that starts with a column's abbreviation and would change its first letter ("aeration"
        # beside aer_sys is no misspelt "variation")
        if match and match[0][0] != tok[0] and any(tok.startswith(w) and w.isalpha() and len(w) >= 3 and w not in
                                                   _known_words() for w in extra_vocab):
            match = []
        out.append(match[0] if match else tok)
    return out
