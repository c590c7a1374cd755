"""A learned second opinion on personal names: is this English word, or this Chinese character, part of a name?

The name rules (privacy.py, privacy_zh.py) grow one shape at a time as new writers word names in new ways; this
layer learns from every development privacy set of `evaluation/` (labelled unit by unit from the writers' gold
names) what the text around a name looks like. English: each word, its shape, the two words before and after,
the punctuation around it, whether it opens a sentence and whether the name lists know it. Chinese: each Han
character with its neighbours (one and two on each side, and the pairs they make) and whether it is a common
surname or given-name character. Two logistic regressions over hashed features (no encoder, well under a
millisecond per question). An English word it scores at the threshold or more, or a run of two to four Chinese
characters, is redacted as a name where no rule found anything: it adds to the rules and never removes what they
found.

Thresholds chosen leaving one writer out (`askdoc train_names --lowo`, docs/intake.md). Without the model file the
layer steps aside.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from askdoc.intake import privacy_zh
from askdoc.intake.names import (
    AMBIGUOUS,
    BRANDS,
    FIRST_NAMES,
    MEDICAL_WORDS,
    NON_NAME_WORDS,
    PLACE_WORDS,
    PLACES,
    fold,
)
from askdoc.textkit import STOP_WORDS

MODEL_PATH = Path(__file__).resolve().parent / "data" / "name_model.npz"
DIMENSIONS = 1 << 18
# Chosen leaving one writer out among 0.5, 0.7, 0.8 and 0.9 (docs/intake.md). English is off (1.0): on the two new
# writers after it was chosen it found no name the rules missed and cost precision; the Chinese layer found 4-9% more.
THRESHOLDS = {"en": 1.0, "zh": 0.5}
C = 1.0
TOKEN = re.compile(r"[A-Za-zÀ-ž][A-Za-zÀ-ž'’\-]*")
HAN = re.compile(r"[\u4e00-\u9fff]")
SENTENCE_BREAK = re.compile(r"[.!?\n]")
# Never a name, whatever the context: function words, the lists' non-name words, medical words, brands and places.
NEVER = STOP_WORDS | (NON_NAME_WORDS - AMBIGUOUS) | MEDICAL_WORDS | BRANDS | PLACES | PLACE_WORDS
SURNAMES = frozenset(s for s in privacy_zh.SURNAMES if len(s) == 1)
CHINESE_NAME_LENGTHS = range(2, 5)


def _shape(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "XX"
    return "Xx" if word[0].isupper() else "x"


def _word_features(text: str, tokens: list[re.Match], i: int) -> list[str]:
    word = tokens[i].group(0)
    folded, shape = fold(word), _shape(word)
    before = [fold(tokens[j].group(0)) if j >= 0 else "<s>" for j in (i - 1, i - 2)]
    after = [fold(tokens[j].group(0)) if j < len(tokens) else "</s>" for j in (i + 1, i + 2)]
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


def _character_features(text: str, i: int) -> list[str]:
    def at(j: int) -> str:
        return text[j] if 0 <= j < len(text) else "#"

    c, left, left2, right, right2 = at(i), at(i - 1), at(i - 2), at(i + 1), at(i + 2)
    given = privacy_zh.GIVEN_CHARS
    return [
        f"c={c}", f"l1={left}", f"l2={left2}", f"r1={right}", f"r2={right2}", f"lb={left}{c}", f"rb={c}{right}",
        f"l2b={left2}{left}", f"r2b={right}{right2}", f"sur={c in SURNAMES}", f"gv={c in given}",
        f"lsur={left in SURNAMES}", f"lgv={left in given}", f"rgv={right in given}",
        f"nin={c in privacy_zh.NOT_IN_NAME}",
    ]


def units(text: str, language: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, features) of each unit the model scores: English words outside `NEVER`, Han characters."""
    text = text or ""
    if language == "zh":
        return [(m.start(), m.end(), _character_features(text, m.start())) for m in HAN.finditer(text)]
    tokens = list(TOKEN.finditer(text))
    return [(m.start(), m.end(), _word_features(text, tokens, i)) for i, m in enumerate(tokens)
            if fold(m.group(0)) not in NEVER]


def _indices(features: list[str]) -> np.ndarray:
    return np.array(sorted({zlib.crc32(f.encode()) % DIMENSIONS for f in features}), dtype=np.int64)


@lru_cache(maxsize=1)
def _model(path: Path = MODEL_PATH) -> dict[str, tuple[np.ndarray, float]] | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return {language: (data[f"coef_{language}"].astype(np.float32), float(data[f"intercept_{language}"]))
                for language in THRESHOLDS}


# While a writer is left out (`askdoc train_names --lowo`): the model fitted without them, and its threshold.
_held_out: list[tuple[str, np.ndarray, float, float]] = []


@contextmanager
def held_out(language: str, coef: np.ndarray, intercept: float, threshold: float) -> Iterator[None]:
    _held_out.append((language, coef, intercept, threshold))
    try:
        yield
    finally:
        _held_out.pop()


def _scorer(language: str) -> tuple[np.ndarray, float, float] | None:
    for held_language, coef, intercept, threshold in reversed(_held_out):
        if held_language == language:
            return coef, intercept, threshold
    models = _model()
    return (*models[language], THRESHOLDS[language]) if models else None


def _chosen(text: str, language: str) -> list[tuple[int, int]]:
    scorer = _scorer(language)
    if scorer is None:
        return []
    coef, intercept, threshold = scorer
    if threshold >= 1:
        return []
    cut = float(np.log(threshold / (1 - threshold)))
    return [(start, end) for start, end, features in units(text, language)
            if coef[_indices(features)].sum() + intercept >= cut]


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of each English word and each run of two to four adjacent Chinese characters the model calls a
    name."""
    runs: list[list[int]] = []
    for start, end in _chosen(text, "zh"):
        if runs and runs[-1][1] == start:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    # never an ordinary word the name rules know (滿月, 家庭, 智慧), a doubled character (滿滿) or an eponym
    chinese = [(start, end) for start, end in runs if end - start in CHINESE_NAME_LENGTHS
               and text[start:end] not in privacy_zh.GIVEN_NOT_WORDS and not privacy_zh.not_a_name(text, start, end)]
    return sorted(_chosen(text, "en") + chinese)


# --- training (`askdoc train_names`) -------------------------------------------------------------------------

def labelled_units(rows: list[dict], gold_spans: Callable, language: str) -> tuple[list[list[str]], list[int]]:
    """Every unit of the rows' texts with its features, labelled 1 when it lies in a gold name."""
    features, labels = [], []
    for row in rows:
        names = [(start, end) for kind, start, end in gold_spans(row) if kind == "name"]
        for start, end, unit_features in units(row["text"], language):
            features.append(unit_features)
            labels.append(int(any(s < end and start < e for s, e in names)))
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


def save(models: dict[str, tuple[np.ndarray, float]], path: Path = MODEL_PATH) -> Path:
    arrays: dict[str, np.ndarray] = {}
    for language, (coef, intercept) in models.items():
        arrays[f"coef_{language}"] = coef.astype(np.float16)
        arrays[f"intercept_{language}"] = np.array(intercept)
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types the first keyword only
    _model.cache_clear()
    return path
