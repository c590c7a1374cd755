from askdoc.knowledge import tasks
from askdoc.knowledge.linking import similar_refresh
from askdoc.qa import services as qa
from askdoc.qa.models import LinkOrigin, Question, SimilarQuestion
from askdoc.retrieval import search
from tests.knowledge.base import KnowledgeTestCase

BODY = "My left eyelid keeps twitching for a week, mostly when I am tired. Should I worry about it?"


class EnrichmentTaskTests(KnowledgeTestCase):
    def answered(self) -> Question:
        question = qa.question_submit(nickname="Yucheng", age_range="10~19", gender="female", body=BODY)
        qa.question_analyse(question_id=question.pk)  # the task worker's part of the ask
        qa.question_approve(question=question, moderator=self.moderator, department="neurology")
        qa.question_claim(question=question, doctor=self.dr_lin)
        with self.captureOnCommitCallbacks(execute=True):
            qa.answer_publish(question=question, doctor=self.dr_lin,
                              body="Eyelid twitching with tiredness is usually harmless; sleep more and cut caffeine.")
        return question

    def test_it_indexes_a_question_when_it_is_published(self):
        question = self.answered()
        hits = search("questions", "eyelid twitching when tired", k=5)
        self.assertEqual(hits[0].key, str(question.pk))
        self.assertEqual(hits[0].meta, {"department": "neurology"})
        question.refresh_from_db()
        self.assertIn(question.more_info["status"], {"ok", "nothing_relevant"})

    def test_it_unindexes_a_removed_question_and_drops_its_automatic_links_only(self):
        question = self.answered()
        other = self.publish(body="My eyelid keeps twitching when I am tired, should I worry?",
                             reply="Rest and less caffeine usually help the eyelid.")
        tasks.enrich_question.enqueue(other.pk)
        similar_refresh(question=other)
        self.assertTrue(SimilarQuestion.objects.filter(question=other, similar=question).exists())
        SimilarQuestion.objects.create(question=question, similar=other, origin=LinkOrigin.MODERATOR)
        with self.captureOnCommitCallbacks(execute=True):
            qa.question_remove(question=question, moderator=self.moderator, reason="Duplicate.")
        self.assertNotIn(str(question.pk), [h.key for h in search("questions", "eyelid twitching tired", k=10)])
        self.assertFalse(SimilarQuestion.objects.filter(question=other, similar=question).exists())
        self.assertTrue(SimilarQuestion.objects.filter(question=question, origin=LinkOrigin.MODERATOR).exists())

    def test_it_can_run_twice_and_on_a_question_that_no_longer_exists(self):
        question = self.answered()
        tasks.enrich_question.enqueue(question.pk)
        tasks.enrich_question.enqueue(question.pk)
        self.assertEqual([h.key for h in search("questions", BODY, k=5)].count(str(question.pk)), 1)
        pk = question.pk
        question.delete()
        tasks.enrich_question.enqueue(pk)
        tasks.unindex_question.enqueue(pk)
        self.assertNotIn(str(pk), [h.key for h in search("questions", BODY, k=5)])

    def test_it_does_not_index_a_question_that_is_not_published(self):
        question = qa.question_submit(nickname="Yucheng", age_range="10~19", gender="female", body=BODY)
        tasks.enrich_question.enqueue(question.pk)
        self.assertEqual(search("questions", BODY, k=5), [])
