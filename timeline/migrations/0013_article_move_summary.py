"""Per-article count of visible moves kept by triggers, with the index the articles directory's
"most moves" sort walks (timeline/summary.py)."""

import django.db.models.deletion
from django.db import migrations, models


def install(apps, schema_editor):
    from timeline import summary

    summary.install(schema_editor.connection.alias, force=True)


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0012_person_move_summary"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArticleMoveSummary",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="move_summary",
                        serialize=False,
                        to="timeline.article",
                    ),
                ),
                ("title", models.CharField(max_length=500)),
                ("moves", models.IntegerField()),
            ],
        ),
        migrations.RunPython(install, migrations.RunPython.noop, elidable=False),
    ]
