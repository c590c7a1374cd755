"""`askdoc profile_requests`: the CPU an ask and a question page cost, in this process, through the whole stack."""

from django.core.management.base import BaseCommand, CommandError

from askdoc.ops import profiling


class Command(BaseCommand):
    help = ("Measure the CPU milliseconds per request of POST /api/questions (an ask) and of a cached question page, "
            "calling the WSGI application granian serves (every middleware, the database, the templates) in this "
            "process; valid on a busy machine, unlike wall-clock latency. The asks are saved like real ones and "
            "deleted afterwards: run it on a development copy. --profile prints where the time goes (cProfile).")

    def add_arguments(self, parser):
        parser.add_argument("--asks", type=int, default=200)
        parser.add_argument("--reads", type=int, default=500)
        parser.add_argument("--profile", choices=("ask", "read"), action="append", default=[],
                            help="print cProfile's top functions for these requests (repeatable)")
        parser.add_argument("--top", type=int, default=30, help="functions to print per profile")
        parser.add_argument("--keep", action="store_true", help="keep the asked questions")

    def handle(self, *, asks, reads, profile, top, keep, **options):
        from django.core.wsgi import get_wsgi_application

        from askdoc.ops.warmup import warm_up
        from askdoc.qa.models import Question
        from askdoc.qa.selectors import published_questions

        if not (0 <= asks <= 5000 and 0 <= reads <= 20000):
            raise CommandError("keep it bounded: at most 5000 asks and 20000 reads")
        app = get_wsgi_application()
        warm_up()
        paths = [q.get_absolute_url() for q in published_questions().order_by("pk")[:50]]
        if reads and not paths:
            raise CommandError("no published question to read: load the demo data first (askdoc load_demo)")
        run = profiling.new_run_id()
        results = []
        if paths:
            profiling.measure(app, "warm-up", profiling.page_requests(paths), len(paths))  # fills the page cache
        if asks:
            profiling.measure(app, "warm-up", profiling.ask_requests(run + "w"), 5)
            results.append(profiling.measure(app, "ask (POST /api/questions)", profiling.ask_requests(run), asks,
                                             profile="ask" in profile, top=top))
        if reads:
            results.append(profiling.measure(app, "cached question page (GET /q/<id>-<slug>/)",
                                             profiling.page_requests(paths), reads, profile="read" in profile,
                                             top=top))
        if not keep:
            # By the original (the redaction may take an all-digit run id out of the body), the warm-up's asks too.
            Question.objects.filter(original_body__startswith=f"Profile run {run}").delete()
        for measured in results:
            if measured.profile:
                self.stdout.write(measured.profile)
        for measured in results:
            self.stdout.write(f"{measured.name}: {measured.cpu_ms} ms CPU/request, {measured.wall_ms} ms wall/request "
                              f"({measured.count} requests, statuses {measured.statuses})")
