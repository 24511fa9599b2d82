from django.apps import AppConfig


class PortalConfig(AppConfig):
    """People, schools, roles, vetting and the compliance read-model."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "portal"
    verbose_name = "People and compliance"

    def ready(self):
        # Security event logging (issue #10): connects the log-in failure and lockout
        # signal receivers.
        from portal import document_access, lockout, pagecache, security  # noqa: F401

        # Cached staff pages are keyed by versions that every relevant write bumps.
        pagecache.connect()

        # Every CSV export, Wagtail's own included, cannot carry a formula into Excel.
        from portal.spreadsheets import neutralise_wagtail_csv_exports

        neutralise_wagtail_csv_exports()
