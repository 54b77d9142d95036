"""Vocabulary of Corr2Cause premises and hypotheses: the patterns for (in)dependence statements,
conditioning clauses and causal claims, and the parsed forms (`Statement`, `ParsedPremise`, ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    """`x` and `y` are independent (or dependent) given `given` (indices into the variable list)."""

    x: int
    y: int
    given: frozenset[int]
    independent: bool
    text: str = ""

    @property
    def key(self) -> tuple[frozenset[int], frozenset[int]]:
        return frozenset((self.x, self.y)), self.given


_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+"


# --- conditioning clauses -------------------------------------------------------------------------
_COND_VERB = (
    r"condition\s+on|control\s+for|adjust\s+for|account\s+for|know|hold|fix|observe|look\s+at|stratify\s+by"
)


_COND_PARTICIPLE = (
    r"given|conditional(?:ly)?\s+on|conditioned\s+on|conditioning\s+on|controlling\s+for|controlled\s+for|"
    r"adjusting\s+for|adjusted\s+for|accounting\s+for|knowing|holding|fixing|stratifying\s+by|stratified\s+by"
)


COND_LEAD = (
    rf"(?:(?:when|once|if|after|while)\s+(?:we|you|one)\s+(?:also\s+)?(?:{_COND_VERB})|"
    rf"(?:(?:when|once|if|after|while)\s+)?(?:{_COND_PARTICIPLE}))"
)


COND_TAIL = r"(?:\s+(?:fixed|constant|is\s+known|are\s+known|known))?"


SUFFIX_COND = re.compile(rf"^(?P<main>.+?)[\s,]+{COND_LEAD}\s+(?P<cond>.+?){COND_TAIL}\s*$", re.I)


_PREFIX_COND = re.compile(rf"^{COND_LEAD}\s+(?P<cond>.+?){COND_TAIL}\s*,\s*(?P<main>.+)$", re.I)


SUFFIX_KNOWN = re.compile(
    r"^(?P<main>.+?)[\s,]+(?:once|if|when|after)\s+(?P<cond>.+?)\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:known|observed|fixed|held\s+(?:fixed|constant)|conditioned\s+on|controlled\s+for)\s*$",
    re.I,
)


PREFIX_KNOWN = re.compile(r"^(?:once|if|when)\s+(?P<cond>.+?)\s+(?:is|are)\s+known\s*,\s*(?P<main>.+)$", re.I)


# --- polarity ---------------------------------------------------------------------------------------
NOT_INDEPENDENT = re.compile(
    r"\b(?:not|n't|never)\s+(?:statistically\s+|mutually\s+|conditionally\s+)?independent\b|\bnot\s+unrelated\b", re.I
)


INDEPENDENT = re.compile(
    r"\b(?:independent|independence|uncorrelated|unrelated|unassociated|orthogonal|"
    r"no\s+(?:\w+\s+)?(?:correlation|association|dependence|dependency|relation|relationship|link|connection)|"
    r"nothing\s+to\s+do\s+with|no\s+information\s+about|"
    r"(?:not|n't|never)\s+(?:\w+\s+)?(?:correlated|correlate|associated|associate|related|dependent|depend|linked|"
    r"covary|co-vary|connected))\b",
    re.I,
)


DEPENDENT = re.compile(
    r"\b(?:correlat\w*|associat\w*|dependen\w*|depends?|covar\w*|co-var\w*|related|relationship|linked|"
    r"connected|move\s+together|moves\s+together|go\s+together|goes\s+together|informative\s+about|"
    r"not\s+independent)\b",
    re.I,
)


# --- hypotheses ----------------------------------------------------------------------------------------
COLLIDER = re.compile(
    r"\bcollider|common\s+(?:effect|child|consequence|outcome|descendant|result)|"
    r"(?:both|jointly)\s+(?:directly\s+)?caus\w*\s+(?:some|a|an|at\s+least)|"
    r"caused\s+by\s+both|effect\s+of\s+both|\bboth\s+X\s+and\s+Y\s+(?:directly\s+)?(?:cause|affect|influence)\b|affected\s+by\s+both|shared\s+(?:effect|consequence)",
    re.I,
)


CONFOUNDER = re.compile(
    r"\bconfound\w*|common\s+(?:cause|parent|ancestor|driver|factor)|"
    r"(?:causes|drives|affects|influences)\s+both|both\s+(?:\w+\s+){0,4}(?:caused|driven|affected|influenced)\s+by|"
    r"shared\s+(?:cause|parent|driver)",
    re.I,
)


NOT_DIRECT = re.compile(
    r"\b(?:not|n't|never)\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:direct(?:ly)?|immediate(?:ly)?|parent|child)\b|"
    r"\bonly\s+indirect(?:ly)?\b|\bnon-(?:parent|child|direct)\b|\bno\s+direct\b",
    re.I,
)


MEDIATED = re.compile(
    r"\bindirect(?:ly)?\b|\bsomething\s+(?:else|that|which)\b|\bsome\s+(?:other\s+)?(?:variable|factor|node)\b|"
    r"\banother\s+(?:variable|factor|node)|\bother\s+(?:variable|factor|node)s?\b|"
    r"\b(?:through|via)\s+(?:some|a|an|another|other|at\s+least|one\s+or\s+more|an?\s+intermediate)\b|"
    r"\bmediat\w*|\bintermediate\b|\bin\s+turn\b|\bchain\b",
    re.I,
)


DIRECT = re.compile(r"\bdirect(?:ly)?\b|\bimmediate(?:ly)?\b|\bparent\b|\bchild\b", re.I)


# "<Y> ... caused by <X>", "<Y> is an effect of <X>": the first-mentioned variable is the effect.
PASSIVE = re.compile(
    r"\b(?:caused|affected|influenced|driven|determined|produced|generated|triggered)\s+(?:\w+\s+)?by\b|"
    r"\b(?:effect|consequence|outcome|result|child|descendant|product)\s+(?:\w+\s+)?(?:of|from)\b|"
    r"\bdownstream\s+(?:of|from)\b|\bresults?\s+from\b|\bdepends\s+causally\s+on\b|\bis\s+due\s+to\b",
    re.I,
)


CAUSAL = re.compile(
    r"\bcaus\w*|\beffect\b|\bparent\b|\bchild\b|\bancestor\b|\bdescendant\b|\bcollider\b|\bconfound\w*|"
    r"\binfluenc\w*|\baffect\w*|\bdrives?\b|\bdriven\b|\bupstream\b|\bdownstream\b|\bconsequence\b",
    re.I,
)


LEADING_FILLER = re.compile(
    r"^(?:however|also|and|moreover|furthermore|further|in\s+addition|additionally|finally|besides|"
    r"similarly|likewise|meanwhile|then|next|lastly|last|but|yet|so|note\s+that|we\s+(?:also\s+)?(?:know|"
    r"observe|find|see)\s+that|it\s+(?:is\s+known|turns\s+out)\s+that|(?:in\s+)?(?:the\s+)?data\s+show\s+that)"
    r"\s*[,:]?\s+",
    re.I,
)


INTRO = re.compile(
    rf"(?:suppose|consider|imagine|assume|take|there\s+is|we\s+have|here\s+is)?[^.:]*?\b(?:{_NUMBER_WORDS})\s+"
    r"variables?\s*(?:,|:|\u2014|-)?\s*(?:(?:namely|called|named)\s*:?\s*)?(?P<names>[^.:]+?)\s*(?:\.|:|$)",
    re.I,
)


ALL_RELATIONS = re.compile(
    r"[^.:]*\b(?:all|every|complete|full|exhaustive)\b[^.:]*\b(?:relations?|relationships?|statements?|"
    r"dependencies|independencies|facts|correlations)\b[^.:]*(?:as\s+follows|below|are|is)?[^.:]*:",
    re.I,
)


COMPLETE = re.compile(
    r"\bclosed\s+system\b|\ball\s+(?:the\s+|of\s+the\s+)?(?:statistical\s+)?(?:relations|relationships|"
    r"dependencies|independencies)\b|\bcomplete\s+list\b|\bevery\s+(?:statistical\s+)?relation\b|\bexhaustive\b",
    re.I,
)


@dataclass
class ParsedPremise:
    variables: list[str]
    statements: list[Statement]
    ignored: list[str]  # sentences with no (in)dependence in them
    complete: bool = False  # the premise says it lists every relation ("closed system", "all the relations")


@dataclass
class ParsedHypothesis:
    relation: str
    x: str
    y: str
    z: str | None = None  # the third variable a named_* relation is about ("C" of "does C confound A and B")


# Shapes used to discover names when the premise does not list its variables.
PAIR_SHAPES = [
    re.compile(r"^(?:there\s+is|there's|we\s+see|we\s+find|there\s+exists)\s+(?:\w+\s+){0,3}?between\s+(?P<x>.+?)\s+and\s+(?P<y>.+)$", re.I),
    re.compile(r"^(?:between\s+)(?P<x>.+?)\s+and\s+(?P<y>.+?)\s+there\s+is\b.*$", re.I),
    re.compile(
        r"^(?P<x>.+?)\s+(?:is|are|was|were|seems?|appears?)\s+(?:\w+\s+){0,2}?"
        r"(?:correlated|associated|dependent|independent|uncorrelated|unrelated|related|linked|connected|unassociated)\s+"
        r"(?:with|to|of|on|from)\s+(?P<y>.+)$",
        re.I,
    ),
    re.compile(
        r"^(?P<x>.+?)\s+(?:does\s+not\s+|doesn't\s+|do\s+not\s+|don't\s+|never\s+)?"
        r"(?:correlates?|covar(?:y|ies)|co-var(?:y|ies)|depends?|moves?\s+together|is\s+informative|"
        r"has\s+(?:\w+\s+){0,2}(?:correlation|association|relationship|dependence)|shows?\s+(?:\w+\s+){0,2}"
        r"(?:correlation|association|relationship|dependence))\s+(?:with|on|about|to)\s+(?P<y>.+)$",
        re.I,
    ),
    re.compile(r"^(?P<x>.+?)\s+and\s+(?P<y>.+?)\s+(?:are|were|seem|appear|do|don't|never|show|have|correlate|covary|co-vary|move|go)\b.*$", re.I),
]


TOKEN = re.compile("\u27e6(\\d+)\u27e7")


CLAUSE_BREAK = re.compile(r"(\s*,\s*(?:and|but|while|whereas|yet)\s+|\s*,\s*|\s+(?:and|but|while|whereas)\s+)", re.I)


COND_FILLER = re.compile(
    r"\b(?:and|the|both|all|of|variables?|fixed|constant|known|its|their|values?|levels?)\b|&", re.I
)


NOT_A_NAME = re.compile(r"^(?:and|or|but|with|of|they|it|them|both|the\s+two)\b|\b(?:with|they)\b", re.I)


# "A correlates with B and with C" / "A is independent of B and of C": one subject, two statements.
SHARED_SUBJECT = re.compile(r"^(?P<head>.+?\b(?P<prep>with|of|on|to))\s+(?P<a>.+?),?\s+and\s+(?:also\s+)?(?P=prep)\s+(?P<b>.+)$", re.I)


# "..., but they are independent given C": the pronoun stands for the last two variables named before it.
PRONOUN = re.compile(
    r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=\bwhereas\s)|(?<=\byet\s))"
    r"(?:they|the\s+two|these\s+two|both\s+of\s+them|both)(?=\s+(?:are|were|become|became|remain|seem|appear|"
    r"turn\s+out|do|don't|did|show|have)\b)",
    re.I,
)


# "A, B and C are all correlated" / "correlations between every pair of A, B, C": one statement per pair.
_NAME_WORD = r"(?!(?:and|or|are|is|all|every|each)\b)[A-Za-z][\w']*"
_ONE_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"  # "wet grass"
_NAME_LIST = rf"{_ONE_NAME}(?:\s*,\s*(?:and\s+)?{_ONE_NAME}|\s+and\s+{_ONE_NAME})+"
_REST = r"(?P<rest>,?\s+(?:and|but|while|whereas)\s+.+)?"
PAIRWISE = [
    re.compile(rf"^(?:the\s+)?(?:correlations?|dependences?|dependencies|associations?)\s+(?:between|among|for)\s+"
               rf"(?:every|each|all)\s+pairs?\s+(?:of|among|in|from)\s+(?P<names>{_NAME_LIST}){_REST}$", re.I),
    # (a word that says "every pair" is required: "Given C, D and E, A and B are independent" is one statement)
    re.compile(rf"^(?P<every>(?:every|each|all)\s+pairs?\s+(?:of|among|in|from)\s+)?(?P<names>{_NAME_LIST})\s+"
               r"(?:are|is)\s+(?P<all>all\s+|pairwise\s+|mutually\s+)?(?P<rel>correlated|dependent|associated|"
               r"independent|uncorrelated|unrelated)(?P<each>\s+(?:with|of)\s+(?:each\s+other|one\s+another)|"
               rf"\s+pairwise)?{_REST}$", re.I),
]


# "A and B are correlated but become independent once we condition on C": two statements about one pair, the
# second with the opposite polarity (usually under a condition)
CONTRAST_PAIR = re.compile(
    r"^(?P<pair>.+?)\s+(?:are|is)\s+(?P<first>correlated|dependent|associated|independent|uncorrelated|unrelated)"
    r"\s*,?\s+(?:but|yet|though)\s+(?:they\s+|the\s+two\s+)?(?:(?:become|becomes|are|turn\s+out\s+to\s+be|get)\s+)?"
    r"(?P<second>independent|uncorrelated|unrelated|correlated|dependent|associated)\b(?P<tail>.*)$", re.I)
