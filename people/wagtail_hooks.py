from django.urls import path, reverse
from wagtail import hooks

from people import scope as p
from people.report_access import HRMenuItem
from people.views import subject_access_download as subject_access
from people.viewsets import (
    PeopleViewSetGroup,
    TrustBrandingViewSet,
)
from portal import hooks as h
from portal.home import HomePanel
from portal.identity import role_assignments

_PEOPLE = [
    f"people.{action}_{model}"
    for model in ("staffmember", "school", "role", "vettingcheck")
    for action in ("add", "change", "delete", "view")
] + ["people.view_trust"]


@hooks.register(h.GROUP_PERMISSIONS)
def people_group_permissions():
    return {
        p.HR: [*_PEOPLE],
        p.TRUST_HR: [
            *_PEOPLE,
            "people.change_hrscope",
            "people.view_hrscope",
            "people.add_hrscope",
            # Their own trust only (people/viewsets.py scopes both).
            "people.change_trust",
            "people.add_trustbranding",
            "people.change_trustbranding",
            "people.view_trustbranding",
        ],
        p.EDITOR: ["people.view_role"],
    }


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_viewset")
def register_branding_viewset():
    return TrustBrandingViewSet("trust_branding")


@hooks.register(h.STAFF_HOME_PANELS)
def about_me_panel(request, staff_member):
    if staff_member is None:
        return None
    return HomePanel(
        title="About you",
        template="people/panels/about_me.html",
        context={
            "staff_member": staff_member,
            "roles": sorted({a.role for a in role_assignments(staff_member)}, key=lambda r: r.name),
            # Found with the person (people/panels.py); a person loaded another way asks.
            "line_manager": getattr(staff_member, "line_manager_name", None)
            or (staff_member.line_manager and staff_member.line_manager.full_name),
        },
        order=900,
    )


@hooks.register(h.STAFF_HOME_PANELS)
def hr_panel(request, staff_member):
    if not p.is_hr(request.user):
        return None
    return HomePanel(title="HR and compliance", template="people/panels/hr_links.html", order=10)


@hooks.register(h.STAFF_HOME_PANELS)
def my_dbs_panel(request, staff_member):
    from people.panels import my_dbs_panel

    return my_dbs_panel(request, staff_member)


@hooks.register(h.COMPLIANCE_SOURCE)
def vetting_source():
    from people.vetting_rules import VettingSource

    return VettingSource()


@hooks.register("register_admin_urls")
def register_people_admin_urls():
    from people.views.compliance_report import ComplianceReportView
    from people.views.compliance_summary import ComplianceSummaryView, dbs_certificate_copy
    from people.views.imports import ImportView
    from people.views.scr_report import ScrReportView

    return [
        path("scr/", ScrReportView.as_view(), name="portal_scr"),
        path(
            "scr/results/",
            ScrReportView.as_view(results_only=True),
            name="portal_scr_results",
        ),
        path(
            "people/<int:pk>/compliance/",
            ComplianceSummaryView.as_view(),
            name="portal_compliance_summary",
        ),
        path(
            "vetting/<int:pk>/certificate-copy/",
            dbs_certificate_copy,
            name="portal_dbs_copy",
        ),
        path("import/<str:kind>/", ImportView.as_view(), name="portal_import"),
        path(
            "reports/compliance/",
            ComplianceReportView.as_view(),
            name="people_compliance_report",
        ),
        # Subject access: one person's records as a ZIP, for HR of their school.
        path(
            "people/<int:pk>/subject-access/",
            subject_access.download,
            name="portal_subject_access",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_scr_menu_item():
    return HRMenuItem(
        "Single Central Record",
        reverse("portal_scr"),
        name="single-central-record",
        icon_name="clipboard-list",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_compliance_report_menu_item():
    return HRMenuItem(
        "Compliance summary",
        reverse("people_compliance_report"),
        name="compliance-summary",
        icon_name="doc-full",
        order=90,
    )


@hooks.register("construct_homepage_panels")
def hr_gaps_panel(request, panels):
    from people.views.dashboard import add_hr_panel

    add_hr_panel(request, panels)


@hooks.register("register_log_actions")
def register_people_log_actions(actions):
    actions.register_action(
        "staffroom.import.edit", "Update by import", "Updated by a spreadsheet import"
    )
    actions.register_action(
        subject_access.ACTION, "Subject access", "Records downloaded for a subject access request"
    )
    actions.register_action(
        "staffroom.dbs_copy_deleted",
        "DBS certificate copy deleted",
        "DBS certificate copy deleted after the retention period",
    )


@hooks.register(h.PERSON_DATA, order=-10)
def people_person_data(person):
    from people.person_data import person_sections

    return person_sections(person)


@hooks.register(h.PERSON_DATA, order=1000)
def people_audit_log(person):
    from people.person_data import audit_sections

    return audit_sections(person)


@hooks.register(h.COMPLIANCE_REPORT_SECTIONS)
def people_report_sections(schools, today):
    from people.scr.gaps import scr_gaps

    return [scr_gaps(schools, today)]
