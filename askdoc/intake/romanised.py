"""Romanised Hindi / Urdu health words read as English (askdoc/intake/data/romanised_glossary.yaml).

    english_reading(text) -> str   # "abhi husband ko seene mein tez dard" → "abhi husband ko severe chest pain"

The emergency rules, the emergency classifier (an English sentence encoder) and triage read English. A question
written in Latin letters in Hindi or Urdu is read through a glossary of the common words for symptoms, body parts
and time, only when it holds enough of the languages' own words: an English question is returned unchanged.
"""

import re
from functools import cache

from askdoc.intake.data_files import load

_WORD = re.compile(r"[a-z]+")


@cache
def _glossary() -> tuple[frozenset[str], int, list[tuple[re.Pattern, str]]]:
    data = load("romanised_glossary.yaml")
    phrases = [(re.compile(rf"(?<![a-z]){pattern}(?![a-z])"), english) for pattern, english in data["phrases"]]
    return frozenset(data["markers"]), int(data["min_markers"]), phrases


def romanised_markers() -> frozenset[str]:
    return _glossary()[0]


def is_romanised(text: str) -> bool:
    markers, enough, _ = _glossary()
    return len(markers.intersection(_WORD.findall(text.lower()))) >= enough


def english_reading(text: str) -> str:
    """The text with the glossary's words in English, lower-cased; the text itself when it is not Romanised
    Hindi / Urdu."""
    if not text or not is_romanised(text):
        return text
    reading = text.lower()
    for pattern, english in _glossary()[2]:
        reading = pattern.sub(english, reading)
    return reading
