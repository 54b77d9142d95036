"""Follow-ups ('and adjusting for age?', 'now by gender', 'what about X instead?') as edits of the
previous task."""

from __future__ import annotations

import difflib
import re
from typing import Any

from copilot.understand.text import norm_phrase, stem, tokenize
from copilot.task import Task, task_to_dict
from copilot.understand.analysis import Analysis
from copilot.understand.assemble import as_kind
from copilot.understand.base import answered, text_has, ParseOutcome
from copilot.understand.cues import method_named
from copilot.understand.interpret import interpret_question
from copilot.understand.roles import role_votes


_FOLLOW_RX = re.compile(
    r"^(?:and|what about|how about|now|also|but|ok|okay|instead|same|then|what if|try|redo|rerun|re-run|only|"
    r"just|this time|plus|with|without|using|use|split|break|do it|can you also|could you also|again|and now|"
    r"next|same thing|same but|repeat|let's|lets|ok now|okay now|great|thanks|cool|nice|hmm|and what|and if|"
    r"include|add|drop|remove|exclude|restrict|limit|for|among|by|through|via|adjust|control|reverse|flip|"
    r"swap|other way|the other way|switch)\b"
)


def follow_up(q: str, an: Analysis, previous: Task, profile: Any, lm: Any) -> ParseOutcome | None:
    """Edit the previous task when the message is a follow-up rather than a new question."""
    text = an.text
    prev = task_to_dict(previous)
    standalone = interpret_question(an, lm, q)
    st = standalone.task
    looks_follow = bool(_FOLLOW_RX.search(text)) or text_has(r"\binstead\b|\bas well\b|\btoo\b|\bsame\b|"
                                                         r"other way|reverse|this time", text)
    if st is not None and st.kind in {"ate", "cate", "mediation", "discover", "relation", "generate"} and not looks_follow:
        return None
    only_covariates = {m.key for m in an.mentions} <= {an.mentions[k].key for k in role_votes(an).covariates}
    if st is not None and st.kind in {"ate", "cate", "mediation"} and looks_follow and \
            not text_has(r"\binstead\b|\bas well\b|\btoo\b|\bsame\b", text) and len(an.mentions) >= 2 and \
            role_votes(an).directional and not only_covariates:
        return None
    if prev["kind"] not in {"ate", "cate", "mediation", "discover"}:
        return None if st is not None else standalone
    roles = role_votes(an)
    ms = an.mentions
    task = dict(prev)
    task["question"] = q
    changed: list[str] = []
    covs = [ms[k].key for k in roles.covariates if ms[k].column or not an.columns]
    if covs and prev["kind"] != "discover":
        # "adjusting only for age" replaces the adjustment set; "and adjusting for age" adds to it.
        kept = [] if text_has(r"\b(?:only|just)\b", text) else (prev.get("covariates") or [])
        task["covariates"] = list(dict.fromkeys(kept + covs))
        changed.append("covariates")
    if text_has(r"without (?:any )?(?:the )?(?:controls|covariates|adjustment)|no (?:controls|covariates|adjustment)|"
            r"unadjusted|raw difference", text) and prev["kind"] != "discover":
        task["covariates"] = []
        changed.append("covariates")
    mods = [k for k, v in roles.votes.items() if v.get("g", 0) >= 2.0]
    if not mods and text_has(r"^(?:and |now |ok |okay |what about |how about |then |also )*(?:split |broken_down_by |break it down |"
                         r"separately )?(?:by|across|per|for each|for different)\b", text):
        mods = [k for k in range(len(ms)) if ms[k].column or not an.columns][:1]
    mediator = next((k for k, v in roles.votes.items() if v.get("m", 0) >= 2.5), None)
    if mediator is None and text_has(r"^(?:and |now |what about |how about |then )*(?:through|via)\b", text) and ms:
        mediator = 0
    if mods and prev["kind"] in {"ate", "cate", "mediation"}:
        names = [ms[k].key for k in mods]
        task = as_kind(task, "cate") if prev["kind"] != "cate" else task
        task["modifiers"] = list(dict.fromkeys((prev.get("modifiers") or []) + names))
        changed.append("modifiers")
    elif mediator is not None and prev["kind"] in {"ate", "cate", "mediation"}:
        task = as_kind(task, "mediation") if prev["kind"] != "mediation" else task
        task["mediator"] = ms[mediator].key
        changed.append("mediator")
    if an.conditions:
        task["conditions"] = [c for c in prev.get("conditions", [])] + [c.model_dump() for c in an.conditions]
        changed.append("conditions")
    if text_has(r"everyone|whole sample|all (?:rows|people|patients|customers|the data)|no filter|drop the filter|"
            r"without the filter|remove the filter", text):
        task["conditions"] = []
        changed.append("conditions")
    if prev["kind"] != "discover" and text_has(r"other way (?:a)?round|reverse|flip|opposite direction|swap (?:them|the roles)|"
                                            r"switch (?:them|the roles)|the reverse", text):
        task["treatment"], task["outcome"] = prev["outcome"], prev["treatment"]
        changed.append("direction")
    method = method_named(text, ("dml", "propensity_weighting", "linear_regression")) if task["kind"] == "ate" else \
        method_named(text, ("causal_forest", "linear_dml", "dr_learner", "s_learner", "t_learner", "x_learner")) \
        if task["kind"] == "cate" else method_named(text, ("pc", "fci", "ges", "lingam")) if task["kind"] == "discover" else None
    if method:
        task["method"] = method
        changed.append("method")
    if text_has(r"just the average|average effect|overall effect|ignore the (?:groups|modifiers)", text) and \
            prev["kind"] in {"cate", "mediation"}:
        task = as_kind(task, "ate")
        changed.append("kind")
    # swaps: "what about income instead?", "on X instead", "X as the outcome"
    used_ids = set(roles.covariates) | set(mods) | ({mediator} if mediator is not None else set())
    rest = [k for k in range(len(ms)) if k not in used_ids and (ms[k].column or not an.columns)]
    if rest and prev["kind"] != "discover" and "direction" not in changed:
        new = ms[rest[0]].key
        v = roles.votes.get(rest[0], {})
        replace_of = re.search(r"instead of (?:the )?(.+?)(?:\?|$|,)", text)
        target = None
        if v.get("y", 0) > v.get("t", 0) or text_has(r"\bon\s+<", an.skeleton) or text_has(r"as (?:the )?outcome", text):
            target = "outcome"
        elif v.get("t", 0) > 0 or text_has(r"as (?:the )?(?:treatment|cause|exposure)", text):
            target = "treatment"
        elif replace_of:
            old = norm_phrase(replace_of.group(1))
            for f in ("treatment", "outcome", "mediator"):
                if prev.get(f) and norm_phrase(prev[f]) == old:
                    target = f
        if target is None:
            target = _guess_swap(new, prev, an, lm, q)
        if new not in {task.get("treatment"), task.get("outcome"), task.get("mediator")}:
            task[target] = new
            changed.append(target)
    if not changed:
        if st is not None:
            return None
        return ParseOutcome(task=None, clarification="How should I change the previous analysis? For example "
                            "'adjusting for age', 'by gender', 'through bmi', or 'with income as the outcome'.",
                            pending=None, confidence=0.2)
    return answered(task, 0.85, [], {m.text: m.column for m in ms if m.column})


