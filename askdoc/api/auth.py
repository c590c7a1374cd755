"""Bearer authentication with a per-user API token (askdoc.api.tokens)."""

from django.http import HttpRequest
from ninja.security import HttpBearer

from askdoc.api.tokens import user_for_token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        user = user_for_token(token)
        if user is not None:
            # The services and permission checks read request.user, as on the pages.
            request.user = user
        return user
