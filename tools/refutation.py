"""Stage 5 of the ATE tool: dowhy's refuters (placebo treatment, random common cause, data subset).

Each runs on the fast dowhy estimator of the estimand, with a pass/fail tolerance stated in the
detail: the estimate's CI half-width.
"""

from __future__ import annotations

import warnings

import numpy as np

from copilot.results import Refutation
from tools.prep import finite_or_none


def refute(model, identified, estimate, *, ci: tuple, seed: int, n_sims: int, on_label: str) -> list[Refutation]:
    """Placebo treatment, random common cause, data subset; pass/fail by a stated tolerance."""
    value = float(estimate.value)
    lo, hi = ci
    tol = (hi - lo) / 2 if lo is not None and hi is not None else 0.1 * abs(value)
    tol = max(tol, 1e-9)
    note = f" (refuted with the {on_label} estimator, {n_sims} simulations)"
    out: list[Refutation] = []
    specs = [
        ("placebo treatment", "placebo_treatment_refuter", {"placebo_type": "permute"}),
        ("random common cause", "random_common_cause", {}),
        ("data subset", "data_subset_refuter", {"subset_fraction": 0.8}),
    ]
    for label, name, kwargs in specs:
        np.random.seed(seed)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ref = model.refute_estimate(identified, estimate, method_name=name, num_simulations=n_sims, random_state=seed, **kwargs)
        except Exception as exc:  # a refuter that cannot run is reported, never hidden
            out.append(Refutation(name=label, passed=False, detail=f"could not run: {exc}"))
            continue
        new = finite_or_none(np.ravel(ref.new_effect)[0])
        if new is None:
            out.append(Refutation(name=label, passed=False, detail="the refuter returned no effect" + note))
            continue
        if label == "placebo treatment":
            passed = abs(new) < tol
            detail = (f"a randomly permuted treatment gives {new:.4g}; it should be near 0 "
                      f"(within ±{tol:.3g}, the estimate's CI half-width)")
        else:
            passed = abs(new - value) < tol
            what = "adding a random common cause" if label == "random common cause" else "re-estimating on random 80% subsets"
            detail = f"{what} gives {new:.4g} vs {value:.4g}; it should stay within ±{tol:.3g} (the CI half-width)"
        out.append(Refutation(name=label, new_effect=new, passed=passed, detail=detail + note))
    return out


__all__ = ["refute"]
