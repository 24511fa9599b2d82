from django.urls import path, reverse
from wagtail import hooks

from portal.groups import portal_group_permissions
from portal.home import HomePanel
from portal.permissions import is_hr
from portal.report_access import HRMenuItem
from portal.views import add_check, edit_check, subject_access
from portal.viewsets import (
    PeopleViewSetGroup,
    StaffMemberViewSet,
    TrustBrandingViewSet,
    VettingCheckViewSet,
)

# Issue #10: an HR subject-access button on a staff record's edit and inspect views, and
# no silent overwrites when two HR users save the same staff record or check.
subject_access.add_button(StaffMemberViewSet)
edit_check.add_to(StaffMemberViewSet, VettingCheckViewSet)
# "Add check" from a person's compliance summary opens the form filled in.
add_check.add_to(VettingCheckViewSet)


@hooks.register("register_admin_viewset")
def register_people_viewsets():
    return PeopleViewSetGroup()


@hooks.register("register_admin_viewset")
def register_branding_viewset():
    return TrustBrandingViewSet("trust_branding")


@hooks.register("register_staff_home_panels")
def about_me_panel(request, staff_member):
    if staff_member is None:
        return None
    return HomePanel(
        title="About you",
        template="portal/panels/about_me.html",
        context={"staff_member": staff_member},
        order=900,
    )


@hooks.register("register_staff_home_panels")
def hr_panel(request, staff_member):
    if not is_hr(request.user):
        return None
    return HomePanel(title="HR and compliance", template="portal/panels/hr_links.html", order=10)


@hooks.register("register_staff_home_panels")
def my_dbs_panel(request, staff_member):
    from portal.panels import my_dbs_panel

    return my_dbs_panel(request, staff_member)


hooks.register("register_group_permissions", portal_group_permissions)


@hooks.register("register_compliance_source")
def vetting_source():
    from portal.vetting import VettingSource

    return VettingSource()


@hooks.register("register_admin_urls")
def register_portal_admin_urls():
    from portal.views.imports import ImportView
    from portal.views.people import ComplianceSummaryView, dbs_certificate_copy
    from portal.views.scr import ScrReportView

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
        # Subject access (issue #10): one person's records as a ZIP, HR of their school.
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


@hooks.register("construct_homepage_panels")
def hr_gaps_panel(request, panels):
    from portal.views.dashboard import add_hr_panel

    add_hr_panel(request, panels)


@hooks.register("register_log_actions")
def register_portal_log_actions(actions):
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


@hooks.register("register_demo_content", order=0)
def portal_demo_content():
    from portal import demo, demo_branding  # only needed by load_demo

    return [demo.load_home_page, demo.load_people, demo_branding.load_branding]


@hooks.register("register_demo_content", order=5)
def vetting_demo_content():
    from portal import demo_vetting  # only needed by load_demo

    return [demo_vetting.load_vetting_checks]
