"""Reading Corr2Cause premises and hypotheses moved to `copilot.understand.premises` (language work
belongs beside the question parser); these names stay importable from here."""

from copilot.understand.premise_lex import _CAUSAL, _DEPENDENT, _INDEPENDENT, Statement  # noqa: F401
from copilot.understand.premises import parse_hypothesis, parse_premise, split_name_list  # noqa: F401
