"""Interpretation of a new question: roles and kind cues -> candidate tasks -> the chosen one (or a
question back)."""

from __future__ import annotations

import re
from typing import Any

from copilot.understand.analysis import Analysis
from copilot.understand.assemble import add_fields, apply_instrument, audit_task, ground_unmatched, second_opinion
from copilot.understand.base import answered, text_has, missing_fields, Candidate, ParseOutcome
from copilot.understand.clarify import ask_confirm, ask_for, ask_reading, clarify_missing, missing_column
from copilot.understand.twins import ambiguous_role
from copilot.understand.off_topic import off_topic_cue
from copilot.understand.cues import (CATE_RX, CHANGE_HOW_MANY, COURSE_TAKEN_RX, DIRECTION_DOUBT_RX, DISCOVER_RX,
                                     DISCOVER_WEAK_RX, EFFECT_RX, MEDIATION_EXPLICIT_RX, MEDIATION_RX, gender_modifier,
                                     generate_task, method_named, split_relation, text_without_names)
from copilot.understand import gate, vocab
from copilot.understand.conditions import group_doubted, group_said_back
from copilot.understand.audit_reading import is_audit
from copilot.understand.fields import is_policy
from copilot.understand.kind import predict as predict_kind
from copilot.understand.lmtie import reading_confidence, lm_choose, lm_should_decide
from copilot.understand.mentions import LOOSE_MATCH
from copilot.understand.roles import identifier_for_loose_role, variable_of, role_votes, Roles


