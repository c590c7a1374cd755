"""The knowledge base: MedQuAD documents and their question-answer pairs, as the authors publish them.

Imported by `askdoc import_medquad`; read by the "kb" retrieval collection, More Info and the topics.
"""

from django.db import models


class KbDocument(models.Model):
    """One MedQuAD XML file: a focus (condition, test, drug...) described by one NIH web page."""

    source = models.CharField(max_length=40, help_text='Document@source, e.g. "GHR", "MPlusHealthTopics".')
    doc_id = models.CharField(max_length=40, help_text="Document@id, e.g. 0000804.")
    url = models.URLField(max_length=500, blank=True)
    focus = models.CharField(max_length=300)
    synonyms = models.JSONField(default=list, blank=True)
    cuis = models.JSONField(default=list, blank=True)
    semantic_types = models.JSONField(default=list, blank=True)  # UMLS type codes, e.g. ["T047"]
    semantic_group = models.CharField(max_length=60, blank=True)
    category = models.CharField(max_length=20, blank=True, help_text="Disease, Drug or Other (MedlinePlus only).")
    file_name = models.CharField(max_length=200, help_text="Path inside the MedQuAD tree.")

    class Meta:
        ordering = ["source", "doc_id"]
        constraints = [models.UniqueConstraint(fields=["source", "doc_id"], name="unique_kb_document")]

    def __str__(self) -> str:
        return f"{self.source} {self.doc_id}: {self.focus}"


class KbPair(models.Model):
    """A question-answer pair, keeping MedQuAD's own id `{source}_{docid}_Sec{pid}`."""

    external_id = models.CharField(max_length=80, unique=True)
    document = models.ForeignKey(KbDocument, on_delete=models.CASCADE, related_name="pairs")
    pid = models.CharField(max_length=10)
    question = models.TextField()
    qtype = models.CharField(max_length=60, blank=True, db_index=True)
    # '' when the authors removed the answer (MedlinePlus copyright): such pairs feed topics, never answers.
    answer = models.TextField(blank=True)

    class Meta:
        ordering = ["external_id"]

    def __str__(self) -> str:
        return self.external_id

    @property
    def has_answer(self) -> bool:
        return bool(self.answer)


class SentenceVector(models.Model):
    """The stored embedding of one knowledge-base answer sentence (askdoc.knowledge.sentences).

    Keyed by SHA-256 of the encoder's name and the sentence, so another encoder or an edited answer misses
    instead of reading a stale vector. float16: More Info only ranks by cosine, and it halves the table.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    vector = models.BinaryField()

    def __str__(self) -> str:
        return self.digest
