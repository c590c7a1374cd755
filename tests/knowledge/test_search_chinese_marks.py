"""The search page marks a Chinese query's words in the results, as it marks English ones."""

from django.test import SimpleTestCase

from askdoc.knowledge.selectors import excerpt, highlight, query_terms


class ChineseMarksTest(SimpleTestCase):
    def test_it_marks_the_pairs_of_a_chinese_query_but_not_empty_ones(self):
        terms = query_terms("請問小腿肌肉一直抽動 ALS")
        self.assertIn("小腿", terms)
        self.assertIn("抽動", terms)
        self.assertNotIn("請問", terms)
        self.assertNotIn("一直", terms)
        self.assertEqual(str(highlight("是肌肉抽動還是ALS還是別的？", terms)),
                         "是<mark>肌肉</mark><mark>抽動</mark>還是<mark>ALS</mark>還是別的？")

    def test_english_marks_are_unchanged(self):
        self.assertEqual(str(highlight("Muscle cramps; recramp <b>", query_terms("cramp"))),
                         "Muscle <mark>cramps</mark>; recramp &lt;b&gt;")

    def test_the_excerpt_opens_at_the_first_chinese_term(self):
        text = "開頭的內容" * 80 + "後來小腿開始抽動"
        self.assertIn("小腿", excerpt(text, query_terms("小腿抽動"), size=60))
