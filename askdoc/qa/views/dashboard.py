"""The moderators' operations dashboard (askdoc.qa.dashboard), as a page with SVG charts or as CSV."""

import csv

from django.http import HttpResponse
from django.shortcuts import render

from askdoc.qa.dashboard import DEFAULT_DAYS, MAX_DAYS, csv_rows, dashboard
from askdoc.qa.views.workflow import moderators_only

WINDOWS = [7, 30, 90, 365]


def _days(value) -> int:
    return int(value) if isinstance(value, str) and value.isdigit() and 1 <= int(value) <= MAX_DAYS else DEFAULT_DAYS


@moderators_only
def operations(request):
    board = dashboard(days=_days(request.GET.get("days")))
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="askdoc-operations-{board.days}-days.csv"'
        csv.writer(response).writerows(csv_rows(board))
        return response
    return render(request, "qa/workflow/dashboard.html", {"board": board, "windows": WINDOWS})
