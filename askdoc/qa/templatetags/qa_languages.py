"""Template helpers for languages: the BCP 47 code of a language (zh-hant -> zh-Hant) for lang and hreflang."""

from django import template

from askdoc.qa import languages

register = template.Library()


@register.simple_tag
def html_lang(language: str) -> str:
    return languages.html_lang(language)


@register.filter
def text_lang(text) -> str:
    """The BCP 47 code of the language a piece of content is written in (for its lang attribute), e.g. an
    English topic description on a Chinese page."""
    return languages.html_lang(languages.detect_language(str(text or ""), default=languages.current()))
