"""`askdoc loadtest`'s client against a local stand-in server: counts, percentiles and the floors' verdict."""

import asyncio
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from unittest import TestCase

from askdoc.ops import loadtest


class Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default 5 drops a burst's connections (1 s SYN retries)


class StandIn(BaseHTTPRequestHandler):
    def log_message(self, *args):  # quiet
        pass

    def reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/api/questions"):
            self.reply(200, json.dumps({"results": [{"url": "http://127.0.0.1/q/1-a/"}]}).encode())
        else:
            self.reply(200, b"<html>page</html>")

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        payload = json.loads(self.rfile.read(length))
        self.reply(201 if "Load test" in payload["body"] else 400, b"{}")


class LoadTestClientTest(TestCase):
    def setUp(self):
        self.server = Server(("127.0.0.1", 0), StandIn)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.addCleanup(self.server.server_close)
        self.addCleanup(self.server.shutdown)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def test_it_counts_accepted_asks_and_reader_loads_and_judges_the_floors(self):
        report = loadtest.run(url=self.url, asks=20, readers=3, max_reads=5, deadline=30, timeout=10)
        self.assertEqual(report["asks"]["statuses"], {201: 20})
        self.assertEqual((report["asks"]["errors"], report["asks"]["resets"]), ({}, 0))
        self.assertGreater(report["reads"]["requests"], 0)
        for sample in ("asks", "reads"):  # the verdict on everything but this shared machine's latency
            report[sample].update(p50_ms=1, p99_ms=1)
        report["asks"]["rows_saved"] = 20
        self.assertEqual(loadtest.verdict(report), [])
        report["asks"]["rows_saved"] = 19
        report["reads"]["p99_ms"] = 501
        self.assertEqual(loadtest.verdict(report), ["rows 19 != accepted 20", "read_p99_ms 501 > 500"])

    def test_asks_alone_without_readers(self):
        report = loadtest.run(url=self.url, asks=5, readers=0, max_reads=5, deadline=30, timeout=10)
        self.assertEqual(report["asks"]["statuses"], {201: 5})
        self.assertEqual(report["reads"]["requests"], 0)

    def test_a_closed_port_counts_as_errors_not_a_crash(self):
        self.server.shutdown()
        self.server.server_close()
        sample = loadtest.Sample()
        asyncio.run(loadtest._timed(sample, 5, "127.0.0.1", self.server.server_address[1], "GET", "/"))
        self.assertEqual(sample.summary()["errors"], {"ConnectionRefusedError": 1})

    def test_it_only_targets_this_machine(self):
        with self.assertRaises(ValueError):
            loadtest.require_loopback("http://192.0.2.1:8000")
