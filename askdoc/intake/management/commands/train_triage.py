"""`askdoc train_triage`: fit the learned triage signal and write askdoc/intake/data/triage_model.npz."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm


class Command(BaseCommand):
    help = (
        "Train the learned triage signal (logistic regression on MiniLM embeddings of the patient questions written "
        "for training in askdoc/intake/data/triage_written and the demo departments' words) and write "
        "askdoc/intake/data/triage_model.npz. Under a minute on a CPU. --medquad PATH also adds MedQuAD's foci "
        "and questions (slower; measured slightly worse, see docs/intake.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--medquad", type=Path, default=None, help="also train on this MedQuAD folder or archive")
        parser.add_argument("--output", type=Path, default=None, help="where to write the model (default: shipped)")

    def handle(self, *args, **options):
        from askdoc.intake import learned

        written, demo = learned.written_examples(), learned.demo_examples()
        medquad = self._medquad(options["medquad"]) if options["medquad"] else []
        self.stdout.write(f"{len(written)} written questions, {len(demo)} department texts, {len(medquad)} MedQuAD "
                          "texts; encoding and fitting...")
        model = learned.fit(written, demo, medquad)
        path = learned.save(model, options["output"] or learned.MODEL_PATH)
        self.stdout.write(self.style.SUCCESS(
            f"wrote {path} ({path.stat().st_size // 1024} kB, {len(model['slugs'])} departments)"))

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
