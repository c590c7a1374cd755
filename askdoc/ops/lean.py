"""The anonymous ask (`POST /api/questions`) skips the middleware that only pages need.

A burst of asks is issue 9's load test (200 at once): each ask's CPU decides how long the burst lasts. Sessions,
messages, authentication, static files and the pages' content policy do nothing for a JSON write that needs no
account (the API's own checks: the door in askdoc.ops.middleware refuses bad input, cross-site writes
and clients over their limits before any of these), and they cost ~0.3 ms of an ask's ~3.5 ms. Every other request
runs them as before.
"""

from csp.middleware import CSPMiddleware
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpRequest
from whitenoise.middleware import WhiteNoiseMiddleware

LEAN_ROUTES = {("POST", "/api/questions")}
HOOKS = ("process_view", "process_exception", "process_template_response")


def is_lean(request: HttpRequest) -> bool:
    return (request.method, request.path_info) in LEAN_ROUTES


class PageOnly:
    """Runs `wrapped` (a middleware class) for every request but the lean routes, which go straight through."""

    wrapped: type

    def __init__(self, get_response):
        self.get_response = get_response
        self.inner = self.wrapped(get_response)
        for hook in HOOKS:  # Django collects these hooks from the instance once, when it loads the middleware
            if hasattr(self.inner, hook):
                setattr(self, hook, self._unless_lean(getattr(self.inner, hook)))

    def __call__(self, request: HttpRequest):
        return self.get_response(request) if is_lean(request) else self.inner(request)

    @staticmethod
    def _unless_lean(hook):
        def call(request: HttpRequest, *args):
            return None if is_lean(request) else hook(request, *args)
        return call


def page_only(middleware: type) -> type:
    # A subclass too, so checks that look for the middleware (the admin's, Django's) still find it.
    return type(f"PageOnly{middleware.__name__}", (PageOnly, middleware), {"wrapped": middleware})


CSP = page_only(CSPMiddleware)
WhiteNoise = page_only(WhiteNoiseMiddleware)
Sessions = page_only(SessionMiddleware)
Authentication = page_only(AuthenticationMiddleware)
Messages = page_only(MessageMiddleware)
