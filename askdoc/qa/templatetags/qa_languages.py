"""Template helpers for languages: the BCP 47 code of a language (zh-hant -> zh-Hant) for lang and hreflang."""

from django import template

from askdoc.qa import languages

register = template.Library()


@register.simple_tag
def html_lang(language: str) -> str:
    return languages.html_lang(language)
