"""One decision model for "does an answer to B answer A?": question similarity (short vs short, MQP) and
consumer question entailment (a long message vs a short FAQ question, RQE) alike.

Two fitted parts, both committed, so a fresh clone runs exactly what docs/quality.md measures:

1. the decision cross-encoder (askdoc/retrieval/data/decision-cross-encoder, MiniLM-L6, float16, ~45 MB),
   both questions read together; trained by `askdoc train_similarity --decision-encoder` on
   askdoc.retrieval.pair_data's pairs only (answer matching, MedQuAD hard negatives, RQE-train): never MQP,
   the RQE validation set or the MEDIQA QA sets;
2. a logistic regression (askdoc/retrieval/data/decision.npz, a few kB) over ALL_FEATURES: the cross-encoder's
   logit on the whole texts and on their main questions (askdoc.knowledge.understanding.main_question: a long
   message is reduced to its request first), the embedding cosine, the MedQuAD type classifier's P(same type),
   word overlap, length asymmetry and the agreement of focus, question type, population and details
   (askdoc.knowledge.understanding.agreement), plus the 14 features of the fallback scorer (token alignment,
   negation, type agreement; askdoc.retrieval.scorer). Fitted by `askdoc train_similarity` on MQP (doctors 1-5) and on
   RQE-train pairs the cross-encoder never saw; its MQP accuracy is measured leave-one-doctor-out.

`scores(pairs)` -> P(B answers A) in [0, 1]; >= THRESHOLD (0.5, not tuned) means yes. Without the committed
files (a test encoder, a deleted model) `available()` is False and askdoc.retrieval.scorer falls back.
"""

from __future__ import annotations

import math
import re
import threading
from pathlib import Path

import numpy as np

from askdoc.retrieval import cross_encoder

MODEL_PATH = Path(__file__).resolve().parent / "data" / "decision.npz"
THRESHOLD = 0.5
FEATURES = ("cross-encoder logit", "cross-encoder logit, main questions", "cosine", "P(same type)", "word overlap",
            "length asymmetry", "focus shared", "focus conflict", "type same", "type conflict", "age conflict",
            "pregnancy differs", "relative differs", "drug conflict", "course conflict")
# The 14 features of the fallback scorer (askdoc.retrieval.scorer: cosine, token alignment, overlap, negation,
# type agreement) are appended: the understanding-based features alone did worse on MQP (docs/quality.md).
SCORER_FEATURES = ("cosine", "alignment mean 1", "alignment mean 2", "alignment min 1", "alignment min 2",
                   "alignment p10 1", "alignment p10 2", "alignment harmonic mean", "jaccard", "length difference",
                   "negation one side", "P(same type) 14", "same top type", "type Hellinger")
ALL_FEATURES = FEATURES + SCORER_FEATURES
# Re-ranking reads this many candidates at most: the cross-encoder costs ~5-10 ms a pair on one core.
RERANK_DEPTH = 5
_WORD = re.compile(r"[a-z0-9']+")

_top: dict | None = None
_encoder = None
_lock = threading.Lock()


def encoder_dir() -> Path:
    return cross_encoder.DECISION_DIR


def encoder_available() -> bool:
    return (encoder_dir() / "config.json").exists()


def available() -> bool:
    """The committed model can run here: both files, and the real sentence encoder (not the tests' hashing one)."""
    from askdoc.retrieval.encoder import get_encoder

    return encoder_available() and MODEL_PATH.exists() and hasattr(get_encoder(), "encode_tokens")


def forget() -> None:
    global _top, _encoder
    _top, _encoder = None, None


def top_layer() -> dict | None:
    global _top
    if _top is None and MODEL_PATH.exists():
        with np.load(MODEL_PATH, allow_pickle=False) as data:
            _top = {name: data[name] for name in data.files}
    return _top


def _load_encoder():
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                import torch
                from django.conf import settings

                model_class, tokenizer_class = cross_encoder._load_transformers()
                if settings.ASKDOC_TORCH_THREADS > 0:
                    torch.set_num_threads(settings.ASKDOC_TORCH_THREADS)
                tokenizer = tokenizer_class.from_pretrained(encoder_dir())
                # Stored in float16 (half the size in git); float32 on CPU is faster and exact enough.
                model = model_class.from_pretrained(encoder_dir(), dtype=torch.float32).eval()
                _encoder = (tokenizer, model)
    return _encoder


