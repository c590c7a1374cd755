"""The switch and the encoder call shared by the intake's semantic layers (learned emergency and triage models).

Both layers sit on top of rules that work alone, so they are best effort: when they are switched off, or
the encoder cannot be loaded, `encode_or_none` returns None and the callers fall back to the rules.

Switched on by default; `ASKDOC_INTAKE_SEMANTIC` (a Django setting) turns them off or on explicitly. Under
the test runner the default is off, so that the fast test suite never loads the sentence encoder; the
tests of the layers themselves turn it on (`override_settings(ASKDOC_INTAKE_SEMANTIC=True)`) and are
marked slow when they use the real encoder.
"""

import logging
from functools import lru_cache

import numpy as np
from django.conf import settings

log = logging.getLogger(__name__)

MINILM = "all-MiniLM-L6-v2"  # what the thresholds and the triage model were fitted with


def enabled() -> bool:
    return bool(getattr(settings, "ASKDOC_INTAKE_SEMANTIC", not getattr(settings, "TESTING", False)))


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


def encode_text_or_none(text: str) -> np.ndarray | None:
    """One text's vector, or None as above. The triage and emergency models both read the question being
    analysed: the vector is kept for a few texts, so the ask form encodes each version of a question once."""
    if not enabled() or not text:
        return None
    try:
        return _encode_cached(encoder_name(), text)
    except _NotEncoded:
        return None  # not cached: the encoder may be back for the next call


class _NotEncoded(Exception):
    pass


@lru_cache(maxsize=32)
def _encode_cached(encoder: str, text: str) -> np.ndarray:
    # Keyed by the encoder's name too: a test's fake encoder must never receive MiniLM's vectors.
    vectors = encode_or_none([text])
    if vectors is None:
        raise _NotEncoded
    vector = vectors[0]
    vector.setflags(write=False)  # shared between callers
    return vector
