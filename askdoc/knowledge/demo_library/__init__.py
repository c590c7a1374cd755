"""The askdoc demo library: short plain explanations written for askdoc, so a fresh install shows More Info.

Each JSON file here holds documents shaped like MedQuAD's (a focus, synonyms, question-answer pairs with a
question type), written for askdoc and reviewed for medical sense, but fictional content: every page that cites
them names the source "askdoc demo library (not medical advice)". A document's focus is the name of a demo FAQ
topic (askdoc/qa/demo/topics.json), so a question naming the topic finds its document (More Info's named foci).

`askdoc load_demo` loads them into the knowledge base (KbDocument/KbPair, source DEMO_SOURCE) next to whatever an
operator imports; loading again changes nothing, and a document removed from the files is removed from the base.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from askdoc.knowledge.importers.medquad import ImportSummary, ParsedDocument, ParsedPair, save_batch
from askdoc.knowledge.models import KbDocument

LIBRARY_DIR = Path(__file__).resolve().parent
DEMO_SOURCE = "AskdocDemo"
DEMO_SOURCE_NAME = "askdoc demo library (not medical advice)"
# The Traditional Chinese part (zh_hant/): cited on Chinese questions' pages only (askdoc.knowledge.more_info_zh).
DEMO_ZH_SOURCE = "AskdocDemoZh"
DEMO_ZH_SOURCE_NAME = "askdoc 示範知識庫（非醫療建議）"
DEMO_SOURCES = (DEMO_SOURCE, DEMO_ZH_SOURCE)
LIBRARY_PARTS = ((LIBRARY_DIR, DEMO_SOURCE), (LIBRARY_DIR / "zh_hant", DEMO_ZH_SOURCE))


@dataclass
class LibrarySummary:
    documents: int = 0
    pairs: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0


def library_documents() -> list[ParsedDocument]:
    """Every document of every library file, in file order; a malformed file fails loudly (it ships with askdoc)."""
    documents = []
    for directory, source in LIBRARY_PARTS:
        for path in sorted(directory.glob("*.json")):
            documents += _file_documents(path, source)
    return documents


def _file_documents(path: Path, source: str) -> list[ParsedDocument]:
    documents = []
    content = json.loads(path.read_text(encoding="utf-8"))
    for item in content["documents"]:
        document = ParsedDocument(
            source=source, doc_id=item["id"], url="", focus=item["focus"],
            file_name=f"demo_library/{path.relative_to(LIBRARY_DIR)}", synonyms=list(item.get("synonyms", [])),
        )
        document.pairs = [
            ParsedPair(pid=str(i), question=pair["question"], qtype=pair["qtype"], answer=pair["answer"])
            for i, pair in enumerate(item["pairs"], start=1)
        ]
        documents.append(document)
    return documents


@transaction.atomic
def demo_library_load() -> LibrarySummary:
    """Upsert the library into the knowledge base; idempotent."""
    documents = library_documents()
    ids = [d.doc_id for d in documents]
    if len(set(ids)) != len(ids):
        raise ValueError("Two demo library documents share an id.")
    imported = ImportSummary()
    # save_batch updates every row it is given; only hand it what differs, so a second run writes nothing.
    changed = [d for d in documents if not _unchanged(d)]
    if changed:
        save_batch(changed, imported)
    removed, _ = KbDocument.objects.filter(source__in=DEMO_SOURCES).exclude(doc_id__in=ids).delete()
    return LibrarySummary(documents=len(documents), pairs=sum(len(d.pairs) for d in documents),
                          created=imported.created, updated=imported.updated, removed=removed)


def _unchanged(document: ParsedDocument) -> bool:
    stored = KbDocument.objects.filter(source=document.source, doc_id=document.doc_id).first()
    if stored is None or stored.focus != document.focus or stored.synonyms != document.synonyms:
        return False
    pairs = {p.pid: (p.question, p.qtype, p.answer) for p in stored.pairs.all()}
    return pairs == {p.pid: (p.question, p.qtype, p.answer) for p in document.pairs}
