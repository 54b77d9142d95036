"""A number's unit and the column measured in it: "2,500 sq ft home" ~ homeSqft, "700 mm of rain" ~
rain_mm, "slopes of 20 degrees" ~ slope_deg, and the time tag a name carries beside a number (revenue12m),
which is no unit of a value. Split from `points.py`."""

from __future__ import annotations

import dataclasses
import itertools
import re

from copilot.understand.mentions import Mention
from copilot.understand.text import ColumnInfo, parse_number, stem, tokenize
from copilot.understand.units import _plural


_LINK = {"of", "is", "was", "were", "are", "be", "=", "==", "equals", "equal", "to", "at", "about", "around", "roughly",
         "a", "an", "the", "$", "£", "€", "'", '"',  # "(industry_naics '72')"
         "reaches", "reached", "reaching", "gets", "got", "has", "had", "scores", "scored", "scoring", "of about"}


_UNIT = {"degrees": "deg", "degree": "deg", "feet": "ft", "foot": "ft", "meters": "m", "metres": "m", "meter": "m",
         "metre": "m", "kilograms": "kg", "kilos": "kg", "grams": "g", "gram": "g", "hours": "hrs", "hour": "hrs",
         "hr": "hrs", "h": "hrs", "minutes": "min", "mins": "min", "minute": "min", "years": "yrs", "year": "yrs",
         "yr": "yrs", "y": "yrs", "months": "mo", "month": "mo", "mos": "mo", "weeks": "wk", "week": "wk", "wks": "wk",
         "days": "d", "day": "d", "percent": "pct", "%": "pct", "miles": "mi", "mile": "mi", "kilometres": "km",
         "kilometers": "km", "dollars": "usd", "usd": "usd", "liters": "l", "litres": "l", "milligrams": "mg",
         "sqft": "sqft", "celsius": "c", "fahrenheit": "f", "people": "n", "persons": "n", "person": "n", "members": "n",
         "°c": "c", "°f": "f", "°": "deg", "degc": "c", "degf": "f", "knots": "kts", "knot": "kts", "kt": "kts",
         "kn": "kts", "lbs": "lb", "lb": "lb", "cc": "cc",
         "mm": "mm", "millimetres": "mm", "millimeters": "mm", "cm": "cm", "centimetres": "cm", "centimeters": "cm",
         "ml": "ml", "millilitres": "ml", "milliliters": "ml", "ha": "ha", "hectares": "ha", "hectare": "ha",
         "db": "db", "decibels": "db", "decibel": "db", "kwh": "kwh", "inch": "in", "inches": "in",
         "m²": "m2", "m2": "m2", "sqm": "m2", "km²": "km2", "km2": "km2", "fathoms": "fm", "fathom": "fm",
         "microns": "um", "micron": "um", "micrometres": "um", "micrometers": "um", "µm": "um",
         "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "kmh": "kmh", "kph": "kmh",
         "watts": "w", "watt": "w", "kilowatts": "kw", "kilowatt": "kw", "volts": "v", "volt": "v", "rpm": "rpm",
         # two words read as one ("square metres", and a name's SQ_M)
         "squaremetres": "m2", "squaremeters": "m2", "squaremetre": "m2", "squaremeter": "m2", "sqmetres": "m2",
         "sqmeters": "m2", "squarefeet": "sqft", "squarefoot": "sqft"}
