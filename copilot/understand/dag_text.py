"""A causal graph written in a question: "Z -> X -> Y, Z -> Y", "A→B, B→C", "X -> C <- Y",
"smoking causes tar, tar causes cancer, and genotype causes both smoking and cancer",
"X2 = 0.8*X1 + e; Y = 1.5*X2 - 0.3*X1 + e".

`edges_in(question)` returns the (cause, effect) pairs in the order written and the variables the
question calls hidden / unobserved / latent. A generate request that writes its own graph is sampled
from an SD-SCM written for that graph instead of asking which bundled example to use.
"""

from __future__ import annotations

import re

from copilot.understand.text import NUMBER_WORDS

_ARROW = re.compile(r"\s*(->|→|=>|⟶|<-|←)\s*")
_NAME = r"[A-Za-z][\w.']*(?: [A-Za-z][\w.']*){0,3}"
_VERB = (r"(?:causes|cause|caused|affects|affect|drives|drive|influences|influence|determines|determine|raises|"
         r"lowers|increases|reduces|decreases|impacts|leads to|feeds into|feeds)")
_CUT = re.compile(r"^.*(?:[(:]|\b(?:dag|graph|chain|scm|model|structure|edges|from|where|with|data|dataset|collider|"
                  r"mediator|instrument|confounder|treatment|outcome|exposure|this|that|following|like|then|is|are|"
                  r"of|as|such)\b)\s*", re.I)
_QUESTION_WORDS = {"what", "which", "who", "whom", "whether", "how"}
_STOP = {"the", "a", "an", "also", "both", "then", "and", "which", "in", "turn", "it", "its", "directly", "plus"}
_TAIL_STOP = re.compile(r"\b(?:with|and|plus|then|using|for|in|n|where|please|linear|nonlinear|gaussian|binary|"
                        r"continuous|noise|samples?|rows?|observations?|hidden|unobserved|latent)\b.*$", re.I)


def _clean(name: str, head: bool) -> str:
    """A variable name from the words around an arrow or verb: the first words after it (head=True) or
    the last words before it, after any sentence words ('from the DAG Z' -> 'Z', 'a collider (X' -> 'X')."""
    name = name.strip(" ,;[]\"'`")
    if head:
        name = re.split(r"[.)?!(]\s|[.)?!]$|\)", name + " ")[0]
        name = _TAIL_STOP.sub("", name).strip(" .,:;(")
        words = name.split()[:3]
    else:
        name = _CUT.sub("", name.rstrip(" .:;(")).strip(" .,:;()")
        words = name.split()[-3:]
    words = [w for w in words if w not in _STOP and (len(w) == 1 or w.lower() not in _STOP)]  # "A" is a name
    return " ".join(words).strip(" .,:;()")


def _arrow_edges(text: str) -> list[tuple[str, str]]:
    edges: list[tuple[str, str]] = []
    for clause in re.split(r"[,;\n]| (?:and|plus) (?=[A-Za-z][\w ]{0,30}(?:->|→|=>|<-|←))", text):
        parts = _ARROW.split(clause)
        if len(parts) < 3:
            continue
        for i in range(1, len(parts) - 1, 2):
            left, arrow, right = parts[i - 1], parts[i], parts[i + 1]
            a = _clean(left, head=False) if i == 1 else _clean(left, head=True)
            b = _clean(right, head=True)
            if a and b and a != b:
                edges.append((b, a) if arrow in {"<-", "←"} else (a, b))
    return edges


def _verbal_edges(text: str) -> list[tuple[str, str]]:
    edges: list[tuple[str, str]] = []
    for clause in re.split(r"[,;\n]|\band (?=[a-z][\w ]{0,30}? " + _VERB + r"\b)", text):
        m = re.search(rf"({_NAME}) (?:also |directly |in turn |then )?{_VERB} (?:both )?(.+)$", clause.strip())
        # "which are the direct causes of which others": the noun, not the verb
        if not m or m.group(2).startswith("of "):
            continue
        cause = _clean(m.group(1), head=False)
        targets = re.split(r"\s+and\s+|\s*&\s*", m.group(2))
        for t in targets:
            effect = _clean(t, head=True)
            if cause and effect and cause != effect:
                edges.append((cause, effect))
    return edges


def _equation_edges(text: str) -> list[tuple[str, str]]:
    edges: list[tuple[str, str]] = []
    # "X2 = 0.5*X1 + e" and the assignment form "X2 := 0.5*X1 + N(0,1)"
    for m in re.finditer(r"\b([A-Za-z]\w*)\s*:?=\s*([^;=\n]+?)(?=;|\.(?:\s|$)|\n|$|,\s*[A-Za-z]\w*\s*:?=)", text):
        lhs, rhs = m.group(1), m.group(2)
        for var in re.findall(r"(?<![A-Za-z_])([A-Za-z]\w*)\b", rhs):  # "0.5X": a coefficient before the name
            # noise terms ("e", "e2", "eps_y", "N(0,1)") and functions are no variables
            if not re.fullmatch(r"(?:e|eps|epsilon|n|noise|u)(?:_?[a-z]?\d+|_[a-z]\w{0,2})?|normal|exp|log|sigmoid", var.lower()) \
                    and var != lhs:
                edges.append((var, lhs))
    return edges


