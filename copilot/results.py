"""Typed results: what each tool returns and what the agent, UI, CLI and evaluation share.

One model per task kind, joined by the `kind` discriminator into `Result`. Every number the
explanation states must come from one of these fields. Figures are PNG files on disk.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

EdgeType = Literal["->", "--", "<->", "o->", "o-o"]


class Figure(BaseModel):
    title: str
    path: str = Field(description="A PNG file.")


class _ResultBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    warnings: list[str] = Field(default_factory=list, description="Caveats the explanation must mention.")
    figures: list[Figure] = Field(default_factory=list)
    n_rows_used: int | None = None
    n_rows_dropped: int | None = Field(None, description="Rows dropped for missing values in the used columns.")
    seconds: float | None = None


class Edge(BaseModel):
    """A typed edge. `->` directed, `--` undirected (orientation unknown), `<->` latent
    confounding (bidirected), `o->`/`o-o` partially oriented (FCI circle marks)."""

    source: str
    target: str
    type: EdgeType = "->"
    stability: float | None = Field(None, description="Share of bootstrap resamples with this edge.")

    def __str__(self) -> str:
        return f"{self.source} {self.type} {self.target}"


class DiscoveryResult(_ResultBase):
    kind: Literal["discover"] = "discover"
    nodes: list[str]
    edges: list[Edge]
    method: str
    method_reason: str = Field(description="Why this method (and CI test) was chosen.")
    parameters: dict[str, Any] = Field(default_factory=dict)


class Refutation(BaseModel):
    name: str
    new_effect: float | None = None
    p_value: float | None = None
    passed: bool
    detail: str = ""


class EstimateRow(BaseModel):
    """One estimator's answer; an ATE result lists all it ran."""

    method: str
    estimate: float
    ci_low: float | None = None
    ci_high: float | None = None


class SensitivityBenchmark(BaseModel):
    """An observed covariate as a yardstick for an unobserved confounder (partial R²s in the OLS fit)."""

    covariate: str
    r2_treatment: float = Field(description="Partial R² with the treatment, given the other covariates.")
    r2_outcome: float = Field(description="Partial R² with the outcome, given the treatment and the other covariates.")
    bound_r2_treatment: float | None = Field(None, description="A confounder as strong as this covariate: its R² with the treatment.")
    bound_r2_outcome: float | None = None
    adjusted_estimate: float | None = Field(None, description="The estimate if such a confounder were left out.")
    adjusted_ci: tuple[float, float] | None = None


class SensitivityResult(BaseModel):
    """Cinelli & Hazlett (2020) omitted-variable-bias sensitivity of the linear-regression estimate."""

    method: str = "omitted-variable bias (Cinelli & Hazlett 2020) on the linear-regression fit"
    estimate: float = Field(description="The linear-regression estimate the analysis is about.")
    standard_error: float
    dof: int
    partial_r2_treatment: float = Field(description="Share of the outcome's residual variance the treatment explains.")
    robustness_value: float = Field(description="Partial R² with both treatment and outcome that moves the estimate to 0.")
    robustness_value_ci: float = Field(description="Partial R² with both that makes the 95% CI include 0.")
    benchmarks: list[SensitivityBenchmark] = Field(default_factory=list)
    e_value: float | None = Field(None, description="Binary outcome: E-value of the risk ratio (VanderWeele & Ding 2017).")
    e_value_ci: float | None = Field(None, description="E-value of the CI limit closest to no effect (1 if the CI includes it).")
    baseline_risk: float | None = Field(None, description="Binary outcome: the control group's risk used for the risk ratio.")


class Overlap(BaseModel):
    """Propensity scores by arm, and what was trimmed for lack of comparable units."""

    propensity_treated: dict[str, float] = Field(description="Quantiles (min, 5%, 50%, 95%, max) in the treated arm.")
    propensity_control: dict[str, float]
    share_extreme: float = Field(description="Share of units with a propensity below 0.05 or above 0.95.")
    n_trimmed: int = 0
    trim_rule: str | None = None
    ok: bool


class AlternativeEstimate(BaseModel):
    """The same question under another adjustment set, shown when the evidence for the set is weak."""

    adjustment_set: list[str]
    estimate: float
    ci_low: float | None = None
    ci_high: float | None = None
    method: str
    why: str
    main_set_estimate: float | None = Field(None, description="The main set in the same rows and model, for a like-for-like comparison.")


