"""Template helpers for the public pages: excerpts, the asker line, share links, JSON-LD."""

import json
from urllib.parse import quote, urlencode

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from askdoc.qa import selectors

register = template.Library()

# The same escapes as Django's json_script: nothing in the data can close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def asker(question) -> str:
    """The asker line's first half, the same on every page: `Yucheng, 10~19 year old female`."""
    return selectors.asker_description(question)


@register.filter
def excerpt(text: str, limit: int = selectors.EXCERPT_CHARS) -> str:
    return selectors.excerpt(text, limit)


@register.filter
def answer_excerpt(answer, limit: int = selectors.EXCERPT_CHARS) -> str:
    return selectors.excerpt(selectors.answer_text(answer), limit)


@register.simple_tag
def share_links(url: str, title: str) -> list[dict]:
    """Plain share links (no third-party scripts); every parameter is percent-encoded."""
    return [
        {"name": "Email", "key": "email",
         "href": "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote)},
        {"name": "Facebook", "key": "facebook",
         "href": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}, quote_via=quote)},
        {"name": "X", "key": "x",
         "href": "https://x.com/intent/tweet?" + urlencode({"url": url, "text": title}, quote_via=quote)},
        {"name": "LINE", "key": "line",
         "href": "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url}, quote_via=quote)},
        {"name": "WhatsApp", "key": "whatsapp",
         "href": "https://wa.me/?" + urlencode({"text": f"{title} {url}"}, quote_via=quote)},
    ]


@register.filter
def json_ld(data) -> SafeString:
    """<script type="application/ld+json"> with the data escaped like json_script does."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
