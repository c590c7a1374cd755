"""`askdoc train_triage`: fit the learned triage signal and write askdoc/intake/data/triage_model.npz."""

from pathlib import Path

import numpy as np
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm


def writer_sets() -> dict[str, list[dict]]:
    """The English triage files of evaluation/ that may be learned from, whole, grouped by writer. The encoder is
    English-only, so Chinese questions never reach the learned signal."""
    from askdoc.intake import evaluation
    from askdoc.intake.text import is_mostly_chinese

    writers = {name: [row for _, row in rows if not is_mostly_chinese(row["text"])]
               for name, rows in evaluation.rows_by_writer(("triage",)).items()}
    return {name: rows for name, rows in writers.items() if rows}


class Command(BaseCommand):
    help = (
        "Train the learned triage signal (logistic regression on MiniLM embeddings of the patient questions written "
        "for training in askdoc/intake/data/triage_written and the demo departments' words) and write "
        "askdoc/intake/data/triage_model.npz. Under a minute on a CPU. --writers also trains on the English "
        "development triage sets of evaluation/ (other writers' wording); --lowo first scores each writer with a "
        "model that never saw it. --medquad PATH also adds MedQuAD's foci and questions (slower; measured slightly "
        "worse, see docs/intake.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--medquad", type=Path, default=None, help="also train on this MedQuAD folder or archive")
        parser.add_argument("--writers", action="store_true", help="also train on evaluation/'s development sets")
        parser.add_argument("--lowo", action="store_true", help="with --writers: leave one writer out first")
        parser.add_argument("--output", type=Path, default=None, help="where to write the model (default: shipped)")

    def handle(self, *args, **options):
        from askdoc.intake import learned
        from askdoc.retrieval import encode

        written, demo = learned.written_examples(), learned.demo_examples()
        medquad = self._medquad(options["medquad"]) if options["medquad"] else []
        writers = writer_sets() if options["writers"] else {}
        encode_once = learned.cached(encode)
        if options["lowo"] and writers:
            self.leave_one_writer_out(written, demo, medquad, writers, encode_once)
        from_writers = [(row["text"], row["department"]) for rows in writers.values() for row in rows]
        self.stdout.write(f"{len(written)} written questions, {len(from_writers)} of {len(writers)} writers, "
                          f"{len(demo)} department texts, {len(medquad)} MedQuAD texts; encoding and fitting...")
        model = learned.fit(written + from_writers, demo, medquad, encode=encode_once)
        path = learned.save(model, options["output"] or learned.MODEL_PATH)
        self.stdout.write(self.style.SUCCESS(
            f"wrote {path} ({path.stat().st_size // 1024} kB, {len(model['slugs'])} departments)"))

    def leave_one_writer_out(self, written, demo, medquad, writers, encode_once) -> None:
        """Each writer scored by the full triage (rules + learned) with the model of the written questions alone
        and with one that also learned from every other writer."""
        from askdoc.intake import evaluation, learned

        alone = learned.fit(written, demo, medquad, encode=encode_once)
        totals = np.zeros(4)
        for name, rows in writers.items():
            others = [(r["text"], r["department"]) for other, rs in writers.items() if other != name for r in rs]
            numbers = []
            for model in (alone, learned.fit(written + others, demo, medquad, encode=encode_once)):
                learned.save(model)
                scores = evaluation.triage_scores(rows)
                numbers += [scores["top1"], scores["top3"]]
            totals += numbers
            self.stdout.write(f"  {name:<28} top-1 / top-3 {numbers[0]:.3f} / {numbers[1]:.3f} -> "
                              f"{numbers[2]:.3f} / {numbers[3]:.3f} (n={len(rows)})")
        mean = totals / len(writers)
        self.stdout.write(f"  mean over {len(writers)} writers: {mean[0]:.3f} / {mean[1]:.3f} -> "
                          f"{mean[2]:.3f} / {mean[3]:.3f}")

    def _medquad(self, path: Path) -> list[tuple[str, str]]:
        from askdoc.intake import learned
        from askdoc.knowledge.importers.medquad import count_xml_files

        if not path.exists():
            raise CommandError(f"MedQuAD not found at {path}")
        with tqdm(total=count_xml_files(path), desc="reading MedQuAD", unit="file", file=self.stderr) as bar:
            examples = learned.medquad_examples(path, progress=lambda: bar.update(1))
        if not examples:
            raise CommandError(f"no MedQuAD documents could be read from {path}")
        return examples
