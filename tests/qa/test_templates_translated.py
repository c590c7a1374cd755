"""Every word a template shows is wrapped for translation: text between tags and the attributes people
read (aria-label, title, placeholder, alt) hold no bare English outside {% translate %} and
{% blocktranslate %}. The zh-Hant catalogue test then makes sure each wrapped string is translated."""

import re
from pathlib import Path

from django.conf import settings
from django.template.base import Lexer, TokenType
from django.test import SimpleTestCase

TEMPLATE_ROOT = Path(settings.PACKAGE_DIR)
READ_ATTRIBUTES = re.compile(r'\b(?:aria-label|title|placeholder|alt)="([^"]*)"')
TAG = re.compile(r"<[^>]*>")
WORD = re.compile(r"[A-Za-z]{2,}")
# Words that are the same in every language: names and codes.
NOT_WORDS = {"askdoc", "Facebook", "LINE", "WhatsApp", "Email", "Markdown", "HTML", "Dr", "Q&amp;A", "nbsp",
             "amp", "larr", "rarr", "mdash", "middot"}


def bare_text(source: str) -> list[str]:
    """Pieces of readable text outside translation tags: the template with every tag, variable and
    translated block blanked out, then its attributes people read and the text between HTML tags."""
    kept, depth = [], 0
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if name in ("blocktranslate", "blocktrans", "comment"):
                depth += 1
            elif name in ("endblocktranslate", "endblocktrans", "endcomment"):
                depth -= 1
        kept.append(token.contents if token.token_type == TokenType.TEXT and not depth else " ")
    template = "".join(kept)
    found = []
    for text in READ_ATTRIBUTES.findall(template) + TAG.sub("\n", template).split("\n"):
        if [w for w in WORD.findall(text) if w not in NOT_WORDS]:
            found.append(" ".join(text.split())[:80])
    return found


class TemplatesTranslatedTest(SimpleTestCase):
    def test_no_template_shows_bare_english(self):
        problems = {}
        for path in sorted(TEMPLATE_ROOT.glob("**/templates/**/*.html")):
            text = bare_text(path.read_text(encoding="utf-8"))
            if text:
                problems[str(path.relative_to(TEMPLATE_ROOT))] = text
        self.maxDiff = None
        self.assertEqual(problems, {}, "wrap these in {% translate %} / {% blocktranslate %}, then `make messages`")

    def test_the_check_sees_text_and_attributes_but_not_translated_strings(self):
        source = ('<h1>Hello</h1><a aria-label="Share">{% translate "Copy link" %}</a>'
                  '{% blocktranslate %}Page {{ n }}{% endblocktranslate %}<p>{{ name }} · 2020</p>')
        self.assertEqual(bare_text(source), ["Share", "Hello"])
