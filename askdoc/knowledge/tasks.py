"""Background work of the knowledge engine. Queued after commit by askdoc.qa.services; idempotent."""

from django_tasks import task

from askdoc.knowledge import services


@task()
def enrich_question(question_id: int) -> None:
    """Index a published (or edited) question and refresh its More Info, Similar Q&A and Related FAQ."""
    services.question_enrich(question=question_id)


@task()
def unindex_question(question_id: int) -> None:
    """Remove a question that is no longer public from the search indexes, with its automatic links."""
    services.question_unindex(question=question_id)
