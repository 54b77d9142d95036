"""The adjustment set a question names: the variables after a cue ("controlling for <a>, <b> and <c>",
"net of ...", "where the covariates are ...") or before one ("<a> and <b> as controls", "<a> held fixed"),
and the rival explanation of "... or just because those sites have better <z>?". Read from the role
skeleton (variables as <k>), like the role patterns."""

from __future__ import annotations

import re

from copilot.understand.phrase_words import MEASURE_HEADS, is_content
from copilot.understand.role_words import _M


_COVARIATE_CUE = re.compile(
    r"(?:over and above|above and beyond|controll?ing for|control for|controll?ed for|controls for|controls|adjusting for|adjust for|adjusted for|"
    r"ajust(?:ing|ed)? for|"
    r"adjustment for|accounting for|account for|accounted for|allowing for|allow for|allowed for|holding|hold|keeping|keep|taking into account|"
    r"take into account|net of|nett?ing out|net out|correcting for|correct for|corrected for|with controls for|covariates|covariate|covars|"
    r"confounders|confounder|confounded_by|confounding_by|adjustment set|conditioning on|condition on|partialling out|"
    r"partial out|partialing out|factoring in|factor in|after controlling for|after adjusting for|"
    r"blocking on|stratifying on|while controlling for|while adjusting for|adjusting|controlling|"
    r"considering|while accounting for|and also for|also for|matched on|matching on|match on|stratified by|"
    r"adj|adj\.|adjust(?= <)|(?<=, )control(?= <)|(?<=[?.!;] )control(?= <)|"
    r"(?<=\d> )control(?= <\d+> ?(?:,|and\b|&))|ctrl(?: for)?|adjust ?:|adjusting ?:|controls ?:|covariates are|covariates ?:|confounders are|confounders ?:|"
    r"stratify by|within levels of|within strata of|(?:of|with|having) (?:the )?same|(?:of|with) similar|"
    r"comparable (?:in|on))\b"
)


_SUMMARY_WORDS = frozenset({"average", "mean", "median", "total"})  # "workers' average <age>"


def _names_next(window: list[str]) -> bool:
    """Plain words up to a variable mention: the words describe the variable that follows ("the patient's
    <age>", "the number of <prior_lines>": a possessive or "of" joins them)."""
    for t in window:
        if re.fullmatch(_M, t):
            return True
        if not is_content(t) and t not in {"'s", "of", "in"} | _SUMMARY_WORDS:  # ("mill size in <spindles>")
            return False
    return False


# a list of variables (group 1) told with its cue on one side of it, read in this order:
_LISTED = (
    # "given <a> and <b> as controls", "once <a>, <b> and <c> are held fixed": the list comes before the cue
    # ("with <line>, <shift> and <operator> tenure as controls": a word may finish the last name)
    r"((?:<\d+> ?(?:,|and|or|&)? ?)+)(?:[a-z]+ )?(?:as|are|is|being) (?:(?:the|our|my|a|an|possible|potential|likely|"
    r"known|main|key|baseline|usual|standard|pre-treatment|observed|measured) )*"
    r"(?:controls?|covariates?|confounders?|adjustment set|adjustment variables|confounding variables|"
    r"control variables|adjusters)\b",
    # (not "on <y>, adjusted for <a>": the list follows)
    r"((?:<\d+> ?(?:,|and|or|&)? ?)+)(?:are |is )?(?:taken into account|accounted for|controlled for|"
    r"adjusted for|in (?:the )?adjustment set|as (?:the )?adjustment set|held fixed|held constant)\b"
    r"(?! (?:the |our )?<\d+>)",
    # "taking <a> into account", "taking water <b> into account": the list between the verb and "into account"
    r"\btak(?:e|es|ing|en) ((?:(?:[a-z]+ ){0,2}<\d+> ?(?:,|and|or|&)? ?)+)into account\b",
    r"((?:<\d+> ?(?:,|and|or|&)? ?)+)(?:are |is )?(?:held|kept) (?:fixed|constant)",
)