# a unit the column's name does not write names its quantity ("on a 90F day" ~ temperature, "30 km from
# town" ~ distance_to_town), when exactly one numeric column is named by that quantity
_QUANTITY_OF_UNIT = {"c": {"temp", "temperature", "tmp"}, "f": {"temp", "temperature", "tmp"},
                     "deg": {"temp", "temperature", "tmp"}, "km": {"distance", "dist"}, "mi": {"distance", "dist"},
                     "kts": {"wind", "speed"}, "mph": {"wind", "speed"}, "kmh": {"speed"},
                     "n": {"size", "sz", "staff", "crew", "headcount"},  # "6 people" ~ hh_size, grp_sz, staffCount
                     # "for orchards above 300 m", "at 6000 ft" ~ altitude
                     **dict.fromkeys(("m", "ft"), {"altitude", "elevation", "alt", "elev"}),
                     "fm": {"depth", "dep"},  # "at 200 fathoms" ~ set_depth
                     "t": {"tonnage"},  # "a crane rated at 100 tonnes" ~ tonnageCap
                     "cc": {"engine", "displacement", "eng"},  # "for 250cc machines" ~ CC_ENGINE
                     "mm": {"thickness", "thick", "gauge"},  # "for a 1.2 mm shell" ~ thickness
                     # "at 1200 watts" ~ WATTAGE, "a 3 kW heater" ~ heater_power
                     **dict.fromkeys(("w", "kw"), {"wattage", "power", "pwr", "watts"}),
                     "v": {"voltage", "volts"}, "rpm": {"speed", "rpm"},
                     **dict.fromkeys(("m2", "km2", "sqft", "ha"), {"size", "area"}),  # "parks of 1200 m²" ~ size
                     **dict.fromkeys(("usd", "gbp", "eur"), {"price", "fare", "fee", "cost"})}  # "at $2.50 a bagel" ~ PRICE
# people counted by who they are: a head count where no column's name writes the word itself
_HEADCOUNT_NOUNS = frozenset({"attendees", "guests", "visitors", "participants", "children", "kids", "pupils",
                              "students", "spectators", "delegates", "passengers"})
# the name part of a column that counts things ("FAMILY_N", "num_beds", "dam_count")
_COUNT_WORDS = frozenset({"n", "num", "no", "count", "ct", "cnt", "number"})
# a currency sign before the number: its unit ("at $2.50 a bagel" ~ PRICE_USD)
_CURRENCY = {"$": "usd", "£": "gbp", "€": "eur"}


_UNIT_WORDS = frozenset(_UNIT) | frozenset(_UNIT.values())
# units that may follow a value and go with it (not "in", mostly the preposition; not a share)
_VALUE_UNITS = _UNIT_WORDS - {"in", "%", "percent"}


def unit_at(tokens: list[str], k: int) -> bool:
    """Token k is the unit of the value before it ("when wind is 20 knots", "a race distance of 500 km")."""
    return k < len(tokens) and tokens[k] in _VALUE_UNITS


def named_after_unit(tokens: list[str], i: int, mentions: list[Mention]) -> tuple[Mention | None, bool]:
    """The column mention right after the number at i and its unit, past "of" or a plural's apostrophe ("10 years
    of experience", "20 years' experience"), or one that opens with the unit ("years of experience" ~ yrs_exp);
    and whether "of" or an apostrophe linked them."""
    k = i + 2
    while k < len(tokens) and tokens[k] in {"of", "'"}:
        k += 1
    m = next((m for m in mentions if m.column and (m.start == k or m.start == i + 1 and m.end > k)), None)
    return m, k > i + 2
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "last", "final", "1st", "2nd", "3rd", "4th"})
_TIME_UNITS = frozenset({"hrs", "min", "yrs", "mo", "wk", "d"})


def unit_word(word: str) -> str:
    """A unit word in one spelling ("weeks", "wks" -> "wk"; "years", "y" -> "yrs")."""
    return _UNIT.get(word, word)


