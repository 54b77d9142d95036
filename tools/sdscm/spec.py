"""SD-SCM specifications: variables with text values and sentence templates, joined by a DAG.

A spec is plain data (JSON or YAML). Each variable has candidate values, one or more phrasings
(`prefix` + value + `suffix`), parents and an `exogenous` flag (hidden when a benchmark hides
confounders). `load_spec` also reads the paper's own config format (Bynum & Cho, 2024) unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from copilot.errors import UserError
from copilot.paths import shared_data_dir

SPEC_DIR = Path(__file__).parent / "specs"
# The paper's config is shared data, never copied into the repo: the name resolves to its path.
PAPER_CONFIG = shared_data_dir() / "sdscm_bcancer" / "breast_cancer_config.json"


class Phrasing(BaseModel):
    """One sentence template: `prefix + value + suffix`."""

    model_config = ConfigDict(extra="forbid")
    prefix: str
    suffix: str


class Variable(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    description: str = ""
    candidates: list[str] = Field(description="The finite set of text values (at least two).")
    phrasings: list[Phrasing] = Field(description="Sentence templates; a dataset uses one per variable.")
    parents: list[str] = Field(default_factory=list)
    exogenous: bool = Field(False, description="Hidden (a latent confounder) when a benchmark hides exogenous variables.")


class Spec(BaseModel):
    """A validated SD-SCM: variables in a fixed order (their column index is `X{i}`)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    description: str = ""
    preamble: str = Field("", description="Text every sequence starts with (shared, computed once).")
    variables: list[Variable]
    treatment: str | None = None
    outcome: str | None = None
    treatment_values: list[int] | None = Field(None, description="Candidate indices of the treatment to contrast; None = all.")
    outcome_value: int = Field(0, description="The benchmark outcome is logP(outcome = this candidate index).")

    @model_validator(mode="after")
    def _check(self) -> "Spec":
        validate_spec(self)
        return self

    # ---- convenience -------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [v.name for v in self.variables]

    def index(self, name: str) -> int:
        """Column index of a variable, by name or by `X{i}`."""
        names = self.names
        if name in names:
            return names.index(name)
        if name.startswith("X") and name[1:].isdigit() and int(name[1:]) < len(names):
            return int(name[1:])
        raise UserError(f"Unknown variable {name!r} in spec {self.name!r}.", f"Known variables: {', '.join(names)}.")

    def parent_indices(self, i: int) -> list[int]:
        """Parents of variable i, in topological order (the order their sentences appear)."""
        order = {v: k for k, v in enumerate(self.topological_order())}
        return sorted((self.index(p) for p in self.variables[i].parents), key=order.__getitem__)

    def topological_order(self) -> list[int]:
        """Topological order, ties broken by spec order (stable, so text order is deterministic)."""
        g = self.graph()
        return list(nx.lexicographical_topological_sort(g, key=lambda n: n))

    def graph(self) -> nx.DiGraph:
        g = nx.DiGraph()
        g.add_nodes_from(range(len(self.variables)))
        for i, v in enumerate(self.variables):
            for p in v.parents:
                g.add_edge(self.names.index(p), i)
        return g

    def descendants(self, i: int) -> set[int]:
        return nx.descendants(self.graph(), i)

    def value_index(self, var: int, value: str | int) -> int:
        """Candidate index of `value` (a candidate string or an index) for variable `var`."""
        cands = self.variables[var].candidates
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit() and value not in cands):
            k = int(value)
            if 0 <= k < len(cands):
                return k
        elif value in cands:
            return cands.index(value)
        raise UserError(
            f"{value!r} is not a value of {self.variables[var].name!r}.",
            f"Use one of {cands} or an index 0..{len(cands) - 1}.",
        )


