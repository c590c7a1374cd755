"""Per-user API tokens: doctors and moderators act through the API as themselves, with their own permissions.

Only a SHA-256 digest of a token is stored; the token itself is shown once, when it is created
(askdoc.api.tokens.token_create, `askdoc create_api_token`, or the admin)."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ApiToken(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, help_text="What the token is for, e.g. \"desk app on my phone\".")
    prefix = models.CharField(max_length=12, editable=False, help_text="The token's first characters, to tell "
                                                                       "tokens apart.")
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user}, {self.name})"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
