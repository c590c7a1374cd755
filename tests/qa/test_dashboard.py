"""The moderators' operations dashboard: asked and answered per day and per department, median time to first
answer, backlog and oldest waiting question, emergency flags; SVG charts and a CSV download; moderators only."""

import csv
import io
from datetime import timedelta

from django.utils import timezone

from askdoc.qa.dashboard import dashboard
from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f

Status = Question.Status


class DashboardTest(AskdocTestCase):
    def setUp(self):
        now = timezone.now()
        self.day = lambda n: now - timedelta(days=n)
        # Answered 2 h and 6 h after being asked (median 4 h); one neurology, one cardiology.
        f.make_published_question(self.neurology, self.dr_lin, asked_at=self.day(3),
                                  published_at=self.day(3) + timedelta(hours=2))
        f.make_published_question(self.cardiology, self.dr_heart, asked_at=self.day(2),
                                  published_at=self.day(2) + timedelta(hours=6))
        self.oldest = f.make_question(self.neurology, status=Status.QUEUED, asked_at=self.day(5), page_title="Old one")
        f.make_question(None, status=Status.PENDING, asked_at=self.day(1), is_emergency=True)
        f.make_question(self.neurology, status=Status.CLAIMED, asked_at=self.day(1))
        f.make_published_question(self.neurology, self.dr_lin, asked_at=self.day(60), published_at=self.day(59))

    def test_it_counts_the_window(self):
        board = dashboard(days=30)
        self.assertEqual(sum(r["asked"] for r in board.per_day), 5)
        self.assertEqual(sum(r["answered"] for r in board.per_day), 2)
        self.assertEqual(board.median_hours, 4.0)
        self.assertEqual(board.backlog, {"pending": 1, "queued": 1, "claimed": 1, "total": 3})
        self.assertEqual(board.oldest_waiting, self.oldest)
        self.assertEqual(board.emergencies, 1)
        neurology = next(r for r in board.per_department if r["department"] == self.neurology)
        self.assertEqual((neurology["asked"], neurology["answered"], neurology["waiting"], neurology["median_hours"]),
                         (3, 1, 2, 2.0))
        self.assertEqual(sum(r["answered"] for r in dashboard(days=90).per_day), 3)

    def test_the_page_draws_svg_charts_for_moderators_only(self):
        self.login(self.moderator)
        page = self.client.get("/moderation/dashboard/?days=7")
        self.assertContains(page, "<svg", count=2)
        self.assertContains(page, '<dd id="median-hours">4.0 hours</dd>', html=False)
        self.assertContains(page, "Old one")
        self.assertEqual(self.client.get("/moderation/dashboard/?days=abc").status_code, 200)
        for user in (self.dr_lin, self.stranger):
            self.login(user)
            self.assertEqual(self.client.get("/moderation/dashboard/").status_code, 403)

    def test_it_downloads_the_numbers_as_csv(self):
        self.login(self.moderator)
        response = self.client.get("/moderation/dashboard/?days=7&format=csv")
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        rows = list(csv.reader(io.StringIO(response.content.decode())))
        self.assertEqual(rows[0], ["day", "asked", "answered"])
        self.assertEqual(len([r for r in rows[1:8] if r]), 7)
        self.assertIn(["median hours to first answer", "4.0"], rows)
        self.assertIn(["neurology", "3", "1", "2", "2.0"], rows)
