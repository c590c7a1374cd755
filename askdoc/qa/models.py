"""The platform's domain: departments, doctors, questions, answers, FAQ topics, the audit trail.

Writes go through askdoc.qa.services; reads through askdoc.qa.selectors.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _


def _in_interface_language(english: str, chinese: str) -> str:
    """The Chinese name on a Chinese page when there is one; the English name otherwise."""
    return chinese if chinese and (get_language() or "").startswith("zh") else english


class Language(models.TextChoices):
    """The language a question or answer is written in (askdoc.qa.languages detects it)."""

    ENGLISH = "en", "English"
    TRADITIONAL_CHINESE = "zh-hant", "中文（繁體）"


class Department(models.Model):
    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100, unique=True)
    name_zh_hant = models.CharField("name in Traditional Chinese", max_length=100, blank=True)
    description = models.TextField(blank=True)
    description_zh_hant = models.TextField("description in Traditional Chinese", blank=True)
    # Words patients use for this department's problems; one of the triage signals.
    vocabulary = models.TextField(blank=True, help_text="Comma-separated words and phrases.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("department", args=[self.slug])

    @property
    def local_name(self) -> str:
        return _in_interface_language(self.name, self.name_zh_hant)

    @property
    def local_description(self) -> str:
        return _in_interface_language(self.description, self.description_zh_hant)


class DoctorProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="doctor")
    slug = models.SlugField(max_length=120, unique=True)
    display_name = models.CharField(max_length=100)
    title = models.CharField(max_length=100, blank=True, help_text="e.g. Attending Physician")
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="doctors")
    hospital = models.CharField(max_length=200, blank=True)
    licence_number = models.CharField(max_length=60, blank=True)
    is_verified = models.BooleanField(default=False)
    bio = models.TextField(blank=True, max_length=2000)

    class Notify(models.TextChoices):
        IMMEDIATE = "immediate", "An email for each new question"
        DAILY = "daily", "One daily digest"
        NEVER = "never", "No email"

    # How the doctor hears of questions entering their department's queue (askdoc.qa.staff_notifications).
    notify = models.CharField(max_length=10, choices=Notify.choices, default=Notify.DAILY)
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return f"Dr. {self.display_name}"

    def get_absolute_url(self) -> str:
        return reverse("doctor", args=[self.slug])


class FaqTopic(models.Model):
    class Origin(models.TextChoices):
        MODERATOR = "moderator", "Written by a moderator"
        KNOWLEDGE_BASE = "knowledge_base", "Built from the knowledge base"

    name = models.CharField(max_length=200)
    name_zh_hant = models.CharField("name in Traditional Chinese", max_length=200, blank=True)
    slug = models.SlugField(max_length=220, unique=True)
    department = models.ForeignKey(Department, on_delete=models.PROTECT, related_name="topics")
    # True once a moderator chose the department; the knowledge-base importer then leaves it alone.
    department_locked = models.BooleanField(default=False)
    synonyms = models.JSONField(default=list, blank=True)
    description = models.TextField(blank=True)
    semantic_group = models.CharField(max_length=100, blank=True)
    origin = models.CharField(max_length=20, choices=Origin.choices, default=Origin.MODERATOR)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("topic", args=[self.slug])

    @property
    def local_name(self) -> str:
        return _in_interface_language(self.name, self.name_zh_hant)


def new_tracking_token() -> str:
    return secrets.token_urlsafe(24)


class Question(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        REJECTED = "rejected", _("Rejected")
        QUEUED = "queued", _("Waiting for a doctor")
        CLAIMED = "claimed", _("A doctor is answering")
        PUBLISHED = "published", _("Answered and published")
        REMOVED = "removed", _("Removed")

    class AgeRange(models.TextChoices):
        AGE_0 = "0~9", "0~9"
        AGE_10 = "10~19", "10~19"
        AGE_20 = "20~29", "20~29"
        AGE_30 = "30~39", "30~39"
        AGE_40 = "40~49", "40~49"
        AGE_50 = "50~59", "50~59"
        AGE_60 = "60~69", "60~69"
        AGE_70 = "70~79", "70~79"
        AGE_80 = "80+", "80+"

    class Gender(models.TextChoices):
        FEMALE = "female", _("female")
        MALE = "male", _("male")
        OTHER = "other", _("other")
        UNDISCLOSED = "undisclosed", _("prefer not to say")

    # What the public sees (after redaction and moderator edits).
    title = models.CharField(max_length=200, blank=True, help_text="The asker's own title, redacted.")
    page_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Descriptive title, e.g. \"Involuntary Wrist Twitches: Causes and Insights\".",
    )
    body = models.TextField()
    nickname = models.CharField(max_length=40)
    # The language the question is written in, and the asker's interface language (their emails use it).
    language = models.CharField(max_length=10, choices=Language.choices, default=Language.ENGLISH, db_index=True)
    asker_language = models.CharField(max_length=10, choices=Language.choices, default=Language.ENGLISH)
    age_range = models.CharField(max_length=5, choices=AgeRange.choices)
    gender = models.CharField(max_length=12, choices=Gender.choices)
    slug = models.SlugField(max_length=120, blank=True)
    # Where an imported or demo question came from, so re-running an import updates instead of duplicating.
    source = models.CharField(max_length=60, blank=True)
    external_id = models.CharField(max_length=120, blank=True)

    # Private: only the asker (through the tracking link) and moderators ever see these.
    email = models.EmailField(blank=True)
    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token)
    original_nickname = models.CharField(max_length=40, blank=True)
    original_title = models.CharField(max_length=200, blank=True)
    original_body = models.TextField(blank=True)
    redactions = models.JSONField(default=list, blank=True)  # [{"type", "start", "end", "text"}]
    original_purge_after = models.DateTimeField(null=True, blank=True)

    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="questions", null=True, blank=True
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True)
    rejection_reason = models.TextField(blank=True)
    is_emergency = models.BooleanField(default=False, db_index=True)
    emergency_reasons = models.JSONField(default=list, blank=True)
    triage = models.JSONField(default=list, blank=True)  # [{"slug", "score"}], best first
    # Set by the ask, cleared by the task worker when the intake analysis (triage, routing, the classifier's
    # emergency signs) has been applied: until then the question is neither routed nor approvable.
    analysis_pending = models.BooleanField(default=False, db_index=True)
    # Set by the ask, which stores only the originals; cleared by the worker's first step, which fills in what may
    # be public (title, question, nickname) with the identifiers taken out. Until then those fields are empty.
    redaction_pending = models.BooleanField(default=False)
    claimed_by = models.ForeignKey(
        DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True, related_name="claimed_questions"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    # The privacy gate: a person (the moderator who approved it, or for an auto-routed question the
    # answering doctor) looked at the redaction preview. Nothing is published before that.
    privacy_confirmed_at = models.DateTimeField(null=True, blank=True)
    privacy_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    asked_at = models.DateTimeField(default=timezone.now, db_index=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Filled by the knowledge engine, editable by moderators (see askdoc/knowledge/more_info.py):
    # {"sections": [{"heading", "sentences": [{"text", "source"}]}], "sources": [{"name", "url"}], ...}
    more_info = models.JSONField(default=dict, blank=True)
    similar = models.ManyToManyField(
        "self", through="SimilarQuestion", symmetrical=False, related_name="+", blank=True
    )
    topics = models.ManyToManyField(FaqTopic, through="QuestionTopic", related_name="questions", blank=True)

    class Meta:
        ordering = ["-published_at", "-asked_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"],
                condition=~models.Q(external_id=""),
                name="unique_question_external_id",
            )
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["department", "status", "-published_at"]),
        ]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        if self.slug:
            return reverse("question", args=[self.pk, self.slug])
        return reverse("question_bare", args=[self.pk])

    @property
    def display_title(self) -> str:
        if self.redaction_pending:
            return gettext("(being checked for personal details)")
        return self.page_title or self.title or self.body[:80]

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def privacy_confirmed(self) -> bool:
        return self.privacy_confirmed_at is not None

    def get_tracking_url(self) -> str:
        return reverse("track", args=[self.tracking_token])


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    doctor = models.ForeignKey(DoctorProfile, on_delete=models.PROTECT, related_name="answers")
    body = models.TextField(help_text="Markdown.")
    body_html = models.TextField(blank=True, editable=False)  # sanitised rendering of body
    language = models.CharField(max_length=10, choices=Language.choices, default=Language.ENGLISH)
    replied_at = models.DateTimeField(default=timezone.now)
    last_reviewed_at = models.DateTimeField(default=timezone.now)
    # The question's More Info sources when the doctor last reviewed the answer (see
    # askdoc.qa.selectors.source_keys); null when unknown, e.g. reviewed before More Info was composed.
    reviewed_sources = models.JSONField(null=True, blank=True)
    is_published = models.BooleanField(default=False)
    agreed_by = models.ManyToManyField(DoctorProfile, through="Agreement", related_name="agreed_answers")

    class Meta:
        ordering = ["replied_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["question", "doctor"], name="one_answer_per_doctor_per_question")
        ]

    def __str__(self) -> str:
        return f"{self.doctor} on #{self.question_id}"


class Agreement(models.Model):
    """A doctor's "I agree" on another doctor's answer."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE)
    doctor = models.ForeignKey(DoctorProfile, on_delete=models.CASCADE)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["answer", "doctor"], name="one_agreement_per_doctor")]

    def __str__(self) -> str:
        return f"{self.doctor} agrees with answer #{self.answer_id}"


