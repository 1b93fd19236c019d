"""Move counts per person too (side "who"), for the home page's count of people with a move,
and an index of the counts that are not zero: the triggers are written again and the counts
redone."""

from django.db import migrations, models


def install(apps, schema_editor):
    from timeline import summary

    summary.install(schema_editor.connection.alias, force=True)


class Migration(migrations.Migration):
    dependencies = [("timeline", "0010_evidence_claim")]

    operations = [
        migrations.AddIndex(
            model_name="organizationmovecount",
            index=models.Index(
                condition=models.Q(("n__gt", 0)),
                fields=["side", "bucket", "year", "n", "organization_id"],
                name="timeline_orgmovecount_nonzero",
            ),
        ),
        migrations.RunPython(install, migrations.RunPython.noop, elidable=False),
    ]
