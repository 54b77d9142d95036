"""Requests the copilot turns away (weather, small talk, prediction, descriptive statistics, designs it
does not support), with the reason it gives; a cue said inside a variable's name is that variable. Split
from `cues.py`."""

from __future__ import annotations

import re

from copilot.understand.analysis import Analysis
from copilot.understand.cues import EFFECT_RX


_NOT_WEATHER = ("I only answer causal questions about data (effects, mediation, causal graphs) — not weather or general "
                "knowledge.")


UNSUPPORTED_RX: list[tuple[str, str, float]] = [
    (r"\b(?:rain|snow|sunny|storm|hail|windy)\w*\b.{0,30}\b(?:tomorrow|today|tonight|weekend|this week|next week)|"
     r"\bweather (?:like|forecast|today|tomorrow|tonight|this|next|in)\b|\bwhat(?:'s| is| will be) the weather\b|"
     r"\bforecast(?:ing)? (?:for|the) (?:tomorrow|weekend|weather)|\brain(?:ing)? tomorrow|temperature tomorrow",
     _NOT_WEATHER, 5.0),
    (r"\bjoke\b|\bpoem\b|\bhaiku\b|\bsong\b|\brecipe\b|\bstory about\b|\bcapital of\b|\btranslate\b(?! into\b)|who won|"
     r"\bmovie\b|\brestaurant\b|\bflight\b|\bhoroscope\b|\bbirthday\b|\bessay\b|write me an email|"
     r"tell me about yourself|who are you|what can you do|how are you|what (?:kinds? of |sorts? of )?(?:things|questions) "
     r"can you|can you help me with something|^\s*(?:hi|hello|hey)\b[!,. ]*(?:there)?[!,. ]*$|"
     # "can you help me with my shop spreadsheet?": help asked, no question in it
     r"\bhelp (?:me |us )?with (?:my|this|the|our|a) (?:[\w'-]+ ){0,3}(?:spreadsheet|data|dataset|file|csv|sheet|"
     r"table)s? ?[?.!]*$|"
     # questions about the concepts themselves, not about data
     r"(?:difference|differences) between (?:a |an |the )?(?:confounder|collider|mediator|moderator|instrument|"
     r"correlation|causation|association|ate|cate|att|mean|median|mode|average|variance|standard deviation|"
     r"p-value|t-test|sample|population|parameter|statistic)s?\b|what (?:is|are|'s) (?:a |an )?(?:confounder|collider|"
     r"mediator|moderator|instrumental variable|backdoor|d-separation)s?\b(?! .{0,20}\b(?:in|for|of) (?:my|this|the) data)|"
     r"explain like i'?m|in plain words",
     "That is not a causal question. I can estimate the effect of one variable on another, find who benefits "
     "most, split an effect through a mediator, learn a causal graph, reason from stated correlations, or "
     "generate synthetic data from an SD-SCM.", 5.0),
    (r"\bforecast|\bpredict|\bprediction|\bprojection|"
     # ("stay with us for the next year", "accidents in the next month" are the window an outcome is counted over,
     # not a forecast; nor is the deadline of a goal: "to grow the population by next year")
     r"(?<!for the )(?<!over the )(?<!within the )(?<!during the )(?<!through the )(?<!by )(?<!\bin the )"
     r"next (?:month|quarter|year|week)'?s?|will .{0,30} be (?:by )?next|"
     r"train (?:a |an )?(?:model|classifier|regressor|neural)|machine learning model|feature importance|"
     r"accuracy of",
     "Prediction and forecasting are not causal questions. I can estimate how much one variable changes "
     "another (an effect), for whom it changes most, or learn the causal graph.", 3.0),
    (r"(?:what|whats)(?: 's| is| are)? (?:the )?(?:mean|average|median|max|maximum|min|minimum|sum|total|"
     r"standard deviation|variance|distribution|range|mode|count)\b(?! (?:treatment |causal )?effect)|"
     # "how many minutes did the shoes save", "how many failures did it prevent": a count of an effect
     # "how many hours should each wrestler train to maximise ...": the dose a policy sets
     # ("does it depend on how many strings it has": a moderator, no count asked for)
     # ("what would starting one do to how many members stay": the count is the outcome)
     r"(?<!\bon )(?<!\bwith )(?<!\bupon )(?<!\bdo to )(?<!\bdoes to )(?<!\bdid to )"
     # ("how many burns would those who skipped it have had if they had taken it": a count had the units been treated)
     r"\bhow many\b(?! (?:more|fewer|extra|additional|less)\b)(?!.{0,40}\bwould\b.{0,100}\bif (?:[a-z]+ ){0,3}(?:had|were)\b)"
     r"(?!.{0,80}\bshould\b.{0,60}\b(?:maximi[sz]e|minimi[sz]e|"
     r"optimi[sz]e)\b)(?!.{0,60}\b(?:did|does|do|would|will|could|can|were|was|are|is|been)\b"
     r".{0,40}\b(?:save[sd]?|prevent(?:s|ed)?|avoid(?:s|ed)?|add(?:s|ed)?|cut|cuts|reduce[sd]?|cause[sd]?|gain(?:s|ed)?|"
     r"lose|loses|lost|generate[sd]?|create[sd]?|avert(?:s|ed)?|spare[sd]?|(?:take|takes|took|shave[sd]?|knock(?:s|ed)?) off)\b)|"
     # (a field's plot is no chart: "for a 2 ha plot", "per plot", "plot size", "gazelles onto a plot")
    r"\b(?:(?<!\bha )(?<!\bacre )(?<!-acre )(?<!\bhectare )(?<!\bper )(?<!\beach )(?<!\bevery )(?<!\btrial )(?<!\bfield )"
    r"(?<!\btheir )(?<!\bits )(?<!\bonto a )(?<!\bon a )(?<!\bonto the )(?<!\bon the )"
    r"plot(?! (?:size|sizes|area|level|yield|owner|holder)s?\b)|"
    r"chart|histogram|scatter ?plot|scatter (?:of|for)|bar chart|pie chart|visuali[sz]e)\b(?!.{0,30}graph)|"
     r"\bcolou?r(?:ed|ing)? (?:by|for)\b|\bwith a colou?r\b|\bchoropleth\b|\bheat ?map\b|\bon a map\b|"
     # "map bird deaths by county": a map drawn, not the causal structure mapped
     r"^(?:please |can you |could you )?map\b(?!.{0,60}\b(?:causal|causes?|graph|structure|network|dag|relationships?|"
     r"links?|dependenc\w*|pathways?|mechanisms?|drivers?)\b)|"
     r"summary statistics|describe the data|descriptive stat|clean the data|impute|missing values|"
     # "Clean up the notes column and standardise the spellings": data cleaning asked for (a column named
     # after the verb, "clean the region column" beside `cleanliness`, is what is cleaned)
     r"^(?:please |can you |could you )?(?:clean|tidy|rename|recode|reformat)(?: up)? (?:the |a )?(?:[\w-]+ ){0,3}"
     r"(?:columns?|fields?|variables?)\b|"
     r"^(?:please |can you |could you )?(?:clean(?: up)?|tidy(?: up)?|rename|recode|reformat|deduplicate)\b|"
     r"\bstandardi[sz]e (?:the )?[\w -]{0,30}spellings?\b|"
     r"\b(?:drop|remove|delete) (?:the |all |any )?duplicate|\bduplicate rows\b|"
     r"\b(?:count|drop|remove|delete|exclude) (?:the |all |any )?(?:rows|records|entries)\b|\bdedup|\bfill (?:in )?(?:the |any )?missing\b|"
     r"(?:sort|filter|group|list) (?:the )?(?:rows|data|table)|\btop \d+\b|\bschema of\b|\bpivot\b|\bsort\b|"
     # ("rank yards for hump conversion by expected gain in Y": a targeting rule by the gain a treatment brings)
     r"\brank\b(?!.{0,60}\b(?:gains?|uplift|benefits?|effects?|impacts?|returns?|improvements?|lift)\b)|"
     r"\bsorted by\b|\b(?:first|last) \d+ rows\b|"
     # "avg reed price by country": a summary by group, with no effect asked for
     r"^\s*(?:avg|average|mean|median|total|sum of) (?!.*\b(?:effects?|impacts?|causal|ate|cate)\b)[\w -]{1,40} (?:by|per|across) [\w -]{1,30}\??\s*$|"
     r"\blist (?:the |all )?(?:\d+ )?\w+ (?:with|by|where|that)\b|\bwhat (?:%|percent|percentage|share|proportion|fraction) of\b"
     r"(?!.{0,80}\b(?:goes|go|went|passes|pass|passed|flows?|runs?|works?|acts?|operates?|comes?|came) (?:through|via)\b)|"
     r"^(?:the )?(?:average|mean|median|total) [\w-]+ (?:for|in|of|by) .{1,40}\b(?:vs\.?|versus|compared (?:to|with))\b|"
     r"\bwhich \w+ (?:has|have|had) the (?:highest|lowest|most|least|largest|smallest|biggest)\b|"
     r"(?:show|give|tell|get|compute|calculate|list|report)(?: me)? (?:the )?(?:mean|average|median|max|maximum|"
     r"min|minimum|sum|total|count|distribution|breakdown of)\b(?! (?:treatment |causal )?effect)|"
     r"(?:what|whats|compute|calculate|show|give|find|get|measure|how strong|how big|how large|how high)"
     r"(?: 's| is| are)? (?:me )?(?:the )?(?:strength of (?:the )?)?(?:correlation|covariance)|"
     r"\b(?:is|are) [\w ]{1,40} correlated\b|correlation (?:matrix|coefficient)|"
     r"\bsql\b|write (?:some |a )?(?:code|function|script|query)|export|convert .{0,20} to (?:csv|excel|json)|"
     r"\bk-?means\b|\bclustering\b|^\s*(?:please |can you |could you )?(?:cluster|segment) (?:the |our |my |all )?\w+",
     "That is a descriptive or data-handling request, not a causal question. I can estimate the causal effect "
     "of one column on another (with confounders adjusted), find heterogeneous effects, split an effect "
     "through a mediator, or learn a causal graph of the columns.", 2.6),
    # "the return rate by device", "summarise X by Y", "tabulate A by B": a breakdown, not an effect
    (r"^(?!.*\b(?:effect|impact|caus\w*|affect\w*|influenc\w*|drive|drives|benefit\w*|differ\w*|depend\w*)\b)"
     # (nor "is the approval rate pushed up or down by the channel": a change said in the passive)
     r"(?!.*\b(?:pushed|driven|raised|lowered|reduced|increased|decreased|improved|boosted|hurt|harmed|changed|"
     r"moved)(?: up| down)?(?: or (?:up|down))? by\b)"
     # (nor "does irrigation raise the number of trees sold per acre": a verb of change asks for an effect)
     r"(?!.*\b(?:does|do|did|would|will|can|could)\b.{0,40}\b(?:raise|lower|reduce|increase|decrease|improve|boost|"
     r"cut|lift|worsen|lead to|push up|bring down)\b)"
     # (nor "how should we set the number of taps for each tree so that dieback is as low as possible": a goal)
     r"(?!.*\b(?:as (?:low|high|small|large|few|many|much|little|short|long) as possible|maximi[sz]e|minimi[sz]e)\b)"
     r"(?:.{0,40}\b(?:rate|prevalence|share|percentage|proportion|number|count|total|average|mean|median|"
     r"distribution)\b.{0,50}\b(?:by|per|in each|for each|across)\b|\s*(?:summari[sz]e|tabulate|describe|"
     r"recode|merge|make a table|cross-?tab|set up an alert|count)\b)",
     "That is a descriptive or data-handling request, not a causal question. I can estimate the causal effect "
     "of one column on another (with confounders adjusted), find heterogeneous effects, split an effect "
     "through a mediator, or learn a causal graph of the columns.", 2.6),
    (r"difference[- ]in[- ]differences|\bdid design|synthetic control|regression discontinuity|\brdd\b|"
     r"granger|time[- ]series|interrupted time|event study|panel fixed effects|survival analysis|hazard ratio",
     "That design is not supported. I can estimate average effects by adjustment (regression, propensity "
     "weighting, DML) or with an instrument, conditional effects, mediation, and causal graphs.", 4.0),
    (r"\bprove\b.{0,40}\bcaus|\bguarantee (?:that|me|us|it|causation|causality)\b|\b(?:can|could) you guarantee\b", "I cannot prove causation; I can estimate an effect under stated "
     "assumptions (no unobserved confounding) and run refutation checks.", 3.0),
    # the word alone is weak: "does bad weather reduce ridership" asks for an effect
    (r"\bweather\b", _NOT_WEATHER, 2.0),
]


