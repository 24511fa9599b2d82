"""The Single Central Record report in the Wagtail admin: HR per school, Trust HR trust-wide.

One row per person (staff, agency, volunteers, governors, trustees); a (done, date)
pair per check in the CSV/XLSX export (portal.scr). The page runs a fixed number of
queries whatever the number of people (tests/portal/test_scr_report.py).
"""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import Button

from people.compliance_counts import COUNTED
from people.models import CheckType, Role, StaffMember
from people.report_access import HROnlyMixin
from people.scope import hr_schools, hr_staff
from people.scr import report as scr
from people.vetting_rules import ALL_CHECKS, VettingSource
from portal import spreadsheets
from portal.compliance import Status, worst

GAPS = (Status.MISSING, Status.EXPIRED, Status.PENDING)


def incomplete(queryset, today=None):
    """The people with a vetting check missing, expired or pending (three queries)."""
    results = VettingSource().results_for(queryset, today=today)
    ids = [pk for pk, rs in results.items() if any(r.status in GAPS for r in rs)]
    return queryset.filter(pk__in=ids)


def in_status(queryset, status, today=None):
    """The people whose vetting, taken as a whole (their worst check), is in ``status``:
    the same people the compliance picture counts there (three queries)."""
    results = VettingSource().results_for(queryset, today=today)
    ids = [pk for pk, rs in results.items() if rs and worst(r.status for r in rs) == status]
    return queryset.filter(pk__in=ids)


class ScrFilterSet(WagtailFilterSet):
    school = django_filters.ModelChoiceFilter(
        queryset=lambda request: hr_schools(request.user), empty_label="All my schools"
    )
    employment_type = django_filters.ChoiceFilter(
        label="Staff type", choices=StaffMember.EmploymentType.choices, empty_label="Any"
    )
    role = django_filters.ModelChoiceFilter(
        field_name="roles", queryset=Role.objects.all(), empty_label="Any", distinct=True
    )
    former_staff = django_filters.BooleanFilter(
        label="Former staff checks",
        method="no_op",
        help_text="Leavers are not on the SCR. Tick to see, or export, the checks of "
        "former staff instead (kept under the retention policy, not part of the SCR).",
    )
    incomplete_only = django_filters.BooleanFilter(
        label="Incomplete only", method="filter_incomplete"
    )
    status = django_filters.ChoiceFilter(
        label="Vetting status",
        choices=[(s.value, s.label) for s in COUNTED],
        method="filter_status",
        empty_label="Any",
        help_text="Each person's vetting as a whole: their worst check.",
    )

    class Meta:
        model = StaffMember
        fields = []

    def no_op(self, queryset, name, value):
        return queryset  # read by the view: leavers are dropped before filtering

    def filter_incomplete(self, queryset, name, value):
        return incomplete(queryset) if value else queryset

    def filter_status(self, queryset, name, value):
        return in_status(queryset, Status(value)) if value else queryset


class ScrReportView(HROnlyMixin, ReportView):
    page_title = "Single Central Record"
    header_icon = "clipboard-list"
    results_template_name = "people/admin/scr_report_results.html"
    filterset_class = ScrFilterSet
    index_url_name = "portal_scr"
    index_results_url_name = "portal_scr_results"
    paginate_by = 50
    is_searchable = True
    search_backend_name = None  # ORM search: a name or staff number
    search_fields = ["first_name", "last_name", "preferred_name", "staff_number"]
    list_export = ["scr"]  # shows the export buttons; the columns come from portal.scr
    no_results_message = "Nobody matches these filters."

    @property
    def former_staff(self):
        return self.request.GET.get("former_staff") in ("true", "True", "1", "on")

    def get_base_queryset(self):
        staff = hr_staff(self.request.user)
        if self.former_staff:
            return scr.former_staff_queryset(staff).select_related("school")
        return scr.scr_queryset(staff).select_related("school")

    def get_filename(self):
        name = "former-staff-checks" if self.former_staff else "single-central-record"
        return f"{name}-{timezone.localdate():%Y-%m-%d}"

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.get_filtered_queryset(), request.GET["export"])
        return super().get(request, *args, **kwargs)

    def as_spreadsheet(self, queryset, spreadsheet_format):
        headings = scr.headings()
        rows = scr.iter_rows(queryset)
        if spreadsheet_format == self.FORMAT_CSV:
            return spreadsheets.csv_response(headings, rows, self.get_filename())
        title = "Former staff checks" if self.former_staff else "SCR"
        return spreadsheets.xlsx_response(headings, rows, self.get_filename(), title=title)

    def decorate_paginated_queryset(self, object_list):
        return scr.build_records(list(object_list))

    @cached_property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            Button(
                "Import an SCR spreadsheet",
                reverse("portal_import", args=["scr"]),
                icon_name="upload",
                priority=110,
            ),
            Button(
                "Import staff from the MIS",
                reverse("portal_import", args=["staff"]),
                icon_name="upload",
                priority=120,
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["check_labels"] = [CheckType(c).label for c in ALL_CHECKS]
        return context
