"""SD-SCM: sequence-driven structural causal models (Bynum & Cho, 2024) on a local language model.

`load_spec(path_or_name)` reads a spec (ours or the paper's config); `sample(...)` draws units in
observational and `do(...)` worlds with shared exogenous noise; `run(GenerateTask)` writes benchmark
datasets with exact ground truth (the agent calls this); `tools.sdscm.cluster.generate_ray` spreads
datasets over Ray workers; `tools.sdscm.audit.run(AuditTask)` audits a language model for a causal
effect; `tools.sdscm.perf` measures utilisation, the trie minimum of tokens and agreement with fp32.
"""

from tools.sdscm.engine import Samples, counterfactual, sample
from tools.sdscm.generate import generate, run
from tools.sdscm.lm import LM, load_lm, prepare_lm
from tools.sdscm.spec import Phrasing, Spec, Variable, bundled_specs, load_spec

__all__ = ["LM", "Phrasing", "Samples", "Spec", "Variable", "bundled_specs", "counterfactual", "generate", "load_lm", "load_spec", "prepare_lm", "run", "sample"]
