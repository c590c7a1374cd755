"""askdoc settings: one module, read from the environment through small typed helpers.

A fresh clone runs on SQLite with no configuration; DATABASE_URL switches to PostgreSQL.
"""

import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {raw!r}") from None


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from None


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    raw = os.environ.get(name) or default
    if raw not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}; got {raw!r}")
    return raw


def env_rate(name: str, default: str) -> str:
    raw = os.environ.get(name) or default
    if not re.fullmatch(r"\d+/\d*[smhd]", raw):
        raise ImproperlyConfigured(f"{name} must be a rate like 20/h or 10/5m, got {raw!r}")
    return raw


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


# True only under tests/settings.py (the test suite's settings): a few caches skip their time-to-live.
TESTING = False

# Where askdoc keeps its SQLite database, static files and trained models (search indexes live in the database).
DATA_DIR = Path(env_str("ASKDOC_DATA_DIR", str(REPO_DIR / "var")))
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
DEVELOPMENT_SECRET_KEY = "askdoc-development-key-change-me-in-production"


def secret_key_from_env() -> str:
    """SECRET_KEY, else the file SECRET_KEY_FILE (default: the data folder's secret_key, which `make run` writes
    once). The public development key is only a fallback: the site refuses to start on it with DEBUG off
    (askdoc/wsgi.py, `askdoc serve`)."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = Path(env_str("SECRET_KEY_FILE", str(DATA_DIR / "secret_key")))
    if path.is_file() and path.read_text().strip():
        return path.read_text().strip()
    return DEVELOPMENT_SECRET_KEY


SECRET_KEY = secret_key_from_env()
# `make run` sets SITE_URL from HOST and PORT (Makefile); the default is runserver's address.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
_site_host = urlsplit(SITE_URL).hostname or ""
if not urlsplit(SITE_URL).scheme.startswith("http") or not _site_host:
    raise ImproperlyConfigured(f"SITE_URL must be an http(s) address such as http://127.0.0.1:8000, got {SITE_URL!r}")
# The site's own host is always allowed, so `make run HOST=192.168.1.20` answers on that address.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver", _site_host])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "askdoc.qa.views.errors.csrf_failure"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "askdoc.ops",
    "askdoc.qa",
    "askdoc.knowledge",
    "askdoc.intake",
    "askdoc.retrieval",
    "askdoc.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "askdoc.ops.middleware.RequestGuardMiddleware",
    # After the door (refusals are answered at once), before anything that uses the database.
    "askdoc.ops.middleware.TurnsMiddleware",
    # askdoc.ops.lean.X is Django's (or the package's) X for every request but the anonymous ask's JSON write.
    "askdoc.ops.lean.CSP",  # csp.middleware.CSPMiddleware
    "askdoc.ops.lean.WhiteNoise",  # whitenoise.middleware.WhiteNoiseMiddleware
    "askdoc.ops.lean.Sessions",  # django.contrib.sessions.middleware.SessionMiddleware
    # After sessions, before common: the interface language from the language cookie, else Accept-Language.
    "django.middleware.locale.LocaleMiddleware",
    "askdoc.qa.languages.VaryOnLanguageCookieMiddleware",
    "django.middleware.common.CommonMiddleware",
    # CSRF and framing keep Django's own paths: `check --deploy` looks for them (the ask API is exempt from CSRF).
    "django.middleware.csrf.CsrfViewMiddleware",
    "askdoc.ops.lean.Authentication",  # django.contrib.auth.middleware.AuthenticationMiddleware
    "askdoc.ops.lean.Messages",  # django.contrib.messages.middleware.MessageMiddleware
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "askdoc.urls"
WSGI_APPLICATION = "askdoc.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "askdoc.qa.context_processors.site",
            ],
        },
    },
]

def database_from_env() -> dict[str, Any]:
    try:
        url = env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'askdoc.sqlite3'}")
        return dict(dj_database_url.parse(url))
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a database URL ({exc}); "
            "e.g. postgres://user@127.0.0.1:5432/askdoc or sqlite:////path/askdoc.sqlite3") from None


DATABASES = {"default": database_from_env()}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool("ASKDOC_DB_POOL", True):
    # A bounded pool per process instead of a connection per thread: with the web threads the old
    # CONN_MAX_AGE kept ~100 idle connections and hit "too many clients". A request waits up to
    # `timeout` seconds for a free connection; Django checks each connection it takes from the pool, so broken
    # ones (a restarted server) are replaced.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": env_int("ASKDOC_DB_POOL_SIZE", 8),
        "timeout": env_float("ASKDOC_DB_POOL_TIMEOUT", 10.0),
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE transactions take the
    # write lock up front, so two writers queue instead of failing with "database is locked".
    # One write transaction at a time per process, queued on a Python lock (askdoc/ops/sqlite/base.py).
    DATABASES["default"]["ENGINE"] = "askdoc.ops.sqlite"
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # One connection per thread, kept: opening one (Django registers its SQL functions, the PRAGMAs run) cost
    # ~2 ms of CPU per request, and closing the last one checkpoints the WAL and deletes it (~13 ms of disk).
    DATABASES["default"]["CONN_MAX_AGE"] = None

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en"
# The interface languages. The choice lives in a cookie (no URL prefix, see README "Languages"):
# the cookie set by the language switcher, else the browser's Accept-Language, else English.
LANGUAGES = [("en", "English"), ("zh-hant", "中文（繁體）")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "askdoc_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Dates in the reference style (2020/03/26) in both languages, also where a template gives no format.
FORMAT_MODULE_PATH = ["askdoc.formats"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# askdoc/static belongs to no app, so the finders only see it when listed here.
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing folder before collectstatic runs
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The abuse limits' counters (askdoc/ops/limits.py) live in a cache of their own. Without Redis each web
# process counts on its own, so a client may get up to ASKDOC_WEB_WORKERS times the rate; set REDIS_URL for
# exact limits across processes and hosts.
CACHES["ratelimit"] = CACHES["default"] | ({"KEY_PREFIX": "ratelimit"} if REDIS_URL else {"LOCATION": "ratelimit"})
RATELIMIT_USE_CACHE = "ratelimit"
# Rendered public question pages (askdoc/qa/page_cache.py): shared by every process so that a change made by one
# (the task worker, another web process) invalidates them all; without Redis, a file cache in the data folder.
PAGES_CACHE: dict[str, Any] = (
    CACHES["default"] | {"KEY_PREFIX": "pages"} if REDIS_URL else
    {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(DATA_DIR / "cache" / "pages"),
     "OPTIONS": {"MAX_ENTRIES": 5000}}
)
CACHES["pages"] = PAGES_CACHE
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# The console backend prints askers' addresses and tracking links into the log: with DEBUG off the site only
# starts on it when EMAIL_BACKEND names it explicitly (askdoc/ops/startup.py).
EMAIL_BACKEND_EXPLICIT = bool(os.environ.get("EMAIL_BACKEND"))
# Where the file backend (`make run`'s default) writes each mail.
EMAIL_FILE_PATH = Path(env_str("EMAIL_FILE_PATH", str(DATA_DIR / "mail")))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "askdoc <no-reply@askdoc.localhost>")

# Background work behind Django's tasks interface. "database" (the default): `askdoc worker` claims tasks from
# the database, nothing else to run. "rq": tasks go to Redis (REDIS_URL) and `askdoc worker` runs RQ workers,
# the scale-out choice for several hosts.
ASKDOC_TASKS_BACKEND = env_choice("ASKDOC_TASKS_BACKEND", "database", ("database", "rq"))
if ASKDOC_TASKS_BACKEND == "rq":
    if not REDIS_URL:
        raise ImproperlyConfigured("ASKDOC_TASKS_BACKEND=rq needs REDIS_URL, e.g. redis://127.0.0.1:6379/1")
    INSTALLED_APPS += ["django_rq"]
    RQ_QUEUES = {"default": {"URL": REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
# A task RUNNING longer than this is taken for orphaned (its worker died) and runs again; the longest task,
# the first MedQuAD import, takes about 25 minutes on 2 cores.
ASKDOC_TASK_STALE_SECONDS = env_int("ASKDOC_TASK_STALE_SECONDS", 2 * 3600)
# `askdoc serve`: web processes (granian) and threads, and background task workers.
# Three processes on 2 cores: while one waits for SQLite's write lock or its interpreter lock, the others serve; issue
# 9's load test (200 asks, 50 readers) kept the asks' p50 and brought the readers' p99 from ~570 to ~420 ms
# (docs/operations.md). Each process holds ~200 MB.
ASKDOC_WEB_WORKERS = env_int("ASKDOC_WEB_WORKERS", 3)
# Requests per process that run at once, writes and reads in separate queues (askdoc/ops/middleware.py,
# TurnsMiddleware), and enough threads that a burst waiting its turn leaves threads for the other queue: issue 9's
# load test holds 250 connections at once.
ASKDOC_WEB_THREADS = env_int("ASKDOC_WEB_THREADS", 96)
ASKDOC_WEB_WRITERS = env_int("ASKDOC_WEB_WRITERS", 2)
ASKDOC_WEB_READERS = env_int("ASKDOC_WEB_READERS", 1)
# While writes are in flight, reads start at most every this many milliseconds per process (0: no pacing).
ASKDOC_WEB_READ_GAP_MS = env_float("ASKDOC_WEB_READ_GAP_MS", 10.0)
ASKDOC_TASK_WORKERS = env_int("ASKDOC_TASK_WORKERS", 1)
# Niceness added to `askdoc serve`'s task workers (0-19): the web processes come first on the CPU.
ASKDOC_TASK_NICE = env_int("ASKDOC_TASK_NICE", 10)
# Encoder threads of `askdoc serve`'s task workers (0: one per core). They run niced and the ONNX threads sleep when
# idle, so a second thread only uses a core the web processes leave free: the first-run enrichment of the demo took
# 77 s instead of 98 s (docs/knowledge.md).
ASKDOC_TASK_THREADS = env_int("ASKDOC_TASK_THREADS", 0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # No tracking token or email address in any log line (askdoc/ops/logging.py).
    "filters": {"private": {"()": "askdoc.ops.logging.PrivateDataFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["private"]}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- askdoc's own settings -------------------------------------------------------------
# Abuse limits per client address ("count/period", period s, m, h or d, optionally with a number: "10/5m").
ASKDOC_RATELIMIT = env_bool("ASKDOC_RATELIMIT", True)
# `askdoc serve`: granian's access log (no query strings, tokens or addresses; askdoc/ops/supervisor.py); 0 when a
# proxy in front keeps one: it costs ~0.2-0.3 ms of server CPU per request.
ASKDOC_ACCESS_LOG = env_bool("ASKDOC_ACCESS_LOG", True)
ASKDOC_RATE_ASK = env_rate("ASKDOC_RATE_ASK", "20/h")
ASKDOC_RATE_API_WRITE = env_rate("ASKDOC_RATE_API_WRITE", "20/h")
ASKDOC_RATE_LOGIN = env_rate("ASKDOC_RATE_LOGIN", "10/10m")
# How many reverse proxies stand in front of askdoc (each appends to X-Forwarded-For); 0: clients connect directly.
ASKDOC_TRUSTED_PROXIES = env_int("ASKDOC_TRUSTED_PROXIES", 0)

# --- serving over HTTPS (docs/operations.md lists the production environment) ----------
# Off by default: `make run` serves plain http on 127.0.0.1. Behind a TLS-terminating proxy set
# ASKDOC_TRUSTED_PROXIES=1, SECURE_SSL_REDIRECT=1, SECURE_HSTS_SECONDS=31536000.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Cookies only over HTTPS; follows SECURE_SSL_REDIRECT unless set.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", SECURE_SSL_REDIRECT)
if ASKDOC_TRUSTED_PROXIES:
    # The proxy terminates TLS and says so; only trusted when a proxy is declared to stand in front.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Content-Security-Policy (django-csp): askdoc's pages load scripts and styles from their own origin only, with
# no inline scripts. Inline styles stay allowed for the admin's and the API docs' pages.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ASKDOC_SITE_NAME = env_str("ASKDOC_SITE_NAME", "askdoc")
# The local emergency number shown by the emergency warning.
ASKDOC_EMERGENCY_NUMBER = env_str("ASKDOC_EMERGENCY_NUMBER", "911")
# Days the asker's original (unredacted) text is kept for moderators after publication.
ASKDOC_ORIGINAL_RETENTION_DAYS = env_int("ASKDOC_ORIGINAL_RETENTION_DAYS", 30)
# Days an original is kept at most while its question waits (pending, queued or claimed, never published).
ASKDOC_PENDING_ORIGINAL_DAYS = env_int("ASKDOC_PENDING_ORIGINAL_DAYS", 90)
# Doctors are asked to re-review a published answer this many days after its last review.
ASKDOC_REREVIEW_DAYS = env_int("ASKDOC_REREVIEW_DAYS", 365)
# Triage confidence above which a question skips moderation routing (see askdoc/intake/triage.py).
ASKDOC_TRIAGE_AUTO_ROUTE = env_float("ASKDOC_TRIAGE_AUTO_ROUTE", 0.9)
# Optional OpenAI-compatible endpoint for More Info wording and titles.
ASKDOC_LLM_URL = env_str("ASKDOC_LLM_URL", "")
ASKDOC_LLM_MODEL = env_str("ASKDOC_LLM_MODEL", "")
ASKDOC_LLM_KEY = env_str("ASKDOC_LLM_KEY", "")
# Threads torch may use per process for encoding (0: torch's default, one per core). On a small host shared by
# the web server and the worker, 1 avoids the two fighting over cores (More Info p99 3.0 s -> 1.2 s, docs/knowledge.md).
ASKDOC_TORCH_THREADS = env_int("ASKDOC_TORCH_THREADS", 0)
# MedlinePlus health topics: the page listing the daily XML files (`askdoc import_medlineplus latest` reads it),
# and how often the worker re-imports them and re-enriches the questions whose sources changed (0: never).
ASKDOC_MEDLINEPLUS_INDEX_URL = env_str("ASKDOC_MEDLINEPLUS_INDEX_URL", "https://medlineplus.gov/xml.html")
ASKDOC_KNOWLEDGE_REFRESH_DAYS = env_int("ASKDOC_KNOWLEDGE_REFRESH_DAYS", 7)
# Where the shared public data sets live (tests and `askdoc evaluate` read them from there).
ASKDOC_SHARED_DATA = Path(env_str("ASKDOC_SHARED_DATA", str(REPO_DIR.parent / "shared" / "data")))
# The search backend (docs/retrieval.md): "embedded" (default; every process searches its copy, SQLite or
# PostgreSQL) or "postgres" (pgvector and full-text search in the database; needs the vector extension).
ASKDOC_SEARCH_BACKEND = env_str("ASKDOC_SEARCH_BACKEND", "embedded")
# The postgres backend's vector index: "hnsw" (default; approximate, fast at any size) or "none" (an exact scan:
# exact but linear, for small collections or a pgvector build whose HNSW code cannot run on the host CPU).
ASKDOC_SEARCH_VECTOR_INDEX = env_choice("ASKDOC_SEARCH_VECTOR_INDEX", "hnsw", ("hnsw", "none"))
# The postgres backend: a department with at least this many rows in a collection gets its own partial HNSW index,
# which a search filtered on that one department reads (smaller ones are searched through the collection's index).
ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS = env_int("ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS", 5_000)
# The postgres backend's HNSW search breadth (pgvector's hnsw.ef_search): the best nodes it keeps while walking the
# graph, of which the nearest 100 are candidates. At 100, on the 1M benchmark, a query among ~23,000 near-identical
# templated questions ended in the wrong part of the cluster (recall@10 0.2); 200 costs ~1 ms (docs/retrieval.md).
ASKDOC_SEARCH_EF_SEARCH = env_int("ASKDOC_SEARCH_EF_SEARCH", 200)
if ASKDOC_SEARCH_EF_SEARCH < 1:
    raise ImproperlyConfigured(f"ASKDOC_SEARCH_EF_SEARCH must be at least 1, got {ASKDOC_SEARCH_EF_SEARCH}")
# Where the embedded backend keeps the snapshot files that every process of the host maps.
# Embedded backend: snapshots of at least this many rows get an IVF partition and are searched approximately
# (the nearest lists plus the rows holding the query's rarer terms; docs/retrieval.md).
ASKDOC_SEARCH_IVF_MIN_ROWS = env_int("ASKDOC_SEARCH_IVF_MIN_ROWS", 200_000)
# Lists of the IVF partition searched per query (of about √rows: 1,000 at 1M rows); fewer is faster, less exact.
ASKDOC_SEARCH_IVF_PROBES = env_int("ASKDOC_SEARCH_IVF_PROBES", 32)
if ASKDOC_SEARCH_IVF_PROBES < 1:
    raise ImproperlyConfigured(f"ASKDOC_SEARCH_IVF_PROBES must be at least 1, got {ASKDOC_SEARCH_IVF_PROBES}")
ASKDOC_SEARCH_DIR = Path(env_str("ASKDOC_SEARCH_DIR", str(DATA_DIR / "search")))
# Database aliases whose migrations create the postgres backend's schema (extension, columns, indexes).
ASKDOC_SEARCH_POSTGRES_DATABASES = ["default"] if ASKDOC_SEARCH_BACKEND == "postgres" else []

