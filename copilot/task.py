"""The task JSON: what the parser produces, what the tools consume.

One pydantic model per task kind, joined by the `kind` discriminator into `Task`.
`task_schema()` is the contract between the parser, the tools, the UI and the evaluation
(`python -m copilot schema` prints it). Result models live in `copilot/results.py`.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

TaskKind = Literal["discover", "ate", "cate", "policy", "mediation", "relation", "generate", "audit", "unsupported"]
TASK_KINDS: tuple[str, ...] = (
    "discover", "ate", "cate", "policy", "mediation", "relation", "generate", "audit", "unsupported",
)

ComparisonOp = Literal["==", "!=", ">", ">=", "<", "<="]


class Condition(BaseModel):
    """A row filter such as `age > 60`, applied before the tool runs."""

    model_config = ConfigDict(extra="forbid")
    column: str
    op: ComparisonOp
    value: float | str

    def __str__(self) -> str:
        return f"{self.column} {self.op} {self.value}"


class _TaskBase(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str | None = Field(None, description="The user's original wording, kept for the explanation.")
    seed: int = Field(0, description="Seed for every random step; the same seed gives the same numbers.")

    def columns(self) -> list[str]:
        """Every column this task names (checked against the data before a tool runs)."""
        return []


class _EffectFields(_TaskBase):
    treatment: str
    outcome: str
    covariates: list[str] | None = Field(
        None, description="Adjustment set. None = the tool chooses (all other pre-treatment columns) and says which."
    )
    conditions: list[Condition] = Field(default_factory=list, description="Row filters, e.g. age > 60.")
    treatment_values: tuple[float | str, float | str] | None = Field(
        None, description="(control, treated) values to contrast; None = the tool infers them (binary: 0 vs 1)."
    )

    def columns(self) -> list[str]:
        names = [self.treatment, self.outcome, *(self.covariates or []), *(c.column for c in self.conditions)]
        return list(dict.fromkeys(names))


class DiscoverTask(_TaskBase):
    """Learn the causal graph of (some of) the data's columns."""

    kind: Literal["discover"] = "discover"
    variables: list[str] | None = Field(None, description="Columns to include; None = all usable columns.")
    method: Literal["auto", "pc", "fci", "ges", "lingam"] = "auto"
    ci_test: Literal["auto", "fisherz", "chisq", "gsq", "kci"] = "auto"
    alpha: float = Field(0.05, gt=0, lt=1)
    required_edges: list[tuple[str, str]] = Field(default_factory=list)
    forbidden_edges: list[tuple[str, str]] = Field(default_factory=list)
    tiers: list[list[str]] = Field(
        default_factory=list, description="Temporal tiers, earliest first: no edge points from a later tier to an earlier one."
    )
    bootstrap: int = Field(0, ge=0, le=1000, description="Resamples for edge stability; 0 = off.")
    conditions: list[Condition] = Field(default_factory=list)

    def columns(self) -> list[str]:
        names = [*(self.variables or [])]
        names += [v for edge in self.required_edges + self.forbidden_edges for v in edge]
        names += [v for tier in self.tiers for v in tier]
        names += [c.column for c in self.conditions]
        return list(dict.fromkeys(names))


class AteTask(_EffectFields):
    """Average treatment effect of `treatment` on `outcome`."""

    kind: Literal["ate"] = "ate"
    method: Literal["auto", "linear_regression", "propensity_weighting", "dml"] = "auto"
    estimand: Literal["ate", "att", "atc"] = Field(
        "ate", description="ate: whole population; att: the treated ('on those who took part'); atc: the untreated."
    )
    instrument: str | None = Field(None, description="An instrument named by the user ('using Z as an instrument').")
    graph: list[tuple[str, str]] | None = Field(
        None, description="Known causal edges (cause, effect); when given, identification uses this graph."
    )
    refute: bool = True

    def columns(self) -> list[str]:
        names = super().columns() + ([self.instrument] if self.instrument else [])
        return list(dict.fromkeys(names))


class CateTask(_EffectFields):
    """Conditional (heterogeneous) effects: for whom does the treatment work best?"""

    kind: Literal["cate"] = "cate"
    modifiers: list[str] | None = Field(None, description="Effect modifiers; None = the covariates.")
    method: Literal["auto", "linear_dml", "causal_forest", "dr_learner", "s_learner", "t_learner", "x_learner"] = "auto"
    at: dict[str, float | str] = Field(
        default_factory=dict,
        description="The effect at given values of other variables ('when class_ratio = 0.2'): "
        "for a continuous variable the CATE at that point, for a categorical one the effect within that group.",
    )

    def columns(self) -> list[str]:
        return list(dict.fromkeys(super().columns() + list(self.modifiers or []) + list(self.at)))


