from django.core.management.base import BaseCommand

from askdoc.qa.export import LICENCE, export_lines


class Command(BaseCommand):
    help = (f"Write all public content (questions, answers, doctors' public fields, departments, topics, More Info "
            f"with its sources) as JSONL, with a licence notice ({LICENCE}) on the first line. "
            "`askdoc import_qa FILE` reads it back.")

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", default="-", help="a file (default: standard output)")

    def handle(self, *args, output: str, **options):
        if output == "-":
            count = self._write(self.stdout)
        else:
            with open(output, "w", encoding="utf-8") as out:
                count = self._write(out)
        self.stderr.write(f"Wrote {count} records ({LICENCE}).")

    def _write(self, out) -> int:
        count = 0
        for line in export_lines():
            out.write(line, ending="") if out is self.stdout else out.write(line)
            count += 1
        return count
