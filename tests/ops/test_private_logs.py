"""No tracking token or email address reaches a log line, the access log included."""

import logging

from django.test import SimpleTestCase

from askdoc.ops.gunicorn_logging import PrivateLogger


def console_handler() -> logging.Handler:
    return next(h for h in logging.getLogger().handlers if h.get_name() == "console")


class PrivateLogTests(SimpleTestCase):
    def test_the_configured_handler_blanks_tracking_tokens_and_email_addresses(self):
        record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found: %s (from %s)",
                                   ("/track/AbC-123_xyz/", "asker.name+x@example.co.uk"), None)
        self.assertTrue(console_handler().filter(record))
        self.assertEqual(record.getMessage(), "Not Found: /track/<token>/ (from <email>)")

    def test_the_access_log_shows_neither_the_token_nor_the_query_string(self):
        class Config:
            access_log_format = '%(h)s "%(r)s" %(s)s "%(f)s" %(U)s %(q)s'
            errorlog = "-"
            loglevel = "info"
            accesslog = None
            syslog = False
            logconfig = None
            logconfig_dict = {}
            logconfig_json = None
            capture_output = False
            user = 0
            group = 0
            disable_redirect_access_to_syslog = False

        class Response:
            status = "200 OK"
            headers = []
            sent = 10
            response_length = 10

        class Request:
            headers = []

        environ = {"REQUEST_METHOD": "GET", "RAW_URI": "/track/SECRET/?email=a@b.org", "PATH_INFO": "/track/SECRET/",
                   "QUERY_STRING": "email=a@b.org", "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
                   "HTTP_REFERER": "http://127.0.0.1/track/SECRET/"}
        logger = PrivateLogger.__new__(PrivateLogger)
        from datetime import timedelta
        atoms = logger.atoms(Response(), Request(), environ, timedelta(seconds=0.1))
        line = " ".join(str(v) for v in atoms.values())
        self.assertNotIn("SECRET", line)
        self.assertNotIn("a@b.org", line)
        self.assertEqual(atoms["r"], "GET /track/<token>/ HTTP/1.1")
