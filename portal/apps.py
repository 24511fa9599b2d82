from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The platform: base pages, the staff home, hooks, compliance framework, sign-in."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = "Staffroom platform"

    def ready(self):
        # Security event logging and two-factor: importing them connects their log-in
        # signal receivers.
        from portal import content_version, lockout, private_files, security, twofactor  # noqa: F401

        # Shared caches' keys change with the content they show.
        content_version.connect()
        # Private files go with the rows that point at them.
        private_files.connect()

        # Every CSV export, Wagtail's own included, cannot carry a formula into Excel.
        from portal.spreadsheets import neutralise_wagtail_csv_exports

        neutralise_wagtail_csv_exports()
