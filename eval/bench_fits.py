"""`python -m eval bench-fits`: our own least-squares and logistic fits against statsmodels'.

Why it exists: the project uses the field's libraries unless a measurement shows its own code is
needed. Two fits stay hand-written, and this command is the measurement behind each:
- `tools.estimators` "ols": on the SD-SCM benchmark's one-hot designs (every level plus an
  intercept, so rank-deficient) statsmodels' default pseudo-inverse misestimates the treatment
  coefficient, while `numpy.linalg.lstsq` matches a full-rank refit.
- `tools.mediation.Logistic`: the bootstrap refits it hundreds of times; this times both per fit.
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np


def _cpu_ms(fn, repeats: int) -> float:
    fn()
    start = time.process_time()
    for _ in range(repeats):
        fn()
    return (time.process_time() - start) * 1000 / repeats


def ols_on_onehot(n_designs: int, seed: int) -> dict[str, float]:
    """Largest |treatment coefficient - full-rank refit| over random one-hot designs, ours and statsmodels'."""
    import statsmodels.api as sm

    from tools.estimators import fit_estimator

    rng = np.random.default_rng(seed)
    ours = theirs = 0.0
    for _ in range(n_designs):
        n, p = int(rng.integers(50, 2000)), int(rng.integers(1, 6))
        levels = rng.integers(0, 4, size=(n, p))
        onehot = np.hstack([np.eye(4)[levels[:, j]] for j in range(p)])
        t = (rng.random(n) < 0.4).astype(float)
        y = 2 * t + levels.sum(axis=1) + rng.standard_t(3, size=n)
        full = np.hstack([np.ones((n, 1)), t[:, None]] + [np.eye(4)[levels[:, j]][:, 1:] for j in range(p)])
        truth = np.linalg.lstsq(full, y, rcond=None)[0][1]
        ours = max(ours, abs(fit_estimator("ols", y, t, onehot).ate - truth))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            design = np.hstack([np.ones((n, 1)), t[:, None], onehot])
            theirs = max(theirs, abs(sm.OLS(y, design).fit(cov_type="HC1").params[1] - truth))
    return {"ours_max_error": ours, "statsmodels_max_error": theirs}


def logistic_speed(n: int, p: int, repeats: int, seed: int) -> dict[str, float]:
    """CPU ms per fit and the largest coefficient difference, NHEFS-sized data by default."""
    import statsmodels.api as sm

    from tools.mediation import Logistic

    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, p))
    y = (rng.random(n) < 1 / (1 + np.exp(-0.5 * x @ rng.normal(size=p)))).astype(float)
    exog = sm.add_constant(x)
    diff = float(np.abs(Logistic(x, y).beta - sm.Logit(y, exog).fit(disp=0).params).max())
    return {"ours_cpu_ms": _cpu_ms(lambda: Logistic(x, y), repeats),
            "statsmodels_cpu_ms": _cpu_ms(lambda: sm.Logit(y, exog).fit(disp=0), repeats), "max_coef_diff": diff}


def main(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m eval bench-fits", description=__doc__.splitlines()[0])
    p.add_argument("--designs", type=int, default=100, help="random one-hot designs for the OLS check")
    p.add_argument("--rows", type=int, default=1629, help="rows for the logistic timing (NHEFS has 1,629)")
    p.add_argument("--repeats", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    ols = ols_on_onehot(args.designs, args.seed)
    print(f"OLS treatment coefficient on {args.designs} rank-deficient one-hot designs, largest error against a "
          f"full-rank refit: ours (lstsq) {ols['ours_max_error']:.2e}, statsmodels (pinv) {ols['statsmodels_max_error']:.2e}")
    lg = logistic_speed(args.rows, 10, args.repeats, args.seed)
    print(f"logistic regression, {args.rows} rows x 10 covariates: ours {lg['ours_cpu_ms']:.2f} CPU ms per fit, "
          f"statsmodels Logit {lg['statsmodels_cpu_ms']:.2f} ({lg['statsmodels_cpu_ms'] / lg['ours_cpu_ms']:.0f}x); "
          f"largest coefficient difference {lg['max_coef_diff']:.1e}")
    return 0
