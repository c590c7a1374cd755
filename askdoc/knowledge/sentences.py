"""Answer sentences of the knowledge base and their embeddings, encoded once and stored.

More Info scores every usable sentence of the best MedQuAD answers against the question and reply. Encoding
them at request time was the slow part of More Info (about 32 sentences per question, padded in one batch to the
length of the longest text), so each sentence's vector is stored in `SentenceVector`, keyed by a hash of the
encoder's name and the text: an edited answer or another encoder simply misses the cache, nothing goes stale.
`sentences_index` fills it for the whole knowledge base (`askdoc import_medquad`, `askdoc index_sentences`, the
first-run bootstrap); a sentence met before that is encoded on the spot and stored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator

import numpy as np

from askdoc.knowledge.models import KbPair, SentenceVector
from askdoc.knowledge.text import split_marked

MIN_WORDS = 6
CHUNK = 512

_BOILERPLATE = re.compile(
    r"^(these resources|see also|learn more|for more information|source:|nih:|these resources from|"
    r"you may also|read more|more information)|genetic testing registry|gene ?review|medlineplus encyclopedia|"
    r"https?://|www\.|clinicaltrials\.gov|this summary|pdq|click here|human phenotype ontology|"
    r"signs and symptoms of|orphanet|\bhpo\b|"
    # cancer.gov's invitations to research studies: true, but never what a patient who asked needs to read
    r"\bclinical trials?\b|\btaking part in (?:a|such a|this) (?:trial|study)\b|"
    # pointers to other parts of the source page, meaningless once the sentence stands alone
    r"\b(see|read) (the|our|this|a) [^.]{0,60}(section|page|article|fact sheet|topic)s?\b|"
    r"\b(described|discussed|listed|explained) (above|below|earlier|later)\b|\b(the following|as follows)\b",
    re.I)
# A sentence opening with a bare pronoun needs the sentence before it ("They often occur at night."), and one
# opening with a connective continues an argument the reader has not seen.
_DANGLING = re.compile(
    r"^(it|they|them|these|those|this|that|he|she|its|their|both|also|however|but|and|or|so|then|thus|"
    r"therefore|in addition|additionally|furthermore|moreover|such|there are (?:several|many|two|"
    r"three|a few|some) (?:types|kinds|forms)|examples?|for example|for instance|in this|in these|in such|"
    r"in some of these|in other|as a result|because of this|in most of these|for these|for this|with this|"
    r"namely|still|instead|otherwise|likewise|similarly|hence|yet|here|"
    r"(?:some|many|most|others|all|few) (?:are|of these|of them|have|can|may|will|do))\b",
    re.I)
_FINITE_VERB = re.compile(r"\b(is|are|was|were|can|could|may|might|should|must|will|would|has|have|had|does|do|"
                          r"did|need|needs|helps?|causes?|includes?|occurs?|affects?|becomes?|means|lasts?)\b",
                          re.I)


def usable(sentence: str) -> bool:
    """A sentence a reader can take on its own: complete, not a heading, list stub, question, link or pointer."""
    return (
        30 <= len(sentence) <= 400 and sentence.endswith(".") and len(sentence.split()) >= MIN_WORDS
        and not _BOILERPLATE.search(sentence) and not _DANGLING.match(sentence)
    )


def answer_sentences(answer: str) -> list[str]:
    """The usable sentences of an answer, in order, each once.

    A list item is kept only when it is a sentence of its own (it has a verb such as "is", "can", "may"):
    "Symptoms that start or get worse at night." only means something under the heading the page gave it.
    """
    seen: set[str] = set()
    kept = []
    for sentence, is_item in split_marked(answer):
        if is_item and not _FINITE_VERB.search(sentence):
            continue
        if sentence.lower() not in seen and usable(sentence):
            seen.add(sentence.lower())
            kept.append(sentence)
    return kept


def _encoder():
    from askdoc.retrieval.encoder import get_encoder

    return get_encoder()


def digest(text: str, encoder_name: str) -> str:
    return hashlib.sha256(f"{encoder_name}\0{text}".encode()).hexdigest()


def _store(pairs: list[tuple[str, np.ndarray]]) -> None:
    SentenceVector.objects.bulk_create(
        [SentenceVector(digest=key, vector=vector.astype(np.float16).tobytes()) for key, vector in pairs],
        ignore_conflicts=True,  # another worker may have stored the same sentence meanwhile
    )


def sentence_vectors(texts: list[str], *, encode_missing: int | None = None) -> dict[str, np.ndarray]:
    """text -> unit vector (float32) for the given sentences: stored ones read, missing ones encoded and stored.

    encode_missing caps how many missing sentences are encoded (the first ones win); the others are left out
    of the result, so a request never pays for more encoding than that.
    """
    encoder = _encoder()
    keys = {text: digest(text, encoder.name) for text in dict.fromkeys(texts)}
    stored = dict(SentenceVector.objects.filter(digest__in=list(keys.values())).values_list("digest", "vector"))
    vectors: dict[str, np.ndarray] = {}
    missing = []
    for text, key in keys.items():
        if key in stored:
            vector = np.frombuffer(bytes(stored[key]), dtype=np.float16).astype(np.float32)
            vectors[text] = vector / max(float(np.linalg.norm(vector)), 1e-9)
        else:
            missing.append(text)
    if encode_missing is not None:
        missing = missing[:encode_missing]
    if missing:
        encoded = encoder.encode(missing)
        _store([(keys[text], vector) for text, vector in zip(missing, encoded, strict=True)])
        vectors.update(zip(missing, (np.asarray(v, dtype=np.float32) for v in encoded), strict=True))
    return vectors


def _all_sentences() -> Iterator[str]:
    answers = KbPair.objects.exclude(answer="").order_by("pk").values_list("answer", flat=True)
    for answer in answers.iterator(chunk_size=2000):
        yield from answer_sentences(answer)


def sentences_index(*, progress: Callable[[int], None] | None = None,
                    sentences: Iterable[str] | None = None) -> int:
    """Encode and store every usable knowledge-base answer sentence not stored yet; returns how many were new."""
    encoder = _encoder()
    new = 0
    chunk: dict[str, str] = {}

    def flush() -> int:
        known = set(SentenceVector.objects.filter(digest__in=list(chunk.values())).values_list("digest", flat=True))
        todo = [(text, key) for text, key in chunk.items() if key not in known]
        if todo:
            encoded = encoder.encode([text for text, _ in todo])
            _store([(key, vector) for (_, key), vector in zip(todo, encoded, strict=True)])
        if progress:
            progress(len(chunk))
        chunk.clear()
        return len(todo)

    for text in (sentences if sentences is not None else _all_sentences()):
        chunk[text] = digest(text, encoder.name)
        if len(chunk) == CHUNK:
            new += flush()
    if chunk:
        new += flush()
    return new


def sentences_total() -> int:
    """How many usable sentences the knowledge base's answers hold (for a progress bar's total)."""
    return sum(1 for _ in _all_sentences())
