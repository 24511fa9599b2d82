from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """Courses, requirements, training records, first aid and in-house sessions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "training"
