"""The postgres search backend's per-department indexes: a B-tree that counts a department's rows, and a partial
HNSW index per collection and department with ASKDOC_SEARCH_FILTER_INDEX_MIN_ROWS rows or more (later ones are
created by the write that reaches the threshold). Only where migration 0002 created the schema.
"""

from django.db import migrations


def create_indexes(apps, schema_editor):
    from askdoc.retrieval.postgres import INDEXED_COLLECTIONS, PostgresBackend, schema_statements, schema_wanted

    connection = schema_editor.connection
    if connection.vendor != "postgresql" or not schema_wanted(connection.alias):
        return
    for statement in schema_statements():
        schema_editor.execute(statement)
    backend = PostgresBackend(using=connection.alias)
    for collection in INDEXED_COLLECTIONS:
        backend.filter_indexes_update(collection)


class Migration(migrations.Migration):
    dependencies = [("retrieval", "0002_postgres_search_backend")]

    operations = [migrations.RunPython(create_indexes, migrations.RunPython.noop)]
