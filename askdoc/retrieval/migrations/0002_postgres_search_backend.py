"""The postgres search backend's schema: pgvector, an HNSW index per collection, full-text columns.

Only on PostgreSQL and only for the databases in ASKDOC_SEARCH_POSTGRES_DATABASES (the default
database when ASKDOC_SEARCH_BACKEND=postgres); elsewhere this migration does nothing. Switching the
backend on later: `askdoc reindex` creates the same schema and fills it.
"""

from django.db import migrations


def create_schema(apps, schema_editor):
    from askdoc.retrieval.postgres import schema_statements, schema_wanted

    connection = schema_editor.connection
    if connection.vendor != "postgresql" or not schema_wanted(connection.alias):
        return
    for statement in schema_statements():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("retrieval", "0001_initial")]

    operations = [migrations.RunPython(create_schema, migrations.RunPython.noop)]
