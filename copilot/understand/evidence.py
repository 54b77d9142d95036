"""Hard evidence: a token that is exactly a column identifier binds to that column.

An analyst who has seen the file writes identifiers: `qsmk`, "wt82_71", (dailySteps), `bp.sys`.
Such a token is the strongest evidence a question can carry, so it is bound *before* any fuzzy
matching and can never be outvoted by a similar-looking word nearby. A paraphrase written right
beside it ("weight change from 1971 to 1982 (wt82_71)", "qsmk (quit smoking)") names the same
variable, so it is absorbed into the same mention instead of being matched to another column.

`bind_identifiers` rewrites the question with one sentinel word per bound identifier; the text
pipeline turns each sentinel back into a mention of its column (`sentinel_column`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from copilot.understand import vocab
from copilot.understand.text import ABBREVIATIONS, name_words

_IDENT_RX = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*")
_SENTINEL_RX = re.compile(r"zzcol(\d+)zz")
_QUOTES = "`'\"“”‘’"


@dataclass
class Bound:
    """One identifier bound to a column; `text` is the span it replaced (paraphrase included)."""

    column: str
    text: str
    paren: bool


def sentinel(index: int) -> str:
    return f"zzcol{index}zz"


def sentinel_index(token: str) -> int | None:
    m = _SENTINEL_RX.fullmatch(token)
    return int(m.group(1)) if m else None


def _norm(name: str) -> str:
    return re.sub(r"[_.\-\s]", "", name).lower()


def _identifier_like(token: str) -> bool:
    """snake_case, digits, dots or camelCase: a name nobody writes by accident."""
    return bool(re.search(r"[_.\d]", token) or re.search(r"[a-z][A-Z]", token))


def _upper_code(token: str, column: str, question: str) -> bool:
    """"ate HARNESS_AUDIT on INJURY": a word written in capitals exactly as an all-capitals column name, in a
    question that is not itself written in capitals, is that column's name, not the English word."""
    if token != column or not column.isupper() or len(column) < 3:
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w]*", question) if w != token and len(w) > 1 and not _identifier_like(w)]
    return sum(w.isupper() for w in words) * 2 < len(words)


def _wrapped(question: str, start: int, end: int) -> str | None:
    """'(' when the token sits alone in parentheses, 'q' when in quotes/backticks, else None."""
    i, j = start, end
    while i > 0 and question[i - 1] in _QUOTES + " ":
        i -= 1
    while j < len(question) and question[j] in _QUOTES + " ":
        j += 1
    if i > 0 and question[i - 1] == "(" and j < len(question) and question[j] == ")":
        return "("
    if start > 0 and question[start - 1] in _QUOTES and end < len(question) and question[end] in _QUOTES:
        return "q"
    return None


_PASSIVE_AUX = frozenset({"be", "been", "being", "is", "are", "was", "were", "get", "gets", "got", "getting"})


def _passive(words: list, k: int) -> bool:
    """Word k is a participle after an auxiliary ("be enrolled", "got referred"): a verb, not a name."""
    return k > 0 and words[k].group(0).lower().endswith("ed") and words[k - 1].group(0).lower() in _PASSIVE_AUX


def _spelt_out(target: str) -> set[str]:
    """The words a column name abbreviates (tx_success -> {"treatment"}), which may stand in its paraphrase."""
    return {w for part in name_words(target) if part in ABBREVIATIONS for w in ABBREVIATIONS[part].split()} \
        if target else set()


