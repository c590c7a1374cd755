"""One decision model for "does an answer to B answer A?": question similarity (short vs short, MQP) and
consumer question entailment (a long message vs a short FAQ question, RQE) alike.

Two fitted parts, both committed, so a fresh clone runs exactly what docs/quality.md measures:

1. the decision cross-encoder (askdoc/retrieval/data/decision-cross-encoder, MiniLM-L6, float16 on disk, ~45 MB),
   both questions read together; trained by `askdoc train_similarity --decision-encoder` (stage 1: answer
   matching, MedQuAD pairs, RQE-train) and `--decision-encoder --hard` (stage 2: look-alikes and low-overlap
   paraphrases, askdoc.retrieval.hard_pairs): never MQP, the RQE validation set, the MEDIQA QA sets or
   evaluation/. It runs with its Linear layers quantised to int8 (torch dynamic quantisation): ~2x faster on
   CPU; the top layer is fitted on the quantised model's logits, so what is measured is what runs;
2. a logistic regression (askdoc/retrieval/data/decision.npz, a few kB) over ALL_FEATURES: the cross-encoder's
   logit on the whole texts and on their main questions (askdoc.knowledge.understanding.main_question: a long
   message is reduced to its request first), their length asymmetry and the agreement of focus, question type,
   population and details (askdoc.knowledge.understanding.agreement). Fitted by `askdoc train_similarity
   --decision` on MQP (doctors 1-5) and on RQE-train pairs the cross-encoder never saw; its MQP accuracy is
   measured leave-one-doctor-out.

No word-overlap, cosine or token-alignment feature: they called high-overlap look-alikes similar (the look-alike
set, docs/quality.md), and each cost another transformer pass. A pair costs ONE cross-encoder call (both orders,
and the main questions of a long message, in one batch) plus the rules of understanding (cached per text).

`scores(pairs)` -> P(B answers A) in [0, 1]; >= THRESHOLD (0.5, not tuned) means yes. `rerank` re-reads a few
search candidates in one batch. Without the committed files (a test encoder, a deleted model) `available()` is
False and askdoc.retrieval.scorer falls back.
"""

from __future__ import annotations

import math
import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.knowledge.understanding import AGREEMENT_FEATURES, Understanding, agreement, understand
from askdoc.retrieval import cross_encoder

MODEL_PATH = Path(__file__).resolve().parent / "data" / "decision.npz"
THRESHOLD = 0.5
FEATURES = ("cross-encoder logit", "cross-encoder logit, main questions", "length asymmetry")
ALL_FEATURES = FEATURES + AGREEMENT_FEATURES
# Re-ranking reads this many candidates at most, in one batch of the cross-encoder.
RERANK_DEPTH = 5
# Re-ranking reads the main questions (askdoc.knowledge.understanding.main_question) of the query and of each
# candidate, at most this many tokens a pair: the cost grows with the tokens read.
RERANK_MAX_LENGTH = 96
UNDERSTOOD_CACHE = 20_000
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
    understood.cache_clear()


def top_layer() -> dict | None:
    global _top
    if _top is None and MODEL_PATH.exists():
        with np.load(MODEL_PATH, allow_pickle=False) as data:
            _top = {name: data[name] for name in data.files}
    return _top


def load_encoder(path: Path):
    """(tokenizer, int8 model) of a decision cross-encoder directory."""
    import torch

    model_class, tokenizer_class = cross_encoder._load_transformers()
    tokenizer = tokenizer_class.from_pretrained(path)
    # Stored in float16 (half the size in git); run with int8 Linear layers (module docstring).
    model = model_class.from_pretrained(path, dtype=torch.float32).eval()
    return tokenizer, quantised(model)


def _load_encoder():
    global _encoder
    if _encoder is None:
        with _lock:
            if _encoder is None:
                import torch
                from django.conf import settings

                if settings.ASKDOC_TORCH_THREADS > 0:
                    torch.set_num_threads(settings.ASKDOC_TORCH_THREADS)
                _encoder = load_encoder(encoder_dir())
    return _encoder


