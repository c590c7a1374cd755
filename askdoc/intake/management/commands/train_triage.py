"""`askdoc train_triage`: fit the learned triage signal and write askdoc/intake/data/triage_model.npz."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm


class Command(BaseCommand):
    help = (
        "Train the learned triage signal (logistic regression on MiniLM embeddings of MedQuAD foci and questions, "
        "labelled by the knowledge base's focus-to-department mapping, the demo departments' words and the patient "
        "questions written for training in askdoc/intake/data/triage_written) and "
        "write askdoc/intake/data/triage_model.npz. Takes several minutes on a CPU."
    )

    def add_arguments(self, parser):
        parser.add_argument("--medquad", type=Path, default=None,
                            help="MedQuAD folder or archive (default: ASKDOC_SHARED_DATA/medquad/MedQuAD.tar.gz)")
        parser.add_argument("--output", type=Path, default=None, help="where to write the model (default: shipped)")

    def handle(self, *args, **options):
        from askdoc.intake import learned
        from askdoc.knowledge.importers.medquad import count_xml_files

        path = options["medquad"] or Path(settings.ASKDOC_SHARED_DATA) / "medquad" / "MedQuAD.tar.gz"
        if not path.exists():
            raise CommandError(f"MedQuAD not found at {path} (give --medquad PATH)")
        with tqdm(total=count_xml_files(path), desc="reading MedQuAD", unit="file", file=self.stderr) as bar:
            medquad = learned.medquad_examples(path, progress=lambda: bar.update(1))
        demo = learned.demo_examples()
        written = learned.written_examples()
        if not medquad:
            raise CommandError(f"no MedQuAD documents could be read from {path}")
        self.stdout.write(f"{len(medquad)} MedQuAD texts, {len(demo)} department texts, {len(written)} written "
                          "questions; encoding and fitting...")
        model = learned.fit(medquad, demo, written)
        written = learned.save(model, options["output"] or learned.MODEL_PATH)
        self.stdout.write(self.style.SUCCESS(
            f"wrote {written} ({written.stat().st_size // 1024} kB, {len(model['slugs'])} departments)"))