class PolicyTask(_EffectFields):
    """Who should be treated (or at which level) to get the best outcome?"""

    kind: Literal["policy"] = "policy"
    features: list[str] | None = Field(None, description="Columns the policy may use to decide; None = the covariates.")
    maximize: bool = Field(True, description="True: a larger outcome is better; False: smaller is better.")
    at: dict[str, float | str] = Field(default_factory=dict, description="Decide for units with these values only.")
    method: Literal["auto", "policy_tree", "policy_forest", "best_level"] = "auto"
    max_depth: int = Field(2, ge=1, le=4, description="Depth of the policy tree (readable rules).")

    def columns(self) -> list[str]:
        return list(dict.fromkeys(super().columns() + list(self.features or []) + list(self.at)))


class MediationTask(_EffectFields):
    """How much of the treatment's effect on the outcome goes through the mediator?"""

    kind: Literal["mediation"] = "mediation"
    mediator: str
    method: Literal["auto", "linear", "simulation"] = "auto"
    n_bootstrap: int = Field(200, ge=0, le=5000)

    def columns(self) -> list[str]:
        return list(dict.fromkeys(super().columns() + [self.mediator]))


class RelationTask(_TaskBase):
    """Corr2Cause-style: does a causal hypothesis follow from stated (in)dependencies?"""

    kind: Literal["relation"] = "relation"
    premise: str = Field(description="The stated correlations and independencies.")
    hypothesis: str = Field(description="The causal claim to check, e.g. 'A directly causes B'.")


class GenerateTask(_TaskBase):
    """Sample data from an SD-SCM (a DAG whose equations a language model defines)."""

    kind: Literal["generate"] = "generate"
    spec: str = Field(description="Path to a spec (JSON/YAML), the name of a bundled example spec, or 'dag' with `edges`.")
    edges: list[tuple[str, str]] = Field(default_factory=list, description="A graph the question wrote, as "
                                         "(cause, effect) pairs; with spec 'dag' the SD-SCM is written from it.")
    latent: list[str] = Field(default_factory=list, description="Variables of `edges` the question calls hidden.")
    rows: int = Field(1000, ge=1, le=1_000_000)
    datasets: int = Field(1, ge=1, le=100_000)
    interventions: dict[str, str] = Field(default_factory=dict, description="do(X=x) for each entry.")
    out_dir: str | None = None


class AuditTask(_TaskBase):
    """Does a language model encode a causal effect of `treatment` on `outcome` (Bynum & Cho 2024)?

    An SD-SCM over `spec` is run with the audited model; the answer is the exact interventional
    effect of do(treatment) on the model's distribution of `outcome`.
    """

    kind: Literal["audit"] = "audit"
    spec: str = Field(description="Name of a bundled audit spec, or a spec the session uploaded.")
    treatment: str = Field(description="The spec node to intervene on (e.g. race).")
    outcome: str = Field(description="The spec node whose distribution is compared (e.g. therapy).")
    treatment_values: tuple[str, str] | None = Field(None, description="(control, treated) values; None = the first two.")
    outcome_value: str | None = Field(None, description="The outcome value whose probability is compared; None = all.")
    units: int = Field(200, ge=1, le=100_000, description="Sampled units (contexts) the effect is averaged over.")
    model: str | None = Field(None, description="The model audited; None = the copilot's model.")


class UnsupportedTask(_TaskBase):
    """A question the copilot cannot answer; `reason` says why and what it can do instead."""

    kind: Literal["unsupported"] = "unsupported"
    reason: str


Task = Annotated[
    Union[
        DiscoverTask, AteTask, CateTask, PolicyTask, MediationTask, RelationTask, GenerateTask, AuditTask,
        UnsupportedTask,
    ],
    Field(discriminator="kind"),
]
_TASK_ADAPTER: TypeAdapter = TypeAdapter(Task)


def parse_task(obj: dict | str) -> Task:
    """Validate a task from a dict or a JSON string (raises pydantic.ValidationError)."""
    if isinstance(obj, str):
        return _TASK_ADAPTER.validate_json(obj)
    return _TASK_ADAPTER.validate_python(obj)


def task_to_dict(task: Task) -> dict:
    """The task JSON as a plain dict."""
    return task.model_dump(mode="json")


def task_schema() -> dict:
    """The JSON schema of the task JSON."""
    return _TASK_ADAPTER.json_schema()


__all__ = [
    "TASK_KINDS",
    "AteTask",
    "AuditTask",
    "CateTask",
    "Condition",
    "DiscoverTask",
    "GenerateTask",
    "MediationTask",
    "PolicyTask",
    "RelationTask",
    "Task",
    "TaskKind",
    "UnsupportedTask",
    "parse_task",
    "task_schema",
    "task_to_dict",
]

