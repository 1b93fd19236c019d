"""Move counts per organisation and year (OrganizationMoveCount, PairMoveCount), kept by
triggers on timeline_move; the counts of the moves already there are written here."""

from django.db import migrations, models


def install(apps, schema_editor):
    """Nothing yet: the triggers and the counts are written in the shape of the latest schema, which
    this migration does not have, by 0011 (and after every migrate). Writing them here failed on a
    database that already held moves ("no column named bucket")."""


def drop(apps, schema_editor):
    from timeline import summary

    if schema_editor.connection.vendor == "sqlite":
        for name in summary.TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif schema_editor.connection.vendor == "postgresql":
        for name in summary.TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON timeline_move")
        schema_editor.execute("DROP FUNCTION IF EXISTS timeline_move_counts()")


class Migration(migrations.Migration):
    dependencies = [("timeline", "0007_move_rule_confidence")]

    operations = [
        migrations.CreateModel(
            name="OrganizationMoveCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("year", models.IntegerField()),
                ("side", models.CharField(max_length=3)),
                ("organization_id", models.BigIntegerField()),
                ("status", models.CharField(max_length=12)),
                ("n", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("year", "side", "organization_id", "status"), name="timeline_orgmovecount_unique_key"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="PairMoveCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("year", models.IntegerField()),
                ("from_id", models.BigIntegerField()),
                ("to_id", models.BigIntegerField()),
                ("status", models.CharField(max_length=12)),
                ("n", models.IntegerField()),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(
                        fields=("year", "from_id", "to_id", "status"), name="timeline_pairmovecount_unique_key"
                    )
                ],
            },
        ),
        migrations.RunPython(install, drop, elidable=False),
    ]
