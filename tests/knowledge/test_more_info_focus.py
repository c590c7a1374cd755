"""More Info cites only sources about the question's own focus; `askdoc more_info_sources` lists them."""

import json
from io import StringIO

from django.core.management import call_command

from askdoc.knowledge.more_info import compose_more_info
from tests.knowledge.test_more_info import WRIST, WRIST_REPLY, MoreInfoTestCase

ASIDE = "My father had kidney stones and was told how to prevent kidney stones in adults. "


class MoreInfoFocusTests(MoreInfoTestCase):
    def test_a_relatives_condition_told_in_passing_is_never_a_source(self):
        more_info = compose_more_info(self.publish(body=ASIDE + WRIST, reply=WRIST_REPLY))
        titles = {source["title"] for source in more_info["sources"]}
        self.assertIn("Muscle Cramps", titles)
        self.assertNotIn("Kidney Stones in Adults", titles)

    def test_the_same_condition_asked_about_is_a_source(self):
        question = self.publish(body="I passed a kidney stone last year. How do I prevent kidney stones from coming "
                                     "back?", reply="Drink plenty of water and limit salt to prevent new stones.")
        titles = {source["title"] for source in compose_more_info(question)["sources"]}
        self.assertIn("Kidney Stones in Adults", titles)

    def test_the_command_lists_each_questions_focus_and_cited_sources(self):
        self.publish(body=ASIDE + WRIST, reply=WRIST_REPLY)
        self.publish(body=WRIST, reply=WRIST_REPLY)
        out = StringIO()
        call_command("more_info_sources", "--count", "2", stdout=out)
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        self.assertEqual(len(rows), 2)
        for row in rows:
            self.assertEqual(row["question_type"], "causes")
            self.assertIn({"title": "Muscle Cramps", "qtype": "information"}, row["sources"])
            self.assertNotIn("Kidney Stones in Adults", [s["title"] for s in row["sources"]])
