"""Questions written in another language in Latin letters, read as English through glossaries (askdoc/intake/data):
Romanised Hindi / Urdu (romanised_glossary.yaml), Portuguese (portuguese_glossary.yaml), Spanish
(spanish_glossary.yaml), French (french_glossary.yaml), Tagalog (tagalog_glossary.yaml) and West African Pidgin
(pidgin_glossary.yaml).

    english_reading(text) -> str   # "abhi husband ko seene mein tez dard" → "abhi husband ko severe chest pain"

The emergency rules, the emergency classifier (an English sentence encoder) and triage read English. A question
written in one of these languages is read through its glossary of the common words for symptoms, body parts and
time, only when it holds enough of the language's own function words: an English question is returned unchanged.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from askdoc.intake.data_files import load

HINDI_URDU = "romanised_glossary.yaml"
# Portuguese before Spanish: a Portuguese text may hold enough Spanish words too ("que", "para", "desde").
GLOSSARIES = (HINDI_URDU, "portuguese_glossary.yaml", "spanish_glossary.yaml", "french_glossary.yaml",
              "tagalog_glossary.yaml", "pidgin_glossary.yaml")
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Glossary:
    markers: frozenset[str]
    enough: int  # different markers a text must hold to be read through the glossary
    phrases: tuple[tuple[re.Pattern, str], ...]
    # Words of this language only, read in any text: an English question that names its condition in the writer's
    # own language ("Enxaqueca 3 times a week", "Rouquidão for 2 months") holds too few markers to be read whole.
    terms: tuple[tuple[re.Pattern, str], ...] = ()


@cache
def _glossary(name: str) -> Glossary:
    data = load(name)
    return Glossary(frozenset(data["markers"]), int(data["min_markers"]), _compiled(data["phrases"]),
                    _compiled(data.get("terms", [])))


def _compiled(phrases: list[list[str]]) -> tuple[tuple[re.Pattern, str], ...]:
    # The whole words of every alternative: "tap|jor" is not the "jor" inside "major".
    return tuple((re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])"), english) for pattern, english in phrases)


def _plain(text: str) -> str:
    """Lower case without accents ("mamá" → "mama"), as the glossaries are written."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))


def _reads(glossary: Glossary, words: set[str]) -> bool:
    return len(glossary.markers.intersection(words)) >= glossary.enough


def romanised_markers() -> frozenset[str]:
    """Hindi / Urdu function words: never a person's name."""
    return _glossary(HINDI_URDU).markers


# Hindi / Urdu future and polite verb forms ("milegi", "padega", "chahiye", "karunga").
HINDI_VERB_ENDING = re.compile(r"(?:ega|egi|enge|iye|iyega|unga|ungi|oge|ogi)$")


@cache
def _vocabulary(name: str) -> frozenset[str]:
    """A glossary's markers and the words its phrases read."""
    glossary = _glossary(name)
    read = {word for pattern, _ in glossary.phrases for word in re.findall(r"[a-z]{3,}", pattern.pattern)}
    return glossary.markers | read


@lru_cache(maxsize=1024)  # the rules, the classifier, the context layer, triage and the name checks ask of one text
def _readers(text: str) -> tuple[str, ...]:
    """The glossaries that read this text (those of the languages it holds enough function words of)."""
    words = set(_WORD.findall(_plain(text)))
    return tuple(name for name in GLOSSARIES if _reads(_glossary(name), words))


@cache
def _readers_vocabulary(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_vocabulary(name) for name in names))


def is_glossary_word(text: str, word: str) -> bool:
    """Whether a lower-case word is one of the language the text is written in, by the glossary that reads it ("shaadi",
    "milegi" in Hindi; "masakit", "pamangkin" in Tagalog): such a word stands where a name would without being one."""
    readers = _readers(text)
    return word in _readers_vocabulary(readers) or HINDI_URDU in readers and bool(HINDI_VERB_ENDING.search(word))


def is_romanised(text: str) -> bool:
    """Whether the text is Hindi / Urdu written in Latin letters."""
    return HINDI_URDU in _readers(text)


@cache
def _terms() -> tuple[re.Pattern | None, tuple[tuple[re.Pattern, str], ...]]:
    """Every glossary's terms, and one pattern that finds any of them."""
    terms = tuple(term for name in GLOSSARIES for term in _glossary(name).terms)
    return (re.compile("|".join(pattern.pattern for pattern, _ in terms)) if terms else None), terms


@lru_cache(maxsize=1024)
def english_reading(text: str) -> str:
    """The text with each glossary's words in English, lower-cased; the text itself when no glossary reads it and
    it holds none of their terms."""
    readers = _readers(text) if text else ()
    plain = _plain(text) if text else ""
    any_term, terms = _terms()
    if not readers and not (any_term and any_term.search(plain)):
        return text
    for name in readers:
        for pattern, english in _glossary(name).phrases:
            plain = pattern.sub(english, plain)
    for pattern, english in terms:
        plain = pattern.sub(english, plain)
    return plain
