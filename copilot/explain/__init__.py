"""Result -> explanation text: numbers first, and only numbers the tools computed.

`explain(task, result)` is deterministic: a bold headline with the estimate and its interval,
then the method, adjustment set, sample size, refutations, and caveats, per result kind.
A language model may add a plain-words paraphrase (`explain_with_lm`), but the paraphrase is
kept only if every number in it also appears in the result or task (`check_numbers`);
otherwise the deterministic text stands alone. That is how the copilot stays truthful while
still letting the model make the text friendlier.

The package, by responsibility: `kinds` (which explanation for which result), `effects`,
`structure` and `sdscm` (the explanations per result kind), `formatting` (numbers, intervals and the
lines they share), `numbers` (the number check), `paraphrase` (the optional LM paraphrase).
"""

from copilot.explain.formatting import ci, fmt, pct
from copilot.explain.kinds import capabilities, explain
from copilot.explain.numbers import NumberToken, check_numbers, names_in, numbers_in, source_numbers, unsupported_numbers
from copilot.explain.paraphrase import accept_paraphrase, explain_with_lm

__all__ = [
    "NumberToken",
    "accept_paraphrase",
    "capabilities",
    "check_numbers",
    "ci",
    "explain",
    "explain_with_lm",
    "fmt",
    "names_in",
    "numbers_in",
    "pct",
    "source_numbers",
    "unsupported_numbers",
]
