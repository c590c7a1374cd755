"""askdoc import_medquad URL|PATH: the MedQuAD knowledge base, then its topics and search collections."""

import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askdoc.knowledge import services
from askdoc.knowledge.importers.download import DownloadFailed, fetch
from askdoc.knowledge.importers.medquad import ImportFailed, count_xml_files, import_medquad

PUBLISHED_URL = "https://github.com/abachaa/MedQuAD/archive/refs/heads/master.zip"


class Command(BaseCommand):
    help = (
        "Import MedQuAD (a folder, .tar.gz or .zip as its authors publish it, or its URL, e.g. "
        f"{PUBLISHED_URL}: downloaded with progress into ASKDOC_DATA_DIR/downloads, resumed when interrupted, "
        "checked with --sha256): every document and "
        "question-answer pair, keeping ids like GHR_0000804_Sec2. Re-running updates in place. Then builds the "
        "FAQ topics, indexes the 'kb' and 'topics' search collections and stores the answer sentences' vectors "
        "(More Info reads them instead of encoding)."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="MedQuAD folder, .tar.gz or .zip, or an http(s) URL of the archive")
        parser.add_argument("--sha256", default="", help="expected SHA-256 of the downloaded archive")
        parser.add_argument("--no-index", action="store_true", help="do not (re)build the search collections")

    def handle(self, *args, path, sha256="", no_index=False, **options):
        quiet = options["verbosity"] == 0
        started = time.monotonic()
        try:
            path = fetch(path, sha256=sha256, progress=not quiet)
        except DownloadFailed as error:
            raise CommandError(str(error)) from None
        try:
            total = count_xml_files(path)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error}") from None
        with tqdm(total=total, unit="file", desc="MedQuAD", disable=quiet) as bar:
            try:
                summary = import_medquad(path, progress=lambda name: bar.update(1))
            except (ImportFailed, OSError) as error:
                raise CommandError(str(error)) from None
        for name, reason in summary.skipped:
            self.stderr.write(f"skipped {name}: {reason}")
        self.stdout.write(
            f"Imported {summary.documents} documents and {summary.pairs} pairs "
            f"({summary.with_answer} with an answer, {summary.without_answer} without) from {summary.files} files: "
            f"{summary.created} pairs created, {summary.updated} updated, {len(summary.skipped)} files skipped "
            f"in {time.monotonic() - started:.1f} s."
        )
        topics = services.topics_refresh()
        self.stdout.write(
            f"Topics: {topics.created} created, {topics.updated} updated, {topics.unchanged} unchanged "
            f"({topics.locked_kept} with a moderator's department kept)."
        )
        if no_index:
            return
        if not services.retrieval_available():
            self.stdout.write("The search engine is not installed yet: run `askdoc reindex` once it is.")
            return
        for name in ("kb", "topics"):
            count = services.collection_rebuild(name=name, progress=not quiet)
            self.stdout.write(f"Indexed {count} documents in the '{name}' collection.")
        new = services.kb_sentences_index(progress=not quiet)
        self.stdout.write(f"Stored the vectors of {new} new answer sentences.")
