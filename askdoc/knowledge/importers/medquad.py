"""Read MedQuAD exactly as its authors publish it (a folder, a .tar.gz or a .zip of it) into the knowledge base.

Quirks of the published tree, handled here rather than "fixed" in the data:
- Most files are `<Document id source url>` with `<Focus>`, `<FocusAnnotations>` (UMLS CUIs, semantic types and
  group, synonyms, MedlinePlus category) and `<QAPairs><QAPair pid><Question qid qtype><Answer>`.
- Four NINDS files use an older schema: `<doc docid corpus url>`, `<doctitle-focus>`, `<qaPairs><pair>`;
  CDC files use `<DiseaseFile fid source url>`. Tags are matched case-insensitively, ids from any of them.
- Eleven CancerGov files (`0000013_2_1.xml` ... `0000013_3_4.xml`) repeat their parent's Document@id
  (`0000013_2`), which would give 34 pairs the same cited id. When the file name extends the Document@id,
  the file name is the document id, so every pair keeps a distinct id and the parent keeps the cited one.
- Answers of the A.D.A.M., MedlinePlus drugs and herbs subsets were removed for copyright: `answer` is ''.
"""

from __future__ import annotations

import tarfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from django.db import transaction

from askdoc.knowledge.models import KbDocument, KbPair

BATCH_FILES = 500


class ImportFailed(Exception):
    """The path cannot be read at all (not a folder, archive or XML file)."""


@dataclass
class ParsedPair:
    pid: str
    question: str
    qtype: str
    answer: str


@dataclass
class ParsedDocument:
    source: str
    doc_id: str
    url: str
    focus: str
    file_name: str
    synonyms: list[str] = field(default_factory=list)
    cuis: list[str] = field(default_factory=list)
    semantic_types: list[str] = field(default_factory=list)
    semantic_group: str = ""
    category: str = ""
    pairs: list[ParsedPair] = field(default_factory=list)

    def pair_id(self, pair: ParsedPair) -> str:
        return f"{self.source}_{self.doc_id}_Sec{pair.pid}"


@dataclass
class ImportSummary:
    files: int = 0
    documents: int = 0
    pairs: int = 0
    with_answer: int = 0
    without_answer: int = 0
    created: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, reason)


# --- reading the tree ---------------------------------------------------------------------------


def iter_xml_files(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name inside the tree, raw bytes) for every .xml file of a folder, .tar.gz/.tgz/.tar or .zip.

    A damaged archive (cut short, bad compressed data) raises ImportFailed, not the archive module's own error.
    """
    try:
        yield from _xml_files(Path(path))
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, zlib.error) as error:
        reason = error or type(error).__name__
        raise ImportFailed(f"{path} is a damaged archive ({reason}); download it again.") from None


def _xml_files(path: Path) -> Iterator[tuple[str, bytes]]:
    if path.is_dir():
        for file in sorted(path.rglob("*.xml")):
            yield file.relative_to(path).as_posix(), file.read_bytes()
    elif path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in sorted(archive.namelist()):
                if name.lower().endswith(".xml") and not name.startswith("__MACOSX/"):
                    yield name, archive.read(name)
    elif path.is_file() and tarfile.is_tarfile(path):
        with tarfile.open(path) as archive:
            for member in archive:
                if member.isfile() and member.name.lower().endswith(".xml"):
                    handle = archive.extractfile(member)
                    if handle is not None:
                        yield member.name, handle.read()
    elif path.is_file() and path.suffix.lower() == ".xml":
        yield path.name, path.read_bytes()
    else:
        raise ImportFailed(f"{path} is not a MedQuAD folder, .tar.gz, .zip or .xml file.")


def count_xml_files(path: Path) -> int | None:
    """How many files the progress bar should expect (None when counting would mean reading twice)."""
    path = Path(path)
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.xml"))
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return sum(1 for n in archive.namelist() if n.lower().endswith(".xml"))
    return None


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1].lower()


def _children(element: ET.Element | None, *names: str) -> list[ET.Element]:
    if element is None:
        return []
    return [child for child in element.iter() if _tag(child) in names]


def _text(element: ET.Element | None) -> str:
    return " ".join((element.text or "").split()) if element is not None else ""


def _answer_text(element: ET.Element | None) -> str:
    """Keep the answer's paragraph breaks (the sentence splitter of More Info uses them)."""
    if element is None:
        return ""
    lines = [" ".join(line.split()) for line in "".join(element.itertext()).splitlines()]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def _unique(values: list[str]) -> list[str]:
    seen, kept = set(), []
    for value in values:
        if value and value.lower() not in seen:
            seen.add(value.lower())
            kept.append(value)
    return kept


