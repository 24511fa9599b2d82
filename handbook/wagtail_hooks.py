"""Handbook registrations with Wagtail and with portal's hooks. Definitions live elsewhere."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from handbook import admin_urls
from handbook.acknowledging import ACK_ACTION
from handbook.admin_views import can_import, can_import_policies
from handbook.compliance import PolicySource
from handbook.deletion import DELETE_REFUSED, acknowledged_policies_under
from handbook.reports import REPORT_PERMISSION
from handbook.requirements import policies_for_role
from handbook.rich_text import register_underline
from handbook.viewsets import PolicyCategoryViewSet
from people import scope as p
from portal import hooks as h
from portal.home import HomePanel
from portal.navigation import NavItem

register_snippet(PolicyCategoryViewSet)
hooks.register(h.ROLE_REQUIREMENTS, policies_for_role)


@hooks.register(h.SCR_COLUMNS)
def handbook_scr_columns():
    from .scr_columns import scr_columns

    return scr_columns()


@hooks.register("register_admin_urls")
def handbook_admin_urls():
    return admin_urls.urlpatterns


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return REPORT_PERMISSION.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def review_due_menu_item():
    return ReportMenuItem(
        "Policies due for review",
        reverse("handbook_reports:review_due"),
        name="policies-due-for-review",
        icon_name="time",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def acknowledgements_menu_item():
    return ReportMenuItem(
        "Policy acknowledgements",
        reverse("handbook_reports:acknowledgements"),
        name="policy-acknowledgements",
        icon_name="tick-inverse",
        order=1310,
    )


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        "Import job description",
        reverse("handbook_import_jd"),
        name="import-job-description",
        icon_name="upload",
        order=250,
    )


hooks.register("register_rich_text_features", register_underline)


class ImportPoliciesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_import_policies(request.user)


@hooks.register("register_admin_menu_item")
def import_policies_menu_item():
    return ImportPoliciesMenuItem(
        "Import policies",
        reverse("handbook_import_policies"),
        name="import-policies",
        icon_name="upload",
        order=251,
    )


@hooks.register("register_log_actions")
def register_acknowledge_action(actions):
    actions.register_action(ACK_ACTION, "Acknowledge policy", "Acknowledged a policy")


@hooks.register("before_delete_page")
def keep_acknowledged_policies(request, page):
    # Acknowledgements are an audit record: a policy that has some (or a page above one)
    # is unpublished, not deleted.
    if acknowledged_policies_under([page]).exists():
        messages.error(request, DELETE_REFUSED)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_acknowledged_policies_in_bulk(request, action_type, objects, action):
    if action_type == "delete" and acknowledged_policies_under(objects).exists():
        messages.error(request, DELETE_REFUSED)
        if action.next_url != request.path:
            return redirect(action.next_url)
        return redirect("wagtailadmin_explore", objects[0].get_parent().pk)
    return None


@hooks.register(h.STAFF_HOME_PANELS)
def policies_to_read_panel(request, staff_member):
    from handbook.acknowledging import statuses_for

    if staff_member is None:
        return None
    to_do = [s for s in statuses_for(staff_member) if not s.done]
    return HomePanel(
        title="Policies to read",
        template="handbook/panels/policies_to_read.html",
        context={"to_do": to_do},
        order=30,
    )


@hooks.register(h.STAFF_NAV_ITEM)
def handbook_nav(request):
    return NavItem("Handbook", "/handbook/", 20)


@hooks.register(h.STAFF_NAV_ITEM)
def policies_nav(request):
    return NavItem("Policies", reverse("handbook:my_policies"), 30)


@hooks.register(h.STAFF_NAV_ITEM)
def search_nav(request):
    return NavItem("Search", reverse("handbook:search"), 90)


@hooks.register(h.COMPLIANCE_SOURCE)
def policy_compliance_source():
    return PolicySource()


@hooks.register(h.GROUP_PERMISSIONS)
def handbook_group_permissions():
    categories = [f"handbook.{a}_policycategory" for a in ("add", "change", "view")]
    report = ["handbook.view_policyacknowledgement"]
    return {
        p.EDITOR: [*categories, *report],
        p.APPROVER: ["wagtailadmin.access_admin", *report],
        p.HR: report,
        p.TRUST_HR: report,
    }


@hooks.register(h.REMINDERS)
def policy_review_reminders(today):
    from handbook.reminders import build

    return build(today)


@hooks.register(h.PERSON_DATA)
def handbook_person_data(person):
    from .person_data import person_sections

    return person_sections(person)


@hooks.register(h.COMPLIANCE_REPORT_SECTIONS)
def handbook_report_sections(schools, today):
    from .report_sections import overdue_policies

    return [overdue_policies(schools, today)]
