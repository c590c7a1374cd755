"""Writes take turns per process and reads go past them (askdoc/ops/middleware.py, TurnsMiddleware)."""

import threading

from django.http import HttpRequest, HttpResponse
from django.test import SimpleTestCase, override_settings

from askdoc.ops.middleware import TurnsMiddleware


def request(method: str) -> HttpRequest:
    made = HttpRequest()
    made.method = method
    return made


class TurnsTest(SimpleTestCase):
    def setUp(self):
        self.release = threading.Event()
        self.running: list[str] = []

    def view(self, req: HttpRequest) -> HttpResponse:
        self.running.append(req.method or "")
        if req.method == "POST":
            self.release.wait(5)
        return HttpResponse(req.method)

    def start(self, middleware: TurnsMiddleware, method: str) -> threading.Thread:
        thread = threading.Thread(target=middleware, args=(request(method),))
        thread.start()
        return thread

    @override_settings(ASKDOC_WEB_WRITERS=1, ASKDOC_WEB_READERS=1)
    def test_a_write_waits_for_the_running_one_while_a_read_goes_past(self):
        middleware = TurnsMiddleware(self.view)
        first = self.start(middleware, "POST")
        second = self.start(middleware, "POST")
        read = self.start(middleware, "GET")
        read.join(5)
        self.assertFalse(read.is_alive())  # served while a write runs and another waits
        self.assertEqual(sorted(self.running), ["GET", "POST"])  # the second write has not started
        self.release.set()
        first.join(5)
        second.join(5)
        self.assertEqual(sorted(self.running), ["GET", "POST", "POST"])

    @override_settings(ASKDOC_WEB_WRITERS=0, ASKDOC_WEB_READERS=0)
    def test_zero_turns_a_queue_off(self):
        middleware = TurnsMiddleware(self.view)
        writes = [self.start(middleware, "POST") for _ in range(3)]
        for _ in range(50):
            if len(self.running) == 3:
                break
            threading.Event().wait(0.05)
        self.assertEqual(self.running, ["POST"] * 3)  # all three at once
        self.release.set()
        for thread in writes:
            thread.join(5)


class ReadPacingTest(SimpleTestCase):
    @override_settings(ASKDOC_WEB_WRITERS=1, ASKDOC_WEB_READERS=1, ASKDOC_WEB_READ_GAP_MS=50)
    def test_reads_start_at_most_every_gap_while_a_write_is_in_flight_and_freely_otherwise(self):
        import time

        release, started = threading.Event(), threading.Event()

        def view(req: HttpRequest) -> HttpResponse:
            if req.method == "POST":
                started.set()
                release.wait(5)
            return HttpResponse()

        middleware = TurnsMiddleware(view)
        began = time.monotonic()
        for _ in range(4):
            middleware(request("GET"))
        self.assertLess(time.monotonic() - began, 0.1)  # no write: no gap
        write = threading.Thread(target=middleware, args=(request("POST"),))
        write.start()
        started.wait(5)
        began = time.monotonic()
        for _ in range(4):
            middleware(request("GET"))
        self.assertGreaterEqual(time.monotonic() - began, 0.15)  # three gaps of 50 ms between four starts
        release.set()
        write.join(5)
