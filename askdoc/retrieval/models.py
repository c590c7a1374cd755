"""Search indexes persisted in the database, so SQLite and PostgreSQL deployments work the same way.

Each process keeps its own in-memory copy (askdoc.retrieval.store) and catches up with what other
processes wrote by reading the rows whose `seq` is newer than what it has seen.
"""

from django.db import models


class IndexState(models.Model):
    """One row per collection: a counter bumped by every write, so readers can tell they are behind."""

    collection = models.CharField(max_length=32, primary_key=True)
    seq = models.BigIntegerField(default=0)
    # Changes with every write; a reader that sees another token knows the collection moved.
    token = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.collection} @ {self.seq}"


class IndexedDocument(models.Model):
    """A document of a collection with its embedding; a removal keeps a tombstone (deleted=True).

    Tombstones let other processes see the removal incrementally, and keep the vector so that
    re-adding the same text does not re-encode it.
    """

    collection = models.CharField(max_length=32)
    key = models.CharField(max_length=255)
    text = models.TextField()
    text_hash = models.CharField(max_length=64)
    meta = models.JSONField(default=dict, blank=True)
    vector = models.BinaryField()
    seq = models.BigIntegerField()
    deleted = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["collection", "key"], name="retrieval_doc_unique_key")]
        indexes = [models.Index(fields=["collection", "seq"], name="retrieval_doc_seq")]

    def __str__(self) -> str:
        return f"{self.collection}:{self.key}"
