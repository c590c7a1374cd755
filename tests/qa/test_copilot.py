"""The doctor's copilot on the answer page: triage, similar answered questions (with a link to insert), the sources
More Info would cite (with a citation to insert), and a live preview rendered like the public page."""

import tempfile
from io import StringIO
from pathlib import Path

from django.core.management import call_command

from askdoc.knowledge import services
from askdoc.qa.copilot import copilot_for
from askdoc.qa.models import Question
from tests.knowledge.base import SMALL_TREE, KnowledgeTestCase, write_tree


class CopilotTestCase(KnowledgeTestCase):
    """Three published questions close to a queued Neurology one, one unrelated, and MedQuAD's muscle cramps."""

    def setUp(self):
        super().setUp()
        call_command("import_medquad", str(write_tree(Path(tempfile.mkdtemp()), SMALL_TREE)),
                     stdout=StringIO(), stderr=StringIO(), verbosity=0)
        bodies = ["My wrist muscles cramp after lifting heavy boxes at the gym.",
                  "Muscle cramps in my hand and wrist twitch after I lift weights.",
                  "What causes muscle cramps and twitching in the forearm after heavy lifting?"]
        self.similar = [
            self.publish(title=f"Muscle cramps {n}", body=body,
                         reply="Muscle cramps after exercise usually come from tired muscles; stretch them.")
            for n, body in enumerate(bodies)
        ]
        self.unrelated = self.publish(body="Tinnitus: ears ring, quiet bedroom, sleepless.",
                                      reply="Ringing ears are often tinnitus; see an ENT doctor.")
        services.questions_index(questions=Question.objects.filter(status=Question.Status.PUBLISHED))
        self.queued = Question.objects.create(
            body="My wrist muscles cramp and twitch after lifting heavy boxes at the gym. What causes muscle cramps?",
            nickname="A", age_range="30~39", gender="female", department=self.neurology,
            status=Question.Status.QUEUED, triage=[{"slug": "neurology", "score": 0.93},
                                                   {"slug": "orthopedics", "score": 0.04}])


class CopilotTest(CopilotTestCase):
    def test_it_gathers_triage_similar_questions_and_sources(self):
        copilot = copilot_for(self.queued)
        self.assertEqual([t["slug"] for t in copilot.triage], ["neurology", "orthopedics"])
        self.assertEqual(copilot.confidence, 0.93)
        similar = [item["question"].pk for item in copilot.similar]
        self.assertEqual(sorted(similar[:3]), sorted(q.pk for q in self.similar))
        self.assertTrue(copilot.similar[0]["markdown"].startswith("[Muscle cramps"))
        self.assertIn("https://medlineplus.gov/musclecramps.html", [s["url"] for s in copilot.sources])
        self.assertEqual(copilot.sources[0]["markdown"],
                         "[MedlinePlus: Muscle Cramps](https://medlineplus.gov/musclecramps.html)")

    def test_the_desk_page_shows_it_to_the_department_doctors_only(self):
        self.login(self.dr_lin)
        page = self.client.get(f"/desk/{self.queued.pk}/")
        self.assertContains(page, "What askdoc knows about this question")
        self.assertContains(page, 'class="button secondary copilot-insert"', count=len(copilot_for(self.queued)
                                                                                          .similar) + 1)
        self.assertContains(page, "Insert a citation")
        self.login(self.dr_heart)
        self.assertEqual(self.client.get(f"/desk/{self.queued.pk}/").status_code, 403)

    def test_the_live_preview_renders_like_the_public_page(self):
        self.login(self.dr_lin)
        response = self.client.post(f"/desk/{self.queued.pk}/preview/", {"body": "Rest **a week**. <script>x</script>"})
        self.assertEqual(response.status_code, 200)
        html = response.json()["html"]
        self.assertIn("<strong>a week</strong>", html)
        self.assertNotIn("<script>", html)
        self.login(self.dr_heart)
        self.assertEqual(self.client.post(f"/desk/{self.queued.pk}/preview/", {"body": "x"}).status_code, 403)
        self.assertEqual(self.client.get(f"/desk/{self.queued.pk}/preview/").status_code, 405)
