from django.apps import AppConfig


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = "Career timeline"
    default_auto_field = "django.db.models.BigAutoField"
