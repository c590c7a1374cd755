"""Builds the similarity scorer's weights (askdoc/retrieval/data/similarity.npz) from the shared data.

Small by design (< 100 kB): a question-type classifier over MiniLM embeddings, trained on MedQuAD's
typed questions, and a 14-feature logistic regression trained on MQP's pairs. scikit-learn is needed
here only; scoring uses numpy.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable

import numpy as np

from askdoc.retrieval import datasets
from askdoc.retrieval.encoder import get_encoder
from askdoc.retrieval.scorer import MODEL_PATH, features

QUESTIONS_PER_TYPE = 400
TYPE_C = 2.0
PAIR_C = 1.0


def train_types(write: Callable[[str], None]) -> dict:
    from sklearn.linear_model import LogisticRegression

    questions = datasets.medquad_questions()
    random.Random(0).shuffle(questions)
    taken: Counter = Counter()
    sample = []
    for text, qtype, _ in questions:
        if qtype and taken[qtype] < QUESTIONS_PER_TYPE:
            taken[qtype] += 1
            sample.append((text, qtype))
    write(f"question types: {len(taken)} labels, {len(sample)} MedQuAD questions (at most {QUESTIONS_PER_TYPE} each)")
    vectors = get_encoder().encode([text for text, _ in sample])
    classifier = LogisticRegression(C=TYPE_C, max_iter=3000).fit(vectors, [qtype for _, qtype in sample])
    return {
        "type_weights": classifier.coef_.astype(np.float32),
        "type_bias": classifier.intercept_.astype(np.float32),
        "type_names": np.array(classifier.classes_, dtype=str),
    }


def fit_pairs(x: np.ndarray, y: np.ndarray) -> dict:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    regression = LogisticRegression(C=PAIR_C, max_iter=3000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "weights": regression.coef_[0], "bias": regression.intercept_}


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    return ((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"][0] >= 0


def train(write: Callable[[str], None]) -> dict:
    model = train_types(write)
    pairs = datasets.mqp_pairs()
    x = features([(p.q1, p.q2) for p in pairs], model)
    y = np.array([p.label for p in pairs])
    groups = np.array([p.group for p in pairs])
    correct = 0
    for doctor in np.unique(groups):
        fold = fit_pairs(x[groups != doctor], y[groups != doctor])
        correct += int((predict(fold, x[groups == doctor]) == y[groups == doctor]).sum())
    write(f"MQP leave-one-doctor-out accuracy (weights fitted without the held-out doctor): {correct / len(y):.3f}")
    model.update(fit_pairs(x, y))
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(MODEL_PATH, **model)
    write(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1024:.0f} kB)")
    return {"mqp_accuracy_lodo": correct / len(y)}
