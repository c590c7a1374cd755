"""One collection in memory: the dense and the lexical index side by side, fused into one ranking.

Fusion is a calibrated score blend rather than reciprocal rank fusion, because the engine's callers
need scores that mean the same thing from one query to the next (a "nothing relevant" cut-off,
near-duplicate detection):

    score = DENSE_WEIGHT * max(cosine, 0) + LEXICAL_WEIGHT * bm25 / bm25_best(query)

bm25_best is the score a document would get with every query term present at saturated frequency
(the sum of the terms' idf * (k1 + 1)), so the lexical part is in [0, 1] whatever the query's length;
the blend is therefore in [0, 1]. The weights favour the dense side, which carries meaning across
wordings; BM25 rewards exact names (drugs, conditions).

The encoder (all-MiniLM-L6-v2) was trained on English text and cannot read Chinese: between two Chinese
questions its cosine is noise (unrelated ones 0.50-0.60, real siblings 0.39-0.70 on the demo). A query
written mostly in CJK scripts (`encoder_reads` is false) is therefore ranked by the lexical half alone
(its characters and character pairs): score = bm25 / bm25_best. Both backends take their weights from
`fusion_weights`, so they give the same hits. Such scores are on the lexical half's scale, not the
blend's: a caller with a "close enough" threshold keeps one for each case (askdoc.knowledge.linking).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from askdoc.retrieval.dense import DenseIndex
from askdoc.retrieval.lexical import BM25Index, cjk_share

DENSE_WEIGHT = 0.7
LEXICAL_WEIGHT = 0.3
# At or above this share of CJK letters (askdoc.retrieval.lexical.cjk_share) the encoder cannot read the text:
# the same line askdoc.qa.languages draws between a Chinese and an English question.
UNREADABLE_CJK_SHARE = 0.5


def encoder_reads(text: str) -> bool:
    """Whether the (English) encoder's vector of the text carries its meaning: not for text mostly in CJK."""
    return cjk_share(text) < UNREADABLE_CJK_SHARE


def fusion_weights(query: str) -> tuple[float, float]:
    """(dense, lexical) weights of the blend for this query."""
    return (DENSE_WEIGHT, LEXICAL_WEIGHT) if encoder_reads(query) else (0.0, 1.0)


def fuse(dense, lexical, weights: tuple[float, float]):
    """The blend of cosines and normalised BM25 scores (numpy arrays or floats) with `fusion_weights`."""
    return weights[0] * np.clip(dense, 0, 1) + weights[1] * lexical


@dataclass
class Document:
    key: str
    text: str
    meta: dict = field(default_factory=dict)


@dataclass
class Hit:
    key: str
    score: float
    meta: dict
    # The two halves of the blend, for callers that want to reason about them.
    dense: float = 0.0
    lexical: float = 0.0


class CollectionIndex:
    def __init__(self, dim: int) -> None:
        self.dense = DenseIndex(dim)
        self.lexical = BM25Index()
        self.keys: list[str] = []
        self.hashes: list[str] = []
        self.metas: list[dict] = []
        self.rows: dict[str, int] = {}
        self.seq = 0
        self.token = ""
        self.checked = 0.0
        self._columns: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def dead_rows(self) -> int:
        return len(self.keys) - len(self.rows)

    def put(self, key: str, text: str, text_hash: str, meta: dict, vector: np.ndarray) -> None:
        row = self.rows.get(key)
        self._columns.clear()
        if row is not None and self.hashes[row] == text_hash:
            self.metas[row] = meta
            return
        if row is not None:
            self.lexical.remove(row)
        new_row = self.dense.add(vector)
        self.lexical.add(text)
        self.keys.append(key)
        self.hashes.append(text_hash)
        self.metas.append(meta)
        self.rows[key] = new_row

    def remove(self, key: str) -> None:
        row = self.rows.pop(key, None)
        if row is not None:
            self.lexical.remove(row)
            self._columns.clear()

    def _column(self, name: str) -> np.ndarray:
        column = self._columns.get(name)
        if column is None:
            column = np.empty(len(self.metas), dtype=object)
            column[:] = [meta.get(name) for meta in self.metas]
            self._columns[name] = column
        return column

    def _mask(self, filters: dict | None) -> np.ndarray:
        mask = self.lexical.alive[: len(self.keys)].copy()
        for name, wanted in (filters or {}).items():
            column = self._column(name)
            if isinstance(wanted, list | tuple | set | frozenset):
                mask &= np.isin(column, list(wanted))
            else:
                mask &= column == wanted
        return mask

    def search(self, query_vector: np.ndarray, query: str, *, k: int, filters: dict | None = None,
               exclude: set[str] | None = None) -> list[Hit]:
        dense = self.dense.scores(query_vector)
        bm25, best = self.lexical.scores(query)
        lexical = np.minimum(bm25 / best, 1.0) if best > 0 else bm25
        blend = fuse(dense, lexical, fusion_weights(query))
        mask = self._mask(filters)
        for key in exclude or ():
            if key in self.rows:
                mask[self.rows[key]] = False
        blend = np.where(mask, blend, -1.0)
        want = min(k, int(mask.sum()))
        if want <= 0:
            return []
        top = np.argpartition(-blend, want - 1)[:want]
        top = top[np.argsort(-blend[top], kind="stable")]
        return [
            Hit(key=self.keys[r], score=float(blend[r]), meta=self.metas[r], dense=float(dense[r]),
                lexical=float(lexical[r]))
            for r in top
            if blend[r] > 0
        ]
