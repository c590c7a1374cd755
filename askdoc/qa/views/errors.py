"""Error pages: a clear message in the site's layout, never a stack trace."""

from django.shortcuts import render
from django.utils.translation import gettext as _


def bad_request(request, exception=None):
    context = {"title": _("Bad request"), "message": _("The request could not be understood.")}
    return render(request, "error.html", context, status=400)


def forbidden(request, exception=None):
    message = str(exception) if exception and str(exception) else _("You are not allowed to see this page.")
    context = {"title": _("Not allowed"), "message": message}
    return render(request, "error.html", context, status=403)


def not_found(request, exception=None):
    context = {"title": _("Page not found"), "message": _("There is no page at this address.")}
    return render(request, "error.html", context, status=404)


def server_error(request):
    context = {"title": _("Something went wrong"),
               "message": _("Please try again in a moment. Nothing you saved was lost.")}
    return render(request, "error.html", context, status=500)


def csrf_failure(request, reason=""):
    # Django's own CSRF page is a bare developer page; askers hitting it (an expired form) need a next step.
    context = {
        "title": _("Your form could not be sent"),
        "message": _("The form expired or came from another site. Go back, reload the page and send it again."),
    }
    return render(request, "error.html", context, status=403)
