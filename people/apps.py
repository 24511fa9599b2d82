from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """Trusts, schools, roles, staff, HR access, vetting checks and the SCR."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "people"
    verbose_name = "People"

    def ready(self):
        from portal import content_version

        from .models import Role

        # Role names are shown in shared, cached policy bodies.
        content_version.watch(Role)

        from people import form_scope

        form_scope.register_wagtail_rules()
