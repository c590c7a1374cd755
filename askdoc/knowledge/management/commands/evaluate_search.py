"""askdoc evaluate_search: the share of written patient queries whose question the search page ranks in the top k."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from askdoc.knowledge.search_evaluation import ZH_QUERIES, QuerySetError, evaluate_search, read_queries


class Command(BaseCommand):
    help = (
        "Run each query of a JSON-lines set ({id, query, expected}: expected is a demo question's external_id) "
        "through the search page and print the share found in the top 1 and top k, the MRR and every miss. "
        "Needs the demo loaded and indexed (askdoc load_demo; askdoc reindex). Exits with status 1 when the "
        "top-k share is below --floor. Default set: evaluation/zh/search_queries.jsonl (50 Chinese queries)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queries", type=Path, default=ZH_QUERIES, help="the JSON-lines query set")
        parser.add_argument("--top", type=int, default=3, help="rank a query's question must reach (default 3)")
        parser.add_argument("--floor", type=float, default=0.9, help="least top-k share that passes (default 0.9)")

    def handle(self, *args, queries: Path, top: int, floor: float, **options):
        if top < 1 or not 0 <= floor <= 1:
            raise CommandError("--top must be at least 1 and --floor between 0 and 1")
        try:
            evaluation = evaluate_search(read_queries(queries))
        except QuerySetError as error:
            raise CommandError(str(error)) from None
        write = self.stdout.write
        for miss in evaluation.misses(top):
            where = f"rank {miss.rank}" if miss.rank else "not found"
            write(f"miss {miss.id}: {miss.query!r} -> {miss.expected} {where}; top: {', '.join(miss.top) or '-'}")
        share = evaluation.share_in_top(top)
        write(f"{len(evaluation.results)} queries ({queries.name}): top-1 {evaluation.share_in_top(1):.1%}, "
              f"top-{top} {share:.1%}, MRR {evaluation.mrr:.3f} (floor top-{top} {floor:.0%})")
        if share < floor:
            raise CommandError(f"top-{top} share {share:.1%} is below the floor {floor:.0%}", returncode=1)
