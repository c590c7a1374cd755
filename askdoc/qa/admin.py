"""Django admin for everything in askdoc.qa.

Moderators are staff users in the "moderators" group; migration 0003 gives that group the model
permissions it needs (departments, topics, links, doctor verification; questions and the audit trail
read-only). The moderation workflow itself lives in the moderation pages, which record the audit trail.
"""

from django import forms
from django.contrib import admin

from askdoc.qa import services
from askdoc.qa.errors import Refused
from askdoc.qa.models import (
    Agreement,
    Answer,
    AuditEvent,
    Department,
    DoctorProfile,
    FaqTopic,
    FollowUp,
    Question,
    QuestionTopic,
    QuestionTranslation,
    SimilarQuestion,
)


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["name", "name_zh_hant", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_zh_hant", "slug", "description", "vocabulary"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(DoctorProfile)
class DoctorProfileAdmin(admin.ModelAdmin):
    list_display = ["display_name", "department", "hospital", "is_verified"]
    list_filter = ["is_verified", "department"]
    search_fields = ["display_name", "slug", "hospital", "licence_number", "user__username", "user__email"]
    list_select_related = ["department"]
    raw_id_fields = ["user"]
    actions = ["mark_verified"]

    @admin.action(description="Mark the selected doctors as verified")
    def mark_verified(self, request, queryset):
        for doctor in queryset:
            services.doctor_verify(doctor=doctor, moderator=request.user)
        self.message_user(request, f"{queryset.count()} doctor(s) verified.")

    def save_model(self, request, obj, form, change):
        # Verification goes through the service (audit trail); everything else is a plain profile edit.
        verified = obj.is_verified
        if change and "is_verified" in form.changed_data:
            obj.is_verified = form.initial.get("is_verified", not verified)
        super().save_model(request, obj, form, change)
        if change and "is_verified" in form.changed_data:
            services.doctor_verify(doctor=obj, moderator=request.user, verified=verified)
            obj.is_verified = verified


@admin.register(FaqTopic)
class FaqTopicAdmin(admin.ModelAdmin):
    list_display = ["name", "name_zh_hant", "department", "origin", "department_locked"]
    list_filter = ["origin", "department_locked", "department"]
    search_fields = ["name", "name_zh_hant", "slug", "description"]
    list_select_related = ["department"]
    prepopulated_fields = {"slug": ["name"]}


class AnswerInline(admin.StackedInline):
    model = Answer
    extra = 0
    raw_id_fields = ["doctor"]
    fields = ["doctor", "body", "is_published", "replied_at", "last_reviewed_at"]


class QuestionTopicInline(admin.TabularInline):
    model = QuestionTopic
    extra = 0
    raw_id_fields = ["topic"]
    fields = ["topic", "rank", "score", "origin"]


class SimilarQuestionInline(admin.TabularInline):
    model = SimilarQuestion
    fk_name = "question"
    extra = 0
    raw_id_fields = ["similar"]
    fields = ["similar", "rank", "score", "origin"]


class QuestionAdminForm(forms.ModelForm):
    """The admin builds the fields; this adds the workflow's rule for a status set by hand."""

    def clean_status(self):
        status = self.cleaned_data["status"]
        if self.instance.pk is not None:
            try:
                services.question_admin_check(question=Question.objects.get(pk=self.instance.pk), status=status)
            except Refused as refused:
                raise forms.ValidationError(refused.message) from None
        return status


def _changes(form) -> dict[str, list]:
    return {name: [form.initial.get(name), form.cleaned_data.get(name)] for name in form.changed_data}


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["pk", "display_title", "department", "status", "is_emergency", "asked_at", "published_at"]
    list_display_links = ["pk", "display_title"]
    list_filter = ["status", "is_emergency", "language", "department"]
    search_fields = ["title", "page_title", "body", "nickname"]
    list_select_related = ["department"]
    date_hierarchy = "asked_at"
    raw_id_fields = ["claimed_by"]
    readonly_fields = ["tracking_token", "asked_at", "updated_at", "original_purge_after", "redactions"]
    inlines = [AnswerInline, QuestionTopicInline, SimilarQuestionInline]
    show_full_result_count = False  # a COUNT(*) over every question on each changelist view is wasted work

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        changed = {id(f.instance): f.changed_data for f in formset.forms}
        for instance in instances:
            if formset.model is Answer:
                services.answer_admin_save(answer=instance, moderator=request.user,
                                           changed=changed.get(id(instance), []))
            else:
                instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()

    def save_model(self, request, obj, form, change):
        if not change:
            super().save_model(request, obj, form, change)
            return
        services.question_admin_save(question=obj, moderator=request.user, changed=_changes(form))


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["pk", "question", "doctor", "is_published", "replied_at"]
    list_filter = ["is_published", "doctor__department"]
    search_fields = ["body", "doctor__display_name"]
    list_select_related = ["question", "doctor"]
    raw_id_fields = ["question", "doctor"]
    readonly_fields = ["body_html", "language"]

    def save_model(self, request, obj, form, change):
        services.answer_admin_save(answer=obj, moderator=request.user, changed=form.changed_data)


@admin.register(FollowUp)
class FollowUpAdmin(admin.ModelAdmin):
    """Follow-ups are asked on the tracking page and answered on the desk (audited there); the admin is for
    a moderator's privacy edit of the published text."""

    list_display = ["question", "asked_at", "answered_by", "answered_at"]
    list_select_related = ["question", "answered_by"]
    raw_id_fields = ["question", "answered_by"]
    readonly_fields = ["original_body", "redactions"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["answer", "doctor", "created_at"]
    raw_id_fields = ["answer", "doctor"]
    list_select_related = ["answer__doctor", "doctor"]


@admin.register(SimilarQuestion)
class SimilarQuestionAdmin(admin.ModelAdmin):
    list_display = ["question", "similar", "rank", "score", "origin"]
    list_filter = ["origin"]
    raw_id_fields = ["question", "similar"]
    list_select_related = ["question", "similar"]


@admin.register(QuestionTopic)
class QuestionTopicAdmin(admin.ModelAdmin):
    list_display = ["question", "topic", "rank", "score", "origin"]
    list_filter = ["origin"]
    raw_id_fields = ["question", "topic"]
    list_select_related = ["question", "topic"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The audit trail is evidence: nobody edits or deletes it through the admin."""

    list_display = ["at", "actor_label", "action", "question", "target"]
    list_filter = ["action"]
    search_fields = ["actor_label", "action", "target"]
    date_hierarchy = "at"
    raw_id_fields = ["question"]

    def get_readonly_fields(self, request, obj=None):
        return [f.name for f in self.model._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(QuestionTranslation)
class QuestionTranslationAdmin(admin.ModelAdmin):
    list_display = ["question", "language", "model", "created_at", "approved_by", "approved_at"]
    list_filter = ["language"]
    raw_id_fields = ["question", "approved_by"]
    readonly_fields = ["source_digest", "model", "created_at"]
