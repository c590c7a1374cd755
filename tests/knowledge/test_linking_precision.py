"""Related FAQ and Similar Q&A leave out what a question only brushes against."""

from dataclasses import replace
from unittest import mock

from askdoc.knowledge import linking, services
from askdoc.knowledge.linking import mentioned_topics, similar_refresh, topics_refresh
from askdoc.qa.models import FaqTopic, LinkOrigin, Question, QuestionTopic, SimilarQuestion
from tests.knowledge.base import KnowledgeTestCase


class RelatedTopicPrecisionTests(KnowledgeTestCase):
    def setUp(self):
        super().setUp()
        self.alcohol = FaqTopic.objects.create(name="Alcohol", slug="alcohol", department=self.neurology,
                                               synonyms=["Drinking", "Alcohol use disorder"],
                                               origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        self.benign = FaqTopic.objects.create(name="Benign", slug="benign", department=self.neurology,
                                              origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        self.twitch = FaqTopic.objects.create(name="Muscle twitching", slug="muscle-twitching",
                                              department=self.neurology, origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        services.collection_rebuild(name="topics")

    def test_it_does_not_take_a_one_word_synonym_for_a_mention(self):
        self.assertNotIn(self.alcohol.pk, dict(mentioned_topics("I keep drinking water and coffee all day.")))
        self.assertIn(self.alcohol.pk, dict(mentioned_topics("My father has alcohol use disorder.")))
        self.assertIn(self.alcohol.pk, dict(mentioned_topics("Does alcohol make it worse?")))

    def test_it_finds_a_chinese_topic_name_written_without_spaces(self):
        tinnitus = FaqTopic.objects.create(name="Tinnitus", name_zh_hant="耳鳴", slug="tinnitus",
                                           department=self.neurology, origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        acne = FaqTopic.objects.create(name="Acne", name_zh_hant="青春痘（痤瘡）", slug="acne",
                                       department=self.neurology, origin=FaqTopic.Origin.KNOWLEDGE_BASE)
        self.assertEqual(dict(mentioned_topics("兩邊耳朵晚上嗡嗡叫，是耳鳴嗎？")), {tinnitus.pk: 1})
        self.assertIn(acne.pk, dict(mentioned_topics("額頭一直冒痤瘡")))
        self.assertEqual(mentioned_topics("耳朵嗡嗡叫"), [])

    def test_it_links_a_word_named_only_in_passing_by_the_reply_only_when_the_question_names_it(self):
        reply = "Muscle twitching without weakness is usually benign; sleep well and cut down on coffee."
        quiet = self.publish(body="My calf keeps twitching at night after my runs.", reply=reply)
        topics_refresh(question=quiet)
        linked = set(QuestionTopic.objects.filter(question=quiet).values_list("topic_id", flat=True))
        self.assertIn(self.twitch.pk, linked)  # a phrase of two words in the reply
        self.assertNotIn(self.benign.pk, linked)  # one word in passing
        asked = self.publish(body="Is my calf twitching benign or something worse?", reply=reply)
        topics_refresh(question=asked)
        self.assertIn(self.benign.pk, set(QuestionTopic.objects.filter(question=asked).values_list("topic_id",
                                                                                                      flat=True)))


class SimilarQuestionDepartmentTests(KnowledgeTestCase):
    def test_it_asks_more_of_a_question_from_another_department(self):
        text = "My two year old son has a fever and a runny nose for two days. Should we go to the hospital?"
        question = self.publish(body=text, reply="A fever with a runny nose is usually a virus.")
        same = self.publish(body="Our toddler has a fever for two days, should we go to the hospital?",
                            reply="Watch how the child drinks and plays.")
        other = self.publish(body="My wife has a fever and a runny nose, can she take paracetamol?",
                             reply="Paracetamol is fine while breastfeeding.", doctor=self.dr_heart)
        services.questions_index(questions=Question.objects.all())

        def linked(bar: float) -> set[int]:
            with mock.patch("askdoc.knowledge.linking.BLEND_BARS", replace(linking.BLEND_BARS, other=bar)):
                similar_refresh(question=question)
            return set(SimilarQuestion.objects.filter(question=question).values_list("similar_id", flat=True))

        self.assertEqual(linked(0.0) & {same.pk, other.pk}, {same.pk, other.pk})
        self.assertEqual(linked(1.0) & {same.pk, other.pk}, {same.pk})


class SimilarQuestionsTopicsTests(KnowledgeTestCase):
    def test_it_takes_each_similar_questions_own_topics_in_turn_and_not_what_they_borrowed(self):
        question = self.publish(body="My calf twitches.", reply="Usually benign.")
        first = self.publish(body="Eyelid twitching for a week.", reply="Sleep more.")
        second = self.publish(body="Muscle cramps at night.", reply="Stretch.")
        topic = {name: FaqTopic.objects.create(name=name, slug=name.lower(), department=self.neurology)
                 for name in ("Eyelid", "Caffeine", "Borrowed", "Cramp")}
        for i, (other, name, score, origin) in enumerate([
            (first, "Eyelid", 1.5, LinkOrigin.AUTOMATIC), (first, "Caffeine", 0.0, LinkOrigin.MODERATOR),
            (first, "Borrowed", 0.0, LinkOrigin.AUTOMATIC), (second, "Cramp", 0.6, LinkOrigin.AUTOMATIC),
        ]):
            QuestionTopic.objects.create(question=other, topic=topic[name], score=score, rank=i, origin=origin)
        SimilarQuestion.objects.create(question=question, similar=first, score=0.5, rank=0)
        SimilarQuestion.objects.create(question=question, similar=second, score=0.4, rank=1)
        found = [pk for pk, _ in linking._similar_questions_topics(question, set())]
        self.assertEqual(found, [topic["Eyelid"].pk, topic["Cramp"].pk, topic["Caffeine"].pk])
