"""Abuse limits: how often one client may ask, write through the API and try to log in.

Counted per client address (the proxy-reported one when ASKDOC_TRUSTED_PROXIES says how many proxies
stand in front) in the "ratelimit" cache, by django-ratelimit. Over the limit, a 429 that says how long
to wait. ASKDOC_RATELIMIT=0 turns every limit off (load tests).
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


@dataclass(frozen=True)
class Limit:
    group: str
    paths: tuple[str, ...]
    setting: str
    what: str


LIMITS = (
    Limit("ask", ("/ask/",), "ASKDOC_RATE_ASK", "questions"),
    Limit("api-write", ("/api/questions",), "ASKDOC_RATE_API_WRITE", "API requests that write"),
    Limit("login", ("/accounts/login/", "/admin/login/"), "ASKDOC_RATE_LOGIN", "log-in attempts"),
)


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or with N trusted proxies in front, the address the outermost of
    them saw (the Nth entry from the right of X-Forwarded-For; entries further left are the client's word)."""
    proxies = settings.ASKDOC_TRUSTED_PROXIES
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _client_key(group: str, request: HttpRequest) -> str:
    return client_ip(request)


def _window(rate: str) -> str:
    count, period = rate.split("/")
    number, unit = period[:-1] or "1", UNITS[period[-1]]
    return f"{number} {unit}s" if number != "1" else unit


def limited(request: HttpRequest) -> Limit | None:
    if not settings.ASKDOC_RATELIMIT or request.method != "POST":
        return None
    for limit in LIMITS:
        if request.path in limit.paths:
            rate = getattr(settings, limit.setting)
            if is_ratelimited(request, group=limit.group, key=_client_key, rate=rate, method="POST", increment=True):
                return limit
    return None


def too_many(request: HttpRequest, limit: Limit) -> HttpResponse:
    rate = getattr(settings, limit.setting)
    count = rate.split("/")[0]
    message = (f"Too many {limit.what} from your connection: at most {count} per {_window(rate)}. "
               "Please wait a while and try again.")
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=429)
    return render(request, "error.html", {"title": "Too many requests", "message": message}, status=429)
