"""`askdoc train_identifiers`: fit the learned identifier tagger and its name verifier (askdoc/intake/tagger.py) on
the writers' English privacy sets."""

import random

import numpy as np
from django.core.management.base import BaseCommand

from askdoc.intake import evaluation, privacy, tagger
from askdoc.intake.management.commands.train_names import writers_by_language


class Command(BaseCommand):
    help = ("Fit the learned identifier tagger on every English privacy set that may be learned from and write "
            "askdoc/intake/data/identifier_tagger.npz. --folds K (default 5): first read the writers in K groups, "
            "each by a tagger fitted without its group, fit the name verifier on the names the rules found there "
            "(data/name_verifier.npz) and score each group with a verifier fitted on the other groups: the rules "
            "alone, and the rules with the tagger and the verifier. --folds 0 leaves the verifier as it is.")

    def add_arguments(self, parser):
        parser.add_argument("--folds", type=int, default=5, help="writers left out in this many groups (0: none)")
        parser.add_argument("--members", type=int, default=2, help="taggers fitted with different seeds, averaged")

    def handle(self, *args, **options):
        writers = writers_by_language()["en"]
        examples = {name: tagger.labelled(rows, evaluation.gold_spans) for name, rows in writers.items()}
        self.stdout.write(f"{sum(len(e) for e in examples.values())} texts, {len(writers)} writers")
        if options["folds"]:
            verifier = self.cross_validate(writers, examples, options["folds"], options["members"])
            self.stdout.write(self.style.SUCCESS(f"wrote {tagger.save_verifier(verifier)}"))
        else:
            self.stdout.write("the name verifier is left as it is (it is fitted with --folds)")
        everything = [e for group in examples.values() for e in group]
        path = tagger.save([tagger.fit(everything, seed) for seed in range(options["members"])])
        self.stdout.write(self.style.SUCCESS(f"wrote {path}"))

    def cross_validate(self, writers: dict, examples: dict, folds: int, members: int) -> dict[str, np.ndarray]:
        """The verifier fitted on every group's names as its held-out tagger read them; each group scored by its
        held-out tagger and a verifier fitted on the other groups."""
        names = sorted(writers)
        random.Random(7).shuffle(names)
        groups = [names[fold::folds] for fold in range(folds)]
        models, verdicts = [], []
        for left_out in groups:
            seen = [e for name in names if name not in left_out for e in examples[name]]
            models.append(tuple(tagger.fit(seen, seed) for seed in range(members)))
            with tagger.held_out(models[-1]):
                verdicts.append(tagger.name_verdicts([row for name in left_out for row in writers[name]],
                                                     evaluation.gold_spans, privacy.rule_spans, privacy.cued_name))
        totals = {"rules": [0, 0, 0, 0], "rules + tagger + verifier": [0, 0, 0, 0]}
        for fold, left_out in enumerate(groups):
            others = [v for i, v in enumerate(verdicts) if i != fold]
            verifier = tagger.fit_verifier(np.vstack([x for x, _ in others]), np.concatenate([y for _, y in others]))
            rows = [row for name in left_out for row in writers[name]]
            for label, used in (("rules", ((), None)), ("rules + tagger + verifier", (models[fold], verifier))):
                with tagger.held_out(*used):
                    scores = evaluation.identifier_scores(rows)
                counts = (scores["identifiers"] - len(scores["missed"]), scores["identifiers"],
                          scores["predicted"] - len(scores["wrong"]), scores["predicted"])
                totals[label] = [a + b for a, b in zip(totals[label], counts, strict=True)]
                self.stdout.write(f"  fold {fold + 1} ({len(left_out)} writers) {label}: recall "
                                  f"{scores['recall']:.4f}, precision {scores['precision']:.4f}")
        for label, (found, total, right, predicted) in totals.items():
            self.stdout.write(f"all folds, {label}: recall {found / (total or 1):.4f}, "
                              f"precision {right / (predicted or 1):.4f}")
        x, keep = np.vstack([x for x, _ in verdicts]), np.concatenate([y for _, y in verdicts])
        self.stdout.write(f"the verifier: {len(keep)} names the rules found, {int((~keep).sum())} of them not names")
        return tagger.fit_verifier(x, keep)
