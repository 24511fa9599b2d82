from django.apps import AppConfig


class InductionConfig(AppConfig):
    """Induction templates per role and each new starter's checklist."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "induction"

    def ready(self):
        from induction import access, receivers  # noqa: F401 (access: the person's links)

        receivers.connect()
