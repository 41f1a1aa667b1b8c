"""Model-family variants measured against a plain linear SVM, for docs/benchmarks-nlu.md.

These are experiments, not the shipped engine: they reproduce the "tried, not kept" figures so
anyone can check them. Features approximate ours (TF-IDF word 1-2-grams + char_wb 2-5-grams, each
block at weight 1/sqrt(2), digit runs as "0"; no stemming, no unfamiliar-word features), so the
baseline row is the reference for every other row, not our shipped figure.

  CLINC150:  python3 training/nlu/sklearn_variants.py --clinc ../shared/data/nlu/clinc150/data_full.json
  corpus:    python3 training/nlu/sklearn_variants.py --corpus intents --lang en
  CLINC150 on the engine's own rows (stemming, unfamiliar-word features):
             npx tsx training/nlu/dump-rows.ts --clinc ../shared/data/nlu/clinc150/data_full.json --out DIR
             python3 training/nlu/sklearn_variants.py --rows DIR

Variants: `mlp` (one hidden ReLU layer on the TF-IDF rows, dropout, Adam; blended with the SVM's
softmax), `lsa` (truncated SVD of the training rows appended as extra features), `split` (CLINC
only: out-of-scope training rows split into k-means sub-classes, merged back at prediction).
Needs Debian's python3-sklearn.
"""
import argparse
import glob
import json
import re

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

HALF = 0.5**0.5


def normalise(text):
    return re.sub(r"\d+", "0", text.lower())


class Features:
    """Word and character TF-IDF blocks fitted on one training set."""

    def __init__(self, lang, texts):
        if lang == "zh":
            self.words = TfidfVectorizer(analyzer="char", ngram_range=(1, 1), sublinear_tf=True)
            self.chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)
        else:
            self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"\w+")
            self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        self.words.fit(texts)
        self.chars.fit(texts)

    def __call__(self, texts):
        return hstack([self.words.transform(texts) * HALF, self.chars.transform(texts) * HALF]).tocsr()


def softmax(scores, temperature):
    z = scores * temperature
    z -= z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def train_mlp(x, y, classes, hidden, epochs, seed, lr=0.002, batch=64, dropout=0.3):
    """One hidden ReLU layer on sparse rows; returns a function from rows to logits."""
    rng = np.random.default_rng(seed)
    x = x.astype(np.float32)
    w1 = (rng.standard_normal((x.shape[1], hidden)) * 0.026).astype(np.float32)
    w2 = (rng.standard_normal((hidden, classes)) / np.sqrt(hidden)).astype(np.float32)
    params = [w1, np.zeros(hidden, np.float32), w2, np.zeros(classes, np.float32)]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(x.shape[0])
        for start in range(0, len(order), batch):
            rows = order[start : start + batch]
            xb, yb = x[rows], y[rows]
            pre = xb @ params[0] + params[1]
            keep = (rng.random(pre.shape) > dropout).astype(np.float32) / (1 - dropout)
            hid = np.maximum(pre, 0) * keep
            grad = softmax(hid @ params[2] + params[3], 1.0)
            grad[np.arange(len(rows)), yb] -= 1
            grad /= len(rows)
            dhid = (grad @ params[2].T) * keep * (pre > 0)
            grads = [np.asarray(xb.T @ dhid), dhid.sum(0), hid.T @ grad, grad.sum(0)]
            step += 1
            for p, g, (m, v) in zip(params, grads, moments):
                m *= 0.9
                m += 0.1 * g
                v *= 0.999
                v += 0.001 * g * g
                p -= lr * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return lambda rows: np.maximum(rows.astype(np.float32) @ params[0] + params[1], 0) @ params[2] + params[3]


def with_lsa(train_rows, dims, weight):
    svd = TruncatedSVD(dims, random_state=0).fit(train_rows)

    def augment(rows):
        z = svd.transform(rows)
        z /= np.linalg.norm(z, axis=1, keepdims=True) + 1e-9
        return hstack([rows, csr_matrix(z * weight)]).tocsr()

    return augment


def clinc_from_json(path):
    """Rows from this script's own features."""
    data = json.load(open(path))
    splits = {s: data[s] + data["oos_" + s] for s in ("train", "val", "test")}
    texts = {s: [normalise(t) for t, _ in rows] for s, rows in splits.items()}
    features = Features("en", texts["train"])
    return {s: features(t) for s, t in texts.items()}, {s: [label for _, label in rows] for s, rows in splits.items()}


def clinc_from_dump(directory):
    """Rows the engine itself computed (`training/nlu/dump-rows.ts`): `intent index:value ...` lines."""
    rows, names = {}, {}
    for split in ("train", "val", "test"):
        lines = [line.split() for line in open(f"{directory}/{split}.rows")]
        names[split] = [line[0] for line in lines]
        pairs = [[kv.split(":") for kv in line[1:]] for line in lines]
        pointers = np.cumsum([0] + [len(p) for p in pairs])
        indices = [int(k) for p in pairs for k, _ in p]
        values = [float(v) for p in pairs for _, v in p]
        rows[split] = csr_matrix((values, indices, pointers))
    width = max(r.shape[1] for r in rows.values())
    return {s: csr_matrix((r.data, r.indices, r.indptr), shape=(r.shape[0], width)) for s, r in rows.items()}, names