def _paraphrase_start(question: str, paren_at: int, stops: dict[int, str] | None = None, target: str = "") -> int:
    """Where the paraphrase written before '(' begins (char index), walking back over words."""
    voc = vocab("evidence")
    boundary, joiners, soft = set(voc["boundary"]), set(voc["number_joiners"]), set(voc["soft_boundary"])
    verbs = set(voc["verb_or_noun"])
    spelt = _spelt_out(target)
    words = list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'_-]*|[^\sA-Za-z0-9]", question[:paren_at]))
    start = paren_at
    taken = 0
    k = len(words) - 1
    if k >= 0 and words[k].group(0).lower() in _EFFECT_NOUNS:
        return start  # "the shelf-life benefit (SHELF_LIFE_D) of ...": the effect is the sentence's, the name before it
    while k >= 0 and taken < voc["max_paraphrase_words"]:
        w = words[k].group(0)
        low = w.lower()
        other = (stops or {}).get(words[k].start())
        if not re.match(r"[A-Za-z0-9]", w) or _SENTINEL_RX.fullmatch(low) or \
                other is not None and other.lower() not in target.lower():
            break  # punctuation, or another variable's identifier ("baseline HbA1c (hba1c_baseline)" stays whole)
        if low in spelt:  # "treatment success (tx_success)": the word the name abbreviates is part of it
            start, taken, k = words[k].start(), taken + 1, k - 1
            continue
        if taken > 0 and (low.endswith("s'") or low.endswith("'s")):
            break  # "which clinics' no-show rates (noshow_90d)": the possessive names the units, not the variable
        before = words[k - 1].group(0).lower() if k else ""
        if low in voc["compound_heads"] and re.fullmatch(r"[a-z]{3,}", before) and before not in boundary:
            start, taken, k = words[k].start(), taken + 1, k - 1  # "the urate target (...)": a compound's head
            continue
        if low in verbs and taken > 0 and (words[k + 1].group(0).lower() not in boundary
                                           or words[k + 1].group(0).lower() in _DETERMINERS):
            break  # "does quitting change weight gain (wt82_71)", "move the score (x)": a verb; "weight change (from 1971 ...)" a noun
        if taken > 0 and _passive(words, k):
            break  # "should be enrolled in app dispatch (uses_app)": a passive verb, not part of the name
        if _value_not_name(words, k, target):
            break  # "at an altitude of 2000 m (altitude_m)": the number is the value asked about, not the name
        if low in boundary:
            # "from 1971 to 1982": a joiner between numbers stays inside the paraphrase; so does the "to"
            # of a time or distance to an event ("time to disposition (days_to_disposition)")
            nxt = words[k + 1].group(0) if k + 1 < len(words) else ""
            before = words[k - 1].group(0).lower() if k else ""
            if low == "to" and before in voc["until_heads"]:
                start, taken, k = words[k].start(), taken + 1, k - 1
                continue
            if not (low in joiners and nxt[:1].isdigit()) and not _inside_phrase(words, k, soft, boundary):
                break
        start = words[k].start()
        taken += 1
        k -= 1
    return start


_DETERMINERS = {"the", "a", "an", "their", "its", "his", "her", "our", "your"}
_EFFECT_NOUNS = {"effect", "effects", "impact", "impacts", "benefit", "benefits"}


_VALUE_LINKS = {"of", "is", "=", "==", "at", "was", "were", "equals", "equal", "around", "about", "reaches", "with"}


def _value_not_name(words: list, k: int, target: str) -> bool:
    """Word k is a number that gives a value ("an altitude of 2000 m (altitude_m)"), not one that is part
    of the name: a year range ("from 1971 to 1982 (wt82_71)") or a number the identifier writes
    ("employment at 12 months (employed_12m)")."""
    w = words[k].group(0)
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", w) or any(w.endswith(d) for d in re.findall(r"\d+", target)):
        return False  # "the 1971 cigarette price (price71)": a number of the name
    if k == 0 or words[k - 1].group(0).lower() not in _VALUE_LINKS:
        return False  # only "<name> of / is / = <number>" gives a value
    joiners = set(vocab("evidence")["number_joiners"])
    text = [x.group(0).lower() for x in words]
    is_num = lambda j: 0 <= j < len(text) and bool(re.fullmatch(r"\d[\d,.]*", text[j]))  # noqa: E731
    return not (k >= 2 and text[k - 1] in joiners and is_num(k - 2)) and \
        not (text[k + 1:k + 2] and text[k + 1] in joiners and is_num(k + 2))


def _inside_phrase(words: list, k: int, soft: set[str], boundary: set[str]) -> bool:
    """'participation in the job training program (treat)': a soft word ('in', 'of', 'the') with a
    content word before it is inside the paraphrase; 'effect of X (x)' stops at 'of' ('effect' is a
    sentence word)."""
    j = k
    while j >= 0 and words[j].group(0).lower() in soft:
        j -= 1
    if j < 0 or j == k and words[k].group(0).lower() not in soft:
        return False
    before = words[j].group(0)
    if _passive(words, j) or before.lower() in vocab("evidence")["change_nouns"]:
        return False  # "be enrolled in X (x)": the verb's preposition; "the bump in X (x)": the change's
    return bool(re.match(r"[A-Za-z0-9]", before)) and before.lower() not in boundary and \
        not _SENTINEL_RX.fullmatch(before.lower())


