"""Count the parts of answered-question pages, as the reference page has them, in the reference order.

`askdoc check_demo_pages` runs this over every published demo question so the "every part on every page" floor is
a number anyone can reproduce (docs/knowledge.md). It reads the rendered HTML, the same as a visitor gets it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

MIN_CITED_SENTENCES = 3
SIMILAR_WANTED = 4
MIN_TOPICS = 3

# Other attributes (lang, ...) may follow the class.
_ASKER = re.compile(r'class="qa-asker[^"]*"[^>]*>[^<]*Ask Date: \d{4}/\d{2}/\d{2}')
_DOCTOR = re.compile(r'class="qa-answer-by"[^>]*>Dr\. .*? reply ')
_REPLY_DATE = re.compile(r'class="qa-reply-date[^"]*"[^>]*>Reply Date: \d{4}/\d{2}/\d{2}')
_CITED = re.compile(r'(?:<sup class="source-marker">.*?</sup>)+')
_ABSOLUTE = re.compile(r"https?://[^\s\"'<>&?#/]+")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "[::1]", "testserver"}


@dataclass
class PageParts:
    asker: bool = False
    ask_date: bool = False
    doctor: bool = False
    reply_date: bool = False
    cited_sentences: int = 0
    similar: int = 0
    topics: int = 0
    in_order: bool = False
    wrong_links: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return (self.asker and self.ask_date and self.doctor and self.reply_date and self.in_order
                and self.cited_sentences >= MIN_CITED_SENTENCES and self.similar >= SIMILAR_WANTED
                and self.topics >= MIN_TOPICS and not self.wrong_links)

    def missing(self) -> list[str]:
        checks = [
            (self.asker and self.ask_date, "asker line with Ask Date"),
            (self.doctor, "doctor line"), (self.reply_date, "Reply Date"),
            (self.cited_sentences >= MIN_CITED_SENTENCES, f"More Info has {self.cited_sentences} cited sentences"),
            (self.similar >= SIMILAR_WANTED, f"{self.similar} Similar Q&A"),
            (self.topics >= MIN_TOPICS, f"{self.topics} Related FAQ"),
            (self.in_order, "parts out of the reference order"),
            (not self.wrong_links, "links to another address: " + ", ".join(sorted(set(self.wrong_links))[:3])),
        ]
        return [what for ok, what in checks if not ok]


def _block(html: str, marker: str) -> tuple[int, str]:
    """(position, the <section> that contains `marker` up to its end); (-1, "") when absent."""
    at = html.find(marker)
    if at < 0:
        return -1, ""
    end = html.find("</section>", at)
    return at, html[at:end if end > 0 else len(html)]


def page_parts(html: str, site_url: str) -> PageParts:
    parts = PageParts()
    asker = _ASKER.search(html)
    doctor = _DOCTOR.search(html)
    reply = _REPLY_DATE.search(html)
    parts.asker = parts.ask_date = asker is not None
    parts.doctor, parts.reply_date = doctor is not None, reply is not None
    more_at, more_info = _block(html, 'id="more-info"')
    similar_at, similar = _block(html, 'id="similar"')
    topics_at, topics = _block(html, 'id="related-faq"')
    parts.cited_sentences = len(_CITED.findall(more_info))
    parts.similar = similar.count('class="card qa-similar-item"')
    parts.topics = topics.count("<li")
    positions = [m.start() if m else -1 for m in (asker, doctor, reply)] + [more_at, similar_at, topics_at]
    parts.in_order = all(p >= 0 for p in positions) and positions == sorted(positions)
    parts.wrong_links = wrong_links(html, site_url)
    return parts


def wrong_links(html: str, site_url: str) -> list[str]:
    """Absolute links to this site (also inside share links' encoded parameters) that name another address."""
    site = urlsplit(site_url)
    own_hosts = LOCAL_HOSTS | {site.hostname or ""}
    wrong = []
    for url in _ABSOLUTE.findall(unquote(unquote(html))):
        found = urlsplit(url)
        if found.hostname in own_hosts or f"[{found.hostname}]" in own_hosts:
            if (found.scheme, found.netloc) != (site.scheme, site.netloc):
                wrong.append(url)
    return wrong
