"""Do two questions ask the same thing? `similarity(q1, q2)` -> probability in [0, 1].

Cosine similarity alone cannot tell "How are kidney stones diagnosed?" from "How do we stop the
next kidney stone?": same topic, different intent. The scorer is a logistic regression over a few
features of the pair, all from the same MiniLM encoder:

- cosine of the sentence embeddings;
- token alignment (BERTScore-like): how well each token of one question finds a match in the other
  (mean, minimum and 10th percentile, both ways, and their harmonic mean): a changed detail leaves
  a token without a partner;
- word overlap (Jaccard), relative length difference, a negation present on one side only;
- question-type agreement: a classifier trained on MedQuAD's question types (treatment, causes,
  symptoms, ... 39 labels) gives each question a type distribution; the features are the chance that
  both have the same type, whether the top types agree, and the Hellinger distance between them.

`askdoc train_similarity` builds askdoc/retrieval/data/similarity.npz from the shared data (MedQuAD
for the type classifier, MQP for the pair weights). SIMILAR_THRESHOLD = 0.5 is the probability
cut-off of that regression; its accuracy on unseen doctors (leave-one-doctor-out on MQP) is in
docs/quality.md. Without the file, the score is a logistic calibration of the plain cosine.

`askdoc train_similarity --cross-encoder` also fine-tunes a MiniLM cross-encoder (first on RQE-train
+ MedQuAD pairs, then on MQP; see askdoc.retrieval.cross_encoder) into settings.DATA_DIR; when that
model is present, similarity() is the mean of its probability and the regression's (SIMILAR_THRESHOLD
stays 0.5). Which scorer is in use: `scorer_name()`.

**The decision model comes first**: when its committed files are present (askdoc/retrieval/decision.py:
a MiniLM cross-encoder in float16 plus a small top layer over understanding features), `similarity()` and
`entailment_scores()` are both its probability, so similar questions and answer reuse ("every answer to B
answers A", MEDIQA RQE: a long consumer message against a short FAQ question) are one decision with one
threshold (0.5). The 14-feature regression and the cosine below are the fallbacks.

Answer reuse without the decision model: `entailment_scores` is the plain cosine, and ENTAILMENT_THRESHOLD was
chosen on the RQE training set (best accuracy there: 0.462).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np

from askdoc.retrieval import cross_encoder
from askdoc.retrieval.encoder import get_encoder

SIMILAR_THRESHOLD = 0.5
ENTAILMENT_THRESHOLD = 0.46
# Cosine at which the fallback calls a pair similar: the best accuracy on MQP's pairs (0.73).
FALLBACK_COSINE = 0.73

MODEL_PATH = Path(__file__).resolve().parent / "data" / "similarity.npz"
_WORD = re.compile(r"[a-z0-9']+")
NEGATIONS = frozenset({"not", "no", "never", "without", "don't", "dont", "cannot", "can't", "isn't", "won't", "nor"})

_model: dict | None = None
_model_lock = threading.Lock()


def _load_model() -> dict | None:
    global _model
    if _model is None and MODEL_PATH.exists():
        with _model_lock:
            if _model is None:
                with np.load(MODEL_PATH, allow_pickle=False) as data:
                    _model = {name: data[name] for name in data.files}
    return _model


def cross_encoder_ready() -> bool:
    """A fine-tuned cross-encoder is in the data dir and the feature scorer can run beside it."""
    return cross_encoder.available() and _load_model() is not None and hasattr(get_encoder(), "encode_tokens")


def forget_models() -> None:
    """Re-read the trained files on next use (after `askdoc train_similarity`)."""
    from askdoc.retrieval import decision

    global _model
    _model = None
    cross_encoder.forget()
    decision.forget()


def scorer_name() -> str:
    """Which scorer similarity() uses in this process (printed by `askdoc evaluate`)."""
    from askdoc.retrieval import decision

    if decision.available():
        return (f"decision model: committed cross-encoder ({decision.encoder_dir().name}, float16) + top layer "
                f"({decision.MODEL_PATH.name}); the same model decides entailment")
    if _load_model() is None or not hasattr(get_encoder(), "encode_tokens"):
        return "fallback: calibrated cosine (no similarity.npz or no token-level encoder)"
    if cross_encoder.available():
        return f"mean of the fine-tuned cross-encoder ({cross_encoder.model_dir()}) and the 14-feature regression"
    return "14 features, logistic regression (no fine-tuned cross-encoder in the data dir)"


def type_probabilities(vectors: np.ndarray, model: dict) -> np.ndarray:
    logits = vectors @ model["type_weights"].T + model["type_bias"]
    logits -= logits.max(axis=1, keepdims=True)
    probabilities = np.exp(logits)
    return probabilities / probabilities.sum(axis=1, keepdims=True)


def pair_features(q1: str, q2: str, v1: np.ndarray, v2: np.ndarray, t1: np.ndarray, t2: np.ndarray,
                  p1: np.ndarray, p2: np.ndarray) -> list[float]:
    """The features of one pair (see the module docstring); t = token vectors, p = type distribution."""
    alignment = t1 @ t2.T
    forward, backward = alignment.max(axis=1), alignment.max(axis=0)
    f_mean, b_mean = float(forward.mean()), float(backward.mean())
    words1, words2 = set(_WORD.findall(q1.lower())), set(_WORD.findall(q2.lower()))
    return [
        float(v1 @ v2),
        f_mean, b_mean, float(forward.min()), float(backward.min()),
        float(np.percentile(forward, 10)), float(np.percentile(backward, 10)),
        2 * f_mean * b_mean / max(f_mean + b_mean, 1e-9),
        len(words1 & words2) / max(1, len(words1 | words2)),
        abs(len(words1) - len(words2)) / max(1, len(words1), len(words2)),
        float(bool(words1 & NEGATIONS) != bool(words2 & NEGATIONS)),
        float(p1 @ p2),
        float(p1.argmax() == p2.argmax()),
        float(np.sqrt(((np.sqrt(p1) - np.sqrt(p2)) ** 2).sum())),
    ]


def features(pairs: list[tuple[str, str]], model: dict) -> np.ndarray:
    encoder = get_encoder()
    texts = list(dict.fromkeys(text for pair in pairs for text in pair))
    position = {text: i for i, text in enumerate(texts)}
    vectors = encoder.encode(texts)
    tokens = encoder.encode_tokens(texts)
    types = type_probabilities(vectors, model)
    rows = []
    for q1, q2 in pairs:
        i, j = position[q1], position[q2]
        rows.append(pair_features(q1, q2, vectors[i], vectors[j], tokens[i], tokens[j], types[i], types[j]))
    return np.array(rows, dtype=np.float64)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-x))


def similarity_scores(pairs: list[tuple[str, str]]) -> np.ndarray:
    """similarity() of many pairs at once (one encoder pass over their distinct texts)."""
    from askdoc.retrieval import decision

    if not pairs:
        return np.zeros(0)
    if decision.available():
        return decision.scores(pairs)
    model = _load_model()
    if model is None or not hasattr(get_encoder(), "encode_tokens"):
        return _sigmoid(20 * (cosine_scores(pairs) - FALLBACK_COSINE))
    scores = feature_scores(features(pairs, model), model)
    if cross_encoder.available():
        scores = (scores + cross_encoder.scores(pairs)) / 2
    return scores


def feature_scores(x: np.ndarray, model: dict) -> np.ndarray:
    """The 14-feature regression's probability for each row of features."""
    return _sigmoid(((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"][0])


def similarity(q1: str, q2: str) -> float:
    """Probability that q1 and q2 ask the same thing; >= SIMILAR_THRESHOLD means "similar"."""
    return float(similarity_scores([(q1, q2)])[0])


def entailment_threshold() -> float:
    from askdoc.retrieval import decision

    return decision.THRESHOLD if decision.available() else ENTAILMENT_THRESHOLD


def entailment_scores(pairs: list[tuple[str, str]]) -> np.ndarray:
    """P(B's answer serves A) from the decision model; without it, the cosine of each pair's embeddings clipped
    to [0, 1]. >= entailment_threshold(): B's answer serves A."""
    from askdoc.retrieval import decision

    if not pairs:
        return np.zeros(0)
    if decision.available():
        return decision.scores(pairs)
    return cosine_scores(pairs)


def cosine_scores(pairs: list[tuple[str, str]]) -> np.ndarray:
    """Cosine of each pair's embeddings, clipped to [0, 1] (the baseline `askdoc evaluate` prints)."""
    if not pairs:
        return np.zeros(0)
    texts = list(dict.fromkeys(text for pair in pairs for text in pair))
    position = {text: i for i, text in enumerate(texts)}
    vectors = get_encoder().encode(texts)
    return np.array([np.clip(vectors[position[a]] @ vectors[position[b]], 0, 1) for a, b in pairs])
