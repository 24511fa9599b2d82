"""Admin screens for people, schools and roles, scoped to the schools HR looks after."""

from django.db.models import Q
from django.http import Http404
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from people.deletion import ArchiveInsteadDeleteView
from people.form_scope import limit_form
from people.forms import HRScopeForm, SchoolForm, TrustBrandingForm, VettingCheckForm
from people.models import HRScope, Role, School, StaffMember, Trust, TrustBranding, VettingCheck
from people.scope import hr_schools, trusts_in_scope
from people.views.add_check import PrefillMixin
from people.views.subject_access_download import SubjectAccessButtonMixin
from portal.views.edit_check import EditCheckMixin


class ScopedViewMixin:
    """Limit a generic admin view to the rows the viewset's ``scope`` allows, and its
    form's every relation field to what the user may choose (people/form_scope.py).

    A row outside the scope is a 404, not a 403: its existence is not disclosed.
    """

    scope = None

    def scoped(self, queryset):
        return self.scope(self.request.user, queryset) if self.scope else queryset

    def get_base_queryset(self):
        return self.scoped(super().get_base_queryset())

    def get_base_object_queryset(self):
        return self.scoped(super().get_base_object_queryset())

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.scoped(type(obj)._default_manager.filter(pk=obj.pk)).exists():
            raise Http404
        return obj

    def get_form(self, *args, **kwargs):
        return limit_form(super().get_form(*args, **kwargs), self.request.user)


class ScopedIndexView(ScopedViewMixin, generic.IndexView):
    pass


class ScopedCreateView(ScopedViewMixin, generic.CreateView):
    pass


class ScopedEditView(ScopedViewMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedViewMixin, ArchiveInsteadDeleteView):
    pass


class ScopedHistoryView(history.HistoryView):
    """The history of a row in scope. Its listing is of log entries, so only the
    object lookup is scoped (scoping the entries themselves raised a FieldError)."""

    scope = None

    def get_base_object_queryset(self):
        queryset = super().get_base_object_queryset()
        return self.scope(self.request.user, queryset) if self.scope else queryset


class ScopedInspectView(ScopedViewMixin, generic.InspectView):
    pass


class ScopedUsageView(ScopedViewMixin, usage.UsageView):
    """What refers to a row (its title names the person): HR of its school only."""


class ScopedModelViewSet(ModelViewSet):
    """A ModelViewSet whose every view applies ``scope(user, queryset)`` to its rows and
    the user's scope to every relation its forms offer."""

    scope = None
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    inspect_view_class = ScopedInspectView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(scope=type(self).scope, **kwargs)


def by_school(user, queryset):
    return queryset.filter(school__in=hr_schools(user))


def schools_in_scope(user, queryset):
    return queryset.filter(pk__in=hr_schools(user))


def by_staff_school(user, queryset):
    return queryset.filter(staff_member__school__in=hr_schools(user))


class StaffMemberEditView(EditCheckMixin, SubjectAccessButtonMixin, ScopedEditView):
    """No silent overwrite of another HR user's save; the subject access button."""


class StaffMemberInspectView(SubjectAccessButtonMixin, ScopedInspectView):
    pass


class StaffMemberViewSet(ScopedModelViewSet):
    model = StaffMember
    edit_view_class = StaffMemberEditView
    inspect_view_class = StaffMemberInspectView
    scope = staticmethod(by_school)
    icon = "user"
    menu_label = "Staff"
    add_to_admin_menu = False
    list_display = ["full_name", "staff_number", "school", "employment_type", "start_date"]
    list_filter = ["school", "employment_type", "roles", "leaving_date"]
    # No search_fields here: the admin then searches the model's own search index (all its
    # SearchFields). Naming fields asks the backend for a per-column search, which the
    # SQLite full-text backend cannot do (a server error).
    list_export = [
        "staff_number",
        "first_name",
        "last_name",
        "school",
        "employment_type",
        "start_date",
        "leaving_date",
    ]
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("title"), FieldPanel("first_name"), FieldPanel("last_name")]
                ),
                FieldPanel("preferred_name"),
                FieldPanel("email"),
                FieldPanel("user"),
            ],
            heading="Person",
        ),
        MultiFieldPanel(
            [
                FieldPanel("school"),
                FieldPanel("staff_number"),
                FieldPanel("employment_type"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("leaving_date")]),
                FieldPanel("line_manager"),
                FieldPanel("lived_outside_uk"),
            ],
            heading="Employment",
        ),
        InlinePanel("role_assignments", heading="Roles held", label="Role"),
        MultiFieldPanel(
            [
                FieldPanel("regulated_activity"),
                FieldPanel("regulated_activity_reason"),
                FieldPanel("risk_assessed_on"),
            ],
            heading="Regulated activity",
        ),
        MultiFieldPanel(
            [
                FieldPanel("works_in_early_years"),
                FieldPanel("works_in_wraparound_childcare"),
                FieldPanel("manages_childcare"),
            ],
            heading="Childcare (disqualification declaration)",
        ),
    ]


