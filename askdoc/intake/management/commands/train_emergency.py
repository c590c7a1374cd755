"""`askdoc train_emergency`: fit the learned emergency classifier and write askdoc/intake/data/emergency_model.npz."""

from pathlib import Path

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Train the learned emergency classifier (logistic regression on MiniLM embeddings of the questions written "
        "for training in askdoc/intake/data/emergency_written) and write askdoc/intake/data/emergency_model.npz. "
        "--writers (the shipped model) also trains on the English development emergency and triage sets of "
        "evaluation/: their hard non-emergencies tell 'happening now' apart. About two minutes on a CPU. The "
        "thresholds are chosen afterwards on held-out writers: `tune_emergency --write`, `train_context --lowo "
        "--write`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--writers", action="store_true", help="also train on evaluation/'s development sets")
        parser.add_argument("--output", type=Path, default=None, help="where to write the model (default: shipped)")

    def handle(self, *args, **options):
        from askdoc.intake import learned

        examples = learned.emergency_examples()
        written = len(examples)
        if options["writers"]:
            examples += [example for rows in learned.writer_emergency_examples().values() for example in rows]
        emergencies = sum(label != learned.NOT_EMERGENCY for _, label in examples)
        self.stdout.write(f"{len(examples)} questions ({emergencies} emergencies); encoding and fitting...")
        model = learned.fit_emergency(examples, written=written)
        path = learned.save(model, options["output"] or learned.EMERGENCY_MODEL_PATH)
        self.stdout.write(self.style.SUCCESS(
            f"wrote {path} ({path.stat().st_size // 1024} kB, {len(model['slugs'])} classes)"))
