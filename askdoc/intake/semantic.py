"""The switch and the encoder call shared by the intake's semantic layers (learned emergency and triage models).

Both layers sit on top of rules that work alone, so they are best effort: when they are switched off, or
the encoder cannot be loaded, `encode_or_none` returns None and the callers fall back to the rules.

Switched on by default, also under the test runner (the tests check the shipped configuration; the encoder
is loaded once per process); `ASKDOC_INTAKE_SEMANTIC = False` (a Django setting) turns them off.
"""

import logging
from collections import OrderedDict

import numpy as np
from django.conf import settings

log = logging.getLogger(__name__)

MINILM = "all-MiniLM-L6-v2"  # what the thresholds and the triage model were fitted with


def enabled() -> bool:
    return bool(getattr(settings, "ASKDOC_INTAKE_SEMANTIC", True))


def encoder_name() -> str:
    from askdoc.retrieval.encoder import get_encoder

    return get_encoder().name


def encode_or_none(texts: list[str]) -> np.ndarray | None:
    """L2-normalised rows, or None when the layers are off or the encoder fails (the rules still answer)."""
    if not enabled() or not texts:
        return None
    try:
        from askdoc.retrieval import encode

        return encode(texts)
    except Exception:  # a missing model or a broken install must never break the ask form
        log.warning("sentence encoder unavailable, intake falls back to its rules", exc_info=True)
        return None


CACHE_SIZE = 4096  # question vectors kept (~6 MB): an evaluation set is encoded in batches once (`prime`)
_vectors: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()


def encode_text_or_none(text: str) -> np.ndarray | None:
    """One text's vector, or None as above. The triage and emergency models both read the question being
    analysed: the vector is kept (least recently used out first), so each version of a question is encoded once."""
    if not enabled() or not text:
        return None
    key = (encoder_name(), text)  # keyed by the encoder too: a test's fake encoder never gets MiniLM's vectors
    if key not in _vectors:
        vectors = encode_or_none([text])
        if vectors is None:
            return None  # not cached: the encoder may be back for the next call
        _store(key, vectors[0])
    _vectors.move_to_end(key)
    return _vectors[key]


def remember(text: str, vector: np.ndarray) -> None:
    """A text's vector computed elsewhere (the identifier tagger's reading of the same text): not encoded again."""
    _store((encoder_name(), text), vector)


def prime(texts: list[str], batch: int = 64) -> None:
    """Encode many texts in batches ahead of their one-by-one analysis (an evaluation, a batch `analyze`): a
    batch costs a fraction of the same texts encoded one at a time."""
    if not enabled():
        return
    name = encoder_name()
    missing = list(dict.fromkeys(t for t in texts if t and (name, t) not in _vectors))[-CACHE_SIZE:]
    for i in range(0, len(missing), batch):
        vectors = encode_or_none(missing[i:i + batch])
        if vectors is None:
            return
        for text, vector in zip(missing[i:i + batch], vectors, strict=True):
            _store((name, text), vector)


def _store(key: tuple[str, str], vector: np.ndarray) -> None:
    vector = np.array(vector, dtype=np.float32)
    vector.setflags(write=False)  # shared between callers
    _vectors[key] = vector
    while len(_vectors) > CACHE_SIZE:
        _vectors.popitem(last=False)
