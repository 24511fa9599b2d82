"""Admin screens for training, grouped in a "Training" menu.

Person-linked data (records, sessions, first-aid targets and rota) uses
people.viewsets.ScopedModelViewSet: a row outside the user's schools is a 404.
"""

import django_filters
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import FormView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from people.scope import hr_schools
from people.viewsets import ScopedEditView, ScopedModelViewSet, by_school
from portal.views.edit_check import EditCheckMixin

from . import reports
from .forms import (
    ScopedAdminForm,
    TrainingRecordAdminForm,
    TrainingSessionAdminForm,
    VerifyForm,
)
from .models import (
    Course,
    FirstAidOuting,
    FirstAidRotaEntry,
    FirstAidTarget,
    TrainingRecord,
    TrainingRequirement,
    TrainingSession,
)


def records_in_scope(user, queryset):
    return queryset.filter(person__school__in=hr_schools(user))


def sessions_in_scope(user, queryset):
    # HR: their schools' sessions; an HLTA: the sessions they lead.
    mine = Q(led_by__user=user) if user.is_authenticated else Q(pk__in=[])
    return queryset.filter(Q(school__in=hr_schools(user)) | mine)


class CourseViewSet(ModelViewSet):
    model = Course
    icon = "doc-full"
    menu_order = 10
    list_display = ["title", "category", "delivery", "validity_months", "first_aid_type"]
    list_filter = ["category", "delivery", "evidence_required", "first_aid_type"]
    search_fields = ["title", "provider"]
    form_fields = [
        "title",
        "category",
        "provider",
        "delivery",
        "validity_months",
        "evidence_required",
        "first_aid_type",
        "refresher_recommended",
        "scr_column",
        "description",
    ]


class TrainingRequirementViewSet(ModelViewSet):
    model = TrainingRequirement
    icon = "tasks"
    menu_label = "Requirements"
    menu_order = 20
    list_display = ["course", "applies_to", "role", "due_within_days", "renew_on_expiry"]
    list_filter = ["applies_to", "role", "course__category"]
    form_fields = ["course", "applies_to", "role", "due_within_days", "renew_on_expiry"]


class RecordFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label="Verification",
        choices=[
            ("pending", "Pending verification"),
            ("verified", "Verified"),
            ("rejected", "Rejected"),
        ],
        method="filter_state",
        empty_label="Any",
    )

    class Meta:
        model = TrainingRecord
        fields = ["course", "source", "course__category"]

    def filter_state(self, queryset, name, value):
        return {
            "pending": queryset.pending(),
            "verified": queryset.verified(),
            "rejected": queryset.filter(rejected_at__isnull=False),
        }[value]


class VerifyColumn(Column):
    cell_template_name = "training/admin/verify_cell.html"


class CheckedEditView(EditCheckMixin, ScopedEditView):
    """A save over another HR user's newer save is refused, not merged."""


class TrainingRecordViewSet(ScopedModelViewSet):
    model = TrainingRecord
    edit_view_class = CheckedEditView
    scope = staticmethod(records_in_scope)
    icon = "success"
    menu_label = "Records"
    menu_order = 30
    filterset_class = RecordFilterSet
    search_fields = ["person__first_name", "person__last_name", "course__title"]
    list_export = [
        "person",
        "person.staff_number",
        "course",
        "completed_on",
        "expires_on",
        "source",
        "state_label",
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "person",
        "course",
        "completed_on",
        "certificate_expires_on",
        "expires_on",
        "source",
        "notes",
        "verified_by",
        "verified_at",
        "rejected_by",
        "rejected_at",
        "rejection_reason",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("person"),
                    FieldPanel("course"),
                    FieldRowPanel(
                        [FieldPanel("completed_on"), FieldPanel("certificate_expires_on")]
                    ),
                ],
                heading="Training",
            ),
            MultiFieldPanel(
                [FieldPanel("certificate"), FieldPanel("source"), FieldPanel("notes")],
                heading="Evidence",
            ),
        ],
        base_form_class=TrainingRecordAdminForm,
    )

    @property
    def list_display(self):
        return [
            "person",
            "course",
            "completed_on",
            "expires_on",
            "source",
            VerifyColumn("state_label", label="Verification"),
        ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("verify/<int:pk>/", self.verify_view, name="verify")
        ]

    @property
    def verify_view(self):
        return VerifyRecordView.as_view(
            model=self.model, index_url_name=self.get_url_name("index"), scope=self.scope
        )


