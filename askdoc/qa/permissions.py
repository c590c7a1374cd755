"""Who may do what. Every refusal is a clear message (see askdoc.qa.errors.Refused)."""

from django.utils.translation import gettext as _

MODERATORS_GROUP = "moderators"


def is_moderator(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists()


def verified_doctor(user):
    """The user's verified doctor profile, or None."""
    if not user.is_authenticated:
        return None
    profile = getattr(user, "doctor", None)
    if profile is None or not profile.is_verified:
        return None
    return profile


def can_view_question(user, question) -> bool:
    """Published questions are public; the rest only for moderators and verified doctors of its department.

    The asker sees an unpublished question through the private tracking page, not here.
    """
    if question.status == question.Status.PUBLISHED:
        return True
    if is_moderator(user):
        return True
    if question.status == question.Status.REMOVED:
        return False
    doctor = verified_doctor(user)
    return doctor is not None and question.department_id is not None and doctor.department_id == question.department_id


def desk_refusal(question, doctor) -> str:
    """Why a verified doctor may not open this question on the desk (or through the API); "" when they may."""
    Status = question.Status
    if question.status == Status.PUBLISHED:
        return ""
    if question.status in (Status.PENDING, Status.REJECTED, Status.REMOVED):
        return _("This question is not open to doctors.")
    if question.department_id != doctor.department_id:
        return _("This question is for {department}; only its doctors can see it before it is published.").format(
            department=question.department.local_name)
    return ""
