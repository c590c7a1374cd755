"""End-to-end tests: a real headless Chromium (Debian's `chromium`) driving Django's live test server.

Playwright's sync API runs an event loop in the test thread, so Django's async-safety check has to be
lifted for the ORM calls the tests make between browser steps. Browsers are never downloaded here:
`make test` installs Debian's chromium (the Makefile's `browser` target) and the tests launch it.
"""

import os
import unittest
from pathlib import Path

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from django.contrib.auth.models import Group, User  # noqa: E402
from django.contrib.staticfiles.testing import StaticLiveServerTestCase  # noqa: E402
from django.db import connections  # noqa: E402

from askdoc.qa.models import Department  # noqa: E402
from askdoc.qa.permissions import MODERATORS_GROUP  # noqa: E402
from tests.base import PASSWORD, make_doctor  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# Generous for a 2-core CI machine shared with other jobs; a healthy step takes well under a second.
# ASKDOC_E2E_STEP_MS raises it on a machine under heavy load (the first desk page loads the encoders).
STEP_TIMEOUT_MS = int(os.environ.get("ASKDOC_E2E_STEP_MS", "10000"))


def require_chromium() -> None:
    """Skip on a developer machine without chromium; in CI a missing browser is a failure, never a skip."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: CI must install Debian's chromium (make browser).")
    raise unittest.SkipTest(f"{CHROMIUM} not found: run `make browser` (apt-get install chromium) to run browser tests")


class BrowserTestCase(StaticLiveServerTestCase):
    """One Chromium per class, one fresh browser context (cookies, session) per person."""

    # The departments and the moderators group come from data migrations; TransactionTestCase flushes
    # the database after each test, and serialized_rollback brings those rows back before the next.
    serialized_rollback = True

    @classmethod
    def setUpClass(cls):
        require_chromium()
        super().setUpClass()
        # The ask flow reads questions with the sentence encoder (the shipped configuration): load it once here,
        # not inside the first request a browser test times.
        from askdoc.intake.semantic import encode_or_none

        encode_or_none(["warm-up"])
        from playwright.sync_api import sync_playwright

        before = {alias: connections[alias] for alias in connections}
        cls.playwright = sync_playwright().start()
        # Playwright leaves an event loop running in this thread, and Django then keeps connections per
        # context rather than per thread, so the test would get new ones. Hand back the ones it had: the
        # live server shares them (in-memory SQLite) and they carry serialized_rollback's saved rows.
        for alias, connection in before.items():
            connections[alias] = connection
        cls.addClassCleanup(cls.playwright.stop)
        cls.browser = cls.playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        cls.addClassCleanup(cls.browser.close)

    def setUp(self):
        super().setUp()
        self.neurology = Department.objects.get(slug="neurology")
        self.dr_lin = make_doctor("lin", "Lin Mei", self.neurology)
        self.moderator = User.objects.create_user("mo", "mo@example.org", PASSWORD)
        self.moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
        self.page_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.failed_responses: list[str] = []

    def _fixture_teardown(self):
        super()._fixture_teardown()
        # The flush above also empties the migrations' rows for whatever transactional test runs next
        # (serialized_rollback only restores them for tests that ask for it): put them back.
        for alias in self._databases_names(include_mirrors=False):
            contents = getattr(connections[alias], "_test_serialized_contents", None)
            if contents:
                connections[alias].creation.deserialize_db_from_string(contents)

    def new_page(self, *, javascript: bool = True):
        """A page in a new browser context: a different person, or the same one on another device."""
        context = self.browser.new_context(
            base_url=self.live_server_url, java_script_enabled=javascript, viewport={"width": 1280, "height": 900},
        )
        self.addCleanup(context.close)
        context.set_default_timeout(STEP_TIMEOUT_MS)
        context.on("request", self._note_request)
        context.on("response", self._note_response)
        page = context.new_page()
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        return page

    def _note_request(self, request) -> None:
        if not request.url.startswith((self.live_server_url, "data:", "about:")):
            self.foreign_requests.append(request.url)

    def _note_response(self, response) -> None:
        # Chromium asks for /favicon.ico on its own; the site does not claim to have one.
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            self.failed_responses.append(f"{response.status} {response.url}")

    def assert_pages_were_healthy(self) -> None:
        """Every stylesheet and script loaded, no script failed, nothing came from another site."""
        self.assertEqual(self.failed_responses, [], "requests that failed")
        self.assertEqual(self.page_errors, [], "JavaScript errors in the pages")
        self.assertEqual(self.foreign_requests, [], "the pages loaded something from another site")

    def log_in(self, page, user, *, path: str) -> None:
        """Open a staff page as a logged-out person would: the login form, then back to the page."""
        from playwright.sync_api import expect

        page.goto(path)
        expect(page.get_by_role("heading", name="Log in")).to_be_visible()
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.locator("main").get_by_role("button", name="Log in").click()
        page.wait_for_url(f"**{path}")
        expect(page.get_by_role("button", name="Log out")).to_be_visible()

    def screenshot(self, page, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        page.screenshot(path=str(path), full_page=True)
        return path
