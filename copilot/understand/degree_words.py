"""A quantity asked by its adjective: "how close the boats get" ~ approach_dist_m, "how deep the net is set" ~
net_depth_m, "how long the gear soaks" ~ soak_hr. The adjective names the dimension, the column's name writes
the dimension (or its unit); the words around it name no column. Only where exactly one numeric column writes
that dimension: "how long" beside two durations names neither."""

from __future__ import annotations

import itertools

from copilot.understand.match_words import _PER_TIME
from copilot.understand.text import DETERMINERS, FUNCTION_WORDS, ColumnInfo, _is_id, stem

# adjective -> the words a column's name uses for that dimension (a word, an abbreviation or a unit)
_DIMENSION = {
    **dict.fromkeys(("close", "near", "far"), {"dist", "distance", "proximity", "km", "mi"}),
    **dict.fromkeys(("deep", "shallow"), {"depth", "dep", "fm"}),
    **dict.fromkeys(("thick", "thin"), {"thick", "thickness", "um"}),
    **dict.fromkeys(("heavy",), {"weight", "wt", "mass", "kg", "lb", "lbs"}),
    **dict.fromkeys(("hot", "warm", "cold", "cool"), {"temp", "temperature", "tmp"}),
    **dict.fromkeys(("fast", "slow", "quick"), {"speed", "spd", "kts", "kn", "mph", "kmh"}),
    **dict.fromkeys(("wide", "narrow"), {"width", "wid"}),
    **dict.fromkeys(("old",), {"age"}),
    **dict.fromkeys(("loud", "noisy", "quiet"), {"noise", "db", "loudness"}),
    **dict.fromkeys(("long",), {"duration", "dur", "length", "len", "hrs", "hr", "hours", "min", "mins", "minutes",
                                "days", "weeks", "wks", "wk", "months"}),
    **dict.fromkeys(("tall", "high"), {"height", "ht"}),
}


# noun -> the adjective of its dimension ("body weight" is a weight, whatever time it is said at)
_NOUN_OF = {"weight": "heavy", "weights": "heavy", "mass": "heavy", "temperature": "hot", "temperatures": "hot",
            "speed": "fast", "speeds": "fast", "distance": "close", "distances": "close", "depth": "deep",
            "thickness": "thick", "width": "wide", "height": "tall", "heights": "tall", "length": "long",
            "duration": "long", "noise": "loud"}


def noun_dimension(word: str) -> frozenset[str]:
    """The words a column's name uses for the dimension a noun names (weight -> weight, wt, kg, ...)."""
    return frozenset(_DIMENSION[_NOUN_OF[word]]) if word in _NOUN_OF else frozenset()