class LinkOrigin(models.TextChoices):
    AUTOMATIC = "auto", "Found by the knowledge engine"
    MODERATOR = "moderator", "Set by a moderator"


class SimilarQuestion(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="similar_links")
    similar = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(default=0.0)
    rank = models.PositiveSmallIntegerField(default=0)
    origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.AUTOMATIC)

    class Meta:
        ordering = ["rank", "-score"]
        constraints = [models.UniqueConstraint(fields=["question", "similar"], name="unique_similar_link")]

    def __str__(self) -> str:
        return f"#{self.question_id} ~ #{self.similar_id}"


class QuestionTopic(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(FaqTopic, on_delete=models.CASCADE, related_name="question_links")
    score = models.FloatField(default=0.0)
    rank = models.PositiveSmallIntegerField(default=0)
    origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.AUTOMATIC)

    class Meta:
        ordering = ["rank", "-score"]
        constraints = [models.UniqueConstraint(fields=["question", "topic"], name="unique_topic_link")]

    def __str__(self) -> str:
        return f"#{self.question_id} -> {self.topic_id}"


class AuditEvent(models.Model):
    """Who changed what, when: every status change and edit."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    actor_label = models.CharField(max_length=150, help_text="Who, even after the account is gone.")
    action = models.CharField(max_length=40)
    question = models.ForeignKey(Question, on_delete=models.CASCADE, null=True, blank=True, related_name="audit")
    target = models.CharField(max_length=200, blank=True, help_text="What, when it is not a question.")
    changes = models.JSONField(default=dict, blank=True)  # {"field": [old, new]} or details

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"


class QuestionTranslation(models.Model):
    """A published Q&A in the other interface language, written by the optional LLM (askdoc.qa.translation).

    It is shown at the question's address with ?lang=<language>, marked as a machine translation until a
    doctor of the question's department approves it. A change of the original (source_digest) replaces it.
    """

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=10, choices=Language.choices)
    page_title = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    answers = models.JSONField(default=list, blank=True)  # [{"answer": pk, "body": Markdown}]
    source_digest = models.CharField(max_length=64, help_text="Digest of the original it translates.")
    model = models.CharField(max_length=100, blank=True, help_text="The LLM that wrote it.")
    created_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(DoctorProfile, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="approved_translations")
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["question", "language"], name="one_translation_per_language")]

    def __str__(self) -> str:
        return f"#{self.question_id} in {self.language}"

    def get_absolute_url(self) -> str:
        return f"{self.question.get_absolute_url()}?lang={self.language}"


class FollowUp(models.Model):
    """The one follow-up question an asker may add to their answered question (through the tracking page),
    answered by the doctor who answered first. Public once answered, redacted like the question."""

    question = models.OneToOneField(Question, on_delete=models.CASCADE, related_name="follow_up")
    body = models.TextField(help_text="Redacted; what is published.")
    original_body = models.TextField(blank=True)  # private, like Question.original_body
    redactions = models.JSONField(default=list, blank=True)
    asked_at = models.DateTimeField(default=timezone.now)
    answer_body = models.TextField(blank=True, help_text="Markdown.")
    answer_html = models.TextField(blank=True, editable=False)
    answered_by = models.ForeignKey(DoctorProfile, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="follow_ups_answered")
    answered_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Follow-up on #{self.question_id}"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