def _unit_column(tokens: list[str], i: int, columns: list[ColumnInfo]) -> tuple[str, int] | None:
    """'2,500 sq ft home' -> homeSqft, 'a 25 m vessel' -> vessel_len_m, 'for 2 months' -> tenureMo: the one
    numeric column whose unit word follows the number (its other words may follow too). (column, end)."""
    nxt = tokens[i + 1:i + 4]
    if not nxt:
        return None
    words = [nxt[0] + nxt[1]] + nxt[2:] if len(nxt) > 1 and nxt[0] + nxt[1] in _UNIT else nxt  # "sq ft"
    if len(nxt) > 2 and nxt[1] in ("/", "per") and nxt[0] + nxt[2] in _UNIT:  # "90 km/h"
        words = [nxt[0] + nxt[2]] + tokens[i + 4:i + 6]
    unit = unit_word(words[0])
    # the words said just before the number, in its clause ("when transit lasted 5 days", "a pan covers 3 ha")
    before = {stem(w) for w in itertools.takewhile(lambda w: w.isalpha(), reversed(tokens[max(0, i - 4):i]))}
    best: list[tuple[float, str]] = []
    for c in columns:
        if c.type != "numeric":
            continue
        cw = _name_units(c.words)
        # "1 hour per week" ~ hrs_per_wk, "35 minutes per game" ~ minutes_pg: the unit first, the rest spelled after it
        # (or said just before it: "when transit lasted 5 days" ~ DAYS_TRANSIT)
        spelled = len(cw) > 1 and unit == cw[0] and (_spells_rest(words[1:], cw[1:]) or all(
            stem(w) in before for w in c.words[1:]))
        # a unit that only divides the name's quantity ("at 12 weeks" is no value of sparring_hrs_wk nor of
        # lessons_per_month, "3 ha" none of yld_t_ha)
        per = [k for k in range(1, len(cw)) if cw[k] == unit]
        rate = bool(per) and all(cw[k - 1] == "per" or cw[k - 1] in _UNIT.values() and (
            unit in _TIME_UNITS or cw[k - 1] not in _TIME_UNITS) for k in per)  # (snow_d_cm: d is depth, no day)
        # a time tag beside a number in the name ("8 years old" is no value of YLD_Y2, nor "5 m" of hba1c_12m)
        # ("7 weeks" is no value of "mortality first week": an ordinal before the unit makes it a window too)
        if per and all(any(w.isdigit() or w in _ORDINAL_WORDS for w in cw[k - 1:k] + cw[k + 1:k + 2]) for k in per):
            continue
        # a one-word name that is the unit itself: "plots over 2 ha" ~ hectares (not a time: "for 3 months")
        if (unit not in cw[1:] or rate) and not spelled and \
                not (len(cw) == 1 and unit == cw[0] and unit not in _TIME_UNITS):
            continue
        # (the words after the unit, up to the clause's end: "15 km from the nearest road" ~ ROAD_DIST_KM, not
        # PATROL_KM_WK; "from", "away" say a distance)
        clause = list(itertools.takewhile(lambda w: w.isalpha(), tokens[i + 2 + len(nxt) - len(words):i + 8]))
        rest = {stem(w) for w in words[1:] + clause if w.isalpha()}
        far = bool({"from", "away"} & set(clause[:2])) and bool(set(c.words) & {"dist", "distance"})
        named_before = 0.5 * bool(before & {stem(w) for w in c.words})  # ("a pan covers 3 ha" ~ pan_area_ha)
        best.append((1 + len(rest & {stem(w) for w in c.words}) + far + named_before, c.name))
    if not best and words[0] in _HEADCOUNT_NOUNS:
        unit = "n"  # "for events with 5000 attendees" ~ eventSize, as "5000 people" is
    if not best and unit in _QUANTITY_OF_UNIT:
        same = set() if unit == "deg" else \
            {u for u, q in _QUANTITY_OF_UNIT.items() if q == _QUANTITY_OF_UNIT[unit]} - {unit, "deg"}
        named = [c.name for c in columns if c.type == "numeric" and set(c.words) & _QUANTITY_OF_UNIT[unit]
                 and not same & {unit_word(w) for w in c.words}]  # not ward_temp_c for "95F"
        if len(named) > 1:  # "a 90 km/h limit" ~ speed limit, of two speeds: the one whose word comes with it
            said = {stem(w) for w in words[1:3] if w.isalpha()} | before
            named = [n for n in named if said & {stem(w) for w in tokenize(n)}]
        # ("600 mm of rain" beside cork_thickness and rainfall: what the amount is of names another column)
        said_after = [w for w in words[2:3] if words[1:2] == ["of"] and w.isalpha() and len(w) >= 4]
        if any(w.startswith(s) or s.startswith(w) for c in columns if c.name not in named
               for s in said_after for w in c.words if len(w) >= 4):
            named = []
        best = [(1, named[0])] if len(named) == 1 else []
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[0][0] == best[1][0]:
        return None  # two columns in the same unit: the words do not say which
    return best[0][1], i + 1 + (len(nxt) - len(words) + 1)


