"""Admin reports: training matrix, expiring soon, first-aid cover (HR only, scoped)."""

from dataclasses import dataclass
from datetime import date

import django_filters
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from people.models import Role, StaffMember
from people.report_access import HRMenuItem, HROnlyMixin
from people.scope import hr_schools, hr_staff
from portal.compliance import STATUS_LABELS, Status
from portal.spreadsheets import SafeSpreadsheetExportMixin, csv_response, xlsx_response

from . import first_aid, matrix
from .compliance import assess
from .models import Course


class HRReportMixin(HROnlyMixin):
    """Reports are for HR: anyone else gets a 403; everything is scoped to their schools."""

    @cached_property
    def today(self):
        return timezone.localdate()


class MatrixFilterSet(WagtailFilterSet):
    school = django_filters.ModelChoiceFilter(
        queryset=lambda request: hr_schools(request.user), empty_label="All your schools"
    )
    role = django_filters.ModelChoiceFilter(
        queryset=Role.objects.all(), field_name="roles", empty_label="Any role", distinct=True
    )
    category = django_filters.ChoiceFilter(
        label="Course category", choices=Course.Category.choices, method="keep", empty_label="Any"
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(s.value, STATUS_LABELS[s]) for s in Status if s != Status.NOT_REQUIRED],
        method="keep",
        empty_label="Any",
    )

    class Meta:
        model = StaffMember
        fields = ["school", "role"]

    def keep(self, queryset, name, value):
        return queryset  # applied by the view: it needs each person's requirements


class StatusColumn(Column):
    """One course: the status in words and the expiry date."""

    cell_template_name = "training/admin/status_cell.html"

    def __init__(self, course):
        super().__init__(f"course_{course.pk}", label=course.title)
        self.course = course

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["item"] = instance.training.get(self.course.pk)
        return context


class MatrixView(HRReportMixin, ReportView):
    page_title = "Training matrix"
    header_icon = "table"
    index_url_name = "training_matrix:index"
    index_results_url_name = "training_matrix:index_results"
    filterset_class = MatrixFilterSet
    show_export_buttons = True
    paginate_by = 50

    def get_queryset(self):
        return (
            hr_staff(self.request.user)
            .current(self.today)
            .select_related("school")
            .order_by("last_name", "first_name", "pk")
        )

    def _filter(self, name):
        return self.filters.form.cleaned_data.get(name) if self.filters.is_valid() else None

    @cached_property
    def courses(self):
        return matrix.matrix_courses(self._filter("category") or None, self._filter("role"))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        status = self._filter("status")
        if status:
            ids = matrix.people_with_status(
                queryset, status, self.today, {c.pk for c in self.courses}
            )
            queryset = queryset.filter(pk__in=ids)
        return queryset

    @property
    def columns(self):
        return [
            Column("full_name", label="Name"),
            Column("school", label="School"),
            Column("role_names", label="Roles"),
            *[StatusColumn(course) for course in self.courses],
        ]

    def get_table(self, object_list):
        return super().get_table(matrix.decorate(object_list, self.today))

    def get(self, request, *args, **kwargs):
        export = request.GET.get("export")
        if export in ("csv", "xlsx"):
            staff = self.get_filtered_queryset()
            headings = matrix.headings(self.courses)
            rows = matrix.rows(staff, self.courses, self.today)
            name = f"training-matrix-{self.today:%Y-%m-%d}"
            if export == "csv":
                return csv_response(headings, rows, name)
            return xlsx_response(headings, rows, name, title="Training matrix")
        return super().get(request, *args, **kwargs)


@dataclass
class ExpiringRow:
    person: StaffMember
    course: str
    expires_on: date
    status: str

    @property
    def days_left(self):
        return (self.expires_on - timezone.localdate()).days


class ExpiringView(HRReportMixin, SafeSpreadsheetExportMixin, ReportView):
    """Requirements whose valid record expires within the "expiring soon" window."""

    page_title = "Training expiring soon"
    header_icon = "time"
    index_url_name = "training_expiring:index"
    index_results_url_name = "training_expiring:index_results"
    list_export = ["person", "person.staff_number", "person.school", "course", "expires_on"]
    export_headings = {"person.staff_number": "Staff number", "person.school": "School"}
    columns = [
        Column("person", label="Name"),
        Column("school", label="School", accessor="person.school"),
        Column("course", label="Course"),
        DateColumn("expires_on", label="Expires"),
        Column("days_left", label="Days left"),
    ]

    def get_filename(self):
        return f"training-expiring-{self.today:%Y-%m-%d}"

    def get_queryset(self):
        staff = hr_staff(self.request.user).current(self.today)
        people = staff.select_related("school").in_bulk()
        rows = [
            ExpiringRow(people[pid], item.course_title, item.expires_on, item.status.label)
            for pid, items in assess(staff, self.today).items()
            for item in items
            if item.status == Status.EXPIRING
        ]
        return sorted(rows, key=lambda r: (r.expires_on, r.person.last_name))


class FirstAidCoverView(HRReportMixin, ReportView):
    page_title = "First-aid cover"
    header_icon = "pick"
    index_url_name = "first_aid_cover:index"
    index_results_url_name = "first_aid_cover:index_results"
    results_template_name = "training/admin/first_aid_cover_results.html"
    paginate_by = None

    def get_queryset(self):
        return first_aid.cover_for(hr_schools(self.request.user), self.today)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = first_aid.rules.first_aid_lookahead_days()
        return context


class ReportViewSet(ViewSet):
    """A report as a menu item of the Training group, shown to HR only."""

    view_class = None
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            path("", self.view_class.as_view(), name="index"),
            path("results/", self.view_class.as_view(results_only=True), name="index_results"),
        ]

    menu_item_class = HRMenuItem


class MatrixViewSet(ReportViewSet):
    view_class = MatrixView
    menu_label = "Training matrix"
    icon = "table"
    menu_order = 70


class ExpiringViewSet(ReportViewSet):
    view_class = ExpiringView
    menu_label = "Expiring soon"
    icon = "time"
    menu_order = 80


class FirstAidCoverViewSet(ReportViewSet):
    view_class = FirstAidCoverView
    menu_label = "First-aid cover"
    icon = "pick"
    menu_order = 90
