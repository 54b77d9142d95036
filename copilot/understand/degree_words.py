"""A quantity asked by its adjective: "how close the boats get" ~ approach_dist_m, "how deep the net is set" ~
net_depth_m, "how long the gear soaks" ~ soak_hr. The adjective names the dimension, the column's name writes
the dimension (or its unit); the words around it name no column. Only where exactly one numeric column writes
that dimension: "how long" beside two durations names neither."""

from __future__ import annotations

from copilot.understand.text import ColumnInfo, _is_id

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
                                "days"}),
    **dict.fromkeys(("tall", "high"), {"height", "ht"}),
}


def how_adjective(tokens: list[str], columns: list[ColumnInfo]) -> list[tuple[float, int, int, str]]:
    """'how close' -> (score, start, end, column) for the one numeric column that writes the dimension."""
    out: list[tuple[float, int, int, str]] = []
    for i in range(len(tokens) - 1):
        # ("depends on how old they are", "varies with how deep": a modifier said as a question, left to the roles)
        if tokens[i] != "how" or tokens[i + 1] not in _DIMENSION or tokens[i - 1:i] in (["on"], ["with"], ["upon"]):
            continue
        # "how long until", "how long it takes": the time to an event, not a measured duration
        if tokens[i + 1] == "long" and tokens[i + 2:i + 3] in (["until"], ["till"], ["before"], ["ago"]):
            continue
        dims = _DIMENSION[tokens[i + 1]]
        owners = [c.name for c in columns if c.type == "numeric" and not _is_id(c) and _writes(c.words, dims)]
        if len(owners) == 1:  # ("depend on how old they are": the words "how old" are the variable's slot)
            out.append((0.7, i, i + 2, owners[0]))
    return out


_AMOUNT_UNITS = frozenset({"kg", "g", "t", "lb", "lbs", "l", "km", "m", "n", "usd", "eur", "gbp", "kwh", "units"})


def _writes(words: list[str], dims: set[str]) -> bool:
    """A name writes the dimension, not a rate per it (outputKgHr is an amount per hour, no duration)."""
    return any(w in dims and not (k and words[k - 1] in _AMOUNT_UNITS) for k, w in enumerate(words))


def dimension_of(word: str) -> frozenset[str]:
    """The words a column's name uses for the dimension an adjective or its comparative names ("longer" ->
    duration, min, ...; "heavier" -> weight, kg, ...); empty for other words."""
    for base in (word, word[:-2], word[:-1], word[:-3], word[:-3] + "y"):  # thicker, closer, bigger, heavier
        if base in _DIMENSION and (base == word or word.endswith("er")):
            return frozenset(_DIMENSION[base])
    return frozenset()
