"""Full-text search indexes: FTS5 tables and triggers on SQLite; pg_trgm, and GIN indexes over
the search expressions on PostgreSQL (see timeline/search.py, which also re-creates missing
SQLite triggers after every migrate)."""

from django.db import migrations


def create(apps, schema_editor):
    from timeline import search

    if schema_editor.connection.vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            search.install_sqlite(cursor)
    elif schema_editor.connection.vendor == "postgresql":
        search.install_postgres(schema_editor)


def drop(apps, schema_editor):
    from timeline import search

    if schema_editor.connection.vendor == "sqlite":
        for fts in (search.ARTICLE_FTS, search.EVIDENCE_FTS):
            for suffix in ("ai", "ad", "au"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            schema_editor.execute(f"DROP TABLE IF EXISTS {fts}")
    elif schema_editor.connection.vendor == "postgresql":
        for _, index in search.postgres_indexes():
            schema_editor.execute(f"DROP INDEX IF EXISTS {index.name}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0004_postgresql_newest_first_indexes")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
