"""The covariates the CATE, policy and mediation tools adjust for: the named ones, else a screened set.

Why a module of its own: the three tools take the same decision the same way (the user's list wins;
otherwise `tools.adjustment.choose_adjustment` screens the columns and every exclusion is reported),
so it is written once. The ATE tool goes further (graphs, instruments: `tools.identification`).
"""

from __future__ import annotations

import pandas as pd

from tools.adjustment import choose_adjustment, derived_from_outcome


def covariates_for(
    data: pd.DataFrame, treatment: str, outcome: str, named: list[str] | None, warn: list[str], *,
    said: str, mediator: str | None = None,
) -> list[str]:
    """`named` without the treatment, outcome and mediator; else the screened pre-treatment columns,
    with what was left out (and why) appended to `warn` after `said` (e.g. "Not used:").

    With a mediator, columns computed from it are left out as post-treatment too."""
    if named is not None:
        return [c for c in named if c not in (treatment, outcome, mediator)]
    used, excluded = choose_adjustment(data, treatment, outcome, exclude=[mediator] if mediator else ())
    for c in list(used) if mediator else []:
        why = derived_from_outcome(data, c, mediator, role="mediator")
        if why:
            used.remove(c)
            excluded[c] = f"plausibly post-treatment: {why}"
    if excluded:
        warn.append(f"{said} " + "; ".join(f"{c} ({why})" for c, why in excluded.items()) + ".")
    return used
