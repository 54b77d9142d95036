"""Build the Corr2Cause robustness sets from the test set: paraphrased, renamed, and both.

Why: the published fine-tuned model falls from F1 94.7 to 55.5 under paraphrase and to 67.9 under
variable renaming. The answer is a function of the statements, so ours must not move at all.
Each set keeps the rows, labels, `num_variables` and `template` of the original, in the same order,
so predictions can be compared row by row.

- paraphrased: every statement and the hypothesis rewritten with a template drawn at random from
  several per statement type (conditioning before/after the clause, "controlling for", "once ... is
  known", negations such as "there is no correlation between"), the statements shuffled, and a
  different introduction.
- renamed: the letters A-F replaced by multi-word real-world names ("ice cream sales").
- paraphrased_renamed: both at once.

This reads the benchmark's own fixed wording with its own regular expressions (not the tool's
parser), so the sets test the parser rather than agree with it by construction.

    python -m eval.corr2cause_perturb [--data ../shared/data/corr2cause/test.csv] [--out eval/data] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import pandas as pd

from copilot.paths import shared_data_dir

DEFAULT_DATA = shared_data_dir() / "corr2cause" / "test.csv"
OUT_DIR = Path(__file__).resolve().parent / "data"
SETS = ("paraphrased", "renamed", "paraphrased_renamed")

# Multi-word names with no word the parser treats as grammar (independent, given, cause, effect, ...).
NAMES: tuple[str, ...] = (
    "ice cream sales",
    "daily temperature",
    "drowning incidents",
    "sunscreen purchases",
    "beach attendance",
    "hours of sleep",
    "coffee consumption",
    "blood pressure",
    "body mass index",
    "exercise frequency",
    "resting heart rate",
    "annual income",
    "years of schooling",
    "job satisfaction",
    "commute time",
    "air pollution level",
    "asthma attacks",
    "hospital admissions",
    "rainfall amount",
    "crop yield",
    "fertilizer use",
    "soil moisture",
    "housing prices",
    "mortgage rate",
    "unemployment rate",
    "consumer spending",
    "screen time",
    "reading score",
    "class size",
    "teacher experience",
    "vitamin D level",
    "bone density",
)

_ITEM = re.compile(
    r"^Premise: Suppose there is a closed system of (?P<n>\d+) variables, (?P<names>[^.]+)\. "
    r"All the statistical relations among these \d+ variables are as follows: (?P<body>.*)\n"
    r"Hypothesis: (?P<hyp>.*)$",
    re.S,
)
_CORR = re.compile(r"^(?P<x>[A-Z]) correlates with (?P<y>[A-Z])$")
_INDEP = re.compile(r"^(?:However, )?(?P<x>[A-Z]) is independent of (?P<y>[A-Z])$")
_CIND = re.compile(r"^(?:However, )?(?P<x>[A-Z]) and (?P<y>[A-Z]) are independent given (?P<z>.+)$")
_HYPS = {
    "parent": re.compile(r"^(?P<x>[A-Z]) directly causes (?P<y>[A-Z])\.$"),
    "mediated": re.compile(r"^(?P<x>[A-Z]) causes something else which causes (?P<y>[A-Z])\.$"),
    "nonparent": re.compile(r"^(?P<x>[A-Z]) is a cause for (?P<y>[A-Z]), but not a direct one\.$"),
    "collider": re.compile(r"^There exists at least one collider \(i\.e\., common effect\) of (?P<x>[A-Z]) and (?P<y>[A-Z])\.$"),
    "confounder": re.compile(r"^There exists at least one confounder \(i\.e\., common cause\) of (?P<x>[A-Z]) and (?P<y>[A-Z])\.$"),
}

INTROS = (
    "Suppose there is a closed system of {n} variables, {names}. All the statistical relations among these {n} variables are as follows:",
    "Consider a closed system with {n} variables: {names}. Here is the complete list of statistical relations among them:",
    "We study a closed system of {n} variables, namely {names}. Every statistical relation among them is listed below.",
)
CORR = (
    "{x} correlates with {y}",
    "{x} is correlated with {y}",
    "{x} and {y} are correlated",
    "there is a correlation between {x} and {y}",
    "{x} is statistically dependent on {y}",
    "{x} and {y} are associated",
    "{x} is associated with {y}",
)
INDEP = (
    "{x} is independent of {y}",
    "{x} and {y} are independent",
    "{x} and {y} are uncorrelated",
    "there is no correlation between {x} and {y}",
    "{x} is statistically independent of {y}",
    "{x} does not correlate with {y}",
)
CIND = (
    "{x} and {y} are independent given {z}",
    "given {z}, {x} and {y} are independent",
    "{x} is independent of {y} conditional on {z}",
    "conditional on {z}, {x} and {y} are uncorrelated",
    "{x} and {y} are independent when controlling for {z}",
    "once we control for {z}, {x} is independent of {y}",
    "{x} and {y} become independent once {z} {be} known",
    "{x} and {y} are conditionally independent given {z}",
    "{x} and {y} are independent when holding {z} fixed",
    "there is no correlation between {x} and {y} given {z}",
)
HYPS = {
    "parent": (
        "{x} directly causes {y}",
        "{x} is a direct cause of {y}",
        "{y} is directly caused by {x}",
        "{x} has a direct causal effect on {y}",
        "{y} is a direct effect of {x}",
    ),
    "mediated": (
        "{x} causes something else which causes {y}",
        "{x} causes some other variable that in turn causes {y}",
        "{x} affects {y} through at least one other variable",
        "there is a causal chain from {x} to {y} through another variable",
        "{y} is caused by something that {x} causes",
    ),
    "nonparent": (
        "{x} is a cause for {y}, but not a direct one",
        "{x} causes {y}, but not directly",
        "{x} causes {y} only indirectly, not directly",
        "{y} is an effect of {x}, but not a direct effect",
        "{y} is a descendant of {x} but not a child of {x}",
    ),
    "collider": (
        "there exists at least one collider (i.e., common effect) of {x} and {y}",
        "{x} and {y} have a common effect",
        "some variable is directly caused by both {x} and {y}",
        "{x} and {y} share at least one common child",
        "there is a variable that both {x} and {y} directly cause",
    ),
    "confounder": (
        "there exists at least one confounder (i.e., common cause) of {x} and {y}",
        "{x} and {y} have a common cause",
        "some variable directly causes both {x} and {y}",
        "{x} and {y} share at least one common parent",
        "{x} and {y} are both directly caused by some other variable",
    ),
}
CONNECTORS = ("", "", "", "Moreover, ", "Also, ", "Furthermore, ", "In addition, ")


def _join(names: list[str], oxford: bool = False) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ("," if oxford and len(names) > 2 else "") + " and " + names[-1]


def _cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def parse_item(text: str) -> dict:
    """The benchmark item as data: n, variable letters, statements (kind, x, y, z) and hypothesis."""
    m = _ITEM.match(text.strip())
    if not m:
        raise ValueError(f"not in the Corr2Cause format: {text[:80]!r}")
    letters = [v.strip() for v in re.split(r",\s*|\s+and\s+", m.group("names"))]
    statements = []
    for raw in m.group("body").strip().rstrip(".").split(". "):
        for kind, pattern in (("corr", _CORR), ("indep", _INDEP), ("cind", _CIND)):
            sm = pattern.match(raw.strip())
            if sm:
                z = [v.strip() for v in re.split(r",\s*|\s+and\s+", sm.group("z"))] if kind == "cind" else []
                statements.append((kind, sm.group("x"), sm.group("y"), z))
                break
        else:
            raise ValueError(f"unknown statement {raw!r}")
    for kind, pattern in _HYPS.items():
        hm = pattern.match(m.group("hyp").strip())
        if hm:
            return {"n": int(m.group("n")), "letters": letters, "statements": statements,
                    "hyp": (kind, hm.group("x"), hm.group("y"))}
    raise ValueError(f"unknown hypothesis {m.group('hyp')!r}")


def render(item: dict, rng: random.Random, paraphrase: bool, names: dict[str, str]) -> str:
    """Write an item back as text: the original wording, or paraphrased; letters mapped by `names`."""
    v = lambda letter: names.get(letter, letter)  # noqa: E731
    n, letters = item["n"], item["letters"]
    if not paraphrase:
        intro = INTROS[0].format(n=n, names=_join([v(x) for x in letters]))
        parts = []
        seen_independence = False
        for kind, x, y, z in item["statements"]:
            lead = "However, " if kind != "corr" and not seen_independence else ""
            seen_independence = seen_independence or kind != "corr"
            if kind == "corr":
                parts.append(f"{_cap(v(x))} correlates with {v(y)}.")
            elif kind == "indep":
                parts.append(f"{lead}{v(x) if lead else _cap(v(x))} is independent of {v(y)}.")
            else:
                parts.append(f"{lead}{v(x) if lead else _cap(v(x))} and {v(y)} are independent given {_join([v(w) for w in z])}.")
        kind, x, y = item["hyp"]
        hyp = {
            "parent": "{x} directly causes {y}.",
            "mediated": "{x} causes something else which causes {y}.",
            "nonparent": "{x} is a cause for {y}, but not a direct one.",
            "collider": "There exists at least one collider (i.e., common effect) of {x} and {y}.",
            "confounder": "There exists at least one confounder (i.e., common cause) of {x} and {y}.",
        }[kind].format(x=v(x), y=v(y))
        return f"Premise: {intro} {' '.join(parts)}\nHypothesis: {_cap(hyp)}"

    intro = rng.choice(INTROS).format(n=n, names=_join([v(x) for x in letters], oxford=rng.random() < 0.5))
    parts = []
    for kind, x, y, z in rng.sample(item["statements"], len(item["statements"])):
        if rng.random() < 0.5:
            x, y = y, x
        if kind == "corr":
            body = rng.choice(CORR).format(x=v(x), y=v(y))
        elif kind == "indep":
            body = rng.choice(INDEP).format(x=v(x), y=v(y))
        else:
            zs = rng.sample(z, len(z))
            body = rng.choice(CIND).format(
                x=v(x), y=v(y), z=_join([v(w) for w in zs], oxford=rng.random() < 0.5), be="is" if len(z) == 1 else "are"
            )
        connector = rng.choice(CONNECTORS)
        parts.append(connector + (body if connector else _cap(body)) + ".")
    kind, x, y = item["hyp"]
    if kind in ("collider", "confounder") and rng.random() < 0.5:
        x, y = y, x  # symmetric relations: the order must not matter
    hyp = rng.choice(HYPS[kind]).format(x=v(x), y=v(y))
    return f"Premise: {intro} {' '.join(parts)}\nHypothesis: {_cap(hyp)}."


def build(data: pd.DataFrame, which: str, seed: int = 0) -> pd.DataFrame:
    """One robustness set (`which` in SETS) with the same rows, labels and columns as `data`."""
    if which not in SETS:
        raise ValueError(f"unknown set {which!r}; choose from {SETS}")
    rng = random.Random(f"{seed}-{which}")
    out = data.copy()
    texts = []
    for text in data["input"]:
        item = parse_item(text)
        names = {}
        if "renamed" in which:
            names = dict(zip(item["letters"], rng.sample(NAMES, len(item["letters"]))))
        texts.append(render(item, rng, paraphrase="paraphrased" in which, names=names))
    out["input"] = texts
    return out


def set_path(which: str, out_dir: Path = OUT_DIR) -> Path:
    return Path(out_dir) / f"corr2cause_{which}.csv.gz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.corr2cause_perturb", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--out", default=str(OUT_DIR))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    data = pd.read_csv(args.data)
    for which in SETS:
        path = set_path(which, Path(args.out))
        path.parent.mkdir(parents=True, exist_ok=True)
        build(data, which, args.seed).to_csv(path, index=False, compression={"method": "gzip", "mtime": 0})
        print(f"wrote {path} ({len(data)} items)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
