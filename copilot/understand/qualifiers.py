"""Near-synonym columns that differ by a time or scale qualifier (`sbp` / `sbp_followup`,
`hba1c` / `hba1c_fu`, `yield_t_ha` / `yield_t_ha_prev`, `earn30` / `earn30_log`).

Word matching finds the shared stem and cannot tell these apart; the question usually can ("follow-up
HbA1c", "baseline scc", "last season's yield", "earnings in logs"). When the words right around a
mention say a qualifier and the data has the mention's column with that qualifier's suffix, the mention
is that sibling. Exact identifiers are bound before this and never change.
"""

from __future__ import annotations

import dataclasses
import functools

from copilot.understand import vocab
from copilot.understand.mentions import Mention
from copilot.understand.text import ColumnInfo


def _plain(tok: str) -> str:
    return tok.replace("-", "").replace("'s", "").replace("’s", "")


def siblings(columns: list[ColumnInfo]) -> dict[str, dict[str, str]]:
    """{column: {qualifier group: sibling column}}: columns whose names are the same words but for one
    suffix word of a group at either end (`sbp` / `sbp_followup`, `bmi_bl` / `bmi_fu`)."""
    groups = vocab("qualifiers")["groups"]
    families: dict[tuple[str, ...], dict[str, str]] = {}
    for c in columns:
        words = tuple(c.words)
        families.setdefault(words, {}).setdefault("", c.name)
        if len(words) < 2:
            continue
        for base, extra in ((words[:-1], words[-1]), (words[1:], words[0])):
            for name, group in groups.items():
                if extra in group["suffixes"]:
                    families.setdefault(base, {}).setdefault(name, c.name)
    out: dict[str, dict[str, str]] = {}
    for members in families.values():
        if len(members) > 1:
            for col in members.values():
                out.setdefault(col, {}).update({g: other for g, other in members.items() if g and other != col})
    return out


def said_qualifier(tokens: list[str], m: Mention) -> str | None:
    """The qualifier group the words inside the mention, the three words before it or the words right
    after it say, if exactly one."""
    groups = vocab("qualifiers")["groups"]
    before = [_plain(t) for t in tokens[max(0, m.start - 3):m.end]]
    after = " ".join(_plain(t) for t in tokens[m.end:m.end + 4])
    hits = {name for name, g in groups.items()
            if any(w in g["words"] for w in before) or any(after.startswith(_plain(p)) for p in g["after"])}
    return hits.pop() if len(hits) == 1 else None


def apply_qualifiers(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                     fixed_at: set[int]) -> list[Mention]:
    """Mentions moved to the qualified sibling column their words ask for (`fixed_at`: start tokens of
    identifiers written as code, which never move)."""
    sib = siblings(columns)
    if not sib:
        return mentions
    out = []
    for m in mentions:
        group = said_qualifier(tokens, m) if sib.get(m.column or "") and m.start not in fixed_at else None
        target = sib.get(m.column or "", {}).get(group or "")
        out.append(dataclasses.replace(m, column=target) if target else m)
    return out


_UNIT_ARTICLE = {"a", "an", "each", "every", "per", "for", "among", "in", "of"}
_UNIT_CLAUSE = {"with", "that", "who", "which", "where", "whose", "without", "having"}
_UNIT_LEAD = {"which", "what", "whose", "fewer", "many", "all", "these", "those", "other", "more", "most"}


def drop_unit_nouns(tokens: list[str], mentions: list[Mention], columns: list[ColumnInfo],
                    fixed_at: set[int]) -> list[Mention]:
    """Drop mentions that name no variable. "which herds should get it" -> herd_sz, "fewer players churn"
    -> playerAge: a plural noun
    after which/fewer/all/a number names the units the question is about, and matching it to a column
    that only starts with that word (a size, an age, an id of the unit) would make that column a role."""
    words = {c.name: c.words for c in columns}
    out = []
    for m in mentions:
        tok = tokens[m.start] if m.end - m.start == 1 else ""
        prev = tokens[m.start - 1] if m.start else ""
        cw = words.get(m.column or "", [])
        nxt = tokens[m.end] if m.end < len(tokens) else ""
        same_word = len(cw) >= 2 and tok.rstrip("s") == cw[0].rstrip("s")
        unit = m.start not in fixed_at and same_word and (
            (tok.endswith("s") and (prev in _UNIT_LEAD or prev.replace(",", "").isdigit()))
            # "in a herd with ...", "for herds that don't ...": the unit a clause describes
            or (prev in _UNIT_ARTICLE and nxt in _UNIT_CLAUSE))
        # a qualifier word alone ("log", "post", "baseline") says how a variable is measured, not which one
        qualifier_only = m.start not in fixed_at and tok and _plain(tok) in _qualifier_words()
        if not unit and not qualifier_only:
            out.append(m)
    return out


@functools.lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    groups = vocab("qualifiers")["groups"].values()
    return frozenset(w for g in groups for w in g["words"] + g["suffixes"] if not w.isdigit())
