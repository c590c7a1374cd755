from django.conf import settings

from askdoc.qa.permissions import is_moderator


def site(request):
    return {
        "site_name": settings.ASKDOC_SITE_NAME,
        "emergency_number": settings.ASKDOC_EMERGENCY_NUMBER,
        "is_moderator": is_moderator(request.user) if hasattr(request, "user") else False,
    }
