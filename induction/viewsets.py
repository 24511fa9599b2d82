"""Admin screens for induction, grouped in an "Induction" menu.

- Templates: a snippet with an inline list of steps and a live preview of the
  checklist a new starter in its roles would get.
- Inductions: HR of the person's school only (ScopedModelViewSet: others get 404).
  "Start induction" is the add view; editing lets HR add a step to a running
  induction on purpose, replace a withdrawn policy, or move a due date with a reason.
- Induction progress: the report for HR.
"""

from django.urls import path
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.panels.base import get_form_for_model
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import SnippetViewSet

from people.report_access import HRMenuItem
from people.scope import hr_schools
from people.viewsets import ScopedEditView, ScopedIndexView, ScopedModelViewSet, ScopedViewMixin
from portal.views.edit_check import EditCheckMixin

from . import services
from .admin_forms import InductionStepAdminForm
from .forms import InductionTemplateForm, StartInductionForm
from .models import Induction, InductionTemplate
from .reports import InductionProgressView


class InductionTemplateViewSet(SnippetViewSet):
    model = InductionTemplate
    icon = "list-ol"
    menu_label = "Templates"
    menu_order = 10
    list_display = ["name", "applies_to", "active"]
    list_filter = ["applies_to", "active", "roles"]
    search_fields = ["name"]
    search_backend_name = None
    edit_handler = ObjectList(InductionTemplate.panels, base_form_class=InductionTemplateForm)


# --- Running inductions --------------------------------------------------------------


def by_person_school(user, queryset):
    return queryset.filter(staff_member__school__in=hr_schools(user))


class StepsPanel(InlinePanel):
    """InlinePanel whose step forms are InductionStepAdminForm (Wagtail builds them from
    WagtailAdminModelForm when fields defer "required"; see InlinePanel.get_form_options)."""

    def get_form_options(self):
        options = super().get_form_options()
        opts = options["formsets"][self.relation_name]
        child = self.child_edit_handler.get_form_options()
        opts["form"] = get_form_for_model(
            self.db_field.related_model,
            form_class=InductionStepAdminForm,
            fields=child.get("fields", []),
            defer_required_on_fields=child.get("defer_required_on_fields", []),
        )
        return options


class InductionIndexView(ScopedIndexView):
    add_item_label = "Start induction"


class StartInductionView(ScopedViewMixin, generic.CreateView):
    page_title = "Start induction"

    def save_instance(self):
        induction, _ = services.start_induction(
            self.form.cleaned_data["staff_member"],
            mentor=self.form.cleaned_data.get("mentor"),
            by=self.request.user,
        )
        return induction

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except services.StepRefused as refused:
            form.add_error("staff_member", str(refused))
            return self.form_invalid(form)


class InductionEditView(EditCheckMixin, ScopedEditView):
    """Logs what HR changed on purpose: added steps and moved due dates (with reasons);
    a save over another HR user's newer save is refused, not merged."""

    def save_instance(self):
        before = dict(self.object.steps.values_list("pk", "due_on"))
        instance = super().save_instance()
        for step in instance.steps.all():
            if step.pk not in before:
                type(step).objects.filter(pk=step.pk).update(added_later=True)
                log(instance, "induction.step_added", user=self.request.user, data=_data(step))
            elif before[step.pk] != step.due_on:
                services.log_extension(step, before[step.pk], self.request.user)
        services.catch_up(instance)
        return instance


def _data(step):
    return {"step": step.pk, "title": step.title}


class StatusColumn(Column):
    def get_value(self, instance):
        return instance.status(timezone.localdate()).label


class InductionViewSet(ScopedModelViewSet):
    model = Induction
    scope = staticmethod(by_person_school)
    icon = "user"
    menu_label = "Inductions"
    menu_order = 20
    index_view_class = InductionIndexView
    add_view_class = StartInductionView
    edit_view_class = InductionEditView
    list_filter = ["staff_member__school"]
    search_fields = ["staff_member__first_name", "staff_member__last_name"]
    search_backend_name = None
    list_export = []  # the progress report is the export
    inspect_view_enabled = True
    inspect_view_fields = ["staff_member", "mentor", "start_date", "signed_off_at"]

    @property
    def list_display(self):
        return [
            Column("staff_member", label="Person", accessor="staff_member"),
            "mentor",
            "start_date",
            StatusColumn("status", label="Status"),
            Column("percentage", label="% complete", accessor="percentage"),
        ]

    edit_handler = ObjectList(
        [
            FieldPanel("mentor"),
            StepsPanel(
                "steps",
                heading="Steps",
                label="Step",
                help_text="Add a step to this induction only, replace a withdrawn policy, or "
                "move a due date (give the reason).",
            ),
        ],
    )
    start_handler = ObjectList(
        [FieldPanel("staff_member"), FieldPanel("mentor")], base_form_class=StartInductionForm
    )

    def get_add_view_kwargs(self, **kwargs):
        panel = self.start_handler.bind_to_model(Induction)
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class(), **kwargs)

    def get_queryset(self, request):
        return Induction.objects.select_related("staff_member", "mentor").prefetch_related("steps")


class ProgressReportViewSet(ViewSet):
    name = "induction_progress"
    menu_label = "Induction progress"
    icon = "list-ul"
    menu_order = 30

    def get_urlpatterns(self):
        view = InductionProgressView
        return [
            path("", view.as_view(), name="index"),
            path("results/", view.as_view(results_only=True), name="index_results"),
        ]

    menu_item_class = HRMenuItem


class InductionViewSetGroup(ViewSetGroup):
    menu_label = "Induction"
    menu_icon = "list-ol"
    menu_order = 230
    items = (
        InductionTemplateViewSet(),
        InductionViewSet("inductions"),
        ProgressReportViewSet("induction_progress"),
    )
