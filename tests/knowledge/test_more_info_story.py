"""A condition named only in the story around the question (not in its titles or its main question) is a More
Info source only when a search on the question's own words finds it too: the asker's comorbidity is not, the
complaint the question is about is."""

from askdoc.knowledge.more_info import compose_more_info
from tests.knowledge.test_more_info import MoreInfoTestCase

# Neither the title nor the main question names a condition; the story names two.
TITLE = "Cramps in my wrist muscle after the gym"
STORY = ("I passed kidney stones last year and drink little water. My wrist muscles cramp after lifting heavy "
         "objects, and the muscle cramps last about an hour. Is there anything I can do about it at home?")
REPLY = "Stretch and massage the muscle, and drink enough water on training days."


def titles(more_info: dict) -> set[str]:
    return {source["title"] for source in more_info["sources"]}


class StorySourceTests(MoreInfoTestCase):
    def test_a_comorbidity_told_in_the_story_is_not_cited(self):
        cited = titles(compose_more_info(self.publish(title=TITLE, body=STORY, reply=REPLY)))
        self.assertNotIn("Kidney Stones in Adults", cited)

    def test_the_complaints_condition_told_in_the_story_is_cited(self):
        cited = titles(compose_more_info(self.publish(title=TITLE, body=STORY, reply=REPLY)))
        self.assertIn("Muscle Cramps", cited)

    def test_a_condition_the_story_names_and_the_question_asks_about_is_cited(self):
        body = ("Last year I passed kidney stones and the pain in my side was terrible. Now the same pain is back. "
                "What can I do to prevent the stones from coming back?")
        cited = titles(compose_more_info(self.publish(title="The pain in my side came back", body=body,
                                                      reply="Drink plenty of water and eat less salt.")))
        self.assertIn("Kidney Stones in Adults", cited)
