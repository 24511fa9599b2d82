"""Admin reports: policies due for review, and who has acknowledged each policy.

Both are Wagtail ReportViews, so both export to CSV and XLSX.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import django_filters
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from handbook.acknowledging import live_policies, requirement_matrix
from handbook.models import PolicyAcknowledgement, PolicyPage
from handbook.models.policies import REVIEW_SOON_DAYS
from people import scope as p
from people.models import Role, School, StaffMember

REPORT_PERMISSION = ModelPermissionPolicy(PolicyAcknowledgement)


def long_date(value):
    """Dates in words, e.g. "3 March 2026": the admin's DateColumn would say "in 2 weeks"."""
    return date_format(value, "j F Y") if value else ""


def review_status(policy, today=None):
    return policy.review_status(today)


def owner_label(policy, today):
    owner = policy.policy_owner
    if owner is None:
        return "No owner: Handbook editors are reminded"
    if owner.leaving_date and owner.leaving_date < today:
        return f"{owner} (has left: Handbook editors are reminded)"
    return str(owner)


class PoliciesDueForReviewView(ReportView):
    page_title = "Policies due for review"
    header_icon = "time"
    index_url_name = "handbook_reports:review_due"
    index_results_url_name = "handbook_reports:review_due_results"
    permission_policy = REPORT_PERMISSION
    any_permission_required = ["view"]
    export_filename = "policies-due-for-review"
    list_export = ["title", "category", "owner_name", "next_review_date", "status", "version"]
    export_headings = {
        "title": "Policy",
        "category": "Category",
        "owner_name": "Owner",
        "next_review_date": "Next review date",
        "status": "Status",
        "version": "Version",
    }
    columns = [
        TitleColumn("title", label="Policy", url_name="wagtailadmin_pages:edit"),
        Column("category", label="Category"),
        Column("owner_name", label="Owner"),
        Column("next_review_text", label="Next review date"),
        Column("status", label="Status"),
        Column("version", label="Version"),
    ]

    def get_queryset(self):
        horizon = timezone.localdate() + timedelta(days=REVIEW_SOON_DAYS)
        return (
            PolicyPage.objects.filter(
                Q(next_review_date__lte=horizon)
                | Q(next_review_date__isnull=True)
                | Q(approved_on__isnull=True)
            )
            .select_related("category", "policy_owner")
            .order_by("next_review_date", "title")
        )

    def decorate_paginated_queryset(self, object_list):
        today = timezone.localdate()
        for policy in object_list:
            policy.status = review_status(policy, today)
            policy.owner_name = owner_label(policy, today)
            policy.version = policy.version_label
            policy.next_review_text = long_date(policy.next_review_date)
        return object_list

    def get_filtered_queryset(self):
        # Exports skip decorate_paginated_queryset's page, so decorate everything here.
        return self.decorate_paginated_queryset(list(super().get_filtered_queryset()))


def visible_schools(user):
    """HR sees their own schools; editors and approvers their own school; superusers all."""
    schools = p.hr_schools(user)
    if user.is_superuser or schools.exists():
        return schools
    person = p.staff_member_for(user)
    return School.objects.filter(pk=person.school_id) if person else School.objects.none()


def _schools(request):
    return visible_schools(request.user) if request else School.objects.none()


def _keep(queryset, name, value):
    return queryset  # read in AcknowledgementsReportView, not a filter on people


class AcknowledgementFilterSet(WagtailFilterSet):
    policy = django_filters.ModelChoiceFilter(
        label="Policy", queryset=PolicyPage.objects.live().order_by("title"), method=_keep
    )
    school = django_filters.ModelChoiceFilter(label="School", queryset=_schools)
    roles = django_filters.ModelChoiceFilter(label="Role", queryset=Role.objects.all())
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=[("done", "Acknowledged"), ("missing", "Not acknowledged")],
        method=_keep,
    )

    class Meta:
        model = StaffMember
        fields = ["policy", "school", "roles", "status"]


@dataclass
class AckRow:
    policy: str
    version: str
    staff_number: str
    person: str
    school: str
    status: str
    acknowledged_on: date | None
    acknowledged_version: str

    @property
    def acknowledged_on_text(self):
        return long_date(self.acknowledged_on) or "Not yet"


class AcknowledgementsReportView(ReportView):
    page_title = "Policy acknowledgements"
    header_icon = "tick-inverse"
    index_url_name = "handbook_reports:acknowledgements"
    index_results_url_name = "handbook_reports:acknowledgements_results"
    permission_policy = REPORT_PERMISSION
    any_permission_required = ["view"]
    filterset_class = AcknowledgementFilterSet
    export_filename = "policy-acknowledgements"
    paginate_by = 100
    list_export = [
        "policy",
        "version",
        "staff_number",
        "person",
        "school",
        "status",
        "acknowledged_on",
        "acknowledged_version",
    ]
    export_headings = {
        "policy": "Policy",
        "version": "Current version",
        "staff_number": "Staff number",
        "person": "Name",
        "school": "School",
        "status": "Status",
        "acknowledged_on": "Acknowledged on",
        "acknowledged_version": "Version acknowledged",
    }
    columns = [
        Column("policy", label="Policy"),
        Column("version", label="Current version"),
        Column("person", label="Name"),
        Column("school", label="School"),
        Column("status", label="Status"),
        Column("acknowledged_on_text", label="Acknowledged on"),
    ]

    def get_queryset(self):
        staff = StaffMember.objects.current().filter(school__in=visible_schools(self.request.user))
        return self.filter_queryset(staff.distinct())

    def get_filtered_queryset(self):
        staff = self.get_queryset()
        form = self.filters.form if self.filters and self.filters.is_valid() else None
        chosen = form.cleaned_data.get("policy") if form else None
        status = form.cleaned_data.get("status") if form else ""
        policies = [p for p in live_policies() if chosen is None or p.pk == chosen.pk]
        people = {s.pk: s for s in staff.select_related("school")}
        rows = []
        for staff_id, statuses in requirement_matrix(staff, policies=policies).items():
            for st in statuses:
                if status and (status == "done") != st.done:
                    continue
                rows.append(self._row(st.policy, people[staff_id], st.acknowledgement))
        rows.sort(key=lambda r: (r.policy, r.status != "Not acknowledged", r.person))
        return rows

    @staticmethod
    def _row(policy, person, ack):
        return AckRow(
            policy=policy.title,
            version=policy.acknowledgement_version or policy.version_label,
            staff_number=person.staff_number,
            person=person.full_name,
            school=str(person.school),
            status="Acknowledged" if ack else "Not acknowledged",
            acknowledged_on=timezone.localdate(ack.acknowledged_at) if ack else None,
            acknowledged_version=ack.version_label if ack else "",
        )