def bind_identifiers(question: str, columns: list[str]) -> tuple[str, list[Bound]]:
    """The question with each exact identifier (and its paraphrase) replaced by a sentinel word.

    Plain dictionary words ("age", "income") are left to the ordinary matcher unless quoted or in
    parentheses: it already matches them exactly and knows their context ("older than 60").
    """
    if not columns:
        return question, []
    exact = {c.lower(): c for c in columns}
    normal: dict[str, str] = {}
    for c in columns:
        normal.setdefault(_norm(c), c)
    index = {c: i for i, c in enumerate(columns)}
    hits: list[tuple[int, int, str, str | None]] = []
    for m in _IDENT_RX.finditer(question):
        tok = m.group(0)
        col = exact.get(tok.lower())
        if col is None and (_identifier_like(tok) or any(_identifier_like(c) for c in [normal.get(_norm(tok), "")])):
            col = normal.get(_norm(tok))
        if col is None:
            continue
        wrap = _wrapped(question, m.start(), m.end())
        if wrap is None and not _identifier_like(tok) and not _identifier_like(col) and not _upper_code(tok, col, question):
            continue
        if len(tok) == 1 and wrap is None and tok != col:
            continue
        hits.append((m.start(), m.end(), col, wrap))
    # "`members start`": a name with spaces, quoted or in backticks, is as exact as one written in code
    for m in re.finditer(r"[`\"“]([^`\"“”]{2,60})[`\"”]", question):
        col = exact.get(" ".join(m.group(1).split()).lower())
        if col is not None and " " in col.strip():
            hits.append((m.start(1), m.end(1), col, "q"))
    if not hits:
        return question, []
    out = question
    bound: list[Bound] = []
    limit = len(out) + 1
    for start, end, col, wrap in sorted(hits, reverse=True):
        if end > limit:  # inside a paraphrase already bound to a later identifier
            continue
        s, e = start, end
        if wrap == "(":
            s = out.rfind("(", 0, start)
            e = out.find(")", end) + 1
            s = _paraphrase_start(out, s, {h[0]: h[2] for h in hits} | _names_in_words(out[:s], columns, col), col)
        elif wrap == "q":
            s, e = start - 1, end + 1
        # "qsmk (quit smoking)": a parenthesised paraphrase right after the identifier
        after = re.match(r"\s*\(([^()]{1,60})\)", out[e:])
        if after and not _IDENT_RX.fullmatch(after.group(1).strip()) and not _SENTINEL_RX.search(after.group(1)) and \
                not any(x.lower() in exact for x in re.findall(r"[A-Za-z_][\w.]*", after.group(1))):
            e += after.end()
        text = out[s:e].strip()
        out = out[:s] + f" {sentinel(index[col])} " + out[e:]
        limit = s
        bound.append(Bound(col, text, wrap == "("))
    return re.sub(r"[ ]{2,}", " ", out).strip(), list(reversed(bound))


def _names_in_words(text: str, columns: list[str], target: str) -> dict[int, str]:
    """{char position of each word: column} where another column's name of two or more words is written out
    in words ("does the magnet ban slow laps (LAP_TIME_S_V2)" beside MAGNET_BAN): no paraphrase runs into it."""
    out: dict[int, str] = {}
    low = text.lower()
    for c in columns:
        words = name_words(c)
        if c == target or len(words) < 2 or not all(len(w) >= 3 and w.isalpha() for w in words):
            continue
        for m in re.finditer(r"\b" + r"[\s_-]+".join(map(re.escape, words)) + r"\b", low):
            out.update((w.start() + m.start(), c) for w in re.finditer(r"\S+", m.group(0)))
    return out


def sentinel_column(token: str, columns: list[str]) -> str | None:
    """The column a sentinel token stands for (None for ordinary tokens)."""
    i = sentinel_index(token)
    return columns[i] if i is not None and i < len(columns) else None


def join_spaced_names(question: str, names: list[str]) -> str:
    """"appRating v2" beside appRating and appRatingV2, "sbp 12m" beside sbp_12m: a column's name and a tag
    with a digit after it that together, run on or joined by "_", are another column's exact name are
    that column (the tag was written apart)."""
    lower = {n.lower(): n for n in names}
    words = list(re.finditer(r"(?<![\w.`])[A-Za-z0-9][A-Za-z0-9_]*\b", question))
    out, last = [], 0
    for a, b in zip(words, words[1:]):
        if a.start() < last or question[a.end():b.start()].strip(" ") or a.group().lower() not in lower \
                or not any(ch.isdigit() for ch in b.group()):
            continue  # a name, then a tag with a digit (v2, 12m, 2023), only spaces between
        name = next((lower[j] for glue in ("", "_") if (j := f"{a.group()}{glue}{b.group()}".lower()) in lower), None)
        if name:
            out += [question[last:a.start()], name]
            last = b.end()
    return "".join(out) + question[last:]