def quantised(model):
    """`model` with its Linear layers in int8 (dynamic quantisation): about half the time per pass on a CPU."""
    import warnings

    import torch

    with warnings.catch_warnings():  # torch announces a move of this API to torchao; it works in the pinned torch
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


def cross_logits(pairs: list[tuple[str, str]], *, max_length: int = cross_encoder.MAX_LENGTH,
                 encoder: tuple | None = None) -> np.ndarray:
    """The decision cross-encoder's logit for each (first, second) sequence pair, in as few batches as possible;
    `encoder` = load_encoder(another directory) when training compares models, else the committed one."""
    import torch

    if not pairs:
        return np.zeros(0)
    tokenizer, model = encoder or _load_encoder()
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
    logits = np.zeros(len(pairs))
    with torch.inference_mode():
        for start in range(0, len(order), 32):
            chunk = order[start:start + 32]
            inputs = tokenizer([pairs[i][0] for i in chunk], [pairs[i][1] for i in chunk], padding=True,
                               truncation=True, max_length=max_length, return_tensors="pt")
            logits[chunk] = model(**inputs).logits.squeeze(-1).float().numpy()
    return logits


@lru_cache(maxsize=UNDERSTOOD_CACHE)
def understood(text: str) -> Understanding:
    """understand(text) without the database's topics (the same on every installation), cached: a stored question
    is read once per process, not once per pair."""
    return understand(text, topics=False)


def required(model: dict | None) -> dict:
    """A fitted model that callers checked for with available(); its absence here is a broken install."""
    if model is None:
        raise RuntimeError("a decision-model file is missing; run `askdoc train_similarity --decision-encoder`")
    return model


def features(pairs: list[tuple[str, str]], *, both_orders: bool = True, encoder: tuple | None = None) -> np.ndarray:
    """ALL_FEATURES for each pair; all cross-encoder readings (both orders of the texts, and of their main questions
    where a text has a longer story around its question) in one call."""
    known = {text: understood(text) for pair in pairs for text in pair}
    main_pairs = [(known[a].main_question, known[b].main_question) for a, b in pairs]
    differs = [i for i, (a, b) in enumerate(pairs) if main_pairs[i] != (a, b)]
    wanted = list(pairs) + [main_pairs[i] for i in differs]
    sequences = wanted + ([(b, a) for a, b in wanted] if both_orders else [])
    logits = cross_logits(sequences, encoder=encoder)
    if both_orders:
        logits = (logits[: len(wanted)] + logits[len(wanted):]) / 2
    full, main = logits[: len(pairs)], logits[: len(pairs)].copy()
    main[differs] = logits[len(pairs):]
    return np.array([_row(full[i], main[i], a, b, known[a], known[b]) for i, (a, b) in enumerate(pairs)])


def _row(full: float, main: float, a: str, b: str, ua: Understanding, ub: Understanding) -> list[float]:
    words_a, words_b = len(_WORD.findall(a.lower())), len(_WORD.findall(b.lower()))
    return [full, main, abs(math.log(max(1, words_a) / max(1, words_b))), *agreement(ua, ub)]


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
    them with score -1. One batch, one order, main questions only (RERANK_MAX_LENGTH tokens): a ranking needs
    neither symmetry nor the story around a question, and the candidates' understanding is cached."""
    if not candidates or not available():
        return [(key, -1.0) for key, _ in candidates]
    head, tail = candidates[:depth], candidates[depth:]
    asked = understood(query)
    others = [understood(text) for _, text in head]
    logits = cross_logits([(asked.main_question, other.main_question) for other in others],
                          max_length=RERANK_MAX_LENGTH)
    x = np.array([_row(logit, logit, asked.main_question, other.main_question, asked, other)
                  for logit, other in zip(logits, others, strict=True)])
    values = probabilities(x, required(top_layer()))
    ranked = sorted(zip([k for k, _ in head], values.tolist(), strict=True), key=lambda item: -item[1])
    return ranked + [(key, -1.0) for key, _ in tail]
