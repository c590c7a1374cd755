"""Placeholder views, replaced as the pages are written."""

from django.http import Http404


def ask(request, *args, **kwargs):
    raise Http404


def track(request, *args, **kwargs):
    raise Http404

