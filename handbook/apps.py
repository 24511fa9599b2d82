from django.apps import AppConfig


class HandbookConfig(AppConfig):
    """Role descriptions, policies with read-and-acknowledge, guidance and search."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "handbook"

    def ready(self):
        from handbook import receivers

        receivers.connect()
