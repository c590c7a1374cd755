"""What must hold before askdoc serves the public; checked by askdoc/wsgi.py and `askdoc serve`."""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

CONSOLE_EMAIL = "django.core.mail.backends.console.EmailBackend"


def refuse_unsafe_production() -> None:
    if settings.DEBUG:
        return
    if settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY:
        raise ImproperlyConfigured(
            "DEBUG is off but SECRET_KEY is not set: set SECRET_KEY (or SECRET_KEY_FILE) to a long random value; "
            "`make run` writes one to the data folder's secret_key.")
    if settings.EMAIL_BACKEND == CONSOLE_EMAIL and not settings.EMAIL_BACKEND_EXPLICIT:
        raise ImproperlyConfigured(
            "DEBUG is off and EMAIL_BACKEND is the console backend, which would write askers' email addresses "
            "and private tracking links into the log: configure a real EMAIL_BACKEND (SMTP, or the file backend "
            "`make run` uses), or set EMAIL_BACKEND to the console backend explicitly to accept that.")
