from django.apps import AppConfig


class HandbookConfig(AppConfig):
    """Role descriptions, policies with read-and-acknowledge, guidance and search."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "handbook"

    def ready(self):
        from handbook import receivers

        receivers.connect()

        # The handbook is shared across the trust: any page or category may be linked
        # (people/form_scope.py asks for a rule for every related model).
        from django.apps import apps as registry
        from wagtail.models import Page

        from people.form_scope import everything, register_rule

        for model in registry.get_app_config("handbook").get_models():
            if issubclass(model, Page) or model._meta.model_name == "policycategory":
                register_rule(model, everything)
