"""First-run set-up of the knowledge engine, done by the background worker so the site starts at once.

`make run` queues it after loading the demo: the pages work straight away and fill in (More Info,
Similar Q&A, Related FAQ, search) while the worker imports and indexes.
"""

import logging
from pathlib import Path

from django.conf import settings
from django_tasks import task

from askdoc.knowledge import services
from askdoc.knowledge.demo_library import DEMO_SOURCES
from askdoc.knowledge.importers.medquad import import_medquad
from askdoc.knowledge.models import KbPair
from askdoc.qa.models import Question

logger = logging.getLogger(__name__)
SMALL_KB_PAIRS = 2000


def default_medquad_path() -> Path:
    return Path(settings.ASKDOC_SHARED_DATA) / "medquad" / "MedQuAD.tar.gz"


def knowledge_bootstrap(*, medquad_path: Path | None) -> dict:
    """Import MedQuAD when the knowledge base is empty, build the indexes, enrich questions not yet enriched.

    Idempotent: a second run imports nothing and enriches only questions that still have no More Info.
    """
    imported = 0
    # The demo library (loaded by `askdoc load_demo`) does not count: it only stands in for real knowledge.
    if (medquad_path is not None and medquad_path.exists()
            and not KbPair.objects.exclude(document__source__in=DEMO_SOURCES).exists()):
        imported = import_medquad(medquad_path).pairs
        services.topics_refresh()
    for name in ("kb", "topics"):
        services.collection_rebuild(name=name)  # unchanged texts are not re-encoded
    pending = list(
        Question.objects.filter(status=Question.Status.PUBLISHED, more_info={}).values_list("pk", flat=True)
    )
    # A small knowledge base (the demo library alone: about 900 sentences) is stored in a few batches faster than
    # the questions would encode its sentences one question at a time; a large one (MedQuAD: ~123k sentences,
    # minutes) waits until the questions are enriched (More Info encodes the few sentences it needs meanwhile).
    small = KbPair.objects.exclude(answer="").count() <= SMALL_KB_PAIRS
    if small:
        services.kb_sentences_index()
    services.questions_enrich_all(question_ids=pending)
    if not small:
        services.kb_sentences_index()  # sentences already stored are not re-encoded
    logger.info("knowledge bootstrap: %d pairs imported, %d questions enriched", imported, len(pending))
    return {"imported_pairs": imported, "enriched_questions": len(pending)}


@task()
def bootstrap(medquad_path: str | None) -> dict:
    return knowledge_bootstrap(medquad_path=Path(medquad_path) if medquad_path else None)