class VerifyRecordView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """HR verifies a certificate, or rejects it with a reason the person sees."""

    model = TrainingRecord
    permission_required = "change"
    form_class = VerifyForm
    template_name = "training/admin/verify.html"
    page_title = "Verify a certificate"
    header_icon = "success"
    index_url_name = None
    scope = None

    def setup(self, request, *args, pk=None, **kwargs):
        super().setup(request, *args, **kwargs)
        records = self.scope(
            request.user, TrainingRecord.objects.select_related("person", "course")
        )
        self.object = get_object_or_404(records, pk=pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(record=self.object, **kwargs)

    def form_valid(self, form):
        record, user = self.object, self.request.user
        if form.cleaned_data["decision"] == "verify":
            record.mark_verified(user)
            action = "training.verify"
        else:
            record.mark_rejected(user, form.cleaned_data["reason"].strip())
            action = "training.reject"
        record.save()
        log(record, action, user=user, data={"reason": record.rejection_reason})
        return redirect(reverse(self.index_url_name) + "?state=pending")


class TrainingSessionViewSet(ScopedModelViewSet):
    model = TrainingSession
    edit_view_class = CheckedEditView
    scope = staticmethod(sessions_in_scope)
    icon = "calendar"
    menu_label = "Sessions"
    menu_order = 40
    list_display = ["course", "starts_at", "school", "led_by", "capacity", "cancelled_at"]
    list_filter = ["school", "course", "starts_at"]
    edit_handler = ObjectList(
        [
            FieldPanel("course"),
            FieldPanel("school"),
            FieldRowPanel([FieldPanel("starts_at"), FieldPanel("duration_minutes")]),
            FieldPanel("place"),
            FieldPanel("led_by"),
            FieldPanel("capacity"),
            FieldPanel("description"),
        ],
        base_form_class=TrainingSessionAdminForm,
    )


class FirstAidTargetViewSet(ScopedModelViewSet):
    model = FirstAidTarget
    scope = staticmethod(by_school)
    icon = "pick"
    menu_label = "First-aid targets"
    menu_order = 50
    list_display = ["school", "min_faw", "min_efaw", "min_pfa_full", "min_pfa_emergency"]
    edit_handler = ObjectList(
        [
            FieldPanel(name)
            for name in (
                "school",
                "min_faw",
                "min_efaw",
                "min_pfa_full",
                "min_pfa_emergency",
                "assessed_on",
                "notes",
            )
        ],
        base_form_class=ScopedAdminForm,
    )


class FirstAidRotaViewSet(ScopedModelViewSet):
    model = FirstAidRotaEntry
    scope = staticmethod(by_school)
    icon = "date"
    menu_label = "First-aider rota"
    menu_order = 60
    list_display = ["person", "weekday", "cover_type", "school", "note"]
    list_filter = ["school", "weekday", "cover_type"]
    edit_handler = ObjectList(
        [FieldPanel(name) for name in ("school", "person", "weekday", "cover_type", "note")],
        base_form_class=ScopedAdminForm,
    )


class FirstAidOutingViewSet(ScopedModelViewSet):
    model = FirstAidOuting
    scope = staticmethod(by_school)
    icon = "site"
    menu_label = "Outing first aiders"
    menu_order = 65
    list_display = ["destination", "date", "first_aider", "early_years", "school"]
    list_filter = ["school", "early_years"]
    edit_handler = ObjectList(
        [
            FieldPanel(name)
            for name in ("school", "date", "destination", "early_years", "first_aider")
        ],
        base_form_class=ScopedAdminForm,
    )


class TrainingViewSetGroup(ViewSetGroup):
    menu_label = "Training"
    menu_icon = "success"
    menu_order = 250
    items = (
        CourseViewSet("courses"),
        TrainingRequirementViewSet("training_requirements"),
        TrainingRecordViewSet("training_records"),
        TrainingSessionViewSet("training_sessions"),
        FirstAidTargetViewSet("first_aid_targets"),
        FirstAidRotaViewSet("first_aid_rota"),
        FirstAidOutingViewSet("first_aid_outings"),
        reports.MatrixViewSet("training_matrix"),
        reports.ExpiringViewSet("training_expiring"),
        reports.FirstAidCoverViewSet("first_aid_cover"),
    )
