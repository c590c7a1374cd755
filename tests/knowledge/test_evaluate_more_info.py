"""askdoc evaluate_more_info --score counts a sheet judged by hand; an unjudged source stops it."""

from unittest import TestCase

from django.core.management.base import CommandError

from askdoc.knowledge.management.commands.evaluate_more_info import score


def line(key: str, *judgements: bool | None) -> dict:
    return {"key": key, "sources": [{"title": f"t{i}", "about_focus": j} for i, j in enumerate(judgements)]}


class ScoreTests(TestCase):
    def test_a_question_passes_only_when_every_cited_source_is_about_its_focus(self):
        result = score([line("a", True, True), line("b", True, False), line("c")])
        self.assertEqual((result["questions"], result["with_card"], result["passed"]), (3, 2, 1))
        self.assertEqual(result["share_of_cards"], 0.5)
        self.assertAlmostEqual(result["share_all_no_card_failing"], 1 / 3)

    def test_an_unjudged_source_stops_the_count(self):
        with self.assertRaises(CommandError):
            score([line("a", True, None)])
