"""No tracking token or email address reaches a log line, the access log included."""

import logging

from django.test import SimpleTestCase


def console_handler() -> logging.Handler:
    return next(h for h in logging.getLogger().handlers if h.get_name() == "console")


class PrivateLogTests(SimpleTestCase):
    def test_the_configured_handler_blanks_tracking_tokens_and_email_addresses(self):
        record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found: %s (from %s)",
                                   ("/track/AbC-123_xyz/", "asker.name+x@example.co.uk"), None)
        self.assertTrue(console_handler().filter(record))
        self.assertEqual(record.getMessage(), "Not Found: /track/<token>/ (from <email>)")

    def test_the_access_log_shows_neither_the_token_nor_the_query_string(self):
        """granian's own access-log builder, with the format and the filter `askdoc serve` configures for it."""
        import io
        import json
        import time
        from unittest import mock

        from granian import log as granian_log

        from askdoc.ops.logging import PrivateDataFilter
        from askdoc.ops.supervisor import ACCESS_LOG_FORMAT, LOG_CONFIG

        config = json.loads(LOG_CONFIG.read_text())
        access = config["loggers"]["granian.access"]["handlers"][0]
        private = config["handlers"][access]["filters"][0]
        self.assertEqual(config["filters"][private]["()"], "askdoc.ops.logging.PrivateDataFilter")
        stream = io.StringIO()
        handler = logging.StreamHandler(stream)
        handler.addFilter(PrivateDataFilter())
        logger = logging.getLogger("askdoc.tests.access")
        logger.addHandler(handler)
        logger.propagate = False
        request = {"addr_remote": "127.0.0.1", "path": "/track/SECRET/", "qs": "email=a@b.org", "method": "GET",
                   "scheme": "http", "protocol": "HTTP/1.1"}
        with mock.patch.object(granian_log, "access_logger", logger):
            granian_log.log_request_builder(ACCESS_LOG_FORMAT)(time.time(), time.perf_counter(), request, 200)
        line = stream.getvalue()
        self.assertIn('"GET /track/<token>/ HTTP/1.1" 200', line)
        self.assertNotIn("SECRET", line)
        self.assertNotIn("a@b.org", line)
