from django.apps import AppConfig


class InductionConfig(AppConfig):
    """Induction templates per role and each new starter's checklist."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "induction"

    def ready(self):
        from induction import access, receivers  # noqa: F401 (access: the person's links)

        receivers.connect()

        # What admin forms may offer of this app's models (people/form_scope.py).
        from induction import models
        from induction.viewsets import by_person_school
        from people.form_scope import everything, register_rule

        register_rule(models.InductionTemplate, everything)
        register_rule(models.InductionTemplateStep, everything)
        register_rule(models.Induction, by_person_school)
