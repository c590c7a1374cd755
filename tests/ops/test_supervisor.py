"""`askdoc serve`'s supervisor restarts a task worker that exits and stops when the web server does."""

import sys
import time

from django.test import SimpleTestCase

from askdoc.ops.supervisor import Child, Supervisor


class SupervisorTests(SimpleTestCase):
    def test_it_restarts_an_exiting_worker_and_stops_when_the_web_server_exits(self):
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            starts = Path(tmp) / "starts"
            worker = Child("worker", [sys.executable, "-c", f"open({str(starts)!r}, 'a').write('x')"], restart=True)
            web = Child("web", [sys.executable, "-c", "import time; time.sleep(3.5)"], restart=False)
            began = time.monotonic()
            code = Supervisor([web, worker]).run()
            self.assertEqual(code, 1)  # the web server never exits on its own: that is a failure
            self.assertGreaterEqual(len(starts.read_text()), 2)
            self.assertGreaterEqual(worker.restarts, 1)
            self.assertLess(time.monotonic() - began, 15)
