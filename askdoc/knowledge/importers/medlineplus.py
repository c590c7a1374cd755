"""Read MedlinePlus health topics, as the National Library of Medicine publishes them, into the knowledge base.

The NLM republishes every health topic daily as one public-domain XML file, `mplus_topics_YYYY-MM-DD.xml`
(listed on https://medlineplus.gov/xml.html): root <health-topics total date-generated>, one <health-topic> per
page with attributes title, url, id, language ("English" or "Spanish"), date-created and meta-desc, and children
<full-summary> (the page's summary as escaped HTML), <also-called>, <see-reference>, <group>,
<language-mapped-topic>, <mesh-heading>, <primary-institute>, <site>. Each topic becomes one KbDocument
(English: source "MedlinePlus", Spanish: "MedlinePlusEs") with one "information" pair whose answer is the summary
as plain text, paragraphs kept; More Info cites it with the page's URL.

Re-importing updates what changed and removes topics the NLM no longer publishes; `changed` lists the documents
whose text is new or different, so the refresh task re-enriches only the questions that cite them.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from askdoc.knowledge.importers.medquad import ImportFailed, ImportSummary, ParsedDocument, ParsedPair, save_batch
from askdoc.knowledge.models import KbDocument, KbPair

SOURCE_BY_LANGUAGE = {"English": "MedlinePlus", "Spanish": "MedlinePlusEs"}
SOURCES = set(SOURCE_BY_LANGUAGE.values())
INDEX_URL = "https://medlineplus.gov/xml.html"
FILE_NAME = re.compile(r"mplus_topics_(\d{4}-\d{2}-\d{2})\.xml")
BATCH = 500
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|ul|ol|div)>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass
class MedlinePlusSummary:
    generated: str = ""
    topics: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (topic id or title, reason)
    changed: list[str] = field(default_factory=list)  # pair external ids whose text is new or different


def summary_text(escaped_html: str) -> str:
    """The full-summary's HTML as plain text, one paragraph or list item per paragraph."""
    text = _BLOCK_END.sub("\n\n", escaped_html or "")
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [" ".join(part.split()) for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)


def parse_topic(element: ET.Element) -> ParsedDocument:
    """One <health-topic>; raises ValueError with a short reason when it cannot be used."""
    topic_id, title = (element.get("id") or "").strip(), " ".join((element.get("title") or "").split())
    language = (element.get("language") or "English").strip()
    if not topic_id or not title:
        raise ValueError("no id or title")
    if language not in SOURCE_BY_LANGUAGE:
        raise ValueError(f"language {language!r} is neither English nor Spanish")
    answer = summary_text(element.findtext("full-summary") or "")
    if not answer:
        raise ValueError("empty full-summary")
    document = ParsedDocument(
        source=SOURCE_BY_LANGUAGE[language], doc_id=topic_id[:40], url=(element.get("url") or "").strip()[:500],
        focus=title[:300], file_name=f"mplus_topics/{topic_id}"[:200],
        synonyms=_unique([" ".join((e.text or "").split()) for e in element.findall("also-called")]),
        cuis=[], semantic_types=[], semantic_group="",
        category="",
    )
    question = f"What is (are) {title} ?" if language == "English" else f"¿Qué es {title}?"
    document.pairs = [ParsedPair(pid="1", question=question, qtype="information", answer=answer)]
    return document


def _unique(values: list[str]) -> list[str]:
    seen, kept = set(), []
    for value in values:
        if value and value.lower() not in seen:
            seen.add(value.lower())
            kept.append(value[:200])
    return kept[:20]


def iter_topics(path: Path, summary: MedlinePlusSummary):
    """Stream the file's <health-topic> elements (the daily file is about 30 MB)."""
    try:
        context = ET.iterparse(path, events=("start", "end"))
        _, root = next(context)
        if root.tag != "health-topics":
            raise ImportFailed(f"{path} is not a MedlinePlus health topics file (root <{root.tag}>, "
                               "expected <health-topics>).")
        summary.generated = root.get("date-generated", "")
        for event, element in context:
            if event == "end" and element.tag == "health-topic":
                yield element
                root.clear()  # keep memory flat: the topic has been read
    except ET.ParseError as error:
        raise ImportFailed(f"{path} is not well-formed XML ({error}); download it again.") from None
    except StopIteration:
        raise ImportFailed(f"{path} is empty.") from None


def import_medlineplus(path: Path, *, progress=None) -> MedlinePlusSummary:
    """Upsert every topic of the file; topics of these sources absent from it are removed at the end."""
    path = Path(path)
    if not path.is_file():
        raise ImportFailed(f"{path} is not a file.")
    summary = MedlinePlusSummary()
    seen: set[tuple[str, str]] = set()
    batch: list[ParsedDocument] = []
    for element in iter_topics(path, summary):
        summary.topics += 1
        try:
            document = parse_topic(element)
        except ValueError as error:
            summary.skipped.append((element.get("id") or element.get("title") or "?", str(error)))
            continue
        if progress:
            progress(document.focus)
        seen.add((document.source, document.doc_id))
        language = "English" if document.source == "MedlinePlus" else "Spanish"
        summary.by_language[language] = summary.by_language.get(language, 0) + 1
        batch.append(document)
        if len(batch) >= BATCH:
            _save(batch, summary)
            batch = []
    if batch:
        _save(batch, summary)
    if not seen:
        raise ImportFailed(f"{path} holds no usable health topic.")
    removed = _remove_missing(seen)
    summary.removed = len(removed)
    summary.changed += removed
    return summary


def _save(documents: list[ParsedDocument], summary: MedlinePlusSummary) -> None:
    stored = {
        (source, doc_id, pid): (focus, url, question, answer)
        for source, doc_id, pid, focus, url, question, answer in KbDocument.objects.filter(
            source__in=SOURCES, doc_id__in=[d.doc_id for d in documents]
        ).values_list("source", "doc_id", "pairs__pid", "focus", "url", "pairs__question", "pairs__answer")
    }
    changed = []
    for document in documents:
        pair = document.pairs[0]
        before = stored.get((document.source, document.doc_id, pair.pid))
        if before == (document.focus, document.url, pair.question, pair.answer):
            summary.unchanged += 1
            continue
        changed.append(document)
        summary.changed.append(document.pair_id(pair))
        if before is None:
            summary.created += 1
        else:
            summary.updated += 1
    if changed:
        save_batch(changed, ImportSummary())


@transaction.atomic
def _remove_missing(seen: set[tuple[str, str]]) -> list[str]:
    """Delete the topics the file no longer has; returns their pairs' ids (questions citing them change too)."""
    missing = [pk for pk, source, doc_id in KbDocument.objects.filter(source__in=SOURCES)
               .values_list("pk", "source", "doc_id") if (source, doc_id) not in seen]
    removed = list(KbPair.objects.filter(document_id__in=missing).values_list("external_id", flat=True))
    KbDocument.objects.filter(pk__in=missing).delete()
    return removed


def latest_file_url(index_html: str, index_url: str) -> str:
    """The newest `mplus_topics_YYYY-MM-DD.xml` linked from MedlinePlus's XML page."""
    from urllib.parse import urljoin

    links = re.findall(r'href="([^"]*mplus_topics_\d{4}-\d{2}-\d{2}\.xml)"', index_html)
    if not links:
        raise ImportFailed(f"{index_url} links no mplus_topics_YYYY-MM-DD.xml file.")
    newest = max(links, key=lambda link: FILE_NAME.search(link).group(1))  # type: ignore[union-attr]  # links matched it
    return urljoin(index_url, newest)