def interpret_question(an: Analysis, lm: Any, q: str) -> ParseOutcome:
    text = an.text
    has_data = bool(an.columns)
    mentions_map = {m.text: m.column for m in an.mentions if m.column}

    # --- relation (stated correlations + causal claim)
    rel = split_relation(q)
    if rel is not None and (not has_data or len({m.column for m in an.mentions if m.column}) < 2
                            or text_has(r"premise|hypothesis|independent of|are independent|correlates with|"
                                    r"correlated with", text)):
        premise, hypothesis = rel
        task = {"kind": "relation", "premise": premise, "hypothesis": hypothesis, "question": q}
        return answered(task, 0.95, [], mentions_map)

    # --- generation
    # "Do PPE audits reduce lti_rate?", "the stewardship audit's effect on C. diff", "CO2 (the audited figure)":
    # with data and no language model named, "audit" is a word about the data, not a model audit
    # a request to generate data whose equations a language model writes is generation, not an audit of
    # that model ("let the language model decide the functional forms ... and generate 500 records"); a model
    # word inside a column's name is the data's ("the effect of AI lip-sync")
    gen = generate_task(an, q)
    if is_audit(text) and not (has_data and not text_has(vocab("audit")["model_words"], text_without_names(an))) and \
            (gen is None or text_has(r"\baudit", text)):
        return audit_task(an, q)
    if gen is not None:
        return gen

    if has_data and an.unmatched:
        an = ground_unmatched(an, lm, q)
        mentions_map = {m.text: m.column for m in an.mentions if m.column}
    roles = role_votes(an)
    ms = an.mentions
    inst = apply_instrument(an, roles)
    effect_cue = text_has(EFFECT_RX, text)
    discover_strong = text_has(DISCOVER_RX, text)
    discover_cue = discover_strong or text_has(DISCOVER_WEAK_RX, text)
    unsupported_hit = off_topic_cue(an)
    unsupported_reason = unsupported_hit[0] if unsupported_hit else None

    written_as_code = {m.key for m in ms if m.identifier}
    # --- roles: mediator and modifier first, then treatment/outcome from what is left
    def best(role: str, exclude: set[int]) -> int | None:
        # a role the user gave an identifier written as code goes to it before any fuzzy match ("by raising
        # soil nitrogen, which lifts yield ... runs through soil_nitrogen_post": the identifier is the mediator)
        other = {"t": "y", "y": "t"}.get(role)
        # a mention voted far more strongly for the other of treatment/outcome is not this role's pick
        # (the bonus goes to a role the identifier was voted for at least as strongly as the other one:
        # "how does the <briefing> effect on incidents12m change with ..." keeps incidents12m the outcome)
        cands = [(v.get(role, 0.0) + (_IDENTIFIER_BONUS if ms[k].key in written_as_code
                                      and v.get(role, 0.0) >= v.get(other or "", 0.0) else 0.0), -k)
                 for k, v in roles.votes.items() if k not in exclude and v.get(role, 0) > 0
                 and not (other and v.get(other, 0.0) >= v.get(role, 0.0) + 2.0)]
        return -max(cands)[1] if cands else None

    def same(a: int | None, b: int | None) -> bool:
        return a is not None and b is not None and ms[a].key == ms[b].key

    # every mention of a variable the user adjusts for ("volunteers … adjust for volunteerCount")
    # (written as code there: a fuzzy word in an adjustment list may be a stray match of a role's column)
    cov_keys = {ms[k].key for k in roles.covariates if k < len(ms)} & {m.key for m in ms if m.identifier}
    taken: set[int] = set(roles.covariates) | {k for k in range(len(ms)) if ms[k].key in cov_keys} | (
        {k for k in range(len(ms)) if ms[k].key == ms[inst].key} if inst is not None else set())
    # a date column keeps when something happened: no cause, effect or step between (unless written as code)
    dates = {c.name for c in an.columns if c.type == "date"}
    dated = {k for k, m in enumerate(ms) if m.column in dates and not m.identifier}
    taken |= dated
    mediator = best("m", dated)
    modifier_ids = [k for k, v in roles.votes.items() if v.get("g", 0) >= 2.0 and v.get("g", 0) >= max(v.get("t", 0), v.get("y", 0))]
    # a mention voted both as treatment/outcome and mediator: the stronger role wins
    if mediator is not None:
        v = roles.votes[mediator]
        if max(v.get("t", 0), v.get("y", 0)) > v["m"] + 0.5:
            mediator = None
    if mediator is not None:
        taken.add(mediator)
    taken |= set(modifier_ids)
    t, y = best("t", taken), best("y", taken)
    # "how much did that raise Y": the one variable voted far more the outcome than the treatment is the outcome
    if t is not None and y is not None and same(t, y) and roles.votes[y].get("y", 0) > roles.votes[t].get("t", 0) + 1:
        t = best("t", taken | {k for k in range(len(ms)) if ms[k].key == ms[y].key})
    else:
        y = best("y", taken | ({t} if t is not None else set()))
    if t is not None and y is not None and same(t, y):
        y = best("y", taken | {k for k in range(len(ms)) if ms[k].key == ms[t].key})
    # fill from order when a role is empty
    free = [k for k in range(len(ms)) if k not in taken and k != t and k != y
            and not (t is not None and same(k, t)) and not (y is not None and same(k, y))]
    seen_keys: set[str] = set()
    free_cols = [k for k in free if (ms[k].column or not has_data)
                 and not (ms[k].key in seen_keys or seen_keys.add(ms[k].key))]
    # (the outcome taken from order is never the mediator said again: "... goes through forum_posts")
    outcomes = [k for k in free_cols if not same(k, mediator)]
    if t is None and y is None and len(free_cols) >= 2:
        t = free_cols[0]
        y = next((k for k in outcomes if k != t), None)
    elif t is None and free_cols:
        t = free_cols[0] if y is None or free_cols[0] != y else (free_cols[1] if len(free_cols) > 1 else None)
    elif y is None and outcomes:
        after = [k for k in outcomes if t is None or ms[k].start > ms[t].start]
        y = (after or outcomes)[0]
    # a mediation reading keeps the roles as voted: a spare identifier there is the mediator ("do discounts
    # grow revenue by pulling more people into the store (foot_traffic)?")
    t_voted, y_voted = t, y
    t, y = identifier_for_loose_role(an, t, y, taken, modifier_ids, mediator)

    def ty(kind: str) -> tuple[int | None, int | None]:
        return (t_voted, y_voted) if kind == "mediation" else (t, y)
    directional = roles.directional
    keys_ty = {ms[k].key for k in (t, y) if k is not None}
    modifier_ids = [k for k in modifier_ids if ms[k].key not in keys_ty]

    # --- kind
    mediation_cue = text_has(MEDIATION_RX, re.sub(COURSE_TAKEN_RX, "took_course", text_without_names(an)))
    cate_cue = text_has(CATE_RX, text) or bool(modifier_ids)
    n_vars = len({m.key for m in ms if m.column or not has_data})

    kind_scores: dict[str, float] = {}
    if discover_cue:
        kind_scores["discover"] = 3.0
    if mediator is not None:
        kind_scores["mediation"] = 3.5
    elif has_data and text_has(MEDIATION_EXPLICIT_RX, text):
        kind_scores["mediation"] = 5.0  # "split it into direct and indirect parts": asked for the mediator, never an ATE
    elif mediation_cue and n_vars >= 3:
        kind_scores["mediation"] = 2.0
    if cate_cue:
        kind_scores["cate"] = 3.0 if modifier_ids else 2.8
    if effect_cue and t is not None and y is not None:
        kind_scores["ate"] = 2.5 if directional else 1.8
    elif t is not None and y is not None and has_data:
        kind_scores["ate"] = 1.0  # two columns named together, no cue: an effect question is the likely reading
    if unsupported_hit:
        weight = unsupported_hit[1]
        explicit = text_has(r"effect|impact|\bcaus|affect|influenc|mediat|graph|\bdag\b|\b[a-z]+ed_by\b", text) or \
            text_has(CHANGE_HOW_MANY, text)
        if weight > 3.0 or not explicit:
            kind_scores["unsupported"] = weight
        elif not has_data:
            kind_scores["unsupported"] = 1.0
        # with data, a weak off-topic cue ("how many", "predicted") in a question worded as an effect is
        # no refusal: the effect is read, and asked about where its variables are not found
    # discovery phrasing that names a single target ("what drives churn?") beats an ATE without a clear cause
    if discover_cue and not directional:
        kind_scores["discover"] = 3.6
    if discover_cue and not discover_strong and n_vars == 2 and t is not None and y is not None:
        kind_scores["discover"] = 1.5  # "X and Y: what's the causal relationship?" names a pair: an effect
    # "is there a causal link between X and Y?", "X -> Y or the other way round?": asked in which direction
    direction_unsaid = n_vars == 2 and t is not None and y is not None and (text_has(DIRECTION_DOUBT_RX, text) or (
        text_has(r"\b(?:causal (?:link|relationship|connection|relation)|(?:causal )?(?:effect|impact|influence)s?) between\b", text) and
        not text_has(r"\b(?:on|affects?|causes?|drives?|effect of|impact of|influences?|leads? to)\b", text)))
    if direction_unsaid and discover_cue:
        kind_scores["discover"] = 1.5
    if discover_cue and directional and n_vars >= 3 and text_has(r"(?:which|what) (?:of )?", text):
        kind_scores["discover"] = 3.6
    if "ate" in kind_scores and max(kind_scores.get("cate", 0), kind_scores.get("mediation", 0)) >= 2.8:
        kind_scores["ate"] = min(kind_scores["ate"], 1.5)  # a specific cue beats the generic effect reading
    if "mediation" in kind_scores and "cate" in kind_scores and mediator is not None and not modifier_ids:
        kind_scores["cate"] -= 1.5

    def _cue_features() -> dict[str, float]:
        return {
            "cue_discover_strong": float(discover_strong), "cue_discover": float(discover_cue),
            "cue_mediation": float(mediation_cue), "cue_cate": float(text_has(CATE_RX, text)), "cue_effect": float(effect_cue),
            "cue_unsupported": unsupported_hit[1] if unsupported_hit else 0.0, "has_data": float(has_data),
            "n_vars": min(n_vars, 6) / 6, "directional": float(directional), "vote_mediator": float(mediator is not None),
            "vote_modifier": float(bool(modifier_ids)), "cue_policy": float(is_policy(text)),
            "has_conditions": float(bool(an.conditions)), "has_t": float(t is not None), "has_y": float(y is not None),
            "because_third": float(_because_third(an, t, y)),
            **{f"score_{k}": kind_scores.get(k, 0.0) for k in ("ate", "cate", "mediation", "discover", "unsupported")},
        }

    # "which tenants should be prioritised for legal aid to minimise displacement?": with data, a decision
    # rule is a causal question even when its columns are not found yet; ask for them, never turn it away
    policy_with_data = has_data and is_policy(text)
    if policy_with_data:
        kind_scores.pop("unsupported", None)
    doubtful_kind = False
    if not kind_scores and policy_with_data:
        kind_scores["ate"] = 1.0  # a policy candidate is built from the effect reading (assemble)
    if not kind_scores:
        if not effect_cue and not discover_cue:
            reason = unsupported_reason or (
                "That does not look like a causal question. I can estimate the effect of one variable on another "
                "(e.g. 'What is the effect of X on Y?'), find who benefits most, split an effect through a "
                "mediator, learn a causal graph, reason from stated correlations, or generate SD-SCM data.")
            kind_scores["ate"] = 1.0  # what the learned model would see if the question went on as an effect
            if not _model_reads_causal(q, _cue_features(), t, y, has_data):
                if not (unsupported_reason is None and _asks_about_variables(q, an, t, y)):
                    return answered({"kind": "unsupported", "reason": reason, "question": q}, 0.8, [], mentions_map)
                doubtful_kind = True  # "does a paid membership stop people leaving?": ask, never declare it off-topic
        kind_scores["ate"] = 1.0  # the learned model's second opinion below may re-read it
    cues = _cue_features()

    ranked = sorted(kind_scores.items(), key=lambda kv: -kv[1])
    cands: list[Candidate] = []
    for kind, score in ranked:
        cands += _build(kind, score, an, *ty(kind), mediator, modifier_ids, roles, directional, q, unsupported_reason)
    cands = [c for c in cands if c is not None]
    if not cands:
        return clarify_missing(an, t, y, mediator, ranked[0][0], q)
    cands.sort(key=lambda c: -c.score)
    for c in cands:
        c.task = add_fields(c.task, an, inst)

    # unmatched phrase in a role slot when there is data -> ask (missing column)
    missing = missing_column(an, roles, cands[0])
    if missing is not None:
        return missing

    confidence = reading_confidence(cands)
    if lm is not None and len(cands) > 1 and lm_should_decide(cands):
        chosen, confidence = lm_choose(lm, q, cands)
        cands = [chosen] + [c for c in cands if c is not chosen]
    top = cands[0]
    incomplete = missing_fields(top.task)
    if incomplete:
        out = ask_for(top.task, incomplete, an, q)
        out.features = cues
        return out
    other = second_opinion(cues, q, text, top, lambda k: [
        Candidate(add_fields(c.task, an, inst), c.score, c.reading)
        for c in _build(k, 0.0, an, *ty(k), mediator, modifier_ids, roles, directional, q, unsupported_reason)])
    if other is not None and other[0] == "ask":
        out = ask_reading(top, other[1], an)
        out.features = cues
        return out
    if other is not None:  # the learned model decides where the structural cues were silent
        top, cands = other[1], [other[1], top] + cands[1:]
        confidence = min(confidence, 0.7)
    # words that fit twin columns are asked about on the reading that is answered, whichever decided it
    before = {f: top.task.get(f) for f in ("treatment", "outcome", "mediator")}
    unsure = ambiguous_role(an, top.task, q) if has_data else None
    for f, col in before.items():  # a twin the words name took the role: the reading says it too
        if col and top.task.get(f) and top.task[f] != col:
            top.reading = re.sub(rf"\b{re.escape(col)}\b", top.task[f], top.reading)
    if unsure is not None:
        unsure.features = cues
        return unsure
    if direction_unsaid and top.task.get("kind") == "ate":
        T, Y = top.task["treatment"], top.task["outcome"]
        back = Candidate({**top.task, "treatment": Y, "outcome": T}, top.score, f"the average effect of {Y} on {T}")
        out = ask_reading(top, back, an)
        out.features = cues
        return out
    if doubtful_kind:
        off_topic = _build("unsupported", 0.0, an, t, y, mediator, modifier_ids, roles, directional, q, None)
        return ask_reading(top, off_topic[0], an)
    gate_in = gate.inputs(gate.features(an, top, cands, roles.votes, directional, written_as_code), cues)
    sure = gate.p_right(gate_in)
    if sure is not None and sure < gate.threshold() and gate.applies(gate_in, top.task.get("kind")):
        alt = gate.other_reading(top, cands) if other is None else None
        # not sure: name the two best readings, or ask whether the one reading is meant, instead of answering
        out = ask_reading(top, alt, an) if alt is not None else ask_confirm(top, an)
        out.features, out.gate = cues, gate_in
        return out
    alternatives = [{"task": c.task, "score": round(c.score, 3), "reading": c.reading} for c in cands[1:5]]
    out = answered(top.task, confidence, alternatives, mentions_map)
    out.features, out.gate = cues, gate_in
    return out