class EffectResult(_ResultBase):
    kind: Literal["ate"] = "ate"
    treatment: str
    outcome: str
    estimate: float
    ci_low: float | None
    ci_high: float | None
    method: str
    estimand: str = Field(description="Identification strategy: backdoor, frontdoor, iv, or adjustment.")
    adjustment_set: list[str]
    excluded_columns: dict[str, str] = Field(
        default_factory=dict, description="Columns not adjusted for, with the reason (e.g. plausibly post-treatment)."
    )
    treatment_values: tuple[float | str, float | str] | None = None
    other_estimates: list[EstimateRow] = Field(default_factory=list)
    refutations: list[Refutation] = Field(default_factory=list)
    target: Literal["ate", "att", "atc"] = Field("ate", description="Whose average: everyone, the treated, or the untreated.")
    adjustment_reasons: dict[str, str] = Field(default_factory=dict, description="Why each adjusted column is adjusted for.")
    adjustment_evidence: str | None = Field(None, description="What the default adjustment set rests on, and how firmly.")
    alternative: AlternativeEstimate | None = None
    overlap: Overlap | None = None
    sensitivity: SensitivityResult | None = None
    disagreement: str | None = Field(None, description="Why the estimators disagree, when they do.")


class Subgroup(BaseModel):
    label: str
    n: int
    effect: float
    ci_low: float | None = None
    ci_high: float | None = None


class AtEffect(BaseModel):
    """The effect at given values of other variables ("when Z = 0.7", "for class 1")."""

    at: dict[str, float | str]
    effect: float
    ci_low: float | None = None
    ci_high: float | None = None
    n_rows: int = Field(description="Rows the effect is averaged over.")
    averaging: str = Field(description="How: value set in every row (continuous) and/or rows of that group.")


class CateResult(_ResultBase):
    kind: Literal["cate"] = "cate"
    treatment: str
    outcome: str
    method: str
    modifiers: list[str]
    ate: float
    ate_ci_low: float | None
    ate_ci_high: float | None
    cate_quantiles: dict[str, float] = Field(description="e.g. {'10%': ..., '50%': ..., '90%': ...}")
    subgroups: list[Subgroup] = Field(default_factory=list)
    subgroup_variable: str | None = None
    feature_importance: dict[str, float] | None = None
    uplift_auuc: float | None = None
    qini: float | None = None
    modifier_importance: dict[str, float] | None = Field(
        None, description="Share of the estimated effects' variance that depends on each modifier (permutation of "
        "the CATE predictions); the ranking of drivers, unlike split-count or |coefficient| importance.",
    )
    at_effect: AtEffect | None = None


class PolicyValue(BaseModel):
    """Mean outcome under a policy (or a difference of two), doubly-robust on held-out folds."""

    name: str
    value: float
    ci_low: float | None = None
    ci_high: float | None = None


class PolicyRule(BaseModel):
    """One leaf of the policy: who (a readable condition) gets what."""

    rule: str
    action: str
    n: int
    share: float


class PolicyResult(_ResultBase):
    kind: Literal["policy"] = "policy"
    treatment: str
    outcome: str
    method: str
    maximize: bool = True
    levels: list[str] = Field(description="The treatment options compared; the first is 'no treatment' / the lowest.")
    features: list[str] = Field(default_factory=list, description="Columns the policy decides on.")
    adjustment_set: list[str] = Field(default_factory=list)
    rules: list[PolicyRule] = Field(default_factory=list)
    assigned_share: dict[str, float] = Field(default_factory=dict, description="Share of units the policy gives each option.")
    values: list[PolicyValue] = Field(default_factory=list, description="Mean outcome under the learned policy and baselines.")
    gains: list[PolicyValue] = Field(default_factory=list, description="Learned policy minus each baseline.")
    best_level: str | None = Field(None, description="The single best option for everyone (in the rows decided for).")
    at: dict[str, float | str] = Field(default_factory=dict)


class MediationResult(_ResultBase):
    kind: Literal["mediation"] = "mediation"
    treatment: str
    outcome: str
    mediator: str
    method: str
    total_effect: float
    total_ci: tuple[float, float] | None = None
    nde: float = Field(description="Natural direct effect.")
    nde_ci: tuple[float, float] | None = None
    nie: float = Field(description="Natural indirect effect (through the mediator).")
    nie_ci: tuple[float, float] | None = None
    proportion_mediated: float | None = None
    proportion_ci: tuple[float, float] | None = None
    adjustment_set: list[str] = Field(default_factory=list)


