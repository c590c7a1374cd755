"""The zh-Hant catalogue translates every interface string: no empty and no fuzzy message."""

from pathlib import Path

import polib
from django.conf import settings
from django.test import SimpleTestCase

CATALOGUE = Path(settings.LOCALE_PATHS[0]) / "zh_Hant" / "LC_MESSAGES" / "django.po"


def untranslated(po: polib.POFile) -> list[str]:
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if entry.fuzzy or not texts or not all(text.strip() for text in texts):
            missing.append(entry.msgid)
    return missing


class CatalogueTest(SimpleTestCase):
    def test_it_translates_every_message_of_the_zh_hant_catalogue(self):
        po = polib.pofile(str(CATALOGUE))
        self.assertGreater(len(po), 200)
        self.assertEqual(untranslated(po), [], "untranslated or fuzzy entries: run `make messages` and translate")

    def test_it_keeps_the_header_usable(self):
        po = polib.pofile(str(CATALOGUE))
        self.assertFalse(po.metadata_is_fuzzy, "a fuzzy header is left out of the compiled catalogue")
        self.assertIn("charset=UTF-8", po.metadata["Content-Type"])

    def test_the_check_catches_an_empty_and_a_fuzzy_message(self):
        po = polib.POFile()
        po.append(polib.POEntry(msgid="Search", msgstr="搜尋"))
        po.append(polib.POEntry(msgid="Log in", msgstr=""))
        po.append(polib.POEntry(msgid="Log out", msgstr="登出", flags=["fuzzy"]))
        po.append(polib.POEntry(msgid="%(n)s doctor", msgid_plural="%(n)s doctors", msgstr_plural={0: ""}))
        self.assertEqual(untranslated(po), ["Log in", "Log out", "%(n)s doctor"])