def cross_logits(pairs: list[tuple[str, str]], *, both_orders: bool = True) -> np.ndarray:
    """The decision cross-encoder's logit per pair (mean of both orders: the score is symmetric)."""
    import torch

    if not pairs:
        return np.zeros(0)
    tokenizer, model = _load_encoder()
    texts = list(pairs) + ([(b, a) for a, b in pairs] if both_orders else [])
    order = sorted(range(len(texts)), key=lambda i: len(texts[i][0]) + len(texts[i][1]))
    logits = np.zeros(len(texts))
    with torch.inference_mode():
        for start in range(0, len(order), 32):
            chunk = order[start:start + 32]
            inputs = tokenizer([texts[i][0] for i in chunk], [texts[i][1] for i in chunk], padding=True,
                               truncation=True, max_length=cross_encoder.MAX_LENGTH, return_tensors="pt")
            logits[chunk] = model(**inputs).logits.squeeze(-1).float().numpy()
    if both_orders:
        return (logits[: len(pairs)] + logits[len(pairs):]) / 2
    return logits


def required(model: dict | None) -> dict:
    """A fitted model that callers checked for with available(); its absence here is a broken install."""
    if model is None:
        raise RuntimeError("a decision-model file is missing; run `askdoc train_similarity --decision-encoder`")
    return model


def features(pairs: list[tuple[str, str]], *, both_orders: bool = True) -> np.ndarray:
    """ALL_FEATURES for each pair: FEATURES, then the fallback scorer's 14."""
    return np.hstack([base_features(pairs, both_orders=both_orders), scorer_features(pairs)])


def scorer_features(pairs: list[tuple[str, str]]) -> np.ndarray:
    from askdoc.retrieval import scorer

    return scorer.features(pairs, required(scorer._load_model()))


def base_features(pairs: list[tuple[str, str]], *, both_orders: bool = True) -> np.ndarray:
    """FEATURES for each pair (see the module docstring)."""
    from askdoc.knowledge.understanding import agreement, understand
    from askdoc.retrieval.encoder import get_encoder
    from askdoc.retrieval.scorer import _load_model, type_probabilities

    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    known = {text: understand(text, topics=False) for text in texts}
    mains = list(dict.fromkeys(known[t].main_question for t in texts))
    vectors = get_encoder().encode(texts + [m for m in mains if m not in known])
    position = {text: i for i, text in enumerate(texts + [m for m in mains if m not in known])}
    types = type_probabilities(vectors, required(_load_model()))
    full = cross_logits(pairs, both_orders=both_orders)
    main_pairs = [(known[a].main_question, known[b].main_question) for a, b in pairs]
    differs = [i for i, (a, b) in enumerate(pairs) if main_pairs[i] != (a, b)]
    main = full.copy()
    if differs:
        main[differs] = cross_logits([main_pairs[i] for i in differs], both_orders=both_orders)
    rows = []
    for i, (a, b) in enumerate(pairs):
        ua, ub = known[a], known[b]
        ma, mb = position[ua.main_question], position[ub.main_question]
        words_a, words_b = set(_WORD.findall(a.lower())), set(_WORD.findall(b.lower()))
        rows.append([
            full[i], main[i], float(vectors[position[a]] @ vectors[position[b]]), float(types[ma] @ types[mb]),
            len(words_a & words_b) / max(1, len(words_a | words_b)),
            abs(math.log(max(1, len(words_a)) / max(1, len(words_b)))),
            *agreement(ua, ub),
        ])
    return np.array(rows, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, *, weights: np.ndarray | None = None, c: float = 1.0) -> dict:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    regression = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y, sample_weight=weights)
    return {"mean": mean, "scale": scale, "weights": regression.coef_[0], "bias": regression.intercept_}


def probabilities(x: np.ndarray, model: dict) -> np.ndarray:
    z = ((x - model["mean"]) / model["scale"]) @ model["weights"] + model["bias"][0]
    return 1 / (1 + np.exp(-z))


def scores(pairs: list[tuple[str, str]]) -> np.ndarray:
    """P(B answers A) for each (A, B); >= THRESHOLD means yes."""
    if not pairs:
        return np.zeros(0)
    return probabilities(features(pairs), required(top_layer()))


def rerank(query: str, candidates: list[tuple[str, str]], *, depth: int = RERANK_DEPTH) -> list[tuple[str, float]]:
    """(key, P(match)) for the first `depth` (key, text) candidates, best first; the rest keep their order after
    them with score None-like -1. One order of the cross-encoder only: a ranking needs no symmetry."""
    if not candidates or not available():
        return [(key, -1.0) for key, _ in candidates]
    head, tail = candidates[:depth], candidates[depth:]
    values = probabilities(features([(query, text) for _, text in head], both_orders=False), required(top_layer()))
    ranked = sorted(zip([k for k, _ in head], values.tolist(), strict=True), key=lambda item: -item[1])
    return ranked + [(key, -1.0) for key, _ in tail]