def _name_units(words: list[str]) -> list[str]:
    """A name's words in unit form, two words that spell one unit joined (SQ_M ~ m2, floor_sq_ft ~ sqft)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if k + 1 < len(words) and words[k] + words[k + 1] in _UNIT:
            out.append(_UNIT[words[k] + words[k + 1]])
            k += 2
            continue
        out.append(unit_word(words[k]))
        k += 1
    return out


def _time_tagged(words: list[str], number: str, unit: str) -> bool:
    """Whether a name carries this number and time unit side by side (revenue12m: 12, m; ltv_d30: d, 30)."""
    pairs = zip(words, words[1:])
    return unit_word(unit) in _TIME_UNITS | {"m", "y", "w"} and any(
        (a, unit_word(b)) == (number, unit_word(unit)) or (unit_word(a), b) == (unit_word(unit), number) for a, b in pairs)


def _spells_rest(words: list[str], rest: list[str]) -> bool:
    """The words after a unit spell the column's other name parts: in unit form ('per week' ~ per, wk)
    or by their initials ('per game' ~ pg)."""
    said = [unit_word(w) for w in words if w.isalpha()]
    if said[:len(rest)] == rest or said[:1] == ["of"] and said[1:len(rest) + 1] == rest:  # "15 years of service"
        return True
    return len(rest) == 1 and any("".join(w[0] for w in said[:k]) == rest[0] for k in (2, 3))


def is_unit_of(word: str, col: ColumnInfo) -> bool:
    """`word` is a unit the column's name writes, in any spelling ("lb" ~ drawWeightLbs, "hours" ~ shift_hrs)."""
    return unit_word(word) in {unit_word(w) for w in col.words}


def _names_unit_of(tokens: list[str], i: int, m: Mention, info: dict[str, ColumnInfo]) -> bool:
    """'10 years of tenure' ~ tenureYrs, '100000 followers' ~ follower_cnt: the word after a plain number
    is the column's unit or its own word (so the number is the column's value, not a count of units).
    Not '5 years of experience' (the variable comes after 'of') nor '24m default' (a time tag)."""
    col, word = info.get(m.column or ""), tokens[i + 1]
    if col is None or not re.fullmatch(r"[\d,.]+", tokens[i]) or tokens[m.end:m.end + 1] == ["of"]:
        return False
    return is_unit_of(word, col) or stem(word) in col.stems


def _unit_follows(tokens: list[str], m: Mention, col: ColumnInfo | None) -> bool:
    """'slopes of 20 degrees' (slope_deg): a number in the column's own unit right after it."""
    if col is None or len(col.words) < 2:
        return False
    k = m.end
    while k < len(tokens) and k - m.end < 3 and tokens[k] in _LINK:
        k += 1
    return k + 1 < len(tokens) and parse_number(tokens[k]) is not None and unit_word(tokens[k + 1]) == unit_word(col.words[-1])


