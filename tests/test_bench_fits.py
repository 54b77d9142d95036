"""eval.bench_fits: the measurements behind the two fits the project keeps hand-written."""

from eval.bench_fits import logistic_speed, ols_on_onehot


def test_our_ols_is_exact_on_rank_deficient_onehot_designs():
    # statsmodels' error on these designs depends on the BLAS's rounding, so only ours is asserted
    errors = ols_on_onehot(n_designs=4, seed=4)
    assert errors["ours_max_error"] < 1e-9


def test_our_logistic_agrees_with_statsmodels_logit():
    result = logistic_speed(n=400, p=4, repeats=2, seed=0)
    assert result["max_coef_diff"] < 1e-6
    assert result["ours_cpu_ms"] > 0 and result["statsmodels_cpu_ms"] > 0