def _guess_swap(new: str, prev: dict, an: Analysis, lm: Any, q: str) -> str:
    """Which role a bare 'what about X instead?' replaces: the LM when present, else the most similar role."""
    if lm is not None:
        t, y = prev["treatment"], prev["outcome"]
        options = [f" the average effect of {new} on {y}", f" the average effect of {t} on {new}"]
        prompt = (f"Earlier question: the effect of {t} on {y}.\nFollow-up: {q}\nThe follow-up asks for:")
        try:
            idx, _ = lm.choose(prompt, options)
            return "treatment" if idx == 0 else "outcome"
        except Exception:  # noqa: BLE001
            pass
    types = {c.name: c.type for c in an.columns}
    if types:
        nt = types.get(new)
        if nt and nt == types.get(prev["treatment"]) and nt != types.get(prev["outcome"]):
            return "treatment"
    sim_t = difflib.SequenceMatcher(None, new, prev["treatment"]).ratio()
    sim_y = difflib.SequenceMatcher(None, new, prev["outcome"]).ratio()
    if abs(sim_t - sim_y) > 0.2:
        return "treatment" if sim_t > sim_y else "outcome"
    # words that usually name outcomes vs. things one does or receives
    words = {stem(w) for w in tokenize(new)}
    if words & _OUTCOME_WORDS:
        return "outcome"
    if words & _TREATMENT_WORDS:
        return "treatment"
    return "outcome"


_OUTCOME_WORDS = {stem(w) for w in (
    "rate score risk disease pressure cholesterol spend spending churn income wage wages earnings yield retention "
    "satisfaction mortality death deaths outcome sales revenue profit grade grades gpa test exam health weight "
    "bmi burnout attrition cases hospitalization employment productivity happiness wellbeing anxiety depression "
    "cancer diabetes purchase purchased clicks conversion visits length stay").split()}


_TREATMENT_WORDS = {stem(w) for w in (
    "smoking smoker exercise treatment program training campaign coupon discount policy mandate tutoring "
    "use drug dose therapy intervention subsidy ad advertising email notification notifications onboarding "
    "remote statin vaccine vaccination fertilizer irrigation pesticide alcohol diet sleep study hours "
    "schooling education union married membership member").split()}
