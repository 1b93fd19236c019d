"""Per-person move summary (counts in and out, newest date) kept by triggers, with the indexes
the people directory's sorts walk (timeline/summary.py); an index of articles by ingestion for
the admin move list's article filter."""

import django.db.models.deletion
from django.db import migrations, models


def install(apps, schema_editor):
    from timeline import summary

    summary.install(schema_editor.connection.alias, force=True)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0011_move_counts_people"),
    ]

    operations = [
        migrations.CreateModel(
            name="PersonMoveSummary",
            fields=[
                (
                    "person",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="move_summary",
                        serialize=False,
                        to="timeline.person",
                    ),
                ),
                ("name", models.CharField(max_length=200)),
                ("moves", models.IntegerField()),
                ("n_in", models.IntegerField()),
                ("n_out", models.IntegerField()),
                ("latest", models.DateField(null=True)),
            ],
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["ingested_at", "id"], name="timeline_article_ingested"),
        ),
        migrations.RunPython(install, migrations.RunPython.noop, elidable=False),
    ]
