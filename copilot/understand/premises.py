"""Reading (in)dependence statements and causal hypotheses written in English.

The parser does not pattern-match whole sentences. It finds the variables a sentence mentions
(longest name first, so "ice cream sales" wins over "sales"), splits off the conditioning clause
("given ...", "conditional on ...", "controlling for ...", "holding ... fixed", before or after the
main clause), and reads the polarity (dependent / independent, with negations) or the causal relation
from the words that remain. Variable names come from the premise's own list ("a closed system of 3
variables, A, B and C") when there is one, otherwise from the shape of each statement."""

from __future__ import annotations

import re

from copilot.errors import UserError
from copilot.understand.hypothesis_named import named_third
from copilot.understand.premise_lex import (
    ALL_RELATIONS,
    CAUSAL,
    CLAUSE_BREAK,
    COLLIDER,
    COMPLETE,
    COND_FILLER,
    COND_LEAD,
    COND_TAIL,
    CONTRAST_PAIR,
    CONFOUNDER,
    DEPENDENT,
    DIRECT,
    INDEPENDENT,
    INTRO,
    LEADING_FILLER,
    MEDIATED,
    NOT_A_NAME,
    NOT_DIRECT,
    NOT_INDEPENDENT,
    PAIR_SHAPES,
    PASSIVE,
    PREFIX_KNOWN,
    PAIRWISE,
    PRONOUN,
    SHARED_SUBJECT,
    SUFFIX_COND,
    SUFFIX_KNOWN,
    TOKEN,
    ParsedHypothesis,
    ParsedPremise,
    Statement,
)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip()


def _strip_name(name: str) -> str:
    name = _clean(name).strip(" ,.;:!?\"'()[]")
    name = re.sub(r"^(?:the|a|an|variable|variables|node)\s+", "", name, flags=re.I)
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return name.strip()


def split_name_list(text: str) -> list[str]:
    """'A, B and C' / 'ice cream sales, temperature, and drownings' -> names."""
    text = _clean(text).rstrip(".")
    parts = re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+and\s+|\s+&\s+|\s*;\s*", text)
    return [p for p in (_strip_name(p) for p in parts) if p]


def _sentences(text: str) -> list[str]:
    text = _clean(text)
    text = re.sub(r"^\s*premise\s*:\s*", "", text, flags=re.I)
    # split at sentence ends (not inside decimals) and at semicolons / newlines
    parts = re.split(r"(?<=[.!?;])\s+|\n+", text)
    out = []
    for part in parts:
        part = part.strip().rstrip(".;!").strip()
        if part:
            out.append(part)
    return out


