"""askdoc check_demo_pages: how many demo question pages show every part of the reference page."""

import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from askdoc.qa.demo.loader import SOURCE
from askdoc.qa.demo.pages import MIN_CITED_SENTENCES, MIN_TOPICS, SIMILAR_WANTED, page_parts
from askdoc.qa.models import Question


class Command(BaseCommand):
    help = (
        "Render every published demo question page and count its parts: the asker line with Ask Date, the "
        f"doctor line, Reply Date, More Info with at least {MIN_CITED_SENTENCES} cited sentences, "
        f"{SIMILAR_WANTED} Similar Q&A and at least {MIN_TOPICS} Related FAQ, in that order, and every absolute "
        "link on the site's own address (SITE_URL). With --url the pages are fetched from a running server. "
        "Exits with status 1 when a page misses a part."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", help="fetch from this running server (e.g. http://127.0.0.1:8141) instead "
                                          "of rendering in this process; links must then use this address")
        parser.add_argument("--quiet-pages", action="store_true", help="only the totals, not each incomplete page")
        parser.add_argument("--language", help="only questions written in this language (e.g. en, zh-hant)")

    def handle(self, *args, url=None, quiet_pages=False, language=None, **options):
        questions = Question.objects.filter(source=SOURCE, status=Question.Status.PUBLISHED).order_by("pk")
        if language:
            questions = questions.filter(language=language)
        questions = list(questions)
        if not questions:
            raise CommandError("No published demo questions: run `askdoc load_demo` first.")
        site_url = (url or settings.SITE_URL).rstrip("/")
        fetch = self._http(site_url) if url else self._client(site_url)
        totals = {"asker line + Ask Date": 0, "doctor line": 0, "Reply Date": 0,
                  f"More Info >= {MIN_CITED_SENTENCES} cited sentences": 0, f"{SIMILAR_WANTED} Similar Q&A": 0,
                  f">= {MIN_TOPICS} Related FAQ": 0, "reference order": 0, "links on the site's address": 0}
        complete = 0
        by_language: dict[str, list[int]] = {}
        for question in questions:
            parts = page_parts(fetch(question.get_absolute_url()), site_url)
            flags = [parts.asker and parts.ask_date, parts.doctor, parts.reply_date,
                     parts.cited_sentences >= MIN_CITED_SENTENCES, parts.similar >= SIMILAR_WANTED,
                     parts.topics >= MIN_TOPICS, parts.in_order, not parts.wrong_links]
            for name, ok in zip(totals, flags, strict=True):
                totals[name] += ok
            complete += parts.complete
            tally = by_language.setdefault(question.language, [0, 0])
            tally[0] += parts.complete
            tally[1] += 1
            if not parts.complete and not quiet_pages:
                self.stdout.write(f"  {question.external_id}: " + "; ".join(parts.missing()))
        count = len(questions)
        for name, value in totals.items():
            self.stdout.write(f"{name:<40} {value:>4}/{count} ({100 * value / count:.0f}%)")
        self.stdout.write(f"{'every part':<40} {complete:>4}/{count} ({100 * complete / count:.0f}%)")
        if len(by_language) > 1:
            for code, (done, total) in sorted(by_language.items()):
                name = f"every part, written in {code}"
                self.stdout.write(f"{name:<40} {done:>4}/{total} ({100 * done / total:.0f}%)")
        if complete < count:
            raise SystemExit(1)

    @staticmethod
    def _client(site_url: str):
        client = Client(HTTP_HOST=urlsplit(site_url).netloc)

        def fetch(path: str) -> str:
            response = client.get(path, follow=True)
            return response.content.decode() if response.status_code == 200 else ""

        return fetch

    @staticmethod
    def _http(base: str):
        def fetch(path: str) -> str:
            try:
                with urllib.request.urlopen(base + path, timeout=30) as response:
                    return response.read().decode()
            except (urllib.error.URLError, OSError) as error:
                raise CommandError(f"Cannot fetch {base + path}: {error}") from None

        return fetch