def covariate_indices(skeleton: str, canon: dict[int, int]) -> list[int]:
    """Mention indices (one per variable, via `canon`) of the variables the question adjusts for."""
    covariates: list[int] = []
    # "adjust only for x" / "control just for x" read as "adjust for x" (the follow-up handles "only").
    cue_text = re.sub(r"\b(\w+) (?:only|just) for\b", r"\1 for", skeleton)
    cue_text = re.sub(r"(<\d+> )\| (?=<)", r"\1adjusting for ", cue_text)  # "x -> y | a, b": y given a and b
    for cue in _COVARIATE_CUE.finditer(cue_text):
        if cue.group(0) in {"keep", "keeping", "hold", "holding"} and not re.search(
                r"\b(?:constant|fixed|equal|(?:the )?same|steady|unchanged)\b", cue_text[cue.end():cue.end() + 80]):
            continue  # "to keep claim amounts lowest" is a goal, not an adjustment
        rest = cue_text[cue.end():].split()
        for pos, tok in enumerate(rest):
            m = re.fullmatch(_M, tok)
            if m:
                covariates.append(canon.get(int(m.group(1)), int(m.group(1))))
                continue
            # "..., and prior earnings <re74>, <re75>", "baseline <scc>", "2016 <turnout>": up to two plain
            # words or a year naming the next listed variable
            if (is_content(tok) or tok in _SUMMARY_WORDS or re.fullmatch(r"\d{1,4}", tok)) and _names_next(rest[pos + 1:pos + 4]):
                continue
            # "<hiv> status and <smear> status the same": a word after a listed variable still describes it
            if (is_content(tok) or tok in MEASURE_HEADS) and pos > 0 and re.fullmatch(_M, rest[pos - 1]) and \
                    pos + 1 < len(rest) and \
                    rest[pos + 1] in {",", "and", "same", "constant", "fixed", "the", "as", "."}:
                continue
            # "net of <income>, education and <county>": a word the data has no column for, inside the list
            if is_content(tok) and pos > 0 and rest[pos - 1] in {",", "and"} and \
                    rest[pos + 1:pos + 2] in ([","], ["and"]) and pos + 2 < len(rest) and re.fullmatch(_M, rest[pos + 2]):
                continue
            if tok == "in" and pos > 0 and is_content(rest[pos - 1]) and re.fullmatch(_M, "".join(rest[pos + 1:pos + 2])):
                continue  # "mill size in <spindles>": the variable, then the unit it is counted in
            if tok in {"how", "many", "much", "whether"} and pos < 2 and cue.group(0).endswith("for"):
                continue  # "control for how many <partners> people had"
            if cue.group(0) in {"confounded_by", "confounding_by"} and pos < 4 and rest[0] in {"who", "whether", "what"} \
                    and tok in {"who", "whether", "what", "is", "are", "was", "were", "a", "an", "they", "it"}:
                continue  # "or just confounded by who is an <athlete>"
            if tok in {"are", "is", ":"} and pos == 0 and cue.group(0) in {"covariates", "confounders", "controls"}:
                continue  # "where the covariates are <a>, <b> and <c>"
            if tok in {",", "and", "or", "&", "plus", "+", "/", "both", "also", "for", "the", "of", ":", "like", "only", "just", "'s", "same",
                       "such", "as", "things", "stuff", "constant", "fixed", "all", "variables", "e.g.", "etc",
                       "usual", "demographics", "including"}:
                if tok in {"constant", "fixed"}:
                    break
                continue
            break
    for m in re.finditer(rf"{_M} (?:(?:is|are|as|being|be) )?(?:a |an |the |possible |potential |likely )?"
                         r"(?:confounder|confounders|covariate|covariates|control variable|"
                         r"(?:control|controls)(?= ?(?:[,.;:?!)]|$|and\b|or\b)))\b"
                         r"(?! ?:? ?<\d+>)(?! for\b)", skeleton):  # not "on <y> covariates <a>, <b>" (a list
        # follows), nor "<y> control for <a>" (a verb), nor "<rodent> control works by" (a name's word)
        covariates.append(canon.get(int(m.group(1)), int(m.group(1))))
    for rx in _LISTED:
        for m in re.finditer(rx, skeleton):
            covariates += [canon.get(int(k), int(k)) for k in re.findall(r"<(\d+)>", m.group(1))]
    # "..., or just because those sites have better <z>?": the rival explanation names a confounder
    # (the skeleton drops "just", "those"; "or because sites have better <z>": the units' state, not a path)
    for m in re.finditer(r"(?:\bor|,) (?:is it |it's |is that )?(?:just |only |simply |merely |purely )?because "
                         r"(?:those |these |the |they |such |their )?(?:[a-z]+ )?(?:have|has|had|are|were|they're|'re) "
                         r"(?:in |at |on )?(?:a |an |the )?(?:(?:better|worse|higher|lower|more|less|bigger|smaller|different|older|"
                         r"younger|larger|richer|poorer) )?<(\d+)>", skeleton):
        covariates.append(canon.get(int(m.group(1)), int(m.group(1))))
    return list(dict.fromkeys(covariates))
