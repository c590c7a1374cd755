"""The languages askdoc speaks: the interface language of a request and the language of a text.

Interface: Django's LocaleMiddleware picks it from the language cookie (set by the switcher), else
Accept-Language, else English. Content: every question and answer stores the language it is written in,
detected from the text (Chinese characters) and, for text with no letters at all, taken from the interface.
"""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

ENGLISH = "en"
TRADITIONAL_CHINESE = "zh-hant"
# BCP 47 spelling for the HTML lang and hreflang attributes.
HTML_LANG = {ENGLISH: "en", TRADITIONAL_CHINESE: "zh-Hant"}
# A Chinese character carries about as much as a Latin word (about four letters), so a text is Chinese when
# its Chinese characters, weighted four to one, are at least half its letters: Chinese questions mix in Latin
# drug names, units and "ALS" freely, English ones the odd Chinese brand name.
CJK_WEIGHT = 4
CJK_SHARE = 0.5


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def detect_language(text: str, *, default: str = ENGLISH) -> str:
    """zh-hant when a clear share of the text's letters are Chinese characters, en for other letters."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return supported(default)
    cjk = sum(1 for char in letters if is_cjk(char))
    weighted = cjk * CJK_WEIGHT
    return TRADITIONAL_CHINESE if weighted >= CJK_SHARE * (weighted + len(letters) - cjk) else ENGLISH


def supported(language: str | None) -> str:
    """The interface language code askdoc has for any language code (zh-TW -> zh-hant), English otherwise."""
    try:
        return translation.get_supported_language_variant(language or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


def current() -> str:
    return supported(translation.get_language())


def html_lang(language: str) -> str:
    return HTML_LANG.get(supported(language), language)


class VaryOnLanguageCookieMiddleware:
    """Pages differ by the language cookie as well as Accept-Language (which LocaleMiddleware adds):
    a shared cache must not give a Chinese page to an English reader."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        return response
