"""Who sees which question, the redirects to the canonical URL, and the other public pages."""

from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f


class QuestionVisibilityTest(AskdocTestCase):
    def setUp(self):
        self.queued = f.make_question(self.neurology, status=Question.Status.QUEUED, page_title="Waiting question")
        self.removed = f.make_question(self.neurology, status=Question.Status.REMOVED, page_title="Removed question")
        self.published = f.make_published_question(self.neurology, self.dr_lin)

    def status_for(self, viewer, question) -> int:
        self.client.logout()
        if viewer is not None:
            self.login(viewer)
        return self.client.get(question.get_absolute_url()).status_code

    def test_it_shows_a_published_question_to_everybody(self):
        for viewer in [None, self.stranger, self.moderator, self.dr_heart, self.dr_pending]:
            self.assertEqual(self.status_for(viewer, self.published), 200)

    def test_it_shows_an_unpublished_question_to_moderators_and_its_department_doctors(self):
        for viewer in [self.moderator, self.dr_park, self.dr_lin]:
            self.assertEqual(self.status_for(viewer, self.queued), 200)
        self.login(self.moderator)
        response = self.client.get(self.queued.get_absolute_url())
        self.assertContains(response, "Not published — status: Waiting for a doctor")
        self.assertContains(response, '<meta name="robots" content="noindex">')

    def test_it_hides_an_unpublished_question_from_everybody_else(self):
        for viewer in [None, self.stranger, self.dr_heart, self.dr_pending]:
            self.assertEqual(self.status_for(viewer, self.queued), 404, viewer)

    def test_it_hides_a_removed_question_from_the_public_and_doctors(self):
        for viewer in [None, self.stranger, self.dr_lin]:
            self.assertEqual(self.status_for(viewer, self.removed), 404)

    def test_it_redirects_the_bare_and_the_wrong_slug_url_to_the_canonical_one(self):
        canonical = self.published.get_absolute_url()
        for url in [f"/q/{self.published.pk}/", f"/q/{self.published.pk}-some-old-slug/"]:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 301)
            self.assertEqual(response["Location"], canonical)

    def test_it_does_not_reveal_a_hidden_question_through_a_redirect(self):
        self.assertEqual(self.client.get(f"/q/{self.queued.pk}/").status_code, 404)

    def test_it_answers_odd_addresses_and_parameters_without_an_error(self):
        cases = {
            "/q/99999999999999999999999/": 404, "/q/99999999999999999999999-x/": 404,
            # NUL is refused at the door with a clear 400 (askdoc/ops/middleware.py).
            "/topics/?letter=%00": 400, "/topics/?department=%00": 400, "/topics/?letter=%3Cscript%3E": 200,
            "/department/neurology/?page=%00": 400, "/department/neurology/?page=99999999999999999999": 200,
        }
        for url, status in cases.items():
            self.assertEqual(self.client.get(url).status_code, status, url)

    def test_it_answers_a_friendly_404_in_the_site_layout(self):
        for url in [f"/q/{self.queued.pk}-{self.queued.slug}/", "/q/999999/", "/department/nope/",
                    "/topic/nope/", "/doctor/nope/"]:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 404)
            self.assertContains(response, "Page not found", status_code=404)
            self.assertContains(response, "Skip to content", status_code=404)
            self.assertNotContains(response, "Traceback", status_code=404)


class OtherPublicPagesTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, page_title="Wrist Twitches Explained")
        f.make_question(self.neurology, status=Question.Status.QUEUED, page_title="Still waiting")
        self.topic = f.make_topic("Muscle Twitching", self.neurology, synonyms=["fasciculation"],
                                  description="Small, involuntary muscle contractions.")
        f.link_topic(self.question, self.topic)

    def test_it_shows_latest_answered_departments_search_and_ask_on_home(self):
        response = self.client.get("/")
        self.assertContains(response, "Wrist Twitches Explained")
        self.assertNotContains(response, "Still waiting")
        self.assertContains(response, "About a week ago my wrist")
        self.assertContains(response, '<a href="/department/neurology/">Neurology</a> <span class="muted">(1 answered)')
        self.assertContains(response, '<form method="get" action="/search/"')
        self.assertContains(response, 'name="q"')
        self.assertContains(response, 'href="/ask/">Ask a doctor</a> — no account needed')

    def test_it_lists_the_departments_with_answered_counts(self):
        response = self.client.get("/departments/")
        self.assertContains(response, "Cardiology")
        self.assertContains(response, "1 answered question<")

    def test_it_shows_a_departments_questions_topics_and_verified_doctors(self):
        response = self.client.get("/department/neurology/")
        self.assertContains(response, "Wrist Twitches Explained")
        self.assertContains(response, '<a href="/topic/muscle-twitching/">Muscle Twitching</a>')
        self.assertContains(response, "Dr. Lin Mei")
        self.assertNotContains(response, "Pending Pat")
        self.assertNotContains(self.client.get("/department/cardiology/"), "Wrist Twitches Explained")

    def test_it_paginates_a_department_and_survives_a_bad_page_number(self):
        for i in range(25):
            f.make_published_question(self.cardiology, self.dr_heart, page_title=f"Heart question {i:02d}")
        first = self.client.get("/department/cardiology/")
        self.assertContains(first, "Page 1 of 2")
        self.assertContains(self.client.get("/department/cardiology/?page=2"), "Page 2 of 2")
        self.assertEqual(self.client.get("/department/cardiology/?page=abc").status_code, 200)

    def test_it_filters_the_topic_index_by_letter_and_department(self):
        f.make_topic("Arrhythmia", self.cardiology)
        response = self.client.get("/topics/?letter=m")
        self.assertContains(response, "Muscle Twitching")
        self.assertNotContains(response, "Arrhythmia")
        response = self.client.get("/topics/?department=cardiology")
        self.assertContains(response, "Arrhythmia")
        self.assertNotContains(response, "Muscle Twitching")

    def test_it_shows_a_topic_with_its_synonyms_and_questions(self):
        response = self.client.get("/topic/muscle-twitching/")
        self.assertContains(response, "<h1>Muscle Twitching</h1>", html=True)
        self.assertContains(response, "fasciculation")
        self.assertContains(response, "Small, involuntary muscle contractions.")
        self.assertContains(response, "Wrist Twitches Explained")

    def test_it_shows_a_verified_doctor_without_the_licence_number(self):
        response = self.client.get("/doctor/lin/")
        self.assertContains(response, "Dr. Lin Mei")
        self.assertContains(response, "Licence verified")
        self.assertContains(response, "Fictional General Hospital")
        self.assertContains(response, "Wrist Twitches Explained")
        self.assertNotContains(response, self.dr_lin.licence_number)

    def test_it_has_no_profile_for_an_unverified_doctor(self):
        self.assertEqual(self.client.get("/doctor/pending/").status_code, 404)

    def test_it_never_shows_private_fields_on_public_pages(self):
        private = [self.question.email, self.question.tracking_token, "Secret Person"]
        for url in [self.question.get_absolute_url(), "/", "/department/neurology/", "/topic/muscle-twitching/"]:
            html = self.client.get(url).content.decode()
            for value in private:
                self.assertNotIn(value, html, url)


class FaviconTest(AskdocTestCase):
    def test_pages_name_an_icon_and_the_default_icon_url_leads_to_it(self):
        from django.contrib.staticfiles import finders

        self.assertContains(self.client.get("/"), 'rel="icon"')
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response["Location"].endswith("askdoc/favicon.svg"))
        self.assertIsNotNone(finders.find("askdoc/favicon.svg"))
