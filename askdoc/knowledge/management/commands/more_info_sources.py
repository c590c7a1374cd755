"""askdoc more_info_sources [--count 50]: the sources More Info would cite, for judging them by hand."""

import json

from django.core.management.base import BaseCommand, CommandError

from askdoc.knowledge.models import KbPair


class Command(BaseCommand):
    help = (
        "Compose More Info (without storing it) for --count published questions spread over the database (demo and "
        "imported alike, as `askdoc bench_more_info` picks them) and print one JSON line each: the question, its "
        "understood focus and type, and the title (MedQuAD focus) and question type of every cited source. The "
        "judging rule and the judged numbers are in docs/quality.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=50, help="questions (default 50)")
        parser.add_argument("--source", help="only questions imported from this archive (the file's stem)")
        parser.add_argument("--exclude-source", help="leave out the questions imported from this archive")

    def handle(self, *args, count=50, source=None, exclude_source=None, **options):
        from askdoc.knowledge.management.commands.bench_more_info import sample_questions
        from askdoc.knowledge.more_info import compose_more_info, question_text
        from askdoc.knowledge.understanding import understand

        if count < 1:
            raise CommandError("--count must be at least 1.")
        if not KbPair.objects.exclude(answer="").exists():
            raise CommandError("The knowledge base is empty: run `askdoc import_medquad PATH` first.")
        for question in sample_questions(count, source, exclude_source):
            more_info = compose_more_info(question)
            understood = understand(question_text(question))
            qtypes = dict(KbPair.objects.filter(external_id__in=[s["external_id"] for s in more_info["sources"]])
                          .values_list("external_id", "qtype"))
            self.stdout.write(json.dumps({
                "id": question.pk, "source": question.source or "askdoc", "title": question.title,
                "body": " ".join(question.body.split())[:400], "focus": understood.main_focus,
                "question_type": understood.question_type, "status": more_info["status"],
                "sources": [{"title": s["title"], "qtype": qtypes.get(s["external_id"], "")}
                            for s in more_info["sources"]],
            }, ensure_ascii=False))
