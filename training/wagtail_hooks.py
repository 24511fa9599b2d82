from wagtail import hooks

from people import scope as p
from portal import hooks as h
from portal.identity import current_person
from portal.navigation import NavItem

from .compliance import TrainingSource
from .panels import FirstAidShortfallPanel, staff_training_panel
from .viewsets import TrainingViewSetGroup


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()


@hooks.register(h.COMPLIANCE_SOURCE)
def training_source():
    return TrainingSource()


@hooks.register(h.REMINDERS)
def training_reminders(today):
    from .reminders import build

    return build(today)


hooks.register(h.STAFF_HOME_PANELS, staff_training_panel)


@hooks.register("construct_homepage_panels")
def first_aid_panel(request, panels):
    if p.is_hr(request.user):
        panels.append(FirstAidShortfallPanel(request.user))


@hooks.register(h.STAFF_NAV_ITEM)
def my_training_nav(request):
    if current_person(request) is None:
        return None
    return NavItem("My training", "/my/training/", 30)


@hooks.register(h.STAFF_NAV_ITEM)
def sessions_nav(request):
    return NavItem("Sessions", "/sessions/", 40)


def _perms(model, *actions):
    return [f"training.{action}_{model}" for action in actions]


ALL = ("add", "change", "delete", "view")


@hooks.register(h.GROUP_PERMISSIONS)
def training_group_permissions():
    hr = [
        *_perms("course", *ALL),
        *_perms("trainingrequirement", *ALL),
        *_perms("trainingrecord", *ALL),
        *_perms("trainingsession", *ALL),
        *_perms("firstaidtarget", *ALL),
        *_perms("firstaidrotaentry", *ALL),
        *_perms("firstaidouting", *ALL),
    ]
    return {
        p.HR: hr,
        p.TRUST_HR: hr,
        # An HLTA plans the sessions they lead (scoped to those) and records attendance.
        p.HLTA: [*_perms("trainingsession", "add", "change", "view"), "training.view_course"],
    }


@hooks.register("register_log_actions")
def training_log_actions(actions):
    actions.register_action(
        "training.self_report", "Certificate added", "Certificate added by the person"
    )
    actions.register_action("training.verify", "Verify", "Certificate verified")
    actions.register_action("training.reject", "Reject", "Certificate rejected")
    actions.register_action("training.session.cancel", "Cancel session", "Session cancelled")
    actions.register_action("training.session.attendance", "Attendance", "Attendance recorded")
    actions.register_action(
        "training.session.attendee_added",
        "Attendee added",
        "Someone not signed up was marked present",
    )


@hooks.register(h.SCR_COLUMNS)
def training_scr_columns():
    from .scr_columns import scr_columns

    return scr_columns()


@hooks.register(h.ROLE_REQUIREMENTS)
def courses_for_role(role_page, request):
    from .panels import role_requirements

    return role_requirements(role_page)


@hooks.register(h.PERSON_DATA)
def training_person_data(person):
    from .person_data import person_sections

    return person_sections(person)


@hooks.register("register_admin_urls")
def register_training_import_url():
    from django.urls import path

    from .import_views import TrainingImportView

    return [
        path(
            "import-training/",
            TrainingImportView.as_view(),
            {"kind": "training"},
            name="training_import",
        )
    ]


@hooks.register("register_admin_menu_item")
def training_import_menu_item():
    from django.urls import reverse

    from people.report_access import HRMenuItem

    return HRMenuItem("Import training records", reverse("training_import"), icon_name="upload")


@hooks.register(h.COMPLIANCE_REPORT_SECTIONS)
def training_report_sections(schools, today):
    from .report_sections import expiring_training, first_aid_cover

    return [expiring_training(schools, today), first_aid_cover(schools, today)]
