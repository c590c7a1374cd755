"""Doctors write answers in Markdown; the public sees it rendered and sanitised.

python-markdown lets raw HTML through by design, so nh3 (an allow-list sanitiser) has the last word:
whatever a doctor types, only the tags below reach a page, links get rel="nofollow noopener", and
script/style contents are dropped entirely.

A single line break stays a line break (nl2br): doctors type replies like letters, and a sign-off on its own
line ("Dr.\nJiang from the Department of Neurology cares about you.") must not run into the paragraph above.
"""

import markdown as md
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str) -> str:
    """Sanitised HTML for a Markdown text: safe to mark safe in a template."""
    html = md.markdown(text or "", extensions=["sane_lists", "nl2br"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )
