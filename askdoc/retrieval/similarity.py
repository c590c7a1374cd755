"""similarity(q1, q2): do two questions ask the same thing? A score in [0, 1].

Placeholder scorer (cosine of the embeddings) until the trained scorer lands.
"""

from __future__ import annotations

import numpy as np

from askdoc.retrieval.encoder import encode

SIMILAR_THRESHOLD = 0.75


def similarity(q1: str, q2: str) -> float:
    vectors = encode([q1, q2])
    return float(np.clip(vectors[0] @ vectors[1], 0.0, 1.0))
