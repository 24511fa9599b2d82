from wagtail import hooks

from portal import permissions as p
from portal.navigation import NavItem

from .compliance import TrainingSource
from .panels import FirstAidShortfallPanel, staff_training_panel
from .viewsets import TrainingViewSetGroup


@hooks.register("register_admin_viewset")
def register_training_viewsets():
    return TrainingViewSetGroup()


@hooks.register("register_compliance_source")
def training_source():
    return TrainingSource()


@hooks.register("register_reminders")
def training_reminders(today):
    from .reminders import build

    return build(today)


hooks.register("register_staff_home_panels", staff_training_panel)


@hooks.register("construct_homepage_panels")
def first_aid_panel(request, panels):
    if p.is_hr(request.user):
        panels.append(FirstAidShortfallPanel(request.user))


@hooks.register("register_staff_nav_item")
def my_training_nav(request):
    if p.staff_member_for(request.user) is None:
        return None
    return NavItem("My training", "/my/training/", 30)


@hooks.register("register_staff_nav_item")
def sessions_nav(request):
    return NavItem("Sessions", "/sessions/", 40)


def _perms(model, *actions):
    return [f"training.{action}_{model}" for action in actions]


ALL = ("add", "change", "delete", "view")


@hooks.register("register_group_permissions")
def training_group_permissions():
    hr = [
        *_perms("course", *ALL),
        *_perms("trainingrequirement", *ALL),
        *_perms("trainingrecord", *ALL),
        *_perms("trainingsession", *ALL),
        *_perms("firstaidtarget", *ALL),
        *_perms("firstaidrotaentry", *ALL),
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


@hooks.register("register_scr_columns")
def training_scr_columns():
    from .scr import scr_columns

    return scr_columns()


@hooks.register("register_demo_content", order=30)
def training_demo_content():
    from . import demo

    return [demo.load_training]