class _Names:
    """Canonical variable names with case-insensitive, longest-first mention finding."""

    def __init__(self, names: list[str] | None = None):
        self.names: list[str] = []
        self._lower: dict[str, str] = {}
        for name in names or []:
            self.add(name)

    def add(self, name: str) -> str:
        name = _strip_name(name)
        if not name:
            raise UserError("A statement names an empty variable.", hint="Write e.g. 'A correlates with B'.")
        key = name.lower()
        if key not in self._lower:
            self._lower[key] = name
            self.names.append(name)
        return self._lower[key]

    def _pattern(self) -> re.Pattern:
        """One alternation, longest names first; one-letter names ("A") must match their case, or every
        article "a" would be a variable."""
        if getattr(self, "_cached", None) is None or self._cached[0] != len(self.names):
            parts = [
                re.escape(n) if len(n) == 1 else f"(?i:{re.escape(n)})"
                for n in sorted(self.names, key=len, reverse=True)
            ]
            body = "|".join(parts) or "(?!)"
            self._cached = (len(self.names), re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"))
        return self._cached[1]

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, name) mentions in text order."""
        exact = {n: n for n in self.names}
        return [
            (m.start(), m.end(), exact.get(m.group(0)) or self._lower[m.group(0).lower()])
            for m in self._pattern().finditer(text)
        ]


def _split_condition(sentence: str) -> list[tuple[str, str | None]]:
    """Candidate (main clause, conditioning clause or None) readings, most likely first.

    A leading conditioning list is ambiguous at its commas ("Given C, D and E, A and B are
    independent"), so every comma after the lead is offered, the last one first; the caller keeps
    the first reading that names exactly two variables in the main clause.
    """
    candidates: list[tuple[str, str | None]] = []
    m = PREFIX_KNOWN.match(sentence)
    if m:
        candidates.append((m.group("main"), m.group("cond")))
    lead = re.match(rf"^{COND_LEAD}\s+", sentence, re.I)
    if lead:
        rest = sentence[lead.end():]
        commas = [c.start() for c in re.finditer(r",", rest)]
        for c in reversed(commas):
            candidates.append((rest[c + 1 :], re.sub(COND_TAIL + r"\s*$", "", rest[:c], flags=re.I)))
    for pattern in (SUFFIX_KNOWN, SUFFIX_COND):
        m = pattern.match(sentence)
        if m:
            candidates.append((m.group("main"), m.group("cond")))
    candidates.append((sentence, None))
    return [(main.strip(" ,"), cond.strip(" ,") if cond is not None else None) for main, cond in candidates]


def _polarity(clause_without_names: str) -> bool | None:
    """True = independent, False = dependent, None = not a statistical statement."""
    if NOT_INDEPENDENT.search(clause_without_names):
        return False
    if INDEPENDENT.search(clause_without_names):
        return True
    if DEPENDENT.search(clause_without_names):
        return False
    return None


def _discover_pair(clause: str) -> tuple[str, str] | None:
    for shape in PAIR_SHAPES:
        m = shape.match(clause)
        if m:
            return _strip_name(m.group("x")), _strip_name(m.group("y"))
    return None


def _variable_list(text: str) -> tuple[list[str] | None, str]:
    """Names from 'a closed system of N variables, A, B and C', and the text without that intro."""
    m = INTRO.search(text)
    if not m:
        return None, text
    names = split_name_list(m.group("names"))
    # the benchmark's intro continues "All the statistical relations ... are as follows: A correlates ..."
    rest = text[: m.start()] + " " + text[m.end():]
    return (names or None), rest


def _mask(text: str, names: _Names) -> tuple[str, list[str]]:
    """Replace each variable mention by a token so that names never collide with the grammar."""
    found = names.mentions(text)
    for k in range(len(found) - 1, -1, -1):
        start, end, _ = found[k]
        text = text[:start] + f" \u27e6{k}\u27e7 " + text[end:]
    return _clean(text), [name for _, _, name in found]


def _token_names(text: str, tokens: list[str]) -> list[str]:
    return [tokens[int(k)] for k in TOKEN.findall(text)]


def _read_clause(clause: str, names: _Names) -> tuple[str, str, list[str], bool] | str | None:
    """One statement: (x, y, given, independent); None when the clause states no (in)dependence;
    an error message (str) when it looks like a statement but cannot be read as exactly one."""
    masked, tokens = _mask(clause, names)
    if not tokens:
        return None
    error: str | None = None
    for main, cond in _split_condition(masked):
        polarity = _polarity(TOKEN.sub(" VAR ", main))
        if polarity is None:
            continue
        pair = list(dict.fromkeys(_token_names(main, tokens)))
        if len(pair) != 2:
            error = error or f"this statement should name exactly two variables, but I found {len(pair)}"
            continue
        given: list[str] = []
        if cond:
            if re.search(r"[A-Za-z0-9]", COND_FILLER.sub("", TOKEN.sub(" ", cond))):
                error = error or "the conditioning set names something that is not a variable"
                continue
            given = _token_names(cond, tokens)
        if set(pair) & set(given):
            error = error or "a variable cannot be conditioned on in its own statement"
            continue
        return pair[0], pair[1], given, polarity
    return error


def _segments(sentence: str, valid) -> list[str] | None:
    """Cut a sentence at commas / 'and' / 'but' into the fewest clauses that `valid` accepts each."""
    parts = CLAUSE_BREAK.split(sentence)
    pieces, gaps = parts[0::2], parts[1::2]
    n = len(pieces)
    best: dict[int, list[str] | None] = {n: []}
    for i in range(n - 1, -1, -1):
        best[i] = None
        for j in range(n, i, -1):  # longest first: fewest clauses
            if best[j] is None:
                continue
            text = pieces[i] + "".join(g + p for g, p in zip(gaps[i : j - 1], pieces[i + 1 : j]))
            if valid(text.strip()):
                candidate = [text.strip()] + best[j]
                if best[i] is None or len(candidate) < len(best[i]):
                    best[i] = candidate
    return best[0]


def _plausible_name(name: str) -> bool:
    return (
        bool(name)
        and len(name.split()) <= 8
        and "," not in name
        and _polarity(name) is None
        and not NOT_A_NAME.search(name)
    )


def _expand_sentence(sentence: str) -> list[str]:
    """Split 'A correlates with B and with C' into its two statements (else the sentence as it is)."""
    m = SHARED_SUBJECT.match(sentence)
    if m and _polarity(m.group("head")) is not None:
        return [f"{m.group('head')} {m.group('a')}", f"{m.group('head')} {m.group('b')}"]
    m = CONTRAST_PAIR.match(sentence)  # "A and B are correlated but become independent given C": both hold
    if m and _polarity(m.group("first")) != _polarity(m.group("second")):
        return [f"{m.group('pair')} are {m.group('first')}", f"{m.group('pair')} are {m.group('second')}{m.group('tail')}"]
    for rx in PAIRWISE:  # "A, B and C are all correlated": every pair of the list, one statement each
        m = rx.match(sentence)
        names = list(dict.fromkeys(split_name_list(m.group("names")))) if m else []
        if len(names) < 3 or "rel" in rx.groupindex and not (m.group("every") or m.group("all") or m.group("each")):
            continue
        apart = (m.groupdict().get("rel") or "").lower() in ("independent", "uncorrelated", "unrelated")
        link = "is independent of" if apart else "is correlated with"
        rest = re.sub(r"^,?\s*(?:and|but|while|whereas)\s+", "", m.group("rest") or "").strip()
        return [f"{a} {link} {b}" for i, a in enumerate(names) for b in names[i + 1:]] + ([rest] if rest else [])
    return [sentence]


def _resolve_pronouns(sentence: str, names: "_Names", earlier: list[str]) -> str:
    """Replace 'they' / 'the two' / 'both' by the last two variables named before it."""
    for m in reversed(list(PRONOUN.finditer(sentence))):
        named = earlier + [n for _, _, n in names.mentions(sentence[: m.start()])]
        recent = list(dict.fromkeys(reversed(named)))[:2]
        if len(recent) == 2:
            sentence = sentence[: m.start()] + f"{recent[1]} and {recent[0]}" + sentence[m.end():]
    return sentence


def _discover_clause(clause: str) -> list[str] | None:
    """Variable names of one statement read from its shape (when the premise lists no variables)."""
    for main, cond in _split_condition(clause):
        if _polarity(main) is None:
            continue
        pair = _discover_pair(main)
        if not pair or not all(_plausible_name(p) for p in pair) or pair[0].lower() == pair[1].lower():
            continue
        given = split_name_list(cond) if cond else []
        if not all(_plausible_name(g) for g in given):
            continue
        return [*pair, *given]
    return None


def _display_form(name: str, text: str) -> str:
    """The spelling of `name` used mid-sentence (so 'Smoking' at a sentence start becomes 'smoking')."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.I):
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?:;":
            return m.group(0)
    return name


def parse_premise(text: str) -> ParsedPremise:
    """Variables and statements of a premise; raises UserError when nothing can be read."""
    if not text or not text.strip():
        raise UserError("The premise is empty.", hint="State correlations such as 'A correlates with B. A is independent of C.'")
    listed, body = _variable_list(_clean(text))
    body = ALL_RELATIONS.sub(" ", body)
    names = _Names(listed)
    sentences = [LEADING_FILLER.sub("", LEADING_FILLER.sub("", s).strip()).strip() for s in _sentences(body)]
    sentences = [part for s in sentences for part in _expand_sentence(s)]

    # First pass (only without a variable list): learn names from the shape of each statement.
    if listed is None:
        for sentence in sentences:
            clauses = _segments(sentence, lambda c: _discover_clause(LEADING_FILLER.sub("", c)) is not None) or []
            for clause in clauses:
                for name in _discover_clause(LEADING_FILLER.sub("", clause)) or []:
                    names.add(_display_form(name, body))

    statements: list[Statement] = []
    ignored: list[str] = []
    index = {name: i for i, name in enumerate(names.names)}
    mentioned: list[str] = []
    for sentence in sentences:
        sentence = _resolve_pronouns(sentence, names, mentioned)
        mentioned += [n for _, _, n in names.mentions(sentence)]
        read = _read_clause(sentence, names)
        if read is None:
            ignored.append(sentence)  # e.g. "We measured A, B and C." or a greeting
            continue
        clauses = [sentence] if not isinstance(read, str) else _segments(
            sentence, lambda c: isinstance(_read_clause(LEADING_FILLER.sub("", c), names), tuple)
        )
        if clauses is None:
            known = ", ".join(names.names) or "none"
            raise UserError(
                f"Could not read '{sentence}': {read} (known variables: {known}).",
                hint="Write one relation per sentence, e.g. 'A correlates with B. A and C are independent given B.' "
                "and list the variables first ('Suppose a closed system of 3 variables, A, B and C.').",
            )
        for clause in clauses:
            x, y, given, independent = _read_clause(LEADING_FILLER.sub("", clause), names)
            ix, iy = index[x], index[y]
            statements.append(
                Statement(min(ix, iy), max(ix, iy), frozenset(index[g] for g in given), independent, clause)
            )
    if not statements:
        raise UserError(
            "The premise states no correlation or independence.",
            hint="Write e.g. 'A correlates with B. B correlates with C. A is independent of C.'",
        )
    return ParsedPremise(names.names, statements, ignored, complete=bool(COMPLETE.search(text)))


def parse_hypothesis(text: str, variables: list[str]) -> ParsedHypothesis:
    """The relation type and its two variables; raises UserError when the claim is not one we check."""
    sentence = _clean(text)
    sentence = re.sub(r"^\s*(?:hypothesis|claim|question)\s*:\s*", "", sentence, flags=re.I)
    sentence = sentence.rstrip(" ?.!")
    masked, tokens = _mask(sentence, _Names(variables))
    pair = list(dict.fromkeys(tokens))
    third = named_third(masked, tokens) if len(pair) == 3 else None
    if third is not None:
        return third
    if len(pair) != 2:
        raise UserError(
            f"The hypothesis should name exactly two of the variables ({', '.join(variables)}), "
            f"but I found {len(pair)}: '{text.strip()}'.",
            hint="E.g. 'A directly causes B', 'There is a common cause of A and B' or 'Is C a confounder of A "
                 "and B?'.",
        )
    first, second = pair
    stripped = _clean(TOKEN.sub(lambda m: " X " if tokens[int(m.group(1))] == first else " Y ", masked))
    if COLLIDER.search(stripped):
        return ParsedHypothesis("has_collider", first, second)
    if CONFOUNDER.search(stripped):
        return ParsedHypothesis("has_confounder", first, second)
    if not CAUSAL.search(stripped):
        raise UserError(
            f"The hypothesis makes no causal claim I can check: '{text.strip()}'.",
            hint="Ask about a direct cause, an indirect cause, a common cause or a common effect.",
        )
    # the causal words between the two names decide the direction: "X causes Y" vs "X is caused by Y"
    i, j = stripped.find(" X "), stripped.find(" Y ")
    between = stripped[i : j + 3] if 0 <= i < j else stripped
    passive = bool(PASSIVE.search(between))
    if NOT_DIRECT.search(stripped):  # "..., but not directly": an ancestor that is not a parent
        return ParsedHypothesis("non-child descendant" if passive else "non-parent ancestor", first, second)
    if MEDIATED.search(stripped):  # "causes something else which causes": a path through another variable
        return ParsedHypothesis("mediated descendant" if passive else "mediated ancestor", first, second)
    if re.search(r"\bancestor\b", stripped, re.I):
        return ParsedHypothesis("descendant" if passive else "ancestor", first, second)
    if re.search(r"\bdescendant\b", stripped, re.I):
        return ParsedHypothesis("descendant", first, second)
    if DIRECT.search(stripped):
        return ParsedHypothesis("child" if passive else "parent", first, second)
    return ParsedHypothesis("descendant" if passive else "ancestor", first, second)
