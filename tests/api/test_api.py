"""The JSON API: the public pages' data, clear 4xx errors, and never a private field."""

import json

from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f


class ApiTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO)
        f.agree(self.question.answers.get(), self.dr_park)
        self.similar = f.make_published_question(self.neurology, self.dr_park, page_title="Hand Twitches")
        f.link_similar(self.question, self.similar)
        self.topic = f.make_topic("Muscle Twitching", self.neurology, synonyms=["fasciculation"])
        f.link_topic(self.question, self.topic)
        self.queued = f.make_question(self.neurology, status=Question.Status.QUEUED)
        self.heart = f.make_published_question(self.cardiology, self.dr_heart)

    def get_json(self, url: str, status: int = 200):
        response = self.client.get(url)
        self.assertEqual(response.status_code, status, response.content)
        return response.json()

    def test_it_lists_departments_with_answered_counts(self):
        data = {d["slug"]: d for d in self.get_json("/api/departments")}
        self.assertEqual(len(data), 22)
        self.assertEqual(data["neurology"]["answered_count"], 2)
        self.assertEqual(data["dentistry"]["answered_count"], 0)

    def test_it_shows_one_department_with_its_verified_doctors(self):
        data = self.get_json("/api/departments/neurology")
        self.assertEqual([d["slug"] for d in data["doctors"]], ["lin", "park"])
        self.assertEqual(self.get_json("/api/departments/nope", 404), {"detail": "No department 'nope'."})

    def test_it_pages_published_questions_and_filters_by_department(self):
        data = self.get_json("/api/questions")
        self.assertEqual(data["count"], 3)
        self.assertNotIn(self.queued.pk, [q["id"] for q in data["results"]])
        data = self.get_json("/api/questions?department=cardiology")
        self.assertEqual([q["id"] for q in data["results"]], [self.heart.pk])
        data = self.get_json("/api/questions?page_size=1&page=2")
        self.assertEqual((data["page"], data["pages"], len(data["results"])), (2, 3, 1))
        self.get_json("/api/questions?department=nope", 404)
        self.assertIn("detail", self.get_json("/api/questions?page=abc", 422))
        self.get_json("/api/questions?page_size=1000", 422)

    def test_it_gives_a_question_with_its_page_data(self):
        data = self.get_json(f"/api/questions/{self.question.pk}")
        self.assertEqual(data["asker"]["line"], "Yucheng, 10~19 year old female. Ask Date: 2020/03/26")
        self.assertEqual(data["answers"][0]["doctor"]["slug"], "lin")
        self.assertEqual([d["slug"] for d in data["answers"][0]["agreed_by"]], ["park"])
        self.assertEqual(data["more_info"]["sections"][0]["sentences"][1]["sources"], [1, 2])
        self.assertEqual(data["more_info"]["sources"][1]["name"], "NINDS")
        self.assertEqual([s["id"] for s in data["similar"]], [self.similar.pk])
        self.assertEqual(data["similar"][0]["doctor"]["slug"], "park")
        self.assertEqual(data["related_topics"][0]["slug"], "muscle-twitching")
        self.assertTrue(data["url"].endswith(self.question.get_absolute_url()))

    def test_it_answers_404_for_unpublished_and_missing_questions(self):
        for pk in [self.queued.pk, 999999]:
            self.assertEqual(self.get_json(f"/api/questions/{pk}", 404), {"detail": f"No published question {pk}."})
        self.get_json("/api/questions/abc", 422)

    def test_it_lists_and_shows_topics(self):
        data = self.get_json("/api/topics?letter=m")
        self.assertEqual([t["slug"] for t in data["results"]], ["muscle-twitching"])
        data = self.get_json("/api/topics/muscle-twitching")
        self.assertEqual(data["synonyms"], ["fasciculation"])
        self.assertEqual([q["id"] for q in data["questions"]], [self.question.pk])
        self.get_json("/api/topics/nope", 404)

    def test_it_shows_verified_doctors_only(self):
        data = self.get_json("/api/doctors/lin")
        self.assertTrue(data["licence_verified"])
        self.assertEqual([q["id"] for q in data["questions"]], [self.question.pk])
        self.get_json("/api/doctors/pending", 404)

    def test_it_answers_odd_parameters_with_a_4xx(self):
        for url in ["/api/topics?department=%00", "/api/questions?department=a%00", "/api/topics/a%00b",
                    "/api/doctors/a%00", "/api/departments/a%00", "/api/topics?letter=%00"]:
            self.assertIn("NUL character", self.get_json(url, 400)["detail"])
        self.assertIn("detail", self.get_json("/api/questions/99999999999999999999999", 404))
        self.get_json("/api/topics?letter=ab", 422)

    def test_it_never_leaks_private_fields(self):
        private = [self.question.email, self.question.tracking_token, "Secret Person", self.dr_lin.licence_number,
                   self.dr_lin.user.email]
        for url in ["/api/departments", "/api/departments/neurology", "/api/questions",
                    f"/api/questions/{self.question.pk}", "/api/topics", "/api/topics/muscle-twitching",
                    "/api/doctors/lin"]:
            text = json.dumps(self.get_json(url))
            for value in private:
                self.assertNotIn(value, text, url)
            for key in ["email", "tracking_token", "original_body", "original_title", "redactions", "licence_number"]:
                self.assertNotIn(f'"{key}"', text, url)

    def test_it_serves_the_openapi_docs(self):
        self.assertEqual(self.client.get("/api/docs").status_code, 200)
        schema = self.get_json("/api/openapi.json")
        self.assertIn("/api/questions/{question_id}", schema["paths"])
