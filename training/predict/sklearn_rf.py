"""scikit-learn's RandomForestClassifier on the exact split the TypeScript CLI wrote.

Reads two numeric CSVs (features + a final label column of 0/1), trains
RandomForestClassifier(n_estimators=100, random_state=SEED, n_jobs=1) and prints one JSON object:
training and prediction seconds, positive-class probabilities for the test rows, and out-of-bag
probabilities for the training rows (from a second, untimed fit with oob_score=True and the same
random_state, so the timed fit does no extra work) for choosing the F1 threshold the same way as ours.
"""
import argparse
import json
import sys
import time

import numpy as np
from sklearn.ensemble import RandomForestClassifier


def load(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    return data[:, :-1], data[:, -1].astype(int)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", required=True)
    parser.add_argument("--test", required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--trees", type=int, default=100)
    args = parser.parse_args()

    x_train, y_train = load(args.train)
    x_test, _ = load(args.test)

    model = RandomForestClassifier(n_estimators=args.trees, random_state=args.seed, n_jobs=1)
    started = time.perf_counter()
    model.fit(x_train, y_train)
    train_seconds = time.perf_counter() - started

    started = time.perf_counter()
    scores = model.predict_proba(x_test)[:, 1]
    predict_seconds = time.perf_counter() - started

    oob_model = RandomForestClassifier(n_estimators=args.trees, random_state=args.seed, n_jobs=1, oob_score=True)
    oob_model.fit(x_train, y_train)
    oob = np.nan_to_num(oob_model.oob_decision_function_[:, 1], nan=-1.0)

    import sklearn

    json.dump(
        {
            "sklearnVersion": sklearn.__version__,
            "trainSeconds": train_seconds,
            "predictSeconds": predict_seconds,
            "scores": scores.tolist(),
            "oobScores": oob.tolist(),
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
