"""`python -m eval parse-train`: refit the parser's kind model and write copilot/understand/vocab/kind_model.json.

Fits a multinomial logistic regression on the *train* split of eval/data/questions.jsonl and
eval/data/train_extra*.jsonl: inputs
are the parser's cue features (kind cues, structural scores) and, when the embedding package is
installed, a sentence embedding of the question. The regularisation strength is chosen on the
*dev* items (questions.jsonl dev + eval/data/dev_extra*.jsonl); the test split is never read.
Deterministic: the same data give the same file. With `--tune`, the thresholds by which the
model acts beside the structural reading are then chosen on the same dev items (`eval/parse_tune.py`)
and written to `vocab/kind_decision.json`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

import numpy as np

from copilot.parse import parse_question
from copilot.understand import VOCAB_DIR, gate, kind as kind_module
from copilot.understand.kind import KINDS, MODEL_FILE, ngram_vector, ngrams
from eval.parse_bench import load_items

DATA = Path(__file__).parent / "data"


def _rows(items: list[dict], with_embeddings: bool) -> tuple[list[dict], list[list[float] | None], list[str], list[str]]:
    cues, embs, labels, texts = [], [], [], []
    for item in items:
        kind = item["expected"]["kind"]
        if kind not in KINDS or item["expected"].get("clarify") or item["expected"].get("at"):
            # an effect at a point is a CATE by structure (the model never overrides an `at`); its wording
            # ("what would X do to Y for a 40-year-old") would teach the model that plain effects are CATEs
            continue
        out = parse_question(item["question"], item.get("columns"), lm=None)
        if not out.features:  # relation / generate / audit / early answers: decided before kinds compete
            continue
        cues.append(out.features)
        embs.append(kind_module.embed(item["question"]) if with_embeddings else None)
        labels.append(kind)
        texts.append(item["question"])
    return cues, embs, labels, texts


def _ngram_space(texts: list[str], min_df: int = 2) -> tuple[dict[str, int], list[float]]:
    """Vocabulary (n-grams in at least `min_df` train questions, sorted) and smoothed idf."""
    df: dict[str, int] = {}
    for t in texts:
        for g in set(ngrams(t)):
            df[g] = df.get(g, 0) + 1
    vocab = {g: j for j, g in enumerate(sorted(g for g, c in df.items() if c >= min_df))}
    n = len(texts)
    idf = [round(float(np.log((1 + n) / (1 + df[g])) + 1.0), 6) for g in sorted(vocab, key=vocab.get)]
    return vocab, idf


def _ngram_matrix(texts: list[str], vocab: dict[str, int], idf: list[float]):
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        for j, v in ngram_vector(t, vocab, idf).items():
            rows.append(i), cols.append(j), vals.append(v)
    return csr_matrix((vals, (rows, cols)), shape=(len(texts), len(vocab)))


def _matrix(cues: list[dict], embs: list, names: list[str], dim: int) -> np.ndarray:
    rows = []
    for c, e in zip(cues, embs):
        row = [float(c.get(n, 0.0)) for n in names]
        if dim:
            row += list(e) if e is not None else [0.0] * dim
        rows.append(row)
    return np.asarray(rows, dtype=float)


def _fit(train: tuple, dev: tuple, names: list[str], dim: int, space: tuple,
         grid: tuple = ((0.3, 1.0, 3.0, 10.0), (0.03, 0.1, 0.3))) -> tuple[dict, dict]:
    """Logistic regression over [n-gram tf-idf | dense features standardised and scaled by `w`]; C and w
    chosen on dev (accuracy, then log loss). The dense weights are stored pre-multiplied by w."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    x_tr, x_dev = _matrix(train[0], train[1], names, dim), _matrix(dev[0], dev[1], names, dim)
    mean, scale = x_tr.mean(0), x_tr.std(0)
    scale[scale == 0] = 1.0
    z_tr, z_dev = (x_tr - mean) / scale, (x_dev - mean) / scale
    g_tr, g_dev = _ngram_matrix(train[3], *space), _ngram_matrix(dev[3], *space)
    best = None
    for c in grid[0]:
        for w in grid[1]:
            a_tr = hstack([g_tr, csr_matrix(z_tr * w)]).tocsr()
            a_dev = hstack([g_dev, csr_matrix(z_dev * w)]).tocsr()
            clf = LogisticRegression(C=c, max_iter=5000).fit(a_tr, train[2])
            acc = float(np.mean(clf.predict(a_dev) == np.asarray(dev[2])))
            proba = clf.predict_proba(a_dev)
            idx = [list(clf.classes_).index(k) if k in clf.classes_ else None for k in dev[2]]
            nll = float(np.mean([-np.log(max(proba[i, j], 1e-9)) if j is not None else 10.0 for i, j in enumerate(idx)]))
            if best is None or (acc, -nll) > (best[2], -best[3]):
                best = (c, w, acc, nll, clf)
    c, w, acc, nll, clf = best
    n_g = g_tr.shape[1]
    variant = {"C": c, "dense_weight": w, "embedding_dim": dim, "mean": mean.round(6).tolist(),
               "scale": scale.round(6).tolist(), "coef": (clf.coef_[:, n_g:] * w).round(6).tolist(),
               "ngram_coef": clf.coef_[:, :n_g].round(5).tolist(),
               "intercept": clf.intercept_.round(6).tolist(), "classes": list(clf.classes_)}
    return variant, {"C": c, "dense_weight": w, "dev_accuracy": round(acc, 4), "dev_log_loss": round(nll, 4),
                     "n_train": len(train[2]), "n_dev": len(dev[2])}