def clinc(rows, names, args, temperature, svm_options):
    classes = sorted(set(names["train"]))
    index = {c: i for i, c in enumerate(classes)}
    oos = index["oos" if "oos" in index else "None"]
    labels = {s: np.array([index[n] for n in split_names]) for s, split_names in names.items()}

    def report(name, val, test):
        """In-scope accuracy / OOS recall on test at the lowest val cut reaching 50 % OOS recall."""
        val_oos = labels["val"] == oos
        val_caught = lambda t: ((val.argmax(1) == oos) | (val.max(1) < t))[val_oos].mean()  # noqa: E731
        cut = next(t for t in np.sort(np.concatenate([[0.0], val.max(1)])) if val_caught(t) >= 0.5)
        predicted = np.where(test.max(1) < cut, oos, test.argmax(1))
        inside = labels["test"] != oos
        raw = (test.argmax(1)[inside] == labels["test"][inside]).mean()
        at_cut = (predicted[inside] == labels["test"][inside]).mean()
        print(f"{name:28} raw {100 * raw:.2f}  at cut {100 * at_cut:.2f} / OOS {100 * (predicted[~inside] == oos).mean():.1f}")

    svm = LinearSVC(**svm_options).fit(rows["train"], labels["train"])
    base = {s: softmax(svm.decision_function(rows[s]), temperature) for s in ("val", "test")}
    report("svm (baseline)", base["val"], base["test"])
    if "mlp" in args.variants:
        net = train_mlp(rows["train"], labels["train"], len(classes), 256, 8, args.seed)
        logits = {s: softmax(net(rows[s]), 1.0) for s in ("val", "test")}
        report("mlp alone", logits["val"], logits["test"])
        for w in (0.3, 0.5, 0.7):
            report(f"svm + mlp, mlp weight {w}", *((1 - w) * base[s] + w * logits[s] for s in ("val", "test")))
    if "lsa" in args.variants:
        for weight in (0.5, 1.0):
            augment = with_lsa(rows["train"], 200, weight)
            model = LinearSVC(**svm_options).fit(augment(rows["train"]), labels["train"])
            lsa = {s: softmax(model.decision_function(augment(rows[s])), temperature) for s in ("val", "test")}
            report(f"lsa 200, weight {weight}", lsa["val"], lsa["test"])
            for w in (0.3, 0.5) if "mlp" in args.variants and weight == 0.5 else ():
                report(f"lsa ½ + mlp, mlp weight {w}", *((1 - w) * lsa[s] + w * logits[s] for s in ("val", "test")))
    if "split" in args.variants:
        for k in (4, 10):
            none_rows = np.where(labels["train"] == oos)[0]
            clusters = KMeans(n_clusters=k, random_state=0, n_init=5).fit(rows["train"][none_rows]).labels_
            sub = labels["train"].copy()
            sub[none_rows] = np.where(clusters == 0, oos, len(classes) + clusters - 1)
            model = LinearSVC(**svm_options).fit(rows["train"], sub)

            def merged(s):
                p = softmax(model.decision_function(rows[s]), temperature)
                out = p[:, : len(classes)].copy()
                out[:, oos] += p[:, len(classes) :].sum(1)
                return out

            report(f"oos split into {k}", merged("val"), merged("test"))


def corpus(directory, args):
    texts, names = [], []
    for path in sorted(glob.glob(f"{directory}/{args.lang}/*.json")):
        for intent, utterances in json.load(open(path))["intents"].items():
            texts += [normalise(u) for u in utterances]
            names += [intent] * len(utterances)
    classes = sorted(set(names))
    y = np.array([classes.index(n) for n in names])
    svm_scores = np.zeros((len(y), len(classes)))
    mlp_scores = np.zeros_like(svm_scores)
    lsa_predictions = {w: np.zeros(len(y), int) for w in (0.3, 0.5)}
    for train, test in StratifiedKFold(5, shuffle=True, random_state=13).split(texts, y):
        features = Features(args.lang, [texts[i] for i in train])
        a, b = features([texts[i] for i in train]), features([texts[i] for i in test])
        svm_scores[test] = LinearSVC(C=3).fit(a, y[train]).decision_function(b)
        if "mlp" in args.variants:
            mlp_scores[test] = train_mlp(a, y[train], len(classes), 128, 10, args.seed)(b)
        if "lsa" in args.variants:
            for weight in lsa_predictions:
                augment = with_lsa(a, 200, weight)
                lsa_predictions[weight][test] = LinearSVC(C=3).fit(augment(a), y[train]).predict(augment(b))
    macro = lambda predicted: f1_score(y, predicted, average="macro")  # noqa: E731
    print(f"{args.lang} svm (baseline)        macro-F1 {macro(svm_scores.argmax(1)):.4f}")
    if "mlp" in args.variants:
        for w in (0.3, 0.5, 1.0):
            blend = (1 - w) * softmax(svm_scores, 5) + w * softmax(mlp_scores, 1)
            print(f"{args.lang} svm + mlp, weight {w}  macro-F1 {macro(blend.argmax(1)):.4f}")
    for weight, predicted in lsa_predictions.items() if "lsa" in args.variants else ():
        print(f"{args.lang} lsa 200, weight {weight}   macro-F1 {macro(predicted):.4f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clinc")
    parser.add_argument("--rows", help="directory of the engine's own CLINC150 rows (dump-rows.ts)")
    parser.add_argument("--corpus")
    parser.add_argument("--lang", default="en", choices=["en", "zh"])
    parser.add_argument("--variants", default="mlp,lsa,split")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.rows:
        # The engine's settings: class-balanced SVM, softmax temperature 8.
        clinc(*clinc_from_dump(args.rows), args, 8, {"C": 3, "class_weight": "balanced"})
    elif args.clinc:
        clinc(*clinc_from_json(args.clinc), args, 5, {"C": 3})
    elif args.corpus:
        corpus(args.corpus, args)
    else:
        parser.error("give --clinc FILE or --corpus DIR")


if __name__ == "__main__":
    main()
