"""`askdoc train_identifiers`: fit the learned identifier tagger (askdoc/intake/tagger.py) on the writers' English
privacy sets."""

import random

from django.core.management.base import BaseCommand

from askdoc.intake import evaluation, tagger
from askdoc.intake.management.commands.train_names import writers_by_language


class Command(BaseCommand):
    help = ("Fit the learned identifier tagger on every English privacy set that may be learned from and write "
            "askdoc/intake/data/identifier_tagger.npz. --folds K: first score the writers in K groups, each read by "
            "a tagger fitted without its group: the rules alone, and the rules with the tagger.")

    def add_arguments(self, parser):
        parser.add_argument("--folds", type=int, default=0, help="writers left out in this many groups (0: none)")
        parser.add_argument("--members", type=int, default=2, help="taggers fitted with different seeds, averaged")

    def handle(self, *args, **options):
        writers = writers_by_language()["en"]
        examples = {name: tagger.labelled(rows, evaluation.gold_spans) for name, rows in writers.items()}
        self.stdout.write(f"{sum(len(e) for e in examples.values())} texts, {len(writers)} writers")
        if options["folds"]:
            self.cross_validate(writers, examples, options["folds"], options["members"])
        everything = [e for group in examples.values() for e in group]
        path = tagger.save([tagger.fit(everything, seed) for seed in range(options["members"])])
        self.stdout.write(self.style.SUCCESS(f"wrote {path}"))

    def cross_validate(self, writers: dict, examples: dict, folds: int, members: int) -> None:
        names = sorted(writers)
        random.Random(7).shuffle(names)
        totals = {"rules": [0, 0, 0, 0], "rules + tagger": [0, 0, 0, 0]}
        for fold in range(folds):
            left_out = names[fold::folds]
            seen = [e for name in names if name not in left_out for e in examples[name]]
            models = tuple(tagger.fit(seen, seed) for seed in range(members))
            rows = [row for name in left_out for row in writers[name]]
            for label, used in (("rules", ()), ("rules + tagger", models)):
                with tagger.held_out(used):
                    scores = evaluation.identifier_scores(rows)
                counts = (scores["identifiers"] - len(scores["missed"]), scores["identifiers"],
                          scores["predicted"] - len(scores["wrong"]), scores["predicted"])
                totals[label] = [a + b for a, b in zip(totals[label], counts, strict=True)]
                self.stdout.write(f"  fold {fold + 1} ({len(left_out)} writers) {label}: recall "
                                  f"{scores['recall']:.4f}, precision {scores['precision']:.4f}")
        for label, (found, total, right, predicted) in totals.items():
            self.stdout.write(f"all folds, {label}: recall {found / (total or 1):.4f}, "
                              f"precision {right / (predicted or 1):.4f}")
