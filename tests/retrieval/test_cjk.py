import pytest

from askdoc.retrieval import Document, search, suggest, upsert
from askdoc.retrieval.lexical import tokenize
from tests.retrieval.base import RetrievalTestCase, on_postgres

# Traditional Chinese questions beside English ones; the hashing test encoder gives CJK text no dense
# signal, so these rankings come from the lexical side alone.
CHINESE = {
    "wrist-cramp": ("我的手腕常常抽筋，晚上更嚴重，該怎麼辦？", "neurology"),
    "calf-cramp": ("游泳時小腿抽筋是缺鈣嗎？", "neurology"),
    "wrist-pain": ("打字太久手腕疼痛，需要看醫生嗎？", "neurology"),
    "palpitations-zh": ("晚上心跳很快，有時候會漏跳一拍", "cardiology"),
    "headache-zh": ("頭痛伴隨噁心，怕光，是偏頭痛嗎？", "neurology"),
}


def test_chinese_text_is_indexed_as_characters_and_character_pairs():
    assert tokenize("手腕抽筋") == ["手", "腕", "抽", "筋", "手腕", "腕抽", "抽筋"]
    assert tokenize("Wrist 手腕 cramps") == ["wrist", "cramp", "手", "腕", "手腕"]


class ChineseSearchTests(RetrievalTestCase):
    def setUp(self):
        super().setUp()
        self.index_questions()
        upsert("questions", [Document(key, text, {"department": dept}) for key, (text, dept) in CHINESE.items()])

    def test_traditional_chinese_queries_find_their_question_first(self):
        for query, expected in [("手腕 抽筋", "wrist-cramp"), ("心跳 漏跳", "palpitations-zh"),
                                ("偏頭痛 噁心", "headache-zh")]:
            with self.subTest(query=query):
                hits = search("questions", query, k=3)
                self.assertEqual(hits[0].key, expected)
                self.assertGreater(hits[0].lexical, 0)

    def test_a_chinese_query_is_not_spelling_corrected(self):
        self.assertIsNone(suggest("questions", "手腕抽经"))
        self.assertEqual(search("questions", "手腕抽经", k=1, fuzzy=True)[0].key, "wrist-cramp")


ChineseSearchTestsOnPostgres = on_postgres(ChineseSearchTests)


def minilm():
    """all-MiniLM-L6-v2 itself (the process's one instance), as production searches: its vectors for Chinese
    text carry little meaning, and the blend must still put each question first."""
    from askdoc.retrieval import encoder

    return encoder._default


@pytest.mark.slow
class ChineseSearchWithTheRealEncoderTests(ChineseSearchTests):
    encoder_class = staticmethod(minilm)


ChineseSearchWithTheRealEncoderTestsOnPostgres = on_postgres(ChineseSearchWithTheRealEncoderTests)
