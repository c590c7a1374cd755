"""The rendered parts of public question pages, cached and invalidated when public content changes.

A question page needs ~10 queries and a large template (answers, More Info, Similar Q&A, topics, structured
data); under load that made readers wait behind each other on 2 cores. The page's own parts (head tags and
content) are the same for every visitor of one interface language, so they are rendered once and kept in the
`pages` cache; the frame around them (the menu, the language switcher's CSRF token, messages) is rendered per
request. Only published questions are cached: what moderators and doctors see of the others is not.

Invalidation is one version number for all public pages, bumped after every committed change of something a
page shows: asks (pending questions) do not bump it, publications and edits do, so while asks arrive pages stay
cached. The version lives in the `pages` cache, which is shared by every process (a file cache in the data
folder, or Redis with REDIS_URL), so a change made by the task worker reaches every web process. Model signals
catch every save and delete (services, the admin, importers); bulk writes, which send none, call
`public_pages_changed()` themselves. A TTL bounds anything missed.

Visitors with no session and no messages (almost every reader) all see the same frame too, except for their CSRF
token: for them the whole page is kept, with a placeholder where the token goes, and a hit costs a cache read and
a token instead of a database query and a template (~6 ms -> ~1 ms of CPU, issue 9's readers).
"""

import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

VERSION_KEY = "public-pages-version"
TTL = 600  # seconds a rendered page may be served at most


def _cache():
    return caches["pages"]


def _version() -> int:
    return _cache().get_or_set(VERSION_KEY, 1, timeout=None)


def _bump() -> None:
    cache = _cache()
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # evicted or never set: any new value invalidates what was cached under the old one
        cache.set(VERSION_KEY, 2, timeout=None)


def public_pages_changed() -> None:
    """Invalidate every cached page once the current transaction commits (at once outside one): bumping before
    the commit would let a reader cache the old content again."""
    transaction.on_commit(_bump)


def key(question_id: int, lang: str) -> str:
    return f"question:{_version()}:{question_id}:{get_language()}:{lang}"


def get(question_id: int, lang: str) -> dict | None:
    return _cache().get(key(question_id, lang))


def put(question_id: int, lang: str, parts: dict) -> None:
    _cache().set(key(question_id, lang), parts, timeout=TTL)


# --- whole pages for anonymous visitors ---------------------------------------------------------------------

# What Django's {% csrf_token %} writes; the token is per visitor, so the kept page holds a placeholder instead.
CSRF_INPUT = re.compile(r'(<input type="hidden" name="csrfmiddlewaretoken" value=")[^"]*(">)')
CSRF_PLACEHOLDER = "\x00csrf\x00"  # a NUL cannot come from a rendered template (the door refuses them)


def _whole_page_key(request: HttpRequest) -> str | None:
    """The key of the page this request would get, or None when its frame may differ from an anonymous
    visitor's (a session: a logged-in user or messages; a messages cookie) or the address has a query string
    the page does not read (each would be a cache entry of its own)."""
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES \
            or CookieStorage.cookie_name in request.COOKIES:
        return None
    query = request.META.get("QUERY_STRING", "")
    if query and not re.fullmatch(r"lang=[a-z-]{2,10}", query):
        return None
    return f"page:{_version()}:{request.path}:{get_language()}:{query}"


def whole_page(request: HttpRequest) -> HttpResponse | None:
    """The kept page for an anonymous visitor, with their own CSRF token; None when there is none."""
    page_key = _whole_page_key(request)
    html = _cache().get(page_key) if page_key else None
    if html is None:
        return None
    return HttpResponse(html.replace(CSRF_PLACEHOLDER, get_token(request)))


def keep_whole_page(request: HttpRequest, response: HttpResponse) -> None:
    """Keep a public page just rendered for an anonymous visitor (only call it for published questions)."""
    page_key = _whole_page_key(request)
    if page_key and response.status_code == 200 and not response.cookies.get(settings.SESSION_COOKIE_NAME):
        html = CSRF_INPUT.sub(lambda m: m.group(1) + CSRF_PLACEHOLDER + m.group(2), response.content.decode())
        _cache().set(page_key, html, timeout=TTL)


# --- what changes a public page ----------------------------------------------------------------------------

# Models whose rows public pages show; a Question only when it is (or just stopped being) public.
PUBLIC_MODELS = ("Answer", "Agreement", "FollowUp", "SimilarQuestion", "QuestionTopic", "QuestionTranslation",
                 "DoctorProfile", "Department", "FaqTopic")


def _question_saved(sender, instance, **kwargs) -> None:
    if instance.status in (instance.Status.PUBLISHED, instance.Status.REMOVED):
        public_pages_changed()


def _changed(sender, action: str = "post_", **kwargs) -> None:
    if action.startswith("post_"):  # m2m_changed also sends pre_add, pre_remove, ...
        public_pages_changed()


def connect() -> None:
    """Called once from the app's ready()."""
    from django.apps import apps

    question = apps.get_model("qa", "Question")
    post_save.connect(_question_saved, sender=question, dispatch_uid="page_cache_question_saved")
    post_delete.connect(_changed, sender=question, dispatch_uid="page_cache_question_deleted")
    for name in PUBLIC_MODELS:
        model = apps.get_model("qa", name)
        post_save.connect(_changed, sender=model, dispatch_uid=f"page_cache_{name}_saved")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"page_cache_{name}_deleted")
    m2m_changed.connect(_changed, dispatch_uid="page_cache_m2m")
