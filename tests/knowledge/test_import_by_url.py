"""import_medquad by URL, over real HTTP from a server on 127.0.0.1: progress, resume, checksum, clear errors."""

import hashlib
import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from askdoc.knowledge.importers.download import fetch
from askdoc.knowledge.models import KbPair
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, write_tar, write_zip
from tests.knowledge.http_server import FileServer, closed_port_url


class ImportMedquadByUrlTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.served = Path(tempfile.mkdtemp())
        write_tar(self.served, SMALL_TREE)
        write_zip(self.served, SMALL_TREE)
        self.data_dir = Path(tempfile.mkdtemp())
        settings_override = override_settings(DATA_DIR=self.data_dir)
        settings_override.enable()
        self.addCleanup(settings_override.disable)
        self.server = FileServer(self.served).__enter__()
        self.addCleanup(self.server.__exit__)

    def run_import(self, *args) -> str:
        out = StringIO()
        call_command("import_medquad", *args, "--no-index", stdout=out, stderr=StringIO(), verbosity=0)
        return out.getvalue()

    def sha256(self, name: str) -> str:
        return hashlib.sha256((self.served / name).read_bytes()).hexdigest()

    def test_it_downloads_the_tar_gz_and_imports_it(self):
        output = self.run_import(self.server.url("MedQuAD.tar.gz"), "--sha256", self.sha256("MedQuAD.tar.gz"))
        self.assertIn("Imported 4 documents and 6 pairs", output)
        self.assertEqual(KbPair.objects.count(), 6)
        self.assertTrue((self.data_dir / "downloads" / "MedQuAD.tar.gz").exists())

    def test_it_downloads_the_zip_and_imports_it(self):
        self.run_import(self.server.url("MedQuAD.zip"))
        self.assertEqual(KbPair.objects.count(), 6)

    def test_running_it_again_with_the_checksum_downloads_and_changes_nothing(self):
        digest = self.sha256("MedQuAD.tar.gz")
        self.run_import(self.server.url("MedQuAD.tar.gz"), "--sha256", digest)
        requests = len(self.server.requests)
        output = self.run_import(self.server.url("MedQuAD.tar.gz"), "--sha256", digest)
        self.assertEqual(len(self.server.requests), requests)
        self.assertIn("0 pairs created, 6 updated", output)
        self.assertEqual(KbPair.objects.count(), 6)

    def test_it_resumes_an_interrupted_download_with_a_range_request(self):
        whole = (self.served / "MedQuAD.tar.gz").read_bytes()
        downloads = self.data_dir / "downloads"
        downloads.mkdir()
        (downloads / "MedQuAD.tar.gz.part").write_bytes(whole[: len(whole) // 2])
        path = fetch(self.server.url("MedQuAD.tar.gz"), sha256=self.sha256("MedQuAD.tar.gz"), progress=False)
        self.assertEqual(path.read_bytes(), whole)
        self.assertEqual(self.server.requests[-1], ("/MedQuAD.tar.gz", f"bytes={len(whole) // 2}-"))
        self.assertFalse((downloads / "MedQuAD.tar.gz.part").exists())

    def test_a_wrong_checksum_stops_the_import_and_removes_the_file(self):
        with self.assertRaisesMessage(CommandError, "checksum mismatch"):
            self.run_import(self.server.url("MedQuAD.tar.gz"), "--sha256", "0" * 64)
        self.assertEqual(KbPair.objects.count(), 0)
        self.assertEqual(list((self.data_dir / "downloads").iterdir()), [])

    def test_an_unreachable_url_gives_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "Cannot download http://127.0.0.1:"):
            self.run_import(closed_port_url())

    def test_a_missing_file_on_the_server_gives_the_http_status(self):
        with self.assertRaisesMessage(CommandError, "HTTP 404"):
            self.run_import(self.server.url("nothing-here.tar.gz"))

    def test_a_corrupt_archive_gives_a_clear_error(self):
        whole = (self.served / "MedQuAD.tar.gz").read_bytes()
        (self.served / "cut.tar.gz").write_bytes(whole[: len(whole) * 2 // 3])
        with self.assertRaisesMessage(CommandError, "damaged archive"):
            self.run_import(self.server.url("cut.tar.gz"))
        (self.served / "noise.tar.gz").write_bytes(b"this is not an archive at all" * 10)
        with self.assertRaisesMessage(CommandError, "is not a MedQuAD folder"):
            self.run_import(self.server.url("noise.tar.gz"))
