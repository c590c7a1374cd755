"""A learned second opinion on English personal names: is this word part of a person's name?

The name rules (privacy.py) grow one shape at a time as new writers word names in new ways; this layer learns
from every development privacy set of `evaluation/` (English writers, labelled word by word from their gold
names) what the words around a name look like: the word itself, its shape, the two words before and after, the
punctuation around it, whether it opens a sentence and whether the name lists know it. A logistic regression
over hashed features (no encoder, well under a millisecond per question); a word it scores at `THRESHOLD` or
more is redacted as a name when no rule claimed it. It adds to the rules and never removes what they found.

Chosen leaving one writer out (`askdoc train_names --lowo`, docs/intake.md). Without the model file the layer
steps aside.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.intake.names import AMBIGUOUS, BRANDS, FIRST_NAMES, MEDICAL_WORDS, NON_NAME_WORDS, PLACE_WORDS, PLACES
from askdoc.textkit import STOP_WORDS

MODEL_PATH = Path(__file__).resolve().parent / "data" / "name_model.npz"
DIMENSIONS = 1 << 18
THRESHOLD = 0.8  # chosen leaving one writer out among 0.5, 0.7, 0.8 and 0.9 (docs/intake.md)
C = 1.0
TOKEN = re.compile(r"[A-Za-zÀ-ž][A-Za-zÀ-ž'’\-]*")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
# Never a name, whatever the context: function words, the lists' non-name words, medical words, brands and places.
NEVER = STOP_WORDS | (NON_NAME_WORDS - AMBIGUOUS) | MEDICAL_WORDS | BRANDS | PLACES | PLACE_WORDS


def _fold(word: str) -> str:
    return re.sub(r"['’](?:s|m|re|ve|ll|d)$", "", word.lower())


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "XX"
    return "Xx" if word[0].isupper() else "x"


def _features(text: str, tokens: list[re.Match], i: int) -> list[str]:
    word = tokens[i].group(0)
    folded, shape = _fold(word), _shape(word)
    before = [_fold(tokens[j].group(0)) if j >= 0 else "<s>" for j in (i - 1, i - 2)]
    after = [_fold(tokens[j].group(0)) if j < len(tokens) else "</s>" for j in (i + 1, i + 2)]
    gap_before = text[tokens[i - 1].end():tokens[i].start()] if i else ""
    gap_after = text[tokens[i].end():tokens[i + 1].start()] if i + 1 < len(tokens) else ""
    opens = not i or bool(SENTENCE_BREAK.search(gap_before))
    return [
        f"w={folded}", f"s={shape}", f"p1={before[0]}", f"p2={before[1]}", f"n1={after[0]}", f"n2={after[1]}",
        f"p1s={before[0]}|{shape}", f"n1s={after[0]}|{shape}", f"start={opens}|{shape}",
        f"fn={folded in FIRST_NAMES}|{shape}", f"amb={folded in AMBIGUOUS}", f"nn={folded in NON_NAME_WORDS}|{shape}",
        f"stop={folded in STOP_WORDS}", f"bt={gap_before.strip()[-1:] or '_'}", f"at={gap_after.strip()[:1] or '_'}",
        f"suf={folded[-3:]}", f"len={min(len(word), 8)}",
    ]


def _indices(features: list[str]) -> np.ndarray:
    return np.array(sorted({zlib.crc32(f.encode()) % DIMENSIONS for f in features}), dtype=np.int64)


def token_features(text: str) -> tuple[list[re.Match], list[list[str]]]:
    tokens = list(TOKEN.finditer(text or ""))
    return tokens, [_features(text, tokens, i) for i in range(len(tokens))]


@lru_cache(maxsize=1)
def _model(path: Path = MODEL_PATH) -> tuple[np.ndarray, float] | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return data["coef"].astype(np.float32), float(data["intercept"])


# While a writer is left out (`askdoc train_names --lowo`), the model fitted without them.
_held_out: list[tuple[np.ndarray, float, float]] = []


@contextmanager
def held_out(coef: np.ndarray, intercept: float, threshold: float) -> Iterator[None]:
    _held_out.append((coef, intercept, threshold))
    try:
        yield
    finally:
        _held_out.pop()


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each word the model calls part of a name, never a word of `NEVER` (only the others are
    scored: most words of a question are function words)."""
    model = _held_out[-1][:2] if _held_out else _model()
    if model is None:
        return []
    coef, intercept = model
    threshold = _held_out[-1][2] if _held_out else THRESHOLD
    logit_threshold = np.log(threshold / (1 - threshold)) if threshold < 1 else np.inf
    tokens = list(TOKEN.finditer(text or ""))
    return [(m.start(), m.end()) for i, m in enumerate(tokens) if _fold(m.group(0)) not in NEVER
            and coef[_indices(_features(text, tokens, i))].sum() + intercept >= logit_threshold]


# --- training (`askdoc train_names`) -------------------------------------------------------------------------

def labelled_tokens(rows: list[dict], gold_spans) -> tuple[list[list[str]], list[int]]:
    """Every Latin word of the rows' texts with its features, labelled 1 when it lies in a gold name."""
    features, labels = [], []
    for row in rows:
        names = [(start, end) for kind, start, end in gold_spans(row) if kind == "name"]
        tokens, row_features = token_features(row["text"])
        features += row_features
        labels += [int(any(start < m.end() and m.start() < end for start, end in names)) for m in tokens]
    return features, labels


def fit(features: list[list[str]], labels: list[int], c: float = C) -> tuple[np.ndarray, float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    rows, cols = [], []
    for i, f in enumerate(features):
        indices = _indices(f)
        rows += [i] * len(indices)
        cols += indices.tolist()
    x = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(features), DIMENSIONS))
    model = LogisticRegression(C=c, max_iter=3000).fit(x, labels)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def save(coef: np.ndarray, intercept: float, path: Path = MODEL_PATH) -> Path:
    np.savez_compressed(path, coef=coef.astype(np.float16), intercept=np.array(intercept))
    _model.cache_clear()
    return path
