"""The moderators' operations dashboard: questions asked and answered per day and per department, median time to
first answer, the backlog and its oldest question, emergency flags; with server-rendered SVG bar charts and CSV.

Reads only. "Answered" is a question's publication (its first published answer); days are in settings.TIME_ZONE.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import median

from django.db.models import Count, Min, Q
from django.db.models.functions import TruncDate
from django.utils import timezone

from askdoc.qa.models import Department, Question

Status = Question.Status
WAITING = (Status.PENDING, Status.QUEUED, Status.CLAIMED)
DEFAULT_DAYS = 30
MAX_DAYS = 366
CHART_WIDTH, CHART_HEIGHT, CHART_TOP = 720, 160, 12


@dataclass
class Chart:
    """A bar chart already laid out for the template (no JavaScript, no library)."""

    title: str
    bars: list[dict] = field(default_factory=list)  # [{"x", "y", "width", "height", "label", "value"}]
    maximum: int = 0
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT


@dataclass
class Dashboard:
    days: int
    since: date
    per_day: list[dict]  # [{"day", "asked", "answered"}]
    per_department: list[dict]  # [{"department", "asked", "answered", "waiting", "median_hours"}]
    median_hours: float | None
    backlog: dict  # {"pending", "queued", "claimed", "total"}
    oldest_waiting: Question | None
    emergencies: int
    emergencies_waiting: list[Question]
    charts: list[Chart]


def _by_day(questions, field_name: str) -> dict[date, int]:
    rows = questions.annotate(day=TruncDate(field_name)).values("day").annotate(n=Count("pk"))
    return {row["day"]: row["n"] for row in rows}


def _hours(pairs) -> list[float]:
    return [(published - asked).total_seconds() / 3600 for asked, published in pairs if published >= asked]


def _chart(title: str, values: list[tuple[str, int]]) -> Chart:
    top = max((v for _, v in values), default=0)
    slot = CHART_WIDTH / max(len(values), 1)
    usable = CHART_HEIGHT - CHART_TOP
    bars = []
    for i, (label, value) in enumerate(values):
        height = round(usable * value / top, 1) if top else 0
        bars.append({"x": round(i * slot + slot * 0.1, 1), "width": round(slot * 0.8, 1),
                     "y": round(CHART_HEIGHT - height, 1), "height": height, "label": label, "value": value})
    return Chart(title=title, bars=bars, maximum=top)


def dashboard(*, days: int = DEFAULT_DAYS, now: datetime | None = None) -> Dashboard:
    days = min(max(int(days), 1), MAX_DAYS)
    now = now or timezone.now()
    today = timezone.localdate(now)
    since = today - timedelta(days=days - 1)
    start = timezone.make_aware(datetime.combine(since, datetime.min.time()))
    asked = Question.objects.filter(asked_at__gte=start, asked_at__lte=now)
    answered = Question.objects.filter(published_at__gte=start, published_at__lte=now)
    asked_by_day, answered_by_day = _by_day(asked, "asked_at"), _by_day(answered, "published_at")
    per_day: list[dict] = [{"day": day, "asked": asked_by_day.get(day, 0), "answered": answered_by_day.get(day, 0)}
               for day in (since + timedelta(days=n) for n in range(days))]
    hours = _hours(answered.values_list("asked_at", "published_at"))
    waiting = Question.objects.filter(status__in=WAITING)
    backlog: dict[str, int] = {str(status): waiting.filter(status=status).count() for status in WAITING}
    backlog["total"] = sum(backlog.values())
    emergencies = asked.filter(is_emergency=True)
    return Dashboard(
        days=days, since=since, per_day=per_day, per_department=_per_department(start, now),
        median_hours=round(median(hours), 1) if hours else None, backlog=backlog,
        oldest_waiting=waiting.select_related("department").order_by("asked_at", "pk").first(),
        emergencies=emergencies.count(),
        emergencies_waiting=list(emergencies.filter(status__in=WAITING).order_by("asked_at")[:20]),
        charts=[_chart("Asked per day", [(r["day"].isoformat(), r["asked"]) for r in per_day]),
                _chart("Answered per day", [(r["day"].isoformat(), r["answered"]) for r in per_day])],
    )


def _per_department(start: datetime, now: datetime) -> list[dict]:
    in_window = Q(questions__asked_at__gte=start, questions__asked_at__lte=now)
    published = Q(questions__published_at__gte=start, questions__published_at__lte=now)
    departments = Department.objects.annotate(
        asked=Count("questions", filter=in_window), answered=Count("questions", filter=published),
        waiting=Count("questions", filter=Q(questions__status__in=WAITING)),
        oldest=Min("questions__asked_at", filter=Q(questions__status__in=WAITING)),
    ).order_by("position", "name")
    times: dict[int, list] = {}
    rows = Question.objects.filter(published_at__gte=start, published_at__lte=now).values_list(
        "department_id", "asked_at", "published_at")
    for department_id, asked_at, published_at in rows:
        times.setdefault(department_id, []).append((asked_at, published_at))
    result = []
    for d in departments:
        hours = _hours(times.get(d.pk, []))
        result.append({"department": d, "asked": d.asked, "answered": d.answered, "waiting": d.waiting,
                       "oldest": d.oldest, "median_hours": round(median(hours), 1) if hours else None})
    return result


def csv_rows(board: Dashboard) -> list[list]:
    """The dashboard's numbers as rows: one block per day, then one per department."""
    rows: list[list] = [["day", "asked", "answered"]]
    rows += [[r["day"].isoformat(), r["asked"], r["answered"]] for r in board.per_day]
    rows += [[], ["department", "asked", "answered", "waiting now", "median hours to first answer"]]
    rows += [[r["department"].slug, r["asked"], r["answered"], r["waiting"],
              "" if r["median_hours"] is None else r["median_hours"]] for r in board.per_department]
    rows += [[], ["median hours to first answer", "" if board.median_hours is None else board.median_hours],
             ["waiting now", board.backlog["total"]], ["emergency flags", board.emergencies]]
    return rows
