from django.test import SimpleTestCase

from askdoc.qa.markdown import render_markdown


class RenderMarkdownTest(SimpleTestCase):
    def test_it_renders_the_allowed_formatting(self):
        html = render_markdown("Rest **well**, drink *water*.\n\n- one\n- two\n\n> quoted\n\n    code block")
        for fragment in ("<strong>well</strong>", "<em>water</em>", "<li>one</li>", "<blockquote>", "<pre><code>"):
            self.assertIn(fragment, html)

    def test_it_drops_scripts_and_their_content(self):
        html = render_markdown("Hello <script>alert('x')</script> there")
        self.assertNotIn("<script", html)
        self.assertNotIn("alert", html)
        self.assertIn("Hello", html)

    def test_it_drops_images_and_event_handlers(self):
        html = render_markdown('![x](https://e.org/a.png) <img src=x onerror=alert(1)> <b onclick="x()">b</b>')
        self.assertNotIn("<img", html)
        self.assertNotIn("onerror", html)
        self.assertNotIn("onclick", html)

    def test_it_marks_links_nofollow_and_drops_javascript_urls(self):
        html = render_markdown("[good](https://medlineplus.gov/) [bad](javascript:alert(1))")
        self.assertIn('<a href="https://medlineplus.gov/" rel="nofollow noopener">good</a>', html)
        self.assertNotIn("javascript:", html)

    def test_it_keeps_code_that_mentions_html_escaped(self):
        html = render_markdown("Never paste `<script>` into a form.")
        self.assertIn("<code>&lt;script&gt;</code>", html)

    def test_it_keeps_a_sign_off_typed_on_its_own_line(self):
        html = render_markdown("Wishing you good health.\nDr.\nJiang from the Department of Neurology cares about you.")
        self.assertIn("Wishing you good health.<br>\nDr.<br>\nJiang from the Department", html)

    def test_a_blank_line_still_starts_a_new_paragraph(self):
        html = render_markdown("First paragraph.\n\nSecond paragraph.")
        self.assertEqual(html.count("<p>"), 2)
        self.assertNotIn("<br>", html)
