"""Creating, checking and revoking API tokens (writes are audited like the rest of the platform)."""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from askdoc.api.models import ApiToken
from askdoc.qa.errors import Refused
from askdoc.qa.models import AuditEvent
from askdoc.qa.permissions import is_moderator

TOKEN_PREFIX = "askdoc_"
# last_used_at is written at most this often per token, so a busy client does not write on every call.
LAST_USED_RESOLUTION_SECONDS = 60


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def may_hold_token(user) -> bool:
    """Doctors (verified or not: the services refuse an unverified one clearly) and moderators."""
    return user.is_active and (is_moderator(user) or getattr(user, "doctor", None) is not None)


@transaction.atomic
def token_create(*, user, name: str, created_by=None) -> tuple[ApiToken, str]:
    """A new token for user; returns it with the secret, which is not stored and cannot be shown again."""
    if not may_hold_token(user):
        raise Refused("Only doctors and moderators can have API tokens.", status=400)
    name = " ".join((name or "").split())[:100] or "API token"
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(user=user, name=name, prefix=secret[:12], digest=_digest(secret))
    actor = created_by or user
    AuditEvent.objects.create(actor=actor, actor_label=actor.get_username(), action="api_token_created",
                              target=f"API token {token.prefix}… of {user.get_username()}")
    return token, secret


@transaction.atomic
def token_revoke(*, token: ApiToken, revoked_by) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        AuditEvent.objects.create(actor=revoked_by, actor_label=revoked_by.get_username(), action="api_token_revoked",
                                  target=f"API token {token.prefix}… of {token.user.get_username()}")
    return token


def user_for_token(secret: str):
    """The active user a token belongs to, or None (unknown, revoked, or the account was deactivated)."""
    if not secret or not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    token = ApiToken.objects.select_related("user").filter(digest=_digest(secret), revoked_at=None).first()
    if token is None or not may_hold_token(token.user):
        return None
    now = timezone.now()
    if token.last_used_at is None or (now - token.last_used_at).total_seconds() > LAST_USED_RESOLUTION_SECONDS:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
