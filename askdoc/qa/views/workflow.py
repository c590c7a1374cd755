"""What the workflow views share: a refusal shown in the site layout, and who may enter."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from askdoc.qa.permissions import is_moderator, verified_doctor

NOT_VERIFIED = gettext_lazy("Your licence is not verified yet. A moderator will check it soon; until then you cannot "
                           "see or answer questions.")


def refuse(request, message: str, status: int = 403, title: str = ""):
    context = {"title": title or _("Not allowed"), "message": message}
    return render(request, "qa/workflow/refused.html", context, status=status)


def moderators_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            return refuse(request, _("Only moderators can see the moderation queue."))
        return view(request, *args, **kwargs)

    return wrapper


def verified_doctors_only(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        doctor = verified_doctor(request.user)
        if doctor is None:
            is_doctor = getattr(request.user, "doctor", None) is not None
            return refuse(request, NOT_VERIFIED if is_doctor else _("Only verified doctors can use the doctors' desk."))
        return view(request, doctor, *args, **kwargs)

    return wrapper
