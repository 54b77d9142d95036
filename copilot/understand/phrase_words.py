"""Word sets that say which words can be part of a variable's name in a question (and which end one):
shared by the column matcher (`mentions`), the free-phrase finder and the role patterns."""

from __future__ import annotations

import re

from copilot.understand.text import FUNCTION_WORDS, stem


_ADJ_OK = {"daily", "weekly", "monthly", "annual", "yearly", "average", "mean", "total", "overall", "current",
           "new", "their", "his", "her", "its", "student", "students", "customer", "customers", "patient",
           "patients", "employee", "employees", "user", "users", "worker", "workers", "county", "farm", "crop",
           "people", "kids", "children", "baseline", "prior", "previous", "initial", "final", "follow-up", "pre",
           "post", "starting", "later", "earlier", "early", "late", "last", "next", "subsequent", "endline",
           # times of measurement ("end-of-season yield", "exit weight"): when, not which variable
           "end", "exit", "entry", "season", "seasonal", "term", "quarter", "quarterly", "harvest"}
# comparatives that say more or less of the quantity a word names ("a thicker coat" ~ coat_um, "a deeper
# net" ~ net_depth_m): no adjective that picks another variable ("the minimum wage" is no hourly_wage)
COMPARATIVES = frozenset((
    "thicker thinner stiffer clearer deeper shallower warmer colder cooler hotter heavier lighter longer shorter "
    "closer nearer farther further wider narrower broader faster slower quicker stronger weaker louder quieter "
    "darker brighter richer poorer cheaper dearer pricier softer harder drier wetter taller steeper smoother "
    "rougher fresher cleaner dirtier safer riskier healthier sicker busier calmer saltier sweeter denser "
    "sparser bigger smaller larger higher lower greater fuller emptier tighter looser"
).split())


_INITIAL_SKIP = {"of", "to", "the", "and", "in", "for", "a", "an", "at", "on"}

# verbs of deciding who gets what ("prioritise birds for ringing"): no variable's name starts with one
DECIDE_VERBS = frozenset({"decide", "choose", "pick", "select", "determine", "prioritise", "prioritize", "rank"})


# "controlling for ..." is never controller_adherence: the verbs that introduce an adjustment set (with the
# misspellings the covariate cue reads too: "controling for", "ajusted for")
_ADJUSTMENT_VERBS = {"controlling", "adjusting", "accounting", "holding", "keeping", "conditioning", "stratifying",
                     "matching", "controlled", "adjusted", "accounted", "stratified", "matched",
                     "controling", "controled", "ajusting", "ajusted"}


# Words that end a free phrase: function words, question words, and the cue vocabulary.
_BREAK = set(FUNCTION_WORDS) | set(
    (
        "often frequently likely unlikely likelier "
        "one ones someone anyone everyone myself ourselves done doing having 's isn aren don doesn didn wouldn won "
        "can't don't doesn't isn't effect effects impact impacts toll influence influences affect affects affected "
        "affecting cause causes caused causing causal causally increase increases increased increasing decrease "
        "decreases decreased decreasing reduce reduces reduced reducing raise raises raised raising lower lowers "
        "lowered lowering cut cuts cutting improve improves improved improving boost boosts boosted boosting "
        "change changes changed changing drive drives driven driving lead leads led leading results resulting "
        "contribute contributes produce produces brings bringing brought switching adding introducing "
        "determine determines matter matters help helps helped hurt hurts harm harms blunt blunts dulls "
        "mediate mediates mediated mediating mediator mediation moderate moderated moderator moderates go goes "
        "going gone went happen happens happened get gets getting got give giving given gives receive receiving "
        "received take taking took make makes making estimate estimated estimating compute calculate measure "
        "measured quantify assess evaluate analyze analyse tested check find figure tell show know want wondering "
        "wonder curious interested trying try need please thanks thank hi hello hey ok okay well really actually "
        "much more less most least extra very also just only even still exactly roughly overall average on-average "
        "typically generally significantly basically there here not no yes way thing things anything something "
        "data dataset analysis question variable using variables column columns relationship relationships "
        "association link connection role part share fraction proportion portion amount lot bit kind sort whole "
        "goes explained explain explains account accounts accounted accounting adjusting adjust adjusted "
        "controlling control controlled holding hold constant fixed keeping conditional conditioning net differ "
        "differs different difference vary varies varying depend depends depending dependent subgroup subgroups "
        "heterogeneous heterogeneity groups group benefit benefits benefited respond responds response someone "
        "people person folks would-be outcome treatment indirect direct total causal-effect ate cate average due "
        "thanks result actual true real big small large strong weak positive negative similar same other another "
        "else what's how's it's that's there's let's i'm we're i'd we'd you're up down out off away back high "
        "higher highest low lower lowest better best worse worst good bad more fewer less least most bigger "
        "biggest largest greatest smallest max maximum "
        "smaller larger greater mostly mainly largely partly primarily simply mean means meant debating debate "
        "suspect suspects believe believes feel guess hope turn turned turning start started starting stop stopped "
        "stopping put set setting begin began keep kept launch launched roll rolled introduce introduced require "
        "required requiring offer offered send sent switch switched enable enabled disable disabled allow allowed "
        "ban banned draw sketch map plot build learn recover infer uncover run apply tell give think suppose say "
        "said seems seem look looking see saw run used answer correlate correlates correlated correlation "
        "independent dependent hypothesis premise graph structure diagram network dag model discover discovery "
        "generate simulate sample synthetic everything anything nothing choose chose pick select decide minimise "
        "minimize maximise maximize optimise optimize effective effectiveness efficacious efficacy instrument "
        "instruments instrumental iv runs flows flow comes come passes operates happens"
    ).split()
)


