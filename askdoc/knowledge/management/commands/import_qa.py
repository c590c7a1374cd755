"""askdoc import_qa FILE: an archive of answered questions (JSON list, JSONL or CSV)."""

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askdoc.knowledge import services
from askdoc.knowledge.importers.qa_archive import ArchiveError, import_archive


class Command(BaseCommand):
    help = (
        "Import answered questions (JSON list, JSONL or CSV with question, answer, doctor name, tags, optional "
        "department and dates, as in ../shared/data/community_qa/*.json): doctors are created as needed, "
        "questions without a department are routed, text is redacted, and re-running updates in place. "
        "Imported questions are indexed for search; run `askdoc enrich --all` (or pass --enrich) to build "
        "their More Info, Similar Q&A and Related FAQ."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .json (list), .jsonl or .csv file")
        parser.add_argument("--enrich", action="store_true", help="also build More Info and links now (slow)")
        parser.add_argument("--no-index", action="store_true", help="do not add the questions to the search index")

    def handle(self, *args, file, enrich=False, no_index=False, **options):
        quiet = options["verbosity"] == 0
        started = time.monotonic()
        with tqdm(unit="question", desc="importing", disable=quiet) as bar:
            try:
                summary = import_archive(file, progress=lambda group: bar.update(1))
            except ArchiveError as error:
                raise CommandError(str(error)) from None
        for number, reason in summary.bad_rows:
            self.stderr.write(f"row {number} skipped: {reason}")
        routed = ", ".join(f"{count} {how}" for how, count in sorted(summary.routed.items())) or "none"
        self.stdout.write(
            f"Read {summary.rows} rows: {summary.questions_created} questions created, {summary.questions_updated} "
            f"updated; {summary.answers_created} answers created, {summary.answers_updated} updated; "
            f"{summary.doctors_created} doctors created; {len(summary.bad_rows)} bad rows skipped. "
            f"Departments: {routed}. ({time.monotonic() - started:.1f} s)"
        )
        if no_index or not summary.question_ids:
            return
        if not services.retrieval_available():
            self.stdout.write("The search engine is not installed yet: run `askdoc reindex` once it is.")
            return
        if enrich:
            with tqdm(total=len(summary.question_ids), unit="question", desc="enriching", disable=quiet) as bar:
                services.questions_enrich_all(question_ids=summary.question_ids, progress=lambda s: bar.update(1))
            self.stdout.write("Indexed and enriched the imported questions.")
            return
        from askdoc.knowledge.collections import published_questions

        services.questions_index(questions=published_questions().filter(pk__in=summary.question_ids)
                                 .iterator(chunk_size=500))
        self.stdout.write("Indexed the imported questions; run `askdoc enrich --all` to build their More Info "
                          "and links.")