def _doc_id(root: ET.Element, name: str) -> str:
    declared = (root.get("id") or root.get("docid") or root.get("fid") or "").strip()
    stem = PurePosixPath(name).stem
    if not declared or (stem != declared and stem.startswith(declared + "_")):
        return stem
    return declared


def _source(root: ET.Element, name: str) -> str:
    declared = (root.get("source") or root.get("corpus") or "").strip()
    if declared:
        return declared
    # The folder says it too: "3_GHR_QA" -> "GHR".
    folder = PurePosixPath(name).parent.name
    parts = folder.split("_")
    return parts[1] if len(parts) > 1 else folder


def parse_document(name: str, raw: bytes) -> ParsedDocument:
    """One MedQuAD file; raises ValueError with a short reason when it cannot be read."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        raise ValueError(f"malformed XML ({error})") from None
    focus = next((_text(e) for e in _children(root, "focus", "doctitle-focus") if _text(e)), "")
    document = ParsedDocument(
        source=_source(root, name),
        doc_id=_doc_id(root, name),
        url=(root.get("url") or "").strip()[:500],
        focus=focus[:300],
        file_name=name[:200],
        synonyms=_unique([_text(e) for e in _children(root, "synonym")]),
        cuis=_unique([_text(e) for e in _children(root, "cui")]),
        semantic_types=_unique([_text(e) for e in _children(root, "semantictype")]),
        semantic_group=next((_text(e) for e in _children(root, "semanticgroup") if _text(e)), "")[:60],
        category=next((_text(e) for e in _children(root, "category") if _text(e)), "")[:20],
    )
    for pair in _children(root, "qapair", "pair"):
        question = next(iter(_children(pair, "question")), None)
        answer = next(iter(_children(pair, "answer")), None)
        pid = (pair.get("pid") or "").strip()
        if question is None or not pid:
            continue
        document.pairs.append(ParsedPair(
            pid=pid[:10], question=_text(question), qtype=(question.get("qtype") or "").strip()[:60],
            answer=_answer_text(answer),
        ))
    if not document.doc_id:
        raise ValueError("no document id")
    return document


# --- writing ------------------------------------------------------------------------------------


DOCUMENT_FIELDS = ["url", "focus", "synonyms", "cuis", "semantic_types", "semantic_group", "category", "file_name"]
PAIR_FIELDS = ["document", "pid", "question", "qtype", "answer"]


@transaction.atomic
def save_batch(documents: list[ParsedDocument], summary: ImportSummary) -> None:
    """Upsert a batch of parsed files: one statement for the documents, one for the pairs."""
    by_key = {(d.source, d.doc_id): d for d in documents}
    KbDocument.objects.bulk_create(
        [KbDocument(source=d.source, doc_id=d.doc_id, **{f: getattr(d, f) for f in DOCUMENT_FIELDS})
         for d in by_key.values()],
        update_conflicts=True, unique_fields=["source", "doc_id"], update_fields=DOCUMENT_FIELDS,
    )
    # Re-read the ids: not every database returns them from an upsert.
    ids = {
        (source, doc_id): pk
        for pk, source, doc_id in KbDocument.objects.filter(
            source__in={k[0] for k in by_key}, doc_id__in={k[1] for k in by_key}
        ).values_list("pk", "source", "doc_id")
    }
    pairs: dict[str, KbPair] = {}
    for key, document in by_key.items():
        for pair in document.pairs:
            external_id = document.pair_id(pair)
            pairs[external_id] = KbPair(
                external_id=external_id, document_id=ids[key], pid=pair.pid, question=pair.question,
                qtype=pair.qtype, answer=pair.answer,
            )
    existing = set(KbPair.objects.filter(external_id__in=list(pairs)).values_list("external_id", flat=True))
    KbPair.objects.bulk_create(
        list(pairs.values()), update_conflicts=True, unique_fields=["external_id"], update_fields=PAIR_FIELDS,
        batch_size=2000,
    )
    summary.documents += len(by_key)
    summary.pairs += len(pairs)
    summary.with_answer += sum(1 for p in pairs.values() if p.answer)
    summary.without_answer += sum(1 for p in pairs.values() if not p.answer)
    summary.created += len(pairs) - len(existing)
    summary.updated += len(existing)


def import_medquad(path: Path, *, progress=None) -> ImportSummary:
    """Import every document and pair under `path`; a malformed file is recorded in `skipped`.

    `progress`, when given, is called with each file name (the command advances its bar with it).
    """
    summary = ImportSummary()
    batch: list[ParsedDocument] = []
    for name, raw in iter_xml_files(Path(path)):
        summary.files += 1
        if progress:
            progress(name)
        try:
            batch.append(parse_document(name, raw))
        except ValueError as error:
            summary.skipped.append((name, str(error)))
            continue
        if len(batch) >= BATCH_FILES:
            save_batch(batch, summary)
            batch = []
    if batch:
        save_batch(batch, summary)
    return summary
