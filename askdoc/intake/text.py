"""Text normalisation shared by the intake rules.

The rules match over a lower-cased, apostrophe-free, single-spaced form of the text ("I can’t
breathe!!" → "i cant breathe!!"), so that a regex does not have to spell out every quote style,
capitalisation and spacing a patient may type.
"""

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘`´]")
_SPACES = re.compile(r"\s+")
_NOISE = re.compile(r"[^a-z0-9.,;:!?/%+\-\s]")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.lower())
    text = _NOISE.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def word_pattern(phrase: str) -> str:
    """A regex for a vocabulary phrase: words separated by any spacing/hyphen, simple plural/verb endings."""
    words = [re.escape(word) for word in normalise(phrase).replace("-", " ").split()]
    if not words:
        return r"(?!x)x"
    tail = r"(?:s|es|ed|ing|y)?" if len(words[-1]) > 3 else ""
    return r"\b" + r"[\s\-]*".join(words) + tail + r"\b"


@lru_cache(maxsize=16384)
def compiled_word_pattern(phrase: str) -> re.Pattern:
    """word_pattern compiled once per phrase: the departments' vocabularies hold ~1,000 phrases, more than the re
    module's own cache, which then compiled every one again for every question (~50 ms per analysis)."""
    return re.compile(word_pattern(phrase))


CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def is_mostly_chinese(text: str) -> bool:
    """More Chinese characters than Latin letters / 4 (a Chinese word carries about four letters' meaning)."""
    return len(CJK.findall(text or "")) * 4 > len(_LATIN.findall(text or ""))


def normalise_zh(text: str) -> str:
    """Chinese text for the rules: NFKC (full-width digits and letters become ASCII), ASCII lower case, no spaces."""
    return re.sub(r"[ \t\u3000]+", "", unicodedata.normalize("NFKC", text or "").lower())
