"""Admin URLs: the two reports (with their results fragments) and the import views."""

from django.urls import include, path

from handbook.admin_views import ImportJobDescriptionView, ImportPoliciesView
from handbook.reports import AcknowledgementsReportView, PoliciesDueForReviewView

report_patterns = (
    [
        path("review-due/", PoliciesDueForReviewView.as_view(), name="review_due"),
        path(
            "review-due/results/",
            PoliciesDueForReviewView.as_view(results_only=True),
            name="review_due_results",
        ),
        path("acknowledgements/", AcknowledgementsReportView.as_view(), name="acknowledgements"),
        path(
            "acknowledgements/results/",
            AcknowledgementsReportView.as_view(results_only=True),
            name="acknowledgements_results",
        ),
    ],
    "handbook_reports",
)

urlpatterns = [
    path("handbook/reports/", include(report_patterns)),
    path(
        "handbook/import-job-description/",
        ImportJobDescriptionView.as_view(),
        name="handbook_import_jd",
    ),
    path(
        "handbook/import-policies/", ImportPoliciesView.as_view(), name="handbook_import_policies"
    ),
]
