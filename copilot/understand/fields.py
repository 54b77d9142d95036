"""Task fields beyond kind and roles: instrument, estimand, the `at` point of a conditional effect,
policy questions (language-model audits: `audit_reading.py`).

Each reader is a plain function over the normalised text or the skeleton (variables as `<k>`), with
its cue vocabulary in `vocab/fields.json` / `vocab/audit.json`. A named instrument must never become
the treatment, and "on those who took part" asks for a different number (the ATT) than the ATE:
a parser that drops these fields answers a different question without saying so.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any, Callable

from copilot.task import Condition
from copilot.understand import vocab
from copilot.understand.text import name_words, stem


@functools.lru_cache(maxsize=None)
def _rx(name: str, key: str) -> re.Pattern:
    return re.compile(vocab(name)[key])


def find_instrument(skeleton: str) -> tuple[int | None, int | None]:
    """(mention index of the named instrument, index of the variable it instruments) in a skeleton."""
    voc = vocab("fields")
    inst = instrumented = None
    for pattern, group in voc["instrument_skeleton"]:
        m = re.search(pattern, skeleton)
        if m:
            inst = int(m.group(group))
            break
    for pattern, group in voc["instrumented_skeleton"]:
        m = re.search(pattern, skeleton)
        if m and int(m.group(group)) != inst:
            instrumented = int(m.group(group))
            break
    return inst, instrumented


def estimand(text: str, tokens: list[str] | None = None, treatment_spans: list[tuple[int, int]] | None = None,
             mention_tokens: set[int] = frozenset(), treatment_stems: frozenset[str] = frozenset()) -> str:
    """'att' for the effect on those treated ("on those who took part"), 'atc' on the untreated, else 'ate'.

    Beyond the phrase lists: a relative clause about the units that names the treatment ("for athletes
    who took creatine", "among households that were actually visited by a CHW", "for herds that don't
    do teat dipping", "for districts that got a barrier" with `barrier_installed`) restricts the effect
    to the treated, or with a negation to the untreated; so does a short units phrase that names it
    ("among adopters" of `stove_adopt`, "for club members", "for households without a tank")."""
    if _rx("fields", "atc").search(text):
        return "atc"
    if _rx("fields", "att").search(text) or _WITHOUT_IT.search(text):
        return "att"
    if tokens and (treatment_spans or treatment_stems):
        return _estimand_from_clause(tokens, treatment_spans or [], mention_tokens, treatment_stems,
                                     counterfactual=bool(_COUNTERFACTUAL.search(text)))
    return "ate"


# the counterfactual mood: "would … have", "had they", "if they had", "had been": a question about what
# would have happened to units that did not get the treatment names them as the subject, with no "for"
_COUNTERFACTUAL = re.compile(r"\bwould(?:n't| not)? (?:\S+ ){0,8}?have\b|\bhad (?:they|it|those|these|he|she)\b|"
                             r"\bif (?:they|it|he|she) had\b|\bhad been\b|\bif (?:\S+ ){1,9}?had\b|"
                             # "would the guides who haven't done it see fewer injuries if they did?"
                             r"\bwould\b.{0,120}\bif (?:they|it|he|she) (?:did|do|were)\b|"
                             # "if orchards that don't bag their fruit started doing it, what would happen"
                             # ("if the untrained crews were trained, how would …")
                             r"\bif (?:\S+ ){1,9}?(?:started|began|switched|adopted|took up|were to|got|were|became)\b"
                             r".{0,80}\b(?:would|what_happens)\b|"
                             # "would non-endorsed shops export more if a player endorsed them?" ("would the houses
                             # without a syrup bar see more revisits if they added one?")
                             r"\bwould\b.{0,120}\bif (?:\S+ ){1,6}?[a-z]+ed (?:them|it|one)\b|"
                             # "if the cafes without trained staff trained them, what would that do to …"
                             r"\bif (?:\S+ ){1,6}?[a-z]+ed (?:them|it)\b.{0,80}\bwould\b")


# "… had they not been mulched": what the treated would have had without it
_WITHOUT_IT = re.compile(r"\bhad (?:they|it|he|she) (?:not|never) (?:been )?[a-z]+ed\b")
_CLAUSE_INTRO = {"for", "among", "on", "in", "of", "at"}
_RELATIVE = {"who", "that", "which", "where", "whose"}
_CLAUSE_END = {",", ".", "?", ";", ":", "what", "how", "is", "does", "do", "did", "would", "will", "compared"}
_NEGATION = {"not", "n't", "never", "no", "without", "lack", "lacks", "lacked", "lacking", "skipped", "refused", "declined", "missed"}
_ANAPHORA = {"it", "one", "them"}
# verbs that alone say the units took the treatment up ("the venues that converted")
_ADOPTED = {"converted", "adopted", "switched", "participated", "enrolled", "joined", "complied", "upgraded",
            "signed", "opted", "subscribed", "registered", "migrated", "transitioned"}


# endings that make another form of the same word ("cert" -> "certification", "certified")
_DERIVED = {"ification", "ifications", "ified", "ifying", "ication", "ation", "ations", "ing", "ed", "er", "ers",
            "ment", "ments", "ion", "ions", "ive"}
_TOOK = {"received", "got", "took", "used", "had", "attended", "completed", "bought", "installed", "implemented",
         "followed", "did", "tried"}
_STAYED = {"stuck", "stayed", "kept", "remained", "continued"}
_SWITCH = {"switching", "switch", "switched", "moving", "move", "moved", "changing", "change", "changed", "converting",
           "convert", "upgrading", "upgrade"}
_UNITS_INTRO = {"for", "among", "at"}
_AGENT_SUFFIXES = ("ers", "ees", "ants", "ents", "ists", "ors")


def _estimand_from_clause(tokens: list[str], treatment_spans: list[tuple[int, int]],
                          mention_tokens: set[int] = frozenset(), treatment_stems: frozenset[str] = frozenset(),
                          counterfactual: bool = False) -> str:
    inside = {k for a, b in treatment_spans for k in range(a, b)}
    # the treatment said again in another form ("Fairtrade certification" ... "the plots not certified")
    starts = {tokens[k][:6] for k in inside if len(tokens[k]) >= 6 and tokens[k].isalpha()}

    def names_word(word: str, said: bool = True) -> bool:  # a word of the treatment column's name ("barrier")
        # (a part of a hyphenated word too: "the non-certified plantations" of "GAP certification")
        # (or a longer form of a name word: "obtained certification" of CERT_HALLMARK)
        # (or, `said`, of a word the question used for the treatment)
        return any(stem(part) in treatment_stems or said and len(part) >= 6 and part[:6] in starts
                   or any(len(s) >= 4 and s.isalpha() and part.startswith(s)
                          and part[len(s):] in _DERIVED for s in treatment_stems)
                   for part in word.split("-") if len(part) >= 3)

    def names_it(k: int) -> bool:  # the treatment itself, or a word of its column's name
        return k in inside or names_word(tokens[k])

    if counterfactual and _untreated_subject(tokens, names_it, mention_tokens, names_word):
        return "atc"
    intros = _CLAUSE_INTRO | ({"if", "would"} if counterfactual else set())
    for i, tok in enumerate(tokens):
        if tok not in intros:
            continue
        rel = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j] in _RELATIVE), None)
        if rel is None:
            # "what would a digital workflow have done … for the maps still drawn by hand": units that kept what they had
            j = i + 1 + (tokens[i + 1:i + 2] == ["the"])
            if counterfactual and tok in _UNITS_INTRO and j not in mention_tokens and tokens[j + 1:j + 2] == ["still"] \
                    and re.fullmatch(r"[a-z]{3,}s", tokens[j]):
                return "atc"
            verdict = _units_phrase(tokens, i, names_it, lambda w: names_word(w, said=False)) if tok in _UNITS_INTRO else None
            if verdict:
                return verdict
            continue
        # "for athletes who ...": the words between name the units, never a variable ("on basket value ... who");
        # a plural noun right before "who/that" is the units' name even where it fits a column loosely
        # ("on routes that ran storytime" ~ route_km, "for the complaints that were fast-tracked")
        head = rel - 1 if rel - 1 > i and re.fullmatch(r"[a-z]{3,}[^s]s", tokens[rel - 1]) else None
        # (a name right before that noun only says which units: "for the rope makers that did mechanise" ~ ropeDiamMm)
        units = set(itertools.takewhile(lambda k: k in mention_tokens and k > i, range(head - 1, i, -1))) if head else set()
        if any(tokens[k] in _CLAUSE_END or (k in mention_tokens and k != head and k not in units) for k in range(i + 1, rel)):
            continue
        end = next((k for k in range(rel + 1, min(rel + 14, len(tokens))) if tokens[k] in _CLAUSE_END - {"do", "did", "is"}),
                   min(rel + 14, len(tokens)))
        clause = range(rel + 1, end)
        # "at the venues that converted", "for the firms that took it up": the clause's verb says they adopted it
        verb = clause.start + 1 if tokens[clause.start:clause.start + 1] == ["actually"] else clause.start
        adopted = len(clause) <= 3 and verb < end and tokens[verb] in _ADOPTED
        # "for ensembles that actually received funding": "actually" says the units took something up, and
        # what they took is the treatment however it is worded
        adopted = adopted or verb > clause.start and len(clause) <= 4 and tokens[verb] in _TOOK
        # "what would epoxy have done for the shapers who still use polyester resin": units that kept what
        # they had, asked what the treatment would have done
        if counterfactual and tokens[verb:verb + 1] == ["still"]:
            return "atc"
        # "the children who only attended part-time" beside "full-time attendance": the other level of the treatment
        if any(_other_level(tokens[k], tokens[a]) for k in clause for a in inside):
            return "atc"
        # "among athletes who did the plyometric block" of `plyo_trn`: after a verb of taking part, a word that
        # the name clips
        clipped = verb < end and tokens[verb] in _TOOK and any(
            len(s) >= 4 and s.isalpha() and tokens[k].startswith(s) and len(tokens[k]) >= len(s) + 3
            for k in clause for s in treatment_stems)
        if any(names_it(k) or tokens[k] in _ANAPHORA for k in clause) or adopted or clipped:
            negated = any(tokens[k] in _NEGATION or tokens[k].endswith("n't") for k in clause)
            return "atc" if negated else "att"
        # "for bands that stuck with sheepskin, how much would switching to synthetic bags have lifted ...":
        # units that kept something else, asked what taking the treatment up would have done
        if counterfactual and tokens[verb:verb + 2] in ([w, "with"] for w in _STAYED) and any(
                tokens[k] in _SWITCH and tokens[k + 1:k + 2] == ["to"] and any(names_it(j) for j in range(k + 2, min(k + 6, len(tokens))))
                for k in range(end, len(tokens))):
            return "atc"
    return "ate"


def _other_level(word: str, treated: str) -> bool:
    """Two hyphenated words that differ in their first part only: part-time / full-time, low-dose / high-dose."""
    a, b = word.partition("-"), treated.partition("-")
    return bool(a[1] and b[1]) and a[2] == b[2] and len(a[2]) >= 3 and a[0] != b[0] and a[0].isalpha() and b[0].isalpha()


def _untreated_subject(tokens: list[str], names_it: Callable[[int], bool], mention_tokens: set[int],
                       names_word: Callable[[str], bool]) -> bool:
    """In a counterfactual question, units said to lack the treatment: "would the plants without a
    sorter have had …", "if the sites without dynamic control had it", "the non-member households",
    "if the untrained crews were trained" (the treatment's word with "un-" before the units)."""
    for k, tok in enumerate(tokens):
        if tok.startswith("un") and len(tok) >= 7 and names_word(tok[2:]) and k + 1 < len(tokens) and \
                re.fullmatch(r"[a-z]{3,}s", tokens[k + 1]):
            return True
        # ("if the accounts with no payment plan had been offered one": "with no" as "without")
        unit = k - 1 - (tok == "no" and tokens[k - 1:k] == ["with"])
        if (tok == "without" or unit == k - 2) and unit >= 0 and tokens[unit].endswith("s") and unit not in mention_tokens:
            j = k + 1 + (tokens[k + 1:k + 2] in (["a"], ["an"], ["the"], ["any"]))
            # the treatment's word may follow a modifier ("the firms without surge-style pricing")
            lacked = list(itertools.takewhile(lambda i: tokens[i] not in _CLAUSE_END, range(j, min(j + 3, len(tokens)))))
            if any(names_it(i) for i in lacked):
                return True
        if tok.startswith("non-") and names_it(k) and k + 1 < len(tokens) and tokens[k + 1].endswith("s"):
            return True
    return False


def _units_phrase(tokens: list[str], i: int, names_it: Callable[[int], bool],
                  names_word: Callable[[str], bool] = lambda w: False) -> str | None:
    """'att'/'atc' for a short units phrase closed by punctuation or a new clause that names the
    treatment beside the units ("for club members", "for households without a tank") or as the units
    themselves ("among adopters"); None otherwise ("for coastal farms" is a subgroup, not the treated)."""
    # ("for the children not in the phonics programme": a negated phrase may run two words longer)
    # (so may one whose units are said to have taken it up: "for customers enrolled in the loyalty scheme")
    # (and one whose units are said to have it: "for heliports with an on-site fuel farm, what did having it do")
    reach = 9 if {"not", "without", "with"} & set(tokens[i + 1:i + 5]) or tokens[i + 2:i + 3] and tokens[i + 2] in _ADOPTED else 7
    end = next((k for k in range(i + 1, min(i + reach, len(tokens))) if tokens[k] in _CLAUSE_END), None)
    if end is None and len(tokens) - i - 1 <= 5:
        end = len(tokens)
    if end is None or end - i - 1 < 1:
        return None
    phrase = range(i + 1, end)
    if any(tokens[k].endswith("ed_by") or tokens[k].endswith("ed") and tokens[k + 1:k + 2] == ["by"] for k in phrase):
        return None  # "is the pressure at eight weeks lowered by exercise" (read as "changed_by"): a passive clause
    negated = any(tokens[k] in _NEGATION for k in phrase)
    # "for the clubs not currently running one": a negated phrase may name the treatment by "one" / "it"
    named = [k for k in phrase if names_it(k) or negated and tokens[k] in _ANAPHORA]
    if not named:
        return None
    units = [k for k in phrase if k not in named and tokens[k] not in _NEGATION | {"the", "a", "an", "with"}]
    # "for the promoted puzzles": a plural noun last, after the treatment's word and no word of its name, is the
    # units, even where the treatment's mention took it in as the rest of its name
    last = phrase[-1]
    if not units and len(named) >= 2 and re.fullmatch(r"[a-z]{3,}[^s]s", tokens[last]) and not names_word(tokens[last]):
        units = [last]
    if not units and not any(tokens[k].endswith(_AGENT_SUFFIXES) for k in named):
        return None  # "for the coupon" is the treatment, not the units who took it
    return "atc" if negated or any(tokens[k] == "non" or tokens[k].startswith("non-") for k in phrase) else "att"


def _numeric(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def split_at(conditions: list[Condition], roles: set[str]) -> tuple[list[Condition], dict[str, Any]]:
    """Equalities on another variable are where a conditional effect is evaluated (`CateTask.at`), not
    row filters: at a point of a graded variable ('when class_ratio = 0.2', 'with egfr = 45': no row
    may equal 0.2 exactly), and at a level of a categorical or binary one ('for bicycle couriers',
    'in the Gulu district', 'among women', '(dm = 1)'): the question asks for the effect at a value of
    another variable, which the CATE tool estimates within that group. Ranges ('aged 50 and older')
    stay row filters."""
    keep: list[Condition] = []
    at: dict[str, Any] = {}
    for c in conditions:
        num = _numeric(c.value)
        if c.op == "==" and num is not None and c.column not in roles:
            if num >= 1000 and re.search(r"(?:_[kK]|(?<=[a-z])K)$", c.column):
                num = num / 1000  # "earns 30k" in a column counted in thousands (salary_k) is 30
            at[c.column] = int(num) if float(num).is_integer() else num
        elif c.op == "==" and num is None and c.column not in roles:
            at[c.column] = c.value
        else:
            keep.append(c)
    return keep, at


def is_policy(text: str) -> bool:
    """'which customers should get the coupon?', 'what dose should we choose?': a decision rule."""
    return bool(_rx("fields", "policy").search(text))


def maximize(text: str, outcome: str | None = None) -> bool:
    """False when the user wants the outcome small ('to minimise side effects', 'lower LDL'), or says no
    direction and the outcome is one that is better small ('who gets dmp_enr, objective debt_12m': the
    policy should not raise debt)."""
    if _rx("fields", "minimize").search(text):
        return False
    if outcome and not _rx("fields", "goal_up").search(text):
        voc = vocab("fields")
        words = {stem(w) for w in name_words(outcome)}
        if words & {stem(w) for w in voc["good_when_named_with"]}:
            return True  # wasteDivertedKg, costSaved: the bad thing kept away is the good outcome
        return not words & {stem(w) for w in voc["lower_is_better"]}
    return True


def policy_group_nouns() -> set[str]:
    return set(vocab("fields")["policy_group_nouns"])
