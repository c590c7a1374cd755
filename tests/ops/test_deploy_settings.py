"""The documented production environment passes `askdoc check --deploy`; security headers are sent."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase, TestCase

import askdoc

EXAMPLE = Path(askdoc.__file__).parent / "ops" / "production.env.example"


def documented_environment() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in EXAMPLE.read_text().splitlines() if line and not line.startswith("#"))
    return dict(pairs)


class DeploySettingsTests(SimpleTestCase):
    def test_check_deploy_is_clean_with_the_documented_production_environment(self):
        # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment never has it.
        dropped = ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")
        inherited = {k: v for k, v in os.environ.items() if k not in dropped}
        env = inherited | documented_environment()
        # The database and Redis named in the example need not exist for the checks.
        done = subprocess.run([sys.executable, "-m", "askdoc.cli", "check", "--deploy", "--fail-level", "WARNING"],
                              capture_output=True, text=True, timeout=120, env=env)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertIn("no issues", done.stdout)


class SecurityHeaderTests(TestCase):
    def test_pages_carry_a_content_security_policy_without_inline_scripts(self):
        policy = self.client.get("/")["Content-Security-Policy"]
        self.assertIn("script-src 'self'", policy)
        self.assertNotIn("unsafe-inline", policy.split("script-src")[1].split(";")[0])
        self.assertIn("frame-ancestors 'none'", policy)