def _value_of_unit_column(tokens: list[str], m: Mention, k: int, info: dict[str, ColumnInfo],
                          columns: list[ColumnInfo]) -> bool:
    """The number at `k` after mention `m` carries another column's unit, and that column fits better:
    "households 6.5 km from the clinic" (the units' word, then dist_hc_km's value), "the statin dose is
    40 mg" (statin_dose_mg, whose other words are all said, over `statin`). Not "agent tenure were 3
    months" beside TENURE_MO: AGENT_TENURE is named by more of its words."""
    if k + 1 >= len(tokens) or tokens[k + 1] not in _UNIT_WORDS and "".join(tokens[k + 1:k + 3]) not in _UNIT_WORDS:
        return False  # ("1500 sq ft": a unit in two words)
    hit = _unit_column(tokens, k, columns)
    if not hit or hit[0] == m.column:
        return False
    if m.end - m.start == 1 and _plural(tokens[m.start]) and m.score < 0.95:
        return True
    own, other = info.get(m.column or ""), info[hit[0]]
    # "the crew works at 6000 ft" (elevationFt): a word matched in part, its column in no unit of the number's
    # (not a rate: "a mean current of 2.5 m/s" ~ v_mean_ms)
    if m.loose and own is not None and not is_unit_of(tokens[k + 1], own) and \
            tokens[k + 2:k + 3] != ["per"]:
        return True
    said = {stem(t) for t in tokens[m.start:k]}
    rest = [s for s in other.stems if s not in _UNIT_WORDS]
    return own is not None and bool(rest) and set(rest) <= said and len(rest) > len(own.stems)


def _rate_pair(col: ColumnInfo, columns: list[ColumnInfo]) -> tuple[ColumnInfo, ColumnInfo] | None:
    """(rate, total) where `col` is one of two names that differ only by a "per <unit>" ending
    (lettuceYieldKgPerM2 / lettuceYieldKg, fuelTonnesPerNm / fuelTonnes)."""
    if "per" in col.words:
        base = col.words[:col.words.index("per")]
        total = next((c for c in columns if c.words == base), None)
        return (col, total) if total is not None else None
    rate = next((c for c in columns if len(c.words) > len(col.words) + 1 and c.words[:len(col.words)] == col.words
                 and c.words[len(col.words)] == "per"), None)
    return (rate, col) if rate is not None else None


def _says_unit(said: list[str], unit: list[str]) -> bool:
    """The words after "per" name the rate's unit: as written ("m2"), in another spelling ("square metre" ~ m2,
    "hectare" ~ ha) or by initials ("nautical mile" ~ nm)."""
    code = "".join(unit)
    if not said:
        return False
    if unit_word(said[0]) == unit_word(code):
        return True
    two = said[:2]
    return len(two) == 2 and (two[0][0] + two[1][0] == code or _UNIT.get(two[0] + two[1]) == unit_word(code))


def rate_twins(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo]) -> list[Mention]:
    """'lettuce output per m2' ~ lettuceYieldKgPerM2, 'total lettuce yield' ~ lettuceYieldKg: of two names that
    differ only by a "per <unit>" ending, the rate where "per <its unit>" follows the mention (a word between at
    most), the total where "total" comes right before it. Names written as code stay."""
    by_name = {c.name: c for c in columns}
    out = []
    for m in mentions:
        col = by_name.get(m.column or "")
        pair = _rate_pair(col, columns) if col is not None and not m.identifier else None
        if pair is not None:
            rate, total = pair
            unit = rate.words[rate.words.index("per") + 1:]
            after = tokens[m.end:m.end + 2]
            k = after.index("per") if "per" in after else -1
            if k >= 0 and _says_unit(tokens[m.end + k + 1:m.end + k + 3], unit):
                m = dataclasses.replace(m, column=rate.name, alternatives=[])
            elif tokens[m.start - 1:m.start] == ["total"]:
                m = dataclasses.replace(m, column=total.name, alternatives=[])
        out.append(m)
    return out


def _plausible(value: float, col: ColumnInfo) -> bool:
    """The number lies near the values the data shows (within one spread of them); no values: any."""
    shown = [v for e in col.examples if (v := parse_number(str(e))) is not None]
    if len(shown) < 2:
        return True
    lo, hi = min(shown), max(shown)
    spread = max(hi - lo, abs(hi) * 0.5, 1e-9)
    return lo - spread <= value <= hi + spread
