"""askdoc enrich [--all | --question ID ...]: regenerate More Info, Similar Q&A and Related FAQ."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from askdoc.knowledge import services
from askdoc.qa.models import Question


class Command(BaseCommand):
    help = (
        "Index published questions and regenerate their More Info, Similar Q&A and Related FAQ "
        "(moderators' links and More Info are kept). Use --all, or --question ID (repeatable)."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--all", action="store_true", help="every published question")
        group.add_argument("--question", type=int, action="append", metavar="ID", help="one question (repeatable)")

    def handle(self, *args, all=False, question=None, **options):
        if question:
            missing = set(question) - set(Question.objects.filter(pk__in=question).values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No question with id {', '.join(map(str, sorted(missing)))}.")
            ids = question
        else:
            ids = list(Question.objects.filter(status=Question.Status.PUBLISHED).order_by("pk")
                       .values_list("pk", flat=True))
        counts = {"published": 0, "unindexed": 0, "ok": 0, "nothing_relevant": 0, "kept (moderator)": 0}
        with tqdm(total=len(ids), unit="question", desc="enriching", disable=options["verbosity"] == 0) as bar:
            def advance(summary):
                counts["published" if summary.published else "unindexed"] += 1
                if summary.more_info:
                    counts[summary.more_info] = counts.get(summary.more_info, 0) + 1
                bar.update(1)

            services.questions_enrich_all(question_ids=ids, progress=advance)
        self.stdout.write(
            f"Enriched {counts['published']} published questions ({counts['unindexed']} not public, taken out of "
            f"the index). More Info: {counts['ok']} composed, {counts['nothing_relevant']} with nothing relevant, "
            f"{counts['kept (moderator)']} written by moderators and kept."
        )
