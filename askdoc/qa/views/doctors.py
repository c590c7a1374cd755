"""Placeholder views, replaced as the pages are written."""

from django.http import Http404


def queue(request, *args, **kwargs):
    raise Http404


def answer(request, *args, **kwargs):
    raise Http404


def agree(request, *args, **kwargs):
    raise Http404

