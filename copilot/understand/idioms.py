"""Everyday phrasings of a variable that share no word with its column's name, rewritten to the
column's own word before mentions are looked for ("keep customers coming back" ~ CUST_RET_28D).
The phrasings are data (`vocab/idioms.json`); each applies only where a column has the word."""

from __future__ import annotations

from typing import Iterable

from copilot.understand import vocab
from copilot.understand.text import stem


def read_idioms(tokens: list[str], names: Iterable[list[str]]) -> list[str]:
    """A word or phrase read as the data's own ("weekly takings" ~ rev_wk_post, "getting hurt" ~
    inj_30d); "come back", "bring them back", "book us again" read as the data's word for a return or
    repeat measure (a come-verb, or the verb said again, goes with it; "bring" and "keep ... coming" read
    "raise", the causal verb of the measure). "Book again" where a column spells "rebook": `join_again`."""
    names = list(names)  # each column's words
    have = {w for words in names for w in words}
    tokens = join_again(tokens, have)
    # a word a column's name has is the data's own word: "takings" stays takings beside `cd sales`
    readings = {t: [] if t in have else [w for w in ws if w in have] for t, ws in vocab("idioms")["words"].items()}
    tokens = [_reading(readings.get(t, []), tokens, i, names) for i, t in enumerate(tokens)]
    tokens = _read_phrases(tokens, have, names)
    voc = vocab("idioms")["come_back"]
    word = next((w for w in voc["column_words"] if w in have), None)
    if word is not None and [word] in names and sum(word in words for words in names) > 1:
        word = None  # `retention` beside retention_rate: the phrase fits both, so it stays as said (asked)
    if word is None or "back" not in tokens and "again" not in tokens:
        return tokens
    come, bring = set(voc["come_verbs"]), set(voc["bring_verbs"])
    out = list(tokens)
    again, pronouns = set(voc["again_verbs"]), set(voc["again_pronouns"])
    for i, tok in enumerate(tokens):
        if tok == "again" and i > 0:
            # "book us again", "order again": the verb (a pronoun after it) and "again" are the one measure
            k = i - 2 if i >= 2 and tokens[i - 1] in pronouns else i - 1
            if tokens[k] in again:
                out[k:i + 1] = [""] * (i - k) + [word]
            continue
        if tok != "back" or i == 0:
            continue
        between = range(max(0, i - 1 - int(voc["max_between"])), i)
        if tokens[i - 1] in come:
            out[i - 1], out[i] = "", word
            # "keep diners coming back": keeping them coming is raising the measure
            keep = next((k for k in reversed(between) if tokens[k] in {"keep", "keeps", "kept", "keeping"}), None)
            if keep is not None and all(t.isalpha() for t in tokens[keep + 1:i - 1]):
                out[keep] = "raise"
            continue
        verb = next((k for k in reversed(between) if tokens[k] in bring), None)
        if verb is not None and all(t.isalpha() and t not in bring | come | {"to", "and", "or"}
                                    for t in tokens[verb + 1:i]):
            out[verb], out[i] = "raise", word  # "bring customers back": the verb raises the measure
    return [t for t in out if t]


def _reading(present: list[str], tokens: list[str], i: int, names: list[list[str]]) -> str:
    """The column word a question word reads as: of several, the one whose column also has a word said
    beside it ("bar takings" ~ `bar income`, not `revenue`), else the first listed; none: as written."""
    if len(present) > 1:
        beside = set(tokens[max(0, i - 1):i] + tokens[i + 1:i + 2])
        return next((w for w in present if any(w in words and beside & set(words) for words in names)), present[0])
    return present[0] if present else tokens[i]


def _read_phrases(tokens: list[str], have: set[str], names: list[list[str]] = ()) -> list[str]:
    """"kids getting hurt" ~ inj_30d, "show up more" ~ attendance: a verb phrase read as the data's word
    (not where a column's name has all its words, "repeat guests" ~ repeatGuests, nor before a word of a
    column's name, "sell more winners", unless the entry says so: "Saturday-and-Sunday footfall" ~ wkend)."""
    for entry in vocab("idioms")["phrases"].values():
        present = [w for w in entry["column_words"] if w in have]
        if len(present) != 1 or [present[0]] in names and sum(present[0] in words for words in names) > 1:
            continue  # (`retention` beside retention_rate: the phrase fits both, so it stays as said)
        for form in entry["forms"]:
            words = form.split()
            if set(words) <= have:
                continue
            k = 0
            while k <= len(tokens) - len(words):
                after = tokens[k + len(words)] if k + len(words) < len(tokens) else ""
                if tokens[k:k + len(words)] == words and (after not in have or entry.get("before_names")):
                    tokens = tokens[:k] + present + tokens[k + len(words):]
                k += 1
    return tokens


def join_again(tokens: list[str], col_vocab: Iterable[str]) -> list[str]:
    """"book again", "order again", "repeat bookings": the verb written with "re-" where a column's word spells it
    so (rebookRate, reorder30d); "again" (or "repeat") then goes, as the column's name says it."""
    words = tuple(w for w in col_vocab if len(w) > 4)
    out: list[str] = []
    for tok in tokens:
        if tok == "again" and out and out[-1].isalpha() and any(w.startswith("re" + stem(out[-1])) for w in words):
            out[-1] = "re" + out[-1]
            continue
        # "repeat bookings" ~ REBOOK_60D, "repeat orders" ~ reorder_rate: the noun written with "re-" there too
        if out and out[-1] == "repeat" and tok.isalpha() and any(w.startswith("re" + stem(tok)) for w in words):
            out[-1] = "re" + tok
            continue
        out.append(tok)
    return out
