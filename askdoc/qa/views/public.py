"""Placeholder views, replaced as the pages are written."""

from django.http import Http404


def home(request, *args, **kwargs):
    raise Http404


def question_detail(request, *args, **kwargs):
    raise Http404


def question_redirect(request, *args, **kwargs):
    raise Http404


def department_list(request, *args, **kwargs):
    raise Http404


def department_detail(request, *args, **kwargs):
    raise Http404


def topic_list(request, *args, **kwargs):
    raise Http404


def topic_detail(request, *args, **kwargs):
    raise Http404


def doctor_detail(request, *args, **kwargs):
    raise Http404

