"""PostgreSQL-only indexes for "newest first, undated last" (ORDER BY date DESC NULLS LAST, id DESC).

The moves explorer and the admin's move list sort that way. PostgreSQL puts NULLs first in a
descending scan of a plain (date, id) index, so it sorted all 100,000 rows for each page;
these indexes match the ORDER BY. SQLite cannot declare NULLS LAST in an index and reads its
(date, id) index fine, so nothing is created there.
"""

from django.db import migrations

INDEXES = {
    "timeline_move_newest_first": "(date DESC NULLS LAST, id DESC)",
    "timeline_move_status_newest_first": "(status, date DESC NULLS LAST, id DESC)",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON timeline_move {columns}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0003_article_published_curated")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
