from django.conf import settings

from askdoc.qa.permissions import is_moderator, verified_doctor


def site(request):
    return {
        "site_name": settings.ASKDOC_SITE_NAME,
        "emergency_number": settings.ASKDOC_EMERGENCY_NUMBER,
        "is_moderator": is_moderator(request.user) if hasattr(request, "user") else False,
        # A callable: the template calls it (one COUNT) only on pages that show the doctors' menu.
        "desk_waiting": lambda: _desk_waiting(request),
    }


def _desk_waiting(request) -> int:
    from askdoc.qa.models import Question

    doctor = verified_doctor(request.user) if hasattr(request, "user") else None
    if doctor is None:
        return 0
    return Question.objects.filter(department_id=doctor.department_id, status=Question.Status.QUEUED).count()
