"""robots.txt (the sitemap and feeds are Django's own views, set up in askdoc/qa/urls.py)."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import cache_control

from askdoc.qa.discovery import robots_txt


@cache_control(max_age=3600, public=True)
def robots(request: HttpRequest) -> HttpResponse:
    return HttpResponse(robots_txt(), content_type="text/plain; charset=utf-8")