def validate_spec(spec: Spec) -> None:
    """Raise UserError for a spec that cannot define an SD-SCM (the message says what to fix)."""
    names = [v.name for v in spec.variables]
    if not names:
        raise UserError(f"Spec {spec.name!r} has no variables.", "Add at least one variable.")
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise UserError(f"Spec {spec.name!r} names a variable more than once: {', '.join(dupes)}.", "Give every variable a unique name.")
    for v in spec.variables:
        if len(v.candidates) < 2:
            raise UserError(
                f"Variable {v.name!r} has {len(v.candidates)} candidate value(s); an SD-SCM needs at least 2.",
                "Add more values to its `candidates` list.",
            )
        if len(set(v.candidates)) != len(v.candidates):
            raise UserError(f"Variable {v.name!r} lists a candidate value twice.", "Make its candidates distinct.")
        if not v.phrasings:
            raise UserError(f"Variable {v.name!r} has no phrasing.", "Add at least one {prefix, suffix} pair.")
        for p in v.parents:
            if p not in names:
                raise UserError(
                    f"Variable {v.name!r} has parent {p!r}, which is not a variable of the spec.",
                    f"Parents must be among: {', '.join(names)}.",
                )
            if p == v.name:
                raise UserError(f"Variable {v.name!r} lists itself as a parent.", "Remove the self-loop.")
    g = nx.DiGraph()
    g.add_nodes_from(names)
    g.add_edges_from((p, v.name) for v in spec.variables for p in v.parents)
    if not nx.is_directed_acyclic_graph(g):
        cycle = " -> ".join(a for a, _ in nx.find_cycle(g)) + " -> " + nx.find_cycle(g)[0][0]
        raise UserError(f"Spec {spec.name!r} is not acyclic: {cycle}.", "Remove one edge of the cycle.")
    for role in ("treatment", "outcome"):
        name = getattr(spec, role)
        if name is not None and name not in names:
            raise UserError(f"The {role} {name!r} is not a variable of spec {spec.name!r}.", f"Choose one of: {', '.join(names)}.")
    if spec.treatment_values is not None and spec.treatment is not None:
        k = len(spec.variables[names.index(spec.treatment)].candidates)
        if len(spec.treatment_values) < 2 or any(not 0 <= t < k for t in spec.treatment_values):
            raise UserError("`treatment_values` must list at least two candidate indices of the treatment.", f"Use indices 0..{k - 1}.")
    if spec.outcome is not None:
        k = len(spec.variables[names.index(spec.outcome)].candidates)
        if not 0 <= spec.outcome_value < k:
            raise UserError(f"`outcome_value` must be a candidate index of {spec.outcome!r}.", f"Use 0..{k - 1}.")


def from_paper_config(cfg: dict[str, Any], name: str = "paper") -> Spec:
    """Convert the paper's config format (`setup_sequence_sample_space`, parent indices) to a Spec."""
    space = cfg["setup_sequence_sample_space"]
    names = [str(v.get("variable_name") or f"X{i}") for i, v in enumerate(space)]
    variables = []
    for v, vname in zip(space, names):
        variables.append(
            Variable(
                name=vname,
                candidates=[str(c) for c in v["candidate_set"]],
                phrasings=[Phrasing(prefix=p, suffix=s) for p, s in v["possible_prefix_suffix_pairs"]],
                parents=[names[j] for j in (v.get("parent_indices") or [])],
                exogenous=bool(v.get("exogenous", False)),
            )
        )
    t, y = cfg.get("index_of_intervention"), cfg.get("index_of_outcome")
    outcome_choices = cfg.get("possible_outcome_choices") or [0]
    return Spec(
        name=str(cfg.get("experiment_name") or name),
        variables=variables,
        treatment=names[t] if t is not None else None,
        outcome=names[y] if y is not None else None,
        treatment_values=list(cfg["intervention_choices"]) if cfg.get("intervention_choices") else None,
        outcome_value=int(outcome_choices[0]),
    )


def bundled_specs() -> list[str]:
    """Names `load_spec` accepts besides paths."""
    return sorted({p.stem for p in SPEC_DIR.glob("*.json")} | {p.stem for p in SPEC_DIR.glob("*.yaml")} | {"breast_cancer"})


def load_spec(path_or_name: str | Path | dict) -> Spec:
    """A validated Spec from a bundled name, a JSON/YAML path (ours or the paper's format) or a dict."""
    if isinstance(path_or_name, dict):
        raw, stem = path_or_name, "spec"
    else:
        text = str(path_or_name)
        path = Path(text)
        if not path.exists():
            if text == "breast_cancer":
                path = PAPER_CONFIG
                if not path.exists():
                    raise UserError(f"The paper's breast-cancer config is not at {path}.", "Pass the config's path with --spec.")
            else:
                for ext in (".json", ".yaml", ".yml"):
                    if (SPEC_DIR / f"{text}{ext}").exists():
                        path = SPEC_DIR / f"{text}{ext}"
                        break
                else:
                    raise UserError(f"No spec file or bundled spec named {text!r}.", f"Bundled specs: {', '.join(bundled_specs())}.")
        stem = path.stem
        try:
            body = path.read_text()
            if path.suffix in {".yaml", ".yml"}:
                import yaml

                raw = yaml.safe_load(body)
            else:
                raw = json.loads(body)
        except (OSError, ValueError) as exc:
            raise UserError(f"Could not read spec {path}: {exc}", "Check that the file is valid JSON or YAML.") from exc
    if not isinstance(raw, dict):
        raise UserError("A spec must be a JSON/YAML object.", "See tools/sdscm/specs/confounder.json for an example.")
    try:
        if "setup_sequence_sample_space" in raw:
            return from_paper_config(raw, stem)
        return Spec.model_validate({"name": stem, **raw})
    except ValidationError as exc:
        # validate_spec raises UserError inside the validator; pydantic wraps it.
        for err in exc.errors():
            ctx = err.get("ctx") or {}
            if isinstance(ctx.get("error"), UserError):
                raise ctx["error"] from None
        raise UserError(f"Spec {stem!r} is malformed: {exc}", "Fix the fields named above.") from exc
