"""More Info for a question written in Traditional Chinese, from knowledge written in Traditional Chinese.

The English path (more_info.py) ranks MedQuAD pairs with an English sentence encoder; a Chinese question would meet
English sentences it cannot show. Here the sources are the documents written in Chinese (the askdoc demo library's
zh_hant part, source DEMO_ZH_SOURCE) about the question's own FAQ topics (its Related FAQ links, moderator links
first, computed before More Info by question_enrich): a document's focus is the topic's English name, its first
synonym the Chinese one. The first topic's document gives its sentences; further topics' documents give only
sentences that share enough character pairs with the question and reply (a second topic is often a neighbour the
asker fears, not what they have).
"""

from __future__ import annotations

import re

from django.utils import timezone

from askdoc.knowledge.demo_library import DEMO_ZH_SOURCE
from askdoc.knowledge.models import KbDocument, KbPair

CHINESE_SOURCES = (DEMO_ZH_SOURCE,)
MAX_DOCUMENTS = 3
MAX_SENTENCES = 8
MIN_SENTENCES = 3
MIN_OVERLAP = 0.25  # share of a further topic's sentence's character pairs found in the question and reply
SECTION_OF_QTYPE = {
    "information": "可能是什麼",
    "causes": "常見原因",
    "when to contact a medical professional": "什麼時候該就醫",
    "treatment": "有幫助的做法",
}
SECTION_ORDER = list(SECTION_OF_QTYPE.values())
_SENTENCE_END = re.compile(r"(?<=[。！？])")
_CJK = re.compile(r"[\u3400-\u9fff]")


def is_chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def chinese_sentences(answer: str) -> list[str]:
    """The answer's complete sentences (ending in 。！？), in order."""
    parts = (part.strip() for part in _SENTENCE_END.split(answer))
    return [part for part in parts if len(part) >= 8 and part[-1] in "。！？"]


def bigrams(text: str) -> set[str]:
    """Pairs of adjacent Chinese characters: Chinese has no spaces, and two characters are about a word."""
    characters = [c if _CJK.match(c) else " " for c in text]
    return {a + b for a, b in zip(characters, characters[1:], strict=False) if a != " " and b != " "}


def overlap(sentence: str, text_bigrams: set[str]) -> float:
    own = bigrams(sentence)
    return len(own & text_bigrams) / len(own) if own else 0.0


def topic_documents(topic_names: list[str]) -> list[KbDocument]:
    """The Chinese documents about these topics, in the topics' order."""
    documents = {d.focus: d for d in KbDocument.objects.filter(source__in=CHINESE_SOURCES, focus__in=topic_names)}
    return [documents[name] for name in topic_names if name in documents][:MAX_DOCUMENTS]


def compose_chinese(question, question_part: str, reply_part: str) -> dict | None:
    """The contract's More Info for a Chinese question, or None when nothing written in Chinese is about it."""
    names = [link.topic.name for link in question.topic_links.select_related("topic").order_by("-origin", "rank")]
    text_bigrams = bigrams(f"{question_part}\n{reply_part}")
    chosen: list[tuple[str, str, KbPair]] = []
    for index, document in enumerate(topic_documents(names)):
        for pair in document.pairs.exclude(answer="").order_by("pk"):
            for sentence in chinese_sentences(pair.answer):
                if index == 0 or overlap(sentence, text_bigrams) >= MIN_OVERLAP:
                    chosen.append((SECTION_OF_QTYPE.get(pair.qtype, SECTION_ORDER[0]), sentence, pair))
    chosen = chosen[:MAX_SENTENCES]
    if len(chosen) < MIN_SENTENCES:
        return None
    from askdoc.knowledge.more_info import SourceList

    sources = SourceList()
    sections: dict[str, list[dict]] = {}
    for heading, text, pair in chosen:
        sections.setdefault(heading, []).append({"text": text, "sources": [sources.index_of(pair)]})
    return {"status": "ok", "method": "extractive", "generated_at": timezone.now().isoformat(),
            "sections": [{"heading": h, "sentences": sections[h]} for h in SECTION_ORDER if h in sections],
            "sources": sources.entries}
