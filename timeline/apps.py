from django.apps import AppConfig
from django.db.models.signals import post_migrate


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Career timeline"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from timeline import search, summary

        # The full-text tables' triggers are lost when a migration remakes a SQLite table.
        post_migrate.connect(search.install, sender=self, dispatch_uid="timeline_search_install")
        # So are the triggers that keep the move counts (timeline/summary.py).
        post_migrate.connect(summary.install, sender=self, dispatch_uid="timeline_summary_install")
