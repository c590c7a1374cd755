"""API tokens in the admin: creating one shows its secret once; revoking keeps the row for the audit trail."""

from django import forms
from django.contrib import admin, messages

from askdoc.api.models import ApiToken
from askdoc.api.tokens import may_hold_token, token_create, token_revoke


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["user", "name"]

    def clean_user(self):
        user = self.cleaned_data["user"]
        if not may_hold_token(user):
            raise forms.ValidationError("Only doctors and moderators can have API tokens.")
        return user


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["user__username", "name", "prefix"]
    raw_id_fields = ["user"]
    form = ApiTokenForm
    actions = ["revoke"]

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def save_model(self, request, obj, form, change):
        token, secret = token_create(user=obj.user, name=obj.name, created_by=request.user)
        obj.pk = token.pk
        self.message_user(request, f"The new token (shown only now, copy it): {secret}", messages.WARNING)

    @admin.action(description="Revoke the selected tokens")
    def revoke(self, request, queryset):
        for token in queryset.select_related("user"):
            token_revoke(token=token, revoked_by=request.user)
        self.message_user(request, f"{queryset.count()} token(s) revoked.")
