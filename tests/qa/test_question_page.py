"""The answered-question page: every part of the reference page, in its order, and only what exists."""

from datetime import datetime
from urllib.parse import quote

from django.conf import settings
from django.utils import timezone

from askdoc.qa.models import Question
from tests.base import AskdocTestCase
from tests.qa import factories as f


class QuestionPageTest(AskdocTestCase):
    def setUp(self):
        self.question = f.make_published_question(self.neurology, self.dr_lin, more_info=f.MORE_INFO)
        self.answer = self.question.answers.get()
        f.agree(self.answer, self.dr_park)
        self.similar = f.make_published_question(
            self.neurology, self.dr_park, page_title="Hand Twitches: Causes and Concerns",
            body="Hello Dr. Yeh, I often experience involuntary muscle twitching. " * 8,
        )
        f.link_similar(self.question, self.similar)
        self.topic = f.make_topic("Muscle Twitching", self.neurology)
        f.link_topic(self.question, self.topic)

    def get_page(self, question=None) -> str:
        response = self.client.get((question or self.question).get_absolute_url())
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_it_shows_every_part_in_the_reference_order(self):
        html = self.get_page()
        parts = [
            f"<title>{self.question.page_title} - Neurology</title>",
            f'<h1 class="qa-title">{self.question.page_title}</h1>',
            "Share to:",
            f"<h2 class=\"qa-question-title\">{self.question.title}</h2>",
            "About a week ago my wrist started to twitch.<br>It happens after lifting heavy objects.",
            "Yucheng, 10~19 year old female. Ask Date: 2020/03/26",
            'Dr. <a href="/doctor/lin/">Lin Mei</a> reply Neurology',
            "<strong>muscle fatigue</strong>",
            "Reply Date: 2020/03/26",
            "I agree: 1 (Dr. Park Joon)",
            ">More Info<",
            "Muscle cramps often follow heavy exercise.",
            "Similar Q&amp;A",
            "Hand Twitches: Causes and Concerns",
            "Dr. Park Joon reply Neurology",
            "[Read More] Hand Twitches: Causes and Concerns",
            "Related FAQ",
            '<a href="/topic/muscle-twitching/">Muscle Twitching</a> (Neurology)',
            "Medical disclaimer",
        ]
        positions = [html.find(part) for part in parts]
        for part, position in zip(parts, positions, strict=True):
            self.assertNotEqual(position, -1, f"missing: {part}")
        self.assertEqual(positions, sorted(positions))

    def test_it_writes_the_asker_line_for_each_gender(self):
        cases = [
            ("female", "10~19", "Yucheng, 10~19 year old female. Ask Date: 2021/01/02"),
            ("male", "80+", "Yucheng, 80+ year old male. Ask Date: 2021/01/02"),
            ("undisclosed", "30~39", "Yucheng, 30~39 year old. Ask Date: 2021/01/02"),
            ("other", "20~29", "Yucheng, 20~29 year old. Ask Date: 2021/01/02"),
            # Imported archives often know neither age nor gender.
            ("female", "", "Yucheng, female. Ask Date: 2021/01/02"),
            ("undisclosed", "", "Yucheng. Ask Date: 2021/01/02"),
        ]
        for gender, age_range, line in cases:
            question = f.make_published_question(
                self.neurology, self.dr_lin, gender=gender, age_range=age_range,
                asked_at=timezone.make_aware(datetime(2021, 1, 2, 12, 0)),
            )
            self.assertIn(line, self.get_page(question))

    def test_it_falls_back_to_the_askers_title_then_the_body_for_the_page_title(self):
        titled = f.make_published_question(self.neurology, self.dr_lin, page_title="", title="Why does my eye twitch?")
        self.assertIn("<title>Why does my eye twitch? - Neurology</title>", self.get_page(titled))
        untitled = f.make_published_question(self.neurology, self.dr_lin, page_title="", title="", slug="q",
                                             body="My left eyelid flutters every evening after work")
        self.assertIn("<h1 class=\"qa-title\">My left eyelid flutters every evening after work</h1>",
                      self.get_page(untitled))

    def test_it_encodes_the_page_url_in_every_share_link(self):
        html = self.get_page()
        url = settings.SITE_URL.rstrip("/") + self.question.get_absolute_url()
        encoded = quote(url, safe="")
        self.assertIn(f'class="share-copy" href="{url}"', html)
        for prefix in ["mailto:?subject=", "https://www.facebook.com/sharer/sharer.php?u=" + encoded,
                       "https://x.com/intent/tweet?url=" + encoded,
                       "https://social-plugins.line.me/lineit/share?url=" + encoded, "https://wa.me/?text="]:
            self.assertIn(prefix, html)
        self.assertIn(encoded, html.split("mailto:?")[1].split('"')[0])
        self.assertNotIn('<script src="http', html)

    def test_it_links_each_more_info_sentence_to_its_numbered_source(self):
        html = self.get_page()
        self.assertIn('Low potassium can cause twitches.<sup class="source-marker"><a href="#source-1"', html)
        self.assertIn('<li id="source-2">NINDS: Fasciculations', html)
        self.assertIn('href="https://www.ninds.nih.gov/fasciculations"', html)
        self.assertIn("not a diagnosis", html.split("More Info")[1])

    def test_it_leaves_more_info_out_when_nothing_relevant_was_found(self):
        question = f.make_published_question(self.neurology, self.dr_lin,
                                             more_info={"status": "nothing_relevant", "method": "extractive"})
        html = self.get_page(question)
        self.assertNotIn("More Info", html)
        self.assertNotIn("No trusted source matched", html)

    def test_it_leaves_out_the_parts_without_data(self):
        bare = f.make_published_question(self.neurology, self.dr_lin, more_info={})
        html = self.get_page(bare)
        for part in ["More Info", "Similar Q&amp;A", "Related FAQ", "I agree"]:
            self.assertNotIn(part, html)
        self.assertIn("Medical disclaimer", html)

    def test_it_shows_only_published_similar_questions_up_to_four_by_rank(self):
        question = f.make_published_question(self.neurology, self.dr_lin)
        others = [f.make_published_question(self.neurology, self.dr_park, page_title=f"Similar number {i}")
                  for i in range(6)]
        hidden = f.make_question(self.neurology, status=Question.Status.QUEUED, page_title="Hidden queued one")
        f.link_similar(question, hidden, rank=0)
        for rank, other in enumerate(reversed(others), start=1):
            f.link_similar(question, other, rank=rank)
        html = self.get_page(question).split("Similar Q&amp;A")[1]
        self.assertNotIn("Hidden queued one", html)
        shown = [i for i in range(6) if f"[Read More] Similar number {i}" in html]
        self.assertEqual(shown, [2, 3, 4, 5])
        self.assertLess(html.find("Similar number 5"), html.find("Similar number 4"))

    def test_it_cuts_long_similar_excerpts_at_a_word(self):
        self.similar.body = " ".join(f"word{i:03d}" for i in range(60))  # 8 characters a word with its space
        self.similar.save()
        html = self.get_page().split("Similar Q&amp;A")[1]
        self.assertIn("word000 word001", html)
        self.assertIn("word023 word024...</p>", html)
        self.assertNotIn("word025", html)

    def test_it_shows_up_to_ten_related_topics(self):
        for i in range(12):
            f.link_topic(self.question, f.make_topic(f"Topic {i:02d}", self.cardiology), rank=i + 1)
        html = self.get_page().split("Related FAQ")[1]
        self.assertIn("Topic 08</a> (Cardiology)", html)
        self.assertNotIn("Topic 09", html)

    def test_it_hides_unpublished_answers(self):
        f.add_answer(self.question, self.dr_heart, "A draft not yet published", published=False)
        self.assertNotIn("A draft not yet published", self.get_page())

    def test_it_shows_script_in_user_text_inert(self):
        evil = '<script>alert("x")</script>'
        question = f.make_published_question(self.neurology, self.dr_lin, body=f"My wrist {evil} twitches",
                                             title=evil, page_title=f"Twitch {evil}")
        answer = question.answers.get()
        answer.body, answer.body_html = f"Answer {evil}", ""
        answer.save()
        html = self.get_page(question)
        self.assertNotIn(evil, html)
        self.assertIn("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html)
        self.assertIn("Answer &lt;script&gt;", html)
        self.assertIn("\\u003Cscript\\u003E", html)  # inside the JSON-LD

    def test_it_has_canonical_open_graph_and_qapage_data(self):
        html = self.get_page()
        url = settings.SITE_URL.rstrip("/") + self.question.get_absolute_url()
        self.assertIn(f'<link rel="canonical" href="{url}">', html)
        self.assertIn(f'<meta property="og:url" content="{url}">', html)
        self.assertIn('<meta name="description" content="About a week ago my wrist', html)
        self.assertIn('<script type="application/ld+json">', html)
        self.assertIn('"@type": ["QAPage", "MedicalWebPage"]', html)
        self.assertIn('"acceptedAnswer"', html)
