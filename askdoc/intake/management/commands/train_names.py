"""`askdoc train_names`: fit the learned name layer (askdoc/intake/name_model.py) on the writers' privacy sets."""

from django.core.management.base import BaseCommand

from askdoc.intake import evaluation, name_model
from askdoc.intake.text import is_mostly_chinese

GRID = (0.5, 0.7, 0.8, 0.9)


def writers_by_language() -> dict[str, dict[str, list[dict]]]:
    """Every privacy file of evaluation/ that may be learned from, grouped by writer, English and Chinese apart."""
    grouped: dict[str, dict[str, list[dict]]] = {"en": {}, "zh": {}}
    for name, rows in evaluation.rows_by_writer(("privacy",)).items():
        texts = [row for _, row in rows]
        chinese = sum(is_mostly_chinese(row["text"]) for row in texts) >= len(texts) / 2
        grouped["zh" if chinese else "en"][name] = texts
    return grouped


class Command(BaseCommand):
    help = ("Fit the learned name layer on every development privacy set (English words, Chinese characters) and "
            "write askdoc/intake/data/name_model.npz. --lowo: first score each writer, rules alone and rules + a "
            "model that never saw it, at each threshold.")

    def add_arguments(self, parser):
        parser.add_argument("--lowo", action="store_true", help="leave one writer out: recall / precision")

    def handle(self, *args, **options):
        models = {}
        for language, writers in writers_by_language().items():
            labelled = {name: name_model.labelled_units(rows, evaluation.gold_spans, language)
                        for name, rows in writers.items()}
            if options["lowo"]:
                self.leave_one_writer_out(language, writers, labelled)
            features = [f for fs, _ in labelled.values() for f in fs]
            labels = [y for _, ys in labelled.values() for y in ys]
            models[language] = name_model.fit(features, labels)
            self.stdout.write(f"{language}: {len(labels)} units, {sum(labels)} in names, {len(writers)} writers")
        path = name_model.save(models)
        self.stdout.write(self.style.SUCCESS(f"wrote {path}"))

    def leave_one_writer_out(self, language: str, writers: dict, labelled: dict) -> None:
        totals: dict[float, list[tuple[float, float]]] = {t: [] for t in (1.0, *GRID)}
        for name, rows in writers.items():
            features = [f for other, (fs, _) in labelled.items() if other != name for f in fs]
            labels = [y for other, (_, ys) in labelled.items() if other != name for y in ys]
            coef, intercept = name_model.fit(features, labels)
            line = []
            for threshold in totals:  # 1.0: the model finds nothing, the rules alone
                with name_model.held_out(language, coef, intercept, threshold):
                    scores = evaluation.identifier_scores(rows)
                totals[threshold].append((scores["recall"], scores["precision"]))
                label = "rules" if threshold == 1.0 else f"+model {threshold}"
                line.append(f"{label} {scores['recall']:.3f} / {scores['precision']:.3f}")
            self.stdout.write(f"  {name:<32} " + ", ".join(line))
        for threshold, pairs in totals.items():
            recall = sum(r for r, _ in pairs) / len(pairs)
            precision = sum(p for _, p in pairs) / len(pairs)
            label = "rules alone" if threshold == 1.0 else f"rules + model at {threshold}"
            self.stdout.write(f"{language}: mean over {len(pairs)} writers, {label}: recall {recall:.3f}, "
                              f"precision {precision:.3f}")