def how_adjective(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'how close' -> (score, start, end, column) for the one numeric column that writes the dimension (or the
    twins that are that one measure taken at several times)."""
    out: list[tuple[float, int, int, str]] = []
    for i in range(len(tokens) - 1):
        # ("depends on how old they are", "varies with how deep": a modifier said as a question, left to the roles)
        if tokens[i] != "how" or tokens[i + 1] not in _DIMENSION or tokens[i - 1:i] in (["on"], ["with"], ["upon"]):
            continue
        # "how long until", "how long it takes": the time to an event, not a measured duration
        if tokens[i + 1] == "long" and tokens[i + 2:i + 3] in (["until"], ["till"], ["before"], ["ago"], ["to"]):
            continue  # ("how long to head-start them": the duration of the action named next)
        owners = [c.name for c in _writing(columns, _DIMENSION[tokens[i + 1]])]
        # ("depend on how old they are": the words "how old" are the variable's slot; "how heavy the bears are":
        # wt_kg_bl and wt_kg_6m)
        if _one_measure_named(owners, columns):
            out += [(0.7, i, i + 2, o) for o in owners]
    return out


def _one_measure_named(owners: list[str], columns: list[ColumnInfo]) -> bool:
    """The columns a word names are one column, or two or three that are one measure taken at several times."""
    from copilot.understand.times import one_measure  # (times reads this module's dimension nouns)

    return len(owners) == 1 or 1 < len(owners) <= 3 and bool(one_measure(owners, columns))


_BECOME = frozenset("make makes made making get gets got getting grow grows grew growing become becomes became "
                    "stay stays stayed end ends ended come comes came".split())
_PRONOUNS = frozenset("them it him her us they".split())
_TIME_TAKEN = frozenset("time secs sec seconds hrs hr hours min mins minutes duration dur".split())
_BEFORE_AFTER = frozenset("before after pre post bl fu baseline followup".split())  # (time_before, time_after: one time)


def comparative_alone(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """"does the diet make them heavier" ~ wt_kg_out: a comparative of a dimension, after a verb of becoming,
    names the numeric columns that write that dimension (twins by time are then told apart as any twins)."""
    out: list[tuple[float, int, int, str]] = []
    for i, tok in enumerate(tokens):
        dims = dimension_of(tok) if tok.endswith("er") and tok not in ("longer", "older", "higher") else frozenset()
        lead = [t for t in tokens[max(0, i - 2):i] if t not in _PRONOUNS]
        # ("does a fat supplement make sled dogs faster": the units named between the verb and the comparative)
        named = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k] in _BECOME), None)
        units = named is not None and 1 <= i - named - 1 <= 3 and all(
            t.isalpha() and (t in DETERMINERS or t not in FUNCTION_WORDS) for t in tokens[named + 1:i])
        if not dims or not lead or lead[-1] not in _BECOME and not units:
            continue
        owners = [c.name for c in _writing(columns, dims)]
        if not owners and dims == _DIMENSION["fast"]:  # ("make gig crews quicker" ~ time_after: with no speed
            owners = [c.name for c in _writing(columns, _TIME_TAKEN)]  # column, the one time taken)
            cores = {tuple(w for w in c.words if w not in _BEFORE_AFTER) for c in columns if c.name in owners}
            owners = owners if _one_measure_named(owners, columns) or len(cores) == 1 else []
        out += [(0.7, i, i + 1, o) for o in owners if len(owners) <= 3]
    return out


_SIZE_WORDS = frozenset("big bigger biggest large larger largest small smaller smallest".split())
_SIZE_NAMES = frozenset({"size", "sz"})
_AREA_NAMES = frozenset({"area", "acres", "acre", "ha", "hectares", "sqft", "sqm", "m2", "km2"})
_AGE_WORDS = frozenset("older oldest younger youngest".split())
_AGE_NAMES = frozenset({"age"})


def sized_noun(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """"the effect of larger groups" ~ groupSize, "bigger farms" ~ farm_size: a size adjective before the noun
    a size column names (the one such column, or twins of one measure taken at several times)."""
    out: list[tuple[float, int, int, str]] = []
    for i, tok in enumerate(tokens[:-1]):
        # ("an older horse" ~ HORSE_AGE: an age adjective before the noun an age column names)
        names = _SIZE_NAMES if tok in _SIZE_WORDS else _AGE_NAMES if tok in _AGE_WORDS else None
        if names is None:
            continue
        noun = stem(tokens[i + 1])
        owners = [c.name for c in _writing(columns, names) if any(stem(w) == noun for w in c.words if w not in names)]
        # "do bigger mazes ..." where each row is a maze (MAZE_ID): the one column that measures the units' size
        if not owners and names is _SIZE_NAMES and noun in {stem(w) for c in columns if _is_id(c) for w in c.words}:
            owners = [c.name for c in _writing(columns, _AREA_NAMES)]  # (not librarySize: the size of what it has)
            owners = owners if len(owners) == 1 else []
        if _one_measure_named(owners, columns):
            out += [(0.8, i + 1, i + 2, o) for o in owners]  # (the adjective stays a word of the question)
    return out


def _starts_alike(a: str, b: str) -> bool:
    """One stem starts the other, both of 4+ letters ("seized" ~ seizure)."""
    return min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def measure_noun(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """"the weight of scales and meat seized" ~ SEIZURE_KG: a dimension's noun, "of", and within the clause a
    word that starts like the column's other word: the one numeric column writing that dimension and that word."""
    out: list[tuple[float, int, int, str]] = []
    for i, tok in enumerate(tokens[:-1]):
        dims = noun_dimension(tok)
        if not dims or tokens[i + 1] != "of":
            continue
        clause = list(itertools.takewhile(lambda w: w.isalpha(), tokens[i + 2:i + 8]))
        hits = []
        for c in _writing(columns, dims):
            rest = [stem(w) for w in c.words if w not in dims and len(w) >= 4 and w not in FUNCTION_WORDS]
            # (or is that word: "the length of the ride" ~ RIDE_MIN)
            end = next((i + 3 + k for k, w in enumerate(clause) if any(_starts_alike(stem(w), r) or stem(w) == r
                                                                       for r in rest)), None)
            if end is not None:
                hits.append((0.9, i, end, c.name))
        out += hits if len(hits) == 1 else []
    return out


_AMOUNT_UNITS = frozenset({"kg", "g", "t", "lb", "lbs", "l", "km", "m", "n", "usd", "eur", "gbp", "kwh", "units"})


def _writing(columns: list[ColumnInfo], dims: set[str] | frozenset[str]) -> list[ColumnInfo]:
    """The numeric columns (no ids) whose names write the dimension."""
    return [c for c in columns if c.type == "numeric" and not _is_id(c) and writes_dimension(c.words, dims, _AMOUNT_UNITS)]


def writes_dimension(words: list[str], dims: frozenset[str] | set[str],
                     not_after: frozenset[str] | set[str] = frozenset()) -> bool:
    """A name writes the dimension, not as the unit of a rate: a word of `dims` that does not follow a word of
    `not_after` (outputKgHr is an amount per hour, no duration; sessionsPerWk a count per week)."""
    return any(w in dims and not (k and words[k - 1] in not_after) for k, w in enumerate(words))


def dimension_of(word: str) -> frozenset[str]:
    """The words a column's name uses for the dimension an adjective or its comparative names ("longer" ->
    duration, min, ...; "heavier" -> weight, kg, ...); empty for other words."""
    for base in (word, word[:-2], word[:-1], word[:-3], word[:-3] + "y"):  # thicker, closer, bigger, heavier
        if base in _DIMENSION and (base == word or word.endswith("er")):
            return frozenset(_DIMENSION[base])
    return frozenset()


# a period and the ways a name writes "per" it ("hours a week" ~ PRACT_HRS_WK, "minutes a day" ~ prac_min_day):
# the codes of `match_words._PER_TIME`, the period itself and its adjective
_PERIOD_CODES = {p: _PER_TIME[p] | {p, adj} for p, adj in
                 (("week", "weekly"), ("day", "daily"), ("month", "monthly"), ("year", "yearly"))}
_PERIOD_CODES["year"] |= {"annual"}


def amount_per_period(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """"practising more hours a week" ~ PRACT_HRS_WK: a unit and "a / per <period>" after more / fewer / extra
    name the one numeric column that writes both (the time unit, the period)."""
    from copilot.understand.measure_units import unit_word  # (measure_units reads mentions, which reads this)

    out: list[tuple[float, int, int, str]] = []
    for i, tok in enumerate(tokens[:-3]):
        unit, per, period = unit_word(tokens[i + 1]), tokens[i + 2], tokens[i + 3]
        if tok not in ("more", "fewer", "less", "extra") or per not in ("a", "per", "each", "every") or \
                period not in _PERIOD_CODES or unit == tokens[i + 1] or unit in _PERIOD_CODES[period]:
            continue
        owners = [c.name for c in columns if c.type == "numeric" and not _is_id(c) and unit in c.words
                  and _PERIOD_CODES[period] & set(c.words)]
        out += [(0.8, i + 1, i + 4, owners[0])] if len(owners) == 1 else []
    return out
