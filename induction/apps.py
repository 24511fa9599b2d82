from django.apps import AppConfig


class InductionConfig(AppConfig):
    """Induction templates per role and each new starter's checklist."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "induction"

    def ready(self):
        from induction import receivers

        receivers.connect()
