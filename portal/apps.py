from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The platform: base pages, the staff home, hooks, compliance framework, sign-in."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = "Staffroom platform"

    def ready(self):
        # Security event logging (issue #10): connects the log-in failure and lockout
        # signal receivers.
        from portal import private_files, security  # noqa: F401

        private_files.connect()
