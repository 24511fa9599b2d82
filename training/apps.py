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

        # What admin forms may offer of this app's models (people/form_scope.py).
        from people.form_scope import everything, register_rule
        from people.viewsets import by_school
        from training import models
        from training.viewsets import records_in_scope, sessions_in_scope

        register_rule(models.Course, everything)
        register_rule(models.TrainingRequirement, everything)
        register_rule(models.TrainingSession, sessions_in_scope)
        register_rule(models.TrainingRecord, records_in_scope)
        register_rule(models.FirstAidTarget, by_school)
        register_rule(models.FirstAidRotaEntry, by_school)
        register_rule(models.FirstAidOuting, by_school)