_GENERIC_WORDS = {"people", "person", "patients", "patient", "customers", "customer", "users", "user", "students",
                  "student", "group", "groups", "level", "levels", "rate", "status", "number", "total", "amount",
                  "time", "type", "days", "day", "value", "values", "index", "count", "score", "scores", "flag",
                  "years", "year", "hours", "change", "data", "effect", "outcome", "treatment", "high", "low",
                  "has", "had", "have", "the", "and", "any", "not", "one", "two", "per", "was", "are", "used",
                  "use", "new", "old", "did", "does", "got", "get", "can"}


_GENERIC_WORDS |= {"guests", "guest", "households", "household", "visitors", "members", "clients", "workers",
                   "employees", "participants", "individuals", "families", "residents", "shoppers"}


_GENERIC_WORDS -= {"score", "scores", "rate", "status", "level", "levels", "index", "count", "hours", "days",
                   "treatment", "outcome"}


# A free phrase "X of Y" stays whole when X measures Y ("hours of sleep", "years of schooling").
MEASURE_HEADS = {"hours", "hour", "years", "year", "number", "amount", "level", "levels", "length", "rate",
                 "quality", "size", "frequency", "dose", "days", "minutes", "share", "percentage", "price",
                 "cost", "duration", "risk", "likelihood", "probability", "quantity", "degree", "intensity",
                 "use", "hours", "nights", "weeks", "months", "units", "cups", "glasses", "servings", "sense",
                 "lack", "loss", "rates", "cups", "pounds"}
# words that may stand inside a name spelled by its initials besides content words ("very low calorie diet",
# "sustained virologic response", "mean time to repair")
_INITIALS_ALSO = _INITIAL_SKIP | _ADJ_OK | MEASURE_HEADS | {"low", "high", "very", "response", "per", "between", "average",
                                                             "run", "runs", "mean", "total", "matter"}  # mtbf, som


_TO_HEADS = {"access", "exposure", "proximity", "distance", "adherence", "time", "commute", "closeness", "return",
             "returns", "travel"}


def is_content(tok: str) -> bool:
    return bool(re.fullmatch(r"[a-z][a-z0-9'-]*", tok)) and tok not in _BREAK and not re.fullmatch(r"\d+", tok)


# verbs of change that are also a word of some names (price_cut, pay_raise): before another variable's
# name they are the verb ("does a renovation cut days on market")
_CHANGE_VERBS = frozenset("cut cuts raise raises lower lowers boost boosts reduce reduces increase increases improve "
                          "improves lift lifts curb curbs shift shifts extend extends shorten shortens delay delays "
                          "drive drives push pushes change changes help helps hurt hurts grow grows shrink shrinks".split())
_WH_TO = (["where"], ["how"], ["whether"], ["when"])  # "where to add officers": "to" and a verb
_IRREGULAR_PAST = frozenset("bought got took made ran won built had put set kept paid sold gave began brought".split())


def _past_verb(word: str) -> bool:
    """A verb in the past ("kennels that adopted booties", "bakeries that bought ovens"), not a goal in the
    present ("a rule that maximizes crossings")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


def verb_then_object(tokens: list[str], i: int, name_stems: set[str]) -> bool:
    """Whether word i is the object of the verb before it, not the head of a compound with it: "kennels that
    adopted booties" (a past verb after that / who / which and a noun), "to lift sales" (a verb of change
    after "to"), "where to add officers"; not where the next word is a word of a name ("to add public nights"
    ~ PUBLIC_NIGHTS_MO: the noun is the first of the name's words)."""
    verb = tokens[i - 2] in {"that", "who", "which"} and i >= 3 and is_content(tokens[i - 3]) and _past_verb(tokens[i - 1]) \
        or tokens[i - 2] == "to" and (tokens[i - 1] in _CHANGE_VERBS or tokens[i - 3:i - 2] in _WH_TO)
    return verb and (i + 1 == len(tokens) or stem(tokens[i + 1]) not in name_stems)
