"""`askdoc load_demo`: load askdoc's fictional demo content. Running it again changes nothing."""

from django.core.management.base import BaseCommand

from askdoc.knowledge.demo_library import demo_library_load
from askdoc.qa.demo.loader import NOTICE, PASSWORD, Summary, demo_load


class Command(BaseCommand):
    help = (
        "Load askdoc's fictional demo content: descriptions and vocabulary for the 22 departments, "
        "demo doctors, FAQ topics, answered questions and a few waiting ones, demo log-ins, and the askdoc demo "
        "library (short explanations cited in More Info as 'askdoc demo library (not medical advice)'). "
        "Idempotent: a second run creates and changes nothing."
    )

    def handle(self, *args, **options) -> None:
        summary = demo_load()
        library = demo_library_load()
        self.stdout.write(NOTICE)
        self.print_counts(summary)
        self.stdout.write(
            f"  demo library   {library.documents} documents, {library.pairs} pairs for More Info "
            f"({library.created} pairs created, {library.updated} updated, {library.removed} documents removed)")
        self.print_logins(summary)
        for note in summary.notes:
            self.stdout.write(self.style.WARNING(note))
        self.stdout.write(
            "\nMore Info, Similar Q&A and search come from the knowledge engine: `askdoc bootstrap_knowledge --now` "
            "indexes the demo library and the questions and enriches every page (`make run` queues it)."
        )

    def print_counts(self, summary: Summary) -> None:
        width = max(len(kind) for kind in summary.counts)
        for kind, counts in summary.counts.items():
            line = ", ".join(f"{counts[outcome]} {outcome}" for outcome in ("created", "updated", "unchanged"))
            self.stdout.write(f"  {kind.ljust(width)}  {line}")

    def print_logins(self, summary: Summary) -> None:
        self.stdout.write(f"\nDemo log-ins (password {PASSWORD!r}, unless it was changed since):")
        for username, what in summary.logins:
            self.stdout.write(f"  {username.ljust(14)} {what}")
