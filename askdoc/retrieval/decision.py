"""One decision model for "does an answer to B answer A?": question similarity (short vs short, MQP) and
consumer question entailment (a long message vs a short FAQ question, RQE) alike.

Two fitted parts, both committed, so a fresh clone runs exactly what docs/quality.md measures:

1. the decision cross-encoder (askdoc/retrieval/data/decision-cross-encoder, MiniLM-L6, float16 on disk, ~45 MB),
   both questions read together; trained by `askdoc train_similarity --decision-encoder` (stage 1: answer
   matching, MedQuAD pairs, RQE-train), `--decision-encoder --hard` (stage 2: look-alikes and low-overlap
   paraphrases, askdoc.retrieval.hard_pairs), `--mqp` (stage 3: MQP) and `--written` (stage 4: the hand-written
   pairs of evaluation/'s training sets, askdoc.retrieval.written_pairs): never the RQE validation set, the MEDIQA
   QA sets or an evaluation set marked development or test. It runs in bfloat16 where the CPU has native bf16 (~2x
   faster than float32), else float32 (`inference_dtype`);
2. a logistic regression (askdoc/retrieval/data/decision.npz, a few kB) over ALL_FEATURES: the cross-encoder's
   logit on the whole texts and on their main questions (askdoc.knowledge.understanding.main_question: a long
   message is reduced to its request first), and the sentence-embedding cosine multiplied by the input's shape
   (0 for two texts of about one length, 1 for a long message against a short question). Fitted by `askdoc
   train_similarity --decision` on MQP (doctors 1-5) and on RQE-train pairs the cross-encoder never saw; its MQP
   accuracy is measured leave-one-doctor-out.

No word-overlap or token-alignment feature, and no cosine between two texts of about one length: they called
high-overlap look-alikes similar (the look-alike sets, docs/quality.md). A pair costs ONE cross-encoder call (both
orders, and the main questions of a long message, in one batch), the rules of understanding (cached per text) and,
only when one text is longer than the other, the sentence embeddings of both (cached per text).

`scores(pairs)` -> P(B answers A) in [0, 1]; >= THRESHOLD (0.5, not tuned) means yes. `rerank` re-reads a few
search candidates in one batch. Without the committed files (a test encoder, a deleted model) `available()` is
False and askdoc.retrieval.scorer falls back.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.knowledge.understanding import Understanding, understand
from askdoc.retrieval import cross_encoder

MODEL_PATH = Path(__file__).resolve().parent / "data" / "decision.npz"
THRESHOLD = 0.5
CROSS_FEATURES = ("cross-encoder logit", "cross-encoder logit, main questions")
# The input's shape: 0 for two texts of about the same length (similarity, and every look-alike: sharing most words
# means about as many words), 1 when one text has SHAPE_RATIO times the words of the other or more (a consumer's
# message against a short FAQ question: entailment); not fitted: log2 of the word ratio over log2(SHAPE_RATIO). The
# embedding cosine enters only multiplied by it: on a long message the sentence embedding knows the lay/clinical
# synonyms the cross-encoder misses (RQE), on two short questions it rewards shared words (the look-alikes). The
# shape alone as a feature was tried and dropped: fitted on MQP and RQE-train it learnt "asymmetric = no match"
# and failed the wordy lay paraphrases of a short clinical question (docs/quality.md).
SHAPE_FEATURES = ("embedding cosine x shape",)
SHAPE_RATIO = 4
FEATURES = CROSS_FEATURES + SHAPE_FEATURES
# The understanding agreement features (AGREEMENT_FEATURES) were tried on top and dropped: they lowered the
# look-alike development sets (docs/quality.md).
ALL_FEATURES = FEATURES
# Re-ranking reads this many candidates at most, in one batch of the cross-encoder.
RERANK_DEPTH = 5
# Re-ranking reads the main questions (askdoc.knowledge.understanding.main_question) of the query and of each
# candidate, at most this many tokens a pair: the cost grows with the tokens read.
RERANK_MAX_LENGTH = 96
UNDERSTOOD_CACHE = 20_000
# Sentence embeddings are read for the cosine only where the shape is not 0, at most this many words of a text
# (the search's query cap: the first words of a long message carry its subject).
EMBEDDED_WORDS = 96

_top: dict | None = None
_encoder = None
_embedded: dict[str, np.ndarray] = {}
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
    forget_embeddings()


def forget_embeddings() -> None:
    _embedded.clear()


def top_layer() -> dict | None:
    global _top
    if _top is None and MODEL_PATH.exists():
        with np.load(MODEL_PATH, allow_pickle=False) as data:
            _top = {name: data[name] for name in data.files}
    return _top


def load_encoder(path: Path):
    """(tokenizer, model in inference_dtype()) of a decision cross-encoder directory (stored in float16)."""
    model_class, tokenizer_class = cross_encoder._load_transformers()
    return tokenizer_class.from_pretrained(path), model_class.from_pretrained(path, dtype=inference_dtype()).eval()


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


def inference_dtype():
    """bfloat16 where the CPU computes it natively (AVX512-BF16 / AMX: about twice as fast as float32, logits within
    ~0.15 of float32's), else float32. Not int8 dynamic quantisation: on this model it moved logits by up to 5 and
    made a pair's score depend on the other pairs of its batch (docs/quality.md)."""
    import torch

    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return torch.float32
    return torch.bfloat16 if re.search(r"\b(avx512_bf16|amx_bf16)\b", flags) else torch.float32


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
    """ALL_FEATURES for each pair."""
    return np.column_stack([cross_features(pairs, both_orders=both_orders, encoder=encoder), shape_features(pairs)])


def shape(a: str, b: str) -> float:
    """0 for two texts of about the same length, 1 for a text SHAPE_RATIO times longer than the other (FEATURES)."""
    longer, shorter = sorted((max(1, len(a.split())), max(1, len(b.split()))), reverse=True)
    return float(min(1.0, np.log2(longer / shorter) / np.log2(SHAPE_RATIO)))


def embeddings(texts: list[str]) -> dict[str, np.ndarray]:
    """Sentence embeddings of the texts (first EMBEDDED_WORDS words), the new ones in one encoder batch, kept per
    text like understood()."""
    from askdoc.retrieval.encoder import get_encoder

    missing = [text for text in dict.fromkeys(texts) if text not in _embedded]
    if missing:
        if len(_embedded) + len(missing) > UNDERSTOOD_CACHE:
            _embedded.clear()
        vectors = get_encoder().encode([" ".join(text.split()[:EMBEDDED_WORDS]) for text in missing])
        _embedded.update(zip(missing, vectors, strict=True))
    return {text: _embedded[text] for text in texts}


def shape_features(pairs: list[tuple[str, str]]) -> np.ndarray:
    """SHAPE_FEATURES for each pair; the sentence encoder runs only for pairs whose shape is not 0."""
    shapes = np.array([shape(a, b) for a, b in pairs])
    vectors = embeddings([text for pair, s in zip(pairs, shapes, strict=True) if s > 0 for text in pair])
    cosines = np.array([float(vectors[a] @ vectors[b]) if s > 0 else 0.0
                        for (a, b), s in zip(pairs, shapes, strict=True)])
    return (cosines * shapes).reshape(-1, 1)


def cross_features(pairs: list[tuple[str, str]], *, both_orders: bool = True,
                   encoder: tuple | None = None) -> np.ndarray:
    """CROSS_FEATURES for each pair; all cross-encoder readings (both orders of the texts, and of their main
    questions where a text has a longer story around its question) in one call."""
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
    return np.column_stack([full, main])


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
    main_pairs = [(asked.main_question, other.main_question) for other in others]
    logits = cross_logits(main_pairs, max_length=RERANK_MAX_LENGTH)
    # No sentence encoder here: main questions are mostly of one length (shape ~0), and another encoder batch would
    # cost more than the re-ranking itself; the order is then the cross-encoder logit's, as before the shape feature.
    values = probabilities(np.column_stack([logits, logits, np.zeros(len(logits))]), required(top_layer()))
    ranked = sorted(zip([k for k, _ in head], values.tolist(), strict=True), key=lambda item: -item[1])
    return ranked + [(key, -1.0) for key, _ in tail]