class RelationResult(_ResultBase):
    kind: Literal["relation"] = "relation"
    variables: list[str]
    relation: str = Field(
        description="parent, child, non-parent ancestor, non-child descendant, has_collider, has_confounder; "
        "also mediated ancestor/descendant ('X causes something else which causes Y') and ancestor/descendant; "
        "named_confounder / named_collider / named_mediator: the role of a third variable z for the pair"
    )
    x: str
    y: str
    z: str | None = Field(None, description="The third variable a named_* relation is about.")
    valid: bool | None = Field(description="True iff the hypothesis holds in every DAG of the class; None if inconsistent.")
    consistent: bool = Field(description="False when no DAG is faithful to the statements.")
    n_dags: int = Field(description="Size of the Markov equivalence class.")
    n_dags_holding: int = 0
    cpdag_edges: list[Edge] = Field(default_factory=list)
    witness_dag: list[Edge] | None = Field(None, description="A DAG of the class that shows the answer.")
    reason: str


class GenerateResult(_ResultBase):
    kind: Literal["generate"] = "generate"
    spec_name: str
    out_dir: str
    files: list[str]
    rows: int
    datasets: int
    model: str
    treatment: str | None = None
    outcome: str | None = None
    true_ate: float | None = None
    true_effect_by: dict[str, dict[str, float]] = Field(
        default_factory=dict, description="The true effect by each value of a cause with no parents (mean ITE): "
                                          "the conditional effects a benchmark for CATE methods is scored on.")
    rows_per_s: float | None = None


class AuditResult(_ResultBase):
    """Does a language model encode a causal effect? The exact effect of do(treatment) on the model's
    distribution of the outcome in an SD-SCM run with that model (Bynum & Cho 2024)."""

    kind: Literal["audit"] = "audit"
    model: str = Field(description="The model audited.")
    backend: str = Field(description="embedded engine (weights) or an OpenAI-compatible server (log-probabilities).")
    spec_name: str
    treatment: str
    outcome: str
    control: str = Field(description="The treatment value of the reference world.")
    treated: str
    outcome_value: str = Field(description="The outcome value whose probability is compared.")
    units: int
    phrasings: int = Field(description="Paraphrased templates the effect is averaged over.")
    ate: float = Field(description="Mean over units and phrasings of P(Y=y | do(treated)) - P(Y=y | do(control)).")
    ci_low: float | None = None
    ci_high: float | None = None
    se_units: float = Field(description="Standard error from the units alone (phrasings held fixed).")
    se_phrasings: float | None = Field(None, description="Standard deviation of the phrasings' effects.")
    p_control: float = Field(description="Mean P(Y=y) under do(control).")
    p_treated: float
    phrasing_effects: list[float] = Field(default_factory=list, description="The effect under each phrasing.")
    value_effects: dict[str, float] = Field(default_factory=dict, description="Effect on P(Y=v) for every outcome value v.")
    unit_quantiles: dict[str, float] = Field(default_factory=dict, description="Quantiles of the per-unit effects.")
    share_units_changed: float = Field(description="Share of units whose sampled outcome differs between the two worlds.")
    exactly_zero: bool = Field(description="Every per-unit effect is exactly 0 (the outcome's text cannot see the treatment).")
    shifted: dict[str, float] = Field(default_factory=dict, description="Other variables the intervention moves: share of units whose value changes.")
    shifted_tv: dict[str, float] = Field(default_factory=dict, description="Mean total-variation distance between the two worlds' distributions of each variable the intervention can move.")
    direct_effect: float | None = Field(None, description="The effect with the shifted variables held at their control-world values.")


Result = Annotated[
    Union[
        DiscoveryResult, EffectResult, CateResult, PolicyResult, MediationResult, RelationResult, GenerateResult,
        AuditResult,
    ],
    Field(discriminator="kind"),
]
_RESULT_ADAPTER: TypeAdapter = TypeAdapter(Result)


def parse_result(obj: dict | str) -> Result:
    if isinstance(obj, str):
        return _RESULT_ADAPTER.validate_json(obj)
    return _RESULT_ADAPTER.validate_python(obj)


def result_schema() -> dict:
    return _RESULT_ADAPTER.json_schema()


def answer_payload(answer: Any, figures: list[dict] | None = None) -> dict:
    """An agent's answer (`graphs.agent.Answer`, read by attribute) as plain JSON, in one place for
    every front end: the CLI's `--json` prints some of these keys, the web app's download all of them.

    `figures` replaces the answer's own figure list (the web app serves copies from the session's folder).
    """
    return {
        "thread_id": answer.thread_id,
        "task": answer.task,
        "result": answer.result.model_dump(mode="json") if answer.result is not None else None,
        "explanation": answer.explanation,
        "clarification": answer.clarification,
        "error": answer.error,
        "figures": figures if figures is not None else [f.model_dump(mode="json") for f in answer.figures],
        "confidence": answer.confidence,
        "mentions": answer.mentions,
    }
