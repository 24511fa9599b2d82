from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """Courses, requirements, training records, first aid and in-house sessions."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "training"

    def ready(self):
        from portal import content_version

        from .models import Course, TrainingRequirement

        # Requirements and course titles are kept in a shared cache (compliance.py).
        content_version.watch(TrainingRequirement)
        content_version.watch(Course)
