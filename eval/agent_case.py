"""One case of the end-to-end agent benchmark: the question and the table a user would have.

From an SD-SCM dataset and its config, the raw columns `X0..X13` get meaningful names and text
values, the table keeps only what a user would see (covariates, treatment, outcome; with
`setting="hidden"` the exogenous covariates are dropped too), and the question's phrasing rotates
through varied styles. The true sample ATE comes from the dataset's counterfactual columns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from copilot.errors import UserError
from eval.sdscm_data import dataset_stem, default_hidden, load_spec, pre_treatment_nodes

SETTINGS = ("all", "hidden")

# Words that carry no meaning in a candidate value when it becomes part of a column name.
_FILLER = {"a", "an", "the", "of", "with", "such", "as", "and", "initiate", "administer", "start", "begin", "regimen",
           "combination", "treatment", "to"}


def slug(text: str) -> str:
    """A column-name form of some words: lower case, runs of other characters as one underscore."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


@dataclass(frozen=True)
class Naming:
    """Meaningful names for one dataset's columns, and the words a question uses for them."""

    columns: dict[str, str]  # raw column -> user-facing column
    values: dict[str, dict[str, str]]  # raw column -> {raw value: text value}
    treatment_words: str
    outcome_words: str
    treatment_low: str
    treatment_high: str
    domain: str


def load_config(path: str | Path | None) -> dict | None:
    if path is None:
        return None
    path = Path(path)
    if not path.is_file():
        return None
    return json.loads(path.read_text())


def naming_from_config(config: dict | None, treatment: str, outcome: str, covariates: list[str], control: str, treated: str) -> Naming:
    """Names from the SD-SCM config (variable names, candidate values); raw names where it has none."""
    variables = (config or {}).get("setup_sequence_sample_space") or []
    columns: dict[str, str] = {}
    values: dict[str, dict[str, str]] = {}
    used: set[str] = set()

    def var_of(col: str) -> dict | None:
        m = re.fullmatch(r"X(\d+)", col)
        if m and int(m.group(1)) < len(variables):
            return variables[int(m.group(1))]
        return None

    def unique(name: str) -> str:
        base, k = name, 2
        while name in used:
            name = f"{base}_{k}"
            k += 1
        used.add(name)
        return name

    for col in [*covariates, treatment]:
        var = var_of(col)
        if var is None:
            columns[col] = unique(slug(col) or col)
            continue
        columns[col] = unique(slug(var["variable_name"]))
        candidates = [str(c) for c in var.get("candidate_set") or []]
        if candidates:
            values[col] = {str(i): c for i, c in enumerate(candidates)}

    # The outcome: log-probability of one candidate value of the outcome node (paper: logP(X13=0)).
    m = re.fullmatch(r"logP\(X(\d+)=(\d+)\)", outcome)
    if m and int(m.group(1)) < len(variables):
        var = variables[int(m.group(1))]
        choice = str((var.get("candidate_set") or [m.group(2)])[int(m.group(2))])
        words = [w for w in re.findall(r"[A-Za-z0-9-]+", choice) if w.lower() not in _FILLER][:4]
        subject = " ".join(words) or var["variable_name"]
        columns[outcome] = unique("log_prob_" + slug(subject))
        outcome_words = f"log probability of {subject}"
    else:
        columns[outcome] = unique(slug(outcome) or outcome)
        outcome_words = columns[outcome].replace("_", " ")

    t_var = var_of(treatment)
    treatment_words = t_var["variable_name"] if t_var else columns[treatment].replace("_", " ")
    t_values = values.get(treatment, {})
    domain = "breast cancer patients" if config and "cancer" in str(config.get("experiment_name", "")) else "these units"
    return Naming(
        columns=columns, values=values, treatment_words=treatment_words, outcome_words=outcome_words,
        treatment_low=t_values.get(control, control), treatment_high=t_values.get(treated, treated), domain=domain,
    )



# Varied styles: interrogative, imperative, conversational, terse, with names in backticks or
# parentheses, with a preamble, with typos. `{t}`/`{y}` are words, `{tc}`/`{yc}` column names.
TEMPLATES: tuple[str, ...] = (
    "What is the effect of {t} on the {y}?",
    "Estimate the average treatment effect of `{tc}` on `{yc}`.",
    "I'm analysing {domain}. On average, how much does {t} change the {y}?",
    "how does {t} impact {y}",
    "Could you compute the causal effect of {t} ({tc}) on {y} ({yc})?",
    "ATE of {tc} on {yc} please",
    "If {t} went from {low} to {high}, what would happen to the {y}?",
    "Quantify the impact of {t} on the {y}, adjusting for the other variables.",
    "whats the average causal efect of {t} on {y}?",
    "Our team wants to know whether {t} causes a change in the {y}. What's the effect size?",
    "Is there a causal effect of {t} on the {y}? Give me the estimate with a confidence interval.",
    "Does {t} affect {y}?",
)


def make_question(naming: Naming, treatment: str, outcome: str, index: int, seed: int = 0) -> str:
    """One question for a dataset: the style rotates with the dataset index (shifted by the seed)."""
    template = TEMPLATES[(index + seed) % len(TEMPLATES)]
    return template.format(
        t=naming.treatment_words, y=naming.outcome_words, tc=naming.columns[treatment], yc=naming.columns[outcome],
        low=naming.treatment_low, high=naming.treatment_high, domain=naming.domain,
    )




@dataclass(frozen=True)
class Item:
    """One question of the benchmark: a dataset (its index rotates the phrasing), a setting and a model."""

    lm: str
    path: str
    index: int
    setting: str
    model: str
    seed: int
    config: str | None

    @property
    def key(self) -> str:
        return f"{self.lm}/{dataset_stem(Path(self.path))}/{self.setting}"


def build_case(item: Item) -> tuple[pd.DataFrame, str, str, float, str, Naming]:
    """(user-facing table, treatment column, outcome column, true sample ATE, question, naming)."""
    path = Path(item.path)
    spec = load_spec(path)
    raw = pd.read_csv(path)
    col0, col1 = spec.ite_columns()
    missing = [c for c in (spec.treatment, spec.outcome, col0, col1) if c not in raw.columns]
    if missing:
        raise UserError(f"{path.name} lacks {missing}; it needs the counterfactual columns to know the truth.")
    covariates = spec.covariates if spec.covariates is not None else pre_treatment_nodes(raw, spec)
    if item.setting == "hidden":
        hidden = set(spec.hidden if spec.hidden is not None else default_hidden(raw, spec))
        covariates = [c for c in covariates if c not in hidden]
    truth = float((raw[col1].astype(float) - raw[col0].astype(float)).mean())
    config = load_config(item.config)
    naming = naming_from_config(config, spec.treatment, spec.outcome, covariates, spec.control, spec.treated)
    frame = pd.DataFrame(index=raw.index)
    for col in [*covariates, spec.treatment, spec.outcome]:
        series = raw[col]
        mapping = naming.values.get(col)
        if mapping:
            series = series.map(lambda v, m=mapping: m.get(str(int(v)) if float(v).is_integer() else str(v), v))
            if all(str(v).isdigit() for v in mapping.values()):
                series = series.astype(int)  # e.g. age 25..85 stays numeric
        frame[naming.columns[col]] = series
    question = make_question(naming, spec.treatment, spec.outcome, item.index, item.seed)
    return frame, naming.columns[spec.treatment], naming.columns[spec.outcome], truth, question, naming
