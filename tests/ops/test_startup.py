"""Start-up refuses unsafe production settings, and configuration mistakes are one clear line."""

import os
import subprocess
import sys

from django.core.exceptions import ImproperlyConfigured
from django.test import SimpleTestCase, override_settings

from askdoc.ops.startup import CONSOLE_EMAIL, refuse_unsafe_production

SMTP = "django.core.mail.backends.smtp.EmailBackend"
DEV_KEY = "askdoc-development-key-change-me-in-production"


def askdoc(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    return subprocess.run([sys.executable, "-m", "askdoc.cli", *args], capture_output=True, text=True, timeout=60,
                          env=clean | env)


class StartupTests(SimpleTestCase):
    @override_settings(DEBUG=False, SECRET_KEY=DEV_KEY, EMAIL_BACKEND=SMTP)
    def test_it_refuses_to_serve_with_debug_off_on_the_public_development_key(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "SECRET_KEY is not set"):
            refuse_unsafe_production()

    @override_settings(DEBUG=False, SECRET_KEY="s" * 50, EMAIL_BACKEND=CONSOLE_EMAIL, EMAIL_BACKEND_EXPLICIT=False)
    def test_it_refuses_the_console_email_backend_by_default_with_debug_off(self):
        with self.assertRaisesMessage(ImproperlyConfigured, "console backend"):
            refuse_unsafe_production()
        with self.settings(EMAIL_BACKEND_EXPLICIT=True):
            refuse_unsafe_production()

    @override_settings(DEBUG=True, SECRET_KEY=DEV_KEY, EMAIL_BACKEND=CONSOLE_EMAIL)
    def test_development_may_use_the_defaults(self):
        refuse_unsafe_production()

    def test_an_unparsable_database_url_is_one_line(self):
        done = askdoc("check", DATABASE_URL="mysqlx://nowhere")
        self.assertNotEqual(done.returncode, 0)
        self.assertEqual(len(done.stderr.strip().splitlines()), 1, done.stderr)
        self.assertIn("DATABASE_URL is not a database URL", done.stderr)

    def test_an_unreachable_database_is_one_line(self):
        done = askdoc("migrate", "--check", DATABASE_URL="postgres://postgres@127.0.0.1:9/askdoc_ops")
        self.assertNotEqual(done.returncode, 0)
        self.assertEqual(len(done.stderr.strip().splitlines()), 1, done.stderr)
        self.assertIn("cannot use the postgresql database 'askdoc_ops' on 127.0.0.1:9", done.stderr)