_IDENTIFIER_BONUS = 1.0
_BECAUSE = re.compile(r"\b(?:because|by (?:\w+ing)|so that|which (?:then|in turn)|leading to|thanks to)\b")


def _asks_about_variables(q: str, an: Analysis, t: int | None, y: int | None) -> bool:
    """A yes/no question about two of the data's variables ('Does a paid membership stop people leaving
    the site?'): with no effect word it may still be causal, so it is asked about, not turned away."""
    named = {m.key for m in an.all_mentions}  # columns, and phrases naming none (paraphrases not yet grounded)
    # the question proper may follow a clause ("For plots of 40 acres, what does extra fertiliser do to the harvest?")
    clauses = [c.strip() for c in re.split(r"[,;:]", q.lower())]
    asks = any(re.match(r"(?:does|do|did|is|are|was|were|can|could|will|would|has|have)\b|"
                        r"(?:what|how)(?: much| many)?(?: more| less| fewer| extra)? (?:does|do|did|would|will|could|can)\b",
                        c) for c in clauses)
    return bool(an.columns) and (t is not None and y is not None and t != y or len(named) >= 2) and asks


def _because_third(an: Analysis, t: int | None, y: int | None) -> bool:
    """A third variable in a 'because ...' / 'by pushing ...' clause after the treatment and outcome: a
    story about how the effect works (mediation) or about who selects into it (confounding); the learned
    model weighs it."""
    if t is None or y is None:
        return False
    keys = {an.mentions[t].key, an.mentions[y].key}
    m = _BECAUSE.search(an.skeleton)
    if not m:
        return False
    later = re.findall(r"<(\d+)>", an.skeleton[m.end():])
    return any(int(k) < len(an.mentions) and an.mentions[int(k)].key not in keys for k in later)