def edges_in(question: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(edges as (cause, effect) in the order written, hidden variables). Empty when the question
    writes no graph."""
    edges = _arrow_edges(question) or _equation_edges(question) or _verbal_edges(question)
    hidden: list[str] = []
    written = {n for e in edges for n in e}  # the graph's own names, before any hidden-cause clause
    # "with unobserved severity affecting both uptake and recovery": a hidden common cause
    for m in re.finditer(r"\b(?:unobserved|hidden|latent|unmeasured) ([A-Za-z][\w]*(?: [a-z]\w*)?) (?:affecting|affects|that "
                         r"affects|influencing|driving|causing|confounding) (?:both )?(.+?)(?:[.;?]|$)", question):
        for target in re.split(r"\s+and\s+|,\s*", m.group(2)):
            effect = _clean(target, head=True)
            if effect:
                edges.append((m.group(1), effect))
        hidden.append(m.group(1))
    def same(n: str) -> str:  # "uptake" after "treatment uptake" was written: the same variable
        if n in written or not hidden:
            return n
        longer = [m for m in written if re.search(rf"\b{re.escape(n)}$", m)]
        return longer[0] if len(longer) == 1 else n

    edges = [(same(a.strip()), same(b.strip())) for a, b in edges]
    # "what influences what between A, B and C": a question about the graph, not an edge between "what"s
    edges = list(dict.fromkeys((a, b) for a, b in edges if a and b and a != b
                               and not {a.split()[0].lower(), b.split()[0].lower()} & _QUESTION_WORDS))
    nodes = {n for e in edges for n in e}
    for n in nodes:
        word = re.escape(n)
        if re.search(rf"(?:unobserved|hidden|latent|unmeasured)\s+(?:confounders?\s+)?{word}\b|\b{word}\s+(?:is |are |being )?"
                     rf"(?:hidden|unobserved|latent|unmeasured)\b", question, re.I):
            hidden.append(n)
    return edges, list(dict.fromkeys(hidden))


# a count said in words ("a five-variable graph"; not the ordinals of NUMBER_WORDS)
_COUNT_WORDS = {w: int(d) for w, d in NUMBER_WORDS.items() if w not in {"first", "second", "third", "fourth"}}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r")"
_GRAPH = r"(?:dags?|graphs?|scms?|structural causal models?|causal models?|networks?|bayesian networks?)"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word]


def graph_size(text: str) -> int | None:
    """How many variables a requested graph has, when the text says only that: 'a random DAG with 8 nodes',
    'a linear SCM with 8 variables', 'a ground-truth graph of 10 nodes', 'a five-variable causal graph',
    'an SCM over X1..X6'; None when it says no size."""
    m = re.search(rf"\b{_GRAPH}\b[^.;]{{0,40}}?\b{_COUNT}[ -](?:nodes?|variables?|vars?)\b|"
                  rf"\b{_COUNT}[ -](?:node|variable|var) (?:[\w-]+ ){{0,2}}?{_GRAPH}\b|"
                  rf"\b(?:nodes?|variables?|vars?)\W{{1,3}}{_COUNT}\b", text)
    if not m and re.search(r"\brandom\b", text) and re.search(rf"\b{_GRAPH}\b", text):
        m = re.search(rf"\b{_COUNT}()()()[ -](?:nodes|variables|vars)\b", text)  # "10 nodes, random Erdos-Renyi DAG"
    if m:
        n = _count(next(g for g in m.groups() if g))
    elif r := re.search(r"\bx_?1\s*(?:(?:\.\s*){2,3}|…|-|to|through)\s*x_?(\d{1,2})\b", text):  # "over X1..X6"
        n = int(r.group(1))
    else:
        return None
    return max(2, min(n, 30))


def random_dag_edges(text: str, seed: int = 0) -> list[tuple[str, str]]:
    """'a random DAG with 8 nodes (edge probability 0.3)', 'an SCM with 8 variables': an Erdos-Renyi DAG
    over X1..Xn in that order, fixed by `seed` so the same request gives the same graph; 'a 6-node chain':
    X1 -> ... -> X6 (empty when the text asks for neither)."""
    chain = re.search(r"\b(\d{1,2})[ -](?:node|variable|var) chain\b|\bchain (?:graph |dag )?(?:of|with|over) (\d{1,2}) "
                      r"(?:nodes|variables|vars)\b", text)
    if chain:  # "a 6-node chain graph": X1 -> X2 -> ... -> X6
        n = max(2, min(int(chain.group(1) or chain.group(2)), 30))
        return [(f"X{i + 1}", f"X{i + 2}") for i in range(n - 1)]
    n = graph_size(text)
    if n is None:
        return []
    p = re.search(r"\b(?:edge )?probability (?:of )?(0?\.\d+)", text)
    prob = float(p.group(1)) if p else 0.3
    import numpy as np

    rng = np.random.default_rng(seed)
    edges = [(f"X{i + 1}", f"X{j + 1}") for i in range(n) for j in range(i + 1, n) if rng.random() < prob]
    return edges or [(f"X{i + 1}", f"X{i + 2}") for i in range(n - 1)]
