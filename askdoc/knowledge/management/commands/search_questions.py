"""askdoc search_questions --k 10 [--input FILE]: the most similar answered questions for each JSONL line."""

from django.core.management.base import BaseCommand

from askdoc.knowledge import selectors
from askdoc.knowledge.management.commands import _batch


class Command(BaseCommand):
    help = (
        'Read JSONL {"id", "text"} (--input FILE or stdin) and write one line per input: '
        '{"id", "results": [{"external_id", "score", "question", "source"}]} over the answered questions '
        "(external_id is the question's id). A bad line gives {\"id\", \"error\"} and a message on stderr."
    )

    def add_arguments(self, parser):
        _batch.add_arguments(parser)

    def handle(self, *args, input=None, k=10, **options):
        _batch.run(self, input=input, k=k, results=selectors.question_results)
