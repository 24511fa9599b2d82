"""Admin report "Induction progress": per school, for HR, with overdue flags; CSV/XLSX."""

from dataclasses import dataclass
from datetime import date

import django_filters
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from people.models import StaffMember
from people.report_access import HROnlyMixin
from people.scope import hr_schools
from portal.spreadsheets import SafeSpreadsheetExportMixin

from .models import Induction, InductionStep
from .models.inductions import STATUS_LABELS


class ProgressFilterSet(WagtailFilterSet):
    school = django_filters.ModelChoiceFilter(
        field_name="staff_member__school",
        queryset=lambda request: hr_schools(request.user),
        empty_label="All your schools",
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[(s.value, label) for s, (label, _) in STATUS_LABELS.items()],
        method="keep",
        empty_label="Any",
    )

    class Meta:
        model = Induction
        fields = ["school"]

    def keep(self, queryset, name, value):
        return queryset  # applied by the view: status needs each induction's steps


@dataclass
class ProgressRow:
    person: StaffMember
    school: str
    mentor: str
    line_manager: str
    start_date: date
    status: str
    status_value: str
    percentage: int
    steps_done: int
    steps_total: int
    overdue: int
    overdue_steps: str
    next_due: date | None

    @property
    def overdue_flag(self):
        return "Overdue" if self.overdue else ""

    # Dates in words ("3 March 2026") on screen; the export keeps real dates.
    @property
    def started(self):
        return f"{self.start_date:%-d %B %Y}"

    @property
    def next_due_on(self):
        return f"{self.next_due:%-d %B %Y}" if self.next_due else ""


def rows_for(inductions, today):
    rows = []
    for induction in inductions:
        status = induction.status(today)
        done, total = induction.counts()
        overdue = induction.overdue_steps(today)
        upcoming = induction.next_steps(today, limit=1)
        person = induction.staff_member
        rows.append(
            ProgressRow(
                person=person,
                school=str(person.school),
                mentor=str(induction.mentor or ""),
                line_manager=str(person.line_manager or ""),
                start_date=induction.start_date,
                status=status.label,
                status_value=status.value,
                percentage=induction.percentage(),
                steps_done=done,
                steps_total=total,
                overdue=len(overdue),
                overdue_steps="; ".join(s.title for s in overdue),
                next_due=upcoming[0].due_on if upcoming else None,
            )
        )
    return rows


class InductionProgressView(HROnlyMixin, SafeSpreadsheetExportMixin, ReportView):
    page_title = "Induction progress"
    header_icon = "list-ul"
    index_url_name = "induction_progress:index"
    index_results_url_name = "induction_progress:index_results"
    filterset_class = ProgressFilterSet
    show_export_buttons = True
    list_export = [
        "person",
        "person.staff_number",
        "school",
        "mentor",
        "line_manager",
        "start_date",
        "status",
        "percentage",
        "steps_done",
        "steps_total",
        "overdue",
        "overdue_steps",
        "next_due",
    ]
    export_headings = {
        "person": "Name",
        "person.staff_number": "Staff number",
        "percentage": "Percentage complete",
        "overdue": "Steps overdue",
        "next_due": "Next step due",
    }
    columns = [
        Column("person", label="Name"),
        Column("school", label="School"),
        Column("mentor", label="Mentor"),
        Column("started", label="Started"),
        Column("status", label="Status"),
        Column("percentage", label="% complete"),
        Column("overdue", label="Steps overdue"),
        Column("overdue_flag", label="Flag"),
        Column("next_due_on", label="Next step due"),
    ]

    @cached_property
    def today(self):
        return timezone.localdate()

    def get_filename(self):
        return f"induction-progress-{self.today:%Y-%m-%d}"

    def get_queryset(self):
        steps = InductionStep.objects.only(
            "induction_id", "title", "due_on", "completed_at", "stage", "sort_order"
        )
        return (
            Induction.objects.filter(staff_member__school__in=hr_schools(self.request.user))
            .filter(staff_member__in=StaffMember.objects.current(self.today))
            .select_related("staff_member__school", "staff_member__line_manager", "mentor")
            .prefetch_related(Prefetch("steps", queryset=steps))
            .order_by("staff_member__school__name", "staff_member__last_name", "pk")
        )

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        rows = rows_for(queryset, self.today)
        status = self.filters.form.cleaned_data.get("status") if self.filters else None
        if self.filters and self.filters.is_valid() and status:
            rows = [r for r in rows if r.status_value == status]
        return rows