class SchoolViewSet(ScopedModelViewSet):
    model = School
    scope = staticmethod(schools_in_scope)
    icon = "home"
    add_to_admin_menu = False
    list_display = ["name", "urn", "phase", "school_type", "has_early_years", "trust"]
    list_filter = ["phase", "school_type", "has_early_years"]
    # No search_fields here: the admin then searches the model's own search index (all its
    # SearchFields). Naming fields asks the backend for a per-column search, which the
    # SQLite full-text backend cannot do (a server error).
    edit_handler = ObjectList(
        [
            FieldPanel(name)
            for name in ("trust", "name", "urn", "phase", "school_type", "has_early_years")
        ],
        base_form_class=SchoolForm,
    )


class RoleViewSet(ModelViewSet):
    model = Role
    icon = "tag"
    add_to_admin_menu = False
    list_display = ["name", "category", "is_management", "involves_teaching"]
    list_filter = ["category", "is_management", "involves_teaching"]
    # No search_fields here: the admin then searches the model's own search index (all its
    # SearchFields). Naming fields asks the backend for a per-column search, which the
    # SQLite full-text backend cannot do (a server error).
    form_fields = [
        "name",
        "category",
        "is_management",
        "involves_teaching",
        "regulated_activity",
        "requires_qualifications",
        "description",
    ]


def by_trust(user, queryset):
    return queryset.filter(trust__in=trusts_in_scope(user, Trust.objects.all()))


class TrustViewSet(ScopedModelViewSet):
    """Renaming a trust is for Trust HR (its own) and superusers (portal/groups.py)."""

    model = Trust
    scope = staticmethod(trusts_in_scope)
    icon = "site"
    add_to_admin_menu = False
    form_fields = ["name"]


class TrustBrandingViewSet(ScopedModelViewSet):
    """Issue #8: a trust's logo and header colour, a setting Trust HR keeps."""

    model = TrustBranding
    scope = staticmethod(by_trust)
    icon = "image"
    menu_label = "Trust branding"
    add_to_settings_menu = True
    list_display = ["trust", "accent_colour", "logo"]
    edit_handler = ObjectList(
        [FieldPanel("trust"), FieldPanel("logo"), FieldPanel("accent_colour")],
        base_form_class=TrustBrandingForm,
    )


def hr_access_in_scope(user, queryset):
    """HR access records naming this user's trust or schools: Trust HR grants access
    within its own trust only."""
    if user.is_superuser:
        return queryset
    trusts = trusts_in_scope(user, Trust.objects.all())
    return queryset.filter(Q(trust__in=trusts) | Q(schools__in=hr_schools(user))).distinct()


class HRScopeViewSet(ScopedModelViewSet):
    model = HRScope
    scope = staticmethod(hr_access_in_scope)
    icon = "lock"
    menu_label = "HR access"
    add_to_admin_menu = False
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("schools"), FieldPanel("trust")],
        base_form_class=HRScopeForm,
    )


class VettingCheckCreateView(PrefillMixin, ScopedCreateView):
    """ "Add check" from a person's compliance summary starts filled in."""


class VettingCheckEditView(EditCheckMixin, ScopedEditView):
    """No silent overwrite of another HR user's save."""


class VettingCheckViewSet(ScopedModelViewSet):
    """The SCR checks, one per person per type: HR of the person's school only.

    Create, edit and delete are logged by Wagtail (wagtail.create/edit/delete) and
    shown in each check's history and the site history report.
    """

    model = VettingCheck
    add_view_class = VettingCheckCreateView
    edit_view_class = VettingCheckEditView
    scope = staticmethod(by_staff_school)
    icon = "clipboard-list"
    menu_label = "Vetting checks"
    add_to_admin_menu = False
    list_display = ["staff_member", "check_type", "status", "completed_on", "checked_by"]
    list_filter = ["check_type", "status"]
    search_fields = ["staff_member__first_name", "staff_member__last_name"]
    search_backend_name = None
    list_export = []  # the SCR report is the export of checks
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("staff_member"),
                    FieldPanel("check_type"),
                    FieldPanel("status"),
                    FieldRowPanel([FieldPanel("completed_on"), FieldPanel("checked_by")]),
                    FieldPanel("evidence_notes"),
                    FieldPanel("needs_attention"),
                    FieldPanel("not_required_reason"),
                    FieldPanel("expires_on"),
                ],
                heading="Check",
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [
                            FieldPanel("requested_on"),
                            FieldPanel("certificate_number"),
                            FieldPanel("issued_on"),
                        ]
                    ),
                    FieldPanel("workforce"),
                    FieldPanel("includes_barred_list"),
                    FieldRowPanel(
                        [FieldPanel("update_service"), FieldPanel("update_service_checked_on")]
                    ),
                    FieldPanel("previous_service_ended_on"),
                    FieldPanel("document"),
                ],
                heading="Enhanced DBS certificate",
                classname="collapsed",
            ),
            MultiFieldPanel(
                [FieldPanel("dbs_certificate_seen")],
                heading="Agency and third-party staff",
                classname="collapsed",
            ),
        ],
        base_form_class=VettingCheckForm,
    )


class PeopleViewSetGroup(ModelViewSetGroup):
    menu_label = "People"
    menu_icon = "group"
    menu_order = 200
    items = (
        StaffMemberViewSet("staff"),
        VettingCheckViewSet("vetting_checks"),
        SchoolViewSet("schools"),
        RoleViewSet("roles"),
        TrustViewSet("trusts"),
        HRScopeViewSet("hr_access"),
    )
