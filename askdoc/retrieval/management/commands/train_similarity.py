"""askdoc train_similarity: rebuild the similarity scorer's weights from the shared data sets."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Train the question-similarity scorer (question-type classifier on MedQuAD, pair weights on MQP) and "
        "write askdoc/retrieval/data/similarity.npz. Reads settings.ASKDOC_SHARED_DATA; takes a few minutes."
    )

    def handle(self, *args, **options):
        from askdoc.retrieval.datasets import shared
        from askdoc.retrieval.training import train

        for parts in (("medquad", "MedQuAD.tar.gz"), ("mqp", "mqp_dev.csv")):
            if not shared(*parts).exists():
                raise CommandError(f"shared data not found: {shared(*parts)} (set ASKDOC_SHARED_DATA)")
        train(self.stdout.write)
