from askdoc.knowledge import services
from askdoc.knowledge.linking import mentioned_topics, similar_refresh, topics_refresh
from askdoc.qa.models import FaqTopic, LinkOrigin, Question, QuestionTopic, SimilarQuestion
from tests.knowledge.base import KnowledgeTestCase

TWITCH = "My wrist twitches after lifting heavy boxes and the tendons contract. What might be happening?"


class SimilarQuestionTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.question = self.publish(body=TWITCH, reply="Probably tired muscles after lifting; rest the wrist.")
        self.similar = self.publish(body="My wrist twitches after lifting weights, is it the tendons?",
                                    reply="Muscle fatigue after lifting can make the wrist twitch.")
        self.copy_a = self.publish(body="Wrist twitches after lifting heavy boxes at work. What might be happening?",
                                   reply="Wrist twitches after lifting heavy boxes are usually fatigue.")
        self.copy_b = self.publish(body="wrist twitches after lifting heavy boxes at work - what might be happening??",
                                   reply="Wrist twitching after lifting heavy boxes is often from fatigue.")
        self.unrelated = self.publish(body="Which toothpaste is best for sensitive gums and bleeding?",
                                      reply="A soft brush and a fluoride toothpaste.")
        services.questions_index(questions=Question.objects.all())

    def links(self):
        return list(SimilarQuestion.objects.filter(question=self.question).order_by("rank"))

    def test_it_links_similar_questions_but_not_itself_nor_unrelated_ones(self):
        similar_refresh(question=self.question)
        linked = [link.similar for link in self.links()]
        self.assertIn(self.similar, linked)
        self.assertNotIn(self.question, linked)
        self.assertNotIn(self.unrelated, linked)
        self.assertTrue(all(link.origin == LinkOrigin.AUTOMATIC for link in self.links()))

    def test_it_keeps_one_of_near_identical_copies(self):
        similar_refresh(question=self.question)
        linked = [link.similar for link in self.links()]
        self.assertEqual(len({self.copy_a, self.copy_b} & set(linked)), 1)

    def test_it_skips_unpublished_questions(self):
        Question.objects.filter(pk=self.similar.pk).update(status=Question.Status.REMOVED)
        similar_refresh(question=self.question)
        self.assertNotIn(self.similar, [link.similar for link in self.links()])

    def test_it_keeps_moderator_links_first_and_replaces_only_automatic_ones(self):
        SimilarQuestion.objects.create(question=self.question, similar=self.unrelated, rank=0,
                                       origin=LinkOrigin.MODERATOR)
        similar_refresh(question=self.question)
        similar_refresh(question=self.question)
        links = self.links()
        self.assertEqual(links[0].similar, self.unrelated)
        self.assertEqual(links[0].origin, LinkOrigin.MODERATOR)
        self.assertEqual(len([x for x in links if x.similar == self.similar]), 1)


class RelatedTopicTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.neuro = self.neurology
        self.cramp = FaqTopic.objects.create(name="Muscle Cramp", slug="muscle-cramp", department=self.neuro,
                                             synonyms=["Charley horse"], origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        self.muscle = FaqTopic.objects.create(name="Muscle", slug="muscle", department=self.neuro)
        self.tremor = FaqTopic.objects.create(name="Tremor", slug="tremor", department=self.neuro)
        self.stones = FaqTopic.objects.create(name="Kidney stones", slug="kidney-stones", department=self.cardiology)
        services.collection_rebuild(name="topics")

    def test_it_finds_names_and_synonyms_as_whole_words_longest_first(self):
        found = dict(mentioned_topics("I get muscle cramps and a charley horse at night, no tremors in the tub."))
        self.assertIn(self.cramp.pk, found)
        self.assertIn(self.tremor.pk, found)
        # "muscle" is part of the longer "muscle cramps" match; "tub" is not "tuberculosis"-like partial.
        self.assertNotIn(self.muscle.pk, found)
        self.assertNotIn(self.stones.pk, found)

    def test_it_links_mentioned_topics_and_keeps_moderator_links(self):
        question = self.publish(body="I wake up with muscle cramps in my calf. Is it a tremor?",
                                reply="Night muscle cramps are common; stretch before bed.")
        QuestionTopic.objects.create(question=question, topic=self.stones, rank=0, origin=LinkOrigin.MODERATOR)
        topics_refresh(question=question)
        topics_refresh(question=question)
        links = list(QuestionTopic.objects.filter(question=question).order_by("rank"))
        self.assertEqual((links[0].topic, links[0].origin), (self.stones, LinkOrigin.MODERATOR))
        automatic = [x.topic for x in links if x.origin == LinkOrigin.AUTOMATIC]
        self.assertEqual(automatic[0], self.cramp)
        self.assertIn(self.tremor, automatic)
        self.assertLessEqual(len(links), 10)
        self.assertEqual(len(automatic), len(set(automatic)))

    def test_it_does_not_list_two_topics_with_the_same_name(self):
        FaqTopic.objects.create(name="tremor", slug="tremor-kb", department=self.neuro,
                                origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        services.collection_rebuild(name="topics")
        question = self.publish(body="My hands shake with a tremor when I hold a cup of tea.",
                                reply="A tremor when holding things is often essential tremor.")
        topics_refresh(question=question)
        names = [link.topic.name.casefold() for link in QuestionTopic.objects.filter(question=question)]
        self.assertEqual(names.count("tremor"), 1)
