"""Placeholder views, replaced as the pages are written."""

from django.http import Http404


def queue(request, *args, **kwargs):
    raise Http404


def review(request, *args, **kwargs):
    raise Http404

