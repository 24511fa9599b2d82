from django.apps import AppConfig


class DevDataConfig(AppConfig):
    """Demo content and scale data: the only app that may import every other."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "devdata"
    verbose_name = "Demo and scale data"
