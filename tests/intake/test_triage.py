"""Department triage: signals, calibration shape, the quality floors on our own test set."""

from unittest import mock

from askdoc.intake import evaluation, triage
from askdoc.qa.models import Department, FaqTopic
from tests.base import AskdocTestCase


def best(text: str, **kwargs) -> str:
    return triage.rank_departments(text, use_retrieval=False, **kwargs).departments[0]["slug"]


class TriageTest(AskdocTestCase):
    def test_it_sends_a_young_childs_rash_to_pediatrics(self):
        self.assertEqual(best("My 4-year-old has a rash on her tummy", age_range="0~9", gender="female"),
                         "pediatrics")

    def test_it_sends_one_sided_numbness_to_neurology(self):
        self.assertEqual(best("Blurry vision and numbness on one side of my body", age_range="50~59"), "neurology")

    def test_it_sends_stiffness_once_the_cast_is_off_to_rehabilitation(self):
        self.assertEqual(best("The cast came off last week but my ankle is still stiff and I am still limping.",
                              age_range="30~39", gender="female"), "rehabilitation")

    def test_it_sends_a_question_about_taking_the_gallbladder_out_to_general_surgery(self):
        self.assertEqual(best("My gallstones keep flaring up. Do I need it out?", age_range="50~59", gender="female"),
                         "general-surgery")

    def test_it_sends_tooth_pain_to_dentistry(self):
        self.assertEqual(best("Terrible tooth pain when I drink something cold", age_range="30~39"), "dentistry")

    def test_it_ranks_every_department_with_scores_that_sum_to_one(self):
        ranking = triage.rank_departments("My knee hurts after running", use_retrieval=False)
        self.assertEqual(len(ranking.departments), 22)
        self.assertAlmostEqual(sum(d["score"] for d in ranking.departments), 1.0, places=2)
        scores = [d["score"] for d in ranking.departments]
        self.assertEqual(scores, sorted(scores, reverse=True))

    def test_it_has_no_best_department_without_evidence(self):
        ranking = triage.rank_departments("Hello?", use_retrieval=False)
        self.assertIsNone(ranking.best)
        self.assertLess(ranking.confidence, 0.5)

    def test_it_uses_the_departments_own_vocabulary(self):
        Department.objects.filter(slug="nephrology").update(vocabulary="zorblax syndrome")
        # The rules' part: the learned model has never seen the made-up word and may point elsewhere.
        ranking = triage.rank_departments("What is zorblax syndrome?", use_retrieval=False, use_learned=False)
        self.assertEqual(ranking.best, "nephrology")

    def test_it_uses_the_faq_topics_mentioned(self):
        topic = FaqTopic.objects.create(name="Quillfeather fever", slug="quillfeather",
                                        department=Department.objects.get(slug="infectious-diseases"))
        ranking = triage.rank_departments("Can quillfeather fever come back?", use_retrieval=False,
                                          topics=[(topic.slug, topic.name, "infectious-diseases")])
        self.assertEqual(ranking.departments[0]["slug"], "infectious-diseases")

    def test_it_uses_similar_answered_questions_and_survives_a_failing_engine(self):
        hit = mock.Mock(key="7", score=1.0, meta={"department": "urology"})
        with mock.patch("askdoc.retrieval.search", return_value=[hit] * 5):
            ranking = triage.rank_departments("something vague about feeling off", use_learned=False)
        self.assertEqual(ranking.departments[0]["slug"], "urology")
        with mock.patch("askdoc.retrieval.search", side_effect=RuntimeError("index missing")):
            self.assertEqual(triage.rank_departments("tooth pain").departments[0]["slug"], "dentistry")

    def test_it_leans_to_obstetrics_for_period_words_from_a_woman(self):
        self.assertEqual(best("My period is late and I have cramps", gender="female", age_range="20~29"),
                         "obstetrics-gynecology")


class TriageQualityTest(AskdocTestCase):
    def test_the_test_set_covers_every_department(self):
        rows = evaluation.load("triage_dev.jsonl") + evaluation.load("triage_heldout.jsonl")
        self.assertGreaterEqual(len(rows), 220)
        for slug in Department.objects.values_list("slug", flat=True):
            self.assertGreaterEqual(sum(r["department"] == slug for r in rows), 8, slug)

    def test_it_meets_the_floors_on_the_whole_test_set(self):
        rows = evaluation.load("triage_dev.jsonl") + evaluation.load("triage_heldout.jsonl")
        scores = evaluation.triage_scores(rows)
        self.assertGreaterEqual(scores["top1"], 0.80, scores["misses"])
        self.assertGreaterEqual(scores["top3"], 0.95, scores["misses"])

    def test_it_generalises_to_the_held_out_half(self):
        # The vocabulary was revised after reading the dev misses only; this half measures how far that
        # carries. Its own guard is looser on top-3 (see docs/intake.md for the measured numbers).
        scores = evaluation.triage_scores(evaluation.load("triage_heldout.jsonl"))
        self.assertGreaterEqual(scores["top1"], 0.80, scores["misses"])
        self.assertGreaterEqual(scores["top3"], 0.90, scores["misses"])