def train_dev_items() -> tuple[list[dict], list[dict]]:
    """The train items (questions.jsonl train + train_extra*) and dev items (questions.jsonl dev +
    dev_extra*); the test split is never read."""
    items = load_items(DATA / "questions.jsonl")
    for extra in sorted(DATA.glob("train_extra*.jsonl")):
        items += load_items(extra)
    train_items = [i for i in items if i.get("split") == "train"]
    dev_items = [i for i in items if i.get("split") == "dev"]
    for extra in sorted(DATA.glob("dev_extra*.jsonl")):
        dev_items += load_items(extra)
    return train_items, dev_items


def _cached_embeddings(path: str | None) -> Callable[[list[str]], None] | None:
    """Keep question embeddings in a JSON file between runs (refits and tuning embed ~2,000 questions);
    returns the function that embeds many questions into the cache at once."""
    if not path:
        return None
    file = Path(path)
    cache: dict[str, list[float] | None] = json.loads(file.read_text()) if file.is_file() else {}
    plain = kind_module.embed

    def cached(text: str) -> list[float] | None:
        if text not in cache:
            cache[text] = plain(text)
            if len(cache) % 200 == 0:
                file.write_text(json.dumps(cache))
        return cache[text]

    def prefill(texts: list[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in cache))
        if todo:
            cache.update(zip(todo, kind_module.embed_many(todo) or [None] * len(todo)))

    kind_module.embed = cached
    import atexit

    atexit.register(lambda: file.write_text(json.dumps(cache)))
    return prefill


def main(argv: list[str]) -> int:
    with gate.switched_off():  # the kind model and its thresholds are fitted on the parser before the gate
        return _main(argv)


def _main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval parse-train", description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(MODEL_FILE))
    ap.add_argument("--no-embeddings", action="store_true", help="fit only the variant without sentence embeddings")
    ap.add_argument("--tune", action="store_true", help="also choose the decision thresholds on dev (kind_decision.json)")
    ap.add_argument("--penalty", type=float, default=2.0, help="--tune: cost of a silently wrong task (a question back costs 1)")
    ap.add_argument("--embed-cache", default=None, help="JSON file caching question embeddings between runs")
    ap.add_argument("--final", action="store_true",
                    help="after choosing C, the feature weight and (with --tune) the thresholds on dev, refit the "
                    "kind model on train + dev with those choices (dev numbers then no longer measure it)")
    args = ap.parse_args(argv)
    prefill = _cached_embeddings(args.embed_cache)
    train_items, dev_items = train_dev_items()
    with_emb = not args.no_embeddings and kind_module.embed("probe") is not None
    if with_emb and prefill is not None:
        prefill([i["question"] for i in train_items + dev_items])
    train, dev = _rows(train_items, with_emb), _rows(dev_items, with_emb)
    names = sorted({k for c in train[0] for k in c})
    space = _ngram_space(train[3])
    model = {"features": names, "kinds": list(KINDS), "ngram_vocab": space[0], "ngram_idf": space[1]}
    model["without_embeddings"], report = _fit(train, dev, names, 0, space)
    model["classes"] = model["without_embeddings"]["classes"]
    reports = {"without_embeddings": report}
    if with_emb:
        model["with_embeddings"], reports["with_embeddings"] = _fit(train, dev, names, 384, space)
        assert model["with_embeddings"]["classes"] == model["classes"]
    model["fit"] = reports
    Path(args.out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps(reports, indent=2))
    print(f"wrote {args.out}")
    if args.tune:
        from eval.parse_tune import tune

        kind_module.load_model.cache_clear()
        settings, report = tune(dev_items, args.penalty)
        path = VOCAB_DIR / "kind_decision.json"
        doc = json.loads(path.read_text(encoding="utf-8")).get("_doc", "")
        path.write_text(json.dumps({"_doc": doc, **settings, "_tuned": report}, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(report, indent=2))
        print(f"wrote {path}")
    if args.final:
        both = tuple(a + b for a, b in zip(train, dev))
        space = _ngram_space(both[3])
        final = {"features": names, "kinds": list(KINDS), "ngram_vocab": space[0], "ngram_idf": space[1],
                 "fit": reports}
        for key, dim in (("without_embeddings", 0), ("with_embeddings", 384)):
            if key in model:
                chosen = (model[key]["C"],), (model[key]["dense_weight"],)
                final[key], _ = _fit(both, both, names, dim, space, chosen)
        final["classes"] = final["without_embeddings"]["classes"]
        final["final_fit"] = {"n_train_plus_dev": len(both[2]), "note": "C and feature weight chosen on dev, then refit on train + dev"}
        Path(args.out).write_text(json.dumps(final, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"refit on train + dev ({len(both[2])} questions); wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
