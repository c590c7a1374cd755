"""The door: input that no field can hold, cross-site API writes and clients over their limits are refused.

Input that no field of askdoc can hold gets a clear 400.

NUL characters and lone surrogates pass Python's str but not PostgreSQL's text (nor UTF-8), and invalid
UTF-8 would be silently replaced by Django; each used to reach a view and end as a 500 on one database or
the other. The check covers the path, the query string and url-encoded or JSON bodies; the API also
insists on JSON for its writes, so a cross-site form or text/plain POST cannot ask questions for someone.
"""

import json
import logging
import threading
import time
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from askdoc.ops import limits

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"
# The API's writes: only these read a body (other methods on API paths are left to the API's 405).
API_WRITES = {("POST", "/api/questions")}
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class BadInput(Exception):
    pass


def _check_text(text: str, where: str) -> None:
    if "\x00" in text:
        raise BadInput(f"The {where} contains a NUL character, which no text field can hold; remove it.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"The {where} contains an invalid character (a lone UTF-16 surrogate); "
                       "send valid Unicode text.") from None


def _check_json(value, where: str) -> None:
    if isinstance(value, str):
        _check_text(value, where)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_text(key, where)
            _check_json(item, where)
    elif isinstance(value, list):
        for item in value:
            _check_json(item, where)


def _check_urlencoded(raw: bytes, where: str) -> None:
    for pair in raw.replace(b";", b"&").split(b"&"):
        for part in pair.split(b"=", 1):
            try:
                text = unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                raise BadInput(f"The {where} is not valid UTF-8 text.") from None
            _check_text(text, where)


def _check_body(request: HttpRequest, is_api: bool) -> None:
    content_type = (request.content_type or "").lower()
    if is_api:
        if content_type != "application/json":
            raise BadInput("Send the request body as JSON with the header Content-Type: application/json.")
        try:
            data = json.loads(request.body.decode("utf-8")) if request.body else None
        except UnicodeDecodeError:
            raise BadInput("The request body is not valid UTF-8.") from None
        except ValueError as exc:
            raise BadInput(f"The request body is not valid JSON ({exc}).") from None
        _check_json(data, "request body")
    elif content_type == "application/x-www-form-urlencoded":
        _check_urlencoded(request.body, "form")


def check_request(request: HttpRequest) -> None:
    is_api = request.path.startswith(API_PREFIX)
    _check_text(request.path, "address")
    _check_urlencoded(request.META.get("QUERY_STRING", "").encode("latin-1", "replace"), "query string")
    if (request.method, request.path) in API_WRITES or (not is_api and request.method in WRITE_METHODS):
        _check_body(request, is_api)


def cross_site_write(request: HttpRequest) -> str:
    """Why an API write that a browser sent from another site is refused ('' when it is not). The API has no
    CSRF token; browsers name the page's origin, so a script on another site cannot ask in a visitor's name."""
    if not request.path.startswith(API_PREFIX) or request.method not in WRITE_METHODS:
        return ""
    origin = request.META.get("HTTP_ORIGIN")
    if request.META.get("HTTP_SEC_FETCH_SITE") == "cross-site" or (
            origin and origin != f"{request.scheme}://{request.get_host()}"
            and origin not in settings.CSRF_TRUSTED_ORIGINS):
        return "Requests from other web sites may not write to the API."
    return ""


class RequestGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            check_request(request)
        except BadInput as bad:
            message = str(bad)
            if request.path.startswith(API_PREFIX):
                return JsonResponse({"detail": message}, status=400)
            return render(request, "error.html", {"title": "Bad request", "message": message}, status=400)
        cross_site = cross_site_write(request)
        if cross_site:
            return JsonResponse({"detail": cross_site}, status=403)
        limit = limits.limited(request)
        if limit is not None:
            return limits.too_many(request, limit)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """A database that is restarting or gone is a moment's unavailability, not a bug: 503 with Retry-After,
        so clients know nothing was saved and when to try again (a restarted PostgreSQL is back within seconds)."""
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.warning("database unavailable during %s %s: %s", request.method, request.path,
                       (str(exception).strip().splitlines() or [type(exception).__name__])[0])
        message = "The service is briefly unavailable and nothing was saved; please try again in a moment."
        response: HttpResponse
        if request.path.startswith(API_PREFIX):
            response = JsonResponse({"detail": message}, status=503)
        else:
            response = render(request, "error.html", {"title": "Try again in a moment", "message": message},
                              status=503)
        response["Retry-After"] = "5"
        return response


class TurnsMiddleware:
    """Writes and reads take turns in separate queues, so a burst of one never stands in front of the other.

    A burst of asks (issue 9's load test: 200 at once) used to occupy every web thread, and page readers waited
    behind all of them. Now at most ASKDOC_WEB_WRITERS write requests and ASKDOC_WEB_READERS read requests per
    process run at once, each queue in arrival order (their threads wait here, before any database work), and
    each request finishes in turn rather than all of them near the end of the burst (the running requests share
    one interpreter lock). Needs more threads than requests that may wait (ASKDOC_WEB_THREADS); 0 turns a queue off.

    While writes are in flight, reads start at most every ASKDOC_WEB_READ_GAP_MS per process: a cached page costs
    ~2-3 ms of CPU, and 50 readers loading pages back to back otherwise took two thirds of the CPU from the asks
    (1,540 page loads beside 200 asks; the asks' burst took twice as long). With the gap, readers keep a share
    (a page every 10 ms per process) and wait for it in their own queue, not behind the asks."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.writes = threading.Semaphore(settings.ASKDOC_WEB_WRITERS) if settings.ASKDOC_WEB_WRITERS > 0 else None
        self.reads = threading.Semaphore(settings.ASKDOC_WEB_READERS) if settings.ASKDOC_WEB_READERS > 0 else None
        self.read_gap = settings.ASKDOC_WEB_READ_GAP_MS / 1000
        self.lock = threading.Lock()
        self.writes_in_flight = 0
        self.next_read = 0.0

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in WRITE_METHODS:
            return self._write(request)
        if self.reads is None:
            return self.get_response(request)
        with self.reads:
            self._pace_read()
            return self.get_response(request)

    def _write(self, request: HttpRequest) -> HttpResponse:
        with self.lock:
            self.writes_in_flight += 1
        try:
            if self.writes is None:
                return self.get_response(request)
            with self.writes:
                return self.get_response(request)
        finally:
            with self.lock:
                self.writes_in_flight -= 1

    def _pace_read(self) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_read) if self.writes_in_flight else now
            self.next_read = start + self.read_gap
        if start > now:
            time.sleep(start - now)
