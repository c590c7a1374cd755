"""Keeping official knowledge fresh: import MedlinePlus, then redo only what the change touches.

`askdoc import_medlineplus` and the weekly `refresh_medlineplus` task (ASKDOC_KNOWLEDGE_REFRESH_DAYS) share
`medlineplus_refresh`: download (when given a URL or "latest"), import, rebuild the FAQ topics and the "kb"
search collection (unchanged texts are not re-encoded), store new sentence vectors, and re-enrich the published
questions whose More Info cites a topic that changed or went, or that had no More Info yet.
"""

from __future__ import annotations

import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from tqdm import tqdm

from askdoc.knowledge import services
from askdoc.knowledge.importers.download import DownloadFailed, fetch
from askdoc.knowledge.importers.medlineplus import (
    MedlinePlusSummary,
    import_medlineplus,
    latest_file_url,
)
from askdoc.qa.models import Question

logger = logging.getLogger(__name__)
LATEST = "latest"


@dataclass
class RefreshResult:
    source: str
    imported: MedlinePlusSummary
    enriched: int = 0


def resolve_source(source: str) -> str:
    """"latest" -> the URL of the newest daily file listed on ASKDOC_MEDLINEPLUS_INDEX_URL; anything else as is."""
    if source != LATEST:
        return source
    index_url = settings.ASKDOC_MEDLINEPLUS_INDEX_URL
    try:
        with urllib.request.urlopen(index_url, timeout=60) as response:
            page = response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError) as error:
        raise DownloadFailed(f"Cannot read the list of MedlinePlus files at {index_url}: "
                             f"{getattr(error, 'reason', error)}") from None
    return latest_file_url(page, index_url)


def questions_citing(pair_ids: set[str]) -> list[int]:
    """Published questions whose stored More Info cites one of these pairs, or that have none yet."""
    found = []
    rows = Question.objects.filter(status=Question.Status.PUBLISHED).values_list("pk", "more_info")
    for pk, more_info in rows.iterator(chunk_size=1000):
        more_info = more_info or {}
        if more_info.get("method") == "moderator":
            continue
        cited = {str(s.get("external_id", "")) for s in more_info.get("sources", []) if isinstance(s, dict)}
        if more_info.get("status") != "ok" or cited & pair_ids:
            found.append(pk)
    return found


def medlineplus_refresh(*, source: str, sha256: str = "", progress: bool = False, enrich: bool = True
                        ) -> RefreshResult:
    url = resolve_source(source)
    path = fetch(url, sha256=sha256, progress=progress)
    with tqdm(unit="topic", desc="MedlinePlus topics", disable=not progress) as bar:
        imported = import_medlineplus(path, progress=lambda title: bar.update(1))
    result = RefreshResult(source=url, imported=imported)
    if not imported.changed:
        return result  # nothing new: topics, indexes and pages stay as they are
    services.topics_refresh()
    for name in ("kb", "topics"):
        services.collection_rebuild(name=name, progress=progress)
    services.kb_sentences_index(progress=progress)
    if enrich:
        pending = questions_citing(set(imported.changed))
        services.questions_enrich_all(question_ids=pending)
        result.enriched = len(pending)
    return result


def schedule_next_refresh(source: str = LATEST) -> bool:
    """Queue the next weekly refresh unless one is waiting already (or refreshes are off, or tasks run inline)."""
    days = settings.ASKDOC_KNOWLEDGE_REFRESH_DAYS
    backend = refresh_medlineplus.get_backend()
    if days <= 0 or not backend.supports_defer:
        return False
    from django_tasks_db.models import DBTaskResult

    if DBTaskResult.objects.filter(task_path=refresh_medlineplus.module_path, status="READY").exists():
        return False
    refresh_medlineplus.using(run_after=timezone.now() + timedelta(days=days)).enqueue(source)
    return True


@task()
def refresh_medlineplus(source: str = LATEST) -> dict:
    """The scheduled re-import; it queues the next one first, so a failure does not end the schedule."""
    schedule_next_refresh(source)
    result = medlineplus_refresh(source=source)
    logger.info("MedlinePlus refresh from %s: %d created, %d updated, %d removed, %d questions re-enriched",
                result.source, result.imported.created, result.imported.updated, result.imported.removed,
                result.enriched)
    return {"source": result.source, "created": result.imported.created, "updated": result.imported.updated,
            "removed": result.imported.removed, "enriched": result.enriched}
