"""Wagtail's site history report without other people's records.

Wagtail shows a user every log entry of a model they hold any permission on, so HR of
one school would see the names and changes of staff at every other school. Changes to a
person's records stay in that record's own history, which is scoped to HR of their
school (people/viewsets.py); the site history keeps pages, policies and settings.
"""

from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.viewsets import viewsets
from wagtail.models import ModelLogEntry
from wagtail.utils.urlpatterns import decorate_urlpatterns

# Rows about one person (personal data is need-to-know).
PERSONAL_MODELS = [
    ("people", "staffmember"),
    ("people", "roleassignment"),
    ("people", "vettingcheck"),
    ("people", "hrscope"),
    ("handbook", "policyacknowledgement"),
    ("training", "trainingrecord"),
    ("training", "sessionbooking"),
    ("induction", "induction"),
    ("induction", "inductionstep"),
    ("induction", "inductionreview"),
    ("auth", "user"),
]


def scoped_models():
    """Models of every admin viewset that limits its rows to the user's scope (a viewset
    with a ``scope``): their history is personal, or a school's, by construction."""
    return [vs.model for vs in viewsets.viewsets if getattr(vs, "scope", None) is not None]


def personal_content_type_ids():
    listed = [
        ContentType.objects.get_by_natural_key(app, model).pk for app, model in PERSONAL_MODELS
    ]
    scoped = ContentType.objects.get_for_models(*scoped_models()).values()
    return listed + [content_type.pk for content_type in scoped]


class SiteHistoryView(LogEntriesView):
    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.request.user.is_superuser or queryset.model is not ModelLogEntry:
            return queryset
        return queryset.exclude(content_type_id__in=personal_content_type_ids())


# Mounted at /admin/reports/site-history/ ahead of Wagtail's own (portal/urls.py), with
# the checks Wagtail puts on every admin view.
urlpatterns = decorate_urlpatterns(
    decorate_urlpatterns(
        [
            path("", SiteHistoryView.as_view(), name="portal_site_history"),
            path(
                "results/",
                SiteHistoryView.as_view(results_only=True),
                name="portal_site_history_results",
            ),
        ],
        require_admin_access,
    ),
    never_cache,
)
