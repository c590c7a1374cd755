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


class ServeChildrenTests(SimpleTestCase):
    def test_task_workers_run_niced_with_their_own_encoder_threads_and_the_web_server_keeps_its_own(self):
        from askdoc.ops.management.commands.serve import serve_children

        with self.settings(ASKDOC_TASK_THREADS=2, ASKDOC_TASK_NICE=7):
            web, *workers = serve_children(["granian"], task_workers=2)
        self.assertEqual([w.name for w in workers], ["worker-1", "worker-2"])
        self.assertEqual({w.env["ASKDOC_TORCH_THREADS"] for w in workers}, {"2"})
        self.assertEqual({w.nice for w in workers}, {7})
        self.assertNotIn("ASKDOC_TORCH_THREADS", web.env)
        self.assertFalse(web.restart)


class WebArgvTests(SimpleTestCase):
    def test_the_access_log_is_on_unless_switched_off(self):
        from askdoc.ops.supervisor import ACCESS_LOG_FORMAT, web_argv

        on = web_argv(bind="127.0.0.1:8000", workers=2, threads=8)
        self.assertIn("--access-log", on)
        self.assertIn(ACCESS_LOG_FORMAT, on)
        off = web_argv(bind="127.0.0.1:8000", workers=2, threads=8, access_log=False)
        self.assertNotIn("--access-log", off)
        self.assertNotIn(ACCESS_LOG_FORMAT, off)
        self.assertIn("--log-config", off)  # granian's own messages still go through the privacy filter
