"""`askdoc train_names`: fit the learned name layer (askdoc/intake/name_model.py) on the English privacy sets."""

from django.core.management.base import BaseCommand

from askdoc.intake import evaluation, name_model
from askdoc.intake.text import is_mostly_chinese

THRESHOLDS = (0.5, 0.7, 0.8, 0.9)


def english_writers() -> dict[str, list[dict]]:
    """Every privacy file of evaluation/ that may be learned from, grouped by writer, English writers only."""
    writers = {name: [row for _, row in rows] for name, rows in evaluation.rows_by_writer(("privacy",)).items()}
    return {name: rows for name, rows in writers.items()
            if sum(is_mostly_chinese(row["text"]) for row in rows) < len(rows) / 2}


class Command(BaseCommand):
    help = ("Fit the learned name layer on every English development privacy set and write "
            "askdoc/intake/data/name_model.npz. --lowo: first score each writer, rules alone and rules + a model "
            "that never saw it, at each threshold.")

    def add_arguments(self, parser):
        parser.add_argument("--lowo", action="store_true", help="leave one writer out: recall / precision")

    def handle(self, *args, **options):
        writers = english_writers()
        labelled = {name: name_model.labelled_tokens(rows, evaluation.gold_spans) for name, rows in writers.items()}
        if options["lowo"]:
            self.leave_one_writer_out(writers, labelled)
        features = [f for fs, _ in labelled.values() for f in fs]
        labels = [y for _, ys in labelled.values() for y in ys]
        path = name_model.save(*name_model.fit(features, labels))
        self.stdout.write(self.style.SUCCESS(f"wrote {path} ({len(labels)} words, {sum(labels)} in names, "
                                             f"{len(writers)} writers)"))

    def leave_one_writer_out(self, writers: dict, labelled: dict) -> None:
        totals: dict[float, list[tuple[float, float]]] = {t: [] for t in (0.0, *THRESHOLDS)}
        for name, rows in writers.items():
            features = [f for other, (fs, _) in labelled.items() if other != name for f in fs]
            labels = [y for other, (_, ys) in labelled.items() if other != name for y in ys]
            coef, intercept = name_model.fit(features, labels)
            line = []
            for threshold in (0.0, *THRESHOLDS):
                # threshold 0.0 stands for the rules alone: a held-out model that finds nothing (threshold above 1)
                with name_model.held_out(coef, intercept, threshold or 2.0):
                    scores = evaluation.identifier_scores(rows)
                totals[threshold].append((scores["recall"], scores["precision"]))
                label = "rules" if not threshold else f"+model {threshold}"
                line.append(f"{label} {scores['recall']:.3f} / {scores['precision']:.3f}")
            self.stdout.write(f"  {name:<32} " + ", ".join(line))
        for threshold, pairs in totals.items():
            recall = sum(r for r, _ in pairs) / len(pairs)
            precision = sum(p for _, p in pairs) / len(pairs)
            label = "rules alone" if not threshold else f"rules + model at {threshold}"
            self.stdout.write(f"mean over {len(pairs)} writers, {label}: recall {recall:.3f}, "
                              f"precision {precision:.3f}")
