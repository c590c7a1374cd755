"""More Info reads stored answer-sentence vectors instead of encoding the sentences for every question."""

from io import StringIO

from django.core.management import call_command

from askdoc.knowledge.models import KbPair
from askdoc.knowledge.more_info import compose_more_info
from askdoc.knowledge.sentences import answer_sentences
from askdoc.retrieval.encoder import get_encoder
from tests.knowledge.test_more_info import WRIST, WRIST_REPLY, MoreInfoTestCase


class SentenceVectorTests(MoreInfoTestCase):
    def answer_sentences(self) -> set[str]:
        return {s for answer in KbPair.objects.exclude(answer="").values_list("answer", flat=True)
                for s in answer_sentences(answer)}

    def test_it_stores_every_answer_sentence_once_at_import(self):
        # MoreInfoTestCase imported the small tree with the import command, which stores the sentences.
        out = StringIO()
        call_command("index_sentences", stdout=out, verbosity=0)
        self.assertIn("Stored the vectors of 0 new answer sentences", out.getvalue())

    def test_it_encodes_no_answer_sentence_when_composing(self):
        encoder = get_encoder()
        question = self.publish(body=WRIST, reply=WRIST_REPLY)
        encoder.encoded.clear()
        more_info = compose_more_info(question)
        self.assertEqual(more_info["status"], "ok")
        self.assertFalse(set(encoder.encoded) & self.answer_sentences())
        # The search query, the question and the reply: one call, three short texts.
        self.assertLessEqual(len(encoder.encoded), 3)

    def test_it_encodes_a_sentence_missing_from_the_store_once_and_keeps_it(self):
        from askdoc.knowledge.models import SentenceVector

        SentenceVector.objects.all().delete()
        encoder = get_encoder()
        question = self.publish(body=WRIST, reply=WRIST_REPLY)
        first = compose_more_info(question)
        self.assertTrue(SentenceVector.objects.exists())
        encoder.encoded.clear()
        second = compose_more_info(question)
        self.assertFalse(set(encoder.encoded) & self.answer_sentences())
        self.assertEqual(first["sections"], second["sections"])
