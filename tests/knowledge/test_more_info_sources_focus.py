"""More Info's sources are what the question asks about: named by the question (not only by the reply), its
title's complaint before a comorbidity told in the body, and written for the asker's population."""

from askdoc.knowledge.more_info import compose_more_info
from tests.knowledge.test_more_info import WRIST, WRIST_REPLY, MoreInfoTestCase


def titles(more_info: dict) -> set[str]:
    return {source["title"] for source in more_info["sources"]}


class SourceFocusTests(MoreInfoTestCase):
    def test_a_condition_only_the_reply_names_is_not_a_source(self):
        reply = WRIST_REPLY + " Unlike kidney stones, they are harmless; drink enough water to prevent kidney stones."
        cited = titles(compose_more_info(self.publish(body=WRIST, reply=reply)))
        self.assertIn("Muscle Cramps", cited)
        self.assertNotIn("Kidney Stones in Adults", cited)

    def test_the_titles_complaint_comes_before_a_comorbidity_told_in_the_body(self):
        body = "I also have kidney stones and drink little water. " + WRIST
        cited = titles(compose_more_info(self.publish(title="Muscle cramps in my wrist", body=body,
                                                      reply=WRIST_REPLY)))
        self.assertIn("Muscle Cramps", cited)
        self.assertNotIn("Kidney Stones in Adults", cited)

    def test_a_page_for_adults_is_not_cited_for_a_child(self):
        question = self.publish(body="My 8-year-old son passed a kidney stone. How do I prevent kidney stones from "
                                     "coming back?", reply="Drink plenty of water and limit salt to prevent stones.")
        self.assertNotIn("Kidney Stones in Adults", titles(compose_more_info(question)))

    def test_the_same_question_from_an_adult_cites_it(self):
        question = self.publish(body="I am 45 and passed a kidney stone. How do I prevent kidney stones from "
                                     "coming back?", reply="Drink plenty of water and limit salt to prevent stones.")
        self.assertIn("Kidney Stones in Adults", titles(compose_more_info(question)))