def _model_reads_causal(q: str, cues: dict[str, float], t: int | None, y: int | None, has_data: bool) -> bool:
    """No cue table fired: before calling it "not a causal question", ask the learned kind model. With
    a named variable and a confident data-analysis kind ("Which deductible level should we set to
    keep claim amounts lowest?") the question goes on as a weak effect reading, which the model's
    second opinion then re-reads as its kind."""
    if (t is None and y is None) or not has_data:
        return False
    probs = predict_kind(cues, q) or {}
    best = max(probs, key=probs.get) if probs else "unsupported"
    return best != "unsupported" and probs[best] >= vocab("kind_decision")["override_min_probability"]


def _build(kind: str, score: float, an: Analysis, t: int | None, y: int | None, mediator: int | None,
           modifier_ids: list[int], roles: Roles, directional: bool, q: str, reason: str | None) -> list[Candidate]:
    """Valid candidate tasks of one kind (plus the reversed reading when the direction is a guess)."""
    has_data = bool(an.columns)
    conds = [c.model_dump() for c in an.conditions]
    role_ids = {t, y, mediator, *modifier_ids}
    cov_ids = [k for k in roles.covariates if k not in role_ids]
    T, Y = variable_of(an, t), variable_of(an, y)
    # a variable with a role is never also adjusted for (another mention of the outcome in the list)
    covs = list(dict.fromkeys(v for v in (variable_of(an, k) for k in cov_ids)
                              if v and v not in {T, Y, variable_of(an, mediator)})) or None
    out: list[Candidate] = []
    if kind == "discover":
        names = [m.key for m in an.mentions if m.column or not has_data]
        variables = list(dict.fromkeys(names)) if (has_data and len(set(names)) >= 3 and
                                                   text_has(r"\b(?:among|between|of|for|with|using|only|just|"
                                                        r"limited to|restricted to)\b", an.text)) else None
        task = {"kind": "discover", "variables": variables, "conditions": conds, "question": q}
        method = method_named(an.text, ("pc", "fci", "ges", "lingam"))
        if method:
            task["method"] = method
        out.append(Candidate(task, score, "learn the causal graph" + (f" of {', '.join(variables)}" if variables else "")))
    elif kind == "unsupported":
        out.append(Candidate({"kind": "unsupported", "reason": reason or "not a causal question", "question": q},
                             score, "no causal analysis (not a causal question)"))
    elif kind in {"ate", "cate", "mediation"}:
        if (T is None) != (Y is None) and (group := group_said_back(an.text, an.conditions, an.columns)):
            T, Y = group, Y or T  # "among kitchens whose chef was trained, how much did that raise Y"
        elif (T is None) != (Y is None) and (group := group_doubted(an.text, an.conditions)):
            T, Y, conds = group, Y or T, [c for c in conds if c["column"] != group]
        if T is None or Y is None:
            task = {"kind": kind, "treatment": T, "outcome": Y, "question": q}
            if kind == "mediation":
                task["mediator"] = variable_of(an, mediator)
            out.append(Candidate(task, score - 2.0, f"{kind} (incomplete)"))
            return out
        base = {"treatment": T, "outcome": Y, "covariates": covs, "conditions": conds, "question": q}
        if kind == "ate":
            task = {"kind": "ate", **base}
            if method := method_named(an.text, ("dml", "propensity_weighting", "linear_regression")):
                task["method"] = method
            out.append(Candidate(task, score, f"the average effect of {T} on {Y}"))
        elif kind == "cate":
            mods = list(dict.fromkeys(v for v in (variable_of(an, k) for k in modifier_ids) if v and v not in {T, Y})) or None
            if mods is None and not has_data:
                mods = gender_modifier(an.text)
            task = {"kind": "cate", **base, "modifiers": mods}
            if method := method_named(an.text, ("causal_forest", "linear_dml", "dr_learner", "s_learner", "t_learner",
                                                "x_learner")):
                task["method"] = method
            by = f" by {', '.join(mods)}" if mods else ""
            out.append(Candidate(task, score, f"how the effect of {T} on {Y} varies{by}"))
        else:
            M = variable_of(an, mediator)
            M = None if M == T else M  # "rain hurts ratings because rainy orders arrive late": not rain itself
            rest = [k for k in range(len(an.mentions)) if k not in {t, y} and k not in cov_ids
                    and (an.mentions[k].column or not has_data)
                    and an.mentions[k].key not in {T, Y}]
            # an identifier the user wrote, with no other role, is the mediator before a loose word match
            # ("is that because bigger budgets pay for more staff (staff_fte)?")
            written = list(dict.fromkeys(an.mentions[k].key for k in rest if an.mentions[k].identifier))
            loose = mediator is not None and not an.mentions[mediator].identifier and an.mentions[mediator].score < LOOSE_MATCH
            if M is None or loose and len(written) == 1 and M not in written:
                # else the third variable named is the mediator ("X, M and Y")
                M = written[0] if written else variable_of(an, rest[0]) if rest else None
            if M is None:
                out.append(Candidate({"kind": "mediation", **base, "mediator": None}, score - 2.0, "mediation (incomplete)"))
                return out
            task = {"kind": "mediation", **base, "mediator": M}
            out.append(Candidate(task, score, f"how much of the effect of {T} on {Y} goes through {M}"))
        if not directional and kind != "mediation":
            rev = dict(out[-1].task, treatment=Y, outcome=T)
            out.append(Candidate(rev, score - 0.6, out[-1].reading.replace(f"of {T} on {Y}", f"of {Y} on {T}")))
    return out