def off_topic_cue(an: Analysis) -> tuple[str, float] | None:
    """(reason, weight) of the first off-topic cue said outside the variables the question names: "bad
    weather" or "the predicted win likelihood" inside a column's mention is that variable, not a request
    for a forecast."""
    pos, starts = 0, {}
    for i, tok in enumerate(an.tokens):
        starts[i] = pos
        pos += len(tok) + 1
    starts[len(an.tokens)] = pos
    spans = [(starts[m.start], starts[m.end] - 1) for m in an.mentions if m.column]
    effect_asked = bool(an.columns) and re.search(EFFECT_RX, an.text) is not None
    data_words = {w for c in an.columns for w in c.words}
    for rx, reason, weight in UNSUPPORTED_RX:
        for hit in re.finditer(rx, an.text):
            if hit.group(0) in _TOPIC_NOUNS and (effect_asked or hit.group(0) in data_words):
                continue  # "when a restaurant buys local fish, what happens to food cost", "do passengers enjoy the
                # flight more" beside flight_id: the data's units
            if effect_asked and re.match(r"predict(?:ive|ed) [a-z]", an.text[hit.start():]):
                continue  # "does predictive coding get documents out sooner": a name's word, no forecast
            if not any(a <= hit.start() and hit.end() <= b for a, b in spans):
                return reason, weight
    return None


# small-talk topics that are also units a dataset can be about (restaurants, flights, essays)
_TOPIC_NOUNS = {"restaurant", "flight", "movie", "essay", "song", "recipe", "birthday"}
