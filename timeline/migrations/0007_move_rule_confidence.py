# The rule that read a move and how far to trust it (issue 7); also merges the two 0005/0006 branches.

from django.db import migrations, models


def fields(model):
    return [
        migrations.AddField(
            model_name=model,
            name="rule",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="The extraction rule that read this move from its first article (empty when a curator "
                "typed it).",
                max_length=60,
            ),
        ),
        migrations.AddField(
            model_name=model,
            name="confidence",
            field=models.FloatField(
                default=1.0,
                editable=False,
                db_index=True,
                help_text="How far the extraction is to be trusted, 0 to 1: from the rule, the evidence and the "
                "number of sources. A move a curator typed in is 1.",
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0005_full_text_search"),
        ("timeline", "0006_move_consolidation_and_units"),
    ]

    operations = [
        *fields("move"),
        *fields("historicalmove"),
        migrations.AddField(
            model_name="evidence",
            name="rule",
            field=models.CharField(blank=True, help_text="The extraction rule that read this sentence.", max_length=60),
        ),
        migrations.AddField(
            model_name="evidence",
            name="confidence",
            field=models.FloatField(default=1.0, help_text="This sentence's own support for the move, 0 to 1."),
        ),
    ]
