"""Background work of the knowledge engine. Queued after commit by askdoc.qa.services; idempotent."""

from django_tasks import task


@task()
def enrich_question(question_id: int) -> None:
    """Index a published (or edited) question and refresh its More Info, Similar Q&A and Related FAQ."""
    # Being written: see the knowledge-engine issue.


@task()
def unindex_question(question_id: int) -> None:
    """Remove a question that is no longer public from the search indexes."""
    # Being written: see the knowledge-engine issue.
